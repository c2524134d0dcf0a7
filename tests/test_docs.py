"""Every Python code block in the README and the docs runs, and prints what the page says.

Blocks of one page run in order in one namespace, the way a reader follows a page. A block whose
fence is ```` ```python ```` runs; other languages (toml, console, mermaid) are shown only.

The output a page shows is asserted: the comment lines right after a ``print(...)`` are what it
prints. Whitespace and line wrapping do not count, and ``...`` stands for any text (as doctest's
ELLIPSIS); a ``print`` without such lines may print anything (a comment on the ``print`` line
itself is a remark for the reader, not checked).
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FENCE = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_ANYTHING = None


def python_blocks(page: Path) -> list[str]:
    return FENCE.findall(page.read_text(encoding="utf-8"))


def shown_output(block: str) -> list[str | None]:
    """What each ``print`` of ``block`` shows, in order (``None``: not shown)."""
    lines = block.splitlines()
    shown: list[str | None] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip().startswith("print("):
            index += 1
            continue
        depth = 0
        while True:  # to the line that closes the call
            depth += lines[index].count("(") - lines[index].count(")")
            if depth <= 0 or index + 1 >= len(lines):
                break
            index += 1
        index += 1
        group = []
        while index < len(lines) and lines[index].strip().startswith("#"):
            group.append(lines[index].strip()[1:])
            index += 1
        shown.append(" ".join(" ".join(group).split()) if group else _ANYTHING)
    return shown


def _pattern(shown: list[str | None]) -> re.Pattern[str]:
    parts = []
    for text in shown:
        if text is None:
            parts.append(".*?")
            continue
        words = " ".join(text.split())
        parts.append(".*?".join(re.escape(piece) for piece in words.split("...")))
    return re.compile(r"\s*".join(parts), re.DOTALL)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_page_code_blocks_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for number, block in enumerate(python_blocks(page), start=1):
        name = f"{page.relative_to(ROOT)}#block{number}"
        code = compile(block, name, "exec")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(code, namespace)  # noqa: S102 - running the documentation is the point
        shown = shown_output(block)
        if any(text is not None for text in shown):
            actual = " ".join(printed.getvalue().split())
            assert _pattern(shown).fullmatch(actual), f"{name} printed:\n{printed.getvalue()}"


def test_docs_have_code() -> None:
    assert any(python_blocks(page) for page in PAGES)


@pytest.mark.parametrize(
    ("block", "shown"),
    [
        pytest.param("print(1)\n# 1\n", ["1"], id="comment-after"),
        pytest.param("print(1)  # a remark\n", [None], id="inline-remark"),
        pytest.param("print(\n    1,\n)\n# 1\n#  2\n", ["1 2"], id="multi-line"),
        pytest.param("print(1)\nx = 2\n# not output\n", [None], id="not-shown"),
    ],
)
def test_shown_output_reads_the_comments_after_a_print(block: str, shown: list[str | None]) -> None:
    assert shown_output(block) == shown


def test_a_stale_example_output_fails() -> None:
    pattern = _pattern(shown_output("print('a')\n# only after an unanswered complaint\n"))
    assert not pattern.fullmatch("hanya setelah tenggat terlewat")
    assert _pattern(["skor ... kata: ..."]).fullmatch("skor 2 kata: rusak, jalan")
