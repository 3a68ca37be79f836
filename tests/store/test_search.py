"""Full-text search over folded Arabic (and fr/en/ru): clitics, variants, diacritics, phrases, hostile input.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from rasid.model import Document
from rasid.store import open_store, parse_query
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
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("search") / "s.db") as opened:
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
    assert ids(store.search("روسيا", **kwargs)) == expected


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
