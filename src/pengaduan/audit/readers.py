"""Reading exports for the audit: JSON lines of histories, and office spreadsheets (CSV).

**JSON lines** is the library's own format (:func:`pengaduan.serialization.iter_lines`): one
complaint with its whole hash-chained history per line.

**CSV** is what most offices keep: one row per complaint, one column per milestone time. The
default header set (:class:`ColumnMapping`; rename any column with a mapping)::

    id, unit, classification, category, received_at, deferred_at, resumed_at,
    verified_at, forwarded_at, archived_at, followed_up_at, closed_at

``id`` and ``received_at`` are required; the other columns may be absent or empty. ``unit`` may
list several unit ids separated by ``;``. Times are ISO 8601 (``2025-03-03T10:00:00+08:00``,
``2025-03-03 10:00``) or follow ``date_format`` (``%d/%m/%Y %H:%M``); times without an offset need
the export's time zone (``timezone="Asia/Makassar"``, ``--timezone``), else the audit stops.

A row becomes a complaint by **replaying its milestones through the workflow** in the SOP's order
(received, deferred, resumed, then verified *or* forwarded *or* archived, followed up, closed) with
placeholder data (see :mod:`pengaduan._replay`): the rebuilt history carries the row's times,
units and classification and nothing else, and the same audit runs on it as on a JSON lines
history. A row whose milestones the SOP does not allow (closed without a follow-up, a follow-up
before the verification) is reported as a problem with its line number, never guessed at.

Both readers stream: they hold one line or row at a time.
"""

from __future__ import annotations

import csv
from datetime import datetime
from itertools import pairwise
from typing import IO, TYPE_CHECKING, Any

import attrs

from pengaduan._replay import replay
from pengaduan._time import load_zone
from pengaduan.audit.problems import ProblemKind, ReadProblem
from pengaduan.errors import (
    IntegrityError,
    SerializationError,
    WorkflowError,
)
from pengaduan.model import Classification
from pengaduan.serialization import from_json

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping
    from zoneinfo import ZoneInfo

    from pengaduan.model import Complaint
    from pengaduan.workflow import Workflow

__all__ = ["ColumnMapping", "Record", "read_csv", "read_json_lines"]


@attrs.frozen(kw_only=True)
class Record:
    """One complaint read from an export.

    Attributes:
        line: the line it starts on (1-based).
        complaint: the complaint.
        verified: its digest chain was verified while reading.
    """

    line: int
    complaint: Complaint = attrs.field(repr=False)
    verified: bool


def read_json_lines(
    lines: Iterable[str | bytes],
    *,
    on_problem: Callable[[ReadProblem], None],
    first_line: int = 1,
) -> Iterator[Record]:
    """Complaints from JSON lines, lazily.

    Blank lines are skipped. A line that is not a valid complaint document is passed to
    ``on_problem`` (which may raise to stop). A history that does not verify is *not* a read
    problem: it is read without verification and yielded with ``verified=False``, so the audit
    counts it as an integrity failure and still audits it.

    Args:
        lines: the file's lines (text or bytes), e.g. an open file.
        on_problem: called with each bad line (e.g. :meth:`Audit.problem`).
        first_line: the number of the first line (when reading a part of a file).
    """
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        try:
            yield Record(line=number, complaint=from_json(line), verified=True)
        except IntegrityError:
            yield Record(line=number, complaint=from_json(line, verify=False), verified=False)
        except SerializationError as error:
            on_problem(
                ReadProblem(
                    line=number, kind=ProblemKind.MALFORMED, where=error.path, detail=error.reason
                )
            )


# -- CSV --------------------------------------------------------------------------------------

_MILESTONES = (
    "received_at",
    "deferred_at",
    "resumed_at",
    "verified_at",
    "forwarded_at",
    "archived_at",
    "followed_up_at",
    "closed_at",
)
_FIELDS = ("tracking_id", "unit", "classification", "category", *_MILESTONES)
_REQUIRED = frozenset({"tracking_id", "received_at"})
_DEFAULT_COLUMNS = {"tracking_id": "id"} | {name: name for name in _FIELDS[1:]}
_ACTIONS = {
    "deferred_at": "tunda",
    "resumed_at": "lanjutkan",
    "verified_at": "verifikasi",
    "forwarded_at": "alihkan",
    "archived_at": "arsipkan",
    "followed_up_at": "tindak_lanjut",
    "closed_at": "tutup",
}
_DECISIONS = ("verified_at", "forwarded_at", "archived_at")
_NEEDS = {
    "resumed_at": ("deferred_at",),
    "followed_up_at": ("verified_at",),
    "closed_at": ("followed_up_at",),
}


@attrs.frozen(kw_only=True)
class ColumnMapping:
    """Which CSV column holds which field, and how times are written.

    Build it with :meth:`from_dict` (``{"received_at": "Tanggal Masuk", ...}``); fields not named
    keep their default column (the default header set above). A field mapped explicitly must be
    in the file's header; a default column that is absent is treated as empty (except the required
    ``id`` and ``received_at``).

    Attributes:
        columns: ``(field, column)`` pairs for every field.
        explicit: fields the user mapped (their columns must exist).
        date_format: a ``strptime`` format for times; ``None`` for ISO 8601.
        unit_separator: separates several unit ids in one cell.
        delimiter: the CSV delimiter; ``None`` guesses from the header (``,`` ``;`` or tab).
    """

    columns: tuple[tuple[str, str], ...] = tuple(_DEFAULT_COLUMNS.items())
    explicit: frozenset[str] = frozenset()
    date_format: str | None = None
    unit_separator: str = ";"
    delimiter: str | None = None

    @classmethod
    def default(cls) -> ColumnMapping:
        """The default header set."""
        return cls()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnMapping:
        """Build from ``{field: column}``, plus the optional keys ``date_format``,
        ``unit_separator`` and ``delimiter``.

        Raises:
            ConfigurationError: unknown fields, or values that are not texts (all together).
        """
        from pengaduan.errors import ConfigurationError  # noqa: PLC0415

        problems: list[str] = []
        columns = dict(_DEFAULT_COLUMNS)
        options: dict[str, Any] = {}
        explicit: set[str] = set()
        for key, value in data.items():
            if key in {"date_format", "unit_separator", "delimiter"}:
                if not isinstance(value, str) or not value:
                    problems.append(f"{key}: expected a non-empty text")
                else:
                    options[key] = value
            elif key in _DEFAULT_COLUMNS:
                if not isinstance(value, str) or not value.strip():
                    problems.append(f"{key}: expected a column name")
                else:
                    columns[key] = value.strip()
                    explicit.add(key)
            else:
                problems.append(
                    f"unknown field {key!r}; fields: {', '.join(_FIELDS)} "
                    "(and date_format, unit_separator, delimiter)"
                )
        names = list(columns.values())
        problems.extend(
            f"column {name!r} is mapped to more than one field"
            for name in sorted({n for n in names if names.count(n) > 1})
        )
        if problems:
            raise ConfigurationError("CSV column mapping", problems)
        return cls(columns=tuple(columns.items()), explicit=frozenset(explicit), **options)

    @classmethod
    def parse(cls, items: Iterable[str]) -> ColumnMapping:
        """Build from ``field=column`` texts (the command line's ``--column``).

        Raises:
            ConfigurationError: an item is not ``field=column``, or see :meth:`from_dict`.
        """
        from pengaduan.errors import ConfigurationError  # noqa: PLC0415

        data: dict[str, str] = {}
        for item in items:
            key, sep, value = item.partition("=")
            if not sep:
                raise ConfigurationError("CSV column mapping", [f"{item!r}: expected field=column"])
            data[key.strip()] = value
        return cls.from_dict(data)

    def column(self, field: str) -> str:
        """The column of a field."""
        return dict(self.columns)[field]


def _guess_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


class _RowError(Exception):
    def __init__(self, kind: ProblemKind, where: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.where = where
        self.detail = detail


def _fatal(line: int, where: str, reason: str) -> SerializationError:
    return SerializationError(path=f"line {line}: {where}", reason=reason)


def read_csv(
    stream: IO[str],
    *,
    workflow: Workflow,
    on_problem: Callable[[ReadProblem], None],
    mapping: ColumnMapping | None = None,
    timezone: str | None = None,
) -> Iterator[Record]:
    """Complaints rebuilt from a CSV export (one row per complaint), lazily.

    Args:
        stream: the open file (text; a UTF-8 byte-order mark is ignored).
        workflow: the SOP the milestones are replayed through.
        on_problem: called with each bad row (e.g. :meth:`Audit.problem`).
        mapping: the column mapping; default :meth:`ColumnMapping.default`.
        timezone: the IANA zone of times written without an offset.

    Raises:
        SerializationError: the header lacks a required or mapped column (``line 1``), or a time
            has no offset and no ``timezone`` was given; these stop the read whatever
            ``on_problem`` does, since every row would fail alike.
        UnknownZoneError: ``timezone`` is not an IANA zone.
    """
    mapping = mapping if mapping is not None else ColumnMapping.default()
    zone = load_zone(timezone) if timezone is not None else None
    header_line = stream.readline().lstrip("\ufeff")
    if not header_line.strip():
        return
    delimiter = mapping.delimiter or _guess_delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delimiter))
    header = [name.strip() for name in header]
    positions = {name: index for index, name in enumerate(header)}
    index: dict[str, int | None] = {}
    missing = []
    for field, column in mapping.columns:
        position = positions.get(column)
        if position is None and (field in _REQUIRED or field in mapping.explicit):
            missing.append(f"{column!r} ({field})")
        index[field] = position
    if missing:
        raise SerializationError(
            path="line 1 (header)",
            reason="missing column(s): " + ", ".join(missing) + "; map them with --column "
            "field=column (fields: " + ", ".join(_FIELDS) + ")",
        )
    reader = csv.reader(stream, delimiter=delimiter)
    previous_end = 1
    for row in reader:
        line = previous_end + 1
        previous_end = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        try:
            yield Record(
                line=line,
                complaint=_row(row, index, mapping, zone, workflow, line=line),
                verified=True,
            )
        except _RowError as error:
            on_problem(
                ReadProblem(line=line, kind=error.kind, where=error.where, detail=error.detail)
            )


def _cell(row: list[str], index: Mapping[str, int | None], field: str) -> str:
    position = index[field]
    if position is None or position >= len(row):
        return ""
    return row[position].strip()


def _time(
    text: str, field: str, mapping: ColumnMapping, zone: ZoneInfo | None, line: int
) -> datetime:
    column = mapping.column(field)
    try:
        if mapping.date_format is not None:
            value = datetime.strptime(text, mapping.date_format)  # noqa: DTZ007 - zone below
        else:
            value = datetime.fromisoformat(text)
    except ValueError:
        expected = mapping.date_format or "ISO 8601, e.g. 2025-03-03T10:00:00+08:00"
        raise _RowError(
            ProblemKind.BAD_TIME, column, f"not a time in the expected format ({expected})"
        ) from None
    if value.tzinfo is None or value.utcoffset() is None:
        if zone is None:
            raise _fatal(
                line,
                column,
                "time has no UTC offset: give the export's time zone "
                "(timezone='Asia/Makassar', --timezone Asia/Makassar)",
            )
        value = value.replace(tzinfo=zone)
    return value


def _row(  # noqa: PLR0912 - one check per milestone rule, each with its own message
    row: list[str],
    index: Mapping[str, int | None],
    mapping: ColumnMapping,
    zone: ZoneInfo | None,
    workflow: Workflow,
    *,
    line: int,
) -> Complaint:
    tracking_id = _cell(row, index, "tracking_id")
    if not tracking_id or any(ch.isspace() for ch in tracking_id):
        raise _RowError(
            ProblemKind.MALFORMED,
            mapping.column("tracking_id"),
            "the tracking id is empty or contains spaces",
        )
    times: dict[str, datetime] = {}
    for field in _MILESTONES:
        text = _cell(row, index, field)
        if text:
            times[field] = _time(text, field, mapping, zone, line)
    if "received_at" not in times:
        raise _RowError(ProblemKind.MALFORMED, mapping.column("received_at"), "empty")
    decided = [f for f in _DECISIONS if f in times]
    if len(decided) > 1:
        columns = " and ".join(mapping.column(f) for f in decided)
        raise _RowError(
            ProblemKind.OUT_OF_ORDER, columns, "only one of verified, forwarded or archived"
        )
    for field, needs in _NEEDS.items():
        if field in times and not any(n in times for n in needs):
            raise _RowError(
                ProblemKind.OUT_OF_ORDER,
                mapping.column(field),
                f"set without {mapping.column(needs[0])}: the SOP does not allow that order",
            )
    order = [f for f in _MILESTONES if f in times]
    for earlier, later in pairwise(order):
        if times[later] < times[earlier]:
            raise _RowError(
                ProblemKind.OUT_OF_ORDER,
                mapping.column(later),
                f"earlier than {mapping.column(earlier)}",
            )
    units_text = _cell(row, index, "unit")
    units = tuple(u.strip() for u in units_text.split(mapping.unit_separator) if u.strip())
    if "verified_at" in times and not units:
        raise _RowError(
            ProblemKind.MALFORMED, mapping.column("unit"), "empty, but the complaint was verified"
        )
    classification = _cell(row, index, "classification") or Classification.PENGADUAN.value
    if classification not in Classification._value2member_map_:
        raise _RowError(
            ProblemKind.MALFORMED,
            mapping.column("classification"),
            "expected one of: " + ", ".join(c.value for c in Classification),
        )
    steps = [(_ACTIONS[f], times[f]) for f in order if f != "received_at"]
    try:
        return replay(
            workflow,
            tracking_id=tracking_id,
            received_at=times["received_at"],
            steps=steps,
            units=units,
            classification=classification,
            category=_cell(row, index, "category") or None,
        )
    except WorkflowError as error:
        raise _RowError(ProblemKind.OUT_OF_ORDER, "milestones", str(error)) from None
    except ValueError as error:
        raise _RowError(ProblemKind.MALFORMED, "row", str(error)) from None
