"""SQL lives in ``rasid/store/`` only: every other module reaches the database through store methods.

The scan reads each module's syntax tree (not its text), so comments and docstrings may talk about
SQL freely. It flags, naming ``file:line``:

* a call of ``.execute``, ``.executemany`` or ``.executescript`` (a cursor or connection at work);
* a string literal (f-strings and ``"a" "b"``/``"a" + "b"`` joins included) that reads as a SQL
  statement: ``SELECT … FROM``, ``INSERT INTO t (…)``, ``UPDATE t SET c =``, ``DELETE FROM t``,
  ``PRAGMA``, ``CREATE TABLE``, ``sqlite_master``;
* an import of a database driver (``sqlite3``, ``psycopg``);
* a reach into a store's private connection (``._conn``).

The patterns want SQL's shape (keywords in capitals, or the column and table structure around
lower-case ones), so English such as "select the documents from a list" passes.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "rasid"
STORE = SRC / "store"

EXECUTE_CALLS = frozenset({"execute", "executemany", "executescript"})
DRIVERS = frozenset({"sqlite3", "psycopg", "psycopg2", "apsw"})

_NAME = r'"?[A-Za-z_][\w.]*"?'
_COLUMN = r"(?:\*|[\w.\"]+(?:\([^()]*\))?)"
SQL_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # capitals are SQL's own spelling: prose does not shout SELECT … FROM
    ("SELECT … FROM", re.compile(r"\bSELECT\b[\s\S]*?\bFROM\b")),
    ("select … from", re.compile(rf"(?i)\bselect\s+(?:distinct\s+)?{_COLUMN}(?:\s*,\s*{_COLUMN})+\s+from\s")),
    ("select … from", re.compile(rf"(?i)\bselect\s+{_COLUMN}\s+from\s+{_NAME}\s+(?:where|order|group|limit)\b")),
    ("INSERT INTO", re.compile(r"\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\b")),
    ("insert into", re.compile(rf"(?i)\binsert\s+(?:or\s+\w+\s+)?into\s+{_NAME}\s*(?:\(|values\b|select\b)")),
    ("UPDATE … SET", re.compile(rf"\bUPDATE\s+{_NAME}\s+SET\b")),
    ("update … set", re.compile(rf"(?i)\bupdate\s+{_NAME}\s+set\s+{_NAME}\s*=")),
    ("DELETE FROM", re.compile(r"\bDELETE\s+FROM\b")),
    ("delete from", re.compile(rf"(?i)\bdelete\s+from\s+{_NAME}\s+where\b")),
    ("PRAGMA", re.compile(r"\bPRAGMA\s+\w+|(?i:^\s*pragma\s+\w+)")),
    ("CREATE TABLE", re.compile(r"(?i)\bcreate\s+(?:virtual\s+|temp\s+)?(?:table|index|view|trigger)\s+(?:if\s+not\s+exists\s+)?\w")),
    ("sqlite_master", re.compile(r"\bsqlite_(?:master|schema)\b")),
)  # fmt: skip


def sql_kind(text: str) -> str | None:
    """Which SQL shape ``text`` has, or None for anything else (prose, paths, patterns)."""
    for name, pattern in SQL_PATTERNS:
        if pattern.search(text):
            return name
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings (they may describe SQL; they do not run it)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _literal_text(node: ast.AST) -> str | None:
    """The text of a string literal, an f-string (each ``{…}`` read as a name) or a ``+`` of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [v.value if isinstance(v, ast.Constant) else "x" for v in node.values]
        return "".join(str(p) for p in parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        if left is not None or right is not None:
            return (left or "x") + (right or "x")
    return None


def sql_findings(source: str) -> Iterator[tuple[int, str]]:
    """``(line, what)`` for every place in ``source`` that speaks to a database."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    inside: set[int] = set()  # literals already read as part of a bigger one (f-string parts, + operands)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in DRIVERS:
                    yield node.lineno, f"imports {alias.name}"
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in DRIVERS:
            yield node.lineno, f"imports from {node.module}"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in EXECUTE_CALLS:
                yield node.lineno, f"calls .{node.func.attr}()"
        elif isinstance(node, ast.Attribute) and node.attr == "_conn":
            yield node.lineno, "reaches a store's private connection (._conn)"
        if isinstance(node, ast.JoinedStr | ast.BinOp | ast.Constant) and id(node) not in inside:
            if id(node) in docstrings:
                continue
            text = _literal_text(node)
            if text is None:
                continue
            inside.update(id(child) for child in ast.walk(node))
            kind = sql_kind(text)
            if kind is not None:
                yield node.lineno, f"SQL in a string ({kind}): {' '.join(text.split())[:70]!r}"


def _modules_outside_store() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if STORE not in p.parents)


def test_no_sql_outside_the_store() -> None:
    found = [
        f"{path.relative_to(SRC.parent)}:{line}: {what}"
        for path in _modules_outside_store()
        for line, what in sorted(sql_findings(path.read_text(encoding="utf-8")))
    ]
    assert not found, "SQL outside rasid/store (make it a store method):\n" + "\n".join(found)


def test_the_scan_covers_the_package() -> None:
    modules = _modules_outside_store()
    assert any(p.name == "run.py" and p.parent.name == "trace" for p in modules)
    assert not any(STORE in p.parents for p in modules)
    # the store itself is full of SQL: the scan would see it there
    assert any(True for _ in sql_findings((STORE / "tracing.py").read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "source",
    [
        'conn.execute("SELECT 1")',
        "cursor.executemany(sql, rows)",
        "db.executescript(script)",
        'query = "SELECT id, title FROM documents WHERE seq > ?"',
        'query = f"SELECT {columns} FROM {table} WHERE id = ?"',
        'query = "SELECT count(*) " + "FROM relations"',
        'query = ("INSERT OR REPLACE INTO doc_vectors "\n "VALUES (?, ?)")',
        'q = "insert into stories(id, title) values (?, ?)"',
        'q = "select a, b from relations"',
        'q = "select kind from relations where a = ?"',
        'q = "UPDATE trace_state SET value = ?"',
        'q = "update stories set size = 3"',
        'q = "DELETE FROM story_edges"',
        'q = "delete from story_members where doc_id = ?"',
        'q = "PRAGMA cache_size = -65536"',
        'q = "  pragma journal_mode"',
        'q = "CREATE TABLE IF NOT EXISTS t (a TEXT)"',
        'q = "SELECT name FROM sqlite_master"',
        "import sqlite3",
        "from psycopg import sql",
        "rows = store._conn.cursor()",
    ],
)
def test_the_scan_flags_sql(source: str) -> None:
    assert list(sql_findings(source)), source


@pytest.mark.parametrize(
    "source",
    [
        'help = "Select the documents from a list of outlets, then press Enter."',
        'note = "select one from the menu"',
        'hint = "Insert into the story only the documents that share an event."',
        'msg = "update the set of stories before merging"',
        'msg = "Delete from the corpus the pages that failed, then run it again."',
        'msg = "set the PRAGMA-free mode"',
        'title = "Selected from the archive: a year of reports"',
        'label = "Update settings"',
        'pattern = r"\\bselect\\b"',
        'def f():\n    """Runs ``SELECT id FROM documents`` through the store; prose may name SQL."""\n',
        "# SELECT id FROM documents (a comment)\nx = 1",
        "store.execute_plan = None",
        "result = runner.run(job)",
    ],
)
def test_the_scan_lets_prose_and_code_pass(source: str) -> None:
    assert list(sql_findings(source)) == [], source
