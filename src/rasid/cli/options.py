"""Options shared by several commands, declared once."""

from __future__ import annotations

import click

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="RASID_DB",
    show_envvar=True,
    help="SQLite database file, or a postgresql:// URL [default: ./rasid.db, or the [store] path setting].",
)
