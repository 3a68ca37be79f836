"""One day written two ways (issue 14): a text that names "October 7" without its year and its copy or source
that names "7 October" in a dated report name the same day. The day is an anchor both share, and not a slot
of a formula filled differently, so a truncated copy that reorders the day is still a copy.

The sentences are written for this test (a fictional council and general).
"""

from __future__ import annotations

from rasid.extract import analyze_documents
from rasid.model import Document
from rasid.trace import relate
from rasid.trace.features import DocFeatures, align_days, own_days, same_day
from rasid.trace.relate import shared_anchors

SOURCE = (
    "The council on Monday chose Amina Diallo, the general its rivals say planned the 7 October raid on the "
    "northern garrison that started the war, as its new chair following last month's death of her "
    "predecessor in a road accident.\n\n"
    "The choice came with the border region on alert as it awaited the army's answer to the raid on the "
    "garrison.\n\n"
    "The government blames the council for the raid and has promised to punish its leaders, while the "
    "council's allies in the hills have promised to defend them.\n\n"
    "Diallo, who has led the council's fighters since 2019, has not appeared in public since the raid.\n\n"
    "A council official told reporters that the choice sent a message that the movement would not change "
    "its course."
)
# the first two paragraphs, the day written the other way round, no date of publication
TRUNCATED = (
    "The council on Monday chose Amina Diallo, the general its rivals say planned the October 7 raid on the "
    "northern garrison that started the war, as its new chair following last month's death of her "
    "predecessor in a road accident. The choice came with the border region on alert as it awaited the "
    "army's answer to the raid on the garrison."
)


def _analysed(*docs: Document) -> list[Document]:
    return list(analyze_documents(docs))


def test_same_day_matches_a_day_without_its_year_to_that_day_in_any_year() -> None:
    assert same_day("XXXX-10-07", "2023-10-07")
    assert same_day("2023-10-07", "XXXX-10-07")
    assert same_day("2023-10-07", "2023-10-07")
    assert not same_day("XXXX-10-07", "2023-10-08")
    assert not same_day("2022-10-07", "2023-10-07")  # two years named: two days
    assert not same_day("XXXX-10", "2023-10-07")  # a month is not a day


def test_align_days_gives_a_yearless_day_the_year_the_other_text_names() -> None:
    assert align_days(frozenset({"XXXX-10-07", "2024-08-06"}), frozenset({"2023-10-07"})) == {
        "2023-10-07",
        "2024-08-06",
    }
    # the other text names that month and day in two years: which one is meant is not known
    ambiguous = frozenset({"2022-10-07", "2023-10-07"})
    assert align_days(frozenset({"XXXX-10-07"}), ambiguous) == {"XXXX-10-07"}


def test_a_truncated_copy_writing_the_day_the_other_way_round_is_a_copy() -> None:
    source, truncated = _analysed(
        Document(text=SOURCE, language="en", published="2024-08-07"), Document(text=TRUNCATED, language="en")
    )
    fa, fb = DocFeatures(truncated), DocFeatures(source)
    # the day is read in both texts, with a year in the dated one only
    assert any(d.startswith("XXXX-10-07") for d in fa.dates)
    assert any(d.endswith("-10-07") and not d.startswith("X") for d in fb.dates)
    assert any(d.endswith("-10-07") for d in shared_anchors(fa, fb)["shared"].get("dates", []))
    relation = relate(truncated, source)
    assert relation is not None and relation.kind == "copy"


def test_a_formula_filled_with_another_day_is_still_not_a_copy() -> None:
    day_one = (
        "The ministry said on {} that the northern road would stay closed to trucks until the repairs end."
    )
    first, second = _analysed(
        Document(text=day_one.format("October 7") + " " + TRUNCATED.split(". ")[1], language="en"),
        Document(text=day_one.format("November 12") + " " + TRUNCATED.split(". ")[1], language="en"),
    )
    relation = relate(first, second)
    assert relation is None or relation.kind != "copy"


# a later report that names the event's day as past ("dernier", "الماضي"), without a date of publication
LATER_FR = (
    "Le colonel Paul Mensah, qui a renversé le gouvernement le 12 mars dernier, a prêté serment vendredi "
    "devant la Cour suprême comme président de la transition, pour une durée de trois ans."
)
LATER_AR = (
    "أدى العقيد بول منساه، الذي أطاح بالحكومة في 12 مارس الماضي، اليمين الدستورية أمام المحكمة العليا "
    "رئيسا للمرحلة الانتقالية لمدة ثلاث سنوات."
)
SAME_DAY_FR = "Le colonel Paul Mensah a renversé le gouvernement le 12 mars et dissous le Parlement."


def test_a_day_the_text_marks_as_past_is_background_not_its_own_news() -> None:
    later_fr, later_ar, same_day_fr = _analysed(
        Document(text=LATER_FR, language="fr"),
        Document(text=LATER_AR, language="ar"),
        Document(text=SAME_DAY_FR, language="fr"),
    )
    for doc in (later_fr, later_ar):
        f = DocFeatures(doc)
        assert "XXXX-03-12" in f.past_marked_days
        assert not any(d.endswith("-03-12") for d in f.named_days | f.event_days)
        assert not any(kind == "dates" for kind, _ in f.specific_anchors)
    # the same day named without "dernier" is the text's news
    assert any(d.endswith("-03-12") for d in DocFeatures(same_day_fr).named_days)


def test_a_past_marked_day_near_a_known_day_of_publication_is_still_the_news() -> None:
    (dated,) = _analysed(Document(text=LATER_FR, language="fr", published="2024-03-14"))
    # two days before the day of publication: own_days keeps it, whatever word marks it
    assert "2024-03-12" in DocFeatures(dated).named_days


def test_without_the_day_of_publication_the_latest_day_named_is_the_texts_own() -> None:
    # a report of the coup of 30 September that recalls the coup of 24 January, undated
    assert own_days(frozenset({"2022-01-24", "2022-09-30"}), None) == {"2022-09-30"}
    # published "in May": the inquiry's Friday 24 May is its news, the crash of Sunday 19 May its background
    assert own_days(frozenset({"2024-05-19", "2024-05-24"}), "2024-05") == {"2024-05-24"}
    # days close together are all the news (the event and the next days' follow-ups)
    assert own_days(frozenset({"2024-05-19", "2024-05-21"}), "2024-05") == {"2024-05-19", "2024-05-21"}
    # a day named without its year stays: which day it is, is not known
    assert own_days(frozenset({"XXXX-01-24", "2022-09-30"}), None) == {"XXXX-01-24", "2022-09-30"}


def test_with_the_day_of_publication_the_days_around_it_are_the_news_as_before() -> None:
    assert own_days(frozenset({"2024-05-19", "2024-05-22"}), "2024-05-20") == {"2024-05-19", "2024-05-22"}
    assert own_days(frozenset({"2024-05-12", "2024-05-20"}), "2024-05-20") == {"2024-05-20"}


def test_a_yearless_day_weeks_before_the_texts_full_day_is_its_background() -> None:
    # undated report of a raid on 20 June 2025 that recalls "the shelling of 6 June": the raid's day is its news
    assert own_days(frozenset({"2025-06-20", "XXXX-06-06"}), None) == {"2025-06-20"}
    # a yearless day around the full day stays (the event and its follow-ups)
    assert own_days(frozenset({"2025-06-20", "XXXX-06-18"}), None) == {"2025-06-20", "XXXX-06-18"}
    # after the full day, or months before it, it may be a later year's day (the text's own): kept
    assert own_days(frozenset({"2025-06-20", "XXXX-07-02"}), None) == {"2025-06-20", "XXXX-07-02"}
    assert own_days(frozenset({"2025-06-20", "XXXX-02-11"}), None) == {"2025-06-20", "XXXX-02-11"}
