"""rasid.coref.v1: later short forms and role phrases linked to the full mention. Texts written for these tests."""

from __future__ import annotations

from conftest import lines_run
from rasid.extract.coref import coref_stage, resolve_coreference
from rasid.extract.entities import entities_stage, kb_for
from rasid.model import Document


def _people(text: str) -> list[tuple[str, str, int | None, str | None]]:
    doc = coref_stage(entities_stage(Document(text=text), {}), {})
    return [
        (a.text, a.attrs["canonical"], a.attrs.get("coref_of"), a.attrs.get("mention"))
        for a in doc.layer("entities")
        if a.label == "PER"
    ]


def test_coref_short_form_links_to_the_kb_person() -> None:
    text = "التقى رئيس أركان القوات الجوية ألو بوا ديارا الصحفيين. وقال ديارا إن التعاون مستمر، وأضاف لديارا مساعد."
    people = _people(text)
    full = text.index("ألو بوا ديارا")
    assert people[0] == ("ألو بوا ديارا", "Alou Boi Diarra", None, None)
    shorts = [p for p in people if p[3] == "short"]
    assert [(t, c, o) for t, c, o, _ in shorts] == [("ديارا", "Alou Boi Diarra", full)] * 2


def test_coref_short_form_of_a_name_not_in_the_kb() -> None:
    text = "وقال الخبير الأمني كريم ولد أحمدو إن الهجوم متوقع. وأضاف أحمدو أن الجيش مستعد."
    people = _people(text)
    assert people[1] == ("أحمدو", "كريم ولد أحمدو", text.index("كريم"), "short")


def test_coref_short_form_before_the_full_name_is_not_linked() -> None:
    people = _people("وقال ديارا إن الوضع هادئ. ثم وصل ألو بوا ديارا إلى المطار.")
    assert [p[0] for p in people] == ["ألو بوا ديارا"]


def test_coref_kb_surname_gets_its_antecedent() -> None:
    text = "قال وزير الخارجية سيرغي لافروف إن ... وأكد لافروف أيضا"
    people = _people(text)
    assert people[1] == ("لافروف", "Sergey Lavrov", text.index("سيرغي"), "short")


def test_coref_role_phrase_resolves_to_the_only_person_with_that_role() -> None:
    text = "أكد رئيس أركان القوات الجوية في مالي ألو بوا ديارا ذلك. وفي المقابلة قال القائد العسكري في مالي إن الجيش قوي."
    people = _people(text)
    role = [p for p in people if p[3] == "role"]
    assert role == [("القائد العسكري", "Alou Boi Diarra", text.index("ألو"), "role")]


def test_coref_role_phrase_left_alone_when_two_people_fit() -> None:
    text = "التقى الجنرال مامادو كوليبالي بالجنرال عمر ديارا. وقال القائد العسكري إن اللقاء مثمر."
    assert [p for p in _people(text) if p[3] == "role"] == []


def test_coref_role_phrase_that_is_a_title_is_not_a_reference() -> None:
    text = "وقال الجنرال مامادو كوليبالي ذلك. ثم التقى القائد العسكري عمر ديارا بالصحفيين."
    assert [p for p in _people(text) if p[3] == "role"] == []


def test_coref_extends_the_layer_and_keeps_spans_exact() -> None:
    text = "صرح سيرجي لافروف بأن... وأضاف السيد لافروف."
    doc = coref_stage(entities_stage(Document(text=text), {}), {})
    for ann in doc.layer("entities"):
        assert doc.text[ann.start : ann.end] == ann.text


def test_coref_relinks_a_one_word_name_found_after_a_title() -> None:
    text = "Le ministre Abdoulaye Diop est arrivé. M. Diop a salué le soutien de Moscou."
    people = _people(text)
    assert people[1] == ("Diop", "Abdoulaye Diop", text.index("Abdoulaye"), "short")


#: One paragraph with full names, their short forms, a role phrase and a titled surname.
_PARAGRAPH = (
    "قال وزير الخارجية سيرغي لافروف إن التعاون مستمر. وأكد لافروف أن موسكو ستدعم باماكو. "
    "والتقى رئيس أركان القوات الجوية ألو بوا ديارا الصحفيين، وقال ديارا إن الجيش قوي. "
    "وقال القائد العسكري بعد ذلك إن الوضع هادئ. Le ministre Abdoulaye Diop est arrivé. M. Diop a salué.\n"
)


def test_coref_work_grows_linearly_with_the_article() -> None:
    """Four times the text costs about four times the work (a scan of every earlier person per
    mention made it ~10x here, and minutes on a long page)."""
    kb = kb_for({})
    work = []
    for repeats in (10, 40):
        doc = entities_stage(Document(text=_PARAGRAPH * repeats), {})
        links = [a for a in resolve_coreference(doc, kb) if "coref_of" in a.attrs]
        assert len(links) >= 3 * repeats  # the work measured is real linking work
        work.append(lines_run(lambda doc=doc: resolve_coreference(doc, kb)))
    assert work[1] / work[0] < 4.5, work
