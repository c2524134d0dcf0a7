"""Rebuild a complaint from milestone times by replaying them through a workflow.

Used by the CSV reader of the audit (an office export has one row per complaint and one column
per milestone time) and by the builders of [`pengaduan.testing`][pengaduan.testing]. The rebuilt
history is a real
hash-chained history that every part of the library reads, but its *data* is placeholder data: the
text is [`PLACEHOLDER_TEXT`][pengaduan.testing.PLACEHOLDER_TEXT], the actors are ``admin:impor`` /
``unit:<unit>`` /
``sistem:impor``, and each guard gets the least it needs (a placeholder text, the first allowed
choice, the units of the row). Only the times, statuses, units and classification carry meaning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pengaduan._core.arguments import enum_member
from pengaduan.model import Actor, Channel, Classification, Role, Submission
from pengaduan.workflow.fields import FieldKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import datetime

    from pengaduan.model import Complaint
    from pengaduan.workflow import Workflow

__all__ = ["PLACEHOLDER_TEXT", "placeholder_step", "replay"]

PLACEHOLDER_TEXT = "(direkonstruksi dari waktu tahapan; bukan teks asli)"
"""The text of a rebuilt complaint and of every text field its actions need."""

_ROLE_ORDER = (Role.UNIT, Role.ADMIN, Role.SISTEM, Role.PELAPOR, Role.PENGAWAS)


def placeholder_step(
    workflow: Workflow, action: str, units: Sequence[str]
) -> tuple[Actor, dict[str, Any]]:
    """An allowed actor and the least data that satisfies ``action``'s fields and guards.

    Every required field, and every field a guard reads, gets a placeholder: ``units`` for a
    units field, the first choice of a choice field, ``False`` for a flag, else
    [`PLACEHOLDER_TEXT`][pengaduan.testing.PLACEHOLDER_TEXT].

    Raises:
        NotFoundError: the workflow has no such action (a ``LookupError``).
    """
    spec = workflow.action(action)
    needed = {guard.field for guard in spec.guards if guard.field is not None}
    data: dict[str, Any] = {}
    for field in spec.fields:
        if not field.required and field.name not in needed:
            continue
        if field.kind is FieldKind.UNITS:
            data[field.name] = list(units)
        elif field.kind is FieldKind.CHOICE:
            data[field.name] = field.choices[0]
        elif field.kind is FieldKind.FLAG:
            data[field.name] = False
        else:
            data[field.name] = PLACEHOLDER_TEXT
    for role in _ROLE_ORDER:
        if role not in spec.roles:
            continue
        if role is Role.UNIT:
            if not units:
                continue
            return Actor(role=role, id=units[0]), data
        return Actor(role=role, id="impor"), data
    msg = f"action {action!r} has no role"  # pragma: no cover - workflows validate roles
    raise LookupError(msg)


def replay(
    workflow: Workflow,
    *,
    tracking_id: str,
    received_at: datetime,
    steps: Iterable[tuple[str, datetime]],
    units: Sequence[str] = (),
    classification: Classification | str = Classification.PENGADUAN,
    category: str | None = None,
    channel: Channel | str = Channel.LAINNYA,
) -> Complaint:
    """A complaint received at ``received_at``, then each ``(action, at)`` with placeholder data.

    Raises:
        InvalidActionError: a step is not allowed where it comes (out of SOP order).
        GuardError: a guard refused a step (e.g. a disposition without units).
        TimeOrderError: a step is earlier than the one before it.
        NaiveDatetimeError: a time is naive.
        ArgumentError: ``channel`` or ``classification`` is not one of its values.
    """
    complaint = workflow.receive(
        Submission(
            text=PLACEHOLDER_TEXT,
            channel=enum_member(Channel, channel, "channel"),
            classification=enum_member(Classification, classification, "classification"),
            category=category,
        ),
        tracking_id=tracking_id,
        at=received_at,
        actor=Actor(role=Role.SISTEM, id="impor"),
    )
    for action, at in steps:
        actor, data = placeholder_step(workflow, action, units)
        complaint = workflow.apply(complaint, action, at=at, actor=actor, **data)
    return complaint
