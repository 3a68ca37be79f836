"""Settings: defaults shipped in the package, a user file layered over them key by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.config import declared_settings, load_config, parse_size
from rasid.errors import ConfigError


def test_config_defaults_declare_every_setting_with_help() -> None:
    settings = declared_settings()
    keys = {s.key for s in settings}
    assert {"store.path", "ingest.max_bytes", "ingest.jobs", "ingest.batch_size", "search.limit"} <= keys
    for setting in settings:
        assert setting.help, f"{setting.key} has no help comment in defaults.toml"


def test_config_user_file_overrides_key_by_key(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text("[ingest]\nbatch_size = 50\n", encoding="utf-8")
    config = load_config(user)
    assert config.get("ingest.batch_size") == 50
    assert config.get("ingest.max_bytes") == load_config().get("ingest.max_bytes")
    assert config.section("ingest")["batch_size"] == 50


def test_config_from_environment(tmp_path: Path) -> None:
    user = tmp_path / "env.toml"
    user.write_text("[search]\nlimit = 7\n", encoding="utf-8")
    assert load_config(env={"RASID_CONFIG": str(user)}).get("search.limit") == 7
    assert load_config(env={}).get("search.limit") == 20


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("[ingest]\nbatchsize = 5\n", "ingest.batchsize"),
        ("[nosuchsection]\nx = 1\n", "nosuchsection.x"),
        ("[stage.rasid.nosuchstage]\nwindow = 3\n", "stage.rasid.nosuchstage.window"),
    ],
)
def test_config_unknown_key_names_the_key(tmp_path: Path, content: str, key: str) -> None:
    user = tmp_path / "bad.toml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(user)
    assert key in str(info.value)


def test_config_wrong_type_and_bad_toml_are_config_errors(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('[ingest]\nbatch_size = "many"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"ingest\.batch_size"):
        load_config(wrong)
    broken = tmp_path / "broken.toml"
    broken.write_text("[ingest\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(broken)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("1048576", 1048576),
        ("50MB", 50 * 2**20),
        ("512K", 512 * 1024),
        ("1.5GiB", int(1.5 * 2**30)),
        ("10 mb", 10 * 2**20),
    ],
)
def test_config_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_config_parse_size_rejects_nonsense() -> None:
    with pytest.raises(ConfigError):
        parse_size("lots")


def test_config_stage_sections_match_the_stages_own_defaults() -> None:
    """defaults.toml documents stage settings; the stage code must agree (no silent drift)."""
    from rasid.extract import get_stage

    config = load_config()
    for family, settings in config.stage_config().items():
        stage_defaults = get_stage(family).defaults
        for key, value in settings.items():
            assert key in stage_defaults, f"[stage.{family}] {key} is not a setting of the stage"
            code_value = stage_defaults[key]
            normalised = list(code_value) if isinstance(code_value, tuple) else code_value
            assert value == normalised, (
                f"[stage.{family}] {key}: defaults.toml says {value!r}, the stage {code_value!r}"
            )


def test_config_user_file_sets_a_stage_setting(tmp_path: Path) -> None:
    user = tmp_path / "stage.toml"
    user.write_text("[stage.rasid.dates]\ninfer_year_from_published = false\n", encoding="utf-8")
    assert load_config(user).stage_config()["rasid.dates"]["infer_year_from_published"] is False
    undeclared = tmp_path / "ner.toml"
    undeclared.write_text('[stage.rasid.ner]\nner_model = "/models/x"\n', encoding="utf-8")
    assert load_config(undeclared).stage_config()["rasid.ner"]["ner_model"] == "/models/x"
