"""Story membership decided against the story as a whole (issue 14): a chain of pairs A–B–C where A and C
report different events does not make one story; copies no longer merge stories without a check.

Written for this test (fictional events in real places).
"""

from __future__ import annotations

from collections import Counter

from rasid.model import Document
from rasid.store import open_store
from rasid.trace import list_stories, trace
from rasid.trace.features import DocFeatures
from rasid.trace.membership import Group, agreement, event_anchors, item_copy, judge_join, judge_merge
from rasid.trace.relate import Relation
from raw_sql import raw_connection

ATTACK = (
    "The army of Burkina Faso said on 12 March that 23 soldiers and 11 volunteers were killed when militants "
    "attacked a base near the town of Djibo. The statement said 40 attackers were killed in the fighting and that "
    "reinforcements arrived by helicopter within two hours. A second attack on a convoy near Arbinda wounded 7 "
    "people, the army added."
)
DRONES = (
    "Mali's transitional authorities signed an agreement on 3 June with a Turkish company for the delivery of 4 "
    "drones and the training of 15 pilots, the ministry of defence said. The contract is worth 18 million euros "
    "and the first aircraft are expected in Bamako in September, according to the ministry. Officials said the "
    "drones would patrol the roads of the central region."
)
# a news digest that copies both: related by a copy to each, about neither event alone
DIGEST = "Sahel news in brief.\n\n" + ATTACK + "\n\n" + DRONES


def doc(text: str, outlet: str, published: str = "2024-06-04") -> Document:
    return Document(text=text, language="en", outlet=outlet, published=published)


def story_of(store, doc_id: str) -> str | None:  # type: ignore[no-untyped-def]
    return store.story_of_document(doc_id)


def test_a_chain_through_a_digest_does_not_join_two_events(store_url: str) -> None:
    store = open_store(store_url)  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    attack, drones, digest = doc(ATTACK, "a.example"), doc(DRONES, "b.example"), doc(DIGEST, "c.example")
    store.add_documents([attack, drones, digest])
    trace(store)
    kinds = {
        frozenset((a, b)): k for a, b, k in raw_connection(store).execute("SELECT a, b, kind FROM relations")
    }
    assert kinds[frozenset((attack.id, digest.id))] == "copy"
    assert kinds[frozenset((drones.id, digest.id))] == "copy"
    assert story_of(store, attack.id) != story_of(store, drones.id)
    # the digest is in one story, with one of the two events
    assert story_of(store, digest.id) in {story_of(store, attack.id), story_of(store, drones.id)}
    assert all(s["size"] <= 2 for s in list_stories(store))


def test_a_copy_between_two_stories_does_not_merge_them_when_their_cores_disagree(store_url: str) -> None:
    store = open_store(store_url)
    attack, drones = doc(ATTACK, "a.example"), doc(DRONES, "b.example")
    attack_copy = doc("Breaking: " + ATTACK.replace("the army added", "according to the army"), "d.example")
    drones_copy = doc("From our correspondent. " + DRONES, "e.example")
    store.add_documents([attack, attack_copy, drones, drones_copy])
    trace(store)
    assert len(list_stories(store, min_documents=2)) == 2
    digest = doc(DIGEST, "c.example")
    store.add_documents([digest])
    report = trace(store)
    assert report.stories_merged == 0
    assert story_of(store, attack.id) != story_of(store, drones.id)
    assert story_of(store, attack.id) == story_of(store, attack_copy.id)
    assert story_of(store, drones.id) == story_of(store, drones_copy.id)
    assert sorted(s["size"] for s in list_stories(store, min_documents=2)) == [2, 3]


def test_event_anchors_leave_years_out_and_keep_the_event_numbers() -> None:
    anchors = event_anchors(DocFeatures(doc(ATTACK + " In 2024 the army lost 9 bases.", "x")))
    numbers = {v for k, v in anchors if k == "numbers"}
    assert {"12", "23", "11", "40", "7", "9"} <= numbers and "2024" not in numbers


def test_core_is_what_half_the_members_hold() -> None:
    group = Group(
        "st-x", {"a", "b", "c"}, Counter({("numbers", "23"): 3, ("numbers", "40"): 2, ("numbers", "7"): 1})
    )
    assert group.core() == {("numbers", "23"), ("numbers", "40")}
    lone = Group.of("st-y", {"d": frozenset({("numbers", "5")})})
    assert lone.core() == {("numbers", "5")}
    assert agreement(frozenset(), group.core()) is None


def test_judge_join_by_links_by_anchors_and_by_cohesion() -> None:
    story = Group.of(
        "st-s",
        {
            "a": frozenset({("numbers", "23"), ("numbers", "40")}),
            "b": frozenset({("numbers", "23"), ("numbers", "40")}),
        },
    )
    other_event = frozenset({("numbers", "15"), ("numbers", "18")})
    same_event = frozenset({("numbers", "23"), ("numbers", "40"), ("numbers", "3")})
    assert judge_join(same_event, story, links=1, cohesion=0.2)[0]
    ok, why = judge_join(other_event, story, links=1, cohesion=0.9)
    assert not ok and why["agreement"] == 0.0 and why["decided_by"] == "anchors"
    assert judge_join(other_event, story, links=2, cohesion=0.1)[0]  # related to every member
    assert judge_join(frozenset(), story, links=1, cohesion=0.6)[0]
    assert not judge_join(frozenset(), story, links=1, cohesion=0.3)[0]


def test_judge_merge_needs_agreeing_cores_and_close_centroids() -> None:
    def two(*numbers: str) -> Group:
        anchors = frozenset(("numbers", n) for n in numbers)
        return Group.of(
            "st-" + "".join(numbers), {"x" + "".join(numbers): anchors, "y" + "".join(numbers): anchors}
        )

    assert judge_merge(two("23", "40"), two("23", "40", "7"), cohesion=0.8)[0]
    assert not judge_merge(two("23", "40"), two("15", "18"), cohesion=0.9)[0]
    assert not judge_merge(two("23", "40"), two("23", "40"), cohesion=0.3)[0]


EN_REPORT = (
    "Colonel Amadou Abdramane, the spokesman of the government of Niger, said on 16 March 2024 that the "
    "government had ended the agreement that allowed American soldiers to stay in the country. He said the "
    "American delegation that visited Niamey that week had not respected diplomatic protocol."
)
FR_REPORT = (
    "Le 16 mars 2024, le colonel Amadou Abdramane, porte-parole du gouvernement du Niger, a annoncé la fin "
    "de l'accord qui permettait aux militaires américains de rester dans le pays. La délégation venue à "
    "Niamey n'avait pas respecté le protocole diplomatique, selon lui."
)
LATER = (
    "Colonel Amadou Abdramane, the spokesman of the government of Niger, said on 5 August 2024 that the "
    "last American soldiers had left the drone base near Agadez. He said the departure had been agreed "
    "with the American army in May."
)


def test_two_reports_of_one_event_in_two_languages_are_one_event_and_the_same_actors_later_are_not() -> None:
    from rasid.extract import analyze_text
    from rasid.trace import relate

    en = analyze_text(EN_REPORT, language="en")
    fr = analyze_text(FR_REPORT, language="fr")
    later = analyze_text(LATER, language="en")
    relation = relate(en, fr)
    assert relation is not None and relation.kind in ("translation", "rewrite")
    assert relate(en, later) is None  # the same spokesman, another day: another event


def test_a_document_dated_away_from_every_day_of_the_story_does_not_join() -> None:
    story = Group.of(
        "st-s",
        {
            "a": frozenset({("dates", "2024-03-16"), ("kb_ids", "rasid:person/x")}),
            "b": frozenset({("published", "2024-03-17"), ("kb_ids", "rasid:person/x")}),
        },
    )
    later = frozenset({("published", "2024-08-05"), ("kb_ids", "rasid:person/x")})
    ok, why = judge_join(later, story, links=1, cohesion=0.9)
    assert not ok and why["decided_by"] == "days"
    next_day = frozenset({("published", "2024-03-18"), ("kb_ids", "rasid:person/x")})
    assert judge_join(next_day, story, links=1, cohesion=0.9)[0]
    assert judge_join(later, story, links=2, cohesion=0.1)[0]  # related to every member: the links decide


def test_two_stories_whose_cores_share_nothing_do_not_merge_however_close_their_leads() -> None:
    # two receptions by one court, a day apart: different guests, different places, no figures to compare
    visit = {
        d: frozenset({("kb_ids", "rasid:person/guest-a"), ("kb_ids", "rasid:place/palace-a")}) for d in "ab"
    }
    call = {
        d: frozenset({("kb_ids", "rasid:person/guest-b"), ("kb_ids", "rasid:place/palace-b")}) for d in "cd"
    }
    ok, why = judge_merge(Group.of("st-v", visit), Group.of("st-c", call), cohesion=0.92, by_copy=True)
    assert not ok and why["agreement"] == 0.0 and why["decided_by"] == "cores"
    # sharing what names the event, they do
    call_here = {
        d: frozenset({("kb_ids", "rasid:person/guest-b"), ("kb_ids", "rasid:place/palace-a")}) for d in "cd"
    }
    assert judge_merge(Group.of("st-v", visit), Group.of("st-c", call_here), cohesion=0.92)[0]


def _copy(containment: float, jaccard: float, *, partial: bool = False) -> Relation:
    evidence: dict[str, object] = {"metrics": {"containment": containment, "jaccard": jaccard}}
    if partial:
        evidence["partial"] = True
    return Relation("a", "b", "copy", containment, evidence)


def test_item_copy_is_a_part_of_the_longer_text_not_a_copy_of_all_of_it() -> None:
    assert not item_copy(_copy(0.95, 0.9))  # the same text, lightly edited
    assert not item_copy(_copy(1.0, 0.8))  # a copy with a paragraph dropped: most of the longer one
    assert item_copy(_copy(1.0, 0.3))  # a short item found whole in a text three times as long
    assert item_copy(_copy(0.35, 0.1, partial=True))  # one passage of each
    assert not item_copy(
        Relation("a", "b", "rewrite", 0.6, {"metrics": {"containment": 0.2, "jaccard": 0.1}})
    )


# one court's day: two receptions, reported alone and together in a digest (no figures, no days, no places)
RECEPTION = (
    "The king received at his palace this evening the defence minister of a friendly country and the delegation "
    "accompanying him. During the reception they reviewed the relations between the two countries, cooperation "
    "in the fields of defence and training, and the latest developments in the region."
)
AUDIENCE = (
    "The king received at his palace this evening a delegation of businessmen and investors from several Asian "
    "countries. He welcomed the guests and listened to their proposals for joint projects in industry, energy "
    "and tourism, and urged them to take part in the economic programmes of the kingdom."
)
DIGEST_OF_THE_COURT = "The royal court today.\n\n" + RECEPTION + "\n\n" + AUDIENCE + "\n\nMore news tomorrow."


def test_a_digest_joins_one_of_the_stories_it_holds_and_bridges_none(store_url: str) -> None:
    store = open_store(store_url)
    reception, reception_copy = doc(RECEPTION, "a.example"), doc("Royal court: " + RECEPTION, "b.example")
    audience, audience_copy = (
        doc(AUDIENCE, "c.example"),
        doc(AUDIENCE + " The visit lasts two days.", "d.example"),
    )
    store.add_documents([reception, reception_copy, audience, audience_copy])
    trace(store)
    assert len(list_stories(store, min_documents=2)) == 2
    digest = doc(DIGEST_OF_THE_COURT, "e.example")
    store.add_documents([digest])
    report = trace(store)
    kinds = {
        frozenset((a, b)): k for a, b, k in raw_connection(store).execute("SELECT a, b, kind FROM relations")
    }
    assert kinds[frozenset((reception.id, digest.id))] == "copy"
    assert kinds[frozenset((audience.id, digest.id))] == "copy"
    assert report.stories_merged == 0
    assert story_of(store, reception.id) != story_of(store, audience.id)
    assert story_of(store, digest.id) in {story_of(store, reception.id), story_of(store, audience.id)}


def test_one_place_in_common_is_where_many_events_happen_not_which_event() -> None:
    city = ("kb_ids", "rasid:place/port-city")
    # a week of one city's news: the fighting, the first aid flight, the reopened port
    fighting = {d: frozenset({city, ("numbers", "14"), ("dates", "2024-07-21")}) for d in "ab"}
    flight = {d: frozenset({city, ("numbers", "40"), ("dates", "2024-07-23")}) for d in "cd"}
    ok, why = judge_merge(Group.of("st-f", fighting), Group.of("st-a", flight), cohesion=0.62)
    assert not ok and why["shared"] == {"kb_ids": ["rasid:place/port-city"]}
    lone_report = frozenset({city, ("numbers", "7")})
    assert not judge_join(lone_report, Group.of("st-f", fighting), links=1, cohesion=0.3)[0]
    # the same city and the same toll name one event
    same_toll = {d: frozenset({city, ("numbers", "14"), ("numbers", "3")}) for d in "ef"}
    assert judge_merge(Group.of("st-f", fighting), Group.of("st-t", same_toll), cohesion=0.62)[0]
    assert judge_join(
        frozenset({city, ("numbers", "14")}), Group.of("st-f", fighting), links=1, cohesion=0.3
    )[0]
