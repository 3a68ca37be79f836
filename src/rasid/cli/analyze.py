"""``rasid analyze``: run the extraction pipeline on files or stored documents; only parses options."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator
from typing import Any

import click

from rasid.cli.batch import backend_options
from rasid.cli.group import EXIT_FAILED, EXIT_PARTIAL, cli
from rasid.model import Document
from rasid.text.display import json_terminal_safe, terminal_safe, visible_controls


def _is_path(arg: str) -> bool:
    return arg == "-" or os.path.exists(arg) or bool(glob.has_magic(arg) and glob.glob(arg))


def _visible(value: Any) -> Any:
    if isinstance(value, str):
        return visible_controls(value, multiline=True)
    if isinstance(value, dict):
        return {key: _visible(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_visible(item) for item in value]
    return value


def _for_terminal(doc: Document) -> Document:
    """``doc`` with every control character of its text, fields and facts shown as a visible stand-in.

    The rich renderer prints them as they are, and its own styling is made of escape codes, so
    the input's are neutralised before rendering; one character for one keeps every span valid.
    """
    data = _visible(doc.to_dict())
    for name in ("title", "url", "outlet", "author"):
        if data[name]:
            data[name] = visible_controls(data[name])
    return Document.from_dict(data)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE|ID...")
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="RASID_DB",
    show_envvar=True,
    help="Database to load document IDs from [default: ./rasid.db].",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "pretty"]),
    default="json",
    show_default=True,
    help="json: one document per line (JSON Lines); pretty: highlighted evidence and a facts table.",
)
@click.option("--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra knowledge-base file layered over the packaged KB (repeatable).")  # fmt: skip
@click.option("--no-kb", is_flag=True, help="Run without the knowledge base (patterns and cues only).")
@click.option(
    "--save", is_flag=True, help="Store the new layers of documents loaded by ID back in the database."
)
@backend_options(default="local")
def analyze(
    inputs: tuple[str, ...],
    db: str | None,
    output_format: str,
    kb_files: tuple[str, ...],
    no_kb: bool,
    save: bool,
    backend: str,
    workers: int,
    ray_address: str | None,
) -> None:
    """Extract entities, equipment, dates, quotes and sources from FILEs (any format `rasid ingest`
    reads) or from documents already stored, given by ID. Writes JSON Lines to stdout
    (schema: docs/extraction.md); problems go to stderr, one line each, and the rest is done."""
    from rasid.batch import analyze_many
    from rasid.extract import default_pipeline

    pipeline = default_pipeline(kb_files=kb_files, use_kb=not no_kb) if backend == "local" else None

    def analysed(docs: Iterator[Document]) -> Iterator[Document]:
        """In this process, or in batches on the workers of --backend (results in input order)."""
        if pipeline is not None:
            return pipeline.run(docs)
        return analyze_many(
            docs,
            backend=backend,
            workers=workers,
            kb_files=kb_files,
            use_kb=not no_kb,
            ray_address=ray_address,
        )

    paths = [a for a in inputs if _is_path(a)]
    ids = [a for a in inputs if not _is_path(a)]
    failures = 0
    done = 0
    console = None
    if output_format == "pretty":
        from rich.console import Console

        console = Console()

    def emit(result: Document) -> None:
        nonlocal done
        if console is not None:
            from rasid.extract.render import render

            render(_for_terminal(result), console)
        else:
            sys.stdout.write(json_terminal_safe(result.to_json()) + "\n")
        done += 1

    if paths:
        from rasid.readers import read_paths

        def readable() -> Iterator[Document]:
            nonlocal failures
            for item in read_paths(paths):
                if item.document is None:
                    failures += 1
                    click.echo(
                        f"error: {terminal_safe(item.source)}: {terminal_safe(str(item.error))}", err=True
                    )
                    continue
                yield item.document  # the pipeline's language stage fills a missing language

        # in batches, as ingest does: the NER stage tags a batch's sentences in one pass
        for result in analysed(readable()):
            emit(result)
    if ids:
        from rasid.errors import NotFoundError
        from rasid.store import open_store

        store = open_store(db, create=False) if db else open_store(create=False)

        def stored() -> Iterator[Document]:
            nonlocal failures
            for doc_id in ids:
                try:
                    yield store.get_document(doc_id, layers=False)
                except NotFoundError:
                    failures += 1
                    click.echo(
                        f"error: {terminal_safe(doc_id)}: no such file, and no stored document with this id",
                        err=True,
                    )

        for result in analysed(stored()):
            emit(result)
            if save:
                store.save_layers(result)
    if failures:
        sys.exit(EXIT_PARTIAL if done else EXIT_FAILED)
