"""Score analysed documents against hand gold: precision, recall and F1 per layer.

Gold is the ``seeds.gold.json`` format: per document, lists of ``entities``
(text, type, canonical), ``equipment`` (text, category), ``dates`` (text, value),
``quotes`` (text, speaker, speaker_canonical, kind), ``sources`` (text, kind). Items
are found by exact substring, never by offset: a gold item is *found* when a predicted
annotation of its layer overlaps an occurrence of its text and agrees on what matters:

* entities — type (MEDIA and ARMED_GROUP count as ORG) and canonical name;
* equipment — any equipment annotation (the category is reported, not required);
* dates — the ISO value;
* quotes — the kind, and the speaker (canonical or surface); a predicted speaker
  that disagrees is counted in ``wrong_speaker``;
* sources — the kind (``primary_source`` in the seeds is our ``interview``).

A gold date lying inside a gold EVENT name (``الجيش - 2024``) is a *negative*: it must
not be reported, and reporting it counts as a false positive (``name_years``).

Precision counts every predicted annotation of a scored label that matches no gold item
as a false positive; the team corpus gold is written to be complete for the layers it
scores. The seeds gold is "a floor, not a ceiling", so for the seeds look at recall.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasid.model import Annotation, Document

LAYERS = ("entities", "equipment", "dates", "quotes", "sources")
#: Gold source kinds that are one of ours under another name.
SOURCE_KIND_ALIASES = {"primary_source": "interview", "interview_venue": "interview"}
_TYPE_FAMILY = {"MEDIA": "ORG", "ARMED_GROUP": "ORG"}


@dataclass
class LayerScore:
    layer: str
    gold: int = 0
    found: int = 0  # gold items matched (recall numerator)
    predicted: int = 0
    correct_predictions: int = 0  # predictions that match some gold item (precision numerator)
    wrong_speaker: int = 0
    name_years: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct_predictions / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "layer": self.layer,
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "wrong_speaker": self.wrong_speaker,
            "name_years": self.name_years,
            "misses": self.misses,
            "false_positives": self.false_positives,
        }


@dataclass
class Report:
    layers: dict[str, LayerScore]
    documents: int

    def __getitem__(self, layer: str) -> LayerScore:
        return self.layers[layer]

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "layers": {k: v.to_dict() for k, v in self.layers.items()}}

    def table(self) -> str:
        """A Markdown table of P/R/F1 per layer (what docs/extraction.md reports)."""
        rows = ["| layer | gold | predicted | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|"]
        for s in self.layers.values():
            rows.append(
                f"| {s.layer} | {s.gold} | {s.predicted} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
            )
        return "\n".join(rows)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while needle and i != -1:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _overlapping(anns: Sequence[Annotation], spans: Sequence[tuple[int, int]]) -> list[Annotation]:
    return [a for a in anns if any(a.start < e and s < a.end for s, e in spans)]


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return " ".join(str(a).casefold().split()) == " ".join(str(b).casefold().split())


def _family(label: str | None) -> str | None:
    return _TYPE_FAMILY.get(label or "", label)


def _entity_ok(gold: Mapping[str, Any], ann: Annotation) -> bool:
    return _family(ann.label) == _family(gold.get("type")) and _same(
        ann.attrs.get("canonical"), gold.get("canonical")
    )


def _date_ok(gold: Mapping[str, Any], ann: Annotation) -> bool:
    return ann.attrs.get("role") != "name" and _same(ann.attrs.get("value"), gold.get("value"))


def _source_ok(gold: Mapping[str, Any], ann: Annotation) -> bool:
    kind = SOURCE_KIND_ALIASES.get(gold.get("kind", ""), gold.get("kind"))
    return ann.label == kind


def _speaker_ok(gold: Mapping[str, Any], ann: Annotation) -> bool | None:
    """True/False when a speaker was predicted (right/wrong), None when none was."""
    pred_canonical, pred_surface = ann.attrs.get("speaker_canonical"), ann.attrs.get("speaker")
    if pred_canonical is None and pred_surface is None:
        return None if (gold.get("speaker_canonical") or gold.get("speaker")) else True
    if gold.get("speaker_canonical") is None and gold.get("speaker") is None:
        return False  # the gold says nobody is named
    if pred_canonical is not None and _same(pred_canonical, gold.get("speaker_canonical")):
        return True
    if _same(pred_surface, gold.get("speaker")) or _same(pred_surface, gold.get("speaker_canonical")):
        return True
    # an unlinked name may be written with or without its title (العقيد سليمان ديمبيلي)
    pred, want = " ".join(str(pred_surface or "").split()), " ".join(str(gold.get("speaker") or "").split())
    return (
        gold.get("speaker_canonical") is None
        and bool(want)
        and (want in pred or (bool(pred) and pred in want))
    )


def _gold_quote_kind(gold: Mapping[str, Any]) -> str:
    return gold.get("kind", "direct")


def _name_year_spans(
    text: str, gdoc: Mapping[str, Any]
) -> tuple[list[Mapping[str, Any]], list[tuple[int, int]]]:
    """Split gold dates into real ones and negatives (inside a gold EVENT name)."""
    events = [e["text"] for e in gdoc.get("entities", []) if e.get("type") == "EVENT"]
    real, negative_spans = [], []
    for item in gdoc.get("dates", []):
        inside = [ev for ev in events if item["text"] in ev and item["text"] != ev]
        if inside:
            for ev in inside:
                for s, _e in _occurrences(text, ev):
                    off = ev.find(item["text"])
                    negative_spans.append((s + off, s + off + len(item["text"])))
        else:
            real.append(item)
    negative_spans.extend(span for t in gdoc.get("not_dates", []) for span in _occurrences(text, t["text"]))
    return real, negative_spans


def score_document(doc: Document, gdoc: Mapping[str, Any], report: Report, quote_kinds: set[str]) -> None:
    text = doc.text
    for layer in LAYERS:
        if layer not in gdoc:
            continue  # this gold document does not annotate the layer: nothing to score
        score = report.layers[layer]
        anns = list(doc.layer(layer))
        if layer == "quotes":
            anns = [a for a in anns if a.label in quote_kinds]
        negatives: list[tuple[int, int]] = []
        golds: list[Mapping[str, Any]] = list(gdoc.get(layer, []))
        if layer == "dates":
            golds, negatives = _name_year_spans(text, gdoc)
        if layer == "quotes":
            golds = [g for g in golds if _gold_quote_kind(g) in quote_kinds]
            neutral = [span for t in gdoc.get("not_quotes", []) for span in _occurrences(text, t["text"])]
            for ann in _overlapping(anns, neutral):
                anns.remove(ann)  # a sub-heading may be reported, but never with another speaker
                if ann.attrs.get("speaker_canonical") and not any(
                    _same(ann.attrs.get("speaker_canonical"), g.get("speaker_canonical")) for g in golds
                ):
                    score.wrong_speaker += 1
        matched: set[int] = set()
        for g in golds:
            score.gold += 1
            spans = _occurrences(text, g["text"])
            if not spans:
                score.misses.append(f"{doc.id}: gold text not in document: {g['text'][:60]!r}")
                continue
            candidates = _overlapping(anns, spans)
            ok = [a for a in candidates if _matches(layer, g, a)]
            if layer == "quotes":
                for a in candidates:
                    if a.label == _gold_quote_kind(g) and _speaker_ok(g, a) is False:
                        score.wrong_speaker += 1
            if ok:
                score.found += 1
                matched.update(id(a) for a in ok)
            else:
                got = [(a.label, _brief(layer, a)) for a in candidates]
                score.misses.append(f"{doc.id}: {g['text'][:60]!r} expected {_expected(layer, g)}, got {got}")
        for ann in anns:
            score.predicted += 1
            if id(ann) in matched:
                score.correct_predictions += 1
            else:
                if layer == "dates" and _overlapping([ann], negatives):
                    score.name_years += 1
                score.false_positives.append(f"{doc.id}: {ann.label} {ann.text[:60]!r} {_brief(layer, ann)}")


def _matches(layer: str, gold: Mapping[str, Any], ann: Annotation) -> bool:
    if layer == "entities":
        return _entity_ok(gold, ann)
    if layer == "equipment":
        return True
    if layer == "dates":
        return _date_ok(gold, ann)
    if layer == "sources":
        return _source_ok(gold, ann)
    return ann.label == _gold_quote_kind(gold) and _speaker_ok(gold, ann) is True


def _expected(layer: str, gold: Mapping[str, Any]) -> str:
    keys = {
        "entities": ("type", "canonical"),
        "equipment": ("category",),
        "dates": ("value",),
        "quotes": ("kind", "speaker_canonical"),
        "sources": ("kind",),
    }[layer]
    return ", ".join(f"{k}={gold.get(k)!r}" for k in keys)


def _brief(layer: str, ann: Annotation) -> str:
    keys = {
        "entities": ("canonical",),
        "equipment": ("canonical",),
        "dates": ("value",),
        "quotes": ("speaker_canonical", "speaker"),
        "sources": ("outlet",),
    }[layer]
    return ", ".join(f"{k}={ann.attrs.get(k)!r}" for k in keys)


def score(
    pairs: Iterable[tuple[Document, Mapping[str, Any]]], *, quote_kinds: Iterable[str] | None = None
) -> Report:
    """Score ``(analysed document, gold document)`` pairs; quote kinds scored default to the gold's."""
    pairs = list(pairs)
    kinds = (
        set(quote_kinds or ())
        or {_gold_quote_kind(q) for _, g in pairs for q in g.get("quotes", [])}
        or {"direct"}
    )
    report = Report({layer: LayerScore(layer) for layer in LAYERS}, len(pairs))
    for doc, gdoc in pairs:
        score_document(doc, gdoc, report, kinds)
    return report


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold documents from a ``seeds.gold.json``-format file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return list(data["documents"])


def gold_document(gdoc: Mapping[str, Any], base: str | Path | None = None) -> Document:
    """The unanalysed :class:`Document` a gold entry describes (``text`` inline or ``file`` under ``base``)."""
    if "text" in gdoc:
        text = gdoc["text"]
    else:
        if base is None:
            raise ValueError(f"gold entry {gdoc.get('file')!r} names a file: pass the folder it is in")
        text = Path(base, gdoc["file"]).read_text(encoding="utf-8")
    return Document(
        text=text,
        id=gdoc.get("id") or "",
        language=gdoc.get("language"),
        title=gdoc.get("title"),
        published=gdoc.get("published_meta"),  # the gold "published" is what should be found, not given
    )


def score_gold_file(
    path: str | Path,
    analyse: Any,
    *,
    base: str | Path | None = None,
    quote_kinds: Iterable[str] | None = None,
) -> tuple[Report, list[Document]]:
    """Analyse every gold document with ``analyse`` (Document -> Document) and score it."""
    golds = load_gold(path)
    docs = [analyse(gold_document(g, base)) for g in golds]
    return score(zip(docs, golds, strict=True), quote_kinds=quote_kinds), docs
