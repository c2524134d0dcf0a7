"""SLA clocks: rules with their legal basis, evaluation from history, due actions.

A [`ClockRule`][pengaduan.sla.ClockRule] says how long something may take (an amount in working
days, working hours
or calendar days) and when its clock starts, pauses, resumes, stops, resets or is cancelled, as
[`Condition`][pengaduan.sla.Condition] s over the complaint's history. An
[`SlaPolicy`][pengaduan.sla.SlaPolicy] is a named set of rules,
validated as a whole and against a [`Workflow`][pengaduan.workflow.Workflow].
[`evaluate()`][pengaduan.sla.evaluate] is a pure
function of (history, calendar, policy, now): change the policy or the calendar and the history is
recomputed, pauses included. [`due_actions()`][pengaduan.sla.due_actions] is what an app's periodic
job calls.

Sources of the shipped profiles: SP4N-LAPOR! (lapor.go.id: 3 / 5 / 10 working days), UU 14/2008
Pasal 22 (10 + 7 working days), UU 25/2009 (14 days), Perpres 76/2013 (60 days), a kelurahan
standard on sippn.menpan.go.id (2 / 5 / 14 / 60 working days). Each profile is a TOML file in
``pengaduan/sla/data/``, in the format of
[`SlaPolicy.from_toml()`][pengaduan.sla.SlaPolicy.from_toml], with each number's source beside
it; ``docs/sla.md`` lists each number's confidence.

Example:
    >>> from datetime import UTC, datetime
    >>> from pengaduan.calendar import WorkingCalendar
    >>> policy = SlaPolicy.lapor()
    >>> {rule.name: rule.amount for rule in policy.rules}
    {'tindak_lanjut': 5, 'tutup_otomatis': 10, 'verifikasi': 3}
"""

from __future__ import annotations

from pengaduan.calendar import TimeUnit
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
from pengaduan.sla._deadlines import SlaDeadlines
from pengaduan.sla._due import due_actions, evaluate
from pengaduan.sla._model import (
    ClockReport,
    ClockRule,
    ClockState,
    Confidence,
    DueAction,
    DueActionKind,
    LegalBasis,
)
from pengaduan.sla._policy import SlaPolicy
from pengaduan.sla._words import confidence_label, describe, describe_basis, state_label

__all__ = [
    "ClockReport",
    "ClockRule",
    "ClockState",
    "Condition",
    "Confidence",
    "DueAction",
    "DueActionKind",
    "LegalBasis",
    "SlaDeadlines",
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
