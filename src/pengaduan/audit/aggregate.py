"""The streaming audit: one complaint at a time in, per-unit and overall figures out.

[`Audit`][pengaduan.audit.Audit] keeps counters and integer histograms only, never the complaints,
so its memory
does not grow with the number of complaints (one exception, documented on
[`Audit.add()`][pengaduan.audit.Audit.add]: a
64-bit fingerprint per tracking id, to catch duplicates). Two audits of different parts of the
same input merge exactly ([`Audit.merge()`][pengaduan.audit.Audit.merge]): the figures of the merged
audit are those of one
audit over the whole input. [`Audit.report()`][pengaduan.audit.Audit.report] turns the counters into
an [`AuditReport`][pengaduan.audit.AuditReport].

What is counted (see ``docs/compliance.md``):

* every complaint once overall, and once under each unit of its latest disposition (a complaint
  not yet disposed counts under "not disposed");
* every *cycle* of every deadline clock (timer clocks such as auto-close are left out): a cycle is
  *judged* once it has ended (on time or late) or passed its deadline while open; cycles still
  running before their deadline, and cycles cancelled in time, are not judged yet;
* the share on time is ``on time / judged``; the median and 90th percentile are the nearest-rank
  percentiles of the time taken by completed cycles, in the clock's unit (whole working days);
* a breach is counted in the month its deadline's last day falls in.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NoReturn

import attrs

from pengaduan._core.arguments import guarded, iterable, names, readable
from pengaduan._core.time import to_utc
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase, resolve
from pengaduan.audit._tally import (
    MAX_PROBLEMS,
    Contribution,
    _apply_contribution,
    _ClockTally,
    _keep,
    _line,
    _State,
    _Tally,
)
from pengaduan.audit.problems import MAX_LINE_NUMBER, ProblemKind, ReadProblem
from pengaduan.audit.zones import Zone, ZoneThresholds
from pengaduan.calendar import TimeUnit
from pengaduan.compliance import sop_findings
from pengaduan.errors import (
    ArgumentError,
    IntegrityError,
    NotFoundError,
    OutOfRangeError,
    type_name,
)
from pengaduan.history import verify_history
from pengaduan.messages.satisfaction import SATISFIED_FROM as _SATISFIED_FROM
from pengaduan.messages.satisfaction import satisfaction_of
from pengaduan.model import Complaint
from pengaduan.sla._engine import evaluate_history, meters
from pengaduan.sla._policy import check_arguments

if TYPE_CHECKING:
    from collections import Counter

    from pengaduan.audit.partial import AuditPart
    from pengaduan.audit.readers import Record
    from pengaduan.audit.spill import SpillDirectory, _Writer
    from pengaduan.calendar import WorkingCalendar
    from pengaduan.sla import SlaPolicy
    from pengaduan.sla._model import ClockReport
    from pengaduan.workflow import Workflow

__all__ = ["Audit", "AuditReport", "ClockSummary", "SatisfactionSummary", "UnitSummary"]

_HOUR = timedelta(hours=1)
_TICK = timedelta(microseconds=1)


def fingerprint(tracking_id: str) -> int:
    """A 64-bit fingerprint of a tracking id, stable across processes."""
    digest = hashlib.blake2b(tracking_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


# -- the report -------------------------------------------------------------------------------


def _percentile(histogram: Counter[int], fraction: float) -> int | None:
    total = sum(histogram.values())
    if not total:
        return None
    rank = max(1, math.ceil(fraction * total))
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value
    return None  # pragma: no cover - the loop always reaches the rank


def _share(part: int, whole: int) -> float | None:
    return None if not whole else round(100.0 * part / whole, 1)


@attrs.frozen(kw_only=True)
class ClockSummary:
    """One deadline clock's figures for a unit (or overall).

    Attributes:
        clock: the clock's name (``"verifikasi"``).
        label_id: Indonesian label.
        label_en: English label.
        amount: the clock's amount (``3``).
        unit: its unit (working days...).
        citation: its legal basis.
        confidence: how sure that basis is (``"official"``...).
        started: cycles started.
        judged: cycles judged (ended, or past their deadline).
        on_time: judged cycles that ended on time.
        met_late: cycles whose work was done after the deadline.
        ended_late: cycles cancelled or reset after their deadline.
        overdue_open: cycles past their deadline and still open at ``now``.
        share_on_time: ``on_time / judged`` in percent, one decimal; ``None`` when none judged.
        median: nearest-rank median of the time completed cycles took, in the clock's unit.
        p90: nearest-rank 90th percentile of the same.
        histogram: ``(units taken, cycles)`` pairs of completed cycles, ascending.
    """

    clock: str
    label_id: str
    label_en: str
    amount: int
    unit: TimeUnit
    citation: str
    confidence: str
    started: int
    judged: int
    on_time: int
    met_late: int
    ended_late: int
    overdue_open: int
    share_on_time: float | None
    median: int | None
    p90: int | None
    histogram: tuple[tuple[int, int], ...]

    @property
    def breaches(self) -> int:
        """Judged cycles that were late (done late, ended late, or still open and late)."""
        return self.met_late + self.ended_late + self.overdue_open

    def label(self, language: str | None = None) -> str:
        """The clock's label in ``"id"`` or ``"en"`` (``None``: the current language).

        Raises:
            ArgumentError: an unknown language.
        """
        return self.label_id if resolve(language) == "id" else self.label_en

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        data = attrs.asdict(self, recurse=False)
        data["unit"] = self.unit.value
        data["histogram"] = [list(pair) for pair in self.histogram]
        data["breaches"] = self.breaches
        return data


def _key(value: object) -> str:
    """A looked-up name as a not-found error quotes it: itself when it may be shown, else a
    description (it could be personal data)."""
    described = shown(value)
    return value if isinstance(value, str) and not isinstance(described, Phrase) else described


def _refuse_added(complaint: object, line: object, verified: object) -> NoReturn:
    """Refuse the first argument of `Audit.add()` of the wrong type."""
    if not isinstance(complaint, Complaint):
        raise ArgumentError(
            argument="complaint", rule="must be a Complaint", given=type_name(complaint)
        )
    if type(verified) is not bool:
        raise ArgumentError(argument="verified", rule="must be a bool", given=type_name(verified))
    raise ArgumentError(
        argument="line",
        rule=Phrase(
            N_("must be a whole number from {low} to {high} or None"), low=0, high=MAX_LINE_NUMBER
        ),
        given=type_name(line),
    )


def _pairs(counts: object) -> dict[int, int]:
    """``{score: answers}`` from ``(score, answers)`` pairs (or a mapping) of whole numbers."""
    rule = N_("must be an iterable of (score, answers) pairs of whole numbers")
    if isinstance(counts, Mapping):
        copied = readable(counts)
        if copied is None:
            raise ArgumentError(argument="counts", rule=rule, given=type_name(counts))
        counts = copied.items()
    if isinstance(counts, str | bytes) or not isinstance(counts, Iterable):
        raise ArgumentError(argument="counts", rule=rule, given=type_name(counts))
    by_score: dict[int, int] = {}
    for pair in guarded(counts, "counts", rule):
        if (
            not isinstance(pair, tuple | list)
            or len(pair) != 2
            or type(pair[0]) is not int
            or type(pair[1]) is not int
            or not 0 <= pair[1] <= _MAX_ANSWERS
        ):
            raise ArgumentError(argument="counts", rule=rule, given=type_name(pair))
        by_score[pair[0]] = pair[1]
    return by_score


_MAX_ANSWERS = 2**63


@attrs.frozen(kw_only=True)
class SatisfactionSummary:
    """The reporters' satisfaction answers for a unit (or overall).

    A complaint's answer counts under the units it was assigned to, like the complaint.

    Attributes:
        answered: complaints with an answer.
        satisfied: answers of 4 or 5.
        mean: the mean score, two decimals (``None`` without answers).
        share_satisfied: ``satisfied / answered`` in percent, one decimal.
        histogram: ``(score, answers)`` for scores 1 to 5.
    """

    answered: int
    satisfied: int
    mean: float | None
    share_satisfied: float | None
    histogram: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, counts: Iterable[tuple[int, int]]) -> SatisfactionSummary:
        """The summary of ``(score, answers)`` pairs.

        Raises:
            ArgumentError: ``counts`` is not an iterable of pairs of whole numbers (answers
                from 0 to 2**63).
        """
        by_score = _pairs(counts)
        histogram = tuple((score, by_score.get(score, 0)) for score in range(1, 6))
        answered = sum(n for _, n in histogram)
        satisfied = sum(n for score, n in histogram if score >= _SATISFIED_FROM)
        mean = None if not answered else round(sum(s * n for s, n in histogram) / answered, 2)
        return cls(
            answered=answered,
            satisfied=satisfied,
            mean=mean,
            share_satisfied=_share(satisfied, answered),
            histogram=histogram,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        data = attrs.asdict(self, recurse=False)
        data["histogram"] = {str(score): n for score, n in self.histogram}
        return data


@attrs.frozen(kw_only=True)
class UnitSummary:
    """The audit's figures for one unit, or overall.

    Attributes:
        unit: the unit id; ``None`` for complaints not disposed to any unit yet, and for the
            overall summary (see `overall`).
        overall: True for the summary over every complaint.
        complaints: complaints counted.
        by_status: ``(status, count)``, most frequent first.
        by_category: ``(open|paused|terminal, count)``.
        by_classification: ``(classification, count)``.
        clocks: one summary per deadline clock of the policy.
        breaches_by_month: ``("YYYY-MM", breaches)`` ascending.
        sop_violations: SOP violations found (steps the SOP does not allow).
        integrity_failures: complaints whose history does not verify.
        judged: judged deadline cycles over every clock.
        on_time: of which on time.
        score: ``on_time / judged`` in percent, one decimal (``None`` when nothing was judged).
        zone: the zone of the score (``None`` with too little evidence).
        satisfaction: the reporters' satisfaction answers (``nilai_kepuasan``).
        by_unit_count: ``(number of units, complaints)`` ascending, overall only: how many
            complaints were disposed to no unit, one, two... (the per-unit rows add up to more
            than the complaints when some went to several units).
    """

    unit: str | None
    overall: bool = False
    complaints: int
    by_status: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    by_classification: tuple[tuple[str, int], ...]
    clocks: tuple[ClockSummary, ...]
    breaches_by_month: tuple[tuple[str, int], ...]
    sop_violations: int
    integrity_failures: int
    judged: int
    on_time: int
    score: float | None
    zone: Zone | None
    satisfaction: SatisfactionSummary = attrs.field(factory=lambda: SatisfactionSummary.of(()))
    by_unit_count: tuple[tuple[int, int], ...] = ()

    @property
    def open(self) -> int:
        """Complaints in an open or paused status."""
        counts = dict(self.by_category)
        return counts.get("open", 0) + counts.get("paused", 0)

    @property
    def overdue_open(self) -> int:
        """Open clock cycles past their deadline, over every clock."""
        return sum(c.overdue_open for c in self.clocks)

    @property
    def breaches(self) -> int:
        """Late cycles over every clock."""
        return sum(c.breaches for c in self.clocks)

    def clock(self, name: str) -> ClockSummary:
        """The summary of one clock.

        Raises:
            NotFoundError: the policy has no such deadline clock (a ``LookupError``).
            ArgumentError: ``name`` is not a str.
        """
        if not isinstance(name, str):
            raise ArgumentError(argument="name", rule=N_("must be a str"), given=type_name(name))
        for summary in self.clocks:
            if summary.clock == name:
                return summary
        raise NotFoundError(what=N_("deadline clock in the audit"), key=_key(name))

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form."""
        return {
            "unit": self.unit,
            "overall": self.overall,
            "complaints": self.complaints,
            "open": self.open,
            "by_status": dict(self.by_status),
            "by_category": dict(self.by_category),
            "by_classification": dict(self.by_classification),
            "clocks": [c.to_dict() for c in self.clocks],
            "breaches": self.breaches,
            "overdue_open": self.overdue_open,
            "breaches_by_month": dict(self.breaches_by_month),
            "sop_violations": self.sop_violations,
            "integrity_failures": self.integrity_failures,
            "judged": self.judged,
            "on_time": self.on_time,
            "score": self.score,
            "zone": None if self.zone is None else self.zone.value,
            "satisfaction": self.satisfaction.to_dict(),
            **({"by_unit_count": dict(self.by_unit_count)} if self.overall else {}),
        }


@attrs.frozen(kw_only=True)
class AuditReport:
    """The result of an audit: overall and per-unit figures, and the problems met on the way.

    Attributes:
        now: the moment of the audit (open clocks are judged against it), in the calendar's zone.
        workflow: the SOP's name.
        policy: the SLA policy's name.
        zone_name: the calendar's IANA zone.
        thresholds: the zone thresholds used.
        overall: figures over every complaint.
        units: figures per unit, by unit id (not-disposed last).
        problems: the first [`MAX_PROBLEMS`][pengaduan.audit.MAX_PROBLEMS] problems, by line.
        problem_counts: ``(kind, count)`` of every problem, kept or not.
    """

    now: datetime
    workflow: str
    policy: str
    zone_name: str
    thresholds: ZoneThresholds
    overall: UnitSummary
    units: tuple[UnitSummary, ...]
    problems: tuple[ReadProblem, ...]
    problem_counts: tuple[tuple[str, int], ...]

    @property
    def complaints(self) -> int:
        """Complaints audited."""
        return self.overall.complaints

    @property
    def skipped(self) -> int:
        """Lines or rows skipped because of a problem."""
        return sum(n for _, n in self.problem_counts)

    def unit(self, unit: str | None) -> UnitSummary:
        """The summary of one unit (``None``: complaints not disposed yet).

        Raises:
            NotFoundError: no complaint was assigned to that unit (a ``LookupError``).
            ArgumentError: ``unit`` is not a str or None.
        """
        if unit is not None and not isinstance(unit, str):
            raise ArgumentError(
                argument="unit", rule=N_("must be a str or None"), given=type_name(unit)
            )
        for summary in self.units:
            if summary.unit == unit:
                return summary
        raise NotFoundError(what=N_("unit in the audit"), key=_key(unit))

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form (the ``--format json`` output)."""
        return {
            "now": self.now.isoformat(),
            "workflow": self.workflow,
            "policy": self.policy,
            "zone_name": self.zone_name,
            "thresholds": self.thresholds.to_dict(),
            "complaints": self.complaints,
            "skipped": self.skipped,
            "overall": self.overall.to_dict(),
            "units": [u.to_dict() for u in self.units],
            "problem_counts": dict(self.problem_counts),
            "problems": [p.to_dict() for p in self.problems],
        }


# -- the accumulator --------------------------------------------------------------------------


class Audit:
    """A streaming audit of complaint histories: [`add()`][pengaduan.audit.Audit.add],
    [`merge()`][pengaduan.audit.Audit.merge], [`report()`][pengaduan.audit.Audit.report].

    Args:
        workflow: the SOP the complaints follow.
        policy: the SLA clocks (validated against ``workflow`` here).
        calendar: the working calendar of the offices audited.
        now: the moment of the audit (aware): open clocks past their deadline count as overdue.
        thresholds: the zone thresholds; default
            [`ZoneThresholds.default()`][pengaduan.audit.ZoneThresholds.default].
        skip_invalid: record bad lines as problems and go on; by default the first one raises.
        check_duplicates: remember tracking ids to report duplicates (see
            [`add()`][pengaduan.audit.Audit.add]).

    Raises:
        NaiveDatetimeError: ``now`` is naive.
        ConfigurationError: the policy does not fit the workflow.

    Example:
        >>> from datetime import UTC, datetime
        >>> from pengaduan import Workflow
        >>> from pengaduan.calendar import WorkingCalendar
        >>> from pengaduan.sla import SlaPolicy
        >>> from pengaduan.testing import build_complaint
        >>> wf = Workflow.default()
        >>> cal = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025)
        >>> audit = Audit(workflow=wf, policy=SlaPolicy.lapor(wf), calendar=cal,
        ...               now=datetime(2025, 4, 1, tzinfo=UTC))
        >>> t0 = datetime(2025, 3, 3, 2, tzinfo=UTC)
        >>> audit.add(build_complaint(t0, ("verifikasi", 1), ("tindak_lanjut", 9)))
        >>> audit.report().overall.clock("tindak_lanjut").share_on_time
        0.0
    """

    def __init__(
        self,
        *,
        workflow: Workflow,
        policy: SlaPolicy,
        calendar: WorkingCalendar,
        now: datetime,
        thresholds: ZoneThresholds | None = None,
        skip_invalid: bool = False,
        check_duplicates: bool = True,
    ) -> None:
        if workflow is None or policy is None or calendar is None:
            raise ArgumentError(
                argument=names("workflow", "policy", "calendar"), rule="are required"
            )
        check_arguments(workflow=workflow, policy=policy, calendar=calendar)
        if thresholds is not None and not isinstance(thresholds, ZoneThresholds):
            raise ArgumentError(
                argument="thresholds",
                rule=N_("must be ZoneThresholds or None"),
                given=type_name(thresholds),
            )
        if type(skip_invalid) is not bool or type(check_duplicates) is not bool:
            raise ArgumentError(
                argument="skip_invalid and check_duplicates", rule="must be True or False"
            )
        self.workflow = workflow
        self.policy: SlaPolicy = (
            policy if policy.workflow == workflow.definition.name else policy.validate(workflow)
        )
        self.calendar = calendar
        self.now = to_utc(now, "now")
        self.thresholds = thresholds if thresholds is not None else ZoneThresholds.default()
        self.skip_invalid = skip_invalid
        self.check_duplicates = check_duplicates
        self._compiled = self.policy._compiled()
        self._meters = meters(calendar)
        self._local_now = self.now.astimezone(calendar.zone_info)
        self._rules = {rule.name: rule for rule in self.policy.rules if not rule.is_timer}
        self._categories = {s.name: s.category.value for s in workflow.statuses}
        self._state = _State()
        self._interned: dict[Any, Any] = {}

    # -- input --------------------------------------------------------------------------------

    def problem(self, problem: ReadProblem) -> None:
        """Record a line that could not be audited.

        Raises:
            SerializationError: the problem as an error, unless the audit skips invalid lines.
            ArgumentError: ``problem`` is not a ReadProblem.
        """
        if not isinstance(problem, ReadProblem):
            raise ArgumentError(
                argument="problem", rule="must be a ReadProblem", given=type_name(problem)
            )
        if not self.skip_invalid:
            raise problem.error()
        state = self._state
        state.problem_counts[problem.kind.value] += 1
        _keep(state.problems, problem)

    def add(self, complaint: Complaint, *, line: int | None = None, verified: bool = False) -> None:
        """Count one complaint.

        A complaint whose tracking id was already added is a problem (``duplicate_id``): it
        raises, or with ``skip_invalid`` it is recorded and not counted again. Catching it needs
        one 64-bit fingerprint per tracking id (about 100 bytes each in memory: 100 MB for a
        million complaints); turn it off with ``check_duplicates=False`` when ids are known to be
        unique.

        Args:
            complaint: the complaint.
            line: its line in the input, for problem reports.
            verified: its digest chain was verified on loading (else it is verified here; a
                history that does not verify is counted as an integrity failure and audited).

        Raises:
            SerializationError: a duplicate id, or a date outside the calendar, unless the audit
                skips invalid lines.
            ArgumentError: ``complaint`` is not a Complaint, ``line`` not a line number or None,
                ``verified`` not a bool.
        """
        if (
            not isinstance(complaint, Complaint)
            or (line is not None and (type(line) is not int or not 0 <= line <= MAX_LINE_NUMBER))
            or type(verified) is not bool
        ):
            _refuse_added(complaint, line, verified)
        where = line if line is not None else self._state.overall.complaints + 1
        key: int | None = None
        if self.check_duplicates:
            key = fingerprint(complaint.tracking_id)
            first = self._state.seen.get(key)
            if first is not None:
                self.problem(_duplicate(where, first))
                return
        evaluated = self._evaluate(complaint, verified=verified, line=where)
        if isinstance(evaluated, ReadProblem):
            self.problem(evaluated)
            return
        if key is not None:
            self._state.seen[key] = where
        self._apply(complaint, *evaluated)

    def _evaluate(
        self, complaint: Complaint, *, verified: bool, line: int
    ) -> tuple[int, int, list[ClockReport]] | ReadProblem:
        """Everything about one complaint that can fail, before anything is counted."""
        try:
            integrity = 0
            if not verified:
                try:
                    verify_history(complaint)
                except IntegrityError:
                    integrity = 1
            violations = len(sop_findings(complaint, self.workflow))
            reports = evaluate_history(self._compiled, complaint, self._meters, self.now)
            cycles = [
                cycle
                for report in reports
                if report.clock in self._rules
                for cycle in (*report.earlier, report)
            ]
            for cycle in cycles:  # what _count reads, so counting cannot fail half-way
                _ = cycle.elapsed if cycle.met_at is not None else None
                if cycle.breached_at is not None and cycle.unit is not TimeUnit.WORKING_HOURS:
                    _ = cycle.breached_at - _TICK
        except OutOfRangeError as error:
            detail: str = Phrase(
                N_("date {date} is outside the calendar's years ({first}-{last})"),
                date=error.date,
                first=error.first_year,
                last=error.last_year,
            )
            kind = ProblemKind.OUT_OF_RANGE
        except OverflowError:
            detail, kind = N_("a date outside the computable range"), ProblemKind.OUT_OF_RANGE
        except Exception as error:  # one complaint the clocks cannot evaluate: its own problem
            code = getattr(error, "code", None) or type_name(error)
            detail = Phrase(N_("its clocks cannot be evaluated ({code})"), code=code)
            kind = ProblemKind.UNAUDITABLE
        else:
            return integrity, violations, cycles
        return ReadProblem(line=line, kind=kind, where="history", detail=detail)

    def _apply(
        self, complaint: Complaint, integrity: int, violations: int, cycles: list[ClockReport]
    ) -> None:
        _apply_contribution(
            self._state, self._contribution(complaint, integrity, violations, cycles)
        )

    def _contribution(
        self, complaint: Complaint, integrity: int, violations: int, cycles: list[ClockReport]
    ) -> Contribution:
        """What one complaint adds to the counters, as a small hashable value (equal
        complaints give equal values, so a partial audit can count them instead of storing)."""
        status = complaint.status
        answer = satisfaction_of(complaint)
        return (
            complaint.units or ("",),
            status,
            self._categories.get(status, "open"),
            complaint.classification.value,
            violations,
            integrity,
            tuple(_cycle(cycle) for cycle in cycles),
            None if answer is None else answer.score,
        )

    def add_all(self, complaints: Iterable[Complaint]) -> None:
        """[`add()`][pengaduan.audit.Audit.add] every complaint of an iterable (a generator keeps
        memory flat).

        Raises:
            ArgumentError: ``complaints`` is not an iterable, or an item is not a Complaint.
        """
        for complaint in iterable(complaints, "complaints"):
            self.add(complaint)

    def merge(self, other: Audit) -> None:
        """Add another audit's counts (of another part of the same input) to this one.

        Tracking ids seen by both are duplicates: each is recorded (or raised) as a problem of
        ``other``'s line. The other audit's counts already include it; merging whole parts is
        exact only when the parts share no id.
        For parts that may share ids, use [`part()`][pengaduan.audit.Audit.part] and
        [`report_of()`][pengaduan.audit.Audit.report_of]: those merge exactly.

        Raises:
            SerializationError: a duplicate id, unless the audit skips invalid lines.
            ArgumentError: ``other`` is not an Audit.
        """
        if not isinstance(other, Audit):
            raise ArgumentError(argument="other", rule="must be an Audit", given=type_name(other))
        self._merge_state(other._state)

    def _merge_state(self, other: _State) -> None:
        state = self._state
        for key, line in other.seen.items():
            first = state.seen.get(key)
            if first is not None:
                self.problem(_duplicate(line, first))
            else:
                state.seen[key] = line
        state.overall.merge(other.overall)
        for unit, tally in other.units.items():
            mine = state.units.get(unit)
            if mine is None:
                state.units[unit] = tally
            else:
                mine.merge(tally)
        for problem in other.problems:
            _keep(state.problems, problem)
        state.problem_counts.update(other.problem_counts)

    # -- partial audits ---------------------------------------------------------------------

    def part(
        self,
        items: Iterable[Complaint | Record | ReadProblem],
        *,
        source: str | None = None,
        order: int = 0,
        spill: SpillDirectory | None = None,
    ) -> AuditPart:
        """Audit one partition of an input into an [`AuditPart`][pengaduan.audit.AuditPart].

        Nothing is added to this audit's own counts, and nothing raises for a bad line: every
        problem is kept in the part ([`report_of()`][pengaduan.audit.Audit.report_of] raises the
        first one unless the audit
        skips invalid lines). Parts of the same input merge exactly in any order.

        Args:
            items: the partition's complaints, in input order: `Record` values (and the
                [`ReadProblem`][pengaduan.audit.ReadProblem] values of lines that could not be read,
                as the readers
                pass them to ``on_problem``), or bare complaints (numbered from 1).
            source: the partition's file (path or URL), named in its problems; ``None`` for
                parts of one file (their line numbers are then the file's own).
            order: the partition's place in the input (``0`` first); with ``source``, parts
                are ordered by source name then line, so give sources that sort in input order.
            spill: where the part writes its tracking ids once they pass the folder's memory
                limit (see [`SpillDirectory`][pengaduan.audit.spill.SpillDirectory]); ``None`` keeps
                them in memory (20 bytes per line).

        Raises:
            ArgumentError: ``source`` is not a text, ``order`` not an int from 0 to 2**62,
                ``spill`` not a spill folder, or an item is not a complaint, a record or a
                problem.
            StorageError: the spill file cannot be written (a full disk).
        """
        from pengaduan.audit.partial import AuditPart, _check_source  # noqa: PLC0415
        from pengaduan.audit.spill import SpillDirectory, _Writer  # noqa: PLC0415

        items = iterable(items, "items")
        source, order = _check_source(source, order)
        if spill is not None and not isinstance(spill, SpillDirectory):
            raise ArgumentError(
                argument="spill", rule="must be a SpillDirectory or None", given=type_name(spill)
            )
        made = AuditPart()
        writer = _Writer(spill) if self.check_duplicates else None
        try:
            self._fill(made, items, writer, source)
        except BaseException:
            if writer is not None:
                writer.discard()
            raise
        if writer is not None:
            made._segments = (writer.finish(order=order, source=source),)
        return made

    def _fill(
        self,
        made: AuditPart,
        items: Iterable[Complaint | Record | ReadProblem],
        writer: _Writer | None,
        source: str | None,
    ) -> None:
        from pengaduan.audit.readers import Record  # noqa: PLC0415
        from pengaduan.model import Complaint  # noqa: PLC0415

        for number, item in enumerate(items, start=1):
            if isinstance(item, ReadProblem):
                made.lines += 1
                made._add_problem(attrs.evolve(item, source=source) if source else item)
                continue
            if isinstance(item, Record):
                complaint, line, verified = item.complaint, item.line, item.verified
            elif isinstance(item, Complaint):
                complaint, line, verified = item, number, False
            else:
                raise ArgumentError(
                    argument="items",
                    rule=N_("must hold complaints, records or read problems"),
                    given=type_name(item),
                )
            made.lines += 1
            evaluated = self._evaluate(complaint, verified=verified, line=line)
            payload: Contribution | ReadProblem
            if writer is not None:
                if isinstance(evaluated, ReadProblem):  # placed on its line when settled
                    payload = self._shared_problem(evaluated)
                else:
                    payload = self._shared(self._contribution(complaint, *evaluated))
                writer.add(fingerprint(complaint.tracking_id), line, payload)
            elif isinstance(evaluated, ReadProblem):
                made._add_problem(attrs.evolve(evaluated, source=source) if source else evaluated)
            else:
                made._counted[self._shared(self._contribution(complaint, *evaluated))] += 1

    def _shared(self, contribution: Contribution) -> Contribution:
        """One object per distinct contribution, so a part's entries share them (its units and
        cycles shared too: distinct contributions differ in a cycle or two)."""
        found = self._interned.get(contribution)
        if found is None:
            shared = self._interned.setdefault
            units, status, category, classification, violations, integrity, cycles, score = (
                contribution
            )
            found = (
                shared(units, units),
                status,
                category,
                classification,
                violations,
                integrity,
                shared(cycles, tuple(shared(cycle, cycle) for cycle in cycles)),
                score,
            )
            self._interned[found] = found
        return found

    def _shared_problem(self, problem: ReadProblem) -> ReadProblem:
        """The problem without its line and file (a template shared by equal problems)."""
        template = attrs.evolve(problem, line=0, source=None)
        return self._interned.setdefault(template, template)  # type: ignore[no-any-return]

    def report_of(self, part: AuditPart) -> AuditReport:
        """The report of a (merged) partial audit, with this audit's settings.

        It equals the report of one audit adding the whole input in order.

        Raises:
            ArgumentError: ``part`` is not an [`AuditPart`][pengaduan.audit.AuditPart].
            SerializationError: the first problem (in input order), unless the audit skips
                invalid lines.
        """
        from pengaduan.audit.partial import AuditPart  # noqa: PLC0415

        if not isinstance(part, AuditPart):
            raise ArgumentError(argument="part", rule="must be an AuditPart", given=type_name(part))
        state = part._state()
        if not self.skip_invalid and state.problems:
            raise state.problems[0].error()
        return self._report(state)

    # -- output -------------------------------------------------------------------------------

    def report(self) -> AuditReport:
        """The figures so far (the audit can go on adding afterwards)."""
        return self._report(self._state)

    def _report(self, state: _State) -> AuditReport:
        units = sorted(state.units.items(), key=lambda item: (item[0] == "", item[0]))
        return AuditReport(
            now=self._local_now,
            workflow=self.workflow.definition.name,
            policy=self.policy.name,
            zone_name=self.calendar.zone,
            thresholds=self.thresholds,
            overall=self._summary(None, state.overall, overall=True),
            units=tuple(self._summary(unit or None, tally) for unit, tally in units),
            problems=tuple(sorted(state.problems, key=_line)[:MAX_PROBLEMS]),
            problem_counts=tuple(sorted(state.problem_counts.items())),
        )

    def _summary(self, unit: str | None, tally: _Tally, *, overall: bool = False) -> UnitSummary:
        clocks = []
        for name, rule in sorted(self._rules.items()):
            counted = tally.clocks.get(name) or _ClockTally()
            clocks.append(
                ClockSummary(
                    clock=name,
                    label_id=rule.label("id"),
                    label_en=rule.label("en"),
                    amount=rule.amount,
                    unit=rule.unit,
                    citation=rule.basis.citation,
                    confidence=rule.basis.confidence.value,
                    started=counted.started,
                    judged=counted.judged,
                    on_time=counted.on_time,
                    met_late=counted.met_late,
                    ended_late=counted.ended_late,
                    overdue_open=counted.overdue_open,
                    share_on_time=_share(counted.on_time, counted.judged),
                    median=_percentile(counted.histogram, 0.5),
                    p90=_percentile(counted.histogram, 0.9),
                    histogram=tuple(sorted(counted.histogram.items())),
                )
            )
        clocks.sort(key=lambda c: (c.amount, c.clock))
        judged = sum(c.judged for c in clocks)
        on_time = sum(c.on_time for c in clocks)
        score = _share(on_time, judged)
        return UnitSummary(
            unit=unit,
            overall=overall,
            complaints=tally.complaints,
            by_status=tuple(sorted(tally.statuses.items(), key=lambda kv: (-kv[1], kv[0]))),
            by_category=tuple(sorted(tally.categories.items())),
            by_classification=tuple(
                sorted(tally.classifications.items(), key=lambda kv: (-kv[1], kv[0]))
            ),
            clocks=tuple(clocks),
            breaches_by_month=tuple(sorted(tally.breaches_by_month.items())),
            sop_violations=tally.sop_violations,
            integrity_failures=tally.integrity_failures,
            judged=judged,
            on_time=on_time,
            score=score,
            zone=self.thresholds.zone(score, judged),
            satisfaction=SatisfactionSummary.of(tally.satisfaction.items()),
            by_unit_count=tuple(sorted((+tally.unit_counts).items())) if overall else (),
        )


def _cycle(report: ClockReport) -> tuple[str, str | None, str | None, int | None]:
    breached = report.breached_at
    month = None
    outcome = None
    if breached is not None:
        last = breached - _TICK if report.unit is not TimeUnit.WORKING_HOURS else breached
        month = f"{last.year:04d}-{last.month:02d}"
        if report.is_open:
            outcome = "overdue_open"
        elif report.met_at is not None:
            outcome = "met_late"
        else:
            outcome = "ended_late"
    elif report.met_at is not None:
        outcome = "on_time"
    taken = None
    if report.met_at is not None:
        elapsed = report.elapsed
        taken = -(-elapsed // _HOUR) if report.unit is TimeUnit.WORKING_HOURS else elapsed.days
    return report.clock, outcome, month, taken


def _duplicate(line: int, first: int) -> ReadProblem:
    return ReadProblem(
        line=line,
        kind=ProblemKind.DUPLICATE_ID,
        where="tracking_id",
        detail=Phrase(N_("duplicate tracking id: already seen on line {line}"), line=first),
    )
