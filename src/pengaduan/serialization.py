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
([`pengaduan.history.verify_history()`][pengaduan.history.verify_history]). Error messages name the
path of the problem
(``history[3].at``) and never the offending value, which may be personal data.

Loading is total: whatever it is given (text that is not JSON or not UTF-8, documents nested a
hundred thousand levels deep, numbers of thousands of digits, ``NaN``, times that overflow when
converted to UTC, a list where a string belongs, objects whose methods raise), it returns a
complaint or raises a [`SerializationError`][pengaduan.errors.SerializationError] (or one of its
documented
siblings) with a path and a reason, never a raw exception, and never one chained to the exception
that revealed the problem (which could hold the document). A lone surrogate anywhere in a document
(a raw one in a string, or a ``"\\ud800"`` escape, including inside an event's data) is refused:
it cannot be written as UTF-8, so such a document could never be stored or exported again.

The loader has two paths with one verdict. The fast one takes exactly the canonical form that
[`to_dict()`][pengaduan.serialization.to_dict] writes (times in UTC with a ``Z``, complete reporter,
no attachments...) and builds
the complaint while it checks the shapes and the chain; on anything else it steps aside, and the
field-by-field path loads the document or names its first problem.

JSON lines (one document per line) is the bulk format:
[`dump_lines()`][pengaduan.serialization.dump_lines] and
[`iter_lines()`][pengaduan.serialization.iter_lines].
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import sys
from datetime import UTC, datetime
from hashlib import sha256 as _sha256
from typing import IO, TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._core.text import encodable, exact
from pengaduan._core.time import EPOCH, MICROSECOND, format_utc
from pengaduan._i18n import N_, Nn_, Phrase, Plural, as_phrase
from pengaduan.errors import (
    ArgumentError,
    IntegrityError,
    PengaduanError,
    SchemaVersionError,
    SerializationError,
    StorageError,
    type_name,
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
    History,
    Location,
    Privacy,
    Reporter,
    Role,
    check_stored_actor_id,
    is_key,
    record_digest,
    replace_history,
    stored_actor,
    stored_attachment,
    trusted_complaint,
    trusted_reporter,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Set

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
    """The complaint as a JSON-compatible dict (schema version 1).

    Args:
        complaint: the complaint to write.

    Returns:
        A new dict of plain values (strings, integers, ``None``, lists and dicts).

    Raises:
        ArgumentError: ``complaint`` is not a [`Complaint`][pengaduan.model.Complaint].
        SerializationError: a field of the complaint cannot be written (a complaint assembled
            by hand with a value of the wrong type).
    """
    if not isinstance(complaint, Complaint):
        raise ArgumentError(
            argument="complaint", rule=N_("must be a Complaint"), given=type_name(complaint)
        )
    failure: SerializationError | None = None
    try:
        return _to_dict(complaint)
    except Exception as exc:  # a field that is not what its type says
        failure = _fail(
            "document", Phrase(N_("the complaint cannot be written ({type})"), type=type_name(exc))
        )
    raise failure


def _to_dict(complaint: Complaint) -> dict[str, Any]:
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


_MAX_INDENT = 16


def to_json(complaint: Complaint, *, indent: int | None = None) -> str:
    """The complaint as JSON text (UTF-8 safe, keys in schema order).

    What this writes, [`from_json()`][pengaduan.serialization.from_json] loads back as an equal
    complaint: a complaint that
    could not be loaded back (a lone surrogate in a string, a value of the wrong type) is
    refused here rather than written.

    Args:
        complaint: the complaint to write.
        indent: spaces per level (0 to 16) for readable output, or ``None`` for one line.

    Returns:
        The JSON text.

    Raises:
        ArgumentError: ``complaint`` is not a complaint, or ``indent`` is not ``None`` or an
            integer from 0 to 16.
        SerializationError: the complaint cannot be written (``path`` names the field).
    """
    if indent is not None and (type(indent) is not int or not 0 <= indent <= _MAX_INDENT):
        raise ArgumentError(
            argument="indent",
            rule=Phrase(
                N_("must be None or an integer from 0 to {max_indent}"), max_indent=_MAX_INDENT
            ),
            given=type_name(indent),
        )
    return _dumps(to_dict(complaint), indent)


def _dumps(document: dict[str, Any], indent: int | None) -> str:
    """JSON text of a document, refusing what the loader would refuse (raised outside handlers)."""
    failure: SerializationError | None = None
    try:
        text = json.dumps(document, ensure_ascii=False, indent=indent, allow_nan=False)
        text.encode("utf-8")  # a lone surrogate cannot be written, or read back
    except UnicodeEncodeError:
        failure = _fail(_surrogate_path(document), N_("holds a lone surrogate (not valid Unicode)"))
    except (TypeError, ValueError, RecursionError) as exc:
        failure = _fail(
            "document", Phrase(N_("the complaint cannot be written ({type})"), type=type_name(exc))
        )
    if failure is not None:
        raise failure
    return text


def _surrogate_path(document: object) -> str:
    """The path of the first string in ``document`` holding a lone surrogate, else "document"."""
    stack: list[tuple[str, object]] = [("", document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if not _is_text(value):
                return path or "document"
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                name = key if isinstance(key, str) and _is_text(key) else "?"
                stack.append((f"{path}.{name}" if path else name, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
    return "document"


def _fail(path: str, reason: str) -> SerializationError:
    return SerializationError(path=path, reason=reason)


_is_text = encodable


def _plain(value: str) -> str:
    """``value`` as an exact ``str`` (a subclass may override comparison or hashing)."""
    return value if type(value) is str else str.__str__(value)


def _str(value: object, path: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _fail(path, N_("expected a string or null") if optional else N_("expected a string"))
    if not _is_text(value):
        raise _fail(path, N_("holds a lone surrogate (not valid Unicode)"))
    return _plain(value)


def _required_str(value: object, path: str) -> str:
    if not isinstance(value, str) or not value:
        raise _fail(path, N_("expected a non-empty string"))
    if not _is_text(value):
        raise _fail(path, N_("holds a lone surrogate (not valid Unicode)"))
    return _plain(value)


def _object(value: object, path: str) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise _fail(path, N_("expected an object"))
    return value


_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")


def _field_names(names: Iterable[object]) -> str:
    """Names of fields for a message: ones that look like field names, the others counted.

    A key of a hostile document may be anything, including personal data; only short lowercase
    identifiers (a typo such as ``respons``) are shown.
    """
    shown = ", ".join(sorted(n for n in names if isinstance(n, str) and _FIELD_NAME.fullmatch(n)))
    others = sum(1 for n in names if not (isinstance(n, str) and _FIELD_NAME.fullmatch(n)))
    if not others:
        return shown
    extra = Phrase(N_("{count} other") if others == 1 else N_("{count} others"), count=others)
    return Phrase(N_("{names}, {others}"), names=shown, others=extra) if shown else extra


def _missing_fields(missing: Set[str]) -> Plural:
    return Plural(
        Nn_("missing field: {names}", "missing fields: {names}"),
        count=len(missing),
        names=", ".join(sorted(missing)),
    )


def _check_keys(value: dict[Any, Any], allowed: frozenset[str], path: str) -> None:
    unknown = [key for key in value if not (type(key) is str and key in allowed)]
    if unknown:
        raise _fail(
            path,
            Plural(
                Nn_("unknown field: {names}", "unknown fields: {names}"),
                count=len(unknown),
                names=_field_names(unknown),
            ),
        )


def _optional_record(
    value: object, keys: frozenset[str], path: str
) -> dict[str, str | None] | None:
    if value is None:
        return None
    record = _object(value, path)
    _check_keys(record, keys, path)
    return {k: _str(v, f"{path}.{k}", optional=True) for k, v in record.items()}


class _NotJsonError(ValueError):
    """Raised by the decoder's hooks for numbers JSON does not have (NaN, infinities)."""


def _refuse_constant(name: str) -> float:
    raise _NotJsonError(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400 reads as infinity
        raise _NotJsonError(text)
    return value


# One decoder for documents and event data: NaN, Infinity and numbers too large for a float are
# refused (strict JSON has none of them and canonical_json never writes them).
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite_float)
_MAX_INT = 2**63 - 1  # the largest integer SQLite and most databases store
_MAX_SEQUENCE = 2**31 - 1


def _decode(text: str) -> tuple[Any, str | None]:
    """Parse JSON text; returns the value and ``None``, or ``None`` and why it is not JSON."""
    try:
        return _DECODER.decode(text), None
    except RecursionError:
        return None, N_("nested too deeply")
    except _NotJsonError:
        return None, N_("NaN, Infinity or a number too large is not JSON")
    except json.JSONDecodeError as exc:
        return None, Phrase(N_("not valid JSON (at position {pos})"), pos=exc.pos)
    except ValueError:  # the decoder's limit on the digits of an integer
        return None, N_("not valid JSON (an integer with too many digits)")


def _lone_surrogate_in(value: object) -> bool:
    """True when a string (key or value) anywhere in parsed JSON holds a lone surrogate."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not _is_text(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _payload(value: object, index: int) -> str:
    path = f"history[{index}].data"
    if not isinstance(value, str):
        raise _fail(path, N_("expected the event data as canonical JSON text"))
    if not _is_text(value):
        raise _fail(path, N_("holds a lone surrogate (not valid Unicode)"))
    parsed, problem = _decode(value)
    if problem is not None:
        raise _fail(path, problem)
    if not isinstance(parsed, dict):
        raise _fail(path, N_("expected a JSON object"))
    if _lone_surrogate_in(parsed):
        raise _fail(path, N_("holds a lone surrogate (not valid Unicode)"))
    return _plain(value)


_ACTORS: dict[str, dict[str, Actor]] = {role.value: {} for role in Role}
_ACTORS_PER_ROLE = 4096


def _actor(role: str, actor_id: str) -> Actor:
    """The shared [`Actor`][pengaduan.model.Actor] of a role value and an id.

    Actors repeat across thousands of histories; sharing the frozen objects saves memory and time.
    The cache holds at most a few thousand actors per role.

    Raises:
        KeyError: ``role`` is not a role value.
        ValueError: ``actor_id`` is not a valid account id (see [`Actor`][pengaduan.model.Actor]).
        TypeError: an argument cannot be a dict key.
    """
    known = _ACTORS[role]
    actor = known.get(actor_id)
    if actor is None:
        # Ids are checked by the rule they were stored under, not by rules added since.
        actor = stored_actor(Role(role), _intern(actor_id))
        if len(known) >= _ACTORS_PER_ROLE:
            known.clear()
        known[actor_id] = actor
    return actor


_ROLE_VALUES = frozenset(role.value for role in Role)


def _event(raw: object, index: int) -> Event:
    path = f"history[{index}]"
    item = _object(raw, path)
    _check_keys(item, _EVENT_KEYS, path)
    missing = _EVENT_KEYS - item.keys()
    if missing:
        raise _fail(path, _missing_fields(missing))
    seq = item["seq"]
    if type(seq) is not int:
        raise _fail(f"{path}.seq", N_("expected an integer"))
    if not 1 <= seq <= _MAX_SEQUENCE:
        raise _fail(
            f"{path}.seq",
            Phrase(N_("expected an integer from 1 to {max_sequence}"), max_sequence=_MAX_SEQUENCE),
        )
    action = _required_str(item["action"], f"{path}.action")
    from_status = _str(item["from"], f"{path}.from", optional=True)
    to_status = _required_str(item["to"], f"{path}.to")
    actor_raw = _object(item["actor"], f"{path}.actor")
    role = actor_raw.get("role")
    actor_id = actor_raw.get("id")
    if (
        len(actor_raw) != 2  # role and id
        or type(role) is not str
        or role not in _ROLE_VALUES
        or not isinstance(actor_id, str)
        or not actor_id
    ):
        raise _fail(
            f"{path}.actor", N_("expected {'role': <a Role value>, 'id': <non-empty string>}")
        )
    actor_id = _required_str(actor_id, f"{path}.actor.id")
    at = _instant(item["at"], f"{path}.at")
    payload = _payload(item["data"], index)
    key = _str(item["key"], f"{path}.key", optional=True)
    if key is not None and not is_key(key):
        # "" hashes like a missing key: accepting it would let an edit go unseen.
        raise _fail(f"{path}.key", N_("expected null or a key that is not empty or whitespace"))
    digest = _required_str(item["digest"], f"{path}.digest")
    actor = event = None
    with contextlib.suppress(Exception):  # the verdict follows
        actor = _actor(role, actor_id)
    if actor is None:
        raise _fail(f"{path}.actor.id", N_("expected a printable account or unit id"))
    with contextlib.suppress(Exception):  # the verdict follows
        event = Event(
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
    if event is None:
        raise _fail(path, N_("the event's fields are refused by the model"))
    return event


def _instant(value: object, path: str) -> datetime:
    """An ISO 8601 time with an offset, as a UTC datetime; raises naming ``path``."""
    if not isinstance(value, str):
        raise _fail(path, N_("expected an ISO 8601 time string"))
    problem = None
    parsed = at = None
    try:
        parsed = _fromisoformat(_plain(value))
    except (ValueError, OverflowError):
        problem = N_("not an ISO 8601 time")
    if parsed is not None:
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            problem = N_("time has no UTC offset")
        else:
            try:
                at = parsed.astimezone(UTC)
            except (ValueError, OverflowError):
                problem = N_("time is outside the years 1 to 9999 once converted to UTC")
    if at is None:
        raise _fail(path, problem or N_("not an ISO 8601 time"))
    return at


# The scanner behind json.loads, without its wrapper's overhead (set in __init__, so untyped).
_scan_json: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]
_fromisoformat = datetime.fromisoformat


def _check_options(verify: object, head: object) -> None:
    _check_verify(verify)
    if head is not None and (not isinstance(head, str) or not _is_text(head)):
        raise ArgumentError(
            argument="head", rule=N_("must be None or a digest string"), given=type_name(head)
        )


def from_dict(document: object, *, verify: bool = True, head: str | None = None) -> Complaint:
    """Load a complaint from a dict produced by [`to_dict()`][pengaduan.serialization.to_dict] (or
    parsed JSON).

    Args:
        document: the parsed document.
        verify: check the digest chain (leave on unless the input was verified already).
        head: the last digest the caller expects (detects a history cut short at its end).

    Returns:
        The complaint.

    Raises:
        ArgumentError: ``verify`` is not a bool, or ``head`` is not ``None`` or a string.
        SchemaVersionError: the document's schema version is not supported.
        SerializationError: a field is missing, unknown or of the wrong shape, or holds a lone
            surrogate (the error names its path, never its value).
        IntegrityError: the history does not verify (altered, truncated or reordered).
    """
    _check_options(verify, head)
    check = verify or head is not None
    complaint: Complaint | None
    try:
        complaint = _load_fast(document, check)
    except Exception:  # anything unusual: the checked loader gives the verdict
        complaint = None
    if complaint is None:  # outside the handler, so no error chains to what the fast path saw
        complaint = _load_checked(document, check)
    if head is not None and complaint.head != head:
        verify_history(complaint, head=head)
    return complaint


def _load_checked(document: object, check: bool) -> Complaint:  # noqa: FBT001 - internal
    """Load any document field by field; raises naming the first problem."""
    failure: PengaduanError | None = None
    try:
        record, history_raw = _record_checked(document)
        events = [_event(raw, index) for index, raw in enumerate(history_raw)]
        complaint = replace_history(record, History.trusted(events))
        if check:
            verify_history(complaint)
    except (SerializationError, IntegrityError):
        raise  # raised outside any handler: nothing chained
    except Exception as exc:  # an object whose own methods raise
        failure = _fail("document", Phrase(N_("could not be read ({type})"), type=type_name(exc)))
    if failure is not None:
        raise failure
    return complaint


def _record_texts(reporter: Reporter, location: Location | None) -> Iterator[str]:
    """The strings of a reporter and a location (for the surrogate check without hashing)."""
    values = attrs.astuple(reporter) + (() if location is None else attrs.astuple(location))
    return (value for value in values if value is not None)


class _Unusual(Exception):  # noqa: N818 - a private signal, not an error anyone sees
    """Raised by the fast loader for anything it does not handle; the checked loader explains."""


def _load_fast(document: object, check: bool) -> Complaint:  # noqa: FBT001, PLR0912, PLR0915
    """Load a well-formed document, checking every field's shape and, with ``check``, the chain.

    This is the common case, written as one tight function: loading an export runs it for every
    complaint. It accepts only the canonical form that
    [`to_dict()`][pengaduan.serialization.to_dict] writes; anything else (an
    unknown field, a time with another offset, attachments, a digest that does not match) raises,
    and `_load_checked()` then gives the verdict: a precise error, or the document accepted.

    Lone surrogates: with ``check``, hashing encodes every field that reaches the complaint as
    UTF-8, which fails on one; without it, the fields are encoded explicitly. Event data is
    parsed, and an escaped surrogate (``\\udXXX``) sends it to the checked loader, which looks.

    Raises:
        Exception: anything unusual (see above); the caller never lets it out.
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
        and tracking_id.isprintable()
        and " " not in tracking_id
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
            if account_id is not None:
                check_stored_actor_id(account_id)  # ValueError: the checked loader names it
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

    if not check:  # hashing would have refused a lone surrogate; do it without hashing
        "".join((tracking_id, text, subject or "", category or "")).encode()
        "".join(_record_texts(reporter, location)).encode()
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
        if key is not None and (type(key) is not str or not key or key.isspace()):
            raise _Unusual  # the checked loader names the problem
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
            if (
                type(data) is not dict
                or end != len(payload)
                or "\\ud" in payload  # an escaped surrogate, maybe lone: the checked loader looks
                or "\\uD" in payload
            ):
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
                and type(actor_id) is str
                and 0 < seq <= _MAX_SEQUENCE
            ):
                raise _Unusual
            "".join(
                (action, from_status or "", to_status, actor_id, payload, key or "", digest)
            ).encode()  # UnicodeEncodeError: a lone surrogate
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
        History.trusted(events),
    )


def _schema_version_error(version: object) -> SchemaVersionError:
    # The version is shown only when it is a small integer: anything else is described by its
    # type (a hostile document may put text, a huge number or deep nesting there).
    shown = (
        version if type(version) is int and abs(version) < _MAX_INT else f"<{type_name(version)}>"
    )
    return SchemaVersionError(version=shown, supported=SUPPORTED_VERSIONS)


def _text(value: object) -> str:
    text = _str(value, "text")
    assert text is not None  # noqa: S101 - not optional
    return text


def _enums(doc: dict[Any, Any]) -> dict[str, Any]:
    """The classification, channel and privacy members of a document; raises naming a field."""
    enums: dict[str, Any] = {}
    for name, members in (
        ("classification", _CLASSIFICATIONS),
        ("channel", _CHANNELS),
        ("privacy", _PRIVACIES),
    ):
        value = doc[name]
        if value is None and name == "privacy":
            enums[name] = None
        elif type(value) is str and value in members:
            enums[name] = members[value]
        else:
            raise _fail(name, Phrase(N_("expected one of: {values}"), values=", ".join(members)))
    return enums


def _attachments(value: object) -> tuple[Attachment, ...]:
    if not isinstance(value, list):
        raise _fail("attachments", N_("expected a list"))
    attachments = []
    for index, raw in enumerate(value):
        path = f"attachments[{index}]"
        item = _object(raw, path)
        _check_keys(item, _ATTACHMENT_KEYS, path)
        size = item.get("size_bytes")
        if type(size) is not int or not 0 <= size <= _MAX_INT:
            raise _fail(
                f"{path}.size_bytes",
                Phrase(N_("expected an integer from 0 to {max_int}"), max_int=_MAX_INT),
            )
        media_type = _required_str(item.get("media_type"), f"{path}.media_type")
        sha256 = _required_str(item.get("sha256"), f"{path}.sha256")
        filename = _str(item.get("filename"), f"{path}.filename", optional=True)
        attachment = None
        with contextlib.suppress(Exception):  # the verdict follows
            # Checked by the rules of when it was written: see stored_attachment.
            attachment = stored_attachment(media_type, size, sha256, filename)
        if attachment is None:
            raise _fail(path, N_("the attachment's fields are refused by the model"))
        attachments.append(attachment)
    return tuple(attachments)


def _stored_reporter(fields: dict[str, str | None] | None) -> Reporter:
    """The reporter of a stored record: its account id checked by the rule it was stored under.

    Raises:
        ArgumentError: a field is refused.
    """
    if not fields:
        return Reporter()
    values = {**fields}
    account_id = values.pop("account_id", None)
    checked = Reporter(**values)
    if account_id is None:
        return checked
    return trusted_reporter(
        checked.name,
        checked.phone,
        checked.email,
        checked.nik,
        checked.address,
        check_stored_actor_id(account_id),
    )


def _record_checked(document: object) -> tuple[Complaint, list[Any]]:
    """The record of a document, every field checked, and its raw history.

    Raises:
        SerializationError: naming the first problem.
    """
    doc = _object(document, "document")
    schema = doc.get("schema")
    if type(schema) is not str or schema != SCHEMA:
        raise _fail("schema", Phrase(N_("expected {schema}"), schema=repr(SCHEMA)))
    version = doc.get("schema_version")
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        raise _schema_version_error(version)
    _check_keys(doc, _TOP_KEYS, "document")
    missing = _TOP_KEYS - doc.keys()
    if missing:
        raise _fail("document", _missing_fields(missing))

    tracking_id = _required_str(doc["tracking_id"], "tracking_id")
    if not tracking_id.isprintable() or " " in tracking_id:
        raise _fail("tracking_id", N_("expected a printable id without whitespace"))
    history_raw = doc["history"]
    if not isinstance(history_raw, list) or not history_raw:
        raise _fail("history", N_("expected a non-empty list of events"))
    enums = _enums(doc)
    text = _text(doc["text"])
    subject = _str(doc["subject"], "subject", optional=True)
    reporter_fields = _optional_record(doc["reporter"], _REPORTER_KEYS, "reporter")
    category = _str(doc["category"], "category", optional=True)
    location_fields = _optional_record(doc["location"], _LOCATION_KEYS, "location")
    attachments = _attachments(doc["attachments"])
    record = None
    with contextlib.suppress(Exception):  # the verdict follows
        record = Complaint(
            tracking_id=tracking_id,
            classification=enums["classification"],
            channel=enums["channel"],
            text=text,
            subject=subject,
            reporter=_stored_reporter(reporter_fields),
            privacy=enums["privacy"],
            category=category,
            location=None if location_fields is None else Location(**location_fields),
            attachments=attachments,
            history=(),
        )
    if record is None:
        raise _fail("document", N_("the record's fields are refused by the model"))
    return record, history_raw


def _check_verify(verify: object) -> None:
    if type(verify) is not bool:
        raise ArgumentError(
            argument="verify", rule=N_("must be True or False"), given=type_name(verify)
        )


def from_json(
    text: str | bytes | bytearray, *, verify: bool = True, head: str | None = None
) -> Complaint:
    """Load a complaint from JSON text.

    Args:
        text: the JSON text, as a string or UTF-8 bytes (a leading byte-order mark is ignored).
        verify: check the digest chain (see [`from_dict()`][pengaduan.serialization.from_dict]).
        head: the last digest the caller expects (see
            [`from_dict()`][pengaduan.serialization.from_dict]).

    Returns:
        The complaint.

    Raises:
        ArgumentError: ``text`` is neither a string nor bytes, or see
            [`from_dict()`][pengaduan.serialization.from_dict].
        SerializationError: the text is not UTF-8 or not strict JSON (``NaN``, ``Infinity``, an
            integer of thousands of digits, nesting deeper than the parser goes), or see
            [`from_dict()`][pengaduan.serialization.from_dict].
        SchemaVersionError: see [`from_dict()`][pengaduan.serialization.from_dict].
        IntegrityError: see [`from_dict()`][pengaduan.serialization.from_dict].
    """
    _check_options(verify, head)
    if isinstance(text, bytes | bytearray):
        decoded = None
        try:
            decoded = b"".join((text,)).decode("utf-8")
        except UnicodeDecodeError as exc:
            position = exc.start
        if decoded is None:
            raise _fail(
                "document",
                Phrase(N_("not valid JSON (not UTF-8 at byte {position})"), position=position),
            )
        text = decoded
    elif not isinstance(text, str):
        raise ArgumentError(
            argument="text", rule=N_("must be JSON text (str or bytes)"), given=type_name(text)
        )
    text = exact(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    document, problem = _decode(text)
    if problem is not None:
        raise _fail("document", problem)
    return from_dict(document, verify=verify, head=head)


def dump_lines(complaints: Iterable[Complaint], stream: IO[str]) -> int:
    """Write complaints as JSON lines; returns how many were written.

    Each complaint is checked to load back before its line is written (see
    [`to_json()`][pengaduan.serialization.to_json]);
    on an error, the lines written before it stay written.

    Args:
        complaints: the complaints, for example a store (iterated once, lazily).
        stream: a text stream with a ``write`` method.

    Returns:
        The number of lines written.

    Raises:
        ArgumentError: ``complaints`` is not iterable or yields something that is not a
            complaint (``argument`` names its position), or ``stream`` cannot be written to.
        SerializationError: a complaint cannot be written (see
            [`to_json()`][pengaduan.serialization.to_json]).
        StorageError: writing to the stream failed (``reason="failed"``).
    """
    write = getattr(stream, "write", None)
    if not callable(write):
        raise ArgumentError(
            argument="stream",
            rule=N_("must be a text stream with write()"),
            given=type_name(stream),
        )
    items = guarded(complaints, "complaints", N_("must be iterable"))
    count = 0
    for complaint in items:
        if not isinstance(complaint, Complaint):
            raise ArgumentError(
                argument=f"complaints[{count}]",
                rule=N_("must be a Complaint"),
                given=type_name(complaint),
            )
        line = _dumps(to_dict(complaint), None) + "\n"
        failure = None
        try:
            write(line)
        except PengaduanError:
            raise
        except Exception as exc:  # a closed file, a full disk, a wrong stream
            failure = StorageError(
                reason="failed",
                detail=Phrase(
                    N_("writing line {value} failed ({type})"), value=count + 1, type=type_name(exc)
                ),
            )
        if failure is not None:
            raise failure
        count += 1
    return count


def iter_lines(stream: Iterable[str | bytes], *, verify: bool = True) -> Iterator[Complaint]:
    """Read complaints from JSON lines, lazily (bounded memory for any file size).

    Blank lines are skipped. A bad line raises with its line number in the error's ``path``
    (``"line 12: history[3].at"``), so a caller can report it and decide whether to go on.

    Args:
        stream: lines of text (a text file, a list of strings) or of UTF-8 bytes.
        verify: check each history's digest chain.

    Returns:
        An iterator of complaints, read as it is consumed.

    Raises:
        ArgumentError: ``stream`` is not iterable or ``verify`` is not a bool (raised at once).
        SerializationError: a line is malformed, is not text, or cannot be read from the stream
            (bad UTF-8 in a text file, a closed file); ``path`` starts with ``line N``. Raised
            when that line is reached.
        SchemaVersionError: a line has an unsupported schema version.
        IntegrityError: a line's history does not verify (``reason`` names the line).
    """
    _check_verify(verify)
    lines = None
    with contextlib.suppress(Exception):  # an app's __iter__ may raise anything: refused
        lines = iter(stream)
    if lines is None:
        raise ArgumentError(argument="stream", rule=N_("must be iterable"), given=type_name(stream))
    return _iter_lines(lines, verify)


def _iter_lines(lines: Iterator[object], verify: bool) -> Iterator[Complaint]:  # noqa: FBT001
    number = 0
    while True:
        number += 1
        failure: PengaduanError | None = None
        line: object = None
        try:
            line = next(lines)
        except StopIteration:
            return
        except Exception as exc:  # bad UTF-8 in a text file, a closed file...
            failure = _fail(
                Phrase(N_("line {number}"), number=number),
                Phrase(N_("cannot be read ({type})"), type=type_name(exc)),
            )
        if failure is None and not isinstance(line, str | bytes | bytearray):
            failure = _fail(
                Phrase(N_("line {number}"), number=number),
                Phrase(N_("expected text, got {type}"), type=type_name(line)),
            )
        if failure is not None:
            raise failure
        assert isinstance(line, str | bytes | bytearray)  # noqa: S101 - checked above
        line = exact(line)
        if not line.strip():
            continue
        complaint = None
        try:
            complaint = from_json(line, verify=verify)
        except SchemaVersionError:
            raise
        except SerializationError as exc:
            failure = _fail(
                Phrase(N_("line {number}: {path}"), number=number, path=exc.path),
                as_phrase(exc.reason),
            )
        except IntegrityError as exc:
            failure = IntegrityError(
                complaint_id=exc.complaint_id,
                sequence=exc.sequence,
                reason=Phrase(
                    N_("{reason} (line {number})"), reason=as_phrase(exc.reason), number=number
                ),
            )
        if failure is not None:
            raise failure
        yield complaint  # type: ignore[misc]
