"""Workflow definitions: statuses, actions, their categories and checks (private; the public
names live in ``pengaduan.workflow``)."""

from __future__ import annotations

import re
from collections import deque
from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import valid_text
from pengaduan._core.text import exact_str
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan.model import (
    CONSENT_ACTION,
    PRIVACY_ACTION,
    Role,
)
from pengaduan.workflow._arguments import instances, member, members, optional_text, text, texts
from pengaduan.workflow.fields import FieldSpec
from pengaduan.workflow.guards import Guard

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "DISCLOSURE_ACTION",
    "NAME_PATTERN",
    "RECEIVE_ACTION",
    "RESERVED_ACTIONS",
    "RESERVED_LABELS",
    "ActionSpec",
    "StatusCategory",
    "StatusSpec",
    "WorkflowDefinition",
    "definition_problems",
]

RECEIVE_ACTION = "terima"
"""The action of a complaint's first event (reserved in every definition)."""

DISCLOSURE_ACTION = "akses_identitas"
"""The action recording that someone other than the admin saw the reporter's identity."""

RESERVED_ACTIONS = frozenset({RECEIVE_ACTION, DISCLOSURE_ACTION, PRIVACY_ACTION, CONSENT_ACTION})

RESERVED_LABELS = {
    RECEIVE_ACTION: N_("Receive"),
    DISCLOSURE_ACTION: N_("Identity disclosed"),
    PRIVACY_ACTION: N_("Change privacy"),
    CONSENT_ACTION: N_("Privacy consent"),
}

NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")


class StatusCategory(StrEnum):
    """What everything outside the workflow asks about a status."""

    OPEN = "open"
    """Someone must act: the admin or a unit."""
    PAUSED = "paused"
    """Waiting for the reporter; clocks that pause, pause."""
    TERMINAL = "terminal"
    """Finished: no action leads out."""


def _roles(value: Iterable[Role | str]) -> frozenset[Role]:
    return members(Role, value, "roles")


def _receive_roles(value: Iterable[Role | str]) -> frozenset[Role]:
    return members(Role, value, "receive_roles")


def _name(value: str) -> str:
    """A plain ``str`` (``transitions`` treats enum members by their *name*, not their value)."""
    return text(value, "name")


def _initial(value: str) -> str:
    return text(value, "initial")


def _sources(value: Iterable[str]) -> tuple[str, ...]:
    return texts(value, "sources")


def _target(value: str | None) -> str | None:
    return optional_text(value, "target")


def _category(value: StatusCategory | str) -> StatusCategory:
    return member(StatusCategory, value, "category")


def _guards(value: Iterable[Guard]) -> tuple[Guard, ...]:
    return instances(Guard, value, "guards")


def _fields(value: Iterable[FieldSpec]) -> tuple[FieldSpec, ...]:
    return instances(FieldSpec, value, "fields")


def _status_specs(value: Iterable[StatusSpec]) -> tuple[StatusSpec, ...]:
    return instances(StatusSpec, value, "statuses")


def _action_specs(value: Iterable[ActionSpec]) -> tuple[ActionSpec, ...]:
    return instances(ActionSpec, value, "actions")


@attrs.frozen(kw_only=True)
class StatusSpec:
    """One status of a workflow, with its category and labels."""

    name: str = attrs.field(converter=_name)
    category: StatusCategory = attrs.field(converter=_category)
    label_id: str = attrs.field(converter=exact_str, validator=valid_text)
    label_en: str = attrs.field(converter=exact_str, validator=valid_text)
    description: str = attrs.field(default="", converter=exact_str, validator=valid_text)


@attrs.frozen(kw_only=True)
class ActionSpec:
    """One action: where it may start, where it leads, who may take it and what it needs.

    Attributes:
        name: stable identifier stored in histories.
        sources: statuses the action may be taken from.
        target: the status it leads to; ``None`` keeps the current status (a note, a reply, a
            reassignment).
        roles: roles allowed to take it.
        guards: SOP checks, run in order; the first refusal raises
            [`GuardError`][pengaduan.errors.GuardError].
        fields: the data the action may carry; anything else is refused (see
            [`pengaduan.workflow.fields`][pengaduan.workflow.fields]). A guard that reads a field
            needs it declared here.
    """

    name: str = attrs.field(converter=_name)
    sources: tuple[str, ...] = attrs.field(converter=_sources)
    target: str | None = attrs.field(converter=_target)
    roles: frozenset[Role] = attrs.field(converter=_roles)
    guards: tuple[Guard, ...] = attrs.field(default=(), converter=_guards)
    fields: tuple[FieldSpec, ...] = attrs.field(default=(), converter=_fields)
    label_id: str = attrs.field(converter=exact_str, validator=valid_text)
    label_en: str = attrs.field(converter=exact_str, validator=valid_text)
    description: str = attrs.field(default="", converter=exact_str, validator=valid_text)


@attrs.frozen(kw_only=True)
class WorkflowDefinition:
    """A whole SOP profile as data; `Workflow.from_definition()` validates and compiles it."""

    name: str = attrs.field(converter=exact_str, validator=valid_text)
    statuses: tuple[StatusSpec, ...] = attrs.field(converter=_status_specs)
    actions: tuple[ActionSpec, ...] = attrs.field(converter=_action_specs)
    initial: str = attrs.field(converter=_initial)
    receive_roles: frozenset[Role] = attrs.field(
        default=frozenset({Role.SISTEM, Role.ADMIN, Role.PELAPOR}), converter=_receive_roles
    )
    source: str = attrs.field(default="", converter=exact_str, validator=valid_text)
    """Where the SOP comes from (regulation, manual, local decree)."""

    def problems(self) -> list[str]:
        """Every problem of the definition, empty when it is valid."""
        return definition_problems(self)


def definition_problems(definition: WorkflowDefinition) -> list[str]:
    problems: list[str] = []
    statuses = _status_problems(definition, problems)
    graph = _action_problems(definition, statuses, problems)
    _graph_problems(definition, statuses, graph, problems)
    return problems


def _at(where: str, problem: str, /, **values: object) -> Phrase:
    """``where: problem`` as one translatable phrase (``problem`` a msgid, with ``values``)."""
    return Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))


def _naming_problems(where: str, name: str, label_id: str, label_en: str) -> list[str]:
    found: list[str] = []
    if not NAME_PATTERN.match(name):
        found.append(_at(where, N_("name must match [a-z][a-z0-9_]* (at most 64 characters)")))
    if not label_id.strip() or not label_en.strip():
        found.append(_at(where, N_("needs an Indonesian and an English label")))
    return found


def _status_problems(definition: WorkflowDefinition, problems: list[str]) -> dict[str, StatusSpec]:
    statuses: dict[str, StatusSpec] = {}
    for spec in definition.statuses:
        where = Phrase(N_("status {name}"), name=shown(spec.name))
        problems.extend(_naming_problems(where, spec.name, spec.label_id, spec.label_en))
        if spec.name in statuses:
            problems.append(_at(where, N_("declared twice")))
        statuses[spec.name] = spec
    if not statuses:
        problems.append(Phrase(N_("no statuses declared")))
    if definition.initial not in statuses:
        problems.append(
            Phrase(N_("initial status {status} is not declared"), status=shown(definition.initial))
        )
    elif statuses[definition.initial].category is StatusCategory.TERMINAL:
        problems.append(
            Phrase(N_("initial status {status} is terminal"), status=shown(definition.initial))
        )
    if not definition.receive_roles:
        problems.append(Phrase(N_("receive_roles is empty: nobody could submit a complaint")))
    return statuses


def _action_problems(
    definition: WorkflowDefinition, statuses: dict[str, StatusSpec], problems: list[str]
) -> dict[str, set[str]]:
    seen_actions: set[str] = set()
    edges: set[tuple[str, str]] = set()
    graph: dict[str, set[str]] = {name: set() for name in statuses}
    for action in definition.actions:
        where = Phrase(N_("action {name}"), name=shown(action.name))
        problems.extend(_naming_problems(where, action.name, action.label_id, action.label_en))
        if action.name in RESERVED_ACTIONS:
            problems.append(_at(where, N_("the name is reserved by the library")))
        if action.name in seen_actions:
            problems.append(_at(where, N_("declared twice")))
        seen_actions.add(action.name)
        if not action.sources:
            problems.append(_at(where, N_("has no source status")))
        if not action.roles:
            problems.append(_at(where, N_("no role may take it")))
        if action.target is not None and action.target not in statuses:
            problems.append(
                _at(
                    where,
                    N_("target status {status} is not declared"),
                    status=shown(action.target),
                )
            )
        problems.extend(_field_problems(where, action))
        for source in action.sources:
            if source not in statuses:
                problems.append(
                    _at(where, N_("source status {status} is not declared"), status=shown(source))
                )
                continue
            if (action.name, source) in edges:
                problems.append(
                    _at(where, N_("duplicate edge from {status}"), status=shown(source))
                )
            edges.add((action.name, source))
            # An action that keeps the status (target None: a satisfaction answer) stays in it.
            if statuses[source].category is StatusCategory.TERMINAL and action.target is not None:
                problems.append(
                    _at(where, N_("leaves terminal status {status}"), status=shown(source))
                )
            target = source if action.target is None else action.target
            if target in statuses:
                graph[source].add(target)
    return graph


def _field_problems(where: str, action: ActionSpec) -> list[str]:
    found: list[str] = []
    names: set[str] = set()
    for field in action.fields:
        if not isinstance(field, FieldSpec):  # type: ignore[unreachable, unused-ignore]
            found.append(_at(where, N_("fields must be FieldSpec values")))  # type: ignore[unreachable, unused-ignore]
            continue
        found.extend(field.declaration_problems(where))
        if field.name in names:
            found.append(_at(where, N_("field {field} declared twice"), field=shown(field.name)))
        names.add(field.name)
    found.extend(
        _at(
            where,
            N_("guard {guard} reads field {field}, which the action does not declare"),
            guard=shown(guard.name),
            field=shown(guard.field),
        )
        for guard in action.guards
        if guard.field is not None and guard.field not in names
    )
    return found


def _graph_problems(
    definition: WorkflowDefinition,
    statuses: dict[str, StatusSpec],
    graph: dict[str, set[str]],
    problems: list[str],
) -> None:
    if definition.initial in statuses:
        reached = {definition.initial}
        queue = deque([definition.initial])
        while queue:
            for nxt in graph[queue.popleft()]:
                if nxt not in reached:
                    reached.add(nxt)
                    queue.append(nxt)
        problems.extend(
            _at(
                Phrase(N_("status {name}"), name=shown(name)),
                N_("unreachable from {status}"),
                status=shown(definition.initial),
            )
            for name in statuses
            if name not in reached
        )
    for name, spec in statuses.items():
        leaves = any(target != name for target in graph[name])
        if spec.category is not StatusCategory.TERMINAL and not leaves:
            problems.append(
                _at(
                    Phrase(N_("status {name}"), name=shown(name)),
                    N_("not terminal, but no action leads out of it"),
                )
            )
