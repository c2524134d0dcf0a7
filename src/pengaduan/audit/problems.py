"""Problems found while reading an export: what, where (line and column), never the value."""

from __future__ import annotations

from enum import StrEnum

import attrs

from pengaduan.errors import SerializationError

__all__ = ["ProblemKind", "ReadProblem"]


class ProblemKind(StrEnum):
    """Why a line or row could not be audited."""

    MALFORMED = "malformed"
    """Not a valid document or row (bad JSON, a missing or wrong-typed field)."""
    BAD_TIME = "bad_time"
    """A time that is not in the expected format."""
    OUT_OF_ORDER = "out_of_order"
    """Milestones whose times, or whose order, the SOP does not allow."""
    DUPLICATE_ID = "duplicate_id"
    """A tracking id seen before in the same input."""
    OUT_OF_RANGE = "out_of_range"
    """A date outside the calendar's years."""


@attrs.frozen(kw_only=True)
class ReadProblem:
    """One line or row that could not be audited.

    Attributes:
        line: the line number in the file (1-based; for CSV the physical line the row starts on).
        kind: see :class:`ProblemKind`.
        where: the field, column or path (``"history[3].at"``, ``"received_at"``).
        detail: what is wrong, never the offending value.
    """

    line: int
    kind: ProblemKind = attrs.field(converter=ProblemKind)
    where: str = ""
    detail: str

    @property
    def message(self) -> str:
        """``"line 12: history[3].at: time has no UTC offset"``."""
        where = f"{self.where}: " if self.where else ""
        return f"line {self.line}: {where}{self.detail}"

    def error(self) -> SerializationError:
        """The error raised for this problem when invalid lines are not skipped."""
        path = f"line {self.line}" + (f": {self.where}" if self.where else "")
        return SerializationError(path=path, reason=self.detail)

    def to_dict(self) -> dict[str, object]:
        """JSON-compatible form."""
        return {
            "line": self.line,
            "kind": self.kind.value,
            "where": self.where,
            "detail": self.detail,
        }
