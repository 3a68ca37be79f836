"""Document-level consistency: a name tagged once is tagged wherever it recurs nearby.

News repeats a name: first with a title (الرئيس عبد الله ديوب), then bare (ديوب).
The CRF sees one sentence at a time and may miss the bare mention. After tagging,
every entity string the model found in a window of sentences is looked up in the
untagged stretches of those sentences (matched on normalised forms, the first word
also without its clitics, so للبنك التجاري matches البنك التجاري) and tagged with the
type the model gave it most often. Only all-``O`` stretches are filled, never a
model decision changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasid.ner.scorer import chunks
from rasid.text.words import folded_readings

#: Sentences either side whose entities are looked for in a sentence (about one news article).
WINDOW = 10
#: Shortest entity string (in letters) worth propagating: short strings are often common words.
MIN_CHARS = 3
#: Also propagate the last word of multi-word person names (ديوب after عبد الله ديوب).
PER_SURNAMES = True

Key = tuple[str, ...]


def propagate(
    sents: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW
) -> list[list[str]]:
    """Tags with recurring entity strings filled in (see the module docstring)."""
    # each word's (folded form, readings, clitic-stripped stems) (cached: the tagger asked for them already)
    normed = [list(map(folded_readings, words)) for words in sents]
    found: list[list[tuple[Key, str]]] = []
    for words, sent_norms, sent_tags in zip(sents, normed, tags, strict=True):
        entities = []
        for start, end, kind in chunks(sent_tags):
            text = "".join(words[start:end])
            if len(text) >= MIN_CHARS and any(ch.isalpha() for ch in text):
                norms = [n for n, _, _ in sent_norms[start:end]]
                # key on the shortest reading of the first word: that is what other mentions share
                entities.append(((sent_norms[start][2][-1], *norms[1:]), kind))
                if kind == "PER" and end - start >= 2 and len(norms[-1]) >= MIN_CHARS and PER_SURNAMES:
                    # a person named in full is later called by the last name alone
                    entities.append(((norms[-1],), kind))
        found.append(entities)
    # The window slides: entity strings enter and leave it one sentence at a time.
    counts: dict[Key, int] = {}  # entity string -> mentions in the window
    lengths: dict[
        str, Counter[int]
    ] = {}  # first word -> lengths of the window's entity strings starting with it
    lo = hi = 0  # the window is sentences [lo, hi)

    def slide(j: int, step: int) -> None:
        for key, _ in found[j]:
            counts[key] = counts.get(key, 0) + step
            if not counts[key]:
                del counts[key]
            by_length = lengths.setdefault(key[0], Counter())
            by_length[len(key)] += step
            if not by_length[len(key)]:
                del by_length[len(key)]
                if not by_length:
                    del lengths[key[0]]

    out: list[list[str]] = []
    for i, (sent_norms, sent_tags) in enumerate(zip(normed, tags, strict=True)):
        while hi < min(len(sents), i + window + 1):
            slide(hi, 1)
            hi += 1
        while lo < i - window:
            slide(lo, -1)
            lo += 1
        new = list(sent_tags)
        if counts:
            n = len(new)
            starts = lengths.keys()
            free = 0  # tokens before this one were filled already
            for k, (_, _, readings) in enumerate(sent_norms):
                # most words start no entity string in the window: one set lookup per reading rules them out
                if k < free or new[k] != "O" or starts.isdisjoint(readings):
                    continue
                for first in readings:
                    filled = 0
                    for length in sorted(lengths.get(first, ()), reverse=True):
                        if k + length > n or any(t != "O" for t in new[k : k + length]):
                            continue
                        key = (first, *(m for m, _, _ in sent_norms[k + 1 : k + length]))
                        if key in counts:
                            kind = _most_voted(key, found[lo:hi])
                            new[k] = "B-" + kind
                            for m in range(k + 1, k + length):
                                new[m] = "I-" + kind
                            filled = length
                            break
                    if filled:
                        free = k + filled
                        break
        out.append(new)
    return out


def _most_voted(key: Key, window: Sequence[list[tuple[Key, str]]]) -> str:
    """The type the window's sentences gave ``key`` most often (ties: the one met first)."""
    votes: Counter[str] = Counter(kind for found in window for k, kind in found if k == key)
    return votes.most_common(1)[0][0]
