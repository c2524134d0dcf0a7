"""PostgreSQL's fast paths: an append in one statement, a bulk import with ``COPY``.

Both run on the psycopg 3 connection under a SQLAlchemy ``Connection`` (sync, or async through
``run_sync``), inside whatever transaction the caller holds. The SQL text of an append depends
only on how many events it adds and which projection columns it sets, so it is built once per
shape, and psycopg prepares it on the server after a few executions (``prepare_threshold``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from pengaduan.errors import ConflictError, StorageError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy.engine import Connection

    from pengaduan.model import Complaint
    from pengaduan.store._core import Appended

__all__ = ["append", "copy_new"]

_EVENT_COLUMNS = (
    "tracking_id",
    "seq",
    "action",
    "from_status",
    "to_status",
    "actor_role",
    "actor_id",
    "at",
    "payload",
    "data",
    "idempotency_key",
    "digest",
)
_CASTS = {"seq": "::integer", "data": "::jsonb"}
_COMPLAINT_COLUMNS = (
    "tracking_id",
    "version",
    "head",
    "status",
    "privacy",
    "classification",
    "channel",
    "received_at",
    "updated_at",
    "next_deadline",
    "reporter",
    "record",
    "next_timer",
    "deadline_unknown",
    "derivation",
)


@functools.lru_cache(maxsize=128)
def _append_sql(events: int, columns: tuple[str, ...], units: bool) -> str:  # noqa: FBT001
    """``WITH cas AS (UPDATE ... RETURNING) [, units AS (UPDATE ...)] INSERT ... SELECT``."""
    names = ", ".join(_EVENT_COLUMNS)
    sets = ", ".join(f"{name} = %(p_{name})s" for name in columns)
    rows = ", ".join(
        "(" + ", ".join(f"%({name}_{i})s{_CASTS.get(name, '')}" for name in _EVENT_COLUMNS) + ")"
        for i in range(events)
    )
    unit_rows = (
        ", units AS (UPDATE complaint_units SET next_deadline = %(p_next_deadline)s "
        "WHERE tracking_id IN (SELECT tracking_id FROM cas) "
        "AND next_deadline IS DISTINCT FROM %(p_next_deadline)s)"  # no row version if equal
        if units
        else ""
    )
    # Names are this module's constants and the projection's column names; values are parameters.
    return (
        f"WITH cas AS (UPDATE complaints SET {sets} WHERE tracking_id = %(cas_id)s "  # noqa: S608
        "AND version = %(cas_version)s AND head = %(cas_head)s RETURNING tracking_id)"
        f"{unit_rows} INSERT INTO events ({names}) SELECT * FROM (VALUES {rows}) "
        f"AS new_events ({names}) WHERE EXISTS (SELECT 1 FROM cas) RETURNING seq"
    )


def append(conn: Connection, plan: Appended) -> bool:
    """Compare-and-set the projection and insert the new events in one statement.

    Returns whether the compare-and-set matched (``False``: nothing was written). The units'
    copy of the next deadline follows in the same statement.
    """
    columns = tuple(sorted(plan.values))
    parameters: dict[str, Any] = {f"p_{name}": plan.values[name] for name in columns}
    parameters |= {
        "cas_id": plan.complaint.tracking_id,
        "cas_version": plan.expected,
        "cas_head": plan.stored_head,
    }
    for i, row in enumerate(plan.rows):
        for name in _EVENT_COLUMNS:
            parameters[f"{name}_{i}"] = row["payload"] if name == "data" else row[name]
    statement = _append_sql(len(plan.rows), columns, bool(plan.complaint.units))
    inserted = conn.exec_driver_sql(statement, parameters).all()
    return len(inserted) == len(plan.rows)


def _copy(
    cursor: Any, table: str, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]
) -> None:
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def copy_new(
    conn: Connection,
    batch: list[tuple[Complaint, str, list[dict[str, Any]]]],
    projections: list[dict[str, Any]],
    units: list[list[str]],
) -> None:
    """Store new complaints with ``COPY`` (three streams: complaints, events, units).

    ``projections`` holds each complaint's columns besides its record, and ``units`` its unit
    rows (both in the order of ``batch``). A stored tracking id is a
    [`ConflictError`][pengaduan.errors.ConflictError]; any other server error a
    [`StorageError`][pengaduan.errors.StorageError] (never chained to the driver's).
    """
    import psycopg  # noqa: PLC0415 - loaded already: the connection is psycopg's

    from pengaduan.store._driver_errors import is_unique_violation, storage_error  # noqa: PLC0415

    driver = conn.connection.driver_connection
    failure: StorageError | ConflictError | None = None
    try:
        with driver.cursor() as cursor:  # type: ignore[union-attr]
            _copy(
                cursor,
                "complaints",
                _COMPLAINT_COLUMNS,
                (
                    tuple(
                        record if name == "record" else projection[name]
                        for name in _COMPLAINT_COLUMNS
                    )
                    for (_, record, _), projection in zip(batch, projections, strict=True)
                ),
            )
            _copy(
                cursor,
                "events",
                _EVENT_COLUMNS,
                (
                    tuple(row["payload"] if n == "data" else row[n] for n in _EVENT_COLUMNS)
                    for _, _, rows in batch
                    for row in rows
                ),
            )
            _copy(
                cursor,
                "complaint_units",
                ("tracking_id", "unit", "next_deadline"),
                (
                    (c.tracking_id, unit, projection["next_deadline"])
                    for (c, _, _), projection, assigned in zip(
                        batch, projections, units, strict=True
                    )
                    for unit in assigned
                ),
            )
    except psycopg.Error as exc:
        failure = (
            ConflictError(complaint_id="(import batch)", expected=0, actual=1)
            if is_unique_violation(exc)
            else storage_error(exc)
        )
    if failure is not None:
        raise failure
