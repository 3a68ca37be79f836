"""The doer of an Arabic attack told again: a definite attack noun ("الغارة", "الهجوم") right after an attack told with
a word of its family ("شنت طائرات أخرى غارات ... كما أدت الغارة إلى تدمير", "هاجم انتحاريان حمام سباحة. وأسفر
الهجوم الذي وقع في ...") takes that attack up, so its doer is the doer told then. A word of another family is as often
another attack ("ضربات التحالف ... لا صلة بين الغارات ضد حزب العمال"), and a clash has two sides: neither takes one."""

from __future__ import annotations

import re
from typing import Any

from rasid.extract.events.context import EventContext
from rasid.extract.events.continued import PREPOSITIONS
from rasid.extract.events.roles import same
from rasid.extract.events.syntax import words_before
from rasid.model import Annotation, Span

#: The lexicon groups (``retold_<family>``) of the families of attack words.
_FAMILIES = ("raid", "strike", "assault", "shelling", "blast")
#: How the earlier doer was found: read in its own clause (its subject, its agent, its genitive, a described doer,
#: the verb before it, a claim) or itself taken up; not a speaker's or a possessor's, guessed further off.
_TOLD = frozenset(
    {"subject-after", "subject-before", "described", "source-mark", "agent", "genitive", "continued", "nisba",
     "claimed", "retold"}
)  # fmt: skip


#: A count right before an actor (as written): "قتل في تلك الغارات 7 متمردين" tells a toll, not who raided.
_COUNT_BEFORE = re.compile(r"(?:\d+|عشرات|مئات|آلاف|الاف)\s*$")
#: Characters before an attack noun within which its verb of launching stands (شنت طائرات التحالف غارات).
_LAUNCH_REACH = 40


def _families(ctx: EventContext, span: Span) -> set[str]:
    """The families of the attack word at ``span``."""
    return {f for f in _FAMILIES if ctx.cue_near(f"lex|retold_{f}", span.start, span.end) is not None}


def retold_doer(
    ctx: EventContext,
    trigger: Span,
    earlier_trigger: Span,
    earlier: dict[str, Any],
    target: tuple[Annotation, str] | None,
) -> Annotation | None:
    """The doer of the attack told at ``earlier_trigger`` (with roles ``earlier``) when the attack noun at ``trigger``
    is of the same family, or the earlier verb launched an attack (شنت, نفذ: its object names the family); not the
    target of this one. A doer read before the earlier noun counts only after a verb of launching it."""
    source = earlier["source"]
    if source is None:
        return None
    # "شنت طائرات التحالف غارات": the attack noun after its verb of launching has the verb's subject before it
    launching = ctx.cue_near(
        "lex|retold_launch", max(0, earlier_trigger.start - _LAUNCH_REACH), earlier_trigger.start
    )
    if not (source[1] in _TOLD or (source[1] == "before" and launching is not None)):
        return None
    if _misread(ctx, earlier_trigger, source):
        return None
    now = _families(ctx, trigger)
    launched = ctx.cue_near("lex|retold_launch", earlier_trigger.start, earlier_trigger.end) is not None
    if not now or not (launched or now & _families(ctx, earlier_trigger)):
        return None
    if target is not None and same(source[0], target[0]):
        return None
    return source[0]


def _misread(ctx: EventContext, earlier_trigger: Span, source: tuple[Annotation, str]) -> bool:
    """Whether the earlier doer is a misreading not to be passed on: a "subject" before a word that follows a
    preposition, so a noun ("ردت القوات على قصف الحوثيين": the forces answered the shelling), or a counted
    "genitive" after the noun, its toll ("قتل في تلك الغارات 7 متمردين")."""
    doer, how = source
    if how == "subject-before":
        clitic, words = words_before(ctx.text, earlier_trigger.start, max(0, earlier_trigger.start - 30))
        return clitic.removeprefix("و")[-1:] in ("ب", "ل") or bool(words and words[-1] in PREPOSITIONS)
    if how == "genitive":
        return _COUNT_BEFORE.search(ctx.text, max(0, doer.start - 12), doer.start) is not None
    return False
