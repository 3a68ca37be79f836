"""Idempotent, crash-safe ingestion: read inputs, (optionally) analyse, store.

* **Idempotent.** A document's id comes from its normalised text, so the same content
  is stored once; later copies are logged as duplicates naming what they duplicate.
* **Crash-safe.** Documents are written in small batches, each batch (documents, index
  rows, annotations and ingest-log lines) in one transaction. Killed at any moment, the
  database holds whole batches only; running the same command again skips what is stored
  and finishes the job, ending in the same state as an uninterrupted run.
* **Parallel.** With ``jobs > 1`` worker processes read and analyse input items and hand
  chunks of prepared documents to the main process, the single writer (SQLite allows one).
* **Ctrl-C.** What is committed stays; pending prepared documents are committed first;
  :class:`IngestInterrupted` carries the report so the caller can say "run it again".
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from rasid.config import Config, load_config
from rasid.errors import SETUP_ERRORS
from rasid.model import Document
from rasid.store import open_store
from rasid.store.base import SQLDocumentStore, WriteItem, WriteOutcome
from rasid.store.fts import PreparedDocument, prepare_document
from rasid.text.langid import with_document_language

#: What crosses the process boundary for one item, as plain data:
#: (source, prepared document | None, error | None, note | None). With neither a prepared document nor an
#: error, the note is the id of a document already stored (found before analysing it).
_Wire = tuple[str, PreparedDocument | None, str | None, str | None]
#: Answers "is this document id stored already?" (a re-run after a crash skips those before analysis).
IsStored = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """A snapshot passed to the ``progress`` callback after each commit and each finished input."""

    inputs_total: int
    inputs_done: int
    bytes_total: int
    bytes_done: int
    stored: int
    duplicate: int
    failed: int
    elapsed: float

    @property
    def items(self) -> int:
        return self.stored + self.duplicate + self.failed


@dataclass
class IngestReport:
    """Counts and reasons of one ingest run."""

    run_id: str
    stored: int = 0
    duplicate: int = 0
    failed: int = 0
    #: Of the duplicates, those found in the store before analysis (not analysed again).
    already_stored: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)
    inputs: int = 0
    bytes_read: int = 0
    elapsed: float = 0.0
    interrupted: bool = False
    analyzed: bool = False

    @property
    def items(self) -> int:
        return self.stored + self.duplicate + self.failed

    def summary(self) -> str:
        return f"stored {self.stored}, duplicate {self.duplicate}, failed {self.failed}"

    def failure_lines(self) -> list[str]:
        return [f"failed: {source}: {reason}" for source, reason in self.failures]

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "stored": self.stored,
            "duplicate": self.duplicate,
            "already_stored": self.already_stored,
            "failed": self.failed,
            "failures": [{"source": s, "reason": r} for s, r in self.failures],
            "warnings": list(self.warnings),
            "inputs": self.inputs,
            "bytes_read": self.bytes_read,
            "elapsed": round(self.elapsed, 3),
            "interrupted": self.interrupted,
            "analyzed": self.analyzed,
        }


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during ingest; everything committed stays and ``report`` says how far it got."""

    def __init__(self, report: IngestReport) -> None:
        super().__init__("interrupted")
        self.report = report


# --- analysis ---------------------------------------------------------------------------------------
class Analyzer(Protocol):
    """What ingest needs of an analyser (a :class:`rasid.pipeline.Pipeline` is one): one document, or many at once."""

    def __call__(self, doc: Document) -> Document: ...

    def run_batch(self, docs: Sequence[Document]) -> list[Document]: ...


def load_analyzer(
    stage_config: dict[str, dict[str, Any]] | None = None,
) -> tuple[Analyzer | None, str | None]:
    """The default extraction pipeline, or ``(None, warning)`` when it cannot be built here."""
    from rasid.extract import default_pipeline  # here: loading the stages is paid only by runs that analyse

    try:
        pipeline = default_pipeline(config=stage_config or None)
    except SETUP_ERRORS:
        raise  # the user's own KB, cue or model file is broken: they asked for it, so stop before storing anything
    except Exception as exc:  # a broken stage must not stop documents from being stored
        return (
            None,
            f"analysis unavailable ({type(exc).__name__}: {exc}); documents stored without annotations",
        )
    return pipeline, None


# --- per-item work (runs in workers or in-process) -----------------------------------------------
def _analyzed(docs: list[Document], analyzer: Analyzer) -> list[Document | str]:
    """Each document analysed, or why its analysis failed; many at once when the analyser can batch."""
    if len(docs) > 1:
        try:
            return list(analyzer.run_batch(docs))
        except SETUP_ERRORS:
            raise
        except Exception:  # redone one by one below, so the failure lands on its document
            pass
    out: list[Document | str] = []
    for doc in docs:
        try:
            out.append(analyzer(doc))
        except SETUP_ERRORS:
            raise  # wrong for every document alike (see rasid.errors.SETUP_ERRORS)
        except Exception as exc:  # the document is still worth storing; analysis can be re-run later
            out.append(f"stored without annotations: analysis failed ({type(exc).__name__}: {exc})")
    return out


def _prepared(source: str, doc: Document, note: str | None = None) -> _Wire:
    try:
        prepared = prepare_document(doc)
    except UnicodeEncodeError:
        return (source, None, "text is not valid Unicode (lone surrogate characters)", None)
    return (source, prepared, None, note)


def _prepare_many(
    read: list[tuple[str, Document]], analyzer: Analyzer | None, is_stored: IsStored | None = None
) -> list[_Wire]:
    """Analysis (in one batch) and storage rows for documents read from one input.

    Documents already in the store are not analysed again: their wire only names the stored id. The
    pipeline's language stage decides an analysed document's language; one stored without analysis (none
    asked for, or it failed) gets it from the same function here.
    """
    wires: list[_Wire | None] = [None] * len(read)
    docs: list[Document] = []
    positions: list[int] = []
    for k, (source, doc) in enumerate(read):
        if is_stored is not None and is_stored(doc.id):
            wires[k] = (source, None, None, doc.id)
            continue
        docs.append(doc)
        positions.append(k)
    results: list[Document | str] = list(docs) if analyzer is None else _analyzed(docs, analyzer)
    for k, doc, result in zip(positions, docs, results, strict=True):
        source = read[k][0]
        try:
            if isinstance(result, str):
                wires[k] = _prepared(source, with_document_language(doc), result)
            elif analyzer is None:
                wires[k] = _prepared(source, with_document_language(result))
            else:
                wires[k] = _prepared(source, result, _bound_note(result))
        except Exception as exc:  # one bad document never stops the rest of the file
            wires[k] = (source, None, f"could not prepare: {type(exc).__name__}: {exc}", None)
    return [wire for wire in wires if wire is not None]


def _bound_note(doc: Document) -> str | None:
    bound = doc.meta.get("analysis_bound")
    if not bound:
        return None
    return (
        f"analysed the first {bound['analysed_chars']:,} of {bound['text_chars']:,} characters"
        " (longer texts are stored whole but analysed only that far)"
    )


def _read_item_chunks(
    item: Any,
    read_options: Any,
    analyzer: Analyzer | None,
    chunk_size: int,
    is_stored: IsStored | None = None,
) -> Iterator[list[_Wire]]:
    """Read one input item (a file, or stdin's bytes) and yield chunks of prepared results.

    A chunk's documents are analysed together (the pipeline's batch stages, NER above all,
    are much cheaper per document that way); results keep the order they were read in.
    """
    from rasid.readers import read_item

    slots: list[_Wire | None] = []  # None: the next document of ``read``, prepared when the chunk is full
    read: list[tuple[str, Document]] = []

    def finished() -> list[_Wire]:
        done = iter(_prepare_many(read, analyzer, is_stored))
        return [wire if wire is not None else next(done) for wire in slots]

    results = read_item(item, read_options)  # a ReadOptions: size caps
    while True:
        try:
            result = next(results)
        except StopIteration:
            break
        except Exception as exc:  # a reader bug: report the item, keep going with the next one
            slots.append((item.name, None, f"reader crashed: {type(exc).__name__}: {exc}", None))
            break
        if result.document is not None:
            slots.append(None)
            read.append((result.source, result.document))
        else:
            slots.append((result.source, None, str(result.error) if result.error else "unreadable", None))
        if len(slots) >= chunk_size:
            yield finished()
            slots, read = [], []
    if slots:
        yield finished()


def _worker_main(
    tasks: Any,
    results: Any,
    read_options: Any,
    analyze: bool,
    stage_config: Any,
    chunk_size: int,
    db_path: str | None = None,
) -> None:
    """A worker process: read and analyse items from ``tasks``, send chunks to ``results``.

    With ``db_path`` the worker reads the store too, to skip documents stored by an earlier run.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's business
    parent = os.getppid()

    def put(message: tuple[str, Any, Any]) -> None:
        while True:
            try:
                results.put(message, timeout=1.0)
                return
            except queue.Full:
                if os.getppid() != parent:  # the writer was killed: do not linger as an orphan
                    os._exit(0)

    analyzer = None
    if analyze:
        analyzer, warning = load_analyzer(stage_config)
        if warning:
            put(("warning", warning, None))
    reader = open_store(db_path, create=False) if db_path else None
    is_stored = reader.has_document if reader is not None else None
    while True:
        task = tasks.get()
        if task is None:
            if reader is not None:
                reader.close()
            put(("exit", None, None))
            return
        index, item = task
        try:
            for chunk in _read_item_chunks(item, read_options, analyzer, chunk_size, is_stored):
                put(("chunk", index, chunk))
        except Exception as exc:
            where = traceback.format_exc(limit=3).strip().splitlines()[-1]
            put(
                (
                    "chunk",
                    index,
                    [(item.name, None, f"reader crashed: {type(exc).__name__}: {exc} ({where})", None)],
                )
            )
        put(("done", index, None))


# --- the writer ------------------------------------------------------------------------------------
class _Writer:
    """Collects prepared items and commits them in small transactions; keeps the run's counts."""

    def __init__(
        self,
        store: SQLDocumentStore,
        report: IngestReport,
        *,
        batch_size: int,
        commit_seconds: float,
        progress: Callable[[IngestProgress], None] | None,
        inputs_total: int,
        bytes_total: int,
    ) -> None:
        self.store = store
        self.report = report
        self.batch_size = batch_size
        self.commit_seconds = commit_seconds
        self.progress = progress
        self.pending: list[WriteItem] = []
        self.seen: dict[str, str] = {}  # id -> source of its first occurrence in this run
        self.started = time.monotonic()
        self.last_commit = self.started
        self.inputs_total = inputs_total
        self.bytes_total = bytes_total
        self.inputs_done = 0

    def add(self, wire: _Wire) -> None:
        source, prepared, error, note = wire
        if prepared is None and error is None:
            self.report.already_stored += 1
            self.pending.append(WriteItem(source, already_stored=note))
        elif prepared is None:
            self.pending.append(WriteItem(source, error=error))
        else:
            first = self.seen.get(prepared.id)
            if first is None:
                self.seen[prepared.id] = source
            self.pending.append(WriteItem(source, prepared=prepared, duplicate_of=first, note=note))
        if len(self.pending) >= self.batch_size or time.monotonic() - self.last_commit >= self.commit_seconds:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            batch, self.pending = self.pending, []
            try:
                outcomes = self.store.write_batch(batch, run_id=self.report.run_id)
            except BaseException:
                self.pending = batch + self.pending  # rolled back: written again by the next flush
                raise
            self._count(outcomes)
        self.last_commit = time.monotonic()
        self.notify()

    def _count(self, outcomes: Sequence[WriteOutcome]) -> None:
        for outcome in outcomes:
            if outcome.status == "stored":
                self.report.stored += 1
                if outcome.reason:  # stored, with something to say (analysis failed or was bounded)
                    self.report.warnings.append(f"{outcome.source}: {outcome.reason}")
                if outcome.doc_id:
                    self.report.stored_ids.append(outcome.doc_id)
            elif outcome.status == "duplicate":
                self.report.duplicate += 1
                self.report.duplicates.append((outcome.source, outcome.reason or ""))
            else:
                self.report.failed += 1
                self.report.failures.append((outcome.source, outcome.reason or "unknown error"))

    def input_done(self, size: int) -> None:
        self.inputs_done += 1
        self.report.bytes_read += size
        self.notify()

    def notify(self) -> None:
        self.report.elapsed = time.monotonic() - self.started
        if self.progress is not None:
            self.progress(
                IngestProgress(
                    self.inputs_total,
                    self.inputs_done,
                    self.bytes_total,
                    self.report.bytes_read,
                    self.report.stored,
                    self.report.duplicate,
                    self.report.failed,
                    self.report.elapsed,
                )
            )


def _size(item: Any) -> int:
    try:
        return int(item.size())
    except OSError:
        return 0


def ingest(
    paths: Iterable[str],
    store: SQLDocumentStore,
    *,
    analyze: bool = True,
    jobs: int = 1,
    max_bytes: int | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
    config: Config | None = None,
) -> IngestReport:
    """Read ``paths`` (files, directories, globs, ``-``), analyse and store them; see the module doc.

    Raises :class:`IngestInterrupted` (a ``KeyboardInterrupt``) on Ctrl-C after committing what was ready.
    """
    from rasid.readers import ReadOptions, ReadResult, iter_input_items

    config = config or load_config()
    settings = config.section("ingest")
    max_bytes = int(max_bytes if max_bytes is not None else settings["max_bytes"])
    read_options = ReadOptions(max_bytes=max_bytes, max_member_bytes=int(settings["max_member_bytes"]))
    paths = [str(p) for p in paths]
    store.prepare_bulk_write()
    run_id = store.start_run("ingest", paths)
    report = IngestReport(run_id=run_id)

    items: list[Any] = []
    early_failures: list[_Wire] = []
    store_files = store.own_files()
    for entry in iter_input_items(paths, max_bytes=max_bytes):
        if isinstance(entry, ReadResult):  # a path that matched nothing, oversized stdin
            early_failures.append((entry.source, None, str(entry.error), None))
        elif entry.path is not None and os.path.realpath(entry.path) in store_files:
            continue  # the database being written (`rasid ingest .` beside ./rasid.db) is not an input
        else:
            items.append(entry)
    sizes = [_size(item) for item in items]
    report.inputs = len(items)
    writer = _Writer(
        store,
        report,
        batch_size=int(settings["batch_size"]),
        commit_seconds=float(settings["commit_seconds"]),
        progress=progress,
        inputs_total=len(items),
        bytes_total=sum(sizes),
    )
    chunk_size = int(settings["chunk_size"])
    stage_config = config.stage_config()
    status = "failed"
    try:
        for wire in early_failures:
            writer.add(wire)
        if jobs <= 1 or len(items) <= 1:
            analyzer = None
            if analyze:
                analyzer, warning = load_analyzer(stage_config)
                if warning:
                    report.warnings.append(warning)
            report.analyzed = analyzer is not None
            for item, size in zip(items, sizes, strict=True):
                for chunk in _read_item_chunks(item, read_options, analyzer, chunk_size, store.has_document):
                    for wire in chunk:
                        writer.add(wire)
                writer.input_done(size)
        else:
            _run_pool(
                items,
                sizes,
                writer,
                jobs=jobs,
                read_options=read_options,
                analyze=analyze,
                stage_config=stage_config,
                chunk_size=chunk_size,
                db_path=store.reopen_location(),
            )
        writer.flush()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        report.interrupted = True
        with contextlib.suppress(KeyboardInterrupt):
            writer.flush()  # prepared documents are committed before stopping
        raise IngestInterrupted(report) from None
    finally:
        report.elapsed = time.monotonic() - writer.started
        with contextlib.suppress(Exception, KeyboardInterrupt):
            store.finish_run(
                run_id, status, stored=report.stored, duplicate=report.duplicate, failed=report.failed
            )
    return report


def _run_pool(
    items: list[Any],
    sizes: list[int],
    writer: _Writer,
    *,
    jobs: int,
    read_options: Any,
    analyze: bool,
    stage_config: dict[str, dict[str, Any]],
    chunk_size: int,
    db_path: str | None = None,
) -> None:
    """Fan items out to ``jobs`` worker processes; write their chunks here as they arrive."""
    # spawn, not fork: the parent may hold threads (progress bar) and an open SQLite connection
    ctx = multiprocessing.get_context("spawn")
    tasks = ctx.Queue()
    results = ctx.Queue(maxsize=jobs * 8)  # bounded: workers wait when the writer is behind
    for index, item in enumerate(items):
        tasks.put((index, item))
    workers = [
        ctx.Process(
            target=_worker_main,
            args=(tasks, results, read_options, analyze, stage_config, chunk_size, db_path),
            daemon=True,
        )
        for _ in range(min(jobs, len(items)))
    ]
    for _ in workers:
        tasks.put(None)
    exited = 0
    done: set[int] = set()
    analyzed = analyze
    try:
        for worker in workers:
            worker.start()
        while exited < len(workers):
            try:
                kind, index, payload = results.get(timeout=1.0)
            except queue.Empty:
                if not any(w.is_alive() for w in workers):
                    break  # every worker died without saying goodbye: the loop below reports the rest
                continue
            if kind == "chunk":
                for wire in payload:
                    writer.add(wire)
            elif kind == "done":
                done.add(index)
                writer.input_done(sizes[index])
            elif kind == "warning":
                analyzed = False
                if index not in writer.report.warnings:
                    writer.report.warnings.append(index)
            elif kind == "exit":
                exited += 1
        for index, item in enumerate(items):
            if index not in done:  # a worker died (e.g. out of memory) on this item
                writer.add((item.name, None, "worker process died while reading this item", None))
    finally:
        for worker in workers:
            if worker.pid is not None and worker.is_alive():
                worker.terminate()
        for worker in workers:
            if worker.pid is not None:
                worker.join(timeout=5)
        for q in (tasks, results):
            q.cancel_join_thread()
            q.close()
    writer.report.analyzed = analyzed
