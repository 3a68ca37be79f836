"""Extraction: the default analysis pipeline and the calls every other area uses.

Stages run in a fixed order, each adding one or more annotation layers::

    language -> published -> ner (when registered) -> entities -> coref -> equipment -> dates
    -> quotes -> sources -> events -> narratives

The first two add no layer: they decide the document's language and normalise its publication date once,
so the stages that read either declare it (``requires=("language",)``, ``("published",)``) instead of
detecting or parsing it again.

:func:`default_pipeline` builds that pipeline from whatever stages are registered, so
it keeps working while an area is still being built (a missing stage is skipped, and
so is a stage whose required layers nobody provides).

    >>> from rasid.extract import analyze_text
    >>> doc = analyze_text("قال الوزير أمس ...", published="2024-08-21")  # doctest: +SKIP
    >>> [a.attrs["value"] for a in doc.layer("dates")]  # doctest: +SKIP
    ['2024-08-20']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

# The built-in stages register themselves on import, exactly as a user's module would; this package sits above
# them and the pipeline, so rasid.pipeline never imports a stage (no cycle).
from rasid.extract import (  # noqa: F401
    coref,
    dates,
    entities,
    equipment,
    events,
    language,
    narratives,
    published,
    quotes,
    sources,
)
from rasid.model import Document
from rasid.ner import stage as _ner_stage  # noqa: F401
from rasid.pipeline import BASE_PROVIDES, Pipeline, StageSpec, get_stage, registered_stages

#: Stage families in the order the default pipeline runs them.
DEFAULT_STAGE_ORDER: tuple[str, ...] = (
    "rasid.language",  # first: the NER stage tags only the languages its model learned
    "rasid.published",
    "rasid.ner",  # first: it tags a whole batch at once, and the KB stage after it wins overlaps
    "rasid.entities",
    "rasid.coref",
    "rasid.equipment",
    "rasid.dates",
    "rasid.quotes",
    "rasid.sources",
    "rasid.events",
    "rasid.narratives",
)

#: Stage families that look names up in the knowledge base; they receive ``kb_files``/``use_kb``.
KB_STAGE_FAMILIES: tuple[str, ...] = ("rasid.entities", "rasid.coref", "rasid.equipment", "rasid.sources")

__all__ = [
    "DEFAULT_STAGE_ORDER",
    "analyze_document",
    "analyze_documents",
    "analyze_text",
    "default_pipeline",
    "get_stage",
    "registered_stages",
]


def _latest_by_family() -> dict[str, StageSpec]:
    latest: dict[str, StageSpec] = {}
    for spec in registered_stages():  # sorted by name, so the highest version wins
        latest[spec.family] = spec
    return latest


def default_pipeline(
    config: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    kb_files: Sequence[str] = (),
    ner_model: str | None = None,
    use_kb: bool = True,
) -> Pipeline:
    """The standard extraction pipeline.

    ``config`` maps a stage family or name (``"rasid.dates"``) to its settings.
    ``kb_files`` are the user's extra knowledge-base files (layered over the packaged
    KB); ``use_kb=False`` runs without the KB (only patterns and cues). ``ner_model``
    is a local path to an optional statistical NER model, passed to ``rasid.ner`` as
    ``ner_model``; without one, the NER stage runs only when its shipped model exists.
    ``config={"rasid.ner": {"enabled": False}}`` leaves the NER stage out (about 5× faster).
    """
    merged: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (config or {}).items()}
    for family in KB_STAGE_FAMILIES:
        settings = merged.setdefault(family, {})
        settings.setdefault("kb_files", tuple(str(p) for p in kb_files))
        settings.setdefault("use_kb", use_kb)
    if ner_model is not None:
        merged.setdefault("rasid.ner", {}).setdefault("ner_model", str(ner_model))

    latest = _latest_by_family()
    available = set(BASE_PROVIDES)
    chosen: list[StageSpec] = []
    for family in DEFAULT_STAGE_ORDER:
        spec = latest.get(family)
        if spec is None:
            continue  # not built yet (or an optional stage that is not installed)
        if not set(spec.requires) <= available:
            continue  # its inputs are missing: skip rather than fail the whole pipeline
        if family == "rasid.ner" and not _ner_wanted(merged.get("rasid.ner", {})):
            continue  # switched off, or no model on disk: no statistical NER, not an error per document
        chosen.append(spec)
        available.update(spec.provides)
    return Pipeline(chosen, merged)


def _ner_wanted(settings: Mapping[str, Any]) -> bool:
    """The NER stage runs unless ``enabled = false`` or the shipped model is not on disk (it is 80 % of the time).

    A model the user names is wanted even when its path is wrong: the stage's check then refuses it with its one
    line when the pipeline is built, instead of the run going on silently without names."""
    from pathlib import Path

    if not settings.get("enabled", True):
        return False
    if settings.get("ner_model"):
        return True
    try:
        from rasid.ner.api import DEFAULT_MODEL_PATH
    except ImportError:
        return False
    return Path(DEFAULT_MODEL_PATH).exists()


@lru_cache(maxsize=1)
def _shared_default() -> Pipeline:
    return default_pipeline()


def analyze_document(doc: Document, pipeline: Pipeline | None = None) -> Document:
    """Run the (default) pipeline over one document and return the annotated copy."""
    return (pipeline or _shared_default())(doc)


def analyze_documents(docs: Iterable[Document], pipeline: Pipeline | None = None) -> Iterable[Document]:
    """Analyse documents in batches, yielding them in order (a stage failing on one is recorded on it)."""
    yield from (pipeline or _shared_default()).run(docs)


def analyze_text(text: str, *, pipeline: Pipeline | None = None, **meta: Any) -> Document:
    """Analyse a string: ``meta`` are :class:`~rasid.model.Document` fields (language, published, title…).

    Without a ``language``, the pipeline's language stage detects it (from the title and the text).
    """
    return analyze_document(Document(text=text, **meta), pipeline)
