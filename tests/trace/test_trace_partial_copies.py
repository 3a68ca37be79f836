"""Partial copies (issue 14, item 4): a text holding a contiguous part of another, or sharing a long window
with it, is a copy, with the shared window named in both texts; a shared boilerplate sentence is not.

The two articles are written for this test (fictional statements; the places and the minister are real).
"""

from __future__ import annotations

import pytest

from rasid.model import Document
from rasid.store import open_store
from rasid.text.normalize import normalize_for_search
from rasid.trace import relate, trace
from rasid.trace.candidates import PASSAGE_WORDS, PassageIndex, passage_fingerprints
from rasid.trace.features import DocFeatures
from raw_sql import raw_connection

ARTICLE = (
    "The transitional government of Niger announced on Tuesday 14 May 2024 that a second cargo aircraft "
    "carrying Russian military instructors and air defence equipment had landed at the airport of Niamey."
    " According to a statement read on national television by the spokesman of the government, the "
    "aircraft brought thirty instructors, a mobile radar and spare parts for the army's helicopters. The "
    "spokesman said the instructors would train Nigerien units in the use of the radar over the coming "
    "six months and would not take part in combat. He added that the arrival followed an agreement signed"
    " in Moscow in January by the minister of defence, General Salifou Mody, during a visit that also "
    "covered fuel supplies and grain. Residents of the capital who spoke to local radio stations said "
    "they had seen several armoured vehicles leave the airport in the evening under police escort. "
    "Western diplomats in Niamey said they had not been informed of the delivery in advance. The United "
    "States, which still keeps about one thousand soldiers at an air base near Agadez, has been "
    "negotiating their withdrawal since March, when the government ended a military cooperation agreement"
    " between the two countries. Officials in Washington said last week that talks on a timetable would "
    "continue in the capital this month. In the north of the country, armed groups attacked a convoy of "
    "the army near the town of Tahoua on Sunday, killing six soldiers, according to a separate statement "
    "of the ministry of defence. The ministry said reinforcements had been sent to the area and that the "
    "attackers had fled towards the border with Mali. Analysts in the region expect more deliveries of "
    "Russian equipment before the rainy season begins in June."
)

OTHER = (
    "Heavy rains flooded several districts of Bamako overnight on Friday, the civil protection service "
    "said, forcing hundreds of families to leave their homes and take shelter in schools. The director of"
    " the service told reporters that water had reached more than a metre in some streets near the river "
    "and that teams in boats had rescued elderly residents trapped on rooftops. The mayor of the fourth "
    "district asked the national authorities for tents, blankets and drinking water, and said the "
    "drainage channels built last year had been blocked by rubbish. Farmers in the villages south of the "
    "capital reported that whole fields of millet and maize had been washed away a few weeks before the "
    "harvest. The meteorological agency warned that more storms were expected over the weekend across the"
    " south of the country and advised people living near the river banks to move to higher ground. Aid "
    "organisations said they were preparing to distribute food to the families affected."
)

BOILERPLATE = (
    "Follow our coverage of the Sahel on our website and subscribe to our newsletter to receive the latest "
    "news every morning."
)
WORDS = ARTICLE.split()


def excerpt(start: int, end: int) -> str:
    return " ".join(WORDS[start:end])


# two excerpts of one page: words 0-150 and 95-250 (55 words in common, whole containment ~0.37)
FIRST, SECOND = excerpt(0, 150), excerpt(95, 250)
# a truncated article at the head of a longer text about something else (whole containment ~0.35)
TRUNCATED = excerpt(0, 90) + " (...)\n\n" + OTHER


def doc(text: str, **kw: object) -> Document:
    return Document(text=text, language="en", **kw)  # type: ignore[arg-type]


def _folded_words(text: str) -> list[str]:
    return [w.strip(".,()") for w in normalize_for_search(text).split() if w.strip(".,()")]


def test_partial_copy_cases_are_below_whole_document_containment() -> None:
    """The cases this feature is for: whole-text containment alone (< 0.5) would miss them."""
    for a, b in ((FIRST, SECOND), (ARTICLE, TRUNCATED)):
        fa, fb = DocFeatures(doc(a)), DocFeatures(doc(b))
        shared = len(fa.shingle_set & fb.shingle_set)
        assert shared / min(len(fa.shingle_set), len(fb.shingle_set)) < 0.5


@pytest.mark.parametrize(("left", "right"), [(FIRST, SECOND), (ARTICLE, TRUNCATED), (TRUNCATED, ARTICLE)])
def test_relate_partial_copy_names_the_shared_window_in_both_texts(left: str, right: str) -> None:
    a, b = doc(left), doc(right)
    rel = relate(a, b)
    assert rel is not None and rel.kind == "copy"
    assert rel.evidence["partial"] is True
    assert rel.evidence["metrics"]["longest_passage_words"] >= 40
    window = rel.evidence["window"]
    text_a = a.text[window["a"][0] : window["a"][1]]
    text_b = b.text[window["b"][0] : window["b"][1]]
    assert _folded_words(text_a) == _folded_words(text_b)
    assert len(text_a.split()) >= 50  # the whole overlap, not a fragment of it


def test_relate_partial_copy_survives_edits_inside_the_window() -> None:
    edited = SECOND.replace("instructors would train", "instructors will train").replace(" six ", " 6 ")
    rel = relate(doc(FIRST), doc(edited))
    assert rel is not None and rel.kind == "copy"
    assert rel.evidence["metrics"]["window_containment"] >= 0.65


def test_a_shared_boilerplate_sentence_does_not_make_a_copy() -> None:
    rel = relate(doc(ARTICLE + " " + BOILERPLATE), doc(OTHER + " " + BOILERPLATE))
    assert rel is None or rel.kind != "copy"


def test_passage_fingerprints_are_shared_by_texts_sharing_a_long_passage() -> None:
    prints = {
        name: passage_fingerprints(DocFeatures(doc(text)).shingles.hashes)
        for name, text in {"first": FIRST, "second": SECOND, "other": OTHER + " " + BOILERPLATE}.items()
    }
    assert set(prints["first"].tolist()) & set(prints["second"].tolist())
    assert not set(prints["first"].tolist()) & set(prints["other"].tolist())
    short = " ".join(WORDS[: PASSAGE_WORDS - 5])
    assert len(passage_fingerprints(DocFeatures(doc(short)).shingles.hashes)) == 0
    index = PassageIndex()
    for name, values in prints.items():
        index.add(name, "en", values)
    assert index.query("first", "en", prints["first"]) == ["second"]
    assert index.query("first", "fr", prints["first"]) == []


def test_trace_finds_partial_copies_in_a_store(store_url: str) -> None:
    store = open_store(store_url)  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    first, second = doc(FIRST, outlet="a.example"), doc(SECOND, outlet="b.example")
    article, truncated = doc(ARTICLE, outlet="c.example"), doc(TRUNCATED, outlet="d.example")
    unrelated = doc(OTHER + " " + BOILERPLATE, outlet="e.example")
    store.add_documents([first, unrelated])
    trace(store)
    store.add_documents([second, article, truncated])  # incremental: found against the stored ones
    trace(store)
    kinds = {
        frozenset((a, b)): kind
        for a, b, kind in raw_connection(store).execute("SELECT a, b, kind FROM relations")
    }
    assert kinds[frozenset((first.id, second.id))] == "copy"
    assert kinds[frozenset((article.id, truncated.id))] == "copy"
    assert kinds.get(frozenset((article.id, unrelated.id))) != "copy"
    stored = raw_connection(store).execute("SELECT count(*) FROM doc_passages").fetchone()[0]
    assert stored == 5


def test_documents_traced_before_passage_fingerprints_get_them_on_the_next_run(store_url: str) -> None:
    """A store traced before migration 005: its documents are fingerprinted once, and partial copies of
    them are found."""
    store = open_store(store_url)
    first = doc(FIRST, outlet="a.example")
    store.add_documents([first, doc(OTHER, outlet="e.example")])
    trace(store)
    with store.transaction() as c:
        c.execute("DELETE FROM doc_passages")  # as a store traced by an older Rasid
    second = doc(SECOND, outlet="b.example")
    store.add_documents([second])
    trace(store)
    assert raw_connection(store).execute("SELECT count(*) FROM doc_passages").fetchone()[0] == 3
    kinds = {
        frozenset((a, b)): kind
        for a, b, kind in raw_connection(store).execute("SELECT a, b, kind FROM relations")
    }
    assert kinds[frozenset((first.id, second.id))] == "copy"
