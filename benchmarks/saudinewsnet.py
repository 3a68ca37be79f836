"""SaudiNewsNet articles for the benchmarks, read from ``../shared`` (or ``$RASID_SHARED``) beside the checkout."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
FOLDER = SHARED / "data" / "saudinewsnet"


def articles(limit: int | None = None, skip: int = 0) -> Iterator[dict]:
    """Articles with text, in file order: the ``limit`` after the first ``skip``."""
    count = 0
    for path in sorted(FOLDER.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for item in json.loads(zf.read(name)):
                    if not item.get("content"):
                        continue
                    count += 1
                    if count <= skip:
                        continue
                    yield item
                    if limit is not None and count - skip >= limit:
                        return
