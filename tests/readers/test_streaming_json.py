"""The incremental JSON array parser against json.loads, across every chunk boundary."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.errors import MalformedInputError, TooLargeError
from rasid.readers import jsonl

_records = st.lists(
    st.fixed_dictionaries(
        {
            "text": st.text(min_size=1, max_size=40),
            "n": st.integers() | st.floats(allow_nan=False) | st.none(),
        }
    ),
    max_size=8,
)


@settings(max_examples=80, deadline=None)
@given(records=_records, chunk=st.integers(min_value=1, max_value=17), indent=st.sampled_from([None, 2]))
def test_iter_json_values_matches_json_loads(records: list[dict], chunk: int, indent: int | None) -> None:
    data = json.dumps(records, ensure_ascii=False, indent=indent).encode("utf-8")
    saved = jsonl._CHUNK
    jsonl._CHUNK = chunk  # exercise values split across every kind of boundary
    try:
        values = [v for _, v in jsonl.iter_json_values(io.BytesIO(data), max_record=10_000)]
    finally:
        jsonl._CHUNK = saved
    assert values == json.loads(data)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"[{}, {}", MalformedInputError),
        (b'[{"a": 1} {"b": 2}]', MalformedInputError),
        (b'[{"a": "' + b"x" * 500 + b'"}]', TooLargeError),
    ],
)
def test_iter_json_values_errors(data: bytes, error: type[Exception]) -> None:
    saved = jsonl._CHUNK
    jsonl._CHUNK = 16
    try:
        with pytest.raises(error):
            list(jsonl.iter_json_values(io.BytesIO(data), max_record=100))
    finally:
        jsonl._CHUNK = saved
