"""One document's look-up tables for coding: entities, equipment, dates and cue matches by position, and
the clause around a trigger."""

from __future__ import annotations

import re
from bisect import bisect_left

from rasid.extract.events.catalogue import (
    CLAUSE_BREAK,
    CLAUSE_END,
    COMPLEMENTIZERS,
    LONGEST_CUE,
    NAMED_GROUPS,
)
from rasid.extract.matcher import PreparedText
from rasid.extract.phrases import PhraseMatch
from rasid.kb import KnowledgeBase
from rasid.model import Annotation, Document, Span

#: A news site's tag line closing the article ("سمات الرمادي العراق تفجير داعش"): keywords, no sentence.
_TAGS = re.compile(r"(?:^|(?<=[.!?؟\n]))\s*(سمات)\s+\S[^\n]{0,150}\s*$")
_TAG_WORDS = 12


def tag_line_start(text: str) -> int:
    """Where the closing tag line starts (the text's end when there is none): its words tell no event."""
    found = _TAGS.search(text, max(0, len(text) - 200))
    # after some text, and a few keywords only: a sentence that opens with سمات (features) goes on longer
    if found is None or not text[: found.start(1)].strip() or len(found.group().split()) > _TAG_WORDS:
        return len(text)
    return found.start(1)


#: A closing line that links to the article or another one ("رابط الخبر بصحيفة الوئام: ...", "Lire aussi : ...",
#: "Read more: ...", "Читайте также: ..."): a headline repeated, no sentence of the report.
_LINK_LINE = re.compile(
    r"(?:^|(?<=[.!?؟\s»”\"]))\s*((?:رابط الخبر|اقرأ أيضا|اقرأ ايضا|إقرأ أيضا|Lire aussi|À lire aussi|A lire aussi"
    r"|Read more|Read also|Читайте также)[^\n:]{0,40}:)"
)
#: How far from the end of the text a closing link line may start (characters): a headline, no more.
_LINK_REACH = 300


def link_line_start(text: str) -> int:
    """Where a closing link line starts (the text's end when there is none): it repeats a headline."""
    # the last one: a line before it may be the report's own sentence
    found = max(
        _LINK_LINE.finditer(text, max(0, len(text) - _LINK_REACH)), key=lambda m: m.start(), default=None
    )
    if found is None or not text[: found.start(1)].strip() or "\n" in text[found.end(1) :].strip():
        return len(text)
    return found.start(1)


def trigger_mode(ctx: EventContext, type_id: str, trigger: Span) -> str | None:
    """The mode a trigger word itself names (a call, a visit), if any."""
    for key in ctx.cues:
        if key.startswith(f"mode|{type_id}|") and ctx.cues_between(key, trigger.start, trigger.end):
            return key.rsplit("|", 1)[1]
    return None


#: A sentence that ends on initials or a title's abbreviation (S.E.M., M., Mr.) goes on in the next one. (Arabic
#: one-letter titles, د. م. أ., end no sentence in the segmenter already: rasid.text.segment.arabic_title_dot.)
_ENDS_ON_INITIALS = re.compile(r"(?:\b[A-Z]\.){1,4}\s*$|\b(?:Mr|Mrs|Dr|Mme|Mgr)\.\s*$")


def joined_at_initials(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and _ENDS_ON_INITIALS.search(text, out[-1].start, out[-1].end):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


class EventContext:
    """One document's entities, equipment, dates and context cues, sorted for window look-ups."""

    def __init__(
        self, doc: Document, prepared: PreparedText, cues: list[PhraseMatch], kb: KnowledgeBase | None
    ):
        self.doc = doc
        self.text = doc.text
        self.tokens = prepared.tokens
        self.token_starts = [t.start for t in prepared.tokens]
        self.kb = kb
        self.entities = sorted(doc.layer("entities"), key=lambda a: a.start)
        self.entity_starts = [a.start for a in self.entities]
        self.equipment = [a.start for a in sorted(doc.layer("equipment"), key=lambda a: a.start)]
        self.dates = sorted(doc.layer("dates"), key=lambda a: a.start)
        self.cues: dict[str, list[PhraseMatch]] = {}
        for cue in cues:  # in text order, so a look-up can stop at the first cue past its window
            self.cues.setdefault(cue.key, []).append(cue)
        self.cue_starts = {key: [c.span.start for c in found] for key, found in self.cues.items()}
        #: the unnamed actors, found on first use by :func:`unnamed_in` (most documents never need them)
        self.unnamed: list[Annotation] | None = None
        self.unnamed_starts: list[int] = []

    def token_index(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect_left(self.token_starts, offset)

    def cue_near(self, key: str, lo: int, hi: int) -> PhraseMatch | None:
        found = self.cues_between(key, lo, hi)
        return found[0] if found else None

    def cues_between(self, key: str, lo: int, hi: int) -> list[PhraseMatch]:
        """The cues of ``key`` overlapping ``[lo, hi)``, in text order (a bisect: no scan from the start)."""
        cues = self.cues.get(key)
        if not cues:
            return []
        i = bisect_left(self.cue_starts[key], lo - LONGEST_CUE)
        out = []
        while i < len(cues) and cues[i].span.start < hi:
            if cues[i].span.end > lo:
                out.append(cues[i])
            i += 1
        return out

    def entities_in(self, lo: int, hi: int, limit: int) -> list[Annotation]:
        """Entities starting in ``[lo, hi)`` and ending by ``limit`` (the sentence end)."""
        i = bisect_left(self.entity_starts, lo)
        out = []
        while i < len(self.entities) and self.entities[i].start < hi:
            if self.entities[i].end <= limit:
                out.append(self.entities[i])
            i += 1
        return out

    def clause(self, trigger: Span, lo: int, hi: int) -> tuple[int, int]:
        """Where the trigger's arguments may be: after the last "that" before it, up to the next comma.

        "قال الوزير إن القوات انتشرت": the minister is the speaker, not the deployed force.
        "استعادة الأراضي، بفضل تعاونها مع روسيا": Russia, after the comma, is no party to it.
        """
        i = bisect_left(self.token_starts, trigger.start)
        j = i - 1
        while j >= 0 and self.tokens[j].start >= lo:
            # the gap after token j, up to the next token or the trigger (inside the last token: للهجمات.)
            gap_end = self.tokens[j + 1].start if j + 1 < len(self.tokens) else trigger.start
            if self.tokens[j].text in COMPLEMENTIZERS or CLAUSE_BREAK.search(
                self.text, self.tokens[j].end, gap_end
            ):
                lo = self.tokens[j].end
                break
            j -= 1
        comma = CLAUSE_END.search(self.text, trigger.end, hi)
        return lo, comma.start() if comma else hi

    def gap_without_titles(self, start: int, end: int) -> int:
        """Characters between two points, titles left out (التقى صاحب السمو الملكي الأمير محمد …)."""
        titles = sum(
            min(end, c.span.end) - max(start, c.span.start)
            for c in self.cues.get("lex|official", ())
            if c.span.start < end and start < c.span.end
        )
        return end - start - titles

    def inside_name(self, span: Span) -> bool:
        """Whether the span lies inside an organisation, armed group or event name."""
        i = bisect_left(self.entity_starts, span.start + 1) - 1
        while i >= 0 and self.entity_starts[i] > span.start - 80:
            ann = self.entities[i]
            if ann.start <= span.start and span.end <= ann.end and ann.label in NAMED_GROUPS:
                return True
            i -= 1
        return False

    def has_equipment(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.equipment, lo)
        return i < len(self.equipment) and self.equipment[i] < hi
