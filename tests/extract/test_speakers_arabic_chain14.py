"""rasid.quotes.v1, Arabic speaker chain (round 14): who an implicit verb refers to after the last
speaker — not a person named in that speaker's own complement, but a body that opened a clause since.
Found by reading a random sample of unlabelled SaudiNewsNet quotes; sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers


@pytest.mark.parametrize(
    "complement",
    ["بجهود الأمير فهد بن سعد", "بالمدافع الدولي سامر الخطيب", "على دور الشيخ ناصر العلي"],
)
def test_speakers_arabic_person_in_the_speakers_complement_is_no_new_subject(complement: str) -> None:
    text = (
        f"وأشاد الوزير خالد العمري {complement} في دعم البرامج الثقافية. "
        "وقال: «سنواصل دعم هذه البرامج في كل المناطق»."
    )
    assert direct_speakers(text, "ar") == ["خالد العمري"]


def test_speakers_arabic_person_after_a_verb_is_still_a_newcomer() -> None:
    # no preposition heads the second name: the praise of another person's words, who may be the speaker
    text = (
        "وأشاد الوزير خالد العمري بالمبادرة ثم تحدث الشيخ ناصر العلي عن تاريخها. "
        "وقال: «سنواصل دعم هذه البرامج في كل المناطق»."
    )
    assert direct_speakers(text, "ar") != ["خالد العمري"]


def test_speakers_arabic_body_opening_a_clause_after_another_body_spoke() -> None:
    # the government announced; the organisation that opens the next clause is who "قالت" refers to
    text = (
        "وأعلنت الحكومة تعليق الصحيفة. من جهتها انتقدت منظمة مراسلون بلا حدود القرار، "
        "حيث قالت في بيان: «هذا القرار مقلق جدا لحرية الصحافة»."
    )
    (speaker,) = direct_speakers(text, "ar")
    assert speaker is not None and "مراسلون" in speaker


def test_speakers_arabic_feminine_verb_after_a_man_takes_the_body_that_opened_a_sentence() -> None:
    text = (
        "وقال المتحدث باسم الشرطة سامي الهاشمي إن التحقيق مستمر. "
        "ووصفت منظمة العفو الدولية الحادث بأنه مأساوي. "
        "وأضافت في بيان: «يجب محاسبة المسؤولين عن هذا الحادث»."
    )
    (speaker,) = direct_speakers(text, "ar")
    assert speaker is not None and speaker.startswith("منظمة العفو الدولية")


def test_speakers_arabic_masculine_verb_after_a_man_is_not_the_body() -> None:
    text = (
        "وقال الوزير خالد العمري: «سنبدأ العمل غدا في المشروع». "
        "ووصفت منظمة العفو الدولية المشروع بأنه مهم. "
        "وأضاف: «الخطة جاهزة منذ شهر»."
    )
    speakers = direct_speakers(text, "ar")
    assert speakers[0] == "خالد العمري"
    assert speakers[1] is None or not speakers[1].startswith("منظمة")


def test_speakers_arabic_feminine_verb_with_two_bodies_since_gives_none() -> None:
    text = (
        "وقال المتحدث باسم الشرطة سامي الهاشمي إن التحقيق مستمر. "
        "ووصفت منظمة العفو الدولية الحادث بأنه مأساوي. ونشرت منظمة الصحة العالمية تقريرا عن الجرحى. "
        "وأضافت في بيان: «يجب محاسبة المسؤولين عن هذا الحادث»."
    )
    assert direct_speakers(text, "ar") == [None]


@pytest.mark.parametrize("verb", ["كما يقول", "كما قال", "كما تقول"])
def test_speakers_arabic_as_someone_says_after_the_quote(verb: str) -> None:
    text = f"«لقد تغير كل شيء في الحي خلال عام واحد فقط»، {verb} المهندس سامر الخطيب، أحد سكان المنطقة."
    assert direct_speakers(text, "ar") == ["سامر الخطيب"]
