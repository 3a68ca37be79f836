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

import re
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
#: The second half of compound names (عبد الله، عطا الله): never a short form of its own.
_GOD = "الله"


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


class _Antecedents:
    """People a later mention can refer back to, asked "who ends by ``pos``?" by bisection.

    Built once per document, so each later mention costs ``O(log n)`` instead of a scan of every
    person before it (a scan made long articles quadratic). Sorted by end; for the first ``k + 1``
    of them, ``best[k]`` is the one a scan would pick (latest start, earliest in document order on
    a tie) and ``mixed[k]`` whether they name more than one ``canonical``.
    """

    def __init__(self, people: Sequence[tuple[int, Annotation]]) -> None:
        ordered = sorted(people, key=lambda item: (item[1].end, item[0]))
        self.ends = [ann.end for _, ann in ordered]
        self.first_canonical = ordered[0][1].attrs.get("canonical") if ordered else None
        self.best: list[tuple[int, int, Annotation]] = []  # (start, -order, annotation)
        self.mixed: list[bool] = []
        best: tuple[int, int, Annotation] | None = None
        mixed = False
        for order, ann in ordered:
            if best is None or (ann.start, -order) > best[:2]:
                best = (ann.start, -order, ann)
            mixed = mixed or ann.attrs.get("canonical") != self.first_canonical
            self.best.append(best)
            self.mixed.append(mixed)

    def before(self, pos: int) -> int:
        """How many of them end at or before ``pos``."""
        return bisect_right(self.ends, pos)


def _latest(groups: Sequence[_Antecedents], pos: int, *, one_person: bool) -> Annotation | None:
    """The latest person of ``groups`` ending by ``pos``; with ``one_person``, only when all of
    those name the same ``canonical`` (else nobody: two people fit)."""
    best: tuple[int, int, Annotation] | None = None
    canonicals = set()
    for group in groups:
        k = group.before(pos)
        if k == 0:
            continue
        if one_person and group.mixed[k - 1]:
            return None
        canonicals.add(group.first_canonical)
        if best is None or group.best[k - 1][:2] > best[:2]:
            best = group.best[k - 1]
    if best is None or (one_person and len(canonicals) != 1):
        return None
    return best[2]


def resolve_coreference(doc: Document, kb: KnowledgeBase | None) -> list[Annotation]:
    """The entities layer with short forms and role phrases linked to their antecedents.

    Linear in the size of the document (up to a log factor): every look-back is a bisection.
    """
    existing = list(doc.layer(LAYER))  # in text order
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

    is_full = [
        a.label == "PER" and len(alias_tokens(a.text)) >= 2 and "coref_of" not in a.attrs for a in existing
    ]
    full = [a for a, f in zip(existing, is_full, strict=True) if f]
    full_starts: dict[Any, list[int]] = {}  # canonical -> starts of its full mentions, in order
    for ann in full:
        full_starts.setdefault(ann.attrs.get("canonical"), []).append(ann.start)
    out: list[Annotation] = []
    # KB matches that are already short (لافروف): note their antecedent.
    for ann, ann_is_full in zip(existing, is_full, strict=True):
        if ann.label == "PER" and not ann_is_full and "coref_of" not in ann.attrs:
            same = full_starts.get(ann.attrs.get("canonical"), [])
            k = bisect_left(same, ann.start)
            if k:
                attrs = {**ann.attrs, "coref_of": same[k - 1], "mention": "short"}
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

    # Short forms: a per-document trie of the last names of people named in full, each form once.
    shorts = Matcher()
    owners: dict[str, list[tuple[int, Annotation]]] = {}  # form -> the full mentions it shortens
    for index, ann in enumerate(full):
        forms = {doc.text[ann.start : ann.end].split()[-1]}
        entry = kb.get(ann.attrs["kb_id"]) if kb is not None and ann.attrs.get("kb_id") else None
        if entry is not None:
            forms.update(name for _, name in entry.short_names())
        for form in forms:
            tokens = alias_tokens(form)
            if not tokens or len("".join(tokens)) < MIN_SHORT:
                continue
            if len(tokens) == 1 and (
                tokens[0] in cues.stop_ar or tokens[0] in cues.particles_ar or tokens[0] == _GOD
            ):
                continue  # الله ends عبد الله or نصر الله but never names the person alone (صلى الله عليه)
            if not is_arabic(form) and not form[:1].isupper():
                continue
            if form not in owners:
                shorts.add_phrase(form, "any", form)
            owners.setdefault(form, []).append((index, ann))
    by_form = {form: _Antecedents(people) for form, people in owners.items()}
    # A one-word person found by a title (M. Diop) that is the short form of a full mention: relink it.
    unlinked = {
        (a.start, a.end): i
        for i, a in enumerate(out)
        if a.label == "PER" and "kb_id" not in a.attrs and "coref_of" not in a.attrs and not is_full[i]
    }
    for match in shorts.find(prepared):
        groups = [by_form[h.entry_id] for h in match.hits]
        if (match.start, match.end) in unlinked:
            antecedent = _latest(groups, match.start, one_person=False)
            if antecedent is not None:
                index = unlinked[(match.start, match.end)]
                old = out[index]
                attrs = {**old.attrs, **_link_attrs(antecedent, "short")}
                out[index] = doc.annotation(
                    LAYER, old.start, old.end, "PER", attrs=attrs, stage=STAGE, confidence=CONF_SHORT
                )
            continue
        if any(occupied[i] for i in range(match.token_start, match.token_end)):
            continue
        antecedent = _latest(groups, match.start, one_person=False)
        if antecedent is None:
            continue  # only later mentions refer back
        out.append(
            doc.annotation(LAYER, match.start, match.end, "PER", attrs=_link_attrs(antecedent, "short"), stage=STAGE, confidence=CONF_SHORT)
        )  # fmt: skip
        for i in range(match.token_start, match.token_end):
            occupied[i] = True

    # Role phrases: القائد العسكري -> the one military person named before. The people they can
    # refer to are fixed now (links made below carry coref_of): grouped by role class, and by
    # role class and country for a phrase that names a country.
    by_role: dict[tuple[str, Any], list[tuple[int, Annotation]]] = {}
    for order, p in enumerate(out):
        if p.label != "PER" or ("coref_of" in p.attrs and "title" not in p.attrs):
            continue  # a short form counts only when its own title gives the role (le ministre Sana)
        role_class = _role_class(p, kb)
        if role_class is None:
            continue
        by_role.setdefault((role_class, _ANY_COUNTRY), []).append((order, p))
        by_role.setdefault((role_class, _country(p, kb)), []).append((order, p))
    role_people = {key: _Antecedents(people) for key, people in by_role.items()}
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
        keys = (
            [(role_class, _ANY_COUNTRY)] if country is None else [(role_class, None), (role_class, country)]
        )
        groups = [role_people[key] for key in keys if key in role_people]
        antecedent = _latest(groups, match.start, one_person=True)
        if antecedent is None:
            continue  # nobody, or more than one person fits: leave it unresolved
        if _nationality_of_another(doc.text, match.start, match.end, antecedent, out):
            continue  # "le président nigérien" after "Macron a reçu son homologue nigérien Bazoum"
        out.append(
            doc.annotation(LAYER, match.start, match.end, "PER", attrs=_link_attrs(antecedent, "role"), stage=STAGE, confidence=CONF_ROLE)
        )  # fmt: skip
        for i in range(match.token_start, match.token_end):
            occupied[i] = True
    return out


#: fr/en/ru adjectives of nationality (nigérien, malienne, Nigerien, российский), matched lower-cased.
_NATIONALITY = re.compile(
    r"\w{3,}(?:ien|ienne|ain|aine|ais|aise|ois|oise|ian|ese|ish|ийский|ийская|инский|инская|анский|анская)$"
)
#: How far before a person's mention the adjective that introduced them may stand.
NATIONALITY_CHARS = 40


def _nationality_of_another(
    text: str, start: int, end: int, antecedent: Annotation, people: Sequence[Annotation]
) -> bool:
    """fr/en/ru: the role phrase carries a nationality adjective (le président nigérien, the Nigerien
    president) that the text wrote before another person (son homologue nigérien X) and never
    before the antecedent: it is that other person's role, not the antecedent's."""
    if is_arabic(text[start:end]):
        return False
    near = (
        re.findall(r"\w+", text[max(0, start - 25) : start])[-2:]
        + re.findall(r"\w+", text[end : end + 25])[:2]
    )
    stems = {w.lower()[:6] for w in near if _NATIONALITY.match(w.lower())}
    if not stems:
        return False

    def introduced(p: Annotation) -> bool:
        before = text[max(0, p.start - NATIONALITY_CHARS) : p.start].lower()
        return any(w[:6] in stems for w in re.findall(r"\w+", before))

    canonical = antecedent.attrs.get("canonical")
    persons = [p for p in people if p.label == "PER" and p.start < start]
    theirs = any(introduced(p) for p in persons if p.attrs.get("canonical") == canonical)
    return not theirs and any(introduced(p) for p in persons if p.attrs.get("canonical") != canonical)


#: Group key for "any country" (a country key may itself be ``None``: a person of no known country).
_ANY_COUNTRY = object()


@register_stage(
    STAGE,
    requires=(LAYER,),
    provides=(LAYER,),
    description="In-document coreference: later short names and role phrases linked to the person named in full.",
    defaults={"kb_files": (), "use_kb": True},
    check=kb_for,
)
def coref_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    return doc.with_layer(LAYER, resolve_coreference(doc, kb_for(config)))
