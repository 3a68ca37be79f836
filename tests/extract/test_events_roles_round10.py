"""Event roles, tenth round: officials named by office and country (Arabic nisba) as meeting parties."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _events(text: str, lang: str, plover: str) -> list[dict]:
    doc = analyze_text(text, language=lang)
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    return [e for e in events if e["type"] == plover and not e.get("extension")]


@pytest.mark.parametrize(
    ("text", "source", "source_country", "target", "target_country"),
    [
        (
            "استقبل الرئيس التشادي نظيره السوداني في انجامينا أمس.",
            "الرئيس التشادي",
            "TD",
            "نظيره السوداني",
            "SD",
        ),
        (
            "عقد وزير الخارجية الموريتاني جلسة مباحثات مع نظيره المالي في نواكشوط.",
            "وزير الخارجية الموريتاني",
            "MR",
            "نظيره المالي",
            "ML",
        ),
        ("بدأ الرئيس النيجري زيارة رسمية إلى الجزائر يوم الأحد.", "الرئيس النيجري", "NE", "الجزائر", "DZ"),
    ],
)
def test_an_office_with_a_nisba_is_the_official_of_that_country(
    text: str, source: str, source_country: str, target: str, target_country: str
) -> None:
    meetings = _events(text, "ar", "CONSULT")
    assert len(meetings) == 1, meetings
    got = meetings[0]
    assert got["source"]["text"] == source and got["source"]["country"] == source_country, got["source"]
    assert got["target"]["text"] == target and got["target"]["country"] == target_country, got["target"]


def test_the_nisba_of_russia_is_not_that_of_belarus() -> None:
    meetings = _events("التقى وزير الدفاع الروسي نظيره الإيراني في موسكو.", "ar", "CONSULT")
    assert meetings and meetings[0]["source"]["country"] == "RU", meetings
    assert meetings[0]["target"]["country"] == "IR", meetings


def test_a_named_official_is_the_person_not_his_office() -> None:
    text = "استقبل الرئيس السنغالي ماكي سال وزير الخارجية الفرنسي في دكار."
    meetings = _events(text, "ar", "CONSULT")
    assert meetings, meetings
    assert "سال" in meetings[0]["source"]["text"], meetings[0]["source"]


def test_an_office_after_a_name_is_his_title_not_another_party() -> None:
    text = "التقى سعيد الغامدي نائب الرئيس اليمني وفدا من البنك الدولي في عدن."
    meetings = _events(text, "ar", "CONSULT")
    for meeting in meetings:
        for role in ("source", "target"):
            actor = meeting[role]
            assert actor is None or actor["text"] != "الرئيس اليمني", meeting


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a convoy with a pronoun: what the ambush hit, not the soldiers counted dead
        ("لقي ثلاثة جنود حتفهم في كمين استهدف قافلتهم قرب مدينة تمبكتو.", "قافلتهم"),
        # the clause after the attack's own goes on to say what it hit
        (
            "أعلن الجيش مقتل جنديين في هجوم شنه متشددون فجر الأحد ، واستهدف موقعا عسكريا قرب الحدود.",
            "موقعا عسكريا",
        ),
        # fell victim to an ambush: the patrol was attacked
        ("وقعت دورية للدرك ضحية كمين نصبه مسلحون قرب بلدة منكا.", "دورية للدرك"),
    ],
)
def test_what_an_attack_hit(text: str, target: str) -> None:
    attacks = _events(text, "ar", "ASSAULT")
    assert attacks, attacks
    assert attacks[0]["target"] is not None and attacks[0]["target"]["text"] == target, attacks[0]["target"]


@pytest.mark.parametrize(
    ("text", "lang", "plover"),
    [
        # a deal is a purchase or a transfer, not an agreement between parties (LABELS.md: not labelled)
        ("ووقعت الخطوط السعودية صفقة مع شركة إيرباص لشراء 50 طائرة.", "ar", "SUPPORT"),
        ("وأبرمت شركة المراعي صفقة مع شركة بيبسيكو الأمريكية لشراء مصنع في مصر.", "ar", "SUPPORT"),
        # a visit to an elderly man in need is no meeting of two parties
        (
            "وجه مدير الشؤون الاجتماعية عبدالرحمن القحطاني فريقا لزيارة المسن في منزله بمحافظة جدة.",
            "ar",
            "CONSULT",
        ),
        # the title of a programme or a column
        ("واشتهر الأمير سعد بن خالد ببرنامجه «لقاء» مع المسؤولين.", "ar", "CONSULT"),
        # attacks of a kind, not one told
        ("وشهدت النيجر وتشاد ومالي هجمات مماثلة خلفت قتلى.", "ar", "ASSAULT"),
        ("Зачастую подобные атаки в Мали совершают боевики.", "ru", "ASSAULT"),
        (
            "Ces derniers mois, des attaques se sont multipliées contre l'armée dans le nord du Mali.",
            "fr",
            "ASSAULT",
        ),
    ],
)
def test_no_event_in_domestic_and_generic_wording(text: str, lang: str, plover: str) -> None:
    assert _events(text, lang, plover) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a quoted phrase is the event in the words of the one quoted, not a title
        ("L'armée reconnaît avoir essuyé des « tirs d'obus » sur son camp de Tessalit jeudi.", "fr"),
        # تم + a quoted verbal noun is a passive verb: an event told
        ('وأعلن الجيش أنه تم "تحييد" خمسة من المهاجمين.', "ar"),
    ],
)
def test_a_quoted_trigger_that_is_no_title_is_an_event(text: str, lang: str) -> None:
    assert _events(text, lang, "ASSAULT")


def test_an_agreement_without_a_deal_word_is_still_coded() -> None:
    text = "وقعت وزارة الصحة السعودية مذكرة تفاهم مع جامعة الملك سعود لتدريب الأطباء."
    assert _events(text, "ar", "SUPPORT"), "an MoU between two bodies is an agreement"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the construct: the ambassador of a country, the foreign minister of a country
        ("استقبل وزير الدفاع الموريتاني سفير مالي في نواكشوط.", "وزير الدفاع الموريتاني", "سفير مالي"),
        ("التقى رئيس النيجر وزير خارجية روسيا في نيامي.", "رئيس النيجر", "وزير خارجية روسيا"),
        # two offices in a row after the verb, no name between: two officials
        ("استقبل وزير الخارجية سفير ألمانيا لدى المملكة في مكتبه بالرياض.", "وزير الخارجية", "سفير ألمانيا"),
    ],
)
def test_an_office_of_a_country_named_after_it(text: str, source: str, target: str) -> None:
    meetings = _events(text, "ar", "CONSULT")
    assert meetings, meetings
    assert meetings[0]["source"]["text"] == source, meetings[0]["source"]
    assert meetings[0]["target"]["text"] == target, meetings[0]["target"]


def test_a_chain_of_titles_is_one_person() -> None:
    text = (
        "عقد الأمير فهد بن عبدالله بن عبدالعزيز نائب رئيس مجلس الوزراء وزير الداخلية في مكتبه اليوم "
        "اجتماعا مع وزير الداخلية الفرنسي."
    )
    meetings = _events(text, "ar", "CONSULT")
    assert meetings, meetings
    assert "فهد" in meetings[0]["source"]["text"], meetings[0]["source"]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Last week, extremists killed four soldiers in an attack near the border.", "en", "extremists"),
        ("Des extrémistes ont tué trois gendarmes dans une attaque près de Dori.", "fr", "extrémistes"),
    ],
)
def test_extremists_are_an_armed_actor(text: str, lang: str, source: str) -> None:
    attacks = _events(text, lang, "ASSAULT")
    assert attacks and attacks[0]["source"] is not None, attacks
    assert attacks[0]["source"]["text"] == source, attacks[0]["source"]


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        # what an attack came from is its doer
        (
            "The border post came under attack from suspected jihadists on Sunday.",
            "en",
            "jihadists",
            "post",
        ),
        # the agent of the killing told with the attack did it, and is no victim
        ("Two soldiers were killed by militants in an ambush near Gao.", "en", "militants", "soldiers"),
        (
            "Trois gendarmes ont été tués par des jihadistes lors d'une embuscade près de Dori.",
            "fr",
            "jihadistes",
            "gendarmes",
        ),
        ("قتل جنديان على يد مسلحين في كمين قرب غاو.", "ar", "مسلحين", "جنديان"),
        # armed people described, in the instrumental of a Russian passive
        (
            "Военные были атакованы вооруженными людьми в районе Менаки.",
            "ru",
            "вооруженными людьми",
            "Военные",
        ),
    ],
)
def test_the_doer_of_an_attack_told_in_the_passive(text: str, lang: str, source: str, target: str) -> None:
    attacks = _events(text, lang, "ASSAULT")
    assert attacks, attacks
    got = attacks[0]
    assert got["source"] is not None and source in got["source"]["text"], got["source"]
    assert got["target"] is not None and target in got["target"]["text"], got["target"]


def test_a_place_withdrawn_from_is_no_doer() -> None:
    text = "The ministry did not say whether the French troops were withdrawn from Niger."
    for event in _events(text, "en", "RETREAT"):
        assert event["source"] is None or event["source"]["text"] != "Niger", event


def test_a_noun_written_like_a_verb_reads_as_the_noun() -> None:
    # "une attaque" (not "il attaque"): its follower is the attacker, as after any attack noun
    attacks = _events("Le village a subi une attaque de jihadistes présumés dimanche.", "fr", "ASSAULT")
    assert attacks and attacks[0]["source"] is not None, attacks
    assert attacks[0]["source"]["text"] == "jihadistes présumés", attacks[0]["source"]


def test_a_text_ending_on_a_trigger_with_a_glued_preposition_is_coded() -> None:
    # the last token (بالهجوم) holds the trigger after its preposition: the clause look-up must not run off the end
    text = "هاجم مسلحون موقعا للجيش قرب مدينة غاو فجر الأحد. ونددت الحكومة بالهجوم"
    attacks = _events(text, "ar", "ASSAULT")
    assert attacks and attacks[0]["source"]["text"] == "مسلحون", attacks


def test_a_described_armed_group_is_the_doer() -> None:
    text = "هاجمت مجموعة مسلحة مركزا للشرطة قرب الحدود مع مالي."
    attacks = _events(text, "ar", "ASSAULT")
    assert attacks and attacks[0]["source"]["text"] == "مجموعة مسلحة", attacks


def test_a_chronic_state_is_no_attack() -> None:
    assert _events("وتعاني المناطق الحدودية من هجمات الجماعات المسلحة.", "ar", "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قال المرصد السوري اليوم الجمعة إن مسلحي التنظيم هاجموا قرية في ريف حمص.", "ar"),
        ("The army said on Monday that jihadists attacked a post near Gao.", "en"),
        ("Le ministère a annoncé lundi que des jihadistes avaient attaqué un poste près de Gao.", "fr"),
    ],
)
def test_the_date_of_an_announcement_is_not_the_events(text: str, lang: str) -> None:
    doc = analyze_text(text, language=lang, published="2015-08-07")
    attacks = [e.attrs for e in doc.layer("events") if e.attrs["type"] == "ASSAULT"]
    assert attacks, attacks
    assert attacks[0]["date_source"] != "text", attacks[0]


def test_the_date_told_with_the_event_stays() -> None:
    doc = analyze_text(
        "Jihadists attacked a post near Gao on Monday, the army said.", language="en", published="2015-08-07"
    )
    attacks = [e.attrs for e in doc.layer("events") if e.attrs["type"] == "ASSAULT"]
    assert attacks and attacks[0]["date_source"] == "text" and attacks[0]["date"] == "2015-08-03", attacks
