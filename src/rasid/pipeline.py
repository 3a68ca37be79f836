"""Stages and pipelines.

A stage is a small, pure function ``Document -> Document`` registered under a
versioned name (``rasid.dates.v1``) that declares which layers it ``requires`` and
``provides``. A :class:`Pipeline` checks those declarations when it is built and
reports every unmet requirement in one error. Built-in stages register exactly as a
user's would::

    @register_stage("myorg.keywords.v1", requires=("entities",), provides=("keywords",))
    def keywords(doc: Document, config: Mapping[str, Any]) -> Document: ...

Stages keep no global mutable state, so the same pipeline runs in-process, in a
process pool or on Ray. A stage that fails on one document is recorded on that
document (``meta["stage_errors"]``) and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasid.errors import PipelineError
from rasid.model import Document
from rasid.modules import import_if_present

StageFunc = Callable[[Document, Mapping[str, Any]], Document]

#: Implicit layers every document has before any stage runs.
BASE_PROVIDES = frozenset({"text", "language"})


@dataclass(frozen=True)
class StageSpec:
    name: str
    func: StageFunc
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    description: str = ""
    defaults: Mapping[str, Any] = field(default_factory=dict)

    @property
    def family(self) -> str:
        """Name without its version suffix: ``rasid.dates.v1`` -> ``rasid.dates``."""
        head, _, tail = self.name.rpartition(".")
        return head if tail.startswith("v") and tail[1:].isdigit() else self.name


_REGISTRY: dict[str, StageSpec] = {}

#: Modules whose import registers the built-in stages (imported lazily on first lookup).
BUILTIN_STAGE_MODULES: list[str] = [
    "rasid.extract.entities",
    "rasid.ner.stage",
    "rasid.extract.coref",
    "rasid.extract.equipment",
    "rasid.extract.dates",
    "rasid.extract.quotes",
    "rasid.extract.sources",
    "rasid.extract.events",
    "rasid.extract.narratives",
]


def register_stage(
    name: str,
    *,
    requires: Sequence[str] = (),
    provides: Sequence[str] = (),
    description: str = "",
    defaults: Mapping[str, Any] | None = None,
) -> Callable[[StageFunc], StageFunc]:
    """Decorator registering a stage function under a versioned name."""

    def wrap(func: StageFunc) -> StageFunc:
        _REGISTRY[name] = StageSpec(
            name,
            func,
            tuple(requires),
            tuple(provides),
            description or (func.__doc__ or "").strip(),
            defaults or {},
        )
        return func

    return wrap


def _load_builtins() -> None:
    for module in BUILTIN_STAGE_MODULES:
        import_if_present(module)


def get_stage(name: str) -> StageSpec:
    _load_builtins()
    if name in _REGISTRY:
        return _REGISTRY[name]
    # allow the family name: pick the highest registered version
    versions = sorted((s for s in _REGISTRY.values() if s.family == name), key=lambda s: s.name)
    if versions:
        return versions[-1]
    known = ", ".join(sorted(_REGISTRY)) or "none"
    raise PipelineError(f"unknown stage {name!r}; registered stages: {known}")


def registered_stages() -> list[StageSpec]:
    _load_builtins()
    return sorted(_REGISTRY.values(), key=lambda s: s.name)


class Pipeline:
    """An ordered list of stages, checked once when built."""

    def __init__(
        self, stages: Iterable[str | StageSpec], config: Mapping[str, Mapping[str, Any]] | None = None
    ):
        self.stages: list[StageSpec] = [s if isinstance(s, StageSpec) else get_stage(s) for s in stages]
        self.config = config or {}
        available = set(BASE_PROVIDES)
        missing: list[str] = []
        for stage in self.stages:
            for req in stage.requires:
                if req not in available:
                    missing.append(f"{stage.name} requires {req!r}")
            available.update(stage.provides)
        if missing:
            raise PipelineError("pipeline has unmet requirements: " + "; ".join(missing))

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def stage_config(self, stage: StageSpec) -> dict[str, Any]:
        merged = dict(stage.defaults)
        merged.update(self.config.get(stage.family, {}))
        merged.update(self.config.get(stage.name, {}))
        return merged

    def __call__(self, doc: Document) -> Document:
        errors: list[dict[str, str]] = []
        for stage in self.stages:
            try:
                doc = stage.func(doc, self.stage_config(stage))
            except Exception as exc:  # one stage failing on one document must not stop the batch
                errors.append({"stage": stage.name, "error": f"{type(exc).__name__}: {exc}"})
        if errors:
            meta = dict(doc.meta)
            meta["stage_errors"] = errors
            doc = doc.with_meta(meta=meta)
        return doc

    def run(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)
