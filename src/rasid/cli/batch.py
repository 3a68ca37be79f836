"""``rasid reanalyze``: run the analysis pipeline again over stored documents (e.g. after a KB update).

Also the ``--backend``/``--jobs``/``--ray-address`` options that ``analyze`` and ``trace`` share.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from rasid.batch import BACKENDS, analyze_many
from rasid.cli.group import cli
from rasid.cli.options import db_option

_BACKEND_HELP = "local: this process; process: a process pool; ray: a Ray cluster (or a local Ray runtime)."


def backend_options(default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--backend`` (default ``default``), ``--jobs`` and ``--ray-address``, as ``backend``, ``workers``
    and ``ray_address``."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(
            (
                click.option(
                    "--backend",
                    type=click.Choice(BACKENDS),
                    default=default,
                    show_default=True,
                    help=_BACKEND_HELP,
                ),
                click.option(
                    "--jobs",
                    "workers",
                    type=int,
                    default=2,
                    show_default=True,
                    help="Worker processes (or Ray CPUs) for process and ray.",
                ),
                click.option(
                    "--ray-address",
                    default=None,
                    help="Address of a running Ray cluster (ray start --head); default: a local Ray.",
                ),
            )
        ):
            command = option(command)
        return command

    return decorate


@cli.command("reanalyze")
@db_option
@backend_options(default="process")
@click.option("--lang", "language", default=None, help="Only documents in this language.")
@click.option(
    "--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra KB file."
)
def reanalyze_command(
    db: str,
    backend: str,
    workers: int,
    ray_address: str | None,
    language: str | None,
    kb_files: tuple[str, ...],
) -> None:
    """Re-run extraction over stored documents and replace their annotation layers."""
    from rasid.api import db_path
    from rasid.store import open_store

    with open_store(db_path(db)) as store:
        docs = store.iter_documents(language=language, layers=False)
        count = 0
        for doc in analyze_many(
            docs, backend=backend, workers=workers, kb_files=kb_files, ray_address=ray_address
        ):
            store.save_layers(doc)
            count += 1
    click.echo(f"reanalysed {count} documents", err=True)
