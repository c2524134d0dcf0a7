"""Derived values read back without trusting them, for ``refresh_derived``.

The refresh exists to repair derived columns, so it reads them as they may have been left: a
time that is no time (``'garbage'`` or ``'2025-13-45 99:00:00'`` in SQLite's text, ``infinity``
or a year Python cannot hold in PostgreSQL) is read as `UNREADABLE`, which equals nothing, so
the column counts as differing and is rewritten from the verified record. On SQLite the stored
text is decoded here, one value at a time; on PostgreSQL a time outside the years Python holds
is left out by the statement itself (the driver would refuse the whole result) and flagged.

SQLite stores whatever bytes a writer gave it in a text column, and its driver refuses a whole
result when one value is not UTF-8. Inside `lenient_text` such a value is read with its bad
bytes kept as lone surrogates (Python's ``surrogateescape``): a derived column then differs and
is rewritten, a record or event with one does not load (its history does not verify: reported,
never recomputed), and a tracking id with one is reported and skipped. `text_bound` writes such
a value back into a statement as the exact bytes it was read from, so a row is still addressed,
and a batch continues after it, in the database's own order. PostgreSQL refuses invalid UTF-8
when it is written, so there this changes nothing.
"""

from __future__ import annotations

import contextlib
import functools
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import LargeBinary, String, and_, case, cast, literal, null, or_, type_coerce

from pengaduan._core.text import encodable
from pengaduan._i18n import N_
from pengaduan.errors import StorageError
from pengaduan.store._schema import UtcDateTime

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from sqlalchemy.engine import Connection, Dialect
    from sqlalchemy.sql.elements import ColumnElement

__all__ = [
    "UNREADABLE",
    "id_text",
    "lenient_text",
    "readable",
    "resume_point",
    "text_bound",
    "time_columns",
    "undecodable",
]

# Within the years Python's datetime holds in any zone a driver may convert to.
_LOWEST = datetime(2, 1, 1, tzinfo=UTC)
_HIGHEST = datetime(9998, 12, 31, tzinfo=UTC)
_FLAG = "__unreadable"


class _Unreadable:
    """A stored value that cannot be read: equal to nothing, not even itself."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return False

    def __ne__(self, other: object) -> bool:
        return True

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return "UNREADABLE"


UNREADABLE: Any = _Unreadable()
"""What the refresh reads for a derived value it cannot decode."""


def time_columns(dialect: str, *columns: ColumnElement[Any]) -> list[ColumnElement[Any]]:
    """What to select for the stored times ``columns`` (read with `readable`)."""
    selected: list[ColumnElement[Any]] = []
    for column in columns:
        name = str(column.key)
        if dialect == "postgresql":
            within = and_(column >= _LOWEST, column <= _HIGHEST)
            selected.append(case((within, column), else_=null()).label(name))
            selected.append(
                and_(column.is_not(None), or_(column < _LOWEST, column > _HIGHEST)).label(
                    name + _FLAG
                )
            )
        else:  # the stored text as it is, decoded by `readable`
            selected.append(type_coerce(column, String()).label(name))
    return selected


def readable(row: Any, dialect: Dialect, times: Iterable[str]) -> SimpleNamespace:
    """``row`` with each of its stored ``times`` decoded, or `UNREADABLE`."""
    values = dict(row._mapping)
    if dialect.name == "postgresql":
        for name in times:
            if values.pop(name + _FLAG):
                values[name] = UNREADABLE
        return SimpleNamespace(**values)
    decode = _decoder(dialect)
    for name in times:
        try:
            values[name] = values[name] if decode is None else decode(values[name])
        except (ValueError, TypeError, OverflowError):
            values[name] = UNREADABLE
    return SimpleNamespace(**values)


@functools.cache
def _decoder(dialect: Dialect) -> Callable[[Any], Any] | None:
    """How ``dialect`` decodes a stored time (SQLAlchemy's own, as every query reads it)."""
    return UtcDateTime().dialect_impl(dialect).result_processor(dialect, None)


def id_text(value: object) -> str:
    """A tracking id read from a row, as text for a report (a SQLite BLOB id decoded, bytes
    that are not UTF-8 shown as U+FFFD, any other stored type written out); shown only through
    a filter for control characters."""
    if undecodable(value):
        value = str(value).encode("utf-8", "surrogateescape")
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value if isinstance(value, str) else str(value)


def undecodable(value: object) -> bool:
    """Whether ``value`` was read from text that is not UTF-8 (see `lenient_text`)."""
    return isinstance(value, str) and not encodable(value)


def _lenient(value: bytes) -> str:
    return value.decode("utf-8", "surrogateescape")


@contextlib.contextmanager
def lenient_text(conn: Connection) -> Iterator[None]:
    """While inside, SQLite text that is not UTF-8 is read with its bad bytes as lone
    surrogates instead of failing the whole result (nothing changes on PostgreSQL)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw: Any = conn.connection.driver_connection  # sqlite3's, or aiosqlite's (the same knob)
    previous = raw.text_factory
    raw.text_factory = _lenient
    try:
        yield
    finally:
        raw.text_factory = previous


def text_bound(value: Any) -> Any:
    """``value`` for a statement: as it is, or, when it was read from bytes that are not UTF-8
    (see `lenient_text`), those exact bytes cast back to text (compared byte by byte, as
    SQLite compares text)."""
    if not undecodable(value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    return cast(literal(raw, LargeBinary()), String())


def resume_point(value: str) -> str:
    """Where a run interrupted after ``value`` may resume, as text that can be stored: the id
    itself, or the part before its first byte that is not UTF-8 (a lower bound: the rows
    after it are read again, which changes nothing)."""
    if not undecodable(value):
        return value
    return value[: next(i for i, char in enumerate(value) if not encodable(char))]


def decoded(result: Any) -> list[Any]:
    """Every row of ``result``; a stored value its column's type cannot decode (a time that is
    no time) is a `StorageError` (``corrupt``), never the decoder's own error."""
    rows: list[Any] | None = None
    with contextlib.suppress(ValueError, TypeError, OverflowError):
        rows = list(result)
    if rows is None:
        raise StorageError(
            reason="corrupt", detail=N_("a stored value cannot be read as its column's type")
        )
    return rows
