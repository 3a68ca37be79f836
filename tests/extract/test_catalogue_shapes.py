"""A user's event-type file whose phrases are not given per language is refused when the catalogue is built, with
one clear line naming the entry and the field, instead of failing inside the events stage on every document."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.errors import ConfigError
from rasid.extract.cuedata import per_language_phrases
from rasid.extract.events.catalogue import catalogue


def _user_file(tmp_path: Path, field_line: str) -> str:
    path = tmp_path / "my_events.yaml"
    path.write_text(
        "event_types:\n"
        "  - id: meeting\n"
        "    label: {en: Meeting}\n"
        "    plover: {type: CONSULT}\n"
        "    triggers: {en: [meeting]}\n"
        f"    {field_line}\n",
        encoding="utf-8",
    )
    return str(path)


@pytest.mark.parametrize("field_line", ["frame_free: [peace talks between]", "anaphors: the meeting"])
def test_phrases_not_given_per_language_are_a_clear_config_error(tmp_path: Path, field_line: str) -> None:
    field = field_line.split(":")[0]
    with pytest.raises(ConfigError, match=rf"'meeting', '{field}': give the phrases per language"):
        catalogue([_user_file(tmp_path, field_line)])


def test_phrases_given_per_language_are_read(tmp_path: Path) -> None:
    built = catalogue([_user_file(tmp_path, "frame_free: {en: [peace talks between]}")])
    assert built.types["meeting"].frame_free == frozenset({"peace talks between"})
    assert per_language_phrases({"ar": ["لقاء"], "fr": None}, "here") == ["لقاء"]
