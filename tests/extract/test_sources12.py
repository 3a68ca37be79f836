"""Cited sources, round 12: an acronym set after an outlet's name by "or" and its later mentions, the French
imperfect of reporting verbs, more head nouns of outlets (magazine, revue, журнал) and "reproduit par"."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.extract.cues import fold, load_cues
from rasid.extract.sources import source_cues
from rasid.model import Document
from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


def test_an_acronym_set_off_by_or_does_not_hide_the_reporting_verb(pipeline: Pipeline) -> None:
    text = (
        "The Lakeside Courier newspaper, or LC, quoted a police officer as saying that the road was closed. "
        "Later the LC report said two lorries had collided."
    )
    found = cited(pipeline, text, "en")
    assert covers(found, "cited_outlet", "Lakeside Courier")
    # the acronym is learned: its later mention with a reporting verb is cited too
    assert sum(1 for kind, words in found if kind == "cited_outlet" and "LC" in words) == 2, found


def test_a_comma_after_the_name_still_marks_a_quote_end(pipeline: Pipeline) -> None:
    # "…, said the ministry": the name before the comma ended a quote, it did not report
    found = cited(pipeline, "He left the Lakeside Courier newspaper, said the ministry on Monday.", "en")
    assert not covers(found, "cited_outlet", "Lakeside Courier"), found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Le magazine canadien Nord Express citait mardi un ingénieur de la centrale.", "Nord Express"),
        ("Le quotidien La Tribune des Monts rapportait hier que le col était fermé.", "La Tribune des Monts"),
        ("La revue Terre Vive évoquait déjà ce projet de barrage en mai.", "Terre Vive"),
        ("L'agence privée sahélienne Echo du Fleuve a cité des notables de la ville.", "Echo du Fleuve"),
    ],
)
def test_french_imperfect_reporting_verbs_and_more_heads(pipeline: Pipeline, text: str, outlet: str) -> None:
    assert covers(cited(pipeline, text, "fr"), "cited_outlet", outlet)


def test_reproduced_by_a_paper_cites_it(pipeline: Pipeline) -> None:
    text = "Reproduite dimanche par le quotidien régional Le Courrier du Val, la lettre évoque un accord."
    assert covers(cited(pipeline, text, "fr"), "cited_outlet", "Le Courrier du Val")


def test_a_magazine_that_is_only_mentioned_is_no_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Le magazine Nord Express a fêté ses dix ans dans une salle comble.", "fr")
    assert not covers(found, "cited_outlet", "Nord Express"), found


def test_russian_journal_head_noun(pipeline: Pipeline) -> None:
    text = "Как пишет журнал «Северный вестник», завод закрыли в марте."
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", "Северный вестник")


def test_staff_anchors_are_data() -> None:
    anchors = load_cues("sources")["staff_anchors"]
    assert "correspond" in anchors and "crew" in anchors


def test_staff_witness_still_found_through_the_data_anchors(pipeline: Pipeline) -> None:
    text = "Un correspondant de l'AFP a vu trois blindés entrer dans la ville."
    assert covers(cited(pipeline, text, "fr"), "cited_outlet", "AFP")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a time between the reporting verb and the agency
        ("وقال الوزير في تصريح نقلته أمس وكالة أنباء الشمال إن الطريق سيفتح قريبا.", "وكالة أنباء الشمال"),
        ("وذكرت مساء اليوم صحيفة الأفق أن المباراة تأجلت.", "صحيفة الأفق"),
        # a name in parentheses after its head noun
        ("وذكرت قناة (إس.بي.إن) أن الحريق أخمد.", "إس.بي.إن"),
        # a masculine outlet after a masculine citing cue
        ("وارتفع عدد الضحايا إلى عشرة، بحسب ما أفاد موقع النهار الجديد.", "النهار الجديد"),
    ],
)
def test_arabic_citing_frames(pipeline: Pipeline, text: str, outlet: str) -> None:
    found = cited(pipeline, text, "ar")
    assert any(kind == "cited_outlet" and outlet in words for kind, words in found), found


def test_arabic_parentheses_without_a_head_noun_are_no_outlet(pipeline: Pipeline) -> None:
    # "(المرور)" after a citing cue names a body in parentheses, not an outlet with its head noun
    found = cited(pipeline, "وذكرت (إدارة المرور) أن الطريق مغلق.", "ar")
    assert not any(kind == "cited_outlet" for kind, _ in found), found


def test_an_organisation_website_in_arabic_is_a_channel(pipeline: Pipeline) -> None:
    found = cited(pipeline, "وقال النادي في موقعه على الإنترنت إن اللاعب وقع عقدا لثلاثة مواسم.", "ar")
    assert covers(found, "social_channel", "موقعه على الإنترنت")


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("وبحسب ما جاء في موقع الخليج التقني فإن التحديث يصل الشهر المقبل.", "cited_outlet", "موقع الخليج"),
        ("وفقا للموقع الإلكتروني لصحيفة “النجمة” فإن الحفل تأجل.", "cited_outlet", "النجمة"),
        ("وغادر المدرب مقابلة أجراها مع قناة (XYZ) قبل نهايتها.", "interview", "XYZ"),
        ("إلا أن المصادر تؤكد أن المهاجم باق مع الفريق.", "vague", "المصادر"),
        ("وتقول المصادر إن المفاوضات توقفت.", "vague", "المصادر"),
    ],
)
def test_more_arabic_citing_frames(pipeline: Pipeline, text: str, kind: str, words: str) -> None:
    assert covers(cited(pipeline, text, "ar"), kind, words)


def test_sources_of_water_are_no_vague_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "وتنوعت مصادر المياه في المنطقة خلال العقد الماضي.", "ar")
    assert not any(kind == "vague" for kind, _ in found), found


def test_an_arabic_agency_known_in_one_form_is_known_in_the_other() -> None:
    outlets = source_cues().outlets
    known = outlets.get(fold("وكالة الأنباء السورية"))
    assert known is not None
    assert outlets.get(fold("الوكالة السورية للأنباء")) == known
    assert outlets.get(fold("الوكالة العربية السورية للأنباء")) == known


def test_the_other_form_is_cited_with_its_kb_link(pipeline: Pipeline) -> None:
    doc = pipeline(Document(text="وقالت الوكالة السورية للأنباء إن الوفد وصل إلى المطار.", language="ar"))
    linked = [a for a in doc.layer("sources") if a.label == "cited_outlet"]
    assert linked and linked[0].attrs.get("kb_id"), linked


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("وقال المحافظ في اتصال هاتفي أجرته معه قناة “الضحى” إن السد آمن.", "interview", "الضحى"),
        ("وبينت المصادر أن العقد سيوقع الأسبوع المقبل.", "vague", "المصادر"),
    ],
)
def test_a_phone_call_an_outlet_made_and_more_vague_cues(
    pipeline: Pipeline, text: str, kind: str, words: str
) -> None:
    assert covers(cited(pipeline, text, "ar"), kind, words)


def test_between_sources_is_no_vague_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "وقارن الباحث بين المصادر الأولية والثانوية في كتابه.", "ar")
    assert not any(kind == "vague" for kind, _ in found), found


def test_malian_sources_are_cited_financial_resources_are_not(pipeline: Pipeline) -> None:
    assert covers(cited(pipeline, "وقالت مصادر مالية إن الجنود انسحبوا من القرية.", "ar"), "vague", "مصادر")
    found = cited(pipeline, "وستتوفر للبلدية مصادر مالية إضافية العام المقبل.", "ar")
    assert not any(kind == "vague" for kind, _ in found), found


def test_one_unnamed_news_report(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Six houses burned in the valley, a news report said on Sunday.", "en")
    assert covers(found, "vague", "news report")
    found = cited(pipeline, "She wrote a news report about the fire for her class.", "en")
    assert not any(kind == "vague" for kind, _ in found), found


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("ТАЛЛИН, 4 апреля. /Балтинфо/ - Парламент принял закон.", "Балтинфо"),
        ("TBILISI, June 8 /Kavkaz Wire/ - The talks resumed.", "Kavkaz Wire"),
        ("ACCRA — (GNA) The minister opened the market.", "GNA"),
    ],
)
def test_unknown_agencies_in_a_dateline(pipeline: Pipeline, text: str, agency: str) -> None:
    assert covers(cited(pipeline, text, "xx"), "agency", agency)


def test_slashes_later_in_a_text_are_no_dateline(pipeline: Pipeline) -> None:
    found = cited(
        pipeline, "Он сказал, что курс 5 /Доллар/ не изменится.\nГОРОД, 3 мая. Сообщений нет.", "ru"
    )
    assert not any(kind == "agency" for kind, _ in found), found


def test_a_paper_name_word_makes_a_name_an_outlet(pipeline: Pipeline) -> None:
    assert covers(
        cited(pipeline, "Selon Nord Quotidien, le pont sera rouvert lundi.", "fr"), "cited_outlet", "Nord"
    )
    # a person's name after the same cue speaks, it is no outlet
    found = cited(pipeline, "Selon Mamadou Keita, le pont sera rouvert lundi.", "fr")
    assert not any(kind == "cited_outlet" for kind, _ in found), found


def test_outlet_name_words_are_data() -> None:
    assert "Quotidien" in load_cues("sources")["outlet_name_words"]


def test_a_press_review_verb_before_a_paper(pipeline: Pipeline) -> None:
    found = cited(pipeline, "« Les prix montent », met en exergue Le Courrier du Fleuve.", "fr")
    assert covers(found, "cited_outlet", "Courrier du Fleuve")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("وأفاد مراسل “الساحل” بأن الاشتباكات توقفت.", "الساحل"),
        ("وذكر مراسل قناة الوادي أن السيول جرفت الطريق.", "الوادي"),
    ],
)
def test_an_outlet_correspondent_reports_for_the_outlet(pipeline: Pipeline, text: str, words: str) -> None:
    assert covers(cited(pipeline, text, "ar"), "cited_outlet", words)


def test_a_quoted_word_after_a_verb_alone_is_no_outlet(pipeline: Pipeline) -> None:
    # with neither a head noun nor a staff word, a quoted word after the verb is no outlet
    found = cited(pipeline, "وقال “الأمل” كبير في عودة الهدوء.", "ar")
    assert not any(kind == "cited_outlet" for kind, _ in found), found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Как утверждает The Wall Street Journal, переговоры прерваны.", "Wall Street Journal"),
        ("Как выяснили журналисты «Северной почты», завод закрыт.", "Северной почты"),
    ],
)
def test_more_russian_citing_frames(pipeline: Pipeline, text: str, words: str) -> None:
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", words)


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("وأظهرت لقطات بثها التلفزيون المحلي سيارات محترقة.", "cited_outlet", "التلفزيون المحلي"),
        ("وسقط عشرة جرحى، بحسب ما أفاد مصور في وكالة الصحافة الفرنسية.", "cited_outlet", "الصحافة الفرنسية"),
        ("وعرضت قناة الوادي لقطات للسيول.", "cited_outlet", "قناة الوادي"),
        ("لكن المصادر الفرنسية ترى أن الاتفاق بعيد.", "vague", "المصادر الفرنسية"),
    ],
)
def test_local_television_photographers_and_shown_by(
    pipeline: Pipeline, text: str, kind: str, words: str
) -> None:
    assert covers(cited(pipeline, text, "ar"), kind, words)


def test_natural_resources_are_no_vague_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "وترى المصادر الطبيعية في المنطقة تراجعا كبيرا.", "ar")
    assert not any(kind == "vague" for kind, _ in found), found
