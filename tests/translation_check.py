"""Every typed error a test provokes must read wholly in Indonesian.

An error whose free-form parts (a ``rule``, a ``reason``, a ``detail``, a configuration
problem) are missing from the catalogs is shown in English as a whole; the hostile-input harness
calls [`assert_translated`][] on every error it catches so that such a part fails the suite.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pengaduan._i18n import using

if TYPE_CHECKING:
    from pengaduan.errors import PengaduanError

SOURCE = Path(__file__).resolve().parent.parent / "src" / "pengaduan"


def raised_in(error: BaseException) -> str | None:
    """The part of the package where ``error`` was raised (its innermost frame there)."""
    area = None
    trace = error.__traceback__
    while trace is not None:
        path = Path(trace.tb_frame.f_code.co_filename)
        if path.is_relative_to(SOURCE):
            area = path.relative_to(SOURCE).parts[0]
        trace = trace.tb_next
    return area


def untranslated_parts(error: PengaduanError) -> list[str]:
    """The English parts of ``error`` the Indonesian catalog lacks (empty: all translated)."""
    with using("id"):
        _text, language = error._message()
    if language == "id":
        return []
    from pengaduan import errors  # noqa: PLC0415

    missing: list[str] = []
    token = errors._MISSING.set(missing)
    try:
        with using("id"):
            error._render()
    finally:
        errors._MISSING.reset(token)
    return missing


def assert_translated(error: PengaduanError) -> None:
    """Fail when ``error``, raised in the package, cannot be read wholly in Indonesian."""
    area = raised_in(error)
    if area is None:
        return  # raised by a test's own code
    missing = untranslated_parts(error)
    assert not missing, (
        f"{type(error).__name__} raised in {area} has parts missing from the "
        f"catalogs (mark them with N_() or Phrase(N_(...)) and run `make messages`): {missing}"
    )
