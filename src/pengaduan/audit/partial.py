"""Partial audits: the audit of one partition of an input, as a value that merges exactly.

An [`AuditPart`][pengaduan.audit.AuditPart] holds what one partition (a file, a byte range of a
file, a database
shard) contributes to an audit. Parts merge with
[`AuditPart.merge()`][pengaduan.audit.AuditPart.merge], which is associative
and commutative, so they can be computed anywhere (worker processes, a Dask cluster) and merged in
any order or tree shape; [`report_of()`][pengaduan.audit.Audit.report_of] turns the merged part into
the
same [`AuditReport`][pengaduan.audit.AuditReport] one process reading the whole input in order
gives.

How duplicates stay exact: a part keeps every line that carried a tracking id as a 20-byte
record (the id's 64-bit fingerprint, the line, and the index of the line's *payload* in a small
table of the part: the complaint's contribution, a hashable value shared by equal complaints, or
the line's own problem), partitioned into [`BUCKETS`][pengaduan.audit.spill.BUCKETS] buckets by the
fingerprint ([`pengaduan.audit.spill`][pengaduan.audit.spill]). Merging concatenates the parts'
record sets. Only the
report decides, per id, which line counts: the first line in input order (partition order, then
line) whose history could be audited; earlier lines keep their own problems, later ones are
``duplicate_id`` problems naming the counted line. The report settles one bucket at a time.
Complaints without a tracking-id check (``check_duplicates=False``) and lines that could not be
read at all are plain counters.

Memory: 20 bytes per tracking id while the records stay in memory (a part made with a
[`SpillDirectory`][pengaduan.audit.spill.SpillDirectory] writes them to a file past its ``memory``
limit, so its size no longer grows with the input), plus the table of distinct contributions,
which grows with the variety of the histories (units, statuses, months, durations), not with
their number. Settling holds one bucket of ids at a time (the input's ids / 128).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import iterable
from pengaduan._i18n import N_, Phrase
from pengaduan.audit._tally import MAX_PROBLEMS, _apply_contribution, _keep, _line, _State
from pengaduan.audit.problems import ProblemKind, ReadProblem
from pengaduan.audit.spill import _RECORD, BUCKETS, _Segment
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pengaduan.audit._tally import Contribution
    from pengaduan.audit.spill import SpillDirectory

__all__ = ["AuditPart"]

_Entry = tuple[int, int, int, int]
"""(partition order, line, segment, payload index)."""


class AuditPart:
    """What one partition of an input contributes to an audit; merges exactly with others.

    Build parts with [`pengaduan.audit.Audit.part()`][pengaduan.audit.Audit.part] (or
    ``pengaduan.audit.dask``), merge
    them with [`merge()`][pengaduan.audit.AuditPart.merge] or
    [`merge_all()`][pengaduan.audit.AuditPart.merge_all] in any order, and report with
    [`pengaduan.audit.Audit.report_of()`][pengaduan.audit.Audit.report_of]. A part is never changed
    once built: [`merge()`][pengaduan.audit.AuditPart.merge]
    returns a new part. Parts pickle (they cross process boundaries); a part whose ids were
    spilled to a [`SpillDirectory`][pengaduan.audit.spill.SpillDirectory] refers to its file, so it
    can be
    reported on only while that folder exists (and, on another machine, only where the folder
    is shared).

    Attributes:
        lines: lines that held a complaint or a problem (blank lines are not counted).

    Example:
        >>> from datetime import UTC, datetime
        >>> from pengaduan import Workflow
        >>> from pengaduan.audit import Audit
        >>> from pengaduan.calendar import WorkingCalendar
        >>> from pengaduan.sla import SlaPolicy
        >>> from pengaduan.testing import build_complaint
        >>> wf = Workflow.default()
        >>> cal = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025)
        >>> audit = Audit(workflow=wf, policy=SlaPolicy.lapor(wf), calendar=cal,
        ...               now=datetime(2025, 4, 1, tzinfo=UTC), skip_invalid=True)
        >>> t0 = datetime(2025, 3, 3, 2, tzinfo=UTC)
        >>> a = audit.part([build_complaint(t0, ("verifikasi", 1), tracking_id="A-1")])
        >>> b = audit.part([build_complaint(t0, tracking_id="A-1")], order=1)
        >>> report = audit.report_of(b.merge(a))
        >>> report.complaints, report.problem_counts
        (1, (('duplicate_id', 1),))
    """

    __slots__ = ("_counted", "_problem_counts", "_problems", "_segments", "lines")

    def __init__(self) -> None:
        self._segments: tuple[_Segment, ...] = ()
        self._counted: Counter[Contribution] = Counter()
        self._problems: list[ReadProblem] = []
        self._problem_counts: Counter[str] = Counter()
        self.lines = 0

    @classmethod
    def empty(cls) -> AuditPart:
        """The part of an empty partition (the identity of
        [`merge()`][pengaduan.audit.AuditPart.merge])."""
        return cls()

    def __repr__(self) -> str:
        return f"AuditPart(lines={self.lines}, ids={sum(s.records for s in self._segments)})"

    # -- building (only while a part is being made) ------------------------------------------

    def _add_problem(self, problem: ReadProblem) -> None:
        self._problem_counts[problem.kind.value] += 1
        _keep(self._problems, problem)

    # -- merging ----------------------------------------------------------------------------

    def merge(self, other: AuditPart) -> AuditPart:
        """A new part holding both parts (associative and commutative, exact).

        Raises:
            ArgumentError: ``other`` is not an [`AuditPart`][pengaduan.audit.AuditPart].
        """
        if not isinstance(other, AuditPart):
            raise ArgumentError(
                argument="other", rule="must be an AuditPart", given=type_name(other)
            )
        merged = AuditPart()
        merged._segments = (*self._segments, *other._segments)
        merged._counted = self._counted + other._counted
        merged._problems = sorted([*self._problems, *other._problems], key=_line)[:MAX_PROBLEMS]
        merged._problem_counts = self._problem_counts + other._problem_counts
        merged.lines = self.lines + other.lines
        return merged

    @classmethod
    def merge_all(cls, parts: Iterable[AuditPart]) -> AuditPart:
        """Merge any number of parts (an empty iterable gives
        [`empty()`][pengaduan.audit.AuditPart.empty]).

        Raises:
            ArgumentError: ``parts`` is not an iterable of parts.
        """
        merged = cls.empty()
        for part in iterable(parts, "parts"):
            if not isinstance(part, AuditPart):
                raise ArgumentError(
                    argument="parts", rule="must hold only AuditPart", given=type_name(part)
                )
            merged = merged.merge(part)
        return merged._shared()

    def _shared(self) -> AuditPart:
        """The same part, equal payloads of its segments made one object (parts made in other
        processes each bring their own copies; shared ones take memory and pickle once)."""
        if len(self._segments) < 2:
            return self
        common: dict[Any, Any] = {}
        segments = []
        for segment in self._segments:
            state = list(segment.__getstate__())
            state[_Segment.__slots__.index("table")] = tuple(
                common.setdefault(payload, payload) for payload in segment.table
            )
            shared = _Segment.__new__(_Segment)
            shared.__setstate__(tuple(state))
            segments.append(shared)
        made = AuditPart()
        made._segments = tuple(segments)
        made._counted = self._counted
        made._problems = self._problems
        made._problem_counts = self._problem_counts
        made.lines = self.lines
        return made

    def _spilled(self, spill: SpillDirectory) -> AuditPart:
        """The same part, its records written to ``spill`` once those held in memory pass its
        limit (a merge of many small parts must not hold every id either)."""
        held = sum(s.records for s in self._segments if s.buckets is not None) * _RECORD.size
        if held <= spill.memory:
            return self
        made = AuditPart()
        made._segments = tuple(segment.spilled(spill) for segment in self._segments)
        made._counted = self._counted
        made._problems = self._problems
        made._problem_counts = self._problem_counts
        made.lines = self.lines
        return made

    # -- settling ---------------------------------------------------------------------------

    def _state(self) -> _State:
        """The counters and problems one in-order audit of the merged input would hold."""
        state = _State()
        problems: list[ReadProblem] = list(self._problems)
        counts: Counter[str] = Counter(self._problem_counts)
        winners: Counter[Contribution] = Counter(self._counted)
        segments = self._segments
        hits = [[0] * len(segment.table) for segment in segments]
        for number in range(BUCKETS):
            _settle_bucket(number, segments, hits, problems, counts)
        for segment, counted in zip(segments, hits, strict=True):
            for payload, times in zip(segment.table, counted, strict=True):
                if times:
                    winners[payload] += times
        for contribution, times in winners.items():
            _apply_contribution(state, contribution, times)
        state.problems = sorted(problems, key=_line)[:MAX_PROBLEMS]
        state.problem_counts = counts
        return state

    def __getstate__(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)


def _settle_bucket(
    number: int,
    segments: tuple[_Segment, ...],
    hits: list[list[int]],
    problems: list[ReadProblem],
    counts: Counter[str],
) -> None:
    """Settle the ids of one bucket: count each id's line (or lines) once, as the report must."""
    first: dict[int, _Entry] = {}
    more: dict[int, list[_Entry]] = {}
    for index, segment in enumerate(segments):
        order = segment.order
        for key, line, payload in segment.bucket(number):
            entry = (order, line, index, payload)
            found = first.setdefault(key, entry)
            if found is not entry:
                group = more.get(key)
                if group is None:
                    more[key] = [found, entry]
                else:
                    group.append(entry)
    for key, group in more.items():
        del first[key]
        group.sort(key=lambda e: (e[0], e[1], segments[e[2]].source or ""))
        _settle(group, segments, hits, problems, counts)
    for _, line, index, payload in first.values():
        segment = segments[index]
        found = segment.table[payload]
        if isinstance(found, ReadProblem):
            _count(_placed(found, line, segment.source), problems, counts)
        else:
            hits[index][payload] += 1


def _placed(template: ReadProblem, line: int, source: str | None) -> ReadProblem:
    return attrs.evolve(template, line=line, source=source)


def _count(problem: ReadProblem, problems: list[ReadProblem], counts: Counter[str]) -> None:
    counts[problem.kind.value] += 1
    _keep(problems, problem)


def _settle(
    entries: list[_Entry],
    segments: tuple[_Segment, ...],
    hits: list[list[int]],
    problems: list[ReadProblem],
    counts: Counter[str],
) -> None:
    """One id's lines in input order: the first auditable one counts, the rest are problems."""
    counted: tuple[int, str | None] | None = None
    for _, line, index, payload in entries:
        segment = segments[index]
        found = segment.table[payload]
        if counted is None and not isinstance(found, ReadProblem):
            counted = (line, segment.source)
            hits[index][payload] += 1
            continue
        if counted is None:
            problem = _placed(found, line, segment.source)
        else:
            problem = _duplicate(line, segment.source, counted)
        _count(problem, problems, counts)


def _duplicate(line: int, source: str | None, first: tuple[int, str | None]) -> ReadProblem:
    first_line, first_source = first
    detail = (
        Phrase(N_("duplicate tracking id: already seen on line {line}"), line=first_line)
        if first_source == source
        else Phrase(
            N_("duplicate tracking id: already seen on {source} line {line}"),
            source=first_source,
            line=first_line,
        )
    )
    return ReadProblem(
        line=line,
        kind=ProblemKind.DUPLICATE_ID,
        where="tracking_id",
        detail=detail,
        source=source,
    )


def _check_source(source: object, order: object) -> tuple[str | None, int]:
    if source is not None and not isinstance(source, str):
        raise ArgumentError(
            argument="source", rule="must be a str or None", given=type_name(source)
        )
    if not isinstance(order, int) or isinstance(order, bool) or not 0 <= order < 1 << 62:
        raise ArgumentError(
            argument="order", rule="must be an int from 0 to 2**62", given=type_name(order)
        )
    return source, order
