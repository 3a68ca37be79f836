"""Quotes: direct quotations with their speakers, and indirect attributions.

``rasid.quotes.v1`` (requires ``entities``) adds the ``quotes`` layer:

* ``direct`` — the quoted words without the quotation marks (« », “ ”, „ “ or straight
  quotes, also unbalanced, broken across a line, or running over several paragraphs:
  ``attrs.paragraphs``). ``attrs``: ``speaker`` (the fullest name of the speaker in the
  document), ``speaker_canonical``, ``speaker_type`` (person/organization/anonymous/none),
  ``speaker_description`` (an unnamed source as written), ``speaker_start``/``speaker_end``
  (the words naming the speaker in this attribution, or the antecedent they refer to),
  ``speaker_via`` (explicit/surname/role/pronoun/implicit/after/continuation/heading), ``cue``;
* ``indirect`` — an attribution phrase (بحسب مختصين عسكريين, selon le ministre,
  according to…, по словам…) not followed by a direct quote; the span is the phrase,
  ``attrs.source`` the attributed source.

Speakers are resolved over the discourse: every speech verb with a written subject and every
quote's speaker is an event of a chain, and a pronoun or an implicit subject (he said,
a-t-il souligné, — сказал он, وأضاف:) is the last of them — unless a subject was written that
names nobody known, another person came in since, the gender disagrees, or it is too far back.
Precision comes before recall: when two candidates compete, ``speaker`` is ``None`` — an
unattributed quote is honest, a wrong speaker is not. A quoted line standing alone (a
sub-heading) gets the speaker of a quote that repeats its words, or none.

What real news needed besides (each with tests in ``tests/extract/test_speakers_mechanisms.py``):

* a role phrase refers back only to a person whose title agrees with it (the spokesman is not
  President X); a title and a name no stage marked introduce someone new;
* fr/en/ru inversion after the time and the addressee (a déclaré lundi à l'AFP le ministre X,
  заявил журналистам X), a subject after the verb only when it is inverted (X told Y: not Y),
  and a written subject naming nobody known stops the chain (these languages drop no subject);
* names no stage marked in the subject slots (said Ajuri Ngelale, X, a researcher at Y, said;
  директор … Роман Чекушов);
* a pronoun with nobody speaking before takes the one person (or, for il/it, the one body) of the
  sentence before; a paragraph that is only a quote goes on with the last speaker; «A» et «B»,
  dit-il gives A the speaker of B; "…", according to X after the quote;
* unnamed sources typed anonymous in more forms (la même source, a sentence opening with
  "Un proche de X", one who asked not to be named), نقل عن X قوله;
* quotation marks as typed in the wild (”…”, ‘…’, ”…“, « … .« ).

Arabic discourse (tests in ``tests/extract/test_speakers_arabic_discourse.py``): a quotation inside a
quotation (ends at the next closing mark when the inner marks never balance); ” or " typed with a space
after; a title noun is no title when its name is written after it or a statement noun comes between;
three quoted words after إن/أن or a speech verb; لفت is masculine; a verb agreeing with a country
(اعتبرت روسيا على لسان مندوبها X) gives X no gender; وأشار البيان takes the issuer; نقلا عن X makes X
the speaker; وبيّن … أن, أبان, بالقول, القول, وتابع قوله; honorifics (سموه); a described body
(النادي الإسباني) or a definite noun (المدافع) or a title repeated word for word refers back to the one
body or person it was written with; a newcomer opening the sentence before takes over the chain.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
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
from rasid.extract.entities import load_cues as entity_cues
from rasid.extract.matcher import prepare
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
    #: words after a statement that name its signer as author: بيان وقعه X, statement signed by X
    statement_signed: frozenset[str]
    #: "من جهته، قال الوزير": words that bring in another speaker than the one before
    turn_openers: re.Pattern[str]
    pronoun: re.Pattern[str]
    adverbial: frozenset[str]
    title_nouns: frozenset[str]
    not_names: frozenset[str]
    #: Arabic heads of an unnamed speaker (مصدر, مسؤول), folded, without the article
    anonymous_ar: frozenset[str]
    #: an unnamed speaker at the start of a zone: "a diplomatic source in …", "источник в …"
    anonymous_other: re.Pattern[str]
    #: the speaker asked not to be named: "on condition of anonymity", "رافضاً كشف هويته"
    anonymity: re.Pattern[str]
    #: Arabic heads of an organisation as speaker (وزارة, الجيش → جيش), folded, without the article
    organization_ar: frozenset[str]
    #: an organisation head anywhere in a French/English/Russian subject ("the Defence Ministry")
    organization_other: re.Pattern[str]
    #: a statement, letter or report at the start of a zone (بيان للمحكمة, the statement)
    statement: re.Pattern[str]
    #: first words of the speech verbs (where :func:`finditer_near` tries ``verb``)
    verb_words: tuple[str, ...]
    #: "по его словам", "selon elle", "على حد قوله": groups ``m``, ``f``, ``any`` (the pronoun's gender)
    pronoun_attribution: re.Pattern[str]
    #: lower-case words inside a French/English organisation name ("des armées", "des affaires étrangères")
    organization_words: frozenset[str] = frozenset()
    #: fr/en/ru role nouns of one word, folded, without article (president, ministre, министр)
    role_words: frozenset[str] = frozenset()


#: A nationality or rank word before a role noun (the Nigerien president, the deputy minister; a
#: Russian adjective ending: российский министр), not a function word ("that the president").
#: Matched on folded (lower-case) text; French adjectives follow the noun (le président malien).
_ADJECTIVE = (
    r"(?!(?:a|an|one|un|une|that|which|who|when|and|but|as|to|of|for|with|by|in|on|at|from|is|was|has|que|qui|et|de|du|des"
    r"|en|au|aux|dans|sur|par|pour)(?![\w-]))[a-z][\w-]*|[а-яё]+(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)"
)


#: "وبيّن X أن": بين is a speech verb only when "أن" follows within a few words (else "between").
_AR_BAYYANA = r"بين(?=(?:\s+[^\s.,،؛:;!?؟\"«»“”]+){1,6}?\s+(?:ان|انه|انها|بان|بانه)(?![^\W_]))"


def _french_inversions(verbs: Sequence[str]) -> list[str]:
    """«…», a-t-il ajouté / ajoute-t-elle / dit-il: the inverted forms of the French speech verbs."""
    out = []
    for verb in verbs:
        if verb.startswith("a ") and "-" not in verb:
            out += [f"a-t-il {verb[2:]}", f"a-t-elle {verb[2:]}"]
        elif " " not in verb and "-" not in verb:
            link = "-t-" if verb[-1] in "ae" else "-"
            out += [f"{verb}{link}il", f"{verb}{link}elle"]
    return out


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


#: Arabic honorifics written before a title (سمو رئيس الوزراء, معالي الوزير), as written and folded.
_AR_HONORIFIC_TITLES = "سمو|معالي|سعادة|سعاده|فضيلة|فضيله"


@lru_cache(maxsize=8)
def quote_cues(extra_files: tuple[str, ...] = ()) -> QuoteCues:
    data = load_cues("quotes", extra_files)
    speech = data["speech_verbs"]
    arabic = list(speech["ar"])
    other = [v for lang, vs in speech.items() if lang != "ar" for v in vs]
    other += _french_inversions(speech.get("fr", []))
    attributions = [v for vs in data["attribution_cues"].values() for v in vs]
    roles = [v for vs in data["role_nouns"].values() for v in vs]
    # the role nouns without their article, for "the Russian president", "российский министр"
    bare_roles = sorted(
        {
            re.sub(r"^(?:the|le|la|l')\s*", "", fold(v))
            for lang in ("fr", "en", "ru")
            for v in data["role_nouns"].get(lang, [])
        }
        - {"source", "responsable", "officier", "official", "officer"}
    )
    anonymous = data["anonymous_heads"]
    latin_anonymous = list(anonymous.get("fr", [])) + list(anonymous.get("en", []))
    organizations = data["organization_heads"]
    other_organizations = [w for lang, ws in organizations.items() if lang not in ("ar", "ru") for w in ws]
    russian_organizations = organizations.get("ru", [])
    return QuoteCues(
        verb=re.compile(
            rf"{B_START}(?:(?:[وف])?(?P<ar>{alternation(arabic)}|{_AR_BAYYANA})|(?P<other>{alternation(other)})){B_END}"
        ),
        attribution=re.compile(rf"{B_START}(?:[وف])?(?:{alternation(attributions)})(?:{B_END}|(?<=ل))"),
        attribution_words=first_words(attributions),
        role=re.compile(
            # an Arabic honorific may stand before the title (وأكد سمو رئيس الوزراء)
            rf"^\s*(?:[وف])?(?:(?:{_AR_HONORIFIC_TITLES})\s+)?(?:(?P<role>{alternation(roles)})"
            # fr/en/ru: an article and up to two adjectives before the role noun ("the Russian
            # president", "le président malien" is matched above, "российский министр")
            rf"|(?:(?:the|le|la|l')\s*)?(?:(?:{_ADJECTIVE})\s+){{1,2}}?(?P<bare>{alternation(bare_roles)})){B_END}"
        ),
        participles=frozenset(fold(w) for w in data["participle_verbs"]),
        anonymous=frozenset(fold(w) for w in data["anonymous_roles"]),
        non_subject=frozenset(fold(w) for w in data["non_subject_before"]),
        statement_nouns=frozenset(fold(w) for w in data["statement_nouns"]),
        statement_signed=frozenset(fold(w) for w in data["statement_signed"]),
        turn_openers=re.compile(rf"(?:^|\W)(?:{alternation(data['turn_openers'])})(?:\W|$)"),
        pronoun=re.compile(rf"^\W*(?:{alternation(data['continuation_pronouns'])}){B_END}"),
        adverbial=frozenset(fold(w) for w in data["adverbial_starts"]),
        title_nouns=frozenset(fold(w) for w in data["title_nouns"]),
        not_names=frozenset(fold(w) for w in [*data["not_names"], *data["continuation_pronouns"]]),
        anonymous_ar=frozenset(_without_article(fold(w)) for w in anonymous.get("ar", [])),
        anonymous_other=re.compile(
            rf"^[\W_]*(?:(?:and|but|et|mais|и|а|но)\s+)?(?:"
            rf"(?:a|an|one|une|un|des|two|deux|several|plusieurs|some|certains)\s+(?:[^\W\d_][\w'-]*\s+){{0,3}}?"
            rf"(?P<latin>{alternation(latin_anonymous)})"
            rf"|(?:the|la|le|les|l'|cette|ce|ces|notre|nos|our|this|these)\s*(?:(?:same|meme)\s+)?"
            rf"(?:[^\W\d_][\w'-]*\s+){{0,2}}?(?P<definite>{alternation(data['anonymous_definite_heads'])})"
            rf"|(?:[^\W\d_]+\s+){{0,2}}?(?P<ru>{alternation(anonymous.get('ru', []))})){B_END}"
        ),
        anonymity=re.compile(
            rf"{B_START}(?:{alternation(p for ps in data['anonymity_phrases'].values() for p in ps)}){B_END}"
        ),
        organization_ar=frozenset(_without_article(fold(w)) for w in organizations.get("ar", [])),
        organization_other=re.compile(
            rf"{B_START}(?:(?:{alternation(other_organizations)})|(?:{alternation(russian_organizations)})[а-яё]*){B_END}"
        ),
        statement=re.compile(rf"^[\W_]*(?:[وف])?(?P<head>{alternation(data['statement_heads'])}){B_END}"),
        verb_words=first_words([*arabic, *other, "بين"]),
        pronoun_attribution=re.compile(
            B_START
            + "|".join(
                f"(?P<{gender}>{alternation(phrases)})"
                for gender, phrases in data["pronoun_attributions"].items()
            )
            + B_END
        ),
        role_words=frozenset(r for r in bare_roles if " " not in r),
        organization_words=frozenset(
            fold(w) for ws in data.get("organization_name_words", {}).values() for w in ws
        ),
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
    #: how many paragraphs the quote runs over (each new one reopened with a mark)
    paragraphs: int = 1


def _is_opener(text: str, i: int) -> bool:
    """A straight quote opens when what follows is a word and what precedes is not."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after in ".,،؛:;!?)":
        return False
    return before.isspace() or before in "(:[—-–،," or not before.isalnum()


_OPENING_MARKS = re.compile(r'[«“„"”‘]|(?:^|(?<=[\s(]))\'(?=[A-Za-z])')
#: The end of an English passage in straight single quotes ('sole legitimate authority'), on its line:
#: a quote mark after a word and before no letter (not the apostrophe of Niger's or O'Neill).
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?![A-Za-z])|\n")
_STOPS = {closer: re.compile(rf'[{re.escape(closer)}«“„"\n]') for closer in ("»", "”", "“", '"', "’")}
#: Marks that open a quotation only where a straight quote would (before a word, after a space):
#: ”…” as some outlets type it, and single quotes ‘…’.
_SYMMETRIC_OPENERS = {"”": "”", "‘": "’"}


def _closer_of(text: str, i: int) -> str | None:
    ch = text[i]
    if ch in _OPEN_CLOSE:
        return _OPEN_CLOSE[ch]
    if ch == '"' or ch in _SYMMETRIC_OPENERS:
        if _is_opener(text, i) or (ch in '"”' and _spaced_arabic_opener(text, i)):
            return _SYMMETRIC_OPENERS.get(ch, '"')
        return None
    return None


#: An Arabic straight quote typed with a space after it (قال في تصريح " حصلت الوزارة …"): it opens
#: when a mark that can only close (a word before it, or a space and then punctuation, and no word
#: right after) ends it on the same line.
#: The same with ” typed for both marks (وأشار إلى أن ” ما صرف …”).
_SPACED_ARABIC_OPENING = {
    mark: re.compile(
        rf" [\u0621-\u064A][^{mark}\n]*(?:[^\s{mark}]{mark}(?=[\s.,،؛:;!?)]|$)| {mark}(?=[.,،؛:;!?)]))"
    )
    for mark in '"”'
}


def _spaced_arabic_opener(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    pattern = _SPACED_ARABIC_OPENING[text[i]]
    if _ARABIC.match(before) is not None:
        # وقال المرصد في بيان اليوم" إن … دمشق" .: the mark glued to the word before it, the first of
        # the two of its line, then a space and the words it closes on after the second
        line_start, line_end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        return (
            line.count(text[i]) == 2
            and text.find(text[i], line_start, i) == -1
            and pattern.match(text, i + 1, min(len(text), i + MAX_QUOTE_CHARS)) is not None
        )
    if not (before.isspace() or before in ":،,"):
        return False
    if pattern.match(text, i + 1, min(len(text), i + MAX_QUOTE_CHARS)) is not None:
        return True
    # ونحن " على ثقة …⏎: the only mark of its line, left open after a speech; it runs to the line's end
    line_start, line_end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return (
        text[i] == '"'
        and line.count('"') == 1
        and _LONE_ARABIC_OPENING.match(text, i + 1) is not None
        and len(_WORD.findall(line[i - line_start :])) >= 2 * MIN_WORDS
    )


#: After a lone straight quote: a space and an Arabic word.
_LONE_ARABIC_OPENING = re.compile(r" [\u0621-\u064A]")


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
        if ch == "'":  # English straight single quotes: a passage only when it closes on its line
            single = _SINGLE_CLOSE.search(text, i + 1, min(n, i + MAX_QUOTE_CHARS))
            if single is None or single.group() == "\n":
                i += 1
                continue
            s, e = _trim(text, i + 1, single.start())
            quotes.append(Quote(i, single.start(), s, e))
            i = single.start() + 1
            continue
        closer = _closer_of(text, i)
        if closer is None:
            i += 1
            continue
        limit = min(n, i + MAX_QUOTE_CHARS)
        close_at: int | None = None
        # «… «حزب الله» …», "… "داعش" …": one quotation inside another. A second one inside it means
        # a mark typed wrong («8 مارس « for »): the next closing mark ends the quotation then.
        nested = 0
        broken = False
        first_closing: int | None = None
        # jump from one mark or line break to the next instead of walking every character
        for stop in _STOPS[closer].finditer(text, i + 1, limit):
            j, c = stop.start(), stop.group()
            if c == closer and closer == "’" and text[j + 1 : j + 2].isalpha():
                continue  # an apostrophe (Wagner’s), not the end of a single-quoted passage
            if c == closer and (closer != '"' or not _is_opener(text, j) or _closes_anyway(text, j)):
                if nested == 0 or broken:
                    close_at = j
                    break
                nested -= 1
                first_closing = j if first_closing is None else first_closing
                continue
            if c == '"' and closer == '"' and ch == '"':
                broken, nested = broken or nested > 0, nested + 1  # a straight quote opening inside
                continue
            if ch == "”" and c == "“" and not _is_opener(text, j):
                close_at = j  # ”…“, the marks reversed (often in right-to-left text)
                break
            if c == "\n":
                if text.startswith("\n\n", j) or _next_line_opens_new(text, j):
                    break  # paragraph break or a new speech lead-in: this one was never closed
            elif c == ch and ch != closer:
                if ch == "«" and re.match(r"\s*[,.;،؛]", text[j + 1 : j + 4]):
                    close_at = j  # "« … .« , dit-il", "«… 36 «، التي": a mark typed the wrong way round
                    break
                if ch in _OPEN_CLOSE and (nested > 0 or text[j + 1 : j + 2].isalnum()):
                    broken, nested = broken or nested > 0, nested + 1  # «…«…»…»: an inner quotation
                    continue
                break  # a new opening mark of the same kind: this one was never closed
        if close_at is None and first_closing is not None:
            close_at = first_closing  # the inner marks never balanced: close at the first closing mark
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
    return _join_paragraphs(text, [q for q in quotes if q.end > q.start])


def _join_paragraphs(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote running over paragraphs is one quote: by the usual convention each paragraph but the
    last is left open and the next one starts with an opening mark of the same kind."""
    out: list[Quote] = []
    for q in quotes:
        last = out[-1] if out else None
        if (
            last is not None
            and last.close is None
            and "\n" in text[last.end : q.open]
            and not text[last.end : q.open].strip()
            and text[q.open] == text[last.open]
            and len(_WORD.findall(text[last.start : last.end])) >= MIN_WORDS
        ):
            out[-1] = Quote(last.open, q.close, last.start, q.end, paragraphs=last.paragraphs + 1)
        else:
            out.append(q)
    return out


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
    #: how this mention names its entity: in full (explicit), by a surname only, or by a role
    via: str = "explicit"
    #: the role class of the title that introduced the person (military, minister, …), if any
    role_class: str | None = None


#: A spokesman's title right before باسم ("on behalf of") that a stage took for a name (folded).
_SPOKESMAN_BEFORE = re.compile(r"(?:متحدث|ناطق|متحدثه|ناطقه)(?:\s+(?:الرسمي|الرسميه))?\s*$")


#: entities-layer ``attrs.mention`` (set by coreference) -> how the mention names the speaker
_MENTION_VIA = {"short": "surname", "role": "role"}


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
        if ent.label not in SPEAKER_LABELS or fold(ent.text) in not_names:
            continue  # a pronoun a stage took for a name ("He" at a sentence start) is no speaker
        if (
            ent.label == "PER"
            and fold(ent.text).startswith("باسم ")
            and _SPOKESMAN_BEFORE.search(fold(doc.text[max(0, ent.start - 30) : ent.start]))
        ):
            continue  # "المتحدث الرسمي باسم رئاسة": باسم is "on behalf of" here, not the name Basim
        canonical = ent.attrs.get("canonical")
        if verb is not None and "kb_id" not in ent.attrs:
            trimmed = _without_trailing_verb(doc, ent, verb)  # "سلمان بقوله": the model took the verb in
            if trimmed is not ent:
                canonical = trimmed.text if canonical == ent.text else canonical
                ent = trimmed
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
    # word -> the linked people with a name form holding it (so an unlinked name is matched against
    # the few people who share its words, not against everyone: long pages name hundreds)
    holders: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for owner, forms in linked.items():
        for form in forms:
            words = frozenset(form)
            for word in words:
                holders.setdefault(word, []).append((owner, words))
    out = []
    for ent, canonical in raw:
        if canonical is None and ent.label == "PER":
            tokens = set(_name_tokens(ent.text))
            owners = _owners(tokens, holders)
            if not owners and len(tokens) == 1 and next(iter(tokens))[:1] in "لبوف":
                owners = _owners({next(iter(tokens))[1:]}, holders)  # لفوتشيتش: ل + a known surname
            if len(owners) == 1:
                canonical = owners[0]
        key = canonical or fold(ent.text)
        via = _MENTION_VIA.get(str(ent.attrs.get("mention")), "explicit")
        role_class = ent.attrs.get("role_class")
        role_class = str(role_class) if role_class and role_class not in _NOT_ROLES else None
        out.append(Mention(ent.start, ent.end, ent.label, key, canonical, ent.text, via, role_class))
    out.extend(_surname_mentions(doc.text, linked, out))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


#: Title classes that say nothing about what a person does.
_NOT_ROLES = frozenset({"honorific", "photographer"})
#: Role classes that one person can hold together (a junta's leader is a colonel and a president;
#: a foreign minister is the country's top diplomat): a role phrase of one class can refer back
#: to a person introduced with a title of a class in the same group.
_ROLE_GROUPS = (
    frozenset({"head_of_state", "head_of_government", "leader", "military"}),
    frozenset({"minister", "diplomat"}),  # a minister of a portfolio is not the head of government
    frozenset({"spokesperson", "diplomat"}),
    frozenset({"expert"}),
)


@lru_cache(maxsize=4096)
def _phrase_role_class(phrase: str) -> str | None:
    """The role class of a role phrase (the general -> military, وزير الخارجية -> minister), from the
    entity stage's lists of titles and role phrases; None for a generic one (the official, المسؤول)."""
    cues = entity_cues()
    bare = _DETERMINER.sub("", phrase)  # "the spokesman": the titles are listed without an article
    for text in (phrase, bare) if bare != phrase else (phrase,):
        prepared = prepare(text)
        for matcher, prefix in ((cues.roles, "role:"), (cues.titles, "title:")):
            for match in matcher.find(prepared):
                if match.token_start <= 1:  # "Nigerien Minister …": after one adjective
                    role_class = match.hits[0].entry_id.removeprefix(prefix).split(":", 1)[0]
                    return None if role_class in _NOT_ROLES else role_class
    return None


_DETERMINER = re.compile(r"^\s*(?:the|le|la|les|l['’])\s*", re.IGNORECASE)
#: "President of Nigeria", "ministre de la Défense du Mali": the country or body after a title.
_TITLE_COMPLEMENT = re.compile(
    r"\s+(?:of|de|du|des|d['’])\s+(?:the\s+|la\s+|l['’])?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*)?$"
)


#: How far before a role phrase a turn opener (من جهته، for his part) is looked for in its sentence.
TURN_OPENER_CHARS = 60
#: How far before a name its title is looked for.
TITLE_CHARS = 60


def _title_class_ending(window: str) -> str | None:
    """The class of a title that ends ``window`` (the words right before a name), if one does."""
    classes = _title_classes_ending(window)
    return classes[0] if classes else None


#: Title classes a name may carry on top of an office: "وزير الخارجية الدكتور X" is a minister.
_STACKED_TITLE_CLASSES = frozenset({"honorific", "expert", "spokesperson"})
#: Words between an office and such a title that complete the office (والتعاون الدولي بالخارج).
_OFFICE_COMPLEMENT = re.compile(r"(?:\s*(?:و|ب|لل|وال|بال|ال)[\u0621-\u064A]+){0,5}\s*$")


#: Russian genitive words that complete an office (министр иностранных дел, глава минобороны).
_RU_OFFICE_COMPLEMENT = re.compile(r"(?:\s+[а-яё]+){1,3}\s*")


def _title_classes_ending(window: str) -> list[str]:
    """The classes of the title that ends ``window`` (the words right before a name) and, in Arabic,
    of the titles stacked before it with only their complements between (وزير الخارجية والتعاون
    الدولي الدكتور X; وزير الاتصال الناطق الرسمي باسم الحكومة X). A title is stacked onto the next one
    only when one of the two is honorific, academic or a spokesperson's, never two offices (استقبل
    وزير الخارجية الرئيس X: the minister receives the president)."""
    stripped = _TITLE_COMPLEMENT.sub("", window.rstrip())
    if re.search(r"[а-яё]", stripped[-30:]):
        stripped = re.sub(r"\s+[А-ЯЁ][а-яё]+$", "", stripped)  # "министр иностранных дел Мали": the country
    if not stripped:
        return []
    matches = sorted(entity_cues().titles.find(prepare(stripped)), key=lambda m: (m.end, m.start))
    arabic = _ARABIC.search(stripped) is not None
    boundary, following, classes = len(stripped), None, []
    for match in reversed(matches):
        if match.end > boundary:
            continue  # a title inside the one already taken
        if not (
            match.end == boundary
            or (arabic and _OFFICE_COMPLEMENT.fullmatch(stripped, match.end, boundary))
            or _RU_OFFICE_COMPLEMENT.fullmatch(stripped, match.end, boundary)  # министр иностранных дел
        ):
            break  # other words between: this title is not the person's
        title_class = match.hits[0].entry_id.split(":", 2)[1]
        if following is not None and not ({title_class, following} & _STACKED_TITLE_CLASSES):
            break
        if title_class not in _NOT_ROLES and title_class not in classes:
            classes.append(title_class)
        boundary, following = match.start, title_class
        if not arabic:
            break
    return classes


def _roles_agree(phrase_class: str | None, person_classes: set[str], *, evidence: bool) -> bool:
    """A role phrase can name the person: no class on the phrase, or a class of the same group as one
    of the person's titles. With ``evidence`` a specific phrase needs a title; without, only a
    title of another group rules the person out."""
    if phrase_class is None:
        return True
    if not person_classes:
        return not evidence
    return any(phrase_class in group and group & person_classes for group in _ROLE_GROUPS)


def _owners(tokens: set[str], holders: Mapping[str, list[tuple[str, frozenset[str]]]]) -> list[str]:
    """The linked people one of whose name forms holds all of ``tokens``."""
    if not tokens or not all(tokens):
        return []
    some = next(iter(tokens))
    return list(dict.fromkeys(owner for owner, words in holders.get(some, ()) if tokens <= words))


def _without_trailing_verb(doc: Document, ent: Annotation, verb: re.Pattern[str]) -> Annotation:
    """A model's name span that ends with a speech verb (سلمان بقوله), without the verb."""
    words = list(_WORD.finditer(ent.text))
    if len(words) < 2 or not verb.fullmatch(_fold_word(words[-1].group())):
        return ent
    end = ent.start + words[-2].end()
    return doc.annotation(ent.layer, ent.start, end, ent.label, attrs=dict(ent.attrs), stage=ent.stage)


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
    first_seen = dict.fromkeys(linked, 0)
    seen: set[str] = set()
    for m in sorted(known, key=lambda m: m.start):
        if m.canonical in first_seen and m.canonical not in seen:
            first_seen[m.canonical] = m.start
            seen.add(m.canonical)
    # overlap with a known mention by bisection: the furthest end among mentions starting before a point
    by_start = sorted((m.start, m.end) for m in known)
    known_starts = [s for s, _ in by_start]
    furthest_end = list(accumulate((e for _, e in by_start), max))
    found = []
    for word_start, stem_start, stem_end, stem in _surname_tokens(norm.text, owners):
        if len(owners[stem]) != 1:
            continue
        (canonical,) = owners[stem]
        span = norm.to_original(stem_start, stem_end)
        before = bisect.bisect_left(known_starts, span.end)
        if span.start <= first_seen[canonical] or (before and furthest_end[before - 1] > span.start):
            continue
        mention = Mention(
            span.start, span.end, "PER", canonical, canonical, text[span.start : span.end], "surname"
        )
        found.append((word_start, mention))
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]  # in text order


#: Above this many surname-characters of text, surnames are found by one pass over the words.
SURNAME_FIND_BUDGET = 2_000_000


def _surname_tokens(folded: str, surnames: Mapping[str, Any]) -> list[tuple[int, int, int, str]]:
    """Words (``[^\\W_]+`` runs) of ``folded`` that are a surname, or و ف ب ل + a surname that is
    not itself one: ``(word start, surname start, surname end, surname)``.

    Found with ``str.find`` per surname rather than by visiting every word of the article.
    """
    out = []
    size = len(folded)
    if len(surnames) * size > SURNAME_FIND_BUDGET:
        # many surnames over a long text: one pass over its words beats a scan of the text per surname
        for word in _WORD.finditer(folded):
            w = word.group()
            if w in surnames:
                out.append((word.start(), word.start(), word.end(), w))
            elif w[0] in "وفبل" and w[1:] in surnames:
                out.append((word.start(), word.start() + 1, word.end(), w[1:]))
        return out
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


def _fullest_surfaces(mentions: Sequence[Mention]) -> dict[str, str]:
    """Each entity's fullest surface form in the document (most words, then longest)."""
    fullest: dict[str, str] = {}
    for m in mentions:
        if m.via == "role":
            continue  # رئيس الدولة is how the text refers to them, not their name
        known = fullest.get(m.key)
        if known is None or (len(m.text.split()), len(m.text)) > (len(known.split()), len(known)):
            fullest[m.key] = m.text
    for m in mentions:
        fullest.setdefault(m.key, m.text)
    return fullest


# --- attribution --------------------------------------------------------------------------------
@dataclass
class Speaker:
    mention: Mention | None
    start: int
    end: int
    via: str
    cue: str | None
    #: without a mention: ``person`` (a role not resolved), ``organization`` or ``anonymous``
    kind: str = "person"
    #: an organisation named by words no entity covers (منظمة الشفافية الدولية, the ministry)
    name: str | None = None
    #: grammatical gender of the verb or pronoun that introduced the speaker, "m"/"f"
    gender: str | None = None


@dataclass(frozen=True)
class _Event:
    """Someone said something here: a speech verb with its subject, or a quote with its speaker.
    ``speaker`` None: a subject is written that names nobody known (a later "he said" stays open)."""

    start: int
    end: int
    speaker: Speaker | None


@lru_cache(maxsize=16)
def _split_anchors(first_words: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Cue first words that are one word each, and the others (a-t-il: always tried)."""
    plain = [w for w in first_words if _WORD.fullmatch(w)]
    return plain, [w for w in first_words if not _WORD.fullmatch(w)]


class _Context:
    def __init__(self, doc: Document, cues: QuoteCues) -> None:
        self.doc = doc
        self.text = doc.text
        self.cues = cues
        self.norm: NormalizedText = normalized(doc.text)
        self.mentions = _mentions(doc, cues.verb, cues.not_names)
        self.starts = [m.start for m in self.mentions]
        self.mention_starts = frozenset(self.starts)
        self.fullest = _fullest_surfaces(self.mentions)
        self._person_classes: dict[str, set[str]] = {}
        self._by_key: dict[str, list[Mention]] | None = None
        #: the discourse chain of speakers, in text order (see :func:`_speech_events`)
        self.events: list[_Event] = []
        self.event_starts: list[int] = []
        self._words: frozenset[str] | None = None

    def anchors(self, first_words: Sequence[str]) -> list[str]:
        """The cue first words that occur in this text as a word or with و/ف before them: the rest
        cannot start a match, and looking each of them up in the whole text costs more than this."""
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.norm.text))
        present = self._words
        plain, other = _split_anchors(tuple(first_words))
        return [w for w in plain if w in present or "و" + w in present or "ف" + w in present] + other

    def person_nationalities(self, key: str) -> set[str]:
        """Arabic nationality stems written right before a person's first mentions (وزير الخارجية
        الأمريكي X -> أمريك), to tell one country's minister from another's."""
        self.person_classes(key)  # builds the index of mentions by person
        found: set[str] = set()
        for m in (self._by_key or {}).get(key, ())[:3]:
            words = _WORD.findall(self.text[max(0, m.start - TITLE_CHARS) : m.start])
            stem = _nationality_stem(words[-1]) if words else None
            if stem is not None:
                found.add(stem)
        return found

    def person_classes(self, key: str) -> set[str]:
        """A person's title classes: from the entity stage, or the title written right before one of
        their first mentions ("General Oumar Diarra" -> military). Computed for the few people a role
        phrase may refer to, not for everyone."""
        known = self._person_classes.get(key)
        if known is not None:
            return known
        if self._by_key is None:  # built once, on the first question (most articles never ask)
            self._by_key = {}
            for m in self.mentions:
                if m.via == "explicit":
                    self._by_key.setdefault(m.key, []).append(m)
        classes: set[str] = set()
        for m in self._by_key.get(key, ())[:3]:  # the first few mentions carry the titles
            if m.role_class is not None:
                classes.add(m.role_class)
            # the title right before the name, and a title set off by commas before or after it:
            # "le ministre de la Sécurité, le général X", "X, le ministre de la Défense,"
            window = self.text[max(0, m.start - 2 * TITLE_CHARS) : m.start]
            before = re.split(r"[.;:!?؟؛\n«»\"“”()]", window)[-1]
            *earlier, right_before = re.split(r"[,،]", before)
            after = re.match(r"\s*[,،]([^.,;:!?؟،؛\n«»\"“”()]{1,80})", self.text[m.end : m.end + 90])
            if after and self.cues.verb.search(fold(after.group(1))):
                after = None  # "Interrogé sur X, le porte-parole a déclaré": a new subject, no apposition
            segment_end = m.start - len(right_before) - 1
            classes.update(_title_classes_ending(right_before))
            for titled in (
                self._title_in_segment(segment_end - len(earlier[-1]), segment_end) if earlier else None,
                _phrase_role_class(after.group(1)) if after else None,
            ):
                if titled is not None:
                    classes.add(titled)
        self._person_classes[key] = classes
        return classes

    def _title_in_segment(self, start: int, end: int) -> str | None:
        """The class of the last title in ``text[start:end]`` when no name comes after it there (the
        title of a name in apposition after the comma: "le ministre de la Sécurité, le général X")."""
        found = None
        for match in entity_cues().titles.find(prepare(self.text[start:end])):
            found = match
        if found is None or any(x.label == "PER" for x in self.mentions_in(start + found.end, end)):
            return None
        role_class = found.hits[0].entry_id.split(":", 2)[1]
        return None if role_class in _NOT_ROLES else role_class

    def add_event(self, event: _Event) -> None:
        at = bisect.bisect_right(self.event_starts, event.start)
        self.event_starts.insert(at, event.start)
        self.events.insert(at, event)

    def event_before(self, pos: int) -> _Event | None:
        at = bisect.bisect_left(self.event_starts, pos)
        return self.events[at - 1] if at else None

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

    def is_subject_position(self, m: Mention, floor: int = 0) -> bool:
        """Not the object of a preposition: "لقاء مع وزير الدفاع بيلاوسوف" names no speaker, nor does
        "a collaborator of X" (de/of right before the name). Words before ``floor`` are not looked at
        (whom it was told to: "a déclaré à la presse l'officier")."""
        if self.clitic_preposition(m):
            return False
        before = self.text[max(0, floor, m.start - 40) : m.start]
        before = re.split(r"[،,.:;؛\n\"«»“”]", before)[-1]  # stay inside the phrase
        words = [fold(w) for w in _WORD.findall(before)][-4:]
        if words and words[-1] in _OF:
            return False
        if words and _DETERMINER.match(m.text) and words[-1] not in self.cues.non_subject:
            return True  # "à la presse l'officier": the preposition's noun phrase ended before this one
        return not any(w in self.cues.non_subject for w in words)


#: "de"/"of" right before a name: it completes a noun ("un proche collaborateur de X"), it is not a subject.
_OF = frozenset({"de", "d", "du", "des", "of"})
#: Between an inverted speech verb and its subject: whom it was told to and when ("a déclaré lundi
#: à l'AFP le ministre", "said on Monday", "заявил журналистам"), skipped before the subject is read.
_TOLD_TO = re.compile(
    r"\s*(?:(?:on\s+|в\s+|во\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|вчера|сегодня"
    r"|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?:\s+(?:soir|matin))?"
    r"|dans\s+la\s+(?:soirée|matinée|journée|nuit)|plus\s+tard|également|aussi|later|also"
    r"|dans\s+(?:un|une|son|sa|leur)\s+(?:communiqué|déclaration|message)|in\s+a\s+statement"
    r"|(?:à|au|aux|to|auprès\s+de|auprès\s+du)\s+(?:(?:la|le|les|the)\s+|l['’])?[^\W\d_][\w.'’-]*"
    # up to two adjectives after the addressee ("à la télévision publique burkinabé le ministre")
    r"(?:(?:\s+(?!(?:le|la|les|l|un|une|des|the|a|an|de|du|d|of)(?![\w'’-]))[a-zà-ÿ][\w'’-]*){1,2}"
    r"(?=\s+(?:le|la|les|the|un|une)\s|\s+l['’]))?"
    r"|журналистам|прессе|репортерам)(?![^\W_])",
    re.IGNORECASE,
)


def _skip_told_to(text: str, start: int, end: int) -> int:
    """Where the subject of an inverted verb (fr/en/ru) can start: after the time and the addressee."""
    while True:
        told = _TOLD_TO.match(text, start, end)
        if told is None or told.end() == start:
            return start
        start = told.end()


#: How it was told, after the outlet it was told to ("сказал ТАСС по телефону", "told AFP by phone").
_BY_PHONE = re.compile(r"\s*(?:по\s+телефону|by\s+phone|over\s+the\s+phone|par\s+téléphone|au\s+téléphone)?")


def _skip_told_outlet(ctx: _Context, start: int, end: int) -> int:
    """fr/en/ru: past an outlet the words were told to, right after an inverted verb, when a subject
    follows it ("— сказал ТАСС по телефону собеседник агентства"); else ``start``."""
    outlets = [
        m for m in ctx.mentions_in(start, end) if m.label == "MEDIA" and not ctx.text[start : m.start].strip()
    ]
    if not outlets:
        return start
    after = _BY_PHONE.match(ctx.text, outlets[0].end, end)
    rest = after.end() if after else outlets[0].end
    return rest if _WORD.search(ctx.text, rest, end) else start


def _glued_end(text: str, j: int) -> bool:
    """ "المتمردين.وكان": a full stop between two Arabic words with no space still ends a sentence;
    not between letters of a dotted abbreviation (إيه.بي.سي, at most three letters on each side)."""
    if not (j > 0 and _ARABIC.match(text[j - 1]) is not None and _ARABIC.match(text[j + 1]) is not None):
        return False
    before = _ARABIC_RUN_END.search(text, max(0, j - 4), j)
    after = _ARABIC_RUN_START.match(text, j + 1, j + 5)
    return not (before is not None and after is not None)


#: Up to three Arabic letters before a dot, and after it: the pieces of a dotted abbreviation.
_ARABIC_RUN_END = re.compile(r"(?<![\u0621-\u064a])[\u0621-\u064a]{1,3}$")
_ARABIC_RUN_START = re.compile(r"[\u0621-\u064a]{1,3}(?![\u0621-\u064a])")


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
        while j != -1 and j + 1 < len(text) and not text[j + 1].isspace() and not _glued_end(text, j):
            j = text.rfind(mark, max(floor, last + 1), j)
        last = max(last, j)
    return last + 1 if last != -1 else floor


def _subject_after_verb(ctx: _Context, start: int, end: int) -> Speaker | None:
    """The named subject between a cue and the quote (قال القائد العسكري في مالي: / أكد ديارا أن)."""
    if _ARABIC.search(ctx.text, start, min(end, start + 20)) is None:
        start = _skip_told_to(ctx.text, start, end)  # "a déclaré à la presse l'officier"
    zone = ctx.text[start:end]
    if not zone.strip(" \t:،,.-—–\n"):
        return None
    mentions = ctx.mentions_in(start, end)
    if _written_body_subject(ctx, start, end) and not any(
        m.label == "PER" and not ctx.text[start : m.start].strip() for m in mentions
    ):
        return None  # "وأعلن البيان اختيار الشيخ X": the statement speaks; X is what it is about
    folded_zone = fold(zone)
    role = ctx.cues.role.match(folded_zone)
    per = [
        m
        for m in mentions
        if m.label == "PER"
        and ctx.is_subject_position(m, start)
        and len(_WORD.findall(ctx.text[start : m.start])) <= SUBJECT_AFTER_VERB_WORDS + 2
        and not re.search(r"[،,:]", ctx.text[start : m.start])  # past a comma the verb's subject slot is over
        and not _COMPLEMENTIZER.search(
            ctx.text, start, m.start
        )  # "وقال البيان إن الحلو …": a clause's subject
        and not _possessive(ctx.text, m)  # ", said Traoré's power grab was …": what was said
    ]
    if len(per) > 1 and _title_only(ctx, per[0]):
        per = per[1:]  # "وكيل وزارة الصحة طارق خاطر": a title a model took for a name, then the name
    while len(per) > 1 and not ctx.text[per[0].end : per[1].start].strip() and _ARABIC.search(zone) is None:
        per = per[1:]  # "said President Ahmed Tinubu" marked as two people: one name, the last part holds it
    described = None if per else _described_then_named(ctx, start, end, mentions)
    if described is not None:  # "قال رئيس فريق البحث، سامي الخطيب إن": the name ends the subject
        return Speaker(described, described.start, described.end, "subject", None)
    if role and not per:
        return _role_phrase(ctx, start, end, role.group("role") or role.group("bare"))
    if per:
        m = per[0]
        return Speaker(m, m.start, m.end, "subject", None)
    lead = zone.lstrip()
    offset = len(zone) - len(lead)
    article = _DETERMINER.match(lead)
    for m in mentions:
        if (
            m.start in (start + offset, start + offset + (article.end() if article else 0))
            and m.label != "GPE"
            and not _possessive(ctx.text, m)
        ):
            if m.label == "MEDIA" and _WORD.search(ctx.text[m.end : end]):
                break  # "сообщил ТАСС источник …", "told AFP a source": the outlet was told, not the speaker
            return Speaker(m, m.start, m.end, "subject", None)
    if _ARABIC.search(zone) is None:
        placed = _name_opening_with_a_place(ctx, start, end)
        if placed is not None:  # "a déclaré Sami Abou Zouhri, un porte-parole": "Sami" was read as a place
            return Speaker(placed, placed.start, placed.end, "subject", None)
        honorific = _HONORIFIC_NAME.match(zone)
        if honorific is not None and fold(honorific.group("name")) not in _NOT_NAME_WORDS:
            ns, ne = start + honorific.start("name"), start + honorific.end("name")
            surface = honorific.group("name")  # "affirme M. Katz": a surname after an honorific
            return Speaker(Mention(ns, ne, "PER", fold(surface), None, surface), ns, ne, "subject", None)
        name = _unmarked_name_ending(ctx, start, end)
        told = _TOLD_AFTER_NAME.search(zone)
        if name is None and told is not None:  # "a déclaré Abdullah Bu Habib à la chaîne CNN"
            name = _unmarked_name_ending(ctx, start, start + told.start())
        if name is not None:  # "said Ajuri Ngelale", "— сообщил директор департамента Роман Чекушов"
            return Speaker(name, name.start, name.end, "subject", None)
    return None


def _name_opening_with_a_place(ctx: _Context, start: int, end: int) -> Mention | None:
    """fr/en/ru: the whole subject after an inverted verb is two to four capitalised words of which only
    the first was marked, as a place ("Israël Katz", "Sami Abou Zouhri"): a person's name."""
    zone = ctx.text[start:end]
    lead = len(zone) - len(zone.lstrip())
    run = _CAPITALISED_RUN_LONG.match(ctx.text, start + lead, end)
    if run is None or ctx.text[run.end() : end].strip(" \t,.;:"):
        return None
    marks = ctx.mentions_in(run.start(), run.end())
    if len(marks) != 1 or marks[0].label not in ("GPE", "LOC") or marks[0].start != run.start():
        return None
    if marks[0].end >= run.end() or any(_is_role_word(ctx, w) for w in run.group().split()):
        return None
    surface = run.group()
    return Mention(run.start(), run.end(), "PER", fold(surface), None, surface)


#: Two to four capitalised words (a name with particles like "Abou" is capitalised word by word).
_CAPITALISED_RUN_LONG = re.compile(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+){1,3}"
)


#: fr/en: an honorific and a name no stage marked, right after an inverted verb ("affirme M. Katz",
#: "said Mr. Abbas"), ending the subject.
_HONORIFIC_NAME = re.compile(
    r"\s*(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+){0,2})(?=\s*(?:$|[,.;:!?\n]))"
)


#: What may follow the subject of an inverted verb: whom or where it was told ("à la chaîne", "to CNN").
_TOLD_AFTER_NAME = re.compile(
    r"(?<=[\w.])\s+(?:à|au|aux|to|lors|during|devant|before|in|on|dans|sur|в|на|журналистам)\s"
)


#: Words an Arabic description may take before the comma that sets off the speaker's name.
DESCRIPTION_BEFORE_NAME_WORDS = 8
#: What may follow the name in apposition when it is the subject: a clause opener, a colon, the end.
_AFTER_APPOSED_SUBJECT = re.compile(r"\s*(?:$|[:،,]|(?:إن|أن|ان|إنه|أنه|انه)\b)")


def _described_then_named(ctx: _Context, start: int, end: int, mentions: Sequence[Mention]) -> Mention | None:
    """Arabic "قال كبير الباحثين في الدراسة، سامي الخطيب، إن …": a description, a comma, then the
    name that ends the subject. Only when the description holds no person and no clause (إن/أن)."""
    comma = re.search(r"[،,]", ctx.text[start:end])
    if comma is None or _ARABIC.search(ctx.text, start, min(end, start + 20)) is None:
        return None
    cut = start + comma.start()
    words = _WORD.findall(ctx.text[start:cut])
    if (
        not words
        or len(words) > DESCRIPTION_BEFORE_NAME_WORDS
        or _COMPLEMENTIZER.search(ctx.text, start, cut)
    ):
        return None
    if any(m.label == "PER" and m.start < cut for m in mentions):
        return None  # "قال الوزير سامي، مخاطبا …": the subject was named before the comma
    at = cut + 1 + (len(ctx.text[cut + 1 : end]) - len(ctx.text[cut + 1 : end].lstrip()))
    for m in mentions:
        if (
            m.label == "PER"
            and (m.start == at or _UNMARKED_GIVEN_NAME.fullmatch(ctx.text, at, m.start))
            and _AFTER_APPOSED_SUBJECT.match(ctx.text[m.end : end])
        ):
            return m
    return None


#: One Arabic word a stage left out before a surname it marked (سيث بولاك), not a definite noun, a
#: participle in -ا (مخاطبا، مضيفا) or a preposition: those make the person an object, not the subject.
_UNMARKED_GIVEN_NAME = re.compile(
    r"(?!ال|(?:عن|مع|على|إلى|الى|في|من|لدى|أمام|عبر)\s)[\u0621-\u064A]{2,}(?<![اى])\s+"
)


#: Words before an unmarked capitalised run that make it part of a longer name (of the United Nations).
_NAME_LINKS = frozenset({"of", "the", "de", "du", "des", "la", "le", "les", "l", "d"})
#: The subject zone of an inverted verb may name someone no stage marked when it is this short.
UNMARKED_ZONE_WORDS = 14


_HYPHENATED_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _unmarked_name_ending(ctx: _Context, start: int, end: int) -> Mention | None:
    """Two or three capitalised words (Latin or Cyrillic) that end the subject of an inverted speech
    verb and that no entity covers: a person no stage marked ("said Ajuri Ngelale", "— сообщил
    директор департамента … Роман Чекушов"). Acronyms (РФ, AFP) and words after "of/de" are not
    part of it; a zone naming an organisation, or longer than a subject, gives none."""
    zone = ctx.text[start:end]
    words = list(_HYPHENATED_WORD.finditer(zone))  # "Al-Aiser", "al-Burhan" are one word of a name
    if not words or len(words) > UNMARKED_ZONE_WORDS or zone[words[-1].end() :].strip(" \t.,;:"):
        return None
    organizations = [o.span() for o in ctx.cues.organization_other.finditer(fold(zone))]
    if organizations and _ARABIC.search(zone) is not None:
        return None
    run: list[re.Match[str]] = []
    for word in reversed(words):
        w = word.group()
        if not (w[0].isupper() and not w.isupper() and (w[0].isascii() or "\u0400" <= w[0] <= "\u04ff")):
            break
        run.insert(0, word)
    if not run or any(a < run[-1].end() and run[0].start() < b for a, b in organizations):
        return None  # the capitalised words name a body ("the Defence Ministry"); a "Government spokesman" before is a title
    link = fold(words[-4].group()) if len(run) == 3 and len(words) > 3 else ""
    if link in ("and", "et", "и") or (
        link in ("of", "de", "du") and _title_class_ending(zone[: words[-4].start()]) is not None
    ):
        # "Minister of Culture and Information X Y", "Minister of Water X Y": the title's last word, then
        # the name ("officials of World Food Programme" is no title: the run stays a body's name)
        run = run[1:]
    if len(run) > 3 and _title_class_ending(zone[: run[-2].start()]) is not None:
        run = run[-2:]  # "Minister of Foreign Affairs Hassoumi Massoudou": a capitalised title, then the name
    titled = False
    while run and (fold(run[0].group()) in _NOT_NAME_WORDS or _is_role_word(ctx, run[0].group())):
        titled = titled or fold(run[0].group()) not in _NOT_NAME_WORDS
        run = run[1:]  # "The President", "The Minister": a capitalised role at a sentence start, no name
    # four words that are the whole subject are one person's names (Roch Marc Christian Kaboré)
    most = 4 if len(run) == 4 and run[0].start() == words[0].start() else 3
    if not (2 if not titled else 1) <= len(run) <= most:
        return None  # one word may be anything; four after other words name a body (the United Nations Development …)
    first = run[0].start()
    before = [fold(w.group()) for w in words if w.end() <= first]
    if before and before[-1] in _NAME_LINKS:
        return None
    s, e = start + first, start + run[-1].end()
    if any(m.start < e and s < m.end for m in ctx.mentions_in(max(0, s - 80), e + 80)):
        return None  # part of something a stage named
    surface = ctx.text[s:e]
    return Mention(s, e, "PER", fold(surface), None, surface)


def _is_role_word(ctx: _Context, word: str) -> bool:
    """One capitalised word that is a role noun (President, Minister, Президент), not part of a name."""
    folded = fold(word)
    return folded in ctx.cues.role_words or any(part in ctx.cues.role_words for part in folded.split("-"))


def _title_only(ctx: _Context, m: Mention) -> bool:
    """The mention is nothing but a role word (وكيل، الوزير): a title, not a name."""
    folded = _fold_word(m.text)
    role = ctx.cues.role.match(folded)
    return role is not None and role.end() == len(folded)


def _written_body_subject(ctx: _Context, start: int, end: int) -> bool:
    """Arabic: the words after the verb open with a statement, an organisation or an unnamed source
    (البيان، الوزارة، منظمة …، مصدر …): that is the subject, whatever person is named after it."""
    words = _words(ctx, start, end)
    if not words or _ARABIC.match(words[0][2]) is None:
        return False
    first = words[0][2]
    if ctx.cues.statement.match(first):
        return True
    return _without_article(first) in ctx.cues.organization_ar or (
        not first.startswith("ال") and first in ctx.cues.anonymous_ar
    )


#: A rank or honorific (الفريق, الدكتور, الشيخ) then two or three words, the first without the article,
#: ending a role phrase: a name that no stage marked.
_AR_RANKED_NAME_END = re.compile(
    r"(?<![^\W_])(?:الفريق|اللواء|العميد|العقيد|الدكتور|المهندس|الشيخ)\s+"
    r"(?P<name>(?!ال|(?:على|إلى|الى|حول|خلال|منذ|بعد|قبل|عند|لدى|أمام)\s)[\u0621-\u064a]{3,}"
    r"(?:\s+[\u0621-\u064a]{3,}){1,2})\s*$"
)


def _role_phrase(ctx: _Context, start: int, end: int, role_word: str) -> Speaker | None:
    """A role phrase as speaker: resolved to the one person it refers back to, else unnamed."""
    zone = ctx.text[start:end]
    stop = re.search(r"[:،,؛;\"«“–—]|\.\s|\s-\s|\s(?:أن|إن|ان|انه|أنه|إنه|que|that|à|au|aux|to)\s", zone)
    phrase_end = start + (stop.start() if stop else len(zone))
    ps, pe = _trim(ctx.text, start, phrase_end)
    honorific = re.match(rf"[وف]?(?:{_AR_HONORIFIC_TITLES})\s+(?=[^\W\d_])", ctx.text[ps:pe])
    if honorific is not None:
        ps += honorific.end()  # سمو رئيس الوزراء: the title, which the honorific does not make indefinite
    phrase_words = _WORD.findall(fold(ctx.text[ps:pe]))
    ranked = _AR_RANKED_NAME_END.search(ctx.text, ps, pe)
    if ranked is not None and not ctx.mentions_in(ranked.start("name"), ranked.end("name")):
        # رئيس هيئة القناة الفريق مهاب مميش إن «…»: a rank, then a name no stage marked, ending the phrase
        surface = ranked.group("name")
        mention = Mention(ranked.start("name"), ranked.end("name"), "PER", fold(surface), None, surface)
        return Speaker(mention, mention.start, mention.end, "subject", None)
    indefinite = (
        len(phrase_words) >= 2
        and not phrase_words[0].startswith("ال")
        and not phrase_words[1].startswith("ال")
        and _ARABIC.match(phrase_words[0]) is not None
        # "وزير خارجية فرنسا", "رئيس وزراء العراق": a construct ending in a named country or body is
        # definite, one office held by one person who may have been named before
        and not any(m.label in ("GPE", "ORG") for m in ctx.mentions_in(ps, pe))
    )
    head = _without_article(re.sub(r"^[وف](?=ال)", "", phrase_words[0])) if phrase_words else ""
    if (
        role_word in ctx.cues.anonymous
        or head in ("مصدر", "مصادر")
        or (indefinite and head in ctx.cues.anonymous_ar)
    ):
        # مسؤول أمني، مصدر عسكري، المصدر نفسه: somebody, not a known person, described up to what ends it
        return _anonymous_phrase(ctx, _words(ctx, ps, pe) or [(ps, pe, "")])
    if indefinite:
        # رئيس لجنة الاحتراف، ناطق باسم فرق الإطفاء: a new person the text does not name, described
        # (unless a name may follow in apposition: "رئيس جهاز الأمن، اللواء X، …")
        named_after = re.match(r"\s*[،,]\s*[^\W\d_]", ctx.text[pe:end]) is not None
        return Speaker(None, ps, pe, "role", None, kind="person" if named_after else "anonymous")
    inside = [m for m in ctx.mentions_in(ps, pe) if m.label == "PER"]
    if inside and "باسم" in phrase_words[:3]:
        # "المتحدث باسم الحكومة المالية عبد الله مايغا": a spokesman for a body, then their name
        return Speaker(inside[-1], inside[-1].start, inside[-1].end, "subject", None)
    if _ARABIC.search(ctx.text, ps, pe) is None:
        unmarked = _unmarked_name_ending(ctx, ps, pe)
        if unmarked is not None:  # "директор департамента … Роман Чекушов": the role, then the name
            return Speaker(unmarked, unmarked.start, unmarked.end, "subject", None)
        run_end = _CAPITALISED_RUN_END.search(ctx.text, ps, pe)
        if run_end is not None and any(
            fold(w) not in _NOT_NAME_WORDS and not _is_role_word(ctx, w) for w in run_end.group().split()
        ):
            # "Minister of Foreign Affairs Hassoumi Massoudou": a title and a name we cannot cut out
            # introduce someone new; this is no reference to who spoke before
            return Speaker(None, ps, pe, "role", None)
    rest = ctx.text[pe:end]
    named = _apposition(ctx, pe)
    if named is not None:  # "le porte-parole du département d'État, Vedant Patel": the name in apposition
        return Speaker(named, named.start, named.end, "subject", None)
    titled = _titled_before(ctx, ps, phrase_words)
    if titled is not None:  # "X، المتحدث الرسمي باسم الرئاسة، …" then "وتابع المتحدث الرسمي باسم الرئاسة"
        return Speaker(titled, ps, pe, "role", None)
    if "باسم" in phrase_words or (
        re.match(r"\s*[،,]\s*[^\W\d_]", rest) and not re.match(r"\s*[،,]\s*(?:إن|ان|أن)", rest)
    ):
        # "المتحدث باسمها"، "المتحدث، بيت جوست، إنه": someone other than a person named before;
        # "ناطق باسم فرق الإطفاء" (no article): someone the text does not name, described
        unnamed = (
            "باسم" in phrase_words and _ARABIC.match(phrase_words[0]) and not phrase_words[0].startswith("ال")
        )
        return Speaker(None, ps, pe, "role", None, kind="anonymous" if unnamed else "person")
    floor = max(0, ps - ROLE_LOOKBACK_CHARS)
    opening = re.split(r"[.!?؟\n]", ctx.text[max(0, ps - TURN_OPENER_CHARS) : ps])[-1]
    if ctx.cues.turn_openers.search(fold(opening)):
        return Speaker(None, ps, pe, "role", None)  # "من جهته، قال وزير المالية": someone new
    # who has been speaking: people named as the subject of a speech verb (أكد رئيس الأركان … ديارا)
    speakers = [m for m in ctx.mentions_in(floor, ps) if m.label == "PER" and _after_speech_verb(ctx, m)]
    last = ctx.event_before(ps)
    if (
        last is not None
        and last.speaker is not None
        and last.speaker.mention is not None
        and last.speaker.mention.label == "PER"
        and (
            last.end >= floor
            or (  # fr/en/ru: further back, when nobody else was named since
                last.end >= ps - LOOKBACK_CHARS
                and _ARABIC.search(ctx.text, ps, pe) is None
                and not any(
                    m.label == "PER" and m.key != last.speaker.mention.key
                    for m in ctx.mentions_in(last.end, ps)
                )
            )
        )
    ):
        speakers.append(last.speaker.mention)  # the last speaker of the chain ("a déclaré X … le ministre")
    phrase_class = _phrase_role_class(ctx.text[ps:pe])
    if len({m.key for m in speakers}) == 1:  # exactly one speaker in view: the role phrase refers to them
        if not _roles_agree(
            phrase_class, ctx.person_classes(speakers[-1].key), evidence=False
        ) or _nationalities_clash(ctx, ps, pe, speakers[-1].key):
            return Speaker(None, ps, pe, "role", None)  # "the spokesman" after the president spoke
        return Speaker(speakers[-1], ps, pe, "role", None)
    if not speakers:  # nobody has spoken: the one person in view, if there is only one and the role fits
        sent_start = _sentence_start(ctx.text, ps, floor)
        people = [
            m
            for m in ctx.mentions_in(floor, ps)
            if m.label == "PER" and not (m.start >= sent_start and _in_opening_clause(ctx, sent_start, m, ps))
        ]  # "Asked whether X would come, the official said": the official is someone else
        if (
            len({m.key for m in people}) == 1
            and _roles_agree(phrase_class, ctx.person_classes(people[-1].key), evidence=True)
            and not _nationalities_clash(ctx, ps, pe, people[-1].key)
        ):
            return Speaker(people[-1], ps, pe, "role", None)
    return Speaker(None, ps, pe, "role", None)


#: How far back a title repeated word for word may name the person it was given to.
TITLE_REPEAT_LOOKBACK_CHARS = 1500


def _titled_before(ctx: _Context, ps: int, phrase_words: Sequence[str]) -> Mention | None:
    """Arabic: a role phrase of three words or more that repeats the title written before or after
    (in apposition to) exactly one person's name earlier: that person."""
    if len(phrase_words) < 3 or not _ARABIC.match(phrase_words[0]):
        return None
    title = " ".join(phrase_words[:MAX_DESCRIPTION_WORDS])
    found = []
    for m in ctx.mentions_in(max(0, ps - TITLE_REPEAT_LOOKBACK_CHARS), ps):
        if m.label != "PER":
            continue
        after = " ".join(_WORD.findall(_fold_word(ctx.text[m.end : m.end + 120])))
        before = " ".join(_WORD.findall(_fold_word(ctx.text[max(0, m.start - 120) : m.start])))
        if re.sub(r"^و?", "", after).startswith(title) or before.endswith(title):
            found.append(m)
    if not found:
        return None
    fullest = max(found, key=lambda m: len(_name_tokens(m.text)))
    if not all(_same_name(set(_name_tokens(m.text)), set(_name_tokens(fullest.text))) for m in found):
        return None
    return fullest


def _nationality_stem(word: str) -> str | None:
    """الفرنسي / فرنسا -> فرنس, العراقي / العراق -> عراق: the stem a nisba adjective shares with its
    country's name; None for a word that is neither (a masculine nisba or a capitalised-free noun)."""
    folded = fold(word)
    if not _ARABIC.match(folded):
        return None
    if folded.startswith("ال") and folded.endswith("ي") and len(folded) > 4:
        return folded[2:-1]  # الفرنسي, الأمريكي (the feminine -ية is too often an office: الخارجية)
    return None


def _nationalities_clash(ctx: _Context, ps: int, pe: int, key: str) -> bool:
    """An Arabic role phrase of one country (وزير الخارجية الفرنسي, وزير خارجية فرنسا) cannot refer to
    a person introduced as another's (وزير الخارجية الأمريكي X)."""
    words = _WORD.findall(ctx.text[ps:pe])
    if words and not _ARABIC.match(words[-1]):
        return _latin_nationalities_clash(ctx, ps, pe, key)
    if not words:
        return False
    last = words[-1]
    stem = _nationality_stem(last)
    if stem is None and any(m.label == "GPE" and m.end == pe for m in ctx.mentions_in(ps, pe)):
        stem = _without_article(fold(last)).rstrip("اةى")  # فرنسا -> فرنس, العراق -> عراق
    if stem is None:
        return False
    theirs = ctx.person_nationalities(key)
    return bool(theirs) and not any(t.startswith(stem) or stem.startswith(t) for t in theirs)


#: fr/en/ru adjectives of nationality (nigérien, malienne, Russian, российский), matched folded.
_LATIN_NATIONALITY = re.compile(
    r"(?:ien|ienne|ain|aine|ais|aise|ois|oise|ian|ese|ish|ийский|ийская|инский|инская|анский|анская)$"
)


def _latin_nationalities_clash(ctx: _Context, ps: int, pe: int, key: str) -> bool:
    """fr/en/ru: "le président nigérien" after "Macron a reçu son homologue nigérien Bazoum": the
    nationality of the role phrase was written before another person in view, not before this one."""
    adjectives = [
        fold(w)[:6]
        for w in _WORD.findall(ctx.text[ps:pe])
        if w[:1].islower() and _LATIN_NATIONALITY.search(fold(w)) and not _is_role_word(ctx, w)
    ]
    if not adjectives:
        return False

    def described(m: Mention) -> bool:
        before = fold(ctx.text[max(0, m.start - TITLE_CHARS) : m.start])
        return any(a in w for w in _WORD.findall(before) for a in adjectives)

    people = [m for m in ctx.mentions_in(max(0, ps - LOOKBACK_CHARS), ps) if m.label == "PER"]
    theirs = any(described(m) for m in people if m.key == key)
    others = any(described(m) for m in people if m.key != key)
    return others and not theirs


#: fr/en: a second title in apposition, up to its comma ("…, porte-parole du gouvernement, X").
_SECOND_TITLE = re.compile(
    r"(?:(?:le|la|l['’]|the)\s*)?(?P<role>[a-zà-ÿ][\w'’-]*)[^,.;:!?\n«»\"“”()]{0,60}(?=,)"
)


def _apposition(ctx: _Context, pos: int, *, stacked: bool = True) -> Mention | None:
    """A person named in apposition right after ``pos``: "…, Vedant Patel." / "…، بيت جوست، إن";
    after a second title in its own commas ("le ministre de X, porte-parole du gouvernement, Y")."""
    comma = re.match(r"\s*[،,]\s*", ctx.text[pos : pos + 4])
    if comma is None:
        return None
    at = pos + comma.end()
    second = _SECOND_TITLE.match(ctx.text, at, min(len(ctx.text), at + 90)) if stacked else None
    if (
        second is not None
        and _is_role_word(ctx, second.group("role"))
        and ctx.cues.verb.search(fold(second.group())) is None
        and not ctx.mentions_in(at, second.end())
    ):
        return _apposition(ctx, second.end(), stacked=False)
    for m in ctx.mentions_in(at, at + 80):
        if (
            m.label == "PER"
            and (
                m.start == at
                or _TITLE_WORDS.fullmatch(ctx.text, at, m.start)  # "…, le général X."
                or _ARABIC_TITLE_WORDS.fullmatch(ctx.text, at, m.start)  # "…، الشيخ X،"
            )
            and (
                re.match(r"\s*(?:$|[.،,:;؛\n])", ctx.text[m.end : m.end + 2])
                # a last name the tagger left out (عادل بن أحمد| الجبير،)
                or _ARABIC_NAME_REST.match(ctx.text, m.end) is not None
            )
        ):
            return m
    # a capitalised name no stage marked, set off by commas: "…, Vidant Patel." (Latin or Cyrillic)
    name = _CAPITALISED_NAME.match(ctx.text, at, min(len(ctx.text), at + 80))
    if name is None:
        return None
    surface = name.group("name")
    return Mention(at, at + len(surface), "PER", fold(surface), None, surface)


#: Two capitalised words (Latin or Cyrillic, not acronyms) ending a phrase: a name.
_CAPITALISED_RUN_END = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+\s*$")
#: Up to two Arabic titles with the article before a name in apposition (الشيخ, الدكتور, اللواء).
_ARABIC_TITLE_WORDS = re.compile(r"(?:ال[\u0621-\u064a]{2,}\s+){1,2}")
#: One more Arabic word, then the comma that closes an apposition: the rest of a name.
_ARABIC_NAME_REST = re.compile(r"\s+[\u0621-\u064a]{3,}\s*[،,]")
#: Up to three lower-case words before a name in apposition (le général, the colonel).
_TITLE_WORDS = re.compile(r"(?:[a-zà-ÿа-яё][\w'’-]*\s+){1,3}")
#: One capitalised word: a surname between a quotation and its verb ('"…," Traoré said').
_CAPITALISED_WORD = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)")
#: Two to four capitalised words ending a clause (a name in apposition).
_CAPITALISED_NAME = re.compile(
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+\s+){1,3}[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)(?=\s*(?:$|[.,;:\n]))"
)


#: Words that open what was said (its subject is not the speaker).
_COMPLEMENTIZER = re.compile(
    r"(?<![^\W_])(?:(?:[إأا]ن|[إأا]نه|[إأا]نها|ب[أا]ن|ب[أا]نه|that|que|что)(?![^\W_])|qu')"
)
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
    candidates = [
        m
        for m in ctx.mentions_in(sent_start, verb_start)
        if m.label == "PER" and (_ARABIC.search(m.text) or not _quoted_before(ctx.text, sent_start, m.start))
    ]  # fr/en/ru: « … C'est Tinubu du Nigeria … », a énuméré X: a name inside the quote is no subject
    if not candidates:
        return None
    last = candidates[-1]
    conjoined = ctx.text[verb_start : verb_start + 1] in ("و", "ف")  # "تصريحات المالكي وقال": a new clause
    if (
        not participle
        and not conjoined
        and _ADJACENT.match(ctx.text[last.end : verb_start])
        and ctx.is_subject_position(last)
    ):
        return Speaker(last, last.start, last.end, "subject", None)
    for m in reversed(candidates):
        # "بيان صدر عن X" / "statement by X" / "بيان وقعه X": the preposition or signer introduces the author
        head = fold(ctx.text[max(sent_start, m.start - 50) : m.start])
        phrase = [
            fold(w)
            for w in _WORD.findall(
                re.split(r"[،,.:;؛\n]", ctx.text[max(sent_start, m.start - 40) : m.start])[-1]
            )
        ]
        if any(w in ("عن", "by", "de") or w in ctx.cues.statement_signed for w in phrase[-4:]) and any(
            n in head for n in ctx.cues.statement_nouns
        ):
            return Speaker(m, m.start, m.end, "subject", None)
    first = candidates[0]
    within = SUBJECT_WITHIN_WORDS * (2 if participle else 1)
    if _in_opening_clause(ctx, sent_start, first, verb_start):
        return None  # "Asked whether X would come, the official said": X is in a clause before the subject
    if len(_WORD.findall(ctx.text[sent_start : first.start])) <= within and ctx.is_subject_position(first):
        return Speaker(first, first.start, first.end, "subject", None)
    return None


#: fr/en/ru words that open a clause before the sentence's subject ("Asked whether X …, the official
#: said"; "Interrogé sur X, le ministre a …"; "Отвечая на вопрос о X, министр …").
_OPENING_CLAUSE_WORDS = frozenset(
    {"asked", "speaking", "commenting", "responding", "referring", "after", "before", "when", "while",
     "following", "although", "unlike", "like", "interroge", "interrogee", "questionne", "evoquant",
     "commentant", "repondant", "apres", "avant", "lors", "quand", "contrairement", "comme",
     "отвечая", "комментируя", "говоря", "после", "когда", "в отличие"}
)  # fmt: skip


def _in_opening_clause(ctx: _Context, sent_start: int, m: Mention, verb_start: int) -> bool:
    """fr/en/ru: ``m`` sits in a participial or subordinate clause that opens the sentence and ends
    with a comma before the verb: not the verb's subject."""
    words = _WORD.findall(ctx.text[sent_start : m.start])
    if not words or _ARABIC.search(words[0]) or fold(words[0]) not in _OPENING_CLAUSE_WORDS:
        return False
    return "," in ctx.text[m.end : verb_start]


def _names_a_subject(ctx: _Context, start: int, end: int) -> bool:
    """Arabic: the words between a verb and the quote begin with its subject (وقالت الوزارة:)."""
    words = _WORD.findall(fold(ctx.text[start:end]))
    if not words:
        return False
    first = words[0]
    if first in ctx.cues.adverbial or (first[:1] in "وف" and first[1:] in ctx.cues.adverbial):
        return False
    if ctx.cues.verb.fullmatch(first) or ctx.cues.pronoun.fullmatch(first):
        return False  # واستدرك بقوله:، وتابع قائلا:، وقال سموه: no name is written
    if first in ("ل", "ب") or (first[:1] == "ل" and _without_article(first[1:]) in ctx.cues.organization_ar):
        return False  # يقول لـ"الوطن"، قال لشبكة سي إن إن: whom it was said to
    return not first.startswith(("لل", "بال", "وبال", "ولل"))


#: Feminine forms that do not end in ت (present tense, participles with ة folded to ه).
_FEMININE_FORMS = frozenset(
    fold(w)
    for w in ("تقول", "تضيف", "تتابع", "تؤكد", "قالته", "بقولها", "قائلة", "مضيفة", "موضحة", "مشيرة", "مؤكدة",
              "معتبرة", "لافتة", "متابعة", "مشددة", "مبينة", "منوهة", "محذرة", "مستدركة")
)  # fmt: skip


def _gender(cue: str | None) -> str | None:
    """Grammatical gender an Arabic speech verb agrees with (قالت/مضيفة/تقول: f; قال/مضيفاً/يقول: m)."""
    if not cue or not _ARABIC.match(cue):
        return None
    word = re.sub(r"^[وف]", "", _fold_word(cue))
    if (word.endswith("ت") and word not in _masculine_ending_in_ta()) or word in _FEMININE_FORMS:
        return "f"
    return "m"


@lru_cache(maxsize=1)
def _masculine_ending_in_ta() -> frozenset[str]:
    """Arabic speech verbs whose root ends in ت (لفت, feminine لفتت): masculine, though they end like قالت."""
    verbs = {_fold_word(v) for v in load_cues("quotes")["speech_verbs"]["ar"]}
    return frozenset(v for v in verbs if v.endswith("ت") and v + "ت" in verbs)


def _gender_of(cue: str | None, pronoun: str | None = None) -> str | None:
    """Grammatical gender of a speech verb or of the pronoun written with it (قالت, a-t-elle, сказала, she)."""
    if pronoun:
        # an Arabic honorific or person noun (سموه, المرأة) agrees with its verb: وأضافت المرأة is a woman
        return _PRONOUN_GENDER.get(fold(pronoun)) or (_gender(cue) if _ARABIC.match(pronoun) else None)
    arabic = _gender(cue)
    if arabic or not cue:
        return arabic
    folded = fold(cue)
    if folded.endswith("-elle") or "-t-elle" in folded:
        return "f"
    if folded.endswith("-il") or "-t-il" in folded:
        return "m"
    last = folded.split()[-1] if folded.split() else ""
    if re.fullmatch(r"[а-я]+ла", last):
        return "f"
    if re.fullmatch(r"[а-я]+л", last):
        return "m"
    return None


_PRONOUN_GENDER = {"il": "m", "he": "m", "он": "m", "elle": "f", "she": "f", "она": "f"}
#: Pronouns that only a person can be (il, он, они may stand for a ministry or an army).
_PERSONAL_PRONOUNS = frozenset({"he", "she"})
#: "цитирует его/её X": the object pronoun of a quoting verb names who spoke.
_QUOTED_PRONOUN = re.compile(r"\W*(его|ее|её|их)(?![^\W_])")
_OBJECT_GENDER = {"его": "m", "ее": "f", "её": "f"}
#: Relative pronouns: the subject of their clause is what they follow ("un communiqué qui rapporte").
_RELATIVE_PRONOUNS = frozenset({"qui", "who", "which", "который", "которая", "которые"})
#: Pronouns that only an organisation, a statement or a channel can be.
_IMPERSONAL_PRONOUNS = frozenset({"it"})
#: A pronoun inside an inverted French cue: "a-t-il ajouté", "ajoute-t-elle".
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle)(?![^\W_])")


def _last_part(match: re.Match[str] | None) -> str:
    """The last hyphen-joined word of an inverted pronoun (a-t-il -> il)."""
    return match.group().split("-")[-1] if match is not None else ""


def _from_chain(
    ctx: _Context, pos: int, via: str, gender: str | None, pronoun: str | None = None
) -> Speaker | None:
    """No subject named ("وأضاف:", "he said", "a-t-il souligné", "сказал он"): whoever spoke last in the
    discourse chain before ``pos``, unless a subject was written there that names nobody known, another
    person came in as a subject since, the gender of the verb or pronoun disagrees, or it is too far back."""
    event = ctx.event_before(pos)
    # he, she; and the Arabic honorifics (سموه, معاليه), which only a person can be
    personal = pronoun is not None and (
        fold(pronoun) in _PERSONAL_PRONOUNS or _ARABIC.match(pronoun) is not None
    )
    impersonal = pronoun is not None and fold(pronoun) in _IMPERSONAL_PRONOUNS
    if event is None or pos - event.end > LOOKBACK_CHARS:
        if impersonal:
            return _previous_subject(ctx, pos, via, people=False)
        return (
            _only_person_in_view(ctx, pos, via)
            or _previous_subject(ctx, pos, via)
            or (None if personal else _previous_subject(ctx, pos, via, people=False))
            or _previous_unmarked_subject(ctx, pos, via)
        )
    if event.speaker is None:
        return None
    said_before = event.speaker
    if gender and said_before.gender and gender != said_before.gender:
        return None
    is_person = (
        said_before.mention.label == "PER"
        if said_before.mention is not None
        else said_before.kind in ("person", "anonymous")  # "a local official said … he added"
    )
    if personal and not is_person:
        return None  # "he said" after "the army said": not the army
    if impersonal and is_person:
        return None  # "it added" after a person: not them
    key = said_before.mention.key if said_before.mention is not None else None
    for m in ctx.mentions_in(event.end, pos):
        # another person as a subject since; after an organisation or a source, any person at all
        if m.label == "PER" and m.key != key and (not is_person or ctx.is_subject_position(m)):
            if is_person and _in_reported_clause(ctx, max(event.end, m.start - 60), m.start):
                continue  # "He told the channel that X was in good health": X is what was said
            return _new_arabic_subject(ctx, pos, via, m)
    if is_person and _unmarked_subject_since(ctx, event.end, pos, said_before):
        return None
    if not is_person and via in ("pronoun", "implicit") and _unmarked_person_since(ctx, event.end, pos):
        return None  # "L'armée a annoncé … prononcé par le général Mohammad Bagheri. Il a souligné": not the army
    if is_person and _titled_newcomer_since(ctx, event.end, pos, said_before):
        return None
    return replace(said_before, via=via, cue=None)


#: A sentence (or its clause after a comma) that opens with a name no stage marked: "the rebel
#: commander Ahmed Bakri rejected …" (optional determiner and lower-case title words, 2-3 capitalised
#: words, then a lower-case word).
_OPENING_UNMARKED_NAME = re.compile(
    r"\s*(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’])?(?:[a-zà-ÿа-яё][\w'’-]*\s+){0,3}"
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]+\s+){1,2}[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]+)\s+[a-zà-ÿа-яё]"
)


def _unmarked_subject_since(ctx: _Context, start: int, pos: int, speaker: Speaker) -> bool:
    """fr/en/ru: a sentence between the last speaker and ``pos`` opens with another person that no
    stage marked ("Speaking to journalists, the rebel commander Ahmed Bakri rejected the plan. "…," he
    said"): the pronoun may be theirs, so it is nobody's rather than the last speaker's."""
    text = ctx.text
    own = set(_WORD.findall(fold(text[speaker.start : speaker.end])))
    if speaker.mention is not None:
        own |= set(_WORD.findall(fold(ctx.fullest.get(speaker.mention.key, speaker.mention.text))))
    cursor = start
    while cursor < pos:
        stop = re.search(r"[.!?](?:\s|$)|\n", text[cursor:pos])
        end = cursor + stop.end() if stop else pos
        sentence = text[cursor:end]
        if _ARABIC.search(sentence) is None:
            comma = sentence.find(",")
            openings = [0] + ([comma + 1] if 0 < comma < 60 else [])
            for at in openings:
                found = _OPENING_UNMARKED_NAME.match(sentence, at)
                if found is None or _quoted_before(text, start, cursor + found.start("name")):
                    continue
                ns, ne = cursor + found.start("name"), cursor + found.end("name")
                if (
                    ctx.mentions_in(max(0, ns - 1), ne + 1)
                    or set(_WORD.findall(fold(found.group("name")))) & own
                ):
                    continue  # a body, a place or the speaker themself
                if fold(found.group("name").split()[0]) not in _NOT_NAME_WORDS:
                    return True
        cursor = end
    return False


#: Two or three capitalised words (Latin or Cyrillic): a name when no stage marked them and no sentence
#: opens with them.
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+){1,2}")


def _unmarked_person_since(ctx: _Context, start: int, pos: int) -> bool:
    """fr/en/ru: after an organisation spoke, a name no stage marked came in before ``pos`` (outside
    quotations, not opening a sentence): a pronoun then may be that person's, so it is nobody's."""
    text = ctx.text
    if _ARABIC.search(text, start, pos) is not None:
        return False
    for run in _CAPITALISED_RUN.finditer(text, start, pos):
        words = run.group().split()
        if (
            ctx.mentions_in(max(0, run.start() - 1), run.end() + 1)
            or _inside_quotation(text, start, run.start())
            or re.search(r"(?:^|[.!?:\n«\"“])\s*$", text[max(0, run.start() - 3) : run.start()])
            or fold(words[0]) in _NOT_NAME_WORDS
            or any(_is_role_word(ctx, w) for w in words)
        ):
            continue
        return True
    return False


#: How many words an Arabic sentence's verb and object may take before a title that is its subject
#: (والتقى اللجنة رئيس الهيئة …).
TITLED_SUBJECT_WORDS = 3


@lru_cache(maxsize=1)
def _arabic_construct_roles() -> frozenset[str]:
    """Arabic role nouns without the article (رئيس, وزير): a title in construct form that opens a
    newcomer's description, not one that refers back (الرئيس, الوزير)."""
    return frozenset(fold(w) for w in load_cues("quotes")["role_nouns"]["ar"] if not w.startswith("ال"))


def _titled_newcomer_since(ctx: _Context, start: int, pos: int, speaker: Speaker) -> bool:
    """Arabic: a sentence between the last speaker and ``pos`` has for subject a title in construct
    form (رئيس الهيئة, وزير الدفاع) that is not the last speaker's own title ("والتقى اللجنة رئيس هيئة
    القناة الفريق X، …، مضيفا: «…»"): someone else came in, often with a name no stage marked, so
    "he added" is nobody's rather than the last speaker's."""
    text = ctx.text
    if not _ARABIC.match(text, pos):
        return False
    own_title = " ".join(w for _, _, w in _words(ctx, max(0, speaker.start - 80), speaker.end + 80))
    cursor = start
    while cursor < pos:
        stop = re.search(r"[.!?؟](?:\s|$)|\n", text[cursor:pos])
        end = cursor + stop.end() if stop else pos
        first = _WORD.search(text, cursor, end)
        words = _words(ctx, first.start(), end)[: TITLED_SUBJECT_WORDS + 2] if first else []
        own_key = speaker.mention.key if speaker.mention is not None else None
        # a whole sentence, not the rest of the last speaker's own (X إنه تحدث مع قائد …)
        opens = first is not None and re.search(
            r"[.!?؟\n]\W*$", text[max(0, first.start() - 5) : first.start()]
        )
        if words and opens and not _inside_quotation(text, start, words[0][0]):
            if any(m.key == own_key for m in ctx.mentions_in(cursor, end)):
                words = []  # the last speaker is named in it: whoever the title is, they are in view
            for k in range(1, min(len(words) - 1, TITLED_SUBJECT_WORDS + 1)):
                word = words[k][2]
                if word not in _arabic_construct_roles() or words[k - 1][2] in ctx.cues.non_subject:
                    continue  # not a title, or one after a preposition (مع قائد القوة)
                if f"{word} {words[k + 1][2]}" not in own_title:
                    return True
                break
        cursor = end
    return False


def _new_arabic_subject(ctx: _Context, pos: int, via: str, newcomer: Mention) -> Speaker | None:
    """Arabic: someone else came in as a subject since the last speaker ("وانتقل حاكم لويزيانا بوبي
    جيندال إلى المدينة. وقال في مؤتمر صحافي «…»"): the one person who opens the sentence before, when
    that is the newcomer; else nobody."""
    if not _ARABIC.match(ctx.text, pos):
        return None
    found = _previous_subject(ctx, pos, via)
    if found is None or found.mention is None or found.mention.key != newcomer.key:
        return None
    # it opens the sentence itself, not a clause after a comma (… ابرزها: مدينة الملك X)
    sentence_start = _sentence_start(ctx.text, found.start, max(0, found.start - LOOKBACK_CHARS))
    return (
        found if _words_before_subject(ctx, sentence_start, found.start) <= SENTENCE_SUBJECT_WORDS else None
    )


def _in_reported_clause(ctx: _Context, start: int, pos: int) -> bool:
    """A "that"/"que"/"что"/"أن" opens the clause holding ``pos``, with no sentence end since."""
    window = ctx.text[start:pos]
    thats = list(_COMPLEMENTIZER.finditer(window))
    return bool(thats) and not re.search(r"[.!?؟\n]", window[thats[-1].end() :])


def _only_person_in_view(ctx: _Context, pos: int, via: str) -> Speaker | None:
    """Nobody has spoken yet ("Le ministre X a reçu Y. « … », a-t-il dit."): the one person named
    in the sentences before, as a subject; two people (or none) give no speaker."""
    floor = max(0, pos - LOOKBACK_CHARS)
    people = [m for m in ctx.mentions_in(floor, pos) if m.label == "PER"]
    if len({m.key for m in people}) != 1 or not any(_opens_its_sentence(ctx, m, floor) for m in people):
        return None
    m = people[-1]
    return Speaker(m, m.start, m.end, via, None)


def _previous_subject(ctx: _Context, pos: int, via: str, *, people: bool = True) -> Speaker | None:
    """Nobody has spoken yet and several people are in view: the one person of the sentence right
    before, when it opens with them ("Interrogé sur …, le capitaine X a des réponses convaincantes.
    « … », dit-il"). A sentence naming two people ("X a reçu Y.") gives no guess. Without ``people``,
    the one organisation or armed group that opens it ("Le groupe Wagner se retire. « … », a-t-il
    annoncé"; "it added")."""
    floor = max(0, pos - LOOKBACK_CHARS)
    end = _sentence_start(ctx.text, pos, floor)
    if end <= floor:
        return None
    last = end - 1
    while last > floor and (ctx.text[last].isspace() or ctx.text[last] in ".!?؟"):
        last -= 1  # from inside the sentence before, not from its full stop or the line break after it
    start = _sentence_start(ctx.text, last, floor)
    labels = ("PER",) if people else ("ORG", "ARMED_GROUP", "MEDIA")
    named = [m for m in ctx.mentions_in(start, end) if m.label in labels]
    for _ in range(PRONOUN_SENTENCES):
        # "X thanked Y. But he added that … "…," he said": a sentence whose subject is the same
        # pronoun and that names nobody carries the reference back to the one before
        if named or not people or start <= floor or not _opens_with_pronoun(ctx, start, end):
            break
        end = len(ctx.text[floor:start].rstrip()) + floor  # over the blank line of a new paragraph
        start = _sentence_start(ctx.text, max(floor, end - 1), floor)
        named = [m for m in ctx.mentions_in(start, end) if m.label in labels and not _possessive(ctx.text, m)]
    if not people and any(m.label == "PER" for m in ctx.mentions_in(start, end)):
        return None
    if people and len({m.key for m in named}) > 1 and not _ARABIC.search(ctx.text, start, end):
        # fr/en/ru: "X met with Y", "X a téléphoné à Y", "X встретился с Y": Y after a preposition is
        # no subject the pronoun could take up ("X a reçu Y" keeps two: no guess)
        named = [m for m in named if not _after_preposition(ctx.text, m)]
    if len({m.key for m in named}) != 1:
        return None
    first = named[0]
    clause_start = start
    for mark in re.finditer(r"[,،]", ctx.text[start : first.start]):
        clause_start = start + mark.end()
    # a body often comes after what it is ("Le groupe paramilitaire russe Wagner")
    most = SENTENCE_SUBJECT_WORDS if people else SENTENCE_SUBJECT_WORDS + 2
    if (
        _words_before_subject(ctx, clause_start, first.start) > most
        or not ctx.is_subject_position(first)
        or _inside_quotation(ctx.text, start, first.start)
    ):
        return None
    return Speaker(first, first.start, first.end, via, None)


#: Title words that may open a sentence before a name ("Le Premier ministre israélien Benjamin …").
OPENING_TITLE_WORDS = 5
_HYPHENATED = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _previous_unmarked_subject(ctx: _Context, pos: int, via: str) -> Speaker | None:
    """fr/en/ru, nobody has spoken and no person is marked in view: the name no stage marked that
    opens the sentence right before after a title ("Le Premier ministre israélien Benjamin Netanyahu
    a rejeté … Il a poursuivi : « … »"), when it is the only such name there; else None."""
    text = ctx.text
    floor = max(0, pos - LOOKBACK_CHARS)
    if _ARABIC.search(text, floor, pos) or any(m.label == "PER" for m in ctx.mentions_in(floor, pos)):
        return None
    end = _sentence_start(text, pos, floor)
    last = end - 1
    while last > floor and (text[last].isspace() or text[last] in ".!?"):
        last -= 1
    if last <= floor:
        return None
    start = _sentence_start(text, last, floor)
    words = list(_HYPHENATED.finditer(text, start, end))
    k = 0
    while k < min(len(words) - 1, OPENING_TITLE_WORDS):
        word, following = words[k].group(), words[k + 1].group()
        title_word = word[:1].islower() or fold(word) in _NOT_NAME_WORDS or _is_role_word(ctx, word)
        if not title_word and following[:1].isupper() and not _is_role_word(ctx, following):
            break  # two capitalised words: the name starts here
        if not title_word and not following[:1].islower():
            return None
        k += 1  # a title word ("Premier" before "ministre" is no name)
    name = []
    while k < len(words) and words[k].group()[:1].isupper() and not _is_role_word(ctx, words[k].group()):
        name.append(words[k])
        k += 1
    titled = any(_is_role_word(ctx, w.group()) for w in words[: max(0, k - len(name))])
    if not titled or not 2 <= len(name) <= 3 or k >= len(words) or not words[k].group()[:1].islower():
        return None  # a title says it is a person ("La Banque Mondiale a publié …" has none)
    ns, ne = name[0].start(), name[-1].end()
    if text[ns:ne] != " ".join(w.group() for w in name) or ctx.mentions_in(max(0, ns - 1), ne + 1):
        return None  # not one run of words, or a body or place a stage marked
    others = [r for r in _CAPITALISED_RUN.finditer(text, ne, end) if not ctx.mentions_in(r.start(), r.end())]
    if others:
        return None  # another unmarked name in that sentence: no guess
    surface = text[ns:ne]
    return Speaker(Mention(ns, ne, "PER", fold(surface), None, surface), ns, ne, via, None)


#: How many sentences that open with a pronoun a reference may go back over to reach its subject.
PRONOUN_SENTENCES = 2
_OPENING_PRONOUN = re.compile(
    r"\W*(?:(?:but|and|yet|then|mais|et|puis|но|и|а)\W+)?(?:he|she|il|elle|он|она)\W", re.I
)


#: Prepositions (as written, not folded: French "à" is not the auxiliary "a") before an object person.
_PREPOSITIONS = frozenset(
    {"with", "to", "by", "from", "à", "au", "aux", "avec", "par", "auprès", "с", "со", "к", "от"}
)


def _after_preposition(text: str, m: Mention) -> bool:
    """fr/en/ru: the person is the object of a preposition ("met with X", "a téléphoné à X", "с X")."""
    words = re.findall(r"[^\W\d_]+", text[max(0, m.start - 20) : m.start])
    return bool(words) and words[-1].lower() in _PREPOSITIONS


def _possessive(text: str, m: Mention) -> bool:
    """ "Donald Trump's administration": the person owns what follows, the sentence is not about them."""
    return re.match(r"['’]s?(?![^\W_])", text[m.end : m.end + 3]) is not None


def _opens_with_pronoun(ctx: _Context, start: int, end: int) -> bool:
    """fr/en/ru: the sentence's subject is a personal pronoun ("He added that …", "Mais il a …")."""
    return (
        _ARABIC.search(ctx.text, start, end) is None
        and _OPENING_PRONOUN.match(ctx.text, start, end) is not None
    )


def _words_before_subject(ctx: _Context, start: int, end: int) -> int:
    """Words before a sentence's subject, as many as a title would hold: in Arabic the verb comes first
    and a title of several words may follow it (وانتقل حاكم لويزيانا الجمهوري X), so three count as one."""
    words = len([w for w in _WORD.findall(ctx.text[start:end]) if w != "s"])  # "Nigeria's President X"
    return words - ARABIC_TITLE_WORDS if _ARABIC.search(ctx.text, start, end) else words


#: Words of an Arabic title between a sentence's verb and its subject not counted against it.
ARABIC_TITLE_WORDS = 3


def _inside_quotation(text: str, start: int, pos: int) -> bool:
    """An opening mark before ``pos`` in ``text[start:pos]`` that is not closed yet."""
    segment = text[start:pos]
    return segment.count("«") > segment.count("»") or segment.count("“") > segment.count("”")


def _quoted_before(text: str, start: int, pos: int) -> bool:
    """``pos`` is inside a quotation opened in ``text[start:pos]``, curly or straight (fr/en/ru)."""
    return _inside_quotation(text, start, pos) or text.count('"', start, pos) % 2 == 1


#: How many words (a title, a verb in VSO order) may precede a sentence's subject.
SENTENCE_SUBJECT_WORDS = 3


def _opens_its_sentence(ctx: _Context, m: Mention, floor: int) -> bool:
    """The person is the subject of their sentence ("Le ministre X a reçu …", "التقى وزير الدفاع X …"),
    not an object further in ("The army killed militant leader X")."""
    start = _sentence_start(ctx.text, m.start, floor)
    words = _WORD.findall(ctx.text[start : m.start])
    if not ctx.is_subject_position(m):
        return False
    return len(words) <= SENTENCE_SUBJECT_WORDS or _long_title_after_verb(ctx, start, m)


def _long_title_after_verb(ctx: _Context, start: int, m: Mention) -> bool:
    """Arabic: the verb, then a title of several words in one phrase, then the name ("نسب عضو
    الاتحادين السعودي والعربي لكرة السلة X …"): the title's head right after the verb makes the name
    its subject, however long the title's complement is."""
    between = ctx.text[start : m.start]
    words = [_fold_word(w) for w in _WORD.findall(between)]
    return (
        _ARABIC.match(m.text) is not None
        and 2 <= len(words) <= SUBJECT_AFTER_VERB_WORDS
        and re.search(r"[،,:;؛\"«»“”()\[\]–—]", between) is None
        and (words[1] in _arabic_construct_roles() or _without_article(words[1]) in _arabic_construct_roles())
        # a second title is someone else's: the name is the verb's object (استقبل رئيس الوزراء سفير اليابان X)
        and not any(_without_article(w) in _arabic_construct_roles() for w in words[2:])
        and not any(p.label == "PER" for p in ctx.mentions_in(start, m.start))
    )


#: Articles and possessives: a speech verb right after one is a noun (cette annonce, the report, sa note).
_NOUN_BEFORE = re.compile(
    r"(?<![^\W_])(?:le|la|les|l'|un|une|des|du|cette|ce|cet|ces|son|sa|ses|leur|leurs|notre|votre"
    r"|the|a|an|this|that|his|her|its|their|our)\s*$"
)


def _noun_use(folded: str, verb: re.Match[str]) -> bool:
    """A one-word fr/en speech verb used as a noun ("Depuis cette annonce", "une note")."""
    if verb.group("other") is None or " " in verb.group() or "-" in verb.group():
        return False
    if verb.group() in _NAMING_VERBS and _QUOTE_RIGHT_AFTER.match(folded, verb.end()):
        return True  # 'a group called "Friends of the Sahel"': a name, not words said
    return _NOUN_BEFORE.search(folded, max(0, verb.start() - 8), verb.start()) is not None


#: Verbs that name as often as they report: right before a quotation they give its name.
_NAMING_VERBS = frozenset({"called", "described", "назвал", "назвала", "назвали", "qualifie"})
_QUOTE_RIGHT_AFTER = re.compile(r"\s*[«“„\"']")


def _is_participle(ctx: _Context, verb: re.Match[str]) -> bool:
    return re.sub(r"^[وف]", "", verb.group()) in ctx.cues.participles or verb.group() in ctx.cues.participles


#: Punctuation that ends a phrase naming a subject.
_PHRASE_STOP = re.compile(r"[،,:;؛.!?؟\n\"«»“”(\[–—]|\s-\s")
#: Words that end an Arabic description (مصدر عسكري مالي | لوكالة …، أن …، خلال …).
_DESCRIPTION_STOP = frozenset(
    fold(w)
    for w in (
        "أن",
        "إن",
        "أنه",
        "إنه",
        "أنها",
        "إنها",
        "بأنه",
        "بأنها",
        "بأن",
        "خلال",
        "أمس",
        "اليوم",
        "عن",
        "على",
        "إلى",
        "الى",
        "لدى",
        "مع",
        "قائلا",
        "قائلة",
    )
)
#: Latin/Cyrillic words that end a described subject (a source close to X | told, that, que, что).
_LATIN_STOP = frozenset(
    ("that", "que", "qu", "что", "told", "on", "a", "à", "au", "ce", "when", "lors", "during")
)
MAX_DESCRIPTION_WORDS = 9


def _words(ctx: _Context, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` up to the first phrase-ending mark: (start, end, folded)."""
    stop = _PHRASE_STOP.search(ctx.text, start, end)
    limit = stop.start() if stop else end
    found = []
    for m in _WORD.finditer(ctx.text, start, limit):
        found.append((m.start(), m.end(), _fold_word(m.group())))
        if len(found) > MAX_DESCRIPTION_WORDS + 2:
            break  # no phrase read from here is longer
    return found


#: Folding one word, cached: the same few hundred words come back in every article.
_fold_word = lru_cache(maxsize=65536)(fold)


def _declitic(word: str) -> str:
    """للمحكمة -> المحكمة, لوزارة -> وزارة (the issuer after بيان)."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    return word[1:] if word[:1] in "لب" and len(word) > 3 else word


def _described_subject(ctx: _Context, start: int, end: int) -> Speaker | None:
    """A subject after a verb that no entity names: an organisation (وقالت الوزارة، منظمة الشفافية
    الدولية), a statement (بيان للمحكمة العليا; وأضاف البيان continues its issuer: ``via`` "statement")
    or an unnamed source (مصدر عسكري مالي، ناخب بوروندي; "said a senior official", "сообщил источник")."""
    words = _words(ctx, start, end)
    if not words:
        return None
    text, cues = ctx.text, ctx.cues
    zone = fold(text[words[0][0] : end])
    statement = cues.statement.match(zone)
    if statement is not None:
        head = statement.group("head")
        if head.startswith(("ال", "the ", "le ", "la ", "в ")):
            return Speaker(None, words[0][0], words[0][0] + len(head), "statement", None)
        issuer = words[1:]
        if issuer and issuer[0][2][:1] == "ل":
            return _organization_phrase(ctx, issuer, declitic=True)  # بيان للمحكمة العليا
        while issuer and (issuer[0][2] in _ISSUED or issuer[0][2] in cues.statement_signed):
            issuer = issuer[1:]  # بيان صادر عن وزارة الدفاع
        if issuer and len(issuer) < len(words) - 1:
            people = [m for m in ctx.mentions_in(issuer[0][0], issuer[-1][1]) if m.label == "PER"]
            if people:
                return Speaker(people[0], people[0].start, people[0].end, "explicit", None)
            return _organization_phrase(ctx, issuer)
        if (
            issuer
            and _without_article(issuer[0][2]) in cues.organization_ar
            and issuer[0][2].startswith("ال")
        ):
            # بيان الوزارة، بيان النادي الإنجليزي: its issuer, when named (a bare النادي names nobody)
            found = _organization_phrase(ctx, issuer)
            named = found is not None and (found.mention is not None or len((found.name or "").split()) > 1)
            return found if named else None
        return None
    first = words[0][2]
    if _ARABIC.match(first):
        if first in ("احد", "احدي") or (not first.startswith("ال") and first in cues.anonymous_ar):
            if len(words) > 2 and words[1][2].startswith("ال"):
                # "شقيق الضحية X", "مسؤول الإعلام X": the head, its complement, then the one it names
                people = [
                    m
                    for m in ctx.mentions_in(words[2][0], end)
                    if m.label == "PER" and m.start == words[2][0]
                ]
                if people:
                    return Speaker(people[0], people[0].start, people[0].end, "explicit", None)
            return _anonymous_phrase(ctx, words)
        if _without_article(first) in cues.organization_ar or first in cues.organization_ar:
            return _organization_phrase(ctx, words)
        return None
    anonymous = cues.anonymous_other.match(zone)
    if anonymous is not None:
        told = [
            m.end for m in ctx.mentions_in(words[0][0], end) if m.start == words[0][0] and m.label == "MEDIA"
        ]
        described = [w for w in words if not told or w[0] >= told[0]]  # after the outlet it was told to
        return _anonymous_phrase(ctx, described or words)
    return None


#: Words between a statement and its issuer (بيان صادر عن …، البيان الصادر من …).
_ISSUED = frozenset(
    fold(w) for w in ("صادر", "الصادر", "صادرة", "الصادرة", "صدر", "عن", "من", "issued", "by", "de")
)


def _anonymous_phrase(ctx: _Context, words: Sequence[tuple[int, int, str]]) -> Speaker:
    """The description of an unnamed source as written, up to what ends it (لوكالة، أن، told, that)."""
    kept = [words[0]]
    for word in words[1 : MAX_DESCRIPTION_WORDS + 1]:
        w = word[2]
        if w in _DESCRIPTION_STOP or w in _LATIN_STOP:
            break
        if w[:1] == "ل" and _ARABIC.match(w) and len(kept) > 1:
            break  # لوكالة فرانس برس، للصحفيين: whom it was told to
        if w == "في" and any(
            n in w2 for _, _, w2 in words[len(kept) : len(kept) + 2] for n in ctx.cues.statement_nouns
        ):
            break  # في تصريح، في بيان
        if ctx.cues.verb.fullmatch(w):
            break
        kept.append(word)
    return Speaker(None, kept[0][0], kept[-1][1], "explicit", None, kind="anonymous")


def _organization_phrase(
    ctx: _Context, words: Sequence[tuple[int, int, str]], *, declitic: bool = False
) -> Speaker | None:
    """An organisation as speaker: its head and the definite words after it (منظمة الشفافية الدولية);
    an entity inside it names it; a bare definite head (الوزارة) is the one organisation of that
    kind named before it, or stays as written when none was, or unresolved when two were."""
    kept = [words[0]]
    construct = not words[0][2].startswith("ال") and _ARABIC.match(words[0][2]) is not None and not declitic
    quoted = _QUOTED_NAME.match(ctx.text, words[0][1]) if construct else None
    if quoted is not None:  # وقالت شركة «فليت كوينز»: the head and the name in quotation marks
        name = f"{ctx.text[words[0][0] : words[0][1]]} {quoted.group('name').strip()}"
        return Speaker(None, words[0][0], quoted.end(), "explicit", None, kind="organization", name=name)
    if construct and len(words) > 1:  # تنظيم داعش، جامعة الدمام: the head and the name it governs
        named = [m for m in ctx.mentions_in(words[1][0], words[-1][1] + 1) if m.start == words[1][0]]
        if named and named[0].label != "GPE":
            return Speaker(named[0], words[0][0], named[0].end, "explicit", None, kind="organization")
        kept.append(words[1])
    for word in words[len(kept) : 6]:
        w = word[2]
        if (
            not w.startswith("ال")
            or w in _RELATIVE
            or w in ctx.cues.adverbial
            or word[0] in ctx.mention_starts
        ):
            break  # "دعا المجلس الاتحاد الأوروبي": a name after the subject is its object
        kept.append(word)
    ps, pe = kept[0][0], kept[-1][1]
    named = [m for m in ctx.mentions_in(ps, pe + 1) if m.label != "GPE" and m.start == ps]
    if named:
        m = named[0]
        return Speaker(m, m.start, m.end, "explicit", None, kind="organization")
    phrase = ctx.text[ps:pe]
    if declitic:  # بيان للمحكمة العليا: the issuer, without its ل
        first = ctx.text[ps : kept[0][1]]
        phrase = ("ال" + first[2:] if first.startswith("لل") else first[1:]) + ctx.text[kept[0][1] : pe]
    head = _declitic(kept[0][2]) if declitic else kept[0][2]
    if len(kept) == 1 and head.startswith("ال"):  # الوزارة، بيان للوزارة: the one named before
        return _resolve_organization(ctx, _without_article(head), ps, pe)
    if head.startswith("ال") and not declitic:
        # النادي الإسباني after نادي برشلونة الإسباني: the one named before, when its words agree
        resolved = _resolve_organization(ctx, _without_article(head), ps, pe)
        if resolved.via == "role" and (resolved.mention is not None or resolved.name):
            antecedent = resolved.mention or resolved
            start, end = antecedent.start, antecedent.end
            around = set(_WORD.findall(fold(ctx.text[start : end + ORGANIZATION_MODIFIER_CHARS])))
            if all(w in around for _, _, w in kept[1:]):
                return resolved
    return Speaker(None, ps, pe, "explicit", None, kind="organization", name=phrase)


#: How far after an organisation's name the words of a later description of it may stand
#: (نادي برشلونة الإسباني … النادي الإسباني).
ORGANIZATION_MODIFIER_CHARS = 30


#: A name in quotation marks right after an organisation's head (شركة «فليت كوينز»، منظمة "أطباء بلا حدود").
_QUOTED_NAME = re.compile(r'\s*[«"“](?P<name>[^«»"“”\n]{2,60})[»"”]')
#: Relative pronouns (they start with ال but end the name: "الحركة التي بدأت").
_RELATIVE = frozenset(
    {"التي", "الذي", "اللذان", "اللتان", "الذين", "اللواتي", "اللاتي", "اللتي", "اللذين", "اللتين"}
)
#: Days and times that follow a name without being part of it (أكدت الخارجية المصرية الجمعة), folded.
_AR_TIME_WORDS = "(?:" + "|".join(
    fold(w) for w in ("الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
                      "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي", "الجاري", "اليوم")
) + ")"  # fmt: skip
#: How far back a bare definite organisation (الوزارة, the ministry) looks for the one it names.
ORGANIZATION_LOOKBACK_CHARS = 2000


def _resolve_organization(ctx: _Context, head: str, ps: int, pe: int) -> Speaker:
    """الوزارة -> the one organisation whose name starts with وزارة named before (an entity or the
    written words وزارة الداخلية السعودية); several: unresolved; none: the words as written."""
    floor = max(0, ps - ORGANIZATION_LOOKBACK_CHARS)
    entities = [
        m for m in ctx.mentions_in(floor, ps)
        if m.label in ("ORG", "ARMED_GROUP", "MEDIA") and head in {_without_article(w) for w in _name_tokens(m.text)[:1]}
    ]  # fmt: skip
    if entities:
        if len({m.key for m in entities}) == 1:
            m = entities[-1]
            return Speaker(m, ps, pe, "role", None, kind="organization")
        return Speaker(None, ps, pe, "role", None, kind="organization")
    fs, fe = ctx.folded_range(floor, ps)
    pattern = re.compile(
        rf"{B_START}[وفبل]?(?P<name>(?:ال)?{re.escape(head)}(?:\s+(?!{_AR_TIME_WORDS}(?![^\W_]))ال[^\W\d_]+){{1,4}})"
    )
    names: dict[str, tuple[int, int]] = {}
    for found in pattern.finditer(ctx.norm.text, fs, fe):
        names[_without_article(found.group("name"))] = found.span("name")
    # a head before a name a stage marked: نادي برشلونة, جامعة هارفارد, حكومة مالي
    # or in quotation marks (شركة “زيمبيريوم”): the name is what the marks hold
    bare = re.compile(rf"{B_START}[وفبل]?(?P<name>{re.escape(head)})\s+(?P<mark>[«\"“]\s*)?")
    for found in bare.finditer(ctx.norm.text, fs, fe):
        _, after_head = ctx.orig(found.start("name"), found.end())
        named = next((m for m in ctx.mentions_in(after_head, ps) if m.start == after_head), None)
        if named is not None and named.label != "PER":
            name_fs = (
                ctx.folded_range(named.start, named.end)[0] if found.group("mark") else found.start("name")
            )
            name_fe = ctx.folded_range(named.start, named.end)[1]
            names[_without_article(ctx.norm.text[name_fs:name_fe])] = (name_fs, name_fe)
    if len(names) == 1:
        ((name_fs, name_fe),) = names.values()
        name_start, name_end = ctx.orig(name_fs, name_fe)
        return Speaker(
            None, name_start, name_end, "role", None, kind="organization", name=ctx.text[name_start:name_end]
        )
    if names:
        return Speaker(None, ps, pe, "role", None, kind="organization")
    return Speaker(None, ps, pe, "explicit", None, kind="organization", name=ctx.text[ps:pe])


def _described_before(
    ctx: _Context, sent_start: int, verb_start: int, *, after_quote: bool = False
) -> Speaker | None:
    """SVO (fr/en/ru): the words right before the verb describe the speaker: a pronoun (he said; ``via``
    "pronoun", resolved by the caller), a role (the officer said), an unnamed source (a diplomatic source
    in the Sahel said) or an organisation (the ministry said, le ministère a indiqué)."""
    clause_start = sent_start
    for mark in _PHRASE_STOP.finditer(ctx.text, sent_start, verb_start):
        clause_start = mark.end()
    words = [
        (m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(ctx.text, clause_start, verb_start)
    ]
    if not words and not after_quote:
        return _name_before_comma(ctx, sent_start, clause_start)  # "X, a researcher at Y, said"
    if not words or len(words) > MAX_DESCRIPTION_WORDS + 3:
        return None
    ps, pe = words[0][0], words[-1][1]
    clause = fold(ctx.text[ps:pe])
    last = words[-1][2]
    if (
        len(words) == 1
        and clause_start > sent_start
        and _CAPITALISED_WORD.fullmatch(ctx.text, ps, pe)
        and not ctx.mentions_in(ps, pe)
        and last not in ctx.cues.not_names  # '” He described': a pronoun after a closing mark
        and not ctx.cues.anonymous_other.match("a " + last)
        and not ctx.cues.organization_other.search(last)
    ):  # "However, Tacuno warned": one capitalised word after a comma is not a sentence's first word
        return Speaker(Mention(ps, pe, "PER", last, None, ctx.text[ps:pe]), ps, pe, "subject", None)
    if ctx.cues.pronoun.fullmatch(last) and (len(words) <= 3 or last in _RELATIVE_PRONOUNS):
        # he said, Ранее он добавил, puis il a dit; "un message qui rapporte": what it refers to
        return Speaker(None, words[-1][0], pe, "pronoun", None, gender=_PRONOUN_GENDER.get(last))
    while words and (
        words[0][2] in ("and", "but", "et", "mais", "и", "а", "но", "в", "во")
        or words[0][2] in _OPENING_ADVERBS
    ):
        words = words[1:]  # "Ранее правительственный телеканал …", "Also the ministry …"
    if not words:
        return None
    ps = words[0][0]
    clause = fold(ctx.text[ps:pe])
    by = _STATEMENT_BY.search(ctx.text, ps, pe)
    if by is not None:  # "Sunday's statement by the CNSP said", "un communiqué du ministère indique"
        issuer = [m for m in ctx.mentions_in(by.end(), pe) if m.start == by.end() and m.label != "GPE"]
        if issuer:
            m = issuer[0]
            return Speaker(
                m, m.start, m.end, "subject", None, kind="organization" if m.label != "PER" else "person"
            )
        issuing_body = _organization_after(ctx, by.end(), pe)
        if issuing_body is not None:
            return issuing_body
    statement = ctx.cues.statement.match(clause)
    if statement is not None and statement.end() == len(clause):
        return Speaker(None, ps, pe, "statement", None)
    role = ctx.cues.role.match(clause)
    if role is not None:
        return _role_phrase(ctx, ps, pe, role.group("role") or role.group("bare"))
    if ctx.cues.anonymous_other.match(clause):
        return Speaker(None, ps, pe, "explicit", None, kind="anonymous")
    organization = ctx.cues.organization_other.search(clause)
    if organization is not None:
        if len(words) <= 2 and words[0][2] in ("the", "le", "la", "l", "les"):
            return _resolve_named_organization(ctx, organization.group(), ps, pe)
        return Speaker(None, ps, pe, "explicit", None, kind="organization", name=ctx.text[ps:pe])
    name = _CAPITALISED_NAME.fullmatch(ctx.text, ps, pe) or (
        _CAPITALISED_WORD.fullmatch(ctx.text, ps, pe) if after_quote else None
    )
    if name is not None and fold(name.group("name").split()[0]) in _NOT_NAME_WORDS:
        name = None  # "Le Monde critique", "The President": an article is no given name
    if name is not None:  # "Шогель Кокалла Майга сказал", '"…," Traoré said': a name no stage marked
        surface = name.group("name")
        return Speaker(Mention(ps, pe, "PER", fold(surface), None, surface), ps, pe, "subject", None)
    unmarked = _unmarked_name_ending(ctx, ps, pe)
    if unmarked is not None:  # "… министр … этой африканской страны Мохамед Тумба заявил"
        return Speaker(unmarked, unmarked.start, unmarked.end, "subject", None)
    return None


def _name_before_comma(ctx: _Context, sent_start: int, comma_end: int) -> Speaker | None:
    """A verb right after a comma: its subject is the name before, alone or before an apposition
    ("In turn, Baba Dagono, a researcher at …, said"; "The group's director, Rinaldo Depagne, told")."""
    segments = list(re.finditer(r"[^,،]+", ctx.text[sent_start:comma_end]))
    for back in (1, 2):
        if len(segments) < back:
            return None
        segment = segments[-back]
        s, e = _trim(ctx.text, sent_start + segment.start(), sent_start + segment.end())
        people = [m for m in ctx.mentions_in(s, e) if m.label == "PER" and (m.start, m.end) == (s, e)]
        if people:
            return Speaker(people[0], s, e, "subject", None)
        name = _CAPITALISED_NAME.fullmatch(ctx.text, s, e)
        if name is not None and not ctx.mentions_in(s, e):
            surface = ctx.text[s:e]
            return Speaker(Mention(s, e, "PER", fold(surface), None, surface), s, e, "subject", None)
        if (
            back == 1
            and not _DETERMINER.match(ctx.text[s:e])
            and not re.match(r"(?:a|an|un|une)\s", ctx.text[s:e])
        ):
            return None  # not an apposition: what stands before the comma is not a name either
    return None


def _latin(text: str) -> bool:
    return _ARABIC.search(text) is None and re.search(r"[а-яёА-ЯЁ]", text) is None


def _organization_after(ctx: _Context, start: int, end: int) -> Speaker | None:
    """« … », a indiqué le ministère malien de la Défense / "…," said the Defence Ministry."""
    words = _words(ctx, start, end)
    if words and ctx.cues.pronoun.fullmatch(words[0][2]):
        return None  # "— сказал он в интервью агентству": the pronoun is the subject, the agency was told
    if words and words[0][2] in ("в", "во"):
        words = words[1:]  # "— сообщили в пресс-службе министерства"
    if not words or len(words) > MAX_DESCRIPTION_WORDS:
        return None
    ps, pe = words[0][0], words[-1][1]
    told = _TOLD_AFTER_NAME.search(ctx.text, ps, pe)
    if told is not None and _latin(ctx.text[ps:pe]):
        pe = told.start()  # "a déclaré l'armée israélienne dans un communiqué": where it said it, cut off
    issued = _STATEMENT_BY.search(ctx.text, ps, pe)
    if issued is not None and len(_WORD.findall(ctx.text[ps : issued.start()])) <= 1:
        ps = issued.end()  # "selon un communiqué de l'état-major": the issuer, not the statement
        issuer = [m for m in ctx.mentions_in(ps, pe) if m.start == ps and m.label != "GPE"]
        if issuer:
            return Speaker(issuer[0], issuer[0].start, issuer[0].end, "explicit", None, kind="organization")
    organization = ctx.cues.organization_other.search(fold(ctx.text[ps:pe]))
    if organization is None:
        return None
    if len(words) <= 2 and words[0][2] in ("the", "le", "la", "l", "les"):
        return _resolve_named_organization(ctx, organization.group(), ps, pe)
    return Speaker(None, ps, pe, "explicit", None, kind="organization", name=ctx.text[ps:pe])


def _resolve_named_organization(ctx: _Context, head: str, ps: int, pe: int) -> Speaker:
    """ "the ministry" -> the one organisation entity named before whose name holds the head word, or
    else the one fuller name written before ("le ministère de la Défense", "the Defence Ministry")."""
    floor = max(0, ps - ORGANIZATION_LOOKBACK_CHARS)
    entities = [
        m for m in ctx.mentions_in(floor, ps)
        if m.label in ("ORG", "ARMED_GROUP", "MEDIA") and head in fold(m.text)
    ]  # fmt: skip
    if not entities and head in _GROUP_HEADS:  # "le groupe", "the group": the one armed group named before
        entities = [m for m in ctx.mentions_in(floor, ps) if m.label == "ARMED_GROUP"]
    if len({m.key for m in entities}) == 1:
        return Speaker(entities[-1], ps, pe, "role", None, kind="organization")
    if entities:
        return Speaker(None, ps, pe, "role", None, kind="organization")
    written = _written_organization(ctx, head, floor, ps)
    if written is not None:
        return Speaker(None, ps, pe, "role", None, kind="organization", name=written)
    return Speaker(None, ps, pe, "explicit", None, kind="organization", name=ctx.text[ps:pe])


#: Heads that name an armed group without its name ("le groupe", "the movement").
_GROUP_HEADS = frozenset({"groupe", "group", "mouvement", "movement", "групп"})
#: Words inside a written organisation name ("ministère de la Défense", "Ministry of Foreign Affairs").
_ORGANIZATION_LINKS = frozenset({"de", "du", "des", "d", "la", "l", "of", "the", "and", "et", "for", "pour"})
#: French adjectives of nationality after the head ("le ministère malien de la Défense").
_NATIONALITY_ENDING = re.compile(r"(?:ien|ienne|ain|aine|ais|aise|ois|oise|in|ine|en|enne)s?$")
#: French adjectives after a capitalised word of the name ("Forces armées", "Garde nationale").
_ADJECTIVE_ENDING = re.compile(r"(?:é|ée|és|ées|ale|ales|aux|ique|iques)$")
_LATIN_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")
#: Words before a head that are not part of its name, though capitalised at a sentence start.
_NOT_NAME_WORDS = frozenset({"the", "le", "la", "les", "l", "a", "an", "un", "une", "this", "ce", "cette"})


def _organization_extent(
    text: str, hs: int, he: int, name_words: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The written name around an organisation head (fr/en): capitalised words before it ("the Defence
    Ministry"), and after it links and capitalised words ("ministère de la Défense", "ministère malien
    des Forces armées"). Returns the head alone when nothing names it further."""
    start = hs
    for word in reversed(list(_LATIN_TOKEN.finditer(text, max(0, hs - 40), hs))):
        w = word.group()
        if (
            not w[:1].isupper()
            or fold(w) in _NOT_NAME_WORDS
            or word.end() > start
            or text[word.end() : start].strip()
        ):
            break
        start = word.start()
    end, pending, previous_capital = he, he, False
    for n, token in enumerate(_LATIN_TOKEN.finditer(text, he, min(len(text), he + 80))):
        w = token.group()
        if not w[:1].isalpha():
            break
        if fold(w) in _ORGANIZATION_LINKS:
            pending = token.end()
            continue
        adjective = _ADJECTIVE_ENDING.search(w) if previous_capital and pending == end else None
        named = fold(w) in name_words
        if w[:1].isupper() or adjective or named or (n == 0 and _NATIONALITY_ENDING.search(w)):
            end = pending = token.end()
            previous_capital = w[:1].isupper() or named
            continue
        break
    return start, end


def _written_organization(ctx: _Context, head: str, floor: int, ps: int) -> str | None:
    """The one fuller name written before ``ps`` whose head is ``head`` (fr/en), or None (none, or
    several different ones: no guess)."""
    if _ARABIC.search(head) or not head.isalpha():
        return None
    names: dict[str, str] = {}
    fs, fe = ctx.folded_range(floor, ps)
    for found in re.finditer(rf"{B_START}{re.escape(head)}s?{B_END}", ctx.norm.text[fs:fe]):
        hs, he = ctx.orig(fs + found.start(), fs + found.end())
        s, e = _organization_extent(ctx.text, hs, he, ctx.cues.organization_words)
        if (s, e) != (hs, he):
            names.setdefault(fold(ctx.text[s:e]), ctx.text[s:e])
    return next(iter(names.values())) if len(names) == 1 else None


def _resolve_reference(ctx: _Context, found: Speaker | None, pos: int, gender: str | None) -> Speaker | None:
    """A pronoun or a statement ("وأضاف البيان", "the statement added") found as the subject: the chain
    (fr/en/ru: a statement is first its issuer's, as the text named it before)."""
    if found is None or found.via not in ("pronoun", "statement"):
        return found
    if found.via == "statement" and _ARABIC.search(ctx.text, found.start, found.end) is None:
        issuer = _statement_issuer(ctx, found.start)
        if issuer is not None:
            return issuer
        # no statement spoken of before: one continues an organisation's words, never a person's
        chained = _from_chain(ctx, pos, "role", found.gender or gender)
        is_person = chained is not None and (
            chained.mention.label == "PER" if chained.mention is not None else chained.kind != "organization"
        )
        return None if is_person else chained
    via = "pronoun" if found.via == "pronoun" else "role"
    pronoun = ctx.text[found.start : found.end] if found.via == "pronoun" else None
    if found.via == "statement":
        # the verb agrees with البيان, not with the ministry that issued it; so do the verbs after it
        issuer = _from_chain(ctx, pos, via, None)
        return replace(issuer, gender=gender) if issuer is not None else None
    return _from_chain(ctx, pos, via, found.gender or gender, pronoun)


#: A statement and its issuer before a speech verb: "statement by the CNSP", "communiqué du ministère".
_STATEMENT_BY = re.compile(
    r"(?i)(?<![^\W_])(?:statement|communiqué|déclaration)\s+(?:issued\s+)?(?:by|from|of|de|du|des)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?"
)
#: Statement nouns whose issuer a later "the statement"/"le communiqué" refers to (fr/en/ru).
_STATEMENT_NOUN = re.compile(
    r"(?<![^\W_])(?:statement|communique|declaration|заявлени[еия]|сообщени[еия]|коммюнике)(?![^\W_])"
)
#: How far the sentence that speaks of a statement may run around its noun.
STATEMENT_SENTENCE_CHARS = 300


def _statement_issuer(ctx: _Context, pos: int) -> Speaker | None:
    """ "the statement said", "selon le communiqué", "говорится в заявлении" (fr/en/ru): the issuer of
    the last statement the text spoke of before ``pos``: the speaker of a speech verb in that sentence,
    the one named after it ("a statement by the CNSP"), or the organisation or person that is the
    sentence's subject ("Dans un communiqué, le ministère de la Défense a fait état …"). None when the
    text spoke of no statement before or names nobody there."""
    floor = max(0, pos - ORGANIZATION_LOOKBACK_CHARS)
    fs, fe = ctx.folded_range(floor, pos)
    nouns = [
        n for n in _STATEMENT_NOUN.finditer(ctx.norm.text, fs, fe)
        if not _inside_quotation(ctx.text, floor, ctx.orig(n.start(), n.end())[0])
    ]  # fmt: skip
    if not nouns:
        return _issuer_just_before(ctx, pos)
    n_start, n_end = ctx.orig(nouns[-1].start(), nouns[-1].end())
    text = ctx.text
    s0 = _sentence_start(text, n_start, max(0, n_start - STATEMENT_SENTENCE_CHARS))
    stop = re.search(r"[.!?](?:\s|$)|\n", text[n_end : n_end + STATEMENT_SENTENCE_CHARS])
    s1 = min(pos, n_end + stop.start() if stop else n_end + STATEMENT_SENTENCE_CHARS)
    # a speech verb or a quote of that sentence with its speaker
    said = [
        e.speaker
        for e in ctx.events
        if s0 <= e.start < s1 and e.speaker is not None and e.speaker.via != "statement"
    ]
    if said:
        return replace(said[0], via="role", cue=None)
    # "a statement by the CNSP", "un communiqué du ministère", "заявлении Минобороны"
    by = re.match(
        r"\s*(?:(?:issued\s+)?by|from|of|de|du|des|d['’])?\s*(?:the\s+|la\s+|l['’])?", text[n_end:s1]
    )
    after = n_end + (by.end() if by else 0)
    named = [m for m in ctx.mentions_in(after, s1) if m.start == after and m.label != "GPE"]
    if named and by is not None and by.end() > 0:
        m = named[0]
        return Speaker(m, m.start, m.end, "role", None, kind="organization" if m.label != "PER" else "person")
    # the sentence's subject: a named body or person, else a body written with its head word
    for m in ctx.mentions_in(s0, s1):
        if m.label != "GPE" and ctx.is_subject_position(m) and not _inside_quotation(text, s0, m.start):
            return Speaker(
                m, m.start, m.end, "role", None, kind="organization" if m.label != "PER" else "person"
            )
    fs0, fs1 = ctx.folded_range(s0, s1)
    head = ctx.cues.organization_other.search(ctx.norm.text, fs0, fs1)
    if head is None or _ARABIC.search(text, s0, s1):
        return None
    hs, he = ctx.orig(head.start(), head.end())
    start, end = _organization_extent(text, hs, he, ctx.cues.organization_words)
    return Speaker(None, hs, he, "role", None, kind="organization", name=text[start:end])


def _issuer_just_before(ctx: _Context, pos: int) -> Speaker | None:
    """fr/en/ru: "« … », précise le communiqué" with no statement spoken of before: the one whose words
    the sentence right before reported when it is a body (its last speech verb), else None."""
    text = ctx.text
    s0 = _sentence_start(text, pos, max(0, pos - STATEMENT_SENTENCE_CHARS))
    if _ARABIC.search(text, s0, pos) is not None:
        return None
    prev0 = _sentence_start(text, max(0, s0 - 1), max(0, s0 - STATEMENT_SENTENCE_CHARS))
    said = [e.speaker for e in ctx.events if prev0 <= e.start < pos and e.speaker is not None]
    if not said or said[-1].via == "statement" or said[-1].kind != "organization":
        return None  # a person who spoke last did not issue "the statement" (told reporters, then …)
    return replace(said[-1], via="role", cue=None)


#: "قوله": his saying, after "نقل عن X" (X is the speaker, never the one who passed it on).
_SAYING = frozenset({"قوله", "قولها", "قولهم", "القول"})


def _quoted_from(ctx: _Context, sent_start: int, v_start: int, cue: str) -> Speaker | None:
    """ "ونقلت وسائل الإعلام عن مسؤول في قوات الدرك قوله إن "…"": the speaker is who the words were
    taken from (after عن), named, described or unnamed; without عن, nobody."""
    fs, fe = ctx.folded_range(sent_start, v_start)
    froms = list(re.finditer(r"(?<![^\W_])عن(?![^\W_])", ctx.norm.text[fs:fe]))
    if not froms:
        return None
    found_an = froms[-1]
    _, an_end = ctx.orig(fs + found_an.start(), fs + found_an.end())
    speaker = _subject_after_verb(ctx, an_end, v_start) or _described_subject(ctx, an_end, v_start)
    if speaker is None or speaker.via == "statement":
        return None
    speaker.cue = cue
    return speaker


def _inverted_verb(ctx: _Context, sent_start: int, v_start: int) -> bool:
    """A fr/en/ru speech verb whose subject follows it: after a comma, a closing mark or a dash,
    or with nothing but a conjunction or an adverb before it in its clause."""
    if _INVERTED_AFTER.search(ctx.text, max(0, v_start - 3), v_start):
        return True
    clause_start = sent_start
    for mark in _PHRASE_STOP.finditer(ctx.text, sent_start, v_start):
        clause_start = mark.end()
    words = [fold(w) for w in _WORD.findall(ctx.text[clause_start:v_start])]
    return all(w in _COORDINATION or w in _BETWEEN_SUBJECT_AND_VERB or w in _RU_INVERSION for w in words)


#: Russian words before a verb whose subject follows it ("Как заявил Лавров, …", "Об этом сообщил X").
_RU_INVERSION = frozenset({"как", "об", "этом", "о", "том", "так"})


def _subject_of_verb(
    ctx: _Context, verb: re.Match[str], v_start: int, v_end: int, zone_end: int, sent_start: int
) -> tuple[Speaker | None, bool]:
    """The subject of a speech verb, however it is written; ``(None, True)`` when a subject is written
    but names nobody we know (no guess from the chain then), ``(None, False)`` when none is written."""
    cue = ctx.text[v_start:v_end]
    gender = _gender_of(cue)
    arabic = verb.group("ar") is not None
    # fr/en/ru: what follows a verb is its subject only when the verb is inverted (", said X:",
    # sentence-initial); after "X told Y that", Y is whom it was told to
    subject_follows = arabic or (
        _inverted_verb(ctx, sent_start, v_start) and _subject_before(ctx, sent_start, v_start) is None
    )  # "X, for his part, told Y": the comma closed an aside, X is the subject
    found = _subject_after_verb(ctx, v_end, zone_end) if subject_follows else None
    if found is None and (arabic or ctx.cues.anonymous_other.match(fold(ctx.text[v_end:zone_end]))):
        found = _described_subject(ctx, v_end, zone_end)
    if found is None and arabic and _names_a_subject(ctx, v_end, zone_end):
        found = _described_by_apposition(ctx, v_end, zone_end)
        if found is None:
            return None, True
    if found is None and arabic:
        found = _arabic_described_before(ctx, sent_start, v_start)
    if found is None:
        after = fold(ctx.text[v_end:zone_end])
        pronoun = ctx.cues.pronoun.match(after)
        inverted = _INVERTED_PRONOUN.search(fold(cue))
        if pronoun is not None or inverted is not None:
            word = pronoun.group().strip(" -—–") if pronoun is not None else _last_part(inverted)
            return _from_chain(ctx, v_start, "pronoun", _gender_of(cue, word), word), False
    if found is None and not arabic:
        # "he said" first (a name earlier in the sentence is not the subject then), then a name right
        # before the verb, then a role, an unnamed source or an organisation written before it
        described = _described_before(ctx, sent_start, v_start)
        if described is None:
            # "Un proche collaborateur du président X, …, ajoute :": X only completes the description
            described = _opening_anonymous(ctx, sent_start, v_start)
        if described is None or (described.via != "pronoun" and described.kind != "anonymous"):
            found = _subject_before(ctx, sent_start, v_start)
        found = found or described or _body_right_before(ctx, sent_start, v_start)
    found = _resolve_reference(ctx, found, v_start, gender)
    if found is not None and found.gender is None and _verb_agrees_with(ctx, v_end, found):
        found.gender = gender
    return found, found is not None


#: What may stand before a named body opening its clause ("Et le Hezbollah a ajouté", "Also Hamas said").
_BEFORE_BODY = frozenset({"le", "la", "les", "l", "the", "et", "and", "mais", "but"})


def _body_right_before(ctx: _Context, sent_start: int, v_start: int) -> Speaker | None:
    """fr/en/ru: a named body (not a country) opening the verb's clause right before it ("Hamas said:",
    "L'ONU a déclaré :", "Hier, le Hezbollah a ajouté :"): that organisation, else None."""
    if _ARABIC.search(ctx.text, sent_start, v_start) is not None:
        return None
    clause_start = sent_start
    for mark in _PHRASE_STOP.finditer(ctx.text, sent_start, v_start):
        clause_start = mark.end()
    bodies = [
        m
        for m in ctx.mentions_in(clause_start, v_start)
        if m.label in SPEAKER_LABELS and m.label not in ("PER", "GPE")
    ]
    if not bodies:
        return None
    m = bodies[-1]
    between = [fold(w) for w in _WORD.findall(ctx.text[m.end : v_start])]
    before = [fold(w) for w in _WORD.findall(ctx.text[clause_start : m.start])]
    if any(w not in _BETWEEN_SUBJECT_AND_VERB for w in between) or any(
        w not in _BEFORE_BODY and w not in _OPENING_ADVERBS for w in before
    ):
        return None
    return Speaker(m, m.start, m.end, "subject", None, kind="organization")


def _verb_agrees_with(ctx: _Context, v_end: int, found: Speaker) -> bool:
    """Arabic: the verb's gender is the speaker's unless another body stands between them as the verb's
    own subject ("اعتبرت روسيا على لسان مندوبها X": اعتبرت agrees with روسيا, not with X)."""
    if found.mention is None or found.start < v_end or not _ARABIC.match(ctx.text, max(0, v_end - 1)):
        return True
    return not any(m.start < found.start for m in ctx.mentions_in(v_end, found.start))


def _same_name(a: set[str], b: set[str]) -> bool:
    return a <= b or b <= a


def _described_by_apposition(ctx: _Context, start: int, end: int) -> Speaker | None:
    """Arabic: a definite noun as subject (وقال المدافع الذي …) that stood right after one person's name
    before (ريو فرديناند مدافع منتخب إنجلترا، فرديناند مدافع يونايتد): that person."""
    words = _words(ctx, start, end)
    if not words or not words[0][2].startswith("ال") or len(words[0][2]) < 5 or words[0][2] in _RELATIVE:
        return None
    noun = words[0][2][2:]
    floor = max(0, start - LOOKBACK_CHARS)
    described = []
    for m in ctx.mentions_in(floor, start):
        after = _WORD.findall(_fold_word(ctx.text[m.end : m.end + 40]))
        if m.label == "PER" and after and after[0] == noun:
            described.append(m)
    if not described:
        return None
    last = ctx.event_before(start)
    if last is not None and last.speaker is not None and last.speaker.mention is not None:
        # two defenders named: the one who has been speaking
        spoken = set(_name_tokens(last.speaker.mention.text))
        same = [m for m in described if _same_name(set(_name_tokens(m.text)), spoken)]
        described = same or described
    # ريو فرديناند … فرديناند: one person when every name is part of the fullest one
    fullest = max(described, key=lambda m: len(_name_tokens(m.text)))
    if not all(set(_name_tokens(m.text)) <= set(_name_tokens(fullest.text)) for m in described):
        return None
    return Speaker(fullest, words[0][0], words[0][1], "role", None)


#: Arabic words between a subject written first and its verb: وكانت الوزارة قد أكدت (matched at the
#: sentence start: no "^", which would only match at the start of the text).
_AR_AUXILIARY_END = re.compile(r"(?:\s+(?:قد|لقد))?\s*$")
_AR_AUXILIARY_START = re.compile(r"\s*[وف]?(?:كان|كانت|كانوا)\s+")
#: A relative clause or aside set off by commas after the subject (وزير الخارجية، الذي التقى …، قال).
_AR_ASIDE_END = re.compile(r"\s*[،,]\s*(?:الذي|التي|الذين|وهو|وهي)\s[^،,.!?؟\n]{1,100}[،,]\s*$")


def _arabic_described_before(ctx: _Context, sent_start: int, v_start: int) -> Speaker | None:
    """Arabic subject written before its verb that names no person: a role, an organisation or an
    unnamed source (وكانت وزارة الخارجية قد أكدت; وزير الخارجية الفرنسي، الذي …، قال). The words from
    the sentence start to the verb must be that subject and nothing else."""
    before = ctx.text[sent_start:v_start]
    auxiliary_end = _AR_AUXILIARY_END.search(before)
    end = sent_start + (auxiliary_end.start() if auxiliary_end else len(before))
    aside = _AR_ASIDE_END.search(ctx.text, sent_start, end)
    if aside is not None:
        end = aside.start()
    else:  # وكان مصدر مسؤول في الوزارة، قال: a comma closes the subject
        comma = re.search(r"[،,]\s*$", ctx.text[sent_start:end])
        end = sent_start + comma.start() if comma else end
    start = sent_start
    auxiliary = _AR_AUXILIARY_START.match(ctx.text, sent_start, end)
    if auxiliary is not None:
        start = auxiliary.end()
    s, e = _trim(ctx.text, start, end)
    words = _WORD.findall(ctx.text[s:e])
    if not words or len(words) > MAX_DESCRIPTION_WORDS or _PHRASE_STOP.search(ctx.text, s, e):
        return None
    if any(m.label == "PER" for m in ctx.mentions_in(s, e)):
        return None  # a named subject is read by the other finders
    zone = fold(ctx.text[s:e])
    role = ctx.cues.role.match(zone)
    if role is not None and role.end() >= len(zone.rstrip()) - 30:
        return _role_phrase(ctx, s, e, role.group("role") or role.group("bare"))
    described = _described_subject(ctx, s, e)
    if described is not None and described.kind in ("organization", "anonymous"):
        return described
    return None


def _attribute(ctx: _Context, q: Quote, floor: int) -> Speaker | None:
    """The speaker of a quotation from the words around it; one the text says asked not to be named
    ("وقال المسؤول رافضاً كشف هويته", "said an official on condition of anonymity") is anonymous."""
    speaker = _attribute_speaker(ctx, q, floor)
    if speaker is None or (speaker.mention is not None and speaker.via != "role"):
        return speaker
    text = ctx.text
    sent_start = _sentence_start(text, q.open, floor)
    after = text[q.close + 1 if q.close is not None else q.end : q.end + 200]
    after = re.split(r"[.!?؟\n]", after)[0]
    fs, fe = ctx.folded_range(sent_start, q.open)
    fa, fb = ctx.folded_range(q.end, q.end + len(after) + 1)
    if ctx.cues.anonymity.search(ctx.norm.text, fs, fe) or ctx.cues.anonymity.search(ctx.norm.text, fa, fb):
        return replace(speaker, mention=None, kind="anonymous", name=None, via="explicit")
    return speaker


#: en: "state media quoted him (as saying)": the one quoted is the last speaker of that gender.
_QUOTED_OBJECT = re.compile(r"(?<![^\W_])quoted\s+(him|her)(?![^\W_])", re.IGNORECASE)


def _quoted_object(ctx: _Context, start: int, end: int, pos: int) -> Speaker | None:
    """ "A statement quoted him addressing troops: "…"" / '"…," state media quoted her as saying.'"""
    found = list(_QUOTED_OBJECT.finditer(ctx.text, start, end))[-1]
    if _quoted_before(ctx.text, start, found.start()):
        return None
    event = ctx.event_before(pos)
    gender = "m" if found.group(1).lower() == "him" else "f"
    if event is not None and pos - event.end <= LOOKBACK_CHARS:
        speaker = _from_chain(ctx, pos, "pronoun", gender, "he")
    else:  # nobody has spoken: the one person in view (whose gender no name tells), else nobody
        speaker = _only_person_in_view(ctx, pos, "pronoun")
    if speaker is not None:
        speaker.cue = found.group()
    return speaker


def _attribute_speaker(ctx: _Context, q: Quote, floor: int) -> Speaker | None:
    text = ctx.text
    sent_start = _sentence_start(text, q.open, floor)
    if _QUOTED_OBJECT.search(text, sent_start, q.open):
        return _quoted_object(ctx, sent_start, q.open, q.open)
    fs, fe = ctx.folded_range(sent_start, q.open)
    folded = ctx.norm.text
    # 1. "وبحسب X، "…"" / according to X, "…"
    attr = None
    for m in ctx.cues.attribution.finditer(folded, fs, fe):
        attr = m
    hidden = [m.span() for m in ctx.cues.anonymity.finditer(folded, fs, fe)]
    # "رافضاً كشف هويته": the verb of an anonymity phrase is not the speech verb
    verbs = [
        v
        for v in ctx.cues.verb.finditer(folded, fs, fe)
        if not any(a <= v.start() < b for a, b in hidden)
        and not _noun_use(folded, v)
        and not (
            v.group("other") is not None and _quoted_before(text, sent_start, ctx.orig(v.start(), v.end())[0])
        )
    ]  # '"We also explained" that …, "…"': a verb inside an earlier quotation is not the attribution
    verb = verbs[-1] if verbs else None
    # 0. "По его словам, «…»", "selon lui, « … »": the one speaking, by a possessive pronoun
    by_pronoun = None
    for m in ctx.cues.pronoun_attribution.finditer(folded, fs, fe):
        by_pronoun = m
    if by_pronoun is not None and (verb is None or by_pronoun.start() > verb.start()):
        p_start, p_end = ctx.orig(by_pronoun.start(), by_pronoun.end())
        if not _WORD.search(text[p_end : q.open]) or (
            verb is None and _opens_sentence(text, sent_start, p_start)
        ):
            gender = by_pronoun.lastgroup if by_pronoun.lastgroup in ("m", "f") else None
            found = _from_chain(ctx, p_start, "pronoun", gender)
            if found is not None:
                found.cue = text[p_start:p_end]
            return found
    if attr is not None and (
        verb is None
        or (attr.start() > verb.start() and not _WORD.search(folded, verb.end(), attr.start()))
        # "وذكرت الوكالة نقلا عن مصدر عسكري أن «…»": the one it was relayed from speaks
        or (attr.start() > verb.start() and _AR_RELAY.match(folded, attr.start()) is not None)
    ):
        # "وبحسب X، «…»" (not "وأضاف المصدر - حسب وكالة … - أن «…»": the verb's subject speaks)
        a_start, a_end = ctx.orig(attr.start(), attr.end())
        comma = re.search(r"[،,]", text[a_end : q.open])
        phrase_end = a_end + comma.start() if comma else q.open
        # "وبحسب X، "…"": nothing but the source between the cue and the quote, or an apposition
        # ("According to Colonel X, the spokesperson of the military, "…"")
        rest = text[phrase_end : q.open]
        direct = (
            not rest.strip(" \t،,:-—–")
            or (
                _APPOSITION_BEFORE_QUOTE.fullmatch(rest) is not None
                and ctx.cues.verb.search(fold(rest)) is None
            )
            or (verb is None and comma is not None and _opens_sentence(text, sent_start, a_start))
        )
        found = _subject_after_verb(ctx, a_end, phrase_end) if direct else None
        if found is None and direct:
            found = _described_subject(ctx, a_end, phrase_end)
            if (
                found is not None
                and found.via == "statement"
                and _ARABIC.search(text, a_end, phrase_end) is None
            ):
                found = _statement_issuer(ctx, found.start)  # "According to the statement, "…""
            found = None if found is not None and found.via == "statement" else found
        if found is None and direct:
            role = _inflected_role(ctx, a_end, phrase_end)
            if role is not None:  # "По словам министра, «…»", "по словам главы МИД": a role in the genitive
                found = _role_phrase(ctx, a_end, phrase_end, role)
        if found is None and direct and _ARABIC.search(text, a_end, phrase_end) is None:
            found = _organization_after(ctx, a_end, phrase_end)  # "According to the army, "…""
        if found is not None:
            found.cue = text[a_start:a_end]
            return found
    # 2. a speech verb before the quote
    if verb is not None and re.sub(r"^[وف]", "", verb.group()) in _SAYING:
        v_start = ctx.orig(verb.start(), verb.end())[0]
        quoted = _quoted_from(ctx, sent_start, v_start, text[v_start : ctx.orig(verb.start(), verb.end())[1]])
        said = verbs[-2] if len(verbs) > 1 else None
        if quoted is not None or said is None or folded[said.end() : verb.start()].strip():
            return quoted  # ونقلت الوكالة عن مسؤول قوله: "…"
        verb = said  # "وتابع قوله": the verb before it speaks
    if verb is not None:
        v_start, v_end = ctx.orig(verb.start(), verb.end())
        cue = text[v_start:v_end]
        gender = _gender_of(cue)
        participle = _is_participle(ctx, verb)
        found, written = _subject_of_verb(ctx, verb, v_start, v_end, q.open, sent_start)
        if written and found is None:
            return None  # the subject is written but is not a known name: no guess
        if found is None and participle:
            # "وقال الوزير الإسرائيلي مشيراً إلى كيري «…»": the finite verb before names the subject
            for earlier in reversed(verbs[:-1]):
                if _is_participle(ctx, earlier):
                    continue
                e_start, e_end = ctx.orig(earlier.start(), earlier.end())
                found, written = _subject_of_verb(ctx, earlier, e_start, e_end, v_start, sent_start)
                if written and found is None:
                    return None
                break
        if found is None and verb.group("ar") is None:
            found = _opening_anonymous(ctx, sent_start, v_start)
        if found is None:
            found = _subject_before(ctx, sent_start, v_start, participle=participle)
        if found is None and not participle and _unknown_subject_before(ctx, sent_start, v_start, verb):
            return None  # "L'une d'elles a précisé que «…»": someone is named, not whom we know
        if found is None:
            found = _from_chain(ctx, v_start, "implicit", gender)
        if found is not None and _in_relative_clause_of_another(ctx, v_end, q.open, found):
            return None  # "X a soutenu que les propos de Y, qui a évoqué une « partition », …": Y's words
        if found is not None:
            found.cue = cue
            if _verb_agrees_with(ctx, v_end, found):
                found.gender = found.gender or gender
            return found
        return None
    # 3. a finite speech verb right after the quote: "…"، قال الوزير / « … », a déclaré X / "…," X said
    if q.close is not None:
        return _attribute_after(ctx, q)
    return None


#: Arabic cues that relay someone's words (نقلا عن X، على لسان X), folded: X speaks, not the relayer.
_AR_RELAY = re.compile(r"[وف]?(?:نقلا\s+عن|على\s+لسان)(?![^\W_])")
#: ", the spokesperson of the military, " between an attribution and its quote.
_APPOSITION_BEFORE_QUOTE = re.compile(r"\s*[,،]\s*[^,،.:;!?؟\"«»“”]{1,80}[,،]\s*")


def _attributed_after(ctx: _Context, q: Quote, fs: int, fe: int) -> Speaker | None:
    """An attribution phrase after the quote, in its clause: "…", according to a Burkina Faso army
    statement / « … », selon une source sécuritaire / «…», по словам X."""
    cues = list(ctx.cues.attribution.finditer(ctx.norm.text, fs, fe))
    if not cues:
        return None
    cue = cues[-1]
    c_start, c_end = ctx.orig(cue.start(), cue.end())
    if ctx.text[c_start].isupper():
        return None  # '"… symbolique." Selon l'armée, 800 000 …': a new sentence, not this quote's source
    _, end = ctx.orig(fs, fe)
    comma = re.search(r"[،,]", ctx.text[c_end:end])
    phrase_end = c_end + comma.start() if comma else end
    found = _subject_after_verb(ctx, c_end, phrase_end) or _described_subject(ctx, c_end, phrase_end)
    if found is None and _ARABIC.search(ctx.text, c_end, phrase_end) is None:
        found = _organization_after(ctx, c_end, phrase_end)
    if found is not None and found.via == "statement" and _ARABIC.search(ctx.text, c_end, phrase_end) is None:
        found = _statement_issuer(ctx, found.start)  # « … », selon le communiqué
    if found is None or found.via == "statement":
        return None
    found.cue = ctx.text[c_start:c_end]
    if found.via == "subject":
        found.via = "after"
    return found


def _pronoun_attributed_after(ctx: _Context, q: Quote, fs: int, fe: int) -> Speaker | None:
    """ "« … », selon lui." / '"…," according to her' / «…», по его словам: the last speaker of that
    gender, as "selon lui, « … »" before the quote."""
    found = ctx.cues.pronoun_attribution.search(ctx.norm.text, fs, fe)
    if found is None:
        return None
    p_start, p_end = ctx.orig(found.start(), found.end())
    assert q.close is not None
    if ctx.text[q.close + 1 : p_start].strip(" ,\u00a0—–-") or ctx.text[p_start].isupper():
        return None  # words between, or a new sentence opening with "Selon lui"
    if found.lastgroup not in ("m", "f"):
        return None  # "selon eux": a group, not the last speaker
    speaker = _from_chain(ctx, q.open, "pronoun", found.lastgroup)
    if speaker is not None:
        speaker.cue = ctx.text[p_start:p_end]
    return speaker


#: ", qui a évoqué …", ", who described …", ", который назвал …": a relative clause on the noun before.
_RELATIVE_CLAUSE = re.compile(r"[,،]\s*(?:qui|who|который|которая|которые)\s", re.IGNORECASE)


def _in_relative_clause_of_another(ctx: _Context, start: int, pos: int, found: Speaker) -> bool:
    """fr/en/ru: the quote at ``pos`` stands in a relative clause (no comma since its "qui") on a person
    named right before it who is not the speaker found: the words are that person's, not the speaker's."""
    clauses = list(_RELATIVE_CLAUSE.finditer(ctx.text, start, pos))
    if not clauses or re.search(r"[,;:.!?\n]", ctx.text[clauses[-1].end() : pos]):
        return False
    comma = clauses[-1].start()
    key = found.mention.key if found.mention is not None else None
    return any(
        m.label == "PER" and m.key != key and not ctx.text[m.end : comma].strip()
        for m in ctx.mentions_in(start, comma)
    )


#: Words that join a verb to the subject of the clause before ("X a reçu Y et a déclaré").
_COORDINATION = frozenset({"et", "and", "и", "а", "mais", "but", "puis", "then", "ensuite", "затем"})


#: Adverbs and auxiliaries between a subject and its speech verb.
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    {"also", "then", "later", "further", "again", "has", "had", "have", "was", "is", "reportedly",
     "aussi", "également", "egalement", "ensuite", "encore", "alors", "avait", "a", "enfin",
     "также", "тоже", "ещё", "еще", "ранее", "затем", "позже", "потом", "уже"}
)  # fmt: skip


_RU_CASE_ENDING = re.compile(r"(?:а|я|у|ю|ом|ем|ой|ей|е|ы|и)$")


def _inflected_role(ctx: _Context, start: int, end: int) -> str | None:
    """ru: a role noun with a case ending as the first word (министра, главы, представителя): the role
    noun itself, else None."""
    words = _WORD.findall(fold(ctx.text[start:end]))
    if not words or not ("\u0400" <= words[0][:1] <= "\u04ff"):
        return None
    stem = _RU_CASE_ENDING.sub("", words[0])
    for role in (stem, stem + "а", stem + "ь"):  # министр, глава, представитель
        if role in ctx.cues.role_words:
            return role
    return None


def _opens_sentence(text: str, sent_start: int, pos: int) -> bool:
    """fr/en/ru: ``pos`` opens its sentence (a conjunction aside): "According to him, …" there covers
    the whole sentence, quotes later in it included, when no speech verb comes before them."""
    if _ARABIC.search(text, sent_start, pos + 20) is not None:
        return False
    return [fold(w) for w in _WORD.findall(text[sent_start:pos])] in (
        [],
        ["and"],
        ["but"],
        ["et"],
        ["mais"],
        ["и"],
        ["а"],
        ["но"],
    )


#: Adverbs that may open a clause before its subject ("Ранее правительственный телеканал …").
_OPENING_ADVERBS = frozenset(
    {"also", "then", "later", "earlier", "reportedly", "aussi", "egalement", "ensuite", "alors", "enfin",
     "auparavant", "также", "тоже", "ранее", "затем", "позже", "потом", "уже"}
)  # fmt: skip


def _unknown_subject_before(ctx: _Context, sent_start: int, v_start: int, verb: re.Match[str]) -> bool:
    """fr/en/ru (no subject is dropped there): words right before a finite verb in its clause are its
    subject; when they name nobody known, the quote is not the last speaker's."""
    if verb.group("ar") is not None:
        return False
    clause_start = sent_start
    for mark in _PHRASE_STOP.finditer(ctx.text, sent_start, v_start):
        clause_start = mark.end()
    words = [fold(w) for w in _WORD.findall(ctx.text[clause_start:v_start])]
    while words and words[-1] in _BETWEEN_SUBJECT_AND_VERB:
        words.pop()  # "He also said", "il a aussi", "он также"
    if not words or words[-1] in _COORDINATION:
        return False
    # "il a déclaré", "et elle a ajouté" are pronouns; "l'une d'elles a précisé" is a subject
    return not (ctx.cues.pronoun.fullmatch(words[-1]) and (len(words) == 1 or words[-2] in _COORDINATION))


def _opening_anonymous(ctx: _Context, sent_start: int, v_start: int) -> Speaker | None:
    """fr/en/ru: the sentence opens with an unnamed speaker, the subject of its verbs ("Un proche
    collaborateur de X, …, balaie … avant de préciser : « … »", "Notre interlocuteur, …, ajoute :")."""
    fs, fe = ctx.folded_range(sent_start, v_start)
    if not ctx.cues.anonymous_other.match(ctx.norm.text[fs:fe]):
        return None
    words = _words(ctx, sent_start, v_start)
    return _anonymous_phrase(ctx, words) if words else None


#: fr: an auxiliary, its inverted pronoun and adverbs between a quote and the participle of a speech
#: verb ("a-t-il encore souligné", "avait déclaré", "a également précisé"): part of the verb.
_AUXILIARY_BEFORE_VERB = re.compile(
    r"(?<![^\W_])(?:a|avait|aurait|ont|avaient)(?:-t)?(?:-(?:il|elle|ils|elles))?"
    r"(?:\s+(?:encore|également|egalement|aussi|ensuite|enfin|alors|d['’]ailleurs|par\s+ailleurs|toutefois|"
    r"cependant|néanmoins|pour\s+sa\s+part|de\s+son\s+côté))*\s+$",
    re.IGNORECASE,
)


def _attribute_after(ctx: _Context, q: Quote) -> Speaker | None:
    """ "…"، قال الوزير / « … », a-t-il ajouté / "…," he said / "…," said a senior official / — сказал он."""
    text, folded = ctx.text, ctx.norm.text
    assert q.close is not None
    after_end = min(len(text), q.close + 160)
    clause_end = re.search(
        r"[\n!?؟:;؛\"«»“”]|(?<![A-ZА-Я])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\.",
        text[q.close + 1 : after_end],
    )  # not U.S., Mr.
    if clause_end:
        after_end = q.close + 1 + clause_end.start()
    if _QUOTED_OBJECT.search(text, q.close + 1, after_end):
        return _quoted_object(ctx, q.close + 1, after_end, q.open)  # '"…," state media quoted him as saying'
    fs2, fe2 = ctx.folded_range(q.close + 1, after_end)
    verb_after = next((v for v in ctx.cues.verb.finditer(folded, fs2, fe2) if not _noun_use(folded, v)), None)
    if verb_after is None:
        return (
            _words_of(ctx, q, after_end)
            or _pronoun_attributed_after(ctx, q, fs2, fe2)
            or _attributed_after(ctx, q, fs2, fe2)  # "…", according to the army.
        )
    if _is_participle(ctx, verb_after):
        return None
    v_start, v_end = ctx.orig(verb_after.start(), verb_after.end())
    auxiliary = _AUXILIARY_BEFORE_VERB.search(text, q.close + 1, v_start)
    if auxiliary is not None and not text[q.close + 1 : auxiliary.start()].strip(" ,\u00a0—–-"):
        v_start = auxiliary.start()  # « … », a-t-il encore souligné / avait déclaré X: one verb, no gap
    cue = text[v_start:v_end]
    gap = text[q.close + 1 : v_start]
    for x in ctx.mentions_in(q.close + 1, v_start):
        gap = gap.replace(x.text, " ")
    gap_words = _WORD.findall(fold(gap))
    described = None
    incise = False
    named_before = [
        x
        for x in ctx.mentions_in(q.close + 1, v_start)
        if x.label == "PER" and not text[x.end : v_start].strip()
    ]
    if not gap_words and named_before and not re.search(r"[.!?؟\n]", text[q.close + 1 : v_start]):
        m = named_before[-1]  # '"…," Goita said of the report by X': the name before the verb is its subject
        return Speaker(
            m, m.start, m.end, "after", text[v_start:v_end], gender=_gender_of(text[v_start:v_end])
        )
    if gap_words:  # "…," he said / "…," the ministry said / "…", a source said
        if len(gap_words) > MAX_DESCRIPTION_WORDS or re.search(r"[.!?؟\n]", gap):
            return None
        right_before = [
            x
            for x in ctx.mentions_in(q.close + 1, v_start)
            if x.label == "PER" and not text[x.end : v_start].strip()
        ]
        if right_before:  # "…," Russian Deputy Foreign Minister Mikhail Bogdanov said
            m = right_before[-1]
            return Speaker(m, m.start, m.end, "after", cue, gender=_gender_of(cue))
        described = _described_before(ctx, q.close + 1, v_start, after_quote=True)
        aside = (
            described is None
            and _INVERTED_PRONOUN.search(fold(cue)) is not None
            and re.fullmatch(r"\s*,[^,]+,\s*", gap) is not None
            and not ctx.mentions_in(q.close + 1, v_start)
        )  # « … », dans le centre du pays, a-t-il ajouté: an aside, the subject is the inverted pronoun
        # 'X frappera « … » où il se trouve, a déclaré Y': the rest of the reported clause, then an
        # inverted verb whose subject must be a name (checked below)
        incise = (
            described is None
            and not aside
            and verb_after.group("ar") is None
            and re.search(r"[^\W\d_]\s*,\s*$", gap) is not None
            and not any(m.label not in ("GPE", "LOC") for m in ctx.mentions_in(q.close + 1, v_start))
        )
        if described is None and not aside and not incise:
            return None
    comma = re.search(r"[،,]", text[v_end:after_end])
    zone_end = v_end + (comma.start() if comma else after_end - v_end)
    found = None if described is not None else _subject_after_verb(ctx, v_end, zone_end)
    if found is not None and found.mention is None and found.kind == "person":
        named = _apposition(ctx, zone_end)
        if named is not None:  # « … », a déclaré le porte-parole du département d'État, Vidant Patel.
            found = Speaker(named, named.start, named.end, "subject", None)
    if incise and (found is None or found.mention is None):
        return None  # after the rest of a reported clause only a name is sure to be the speaker
    if found is None and described is None:
        per = [x for x in ctx.mentions_in(q.close + 1, v_start) if x.label == "PER"]
        if per:
            found = Speaker(per[-1], per[-1].start, per[-1].end, "after", None)
    if found is None and described is None:
        # after whom it was told to: "…», a indiqué à l'AFP un habitant"
        subject_start = v_end if verb_after.group("ar") is not None else _skip_told_to(text, v_end, zone_end)
        if verb_after.group("ar") is None:  # "— сказал ТАСС по телефону собеседник агентства"
            subject_start = _skip_told_outlet(ctx, subject_start, zone_end)
        if verb_after.group("ar") is not None or ctx.cues.anonymous_other.match(
            fold(text[subject_start:zone_end])
        ):
            found = _described_subject(ctx, subject_start, zone_end)
        inverted_pronoun = _INVERTED_PRONOUN.search(fold(cue)) is not None  # a-t-il dit: "il" is the subject
        statement_first = ctx.cues.statement.match(fold(text[subject_start:zone_end]))
        if statement_first is not None and re.match(
            r"\s*(?:de|du|des|d['’]|of|by|from)\s",
            fold(text[subject_start:zone_end])[statement_first.end() :],
        ):
            statement_first = None  # "le communiqué du ministère": the body issued it
        if (
            found is None
            and verb_after.group("ar") is None
            and not inverted_pronoun
            and statement_first is None
        ):
            found = _organization_after(ctx, subject_start, zone_end)  # « … », dit le ministère de la Défense
        if found is None and verb_after.group("ar") is None and not inverted_pronoun:
            statement = ctx.cues.statement.match(fold(text[subject_start:zone_end]))
            if statement is not None:  # "…," said the statement / « … », indique le communiqué
                found = Speaker(None, subject_start, subject_start + statement.end(), "statement", None)
        if found is None and verb_after.group("ar") is not None and _names_a_subject(ctx, v_end, zone_end):
            return None
    gender = _gender_of(cue)
    if found is None and described is not None:
        found = _resolve_reference(ctx, described, q.open, gender)
    elif found is not None:
        found = _resolve_reference(ctx, found, q.open, gender)
    if found is None and described is None:
        pronoun = ctx.cues.pronoun.match(fold(text[v_end:zone_end]))
        inverted = _INVERTED_PRONOUN.search(fold(cue))
        quoted = _QUOTED_PRONOUN.match(fold(text[v_end:zone_end])) if fold(cue).startswith("цитир") else None
        if pronoun is not None or inverted is not None:
            word = pronoun.group().strip(" -—–") if pronoun is not None else _last_part(inverted)
            found = _from_chain(ctx, q.open, "pronoun", _gender_of(cue, word), word)
        elif quoted is not None:  # "«…», — цитирует его РИА Новости": the one quoted is the last speaker
            found = _from_chain(ctx, q.open, "pronoun", _OBJECT_GENDER.get(quoted.group(1)))
        elif verb_after.group("ar") is not None and not _WORD.search(text[v_end:zone_end]):
            found = _from_chain(ctx, q.open, "implicit", gender)  # "…"، قال.
    if found is None:
        return None
    found.cue = cue
    if found.via == "subject":
        found.via = "after"
    found.gender = found.gender or gender
    return found


#: "«…», — приводит ТАСС слова X": an outlet passing on someone's words; the speaker follows "слова".
_WORDS_OF = re.compile(
    r"\s*,?\s*[—–-]?\s*(?:приводит|приводят|привел|привела|привело|привели|передает|передаёт)"
    r"\s+(?:[^\s,.]+\s+){0,4}?слова\s+"
)


def _words_of(ctx: _Context, q: Quote, end: int) -> Speaker | None:
    """ru: "«…», — приводит ТАСС слова Чиани": the one whose words (слова) are passed on, not the outlet."""
    assert q.close is not None
    found = _WORDS_OF.match(ctx.text, q.close + 1, end)
    if found is None:
        return None
    people = [m for m in ctx.mentions_in(found.end(), end) if m.label == "PER" and m.start == found.end()]
    if people:
        m = people[0]
        return Speaker(m, m.start, m.end, "after", ctx.text[found.start() : found.end()].strip(" ,—–-"))
    name = _CAPITALISED_WORD.match(ctx.text, found.end(), end)
    if name is None or ctx.mentions_in(name.start(), name.end()):
        return None
    surface = name.group("name")  # a surname no stage marked ("слова Чиани")
    mention = Mention(name.start(), name.end(), "PER", fold(surface), None, surface)
    return Speaker(
        mention, name.start(), name.end(), "after", ctx.text[found.start() : found.end()].strip(" ,—–-")
    )


def _speech_events(ctx: _Context, quotes: Sequence[Quote]) -> None:
    """The discourse chain: every speech verb outside quotations whose subject is written, with that
    subject (a name, a role, an organisation, an unnamed source) or None when the written subject names
    nobody known. A later "وأضاف:" or "he said" refers to the last of these."""
    inside = sorted((q.open, q.close if q.close is not None else q.end) for q in quotes)
    opens = [a for a, _ in inside]
    text = ctx.text
    for verb in finditer_near(ctx.cues.verb, ctx.norm.text, ctx.anchors(ctx.cues.verb_words), reach=1):
        if _is_participle(ctx, verb) or _noun_use(ctx.norm.text, verb):
            continue
        v_start, v_end = ctx.orig(verb.start(), verb.end())
        k = bisect.bisect_right(opens, v_start) - 1
        if k + 1 >= len(opens) or opens[k + 1] - v_start > LOOKBACK_CHARS + 300:
            continue  # no quotation follows closely enough for this statement to be its antecedent
        if k >= 0 and v_start < inside[k][1]:
            continue  # a verb inside a quotation belongs to the quoted speech
        stop = re.search(r"[.!?؟\n\"«»“”:;؛]", text[v_end : v_end + 150])
        zone_end = v_end + (stop.start() if stop else min(150, len(text) - v_end))
        sent_start = _sentence_start(text, v_start, max(0, v_start - 300))
        if verb.group("ar") is not None:
            found = _subject_after_verb(ctx, v_end, zone_end) or _described_subject(ctx, v_end, zone_end)
            if found is None and _names_a_subject(ctx, v_end, zone_end):
                found = _described_by_apposition(ctx, v_end, zone_end)
            if found is None:
                if _names_a_subject(ctx, v_end, zone_end):
                    ctx.add_event(_Event(v_start, v_end, None))
                continue
        else:
            found = None
            if _INVERTED_AFTER.search(text, max(0, v_start - 3), v_start) and fold(verb.group()) != "told":
                # "X a exprimé …, a fait savoir M. Y": a person right after an inverted verb is its subject
                subject_start = _skip_told_to(text, v_end, min(len(text), v_end + 80))
                after = [
                    m for m in ctx.mentions_in(subject_start, min(len(text), v_end + 80)) if m.label == "PER"
                ]
                if (
                    after
                    and _NAME_AFTER_VERB.fullmatch(text, subject_start, after[0].start)
                    and not _possessive(text, after[0])  # ", said Traoré's power grab was …": what was said
                ):
                    found = Speaker(after[0], after[0].start, after[0].end, "subject", None)
            found = (
                found
                or _subject_before(ctx, sent_start, v_start)
                or _described_before(ctx, sent_start, v_start)
            )
            if found is None and _inverted_verb(ctx, sent_start, v_start):
                # ", said Captain X", "», a déclaré lundi à l'AFP le ministre X", "— заявил X", "Об этом заявил X"
                comma = re.search(r"[,;]", text[v_end:zone_end])
                found = _subject_after_verb(ctx, v_end, v_end + comma.start() if comma else zone_end)
                if found is not None and found.mention is None and found.kind == "person":
                    named = _apposition(ctx, v_end + comma.start() if comma else zone_end)
                    if named is not None:
                        found = Speaker(named, named.start, named.end, "subject", None)
            if found is None and ctx.cues.anonymous_other.match(fold(text[v_end:zone_end])):
                found = _described_subject(ctx, v_end, zone_end)
            if found is None or found.via == "pronoun":
                continue
        if found.via == "statement":
            continue  # "وأضاف البيان": the chain goes on
        if _verb_agrees_with(ctx, v_end, found):
            found.gender = found.gender or _gender_of(text[v_start:v_end])
        ctx.add_event(_Event(v_start, max(v_end, found.end), found))


#: Between an inverted verb and the person who is its subject: a courtesy title, or a determiner and
#: one or two lower-case title words (M. X, le général X, the army chief X).
_NAME_AFTER_VERB = re.compile(
    r"\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+|(?:le|la|l['’]|the)\s*(?:[a-zà-ÿ][\w'’-]*\s+){1,2})?"
)
#: What precedes an inverted speech verb (its subject follows it): a comma, a closing mark, a dash.
_INVERTED_AFTER = re.compile(r"[,»”\"]\s*$|\s[—–-]\s*$")
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
    # a quoted name between (لصحيفة “…” المحلية “…”): the title noun was that one's
    window = re.split(r"[«»“”\"]", window)[-1]
    words = _WORD.findall(window)[-TITLE_WINDOW:]
    if words and ctx.cues.role.match(words[-1]) and not words[-1].startswith("ال"):
        return True  # "رئيس «نايت فرانك…»": a role in construct with a quoted name is an organisation
    name_starts = {
        _name_tokens(m.text)[0] for m in ctx.mentions_in(max(0, q.open - 80), q.open) if _name_tokens(m.text)
    }
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in _STATEMENT_LINK or ctx.cues.verb.fullmatch(word):
            return False  # a speech verb or "أن" comes after any title noun: a statement
        stems = {word, word[1:] if word[:1] in "وبلف" else word}
        stems |= {w[2:] for w in stems if w.startswith("ال")}
        if stems & ctx.cues.statement_nouns:
            return False  # "قال المتحدث باسم الشركة X في بيان «…»": a statement after the title noun
        if stems & ctx.cues.title_nouns:
            # "وقال مدير البنك سامر الحلبي «…»": a definite head further back is the bank whose
            # director speaks; a title's head stands right before it or is indefinite (شركة «…»)
            definite = any(w.startswith("ال") for w in stems)
            following = words[i + 1] if i + 1 < len(words) else None
            # "لموقع النادي «…»", "على موقع فيسبوك «…»": the noun's name is written after it, unquoted
            named = following is not None and (following.startswith("ال") or following in name_starts)
            told = word[:1] == "ل" and word[1:] in ctx.cues.title_nouns  # قال لصحيفة محلية «…»: told to it
            if (definite or named or told) and following is not None:
                continue
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
    floor = 0
    results: list[tuple[Quote, Speaker | None]] = []
    quotes = find_quotations(text)
    _speech_events(ctx, quotes)
    last: tuple[Quote, Speaker | None] | None = None
    for q in quotes:
        words = len(_WORD.findall(text[q.start : q.end]))
        if _is_title(ctx, q) or _is_named_subject(ctx, q):
            continue  # كتاب "…"، حملة بعنوان "…": a title, not a statement (and no sentence boundary)
        q.heading = _is_heading(text, q)
        speaker: Speaker | None = None
        ends_sentence = (
            text[q.end - 1] in ".!?…"
            or (  # fr/ru: «…». with the full stop after the mark
                q.close is not None
                and text[q.close + 1 : q.close + 2] in (".", "!", "?", "…")
                and not _ARABIC.search(text, q.start, q.end)
            )
        )
        if q.heading and ends_sentence:
            # a whole paragraph quoted, ending a sentence, after a paragraph with a speaker: it goes on
            speaker = _paragraph_continuation(ctx, q)
            q.heading = speaker is None
        if not q.heading and speaker is None:
            introduced = text[max(0, q.open - 3) : q.open].rstrip().endswith(":") or _said_right_before(
                ctx, q
            )
            said_words = words == MIN_WORDS - 1 and _said_words(text, q)
            if words < MIN_WORDS and not introduced and not said_words:
                continue  # a name or a scare quote, not a statement
            speaker = _attribute(ctx, q, floor)
            if said_words and not introduced and (speaker is None or speaker.cue is None):
                continue  # three words with no speech verb or attribution of their own: a phrase
            if speaker is None and last is not None:
                speaker = _adjacent(ctx, last, q)
            if speaker is None:
                speaker = _sentence_continuation(ctx, q)
            if speaker is None:
                speaker = _paragraph_continuation(ctx, q)
            if words < MIN_WORDS and speaker is None:
                continue
        results.append((q, speaker))
        q_end = q.close + 1 if q.close is not None else q.end
        if speaker is not None:
            ctx.add_event(_Event(q.open, q_end, speaker))
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
            if _adjacent(ctx, (q, nxt_speaker), nxt):
                results[idx] = (q, replace(nxt_speaker, via="continuation", cue=None))
                backfilled.add(idx)
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
    return _ARABIC.search(quoted) is None and any(
        w[:1].islower() and w not in _ORGANIZATION_LINKS for w in _WORD.findall(quoted)
    )  # "Voice of America" is a name


#: Arabic words right before a quotation of three words that make it a statement (قال إن «…»).
_AR_THAT = frozenset(fold(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه", "بأنها"))


def _said_right_before(ctx: _Context, q: Quote) -> bool:
    """Arabic: three quoted words right after "إن"/"أن" or a speech verb are a statement
    (قال عامل إسعاف إن «ثمانية أشخاص أصيبوا»); fewer, or elsewhere, a name or a scare quote."""
    if len(ctx.text[q.start : q.end].split()) < MIN_WORDS - 1:
        return False  # كيم مين-سيوك: words as written, not the parts of a hyphenated name
    if any(m.start <= q.start and q.end <= m.end + 1 for m in ctx.mentions_in(q.start, q.end)):
        return False  # وقال “محمد بن سلمان”: a name in quotation marks
    before = _WORD.findall(_fold_word(ctx.text[max(0, q.open - 20) : q.open]))
    if not before or not _ARABIC.match(before[-1]) or re.search(r"[^\s«\"“”]", ctx.text[q.open - 1 : q.open]):
        return False
    return before[-1] in _AR_THAT or ctx.cues.verb.fullmatch(before[-1]) is not None


#: How much of the previous paragraph may follow its last speaker before a quote that goes on with them.
CONTINUATION_CHARS = 400


def _paragraph_continuation(ctx: _Context, q: Quote) -> Speaker | None:
    """A paragraph that is nothing but a quotation, right after a paragraph whose last words are
    someone's (a quote with its speaker, or a speech verb with its subject), and with no other person
    named since: the same speaker goes on ("…," Putin said.⏎"We will also …")."""
    text = ctx.text
    line_start = text.rfind("\n", 0, q.open) + 1
    if line_start == 0 or text[line_start : q.open].strip():
        return None  # words before it on its line, or no paragraph before
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end == -1 else line_end
    after = text[(q.close + 1 if q.close is not None else q.end) : line_end]
    if _WORD.search(after):
        return None  # the paragraph says more than the quote
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
    if any(m.label == "PER" and m.key != key for m in ctx.mentions_in(event.end, q.open)):
        return None
    return replace(speaker, via="continuation", cue=None)


#: How much of the sentence after its speech verb may stand before a quote that goes on with its speaker.
SENTENCE_CONTINUATION_CHARS = 200


def _sentence_continuation(ctx: _Context, q: Quote) -> Speaker | None:
    """fr/en/ru: a quote with no attribution of its own that opens a sentence right after a sentence
    whose speaker is known, in the same paragraph (“A,” Habib said in an interview. “B …” / …, a
    déclaré X. « B … »), with no other person as a subject between: the same speaker goes on."""
    text = ctx.text
    if _ARABIC.search(text, q.start, min(q.end, q.start + 40)):
        return None
    before = text[: q.open].rstrip(" \t")
    if not before or before[-1] not in ".!?" or before.endswith("\n"):
        return None  # not the start of a sentence inside a paragraph
    if q.close is not None:  # "“…,” the statement said": an attribution of its own that named nobody
        stop = re.search(r"[.!?](?:\s|$)|\n", text[q.close + 1 : q.close + 200])
        fa, fb = ctx.folded_range(q.close + 1, q.close + 1 + (stop.start() if stop else 200))
        if ctx.cues.verb.search(ctx.norm.text, fa, fb) or ctx.cues.attribution.search(ctx.norm.text, fa, fb):
            return None
    event = ctx.event_before(q.open)
    if event is None or event.speaker is None or event.speaker.via == "statement":
        return None
    between = text[event.end : q.open]
    if "\n" in between or len(between) > SENTENCE_CONTINUATION_CHARS:
        return None
    # the sentence that closes: its speech verb is the event's own; no second one, no other subject
    fs, fe = ctx.folded_range(event.end, q.open)
    if ctx.cues.verb.search(ctx.norm.text, fs, fe) is not None:
        return None
    key = event.speaker.mention.key if event.speaker.mention is not None else None
    if any(
        m.label == "PER" and m.key != key and ctx.is_subject_position(m)
        for m in ctx.mentions_in(event.end, q.open)
    ):
        return None
    return replace(event.speaker, via="continuation", cue=None)


def _adjacent(ctx: _Context, last: tuple[Quote, Speaker | None], q: Quote) -> Speaker | None:
    """«…» «…», or «…»، and «…» later in the same sentence: a quote that follows the previous one with
    no sentence end, speech verb or other person between goes on with its speaker."""
    before, speaker = last
    if speaker is None or before.close is None:
        return None
    text = ctx.text
    between = text[before.close + 1 : q.open]
    if "\n" in between or len(between) > 300:
        return None
    if _WORD.search(between) and re.search(r"[.!?؟](?:\s|$)", between):
        return None  # words and a sentence end between: a new sentence
    fs, fe = ctx.folded_range(before.close + 1, q.open)
    if ctx.cues.verb.search(ctx.norm.text, fs, fe) is not None:
        return None  # a verb whose subject could not be named: not the same speaker for sure
    key = speaker.mention.key if speaker.mention is not None else None
    if any(m.label == "PER" and m.key != key for m in ctx.mentions_in(before.close + 1, q.open)):
        return None
    return replace(speaker, via="continuation", cue=None)


#: internal ``Speaker.via`` -> what the output says (see docs/extraction.md)
_VIA_OUT = {"subject": "explicit", "attribution": "explicit"}


def _speaker_attrs(ctx: _Context, speaker: Speaker | None) -> dict[str, Any]:
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
        attrs["speaker_canonical"] = speaker.mention.canonical
        attrs["speaker_type"] = "person" if speaker.mention.label == "PER" else "organization"
    elif speaker.kind == "anonymous":
        attrs["speaker_type"] = "anonymous"
        attrs["speaker_description"] = ctx.text[speaker.start : speaker.end]
    elif speaker.name:
        attrs["speaker"] = speaker.name
        attrs["speaker_type"] = "organization"
    else:
        attrs["speaker_type"] = speaker.kind
    if speaker.mention is None and not speaker.name:
        attrs["speaker_role"] = ctx.text[speaker.start : speaker.end]
    return attrs


def _written_full_name(ctx: _Context, surname: str) -> str | None:
    """fr/en/ru: a speaker known by one word ("a affirmé le ministre Sana") whom the text names in full
    elsewhere with capitalised words no stage marked ("le ministre de la Sécurité, Mahamadou Sana"):
    that one fuller name; None when there is none, or several different ones."""
    if not surname[:1].isupper() or _ARABIC.search(surname):
        return None
    fuller: set[str] = set()
    pattern = rf"(?<![\w'’-])((?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*\.?\s+){{1,3}}){re.escape(surname)}(?![\w'’-])"
    for found in re.finditer(pattern, ctx.text):
        words = found.group(1).split()
        titled = False
        while words and (fold(words[0]).rstrip(".") in _NOT_NAME_WORDS or _is_role_word(ctx, words[0])):
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


def _given_name_in_full(ctx: _Context, given: str) -> set[str]:
    """A speaker known by the first word of a name the text wrote in full after a title ("spokesman
    Sadiq Aden Ali … — Sadiq said"): the fuller names so written (a place a stage marked inside the
    name is taken as part of it, as taggers read "Aden" there)."""
    fuller: set[str] = set()
    pattern = rf"(?<![\w'’-]){re.escape(given)}((?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+){{1,3}})(?![\w'’-])"
    for found in re.finditer(pattern, ctx.text):
        before = _WORD.findall(ctx.text[max(0, found.start() - 40) : found.start()])
        if (
            before
            and _is_role_word(ctx, before[-1])
            and not any(_is_role_word(ctx, w) for w in found.group(1).split())
        ):
            fuller.add(given + found.group(1).replace("\n", " "))
    return fuller


def _indirect(ctx: _Context, direct_spans: Sequence[tuple[int, int]]) -> list[Annotation]:
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
        ps, pe = _trim(text, c_start, phrase_end)
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
