"""rasid.text.words: one folding, one set of clitic readings, one cache each; the rules that differ are named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.text.normalize import normalize_for_search
from rasid.text.tokens import clitic_stems
from rasid.text.words import (
    WordCache,
    fold,
    fold_many,
    folded_readings,
    readings,
    readings_keeping_article,
    stems,
)

WORDS = ["وروسيا", "لروسيا", "بالفيلق", "للقوات", "والجزائر", "الجزائر", "أَمْسِ", "Bamako", "ﷺ", "ـ", "T-72B3"]


@pytest.mark.parametrize("word", WORDS)
def test_words_fold_is_search_folding(word):
    assert fold(word) == normalize_for_search(word)


@given(st.lists(st.sampled_from([*WORDS, "l'armée", "Малі", "١٢٣", "\u200fباماكو"]) | st.text(max_size=8)))
def test_words_fold_many_equals_folding_each(words):
    assert fold_many(words) == [normalize_for_search(w) for w in words]


def test_words_fold_many_keeps_a_ligature_that_folds_to_several_words():
    assert fold_many(["ﷺ", "باماكو"]) == ["صلي الله عليه وسلم", "باماكو"]


@pytest.mark.parametrize("word", ["وروسيا", "للقوات", "والجزائر", "بالفيلق", "روسيا", "mali"])
def test_words_readings_and_stems_are_the_clitic_readings(word):
    assert readings(word) == tuple(clitic_stems(word))
    assert stems(word) == tuple(stem for _, stem in clitic_stems(word))
    assert stems(word)[0] == word


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("والجزائر", [("", "والجزائر"), ("و", "الجزائر")]),  # و stripped, the article stays
        ("للقوات", [("", "للقوات"), ("ل", "القوات")]),  # لل = ل + ال: only ل is stripped
        ("الجزائر", [("", "الجزائر")]),  # a bare article is never stripped
        ("وروسيا", [("", "وروسيا"), ("و", "روسيا")]),
        ("bamako", [("", "bamako")]),
    ],
)
def test_words_readings_keeping_article(word, kept):
    assert list(readings_keeping_article(word)) == kept
    assert set(readings_keeping_article(word)) <= set(readings(word))


def test_words_folded_readings_keep_a_token_that_folds_to_nothing():
    assert fold("ـ") == ""  # a lone tatweel folds away
    assert folded_readings("ـ") == ("ـ", (("", "ـ"),), ("ـ",))  # NER keeps a feature for every token
    assert folded_readings("وَرُوسْيا") == ("وروسيا", readings("وروسيا"), stems("وروسيا"))


def test_words_cache_computes_once_and_is_bounded():
    calls: list[str] = []

    def compute(word: str) -> int:
        calls.append(word)
        return len(word)

    cache = WordCache(compute, limit=2)
    assert [cache[w] for w in ["a", "bb", "a"]] == [1, 2, 1]
    assert calls == ["a", "bb"]
    assert cache["ccc"] == 3 and len(cache) == 1  # full: emptied before the new word is kept
    assert cache["a"] == 1 and calls == ["a", "bb", "ccc", "a"]
