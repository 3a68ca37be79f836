"""Actors without a name (مسلحون, des terroristes, the army, a convoy) and references back to a named group
("the group", الجماعة), with the checks on what stands next to a name."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from rasid.extract.events.catalogue import STAGE, catalogue, folded_set, lang_of
from rasid.extract.events.context import EventContext
from rasid.extract.matcher import fold_gap
from rasid.model import Annotation, Span

#: Words after an unnamed actor that belong to it: a nisba (الجيش التركي, ميليشيات الحوثي), "unknown"
#: (مسلحون مجهولون), a French adjective of nationality or kind (soldats maliens, groupe armé terroriste, positions
#: militaires).
_AR_ADJECTIVE = re.compile(
    r"^ال\w+ي(?:ه|ين|ون)?$"
    r"|^(?:ال)?(?:مجهول|مسلح|ارهابي|متطرف|عسكري|امني|حكومي|تركي|روسي|فرنسي|امريكي|اميركي|سعودي|يمني|عراقي|سوري)\w*$"
)
#: Words that look like a nisba and are not one: directions (شمالي بوركينا), prepositions.
_AR_NOT_ADJECTIVE = re.compile(r"^(?:[وف]?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)|في|الي|علي|لدي|حتي|الذي|التي)")
_FR_ADJECTIVE = re.compile(
    r"^\w+(?:ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|ois|oise|oises)$"
    r"|^arme(?:e|es|s)?$|^(?:d?j|dj)ihadiste?s?$|^terroristes?$|^islamistes?$|^presumee?s?$"
    # of kind, on a thing hit: "des positions militaires du JNIM", "un camp militaire de l'armée"
    r"|^militaires?$"
)
#: Words before one: "Malian soldiers", "Russian troops", "малийских военных", "вооруженные боевики".
_EN_ADJECTIVE = re.compile(r"^\w+(?:ian|ese|ish|ean|i|an)$")
_RU_ADJECTIVE = re.compile(r"^\w+(?:ские|ских|ский|ская|ские|ные|ных|ный|ная|ой|ую|ые|ых)$")
_MAX_EXTENSION = 3
#: A clitic glued to an unnamed actor is not part of its name: والجيش -> الجيش.
AR_CLITIC_BEFORE_ARTICLE = re.compile(r"^(?:و|ف|ب|ك)(?=ال)|^(?:و|ف)(?=لل)")


def _unnamed_actors(ctx: EventContext) -> list[Annotation]:
    """The unnamed actors of a document, each extended over the words that belong to it, names left out."""
    found: list[tuple[int, int, str]] = []
    for group in ("unnamed_actor", "attack_object"):
        for cue in ctx.cues.get(f"lex|{group}", ()):
            start, end = _extend_left(ctx, cue.span.start), extend_right(ctx, cue.span.end)
            found.append((start, end, group))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, group in found:
        gap = ctx.text[merged[-1][1] : start].strip() if merged else "x"
        adjacent = gap in ("", "ل")
        owned = (
            adjacent
            and (
                (
                    merged[-1][2] == "attack_object" and "ل" in (gap, ctx.text[start : start + 1])
                )  # موقعا للجيش
                or (
                    group == "attack_object" and lang_of(ctx.text[start : start + 2]) != "ar"
                )  # "police checkpoint"
                or (
                    group == "unnamed_actor"
                    and ctx.text.startswith("ال", start)
                    and "\n" not in ctx.text[merged[-1][1] : start]
                )  # طائرات التحالف, جنود الجيش: a construct (إضافة) names one actor
                or (
                    merged[-1][2] == "attack_object"
                    and lang_of(ctx.text[start : start + 2]) == "ru"
                    and "\n" not in ctx.text[merged[-1][1] : start]
                )  # "колонна военных", "подразделение армии": the genitive owner follows
            )
        )  # a post and its owner are one target
        if merged and (start < merged[-1][1] or owned):
            prev_start, prev_end, prev_group = merged[-1]
            merged[-1] = (prev_start, max(prev_end, end), prev_group)
        else:
            merged.append((start, end, group))
    out = []
    for start, end, group in merged:
        if (
            _followed_by_name(ctx, end)
            or _preceded_by_name(ctx, start)
            or (group == "attack_object" and _named_after(ctx, end))
        ):
            continue  # مسلحون من جماعة نصرة الإسلام, قاعدة للجيش المالي, "Wagner fighters": the name is the actor
        clitic = AR_CLITIC_BEFORE_ARTICLE.match(ctx.text, start, end)
        if clitic:
            start = clitic.end()
        if _inside_named(ctx, start, end) or not _stands_as_actor(ctx, start):
            continue
        out.append(
            ctx.doc.annotation("entities", start, end, "UNNAMED", attrs={"unnamed": group}, stage=STAGE)
        )
    return sorted(_group_anaphors(ctx, out), key=lambda a: a.start)


#: "Unknown people" are the ones who did it, never what was hit: "هاجم مجهولون", "أحرق مجهولون حافلة".
_UNKNOWN_DOERS = re.compile(r"^(?:[وفب]?ال)?مجهول(?:ون|ين)$")


def unknown_doers(ann: Annotation) -> bool:
    """Whether an unnamed actor is "unknown people" (مجهولون): a doer, never a theme or victim by position."""
    return ann.label == "UNNAMED" and _UNKNOWN_DOERS.match(fold_gap(ann.text)) is not None


def unnamed_in(ctx: EventContext, lo: int, hi: int) -> list[Annotation]:
    """Unnamed actors (مسلحون, "des terroristes", the army, a convoy) starting in ``[lo, hi)``."""
    if ctx.unnamed is None:
        ctx.unnamed = _unnamed_actors(ctx)
        ctx.unnamed_starts = [a.start for a in ctx.unnamed]
    i = bisect_left(ctx.unnamed_starts, lo)
    out = []
    while i < len(ctx.unnamed) and ctx.unnamed[i].start < hi:
        out.append(ctx.unnamed[i])
        i += 1
    return out


#: How far back (characters) "the group" may find the armed group it refers to.
_GROUP_ANAPHORA_REACH = 1500


def _group_anaphors(ctx: EventContext, unnamed: list[Annotation]) -> list[Annotation]:
    """The unnamed actors with "the group" ("الجماعة", "le groupe") as the armed group named last before it.

    "تبنت جماعة النصرة الهجوم ... ونفذت الجماعة الهجوم": the group that carried it out is النصرة, and the role
    carries that name (``canonical``, ``kb_id``, ``refers_to``: where it is named). With no armed group named
    before it, the phrase is no actor ("صلاة الجماعة").
    """
    out = list(unnamed)
    for cue in ctx.cues.get("lex|group_anaphor", ()):
        start, end = cue.span.start, cue.span.end
        if _inside_named(ctx, start, end) or _followed_by_name(ctx, end):
            continue  # جماعة نصرة الإسلام, "the group Ansar Dine": the name itself follows
        i = bisect_left(ctx.entity_starts, start) - 1
        while i >= 0 and ctx.entities[i].label != "ARMED_GROUP":
            i -= 1
        if i < 0 or start - ctx.entities[i].end > _GROUP_ANAPHORA_REACH or ctx.entities[i].end > start:
            continue
        named = ctx.entities[i]
        attrs = {
            "unnamed": "group_anaphor",
            "canonical": named.attrs.get("canonical") or named.text,
            "kb_id": named.attrs.get("kb_id"),
            "refers_to": named.start,
        }
        out = [a for a in out if not (a.start < end and start < a.end)]  # "le groupe armé": one actor
        out.append(ctx.doc.annotation("entities", start, end, "UNNAMED", attrs=attrs, stage=STAGE))
    return out


#: A full stop or a line break: a title word before one is another sentence's.
_BREAK = re.compile(r"[.!?;:\n]")
#: A French noun phrase has a determiner or a number: "terroriste" bare after a noun is an adjective.
_FR_DETERMINERS = frozenset(
    [
        "des",
        "les",
        "la",
        "le",
        "l'",
        "du",
        "de",
        "d'",
        "un",
        "une",
        "ces",
        "leurs",
        "leur",
        "ses",
        "son",
        "sa",
        "nos",
        "notre",
        "cet",
        "cette",
        "ce",
        "plusieurs",
        "par",
        "aux",
        "au",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "quarante",
        "soixante",
        "dizaine",
        "centaine",
        "centaines",
        "milliers",
        "vingt",
        "trente",
        "cinquante",
        "cent",
        "dizaines",
    ]
)


def _stands_as_actor(ctx: EventContext, start: int) -> bool:
    """Not a name (Forces armées maliennes is one), not part of a title (وزير الدفاع, le ministère des Forces
    armées, المفوض الأعلى للشرطة), not a French adjective (une attaque terroriste)."""
    i = ctx.token_index(start)
    title = ctx.cue_near("lex|title_head", max(0, start - 26), start)
    if title is not None and not _BREAK.search(ctx.text, title.span.end, start):
        return False  # not past a full stop or a line: "a précisé le ministère.\n\nL'armée israélienne"
    if (
        ctx.doc.language == "fr"
        and i < len(ctx.tokens)
        and ctx.tokens[i].start == start
        and ctx.tokens[i].text in _FR_DETERMINERS
    ):
        return True  # "que l'armée avait attaqué": the phrase has its own determiner
    previous = ctx.tokens[i - 1] if i > 0 else None
    if ctx.doc.language == "fr" and previous is not None and not ctx.text[previous.end : start].strip():
        return previous.text in _FR_DETERMINERS or previous.text.isdigit()
    return True


#: Words between an unnamed actor and the name of what it belongs to: مسلحون من داعش, des combattants du JNIM.
OF_WORDS = frozenset({"من", "de", "du", "des", "d'", "of", "from", "из"})
#: Words of belonging before that name: مسلحين ينتمون لجماعة X, "des hommes affiliés au JNIM", "fighters linked to".
BELONGING = folded_set(
    ["ينتمون", "ينتمي", "تنتمي", "المنتمين", "منتمين", "التابعين", "تابعين", "affiliés", "affilié", "affiliée",
     "appartenant", "liés", "linked", "affiliated", "belonging", "loyal", "принадлежащие"]
)  # fmt: skip
_BELONGING_PREPOSITIONS = frozenset({"a", "au", "aux", "to", "with", "k", "к"})


def _followed_by_name(ctx: EventContext, end: int) -> bool:
    i = ctx.token_index(end)
    if i >= len(ctx.tokens) or ctx.text[end : ctx.tokens[i].start].strip():
        return False
    token = ctx.tokens[i]
    offset = token.start
    if token.text in BELONGING and i + 1 < len(ctx.tokens):
        i += 1  # مسلحين ينتمون لجماعة نصرة الإسلام: the group named after "belonging to" is the actor
        if ctx.tokens[i].text in _BELONGING_PREPOSITIONS and i + 1 < len(ctx.tokens):
            i += 1
        offset = ctx.tokens[i].start
    elif token.text in OF_WORDS and i + 1 < len(ctx.tokens):
        offset = ctx.tokens[i + 1].start
    elif token.text.startswith("و") and _entity_at(ctx, offset) is not None:
        return False  # المقاومة الشعبية وميليشيات الحوثي: a second party, not the first one's owner
    name = _entity_at(ctx, offset)
    return name is not None and name.label in BODY_NAMES and name.start <= offset + 2


BODY_NAMES = frozenset({"ORG", "ARMED_GROUP"})


#: Words that may stand between a thing hit and the body it belongs to: "مواقع ومخازن أسلحة تابعة للحوثيين",
#: "positions of the Houthis", "des positions du JNIM", "мواقع وجود عصابة الحوثي".
_OWNER_GAP_WORDS = (
    OF_WORDS
    | BELONGING
    | folded_set(
        ["تابعة", "التابعة", "تابع", "التابع", "وجود", "لـ", "the", "la", "le", "les", "l'", "de", "del"]
    )
)
_OWNER_REACH = 4
_OWNER_NAMES = frozenset({"ORG", "ARMED_GROUP"})


def owner_after(ctx: EventContext, thing: Annotation, limit: int) -> Annotation | None:
    """The named armed group or body a thing hit belongs to, named a few words after it in the same phrase:
    "غارات على مواقع ومقرات التنظيم", "مواقع ومخازن أسلحة تابعة للحوثيين", "positions of the Houthis". The
    attack's target is that side, not the word for its positions. Nothing when a mark, a comma or another
    name comes first ("قاعدة عسكرية قرب غاو", "a base in Mali")."""
    if thing.attrs.get("unnamed") != "attack_object" or _gpe_ending_at(ctx, thing.end) is not None:
        return None  # "مواقع لإيران": the phrase names its owner already
    i = ctx.token_index(thing.end)
    end = thing.end
    for _ in range(_OWNER_REACH):
        if i >= len(ctx.tokens) or ctx.tokens[i].start >= limit:
            return None
        token = ctx.tokens[i]
        if re.search(r"[^\s\w'ـ\"«»“”„]", ctx.text[end : token.start]):
            return None  # a comma or a stop: another phrase
        name = _entity_at(ctx, token.start)
        if name is not None and name.start < token.end:
            if ctx.text.startswith("و", token.start) and name.start <= token.start:
                return None  # مواقع لإيران وحزب الله: a second owner, not the only one
            return name if name.label in _OWNER_NAMES and name.end <= limit else None
        group = next(
            (a for a in unnamed_in(ctx, token.start, token.end) if a.attrs.get("refers_to") is not None), None
        )
        if group is not None:
            return group  # ومقرات التنظيم: the group named before
        word = token.text
        arabic = lang_of(word) == "ar"
        conjoined = (
            arabic and word[:1] == "و" and len(word) > 3
        )  # مواقع ومقرات: another thing of the same side
        if word not in _OWNER_GAP_WORDS and not conjoined and not (arabic and _AR_OWNED_NOUN.match(word)):
            return None
        end = token.end
        i += 1
    return None


#: Arabic nouns that carry a thing hit on to its owner: مخازن أسلحة, مقرات, تجمعات, تحصينات.
_AR_OWNED_NOUN = re.compile(r"^(?:ال)?(?:اسلحه|مخازن|مقرات|تجمعات|تحصينات|معسكرات|مراكز)$")


def _named_after(ctx: EventContext, end: int) -> bool:
    """ "the oil tanker Torm Thor", "le navire X": in Latin script a name right after a thing hit is its name."""
    i = ctx.token_index(end)
    if (
        i >= len(ctx.tokens)
        or ctx.text[end : ctx.tokens[i].start].strip()
        or lang_of(ctx.text[end - 2 : end]) != "en"
    ):
        return False
    name = _entity_at(ctx, ctx.tokens[i].start)
    return (
        name is not None
        and name.label != "GPE"
        and name.start == ctx.tokens[i].start
        and name.text[:1].isupper()
    )


def _preceded_by_name(ctx: EventContext, start: int) -> bool:
    """ "Wagner fighters", "JNIM militants", "боевики ИГ" are the named group's (Latin and Cyrillic word order)."""
    i = bisect_left(ctx.entity_starts, start) - 1
    if i < 0 or lang_of(ctx.text[start : start + 3]) == "ar":
        return False
    name = ctx.entities[i]
    return name.label in BODY_NAMES and name.end <= start and not ctx.text[name.end : start].strip()


def _inside_named(ctx: EventContext, start: int, end: int) -> bool:
    i = bisect_left(ctx.entity_starts, start + 1) - 1
    while i >= 0 and ctx.entity_starts[i] > start - 80:
        ann = ctx.entities[i]
        if ann.start <= start and end <= ann.end:
            return True
        i -= 1
    return False


def _entity_at(ctx: EventContext, offset: int) -> Annotation | None:
    i = bisect_left(ctx.entity_starts, offset)
    if (
        i < len(ctx.entities)
        and ctx.entities[i].start <= offset + 2
        and ctx.entities[i].label in _GENITIVE_NAMES
    ):
        return ctx.entities[i]
    return None


_GENITIVE_NAMES = frozenset({"GPE", "ORG", "ARMED_GROUP", "PER"})


def extend_right(ctx: EventContext, end: int) -> int:
    i = ctx.token_index(end)
    for _ in range(_MAX_EXTENSION):
        if i >= len(ctx.tokens) or ctx.text[end : ctx.tokens[i].start].strip():
            break  # punctuation or the end: the phrase stops
        token = ctx.tokens[i]
        name = _entity_at(ctx, token.start)
        if name is not None and name.start < token.end:
            # جيش بوركينا فاسو: the country it belongs to ends it; a named body after it is the actor itself
            return name.end if name.label == "GPE" else end
        word = token.text
        script = lang_of(word)
        if not (
            (script == "ar" and _AR_ADJECTIVE.match(word) and not _AR_NOT_ADJECTIVE.match(word))
            or (script == "en" and _FR_ADJECTIVE.match(word))
        ):
            break
        end = token.end
        i += 1
    return end


def _extend_left(ctx: EventContext, start: int) -> int:
    i = ctx.token_index(start) - 1
    for _ in range(2):
        if (
            i < 0
            or ctx.text[ctx.tokens[i].end : start].strip()
            or "\n" in ctx.text[ctx.tokens[i].end : start]
        ):
            break  # punctuation or a line between: a headline's last word is no adjective of the next line's actor
        token = ctx.tokens[i]
        original = ctx.text[token.start : token.end]
        country = _gpe_ending_at(ctx, token.end)
        if country is not None and lang_of(original) != "ar":
            # "attacks on two US vessels", "French troops' base": the country in front is the phrase's own
            start = country.start
            i = ctx.token_index(start) - 1
            if (
                i > 0
                and ctx.tokens[i].text in ("and", "et", "и")
                and not ctx.text[ctx.tokens[i].end : start].strip()
            ):
                other = _gpe_ending_at(ctx, ctx.tokens[i - 1].end)
                if other is not None:  # "US and UK forces": one force of two countries
                    start = other.start
                    i = ctx.token_index(start) - 1
            continue
        if (original[:1].isupper() and _EN_ADJECTIVE.match(token.text)) or (
            lang_of(original) == "ru" and _RU_ADJECTIVE.match(token.text)
        ):
            start = token.start
            i -= 1
        else:
            break
    return start


def _gpe_ending_at(ctx: EventContext, end: int) -> Annotation | None:
    i = bisect_left(ctx.entity_starts, end) - 1
    while i >= 0 and ctx.entities[i].end > end:
        i -= 1
    if i >= 0 and ctx.entities[i].end == end and ctx.entities[i].label == "GPE":
        return ctx.entities[i]
    return None


#: An Arabic nisba adjective, proclitics allowed (المالي, والروسي): the word that ties an office to a country.
_AR_NISBA = re.compile(r"^(?:[وفبل]|لل)?ال(\w{2,})ي$")
#: How many words (the portfolio, the rank) may stand between an office word and its nisba: وزير الخارجية
#: الموريتاني, الرئيس الانتقالي المالي.
_OFFICE_GAP_WORDS = 2
#: How close a person's name after the nisba makes the office his title (الرئيس المالي، إبراهيم كيتا).
_OFFICE_NAME_REACH = 25
#: First words of a country's name that are no country by themselves (جمهورية مالي, الولايات المتحدة).
_COUNTRY_NAME_HEADS = folded_set(
    ["جمهورية", "الجمهورية", "المملكة", "مملكة", "دولة", "الولايات", "الاتحاد", "إمارة"]
)


def _country_by_stem(ctx: EventContext) -> dict[str, tuple[str, str]]:
    """Folded Arabic country names (single words, or the first word of two) -> (KB id, country code)."""
    kb = ctx.kb
    if kb is None:
        return {}

    def build() -> dict[str, tuple[str, str]]:
        single: dict[str, tuple[str, str]] = {}
        first_of_two: dict[str, tuple[str, str]] = {}
        for entry in kb:
            if not entry.is_country or not entry.country:
                continue  # countries only: a city's nisba (الرياضي) is no office's country
            for name in entry.aliases.get("ar", ()):
                words = fold_gap(name).split()
                if len(words) == 1:
                    single.setdefault(words[0].removeprefix("ال"), (entry.id, entry.country))
                elif len(words) == 2 and words[0] not in _COUNTRY_NAME_HEADS:
                    first_of_two.setdefault(words[0].removeprefix("ال"), (entry.id, entry.country))
        # a one-word name wins: روسيا is Russia, not the first word of روسيا البيضاء
        return first_of_two | single

    cached: dict[str, tuple[str, str]] = kb.cached("events.country_by_stem", build)
    return cached


def nisba_country(ctx: EventContext, word: str) -> tuple[str, str] | None:
    """The country an Arabic nisba names (المالي -> Mali, الموريتاني -> Mauritania, الروسي -> Russia), else None."""
    match = _AR_NISBA.match(fold_gap(word))
    if match is None:
        return None
    stem = match.group(1)
    index = _country_by_stem(ctx)
    for name in (stem + "ي", stem, stem + "ا", stem + "يا", stem + "يه", stem + "ه"):
        if name in index:
            return index[name]
    return None


def office_actors(ctx: EventContext, lo: int, hi: int, trigger: Span, sentence_end: int) -> list[Annotation]:
    """Officials named by office and country, with no name of their own: "الرئيس المالي", "نظيره النيجري",
    "وزير الخارجية الموريتاني", "سفير فرنسا", "وزير خارجية روسيا" (the office and the country it serves are who
    meets). Where a name follows (الرئيس المالي إبراهيم كيتا) the person is the actor and the office his title:
    none is returned."""
    out: list[Annotation] = []
    first_of_two: list[tuple[int, int, int]] = []  # an office with no country, where the next office starts
    for cue in ctx.cues_between("lex|office_title", lo, hi):
        if cue.span.start < lo:
            continue
        i = ctx.token_index(cue.span.end)
        for k in range(i, min(i + _OFFICE_GAP_WORDS + 1, len(ctx.tokens))):
            token = ctx.tokens[k]
            if token.start >= hi or re.search(r"[^\w\s]", ctx.text[cue.span.end : token.start]):
                break  # punctuation: the office's words stop
            word = ctx.text[token.start : token.end]
            folded = fold_gap(word)
            if folded in _NOT_OFFICE_WORDS:
                break  # "سفير المملكة لدى مالي": the country after a preposition is where he serves
            if ctx.cues_between("lex|office_title", token.start, token.start + 1):
                # "استقبل وزير الخارجية سفير فرنسا": right after the verb, an office and then another official
                # by office, no name between: two officials, the first with no country named (not one person's
                # titles: "التقى وزير الداخلية الأمير محمد بن نايف")
                end = ctx.tokens[k - 1].end if k > i else cue.span.end
                if trigger.end <= cue.span.start and not ctx.text[trigger.end : cue.span.start].strip():
                    first_of_two.append((cue.span.start, end, token.start))
                break
            country, end = nisba_country(ctx, word), token.end
            if country is None:
                named = _country_at(ctx, token.start)  # the construct: سفير فرنسا, وزير خارجية روسيا
                if named is not None:
                    country, end = named
            if country is None:
                continue
            after = ctx.entities_in(end, end + _OFFICE_NAME_REACH, hi)
            if any(
                a.label == "PER"
                and not _office_like(ctx, a)
                and not (a.start < trigger.end and trigger.start < a.end)  # "جلسة مباحثات" is no name
                for a in after
            ):
                break  # the person named after the office is the actor
            if k > i and _named_later(
                ctx, ctx.text[cue.span.start : ctx.tokens[k - 1].end], end, sentence_end
            ):
                break  # "لقاء مع وزير الدفاع الروسي ... وزير الدفاع أندريه بيلاوسوف": the office's holder is named
            if _title_of_name_before(ctx, cue.span.start):
                break  # "خالد بحاح نائب الرئيس اليمني": the title of the person just named
            start = cue.span.start
            while start > 0 and ctx.text[start - 1] == "ل" and start > cue.span.start - 2:
                start -= 1  # للوزير: the preposition glued on stays with the name (the output restores its article)
            kb_id, code = country
            # the country it serves names it: "الرئيس المالي" is Mali's (its KB id and name, for linking and scoring)
            entry = ctx.kb.get(kb_id) if ctx.kb is not None else None
            attrs = {
                "unnamed": "office",
                "country": code,
                "kb_id": kb_id,
                "canonical": entry.name if entry else None,
            }
            out.append(ctx.doc.annotation("entities", start, end, "PER", attrs=attrs, stage=STAGE))
            break
    for start, end, next_start in first_of_two:
        if any(abs(a.start - next_start) <= 2 for a in out):
            attrs = {"unnamed": "office"}
            out.append(ctx.doc.annotation("entities", start, end, "PER", attrs=attrs, stage=STAGE))
    out += _held_titles(ctx, lo, hi, out)
    return sorted(out, key=lambda a: a.start)


def _title_pattern(titles: list[str]) -> re.Pattern[str]:
    """Titles as written, with any alif (ا أ إ آ) and a preposition or "and" glued on (وولي العهد, للرئيس)."""
    alternatives = "|".join(
        re.escape(t).replace("ا", "[اأإآ]") for t in sorted(titles, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:[وبل]|لل)?({alternatives})(?!\w)")


@lru_cache(maxsize=1)
def _held_title() -> re.Pattern[str]:
    """A bare title standing for the person the text gave it before (the catalogue's ``held_title`` group)."""
    return _title_pattern(list(catalogue().lexicon["held_title"]["ar"]))


#: A rank word before a title that makes it another title (نائب الرئيس, ولي ولي العهد).
_RANK_BEFORE = re.compile(r"(?:ولي|نائب|مساعد|وكيل|مستشار)\s+$")
#: How far (characters) before or after a title its holder's name stands: "الأمير محمد بن سلمان ولي ولي العهد",
#: "ولي العهد الأمير محمد بن نايف".
_HOLDER_REACH = 30


def _held_titles(ctx: EventContext, lo: int, hi: int, offices: list[Annotation]) -> list[Annotation]:
    """Bare titles in ``[lo, hi)`` with no name of their own whose holder the text named before: "وعقد الملك عبدالله
    الثاني وولي ولي العهد اجتماعا" after "الأمير محمد بن سلمان ولي ولي العهد" (the title stands for him)."""
    text = ctx.text
    out: list[Annotation] = []
    for match in _held_title().finditer(text, lo, hi):
        start, end = match.start(1), match.end(1)
        if _RANK_BEFORE.search(text, max(0, start - 8), start) or any(
            o.start < end and start < o.end for o in offices
        ):
            continue
        if _name_beside(ctx, start, end, joined=match.group(0) != match.group(1)) is not None:
            continue  # "الأمير محمد بن سلمان ولي ولي العهد", "ولي العهد الأمير محمد": the title of the name beside it
        holder = _holder_before(ctx, match.group(1), start)
        if holder is None:
            continue
        attrs = {
            "unnamed": "office",
            "holder": holder.text,
            "canonical": holder.attrs.get("canonical") or holder.text,
        }
        out.append(ctx.doc.annotation("entities", start, end, "PER", attrs=attrs, stage=STAGE))
    return out


def _name_beside(ctx: EventContext, start: int, end: int, joined: bool) -> Annotation | None:
    """The person whose title the words at ``[start, end)`` are: a name right before them (not after "and":
    ``joined``), else one right after them with only honorifics between (ولي العهد صاحب السمو الملكي الأمير محمد)."""
    people = _people_near(ctx, start, end)
    for person in reversed(people):
        if not joined and 0 <= start - person.end <= 3 and not ctx.text[person.end : start].strip(" ،,"):
            return person
    for person in people:
        if 0 <= person.start - end <= _HOLDER_REACH:
            # honorifics and offices with their portfolio word: "ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان"
            gap = ctx.text[end : person.start]
            for cue in ctx.cues_between("lex|official", end, person.start):
                office = re.match(r"\S+(?:\s+\S+)?", ctx.text[cue.span.start : person.start])
                office_words = ctx.text[cue.span.start : cue.span.end] if office is None else office.group()
                gap = gap.replace(office_words, " ").replace(ctx.text[cue.span.start : cue.span.end], " ")
            if not gap.strip():
                return person
    return None


#: Prepositions with a pronoun the statistical NER takes for a name ("نقل فيه ولي العهد"): no person (folded).
PRONOUN_WORDS = folded_set(
    ["فيه", "فيها", "فيهم", "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "له", "لها", "لهم", "به", "بها", "بهم",
     "عنه", "عنها", "عنهم", "إليه", "اليه", "إليها", "اليها", "معه", "معها", "معهم"]
)  # fmt: skip


def _people_near(ctx: EventContext, start: int, end: int) -> list[Annotation]:
    return [
        a
        for a in ctx.entities_in(start - 80, end + _HOLDER_REACH, len(ctx.text))
        if a.label == "PER" and fold_gap(a.text).strip() not in PRONOUN_WORDS
    ]


def _holder_before(ctx: EventContext, title: str, before: int) -> Annotation | None:
    """The person the text last gave ``title`` before ``before``: the name right before or after the title."""
    holder: Annotation | None = None
    for match in _title_pattern([fold_gap(title)]).finditer(ctx.text, 0, before):
        start, end = match.start(1), match.end(1)
        if _RANK_BEFORE.search(ctx.text, max(0, start - 8), start):
            continue
        # "الملك عبدالله وولي العهد": after "and" the title is a second person's, not the name's before it
        holder = _name_beside(ctx, start, end, joined=match.group(0) != match.group(1)) or holder
    return holder


#: Words after which an office's words stop: a preposition, a conjunction (سفير المملكة لدى مالي).
_NOT_OFFICE_WORDS = folded_set(
    ["في", "من", "إلى", "الى", "لدى", "لدي", "مع", "عن", "على", "علي", "و", "أو", "او"]
)


def _country_at(ctx: EventContext, start: int) -> tuple[tuple[str, str], int] | None:
    """A country named right at ``start`` (no preposition glued on): its (KB id, country code) and its end."""
    i = bisect_left(ctx.entity_starts, start)
    if i >= len(ctx.entities) or ctx.entities[i].start != start or ctx.entities[i].label != "GPE":
        return None
    place = ctx.entities[i]
    entry = ctx.kb.get(place.attrs["kb_id"]) if ctx.kb is not None and place.attrs.get("kb_id") else None
    if entry is None or not entry.is_country or not entry.country:
        return None  # a city (سفير الرياض?) or an unknown place: no country's official
    return (entry.id, entry.country), place.end


#: A "name" that is only a nisba adjective (the statistical NER takes الموريتاني for a person).
NISBA_NAME = re.compile(r"^(?:[وفبل]|لل)?ال\w{2,}ي$")


def _office_like(ctx: EventContext, person: Annotation) -> bool:
    """A "person" the statistical NER read off an office's words: a bare nisba (الموريتاني) or an office and its
    nisba (نظيره النيجري), not a name."""
    if NISBA_NAME.match(person.text):
        return True
    return any(
        c.span.start == person.start
        for c in ctx.cues_between("lex|office_title", person.start, person.start + 1)
    )


#: What may stand between a name and the office after it that is his title: a comma, a rank (نائب الرئيس).
_APPOSITION_GAP = re.compile(r"[\s،,]*(?:(?!ال)\w+\s+)?(?:(?:نائب|مستشار|مساعد)\s+)?")
#: Offices that are never a title of the name before them: "his counterpart" is the other party.
_COUNTERPARTS = folded_set(["نظيره", "نظيرته", "نظيريه"])


def _title_of_name_before(ctx: EventContext, start: int) -> bool:
    """Whether the office at ``start`` follows a person's name as his title (X نائب الرئيس اليمني, X، الوزير
    الروسي); not after "and" (ووزير الدفاع الأميركي is a second person)."""
    if fold_gap(ctx.text[start : start + 8]).split()[0] in _COUNTERPARTS:
        return False
    i = bisect_left(ctx.entity_starts, start) - 1
    while i >= 0 and ctx.entities[i].end > start:
        i -= 1
    if (
        i < 0
        or ctx.entities[i].label != "PER"
        or start - ctx.entities[i].end > 12
        or _office_like(ctx, ctx.entities[i])
    ):
        return False
    return _APPOSITION_GAP.fullmatch(ctx.text, ctx.entities[i].end, start) is not None


def _named_later(ctx: EventContext, office: str, start: int, sentence_end: int) -> bool:
    """Whether the sentence names the holder of ``office`` further on: the same office words, then a person."""
    folded = fold_gap(office)
    text = ctx.text[start:sentence_end]
    at = fold_gap(text).find(folded) if len(fold_gap(text)) == len(text) else text.find(office)
    if at < 0:
        return False
    after = start + at + len(office)
    return any(a.label == "PER" for a in ctx.entities_in(after, after + _OFFICE_NAME_REACH, sentence_end))


#: How many words after an Arabic attack noun may hold the nisba of the country that made it: الغارة الدفاعية
#: الأميركية.
_NISBA_DOER_WORDS = 2


def nisba_doer(ctx: EventContext, trigger: Span, limit: int) -> Annotation | None:
    """The country whose nisba qualifies an Arabic attack noun right after it: "الغارات الأميركية", "القصف
    الإسرائيلي", "العدوان السعودي" (the country made it). Its KB id and Arabic name go with it, as an office's do."""
    i = ctx.token_index(trigger.end)
    end = trigger.end
    for k in range(i, min(i + _NISBA_DOER_WORDS, len(ctx.tokens))):
        token = ctx.tokens[k]
        if token.start >= limit or re.search(r"[^\w\s]", ctx.text[end : token.start]):
            return None  # a comma or a stop: the noun's words end
        word = ctx.text[token.start : token.end]
        if not word.startswith("ال") or not word.endswith(("ي", "ية", "يه")):
            return (
                None  # an adjective of a definite noun is definite, a nisba; "قصف القوات الأوكرانية": a noun
            )
        # the feminine agrees with a feminine noun: الغارة الأميركية, الضربات الروسية
        country = nisba_country(ctx, word[:-1] if word.endswith(("ية", "يه")) else word)
        if country is not None and ctx.kb is not None:
            entry = ctx.kb.get(country[0])
            names = entry.aliases.get("ar", ()) if entry else ()
            attrs = {
                "unnamed": "nisba",
                "country": country[1],
                "kb_id": country[0],
                "canonical": entry.name if entry else None,
                "name": names[0] if names else None,
            }
            return ctx.doc.annotation("entities", token.start, token.end, "GPE", attrs=attrs, stage=STAGE)
        end = token.end
    return None


#: Demonyms no rule derives from a country's names (folded): the English and French adjectives of a few countries.
_IRREGULAR_DEMONYMS = {
    "american": "rasid:gpe/us", "americain": "rasid:gpe/us", "us": "rasid:gpe/us", "u.s.": "rasid:gpe/us",
    "british": "rasid:gpe/gb", "britannique": "rasid:gpe/gb", "turkish": "rasid:gpe/tr", "turc": "rasid:gpe/tr",
    "turque": "rasid:gpe/tr", "french": "rasid:gpe/fr", "saudi": "rasid:gpe/sa", "saoudien": "rasid:gpe/sa",
    "burkinabe": "rasid:gpe/bf", "chinese": "rasid:gpe/cn", "chinois": "rasid:gpe/cn", "israelien": "rasid:gpe/il",
    "americaine": "rasid:gpe/us", "german": "rasid:gpe/de", "allemand": "rasid:gpe/de", "russe": "rasid:gpe/ru",
}  # fmt: skip
#: Endings after a country's name (or its name less a final vowel), the shortest first: Nigeria -> Nigerian
#: before Niger -> Nigerian; Mali -> Malian, malien; Israel -> Israeli; France -> français; Libye -> libyen.
_LATIN_DEMONYM_ENDINGS = ("n", "i", "an", "en", "ian", "ien", "ais", "ese")
#: A Russian adjective of a country, as in its official name (Российская Федерация, Французская Республика).
_RU_COUNTRY_ADJECTIVE = re.compile(r"^(\w{4,}?(?:ск|цк))(?:ая|ий|ое|ие)$")
_RU_ADJECTIVE_ENDING = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|их|ими|им|ого|ой|ую|ом)$")


def _demonyms(ctx: EventContext) -> tuple[dict[str, str], dict[str, str]]:
    """Latin demonyms (folded) -> country KB id, and Russian adjective stems (less -ск/-цк) -> country KB id, from the KB's
    countries: the adjective in an official name (Russian Federation, République française, Российская
    Федерация) and the usual endings after a name (Mali -> Malian, malien; Israel -> Israeli; Niger -> nigérien)."""
    kb = ctx.kb
    if kb is None:
        return {}, {}

    def build() -> tuple[dict[str, str], dict[str, str]]:
        latin: dict[str, str] = {}
        ending_of: dict[str, int] = {}  # a demonym -> the length of the ending it was made with
        russian: dict[str, str] = {}
        for entry in kb:
            if not entry.is_country or not entry.country:
                continue
            names = [entry.name, *entry.aliases.get("en", ()), *entry.aliases.get("fr", ())]
            for name in names:
                words = fold_gap(name).lower().split()
                if len(words) == 1 and len(words[0]) >= 4:
                    stem = words[0]
                    for base in {stem, stem[:-1] if stem[-1] in "aeo" else stem}:
                        for ending in _LATIN_DEMONYM_ENDINGS:
                            form = base + ending
                            if len(ending) + len(stem) - len(base) < ending_of.get(form, 99):
                                latin[form], ending_of[form] = entry.id, len(ending) + len(stem) - len(base)
                elif len(words) == 2 and words[0] in ("republique", "federation") and len(words[1]) > 4:
                    latin.setdefault(
                        words[1], entry.id
                    )  # République française, Fédération de Russie: not "de"
                elif len(words) == 2 and words[1] in ("federation", "republic", "kingdom"):
                    latin.setdefault(words[0], entry.id)  # Russian Federation
            for name in entry.aliases.get("ru", ()):
                first = fold_gap(name).lower().split()[:1]
                match = _RU_COUNTRY_ADJECTIVE.match(first[0]) if first else None
                if match is not None:  # keyed by the stem before its -ск/-цк (российск -> россий)
                    russian.setdefault(match.group(1)[:-2], entry.id)
        for word, kb_id in _IRREGULAR_DEMONYMS.items():
            latin[word] = kb_id
        return latin, russian

    cached: tuple[dict[str, str], dict[str, str]] = kb.cached("events.demonyms", build)
    return cached


def _demonym_country(ctx: EventContext, word: str, lang: str) -> str | None:
    latin, russian = _demonyms(ctx)
    folded = fold_gap(word).lower()
    if lang == "ru":
        if _RU_ADJECTIVE_ENDING.search(folded) is None:
            return None
        stem = _RU_ADJECTIVE_ENDING.sub("", folded)
        return russian.get(stem)
    if lang == "en" and not word[:1].isupper():
        return None  # English writes a demonym with a capital: "Russian", not "russian roulette"
    for form in (folded, folded.removesuffix("s"), folded.removesuffix("nes").removesuffix("es")):
        for candidate in (form, form.removesuffix("e"), form.removesuffix("ne")):
            if candidate in latin:
                return latin[candidate]
    return None


#: How many words may stand between an attack noun and a demonym of its doer: "Israeli air strikes", "frappes
#: aériennes françaises".
_DEMONYM_WORDS = 2


def demonym_doer(ctx: EventContext, trigger: Span, lang: str) -> Annotation | None:
    """The country a demonym next to an attack noun names as its doer: "Israeli strikes", "frappes aériennes
    françaises", "российские удары" (before the noun in English and Russian, after it in French)."""
    i = ctx.token_index(trigger.end) if lang == "fr" else ctx.token_index(trigger.start) - 1
    step = 1 if lang == "fr" else -1
    edge = trigger.end if lang == "fr" else trigger.start
    for _ in range(_DEMONYM_WORDS):
        if not 0 <= i < len(ctx.tokens):
            return None
        token = ctx.tokens[i]
        gap = ctx.text[edge : token.start] if step == 1 else ctx.text[token.end : edge]
        if re.search(r"[^\w\s-]", gap):
            return None  # punctuation: the noun's phrase ends
        word = ctx.text[token.start : token.end]
        kb_id = _demonym_country(ctx, word, lang)
        entry = ctx.kb.get(kb_id) if kb_id and ctx.kb is not None else None
        if entry is not None:
            attrs = {"unnamed": "nisba", "country": entry.country, "kb_id": entry.id, "canonical": entry.name}
            return ctx.doc.annotation("entities", token.start, token.end, "GPE", attrs=attrs, stage=STAGE)
        if _entity_at(ctx, token.start) is not None or unnamed_in(ctx, token.start, token.end):
            return None  # "Mali army strikes": an actor, named
        edge = token.end if step == 1 else token.start
        i += step
    return None
