"""No import cycle among the modules of ``src/rasid``.

The graph is read from the source with ``ast`` (nothing is imported). It has an edge A -> B when A imports B:

* ``import a.b.c`` and ``from a.b import c`` also run ``a/__init__`` and ``a/b/__init__``, so they are edges to those
  packages too, except to A's own packages (they are already being imported when A runs; counting them would make
  every package ``__init__`` that imports its own modules a cycle);
* ``importlib.import_module("rasid.x")`` with a literal name counts as an import of ``rasid.x``, so a module
  loaded by name does not hide an edge;
* imports under ``if TYPE_CHECKING:`` are left out: they never run and only name types for annotations.

Imports inside functions (deferred imports) are in the graph too, and checked separately from module-level ones.
A module-level cycle breaks whichever module is imported first; a deferred import does not break at import time,
but a deferred import that closes a cycle is the same tangle, only hidden: it is how ``model`` <-> ``text.normalize``
(``Span``) and ``ner.api`` <-> the taggers (``TaggedSentence``) used to be written. So both tests fail on any cycle,
and name it with the file and line of each import in it. The fix is to move the shared type to a leaf module, or the
code that needs both sides to a module above them (``rasid.extract`` registers the built-in stages, so
``rasid.pipeline`` never imports one).

A module imported through a name held in a variable (``importlib.import_module(name)``) is invisible here: one more
reason the project's own modules are imported with import statements.
"""

from __future__ import annotations

import ast
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO

SRC = REPO / "src"


@dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    file: str  # relative to the source root
    line: int
    deferred: bool  # inside a function: runs when it is called, not when the module is imported

    def where(self) -> str:
        return f"{self.file}:{self.line}"


def package_modules(src: Path, package: str) -> dict[str, tuple[Path, bool]]:
    """Module name -> (file, is a package ``__init__``) for every module of ``package`` under ``src``."""
    modules: dict[str, tuple[Path, bool]] = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        modules[".".join(parts)] = (path, is_package)
    return modules


def _absolute(module: str | None, level: int, importer: str, is_package: bool) -> str:
    if not level:
        return module or ""
    base = importer.split(".") if is_package else importer.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imported_names(node: ast.AST, importer: str, is_package: bool, known: set[str]) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = _absolute(node.module, node.level, importer, is_package)
        # ``from a import b`` imports the module a.b when there is one, else a name defined in a
        return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
    if (
        isinstance(node, ast.Call)
        and ast.unparse(node.func) in {"importlib.import_module", "import_module", "__import__"}
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return [node.args[0].value]
    return []


def import_edges(src: Path, package: str = "rasid") -> list[Edge]:
    """Every import from one module of ``package`` to another (see the module docstring for what counts)."""
    modules = package_modules(src, package)
    known = set(modules)
    edges: list[Edge] = []
    for importer, (path, is_package) in modules.items():
        file = str(path.relative_to(src))
        pending: list[tuple[ast.AST, bool]] = [
            (ast.parse(path.read_text(encoding="utf-8"), filename=file), False)
        ]
        while pending:
            node, deferred = pending.pop()
            for child in ast.iter_child_nodes(node):
                if _is_type_checking(child):
                    continue
                if isinstance(child, ast.stmt | ast.expr):
                    for name in _imported_names(child, importer, is_package, known):
                        parts = name.split(".")
                        for target in (".".join(parts[:i]) for i in range(1, len(parts) + 1)):
                            own_package = importer.startswith(target + ".")
                            if target in known and target != importer and not own_package:
                                edges.append(Edge(importer, target, file, child.lineno, deferred))
                inner = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
                pending.append((child, deferred or inner))
    return edges


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's components with more than one module (iterative: the graph is a few hundred modules deep)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def _one_cycle(component: set[str], edges: list[Edge]) -> list[Edge]:
    """A shortest cycle through the component's first module, as the imports that make it."""
    inside = [e for e in edges if e.importer in component and e.imported in component]
    start = min(component)
    came_by: dict[str, Edge] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for edge in inside:
            if edge.importer != node:
                continue
            if edge.imported == start:
                path = [edge]
                while path[0].importer != start:
                    path.insert(0, came_by[path[0].importer])
                return path
            if edge.imported not in came_by:
                came_by[edge.imported] = edge
                queue.append(edge.imported)
    raise AssertionError(f"no cycle through {start} in {sorted(component)}")


def import_cycles(edges: list[Edge]) -> dict[frozenset[str], list[Edge]]:
    """Each set of modules that import each other, with one cycle of imports through them."""
    graph: dict[str, set[str]] = {}
    for edge in edges:
        graph.setdefault(edge.importer, set()).add(edge.imported)
        graph.setdefault(edge.imported, set())
    return {frozenset(c): _one_cycle(c, edges) for c in _strongly_connected(graph)}


def describe(cycles: dict[frozenset[str], list[Edge]]) -> str:
    lines = []
    for modules, cycle in sorted(cycles.items(), key=lambda item: sorted(item[0])):
        chain = " -> ".join([cycle[0].importer, *(e.imported for e in cycle)])
        imports = ", ".join(f"{e.where()}{' (in a function)' if e.deferred else ''}" for e in cycle)
        lines.append(f"{chain}  [{imports}]; modules in the tangle: {', '.join(sorted(modules))}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def edges() -> list[Edge]:
    return import_edges(SRC)


def test_import_graph_sees_the_core_imports(edges):
    # the graph is only as good as its reading of imports: spot-check edges of each kind it must see
    pairs = {(e.importer, e.imported) for e in edges}
    assert ("rasid.model", "rasid.span") in pairs
    assert ("rasid.model", "rasid.text") in pairs  # the package __init__ runs before text.normalize
    assert ("rasid.ner.api", "rasid.ner.tagger") in pairs
    assert len({e.importer for e in edges}) > 50


def test_no_import_cycle_at_module_level(edges):
    cycles = import_cycles([e for e in edges if not e.deferred])
    assert not cycles, "import cycles among module-level imports:\n" + describe(cycles)


def test_no_import_cycle_through_deferred_imports(edges):
    cycles = import_cycles(edges)
    assert not cycles, (
        "import cycles (a deferred import inside a function still closes the cycle; move the shared type or "
        "function to a leaf module):\n" + describe(cycles)
    )


def test_cycles_are_found_and_named(tmp_path):
    # a package written here: a <-> b through a deferred import, b -> c at module level, c a leaf
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def load():\n    from pkg.b import thing\n    return thing\n")
    (package / "b.py").write_text("from pkg import a\nfrom . import c\nthing = 1\n")
    (package / "c.py").write_text("import importlib\nX = 1\n")
    edges = import_edges(tmp_path, "pkg")
    assert not import_cycles([e for e in edges if not e.deferred])
    cycles = import_cycles(edges)
    assert list(cycles) == [frozenset({"pkg.a", "pkg.b"})]
    text = describe(cycles)
    assert "pkg.a -> pkg.b -> pkg.a" in text and "a.py:2 (in a function)" in text and "b.py:1" in text
    # a module loaded by a literal name is an import like any other
    (package / "c.py").write_text("import importlib\nX = importlib.import_module('pkg.b')\n")
    assert frozenset({"pkg.a", "pkg.b", "pkg.c"}) in import_cycles(import_edges(tmp_path, "pkg"))
