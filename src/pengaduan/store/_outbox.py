"""The outbox: messages written with the events that cause them, sent exactly once.

A repository opened with a [`Messenger`][pengaduan.messages.Messenger] writes, in the transaction
that stores an action's events, the messages those events cause (`Messenger.messages_for()`)
into the ``outbox`` table. The app's sender loop reads
[`Outbox.pending()`][pengaduan.store.Outbox.pending], sends, and marks
each message [`mark_sent()`][pengaduan.store.Outbox.mark_sent] or
[`mark_failed()`][pengaduan.store.Outbox.mark_failed] by its idempotency key.

Exactly once: a message's key is deterministic (tracking id, event, template, recipient) and the
table's primary key, so writing it again is a no-op (``INSERT ... ON CONFLICT DO NOTHING`` on both
databases: two job runs racing on the same reminder store it once); marking a sent message sent
again, or failed after it was sent, changes nothing. A sender that crashes between sending and
marking sends that one message again on restart: pass the key to your SMS/e-mail provider as its
own idempotency key where it takes one.

Rows hold the message text (tracking id, unit names, deadlines) and the recipient's kind and id,
never an address: the app looks the address up when it sends.
"""

from __future__ import annotations

import contextlib
import re
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import attrs
from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from pengaduan._core.arguments import guarded
from pengaduan._core.text import exact
from pengaduan._core.time import to_utc
from pengaduan._core.toml import key_text
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, NotFoundError, PengaduanError, StorageError, type_name
from pengaduan.store._query import require_whole
from pengaduan.store._schema import OUTBOX_KEY_LENGTH as _KEY
from pengaduan.store._schema import outbox
from pengaduan.store._steps import read, write
from pengaduan.store._unreadable import decoded

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from sqlalchemy.engine import Connection

    from pengaduan.messages import Message
    from pengaduan.model import Complaint
    from pengaduan.store._repository import AsyncRepository, Repository
    from pengaduan.store._steps import Steps

__all__ = ["AsyncOutbox", "Outbox", "OutboxEntry", "OutboxState", "outbox"]

_REASON = re.compile(r"[a-z0-9][a-z0-9_.:-]{0,63}\Z")
_MAX_LIMIT = 1000


class OutboxState(StrEnum):
    """Where a message is in the outbox."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


@attrs.frozen(kw_only=True)
class OutboxEntry:
    """A stored message and its state.

    Attributes:
        message: the message.
        state: pending, sent or failed.
        attempts: how many times it was marked sent or failed.
        reason_code: the last failure's code (a code, never the provider's text).
        updated_at: when it was last marked, UTC.
    """

    message: Message
    state: OutboxState
    attempts: int
    reason_code: str | None
    updated_at: datetime | None


# -- operations on one connection --------------------------------------------------------------


def _row(message: Message) -> dict[str, Any]:
    return {
        "key": message.key,
        "tracking_id": message.tracking_id,
        "sequence": message.sequence,
        "template": message.template,
        "recipient_kind": message.recipient.kind.value,
        "recipient_id": message.recipient.id,
        "channel": message.channel.value,
        "language": message.language,
        "subject": message.subject,
        "body": message.body,
        "at": message.at,
        "state": OutboxState.PENDING.value,
        "attempts": 0,
        "reason_code": None,
        "updated_at": None,
    }


def _message(row: Any) -> Message:
    """The stored row as a message; a row no message could have written (edited in SQL, or
    damaged) is a `StorageError` (``corrupt``), never the constructors' own error."""
    from pengaduan.messages import Message, MessageChannel, Recipient, RecipientKind  # noqa: PLC0415

    message: Message | None = None
    with contextlib.suppress(ValueError, TypeError, PengaduanError):
        message = Message(
            key=row.key,
            tracking_id=row.tracking_id,
            sequence=row.sequence,
            template=row.template,
            recipient=Recipient(kind=RecipientKind(row.recipient_kind), id=row.recipient_id),
            channel=MessageChannel(row.channel),
            language=row.language,
            subject=row.subject,
            body=row.body,
            at=row.at,
        )
    if message is None:
        raise _corrupt()
    return message


def _corrupt() -> StorageError:
    return StorageError(
        reason="corrupt", detail=N_("a stored outbox message cannot be read as a message")
    )


_MESSAGES = N_("must be an iterable of Messages")


def check_messages(messages: object) -> list[Message]:
    """The messages of an iterable, checked (a str or a dict is refused).

    The iterable is read under `guarded` before anything is written: one whose ``__iter__``
    or ``__next__`` raises (a generator over a connection that drops) is an ``ArgumentError``
    naming ``messages``, and none of its messages is stored.
    """
    from pengaduan.messages import Message  # noqa: PLC0415

    if isinstance(messages, str | bytes | dict | type):
        raise ArgumentError(argument="messages", rule=_MESSAGES, given=type_name(messages))
    found = list(guarded(messages, "messages", _MESSAGES))  # type: ignore[arg-type]
    for message in found:
        if not isinstance(message, Message):
            raise ArgumentError(
                argument="messages", rule="must hold only Messages", given=type_name(message)
            )
        if len(message.key) > _KEY:
            raise ArgumentError(
                argument="messages",
                rule=Phrase(N_("keys are at most {size} characters"), size=_KEY),
            )
    return found


def enqueue(conn: Connection, messages: Iterable[Message]) -> int:
    """Store the messages whose keys are new; the number stored."""
    rows = {m.key: _row(m) for m in messages}
    if not rows:
        return 0
    known = set(conn.execute(select(outbox.c.key).where(outbox.c.key.in_(list(rows)))).scalars())
    fresh = [row for key, row in rows.items() if key not in known]
    _insert(conn, fresh)
    return len(fresh)


def _insert(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert rows; a key stored meanwhile (a concurrent job run) is skipped by the database."""
    if rows:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        conn.execute(dialect.insert(outbox).on_conflict_do_nothing(index_elements=["key"]), rows)


def event_rows(messenger: Any, complaint: Complaint, after: int) -> list[dict[str, Any]]:
    """The outbox rows of the messages the events after version ``after`` cause.

    Computed before a write's first statement: a messenger that refuses (a template that
    cannot be filled) refuses the write before anything of it is stored.
    """
    if messenger is None:
        return []
    messages = messenger.messages_for(complaint, after_version=after)
    return list({m.key: _row(m) for m in messages}.values())


def enqueue_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Store the rows of `event_rows()` (the repository's one call).

    One statement: the events are new (the version check passed), so are their messages' keys.
    """
    _insert(conn, rows)


def pending(conn: Connection, limit: int) -> tuple[Message, ...]:
    """The oldest pending messages."""
    rows = decoded(
        conn.execute(
            select(outbox)
            .where(outbox.c.state == OutboxState.PENDING.value)
            .order_by(outbox.c.at, outbox.c.key)
            .limit(limit)
        )
    )
    return tuple(_message(row) for row in rows)


def entry(conn: Connection, key: str) -> OutboxEntry:
    """One stored message with its state."""
    rows = decoded(conn.execute(select(outbox).where(outbox.c.key == key)))
    if not rows:
        raise NotFoundError(what=N_("outbox message"), key=key_text(key))
    row = rows[0]
    state: OutboxState | None = None
    with contextlib.suppress(ValueError):
        state = OutboxState(row.state)
    if state is None:
        raise _corrupt()
    return OutboxEntry(
        message=_message(row),
        state=state,
        attempts=row.attempts,
        reason_code=row.reason_code,
        updated_at=row.updated_at,
    )


def mark(conn: Connection, key: str, state: OutboxState, reason: str | None, at: datetime) -> bool:
    """Move a message to ``state``; ``False`` when nothing changed (it was sent already)."""
    allowed = (
        [OutboxState.FAILED.value]
        if state is OutboxState.PENDING
        else [OutboxState.PENDING.value, OutboxState.FAILED.value]
    )
    result = conn.execute(
        update(outbox)
        .where(outbox.c.key == key, outbox.c.state.in_(allowed))
        .values(
            state=state.value,
            reason_code=reason,
            updated_at=at,
            attempts=outbox.c.attempts + (0 if state is OutboxState.PENDING else 1),
        )
    )
    if result.rowcount == 1:
        return True
    if conn.execute(select(outbox.c.key).where(outbox.c.key == key)).first() is None:
        raise NotFoundError(what=N_("outbox message"), key=key_text(key))
    return False


# -- arguments ---------------------------------------------------------------------------------


def _key(value: object) -> str:
    value = exact(value)
    if not isinstance(value, str) or not value or len(value) > _KEY or not value.isprintable():
        raise ArgumentError(
            argument="key",
            rule=Phrase(
                N_("must be a printable message key of at most {size} characters"), size=_KEY
            ),
            given=type_name(value),
        )
    return value


def _reason(value: object) -> str:
    if not isinstance(value, str) or not _REASON.match(value):
        raise ArgumentError(
            argument="reason_code",
            rule=N_("must be a code: lower-case letters, digits and _ . : - (at most 64)"),
            given=type_name(value),
        )
    return value


def _limit(value: object) -> int:
    return require_whole(value, "limit", _MAX_LIMIT)


# -- operations, as steps (see ``_steps``) ----------------------------------------------------


def _enqueued(messages: object) -> Steps[int]:
    found = check_messages(messages)
    return write(lambda conn: enqueue(conn, found))


def _pending(limit: object) -> Steps[tuple[Message, ...]]:
    count = _limit(limit)
    return read(lambda conn: pending(conn, count))


def _entry(key: object) -> Steps[OutboxEntry]:
    checked = _key(key)
    return read(lambda conn: entry(conn, checked))


def _marked(key: object, state: OutboxState, reason_code: object, at: datetime) -> Steps[bool]:
    checked = _key(key)
    reason = _reason(reason_code) if state is OutboxState.FAILED else None
    when = to_utc(at, "at")
    return write(lambda conn: mark(conn, checked, state, reason, when))


# -- front ends --------------------------------------------------------------------------------


class Outbox:
    """The outbox of a [`Repository`][pengaduan.store.Repository] (``repo.outbox``).

    Example:
        >>> from pengaduan.store import Repository
        >>> Repository("sqlite://").outbox.pending()
        ()
    """

    __slots__ = ("_repo",)

    def __init__(self, repository: Repository) -> None:
        self._repo = repository

    def __repr__(self) -> str:
        return f"Outbox({self._repo!r})"

    def enqueue(self, messages: Iterable[Message]) -> int:
        """Store messages (the due-actions job's reminders); a key already stored is skipped.

        Returns:
            How many were new.

        Raises:
            ArgumentError: not an iterable of messages, or one whose ``__iter__`` or
                ``__next__`` raised (nothing of it is stored).
            StorageError: the database is read-only, full, locked or gone.
        """
        return self._repo._run(_enqueued(messages))

    def pending(self, limit: int = 100) -> tuple[Message, ...]:
        """The oldest messages not yet sent nor failed, oldest first.

        Raises:
            ArgumentError: ``limit`` is not an int from 1 to 1000.
        """
        return self._repo._run(_pending(limit))

    def get(self, key: str) -> OutboxEntry:
        """A stored message and its state.

        Raises:
            ArgumentError: not a message key.
            NotFoundError: no such message.
        """
        return self._repo._run(_entry(key))

    def mark_sent(self, key: str, *, at: datetime) -> bool:
        """Record that the message was sent; ``False`` when it was already (a no-op).

        Raises:
            ArgumentError: not a message key.
            NaiveDatetimeError: ``at`` has no time zone.
            NotFoundError: no such message.
        """
        return self._repo._run(_marked(key, OutboxState.SENT, None, at))

    def mark_failed(self, key: str, reason_code: str, *, at: datetime) -> bool:
        """Record a failed sending with a code (``"invalid_number"``); a sent message stays sent.

        A failed message leaves [`pending()`][pengaduan.store.Outbox.pending] until
        [`requeue()`][pengaduan.store.Outbox.requeue] puts it back.

        Raises:
            ArgumentError: not a message key, or a reason that is not a code.
            NaiveDatetimeError: ``at`` has no time zone.
            NotFoundError: no such message.
        """
        return self._repo._run(_marked(key, OutboxState.FAILED, reason_code, at))

    def requeue(self, key: str, *, at: datetime) -> bool:
        """Put a failed message back in [`pending()`][pengaduan.store.Outbox.pending]; ``False``
        when it was not failed."""
        return self._repo._run(_marked(key, OutboxState.PENDING, None, at))


class AsyncOutbox:
    """The outbox of an [`AsyncRepository`][pengaduan.store.AsyncRepository] (see
    [`Outbox`][pengaduan.store.Outbox])."""

    __slots__ = ("_repo",)

    def __init__(self, repository: AsyncRepository) -> None:
        self._repo = repository

    def __repr__(self) -> str:
        return f"AsyncOutbox({self._repo!r})"

    async def enqueue(self, messages: Iterable[Message]) -> int:
        """See [`Outbox.enqueue()`][pengaduan.store.Outbox.enqueue]."""
        return await self._repo._run(_enqueued(messages))

    async def pending(self, limit: int = 100) -> tuple[Message, ...]:
        """See [`Outbox.pending()`][pengaduan.store.Outbox.pending]."""
        return await self._repo._run(_pending(limit))

    async def get(self, key: str) -> OutboxEntry:
        """See [`Outbox.get()`][pengaduan.store.Outbox.get]."""
        return await self._repo._run(_entry(key))

    async def mark_sent(self, key: str, *, at: datetime) -> bool:
        """See [`Outbox.mark_sent()`][pengaduan.store.Outbox.mark_sent]."""
        return await self._repo._run(_marked(key, OutboxState.SENT, None, at))

    async def mark_failed(self, key: str, reason_code: str, *, at: datetime) -> bool:
        """See [`Outbox.mark_failed()`][pengaduan.store.Outbox.mark_failed]."""
        return await self._repo._run(_marked(key, OutboxState.FAILED, reason_code, at))

    async def requeue(self, key: str, *, at: datetime) -> bool:
        """See [`Outbox.requeue()`][pengaduan.store.Outbox.requeue]."""
        return await self._repo._run(_marked(key, OutboxState.PENDING, None, at))
