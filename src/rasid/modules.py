"""Importing the modules that register built-in stages and commands."""

from __future__ import annotations

import importlib


def import_if_present(module: str) -> bool:
    """Import ``module``; False when it does not exist (an optional area), but a missing
    dependency *inside* an existing module is a real error and is raised."""
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return False
    return True
