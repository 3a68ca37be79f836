"""Round-12 trigger coverage, in our own sentences: forces mobilised or massed (PLOVER MOBILIZE's own verb),
Arabic reinforcements as the force of their own arrival, Russian passive and participle deliveries, aid named
military, fighters who flee or fall back (RETREAT), ripostes and counter-attacks, Arabic abductions and bombs set
off, arson and captures, Arabic trigger nouns in the accusative, the dual or with a pronoun (كمينا, كمينين,
مباحثاته) and verbs with an object pronoun (خطفهم); and the other senses of the same words (funds mobilised,
civilians fleeing, a task set, a letter delivered, a political riposte, a win snatched, power captured)."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text
from rasid.extract.events.catalogue import arabic_noun_forms, arabic_verb_forms, catalogue


def _plover_types(text: str, language: str) -> list[str]:
    doc = analyze_text(text, language=language)
    return [e.attrs["type"] for e in doc.layer("events") if not e.attrs.get("extension")]


EVENTS = [
    # mobilising or massing troops
    ("fr", "L'armée malienne a mobilisé deux bataillons dans la région de Mopti mardi.", "MOBILIZE"),
    ("en", "The junta mobilized several thousand troops near the northern border.", "MOBILIZE"),
    ("ar", "وحشدت القوات الحكومية مئات الجنود قرب مدينة الحديدة.", "MOBILIZE"),
    ("ru", "Армия Мали мобилизовала резервные подразделения для охраны границы.", "MOBILIZE"),
    # Arabic reinforcements are the force whose arrival is told
    ("ar", "وقال المتحدث إن تعزيزات برية وصلت إلى المعسكر بعد منتصف الليل.", "MOBILIZE"),
    ("ar", "وأعلنت الوزارة وصول تعزيزات جوية إلى المنطقة الشرقية.", "MOBILIZE"),
    # Russian deliveries in the passive, the participle and with доставить
    ("ru", "Три транспортных вертолета были поставлены армии Нигера в марте.", "AID"),
    ("ru", "Москва доставила в Уагадугу партию бронетехники и стрелкового оружия.", "AID"),
    # aid named military, with the equipment in view
    ("en", "Washington announced new military aid to Chad, including armoured vehicles.", "AID"),
    # fighters fleeing or falling back
    ("fr", "Les assaillants ont pris la fuite vers le Niger après l'arrivée des drones.", "RETREAT"),
    ("en", "The gunmen fled into the forest when the patrol returned fire.", "RETREAT"),
    ("ar", "وأجبرت وحدات الجيش المسلحين على الفرار باتجاه الحدود.", "RETREAT"),
    ("ru", "После ответного огня боевики отступили в сторону границы.", "RETREAT"),
    # an Arabic trigger noun in the indefinite accusative or with a possessive pronoun
    ("ar", "ونصب مسلحون كمينا لقافلة عسكرية شمال مدينة تمبكتو.", "ASSAULT"),
    ("ar", "وأعلن الجيش المالي انسحابا من بلدة ليري بعد المعارك.", "RETREAT"),
    ("ar", "وأكد الوزير عادل الجبير خلال مباحثاته في روما مع نظيره الإيطالي دعم الحل السياسي.", "CONSULT"),
    # an Arabic verb with an object pronoun; a reception told with its host or guest as a pronoun
    ("ar", "وخطفهم مسلحون مجهولون على الطريق بين حلب وإدلب.", "ASSAULT"),
    (
        "ar",
        "وبحث وزير الخارجية خلال استقباله في مكتبه اليوم سفير جمهورية فرنسا لدى المملكة العلاقات الثنائية.",
        "CONSULT",
    ),
    # the dual of a trigger noun; the feminine and the plural of a meeting verb
    ("ar", "ونصب مقاتلو المقاومة كمينين لقوات الحوثي قرب تعز فجر أمس.", "ASSAULT"),
    ("ar", "وزارت وزيرة الخارجية السويدية الرياض حيث التقت نظيرها عادل الجبير.", "CONSULT"),
    ("ar", "واجتمع وزراء خارجية دول الخليج مع نظيرهم الأمريكي جون كيري في الدوحة.", "CONSULT"),
    # Arabic abductions and bombs set off
    ("ar", "وخطف مسلحون ثلاثة موظفين أجانب قرب مدينة غاو.", "ASSAULT"),
    ("ar", "واختطف عناصر داعش عشرات المدنيين من القرية.", "ASSAULT"),
    ("ar", "وفجر المسلحون عبوة ناسفة عند مرور دورية للشرطة.", "ASSAULT"),
    # arson and captures by fighters, a vehicle that drove over a mine
    ("fr", "Les assaillants ont incendié plusieurs maisons et le poste de gendarmerie.", "ASSAULT"),
    ("en", "The militants torched the camp and captured four soldiers before dawn.", "ASSAULT"),
    ("ru", "Боевики сожгли грузовики армии Мали в области Каес.", "ASSAULT"),
    ("ar", "وأضرم مسلحون النار في مقر البلدية بعد اقتحامه.", "ASSAULT"),
    ("fr", "Un bus a roulé sur une mine près de Douentza, tuant cinq civils.", "ASSAULT"),
    # one missile fired or fallen, a sniper's fire
    ("ar", "وأعلنت القيادة سقوط صاروخ أطلقته الميليشيات الحوثية على مدينة نجران دون إصابات.", "ASSAULT"),
    ("ar", "واستشهد جندي برصاص قناص حوثي على الحدود الجنوبية مساء أمس.", "ASSAULT"),
    # a military site abandoned, vacated, handed over or transferred
    ("fr", "Le transfert de la base de Tessalit aux forces maliennes a eu lieu lundi.", "RETREAT"),
    ("fr", "Les soldats ont abandonné leurs positions à Boni sans combattre.", "RETREAT"),
    ("en", "The French army handed over the base in Timbuktu to Malian troops on Tuesday.", "RETREAT"),
    ("ru", "Французские военные передали базу в Кидале армии Мали.", "RETREAT"),
    ("ar", "وأخلت القوات الفرنسية قاعدتها في مدينة غاو يوم الاثنين.", "RETREAT"),
    # a riposte, a counter-attack
    ("fr", "La riposte des soldats a permis de repousser les terroristes hors du village.", "ASSAULT"),
    ("ru", "Армия готовит контратаку, чтобы вернуть позиции у боевиков.", "ASSAULT"),
]

TRAPS = [
    # funds, resources, efforts and supporters are mobilised too; the Popular Mobilisation Forces are an actor
    ("fr", "Le ministère veut mobiliser des fonds pour équiper l'armée et la gendarmerie.", "MOBILIZE"),
    ("en", "The minister asked donors to mobilize resources for the army and the police.", "MOBILIZE"),
    ("ar", "ودعا المجلس إلى حشد الجهود لدعم القوات المسلحة في مهامها.", "MOBILIZE"),
    ("ar", "وشاركت قوات الحشد الشعبي في المعارك قرب تكريت.", "MOBILIZE"),
    # civilians fleeing are no force falling back
    ("en", "Thousands of civilians fled the town after the militants arrived.", "RETREAT"),
    ("fr", "Les habitants ont pris la fuite après le passage des hommes armés.", "RETREAT"),
    ("ar", "واضطر آلاف المدنيين إلى الفرار من القرية بعد وصول المسلحين.", "RETREAT"),
    ("ru", "Тысячи жителей бежали из деревни, когда туда вошли боевики.", "RETREAT"),
    # stealing the show or a win; فجر (dawn) before a day
    ("ar", "وخطف النصر الفوز في الدقائق الأخيرة أمام الهلال.", "ASSAULT"),
    ("ar", "وخطف المهاجم الأضواء في مباراة الأمس.", "ASSAULT"),
    ("ar", "وفي فجر اليوم انطلقت قافلة المساعدات إلى القرى.", "ASSAULT"),
    # a person's departure or arrival is no force's
    ("ar", "وقال الوزير في تصريح لدى مغادرته الرياض إن الجيش الوطني سيواصل عملياته.", "RETREAT"),
    ("ar", "وبعد وصوله للمستشفى العسكري توفي الجندي متأثرا بجراحه.", "MOBILIZE"),
    # hospitals visited; a greeting on arrival at a celebration
    (
        "ar",
        "ومن المشافي التي زارتها الممثلة بجانب مشفى الملك سلمان بالرياض، مشفى عبدالرحمن الفيصل.",
        "CONSULT",
    ),
    (
        "ar",
        "ورعى المحافظ حفل أهالي المركز بعيد الفطر، وكان في استقباله رئيس المركز سعود العريفي وجمع من الأعيان.",
        "CONSULT",
    ),
    # attention, images or power captured; a red light run; calories burnt
    ("en", "The photographer captured the attention of the soldiers and the army chief.", "ASSAULT"),
    ("ru", "Военные захватили власть в стране в прошлом году.", "ASSAULT"),
    ("fr", "Il a brûlé un feu rouge devant la gendarmerie.", "ASSAULT"),
    ("ar", "وأحرق اللاعب السعرات في التمرين الأخير للفريق.", "ASSAULT"),
    # falconry, a satellite launch
    ("ar", "وتنطلق رحلات القنص بالصقور في المنطقة الشمالية مع بداية الموسم.", "ASSAULT"),
    ("ar", "وأعلنت وكالة الفضاء إطلاق صاروخ يحمل قمرا صناعيا للاتصالات.", "ASSAULT"),
    # a project abandoned, a player transferred, a hospital handed over, civilians evacuated, a database passed on
    ("fr", "L'armée a abandonné le projet de réforme de la gendarmerie.", "RETREAT"),
    ("fr", "Le transfert du joueur vers le club de l'armée est confirmé.", "RETREAT"),
    ("en", "The minister handed over the keys of the new hospital to the army medical corps.", "RETREAT"),
    ("ar", "وتم إخلاء المدنيين من المنطقة بعد هجوم المسلحين.", "RETREAT"),
    ("ru", "Военные передали базу данных о пропавших в министерство обороны.", "RETREAT"),
    ("fr", "Le transfert de la base de données de l'armée vers le nouveau serveur est terminé.", "RETREAT"),
    # such attacks, any attack: a kind, not one told
    ("ar", "وهدد المجلس المسلحين بعواقب لمثل هذه الهجمات قد تشمل فرض عقوبات.", "ASSAULT"),
    ("ar", "وحذر الجيش من أي هجوم على مواقعه في الشمال.", "ASSAULT"),
    ("en", "The army warned the militants that any attack on its bases would be answered.", "ASSAULT"),
    ("fr", "L'armée a promis de répondre à toute attaque des jihadistes contre ses positions.", "ASSAULT"),
    # receiving pilgrims is no meeting
    ("ar", "وتستعد الجمعية لاستقبال الحجاج في مكة المكرمة هذا العام.", "CONSULT"),
    # desertion is an offence, not a retreat; tightened security is no deployment
    ("ar", "وشمل العفو مرتكبي جرائم الفرار من الجيش خلال العام الماضي.", "RETREAT"),
    ("ar", "وفوجئ المهاجرون بتعزيزات أمنية مشددة عند مدخل النفق.", "MOBILIZE"),
    # an offender running from the police, prisoners escaping
    ("ar", "ولاذ الجاني بالفرار قبل وصول رجال الأمن إلى الموقع.", "RETREAT"),
    ("ar", "وتمكن عدد من السجناء من الفرار بعد هجوم مسلحين على السجن.", "RETREAT"),
    ("en", "The suspect fled before police officers and soldiers reached the scene.", "RETREAT"),
    # وفّر (provided) is not فرّ (fled)
    ("ar", "ووفرت الوزارة المياه والغذاء للجنود المرابطين على الحدود.", "RETREAT"),
    # a task set, a letter delivered, a political riposte
    ("ru", "Перед армией поставлена задача обеспечить безопасность выборов.", "AID"),
    ("ru", "Письмо было доставлено в министерство обороны в понедельник.", "AID"),
    ("fr", "La riposte du gouvernement aux critiques de l'opposition a été rapide.", "ASSAULT"),
    # turning to a country for military aid is a request, not a delivery; a leader on the run is no force retreating
    ("en", "The junta expelled French troops and turned to Russia for military assistance.", "AID"),
    ("fr", "Le chef du groupe serait en fuite, selon les forces de sécurité.", "RETREAT"),
    # popular support behind the army, the allies' mobilisation efforts
    ("fr", "Il a salué la mobilisation des populations derrière les forces armées maliennes.", "MOBILIZE"),
    ("en", "The spokesman dismissed the army's mobilization efforts as a failure.", "MOBILIZE"),
]


@pytest.mark.parametrize(("language", "text", "plover_type"), EVENTS)
def test_new_trigger_is_an_event(language: str, text: str, plover_type: str) -> None:
    assert plover_type in _plover_types(text, language)


@pytest.mark.parametrize(("language", "text", "plover_type"), TRAPS)
def test_other_sense_is_no_event_of_that_type(language: str, text: str, plover_type: str) -> None:
    assert plover_type not in _plover_types(text, language)


def test_arabic_noun_forms_take_the_written_noun_settings() -> None:
    assert "تفجيرا" in arabic_noun_forms("تفجير")
    assert "زيارته" in arabic_noun_forms("زيارة")
    # a feminine plural takes no alif; a noun with the article, a wildcard or a vowel ending gets no forms
    assert "هجماتا" not in arabic_noun_forms("هجمات")
    assert {"كمينين", "غارتين"} <= set(arabic_noun_forms("كمين")) | set(arabic_noun_forms("غارة"))
    assert arabic_noun_forms("الهجوم") == arabic_noun_forms("اشتباك*") == arabic_noun_forms("لقاء") == []
    # انفجارا needs its bomb named after it, as انفجار does
    assert catalogue().noun_forms[("attack", "انفجارا")] == "انفجار"
    assert "ASSAULT" not in _plover_types("وسمع السكان انفجارا قويا في وسط المدينة قرب ثكنة الجيش.", "ar")


def test_arabic_verb_object_pronouns_only_where_the_type_asks() -> None:
    assert arabic_verb_forms("التقى") == ["التقاه", "التقاها", "التقاهم", "التقاهما"]
    assert arabic_verb_forms("اختطف*") == []
    # folded, زاره would also be وزارة (a ministry)
    assert "زاره" not in arabic_verb_forms("زار")
    assert "CONSULT" not in _plover_types(
        "وأعلنت وزارة الدفاع أن الوزير التقى قادة الجيش في مقر وزارة الخارجية.", "ar"
    )
    forms = catalogue().noun_forms
    assert forms[("meeting", "استقبله")] == "استقبل"
    # deployment verbs take none: نشرته is "published it" far more often than "deployed it"
    assert ("deployment", "نشرته") not in forms


def test_a_riposte_is_its_doers() -> None:
    doc = analyze_text(
        "La riposte des soldats a permis de repousser les terroristes hors du village.", language="fr"
    )
    attacks = [e.attrs for e in doc.layer("events") if e.attrs["type"] == "ASSAULT"]
    assert attacks and attacks[0]["source"]["text"] == "soldats"
