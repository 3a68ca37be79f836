"""Run the analysis pipeline over many documents: in-process, in a process pool, or on Ray.

:func:`map_ordered` is the general form (tracing ships its per-document work with it).

Stages are pure over documents, so the same pipeline runs anywhere. Documents cross
process and machine boundaries as versioned JSON dicts (``Document.to_dict``), never as
pickled objects, and come back in input order. Work is sent in batches with a bounded
number in flight, so memory stays flat however large the corpus is.

Ray is for corpora larger than one machine: start a cluster the usual way (``ray start
--head`` on one node, ``ray start --address=…`` on the others) and pass its address;
without one, a local Ray runtime is started for the run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from typing import Any, TypeVar

from rasid.errors import RasidError
from rasid.model import Document

BACKENDS = ("local", "process", "ray")

DocDict = dict[str, Any]
K = TypeVar("K")
P = TypeVar("P")
R = TypeVar("R")


class BatchError(RasidError):
    code = "B001"


@lru_cache(maxsize=4)
def _pipeline(config_key: str):  # type: ignore[no-untyped-def]
    """One pipeline per worker process and configuration (built once: KB automata are costly)."""
    import json

    from rasid.extract import default_pipeline

    options = json.loads(config_key)
    return default_pipeline(
        options.get("config"), kb_files=tuple(options.get("kb_files", ())), use_kb=options.get("use_kb", True)
    )


def analyze_batch(batch: list[DocDict], config_key: str) -> list[DocDict]:
    """Analyse a batch of serialised documents; a top-level function so any backend can ship it."""
    pipeline = _pipeline(config_key)
    return [doc.to_dict() for doc in pipeline.run_batch([Document.from_dict(item) for item in batch])]


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[DocDict]]:
    iterator = iter(docs)
    while batch := [d.to_dict() for d in islice(iterator, size)]:
        yield batch


def map_ordered(
    func: Callable[[P], R],
    work: Iterable[tuple[K, P]],
    *,
    backend: str = "local",
    workers: int = 2,
    ray_address: str | None = None,
) -> Iterator[tuple[K, R]]:
    """``(key, func(payload))`` for each ``(key, payload)`` of ``work``, in order, on the chosen backend.

    The key stays in this process (e.g. the documents a payload was made from); only the payload
    travels, and ``func`` must be a top-level function. At most ``2 x workers`` payloads are in
    flight, so memory stays flat however long ``work`` is.
    """
    if backend not in BACKENDS:
        raise BatchError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if backend == "local":
        for key, payload in work:
            yield key, func(payload)
        return
    if backend == "process":
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from _ordered(lambda p: pool.submit(func, p), lambda f: f.result(), work, workers * 2)
        return
    with ray_session(workers, ray_address) as ray:
        remote = ray.remote(func)
        yield from _ordered(lambda p: remote.remote(p), ray.get, work, workers * 2)


def _ordered(
    submit: Callable[[P], Any], wait: Callable[[Any], R], work: Iterable[tuple[K, P]], in_flight: int
) -> Iterator[tuple[K, R]]:
    pending: deque[tuple[K, Any]] = deque()
    for key, payload in work:
        pending.append((key, submit(payload)))
        if len(pending) >= in_flight:
            done, future = pending.popleft()
            yield done, wait(future)
    while pending:
        done, future = pending.popleft()
        yield done, wait(future)


@contextmanager
def ray_session(workers: int = 2, address: str | None = None) -> Iterator[Any]:
    """The ``ray`` module, connected: to the running runtime if there is one, else to ``address`` (a
    cluster started with ``ray start --head``), else to a local runtime with ``workers`` CPUs, which
    is shut down on leaving."""
    try:
        import ray
    except ImportError as exc:
        raise BatchError("the Ray backend needs Ray: pip install 'rasid[ray]'") from exc
    started_here = not ray.is_initialized()
    if started_here:
        options: dict[str, Any] = {
            "include_dashboard": False,
            "log_to_driver": False,
            "configure_logging": False,
        }
        if address:
            options["address"] = address
        else:
            options["num_cpus"] = workers
        ray.init(**options)
    try:
        yield ray
    finally:
        if started_here:
            ray.shutdown()


def analyze_many(
    docs: Iterable[Document],
    *,
    backend: str = "local",
    workers: int = 2,
    batch_size: int = 32,
    config: Mapping[str, Any] | None = None,
    kb_files: Iterable[str] = (),
    use_kb: bool = True,
    ray_address: str | None = None,
) -> Iterator[Document]:
    """Analyse ``docs`` with the default pipeline on the chosen backend, yielding them in order."""
    import json

    if backend not in BACKENDS:
        raise BatchError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    config_key = json.dumps(
        {"config": config or {}, "kb_files": list(kb_files), "use_kb": use_kb}, sort_keys=True, default=list
    )
    work = ((None, (batch, config_key)) for batch in _batches(docs, batch_size))
    for _, analysed in map_ordered(
        _analyze_payload, work, backend=backend, workers=workers, ray_address=ray_address
    ):
        yield from (Document.from_dict(d) for d in analysed)


def _analyze_payload(payload: tuple[list[DocDict], str]) -> list[DocDict]:
    return analyze_batch(*payload)
