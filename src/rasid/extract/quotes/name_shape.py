"""Arabic speakers the entity layer never tagged, read where a speaker's name is expected.

The statistical NER misses names it has not seen (علي العطوي after "مدير عام جمرك سلوى", a surname alone
written again after the full name: "واعتبر العجي أن"). In the subject slot of a speech verb — right after
the verb, after a title opening the words there, or opening the sentence right before the verb — a run of
words is read as a person when it is shaped like a name:

* it starts with a common given name of the NER's own list (``data/ner/names_person.txt``, its sections of
  given names) or of the cue
  data (``name_shape.given_names``), with عبد and a word (عبد الله) or with أبو/ابن and a word, and has two
  to four name words; or
* it is one word that ends the name of a person tagged elsewhere in the document (a surname), which then
  stands for that person;

and the run ends the slot: a punctuation mark, what was said (أن، إن، بأن), a preposition (في، لـ، عن) or a
participle of saying comes right after it. No word of the run is a role, a body's head, a cue word or a
word the grammar reads as a function word. The mention says how it was found (``via="name_shape"``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from rasid.extract.cues import fold, load_cues
from rasid.extract.entities import load_cues as entity_cues
from rasid.extract.matcher import prepare
from rasid.extract.quotes.cues import AR_HONORIFIC_TITLES, AR_SAID_THAT, WORD, quote_cues, without_article
from rasid.extract.quotes.mentions import Mention, name_tokens, religious_title_words
from rasid.text.words import fold_many

#: How the mentions found here name their person (the output's ``speaker_via``).
VIA = "name_shape"
#: Name words a run may hold (the links بن/آل not counted), and words from the verb to the run's start.
MAX_NAME_WORDS = 4
MAX_TITLE_WORDS = 8
#: Links inside an Arabic name (folded): they neither start nor end a run.
_LINKS = frozenset({"بن", "ابن", "بنت", "ال", "آل", "ابو", "ابي", "ام"})
#: Words that open a name by themselves (a kunya or a lineage), folded.
_NAME_OPENERS = frozenset({"ابو", "ابي", "ابن", "ام"})
#: Punctuation that ends a run (a colon, a comma, a quotation mark, a bracket, the end of a sentence).
_END_MARK = re.compile(r"\s*[:،,؛;.!?؟«»\"“”(\n]")


@lru_cache(maxsize=8)
def _data_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_cues("quotes")["name_shape"][key])


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The Arabic given names of the NER's list (folded), without those that are also common words."""
    text = resources.files("rasid.data.ner").joinpath("names_person.txt").read_text(encoding="utf-8")
    words, given = set(_data_words("given_names")), False
    for line in text.splitlines():
        if line.startswith("#"):
            given = "given names" in line  # the list's sections of family names (وادي، كيتا) open no run
        elif given and line.strip():
            words.add(fold(line.strip()))
    return frozenset(w for w in words if " " not in w) - _data_words("given_also_words")


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words no name run holds: roles, heads of bodies and statements, relatives, what ends a run."""
    data = load_cues("quotes")
    words = [
        *data["role_nouns"]["ar"],
        *data["organization_heads"]["ar"],
        *data["statement_heads"],
        *data["relative_heads"]["ar"],
        *data["participle_verbs"],
        *data["anonymous_roles"],
        *data["name_shape"]["run_ends"],
        *data["name_shape"]["not_in_names"],
        *data["name_shape"]["religious_titles"],
    ]
    return frozenset(without_article(fold(w)) for w in words if " " not in w) | _speech_verbs()


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(fold(v) for v in load_cues("quotes")["speech_verbs"]["ar"] if " " not in v)


@lru_cache(maxsize=1)
def _speech_verb_forms() -> frozenset[str]:
    """The speech verbs also with a و/ف before them: one set look-up per word of the text."""
    verbs = _speech_verbs()
    return verbs | {clitic + v for clitic in "وف" for v in verbs}


def _speech_verb(word: str) -> bool:
    return word in _speech_verb_forms()


#: What may end a sentence between two words.
_SENTENCE_END = re.compile(r"[.!?؟\n]\s*$")


def _ends_run(text: str, end: int, next_word: str | None) -> bool:
    """What comes right after a run closes the subject slot: a mark, what was said, a preposition."""
    if _END_MARK.match(text, end):
        return True
    if next_word is None:
        return False
    return (
        next_word in _data_words("run_ends")
        or next_word in quote_cues().participles
        or next_word.startswith(("لل", "لـ"))  # للصحافيين، لـ«الشرق الأوسط»: whom it was told to
    )


def _closes_slot(text: str, end: int, next_word: str | None) -> bool:
    """The subject slot surely ends here: a mark, what was said, or a participle of saying comes next."""
    return (
        _END_MARK.match(text, end) is not None
        or next_word in AR_SAID_THAT
        or (next_word is not None and next_word in quote_cues().participles)
    )


def _name_word(word: str) -> bool:
    return (
        len(word) >= 2
        and without_article(word) not in _not_name_words()
        and word not in _not_name_words()
        and not word.startswith(("لل", "بال", "وال", "فال", "كال"))  # a glued preposition or conjunction
    )


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(without_article(fold(w)) for w in load_cues("quotes")["role_nouns"]["ar"])


def _opens_with_title(words: Sequence[str]) -> bool:
    """The words between a verb and a run open with a title (after an honorific): مدير عام جمرك سلوى."""
    if not words:
        return True
    if religious_title_words(words) == len(words):
        return True  # البطريرك الماروني، بطريرك الروم الأرثوذكس
    at = 1 if re.fullmatch(AR_HONORIFIC_TITLES, words[0]) else 0
    if at >= len(words):
        return False
    roles = _role_words()
    head = without_article(words[at])
    if head in roles or (head.endswith("ه") and head[:-1] in roles):  # مديرة, سفيرة: a woman's title
        return True
    found = entity_cues().titles.find(prepare(" ".join(words[at:])))
    return any(m.token_start == 0 for m in found)


def _surnames(known: Sequence[Mention]) -> dict[str, set[str]]:
    """The last word of each person's name of two words or more -> the keys of the people it ends."""
    out: dict[str, set[str]] = {}
    for m in known:
        tokens = name_tokens(m.text)
        if m.label == "PER" and len(tokens) >= 2 and tokens[-2] not in _LINKS and len(tokens[-1]) >= 4:
            out.setdefault(tokens[-1], set()).add(m.key)
    return out


def _run_at(words: Sequence[tuple[int, int, str]], i: int, text: str) -> tuple[int, int] | None:
    """The name run opening at word ``i`` as word indexes ``[i, j)``: a given name and one to three more name
    words, or a kunya (أبو/أم + a word: أبو محمد) or a lineage (ابن + an indefinite word: ابن قتيبة)."""
    first = words[i][2]
    if text[words[i][0] : words[i][1]].endswith("ى") and first == "علي":
        return None  # على "on", folded the same as the name علي
    kunya = first in _NAME_OPENERS
    if kunya:
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        if (
            not _name_word(nxt)
            or nxt.endswith(("ه", "ها", "هم"))
            or (first == "ابن" and nxt.startswith("ال"))
        ):
            return None  # ابن عمه: his cousin; ابن الضحية: the victim's son
    elif first not in given_names() and not (
        first == "عبد" and i + 1 < len(words) and words[i + 1][2].startswith("ال")  # عبد الله، عبد الرحمن
    ):
        return None
    j, names = i, 0
    while j < len(words) and names < MAX_NAME_WORDS:
        if j > i and re.search(r"[^\s]", text[words[j - 1][1] : words[j][0]]):
            break  # a mark between two words ends the run
        word = words[j][2]
        if word in _LINKS:
            j += 1
            continue
        if not (j == i or _name_word(word)) or _speech_verb(word):
            break
        names += 1
        j += 1
    while j > i and words[j - 1][2] in _LINKS:
        j -= 1
    if names < (1 if kunya else 2) or j == i or words[j - 1][2] in _LINKS:
        return None
    return i, j


#: Words that may open a sentence before its subject's name (وكان X قد قال).
_BEFORE_OPENING_NAME = frozenset({"وكان", "كان", "فيما", "بينما"})
#: Words after a name and its comma that open a relative clause about it (X، الذي …، قال).
_RELATIVE = frozenset({"الذي", "التي", "وهو", "وهي"})
#: How many words after an opening name a speech verb of its sentence may come (past its relative clause).
MAX_CLAUSE_WORDS = 30


#: ``WORD`` as one group, so that ``split`` returns gap, word, gap, word, …, gap.
_WORD_SPLITTER = re.compile(f"({WORD.pattern})")


def _folded_words(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    """``(start, end, fold(word))`` of every ``WORD`` of the text, and the text before each word since the
    last, built without a Python step per word: ``split`` cuts the text into gaps and words, the running sum
    of their lengths gives the offsets, the words are folded in one batch (``str.strip`` as ``fold`` does:
    a few presentation forms fold to a space)."""
    parts = _WORD_SPLITTER.split(text)
    ends = list(accumulate(map(len, parts)))
    words = list(zip(ends[0:-1:2], ends[1::2], map(str.strip, fold_many(parts[1::2])), strict=True))
    return words, parts[0:-1:2]


def name_shaped_speakers(
    text: str, known: Sequence[Mention], taken: Sequence[tuple[int, int]]
) -> list[Mention]:
    """Arabic: person mentions read off name-shaped words in the subject slot of a speech verb that no
    entity covers (see the module's docstring). ``taken``: spans the entity layer or a stage marked."""
    if re.search(r"[\u0621-\u064a]", text) is None:
        return []
    words, gaps = _folded_words(text)
    spans = list(taken)
    surnames = _surnames(known)
    taken_ends = frozenset(e for _, e in spans)
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()

    def add(i: int, j: int, key: str | None = None) -> None:
        s, e = words[i][0], words[j - 1][1]
        if (s, e) in seen or any(a < e and s < b for a, b in spans):
            return  # a stage marked (part of) it: the entity speaks for itself
        seen.add((s, e))
        surface = text[s:e]
        out.append(Mention(s, e, "PER", key or fold(surface), None, surface, VIA))

    verbs = _speech_verb_forms()
    # only a speech verb or a word after more than one space can start either reading (see _sentence_start):
    # most words are neither, and are passed over without a call
    for v in [v for v, gap in enumerate(gaps) if gap != " " or words[v][2] in verbs or v == 0]:
        verb = words[v][2]
        if _speech_verb(verb):
            found = _after_verb(words, v, text, surnames, taken_ends)
            if found is not None:
                add(*found)
        elif _sentence_start(words, v, text):
            opening = _opening_subject(words, v, text)
            if opening is not None:
                add(*opening)
    return out


def _after_verb(
    words: Sequence[tuple[int, int, str]],
    v: int,
    text: str,
    surnames: dict[str, set[str]],
    taken_ends: frozenset[int] = frozenset(),
) -> tuple[int, int, str | None] | None:
    """The run right after the speech verb ``words[v]``, or after a title opening the words there, that
    closes the subject slot; or a known surname right after the verb (واعتبر العجي أن)."""
    for i in range(v + 1, min(v + 1 + MAX_TITLE_WORDS, len(words))):
        # the gap before this word (words hold no marks; the earlier gaps were read on the earlier steps)
        if re.search(r"[:،,؛;.!?؟«»\"“”()\n]", text[words[i - 1][1] : words[i][0]]):
            break  # the slot ended with no known name run in it
        nxt = words[i + 1][2] if i + 1 < len(words) else None
        owners = surnames.get(words[i][2], set())
        if i == v + 1 and len(owners) == 1 and _ends_run(text, words[i][1], nxt):
            return i, i + 1, next(iter(owners))
        run = _run_at(words, i, text)
        if run is None:
            continue
        after = words[run[1]][2] if run[1] < len(words) else None
        if _opens_with_title([w for _, _, w in words[v + 1 : i]]) and _ends_run(
            text, words[run[1] - 1][1], after
        ):
            return run[0], run[1], None
        return None
    return _unknown_name_after_title(words, v, text, taken_ends)


def _unknown_name_after_title(
    words: Sequence[tuple[int, int, str]], v: int, text: str, taken_ends: frozenset[int]
) -> tuple[int, int, None] | None:
    """Two words closing the subject slot of the speech verb ``words[v]`` right after a title that opens it,
    though the first is no given name the lists know (أكد مدير عام المبيعات في الشركة عذبي العقيل أن): in
    that slot a title is followed by its holder's name. The first word takes no article (a title's
    complement does: وقال مدير عام الصحة إن)."""
    for e in range(v + 1, min(v + 1 + MAX_TITLE_WORDS + 2, len(words))):
        if re.search(r"[:،,؛;.!?؟«»\"“”()\n]", text[words[e - 1][1] : words[e][0]]):
            return None
        nxt = words[e + 1][2] if e + 1 < len(words) else None
        if not _closes_slot(text, words[e][1], nxt):
            continue  # a preposition may go on with the title (مدير عام الصحة في عدن)
        first, last = words[e - 1][2], words[e][2]
        if (
            e - 1 < v + 2  # no title before the two words
            # right after a preposition or a body's head in construct (no article), they are its object or
            # the body's name (قبل سقوط القاعدة، في مقاله، رئيس بلدية وادي الدواسر; not في الهيئة X Y)
            or words[e - 2][2] in _data_words("run_ends")
            or words[e - 2][2] in quote_cues().organization_ar
            # a bare noun right before them governs them (المتحدث باسم جبهة ردفان العند): the title ends
            # with a definite word or with a name a stage marked (في شركة موبايلي عذبي العقيل)
            or not (words[e - 2][2].startswith("ال") or words[e - 2][1] in taken_ends)
            or first.startswith("ال")
            or first in _LINKS
            or first in quote_cues().adverbial  # عقب اللقاء، خلال الاجتماع: when it was said
            or min(len(first), len(last)) < 3
            or not (_name_word(first) and _name_word(last))
            or _speech_verb(first)
            or _speech_verb(last)
            or not _opens_with_title([w for _, _, w in words[v + 1 : e - 1]])
        ):
            return None
        return e - 1, e + 1, None
    return None


def _sentence_start(words: Sequence[tuple[int, int, str]], i: int, text: str) -> bool:
    if i == 0:
        return True
    gap_start, gap_end = words[i - 1][1], words[i][0]
    if gap_end - gap_start == 1 and text[gap_start] == " ":
        return False  # one space: most gaps, no regex
    return _SENTENCE_END.search(text, gap_start, gap_end) is not None


def _opening_subject(
    words: Sequence[tuple[int, int, str]], i: int, text: str
) -> tuple[int, int, None] | None:
    """A run opening the sentence at ``words[i]`` (past وكان، فيما) that is the subject of a speech verb:
    the verb comes right after it (X قال، وكان X قد قال) or after its relative clause (X، الذي …، قال)."""
    if words[i][2] in _BEFORE_OPENING_NAME:
        i += 1
    run = _run_at(words, i, text) if i < len(words) else None
    if run is None or run[1] >= len(words):
        return None
    j = run[1]
    nxt = words[j][2]
    if nxt == "قد" and j + 1 < len(words):
        nxt = words[j + 1][2]
    if _speech_verb(nxt) and not re.search(r"[^\s]", text[words[j - 1][1] : words[j][0]]):
        return run[0], j, None
    if re.match(r"\s*[،,]\s*$", text[words[j - 1][1] : words[j][0]]) and nxt in _RELATIVE:
        for k in range(j + 1, min(j + MAX_CLAUSE_WORDS, len(words))):
            if re.search(r"[.!?؟\n]", text[words[k - 1][1] : words[k][0]]):
                return None
            if _speech_verb(words[k][2]) and re.search(r"[،,]\s*$", text[words[k - 1][1] : words[k][0]]):
                return run[0], j, None  # the verb after the relative clause's closing comma
    return None
