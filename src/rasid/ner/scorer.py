"""Exact-match entity precision/recall/F1, the way conlleval counts them.

Chunks are read from BIO tags with conlleval's rules: an ``I-X`` that follows ``O`` or
another type starts a new chunk (so IOB1 and broken BIO still score), ``B-X`` always
starts one, and a sentence boundary ends one. An entity counts as correct only when
start, end and type all match.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def _split(tag: str) -> tuple[str, str]:
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O", ""
    return tag[0], tag[2:]


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` chunks, end exclusive, from one sentence's tags."""
    if tags.count("O") == len(tags):  # most sentences of news text hold no entity
        return []
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    kind = ""
    prev_prefix, prev_kind = "O", ""
    for i, tag in enumerate(tags):
        prefix, k = _split(tag)
        if prefix not in ("B", "I"):
            prefix, k = "O", ""
        begins = prefix == "B" or (prefix == "I" and (prev_prefix == "O" or prev_kind != k))
        if start is not None and (prefix in ("B", "O") or begins or prev_kind != k):
            out.append((start, i, kind))
            start = None
        if begins:
            start, kind = i, k
        prev_prefix, prev_kind = prefix, k
    if start is not None:
        out.append((start, len(tags), kind))
    return out


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 2),
            "recall": round(self.recall, 2),
            "f1": round(self.f1, 2),
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
        }


def _score(gold: int, predicted: int, correct: int) -> Score:
    p = 100.0 * correct / predicted if predicted else 0.0
    r = 100.0 * correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f, gold, predicted, correct)


@dataclass(frozen=True)
class Report:
    overall: Score
    per_type: dict[str, Score]
    tokens: int
    token_accuracy: float

    def to_dict(self) -> dict:
        return {
            "overall": self.overall.to_dict(),
            "per_type": {k: v.to_dict() for k, v in sorted(self.per_type.items())},
            "tokens": self.tokens,
            "token_accuracy": round(self.token_accuracy, 2),
        }

    def format(self) -> str:
        o = self.overall
        lines = [
            f"processed {self.tokens} tokens with {o.gold} phrases; found: {o.predicted} phrases; correct: {o.correct}.",
            f"accuracy: {self.token_accuracy:6.2f}%; precision: {o.precision:6.2f}%; "
            f"recall: {o.recall:6.2f}%; FB1: {o.f1:6.2f}",
        ]
        for kind, s in sorted(self.per_type.items()):
            lines.append(
                f"{kind:>17}: precision: {s.precision:6.2f}%; recall: {s.recall:6.2f}%; FB1: {s.f1:6.2f}  {s.predicted}"
            )
        return "\n".join(lines)


def evaluate(gold_sents: Iterable[Sequence[str]], pred_sents: Iterable[Sequence[str]]) -> Report:
    """Score predicted tag sequences against gold ones, sentence by sentence."""
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    correct_n: Counter[str] = Counter()
    tokens = same = 0
    for gold, pred in zip(gold_sents, pred_sents, strict=True):
        if len(gold) != len(pred):
            raise ValueError(f"sentence lengths differ: {len(gold)} gold tags, {len(pred)} predicted")
        tokens += len(gold)
        same += sum(g == p for g, p in zip(gold, pred, strict=True))
        g_chunks, p_chunks = set(chunks(gold)), set(chunks(pred))
        for c in g_chunks:
            gold_n[c[2]] += 1
        for c in p_chunks:
            pred_n[c[2]] += 1
        for c in g_chunks & p_chunks:
            correct_n[c[2]] += 1
    per_type = {k: _score(gold_n[k], pred_n[k], correct_n[k]) for k in set(gold_n) | set(pred_n)}
    overall = _score(sum(gold_n.values()), sum(pred_n.values()), sum(correct_n.values()))
    return Report(overall, per_type, tokens, 100.0 * same / tokens if tokens else 0.0)
