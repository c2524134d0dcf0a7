"""The repository's operations on one SQLAlchemy ``Connection``, shared by sync and async.

Each function runs inside a transaction its caller opened (the async repository runs them
through ``AsyncConnection.run_sync``), so sync and async share one implementation.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from sqlalchemy import (
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    null,
    or_,
    select,
    update,
)

from pengaduan._core.keys import MAX_KEY_LENGTH
from pengaduan._core.text import encodable, nul_path
from pengaduan._core.time import epoch_microseconds, format_utc, parse_utc
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import (
    ArgumentError,
    ConflictError,
    IdempotencyError,
    IntegrityError,
    NotFoundError,
    PengaduanError,
    SerializationError,
    UnloggedWriteError,
    type_name,
)
from pengaduan.history import digest_fields
from pengaduan.identity import reporter_pseudonym
from pengaduan.integrity._log import safe_id
from pengaduan.model import (
    CONSENT_ACTION,
    PRIVACY_ACTION,
    Actor,
    Channel,
    Complaint,
    Event,
    Submission,
    canonical_json,
    carries_units,
)
from pengaduan.serialization import from_dict, to_dict
from pengaduan.store import _deadlines, _outbox
from pengaduan.store._deadlines import DeadlineMemo
from pengaduan.store._keys import fingerprint
from pengaduan.store._pseudonym_key import KeyProblem, PseudonymKeyError
from pengaduan.store._query import ComplaintSummary, Page, Query, require_id, require_whole
from pengaduan.store._schema import complaint_units, complaints, events, idempotency_keys
from pengaduan.store._steps import Local
from pengaduan.store._unreadable import decoded
from pengaduan.store._writing_key import confirm_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import datetime

    from sqlalchemy.engine import Connection
    from sqlalchemy.sql.elements import ColumnElement

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.integrity import TransparencyLog
    from pengaduan.model import Reporter
    from pengaduan.sla import SlaPolicy
    from pengaduan.store._steps import Steps
    from pengaduan.workflow import Workflow

__all__ = []


_RECEIVE = "terima"
_MAX_PAGE = 1000
_T = TypeVar("_T")
_MAX_VERSION = 2**31 - 1
_IN_CHUNK = 500
_COPY_FROM = 32  # complaints: a smaller batch is quicker as INSERTs than as three COPYs


@attrs.frozen(kw_only=True)
class Settings:
    """What every operation of a repository needs besides the connection."""

    policy: SlaPolicy | None = None
    calendar: WorkingCalendar | None = None
    pseudonym_key: bytes | None = attrs.field(default=None, repr=False)
    messenger: Any = None
    """A [`Messenger`][pengaduan.messages.Messenger]: writes cause outbox messages."""
    deadlines: DeadlineMemo = attrs.field(factory=DeadlineMemo, eq=False, repr=False)
    log: TransparencyLog | None = attrs.field(default=None, eq=False, repr=False)
    key_required: bool = False
    """Whether the database records a pseudonym key or holds pseudonyms: a new row with a
    reporter is then refused from a repository without a key."""

    def logging(self, *written: Complaint) -> Steps[None]:
        """The step that appends the heads just committed to the transparency log (`logged`),
        if there is one: in a worker thread under an event loop (see `_steps.Local`)."""
        if self.log is not None and written:
            yield Local(lambda: self.logged(*written))

    def logged(self, *written: Complaint) -> None:
        """Append the heads just committed to the transparency log, if there is one.

        Each head is tried, whatever happened to the one before it.

        Raises:
            UnloggedWriteError: the log did not take some of the heads (they are committed).
        """
        if self.log is None or not written:
            return
        with contextlib.suppress(Exception):  # any failure: each head is tried on its own below
            self.log.extend(written)  # one write and one sync for the whole transaction
            return
        missed: list[tuple[str, int, str]] = []
        reason = ""
        for complaint in written:
            try:
                self.log.append(complaint)
            except Exception as exc:  # whatever failed, the write is committed
                missed.append((complaint.tracking_id, complaint.version, complaint.head))
                found = getattr(exc, "reason", None) if isinstance(exc, PengaduanError) else None
                reason = reason or (found if isinstance(found, str) else "failed")
        if missed:
            raise UnloggedWriteError(heads=missed, reason=reason)


# -- checks -----------------------------------------------------------------------------------


def require_type(value: object, kind: type[_T], argument: str, rule: str) -> _T:
    """``value`` if it is a ``kind``, else an ``ArgumentError`` saying ``rule``."""
    if not isinstance(value, kind):
        raise ArgumentError(argument=argument, rule=rule, given=type_name(value))
    return value


def require_complaint(value: object) -> Complaint:
    return require_type(value, Complaint, "complaint", "must be a Complaint")


def require_version(value: object) -> int:
    return require_whole(value, "expected_version", _MAX_VERSION)


def require_limit(value: object) -> int:
    return require_whole(value, "limit", _MAX_PAGE)


_NUL = N_("holds the NUL character (U+0000), which no database stores as text")


def _refuse_nul(text: str, path: str) -> None:
    """Refuse canonical JSON ``text`` (a record, an event's data) holding NUL, naming where it is
    under ``path``. JSON writes NUL as an escape; the text is parsed only when it holds one
    (or a backslash followed by ``u0000``, which is no NUL)."""
    if "\\u0000" not in text:
        return
    document = None
    with contextlib.suppress(ValueError, RecursionError):
        document = json.loads(text)
    found = nul_path(document)
    if found is not None:
        where = ".".join(part for part in (path, found) if part) or "document"
        raise SerializationError(path=where, reason=_NUL)


def _event_row(tracking_id: str, event: Event, *, loaded: bool = False) -> dict[str, Any]:
    """An event's row; ``loaded``: the event was just loaded (its data checked), so the JSON
    copy is parsed only where a statement needs it (see `_with_data()`).

    Data holding NUL is refused on every database (PostgreSQL's JSON cannot hold it), and so is
    an idempotency key longer than its column (PostgreSQL would refuse the row with an opaque
    error, SQLite would store it): a history written before either was refused still loads, but
    is not stored again.
    """
    _refuse_nul(event.payload, f"history[{event.sequence - 1}].data")
    key = event.idempotency_key
    if key is not None and len(key) > MAX_KEY_LENGTH:
        raise SerializationError(
            path=f"history[{event.sequence - 1}].key",
            reason=Phrase(N_("is longer than {size} characters"), size=MAX_KEY_LENGTH),
        )
    if loaded:
        return _row_of(tracking_id, event, None)
    data = None
    with contextlib.suppress(ValueError, RecursionError):
        data = json.loads(event.payload)
    if not isinstance(data, dict) or not encodable(event.payload):
        raise SerializationError(
            path=f"history[{event.sequence - 1}].data",
            reason=N_("is not the text of a JSON object"),
        )
    if key is not None and not encodable(key):
        raise SerializationError(
            path=f"history[{event.sequence - 1}].key", reason=N_("cannot be written as UTF-8")
        )
    return _row_of(tracking_id, event, data)


def _with_data(row: dict[str, Any]) -> dict[str, Any]:
    """The row with its JSON copy parsed (rows of loaded events leave it for later)."""
    if row["data"] is None:
        return {**row, "data": json.loads(row["payload"])}
    return row


def _row_of(tracking_id: str, event: Event, data: dict[str, Any] | None) -> dict[str, Any]:
    key = event.idempotency_key
    return {
        "tracking_id": tracking_id,
        "seq": event.sequence,
        "action": event.action,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor_role": event.actor.role.value,
        "actor_id": event.actor.id,
        "at": format_utc(event.at),
        "payload": event.payload,
        "data": data,
        "idempotency_key": key,
        "digest": event.digest,
    }


def _verify_tail(complaint: Complaint, start: int) -> None:
    """Check the chain of events ``start + 1 ..`` from event ``start`` (cost: new events only)."""
    cid = complaint.tracking_id
    before = complaint.history[start - 1]
    previous, previous_status, previous_at = before.digest, before.to_status, before.at
    for index in range(start, complaint.version):
        event = complaint.history[index]
        sequence = index + 1
        if not isinstance(event, Event) or event.sequence != sequence:
            raise IntegrityError(
                complaint_id=cid, sequence=sequence, reason="unexpected sequence number"
            )
        if event.from_status != previous_status or event.at < previous_at:
            raise IntegrityError(
                complaint_id=cid,
                sequence=sequence,
                reason=N_("event does not follow the one before it (status or time)"),
            )
        expected = digest_fields(
            previous,
            str(sequence),
            event.action,
            event.from_status or "",
            event.to_status,
            event.actor.role.value,
            event.actor.id,
            str(epoch_microseconds(event.at)),
            event.payload,
            event.idempotency_key or "",
        )
        if expected != event.digest:
            raise IntegrityError(
                complaint_id=cid,
                sequence=sequence,
                reason=N_("digest does not match the event and the one before it"),
            )
        previous, previous_status, previous_at = event.digest, event.to_status, event.at


def _record_text(complaint: Complaint) -> str:
    """The record (the document without its history) as canonical JSON text."""
    document = to_dict(complaint)
    del document["history"]
    return canonical_json(document)


def _load(record: str, rows: list[Any], head: str, tracking_id: str, version: int) -> Complaint:
    """The complaint of a stored record and its event rows, verified up to the stored head."""
    document = None
    # A record nested deeper than the parser recurses, or not text at all, is no document.
    with contextlib.suppress(ValueError, TypeError, RecursionError):
        document = json.loads(record)
    if not isinstance(document, dict):
        raise IntegrityError(
            complaint_id=tracking_id, sequence=0, reason=N_("the stored record is not a document")
        )
    document["history"] = [
        {
            "seq": row.seq,
            "action": row.action,
            "from": row.from_status,
            "to": row.to_status,
            "actor": {"role": row.actor_role, "id": row.actor_id},
            "at": row.at,
            "data": row.payload,
            "key": row.idempotency_key,
            "digest": row.digest,
        }
        for row in rows
    ]
    complaint = None
    with contextlib.suppress(RecursionError):
        complaint = from_dict(document, head=head)
    if complaint is None:
        raise IntegrityError(
            complaint_id=tracking_id, sequence=0, reason=N_("the stored record is not a document")
        )
    if complaint.tracking_id != tracking_id or complaint.version != version:
        raise IntegrityError(
            complaint_id=tracking_id,
            sequence=complaint.version,
            reason=N_("the stored events do not match the complaint's row"),
        )
    return complaint


def pseudonym(settings: Settings, identity: str) -> str:
    """The keyed pseudonym of a reporter identity (see
    [`pengaduan.identity`][pengaduan.identity])."""
    if settings.pseudonym_key is None:
        raise ArgumentError(
            argument="reporter", rule=N_("needs a repository opened with a pseudonym_key")
        )
    return reporter_pseudonym(identity, key=settings.pseudonym_key)


_PHONE_WRITING = re.compile(r"\+?[(0-9][0-9 ().-]{5,38}")
"""The characters a phone number is written with (``0812-3900-1122``, ``+62 (380) 821234``)."""


_GATEWAY_ID = re.compile(r"psn-[a-z2-7]{24}\Z")
"""The shape of `reporter_pseudonym()`'s output, which an SMS or WhatsApp gateway puts in
``Reporter.account_id``. The shape alone proves nothing (a portal user may pick such a user
name): only a gateway's channel makes it the pseudonym of the phone beside it, see
`gateway_phone()`."""

GATEWAY_CHANNELS = frozenset({Channel.SMS, Channel.WHATSAPP})
"""The channels whose phone number is the sender's, as their carrier delivered it: the only
ones on which a keyed pseudonym beside a phone stands for that phone."""


def _as_phone(identity: str) -> str | None:
    """``identity`` in E.164 when it is a phone number in a common writing, else ``None``."""
    if not _PHONE_WRITING.fullmatch(identity.strip()):
        return None
    from pengaduan.errors import IntakeError  # noqa: PLC0415 - with the phone parser
    from pengaduan.intake import normalize_phone  # noqa: PLC0415 - loads phonenumbers

    try:
        return normalize_phone(identity)
    except IntakeError:
        return None


def gateway_phone(channel: Channel, reporter: Reporter) -> str | None:
    """The phone (E.164) that ``reporter``'s account id stands for, or ``None``.

    Only an SMS or WhatsApp gateway's message (``channel`` one of `GATEWAY_CHANNELS`, as the
    verified record or the inbound message says) with an account id of a keyed pseudonym's
    shape and a phone that normalises: the carrier gave the phone, and the gateway derived the
    account id from it. On any other channel (a web form, an app) the phone is what the sender
    typed and the account id what they chose: neither vouches for the other.
    """
    account = reporter.account_id
    if channel not in GATEWAY_CHANNELS or not account or not reporter.phone:
        return None
    if not _GATEWAY_ID.match(account):
        return None
    return _as_phone(reporter.phone)


def _reporter(settings: Settings, complaint: Complaint) -> str | None:
    """The stored pseudonym: of the account id, else of the phone in E.164, else the e-mail.

    Without a key: none, unless the database records a key or holds pseudonyms (a
    `PseudonymKeyError`: the row would be one no lookup of its reporter finds).
    """
    reporter = complaint.reporter
    if settings.pseudonym_key is None:
        if settings.key_required and (reporter.account_id or reporter.phone or reporter.email):
            raise PseudonymKeyError(KeyProblem.MISSING)
        return None
    identity = reporter.account_id
    phone = gateway_phone(complaint.channel, reporter)
    if phone is not None:
        # A gateway's keyed pseudonym of the phone: stored as the one this repository's key
        # makes, which is what a lookup by the phone computes, whichever key the gateway
        # used (the office's before a key rotation, or another by mistake).
        identity = reporter_pseudonym(phone, key=settings.pseudonym_key)
    if not identity and reporter.phone:
        identity = _as_phone(reporter.phone) or reporter.phone
    identity = identity or reporter.email
    return None if not identity else pseudonym(settings, identity)


def reporter_pseudonyms(settings: Settings, identity: str) -> list[str]:
    """The stored pseudonyms ``Query(reporter=identity)`` matches.

    The identity as given; for a phone number also its E.164 form (complaints stored with the
    phone as the identity) and the pseudonym of its keyed pseudonym (SMS complaints whose
    gateway put ``reporter_pseudonym(phone, key)`` in ``account_id`` under the same key).
    """
    found = {pseudonym(settings, identity)}
    phone = _as_phone(identity)
    if phone is not None:
        assert settings.pseudonym_key is not None  # noqa: S101 - pseudonym() checked it
        found.add(pseudonym(settings, phone))
        found.add(pseudonym(settings, reporter_pseudonym(phone, key=settings.pseudonym_key)))
    return sorted(found)


_NO_CLOCKS = _deadlines.NextDue(deadline=None, timer=None, unknown=False)


def next_due(settings: Settings, complaint: Complaint) -> _deadlines.NextDue:
    """The next deadline, the next timer end, and whether a due time was beyond the calendar."""
    if settings.policy is None or settings.calendar is None:
        return _NO_CLOCKS
    return _deadlines.next_due(
        complaint, policy=settings.policy, calendar=settings.calendar, memo=settings.deadlines
    )


def _due_columns(due: _deadlines.NextDue) -> dict[str, Any]:
    return {
        "next_deadline": due.deadline,
        "next_timer": due.timer,
        "deadline_unknown": due.unknown,
    }


DERIVATION = 3
"""The version of the rules in `derived_columns()`, stored in each row it derives
(``complaints.derivation``). Raise it whenever a rule there changes what a stored column would
hold, and say so in the changelog: rows of an older number are then what
``Repository.refresh_derived()`` recomputes.

2: a reporter whose account id is a gateway's keyed pseudonym of their phone is stored under the
pseudonym of the phone's keyed pseudonym under the repository's key (before: of the account id
as it is, which differs when the gateway's key was another, or was rotated since).

3: only a complaint received by SMS or WhatsApp is stored that way (see `gateway_phone()`); a
complaint of any other channel is stored under the pseudonym of its account id, whatever its
shape (before: a web-form account id of a pseudonym's shape with a phone typed beside it was
stored under that phone's pseudonym, among another reporter's complaints)."""

_RULES: dict[str, Callable[[Settings, Complaint], dict[str, Any]]] = {
    "status": lambda _, c: {"status": c.status},
    # The admin's latest privacy change, never looser than the reporter's latest consent.
    "privacy": lambda _, c: {"privacy": c.effective_privacy.value},
    "classification": lambda _, c: {"classification": c.classification.value},
    "channel": lambda _, c: {"channel": c.channel.value},
    "reporter": lambda s, c: {"reporter": _reporter(s, c)},
    "deadlines": lambda s, c: _due_columns(next_due(s, c)),
}
"""How each kind of derived column is computed from a complaint: the one copy of the rules,
used by every write and by the refresh of rows derived by an older release."""

DERIVED_KINDS = tuple(_RULES)
"""The kinds of derived columns, besides the unit rows (see `derived_units()`)."""


def derived_columns(
    settings: Settings, complaint: Complaint, kinds: tuple[str, ...] = DERIVED_KINDS
) -> dict[str, Any]:
    """The derived columns of ``kinds`` as a write with ``settings`` stores them.

    With every kind (the default) the row's ``derivation`` is stamped `DERIVATION` too: the
    row is then wholly derived by these rules.
    """
    values: dict[str, Any] = {}
    for kind in kinds:
        values.update(_RULES[kind](settings, complaint))
    if kinds == DERIVED_KINDS:
        values["derivation"] = DERIVATION
    return values


def derived_units(complaint: Complaint) -> list[str]:
    """The complaint's unit rows: the units of its latest ``units`` field, each once, sorted."""
    return sorted(set(complaint.units))


def _projection(
    settings: Settings, complaint: Complaint, new: tuple[Event, ...] | None = None
) -> dict[str, Any]:
    """The projection's columns; with ``new`` (the appended events), only what they can change.

    The effective privacy changes only with a privacy change or a consent (a withdrawal narrows
    it), so it is not recomputed (a scan of the whole history) for the other actions; the
    record's columns (classification, channel, reporter) never change after the first write.
    """
    values = {
        "version": complaint.version,
        "head": complaint.head,
        "updated_at": complaint.updated_at,
    }
    if new is None:
        return values | derived_columns(settings, complaint)
    kinds: tuple[str, ...] = ("status", "deadlines")
    if any(e.action in (PRIVACY_ACTION, CONSENT_ACTION) for e in new):
        kinds += ("privacy",)
    return values | derived_columns(settings, complaint, kinds)


def set_units(
    conn: Connection, tracking_id: str, unique: list[str], deadline: datetime | None
) -> None:
    """Replace a complaint's unit rows with ``unique`` (from `derived_units()`)."""
    conn.execute(delete(complaint_units).where(complaint_units.c.tracking_id == tracking_id))
    if unique:
        conn.execute(
            insert(complaint_units),
            [{"tracking_id": tracking_id, "unit": u, "next_deadline": deadline} for u in unique],
        )


def _set_unit_deadlines(conn: Connection, tracking_id: str, deadline: datetime | None) -> None:
    """Copy a complaint's next deadline to its unit rows (read by a unit's overdue queue)."""
    conn.execute(
        update(complaint_units)
        .where(
            complaint_units.c.tracking_id == tracking_id,
            complaint_units.c.next_deadline.is_distinct_from(deadline),
        )
        .values(next_deadline=deadline)
    )


# -- writing ----------------------------------------------------------------------------------


def checked_new(
    complaint: object, *, loaded: bool = False
) -> tuple[Complaint, str, list[dict[str, Any]]]:
    """A complaint to add, its record text and event rows, after a load-back check.

    ``loaded=True`` skips the round trip for a complaint that was just loaded from the document
    format (a bulk import): it loads back by construction.
    """
    complaint = require_complaint(complaint)
    tracking_id = require_id(complaint.tracking_id, "complaint.tracking_id")
    if not loaded:
        document = to_dict(complaint)
        reloaded = from_dict(document)
        same = False
        with contextlib.suppress(Exception):  # the verdict follows
            same = reloaded == complaint
        if not same:
            raise SerializationError(
                path="document", reason="the complaint does not load back as the same complaint"
            )
    rows = [_event_row(tracking_id, e, loaded=loaded) for e in complaint.history]
    record = _record_text(complaint)
    _refuse_nul(record, "")  # a record with NUL in the text, the subject, a reporter's name...
    return complaint, record, rows


def add(conn: Connection, settings: Settings, complaint: object) -> Complaint:
    """Insert a new complaint (its projection, units and every event)."""
    checked, record, rows = checked_new(complaint)
    messages = _outbox.event_rows(settings.messenger, checked, 0)
    insert_new(conn, settings, [(checked, record, rows)])
    _outbox.enqueue_events(conn, messages)
    return checked


def insert_new(
    conn: Connection, settings: Settings, batch: list[tuple[Complaint, str, list[dict[str, Any]]]]
) -> None:
    """Insert checked new complaints; a stored tracking id is a ``ConflictError``."""
    ids = [c.tracking_id for c, _, _ in batch]
    found = conn.execute(
        select(complaints.c.tracking_id, complaints.c.version).where(
            complaints.c.tracking_id.in_(ids)
        )
    ).first()
    if found is not None:
        raise ConflictError(complaint_id=found.tracking_id, expected=0, actual=found.version)
    insert_unchecked(conn, settings, batch)


def insert_unchecked(
    conn: Connection, settings: Settings, batch: list[tuple[Complaint, str, list[dict[str, Any]]]]
) -> None:
    """Insert checked new complaints known not to be stored (``COPY`` on PostgreSQL)."""
    projections = [
        {"tracking_id": c.tracking_id, "received_at": c.received_at, **_projection(settings, c)}
        for c, _, _ in batch
    ]
    units = [derived_units(c) for c, _, _ in batch]
    if conn.dialect.name == "postgresql" and not conn.dialect.is_async and len(batch) >= _COPY_FROM:
        from pengaduan.store import _pg  # noqa: PLC0415 - PostgreSQL only

        _pg.copy_new(conn, batch, projections, units)
    else:
        _insert_rows(conn, batch, projections, units)
    if settings.pseudonym_key is not None:
        if any(projection["reporter"] is not None for projection in projections):
            confirm_key(conn, settings.pseudonym_key)
    elif any(identified(c) for c, _, _ in batch):
        confirm_key(conn, None)


def identified(complaint: Complaint) -> bool:
    """Whether the complaint's reporter has an identity a keyed repository pseudonymises."""
    reporter = complaint.reporter
    return bool(reporter.account_id or reporter.phone or reporter.email)


def _insert_rows(
    conn: Connection,
    batch: list[tuple[Complaint, str, list[dict[str, Any]]]],
    projections: list[dict[str, Any]],
    units: list[list[str]],
) -> None:
    """Insert new complaints, their events and unit rows with ``INSERT`` statements."""
    conn.execute(
        insert(complaints),
        [
            {"record": record, **projection}
            for (_, record, _), projection in zip(batch, projections, strict=True)
        ],
    )
    conn.execute(insert(events), [_with_data(row) for _, _, rows in batch for row in rows])
    unit_rows = [
        {"tracking_id": c.tracking_id, "unit": u, "next_deadline": projection["next_deadline"]}
        for (c, _, _), projection, assigned in zip(batch, projections, units, strict=True)
        for u in assigned
    ]
    if unit_rows:
        conn.execute(insert(complaint_units), unit_rows)


@attrs.frozen(kw_only=True)
class Appended:
    """An append checked and encoded before any connection is taken (see `prepare()`)."""

    complaint: Complaint
    expected: int
    stored_head: str
    values: dict[str, Any]
    rows: list[dict[str, Any]]
    units_change: bool
    messages: list[dict[str, Any]] = attrs.field(factory=list, eq=False, repr=False)
    """The outbox rows of the messages the new events cause, written in the same transaction
    (which then takes more than the one statement)."""


def prepare(settings: Settings, complaint: object, expected_version: object) -> Appended:
    """Check the new events of ``complaint`` after ``expected_version`` and encode their rows.

    Everything that costs CPU (the chain of the new events, their JSON, the projection, the
    next deadline and the outbox messages) happens here, before a connection is checked out of
    the pool, and so does everything that may refuse the append: once its first statement has
    run, only the database can fail it.
    """
    checked = require_complaint(complaint)
    expected = require_version(expected_version)
    tracking_id = require_id(checked.tracking_id, "complaint.tracking_id")
    if checked.version == expected:
        # Nothing new (a view that disclosed nothing, a change that changed nothing): a
        # no-op once `unchanged()` has seen the stored head is this complaint's.
        return Appended(
            complaint=checked,
            expected=expected,
            stored_head=checked.head,
            values={},
            rows=[],
            units_change=False,
        )
    if checked.version < expected:
        raise IntegrityError(
            complaint_id=tracking_id,
            sequence=min(checked.version + 1, expected),
            reason=Phrase(
                N_(
                    "the history to save has {count} events and does not extend version "
                    "{expected}; a store never goes back or sideways"
                ),
                count=checked.version,
                expected=expected,
            ),
        )
    _verify_tail(checked, expected)
    new = checked.history[expected:]
    rows = [_event_row(tracking_id, e) for e in new]
    return Appended(
        complaint=checked,
        expected=expected,
        stored_head=checked.history[expected - 1].digest,
        values=_projection(settings, checked, new),
        rows=rows,
        units_change=any(carries_units(e) for e in new),
        messages=_outbox.event_rows(settings.messenger, checked, expected),
    )


def unchanged(conn: Connection, plan: Appended) -> Complaint:
    """Confirm a complaint with no new event is the stored one, and write nothing.

    Raises:
        NotFoundError: no complaint with its tracking id is stored.
        ConflictError: the stored version is not the expected one (someone wrote since).
        IntegrityError: the stored head at that version is another event (a fork).
    """
    tracking_id = plan.complaint.tracking_id
    found = conn.execute(
        select(complaints.c.version, complaints.c.head).where(
            complaints.c.tracking_id == tracking_id
        )
    ).first()
    if found is None:
        raise NotFoundError(what="complaint", key=safe_id(tracking_id))
    if found.version != plan.expected:
        raise ConflictError(complaint_id=tracking_id, expected=plan.expected, actual=found.version)
    if found.head != plan.stored_head:
        raise _another_history(tracking_id, plan.expected)
    return plan.complaint


def single_statement(conn: Connection, plan: Appended) -> bool:
    """Whether ``plan`` is written by one statement, atomic without a transaction block.

    On PostgreSQL an append that does not change the units is one ``WITH cas AS (UPDATE ...
    RETURNING) INSERT ... SELECT`` statement: the compare-and-set and the new event rows in one
    round trip, which a single statement makes atomic with no BEGIN and COMMIT around it.
    """
    return conn.dialect.name == "postgresql" and alone(plan)


def alone(plan: Appended) -> bool:
    """Whether ``plan`` needs no statement besides the compare-and-set and the event rows."""
    return not plan.units_change and not plan.messages


def _cas(plan: Appended) -> Any:
    tracking_id = plan.complaint.tracking_id
    return (
        update(complaints)
        .where(
            complaints.c.tracking_id == tracking_id,
            complaints.c.version == plan.expected,
            complaints.c.head == plan.stored_head,
        )
        .values(**plan.values)
    )


def write(conn: Connection, plan: Appended) -> Complaint:
    """Write a prepared append: compare-and-set the projection, insert the new event rows."""
    tracking_id = plan.complaint.tracking_id
    if not plan.rows:
        return unchanged(conn, plan)
    if single_statement(conn, plan):
        from pengaduan.store import _pg  # noqa: PLC0415 - PostgreSQL only

        if _pg.append(conn, plan):
            return plan.complaint
    elif conn.execute(_cas(plan)).rowcount == 1:
        conn.execute(insert(events), plan.rows)
        if plan.units_change:
            set_units(
                conn, tracking_id, derived_units(plan.complaint), plan.values["next_deadline"]
            )
        elif plan.complaint.units:
            _set_unit_deadlines(conn, tracking_id, plan.values["next_deadline"])
        _outbox.enqueue_events(conn, plan.messages)
        return plan.complaint
    _refused(conn, plan)
    raise AssertionError  # pragma: no cover - _refused raises


def _refused(conn: Connection, plan: Appended) -> None:
    """Raise why the compare-and-set matched no row."""
    tracking_id = plan.complaint.tracking_id
    found = conn.execute(
        select(complaints.c.version).where(complaints.c.tracking_id == tracking_id)
    ).first()
    if found is None:
        raise NotFoundError(what="complaint", key=safe_id(tracking_id))
    if found.version != plan.expected:
        raise ConflictError(complaint_id=tracking_id, expected=plan.expected, actual=found.version)
    raise _another_history(tracking_id, plan.expected)


def _another_history(tracking_id: str, expected: int) -> IntegrityError:
    """The history to save does not extend the stored one: its event ``expected`` differs."""
    return IntegrityError(
        complaint_id=tracking_id,
        sequence=expected,
        reason=Phrase(
            N_(
                "the history to save is another history: its event {sequence} is not the "
                "stored head"
            ),
            sequence=expected,
        ),
    )


def append(
    conn: Connection, settings: Settings, complaint: object, expected_version: object
) -> Complaint:
    """Insert the events after ``expected_version`` and compare-and-set the projection."""
    return write(conn, prepare(settings, complaint, expected_version))


def _known_key(conn: Connection, key: str, digest: str, actor_text: str) -> Complaint | None:
    seen = conn.execute(select(idempotency_keys).where(idempotency_keys.c.key == key)).first()
    if seen is None:
        return None
    difference = (
        "data" if seen.submission != digest else "actor" if seen.actor != actor_text else None
    )
    if difference is not None:
        raise IdempotencyError(
            complaint_id=seen.tracking_id,
            sequence=1,
            action=_RECEIVE,
            recorded_action=_RECEIVE,
            difference=difference,
        )
    return get(conn, seen.tracking_id)


def receive(
    conn: Connection,
    settings: Settings,
    workflow: Workflow,
    submission: Submission,
    *,
    tracking_id: str,
    at: datetime,
    actor: Actor,
    key: str | None,
) -> Complaint:
    """Receive and store, or return the complaint stored under a known idempotency key."""
    digest = fingerprint(submission)
    actor_text = f"{actor.role.value}:{actor.id}"
    if key is not None:
        known = _known_key(conn, key, digest, actor_text)
        if known is not None:
            return known
    complaint: Complaint | None = None
    refusal = ""
    try:
        complaint = workflow.receive(
            submission, tracking_id=tracking_id, at=at, actor=actor, idempotency_key=key
        )
    except PengaduanError:
        raise
    except Exception as exc:  # the workflow's own check of a value
        refusal = type_name(exc)
    if complaint is None:
        raise ArgumentError(
            argument="submission", rule="must be accepted by the workflow", given=refusal
        )
    add(conn, settings, complaint)
    if key is not None:
        conn.execute(
            insert(idempotency_keys).values(
                key=key, tracking_id=tracking_id, submission=digest, actor=actor_text
            )
        )
    return complaint


def known_key(conn: Connection, key: str, submission: Submission, actor: Actor) -> Complaint | None:
    """After a lost race on a key: the complaint the winner stored, checked like a retry."""
    return _known_key(conn, key, fingerprint(submission), f"{actor.role.value}:{actor.id}")


# -- reading ----------------------------------------------------------------------------------


def history_rows(*leading: Any) -> Any:
    """The statement that reads complaints with their events up to the stored version, one row
    per event (the record on the first), after the ``leading`` columns: what ``get`` reads for
    one complaint and the refresh for a batch (each adds its ``where`` and ``order_by``)."""
    c, e = complaints.c, events.c
    return select(
        *leading,
        c.version,
        c.head,
        case((e.seq == 1, c.record), else_=null()).label("record"),
        e.seq,
        e.action,
        e.from_status,
        e.to_status,
        e.actor_role,
        e.actor_id,
        e.at,
        e.payload,
        e.idempotency_key,
        e.digest,
    ).select_from(
        complaints.outerjoin(events, and_(e.tracking_id == c.tracking_id, e.seq <= c.version))
    )


def _get_statement() -> Any:
    return (
        history_rows()
        .where(complaints.c.tracking_id == bindparam("tracking_id"))
        .order_by(events.c.seq)
    )


_GET = _get_statement()


def get(conn: Connection, tracking_id: str) -> Complaint:
    """Load a complaint and verify its history up to the stored head (one round trip)."""
    rows = list(conn.execute(_GET, {"tracking_id": tracking_id}))
    if not rows:
        raise NotFoundError(what="complaint", key=safe_id(tracking_id))
    first = rows[0]
    if first.seq is None or first.record is None:
        raise IntegrityError(
            complaint_id=tracking_id, sequence=1, reason="the stored events do not start at 1"
        )
    return _load(first.record, rows, first.head, tracking_id, first.version)


def find_by_key(conn: Connection, key: str) -> Complaint | None:
    found = conn.execute(
        select(idempotency_keys.c.tracking_id).where(idempotency_keys.c.key == key)
    ).first()
    return None if found is None else get(conn, found.tracking_id)


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(complaints)).scalar_one())


def _conditions(
    settings: Settings, query: Query, *, unit_joined: bool = False
) -> list[ColumnElement[bool]]:
    """The query's filters; with ``unit_joined``, the unit's rows are joined (and hold the
    deadline the filter reads)."""
    c = complaints.c
    deadline = complaint_units.c.next_deadline if unit_joined else c.next_deadline
    where: list[ColumnElement[bool]] = []
    if query.statuses:
        where.append(c.status.in_(query.statuses))
    if query.unit is not None and not unit_joined:
        where.append(
            exists()
            .where(
                complaint_units.c.tracking_id == c.tracking_id,
                complaint_units.c.unit == query.unit,
            )
            .correlate(complaints)
        )
    if query.classification is not None:
        where.append(c.classification == query.classification)
    if query.channel is not None:
        where.append(c.channel == query.channel)
    if query.privacy is not None:
        where.append(c.privacy == query.privacy)
    if query.received_from is not None:
        where.append(c.received_at >= query.received_from)
    if query.received_before is not None:
        where.append(c.received_at < query.received_before)
    if query.reporter is not None:
        where.append(c.reporter.in_(reporter_pseudonyms(settings, query.reporter)))
    return where + _clock_conditions(settings, query, deadline)


def _clock_conditions(settings: Settings, query: Query, deadline: Any) -> list[ColumnElement[bool]]:
    """The query's filters on the stored clocks (``deadline``: the column of the deadline)."""
    c = complaints.c
    where: list[ColumnElement[bool]] = []
    if query.deadline_unknown:
        where.append(c.deadline_unknown.is_(True))
    if query.timer_due:
        assert query.now is not None  # noqa: S101 - Query checks it
        where.append(c.next_timer <= query.now)
    if query.by_deadline:
        assert query.now is not None  # noqa: S101 - Query checks it
        bound = query.now
        if query.due_within_days is not None:
            if settings.calendar is None:
                raise ArgumentError(
                    argument="due_within_days", rule=N_("needs a repository opened with a calendar")
                )
            bound = max(bound, settings.calendar.add_working_days(query.now, query.due_within_days))
            where.append(deadline <= bound)
        else:
            where.append(deadline < bound)
    return where


def _cursor(row: Any, query: Query) -> str:
    key = (
        row.next_timer
        if query.timer_due
        else row.next_deadline
        if query.by_deadline
        else row.received_at
    )
    return f"{format_utc(key)}|{row.tracking_id}"


def _parse_cursor(cursor: object) -> tuple[datetime, str]:
    parsed: tuple[datetime, str] | None = None
    if isinstance(cursor, str) and "|" in cursor:
        stamp, _, tracking_id = cursor.partition("|")
        with contextlib.suppress(Exception):
            parsed = parse_utc(stamp), require_id(tracking_id, "after")
    if parsed is None:
        raise ArgumentError(
            argument="after",
            rule=N_("must be None or a cursor from a previous page"),
            given=type_name(cursor),
        )
    return parsed


def page(conn: Connection, settings: Settings, query: object, limit: object, after: object) -> Page:
    """One page of a work queue, by keyset (cost independent of how deep the page is)."""
    if not isinstance(query, Query):
        raise ArgumentError(argument="query", rule="must be a Query", given=type_name(query))
    size = require_limit(limit)
    c, u = complaints.c, complaint_units.c
    # A unit's deadline queue reads the unit rows' copy of the deadline: one index range.
    unit_joined = query.by_deadline and query.unit is not None
    where = _conditions(settings, query, unit_joined=unit_joined)
    source: Any = complaints
    key, tie = c.received_at, c.tracking_id
    if query.timer_due:
        key = c.next_timer
    elif query.by_deadline:
        key = c.next_deadline
    if unit_joined:
        source = complaints.join(
            complaint_units, and_(u.tracking_id == c.tracking_id, u.unit == query.unit)
        )
        key, tie = u.next_deadline, u.tracking_id
    if after is not None:
        stamp, last = _parse_cursor(after)
        where.append(or_(key > stamp, and_(key == stamp, tie > last)))
    statement = (
        select(
            c.tracking_id,
            c.version,
            c.status,
            c.privacy,
            c.classification,
            c.channel,
            c.received_at,
            c.updated_at,
            c.next_deadline,
            c.next_timer,
            c.deadline_unknown,
        )
        .select_from(source)
        .where(*where)
        .order_by(key, tie)
        .limit(size + 1)
    )
    rows = decoded(conn.execute(statement))
    more = len(rows) > size
    rows = rows[:size]
    units = _units_of(conn, [r.tracking_id for r in rows])
    items = tuple(
        ComplaintSummary(
            tracking_id=r.tracking_id,
            version=r.version,
            status=r.status,
            privacy=r.privacy,
            classification=r.classification,
            channel=r.channel,
            received_at=r.received_at,
            updated_at=r.updated_at,
            next_deadline=r.next_deadline,
            next_timer=r.next_timer,
            deadline_unknown=bool(r.deadline_unknown),
            units=units.get(r.tracking_id, ()),
        )
        for r in rows
    )
    return Page(items=items, next_cursor=_cursor(rows[-1], query) if more else None)


def _units_of(conn: Connection, ids: list[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    if conn.dialect.name == "postgresql":
        # One array parameter: the statement text is the same for every page.
        for tracking_id, unit in conn.exec_driver_sql(
            "SELECT tracking_id, unit FROM complaint_units WHERE tracking_id = ANY(%(ids)s) "
            "ORDER BY tracking_id, unit",
            {"ids": ids},
        ):
            found.setdefault(tracking_id, []).append(unit)
        return {k: tuple(v) for k, v in found.items()}
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        for row in conn.execute(
            select(complaint_units.c.tracking_id, complaint_units.c.unit)
            .where(complaint_units.c.tracking_id.in_(chunk))
            .order_by(complaint_units.c.tracking_id, complaint_units.c.unit)
        ):
            found.setdefault(row.tracking_id, []).append(row.unit)
    return {k: tuple(v) for k, v in found.items()}


def counts(
    conn: Connection, settings: Settings, query: object
) -> dict[tuple[str | None, str], int]:
    """Complaints per (unit, status); unassigned ones under unit ``None``."""
    if query is None:
        query = Query()
    if not isinstance(query, Query):
        raise ArgumentError(
            argument="query", rule=N_("must be None or a Query"), given=type_name(query)
        )
    c = complaints.c
    statement = (
        select(complaint_units.c.unit, c.status, func.count())
        .select_from(
            complaints.outerjoin(complaint_units, complaint_units.c.tracking_id == c.tracking_id)
        )
        .where(*_conditions(settings, query))
        .group_by(complaint_units.c.unit, c.status)
    )
    return {(row[0], row[1]): int(row[2]) for row in conn.execute(statement)}


def refresh_deadlines(
    conn: Connection, settings: Settings, after: str, limit: int
) -> tuple[str | None, int]:
    """Recompute the stored next deadline of up to ``limit`` complaints after ``after``.

    Returns the last tracking id handled (``None`` when there were none) and how many rows
    changed. A complaint written meanwhile keeps what its writer stored (compare-and-set).
    """
    if settings.policy is None:
        raise ArgumentError(
            argument="refresh_deadlines", rule=N_("needs a repository opened with a policy")
        )
    ids = ids_after(conn, after, limit)
    changed = 0
    for tracking_id in ids:
        complaint = get(conn, tracking_id)
        due = next_due(settings, complaint)
        result = conn.execute(
            update(complaints)
            .where(
                complaints.c.tracking_id == tracking_id,
                complaints.c.version == complaint.version,
            )
            .values(**_due_columns(due))
        )
        if result.rowcount:
            _set_unit_deadlines(conn, tracking_id, due.deadline)
        changed += result.rowcount
    return (ids[-1] if ids else None), changed


def ids_after(conn: Connection, after: str, limit: int) -> list[str]:
    """Up to ``limit`` stored tracking ids after ``after``, in order."""
    return list(
        conn.execute(
            select(complaints.c.tracking_id)
            .where(complaints.c.tracking_id > after)
            .order_by(complaints.c.tracking_id)
            .limit(limit)
        ).scalars()
    )


def each_id(
    read: Callable[[Callable[[Connection], list[str]]], list[str]], chunk: int
) -> Iterator[str]:
    """Every stored tracking id in order, read ``chunk`` at a time with ``read`` (which runs a
    read on a connection), so memory stays flat however many complaints there are."""
    last = ""
    while True:
        ids = read(functools.partial(ids_after, after=last, limit=chunk))
        yield from ids
        if len(ids) < chunk:
            return
        last = ids[-1]


def stored_heads(conn: Connection, ids: list[str]) -> dict[str, tuple[int, str]]:
    """The stored version and head of each of ``ids`` that is stored."""
    if conn.dialect.name == "postgresql":
        # One array parameter, not one parameter per id.
        return {
            row[0]: (row[1], row[2])
            for row in conn.exec_driver_sql(
                "SELECT tracking_id, version, head FROM complaints "
                "WHERE tracking_id = ANY(%(ids)s)",
                {"ids": ids},
            )
        }
    found: dict[str, tuple[int, str]] = {}
    c = complaints.c
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        for row in conn.execute(
            select(c.tracking_id, c.version, c.head).where(c.tracking_id.in_(chunk))
        ):
            found[row.tracking_id] = (row.version, row.head)
    return found


def stored_digest(conn: Connection, tracking_id: str, sequence: int) -> str | None:
    """The digest of a complaint's stored event ``sequence``, or ``None``."""
    found: str | None = conn.execute(
        select(events.c.digest).where(events.c.tracking_id == tracking_id, events.c.seq == sequence)
    ).scalar()
    return found
