"""The package imports one way: no import cycle between its modules, no part importing a part above.

The import graph is read statically (``ast``) from ``src/pengaduan``: every ``import`` and
``from ... import`` of a ``pengaduan`` module, absolute or relative, at module level or inside a
function. Importing ``pengaduan.a.b`` also runs the package ``pengaduan.a``, so that package is an
edge too (unless the importer lives inside it).

* Cycles are looked for among the imports that run: module level and inside functions. Imports
  under ``if TYPE_CHECKING:`` never run, so they cannot form a cycle and are left out of it.
* The layer order (the table in ``docs/explanation/architecture.md``) applies to every import,
  ``TYPE_CHECKING`` ones included: a type named in a signature is a dependency all the same.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "pengaduan"
ARCHITECTURE = ROOT / "docs" / "explanation" / "architecture.md"

LAYERS: dict[str, int] = {
    "errors": 0,
    "_core": 1,
    "model": 2,
    "calendar": 3,
    "integrity": 3,
    "routing": 3,
    "workflow": 3,
    "intake": 4,
    "redaction": 4,
    "sla": 4,
    "compliance": 5,
    "messages": 5,
    "privacy": 5,
    "audit": 6,
    "demo": 7,
    "store": 7,
    "testing": 7,
    "pengaduan": 8,
    "cli": 9,
}
"""Part -> layer. A module may import its own part and any part on a lower layer, nothing else."""

PARTS: dict[str, str] = {
    "errors": "errors",
    "_i18n": "errors",
    "language": "errors",
    "_core": "_core",
    "model": "model",
    "history": "model",
    "identity": "model",
    "serialization": "model",
    "__main__": "cli",
    # old paths kept with a DeprecationWarning: thin facades over the moved modules
    "fields": "pengaduan",
    "guards": "pengaduan",
    "humanize": "pengaduan",
    "profiles": "pengaduan",
    "sop": "pengaduan",
    "tracking": "pengaduan",
}
"""Top-level modules that are not a part of their own name -> the part they belong to."""


Edge = tuple[str, str, bool]  # importer, imported, runs (False: under TYPE_CHECKING)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.relative_to(SRC).parts[:2]:
            continue  # Alembic's scripts, run by Alembic and never imported by the package
        found[_module_name(path)] = path
    return found


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in node.body:
                hidden.update(id(inner) for inner in ast.walk(statement))
    return hidden


def _ancestors(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:i]) for i in range(2, len(parts))]


def _targets(
    node: ast.Import | ast.ImportFrom, module: str, path: Path, known: set[str]
) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        origin = ".".join([*base, *([node.module] if node.module else [])])
    else:
        origin = node.module or ""
    submodules = [f"{origin}.{alias.name}" for alias in node.names]
    return [name for name in submodules if name in known] or [origin]


def import_edges() -> list[Edge]:
    modules = _modules()
    known = set(modules)
    edges: list[Edge] = []
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hidden = _type_checking_nodes(tree)
        own = {*_ancestors(module), module}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(node, module, path, known):
                if target != "pengaduan" and not target.startswith("pengaduan."):
                    continue
                runs = id(node) not in hidden
                implicit = [name for name in _ancestors(target) if name not in own]
                edges.extend(
                    (module, name, runs)
                    for name in [*implicit, target]
                    if name in known and name != module
                )
    return edges


def part_of(module: str) -> str:
    """The part a module belongs to: its top-level package or module below ``pengaduan``."""
    if module == "pengaduan":
        return "pengaduan"
    top = module.split(".")[1]
    return PARTS.get(top, top)


def import_cycles(edges: list[Edge]) -> list[frozenset[str]]:
    """The groups of modules that import each other, through the imports that run (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for importer, imported, runs in edges:
        if runs:
            graph.setdefault(importer, set()).add(imported)
            graph.setdefault(imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph[node]:
                found.append(frozenset(group))

    for start in sorted(graph):
        if start not in index:
            visit(start)
    return found


def layer_violations(edges: list[Edge]) -> list[str]:
    found = []
    for importer, imported, runs in sorted(set(edges)):
        mine, theirs = part_of(importer), part_of(imported)
        if mine != theirs and LAYERS[theirs] >= LAYERS[mine]:
            kind = "" if runs else " (TYPE_CHECKING)"
            found.append(
                f"{importer} ({mine}, layer {LAYERS[mine]}) imports {imported}{kind} "
                f"({theirs}, layer {LAYERS[theirs]})"
            )
    return found


# -- the package ------------------------------------------------------------------------------


def test_the_graph_is_read() -> None:
    edges = import_edges()
    assert ("pengaduan.sla._policy", "pengaduan.calendar", True) in edges
    assert ("pengaduan.sla._engine", "pengaduan.calendar._index", True) in edges
    assert ("pengaduan.calendar._config", "pengaduan.calendar._calendar", False) in edges
    assert ("pengaduan.sla._policy", "pengaduan.sla._profiles", True) in edges  # from . import


def test_every_part_has_a_layer() -> None:
    unknown = sorted({part_of(m) for m in _modules()} - set(LAYERS))
    assert not unknown, f"add these parts to LAYERS and docs/explanation/architecture.md: {unknown}"


def test_no_import_cycle() -> None:
    cycles = set(import_cycles(import_edges()))
    found = [" <-> ".join(sorted(group)) for group in cycles]
    assert not found, "import cycles:\n" + "\n".join(found)


def test_imports_follow_the_layers() -> None:
    violations = layer_violations(import_edges())
    assert not violations, "\n".join(violations)


def test_the_table_is_the_documented_one() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    rows = re.findall(r"^\|\s*(\d+)\s*\|([^|]+)\|", text, re.MULTILINE)
    documented = {
        part.strip(" `"): int(layer)
        for layer, cell in rows
        for part in cell.split(",")
        if part.strip()
    }
    assert documented == LAYERS


# -- the checker itself -----------------------------------------------------------------------


def test_a_cycle_is_found() -> None:
    edges = [("p.a", "p.b", True), ("p.b", "p.c", True), ("p.c", "p.a", True), ("p.c", "p.d", True)]
    assert import_cycles(edges) == [frozenset({"p.a", "p.b", "p.c"})]


def test_a_type_checking_import_closes_no_cycle() -> None:
    assert import_cycles([("p.a", "p.b", True), ("p.b", "p.a", False)]) == []


def test_a_module_importing_its_own_package_is_a_cycle() -> None:
    # pengaduan/x/__init__.py imports pengaduan.x._impl, which imports a name from pengaduan.x
    edges = [("pengaduan.x", "pengaduan.x._impl", True), ("pengaduan.x._impl", "pengaduan.x", True)]
    assert import_cycles(edges) == [frozenset({"pengaduan.x", "pengaduan.x._impl"})]


@pytest.mark.parametrize(
    ("importer", "imported", "allowed"),
    [
        pytest.param("pengaduan.sla._policy", "pengaduan.calendar", True, id="down"),
        pytest.param("pengaduan.calendar._calendar", "pengaduan.sla", False, id="up"),
        pytest.param("pengaduan.calendar._calendar", "pengaduan.workflow", False, id="sideways"),
        pytest.param("pengaduan.calendar._config", "pengaduan.calendar._layers", True, id="own"),
        pytest.param("pengaduan.workflow._workflow", "pengaduan.history", True, id="model part"),
    ],
)
def test_the_layer_rule(importer: str, imported: str, allowed: bool) -> None:
    assert (not layer_violations([(importer, imported, False)])) is allowed
