"""The documents an evaluation set is analysed as carry what a real page carries: its url names its
publisher (an outlet naming itself is no cited source)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from rasid.extract.standoff import cached_documents


def _cache(tmp_path: Path, text: str) -> str:
    (tmp_path / "pg-1.txt").write_text(text, encoding="utf-8")
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def test_cached_documents_carry_the_pages_url(tmp_path: Path) -> None:
    sha1 = _cache(tmp_path, "Le ministre a déclaré à RFI que la route était rouverte.")
    item = {"id": "pg-1", "text_sha1": sha1, "language": "fr", "url": "https://www.rfi.fr/fr/afrique/1"}
    assert cached_documents([item], tmp_path)["pg-1"].url == "https://www.rfi.fr/fr/afrique/1"


def test_cached_documents_take_the_url_from_the_manifest_when_the_item_has_none(tmp_path: Path) -> None:
    sha1 = _cache(tmp_path, "Le ministre a déclaré à RFI que la route était rouverte.")
    item = {"id": "pg-1", "text_sha1": sha1}
    manifest = {"pg-1": {"language": "fr", "url": "https://www.rfi.fr/fr/afrique/1"}}
    doc = cached_documents([item], tmp_path, manifest)["pg-1"]
    assert (doc.url, doc.language) == ("https://www.rfi.fr/fr/afrique/1", "fr")
