"""Dictionary matching that knows Arabic: a token trie over normalised aliases.

Every alias in the knowledge base is split into tokens and each token folded
(:func:`rasid.text.normalize.normalize_for_search`: diacritics, tatweel, alef/ya/ta-marbuta
variants, case and accents); the token sequences go into one trie, built once per KB and
cached on it. A text is tokenised once on its original characters (so offsets need no
map), each token folded once (cached across texts), and matched in a single
left-to-right pass:

* the **first token** of a match may carry Arabic clitic prefixes (و ف ب ل ك and their
  combinations, and لل = ل + ال) — وروسيا, بالفيلق, للقوات — but the article itself is never
  stripped to reach a bare alias (المالي "the Malian" is not مالي);
* the **annotation span excludes the clitic prefix**: in وروسيا the span is روسيا, because
  the entity is the name, and the conjunction or preposition belongs to the sentence
  (the original characters of the prefix, diacritics included, stay outside);
* **longest match wins** (in tokens; then the reading with the shorter prefix), and a
  match is always whole tokens, so it never starts or ends inside a word (مالية, ماليزيا);
* French elisions (l', d', qu') and an English possessive 's are split off Latin tokens;
* Latin/Cyrillic aliases written with a capital need a capital in the text (Moscow, not
  moscow), and short all-capital acronyms need capitals (UN, not the French article un);
* Russian aliases of people and places also match their common case endings (Лавров,
  Лаврова, Лавровым); equipment codes also match without the hyphen (T72B3, T 72B3).

Ambiguity (موسكو is Moscow, Russia and Moscow, Idaho) is not decided here: a
:class:`Match` carries every entry whose alias matched, and the stages rank them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Any, Final, NamedTuple

from rasid.kb import EQUIPMENT_TYPE, Entry, KnowledgeBase
from rasid.text.normalize import normalize_for_search
from rasid.text.tokens import WORD_PATTERN, is_arabic
from rasid.text.words import fold as fold_token
from rasid.text.words import fold_many as fold_words
from rasid.text.words import readings_keeping_article as token_readings

#: Key under which a trie node keeps the entries whose alias ends there (never a token).
_END = ""

CASE_ANY, CASE_CAPITALISED, CASE_UPPER = 0, 1, 2
#: Acronyms up to this many letters must be written in capitals (UN, AU, RT; not un, au).
ACRONYM_MAX = 5

#: Characters allowed between two tokens of one match (spaces, hyphens, dots); a quote ends a match.
_GAP_CHARS = frozenset(" -.")
_GAP_MAX = 4

_ELISION = re.compile(r"^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=\w)")
_POSSESSIVE = re.compile(r"(?<=\w)'s$")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
_CODE = re.compile(r"^([^\W\d_]{1,4})-(\w[\w-]*)$")


@dataclass(frozen=True, slots=True)
class Hit:
    """One entry reached by an alias."""

    entry_id: str
    lang: str
    alias: str
    case_rule: int = CASE_ANY


@dataclass(frozen=True, slots=True)
class Match:
    """A run of tokens that spells one or more KB aliases. Offsets point into the original text."""

    start: int
    end: int
    token_start: int
    token_end: int  # exclusive
    prefix: str  # normalised clitic prefix left outside the span ("و", "بال"…), or ""
    hits: tuple[Hit, ...]

    @property
    def entry_ids(self) -> tuple[str, ...]:
        return tuple(h.entry_id for h in self.hits)


@dataclass(frozen=True, slots=True)
class PreparedText:
    """A text tokenised once, each token folded once, shared by every stage that matches words.

    Tokens are found in the *original* text (the tokenizer keeps diacritics and tatweel
    inside words), so token offsets are original offsets; ``Token.text`` is the folded
    form (:func:`fold_token`). Folding per token instead of per character is what keeps
    matching fast, and it needs no offset map.
    """

    text: str
    tokens: tuple[Token, ...]  # .text folded, .start/.end original offsets
    readings: tuple[tuple[tuple[str, str], ...], ...]  # clitic readings of each token
    #: Token positions by every stem a token can be read as: lets a small trie visit only its words.
    stem_positions: dict[str, list[int]]
    #: The keys of ``stem_positions`` sorted, so phrases with an open-ended first word find theirs by bisection.
    sorted_stems: tuple[str, ...]

    def original_span(self, token_start: int, token_end: int) -> tuple[int, int]:
        """Original offsets of tokens ``[token_start, token_end)``."""
        return self.tokens[token_start].start, self.tokens[token_end - 1].end

    def span_after_prefix(self, token_start: int, token_end: int, skip: int) -> tuple[int, int] | None:
        """Original offsets of tokens ``[token_start, token_end)`` with the first ``skip`` folded chars (a clitic
        prefix) left out; None when the prefix ends inside one original character (the ligature ﻻ folds to
        two letters, لا: its ل cannot be left out of the span)."""
        first = self.tokens[token_start]
        offset = _original_prefix_length(self.text[first.start : first.end], skip) if skip else 0
        if offset is None:
            return None
        return first.start + offset, self.tokens[token_end - 1].end

    def gap(self, left: int, right: int) -> str:
        """Folded text between token ``left`` and token ``right`` (runs of space become one)."""
        return fold_gap(self.text[self.tokens[left].end : self.tokens[right].start])

    def gap_is_joinable(self, left: int) -> bool:
        raw = self.text[self.tokens[left].end : self.tokens[left + 1].start]
        if raw == " ":
            return True
        gap = fold_gap(raw)
        return len(gap) <= _GAP_MAX and all(c in _GAP_CHARS for c in gap)


def _original_prefix_length(original: str, folded_chars: int) -> int | None:
    """How many original characters produce the first ``folded_chars`` folded ones (marks included); None
    when those folded chars end inside the folding of one original character."""
    kept = 0
    for i, ch in enumerate(original):
        if fold_token(ch):
            if kept == folded_chars:
                return i
            if kept > folded_chars:
                return None
            kept += len(fold_token(ch))
    return len(original) if kept == folded_chars else None


@lru_cache(maxsize=20_000)
def fold_gap(gap: str) -> str:
    return normalize_for_search(gap)


def _split_latin(tokens: list[Token]) -> list[Token]:
    """Split French elisions (d'Algérie) and drop English possessives (Mali's) from Latin tokens.

    Only for tokens whose folded form has the original's length, so offsets stay exact.
    """
    out: list[Token] = []
    for tok in tokens:
        text = tok.text
        if "'" not in text or is_arabic(text) or len(text) != tok.end - tok.start:
            out.append(tok)
            continue
        m = _ELISION.match(text)
        if m:
            cut = m.end()
            out.append(Token(text[:cut], tok.start, tok.start + cut))
            tok = Token(text[cut:], tok.start + cut, tok.end)
            text = tok.text
        p = _POSSESSIVE.search(text)
        if p:
            tok = Token(text[: p.start()], tok.start, tok.start + p.start())
        out.append(tok)
    return out


class Token(NamedTuple):
    """A token of a prepared text: folded ``text``, original ``start``/``end`` (cheap to create)."""

    text: str
    start: int
    end: int


#: The word pattern as one group, so that ``split`` returns gap, word, gap, word, …, gap.
_WORD_SPLITTER = re.compile(f"({WORD_PATTERN.pattern})", WORD_PATTERN.flags)


def _fold_tokens(text: str) -> list[Token]:
    """Tokens of ``text`` (the word pattern of ``rasid.text.tokens.tokenize``) with folded text.

    Built without a Python step per word — an article has hundreds of words, and match objects
    and ``Token(...)`` calls were a third of preparing it: ``split`` cuts the text into gaps and
    words, the running sum of their lengths gives every word's offsets, and tokens are made
    with ``tuple.__new__`` (what ``Token._make`` does) straight from the columns.
    """
    parts = _WORD_SPLITTER.split(text)
    part_ends = list(accumulate(map(len, parts)))
    columns = zip(fold_words(parts[1::2]), part_ends[0:-1:2], part_ends[1::2], strict=True)
    return list(map(tuple.__new__, repeat(Token), columns))


_TEXT = itemgetter(0)  # Token.text, as a function map() can call without a Python step

#: Characters that fold to an apostrophe; without one, no token has an elision or a possessive.
_APOSTROPHES = ("'", "\u2018", "\u2019")


#: Texts shorter than this (a name, a title, a phrase) are prepared afresh: cheap, and cached they would push
#: out the document the entity, coref and equipment stages share.
CACHED_TEXT_CHARS = 200


def prepare(text: str) -> PreparedText:
    """Tokenise ``text`` and fold its tokens (a document's is cached: the entity, equipment and coref stages
    share it)."""
    return _prepare_cached(text) if len(text) >= CACHED_TEXT_CHARS else _prepare(text)


def _prepare(text: str) -> PreparedText:
    folded = _fold_tokens(text)
    if any(a in text for a in _APOSTROPHES):
        folded = _split_latin(folded)
    words = list(map(_TEXT, folded))
    if "" in words:  # a word that folds to nothing (a lone tatweel) is no token
        folded = [t for t in folded if t.text]
        words = list(map(_TEXT, folded))
    tokens = tuple(folded)
    # Readings and positions per distinct word (an article repeats many), then per token.
    positions: defaultdict[str, list[int]] = defaultdict(list)  # a list only for a word not seen yet
    for i, word in enumerate(words):
        positions[word].append(i)
    readings = tuple(map(token_readings, words))  # cached per word in rasid.text.words
    stem_positions: dict[str, list[int]] = {}
    for word, at in positions.items():
        for _, stem in token_readings(word):
            known = stem_positions.get(stem)
            # a stem read from two words (روسيا, وروسيا): merge their positions in text order
            stem_positions[stem] = at if known is None else sorted(known + at)
    return PreparedText(text, tokens, readings, stem_positions, tuple(sorted(stem_positions)))


# Only the last few documents: the stages that share one run on the same document one after the other, and
# every cached text keeps hundreds of tokens alive for the garbage collector to walk.
_prepare_cached = lru_cache(maxsize=4)(_prepare)


@lru_cache(maxsize=65_536)
def alias_tokens(alias: str) -> tuple[str, ...]:
    """An alias as the matcher sees it: folded tokens, made exactly as a text's tokens are.

    Cached: coreference and the entity stage ask again for the same names in every document.
    """
    return tuple(t.text for t in _split_latin(_fold_tokens(alias)) if t.text)


def case_rule(alias: str) -> int:
    """How an alias's capitals constrain the text (only for Latin and Cyrillic aliases)."""
    if is_arabic(alias):
        return CASE_ANY
    letters = [c for c in alias if c.isalpha()]
    if not letters or not all(_LATIN_OR_CYRILLIC.match(c) for c in letters):
        return CASE_ANY
    if len(letters) <= ACRONYM_MAX and all(c.isupper() for c in letters) and len(letters) >= 2:
        return CASE_UPPER
    if letters[0].isupper():
        return CASE_CAPITALISED
    return CASE_ANY


def case_ok(rule: int, original: str) -> bool:
    if rule == CASE_ANY:
        return True
    letters = [c for c in original if c.isalpha()]
    if not letters:
        return True
    if rule == CASE_UPPER:
        return not any(c.islower() for c in letters)
    return letters[0].isupper()


def _russian_cases(word: str) -> list[str] | None:
    """Genitive, dative, instrumental, prepositional of a capitalised Russian name word, or None."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", word):
        return None
    if word.endswith(("ов", "ев", "ёв", "ин", "ын")):  # surnames: Лавров, Путин
        return [word + "а", word + "у", word + "ым", word + "е"]
    if word.endswith("ия"):
        stem = word[:-1]
        return [stem + "и", stem + "и", stem + "ей", stem + "и"]
    if word.endswith(("ей", "ай", "ий")):  # Сергей, Абдулай, Юрий
        stem = word[:-1]
        return [stem + "я", stem + "ю", stem + "ем", stem + ("и" if word.endswith("ий") else "е")]
    if word.endswith("а"):
        stem = word[:-1]
        gen = "и" if stem[-1] in "кгхжшчщ" else "ы"
        return [stem + gen, stem + "е", stem + "ой", stem + "е"]
    if word[-1] in "бвгджзклмнпрстфхцчшщ":
        return [word + "а", word + "у", word + "ом", word + "е"]
    return None  # indeclinable (Мали, Шойгу, Диарра is handled above by -а)


def russian_forms(alias: str) -> list[str]:
    """Common case forms of a Russian name, every word declined together.

    >>> russian_forms("Сергей Лавров")[2]
    'Сергеем Лавровым'
    """
    words = alias.split(" ")
    declined = [_russian_cases(w) for w in words]
    if all(d is None for d in declined):
        return []
    return [
        " ".join(d[case] if d is not None else w for w, d in zip(words, declined, strict=True))
        for case in range(4)
    ]


def code_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Equipment codes written without the hyphen or with a space: t-72b3 -> t72b3, t 72b3."""
    if len(tokens) != 1 or "/" in tokens[0]:
        return []
    m = _CODE.match(tokens[0])
    if not m:
        return []
    letters, rest = m.groups()
    return [(letters + rest,), (letters, rest)]


#: A hit as the trie stores it: ``(entry_id, lang, alias, case_rule)``. Plain tuples of strings and
#: ints, unlike Hit objects, are dropped from the garbage collector's watch, and with them the trie's
#: tens of thousands of nodes, which every full collection otherwise walks (a few % of analysis time).
_StoredHit = tuple[str, str, str, int]
_CASE_RULE: Final = 3


class Matcher:
    """A token trie over the aliases of some KB entries; build once, match many texts."""

    def __init__(self, entries: Iterable[Entry] = (), *, use_short: bool = False) -> None:
        self._root: dict = {}
        self.entries: dict[str, Entry] = {}
        self.size = 0
        for entry in entries:
            self.entries[entry.id] = entry
            names = list(entry.short_names()) if use_short else list(entry.names())
            if not use_short and entry.generic:
                names = [(lang, n) for lang, n in names if n != entry.name]  # "tanks (class)" is a label
            for lang, alias in names:
                self._add_alias(entry, lang, alias)

    def _add_alias(self, entry: Entry, lang: str, alias: str) -> None:
        forms = [alias]
        if entry.type in ("PER", "GPE", "LOC") and (lang == "ru" or re.search("[А-Яа-я]", alias)):
            forms += russian_forms(alias)
        rule = case_rule(alias)
        for form in forms:
            tokens = alias_tokens(form)
            if not tokens:
                continue
            variants = [tokens]
            if entry.type == EQUIPMENT_TYPE:
                variants += code_variants(tokens)
            for seq in variants:
                self._insert(seq, Hit(entry.id, lang, alias, rule))

    def add_phrase(self, key: str, lang: str, phrase: str) -> None:
        """Add a phrase that is not a KB entry (a cue such as وزير الخارجية); ``key`` comes back in hits."""
        tokens = alias_tokens(phrase)
        if tokens:
            self._insert(tokens, Hit(key, lang, phrase, case_rule(phrase)))

    def _insert(self, tokens: Sequence[str], hit: Hit) -> None:
        node = self._root
        for tok in tokens:
            node = node.setdefault(tok, {})
        hits: dict[str, _StoredHit] = node.setdefault(_END, {})
        if hit.entry_id not in hits or (hits[hit.entry_id][_CASE_RULE] > hit.case_rule):
            # keep the most permissive alias for an entry
            hits[hit.entry_id] = (hit.entry_id, hit.lang, hit.alias, hit.case_rule)
            self.size += 1

    def lookup(self, tokens: Sequence[str]) -> tuple[Hit, ...]:
        """Entries whose alias is exactly these normalised tokens."""
        node: Any = self._root
        for tok in tokens:
            node = node.get(tok)
            if node is None:
                return ()
        return tuple(Hit(*stored) for stored in node.get(_END, {}).values())

    def find(self, prepared: PreparedText | str) -> list[Match]:
        """Leftmost-longest, non-overlapping matches over the whole text in one pass."""
        if isinstance(prepared, str):
            prepared = prepare(prepared)
        tokens = prepared.tokens
        readings = prepared.readings
        n = len(tokens)
        root = self._root
        original = prepared.text
        out: list[Match] = []
        # Visit only positions whose word can start an alias (the intersection walks the smaller index, in C).
        index = prepared.stem_positions
        stems = root.keys() & index.keys()
        # the union in C (a set comprehension took a Python step per position)
        positions = sorted(set().union(*map(index.__getitem__, stems)))
        resume = 0  # tokens before this are inside the previous match
        for i in positions:
            if i < resume:
                continue
            best: Match | None = None
            for prefix, stem in readings[i]:
                node = root.get(stem)
                if node is None:
                    continue
                j = i + 1
                while True:
                    hits = node.get(_END)
                    if hits and (best is None or j > best.token_end):
                        span = prepared.span_after_prefix(i, j, len(prefix))
                        if span is None:
                            break
                        start, end = span
                        surface = original[start:end]
                        kept = tuple(Hit(*h) for h in hits.values() if case_ok(h[_CASE_RULE], surface))
                        if kept:
                            best = Match(start, end, i, j, prefix, kept)
                    if j >= n:
                        break
                    node = node.get(tokens[j].text)
                    if node is None or not prepared.gap_is_joinable(j - 1):
                        break
                    j += 1
            if best is not None:
                out.append(best)
                resume = best.token_end
        return out


def entity_matcher(kb: KnowledgeBase) -> Matcher:
    """The matcher over every non-equipment entry of ``kb`` (built once per KB)."""
    return kb.cached("matcher:entities", lambda: Matcher(kb.entities()))


def equipment_matcher(kb: KnowledgeBase) -> Matcher:
    """The matcher over the equipment catalogue of ``kb`` (built once per KB)."""
    return kb.cached("matcher:equipment", lambda: Matcher(kb.equipment()))


def resolve_name(kb: KnowledgeBase, name: str, *, equipment: bool = False) -> list[Entry]:
    """Entries whose alias is exactly ``name`` (folded, clitics allowed), best known first.

    For callers that hold a name rather than a text (a quote's speaker, a search box):
    ``resolve_name(kb, "ولافروف")`` gives Sergey Lavrov.
    """
    matcher = equipment_matcher(kb) if equipment else entity_matcher(kb)
    prepared = prepare(name)
    found: dict[str, Entry] = {}
    for match in matcher.find(prepared):
        if match.token_start == 0 and match.token_end == len(prepared.tokens):
            for hit in match.hits:
                found.setdefault(hit.entry_id, kb[hit.entry_id])
    return sorted(found.values(), key=lambda e: (-e.prior, -e.population, e.id))
