"""The documentation site builds with warnings as errors (broken links, bad docstrings)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pengaduan

ROOT = Path(__file__).resolve().parent.parent


def test_mkdocs_builds_strict(tmp_path: Path) -> None:
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent))
    assert mkdocs is not None, "mkdocs is part of the dev extra"
    result = subprocess.run(  # noqa: S603 - our own docs build
        [mkdocs, "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent)},
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert (tmp_path / "site" / "index.html").exists()
    reference = "\n".join(
        page.read_text(encoding="utf-8")
        for page in (tmp_path / "site" / "reference").rglob("index.html")
    )
    anchors = set(re.findall(r'id="pengaduan\.[\w.]*?\.(\w+)"', reference))
    missing = sorted(set(pengaduan.__all__) - anchors)
    assert not missing, f"exported but not rendered in the reference: {missing}"
