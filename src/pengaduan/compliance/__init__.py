"""Did the units follow the SOP? Findings for one complaint, from its history.

[`check()`][pengaduan.compliance.check] replays a complaint against three things and lists what it
finds:

* the **history's integrity**
  ([`pengaduan.history.verify_history()`][pengaduan.history.verify_history]): an altered, removed or
  reordered event is an ``integrity`` finding;
* the **SOP** ([`Workflow`][pengaduan.workflow.Workflow]): every recorded step must be one the SOP
  has, taken by a role allowed to take it (the same replay as
  [`conforms()`][pengaduan.workflow.Workflow.conforms]); each step that is not is an
  ``sop_violation``;
* the **SLA policy** ([`pengaduan.sla.evaluate()`][pengaduan.sla.evaluate]): every clock cycle that
  passed its deadline
  is a ``breach`` (the work was done, or the clock ended, too late) or ``overdue_open`` (still
  open after its deadline at ``now``).

Each [`Finding`][pengaduan.compliance.Finding] names the rule or clock, the expected (due) and
actual (met, or ``now``)
times, how late in the clock's own unit, the legal basis with its confidence, and the unit(s) the
complaint is assigned to. Its message is built from those fields only: never from complaint text
or the reporter's identity, so findings can go into logs, CI output and reports for the Ombudsman.

Sources: the clocks and their bases are those of the policy (SP4N-LAPOR!, lapor.go.id: 3 / 5 / 10
working days, see [`pengaduan.sla`][pengaduan.sla]); the Ombudsman's oversight of SOP compliance is
UU 37/2008
and Perpres 76/2013 (see ``docs/compliance.md``).
"""

from __future__ import annotations

from pengaduan.compliance._check import (
    Finding,
    FindingKind,
    check,
    clock_findings,
    sop_findings,
)

__all__ = [
    "Finding",
    "FindingKind",
    "check",
    "clock_findings",
    "sop_findings",
]
