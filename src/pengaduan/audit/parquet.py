"""Histories to Parquet for analysts (the ``pengaduan[parquet]`` extra, pyarrow).

[`write_parquet()`][pengaduan.audit.parquet.write_parquet] writes two files that DuckDB, Polars,
pandas and Spark read as they are:

``events.parquet``, one row per event:

=============== ======================== =====================================================
column          type                     meaning
=============== ======================== =====================================================
tracking_id     string                   the complaint's tracking id
sequence        int32                    the event's place in the history (0 = received)
at              timestamp[us, UTC]       when it happened
action          string                   the SOP action (``verifikasi``...)
from_status     string (null at 0)       status before
to_status       string                   status after
actor_role      string                   ``admin``, ``unit``, ``pelapor`` or ``sistem``
=============== ======================== =====================================================

``complaints.parquet``, one row per complaint with its SLA outcome at ``now``:

================== ============================ ===============================================
column             type                         meaning
================== ============================ ===============================================
tracking_id        string                       the tracking id
received_at        timestamp[us, UTC]           when it was received
classification     string                       ``pengaduan``, ``aspirasi``...
channel            string                       intake channel
status             string                       current status
status_category    string                       ``open``, ``paused`` or ``terminal``
units              list<string>                 units of the latest disposition (empty: none)
events             int32                        history length
sop_violations     int32                        steps the SOP does not allow
history_verified   bool                         the digest chain verifies
auditable          bool                         the clocks could be evaluated (else no cycles)
cycles             list<struct>                 one per deadline-clock cycle (below)
================== ============================ ===============================================

A cycle is ``struct<clock: string, outcome: string, breach_month: string, taken: int32>``:
``outcome`` is ``on_time``, ``met_late``, ``ended_late``, ``overdue_open`` or null (not judged
yet), ``breach_month`` the ``YYYY-MM`` of the deadline's last day for a late cycle, ``taken`` the
time a completed cycle took in the clock's unit. These are the audit's own counting rules, so a
query over them reproduces the audit's figures (``docs/howto/national-audit.md``).

Nothing written is complaint text or identity: no event data, no actor ids, no reporter, no
free-text category. Files are written in row groups as complaints stream in: memory stays flat.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pengaduan._core.arguments import iterable
from pengaduan._core.paths import os_reason
from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.audit.problems import ReadProblem
from pengaduan.errors import ArgumentError, OptionalDependencyError, StorageError, type_name

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Complaint
    from pengaduan.sla import SlaPolicy
    from pengaduan.workflow import Workflow

__all__ = ["ParquetWriteError", "write_parquet"]

EVENTS_FILE = "events.parquet"
COMPLAINTS_FILE = "complaints.parquet"


class ParquetWriteError(StorageError):
    """The Parquet files cannot be written (a missing or read-only directory, a full disk).

    Attributes:
        reason: ``"unwritable"``.
        detail: the operating system's explanation, never data.
    """

    code = "parquet-write"


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional extra, loaded only here
        import pyarrow.parquet as pq  # noqa: PLC0415
    except ImportError:
        missing = True
    else:
        return pa, pq
    if missing:
        raise OptionalDependencyError(
            feature="the Parquet export", package="pyarrow", extra="parquet"
        )
    raise AssertionError  # pragma: no cover - unreachable


def _schemas(pa: Any) -> tuple[Any, Any]:
    utc = pa.timestamp("us", tz="UTC")
    events = pa.schema(
        [
            ("tracking_id", pa.string()),
            ("sequence", pa.int32()),
            ("at", utc),
            ("action", pa.string()),
            ("from_status", pa.string()),
            ("to_status", pa.string()),
            ("actor_role", pa.string()),
        ]
    )
    cycle = pa.struct(
        [
            ("clock", pa.string()),
            ("outcome", pa.string()),
            ("breach_month", pa.string()),
            ("taken", pa.int32()),
        ]
    )
    complaints = pa.schema(
        [
            ("tracking_id", pa.string()),
            ("received_at", utc),
            ("classification", pa.string()),
            ("channel", pa.string()),
            ("status", pa.string()),
            ("status_category", pa.string()),
            ("units", pa.list_(pa.string())),
            ("events", pa.int32()),
            ("sop_violations", pa.int32()),
            ("history_verified", pa.bool_()),
            ("auditable", pa.bool_()),
            ("cycles", pa.list_(cycle)),
        ]
    )
    return events, complaints


def _directory(directory: object) -> str | os.PathLike[str]:
    """``directory`` (an app's str subclass copied: its methods never run), or an error."""
    directory = exact(directory)
    if not isinstance(directory, str | os.PathLike) or not os.fspath(directory):
        raise ArgumentError(
            argument="directory", rule=N_("must be a directory path"), given=type_name(directory)
        )
    return directory


def write_parquet(
    complaints: Iterable[Complaint],
    directory: str | os.PathLike[str],
    *,
    calendar: WorkingCalendar,
    now: datetime,
    workflow: Workflow | None = None,
    policy: SlaPolicy | None = None,
    batch_size: int = 50_000,
) -> tuple[Path, Path]:
    """Write ``events.parquet`` and ``complaints.parquet`` (schema above) into ``directory``.

    Args:
        complaints: the complaints (any iterable; a generator keeps memory flat).
        directory: an existing directory; the two files in it are replaced.
        calendar: the offices' working calendar.
        now: the moment the SLA outcomes are taken at (aware).
        workflow: the SOP; default the SP4N-LAPOR! v3 profile.
        policy: the clocks; default ``SlaPolicy.lapor(workflow)``.
        batch_size: complaints per row group (1 to 10,000,000).

    Returns:
        The paths of the events and the complaints file.

    Raises:
        ArgumentError: an argument of the wrong type or value, or an item that is not a
            complaint.
        ParquetWriteError: the directory is missing or the files cannot be written.
        OptionalDependencyError: the ``parquet`` extra is not installed.
        NaiveDatetimeError: ``now`` is naive.
    """
    from pengaduan.audit.aggregate import Audit  # noqa: PLC0415
    from pengaduan.history import verify_history  # noqa: PLC0415
    from pengaduan.model import Complaint  # noqa: PLC0415
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    directory = _directory(directory)
    if type(batch_size) is not int or not 1 <= batch_size <= 10_000_000:
        raise ArgumentError(argument="batch_size", rule="must be an int from 1 to 10,000,000")
    if workflow is not None and not isinstance(workflow, Workflow):
        raise ArgumentError(
            argument="workflow", rule="must be a Workflow or None", given=type_name(workflow)
        )
    if policy is not None and not isinstance(policy, SlaPolicy):
        raise ArgumentError(
            argument="policy", rule="must be a SlaPolicy or None", given=type_name(policy)
        )
    read = iterable(complaints, "complaints")
    workflow = workflow if workflow is not None else Workflow.default()
    policy = policy if policy is not None else SlaPolicy.lapor(workflow)
    audit = Audit(
        workflow=workflow, policy=policy, calendar=calendar, now=now, check_duplicates=False
    )
    pa, pq = _pyarrow()
    event_schema, complaint_schema = _schemas(pa)
    folder = Path(os.fspath(directory))
    missing = True
    with contextlib.suppress(OSError, ValueError):  # a name too long, a NUL: no such folder
        missing = not folder.is_dir()
    if missing:
        raise ParquetWriteError(
            reason="unwritable", detail=N_("the output directory does not exist")
        )
    paths = (folder / EVENTS_FILE, folder / COMPLAINTS_FILE)
    failure: OSError | None = None
    wrong: str | None = None
    try:
        with (
            pq.ParquetWriter(paths[0], event_schema) as events_out,
            pq.ParquetWriter(paths[1], complaint_schema) as complaints_out,
        ):
            events: list[dict[str, Any]] = []
            rows: list[dict[str, Any]] = []
            for complaint in read:
                if not isinstance(complaint, Complaint):
                    wrong = type_name(complaint)
                    break
                events.extend(_event_rows(complaint))
                rows.append(_complaint_row(complaint, audit, verify_history))
                if len(rows) >= batch_size:
                    _flush(pa, events_out, event_schema, events)
                    _flush(pa, complaints_out, complaint_schema, rows)
            _flush(pa, events_out, event_schema, events)
            _flush(pa, complaints_out, complaint_schema, rows)
    except OSError as error:
        failure = error
    if wrong is not None:
        raise ArgumentError(argument="complaints", rule="must hold Complaint values", given=wrong)
    if failure is not None:
        detail = Phrase(
            N_("the Parquet files cannot be written ({reason})"),
            reason=os_reason(failure),
        )
        raise ParquetWriteError(reason="unwritable", detail=detail)
    return paths


def _flush(pa: Any, writer: Any, schema: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        rows.clear()


def _event_rows(complaint: Complaint) -> list[dict[str, Any]]:
    tracking_id = complaint.tracking_id
    return [
        {
            "tracking_id": tracking_id,
            "sequence": event.sequence,
            "at": event.at,
            "action": event.action,
            "from_status": event.from_status,
            "to_status": event.to_status,
            "actor_role": event.actor.role.value,
        }
        for event in complaint.history
    ]


def _complaint_row(complaint: Complaint, audit: Any, verify: Any) -> dict[str, Any]:
    from pengaduan.errors import IntegrityError  # noqa: PLC0415

    evaluated = audit._evaluate(complaint, verified=True, line=0)
    try:
        verify(complaint)
    except IntegrityError:
        verified = False
    else:
        verified = True
    row: dict[str, Any] = {
        "tracking_id": complaint.tracking_id,
        "received_at": complaint.received_at,
        "classification": complaint.classification.value,
        "channel": complaint.channel.value,
        "status": complaint.status,
        "status_category": audit._categories.get(complaint.status, "open"),
        "units": list(complaint.units),
        "events": len(complaint.history),
        "history_verified": verified,
    }
    if isinstance(evaluated, ReadProblem):
        return row | {"sop_violations": None, "auditable": False, "cycles": []}
    _, violations, cycles = evaluated
    contribution = audit._contribution(complaint, 0, violations, cycles)
    return row | {
        "sop_violations": violations,
        "auditable": True,
        "cycles": [
            {"clock": clock, "outcome": outcome, "breach_month": month, "taken": taken}
            for clock, outcome, month, taken in contribution[6]
        ],
    }
