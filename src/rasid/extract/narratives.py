"""Narratives as claims about actors: "Russia (subject) is a reliable partner (claim) for a Sahel state (object)".

Definitions are data (``rasid/data/narratives/narratives.yaml``, actor groups in ``actors.yaml``), extensible
with the user's own files (stage setting ``narrative_files``; a file may hold ``narratives`` and
``actor_groups``). A definition names its ``subject`` and, optionally, its ``object`` by actor group, and its
claim by cue phrases per language.

A cue phrase alone tags nothing: a false narrative tag accuses an outlet of a line it never carried. A tag is
made only when

* the subject group is present in the claim's sentence — or, when that sentence refers back ("they", "the
  two countries": ``anaphors`` in actors.yaml) or the claim sits in a quote, in the sentences just before:
  an entity linked to one of its KB ids or countries (outlets excepted), or one of its words (الروس, russe);
* the object group, when the definition has one, is present in that passage too;
* the claim is not negated (a negation word right before the cue).

A definition may also have ``weak_cues``: words that make the claim only about the right actors and topic
("souveraineté", "n'ont pas réussi à", "فشلت في"). Such a cue tags only when its subject is named in its own
sentence or is the speaker of the quote it sits in (Tiani speaking for Niger), its object is in the passage,
and, when the definition lists ``context`` words (terrorisme, إرهاب), one of them is in the sentence.

A claim inside a quote — direct, or reported ("X a affirmé que ...") — whose speaker belongs to the subject group
takes the speaker as its subject: the junta leader's words are the junta's claim.

Each tag records who asserts the claim: the outlet itself, or the speaker of the quote it sits in
(``asserted_by``: ``outlet`` | ``quoted``, with ``speaker``), its evidence spans (cue, subject, object) and a
confidence (higher when the subject is in the claim's own sentence and linked in the KB).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasid.errors import ConfigError
from rasid.extract.cuedata import cue_phrases, load_definitions
from rasid.extract.phrases import PhraseMatcher
from rasid.model import Annotation, Document, Span
from rasid.pipeline import register_stage
from rasid.text.segment import sentences
from rasid.text.tokens import is_arabic

STAGE = "rasid.narratives.v2"
#: Sentences before the claim's own that may hold the actor it refers to.
CONTEXT_SENTENCES = 2
#: ...but never further back than this many characters.
CONTEXT_CHARS = 600
#: A weak cue's subject is named this close to it (characters, same sentence), unless it speaks the quote.
WEAK_REACH = 80
#: ... and one of its context words (terrorism, security) this close, in the sentence.
CONTEXT_REACH = 160
#: A negation this close before the cue (characters, same sentence) negates the claim.
NEGATION_WINDOW = 30
_NEGATION = re.compile(
    r"(?:^|[\s(«\"])(?:[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا|غير|عدم)|not|never|no|n't|ne|n'|pas|jamais|non|не|ни|нет)"
    r"(?=[\s'’]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ActorGroup:
    id: str
    countries: frozenset[str]
    kb_ids: frozenset[str]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kb_id: str | None
    linked: bool  # an entity linked in the KB, not just a word


@dataclass(frozen=True)
class _Catalogue:
    #: keys "id" (a cue) and "id|weak" (a weak cue, see the module doc)
    claims: PhraseMatcher
    #: key: narrative id -> context words one of which a weak cue needs in its sentence
    context: PhraseMatcher
    actor_words: PhraseMatcher
    anaphors: PhraseMatcher
    narratives: Mapping[str, dict]
    groups: Mapping[str, ActorGroup]
    includes: Mapping[str, tuple[str, ...]]


@lru_cache(maxsize=8)
def _catalogue(extra_files: Sequence[str]) -> _Catalogue:
    files = tuple(extra_files)
    definitions = load_definitions("rasid.data.narratives", "narratives.yaml", "narratives", files)
    group_defs = load_definitions("rasid.data.narratives", "actors.yaml", "actor_groups", files)
    anaphors = load_definitions("rasid.data.narratives", "actors.yaml", "anaphors", files)
    groups = {
        g["id"]: ActorGroup(
            g["id"],
            frozenset(str(c).upper() for c in g.get("countries") or ()),
            frozenset(g.get("kb_ids") or ()),
        )
        for g in group_defs
    }
    for g in group_defs:
        for other in g.get("include") or ():
            if other not in groups:
                raise ConfigError(f"actor group {g['id']!r}: include {other!r} is not an actor group")
    for d in definitions:
        for role in ("subject", "object"):
            if d.get(role) is not None and d[role] not in groups:
                raise ConfigError(f"narrative {d['id']!r}: {role} {d[role]!r} is not an actor group")
    claim_phrases = {d["id"]: cue_phrases(d, "cues") for d in definitions}
    claim_phrases.update({f"{d['id']}|weak": cue_phrases(d, "weak_cues") for d in definitions})
    return _Catalogue(
        claims=PhraseMatcher(claim_phrases),
        context=PhraseMatcher({d["id"]: cue_phrases(d, "context") for d in definitions if d.get("context")}),
        actor_words=PhraseMatcher({g["id"]: cue_phrases(g, "words") for g in group_defs}),
        anaphors=PhraseMatcher({a["id"]: cue_phrases(a, "words") for a in anaphors}),
        narratives={d["id"]: d for d in definitions},
        groups=groups,
        includes={g["id"]: tuple(g["include"]) for g in group_defs if g.get("include")},
    )


def narrative_definitions(extra_files: Sequence[str] = ()) -> list[dict]:
    return list(_catalogue(tuple(extra_files)).narratives.values())


def _group_mentions(doc: Document, catalogue: _Catalogue) -> dict[str, list[Mention]]:
    """Every place in the text where each actor group is named, by a linked entity or by one of its words."""
    found: dict[str, list[Mention]] = {g: [] for g in catalogue.groups}
    for ann in doc.layer("entities"):
        if ann.label == "MEDIA":
            continue  # an outlet reporting on a country is not that country acting
        kb_id = ann.attrs.get("kb_id")
        country = str(ann.attrs.get("country") or "").upper()
        if not kb_id and not country:
            continue
        for group in catalogue.groups.values():
            if kb_id in group.kb_ids or country in group.countries:
                found[group.id].append(Mention(ann.start, ann.end, kb_id, True))
    for match in catalogue.actor_words.find(doc.text):
        found[match.key].append(Mention(match.span.start, match.span.end, None, False))
    for group_id, included in catalogue.includes.items():
        for other in included:
            found[group_id].extend(found.get(other, ()))
    return found


def _nearest(mentions: Sequence[Mention], passage: Span, claim: Span) -> Mention | None:
    """The mention in ``passage`` closest to the claim, preferring linked entities."""
    inside = [m for m in mentions if passage.start <= m.start and m.end <= passage.end]
    if not inside:
        return None
    return min(inside, key=lambda m: (not m.linked, abs(m.start - claim.start)))


def _passage(spans: Sequence[Span], index: int) -> Span:
    first = max(0, index - CONTEXT_SENTENCES)
    start = spans[first].start
    floor = spans[index].start - CONTEXT_CHARS
    while start < floor and first < index:
        first += 1
        start = spans[first].start
    return Span(start, spans[index].end)


def _negated(text: str, sentence: Span, cue: Span) -> bool:
    window = text[max(sentence.start, cue.start - NEGATION_WINDOW) : cue.start]
    return bool(_NEGATION.search(window))


def _quote_around(quotes: Sequence[Annotation], cue: Span) -> Annotation | None:
    """The quote the claim is made in: direct first, else reported speech ("X a affirmé que ...")."""
    around = [q for q in quotes if q.start <= cue.start and cue.end <= q.end]
    return next((q for q in around if q.label != "indirect"), around[0] if around else None)


#: "X a déclaré que ...", "قال X إن ...", "X said that ...": the claim after it is X's, reported by the outlet.
_REPORTED = re.compile(
    r"(?:\b(?:a|ont|avait)\s+(?:déclaré|affirmé|dit|estimé|assuré|indiqué|souligné|martelé|accusé|soutenu)"
    r"|\b(?:said|says|stated|told\s+\w+|claimed|argued|insisted|accused)"
    r"|(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|اكد|اعتبر|اعتبرت|أوضح|صرح|زعم|رأى|يرى|أشار|اتهم)"
    r"|\b(?:заявил|заявила|сказал|сказала|отметил|отметила|подчеркнул|считает|обвинил))"
    r"(?P<gap>[^.!?؟\n]{0,90}?)(?:\s|^)(?:que|qu'|qu’|that|أن|إن|ان|بأن|что)(?=\s|$)",
    re.IGNORECASE,
)


def _reported_speaker(doc: Document, sentence: Span, cue: Span) -> tuple[int, int, str] | None:
    """Who says the claim in reported speech (start, end, name): a person or body named in the sentence, else
    the words between an Arabic speech verb and إن (قال رئيس المجلس العسكري في النيجر إن ...)."""
    found = None
    for m in _REPORTED.finditer(doc.text, sentence.start, cue.start):
        found = m
    if found is None:
        return None
    verb_start, verb_end = found.start(), found.start("gap")
    people = [
        a
        for a in doc.layer("entities")
        if a.label in ("PER", "ORG") and sentence.start <= a.start and a.end <= found.end("gap")
    ]
    after = [a for a in people if a.start >= verb_end]  # قال الوزير إن: the subject follows the verb
    before = [a for a in people if a.end <= verb_start]
    named = before[-1] if before else after[0] if after else None
    if named is not None:
        return named.start, named.end, str(named.attrs.get("canonical") or named.text)
    gap = found.group("gap")
    words = gap.strip()
    if words and len(words) <= 60 and is_arabic(words):
        start = found.start("gap") + gap.index(words)
        return start, start + len(words), words
    return None


def _speaker_mention(quote: Annotation, mentions: Sequence[Mention]) -> Mention | None:
    """The group's mention that names the quote's speaker: Tiani speaks for Niger, Zakharova for Russia."""
    start, end = quote.attrs.get("speaker_start"), quote.attrs.get("speaker_end")
    if start is None or end is None:
        return None
    return next((m for m in mentions if m.start < end and start < m.end and m.linked), None)


def _mention_attrs(doc: Document, mention: Mention) -> dict[str, Any]:
    return {
        "text": doc.text[mention.start : mention.end],
        "start": mention.start,
        "end": mention.end,
        "kb_id": mention.kb_id,
    }


def _catalogue_of(config: Mapping[str, Any]) -> _Catalogue:
    """The narrative catalogue with the user's narrative files over the packaged one."""
    return _catalogue(tuple(config.get("narrative_files") or ()))


@register_stage(
    STAGE,
    requires=("entities", "quotes"),
    provides=("narratives",),
    defaults={"narrative_files": ()},
    check=_catalogue_of,
)
def tag_narratives(doc: Document, config: Mapping[str, Any]) -> Document:
    """Tag a narrative where its claim is made about its actors (see the module doc)."""
    catalogue = _catalogue_of(config)
    claims = catalogue.claims.find(doc.text)
    if not claims:
        return doc.with_layer("narratives", [])
    spans = sentences(doc.text) or [Span(0, len(doc.text))]
    starts = [s.start for s in spans]
    mentions = _group_mentions(doc, catalogue)
    anaphors = [m.span for m in catalogue.anaphors.find(doc.text)]
    quotes = doc.layer("quotes")
    annotations = []
    context = catalogue.context.find(doc.text)
    tagged: set[tuple[str, int]] = set()
    # strong cues first: a weak cue adds a tag only to a sentence that has none of its narrative
    for match in sorted(claims, key=lambda m: (m.key.endswith("|weak"), m.span.start)):
        narrative_id, _, weak = match.key.partition("|")
        definition = catalogue.narratives[narrative_id]
        index = max(0, bisect_right(starts, match.span.start) - 1)
        sentence = spans[index]
        if weak and (narrative_id, index) in tagged:
            continue
        quote = _quote_around(quotes, match.span)
        passage = sentence
        if quote is not None:  # the speaker's own discourse: from the sentences before the quote opened
            passage = Span(_passage(spans, max(0, bisect_right(starts, quote.start) - 1)).start, sentence.end)
        elif any(sentence.start <= a.start and a.end <= sentence.end for a in anaphors):
            passage = _passage(spans, index)  # "the two countries", "they": the actor was named just before
        near = Span(
            max(sentence.start, match.span.start - WEAK_REACH), min(sentence.end, match.span.end + WEAK_REACH)
        )
        if (
            weak
            and definition.get("context")
            and not any(
                c.key == narrative_id
                and abs(c.span.start - match.span.start) <= CONTEXT_REACH
                and sentence.start <= c.span.start < sentence.end
                for c in context
            )
        ):
            continue  # "n'ont pas réussi à" about something else than terrorism, or far from it
        reporter = _reported_speaker(doc, sentence, match.span) if quote is None else None
        if quote is not None:
            speaker = _speaker_mention(quote, mentions[definition["subject"]])
        elif reporter is not None:
            speaker = next(
                (m for m in mentions[definition["subject"]] if m.start < reporter[1] and reporter[0] < m.end),
                None,
            )
        else:
            speaker = None
        if weak:  # the claim's own words about its subject: named close to the cue, in its sentence
            subject = speaker or _nearest(mentions[definition["subject"]], near, match.span)
        else:
            subject = speaker or _nearest(mentions[definition["subject"]], passage, match.span)
        if subject is None:
            continue  # the claim is not made about this narrative's actor here
        obj = None
        if definition.get("object") is not None:
            obj = _nearest(mentions[definition["object"]], passage, match.span)
            if obj is None:
                continue
        if _negated(doc.text, sentence, match.span):
            continue
        label = definition.get("label") or {}
        tagged.add((narrative_id, index))
        attrs: dict[str, Any] = {
            "narrative": label.get("en", narrative_id),
            "cue": match.phrase,
            "subject": _mention_attrs(doc, subject),
            "sentence_start": sentence.start,
            "sentence_end": sentence.end,
        }
        evidence = [[match.span.start, match.span.end], [subject.start, subject.end]]
        if obj is not None:
            attrs["object"] = _mention_attrs(doc, obj)
            evidence.append([obj.start, obj.end])
        attrs["evidence"] = evidence
        # reported speech without a speaker ("citing their failure") is the outlet's own account
        quoted = quote is not None and (quote.label != "indirect" or bool(quote.attrs.get("speaker")))
        attrs["asserted_by"] = "quoted" if quoted or reporter is not None else "outlet"
        if quoted and quote is not None:
            attrs["speaker"] = quote.attrs.get("speaker")
        elif reporter is not None:
            attrs["speaker"] = reporter[2]
        in_sentence = sentence.start <= subject.start and subject.end <= sentence.end
        confidence = (
            0.5 + 0.2 * in_sentence + 0.1 * subject.linked + 0.1 * (obj is not None) - 0.1 * bool(weak)
        )
        if weak:
            attrs["weak_cue"] = True
        annotations.append(
            doc.annotation(
                "narratives",
                match.span.start,
                match.span.end,
                narrative_id,
                attrs=attrs,
                stage=STAGE,
                confidence=round(confidence, 2),
            )
        )
    return doc.with_layer("narratives", sorted(annotations, key=lambda a: (a.start, a.label)))
