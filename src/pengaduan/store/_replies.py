"""A reporter's SMS or WhatsApp replies recorded in the repository: the answer to the closing
notice (``record_satisfaction_reply``), and any reply, a score or not (``record_reply``); the
public names live in ``pengaduan.store``.

The work is written once, as steps asked of a repository (`_recording`: get a complaint, read a
page of the work queue, append events), each step a call of the repository's own public
method, and carried out by the store's two drivers (``_steps.run`` and ``_steps.run_async``),
so the two repositories record a reply the same way.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

import attrs

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, NotFoundError, type_name
from pengaduan.store import _steps
from pengaduan.store._clock_skew import DEFAULT_CLOCK_SKEW, clock_arguments, not_ahead

if TYPE_CHECKING:
    from collections.abc import Callable, Generator
    from datetime import datetime, timedelta

    from sqlalchemy.engine import Connection

    from pengaduan.intake import Inbound
    from pengaduan.messages.replies import SatisfactionReplyResult
    from pengaduan.messages.reporter_replies import ReporterReplyResult
    from pengaduan.model import Channel, Complaint
    from pengaduan.store._core import Settings
    from pengaduan.store._query import Page, Query
    from pengaduan.store._repository import AsyncRepository, Repository
    from pengaduan.workflow import Workflow

__all__ = [
    "record_reply",
    "record_reply_async",
    "record_satisfaction_reply",
    "record_satisfaction_reply_async",
]

_ATTEMPTS = 3
_MAX_KEY = 256
_PAGE = 200


class _Get(NamedTuple):
    """Step: the stored complaint ``tracking_id`` (its errors are thrown back into the steps)."""

    tracking_id: str

    def on(self, repository: Repository | AsyncRepository) -> Any:
        return repository.get(self.tracking_id)


class _Read(NamedTuple):
    """Step: one page of the work queue."""

    query: Query
    after: str | None

    def on(self, repository: Repository | AsyncRepository) -> Any:
        return repository.page(self.query, limit=_PAGE, after=self.after)


class _Append(NamedTuple):
    """Step: append the complaint's new events; a conflict is thrown back into the steps."""

    complaint: Complaint
    expected_version: int

    def on(self, repository: Repository | AsyncRepository) -> Any:
        return repository.append(self.complaint, expected_version=self.expected_version)


class _Keyed(NamedTuple):
    """Step: the complaint of the reporter (looked up by each of ``accounts``, see `_Sender`)
    holding an event recorded under the inbound message's idempotency ``key`` (a retried
    delivery), or ``None``.

    One indexed read, whatever happened since the first delivery: the reporter's complaints
    through the index on the complaints' reporter, their events through the events' primary key
    (tracking id, sequence), so no index on the key itself is needed. ``None`` without a
    ``pseudonym_key`` (the reporter's complaints cannot be found then; a reply naming its
    complaint finds a retry in that complaint's history).
    """

    accounts: tuple[str, ...]
    key: str

    def on(self, repository: Repository | AsyncRepository) -> Any:
        # The store's own step, run as the outbox runs its steps.
        work = functools.partial(_recorded_under, repository._settings, self.accounts, self.key)
        return repository._run(_steps.read(work))


def _recorded_under(
    settings: Settings, accounts: tuple[str, ...], key: str, conn: Connection
) -> str | None:
    """The tracking id of the reporter's complaint with an event under ``key``, or ``None``."""
    if settings.pseudonym_key is None:
        return None
    from sqlalchemy import select  # noqa: PLC0415 - loaded on use

    from pengaduan.store._core import reporter_pseudonyms  # noqa: PLC0415 - loaded on use
    from pengaduan.store._schema import complaints, events  # noqa: PLC0415 - loaded on use

    found = conn.execute(
        select(events.c.tracking_id)
        .join(complaints, complaints.c.tracking_id == events.c.tracking_id)
        .where(
            complaints.c.reporter.in_(
                sorted({p for account in accounts for p in reporter_pseudonyms(settings, account)})
            ),
            events.c.idempotency_key == key,
        )
        .order_by(events.c.tracking_id, events.c.seq)
        .limit(1)
    ).first()
    return None if found is None else str(found.tracking_id)


if TYPE_CHECKING:
    _Step = _Get | _Read | _Append | _Keyed
    _Steps = Generator[_Step, Any, SatisfactionReplyResult]
    _ReplySteps = Generator[_Step, Any, ReporterReplyResult]


def _posing(channel: Channel, account: str | None) -> bool:
    """Whether ``account`` has the shape of a gateway's keyed pseudonym (``psn-...``) on a
    ``channel`` that is no gateway's (SMS, WhatsApp).

    Such an id is reserved for the gateways (``from_web_form`` refuses it): on another channel
    its sender chose it, and it may copy a reporter's pseudonym, which would make them that
    reporter by the same account id. The reply recorders take neither such a reply (it is
    answered as one without an account) nor such a complaint (no reply reaches it).
    """
    from pengaduan.store._core import _GATEWAY_ID, GATEWAY_CHANNELS  # noqa: PLC0415 - on use

    return (
        account is not None
        and channel not in GATEWAY_CHANNELS
        and _GATEWAY_ID.match(account) is not None
    )


def _as_sent(reply: Inbound) -> Inbound:
    """``reply``, without its account id when that is posing as a gateway's (see `_posing`)."""
    submission = reply.submission
    if not _posing(submission.channel, submission.reporter.account_id):
        return reply
    nobody = attrs.evolve(submission.reporter, account_id=None)
    return attrs.evolve(reply, submission=attrs.evolve(submission, reporter=nobody))


def _stored(tracking_id: str) -> Generator[_Step, Any, Complaint | None]:
    """The stored complaint ``tracking_id`` a reply may reach, or ``None`` when there is none
    (or the id cannot name one, or its account id is posing as a gateway's, see `_posing`)."""
    try:
        found: Complaint = yield _Get(tracking_id)
    except (NotFoundError, ArgumentError):
        return None
    if _posing(found.channel, found.reporter.account_id):
        return None
    return found


def _could_be_key(key: object) -> bool:
    """Whether ``key`` may be an event's idempotency key: printable text of 1 to 256 characters,
    not only whitespace (what the workflow accepted before new keys were bounded to 128
    characters; such a history still loads)."""
    return (
        isinstance(key, str)
        and 0 < len(key) <= _MAX_KEY
        and key.isprintable()
        and not key.isspace()
    )


class _Sender(NamedTuple):
    """Who sent a reply, as the repository finds their complaints.

    ``lookups``: the identities to look the reporter's complaints up by (``Query(reporter=)``):
    the reply's account id; for a gateway's message (SMS, WhatsApp) whose account id is the
    keyed pseudonym (``psn-...``) of the phone beside it, the phone instead (its lookup finds
    the complaints stored under the repository's pseudonym of the phone, which a key rotation
    recomputes), and the account id too when the gateway's key is not the repository's.
    ``same``: whether a complaint whose account id differs from the reply's is still the
    sender's (see `_same_reporter`), or ``None`` (then only the same account id counts): for a
    message of any other channel (a web form: the phone there is what its sender typed, and
    proves nothing), and without a key.
    """

    lookups: tuple[str, ...]
    same: Callable[[Complaint], bool] | None

    @classmethod
    def of(cls, settings: Settings | None, reply: Inbound) -> _Sender:
        """The sender of ``reply`` (an Inbound already checked) for ``settings``."""
        account = reply.submission.reporter.account_id
        if account is None:
            return cls(lookups=(), same=None)
        if settings is None or settings.pseudonym_key is None:
            return cls(lookups=(account,), same=None)
        from pengaduan.identity import reporter_pseudonym  # noqa: PLC0415 - loaded on use
        from pengaduan.store._core import gateway_phone, pseudonym  # noqa: PLC0415 - on use

        e164 = gateway_phone(reply.submission.channel, reply.submission.reporter)
        if e164 is None:
            return cls(lookups=(account,), same=None)
        mine = reporter_pseudonym(e164, key=settings.pseudonym_key)
        wanted = frozenset({pseudonym(settings, account), pseudonym(settings, mine)})
        lookups = (e164,) if mine == account else (e164, account)
        return cls(lookups=lookups, same=functools.partial(_same_reporter, settings, wanted))

    def owns(self, reply: Inbound, complaint: Complaint) -> bool:
        """Whether ``complaint`` is the sender's (the same account id, or vouched for)."""
        stored = complaint.reporter.account_id
        if stored is None:
            return False
        return stored == reply.submission.reporter.account_id or (
            self.same is not None and self.same(complaint)
        )


def _same_reporter(settings: Settings, wanted: frozenset[str], complaint: Complaint) -> bool:
    """Whether ``complaint``, whose account id is not the reply's, is the same reporter's: it
    was received by SMS or WhatsApp with a gateway's keyed pseudonym (``psn-...``) of the phone
    in its record as account id, and the pseudonym the repository stores for its record,
    recomputed here from the verified record (never read from the column), is one of the
    sender's (``wanted``). A gateway's pseudonym is stored as the repository's pseudonym of the
    phone in the record, so this holds for the same phone whichever key the gateway used (one
    rotated away since): never for another reporter, nor for a complaint of another channel
    (a web form's account id and phone are what its sender chose)."""
    from pengaduan.store._core import _reporter, gateway_phone  # noqa: PLC0415 - on use

    if gateway_phone(complaint.channel, complaint.reporter) is None:
        return False
    return _reporter(settings, complaint) in wanted


def _recorded_before(reply: Inbound, sender: _Sender) -> Generator[_Step, Any, Complaint | None]:
    """The reporter's stored complaint holding an event under the inbound message's key (a
    retried delivery, wherever the first one landed), or ``None``."""
    key = reply.idempotency_key
    if not sender.lookups or not _could_be_key(key):
        return None  # no event can carry it: nothing to look up (the recording refuses it)
    tracking_id: str | None = yield _Keyed(sender.lookups, key)
    if tracking_id is None:
        return None
    return (yield from _stored(tracking_id))


def _candidates(
    reply: Inbound, workflow: Workflow, tracking_id: str | None, sender: _Sender
) -> Generator[_Step, Any, list[Complaint]]:
    """The reporter's complaints the reply may be about (the one it names, else every one in a
    status the rating may be given from)."""
    from pengaduan.intake.tracking import (  # noqa: PLC0415 - loaded on use
        is_valid_tracking_id,
        parse_tracking_id,
    )
    from pengaduan.messages.satisfaction import SATISFACTION_ACTION  # noqa: PLC0415
    from pengaduan.store._query import Query  # noqa: PLC0415

    if reply.submission.reporter.account_id is None:
        return []
    if tracking_id is not None:
        wanted = [tracking_id]
        if is_valid_tracking_id(tracking_id):  # typed without its hyphens: the stored form too
            wanted.append(parse_tracking_id(tracking_id))
        for candidate in dict.fromkeys(wanted):
            found = yield from _stored(candidate)
            if found is not None:
                return [found]
        return []
    sources = tuple(sorted(workflow.action(SATISFACTION_ACTION).sources))
    stored: list[Complaint] = []
    seen: set[str] = set()
    for identity in sender.lookups:
        query = Query(reporter=identity, statuses=sources)
        cursor: str | None = None
        while True:
            page: Page = yield _Read(query, cursor)
            for row in page.items:
                if row.tracking_id in seen:
                    continue
                seen.add(row.tracking_id)
                complaint = yield from _stored(row.tracking_id)
                if complaint is not None:  # deleted in between: nothing to rate
                    stored.append(complaint)
            cursor = page.next_cursor
            if cursor is None:
                break
    return stored


class _Clock(NamedTuple):
    """The current time (``None``: the system clock's) and how far ahead of it a gateway's
    ``received_at`` may be."""

    now: object
    skew: object

    def check(self, reply: Inbound) -> Inbound:
        """``reply`` with its ``received_at`` read once as a plain UTC ``datetime``, refused
        when it is further ahead than the tolerance (see ``_clock_skew``): the time checked is
        the time the event records."""
        at = not_ahead(
            reply.received_at, argument="reply.received_at", now=self.now, clock_skew=self.skew
        )
        return attrs.evolve(reply, received_at=at)


def _recording(
    reply: Inbound, workflow: Workflow, clock: _Clock | None, settings: Settings | None = None
) -> _Steps:
    """What recording ``reply`` asks of a repository, step by step, and its result (``clock``:
    the check of its time, ``None`` when the caller made it; ``settings``: the repository's,
    whose key finds the reporter's complaints, see `_Sender`)."""
    from pengaduan.intake import Inbound  # noqa: PLC0415 - loaded on use
    from pengaduan.messages.replies import (  # noqa: PLC0415 - loads the workflow's parts
        ReplyOutcome,
        _answer_satisfaction,
        answer_satisfaction_reply,
        parse_satisfaction_reply,
    )
    from pengaduan.workflow import Workflow  # noqa: PLC0415 - loaded on use

    parsed = None
    if isinstance(reply, Inbound) and isinstance(workflow, Workflow):
        parsed = parse_satisfaction_reply(reply.submission.text)
    if parsed is None:  # nothing to look up: the pure function says so, or refuses the types
        return answer_satisfaction_reply(reply, (), workflow=workflow)
    answer_satisfaction_reply(reply, (), workflow=workflow)  # checks every argument first
    if clock is not None:
        reply = clock.check(reply)
    reply = _as_sent(reply)
    sender = _Sender.of(settings, reply)
    earlier = yield from _recorded_before(reply, sender)
    if earlier is not None:  # a retried delivery: ``repeated``, whatever happened since
        again = _answer_satisfaction(reply, [earlier], workflow=workflow, same_reporter=sender.same)
        if again.outcome is ReplyOutcome.REPEATED:
            return again

    def decide() -> Generator[_Step, Any, SatisfactionReplyResult]:
        candidates = yield from _candidates(reply, workflow, parsed.tracking_id, sender)
        return _answer_satisfaction(reply, candidates, workflow=workflow, same_reporter=sender.same)

    return (yield from _decided_and_appended(decide))


def record_satisfaction_reply(
    repository: Repository,
    reply: Inbound,
    *,
    workflow: Workflow,
    now: datetime | None = None,
    clock_skew: timedelta = DEFAULT_CLOCK_SKEW,
) -> SatisfactionReplyResult:
    """Record a reporter's reply to the closing notice as their rating, exactly once.

    Looks up the reporter's complaints (by the keyed pseudonym of ``reply``'s account id, so
    the repository needs its ``pseudonym_key``, and for a gateway's account id by the phone
    beside it, so complaints filed before a key rotation are found too; or the one complaint
    the reply names by its tracking id), applies
    [`answer_satisfaction_reply()`][pengaduan.messages.answer_satisfaction_reply] and appends
    the rating event under the inbound message's idempotency key. A retried delivery, or two
    deliveries at once, record one event: the second sees the first (``repeated``); the key is
    looked up among all the reporter's complaints first, so a message recorded as a reply
    (``record_reply``) is never recorded again as a rating. The
    repository's messenger, if any, writes what the event causes into the outbox in the same
    transaction.

    Args:
        repository: the SQL repository.
        reply: the message from the intake gateway
            ([`SmsGateway.reply()`][pengaduan.intake.SmsGateway.reply],
            [`from_whatsapp()`][pengaduan.intake.from_whatsapp]).
        workflow: the workflow the complaints follow.
        now: the current time (aware); ``None``: the system clock's. Only used to refuse a
            ``received_at`` too far ahead of it, never to date the event.
        clock_skew: how far ahead of ``now`` the reply's ``received_at`` may be (0 to one
            day; five minutes by default): a gateway whose clock is further ahead is refused
            (a [`ClockSkewError`][pengaduan.store.ClockSkewError]), since an event dated in
            the future would block the office's next action until that time.

    Returns:
        The [`SatisfactionReplyResult`][pengaduan.messages.SatisfactionReplyResult]: the
        outcome and the polite reply to send back.

    Raises:
        ArgumentError: wrong types; a reply without a tracking id to a repository opened
            without a ``pseudonym_key``.
        ClockSkewError: the reply's ``received_at`` is more than ``clock_skew`` ahead of
            ``now``: nothing was read or recorded.
        ConflictError: other writers changed the complaint three times in a row.
        StorageError: the database is unavailable.
    """
    from pengaduan.store._repository import Repository  # noqa: PLC0415 - loads SQLAlchemy

    if not isinstance(repository, Repository):
        raise ArgumentError(
            argument="repository", rule=N_("must be a Repository"), given=type_name(repository)
        )
    clock = _Clock(*clock_arguments(now, clock_skew))
    steps = _recording(reply, workflow, clock, repository._settings)
    return _steps.run(steps, lambda step: step.on(repository))


async def record_satisfaction_reply_async(
    repository: AsyncRepository,
    reply: Inbound,
    *,
    workflow: Workflow,
    now: datetime | None = None,
    clock_skew: timedelta = DEFAULT_CLOCK_SKEW,
) -> SatisfactionReplyResult:
    """[`record_satisfaction_reply()`][pengaduan.store.record_satisfaction_reply] on an
    [`AsyncRepository`][pengaduan.store.AsyncRepository] (for an async web app): the same
    lookups, outcome, exactly-once recording and errors.

    Raises:
        ArgumentError, ClockSkewError, ConflictError, StorageError: as
            [`record_satisfaction_reply()`][pengaduan.store.record_satisfaction_reply] raises
            them.
    """
    from pengaduan.store._repository import AsyncRepository  # noqa: PLC0415 - loads SQLAlchemy

    if not isinstance(repository, AsyncRepository):
        raise ArgumentError(
            argument="repository",
            rule=N_("must be an AsyncRepository"),
            given=type_name(repository),
        )
    clock = _Clock(*clock_arguments(now, clock_skew))
    steps = _recording(reply, workflow, clock, repository._settings)
    return await _steps.run_async(steps, lambda step: step.on(repository))


# -- any reply: a score, or the reporter's tanggapan -------------------------------------------


def _reply_candidates(
    reply: Inbound, workflow: Workflow, tracking_id: str | None, sender: _Sender
) -> Generator[_Step, Any, list[Complaint]]:
    """The reporter's complaints a reply that is not a score may be about: the one it names;
    else every one awaiting the reporter (in a status ``tanggapi`` may start from, or deferred
    with a resume action the reporter may take) and their latest other one (named in the
    answer when none is in progress: closed, or not taking replies yet). A single word of the
    older-id shape (``COVID-19``) that is not the id of one of the reporter's complaints is
    text: the complaints are looked up as for a reply naming none."""
    from pengaduan._core.time import require_aware  # noqa: PLC0415 - loaded on use
    from pengaduan.intake.tracking import is_valid_tracking_id  # noqa: PLC0415 - on use
    from pengaduan.messages.reporter_replies import (  # noqa: PLC0415 - on use
        REPLY_ACTION,
        resume_actions,
    )
    from pengaduan.store._query import Query  # noqa: PLC0415 - loaded on use

    if reply.submission.reporter.account_id is None:
        return []
    if tracking_id is not None:
        named = yield from _candidates(reply, workflow, tracking_id, sender)
        if is_valid_tracking_id(tracking_id) or any(sender.owns(reply, c) for c in named):
            return named
    arrived = require_aware(reply.received_at, "received_at")
    sources = frozenset(workflow.action(REPLY_ACTION).sources) | resume_actions(workflow).keys()
    in_progress: list[str] = []
    latest: tuple[datetime, str] | None = None
    for identity in sender.lookups:
        query = Query(reporter=identity)
        cursor: str | None = None
        while True:
            page: Page = yield _Read(query, cursor)
            for row in page.items:
                if row.received_at > arrived:  # sent after the reply: not what it answers
                    continue
                if row.status in sources:
                    in_progress.append(row.tracking_id)
                elif latest is None or (row.updated_at, row.tracking_id) > latest:
                    latest = (row.updated_at, row.tracking_id)
            cursor = page.next_cursor
            if cursor is None:
                break
    # Besides those in progress, the latest other one: named in the answer when none is.
    wanted = list(dict.fromkeys([*in_progress, *([latest[1]] if latest else [])]))
    stored: list[Complaint] = []
    for candidate in wanted:
        complaint = yield from _stored(candidate)
        if complaint is not None:  # deleted in between: nothing to reply to
            stored.append(complaint)
    return stored


def _replying(
    reply: Inbound,
    workflow: Workflow,
    keyword: str | None,
    clock: _Clock | None = None,
    settings: Settings | None = None,
) -> _ReplySteps:
    """What recording any reply asks of a repository, step by step, and its result
    (``settings``: the repository's, whose key finds the reporter's complaints, see
    `_Sender`)."""
    from pengaduan.messages.replies import parse_satisfaction_reply  # noqa: PLC0415 - on use
    from pengaduan.messages.reporter_replies import (  # noqa: PLC0415 - loads the workflow
        ReporterReplyOutcome,
        _answer_reply,
        _explicit_score,
        _from_satisfaction,
        answer_reply,
        named_tracking_id,
    )
    from pengaduan.messages.satisfaction import SATISFACTION_ACTION  # noqa: PLC0415

    # Checks every argument, and answers what needs no lookup (empty, too long, no account).
    first = answer_reply(reply, (), workflow=workflow, keyword=keyword)
    if first.action is None or reply.submission.reporter.account_id is None:
        return first
    sent = _as_sent(reply)
    if sent is not reply:  # an account id posing as a gateway's: answered as none
        return answer_reply(sent, (), workflow=workflow, keyword=keyword)
    reply = (clock or _Clock(None, DEFAULT_CLOCK_SKEW)).check(reply)
    sender = _Sender.of(settings, reply)
    # A retried delivery, looked up by the message's key before any decision: ``repeated``
    # with the action it was recorded as, wherever it landed and whatever happened since.
    earlier = yield from _recorded_before(reply, sender)
    if earlier is not None:
        again = _answer_reply(
            reply, [earlier], workflow=workflow, keyword=keyword, same_reporter=sender.same
        )
        if again.outcome is ReporterReplyOutcome.REPEATED:
            return again
    text = reply.submission.text
    score = parse_satisfaction_reply(text) if first.action == SATISFACTION_ACTION else None
    if score is not None and _explicit_score(text):
        return _from_satisfaction((yield from _recording(reply, workflow, None, settings)))
    # Any other text, or a bare number or scale word: an answer to the office unless a closed
    # complaint of the reporter awaits a rating (`answer_reply` decides on both kinds).
    named = named_tracking_id(text)

    def decide() -> Generator[_Step, Any, ReporterReplyResult]:
        candidates = yield from _reply_candidates(reply, workflow, named, sender)
        if score is not None:
            rated = yield from _candidates(reply, workflow, score.tracking_id, sender)
            known = {c.tracking_id for c in candidates}
            candidates += [c for c in rated if c.tracking_id not in known]
        return _answer_reply(
            reply, candidates, workflow=workflow, keyword=keyword, same_reporter=sender.same
        )

    return (yield from _decided_and_appended(decide))


class _Recordable(Protocol):
    """A reply handler's result: the complaint to store (``None``: nothing new) and the
    version it had before."""

    @property
    def complaint(self) -> Complaint | None: ...

    @property
    def expected_version(self) -> int | None: ...


_Result = TypeVar("_Result", bound=_Recordable)


def _decided_and_appended(
    decide: Callable[[], Generator[_Step, Any, _Result]],
) -> Generator[_Step, Any, _Result]:
    """``decide()`` (read the candidates, answer) and append the event its answer holds; when
    another writer changed the complaint meanwhile, decide again from a fresh read (the third
    loss is a `ConflictError`). Only a recording answer holds a complaint to store."""
    for attempt in range(1, _ATTEMPTS + 1):
        result = yield from decide()
        if result.complaint is None or result.expected_version is None:
            return result
        appending = _steps.only(_Append(result.complaint, result.expected_version))
        if not (yield from _steps.lost_to_another_writer(appending, last=attempt == _ATTEMPTS)):
            return result
    raise AssertionError  # pragma: no cover - the last try returns or raises


def record_reply(
    repository: Repository,
    reply: Inbound,
    *,
    workflow: Workflow,
    keyword: str | None = None,
    now: datetime | None = None,
    clock_skew: timedelta = DEFAULT_CLOCK_SKEW,
) -> ReporterReplyResult:
    """Record any reply of a reporter on their own complaint, exactly once.

    The one call an SMS or WhatsApp gateway makes for a message that is not a new complaint.
    A satisfaction score is recorded as
    [`record_satisfaction_reply()`][pengaduan.store.record_satisfaction_reply] records it (same
    outcomes, same ``nilai_kepuasan`` event); any other text is looked up among the reporter's
    complaints (first the one holding an event under the message's idempotency key: a retried
    delivery is ``repeated`` wherever it landed; then the one it names by tracking id, else
    those by the keyed pseudonym of ``reply``'s account id in a status ``tanggapi`` may start
    from or deferred, else their latest one), given to
    [`answer_reply()`][pengaduan.messages.answer_reply] and, when it is recorded, appended as
    the ``tanggapi`` event (the ``lanjutkan`` event when it completes a deferred complaint:
    ``completed``) under the inbound message's idempotency key. After a pseudonym key
    rotation the gateway derives another account id from the same phone: complaints filed
    before it are still the reporter's (the repository's pseudonym of the phone in their
    verified record is the sender's), and the event's actor is the account id the complaint
    records, as the workflow's reporter binding requires. A retried
    delivery, or two deliveries at once, record one event: the second sees the first
    (``repeated``). The repository's messenger, if any, writes what the event causes (the
    units are told the reporter replied; for a completed complaint the admin is told to
    verify it and the reporter gets the new verification deadline) into the outbox in the
    same transaction.

    Args:
        repository: the SQL repository.
        reply: the message from the intake gateway
            ([`SmsGateway.reply()`][pengaduan.intake.SmsGateway.reply],
            [`from_whatsapp()`][pengaduan.intake.from_whatsapp]).
        workflow: the workflow the complaints follow.
        keyword: the SMS gateway's keyword, shown in the answers that tell how to send a new
            complaint.
        now: the current time (aware); ``None``: the system clock's. Only used to refuse a
            ``received_at`` too far ahead of it, never to date the event.
        clock_skew: how far ahead of ``now`` the reply's ``received_at`` may be (0 to one
            day; five minutes by default): a gateway whose clock is further ahead is refused
            (a [`ClockSkewError`][pengaduan.store.ClockSkewError]), since an event dated in
            the future would block the office's next action until that time.

    Returns:
        The [`ReporterReplyResult`][pengaduan.messages.ReporterReplyResult]: the outcome and
        the polite reply to send back.

    Raises:
        ArgumentError: wrong types; a reply without a tracking id to a repository opened
            without a ``pseudonym_key``.
        NaiveDatetimeError: the reply's ``received_at`` (or ``now``) has no time zone.
        ClockSkewError: the reply's ``received_at`` is more than ``clock_skew`` ahead of
            ``now``: nothing was read or recorded.
        ConflictError: other writers changed the complaint three times in a row.
        StorageError: the database is unavailable.
    """
    from pengaduan.store._repository import Repository  # noqa: PLC0415 - loads SQLAlchemy

    if not isinstance(repository, Repository):
        raise ArgumentError(
            argument="repository", rule=N_("must be a Repository"), given=type_name(repository)
        )
    clock = _Clock(*clock_arguments(now, clock_skew))
    steps = _replying(reply, workflow, keyword, clock, repository._settings)
    return _steps.run(steps, lambda step: step.on(repository))


async def record_reply_async(
    repository: AsyncRepository,
    reply: Inbound,
    *,
    workflow: Workflow,
    keyword: str | None = None,
    now: datetime | None = None,
    clock_skew: timedelta = DEFAULT_CLOCK_SKEW,
) -> ReporterReplyResult:
    """[`record_reply()`][pengaduan.store.record_reply] on an
    [`AsyncRepository`][pengaduan.store.AsyncRepository] (for an async web app): the same
    lookups, outcome, exactly-once recording and errors.

    Raises:
        ArgumentError, NaiveDatetimeError, ClockSkewError, ConflictError, StorageError: as
            [`record_reply()`][pengaduan.store.record_reply] raises them.
    """
    from pengaduan.store._repository import AsyncRepository  # noqa: PLC0415 - loads SQLAlchemy

    if not isinstance(repository, AsyncRepository):
        raise ArgumentError(
            argument="repository",
            rule=N_("must be an AsyncRepository"),
            given=type_name(repository),
        )
    clock = _Clock(*clock_arguments(now, clock_skew))
    steps = _replying(reply, workflow, keyword, clock, repository._settings)
    return await _steps.run_async(steps, lambda step: step.on(repository))
