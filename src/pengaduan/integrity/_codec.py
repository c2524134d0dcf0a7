"""Reading the integrity documents (tree heads, proofs, key rings, log lines) defensively.

Every problem becomes a ``CheckpointError`` with reason ``malformed`` that names the field, never
its value. Parsing happens outside ``except`` blocks, so no error chains to the raw exception.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime
from typing import Any

from pengaduan._core.text import exact
from pengaduan._core.time import require_aware as checked_aware
from pengaduan._i18n import N_, Nn_, Phrase, Plural
from pengaduan.errors import ArgumentError, CheckpointError, type_name

MAX_DOCUMENT = 1 << 20
"""The largest JSON document (in characters) the integrity readers accept."""

_MAX_INT = 2**63 - 1


def malformed(where: str, problem: str) -> CheckpointError:
    """A ``malformed`` checkpoint error about one field.

    ``problem`` is a msgid marked with ``N_()`` or a `Phrase`; ``where`` a key path, or a
    `Phrase` when it names a thing in words (``"key ring"``).
    """
    shown = problem if isinstance(problem, Phrase) else Phrase(problem)
    return CheckpointError(
        reason="malformed", detail=Phrase(N_("{where} {problem}"), where=where, problem=shown)
    )


def load_json(text: object, what: str) -> dict[str, Any]:
    """Parse a JSON object from ``str`` or ``bytes``, within a size bound."""
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_DOCUMENT * 4:
            raise malformed(what, Phrase(N_("is too large ({size} bytes)"), size=len(text)))
        decoded: str | None
        try:
            decoded = b"".join((text,)).decode("utf-8")
        except UnicodeDecodeError:
            decoded = None
        if decoded is None:
            raise malformed(what, N_("is not UTF-8"))
        text = decoded
    if not isinstance(text, str):
        raise ArgumentError(argument="text", rule=N_("must be str or bytes"), given=type_name(text))
    text = exact(text)
    if len(text) > MAX_DOCUMENT:
        raise malformed(what, Phrase(N_("is too large ({size} characters)"), size=len(text)))
    value: object = None
    failed = False
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        failed = True
    if failed:
        raise malformed(what, N_("is not valid JSON"))
    return require_dict(value, what)


def require_dict(value: object, where: str) -> dict[str, Any]:
    """``value`` as a dict with str keys, else a ``malformed`` error."""
    if not isinstance(value, dict):
        raise malformed(where, Phrase(N_("must be an object; got {type}"), type=type_name(value)))
    return value


def require_schema(data: dict[str, Any], schema: str, versions: tuple[int, ...]) -> int:
    """Check the ``schema`` and ``schema_version`` fields; return the version."""
    if data.get("schema") != schema:
        raise malformed("schema", Phrase(N_("must be {schema}"), schema=repr(schema)))
    version = data.get("schema_version")
    if type(version) is not int or version not in versions:
        raise malformed(
            "schema_version", Phrase(N_("must be one of {values}"), values=list(versions))
        )
    return version


def require_keys(data: dict[str, Any], where: str, keys: frozenset[str]) -> None:
    """Refuse missing or unknown keys (by count, never echoing an unknown key's text)."""
    present = set(data)
    missing = sorted(keys - present)
    if missing:
        raise malformed(where, Phrase(N_("lacks {keys}"), keys=", ".join(missing)))
    extra = present - keys
    if extra:
        raise malformed(
            where,
            Plural(
                Nn_("has {count} unknown field", "has {count} unknown fields"), count=len(extra)
            ),
        )


def get_int(data: dict[str, Any], key: str, *, minimum: int = 0) -> int:
    """An int field (not a bool) between ``minimum`` and 2**63-1."""
    value = data.get(key)
    if type(value) is not int:
        raise malformed(key, Phrase(N_("must be an integer; got {type}"), type=type_name(value)))
    if not minimum <= value <= _MAX_INT:
        raise malformed(
            key, Phrase(N_("must be from {low} to {high}"), low=minimum, high="2**63-1")
        )
    return value


def get_str(data: dict[str, Any], key: str, *, max_length: int = 4096) -> str:
    """A str field of bounded length."""
    value = data.get(key)
    if not isinstance(value, str):
        raise malformed(key, Phrase(N_("must be a string; got {type}"), type=type_name(value)))
    if len(value) > max_length:
        raise malformed(key, Phrase(N_("is too long ({size} characters)"), size=len(value)))
    return value


def parse_hex(value: object, where: str, size: int) -> bytes:
    """Lowercase hex of exactly ``size`` bytes."""
    if not isinstance(value, str):
        raise malformed(
            where, Phrase(N_("must be a hex string; got {type}"), type=type_name(value))
        )
    if len(value) != 2 * size or not all(c in "0123456789abcdef" for c in value):
        raise malformed(where, Phrase(N_("must be {count} lowercase hex digits"), count=2 * size))
    return bytes.fromhex(value)


def parse_base64(value: object, where: str, size: int | None = None) -> bytes:
    """Standard base64 (with padding), optionally of exactly ``size`` bytes."""
    if not isinstance(value, str):
        raise malformed(
            where, Phrase(N_("must be a base64 string; got {type}"), type=type_name(value))
        )
    if len(value) > 8192:
        raise malformed(where, N_("is too long"))
    raw: bytes | None
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = None
    if raw is None:
        raise malformed(where, N_("is not valid base64"))
    if size is not None and len(raw) != size:
        raise malformed(
            where, Phrase(N_("must decode to {size} bytes; got {got}"), size=size, got=len(raw))
        )
    return raw


def b64(raw: bytes) -> str:
    """Standard base64 text of ``raw``."""
    return base64.b64encode(raw).decode("ascii")


def require_aware(value: object, argument: str) -> datetime:
    """An aware datetime in UTC, truncated to milliseconds, from 1970 on."""
    aware = checked_aware(value, argument)  # the shared check: an app's tzinfo asked once
    utc: datetime | None = None
    try:
        utc = aware.astimezone(UTC)
    except (OverflowError, ValueError):
        utc = None
    if utc is None:
        raise ArgumentError(argument=argument, rule=N_("must be representable in UTC"))
    if utc.year < 1970:
        raise ArgumentError(
            argument=argument, rule=N_("must not be before 1970"), given=str(utc.year)
        )
    return datetime(
        utc.year,
        utc.month,
        utc.day,
        utc.hour,
        utc.minute,
        utc.second,
        utc.microsecond // 1000 * 1000,
        tzinfo=UTC,
    )


def format_time(value: datetime) -> str:
    """ISO 8601 in UTC with milliseconds and a ``Z``: ``2025-03-03T02:00:00.000Z``."""
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def parse_time(value: object, where: str) -> datetime:
    """A time written by `format_time()` (any ISO offset is accepted; naive is not)."""
    if not isinstance(value, str) or len(value) > 40:
        raise malformed(where, N_("must be an ISO 8601 time string"))
    text = value[:-1] + "+00:00" if value.endswith("Z") else value
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
    if parsed is None:
        raise malformed(where, N_("must be an ISO 8601 time string"))
    if parsed.tzinfo is None:
        raise malformed(where, N_("must carry a time zone (UTC)"))
    utc = parsed.astimezone(UTC)
    if utc.microsecond % 1000 or utc.year < 1970:
        raise malformed(where, N_("must be a UTC time in milliseconds from 1970 on"))
    return utc


def epoch_ms(value: datetime) -> int:
    """Milliseconds since 1970-01-01T00:00Z of an aware datetime."""
    delta = value - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
