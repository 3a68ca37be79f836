"""Hostile input at the reader boundary: each bad record fails (or is repaired) alone, nothing else is lost.

Regression tests for issue 12 (defects 1, 2, 3, 4, 7, 8 and 11a); the ingest cases also run
with two worker processes, where a crash would lose a whole chunk instead of one record.
"""

from __future__ import annotations

import dataclasses
import io
import json
import math
import os
import zipfile
from pathlib import Path

import pytest

from rasid import api
from rasid.config import load_config
from rasid.errors import MalformedInputError, TooLargeError, UnsupportedInputError
from rasid.readers import ReadOptions, read_bytes, read_paths
from rasid.readers.base import DEFAULT_MAX_MEMBER_BYTES, MAX_NESTING
from rasid.readers.jsonl import MAX_BLANK_RUN

SURROGATE = "\\ud800"  # as JSON spells it: json.loads gives a lone surrogate


def _record(i: int, **extra: object) -> dict[str, object]:
    return {"text": f"Article {i}: a convoy reached Bamako on day {i}, officials said.", **extra}


def _deep(levels: int) -> str:
    return '{"text": "too deep to read", "x": ' + "[" * levels + "]" * levels + "}"


def _strict_json(text: str) -> object:
    """json.loads that refuses NaN and Infinity, as every strict JSON reader does."""

    def refuse(constant: str) -> object:
        raise ValueError(f"non-standard JSON constant {constant}")

    return json.loads(text, parse_constant=refuse)


def _second_input(tmp_path: Path) -> str:
    path = tmp_path / "other.txt"
    path.write_text("Another article: troops left Gao on Tuesday, witnesses said.\n", encoding="utf-8")
    return str(path)


def _documents(db: Path) -> int:
    return int(api.stats(db=db)["documents"])


# --- 1. lone surrogates ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "field", ["author", "outlet", "url", "title", "language", "date", "meta key", "meta value"]
)
def test_lone_surrogate_in_any_field_is_repaired_and_recorded(field: str) -> None:
    text = '{"text": "A convoy reached Bamako on Monday, officials said."'
    if field == "meta key":
        text += f', "tag{SURROGATE}": 1'
    elif field == "meta value":
        text += f', "tags": ["ok", "bad{SURROGATE}"]'
    else:
        text += f', "{field}": "x{SURROGATE}y"'
    [result] = read_bytes((text + "}").encode(), "one.json")
    doc = result.document
    assert doc is not None, result.error
    data = doc.to_json()  # would raise if any lone surrogate were left
    data.encode("utf-8")
    expected = {
        "meta key": "meta.tag\ufffd",
        "meta value": "meta.tags",
        "date": "published",
    }.get(field, field)
    assert list(doc.meta["repaired"]) == [expected]
    assert "\ufffd" in data or field == "language"  # a repaired language code is not a code: detected instead


@pytest.mark.parametrize("jobs", [1, 2])
def test_poisoned_record_501_of_1000_loses_nothing_and_reruns_cleanly(tmp_path: Path, jobs: int) -> None:
    path = tmp_path / "poisoned.jsonl"
    lines = [json.dumps(_record(i)) for i in range(1000)]
    lines[500] = lines[500][:-1] + f', "author": "A{SURROGATE}", "site": "x{SURROGATE}"' + "}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = _second_input(tmp_path)  # two inputs, so that jobs=2 really runs worker processes
    db = tmp_path / "r.db"
    report = api.ingest([str(path), other], db=db, analyze=False, jobs=jobs)
    assert (report.stored, report.failed) == (1001, 0), report.failures
    assert _documents(db) == 1001
    again = api.ingest([str(path), other], db=db, analyze=False, jobs=jobs)
    assert (again.stored, again.duplicate, again.failed) == (0, 1001, 0)
    assert _documents(db) == 1001


def test_file_name_with_bytes_that_are_not_utf8_is_named_validly(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad-\xff-name.txt")  # a lone surrogate in Python's view of the name
    (tmp_path / name).write_text("A convoy reached Bamako on Monday, officials said.\n", encoding="utf-8")
    [result] = read_paths([str(tmp_path)])
    assert result.document is not None
    result.source.encode("utf-8")
    result.document.to_json().encode("utf-8")


# --- 2. deep nesting --------------------------------------------------------------------------------
@pytest.mark.parametrize(("levels", "jobs"), [(MAX_NESTING + 1, 1), (900, 1), (5000, 1), (5000, 2)])
def test_deep_record_in_jsonl_fails_alone(tmp_path: Path, levels: int, jobs: int) -> None:
    path = tmp_path / "deep.jsonl"
    lines = [json.dumps(_record(i)) for i in range(6)]
    lines[3] = _deep(levels)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = api.ingest([str(path), _second_input(tmp_path)], db=tmp_path / "r.db", analyze=False, jobs=jobs)
    assert report.stored == 6
    assert [source for source, _ in report.failures] == [f"{path}#4"]
    assert "nested more than" in report.failures[0][1]


@pytest.mark.parametrize("levels", [MAX_NESTING + 1, 900, 5000])
def test_deep_record_in_array_fails_alone(levels: int) -> None:
    records = [json.dumps(_record(i)) for i in range(5)]
    records[2] = _deep(levels)
    results = list(read_bytes(("[" + ",\n".join(records) + "]").encode(), "day.json"))
    assert [r.ok for r in results] == [True, True, False, True, True]
    assert results[2].source == "day.json#3"
    assert isinstance(results[2].error, MalformedInputError)


def test_deep_record_alone_in_a_json_file_is_one_error() -> None:
    [result] = read_bytes(_deep(5000).encode(), "deep.json")
    assert isinstance(result.error, MalformedInputError) and "nested" in str(result.error)


def test_deep_record_in_zip_member_fails_alone() -> None:
    records = [json.dumps(_record(i)) for i in range(4)]
    records[1] = _deep(3000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.json", "[" + ",".join(records) + "]")
        archive.writestr("b.jsonl", "\n".join(records) + "\n")
    results = list(read_bytes(buffer.getvalue(), "day.zip"))
    assert [(r.source, r.ok) for r in results] == [
        ("day.zip::a.json#1", True),
        ("day.zip::a.json#2", False),
        ("day.zip::a.json#3", True),
        ("day.zip::a.json#4", True),
        ("day.zip::b.jsonl#1", True),
        ("day.zip::b.jsonl#2", False),
        ("day.zip::b.jsonl#3", True),
        ("day.zip::b.jsonl#4", True),
    ]


@pytest.mark.parametrize(
    "json_ld",
    ["[" * 5000 + "]" * 5000, '{"@type": "NewsArticle", "author": ' + '{"name": ' * 900 + '"x"' + "}" * 901],
)
def test_deep_json_ld_in_a_page_is_ignored_and_the_page_read(json_ld: str) -> None:
    paragraph = "A Russian convoy reached Bamako on Monday, witnesses said, unloading armoured vehicles. " * 5
    page = (
        f'<html><head><title>Convoy</title><script type="application/ld+json">{json_ld}</script></head>'
        f"<body><article><h1>Convoy</h1><p>{paragraph}</p></article></body></html>"
    )
    [result] = read_bytes(page.encode(), "page.html")
    assert result.document is not None, result.error
    assert result.document.author is None


def test_deep_record_with_brackets_and_escapes_in_strings_is_stepped_over() -> None:
    tricky = '{"text": "a ] } \\" [ {", "x": ' + "[" * 3000 + '"]]\\"\\\\"' + "]" * 3000 + "}"
    body = "[" + ",".join([json.dumps(_record(1)), tricky, json.dumps(_record(2))]) + "]"
    assert [r.ok for r in read_bytes(body.encode(), "tricky.json")] == [True, False, True]


# --- 3 and 11a. pipes, devices and folders that cannot be read ------------------------------------------
@pytest.mark.parametrize("jobs", [1, 2])
def test_fifo_is_refused_with_one_line_and_good_items_stored(tmp_path: Path, jobs: int) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "given.jsonl")
    (folder / "good.txt").write_text("A convoy reached Bamako on Monday, officials said.\n", encoding="utf-8")
    report = api.ingest(
        [str(tmp_path / "given.jsonl"), str(folder)], db=tmp_path / "r.db", analyze=False, jobs=jobs
    )
    assert report.stored == 1
    assert sorted(source for source, _ in report.failures) == sorted(
        [str(tmp_path / "given.jsonl"), str(folder / "pipe.txt")]
    )
    assert all("named pipe" in reason for _, reason in report.failures)


def test_fifo_is_refused_by_read_paths(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    [result] = read_paths([str(tmp_path / "pipe.json")])
    assert isinstance(result.error, UnsupportedInputError)


def test_fifo_put_where_a_file_was_checked_does_not_hang(tmp_path: Path) -> None:
    from rasid.readers import InputItem, read_item

    os.mkfifo(tmp_path / "swapped.txt")  # as if swapped in after the walk saw a regular file
    item = InputItem(name="swapped.txt", path=str(tmp_path / "swapped.txt"))
    [result] = read_item(item)
    assert isinstance(result.error, UnsupportedInputError)


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "inbox" / "locked"
    locked.mkdir(parents=True)
    (tmp_path / "inbox" / "good.txt").write_text("A convoy reached Gao on Monday, officials said.\n")
    real_scandir = os.scandir

    def scandir(path: object) -> object:  # root ignores chmod 000, so refuse the listing here
        if os.fspath(path) == str(locked):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    results = list(read_paths([str(tmp_path / "inbox")]))
    assert [r.ok for r in results] == [True, False]
    assert results[1].source == str(locked) and "cannot read this folder" in str(results[1].error)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_unreadable_folder_by_mode_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        [result] = read_paths([str(tmp_path)])
    finally:
        locked.chmod(0o700)
    assert result.source == str(locked) and "cannot read this folder" in str(result.error)


# --- 4. decompression bounds ------------------------------------------------------------------------
def _zip(tmp_path: Path, member: str, data: bytes) -> Path:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
        archive.writestr("z-good.json", json.dumps(_record(1)))
    return path


def test_default_member_cap_is_a_documented_setting() -> None:
    assert (
        load_config().get("ingest.max_member_bytes")
        == DEFAULT_MAX_MEMBER_BYTES
        == ReadOptions().max_member_bytes
    )
    assert 0 < DEFAULT_MAX_MEMBER_BYTES <= 2**31


@pytest.mark.parametrize(
    ("member", "filler"),
    [("blank.jsonl", b"\n"), ("blank.json", b"\n"), ("spaces.json", b" "), ("mixed.jsonl", b" \t\r\n")],
)
def test_blank_member_fails_fast_with_one_line(tmp_path: Path, member: str, filler: bytes) -> None:
    data = filler * ((4 * MAX_BLANK_RUN) // len(filler))
    results = list(read_paths([str(_zip(tmp_path, member, data))]))
    assert [r.ok for r in results] == [False, True]
    assert "blank" in str(results[0].error) and "bomb.zip::" + member in results[0].source


def test_member_over_the_cap_is_refused(tmp_path: Path) -> None:
    records = "\n".join(json.dumps(_record(i)) for i in range(2000)).encode()
    path = _zip(tmp_path, "many.jsonl", records)
    results = list(read_paths([str(path)], max_member_bytes=len(records) // 2))
    assert [r.ok for r in results] == [False, True]  # refused from the zip's declared size, unread
    assert isinstance(results[0].error, TooLargeError) and "per-member limit" in str(results[0].error)


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_applies_the_member_cap_setting_and_fails_blank_members_fast(
    tmp_path: Path, jobs: int
) -> None:
    long_text = "A convoy reached Bamako. " * 6000
    records = "\n".join(json.dumps(_record(i, body=long_text)) for i in range(30)).encode()  # 4.5 MB
    capped = _zip(tmp_path, "many.jsonl", records)
    blank = tmp_path / "blank" / "bomb.zip"
    blank.parent.mkdir()
    _zip(blank.parent, "blank.jsonl", b"\n" * (2 * MAX_BLANK_RUN))  # under the cap: stopped as blank
    config = load_config()
    config = dataclasses.replace(
        config, values={**config.values, "ingest.max_member_bytes": 3 * MAX_BLANK_RUN}
    )
    report = api.ingest(
        [str(capped), str(blank)], db=tmp_path / "r.db", analyze=False, jobs=jobs, config=config
    )
    assert report.stored == 1  # z-good.json, the same article in both zips
    failures = dict(report.failures)
    assert "per-member limit" in failures.pop(f"{capped}::many.jsonl")
    [(source, reason)] = failures.items()
    assert source.startswith(f"{blank}::blank.jsonl#") and "blank" in reason


def test_member_that_lies_about_its_size_is_stopped_at_the_cap() -> None:
    import gzip

    records = "\n".join(json.dumps(_record(i)) for i in range(2000)).encode()
    results = list(read_bytes(gzip.compress(records), "many.jsonl.gz", max_member_bytes=len(records) // 2))
    assert 0 < sum(r.ok for r in results) < 2000
    assert isinstance(results[-1].error, TooLargeError) and "per-member limit" in str(results[-1].error)


# --- 7. NaN and infinity ----------------------------------------------------------------------------
def test_nan_and_infinity_become_null_and_are_recorded() -> None:
    body = '{"text": "A convoy reached Bamako on Monday.", "score": NaN, "w": [Infinity, -Infinity], "big": 1e999}'
    [result] = read_bytes(body.encode(), "nan.json")
    doc = result.document
    assert doc is not None
    meta = _strict_json(doc.to_json())["meta"]  # type: ignore[index]
    assert meta["score"] is None and meta["w"] == [None, None] and meta["big"] is None
    assert sorted(meta["repaired"]) == ["meta.big", "meta.score", "meta.w"]
    assert not any(isinstance(v, float) and not math.isfinite(v) for v in doc.meta.values())


# --- 8. arrays that do not start with an object -----------------------------------------------------
@pytest.mark.parametrize(
    ("body", "oks"),
    [
        ('[1, 2, {"text": "A convoy reached Bamako on Monday."}]', [False, False, True]),
        ('["a", {"text": "A convoy reached Bamako on Monday."}, null]', [False, True, False]),
        ('[[{"text": "x"}], {"text": "A convoy reached Bamako on Monday."}]', [False, True]),
        ('[true, {"text": "A convoy reached Bamako on Monday."}]', [False, True]),
    ],
)
def test_json_array_not_starting_with_an_object_is_read_as_json(
    tmp_path: Path, body: str, oks: list[bool]
) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(body, encoding="utf-8")
    results = list(read_paths([str(path)]))
    assert [r.ok for r in results] == oks
    assert all(r.document.meta["format"] == "json" for r in results if r.document is not None)
    assert all("not an object" in str(r.error) for r in results if r.error is not None)


def test_text_that_opens_with_a_bracket_is_still_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("[1] A convoy reached Bamako on Monday, officials said.\n", encoding="utf-8")
    [result] = read_paths([str(path)])
    assert result.document is not None and result.document.meta["format"] == "text"
