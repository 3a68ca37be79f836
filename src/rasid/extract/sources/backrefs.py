"""Back-references: an outlet cited again by its head noun alone ("По данным издания", "Агентство отмечает",
"L'agence a noté", "وقالت الوكالة إن") after the text named it as a source. The back-reference is a cited
source of its own, resolved to that outlet, with ``attrs.via = "back_reference"``."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasid.extract.cues import B_END, alternation, fold, load_cues
from rasid.extract.sources.cues import SourceCues
from rasid.extract.sources.found import Found

#: The kinds of source an outlet is named in before it can be pointed back to.
_ANTECEDENT_KINDS = ("cited_outlet", "told_outlet", "interview", "agency")
#: The head kind that fits every outlet.
_ANY = "any"
#: How far before its antecedent's name a head noun still belongs to it ("сообщает газета The New York Times").
_HEAD_REACH = 40


@dataclass(frozen=True)
class _BackRefCues:
    cue_then_head: re.Pattern[str]
    head_then_verb: re.Pattern[str]
    head_kinds: Mapping[str, str]  # folded head -> kind
    needs_one: frozenset[str]  # folded heads whose outlet must be the only one of its kind named before
    kind_words: Mapping[str, tuple[str, ...]]  # kind -> folded stems


@lru_cache(maxsize=8)
def _cues(extra_files: tuple[str, ...]) -> _BackRefCues:
    data = load_cues("sources", extra_files)
    head_kinds = {fold(h): kind for kind, heads in data["back_reference_heads"].items() for h in heads}
    heads = alternation(head_kinds)
    nexts = alternation(data["back_reference_next_words"])
    cue_then_head = re.compile(
        rf"(?<![^\W_])[وف]?(?:{alternation(data['back_reference_cues'])})\s+(?P<head>{heads})"
        rf"(?=\s*[,.;:!?\n]|\s+(?:{nexts}){B_END})"
    )
    # the head opens a clause: at a line's start, after punctuation or after "and"
    head_then_verb = re.compile(
        rf"(?:^|(?<=[.!?;:,\n\"»”])\s*|(?<![^\W_])(?:et|and|и|а|но)\s+)(?P<head>{heads})\s+"
        rf"(?:{alternation(data['back_reference_verbs'])}){B_END}",
        re.MULTILINE,
    )
    kind_words = {kind: tuple(fold(w) for w in words) for kind, words in data["outlet_kind_words"].items()}
    needs_one = frozenset(fold(h) for h in data["back_reference_needs_one_outlet"])
    return _BackRefCues(cue_then_head, head_then_verb, head_kinds, needs_one, kind_words)


def back_references(
    sc: SourceCues, folded: str, found: Sequence[Found], extra_files: tuple[str, ...] = ()
) -> list[Found]:
    """A cited source for each back-reference whose antecedent is clear: the last outlet of the head's kind
    named as a source before it, with no other word of that kind between them."""
    cues = _cues(extra_files)
    named = [f for f in found if f.kind in _ANTECEDENT_KINDS and _outlet_name(f)]
    if not named:
        return []
    out: list[Found] = []
    matches = sorted(
        (m for pattern in (cues.cue_then_head, cues.head_then_verb) for m in pattern.finditer(folded)),
        key=lambda m: m.start(),
    )
    for m in matches:
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if any(f.start < m.end() and m.start() < f.end for f in [*found, *out]):
            continue  # a named outlet ("сообщает агентство Reuters"): read by the other finders
        head = re.sub(r"\s+", " ", m.group("head"))
        antecedent = _antecedent(sc, folded, named, cues, head, start)
        if antecedent is not None:
            attrs = {
                "outlet": antecedent.attrs.get("outlet"),
                "kb_id": antecedent.attrs.get("kb_id"),
                "via": "back_reference",
            }
            if antecedent.attrs.get("outlet") is None:
                attrs["outlet_text"] = antecedent.attrs.get("outlet_text")
            out.append(Found(start, m.end(), "cited_outlet", attrs))
            named.append(out[-1])  # "Издание пишет … Издание пишет": the second points back to the first
    return out


def _outlet_name(f: Found) -> str | None:
    name = f.attrs.get("outlet") or f.attrs.get("outlet_text")
    return str(name) if name else None


#: An Arabic outlet written with a nationality adjective alone, without the article ("ذكرت صحيفة تركية"):
#: "a Turkish paper", no name.
_NISBA_ONLY = re.compile(r"[^\W\d_]+(?:يه|ية)")


def _described_only(f: Found) -> bool:
    """An outlet the text only describes ("صحيفة تركية" before "وذكرت صحيفة حرييت")."""
    text = f.attrs.get("outlet_text")
    return (
        f.attrs.get("outlet") is None
        and bool(text)
        and not str(text).startswith("ال")
        and (_NISBA_ONLY.fullmatch(str(text)) is not None)
    )


def _antecedent(
    sc: SourceCues, folded: str, named: Sequence[Found], cues: _BackRefCues, head: str, at: int
) -> Found | None:
    kind = cues.head_kinds[head]
    before = [f for f in named if f.end <= at and (kind == _ANY or kind in _kinds(sc, folded, f, cues))]
    if not before:
        return None
    last = max(
        before, key=lambda f: (f.end, f.attrs.get("kb_id") is not None, f.attrs.get("outlet") is not None)
    )
    # an outlet only described ("صحيفة تركية") does not make a named one before or after it ambiguous
    if (
        head in cues.needs_one
        and _distinct_outlets([f for f in before if not _described_only(f)] or before) != 1
    ):
        return None
    # the last word of the head's kind before it must be the antecedent's own (or there is none)
    stems = cues.kind_words.get(kind, ())
    own_from = max(0, last.start - _HEAD_REACH)
    if any(stem in folded[last.end : at] for stem in stems):
        return None
    if any(stem in folded[:own_from] for stem in stems) and not any(
        stem in folded[own_from : last.end] for stem in stems
    ):
        return None
    return last


def _distinct_outlets(named: Sequence[Found]) -> int:
    """How many outlets ``named`` names: the names found on one span ("وكالة الأنباء الألمانية" as written and
    as the agency's canonical name) are one outlet, and so are mentions sharing a name."""
    mentions: list[tuple[int, set[str]]] = []  # (end, names) of each run of overlapping spans
    for f in sorted(named, key=lambda f: f.start):
        name = _outlet_name(f) or ""
        if mentions and f.start < mentions[-1][0]:
            mentions[-1] = (max(mentions[-1][0], f.end), mentions[-1][1] | {name})
        else:
            mentions.append((f.end, {name}))
    outlets: list[set[str]] = []
    for _, names in mentions:
        same = next((o for o in outlets if o & names), None)
        if same is None:
            outlets.append(set(names))
        else:
            same |= names
    return len(outlets)


def _kinds(sc: SourceCues, folded: str, f: Found, cues: _BackRefCues) -> set[str]:
    """The kinds of outlet ``f`` names: from a head noun written with it, its KB entry, the agencies table."""
    told = folded[max(0, f.start - _HEAD_REACH) : f.end]
    if f.attrs.get("kb_id") and sc.kb is not None and (entry := sc.kb.get(f.attrs["kb_id"])) is not None:
        told += " " + fold(" ".join([name for _, name in entry.names()] + [entry.description or ""]))
    kinds = {kind for kind, stems in cues.kind_words.items() if any(stem in told for stem in stems)}
    outlet = f.attrs.get("outlet")
    if outlet and fold(outlet) in sc.agencies and sc.agencies[fold(outlet)].name == outlet:
        kinds.add("agency")
    return kinds
