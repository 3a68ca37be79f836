"""Stage ``rasid.equipment.v1``: military equipment named in the text, from the KB's catalogue.

Label = the equipment category (``main battle tank``, ``armoured personnel carrier`` …);
``attrs.canonical`` is the catalogue name, ``attrs.kb_id`` its id, ``attrs.origin`` the
country that designed it. Generic classes named without a model (دبابات, المدافع,
قارب نهري) carry ``attrs.generic = true``; a class word right before a model (دبابات
T-72B3) is kept too: both words are evidence, and the class says what the writer called it.

**Forms written together** (``BTR-80/82A``, ``Su-24/25``, ``Mi-8/17``) give **one
annotation** over the whole written form, because the text names them in one breath and a
span must be a contiguous run of the text; ``attrs.models`` lists every model
(``["BTR-80", "BTR-82A"]``), ``attrs.kb_ids`` their ids, and ``attrs.canonical`` joins
them with ``/``. A calibre written after a mention (``عيار 57 ملم``, ``57 mm``) is kept as
``attrs.calibre_mm``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rasid.extract.entities import kb_for
from rasid.extract.matcher import Matcher, PreparedText, equipment_matcher, prepare
from rasid.kb import KnowledgeBase
from rasid.kb.model import Entry
from rasid.model import Document
from rasid.pipeline import register_stage
from rasid.text.normalize import normalize_for_search

STAGE = "rasid.equipment.v1"
LAYER = "equipment"

_CALIBRE = re.compile(
    r"^\s*(?:\(|،|,)?\s*(?:عيار|calibre|caliber|калибра?)?\s*(\d{1,3})\s*(?:ملم|مم|ملليمتر|mm|мм)(?!\w)"
)
#: Words that show a text is military, which an ambiguous class word (المدافع: also "the defender") needs.
_MILITARY = re.compile(
    r"عسكري|الجيش|جيش|القوات|قوات|مدرع|دبابات|army|military|militaire|armee|armees|troops|военн|арми|войск"
)
_CONTEXT_WINDOW = 200


@dataclass(frozen=True, slots=True)
class EquipmentMention:
    start: int
    end: int
    token_start: int
    token_end: int
    entries: tuple[Entry, ...]
    attrs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def category(self) -> str:
        return self.entries[0].category or "equipment"


def _split_models(text: str, matcher: Matcher) -> list[str] | None:
    """Entry ids of a slash form (btr-80/82a -> btr-80, btr-82a), or None when a part is unknown."""
    parts = text.split("/")
    if len(parts) < 2 or not all(parts):
        return None
    first_hits = matcher.lookup((parts[0],))
    if not first_hits:
        return None
    ids = [first_hits[0].entry_id]
    stem = parts[0][: parts[0].rfind("-") + 1] if "-" in parts[0] else ""
    for part in parts[1:]:
        hits = matcher.lookup((part,)) or (matcher.lookup((stem + part,)) if stem else ())
        if not hits:
            return None
        ids.append(hits[0].entry_id)
    return ids


def _calibre(text: str, end: int) -> int | None:
    m = _CALIBRE.match(text, end, min(len(text), end + 40))
    if not m:
        return None
    value = int(m.group(1))  # int() reads Arabic-Indic digits too
    return value if 5 <= value <= 300 else None


def _military_context(prepared: PreparedText, start: int, end: int) -> bool:
    window = prepared.text[max(0, start - _CONTEXT_WINDOW) : end + _CONTEXT_WINDOW]
    return bool(_MILITARY.search(normalize_for_search(window)))


def find_equipment(doc: Document, kb: KnowledgeBase) -> list[EquipmentMention]:
    prepared = prepare(doc.text)
    matcher = equipment_matcher(kb)
    mentions: list[EquipmentMention] = []
    covered: set[int] = set()
    for match in matcher.find(prepared):
        entries = tuple(kb[h.entry_id] for h in match.hits if h.entry_id in kb)
        next_tok = prepared.tokens[match.token_end].text if match.token_end < len(prepared.tokens) else ""
        entries = tuple(e for e in entries if next_tok not in {t.casefold() for t in e.reject_next})
        if entries:
            mentions.append(
                EquipmentMention(match.start, match.end, match.token_start, match.token_end, entries)
            )
            covered.update(range(match.token_start, match.token_end))
    for index, tok in enumerate(prepared.tokens):
        if "/" not in tok.text or index in covered:
            continue
        ids = _split_models(tok.text, matcher)
        if ids:
            start, end = prepared.original_span(index, index + 1)
            entries = tuple(kb[i] for i in ids)
            mentions.append(EquipmentMention(start, end, index, index + 1, entries))
    mentions.sort(key=lambda m: m.start)
    kept = mentions
    confident = [m for m in kept if not m.entries[0].needs_context]
    result = []
    for mention in kept:
        if mention.entries[0].needs_context and not (
            any(c is not mention for c in confident)
            or _military_context(prepared, mention.start, mention.end)
        ):
            continue
        result.append(mention)
    return result


def equipment_attrs(mention: EquipmentMention, text: str) -> dict[str, Any]:
    entries = mention.entries
    first = entries[0]
    attrs: dict[str, Any] = {"canonical": "/".join(e.name for e in entries), "kb_id": first.id}
    if len(entries) > 1:
        attrs["models"] = [e.name for e in entries]
        attrs["kb_ids"] = [e.id for e in entries]
    if first.origin:
        attrs["origin"] = first.origin
    if first.generic:
        attrs["generic"] = True
    calibre = _calibre(text, mention.end)
    if calibre is not None:
        attrs["calibre_mm"] = calibre
    elif "calibre_mm" in first.attrs:
        attrs["calibre_mm"] = first.attrs["calibre_mm"]
    return attrs


@register_stage(
    STAGE,
    provides=(LAYER,),
    description="Military equipment from the KB catalogue: models, generic classes, slash forms, calibres.",
    defaults={"kb_files": (), "use_kb": True},
    check=kb_for,
)
def equipment_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    kb = kb_for(config)
    if kb is None:
        return doc.with_layer(LAYER, ())
    annotations = [
        doc.annotation(
            LAYER,
            m.start,
            m.end,
            m.category,
            attrs=equipment_attrs(m, doc.text),
            stage=STAGE,
            confidence=0.7 if m.entries[0].needs_context else 0.9,
        )
        for m in find_equipment(doc, kb)
    ]
    return doc.with_layer(LAYER, annotations)
