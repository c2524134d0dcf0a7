"""Reading exports for the audit: JSON lines of histories, and office spreadsheets (CSV).

**JSON lines** is the library's own format
([`pengaduan.serialization.iter_lines()`][pengaduan.serialization.iter_lines]): one
complaint with its whole hash-chained history per line.

**CSV** is what most offices keep: one row per complaint, one column per milestone time. The
default header set ([`ColumnMapping`][pengaduan.audit.ColumnMapping]; rename any column with a
mapping)::

    id, unit, classification, category, received_at, deferred_at, resumed_at,
    verified_at, forwarded_at, archived_at, followed_up_at, closed_at

``id`` and ``received_at`` are required; the other columns may be absent or empty. ``unit`` may
list several unit ids separated by ``;``. Times are ISO 8601 (``2025-03-03T10:00:00+08:00``,
``2025-03-03 10:00``) or follow ``date_format`` (``%d/%m/%Y %H:%M``); times without an offset need
the export's time zone (``timezone="Asia/Makassar"``, ``--timezone``), else the audit stops.

A row becomes a complaint by **replaying its milestones through the workflow** in the SOP's order
(received, deferred, resumed, then verified *or* forwarded *or* archived, followed up, closed) with
placeholder data (see `pengaduan.workflow._replay`): the rebuilt history carries the row's
times, units and classification and nothing else, and the same audit runs on it as on a JSON lines
history. A row whose milestones the SOP does not allow (closed without a follow-up, a follow-up
before the verification) is reported as a problem with its line number, never guessed at.

Both readers stream: they hold one line or row at a time.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import (
    function,
    guarded,
    iterable,
    optional_text,
    readable,
    whole_number,
    wrong,
)
from pengaduan._core.text import exact
from pengaduan._core.time import RANGE_RULE, load_zone
from pengaduan._i18n import N_, Nn_, Phrase, Plural, lookup, using
from pengaduan.audit.problems import (
    MAX_LINE_NUMBER,
    ProblemKind,
    ReadProblem,
    safe_path,
    safe_reason,
)
from pengaduan.errors import (
    ArgumentError,
    IntegrityError,
    PengaduanError,
    SerializationError,
    WorkflowError,
    type_name,
)
from pengaduan.model import Classification
from pengaduan.serialization import from_json
from pengaduan.workflow._replay import replay

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from zoneinfo import ZoneInfo

    from pengaduan.model import Complaint
    from pengaduan.workflow import Workflow

__all__ = [
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_LINE_BYTES",
    "ColumnMapping",
    "Record",
    "load_line",
    "read_csv",
    "read_json_lines",
]


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


MAX_LINE_BYTES = 4 * 1024 * 1024
"""The longest JSON line or CSV row read (4 MiB); a longer one is a ``too_large`` problem.

A complaint history of a few hundred events is well under 1 MiB; the limit keeps one hostile line
(a 1 GB line with no newline) from exhausting memory. ``audit_path(max_line_bytes=...)`` and
``--max-line-bytes`` change it.
"""
MAX_DEPTH = 32
"""The deepest JSON nesting read (a complaint document nests 4 levels); deeper is ``too_deep``."""
MAX_DIGITS = 30
"""The longest integer read, in digits (an event sequence or a file size needs far fewer)."""
_MAX_LIMIT = 2**63 - 1  # the largest size limit an argument may give (no file is that large)

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_DIGIT_RUN = b"0" * (MAX_DIGITS + 1)
_ONLY_DIGITS = bytes(b"0"[0] if 48 <= b <= 57 else b" "[0] for b in range(256))
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_OPENERS = frozenset(b"[{")


def _too_deep(data: bytes) -> bool:
    """Whether JSON text nests deeper than [`MAX_DEPTH`][pengaduan.audit.MAX_DEPTH] (strings are not
    counted).

    Runs without recursion; the exact scan runs only when the brackets could reach the limit.
    """
    if data.count(b"[") + data.count(b"{") <= MAX_DEPTH:
        return False
    bare = _STRING.sub(b"", data)
    depth = 0
    for byte in bare.translate(None, _NOT_BRACKETS):
        if byte in _OPENERS:
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _huge_number(data: bytes) -> bool:
    """Whether JSON text holds a number with more than [`MAX_DIGITS`][pengaduan.audit.MAX_DIGITS]
    digits."""
    if _DIGIT_RUN not in data.translate(_ONLY_DIGITS):
        return False
    return _DIGIT_RUN in _STRING.sub(b"", data).translate(_ONLY_DIGITS)


_BY_TYPE: tuple[tuple[type[BaseException], ProblemKind, str], ...] = (
    (
        RecursionError,
        ProblemKind.TOO_DEEP,
        Phrase(N_("nested deeper than {depth} levels"), depth=MAX_DEPTH),
    ),
    (MemoryError, ProblemKind.TOO_LARGE, N_("too large to load")),
    (UnicodeError, ProblemKind.ENCODING, N_("text that is not valid Unicode")),
    (OverflowError, ProblemKind.OUT_OF_RANGE, N_("a date or number outside the computable range")),
)


def _classify(error: BaseException) -> tuple[ProblemKind, str, str]:  # noqa: PLR0911 - one return per kind
    """``(kind, where, detail)`` for anything loading one line raised; never its message."""
    said = f"{getattr(error, 'rule', '')} {getattr(error, 'reason', '')}"
    if isinstance(error, PengaduanError) and "surrogate" in said:
        return ProblemKind.ENCODING, "document", N_("text that is not valid Unicode")
    if isinstance(error, SerializationError):
        if "outside the years" in error.reason:
            kind = ProblemKind.OUT_OF_RANGE
            return kind, safe_path(error.path), _loader_reason(error.reason, kind)
        kind = ProblemKind.MALFORMED
        return kind, safe_path(error.path), _loader_reason(error.reason, kind)
    if isinstance(error, PengaduanError):
        return (
            ProblemKind.MALFORMED,
            "document",
            Phrase(N_("not a valid complaint ({code})"), code=error.code),
        )
    for kind_of_error, kind, detail in _BY_TYPE:
        if isinstance(error, kind_of_error):
            return kind, "document", detail
    if isinstance(error, ValueError) and "integer string conversion" in str(error):
        return ProblemKind.HUGE_NUMBER, "document", _huge()
    return (
        ProblemKind.MALFORMED,
        "document",
        Phrase(N_("cannot be loaded ({type})"), type=type_name(error)),
    )


def _loader_reason(reason: str, kind: ProblemKind) -> str:
    """A loader's reason as a problem shows it: a phrase as it is (its values are ids and
    numbers), else its fixed wording when the catalogs hold it, else what ``kind`` means (so the
    line reads in one language, never half in each)."""
    if isinstance(reason, Phrase):
        return reason
    head = safe_reason(reason)
    with using("id"):
        known = lookup(head) is not None
    if known:
        return head
    if kind is ProblemKind.OUT_OF_RANGE:
        return N_("a date outside the computable range")
    return N_("not a valid complaint document")


def _huge() -> Phrase:
    return Phrase(N_("an integer over {count} digits"), count=MAX_DIGITS)


def _longer(limit: int) -> Phrase:
    return Phrase(N_("line longer than {count} bytes"), count=limit)


def _precheck(data: bytes, max_bytes: int) -> tuple[ProblemKind, str, str] | None:
    """What is wrong with a line before parsing it, if anything (size, depth, numbers, UTF-8)."""
    if len(data.rstrip(b"\r\n")) > max_bytes:
        return ProblemKind.TOO_LARGE, "document", _longer(max_bytes)
    if _too_deep(data):
        return (
            ProblemKind.TOO_DEEP,
            "document",
            Phrase(N_("nested deeper than {depth} levels"), depth=MAX_DEPTH),
        )
    if _huge_number(data):
        return ProblemKind.HUGE_NUMBER, "document", _huge()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return ProblemKind.ENCODING, "document", N_("bytes that are not UTF-8")
    return None


def load_line(
    line: str | bytes, number: int, *, max_bytes: int = MAX_LINE_BYTES
) -> Record | ReadProblem | None:
    """One JSON line as a [`Record`][pengaduan.audit.Record], a
    [`ReadProblem`][pengaduan.audit.ReadProblem], or ``None`` when blank.

    Whatever the line holds, this returns: bytes are decoded here (invalid UTF-8 is an
    ``encoding`` problem), size, nesting and integer length are checked before parsing, and
    anything the loader raises becomes a problem of this line (its kind from the error's type,
    its reason reduced to fixed wording).

    Args:
        line: the line, text or bytes.
        number: its line number, for the problem.
        max_bytes: the size limit.

    Returns:
        The record, the problem, or ``None`` for a blank line.

    Raises:
        ArgumentError: ``line`` is not text or bytes, ``number`` or ``max_bytes`` is not a whole
            number in range (what the line holds is never an error).
    """
    if (
        type(number) is not int
        or type(max_bytes) is not int
        or not (0 <= number <= MAX_LINE_NUMBER and 0 <= max_bytes <= _MAX_LIMIT)
    ):
        _check_numbers(number=number, max_bytes=max_bytes)
    return _load_line(line, number, max_bytes)


def _check_numbers(**numbers: object) -> None:
    """Refuse the first line number or size limit that is not a whole number in range."""
    for argument, value in numbers.items():
        high = _MAX_LIMIT if "bytes" in argument else MAX_LINE_NUMBER
        whole_number(value, argument, 0, high)


def _load_line(line: object, number: int, max_bytes: int) -> Record | ReadProblem | None:
    problem: tuple[ProblemKind, str, str] | None
    line = exact(line)  # an app's str or bytes subclass: its methods never run
    if isinstance(line, str):
        try:
            data = line.encode("utf-8")
        except UnicodeError:
            data = b"\x00"
            problem = (ProblemKind.ENCODING, "document", N_("text that is not valid Unicode"))
        else:
            problem = None
    elif isinstance(line, bytes | bytearray | memoryview):
        data, problem = bytes(line), None
    else:
        raise wrong("line", N_("must be a str or bytes"), line)
    if problem is None:
        if number == 1:
            data = data.removeprefix(b"\xef\xbb\xbf")
        if not data.strip():
            return None
        problem = _precheck(data, max_bytes)
    if problem is None:
        try:
            return _load(data, number)
        except Exception as error:  # the reader boundary: any failure is this line's problem
            problem = _classify(error)
    kind, where, detail = problem
    return ReadProblem(line=number, kind=kind, where=where, detail=detail)


def _load(data: bytes, number: int) -> Record:
    try:
        return Record(line=number, complaint=from_json(data), verified=True)
    except IntegrityError:
        pass  # audited all the same, and counted as a broken history
    return Record(line=number, complaint=from_json(data, verify=False), verified=False)


def read_json_lines(
    lines: Iterable[str | bytes],
    *,
    on_problem: Callable[[ReadProblem], None],
    first_line: int = 1,
    max_line_bytes: int = MAX_LINE_BYTES,
) -> Iterator[Record]:
    """Complaints from JSON lines, lazily.

    Blank lines are skipped. A line that is not a valid complaint document is passed to
    ``on_problem`` (which may raise to stop), whatever is wrong with it: not UTF-8, longer than
    ``max_line_bytes``, nested deeper than [`MAX_DEPTH`][pengaduan.audit.MAX_DEPTH], an integer over
    [`MAX_DIGITS`][pengaduan.audit.MAX_DIGITS]
    digits, a date no computer can hold, or anything the loader refuses (see
    [`load_line()`][pengaduan.audit.load_line]).
    A history that does not verify is *not* a read problem: it is read without verification and
    yielded with ``verified=False``, so the audit counts it as an integrity failure and still
    audits it.

    Args:
        lines: the file's lines (text or bytes), e.g. an open file.
        on_problem: called with each bad line (e.g. `Audit.problem()`).
        first_line: the number of the first line (when reading a part of a file).
        max_line_bytes: the longest line read; longer is a ``too_large`` problem.

    Raises:
        ArgumentError: ``lines`` is not an iterable, ``on_problem`` not callable,
            ``first_line`` or ``max_line_bytes`` not a whole number in range (at the call); a
            line that is neither text nor bytes (when it is read).
    """
    lines = iterable(lines, "lines")
    function(on_problem, "on_problem")
    _check_numbers(first_line=first_line, max_line_bytes=max_line_bytes)
    return _json_lines(lines, on_problem, first_line, max_line_bytes)


def _json_lines(
    lines: Iterable[str | bytes],
    on_problem: Callable[[ReadProblem], None],
    first_line: int,
    max_line_bytes: int,
) -> Iterator[Record]:
    for number, line in enumerate(lines, start=first_line):
        result = _load_line(line, number, max_line_bytes)
        if isinstance(result, ReadProblem):
            on_problem(result)
        elif result is not None:
            yield result


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

    Build it with [`from_dict()`][pengaduan.audit.ColumnMapping.from_dict] (``{"received_at":
    "Tanggal Masuk", ...}``); fields not named
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

        data = (readable(data) if isinstance(data, Mapping) else None) or data
        if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
            raise ConfigurationError(
                N_("CSV column mapping"),
                [Phrase(N_("expected a mapping of texts, not {type}"), type=type_name(data))],
            )
        problems: list[str] = []
        columns = dict(_DEFAULT_COLUMNS)
        options: dict[str, Any] = {}
        explicit: set[str] = set()
        for given, value in data.items():
            # "id" is what the docs and --help call the tracking id's column.
            key = "tracking_id" if given == "id" else given
            if key in {"date_format", "unit_separator", "delimiter"}:
                if not isinstance(value, str) or not value:
                    problems.append(_at(key, N_("expected a non-empty text")))
                else:
                    options[key] = value
            elif key in _DEFAULT_COLUMNS:
                if not isinstance(value, str) or not value.strip():
                    problems.append(_at(key, N_("expected a column name")))
                else:
                    columns[key] = value.strip()
                    explicit.add(key)
            else:
                problems.append(
                    Phrase(
                        N_(
                            "unknown field; fields: {fields} (or id) "
                            "(and date_format, unit_separator, delimiter)"
                        ),
                        fields=", ".join(_FIELDS),
                    )
                )
        names = list(columns.values())
        problems.extend(
            Phrase(
                N_("fields {fields} are mapped to the same column"),
                fields=", ".join(f for f, c in columns.items() if c == name),
            )
            for name in sorted({n for n in names if names.count(n) > 1})
        )
        if problems:
            raise ConfigurationError(N_("CSV column mapping"), problems)
        return cls(columns=tuple(columns.items()), explicit=frozenset(explicit), **options)

    @classmethod
    def parse(cls, items: Iterable[str]) -> ColumnMapping:
        """Build from ``field=column`` texts (the command line's ``--column``).

        Raises:
            ConfigurationError: an item is not ``field=column``, or see
                [`from_dict()`][pengaduan.audit.ColumnMapping.from_dict].
        """
        from pengaduan.errors import ConfigurationError  # noqa: PLC0415

        if isinstance(items, str | bytes) or not isinstance(items, Iterable):
            raise ConfigurationError(
                N_("CSV column mapping"),
                [Phrase(N_("expected field=column texts, not {type}"), type=type_name(items))],
            )
        data: dict[str, str] = {}
        rule = N_("must be an iterable of field=column texts")
        for position, item in enumerate(guarded(items, "items", rule), start=1):
            if not isinstance(item, str):
                raise ConfigurationError(
                    N_("CSV column mapping"),
                    [Phrase(N_("item {number}: expected a field=column text"), number=position)],
                )
            key, sep, value = item.partition("=")
            if not sep:
                raise ConfigurationError(
                    N_("CSV column mapping"),
                    [Phrase(N_("item {number}: expected field=column"), number=position)],
                )
            data[key.strip()] = value
        return cls.from_dict(data)

    def column(self, field: str) -> str:
        """The column of a field.

        Raises:
            ArgumentError: ``field`` is not one of the fields.
        """
        try:
            if type(field) is str:  # an app's object may hash (or compare) as it likes
                return dict(self.columns)[field]
        except (KeyError, TypeError):
            pass  # refused below, outside the handler (nothing chained)
        raise ArgumentError(
            argument="field",
            rule=Phrase(N_("must be one of {values}"), values=", ".join(_FIELDS)),
            given=type_name(field),
        )


def _guess_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


class _RowError(Exception):
    def __init__(self, kind: ProblemKind, where: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.where = where
        self.detail = detail


_HEADER = Phrase(N_("line 1 (header)"))


def _at(where: str, problem: str, /, **values: object) -> Phrase:
    """``where: problem`` as one translatable phrase (``problem`` a msgid, with ``values``)."""
    return Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))


def _fatal(line: int, where: str, reason: str) -> SerializationError:
    return SerializationError(
        path=Phrase(N_("line {line}: {where}"), line=line, where=where), reason=reason
    )


def read_csv(
    stream: Iterable[str | bytes],
    *,
    workflow: Workflow,
    on_problem: Callable[[ReadProblem], None],
    mapping: ColumnMapping | None = None,
    timezone: str | None = None,
    max_line_bytes: int = MAX_LINE_BYTES,
) -> Iterator[Record]:
    """Complaints rebuilt from a CSV export (one row per complaint), lazily.

    A row with a physical line that is not UTF-8 or is longer than ``max_line_bytes``, a field
    over ``csv.field_size_limit()``, a row the ``csv`` module refuses, or a row whose times or
    milestones are wrong is passed to ``on_problem`` with the line it starts on; the next row
    is read as usual.

    Args:
        stream: the file's lines: an open file (text or binary) or any iterable of lines; a
            UTF-8 byte-order mark is ignored.
        workflow: the SOP the milestones are replayed through.
        on_problem: called with each bad row (e.g. `Audit.problem()`).
        mapping: the column mapping; default
            [`ColumnMapping.default()`][pengaduan.audit.ColumnMapping.default].
        timezone: the IANA zone of times written without an offset.
        max_line_bytes: the longest physical line read.

    Raises:
        SerializationError: the header is unreadable or lacks a required or mapped column
            (``line 1``), or a time has no offset and no ``timezone`` was given; these stop the
            read whatever ``on_problem`` does, since every row would fail alike.
        UnknownZoneError: ``timezone`` is not an IANA zone.
        ArgumentError: an argument of the wrong type (at the call), or a line that is neither
            text nor bytes (when it is read).
    """
    from pengaduan.workflow import Workflow  # noqa: PLC0415 - loaded already by the replay

    stream = iterable(stream, "stream")
    if not isinstance(workflow, Workflow):
        raise wrong("workflow", "must be a Workflow", workflow)
    function(on_problem, "on_problem")
    if mapping is not None and not isinstance(mapping, ColumnMapping):
        raise wrong("mapping", "must be a ColumnMapping or None", mapping)
    optional_text(timezone, "timezone")
    _check_numbers(max_line_bytes=max_line_bytes)
    return _csv_rows(
        stream,
        workflow=workflow,
        on_problem=on_problem,
        mapping=mapping,
        timezone=timezone,
        max_line_bytes=max_line_bytes,
    )


def _csv_rows(  # noqa: PLR0912, PLR0915 - one reader loop with its guards in place
    stream: Iterable[str | bytes],
    *,
    workflow: Workflow,
    on_problem: Callable[[ReadProblem], None],
    mapping: ColumnMapping | None,
    timezone: str | None,
    max_line_bytes: int,
) -> Iterator[Record]:
    mapping = mapping if mapping is not None else ColumnMapping.default()
    zone = load_zone(timezone) if timezone is not None else None
    tainted: list[tuple[int, ProblemKind, str]] = []
    physical = _physical_lines(stream, max_line_bytes, tainted)
    header_line = next(physical, "")
    if tainted:
        _, _, reason = tainted[0]
        raise SerializationError(path=_HEADER, reason=reason)
    header_line = header_line.lstrip("\ufeff")
    if not header_line.strip():
        return
    delimiter = mapping.delimiter or _guess_delimiter(header_line)
    try:
        header = next(csv.reader([header_line], delimiter=delimiter))
    except (csv.Error, TypeError, StopIteration):
        raise SerializationError(
            path=_HEADER, reason=N_("not a CSV header (or an unusable delimiter)")
        ).detached() from None
    header = [name.strip() for name in header]
    positions = {name: index for index, name in enumerate(header)}
    index: dict[str, int | None] = {}
    missing = []
    for field, column in mapping.columns:
        position = positions.get(column)
        if position is None and (field in _REQUIRED or field in mapping.explicit):
            # a column the user named is not echoed (it could be anything); a default one is
            missing.append(field if field in mapping.explicit else f"{column!r} ({field})")
        index[field] = position
    if missing:
        raise SerializationError(
            path=_HEADER,
            reason=Plural(
                Nn_(
                    "missing column: {columns}; map it with --column field=column "
                    "(fields: {fields})",
                    "missing columns: {columns}; map them with --column field=column "
                    "(fields: {fields})",
                ),
                count=len(missing),
                columns=", ".join(missing),
                fields=", ".join(_FIELDS),
            ),
        )
    reader = csv.reader(physical, delimiter=delimiter)
    previous_end = 1
    while True:
        failure: tuple[ProblemKind, str, str] | None = None
        row: list[str] = []
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            too_large = "field larger than field limit" in str(error)
            failure = (
                (ProblemKind.TOO_LARGE, "row", N_("a field over the CSV field size limit"))
                if too_large
                else (ProblemKind.MALFORMED, "row", N_("not a valid CSV row"))
            )
        line = previous_end + 1
        previous_end = reader.line_num + 1
        if tainted:
            _, kind, reason = tainted[0]
            failure = (kind, "row", reason)
            tainted.clear()
        if failure is None and not any(cell.strip() for cell in row):
            continue
        if failure is None:
            try:
                complaint = _row(row, index, mapping, zone, workflow, line=line)
            except _RowError as error:
                failure = (error.kind, error.where, error.detail)
            except SerializationError:
                raise
            except Exception as error:  # the reader boundary: any failure is this row's problem
                kind, _, detail = _classify(error)
                failure = (kind, "row", detail)
            else:
                yield Record(line=line, complaint=complaint, verified=True)
                continue
        kind, where, detail = failure
        on_problem(ReadProblem(line=line, kind=kind, where=where, detail=detail))


def _physical_lines(
    lines: Iterable[str | bytes], limit: int, tainted: list[tuple[int, ProblemKind, str]]
) -> Iterator[str]:
    """Decoded lines; a line that is not UTF-8 or too long is noted in ``tainted`` and
    replaced by an empty line, so the row it belongs to is reported, never half-read."""
    for number, line in enumerate(lines, start=1):
        problem: tuple[ProblemKind, str] | None = None
        text = ""
        if isinstance(line, str):
            if len(line) > limit:
                problem = (ProblemKind.TOO_LARGE, _longer(limit))
            else:
                text = line
        elif not isinstance(line, bytes | bytearray):
            raise wrong("line", N_("must be a str or bytes"), line)
        elif len(line.rstrip(b"\r\n")) > limit:
            problem = (ProblemKind.TOO_LARGE, _longer(limit))
        else:
            try:
                text = bytes(line).decode("utf-8")
            except UnicodeDecodeError:
                problem = (ProblemKind.ENCODING, N_("bytes that are not UTF-8"))
        if problem is not None:
            tainted.append((number, *problem))
            yield "\n"
        else:
            yield text


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
        expected = mapping.date_format or Phrase(
            N_("ISO 8601, e.g. {example}"), example="2025-03-03T10:00:00+08:00"
        )
        raise _RowError(
            ProblemKind.BAD_TIME,
            column,
            Phrase(N_("not a time in the expected format ({expected})"), expected=expected),
        ) from None
    if value.tzinfo is None or value.utcoffset() is None:
        if zone is None:
            raise _fatal(
                line,
                column,
                N_(
                    "time has no UTC offset: give the export's time zone "
                    "(timezone='Asia/Makassar', --timezone Asia/Makassar)"
                ),
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
            N_("the tracking id is empty or contains spaces"),
        )
    times: dict[str, datetime] = {}
    for field in _MILESTONES:
        text = _cell(row, index, field)
        if text:
            times[field] = _time(text, field, mapping, zone, line)
    if "received_at" not in times:
        raise _RowError(ProblemKind.MALFORMED, mapping.column("received_at"), N_("empty"))
    decided = [f for f in _DECISIONS if f in times]
    if len(decided) > 1:
        columns = " + ".join(mapping.column(f) for f in decided)
        raise _RowError(
            ProblemKind.OUT_OF_ORDER, columns, N_("only one of verified, forwarded or archived")
        )
    for field, needs in _NEEDS.items():
        if field in times and not any(n in times for n in needs):
            raise _RowError(
                ProblemKind.OUT_OF_ORDER,
                mapping.column(field),
                Phrase(
                    N_("set without {column}: the SOP does not allow that order"),
                    column=mapping.column(needs[0]),
                ),
            )
    order = [f for f in _MILESTONES if f in times]
    for earlier, later in pairwise(order):
        if times[later] < times[earlier]:
            raise _RowError(
                ProblemKind.OUT_OF_ORDER,
                mapping.column(later),
                Phrase(N_("earlier than {column}"), column=mapping.column(earlier)),
            )
    units_text = _cell(row, index, "unit")
    units = tuple(u.strip() for u in units_text.split(mapping.unit_separator) if u.strip())
    if "verified_at" in times and not units:
        raise _RowError(
            ProblemKind.MALFORMED,
            mapping.column("unit"),
            N_("empty, but the complaint was verified"),
        )
    classification = _cell(row, index, "classification") or Classification.PENGADUAN.value
    if classification not in Classification._value2member_map_:
        raise _RowError(
            ProblemKind.MALFORMED,
            mapping.column("classification"),
            Phrase(
                N_("expected one of: {values}"), values=", ".join(c.value for c in Classification)
            ),
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
        reason = Phrase(N_("the SOP refuses these milestones ({code})"), code=error.code)
    except OverflowError:
        reason = None
    except ArgumentError as error:
        if error.rule != RANGE_RULE:
            raise _RowError(ProblemKind.MALFORMED, "row", N_("not a valid row")) from None
        reason = None
    except ValueError as error:
        detail = Phrase(N_("not a valid row ({type})"), type=type_name(error))
        raise _RowError(ProblemKind.MALFORMED, "row", detail) from None
    if reason is None:
        raise _RowError(ProblemKind.OUT_OF_RANGE, "row", N_("a date outside the computable range"))
    raise _RowError(ProblemKind.OUT_OF_ORDER, "milestones", reason)
