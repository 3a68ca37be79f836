"""Arabic person names after the tagger (round 17): the conjunction of a list of people is not part of a name.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from rasid.extract.entities import entities_stage
from rasid.model import Document
from rasid.ner.api import EntitySpan
from rasid.ner.boundaries import common_word_person, coordinated_name, name_start
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


# --- a one-word "person" that is a frequent common word is no name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وقال لي المدرب إن الفريق جاهز.", "لي"),  # "to me"
        ("وصلت الحافلة وعدد من السيارات.", "عدد"),
        ("حل الفريق في المركز الثاني هذا العام.", "الثاني"),
    ],
)
def test_common_word_is_no_person(text: str, span: str) -> None:
    assert _people(text, [span]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وأكد صالح أن العمل مستمر.", "صالح"),  # a gazetteer given name, however frequent as a word
        ("وقال الخطيب إن المباراة صعبة.", "الخطيب"),
    ],
)
def test_names_among_frequent_words_are_kept(text: str, span: str) -> None:
    assert _people(text, [span]) == [span]


def test_short_form_of_a_longer_name_is_kept() -> None:
    text = "زار لي كوان يو المدينة، ثم عاد لي إلى بلده."
    short = text.rindex("لي")
    found = [
        EntitySpan(4, 4 + len("لي كوان يو"), "PER", "لي كوان يو", 0.9),
        EntitySpan(short, short + 2, "PER", "لي", 0.9),
    ]
    doc = _merged(Document(text=text), found, 0.5)
    assert sorted(a.start for a in doc.layer("entities")) == [4, short]


def test_common_word_person_reads_the_word_alone() -> None:
    assert common_word_person("لي")
    assert not common_word_person("لي", frozenset({"لي"}))
    assert not common_word_person("يوسف")


# --- a pronoun or particle in front of a name is not part of it --------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "people"),
    [
        ("وأكد لي الشهراني أن العقد سينتهي.", "لي الشهراني", ["الشهراني"]),  # "al-Shahrani told me"
        ("وبحسب الدبلوماسي فإن كيري سيصل غدا.", "فإن كيري", ["كيري"]),
        ("وروى لي صديق قصة طريفة.", "لي صديق", []),  # "a friend told me": no name left
    ],
)
def test_function_word_in_front_is_cut(text: str, span: str, people: list[str]) -> None:
    assert _people(text, [span]) == people


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("التقى الوزير لي كوان يو أمس.", "لي كوان يو"),  # a transliterated name: its next word is unknown
        ("وسجل فان بيرسي هدفا.", "فان بيرسي"),  # فان (van), not فإن
        ("وغنت آنا دي لوكا أغنية.", "آنا دي لوكا"),  # آنا (Anna), not أنا
    ],
)
def test_names_that_start_like_function_words_are_kept(text: str, span: str) -> None:
    assert _people(text, [span]) == [span]


# --- people of the region the tagger never marks are knowledge-base facts ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وانتقد خامنئي في خطبته السياسة الأمريكية.", "خامنئي"),
        ("وأعلن علي أكبر صالحي عن تقدم في المفاوضات.", "علي أكبر صالحي"),
    ],
)
def test_region_people_are_linked(text: str, name: str) -> None:
    doc = entities_stage(Document(text=text), {})
    linked = [(a.text, a.attrs.get("kb_id")) for a in doc.layer("entities") if a.label == "PER"]
    assert len(linked) == 1
    assert linked[0][0] == name
    assert str(linked[0][1]).startswith("rasid:person/")


# --- a title followed by the sentence, not by a name, gives no person --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ووافق الرئيس العام لإيقاف تزايد الديون على الخطة.",  # ل + a verbal noun right after the title
        "وقام الأمير بزيارة تفقدية للمستشفى أمس.",
        "وقال الوزير يؤكد أهمية التعاون بين البلدين.",  # common words only: no name-like word among them
    ],
)
def test_title_before_common_words_gives_no_person(text: str) -> None:
    doc = entities_stage(Document(text=text), {})
    assert [a.text for a in doc.layer("entities") if a.label == "PER"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("واستقبل الوزير تمام سلام الوفد الزائر.", "تمام سلام"),  # a common first word, a name-like second
        ("وقالت الدكتورة زكية العتيبي إن البرنامج ناجح.", "زكية العتيبي"),
    ],
)
def test_titled_names_with_a_common_first_word_are_kept(text: str, name: str) -> None:
    doc = entities_stage(Document(text=text), {})
    assert name in [a.text for a in doc.layer("entities") if a.label == "PER"]
