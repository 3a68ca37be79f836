"""Bad input: every bad item gives exactly one error naming it, every good item a document."""

from __future__ import annotations

import gzip
import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    MalformedInputError,
    MissingInputError,
    NoArticleError,
    TooLargeError,
)
from rasid.readers import read_bytes, read_paths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ARABIC_CP1256 = (
    "تعزيزات عسكرية في غاو\n\n"
    "قال مصدر عسكري إن تعزيزات وصلت إلى مدينة غاو، وأضاف أن الجيش المالي نشر مدرعات على مداخل المدينة."
)
ENGLISH = (
    "Convoy reaches Gao\n\nA supply convoy reached Gao on Monday after a week on the road, officials said.\n"
)


def _bad_input_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "photo.png").write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(200))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "gao-cp1256.txt").write_bytes(ARABIC_CP1256.encode("cp1256"))
    (folder / "broken.html").write_bytes(
        b"<html><head><title>Menu</title><body><div class=nav><ul><li><a href=/a>Home</a><li>"
    )
    warc = (SAMPLES / "warc" / "sahel-crawl.warc.gz").read_bytes()
    (folder / "cut.warc.gz").write_bytes(warc[:3000])  # cut inside record 6, the second article
    (folder / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / ".hidden.txt").write_text("a hidden file is never read", encoding="utf-8")
    return folder


def test_bad_input_directory_reports_each_bad_item_once(tmp_path: Path) -> None:
    folder = _bad_input_dir(tmp_path)
    results = list(read_paths([str(folder)]))
    errors = {Path(r.source.split("#")[0]).name: r.error for r in results if not r.ok}
    docs = {Path(r.source.split("#")[0]).name: r.document for r in results if r.ok}

    assert sorted(errors) == ["broken.html", "cut.warc.gz", "empty.txt", "photo.png"]
    assert isinstance(errors["photo.png"], BinaryInputError)
    assert isinstance(errors["empty.txt"], EmptyInputError)
    assert isinstance(errors["broken.html"], NoArticleError)
    assert isinstance(errors["cut.warc.gz"], MalformedInputError)
    assert "record 6" in str(errors["cut.warc.gz"]) and "byte offset" in str(errors["cut.warc.gz"])
    for error in errors.values():
        assert "\n" not in str(error)

    assert sorted(docs) == ["cut.warc.gz", "gao-cp1256.txt", "good.txt"]  # the WARC's first article survives
    arabic = docs["gao-cp1256.txt"]
    assert arabic is not None and arabic.text == ARABIC_CP1256 and arabic.language == "ar"
    assert arabic.title == "تعزيزات عسكرية في غاو"


def test_results_are_in_sorted_path_order(tmp_path: Path) -> None:
    folder = _bad_input_dir(tmp_path)
    sources = [r.source for r in read_paths([str(folder)])]
    files = [s.split("#")[0] for s in sources]
    assert files == sorted(files)
    assert sources == [r.source for r in read_paths([str(folder)])]  # deterministic


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", EmptyInputError, "empty"),
        (b" \n\t\n", EmptyInputError, "whitespace"),
        (b"\x7fELF\x02\x01\x01" + bytes(64), BinaryInputError, "ELF"),
        (b"%PDF-1.7\n" + bytes(range(256)), BinaryInputError, "PDF"),
        (b"plain" + bytes(40) + b"text", BinaryInputError, "NUL"),
        (
            "سطر عربي سليم ".encode() * 5 + b"\xff\xfe\xfd" + "ثم نص".encode() * 5,
            EncodingError,
            "invalid UTF-8",
        ),
        (bytes(range(0x80, 0x100)) * 3, EncodingError, "cannot decode"),
        (b"\x1f\x8b\x08\x00garbage", MalformedInputError, "damaged gzip"),
    ],
)
def test_bad_bytes_give_one_clear_error(data: bytes, error: type[Exception], reason: str) -> None:
    results = list(read_bytes(data, "item.txt"))
    assert len(results) == 1
    assert results[0].source == "item.txt"
    assert isinstance(results[0].error, error)
    message = str(results[0].error)
    assert reason in message and "\n" not in message


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Bamako. " * 1000, encoding="utf-8")
    (result,) = read_paths([str(big)], max_bytes=1000)
    assert isinstance(result.error, TooLargeError)
    assert "1,000-byte limit" in str(result.error)
    (ok,) = read_paths([str(big)], max_bytes=10_000)
    assert ok.ok


def test_size_cap_applies_per_record_for_streaming_formats() -> None:
    lines = [json.dumps({"text": f"Short article number {i} about Menaka."}) for i in range(50)]
    lines[10] = json.dumps({"text": "long " * 100})
    data = "\n".join(lines).encode()
    results = list(read_bytes(data, "many.jsonl", max_bytes=200))
    assert len(data) > 200
    assert [r.source for r in results if not r.ok] == ["many.jsonl#11"]
    assert isinstance(results[10].error, TooLargeError)
    assert sum(r.ok for r in results) == 49


@pytest.mark.parametrize("cut", [300, 700, 1200, 2500, 3000, 3800, 3870])
def test_truncated_warc_yields_good_records_then_one_error(cut: int) -> None:
    warc = (SAMPLES / "warc" / "sahel-crawl.warc.gz").read_bytes()
    results = list(read_bytes(warc[:cut], "crawl.warc.gz"))
    errors = [r for r in results if not r.ok]
    assert len(errors) == 1 and results[-1] is errors[0]
    assert "byte offset" in str(errors[0].error)
    assert all(r.document is not None for r in results[:-1])


def test_uncompressed_truncated_warc() -> None:
    warc = gzip.decompress((SAMPLES / "warc" / "sahel-crawl.warc.gz").read_bytes())
    whole = list(read_bytes(warc, "crawl.warc"))
    assert [r.ok for r in whole] == [True, True]
    cut = list(read_bytes(warc[: warc.index(b"Tracing these chains")], "crawl.warc"))
    assert [r.ok for r in cut] == [True, False]
    assert cut[1].source == "crawl.warc#6"
    tail = list(read_bytes(warc[:-300], "crawl.warc"))  # cut in the 404 record after both articles
    assert [r.ok for r in tail] == [True, True, False]


def test_missing_path_and_empty_glob_are_errors(tmp_path: Path) -> None:
    results = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")]))
    assert [type(r.error) for r in results] == [MissingInputError, MissingInputError]
    assert results[0].source.endswith("nope.txt")


def test_glob_expands_sorted_and_recurses(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.json"):
        (tmp_path / name).write_text("Un article sur Tombouctou.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("Статья о Тимбукту.\n", encoding="utf-8")
    txt = [Path(r.source).name for r in read_paths([str(tmp_path / "*.txt")])]
    assert txt == ["a.txt", "b.txt"]
    deep = [Path(r.source).name for r in read_paths([str(tmp_path / "**" / "*.txt")])]
    assert deep == ["a.txt", "b.txt", "d.txt"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "Titre\n\nUn article lu sur l'entrée standard, à propos de Niamey.".encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (result,) = read_paths(["-"])
    assert result.source == "-"
    assert result.document is not None and result.document.language == "fr"
    assert result.document.title == "Titre"


def test_zip_of_mixed_members(tmp_path: Path) -> None:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(
            "day1.json", json.dumps([{"content": "Premier article."}, {"content": "Deuxième article."}])
        )
        zf.writestr("notes/article.txt", ARABIC_CP1256.encode("cp1256"))
        zf.writestr("lines.jsonl", '{"text": "one"}\n{oops}\n')
        zf.writestr("__MACOSX/._day1.json", b"\x00\x05\x16\x07")
    results = list(read_paths([str(archive)]))
    sources = [r.source.split("bundle.zip", 1)[1] for r in results]
    assert sources == [
        "::day1.json#1",
        "::day1.json#2",
        "::lines.jsonl#1",
        "::lines.jsonl#2",
        "::notes/article.txt",
    ]
    assert [r.ok for r in results] == [True, True, True, False, True]
    assert results[-1].document is not None and results[-1].document.text == ARABIC_CP1256


def test_read_paths_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text(
        "\n".join(json.dumps({"text": f"Article {i} on Gao."}) for i in range(1000)), encoding="utf-8"
    )
    results = read_paths([str(path)])
    first = next(results)
    assert first.source.endswith("#1") and first.ok
    results.close()


_PREFIXES = [
    b"",
    b"WARC/1.0\r\n",
    b"\x1f\x8b\x08\x00",
    b"PK\x03\x04",
    b"<rss>",
    b"<html>",
    b"{",
    b"[",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(_PREFIXES),
    body=st.binary(max_size=600) | st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    name=st.sampled_from(["x.txt", "x.html", "x.json", "x.jsonl", "x.xml", "x.warc.gz", "x.zip", "noext"]),
)
def test_read_bytes_never_raises_on_arbitrary_input(prefix: bytes, body: bytes, name: str) -> None:
    results = list(read_bytes(prefix + body, name, max_bytes=4096))
    for result in results:
        assert (result.document is None) != (result.error is None)
        assert result.source.startswith(name)
        if result.error is not None:
            assert "\n" not in str(result.error)


def test_gzipped_inputs_are_read_inside(tmp_path: Path) -> None:
    lines = b"\n".join(
        json.dumps({"text": f"Article {i} on the convoy near Gao."}).encode() for i in range(2000)
    )
    packed = gzip.compress(lines)
    (tmp_path / "a.jsonl.gz").write_bytes(packed)
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(ARABIC_CP1256.encode("cp1256")))
    (tmp_path / "c.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    results = list(read_paths([str(tmp_path)]))
    by_file: dict[str, list] = {}
    for r in results:
        by_file.setdefault(Path(r.source.split("#")[0]).name, []).append(r)
    assert len(by_file["a.jsonl.gz"]) == 2000 and all(r.ok for r in by_file["a.jsonl.gz"])
    assert by_file["b.txt.gz"][0].document.text == ARABIC_CP1256
    cut = by_file["c.jsonl.gz"]
    good = [r for r in cut if r.ok]
    assert len(good) > 100 and cut[: len(good)] == good  # every record before the cut
    # the half line at the cut (when there is one) and the cut itself
    assert 1 <= len(cut) - len(good) <= 2
    assert isinstance(cut[-1].error, MalformedInputError) and "cut short" in str(cut[-1].error)


def test_whole_file_gzipped_warc_is_read_and_cuts_reported() -> None:
    """`gzip crawl.warc` makes one gzip stream, which warcio refuses to index; we still read it."""
    raw = gzip.decompress((SAMPLES / "warc" / "sahel-crawl.warc.gz").read_bytes())
    whole = gzip.compress(raw)
    assert [r.ok for r in read_bytes(whole, "whole.warc.gz")] == [True, True]
    cut = list(read_bytes(whole[:-50], "whole.warc.gz"))
    assert [r.ok for r in cut] == [True, True, False]
    assert "cut short" in str(cut[-1].error)


def test_lone_surrogate_in_one_jsonl_record_is_repaired_and_recorded(tmp_path):
    from rasid.readers import read_paths

    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"text": "Le convoi russe est arrivé à Bamako selon des témoins sur place."}\n'
        '{"text": "broken \\ud800 escape"}\n'
        '{"text": "Niamey a accueilli une délégation russe pour parler de sécurité."}\n',
        encoding="utf-8",
    )
    results = list(read_paths([str(path)]))
    assert [r.document is not None for r in results] == [True, True, True]
    repaired = results[1].document
    assert repaired.text == "broken \ufffd escape" and repaired.meta["repaired"] == ("text",)
    assert "repaired" not in results[0].document.meta
