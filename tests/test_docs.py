"""Every Python code block in the README and the docs runs.

Blocks of one page run in order in one namespace, the way a reader follows a page. A block whose
fence is ```` ```python ```` runs; other languages (toml, console, mermaid) are shown only.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FENCE = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def python_blocks(page: Path) -> list[str]:
    return FENCE.findall(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_code_blocks_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for number, block in enumerate(python_blocks(page), start=1):
        code = compile(block, f"{page.relative_to(ROOT)}#block{number}", "exec")
        exec(code, namespace)  # noqa: S102 - running the documentation is the point


def test_docs_have_code() -> None:
    assert any(python_blocks(page) for page in PAGES)
