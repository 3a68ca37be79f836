"""The ``rasid.quotes.v1`` stage: finds the quotations, attributes each, and adds the ``quotes`` layer
(direct quotes with their speaker attributes, and indirect attributions)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from rasid.extract.cues import finditer_near, fold
from rasid.extract.entities import kb_for
from rasid.extract.names import load_name_cues, ru_nominative_name
from rasid.extract.quotes.attribution import (
    attribute,
    in_object_relative_clause,
    incise_inside,
    introduced_by_colon,
    is_heading,
    is_named_subject,
    is_title,
    same_words,
    speech_events,
)
from rasid.extract.quotes.cues import AR_SAID_THAT, ARABIC, WORD, QuoteCues, quote_cues
from rasid.extract.quotes.descriptions import ORGANIZATION_LINKS
from rasid.extract.quotes.discourse import (
    NOT_NAME_WORDS,
    PRONOUN_GENDER,
    Discourse,
    Speaker,
    SpeechEvent,
    gender_of,
    is_role_word,
    start_of_sentence,
)
from rasid.extract.quotes.fragments import AR_READ_IN, quoted_in_subject_sentence, read_in_statement
from rasid.extract.quotes.marks import MIN_WORDS, Quote, find_quotations, trim, unwrap_lines
from rasid.extract.quotes.mentions import fold_word
from rasid.model import Annotation, Document
from rasid.pipeline import register_stage

STAGE = "rasid.quotes.v1"


# --- the stage ------------------------------------------------------------------------------------
def _cues(config: Mapping[str, Any]) -> QuoteCues:
    """The quote cues with the user's cue files layered over the packaged ones."""
    return quote_cues(tuple(config.get("cue_files", ())))


@register_stage(
    STAGE,
    requires=("entities",),
    provides=("quotes",),
    description="Direct quotes with resolved speakers; indirect attributions.",
    defaults={"cue_files": ()},
    check=_cues,
)
def quotes_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    cues = _cues(config)
    text = unwrap_lines(doc.text)
    ctx = Discourse(doc, cues, text, kb_for(config))
    annotations: list[Annotation] = []
    floor = 0
    results: list[tuple[Quote, Speaker | None]] = []
    quotes = find_quotations(text)
    speech_events(ctx, quotes)
    last: tuple[Quote, Speaker | None] | None = None
    for q in quotes:
        words = len(WORD.findall(text[q.start : q.end]))
        if is_title(ctx, q) or is_named_subject(ctx, q):
            continue  # كتاب "…"، حملة بعنوان "…": a title, not a statement (and no sentence boundary)
        q.heading = is_heading(text, q)
        speaker: Speaker | None = None
        ends_sentence = (
            text[q.end - 1] in ".!?…"
            or (  # fr/ru: «…». with the full stop after the mark
                q.close is not None
                and text[q.close + 1 : q.close + 2] in (".", "!", "?", "…")
                and not ARABIC.search(text, q.start, q.end)
            )
        )
        if q.heading and ends_sentence:
            # a whole paragraph quoted, ending a sentence, after a paragraph with a speaker: it goes on
            speaker = incise_inside(ctx, q) or _paragraph_continuation(ctx, q) or introduced_by_colon(ctx, q)
            q.heading = speaker is None
        if not q.heading and speaker is None:
            introduced = text[max(0, q.open - 3) : q.open].rstrip().endswith(":") or _said_right_before(
                ctx, q
            )
            said_words = words == MIN_WORDS - 1 and _said_words(text, q)
            if words < MIN_WORDS and not introduced and not said_words:
                continue  # a name or a scare quote, not a statement
            speaker = _as_the_entity_layer_has_it(ctx, attribute(ctx, q, floor))
            if speaker is None:
                speaker = incise_inside(ctx, q)
            if said_words and not introduced and (speaker is None or speaker.cue is None):
                continue  # three words with no speech verb or attribution of their own: a phrase
            if speaker is None and last is not None:
                speaker = _adjacent(ctx, last, q)
            if speaker is None:
                speaker = _sentence_continuation(ctx, q)
            if speaker is None:
                speaker = _paragraph_continuation(ctx, q)
            if speaker is None:
                speaker = introduced_by_colon(ctx, q)
            if speaker is None:
                speaker = quoted_in_subject_sentence(ctx, q)
            if speaker is None:
                speaker = read_in_statement(ctx, q)
            if words < MIN_WORDS and speaker is None:
                continue
        if q.attrs.get("dash") and speaker is None:
            continue  # ru: a dash paragraph is direct speech only when its attribution names someone
        results.append((q, speaker))
        q_end = q.close + 1 if q.close is not None else q.end
        if speaker is not None:
            ctx.add_event(SpeechEvent(q.open, q_end, speaker))
        last = (q, speaker)
        floor = q_end
    # «…», «…», a-t-il dit: a quote followed in the same sentence by one attributed after it (or by
    # one that took its speaker so: "“…” que …, “…”, permettant …, “…”, selon le communiqué")
    backfilled: set[int] = set()
    for idx in range(len(results) - 2, -1, -1):
        (q, speaker), (nxt, nxt_speaker) = results[idx], results[idx + 1]
        attributed = nxt_speaker is not None and (nxt_speaker.cue is not None or idx + 1 in backfilled)
        if speaker is None and not q.heading and nxt_speaker is not None and attributed:
            fs, fe = ctx.folded_range(q.end, nxt.open)
            if ctx.cues.attribution.search(ctx.norm.text, fs, fe) or ctx.cues.pronoun_attribution.search(
                ctx.norm.text, fs, fe
            ):
                continue  # "«…», selon X, «…»": the second one is attributed before it
            if _HOLDER_OPENING.match(text, start_of_sentence(text, q.open, max(0, q.open - 300))):
                continue  # 'Pour Pierre, …, "…". "…", ajoute Isabelle': the first has a holder of its own
            if _adjacent(ctx, (q, nxt_speaker), nxt):
                results[idx] = (q, replace(nxt_speaker, via="continuation", cue=None))
                backfilled.add(idx)
    _named_when_adding(ctx, results)
    _named_right_after(ctx, results)
    # sub-headings take the speaker of a quote that repeats their words, or none
    for idx, (q, _speaker) in enumerate(results):
        if q.heading:
            for other, other_speaker in results:
                if (
                    other is not q
                    and other_speaker is not None
                    and other_speaker.mention is not None
                    and same_words(text[q.start : q.end], text[other.start : other.end])
                ):
                    results[idx] = (q, replace(other_speaker, via="heading", cue=None))
                    break
    direct_spans: list[tuple[int, int]] = []
    for q, speaker in results:
        attrs = _speaker_attrs(ctx, speaker)
        if q.heading:
            attrs["heading"] = True
        if q.close is None:
            attrs["unclosed"] = True
        if q.paragraphs > 1:
            attrs["paragraphs"] = q.paragraphs
        confidence = (
            0.6 if not attrs["speaker"] else 0.9 if attrs["speaker_via"] in ("explicit", "after") else 0.8
        )
        annotations.append(
            doc.annotation(
                "quotes", q.start, q.end, "direct", attrs=attrs, stage=STAGE, confidence=confidence
            )
        )
        direct_spans.append((q.open, (q.close + 1) if q.close is not None else q.end))
    annotations.extend(_indirect(ctx, direct_spans))
    return doc.with_layer("quotes", annotations)


def _said_words(text: str, q: Quote) -> bool:
    """fr/en/ru: three quoted words that may be words said ("tué cinq assaillants"), not a name: some
    word other than "of"/"de" is in lower case. Kept only when the quote has a speech verb or an attribution of its own."""
    quoted = text[q.start : q.end]
    return ARABIC.search(quoted) is None and any(
        w[:1].islower() and w not in ORGANIZATION_LINKS for w in WORD.findall(quoted)
    )  # "Voice of America" is a name


def _said_right_before(ctx: Discourse, q: Quote) -> bool:
    """Arabic: three quoted words right after "إن"/"أن" or a speech verb are a statement
    (قال عامل إسعاف إن «ثمانية أشخاص أصيبوا»); fewer, or elsewhere, a name or a scare quote."""
    if len(ctx.text[q.start : q.end].split()) < MIN_WORDS - 1:
        return False  # كيم مين-سيوك: words as written, not the parts of a hyphenated name
    if any(m.start <= q.start and q.end <= m.end + 1 for m in ctx.mentions_in(q.start, q.end)):
        return False  # وقال “محمد بن سلمان”: a name in quotation marks
    before = WORD.findall(fold_word(ctx.text[max(0, q.open - 20) : q.open]))
    if not before or not ARABIC.match(before[-1]) or re.search(r"[^\s«\"“”]", ctx.text[q.open - 1 : q.open]):
        return False
    return before[-1] in AR_SAID_THAT or ctx.cues.verb.fullmatch(before[-1]) is not None


#: How much of the previous paragraph may follow its last speaker before a quote that goes on with them.
CONTINUATION_CHARS = 400


def _paragraph_continuation(ctx: Discourse, q: Quote) -> Speaker | None:
    """A paragraph that is nothing but a quotation, right after a paragraph whose last words are
    someone's (a quote with its speaker, or a speech verb with its subject), and with no other person
    named since: the same speaker goes on ("…," Putin said.⏎"We will also …")."""
    text = ctx.text
    line_start = text.rfind("\n", 0, q.open) + 1
    if line_start == 0 or text[line_start : q.open].strip():
        return None  # words before it on its line, or no paragraph before
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end == -1 else line_end
    after_start = q.close + 1 if q.close is not None else q.end
    after = text[after_start:line_end]
    says_more = WORD.search(after) is not None
    if says_more and ARABIC.search(text, q.start, min(q.end, q.start + 40)):
        return None  # fr/en/ru only: the paragraph says more than the quote
    rest = after.lstrip()
    ends_sentence = rest[:1] in (".", "!", "?", "…") or (text[q.end - 1] in ".!?…" and rest[:1].isupper())
    if says_more and not ends_sentence:
        return None  # the paragraph goes on with the quote's own sentence ("« … » a-t-il dit", "« … » qui")
    previous_end = len(text[:line_start].rstrip())
    if previous_end == 0 or text[previous_end - 1] in "?؟":
        return None  # an interview question before: the answer is someone else's
    previous_start = text.rfind("\n", 0, previous_end) + 1
    event = ctx.event_before(q.open)
    if (
        event is None
        or event.speaker is None
        or event.start < previous_start
        or q.open - event.end > CONTINUATION_CHARS
    ):
        return None
    speaker = event.speaker
    key = speaker.mention.key if speaker.mention is not None else None
    # a quote that is a sentence of its own may open a paragraph that goes on in the reporter's words
    # ("« … » A ses yeux, les militaires …"), when they name nobody else
    if any(
        m.label == "PER" and m.key != key
        for m in ctx.mentions_in(event.end, line_end if says_more else q.open)
        if not q.start <= m.start < q.end
    ):
        return None
    return replace(speaker, via="continuation", cue=None)


#: How much of the sentence after its speech verb may stand before a quote that goes on with its speaker.
SENTENCE_CONTINUATION_CHARS = 200
#: The same for Arabic, whose sentence of reported words runs longer (وقال X، إن … ، و… ، من خلال …).
AR_SENTENCE_CONTINUATION_CHARS = 350


def _sentence_continuation(ctx: Discourse, q: Quote) -> Speaker | None:
    """fr/en/ru: a quote with no attribution of its own that opens a sentence right after a sentence
    whose speaker is known, in the same paragraph (“A,” Habib said in an interview. “B …” / …, a
    déclaré X. « B … »), with no other person as a subject between: the same speaker goes on."""
    text = ctx.text
    arabic = ARABIC.search(text, q.start, min(q.end, q.start + 40)) is not None
    opening = q.open
    joined = _SENTENCE_CONJUNCTION.search(text, max(0, q.open - 12), q.open)
    if joined is not None:  # "…, assure X. Mais « … »": a conjunction opens the quote's sentence
        opening = joined.start()
    asked = _asked_opening(ctx, q.open)
    if asked is not None:  # "…, poursuit-il.⏎Interrogé sur le sort de Y : « … »": answering, the same one
        opening = asked
    before = text[:opening].rstrip(" \t")
    if asked is not None:
        before = before.rstrip("\n")
    if not before or before[-1] not in '.!?»”"' or before.endswith("\n"):
        return None  # not the start of a sentence inside a paragraph
    if before[-1] not in ".!?" and not (asked is not None and re.search(r"[.!?]\s*[»”\"]$", before)):
        return None
    if q.close is not None:  # "“…,” the statement said": an attribution of its own that named nobody
        stop = re.search(r"[.!?](?:\s|$)|\n", text[q.close + 1 : q.close + 200])
        fa, fb = ctx.folded_range(q.close + 1, q.close + 1 + (stop.start() if stop else 200))
        if ctx.cues.verb.search(ctx.norm.text, fa, fb) or ctx.cues.attribution.search(ctx.norm.text, fa, fb):
            return None
    event = ctx.event_before(opening)
    if event is None or event.speaker is None or event.speaker.via == "statement":
        return None
    between = text[event.end : opening]
    reach = AR_SENTENCE_CONTINUATION_CHARS if arabic else SENTENCE_CONTINUATION_CHARS
    if "\n" in between.rstrip() or len(between) > reach:
        return None
    if arabic and not _reported_by_person(ctx, event, between):
        return None  # Arabic: only after a person's reported words (وقال X إن … . «…»)
    # the sentence that closes: its speech verb is the event's own; no second one, no other subject.
    # A quote's event ends at its closing mark: its own verb comes after ("A", a-t-il affirmé. "B")
    verb_end = event.end
    cue = event.speaker.cue
    if cue and WORD.search(cue):
        cue_at = text.find(cue, event.end, q.open)
        if cue_at != -1 and not re.search(r"[.!?\n]", text[event.end : cue_at]):
            verb_end = cue_at + len(cue)
    fs, fe = ctx.folded_range(verb_end, q.open)
    if ctx.cues.verb.search(ctx.norm.text, fs, fe) is not None:
        return None
    key = event.speaker.mention.key if event.speaker.mention is not None else None
    if any(
        m.label == "PER" and m.key != key and (ctx.is_subject_position(m) or m.start >= opening)
        for m in ctx.mentions_in(event.end, q.open)
    ):
        return None
    return replace(event.speaker, via="continuation", cue=None)


def _reported_by_person(ctx: Discourse, event: SpeechEvent, between: str) -> bool:
    """Arabic: the sentence before the quote is a named person's speech verb and the words it reports
    (وقال X، إن … خارجيين.. «…»): a quote opening the next sentence with no verb of its own goes on
    with them, as a reader reads it."""
    if event.speaker is None or event.speaker.mention is None or event.speaker.mention.label != "PER":
        return False
    if ARABIC.match(ctx.text, event.start) is None:
        return False  # a quote's event: its own words ended there
    return any(w in AR_SAID_THAT for w in WORD.findall(fold_word(between))[:8])


#: fr/en/ru: a conjunction opening a sentence right before its quote ("Mais « … »").
_SENTENCE_CONJUNCTION = re.compile(r"(?<![\w-])(?:Mais|Et|Or|But|And|Yet|Но|А|И|Однако)\s+$")
#: fr/en/ru: a sentence opening with the speaker being asked or turning to a topic, then a colon: the
#: answer of whoever spoke last ("Interrogé sur la suite : « … »", "Asked about the talks: "…"").
_ASKED = re.compile(
    r"(?:Interrog|Questionn|Invit)é(?:e|s|es)?\s+(?:sur|à|au|aux|par)\b|Revenant\s+sur\b|"
    r"Asked\s+(?:about|whether|if|why|how)\b|Questioned\s+about\b|"
    r"Отвечая\s+на\s+вопрос\b|Комментируя\b"
)


def _asked_opening(ctx: Discourse, pos: int) -> int | None:
    """Where a sentence opens that asks the last speaker (``_ASKED``) and ends with a colon right before
    ``pos``, naming nobody and holding no speech verb of its own; None otherwise."""
    text = ctx.text
    if not text[max(0, pos - 3) : pos].rstrip().endswith(":"):
        return None
    start = start_of_sentence(text, pos, max(0, pos - 300))
    opening = _ASKED.match(text, start)
    if opening is None or re.search(r"[.!?\n]", text[start:pos]):
        return None
    fs, fe = ctx.folded_range(opening.end(), pos)
    if ctx.cues.verb.search(ctx.norm.text, fs, fe) is not None or any(
        m.label == "PER" for m in ctx.mentions_in(start, pos)
    ):
        return None  # "Interrogé, le ministre a répondu :", "Asked about X:" names someone
    return start


def _adjacent(ctx: Discourse, last: tuple[Quote, Speaker | None], q: Quote) -> Speaker | None:
    """«…» «…», or «…»، and «…» later in the same sentence: a quote that follows the previous one with
    no sentence end, speech verb or other person between goes on with its speaker."""
    before, speaker = last
    if speaker is None or before.close is None:
        return None
    text = ctx.text
    between = text[before.close + 1 : q.open]
    if "\n" in between or len(between) > 300:
        return None
    if WORD.search(between) and re.search(r"[.!?؟](?:\s|$)", between):
        return None  # words and a sentence end between: a new sentence
    fs, fe = ctx.folded_range(before.close + 1, q.open)
    if ctx.cues.verb.search(ctx.norm.text, fs, fe) is not None:
        return None  # a verb whose subject could not be named: not the same speaker for sure
    if AR_READ_IN.search(ctx.norm.text, fs, fe) is not None:
        return None  # "«…»، كما نشر تغريدة أخرى لـY جاء فيها «…»": read in another statement
    if in_object_relative_clause(ctx, before.close + 1, q.open):
        return (
            None  # "«…», заявил X, которого AFP называет «…»": the relative clause has a subject of its own
        )
    if _names_the_speaker(ctx, speaker, q):
        return None  # "«…»، وسوف تقيم «الفيدرالية العالمية لأصدقاء …»": its name, not its words
    key = speaker.mention.key if speaker.mention is not None else None
    if any(m.label == "PER" and m.key != key for m in ctx.mentions_in(before.close + 1, q.open)):
        return None
    return replace(speaker, via="continuation", cue=None)


def _names_the_speaker(ctx: Discourse, speaker: Speaker, q: Quote) -> bool:
    """The quotation opens with the words the speaker was written with: it names them, it is no saying."""
    written = fold(ctx.text[speaker.start : speaker.end]).strip()
    return len(written) > 2 and fold(ctx.text[q.start : q.end]).strip().startswith(written)


#: internal ``Speaker.via`` -> what the output says (see docs/extraction.md)
_VIA_OUT = {"subject": "explicit", "attribution": "explicit"}


def _as_the_entity_layer_has_it(ctx: Discourse, speaker: Speaker | None) -> Speaker | None:
    """A person the attribution read off capitalised words ("— в ТАСС сообщили") where the entity layer has a
    body, an outlet or a place is that entity: the words are not a person's name."""
    if (
        speaker is None
        or speaker.mention is None
        or speaker.mention.label != "PER"
        or speaker.mention.canonical
    ):
        return speaker
    known = [
        m
        for m in ctx.mentions_in(speaker.mention.start, speaker.mention.end)
        if m.label != "PER" and m.start <= speaker.mention.start and speaker.mention.end <= m.end
    ]
    return replace(speaker, mention=known[0], kind="organization") if known else speaker


#: fr/en/ru: a sentence opening with whose view it is ("Pour Pierre,", "Selon X,", "По мнению X,").
_HOLDER_OPENING = re.compile(
    r"\s*(?:[Pp]our|[Ss]elon|[Dd]['’]apr[eè]s|[Aa]ccording\s+to|[Ff]or|[Пп]о\s+словам|[Пп]о\s+мнению)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]"
)


#: fr/en/ru: verbs that say the speaker goes on (added, a ajouté, добавил), folded, as they start.
_ADDING = re.compile(
    r"(?:a\s+ajoute|ajoute|a\s+poursuivi|poursuit|added|adds|continued|добавил|продолжил|дополнил)"
)


def _named_when_adding(ctx: Discourse, results: list[tuple[Quote, Speaker | None]]) -> None:
    """fr/en/ru: a quote given to a role no one named yet ("— написал губернатор") followed by the next
    quote whose speaker is named with a verb of going on ("— добавил Махонин", "a ajouté X"), or with
    any verb when the role opens the document's people ("министр отметил …" then "— цитирует Шойгу РИА
    Новости"), with no other person named between: the same speaker, named at last."""
    for idx in range(len(results) - 1):
        (q, speaker), (_next, nxt_speaker) = results[idx], results[idx + 1]
        if (
            speaker is None
            or speaker.mention is not None
            or speaker.via != "role"
            or speaker.kind != "person"
            or nxt_speaker is None
            or nxt_speaker.mention is None
            or nxt_speaker.mention.label != "PER"
            or nxt_speaker.cue is None
            or ARABIC.search(ctx.text, q.start, q.end) is not None
        ):
            continue
        first_named = not any(m.label == "PER" for m in ctx.mentions_in(0, q.open))
        if not _ADDING.match(fold(nxt_speaker.cue)) and not first_named:
            continue  # a plain verb names the next speaker only when nobody was named before the role
        between = ctx.mentions_in(q.end, nxt_speaker.mention.start)
        if any(m.label == "PER" and m.key != nxt_speaker.mention.key for m in between):
            continue
        said, added = gender_of(speaker.cue or ""), gender_of(nxt_speaker.cue)
        if said and added and said != added:
            continue
        m = nxt_speaker.mention
        results[idx] = (q, Speaker(m, speaker.start, speaker.end, "role", speaker.cue, gender=speaker.gender))


#: fr/en/ru: after a quotation, its verb with a pronoun for subject, to the end of the sentence
#: ("», — написал он в своем Telegram-канале.", '", he said.', "», a-t-il déclaré.").
_PRONOUN_AFTER = re.compile(
    r"[\s,]*[—–-]?\s*(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]+\s+(?P<ru>он|она)|(?P<en>he|she)\s+[^\W\d_]+"
    r"|[^\W\d_]+-t-(?P<fr>il|elle))(?![^\W_])[^.!?\n]{0,80}[.!?]?"
)


def _named_right_after(ctx: Discourse, results: list[tuple[Quote, Speaker | None]]) -> None:
    """fr/en/ru: a document that opens with a quote said by "he" before anyone is named ("«…», — написал
    он. Сергей X отметил, что …"): the person who opens the next sentence as the subject of a speech
    verb."""
    for idx, (q, speaker) in enumerate(results):
        if speaker is not None or q.close is None or ARABIC.search(ctx.text, q.start, q.end) is not None:
            continue
        if any(m.label == "PER" for m in ctx.mentions_in(0, q.open)):
            continue  # someone was named before: the chain had its chance
        after = _PRONOUN_AFTER.match(ctx.text, q.close + 1)
        if after is None:
            continue
        pronoun = fold(after.group("ru") or after.group("en") or after.group("fr"))
        rest = ctx.text[after.end() : after.end() + NAMED_AFTER_CHARS]
        opener = re.match(r"\s*", rest)
        start = after.end() + (opener.end() if opener else 0)
        named = [m for m in ctx.mentions_in(start, start + NAMED_AFTER_CHARS) if m.label == "PER"]
        if not named or named[0].start != start:
            continue
        m = named[0]
        fs, fe = ctx.folded_range(m.end, min(len(ctx.text), m.end + 30))
        verb = ctx.cues.verb.search(ctx.norm.text, fs, fe)
        if verb is None or ctx.norm.text[fs : verb.start()].strip():
            continue
        gender = PRONOUN_GENDER.get(pronoun)
        said = gender_of(ctx.text[slice(*ctx.orig(verb.start(), verb.end()))])
        if gender and said and gender != said:
            continue
        results[idx] = (q, Speaker(m, m.start, m.end, "pronoun", None, gender=gender))


#: How far after a quote's own sentence the person named next is looked for.
NAMED_AFTER_CHARS = 200


def _speaker_attrs(ctx: Discourse, speaker: Speaker | None) -> dict[str, Any]:
    """The ``attrs`` of a direct quote: who speaks, what kind of speaker, and how the text links them."""
    attrs: dict[str, Any] = {"speaker": None, "speaker_canonical": None, "cue": None, "speaker_type": "none"}
    if speaker is None:
        return attrs
    via = _VIA_OUT.get(speaker.via, speaker.via)
    if via in ("explicit", "after") and speaker.mention is not None and speaker.mention.via != "explicit":
        via = speaker.mention.via  # named here by a surname only, or by a role coreference resolved
    attrs.update(cue=speaker.cue, speaker_start=speaker.start, speaker_end=speaker.end, speaker_via=via)
    if speaker.mention is not None:
        attrs["speaker"] = ctx.fullest.get(speaker.mention.key, speaker.mention.text)
        if speaker.mention.label == "PER" and " " not in attrs["speaker"]:
            attrs["speaker"] = _written_full_name(ctx, attrs["speaker"]) or attrs["speaker"]
        if speaker.mention.label == "PER":
            # ru: named only in another case ("по словам Олега Крылова"): the name as a name, nominative
            attrs["speaker"] = ru_nominative_name(attrs["speaker"]) or attrs["speaker"]
        attrs["speaker_canonical"] = speaker.mention.canonical
        attrs["speaker_type"] = "person" if speaker.mention.label == "PER" else "organization"
    elif speaker.kind == "anonymous":
        attrs["speaker_type"] = "anonymous"
        attrs["speaker_description"] = ctx.text[speaker.start : speaker.end]
    elif speaker.name:
        attrs["speaker"] = speaker.name
        attrs["speaker_type"] = "organization"
    elif speaker.kind == "person":
        # a role the text never ties to a name ("the military spokesman said"): a person it describes but does
        # not name, which is what an anonymous speaker is; the role stays as its description
        attrs["speaker_type"] = "anonymous"
        attrs["speaker_description"] = ctx.text[speaker.start : speaker.end]
    else:
        attrs["speaker_type"] = speaker.kind
    if speaker.mention is None and not speaker.name:
        attrs["speaker_role"] = ctx.text[speaker.start : speaker.end]
    return attrs


def _written_full_name(ctx: Discourse, surname: str) -> str | None:
    """fr/en/ru: a speaker known by one word ("a affirmé le ministre Sana") whom the text names in full
    elsewhere with capitalised words no stage marked ("le ministre de la Sécurité, Mahamadou Sana"):
    that one fuller name; None when there is none, or several different ones."""
    if not surname[:1].isupper() or ARABIC.search(surname):
        return None
    fuller: set[str] = set()
    pattern = rf"(?<![\w'’-])((?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*\.?\s+){{1,3}}){re.escape(surname)}(?![\w'’-])"
    for found in re.finditer(pattern, ctx.text):
        words = found.group(1).split()
        titled = False
        while words and (fold(words[0]).rstrip(".") in NOT_NAME_WORDS or is_role_word(ctx, words[0])):
            words, titled = (
                words[1:],
                True,
            )  # "le ministre Sana", "President Tinubu": a title, not a given name
        gs = found.start(1) + len(found.group(1)) - len(" ".join(words)) - 1
        named = [m for m in ctx.mentions_in(max(0, gs - 40), found.end()) if m.label != "PER" and m.end > gs]
        if named:  # "… периода Нигера Абдурахман Чиани": a place before the name is no part of it
            words = ctx.text[named[-1].end : found.start() + len(found.group(1))].split()
        before = ctx.text[: found.start()].rstrip()
        # a capitalised word that opens a sentence may be any word ("Selon Sana, …"): not a given name
        opening = not before or before[-1] in '.!?:\n"«»“”'
        if words and not any(w.endswith(".") for w in words) and (titled or not opening):
            fuller.add(" ".join([*words, surname]))
    if not fuller:
        fuller = _given_name_in_full(ctx, surname)
    return next(iter(fuller)) if len(fuller) == 1 else None


def _given_name_in_full(ctx: Discourse, given: str) -> set[str]:
    """A speaker known by the first word of a name the text wrote in full after a title ("spokesman
    Sadiq Aden Ali … — Sadiq said"): the fuller names so written (a place a stage marked inside the
    name is taken as part of it, as taggers read "Aden" there). Not a common given name ("Mahamat said"):
    that is someone's surname as often, not the given name of a head of state named elsewhere."""
    fuller: set[str] = set()
    if fold(given) in load_name_cues().given:
        return fuller
    pattern = rf"(?<![\w'’-]){re.escape(given)}((?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+){{1,3}})(?![\w'’-])"
    for found in re.finditer(pattern, ctx.text):
        before = WORD.findall(ctx.text[max(0, found.start() - 40) : found.start()])
        if (
            before
            and is_role_word(ctx, before[-1])
            and not any(is_role_word(ctx, w) for w in found.group(1).split())
        ):
            fuller.add(given + found.group(1).replace("\n", " "))
    return fuller


def _indirect(ctx: Discourse, direct_spans: Sequence[tuple[int, int]]) -> list[Annotation]:
    """Attribution phrases (بحسب X، وفقاً لـ X، selon X, according to X) not introducing a quote."""
    out: list[Annotation] = []
    text = ctx.text
    spans = sorted(direct_spans)
    span_starts = [s for s, _ in spans]
    for m in finditer_near(
        ctx.cues.attribution, ctx.norm.text, ctx.anchors(ctx.cues.attribution_words), reach=1
    ):
        c_start, c_end = ctx.orig(m.start(), m.end())
        k = bisect.bisect_right(span_starts, c_start) - 1
        if k >= 0 and c_start < spans[k][1]:
            continue  # inside a quotation
        stop = re.search(r"[،,:؛;.\n\"«“]", text[c_end : c_end + 120])
        phrase_end = c_end + (stop.start() if stop else min(120, len(text) - c_end))
        if stop and text[c_end + stop.start()] in '"«“':
            continue  # "بحسب X، "…"": the quote itself carries the attribution
        after = text[phrase_end : phrase_end + 4].lstrip(" ،,:")
        if after[:1] in '"«“':
            continue
        ps, pe = trim(text, c_start, phrase_end)
        if pe - c_end < 2:
            continue
        source_text = text[c_end:pe].strip()
        attrs: dict[str, Any] = {"cue": text[c_start:c_end], "source": source_text, "speaker": None,
                                 "speaker_canonical": None}  # fmt: skip
        named = [x for x in ctx.mentions_in(c_end, pe)]
        if named:
            attrs["speaker"] = ctx.fullest.get(named[0].key, named[0].key)
            attrs["speaker_canonical"] = named[0].canonical
            attrs["speaker_start"], attrs["speaker_end"] = named[0].start, named[0].end
        out.append(ctx.doc.annotation("quotes", ps, pe, "indirect", attrs=attrs, stage=STAGE, confidence=0.7))
    return out
