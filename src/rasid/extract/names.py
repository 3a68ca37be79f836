"""Latin and Cyrillic names that neither the knowledge base nor a title introduces.

Arabic text has the statistical NER; French, English and Russian names came only from the KB and
from "title + capitalised words", so "Wassim Nasr, a researcher", "said Nabila Basal",
"заявил Сергей Вершинин" or "the Soufan Center" were never tagged. This module finds runs of
capitalised words and types them only when something in the text says what they are:

* **ORG**: the run ends on an organisation word (Soufan *Center*, Israeli Army *Radio*); a
  Russian name opens with an organisation noun and runs on in the genitive (*Организации*
  африканского единства); a long form is defined by its acronym, "Long Form (ACRO)", checked
  letter by letter (Schwartz & Hearst 2003), and the acronym is then an ORG wherever it recurs.
* **PER** (two name words or more): the first word is a common given name; a speech verb stands
  right after or right before the run ("X said", "заявил X"); an apposition names a role
  ("X, a reporter", "X, porte-parole de …"); a role noun stands before it ("envoy X",
  "замглавы МИД РФ X"); or the same words were typed PER elsewhere in the document.

A run never starts on a function word, month or day, nor on a sentence-initial word that the
document also writes in lowercase ("Following …"). One capitalised word alone is never typed:
coreference links later surnames to the full name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol

import yaml

from rasid.extract.matcher import PreparedText, alias_tokens
from rasid.text.tokens import is_arabic

#: Name words in a run at most (particles not counted).
MAX_RUN_WORDS = 6
#: Words after a Russian organisation noun at most (Ассоциации государств Юго-Восточной Азии).
MAX_RU_ORG_WORDS = 4
#: Letters of an acronym that can define a long form.
ACRONYM_LETTERS = range(2, 9)
#: Tokens skipped back over KB mentions to find a role noun ("замглавы МИД РФ Сергей Вершинин").
ROLE_LOOKBACK = 6
#: Russian prepositions that may join a role noun to the bodies and places named before the person.
_ROLE_LINKS = frozenset({"при", "в"})
#: Particles that join the words of one name (Mohammed *bin* Salman, Ould *Abdel* Aziz).
_JOINING = frozenset(
    {"bin", "ibn", "bint", "ben", "ould", "abu", "abou", "al", "el", "ag", "de", "du", "van", "von",
     "аль", "эль", "ас", "ад", "ар", "ат", "аш", "ан", "бен", "бин", "ибн", "абу"}
)  # fmt: skip
#: Articles allowed between an apposition's comma and its role noun ("X, a reporter", "X, l'expert").
_ARTICLES = frozenset({"a", "an", "the", "le", "la", "l'", "un", "une", "its", "his", "her"})
#: Lowercase words inside a capitalised title or organisation phrase (Minister *of* Culture *and* Information).
_CONNECTORS = frozenset({"and", "of", "for", "et", "de", "des", "du", "и"})
#: Endings of Russian verbal nouns, which look like adjectives in -ие (подразделение, командование).
_RU_NOUN_ENDINGS = ("ние", "тие", "вие")
#: Endings of Russian verb forms: a word with one ends an organisation name (Армия *продолжает*).
_RU_ADJECTIVE_ENDINGS = (
    "ого",
    "его",
    "ой",
    "ей",
    "ых",
    "их",
    "ым",
    "им",
    "ая",
    "яя",
    "ий",
    "ый",
    "ое",
    "ее",
    "ые",
    "ие",
)
_RU_VERB_ENDINGS = (
    "л",
    "ла",
    "ло",
    "ли",
    "ет",
    "ют",
    "ут",
    "ит",
    "ят",
    "ат",
    "ал",
    "ала",
    "али",
    "ил",
    "ила",
    "или",
    "ел",
    "ела",
    "ся",
    "сь",
    "ть",
)


class Spanned(Protocol):
    """A mention found before this finder runs (the entities stage's ``Mention``)."""

    @property
    def token_start(self) -> int: ...
    @property
    def token_end(self) -> int: ...
    @property
    def label(self) -> str: ...


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name found here: tokens ``[token_start, token_end)``, its label and the cue that typed it."""

    token_start: int
    token_end: int
    label: str
    cue: str
    canonical: str | None = None  # the name's key when it differs from the surface (Сергей Вершинин)


@dataclass(frozen=True)
class NameCues:
    """The word lists of ``data/ner/names_latin.yaml`` (folded), plus one-word speech verbs."""

    given: frozenset[str]
    roles: frozenset[str]
    org_tails: frozenset[str]
    org_heads_ru: tuple[str, ...]
    org_words: frozenset[str]
    state_words: tuple[str, ...]
    not_names: frozenset[str]
    #: words that may stand alone before a speech verb but name no one (Officials said, Очевидцы …)
    not_lone: frozenset[str]
    #: how Russian bodies written as one compound word start (минздрав, госдеп), folded
    ru_body_prefixes: tuple[str, ...]
    #: adverbs between a subject and its speech verb (in turn, a également, в свою очередь), as token tuples
    verb_adverbs: frozenset[tuple[str, ...]]
    speech: frozenset[tuple[str, ...]]
    ru_given_endings: tuple[str, ...]
    ru_male_in_a: frozenset[str]
    ru_surname_male: tuple[tuple[str, str], ...]
    ru_surname_female: tuple[tuple[str, str], ...]
    ru_stem_endings: tuple[str, ...]


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(alias_tokens(w)) for w in words if alias_tokens(w))


@lru_cache(maxsize=1)
def load_name_cues() -> NameCues:
    """The packaged lists, folded once; speech verbs come from the quote cues (one list for both)."""
    data = resources.files("rasid.data")
    raw = yaml.safe_load(data.joinpath("ner/names_latin.yaml").read_text(encoding="utf-8"))
    quotes = yaml.safe_load(data.joinpath("cues/quotes.yaml").read_text(encoding="utf-8"))
    speech = {
        alias_tokens(phrase)
        for lang in ("fr", "en", "ru")
        for phrase in quotes["speech_verbs"].get(lang, [])
        if alias_tokens(phrase)
    }
    cases = raw["russian_cases"]
    return NameCues(
        given=_folded(w for words in raw["given_names"].values() for w in words),
        roles=_folded(w for words in raw["role_nouns"].values() for w in words),
        org_tails=_folded(raw["org_tails"]),
        org_heads_ru=tuple(sorted(_folded(raw["org_heads_ru"]))),
        org_words=_folded(raw["org_words"]),
        state_words=tuple(sorted(_folded(raw["state_words"]))),
        not_names=_folded(raw["not_names"]),
        not_lone=_folded(raw["not_lone_names"]),
        ru_body_prefixes=tuple(sorted(_folded(raw["ru_body_prefixes"]))),
        verb_adverbs=frozenset(alias_tokens(w) for w in raw["subject_verb_adverbs"] if alias_tokens(w)),
        speech=frozenset(speech),
        ru_given_endings=tuple(cases["given_endings"]),
        ru_male_in_a=frozenset(cases["male_in_a"]),
        ru_surname_male=tuple((a, b) for a, b in cases["surname_male"]),
        ru_surname_female=tuple((a, b) for a, b in cases["surname_female"]),
        ru_stem_endings=tuple(sorted(cases["stem_endings"], key=len, reverse=True)),
    )


# --- words --------------------------------------------------------------------------------------


def _surface(prepared: PreparedText, i: int) -> str:
    tok = prepared.tokens[i]
    return prepared.text[tok.start : tok.end]


def _name_word(prepared: PreparedText, i: int) -> bool:
    """A capitalised Latin/Cyrillic word (al-Ansari counts: the capital follows the particle)."""
    surface = _surface(prepared, i)
    if is_arabic(surface) or not surface.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    head, _, rest = surface.partition("-")
    if head.lower() in _JOINING and rest[:1].isupper():
        return True
    return surface[:1].isupper() and not (len(surface) > 1 and surface.isupper())  # CNSP is an acronym


def _acronym(prepared: PreparedText, i: int) -> bool:
    surface = _surface(prepared, i)
    return (
        surface.isalpha() and surface.isupper() and len(surface) in ACRONYM_LETTERS and not is_arabic(surface)
    )


def _sentence_start(prepared: PreparedText, i: int) -> bool:
    if i == 0:
        return True
    gap = prepared.text[prepared.tokens[i - 1].end : prepared.tokens[i].start]
    return any(c in gap for c in '.!?\n:«“"—–-') or _surface(prepared, i - 1) in ("-", "—")


def _plain_gap(prepared: PreparedText, left: int) -> bool:
    gap = prepared.text[prepared.tokens[left].end : prepared.tokens[left + 1].start]
    return gap == " " or (gap == "" and _surface(prepared, left).endswith(("'", "’")))


# --- French organisation nouns ---------------------------------------------------------------------

#: Endings of French/English adjectives of nationality or kind (malien, britannique, étrangères, nationale).
_LATIN_ADJECTIVE_ENDINGS = ("ain", "aine", "ien", "ienne", "ais", "aise", "ois", "oise", "ique", "iques", "al", "ale",
                            "ales", "aux", "ere", "eres", "el", "elle", "ish", "ian", "ese")  # fmt: skip


def latin_adjective(folded: str) -> bool:
    """Does a folded word look like an adjective of nationality or kind (nationale, malien, étrangères)?"""
    return folded.isalpha() and folded.endswith(_LATIN_ADJECTIVE_ENDINGS)


def _headed_by_adjective(prepared: PreparedText, covered: set[int], nc: NameCues) -> list[tuple[int, int]]:
    """ "l'Assemblée nationale", "le Comité national": a capitalised organisation noun and its adjectives.

    Not at a sentence's start, where the capital says nothing ("Forces spéciales et …").
    """
    toks = prepared.tokens
    found: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if (
            i in covered
            or _cyrillic(tok.text)
            or tok.text not in nc.org_words
            or _sentence_start(prepared, i)
        ):
            continue
        if not _surface(prepared, i)[:1].isupper():
            continue
        j = i + 1
        while j < len(toks) and j - i <= 2 and j not in covered and _plain_gap(prepared, j - 1):
            if _surface(prepared, j)[:1].isupper() or not latin_adjective(toks[j].text):
                break
            j += 1
        if j > i + 1:
            found.append((i, j))
    return found


# --- Russian cases -----------------------------------------------------------------------------------


def ru_given_name(word: str, nc: NameCues) -> str | None:
    """The nominative of a Russian given name in any case (Сергея -> сергей, Марией -> мария), or None."""
    if not _cyrillic(word):
        return word if word in nc.given else None
    for cut in range(0, min(3, len(word) - 2) + 1):
        stem = word[: len(word) - cut] if cut else word
        for ending in nc.ru_given_endings:
            if stem + ending in nc.given:
                return stem + ending
    return None


def _ru_surname(word: str, female: bool, nc: NameCues) -> str:
    for oblique, nominative in nc.ru_surname_female if female else nc.ru_surname_male:
        if word.endswith(oblique) and len(word) > len(oblique) + 2:
            return word[: -len(oblique)] + nominative
    return word


def ru_stem(word: str, nc: NameCues) -> str:
    """A surname without its case ending, to compare forms (Залесского, Залесский -> залесск)."""
    for ending in nc.ru_stem_endings:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _ru_nominative(prepared: PreparedText, a: int, b: int, nc: NameCues) -> str | None:
    """ "Тимуром Залесским" -> "Тимур Залесский" (capitalised as written); None if nothing changes."""
    words = [prepared.tokens[k].text for k in range(a, b)]
    if not all(_cyrillic(w) for w in words):
        return None
    given = ru_given_name(words[0], nc)
    if given is None:
        return None
    female = given.endswith(("а", "я")) and given not in nc.ru_male_in_a
    nominative = [given, *(_ru_surname(w, female, nc) for w in words[1:])]
    if nominative == words:
        return None
    return " ".join(w[:1].upper() + w[1:] for w in nominative)


#: The endings of a Russian given name's oblique cases after its stem (Олег-а, Мари-и, Натал-ьей).
_RU_GIVEN_CASE_ENDINGS = frozenset(
    {"а", "я", "у", "ю", "ы", "ом", "ем", "ой", "ей", "ьей", "е", "и", "ию", "ии", "ией", "ью"}
)


def ru_oblique_given_name(word: str, nc: NameCues) -> str | None:
    """The nominative of a Russian given name written in an oblique case (Олега -> олег, Марии ->
    мария), or None: not a known name, already the nominative, or a foreign name near a Russian one
    rather than one of its cases (Исса is no case of Иса, Абдулай none of Абдул). ``word`` folded."""
    given = ru_given_name(word, nc)
    if given is None or given == word:
        return None
    stem = given[:-1] if given.endswith(("а", "я", "й", "ь")) else given
    if not word.startswith(stem) or word[len(stem) :] not in _RU_GIVEN_CASE_ENDINGS:
        return None
    return given


def ru_nominative_name(name: str) -> str | None:
    """ "Вадимом Ступиным" -> "Вадим Ступин": a Russian given name and surname written in another case,
    in the nominative (capitalised); None when it is not one or is already in the nominative."""
    words = [w.lower().replace("ё", "е") for w in name.split()]
    if not 2 <= len(words) <= 3 or not all(_cyrillic(w) and w.isalpha() for w in words):
        return None
    nc = load_name_cues()
    given = ru_oblique_given_name(words[0], nc)
    if given is None:
        return None
    female = given.endswith(("а", "я")) and given not in nc.ru_male_in_a
    nominative = [given, *(_ru_surname(w, female, nc) for w in words[1:])]
    if not female and nominative[-1].endswith(("ова", "ева", "ина")):
        return None  # a man's surname left in the genitive (too short to cut): better as written
    return " ".join(w[:1].upper() + w[1:] for w in nominative)


# --- runs of capitalised words ------------------------------------------------------------------


def _runs(
    prepared: PreparedText, covered: set[int], stops: frozenset[str], nc: NameCues, lowercase: set[str]
) -> list[tuple[int, int]]:
    """Maximal runs ``[a, b)`` of capitalised words (joined by name particles), trimmed of non-name words."""
    toks = prepared.tokens
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if i in covered or not _name_word(prepared, i):
            i += 1
            continue
        j, words = i + 1, 1
        while j < len(toks) and j not in covered and _plain_gap(prepared, j - 1) and words < MAX_RUN_WORDS:
            if _name_word(prepared, j):
                words += 1
            elif toks[j].text not in _JOINING:
                break
            j += 1
        a, b = i, j
        while b > a and (toks[b - 1].text in _JOINING or not _name_word(prepared, b - 1)):
            b -= 1
        if _continues_a_phrase(prepared, a):
            # "Minister of Culture and Information Khalid X": the run goes on a title; the name starts at a given name.
            a = next((k for k in range(a + 1, b - 1) if toks[k].text in nc.given), a)
        # Leading words that are no name: function words, and a sentence's first word written lowercase elsewhere.
        while a < b and (
            toks[a].text in nc.not_names
            or all(part in nc.roles or part in nc.not_names for part in toks[a].text.split("-"))
            or toks[a].text in stops
            or (a == i and _sentence_start(prepared, a) and toks[a].text in lowercase)
        ):
            a += 1
        while b > a and (toks[b - 1].text in nc.not_names or toks[b - 1].text in stops):
            b -= 1
        if (
            b - a >= 3
            and _sentence_start(prepared, a)
            and ru_given_name(toks[a].text, nc) is None
            and ru_given_name(toks[a + 1].text, nc) is not None
        ):
            a += 1  # "Интервью Ивана Корнеева …": a sentence's first word says nothing by its capital
        if (
            b - a >= 3
            and a > 0
            and _cyrillic(toks[a].text)
            and toks[a - 1].text in nc.roles
            and _plain_gap(prepared, a - 1)
            and ru_given_name(toks[a].text, nc) is None
            and ru_given_name(toks[a + 1].text, nc) is not None
        ):
            a += 1  # "глава Чечни Рамзан X": the place in the genitive completes the office, not the name
        if (
            b - a >= 3
            and _cyrillic(toks[a].text)
            and toks[a - 1].text in _PREPOSITIONS
            and _plain_gap(prepared, a - 1)
        ):
            a += 1  # "в Женеве Тарвин Оскольдов": the place after the preposition is not part of the name
        if (
            0 < a < b
            and not _cyrillic(toks[a].text)
            and (toks[a - 1].text in _PREPOSITIONS or toks[a - 1].text in ("de", "du", "des"))
            and _plain_gap(prepared, a - 1)
            and toks[a].text not in nc.given
        ):
            # "le maire de Saint-Sever Arnaud X": the place after "de" ends where a given name starts
            a = next((k for k in range(a + 1, b - 1) if toks[k].text in nc.given), a)
        if (
            b - a >= 3
            and toks[a - 1].text in _OFFICE_LINKS
            and _plain_gap(prepared, a - 1)
            and _office_before(prepared, a, nc, {})
            and not any(toks[k].text in nc.org_tails or toks[k].text in nc.org_words for k in range(a, b))
        ):
            # "le ministre de la Défense Jean X": the office's noun is not part of the name (but "le
            # porte-parole de la Joint Task Force" is a body's name, whole)
            a += 1
        if b > a:
            runs.append((a, b))
        i = j
    return runs


#: Tokens an office's complement takes at most between its role noun and a name ("ministre nigérien de
#: la Défense X", "министр иностранных дел Мали X", "governor of Tillaberi region X").
OFFICE_COMPLEMENT_TOKENS = 5
#: Articles and prepositions inside an office's complement (folded).
_OFFICE_LINKS = frozenset({"de", "la", "du", "des", "l'", "l’", "d'", "d’", "of", "the"})


#: ru: a lower-case word in the genitive, as an office's complement is written (обороны, армии, иностранных
#: дел, вооруженных сил); a preposition or another case ends the complement.
RU_GENITIVE = re.compile(r"[а-яё-]{2,}(?:ы|и|а|я|ого|его|ой|ей|ых|их|ов|ев)|дел|сил")


def _office_before(prepared: PreparedText, k: int, nc: NameCues, mention_ends: dict[int, Spanned]) -> bool:
    """Tokens back from ``k`` (included) complete an office whose role noun stands before them: links,
    lower-case adjectives (fr/en) or genitives (ru), a place or a body, one capitalised office noun after
    a link (la Défense, l'Intérieur). With nothing but these between, the name after holds that office."""
    toks = prepared.tokens
    skipped = 0
    while k >= 0 and skipped <= OFFICE_COMPLEMENT_TOKENS:
        if prepared.gap(k, k + 1).strip(" ’'"):
            return False  # a comma or a full stop: another clause
        word, surface = toks[k].text, _surface(prepared, k)
        if word in nc.roles:
            return skipped > 0
        if k in mention_ends and mention_ends[k].label != "PER":
            k = mention_ends[k].token_start - 1  # a country or a body (министр обороны Нигера)
        elif word in _OFFICE_LINKS:
            k -= 1
        elif surface[:1].isupper() and k > 0 and toks[k - 1].text in _OFFICE_LINKS and skipped == 0:
            k -= 1  # the office's capitalised noun right before the name (de la Défense)
        elif surface.islower() and _cyrillic(surface) and RU_GENITIVE.fullmatch(word):
            k -= 1  # a Russian genitive (обороны, иностранных дел); not "в интервью ведущему X"
        elif surface.islower() and (FRENCH_ADJECTIVE.fullmatch(word) or word in ("region", "province")):
            k -= 1  # an adjective of nationality or kind (nigérien, militaire), a region
        else:
            return False
        skipped += 1
    return False


def _continues_a_phrase(prepared: PreparedText, a: int) -> bool:
    """Is token ``a`` right after "Capitalised and/of/et/de …", inside a longer capitalised phrase?"""
    toks = prepared.tokens
    return (
        a >= 2
        and toks[a - 1].text in _CONNECTORS
        and _plain_gap(prepared, a - 1)
        and _plain_gap(prepared, a - 2)
        and _surface(prepared, a - 2)[:1].isupper()
    )


def _name_words(prepared: PreparedText, a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if _name_word(prepared, k) and prepared.tokens[k].text not in _JOINING)


def _speech_at(prepared: PreparedText, k: int, nc: NameCues) -> bool:
    toks = prepared.tokens
    return any(tuple(t.text for t in toks[k : k + n]) in nc.speech for n in (1, 2, 3))


def _speech_ends_at(prepared: PreparedText, k: int, nc: NameCues) -> bool:
    toks = prepared.tokens
    return any(
        k - n + 1 >= 0 and tuple(t.text for t in toks[k - n + 1 : k + 1]) in nc.speech for n in (1, 2, 3)
    )


def _person_cue(
    prepared: PreparedText, a: int, b: int, nc: NameCues, mention_ends: dict[int, Spanned]
) -> str | None:
    """What in the text says the run ``[a, b)`` is a person, or None."""
    toks = prepared.tokens
    if ru_given_name(toks[a].text, nc) is not None:
        return "given_name"
    if _continues_a_phrase(prepared, a) or _after_preposition(prepared, a) or _title_case_line(prepared, a):
        return None  # "Observatory for Human Rights said", "in Tel Aviv said", a headline in title case
    after = prepared.text[toks[b - 1].end : toks[b].start] if b < len(toks) else ""
    before = prepared.text[toks[a - 1].end : toks[a].start] if a > 0 else ""
    set_off = before.strip() == "," and after.strip() == ","  # ", X, a annoncé": an apposition
    if b < len(toks) and (after == " " or set_off) and _speech_at(prepared, b, nc):
        return "speech_verb"  # "X said", "X a déclaré", "le gouverneur, X, a annoncé"
    if (
        a > 0
        and before == " "
        and _speech_ends_at(prepared, a - 1, nc)
        and (
            toks[a - 1].text not in _OBJECT_VERBS
            or b == len(toks)
            or after.strip()[:1] in (",", ".", ";", ")", "(")
        )
    ):
        return "speech_verb"  # "said X", "a déclaré X", "заявил X" (not "told Foreign Policy that")
    if b < len(toks) and after.strip() == ",":
        k = b
        if toks[k].text in _ARTICLES:
            k += 1
        for m in range(k, min(k + 3, len(toks))):
            if toks[m].text in nc.roles:
                return "apposition"  # "X, a senior research fellow", "X, porte-parole du …"
            if m > k and prepared.gap(m - 1, m).strip():
                break
    k = a - 1
    while k >= 0 and a - k <= ROLE_LOOKBACK:
        # over "МИД РФ" in "замглавы МИД РФ X", "при ООН в Женеве" in "представитель при ООН в Женеве X"
        if k in mention_ends and mention_ends[k].label != "PER":
            k = mention_ends[k].token_start - 1
        elif toks[k].text in _ROLE_LINKS or (
            k > 0 and toks[k - 1].text in _ROLE_LINKS and _name_word(prepared, k)
        ):
            k -= 1
        else:
            break
    if k >= 0 and toks[k].text in nc.roles and not prepared.gap(k, k + 1).strip():
        return "role_before"
    if (
        a > 0
        and _office_before(prepared, a - 1, nc, mention_ends)
        and not any(toks[k].text in nc.org_tails or toks[k].text in nc.org_words for k in range(a, b))
    ):
        return "role_before"  # "le ministre nigérien de la Défense X", "министр обороны Нигера X"
    if a > 0 and toks[a - 1].text in _ABBREVIATED_TITLES and prepared.gap(a - 1, a) == ". ":
        return "role_before"  # "Dr. Amira Hassan", "Brig. Gen. Nabil X": an abbreviated title or rank
    if (
        k == a - 1
        and k > 0
        and FRENCH_ADJECTIVE.fullmatch(toks[k].text)
        and toks[k - 1].text in nc.roles
        and prepared.text[toks[k - 1].end : toks[k].start] == " "
        and before == " "
    ):
        return "role_before"  # fr: the adjective follows the role noun ("le gouverneur provincial X")
    return None


#: Abbreviated titles and ranks written with a period before a name (folded, without the period).
_ABBREVIATED_TITLES = frozenset(
    {"m", "dr", "mr", "mrs", "ms", "prof", "gen", "brig", "col", "lt", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
     "mme"}
)  # fmt: skip

#: fr: a lower-case adjective of nationality, place or office as folded ("malien", "provincial", "américain",
#: "française", "militaire", "guinéen", "burkinabè"), which may stand between a role noun and the name it introduces.
FRENCH_ADJECTIVE = re.compile(
    r"[a-z]{3,}(?:al|ale|ien|ienne|een|eenne|ain|aine|ais|aise|ois|oise|ique|aire|el|elle|abe)"
)


#: Words after which a capitalised run is more likely a place or an object than a speaker.
#: (French "de" is left out: "au nom de X", "selon les propos de X" name people as often.)
_PREPOSITIONS = frozenset({"in", "at", "from", "to", "for", "of", "near", "on", "into", "across", "à", "en", "dans",
                           "vers", "pres", "в", "во", "из", "на", "к", "по", "у"})  # fmt: skip
#: Speech verbs that take an object: the capitalised words after them are whom they address.
_OBJECT_VERBS = frozenset({"told", "tells", "called", "described", "accused", "criticised", "criticized", "urged",
                           "asked", "warned", "thanked", "praised", "blamed", "accuse", "critique", "qualifie",
                           "fustige", "denonce", "averti", "avertit", "previent", "remercie", "interpelle"})  # fmt: skip
#: A line with at least this many words, most of them capitalised, is a headline in title case.
TITLE_CASE_WORDS = 4
TITLE_CASE_SHARE = 0.75
TITLE_CASE_CHARS = 140


def _after_preposition(prepared: PreparedText, a: int) -> bool:
    """Is the run at ``a`` the object of a preposition ("in Tel Aviv", "for the Yamalo-Nenets Okrug")?"""
    toks = prepared.tokens
    k = a - 1
    if k > 0 and toks[k].text in ("the", "la", "le", "les", "l'") and _plain_gap(prepared, k):
        k -= 1
    return k >= 0 and toks[k].text in _PREPOSITIONS and _plain_gap(prepared, k)


def _title_case_line(prepared: PreparedText, a: int) -> bool:
    text, at = prepared.text, prepared.tokens[a].start
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3]
    capitalised = sum(w[:1].isupper() for w in words)
    return (
        len(line) <= TITLE_CASE_CHARS
        and len(words) >= TITLE_CASE_WORDS
        and capitalised >= TITLE_CASE_SHARE * len(words)
    )


def _org_tail(prepared: PreparedText, a: int, b: int, nc: NameCues) -> bool:
    return b - a >= 2 and prepared.tokens[b - 1].text in nc.org_tails


# --- Russian organisation nouns ---------------------------------------------------------------------


def _cyrillic(word: str) -> bool:
    return "а" <= word[:1] <= "я" or word[:1] == "ё"


def _ru_org_head(word: str, nc: NameCues) -> bool:
    """An organisation noun in any case: a stem and at most a two-letter ending (Организации, not Центральноафриканской)."""
    return any(word.startswith(stem) and len(word) - len(stem) <= 2 for stem in nc.org_heads_ru)


def _ru_org_word(
    prepared: PreparedText, head: int, j: int, covered: set[int], stops: frozenset[str], nc: NameCues
) -> str | None:
    """The folded word at ``j`` if it may continue the Russian organisation name opened at ``head``."""
    toks = prepared.tokens
    if j >= len(toks) or j - head > MAX_RU_ORG_WORDS or j in covered or not _plain_gap(prepared, j - 1):
        return None
    word = toks[j].text
    return word if _cyrillic(word) and word not in stops and word not in nc.not_names else None


def _ru_head_after_adjectives(
    prepared: PreparedText, i: int, covered: set[int], stops: frozenset[str], nc: NameCues
) -> int | None:
    """The lowercase organisation noun after a capitalised adjective and at most two more adjectives."""
    toks = prepared.tokens
    first = toks[i].text
    if not first.endswith(_RU_ADJECTIVE_ENDINGS) or first.endswith(_RU_NOUN_ENDINGS) or first in nc.not_names:
        return None  # "Подразделение вооруженных сил" opens on a noun, "Двое военнослужащих" on a numeral
    for j in range(i + 1, min(i + 4, len(toks))):
        word = _ru_org_word(prepared, i, j, covered, stops, nc)
        if word is None or _surface(prepared, j)[:1].isupper():
            return None
        if _ru_org_head(word, nc):
            return j
        if not word.endswith(_RU_ADJECTIVE_ENDINGS):
            return None
    return None


def _russian_orgs(
    prepared: PreparedText, covered: set[int], stops: frozenset[str], nc: NameCues
) -> list[tuple[int, int]]:
    """ "Организации африканского единства": an organisation noun, then one genitive noun phrase.

    The phrase is lowercase adjectives, one lowercase noun, then capitalised words (государств
    *Юго-Восточной Азии*); a verb form ends it (Армия *прибыла*). A capitalised adjective before a
    lowercase organisation noun is a name too (Суданский революционный *фронт*).
    """
    toks = prepared.tokens
    found: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if i in covered or not _cyrillic(tok.text) or not _surface(prepared, i)[:1].isupper():
            continue
        if not _ru_org_head(tok.text, nc):
            head = _ru_head_after_adjectives(prepared, i, covered, stops, nc)
            if head is not None:
                found.append((i, head + 1))  # "Суданский революционный фронт", "Суверенного совета"
            continue

        def word_at(j: int, head: int = i) -> str | None:
            return _ru_org_word(prepared, head, j, covered, stops, nc)

        j = i + 1
        while (
            (word := word_at(j))
            and not _surface(prepared, j)[:1].isupper()
            and word.endswith(_RU_ADJECTIVE_ENDINGS)
        ):
            j += 1
        if (
            (word := word_at(j))
            and not _surface(prepared, j)[:1].isupper()
            and not word.endswith(_RU_VERB_ENDINGS)
        ):
            j += 1
        while (
            (word := word_at(j))
            and _surface(prepared, j)[:1].isupper()
            and not _person_starts(prepared, j, nc)
        ):
            j += 1
        if j - i >= 2:
            found.append((i, j))
    return found


def _person_starts(prepared: PreparedText, j: int, nc: NameCues) -> bool:
    """ru: a given name in the nominative then another capitalised word: a person named after the body
    (Председатель Совета Федерации *Валентина Матвиенко*), not more of the body's name."""
    toks = prepared.tokens
    return (
        ru_given_name(toks[j].text, nc) == toks[j].text
        and j + 1 < len(toks)
        and _surface(prepared, j + 1)[:1].isupper()
        and _plain_gap(prepared, j)
    )


# --- acronyms ---------------------------------------------------------------------------------------


def _letters_match(acronym: str, long_form: str) -> bool:
    """Schwartz & Hearst: the acronym's letters occur in order in the long form, the first at a word start."""
    s, pos = len(acronym) - 1, len(long_form) - 1
    while s >= 0:
        char = acronym[s]
        while pos >= 0 and (long_form[pos] != char or (s == 0 and pos > 0 and long_form[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return False
        pos -= 1
        s -= 1
    return True


def _bracketed_acronym(prepared: PreparedText, i: int) -> int | None:
    """If token ``i`` is an acronym in brackets ("(CNSP)", "(la CEDEAO)"), the last token before the bracket."""
    toks = prepared.tokens
    if not _acronym(prepared, i):
        return None
    closing = prepared.text[toks[i].end : toks[i + 1].start if i + 1 < len(toks) else len(prepared.text)]
    if not closing.lstrip().startswith(")"):
        return None
    k = i - 1
    if (
        k > 0
        and toks[k].text in _ARTICLES
        and "(" in prepared.gap(k - 1, k)
        and "(" not in prepared.gap(k, i)
    ):
        k -= 1  # "(la CEDEAO)": the article stands inside the bracket
    if k < 0 or "(" not in prepared.gap(k, k + 1):
        return None
    return k


def _org_word(word: str, nc: NameCues) -> bool:
    return word in nc.org_tails or word in nc.org_words or (_cyrillic(word) and _ru_org_head(word, nc))


def _defined_acronyms(
    prepared: PreparedText, covered: set[int], mention_ends: dict[int, Spanned], nc: NameCues
) -> list[tuple[int, int, int, str, bool]]:
    """Organisations defined by an acronym in brackets: (long start, long end, acronym token, label, tag the long form?).

    A long form found here must hold an organisation word (Comité, Forces, Организация).
    """
    toks = prepared.tokens
    found: list[tuple[int, int, int, str, bool]] = []
    for i in range(1, len(toks)):
        last = None if i in covered else _bracketed_acronym(prepared, i)
        if last is None:
            continue
        if last in mention_ends:  # "the Economic Community of West African States (ECOWAS)", already found
            mention = mention_ends[last]
            if mention.label not in ("PER", "GPE", "LOC"):
                found.append((mention.token_start, mention.token_end, i, mention.label, False))
            continue
        acronym = toks[i].text
        for start in range(last, max(-1, last - len(acronym) - 5), -1):
            if start in covered:
                break
            if toks[start].text[:1] != acronym[:1]:
                continue
            long_form = " ".join(t.text for t in toks[start : last + 1])
            if _letters_match(acronym, long_form):
                words = [t.text for t in toks[start : last + 1]]
                if any(_org_word(w, nc) for w in words) and not any(
                    w.startswith(nc.state_words) for w in words
                ):
                    # A lowercase long form (gouvernement d'union nationale (GNA)) is no name: only the acronym is.
                    found.append((start, last + 1, i, "ORG", _surface(prepared, start)[:1].isupper()))
                break
    return found


# --- the finder -------------------------------------------------------------------------------------


def _place_as_given_name(prepared: PreparedText, mention: Spanned, nc: NameCues) -> bool:
    """A one-word place that is a given name before a capitalised word (Victoria Nuland, Florence Parly)."""
    k = mention.token_end
    return (
        mention.label in ("GPE", "LOC")
        and mention.token_end - mention.token_start == 1
        and prepared.tokens[mention.token_start].text in nc.given
        and k < len(prepared.tokens)
        and _plain_gap(prepared, k - 1)
        and _name_word(prepared, k)
        and prepared.tokens[k].text not in nc.not_names
    )


def given_name_before(prepared: PreparedText, mention: Spanned, covered: set[int]) -> int | None:
    """Token of a given name right before a known person's mention (Yevgeni + KB Prigozhin), or None.

    The KB often knows a person by one spelling of the given name, or by the surname alone.
    """
    k = mention.token_start - 1
    if mention.label != "PER" or k < 0 or k in covered or not _plain_gap(prepared, k):
        return None
    return k if _name_word(prepared, k) and prepared.tokens[k].text in load_name_cues().given else None


def _text(prepared: PreparedText, a: int, b: int) -> str:
    return prepared.text[prepared.tokens[a].start : prepared.tokens[b - 1].end]


def _case_free(prepared: PreparedText, a: int, b: int, nc: NameCues) -> tuple[str, ...]:
    return tuple(ru_stem(t.text, nc) if _cyrillic(t.text) else t.text for t in prepared.tokens[a:b])


def _link_russian_surnames(
    prepared: PreparedText,
    covered: set[int],
    people: dict[tuple[str, ...], str],
    as_written: set[str],
    nc: NameCues,
    add: Callable[[int, int, str, str, str | None], None],
) -> None:
    """A Russian surname alone in another case (по словам Залесского) is the person named in full.

    Coreference links the surname as written (``as_written``: the last words of the full names);
    the other cases are linked here, to the full name's key.
    """
    surnames: dict[str, str | None] = {}
    for words, canonical in people.items():
        if len(words) >= 2 and _cyrillic(words[-1]):
            surnames[words[-1]] = canonical if surnames.get(words[-1], canonical) == canonical else None
    if not surnames:
        return
    for i, tok in enumerate(prepared.tokens):
        if i in covered or tok.text in as_written or not _cyrillic(tok.text):
            continue
        full_name = surnames.get(ru_stem(tok.text, nc))
        if full_name is not None and _surface(prepared, i)[:1].isupper():
            add(i, i + 1, "PER", "surname_case", full_name)


#: A capital letter of the scripts this finder reads.
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]")


def find_capitalised_names(
    prepared: PreparedText, mentions: Sequence[Spanned], stops: frozenset[str] = frozenset()
) -> list[NameSpan]:
    """Person and organisation names of Latin/Cyrillic text that ``mentions`` do not cover.

    ``stops`` are words a name never contains (the entity cues' Latin stopwords).
    """
    nc = load_name_cues()  # loaded with the first document, whatever its script (a one-off cost)
    if _CAPITAL.search(prepared.text) is None:
        return []  # no Latin or Cyrillic capital letter (most Arabic text): no name for this finder
    toks = prepared.tokens
    mentions = [m for m in mentions if not _place_as_given_name(prepared, m, nc)]
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    mention_ends: dict[int, Spanned] = {m.token_end - 1: m for m in mentions}
    lowercase = {t.text for i, t in enumerate(toks) if not _surface(prepared, i)[:1].isupper()}
    found: list[NameSpan] = []

    def add(a: int, b: int, label: str, cue: str, canonical: str | None = None) -> None:
        if covered.isdisjoint(range(a, b)):
            if label == "PER" and canonical is None:
                canonical = _ru_nominative(prepared, a, b, nc)
            found.append(NameSpan(a, b, label, cue, canonical))
            covered.update(range(a, b))
            mention_ends[b - 1] = found[-1]

    acronyms: dict[str, tuple[str, str]] = {}  # acronym surface -> (label, long form)
    for a, b, i, label, tag_long in _defined_acronyms(prepared, covered, mention_ends, nc):
        if tag_long and covered.isdisjoint(range(a, b)):
            add(a, b, label, "acronym")
        acronyms[_surface(prepared, i)] = (label, prepared.text[toks[a].start : toks[b - 1].end])
    for a, b in _russian_orgs(prepared, covered, stops, nc) + _headed_by_adjective(prepared, covered, nc):
        add(a, b, "ORG", "org_noun")
    untyped: list[tuple[int, int]] = []
    people: dict[tuple[str, ...], str] = {}  # the words of a person found here (case-free) -> canonical
    for a, b in _runs(prepared, covered, stops, nc, lowercase):
        if _org_tail(prepared, a, b, nc):
            add(a, b, "ORG", "org_word")
            continue
        cue = _person_cue(prepared, a, b, nc, mention_ends) if _name_words(prepared, a, b) >= 2 else None
        if cue is None:
            untyped.append((a, b))
            continue
        add(a, b, "PER", cue)
        if found[-1].label == "PER" and found[-1].token_start == a:
            people[_case_free(prepared, a, b, nc)] = found[-1].canonical or _text(prepared, a, b)
    for a, b in untyped:  # the same words typed PER elsewhere in the document (in any case: Ивана Корнеева)
        canonical = people.get(_case_free(prepared, a, b, nc))
        if canonical is not None:
            add(a, b, "PER", "document", canonical)
    as_written = {toks[span.token_end - 1].text for span in found if span.label == "PER"}
    _link_russian_surnames(prepared, covered, people, as_written, nc, add)
    for i in range(len(toks)):
        known = acronyms.get(_surface(prepared, i))
        if known is not None and i not in covered:
            add(i, i + 1, known[0], "acronym", known[1])
    return found
