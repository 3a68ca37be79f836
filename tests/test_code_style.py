"""The codebase stays ruff clean (lint and format) and the core type-checks, checked in CI like any other behaviour."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import REPO

PATHS = ["src", "tests", "benchmarks", "scripts", "samples"]


def _ruff() -> list[str]:
    exe = shutil.which("ruff", path=str(REPO / ".venv" / "bin")) or shutil.which("ruff")
    if exe is None:
        pytest.skip("ruff is not installed (it is in the test extra: pip install -e '.[test]')")
    return [exe]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_is_clean(command):
    result = subprocess.run(
        [*_ruff(), *command, *PATHS], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_type_checks_with_mypy():
    exe = shutil.which("mypy", path=str(REPO / ".venv" / "bin")) or shutil.which("mypy")
    if exe is None:
        pytest.skip("mypy is not installed (it is in the test extra: pip install -e '.[test]')")
    # the files checked are listed once, in pyproject.toml's [tool.mypy]
    result = subprocess.run([exe], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
