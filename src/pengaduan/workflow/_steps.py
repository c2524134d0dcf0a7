"""The common case of ``Workflow.apply``, compiled once per workflow (private).

``Workflow.apply`` runs the same checks for every action: argument types, idempotency key,
expected version, the transition, the data against the declared fields, the actor's role, the
reporter binding, the time order and the guards. Most of what those checks look up depends only
on the pair (current status, action), so `compile_steps()` works it out once per workflow: for
each pair the SOP allows, a `Step` holding the target status, the roles, the guards, one checker
per declared field that also writes the field's canonical JSON, and the constant part of the
event digest.

`quick_apply()` takes an action through its step when every check passes, and returns ``None``
as soon as anything is unusual (a wrong or unexpected type, a refused value, a key already
recorded, a stale version, a refused role or guard...). ``Workflow.apply`` then runs its full
path, which checks everything again in its documented order and raises the typed error it always
raised; this module never raises an error of its own. The event it builds is the one the full path
builds, field for field and digest for digest (the tests compare both paths).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from pengaduan._core.keys import is_new_key
from pengaduan._core.text import encodable
from pengaduan._core.time import EPOCH, MICROSECOND, to_utc
from pengaduan.history import SEPARATOR
from pengaduan.model import Actor, Complaint, Role, replace_history, trusted_event
from pengaduan.workflow._canonical import fragment, string_fragment
from pengaduan.workflow.fields import FieldKind, FieldSpec
from pengaduan.workflow.guards import trusted_context

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Mapping

    from pengaduan.workflow._definition import ActionSpec
    from pengaduan.workflow._machine import SopMachine
    from pengaduan.workflow.guards import Deadlines, Guard

__all__ = ["Step", "compile_steps", "quick_apply"]

_ROLE_VALUES = {role: role.value for role in Role}
_PELAPOR = Role.PELAPOR
# 10 digest fields: 9 separators, none of them inside a field.
_SEPARATORS = 9


class Step:
    """What an action needs from one status, worked out once."""

    __slots__ = (
        "action",
        "digest_middle",
        "guards",
        "required",
        "roles",
        "status",
        "target",
        "unit_fields",
        "writers",
    )

    def __init__(
        self, spec: ActionSpec, status: str, target: str, fields: Mapping[str, FieldSpec]
    ) -> None:
        self.action = spec.name
        self.status = status
        self.target = target
        self.roles = spec.roles
        self.guards: tuple[Guard, ...] = spec.guards
        self.writers: dict[str, Callable[[object], str | None]] = {
            name: _writer(field) for name, field in fields.items()
        }
        self.required = tuple(field.name for field in fields.values() if field.required)
        self.unit_fields = frozenset(
            field.name for field in fields.values() if field.kind is FieldKind.UNITS
        )
        # action, from status and target, as the digest joins them
        self.digest_middle = SEPARATOR.join((spec.name, status, target))


def compile_steps(
    actions: Mapping[str, ActionSpec],
    fields: Mapping[str, Mapping[str, FieldSpec]],
    machine: SopMachine,
    statuses: Mapping[str, object],
) -> dict[tuple[str, str], Step]:
    """Every ``(status, action)`` pair the machine allows, with its step."""
    steps: dict[tuple[str, str], Step] = {}
    for status in statuses:
        for name in machine.actions(status):
            target = machine.target(status, name)
            spec = actions.get(name)
            if target is None or spec is None:  # pragma: no cover - the machine holds only these
                continue
            steps[status, name] = Step(spec, status, target, fields[name])
    return steps


def _writer(field: FieldSpec) -> Callable[[object], str | None]:
    """A function giving ``"name":value`` in canonical JSON when the value fits, else ``None``.

    It accepts exactly what ``FieldSpec.problem`` accepts (the unit directory is checked apart).
    """
    prefix = string_fragment(field.name) + ":"
    kind = field.kind
    if kind is FieldKind.TEXT:
        longest = field.max_length

        def text(value: object) -> str | None:
            if type(value) is str and len(value) <= longest and value.strip():
                return prefix + string_fragment(value)
            return None

        return text
    if kind is FieldKind.CHOICE:
        written = {choice: prefix + string_fragment(choice) for choice in field.choices}

        def choice(value: object) -> str | None:
            return written.get(value) if type(value) is str else None

        return choice
    if kind is FieldKind.FLAG:
        flags = {True: prefix + "true", False: prefix + "false"}

        def flag(value: object) -> str | None:
            return flags[value] if type(value) is bool else None

        return flag

    def other(value: object) -> str | None:
        if field.problem(value) is not None:
            return None
        return prefix + fragment(value)

    return other


def quick_apply(  # noqa: PLR0911, PLR0912, PLR0917 - one early return per check, on purpose
    steps: Mapping[tuple[str, str], Step],
    units: Container[str] | None,
    complaint: object,
    action: object,
    at: object,
    actor: object,
    expected_version: object,
    idempotency_key: object,
    data: dict[str, Any],
    deadlines: Deadlines | None = None,
) -> Complaint | None:
    """The complaint with the action's event when every check passes, else ``None``.

    ``None`` means "take the full path", never "refused": the full path decides, and raises.
    """
    if type(complaint) is not Complaint or type(actor) is not Actor:
        return None
    if not isinstance(action, str):
        return None
    history = complaint.history
    length = len(history)
    if not length or (
        expected_version is not None
        and (type(expected_version) is not int or expected_version != length)
    ):
        return None
    # The full path checks the arguments above first (and these are fine), then the time, with
    # the same function: a bad time raises here what it raises there.
    when = to_utc(at, "at")
    if idempotency_key is not None and (
        type(idempotency_key) is not str
        or not is_new_key(idempotency_key)
        or history.with_key(idempotency_key) is not None
    ):
        return None
    last = history._events[length - 1]  # history[-1] without the method call
    status = last.to_status
    if type(status) is not str:
        return None
    step = steps.get((status, action))
    if step is None:
        return None
    # The data: declared fields only, each fitting its kind, the required ones present.
    writers = step.writers
    if len(data) == 1:
        for name, value in data.items():
            writer = writers.get(name)
            part = None if writer is None else writer(value)
            if part is None:
                return None
            payload = "{" + part + "}"
    elif data:
        parts = []
        for name in sorted(data):
            writer = writers.get(name)
            part = None if writer is None else writer(data[name])
            if part is None:
                return None
            parts.append(part)
        payload = "{" + ",".join(parts) + "}"
    else:
        payload = "{}"
    for name in step.required:
        if name not in data:
            return None
    if units is not None:
        external = getattr(units, "is_external", None)
        for name in step.unit_fields:
            value = data.get(name)
            if value is not None and any(
                unit not in units or (external is not None and external(unit)) for unit in value
            ):
                return None  # the full path names the problem
    if (not payload.isascii() and not encodable(payload)) or "\\u0000" in payload:
        return None  # the full path names the field
    role = actor.role
    if role not in step.roles:
        return None
    if role is _PELAPOR:
        account = complaint.reporter.account_id
        if account is None or actor.id != account:
            return None
    if when < last.at:
        return None
    if step.guards:
        context = trusted_context(complaint, step.action, actor, when, dict(data), deadlines)
        for guard in step.guards:
            if guard.check(context) is not None:  # the context is built here: no check again
                return None
    sequence = length + 1
    key = idempotency_key
    text = SEPARATOR.join(
        (
            last.digest,
            str(sequence),
            step.digest_middle,
            _ROLE_VALUES[role],
            actor.id,
            str((when - EPOCH) // MICROSECOND),
            payload,
            key or "",
        )
    )
    if text.count(SEPARATOR) != _SEPARATORS:
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    event = trusted_event(
        sequence,
        step.action,
        step.status,
        step.target,
        actor,
        when,
        payload,
        key,
        digest,
    )
    return replace_history(complaint, history.appended(event))
