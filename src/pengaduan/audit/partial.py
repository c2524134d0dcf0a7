"""Partial audits: the audit of one partition of an input, as a value that merges exactly.

An :class:`AuditPart` holds what one partition (a file, a byte range of a file, a database
shard) contributes to an audit. Parts merge with :meth:`AuditPart.merge`, which is associative
and commutative, so they can be computed anywhere (worker processes, a Dask cluster) and merged in
any order or tree shape; :meth:`~pengaduan.audit.Audit.report_of` turns the merged part into the
same :class:`~pengaduan.audit.AuditReport` one process reading the whole input in order gives.

How duplicates stay exact: a part keeps, per tracking-id fingerprint, every line that carried the
id, each with its position (partition order, line) and either the complaint's *contribution* (a
small hashable value: units, status, clock outcomes; equal complaints share one) or the problem
the line had. Merging concatenates these lists. Only the report decides, per id, which line counts:
the first line in input order whose history could be audited; earlier lines keep their own
problems, later ones are ``duplicate_id`` problems naming the counted line. Complaints without a
tracking-id check (``check_duplicates=False``) and lines that could not be read at all are plain
counters.

Memory: one entry per tracking id (about 200 bytes: the fingerprint, its position and a shared
contribution), twice the single-process audit's fingerprint set; without duplicate checking a part
holds only counters, whatever the input size.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pengaduan.audit._tally import MAX_PROBLEMS, _apply_contribution, _keep, _line, _State
from pengaduan.audit.problems import ProblemKind, ReadProblem
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pengaduan.audit._tally import Contribution

__all__ = ["AuditPart"]

_Position = tuple[int, int]
"""(partition order, line)."""
_Entry = tuple[int, int, "str | None", "Contribution | ReadProblem"]
"""(partition order, line, source, the contribution or the line's own problem)."""


class AuditPart:
    """What one partition of an input contributes to an audit; merges exactly with others.

    Build parts with :meth:`pengaduan.audit.Audit.part` (or ``pengaduan.audit.dask``), merge
    them with :meth:`merge` or :meth:`merge_all` in any order, and report with
    :meth:`pengaduan.audit.Audit.report_of`. A part is never changed once built: :meth:`merge`
    returns a new part. Parts pickle (they cross process boundaries).

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

    __slots__ = ("_counted", "_keyed", "_problem_counts", "_problems", "lines")

    def __init__(self) -> None:
        self._keyed: dict[int, _Entry | list[_Entry]] = {}
        self._counted: Counter[Contribution] = Counter()
        self._problems: list[ReadProblem] = []
        self._problem_counts: Counter[str] = Counter()
        self.lines = 0

    @classmethod
    def empty(cls) -> AuditPart:
        """The part of an empty partition (the identity of :meth:`merge`)."""
        return cls()

    def __repr__(self) -> str:
        return f"AuditPart(lines={self.lines}, ids={len(self._keyed)})"

    # -- building (only while a part is being made) ------------------------------------------

    def _add_keyed(self, key: int, entry: _Entry) -> None:
        found = self._keyed.get(key)
        if found is None:
            self._keyed[key] = entry
        elif isinstance(found, list):
            found.append(entry)
        else:
            self._keyed[key] = [found, entry]

    def _add_problem(self, problem: ReadProblem) -> None:
        self._problem_counts[problem.kind.value] += 1
        _keep(self._problems, problem)

    # -- merging ----------------------------------------------------------------------------

    def merge(self, other: AuditPart) -> AuditPart:
        """A new part holding both parts (associative and commutative, exact).

        Raises:
            ArgumentError: ``other`` is not an :class:`AuditPart`.
        """
        if not isinstance(other, AuditPart):
            raise ArgumentError(
                argument="other", rule="must be an AuditPart", given=type_name(other)
            )
        big, small = (self, other) if len(self._keyed) >= len(other._keyed) else (other, self)
        merged = AuditPart()
        keyed: dict[int, _Entry | list[_Entry]] = dict(big._keyed)
        for key, found in small._keyed.items():
            mine = keyed.get(key)
            if mine is None:
                keyed[key] = found
            else:
                keyed[key] = [*_entries(mine), *_entries(found)]
        merged._keyed = keyed
        merged._counted = self._counted + other._counted
        merged._problems = sorted([*self._problems, *other._problems], key=_line)[:MAX_PROBLEMS]
        merged._problem_counts = self._problem_counts + other._problem_counts
        merged.lines = self.lines + other.lines
        return merged

    @classmethod
    def merge_all(cls, parts: Iterable[AuditPart]) -> AuditPart:
        """Merge any number of parts (an empty iterable gives :meth:`empty`)."""
        merged = cls.empty()
        for part in parts:
            merged = merged.merge(part)
        return merged

    # -- settling ---------------------------------------------------------------------------

    def _state(self) -> _State:
        """The counters and problems one in-order audit of the merged input would hold."""
        state = _State()
        problems: list[ReadProblem] = list(self._problems)
        counts: Counter[str] = Counter(self._problem_counts)
        winners: Counter[Contribution] = Counter(self._counted)
        for found in self._keyed.values():
            if not isinstance(found, list):
                payload = found[3]
                if isinstance(payload, ReadProblem):
                    counts[payload.kind.value] += 1
                    _keep(problems, payload)
                else:
                    winners[payload] += 1
                continue
            _settle(sorted(found, key=_order), winners, problems, counts)
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


def _entries(found: _Entry | list[_Entry]) -> list[_Entry]:
    return found if isinstance(found, list) else [found]


def _order(entry: _Entry) -> _Position:
    return entry[0], entry[1]


def _settle(
    entries: list[_Entry],
    winners: Counter[Contribution],
    problems: list[ReadProblem],
    counts: Counter[str],
) -> None:
    """One id's lines in input order: the first auditable one counts, the rest are problems."""
    counted: _Entry | None = None
    for entry in entries:
        _, line, source, payload = entry
        if counted is None and not isinstance(payload, ReadProblem):
            counted = entry
            winners[payload] += 1
            continue
        if counted is None:
            assert isinstance(payload, ReadProblem)  # noqa: S101 - the branch above
            problem = payload
        else:
            problem = _duplicate(line, source, counted)
        counts[problem.kind.value] += 1
        _keep(problems, problem)


def _duplicate(line: int, source: str | None, first: _Entry) -> ReadProblem:
    _, first_line, first_source, _ = first
    seen = f"line {first_line}" if first_source == source else f"{first_source} line {first_line}"
    return ReadProblem(
        line=line,
        kind=ProblemKind.DUPLICATE_ID,
        where="tracking_id",
        detail=f"duplicate tracking id: already seen on {seen}",
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
