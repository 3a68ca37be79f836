"""Sources: where a story says it came from, each typed and linked to the KB outlet.

``rasid.sources.v1`` adds the ``sources`` layer. Labels (kinds):

* ``agency`` — a credit line or tag: ``المصدر: تاس``, ``(رويترز)``, ``- أ ف ب``,
  ``MOSCOW, August 21. /TASS/.``, ``(AFP) —``;
* ``original_url`` — "أصل الخبر" (or "original article"…) followed by a link, possibly
  on a later line; ``attrs.url`` and ``attrs.outlet`` (from the link's domain);
* ``cited_outlet`` — an outlet cited for a fact: نقلاً عن وكالة…, selon Le Monde,
  according to Reuters, по данным ТАСС;
* ``told_outlet`` — the outlet someone spoke to: قال لوكالة…, told TASS, a déclaré à l'AFP,
  сообщил ТАСС, в интервью РИА Новости;
* ``interview`` — an interview venue: في مقابلة مع قناة RTVI, in an interview with…;
* ``social_channel`` — a Telegram channel or an X/Twitter/Facebook… account where something was
  posted: عبر حسابه في تويتر, on its Telegram channel, в телеграм-канале «…»; ``attrs.platform``
  and, when written, ``attrs.channel``;
* ``research`` — a research group, monitor, think tank or imagery provider cited as evidence:
  according to ACLED, satellite images from Maxar, أفاد المرصد السوري;
* ``vague`` — a collective unnamed source: مصادر محلية, local sources, Russian media, СМИ;
* ``publisher`` — a signature line near the end naming the publishing outlet;
* ``photo_credit`` — ``Photo:``/``صورة:``/``Фото:`` credits, also broken across a line.

A government or military body that speaks ("a indiqué l'armée", "selon le ministère", بحسب وزارة
الدفاع) is the speaker of a statement, not a cited source; its report, data or figures are (research).

``attrs.outlet`` is the KB's canonical name when the outlet is known (``attrs.kb_id``
too), else the name as written. Photo credits and the publisher's signature are kept as
their own kinds: they say who made the page, not where its information came from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from rasid.extract.cues import (
    B_END,
    B_START,
    alternation,
    finditer_near,
    first_words,
    fold,
    folded_lines,
    load_cues,
    normalized,
)
from rasid.model import Annotation, Document
from rasid.pipeline import register_stage

STAGE = "rasid.sources.v1"
#: Signature lines are looked for among this many last non-empty lines.
SIGNATURE_LINES = 4
#: An agency's acronym in parentheses before the dateline's dash, in the written text (capitals matter):
#: "Benghazi, Dec 30 (UNI)- …", "ABUJA (NAN) —", "Sanaa, Feb 23 (IANS): …". Known agencies are found by
#: ``paren_agency`` too.
_LEAD_ACRONYM = re.compile(
    # a city in capitals ("ABUJA"), or a city and a date ("Benghazi, Dec 30"): not "The Congress (APC) - …"
    r"(?m)^[ \t]*(?:[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{1,30}|[A-ZА-ЯЁ][\w.'-]+(?:[ \t][A-ZА-ЯЁ][\w.'-]+)?,[ \t]*"
    r"(?:\d{1,2}[ \t]+\w+\.?|\w+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?)[ \t]*"
    r"[(\[][ \t]*(?P<acronym>[A-ZА-ЯЁ]{2,6})[ \t]*[)\]][ \t]*[-—–:]"
)
#: An agency named in parentheses, in the written text: "Ouagadougou, le 5 mars – (Agence Ecofin) Le pays …".
_PAREN_AGENCY_NAME = re.compile(
    r"\((?P<name>(?:Agence|Agency)[ \t]+[A-ZÉ][\w'’-]+(?:[ \t][A-ZÉ][\w'’-]+)?)\)"
)
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
_INTERVIEW_LEADS = ("في", "خلال", "وخلال")

_URL = re.compile(r"https?://[^\s<>\"'»”]+")


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
    declension = russian_declension(extra_files)
    for key, value in list(outlets.items()):
        for form in (*_russian_case_forms(key, declension), *_russian_phrase_case_forms(key, declension)):
            outlets.setdefault(form, value)
    publishers.update(outlets)
    research: dict[str, Outlet] = {}
    for canonical, forms in data["research_groups"].items():
        linked = next((publishers[fold(f)] for f in [canonical, *forms] if fold(f) in publishers), None)
        group = Outlet(canonical, linked.kb_id if linked else None)
        for form in [canonical, *forms]:
            research[fold(form)] = group
            for declined in _russian_phrase_case_forms(fold(form), declension):
                research.setdefault(declined, group)
    latin: dict[str, list[str]] = {}
    for key in outlets:
        if len(key) >= 3 and re.match(r"[a-zа-я0-9]", key):
            latin.setdefault(key.split(" ")[0], []).append(key)
    return SourceCues(
        latin_by_first_word={word: tuple(keys) for word, keys in latin.items()},
        outlets=outlets,
        agencies=agencies,
        publishers=publishers,
        agency_alt=alternation(agencies),
        outlet_alt=alternation(outlets),
        kb=kb,
        research=research,
    )


#: A one-word Cyrillic name ending in a consonant is declined: Интерфакс → по данным Интерфакса, Интерфаксу.
_RU_DECLINABLE = re.compile(r"[а-яё]{4,}[бвгджзклмнпрстфхцчшщ]")


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
    if not _RU_DECLINABLE.fullmatch(folded_name):
        return ()
    return tuple(folded_name + ending for ending in declension.name_endings)


def _russian_phrase_case_forms(folded_name: str, declension: RussianDeclension) -> tuple[str, ...]:
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
_OWNER_AFTER = re.compile(
    r"[ \t]+(?:(?:du|de la|de l'|des|of the|of)[ \t]+(?P<owner_of>\w[\w'’-]*)|(?!" + _NOT_OWNERS + r"\b)"
    r"(?P<owner_cap>[A-ZА-ЯЁ][\w'’-]*))"
    r"(?P<rest>(?:[ \t]+(?:(?:de la|de l'|du|des|de|of the|of|the|и)[ \t]+)?[A-ZА-ЯЁ][\w'’-]*){0,2})"
)
#: A channel's name right after the platform: quoted on the same line («Военная хроника») or a handle.
_QUOTED_NAME = r"""[ \t]*(?:[«"“][ \t]*(?P<channel>[^"»”\n]{1,40}?)[ \t]*["»”]|(?P<handle>@[\w.]{2,40}))"""


#: Latin letters spelled out in Arabic (folded), as in acronyms written in Arabic script: بي بي سي, إن إتش كي.
_LATIN_LETTER_NAMES = "بي|سي|دي|تي|اتش|كي|جي|اف|ام|ار|اس|ايه|واي|زد"


@lru_cache(maxsize=8)
def _patterns(
    extra_files: tuple[str, ...], kb_files: tuple[str, ...], use_kb: bool
) -> dict[str, re.Pattern[str]]:
    data = load_cues("sources", extra_files)
    sc = source_cues(extra_files, kb_files, use_kb)
    heads = alternation(data["outlet_heads"])
    # a name of up to three words, which stops before a function word ("… الألمانية إن", "… nabaa that")
    # (ان opens a name spelled in Latin letter names: "قناة ان اتش كي", "قناة إن بي سي")
    word = (
        rf"(?!ان(?![^\W_])(?![\s.]+(?:{_LATIN_LETTER_NAMES})(?![^\W_])))"
        r"(?!(?:بان|عن|التي|الذي|في|من|علي|الى|مع|بعد|قبل|امس|اليوم|هذا|هذه|ذلك|تلك|يوم|خلال|حول|"
        r"الجمعه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|"
        r"that|on|in|de|du|que|a|о|что|в)(?![^\W_]))"
    )
    # later words of a name are not indefinite accusatives ("التلفزيون الرسمي صورا": صورا is an object)
    later = r"(?![^\s،,.:;!?\"«»“”()\[\]]*[اى](?![^\W_]))"
    # a word, or letter names joined by dots ("إن.بي.سي", "سي.إن.إن"), which a sentence's full stop is not
    token = r"(?:(?:[^\W\d_]{1,3}\.){1,4}[^\W\d_]{1,3}(?![^\W_])|[^\s،,.:;!?\"«»“”()\[\]]+)"
    name_words = rf"{word}{token}(?:\s+{word}{later}{token}){{0,2}}"
    article = r"(?:(?:the|le|la|les)\s+|l'|d')?"
    # an outlet the KB knows, a head noun and a name (صحيفة …, le journal …), or a short quoted name
    quoted = r"|[\"«“](?P<qname>[^\"»”\n\d]{2,40}?)[\"»”]"
    # "a confié au Monde", "au Figaro": à + le contracted before an outlet whose name starts with Le (the
    # capital is checked on the written text: "au monde entier" is no outlet)
    contracted = alternation([k[3:] for k in sc.outlets if k.startswith("le ") and len(k) >= 6]) or "(?!x)x"
    outlet = (
        rf"(?:(?:{heads})\s+)?{article}[\"«“(]?\s*(?P<known>{sc.outlet_alt})[\"»”)]?{B_END}"
        rf"|{article}(?P<head>{heads})\s+[\"«“]?(?P<named>{name_words})[\"»”]?{quoted}"
        rf"|(?:(?<=au )|(?<=du ))(?P<contracted>{contracted}){B_END}"
        if sc.outlet_alt
        else rf"(?P<head>{heads})\s+[\"«“]?(?P<named>{name_words})[\"»”]?{quoted}"
    )
    ar_verbs = alternation(data["ar_report_verbs"])
    # Arabic agency names long enough not to be another word after ل: "قال … لرويترز" (not لبنا, لقنا)
    long_agencies = (
        alternation(
            [k for k in sc.agencies if re.search("[\u0600-\u06ff]", k) and len(k.replace(" ", "")) >= 5]
        )
        or "(?!x)x"
    )
    cited = alternation(data["cited_cues"])
    agency_adjectives = alternation([fold(a)[2:] for a in data["agency_adjectives"]])
    told = alternation(data["told_cues"])
    platforms = alternation(
        [*data["platforms"], *_declined_platforms(data["platforms"], russian_declension(extra_files))]
    )
    channel_words = alternation(data["channel_words"])
    evidence = alternation(data["research_evidence"])
    reported = alternation(data["reported_verbs"])
    glue = alternation(data["channel_glue"])
    vague_cues = alternation([*data["vague_cues"], *data["cited_cues"], *data["ar_report_verbs"]])
    return {
        "label_line": re.compile(
            rf"(?m)^[ \t]*(?:{alternation(data['source_labels'])})[ \t]*:[ \t]*(?P<rest>[^\n]+?)[ \t]*$"
        ),
        "original_label": re.compile(rf"{B_START}(?:{alternation(data['original_labels'])}){B_END}\s*:?"),
        "paren_agency": re.compile(rf"[(\[]\s*(?P<known>{sc.agency_alt})\s*[)\]]"),
        # an agency's archive or pool picture credited in a caption: "[POOL/AFP/Archives]", "AFP/Archives"
        # (the agency alternation is tried only in a text that has such a credit word by a slash)
        "photo_agency_hint": re.compile(rf"/\s*(?:archives?|files?|pool){B_END}|{B_START}pool\s*/"),
        "photo_agency": re.compile(
            rf"(?:{B_START}pool\s*/\s*)?(?:{sc.agency_alt})\s*/\s*(?:archives?|files?|pool){B_END}"
            rf"|{B_START}pool\s*/\s*(?:{sc.agency_alt}){B_END}"
        ),
        # "/ТАСС/", "/Корр. ТАСС/" (the agency's correspondent)
        "slash_agency": re.compile(rf"/\s*(?:корр\.\s*)?(?P<known>{sc.agency_alt})\s*/"),
        "dash_agency": re.compile(rf"(?m)[-—–]\s*(?P<known>{sc.agency_alt})\s*\.?[ \t]*$"),
        # a dateline: "الرياض - واس:", "باماكو 14 تموز (أ ف ب) -" is paren_agency
        # or the agency first, then the place: "واس- الرياض:"
        "lead_agency": re.compile(
            rf"(?m)(?:^[^\n\d:]{{0,40}}?[-—–]\s*"
            rf"|^[ \t]*(?=(?:{sc.agency_alt})\s*[-—–]\s*[^\n\d:\-—–]{{2,30}}:))"
            rf"(?P<known>{sc.agency_alt})\s*(?=[:\-—–])"
        ),
        # datelines naming any KB outlet: "WASHINGTON (CNN) —", "МОСКВА, 21 авг — РИА Новости."
        "paren_outlet_dateline": re.compile(
            rf"[(\[]\s*(?P<known>{sc.outlet_alt or '(?!x)x'})\s*[)\]]\s*(?=[-—–:])"
        ),
        "lead_dash_outlet": re.compile(
            rf"(?m)^[^\n]{{0,50}}?\s[-—–]\s*(?P<known>{sc.outlet_alt or '(?!x)x'})\s*[.:](?=\s)"
        ),
        # a filler may stand between: "selon les informations du Parisien", "بحسب تقديرات رويترز"
        "cited": re.compile(
            rf"{B_START}(?:[وف])?(?:{cited})(?:(?:\s+|(?<=ل))(?:{alternation(data['cited_fillers'])}))?"
            rf"(?:\s+|(?<=ل))(?:{outlet})"
        ),
        # "ذكرت صحيفة …", "قالت وكالة رويترز": an Arabic reporting verb, then an outlet with its head noun
        # an agency named by its nationality after a citing cue: "وفقا للألمانية.", "ذكرت الفرنسية أن"
        "agency_adjective": re.compile(
            rf"{B_START}(?:[وف])?(?:{cited}|{ar_verbs})(?:\s+|(?<=ل))(?P<adjective>(?:ال|ل)(?:{agency_adjectives}))"
            r"(?=\s*(?:[.,،:؛]|$)|\s+(?:ان|بان)(?![^\W_]))"
        ),
        # the verb may carry its object: "فيما قدرته مجلة «…»", "هذا ما أوضحته جريدة «…»"
        "reported_before": re.compile(
            rf"{B_START}(?:[وف])?(?:{ar_verbs})(?:ه|ها)?\s+(?:(?:(?:{heads})\s+)?[\"«“]?(?P<known>{sc.outlet_alt})[\"»”]?{B_END}"
            rf"|(?P<head>{heads})\s+[\"«“]?(?P<named>{name_words})[\"»”]?)"
            if sc.outlet_alt
            else rf"{B_START}(?:[وف])?(?:{ar_verbs})(?:ه|ها)?\s+(?P<head>{heads})\s+[\"«“]?(?P<named>{name_words})[\"»”]?"
        ),
        "interview": re.compile(
            rf"{B_START}(?:[وف]?(?:{'|'.join(_INTERVIEW_LEADS)})\s+)?(?P<cue>{alternation(data['interview_cues'])})"
            rf"\s+(?:{outlet})"
        ),
        "told": re.compile(
            rf"{B_START}(?:[وف]?(?:في|خلال)\s+)?(?:[وف])?(?P<cue>{told})(?:\s+|(?<=ل))(?:{outlet})"
        ),
        "photo": re.compile(rf"(?m)(?:^|(?<=\s))(?:{alternation(data['photo_labels'])})\s*:\s*\S[^\n]*"),
        # "قال … لقناة الجزيرة", "قالت مصادر لـ«الشرق الأوسط»": a statement given to an outlet (the speech
        # verb is checked by the caller). The word boundary is checked after the ل, not before it: a
        # pattern that begins with a literal lets re jump from one ل to the next (7x faster, same matches).
        "told_outlet": re.compile(
            rf"ل(?<![^\W_]ل)(?:(?=[\"«“]|قناه|صحيفه|وكاله|اذاعه|مجله|موقع|(?:{long_agencies}){B_END})(?:(?:قناه|صحيفه|وكاله|اذاعه|مجله|موقع)\s+)?"
            rf"[\"«“]?(?P<known>{sc.outlet_alt})[\"»”]?{B_END}"
            rf"|(?P<head>قناه|صحيفه|وكاله|اذاعه|مجله|جريده|موقع(?=\s+[\"«“]))\s+[\"«“]?(?P<named>{name_words})[\"»”]?"
            rf"|\s?\"(?P<quoted>[^\"\s]+(?:\s[^\"\s]+)?)\"(?=\s*(?:ان|:|،|,|بان)(?![^\W_])))"
            if sc.outlet_alt
            else r"(?!x)x"
        ),
        "speech_before": re.compile(
            r"(?:قال|قالت|قالوا|صرح|صرحت|اكد|اكدت|اكدوا|اوضح|اوضحت|كشف|كشفت|اعلن|اعلنت|افاد|افادت|اضاف|"
            r"اضافت|اشار|اشارت|ذكر|ذكرت|تحدث|تحدثت|تحدثوا|نفى|نفت|شدد|شددت|توقع|توقعت|بين|بينت|لفت|لفتت|تابع|تابعت)\s"
        ),
        # "لوكالة فارس نيوز أن …": the outlet was told what follows
        "that_after": re.compile(r"\s*[,،]?\s*(?:ان|بان)(?![^\W_])"),
        # "وكانت صحيفة «الخبر» نقلت عن …": an Arabic outlet with its head noun, then a reporting verb
        "outlet_then_verb": re.compile(
            rf"{B_START}(?:[وف])?(?:(?:كانت|كان)\s+)?(?P<head>{heads})\s+[\"«“](?P<qname>[^\"»”\n\d]{{2,40}}?)[\"»”]"
            # "صحيفة «…» كانت قد كشفت": the auxiliary may follow the name too
            rf"(?:\s+[^\s]+ي?ه)?(?:\s+(?:كانت|كان))?\s+(?:قد\s+)?(?:{ar_verbs}){B_END}"
        ),
        # two outlets under one head in the dual or plural: "وذكرت صحيفتا «…» و«…»", "نقلت وكالتا «…» و«…»"
        # (tried only in a text where such a head comes before a quoted name)
        "outlet_pair_hint": re.compile(rf"{B_START}(?:{alternation(data['outlet_heads_dual'])})\s+[\"«“]"),
        "outlet_pair": re.compile(
            rf"{B_START}(?:[وف])?(?:{cited}|{ar_verbs})\s+(?:{alternation(data['outlet_heads_dual'])})\s+"
            r"[\"«“](?P<first>[^\"»”\n\d]{2,40}?)[\"»”]\s*و\s*[\"«“](?P<second>[^\"»”\n\d]{2,40}?)[\"»”]"
        ),
        # a reprint's credit on its own line: "نقلا عن الجزيرة" (any name: the line says it is the source)
        "reprint_credit": re.compile(
            r"(?m)^[ \t]*نقلا\s+عن\s+(?P<name>[^\s\d:،,.][^\n\d:،,.]{1,40}?)[ \t]*\.?[ \t]*$"
        ),
        "cited_before": re.compile(
            # a filler may be glued to the cue's ل: "وفقا لبيانات …"
            rf"(?:{B_START}(?:[وف])?(?:{cited}|{ar_verbs})(?:(?:\s+|(?<=ل))(?:{alternation(data['cited_fillers'])}))?"
            rf"(?:(?:\s+{_FOLDED_ADJECTIVE}){{0,3}}\s*(?:{heads}))?"
            # "نقلت وكالة رويترز عن تلفزيون …": what an outlet passed on from another
            rf"|{B_START}(?:[وف])?(?:نقل|نقلت|نقلا|نقلته|نقلتها)(?:\s+[^\s]+){{1,4}}\s+عن)\s*{article}[\"«“]?\s*$"
        ),
        "told_before": re.compile(
            rf"{B_START}(?:[وف])?(?P<cue>{told})(?:\s+(?:ранее|также|накануне|earlier|also|aussi|egalement))?"
            rf"(?:\s*(?:{heads}))?\s*{article}[\"«“]?\s*$"
        ),
        "to_before": re.compile(rf"{B_START}(?:a|au|aux|to)\s+{article}[\"«“]?\s*$"),
        "told_verb": re.compile(rf"{B_START}(?:{alternation(data['told_verbs'])})(?:e|s|es)?{B_END}"),
        "reported_after": re.compile(rf"[\"»”]?\s*(?:[,،]\s*)?(?:{reported}|{ar_verbs}){B_END}"),
        # "عبر حسابه بتويتر": the preposition ب may be joined to the platform's name
        "platform": re.compile(
            rf"(?:{B_START}|(?<=(?<![^\W_])ب))[\"«“(]?(?P<platform>{platforms})[\"»”)]?{B_END}"
        ),
        "channel_before": re.compile(
            rf"{B_START}(?P<cue>{channel_words})(?:[\s\"«»“”()]+(?:{glue})(?![^\W_]))*[\s\"«»“”()]*$"
        ),
        "weak_channel_before": re.compile(
            rf"{B_START}(?P<cue>{alternation(data['weak_channel_words'])})"
            rf"(?:[\s\"«»“”()]+(?:{glue})(?![^\W_]))*[\s\"«»“”()]*$"
        ),
        "other_sense": re.compile(
            "|".join(
                # one adjective may come between: "الوكالة الدولية للطاقة الذرية"
                rf"{B_START}(?:[وفبل]|لل)?(?:ال)?(?:{alternation([head])})[\s\"«“]+(?:[^\s]+(?:يه|ي)\s+)?"
                rf"(?:{alternation(words)}){B_END}"
                for head, words in data["medium_other_senses"].items()
            )
        ),
        "broadcast_before": re.compile(rf"{B_START}(?:{alternation(data['broadcast_words'])})\s*$"),
        "org_report": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(data['org_report_cues'])})\s+(?:احدث\s+|اخر\s+)?(?:ال|لل|ل)?"
            rf"(?:{alternation(data['org_report_nouns'])})"
            rf"(?:\s+(?!ل|الذي|التي|(?:{alternation(data['org_report_made'])})(?![^\W_]))[^\s،,.:;!?\"«»“”]+){{0,3}}?"
            rf"\s+(?:ل|(?:(?:الذي|التي)\s+)?(?:{alternation(data['org_report_made'])})\s+[\"«“]?)"
            rf"(?!(?:{alternation(data['org_report_not_author'])})(?![^\W_]))(?P<author>[^\s،,.:;!?\"«»“”]+"
            rf"(?:[\s\"«»“”]+(?!ل|\d|(?:{alternation(data['org_report_not_author'])})(?![^\W_]))[^\s،,.:;!?\"«»“”]+){{0,2}})"
        ),
        "posting_verb": re.compile(rf"{B_START}(?:[وف])?(?:{alternation(data['posting_verbs'])}){B_END}"),
        # a French verb in the perfect right before "sur <platform>": "a prévenu sur Twitter", "ont réagi
        # dimanche sur Facebook" (a passive, "a été harcelé sur X", posts nothing)
        "french_perfect_before": re.compile(
            r"(?<![^\W_])(?:a|ont|avait|avaient)\s+(?!ete(?![^\W_]))[a-z]+(?:e|i|u|it|is)(?:\s+[^\s,.;:]+){0,2}\s+$"
        ),
        # a tweet or an account whose platform goes unsaid (see implied_channels)
        "implied_channel": re.compile(
            rf"{B_START}(?P<cue>{alternation(data['implied_channels']['prepositions'])})\s*"
            rf"(?:(?P<tweet>{alternation(data['implied_channels']['tweets'])})"
            rf"|(?P<account>{alternation(data['implied_channels']['accounts'])})"
            rf"(?P<adjective>\s+(?:{alternation(data['implied_channels']['account_adjectives'])}))?){B_END}"
        ),
        "own_channel_before": re.compile(
            rf"{B_START}(?:{alternation(data['own_channel_cues'])})(?:\s+[^\s,.;:!?]+)?\s*[\"«“(]?\s*$"
        ),
        "account_action": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(data['account_action_verbs'])}){B_END}[^.!?\n]{{0,25}}$"
        ),
        "owner_before": re.compile(
            r"(?<![^\W_])(?P<cue>حساب|صفحه|قناه)\s+(?!الرسمي|الخاص|الشخصي)[^\s\"«»“”()،,]+"
            r"(?:\s+(?!علي|في|ب|عبر)[^\s\"«»“”()،,]+){0,3}\s+(?:علي|في|ب|عبر)\s+(?:موقع\s+)?"
            r"(?:(?:التواصل\s+)?(?:الاجتماعي\s+)?)?[\"«“(]?\s*$"
        ),
        # "حساب وزارة الدفاع على تويتر": the account word without a pronoun, then its owner
        "owner_between": re.compile(
            r"(?:حساب|صفحه|قناه|موقع)\s+(?P<owner>(?!الرسمي|الخاص|الشخصي)[^\s\"«»“”()،,]+"
            r"(?:\s+(?!علي|في|ب|عبر)[^\s\"«»“”()،,]+){0,3})\s+(?:علي|في|ب|عبر)\s"
        ),
        "channel_after": re.compile(
            rf"(?:[\s-]*(?:channels|accounts|pages|channel|account|page|feed|post|chaines|chaine|comptes|compte|canal|page|"
            rf"каналы|каналов|каналах|канал|канале|аккаунт|аккаунте|пост|посте|"
            rf"странице)(?![^\W_]))?(?:{_QUOTED_NAME})?"
        ),
        "research": re.compile(rf"{B_START}(?:[وفبل])?(?P<known>{alternation(sc.research)}){B_END}"),
        "research_before": re.compile(
            rf"(?:{B_START}(?:[وف])?(?:{cited}|{ar_verbs}|{told})|(?:{evidence}))"
            rf"(?:(?:\s+|(?<=ل))[^\s]+){{0,4}}?\s*[\"«“(]?\s*$"
        ),
        # "the Syrian Observatory for Human Rights, a war monitor, said", "l'OSDH (…), une ONG …, a pour sa part
        # fait état": an acronym, an apposition and an adverb may stand between the name and its verb
        "research_after": re.compile(
            r"[\"»”)]?(?:\s*\([^()\n]{1,12}\))?(?:\s*,[^,.;:\n\"«»“”]{1,90},)?"
            r"(?:\s*(?:a|avait|ont|has|had)?\s*,?\s*(?:pour sa part|de son cote|d'abord|aussi|egalement|also|later|earlier)"
            r"\s*,?)?"
            rf"\s*(?:[,،]\s*)?(?:{reported}|{evidence}|{ar_verbs}|show|shows|showed|found|documented|"
            rf"estimated|estimates|counted|recorded|montrent|montre|a recense|a documente|показывают|показали)"
            rf"{B_END}"
        ),
        "vague": re.compile(
            rf"{B_START}(?:[وفبل])?(?:{'|'.join(fold(p) for p in data['vague_sources'])}){B_END}"
        ),
        "vague_cited": re.compile(
            # "وفقا للتقارير": ل and the article contracted (لل)
            rf"{B_START}(?:لل(?=تقارير)|[وفبل])?(?:{'|'.join(fold(p) for p in data['vague_cited'])}){B_END}"
        ),
        # a demonstrative between points back to sources named before: "نقلا عن تلك المصادر"
        "vague_cue_before": re.compile(
            rf"{B_START}(?:[وف])?(?:{vague_cues})(?:\s+(?!(?:تلك|هذه|هذا|ذلك)(?![^\W_]))[^\s]+)?\s*[\"«“]?\s*$"
        ),
        # reports need a citing word, not any report verb: "نشرت تقارير عن الأداء" publishes, it cites nothing
        "vague_cue_adjacent": re.compile(rf"{B_START}(?:[وف])?(?:{alternation(data['vague_cues'])})\s*$"),
        "vague_after": re.compile(rf"\s*(?:[,،]\s*)?(?:{alternation(data['vague_after'])}){B_END}"),
        # "… 10 أغسطس 2015 م واس  أودعت": an Arabic agency abbreviation standing alone in the lead
        "lead_credit": re.compile(
            rf"(?:^|(?<=\s))(?P<known>{alternation(data['standalone_credits'])})(?=\s|$)"
        ),
        "publisher_head": re.compile(rf"^(?:[وف])?(?:{alternation(data['publisher_heads'])}){B_END}"),
        **_attribution_patterns(data, sc, article, reported, ar_verbs),
    }


#: An adjective between a citing cue and an outlet's head noun (folded): Russian adjectival endings
#: ("официального сирийского информационного агентства"), French and English status words.
_FOLDED_ADJECTIVE = (
    r"(?:[а-я]+(?:ого|его|ой|ей|ых|их|ое|ее|ый|ий|ая|яя|ую|юю|ым|им|ом|ем)|officielle?|publique?|nationale?|"
    r"gouvernementale?|semi-officielle?|official|state|state-run|semi-official)"
)
#: The same between an outlet's head noun and its name, in the written text: "l'agence officielle syrienne
#: Sana", "l'agence de presse officielle syrienne Sana", "la télévision d'État ORTM", "le site d'investigation
#: Disclose", "le média en ligne Malijet", "la chaîne de télévision qatarie Al Jazeera".
_WRITTEN_ADJECTIVE = (
    r"(?:de presse|d['’]informations?|d['’]investigation|d['’]actualités?|de télévision|de radio|en ligne|"
    r"indépendante?|satirique|spécialisée?|régionale?|locale?|"
    r"d['’][ÉE]tat|officielle?|publique?|nationale?|gouvernementale?|semi-officielle?|"
    r"privée?|[a-zéèêï]+(?:ienne|ien|aise|ais|aine|ain|oise|ois|ique)s?|burkinab[èeé]s?|russes?|belges?|suisses?|"
    r"turc|turque|arabes?|official|semi-official|state-run)"
)
#: An adjective before an English outlet's head noun: "the local outlet Sahel Today", "the French magazine …".
_ADJECTIVE_BEFORE_HEAD = (
    r"(?:(?i:local|state-run|state-owned|state|national|independent|private|pro-government|opposition|online|weekly)|"
    r"[A-Z][a-z]+(?:ian|ese|ish|an|i|ch))"
)
#: An auxiliary and an adverb before an inverted participle: "a de son côté précisé l'OSDH" (folded).
_AUX_ADVERB = r"(?:(?:a|ont|avait|avaient)\s+(?:de son cote|pour sa part|d'abord|aussi|egalement|deja|encore|plus tot)\s+)?"
#: A capitalised word of a Latin or Cyrillic name ("RTN", "Tele", "INTERFAX.RU", "Al-Hadath").
_CAP_WORD = r"(?:[A-ZА-ЯЁ][\w'’&-]*(?:\.(?:[A-Z]{2,}|[a-z]{2,3})(?!\w))?|\d[\w-]*)"
#: An outlet named by its web address, often in lower case after its head noun ("l'agence ura.ru",
#: "Информагентство ura.ru", "le site bamada.net"): a few country and generic endings only.
_DOMAIN_NAME = (
    r"[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)?\.(?:ru|com|net|org|info|fr|ua|by|kz|ml|bf|ne|sn|ci|gn|td|cm|africa|news|tv|media)"
    r"(?![\w.-]|\.\w)"
)
#: A web address written as a name in running text, not inside a link or an e-mail address.
_DOMAIN_MENTION = re.compile(rf"(?<![\w.@/:-]){_DOMAIN_NAME}")
#: A name of up to four capitalised words, with "du/of/al" inside and an acronym in parentheses after it.
_CAP_NAME = (
    rf"{_CAP_WORD}(?:[ \t]+(?:(?:du|de|des|de la|of|of the|al|el)[ \t]+)?{_CAP_WORD}){{0,3}}"
    r"(?:[ \t]+\([A-ZА-ЯЁ][\w.-]{1,10}\))?"
)
#: Words that end an organisation's name ("le ministère des Affaires étrangères a indiqué").
_ORG_STOP = (
    r"(?:a|ont|est|que|qui|qu'|dont|said|says|has|have|had|is|was|that|which|who|did|does|will|would|on|in|at|"
    r"что|который|которое|сообщил|сообщило|сообщили|заявил|заявило|заявили|и|в|на|не|from|to|и|ان|الى|في|على|فان|بان|وان|لان|من|امس|اليوم|الذي|التي|قد|فقد)"
)


#: A French past participle before "par" or "à" (folded): it agrees with what it describes, so "contacté par"
#: also stands for "contactées par", "joint par" for "jointes par", "lu à" for "lue à".
_FRENCH_PARTICIPLE_CUE = re.compile(r"(?P<participle>[a-z]+[eitus])(?P<preposition> (?:par|a|au))")


def _agreeing_alternation(cues: Sequence[str]) -> str:
    """:func:`alternation` of ``cues`` whose French participles also match their feminine and plural forms."""
    parts = []
    for cue in sorted({fold(c) for c in cues if fold(c)}, key=lambda c: (-len(c), c)):
        if m := _FRENCH_PARTICIPLE_CUE.fullmatch(cue):
            parts.append(rf"{re.escape(m['participle'])}(?:e|s|es)?\s+{m['preposition'].strip()}")
        else:
            parts.append(r"\s+".join(re.escape(part) for part in cue.split(" ")))
    return "|".join(parts)


def _attribution_patterns(
    data: Mapping[str, Any], sc: SourceCues, article: str, reported: str, ar_verbs: str
) -> dict[str, re.Pattern[str]]:
    """Patterns for a name cited by what surrounds it: an inverted reporting verb before it, "par"/"by"
    after a participle, a reporting verb after it; outlets named only by what they are; organisations."""
    filler = r"(?:\s+[^\s,.;:!?\"«»“”]+){0,5}?"
    heads = "|".join(
        r"[ \t]+".join(re.escape(part) for part in head.split(" "))
        for head in sorted(data["named_outlet_heads"], key=len, reverse=True)
    )
    return {
        # "…, relate Le Figaro", "», précise Télé Sahel", "says Niger state TV": punctuation, verb, name
        "inverted_before": re.compile(
            rf"(?:^|[,\"':;.!?()\-–—]|об этом)\s*{_AUX_ADVERB}(?:{alternation(data['inverted_verbs'])}){filler}"
            rf"\s+{article}[\"«“]?\s*$"
        ),
        # the same, for an organisation: only a time may stand between the verb and the body
        "org_inverted_before": re.compile(
            rf"(?:^|[,\"':;.!?()\-–—]|об этом)\s*{_AUX_ADVERB}(?:{alternation(data['inverted_verbs'])}|"
            rf"{alternation(data['free_inverted_verbs'])})(?:\s+(?:{alternation(data['inverted_time_words'])}))*"
            rf"\s+{article}[\"«“]?\s*$"
        ),
        "free_inverted_before": re.compile(
            rf"{B_START}(?:{alternation(data['free_inverted_verbs'])}){filler}\s*{article}[\"«“]?\s*$"
        ),
        "by_told_before": re.compile(
            rf"{B_START}(?:{_agreeing_alternation(data['by_told'])})\s+{article}[\"«“]?\s*$"
        ),
        "by_cited_before": re.compile(
            # with the outlet's head noun: "relayée par l'agence APA", "diffusé par la chaîne …"
            rf"{B_START}(?:{_agreeing_alternation(data['by_cited'])})\s+{article}(?:{_FOLDED_ADJECTIVE}\s+){{0,2}}"
            rf"(?:(?:{alternation([fold(h) for h in data['outlet_heads']])})\s+)?[\"«“]?\s*$"
        ),
        # "Reuters news agency reports", "Radio Television du Niger (RTN) reported", "RTN also said"
        "reported_after_loose": re.compile(
            r"[\"»”]?(?:\s*\([^()\n]{1,12}\))?(?:\s+(?:news agency|agency|newspaper|channel|tv|television|report|witness|reporter|correspondent|"
            r"journalist|photographer|tally|count|calculation))?"
            r"(?:\s*,\s*(?:qui|which|who|которое|который|которая)(?:\s+(?:first|also|earlier|had|has|a|avait))*)?"
            r"(?:\s+(?:also|later|earlier|then|aussi|egalement|также|ранее))?"
            rf"\s*(?:[,،]\s*)?{_AUX_ADVERB}(?:{reported}|{ar_verbs}){B_END}"
        ),
        "generic_outlet": re.compile(
            rf"{B_START}(?:[وفبل]|لل)?(?:{'|'.join(data['generic_outlets'])}){B_END}"
        ),
        "interview_before": re.compile(
            rf"{B_START}(?:{alternation(data['interview_cues'])})\s+{article}[\"«“]?\s*$"
        ),
        # "a video seen by Reuters showed": the outlet saw it, the video shows
        # a broadcast someone spoke on: "a confirmé ce lundi sur BFMTV", "a déclaré au micro de RFI", "said on
        # CNN"; a few words may stand between the verb and the outlet, not "que" ("a dit que … sur TF1")
        "on_air_before": re.compile(
            rf"{B_START}(?:{alternation(data['told_verbs'])})(?:e|s|es)?(?:\s+(?!que|qu'|that)[^\s,.;:!?\"«»]+){{0,3}}"
            rf"\s+(?P<cue>sur|au micro d[e']|a l'antenne d[e']|on)\s*{article}[\"«“]?\s*$"
        ),
        # a capitalised name after "sur", "au micro de", "à l'antenne de": an outlet if a speech verb comes before
        "on_air_then_name": re.compile(
            r"(?i:(?<![^\W_])(?:sur|au micro d(?:e|['’])|à l['’]antenne d(?:e|['’])))[ \t]*[\"«“]?"
            rf"(?P<name>{_CAP_NAME})"
        ),
        "seen_by_before": re.compile(
            r"(?:seen|viewed|reviewed|obtained|verified|consulted|vue?s?|consultee?s?|obtenue?s?)\s+(?:by|par)\s+"
            rf"{article}\s*$"
        ),
        # "journaliste à France24": where someone works, not whom they spoke to
        "works_at_before": re.compile(
            r"(?:journaliste|correspondante?|reporter|envoyee? speciale?|chroniqueur|editorialiste|redacteur|"
            rf"redactrice|presentateur|presentatrice|analyste)\s+(?:a|au|de|du|pour|at|for)\s+{article}\s*$"
        ),
        "anaphoric_before": re.compile(
            r"(?:ledit|ladite|lesdits|lesdites|the same|le meme|la meme|этот|это)\s*$"
        ),
        # "as reported by The Africa Initiative", "selon Le Monde": a strong citing cue, then a capitalised name
        "cue_then_name": re.compile(
            rf"(?i:(?<![^\W_])(?:according to|as reported by|reported by|citing|quoting|selon|d'après|cité par|"
            rf"citée par|relayé par|relayée par|rapporté par|rapportée par|по данным|по информации|со ссылкой на|"
            rf"сообщили в|заявили в|рассказали в|пояснили в|как сообщает|как пишет|как отмечает|как передает|"
            rf"как передаёт|как выяснил|как выяснила|как выяснило|как узнал|как узнала|как узнало|как написал|"
            rf"как написала|как написало|согласно публикации|говорится в материале|говорится в публикации|"
            # an interview venue: "Entretien accordé à la RTN", "in an interview with The Continent"
            # (each begins with the word the pattern is anchored on)
            rf"entretien accordé à|entretien accordé au|interview accordée à|interview à|interview with))"
            # "d'après nos confrères de L'Observateur Paalga"
            r"(?:[ \t]+(?i:nos|notre)[ \t]+confr[èe]res?(?:[ \t]+d[eu]|[ \t]*d['’]))?"
            rf"[ \t]+[\"«“]?(?P<name>(?:[Tt]he |[Ll]e |[Ll]a |[Ll]es |[Ll]')?{_CAP_NAME})"
        ),
        # an outlet named through its staff or its sources: "Журналисты «Медузы» выяснили", "корреспондент
        # «Ленты»", "источник «Фонтанки» в полиции" (cited when a reporting verb follows or a by-cue comes
        # before, see _attribution)
        "staff_of_name": re.compile(
            r"(?i:(?<![^\W_])(?:журналист|корреспондент|репортер|репортёр|обозревател|источник|собеседник)[а-яё]*)[ \t]+"
            r"[«“\"](?P<name>[A-ZА-ЯЁ][^«»“”\"\n]{1,40}?)[»”\"]"
        ),
        # "…, relate La Gazette du Nord.": a reporting verb, then a capitalised name closing the clause
        "inverted_then_name": re.compile(
            rf"(?:[,\"»”]|\.\.\.|(?i:об этом))[ \t]*(?i:{'|'.join(map(re.escape, data['inverted_outlet_verbs']))})[ \t]+"
            rf"[\"«“]?(?P<name>(?:The |Le |La |Les |L'|L’)?{_CAP_NAME})(?=[\"»”]?[ \t]*(?:[.,;]|$))"
        ),
        # "…, Arab News reported.": a name, then "reported" at the end of a clause
        "name_then_reported": re.compile(
            rf"(?<=[,;] )(?P<name>(?:The )?{_CAP_NAME})[ \t]+(?:reported|reports|a rapporté|rapporte|сообщает|пишет)"
            r"(?=[ \t]*[.,;])"
        ),
        # "Newsru.co.il передает: …", "Al-Masdar reports: …": a line led by its source and a reporting verb
        "line_name_reports": re.compile(
            rf"(?m)^[ \t]*(?P<name>[A-Za-z][\w-]*(?:\.[a-z]{{2,6}})+|{_CAP_NAME})[ \t]+(?:передает|передаёт|сообщает|пишет|reports|writes|rapporte|écrit)"
            r"[ \t]*:"
        ),
        # a name before a media noun, cited by what follows: "Nigeria's Premium Times newspaper quoted …"
        "name_then_head": re.compile(
            rf"(?P<name>{_CAP_NAME})[ \t]+(?:newspaper|daily|news agency|broadcaster|magazine|news website|website|TV|"
            r"television|radio)(?![\w-])"
        ),
        # an acronym before a media noun names an outlet the text may cite later: "state RTN broadcaster said"
        "acronym_then_head": re.compile(
            r"(?<![\w-])(?P<name>[A-Z]{2,6})[ \t]+(?:broadcaster|television|TV|news agency|agency|newspaper|channel|radio)"
            r"(?![\w-])"
        ),
        "named_outlet": re.compile(
            rf"(?<![^\W_])(?:{_ADJECTIVE_BEFORE_HEAD}[ \t]+){{0,2}}"
            rf"(?i:(?:{heads})(?:[ \t]+{_WRITTEN_ADJECTIVE}){{0,3}})[ \t]+"
            # a quoted name whole, lower-case words too ("газета «Вечерний город»"), or capitalised words
            rf"(?:[«“\"](?=[A-ZА-ЯЁ])(?P<quoted>[^«»“”\"\n]{{2,40}}?)[»”\"]|[\"«“]?[ \t]*(?-i:(?P<name>{_CAP_NAME}|{_DOMAIN_NAME})))"
        ),
        "organisation": re.compile(
            rf"{B_START}(?:[وبل]|لل)?{article}(?:{alternation(data['organisation_heads'])}){B_END}"
            rf"(?:[ \t]+(?!{_ORG_STOP}(?![^\W_]))[^\s,.;:!?\"«»“”()،؛؟]+){{0,4}}"
        ),
        "org_cue_before": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(data['organisation_cues'])})"
            rf"(?:\s+(?!(?:{alternation(data['organisation_not_between'])})(?![^\W_]))[^\s,.;:!?\"]+){{0,2}}?\s*"
            rf"{article}[\"«“]?\s*$"
        ),
        "org_evidence": re.compile(rf"(?:{alternation(data['organisation_evidence_words'])})"),
        "speaking_body": re.compile(rf"{B_START}(?:[وفبل]|لل)?(?:{'|'.join(data['speaking_bodies'])})"),
        "org_cue_not_after": re.compile(
            rf"{B_START}(?:{alternation(data['organisation_cue_not_after'])})\s*$"
        ),
        # "Ранее в НАК сообщили": the body named between в and its reporting verb
        "ru_in_before": re.compile(r"(?<![^\W_])в\s*$"),
        "ru_in_after": re.compile(
            r"\s+(?:сообщили|заявили|отметили|уточнили|подтвердили|сообщают|пояснили)(?![^\W_])"
        ),
        # a credit glued to the end of a sentence by an aggregator: "…террористов.ИА Регнум", "документе.ТАСС"
        "glued_credit": re.compile(
            rf"(?m)(?<=[.!?\"»])(?P<known>{sc.agency_alt}|{sc.outlet_alt or '(?!x)x'})[ \t]*$"
        ),
        # the last words of the text: "… a coup last year. REUTERS"
        "end_credit": re.compile(rf"(?<=[.!?\"»”])\s+(?P<known>{sc.agency_alt})\s*\.?\s*\Z"),
        # a headline led by its source: "AFP: в Мали…", "RFI: Президент ЦАР…"
        "headline_credit": re.compile(
            rf"(?m)^[ \t]*(?P<known>{sc.agency_alt or '(?!x)x'}|{sc.outlet_alt or '(?!x)x'})[ \t]*:[ \t]+(?=\S)"
        ),
        # a dateline with the agency before the dash: "Ростов-на-Дону. 15 февраля. INTERFAX.RU - …"
        "lead_outlet_dash": re.compile(
            rf"(?m)^[^\n]{{0,60}}?[.,][ \t]*(?P<known>{sc.agency_alt})[ \t]+[-—–][ \t]"
        ),
        # "(BSS/AFP)": two agencies in one credit
        "paren_agency_pair": re.compile(
            rf"[(\[]\s*(?P<known>{sc.agency_alt})\s*/\s*(?P<second>{sc.agency_alt})\s*[)\]]"
        ),
        # a credit closing a rewritten wire story: "Avec AFP" on its line, "… Gao. (Avec agences)", "With Reuters"
        "with_credit": re.compile(
            rf"(?m)(?:^[ \t]*\(?|(?<=[.!?»”\"])[ \t]*\()[ \t]*(?:avec|with)[ \t]+(?P<known>{sc.agency_alt})"
            rf"(?:[ \t]*(?:,|/|et|and)[ \t]*(?:{sc.agency_alt}))*[ \t]*\)?[ \t]*\.?[ \t]*$"
        ),
        # a credit line naming the wires in general and one agency: "Agences/AFP", "Agencies / Reuters"
        "agencies_credit": re.compile(
            rf"(?m)^[ \t]*(?:agences?|agencies)[ \t]*(?:/|,|et|and)[ \t]*(?P<known>{sc.agency_alt})[ \t]*\.?[ \t]*$"
        ),
        # "Avec LePaysTchad" alone on its line: a rewritten story credits the outlet it took it from. The name
        # looks like an outlet's, not a person's ("Avec Marie"): joined capitals, an acronym or a web address.
        "with_outlet_line": re.compile(
            r"(?m)^[ \t]*(?:Avec|With)[ \t]+(?P<name>[A-Z][a-z]+[A-Z][\w.-]{1,30}|[A-Z]{2,}[\w.-]*(?: [A-Z]{2,})?"
            r"|[A-Za-z][\w-]*\.[a-z]{2,4})[ \t]*$"
        ),
        # a source label after the last sentence of a paragraph: "… dans la nuit. Source : AFP"
        "inline_source_label": re.compile(
            rf"(?m)(?<=[.!?»”\"])[ \t]+(?:source|sources|источник|المصدر)[ \t]*:[ \t]*(?P<known>{sc.agency_alt})"
            r"[ \t]*\.?[ \t]*$"
        ),
        # the site a summary was taken from, in parentheses at the end of its paragraph: "… du pays… (rfi.fr)"
        "paren_domain": re.compile(
            r"(?m)\([ \t]*(?P<domain>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
            r"\.(?!(?:jpe?g|png|gif|pdf|html?|php|mp4|docx?)\b)[a-z]{2,6})[ \t]*\)[ \t]*\.?[ \t]*$"
        ),
        # an agency between slashes, named by its adjective: "/العمانية/" (Oman's agency), "/الكويتية/"
        "slash_nisba": re.compile(r"(?:^|(?<=\s))/[ \t]*(?P<name>ال[^\W\d_]{2,}يه)[ \t]*/(?=\s|$)"),
        # a byline naming an agency: "كتب: رويترز", "By Reuters", "Par AFP"
        "byline_agency": re.compile(
            rf"(?m)^[ \t]*(?:كتب|كتبت|بقلم|by|par)[ \t]*[:/-]?[ \t]*(?P<known>{sc.agency_alt}){B_END}"
        ),
    }


@lru_cache(maxsize=8)
def _cue_anchors(extra_files: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """First words of the cue lists whose patterns are scanned with :func:`finditer_near`."""
    data = load_cues("sources", extra_files)
    anchors = {
        key: first_words(data[key])
        for key in (
            "original_labels",
            "cited_cues",
            "photo_labels",
            "told_cues",
            "ar_report_verbs",
            "platforms",
            "outlet_heads",
            "outlet_heads_dual",
        )
    }
    # an interview match may start with [وف]? + one of the leads, up to two characters before a lead
    anchors["interview_cues"] = first_words(data["interview_cues"]) + _INTERVIEW_LEADS
    research_forms = [
        fold(form) for canonical, forms in data["research_groups"].items() for form in [canonical, *forms]
    ]
    anchors["research"] = first_words(
        research_forms
        + [
            declined
            for form in research_forms
            for declined in _russian_phrase_case_forms(form, russian_declension(extra_files))
        ]
    )
    # every vague source contains one of these head words
    anchors["vague"] = tuple(
        fold(w)
        for w in (
            "مصادر",
            "مصدران",
            "مصدرين",
            "تقارير",
            "التقارير",
            "تقرير",
            "وسائل",
            "اعلام",
            "صحف",
            "صحيفة",
            "مواقع",
            "sources",
            "reports",
            "media",
            "medias",
            "presse",
            "источники",
            "источников",
            "источникам",
            "sites",
            "agencies",
            "outlets",
            "newspapers",
            "channels",
            "сми",
            "издания",
            "медиа",
            "средства",
            # counted sources ("на два источника") and unnamed groups ("selon des habitants", "des ONG")
            "источника",
            "каналы",
            "ong",
            "habitants",
            "témoins",
            "riverains",
            "жителей",
            "жители",
            "очевидцев",
            "очевидцы",
        )
    )
    return anchors


_WORD = re.compile(r"[^\W_]+")
#: Words before ل that make "ل + outlet" a citation (وفقا لصحيفة), not the outlet someone spoke to.
_CITING_BEFORE_LAM = ("وفقا", "طبقا", "استنادا", "نسبه", "وفق", "تبعا")


def _text_words(folded: str) -> set[str]:
    """The folded words of the text, also without a clitic و ف ب ل."""
    words = set(_WORD.findall(folded))
    # "للتقارير" is ل + التقارير: also the word with its article and without it
    contracted = {w[2:] for w in words if w.startswith("لل")}
    words |= {w[1:] for w in words if w[:1] in "وفبل"} | contracted | {"ال" + w for w in contracted}
    # "وأشارت المصادر": a head word after its article; "فيما قدرته مجلة": a verb before its object pronoun
    # (ه is also the folded ة: a noun without it is one more word that anchors nothing)
    without_article = {w[2:] for w in words if w.startswith("ال") and len(w) > 4}
    without_pronoun = {w[:-1] for w in words if w.endswith("ه") and len(w) > 3} | {
        w[:-2] for w in words if w.endswith("ها") and len(w) > 4
    }
    return words | without_article | without_pronoun


def _present_anchors(extra_files: tuple[str, ...], words: set[str]) -> dict[str, list[str]]:
    """The cue anchors whose first word occurs in the text (alone or after a clitic و ف ب ل): the
    others cannot start a match, and looking for each of them with ``str.find`` is most of the cost."""
    by_first_word = _anchors_by_first_word(extra_files)
    present: dict[str, list[str]] = {key: [] for key in _cue_anchors(extra_files)}
    for word in by_first_word.keys() & words:
        for key, anchor in by_first_word[word]:
            present[key].append(anchor)
    return present


@lru_cache(maxsize=8)
def _anchors_by_first_word(extra_files: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for key, anchors in _cue_anchors(extra_files).items():
        for anchor in anchors:
            found = _WORD.search(anchor)
            index.setdefault(found.group() if found else anchor, []).append((key, anchor))
    return index


@dataclass
class Found:
    start: int  # folded offsets
    end: int
    kind: str
    attrs: dict[str, Any]


def _outlet_attrs(sc: SourceCues, m: re.Match[str]) -> dict[str, Any]:
    if "contracted" in m.re.groupindex and m.group("contracted"):
        contracted = sc.outlets[re.sub(r"\s+", " ", "le " + m.group("contracted"))]
        return {"outlet": contracted.name, "kb_id": contracted.kb_id, "_contracted": m.start("contracted")}
    if "known" in m.re.groupindex and m.group("known"):
        outlet = sc.outlets.get(re.sub(r"\s+", " ", m.group("known"))) or sc.agencies.get(m.group("known"))
        if outlet is not None:
            return {"outlet": outlet.name, "kb_id": outlet.kb_id}
    if "named" in m.re.groupindex and m.group("named"):
        linked = _lookup_outlet(sc, m.group("named"))
        if linked is not None:
            return {"outlet": linked.name, "kb_id": linked.kb_id}
        return {"outlet": None, "outlet_text": m.group("named"), "kb_id": None}
    if "qname" in m.re.groupindex and m.group("qname"):
        linked = _lookup_outlet(sc, m.group("qname"))
        if linked is not None:
            return {"outlet": linked.name, "kb_id": linked.kb_id}
        return {"outlet": None, "outlet_text": m.group("qname"), "kb_id": None}
    return {"outlet": None, "kb_id": None}


def _domain_outlet(sc: SourceCues, url: str) -> dict[str, Any]:
    host = (urlparse(url).hostname or "").lower()
    domain = host[4:] if host.startswith("www.") else host
    if sc.kb is not None and domain:
        entry = sc.kb.by_domain(domain)
        if entry is not None:
            return {"outlet": entry.name, "kb_id": entry.id, "domain": domain}
    return {"outlet": domain or None, "kb_id": None, "domain": domain}


@register_stage(
    STAGE,
    requires=("entities",),  # MEDIA and ORG names it cites, person and place names it must not
    provides=("sources",),
    description="Agency credits, original links, cited outlets, interview venues, publishers, photo credits.",
    defaults={"cue_files": (), "kb_files": (), "use_kb": True},
)
def sources_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    extra = tuple(config.get("cue_files", ()))
    kb_files = tuple(str(p) for p in config.get("kb_files", ()))
    use_kb = bool(config.get("use_kb", True))
    sc = source_cues(extra, kb_files, use_kb)
    pats = _patterns(extra, kb_files, use_kb)
    text = doc.text
    norm = normalized(text)
    folded = folded_lines(text)
    found: list[Found] = []

    # original links: "أصل الخBر" then a URL, possibly lines later
    words = _text_words(folded)
    anchors = _present_anchors(extra, words)
    for m in finditer_near(pats["original_label"], folded, anchors["original_labels"]):
        o_end = norm.to_original(m.start(), m.end()).end
        url = _URL.search(text, o_end, min(len(text), o_end + 300))
        if url:
            attrs = {
                "url": url.group().rstrip(".,;)"),
                "cue": text[norm.to_original(m.start(), m.end()).start : o_end],
            }
            attrs.update(_domain_outlet(sc, attrs["url"]))
            found.append(
                _orig_found(norm, url.start(), url.start() + len(attrs["url"]), "original_url", attrs)
            )
    # "المصدر: تاس" / "Source: https://…"
    for m in pats["label_line"].finditer(folded):
        rest = m.group("rest").strip()
        s, e = m.start(), m.end()
        o = norm.to_original(s, e)
        url = _URL.search(text, o.start, o.end)
        if url:
            attrs = {"url": url.group().rstrip(".,;)")}
            attrs.update(_domain_outlet(sc, attrs["url"]))
            found.append(
                _orig_found(norm, url.start(), url.start() + len(attrs["url"]), "original_url", attrs)
            )
            continue
        outlet = sc.outlets.get(fold(rest).strip(' ."«»'))
        credit: dict[str, str | None] = {
            "outlet": outlet.name if outlet else text[o.start : o.end].split(":", 1)[-1].strip(),
            "kb_id": outlet.kb_id if outlet else None,
        }
        found.append(Found(s, e, "agency", credit))
    for m in pats["with_outlet_line"].finditer(text):
        if fold(m["name"]) not in sc.agencies:  # "Avec AFP" is with_credit (see _credits)
            named = {"outlet": None, "outlet_text": m["name"], "kb_id": None}
            found.append(_orig_found(norm, m.start("name"), m.end("name"), "agency", named))
    for m in pats["photo_agency"].finditer(folded) if pats["photo_agency_hint"].search(folded) else ():
        o = norm.to_original(m.start(), m.end())
        found.append(_orig_found(norm, o.start, o.end, "photo_credit", {"credit": text[o.start : o.end]}))
    for key in ("paren_agency", "slash_agency", "dash_agency"):
        for m in pats[key].finditer(folded):
            credit_attrs: dict[str, Any] = _outlet_attrs(sc, m)
            if key == "paren_agency":
                credit_attrs["_paren"] = True
            found.append(Found(m.start(), m.end(), "agency", credit_attrs))
    for m in pats["lead_agency"].finditer(folded):
        found.append(Found(m.start("known"), m.end("known"), "agency", _outlet_attrs(sc, m)))
    for m in pats["paren_outlet_dateline"].finditer(folded):
        found.append(Found(m.start(), m.start() + len(m.group().rstrip()), "agency", _outlet_attrs(sc, m)))
    for m in pats["lead_dash_outlet"].finditer(folded, 0, min(len(folded), LEAD_CREDIT_CHARS)):
        found.append(Found(m.start("known"), m.end("known"), "agency", _outlet_attrs(sc, m)))
    for m in _PAREN_AGENCY_NAME.finditer(text):
        named = {"outlet": None, "outlet_text": m.group("name"), "kb_id": None}
        found.append(_orig_found(norm, m.start("name"), m.end("name"), "agency", named))
    for m in _LEAD_ACRONYM.finditer(text, 0, min(len(text), LEAD_CREDIT_CHARS)):
        acronym = {"outlet": None, "outlet_text": m.group("acronym"), "kb_id": None}
        found.append(_orig_found(norm, m.start("acronym"), m.end("acronym"), "agency", acronym))
    for m in finditer_near(pats["interview"], folded, anchors["interview_cues"], reach=2):
        start = m.start("cue")
        found.append(Found(start, _strip_end(folded, m.end()), "interview", _outlet_attrs(sc, m)))
    # a told match may start with [وف]? + في/خلال, up to five characters before its cue word
    for m in finditer_near(pats["told"], folded, anchors["told_cues"], reach=5):
        # "сообщил телеканал Al Arabiya": a head noun in the nominative is the subject, which reports
        reports = _RU_NOMINATIVE_HEAD.match(folded, m.end("cue")) or _CITING_AFTER.match(folded, m.end())
        kind = "cited_outlet" if reports else "told_outlet"
        found.append(Found(m.start(), _strip_end(folded, m.end()), kind, _outlet_attrs(sc, m)))
    for m in pats["told_outlet"].finditer(folded):
        if folded[max(0, m.start() - 12) : m.start()].rstrip().endswith(_CITING_BEFORE_LAM):
            continue  # "وفقا لصحيفة …" cites the paper, nobody spoke to it
        if folded[max(0, m.start() - 12) : m.start()].rstrip().endswith(_REPORT_ANCHORS):
            continue  # "وأظهر استطلاع لرويترز": the agency's poll, found as research
        if pats["speech_before"].search(folded, max(0, m.start() - 120), m.start()) or pats[
            "that_after"
        ].match(folded, m.end(), m.end() + 6):
            told_attrs: dict[str, Any] = _outlet_attrs(sc, m)
            if m.group("quoted"):
                linked = _lookup_outlet(sc, m.group("quoted"))
                told_attrs = (
                    {"outlet": linked.name, "kb_id": linked.kb_id}
                    if linked is not None
                    else {"outlet": None, "outlet_text": m.group("quoted"), "kb_id": None}
                )
            found.append(Found(m.start(), _strip_end(folded, m.end()), "told_outlet", told_attrs))
    for m in finditer_near(pats["cited"], folded, anchors["cited_cues"], reach=1):
        found.append(Found(m.start(), _strip_end(folded, m.end()), "cited_outlet", _outlet_attrs(sc, m)))
    adjectives = _agency_adjectives(extra)
    for m in finditer_near(
        pats["agency_adjective"], folded, anchors["cited_cues"] + anchors["ar_report_verbs"], reach=1
    ):
        key = next(k for k in adjectives if m.group("adjective").endswith(k))
        agency = sc.agencies.get(fold(adjectives[key])) or Outlet(adjectives[key], None)
        agency_attrs: dict[str, Any] = {"outlet": agency.name, "kb_id": agency.kb_id}
        found.append(Found(m.start("adjective"), m.end("adjective"), "cited_outlet", agency_attrs))
    for m in finditer_near(pats["reported_before"], folded, anchors["ar_report_verbs"], reach=1):
        found.append(Found(m.start(), _strip_end(folded, m.end()), "cited_outlet", _outlet_attrs(sc, m)))
    for m in finditer_near(pats["outlet_then_verb"], folded, anchors["outlet_heads"], reach=5):
        found.append(Found(m.start(), m.end("qname") + 1, "cited_outlet", _outlet_attrs(sc, m)))
    pair_heads = any(head in folded for head in anchors["outlet_heads_dual"])
    for m in (
        pats["outlet_pair"].finditer(folded) if pair_heads and pats["outlet_pair_hint"].search(folded) else ()
    ):
        for group, start in (("first", m.start()), ("second", m.start("second"))):
            name = _original(text, norm, *m.span(group))
            found.append(Found(start, m.end(group), "cited_outlet", {"outlet": None, "outlet_text": name}))
    for m in pats["reprint_credit"].finditer(folded):
        name = _original(text, norm, *m.span("name"))
        found.append(Found(m.start(), m.end("name"), "cited_outlet", {"outlet": None, "outlet_text": name}))
    found.extend(_lead_credits(sc, folded, pats))
    found.extend(_credits(sc, folded, pats))
    found.extend(_domain_lines(sc, folded, doc.url))
    found.extend(_media_entities(doc, norm, folded, pats))
    found.extend(_attributed_names(doc, norm, folded, pats, sc, found, words, extra))
    found.extend(
        _social_channels(
            text,
            norm,
            folded,
            pats,
            anchors["platforms"],
            _ambiguous_platforms(extra),
            _platform_set(extra, "generic_platforms"),
            _platform_set(extra, "platforms"),
        )
    )
    found.extend(_implied_channels(text, norm, folded, pats))
    found.extend(_research(sc, folded, pats, anchors["research"]))
    found.extend(_organisation_reports(text, norm, folded, pats))
    found.extend(_vague(text, norm, folded, pats, anchors["vague"]))
    for m in finditer_near(pats["photo"], folded, anchors["photo_labels"]):
        o = norm.to_original(m.start(), m.end())
        end = _credit_end(text, o.end)
        found.append(_orig_found(norm, o.start, end, "photo_credit", {"credit": text[o.start : end]}))
    found.extend(_publisher(doc, norm, folded, pats, sc, found))

    found = [f for f in found if not _other_sense(folded, pats, f) and _capital_if_contracted(text, norm, f)]
    _mark_self_references(sc, doc.url, found)
    annotations = _resolve_overlaps(doc, norm, found)
    return doc.with_layer("sources", annotations)


def _capital_if_contracted(text: str, norm: Any, f: Found) -> bool:
    """An outlet found after "au"/"du" ("au Monde") is one only when written with its capital."""
    at = f.attrs.pop("_contracted", None)
    return at is None or text[norm.to_original(at, at + 1).start].isupper()


def _other_sense(folded: str, pats: Mapping[str, re.Pattern[str]], f: Found) -> bool:
    """A cited or told outlet that is a medium word in another sense (قناة السويس, موقع الحادث, منصة
    التتويج) or a channel something airs on (البث المباشر لقناة النادي). A body's own name may hold such
    words (هيئة قناة السويس) and is left to the organisation rules."""
    if f.kind not in _SELF_REFERENCE_KINDS or f.attrs.get("body") == "organisation":
        return False
    if pats["other_sense"].search(folded, f.start, f.end):
        return True
    return f.kind == "told_outlet" and bool(
        pats["broadcast_before"].search(folded, max(0, f.start - CONTEXT_CHARS), f.start)
    )


#: Kinds that can name the publishing outlet itself ("قال مصدر لـ«الشرق الأوسط»" in Asharq Al-Awsat).
_SELF_REFERENCE_KINDS = ("told_outlet", "cited_outlet", "interview", "agency")


def _mark_self_references(sc: SourceCues, url: str | None, found: Sequence[Found]) -> None:
    """An outlet the article names that is its own publisher (known from the article's URL) is the
    publisher speaking of itself, not a cited source: relabelled ``publisher`` with ``self: true``."""
    names = _publisher_names(sc.kb, _domain(url)) if url and sc.kb is not None else None
    if not names:
        return
    kb_id, short_names = names
    for f in found:
        if f.kind not in _SELF_REFERENCE_KINDS:
            continue
        written = f.attrs.get("outlet_text")
        written_key = _strip_head(re.sub(r"\s+", " ", written)) if written else None
        if (kb_id and f.attrs.get("kb_id") == kb_id) or (written_key and written_key in short_names):
            f.kind = "publisher"
            f.attrs["self"] = True


def _domain(url: str) -> str:
    host = (urlparse(url).hostname or "").lower()
    return host.removeprefix("www.")


_HEADS_FOLDED = ("صحيفه", "جريده", "قناه", "وكاله", "موقع", "مجله", "اذاعه", "شبكه")


def _strip_head(name: str) -> str:
    for head in _HEADS_FOLDED:
        if name.startswith(head + " "):
            return name[len(head) + 1 :]
    return name


def _publisher_names(kb: Any, domain: str) -> tuple[str | None, frozenset[str]] | None:
    """The KB id of the outlet at ``domain`` and its names without head nouns, first words included
    ("الوطن السعودية" is also "الوطن")."""
    return _publisher_names_cached(kb, domain) if domain else None


@lru_cache(maxsize=256)
def _publisher_names_cached(kb: Any, domain: str) -> tuple[str | None, frozenset[str]] | None:
    entry = kb.by_domain(domain)
    if entry is None:
        return None
    short: set[str] = set()
    for _, name in entry.names():
        key = _strip_head(fold(name))
        short.add(key)
        short.add(key.split(" ")[0])
    return entry.id, frozenset(w for w in short if len(w) >= 2)


def _strip_end(folded: str, end: int) -> int:
    while end > 0 and folded[end - 1] in " \n":
        end -= 1
    return end


def _orig_found(norm: Any, start: int, end: int, kind: str, attrs: dict[str, Any]) -> Found:
    """A candidate found on the original text, stored with folded offsets like the rest."""
    fs = bisect.bisect_left(norm.starts, start)
    fe = bisect.bisect_left(norm.starts, end)
    attrs = dict(attrs)
    attrs["_orig"] = (start, end)
    return Found(fs, fe, kind, attrs)


def _credit_end(text: str, end: int) -> int:
    """A credit broken across a line ("…Creative Com\\nmons 4.0") continues on the next line."""
    nl = end
    if nl < len(text) and text[nl] == "\n":
        nxt_end = text.find("\n", nl + 1)
        nxt_end = len(text) if nxt_end == -1 else nxt_end
        nxt = text[nl + 1 : nxt_end]
        continues = nxt and len(nxt) <= 30 and ":" not in nxt and (nxt[0].islower() or nxt[0].isdigit())
        if continues and nxt[0].isascii() and text[end - 1 : end].isalnum():
            return nxt_end - (len(nxt) - len(nxt.rstrip()))
    return end - (len(text[:end]) - len(text[:end].rstrip()))


def _media_entities(
    doc: Document, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]]
) -> list[Found]:
    """MEDIA entities found by the entities stage and cited as a source: right after a citing cue
    (according to, ذكرت صحيفة), after a "told" cue (told, сообщил, a déclaré à), or followed by a
    reporting verb (Reuters reported, сообщает ТАСС is the cue form)."""
    out: list[Found] = []
    for ent in doc.layer("entities"):
        if ent.label != "MEDIA":
            continue
        found = _orig_found(norm, ent.start, ent.end, "cited_outlet", {})
        window_start = max(0, found.start - CONTEXT_CHARS)
        before = folded[window_start : found.start]
        attrs = {"outlet": ent.attrs.get("canonical") or ent.text, "kb_id": ent.attrs.get("kb_id")}
        # the cue must end right before the outlet (allowing a head noun such as وكالة)
        if cue := pats["told_before"].search(before):
            nominative = _RU_NOMINATIVE_HEAD.match(folded, window_start + cue.end("cue"))
            kind = "cited_outlet" if nominative or _CITING_AFTER.match(folded, found.end) else "told_outlet"
            out.append(Found(window_start + cue.start(), found.end, kind, attrs))
        elif (
            (to := pats["to_before"].search(before))
            and not pats["works_at_before"].search(before)
            and pats["told_verb"].search(
                folded, max(0, window_start + to.start() - CONTEXT_CHARS), window_start + to.start()
            )
        ):
            # "a confirmé sous couvert d'anonymat à l'AFP", "confirmed the attack to Reuters"
            out.append(Found(window_start + to.start(), found.end, "told_outlet", attrs))
        elif cue := pats["cited_before"].search(before):
            out.append(Found(window_start + cue.start(), found.end, "cited_outlet", attrs))
        elif not pats["seen_by_before"].search(before) and (
            verb := pats["reported_after"].match(folded, found.end, found.end + CONTEXT_CHARS)
        ):
            out.append(Found(found.start, verb.end(), "cited_outlet", attrs))
        elif cited := _attribution(folded, found.start, found.end, pats):
            kind, start, end = cited
            out.append(Found(start, _strip_end(folded, end), kind, attrs))
    return out


def _credits(sc: SourceCues, folded: str, pats: Mapping[str, re.Pattern[str]]) -> list[Found]:
    """Credits that are not datelines in the usual place: glued to a sentence by an aggregator, the text's
    last word, a headline led by its source, an agency before the dateline's dash, "(BSS/AFP)"."""
    out: list[Found] = []
    line_ends = [m.start() for m in re.finditer(r"\n", folded)] + [len(folded)]
    tails = [(max(0, end - 40), end) for end in line_ends]
    for key, kind, windows in (
        ("glued_credit", "agency", tails),
        ("end_credit", "agency", tails[-1:]),
        ("headline_credit", "cited_outlet", [(0, len(folded))]),
        ("paren_agency_pair", "agency", [(0, len(folded))]),
    ):
        for m in _finditer_windows(pats[key], folded, windows):
            start = m.start("known") if key != "paren_agency_pair" else m.start()
            out.append(Found(start, _strip_end(folded, m.end()), kind, _outlet_attrs(sc, m)))
    for m in pats["lead_outlet_dash"].finditer(folded, 0, min(len(folded), LEAD_CREDIT_CHARS)):
        out.append(Found(m.start("known"), m.end("known"), "agency", _outlet_attrs(sc, m)))
    for key in ("with_credit", "inline_source_label", "byline_agency", "agencies_credit"):
        for m in _finditer_windows(
            pats[key], folded, [(0, len(folded))] if key == "byline_agency" else tails
        ):
            out.append(
                Found(m.start("known"), _strip_end(folded, m.end("known")), "agency", _outlet_attrs(sc, m))
            )
    for m in _finditer_windows(pats["paren_domain"], folded, tails):
        attrs = _domain_outlet(sc, "https://" + m.group("domain"))
        out.append(Found(m.start("domain"), m.end("domain"), "agency", attrs))
    for m in pats["slash_nisba"].finditer(folded):
        out.append(
            Found(m.start("name"), m.end("name"), "agency", {"outlet": None, "outlet_text": m.group("name")})
        )
    return out


#: A line that is only a site's domain: "korrespondent.net" closing an aggregated story.
_DOMAIN_LINE = re.compile(
    r"^[ \t]*(?P<domain>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?!(?:jpe?g|png|gif|pdf|html?|php)$)[a-z]{2,6})[ \t]*$"
)


def _domain_lines(sc: SourceCues, folded: str, url: str | None) -> list[Found]:
    """Among the last lines, a line that is only another site's domain credits that site (an aggregator's
    copy); the page's own domain is its signature."""
    own = _domain(url) if url else ""
    out: list[Found] = []
    lines = [m for m in re.finditer(r"[^\n]+", folded) if m.group().strip()][-SIGNATURE_LINES:]
    for line in lines:
        m = _DOMAIN_LINE.match(line.group())
        if m is None or m.group("domain").removeprefix("www.") == own:
            continue
        attrs = _domain_outlet(sc, "https://" + m.group("domain"))
        out.append(Found(line.start() + m.start("domain"), line.start() + m.end("domain"), "agency", attrs))
    return out


def _attribution(
    folded: str, start: int, end: int, pats: Mapping[str, re.Pattern[str]], *, organisation: bool = False
) -> tuple[str, int, int] | None:
    """How the text cites the name at folded ``[start, end)``, if it does: the kind and the span with its
    cue. An organisation needs a citing cue, an inverted verb or "в … сообщили"; a reporting verb after it
    ("the army said") makes it a speaker, not a source."""
    window = max(0, start - CONTEXT_CHARS)
    before = folded[window:start]
    if organisation:
        if pats["anaphoric_before"].search(before):
            return None  # "a indiqué ledit ministère": the body named before, not a new source
        # a government or military body that speaks ("a indiqué l'armée", "selon le ministère", "в Минобороны
        # сообщили") is the speaker of what it says; it is a cited source only through its evidence ("selon un
        # rapport du ministère", "по данным Минздрава")
        speaking_body = bool(pats["speaking_body"].search(folded, start, end))
        if m := pats["org_cue_before"].search(before):
            if pats["org_cue_not_after"].search(folded, max(0, window + m.start() - 20), window + m.start()):
                return None  # "قواعد بيانات مواقع المنظمة": databases, not the body's data
            if not speaking_body:
                return "cited_outlet", window + m.start(), end
            if pats["org_evidence"].search(m.group()):
                return "research", window + m.start(), end
            return None
        if speaking_body:
            return None
        if pats["ru_in_before"].search(before) and pats["ru_in_after"].match(folded, end):
            return "cited_outlet", start, end
        if pats["org_inverted_before"].search(before):
            return "cited_outlet", start, end
        return None
    if m := pats["told_before"].search(before):
        nominative = _RU_NOMINATIVE_HEAD.match(folded, window + m.end("cue"))
        reports = nominative or _CITING_AFTER.match(folded, end)
        return ("cited_outlet" if reports else "told_outlet"), window + m.start(), end
    if pats["by_told_before"].search(before):
        return "told_outlet", start, end
    if m := pats["interview_before"].search(before):
        return "interview", window + m.start(), end
    to = pats["to_before"].search(before)
    if (
        to
        and not pats["works_at_before"].search(before)
        and pats["told_verb"].search(folded, max(0, window + to.start() - CONTEXT_CHARS), window + to.start())
    ):
        return "told_outlet", window + to.start(), end
    if m := pats["on_air_before"].search(before):
        return "interview", window + m.start("cue"), end
    if m := pats["cited_before"].search(before):
        return "cited_outlet", window + m.start(), end
    if any(
        pats[key].search(before) for key in ("by_cited_before", "inverted_before", "free_inverted_before")
    ):
        return "cited_outlet", start, end
    if pats["seen_by_before"].search(before):
        return None  # "a video seen by Reuters showed": what follows is the video's
    if m := pats["reported_after_loose"].match(folded, end, end + CONTEXT_CHARS):
        return "cited_outlet", start, m.end()
    return None


#: A Russian outlet head noun in the nominative: after "сообщил" it is the subject ("сообщил телеканал …"),
#: where the dative ("сообщил телеканалу …", "сообщил ТАСС") is the outlet spoken to.
#: An outlet that cites someone in turn reports, it was not spoken to: "сообщил РБК со ссылкой на источник".
_CITING_AFTER = re.compile(r"[\"»”]?\s*со ссылкой на(?![^\W_])")
_RU_NOMINATIVE_HEAD = re.compile(
    r"\s+(?:телеканал|агентство|информагентство|газета|издание|радиостанция|портал|сайт|телеграм-канал)(?![^\W_])"
)

#: A name that looks like an outlet's or a body's, not a person's: an article or Al- before it, an
#: acronym, a domain, a word that names media, or one Russian word (a body in the prepositional case:
#: "сообщили в Росатоме"). "according to Alpha Beta" is a person speaking.
_OUTLET_LIKE = re.compile(
    r"^(?:The|Le|La|Les|L'|L’|Al-|El-)\s?|\b[A-ZА-ЯЁ]{2,}\d*\b|\.[a-z]{2,3}\b|^[А-ЯЁ][а-яё]+$|"
    r"\b(?:News|Times|Post|Herald|Tribune|Gazette|Journal|Daily|Monitor|Initiative|Agency|Press|Radio|TV|Télé|Tele|"
    r"Télévision|Television|Media|Médias|Channel|Info|Matin|Soir|Express|Observer|Standard|Telegraph|Review|Insider|"
    r"Network|Online|Today|Hebdo|Presse|Agence|Газета|Ведомости|Известия|Коммерсантъ)\b"
)

#: Entity labels whose names are not outlets when a citing cue names them.
_NOT_OUTLETS = frozenset({"PER", "PERSON", "LOC", "GPE", "COUNTRY", "CITY"})
#: A capitalised name set after an outlet by a comma: "le média d'Etat du Niger, RTN".
_APPOSED_NAME = re.compile(rf",[ \t]*(?P<name>{_CAP_NAME})(?=[ \t]*[.,;:])")


def _folded_span(norm: Any, start: int, end: int) -> tuple[int, int]:
    return bisect.bisect_left(norm.starts, start), bisect.bisect_left(norm.starts, end)


@lru_cache(maxsize=8)
def _attribution_anchors(extra_files: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Folded words at least one of which every match of an attribution pattern contains near its start
    (or, for "X reported", near its end): the patterns are tried only around them."""
    data = load_cues("sources", extra_files)
    return {
        "named": first_words(data["named_outlet_heads"]),
        "generic": tuple(fold(w) for w in data["generic_outlet_anchors"]),
        "organisation": first_words(data["organisation_heads"]),
        "cue_then_name": (
            "entretien",
            "interview",
            "according",
            "reported",
            "citing",
            "quoting",
            "selon",
            "d'apres",
            "cite",
            "citee",
            "relaye",
            "relayee",
            "rapporte",
            "rapportee",
            "сообщили",
            "заявили",
            "рассказали",
            "пояснили",
            "по",
            "со",
            "как",
            "согласно",
            "говорится",
        ),
        "name_then_reported": ("reported", "reports", "rapporte", "сообщает", "пишет"),
        "inverted_then_name": first_words(data["inverted_outlet_verbs"]),
        "line_name_reports": ("передает", "сообщает", "пишет", "reports", "writes", "rapporte", "ecrit"),
        "on_air_then_name": ("sur", "micro", "antenne"),
        # (whole words: only the anchors that are words of the text are looked for)
        "staff_of_name": (
            *(
                stem + ending
                for stem in ("журналист", "корреспондент", "репортер", "источник", "собеседник")
                for ending in ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами")
            ),
            *("обозреватель", "обозревателя", "обозревателю", "обозреватели", "обозревателей"),
        ),
    }


def _windows(folded: str, anchors: Sequence[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows around every occurrence of the anchors in the folded text."""
    spans: list[tuple[int, int]] = []
    for anchor in anchors:
        at = folded.find(anchor)
        while at != -1:
            spans.append((max(0, at - before), min(len(folded), at + len(anchor) + after)))
            at = folded.find(anchor, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _original_windows(
    norm: Any, folded: str, anchors: Sequence[str], before: int, after: int
) -> list[tuple[int, int]]:
    """The windows of :func:`_windows`, as offsets into the original text."""
    out = []
    for start, end in _windows(folded, anchors, before, after):
        span = norm.to_original(start, end)
        out.append((span.start, span.end))
    return out


def _finditer_windows(
    pattern: re.Pattern[str], text: str, windows: Sequence[tuple[int, int]]
) -> list[re.Match[str]]:
    """The matches of ``pattern`` inside each window (lookarounds still see the text around it)."""
    return [m for start, end in windows for m in pattern.finditer(text, start, end)]


def _attributed_names(
    doc: Document,
    norm: Any,
    folded: str,
    pats: Mapping[str, re.Pattern[str]],
    sc: SourceCues,
    found: Sequence[Found],
    words: set[str],
    extra_files: tuple[str, ...] = (),
) -> list[Found]:
    """Outlets and organisations cited by what surrounds them (see :func:`_attribution`): outlets named by
    a head noun ("Niger state television RTN", "la chaîne Tele Sahel", "телеканал Al Hadath") or only by
    what they are ("la télévision d'État"), organisations (ORG entities, "le ministère des Affaires
    étrangères"), and later mentions of a name the text has introduced as an outlet ("RTN also said")."""
    text = doc.text
    out: list[Found] = []
    names: set[str] = set()

    def add(start: int, end: int, attrs: dict[str, Any], *, organisation: bool = False) -> None:
        cited = _attribution(folded, start, end, pats, organisation=organisation)
        if cited is not None:
            kind, s, e = cited
            out.append(Found(s, _strip_end(folded, e), kind, attrs))

    # only the anchors whose first word is in the text: looking for each of the others costs a scan
    anchors = {
        key: [a for a in group if (w := _WORD.search(a)) is None or w.group() in words]
        for key, group in _attribution_anchors(extra_files).items()
        if key != "generic"
    }
    anchors["generic"] = list(_attribution_anchors(extra_files)["generic"])  # also inside a word: للتلفزيون
    for m in _finditer_windows(
        pats["named_outlet"], text, _original_windows(norm, folded, anchors["named"], 40, 120)
    ):
        group = "quoted" if m.group("quoted") else "name"
        name = m.group(group).rstrip(".")
        start, end = _folded_span(norm, m.start(), m.start(group) + len(name))
        written = re.sub(r"\s*\(.*\)$", "", name)
        names.add(fold(written))
        if acronym := re.search(r"\(([^()]+)\)$", name):
            names.add(fold(acronym.group(1)))
        if fold(written) not in sc.outlets:  # a known outlet is cited through its entity, with its KB id
            add(start, end, {"outlet": None, "outlet_text": written, "kb_id": None})
    for m in _finditer_windows(
        pats["name_then_head"], text, _original_windows(norm, folded, anchors["generic"], 60, 4)
    ):
        start, end = _folded_span(norm, m.start(), m.end())
        add(start, end, {"outlet": None, "outlet_text": m.group("name"), "kb_id": None})
    for m in _finditer_windows(
        pats["acronym_then_head"], text, _original_windows(norm, folded, anchors["generic"], 12, 4)
    ):
        names.add(fold(m.group("name")))
        start, end = _folded_span(norm, m.start(), m.end())
        add(start, end, {"outlet": None, "outlet_text": m.group("name"), "kb_id": None})
    for m in _finditer_windows(pats["generic_outlet"], folded, _windows(folded, anchors["generic"], 40, 60)):
        end = m.end()
        # "le média d'Etat du Niger, RTN": the name given after it is the same outlet
        o_end = norm.to_original(m.start(), m.end()).end
        if apposed := _APPOSED_NAME.match(text, o_end):
            names.add(fold(apposed.group("name").rstrip(".")))
            end = _folded_span(norm, o_end, apposed.end("name"))[1]
        attrs = {"outlet": None, "outlet_text": _original(text, norm, m.start(), m.end())}
        start = m.start()
        if folded.startswith("ل", start):  # "في تصريح للتلفزيون الرسمي": the ل belongs to the cue
            start += 1
            if _attribution(folded, start, end, pats) is None and pats["speech_before"].search(
                folded, max(0, start - 120), start
            ):
                out.append(Found(start, _strip_end(folded, end), "told_outlet", attrs))  # "قال للتلفزيون …"
                continue
        add(start, end, attrs)
    people = sorted((e.start, e.end) for e in doc.layer("entities") if e.label in _NOT_OUTLETS)
    people_starts = [start for start, _ in people]
    for key, before, after in (
        ("cue_then_name", 0, 120),
        ("name_then_reported", 80, 20),
        ("inverted_then_name", 10, 120),
        ("line_name_reports", 80, 20),
        ("on_air_then_name", 0, 80),
        ("staff_of_name", 0, 60),
    ):
        for m in _finditer_windows(
            pats[key], text, _original_windows(norm, folded, anchors[key], before, after)
        ):
            name = m.group("name").rstrip(".")
            n_end = m.start("name") + len(name)
            before = bisect.bisect_right(people_starts, m.start("name")) - 1
            # (a quoted name after "журналисты" is an outlet's whatever its words)
            outlet_like = key == "staff_of_name" or _OUTLET_LIKE.search(name)
            if len(name) < 2 or (before >= 0 and n_end <= people[before][1]) or not outlet_like:
                continue  # "selon Diop", "according to Moscow": a person or a place speaks, it is no outlet
            start, end = _folded_span(norm, m.start("name"), n_end)
            if pats["speaking_body"].search(folded, start, end):
                continue  # "сообщили в Минобороны": the ministry speaks (see organisation_evidence_words)
            names.add(fold(name))
            add(start, end, {"outlet": None, "outlet_text": name, "kb_id": None})
    # an outlet named only by its web address, in lower case, where a cue cites it: "сообщает nv.ua со
    # ссылкой на …", "selon bamada.net" (not inside a link or an e-mail address)
    for m in _DOMAIN_MENTION.finditer(text):
        start, end = _folded_span(norm, m.start(), m.end())
        if fold(m.group()) not in sc.outlets:  # a known outlet is cited through its entity, with its KB id
            add(start, end, {"outlet": None, "outlet_text": m.group(), "kb_id": None})
    out.extend(_known_latin_outlets(text, norm, folded, pats, sc, words))
    for f in found:
        if f.attrs.get("outlet_text") and len(f.attrs["outlet_text"]) >= 2:
            names.add(re.sub(r"\s+", " ", f.attrs["outlet_text"]).strip('"'))
    learned = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    if learned:  # one pass over the text for all the names, so the cost stays linear
        learned_pattern = re.compile(rf"{B_START}(?:{'|'.join(map(re.escape, learned))}){B_END}")
        for m in finditer_near(learned_pattern, folded, learned):
            attrs = {"outlet": None, "outlet_text": _original(text, norm, m.start(), m.end())}
            add(m.start(), m.end(), attrs)
    organisations = [_folded_span(norm, e.start, e.end) for e in doc.layer("entities") if e.label == "ORG"]
    organisations += [
        m.span()
        for m in _finditer_windows(
            pats["organisation"], folded, _windows(folded, anchors["organisation"], 6, 80)
        )
    ]
    for start, end in organisations:
        attrs = {"outlet": None, "outlet_text": _original(text, norm, start, end), "body": "organisation"}
        add(start, end, attrs, organisation=True)
    return out


@lru_cache(maxsize=256)
def _alternation_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"{B_START}(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))}){B_END}"
    )


def _known_latin_outlets(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]], sc: SourceCues, words: set[str]
) -> list[Found]:
    """Outlets the KB or the agency table knows, written in Latin or Cyrillic letters with their capitals
    ("the state-run Syrian Arab News Agency", "a indiqué Sana"), cited by what surrounds them, for the
    mentions the entities stage did not tag. A name in lower case ("le monde entier") is a common noun."""
    known = tuple(sorted(k for w in sc.latin_by_first_word.keys() & words for k in sc.latin_by_first_word[w]))
    if not known:
        return []
    pattern = _alternation_pattern(known)
    out: list[Found] = []
    for m in finditer_near(pattern, folded, known):
        span = norm.to_original(m.start(), m.end())
        written = text[span.start : span.end]
        if not all(w[0].isupper() or w[0].isdigit() for w in written.split() if len(w) >= 3):
            continue
        outlet = sc.outlets[re.sub(r"\s+", " ", m.group())]
        if cited := _attribution(folded, m.start(), m.end(), pats):
            kind, start, end = cited
            out.append(
                Found(start, _strip_end(folded, end), kind, {"outlet": outlet.name, "kb_id": outlet.kb_id})
            )
    return out


def _lookup_outlet(sc: SourceCues, name: str) -> Outlet | None:
    """The KB outlet a bare quoted name stands for: "الشرق الأوسط" is listed as "صحيفة الشرق الأوسط"."""
    key = re.sub(r"\s+", " ", name.strip())
    if key in sc.outlets:
        return sc.outlets[key]
    for head in ("صحيفه", "جريده", "قناه", "وكاله", "موقع", "مجله", "اذاعه", "شبكه"):
        if f"{head} {key}" in sc.outlets:
            return sc.outlets[f"{head} {key}"]
    return None


def _lead_credits(sc: SourceCues, folded: str, pats: Mapping[str, re.Pattern[str]]) -> list[Found]:
    """An agency's Arabic abbreviation alone between spaces in the lead is a dateline credit."""
    out: list[Found] = []
    for m in pats["lead_credit"].finditer(folded, 0, min(len(folded), LEAD_CREDIT_CHARS)):
        out.append(Found(m.start(), m.end(), "agency", _outlet_attrs(sc, m)))
    return out


@lru_cache(maxsize=8)
def _agency_adjectives(extra_files: tuple[str, ...]) -> dict[str, str]:
    """Folded nationality adjective without its article (المانيه) -> the agency's canonical name."""
    return {fold(a)[2:]: name for a, name in load_cues("sources", extra_files)["agency_adjectives"].items()}


@lru_cache(maxsize=8)
def _ambiguous_platforms(extra_files: tuple[str, ...]) -> frozenset[str]:
    return _platform_set(extra_files, "ambiguous_platforms")


@lru_cache(maxsize=16)
def _platform_set(extra_files: tuple[str, ...], key: str) -> frozenset[str]:
    return frozenset(fold(p) for p in load_cues("sources", extra_files)[key])


def _original(text: str, norm: Any, start: int, end: int) -> str:
    span = norm.to_original(start, end)
    return text[span.start : span.end]


def _social_channels(
    text: str,
    norm: Any,
    folded: str,
    pats: Mapping[str, re.Pattern[str]],
    anchors: Sequence[str],
    ambiguous: frozenset[str],
    generic: frozenset[str] = frozenset(),
    listed: frozenset[str] | None = None,
) -> list[Found]:
    """A platform named as where something was posted: a channel word before it ("عبر حسابه في
    تويتر", "on its Telegram channel") or after it ("Telegram channel «…»"); ``X`` and the like need
    an account word, not a bare preposition."""
    out: list[Found] = []
    for m in finditer_near(pats["platform"], folded, anchors, reach=1):
        platform = m.group("platform")
        window_start = max(0, m.start() - CONTEXT_CHARS)
        before = pats["owner_before"].search(folded, window_start, m.start()) or pats[
            "channel_before"
        ].search(folded, window_start, m.start())
        weak = None
        if before is None:
            weak = pats["weak_channel_before"].search(folded, window_start, m.start())
            if (
                weak is not None
                and (
                    pats["posting_verb"].search(folded, max(0, weak.start() - 80), weak.start())
                    or (
                        weak.group("cue") == "sur"
                        and platform not in ambiguous
                        and platform not in generic
                        and pats["french_perfect_before"].search(
                            folded, max(0, weak.start() - 40), weak.start()
                        )
                    )
                )
                and not pats["account_action"].search(folded, max(0, weak.start() - 40), weak.start())
            ):
                before = weak
        after = pats["channel_after"].match(folded, m.end(), m.end() + 80)
        named_after = after is not None and after.end() > m.end()
        # "телеграм-канале" names the channel itself; a declined form the cue file does not list ("не было
        # Telegram-канала") only with the channel's name after it ("журналисты telegram-канала «…»")
        self_channel = "канал" in platform and (listed is None or platform in listed or named_after)
        if (
            before is None
            and not self_channel
            and (after is None or not named_after or after.group("handle"))
        ):
            continue  # a platform with a handle and nothing before it is a columnist's signature
        cue = before.group("cue") if before is not None else ""
        if platform in ambiguous and not cue and not named_after:
            continue
        if platform in generic and (
            before is None
            or (
                before is weak
                and not pats["posting_verb"].search(folded, max(0, weak.start() - 20), weak.start())
            )
        ):
            # "images shared on social media", "انتشر على نطاق واسع في وسائل التواصل" name no account; a
            # posting verb right before does: "a indiqué l'armée sur les réseaux sociaux", "وأعلنت عبر …"
            continue
        if before is None and _PLURAL_CHANNELS.search(folded, m.start(), after.end() if after else m.end()):
            # "Pro-Russian Telegram channels reported …" cite them; "he has no Telegram channels" does not
            report_end = after.end() if after is not None else m.end()
            if not (
                pats["reported_after_loose"].match(folded, report_end, report_end + CONTEXT_CHARS)
                or pats["vague_cue_before"].search(folded, window_start, m.start())
            ):
                continue
        start = before.start() if before is not None else m.start()
        if pats["own_channel_before"].search(folded, max(0, start - 30), start):
            continue  # "Rejoignez notre page Facebook": the publisher's own channel, no source
        end = after.end() if named_after and after is not None else m.end()
        attrs: dict[str, Any] = {"outlet": None, "platform": _original(text, norm, *m.span("platform"))}
        if after is not None and (after.group("channel") or after.group("handle")):
            group = "channel" if after.group("channel") else "handle"
            attrs["channel"] = _original(text, norm, *after.span(group))
        owner = _channel_owner(text, norm, folded, pats, before, end)
        if owner:
            attrs["owner"] = owner
        out.append(Found(start, _strip_end(folded, end), "social_channel", attrs))
    return out


def _declined_platforms(platforms: Sequence[str], declension: RussianDeclension) -> list[str]:
    """The oblique cases of the Cyrillic platform names that end in a consonant: "telegram-канала",
    "Телеграмом", "Твиттеру" (folded)."""
    return [
        fold(name) + ending
        for name in platforms
        if re.search("[бвгджзклмнпрстфхцчшщ]$", fold(name))
        for ending in declension.name_endings
    ]


def _implied_channels(text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]]) -> list[Found]:
    """A tweet or an account named without its platform after a posting verb: "وكتب الوزير في تغريدة له",
    "وقال الأمير عبر حسابه الرسمي". An account after على/في needs an adjective of accounts ("على حسابه
    الخاص" is at one's own expense); one whose platform is named is found by :func:`_social_channels`."""
    out: list[Found] = []
    for m in pats["implied_channel"].finditer(folded):
        if m["account"] and m["cue"] != "عبر" and not m["adjective"]:
            continue
        if not pats["posting_verb"].search(folded, max(0, m.start() - 60), m.start()):
            continue
        # a tweet is posted on Twitter (X); an account's platform is unknown
        platform = "Twitter" if m["tweet"] else None
        attrs = {"outlet": None, "platform": platform, "channel_word": _original(text, norm, *m.span())}
        out.append(Found(m.start(), m.end(), "social_channel", attrs))
    return out


#: Channels in the plural ("Telegram channels", "телеграм-каналы"): a group of sources only when cited.
_PLURAL_CHANNELS = re.compile(r"channels|accounts|pages|chaines|comptes|каналы|каналов|каналах")


def _channel_owner(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]], before: Any, end: int
) -> str | None:
    """Whose channel it is, when the text says: "حساب وزارة الدفاع على تويتر" (between the account
    word and the platform), "в телеграм-канале Минобороны", "sur le compte X du ministère" (capitalised
    words right after)."""
    if before is not None and (m := pats["owner_between"].match(folded, before.start("cue"), end)):
        return _original(text, norm, *m.span("owner"))
    original_end = norm.to_original(end, end).start if end < len(folded) else len(text)
    if m := _OWNER_AFTER.match(text, original_end):
        return (m.group("owner_of") or m.group("owner_cap")) + m.group("rest")
    return None


def _research(
    sc: SourceCues, folded: str, pats: Mapping[str, re.Pattern[str]], anchors: Sequence[str]
) -> list[Found]:
    """A research group or monitor cited as evidence: a citing word or an evidence noun before its
    name ("according to ACLED", "satellite images from Maxar", "أفاد المرصد السوري"), or a
    reporting verb or evidence noun after it ("HRW said", "ACLED data")."""
    if not sc.research:
        return []
    out: list[Found] = []
    for m in finditer_near(pats["research"], folded, anchors, reach=1):
        start = m.start("known")
        before = folded[max(0, start - CONTEXT_CHARS) : start]
        cited = (
            pats["research_before"].search(before)
            or pats["org_inverted_before"].search(before)  # "…, a indiqué l'OSDH"
            or pats["research_after"].match(folded, m.end(), m.end() + 2 * CONTEXT_CHARS)
        )
        if cited:
            group = sc.research[re.sub(r"\s+", " ", m.group("known"))]
            out.append(Found(start, m.end(), "research", {"outlet": group.name, "kb_id": group.kb_id}))
    return out


#: Report nouns (folded) whose neighbourhood is searched for a body's report cited as evidence.
_REPORT_ANCHORS = ("تقرير", "مسح", "دراس", "استطلاع", "احصا")


def _organisation_reports(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]]
) -> list[Found]:
    """A body's report, survey or study cited as evidence ("ووفق التقرير السنوي لمصلحة الجمارك", "وفقا
    لمسح أجرته رويترز"): research, spanning the report and its author."""
    out: list[Found] = []
    for w_start, w_end in _windows(folded, _REPORT_ANCHORS, 25, 120):
        for m in pats["org_report"].finditer(folded, w_start, w_end):
            author = _original(text, norm, *m.span("author"))
            out.append(Found(m.start(), m.end(), "research", {"outlet": None, "outlet_text": author}))
    return out


#: Unnamed reports among the vague sources (folded): "تقارير", "بعض التقارير", "تقرير إحصائي".
#: Vague sources that the bare cue عن does not cite: the newspapers ("عن طريق الصحف").
_NOT_AFTER_BARE_AN = re.compile(r"^(?:لل|[وفبل])?(?:ال)?صحف")


def _bare_an(folded: str, cue: re.Match[str]) -> bool:
    """The cue is عن without a verb of passing on before it (نقلا عن, نقلت عن, ناقلة عن cite; "نيابة عن",
    "عن طريق" do not)."""
    words = cue.group().split()
    if not words or words[0] != "عن":  # (the cue's own first word; "نقلت عن" is a cue of its own)
        return False
    before = folded[max(0, cue.start() - 15) : cue.start()].split()
    return not (before and before[-1].lstrip("وف").startswith(("نقل", "ناقل")))


_REPORTS = re.compile(r"^(?:لل|[وفبل])?(?:بعض\s+)?(?:ال)?(?:تقارير|تقرير)")


def _vague(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]], anchors: Sequence[str]
) -> list[Found]:
    """Collective unnamed sources ("مصادر محلية", "local sources", "СМИ"), looked for only near
    their head words; the weaker forms ("وسائل الإعلام", "the media") need a citing word before or a
    reporting verb after."""
    windows = _windows(folded, anchors, 50, 60)
    out: list[Found] = []
    for w_start, w_end in windows:
        for m in pats["vague"].finditer(folded, w_start, w_end):
            out.append(
                Found(
                    m.start(),
                    m.end(),
                    "vague",
                    {"outlet": None, "description": _original(text, norm, *m.span())},
                )
            )
        for m in pats["vague_cited"].finditer(folded, w_start, w_end):
            # "وقال إن التقارير …": a report is cited only right after the cue, no word between
            adjacent = _REPORTS.match(m.group())
            before = "vague_cue_adjacent" if adjacent else "vague_cue_before"
            # the ل of "وفقا للتقارير" closes the cue "وفقا ل"
            cue_end = m.start() + 1 if m.group().startswith("ل") else m.start()
            cue = pats[before].search(folded, max(0, m.start() - 40), cue_end)
            if cue and _NOT_AFTER_BARE_AN.match(m.group()) and _bare_an(folded, cue):
                cue = None  # "عن طريق الصحف": عن cites them only after نقل
            verb = pats["vague_after"].match(folded, m.end(), m.end() + 40)
            if cue or verb:
                out.append(
                    Found(
                        m.start(),
                        m.end(),
                        "vague",
                        {"outlet": None, "description": _original(text, norm, *m.span())},
                    )
                )
    return out


def _publisher(
    doc: Document,
    norm: Any,
    folded: str,
    pats: Mapping[str, re.Pattern[str]],
    sc: SourceCues,
    found: Sequence[Found],
) -> list[Found]:
    """A short signature line near the end naming an organisation (مجموعة الرؤية الاستراتيجية …)."""
    out: list[Found] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", folded) if m.group().strip()]
    for start, end in lines[-SIGNATURE_LINES:]:
        if any(f.start < end and start < f.end for f in found):
            continue  # already a credit
        line = folded[start:end].strip()
        words = re.findall(r"[^\W_]+", line)
        if not words or len(words) > 12 or line.endswith((".", "؟", "?", "!", ":")) or _URL.search(line):
            continue
        outlet = _publisher_outlet(sc, line)
        if outlet is None and not pats["publisher_head"].match(line):
            continue
        o = norm.to_original(start, end)
        written = doc.text[o.start : o.end].strip()
        attrs = {"outlet": outlet.name if outlet else written, "kb_id": outlet.kb_id if outlet else None}
        out.append(Found(start, end, "publisher", attrs))
    return out


def _publisher_outlet(sc: SourceCues, line: str) -> Outlet | None:
    """The KB outlet or organisation a signature line starts with (longest name wins)."""
    line = line.strip('"«»“” ')
    best = None
    for name, outlet in sc.publishers.items():
        whole_words = line.startswith(name) and (len(line) == len(name) or not line[len(name)].isalnum())
        if whole_words and (best is None or len(name) > len(best[0])):
            best = (name, outlet)
    return best[1] if best else None


def _absorb_abbreviations(found: list[Found]) -> list[Found]:
    """ "لوكالة الأنباء الألمانية (د.ب.أ)": an agency's abbreviation in parentheses right after the
    outlet someone spoke to or cited names the same outlet; it is not a dateline."""
    outlets = [f for f in found if f.kind in ("told_outlet", "cited_outlet", "interview")]
    kept: list[Found] = []
    for f in found:
        if f.kind == "agency" and f.attrs.get("_paren"):
            if any(o.start <= f.start and f.end <= o.end for o in outlets):
                continue  # "حسب ما نقلته وكالة (د ب أ)": the outlet's own name
            named = next((o for o in outlets if 0 <= f.start - o.end <= 2), None)
            if named is not None:
                named.end = f.end
                if named.attrs.get("outlet") is None:
                    named.attrs.update(outlet=f.attrs.get("outlet"), kb_id=f.attrs.get("kb_id"))
                continue
        f.attrs.pop("_paren", None)
        kept.append(f)
    return kept


def _resolve_overlaps(doc: Document, norm: Any, found: list[Found]) -> list[Annotation]:
    found = _absorb_abbreviations(found)
    rank = {kind: i for i, kind in enumerate(PRIORITY)}
    found.sort(key=lambda f: (rank[f.kind], -(f.end - f.start), f.start))
    kept: list[Found] = []
    # the kept spans never overlap, so sorted by start they are sorted by end too: a new span is free
    # when it ends before the next kept one starts and starts after the one before ends (no scan of all)
    starts: list[int] = []
    by_start: list[Found] = []
    for f in found:
        if f.end <= f.start:
            continue
        i = bisect.bisect_right(starts, f.start)
        if (i > 0 and by_start[i - 1].end > f.start) or (i < len(by_start) and by_start[i].start < f.end):
            continue
        starts.insert(i, f.start)
        by_start.insert(i, f)
        kept.append(f)
    annotations = []
    for f in sorted(kept, key=lambda f: f.start):
        attrs = dict(f.attrs)
        orig = attrs.pop("_orig", None)
        if orig is None:
            span = norm.to_original(f.start, f.end)
            start, end = span.start, span.end
        else:
            start, end = orig
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        attrs.setdefault("outlet", None)
        annotations.append(doc.annotation("sources", start, end, f.kind, attrs=attrs, stage=STAGE))
    return annotations
