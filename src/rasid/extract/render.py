"""A terminal view of an analysed document: highlighted evidence spans and a facts table (rich)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from rasid.model import Annotation, Document

#: Layer -> style of its highlighted spans (the legend shows them).
LAYER_STYLES: Mapping[str, str] = {
    "entities": "bold cyan",
    "equipment": "bold magenta",
    "dates": "bold green",
    "quotes": "italic yellow",
    "sources": "bold blue",
    "events": "underline",
}
#: Attributes shown per layer in the facts table, in order.
FACT_KEYS: Mapping[str, tuple[str, ...]] = {
    "entities": ("canonical", "kb_id"),
    "equipment": ("canonical", "origin"),
    "dates": ("value", "precision", "inferred", "relative"),
    "quotes": ("speaker", "speaker_canonical", "cue"),
    "sources": ("outlet", "url", "kb_id"),
}
DEFAULT_LAYERS = ("entities", "equipment", "dates", "quotes", "sources")


def _fmt(value: Any) -> str:
    if value is None or value == () or value == []:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def highlighted_text(doc: Document, layers: Iterable[str] = DEFAULT_LAYERS) -> Text:
    """The document text with every annotation of ``layers`` styled by layer (quotes underneath)."""
    text = Text(doc.text)
    # quotes are long: style them first so shorter spans inside stay visible on top
    order = sorted(layers, key=lambda name: 0 if name == "quotes" else 1)
    for name in order:
        style = LAYER_STYLES.get(name, "reverse")
        for ann in doc.layer(name):
            text.stylize(style, ann.start, ann.end)
    return text


def facts_table(doc: Document, layers: Iterable[str] = DEFAULT_LAYERS) -> Table:
    table = Table(title="Facts", show_lines=False, expand=True)
    for column in ("layer", "label", "evidence", "offsets", "details"):
        table.add_column(column, overflow="fold")
    for name in layers:
        for ann in doc.layer(name):
            table.add_row(
                Text(name, style=LAYER_STYLES.get(name, "")),
                ann.label,
                _evidence(ann),
                f"{ann.start}–{ann.end}",
                "; ".join(
                    f"{k}={_fmt(ann.attrs.get(k))}" for k in FACT_KEYS.get(name, ()) if _fmt(ann.attrs.get(k))
                ),
            )
    return table


def _evidence(ann: Annotation, limit: int = 80) -> str:
    flat = " ".join(ann.text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render(doc: Document, console: Console | None = None, layers: Iterable[str] = DEFAULT_LAYERS) -> None:
    """Print the document (highlighted) and its facts to ``console`` (stdout by default)."""
    console = console or Console()
    layers = tuple(layers)
    header = f"{doc.id}  lang={doc.language or '?'}  published={doc.published or 'unknown'}"
    if doc.meta.get("published_source"):
        header += f" (from {doc.meta['published_source']})"
    legend = Text("  ").join(Text(name, style=LAYER_STYLES.get(name, "")) for name in layers)
    console.print(Panel(Group(legend, Text(""), highlighted_text(doc, layers)), title=doc.title or header,
                        subtitle=header if doc.title else None))  # fmt: skip
    console.print(facts_table(doc, layers))
    for problem in doc.meta.get("stage_errors", ()):
        console.print(Text(f"stage {problem['stage']} failed: {problem['error']}", style="red"))
