"""Quotes: direct quotations with their speakers, and indirect attributions.

``rasid.quotes.v1`` (requires ``entities``) adds the ``quotes`` layer:

* ``direct`` — the quoted words without the quotation marks (« », “ ”, „ “ or straight
  quotes, also unbalanced or broken across a line). ``attrs``: ``speaker`` (the fullest
  surface form of the speaker in the document), ``speaker_canonical``, ``speaker_start``/
  ``speaker_end`` (the words in the text that name the speaker here: a name, a short
  form, a role phrase), ``speaker_via`` (``subject``/``attribution``/``after``/``role``/
  ``continuation``/``heading``), ``cue``;
* ``indirect`` — an attribution phrase (بحسب مختصين عسكريين, selon le ministre,
  according to…, по словам…) not followed by a direct quote; the span is the phrase,
  ``attrs.source`` the attributed source.

Precision comes before recall: a speaker is given only when a cue names it, a role
phrase refers back to exactly one person, or the previous quote's speaker clearly
continues. Otherwise ``speaker`` is ``None`` — an unattributed quote is honest, a wrong
speaker is not. A quoted line standing alone (a sub-heading) gets the speaker of a
quote that repeats its words, or none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasid.extract.cues import (
    B_END,
    B_START,
    alternation,
    finditer_near,
    first_words,
    fold,
    load_cues,
    normalized,
)
from rasid.model import Annotation, Document
from rasid.pipeline import register_stage
from rasid.text.normalize import NormalizedText

STAGE = "rasid.quotes.v1"
#: A quotation left open runs at most this far (then to the end of its line).
MAX_QUOTE_CHARS = 1500
#: Labels that can speak.
SPEAKER_LABELS = ("PER", "ORG", "ARMED_GROUP", "MEDIA", "GPE")
#: How far back a role phrase or a continuation looks for the person it refers to.
LOOKBACK_CHARS = 700
#: How far back a role phrase looks for the speaker it refers to (about two sentences).
ROLE_LOOKBACK_CHARS = 400
#: Quotes shorter than this many words are names or scare quotes unless a cue introduces them.
MIN_WORDS = 4

_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“"}
_WORD = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0621-\u064a]")


@dataclass(frozen=True)
class QuoteCues:
    verb: re.Pattern[str]
    attribution: re.Pattern[str]
    #: first words of the attribution cues (where :func:`finditer_near` tries the pattern)
    attribution_words: tuple[str, ...]
    role: re.Pattern[str]
    participles: frozenset[str]
    anonymous: frozenset[str]
    non_subject: frozenset[str]
    statement_nouns: frozenset[str]
    pronoun: re.Pattern[str]
    adverbial: frozenset[str]
    title_nouns: frozenset[str]
    not_names: frozenset[str]


@lru_cache(maxsize=8)
def quote_cues(extra_files: tuple[str, ...] = ()) -> QuoteCues:
    data = load_cues("quotes", extra_files)
    verbs = [v for vs in data["speech_verbs"].values() for v in vs]
    arabic = [v for v in data["speech_verbs"]["ar"]]
    other = [v for v in verbs if v not in arabic]
    attributions = [v for vs in data["attribution_cues"].values() for v in vs]
    roles = [v for vs in data["role_nouns"].values() for v in vs]
    return QuoteCues(
        verb=re.compile(
            rf"{B_START}(?:(?:[وف])?(?P<ar>{alternation(arabic)})|(?P<other>{alternation(other)})){B_END}"
        ),
        attribution=re.compile(rf"{B_START}(?:[وف])?(?:{alternation(attributions)})(?:{B_END}|(?<=ل))"),
        attribution_words=first_words(attributions),
        role=re.compile(rf"^\s*(?:[وف])?(?P<role>{alternation(roles)}){B_END}"),
        participles=frozenset(fold(w) for w in data["participle_verbs"]),
        anonymous=frozenset(fold(w) for w in data["anonymous_roles"]),
        non_subject=frozenset(fold(w) for w in data["non_subject_before"]),
        statement_nouns=frozenset(fold(w) for w in data["statement_nouns"]),
        pronoun=re.compile(rf"^\W*(?:{alternation(data['continuation_pronouns'])}){B_END}"),
        adverbial=frozenset(fold(w) for w in data["adverbial_starts"]),
        title_nouns=frozenset(fold(w) for w in data["title_nouns"]),
        not_names=frozenset(fold(w) for w in data["not_names"]),
    )


# --- finding quotations ----------------------------------------------------------------------------
@dataclass
class Quote:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark (None: left open)
    start: int  # quoted text, trimmed
    end: int
    heading: bool = False
    attrs: dict[str, Any] = field(default_factory=dict)


def _is_opener(text: str, i: int) -> bool:
    """A straight quote opens when what follows is a word and what precedes is not."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after in ".,،؛:;!?)":
        return False
    return before.isspace() or before in "(:[—-–،," or not before.isalnum()


_OPENING_MARKS = re.compile(r'[«“„"]')
_STOPS = {closer: re.compile(rf'[{re.escape(closer)}«“„"\n]') for closer in ("»", "”", "“", '"')}


def find_quotations(text: str) -> list[Quote]:
    """Quoted passages (with unbalanced ones closed at the end of their line)."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        opening = _OPENING_MARKS.search(text, i)
        if opening is None:
            break
        i = opening.start()
        ch = text[i]
        closer = _OPEN_CLOSE.get(ch) or ('"' if _is_opener(text, i) else None)
        if closer is None:
            i += 1
            continue
        limit = min(n, i + MAX_QUOTE_CHARS)
        close_at: int | None = None
        # jump from one mark or line break to the next instead of walking every character
        for stop in _STOPS[closer].finditer(text, i + 1, limit):
            j, c = stop.start(), stop.group()
            if c == closer and (closer != '"' or not _is_opener(text, j) or _closes_anyway(text, j)):
                close_at = j
                break
            if c == "\n":
                if text.startswith("\n\n", j) or _next_line_opens_new(text, j):
                    break  # paragraph break or a new speech lead-in: this one was never closed
            elif c == ch and ch != closer:
                break  # a new opening mark of the same kind: this one was never closed
        if close_at is None:
            end = text.find("\n", i + 1)
            end = n if end == -1 or end > limit else end
            s, e = _trim(text, i + 1, end)
            quotes.append(Quote(i, None, s, e))
            i = end
        else:
            s, e = _trim(text, i + 1, close_at)
            quotes.append(Quote(i, close_at, s, e))
            i = close_at + 1
    return [q for q in quotes if q.end > q.start]


def _closes_anyway(text: str, j: int) -> bool:
    # '"' that looks like an opener (followed by a word) but ends a line or sentence before it
    before = text[j - 1] if j > 0 else " "
    return not before.isspace()


def _next_line_opens_new(text: str, j: int) -> bool:
    """A line break followed by a new speech lead-in or a quoted line ends an unclosed quote."""
    nxt = text[j + 1 : j + 40]
    return nxt[:1] in '"«“' or bool(re.match(r"\s*[وف]?(?:قال|أضاف|اضاف|تابع|أكد|اكد)", nxt))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\u200f\u200e"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "\u200f\u200e"):
        e -= 1
    return s, e


# --- entities ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    key: str  # canonical or, when unlinked, the folded text
    canonical: str | None
    text: str


def _name_tokens(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def _plausible_name(text: str) -> bool:
    """A model-found name in Latin or Cyrillic script starts with a capital ("sources sécuritaires" does not)."""
    first = next((c for c in text if c.isalpha()), "")
    return not first or not (first.isascii() or "\u0400" <= first <= "\u04ff") or first.isupper()


def _mentions(
    doc: Document, verb: re.Pattern[str] | None = None, not_names: frozenset[str] = frozenset()
) -> list[Mention]:
    """Entities that can speak; an unlinked short form (ديارا) takes the identity of the one
    linked person whose name contains it, so the speaker is the same whichever stage found it.
    A later surname that no stage marked (Yevkurov said) is added the same way."""
    raw = []
    for ent in doc.layer("entities"):
        if ent.label not in SPEAKER_LABELS:
            continue
        canonical = ent.attrs.get("canonical")
        if canonical is None and (
            not _plausible_name(ent.text)
            or len(_WORD.findall(ent.text)) > 5
            or fold(ent.text) in not_names
            or sum(c.isalpha() for c in ent.text) < 3
            or (verb is not None and verb.search(fold(ent.text)))
        ):
            continue  # a model span that is a clause, not a name
        raw.append((ent, canonical))
    linked: dict[str, set[tuple[str, ...]]] = {}
    for ent, canonical in raw:
        if canonical and ent.label == "PER":
            linked.setdefault(canonical, set()).add(_name_tokens(ent.text))
    out = []
    for ent, canonical in raw:
        if canonical is None and ent.label == "PER":
            tokens = set(_name_tokens(ent.text))
            owners = [c for c, forms in linked.items() if any(tokens and tokens <= set(f) for f in forms)]
            if len(owners) == 1:
                canonical = owners[0]
        key = canonical or fold(ent.text)
        out.append(Mention(ent.start, ent.end, ent.label, key, canonical, ent.text))
    out.extend(_surname_mentions(doc.text, linked, out))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _surname_mentions(
    text: str, linked: Mapping[str, set[tuple[str, ...]]], known: Sequence[Mention]
) -> list[Mention]:
    """Occurrences of a linked person's surname that no entity covers (after the full name)."""
    owners: dict[str, set[str]] = {}
    for canonical, forms in linked.items():
        for form in forms:
            if len(form) >= 2 and len(form[-1]) >= 4:
                owners.setdefault(form[-1], set()).add(canonical)
    if not owners:
        return []
    norm = normalized(text)
    first_seen = {c: min((m.start for m in known if m.canonical == c), default=0) for c in linked}
    found = []
    for word_start, stem_start, stem_end, stem in _surname_tokens(norm.text, owners):
        if len(owners[stem]) != 1:
            continue
        (canonical,) = owners[stem]
        span = norm.to_original(stem_start, stem_end)
        if span.start <= first_seen[canonical] or any(
            m.start < span.end and span.start < m.end for m in known
        ):
            continue
        mention = Mention(span.start, span.end, "PER", canonical, canonical, text[span.start : span.end])
        found.append((word_start, mention))
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]  # in text order


def _surname_tokens(folded: str, surnames: Mapping[str, Any]) -> list[tuple[int, int, int, str]]:
    """Words (``[^\\W_]+`` runs) of ``folded`` that are a surname, or و ف ب ل + a surname that is
    not itself one: ``(word start, surname start, surname end, surname)``.

    Found with ``str.find`` per surname rather than by visiting every word of the article.
    """
    out = []
    size = len(folded)
    for stem in surnames:
        at = folded.find(stem)
        while at != -1:
            end = at + len(stem)
            if end == size or not folded[end].isalnum():  # [^\W_] is exactly what isalnum() accepts
                if at == 0 or not folded[at - 1].isalnum():
                    out.append((at, at, end, stem))
                elif (
                    folded[at - 1] in "وفبل"
                    and (at == 1 or not folded[at - 2].isalnum())
                    and folded[at - 1 : end] not in surnames  # a surname in its own right is found as one
                ):
                    out.append((at - 1, at, end, stem))
            at = folded.find(stem, at + 1)
    return out


def _fullest_surface(mentions: Sequence[Mention], key: str) -> str:
    forms = [m.text for m in mentions if m.key == key]
    return max(forms, key=lambda t: (len(t.split()), len(t))) if forms else key


# --- attribution --------------------------------------------------------------------------------
@dataclass
class Speaker:
    mention: Mention | None
    start: int
    end: int
    via: str
    cue: str | None


class _Context:
    def __init__(self, doc: Document, cues: QuoteCues) -> None:
        self.doc = doc
        self.text = doc.text
        self.cues = cues
        self.norm: NormalizedText = normalized(doc.text)
        self.mentions = _mentions(doc, cues.verb, cues.not_names)
        self.starts = [m.start for m in self.mentions]

    def folded_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.norm.starts, start), bisect.bisect_left(self.norm.starts, end)

    def orig(self, fs: int, fe: int) -> tuple[int, int]:
        span = self.norm.to_original(fs, fe)
        return span.start, span.end

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def word_before(self, pos: int) -> str:
        words = _WORD.findall(self.text[max(0, pos - 30) : pos])
        return fold(words[-1]) if words else ""

    def clitic_preposition(self, m: Mention) -> bool:
        """The mention is glued to a preposition (لوزير, بالرئيس) or starts with one."""
        k = m.start
        while k > 0 and self.text[k - 1].isalpha():
            k -= 1
        prefix = self.text[k : m.start]
        return any(c in prefix for c in "بلك") or fold(m.text)[:3] in ("لل", "بال", "لال", "كال")

    def is_subject_position(self, m: Mention) -> bool:
        """Not the object of a preposition: "لقاء مع وزير الدفاع بيلاوسوف" names no speaker."""
        if self.clitic_preposition(m):
            return False
        before = self.text[max(0, m.start - 40) : m.start]
        before = re.split(r"[،,.:;؛\n\"«»“”]", before)[-1]  # stay inside the phrase
        words = [fold(w) for w in _WORD.findall(before)][-4:]
        return not any(w in self.cues.non_subject for w in words)


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding ``pos`` (ignoring terminators inside quotations): just after
    the last line break, or terminator followed by a space, in ``text[floor:pos]``; else ``floor``.

    Found with ``str.rfind`` per mark (a backward loop per character was a hot spot of quotes).
    """
    if pos <= floor:
        return pos
    last = text.rfind("\n", floor, pos)
    for mark in ".!?؟":
        j = text.rfind(mark, max(floor, last + 1), pos)
        while j != -1 and j + 1 < len(text) and not text[j + 1].isspace():
            j = text.rfind(mark, max(floor, last + 1), j)
        last = max(last, j)
    return last + 1 if last != -1 else floor


def _subject_after_verb(ctx: _Context, start: int, end: int) -> Speaker | None:
    """The named subject between a cue and the quote (قال القائد العسكري في مالي: / أكد ديارا أن)."""
    zone = ctx.text[start:end]
    if not zone.strip(" \t:،,.-—–\n"):
        return None
    mentions = ctx.mentions_in(start, end)
    folded_zone = fold(zone)
    role = ctx.cues.role.match(folded_zone)
    per = [
        m
        for m in mentions
        if m.label == "PER"
        and ctx.is_subject_position(m)
        and len(_WORD.findall(ctx.text[start : m.start])) <= SUBJECT_AFTER_VERB_WORDS + 2
        and not re.search(r"[،,:]", ctx.text[start : m.start])  # past a comma the verb's subject slot is over
    ]
    if role and not per:
        return _role_phrase(ctx, start, end, role.group("role"))
    if per:
        m = per[0]
        return Speaker(m, m.start, m.end, "subject", None)
    lead = zone.lstrip()
    offset = len(zone) - len(lead)
    for m in mentions:
        if m.start == start + offset and m.label != "GPE":
            return Speaker(m, m.start, m.end, "subject", None)
    return None


def _role_phrase(ctx: _Context, start: int, end: int, role_word: str) -> Speaker | None:
    """A role phrase as speaker: resolved to the one person it refers back to, else unnamed."""
    zone = ctx.text[start:end]
    stop = re.search(r"[:،,؛;\"«“]|\s(?:أن|إن|ان|انه|أنه|إنه|que|that)\s", zone)
    phrase_end = start + (stop.start() if stop else len(zone))
    ps, pe = _trim(ctx.text, start, phrase_end)
    phrase_words = _WORD.findall(fold(ctx.text[ps:pe]))
    indefinite = (
        len(phrase_words) >= 2
        and not phrase_words[0].startswith("ال")
        and not phrase_words[1].startswith("ال")
        and _ARABIC.match(phrase_words[0]) is not None
    )
    if role_word in ctx.cues.anonymous or indefinite:
        return Speaker(None, ps, pe, "role", None)  # مسؤول أمني، مصدر عسكري: somebody, not a known person
    rest = ctx.text[pe:end]
    if "باسم" in phrase_words or (
        re.match(r"\s*[،,]\s*[^\W\d_]", rest) and not re.match(r"\s*[،,]\s*(?:إن|ان|أن)", rest)
    ):
        # "المتحدث باسمها"، "المتحدث، بيت جوست، إنه": someone other than a person named before
        return Speaker(None, ps, pe, "role", None)
    floor = max(0, ps - ROLE_LOOKBACK_CHARS)
    # who has been speaking: people named as the subject of a speech verb (أكد رئيس الأركان … ديارا)
    speakers = [m for m in ctx.mentions_in(floor, ps) if m.label == "PER" and _after_speech_verb(ctx, m)]
    if len({m.key for m in speakers}) == 1:  # exactly one speaker in view: the role phrase refers to them
        return Speaker(speakers[-1], ps, pe, "role", None)
    return Speaker(None, ps, pe, "role", None)


#: How many words may stand between a speech verb and its subject's name (أكد قائد سلاح الجو في البلاد- ديارا).
SUBJECT_AFTER_VERB_WORDS = 8


def _after_speech_verb(ctx: _Context, m: Mention) -> bool:
    """The mention is the subject named after a speech verb in its clause (VSO), or right before one (SVO)."""
    before = re.split(r"[.!?؟:;؛\n\"«»“”]", ctx.text[max(0, m.start - 120) : m.start])[-1]
    words = [fold(w) for w in _WORD.findall(before)][-SUBJECT_AFTER_VERB_WORDS:]
    if any(ctx.cues.verb.fullmatch(w) for w in words) and ctx.is_subject_position(m):
        return True
    clause = re.split(r"[.!?؟:;؛\n\"«»“”،,]", ctx.text[m.end : m.end + 30])[0]
    after = _WORD.findall(fold(clause))[:1]
    return bool(after) and ctx.cues.verb.fullmatch(after[0]) is not None


#: What may stand between a subject and its verb: nothing, an apposition between commas, an auxiliary.
_ADJACENT = re.compile(
    r"^\s*(?:[،,]\s*+(?![وبلفك])[^،,.!?؟\n]{1,80}[،,])?[\s،,]*(?:(?:قد|كان|كانت|الذي|التي|also|aussi|также)\s+)*$"
)
#: How many words may precede the subject of a sentence (ولم يكشف ديارا …، إذ قال).
SUBJECT_WITHIN_WORDS = 5


def _subject_before(
    ctx: _Context, sent_start: int, verb_start: int, *, participle: bool = False
) -> Speaker | None:
    """The subject named before the verb: right before it (X said / X، وزير…، قال), the author of
    a statement (في بيان صدر عن X، قال:), or the subject that opens the sentence (وأشار X إلى … وقال).
    A participle (…، قائلاً) takes the subject of the main clause, never the noun just before it."""
    candidates = [m for m in ctx.mentions_in(sent_start, verb_start) if m.label == "PER"]
    if not candidates:
        return None
    last = candidates[-1]
    if not participle and _ADJACENT.match(ctx.text[last.end : verb_start]) and ctx.is_subject_position(last):
        return Speaker(last, last.start, last.end, "subject", None)
    for m in reversed(candidates):
        # "بيان صدر عن X" / "statement by X": the preposition introduces the author
        head = fold(ctx.text[max(sent_start, m.start - 50) : m.start])
        phrase = [
            fold(w)
            for w in _WORD.findall(
                re.split(r"[،,.:;؛\n]", ctx.text[max(sent_start, m.start - 40) : m.start])[-1]
            )
        ]
        if any(w in ("عن", "by", "de") for w in phrase[-4:]) and any(
            n in head for n in ctx.cues.statement_nouns
        ):
            return Speaker(m, m.start, m.end, "subject", None)
    first = candidates[0]
    within = SUBJECT_WITHIN_WORDS * (2 if participle else 1)
    if len(_WORD.findall(ctx.text[sent_start : first.start])) <= within and ctx.is_subject_position(first):
        return Speaker(first, first.start, first.end, "subject", None)
    return None


def _names_a_subject(ctx: _Context, start: int, end: int) -> bool:
    """Arabic: the words between a verb and the quote begin with its subject (وقالت الوزارة:)."""
    words = _WORD.findall(fold(ctx.text[start:end]))
    if not words:
        return False
    first = words[0]
    if first in ctx.cues.adverbial or (first[:1] in "وف" and first[1:] in ctx.cues.adverbial):
        return False
    return not first.startswith(("لل", "بال", "وبال", "ولل"))


#: Feminine forms that do not end in ت (present tense, participles with ة folded to ه).
_FEMININE_FORMS = frozenset(
    fold(w)
    for w in ("تقول", "تضيف", "تتابع", "تؤكد", "قالته", "بقولها", "قائلة", "مضيفة", "موضحة", "مشيرة", "مؤكدة",
              "معتبرة", "لافتة", "متابعة", "مشددة")
)  # fmt: skip


def _gender(cue: str | None) -> str | None:
    """Grammatical gender an Arabic speech verb agrees with (قالت/مضيفة/تقول: f; قال/مضيفاً/يقول: m)."""
    if not cue or not _ARABIC.match(cue):
        return None
    word = re.sub(r"^[وف]", "", fold(cue))
    if word.endswith("ت") or word in _FEMININE_FORMS:
        return "f"
    return "m"


def _continuation(
    ctx: _Context, previous: tuple[Quote, Speaker] | None, pos: int, cue: str | None = None
) -> Speaker | None:
    """No subject named: the previous quote's speaker goes on, unless someone else came in between
    or the verb's gender says another subject speaks (قال … ثم أعلنت …)."""
    if previous is None or previous[1].mention is None:
        return None
    quote, speaker = previous
    said_before = speaker.mention
    assert said_before is not None  # checked above
    mine, theirs = _gender(cue), _gender(speaker.cue)
    if mine and theirs and mine != theirs:
        return None
    if pos - (quote.close or quote.end) > LOOKBACK_CHARS:
        return None
    for m in ctx.mentions_in(quote.end, pos):
        if m.label == "PER" and m.key != said_before.key and ctx.is_subject_position(m):
            return None
    return Speaker(speaker.mention, speaker.start, speaker.end, "continuation", None)


def _is_participle(ctx: _Context, verb: re.Match[str]) -> bool:
    return re.sub(r"^[وف]", "", verb.group()) in ctx.cues.participles or verb.group() in ctx.cues.participles


def _attribute(ctx: _Context, q: Quote, floor: int, previous: tuple[Quote, Speaker] | None) -> Speaker | None:
    text = ctx.text
    sent_start = _sentence_start(text, q.open, floor)
    fs, fe = ctx.folded_range(sent_start, q.open)
    folded = ctx.norm.text
    # 1. "وبحسب X، "…"" / according to X, "…"
    attr = None
    for m in ctx.cues.attribution.finditer(folded, fs, fe):
        attr = m
    verbs = list(ctx.cues.verb.finditer(folded, fs, fe))
    verb = verbs[-1] if verbs else None
    if attr is not None and (verb is None or attr.start() > verb.start()):
        a_start, a_end = ctx.orig(attr.start(), attr.end())
        comma = re.search(r"[،,]", text[a_end : q.open])
        phrase_end = a_end + comma.start() if comma else q.open
        # "وبحسب X، "…"": nothing but the source between the cue and the quote
        direct = not text[phrase_end : q.open].strip(" \t،,:-—–")
        found = _subject_after_verb(ctx, a_end, phrase_end) if direct else None
        if found is not None:
            found.via, found.cue = "attribution" if found.via != "role" else "role", text[a_start:a_end]
            return found
    # 2. a speech verb before the quote
    if verb is not None:
        v_start, v_end = ctx.orig(verb.start(), verb.end())
        cue = text[v_start:v_end]
        participle = _is_participle(ctx, verb)
        found = _subject_after_verb(ctx, v_end, q.open)
        if found is None and verb.group("ar") and _names_a_subject(ctx, v_end, q.open):
            return None  # the subject is written but is not a known name: no guess
        if found is None and participle:
            # "وقال الوزير الإسرائيلي مشيراً إلى كيري «…»": the finite verb before names the subject
            for earlier in reversed(verbs[:-1]):
                if _is_participle(ctx, earlier):
                    continue
                _, e_end = ctx.orig(earlier.start(), earlier.end())
                found = _subject_after_verb(ctx, e_end, v_start)
                if found is None and earlier.group("ar") and _names_a_subject(ctx, e_end, v_start):
                    return None
                if found is not None:
                    found.via = "subject" if found.via != "role" else "role"
                break
        if found is None and ctx.cues.pronoun.match(fold(text[v_end : q.open])):
            found = _continuation(ctx, previous, q.open, cue)
        if found is None:
            found = _subject_before(ctx, sent_start, v_start, participle=participle)
        if found is None:
            found = _continuation(ctx, previous, v_start, cue)
        if found is not None:
            found.cue = cue
            return found
        return None
    # 3. a finite speech verb right after the quote: "…"، قال الوزير / « … », a déclaré X / "…," X said
    if q.close is not None:
        after_end = min(len(text), q.close + 160)
        clause_end = re.search(r"[\n.!?؟:;؛\"«»“”]", text[q.close + 1 : after_end])
        if clause_end:
            after_end = q.close + 1 + clause_end.start()
        fs2, fe2 = ctx.folded_range(q.close + 1, after_end)
        verb_after = ctx.cues.verb.search(folded, fs2, fe2)
        if verb_after is not None and not _is_participle(ctx, verb_after):
            v_start, v_end = ctx.orig(verb_after.start(), verb_after.end())
            gap = text[q.close + 1 : v_start]
            for x in ctx.mentions_in(q.close + 1, v_start):
                gap = gap.replace(x.text, " ")
            if re.fullmatch(r"[\s،,\-—–]*", gap):  # nothing but punctuation (and the SVO subject) between
                comma = re.search(r"[،,]", text[v_end:after_end])
                zone_end = v_end + (comma.start() if comma else after_end - v_end)
                found = _subject_after_verb(ctx, v_end, zone_end)
                if found is None:
                    per = [x for x in ctx.mentions_in(q.close + 1, v_start) if x.label == "PER"]
                    if per:
                        found = Speaker(per[-1], per[-1].start, per[-1].end, "after", None)
                if found is None and ctx.cues.pronoun.match(fold(text[v_end:zone_end])):
                    found = _continuation(ctx, previous, q.open)
                if found is not None:
                    found.cue = text[v_start:v_end]
                    if found.via == "subject":
                        found.via = "after"
                    return found
    return None


_THAT_AFTER = re.compile(r"\s*[وف]?(?:بان|بانه|ان|انه)(?![^\W_])")


def _is_named_subject(ctx: _Context, q: Quote) -> bool:
    """«المرصد السوري لحقوق الإنسان» بأن…: a quoted name as the subject of a speech verb."""
    if q.close is None or not _THAT_AFTER.match(fold(ctx.text[q.close + 1 : q.close + 12])):
        return False
    fs, fe = ctx.folded_range(max(0, q.open - 20), q.open)
    before = ctx.norm.text[fs:fe]
    verb = None
    for m in ctx.cues.verb.finditer(before):
        verb = m
    return verb is not None and not before[verb.end() :].strip()


#: Words after which a quotation is a statement even when a title noun came before (قال في كتابه إن «…»).
_STATEMENT_LINK = frozenset({"ان", "انه", "انها", "بان", "بانه", "que", "qu", "that", "что"})
#: How many words back a title noun still makes the quotation a title (كتاب عالم الفيزياء … ساجان «…»).
TITLE_WINDOW = 8


def _is_title(ctx: _Context, q: Quote) -> bool:
    fs, fe = ctx.folded_range(max(0, q.open - 80), q.open)
    window = ctx.norm.text[fs:fe]
    window = re.split(r"[:.!?؟؛;\n]", window)[-1]
    words = _WORD.findall(window)[-TITLE_WINDOW:]
    if words and ctx.cues.role.match(words[-1]) and not words[-1].startswith("ال"):
        return True  # "رئيس «نايت فرانك…»": a role in construct with a quoted name is an organisation
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in _STATEMENT_LINK or ctx.cues.verb.fullmatch(word):
            return False  # a speech verb or "أن" comes after any title noun: a statement
        stems = {word, word[1:] if word[:1] in "وبلف" else word}
        stems |= {w[2:] for w in stems if w.startswith("ال")}
        if stems & ctx.cues.title_nouns:
            return True
    return False


def _is_heading(text: str, q: Quote) -> bool:
    """A line that is nothing but a quotation (a pull-quote or sub-heading)."""
    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end == -1 else line_end
    outside = text[line_start : q.open] + text[(q.close + 1 if q.close is not None else q.end) : line_end]
    return not outside.strip(" \t.،,:!?؟") and len(_WORD.findall(text[q.start : q.end])) <= 15


def _word_set(text: str) -> set[str]:
    words = set()
    for w in _WORD.findall(fold(text)):
        words.add(w)
        if len(w) > 3 and w[0] in "وفبل":
            words.add(w[1:])
    return words


def _same_words(heading: str, quote: str) -> bool:
    h, q = _word_set(heading), _word_set(quote)
    return bool(h) and len(h & q) / len(h) >= 0.8


# --- the stage ------------------------------------------------------------------------------------
@register_stage(
    STAGE,
    requires=("entities",),
    provides=("quotes",),
    description="Direct quotes with resolved speakers; indirect attributions.",
    defaults={"cue_files": ()},
)
def quotes_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    cues = quote_cues(tuple(config.get("cue_files", ())))
    ctx = _Context(doc, cues)
    text = doc.text
    annotations: list[Annotation] = []
    previous: tuple[Quote, Speaker] | None = None
    floor = 0
    results: list[tuple[Quote, Speaker | None]] = []
    for q in find_quotations(text):
        words = len(_WORD.findall(text[q.start : q.end]))
        if _is_title(ctx, q) or _is_named_subject(ctx, q):
            continue  # كتاب "…"، حملة بعنوان "…": a title, not a statement (and no sentence boundary)
        q.heading = _is_heading(text, q)
        speaker: Speaker | None = None
        if not q.heading:
            speaker = _attribute(ctx, q, floor, previous)
            introduced = text[max(0, q.open - 3) : q.open].rstrip().endswith(":")
            if words < MIN_WORDS and not (introduced and speaker is not None):
                continue  # a name or a scare quote, not a statement
        results.append((q, speaker))
        if speaker is not None and speaker.mention is not None:
            previous = (q, speaker)
        floor = q.close + 1 if q.close is not None else q.end
    # sub-headings take the speaker of a quote that repeats their words, or none
    for idx, (q, _speaker) in enumerate(results):
        if q.heading:
            for other, other_speaker in results:
                if (
                    other is not q
                    and other_speaker is not None
                    and other_speaker.mention is not None
                    and _same_words(text[q.start : q.end], text[other.start : other.end])
                ):
                    results[idx] = (q, Speaker(other_speaker.mention, other_speaker.start,
                                                   other_speaker.end, "heading", None))  # fmt: skip
                    break
    direct_spans: list[tuple[int, int]] = []
    for q, speaker in results:
        attrs: dict[str, Any] = {"speaker": None, "speaker_canonical": None, "cue": None}
        if q.heading:
            attrs["heading"] = True
        if q.close is None:
            attrs["unclosed"] = True
        if speaker is not None:
            attrs["cue"] = speaker.cue
            attrs["speaker_start"], attrs["speaker_end"] = speaker.start, speaker.end
            attrs["speaker_via"] = speaker.via
            if speaker.mention is not None:
                attrs["speaker"] = _fullest_surface(ctx.mentions, speaker.mention.key)
                attrs["speaker_canonical"] = speaker.mention.canonical
            else:
                attrs["speaker_role"] = text[speaker.start : speaker.end]
        confidence = 0.9 if attrs["speaker"] else 0.6
        annotations.append(
            doc.annotation(
                "quotes", q.start, q.end, "direct", attrs=attrs, stage=STAGE, confidence=confidence
            )
        )
        direct_spans.append((q.open, (q.close + 1) if q.close is not None else q.end))
    annotations.extend(_indirect(ctx, direct_spans))
    return doc.with_layer("quotes", annotations)


def _indirect(ctx: _Context, direct_spans: Sequence[tuple[int, int]]) -> list[Annotation]:
    """Attribution phrases (بحسب X، وفقاً لـ X، selon X, according to X) not introducing a quote."""
    out: list[Annotation] = []
    text = ctx.text
    for m in finditer_near(ctx.cues.attribution, ctx.norm.text, ctx.cues.attribution_words, reach=1):
        c_start, c_end = ctx.orig(m.start(), m.end())
        if any(s <= c_start < e for s, e in direct_spans):
            continue  # inside a quotation
        stop = re.search(r"[،,:؛;.\n\"«“]", text[c_end : c_end + 120])
        phrase_end = c_end + (stop.start() if stop else min(120, len(text) - c_end))
        if stop and text[c_end + stop.start()] in '"«“':
            continue  # "بحسب X، "…"": the quote itself carries the attribution
        after = text[phrase_end : phrase_end + 4].lstrip(" ،,:")
        if after[:1] in '"«“':
            continue
        ps, pe = _trim(text, c_start, phrase_end)
        if pe - c_end < 2:
            continue
        source_text = text[c_end:pe].strip()
        attrs: dict[str, Any] = {"cue": text[c_start:c_end], "source": source_text, "speaker": None,
                                 "speaker_canonical": None}  # fmt: skip
        named = [x for x in ctx.mentions_in(c_end, pe)]
        if named:
            attrs["speaker"] = _fullest_surface(ctx.mentions, named[0].key)
            attrs["speaker_canonical"] = named[0].canonical
            attrs["speaker_start"], attrs["speaker_end"] = named[0].start, named[0].end
        out.append(ctx.doc.annotation("quotes", ps, pe, "indirect", attrs=attrs, stage=STAGE, confidence=0.7))
    return out
