"""``rasid eval ner``, ``rasid tag --conll`` and ``rasid train ner`` run end to end; results checked through the API."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rasid.cli.main import cli
from rasid.ner import load_model
from rasid.ner.corpora import read_conll

# hand-written gold (our own sentences)
GOLD = """قال O
الرئيس O
محمد B-PERS
بازوم I-PERS
في O
نيامي B-LOC
. O

وأعلنت O
وزارة B-ORG
الدفاع I-ORG
في O
باماكو B-LOC
. O
"""


def test_eval_ner_json(tmp_path):
    data = tmp_path / "gold.txt"
    data.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "ner", "--data", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["overall"]["gold"] == 4
    assert report["tokens"] == 13
    assert set(report["per_type"]) >= {"PER", "LOC", "ORG"}
    assert 0 <= report["overall"]["f1"] <= 100


def test_eval_ner_text(tmp_path):
    data = tmp_path / "gold.txt"
    data.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "ner", "--data", str(data)])
    assert result.exit_code == 0
    assert "processed 13 tokens with 4 phrases" in result.output


def test_tag_conll_matches_api(tmp_path):
    data = tmp_path / "in.txt"
    data.write_text(GOLD, encoding="utf-8")
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(cli, ["tag", "--conll", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines.count("") >= 2  # a blank line after each sentence
    tagged = read_conll(out)
    gold = read_conll(data)
    assert [[w for w, _ in s] for s in tagged] == [[w for w, _ in s] for s in gold]
    tagger = load_model()
    assert [[t for _, t in s] for s in tagged] == [tagger.tag([w for w, _ in s]).tags for s in gold]


def _train(tmp_path, model_name: str, *options: str):
    """Run ``rasid train ner`` on three copies of GOLD; returns the model path."""
    data = tmp_path / "train.txt"
    data.write_text(GOLD * 3, encoding="utf-8")
    model = tmp_path / model_name
    result = CliRunner().invoke(cli, ["train", "ner", "--conll", str(data), "--out", str(model), *options])
    assert result.exit_code == 0, result.output
    return model


def test_train_ner_small(tmp_path):
    model = _train(
        tmp_path, "m.crfsuite", "--kind", "crf", "--max-iterations", "20", "--features", "word,shape"
    )
    meta = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["feature_groups"] == ["word", "shape"]
    tagger = load_model(model)
    assert tagger.tag(["محمد", "بازوم"]).tags[0] in {"B-PER", "O", "B-LOC", "B-ORG"}


def test_train_ner_neural_ensemble(tmp_path):
    pytest.importorskip("torch")
    model = _train(tmp_path, "m.npz", "--epochs", "2", "--seed", "1", "--seed", "2")
    meta = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["members"] == 2 and meta["training_data"] == ["conll:train.txt"]
    assert not list(tmp_path.glob("*member*"))  # the single members were folded into the ensemble
    tagged = load_model(model).tag(["محمد", "بازوم", "في", "نيامي"], confidence=True)
    assert len(tagged.tags) == 4 and all(0.0 <= c <= 1.0 for c in tagged.confidence)


def test_train_ner_needs_data(tmp_path):
    result = CliRunner().invoke(cli, ["train", "ner", "--out", str(tmp_path / "m.crfsuite")])
    assert result.exit_code != 0
    assert "no training data" in result.output


def test_eval_missing_model_is_one_clear_line(tmp_path):
    data = tmp_path / "gold.txt"
    data.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["eval", "ner", "--data", str(data), "--ner-model", str(tmp_path / "nope")]
    )
    assert result.exit_code != 0
    assert "not found" in str(result.exception)
