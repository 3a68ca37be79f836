"""Round-17 trigger coverage on English, French and Russian news, in our own sentences: Russian forces falling back
(the infinitive and present of отступить, отошли, positions given up, forces pulled back), the French repli and
troops who leave (partent, départs), forces fighting (affronter) and a target aimed at (a visé), a town seized
(s'emparer, took control of), control taken back (reprendre le contrôle, восстановила контроль), a breakthrough
(прорыв), the Russian наступление and named battles (ожесточенные бои), instructors who тренируют an army, striking,
rockets and missiles fired or launched (the projectile named next to the verb), fire returned, exchanges of fire,
skirmishes, forces that stepped in (intervenus contre), towns encircled (окружили), reserves moved (перемещены); and
the other senses of the same words (a worker fired, an app launched, a question left for later, a speech delivered,
an app deployed, nightfall, a crisis faced, defences made ready, talks resumed, an album released, holiday
departures, striking workers, a leader's entourage, displaced people)."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _plover_types(text: str, language: str) -> list[str]:
    doc = analyze_text(text, language=language)
    return [e.attrs["type"] for e in doc.layer("events") if not e.attrs.get("extension")]


EVENTS = [
    # Russian forces falling back: infinitive after вынуждены, отошли, positions given up, forces pulled back
    ("ru", "Подразделения армии были вынуждены отступить от реки под сильным огнем.", "RETREAT"),
    ("ru", "Потеряв две машины, войска отошли к окраине поселка.", "RETREAT"),
    ("ru", "Батальон был вынужден оставить свои позиции возле станции.", "RETREAT"),
    ("ru", "Армия оттянула часть сил от Херсона, сообщил источник.", "RETREAT"),
    ("ru", "Россия решила отвести войска от Киева до конца недели.", "RETREAT"),
    # the French repli and troops who leave
    ("fr", "Les soldats tchadiens ont entamé un repli vers leur base arrière.", "RETREAT"),
    ("fr", "Les derniers militaires européens partent de Gao la semaine prochaine.", "RETREAT"),
    # rockets and missiles fired or launched, active and passive; fire returned; exchanges of fire; skirmishes
    ("en", "Several rockets were fired at the army camp from the hills overnight.", "ASSAULT"),
    ("en", "The rebels launched three drones at the airport before dawn.", "ASSAULT"),
    ("en", "A missile launched by the militia hit a fuel depot near the port.", "ASSAULT"),
    ("en", "The patrol returned fire and the gunmen withdrew into the forest.", "ASSAULT"),
    ("en", "Villagers reported heavy exchanges of fire near Menaka on Sunday.", "ASSAULT"),
    ("en", "Skirmishes between the army and rebel fighters continued along the river.", "ASSAULT"),
    # forces fighting each other, a target aimed at, losses inflicted
    ("fr", "Les rebelles ont affronté l'armée pendant deux heures près de Tessalit.", "ASSAULT"),
    ("fr", "L'aviation a visé un dépôt de carburant des insurgés près de Ménaka.", "ASSAULT"),
    ("en", "Government troops inflicted heavy casualties on the rebels near Kadugli.", "ASSAULT"),
    # a town seized or taken control of
    ("fr", "Les insurgés se sont emparés de la ville de Léré mardi matin.", "ASSAULT"),
    ("en", "The militia took control of the airport in Nyala after a night of fighting.", "ASSAULT"),
    # a Russian offensive (наступление), instructors training an army
    ("ru", "Наступление российских войск под Покровском продолжается третью неделю.", "ASSAULT"),
    ("ru", "Иностранные инструкторы тренируют армию Мали на полигоне под Бамако.", "AID"),
    # striking (folded, not strike*), fighting that broke out, battles named as such, special forces sent
    ("en", "French jets responded by striking rebel positions near Kidal on Monday.", "ASSAULT"),
    ("en", "Fighting broke out near Kidal early on Tuesday, residents said.", "ASSAULT"),
    ("ru", "В Сирии продолжаются ожесточенные бои.", "ASSAULT"),
    ("ru", "В Сирии продолжаются бои за город.", "ASSAULT"),
    ("ru", "Россия перебросила спецназ в Сирию.", "MOBILIZE"),
    # control taken back or restored, a breakthrough stopped, rockets fired, the first departures of troops
    (
        "fr",
        "Les soldats ont pu reprendre le contrôle du poste de Boni après trois heures de combat.",
        "ASSAULT",
    ),
    ("ru", "Сирийская армия восстановила контроль над окраинами Дамаска.", "ASSAULT"),
    ("ru", "Сирийские военные остановили прорыв боевиков под Дамаском.", "ASSAULT"),
    ("ru", "Израильские самолеты выпустили ракеты по Дамаску.", "ASSAULT"),
    ("fr", "Les premiers départs de soldats français du Niger ont commencé.", "RETREAT"),
    # forces that stepped in against attackers, a town encircled, reserves moved, a naval task force sent
    (
        "fr",
        "Des avions de chasse français sont intervenus contre les assaillants près de Tassara.",
        "ASSAULT",
    ),
    ("ru", "Российские войска окружили город Волчанск, сообщили в Минобороны России.", "ASSAULT"),
    ("ru", "На Харьковское направление перемещены резервы ВСУ.", "MOBILIZE"),
    ("en", "The U.S. will send a naval task force to the Red Sea.", "MOBILIZE"),
]


@pytest.mark.parametrize("language, text, expected", EVENTS)
def test_trigger_is_coded(language: str, text: str, expected: str) -> None:
    assert expected in _plover_types(text, language)


TRAPS = [
    # fired and launched without a projectile: a worker dismissed, a product or campaign started
    ("en", "The board fired the director after a long audit of the accounts.", "ASSAULT"),
    ("en", "The ministry launched a vaccination campaign in three regions.", "ASSAULT"),
    ("en", "The startup launched a delivery app for small shops last week.", "ASSAULT"),
    # deploying an app, delivering a speech: the word-sense traps of earlier rounds still hold
    ("en", "The bank will deploy an app for its customers next month.", "MOBILIZE"),
    ("fr", "Le ministre va livrer un discours devant les députés jeudi.", "AID"),
    # leaving a question for later, a company's share price falling back: no forces
    ("ru", "Депутаты решили оставить этот вопрос до следующего заседания.", "RETREAT"),
    ("fr", "Le titre de l'entreprise a connu un repli de 3 % à la Bourse de Paris.", "RETREAT"),
    ("fr", "Les touristes partent en vacances au mois d'août.", "RETREAT"),
    # a motion set aside by a court: отвел with no force
    ("ru", "Суд в Москве отвел ходатайство защиты о переносе заседания.", "RETREAT"),
    # nightfall is no offensive; a crisis faced is no fight; defences made ready are no training
    ("ru", "С наступлением темноты жители Донецка стараются не выходить из домов.", "ASSAULT"),
    ("fr", "Le gouvernement de Bamako affronte une grave crise budgétaire cette année.", "ASSAULT"),
    ("ru", "Военные спешно готовят оборонительные рубежи у Запорожья.", "AID"),
    # talks resumed, a breakthrough in talks, an album released, holiday departures
    (
        "fr",
        "L'armée malienne veut reprendre les discussions avec les groupes signataires à Bamako.",
        "ASSAULT",
    ),
    ("ru", "Стороны добились прорыва в переговорах в Москве, заявили военные.", "ASSAULT"),
    ("ru", "Певец выпустил новый альбом в Москве, рассказали военные.", "ASSAULT"),
    ("fr", "Les départs en vacances des militaires sont prévus en juillet à Bamako.", "RETREAT"),
    # a leader's entourage, displaced people, a minister who spoke in parliament
    ("ru", "В окружении президента России нет военных, заявил Песков.", "ASSAULT"),
    ("ru", "Число внутренне перемещенных лиц в Сирии выросло, заявили военные.", "MOBILIZE"),
    ("fr", "Le ministre des armées est intervenu à l'Assemblée nationale à Paris.", "ASSAULT"),
    # striking workers, a striking contrast
    ("en", "Striking workers marched through Bamako as soldiers watched.", "ASSAULT"),
    ("en", "The analysts noted a striking contrast between the army of Mali and that of Niger.", "ASSAULT"),
]


@pytest.mark.parametrize("language, text, unexpected", TRAPS)
def test_other_sense_is_no_event(language: str, text: str, unexpected: str) -> None:
    assert unexpected not in _plover_types(text, language)
