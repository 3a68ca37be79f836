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

from rasid.extract.cues import B_END, B_START, alternation, fold, load_cues, normalized
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
#: Quotes shorter than this many words are names or scare quotes unless a cue introduces them.
MIN_WORDS = 4

_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“"}
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class QuoteCues:
    verb: re.Pattern[str]
    attribution: re.Pattern[str]
    role: re.Pattern[str]
    participles: frozenset[str]
    anonymous: frozenset[str]
    non_subject: frozenset[str]
    statement_nouns: frozenset[str]
    pronoun: re.Pattern[str]


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
        role=re.compile(rf"^\s*(?:[وف])?(?P<role>{alternation(roles)}){B_END}"),
        participles=frozenset(fold(w) for w in data["participle_verbs"]),
        anonymous=frozenset(fold(w) for w in data["anonymous_roles"]),
        non_subject=frozenset(fold(w) for w in data["non_subject_before"]),
        statement_nouns=frozenset(fold(w) for w in data["statement_nouns"]),
        pronoun=re.compile(rf"^\W*(?:{alternation(data['continuation_pronouns'])}){B_END}"),
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


def _mentions(doc: Document, verb: re.Pattern[str] | None = None) -> list[Mention]:
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


def _surname_mentions(text: str, linked: Mapping[str, set[tuple[str, ...]]], known: Sequence[Mention]) -> list[Mention]:
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
    for token in _WORD.finditer(norm.text):
        word = token.group()
        stem = word if word in owners else (word[1:] if word[:1] in "وفبل" and word[1:] in owners else None)
        if stem is None or len(owners[stem]) != 1:
            continue
        (canonical,) = owners[stem]
        span = norm.to_original(token.start() + (len(word) - len(stem)), token.end())
        if span.start <= first_seen[canonical] or any(m.start < span.end and span.start < m.end for m in known):
            continue
        found.append(Mention(span.start, span.end, "PER", canonical, canonical, text[span.start : span.end]))
    return found


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
        self.mentions = _mentions(doc, cues.verb)
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
    """Start of the sentence holding ``pos`` (ignoring terminators inside quotations)."""
    k = pos
    while k > floor:
        c = text[k - 1]
        if c == "\n" or (c in ".!?؟" and (k >= len(text) or text[k].isspace())):
            break
        k -= 1
    return k


def _subject_after_verb(ctx: _Context, start: int, end: int) -> Speaker | None:
    """The named subject between a cue and the quote (قال القائد العسكري في مالي: / أكد ديارا أن)."""
    zone = ctx.text[start:end]
    if not zone.strip(" \t:،,.-—–\n"):
        return None
    mentions = ctx.mentions_in(start, end)
    folded_zone = fold(zone)
    role = ctx.cues.role.match(folded_zone)
    per = [m for m in mentions if m.label == "PER" and ctx.is_subject_position(m)]
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
    if role_word in ctx.cues.anonymous:
        return Speaker(None, ps, pe, "role", None)
    floor = max(0, ps - LOOKBACK_CHARS)
    earlier = [m for m in ctx.mentions_in(floor, ps) if m.label == "PER"]
    people = {m.key for m in earlier}
    if len(people) == 1:  # exactly one person in view: the role phrase refers to them
        return Speaker(earlier[-1], ps, pe, "role", None)
    return Speaker(None, ps, pe, "role", None)


def _subject_before(ctx: _Context, sent_start: int, verb_start: int) -> Speaker | None:
    """SVO order or a statement's author earlier in the sentence (في بيان عن X، قال:)."""
    candidates = [m for m in ctx.mentions_in(sent_start, verb_start) if m.label == "PER"]
    for m in reversed(candidates):
        before = ctx.word_before(m.start)
        if ctx.is_subject_position(m):
            return Speaker(m, m.start, m.end, "subject", None)
        # "بيان صدر عن X" / "statement by X": the preposition introduces the author
        head = fold(ctx.text[max(sent_start, m.start - 40) : m.start])
        if before in ("عن", "by", "de") and any(n in head for n in ctx.cues.statement_nouns):
            return Speaker(m, m.start, m.end, "subject", None)
    return None


def _continuation(ctx: _Context, previous: tuple[Quote, Speaker] | None, pos: int) -> Speaker | None:
    """No subject named: the previous quote's speaker goes on, unless someone else came in between."""
    if previous is None or previous[1].mention is None:
        return None
    quote, speaker = previous
    if pos - (quote.close or quote.end) > LOOKBACK_CHARS:
        return None
    for m in ctx.mentions_in(quote.end, pos):
        if m.label == "PER" and m.key != speaker.mention.key and ctx.is_subject_position(m):
            return None
    return Speaker(speaker.mention, speaker.start, speaker.end, "continuation", None)


def _attribute(ctx: _Context, q: Quote, floor: int, previous: tuple[Quote, Speaker] | None) -> Speaker | None:
    text = ctx.text
    sent_start = _sentence_start(text, q.open, floor)
    fs, fe = ctx.folded_range(sent_start, q.open)
    folded = ctx.norm.text
    # 1. "وبحسب X، "…"" / according to X, "…"
    attr = None
    for m in ctx.cues.attribution.finditer(folded, fs, fe):
        attr = m
    verb = None
    for m in ctx.cues.verb.finditer(folded, fs, fe):
        verb = m
    if attr is not None and (verb is None or attr.start() > verb.start()):
        a_start, a_end = ctx.orig(attr.start(), attr.end())
        found = _subject_after_verb(ctx, a_end, q.open)
        if found is not None:
            found.via, found.cue = "attribution" if found.via != "role" else "role", text[a_start:a_end]
            return found
    # 2. a speech verb before the quote
    if verb is not None:
        v_start, v_end = ctx.orig(verb.start(), verb.end())
        cue = text[v_start:v_end]
        found = _subject_after_verb(ctx, v_end, q.open)
        if found is None and ctx.cues.pronoun.match(fold(text[v_end : q.open])):
            found = _continuation(ctx, previous, q.open)
        if found is None:
            found = _subject_before(ctx, sent_start, v_start)
        if found is None:
            found = _continuation(ctx, previous, v_start)
        if found is not None:
            found.cue = cue
            return found
        return None
    # 3. a cue after the quote: "…"، قال الوزير / « … », a déclaré X / "…," X said
    if q.close is not None:
        after_end = min(len(text), q.close + 160)
        nl = text.find("\n", q.close)
        if nl != -1:
            after_end = min(after_end, nl)
        fs2, fe2 = ctx.folded_range(q.close + 1, after_end)
        m = ctx.cues.verb.search(folded, fs2, fe2)
        if m is not None:
            v_start, v_end = ctx.orig(m.start(), m.end())
            gap = text[q.close + 1 : v_start]
            if len(gap) <= 60 and not re.search(r"[.!?؟]\s", gap):
                sent_end = re.search(r"[.!?؟\n]", text[v_end:after_end])
                zone_end = v_end + (sent_end.start() if sent_end else after_end - v_end)
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
        q.heading = _is_heading(text, q)
        speaker: Speaker | None = None
        if not q.heading:
            speaker = _attribute(ctx, q, floor, previous)
            introduced = text[max(0, q.open - 3) : q.open].rstrip().endswith(":")
            if words < MIN_WORDS and not (introduced and speaker is not None):
                floor = q.close + 1 if q.close is not None else q.end
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
    for m in ctx.cues.attribution.finditer(ctx.norm.text):
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
