"""Problems found while reading an export: what, where (line and column), never the value.

A problem names its line, a stable [`ProblemKind`][pengaduan.audit.ProblemKind] and a short reason
in the library's own
words. Nothing from the offending line (no value, no key, no fragment) ever reaches a problem:
reasons that come from a loader are reduced to their fixed wording first (`safe_reason()`).
"""

from __future__ import annotations

import re
from enum import StrEnum

import attrs

from pengaduan._core.arguments import enum_converter, in_range, text, typed
from pengaduan._i18n import N_, Phrase, lookup, using
from pengaduan._i18n import gettext as _
from pengaduan.errors import SerializationError, StorageError, translated

__all__ = ["FileAccessError", "ProblemKind", "ReadProblem", "safe_path", "safe_reason"]


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
    """A date outside the calendar's years, or outside what can be computed at all (year 1)."""
    ENCODING = "encoding"
    """Bytes that are not UTF-8, or text that is not valid Unicode (a lone surrogate)."""
    TOO_LARGE = "too_large"
    """A line, row or field over the size limit
    ([`MAX_LINE_BYTES`][pengaduan.audit.MAX_LINE_BYTES])."""
    TOO_DEEP = "too_deep"
    """JSON nested deeper than [`MAX_DEPTH`][pengaduan.audit.MAX_DEPTH] levels."""
    HUGE_NUMBER = "huge_number"
    """An integer with more than [`MAX_DIGITS`][pengaduan.audit.MAX_DIGITS] digits."""
    UNAUDITABLE = "unauditable"
    """The history loaded, but its clocks could not be evaluated (the reason names the error)."""


_to_kind = enum_converter(ProblemKind, "kind")


def _kind(value: object) -> ProblemKind:
    return _to_kind(value)


MAX_LINE_NUMBER = 2**63 - 1
"""The largest line number a problem may carry."""


@attrs.frozen(kw_only=True)
class ReadProblem:
    """One line or row that could not be audited.

    Attributes:
        line: the line number in the file (1-based; for CSV the physical line the row starts on).
        kind: see [`ProblemKind`][pengaduan.audit.ProblemKind].
        where: the field, column or path (``"history[3].at"``, ``"received_at"``).
        detail: what is wrong, never the offending value.
        source: the file (path or URL) of a partitioned input, else ``None``.
    """

    line: int = attrs.field(validator=in_range(0, MAX_LINE_NUMBER))
    kind: ProblemKind = attrs.field(converter=_kind)
    where: str = attrs.field(default="", validator=typed(str, N_("must be a str")))
    detail: str = attrs.field(validator=typed(str, N_("must be a str")))
    source: str | None = attrs.field(
        default=None, validator=typed((str, type(None)), N_("must be a str or None"))
    )

    @property
    def message(self) -> str:
        """``"line 12: history[3].at: time has no UTC offset"`` (the file first, when known)."""
        where = f"{self.where}: " if self.where else ""
        return f"{self._at}: {where}{self.detail}"

    def text(self, language: str | None = None) -> str:
        """[`message`][pengaduan.audit.ReadProblem.message] in ``language`` (``"id"`` or
        ``"en"``; ``None``: the current language), as the report and the command line show it:
        ``"baris 12: history[3].at: waktu tidak memiliki selisih UTC"``.

        A detail the catalogs do not hold (a reason from an app's own loader) gives the line in
        English as a whole, never half in each language.

        Raises:
            ArgumentError: an unknown language.
        """
        with using(language):
            phrase = self._phrase()
            return phrase.render(_wording) or str.__str__(phrase)

    def _phrase(self) -> Phrase:
        detail = self.detail if isinstance(self.detail, Phrase) else Phrase(self.detail)
        if not self.where:
            return Phrase(N_("{path}: {problem}"), path=self._place(), problem=detail)
        return Phrase(
            N_("{path}: {where}: {problem}"),
            path=self._place(),
            where=Phrase(self.where) if self.where in _WORDS else self.where,
            problem=detail,
        )

    @property
    def _at(self) -> str:
        return f"line {self.line}" if self.source is None else f"{self.source} line {self.line}"

    def _place(self) -> Phrase:
        if self.source is None:
            return Phrase(N_("line {line}"), line=self.line)
        return Phrase(N_("{source} line {line}"), source=self.source, line=self.line)

    def error(self) -> SerializationError:
        """The error raised for this problem when invalid lines are not skipped."""
        path: str = self._place()
        if self.where:
            path = Phrase(
                N_("{path}: {where}"),
                path=path,
                where=Phrase(self.where) if self.where in _WORDS else self.where,
            )
        return SerializationError(path=path, reason=self.detail)

    def to_dict(self) -> dict[str, object]:
        """JSON-compatible form (``source`` only for a partitioned input)."""
        data: dict[str, object] = {
            "line": self.line,
            "kind": self.kind.value,
            "where": self.where,
            "detail": self.detail,
        }
        if self.source is not None:
            data["source"] = self.source
        return data


# The places a problem names in words (the others are field paths and column names).
_WORDS = frozenset(
    {
        N_("document"),
        N_("row"),
        N_("file"),
        N_("history"),
        N_("milestones"),
    }
)


def _wording(msgid: str) -> str | None:
    """A msgid in the current language; the catalogs' own lookup."""
    return lookup(msgid)


class FileAccessError(StorageError):
    """The audit's input file is missing, is a directory, is not a regular file, or cannot be
    read.

    A [`StorageError`][pengaduan.errors.StorageError] (and so an ``OSError``): the data may be fine,
    the file system is not. The command maps it to its I/O exit code. Its message names the
    audit's input (``audit input [missing]: ...``), not the store.

    Attributes:
        reason: ``"missing"``, ``"is-directory"``, ``"not-regular"`` (a pipe, a device or a
            socket, refused before any read), ``"permission"`` or ``"unreadable"``.
        detail: why, in the library's words (never the file's content nor the system's English
            ``strerror``).
    """

    code = "file-access"

    def _render(self) -> str:
        # The audit's input, not the store: "storage" would send a reader to the database.
        return _("audit input [{reason}]: {detail}").format(
            reason=self.reason, detail=translated(self.detail)
        )


def not_regular_input(source: str | None = None) -> FileAccessError:
    """The refusal of a pipe, a device or a socket given as the audit's input: the input itself
    (``source=None``), or the file of that name found in a folder or by a glob (the audit's
    readers' own helper, not exported)."""
    if source is None:
        return FileAccessError(
            reason="not-regular",
            detail=N_("the input is not a regular file (a pipe, a device or a socket)"),
        )
    return FileAccessError(
        reason="not-regular",
        detail=Phrase(
            N_("{source} is not a regular file (a pipe, a device or a socket)"), source=source
        ),
    )


_NAME = r"[A-Za-z_][A-Za-z0-9_]*(\[\d{1,9}\])?"
_SAFE_PATH = re.compile(rf"{_NAME}(\.{_NAME})*")
_SAFE_WORDS = re.compile(r"[A-Za-z0-9 _.,()\-\[\]/]*")
_LONG_NUMBER = re.compile(r"\d{7,}")
_GENERIC = N_("not a valid complaint document")


def safe_path(path: str) -> str:
    """A loader's error path if it is structural (``history[3].at``), else ``"document"``.

    Raises:
        ArgumentError: ``path`` is not a str.
    """
    text(path, "path")
    if len(path) <= 80 and _SAFE_PATH.fullmatch(path):
        return path
    return "document"


def safe_reason(reason: str, *, fallback: str = _GENERIC) -> str:
    """A loader's reason reduced to its fixed wording, so no value from the data survives.

    Keeps the text before the first ``:`` or ``;`` (where loaders append values), and only if it
    is plain words; anything with quotes, long numbers or unusual characters gives ``fallback``.

    Raises:
        ArgumentError: ``reason`` or ``fallback`` is not a str.
    """
    text(reason, "reason")
    text(fallback, "fallback")
    head = re.split(r"[:;]", reason, maxsplit=1)[0].strip()
    if not head or len(head) > 120 or not _SAFE_WORDS.fullmatch(head) or _LONG_NUMBER.search(head):
        return fallback
    return head
