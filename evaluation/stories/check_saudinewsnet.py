"""Check the SaudiNewsNet story set (issue 14, set b) against the corpus in ../shared.

Run ``python evaluation/stories/check_saudinewsnet.py [LABELS]``. Every line of the stand-off file must point
at a real article (``file`` + ``index``) whose normalised text hashes to ``text_sha1`` and whose url and outlet
agree; ids are unique; every story id is written ``s-NNN``; ``copy_of`` names another article of the same story;
and the set is exactly the seeded draw described in ``README.md`` (same days, filter, seed and size), so nobody
can swap an article in by hand. Problems are printed one per line; the exit status is 1 when there are any,
2 when the corpus folder is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

from rasid.readers.base import clean_text

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
FOLDER = SHARED / "data" / "saudinewsnet"
LABELS = Path(__file__).resolve().parent / "saudinewsnet.stories.jsonl"

# The draw (see README.md): three consecutive extraction days after 1 August 2015, when the extraction date is
# most probably the authoring date; every article whose raw content has 200+ characters; a seeded sample.
DAYS = ("2015-08-02", "2015-08-03", "2015-08-04")
MIN_CONTENT_CHARS = 200
SEED = 14
SIZE = 330

REQUIRED_FIELDS = ("id", "file", "index", "url", "outlet", "text_sha1", "story", "copy_of", "note")
ID_PATTERN = re.compile(r"^snn3-\d{4}$")
STORY_PATTERN = re.compile(r"^s-\d{3}$")


def load_days(folder: Path = FOLDER) -> dict[str, list[dict]]:
    """The articles of each drawn day's zip, in file order."""
    records = {}
    for day in DAYS:
        with zipfile.ZipFile(folder / f"{day}.zip") as zf:
            (member,) = zf.namelist()
            records[f"{day}.zip"] = json.loads(zf.read(member))
    return records


def seeded_draw(records: dict[str, list[dict]]) -> list[tuple[str, int]]:
    """``(file, index)`` of the sample, in file and index order, as README.md describes it."""
    pool = [
        (name, index)
        for name in (f"{day}.zip" for day in DAYS)
        for index, record in enumerate(records[name])
        if len(record.get("content") or "") >= MIN_CONTENT_CHARS
    ]
    return sorted(random.Random(SEED).sample(pool, SIZE))


def text_sha1(record: dict) -> str:
    return hashlib.sha1(clean_text(record.get("content") or "").encode("utf-8")).hexdigest()


def check(rows: list[dict], records: dict[str, list[dict]]) -> list[str]:
    """Every problem found, one readable line each; an empty list means the set is sound."""
    problems: list[str] = []
    for n, row in enumerate(rows, 1):
        missing = [field for field in REQUIRED_FIELDS if field not in row]
        if missing:
            problems.append(f"line {n}: missing fields {missing}")
            continue
        where = f"line {n} ({row['id']})"
        if not ID_PATTERN.match(str(row["id"])):
            problems.append(f"{where}: id is not snn3-NNNN")
        if not STORY_PATTERN.match(str(row["story"])):
            problems.append(f"{where}: story id {row['story']!r} is not s-NNN")
        articles = records.get(row["file"])
        if articles is None:
            problems.append(f"{where}: file {row['file']} is not one of the drawn days")
            continue
        if not isinstance(row["index"], int) or not 0 <= row["index"] < len(articles):
            problems.append(f"{where}: index {row['index']} is outside {row['file']}")
            continue
        record = articles[row["index"]]
        if text_sha1(record) != row["text_sha1"]:
            problems.append(f"{where}: text_sha1 does not match {row['file']}[{row['index']}]")
        if record.get("url") != row["url"]:
            problems.append(f"{where}: url differs from the corpus")
        if record.get("source") != row["outlet"]:
            problems.append(f"{where}: outlet {row['outlet']!r} differs from source {record.get('source')!r}")

    ids = Counter(row.get("id") for row in rows)
    problems += [f"id {id_} is used {count} times" for id_, count in ids.items() if count > 1]
    places = Counter((row.get("file"), row.get("index")) for row in rows)
    problems += [f"{place} is labelled {count} times" for place, count in places.items() if count > 1]

    story_of = {row.get("id"): row.get("story") for row in rows}
    for row in rows:
        target = row.get("copy_of")
        if target is None:
            continue
        if target == row.get("id"):
            problems.append(f"{row['id']}: copy_of points at itself")
        elif target not in story_of:
            problems.append(f"{row['id']}: copy_of {target} is not in the set")
        elif story_of[target] != row.get("story"):
            problems.append(
                f"{row['id']}: copy_of {target} is in story {story_of[target]}, not {row['story']}"
            )
    problems += _copy_cycles(rows)

    drawn = seeded_draw(records)
    labelled = sorted(places)
    if labelled != drawn:
        extra = sorted(set(labelled) - set(drawn))
        absent = sorted(set(drawn) - set(labelled))
        problems.append(f"the set is not the seeded draw: {len(extra)} extra, {len(absent)} missing")
    return problems


def _copy_cycles(rows: list[dict]) -> list[str]:
    """copy_of chains must end at an original, never loop."""
    parent = {row.get("id"): row.get("copy_of") for row in rows}
    problems = []
    for start in parent:
        seen, node = set(), start
        while node is not None and node in parent:
            if node in seen:
                problems.append(f"{start}: copy_of chain loops")
                break
            seen.add(node)
            node = parent[node]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="?", type=Path, default=LABELS)
    args = parser.parse_args(argv)
    if not FOLDER.is_dir():
        print(f"{FOLDER} not found: set RASID_SHARED to the shared folder", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    problems = check(rows, load_days())
    for problem in problems:
        print(problem)
    stories = Counter(row["story"] for row in rows)
    sizes = Counter(stories.values())
    copies = sum(1 for row in rows if row.get("copy_of"))
    print(
        f"{len(rows)} articles, {len(stories)} stories (sizes {dict(sorted(sizes.items()))}), {copies} copy_of links,"
        f" {len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
