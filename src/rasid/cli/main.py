"""The ``rasid`` command. Each command group lives in its own module and only parses options.

Exit codes (documented in docs/cli.md):

* 0 — success
* 1 — partial: some items failed (each reported on its own line), the rest was done
* 2 — usage error (bad options or arguments)
* 3 — nothing could be done (e.g. no input found, database unreadable)
* 4 — not found (an id or story that does not exist)
* 130 — interrupted (Ctrl-C); what was stored stays stored, a re-run finishes the job
"""

from __future__ import annotations

import sys

import click

from rasid import __version__
from rasid.errors import NotFoundError, RasidError

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_NOT_FOUND = 4
EXIT_INTERRUPTED = 130


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasid")
def cli() -> None:
    """Rasid (راصد): ingest news articles, extract facts with evidence, trace stories across languages."""


def _register_commands() -> None:
    """Each command module adds its commands to ``cli`` when imported (it imports ``cli`` from here)."""
    from rasid.cli import analyze, batch, export, ingest, ner, serve, trace  # noqa: F401


_register_commands()


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
