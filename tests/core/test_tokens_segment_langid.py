from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.text.langid import detect_language
from rasid.text.segment import sentences
from rasid.text.tokens import clitic_stems, tokenize, tokenize_with_punctuation

from .strategies import news_text


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("وروسيا", "روسيا"),
        ("لروسيا", "روسيا"),
        ("بالفيلق", "الفيلق"),
        ("وبالفيلق", "فيلق"),
        ("للقوات", "القوات"),
        ("فالجيش", "الجيش"),
        ("كالعادة", "العادة"),
    ],
)
def test_clitic_stems_include_bare_word(word, stem):
    assert stem in [s for _, s in clitic_stems(word)]


@pytest.mark.parametrize("word", ["مالي", "وزير", "باماكو", "T-72B3"])
def test_clitic_stems_start_with_the_word_itself(word):
    assert clitic_stems(word)[0] == ("", word)


def test_short_words_are_not_stripped_to_nothing():
    assert all(len(stem) >= 2 for _, stem in clitic_stems("ولد"))
    assert [s for _, s in clitic_stems("وال")] == ["وال"]


def test_tokens_keep_model_names_whole_and_offsets_exact():
    text = "دبابات T-72B3، وناقلات BTR-80/82A."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["دبابات", "T-72B3", "وناقلات", "BTR-80/82A"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_tokens_keep_diacritics_inside_words():
    assert [t.text for t in tokenize("الفَيْلَقُ الأفريقـــي")] == ["الفَيْلَقُ", "الأفريقـــي"]


def test_sentences_do_not_split_inside_quotes():
    text = 'قال الوزير: "الوضع مستقر. سنواصل العمل". ثم غادر! هل عاد؟ نعم.'
    got = [text[s.start : s.end] for s in sentences(text)]
    assert got == ['قال الوزير: "الوضع مستقر. سنواصل العمل".', "ثم غادر!", "هل عاد؟", "نعم."]


def test_sentences_keep_guillemets_and_abbreviations():
    text = "M. Diop a déclaré : « Le Mali avance. Nous aussi. » La visite a duré 2.5 jours."
    got = [text[s.start : s.end] for s in sentences(text)]
    assert got == ["M. Diop a déclaré : « Le Mali avance. Nous aussi. »", "La visite a duré 2.5 jours."]


def test_sentences_close_an_unbalanced_quote_at_a_paragraph_break():
    text = 'قال: "لم يغلق الاقتباس\n\nفقرة جديدة. جملة ثانية.'
    got = [text[s.start : s.end] for s in sentences(text)]
    assert got[-2:] == ["فقرة جديدة.", "جملة ثانية."]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("دبابات T-72B3 وناقلات BTR-80/82A ومركبات Tigr و Linza في Bamako", "ar"),
        ("Le ministre malien a déclaré que la coopération avec la Russie se renforce.", "fr"),
        ("The Malian minister said cooperation with Russia is growing.", "en"),
        ("Министр заявил, что сотрудничество с Мали продолжится.", "ru"),
        ("وصل الوزير", "ar"),
    ],
)
def test_language_identification(text, lang):
    assert detect_language(text) == lang


def test_language_unknown_for_no_letters():
    assert detect_language("2024 - 17 / 3") is None


@given(news_text | st.text(max_size=60), st.data())
def test_tokenize_with_punctuation_is_the_words_plus_every_mark_between_them(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    words = tokenize(text, start, end)
    in_words = {i for w in words for i in range(w.start, w.end)}
    marks = [
        (i, text[i])
        for i in range(start, end)
        if i not in in_words and unicodedata.category(text[i])[0] in "PS"
    ]
    tokens = tokenize_with_punctuation(text, start, end)
    assert [t for t in tokens if t.end - t.start > 1 or (t.start in in_words)] == words
    assert [(t.start, t.text) for t in tokens if t.start not in in_words] == marks
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


def test_tokenize_with_punctuation_keeps_an_underscore_and_drops_a_lone_diacritic():
    text = "قال_ \u064e «نعم»."
    assert [t.text for t in tokenize_with_punctuation(text)] == ["قال", "_", "«", "نعم", "»", "."]


def test_tokenize_with_punctuation_beyond_the_bmp_keeps_symbols_and_words_only():
    # an emoji is a symbol, a mathematical letter is a word, a tag character (format control) is neither
    text = "رائع \U0001f44d \U0001d400 \U000e0041 حقا"
    assert [t.text for t in tokenize_with_punctuation(text)] == ["رائع", "\U0001f44d", "\U0001d400", "حقا"]
    assert [(t.start, t.end) for t in tokenize_with_punctuation(text)] == [(0, 4), (5, 6), (7, 8), (11, 14)]
