"""Settings: ``defaults.toml`` in the package, a user file layered over it key by key.

Every setting is declared once in ``defaults.toml`` with its default and a help comment
(the comment lines right above it). A user file (``--config FILE`` or ``$RASID_CONFIG``)
may only set keys that exist there; a section ``[stage.<family>]`` (``[stage.rasid.dates]``)
holds one pipeline stage's settings. Unknown keys raise :class:`ConfigError` naming the key.

>>> config = load_config()
>>> config.get("ingest.batch_size")
200
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rasid.errors import ConfigError

CONFIG_ENV = "RASID_CONFIG"


@dataclass(frozen=True, slots=True)
class Setting:
    key: str  # dotted: "ingest.max_bytes"
    default: Any
    help: str


def _defaults_text() -> str:
    return resources.files("rasid").joinpath("defaults.toml").read_text(encoding="utf-8")


def _flatten_stages(table: Mapping[str, Any], prefix: str = "") -> dict[str, dict[str, Any]]:
    """``{"rasid": {"dates": {...}}}`` -> ``{"rasid.dates": {...}}``: a table of plain values is one stage."""
    stages: dict[str, dict[str, Any]] = {}
    plain = {k: v for k, v in table.items() if not isinstance(v, dict)}
    nested = {k: v for k, v in table.items() if isinstance(v, dict)}
    if prefix and (plain or not nested):
        stages[prefix] = plain
    for name, sub in nested.items():
        stages.update(_flatten_stages(sub, f"{prefix}.{name}" if prefix else name))
    return stages


def _flat(data: Mapping[str, Any]) -> dict[str, Any]:
    """Dotted keys for every setting: ``ingest.max_bytes``, ``stage.rasid.dates.window``."""
    out: dict[str, Any] = {}
    for section, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(f"setting {section!r} must be inside a section such as [ingest]")
        if section == "stage":
            for family, settings in _flatten_stages(values).items():
                for key, value in settings.items():
                    out[f"stage.{family}.{key}"] = value
        else:
            for key, value in values.items():
                out[f"{section}.{key}"] = value
    return out


def declared_settings() -> list[Setting]:
    """Every setting in ``defaults.toml`` with its default and help comment, in file order."""
    text = _defaults_text()
    defaults = _flat(tomllib.loads(text))
    helps: dict[str, str] = {}
    section, comment = "", []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            comment.append(stripped.lstrip("# "))
        elif stripped.startswith("["):
            section, comment = stripped.strip("[]").strip(), []
        elif "=" in stripped:
            key = stripped.split("=", 1)[0].strip().strip('"')
            helps[f"{section}.{key}"] = " ".join(comment)
            comment = []
        else:
            comment = []
    return [Setting(key, value, helps.get(key, "")) for key, value in defaults.items()]


@dataclass(frozen=True)
class Config:
    """Merged settings; read with :meth:`get` (dotted key) or :meth:`section`."""

    values: Mapping[str, Any]
    source: str | None = None

    def get(self, key: str) -> Any:
        if key not in self.values:
            raise ConfigError(f"unknown setting {key!r}")
        return self.values[key]

    def section(self, name: str) -> dict[str, Any]:
        prefix = name + "."
        return {
            k[len(prefix) :]: v
            for k, v in self.values.items()
            if k.startswith(prefix) and "." not in k[len(prefix) :]
        }

    def stage_config(self) -> dict[str, dict[str, Any]]:
        """Per stage family settings, the shape :class:`rasid.pipeline.Pipeline` takes as ``config``."""
        stages: dict[str, dict[str, Any]] = {}
        for key, value in self.values.items():
            if key.startswith("stage."):
                family, _, name = key[len("stage.") :].rpartition(".")
                stages.setdefault(family, {})[name] = value
        return stages


def _check_type(key: str, default: Any, value: Any) -> None:
    if isinstance(default, bool) != isinstance(value, bool):
        raise ConfigError(f"setting {key!r} must be {type(default).__name__}, got {value!r}")
    if isinstance(default, float) and isinstance(value, int | float):
        return
    if default is not None and not isinstance(value, type(default)):
        raise ConfigError(f"setting {key!r} must be {type(default).__name__}, got {value!r}")


def _registered_stage_defaults(family: str) -> Mapping[str, Any] | None:
    """Defaults of a registered stage that ``defaults.toml`` does not declare (a user's own stage)."""
    from rasid.errors import PipelineError
    from rasid.extract import get_stage

    try:
        return get_stage(family).defaults
    except PipelineError:
        return None


def load_config(
    path: str | os.PathLike[str] | None = None, *, env: Mapping[str, str] | None = None
) -> Config:
    """Defaults, with the user file (``path`` or ``$RASID_CONFIG``) layered over them key by key."""
    values = {s.key: s.default for s in declared_settings()}
    env = os.environ if env is None else env
    chosen = os.fspath(path) if path is not None else env.get(CONFIG_ENV) or None
    if chosen is None:
        return Config(values)
    file = Path(chosen)
    try:
        user = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {chosen} not found") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {chosen} is not valid TOML: {exc}") from exc
    for key, value in _flat(user).items():
        if key in values:
            _check_type(key, values[key], value)
        elif key.startswith("stage."):
            family, _, name = key[len("stage.") :].rpartition(".")
            stage_defaults = _registered_stage_defaults(family)
            if stage_defaults is None or name not in stage_defaults:
                raise ConfigError(f"unknown setting {key!r} in {chosen} (no such stage setting)")
        else:
            raise ConfigError(f"unknown setting {key!r} in {chosen}; see `defaults.toml` for the settings")
        values[key] = value
    return Config(values, source=chosen)


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def parse_size(text: str | int) -> int:
    """``50MB``, ``50M``, ``1.5GiB`` or a number of bytes -> bytes (binary units)."""
    if isinstance(text, int):
        return text
    match = _SIZE.match(text)
    if not match:
        raise ConfigError(f"cannot read size {text!r}; write e.g. 50MB, 512K or 1048576")
    number, unit = match.groups()
    return int(float(number) * _UNITS[(unit or "").lower()[:1]])
