"""Stage ``rasid.entities.v1``: named entities linked to the knowledge base, and names it does not know.

Two sources of mentions, in this order of trust:

1. **KB matches** (:mod:`rasid.extract.matcher`): every alias of every entry, Arabic clitics
   and normalisation handled. When one alias names several entries (موسكو: Moscow, Russia or
   Moscow, Idaho) the entry with the best score wins: type, prior (countries > capitals >
   towns), population, and the document's context (other entities of the same country).
   Entries marked ``needs_context`` (مالي is also "financial") are kept only with support.
2. **Names not in the KB**, found by cues kept as data (``rasid/data/kb/cues/names.yaml``):
   a person's name after a title or role (الخبير الأمني سليمان أمزات, le général X,
   генерал Y, ``Photo: Name``), an organisation after a head noun (وزارة الخارجية الجزائرية,
   قناة "…"). Their ``attrs.canonical`` is the name as written, without diacritics.

Every annotation has ``attrs.canonical``; KB matches also ``attrs.kb_id`` (and ``wikidata``,
``country`` when known). MEDIA and ARMED_GROUP are kinds of ORG (``attrs.type_family``). A
person preceded by a title gets ``attrs.title`` and ``attrs.role_class`` (used by coreference).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlparse

import yaml

from rasid.extract.matcher import (
    Match,
    Matcher,
    PreparedText,
    Token,
    alias_tokens,
    entity_matcher,
    fold_gap,
    prepare,
)
from rasid.extract.names import NameSpan, find_capitalised_names, given_name_before, latin_adjective
from rasid.kb import KnowledgeBase, load_kb, type_family
from rasid.kb.model import Entry
from rasid.model import Annotation, Document, SpanSet
from rasid.ner.boundaries import name_like, prepositional_word
from rasid.pipeline import register_stage
from rasid.text.normalize import strip_diacritics
from rasid.text.tokens import clitic_stems, has_feminine_ending, is_arabic

STAGE = "rasid.entities.v1"
LAYER = "entities"

#: How much a type is preferred when one alias names entries of several types.
TYPE_RANK = {
    "GPE": 0.5,
    "ORG": 0.4,
    "MEDIA": 0.4,
    "ARMED_GROUP": 0.4,
    "PER": 0.3,
    "LOC": 0.3,
    "EVENT": 0.2,
    "FAC": 0.2,
}
#: Countries whose entities support each other's ambiguous names (a town of Mali in a text about Niger).
SAHEL_CORE = frozenset({"ML", "BF", "NE", "TD", "MR"})
#: Africa-wide entries that count as Sahel context.
_SAHEL_CONTEXT_IDS = frozenset(
    {"rasid:loc/sahel", "rasid:loc/liptako-gourma", "rasid:loc/azawad", "rasid:org/aes", "rasid:org/minusma",
     "rasid:org/ecowas", "rasid:org/africa-corps", "rasid:group/jnim", "rasid:group/is-sahel", "rasid:org/fama"}
)  # fmt: skip

CONF_KB = 0.95
CONF_KB_AMBIGUOUS = 0.75
CONF_UNKNOWN = 0.6
#: Marks an Arabic organisation head taken with the article (المديرية), stricter about what follows.
DEFINITE_HEAD = "definite"


# --- cues ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cues:
    """Compiled cue lists (titles, organisation heads, stopwords…) from ``cues/names.yaml``."""

    titles: Matcher
    title_class: Mapping[str, str]
    roles: Matcher
    org_heads: Matcher
    modifiers: frozenset[str]
    particles_ar: frozenset[str]
    particles_latin: frozenset[str]
    stop_ar: frozenset[str]
    stop_latin: frozenset[str]
    org_not_names: frozenset[str]
    place_triggers: frozenset[str]
    title_place_heads: frozenset[str]
    #: the one-word head nouns of bodies (شرطة، وزارة، نادي، قناة), folded
    body_heads: frozenset[str]
    org_patron_titles: frozenset[str]
    org_heads_described_by_nationality: frozenset[str]
    #: heads that glued to ب are a verbal noun (بقيادة: led by), and those named only by a known name (حركة)
    org_heads_verbal_nouns: frozenset[str]
    org_heads_needing_a_known_name: frozenset[str]
    apposition_blockers: frozenset[str]
    #: country codes whose outlets name them by a common noun (المملكة), and those nouns (folded)
    home_countries: frozenset[str]
    home_country_words: frozenset[str]


def _norm_words(words: Sequence[str]) -> frozenset[str]:
    out: set[str] = set()
    for word in words:
        out.update(alias_tokens(word))
    return frozenset(out)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The packaged cue lists, compiled once."""
    raw = yaml.safe_load(
        resources.files("rasid.data.kb.cues").joinpath("names.yaml").read_text(encoding="utf-8")
    )
    titles = Matcher()
    title_class: dict[str, str] = {}
    for role_class, by_lang in raw["person_titles"].items():
        for lang, phrases in by_lang.items():
            for phrase in phrases:
                key = f"title:{role_class}:{phrase}"
                title_class[key] = role_class
                titles.add_phrase(key, lang, phrase)
    roles = Matcher()
    for role_class, by_lang in raw["role_phrases"].items():
        for lang, phrases in by_lang.items():
            for phrase in phrases:
                roles.add_phrase(f"role:{role_class}", lang, phrase)
    heads = Matcher()
    for label, by_lang in raw["org_heads"].items():
        for lang, phrases in by_lang.items():
            for phrase in phrases:
                heads.add_phrase(f"head:{label}", lang, phrase)
                if label == "ORG" and lang == "ar" and " " not in phrase and not phrase.startswith("ال"):
                    # the head with the article (المديرية، القنصلية) names a body only with a specific
                    # complement after it: see find_headed_orgs
                    heads.add_phrase(f"head:{label}:{DEFINITE_HEAD}", lang, "ال" + phrase)
    particles = raw["name_particles"]
    stops = raw["name_stopwords"]
    return Cues(
        titles=titles,
        title_class=title_class,
        roles=roles,
        org_heads=heads,
        modifiers=_norm_words(raw["title_modifiers"]["ar"]),
        particles_ar=_norm_words(particles["ar"]),
        particles_latin=frozenset(w.casefold() for w in particles["latin"]),
        stop_ar=_norm_words(stops["ar"]),
        stop_latin=frozenset(w.casefold() for w in stops["latin"]),
        org_not_names=_norm_words(raw["org_not_names"]["ar"]),
        place_triggers=_norm_words(raw["place_triggers"]["ar"]) | frozenset(raw["place_triggers"]["latin"]),
        title_place_heads=_norm_words(raw["title_place_heads"]["ar"]),
        body_heads=_norm_words(
            [p for label in ("ORG", "MEDIA") for p in raw["org_heads"][label]["ar"] if " " not in p]
        ),
        org_patron_titles=_norm_words(raw["org_patron_titles"]["ar"]),
        org_heads_described_by_nationality=_norm_words(raw["org_heads_described_by_nationality"]["ar"]),
        org_heads_verbal_nouns=_norm_words(raw["org_heads_verbal_nouns"]["ar"]),
        org_heads_needing_a_known_name=_norm_words(raw["org_heads_needing_a_known_name"]["ar"]),
        apposition_blockers=_norm_words(raw["apposition_blockers"]["ar"]),
        home_countries=frozenset(raw["home_country"]["countries"]),
        home_country_words=_norm_words(raw["home_country"]["words"]["ar"]),
    )


# --- resolving KB matches -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention before it becomes an annotation (token range + what it refers to)."""

    start: int
    end: int
    token_start: int
    token_end: int
    label: str
    canonical: str
    entry: Entry | None
    confidence: float
    attrs: Mapping[str, Any] = field(default_factory=dict)


def _score(entry: Entry, context: set[str]) -> float:
    score = TYPE_RANK.get(entry.type, 0.0) + entry.prior + math.log10(entry.population + 1) / 10
    if entry.country and entry.country in context:
        score += 1.0
    return score


def _rejected(entry: Entry, prepared: PreparedText, match: Match) -> bool:
    if not (entry.reject_prev or entry.reject_next):
        return False
    toks = prepared.tokens
    prev_tok = toks[match.token_start - 1].text if match.token_start > 0 else ""
    next_tok = toks[match.token_end].text if match.token_end < len(toks) else ""
    return any(prev_tok in alias_tokens(w) for w in entry.reject_prev) or any(
        next_tok in alias_tokens(w) for w in entry.reject_next
    )


def _supported(
    entry: Entry, match: Match, prepared: PreparedText, context: set[str], confirmed: set[str], cues: Cues
) -> bool:
    """May an entry marked ``needs_context`` stand here?"""
    if match.token_end - match.token_start > 1 or entry.id in confirmed:
        return True  # a multi-word name is specific enough (جمهورية مالي), or the text names it so elsewhere
    surface = prepared.text[match.start : match.end]
    if not is_arabic(surface) and surface[:1].isupper():
        return True  # a capitalised Latin/Cyrillic name is a proper noun
    if entry.country and entry.country in context:
        return True
    if entry.country in SAHEL_CORE and "SAHEL" in context:
        return True
    if entry.is_country:
        if match.prefix:
            return True  # ومالي، بمالي
        prev_tok = prepared.tokens[match.token_start - 1].text if match.token_start > 0 else ""
        return prev_tok in cues.place_triggers
    return False


def resolve_matches(
    matches: Sequence[Match], prepared: PreparedText, kb: KnowledgeBase, cues: Cues
) -> list[Mention]:
    """Pick one entry per match using priors and the document's context; drop unsupported ones."""
    candidates: list[tuple[Match, list[Entry]]] = []
    for match in matches:
        entries = [kb[h.entry_id] for h in match.hits if h.entry_id in kb]
        entries = [e for e in entries if not _rejected(e, prepared, match)]
        if entries:
            candidates.append((match, entries))
    # Context: what the unambiguous, self-sufficient mentions say the text is about.
    context: set[str] = set()
    confirmed: set[str] = set()
    for match, entries in candidates:
        if len(entries) == 1 and (match.token_end - match.token_start > 1 or not entries[0].needs_context):
            confirmed.add(entries[0].id)
        if len(entries) == 1 and not entries[0].needs_context:
            entry = entries[0]
            if entry.country:
                context.add(entry.country)
            if entry.country in SAHEL_CORE or entry.id in _SAHEL_CONTEXT_IDS:
                context.add("SAHEL")
    # Countries named for sure, by token position: "مالي وروسيا" is a list of countries, so مالي is one too.
    country_starts = {
        m.token_start: m
        for m, es in candidates
        if len(es) == 1 and es[0].is_country and not es[0].needs_context
    }
    country_ends = {
        m.token_end for m, es in candidates if len(es) == 1 and es[0].is_country and not es[0].needs_context
    }
    mentions: list[Mention] = []
    for match, entries in candidates:
        scored = sorted(((_score(e, context), e) for e in entries), key=lambda se: (-se[0], se[1].id))
        follower = country_starts.get(match.token_end)
        listed = (follower is not None and follower.prefix == "و") or (
            match.prefix == "و" and match.token_start in country_ends
        )
        chosen = [
            (s, e)
            for s, e in scored
            if not e.needs_context
            or (listed and e.is_country)
            or _supported(e, match, prepared, context, confirmed, cues)
        ]
        if not chosen:
            continue
        best_score, best = chosen[0]
        confidence = CONF_KB
        if len(chosen) > 1 and best_score - chosen[1][0] < 0.5:
            confidence = CONF_KB_AMBIGUOUS
        mentions.append(
            Mention(
                match.start,
                match.end,
                match.token_start,
                match.token_end,
                best.type,
                best.name,
                best,
                confidence,
            )
        )
    return mentions


# --- names not in the KB --------------------------------------------------------------------------


def _plain_gap(prepared: PreparedText, left: int) -> bool:
    return prepared.gap(left, left + 1) == " "


def _latin_capitalised(prepared: PreparedText, index: int) -> bool:
    tok = prepared.tokens[index]
    start, _ = prepared.original_span(index, index + 1)
    first = prepared.text[start : start + 1]
    return (
        first.isupper() and not is_arabic(tok.text) and tok.text.replace("-", "").replace("'", "").isalpha()
    )


def _place_head(text: str, cues: Cues) -> bool:
    """A place noun that opens a title's place complement, clitics allowed (منطقة، بإقليم، لمحافظة)."""
    return any(stem in cues.title_place_heads for _, stem in clitic_stems(text))


def _body_word(text: str, cues: Cues) -> bool:
    """A body's head noun, clitics allowed (شرطة، لوزارة، بالنادي): a word no personal name holds."""
    return any(stem in cues.body_heads for _, stem in clitic_stems(text))


def _complement_word(text: str, cues: Cues) -> bool:
    """ب or ل + a body's or a place's head noun (بشرطة، لجمعية، بمنطقة، لراديو): the complement of a title or a
    name (الناطق الإعلامي بشرطة منطقة …), never a person."""
    return any(
        any(c in "بل" for c in prefix.removesuffix("ال"))
        and (stem in cues.body_heads or stem in cues.title_place_heads)
        for prefix, stem in clitic_stems(text)[1:]
    )


def _skip_modifiers(b: int, prepared: PreparedText, starts: Mapping[int, Mention], cues: Cues) -> int:
    """After a title, skip adjectives and places (وزير الخارجية *الروسي*، رئيس أركان *القوات الجوية في مالي*-,
    أمير *منطقة عسير*)."""
    toks = prepared.tokens
    k, steps = b, 0
    while k < len(toks) and steps < 6:
        if k > 0 and not prepared.gap_is_joinable(k - 1):
            break
        mention = starts.get(k)
        if mention is not None:
            if mention.label == "PER":
                break
            k = mention.token_end
        elif toks[k].text in cues.modifiers or (toks[k].text.startswith("ال") and is_arabic(toks[k].text)):
            k += 1
        elif (
            toks[k].text[:1] in "بل"
            and k + 1 in starts
            and starts[k + 1].label in _PLACE_LABELS
            and prepared.gap_is_joinable(k)
        ):
            k = starts[k + 1].token_end  # بهيئة تبوك، لشرطة جدة: the body of a place the title is held in
        elif _place_head(toks[k].text, cues) and k + 1 < len(toks) and prepared.gap_is_joinable(k):
            # the place noun and the place's name (عسير، جارخاند): neither is the person's name
            nxt = starts.get(k + 1)
            k = nxt.token_end if nxt is not None and nxt.label != "PER" else k + 2
        elif (
            _complement_word(toks[k].text, cues)
            and k + 1 < len(toks)
            and prepared.gap_is_joinable(k)
            and (
                (k + 1 in starts and starts[k + 1].label != "PER")
                or toks[k + 1].text.startswith("ال")
                or _place_head(toks[k + 1].text, cues)
            )
        ):
            # بشرطة منطقة الرياض، بوزارة الصحة: the body the title is held in, its name read on. A bare word
            # after it (بهيئة تبوك) may be the body's name or the person's: k stays on the body's head
            k += 1
        else:
            break
        steps += 1
    return k


_TANWIN = re.compile("[\u064b-\u064d]")


def _not_a_name_word(text: str, cues: Cues) -> bool:
    """Words a name cannot contain: a clitic + article (والإعلام), و + a verb (ويأمل), ل + a stopword (لرئيس)."""
    if text.startswith("لل") or (text.startswith(("وال", "بال", "فال", "كال")) and len(text) > 4):
        return True  # not فالح: a clitic and the article before one letter are a name's own letters
    if text[:1] == "و" and len(text) > 3 and text[1] in "يتن":
        return True
    return any(stem in cues.stop_ar for _, stem in clitic_stems(text)[1:])


#: Name words at most (particles such as بن and عبد not counted): a longer run is a clause.
MAX_NAME_WORDS = 4
_PRONOUN_SUFFIXES = ("هم", "هما", "كم", "كما", "هن")


#: Folded forms shared by a function word and a name (على and علي both fold to علي): written with ي, the name.
_NAMES_FOLDED_LIKE_STOPWORDS = frozenset({"علي", "العلي"})


#: God, the second half of compound names (عطا الله، غرم الله، نصر الله).
_GOD = "الله"
#: "Servant of": the word after it is a divine name, part of the person's name whatever else it means.
_SERVANT = "عبد"


def _arabic_name_word(j: int, k: int, prepared: PreparedText, covered: set[int], cues: Cues) -> bool:
    text = prepared.tokens[j].text
    original = prepared.text[prepared.tokens[j].start : prepared.tokens[j].end]
    if text in _NAMES_FOLDED_LIKE_STOPWORDS and strip_diacritics(original).endswith("ي"):
        return j not in covered and (j == k or _plain_gap(prepared, j - 1))  # علي، العلي: not على
    if j in covered or not is_arabic(text) or _body_word(text, cues):
        return False
    if (
        j > k
        and prepared.tokens[j - 1].text == _SERVANT
        and text.startswith("ال")
        and _plain_gap(prepared, j - 1)
    ):
        return True  # عبد + a divine name is a name whatever else the word means (عبد الملك، عبد المولى)
    if text in cues.stop_ar:
        return False
    if len(text) < 2 and text not in cues.particles_ar:
        return False
    if j > k and not _plain_gap(prepared, j - 1):
        return False
    if _TANWIN.search(original):
        return False  # tanwin marks an indefinite noun or adjective (نائبًا), never a name
    if strip_diacritics(original).endswith(_PRONOUN_SUFFIXES):
        return False  # a pronoun suffix (وكلهم) marks a noun or verb
    return not _not_a_name_word(text, cues)


def _ends_a_name(j: int, prepared: PreparedText, covered: set[int], cues: Cues) -> bool:
    """Does what stands at token ``j`` close a name (punctuation, a function word, a definite word, the end)?"""
    toks = prepared.tokens
    if j >= len(toks) or j in covered or not _plain_gap(prepared, j - 1):
        return True
    text = toks[j].text
    return (
        text in cues.stop_ar
        or text.startswith(("ال", "وال", "بال", "لل", "فال", "كال"))
        or not is_arabic(text)
        or _complement_word(text, cues)  # X Y لراديو فرنسا: the name, then whom it spoke to
    )


def _arabic_name(k: int, prepared: PreparedText, covered: set[int], cues: Cues) -> int:
    """End token of an Arabic personal name starting at ``k`` (``k`` itself when there is none).

    A name is up to four words (plus particles: بن، عبد، ولد، آل), may end on a nisba family
    name with the article (عبد الفتاح السيسي), and must be followed by something that closes a name.
    """
    toks = prepared.tokens
    if k < len(toks) and prepositional_word(toks[k].text):
        return k  # الرئيس العام لإيقاف تزايد: the title is followed by the sentence, not a name
    j, words = k, 0
    while j < len(toks) and _arabic_name_word(j, k, prepared, covered, cues):
        text = toks[j].text
        is_particle = text in cues.particles_ar
        after_particle = j > k and toks[j - 1].text in cues.particles_ar
        if text == _GOD and j > k and not is_particle and not after_particle:
            j += 1  # غرم الله، نصر الله: one name word written in two
            continue
        if text.startswith("ال") and not is_particle and not after_particle:
            # A family name with the article ends the name when it is a nisba (السيسي، الجبوري);
            # other definite words (الوفد) are far more often the next phrase.
            if j > k and text not in cues.org_not_names and text.endswith("ي"):
                j += 1
            break
        if j > k and text.startswith("و") and not is_particle and not after_particle:
            break  # "X ومحمد": a coordinated second name starts a new mention
        if not is_particle:
            words += 1
            if words > MAX_NAME_WORDS:
                return k
        j += 1
    while j > k and toks[j - 1].text in cues.particles_ar:
        j -= 1  # a name does not end on بن or عبد
    if j > k and not _ends_a_name(j, prepared, covered, cues):
        return k  # the words run on into the sentence: more likely a clause than a name
    if j > k and toks[k].text not in cues.particles_ar and not _named(toks[k:j]):
        return k  # زيارة عمل، يؤكد أهمية: common words after the title, no name among them
    return _before_prepositional_word(k, j, prepared, cues)


def _named(words: Sequence[Token]) -> bool:
    """Whether a run of words after a title may be a person's name: one of them is name-like (a gazetteer name
    word, a word of a cluster of names, or a word SaudiNewsNet never wrote). زيارة عمل، يؤكد أهمية are not;
    زكية العتيبي and تمام سلام are, by their second word."""
    return any(name_like(w.text) for w in words)


def _before_prepositional_word(k: int, j: int, prepared: PreparedText, cues: Cues) -> int:
    """End of the name ``k..j`` cut before a glued preposition + common word (الأمير نواف بن سعد بزيارة)."""
    toks = prepared.tokens
    for m in range(k + 1, j):
        if toks[m - 1].text not in cues.particles_ar and prepositional_word(toks[m].text):
            while m > k + 1 and toks[m - 1].text in cues.particles_ar:
                m -= 1
            return m
    return j


def _latin_name(k: int, prepared: PreparedText, covered: set[int], cues: Cues) -> tuple[int, int | None]:
    """End token of a capitalised Latin/Cyrillic name at ``k``; also where a ``/`` cuts the last token."""
    toks = prepared.tokens
    j, cut = k, None
    while j < len(toks) and j - k < 4:
        if j in covered:
            break
        if j > k and not _plain_gap(prepared, j - 1):
            break
        text = toks[j].text
        if "/" in text:  # "Schreiber/Creative Commons": the name stops at the slash
            head = text.split("/", 1)[0]
            start, _ = prepared.original_span(j, j + 1)
            if head and prepared.text[start : start + 1].isupper():
                cut = len(head)
                j += 1
            break
        if text in cues.particles_latin and j > k:
            j += 1
            continue
        if text in cues.stop_latin or not _latin_capitalised(prepared, j):
            break
        j += 1
    while j > k and toks[j - 1].text in cues.particles_latin and cut is None:
        j -= 1
    return j, cut


def _span(prepared: PreparedText, a: int, b: int, cut: int | None = None) -> tuple[int, int]:
    if cut is None:
        return prepared.original_span(a, b)
    start, end = prepared.original_span(a, b)
    last = prepared.tokens[b - 1]
    if len(last.text) == last.end - last.start:  # folding kept the length: folded offsets are original ones
        end = last.start + cut
    return start, end


@dataclass(frozen=True, slots=True)
class TitleSlot:
    """A title in the text (its first and end token) and the token where the name after it would start
    (-1 when a sentence ends first)."""

    title_start: int
    title_end: int
    name_start: int
    info: Mapping[str, str]


#: How many words a title's prepositional complement may run before the person (بصحة منطقة عسير).
MAX_COMPLEMENT_WORDS = 3


def _person_after_complement(k: int, prepared: PreparedText, model_people: frozenset[int]) -> int | None:
    """The first token of a model-found person right after a prepositional complement at ``k`` (بهيئة تبوك)."""
    toks = prepared.tokens
    if k in model_people or not is_arabic(toks[k].text) or toks[k].text[:1] not in "بل":
        return None
    for p in range(k + 1, min(k + 1 + MAX_COMPLEMENT_WORDS, len(toks))):
        if not prepared.gap_is_joinable(p - 1) or re.search(r"[,،]", prepared.gap(p - 1, p)):
            return None
        if p in model_people:
            return p
    return None


#: ru: a word in capitals (ЛНА, МИД, ДНР) is a body's acronym, never a person's name.
_CYRILLIC_ACRONYM = re.compile(r"[А-ЯЁ]{2,6}")


def find_titled_names(
    prepared: PreparedText,
    mentions: list[Mention],
    cues: Cues,
    slots: list[TitleSlot] | None = None,
    model_people: frozenset[int] = frozenset(),
) -> tuple[list[Mention], dict[int, dict[str, str]]]:
    """People named after a title; also the title of KB people (by token index) for coreference. Every title
    seen is appended to ``slots`` when given (for the people another stage found, whose first tokens are
    ``model_people``)."""
    starts = {m.token_start: m for m in mentions}
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    found: list[Mention] = []
    titles_of: dict[int, dict[str, str]] = {}
    for cue in cues.titles.find(prepared):
        if any(i in covered for i in range(cue.token_start, cue.token_end)):
            continue
        role_class = cues.title_class[cue.hits[0].entry_id]
        title_text = prepared.text[cue.start : cue.end]
        if role_class == "photographer":
            gap = (
                prepared.gap(cue.token_end - 1, cue.token_end) if cue.token_end < len(prepared.tokens) else ""
            )
            if ":" not in gap and "©" not in title_text and "by" not in title_text.lower():
                continue
        k = _skip_modifiers(cue.token_end, prepared, starts, cues)
        info = {"title": title_text, "role_class": role_class}
        if (
            k >= len(prepared.tokens)
            or re.search(r"[.!?؟\n]", prepared.gap(k - 1, k))
            or (is_arabic(prepared.tokens[k].text) and re.search(r"[:\"«»“”]", prepared.gap(k - 1, k)))
        ):
            # "…elected president.⏎He told": a sentence ends between the title and the word; رئيس الوزراء:
            # "ندرك…": a quotation starts there
            if slots is not None:
                slots.append(TitleSlot(cue.token_start, cue.token_end, -1, info))
            continue
        if slots is not None:
            slots.append(TitleSlot(cue.token_start, cue.token_end, k, info))
        mention = starts.get(k)
        if mention is not None:
            if mention.label == "PER":
                titles_of.setdefault(k, info)
            continue
        cut = None
        complement_person = _person_after_complement(k, prepared, model_people)
        if complement_person is not None and slots is not None:
            # الناطق الإعلامي بهيئة تبوك فهد الزايدي: the title's complement (ب/ل + a body or a place), then
            # the person the model found: the title is theirs
            slots[-1] = TitleSlot(cue.token_start, cue.token_end, complement_person, info)
            continue
        if is_arabic(prepared.tokens[k].text):
            end = _arabic_name(k, prepared, covered, cues)
            minimum = 2
        else:
            end, cut = _latin_name(k, prepared, covered, cues)
            minimum = (
                1
                if role_class in ("honorific", "military", "photographer", "head_of_state", "minister")
                else 2
            )
        if end - k < minimum:
            continue
        start_off, end_off = _span(prepared, k, end, cut)
        surface = prepared.text[start_off:end_off]
        if end - k == 1 and _CYRILLIC_ACRONYM.fullmatch(surface):
            continue  # "командующий ЛНА", "глава МИД": the body the title belongs to, not a person
        found.append(
            Mention(
                start_off, end_off, k, end, "PER", strip_diacritics(surface).strip(), None, CONF_UNKNOWN,
                {"source": "title", **info},
            )
        )  # fmt: skip
        covered.update(range(k, end))
        starts[k] = found[-1]
    return found, titles_of


def _lowercase_head_named(prepared: PreparedText, b: int) -> bool:
    """After a lowercase head (ministère, ministry): "de/des/of" and a capital, maybe after an adjective."""
    toks = prepared.tokens
    k = b + 1 if b < len(toks) and latin_adjective(toks[b].text) else b
    return (
        k + 1 < len(toks)
        and toks[k].text in ("de", "des", "du", "of", "d'")
        and _latin_capitalised(
            prepared, k + 2 if toks[k + 1].text in ("la", "l'", "the") and k + 2 < len(toks) else k + 1
        )
    )


_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Folded function words that begin with the article's letters (إلى folds to الي): they never extend a name.
_ARTICLE_LOOKALIKES = frozenset(
    {
        "الي",
        "الا",
        "الان",
        "الذي",
        "التي",
        "الذين",
        "اللذان",
        "اللتان",
        "اللذين",
        "اللتين",
        "اللاتي",
        "اللواتي",
    }
)


def _town_at(k: int, mentions: Sequence[Mention]) -> Mention | None:
    """The place mention that starts at token ``k`` when it is a town or region, not a country."""
    for m in mentions:
        if (
            m.token_start == k
            and m.label in _PLACE_LABELS
            and not (m.entry is not None and m.entry.is_country)
        ):
            return m
    return None


def _patron_name_end(
    b: int, prepared: PreparedText, mentions: Sequence[Mention], covered: set[int], cues: Cues
) -> int | None:
    """End token of a patron's title and name at ``b`` (الملك فهد، الأمير سلطان بن عبدالعزيز), or None."""
    toks = prepared.tokens
    if b + 1 >= len(toks) or toks[b].text not in cues.org_patron_titles or not prepared.gap_is_joinable(b):
        return None
    person = next((m for m in mentions if m.token_start == b + 1), None)
    if person is not None:
        return person.token_end if person.label == "PER" else None
    end = _arabic_name(b + 1, prepared, covered, cues)
    return end if end > b + 1 else None


def _body_tail(end: int, prepared: PreparedText, covered: set[int], cues: Cues) -> int:
    """After a patron's name, the body's adjectives and its ``لل`` complement (الطبية، للحوار الوطني)."""
    toks = prepared.tokens
    start = end
    while (
        end < len(toks)
        and end - start < 3
        and end not in covered
        and _plain_gap(prepared, end - 1)
        and toks[end].text.startswith(("ال", "وال"))
        and toks[end].text not in cues.org_not_names
        and toks[end].text not in _ARTICLE_LOOKALIKES
    ):
        end += 1
    return _complement_end(end, prepared, covered, cues)


def _joins(j: int, prepared: PreparedText, covered: set[int]) -> bool:
    return j < len(prepared.tokens) and j not in covered and _plain_gap(prepared, j - 1)


def _complement_end(j: int, prepared: PreparedText, covered: set[int], cues: Cues) -> int:
    """End token of a purpose complement at ``j`` that ends an organisation's name, ``j`` when there is none:
    ``لل`` + noun (للجوازات، للدفاع المدني، للغذاء والدواء) or ``ل`` + noun + definite noun (لمكافحة الفساد،
    لنفط الخليج). It makes a generic "head + adjective" (المديرية العامة، الهيئة الوطنية) a specific body."""
    toks = prepared.tokens
    if not _joins(j, prepared, covered):
        return j
    text = toks[j].text
    original = strip_diacritics(prepared.text[toks[j].start : toks[j].end])
    if text.startswith("لل") and len(text) > 4 and is_arabic(text) and text[1:] not in cues.org_not_names:
        end = j + 1
        articles: tuple[str, ...] = ("ال", "وال")  # its adjective, a second complement: للدفاع *المدني*
    elif (
        text[:1] == "ل"
        and len(text) > 3
        and is_arabic(text)
        and text[1:] not in cues.stop_ar
        and text not in cues.stop_ar
        and not original.endswith((*_PRONOUN_SUFFIXES, "ه", "ها"))
        and _joins(j + 1, prepared, covered)
        and toks[j + 1].text.startswith("ال")
        and toks[j + 1].text not in cues.org_not_names
        and toks[j + 1].text not in _ARTICLE_LOOKALIKES
    ):
        end = j + 2
        articles = ("وال",)  # لمكافحة الفساد *والجريمة*
    else:
        return j
    for article in articles:
        if (
            _joins(end, prepared, covered)
            and toks[end].text.startswith(article)
            and toks[end].text[len(article) - 2 :] not in cues.org_not_names
        ):
            end += 1
    return end


def _nation_stem(word: str) -> str:
    """A country's name or its adjective reduced to a shared stem (البرتغالي, البرتغال -> برتغال; الأميركية,
    أميركا -> اميرك; السعودية, السعودي -> سعود), on folded text."""
    word = word[2:] if word.startswith("ال") else word
    for ending in ("يه", "يا", "ي", "ا"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=4)
def nation_stems(kb: KnowledgeBase | None) -> frozenset[str]:
    """Stems of the KB's one-word Arabic country names, to tell a nationality adjective (الإندونيسية)."""
    if kb is None:
        return frozenset()
    stems = set()
    for entry in kb.entities():
        if entry.is_country:
            for _, name in entry.names():
                tokens = alias_tokens(name)
                if len(tokens) == 1 and is_arabic(tokens[0]):
                    stems.add(_nation_stem(tokens[0]))
    return frozenset(stem for stem in stems if len(stem) >= 3)


def _nationality(word: str, stems: frozenset[str]) -> bool:
    """Is ``word`` (folded) a definite nationality adjective (البرتغالي، الأميركية)?"""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and _nation_stem(word) in stems


def _body_from_head(prepared: PreparedText, head: Match, end: int, label: str) -> Mention:
    """A body named from its head noun's first token up to token ``end`` (exclusive)."""
    end_off = prepared.original_span(head.token_start, end)[1]
    surface = strip_diacritics(prepared.text[head.start : end_off]).strip()
    return Mention(
        head.start,
        end_off,
        head.token_start,
        end,
        label,
        surface,
        None,
        CONF_UNKNOWN * 0.9,
        {"source": "head"},
    )


def _feminine_after_masculine(head: str, word: str) -> bool:
    """A feminine adjective (folded: المادية -> الماديه) after a masculine head (النادي) describes another
    noun: "إمكانات النادي المادية" are the club's material means, not a body called النادي المادية."""
    return not has_feminine_ending(head) and word.endswith("يه")


def _head_word(prepared: PreparedText, head: Match) -> str | None:
    """The folded head noun of a one-word head match, without the clitics glued to it (بقيادة -> قياده)."""
    words = alias_tokens(prepared.text[head.start : head.end])
    return words[0] if len(words) == 1 else None


def _verbal_noun_head(prepared: PreparedText, head: Match, cues: Cues) -> bool:
    """A head that is also a verbal noun, glued to ب (بقيادة، وبحركة، بتنظيم): how or by whom, not a body."""
    if _head_word(prepared, head) not in cues.org_heads_verbal_nouns:
        return False
    glued = prepared.text[prepared.tokens[head.token_start].start : head.start]
    return glued in ("ب", "وب", "فب")


def find_headed_orgs(
    prepared: PreparedText, mentions: list[Mention], cues: Cues, nations: frozenset[str] = frozenset()
) -> list[Mention]:
    """Organisations named by a head noun and what follows it (وزارة الخارجية الجزائرية، قناة "…")."""
    toks = prepared.tokens
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    place_at = {m.token_start: m.label for m in mentions}
    # a title after a body's name opens its holder's (لشرطة المنطقة الشرقية *العقيد* زياد …)
    title_starts = {m.token_start for m in cues.titles.find(prepared)}
    found: list[Mention] = []
    for head in cues.org_heads.find(prepared):
        if any(i in covered for i in range(head.token_start, head.token_end)):
            continue
        # a head listed with its article too (الجيش) is not held to the stricter rule
        definite_head = all(h.entry_id.endswith(f":{DEFINITE_HEAD}") for h in head.hits)
        label = head.hits[0].entry_id.split(":")[1]
        b = head.token_end
        if b >= len(toks):
            continue
        head_surface = prepared.text[head.start : head.end]
        patron_end = None if definite_head else _patron_name_end(b, prepared, mentions, covered, cues)
        if patron_end is not None:
            # named after a patron (مدينة الملك فهد الطبية، مركز الملك عبد العزيز للحوار الوطني، جامعة الإمام
            # محمد بن سعود الإسلامية): the person's name is part of the body's, with the words after it
            end = _body_tail(patron_end, prepared, covered, cues)
            found.append(_body_from_head(prepared, head, end, label))
            covered.update(range(head.token_start, end))
            continue
        if _place_head(toks[head.token_start].text, cues):
            continue  # مدينة names a body only after a patron (مدينة الرياض is the town)
        if _verbal_noun_head(prepared, head, cues) and '"' not in prepared.gap(b - 1, b):
            continue  # بقيادة المدرب: led by the coach, no body (بحركة «…» names one)
        town = _town_at(b, mentions)
        if b in covered:
            if (
                town is None
                or definite_head
                or label != "ORG"
                or not is_arabic(head_surface)
                or prepared.gap(b - 1, b) != " "
            ):
                continue
            # the body of a town (بلدية جدة، جامعة القاهرة، شرطة دبي); of a country it is the state's own
            # (جيش مالي) and stays as the KB or other cues have it
            tail = town.token_end  # not the adjectives after it: نادي ميلانو (الإيطالي) describes the club
            found.append(_body_from_head(prepared, head, tail, label))
            covered.update(range(head.token_start, tail))
            continue
        gap = prepared.gap(b - 1, b)
        name_start, end = head.token_start, b
        if '"' in gap:  # قناة "…": the quoted words are the name, and the span
            while end < len(toks) and end - b < 5 and end not in covered:
                end += 1
                if end < len(toks) and '"' in prepared.gap(end - 1, end):
                    break
            if fold_gap(prepared.text[toks[end - 1].end : toks[end - 1].end + 1]) != '"':
                continue
            if toks[b].text in cues.stop_ar or toks[b].text in cues.org_not_names:
                continue
            name_start = b
        elif is_arabic(head_surface):
            if gap != " " or _head_word(prepared, head) in cues.org_heads_needing_a_known_name:
                continue  # حركة السوق: the everyday word (a known name after it is the KB's, a quoted one above)
            while end < len(toks) and end - b < 4 and end not in covered:
                text = toks[end].text
                definite = text.startswith("ال") or (end > b and text.startswith("وال"))
                if (
                    not definite
                    or text in _ARTICLE_LOOKALIKES
                    or end in title_starts
                    or (
                        text in cues.org_not_names
                        and _complement_end(end + 1, prepared, covered, cues) == end + 1
                    )
                    or (end > b and not _plain_gap(prepared, end - 1))
                    or (definite_head and _feminine_after_masculine(toks[head.token_start].text, text))
                ):
                    break
                end += 1
            # A "لل" complement makes a generic body specific (المديرية العامة *للجوازات*, الجهاز المركزي
            # *للإحصاء*); after a specific one it is more often the next phrase (وزارة الداخلية للمواطنين).
            generic = definite_head or toks[end - 1].text in cues.org_not_names
            if (
                end == b
                and not definite_head
                and toks[b].text in cues.title_place_heads
                and b + 1 < len(toks)
            ):
                # إمارة *منطقة عسير*، بلدية *محافظة الخرج*: the body of a named place
                place = _town_at(b + 1, mentions)
                if place is not None:
                    end = place.token_end
                elif (
                    b + 1 not in covered
                    and _plain_gap(prepared, b)
                    and _arabic_name_word(b + 1, b + 1, prepared, covered, cues)
                ):
                    end = b + 2
            complement_end = _complement_end(end, prepared, covered, cues) if end > b and generic else end
            if complement_end > end:
                end = complement_end
            elif (
                definite_head
                and end - b < 2
                and place_at.get(end) not in _PLACE_LABELS
                and not (  # الاتحاد البرتغالي
                    end == b + 1
                    and _nationality(toks[b].text, nations)
                    and not any(
                        stem in cues.org_heads_described_by_nationality
                        for _, stem in clitic_stems(toks[head.token_start].text)
                    )
                )
            ):
                # المركز الأول، الشركة المتعهدة: the article makes the head a common noun, unless a
                # place follows (القنصلية الإندونيسية بجدة)
                continue
        else:
            if not head_surface[:1].isupper() and not _lowercase_head_named(prepared, b):
                continue
            last_cap = b
            while end < len(toks) and end - b < 5 and end not in covered and _plain_gap(prepared, end - 1):
                if _latin_capitalised(prepared, end):
                    end += 1
                    last_cap = end
                elif toks[end].text in cues.particles_latin or toks[end].text in ("of", "for", "the", "pour"):
                    end += 1
                elif (end == b or _latin_capitalised(prepared, end - 1)) and latin_adjective(toks[end].text):
                    end += 1  # ministère *malien* de la Défense, Affaires *étrangères*, Conseil *national*
                    last_cap = end
                else:
                    break
            end = last_cap
        if end == b:
            continue
        start_off = head.start if name_start == head.token_start else prepared.original_span(b, end)[0]
        end_off = prepared.original_span(head.token_start, end)[1]
        surface = prepared.text[start_off:end_off]
        found.append(
            Mention(
                start_off, end_off, name_start, end, label, strip_diacritics(surface).strip(),
                None, CONF_UNKNOWN * 0.9, {"source": "head"},
            )
        )  # fmt: skip
        covered.update(range(head.token_start, end))
    return found


# --- the model's one-word names that are part of a person's name ----------------------------------

#: The label of the statistical model that a one-word part of a person's name is often given by mistake (a
#: place-like word it tags LOC is more often the place: عسير).
_RETYPABLE = frozenset({"ORG"})
#: A name part shorter than this (normalised characters) is too likely to be another word.
MIN_NAME_PART = 3


def _person_name_words(names: Sequence[str], cues: Cues) -> frozenset[str]:
    """The distinctive words of the people named in full (two words or more) in a text."""
    words: set[str] = set()
    for name in names:
        tokens = alias_tokens(name)
        if len(tokens) < 2:
            continue
        words.update(
            t for t in tokens
            if len(t) >= MIN_NAME_PART and t not in cues.particles_ar and t not in cues.stop_ar
            and t.casefold() not in cues.stop_latin
        )  # fmt: skip
    return frozenset(words)


def _not_a_person(ann: Annotation, cues: Cues) -> bool:
    """A one-word Arabic person of the model that cannot be a name: a function word or weekday (الجمعة), a title
    on its own (الشيخ), a word with tanwin (سعيدٌ، برستيجاً: an indefinite noun or adjective)."""
    if ann.label != "PER" or ann.attrs.get("source") != "ner" or not is_arabic(ann.text):
        return False
    tokens = alias_tokens(ann.text)
    if len(tokens) != 1:
        return False
    return (
        tokens[0] in cues.stop_ar
        or bool(_TANWIN.search(ann.text))
        or any(m.token_start == 0 and m.token_end == 1 for m in cues.titles.find(prepare(ann.text)))
    )


def _nationality_after_title(
    ann: Annotation, token_at_start: Mapping[int, int], title_ends: frozenset[int], stems: frozenset[str]
) -> bool:
    """A one-word person of the model that is a nationality right after a title (الرئيس *التايواني* ما يينج
    جيو): the title's adjective. Elsewhere such a word may be a family name (وقال المصري)."""
    if (
        ann.label != "PER"
        or ann.attrs.get("source") != "ner"
        or token_at_start.get(ann.start) not in title_ends
    ):
        return False
    tokens = alias_tokens(ann.text)
    return len(tokens) == 1 and _nationality(tokens[0], stems)


_FIRST_WORD = re.compile(r"\s*\S+\s+")


def _without_title_word(doc: Document, ann: Annotation, cues: Cues) -> Annotation:
    """A person of the model that starts with a word of the title before it (العقيد *دكتور* عاطي القرشي، اللواء
    *ركن* سعيد الغامدي) starts after that word."""
    if ann.label != "PER" or ann.attrs.get("source") != "ner" or not is_arabic(ann.text):
        return ann
    tokens = alias_tokens(ann.text)
    first = _FIRST_WORD.match(ann.text)
    if len(tokens) < 3 or tokens[0] not in cues.modifiers or first is None:
        return ann
    return doc.annotation(
        LAYER,
        ann.start + first.end(),
        ann.end,
        "PER",
        attrs=ann.attrs,
        stage=ann.stage,
        confidence=ann.confidence,
    )


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _after_place_head(text: str, start: int, cues: Cues) -> bool:
    """Does the word before ``start`` open a place (منطقة عسير صالح: a "person" that swallowed a place)?"""
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    return before is not None and any(_place_head(tok, cues) for tok in alias_tokens(before.group(1)))


def retype_name_parts(
    doc: Document,
    model_entities: Sequence[Annotation],
    people: Sequence[str],
    cues: Cues,
    places: Sequence[Annotation] = (),
) -> list[Annotation]:
    """The statistical model's one-word ORG spans that are a word of a person named in full in the same text
    (مورينيو after جوزيه مورينيو, لفينجر after ارسين فينجر) are that person: PER, the clitic left out of the
    span. The model tags a lone foreign surname by its context; the full name says what it is."""
    words = _person_name_words(people, cues) - {
        stem for a in places for tok in alias_tokens(a.text) for _, stem in clitic_stems(tok)
    }  # a word the text also uses as a place is the place
    out: list[Annotation] = []
    for ann in model_entities:
        tokens = alias_tokens(ann.text) if ann.label in _RETYPABLE and words else ()
        if len(tokens) == 1 and ann.attrs.get("source") == "ner":
            for prefix, stem in clitic_stems(tokens[0]):
                if stem in words and doc.text.startswith(prefix, ann.start):
                    start = ann.start + len(prefix)
                    attrs = {**ann.attrs, "retyped_from": ann.label}
                    ann = doc.annotation(
                        LAYER, start, ann.end, "PER", attrs=attrs, stage=ann.stage, confidence=ann.confidence
                    )
                    break
        out.append(ann)
    return out


def link_given_names(
    doc: Document, model_entities: Sequence[Annotation], people: Sequence[Annotation], cues: Cues
) -> list[Annotation]:
    """A later one-word person that is the given name of exactly one person named in full before it (الأمير
    فيصل after الأمير فيصل بن خالد بن عبدالعزيز) gets that person's ``canonical``; coreference then links it.
    Surnames are linked by coreference itself; a given name two people share links to neither."""
    firsts: dict[str, list[tuple[int, str]]] = {}
    for person in people:
        tokens = alias_tokens(doc.text[person.start : person.end])
        if len(tokens) >= 2 and len(tokens[0]) >= MIN_NAME_PART and tokens[0] not in cues.particles_ar:
            canonical = str(person.attrs.get("canonical") or strip_diacritics(person.text).strip())
            for _, stem in clitic_stems(tokens[0]):  # ومحمد بن زايد: the given name is محمد
                firsts.setdefault(stem, []).append((person.start, canonical))
    out: list[Annotation] = []
    for ann in model_entities:
        tokens = alias_tokens(ann.text) if ann.label == "PER" and "canonical" not in ann.attrs else ()
        if len(tokens) == 1:
            for _, stem in clitic_stems(tokens[0]):
                owners = {canonical for start, canonical in firsts.get(stem, ()) if start < ann.start}
                if len(owners) == 1:
                    attrs = {**ann.attrs, "canonical": owners.pop(), "mention": "given_name"}
                    ann = doc.annotation(
                        LAYER,
                        ann.start,
                        ann.end,
                        "PER",
                        attrs=attrs,
                        stage=ann.stage,
                        confidence=ann.confidence,
                    )
                    break
        out.append(ann)
    return out


# --- titles of people found by other means ---------------------------------------------------------


#: Title classes that say how a person is addressed more than what office they hold (السيد، الدكتور).
_COURTESY_CLASSES = frozenset({"honorific", "expert"})


def titled_people(
    doc: Document,
    prepared: PreparedText,
    slots: Sequence[TitleSlot],
    entities: Sequence[Annotation],
    cues: Cues,
    also: Sequence[Annotation] = (),
) -> list[Annotation]:
    """Arabic people of ``entities`` without a title that stand right after a title (رئيس الحكومة، سعد الدين
    العثماني, found by the model) or right before one in apposition (مصطفى مدبولي رئيس الوزراء: — no name
    after the title) get its ``title`` and ``role_class``, as people found by the title cue do; coreference
    and speakers resolve role phrases (وأضاف رئيس الوزراء) with them."""
    token_at_start = {tok.start: i for i, tok in enumerate(prepared.tokens)}
    token_at_end = {tok.end: i for i, tok in enumerate(prepared.tokens)}
    before = {slot.name_start: slot for slot in slots if slot.name_start >= 0}
    after = {slot.title_start: slot for slot in slots}
    named = {token_at_start.get(a.start) for a in [*entities, *also] if a.label == "PER"}
    covered: set[int] = set()
    out: list[Annotation] = []
    for ann in entities:
        slot = None
        weak = ann.attrs.get("role_class") in _COURTESY_CLASSES  # الدكتور مصطفى مدبولي رئيس الوزراء
        if ann.label == "PER" and ("title" not in ann.attrs or weak) and is_arabic(ann.text):
            first, last = token_at_start.get(ann.start), token_at_end.get(ann.end)
            slot = before.get(first) if first is not None and "title" not in ann.attrs else None
            if slot is None and last is not None and last + 1 in after:
                follower = after[last + 1]
                if (
                    follower.info["role_class"] not in _COURTESY_CLASSES
                    and not (first and prepared.tokens[first - 1].text in cues.apposition_blockers)
                    and prepared.gap(last, last + 1).strip() in ("", "،", ",")
                    and follower.name_start not in named
                    and not _name_at(follower.name_start, prepared, covered, cues)
                ):
                    slot = follower  # apposition: the title after the name is that person's
        if slot is not None:
            attrs = {**ann.attrs, **slot.info}
            ann = doc.annotation(
                LAYER, ann.start, ann.end, ann.label, attrs=attrs, stage=ann.stage, confidence=ann.confidence
            )
        out.append(ann)
    return out


def _name_at(k: int, prepared: PreparedText, covered: set[int], cues: Cues) -> bool:
    """Does a personal name of two words or more start at token ``k`` (so a title before it is its own)?"""
    if k < 0 or k >= len(prepared.tokens):
        return False
    if is_arabic(prepared.tokens[k].text):
        return _arabic_name(k, prepared, covered, cues) - k >= 2
    return _latin_name(k, prepared, covered, cues)[0] - k >= 2


# --- the stage ------------------------------------------------------------------------------------


def kb_for(config: Mapping[str, Any]) -> KnowledgeBase | None:
    """The KB a stage should use, from its config (``use_kb``, ``kb_files``)."""
    if not config.get("use_kb", True):
        return None
    return load_kb(tuple(config.get("kb_files") or ()))


def mention_attrs(mention: Mention) -> dict[str, Any]:
    attrs: dict[str, Any] = {"canonical": mention.canonical}
    entry = mention.entry
    if entry is not None:
        attrs["kb_id"] = entry.id
        if entry.country:
            attrs["country"] = entry.country
        if entry.ids.get("wikidata"):
            attrs["wikidata"] = entry.ids["wikidata"]
        if entry.category:
            attrs["category"] = entry.category  # what kind of body (sports_club): read by later stages
    if type_family(mention.label) != mention.label:
        attrs["type_family"] = type_family(mention.label)
    attrs.update(mention.attrs)
    return attrs


def _with_given_names(prepared: PreparedText, mentions: list[Mention]) -> list[Mention]:
    """KB people widened over the given name their alias lacks ("Yevgeni" + Prigozhin).

    The given name is a bare word, or a one-word person a title found just before the KB match
    ("Secretary of State *Anthony*" + Blinken): the title's attributes then go to the KB person.
    """
    ordered = sorted(mentions, key=lambda m: m.token_start)
    covered = {i for m in ordered for i in range(m.token_start, m.token_end)}
    out: list[Mention] = []
    for m in ordered:
        if m.entry is None or m.label != "PER":
            out.append(m)
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.entry is None
            and prev.label == "PER"
            and prev.token_end == m.token_start
            and prev.token_end - prev.token_start == 1
            and prepared.gap(prev.token_start, m.token_start) == " "
        ):
            attrs = {k: v for k, v in prev.attrs.items() if k != "source"} | dict(m.attrs)
            out[-1] = Mention(prev.start, m.end, prev.token_start, m.token_end, m.label, m.canonical, m.entry, m.confidence, attrs)  # fmt: skip
            continue
        k = given_name_before(prepared, m, covered)
        if k is not None:
            start = prepared.original_span(k, k + 1)[0]
            m = Mention(start, m.end, k, m.token_end, m.label, m.canonical, m.entry, m.confidence, m.attrs)
        out.append(m)
    return out


def _capitalised_mention(prepared: PreparedText, span: NameSpan) -> Mention:
    start, end = prepared.original_span(span.token_start, span.token_end)
    canonical = strip_diacritics(span.canonical or prepared.text[start:end]).strip()
    confidence = CONF_UNKNOWN if span.label == "PER" else CONF_UNKNOWN * 0.9
    return Mention(start, end, span.token_start, span.token_end, span.label, canonical, None, confidence,
                   {"source": "capitalised", "cue": span.cue})  # fmt: skip


def home_country_mentions(
    prepared: PreparedText, kb: KnowledgeBase, url: str, mentions: Sequence[Mention], cues: Cues
) -> list[Mention]:
    """ "المملكة" in a Saudi (Moroccan, Jordanian, Bahraini) outlet's article: the publisher's own country, known
    from the URL's domain through the knowledge base's media entries. Not before an adjective that names another
    kingdom (المملكة المتحدة, المملكة الأردنية, المملكة الشقيقة), nor inside a longer name already found."""
    outlet = kb.by_domain(urlparse(url).hostname or "")
    if outlet is None or outlet.country not in cues.home_countries:
        return []
    country = kb.get(f"rasid:gpe/{outlet.country.lower()}")
    if country is None:
        return []
    toks = prepared.tokens
    at_stem = {i: stem for stem in cues.home_country_words for i in prepared.stem_positions.get(stem, ())}
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)} if at_stem else set()
    found = []
    for i, stem in sorted(at_stem.items()):
        if i in covered:
            continue
        tok = toks[i]
        nxt = toks[i + 1].text if i + 1 < len(toks) and prepared.gap(i, i + 1) == " " else ""
        if nxt.startswith("ال") and nxt.endswith(("ه", "ي")):
            continue  # an adjective after it: another kingdom, or another sense
        # the noun without its clitics, with its article when written (بالمملكة -> المملكة, للمملكة -> مملكة)
        noun = stem.removeprefix("ال")
        at = prepared.text.find(noun[:3], tok.start, tok.end)
        start = tok.start if at < 0 else at - 2 if prepared.text[max(tok.start, at - 2) : at] == "ال" else at
        found.append(
            Mention(start, tok.end, i, i + 1, country.type, country.name, country, CONF_UNKNOWN,
                    {"source": "home_country"})
        )  # fmt: skip
    return found


def find_mentions(
    doc: Document,
    kb: KnowledgeBase | None,
    *,
    unknown_names: bool = True,
    prepared: PreparedText | None = None,
    slots: list[TitleSlot] | None = None,
    model_people: frozenset[int] = frozenset(),
) -> list[Mention]:
    """All entity mentions of a document: KB matches first, then names found by cues. The titles seen are
    appended to ``slots`` when given."""
    prepared = prepared if prepared is not None else prepare(doc.text)
    cues = load_cues()
    mentions: list[Mention] = []
    if kb is not None:
        mentions = resolve_matches(entity_matcher(kb).find(prepared), prepared, kb, cues)
    titled, titles_of = (
        find_titled_names(prepared, mentions, cues, slots, model_people) if unknown_names else ([], {})
    )
    if titles_of:
        mentions = [
            Mention(m.start, m.end, m.token_start, m.token_end, m.label, m.canonical, m.entry, m.confidence,
                    {**m.attrs, **titles_of[m.token_start]})
            if m.token_start in titles_of else m
            for m in mentions
        ]  # fmt: skip
    mentions += titled
    if kb is not None and doc.url:
        mentions += home_country_mentions(prepared, kb, doc.url, mentions, cues)
    if unknown_names:
        bodies = find_headed_orgs(prepared, mentions, cues, nation_stems(kb))
        # a body named after its town (بلدية جدة) takes the town's mention into its own
        mentions = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end for o in bodies)]
        mentions += bodies
        mentions = _with_given_names(prepared, mentions)
        spans = find_capitalised_names(prepared, mentions, cues.stop_latin)
        taken = {i for span in spans for i in range(span.token_start, span.token_end)}
        # A one-word place the finder read as a given name (Victoria Nuland) gives way to the person.
        mentions = [m for m in mentions if taken.isdisjoint(range(m.token_start, m.token_end))]
        mentions += [_capitalised_mention(prepared, span) for span in spans]
    return sorted(mentions, key=lambda m: (m.start, -m.end))


@register_stage(
    STAGE,
    provides=(LAYER,),
    description="Entities linked to the knowledge base (Arabic clitics, normalisation), plus names found by title and head-noun cues.",
    defaults={"kb_files": (), "use_kb": True, "unknown_names": True},
    check=kb_for,
)
def entities_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    prepared = prepare(doc.text)
    slots: list[TitleSlot] = []
    token_at_start = {tok.start: i for i, tok in enumerate(prepared.tokens)}
    model_people = frozenset(
        token_at_start[a.start]
        for a in doc.layer(LAYER)
        if a.stage != STAGE and a.label == "PER" and a.start in token_at_start
    )
    kb = kb_for(config)
    mentions = find_mentions(
        doc,
        kb,
        unknown_names=bool(config.get("unknown_names", True)),
        prepared=prepared,
        slots=slots,
        model_people=model_people,
    )
    annotations: list[Annotation] = [
        doc.annotation(
            LAYER, m.start, m.end, m.label, attrs=mention_attrs(m), stage=STAGE, confidence=m.confidence
        )
        for m in mentions
    ]
    # Entities another stage put here first (the default pipeline runs the statistical NER before
    # this stage, so that it can tag a whole batch of documents at once) stay where no KB or rule
    # match overlaps them: those win. This stage's own earlier output is replaced.
    taken = SpanSet((a.start, a.end) for a in annotations)
    cues = load_cues()
    title_ends = frozenset(slot.title_end for slot in slots)
    others = [
        a
        for a in doc.layer(LAYER)
        if a.stage != STAGE
        and not taken.overlaps(a.start, a.end)
        and not _not_a_person(a, cues)
        and not _nationality_after_title(a, token_at_start, title_ends, nation_stems(kb))
    ]
    others = [_without_title_word(doc, a, cues) for a in others]
    after_place: dict[int, bool] = {}  # asked twice for most people: once each

    def named_person(a: Annotation) -> bool:
        if a.label != "PER":
            return False
        if a.start not in after_place:
            after_place[a.start] = _after_place_head(doc.text, a.start, cues)
        return not after_place[a.start]

    people = [doc.text[a.start : a.end] for a in annotations + others if named_person(a)]
    places = [a for a in annotations + others if a.label in _PLACE_LABELS]
    others = retype_name_parts(doc, others, people, cues, places)
    full = [a for a in annotations + others if named_person(a)]
    others = link_given_names(doc, others, full, cues)
    if slots:
        annotations, others = (
            titled_people(doc, prepared, slots, annotations, cues),
            titled_people(doc, prepared, slots, others, cues, also=annotations),
        )
    return doc.with_layer(LAYER, annotations + others)
