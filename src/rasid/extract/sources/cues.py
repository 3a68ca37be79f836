"""The source cue data: the knowledge base's outlets, the cue words per language and the Russian declension
tables, read once per set of cue files."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasid.extract.cues import (
    alternation,
    fold,
    load_cues,
)

#: Signature lines are looked for among this many last non-empty lines.
SIGNATURE_LINES = 4
#: An agency's acronym in parentheses before the dateline's dash, in the written text (capitals matter):
#: "Benghazi, Dec 30 (UNI)- …", "ABUJA (NAN) —", "Sanaa, Feb 23 (IANS): …". Known agencies are found by
#: ``paren_agency`` too.
LEAD_ACRONYM = re.compile(
    # a city in capitals ("ABUJA"), or a city and a date ("Benghazi, Dec 30"): not "The Congress (APC) - …"
    r"(?m)^[ \t]*(?:[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{1,30}|[A-ZА-ЯЁ][\w.'-]+(?:[ \t][A-ZА-ЯЁ][\w.'-]+)?,[ \t]*"
    r"(?:\d{1,2}[ \t]+\w+\.?|\w+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?)[ \t]*"
    r"[(\[][ \t]*(?P<acronym>[A-ZА-ЯЁ]{2,6})[ \t]*[)\]][ \t]*[-—–:]"
)
#: An agency between slashes after a dateline's city and date, in the written text (capitals matter), known or
#: not: "АСТАНА, 5 марта. /Казинформ/ -", "МИНСК, 3 мая /БелТА/.", "BAKU, May 3 /Trend/".
LEAD_SLASH_NAME = re.compile(
    r"(?m)^[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{1,30},[ \t]*(?:\d{1,2}[ \t]+[^\W\d_]+|[^\W\d_]+[ \t]+\d{1,2})\.?[ \t]*"
    r"/[ \t]*(?P<name>[A-ZА-ЯЁ][^/\n]{1,30}?)[ \t]*/"
)
#: An agency's acronym in parentheses right after a dateline's dash: "LAGOS — (NAN) The governor …".
LEAD_DASH_ACRONYM = re.compile(
    r"(?m)^[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{1,30}[ \t]+[-—–][ \t]*[(\[][ \t]*(?P<acronym>[A-ZА-ЯЁ]{2,6})[ \t]*[)\]]"
)
#: An agency named in parentheses, in the written text: "Ouagadougou, le 5 mars – (Agence Ecofin) Le pays …".
PAREN_AGENCY_NAME = re.compile(r"\((?P<name>(?:Agence|Agency)[ \t]+[A-ZÉ][\w'’-]+(?:[ \t][A-ZÉ][\w'’-]+)?)\)")
#: Kinds in the order they win when two candidates overlap.
PRIORITY = (
    "original_url",
    "photo_credit",
    "agency",
    "social_channel",
    "interview",
    "told_outlet",
    "research",
    "cited_outlet",
    "vague",
    "publisher",
)
#: Characters at the start of a text where a lone agency abbreviation is a dateline credit.
LEAD_CREDIT_CHARS = 300
#: Characters before/after a name searched for the words that make it a cited source.
CONTEXT_CHARS = 60

#: Words that may lead an interview cue: "في مقابلة مع", "وخلال حديثه إلى".
INTERVIEW_LEADS = ("في", "خلال", "وخلال")

URL = re.compile(r"https?://[^\s<>\"'»”]+")


@dataclass(frozen=True)
class Outlet:
    name: str
    kb_id: str | None


@dataclass(frozen=True)
class SourceCues:
    outlets: Mapping[str, Outlet]  # folded alias -> outlet
    agencies: Mapping[str, Outlet]
    publishers: Mapping[str, Outlet]  # outlets and organisations that sign articles (KB MEDIA + ORG)
    agency_alt: str
    outlet_alt: str
    kb: Any
    research: Mapping[str, Outlet]  # folded form -> research group / monitor / imagery provider
    # outlet names in Latin or Cyrillic letters by their first word (see _known_latin_outlets)
    latin_by_first_word: Mapping[str, tuple[str, ...]]
    # folded words one of which every staff_witness match holds (the pattern is tried only around them)
    staff_anchors: tuple[str, ...] = ()
    # photo banks by their site's name (gettyimages): their address credits a picture, not the story
    photo_banks: frozenset[str] = frozenset()
    # agency forms that credit nothing alone on a line ("MAP", "Petra"): everyday words or names
    not_alone: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def source_cues(
    extra_files: tuple[str, ...] = (), kb_files: tuple[str, ...] = (), use_kb: bool = True
) -> SourceCues:
    data = load_cues("sources", extra_files)
    agencies: dict[str, Outlet] = {}
    outlets: dict[str, Outlet] = {}
    kb = None
    if use_kb:
        try:
            from rasid.kb import load_kb

            kb = load_kb(kb_files)
        except ImportError:  # the KB package is optional for this stage
            kb = None
    kb_by_name: dict[str, Outlet] = {}
    publishers: dict[str, Outlet] = {}
    if kb is not None:
        for entry in kb.entities():
            if entry.type not in ("MEDIA", "ORG"):
                continue
            outlet = Outlet(entry.name, entry.id)
            for _, name in entry.names():
                if len(fold(name)) >= 2:
                    publishers.setdefault(fold(name), outlet)
                    if entry.type == "MEDIA":
                        kb_by_name.setdefault(fold(name), outlet)
    for canonical, forms in data["agencies"].items():
        linked = kb_by_name.get(fold(canonical))
        if linked is None:
            linked = next((kb_by_name[fold(f)] for f in forms if fold(f) in kb_by_name), None)
        outlet = linked or Outlet(canonical, None)
        for form in [canonical, *forms]:
            agencies[fold(form)] = outlet
    outlets.update(kb_by_name)
    for key, value in agencies.items():
        outlets.setdefault(key, value)
    # the Arabic article in Latin letters is written with a space or a hyphen: "Al Hadath", "Al-Hadath"
    for key, value in list(outlets.items()):
        if re.match(r"(?:al|el)[ -]\w", key):
            outlets.setdefault(key[:2] + ("-" if key[2] == " " else " ") + key[3:], value)
    for key, value in list(outlets.items()):
        for form in _arabic_agency_forms(key, tuple(data["ar_agency_name_forms"])):
            outlets.setdefault(form, value)
    declension = russian_declension(extra_files)
    for key, value in list(outlets.items()):
        for form in (*_russian_case_forms(key, declension), *russian_phrase_case_forms(key, declension)):
            outlets.setdefault(form, value)
    publishers.update(outlets)
    research: dict[str, Outlet] = {}
    for canonical, forms in data["research_groups"].items():
        linked = next((publishers[fold(f)] for f in [canonical, *forms] if fold(f) in publishers), None)
        group = Outlet(canonical, linked.kb_id if linked else None)
        for form in [canonical, *forms]:
            research[fold(form)] = group
            for declined in russian_phrase_case_forms(fold(form), declension):
                research.setdefault(declined, group)
    latin: dict[str, list[str]] = {}
    for key in outlets:
        if len(key) >= 3 and re.match(r"[a-zа-я0-9]", key):
            # indexed by its first word as the text's words are cut ("lenta.ru" under "lenta")
            latin.setdefault(re.split(r"[\W_]+", key, maxsplit=1)[0], []).append(key)
    return SourceCues(
        latin_by_first_word={word: tuple(keys) for word, keys in latin.items()},
        outlets=outlets,
        agencies=agencies,
        publishers=publishers,
        agency_alt=alternation(agencies),
        outlet_alt=alternation(outlets),
        kb=kb,
        research=research,
        staff_anchors=tuple(fold(w) for w in data["staff_anchors"]),
        photo_banks=frozenset(fold(w) for w in data["photo_banks"]),
        not_alone=frozenset(fold(w) for w in data["agency_forms_not_alone"]),
    )


#: A nationality adjective with its article, one or two words (folded: السوريه, العربيه السوريه).
_NISBA = r"(?P<nisba>ال[^\W\d_]+يه(?: ال[^\W\d_]+يه)?)"


@lru_cache(maxsize=8)
def _arabic_agency_templates(forms: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each folded form of an agency's name as a pattern with its nationality adjective, and as a template."""
    out = []
    for form in forms:
        template = fold(form)
        before, after = template.split("{nisba}")
        out.append((re.compile(re.escape(before) + _NISBA + re.escape(after)), template))
    return tuple(out)


def _arabic_agency_forms(folded_name: str, forms: tuple[str, ...]) -> list[str]:
    """The other ways of writing an Arabic national agency's name ("وكاله الانباء السوريه" is also
    "الوكاله السوريه للانباء"), or none when the name is written in none of ``forms``."""
    templates = _arabic_agency_templates(forms)
    for pattern, _ in templates:
        if m := pattern.fullmatch(folded_name):
            return [t.replace("{nisba}", m["nisba"]) for _, t in templates]
    return []


#: A one-word Cyrillic name ending in a consonant is declined: Интерфакс → по данным Интерфакса, Интерфаксу.
_RU_DECLINABLE = re.compile(r"[а-яё]{4,}[бвгджзклмнпрстфхцчшщ]")
#: A Cyrillic noun in -а/-я with a domain ending is declined as the noun: Газета.Ru → Газете.Ru.
_RU_DOMAIN_NAMED = re.compile(r"(?P<word>[а-яё]{3,}[ая])(?P<suffix>\.(?:ru|ру|рф))")


@dataclass(frozen=True)
class RussianDeclension:
    """The Russian case endings of the cue file's ``russian_declension`` (folded, ё as е)."""

    name_endings: tuple[str, ...]  # added to a one-word name ending in a consonant
    adjective_cases: Mapping[str, tuple[str, ...]]  # nominative ending -> oblique endings, in case order
    noun_cases: Mapping[str, tuple[str, ...]]  # tried in file order, "" (a consonant) last
    softening: str  # consonants after which the genitive of a noun in -а takes -и


@lru_cache(maxsize=8)
def russian_declension(extra_files: tuple[str, ...] = ()) -> RussianDeclension:
    data = load_cues("sources", extra_files)["russian_declension"]
    return RussianDeclension(
        name_endings=tuple(data["name_endings"]),
        adjective_cases={end: tuple(cases) for end, cases in data["adjective_cases"].items()},
        noun_cases={end: tuple(cases) for end, cases in data["noun_cases"].items()},
        softening=data["softening"],
    )


def _russian_case_forms(folded_name: str, declension: RussianDeclension) -> tuple[str, ...]:
    if domain_named := _RU_DOMAIN_NAMED.fullmatch(folded_name):
        # "Газета.Ru" → "в интервью «Газете.Ru»", "Лента.ру" → "по данным Ленты.ру": the noun declines
        word, suffix = domain_named["word"], domain_named["suffix"]
        ending = word[-1]
        cases = declension.noun_cases[ending]
        if ending == "а" and word[-2] in declension.softening:
            cases = ("и", *cases[1:])
        return tuple(word[:-1] + case + suffix for case in cases)
    if not _RU_DECLINABLE.fullmatch(folded_name):
        return ()
    return tuple(folded_name + ending for ending in declension.name_endings)


def russian_phrase_case_forms(folded_name: str, declension: RussianDeclension) -> tuple[str, ...]:
    """The oblique cases of a Cyrillic name of two words or more whose leading adjectives and head noun
    decline together (the words after the head, "по правам человека", do not)."""
    words = folded_name.split(" ")
    if len(words) < 2 or not re.fullmatch(r"[а-я-]+", words[0]):
        return ()
    adjective_cases, noun_cases = declension.adjective_cases, declension.noun_cases
    forms: list[str] = []
    for case in range(len(next(iter(noun_cases.values())))):
        out = []
        head_done = False
        for word in words:
            if head_done:
                out.append(word)
                continue
            adjective = next((e for e in adjective_cases if word.endswith(e) and len(word) > 3), None)
            if adjective is not None:
                out.append(word[: -len(adjective)] + adjective_cases[adjective][case])
                continue
            if not re.fullmatch(r"[а-я-]{4,}", word):
                return tuple(forms)
            ending = next(e for e in noun_cases if word.endswith(e))
            if ending == "" and not re.search("[бвгджзклмнпрстфхцчшщ]$", word):
                return tuple(forms)  # a noun ending in ь or a vowel left out declines otherwise
            new = noun_cases[ending][case]
            if ending == "а" and case == 0 and word[-2:-1] in declension.softening:
                new = "и"
            out.append(word[: len(word) - len(ending)] + new)
            head_done = True
        if head_done:
            forms.append(" ".join(out))
    return tuple(forms)


#: Capitalised words after a platform that are not its owner ("said on Telegram Monday").
_NOT_OWNERS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|The|This|That|It|He|She|They|We|A|An|In|On|At|But|And|"
    r"Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Le|La|Les|Il|Elle|Ils|Mais|Et|В|И|Но|Он|Она|Они)"
)
#: The owner of a channel named right after it: "канале Минобороны", "compte X du ministère de la Défense".
OWNER_AFTER = re.compile(
    r"[ \t]+(?:(?:du|de la|de l'|des|of the|of)[ \t]+(?P<owner_of>\w[\w'’-]*)|(?!" + _NOT_OWNERS + r"\b)"
    r"(?P<owner_cap>[A-ZА-ЯЁ][\w'’-]*))"
    r"(?P<rest>(?:[ \t]+(?:(?:de la|de l'|du|des|de|of the|of|the|и)[ \t]+)?[A-ZА-ЯЁ][\w'’-]*){0,2})"
)
#: One channel's own name after the channel word: quoted, or a capitalised name in Latin script ("телеграм-канал
#: Baza", "Telegram channel Rybar"); a Cyrillic capitalised word there is the owner ("канале Минобороны").
_CHANNEL_NAME = (
    r"(?:[«\"“„][ \t]*[^\"»”“\n]{1,40}?[ \t]*[\"»”]|(?!"
    + _NOT_OWNERS
    + r"\b)[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)"
)
#: Channels' names after the channel word, several joined by "и", "and", "et" or commas.
CHANNEL_NAMES_AFTER = re.compile(
    r"[ \t]+(?P<names>" + _CHANNEL_NAME + r"(?:[ \t]*(?:,|и|and|et)[ \t]+" + _CHANNEL_NAME + r")*)(?![\w'’-])"
)
#: A channel's name right after the platform: quoted on the same line («Военная хроника») or a handle.
QUOTED_NAME = r"""[ \t]*(?:[«"“][ \t]*(?P<channel>[^"»”\n]{1,40}?)[ \t]*["»”]|(?P<handle>@[\w.]{2,40}))"""


#: Latin letters spelled out in Arabic (folded), as in acronyms written in Arabic script: بي بي سي, إن إتش كي.
LATIN_LETTER_NAMES = "بي|سي|دي|تي|اتش|كي|جي|اف|ام|ار|اس|ايه|واي|زد"
