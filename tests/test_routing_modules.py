"""Routing's modules import one way: no cycles, and the documented import paths keep working."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import pengaduan.routing

PACKAGE = Path(pengaduan.routing.__file__).parent


def _runtime_imports(path: Path) -> set[str]:
    """The pengaduan.routing modules ``path`` imports when it runs (not for type checking)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.ImportFrom) and child.module:
                if child.module.startswith("pengaduan.routing"):
                    found.add(child.module)
            elif isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("pengaduan.routing"))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def test_routing_modules_have_no_import_cycle() -> None:
    graph = {_module(p): _runtime_imports(p) for p in PACKAGE.rglob("*.py")}
    # A package's __init__ gathers its modules; a module importing its own package's __init__
    # would close a cycle through it, so packages stay in the graph as ordinary nodes.
    state: dict[str, str] = {}

    def walk(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for target in sorted(graph.get(name, ())):
            if state.get(target) == "open":
                pytest.fail(f"import cycle: {' -> '.join([*trail, name, target])}")
            if target not in state:
                walk(target, [*trail, name])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            walk(name, [])


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("pengaduan.routing.rules", ["RuleSet", "Rule", "has_any", "parse_term", "MatchMode"]),
        ("pengaduan.routing.engine", ["Router", "RoutingDecision", "what_if", "Evaluation"]),
    ],
)
def test_the_documented_module_paths_still_export(module: str, names: list[str]) -> None:
    imported = importlib.import_module(module)
    for name in names:
        assert getattr(imported, name) is getattr(pengaduan.routing, name)
        assert name in imported.__all__
