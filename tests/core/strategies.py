"""Hypothesis strategies for news-like text with the characters that break naive offset code."""

from __future__ import annotations

from hypothesis import strategies as st

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"
TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TATWEEL = "\u0640"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2069\u200b\u200c\u200d\ufeff\u061c"
PRESENTATION = "\ufefb\ufef5\ufe8d\ufe91\ufb50\ufdf2"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲"
EMOJI = "😀🇲🇱👍🏽🛡️"
LATIN = "abcdeéèçàAZÉ-/'"
CYRILLIC = "абвгдежзийкАБВ"
PUNCT = ' \n\t.,،؛؟!«»“”"()'

news_char = st.sampled_from(
    ARABIC_LETTERS + TASHKEEL + TATWEEL + BIDI + PRESENTATION + DIGITS + LATIN + CYRILLIC + PUNCT
) | st.sampled_from(list(EMOJI))
news_text = st.lists(news_char, max_size=200).map("".join)
arabic_word = st.text(alphabet=ARABIC_LETTERS, min_size=1, max_size=8)
