"""The ``rasid`` command. Each command group lives in its own module and only parses options; the group itself
and the exit codes (listed there and in docs/cli.md) are in :mod:`rasid.cli.group`.
"""

from __future__ import annotations

import sys

import click

# each command module adds its commands to the group when imported
from rasid.cli import analyze, batch, export, ingest, ner, serve, trace  # noqa: F401
from rasid.cli.group import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    cli,
)
from rasid.errors import NotFoundError, RasidError

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "cli",
    "main",
]


def main(argv: list[str] | None = None) -> None:
    """Entry point: turns Rasid errors into exit codes, only here at the edge."""
    try:
        cli.main(args=argv, prog_name="rasid", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        click.echo(
            "interrupted: what was stored stays stored; run the same command again to finish", err=True
        )
        sys.exit(EXIT_INTERRUPTED)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except NotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_NOT_FOUND)
    except RasidError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(EXIT_OK)
