"""Two excerpts of one page cut at different places share a window shorter than a partial copy's 40 words: it ends
the one and begins the other, page furniture aside. A passage two texts hold between lines of their own, or at
the head of both, or a furniture line both show, is not that.

The page is written for this test (a fictional flood; the places are real).
"""

from __future__ import annotations

import pytest

from rasid.model import Document
from rasid.trace import relate
from rasid.trace.relate import features, overlapping_excerpts

PARAGRAPHS = [
    "The river Niger rose above its banks near Gao on Wednesday night after three days of heavy rain, the "
    "regional civil protection office said in a statement published on Thursday morning.",
    "According to the office, water covered the lower districts of the town and the road to the airport, "
    "and about four hundred families left their homes for schools and mosques on higher ground.",
    "A nurse at the regional hospital told a local radio station that the wards on the ground floor had been "
    "emptied during the night and that patients had been carried upstairs by volunteers and soldiers.",
    "The governor of the region asked the national authorities for tents, boats and drinking water, and said "
    "that the dykes repaired last year had held in the north of the town but failed near the old market.",
    "Traders at the market said they had lost stocks of rice, millet and cloth worth several million francs, "
    "and that they feared looting once the water went down.",
    "The weather service expects more rain over the weekend across the north of the country and advised "
    "people living near the river to move their animals and grain away from the banks.",
]
WORDS_3 = PARAGRAPHS[3].split()
MENU = "Home | World | Africa | Sport | Contact"
SHARE = "Share on Facebook Share by email"

# the first excerpt ends 26 words into the fourth paragraph, the second begins 4 words into it
FIRST = "\n".join([MENU, *PARAGRAPHS[:3], " ".join(WORDS_3[:26]), SHARE])
SECOND = "\n".join([SHARE, " ".join(WORDS_3[4:]), *PARAGRAPHS[4:], MENU])
SHARED = " ".join(WORDS_3[4:26])  # 22 words


def doc(text: str) -> Document:
    return Document(text=text, language="en")


def test_overlapping_excerpts_are_a_copy_naming_the_window_in_both() -> None:
    a, b = doc(FIRST), doc(SECOND)
    rel = relate(a, b)
    assert rel is not None and rel.kind == "copy"
    assert rel.evidence["partial"] is True and rel.evidence["excerpts"] is True
    window = rel.evidence["window"]
    assert a.text[window["a"][0] : window["a"][1]] == SHARED
    assert b.text[window["b"][0] : window["b"][1]] == SHARED


def test_a_passage_between_lines_of_their_own_is_no_copy() -> None:
    """The same 22 words quoted in the middle of two texts (an agency's sentence two reports both use)."""
    own_a = "\n".join([PARAGRAPHS[0], SHARED + ".", PARAGRAPHS[2]])
    own_b = "\n".join([PARAGRAPHS[5], SHARED + ".", PARAGRAPHS[4]])
    rel = relate(doc(own_a), doc(own_b))
    assert rel is None or rel.kind != "copy"


def test_a_shared_opening_is_no_excerpt_overlap() -> None:
    """Two texts of one formula share their openings, not the one's ending and the other's opening."""
    head_a = "\n".join([SHARED + ".", PARAGRAPHS[0], PARAGRAPHS[1]])
    head_b = "\n".join([SHARED + ".", PARAGRAPHS[4], PARAGRAPHS[5]])
    rel = relate(doc(head_a), doc(head_b))
    assert rel is None or rel.kind != "copy"


@pytest.mark.parametrize("own", ["Officials in Bamako said on Friday that ", "Meanwhile "])
def test_own_words_before_the_window_on_its_line_are_no_cut(own: str) -> None:
    """The second text's line begins with words of its own before the shared ones (one is enough: "he said",
    "meanwhile"): it was not cut there, it quotes or reuses them."""
    second = SECOND.replace(SHARED, own + SHARED, 1)
    rel = relate(doc(FIRST), doc(second))
    assert rel is None or rel.kind != "copy"


def test_a_sentence_after_the_window_is_the_texts_own() -> None:
    """A short line that ends a sentence after the shared words is text of its own, not furniture."""
    first = FIRST + "\nThe mayor thanked the volunteers who worked through the night at the market."
    rel = relate(doc(first), doc(SECOND))
    assert rel is None or rel.kind != "copy"


def test_a_furniture_line_both_show_is_no_window() -> None:
    """A "read also" line giving a title at one text's end and at another's start is one line of furniture."""
    title = "Read also: Floods in the north of Mali force hundreds of families to leave their homes near the river"
    a = doc("\n".join([PARAGRAPHS[0], PARAGRAPHS[1], title]))
    b = doc("\n".join([title, PARAGRAPHS[4], PARAGRAPHS[5]]))
    rel = relate(a, b)
    assert rel is None or rel.kind != "copy"
    window = {"a": [a.text.index(title), len(a.text)], "b": [0, len(title)], "words": 20}
    assert not overlapping_excerpts(features(a), features(b), window)


def test_a_passage_repeated_in_one_text_is_not_a_window_share() -> None:
    """A page that prints one 22-word passage twice (a lead repeated under the title) fills a 60-word window with
    it twice over; the other text holds it once, between lines of its own: 20 shingles in common, no copy."""
    twice = "\n".join([SHARED + ".", "Photo caption.", SHARED + ".", PARAGRAPHS[0], PARAGRAPHS[1]])
    once = "\n".join([PARAGRAPHS[5], SHARED + ".", PARAGRAPHS[4]])
    rel = relate(doc(twice), doc(once))
    assert rel is None or rel.kind != "copy"
