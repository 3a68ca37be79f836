"""Boundaries of the tagger's Arabic names: a glued conjunction or preposition in front of a name is not part of it.

The training corpora keep clitics glued to their word, so the model tags the whole token: وطارق الزهراني,
بجامعة الملك سعود, ومحمد. The name starts after the clitic. Some names begin with the same letters (وليد،
وائل، بدر، فيصل، بلان), so a letter is cut only when the word reads better without it, by two facts learned
from SaudiNewsNet and shipped with the tagger (``data/ner/clusters.tsv.gz``, most frequent word first):

* the stem is a word, at least twice as frequent as the whole token if that is a word too (ومحمد is far
  rarer than محمد; وليد is a word, ليد none; بابا about as frequent as ابا);
* the stem is name-like: its coarse word cluster holds several of the name words the gazetteer lists
  (محمد and طارق share one, جامعة and صندوق another); a stem like لان or ست is a common word.

A preposition glued to a definite word that opens a person's span (بالرس فوزية الرميح, بالسويسري X) puts a
place or an adjective before the name: that whole word is dropped. Offsets stay exact into the text: only
the span's start moves forward (within its first word, or past it when it is dropped). Nothing is cut
after a person's title (الشيخة لبنى), in للX (لِ + الX), or before a rare word after لا/با (لايسي).

The same two facts tell where a titled name ends (:func:`prepositional_word`, used by
``rasid.extract.entities``): الأمير نواف بن سعد بزيارة … ends before بزيارة, a preposition and a common word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from rasid.ner.features import _data_path, default_resources
from rasid.text.normalize import normalize_for_search

#: Conjunctions and prepositions written glued to the next word, shortest first: وكريم is و + كريم, not وك + ريم.
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
#: The prepositions among them: before a definite word they make a phrase (بالرس), not a name part.
PREPOSITIONS = "بلك"
CONJUNCTIONS = "وف"
#: Shortest stem worth reading (ست, لي, ان are words but never the start of a name here).
MIN_STEM = 3
#: Name words of the gazetteer a coarse cluster must hold to count as a cluster of names.
MIN_NAMES_PER_CLUSTER = 3
#: How many times more frequent than the whole token the stem must be (بابا is a word, not ب + ابا).
MIN_FREQUENCY_RATIO = 2
#: Frequency rank under which a word counts as common (ابن، أردوغان), not a rare transliteration (ايسي).
COMMON_RANK = 5000
TRIMMED_LABELS = frozenset({"PER", "ORG"})
_TANWIN = re.compile("[\u064b-\u064d]")


@dataclass(frozen=True)
class Vocabulary:
    """Frequency rank and coarse cluster of SaudiNewsNet's words, and which clusters hold names."""

    rank: Mapping[str, int]
    coarse: Mapping[str, str]
    name_clusters: frozenset[str]


@cache
def vocabulary() -> Vocabulary:
    clusters = default_resources().clusters  # file order: most frequent word first
    rank = {word: i for i, word in enumerate(clusters)}
    coarse = {word: groups[0] for word, groups in clusters.items()}
    # one set for both labels: surnames share clusters with clubs and places (هزازي, ميسي with النصر)
    per_cluster = Counter(coarse[word] for word in _gazetteer_name_words() if word in coarse)
    return Vocabulary(
        rank, coarse, frozenset(c for c, n in per_cluster.items() if n >= MIN_NAMES_PER_CLUSTER)
    )


def _gazetteer_name_words() -> set[str]:
    words: set[str] = set()
    for line in _data_path("gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, entry = line.split("\t", 1)
            if kind in TRIMMED_LABELS:
                words.update(entry.split())
    return words


def _more_frequent(stem: str, word: str, vocab: Vocabulary) -> bool:
    stem_rank = vocab.rank.get(stem)
    if stem_rank is None:
        return False
    word_rank = vocab.rank.get(word)
    return word_rank is None or word_rank >= MIN_FREQUENCY_RATIO * (stem_rank + 1)


def name_start(
    text: str, start: int, end: int, label: str, vocab: Vocabulary | None = None, *, after_name: bool = False
) -> int:
    """Where the name in ``text[start:end]`` (tagged ``label``) starts once a glued clitic is left out.

    ``after_name``: another person's name ends just before the span (only spaces or a comma between), so a
    glued و there is the conjunction of a list of people (:func:`coordinated_name`). Returns ``start`` when
    nothing is to be cut; never a position past the span's first word.
    """
    if label not in TRIMMED_LABELS:
        return start
    span = text[start:end]
    first_end = len(span.split(maxsplit=1)[0]) if span.strip() else 0
    first = span[:first_end]
    if not first or not ("\u0621" <= first[0] <= "\u064a") or _TANWIN.search(first):
        return start  # tanwin marks an indefinite common noun (كفيفاً), never a name
    if _after_title(text, start):
        return start  # الشيخة لبنى: a title is followed by the name itself, never by و/ب/ل
    vocab = vocab or vocabulary()
    word = normalize_for_search(first)
    for clitic in PROCLITICS:
        if not word.startswith(clitic) or len(word) - len(clitic) < MIN_STEM:
            continue
        stem = word[len(clitic) :]
        if clitic == "ل" and stem[0] == "ل":
            continue  # للX is لِ + الX: left whole, the article's lam cannot be cut apart (name readers know it)
        if not _more_frequent(stem, word, vocab):
            continue
        cut = _surface_length(first, len(clitic))
        bare_alef = first[cut : cut + 1] == "ا" and not stem.startswith("ال")
        if clitic in PREPOSITIONS and bare_alef and vocab.rank[stem] >= COMMON_RANK:
            continue  # لا، با open transliterated names (لايسي، باملاك): only a common word is read as ل + اX (لابن)
        if clitic[-1] in PREPOSITIONS and stem[0] in CONJUNCTIONS and _more_frequent(stem[1:], stem, vocab):
            continue  # بوحسن: a conjunction never follows a preposition, so the token is one name
        rest = span[first_end:]
        if label == "PER" and clitic[-1] in PREPOSITIONS and stem.startswith("ال") and _name_follows(rest):
            # بالرس فوزية: a prepositional phrase before the name, not a part of it
            return start + first_end + len(rest) - len(rest.lstrip())
        if vocab.coarse.get(stem) in vocab.name_clusters:
            return start + cut
    if label == "PER" and word.startswith("و") and coordinated_name(first, after_name):
        return start + _surface_length(first, 1)
    return start


def coordinated_name(word: str, after_name: bool) -> bool:
    """Whether the first word و + X of a person's span is the conjunction and the next name of a list.

    The frequency test of :func:`name_start` misses the names of a list the tagger splits at each و but keeps
    the و on (دانيال كاريكو ونيكو باريخا، والترمذي والنسفي، ت789ه، وعلي بن …): a rare transliteration is no
    frequent word, and علي folds like the preposition على. The conjunction is cut when the whole word is not a
    name word of the gazetteer (وليد، وائل، وسام, kept) and either another person's name ends just before
    (``after_name``: a transliterated W-name such as وارن or ويليام follows a verb or a title, not a name),
    or X itself is a name word of the gazetteer (وعلي، وفهد، ومنى). Missed: a W-name the tagger split off a
    given name (إيما | واتسون); keeping a bare alef after the و lost more list names (وايريس، وامرئ القيس).
    """
    folded = normalize_for_search(word)
    stem = folded[1:]
    if len(stem) < MIN_STEM or folded in _folded_name_words():
        return False
    if stem in _folded_name_words():
        return True
    return after_name


@cache
def _folded_name_words() -> frozenset[str]:
    return frozenset(normalize_for_search(word) for word in _gazetteer_name_words())


#: Frequency rank under which a one-word "person" that is no name word is a common word (لي، عدد، الثاني).
COMMON_WORD_RANK = 1000


def common_word_person(
    word: str, name_words: frozenset[str] = frozenset(), vocab: Vocabulary | None = None
) -> bool:
    """Whether a one-word person span of the tagger is a frequent common word, not a name.

    The tagger marks a pronoun + preposition (وجهت لي دعوة: "to me"), a noun (وعدد، طريق) or an ordinal
    (الثاني) as a person. Such a word is among SaudiNewsNet's most frequent words, its coarse cluster holds no
    gazetteer names, and it is no gazetteer name word itself (صالح، يوسف، الخطيب are kept). A word of another
    person's longer name in the same text (لي of لي كوان يو: ``name_words``, folded) stays a name.
    """
    vocab = vocab or vocabulary()
    folded = normalize_for_search(word)
    rank = vocab.rank.get(folded)
    return (
        rank is not None
        and rank < COMMON_WORD_RANK
        and vocab.coarse[folded] not in vocab.name_clusters
        and folded not in _folded_name_words()
        and folded not in name_words
    )


#: Pronouns and particles the tagger puts in front of a name (قال لي العيدان "al-Eidan told me", أنا فاتن,
#: يا زين, بحسب دبلوماسي فإن كيري), as written: فان (van) and آنا (Anna) are name words. على is left out: it
#: is also علي written without dots (على حسن).
LEADING_FUNCTION_WORDS = frozenset(
    {"لي", "أنا", "انا", "يا", "فإن", "إن", "أن", "وإن", "لنا", "له", "لها", "لك"}
)


def after_function_word(span: str, vocab: Vocabulary | None = None) -> int:
    """Characters to skip at the start of a person span that opens with a pronoun or particle (0 if none).

    The function word is cut only before a definite or known word: لي كوان يو and لي مياوتشيان are
    transliterated names whose next word SaudiNewsNet never wrote, and stay whole.
    """
    words = span.split(maxsplit=2)
    if len(words) < 2 or words[0] not in LEADING_FUNCTION_WORDS:
        return 0
    folded = normalize_for_search(words[1])
    if not folded.startswith("ال") and folded not in (vocab or vocabulary()).rank:
        return 0
    return span.index(words[1], len(words[0]))


def name_like(word: str, vocab: Vocabulary | None = None) -> bool:
    """Whether a word may be a name: a gazetteer name word, a word of a cluster of names, or a word SaudiNewsNet
    never wrote (a rare surname or transliteration: العيدان)."""
    vocab = vocab or vocabulary()
    folded = normalize_for_search(word)
    return (
        folded not in vocab.rank
        or vocab.coarse[folded] in vocab.name_clusters
        or folded in _folded_name_words()
    )


def prepositional_word(folded: str, vocab: Vocabulary | None = None) -> bool:
    """Whether a folded word is a glued preposition + a common word (بزيارة، لتفقد، بعاصفة، لرعايته).

    Such a word cannot continue a person's name: the name ends before it (الأمير نواف بن سعد بزيارة …). A
    word whose stem is name-like (بشادي، ببني) or no more frequent than the word itself (بدر، بلال) is kept.
    """
    vocab = vocab or vocabulary()
    for clitic in ("ب", "ل", "ك", "وب", "ول", "فب", "فل"):
        if not folded.startswith(clitic) or len(folded) - len(clitic) <= MIN_STEM:
            continue  # a short stem is often a name's own letters (لاين، بيرن)
        stem = folded[len(clitic) :]
        if stem[0] == "ل" and clitic[-1] == "ل":
            stem = "ا" + stem  # للتفقد: لِ + التفقد
        if _more_frequent(stem, folded, vocab) and vocab.coarse[stem] not in vocab.name_clusters:
            return True
    return False


def _after_title(text: str, start: int) -> bool:
    """Whether the word just before ``start`` is a person's title (الشيخ، الشيخة، الدكتور)."""
    before = text[max(0, start - 24) : start].split()
    if not before or not text[start - 1 : start].isspace():
        return False
    word = normalize_for_search(before[-1])
    cues = default_resources().cues
    return cues.get(word) == "PER_TITLE" or (word.endswith("ه") and cues.get(word[:-1]) == "PER_TITLE")


def _name_follows(rest: str) -> bool:
    """Whether a word follows a dropped phrase, and it is not a second conjoined noun (بالسيف والقلم)."""
    words = rest.split(maxsplit=1)
    if not words:
        return False
    word = normalize_for_search(words[0])
    return not (word[:1] in CONJUNCTIONS and word[1:3] == "ال")


def _surface_length(surface: str, letters: int) -> int:
    """Characters of ``surface`` that hold its first ``letters`` letters (diacritics and tatweel ride along)."""
    seen = 0
    for i, ch in enumerate(surface):
        if "\u0621" <= ch <= "\u064a" and ch != "\u0640":
            if seen == letters:
                return i
            seen += 1
    return len(surface)
