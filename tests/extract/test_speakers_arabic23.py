"""Arabic speakers, round 23 (spk-ar23): statements as speakers and a subject written before the verb or
past an outlet. "وقالت فيه" goes on with the body or person that issued the statement the sentence named;
"تقرير أصدرته X" names X as the report's issuer; "فإن X أبلغ الصحيفة" is X's words; "أكد لـ«الصحيفة» مدير
الشركة X" has X for subject. Sentences written for these tests."""

from __future__ import annotations

from quote_speakers import organization_speakers

_OPENING = "زار وفد من رجال الأعمال مدينة الرياض أمس والتقى عددا من المسؤولين.\n"
_QUOTE = '"الاستثمار يحتاج إلى قوانين واضحة وثابتة".'


def test_said_in_it_after_a_body_named_its_statement_gives_that_body() -> None:
    text = _OPENING + "وأكدت وزارة المالية في بيان لها أن الاستثمار مستمر، وقالت فيه " + _QUOTE
    assert organization_speakers(text) == [("وزارة المالية", "organization")]


def test_mentioned_in_it_after_a_statement_published_by_a_body_gives_that_body() -> None:
    text = _OPENING + "وكشفت وزارة المالية عن خطتها في بيان نشرته على موقعها، وذكرت فيه: " + _QUOTE
    assert organization_speakers(text) == [("وزارة المالية", "organization")]


def test_a_report_issued_by_a_body_speaks_for_that_body() -> None:
    text = _OPENING + "وقال تقرير أصدرته مؤخرا وزارة المالية إن " + _QUOTE
    assert organization_speakers(text) == [("وزارة المالية", "organization")]


def test_a_statement_whose_issuer_is_not_written_names_nobody() -> None:
    text = _OPENING + "وقال بيان أصدره حول هذه المسألة: " + _QUOTE
    assert organization_speakers(text) == [(None, "none")]


def test_a_word_after_issued_that_names_no_body_is_no_issuer() -> None:
    text = _OPENING + "وأفاد تقرير صدر حديثا بأن " + _QUOTE
    assert organization_speakers(text) == [(None, "none")]


def test_a_name_after_fa_inna_is_the_subject_of_the_verb_after_it_not_the_outlet_told() -> None:
    text = _OPENING + "وفي سياق ردود الفعل، فإن سامي الخطيب أبلغ الصحيفة بأن " + _QUOTE
    assert organization_speakers(text) == [("سامي الخطيب", "person")]


def test_the_subject_after_the_outlet_told_to_speaks_on_in_the_same_sentence() -> None:
    text = (
        _OPENING
        + "وفي السياق نفسه، أكد لـ«الصحيفة» مدير الشركة سامي الخطيب أن الخطة جاهزة، داعيا الجميع للصبر، وقال "
        + _QUOTE
    )
    assert organization_speakers(text) == [("سامي الخطيب", "person")]
