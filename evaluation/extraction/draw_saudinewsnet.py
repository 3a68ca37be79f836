"""Draw the SaudiNewsNet extraction sample: 150 articles, fixed seed, referred to by file and index.

Run ``python evaluation/extraction/draw_saudinewsnet.py [--cache DIR]``. It prints the draw as JSON lines
(``id``, ``file``, ``index``, ``url``, ``published``, ``text_sha1``) and, with ``--cache``, writes each article's
text (the record's ``content`` with newlines normalised exactly as Rasid's readers do, so offsets agree with
``Document.text``) to ``DIR/<id>.txt`` for reading. The texts stay out of the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

from rasid.readers.base import clean_text

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
FOLDER = SHARED / "data" / "saudinewsnet"
SEED = 20261206
SIZE = 150
MIN_CHARS = 200  # a stub of a few words has nothing to label


def all_records() -> Iterator[tuple[str, int, dict]]:
    for path in sorted(FOLDER.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            (member,) = zf.namelist()
            for index, record in enumerate(json.loads(zf.read(member))):
                yield path.name, index, record


def article_text(record: dict) -> str:
    return clean_text(record.get("content") or "")


def draw() -> list[dict]:
    candidates = [(f, i, r) for f, i, r in all_records() if len(article_text(r)) >= MIN_CHARS]
    picked = random.Random(SEED).sample(candidates, SIZE)
    picked.sort(key=lambda item: (item[0], item[1]))
    rows = []
    for n, (name, index, record) in enumerate(picked, 1):
        text = article_text(record)
        rows.append(
            {
                "id": f"snn-{n:03d}",
                "file": name,
                "index": index,
                "url": record.get("url"),
                "published": (record.get("date_extracted") or "")[:10] or None,
                "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                "text": text,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="write each article's text here (outside the repository)")
    args = parser.parse_args()
    for row in draw():
        text = row.pop("text")
        if args.cache:
            args.cache.mkdir(parents=True, exist_ok=True)
            (args.cache / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
