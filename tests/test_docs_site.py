"""The documentation site: it works offline, and docstrings render as cross-references."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = ROOT / "mkdocs.yml"


def _extra_javascript() -> list[str]:
    lines = MKDOCS.read_text(encoding="utf-8").splitlines()
    start = lines.index("extra_javascript:")
    scripts = []
    for line in lines[start + 1 :]:
        item = re.match(r"\s+-\s+(.*\S)", line)
        if item is None:
            break
        scripts.append(item.group(1).removeprefix("path: ").strip("'\""))
    return scripts


def test_no_script_comes_from_the_network() -> None:
    config = MKDOCS.read_text(encoding="utf-8")
    assert not re.findall(r"https?://\S+\.m?js\b", config)
    assert not re.findall(r"unpkg|jsdelivr|cdnjs|googleapis", config)
    assert all(not re.match(r"(https?:)?//", script) for script in _extra_javascript())


def test_mermaid_is_served_from_the_site_with_its_licence() -> None:
    assert "javascripts/mermaid.min.js" in _extra_javascript()
    script = ROOT / "docs" / "javascripts" / "mermaid.min.js"
    assert script.stat().st_size > 1_000_000  # the real bundle, not a stub
    licence = (ROOT / "docs" / "javascripts" / "mermaid.LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence
    # The theme loads mermaid from a CDN only when no global ``mermaid`` exists: the bundle
    # must define that global.
    assert 'globalThis["mermaid"] =' in script.read_text(encoding="utf-8")


ROLE = re.compile(r":(?:py:)?(?:class|meth|func|attr|data|exc|mod|obj|const):`")


def _docstrings(path: Path) -> list[tuple[int, str]]:
    return [
        (node.lineno, node.value.value)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]


def test_docstrings_use_mkdocstrings_cross_references_not_sphinx_roles() -> None:
    raw = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "src" / "pengaduan").rglob("*.py"))
        for line, text in _docstrings(path)
        if ROLE.search(text)
    ]
    assert not raw, f"Sphinx roles render raw in the API reference: {raw}"
