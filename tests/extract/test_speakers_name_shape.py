"""Arabic speakers the entity layer never tagged (spk-ar24): in the subject slot of a speech verb, a run of
words shaped like a name (a given name and more name words, or a surname of a person tagged elsewhere) is
the speaker, read with ``speaker_via`` "name_shape". Sentences written for these tests."""

from __future__ import annotations

from rasid.extract import analyze_text
from rasid.extract.quotes import quotes_stage
from rasid.model import Document

_OPENING = "زار وفد من رجال الأعمال مدينة الرياض أمس والتقى عددا من المسؤولين.\n"
_QUOTE = '"الاستثمار يحتاج إلى قوانين واضحة وثابتة".'


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text(text, language="ar")
    return [
        (a.attrs.get("speaker"), a.attrs.get("speaker_via"))
        for a in doc.layer("quotes")
        if a.label == "direct"
    ]


def test_a_name_after_a_long_title_no_stage_tagged_speaks_and_goes_on() -> None:
    text = (
        _OPENING + "وقال مدير عام جمرك الميناء علي الحربوشي: " + _QUOTE + '\nوأضاف: "سنواصل العمل على ذلك".'
    )
    assert _speakers(text) == [("علي الحربوشي", "name_shape"), ("علي الحربوشي", "implicit")]


def test_a_name_after_a_womans_title() -> None:
    text = _OPENING + "وقالت مديرة المدرسة وجدان الحربي: " + _QUOTE
    assert _speakers(text) == [("وجدان الحربي", "name_shape")]


def test_a_name_opening_the_sentence_before_its_relative_clause_and_the_verb() -> None:
    text = _OPENING + "معيض عويضة الزبني، الذي يدير الشركة منذ سنوات، قال: " + _QUOTE
    assert _speakers(text) == [("معيض عويضة الزبني", "name_shape")]


def test_a_name_between_kana_and_qad_before_the_verb() -> None:
    text = _OPENING + "وكان معيض عويضة الزبني قد قال: " + _QUOTE
    assert _speakers(text) == [("معيض عويضة الزبني", "name_shape")]


def test_a_surname_alone_after_the_verb_is_the_person_tagged_before() -> None:
    text = (
        _OPENING
        + "وكان في استقبال الوفد رجل الأعمال ناصر العجمي طالب وعدد من التجار. واعتبر العجمي أن "
        + _QUOTE
    )
    assert _speakers(text) == [("ناصر العجمي", "name_shape")]


def test_ibn_with_a_definite_noun_is_a_relative_not_a_name() -> None:
    assert _speakers(_OPENING + "وقال ابن السائق إن " + _QUOTE) == [(None, None)]


def test_the_preposition_ala_is_not_the_given_name_ali() -> None:
    assert _speakers(_OPENING + "وأكد على الدور الكبير للقطاع الخاص: " + _QUOTE)[0][0] is None


def test_a_family_name_of_the_ner_list_opens_no_name() -> None:
    text = _OPENING + "وأوضح رئيس بلدية وادي الدواسر، في رده على الأسئلة، أن " + _QUOTE
    assert _speakers(text)[0][0] != "وادي الدواسر"


def _with_person(text: str, span: str) -> list[str | None]:
    """The speakers of ``text`` when the entity layer tagged ``span`` (and nothing else) a person."""
    doc = Document(text=text)
    start = text.index(span)
    doc = doc.with_layer("entities", [doc.annotation("entities", start, start + len(span), "PER")])
    return [a.attrs.get("speaker") for a in quotes_stage(doc, {}).layer("quotes") if a.label == "direct"]


def test_a_title_complement_glued_to_a_preposition_is_no_part_of_the_name() -> None:
    text = _OPENING + "وقال رئيس الجمعية الخيرية بالقرية سالم مرزوق الحربي إن " + _QUOTE
    assert _with_person(text, "بالقرية سالم مرزوق الحربي") == ["سالم مرزوق الحربي"]
