"""No module of the package binds one top-level name twice.

A second ``_PATTERN = ...`` (or ``def``) further down a long module silently replaces the first
for every function that reads it, also those written above it for the first one; neither ruff nor
mypy reports a constant bound twice. Read statically (``ast``) from ``src/pengaduan``.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "pengaduan"
MODULES = sorted(SRC.rglob("*.py"))


def top_level_names(tree: ast.Module) -> Counter[str]:
    """How often each name is bound at a module's top level (assignments, functions, classes)."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


def test_the_package_has_modules_to_read() -> None:
    assert len(MODULES) > 50


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(SRC)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_a_name_bound_twice_is_seen() -> None:
    tree = ast.parse("_WORD = 1\ndef f() -> int:\n    return _WORD\n_WORD = 2\n")
    assert top_level_names(tree)["_WORD"] == 2
