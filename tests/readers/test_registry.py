"""Readers are pluggable: a user's reader registers exactly like the built-in ones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rasid.readers import READERS, read_bytes, register_reader
from rasid.readers.base import InputItem, ReadOptions, ReadResult, Sniff, make_document


@pytest.fixture
def subtitle_reader() -> Iterator[str]:
    def sniff(s: Sniff) -> float:
        return 0.95 if s.text.startswith("1\n00:00") else 0.0

    @register_reader("srt", extensions=(".srt",), sniff=sniff)
    def read_srt(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
        """Subtitles: the spoken lines as one text."""
        lines = item.read_all(options.max_bytes).decode("utf-8").splitlines()
        spoken = [line for line in lines if line and not line[0].isdigit()]
        yield ReadResult(item.name, document=make_document("\n".join(spoken), fmt="srt", source=item.name))

    yield "srt"
    READERS.pop("srt")


def test_builtin_readers_are_registered() -> None:
    assert {"text", "html", "json", "feed", "warc"} <= set(READERS)
    assert READERS["warc"].streaming and not READERS["html"].streaming


def test_user_reader_is_chosen_by_content_even_without_extension(subtitle_reader: str) -> None:
    data = "1\n00:00:01,000 --> 00:00:03,000\nLe convoi est arrivé à Bamako.\n".encode()
    (result,) = read_bytes(data, "interview-clip")
    assert result.document is not None
    assert result.document.meta["format"] == subtitle_reader
    assert result.document.text == "Le convoi est arrivé à Bamako."


def test_reader_crash_becomes_an_error_result() -> None:
    @register_reader(
        "crashy", extensions=(".crash",), sniff=lambda s: 0.99 if s.text.startswith("crash") else 0.0
    )
    def read_crashy(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
        yield ReadResult(
            item.name, document=make_document("before the crash", fmt="crashy", source=item.name)
        )
        raise KeyError("boom")

    try:
        results = list(read_bytes(b"crash now", "x.crash"))
    finally:
        READERS.pop("crashy")
    assert [r.ok for r in results] == [True, False]
    assert "KeyError" in str(results[1].error)


def test_read_results_pickle_for_process_pools(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pickle

    from rasid.readers import read_paths

    (tmp_path / "a.txt").write_text("Titre\n\nLe convoi est arrivé à Bamako jeudi.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    results = list(read_paths([str(tmp_path)]))
    copies = [pickle.loads(pickle.dumps(r)) for r in results]
    assert [c.source for c in copies] == [r.source for r in results]
    assert copies[0].document == results[0].document
    assert dict(copies[0].document.meta) == dict(results[0].document.meta)
    assert type(copies[1].error) is type(results[1].error) and str(copies[1].error) == str(results[1].error)
