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

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from rasid.ner.features import folded_readings
from rasid.ner.scorer import chunks

#: Sentences either side whose entities are looked for in a sentence (about one news article).
WINDOW = 10
#: Shortest entity string (in letters) worth propagating: short strings are often common words.
MIN_CHARS = 3
#: Also propagate the last word of multi-word person names (ديوب after عبد الله ديوب).
PER_SURNAMES = True

Key = tuple[str, ...]


@lru_cache(maxsize=200_000)
def _norm(word: str) -> tuple[str, tuple[str, ...]]:
    """The normalised word and its clitic-stripped readings (cached across documents: words repeat)."""
    norm, _, stems = folded_readings(word)
    return norm, stems


def propagate(
    sents: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW
) -> list[list[str]]:
    """Tags with recurring entity strings filled in (see the module docstring)."""
    normed = [[_norm(w) for w in words] for words in sents]
    found: list[list[tuple[Key, str]]] = []
    for words, sent_norms, sent_tags in zip(sents, normed, tags, strict=True):
        entities = []
        for start, end, kind in chunks(sent_tags):
            text = "".join(words[start:end])
            if len(text) >= MIN_CHARS and any(ch.isalpha() for ch in text):
                norms = [n for n, _ in sent_norms[start:end]]
                # key on the shortest reading of the first word: that is what other mentions share
                entities.append(((sent_norms[start][1][-1], *norms[1:]), kind))
                if kind == "PER" and end - start >= 2 and len(norms[-1]) >= MIN_CHARS and PER_SURNAMES:
                    # a person named in full is later called by the last name alone
                    entities.append(((norms[-1],), kind))
        found.append(entities)
    out: list[list[str]] = []
    for i, (sent_norms, sent_tags) in enumerate(zip(normed, tags, strict=True)):
        votes: dict[Key, Counter[str]] = defaultdict(Counter)
        for j in range(max(0, i - window), min(len(sents), i + window + 1)):
            for key, kind in found[j]:
                votes[key][kind] += 1
        new = list(sent_tags)
        if votes:
            lengths: dict[str, set[int]] = defaultdict(set)  # first word -> entity lengths starting with it
            for key in votes:
                lengths[key[0]].add(len(key))
            n = len(new)
            k = 0
            while k < n:
                filled = 0
                if new[k] == "O":
                    for first in sent_norms[k][1]:
                        for length in sorted(lengths.get(first, ()), reverse=True):
                            if k + length > n or any(t != "O" for t in new[k : k + length]):
                                continue
                            key = (first, *(m for m, _ in sent_norms[k + 1 : k + length]))
                            hit = votes.get(key)
                            if hit:
                                kind = hit.most_common(1)[0][0]
                                new[k] = "B-" + kind
                                for m in range(k + 1, k + length):
                                    new[m] = "I-" + kind
                                filled = length
                                break
                        if filled:
                            break
                k += filled or 1
        out.append(new)
    return out
