"""Parties of an agreement or of talks named by a description, not by a name: القوى العالمية, الدول الست,
الدائنين (the catalogue's ``described_party`` group), a side by its head and a country's nisba (الحكومة اليونانية,
الإدارة الأمريكية, الجانب الصيني: ``party_head``; not ``not_country_nisba``: الإدارة المالية), or a people by the
plural of that nisba after "with" or "between" (مع اليونانيين, بين الأميركيين والحوثيين).

A type with ``described_parties: true`` lets them take a role like a name: without them an agreement "reached with
the world powers" or talks "with the Greeks" have one party or none, and are dropped."""

from __future__ import annotations

import re

from rasid.extract.events.actors import AR_CLITIC_BEFORE_ARTICLE, nisba_country
from rasid.extract.events.catalogue import STAGE
from rasid.extract.events.context import EventContext
from rasid.extract.matcher import fold_gap
from rasid.model import Annotation

#: The feminine of a nisba (اليونانية, folded اليونانيه) names the same country as the masculine (اليوناني).
_AR_FEMININE_NISBA = re.compile(r"^((?:[وفبل]|لل)?ال\w{2,}ي)[هة]$")
#: The plural of a nisba (اليونانيين, الإيرانيون): the people of that country as a party.
_AR_PLURAL_NISBA = re.compile(r"^(?:[وفبل]|لل)?(ال\w{2,}ي)(?:ين|ون)$")
#: The words after which a plural nisba is a party of talks or an agreement (مع اليونانيين, بين الأميركيين و...);
#: elsewhere it is as often the subject of another verb (استقبل اليونانيون النبأ) or a noun's adjective.
_AR_PARTY_MARKS = frozenset(fold_gap(w) for w in ("مع", "بين"))


def described_parties(ctx: EventContext, lo: int, hi: int) -> list[Annotation]:
    """The parties named by a description that start in ``[lo, hi)``, in text order."""
    if ctx.doc.language != "ar":
        return []
    out = [
        _annotation(ctx, c.span.start, c.span.end, None)
        for c in ctx.cues_between("lex|described_party", lo, hi)
    ]
    for cue in ctx.cues_between("lex|party_head", lo, hi):
        i = ctx.token_index(cue.span.end)
        if i >= len(ctx.tokens) or ctx.text[cue.span.end : ctx.tokens[i].start].strip():
            continue  # the nisba follows the head directly: الحكومة اليونانية
        token = ctx.tokens[i]
        word = fold_gap(ctx.text[token.start : token.end])
        feminine = _AR_FEMININE_NISBA.match(word)
        if ctx.cues_between("lex|not_country_nisba", token.start, token.end):
            continue  # النظام المالي, الإدارة المالية: "financial", not Mali's
        country = nisba_country(ctx, feminine.group(1) if feminine else word)
        if country is not None:
            out.append(_annotation(ctx, cue.span.start, token.end, country))
    parties: set[int] = set()  # tokens read as a people: the next one joined by و is the pair's other
    for i in range(ctx.token_index(lo), len(ctx.tokens)):
        token = ctx.tokens[i]
        if token.start >= hi:
            break
        word = fold_gap(ctx.text[token.start : token.end])
        plural = _AR_PLURAL_NISBA.match(word)
        # "بين الإسرائيليين والفلسطينيين": the second of the pair stands after the first, joined by و
        paired = word.startswith("و") and i - 1 in parties
        if plural is None or not (_after_party_mark(ctx, i) or paired):
            continue
        country = nisba_country(ctx, plural.group(1))
        if country is not None:
            parties.add(i)
            out.append(_annotation(ctx, token.start + (1 if paired else 0), token.end, country))
    return sorted(out, key=lambda a: a.start)


def _after_party_mark(ctx: EventContext, i: int) -> bool:
    """Whether token ``i`` comes right after "with" or "between", nothing but a space between them."""
    if i == 0 or ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start].strip():
        return False
    return fold_gap(ctx.text[ctx.tokens[i - 1].start : ctx.tokens[i - 1].end]) in _AR_PARTY_MARKS


def _annotation(ctx: EventContext, start: int, end: int, country: tuple[str, str] | None) -> Annotation:
    """A described party; a country's side carries that country's KB id and name (for linking and scoring)."""
    clitic = AR_CLITIC_BEFORE_ARTICLE.match(ctx.text, start, end)
    if clitic:
        start = clitic.end()  # والحكومة اليونانية: the "and" is not part of the party
    attrs: dict[str, str | None] = {"unnamed": "described_party"}
    if country is not None:
        kb_id, code = country
        entry = ctx.kb.get(kb_id) if ctx.kb is not None else None
        attrs |= {"country": code, "kb_id": kb_id, "canonical": entry.name if entry else None}
    return ctx.doc.annotation("entities", start, end, "UNNAMED", attrs=attrs, stage=STAGE)
