"""Run ``rasid`` through its real entry point (exit codes included), in-process, on either store (``db``)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from click.testing import CliRunner

from rasid.cli.main import main


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def run_rasid(*args: str, input: bytes | str | None = None) -> Result:
    runner = CliRunner()
    code = 0
    with runner.isolation(input=input) as (out, err, _):
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


@pytest.fixture
def rasid():
    return run_rasid


@pytest.fixture
def db(store_url: str) -> str:
    """The ``--db`` of one test: a new SQLite file, then a new PostgreSQL database (tests/backends.py)."""
    return store_url
