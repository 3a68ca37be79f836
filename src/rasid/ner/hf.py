"""Optional backend: a local Hugging Face token-classification model (e.g. a CAMeLBERT NER checkpoint).

It never downloads: the directory must already hold the config, weights and tokenizer
files (``local_files_only=True``). Words are split into word pieces; each word takes
the label of its first piece, labels are mapped to PER/LOC/ORG/MISC and the sequence is
repaired to well-formed BIO. Needs the ``transformers`` extra (torch + transformers).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rasid.errors import ModelFileError
from rasid.ner.corpora import ANERCORP_TYPES, WOJOOD_TYPES, map_tag, repair_bio
from rasid.ner.tagger import SentenceBySentence, TaggedSentence

#: Label names checkpoints use, mapped to ours (CAMeLBERT uses ANERcorp's PERS).
_TYPES = {**WOJOOD_TYPES, **ANERCORP_TYPES, "MIS": "MISC"}
#: Longest word-piece sequence fed at once; longer sentences are tagged in windows of words.
MAX_PIECES = 510


class HfTagger(SentenceBySentence):
    def __init__(self, tokenizer, model, labels: dict[int, str]):
        self.tokenizer = tokenizer
        self.model = model
        self.labels = labels

    @classmethod
    def load(cls, path: str | Path) -> HfTagger:
        path = Path(path)
        if not (path / "config.json").is_file():
            raise ModelFileError(f"no Hugging Face model at {path}: expected a directory with config.json")
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise ModelFileError(
                "the transformers backend needs torch and transformers: pip install 'rasid[transformers]'"
            ) from exc
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True, use_fast=True)
            model = AutoModelForTokenClassification.from_pretrained(str(path), local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelFileError(f"cannot load the Hugging Face model at {path}: {exc}") from exc
        if not getattr(tokenizer, "is_fast", False):
            raise ModelFileError(f"the tokenizer at {path} is not a fast tokenizer; word alignment needs one")
        model.eval()
        labels = {int(i): str(lab) for i, lab in model.config.id2label.items()}
        return cls(tokenizer, model, labels)

    def _window(self, words: list[str]) -> tuple[list[str], list[float]]:
        import torch

        enc = self.tokenizer(
            words, is_split_into_words=True, truncation=True, max_length=MAX_PIECES + 2, return_tensors="pt"
        )
        with torch.no_grad():
            logits = self.model(**enc).logits[0]
        probs = torch.softmax(logits, dim=-1)
        best = probs.argmax(dim=-1).tolist()
        tags = ["O"] * len(words)
        conf = [0.0] * len(words)
        seen: set[int] = set()
        for piece, word_id in enumerate(enc.word_ids(0)):
            if word_id is None or word_id in seen:
                continue  # special tokens, and every piece after a word's first
            seen.add(word_id)
            tags[word_id] = map_tag(self.labels.get(best[piece], "O"), _TYPES)
            conf[word_id] = float(probs[piece, best[piece]])
        return tags, conf

    def tag(self, tokens: Sequence[str], *, confidence: bool = False) -> TaggedSentence:
        if not tokens:
            return TaggedSentence([], [])
        tags: list[str] = []
        conf: list[float] = []
        # a word is at least one piece, so windows of MAX_PIECES // 4 words rarely truncate; if one does,
        # the truncated words stay O rather than shifting labels
        step = MAX_PIECES // 4
        for i in range(0, len(tokens), step):
            t, c = self._window(list(tokens[i : i + step]))
            tags += t
            conf += c
        return TaggedSentence(repair_bio(tags), conf if confidence else [])
