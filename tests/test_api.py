"""The curated public API: sorted, resolvable, documented, cheap to import."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

import pengaduan
from pengaduan import errors

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs/reference").glob("*.md"))
DOCUMENTED_MODULES = set(re.findall(r"^::: ([\w.]+)", REFERENCE, re.MULTILINE))


def test_all_is_sorted_and_unique() -> None:
    assert list(pengaduan.__all__) == sorted(set(pengaduan.__all__))


@pytest.mark.parametrize("name", pengaduan.__all__)
def test_every_exported_name_resolves_and_is_documented(name: str) -> None:
    obj = getattr(pengaduan, name)
    assert inspect.getdoc(obj), f"{name} has no docstring"
    homes = [m for m in DOCUMENTED_MODULES if name in getattr(import_module(m), "__all__", ())]
    assert homes, f"{name} is not exported by any module rendered in docs/reference"


def test_dir_lists_lazy_names() -> None:
    assert "WorkingCalendar" in dir(pengaduan)
    with pytest.raises(AttributeError):
        pengaduan.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018


def test_import_has_no_heavy_side_effects() -> None:
    heavy = ("holidays", "phonenumbers", "pendulum", "numpy", "cryptography")
    code = f"import sys, pengaduan; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_every_error_is_exported() -> None:
    assert set(errors.__all__) <= set(pengaduan.__all__)
    for name in errors.__all__:
        error = getattr(errors, name)
        assert issubclass(error, errors.PengaduanError)
        assert error is errors.PengaduanError or len(error.__mro__) > 3, (
            f"{name} should also subclass a built-in exception"
        )
