"""Stage ``rasid.coref.v1``: link later short mentions and role phrases to a person named in full.

Runs after ``rasid.entities`` and extends its layer:

* **short forms** — after ألو بوا ديارا, a later ديارا (or وديارا, لديارا) is the same person.
  Short forms are the last word of a full name and the KB entry's ``short`` names (surnames
  kept out of general matching because they are common: Diarra, Diop, Traoré). Each gets the
  antecedent's ``canonical`` (and ``kb_id``), and ``attrs.coref_of`` = start offset of the
  nearest full mention before it. KB matches that were already short (لافروف) get
  ``coref_of`` too when a full mention precedes them.
* **role phrases** — القائد العسكري, the minister, le général … refer back to a person
  when exactly one person named before it has that role class (from the KB entry's
  ``attrs.role_class`` or the title that introduced them) and, if the phrase names a
  country (القائد العسكري في مالي), that person is not of another country. A role phrase
  that is itself a title (الرئيس الروسي فلاديمير بوتين) is left alone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from rasid.extract.entities import LAYER, kb_for, load_cues
from rasid.extract.matcher import Matcher, PreparedText, alias_tokens, prepare
from rasid.kb import KnowledgeBase
from rasid.model import Annotation, Document
from rasid.pipeline import register_stage
from rasid.text.tokens import is_arabic

STAGE = "rasid.coref.v1"
CONF_SHORT = 0.85
CONF_ROLE = 0.7
#: A short form shorter than this (in normalised characters) is too likely to be something else.
MIN_SHORT = 3


def _token_ranges(prepared: PreparedText) -> tuple[list[int], list[int]]:
    return list(map(_START, prepared.tokens)), list(map(_END, prepared.tokens))  # in C, not per token


_START, _END = itemgetter(1), itemgetter(2)  # Token.start, Token.end


def _tokens_of(ann: Annotation, starts: Sequence[int], ends: Sequence[int]) -> tuple[int, int]:
    """Token range ``[a, b)`` that an annotation covers."""
    a = bisect_right(ends, ann.start)
    b = bisect_left(starts, ann.end)
    return a, max(a, b)


def _role_class(ann: Annotation, kb: KnowledgeBase | None) -> str | None:
    if ann.attrs.get("role_class") and ann.attrs.get("role_class") != "honorific":
        return str(ann.attrs["role_class"])
    entry = kb.get(ann.attrs["kb_id"]) if kb is not None and ann.attrs.get("kb_id") else None
    if entry is not None:
        return entry.attrs.get("role_class") or (
            str(ann.attrs.get("role_class")) if ann.attrs.get("role_class") else None
        )
    return None


def _country(ann: Annotation, kb: KnowledgeBase | None) -> str | None:
    if ann.attrs.get("country"):
        return str(ann.attrs["country"])
    entry = kb.get(ann.attrs["kb_id"]) if kb is not None and ann.attrs.get("kb_id") else None
    return entry.country if entry is not None else None


def _link_attrs(antecedent: Annotation, mention: str) -> dict[str, Any]:
    attrs: dict[str, Any] = {"canonical": antecedent.attrs.get("canonical", antecedent.text)}
    for key in ("kb_id", "country", "wikidata"):
        if key in antecedent.attrs:
            attrs[key] = antecedent.attrs[key]
    attrs["coref_of"] = antecedent.start
    attrs["mention"] = mention
    return attrs


def resolve_coreference(doc: Document, kb: KnowledgeBase | None) -> list[Annotation]:
    """The entities layer with short forms and role phrases linked to their antecedents."""
    existing = list(doc.layer(LAYER))
    prepared = prepare(doc.text)
    if not prepared.tokens:
        return existing
    cues = load_cues()
    starts, ends = _token_ranges(prepared)
    occupied = [False] * len(prepared.tokens)
    for ann in existing:
        a, b = _tokens_of(ann, starts, ends)
        for i in range(a, b):
            occupied[i] = True

    people = [a for a in existing if a.label == "PER"]
    full = [a for a in people if len(alias_tokens(a.text)) >= 2 and "coref_of" not in a.attrs]
    out: list[Annotation] = []
    # KB matches that are already short (لافروف): note their antecedent.
    for ann in existing:
        if ann.label == "PER" and ann not in full and "coref_of" not in ann.attrs:
            before = [
                f
                for f in full
                if f.start < ann.start and f.attrs.get("canonical") == ann.attrs.get("canonical")
            ]
            if before:
                attrs = {**ann.attrs, "coref_of": before[-1].start, "mention": "short"}
                ann = doc.annotation(
                    LAYER,
                    ann.start,
                    ann.end,
                    ann.label,
                    attrs=attrs,
                    stage=ann.stage,
                    confidence=ann.confidence,
                )
        out.append(ann)

    # Short forms: a per-document trie of the last names of people named in full.
    shorts = Matcher()
    for index, ann in enumerate(full):
        forms = {doc.text[ann.start : ann.end].split()[-1]}
        entry = kb.get(ann.attrs["kb_id"]) if kb is not None and ann.attrs.get("kb_id") else None
        if entry is not None:
            forms.update(name for _, name in entry.short_names())
        for form in forms:
            tokens = alias_tokens(form)
            if not tokens or len("".join(tokens)) < MIN_SHORT:
                continue
            if len(tokens) == 1 and (tokens[0] in cues.stop_ar or tokens[0] in cues.particles_ar):
                continue
            if not is_arabic(form) and not form[:1].isupper():
                continue
            shorts.add_phrase(str(index), "any", form)
    # A one-word person found by a title (M. Diop) that is the short form of a full mention: relink it.
    unlinked = {
        (a.start, a.end): i
        for i, a in enumerate(out)
        if a.label == "PER" and "kb_id" not in a.attrs and "coref_of" not in a.attrs and a not in full
    }
    for match in shorts.find(prepared):
        if (match.start, match.end) in unlinked:
            before = [full[int(h.entry_id)] for h in match.hits if full[int(h.entry_id)].end <= match.start]
            if before:
                index = unlinked[(match.start, match.end)]
                old = out[index]
                antecedent = max(before, key=lambda a: a.start)
                attrs = {**old.attrs, **_link_attrs(antecedent, "short")}
                out[index] = doc.annotation(
                    LAYER, old.start, old.end, "PER", attrs=attrs, stage=STAGE, confidence=CONF_SHORT
                )
            continue
        if any(occupied[i] for i in range(match.token_start, match.token_end)):
            continue
        antecedents = [full[int(h.entry_id)] for h in match.hits]
        before = [a for a in antecedents if a.end <= match.start]
        if not before:
            continue  # only later mentions refer back
        antecedent = max(before, key=lambda a: a.start)
        out.append(
            doc.annotation(LAYER, match.start, match.end, "PER", attrs=_link_attrs(antecedent, "short"), stage=STAGE, confidence=CONF_SHORT)
        )  # fmt: skip
        for i in range(match.token_start, match.token_end):
            occupied[i] = True

    # Role phrases: القائد العسكري -> the one military person named before.
    token_start_of = {(_tokens_of(a, starts, ends)[0]): a for a in out}
    for match in cues.roles.find(prepared):
        if any(occupied[i] for i in range(match.token_start, match.token_end)):
            continue
        role_class = match.hits[0].entry_id.split(":", 1)[1]
        # Skip adjectives / "in X"; a person right after means the phrase is a title, not a reference.
        k, country = match.token_end, None
        while k < len(prepared.tokens) and k - match.token_end < 4 and prepared.gap_is_joinable(k - 1):
            named = token_start_of.get(k)
            if named is not None:
                if named.label == "PER":
                    country = "TITLE"
                    break
                if named.label == "GPE":
                    country = _country(named, kb)
                k = _tokens_of(named, starts, ends)[1]
                continue
            tok = prepared.tokens[k].text
            if tok in cues.modifiers or tok.startswith("ال"):
                k += 1
                continue
            break
        if country == "TITLE":
            continue
        candidates = [
            p for p in out
            if p.label == "PER" and p.end <= match.start and "coref_of" not in p.attrs and _role_class(p, kb) == role_class
            and (country is None or _country(p, kb) in (None, country))
        ]  # fmt: skip
        if len({c.attrs.get("canonical") for c in candidates}) != 1:
            continue  # nobody, or more than one person fits: leave it unresolved
        antecedent = max(candidates, key=lambda a: a.start)
        out.append(
            doc.annotation(LAYER, match.start, match.end, "PER", attrs=_link_attrs(antecedent, "role"), stage=STAGE, confidence=CONF_ROLE)
        )  # fmt: skip
        for i in range(match.token_start, match.token_end):
            occupied[i] = True
    return out


@register_stage(
    STAGE,
    requires=(LAYER,),
    provides=(LAYER,),
    description="In-document coreference: later short names and role phrases linked to the person named in full.",
    defaults={"kb_files": (), "use_kb": True},
)
def coref_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    return doc.with_layer(LAYER, resolve_coreference(doc, kb_for(config)))
