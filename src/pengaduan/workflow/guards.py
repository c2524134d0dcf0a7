"""SOP guards: named checks an action must pass before it is recorded.

A guard is a small frozen callable with a name. It returns ``None`` when the action may proceed
or a short reason when it may not; the workflow then raises
[`GuardError`][pengaduan.errors.GuardError]
naming the guard. A guard never silently turns an action into a no-op.

Reasons must describe the rule, never the complaint's content: they end up in error messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn, Protocol, runtime_checkable

import attrs

from pengaduan._i18n import N_, Phrase, article, using
from pengaduan.errors import ArgumentError, translated, type_name
from pengaduan.model import Role
from pengaduan.workflow._arguments import text, texts

if TYPE_CHECKING:
    from collections.abc import Callable, Collection
    from datetime import datetime

    from pengaduan.model import Actor, Complaint

__all__ = [
    "Deadlines",
    "Guard",
    "GuardContext",
    "actor_is_assigned_unit",
    "at_most_once",
    "deadline_missed_or_reopened",
    "no_event_since",
    "requires_choice",
    "requires_prior_event",
    "requires_text",
    "requires_units",
    "unanswered_or_reopened",
]


@runtime_checkable
class Deadlines(Protocol):
    """What tells a guard which deadlines a complaint has missed.

    The workflow cannot count working days itself (that needs the office's calendar and its SLA
    clocks): an app passes an object with this method to
    [`Workflow.with_deadlines()`][pengaduan.workflow.Workflow.with_deadlines], usually
    [`pengaduan.sla.SlaDeadlines`][pengaduan.sla.SlaDeadlines] (an SLA policy on a working
    calendar).
    """

    def missed(self, complaint: Complaint, at: datetime) -> tuple[str, ...]:
        """The names of the clocks whose deadline passed by ``at`` while their work is still
        open (empty when none did)."""
        ...  # pragma: no cover - a protocol


@attrs.frozen(kw_only=True, weakref_slot=False)
class GuardContext:
    """What a guard sees: the complaint before the action, and the action being attempted.

    ``deadlines`` is the workflow's [`Deadlines`][pengaduan.workflow.guards.Deadlines], when it
    was given one.
    """

    complaint: Complaint
    action: str
    actor: Actor
    at: datetime
    data: dict[str, Any] = attrs.field(repr=False)
    deadlines: Deadlines | None = attrs.field(default=None, repr=False)


class _ContextDraft:
    """A [`GuardContext`][pengaduan.workflow.guards.GuardContext] being built by
    `trusted_context()`: the same slots, filled by plain assignment (see
    ``pengaduan.model.EventDraft``)."""

    __slots__ = tuple(field.name for field in attrs.fields(GuardContext))
    complaint: Complaint
    action: str
    actor: Actor
    at: datetime
    data: dict[str, Any]
    deadlines: Deadlines | None


def trusted_context(  # noqa: PLR0917 - the slots, in order, on Workflow.apply's hot path
    complaint: Complaint,
    action: str,
    actor: Actor,
    at: datetime,
    data: dict[str, Any],
    deadlines: Deadlines | None = None,
) -> GuardContext:
    """A [`GuardContext`][pengaduan.workflow.guards.GuardContext] from values already checked
    (internal; ``Workflow.apply``'s hot path). Values must be what ``GuardContext(...)`` would
    store."""
    context = _ContextDraft()
    context.complaint = complaint
    context.action = action
    context.actor = actor
    context.at = at
    context.data = data
    context.deadlines = deadlines
    context.__class__ = GuardContext  # type: ignore[assignment]
    return context  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class Guard:
    """A named SOP check.

    Attributes:
        name: stable identifier, reported in [`GuardError`][pengaduan.errors.GuardError].
        description: one sentence for docs and diagrams, in English; the built-in guards'
            are a `Phrase` the catalogs translate (`describe()` gives it in a language).
        check: returns ``None`` to allow, or a reason (without complaint content) to refuse.
        field: the data field the guard needs, so tools can tell what an action requires.
        choices: the values allowed for ``field``, when the guard lists them.
    """

    name: str
    description: str
    check: Callable[[GuardContext], str | None] = attrs.field(repr=False, eq=False)
    field: str | None = None
    """The data field the action must carry for this guard, if any (``"response"``)."""
    choices: tuple[str, ...] = ()
    """The values that field may take, when the guard restricts it to a list."""
    kind: str | None = None
    """The factory that built it (``"assigned-unit"``...), so the guard can be written as data;
    ``None`` for a guard written in Python, which a profile file cannot hold."""
    params: tuple[tuple[str, str | tuple[str, ...]], ...] = ()
    """The factory's arguments, sorted by name."""

    def __call__(self, context: GuardContext) -> str | None:
        """Run the check.

        Raises:
            ArgumentError: ``context`` is not a
                [`GuardContext`][pengaduan.workflow.guards.GuardContext].
        """
        if type(context) is not GuardContext:
            _refuse(context)
        return self.check(context)

    def describe(self, language: str | None = None) -> str:
        """The description in ``language`` (``None``: the current language).

        A description the catalogs do not hold (a guard written by an app) is returned as it
        was written.

        Raises:
            ArgumentError: an unknown language.
        """
        with using(language):
            return translated(self.description)


def _refuse(context: object) -> NoReturn:
    """Refuse a guard context of the wrong type (one ``type() is`` test per check before it:
    the built-in checks run on every action)."""
    raise ArgumentError(
        argument="context",
        rule=Phrase(N_("must be {kind}"), kind=article("GuardContext")),
        given=type_name(context),
    )


def requires_text(key: str) -> Guard:
    """The action's data must hold a non-empty text under ``key`` (e.g. the unit's response).

    Raises:
        ArgumentError: ``key`` is not a ``str``.
    """
    key = text(key, "key")

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        value = ctx.data.get(key)
        if isinstance(value, str) and value.strip():
            return None
        return Phrase(N_("data field {field} must be a non-empty text"), field=repr(key))

    return Guard(
        name=f"requires-{key}",
        description=Phrase(N_("needs a non-empty {field}"), field=repr(key)),
        check=check,
        field=key,
        kind="requires-text",
        params=(("field", key),),
    )


def requires_units() -> Guard:
    """The action's data must name one or more distinct unit ids under ``units``."""

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        units = ctx.data.get("units")
        if (
            isinstance(units, list)
            and units
            and all(isinstance(u, str) and u.strip() for u in units)
            and len(set(units)) == len(units)
        ):
            return None
        return N_("data field 'units' must be a non-empty list of distinct unit ids")

    return Guard(
        name="requires-units",
        description=Phrase(N_("needs one or more units to dispose to")),
        check=check,
        field="units",
        kind="requires-units",
    )


def requires_choice(key: str, choices: Collection[str]) -> Guard:
    """The action's data must hold one of ``choices`` under ``key``.

    Raises:
        ArgumentError: ``key`` is not a ``str``, or ``choices`` is not a collection of ``str``.
    """
    key = text(key, "key")
    allowed = tuple(sorted(texts(choices, "choices")))

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        if ctx.data.get(key) in allowed:
            return None
        return Phrase(
            N_("data field {field} must be one of: {values}"),
            field=repr(key),
            values=", ".join(allowed),
        )

    return Guard(
        name=f"requires-{key}",
        description=Phrase(
            N_("{field} is one of {values}"), field=repr(key), values=", ".join(allowed)
        ),
        check=check,
        field=key,
        choices=allowed,
        kind="requires-choice",
        params=(("choices", allowed), ("field", key)),
    )


def actor_is_assigned_unit() -> Guard:
    """A unit may act only on complaints currently assigned to it (admins always may)."""

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        if ctx.actor.role is not Role.UNIT or ctx.actor.id in ctx.complaint.units:
            return None
        return Phrase(N_("unit {unit} is not among the assigned units"), unit=repr(ctx.actor.id))

    return Guard(
        name="assigned-unit",
        description=Phrase(N_("a unit acts only on complaints disposed to it")),
        check=check,
        kind="assigned-unit",
    )


def requires_prior_event(action: str) -> Guard:
    """The complaint must already have an event of ``action``.

    Raises:
        ArgumentError: ``action`` is not a ``str``.
    """
    action = text(action, "action")

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        if ctx.complaint.last_event(action) is not None:
            return None
        return Phrase(N_("needs a prior {action} event"), action=repr(action))

    return Guard(
        name=f"after-{action}",
        description=Phrase(N_("only after {action}"), action=repr(action)),
        check=check,
        kind="after",
        params=(("action", action),),
    )


def at_most_once() -> Guard:
    """The action may be taken only once per complaint (the reporter's satisfaction answer)."""

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        if ctx.complaint.last_event(ctx.action) is None:
            return None
        return N_("the action was already taken on this complaint")

    return Guard(
        name="once",
        description=Phrase(N_("only once per complaint")),
        check=check,
        kind="once",
    )


def _latest_of(complaint: Complaint, actions: Collection[str]) -> str | None:
    """The action of ``complaint``'s latest event among ``actions``, or None if it has none."""
    for event in reversed(complaint.history):
        if event.action in actions:
            return event.action
    return None


def no_event_since(action: str, since: str) -> Guard:
    """No ``action`` event may follow the latest ``since`` event (e.g. no reply since follow-up).

    Raises:
        ArgumentError: ``action`` or ``since`` is not a ``str``.
    """
    action, since = text(action, "action"), text(since, "since")

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        latest = _latest_of(ctx.complaint, (since, action))
        if latest == since:
            return None
        if latest == action:
            return Phrase(
                N_("a {action} event came after the last {since}"),
                action=repr(action),
                since=repr(since),
            )
        return Phrase(N_("needs a prior {action} event"), action=repr(since))

    return Guard(
        name=f"no-{action}-since-{since}",
        description=Phrase(
            N_("no {action} since the last {since}"), action=repr(action), since=repr(since)
        ),
        check=check,
        kind="no-event-since",
        params=(("action", action), ("since", since)),
    )


def unanswered_or_reopened(*, dispose: Collection[str], follow_up: str, reopen: str) -> Guard:
    """Escalation needs a prior complaint that went unanswered or was reopened as unresolved.

    UU 37/2008 Pasal 24: a reporter goes to the Ombudsman only after complaining to the unit (or
    its superior) without a proper result. Here: the complaint was disposed to a unit, and either no
    follow-up came after the latest disposition or the reporter reopened it after the follow-up.

    Raises:
        ArgumentError: ``dispose`` is not a collection of ``str``, or ``follow_up`` or
            ``reopen`` is not a ``str``.
    """
    disposing = frozenset(texts(dispose, "dispose"))
    follow_up, reopen = text(follow_up, "follow_up"), text(reopen, "reopen")

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        latest = _latest_of(ctx.complaint, (reopen, follow_up, *disposing))
        if latest == follow_up:
            return N_("the unit has answered and the reporter has not reopened the complaint")
        if latest is None:
            return N_("the complaint was never disposed to a unit")
        return None  # reopened, or disposed with no answer since

    return Guard(
        name="unanswered-or-reopened",
        description=Phrase(N_("only after an unanswered or reopened complaint")),
        check=check,
        kind="unanswered-or-reopened",
        params=(
            ("dispose", tuple(sorted(disposing))),
            ("follow_up", follow_up),
            ("reopen", reopen),
        ),
    )


def deadline_missed_or_reopened(*, follow_up: str, reopen: str) -> Guard:
    """Escalation only once a deadline was missed, or after the reporter reopened the complaint.

    UU 37/2008 Pasal 24: a reporter goes to the Ombudsman only after complaining to the unit (or
    its superior) without a proper result; LAPOR! steps in when a deadline is missed. Allowed:

    * the reporter reopened the complaint after the latest ``follow_up`` (the answer was not a
      proper result), at once;
    * a deadline of the workflow's [`Deadlines`][pengaduan.workflow.guards.Deadlines] has
      passed and its work is still open: the admin's verification, the unit's follow-up.

    Refused otherwise, also when the workflow was built without deadlines (it cannot tell, so
    it fails closed; a reopened complaint can still be escalated).

    Raises:
        ArgumentError: ``follow_up`` or ``reopen`` is not a ``str``.
    """
    follow_up, reopen = text(follow_up, "follow_up"), text(reopen, "reopen")

    def check(ctx: GuardContext) -> str | None:
        if type(ctx) is not GuardContext:
            _refuse(ctx)
        if _latest_of(ctx.complaint, (reopen, follow_up)) == reopen:
            return None
        if ctx.deadlines is None:
            return N_(
                "the workflow has no deadlines to tell whether one was missed "
                "(build it with Workflow.with_deadlines)"
            )
        if ctx.deadlines.missed(ctx.complaint, ctx.at):
            return None
        return N_("no deadline has been missed yet and the reporter has not reopened it")

    return Guard(
        name="deadline-missed-or-reopened",
        description=Phrase(N_("only after a missed deadline or a reopening")),
        check=check,
        kind="deadline-missed-or-reopened",
        params=(("follow_up", follow_up), ("reopen", reopen)),
    )
