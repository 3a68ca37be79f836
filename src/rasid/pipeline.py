"""Stages and pipelines.

A stage is a small, pure function ``Document -> Document`` registered under a
versioned name (``rasid.dates.v1``) that declares which layers it ``requires`` and
``provides``. A :class:`Pipeline` checks those declarations when it is built and
reports every unmet requirement in one error. Built-in stages register exactly as a
user's would::

    @register_stage("myorg.keywords.v1", requires=("entities",), provides=("keywords",))
    def keywords(doc: Document, config: Mapping[str, Any]) -> Document: ...

A stage may also give a ``batch`` function ``(documents, config) -> documents`` that
does the same work for many documents at once (the NER model tags the sentences of a
whole batch in one pass, which is much cheaper than one pass per document, as in
spaCy's ``pipe``). :meth:`Pipeline.run` sends documents through in batches; a batch
function must return exactly what the per-document function would, document by document.

Stages keep no global mutable state, so the same pipeline runs in-process, in a
process pool or on Ray. A stage that fails on one document is recorded on that
document (``meta["stage_errors"]``) and the batch goes on. Stages see at most
:data:`MAX_ANALYSED_CHARS` of a document, so no text, however long, makes analysis run away;
``meta["analysis_bound"]`` records where a longer one was cut. With the environment variable
``RASID_STRICT_STAGES=1`` a failing stage raises instead (the test suite sets it, so that a bug in a stage fails
the test that meets it rather than silently emptying a layer). A stage may give a ``check`` function ``(config) ->
None`` that loads what its settings name (the user's KB, cue and definition files): the pipeline calls it when it
is built, so a broken file is refused there, with its one line, before any document is read. Such errors
(:data:`rasid.errors.SETUP_ERRORS`) are wrong for every document alike and are raised, never recorded on one.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from rasid.errors import SETUP_ERRORS, PipelineError
from rasid.model import Document

StageFunc = Callable[[Document, Mapping[str, Any]], Document]
BatchStageFunc = Callable[[Sequence[Document], Mapping[str, Any]], list[Document]]
CheckFunc = Callable[[Mapping[str, Any]], object]

#: Set to "1", a stage's error is raised rather than recorded on its document (tests set it).
STRICT_STAGES_VARIABLE = "RASID_STRICT_STAGES"
#: Documents a pipeline sends through its stages together (see :meth:`Pipeline.run`).
DEFAULT_BATCH_SIZE = 32

#: What every document has before any stage runs. The language and the publication date are not here: the
#: ``rasid.language`` and ``rasid.published`` stages decide them, and a stage that reads them says so.
BASE_PROVIDES = frozenset({"text"})


@dataclass(frozen=True)
class StageSpec:
    name: str
    func: StageFunc
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    description: str = ""
    defaults: Mapping[str, Any] = field(default_factory=dict)
    #: optional: the same work for many documents at once
    batch: BatchStageFunc | None = None
    #: optional: loads what the settings name, raising a setup error for a broken one (called when a pipeline is built)
    check: CheckFunc | None = None

    @property
    def family(self) -> str:
        """Name without its version suffix: ``rasid.dates.v1`` -> ``rasid.dates``."""
        head, _, tail = self.name.rpartition(".")
        return head if tail.startswith("v") and tail[1:].isdigit() else self.name


_REGISTRY: dict[str, StageSpec] = {}


def register_stage(
    name: str,
    *,
    requires: Sequence[str] = (),
    provides: Sequence[str] = (),
    description: str = "",
    defaults: Mapping[str, Any] | None = None,
    batch: BatchStageFunc | None = None,
    check: CheckFunc | None = None,
) -> Callable[[StageFunc], StageFunc]:
    """Decorator registering a stage function under a versioned name (``batch``: its many-document form;
    ``check``: what to load from its settings when a pipeline is built)."""

    def wrap(func: StageFunc) -> StageFunc:
        _REGISTRY[name] = StageSpec(
            name,
            func,
            tuple(requires),
            tuple(provides),
            description or (func.__doc__ or "").strip(),
            defaults or {},
            batch,
            check,
        )
        return func

    return wrap


def get_stage(name: str) -> StageSpec:
    """The stage registered under ``name``, or the highest version of the family ``name``.

    Only stages registered so far are known here: importing :mod:`rasid.extract` registers the built-in ones
    (and :func:`rasid.extract.get_stage` is this lookup with them loaded).
    """
    if name in _REGISTRY:
        return _REGISTRY[name]
    versions = sorted((s for s in _REGISTRY.values() if s.family == name), key=lambda s: s.name)
    if versions:
        return versions[-1]
    known = ", ".join(sorted(_REGISTRY)) or "none"
    raise PipelineError(
        f"unknown stage {name!r}; registered stages: {known} (importing rasid.extract registers the built-in ones)"
    )


def registered_stages() -> list[StageSpec]:
    """Every stage registered so far, sorted by name."""
    return sorted(_REGISTRY.values(), key=lambda s: s.name)


#: The most characters of one document the stages see. Beyond it a stage's cost (and, for the few that are
#: not linear, its time) would grow without bound; a longer text is analysed up to a paragraph or sentence
#: end before this point, and ``meta["analysis_bound"]`` says how much was read.
MAX_ANALYSED_CHARS = 1_000_000


def analysed_prefix(text: str, max_chars: int) -> int:
    """Where analysis of ``text`` stops: its length, or the last paragraph/sentence end before ``max_chars``."""
    if len(text) <= max_chars:
        return len(text)
    floor = max_chars * 9 // 10
    for mark in ("\n", ".", "。", "؟", "!", "?", " "):
        cut = text.rfind(mark, floor, max_chars)
        if cut >= 0:
            return cut + 1
    return max_chars


class Pipeline:
    """An ordered list of stages, checked once when built."""

    def __init__(
        self,
        stages: Iterable[str | StageSpec],
        config: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        max_chars: int = MAX_ANALYSED_CHARS,
    ):
        self.stages: list[StageSpec] = [s if isinstance(s, StageSpec) else get_stage(s) for s in stages]
        self.config = config or {}
        self.max_chars = max_chars
        available = set(BASE_PROVIDES)
        missing: list[str] = []
        for stage in self.stages:
            for req in stage.requires:
                if req not in available:
                    missing.append(f"{stage.name} requires {req!r}{_provided_by(req)}")
            available.update(stage.provides)
        if missing:
            raise PipelineError("pipeline has unmet requirements: " + "; ".join(missing))
        for stage in self.stages:
            if stage.check is not None:  # a broken KB or cue file: refused now, not on every document
                stage.check(self.stage_config(stage))

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def stage_config(self, stage: StageSpec) -> dict[str, Any]:
        merged = dict(stage.defaults)
        merged.update(self.config.get(stage.family, {}))
        merged.update(self.config.get(stage.name, {}))
        return merged

    def __call__(self, doc: Document) -> Document:
        return self.run_batch([doc])[0]

    def run_batch(self, docs: Sequence[Document]) -> list[Document]:
        """Every stage over ``docs``, in order.

        A stage with a batch form gets the whole batch at once; runs of stages without one take
        the documents one at a time through all of them (so per-text caches shared by those
        stages, such as the tokens, stay warm).
        """
        originals = list(docs)
        cuts = [analysed_prefix(doc.text, self.max_chars) for doc in originals]
        out = [_prefix_view(doc, cut) for doc, cut in zip(originals, cuts, strict=True)]
        errors: list[list[dict[str, str]]] = [[] for _ in out]
        configs = {stage.name: self.stage_config(stage) for stage in self.stages}
        for stages in self._segments():
            batch = stages[0].batch
            if batch is not None and len(out) > 1:  # a batch stage is a segment of its own
                stage = stages[0]
                try:
                    out = _checked(batch(out, configs[stage.name]), len(out), stage.name)
                    continue
                except SETUP_ERRORS:
                    raise
                except Exception:  # redone document by document below, so the error lands on the right one
                    pass
            for i, doc in enumerate(out):
                for stage in stages:
                    try:
                        doc = stage.func(doc, configs[stage.name])
                    except SETUP_ERRORS:
                        raise  # wrong for every document alike: recorded on each, it would empty a layer silently
                    except Exception as exc:  # one stage failing on one document must not stop the batch
                        if os.environ.get(STRICT_STAGES_VARIABLE) == "1":
                            raise
                        errors[i].append({"stage": stage.name, "error": f"{type(exc).__name__}: {exc}"})
                out[i] = doc
        for i, errs in enumerate(errors):
            if errs:
                out[i] = out[i].with_meta(meta={**out[i].meta, "stage_errors": errs})
        _freeze_loaded_data()
        return [
            _from_prefix_view(original, doc) if cut < len(original.text) else doc
            for original, doc, cut in zip(originals, out, cuts, strict=True)
        ]

    def _segments(self) -> list[list[StageSpec]]:
        """The stages cut into runs: each batch stage alone, consecutive other stages together."""
        segments: list[list[StageSpec]] = []
        for stage in self.stages:
            if stage.batch is not None or not segments or segments[-1][-1].batch is not None:
                segments.append([stage])
            else:
                segments[-1].append(stage)
        return segments

    def run(self, docs: Iterable[Document], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Document]:
        """Analyse ``docs`` lazily, ``batch_size`` at a time, yielding them in input order."""
        iterator = iter(docs)
        while batch := list(islice(iterator, max(1, batch_size))):
            yield from self.run_batch(batch)


_loaded_data_frozen = False
#: Allocations between two collections of the cyclic collector's youngest generation, once data is loaded.
YOUNG_COLLECTION_THRESHOLD = 50_000


def _freeze_loaded_data() -> None:
    """After the first batch of the process, move every object then alive out of the cyclic collector's
    generations (``gc.freeze``), once.

    The stages load their data on first use (the NER model and its word lists, the KB, cue lists, event and
    narrative catalogues): tens of thousands of container objects that live as long as the process, which
    every full collection walked again, about 5% of analysis time. Frozen, they are no longer walked. Nothing
    else changes: a frozen object is still freed when its last reference goes, only a reference cycle among
    the objects alive at this point would never be collected.
    """
    global _loaded_data_frozen
    if not _loaded_data_frozen:
        _loaded_data_frozen = True
        gc.freeze()
        # Analysis makes and drops many short-lived tuples and records: at the default 700 allocations the
        # young generation was collected thousands of times per thousand articles (3-4 % of analysis time),
        # walking the word caches that grow after the freeze. Raised, most temporaries are freed by their
        # reference count before a collection sees them. A higher threshold set by the host stays.
        young, *older = gc.get_threshold()
        gc.set_threshold(max(young, YOUNG_COLLECTION_THRESHOLD), *older)


def _provided_by(requirement: str) -> str:
    """Where an unmet requirement could come from, for the error: the registered stages that provide it."""
    providers = [s.name for s in registered_stages() if requirement in s.provides]
    if not providers:
        return " (no registered stage provides it)"
    return f" (provided by {', '.join(providers)}: put one before it)"


def _prefix_view(doc: Document, cut: int) -> Document:
    """The document as the stages see it: its first ``cut`` characters, same id and metadata."""
    if cut >= len(doc.text):
        return doc
    return Document(
        text=doc.text[:cut],
        id=doc.id,
        url=doc.url,
        outlet=doc.outlet,
        title=doc.title,
        author=doc.author,
        published=doc.published,
        published_precision=doc.published_precision,
        language=doc.language,
        meta={**doc.meta, "analysis_bound": {"analysed_chars": cut, "text_chars": len(doc.text)}},
    )


def _from_prefix_view(original: Document, view: Document) -> Document:
    """The whole document again, with what the stages found in its prefix (the offsets are the same)."""
    doc = original.with_meta(
        published=view.published,
        published_precision=view.published_precision,
        language=view.language,
        meta=view.meta,
    )
    for name, found in view.layers.items():
        doc = doc.with_layer(name, found)
    return doc


def _checked(result: list[Document], expected: int, stage: str) -> list[Document]:
    if len(result) != expected:
        raise PipelineError(f"stage {stage} returned {len(result)} documents for {expected}")
    return list(result)
