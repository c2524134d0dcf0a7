"""Findings made without the keyword call, for the detectors' loops.

[`Finding`][pengaduan.redaction.Finding] is a frozen, slotted attrs class: its ``__init__``
takes keyword arguments and sets each field through ``object.__setattr__``, which costs more
than the rest of what a detector does for a name it has already judged. `new_finding` makes
the same value from positional arguments by writing the four slots directly. The class has no
validator, converter or default to run, so the value is equal to the one the constructor makes
(``tests/test_redaction_name_fast_paths.py`` checks it), and it stays frozen: only these slot
writers bypass ``__setattr__``.
"""

from __future__ import annotations

from typing import Any

from pengaduan.redaction._detect_base import Finding

__all__ = ["new_finding"]

_NEW = object.__new__
_SLOTS: dict[str, Any] = Finding.__dict__  # type: ignore[assignment]  # the class's mapping
_SET_KIND = _SLOTS["kind"].__set__
_SET_START = _SLOTS["start"].__set__
_SET_END = _SLOTS["end"].__set__
_SET_DETECTOR = _SLOTS["detector"].__set__


def new_finding(kind: str, start: int, end: int, detector: str) -> Finding:
    """``Finding(kind=kind, start=start, end=end, detector=detector)``, made faster.

    Args:
        kind: the finding's kind.
        start: offset of its first character.
        end: offset just after its last character.
        detector: the name of the detector that found it.

    Returns:
        The finding.
    """
    finding: Finding = _NEW(Finding)
    _SET_KIND(finding, kind)
    _SET_START(finding, start)
    _SET_END(finding, end)
    _SET_DETECTOR(finding, detector)
    return finding
