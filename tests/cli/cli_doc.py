"""Regenerate docs/cli.md: hand-written parts for the core commands, option tables from click for all.

    .venv/bin/python tests/cli/cli_doc.py > docs/cli.md

``tests/cli/test_cli_docs.py`` fails when a command or option is missing from docs/cli.md;
run this after adding or changing a command (then review the diff).
"""

import click

from rasid.cli.main import cli

MINE = {"ingest", "search", "show", "stats"}
EXTRA = {}
EXTRA["ingest"] = """Reads every input, stores each article once, and reports what happened to each item.

- **Inputs:** files, directories (recursive, sorted, hidden files skipped), glob patterns (`'data/*.zip'`)
  and `-` for standard input. The database being written and its `-wal`, `-shm` and `-journal` files are
  never read as inputs, so `rasid ingest .` beside `./rasid.db` reads only the articles. Formats are
  detected from content (the extension only breaks ties): plain text in UTF-8, UTF-16, Windows-1256 or
  ISO-8859-6; HTML; JSON, JSON Lines and zips of them (such as SaudiNewsNet); RSS/Atom; WARC and WARC.gz.
  See [input-formats.md](input-formats.md).
- **Idempotent:** a document's id is derived from its normalised text, so the same content is stored once.
  A copy seen earlier in the same run is reported as `duplicate` naming the first item; a copy already in
  the database as `duplicate` "already in the database". Duplicates are counted in the summary and each
  is logged, with what it duplicates, in the `ingest_log` table (`rasid stats` shows the totals).
- **Crash-safe:** documents are committed in small transactions (`ingest.batch_size`, at least every
  `ingest.commit_seconds`). After `kill -9`, a power cut or Ctrl-C, run the same command again: it skips
  what is stored and finishes the job, ending in the same state as an uninterrupted run. Each run is
  recorded in the `runs` table with its host and process; when a run starts, a run left `running` by a
  process of this host that is gone (killed, power cut) is marked `interrupted`.
- **Analysis:** by default each new document runs through the extraction pipeline (entities, equipment,
  dates, quotes, sources) and its annotation layers are stored with it. `--no-analyze` stores text and
  metadata only (fast); run `rasid reanalyze` later. A file the user gave for analysis that cannot be read
  (a `--kb` file, a stage's `cue_files`, `event_files` or `narrative_files`, an `ner_model` path) stops the
  run before anything is stored, with one `error:` line naming the file (and the line, for YAML) and exit
  code 3: stored without the layer it feeds, every document would have to be analysed again. If the
  pipeline cannot be built for another reason, a `warning:` line says so and documents are stored without
  annotations.
- **Parallel:** `--jobs N` starts N worker processes that read and analyse input files in parallel (one
  file per worker at a time, so a single big file is read by one worker) while the main process is the
  single writer. Worth it with analysis on or with many input files.
- **Size cap:** `--max-size` (default `ingest.max_bytes`, 50 MiB) applies to each file, and to each record
  inside JSON Lines, zip and WARC files, which are streamed. `--max-member-size` (default
  `ingest.max_member_bytes`, 1 GiB) caps what each zip member or gzip stream unpacks to, and over 1 MiB
  of blank space with no record stops an input with one line (zip bombs).
- **Progress:** a bar on standard error with the share of input bytes read, items, rate and ETA; only
  when standard error is a terminal.
- **Output:** one summary line `stored N, duplicate N, failed N`, then one line per failed item:
  `failed: <source>: <reason>` (a source inside an archive reads `file.zip::inner.json#12`).

```console
$ rasid ingest ../shared/seeds --db demo.db
stored 2, duplicate 0, failed 0
$ rasid ingest ../shared/seeds --db demo.db
stored 0, duplicate 2, failed 0
$ rasid ingest ../shared/data/saudinewsnet --db snn.db --no-analyze --jobs 2
```

Exit codes: 0 everything read; 1 some items failed (the rest was stored); 3 nothing could be read (no
input found, or every item failed) or the database stayed locked by another process for longer than
`store.busy_timeout_ms` (one `error:` line says so); 130 interrupted (what was committed stays; re-run to
finish).
"""
EXTRA[
    "search"
] = """Full-text search over folded text, ranked by bm25 (a title hit weighs more than a body hit).

- Every word must match. There are no operators: `AND`, `OR`, `NOT`, `*`, `:` and brackets are plain
  text, so no input can break the query.
- `"quoted words"` (also `«…»` and `“…”`) must stand close together (within a few words, any order).
- Arabic is matched on folded text: diacritics, tatweel, alef forms (أ إ آ ا), ى/ي, ة/ه, Persian letters,
  Arabic-Indic digits and bidi marks do not matter; a word also finds its forms with proclitics
  (`روسيا` finds `وروسيا`, `لروسيا`; `الفيلق` finds `للفيلق`, `بالفيلق`). The query word itself is not
  stripped (`والي` does not find `إلى`). French accents and case are folded too (`armee` finds `l'armée`).
- The snippet shows the original text around the hits with each hit in `⟦ ⟧`; JSON also gives `matches`,
  the `[start, end)` offsets of the hits in the document text.
- `--since`/`--until` take `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date) and compare the
  published date at the precision given (inclusive); documents without a date are left out when either is
  given. Anything else is refused as a usage error (exit 2).
- `--entity` keeps documents that mention an entity (its KB id, such as `rasid:org/africa-corps`, or its
  canonical name, as the web app's entity pages show them); `--story` keeps the members of one story
  (`rasid stories`). These are the filters of the web app's search page and of `api.search`.

```console
$ rasid search "الفيلق الافريقي" --db demo.db
$ rasid search روسيا --lang ar --since 2024-08 --format json
$ rasid search هجوم --entity rasid:org/africa-corps
```

Exit codes: 0 (also when nothing matches: "no results" on standard error); 2 a date option that is not a
date; 3 no database.
"""
EXTRA[
    "show"
] = """Prints one stored document: metadata, the full text and every annotation with its offsets. `ID` may
be a unique prefix of at least 4 characters. `--format json` prints the document JSON (the same shape as
`rasid export`: `id`, `url`, `outlet`, `title`, `author`, `published`, `published_precision`, `language`,
`meta`, `text`, `annotations`).

Exit codes: 0; 3 no database; 4 no such document (the message says how to list ids).
"""
EXTRA[
    "stats"
] = """Summarises the database: documents by language and outlet, annotations per layer, ingest-log outcomes,
the runs by status (`done`, `interrupted`, `failed`, `running`) and the last ingest run with its failed items.

Exit codes: 0; 3 no database.
"""

HEAD = """# Command line reference

`rasid` is a thin layer over the Python API (`rasid.api`): each command parses its options and calls it.
`rasid --help` and `rasid COMMAND --help` print the same information as this page. A test
(`tests/cli/test_cli_docs.py`) fails when a command or option is missing here.

## Common options and environment

| option / variable | meaning |
|---|---|
| `--db FILE` / `RASID_DB` | SQLite database file, or a `postgresql://` URL (default `./rasid.db`, or the `[store] path` setting). |
| `--config FILE` / `RASID_CONFIG` | TOML settings layered over the packaged `defaults.toml` key by key; an unknown key is an error naming it. |
| `-h`, `--help` | Help for the command. |
| `--version` | Print the version (on `rasid` itself). |

## Exit codes

| code | meaning |
|---|---|
| 0 | success |
| 1 | partial: some items failed (each reported on its own line), the rest was done |
| 2 | usage error (bad options or arguments) |
| 3 | nothing could be done (no input found, every item failed, no database, database locked by another process past `store.busy_timeout_ms`, bad settings) |
| 4 | not found (a document or story id that does not exist) |
| 130 | interrupted (Ctrl-C): what was stored stays stored; run the same command again to finish |

## Settings

`rasid/defaults.toml` declares every setting with its default and help. Core sections:

| setting | default | help |
|---|---|---|
"""


def option_rows(cmd: click.Command) -> list[str]:
    rows = []
    for p in cmd.params:
        if isinstance(p, click.Option):
            names = ", ".join(f"`{o}`" for o in p.opts + p.secondary_opts)
            help_ = (p.help or "").replace("|", "\\|").replace("\n", " ")
            if isinstance(p.type, click.Choice):
                help_ += " One of: " + ", ".join(f"`{c}`" for c in p.type.choices) + "."
            if p.envvar:
                help_ += f" Env: `{p.envvar}`."
            rows.append(f"| {names} | {help_} |")
    return rows


def section(path: str, cmd: click.Command, level: int) -> list[str]:
    out = [f"{'#' * level} `rasid {path}`", ""]
    out.append(" ".join((cmd.help or "").strip().split("\n\n")[0].split()))
    out.append("")
    if isinstance(cmd, click.Group):
        for name, sub in sorted(cmd.commands.items()):
            out.extend(section(f"{path} {name}", sub, level + 1))
        return out
    ctx = click.Context(cmd, info_name=f"rasid {path}")
    out += ["```", cmd.get_usage(ctx).replace("Usage: ", ""), "```", ""]
    name = path.split()[0]
    if name in EXTRA and path == name:
        out += [EXTRA[name], ""]
    rows = option_rows(cmd)
    if rows:
        out += ["| option | meaning |", "|---|---|", *rows, ""]
    return out


def main() -> None:
    from rasid.config import declared_settings

    lines = [HEAD.rstrip("\n")]
    for s in declared_settings():
        lines.append(f"| `{s.key}` | `{s.default!r}` | {s.help} |".replace("True", "true"))
    lines += ["", "## Core commands", ""]
    for name in ("ingest", "search", "show", "stats"):
        lines += section(name, cli.commands[name], 3)
    lines += [
        "## Other commands",
        "",
        "Each area documents its commands in more depth in its own guide; options are listed here.",
        "",
    ]
    for name, cmd in sorted(cli.commands.items()):
        if name not in MINE:
            lines += section(name, cmd, 3)
    print("\n".join(lines).rstrip() + "\n")


if __name__ == "__main__":
    main()
