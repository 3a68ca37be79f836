"""Exports of stored documents and their evidence: JSON Lines, CSV, Parquet and STIX 2.1.

Every format keeps the evidence: each fact carries its document id and character
offsets, so an exported row can always be traced back to the words that support it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from rasid.errors import RasidError
from rasid.model import Document

FORMATS = ("jsonl", "csv", "parquet", "stix")

#: Columns of the per-annotation table (CSV and Parquet).
ANNOTATION_COLUMNS = (
    "doc_id",
    "doc_title",
    "doc_url",
    "doc_outlet",
    "doc_language",
    "doc_published",
    "layer",
    "start",
    "end",
    "text",
    "label",
    "canonical",
    "kb_id",
    "confidence",
    "stage",
    "attrs",
)


class ExportError(RasidError):
    code = "E001"


def annotation_rows(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """One flat row per annotation, with the document's metadata repeated for filtering."""
    for doc in docs:
        for ann in doc.annotations():
            attrs = ann.to_dict()["attrs"]
            yield {
                "doc_id": doc.id,
                "doc_title": doc.title,
                "doc_url": doc.url,
                "doc_outlet": doc.outlet,
                "doc_language": doc.language,
                "doc_published": doc.published,
                "layer": ann.layer,
                "start": ann.start,
                "end": ann.end,
                "text": ann.text,
                "label": ann.label,
                "canonical": attrs.get("canonical") or attrs.get("speaker_canonical") or attrs.get("outlet"),
                "kb_id": attrs.get("kb_id"),
                "confidence": ann.confidence,
                "stage": ann.stage,
                "attrs": json.dumps(attrs, ensure_ascii=False, sort_keys=True),
            }


def write_jsonl(docs: Iterable[Document], out: IO[str]) -> int:
    """The documented output schema: one document per line with its annotations."""
    count = 0
    for doc in docs:
        data = doc.to_dict()
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(docs: Iterable[Document], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ANNOTATION_COLUMNS)
    writer.writeheader()
    count = 0
    for row in annotation_rows(docs):
        writer.writerow(row)
        count += 1
    return count


def write_parquet(docs: Iterable[Document], path: str | Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ExportError("Parquet export needs pyarrow: pip install 'rasid[export]'") from exc
    rows = list(annotation_rows(docs))
    columns = {name: [row[name] for row in rows] for name in ANNOTATION_COLUMNS}
    table = pa.table(columns)
    pq.write_table(table, str(path))
    return len(rows)


# --- STIX 2.1 ------------------------------------------------------------------------------------

_IDENTITY_CLASS = {"PER": "individual", "ORG": "organization", "MEDIA": "organization"}


def stix_bundle(docs: Iterable[Document]) -> str:
    """A STIX 2.1 bundle: a ``report`` per article, with the people, organisations, places,
    armed groups, quotes (``note``) and sources (external references) it cites.

    Object ids are deterministic (UUIDv5 over the canonical name or KB id), so the same
    entity across articles is one object and re-exports are stable.
    """
    try:
        import stix2
    except ImportError as exc:  # pragma: no cover
        raise ExportError("STIX export needs stix2: pip install 'rasid[export]'") from exc
    import uuid

    namespace = uuid.UUID("6b1a4f0e-2b8c-4d53-9d3a-7a1f5e0c2d11")
    objects: dict[str, Any] = {}

    def sid(kind: str, key: str) -> str:
        return f"{kind}--{uuid.uuid5(namespace, kind + '|' + key)}"

    created = "2020-01-01T00:00:00Z"
    for doc in docs:
        refs: list[str] = []
        for ann in doc.layer("entities"):
            attrs = ann.to_dict()["attrs"]
            name = attrs.get("canonical") or ann.text
            key = attrs.get("kb_id") or name
            if ann.label in _IDENTITY_CLASS:
                obj_id = sid("identity", key)
                if obj_id not in objects:
                    objects[obj_id] = stix2.Identity(
                        id=obj_id,
                        name=name,
                        identity_class=_IDENTITY_CLASS[ann.label],
                        created=created,
                        modified=created,
                        allow_custom=True,
                        x_rasid_kb_id=attrs.get("kb_id"),
                    )
            elif ann.label == "ARMED_GROUP":
                obj_id = sid("threat-actor", key)
                if obj_id not in objects:
                    objects[obj_id] = stix2.ThreatActor(
                        id=obj_id, name=name, created=created, modified=created
                    )
            elif ann.label in ("GPE", "LOC", "FAC"):
                obj_id = sid("location", key)
                if obj_id not in objects:
                    extra: dict[str, Any] = {}
                    if attrs.get("lat") is not None and attrs.get("lon") is not None:
                        extra = {"latitude": float(attrs["lat"]), "longitude": float(attrs["lon"])}
                    else:
                        extra = (
                            {"region": "africa"}
                            if not attrs.get("country")
                            else {"country": attrs["country"]}
                        )
                    objects[obj_id] = stix2.Location(
                        id=obj_id, name=name, created=created, modified=created, **extra
                    )
            else:
                continue
            if obj_id not in refs:
                refs.append(obj_id)
        report_id = sid("report", doc.id)
        external = [{"source_name": "rasid", "external_id": doc.id}]
        if doc.url:
            external.append({"source_name": doc.outlet or "original", "url": doc.url})
        for ann in doc.layer("sources"):
            attrs = ann.to_dict()["attrs"]
            ref: dict[str, Any] = {
                "source_name": str(attrs.get("outlet") or ann.label),
                "description": f"{ann.label}: {ann.text} [{ann.start}:{ann.end}]",
            }
            if attrs.get("url"):
                ref["url"] = attrs["url"]
            external.append(ref)
        for ann in doc.layer("quotes"):
            attrs = ann.to_dict()["attrs"]
            note_id = sid("note", f"{doc.id}:{ann.start}:{ann.end}")
            objects[note_id] = stix2.Note(
                id=note_id,
                content=ann.text,
                authors=[attrs.get("speaker_canonical") or attrs.get("speaker") or "unknown"],
                object_refs=[report_id],
                created=created,
                modified=created,
                allow_custom=True,
                x_rasid_evidence={"doc_id": doc.id, "start": ann.start, "end": ann.end},
            )
        if not refs:
            refs = [sid("identity", "rasid-unknown")]
            objects.setdefault(
                refs[0],
                stix2.Identity(
                    id=refs[0], name="unknown", identity_class="unknown", created=created, modified=created
                ),
            )
        published = (doc.published or "1970-01-01")[:10]
        objects[report_id] = stix2.Report(
            id=report_id,
            name=doc.title or doc.text[:80],
            description=doc.text[:500],
            published=f"{published}T00:00:00Z"
            if len(published) == 10
            else f"{published[:4]}-01-01T00:00:00Z",
            report_types=["threat-report"],
            object_refs=refs,
            external_references=external,
            lang=doc.language or "und",
            created=created,
            modified=created,
        )
    bundle_id = sid("bundle", "|".join(sorted(objects)))
    bundle = stix2.Bundle(id=bundle_id, objects=list(objects.values()), allow_custom=True)
    return bundle.serialize(pretty=False, ensure_ascii=False)


def export_documents(docs: Iterable[Document], fmt: str, output: str | Path | None) -> int:
    """Write ``docs`` in ``fmt`` to ``output`` (a path, or ``None``/"-" for stdout). Returns rows written."""
    import sys

    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    to_stdout = output in (None, "-")
    if fmt == "parquet":
        if to_stdout:
            raise ExportError("Parquet is binary: give an output file with -o FILE")
        return write_parquet(docs, output)  # type: ignore[arg-type]
    buffer: IO[str] = sys.stdout if to_stdout else open(output, "w", encoding="utf-8", newline="")  # type: ignore[arg-type]  # noqa: SIM115
    try:
        if fmt == "jsonl":
            return write_jsonl(docs, buffer)
        if fmt == "csv":
            return write_csv(docs, buffer)
        docs = list(docs)
        buffer.write(stix_bundle(docs))
        buffer.write("\n")
        return len(docs)
    finally:
        if not to_stdout:
            buffer.close()


def to_string(docs: Iterable[Document], fmt: str) -> str:
    """Export to a string (jsonl, csv, stix) — for the web API and tests."""
    buffer = io.StringIO()
    if fmt == "jsonl":
        write_jsonl(docs, buffer)
    elif fmt == "csv":
        write_csv(docs, buffer)
    elif fmt == "stix":
        buffer.write(stix_bundle(docs))
    else:
        raise ExportError(f"cannot export {fmt!r} to a string")
    return buffer.getvalue()
