"""Shared test fixtures. Tests that need ../shared skip with a reason when it is absent."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType, ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
SAMPLES = REPO / "samples"

# a stage's error fails the test that meets it instead of being recorded on the document and emptying a layer
# (tests of that recording unset it: see the ``stage_errors_recorded`` fixture)
os.environ["RASID_STRICT_STAGES"] = "1"

pytest_plugins = ["backends"]  # store_url / module_store_url / any_store: each test on SQLite and PostgreSQL


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the calling test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: the shared data folder is not beside this checkout")
    return path


@pytest.fixture
def stage_errors_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing stage is recorded on its document, as for a user, not raised."""
    monkeypatch.delenv("RASID_STRICT_STAGES", raising=False)


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


@pytest.fixture
def gold_path() -> Path:
    return shared_path("gold", "seeds.gold.json")


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


def lines_run(call: Callable[[], object]) -> int:
    """How many lines of Python ``call`` executes (every loop turn counts): work, not time.

    Tests of linear cost compare this count at two input sizes instead of timing anything.
    """
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> object:
        nonlocal count
        count += event == "line"
        return local

    previous = sys.gettrace()
    sys.settrace(lambda frame, event, arg: local)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


def evaluation_scorer(layer: str) -> ModuleType:
    """``evaluation/<layer>/score.py`` loaded as a module (the evaluation folders are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(
        f"rasid_eval_score_{layer}", REPO / "evaluation" / layer / "score.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
