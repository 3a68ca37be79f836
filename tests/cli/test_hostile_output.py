"""What `rasid` prints is safe: names and titles from the input cannot forge lines or drive the terminal.

Regression tests for issue 12 (defects 7 and 9). The commands run with colour on, as on a
terminal: click strips ANSI sequences from output that is not a terminal, which would hide
the escape codes these tests look for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasid import api
from rasid.cli.main import main
from rasid.text.display import json_terminal_safe, terminal_safe

ESCAPE = "\x1b[31m"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: reverses the rest of the line
#: What must never reach the terminal raw: C0 (bar newline and tab), DEL, C1, bidi overrides.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ARABIC_TITLE = "وصول قافلة روسية إلى باماكو"


def run(*args: str) -> tuple[int, str, str]:
    """The CLI through its entry point, with colour on (ANSI kept, as on a terminal)."""
    runner = CliRunner()
    code = 0
    with runner.isolation(color=True) as (out, err, _):
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def _strict_json(text: str) -> object:
    def refuse(constant: str) -> object:
        raise ValueError(f"non-standard JSON constant {constant}")

    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    # an empty file whose name holds a newline, a forged report line and an escape code
    (folder / f"evil\nfailed: forged.txt: fake{ESCAPE}.txt").write_bytes(b"")
    (folder / "title.txt").write_text(
        f"{ARABIC_TITLE} {ESCAPE}red{RLO}txt.exe\n\n"
        "A Russian convoy reached Bamako on Monday, witnesses said, and unloaded armoured vehicles.\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ingest_prints_one_escaped_line_per_failure(db: str, hostile_folder: Path, jobs: str) -> None:
    code, out, err = run("ingest", str(hostile_folder), "--db", db, "--no-analyze", "-j", jobs)
    assert code == 1, err
    lines = out.splitlines()
    assert lines[0] == "stored 1, duplicate 0, failed 1"
    assert [line for line in lines if line.startswith("failed:")] == lines[1:] and len(lines) == 2
    assert "evil\\nfailed: forged.txt: fake\\x1b[31m.txt" in lines[1]
    assert not RAW_CONTROL.search(out + err)


def test_show_and_search_escape_titles_and_keep_arabic(db: str, hostile_folder: Path) -> None:
    api.ingest([str(hostile_folder / "title.txt")], db=db, analyze=False)
    [hit] = api.search("Bamako", db=db)
    assert ESCAPE in (hit.title or "")  # stored as written: only the output is escaped
    outputs = [
        run("search", "Bamako", "--db", db),
        run("search", "Bamako", "--db", db, "--format", "json"),
        run("show", hit.id, "--db", db),
        run("show", hit.id, "--db", db, "--format", "json"),
    ]
    for code, out, err in outputs:
        assert code == 0, err
        assert not RAW_CONTROL.search(out + err), out
        assert ARABIC_TITLE in out
    assert "\\x1b[31mred\\u202etxt.exe" in outputs[0][1] and "\\x1b[31mred\\u202etxt.exe" in outputs[2][1]
    shown = json.loads(outputs[3][1])  # escaped JSON is still the same data
    assert shown["title"] == hit.title


def test_nan_and_infinity_never_reach_exports(tmp_path: Path, db: str) -> None:
    source = tmp_path / "nan.jsonl"
    source.write_text(
        '{"text": "A convoy reached Bamako on Monday, officials said.", "score": NaN, "w": [Infinity]}\n'
        '{"text": "Troops left Gao on Tuesday, witnesses said.", "big": -1e999}\n',
        encoding="utf-8",
    )
    code, _, err = run("ingest", str(source), "--db", db, "--no-analyze")
    assert code == 0, err
    exported = tmp_path / "export.jsonl"
    code, _, err = run("export", "--db", db, "--format", "jsonl", "-o", str(exported))
    assert code == 0, err
    documents = [_strict_json(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert len(documents) == 2
    for document in documents:
        code, shown, err = run("show", document["id"], "--db", db, "--format", "json")  # type: ignore[index]
        assert code == 0, err
        assert _strict_json(shown)["meta"]["repaired"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain name.txt", "plain name.txt"),
        ("a\nb\tc\rd", "a\\nb\\tc\\rd"),
        (f"x{ESCAPE}y\x07\x7f\x9b", "x\\x1b[31my\\x07\\x7f\\x9b"),
        (f"{ARABIC_TITLE}\u200f", f"{ARABIC_TITLE}\u200f"),  # Arabic and the RLM mark stay readable
        (f"a{RLO}b\u2066c\u2069", "a\\u202eb\\u2066c\\u2069"),
        ("lone \ud800", "lone \\ud800"),
    ],
)
def test_terminal_safe(raw: str, expected: str) -> None:
    assert terminal_safe(raw) == expected


def test_terminal_safe_keeps_the_lines_of_article_text() -> None:
    assert terminal_safe(f"one\n\ttwo{ESCAPE}\r", multiline=True) == "one\n\ttwo\\x1b[31m\\r"


def test_json_terminal_safe_is_the_same_json() -> None:
    value = {"title": f"a{ESCAPE}\x9b{RLO}\u2028b", "text": ARABIC_TITLE}
    text = json_terminal_safe(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value and not RAW_CONTROL.search(text) and ARABIC_TITLE in text


def test_analyze_pretty_and_its_errors_show_controls_as_visible_stand_ins(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        f"Convoy {ESCAPE}red{RLO}\n\nA Russian convoy reached Bamako on Monday\x1b[2J, witnesses said.\n",
        encoding="utf-8",
    )
    empty = tmp_path / f"empty{ESCAPE}\n.txt"
    empty.write_bytes(b"")
    code, out, err = run("analyze", str(article), str(empty), "--format", "pretty", "--no-kb")
    assert code == 1, err
    assert not RAW_CONTROL.search(out + err)
    assert "␛[2J" in out and "Bamako" in out  # same length: the highlighted spans still fit the text
    assert len(err.splitlines()) == 1 and "empty\\x1b[31m\\n.txt" in err
