"""Full-text search over folded Arabic (and fr/en/ru): clitics, variants, diacritics, phrases, hostile input.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from rasid import api
from rasid.model import Document
from rasid.store import DocumentFilters, open_store, parse_query
from rasid.store.fts import fts_match_expression, make_snippet

CORPUS = {
    "corps": Document(
        "وصلت طلائع الفيلق الأفريقي إلى باماكو، وقال مسؤول إن روسيا ستزيد دعمها.",
        title="الفيلق الأفريقي في مالي",
        outlet="رصد",
        language="ar",
        published="2024-08-21",
        published_precision="day",
    ),
    "clitics": Document(
        "تعاون عسكري بين مالي وروسيا، وزيارة وفد لروسيا الشهر المقبل.",
        outlet="الساحل",
        language="ar",
        published="2024-01-17",
        published_precision="day",
    ),
    "diacritics": Document(
        "أَعْلَنَتِ الحُكُومَةُ المَالِيَّةُ عَنْ اِتِّفَاقٍ جَدِيدٍ مع شركة أمنية.",
        outlet="رصد",
        language="ar",
        published="2023-11",
        published_precision="month",
    ),
    "french": Document(
        "L'armée malienne a annoncé une opération près de Ménaka avec l'appui d'instructeurs étrangers.",
        outlet="lemonde.fr",
        language="fr",
        published="2024-02-03",
        published_precision="day",
    ),
    "russian": Document(
        "Министерство обороны сообщило о поставке бронетехники в Мали.",
        outlet="tass.ru",
        language="ru",
        published="2024-03-01",
        published_precision="day",
    ),
    "tatweel": Document(
        "قالت مصادر إن الـمـسـيـرات التركية وصلت إلى النيجر، والطائرات المسيّرة تحلق فوق نيامي.",
        language="ar",
        outlet="الساحل",
    ),
    "order": Document(
        "أفريقي الفيلق في جملة مقلوبة لا تحوي العبارة بالترتيب الصحيح بعيدا الفيلق.", language="ar"
    ),
}


@pytest.fixture(scope="module")
def store(module_store_url):  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    with open_store(module_store_url) as opened:
        opened.add_documents(CORPUS.values())
        yield opened


def ids(hits) -> set[str]:
    names = {doc.id: name for name, doc in CORPUS.items()}
    return {names[h.id] for h in hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الافريقي", {"corps"}),  # bare alef finds hamza alef (الأفريقي)
        ("افريقي", {"corps", "order"}),  # and the word without its article
        ("الأفريقي", {"corps"}),
        ("روسيا", {"corps", "clitics"}),  # finds وروسيا and لروسيا
        ("الحكومة", {"diacritics"}),  # a bare query finds fully diacritised text
        ("اتفاق", {"diacritics"}),
        ("المالية", {"diacritics"}),  # ة/ه folded
        ("المسيرات", {"tatweel"}),  # tatweel inside the word ignored
        ("مسيرات", {"tatweel"}),  # article stripped on the document side
        ("nijer", set()),
        ("armee", {"french"}),  # French accents folded and l' split
        ("Ménaka", {"french"}),
        ("MENAKA", {"french"}),
        ("обороны", {"russian"}),
        ("ОБОРОНЫ", {"russian"}),
        (
            "روسيا مالي",
            {"clitics"},
        ),  # all words must match (corps has روسيا but not مالي in the body... title has it)
        ("باماكو روسيا", {"corps"}),
        ("باماكو مالي اتفاق", set()),
    ],
)
def test_search_finds_folded_and_clitic_forms(store, query: str, expected: set[str]) -> None:
    found = ids(store.search(query))
    if query == "روسيا مالي":
        expected = {"clitics", "corps"}  # corps: مالي is in its title
    assert found == expected


def test_search_title_hits_rank_first(store) -> None:
    hits = store.search("مالي")
    assert hits[0].id == CORPUS["corps"].id  # title hit weighs more than a body hit


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"الفيلق الافريقي"', {"corps"}),  # words side by side; "order" has them far apart
        ("«الفيلق الأفريقي»", {"corps"}),
        ('"تعاون عسكري"', {"clitics"}),
        ('"عسكري تعاون بين"', {"clitics"}),  # NEAR: close together, any order
        ('"الحكومة المالية"', {"diacritics"}),
        ('"l\'armée malienne"', {"french"}),
        ('"الفيلق باماكو الحكومة"', set()),
    ],
)
def test_search_phrases(store, query: str, expected: set[str]) -> None:
    assert ids(store.search(query)) == expected


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND (",
        "OR",
        "NOT",
        "*",
        "روسيا*",
        "NEAR(",
        "title:روسيا",
        "^",
        "'",
        '"" ""',
        ")(",
        "-",
        "",
        "   ",
        "روسيا OR",
    ],
)
def test_search_hostile_queries_never_error(store, query: str) -> None:
    hits = store.search(query)
    assert isinstance(hits, list)
    if query == "روسيا*":
        assert ids(hits) == {"corps", "clitics"}
    if query in ("title:روسيا", "روسيا OR"):
        assert hits == []  # no operators or column filters: every word, "title" and "or" too, must match


def test_search_fts_expression_is_always_quoted() -> None:
    expr = fts_match_expression(parse_query('روسيا "الفيلق الافريقي" AND ('))
    assert expr == '"روسيا" AND "and" AND NEAR("الفيلق" "الافريقي", 6)'


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"language": "ar"}, {"corps", "clitics"}),
        ({"language": "fr"}, set()),
        ({"outlet": "الساحل"}, {"clitics"}),
        ({"since": "2024-08-01"}, {"corps"}),
        ({"until": "2024-01"}, {"clitics"}),  # inclusive at month precision
        ({"since": "2024", "until": "2024-12-31"}, {"corps", "clitics"}),
    ],
)
def test_search_filters(store, kwargs: dict[str, str], expected: set[str]) -> None:
    assert ids(store.search("روسيا", DocumentFilters(**kwargs))) == expected


def test_blank_filters_are_no_filters(store) -> None:
    # a web form sends every field, the empty ones as ""
    blank = DocumentFilters(language="", outlet="", since="", until="", entity="", story="")
    assert blank == DocumentFilters() and blank.conditions() == ([], [])
    assert store.search("روسيا", blank) == store.search("روسيا")


def test_search_limit_and_offset(store) -> None:
    all_hits = store.search("روسيا")
    assert len(all_hits) == 2
    assert store.search("روسيا", limit=1) == all_hits[:1]
    assert store.search("روسيا", limit=1, offset=1) == all_hits[1:]


def test_search_snippet_marks_original_words(store) -> None:
    (hit,) = store.search("الحكومة", mark=("<", ">"))
    text = CORPUS["diacritics"].text
    assert "<الحُكُومَةُ>" in hit.snippet  # the analyst's original, diacritics and all
    start, end = hit.matches[0]
    assert text[start:end] == "الحُكُومَةُ"


def test_search_snippet_marks_clitic_forms() -> None:
    text = "تعاون عسكري بين مالي وروسيا، وزيارة وفد لروسيا الشهر المقبل."
    snippet, spans = make_snippet(text, {"روسيا"}, mark=("[", "]"))
    assert "[وروسيا]" in snippet and "[لروسيا]" in snippet
    assert [text[s:e] for s, e in spans] == ["وروسيا", "لروسيا"]


def test_search_snippet_windows_long_text() -> None:
    text = ("كلام تمهيدي طويل " * 40) + "ثم ذكرت باماكو هنا " + ("وكلام ختامي " * 40)
    snippet, _ = make_snippet(text, {"باماكو"}, width=80, mark=("[", "]"))
    assert "[باماكو]" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 140


def test_search_hit_to_dict_is_json_ready(store) -> None:
    import json

    (hit,) = store.search("Ménaka")
    data = json.loads(json.dumps(hit.to_dict(), ensure_ascii=False))
    assert data["id"] == CORPUS["french"].id and data["language"] == "fr"
    assert set(data) == {
        "id",
        "title",
        "outlet",
        "language",
        "published",
        "url",
        "snippet",
        "score",
        "matches",
    }


def _numbered(n: int, word: str = "قافلة") -> list[Document]:
    return [
        Document(f"خبر {i}: وصلت {word} إلى المدينة رقم {i}.", language="ar" if i % 2 else "fr", outlet="رصد")
        for i in range(n)
    ]


def test_search_count_is_exact_below_its_cap_and_stops_at_it(store_url) -> None:
    store = open_store(store_url)
    store.add_documents(_numbered(30))
    assert store.search_count("قافلة") == 30
    assert store.search_count("قافلة", DocumentFilters(language="ar")) == 15
    assert store.search_count("قافلة", cap=10) == 11  # "more than 10", counted no further
    assert store.search_count("لا_يوجد") == 0 and store.search_count("   ") == 0
    store.close()


def test_search_ranks_only_the_newest_matches_past_the_bound(store_url, monkeypatch) -> None:
    store = open_store(store_url)
    docs = _numbered(30)
    store.add_documents(docs)
    monkeypatch.setattr(type(store), "SEARCH_CANDIDATES", 8)
    hits = store.search("قافلة", limit=100)
    assert {h.id for h in hits} == {d.id for d in docs[-8:]}  # the 8 stored last
    filtered = store.search("قافلة", DocumentFilters(language="ar"), limit=100)
    assert {h.id for h in filtered} == {d.id for d in docs[-16:] if d.language == "ar"}
    store.close()


def test_search_filters_by_entity_and_story_in_sql(store_url) -> None:
    store = open_store(store_url)
    docs = _numbered(6)
    tagged = [
        d.with_layer("entities", [d.annotation("entities", d.text.index("المدينة"), d.text.index("المدينة") + 7,
                                               "GPE", attrs={"kb_id": "test:gpe/city"})])
        if i % 3 == 0 else d
        for i, d in enumerate(docs)
    ]  # fmt: skip
    store.add_documents(tagged)
    found = store.search("قافلة", DocumentFilters(entity="test:gpe/city"), limit=100)
    assert {h.id for h in found} == {docs[0].id, docs[3].id}
    assert store.search_count("قافلة", DocumentFilters(entity="test:gpe/city")) == 2
    assert store.search("قافلة", DocumentFilters(story="st-none")) == []
    # the Python API passes the filters through (an open store is accepted as db)
    assert {h.id for h in api.search("قافلة", db=store, entity="test:gpe/city")} == {docs[0].id, docs[3].id}
    assert api.search_count("قافلة", db=store, entity="test:gpe/city") == 2
    store.close()


def _browsable(n: int) -> list[Document]:
    """Documents with entities keyed each way (KB id, canonical name, bare text), quotes and sources."""
    docs = []
    for i in range(n):
        text = f"قال الوزير سالم في الرياض: «نحن هنا {i}». المصدر: وكالة الأنباء. مدينة{i % 4} هادئة."
        doc = Document(text, title=f"عنوان {i}" if i % 5 else None, outlet=f"outlet-{i % 3}", language="ar",
                       published=None if i % 7 == 3 else f"2015-{1 + i % 4:02d}-{1 + i:02d}")  # fmt: skip

        def span(part: str, text: str = text) -> tuple[int, int]:
            return text.index(part), text.index(part) + len(part)

        doc = doc.with_layer("entities", [
            doc.annotation("entities", *span("الرياض"), "GPE", attrs={"kb_id": "test:gpe/riyadh", "lat": 24.7, "lon": 46.7}),
            doc.annotation("entities", *span("سالم"), "PER", attrs={"canonical": "Salem"}),
            doc.annotation("entities", *span(f"مدينة{i % 4}"), "LOC"),
        ])  # fmt: skip
        doc = doc.with_layer("quotes", [doc.annotation("quotes", *span(f"«نحن هنا {i}»"), "direct",
                                                       attrs={"speaker": "سالم", "speaker_canonical": "Salem"})])  # fmt: skip
        doc = doc.with_layer("sources", [doc.annotation("sources", *span("وكالة الأنباء"), "agency",
                                                        attrs={"outlet": "SPA"})])  # fmt: skip
        docs.append(doc)
    return docs


def _browse_answers(store) -> dict[str, object]:
    recent = store.entity_recent_documents("Salem")
    return {
        "overview": store.corpus_overview(),
        "home": store.document_page(limit=7, offset=3),
        "counts": [store.entity_counts(k) for k in ("test:gpe/riyadh", "Salem", "مدينة1", "none")],
        "periods": store.entity_periods("test:gpe/riyadh"),
        "aliases": store.entity_aliases("Salem"),
        "documents": [store.entity_documents(k, limit=5, offset=2) for k in ("test:gpe/riyadh", "مدينة2")],
        "recent": recent,
        "co": store.co_mentioned("Salem", recent),
        "quotes": store.entity_quotes(recent, names=["Salem"], kb_id=None, limit=4),
        "places": store.place_counts(limit=3),
        "outlets": store.outlet_page(limit=2, offset=1),
        "outlet": store.outlet_documents("outlet-1", limit=3),
        "volume": store.outlet_volume("outlet-1"),
        "languages": store.outlet_languages("outlet-1"),
        "cites": store.outlet_citations("outlet-1"),
        # equal scores may come in either order: the set of hits and their snippets must agree
        "search": sorted(
            (h.id, h.snippet) for h in store.search("الرياض", DocumentFilters(entity="مدينة1"), limit=10)
        ),
        "count": store.search_count("الرياض", cap=5),
    }


def test_browse_queries_page_and_count(tmp_path) -> None:
    store = open_store(tmp_path / "browse.db")
    docs = _browsable(24)
    store.add_documents(docs)
    answers = _browse_answers(store)
    assert answers["counts"][0]["documents"] == answers["counts"][0]["mentions"] == 24
    assert answers["counts"][2]["documents"] == 6 and answers["counts"][3] is None
    rows, total = answers["home"]
    assert total == 24 and len(rows) == 7
    assert answers["documents"][1][1] == 6 and len(answers["documents"][1][0]) == 4
    assert [q["text"] for q in answers["quotes"]] == [q["text"] for q in answers["quotes"]][:4]
    assert answers["places"][1] == 5 and answers["places"][0][0]["key"] == "test:gpe/riyadh"
    assert answers["cites"] == [{"label": "agency", "name": "SPA", "documents": 8}]
    assert answers["count"] == 6
    store.close()


def test_browse_queries_agree_on_postgres(tmp_path, postgres_server) -> None:
    """The same pages and totals from PostgreSQL (skipped without psycopg and a PostgreSQL install)."""
    docs = _browsable(24)
    sqlite_store = open_store(tmp_path / "browse.db")
    sqlite_store.add_documents(docs)
    with open_store(postgres_server.create_database("browse")) as pg:
        pg.add_documents(docs)
        assert _browse_answers(pg) == _browse_answers(sqlite_store)
        assert pg.story_page() == sqlite_store.story_page()  # story tables on both (none traced)
    sqlite_store.close()
