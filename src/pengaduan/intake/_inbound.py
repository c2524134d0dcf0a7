"""Inbound messages: their text checks, pseudonym keys and idempotency keys (private; the public
names live in ``pengaduan.intake``)."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import enum_converter
from pengaduan._core.text import encodable, exact
from pengaduan._core.time import require_aware
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, IntakeError, type_name
from pengaduan.identity import reporter_pseudonym
from pengaduan.intake._phones import normalize_phone
from pengaduan.intake._reasons import IntakeReason, ReviewFlag
from pengaduan.model import (
    Actor,
    Channel,
    Classification,
    Complaint,
    Location,
    Privacy,
    Reporter,
    Submission,
)

if TYPE_CHECKING:
    from enum import StrEnum

    from pengaduan.workflow import Workflow

__all__ = ["DEFAULT_MAX_LENGTH", "Inbound", "idempotency_key"]


DEFAULT_MAX_LENGTH = 20_000
"""Longest text accepted by default, in characters (an SMS gateway may set less)."""
_EXTRA_SPACES = "\u200b\ufeff"
"""Characters ``str.isspace()`` refuses that phones still send as spaces: ZERO WIDTH SPACE, BOM."""
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
"""Characters that render as nothing or as a blank (Hangul fillers, the blank Braille cell)."""


def _is_space(char: str) -> bool:
    return char.isspace() or char in _EXTRA_SPACES


def _is_invisible(char: str) -> bool:
    return _is_space(char) or char in _FILLERS or unicodedata.category(char) == "Cf"


_MIN_KEY_BYTES = 16


def _key_problems(key: object) -> list[str]:
    if key is None:
        return []
    if not isinstance(key, bytes) or len(key) < _MIN_KEY_BYTES:
        return [
            Phrase(
                N_("pseudonym_key must be bytes of at least {count} bytes or None"),
                count=_MIN_KEY_BYTES,
            )
        ]
    return []


@attrs.frozen(kw_only=True)
class Inbound:
    """A message accepted from a channel: the submission, when it arrived, and review flags.

    Attributes:
        submission: what the reporter sent.
        received_at: when it arrived.
        message_id: the provider's message id, if the adapter was given one.
        idempotency_key: the key [`receive()`][pengaduan.intake.Inbound.receive] passes to
            ``Workflow.receive``, so the same
            message delivered twice becomes one complaint. Derived from the provider's message
            id when there is one (``in-<channel>-m-`` and a SHA-256 digest of it), otherwise
            from the content (``in-<channel>-c-`` and a SHA-256 digest over a length-prefixed
            encoding of channel, sender, received time and text), so it never reveals them.
        review: why a person should look at it first.
        raw_contact: the sender's contact as received when it could not be normalised.
    """

    submission: Submission
    received_at: datetime
    message_id: str | None = None
    idempotency_key: str = ""
    review: tuple[ReviewFlag, ...] = ()
    raw_contact: str | None = attrs.field(default=None, repr=False)
    """The sender's contact as received when it could not be normalised (personal data)."""

    @property
    def needs_review(self) -> bool:
        """True when a person should look at the message before it is processed."""
        return bool(self.review)

    def receive(
        self, workflow: Workflow, *, tracking_id: str, actor: Actor | None = None
    ) -> Complaint:
        """Turn this message into a complaint with ``workflow.receive``.

        The message's [`idempotency_key`][pengaduan.intake.idempotency_key] goes with it: a store
        that already holds a
        complaint under that key returns it instead of creating a second one.

        Args:
            workflow: the workflow (``Workflow.default()``).
            tracking_id: the id to give it (see
                [`pengaduan.intake.tracking.new_tracking_id()`][pengaduan.intake.tracking.new_tracking_id]).
            actor: who records it; defaults to the gateway of the channel (a system actor).

        Raises:
            ArgumentError: ``workflow`` is not a Workflow, ``tracking_id`` is not a non-empty
                printable str without whitespace, or ``actor`` is not an Actor.
            GuardError: the actor's role may not submit complaints.
        """
        from pengaduan.workflow import Workflow  # noqa: PLC0415 - intake does not need it to load

        if not isinstance(workflow, Workflow):
            raise ArgumentError(
                argument="workflow", rule="must be a Workflow", given=type_name(workflow)
            )
        if (
            type(tracking_id) is not str
            or not tracking_id
            or len(tracking_id) > _MAX_ID
            or not tracking_id.isprintable()
            or any(ch.isspace() for ch in tracking_id)
        ):
            raise ArgumentError(
                argument="tracking_id",
                rule=Phrase(
                    N_("must be a printable str of 1-{count} characters without whitespace"),
                    count=_MAX_ID,
                ),
                given=type_name(tracking_id),
            )
        if actor is not None and not isinstance(actor, Actor):
            raise ArgumentError(argument="actor", rule="must be an Actor", given=type_name(actor))
        who = actor or Actor.system(f"gateway-{self.submission.channel.value}")
        return workflow.receive(
            self.submission,
            tracking_id=tracking_id,
            at=self.received_at,
            actor=who,
            idempotency_key=self.idempotency_key or None,
        )


def _not_text(what: str) -> IntakeError:
    return IntakeError(
        reason=IntakeReason.NOT_TEXT,
        detail=Phrase(
            N_("{what} contains a lone surrogate, which is not text (nothing was stored)"),
            what=what,
        ),
    )


def _decode_strict(raw: str | bytes) -> str:
    if isinstance(raw, str) and not encodable(raw):
        raise _not_text(Phrase(N_("the message")))
    if isinstance(raw, bytes):
        try:
            return exact(raw).decode("utf-8")
        except UnicodeDecodeError:
            raise IntakeError(
                reason=IntakeReason.NOT_TEXT, detail="the message is not valid UTF-8 text"
            ) from None
    if not isinstance(raw, str):
        raise IntakeError(
            reason=IntakeReason.NOT_TEXT,
            detail=Phrase(N_("expected text, got {type}"), type=type_name(raw)),
        )
    return raw


def _text_and_flags(raw: str | bytes, max_length: int) -> tuple[str, list[ReviewFlag]]:
    flags: list[ReviewFlag] = []
    raw = exact(raw)  # an app's str or bytes subclass: its methods never run past here
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            flags.append(ReviewFlag.UNDECODABLE_BYTES)
    elif isinstance(raw, str):
        text = raw
    else:
        raise IntakeError(
            reason=IntakeReason.NOT_TEXT,
            detail=Phrase(N_("expected text, got {type}"), type=type_name(raw)),
        )
    if len(text) > max_length:
        raise IntakeError(reason=IntakeReason.TOO_LONG, detail=_too_long("text", text, max_length))
    if not encodable(text):
        raise _not_text(Phrase(N_("the text")))
    if not text.strip():
        raise IntakeError(reason=IntakeReason.EMPTY_TEXT, detail="the text is empty")
    if len(text) > max_length:
        raise IntakeError(reason=IntakeReason.TOO_LONG, detail=_too_long("text", text, max_length))
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in text):
        flags.append(ReviewFlag.CONTROL_CHARACTERS)
    if "\x00" in text:
        # No database text column holds NUL (PostgreSQL refuses it): the character that stands
        # for an unreadable one takes its place, and the control-character flag says so.
        text = text.replace("\x00", "\ufffd")
    if not any(ch.isalnum() for ch in text):
        flags.append(ReviewFlag.NO_WORDS)
    return text, flags


def _inbound(
    *,
    text: str | bytes,
    channel: Channel,
    received_at: datetime,
    phone: str | None = None,
    name: str | None = None,
    email: str | None = None,
    nik: str | None = None,
    address: str | None = None,
    account_id: str | None = None,
    subject: str | None = None,
    category: str | None = None,
    location: Location | None = None,
    privacy: Privacy | str | None = None,
    classification: Classification | str = Classification.PENGADUAN,
    message_id: str | None = None,
    max_length: int = DEFAULT_MAX_LENGTH,
    pseudonym_key: bytes | None = None,
) -> Inbound:
    require_aware(received_at, "received_at")
    fields = {
        "phone": phone,
        "name": name,
        "email": email,
        "nik": nik,
        "address": address,
        "account_id": account_id,
        "subject": subject,
        "category": category,
        "message_id": message_id,
    }
    for field, value in fields.items():
        _optional_text(value, field)
    privacy_value = _choice(privacy, Privacy, "privacy")
    classification_value = _choice(classification, Classification, "classification")
    if location is not None and not isinstance(location, Location):
        raise _invalid("location", "must be a Location")
    if location is not None:
        for part in ("kelurahan", "kecamatan", "city", "address"):
            _optional_text(getattr(location, part), f"location.{part}")
    body, flags = _text_and_flags(text, max_length)
    normalized_phone = None
    raw_contact = None
    if phone is not None and phone.strip():
        try:
            normalized_phone = normalize_phone(phone)
        except IntakeError:
            flags.append(ReviewFlag.PHONE_UNPARSEABLE)
            raw_contact = phone
    if pseudonym_key is not None and normalized_phone is not None and account_id is None:
        account_id = reporter_pseudonym(normalized_phone, key=pseudonym_key)
    reporter = Reporter(
        name=name,
        phone=normalized_phone,
        email=email.strip().lower() if email else None,
        nik=nik,
        address=address,
        account_id=account_id,
    )
    failed = False
    try:
        submission = Submission(
            text=body,
            channel=channel,
            classification=classification_value or Classification.PENGADUAN,
            subject=subject,
            reporter=reporter,
            privacy=privacy_value,
            category=category,
            location=location,
        )
    except (TypeError, ValueError):
        failed = True
    if failed:  # raised here, not in the except block, so no error chains to the values
        raise _invalid("submission", "has a field the submission refuses")
    return Inbound(
        submission=submission,
        received_at=received_at,
        message_id=message_id,
        idempotency_key=idempotency_key(
            channel=channel,
            message_id=message_id,
            sender=normalized_phone or phone or account_id or "",
            received_at=received_at,
            text=body,
        ),
        review=tuple(dict.fromkeys(flags)),
        raw_contact=raw_contact,
    )


_MAX_ID = 256
_MAX_FIELD = 10_000


def _too_long(part: str, text: str, max_length: int) -> Phrase:
    """How much longer than allowed a text or SMS body is (its length only)."""
    if part == "body":
        return Phrase(
            N_("the body has {count} characters; at most {limit}"),
            count=len(text),
            limit=max_length,
        )
    return Phrase(
        N_("the text has {count} characters; at most {limit}"), count=len(text), limit=max_length
    )


def _invalid(field: str, rule: str) -> IntakeError:
    return IntakeError(
        reason=IntakeReason.INVALID_FIELD,
        detail=Phrase(N_("{field} {rule}"), field=field, rule=rule),
    )


def _optional_text(value: object, field: str) -> None:
    """Refuse a field that is neither None nor text (its value is never shown)."""
    if value is None:
        return
    if type(value) is not str:
        raise _invalid(field, Phrase(N_("must be text, not {type}"), type=type_name(value)))
    if len(value) > _MAX_FIELD:
        raise _invalid(field, Phrase(N_("is longer than {count} characters"), count=_MAX_FIELD))
    if not encodable(value):
        raise _not_text(field)
    if "\x00" in value:
        raise _invalid(field, N_("contains a NUL character, which no database can store"))


def _required_text(value: object, field: str) -> str:
    if type(value) is not str:
        raise _invalid(field, Phrase(N_("must be text, not {type}"), type=type_name(value)))
    _optional_text(value, field)
    return value


def _choice(value: object, kind: type[StrEnum], field: str) -> Any:
    """A vocabulary value (or None); anything else is refused without echoing it."""
    if value is None or isinstance(value, kind):
        return value
    if type(value) is str and value in kind._value2member_map_:
        return kind(value)
    allowed = ", ".join(member.value for member in kind)
    raise _invalid(field, Phrase(N_("must be one of {values}"), values=allowed))


def _length_prefixed(*parts: str) -> bytes:
    encoded = b""
    for part in parts:
        data = part.encode("utf-8")
        encoded += len(data).to_bytes(8, "big") + data
    return encoded


_to_channel = enum_converter(Channel, "channel")


def idempotency_key(
    *,
    channel: Channel | str,
    message_id: str | None,
    sender: str,
    received_at: datetime,
    text: str,
) -> str:
    """The idempotency key of an incoming message (see
    [`Inbound.idempotency_key`][pengaduan.intake.idempotency_key]).

    With a provider's ``message_id``: ``in-<channel>-m-`` and the first 32 hex digits of
    SHA-256 over the length-prefixed channel and message id. Without one: ``in-<channel>-c-``
    and SHA-256 over the length-prefixed channel, sender, received time (UTC, microseconds)
    and text. The same message delivered twice gets the same key; the key shows none of its
    content. (A plain digest can confirm a guess of the whole message, time and sender
    included; it is not a secret, only an opaque identifier.)

    Raises:
        ArgumentError: an argument of the wrong type.
    """
    channel_value = _to_channel(channel).value
    for argument, value in (("sender", sender), ("text", text)):
        if type(value) is not str or not encodable(value):
            raise ArgumentError(argument=argument, rule="must be text", given=type_name(value))
    if message_id is not None and (type(message_id) is not str or not encodable(message_id)):
        raise ArgumentError(argument="message_id", rule="must be text or None")
    when = require_aware(received_at, "received_at").astimezone(UTC)
    if message_id:
        digest = hashlib.sha256(_length_prefixed(channel_value, message_id)).hexdigest()
        return f"in-{channel_value}-m-{digest[:32]}"
    stamp = when.isoformat(timespec="microseconds")
    digest = hashlib.sha256(_length_prefixed(channel_value, sender, stamp, text)).hexdigest()
    return f"in-{channel_value}-c-{digest[:32]}"
