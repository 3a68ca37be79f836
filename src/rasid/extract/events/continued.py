"""The doer of an Arabic verb that goes on with the clause before it: "، و" and a verb with no subject of its own
("وكان المسلح اقتحم المقهى في وسط المدينة، وأطلق النار", "أن المقاومة سيطرت على المباني، ونشرت مقاتليها"). Its
subject is the subject of that clause, which may stand further back than the type's window."""

from __future__ import annotations

import re

from rasid.extract.events.actors import unnamed_in
from rasid.extract.events.catalogue import ACTOR_TYPES, CLAUSE_BREAK, COMPLEMENTIZERS, folded_set
from rasid.extract.events.context import EventContext
from rasid.extract.events.parties import is_speaker, is_victim
from rasid.extract.events.roles import is_country
from rasid.extract.events.syntax import opens_clause, words_before
from rasid.extract.matcher import fold_gap
from rasid.model import Annotation, Span

#: Words (folded) that may stand before the subject at the head of its clause: an auxiliary and the verb itself
#: ("وكان المسلح اقتحم", "استولت المقاومة على"); more words make the first actor an object or a genitive.
_SUBJECT_REACH = 2
#: Prepositions (folded) that make the actor after them another word's argument, not a subject.
PREPOSITIONS = folded_set(
    ["من", "في", "عن", "على", "مع", "بين", "لدى", "حول", "ضد", "عبر", "منذ", "خلال", "عند", "نحو", "إلى", "الى"]
)  # fmt: skip
_SEGMENT_BREAK = re.compile(r"[,،]")
#: An Arabic verb that shows its person (folded): a suffix (هاجمت, هاجموا) or a prefix before at least three letters
#: (أطلق, يقصف, تستهدف); a bare three-letter form (نشر, قصف) may be the verbal noun.
_INFLECTED_VERB = re.compile(r"^(?:\w{3,}(?:ت|وا|ن)|[ايت]\w{3,})$")


def continued_subject(
    ctx: EventContext, sentence: Span, trigger: Span, taken: list[Annotation]
) -> Annotation | None:
    """The subject of the clause a verb glued to و goes on with: the first actor of the comma segment before it (with
    "، و") or of its own segment (with a bare و: "أن القوات أحاطت الطرق ونشرت سيارات"), standing at its head (at most
    an auxiliary and the verb before it) with no preposition before it; not a speaker, a victim, a bystander nor one
    of ``taken`` (the event's other party)."""
    text = ctx.text
    if (
        text[trigger.start - 1 : trigger.start] != "و"
        or not text[trigger.start - 2 : trigger.start - 1].isspace()
    ):
        return None
    breaks = [m.start() for m in _SEGMENT_BREAK.finditer(text, sentence.start, trigger.start)]
    after_comma = bool(breaks) and opens_clause(text, trigger.start)
    if not after_comma and not _INFLECTED_VERB.match(fold_gap(text[trigger.start : trigger.end]).split()[0]):
        return None  # "في نقل ونشر المعلومات": a bare form after a bare و is as often a verbal noun joined to a noun
    # after "، و" the clause before ends at that comma; after a bare و it is the trigger's own segment
    comma = breaks.pop() if after_comma else trigger.start - 1
    lo = breaks[-1] + 1 if breaks else sentence.start
    that = [t.end() for t in re.finditer(r"\S+", text[lo:comma]) if fold_gap(t.group()) in COMPLEMENTIZERS]
    lo += that[-1] if that else 0
    if CLAUSE_BREAK.search(text, lo, comma):
        return None
    actors = [
        a
        for a in ctx.entities_in(lo, comma, comma)
        if a.label in ACTOR_TYPES and a.label != "MEDIA" and (a.label != "GPE" or is_country(ctx, a))
    ]
    actors += [a for a in unnamed_in(ctx, lo, comma) if a.attrs.get("unnamed") == "unnamed_actor"]
    if not actors:
        return None
    subject = min(actors, key=lambda a: a.start)
    clitic, words = words_before(text, subject.start, lo)
    head = fold_gap(text[lo : subject.start]).split()
    if (
        len(head) > _SUBJECT_REACH
        or clitic.removeprefix("و")[-1:] in ("ل", "ب")
        or (words and words[-1] in PREPOSITIONS)
        or ctx.cue_near("lex|bystanders", subject.start, subject.end) is not None
        or is_speaker(ctx, subject, trigger)
        or is_victim(ctx, subject, trigger)
        or any(a.start == subject.start for a in taken)
    ):
        return None
    return subject
