"""The pyahocorasick backend of the keyword index (the ``fast`` extra).

When ``pyahocorasick`` is installed, a ``KeywordIndex`` (``routing._matcher``) also builds one
Aho-Corasick automaton over its normalised keyword forms (each form's words joined by single
spaces), as the library's documentation sets one up: ``add_word`` for every form, then
``make_automaton``. Each form is added with a space on both sides, and a text's tokens are
joined by single spaces with a space added at both ends: a match is then always a whole-word
occurrence (the boundary check is part of the pattern), and since the automaton reports
overlapping matches, adjacent occurrences sharing a space are all found. The value stored for
each form is its precomputed (term, form) pairs, so the matches are turned into hits by
``dict``, ``map`` and ``itertools.chain`` in C, with no Python code per match.

``ahocorasick`` is imported here only, when an index is built: ``import pengaduan`` never
imports it. ``PENGADUAN_PURE_PYTHON=1`` in the environment keeps the pure-Python index.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["PURE_SWITCH", "build_automaton", "pure_python_forced"]

PURE_SWITCH = "PENGADUAN_PURE_PYTHON"
"""Environment variable: ``1`` makes keyword indexes built from then on use the pure-Python path
even when pyahocorasick is installed."""


def pure_python_forced() -> bool:
    """Whether the environment asks for the pure-Python keyword index."""
    return os.environ.get(PURE_SWITCH, "0") == "1"


def build_automaton(forms: Iterable[tuple[str, tuple[tuple[str, str], ...]]]) -> Any | None:
    """An automaton of ``forms`` (joined form -> its (term, form) pairs), or None.

    None when ``PENGADUAN_PURE_PYTHON=1`` or ``ahocorasick`` does not import; the caller then
    keeps the pure-Python path.
    """
    if pure_python_forced():
        return None
    try:
        import ahocorasick  # noqa: PLC0415 - optional: imported when an index is built
    except ImportError:
        return None
    automaton = ahocorasick.Automaton()
    added = False
    for joined, pairs in forms:
        automaton.add_word(f" {joined} ", pairs)
        added = True
    if not added:
        return None
    automaton.make_automaton()
    return automaton
