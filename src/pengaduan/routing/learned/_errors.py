"""Errors of learned routing (subclasses of the library's errors, with stable codes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan._i18n import gettext as _
from pengaduan.errors import PengaduanError, SerializationError, translated

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
        self._code = reason
        self.detail = detail
        super().__init__(path=path, reason=reason + (f": {detail}" if detail else ""))
        self.reason = reason
        self.detail = detail

    def _reason_text(self) -> str:
        # The code stays as it is (an id); the detail is translated.
        if not self.detail:
            return self._code
        return f"{self._code}: {translated(self.detail)}"


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
        super().__init__(self._message()[0])

    def _render(self) -> str:
        lines = "\n".join(f"  - {translated(p)}" for p in self.problems)
        return _("labelled data cannot train a model:") + "\n" + lines
