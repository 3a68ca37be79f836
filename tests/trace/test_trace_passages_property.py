"""Property: shared passages of a copy always point at the same folded words in both originals."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.model import Document
from rasid.text.normalize import normalize_for_search
from rasid.trace.features import DocFeatures
from rasid.trace.relate import aligned_passages

WORDS = [
    "روسيا",
    "مالي",
    "الفيلق",
    "الأفريقي",
    "باماكو",
    "دبابات",
    "T-72B3",
    "2025",
    "قافلة",
    "وصلت",
    "الجيش",
    "Bamako",
]
# what a republishing portal changes without changing the words
DECORATIONS = ["", "\u064e", "\u0640", "\u200f", "ـ"]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@st.composite
def copy_pairs(draw: st.DrawFn) -> tuple[str, str]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=40))
    original = " ".join(words)
    decorated = []
    for w in words:
        deco = draw(st.sampled_from(DECORATIONS))
        w2 = w[:1] + deco + w[1:] if len(w) > 1 else w
        if draw(st.booleans()):
            w2 = w2.translate(ARABIC_DIGITS)
        decorated.append(w2 + draw(st.sampled_from(["", "،", ",", "."])))
    intro = draw(st.sampled_from(["", "عاجل | ", "Breaking: "]))
    return original, intro + "  ".join(decorated)


@settings(max_examples=40, deadline=None)
@given(copy_pairs())
def test_passages_map_back_to_the_same_words(pair: tuple[str, str]) -> None:
    a_text, b_text = pair
    fa, fb = DocFeatures(Document(a_text, language="ar")), DocFeatures(Document(b_text, language="ar"))
    passages = aligned_passages(fa, fb)
    assert passages  # the same words in the same order: at least one shared passage
    for p in passages:
        a0, a1 = p["a"]
        b0, b1 = p["b"]
        assert 0 <= a0 < a1 <= len(a_text) and 0 <= b0 < b1 <= len(b_text)
        words_a = [w.strip(".,،") for w in normalize_for_search(a_text[a0:a1]).split()]
        words_b = [w.strip(".,،") for w in normalize_for_search(b_text[b0:b1]).split()]
        assert [w for w in words_a if w] == [w for w in words_b if w]
