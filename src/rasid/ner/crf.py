"""The CRF tagger: training with CRFsuite (L-BFGS, L1+L2), tagging with marginal confidences.

A model is two files side by side: ``NAME.crfsuite`` (the weights) and ``NAME.json``
(the feature groups it was trained with, its scores and provenance), so a model can
never be read with features other than the ones it learned.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import pycrfsuite

from rasid.errors import ModelFileError
from rasid.ner.corpora import Sentence, repair_bio
from rasid.ner.features import DEFAULT_GROUPS, FeatureExtractor
from rasid.ner.tagger import SentenceBySentence, TaggedSentence

#: The shipped model's settings (chosen on the dev split; see docs/ner-model-card.md).
DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.01,
    "c2": 0.02,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


class CrfTagger(SentenceBySentence):
    """Feature extractor + CRFsuite tagger."""

    def __init__(self, model_path: Path, meta: dict[str, Any]):
        self.path = Path(model_path)
        self.meta = meta
        self.features = FeatureExtractor(meta.get("feature_groups", DEFAULT_GROUPS))
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except (OSError, ValueError) as exc:
            raise ModelFileError(f"cannot open NER model {self.path}: {exc}") from exc

    @classmethod
    def load(cls, path: str | Path) -> CrfTagger:
        path = Path(path)
        if path.suffix == ".json":
            path = path.with_suffix(".crfsuite")
        meta_path = path.with_suffix(".json")
        if not path.exists():
            raise ModelFileError(f"NER model file not found: {path}")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        return cls(path, meta)

    def tag(self, tokens: Sequence[str], *, confidence: bool = False) -> TaggedSentence:
        if not tokens:
            return TaggedSentence([], [])
        tags = self._tagger.tag(self.features.sentence(tokens))
        tags = repair_bio(tags)
        conf: list[float] = []
        if confidence:
            conf = [self._tagger.marginal(t, i) if t in self._labels else 0.0 for i, t in enumerate(tags)]
        return TaggedSentence(tags, conf)

    @cached_property
    def _labels(self) -> set[str]:
        return set(self._tagger.labels())


def train(
    sentences: Sequence[Sentence],
    out_path: str | Path,
    *,
    groups: Sequence[str] = DEFAULT_GROUPS,
    params: dict[str, Any] | None = None,
    meta: dict[str, Any] | None = None,
    verbose: bool = False,
) -> CrfTagger:
    """Train a CRF on ``sentences`` and write ``out_path`` (.crfsuite) and its .json beside it."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    extractor = FeatureExtractor(groups)
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for sent in sentences:
        if sent:
            trainer.append(extractor.sentence([t for t, _ in sent]), [tag for _, tag in sent])
    settings = {**DEFAULT_PARAMS, **(params or {})}
    trainer.set_params(settings)
    started = time.time()
    # train into a temporary file first so a failed run never leaves a half-written model
    with tempfile.TemporaryDirectory(dir=out_path.parent) as tmp:
        tmp_model = Path(tmp) / out_path.name
        trainer.train(str(tmp_model))
        tmp_model.replace(out_path)
    info = {
        "format": "rasid.ner.crf",
        "version": 1,
        "feature_groups": list(extractor.groups),
        "params": settings,
        "train_sentences": len(sentences),
        "train_tokens": sum(len(s) for s in sentences),
        "train_seconds": round(time.time() - started, 1),
        **(meta or {}),
    }
    out_path.with_suffix(".json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    return CrfTagger(out_path, info)
