"""A stable, versioned JSON-compatible format for complaints and their histories.

A document looks like this (schema version 1)::

    {
      "schema": "pengaduan.complaint",
      "schema_version": 1,
      "tracking_id": "KPG-7Q4M-2X",
      "classification": "pengaduan",
      "channel": "sms",
      "subject": null,
      "text": "...",
      "reporter": {"name": ..., "phone": ..., "email": ..., "nik": ..., "address": ...,
                   "account_id": ...},
      "privacy": "anonim",
      "category": "jalan",
      "location": {"kelurahan": ..., "kecamatan": ..., "city": ..., "address": ...},
      "attachments": [{"media_type": ..., "size_bytes": ..., "sha256": ..., "filename": ...}],
      "history": [
        {"seq": 1, "action": "terima", "from": null, "to": "diterima",
         "actor": {"role": "sistem", "id": "sms-1708"}, "at": "2025-03-03T02:00:00.000000Z",
         "data": "{}", "key": null, "digest": "9f2c..."}
      ]
    }

An event's ``data`` is stored as canonical JSON *text* (sorted keys, no spaces), exactly the bytes
its digest covers, so a history verifies without re-encoding anything.

Loading checks the shape of every field (an event's ``data`` must be the text of a JSON object,
whether or not the chain is verified) and, unless ``verify=False``, the digest chain
(:func:`pengaduan.history.verify_history`). Error messages name the path of the problem
(``history[3].at``) and never the offending value, which may be personal data.

The loader has two paths with one verdict. The fast one takes exactly the canonical form that
:func:`to_dict` writes (times in UTC with a ``Z``, complete reporter, no attachments...) and builds
the complaint while it checks the shapes and the chain; on anything else it steps aside, and the
field-by-field path loads the document or names its first problem.

JSON lines (one document per line) is the bulk format: :func:`dump_lines` and :func:`iter_lines`.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from hashlib import sha256 as _sha256
from typing import IO, TYPE_CHECKING, Any

import attrs

from pengaduan._time import EPOCH, MICROSECOND, format_utc, parse_utc
from pengaduan.errors import (
    IntegrityError,
    NaiveDatetimeError,
    SchemaVersionError,
    SerializationError,
)
from pengaduan.history import SEPARATOR, verify_history
from pengaduan.model import (
    Actor,
    Attachment,
    Channel,
    Classification,
    Complaint,
    Event,
    EventDraft,
    Location,
    Privacy,
    Reporter,
    Role,
    record_digest,
    replace_history,
    trusted_complaint,
    trusted_reporter,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = [
    "SCHEMA",
    "SCHEMA_VERSION",
    "dump_lines",
    "from_dict",
    "from_json",
    "iter_lines",
    "to_dict",
    "to_json",
]

SCHEMA = "pengaduan.complaint"
SCHEMA_VERSION = 1
SUPPORTED_VERSIONS = (1,)

_TOP_KEYS = frozenset(
    {
        "schema",
        "schema_version",
        "tracking_id",
        "classification",
        "channel",
        "subject",
        "text",
        "reporter",
        "privacy",
        "category",
        "location",
        "attachments",
        "history",
    }
)
_EVENT_KEYS = frozenset({"seq", "action", "from", "to", "actor", "at", "data", "key", "digest"})
_EVENT_FIELD_COUNT = len(_EVENT_KEYS)
_SEPARATORS = 9  # ten fields per event digest
_TOP_FIELD_COUNT = len(_TOP_KEYS)
_REPORTER_FIELD_COUNT = len(attrs.fields(Reporter))
_CLASSIFICATIONS: dict[str, Classification] = {m.value: m for m in Classification}
_CHANNELS: dict[str, Channel] = {m.value: m for m in Channel}
_PRIVACIES: dict[str, Privacy] = {m.value: m for m in Privacy}
_EMPTY_REPORTER = Reporter()
_REPORTER_KEYS = frozenset(f.name for f in attrs.fields(Reporter))
_LOCATION_KEYS = frozenset(f.name for f in attrs.fields(Location))
_ATTACHMENT_KEYS = frozenset(f.name for f in attrs.fields(Attachment))
_intern = sys.intern
_SHORT_HISTORY = 256
_SEQUENCES = tuple(str(n) for n in range(_SHORT_HISTORY))  # str(int) is slow in a hot loop


def _event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "seq": event.sequence,
        "action": event.action,
        "from": event.from_status,
        "to": event.to_status,
        "actor": {"role": event.actor.role.value, "id": event.actor.id},
        "at": format_utc(event.at),
        "data": event.payload,
        "key": event.idempotency_key,
        "digest": event.digest,
    }


def to_dict(complaint: Complaint) -> dict[str, Any]:
    """The complaint as a JSON-compatible dict (schema version 1)."""
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "tracking_id": complaint.tracking_id,
        "classification": complaint.classification.value,
        "channel": complaint.channel.value,
        "subject": complaint.subject,
        "text": complaint.text,
        "reporter": attrs.asdict(complaint.reporter),
        "privacy": None if complaint.privacy is None else complaint.privacy.value,
        "category": complaint.category,
        "location": None if complaint.location is None else attrs.asdict(complaint.location),
        "attachments": [attrs.asdict(a) for a in complaint.attachments],
        "history": [_event_to_dict(e) for e in complaint.history],
    }


def to_json(complaint: Complaint, *, indent: int | None = None) -> str:
    """The complaint as JSON text (UTF-8 safe, keys in schema order)."""
    return json.dumps(to_dict(complaint), ensure_ascii=False, indent=indent)


def _fail(path: str, reason: str) -> SerializationError:
    return SerializationError(path=path, reason=reason)


def _str(value: object, path: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _fail(path, "expected a string" + (" or null" if optional else ""))
    return value


def _required_str(value: object, path: str) -> str:
    if not isinstance(value, str) or not value:
        raise _fail(path, "expected a non-empty string")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _fail("text", "expected a string")
    return value


def _object(value: object, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, "expected an object")
    return value


def _check_keys(value: dict[str, Any], allowed: frozenset[str], path: str) -> None:
    unknown = value.keys() - allowed
    if unknown:
        raise _fail(path, "unknown field(s): " + ", ".join(sorted(unknown)))


def _optional_record(
    value: object, keys: frozenset[str], path: str
) -> dict[str, str | None] | None:
    if value is None:
        return None
    record = _object(value, path)
    _check_keys(record, keys, path)
    return {k: _str(v, f"{path}.{k}", optional=True) for k, v in record.items()}


def _payload(value: object, index: int) -> str:
    path = f"history[{index}].data"
    if not isinstance(value, str):
        raise _fail(path, "expected the event data as canonical JSON text")
    try:
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        raise _fail(path, "not valid JSON text") from None
    if not isinstance(parsed, dict):
        raise _fail(path, "expected a JSON object")
    return value


_ACTORS: dict[str, dict[str, Actor]] = {role.value: {} for role in Role}
_ACTORS_PER_ROLE = 4096


def _actor(role: str, actor_id: str) -> Actor:
    """The shared :class:`Actor` of a role value and an id.

    Actors repeat across thousands of histories; sharing the frozen objects saves memory and time.
    The cache holds at most a few thousand actors per role.

    Raises:
        KeyError: ``role`` is not a role value.
        ValueError: ``actor_id`` is not a valid account id (see :class:`Actor`).
        TypeError: an argument cannot be a dict key.
    """
    known = _ACTORS[role]
    actor = known.get(actor_id)
    if actor is None:
        actor = Actor(role=Role(role), id=_intern(actor_id))
        if len(known) >= _ACTORS_PER_ROLE:
            known.clear()
        known[actor_id] = actor
    return actor


def _event(raw: object, index: int) -> Event:
    path = f"history[{index}]"
    item = _object(raw, path)
    if item.keys() != _EVENT_KEYS:
        missing = _EVENT_KEYS - item.keys()
        if missing:
            raise _fail(path, "missing field(s): " + ", ".join(sorted(missing)))
        _check_keys(item, _EVENT_KEYS, path)
    seq = item["seq"]
    if type(seq) is not int:
        raise _fail(f"{path}.seq", "expected an integer")
    action = _required_str(item["action"], f"{path}.action")
    from_status = _str(item["from"], f"{path}.from", optional=True)
    to_status = _required_str(item["to"], f"{path}.to")
    actor_raw = _object(item["actor"], f"{path}.actor")
    role = actor_raw.get("role")
    actor_id = actor_raw.get("id")
    if (
        len(actor_raw) != 2
        or not isinstance(role, str)
        or role not in Role._value2member_map_
        or not isinstance(actor_id, str)
        or not actor_id
    ):
        raise _fail(f"{path}.actor", "expected {'role': <a Role value>, 'id': <non-empty string>}")
    at_raw = item["at"]
    if not isinstance(at_raw, str):
        raise _fail(f"{path}.at", "expected an ISO 8601 time string")
    try:
        at = parse_utc(at_raw)
    except NaiveDatetimeError:
        raise _fail(f"{path}.at", "time has no UTC offset") from None
    except ValueError:
        raise _fail(f"{path}.at", "not an ISO 8601 time") from None
    payload = _payload(item["data"], index)
    key = _str(item["key"], f"{path}.key", optional=True)
    digest = _required_str(item["digest"], f"{path}.digest")
    try:
        actor = _actor(role, actor_id)
    except ValueError:
        raise _fail(f"{path}.actor.id", "expected a printable account or unit id") from None
    return Event(
        sequence=seq,
        action=_intern(action),
        from_status=None if from_status is None else _intern(from_status),
        to_status=_intern(to_status),
        actor=actor,
        at=at,
        payload=payload,
        idempotency_key=key,
        digest=digest,
    )


class _Unusual(Exception):  # noqa: N818 - a private signal, not an error anyone sees
    """Raised by the fast loader for anything it does not handle; the checked loader explains."""


_UNUSUAL = (
    TypeError,
    ValueError,
    KeyError,
    AttributeError,
    StopIteration,
    RecursionError,  # data nested too deeply for the JSON scanner
    _Unusual,
)
# The scanner behind json.loads, without its wrapper's overhead (set in __init__, so untyped).
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_fromisoformat = datetime.fromisoformat


def from_dict(document: object, *, verify: bool = True, head: str | None = None) -> Complaint:
    """Load a complaint from a dict produced by :func:`to_dict` (or parsed JSON).

    Args:
        document: the parsed document.
        verify: check the digest chain (leave on unless the input was verified already).
        head: the last digest the caller expects (detects a history cut short at its end).

    Raises:
        SchemaVersionError: the document's schema version is not supported.
        SerializationError: a field is missing, unknown or of the wrong shape (the error names
            its path, never its value).
        IntegrityError: the history does not verify (altered, truncated or reordered).
    """
    check = verify or head is not None
    try:
        complaint = _load_fast(document, check)
    except _UNUSUAL:
        complaint = _load_checked(document, check)  # raises naming the problem, or accepts
    if head is not None and complaint.head != head:
        verify_history(complaint, head=head)
    return complaint


def _load_checked(document: object, check: bool) -> Complaint:  # noqa: FBT001 - internal
    """Load any document field by field; raises naming the first problem."""
    record = _record_checked(document)
    history_raw = document["history"]  # type: ignore[index]
    events = tuple(_event(raw, index) for index, raw in enumerate(history_raw))
    complaint = replace_history(record, events)
    if check:
        verify_history(complaint)
    return complaint


def _load_fast(document: object, check: bool) -> Complaint:  # noqa: FBT001, PLR0912, PLR0915
    """Load a well-formed document, checking every field's shape and, with ``check``, the chain.

    This is the common case, written as one tight function: loading an export runs it for every
    complaint. It accepts only the canonical form that :func:`to_dict` writes; anything else (an
    unknown field, a time with another offset, attachments, a digest that does not match) raises,
    and :func:`_load_checked` then gives the verdict: a precise error, or the document accepted.

    Raises:
        TypeError, ValueError, KeyError, AttributeError, StopIteration, _Unusual: see above.
    """
    if type(document) is not dict or len(document) != _TOP_FIELD_COUNT:
        raise _Unusual
    doc: dict[str, Any] = document
    version = doc["schema_version"]
    if doc["schema"] != SCHEMA or version != SCHEMA_VERSION or type(version) is not int:
        raise _Unusual
    tracking_id = doc["tracking_id"]
    classification = doc["classification"]
    channel = doc["channel"]
    text = doc["text"]
    subject = doc["subject"]
    privacy = doc["privacy"]
    category = doc["category"]
    history = doc["history"]
    if not (
        type(tracking_id) is str
        and tracking_id
        and type(text) is str
        and (subject is None or type(subject) is str)
        and (category is None or type(category) is str)
        and type(history) is list
        and history
        and doc["attachments"] == []
    ):
        raise _Unusual
    classification_member = _CLASSIFICATIONS[classification]
    channel_member = _CHANNELS[channel]
    privacy_member = None if privacy is None else _PRIVACIES[privacy]
    reporter_raw = doc["reporter"]
    if reporter_raw is None:
        reporter = _EMPTY_REPORTER
    else:
        if type(reporter_raw) is not dict or len(reporter_raw) != _REPORTER_FIELD_COUNT:
            raise _Unusual
        name = reporter_raw["name"]
        phone = reporter_raw["phone"]
        email = reporter_raw["email"]
        nik = reporter_raw["nik"]
        address = reporter_raw["address"]
        account_id = reporter_raw["account_id"]
        if not (
            (name is None or type(name) is str)
            and (phone is None or type(phone) is str)
            and (email is None or type(email) is str)
            and (nik is None or type(nik) is str)
            and (address is None or type(address) is str)
            and (account_id is None or type(account_id) is str)
        ):
            raise _Unusual
        if name is phone is email is nik is address is account_id is None:
            reporter = _EMPTY_REPORTER
        else:
            reporter = trusted_reporter(name, phone, email, nik, address, account_id)
    location_raw = doc["location"]
    location = None
    if location_raw is not None:
        if type(location_raw) is not dict or not location_raw.keys() <= _LOCATION_KEYS:
            raise _Unusual
        for value in location_raw.values():
            if value is not None and type(value) is not str:
                raise _Unusual
        location = Location(**location_raw)

    previous = (
        record_digest(
            tracking_id,
            classification,
            channel,
            text,
            subject,
            reporter,
            privacy,
            category,
            location,
            (),
        )
        if check
        else ""
    )
    events: list[Event] = []
    append = events.append
    prev_status: str | None = None
    prev_at: datetime | None = None
    intern = _intern
    for sequence, raw in enumerate(history, start=1):
        if type(raw) is not dict or len(raw) != _EVENT_FIELD_COUNT:
            raise _Unusual
        seq = raw["seq"]
        action = raw["action"]
        from_status = raw["from"]
        to_status = raw["to"]
        actor_raw = raw["actor"]
        at_text = raw["at"]
        payload = raw["data"]
        key = raw["key"]
        digest = raw["digest"]
        if (
            type(seq) is not int
            or not action
            or not to_status
            or type(actor_raw) is not dict
            or len(actor_raw) != 2  # role and id
        ):
            raise _Unusual
        role = actor_raw["role"]
        actor_id = actor_raw["id"]
        actor = _ACTORS[role].get(actor_id)  # KeyError: not a role; TypeError: unhashable
        if actor is None:
            actor = _actor(role, actor_id)  # ValueError: not a valid id
        at = _fromisoformat(at_text)  # TypeError, ValueError
        if at.tzinfo is not UTC:  # another offset, or none: the checked loader decides
            raise _Unusual
        if payload != "{}":  # the most common data needs no parsing
            data, end = _scan_json(payload, 0)  # TypeError, StopIteration, ValueError
            if type(data) is not dict or end != len(payload):
                raise _Unusual
        if check:
            if (
                seq != sequence
                or from_status != prev_status
                or (prev_at is not None and at < prev_at)
            ):
                raise _Unusual
            # history.digest_fields, inlined. Joining also checks that every field is a string.
            hashed = SEPARATOR.join(
                (
                    previous,
                    _SEQUENCES[seq] if seq < _SHORT_HISTORY else str(seq),
                    action,
                    "" if prev_status is None else prev_status,
                    to_status,
                    role,
                    actor_id,
                    str((at - EPOCH) // MICROSECOND),
                    payload,
                    "" if key is None else key,
                )
            )
            if (
                hashed.count(SEPARATOR) != _SEPARATORS
                or _sha256(hashed.encode()).hexdigest() != digest
            ):
                raise _Unusual
            previous = digest
            from_status = prev_status  # equal, and already interned
            prev_status = to_status = intern(to_status)
            prev_at = at
        else:
            if not (
                type(action) is str
                and (from_status is None or type(from_status) is str)
                and type(to_status) is str
                and (key is None or type(key) is str)
                and type(digest) is str
                and digest
            ):
                raise _Unusual
            if from_status is not None:
                from_status = intern(from_status)
            to_status = intern(to_status)
        event = EventDraft()  # see trusted_event: the same, without a call per event
        event.sequence = seq
        event.action = intern(action)
        event.from_status = from_status
        event.to_status = to_status
        event.actor = actor
        event.at = at
        event.payload = payload
        event.idempotency_key = key
        event.digest = digest
        event.__class__ = Event  # type: ignore[assignment]
        append(event)  # type: ignore[arg-type]
    return trusted_complaint(
        tracking_id,
        classification_member,
        channel_member,
        text,
        subject,
        reporter,
        privacy_member,
        category,
        location,
        (),
        tuple(events),
    )


def _record_checked(document: object) -> Complaint:
    """The record of a document, every field checked; raises naming the first problem."""
    doc = _object(document, "document")
    if doc.get("schema") != SCHEMA:
        raise _fail("schema", f"expected {SCHEMA!r}")
    version = doc.get("schema_version")
    if version not in SUPPORTED_VERSIONS or type(version) is not int:
        raise SchemaVersionError(version=version, supported=SUPPORTED_VERSIONS)
    _check_keys(doc, _TOP_KEYS, "document")
    missing = _TOP_KEYS - doc.keys()
    if missing:
        raise _fail("document", "missing field(s): " + ", ".join(sorted(missing)))

    tracking_id = _required_str(doc["tracking_id"], "tracking_id")
    history_raw = doc["history"]
    if not isinstance(history_raw, list) or not history_raw:
        raise _fail("history", "expected a non-empty list of events")
    reporter_fields = _optional_record(doc["reporter"], _REPORTER_KEYS, "reporter")
    location_fields = _optional_record(doc["location"], _LOCATION_KEYS, "location")
    attachments_raw = doc["attachments"]
    if not isinstance(attachments_raw, list):
        raise _fail("attachments", "expected a list")
    attachments = []
    for index, raw in enumerate(attachments_raw):
        path = f"attachments[{index}]"
        item = _object(raw, path)
        _check_keys(item, _ATTACHMENT_KEYS, path)
        size = item.get("size_bytes")
        if type(size) is not int or size < 0:
            raise _fail(f"{path}.size_bytes", "expected a non-negative integer")
        attachments.append(
            Attachment(
                media_type=_required_str(item.get("media_type"), f"{path}.media_type"),
                size_bytes=size,
                sha256=_required_str(item.get("sha256"), f"{path}.sha256"),
                filename=_str(item.get("filename"), f"{path}.filename", optional=True),
            )
        )
    for name, enum in (
        ("classification", Classification),
        ("channel", Channel),
        ("privacy", Privacy),
    ):
        value = doc[name]
        if (value is not None or name != "privacy") and value not in enum._value2member_map_:
            raise _fail(name, "expected one of: " + ", ".join(m.value for m in enum))
    return Complaint(
        tracking_id=tracking_id,
        classification=doc["classification"],
        channel=doc["channel"],
        text=_text(doc["text"]),
        subject=_str(doc["subject"], "subject", optional=True),
        reporter=Reporter(**reporter_fields) if reporter_fields else Reporter(),
        privacy=doc["privacy"],
        category=_str(doc["category"], "category", optional=True),
        location=None if location_fields is None else Location(**location_fields),
        attachments=tuple(attachments),
        history=(),
    )


def from_json(text: str | bytes, *, verify: bool = True, head: str | None = None) -> Complaint:
    """Load a complaint from JSON text.

    Raises:
        SerializationError: the text is not JSON, or see :func:`from_dict`.
        SchemaVersionError: see :func:`from_dict`.
        IntegrityError: see :func:`from_dict`.
    """
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _fail(
            "document",
            f"not valid JSON ({type(exc).__name__} at position "
            f"{getattr(exc, 'pos', getattr(exc, 'start', '?'))})",
        ) from None
    return from_dict(document, verify=verify, head=head)


def dump_lines(complaints: Iterable[Complaint], stream: IO[str]) -> int:
    """Write complaints as JSON lines; returns how many were written."""
    count = 0
    for complaint in complaints:
        stream.write(json.dumps(to_dict(complaint), ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count


def iter_lines(stream: Iterable[str], *, verify: bool = True) -> Iterator[Complaint]:
    """Read complaints from JSON lines, lazily (bounded memory for any file size).

    Blank lines are skipped. A bad line raises with its line number in the error's ``path``
    (``"line 12: history[3].at"``), so a caller can report it and decide whether to go on.

    Raises:
        SerializationError: a line is malformed (``path`` starts with ``line N``).
        SchemaVersionError: a line has an unsupported schema version.
        IntegrityError: a line's history does not verify (``reason`` names the line).
    """
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            yield from_json(line, verify=verify)
        except SchemaVersionError:
            raise
        except SerializationError as exc:
            raise SerializationError(path=f"line {number}: {exc.path}", reason=exc.reason) from None
        except IntegrityError as exc:
            raise IntegrityError(
                complaint_id=exc.complaint_id,
                sequence=exc.sequence,
                reason=f"{exc.reason} (line {number})",
            ) from None
