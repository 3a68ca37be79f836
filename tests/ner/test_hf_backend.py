"""The optional transformer backend, with a tiny random BERT the test builds (never downloads)."""

from __future__ import annotations

import pytest

from rasid.errors import ModelFileError
from rasid.ner import load_model, tag_text
from rasid.ner.api import text_tokens

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
# a small word-piece vocabulary: some words are whole, others split into pieces
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "قال", "الرئيس", "في", "باما", "##كو", "عبد", "الله",
         "دي", "##و", "##ب", ".", "،", "نيا", "##مي"]  # fmt: skip


def build_tiny_bert(path, favour: str | None = None):
    path.mkdir(parents=True, exist_ok=True)
    vocab_file = path / "vocab.txt"
    vocab_file.write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(
        vocab_file=str(vocab_file), do_lower_case=False, tokenize_chinese_chars=False
    )
    config = transformers.BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={lab: i for i, lab in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config)
    if favour is not None:
        # make one label win for every piece, so the expected word-level output is known
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.fill_(-5.0)
            model.classifier.bias[LABELS.index(favour)] = 5.0
    model.save_pretrained(str(path))
    tokenizer.save_pretrained(str(path))
    return path


TEXT = "قال الرئيس عبد الله ديوب في باماكو. في نيامي، قال الرئيس."


def test_random_bert_spans_are_well_formed(tmp_path):
    tagger = load_model(build_tiny_bert(tmp_path / "m"))
    spans = tag_text(TEXT, tagger)
    words = {(t.start, t.end) for t in text_tokens(TEXT)}
    starts, ends = {s for s, _ in words}, {e for _, e in words}
    for span in spans:
        assert TEXT[span.start : span.end] == span.text
        assert span.start in starts and span.end in ends  # spans are whole words
        assert span.label in {"PER", "LOC", "ORG", "MISC"}
        assert 0.0 <= span.confidence <= 1.0
    tags = tagger.tag([t.text for t in text_tokens(TEXT)]).tags
    for prev, tag in zip(["O", *tags], tags, strict=False):
        if tag.startswith("I-"):
            assert prev[2:] == tag[2:]  # BIO repaired


def test_first_piece_label_per_word(tmp_path):
    # every piece says B-LOC: each word (even باماكو = باما ##كو) is one LOC span, not one per piece
    tagger = load_model(build_tiny_bert(tmp_path / "loc", favour="B-LOC"))
    words = ["في", "باماكو", "ديوب"]
    assert tagger.tag(words).tags == ["B-LOC", "B-LOC", "B-LOC"]
    spans = tag_text("في باماكو", tagger)
    assert [(s.start, s.end, s.text, s.label) for s in spans] == [
        (0, 2, "في", "LOC"),
        (3, 9, "باماكو", "LOC"),
    ]
    assert spans[1].confidence > 0.9


def test_inside_labels_are_repaired_and_pers_mapped(tmp_path):
    tagger = load_model(build_tiny_bert(tmp_path / "per", favour="I-PERS"))
    assert tagger.tag(["عبد", "الله", "ديوب"]).tags == ["B-PER", "I-PER", "I-PER"]
    spans = tag_text("عبد الله ديوب", tagger)
    assert [(s.text, s.label) for s in spans] == [("عبد الله ديوب", "PER")]


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelFileError, match="not found"):
        load_model(tmp_path / "nothing-here")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelFileError, match=r"config\.json"):
        load_model(tmp_path / "empty")
