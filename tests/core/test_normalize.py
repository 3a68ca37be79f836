from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.text.normalize import LIGHT, normalize, normalize_for_search, strip_diacritics

from .strategies import news_text


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("الأفريقي", "الافريقي"),
        ("إيران", "ايران"),
        ("آب", "اب"),
        ("مصطفى", "مصطفي"),
        ("الفَيْلَقُ", "الفيلق"),
        ("الأفريقـــي", "الافريقي"),
        ("القوات المسلحة", "القوات المسلحه"),
        ("٢٠٢٤ ۱۷", "2024 17"),
        ("\ufefb", "لا"),
        ("باماكو\u200f", "باماكو"),
        ("«العرض»", '"العرض"'),
        ("Défense  Française", "defense francaise"),
        ("ТАСС", "тасс"),
    ],
)
def test_folding(raw, folded):
    assert normalize_for_search(raw) == folded
    assert normalize(raw).text == folded


def test_offset_map_points_at_original_words_with_their_marks():
    raw = "وصل الفَيْلَقُ الأفريقـــي إلى باماكو"
    norm = normalize(raw)
    i = norm.text.index("الافريقي")
    span = norm.to_original(i, i + len("الافريقي"))
    assert raw[span.start : span.end] == "الأفريقـــي"
    j = norm.text.index("الفيلق")
    assert norm.original_text(j, j + 6) == "الفَيْلَقُ"


def test_expansion_maps_both_letters_to_the_ligature():
    norm = normalize("\ufefbحد")
    assert norm.text == "لاحد"
    assert norm.original_text(0, 1) == "\ufefb"
    assert norm.original_text(1, 4) == "\ufefbحد"


@given(news_text)
def test_fast_and_mapped_paths_agree(text):
    assert normalize(text).text == normalize_for_search(text)


@given(news_text, st.data())
def test_every_normalised_span_maps_inside_the_original(text, data):
    norm = normalize(text)
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    span = norm.to_original(start, end)
    assert 0 <= span.start <= span.end <= len(text)
    # the original slice folds back to a string containing the normalised slice
    if end > start:
        assert norm.text[start:end].strip() in normalize_for_search(text[span.start : span.end])


def test_light_options_keep_letter_forms():
    assert normalize_for_search("الأفريقيّة", LIGHT) == "الأفريقية"
    assert strip_diacritics("مُدَرَّعَات") == "مدرعات"


@given(news_text)
def test_array_path_equals_the_reference_loop(text):
    from rasid.text.normalize import SEARCH, _normalize_arrays, _normalize_loop

    fast = _normalize_arrays(text.replace("😀", ""), SEARCH)
    exact = _normalize_loop(text.replace("😀", ""))
    if fast is not None:
        assert (fast.text, fast.starts, fast.ends) == (exact.text, exact.starts, exact.ends)
