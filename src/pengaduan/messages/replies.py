"""The reporter's SMS or WhatsApp answer to the closing notice, recorded as the rating event.

The closing notice asks "how satisfied are you? reply 1-5". The answer arrives through the
intake gateway like any message: an [`Inbound`][pengaduan.intake.Inbound] from
[`SmsGateway.reply()`][pengaduan.intake.SmsGateway.reply] or
[`from_whatsapp()`][pengaduan.intake.from_whatsapp], whose reporter carries the keyed phone
pseudonym as account id.
[`answer_satisfaction_reply()`][pengaduan.messages.replies.answer_satisfaction_reply] reads it
and, when it is an unmistakable score for a closed complaint of that reporter still awaiting
its rating, gives the complaint with the ``nilai_kepuasan`` event appended, under the
inbound message's idempotency key (a retried SMS records once). Anything else changes nothing
and comes with a polite reply from the catalogs. The SQL repository does the lookup and the
write in one call:
[`pengaduan.store.record_satisfaction_reply()`][pengaduan.store.record_satisfaction_reply].

Which complaint: the one whose tracking id the reply names (``NILAI 7KQM-XW3D-RTG 4``), else
the reporter's most recently closed one. Only complaints of the same reporter account count, and
only those closed before the reply arrived.

Example:
    >>> parse_satisfaction_reply("nilai 7kqm-xw3d-rtg 4")
    SatisfactionReply(score='4', tracking_id='7KQM-XW3D-RTG')
    >>> parse_satisfaction_reply("sangat puas")
    SatisfactionReply(score='5', tracking_id=None)
    >>> parse_satisfaction_reply("puas") is None  # not on the notice's scale: ask again
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.text import exact
from pengaduan._core.time import require_aware
from pengaduan._i18n import N_
from pengaduan._i18n import gettext as _
from pengaduan.errors import ArgumentError, type_name
from pengaduan.intake import Inbound
from pengaduan.messages._fit import one_sms
from pengaduan.messages.satisfaction import SATISFACTION_ACTION, score_from_reply
from pengaduan.model import Actor, Complaint
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from typing import TypeAlias

    _SameReporter: TypeAlias = Callable[[Complaint], bool]

__all__ = [
    "ReplyOutcome",
    "SatisfactionReply",
    "SatisfactionReplyResult",
    "answer_satisfaction_reply",
    "parse_satisfaction_reply",
]

_MAX_REPLY = 80
# The closing notice names the ends of its scale ("1=sangat tidak puas, 5=sangat puas"): those
# words are as unmistakable as the digits. A bare "puas" is not on the notice and stays a
# question for the reporter.
_SCALE_WORDS = {
    "sangat tidak puas": "1",
    "sangat puas": "5",
    "very dissatisfied": "1",
    "very satisfied": "5",
}
_PREFIX = re.compile(r"(?:(?:nilai|skor|score)\s*[:=]?\s*)?")
_ID = re.compile(r"[0-9a-z]+(?:[- ][0-9a-z]+){0,3}")
_ID_WORDS = 4


class ReplyOutcome(StrEnum):
    """What became of a reply (stable codes)."""

    RECORDED = "recorded"
    """The score is now the complaint's ``nilai_kepuasan`` event."""
    REPEATED = "repeated"
    """This inbound message was recorded before (a retried delivery): nothing new."""
    NOT_A_SCORE = "not-a-score"
    """The text is not an unmistakable score: the app may treat it as a reply or a new
    complaint instead ([`answer_reply()`][pengaduan.messages.answer_reply] records a reply)."""
    NO_COMPLAINT = "no-complaint"
    """No closed complaint of this reporter (with the tracking id named, if any) awaits a
    rating, or the reporter is not known by an account id."""
    ALREADY_RATED = "already-rated"
    """The complaint has its answer already (a score is given once)."""


_THANKS = N_("Thank you for rating complaint {tracking_id}.")
# Each answer from its fullest form to one that fits one GSM-7 SMS whatever the tracking id.
_REPLIES = {
    ReplyOutcome.RECORDED: (_THANKS, N_("Thank you for your rating.")),
    ReplyOutcome.REPEATED: (_THANKS, N_("Thank you for your rating.")),
    ReplyOutcome.NOT_A_SCORE: (
        N_(
            "Sorry, we could not read your reply. To rate a resolved complaint, reply with a "
            "number from 1 to 5, for example: NILAI 4."
        ),
    ),
    ReplyOutcome.NO_COMPLAINT: (
        N_(
            "We found no resolved complaint of yours awaiting a rating. To rate one, reply "
            "NILAI <ticket number> <1-5>."
        ),
    ),
    ReplyOutcome.ALREADY_RATED: (
        N_(
            "Complaint {tracking_id} has been rated already, thank you. To rate another one, "
            "reply NILAI <ticket number> <1-5>."
        ),
        N_(
            "Your complaint has been rated already, thank you. To rate another one, reply "
            "NILAI <ticket number> <1-5>."
        ),
    ),
}


# A retried delivery of a message recorded as something else than a rating (a reply to the
# office, the completion of a deferred complaint): it is not thanked as a rating.
_RECORDED_ALREADY = (
    N_("Your message on complaint {tracking_id} is recorded already, thank you."),
    N_("Your message is recorded already, thank you."),
)


@attrs.frozen(kw_only=True)
class SatisfactionReply:
    """A reply read as a score.

    Attributes:
        score: ``"1"`` to ``"5"``, the ``skor`` of the ``nilai_kepuasan`` action.
        tracking_id: the tracking id the reply names, upper-cased, or ``None``.
    """

    score: str
    tracking_id: str | None = None


@attrs.frozen(kw_only=True)
class SatisfactionReplyResult:
    """What became of a reply, and what to answer.

    Attributes:
        outcome: what happened.
        tracking_id: the complaint concerned, when one was found.
        score: the score read from the reply, or ``None``.
        complaint: for ``recorded``, the complaint with the rating event appended, to store
            (``repository.append(complaint, expected_version=expected_version)``); else ``None``.
        expected_version: the version the complaint had before, for that append.
        reply: the polite answer to send back, in the current language
            ([`pengaduan.language`][pengaduan.language]); one GSM-7 SMS.
        action: the event the message is recorded as: ``nilai_kepuasan`` for ``recorded``;
            for ``repeated``, what the first delivery became (``nilai_kepuasan``, or
            ``tanggapi`` / ``lanjutkan`` when it was recorded as a reply to the office by
            [`answer_reply()`][pengaduan.messages.answer_reply]); else ``None``.
    """

    outcome: ReplyOutcome
    tracking_id: str | None = None
    score: str | None = None
    complaint: Complaint | None = attrs.field(default=None, repr=False)
    expected_version: int | None = None
    reply: str = attrs.field(default="", repr=False)
    action: str | None = None

    @property
    def changed(self) -> bool:
        """True when there is a new event to store."""
        return self.complaint is not None


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split()).rstrip(".!")


def _answer(text: str) -> str | None:
    score = score_from_reply(text)
    if score is not None:
        return score
    prefix = _PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else text
    return _SCALE_WORDS.get(rest)


def parse_satisfaction_reply(text: object) -> SatisfactionReply | None:
    """Read a reply to the closing notice as a score, else ``None``.

    A score is what [`score_from_reply()`][pengaduan.messages.score_from_reply] accepts (``4``,
    ``NILAI 4``, ``SKOR: 4``, ``4/5``) or the notice's own words for the ends of its scale
    (``sangat puas`` = 5, ``sangat tidak puas`` = 1; ``very satisfied``, ``very
    dissatisfied``), optionally after ``NILAI``/``SKOR`` and a tracking id (``NILAI
    7KQM-XW3D-RTG 4``). Case, spaces and a final ``.`` or ``!`` do not matter. Anything else
    (``puas``, a sentence, a new complaint, an emoji) is ``None``.
    """
    if not isinstance(text, str) or len(text) > _MAX_REPLY:
        return None
    folded = _folded(exact(text))
    score = _answer(folded) if folded else None
    if score is not None:
        return SatisfactionReply(score=score)
    prefix = _PREFIX.match(folded)
    words = folded[prefix.end() if prefix else 0 :].split(" ")
    for count in range(1, min(_ID_WORDS, len(words) - 1) + 1):
        tracking_id = " ".join(words[:count]).rstrip(":=,")
        score = _answer(" ".join(words[count:]).lstrip(":=, "))
        if score is not None and _is_tracking_id(tracking_id):
            return SatisfactionReply(score=score, tracking_id=tracking_id.replace(" ", "-").upper())
    return None


def _is_tracking_id(text: str) -> bool:
    """Shaped like a tracking id: 6-32 letters and digits in up to four groups, with a digit
    or a hyphen ("bagus 4" names no complaint)."""
    return (
        _ID.fullmatch(text) is not None
        and 6 <= len(text) <= 32
        and any(c.isdigit() or c == "-" for c in text)
    )


def _compact(tracking_id: str) -> str:
    return "".join(ch for ch in tracking_id.upper() if ch not in " -")


def _closed_at(complaint: Complaint, sources: frozenset[str]) -> datetime | None:
    """When the complaint entered the status it may be rated from (``None``: it may not)."""
    if complaint.status not in sources:
        return None
    for event in reversed(complaint.history):
        if event.from_status != event.to_status:
            return event.at
    return None


def _result(
    outcome: ReplyOutcome,
    *,
    tracking_id: str | None = None,
    score: str | None = None,
    action: str | None = None,
) -> SatisfactionReplyResult:
    """The result of ``outcome`` with its reply text, one GSM-7 SMS (``action``: what a
    ``recorded`` or ``repeated`` message is recorded as)."""
    templates = _REPLIES[outcome]
    if action is not None and action != SATISFACTION_ACTION:
        templates = _RECORDED_ALREADY
    return SatisfactionReplyResult(
        outcome=outcome,
        tracking_id=tracking_id,
        score=score,
        action=action,
        reply=one_sms(_(t).format(tracking_id=tracking_id or "-") for t in templates),
    )


def _checked_call(
    reply: object, complaints: object, workflow: object
) -> tuple[Inbound, list[Complaint], Workflow]:
    """The arguments every reply handler takes, checked: an ``Inbound``, an iterable of
    complaints (read once; one that fails to iterate is refused, not chained to), a
    ``Workflow``."""
    if not isinstance(reply, Inbound):
        raise ArgumentError(argument="reply", rule=N_("must be an Inbound"), given=type_name(reply))
    if not isinstance(workflow, Workflow):
        raise ArgumentError(
            argument="workflow", rule=N_("must be a Workflow"), given=type_name(workflow)
        )
    if not isinstance(complaints, Iterable) or isinstance(complaints, str | bytes | Complaint):
        raise ArgumentError(
            argument="complaints",
            rule=N_("must be an iterable of complaints"),
            given=type_name(complaints),
        )
    candidates: list[object] = []
    unreadable = False
    try:
        candidates = list(complaints)
    except Exception:  # an app's iterable that fails: refused below, not chained to it
        unreadable = True
    if unreadable or not all(isinstance(c, Complaint) for c in candidates):
        raise ArgumentError(argument="complaints", rule=N_("must be an iterable of complaints"))
    return reply, [c for c in candidates if isinstance(c, Complaint)], workflow


def answer_satisfaction_reply(
    reply: Inbound, complaints: Iterable[Complaint], *, workflow: Workflow
) -> SatisfactionReplyResult:
    """Turn a reporter's reply to the closing notice into their rating, or say why not.

    Args:
        reply: the message as the intake gateway gave it; its reporter's ``account_id`` (the
            keyed phone pseudonym, or the portal account) says whose complaints to look at, its
            ``idempotency_key`` goes with the event.
        complaints: the reporter's complaints (others are ignored): those in a status the
            rating may be given from are enough (``selesai``); pass the rated ones too, so a
            retried delivery is recognised.
        workflow: the workflow the complaints follow (it has the ``nilai_kepuasan`` action).

    Returns:
        The [`SatisfactionReplyResult`][pengaduan.messages.replies.SatisfactionReplyResult]:
        for ``recorded`` the complaint to store; always a polite reply to send back.

    Raises:
        ArgumentError: ``reply`` is not an Inbound, ``complaints`` not an iterable of
            complaints, ``workflow`` not a Workflow, or a workflow without the rating action.
        NaiveDatetimeError: the reply's ``received_at`` has no time zone.
    """
    return _answer_satisfaction(reply, complaints, workflow=workflow)


def _theirs(
    reply: Inbound, candidates: list[Complaint], same_reporter: _SameReporter | None
) -> list[Complaint]:
    """The candidates of the reply's reporter: the same account id, or (with ``same_reporter``,
    which the store builds from its pseudonym key) one it vouches for, an account id a gateway
    derived from the same phone under another key."""
    account = reply.submission.reporter.account_id
    if account is None:
        return []
    return [
        c
        for c in candidates
        if c.reporter.account_id == account
        or (same_reporter is not None and c.reporter.account_id is not None and same_reporter(c))
    ]


def _answer_satisfaction(
    reply: object,
    complaints: object,
    *,
    workflow: object,
    same_reporter: _SameReporter | None = None,
) -> SatisfactionReplyResult:
    """`answer_satisfaction_reply`; with ``same_reporter``, the store's test of whose
    complaints are the reporter's besides those of the same account id (see `_theirs`)."""
    reply, candidates, workflow = _checked_call(reply, complaints, workflow)
    if SATISFACTION_ACTION not in {a.name for a in workflow.actions}:
        raise ArgumentError(argument="workflow", rule=N_("must have the nilai_kepuasan action"))
    received_at = require_aware(reply.received_at, "received_at")
    parsed = parse_satisfaction_reply(reply.submission.text)
    if parsed is None:
        return _result(ReplyOutcome.NOT_A_SCORE)
    key = reply.idempotency_key or None
    mine = _theirs(reply, candidates, same_reporter)
    for complaint in mine:
        for event in complaint.history if key is not None else ():
            if event.idempotency_key == key:
                return _result(
                    ReplyOutcome.REPEATED,
                    tracking_id=complaint.tracking_id,
                    score=parsed.score,
                    action=event.action,
                )
    sources = frozenset(workflow.action(SATISFACTION_ACTION).sources)
    closed = [
        (when, complaint)
        for complaint in mine
        if (when := _closed_at(complaint, sources)) is not None and when <= received_at
    ]
    if parsed.tracking_id is not None:
        wanted = _compact(parsed.tracking_id)
        closed = [(w, c) for w, c in closed if _compact(c.tracking_id) == wanted]
    if not closed:
        return _result(ReplyOutcome.NO_COMPLAINT, score=parsed.score)
    _, target = max(closed, key=lambda pair: (pair[0], pair[1].tracking_id))
    if any(e.action == SATISFACTION_ACTION for e in target.history):
        return _result(
            ReplyOutcome.ALREADY_RATED, tracking_id=target.tracking_id, score=parsed.score
        )
    rated = workflow.apply(
        target,
        SATISFACTION_ACTION,
        at=max(received_at, target.updated_at),
        # The complaint's own reporter account: the reply's, or one the store vouches is the
        # same reporter's (the workflow binds a reporter's action to the complaint's account).
        actor=Actor.reporter(str(target.reporter.account_id)),
        expected_version=target.version,
        idempotency_key=key,
        skor=parsed.score,
    )
    found = _result(
        ReplyOutcome.RECORDED,
        tracking_id=target.tracking_id,
        score=parsed.score,
        action=SATISFACTION_ACTION,
    )
    return attrs.evolve(found, complaint=rated, expected_version=target.version)
