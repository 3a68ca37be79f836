"""Check a local copy of the pages excerpts against ``pages.manifest.jsonl`` (see README-pages.md).

    python evaluation/extraction/check_pages.py [--cache DIR] [--manifest FILE]

The excerpts are other people's text, so the repository holds only their manifest; each one is gathered
again with the search tool and saved as ``<cache>/<id>.txt``. The default cache is
``$RASID_EVAL_CACHE/pages``, else ``../eval-cache/pages`` beside the checkout.

For every item the file must exist. When its SHA-1 is the labelled one, every span's ``text`` and every
quote's ``opening`` must sit exactly at its offsets. When the SHA-1 differs (a re-gathered copy may differ in
invisible characters or spacing), the mismatch is reported and each span is looked for after Unicode NFKC
and whitespace folding, near its offsets. One line per problem, then a summary; exit status 1 on problems.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
MANIFEST = HERE / "pages.manifest.jsonl"
#: How far (in characters of the original text) a span may have moved in a re-gathered copy.
NEAR = 120

QUOTE_SPEAKER_TYPES = {"person", "organization", "anonymous", "none"}
QUOTE_VIAS = {"explicit", "pronoun", "implicit", "surname", "role", "none"}
SOURCE_KINDS = {
    "wire_credit",
    "cited_outlet",
    "told_outlet",
    "interview",
    "social_channel",
    "research",
    "vague",
    "original_url",
}
DATE_PRECISIONS = {"day", "week", "month", "season", "year", "decade", "century", "ref"}
LANGUAGES = {"ar", "en", "fr", "ru"}


def default_cache() -> Path:
    root = os.environ.get("RASID_EVAL_CACHE")
    return (Path(root) if root else REPO.parent / "eval-cache") / "pages"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Folded:
    """Text after NFKC and whitespace folding, with each folded character's offset in the original."""

    text: str
    origin: list[int]

    @classmethod
    def of(cls, original: str) -> Folded:
        chars: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(original):
            for piece in unicodedata.normalize("NFKC", char):
                if piece.isspace() or unicodedata.category(piece) == "Cf":
                    # Runs of spaces, newlines, no-break spaces and zero-width marks fold to one space.
                    if piece.isspace() and (not chars or chars[-1] != " "):
                        chars.append(" ")
                        origin.append(index)
                    continue
                chars.append(piece)
                origin.append(index)
        return cls("".join(chars), origin)

    def occurrences(self, needle: str) -> Iterator[int]:
        """Original offsets where the folded ``needle`` starts."""
        target = Folded.of(needle).text.strip()
        if not target:
            return
        position = self.text.find(target)
        while position >= 0:
            yield self.origin[position]
            position = self.text.find(target, position + 1)


def label_problems(item: dict[str, Any]) -> list[str]:
    """Schema problems in one manifest line (LABELS.md), independent of any text."""
    problems = []
    for key in ("id", "url", "query", "rank", "language", "text_sha1", "text_length"):
        if key not in item:
            problems.append(f"missing field {key!r}")
    if item.get("language") not in LANGUAGES:
        problems.append(f"language {item.get('language')!r} is not one of {sorted(LANGUAGES)}")
    for quote in item.get("quotes", []):
        if quote.get("speaker_type") not in QUOTE_SPEAKER_TYPES:
            problems.append(f"quote at {quote.get('start')}: speaker_type {quote.get('speaker_type')!r}")
        if quote.get("speaker_via") not in QUOTE_VIAS:
            problems.append(f"quote at {quote.get('start')}: speaker_via {quote.get('speaker_via')!r}")
        if quote.get("speaker_type") == "anonymous" and not quote.get("speaker_description"):
            problems.append(f"quote at {quote.get('start')}: an anonymous speaker needs its description")
    for source in item.get("sources", []):
        if source.get("kind") not in SOURCE_KINDS:
            problems.append(f"source {source.get('text')!r}: kind {source.get('kind')!r}")
    for date in item.get("dates", []):
        if date.get("precision") not in DATE_PRECISIONS:
            problems.append(f"date {date.get('text')!r}: precision {date.get('precision')!r}")
        if date.get("value") is None and not date.get("relative"):
            problems.append(f"date {date.get('text')!r}: only a relative date may have no value")
    return problems


def spans(item: dict[str, Any]) -> Iterator[tuple[str, int, int, str]]:
    """(layer, start, end, the surface that must be found at start) for every labelled span."""
    for quote in item.get("quotes", []):
        yield "quote", quote["start"], quote["end"], quote["opening"]
    for layer in ("sources", "dates", "date_negatives"):
        for span in item.get(layer, []):
            yield layer.rstrip("s"), span["start"], span["end"], span["text"]


def text_problems(item: dict[str, Any], text: str) -> tuple[list[str], bool]:
    """Problems of the item's spans in ``text``, and whether the text is the labelled one."""
    exact = sha1(text) == item["text_sha1"]
    problems = []
    folded = None if exact else Folded.of(text)
    for layer, start, end, surface in spans(item):
        if not 0 <= start < end <= (item["text_length"] if exact else len(text) + NEAR):
            problems.append(f"{layer} [{start}, {end}) is outside the text")
            continue
        if exact:
            if not text.startswith(surface, start) or len(surface) > end - start:
                problems.append(f"{layer} {surface!r} is not at [{start}, {end}): {text[start:end]!r}")
            continue
        assert folded is not None
        found = list(folded.occurrences(surface))
        if not found:
            problems.append(f"{layer} {surface!r} is not in the re-gathered text")
        elif min(abs(offset - start) for offset in found) > NEAR:
            problems.append(f"{layer} {surface!r} is in the text but not near {start}")
    return problems, exact


def check(manifest: Path, cache: Path) -> tuple[list[str], dict[str, int]]:
    """Every problem as ``id: what``, and counts for the summary."""
    problems: list[str] = []
    counts = {"items": 0, "exact": 0, "regathered": 0, "missing": 0, "spans": 0}
    seen: set[str] = set()
    for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        item_id = item.get("id", f"line {number}")
        counts["items"] += 1
        if item_id in seen:
            problems.append(f"{item_id}: the id is used twice")
        seen.add(item_id)
        problems += [f"{item_id}: {p}" for p in label_problems(item)]
        path = cache / f"{item_id}.txt"
        if not path.exists():
            counts["missing"] += 1
            problems.append(f"{item_id}: {path} not found")
            continue
        text = path.read_text(encoding="utf-8")
        item_problems, exact = text_problems(item, text)
        counts["exact" if exact else "regathered"] += 1
        counts["spans"] += sum(1 for _ in spans(item))
        if not exact:
            print(
                f"{item_id}: sha1 differs from the labelled text ({len(text)} vs {item['text_length']} chars)"
            )
        problems += [f"{item_id}: {p}" for p in item_problems]
    return problems, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=default_cache(), help="folder of <id>.txt excerpts")
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    args = parser.parse_args(argv)
    if not args.cache.is_dir():
        print(f"{args.cache} is not a folder: gather the excerpts first (README-pages.md)", file=sys.stderr)
        return 2
    problems, counts = check(args.manifest, args.cache)
    for problem in problems:
        print(problem)
    print(
        f"{counts['items']} items: {counts['exact']} identical, {counts['regathered']} differ from the labelled "
        f"text, {counts['missing']} missing; {counts['spans']} spans checked; {len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
