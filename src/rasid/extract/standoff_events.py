"""Score events and narratives against stand-off gold labelled blind on real text (``evaluation/events/``).

Gold is one JSON object per item (see ``evaluation/events/LABELS.md``) with ``events`` and ``narratives``.
Predictions are the :class:`~rasid.model.Document` that Rasid makes of the same text (layers ``events`` and
``narratives``). What is counted:

* **events, type** — a predicted event *matches* a gold event of the same PLOVER type (``attrs.type``) whose
  evidence sentence its own evidence overlaps. *Recall*: gold events of the core types (those Rasid's
  ontology codes: ASSAULT, MOBILIZE, AID/military, CONSULT, SUPPORT/agreement, RETREAT/withdraw) that a
  prediction matches; ``recall_all`` counts every gold event, the other PLOVER types noted by the labeller
  too. *Precision*: predictions that match any gold event. Rasid's own extension types (``statement``,
  ``attrs.extension``) are not PLOVER events and are counted apart, not against precision.
* **roles** — among matched core gold events: the source (and the target) is *right* when the gold names one
  and the predicted actor's name matches it (:func:`rasid.extract.standoff.same_speaker` on its text and
  canonical name), *wrong* when it names another actor, *missing* when it names none. ``roles_right``: both
  roles right, where a role the gold leaves empty must be empty in the prediction too.
* **date** — among matched gold events with a date, the predicted ``attrs.date`` equals the gold value; a
  date read from the text (``date_source: text``) on an event the gold gives no date is *invented*.
* **modality** — among matched gold events, the predicted ``attrs.modality`` equals the gold one.
* **narratives** — a prediction is *correct* when a gold narrative with the same id overlaps its span;
  recall counts the gold narratives found so; ``asserted_by`` is compared among the found.

Matching is by offsets, so a prediction with the right words in the wrong place does not match.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from rasid.extract import standoff
from rasid.extract.standoff import Tally, same_speaker
from rasid.model import Annotation, Document

#: PLOVER (type, mode) pairs that the gold labels exhaustively; ``None`` as mode: any mode of the type.
CORE_TYPES: frozenset[tuple[str, str | None]] = frozenset(
    {
        ("ASSAULT", None),
        ("MOBILIZE", None),
        ("CONSULT", None),
        ("AID", "military"),
        ("SUPPORT", "agreement"),
        ("RETREAT", "withdraw"),
    }
)
ROLES = ("source", "target")


def is_core(event: Mapping[str, Any]) -> bool:
    """A gold event of a type labelled exhaustively (the others are only noted)."""
    kind = event.get("type")
    return (kind, None) in CORE_TYPES or (kind, event.get("mode")) in CORE_TYPES


class EventTally(Tally):
    """Counts for one set (or one language of it), with the event and narrative metrics."""

    def metrics(self) -> dict[str, float | None]:
        return {
            "events_recall": self.ratio("events_found", "events"),
            "events_recall_all": self.ratio("events_all_found", "events_all"),
            "events_precision": self.ratio("events_correct", "events_predicted"),
            "source_right": self.ratio("source_right", "source_gold"),
            "target_right": self.ratio("target_right", "target_gold"),
            "roles_right": self.ratio("roles_right", "events_found"),
            "date_right": self.ratio("date_right", "date_gold"),
            "location_right": self.ratio("location_right", "location_gold"),
            "location_on_map": self.ratio("location_on_map", "location_right"),
            "date_invented": self.ratio("date_invented", "date_none"),
            "modality_right": self.ratio("modality_right", "events_found"),
            "narratives_recall": self.ratio("narratives_found", "narratives"),
            "narratives_precision": self.ratio("narratives_correct", "narratives_predicted"),
            "narratives_asserted_by_right": self.ratio("narratives_asserted_by_right", "narratives_found"),
        }


#: What issue 15 asks of each set.
TARGETS = {
    "events_precision": (">=", 0.85),
    "events_recall": (">=", 0.70),
    "roles_right": (">=", 0.75),
    "date_right": (">=", 0.85),
    "narratives_precision": (">=", 0.90),
}


def meets(metric: str, value: float | None) -> bool | None:
    return standoff.meets(metric, value, TARGETS)


def _overlaps(start: int, end: int, gold: Mapping[str, Any]) -> bool:
    return min(end, gold["end"]) - max(start, gold["start"]) > 0


def _names(actor: Mapping[str, Any] | None) -> list[str | None]:
    if not actor:
        return []
    return [actor.get("text"), actor.get("canonical"), actor.get("name")]


def _role(
    tally: Tally, where: str, role: str, gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None
) -> bool:
    """Count one role of a matched event; True when it agrees with the gold (both empty counts)."""
    if gold is None:
        if pred:
            tally.add(f"{role}_given_to_none", example=f"{where}: {_names(pred)[0]!r}")
        return not pred
    tally.add(f"{role}_gold")
    names = _names(pred)
    if names and same_speaker(names, gold.get("name")):
        tally.add(f"{role}_right")
        return True
    if names:
        tally.add(f"{role}_wrong", example=f"{where}: {names[0]!r} for {gold.get('name')!r}")
    else:
        tally.add(f"{role}_missing", example=f"{where}: {gold.get('name')!r}")
    return False


def _location(
    tally: Tally, where: str, gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None
) -> None:
    """Count the place of a matched event: right when it is the gold place's span (or a part of it, "حي
    التواهي" / التواهي) or the same name; on the map when a right place also has coordinates."""
    if gold is None:
        return
    tally.add("location_gold")
    if not pred:
        tally.add("location_missing", example=f"{where}: {gold.get('name')!r}")
        return
    if _overlaps(pred["start"], pred["end"], gold) or same_speaker(_names(pred), gold.get("name")):
        tally.add("location_right")
        if pred.get("lat") is not None:
            tally.add("location_on_map")
        else:
            tally.add("location_off_map", example=f"{where}: {pred.get('text')!r}")
    else:
        tally.add("location_wrong", example=f"{where}: {pred.get('text')!r} for {gold.get('name')!r}")


def _predicted_events(doc: Document, tally: Tally) -> list[Annotation]:
    predicted = []
    for ann in doc.layer("events"):
        if ann.attrs.get("extension"):
            tally.add("events_extension_predicted")
        else:
            predicted.append(ann)
    return predicted


def _score_events(item: str, events: Sequence[Mapping[str, Any]], doc: Document, tally: Tally) -> None:
    predicted = _predicted_events(doc, tally)
    for g in events:
        where = f"{item}@{g['start']} {g['type']}"
        matches = [p for p in predicted if p.attrs.get("type") == g["type"] and _overlaps(p.start, p.end, g)]
        tally.add("events_all")
        if matches:
            tally.add("events_all_found")
        if not is_core(g):
            continue
        tally.add("events")
        tally.add(f"events_{g['type']}")
        if not matches:
            other = [p.attrs.get("type") for p in predicted if _overlaps(p.start, p.end, g)]
            tally.add("events_missed", example=f"{where}" + (f" (predicted {other})" if other else ""))
            continue
        tally.add("events_found")
        tally.add(f"events_{g['type']}_found")
        # of several predictions in the sentence, the one whose trigger is nearest the gold trigger
        pred = min(
            matches,
            key=lambda p: abs(p.attrs.get("trigger_start", p.start) - g.get("trigger_start", g["start"])),
        )
        roles_ok = [_role(tally, where, role, g.get(role), pred.attrs.get(role)) for role in ROLES]
        if all(roles_ok):
            tally.add("roles_right")
        _location(tally, where, g.get("location"), pred.attrs.get("location"))
        gold_date = g.get("date")
        if gold_date:
            tally.add("date_gold")
            if pred.attrs.get("date") == gold_date.get("value"):
                tally.add("date_right")
            else:
                tally.add(
                    "date_wrong", example=f"{where}: {pred.attrs.get('date')} for {gold_date.get('value')}"
                )
        else:
            tally.add("date_none")
            if pred.attrs.get("date_source") == "text":
                tally.add("date_invented", example=f"{where}: {pred.attrs.get('date')}")
        if pred.attrs.get("modality") == g.get("modality", "asserted"):
            tally.add("modality_right")
        else:
            tally.add(
                "modality_wrong", example=f"{where}: {pred.attrs.get('modality')} for {g.get('modality')}"
            )
    for p in predicted:
        tally.add("events_predicted")
        same_type = [g for g in events if g["type"] == p.attrs.get("type") and _overlaps(p.start, p.end, g)]
        if same_type:
            tally.add("events_correct")
            continue
        other = [g["type"] for g in events if _overlaps(p.start, p.end, g)]
        key = "events_wrong_type" if other else "events_false"
        tally.add(
            key,
            example=f"{item}@{p.start} {p.attrs.get('type')} {p.attrs.get('trigger')!r}"
            + (f" (gold {other})" if other else ""),
        )


def _score_narratives(
    item: str, narratives: Sequence[Mapping[str, Any]], doc: Document, tally: Tally
) -> None:
    predicted = list(doc.layer("narratives"))
    for g in narratives:
        tally.add("narratives")
        match = next((p for p in predicted if p.label == g["id"] and _overlaps(p.start, p.end, g)), None)
        if match is None:
            tally.add("narratives_missed", example=f"{item}@{g['start']} {g['id']}")
            continue
        tally.add("narratives_found")
        if match.attrs.get("asserted_by") == g.get("asserted_by"):
            tally.add("narratives_asserted_by_right")
    for p in predicted:
        tally.add("narratives_predicted")
        if any(p.label == g["id"] and _overlaps(p.start, p.end, g) for g in narratives):
            tally.add("narratives_correct")
        else:
            tally.add("narratives_false", example=f"{item}@{p.start} {p.label} {p.text!r}")


def score_item(gold: Mapping[str, Any], doc: Document, tally: Tally) -> None:
    """Add one item's counts to ``tally``."""
    _score_events(gold["id"], gold.get("events", []), doc, tally)
    _score_narratives(gold["id"], gold.get("narratives", []), doc, tally)


def score_events(
    gold_items: Sequence[Mapping[str, Any]], docs: Mapping[str, Document], *, by: str = "language"
) -> dict[str, EventTally]:
    """Tallies for the whole set (key ``"all"``) and per value of the gold field ``by`` (else the document's
    language). Every gold item must have its document: a missing prediction is an error, not a zero."""
    tallies: dict[str, EventTally] = defaultdict(EventTally)
    for gold in gold_items:
        doc = docs[gold["id"]]
        for key in ("all", str(gold.get(by) or doc.language or "?")):
            score_item(gold, doc, tallies[key])
    return dict(tallies)


def report_markdown(tallies: Mapping[str, EventTally], title: str) -> str:
    """The metrics table, then what the gold and the prediction hold."""
    lines = standoff.metrics_table(tallies, title, TARGETS)
    counts = tallies["all"].counts
    per_type = ", ".join(
        f"{key.removeprefix('events_')} {n}"
        for key, n in sorted(counts.items())
        if key.startswith("events_") and key.removeprefix("events_").isupper()
    )
    lines += [
        "",
        f"Gold: {counts['events']} events of the core types ({per_type}), {counts['events_all']} in all, "
        f"{counts['date_gold']} matched with a date; {counts['narratives']} narratives. Predicted: "
        f"{counts['events_predicted']} events (+{counts['events_extension_predicted']} statements, not scored), "
        f"{counts['narratives_predicted']} narratives.",
    ]
    return "\n".join(lines)
