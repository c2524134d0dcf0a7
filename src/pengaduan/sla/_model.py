"""Value types of SLA clocks: rules, legal bases, reports and due actions."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import valid_optional_text, valid_text
from pengaduan._core.text import exact_optional, exact_str
from pengaduan._i18n import resolve
from pengaduan.calendar import TimeUnit
from pengaduan.model import Classification, Role
from pengaduan.workflow._arguments import member, members

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime, timedelta

    from pengaduan.sla._conditions import Condition

__all__ = [
    "ClockReport",
    "ClockRule",
    "ClockState",
    "Confidence",
    "DueAction",
    "DueActionKind",
    "LegalBasis",
]


class Confidence(enum.StrEnum):
    """How sure we are that a clock's number is what the law or SOP says."""

    OFFICIAL = "official"
    """Stated by the national system or regulation itself (lapor.go.id, the law's text)."""
    LOCAL = "local"
    """Stated by a local service standard or SOP: true there, not necessarily elsewhere."""
    SECONDARY = "secondary"
    """Taken from secondary copies or summaries; check the primary text before relying on it."""
    ASSUMED = "assumed"
    """The app's own choice, with no external source."""


def _unit(value: object) -> object:
    # Keep an unknown unit as given so that validation can report it with the rule's name.
    return (
        TimeUnit(value)
        if isinstance(value, str) and value in TimeUnit._value2member_map_
        else value
    )


def _optional_role(value: object) -> object:
    return Role(value) if isinstance(value, str) and value in Role._value2member_map_ else value


def _classifications(value: Iterable[Classification | str]) -> frozenset[Classification]:
    return members(Classification, value, "classifications")


def _confidence(value: Confidence | str) -> Confidence:
    return member(Confidence, value, "confidence")


@attrs.frozen(kw_only=True)
class LegalBasis:
    """Where a clock's number comes from.

    Attributes:
        citation: the regulation, decree, page or SOP, as a reader would look it up.
        confidence: how sure we are of it (see [`Confidence`][pengaduan.sla.Confidence]).
        url: a public page, if any.

    Raises:
        ArgumentError: a citation or url that is not a ``str``, a confidence that is not a
            `Confidence` nor the value of one.
    """

    citation: str = attrs.field(converter=exact_str, validator=valid_text)
    confidence: Confidence = attrs.field(converter=_confidence)
    url: str | None = attrs.field(
        default=None, converter=exact_optional, validator=valid_optional_text
    )

    @classmethod
    def assumed(cls, citation: str = "ditetapkan oleh aplikasi") -> LegalBasis:
        """A basis for an app's own clock with no external source."""
        return cls(citation=citation, confidence=Confidence.ASSUMED)


@attrs.frozen(kw_only=True)
class ClockRule:
    """One SLA clock: how long, in which unit, when it starts, pauses, stops.

    The constructor checks only the types of the name, labels and classifications (an
    [`ArgumentError`][pengaduan.errors.ArgumentError]);
    [`SlaPolicy`][pengaduan.sla.SlaPolicy] validates the rules as a whole (every problem
    reported at once) and against a workflow.

    Attributes:
        name: stable identifier (``[a-z][a-z0-9_]*``), used in reports and due actions.
        amount: how many units, at least 1.
        unit: working days, working hours or calendar days.
        start: starts the clock when it is not running.
        stop: the work is done: the clock is met (or stays breached if late).
        pause: pauses a running clock (e.g. ``in_category("paused")``).
        resume: resumes a paused clock.
        reset: restarts the clock from this event whatever its state; the earlier cycle is kept
            in the report's ``earlier`` (with its breach, if any).
        cancel: the clock no longer applies (a breach already recorded stays).
        extend: grants ``extend_by`` more units, once per cycle (a written extension).
        extend_by: the extension, in the clock's unit.
        warn_before: warn when this many units (or fewer) are left.
        escalate_to: who a breach goes to (``"atasan"``, ``"kepala_daerah"``, ``"ombudsman"``).
        responsible: the role that must act before the deadline.
        auto_action: makes the clock a *timer*: when it runs out, the system may take this
            action (``"tutup_otomatis"``); a timer expires instead of breaching.
        classifications: the report kinds the clock applies to; empty means all.
        basis: the legal basis and how sure we are of it.
        label_id: Indonesian label; defaults to the name.
        label_en: English label; defaults to the name.
    """

    name: str = attrs.field(converter=exact_str, validator=valid_text)
    amount: int
    unit: TimeUnit = attrs.field(converter=_unit)
    start: Condition
    stop: Condition
    pause: Condition | None = None
    resume: Condition | None = None
    reset: Condition | None = None
    cancel: Condition | None = None
    extend: Condition | None = None
    extend_by: int | None = None
    warn_before: int | None = None
    escalate_to: str | None = None
    responsible: Role | None = attrs.field(default=None, converter=_optional_role)
    auto_action: str | None = None
    classifications: frozenset[Classification] = attrs.field(
        default=frozenset(), converter=_classifications
    )
    basis: LegalBasis = attrs.field(factory=LegalBasis.assumed)
    label_id: str = attrs.field(default="", converter=exact_str, validator=valid_text)
    label_en: str = attrs.field(default="", converter=exact_str, validator=valid_text)

    @property
    def is_timer(self) -> bool:
        """True for a timer clock (it triggers a system action instead of breaching)."""
        return self.auto_action is not None

    def label(self, language: str | None = None) -> str:
        """The clock's label in ``"id"`` or ``"en"`` (``None``: the current language; the name
        when no label was given).

        Raises:
            ArgumentError: an unknown language.
        """
        text = self.label_id if resolve(language) == "id" else self.label_en
        return text or self.name.replace("_", " ").capitalize()

    def applies_to(self, classification: Classification) -> bool:
        """Whether the clock runs for a report of this classification."""
        return not self.classifications or classification in self.classifications


class ClockState(enum.StrEnum):
    """Where a clock stands.

    A breach is permanent: a clock that passed its deadline is ``BREACHED`` even after the work
    is done (``met_at`` then tells when) or the clock is cancelled.
    """

    RUNNING = "running"
    """Counting, deadline not passed."""
    PAUSED = "paused"
    """Not counting (e.g. the complaint waits for the reporter)."""
    MET = "met"
    """Stopped on time (for a timer: its action was taken)."""
    BREACHED = "breached"
    """The deadline passed, whether or not the work was done later."""
    CANCELLED = "cancelled"
    """Stopped by a cancel condition, or superseded by a reset, before its deadline."""
    EXPIRED = "expired"
    """A timer ran out: its system action is due (e.g. auto-close)."""


@attrs.frozen(kw_only=True)
class ClockReport:
    """One clock's state for a complaint at ``now``: the result of
    [`pengaduan.sla.evaluate()`][pengaduan.sla.evaluate].

    ``elapsed`` and ``remaining`` are in the clock's unit: for day units a whole number of days
    (``timedelta(days=2)`` is two working days), for working hours business time. ``remaining``
    is negative when the clock is late. Instants are aware, in the calendar's zone.

    Attributes:
        rule: the clock rule.
        state: see [`ClockState`][pengaduan.sla.ClockState].
        cycle: 1 for the first run, 2 after the first reset, ...
        started_at: when this cycle started.
        due_at: the deadline; ``None`` while paused with time left (it moves when the clock
            resumes).
        warning_at: when the warning threshold is reached (``None`` without one).
        breached_at: the deadline, once passed (never for timers).
        met_at: when the stop condition fired.
        cancelled_at: when a cancel or reset condition ended the cycle.
        paused_since: when the current pause started.
        elapsed: time counted so far (up to the stop).
        remaining: ``amount - elapsed``.
        paused: wall-clock time spent paused in this cycle.
        earlier: reports of the earlier cycles (before resets), oldest first.
    """

    rule: ClockRule = attrs.field(repr=False)
    clock: str
    state: ClockState
    cycle: int
    started_at: datetime
    due_at: datetime | None
    warning_at: datetime | None = None
    breached_at: datetime | None = None
    met_at: datetime | None = None
    cancelled_at: datetime | None = None
    paused_since: datetime | None = None
    elapsed: timedelta
    remaining: timedelta
    paused: timedelta
    earlier: tuple[ClockReport, ...] = ()

    @property
    def basis(self) -> LegalBasis:
        """The rule's legal basis."""
        return self.rule.basis

    @property
    def unit(self) -> TimeUnit:
        """The rule's unit."""
        return self.rule.unit

    @property
    def is_open(self) -> bool:
        """True while the cycle has not ended (running, paused, expired, or breached and open)."""
        return self.met_at is None and self.cancelled_at is None

    @property
    def ever_breached(self) -> bool:
        """True when this cycle or an earlier one breached."""
        return self.breached_at is not None or any(r.breached_at for r in self.earlier)


class DueActionKind(enum.StrEnum):
    """What a periodic job should do about a clock."""

    WARNING = "warning"
    """The deadline is near: remind the responsible role."""
    BREACH = "breach"
    """The deadline passed and the work is still open: escalate."""
    AUTO_CLOSE = "auto_close"
    """A timer ran out and the workflow allows its system action now: take it."""


@attrs.frozen(kw_only=True)
class DueAction:
    """One thing a periodic job should do, from
    [`pengaduan.sla.due_actions()`][pengaduan.sla.due_actions].

    Attributes:
        kind: warning, breach or auto-close.
        tracking_id: the complaint.
        clock: the clock rule's name.
        cycle: the clock's cycle (see `ClockReport.cycle`).
        at: when it became due (the warning instant, the deadline, the timer's end).
        due_at: the clock's deadline.
        responsible: the role that must act (warnings).
        escalate_to: the escalation target of a breach, from the rule.
        action: the workflow action to take for an auto-close (``"tutup_otomatis"``).
        report: the clock's report.
    """

    kind: DueActionKind
    tracking_id: str
    clock: str
    cycle: int
    at: datetime
    due_at: datetime | None
    responsible: Role | None = None
    escalate_to: str | None = None
    action: str | None = None
    report: ClockReport = attrs.field(repr=False)

    @property
    def key(self) -> str:
        """A stable id of this due action: use it as the idempotency key when acting on it."""
        return f"sla:{self.tracking_id}:{self.clock}:{self.cycle}:{self.kind.value}"
