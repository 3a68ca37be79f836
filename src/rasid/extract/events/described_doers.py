"""Doers an Arabic text describes by what they are, not by a name nor as a force the unnamed actors know: a suicide
bomber ("فجر انتحاري نفسه"), a gunman ("مسلح أطلق النار"), a warplane ("قصفت طائرة أخرى"), fighters ("يطلق مقاتلو
المعارضة"), who carried it out ("منفذ التفجير", "تفجيرات نفذها انتحاريون"). Several of their words are adjectives too
("هجوم انتحاري", "عمل إرهابي"), so they are a doer only in the places where a doer stands: as the subject right
after or before a verb trigger, after a verb of carrying out following a noun trigger, or in a construct with it."""

from __future__ import annotations

import re
from bisect import bisect_left

from rasid.extract.events.actors import extend_right
from rasid.extract.events.catalogue import STAGE
from rasid.extract.events.context import EventContext
from rasid.extract.matcher import fold_gap
from rasid.extract.phrases import PhraseMatch
from rasid.model import Annotation, Span

#: The lexicon groups of described doers, by kind (the group's name after ``doer_``), that stand as a subject or an
#: agent; ``doer_executor`` (منفذ) stands only in a construct with the attack noun.
_SUBJECTS = ("attacker", "armed_group", "aircraft")
#: Words (folded) between a doer and its verb that still qualify the doer: "مفجرا انتحاريا آخر فجر".
_OTHER = frozenset({"اخر", "اخري", "اخرون", "اخران"})
#: Tokens after a noun trigger within which a verb of carrying out may stand ("الهجوم الانتحاري الذي نفذه").
_AGENT_REACH = 4
_STOP = re.compile(r"[^\w\s]")


def _doer_cue(
    ctx: EventContext, start: int, end: int, kinds: tuple[str, ...]
) -> tuple[PhraseMatch, str] | None:
    """The longest described-doer phrase starting in the token ``[start, end)``, with its kind."""
    found = [
        (cue, kind)
        for kind in kinds
        for cue in ctx.cues_between(f"lex|doer_{kind}", start, end)
        if start <= cue.span.start < end
    ]
    return max(found, key=lambda f: f[0].span.end, default=None)


def _doer_ending_at(ctx: EventContext, j: int) -> tuple[PhraseMatch, str] | None:
    """A described-doer phrase (subject kinds) ending with token ``j``, with its kind."""
    token = ctx.tokens[j]
    found = [
        (cue, kind)
        for kind in _SUBJECTS
        for cue in ctx.cues_between(f"lex|doer_{kind}", token.start, token.end)
        if cue.span.end == token.end
    ]
    return min(found, key=lambda f: f[0].span.start, default=None)


def _annotation(ctx: EventContext, cue: PhraseMatch, kind: str) -> Annotation:
    start, end = cue.span.start, extend_right(ctx, cue.span.end)  # انتحاري سعودي
    if kind == "armed_group" and ctx.text[start:end].endswith("و"):
        # a construct (مقاتلو المعارضة): the genitive after it says whose fighters they are
        i = ctx.token_index(end)
        if (
            i < len(ctx.tokens)
            and ctx.tokens[i].text.startswith("ال")
            and not ctx.text[end : ctx.tokens[i].start].strip()
        ):
            end = ctx.tokens[i].end
    return ctx.doc.annotation(
        "entities", start, end, "UNNAMED", attrs={"unnamed": "described", "described": kind}, stage=STAGE
    )


def _qualifies_noun(ctx: EventContext, start: int) -> bool:
    """Whether the word before ``start`` is a noun the doer word qualifies as an adjective (هجوم انتحاري)."""
    i = ctx.token_index(start) - 1
    if i < 0 or _STOP.search(ctx.text, ctx.tokens[i].end, start):
        return False
    return ctx.cue_near("lex|qualified_by_doer_word", ctx.tokens[i].start, ctx.tokens[i].end) is not None


def _subject_of_verb(ctx: EventContext, trigger: Span) -> Annotation | None:
    """The doer right after the verb (VSO: "فجر انتحاري نفسه") or right before it ("مسلح أطلق النار")."""
    i = ctx.token_index(trigger.end)
    if i < len(ctx.tokens) and not ctx.text[trigger.end : ctx.tokens[i].start].strip():
        token = ctx.tokens[i]
        after = _doer_cue(ctx, token.start, token.end, _SUBJECTS)
        if after is not None:
            return _annotation(ctx, *after)
    j = ctx.token_index(trigger.start) - 1
    while j >= 0 and fold_gap(ctx.tokens[j].text) in _OTHER:
        j -= 1
    if j < 0 or _STOP.search(ctx.text, ctx.tokens[j].end, trigger.start):
        return None
    before = _doer_ending_at(ctx, j)
    if before is None or _qualifies_noun(ctx, before[0].span.start):
        return None
    return _annotation(ctx, *before)


def _agent_of_noun(ctx: EventContext, trigger: Span) -> Annotation | None:
    """The doer after a verb of carrying out ("تفجيرات نفذها انتحاريون", "على يد إرهابي"), or before the noun in a
    construct ("منفذ التفجير")."""
    j = ctx.token_index(trigger.start) - 1
    if j >= 0 and not ctx.text[ctx.tokens[j].end : trigger.start].strip():
        executor = _doer_cue(ctx, ctx.tokens[j].start, ctx.tokens[j].end, ("executor",))
        if executor is not None:
            named = _person_ending_at(ctx, executor[0].span.start)
            return named if named is not None else _annotation(ctx, *executor)
    undertaker = _undertaker(ctx, trigger)
    if undertaker is not None:
        return undertaker
    i = ctx.token_index(trigger.end)
    for k in range(i, min(i + _AGENT_REACH, len(ctx.tokens))):
        if _STOP.search(ctx.text, trigger.end, ctx.tokens[k].start):
            return None
        verb = ctx.cue_near("lex|carried_out_by", ctx.tokens[k].start, ctx.tokens[k].end)
        if verb is None or verb.span.start < ctx.tokens[k].start:
            continue
        n = ctx.token_index(verb.span.end)
        if n >= len(ctx.tokens) or ctx.text[verb.span.end : ctx.tokens[n].start].strip():
            return None
        agent = _doer_cue(ctx, ctx.tokens[n].start, ctx.tokens[n].end, _SUBJECTS)
        return _annotation(ctx, *agent) if agent is not None else None
    return None


def _undertaker(ctx: EventContext, trigger: Span) -> Annotation | None:
    """The doer between a verb of undertaking and ب/على before the noun: "قامت المروحيات بقصف", "إقدام شخص انتحاري
    على تفجير نفسه"."""
    t = (
        ctx.token_index(trigger.start + 1) - 1
    )  # the trigger's token (with a glued ب it starts before the trigger)
    if t < 1:
        return None
    if ctx.text[ctx.tokens[t].start : trigger.start] == "ب":
        j = t - 1
    elif fold_gap(ctx.tokens[t - 1].text) == "علي":
        j = t - 2
    else:
        return None
    if j < 1 or _STOP.search(ctx.text, ctx.tokens[j].end, trigger.start):
        return None
    found = _doer_ending_at(ctx, j)
    if found is None:
        return None
    cue, kind = found
    k = ctx.token_index(cue.span.start) - 1
    if k < 0 or ctx.cue_near("lex|undertaking", ctx.tokens[k].start, ctx.tokens[k].end) is None:
        return None
    return _annotation(ctx, cue, kind)


def _person_ending_at(ctx: EventContext, start: int) -> Annotation | None:
    """The person named right before the word at ``start``: "سيف الدين الرزقي منفذ الهجوم" names who carried it out."""
    i = bisect_left(ctx.entity_starts, start) - 1
    while i >= 0 and ctx.entities[i].end > start:
        i -= 1
    if i >= 0 and ctx.entities[i].label == "PER" and not ctx.text[ctx.entities[i].end : start].strip():
        return ctx.entities[i]
    return None


def described_doer(
    ctx: EventContext, trigger: Span, is_verb: bool, taken: list[Annotation]
) -> Annotation | None:
    """The described doer of an Arabic attack trigger standing where its subject or agent stands, if any; not one
    of ``taken`` (the event's other party)."""
    # a phrase trigger (فجر نفسه, أطلقوا النار) is often a verb with its object: its subject stands as a verb's does
    phrase = " " in ctx.text[trigger.start : trigger.end].strip()
    doer = _subject_of_verb(ctx, trigger) if is_verb or phrase else None
    if doer is None and not is_verb:
        doer = _agent_of_noun(ctx, trigger)
    if doer is None or any(a.start < doer.end and doer.start < a.end for a in taken):
        return None
    return doer
