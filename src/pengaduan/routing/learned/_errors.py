"""Errors of learned routing (subclasses of the library's errors, with stable codes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan.errors import PengaduanError, SerializationError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = ["ModelFileError", "TrainingDataError"]


class ModelFileError(SerializationError):
    """A model file that cannot be used: malformed, truncated, tampered or made for another
    normaliser.

    Attributes:
        path: where in the file the problem is (``"digest"``, ``"normalizer"``...).
        reason: a stable code: ``"not-json"``, ``"format"``, ``"tampered"``,
            ``"normalizer-mismatch"``, ``"unreadable"``.
    """

    code = "model-file"

    def __init__(self, *, path: str, reason: str, detail: str = "") -> None:
        super().__init__(path=path, reason=reason + (f": {detail}" if detail else ""))
        self.reason = reason
        self.detail = detail


class TrainingDataError(PengaduanError, ValueError):
    """Labelled data that cannot train a model: too few examples for some units, one class.

    Attributes:
        problems: one line per problem, naming units and counts (never complaint text).
        counts: unit -> number of usable examples.
    """

    code = "training-data"

    def __init__(self, *, problems: Iterable[str], counts: Mapping[str, int]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        self.counts = dict(counts)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"labelled data cannot train a model:\n{lines}")
