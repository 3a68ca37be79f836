"""The ``rasid`` click group and its exit codes: what every command module needs, in a module that needs none.

A leaf, so the command modules (which add their commands to :data:`cli`) and ``rasid.cli.main`` (which imports
them and runs the group) do not import each other.

Exit codes (documented in docs/cli.md):

* 0 — success
* 1 — partial: some items failed (each reported on its own line), the rest was done
* 2 — usage error (bad options or arguments)
* 3 — nothing could be done (e.g. no input found, database unreadable)
* 4 — not found (an id or story that does not exist)
* 130 — interrupted (Ctrl-C); what was stored stays stored, a re-run finishes the job
"""

from __future__ import annotations

import click

from rasid import __version__

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
