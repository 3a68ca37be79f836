"""Every command, option and exit code of the CLI is documented in docs/cli.md."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from rasid.cli.main import cli

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def _commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}".strip()
        yield path, command
        if isinstance(command, click.Group):
            yield from _commands(command, path)


def _section(text: str, path: str) -> str:
    """The doc text under the heading for ``rasid <path>``, up to the next heading of any command."""
    match = re.search(rf"^#+ `rasid {re.escape(path)}`\s*$", text, re.MULTILINE)
    assert match, (
        f"`rasid {path}` has no section in docs/cli.md; regenerate: python tests/cli/cli_doc.py > docs/cli.md"
    )
    rest = text[match.end() :]
    following = re.search(r"^#+ `rasid ", rest, re.MULTILINE)
    return rest[: following.start()] if following else rest


COMMANDS = list(_commands(cli))


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_cli_docs_cover_every_command_and_option(path: str, command: click.Command) -> None:
    section = _section(DOC.read_text(encoding="utf-8"), path)
    for param in command.params:
        if isinstance(param, click.Option):
            for name in param.opts + param.secondary_opts:
                if name.startswith("--"):
                    assert f"`{name}`" in section, (
                        f"`rasid {path}` option {name} is not documented in docs/cli.md; "
                        "regenerate it: python tests/cli/cli_doc.py > docs/cli.md"
                    )


def test_cli_docs_list_every_exit_code() -> None:
    from rasid.cli import main

    text = DOC.read_text(encoding="utf-8")
    codes = {v for k, v in vars(main).items() if k.startswith("EXIT_")}
    for code in codes:
        assert re.search(rf"^\| {code} \|", text, re.MULTILINE), f"exit code {code} is not in docs/cli.md"


def test_cli_docs_list_every_setting() -> None:
    from rasid.config import declared_settings

    text = DOC.read_text(encoding="utf-8")
    for setting in declared_settings():
        assert f"`{setting.key}`" in text, f"setting {setting.key} is not documented in docs/cli.md"


def test_cli_docs_are_what_the_generator_writes(capsys: pytest.CaptureFixture[str]) -> None:
    """Help texts change with the code: docs/cli.md is regenerated, not edited by hand."""
    from cli import cli_doc

    cli_doc.main()
    assert capsys.readouterr().out == DOC.read_text(encoding="utf-8"), (
        "docs/cli.md is stale: python tests/cli/cli_doc.py > docs/cli.md"
    )
