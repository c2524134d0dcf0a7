"""A reporter's SMS or WhatsApp answer to the closing notice, recorded in the repository (the
public name lives in ``pengaduan.store``)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, ConflictError, NotFoundError, type_name

if TYPE_CHECKING:
    from pengaduan.intake import Inbound
    from pengaduan.messages.replies import SatisfactionReplyResult
    from pengaduan.model import Complaint
    from pengaduan.store._repository import Repository
    from pengaduan.workflow import Workflow

__all__ = ["record_satisfaction_reply"]

_ATTEMPTS = 3
_PAGE = 200


def _candidates(
    repository: Repository, reply: Inbound, workflow: Workflow, tracking_id: str | None
) -> list[Complaint]:
    """The reporter's complaints the reply may be about (the one it names, else every one in a
    status the rating may be given from)."""
    from pengaduan.intake.tracking import (  # noqa: PLC0415 - loaded on use
        is_valid_tracking_id,
        parse_tracking_id,
    )
    from pengaduan.messages.satisfaction import SATISFACTION_ACTION  # noqa: PLC0415
    from pengaduan.store._query import Query  # noqa: PLC0415

    account = reply.submission.reporter.account_id
    if account is None:
        return []
    if tracking_id is not None:
        wanted = [tracking_id]
        if is_valid_tracking_id(tracking_id):  # typed without its hyphens: the stored form too
            wanted.append(parse_tracking_id(tracking_id))
        found: list[Complaint] = []
        for candidate in dict.fromkeys(wanted):
            with contextlib.suppress(NotFoundError, ArgumentError):
                found.append(repository.get(candidate))
        return found[:1]
    sources = tuple(sorted(workflow.action(SATISFACTION_ACTION).sources))
    query = Query(reporter=account, statuses=sources)
    stored: list[Complaint] = []
    cursor: str | None = None
    while True:
        page = repository.page(query, limit=_PAGE, after=cursor)
        stored.extend(repository.get(row.tracking_id) for row in page.items)
        cursor = page.next_cursor
        if cursor is None:
            return stored


def record_satisfaction_reply(
    repository: Repository, reply: Inbound, *, workflow: Workflow
) -> SatisfactionReplyResult:
    """Record a reporter's reply to the closing notice as their rating, exactly once.

    Looks up the reporter's complaints (by the keyed pseudonym of ``reply``'s account id, so
    the repository needs its ``pseudonym_key``; or the one complaint the reply names by its
    tracking id), applies
    [`answer_satisfaction_reply()`][pengaduan.messages.answer_satisfaction_reply] and appends
    the rating event under the inbound message's idempotency key. A retried delivery, or two
    deliveries at once, record one event: the second sees the first (``repeated``). The
    repository's messenger, if any, writes what the event causes into the outbox in the same
    transaction.

    Args:
        repository: the SQL repository.
        reply: the message from the intake gateway
            ([`SmsGateway.reply()`][pengaduan.intake.SmsGateway.reply],
            [`from_whatsapp()`][pengaduan.intake.from_whatsapp]).
        workflow: the workflow the complaints follow.

    Returns:
        The [`SatisfactionReplyResult`][pengaduan.messages.SatisfactionReplyResult]: the
        outcome and the polite reply to send back.

    Raises:
        ArgumentError: wrong types; a reply without a tracking id to a repository opened
            without a ``pseudonym_key``.
        ConflictError: other writers changed the complaint three times in a row.
        StorageError: the database is unavailable.
    """
    from pengaduan.intake import Inbound  # noqa: PLC0415 - loaded on use
    from pengaduan.messages.replies import (  # noqa: PLC0415 - loads the workflow's parts
        ReplyOutcome,
        answer_satisfaction_reply,
        parse_satisfaction_reply,
    )
    from pengaduan.store._repository import Repository  # noqa: PLC0415 - loads SQLAlchemy
    from pengaduan.workflow import Workflow  # noqa: PLC0415 - loaded on use

    if not isinstance(repository, Repository):
        raise ArgumentError(
            argument="repository", rule=N_("must be a Repository"), given=type_name(repository)
        )
    parsed = None
    if isinstance(reply, Inbound) and isinstance(workflow, Workflow):
        parsed = parse_satisfaction_reply(reply.submission.text)
    if parsed is None:  # nothing to look up: the pure function says so, or refuses the types
        return answer_satisfaction_reply(reply, (), workflow=workflow)
    for attempt in range(1, _ATTEMPTS + 1):
        candidates = _candidates(repository, reply, workflow, parsed.tracking_id)
        result = answer_satisfaction_reply(reply, candidates, workflow=workflow)
        if (
            result.outcome is not ReplyOutcome.RECORDED
            or result.complaint is None
            or result.expected_version is None
        ):
            return result
        try:
            repository.append(result.complaint, expected_version=result.expected_version)
        except ConflictError:
            if attempt == _ATTEMPTS:
                raise
            continue
        return result
    raise AssertionError  # pragma: no cover - the loop returns or raises
