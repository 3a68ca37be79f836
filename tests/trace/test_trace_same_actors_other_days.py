"""Same actors, another event (issue 14): a report about the same junta, minister or capital days or weeks
later is no member of the first event's story. Days a text names far before it is published are its
background; actors and capitals set the scene without naming the event.

Written for this test (fictional statements in real places).
"""

from __future__ import annotations

from collections import Counter

from rasid.model import Annotation, Document
from rasid.trace.features import DocFeatures, days_apart, is_scene_anchor, own_days
from rasid.trace.membership import Group, judge_join, judge_merge
from rasid.trace.relate import dates_conflict, event_specific

NIAMEY = "rasid:gpe/ne-niamey"
AGADEZ = "rasid:gpe/ne-agadez"
SPOKESMAN = "rasid:person/amadou-abdramane"


def test_days_named_long_before_publication_are_background() -> None:
    # a report of 6 August that recalls 16 March and 19 May: its own news is of August
    assert own_days(frozenset({"2024-03-16", "XXXX-05-19", "XXXX-08-05"}), "2024-08-06") == {"2024-08-05"}
    # a day without its year takes the year of the publication month, and the month bounds the window
    assert own_days(frozenset({"XXXX-09-07", "XXXX-06-01"}), "2023-09") == {"2023-09-07"}
    # undated: every day named is kept (the text's own day is unknown)
    assert own_days(frozenset({"2021-02-02", "XXXX-02-16"}), None) == {"2021-02-02", "XXXX-02-16"}


def test_yearless_days_compare_by_month_and_day() -> None:
    assert days_apart("XXXX-03-16", "2024-03-17") == 1
    assert days_apart("XXXX-12-31", "XXXX-01-02") == 2
    assert dates_conflict(frozenset({"XXXX-08-05"}), frozenset({"2024-03-16"}), 3)
    assert not dates_conflict(frozenset({"XXXX-03-16"}), frozenset({"2024-03-17"}), 3)


def test_a_later_report_recalling_the_event_day_is_dated_away_from_it() -> None:
    text = "On 16 March 2024 the government ended the accord. The last soldiers left Agadez on 5 August 2024."

    def day(words: str, value: str) -> Annotation:
        start = text.index(words)
        return Annotation("dates", start, start + len(words), "DATE", words, {"value": value})

    dates = (day("16 March 2024", "2024-03-16"), day("5 August 2024", "2024-08-05"))
    later = DocFeatures(Document(text=text, language="en", published="2024-08-06", layers={"dates": dates}))
    assert later.event_days == {"2024-08-05", "2024-08-06"}
    assert dates_conflict(later.event_days, frozenset({"2024-03-16", "2024-03-17"}), 3)


def test_actors_and_capitals_set_the_scene_and_days_places_numbers_name_the_event() -> None:
    assert is_scene_anchor(("kb_ids", SPOKESMAN)) and is_scene_anchor(("kb_ids", NIAMEY))
    assert not is_scene_anchor(("kb_ids", AGADEZ)) and not is_scene_anchor(("dates", "2024-03-16"))
    event, scene = event_specific(
        {("kb_ids", NIAMEY), ("kb_ids", SPOKESMAN), ("dates", "2024-03-16"), ("numbers", "16")}
    )
    assert event == [("dates", "2024-03-16")]  # "16" is the day again, not a second anchor
    assert scene == [("kb_ids", NIAMEY), ("kb_ids", SPOKESMAN)]


def _story(*members: frozenset) -> Group:  # type: ignore[type-arg]
    return Group.of("st-e", {f"m{i}": anchors for i, anchors in enumerate(members)})


def test_a_document_sharing_only_the_actors_and_the_capital_does_not_join_on_anchors() -> None:
    member = frozenset({("kb_ids", NIAMEY), ("kb_ids", SPOKESMAN), ("numbers", "946")})
    story = _story(member, member)
    same_actors = frozenset({("kb_ids", NIAMEY), ("kb_ids", SPOKESMAN), ("numbers", "650")})
    ok, why = judge_join(same_actors, story, links=1, cohesion=0.3)
    assert not ok and why["decided_by"] == "anchors" and why["event_anchors"] == {}
    same_event = frozenset({("kb_ids", NIAMEY), ("numbers", "946")})
    ok, why = judge_join(same_event, story, links=1, cohesion=0.3)
    assert ok and why["event_anchors"] == {"numbers": ["946"]}


def test_closeness_alone_does_not_join_undated_reports_of_the_same_actors() -> None:
    member = frozenset({("kb_ids", NIAMEY), ("numbers", "946")})
    story = _story(member, member)
    undated = frozenset({("kb_ids", NIAMEY), ("numbers", "650")})
    assert not judge_join(undated, story, links=1, cohesion=0.75)[0]  # "the same subject" is not enough
    assert judge_join(undated, story, links=1, cohesion=0.85)[0]  # the same news, figures not contradicting
    dated_story = _story(member | {("published", "2024-03-17")}, member)
    dated = undated | {("published", "2024-03-18")}
    ok, why = judge_join(dated, dated_story, links=1, cohesion=0.75)
    assert ok and why["decided_by"] == "cohesion"  # close, and published on near days


def test_two_stories_whose_cores_hardly_agree_merge_on_closeness_only_when_dated_near() -> None:
    def story(name: str, *numbers: str) -> Group:
        anchors = {("kb_ids", SPOKESMAN), *(("numbers", n) for n in numbers)}
        return Group(name, {name + "1", name + "2"}, Counter({a: 2 for a in anchors}))

    first, second = story("st-a", "946", "112", "31"), story("st-b", "650", "22", "17")
    assert not judge_merge(first, second, cohesion=0.75)[0]  # the same spokesman, other figures
    first.anchors[("published", "2024-03-17")] = 1
    second.anchors[("published", "2024-03-16")] = 1
    ok, why = judge_merge(first, second, cohesion=0.75)
    assert ok and why["agreement"] == 0.25  # close and published on near days: one event's reports


def test_a_story_does_not_creep_a_few_days_at_a_time_from_its_event() -> None:
    # three reports of the 17th and one follow-up of the 19th: a report of the 22nd is three days from the
    # follow-up but five from the story's own day, so it is another event (one ministry's week of news)
    member = frozenset({("kb_ids", AGADEZ), ("numbers", "946")})
    story = _story(
        member | {("published", "2024-03-17")},
        member | {("published", "2024-03-17")},
        member | {("published", "2024-03-17")},
        member | {("published", "2024-03-19")},
    )
    assert story.days() == frozenset({"2024-03-17"})
    later = member | {("published", "2024-03-22")}
    ok, why = judge_join(later, story, links=1, cohesion=0.85)
    assert not ok and why["decided_by"] == "days"
    assert judge_join(member | {("published", "2024-03-19")}, story, links=1, cohesion=0.85)[0]
    week_later = Group.of("st-w", {"w1": later, "w2": later})
    assert judge_merge(story, week_later, cohesion=0.9)[1]["decided_by"] == "days"


def test_a_story_without_core_days_is_judged_from_its_most_held_days() -> None:
    # a loose story whose members spread over several days keeps the day most of them share as its own,
    # so a report ten days on is another event even though some member was published in between
    member = frozenset({("kb_ids", AGADEZ)})
    days = ["2024-03-17", "2024-03-17", "2024-03-19", "2024-03-22", "2024-03-25"]
    story = _story(*(member | {("published", day)} for day in days))
    assert story.days() == frozenset({"2024-03-17"})
    ok, why = judge_join(member | {("published", "2024-03-27")}, story, links=1, cohesion=0.9)
    assert not ok and why["decided_by"] == "days"


def test_the_same_days_news_with_nothing_to_compare_does_not_merge_on_closeness() -> None:
    # two stories of one day, close in wording (an agency's cables), with no event anchors at all
    first = Group("st-a", {"a1", "a2"}, Counter({("published", "2024-03-17"): 2}))
    second = Group("st-b", {"b1", "b2"}, Counter({("published", "2024-03-17"): 2}))
    assert not judge_merge(first, second, cohesion=0.75)[0]
    assert judge_merge(first, second, cohesion=0.85)[0]  # the same news: very close leads
