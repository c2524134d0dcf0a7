"""The reporter's SMS or WhatsApp replies, scores or not, recorded on their own complaint.

SP4N-LAPOR! lets the reporter answer the office (*tanggapan pelapor*): "jalan masih rusak,
belum ada petugas datang" after the unit's follow-up, the photo's whereabouts after the admin's
question. Such an answer arrives through the intake gateway like any message: an
[`Inbound`][pengaduan.intake.Inbound] from
[`SmsGateway.reply()`][pengaduan.intake.SmsGateway.reply] or
[`from_whatsapp()`][pengaduan.intake.from_whatsapp], whose reporter carries the keyed phone
pseudonym (or the portal account) as account id.
[`answer_reply()`][pengaduan.messages.reporter_replies.answer_reply] is the one entry point a
gateway needs for it:

- a satisfaction score (what
  [`parse_satisfaction_reply()`][pengaduan.messages.parse_satisfaction_reply] reads) goes the
  satisfaction way, with the outcomes and the ``nilai_kepuasan`` event of
  [`answer_satisfaction_reply()`][pengaduan.messages.answer_satisfaction_reply]; but a bare
  number or scale word (``3``, not ``NILAI 3`` nor ``nilai3``) when none of the reporter's
  closed complaints awaits a rating (none closed, or all rated) answers the office like any
  other text, if one of their complaints awaits them (``3`` to the admin's "how many lamps
  are out?");
- any other text becomes the ``tanggapi`` event of the reporter's complaint: ``message`` is the
  text as received, the actor ``Actor.reporter(<account id>)``, the idempotency key the inbound
  message's (a retried delivery records once);
- a reply to a deferred complaint (``ditunda``: the admin's ``tunda`` asked the reporter to
  complete the report) is the completion the office asked for: it becomes the resume event,
  ``lanjutkan`` with ``note`` the text as received (same actor, same key), and verification
  continues (outcome ``completed``), if the reply arrived after the complaint was deferred
  (one sent before the ``tunda`` is answered as it would have been then). The resume action
  is read from the workflow: an action a reporter may take from a status of the paused
  category back to an open one, with a text field for the reply and nothing else required.

First of all, a message recorded before (a retried delivery, its idempotency key on an event
of one of the reporter's complaints) is ``repeated``, with the action it was recorded as,
whatever happened since.

Which complaint: the one whose tracking id the text starts with (``7KQM-XW3D-RTG jalan masih
rusak``, ``7kqm xw3d rtg: ...``, an older id such as ``KPG-0001`` when it is one of the
reporter's: ``COVID-19 masih menyebar`` is text), else the reporter's one
complaint awaiting them: in a status the ``tanggapi`` action may start from, or deferred with
a resume action the reporter may take. Only complaints of the same reporter account count,
never a match by name or text, and only those received before the reply arrived. Nothing is
guessed:

- several such complaints and none named: ``ambiguous``, with a reply asking to start with the
  ticket number;
- a named id that is not one of the reporter's complaints: ``no-complaint``, the same answer
  whether the id exists for someone else or not at all;
- a closed complaint (any terminal status, ``selesai`` among them) is not reopened by a reply:
  ``closed`` (reopening is ``buka_kembali``, an explicit act of its own);
- a complaint in a status where the reporter can neither reply nor complete it (``diterima``,
  waiting for the admin's verification): ``not-now``.

Example:
    >>> from datetime import UTC, datetime
    >>> from pengaduan.intake import from_whatsapp
    >>> from pengaduan.workflow import Workflow
    >>> reply = from_whatsapp(
    ...     sender="6281339001122@c.us",
    ...     text="jalan masih rusak",
    ...     received_at=datetime(2026, 1, 5, tzinfo=UTC),
    ... )
    >>> answer_reply(reply, [], workflow=Workflow.default()).outcome.value
    'no-complaint'
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.text import exact
from pengaduan._core.time import require_aware
from pengaduan._i18n import N_
from pengaduan._i18n import gettext as _
from pengaduan.errors import ArgumentError, type_name
from pengaduan.intake.tracking import is_valid_tracking_id, parse_tracking_id
from pengaduan.messages._fit import one_sms
from pengaduan.messages.replies import (
    _PREFIX,
    ReplyOutcome,
    SatisfactionReplyResult,
    _answer_satisfaction,
    _checked_call,
    _closed_at,
    _folded,
    _theirs,
    parse_satisfaction_reply,
)
from pengaduan.messages.replies import _result as _satisfaction_result
from pengaduan.messages.satisfaction import SATISFACTION_ACTION
from pengaduan.model import Actor, Complaint, Role
from pengaduan.workflow import StatusCategory, Workflow
from pengaduan.workflow.fields import FieldKind

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from pengaduan.intake import Inbound
    from pengaduan.messages.replies import _SameReporter

__all__ = [
    "REPLY_ACTION",
    "ReporterReplyOutcome",
    "ReporterReplyResult",
    "answer_reply",
    "named_tracking_id",
    "resume_actions",
]

REPLY_ACTION = "tanggapi"
"""The workflow action a reporter's reply becomes (its data field: ``message``)."""

_FIELD = "message"
_ID_WORDS = 4
_KEYWORD = re.compile(r"[A-Za-z0-9]{2,32}")
# An older id written as one word: letters, a hyphen, digits ("KPG-0001", "DINKES-2025-17").
_OLDER_ID = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+){1,3}")


class ReporterReplyOutcome(StrEnum):
    """What became of a reporter's reply (stable codes).

    The first four are the satisfaction outcomes of
    [`ReplyOutcome`][pengaduan.messages.ReplyOutcome], with the same codes.
    """

    RECORDED = "recorded"
    """The reply is now the complaint's event: ``tanggapi``, or ``nilai_kepuasan`` for a
    score (see ``ReporterReplyResult.action``)."""
    REPEATED = "repeated"
    """This inbound message was recorded before (a retried delivery): nothing new."""
    NO_COMPLAINT = "no-complaint"
    """No complaint of this reporter to add it to (none with the tracking id named, none in
    progress, or for a score none closed awaiting its rating), or the reporter is not known
    by an account id."""
    ALREADY_RATED = "already-rated"
    """A score for a complaint that has its rating already (a score is given once)."""
    COMPLETED = "completed"
    """The complaint was deferred, waiting for the reporter: the reply completes it, as the
    resume event (``lanjutkan``, the reply as its ``note``), and verification continues."""
    AMBIGUOUS = "ambiguous"
    """Several complaints of the reporter could take the reply and it names none of them."""
    CLOSED = "closed"
    """The complaint is closed: a reply does not reopen it."""
    NOT_NOW = "not-now"
    """The complaint is in a status where the reporter can neither reply nor complete it
    (received, not yet verified)."""
    EMPTY = "empty"
    """The text has nothing to record (whitespace, invisible characters, punctuation, or
    nothing after the tracking id)."""
    TOO_LONG = "too-long"
    """The text is longer than the ``message`` field of the ``tanggapi`` action takes (or,
    for a deferred complaint, the resume action's field)."""


# Each answer from its fullest form to one that fits one GSM-7 SMS whatever the tracking id and
# keyword (`one_sms` picks the first that fits): a long id or keyword, or an id outside the
# GSM-7 alphabet, is left out rather than splitting the SMS.
_REPLIES = {
    ReporterReplyOutcome.RECORDED: (
        N_(
            "Thank you, your reply on complaint {tracking_id} is recorded and passed on to the "
            "officers handling it."
        ),
        N_(
            "Thank you, your reply is recorded and passed on to the officers handling your "
            "complaint."
        ),
    ),
    ReporterReplyOutcome.COMPLETED: (
        N_(
            "Thank you, the additional information for complaint {tracking_id} was received. "
            "Verification of the complaint continues."
        ),
        N_(
            "Thank you, the additional information for your complaint was received. "
            "Verification of the complaint continues."
        ),
    ),
    ReporterReplyOutcome.AMBIGUOUS: (
        N_(
            "You have several complaints in progress. Send your reply again starting with its "
            "ticket number, for example: 7KQM-XW3D-RTG <your reply>."
        ),
    ),
    ReporterReplyOutcome.NOT_NOW: (
        N_(
            "Complaint {tracking_id} cannot take a reply at this stage, so your message was not "
            "added. Please wait for our next message about it."
        ),
        N_(
            "Your complaint cannot take a reply at this stage, so your message was not added. "
            "Please wait for our next message about it."
        ),
    ),
    ReporterReplyOutcome.EMPTY: (
        N_("Your reply is empty. Please send it again with your message."),
    ),
    ReporterReplyOutcome.TOO_LONG: (
        N_(
            "Your reply is too long to record. Please shorten it, or send it through the "
            "complaint portal."
        ),
    ),
}
_NO_COMPLAINT = N_(
    "We found no complaint of yours in progress for this reply. If it is a new complaint, "
    "send it as one: what, where and since when."
)
_CLOSED = N_(
    "Complaint {tracking_id} is closed, so your reply was not added. If the problem "
    "remains, please send it as a new complaint."
)
_CLOSED_SHORT = N_(
    "Your complaint is closed, so your reply was not added. If the problem remains, please "
    "send it as a new complaint."
)
# With the gateway's keyword, the way to send a new complaint is shown; without it, described.
_NEW_COMPLAINT = {
    (ReporterReplyOutcome.NO_COMPLAINT, True): (
        N_(
            "We found no complaint of yours in progress for this reply. To send a new "
            "complaint: {keyword}<space>your complaint."
        ),
        _NO_COMPLAINT,
    ),
    (ReporterReplyOutcome.NO_COMPLAINT, False): (_NO_COMPLAINT,),
    (ReporterReplyOutcome.CLOSED, True): (
        N_(
            "Complaint {tracking_id} is closed, so your reply was not added. If the problem "
            "remains, send a new complaint: {keyword}<space>your complaint."
        ),
        N_(
            "Complaint {tracking_id} is closed; your reply was not added. New complaint: "
            "{keyword}<space>your complaint."
        ),
        _CLOSED,
        N_(
            "Your complaint is closed, so your reply was not added. New complaint: "
            "{keyword}<space>your complaint."
        ),
        _CLOSED_SHORT,
    ),
    (ReporterReplyOutcome.CLOSED, False): (_CLOSED, _CLOSED_SHORT),
}


@attrs.frozen(kw_only=True)
class ReporterReplyResult:
    """What became of a reporter's reply, and what to answer.

    Attributes:
        outcome: what happened.
        action: the event the reply is (or would have been) recorded as: ``tanggapi``,
            ``lanjutkan`` (the workflow's resume action) for a deferred complaint, or
            ``nilai_kepuasan`` for a score; ``None`` when the text was empty or too long.
        tracking_id: the complaint concerned, when one of the reporter's was found.
        score: the score read from the reply, or ``None``.
        complaint: for ``recorded`` and ``completed``, the complaint with the new event
            appended, to store
            (``repository.append(complaint, expected_version=expected_version)``); else
            ``None``.
        expected_version: the version the complaint had before, for that append.
        reply: the polite answer to send back, in the current language
            ([`pengaduan.language`][pengaduan.language]); one GSM-7 SMS.
    """

    outcome: ReporterReplyOutcome
    action: str | None = None
    tracking_id: str | None = None
    score: str | None = None
    complaint: Complaint | None = attrs.field(default=None, repr=False)
    expected_version: int | None = None
    reply: str = attrs.field(default="", repr=False)

    @property
    def changed(self) -> bool:
        """True when there is a new event to store."""
        return self.complaint is not None


def _result(
    outcome: ReporterReplyOutcome,
    *,
    tracking_id: str | None = None,
    keyword: str | None = None,
    action: str | None = REPLY_ACTION,
    completed: bool = False,
) -> ReporterReplyResult:
    """The result of ``outcome`` with its reply text, one GSM-7 SMS; a ``repeated`` one gets
    the text the first delivery got (``completed``: it completed a deferred complaint)."""
    templates = _NEW_COMPLAINT.get((outcome, keyword is not None))
    if templates is None:
        if outcome is ReporterReplyOutcome.REPEATED:
            first = ReporterReplyOutcome.COMPLETED if completed else ReporterReplyOutcome.RECORDED
            templates = _REPLIES[first]
        else:
            templates = _REPLIES[outcome]
    values = {"tracking_id": tracking_id or "-", "keyword": keyword or ""}
    text = one_sms(_(template).format_map(values) for template in templates)
    return ReporterReplyResult(outcome=outcome, action=action, tracking_id=tracking_id, reply=text)


def _from_satisfaction(result: SatisfactionReplyResult) -> ReporterReplyResult:
    """The satisfaction path's result as a reporter-reply result (same outcome code, event and
    reply text)."""
    return ReporterReplyResult(
        outcome=ReporterReplyOutcome(result.outcome.value),
        action=result.action or SATISFACTION_ACTION,
        tracking_id=result.tracking_id,
        score=result.score,
        complaint=result.complaint,
        expected_version=result.expected_version,
        reply=result.reply,
    )


def _is_blank(text: str) -> bool:
    """Nothing to record: only spaces, controls, invisible marks and punctuation."""
    return all(
        char.isspace() or unicodedata.category(char)[0] in "CPZ" for char in text
    )  # C: controls and format marks, P: punctuation, Z: separators


def named_tracking_id(text: object) -> str | None:
    """The tracking id a reply starts with, upper-cased, or ``None``.

    A reply names its complaint by starting with the tracking id, as a score may
    (``NILAI 7KQM-XW3D-RTG 4``): ``7KQM-XW3D-RTG jalan masih rusak``, in any case, its groups
    joined by hyphens or spaces or run together, followed by a space, ``:`` or ``,``. The
    random ids of [`new_tracking_id()`][pengaduan.intake.tracking.new_tracking_id] count only
    with a correct check character, so a sentence's first words are not read as one; an older
    id counts as one word of letters and digits joined by hyphens, with a digit in it
    (``KPG-0001``). ``NILAI`` or ``SKOR`` before the id is allowed. This reads the shape only:
    [`answer_reply()`][pengaduan.messages.answer_reply] takes an older-shaped word as a name
    only when it is the id of one of the reporter's complaints (``COVID-19`` is text).

    Example:
        >>> named_tracking_id("7kqm xw3d rtg: jalan masih rusak")
        '7KQM-XW3D-RTG'
        >>> named_tracking_id("KPG-0001 belum ada petugas datang")
        'KPG-0001'
        >>> named_tracking_id("jalan 5 hari rusak") is None
        True
    """
    if not isinstance(text, str):
        return None
    return _named(exact(text))[0]


def _named(text: str) -> tuple[str | None, str]:
    """The tracking id ``text`` starts with (or ``None``) and the words after it."""
    words = unicodedata.normalize("NFKC", text[:200]).casefold().split()
    if words and words[0] in {"nilai", "skor", "score"}:
        words = words[1:]
    for count in range(min(_ID_WORDS, len(words)), 0, -1):
        written = " ".join(words[:count]).rstrip(":,")
        if is_valid_tracking_id(written):
            return parse_tracking_id(written), " ".join(words[count:]) + text[200:]
    first = words[0].rstrip(":,") if words else ""
    if (
        _OLDER_ID.fullmatch(first)
        and 6 <= len(first) <= 32
        and any(c.isdigit() for c in first)
        and any(c.isalpha() for c in first)
    ):
        return first.upper(), " ".join(words[1:]) + text[200:]
    return None, text


def _compact(tracking_id: str) -> str:
    return "".join(ch for ch in tracking_id.upper() if ch not in " -")


def _checked(
    reply: object, complaints: object, workflow: object, keyword: object
) -> tuple[Inbound, list[Complaint], Workflow, str | None, datetime]:
    if keyword is not None and (
        not isinstance(keyword, str) or _KEYWORD.fullmatch(exact(keyword)) is None
    ):
        raise ArgumentError(
            argument="keyword",
            rule=N_("must be an SMS keyword of 2 to 32 letters and digits, or None"),
            given=type_name(keyword),
        )
    checked, candidates, flow = _checked_call(reply, complaints, workflow)
    if REPLY_ACTION not in {a.name for a in flow.actions} or _FIELD not in {
        f.name for f in flow.action(REPLY_ACTION).fields
    }:
        raise ArgumentError(
            argument="workflow", rule=N_("must have the tanggapi action with a message field")
        )
    received_at = require_aware(checked.received_at, "received_at")
    shown = exact(keyword).upper() if isinstance(keyword, str) else None
    return checked, candidates, flow, shown, received_at


def answer_reply(
    reply: Inbound,
    complaints: Iterable[Complaint],
    *,
    workflow: Workflow,
    keyword: str | None = None,
) -> ReporterReplyResult:
    """Turn a reporter's reply into their complaint's event, or say politely why not.

    A satisfaction score goes to
    [`answer_satisfaction_reply()`][pengaduan.messages.answer_satisfaction_reply] (same
    outcomes, same ``nilai_kepuasan`` event); any other text becomes the ``tanggapi`` event of
    the complaint it names, else of the reporter's one complaint awaiting them, or, when that
    complaint is deferred, its resume event (``lanjutkan``, outcome ``completed``; see
    [`resume_actions()`][pengaduan.messages.reporter_replies.resume_actions] and the module
    documentation for the rules).

    Args:
        reply: the message as the intake gateway gave it; its reporter's ``account_id`` says
            whose complaints to look at, its ``idempotency_key`` goes with the event.
        complaints: the reporter's complaints (others are ignored): those in a status
            ``tanggapi`` may start from, and the deferred ones the reporter may resume, are
            enough when the reply names none; pass the
            reporter's latest other one too, so a closed complaint is named in the answer,
            the one holding an event under the message's idempotency key, so a retried
            delivery is ``repeated`` wherever it was recorded, and for scores the closed ones
            (see ``answer_satisfaction_reply``).
        workflow: the workflow the complaints follow (it has the ``tanggapi`` action).
        keyword: the SMS gateway's keyword (``"KOTKUPANG"``), shown in the answers
            that tell how to send a new complaint; without it they describe the way.

    Returns:
        The [`ReporterReplyResult`][pengaduan.messages.ReporterReplyResult]: for ``recorded``
        and ``completed`` the complaint to store; always a polite reply to send back.

    Raises:
        ArgumentError: ``reply`` is not an Inbound, ``complaints`` not an iterable of
            complaints, ``workflow`` not a Workflow (or one without ``tanggapi`` and its
            ``message`` field), ``keyword`` not an SMS keyword; a ``received_at`` that is
            not a datetime.
        NaiveDatetimeError: the reply's ``received_at`` has no time zone.
        GuardError: a guard of the workflow refuses the reply.
    """
    return _answer_reply(reply, complaints, workflow=workflow, keyword=keyword)


def _answer_reply(
    reply: object,
    complaints: object,
    *,
    workflow: object,
    keyword: object = None,
    same_reporter: _SameReporter | None = None,
) -> ReporterReplyResult:
    """`answer_reply`; with ``same_reporter``, the store's test of whose complaints are the
    reporter's besides those of the same account id (see ``replies._theirs``)."""
    reply, candidates, workflow, keyword, received_at = _checked(
        reply, complaints, workflow, keyword
    )
    reply = attrs.evolve(reply, received_at=received_at)
    text = reply.submission.text
    theirs = _theirs(reply, candidates, same_reporter)
    resumes = resume_actions(workflow)
    repeated = _repeated(theirs, reply.idempotency_key or None, resumes)
    if repeated is not None:  # recorded before, wherever and as whatever: nothing new
        return repeated
    mine = [c for c in theirs if c.received_at <= received_at]
    rated: SatisfactionReplyResult | None = None
    if SATISFACTION_ACTION in {a.name for a in workflow.actions} and (
        parse_satisfaction_reply(text) is not None
    ):
        rated = _answer_satisfaction(
            reply, candidates, workflow=workflow, same_reporter=same_reporter
        )
        if not _answers_the_office(rated, text, mine, workflow, received_at):
            return _from_satisfaction(rated)
    named, rest = _naming(text, mine)
    refused = _unrecordable(text, rest, workflow)
    if refused is not None:
        return refused
    found = _target(named, mine, workflow, keyword, received_at, resumes=resumes)
    if isinstance(found, ReporterReplyResult):
        if rated is not None and found.outcome in _NOTHING_AWAITS:
            return _from_satisfaction(rated)  # no complaint awaits them either: the score's answer
        return found
    return _recorded(reply, found, workflow, received_at, resumes=resumes)


def _recorded(
    reply: Inbound,
    found: Complaint,
    workflow: Workflow,
    received_at: datetime,
    *,
    resumes: dict[str, tuple[str, str]],
) -> ReporterReplyResult:
    """The reply as the event of ``found``: ``tanggapi``, or the resume action of a deferred
    complaint (``completed``)."""
    text = reply.submission.text
    action, field, outcome = REPLY_ACTION, _FIELD, ReporterReplyOutcome.RECORDED
    if found.status not in workflow.action(REPLY_ACTION).sources:  # deferred: it completes it
        action, field = resumes[found.status]
        outcome = ReporterReplyOutcome.COMPLETED
        spec = next(f for f in workflow.action(action).fields if f.name == field)
        if len(text) > spec.max_length:
            return _result(ReporterReplyOutcome.TOO_LONG, action=None)
    changed = workflow.apply(
        found,
        action,
        at=max(received_at, found.updated_at),
        # The complaint's own reporter account: the reply's, or one the store vouches is the
        # same reporter's (the workflow binds a reporter's action to the complaint's account).
        actor=Actor.reporter(str(found.reporter.account_id)),
        expected_version=found.version,
        idempotency_key=reply.idempotency_key or None,
        **{field: text},
    )
    done = _result(outcome, tracking_id=found.tracking_id, action=action)
    return attrs.evolve(done, complaint=changed, expected_version=found.version)


#: Answers of the reply path saying that no complaint of the reporter awaits them.
_NOTHING_AWAITS = frozenset(
    {ReporterReplyOutcome.NO_COMPLAINT, ReporterReplyOutcome.CLOSED, ReporterReplyOutcome.NOT_NOW}
)


def _repeated(
    theirs: list[Complaint], key: str | None, resumes: dict[str, tuple[str, str]]
) -> ReporterReplyResult | None:
    """The ``repeated`` answer when an event of the reporter's complaints carries the inbound
    message's key (a retried delivery), with the action it was recorded as; else ``None``.

    Looked up before any decision, on every complaint of the reporter given, so the answer does
    not depend on what happened since: a complaint closed, deferred or rated in between, a
    retry stamped later than the first delivery."""
    if key is None:
        return None
    for complaint in theirs:
        for event in complaint.history:
            if event.idempotency_key != key:
                continue
            if event.action == SATISFACTION_ACTION:
                skor = event.data.get("skor")
                score = skor if isinstance(skor, str) else None
                return _from_satisfaction(
                    _satisfaction_result(
                        ReplyOutcome.REPEATED,
                        tracking_id=complaint.tracking_id,
                        score=score,
                        action=SATISFACTION_ACTION,
                    )
                )
            return _result(
                ReporterReplyOutcome.REPEATED,
                tracking_id=complaint.tracking_id,
                action=event.action,
                completed=event.action in {a for a, _ in resumes.values()},
            )
    return None


def _answers_the_office(
    rated: SatisfactionReplyResult,
    text: str,
    mine: list[Complaint],
    workflow: Workflow,
    received_at: datetime,
) -> bool:
    """Whether a reply read as a score is rather an answer to the office: a bare number or
    scale word (no ``NILAI``/``SKOR`` before it) when no closed complaint of the reporter awaits
    a rating (``"3"`` to the admin's "how many lamps are out?"): none closed (``no-complaint``),
    or only rated ones (``already-rated``)."""
    if _explicit_score(text):
        return False
    if rated.outcome is ReplyOutcome.NO_COMPLAINT:
        return True
    return rated.outcome is ReplyOutcome.ALREADY_RATED and not _awaits_rating(
        mine, workflow, received_at
    )


def _awaits_rating(mine: list[Complaint], workflow: Workflow, received_at: datetime) -> bool:
    """Whether a complaint of the reporter, closed before the reply arrived, awaits its rating."""
    sources = frozenset(workflow.action(SATISFACTION_ACTION).sources)
    return any(
        (closed := _closed_at(c, sources)) is not None
        and closed <= received_at
        and all(e.action != SATISFACTION_ACTION for e in c.history)
        for c in mine
    )


def _explicit_score(text: str) -> bool:
    """Whether a reply says it is a rating (``NILAI 4``, ``skor: 4``, ``nilai3``, written in
    full-width letters): it never becomes a reply to the office. Read on the same folded text and
    prefix rule as [`parse_satisfaction_reply()`][pengaduan.messages.parse_satisfaction_reply]."""
    prefix = _PREFIX.match(_folded(exact(text)))
    return prefix is not None and prefix.end() > 0


def resume_actions(workflow: Workflow) -> dict[str, tuple[str, str]]:
    """The statuses a reporter's reply completes a complaint in, each with the action and the
    field the reply becomes.

    Read from the workflow, not from names: for each status of the paused category, the
    first action (in the workflow's order) that a reporter may take from it, that leads back
    to an open status, and that has a text field for the reply (its first one) and no other
    required field. In the default profile: ``{"ditunda": ("lanjutkan", "note")}``.

    Args:
        workflow: the workflow the complaints follow.

    Returns:
        ``{status: (action, field)}``; empty when no paused status has such an action.

    Raises:
        ArgumentError: ``workflow`` is not a Workflow.

    Example:
        >>> resume_actions(Workflow.default())
        {'ditunda': ('lanjutkan', 'note')}
    """
    if not isinstance(workflow, Workflow):
        raise ArgumentError(
            argument="workflow", rule=N_("must be a Workflow"), given=type_name(workflow)
        )
    paused = workflow.statuses_in(StatusCategory.PAUSED)
    found: dict[str, tuple[str, str]] = {}
    for action in workflow.actions:
        if (
            action.target is None
            or Role.PELAPOR not in action.roles
            or workflow.category(action.target) is not StatusCategory.OPEN
        ):
            continue
        texts = [f for f in action.fields if f.kind is FieldKind.TEXT]
        if not texts or any(f.required for f in action.fields if f is not texts[0]):
            continue
        for status in action.sources:
            if status in paused:
                found.setdefault(status, (action.name, texts[0].name))
    return found


def _naming(text: str, mine: list[Complaint]) -> tuple[str | None, str]:
    """The tracking id the reply names (or ``None``) and the text after it.

    A random id with its check character is a name whoever's it is (someone else's gets the
    answer of one that does not exist); a single word of the older-id shape (``KPG-0001``) is
    one only when it is the id of one of the reporter's complaints: ``COVID-19 masih
    menyebar`` and ``RT-005 belum ada petugas`` are text."""
    named, rest = _named(text)
    if named is None or is_valid_tracking_id(named):
        return named, rest
    if any(_compact(c.tracking_id) == _compact(named) for c in mine):
        return named, rest
    return None, text


def _unrecordable(text: str, rest: str, workflow: Workflow) -> ReporterReplyResult | None:
    """The answer to a text the ``message`` field would refuse (empty, too long) or with
    nothing but a tracking id (``rest``: the text after the id it names), else ``None``."""
    if _is_blank(text) or _is_blank(rest):
        return _result(ReporterReplyOutcome.EMPTY, action=None)
    field = next(f for f in workflow.action(REPLY_ACTION).fields if f.name == _FIELD)
    if len(text) > field.max_length:
        return _result(ReporterReplyOutcome.TOO_LONG, action=None)
    return None


def _paused_at(complaint: Complaint) -> datetime | None:
    """When the complaint entered its current status (``None``: it was received in it)."""
    for event in reversed(complaint.history):
        if event.to_status == complaint.status and event.from_status != event.to_status:
            return event.at
    return None


def _target(
    named: str | None,
    mine: list[Complaint],
    workflow: Workflow,
    keyword: str | None,
    received_at: datetime,
    *,
    resumes: dict[str, tuple[str, str]],
) -> Complaint | ReporterReplyResult:
    """The complaint the reply is for, or the answer saying why there is none."""
    if named is not None:
        mine = [c for c in mine if _compact(c.tracking_id) == _compact(named)]
    replies = frozenset(workflow.action(REPLY_ACTION).sources)

    def awaiting(complaint: Complaint) -> bool:
        """Awaiting the reporter when the reply arrived: a reply may be added, or it completes
        a deferral the admin asked before it arrived (a reply answers the state it was sent
        in: one sent before the ``tunda`` is not the completion the deferral asks for)."""
        if complaint.status in replies:
            return True
        if complaint.status not in resumes:
            return False
        paused = _paused_at(complaint)
        return paused is None or paused < received_at

    in_progress = [c for c in mine if awaiting(c)]
    if len(in_progress) > 1:  # only when none is named: a named id is one complaint
        return _result(ReporterReplyOutcome.AMBIGUOUS)
    if in_progress:
        return in_progress[0]
    if not mine:
        return _result(ReporterReplyOutcome.NO_COMPLAINT, keyword=keyword)
    latest = max(mine, key=lambda c: (c.updated_at, c.tracking_id))
    closed = workflow.category(latest) is StatusCategory.TERMINAL
    return _result(
        ReporterReplyOutcome.CLOSED if closed else ReporterReplyOutcome.NOT_NOW,
        tracking_id=latest.tracking_id,
        keyword=keyword,
    )
