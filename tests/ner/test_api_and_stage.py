"""The shipped model through the public API and the pipeline stage: offsets, merging, labels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.errors import ModelFileError
from rasid.extract import default_pipeline, get_stage
from rasid.model import Document
from rasid.ner import DEFAULT_MODEL_PATH, load_model, spans_from_tags, tag_text, text_tokens
from rasid.ner.stage import STAGE
from rasid.pipeline import Pipeline
from rasid.text.tokens import Token

#: The NER stage reads the language, so a pipeline runs the language stage before it.
LANGUAGE = "rasid.language.v1"

# written for these tests (not from any corpus)
TEXT = (
    "قال الرئيس النيجيري محمد بازوم إن وزارة الدفاع في نيامي تتابع الوضع. "
    "وأكد الوزير سيدو كوليبالي، في مؤتمر صحفي بمدينة أغاديز، أن الجيش سيواصل عملياته."
)


def test_default_model_ships_in_package():
    assert DEFAULT_MODEL_PATH.exists()
    assert DEFAULT_MODEL_PATH.with_suffix(".json").exists()
    assert DEFAULT_MODEL_PATH.stat().st_size < 50 * 1024 * 1024


def test_tag_text_offsets_are_exact():
    spans = tag_text(TEXT)
    assert spans, "the model found nothing in a sentence full of names"
    for s in spans:
        assert TEXT[s.start : s.end] == s.text
        assert s.label in {"PER", "LOC", "ORG", "MISC"}
        assert 0.0 <= s.confidence <= 1.0
    labels = {s.text: s.label for s in spans}
    assert labels.get("نيامي") == "LOC"


def test_load_model_is_cached():
    assert load_model() is load_model(DEFAULT_MODEL_PATH)


def test_spans_from_tags():
    text = "زار عبد الله ديوب باماكو"
    tokens = text_tokens(text)
    spans = spans_from_tags(tokens, ["O", "B-PER", "I-PER", "I-PER", "B-LOC"], [1, 0.9, 0.8, 0.7, 0.5], text)
    assert [(s.text, s.label, s.confidence) for s in spans] == [
        ("عبد الله ديوب", "PER", 0.8),
        ("باماكو", "LOC", 0.5),
    ]


def test_text_tokens_keep_punctuation():
    text = "قال: «نعم»، ثم غادر."
    toks = text_tokens(text)
    assert [t.text for t in toks] == ["قال", ":", "«", "نعم", "»", "،", "ثم", "غادر", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "محمد",
                "بازوم",
                "في",
                "نيامي",
                "ـ",
                "\u064e",
                "😀",
                "،",
                " ",
                "\n",
                "وزارة",
                "Mali",
                "\u200f",
                ".",
            ]
        ),
        max_size=40,
    )
)
def test_offsets_property(parts):
    text = "".join(parts)
    for s in tag_text(text):
        assert text[s.start : s.end] == s.text


def _kb_entity(doc: Document, surface: str, label: str):
    start = doc.text.index(surface)
    return doc.annotation(
        "entities", start, start + len(surface), label, attrs={"kb_id": "Q1", "canonical": surface}
    )


def test_stage_merges_under_existing_entities():
    doc = Document(TEXT, language="ar")
    kb = _kb_entity(doc, "وزارة الدفاع", "ORG")
    doc = doc.with_layer("entities", [kb])
    out = get_stage(STAGE).func(doc, {"min_confidence": 0.0})
    ents = out.layer("entities")
    assert kb in ents  # the KB annotation is kept as it was
    for a in ents:
        assert out.text[a.start : a.end] == a.text
        if a is kb:
            continue
        assert a.attrs["source"] == "ner"
        assert "kb_id" not in a.attrs
        assert a.stage == STAGE
        assert not a.span.overlaps(kb.span)
        assert a.label in {"PER", "ORG", "LOC", "GPE"}


def test_stage_labels_places_gpe_only_with_evidence():
    doc = Document("وصل الوفد إلى نيامي صباح اليوم قادما من باريس.", language="ar")
    out = Pipeline([LANGUAGE, STAGE], config={STAGE: {"min_confidence": 0.0}})(doc)
    by_text = {a.text: a.label for a in out.layer("entities")}
    assert by_text.get("نيامي") == "GPE"  # a city in the fact-built gazetteer


def test_stage_respects_confidence_threshold():
    doc = Document(TEXT, language="ar")
    none = get_stage(STAGE).func(doc, {"min_confidence": 1.01})
    assert none.layer("entities") == ()


@pytest.mark.usefixtures("stage_errors_recorded")
def test_a_model_path_that_is_wrong_is_refused_when_the_pipeline_is_built(tmp_path):
    # recorded on each document instead, a typo in the path would store a whole run without statistical names
    missing = str(tmp_path / "missing.crfsuite")
    with pytest.raises(ModelFileError, match=r"missing\.crfsuite"):
        Pipeline([LANGUAGE, STAGE], config={STAGE: {"ner_model": missing}})
    with pytest.raises(ModelFileError, match=r"missing\.crfsuite"):
        default_pipeline(ner_model=missing)  # not left out silently as when no model is shipped


@pytest.mark.parametrize("text", ["", "   ", "123 456", "Hello world."])
def test_stage_on_odd_input(text):
    out = get_stage(STAGE).func(Document(text), {})
    for a in out.layer("entities"):
        assert out.text[a.start : a.end] == a.text


def test_token_type_is_core_token():
    assert isinstance(text_tokens("كلمة")[0], Token)


def test_the_ner_stage_can_be_left_out_or_limited_to_no_language(tmp_path):
    from rasid.config import load_config
    from rasid.extract import default_pipeline

    user = tmp_path / "rasid.toml"
    user.write_text("[stage.rasid.ner]\nenabled = false\n", encoding="utf-8")
    names = [s.name for s in default_pipeline(config=load_config(user, env={}).stage_config()).stages]
    assert STAGE not in names and "rasid.entities.v1" in names
    assert STAGE in [s.name for s in default_pipeline().stages]
    doc = Document(text="قال الوزير عبد الله ديوب في باماكو", language="ar")
    out = Pipeline([LANGUAGE, STAGE], config={STAGE: {"languages": []}})(doc)
    assert not [a for a in out.layer("entities") if a.attrs.get("source") == "ner"]


def test_propagation_tags_a_recurrence_with_the_confidence_of_the_name_it_copies():
    from rasid.ner.api import EntitySpan, _propagated
    from rasid.text.segment import sentences

    text = "قال الرئيس عبد الله ديوب في باماكو إن الوضع هادئ. وأضاف ديوب أن الحوار مستمر."
    token_lists = [text_tokens(text, s.start, s.end) for s in sentences(text)]
    # the model's tags, written by hand: the full name in the first sentence, nothing in the second
    tags = [["O"] * len(tokens) for tokens in token_lists]
    words = [t.text for t in token_lists[0]]
    first = words.index("عبد")
    tags[0][first : first + 3] = ["B-PER", "I-PER", "I-PER"]
    start, end = token_lists[0][first].start, token_lists[0][first + 2].end
    found = [EntitySpan(start, end, "PER", text[start:end], 0.93)]
    added = _propagated(text, token_lists, [[t.text for t in tokens] for tokens in token_lists], tags, found)
    assert [(a.text, a.label, a.confidence, a.propagated) for a in added] == [("ديوب", "PER", 0.93, True)]
    assert text[added[0].start : added[0].end] == "ديوب" and added[0].start > end


def test_the_stage_tags_recurrences_of_a_name_and_marks_them():
    text = "قال الرئيس عبد الله ديوب في باماكو إن الوضع هادئ. وأضاف ديوب أن الحوار مستمر."
    doc = Document(text=text, language="ar")
    plain = Pipeline([LANGUAGE, STAGE], config={STAGE: {"propagate": False}})(doc)
    filled = Pipeline([LANGUAGE, STAGE])(doc)
    assert len(filled.layer("entities")) >= len(plain.layer("entities"))
    for ann in filled.layer("entities"):
        assert text[ann.start : ann.end] == ann.text
        if ann.attrs.get("propagated"):
            assert ann.text not in {a.text for a in plain.layer("entities") if a.start == ann.start}
            assert 0.0 <= (ann.confidence or 0.0) <= 1.0


def test_the_stage_on_a_batch_finds_what_it_finds_document_by_document():
    texts = [
        "قال الرئيس عبد الله ديوب في باماكو إن الوضع هادئ. وأضاف ديوب أن الحوار مستمر.",
        "Le ministre est arrivé à Niamey.",
        "وصل الوفد إلى نيامي صباح اليوم قادما من باريس.",
    ]
    docs = [Document(text=t, language=lang) for t, lang in zip(texts, ["ar", "fr", "ar"], strict=True)]
    spec = get_stage(STAGE)
    batched = spec.batch(docs, {**spec.defaults, "min_confidence": 0.0})
    one_by_one = [spec.func(d, {**spec.defaults, "min_confidence": 0.0}) for d in docs]
    for a, b in zip(batched, one_by_one, strict=True):
        assert [(x.start, x.end, x.label) for x in a.layer("entities")] == [
            (x.start, x.end, x.label) for x in b.layer("entities")
        ]
        assert [x.confidence for x in a.layer("entities")] == pytest.approx(
            [x.confidence for x in b.layer("entities")], abs=1e-3
        )
    assert batched[1].layer("entities") == ()  # French: not the shipped model's language


def test_kb_entities_win_whichever_of_the_two_stages_runs_first():
    from rasid.extract import default_pipeline

    text = "قال الرئيس عبد الله ديوب في باماكو إن الجيش المالي وفاغنر تقدما نحو كيدال."
    doc = Document(text=text, language="ar")
    stages = [s for s in default_pipeline().stages if s.family in ("rasid.ner", "rasid.entities")]
    ner_first = Pipeline([LANGUAGE, *stages])(doc).layer("entities")
    kb_first = Pipeline([LANGUAGE, *reversed(stages)])(doc).layer("entities")
    assert sorted(ner_first, key=lambda a: a.start) == sorted(kb_first, key=lambda a: a.start)
    assert any(a.attrs.get("source") == "ner" for a in ner_first) or all(
        "kb_id" in a.attrs for a in ner_first
    )
    # a re-run replaces each stage's own output instead of stacking it
    again = Pipeline([LANGUAGE, *stages])(Pipeline([LANGUAGE, *stages])(doc)).layer("entities")
    assert sorted(again, key=lambda a: a.start) == sorted(ner_first, key=lambda a: a.start)


def test_load_model_is_cached_per_path_unless_asked_for_a_fresh_copy():
    from rasid.ner.api import load_model

    first = load_model()
    assert load_model() is first
    fresh = load_model(fresh=True)
    assert fresh is not first and load_model() is fresh
