"""Readers for CoNLL-style NER corpora and the mapping of their tag sets to PER/LOC/ORG/MISC.

Every corpus we train on uses its own labels. The shipped model predicts the four
ANERcorp/CoNLL types, so each reader maps its tags at read time:

* ANERcorp: ``PERS`` → PER; LOC, ORG, MISC unchanged.
* AQMAR (Stanza's rules): ``MIS*`` → MISC, ``ENGLISH``/``SPANISH`` → O, ``I--ORG`` → I-ORG, junk → O.
* Wojood (nested; only the outermost tag column is read): PERS → PER, GPE/LOC/FAC → LOC,
  ORG → ORG, NORP/EVENT/LANGUAGE/PRODUCT/LAW/WEBSITE → MISC, every other type (DATE, OCC, numbers…) → O.

A corpus is a list of sentences; a sentence is a list of ``(token, tag)`` pairs.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

from rasid.errors import ReaderError

Sentence = list[tuple[str, str]]

TYPES = ("PER", "LOC", "ORG", "MISC")
_TAG = re.compile(r"^([BI])-(.+)$")

ANERCORP_TYPES = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
WOJOOD_TYPES = {
    "PERS": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
    "LAW": "MISC",
    "WEBSITE": "MISC",
}
#: Wojood's line that separates documents inside a sentence stream.
_WOJOOD_SEPARATOR = "$#$"


def _read_lines(path: Path) -> Iterable[list[str]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ReaderError(f"NER data file not found: {path}") from exc
    except UnicodeDecodeError as exc:
        raise ReaderError(f"NER data file is not UTF-8: {path}") from exc
    for line in text.splitlines():
        yield line.split()


def _sentences(rows: Iterable[list[str]], map_row) -> list[Sentence]:
    sents: list[Sentence] = []
    current: Sentence = []
    for cols in rows:
        if not cols:
            if current:
                sents.append(current)
                current = []
            continue
        pair = map_row(cols)
        if pair is not None:
            current.append(pair)
    if current:
        sents.append(current)
    return sents


def map_tag(tag: str, types: dict[str, str]) -> str:
    """``B-PERS`` → ``B-PER`` under ``types``; unknown types and malformed tags → ``O``."""
    m = _TAG.match(tag)
    if not m:
        return "O"
    mapped = types.get(m.group(2))
    return f"{m.group(1)}-{mapped}" if mapped else "O"


def read_conll(path: str | Path, types: dict[str, str] | None = None) -> list[Sentence]:
    """Token and tag in the first and last columns, blank line between sentences.

    Tags already in PER/LOC/ORG/MISC pass through; ANERcorp's PERS is accepted too.
    """
    types = types or ANERCORP_TYPES
    return _sentences(_read_lines(Path(path)), lambda cols: (cols[0], map_tag(cols[-1], types)))


def read_anercorp(path: str | Path) -> list[Sentence]:
    return read_conll(path, ANERCORP_TYPES)


def aqmar_tag(tag: str) -> str:
    """Stanza's ``normalize_tags`` for AQMAR, tag by tag."""
    if tag.startswith("O"):
        return "O"
    if tag.startswith("I-"):
        kind = tag[2:]
        if kind.startswith("MIS"):
            return "I-MISC"
        if kind.startswith("-"):  # I--ORG
            return "I-" + kind[1:]
        return tag if kind in ("PER", "LOC", "ORG") else "O"
    if tag.startswith("B-"):
        kind = tag[2:]
        if kind.startswith("MIS"):
            return "B-MISC"
        if kind.startswith(("ENGLISH", "SPANISH")):
            return "O"
        return tag if kind in ("PER", "LOC", "ORG") else "O"
    return "O"


def aqmar_files(folder: str | Path) -> list[Path]:
    """The 28 article files in Stanza's order: sorted, then Computer.txt and Computer_Software.txt swapped."""
    files = sorted(p for p in Path(folder).glob("*.txt") if _TAG_FILE.match(p.name))
    names = [p.name for p in files]
    if len(files) != 28 or names[2:4] != ["Computer.txt", "Computer_Software.txt"]:
        raise ReaderError(f"expected the 28 AQMAR article files in {folder}, found {len(files)}")
    files[2], files[3] = files[3], files[2]
    return files


# article files are named like Christiano_Ronaldo.txt; this excludes SOURCE_AND_LICENSE.txt and READMEs
_TAG_FILE = re.compile(r"^(?!SOURCE|README)[A-Za-z0-9_]+\.txt$")


def read_aqmar(folder: str | Path) -> list[Sentence]:
    """All AQMAR sentences, in Stanza's file order, tags normalised."""
    sents: list[Sentence] = []
    for path in aqmar_files(folder):
        sents.extend(_sentences(_read_lines(path), lambda cols: (cols[0], aqmar_tag(cols[-1]))))
    return sents


def aqmar_stanza_split(
    folder: str | Path, seed: int = 1234
) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """Stanza's AQMAR recipe: shuffle all sentences with ``random.seed(1234)``, cut 70/15/15."""
    sents = read_aqmar(folder)
    n = len(sents)
    n_train, n_dev = int(n * 0.7), int(n * 0.15)
    random.seed(seed)  # Stanza seeds the global generator; we do the same to reproduce its order
    random.shuffle(sents)
    return sents[:n_train], sents[n_train : n_train + n_dev], sents[n_train + n_dev :]


def read_wojood(path: str | Path) -> list[Sentence]:
    """Wojood's flat view: the first (outermost) tag column, mapped to our four types."""

    def row(cols: list[str]) -> tuple[str, str] | None:
        if cols[0] == _WOJOOD_SEPARATOR:
            return None
        return cols[0], map_tag(cols[1] if len(cols) > 1 else "O", WOJOOD_TYPES)

    return _sentences(_read_lines(Path(path)), row)


def repair_bio(tags: list[str]) -> list[str]:
    """Make a tag sequence well formed: an I- that does not continue its type becomes B-."""
    if tags.count("O") == len(tags):  # most sentences of news text hold no entity
        return list(tags)
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed


def write_conll(sents: Iterable[Sentence], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for sent in sents:
            for token, tag in sent:
                out.write(f"{token}\t{tag}\n")
            out.write("\n")
