"""``rasid ingest``, ``rasid search``, ``rasid show`` and ``rasid stats``: parse options, call :mod:`rasid.api`."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from rasid.cli.group import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_PARTIAL, cli
from rasid.cli.options import DATE, db_option, format_option
from rasid.text.display import json_terminal_safe, terminal_safe

config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, exists=True),
    envvar="RASID_CONFIG",
    show_envvar=True,
    help="TOML settings file layered over the defaults.",
)


def _config(config_file: str | None) -> Any:
    from rasid.config import load_config

    return load_config(config_file, env={})


def _size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    from rasid.config import parse_size
    from rasid.errors import ConfigError

    if value is None:
        return None
    try:
        return parse_size(value)
    except ConfigError as exc:
        raise click.BadParameter(str(exc)) from exc


def _echo_json(data: Any) -> None:
    click.echo(json_terminal_safe(json.dumps(data, ensure_ascii=False, indent=2)))


class _ProgressBar:
    """A rich progress bar on stderr (bytes of input read, documents per second, ETA); off when not a TTY."""

    def __init__(self, enabled: bool) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            TextColumn("{task.fields[docs]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            disable=not (enabled and console.is_terminal),
        )
        self.task = self.progress.add_task("ingest", total=None, docs="")
        self.total: int | None = None
        self.bytes_seen = 0

    def __enter__(self) -> _ProgressBar:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)

    def update(self, event: Any) -> None:
        rate = event.items / event.elapsed if event.elapsed > 0 else 0.0
        # Items in an archive are unknown until it is read: estimate the total from the bytes
        # of finished inputs, so the bar and ETA move in items (unknown until one input is done).
        # Re-estimated only when an input finishes: changing the total resets rich's rate and ETA.
        if event.bytes_done and event.bytes_total and event.bytes_done != self.bytes_seen:
            self.bytes_seen = event.bytes_done
            self.total = max(event.items, round(event.items * event.bytes_total / event.bytes_done))
        if self.total is not None and event.items > self.total:
            self.total = event.items
        self.progress.update(
            self.task,
            total=self.total,
            completed=event.items,
            docs=f"{event.items:,} items ({event.stored:,} new, {event.failed:,} failed) {rate:,.0f}/s",
        )


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes that read and analyse [default: 1].",
)
@click.option(
    "--analyze/--no-analyze",
    default=None,
    help="Run the extraction pipeline on new documents [default: analyze].",
)
@click.option(
    "--max-size",
    "--max-bytes",
    "max_size",
    callback=_size,
    default=None,
    help="Skip (and report) inputs bigger than this, e.g. 50MB [default: ingest.max_bytes, 50 MiB].",
)
@click.option(
    "--max-member-size",
    "max_member_size",
    callback=_size,
    default=None,
    help="Stop reading a zip member or gzip stream that unpacks to more than this, e.g. 2GB "
    "[default: ingest.max_member_bytes, 1 GiB].",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="No progress bar and no summary; failures are still listed."
)
@click.option(
    "--kb",
    "kb_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Your own knowledge-base file (YAML/TSV), layered over the packaged KB for the analysis. Repeatable.",
)
@config_option
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    jobs: int | None,
    analyze: bool | None,
    max_size: int | None,
    max_member_size: int | None,
    quiet: bool,
    kb_files: tuple[str, ...],
    config_file: str | None,
) -> None:
    """Read PATH... (files, directories, globs, - for stdin) and store the articles.

    Formats: plain text (UTF-8/16, Windows-1256, ISO-8859-6), HTML, JSON/JSONL (and zips of them),
    RSS/Atom, WARC. Running it again stores only what is new; after a crash or Ctrl-C, run the
    same command again to finish. Exit code 1 when some items failed, 3 when nothing could be read.
    """
    from rasid import api

    config = _with_kb_files(_config(config_file), kb_files)
    if max_member_size is not None:
        from dataclasses import replace

        config = replace(config, values={**config.values, "ingest.max_member_bytes": max_member_size})
    with _ProgressBar(enabled=not quiet) as bar:
        try:
            report = api.ingest(
                paths,
                db=db,
                analyze=analyze,
                jobs=jobs,
                max_bytes=max_size,
                progress=bar.update,
                config=config,
            )
        except api.IngestInterrupted as exc:
            report = exc.report
            bar.__exit__()
            _print_report(report, quiet)
            click.echo(
                "interrupted: what was stored stays stored; run the same command again to finish the job",
                err=True,
            )
            sys.exit(EXIT_INTERRUPTED)
    _print_report(report, quiet)
    if report.stored + report.duplicate == 0:
        if report.failed == 0:
            click.echo("error: no input items found", err=True)
        sys.exit(EXIT_FAILED)
    if report.failed:
        sys.exit(EXIT_PARTIAL)


def _with_kb_files(config: Any, kb_files: tuple[str, ...]) -> Any:
    """``config`` with the user's KB files given to every stage that reads the KB (as ``rasid analyze --kb``)."""
    if not kb_files:
        return config
    from dataclasses import replace

    from rasid.extract import KB_STAGE_FAMILIES

    extra = {f"stage.{family}.kb_files": tuple(kb_files) for family in KB_STAGE_FAMILIES}
    return replace(config, values={**config.values, **extra})


def _print_report(report: Any, quiet: bool) -> None:
    # names and reasons come from the input: one line each, whatever control characters they hold
    for warning in report.warnings:
        click.echo(f"warning: {terminal_safe(warning)}", err=True)
    if not quiet:
        click.echo(report.summary())
    for source, reason in report.failures:
        click.echo(f"failed: {terminal_safe(source)}: {terminal_safe(reason)}")


@cli.command()
@click.argument("query")
@db_option
@click.option("--lang", "language", help="Only documents in this language (ISO 639-1: ar, fr, en, ru).")
@click.option("--outlet", help="Only documents from this outlet (as stored, e.g. a site name).")
@click.option("--since", type=DATE, help="Published on or after this date (2024, 2024-08 or 2024-08-21).")
@click.option("--until", type=DATE, help="Published on or before this date (2024, 2024-08 or 2024-08-21).")
@click.option(
    "--entity",
    help="Only documents mentioning this entity (KB id such as rasid:org/africa-corps, or canonical name).",
)
@click.option("--story", help="Only the members of this story (its id, from `rasid stories`).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Most results to show [default: 20].")
@format_option("table", "json")
@config_option
def search(
    query: str,
    db: str | None,
    language: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    entity: str | None,
    story: str | None,
    limit: int | None,
    fmt: str,
    config_file: str | None,
) -> None:
    """Full-text search: every word must match; "quoted words" must stand together.

    Arabic is matched on folded text: diacritics, tatweel, alef/ya/ta-marbuta variants and
    digits do not matter, and a word also finds its forms with clitics (روسيا finds وروسيا, لروسيا).
    """
    from rasid import api

    hits = api.search(
        query,
        db=db,
        language=language,
        outlet=outlet,
        since=since,
        until=until,
        entity=entity,
        story=story,
        limit=limit,
        config=_config(config_file),
    )
    if fmt == "json":
        _echo_json([hit.to_dict() for hit in hits])
        return
    if not hits:
        click.echo("no results", err=True)
        return
    for hit in hits:
        outlet, title = terminal_safe(hit.outlet or "-"), terminal_safe(hit.title or "")
        click.echo(
            f"{hit.id}  {hit.published or '-':10}  {terminal_safe(hit.language or '-'):2}  {outlet}  {title}"
        )
        click.echo(f"    {terminal_safe(hit.snippet)}")
    click.echo(f"{len(hits)} result(s)", err=True)


@cli.command()
@click.argument("doc_id", metavar="ID")
@db_option
@format_option("text", "json")
def show(doc_id: str, db: str | None, fmt: str) -> None:
    """Show one document: metadata, full text and annotations. ID may be a unique prefix."""
    from rasid import api

    doc = api.get_document(doc_id, db=db)
    if fmt == "json":
        _echo_json(doc.to_dict())
        return
    for name in ("id", "title", "url", "outlet", "author", "language"):
        click.echo(f"{name}: {terminal_safe(getattr(doc, name) or '-')}")
    published = f"{doc.published} ({doc.published_precision})" if doc.published else "-"
    click.echo(f"published: {published}")
    click.echo(f"meta: {json_terminal_safe(json.dumps(doc.to_dict()['meta'], ensure_ascii=False))}")
    click.echo("")
    click.echo(terminal_safe(doc.text, multiline=True))
    annotations = list(doc.annotations())
    click.echo("")
    click.echo(f"annotations: {len(annotations)}")
    for ann in annotations:
        attrs = (
            json_terminal_safe(json.dumps(ann.to_dict()["attrs"], ensure_ascii=False)) if ann.attrs else ""
        )
        line = f"  {ann.layer:10} [{ann.start}:{ann.end}] {ann.label:12} {terminal_safe(ann.text)}  {attrs}"
        click.echo(line.rstrip())


@cli.command()
@db_option
@format_option("text", "json")
def stats(db: str | None, fmt: str) -> None:
    """What the database holds: documents by language and outlet, annotations per layer, last ingest run."""
    from rasid import api

    data = api.stats(db=db)
    if fmt == "json":
        _echo_json(data)
        return

    def counts(mapping: dict[str, int]) -> str:
        return ", ".join(f"{terminal_safe(str(k))} {v}" for k, v in mapping.items()) or "-"

    click.echo(f"database: {terminal_safe(str(data['database']))} (schema v{data['schema_version']})")
    click.echo(f"documents: {data['documents']}")
    click.echo(f"  languages: {counts(data['languages'])}")
    outlets = dict(list(data["outlets"].items())[:15])
    more = len(data["outlets"]) - len(outlets)
    click.echo(f"  outlets: {counts(outlets)}" + (f" (+{more} more)" if more > 0 else ""))
    click.echo(f"annotations: {counts(data['annotations'])}")
    click.echo(f"ingest log: {counts(data['ingest_log'])}")
    click.echo(f"runs: {data['runs']} ({counts(data['run_statuses'])})")
    run = data["last_run"]
    if run:
        click.echo(
            f"last run: {run['started_at']} {run['status']}: stored {run['stored']}, "
            f"duplicate {run['duplicate']}, failed {run['failed']}"
        )
        for item in data["failed_items"]:
            click.echo(f"  failed: {terminal_safe(item['source'])}: {terminal_safe(item['reason'])}")
