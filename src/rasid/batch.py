"""Run the analysis pipeline over many documents: in-process, in a process pool, or on Ray.

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
from functools import lru_cache
from itertools import islice
from typing import Any

from rasid.errors import RasidError
from rasid.model import Document

BACKENDS = ("local", "process", "ray")

DocDict = dict[str, Any]


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


def _ordered(submit: Callable[[list[DocDict]], Any], wait: Callable[[Any], list[DocDict]],
             batches: Iterator[list[DocDict]], in_flight: int) -> Iterator[Document]:  # fmt: skip
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield from (Document.from_dict(d) for d in wait(pending.popleft()))
    while pending:
        yield from (Document.from_dict(d) for d in wait(pending.popleft()))


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
    batches = _batches(docs, batch_size)
    if backend == "local":
        for batch in batches:
            yield from (Document.from_dict(d) for d in analyze_batch(batch, config_key))
        return
    if backend == "process":
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from _ordered(
                lambda b: pool.submit(analyze_batch, b, config_key),
                lambda f: f.result(),
                batches,
                workers * 2,
            )
        return
    yield from _ray(batches, config_key, workers, ray_address)


def _ray(
    batches: Iterator[list[DocDict]], config_key: str, workers: int, address: str | None
) -> Iterator[Document]:
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
        remote = ray.remote(analyze_batch)
        yield from _ordered(lambda b: remote.remote(b, config_key), ray.get, batches, workers * 2)
    finally:
        if started_here:
            ray.shutdown()
