"""Quality gate: the shipped model on a fixed slice of ANERcorp's test split, and on the seed articles."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import shared_path
from rasid.ner import load_model, tag_text
from rasid.ner.api import tag_sentences
from rasid.ner.corpora import read_anercorp
from rasid.ner.document import propagate
from rasid.ner.scorer import evaluate

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))


def _slice(max_tokens: int):
    sents = read_anercorp(shared_path("data", "anercorp", "camel_style_split", "test.txt"))
    out, n = [], 0
    for s in sents:
        if n >= max_tokens:
            break
        out.append(s)
        n += len(s)
    return out


def test_anercorp_test_slice_f1_does_not_drop():
    sents = _slice(BASELINE["slice_tokens"])
    tagger = load_model()
    words = [[w for w, _ in s] for s in sents]
    gold = [[t for _, t in s] for s in sents]
    pred = propagate(words, [r.tags for r in tag_sentences(tagger, words)])
    report = evaluate(gold, pred)
    assert report.overall.f1 >= BASELINE["overall_f1"], report.format()
    for kind, floor in BASELINE["per_type_f1"].items():
        assert report.per_type[kind].f1 >= floor, report.format()


def test_seed_names_are_persons_without_kb():
    seeds = shared_path("seeds")
    wanted = {"ألو بوا ديارا", "سليمان أمزات", "عبد الله ديوب"}
    found: set[str] = set()
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in tag_text(text):
            if span.label == "PER":
                found.update(name for name in wanted if name in span.text)
    assert found == wanted
