"""``rasid trace``, ``rasid stories``, ``rasid story`` and ``rasid export-graph``: parse options, call :mod:`rasid.trace`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from rasid.cli.batch import backend_options
from rasid.cli.group import cli
from rasid.cli.options import db_option, format_option

if TYPE_CHECKING:  # the store is imported when a command runs, not when the CLI starts
    from rasid.store.base import SQLDocumentStore


def _open(db: str | None) -> SQLDocumentStore:
    from rasid.api import db_path
    from rasid.store import open_store

    return open_store(db_path(db), create=False)


@cli.command("trace")
@db_option
@click.option("--full", is_flag=True, help="Forget earlier runs and trace every stored document again.")
@click.option("--json", "as_json", is_flag=True, help="Print the run report as JSON.")
@backend_options(default="local")
@click.option(
    "--vector-index",
    type=click.Path(dir_okay=False),
    default=None,
    help="File of the lead-vector index, kept between runs [default: DB.vectors.usearch beside a SQLite "
    "database; for PostgreSQL none: rebuilt in memory each run].",
)
def trace_command(
    db: str | None,
    full: bool,
    as_json: bool,
    backend: str,
    workers: int,
    ray_address: str | None,
    vector_index: str | None,
) -> None:
    """Find copies, translations and rewrites among documents added since the last run; update stories.

    With --backend process or ray, each document's signature (lead vector, MinHash, passage
    fingerprints) is computed by workers; relations and stories are decided here, in order, so the
    result is the local run's."""
    from rasid.trace import trace
    from rasid.trace.distributed import Signer

    signer = Signer(backend, workers=workers, ray_address=ray_address)
    with _open(db) as store:
        report = trace(store, full=full, vector_index=vector_index, signer=signer)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.relations.items())) or "none"
    click.echo(
        f"traced {report.new_documents} new documents: {report.candidates} candidate pairs, relations: {kinds}; "
        f"stories: {report.stories_created} new, {report.stories_updated} updated, {report.stories_merged} merged"
    )


@cli.command("stories")
@db_option
@format_option("table", "json")
@click.option(
    "--min-documents", type=int, default=1, show_default=True, help="Hide stories with fewer documents."
)
@click.option("--limit", type=int, default=None, help="Show at most this many stories.")
def stories_command(db: str | None, fmt: str, min_documents: int, limit: int | None) -> None:
    """List traced stories (largest first). JSON: {"stories": [full story, ...]}."""
    from rasid.trace import get_story, list_stories

    with _open(db) as store:
        summaries = list_stories(store, min_documents=min_documents, limit=limit)
        if fmt == "json":
            full = [get_story(store, s["id"]) for s in summaries]
            click.echo(json.dumps({"stories": full}, ensure_ascii=False, indent=2))
            return
    if not summaries:
        click.echo("no stories yet: run `rasid trace` after ingesting documents")
        return
    for s in summaries:
        dates = s["first_published"] or "?"
        if s["last_published"] and s["last_published"] != s["first_published"]:
            dates += f"..{s['last_published']}"
        langs = ",".join(s["languages"]) or "?"
        title = (s["title"] or "")[:70]
        click.echo(f"{s['id']}  {s['size']:>3} docs  {langs:<11} {dates:<23} root={s['root']}  {title}")


class _StoryGroup(click.Group):
    """``rasid story ID`` shows a story (the ``show`` command); ``rasid story split|merge`` correct stories."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["show", *args]
        return super().parse_args(ctx, args)


@cli.group("story", cls=_StoryGroup)
def story_group() -> None:
    """Show one story (`rasid story ID`, as `rasid story show ID`), or correct stories: take a document out
    (`rasid story split DOC_ID`), merge two (`rasid story merge ID ID`). Corrections are stored and kept by
    every later `rasid trace`, --full included."""


@story_group.command("show")
@click.argument("story_id")
@db_option
@format_option("tree", "json")
@click.option(
    "--explain",
    is_flag=True,
    help="Say why each document is in the story: its relations, shared entities, dates and numbers, "
    "matched passages with their spans in both texts (JSON: an explain key).",
)
def story_command(story_id: str, db: str | None, fmt: str, explain: bool) -> None:
    """Show one story (a story id, or the id of one of its documents): root, copies, translations, origins."""
    from rasid.text.display import terminal_safe
    from rasid.trace import explain_story, get_story

    with _open(db) as store:
        story = explain_story(store, story_id) if explain else get_story(store, story_id)
    if fmt == "json":
        click.echo(json.dumps({"stories": [story]}, ensure_ascii=False, indent=2))
        return
    for line in render_explain(story) if explain else render_tree(story):
        click.echo(terminal_safe(line))  # titles and passages are stored text: no control characters


@story_group.command("split")
@click.argument("doc_id")
@db_option
@click.option("--note", default=None, help="Why (stored with the correction).")
def story_split_command(doc_id: str, db: str | None, note: str | None) -> None:
    """Take a document out of its story, for good: later traces keep it apart from the documents it was with."""
    from rasid.trace import split_document

    with _open(db) as store:
        result = split_document(store, doc_id, note=note)
    click.echo(f"{result['document']} taken out of {result['story']}: {result['remaining']} documents left")


@story_group.command("merge")
@click.argument("first")
@click.argument("second")
@db_option
@click.option("--note", default=None, help="Why (stored with the correction).")
def story_merge_command(first: str, second: str, db: str | None, note: str | None) -> None:
    """Merge two stories (story ids or ids of their documents), for good: later traces keep them together."""
    from rasid.trace import merge_stories

    with _open(db) as store:
        result = merge_stories(store, first, second, note=note)
    click.echo(f"{result['merged_story']} merged into {result['story']}: {result['size']} documents")


_RELATION_VERBS = {
    ("copy", "derives_from"): "copies",
    ("copy", "source_of"): "copied by",
    ("translation", "derives_from"): "translates",
    ("translation", "source_of"): "translated by",
    ("rewrite", "derives_from"): "rewrites",
    ("rewrite", "source_of"): "rewritten by",
}


def _span(span: list[int]) -> str:
    return f"[{span[0]}:{span[1]}]"


def render_explain(story: dict[str, Any]) -> list[str]:
    """Lines of ``rasid story ID --explain``: per document, why it is in the story, with spans."""
    explain = story["explain"]
    lines = [
        f"story {story['id']}: {story['size']} documents, languages {', '.join(story['languages']) or '?'}"
    ]
    core = "; ".join(f"{kind} {', '.join(values)}" for kind, values in explain["core"].items())
    lines.append(f"core (anchors at least half the documents hold): {core or 'none'}")
    for d in explain["documents"]:
        lines.append("")
        lines.append(
            f"{d['id']} [{d['language'] or '?'}] {d['published'] or 'undated'} {d['outlet'] or ''} "
            f"{(d['title'] or '')[:60]}".rstrip()
        )
        agreement = "n/a" if d["agreement"] is None else f"{d['agreement']:.2f}"
        founded = ", founded the story" if d["founded"] else ""
        lines.append(
            f"  related to {d['links']} other member(s), agreement with the core {agreement}{founded}"
        )
        for e in d["entities"]:
            lines.append(
                f"  entity {e['kb_id']} ({e['label']}) «{e['text']}» {_span([e['start'], e['end']])}"
            )
        for e in d["dates"]:
            lines.append(f"  date {e['value']} «{e['text']}» {_span([e['start'], e['end']])}")
        for kind in ("numbers", "model_codes"):
            if d["shared"].get(kind):
                lines.append(f"  {kind.replace('_', ' ')}: {', '.join(d['shared'][kind])}")
        for r in d["relations"]:
            verb = _RELATION_VERBS.get((r["kind"], r["direction"]), r["kind"])
            partial = " (partial)" if r.get("partial") else ""
            lines.append(f"  {verb} {r['with']}{partial} {r['score']:.2f} ({r['basis']})")
            if r.get("window"):
                w = r["window"]
                lines.append(
                    f"    shared window {_span(w['this'])} ~ {_span(w['other'])}, {w['words']} words: «{w['text']}»"
                )
            # a rewrite's shared phrases of a few words say little: the longer ones only
            passages = [p for p in r.get("passages") or [] if r["kind"] == "copy" or p["words"] >= 6]
            for passage in passages[:3]:
                lines.append(
                    f"    passage {_span(passage['this'])} ~ {_span(passage['other'])}, {passage['words']} words"
                )
            for pair in (r.get("sentence_pairs") or [])[:3]:
                lines.append(
                    f"    sentence {_span(pair['this'])} ~ {_span(pair['other'])}, similarity {pair['similarity']:.2f}"
                )
        for o in d["origins"]:
            name = o["outlet"] or o["url"]
            named = f": {name}" if name else ""
            lines.append(
                f"  names the origin {o['kind']}{named} «{o['text']}» {_span([o['start'], o['end']])}"
            )
    if story.get("merges"):
        lines.append("")
        lines.append("merges:")
        for m in story["merges"]:
            via = m["relation"]
            how = f" via {via['kind']} {via['a']}–{via['b']}" if via else ""
            lines.append(
                f"  {m['at']} {m['merged_story']} ({len(m['documents'])} documents) into {m['into']}{how}, {m['decided_by']}"
            )
    return lines


_VERBS = {
    "copy": "copied by",
    "translation": "translated by",
    "rewrite": "rewritten by",
    "agency": "credited by",
    "original_url": "linked as the original by",
    "interview": "interview reported by",
    "cited_outlet": "cited by",
}


def render_tree(story: dict[str, Any]) -> list[str]:
    """Lines of the tree view: the root, then who derives from whom (primary edges), then origins."""
    members = {m["id"]: m for m in story["members"]}

    def label(node: str) -> str:
        if node in members:
            m = members[node]
            return f"{node} [{m['language'] or '?'}] {m['published'] or 'undated'} {m['outlet'] or ''} {(m['title'] or '')[:60]}".rstrip()
        return node.removeprefix("ext:") + " (external)"

    children: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for e in story["edges"]:
        if e.get("primary"):
            children.setdefault(e["to"], []).append((e["from"], e))
    lines = [
        f"story {story['id']}: {story['size']} documents, languages {', '.join(story['languages']) or '?'}"
    ]
    lines.append(f"  {story['title'] or ''}")
    lines.append(f"root: {label(story['root']) if story['root'] else '?'}")
    seen: set[str] = set()

    def walk(node: str, depth: int) -> None:
        for child, e in sorted(
            children.get(node, []), key=lambda c: (members.get(c[0], {}).get("published") or "", c[0])
        ):
            if child in seen:
                continue
            seen.add(child)
            score = f" {e['score']:.2f}" if e.get("score") is not None else ""
            verb = _VERBS.get(e["kind"], e["kind"])
            lines.append(f"{'    ' * depth}└─ {verb}{score} ({e['basis']}): {label(child)}")
            walk(child, depth + 1)

    if story["root"]:
        seen.add(story["root"])
        walk(story["root"], 1)
    # documents not reached from the root (their parent chain ends elsewhere)
    tops = [m for m in story["members"] if m["id"] not in seen and not any(
        e["from"] == m["id"] and e.get("primary") and not e["to"].startswith("ext:") for e in story["edges"])]  # fmt: skip
    for m in tops:
        seen.add(m["id"])
        lines.append(f"  {label(m['id'])}")
        walk(m["id"], 2)
    for m in story["members"]:
        if m["id"] not in seen:
            seen.add(m["id"])
            lines.append(f"  {label(m['id'])}")
            walk(m["id"], 2)
    if story["external_sources"]:
        lines.append("origins named in the text:")
        for o in story["external_sources"]:
            where = f" {o['url']}" if o["url"] and o["url"] not in (o["outlet"] or "") else ""
            lines.append(
                f"  {o['doc_id']} -> {o['kind']}: {o['outlet'] or o['url']}{where}  «{o['text']}» [{o['start']}:{o['end']}]"
            )
    lines.append("timeline:")
    for t in story["timeline"]:
        lines.append(
            f"  {t['date'] or 'undated':<10} {t['language'] or '?'} {t['outlet'] or ''} {t['doc_id']}"
        )
    return lines


@cli.command("export-graph")
@db_option
@click.option("--story", "story_id", default=None, help="Only this story (default: all stories).")
@format_option("graphml", "json")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write here instead of stdout.",
)
def export_graph_command(db: str | None, story_id: str | None, fmt: str, output: str | None) -> None:
    """Export the provenance graph as GraphML (Gephi, yEd) or JSON (browsers)."""
    from rasid.trace import export_graph

    with _open(db) as store:
        text = export_graph(store, story_id, format=fmt)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)
