"""Patterns built from a person's data, compiled so that nothing outside their owner keeps them.

`re.compile` keeps every pattern it compiles in the `re` module's own cache (the last few hundred),
where a pattern built from a reporter's name, e-mail or address would stay in the process's
memory long after the view or the redaction that needed it. `compile_transient` compiles the same
pattern through the compiler `re.compile` itself calls, without that cache: the pattern lives as
long as whoever holds it.
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["compile_transient", "uncached"]


def _compiler() -> Callable[[str, int], re.Pattern[str]] | None:
    # ``re._compiler.compile`` is what ``re.compile`` calls on a cache miss (Python 3.11 and
    # later); it has no public name, so where it is missing ``re.compile`` is used instead.
    try:
        module = importlib.import_module("re._compiler")
    except ImportError:  # pragma: no cover - every supported Python has it
        return None
    found = getattr(module, "compile", None)
    return cast("Callable[[str, int], re.Pattern[str]]", found) if callable(found) else None


_COMPILE = _compiler()

#: Whether patterns compiled here stay out of the ``re`` module's cache on this Python.
uncached = _COMPILE is not None


def compile_transient(pattern: str, flags: re.RegexFlag | int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept out of the ``re`` module's cache (see the module).

    Raises:
        re.error: ``pattern`` does not compile (the callers build it from escaped text).
    """
    if _COMPILE is None:  # pragma: no cover - every supported Python has the compiler
        return re.compile(pattern, flags)
    return _COMPILE(pattern, int(flags))
