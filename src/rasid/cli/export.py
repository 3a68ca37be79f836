"""``rasid export``: stored documents and their evidence as JSON Lines, CSV, Parquet or STIX 2.1."""

from __future__ import annotations

from collections.abc import Iterable

import click

from rasid.cli.group import cli
from rasid.cli.options import db_option
from rasid.export import FORMATS, export_documents
from rasid.model import Document


@cli.command("export")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
    help="jsonl: one document per line with annotations; csv/parquet: one row per annotation; stix: a STIX 2.1 bundle.",
)  # fmt: skip
@click.option("-o", "--output", default="-", show_default=True, help="Output file ('-' for standard output).")
@click.option("--lang", "language", default=None, help="Only documents in this language (ISO 639-1).")
@click.option("--id", "ids", multiple=True, help="Only these document ids (repeatable).")
def export_command(db: str | None, fmt: str, output: str, language: str | None, ids: tuple[str, ...]) -> None:
    """Export stored documents with every annotation and its evidence offsets."""
    from rasid.api import db_path
    from rasid.store import open_store

    with open_store(db_path(db)) as store:
        docs: Iterable[Document]
        if ids:
            docs = (store.get_document(doc_id) for doc_id in ids)
        else:
            docs = store.iter_documents(language=language, layers=True)
        count = export_documents(docs, fmt, output)
    if output != "-":
        click.echo(
            f"wrote {count} {'rows' if fmt in ('csv', 'parquet') else 'documents'} to {output}", err=True
        )
