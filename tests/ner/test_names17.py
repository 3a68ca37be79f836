"""Arabic person names after the tagger (round 17): the conjunction of a list of people is not part of a name.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from rasid.model import Document
from rasid.ner.api import EntitySpan
from rasid.ner.boundaries import coordinated_name, name_start
from rasid.ner.stage import _merged


def _people(text: str, spans: list[str]) -> list[str]:
    """The PER entities the stage keeps when the tagger gives ``spans`` (each found once in ``text``)."""
    found = [EntitySpan(text.index(s), text.index(s) + len(s), "PER", s, 0.9) for s in spans]
    doc = _merged(Document(text=text), found, 0.5)
    return sorted(text[a.start : a.end] for a in doc.layer("entities"))


@pytest.mark.parametrize(
    ("text", "spans", "people"),
    [
        # a rare transliterated name after another person's name
        (
            "وشارك المدافعان كارلوس بيريرا ونيكولا دوفال في التدريب.",
            ["كارلوس بيريرا", "ونيكولا دوفال"],
            ["كارلوس بيريرا", "نيكولا دوفال"],
        ),
        # a list with commas: the و after the comma joins the next person
        (
            "وحضر الأمسية سالم الحربي، وتامر الدوسري، وجيسيكا مور.",
            ["سالم الحربي", "وتامر الدوسري", "وجيسيكا مور"],
            ["جيسيكا مور", "سالم الحربي", "تامر الدوسري"],
        ),
        # one-word names of scholars joined by و + the article
        ("وكتب عنه الطبري والقرطبي في تفسيريهما.", ["الطبري", "والقرطبي"], ["الطبري", "القرطبي"]),
    ],
)
def test_conjunction_between_two_people_is_left_out(text: str, spans: list[str], people: list[str]) -> None:
    assert _people(text, spans) == sorted(people)


def test_given_name_after_a_conjunction_is_cut_without_a_name_before() -> None:
    # علي folds like the preposition على, so the frequency test alone keeps وعلي
    text = "ومن شعراء تلك الحقبة ابن الوردي ت749ه، وعلي بن سعيد المغربي."
    assert _people(text, ["وعلي بن سعيد المغربي"]) == ["علي بن سعيد المغربي"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a name of the gazetteer that starts with waw stays whole, even right after a name
        ("وقدم الحفل سعد العمري وليد الفهد معا.", ["سعد العمري", "وليد الفهد"]),
        # a transliterated W-name after a verb: no list, the waw is the name's own
        ("وقال وارن كينغ إن السوق تتعافى.", ["وارن كينغ"]),
        ("ويرى ويلسون غرانت أن الخطة ناجحة.", ["ويلسون غرانت"]),
    ],
)
def test_names_of_their_own_keep_the_waw(text: str, spans: list[str]) -> None:
    assert _people(text, spans) == sorted(spans)


def test_cut_is_one_letter_and_offsets_stay_exact() -> None:
    text = "التقى فهد العتيبي ونوريا غارسيا"
    start = text.index("ونوريا")
    cut = name_start(text, start, len(text), "PER", after_name=True)
    assert cut == start + 1
    assert text[cut:] == "نوريا غارسيا"


@pytest.mark.parametrize(
    ("word", "after_name", "cut"),
    [
        ("وعلي", False, True),
        ("وفهد", False, True),
        ("وليد", True, False),
        ("وائل", True, False),
        ("وكيم", False, False),  # كيم is no gazetteer word: only a name before makes it a list
        ("والبيروني", True, True),
        ("وان", True, False),  # a stem too short to read
        ("وأندريا", True, True),  # hamza: و + أندريا, no W
        ("وايريس", True, True),
    ],
)
def test_coordinated_name(word: str, after_name: bool, cut: bool) -> None:
    assert coordinated_name(word, after_name) is cut
