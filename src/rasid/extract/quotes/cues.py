"""The cue words and patterns quotes and speakers are found by, read once from the cue data."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rasid.extract.cues import B_END, B_START, alternation, first_words, fold, load_cues

WORD = re.compile(r"[^\W_]+")
ARABIC = re.compile(r"[\u0621-\u064a]")


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
    #: Russian heads of an unnamed speaker in the nominative (источник, собеседник), folded
    anonymous_ru: frozenset[str]
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
    #: Arabic generic heads (folded, no article) -> the KB categories of the bodies they refer back to
    #: (النادي -> sports_club: "مانشستر سيتي … وقال النادي")
    category_heads: dict[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)
    #: Arabic kinship and service nouns (ابن, محامي), folded: with another person's name, their relative
    relative_heads: frozenset[str] = frozenset()
    #: ru: a noun of kinship or service in any case (помощника, адвокату, сын), matched on a folded word
    ru_relative: re.Pattern[str] = re.compile(r"(?!)")
    #: "par la voix de", "through its": a state speaking through the person named next
    voice: re.Pattern[str] = re.compile(r"(?!)")
    #: fr/en/ru heads naming an armed group without its name (le groupe, the rebels), folded
    group_heads: frozenset[str] = frozenset()
    #: fr/en/ru verbs of a response that is not itself quoted (dismissed, a rejeté, отверг), folded
    reaction_verbs: frozenset[str] = frozenset()
    #: a full stop, not the period of an initial or an abbreviated title (U.S., Mr., Brig. Gen. X):
    #: a pattern to put inside others
    full_stop: str = r"\."


#: A nationality or rank word before a role noun (the Nigerien president, the deputy minister; a
#: Russian adjective ending: российский министр), not a function word ("that the president").
#: Matched on folded (lower-case) text; French adjectives follow the noun (le président malien).
_ADJECTIVE = (
    r"(?!(?:a|an|one|un|une|that|which|who|when|and|but|as|to|of|for|with|by|in|on|at|from|is|was|has|que|qui|et|de|du|des"
    r"|en|au|aux|dans|sur|par|pour)(?![\w-]))[a-z][\w-]*|[а-яё]+(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)"
)


#: "وبيّن X أن": بين is a speech verb only when "أن" follows within a few words (else "between").
_AR_BAYYANA = r"بين(?=(?:\s+[^\s.,،؛:;!?؟\"«»“”]+){0,6}?\s+(?:ان|انه|انها|بان|بانه)(?![^\W_]))"


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


def _french_aside(verbs: Sequence[str]) -> str:
    """X a, pour sa part, soutenu « … »: the auxiliary, an aside in commas, then the participle of a
    French speech verb "a X"; the aside is a few words without marks."""
    participles = [verb[2:] for verb in verbs if verb.startswith("a ") and "-" not in verb]
    return rf"a\s*,\s*[^\W\d_][^,;:.!?«»\"“”\n]{{0,30}},\s*(?:{alternation(participles)})"


def without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


#: Arabic honorifics written before a title (سمو رئيس الوزراء, معالي الوزير), as written and folded.
AR_HONORIFIC_TITLES = "سمو|معالي|سعادة|سعاده|فضيلة|فضيله"
#: Arabic "that" opening reported words (folded): قال إن …، أكد أنه …، أوضح بأن …
AR_SAID_THAT = frozenset(fold(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه", "بأنها"))


def _arabic_anonymity(grammar: Mapping[str, list[str]]) -> str:
    """رافضاً ذكر اسمه, طالبة عدم الكشف عن هويتها: who asked, an optional عدم, the act, whose name."""
    return (
        rf"(?:{alternation(grammar['asked'])})\s+(?:{fold('عدم')}\s+)?"
        rf"(?:{alternation(grammar['act'])})\s+(?:{alternation(grammar['whose'])})"
    )


#: ru: the case endings a noun stem may take (помощник-а, адвокат-у, сестр-ой).
_RU_CASE_ENDING = "(?:а|у|ом|ем|ой|ей|е|и|ы|ью|я|ю)?"
#: ru: the endings, plural too, an organisation's stem may take (министерств-ами, суд-ов, издани-й): a closed set,
#: so that a stem is not read inside another word (суд- in Судана, совет- in советник)
_RU_NOUN_ENDING = "(?:ами|ями|ам|ям|ах|ях|ов|ев|а|о|у|ом|ем|ой|ей|е|и|ы|ью|я|ю|й|ь)?"


@lru_cache(maxsize=8)
def quote_cues(extra_files: tuple[str, ...] = ()) -> QuoteCues:
    data = load_cues("quotes", extra_files)
    speech = data["speech_verbs"]
    arabic = list(speech["ar"])
    other = [v for lang, vs in speech.items() if lang != "ar" for v in vs]
    other += _french_inversions(speech.get("fr", []))
    aside = _french_aside(speech.get("fr", []))
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
            rf"{B_START}(?:(?:[وف])?(?P<ar>{alternation(arabic)}|{_AR_BAYYANA})|(?P<other>{alternation(other)}|{aside})){B_END}"
        ),
        attribution=re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(attributions)})"
            rf"(?:\s+(?P<what>{alternation(data['attribution_what_verbs'])}))?(?:{B_END}|(?<=ل))"
        ),
        attribution_words=first_words(attributions),
        role=re.compile(
            # an Arabic honorific may stand before the title (وأكد سمو رئيس الوزراء)
            rf"^\s*(?:[وف])?(?:(?:{AR_HONORIFIC_TITLES})\s+)?(?:(?P<role>{alternation(roles)})"
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
        anonymous_ar=frozenset(without_article(fold(w)) for w in anonymous.get("ar", [])),
        anonymous_ru=frozenset(fold(w) for w in anonymous.get("ru", []) if " " not in w),
        anonymous_other=re.compile(
            rf"^[\W_]*(?:(?:and|but|et|mais|и|а|но)\s+)?(?:"
            # (a word may open with a digit: "a 30-year-old farmer")
            rf"(?:a|an|one|another|une|un|des|two|deux|several|plusieurs|some|certains)\s+(?:[^\W_][\w'-]*\s+){{0,3}}?"
            rf"(?P<latin>{alternation(latin_anonymous)})"
            rf"|(?:the|la|le|les|l'|cette|ce|ces|notre|nos|our|this|these)\s*(?:(?:same|meme)\s+)?"
            rf"(?:[^\W\d_][\w'-]*\s+){{0,2}}?(?P<definite>{alternation(data['anonymous_definite_heads'])})"
            rf"|(?:[^\W\d_]+\s+){{0,2}}?(?P<ru>{alternation(anonymous.get('ru', []))})){B_END}"
        ),
        anonymity=re.compile(
            rf"{B_START}(?:{alternation(p for ps in data['anonymity_phrases'].values() for p in ps)}"
            rf"|{_arabic_anonymity(data['anonymity_grammar_ar'])}){B_END}"
        ),
        organization_ar=frozenset(without_article(fold(w)) for w in organizations.get("ar", [])),
        organization_other=re.compile(
            rf"{B_START}(?:(?:{alternation(other_organizations)})|(?:{alternation(russian_organizations)}){_RU_NOUN_ENDING}){B_END}"
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
        reaction_verbs=frozenset(fold(w) for ws in data.get("reaction_verbs", {}).values() for w in ws),
        group_heads=frozenset(fold(w) for w in data.get("group_heads", [])),
        voice=re.compile(rf"{B_START}(?:{alternation(data.get('voice_phrases', []))}){B_END}"),
        organization_words=frozenset(
            fold(w) for ws in data.get("organization_name_words", {}).values() for w in ws
        ),
        category_heads=_category_heads(data.get("category_heads", {})),
        relative_heads=frozenset(fold(w) for w in data.get("relative_heads", {}).get("ar", [])),
        ru_relative=re.compile(
            rf"(?:{alternation(fold(w) for w in data['ru_relative_stems'])}){_RU_CASE_ENDING}"
        ),
        full_stop=(
            r"(?<![A-ZА-Я])" + "".join(rf"(?<!\b{re.escape(a)})" for a in data["title_abbreviations"]) + r"\."
        ),
    )


@lru_cache(maxsize=16)
def cue_words(key: str) -> frozenset[str]:
    """A plain word list of the quote cues (``quotes.yaml``), folded: for the lists one module reads."""
    return frozenset(fold(w) for w in load_cues("quotes")[key])


def _category_heads(by_category: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """head -> categories, from the cue file's category -> heads."""
    out: dict[str, set[str]] = {}
    for category, heads in by_category.items():
        for head in heads:
            out.setdefault(without_article(fold(head)), set()).add(category)
    return {head: frozenset(categories) for head, categories in out.items()}
