"""Check the multilingual event-story pages set (issue 14, set a) against ``pages.manifest.jsonl``.

    python evaluation/stories/check_pages.py [--cache DIR] [--manifest FILE] [--labels-only]

The excerpts are other people's text, so the repository holds only their manifest (see README-pages.md); each
one is gathered again with the search tool and saved as ``<cache>/<id>.txt``. The default cache is
``$RASID_EVAL_CACHE/stories-pages``, else ``../eval-cache/stories-pages`` beside the checkout.

The labels are checked on their own: ids and (query, rank) pairs are unique; ``copy_of`` names another item of
the same language and story; ``translation_of`` names an item of another language and the same story; neither
chain loops; ``distractor_of`` names a story that has items and is not the distractor's own story.

With a cache, every file must exist. When its SHA-1 is the labelled one, its length and opening must be the
labelled ones too. When the SHA-1 differs (a re-gathered copy may differ in invisible characters or spacing),
the mismatch is reported and the text must still open with the labelled opening after Unicode NFKC and
whitespace folding, with a length within 5% of the labelled one. One line per problem, then a summary; exit
status 1 on problems, 2 when the cache folder is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
MANIFEST = HERE / "pages.manifest.jsonl"
REQUIRED = ("id", "url", "query", "rank", "language", "text_sha1", "text_length", "story", "opening")
LINKS = ("copy_of", "translation_of")
#: ISO 639-1 codes; the set also holds a few excerpts in languages other than the four Rasid reads.
LANGUAGE = re.compile(r"^[a-z]{2}$")
#: How far the length of a re-gathered copy may drift (invisible characters, spacing) before it is a problem.
LENGTH_TOLERANCE = 0.05


def default_cache() -> Path:
    root = os.environ.get("RASID_EVAL_CACHE")
    return (Path(root) if root else REPO.parent / "eval-cache") / "stories-pages"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def opening_of(text: str, words: int = 8) -> str:
    """The first ``words`` whitespace-separated words, joined by single spaces (how the manifest stores them)."""
    return " ".join(text.split()[:words])


def fold(text: str) -> str:
    """NFKC, zero-width and format marks dropped, every run of whitespace one space, trimmed."""
    text = "".join(char for char in unicodedata.normalize("NFKC", text) if unicodedata.category(char) != "Cf")
    return " ".join(text.split())


def read_manifest(manifest: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]


def label_problems(items: list[dict[str, Any]]) -> list[str]:
    """Problems of the manifest's fields and cross-item labels, independent of any text."""
    problems: list[str] = []
    by_id: dict[str, dict[str, Any]] = {}
    seen_hits: set[tuple[str, int]] = set()
    for number, item in enumerate(items, 1):
        item_id = item.get("id") or f"line {number}"
        missing = [key for key in REQUIRED if item.get(key) in (None, "")]
        problems += [f"{item_id}: missing field {key!r}" for key in missing]
        if item_id in by_id:
            problems.append(f"{item_id}: the id is used twice")
        by_id[item_id] = item
        if not LANGUAGE.match(str(item.get("language", ""))):
            problems.append(f"{item_id}: language {item.get('language')!r} is not a two-letter code")
        rank = item.get("rank")
        if not isinstance(rank, int) or rank < 1:
            problems.append(f"{item_id}: rank {rank!r} is not a 1-based position")
        hit = (item.get("query", ""), rank if isinstance(rank, int) else -1)
        if hit in seen_hits:
            problems.append(f"{item_id}: query and rank {hit!r} are used by another item")
        seen_hits.add(hit)
    stories = {item.get("story") for item in items}
    for item_id, item in by_id.items():
        for link in LINKS:
            target_id = item.get(link)
            if target_id is None:
                continue
            target = by_id.get(target_id)
            if target is None or target_id == item_id:
                problems.append(f"{item_id}: {link} {target_id!r} is not another item of the set")
                continue
            if target.get("story") != item.get("story"):
                problems.append(f"{item_id}: {link} {target_id} is in story {target.get('story')!r}")
            same_language = target.get("language") == item.get("language")
            if link == "copy_of" and not same_language:
                problems.append(
                    f"{item_id}: copy_of {target_id} is in another language ({target.get('language')})"
                )
            if link == "translation_of" and same_language:
                problems.append(f"{item_id}: translation_of {target_id} is in the same language")
        distracted = item.get("distractor_of")
        if distracted is not None:
            if distracted not in stories:
                problems.append(f"{item_id}: distractor_of {distracted!r} is not a story of the set")
            elif distracted == item.get("story"):
                problems.append(f"{item_id}: a distractor cannot be in the story it distracts from")
    problems += loop_problems(by_id)
    return problems


def loop_problems(by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Items whose copy/translation pointers lead back to themselves: a source cannot descend from its copy."""
    problems = []
    for link in LINKS:
        for start in by_id:
            seen = {start}
            current = by_id[start].get(link)
            while current in by_id:
                if current in seen:
                    problems.append(f"{start}: its {link} chain loops through {current}")
                    break
                seen.add(current)
                current = by_id[current].get(link)
    return problems


def text_problems(item: dict[str, Any], text: str) -> tuple[list[str], bool]:
    """Problems of one cached excerpt, and whether it is the labelled text exactly."""
    if sha1(text) == item["text_sha1"]:
        problems = []
        if len(text) != item["text_length"]:
            problems.append(f"text_length {item['text_length']} but the text has {len(text)} characters")
        if opening_of(text) != item["opening"]:
            problems.append(f"opening {item['opening']!r} but the text opens {opening_of(text)!r}")
        return problems, True
    problems = []
    if not fold(text).startswith(fold(item["opening"])):
        problems.append(f"the re-gathered text does not open with {item['opening']!r}: {opening_of(text)!r}")
    if abs(len(text) - item["text_length"]) > LENGTH_TOLERANCE * item["text_length"]:
        problems.append(f"the re-gathered text has {len(text)} characters, not about {item['text_length']}")
    return problems, False


def summary(items: list[dict[str, Any]]) -> str:
    languages = Counter(item["language"] for item in items)
    distractors = [item for item in items if item.get("distractor_of")]
    event_stories = {item["story"] for item in items if not item.get("distractor_of")}
    copies = sum(1 for item in items if item.get("copy_of"))
    translations = sum(1 for item in items if item.get("translation_of"))
    by_language = ", ".join(f"{language} {count}" for language, count in languages.most_common())
    return (
        f"{len(items)} items ({by_language}); {len(event_stories)} event stories; {len(distractors)} distractors "
        f"in {len({item['story'] for item in distractors})} stories; {copies} copy_of, {translations} translation_of"
    )


def check(manifest: Path, cache: Path | None) -> tuple[list[str], dict[str, int]]:
    """Every problem as ``id: what``, and counts of the cached texts (none when ``cache`` is None)."""
    items = read_manifest(manifest)
    problems = label_problems(items)
    counts = {"exact": 0, "regathered": 0, "missing": 0}
    if cache is None:
        return problems, counts
    for item in items:
        if any(not item.get(key) for key in ("id", "text_sha1", "opening")):
            continue  # already reported as a missing field
        path = cache / f"{item['id']}.txt"
        if not path.is_file():
            counts["missing"] += 1
            problems.append(f"{item['id']}: {path} not found")
            continue
        text = path.read_bytes().decode("utf-8")
        item_problems, exact = text_problems(item, text)
        counts["exact" if exact else "regathered"] += 1
        if not exact:
            print(
                f"{item['id']}: sha1 differs from the labelled text ({len(text)} vs {item['text_length']} chars)"
            )
        problems += [f"{item['id']}: {problem}" for problem in item_problems]
    return problems, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=default_cache(), help="folder of <id>.txt excerpts")
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument(
        "--labels-only", action="store_true", help="check the manifest's labels, not the texts"
    )
    args = parser.parse_args(argv)
    if not args.labels_only and not args.cache.is_dir():
        print(f"{args.cache} is not a folder: gather the excerpts first (README-pages.md)", file=sys.stderr)
        return 2
    problems, counts = check(args.manifest, None if args.labels_only else args.cache)
    for problem in problems:
        print(problem)
    print(summary(read_manifest(args.manifest)))
    texts = (
        "texts not checked"
        if args.labels_only
        else f"{counts['exact']} identical, {counts['regathered']} differ from the labelled text, "
        f"{counts['missing']} missing"
    )
    print(f"{texts}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
