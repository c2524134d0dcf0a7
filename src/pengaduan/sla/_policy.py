"""Clock policies, their evaluation, due actions and their words (private; the public names
live in ``pengaduan.sla``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.time import require_aware, to_utc
from pengaduan._core.toml import load_toml, shown
from pengaduan.calendar import TimeUnit
from pengaduan.calendar.humanize import format_deadline, format_instant, format_remaining
from pengaduan.errors import ArgumentError, ConfigurationError, NotFoundError, type_name
from pengaduan.model import Actor
from pengaduan.sla import _profiles as profiles
from pengaduan.sla._conditions import (
    Condition,
    all_of,
    any_of,
    by_role,
    in_category,
    leaves_category,
    leaves_status,
    on_action,
    on_status,
)
from pengaduan.sla._config import (
    categories_of,
    rule_problems,
    rules_from_dict,
    rules_to_dict,
    workflow_problems,
)
from pengaduan.sla._engine import CompiledPolicy, evaluate_history, meters
from pengaduan.sla._model import (
    ClockReport,
    ClockRule,
    ClockState,
    Confidence,
    DueAction,
    DueActionKind,
    LegalBasis,
)
from pengaduan.workflow.guards import GuardContext

if TYPE_CHECKING:
    import os
    from collections.abc import Mapping
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Complaint
    from pengaduan.workflow import StatusCategory, Workflow

__all__ = [
    "ClockReport",
    "ClockRule",
    "ClockState",
    "Condition",
    "Confidence",
    "DueAction",
    "DueActionKind",
    "LegalBasis",
    "SlaPolicy",
    "TimeUnit",
    "all_of",
    "any_of",
    "by_role",
    "confidence_label",
    "describe",
    "describe_basis",
    "due_actions",
    "evaluate",
    "in_category",
    "leaves_category",
    "leaves_status",
    "on_action",
    "on_status",
    "state_label",
]


def _sorted_rules(rules: Iterable[ClockRule]) -> tuple[ClockRule, ...]:
    return tuple(sorted(rules, key=lambda rule: str(getattr(rule, "name", ""))))


_NEEDS_CATEGORIES = (
    "its conditions use status categories: validate it against the workflow first "
    "(policy.validate(workflow))"
)


def _conditions(rule: ClockRule) -> list[Condition]:
    found = (rule.start, rule.stop, rule.pause, rule.resume, rule.reset, rule.cancel, rule.extend)
    return [c for c in found if isinstance(c, Condition)]


@attrs.define(slots=True)
class _Cache:
    compiled: CompiledPolicy | None = None


@attrs.frozen(kw_only=True)
class SlaPolicy:
    """A named set of clock rules (kept sorted by name, so their order never matters).

    Build one with a named constructor (:meth:`lapor`, :meth:`from_toml`, :meth:`from_dict`,
    :meth:`of`), which validates everything at once. :meth:`validate` checks the rules against a
    workflow and returns a copy that knows the workflow's status categories (needed by
    :func:`in_category` conditions).

    Attributes:
        name: the policy's name (``"lapor-v3"``).
        rules: the clock rules, sorted by name.
        description: what the policy is for.
        workflow: the name of the workflow it was validated against, if any.
        status_categories: that workflow's ``(status, category)`` pairs.
    """

    name: str
    rules: tuple[ClockRule, ...] = attrs.field(converter=_sorted_rules)
    description: str = ""
    workflow: str | None = None
    status_categories: tuple[tuple[str, StatusCategory], ...] = ()
    _cache: _Cache = attrs.field(factory=_Cache, eq=False, repr=False, init=False)

    # -- named constructors -------------------------------------------------------------------

    @classmethod
    def of(
        cls,
        name: str,
        rules: Iterable[ClockRule],
        *,
        description: str = "",
        workflow: Workflow | None = None,
    ) -> SlaPolicy:
        """A validated policy from rules (and against ``workflow`` when given).

        Raises:
            ConfigurationError: every problem of the rules, together (a name, description or
                rule of the wrong type among them).
        """
        problems = []
        if type(name) is not str or not name:
            problems.append(f"name must be a non-empty str, not {type_name(name)}")
        if type(description) is not str:
            problems.append(f"description must be a str, not {type_name(description)}")
        items: tuple[object, ...] = ()
        if isinstance(rules, str | bytes | dict) or not isinstance(rules, Iterable):
            problems.append(f"rules must be an iterable of ClockRule, not {type_name(rules)}")
        else:
            items = tuple(rules)
            problems += [
                f"rules[{i}]: must be a ClockRule, not {type_name(r)}"
                for i, r in enumerate(items)
                if not isinstance(r, ClockRule)
            ]
        if problems:
            raise ConfigurationError(f"SLA policy {shown(name)}", problems)
        policy = cls(name=name, rules=items, description=description)  # type: ignore[arg-type]
        return policy.validate(workflow) if workflow is not None else policy._checked()

    @classmethod
    def lapor(cls, workflow: Workflow | None = None) -> SlaPolicy:
        """SP4N-LAPOR!: verification 3 WD, follow-up 5 WD, auto-close 10 WD without a reply.

        Args:
            workflow: the workflow to validate against; default ``Workflow.default()``.
        """
        return cls._builtin("lapor-v3", profiles.lapor_rules(), workflow, cls.lapor)

    @classmethod
    def information_request(
        cls, workflow: Workflow | None = None, *, extend: Condition | None = None
    ) -> SlaPolicy:
        """UU 14/2008: answer an information request in 10 WD, 7 WD more once ``extend`` fires.

        The LAPOR! workflow has no extension action: pass the condition of your own workflow's
        (``extend=on_action("perpanjang")``) to get the 10 + 7 days.
        """
        rules = profiles.information_request_rules(extend)
        return cls._builtin("informasi-publik", rules, workflow, cls.information_request)

    @classmethod
    def written_response(cls, workflow: Workflow | None = None) -> SlaPolicy:
        """UU 25/2009: a written response within 14 (calendar) days."""
        rules = profiles.written_response_rules()
        return cls._builtin("tanggapan-tertulis", rules, workflow, cls.written_response)

    @classmethod
    def settlement(cls, workflow: Workflow | None = None) -> SlaPolicy:
        """Perpres 76/2013: settled within 60 (calendar) days of a complete file."""
        return cls._builtin("penyelesaian", profiles.settlement_rules(), workflow, cls.settlement)

    @classmethod
    def kelurahan_tiered(cls, workflow: Workflow | None = None) -> SlaPolicy:
        """A local tiered SOP example: 2 / 5 / 14 WD, and 60 WD after an escalation."""
        rules = profiles.kelurahan_tiered_rules()
        return cls._builtin("kelurahan-berjenjang", rules, workflow, cls.kelurahan_tiered)

    @classmethod
    def _builtin(
        cls, name: str, rules: tuple[ClockRule, ...], workflow: Workflow | None, origin: Any
    ) -> SlaPolicy:
        if workflow is None:
            from pengaduan.workflow import Workflow  # noqa: PLC0415 - built only when needed

            workflow = Workflow.default()
        summary = str(origin.__doc__).strip().splitlines()[0]
        return cls(name=name, rules=rules, description=summary).validate(workflow)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, workflow: Workflow | None = None) -> SlaPolicy:
        """Build from a mapping shaped like the TOML format (see :meth:`from_toml`).

        Raises:
            ConfigurationError: every problem, each naming its clock and key.
        """
        return cls._from_data(data, "SLA policy", workflow)

    @classmethod
    def from_toml(
        cls, source: str | os.PathLike[str], *, workflow: Workflow | None = None
    ) -> SlaPolicy:
        """Build from TOML text, or from a file given as a ``Path`` (or a ``*.toml`` name).

        The format (``docs/sla.md`` has the full reference)::

            name = "pemda-kupang"
            description = "..."

            [[clocks]]
            name = "verifikasi"
            label_id = "Verifikasi oleh admin"
            amount = 3
            unit = "working_days"                 # working_hours, calendar_days
            start = { action = "terima" }
            stop = { action = ["verifikasi", "alihkan", "arsipkan"] }
            pause = { category = "paused" }       # a table: all keys must match
            resume = { leaves_category = "paused" }
            cancel = [{ action = "tanggapi", role = "pelapor" }, { status = "selesai" }]  # any
            warn_before = 1
            escalate_to = "atasan"
            basis = { citation = "lapor.go.id", confidence = "official" }

        Raises:
            ConfigurationError: malformed TOML (naming the line and column), or every problem of
                the content (naming the clock and key), or of the rules against ``workflow``.
        """
        data, _, what = load_toml(source, "SLA policy")
        return cls._from_data(data, what, workflow)

    @classmethod
    def _from_data(cls, data: object, what: str, workflow: Workflow | None) -> SlaPolicy:
        name, description, rules, problems = rules_from_dict(data)
        policy = cls(name=name or "?", rules=rules, description=description)
        if not problems:
            problems = rule_problems(policy.rules)
        if not problems and workflow is not None:
            problems = workflow_problems(policy.rules, workflow)
        if problems:
            raise ConfigurationError(f"{what} {name!r}" if name else what, problems)
        if workflow is not None:
            return policy._bound(workflow)
        return policy

    def to_dict(self) -> dict[str, Any]:
        """The TOML/dict form; :meth:`from_dict` reads it back.

        Raises:
            ValueError: a condition combines ``any_of`` inside ``all_of`` (no TOML form).
        """
        return rules_to_dict(self.name, self.description, self.rules)

    # -- validation ---------------------------------------------------------------------------

    def problems(self, workflow: Workflow | None = None) -> list[str]:
        """Every problem of the rules, and against ``workflow`` when given."""
        found = rule_problems(self.rules)
        if workflow is not None:
            found += workflow_problems(self.rules, workflow)
        return found

    def validate(self, workflow: Workflow) -> SlaPolicy:
        """Check the rules against ``workflow`` and return a copy bound to its categories.

        Raises:
            ConfigurationError: every problem, together (unknown names, conditions that can
                never fire, a timer action the system may not take...).
        """
        if workflow is None:
            raise ArgumentError(argument="workflow", rule="must be a Workflow", given="NoneType")
        check_arguments(workflow=workflow)
        problems = self.problems(workflow)
        if problems:
            raise ConfigurationError(f"SLA policy {self.name!r}", problems)
        return self._bound(workflow)

    def _bound(self, workflow: Workflow) -> SlaPolicy:
        return attrs.evolve(
            self, workflow=workflow.definition.name, status_categories=categories_of(workflow)
        )

    def _checked(self) -> SlaPolicy:
        problems = rule_problems(self.rules)
        if problems:
            raise ConfigurationError(f"SLA policy {self.name!r}", problems)
        return self

    def _compiled(self) -> CompiledPolicy:
        compiled = self._cache.compiled
        if compiled is None:
            self._checked()
            if not self.status_categories and any(
                condition.uses_categories()
                for rule in self.rules
                for condition in _conditions(rule)
            ):
                raise ConfigurationError(
                    f"SLA policy {self.name!r}",
                    [_NEEDS_CATEGORIES],
                )
            compiled = CompiledPolicy(self.rules, dict(self.status_categories))
            self._cache.compiled = compiled
        return compiled

    # -- variants -----------------------------------------------------------------------------

    def rule(self, name: str) -> ClockRule:
        """The rule called ``name``.

        Raises:
            NotFoundError: no such rule (a ``LookupError``).
        """
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise NotFoundError(what="clock", key=shown(name))

    def with_rules(self, *rules: ClockRule, name: str | None = None) -> SlaPolicy:
        """A copy with ``rules`` added, replacing rules of the same name; validated.

        Change a number with ``policy.with_rules(attrs.evolve(policy.rule("verifikasi"),
        amount=5))``. The copy keeps the workflow binding; validate it again if the new rules
        name other actions.
        """
        bad = [
            f"rules[{i}]: not a ClockRule"
            for i, r in enumerate(rules)
            if not isinstance(r, ClockRule)
        ]
        if bad or (name is not None and type(name) is not str):
            raise ConfigurationError(
                f"SLA policy {shown(self.name)}", bad or ["name must be a str or None"]
            )
        names = {rule.name for rule in rules}
        kept = tuple(rule for rule in self.rules if rule.name not in names)
        return attrs.evolve(self, rules=(*kept, *rules), name=name or self.name)._checked()

    def without_rules(self, *names: str) -> SlaPolicy:
        """A copy without the named rules.

        Raises:
            ConfigurationError: a name is not a rule of the policy.
        """
        known = {rule.name for rule in self.rules}
        unknown = [
            f"unknown clock {shown(n)}" for n in names if type(n) is not str or n not in known
        ]
        if unknown:
            raise ConfigurationError(f"SLA policy {self.name!r}", unknown)
        return attrs.evolve(self, rules=tuple(r for r in self.rules if r.name not in names))


# -- evaluation -------------------------------------------------------------------------------


def evaluate(
    complaint: Complaint, *, policy: SlaPolicy, calendar: WorkingCalendar, now: datetime
) -> tuple[ClockReport, ...]:
    """Every clock of ``complaint`` that has started, as of ``now``.

    A pure function of the history, the policy, the calendar and ``now``: events after ``now``
    are ignored, so an earlier ``now`` replays the past. Rules that do not apply to the
    complaint's classification, or have not started, give no report. Reports are ordered by
    start, then clock name.

    Args:
        complaint: the complaint.
        policy: the clock rules (validated against the workflow if they use categories).
        calendar: the working calendar of the office handling it.
        now: the moment of evaluation (aware).

    Returns:
        One :class:`ClockReport` per started clock (its latest cycle; earlier ones inside).

    Raises:
        NaiveDatetimeError: ``now`` is naive.
        ConfigurationError: the policy is invalid or needs a workflow's categories.
        OutOfRangeError: a date involved is outside the calendar's years.
    """
    if complaint is None or policy is None or calendar is None:
        raise ArgumentError(argument="complaint, policy and calendar", rule="are required")
    check_arguments(complaint=complaint, policy=policy, calendar=calendar)
    now_utc = to_utc(now, "now")
    return evaluate_history(policy._compiled(), complaint, meters(calendar), now_utc)


def _can_take(workflow: Workflow, complaint: Complaint, action: str, now: datetime) -> bool:
    actor = Actor.system()
    if action not in workflow.allowed_actions(complaint, actor=actor):
        return False
    context = GuardContext(complaint=complaint, action=action, actor=actor, at=now, data={})
    return all(guard(context) is None for guard in workflow.action(action).guards)


def due_actions(
    complaints: Iterable[Complaint],
    *,
    policy: SlaPolicy,
    calendar: WorkingCalendar,
    workflow: Workflow,
    now: datetime,
    since: datetime | None = None,
) -> list[DueAction]:
    """What is due across many complaints at ``now``: the periodic job's to-do list.

    * ``WARNING``: an open clock whose warning threshold has passed but not its deadline;
    * ``BREACH``: a deadline passed and the work is still open, with the rule's escalation target;
    * ``AUTO_CLOSE``: a timer ran out and the workflow lets the system take its action now
      (the action's guards are run).

    Args:
        complaints: any iterable (a generator over a database cursor works).
        policy: the clock rules; validated against ``workflow`` here.
        calendar: the working calendar.
        workflow: the workflow the complaints follow.
        now: the moment of the job run (aware).
        since: the previous run's ``now``; warnings and breaches that became due at or before
            it are left out (they were reported then). Auto-closes are listed while eligible.

    Returns:
        Due actions ordered by when they became due, then tracking id and clock. Each has a
        stable :attr:`~DueAction.key` to use as the idempotency key when acting on it.

    Raises:
        NaiveDatetimeError: ``now`` or ``since`` is naive.
        ConfigurationError: the policy does not fit the workflow.
        OutOfRangeError: a date involved is outside the calendar's years.
    """
    if policy is None or calendar is None or workflow is None:
        raise ArgumentError(argument="policy, calendar and workflow", rule="are required")
    check_arguments(policy=policy, calendar=calendar, workflow=workflow)
    if isinstance(complaints, str | bytes | dict) or not isinstance(complaints, Iterable):
        raise ArgumentError(
            argument="complaints",
            rule="must be an iterable of Complaints",
            given=type_name(complaints),
        )
    now_utc = to_utc(now, "now")
    since_utc = None if since is None else to_utc(since, "since")
    compiled = policy.validate(workflow)._compiled()
    unit_meters = meters(calendar)
    found: list[DueAction] = []
    for complaint in complaints:
        check_arguments(complaint=complaint)
        for report in evaluate_history(compiled, complaint, unit_meters, now_utc):
            action = _due(report, complaint, workflow, now_utc, since_utc)
            if action is not None:
                found.append(action)
    found.sort(key=lambda a: (a.at, a.tracking_id, a.clock))
    return found


def _due(
    report: ClockReport,
    complaint: Complaint,
    workflow: Workflow,
    now: datetime,
    since: datetime | None,
) -> DueAction | None:
    if not report.is_open:
        return None
    rule = report.rule
    kind: DueActionKind | None = None
    at: datetime | None = None
    if report.state is ClockState.EXPIRED:
        assert rule.auto_action is not None  # noqa: S101 - only timers expire
        if report.due_at is not None and _can_take(workflow, complaint, rule.auto_action, now):
            kind, at = DueActionKind.AUTO_CLOSE, report.due_at
    elif report.state is ClockState.BREACHED:
        kind, at = DueActionKind.BREACH, report.breached_at
    elif report.warning_at is not None and report.warning_at <= now and not rule.is_timer:
        kind, at = DueActionKind.WARNING, report.warning_at
    if kind is None or at is None:
        return None
    if since is not None and kind is not DueActionKind.AUTO_CLOSE and at <= since:
        return None
    return DueAction(
        kind=kind,
        tracking_id=complaint.tracking_id,
        clock=rule.name,
        cycle=report.cycle,
        at=at,
        due_at=report.due_at,
        responsible=rule.responsible,
        escalate_to=rule.escalate_to if kind is DueActionKind.BREACH else None,
        action=rule.auto_action if kind is DueActionKind.AUTO_CLOSE else None,
        report=report,
    )


# -- words ------------------------------------------------------------------------------------

_STATE_LABELS = {
    "id": {
        ClockState.RUNNING: "berjalan",
        ClockState.PAUSED: "dijeda",
        ClockState.MET: "terpenuhi",
        ClockState.BREACHED: "terlambat",
        ClockState.CANCELLED: "dibatalkan",
        ClockState.EXPIRED: "waktu habis",
    },
    "en": {
        ClockState.RUNNING: "running",
        ClockState.PAUSED: "paused",
        ClockState.MET: "met",
        ClockState.BREACHED: "breached",
        ClockState.CANCELLED: "cancelled",
        ClockState.EXPIRED: "expired",
    },
}
_TEXT: dict[str, dict[str, Any]] = {
    "id": {
        "running": "{deadline}, {left}",
        "breached": "{left} ({deadline})",
        "paused": "dijeda sejak {since}, sisa {left}",
        "met": "terpenuhi pada {at} ({deadline})",
        "met_late": "selesai terlambat pada {at} ({deadline})",
        "cancelled": "dibatalkan pada {at}",
        "cancelled_late": "terlambat ({deadline}), dibatalkan pada {at}",
        "expired": "waktu habis ({deadline}); sistem dapat menjalankan {action}",
        "days": "{n} hari kerja",
        "calendar_days": "{n} hari",
        "hours": "{h} jam {m} menit kerja",
        "confidence": {
            "official": "resmi",
            "local": "SOP lokal",
            "secondary": "sumber sekunder",
            "assumed": "ditetapkan aplikasi",
        },
    },
    "en": {
        "running": "{deadline}, {left}",
        "breached": "{left} ({deadline})",
        "paused": "paused since {since}, {left} left",
        "met": "met on {at} ({deadline})",
        "met_late": "done late on {at} ({deadline})",
        "cancelled": "cancelled on {at}",
        "cancelled_late": "breached ({deadline}), cancelled on {at}",
        "expired": "expired ({deadline}); the system may take {action}",
        "days": "{n} working day(s)",
        "calendar_days": "{n} day(s)",
        "hours": "{h} h {m} min of working time",
        "confidence": {
            "official": "official",
            "local": "local SOP",
            "secondary": "secondary source",
            "assumed": "set by the app",
        },
    },
}


def _language(language: str) -> dict[str, Any]:
    text = _TEXT.get(language) if type(language) is str else None
    if text is None:
        raise ArgumentError(
            argument="language", rule="must be 'id' or 'en'", given=type_name(language)
        )
    return text


def check_arguments(
    *,
    complaint: object = None,
    policy: object = None,
    calendar: object = None,
    workflow: object = None,
) -> None:
    """Refuse a complaint, policy, calendar or workflow of the wrong type (``None`` = not given).

    Used by :func:`evaluate`, :func:`due_actions` and the compliance and testing helpers, so a
    wrong argument fails at the boundary with an :class:`~pengaduan.errors.ArgumentError`
    naming it, instead of deep inside the engine.

    Raises:
        ArgumentError: an argument given is not of its type.
    """
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415 - cached after the first call
    from pengaduan.model import Complaint  # noqa: PLC0415
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    for argument, value, kind in (
        ("complaint", complaint, Complaint),
        ("policy", policy, SlaPolicy),
        ("calendar", calendar, WorkingCalendar),
        ("workflow", workflow, Workflow),
    ):
        if value is not None and not isinstance(value, kind):
            raise ArgumentError(
                argument=argument, rule=f"must be a {kind.__name__}", given=type_name(value)
            )


def _amount(quantity: timedelta, unit: TimeUnit, text: Mapping[str, Any]) -> str:
    if unit is TimeUnit.WORKING_HOURS:
        minutes = max(0, -(-quantity // timedelta(minutes=1)))
        return str(text["hours"]).format(h=minutes // 60, m=minutes % 60)
    key = "days" if unit is TimeUnit.WORKING_DAYS else "calendar_days"
    return str(text[key]).format(n=max(0, quantity.days))


def describe(
    report: ClockReport, calendar: WorkingCalendar, *, now: datetime, language: str = "id"
) -> str:
    """One line about a clock, for people, built on :mod:`pengaduan.calendar.humanize`.

    ``"Verifikasi dan disposisi oleh admin: paling lambat Kamis, 6 Maret 2025 (WITA), 2 hari
    kerja lagi"``. A day-unit deadline is shown as its last day, not as 00.00 of the next.

    Raises:
        NaiveDatetimeError: ``now`` is naive.
        ArgumentError: unknown language, or ``report``/``calendar`` of the wrong type.
    """
    text = _language(language)
    check_arguments(calendar=calendar)
    require_aware(now, "now")
    if not isinstance(report, ClockReport):
        raise ArgumentError(
            argument="report", rule="must be a ClockReport", given=type_name(report)
        )
    unit = report.unit

    def when(instant: datetime | None) -> str:
        assert instant is not None  # noqa: S101 - each state below has its instant
        return format_instant(instant, calendar, language=language)

    due = report.due_at
    deadline = "" if due is None else format_deadline(due, calendar, unit=unit, language=language)
    state = report.state
    if state is ClockState.PAUSED:
        left = _amount(report.remaining, unit, text)
        key, parts = "paused", {"since": when(report.paused_since), "left": left}
    elif report.met_at is not None:
        key = "met_late" if state is ClockState.BREACHED else "met"
        parts = {"at": when(report.met_at), "deadline": deadline}
    elif report.cancelled_at is not None:
        key = "cancelled_late" if state is ClockState.BREACHED else "cancelled"
        parts = {"at": when(report.cancelled_at), "deadline": deadline}
    elif state is ClockState.EXPIRED:
        key, parts = "expired", {"deadline": deadline, "action": str(report.rule.auto_action)}
    else:
        assert due is not None  # noqa: S101 - running or breached and open: the deadline is known
        left = format_remaining(now, due, calendar, unit=unit, language=language)
        key = "breached" if state is ClockState.BREACHED else "running"
        parts = {"deadline": deadline, "left": left}
    return f"{report.rule.label(language)}: {str(text[key]).format(**parts)}"


def state_label(state: ClockState, *, language: str = "id") -> str:
    """The state in words: ``"berjalan"``, ``"terlambat"`` / ``"running"``, ``"breached"``.

    Raises:
        ArgumentError: an unknown state or language.
    """
    _language(language)
    if not isinstance(state, str) or state not in ClockState._value2member_map_:
        raise ArgumentError(argument="state", rule="must be a ClockState", given=type_name(state))
    return _STATE_LABELS[language][ClockState(state)]


def describe_basis(basis: LegalBasis, *, language: str = "id") -> str:
    """The legal basis with its confidence: ``"UU 25/2009 ... (sumber sekunder)"``.

    Raises:
        ArgumentError: ``basis`` is not a LegalBasis, or an unknown language.
    """
    if not isinstance(basis, LegalBasis):
        raise ArgumentError(argument="basis", rule="must be a LegalBasis", given=type_name(basis))
    return f"{basis.citation} ({confidence_label(basis.confidence, language=language)})"


def confidence_label(confidence: Confidence | str, *, language: str = "id") -> str:
    """How sure the library is of a legal basis, in words: ``"resmi"``, ``"secondary source"``.

    Raises:
        ArgumentError: an unknown confidence or language.
    """
    labels: Mapping[str, str] = _language(language)["confidence"]
    if not isinstance(confidence, str) or confidence not in Confidence._value2member_map_:
        raise ArgumentError(
            argument="confidence", rule="must be a Confidence", given=type_name(confidence)
        )
    return labels[Confidence(confidence).value]
