"""The SOP as data, and the one workflow object that applies it to every complaint.

A :class:`WorkflowDefinition` declares statuses (each in a :class:`StatusCategory`), actions
(sources, target, roles allowed, guards) and labels in Indonesian and English. Building a
:class:`Workflow` validates the whole definition at once and compiles it into one shared
``transitions`` machine. :meth:`Workflow.apply` is a pure function: it takes a complaint and
returns a new one with exactly one more, hash-chained event.

The default profile follows SP4N-LAPOR! v3; see :mod:`pengaduan.profiles`.
"""

from __future__ import annotations

import re
from collections import deque
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._machine import SopMachine
from pengaduan._time import epoch_microseconds, format_utc, to_utc
from pengaduan.errors import (
    ConfigurationError,
    ConflictError,
    GuardError,
    IdempotencyError,
    IntegrityError,
    InvalidActionError,
    SerializationError,
    TimeOrderError,
)
from pengaduan.guards import Guard, GuardContext
from pengaduan.history import digest_fields
from pengaduan.model import (
    Actor,
    Complaint,
    Privacy,
    Role,
    Submission,
    canonical_json,
    replace_history,
    trusted_event,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import datetime

__all__ = [
    "DISCLOSURE_ACTION",
    "RECEIVE_ACTION",
    "ActionSpec",
    "StatusCategory",
    "StatusSpec",
    "Workflow",
    "WorkflowDefinition",
]

RECEIVE_ACTION = "terima"
"""The action of a complaint's first event (reserved in every definition)."""

DISCLOSURE_ACTION = "akses_identitas"
"""The action recording that someone other than the admin saw the reporter's identity."""

_RESERVED = frozenset({RECEIVE_ACTION, DISCLOSURE_ACTION})
_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")


class StatusCategory(StrEnum):
    """What everything outside the workflow asks about a status."""

    OPEN = "open"
    """Someone must act: the admin or a unit."""
    PAUSED = "paused"
    """Waiting for the reporter; clocks that pause, pause."""
    TERMINAL = "terminal"
    """Finished: no action leads out."""


def _roles(value: Iterable[Role | str]) -> frozenset[Role]:
    return frozenset(Role(v) for v in value)


def _name(value: str) -> str:
    """A plain ``str`` (``transitions`` treats enum members by their *name*, not their value)."""
    return str(value)


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


def _optional_name(value: str | None) -> str | None:
    return None if value is None else str(value)


def _guards(value: Iterable[Guard]) -> tuple[Guard, ...]:
    return tuple(value)


def _status_specs(value: Iterable[StatusSpec]) -> tuple[StatusSpec, ...]:
    return tuple(value)


def _action_specs(value: Iterable[ActionSpec]) -> tuple[ActionSpec, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class StatusSpec:
    """One status of a workflow, with its category and labels."""

    name: str = attrs.field(converter=_name)
    category: StatusCategory = attrs.field(converter=StatusCategory)
    label_id: str
    label_en: str
    description: str = ""


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
            :class:`~pengaduan.errors.GuardError`.
    """

    name: str = attrs.field(converter=_name)
    sources: tuple[str, ...] = attrs.field(converter=_names)
    target: str | None = attrs.field(converter=_optional_name)
    roles: frozenset[Role] = attrs.field(converter=_roles)
    guards: tuple[Guard, ...] = attrs.field(default=(), converter=_guards)
    label_id: str
    label_en: str
    description: str = ""


@attrs.frozen(kw_only=True)
class WorkflowDefinition:
    """A whole SOP profile as data; :meth:`Workflow.from_definition` validates and compiles it."""

    name: str
    statuses: tuple[StatusSpec, ...] = attrs.field(converter=_status_specs)
    actions: tuple[ActionSpec, ...] = attrs.field(converter=_action_specs)
    initial: str = attrs.field(converter=_name)
    receive_roles: frozenset[Role] = attrs.field(
        default=frozenset({Role.SISTEM, Role.ADMIN, Role.PELAPOR}), converter=_roles
    )
    source: str = ""
    """Where the SOP comes from (regulation, manual, local decree)."""

    def problems(self) -> list[str]:
        """Every problem of the definition, empty when it is valid."""
        return _problems(self)


def _problems(definition: WorkflowDefinition) -> list[str]:
    problems: list[str] = []
    statuses = _status_problems(definition, problems)
    graph = _action_problems(definition, statuses, problems)
    _graph_problems(definition, statuses, graph, problems)
    return problems


def _naming_problems(where: str, name: str, label_id: str, label_en: str) -> list[str]:
    found = []
    if not _NAME.match(name):
        found.append(f"{where}: name must match [a-z][a-z0-9_]* (at most 64 characters)")
    if not label_id.strip() or not label_en.strip():
        found.append(f"{where}: needs an Indonesian and an English label")
    return found


def _status_problems(definition: WorkflowDefinition, problems: list[str]) -> dict[str, StatusSpec]:
    statuses: dict[str, StatusSpec] = {}
    for spec in definition.statuses:
        where = f"status {spec.name!r}"
        problems.extend(_naming_problems(where, spec.name, spec.label_id, spec.label_en))
        if spec.name in statuses:
            problems.append(f"{where}: declared twice")
        statuses[spec.name] = spec
    if not statuses:
        problems.append("no statuses declared")
    if definition.initial not in statuses:
        problems.append(f"initial status {definition.initial!r} is not declared")
    elif statuses[definition.initial].category is StatusCategory.TERMINAL:
        problems.append(f"initial status {definition.initial!r} is terminal")
    if not definition.receive_roles:
        problems.append("receive_roles is empty: nobody could submit a complaint")
    return statuses


def _action_problems(
    definition: WorkflowDefinition, statuses: dict[str, StatusSpec], problems: list[str]
) -> dict[str, set[str]]:
    seen_actions: set[str] = set()
    edges: set[tuple[str, str]] = set()
    graph: dict[str, set[str]] = {name: set() for name in statuses}
    for action in definition.actions:
        where = f"action {action.name!r}"
        problems.extend(_naming_problems(where, action.name, action.label_id, action.label_en))
        if action.name in _RESERVED:
            problems.append(f"{where}: the name is reserved by the library")
        if action.name in seen_actions:
            problems.append(f"{where}: declared twice")
        seen_actions.add(action.name)
        if not action.sources:
            problems.append(f"{where}: has no source status")
        if not action.roles:
            problems.append(f"{where}: no role may take it")
        if action.target is not None and action.target not in statuses:
            problems.append(f"{where}: target status {action.target!r} is not declared")
        for source in action.sources:
            if source not in statuses:
                problems.append(f"{where}: source status {source!r} is not declared")
                continue
            if (action.name, source) in edges:
                problems.append(f"{where}: duplicate edge from {source!r}")
            edges.add((action.name, source))
            if statuses[source].category is StatusCategory.TERMINAL:
                problems.append(f"{where}: leaves terminal status {source!r}")
            target = source if action.target is None else action.target
            if target in statuses:
                graph[source].add(target)
    return graph


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
            f"status {name!r}: unreachable from {definition.initial!r}"
            for name in statuses
            if name not in reached
        )
    for name, spec in statuses.items():
        leaves = any(target != name for target in graph[name])
        if spec.category is not StatusCategory.TERMINAL and not leaves:
            problems.append(f"status {name!r}: not terminal, but no action leads out of it")


def _valid_key(key: object) -> bool:
    return isinstance(key, str) and bool(key) and key.isprintable()


def _replayed(complaint: Complaint, action: str, key: str) -> bool:
    """True when ``key`` already recorded ``action``; raises when it recorded another action."""
    if not _valid_key(key):
        raise GuardError(
            complaint_id=complaint.tracking_id,
            action=action,
            guard="idempotency-key",
            reason="the key must be a non-empty string without control characters",
        )
    for event in complaint.history:
        if event.idempotency_key == key:
            if event.action != action:
                raise IdempotencyError(
                    complaint_id=complaint.tracking_id,
                    sequence=event.sequence,
                    action=action,
                    recorded_action=event.action,
                )
            return True
    return False


def _payload(complaint_id: str, data: Mapping[str, Any]) -> str:
    if not data:
        return "{}"
    try:
        return canonical_json(data)
    except (TypeError, ValueError):
        for key, value in data.items():
            try:
                canonical_json({key: value})
            except (TypeError, ValueError):
                raise SerializationError(
                    path=f"{complaint_id}: data.{key}",
                    reason="not JSON-compatible (use str, int, finite float, bool, None, "
                    "lists and dicts with str keys)",
                ) from None
        raise  # pragma: no cover - the loop always finds the offending key


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Workflow:
    """A validated SOP compiled into one shared state machine.

    Build it with :meth:`default` or :meth:`from_definition`; the same instance serves every
    complaint, from every thread.

    Example:
        >>> from pengaduan import Workflow
        >>> wf = Workflow.default()
        >>> wf.category("ditunda").value
        'paused'
    """

    definition: WorkflowDefinition
    _machine: SopMachine = attrs.field(alias="machine")
    _statuses: dict[str, StatusSpec] = attrs.field(alias="statuses")
    _actions: dict[str, ActionSpec] = attrs.field(alias="actions")

    def __repr__(self) -> str:
        return (
            f"Workflow({self.definition.name!r}, statuses={len(self._statuses)}, "
            f"actions={len(self._actions)})"
        )

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def from_definition(cls, definition: WorkflowDefinition) -> Workflow:
        """Validate ``definition`` as a whole and compile it.

        Raises:
            ConfigurationError: listing every problem found (unknown, unreachable or duplicate
                statuses, duplicate edges, edges out of terminal statuses, missing labels...).
        """
        problems = _problems(definition)
        if problems:
            raise ConfigurationError(f"workflow {definition.name!r}", problems)
        machine = SopMachine(
            states=[s.name for s in definition.statuses],
            initial=definition.initial,
            edges=[(a.name, src, a.target) for a in definition.actions for src in a.sources],
        )
        return cls(
            definition=definition,
            machine=machine,
            statuses={s.name: s for s in definition.statuses},
            actions={a.name: a for a in definition.actions},
        )

    @classmethod
    def default(cls) -> Workflow:
        """The SP4N-LAPOR! v3 profile (:func:`pengaduan.profiles.lapor_v3`)."""
        from pengaduan.profiles import lapor_v3  # noqa: PLC0415 - profiles imports this module

        return cls.from_definition(lapor_v3())

    # -- vocabulary ---------------------------------------------------------------------------

    @property
    def statuses(self) -> tuple[StatusSpec, ...]:
        """Every status, in declaration order."""
        return self.definition.statuses

    @property
    def actions(self) -> tuple[ActionSpec, ...]:
        """Every action, in declaration order."""
        return self.definition.actions

    def status(self, name: str) -> StatusSpec:
        """The spec of one status.

        Raises:
            LookupError: the workflow has no such status.
        """
        try:
            return self._statuses[name]
        except KeyError:
            msg = f"workflow {self.definition.name!r} has no status {name!r}"
            raise LookupError(msg) from None

    def action(self, name: str) -> ActionSpec:
        """The spec of one action.

        Raises:
            LookupError: the workflow has no such action.
        """
        try:
            return self._actions[name]
        except KeyError:
            msg = f"workflow {self.definition.name!r} has no action {name!r}"
            raise LookupError(msg) from None

    def label(self, name: str, lang: str = "id") -> str:
        """The Indonesian (``"id"``) or English (``"en"``) label of a status or action."""
        if lang not in {"id", "en"}:
            msg = f"lang must be 'id' or 'en', not {lang!r}"
            raise ValueError(msg)
        if name == RECEIVE_ACTION:
            return "Terima" if lang == "id" else "Receive"
        if name == DISCLOSURE_ACTION:
            return "Akses identitas" if lang == "id" else "Identity disclosed"
        spec: StatusSpec | ActionSpec
        spec = self._statuses[name] if name in self._statuses else self.action(name)
        return spec.label_id if lang == "id" else spec.label_en

    def category(self, subject: Complaint | str) -> StatusCategory:
        """The category of a complaint's status, or of a status name."""
        name = subject.status if isinstance(subject, Complaint) else subject
        return self.status(name).category

    def is_open(self, complaint: Complaint) -> bool:
        """True when the admin or a unit must act."""
        return self.category(complaint) is StatusCategory.OPEN

    def is_paused(self, complaint: Complaint) -> bool:
        """True when the complaint waits for the reporter."""
        return self.category(complaint) is StatusCategory.PAUSED

    def is_terminal(self, complaint: Complaint) -> bool:
        """True when the complaint is finished."""
        return self.category(complaint) is StatusCategory.TERMINAL

    def statuses_in(self, category: StatusCategory) -> frozenset[str]:
        """All statuses of one category."""
        return frozenset(s.name for s in self.statuses if s.category is category)

    def allowed_actions(
        self, subject: Complaint | str, *, actor: Actor | None = None
    ) -> tuple[str, ...]:
        """Actions the SOP allows from a complaint's status (or a status name), sorted.

        With ``actor``, only the actions its role may take. Guards are not run: they depend on
        the data the action will carry.
        """
        name = subject.status if isinstance(subject, Complaint) else subject
        self.status(name)
        found = self._machine.actions(name)
        if actor is None:
            return found
        return tuple(a for a in found if actor.role in self._actions[a].roles)

    # -- the history --------------------------------------------------------------------------

    def receive(
        self,
        submission: Submission,
        *,
        tracking_id: str,
        at: datetime,
        actor: Actor,
        idempotency_key: str | None = None,
    ) -> Complaint:
        """Turn a submission into a complaint with its first event (``terima``).

        Args:
            submission: what arrived through a channel.
            tracking_id: the id the reporter will use to follow the complaint.
            at: when it was received (aware).
            actor: who recorded it (the gateway, the counter officer, the reporter's account).
            idempotency_key: optional key of the incoming message.

        Raises:
            NaiveDatetimeError: ``at`` has no time zone.
            GuardError: the actor's role may not submit complaints.
            ValueError: ``tracking_id`` is empty or contains whitespace.
        """
        when = to_utc(at, "at")
        if (
            not isinstance(tracking_id, str)
            or not _valid_key(tracking_id)
            or any(ch.isspace() for ch in tracking_id)
        ):
            msg = "tracking_id must be a non-empty printable string without whitespace"
            raise ValueError(msg)
        if idempotency_key is not None and not _valid_key(idempotency_key):
            msg = "idempotency_key must be a non-empty string without control characters"
            raise ValueError(msg)
        if actor.role not in self.definition.receive_roles:
            raise GuardError(
                complaint_id=tracking_id,
                action=RECEIVE_ACTION,
                guard="actor-role",
                reason=f"role {actor.role.value!r} may not submit complaints",
            )
        draft = Complaint(
            tracking_id=tracking_id,
            classification=submission.classification,
            channel=submission.channel,
            text=submission.text,
            subject=submission.subject,
            reporter=submission.reporter,
            privacy=submission.privacy,
            category=submission.category,
            location=submission.location,
            attachments=submission.attachments,
            history=(),
        )
        return self._append(
            draft,
            action=RECEIVE_ACTION,
            status=None,
            target=self.definition.initial,
            actor=actor,
            when=when,
            payload="{}",
            idempotency_key=idempotency_key,
        )

    def apply(
        self,
        complaint: Complaint,
        action: str,
        *,
        at: datetime,
        actor: Actor,
        expected_version: int | None = None,
        idempotency_key: str | None = None,
        **data: Any,
    ) -> Complaint:
        """Apply one SOP action and return the complaint with one more event.

        Checks, in order: the idempotency key (a key already recorded for the same action returns
        the complaint unchanged), ``expected_version``, that the action is allowed from the current
        status, the actor's role, the time order, the data, and the action's guards.

        Args:
            complaint: the complaint as the caller last read it.
            action: the action name (e.g. ``Action.VERIFIKASI``).
            at: when it happened (aware).
            actor: who did it.
            expected_version: the version the caller's decision was based on.
            idempotency_key: makes retries safe.
            **data: the action's data (JSON-compatible), e.g. ``units=["dinkes"]``.

        Returns:
            A new :class:`~pengaduan.model.Complaint`; the argument is unchanged.

        Raises:
            NaiveDatetimeError: ``at`` has no time zone.
            IdempotencyError: the key was used for another action.
            ConflictError: ``expected_version`` is not the complaint's version.
            InvalidActionError: the action is unknown or not allowed from the current status
                (the error lists the allowed ones).
            GuardError: the actor's role may not take the action, or a guard refused it.
            TimeOrderError: ``at`` is earlier than the last event.
            SerializationError: the data is not JSON-compatible.
        """
        when = to_utc(at, "at")
        action = str(action)
        history = complaint.history
        cid = complaint.tracking_id
        if idempotency_key is not None and _replayed(complaint, action, idempotency_key):
            return complaint
        if expected_version is not None and expected_version != len(history):
            raise ConflictError(complaint_id=cid, expected=expected_version, actual=len(history))
        last = history[-1]
        status = last.to_status
        target = self._machine.target(status, action)
        if target is None:
            raise InvalidActionError(
                complaint_id=cid,
                status=status,
                action=action,
                allowed=self._machine.actions(status),
            )
        spec = self._actions[action]
        if actor.role not in spec.roles:
            raise GuardError(
                complaint_id=cid,
                action=action,
                guard="actor-role",
                reason=f"role {actor.role.value!r} may not take it; allowed: "
                + ", ".join(sorted(r.value for r in spec.roles)),
            )
        if when < last.at:
            raise TimeOrderError(
                complaint_id=cid, previous=format_utc(last.at), given=format_utc(when)
            )
        payload = _payload(cid, data)
        if "privacy" in data and data["privacy"] not in Privacy._value2member_map_:
            raise GuardError(
                complaint_id=cid,
                action=action,
                guard="privacy-value",
                reason="data field 'privacy' must be one of: publik, anonim, rahasia",
            )
        if spec.guards:
            context = GuardContext(
                complaint=complaint, action=action, actor=actor, at=when, data=dict(data)
            )
            for guard in spec.guards:
                reason = guard(context)
                if reason is not None:
                    raise GuardError(
                        complaint_id=cid, action=action, guard=guard.name, reason=reason
                    )
        return self._append(
            complaint,
            action=action,
            status=status,
            target=target,
            actor=actor,
            when=when,
            payload=payload,
            idempotency_key=idempotency_key,
        )

    def record_disclosure(
        self,
        complaint: Complaint,
        *,
        at: datetime,
        actor: Actor,
        audience: str,
        fields: Iterable[str],
    ) -> Complaint:
        """Record that someone other than the admin was shown the reporter's identity.

        The event keeps the status; it is allowed in every status, terminal ones included.

        Raises:
            NaiveDatetimeError: ``at`` has no time zone.
            TimeOrderError: ``at`` is earlier than the last event.
        """
        when = to_utc(at, "at")
        last = complaint.history[-1]
        if when < last.at:
            raise TimeOrderError(
                complaint_id=complaint.tracking_id,
                previous=format_utc(last.at),
                given=format_utc(when),
            )
        payload = canonical_json({"audience": audience, "fields": sorted(fields)})
        status = last.to_status
        return self._append(
            complaint,
            action=DISCLOSURE_ACTION,
            status=status,
            target=status,
            actor=actor,
            when=when,
            payload=payload,
            idempotency_key=None,
        )

    @staticmethod
    def _append(
        complaint: Complaint,
        *,
        action: str,
        status: str | None,
        target: str,
        actor: Actor,
        when: datetime,
        payload: str,
        idempotency_key: str | None,
    ) -> Complaint:
        """The complaint with one more event, chained to the last one (or to the record)."""
        history = complaint.history
        sequence = len(history) + 1
        digest = digest_fields(
            history[-1].digest if history else complaint.record_digest(),
            str(sequence),
            action,
            status or "",
            target,
            actor.role.value,
            actor.id,
            str(epoch_microseconds(when)),
            payload,
            idempotency_key or "",
        )
        if digest is None:  # identifiers are validated on the way in; this cannot happen
            raise IntegrityError(
                complaint_id=complaint.tracking_id,
                sequence=sequence,
                reason="a field contains the separator U+001F",
            )
        event = trusted_event(
            sequence, action, status, target, actor, when, payload, idempotency_key, digest
        )
        return replace_history(complaint, (*history, event))

    def conforms(self, complaint: Complaint) -> list[str]:
        """Replay a history against this SOP and list every step it does not allow.

        Integrity (digests) is :func:`pengaduan.history.verify_history`'s job; this checks that
        each recorded transition is one the SOP has, taken by an allowed role. Guards are not
        replayed: they judged the data when the action was taken.
        """
        findings: list[str] = []
        for event in complaint.history:
            if event.action == RECEIVE_ACTION:
                if event.to_status != self.definition.initial:
                    findings.append(f"event {event.sequence}: received into {event.to_status!r}")
                continue
            if event.action == DISCLOSURE_ACTION:
                if event.from_status != event.to_status:
                    findings.append(f"event {event.sequence}: a disclosure changed the status")
                continue
            target = self._machine.target(event.from_status or "", event.action)
            if target is None:
                findings.append(
                    f"event {event.sequence}: {event.action!r} is not allowed from "
                    f"{event.from_status!r}"
                )
            elif target != event.to_status:
                findings.append(
                    f"event {event.sequence}: {event.action!r} led to {event.to_status!r}, "
                    f"the SOP says {target!r}"
                )
            elif event.actor.role not in self._actions[event.action].roles:
                findings.append(
                    f"event {event.sequence}: role {event.actor.role.value!r} may not take "
                    f"{event.action!r}"
                )
        return findings

    # -- diagrams -----------------------------------------------------------------------------

    def to_mermaid(self, lang: str = "id") -> str:
        """A Mermaid ``stateDiagram-v2`` of the workflow with labels in ``lang``.

        Rendered by ``transitions``' Mermaid engine: no graphviz needed.
        """
        labels = {s.name: self.label(s.name, lang) for s in self.statuses}
        return self._machine.mermaid(
            title=self.definition.name,
            labels=labels,
            final=sorted(self.statuses_in(StatusCategory.TERMINAL)),
        )
