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

from rasid.ner.scorer import chunks
from rasid.text.normalize import normalize_for_search
from rasid.text.tokens import clitic_stems

#: Sentences either side whose entities are looked for in a sentence (about one news article).
WINDOW = 10
#: Shortest entity string (in letters) worth propagating: short strings are often common words.
MIN_CHARS = 3
#: Also propagate the last word of multi-word person names (ديوب after عبد الله ديوب).
PER_SURNAMES = True

Key = tuple[str, ...]


def _norm(word: str) -> str:
    return normalize_for_search(word) or word


def _entity_keys(words: Sequence[str]) -> list[Key]:
    """The entity's normalised form, with its first word's clitic-stripped readings."""
    norms = [_norm(w) for w in words]
    rest = tuple(norms[1:])
    return [(s, *rest) for _, s in clitic_stems(norms[0])]


def propagate(
    sents: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW
) -> list[list[str]]:
    """Tags with recurring entity strings filled in (see the module docstring)."""
    found: list[list[tuple[Key, str]]] = []
    for words, sent_tags in zip(sents, tags, strict=True):
        entities = []
        for start, end, kind in chunks(sent_tags):
            text = "".join(words[start:end])
            if len(text) >= MIN_CHARS and any(ch.isalpha() for ch in text):
                norms = tuple(_norm(w) for w in words[start:end])
                # key on the shortest reading of the first word: that is what other mentions share
                entities.append(((clitic_stems(norms[0])[-1][1], *norms[1:]), kind))
                if kind == "PER" and end - start >= 2 and len(norms[-1]) >= MIN_CHARS and PER_SURNAMES:
                    # a person named in full is later called by the last name alone
                    entities.append(((norms[-1],), kind))
        found.append(entities)
    out: list[list[str]] = []
    for i, (words, sent_tags) in enumerate(zip(sents, tags, strict=True)):
        votes: dict[Key, Counter[str]] = defaultdict(Counter)
        for j in range(max(0, i - window), min(len(sents), i + window + 1)):
            for key, kind in found[j]:
                votes[key][kind] += 1
        new = list(sent_tags)
        if votes:
            longest = max(len(k) for k in votes)
            k = 0
            while k < len(words):
                filled = 0
                if new[k] == "O":
                    for length in range(min(longest, len(words) - k), 0, -1):
                        if any(t != "O" for t in new[k : k + length]):
                            continue
                        hit = next(
                            (votes[key] for key in _entity_keys(words[k : k + length]) if key in votes), None
                        )
                        if hit:
                            kind = hit.most_common(1)[0][0]
                            new[k] = "B-" + kind
                            for m in range(k + 1, k + length):
                                new[m] = "I-" + kind
                            filled = length
                            break
                k += filled or 1
        out.append(new)
    return out
