"""The one workflow object that applies a definition to every complaint (private; the public
name lives in ``pengaduan.workflow``)."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import known
from pengaduan._core.keys import new_key
from pengaduan._core.text import encodable, exact, nul_path
from pengaduan._core.time import epoch_microseconds, format_utc, to_utc
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Nn_, Phrase, Plural, current, using
from pengaduan._i18n import gettext as _
from pengaduan.errors import (
    ActionDataError,
    ArgumentError,
    ConfigurationError,
    ConflictError,
    GuardError,
    IdempotencyError,
    IntegrityError,
    InvalidActionError,
    NotFoundError,
    TimeOrderError,
    type_name,
)
from pengaduan.history import digest_fields
from pengaduan.model import (
    CONSENT_ACTION,
    PRIVACY_ACTION,
    Actor,
    Complaint,
    Event,
    History,
    Privacy,
    Role,
    Submission,
    canonical_json,
    replace_history,
    trusted_event,
)
from pengaduan.workflow._definition import (
    DISCLOSURE_ACTION,
    NAME_PATTERN,
    RECEIVE_ACTION,
    RESERVED_ACTIONS,
    RESERVED_LABELS,
    ActionSpec,
    StatusCategory,
    StatusSpec,
    WorkflowDefinition,
    definition_problems,
)
from pengaduan.workflow._machine import SopMachine
from pengaduan.workflow._steps import Step, compile_steps, quick_apply
from pengaduan.workflow.fields import FieldKind, FieldSpec
from pengaduan.workflow.guards import Deadlines, GuardContext
from pengaduan.workflow.profiles import lapor_v3

if TYPE_CHECKING:
    import os
    from collections.abc import Container, Iterable, Mapping
    from datetime import datetime

__all__ = ["Workflow"]

# How much a privacy value shows; loosening (a higher rank) needs the reporter's consent.
_PRIVACY_RANK = {Privacy.RAHASIA: 0, Privacy.ANONIM: 1, Privacy.PUBLIK: 2}

_PRIVACY_FIELDS = (
    FieldSpec(
        name="privacy",
        kind=FieldKind.CHOICE,
        required=True,
        choices=list(Privacy),
        reporter_visible=True,
    ),
    FieldSpec(name="reason", kind=FieldKind.TEXT, required=True, max_length=2000),
)
_CONSENT_FIELDS = (
    FieldSpec(
        name="privacy",
        kind=FieldKind.CHOICE,
        required=True,
        choices=list(Privacy),
        reporter_visible=True,
    ),
    FieldSpec(name="evidence", kind=FieldKind.TEXT, max_length=2000),
)


def _valid_key(key: object) -> bool:
    return isinstance(key, str) and bool(key) and str.isprintable(key)


def _replayed(
    complaint: Complaint, action: str, key: str, actor: Actor, payload: str
) -> Complaint | None:
    """The complaint unchanged when ``key`` already recorded this very action, else ``None``.

    Raises:
        IdempotencyError: the key recorded another action, other data or another actor.
    """
    event = complaint.history.with_key(key)
    if event is None:
        return None
    difference = None
    if event.action != action:
        difference = "action"
    elif event.actor != actor:
        difference = "actor"
    elif event.payload != payload:
        difference = "data"
    if difference is not None:
        raise IdempotencyError(
            complaint_id=complaint.tracking_id,
            sequence=event.sequence,
            action=action,
            recorded_action=event.action,
            difference=difference,
        )
    return complaint


def _check_key(value: object, argument: str) -> str | None:
    """An idempotency key, or ``None`` for none (the rule of `pengaduan._core.keys`).

    ``""`` is not "no key": it would be hashed like a missing one (the digest joins a missing key
    as ``""``), so an edited history could swap one for the other unseen. A key that is empty or
    only whitespace is refused, and so is one longer than a repository's key column holds.
    """
    if value is None:
        return None
    return new_key(value, argument)


def _check_units(
    complaint_id: str, action: str, key: str, value: Any, units: Container[str]
) -> None:
    """Refuse units a directory does not know, and units outside the regional government (a
    [`UnitDirectory`][pengaduan.routing.UnitDirectory]'s ``is_external``): a complaint for an
    agency outside it is forwarded to that agency (``alihkan``), never disposed to it with a
    unit's deadline."""
    unknown = sum(1 for unit in value if unit not in units)
    if unknown:
        raise ActionDataError(
            complaint_id=complaint_id,
            action=action,
            field=key,
            problem=Plural(
                Nn_(
                    "names {count} unit the unit directory does not know",
                    "names {count} units the unit directory does not know",
                ),
                count=unknown,
            ),
        )
    external = getattr(units, "is_external", None)
    outside = sum(1 for unit in value if external(unit)) if callable(external) else 0
    if outside:
        raise ActionDataError(
            complaint_id=complaint_id,
            action=action,
            field=key,
            problem=Plural(
                Nn_(
                    "names {count} unit outside the regional government: forward the "
                    "complaint to the agency instead (alihkan)",
                    "names {count} units outside the regional government: forward the "
                    "complaint to the agency instead (alihkan)",
                ),
                count=outside,
            ),
        )


def _check_data(
    complaint_id: str,
    action: str,
    fields: Mapping[str, FieldSpec],
    data: Mapping[str, Any],
    units: Container[str] | None,
) -> str:
    """The canonical JSON of ``data`` after checking it against the declared ``fields``."""
    for key, value in data.items():
        spec = fields.get(key)
        if spec is None:
            raise ActionDataError(
                complaint_id=complaint_id,
                action=action,
                field=key if NAME_PATTERN.match(key) else "<not a field name>",
                problem="is not a field of this action",
                allowed=sorted(fields),
            )
        problem = spec.problem(value)
        if problem is not None:
            raise ActionDataError(
                complaint_id=complaint_id, action=action, field=key, problem=problem
            )
        if spec.kind is FieldKind.UNITS and units is not None:
            _check_units(complaint_id, action, key, value, units)
    for spec in fields.values():
        if spec.required and spec.name not in data:
            raise ActionDataError(
                complaint_id=complaint_id, action=action, field=spec.name, problem="is required"
            )
    if not data:
        return "{}"
    payload = canonical_json(data)
    if not encodable(payload):
        raise ActionDataError(
            complaint_id=complaint_id,
            action=action,
            field="<text>",
            problem="holds a lone surrogate (not valid Unicode text)",
        )
    if "\\u0000" in payload:  # JSON writes NUL so (or a text holding a backslash and u0000)
        for key, value in data.items():
            if nul_path(value) is not None:
                raise ActionDataError(
                    complaint_id=complaint_id,
                    action=action,
                    field=key,
                    problem=N_(
                        "holds the NUL character (U+0000), which no database stores as text"
                    ),
                )
    return payload


def _privacy_refusal(  # noqa: PLR0911 - one return per rule reads best
    complaint: Complaint, action: str, actor: Actor, data: Mapping[str, Any]
) -> tuple[str, str] | None:
    """``(guard, reason)`` when a privacy change or consent may not be recorded, else ``None``."""
    wanted = Privacy(data["privacy"])
    if action == CONSENT_ACTION:
        if actor.role is Role.PELAPOR:
            refusal = _bound_reporter(complaint, actor)
            return None if refusal is None else ("reporter-binding", refusal)
        if actor.role is Role.ADMIN:
            if "evidence" in data:
                return None
            return (
                "consent-evidence",
                N_(
                    "an admin records a reporter's consent only with its evidence (a form "
                    "number, a call reference)"
                ),
            )
        return (
            "actor-role",
            N_("only the reporter, or the admin citing evidence, records consent"),
        )
    if actor.role is not Role.ADMIN:
        return ("actor-role", N_("only the admin changes a complaint's privacy"))
    if _PRIVACY_RANK[wanted] <= _PRIVACY_RANK[complaint.effective_privacy]:
        return None
    if _consented(complaint.history, wanted):
        return None
    return (
        "reporter-consent",
        Phrase(
            N_("loosening privacy to {privacy} needs the reporter's recorded consent"),
            privacy=repr(wanted.value),
        ),
    )


def _consented(history: History, wanted: Privacy) -> bool:
    """True when the reporter's latest consent allows ``wanted`` and follows the last change.

    The newest consent is the one in force: an older, wider consent does not survive a newer,
    narrower one (a withdrawal), and a consent is used up by the privacy change that follows it.
    """
    consent = history.latest_consent()
    if consent is None:
        return False
    change = history.latest_privacy_change()
    if change is not None and change.sequence > consent.sequence:
        return False
    given = Privacy._value2member_map_.get(consent.data.get("privacy"))
    return given is not None and _PRIVACY_RANK[given] >= _PRIVACY_RANK[wanted]  # type: ignore[index]


def _field_names(fields: object) -> list[str]:
    """Sorted distinct field names, or an ``ArgumentError``."""
    names: list[str] | None = None
    if isinstance(fields, list | tuple | set | frozenset) and all(
        isinstance(f, str) and NAME_PATTERN.match(f) for f in fields
    ):
        names = sorted(set(fields))
    if names is None:
        raise ArgumentError(
            argument="fields", rule="must be a collection of field names", given=type_name(fields)
        )
    return names


def _shown(name: object) -> str:
    """A name safe to put in a message: itself if it looks like an identifier."""
    if isinstance(name, str) and NAME_PATTERN.match(name):
        return exact(name)
    return f"<{type_name(name)}>"


def _bound_reporter(complaint: Complaint, actor: Actor) -> str | None:
    """Why a reporter-role ``actor`` may not act on ``complaint``, or ``None`` if it may."""
    account = complaint.reporter.account_id
    if account is None:
        return N_("the complaint has no reporter account; only the admin may act for the reporter")
    if actor.id != account:
        return N_("only the complaint's own reporter may take it")
    return None


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Workflow:
    """A validated SOP compiled into one shared state machine.

    Build it with [`default()`][pengaduan.workflow.Workflow.default] or
    [`from_definition()`][pengaduan.workflow.Workflow.from_definition]; the same instance serves
    every
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
    _fields: dict[str, dict[str, FieldSpec]] = attrs.field(alias="fields")
    _steps: dict[tuple[str, str], Step] = attrs.field(alias="steps")
    units: Container[str] | None = None
    """The unit ids dispositions may name (a [`UnitDirectory`][pengaduan.routing.UnitDirectory] or
    any
    container of ids); ``None`` accepts any well-formed unit id."""
    deadlines: Deadlines | None = None
    """What tells the guards which deadlines a complaint has missed (see
    [`with_deadlines()`][pengaduan.workflow.Workflow.with_deadlines]); ``None``: nothing does, and
    a guard that needs to know refuses."""

    def __repr__(self) -> str:
        return (
            f"Workflow({self.definition.name!r}, statuses={len(self._statuses)}, "
            f"actions={len(self._actions)})"
        )

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def from_definition(
        cls, definition: WorkflowDefinition, *, units: Container[str] | None = None
    ) -> Workflow:
        """Validate ``definition`` as a whole and compile it.

        Args:
            definition: the SOP.
            units: the unit ids a disposition may name, usually the office's
                [`UnitDirectory`][pengaduan.routing.UnitDirectory]; ``None`` accepts any well-formed
                id.

        Raises:
            ConfigurationError: listing every problem found (unknown, unreachable or duplicate
                statuses, duplicate edges, edges out of terminal statuses, missing labels,
                undeclared or reserved data fields...).
        """
        if not isinstance(definition, WorkflowDefinition):
            raise ArgumentError(
                argument="definition",
                rule="must be a WorkflowDefinition",
                given=type_name(definition),
            )
        if units is not None and not hasattr(units, "__contains__"):
            raise ArgumentError(
                argument="units", rule="must be a container of unit ids", given=type_name(units)
            )
        problems = definition_problems(definition)
        if problems:
            raise ConfigurationError(
                Phrase(N_("workflow {name}"), name=shown(definition.name)), problems
            )
        machine = SopMachine(
            states=[s.name for s in definition.statuses],
            initial=definition.initial,
            edges=[(a.name, src, a.target) for a in definition.actions for src in a.sources],
        )
        fields = {a.name: {f.name: f for f in a.fields} for a in definition.actions}
        fields[PRIVACY_ACTION] = {f.name: f for f in _PRIVACY_FIELDS}
        fields[CONSENT_ACTION] = {f.name: f for f in _CONSENT_FIELDS}
        statuses = {s.name: s for s in definition.statuses}
        actions = {a.name: a for a in definition.actions}
        return cls(
            definition=definition,
            machine=machine,
            statuses=statuses,
            actions=actions,
            fields=fields,
            steps=compile_steps(actions, fields, machine, statuses),
            units=units,
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, units: Container[str] | None = None) -> Workflow:
        """A workflow from a profile document (parsed TOML or JSON,
        [`sop`][pengaduan.workflow.sop]).

        Raises:
            ConfigurationError: every problem of the document and of the SOP, with key paths.
        """
        from pengaduan.workflow.sop import definition_from_dict  # noqa: PLC0415 - loaded on use

        return cls.from_definition(definition_from_dict(data), units=units)

    @classmethod
    def from_toml(
        cls, source: str | os.PathLike[str], *, units: Container[str] | None = None
    ) -> Workflow:
        """A workflow from a TOML profile, as text or a ``.toml`` file (format: ``workflow.sop``).

        Raises:
            ConfigurationError: unreadable or malformed TOML, or an invalid profile (every
                problem with its key path).
        """
        from pengaduan.workflow.sop import load_definition  # noqa: PLC0415 - loaded on use

        return cls.from_definition(load_definition(source), units=units)

    def to_dict(self) -> dict[str, Any]:
        """The profile as a document that [`from_dict()`][pengaduan.workflow.Workflow.from_dict]
        reads back to an equal workflow.

        Raises:
            ConfigurationError: a guard written in Python cannot be written as data.
        """
        from pengaduan.workflow.sop import definition_to_dict  # noqa: PLC0415 - loaded on use

        return definition_to_dict(self.definition)

    def with_deadlines(self, deadlines: Deadlines | None) -> Workflow:
        """The same workflow, whose guards can tell which deadlines a complaint has missed.

        The default profile's escalation guard needs it: ``eskalasi`` is allowed once a deadline
        (the admin's verification, the unit's follow-up) has passed with the work still open,
        or after the reporter reopened the complaint. Working days need the office's calendar
        and SLA clocks, which the workflow does not have: pass them here, usually as
        [`pengaduan.sla.SlaDeadlines`][pengaduan.sla.SlaDeadlines].

        Args:
            deadlines: an object with a ``missed(complaint, at)`` method
                ([`Deadlines`][pengaduan.workflow.guards.Deadlines]), or ``None`` to remove it.

        Returns:
            A workflow sharing this one's compiled machine, with ``deadlines`` set.

        Raises:
            ArgumentError: ``deadlines`` has no ``missed`` method.

        Example:
            >>> from pengaduan import SlaPolicy, Workflow, WorkingCalendar
            >>> from pengaduan.sla import SlaDeadlines
            >>> kupang = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2026))
            >>> wf = Workflow.default().with_deadlines(
            ...     SlaDeadlines(policy=SlaPolicy.lapor(), calendar=kupang)
            ... )
            >>> wf.deadlines is not None
            True
        """
        if deadlines is not None and not isinstance(deadlines, Deadlines):
            raise ArgumentError(
                argument="deadlines",
                rule=N_("must have a missed(complaint, at) method, or be None"),
                given=type_name(deadlines),
            )
        return attrs.evolve(self, deadlines=deadlines)

    @classmethod
    def default(cls, *, units: Container[str] | None = None) -> Workflow:
        """The SP4N-LAPOR! v3 profile
        ([`pengaduan.workflow.profiles.lapor_v3()`][pengaduan.workflow.profiles.lapor_v3]).

        Args:
            units: the unit ids a disposition may name (see
                [`from_definition()`][pengaduan.workflow.Workflow.from_definition]).
        """
        return cls.from_definition(lapor_v3(), units=units)

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
            NotFoundError: the workflow has no such status (also a ``LookupError``).
        """
        spec = self._statuses.get(name) if isinstance(name, str) else None
        if spec is None:
            raise NotFoundError(what="status", key=_shown(name))
        return spec

    def action(self, name: str) -> ActionSpec:
        """The spec of one action.

        Raises:
            NotFoundError: the workflow has no such action (also a ``LookupError``).
        """
        spec = self._actions.get(name) if isinstance(name, str) else None
        if spec is None:
            raise NotFoundError(what="action", key=_shown(name))
        return spec

    def fields(self, action: str) -> tuple[FieldSpec, ...]:
        """The data fields an action declares (reserved actions included).

        Raises:
            NotFoundError: the workflow has no such action.
        """
        found = self._fields.get(action) if isinstance(action, str) else None
        if found is None:
            raise NotFoundError(what="action", key=_shown(action))
        return tuple(found.values())

    def label(self, name: str, language: str | None = None, *, lang: str | None = None) -> str:
        """The Indonesian (``"id"``) or English (``"en"``) label of a status or action.

        Labels are data of the workflow definition (``label_id`` / ``label_en``); ``language``
        ``None`` (the default) picks the current language
        ([`pengaduan.language`][pengaduan.language]). ``lang=`` is the old name of
        ``language=``: it still works, with a ``DeprecationWarning``.

        Raises:
            ArgumentError: ``language`` is neither ``"id"`` nor ``"en"``.
            NotFoundError: no status or action has that name.
        """
        lang = _language_argument(language, lang)
        if lang is None:
            lang = current()
        if not known(lang, ("id", "en")):
            raise ArgumentError(argument="language", rule="must be 'id' or 'en'")
        reserved = RESERVED_LABELS.get(name) if isinstance(name, str) else None
        if reserved is not None:
            with using(lang):
                return _(reserved)
        spec: StatusSpec | ActionSpec
        if not isinstance(name, str):
            raise NotFoundError(what="status or action", key=_shown(name))
        spec = self._statuses[name] if name in self._statuses else self.action(name)
        return spec.label_id if lang == "id" else spec.label_en

    def category(self, subject: Complaint | str) -> StatusCategory:
        """The category of a complaint's status, or of a status name.

        Raises:
            NotFoundError: the status is not one of this workflow's.
        """
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
        if actor is not None and not isinstance(actor, Actor):
            raise ArgumentError(argument="actor", rule="must be an Actor", given=type_name(actor))
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
            idempotency_key: optional key of the incoming message (a store uses it to return
                the complaint already received for a retried message): a printable str of 1
                to 128 characters, not only whitespace.

        Raises:
            NaiveDatetimeError: ``at`` has no time zone.
            GuardError: the actor's role may not submit complaints, or a reporter submits for
                another account.
            ArgumentError: an argument has the wrong type, or ``tracking_id`` is empty or
                contains whitespace.
        """
        if not isinstance(submission, Submission):
            raise ArgumentError(
                argument="submission", rule="must be a Submission", given=type_name(submission)
            )
        if not isinstance(actor, Actor):
            raise ArgumentError(argument="actor", rule="must be an Actor", given=type_name(actor))
        when = to_utc(at, "at")
        tracking_id = exact(tracking_id)
        if (
            not isinstance(tracking_id, str)
            or not _valid_key(tracking_id)
            or len(tracking_id) > 64
            or any(ch.isspace() for ch in tracking_id)
        ):
            raise ArgumentError(
                argument="tracking_id",
                rule=N_(
                    "must be a non-empty printable str without whitespace, at most 64 characters"
                ),
                given=type_name(tracking_id),
            )
        key = _check_key(idempotency_key, "idempotency_key")
        if actor.role not in self.definition.receive_roles:
            raise GuardError(
                complaint_id=tracking_id,
                action=RECEIVE_ACTION,
                guard="actor-role",
                reason=Phrase(
                    N_("role {role} may not submit complaints"), role=repr(actor.role.value)
                ),
            )
        if actor.role is Role.PELAPOR and actor.id != submission.reporter.account_id:
            raise GuardError(
                complaint_id=tracking_id,
                action=RECEIVE_ACTION,
                guard="reporter-binding",
                reason="a reporter submits only under their own account id",
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
            idempotency_key=key,
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

        Checks, in order: the arguments' types; the idempotency key (the same action with the
        same data by the same actor under a key already recorded returns the complaint
        unchanged; anything else under it is refused); ``expected_version``; that the action is
        allowed from the current status; the data against the fields the action declares; the
        actor's role; that a reporter-role actor is the complaint's own reporter; the time
        order; and the action's guards. The reserved actions ``ubah_privasi`` and
        ``persetujuan_privasi`` are passed to
        [`change_privacy()`][pengaduan.workflow.Workflow.change_privacy] and
        [`record_consent()`][pengaduan.workflow.Workflow.record_consent].

        Args:
            complaint: the complaint as the caller last read it.
            action: the action name (e.g. ``Action.VERIFIKASI``).
            at: when it happened (aware).
            actor: who did it.
            expected_version: the version the caller's decision was based on.
            idempotency_key: makes retries safe: a printable str of 1 to 128 characters, not
                only whitespace (what a repository's key column holds).
            **data: the action's data, e.g. ``units=["dinkes"]``: only the fields the action
                declares ([`fields()`][pengaduan.workflow.Workflow.fields]).

        Returns:
            A new [`Complaint`][pengaduan.model.Complaint]; the argument is unchanged.

        Raises:
            ArgumentError: an argument has the wrong type.
            NaiveDatetimeError: ``at`` has no time zone.
            ActionDataError: a field the action does not declare, a missing required field, a
                value of the wrong kind, or a unit the unit directory does not know.
            IdempotencyError: the key was used for another action, other data or another actor.
            ConflictError: ``expected_version`` is not the complaint's version.
            InvalidActionError: the action is unknown or not allowed from the current status
                (the error lists the allowed ones).
            GuardError: the actor's role may not take the action, a reporter acts on another
                reporter's complaint, or a guard refused it.
            TimeOrderError: ``at`` is earlier than the last event.
        """
        # The common case, compiled per (status, action); anything unusual takes the full path
        # below, which checks everything again and raises the typed error.
        done = quick_apply(
            self._steps,
            self.units,
            complaint,
            action,
            at,
            actor,
            expected_version,
            idempotency_key,
            data,
            self.deadlines,
        )
        if done is not None:
            return done
        if not isinstance(action, str):
            raise ArgumentError(argument="action", rule="must be a str", given=type_name(action))
        action = exact(action)
        if action in (PRIVACY_ACTION, CONSENT_ACTION):
            return self._reserved(
                complaint,
                str(action),
                at=at,
                actor=actor,
                expected_version=expected_version,
                idempotency_key=idempotency_key,
                data=data,
            )
        cid, when = self._arguments(complaint, action, at, actor, expected_version)
        key = _check_key(idempotency_key, "idempotency_key")
        action = str(action)
        history = complaint.history
        last = history[-1]
        status = last.to_status
        spec = self._actions.get(action)
        if spec is None:
            raise InvalidActionError(
                complaint_id=cid,
                status=status,
                action=_shown(action),
                allowed=self._machine.actions(status),
            )
        fields = self._fields[action]
        if key is not None and history.with_key(key) is not None:
            payload = _check_data(cid, action, fields, data, self.units)
            replay = _replayed(complaint, action, key, actor, payload)
            if replay is not None:
                return replay
        if expected_version is not None and expected_version != len(history):
            raise ConflictError(complaint_id=cid, expected=expected_version, actual=len(history))
        target = self._machine.target(status, action)
        if target is None:
            raise InvalidActionError(
                complaint_id=cid,
                status=status,
                action=action,
                allowed=self._machine.actions(status),
            )
        payload = _check_data(cid, action, fields, data, self.units)
        self._authorise(complaint, spec, actor, when, data)
        return self._append(
            complaint,
            action=action,
            status=status,
            target=target,
            actor=actor,
            when=when,
            payload=payload,
            idempotency_key=key,
        )

    def _authorise(
        self,
        complaint: Complaint,
        spec: ActionSpec,
        actor: Actor,
        when: datetime,
        data: dict[str, Any],
    ) -> None:
        """Role, reporter binding, time order and guards of an ordinary action."""
        cid = complaint.tracking_id
        action = spec.name
        last = complaint.history[-1]
        if actor.role not in spec.roles:
            raise GuardError(
                complaint_id=cid,
                action=action,
                guard="actor-role",
                reason=Phrase(
                    N_("role {role} may not take it; allowed: {roles}"),
                    role=repr(actor.role.value),
                    roles=", ".join(sorted(r.value for r in spec.roles)),
                ),
            )
        if actor.role is Role.PELAPOR:
            refusal = _bound_reporter(complaint, actor)
            if refusal is not None:
                raise GuardError(
                    complaint_id=cid, action=action, guard="reporter-binding", reason=refusal
                )
        if when < last.at:
            raise TimeOrderError(
                complaint_id=cid, previous=format_utc(last.at), given=format_utc(when)
            )
        if spec.guards:
            context = GuardContext(
                complaint=complaint,
                action=action,
                actor=actor,
                at=when,
                data=dict(data),
                deadlines=self.deadlines,
            )
            for guard in spec.guards:
                reason = guard.check(context)  # the context is built here: no check again
                if reason is not None:
                    raise GuardError(
                        complaint_id=cid, action=action, guard=guard.name, reason=reason
                    )

    def change_privacy(
        self,
        complaint: Complaint,
        *,
        privacy: Privacy | str,
        reason: str,
        at: datetime,
        actor: Actor,
        expected_version: int | None = None,
        idempotency_key: str | None = None,
    ) -> Complaint:
        """Change a complaint's privacy: the only way it changes after submission.

        Only the admin may do it, with a reason, in any status (terminal ones included: a
        reporter may ask to hide a closed complaint). Tightening (``publik`` to ``anonim`` to
        ``rahasia``) needs nothing more; loosening needs the reporter's consent to at least the
        new value, recorded with [`record_consent()`][pengaduan.workflow.Workflow.record_consent]
        after the last privacy change.

        Raises:
            GuardError: the actor is not an admin (guard ``actor-role``), the privacy is already
                that value (``privacy-unchanged``), or a loosening has no consent
                (``reporter-consent``).
            ActionDataError: ``privacy`` or ``reason`` is missing or malformed.
            ConflictError, IdempotencyError, TimeOrderError, NaiveDatetimeError, ArgumentError:
                as for [`apply()`][pengaduan.workflow.Workflow.apply].

        Example:
            >>> from datetime import datetime, timedelta, timezone
            >>> from pengaduan import Actor, Channel, Privacy, Reporter, Submission, Workflow
            >>> wf = Workflow.default()
            >>> t0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=8)))
            >>> c = wf.receive(Submission(text="...", channel=Channel.WEB,
            ...     reporter=Reporter(account_id="akun-1"), privacy=Privacy.ANONIM),
            ...     tracking_id="KPG-1", at=t0, actor=Actor.reporter("akun-1"))
            >>> c = wf.record_consent(c, privacy="publik", at=t0, actor=Actor.reporter("akun-1"))
            >>> c = wf.change_privacy(c, privacy="publik", reason="pelapor setuju dipublikasikan",
            ...     at=t0, actor=Actor.admin("bag-organisasi"))
            >>> c.effective_privacy.value
            'publik'
        """
        return self._reserved(
            complaint,
            PRIVACY_ACTION,
            at=at,
            actor=actor,
            expected_version=expected_version,
            idempotency_key=idempotency_key,
            data={"privacy": privacy, "reason": reason},
        )

    def record_consent(
        self,
        complaint: Complaint,
        *,
        privacy: Privacy | str,
        at: datetime,
        actor: Actor,
        evidence: str | None = None,
        expected_version: int | None = None,
        idempotency_key: str | None = None,
    ) -> Complaint:
        """Record the reporter's consent to show the complaint at ``privacy`` (or tighter).

        The reporter gives it themselves (a reporter-role actor bound to the complaint: its
        account id or SMS pseudonym), or the admin records consent given offline, citing the
        ``evidence`` (a signed form's number, a call log reference; never the reporter's
        identity). The status does not change.

        Raises:
            GuardError: another role, or a reporter who is not the complaint's reporter
                (``reporter-binding``), or an admin without ``evidence`` (``consent-evidence``).
            ActionDataError, ConflictError, IdempotencyError, TimeOrderError, ArgumentError:
                as for [`apply()`][pengaduan.workflow.Workflow.apply].
        """
        data: dict[str, Any] = {"privacy": privacy}
        if evidence is not None:
            data["evidence"] = evidence
        return self._reserved(
            complaint,
            CONSENT_ACTION,
            at=at,
            actor=actor,
            expected_version=expected_version,
            idempotency_key=idempotency_key,
            data=data,
        )

    def _arguments(
        self,
        complaint: object,
        action: object,
        at: object,
        actor: object,
        expected_version: object,
    ) -> tuple[str, datetime]:
        """Check the common arguments' types; the tracking id and the UTC time."""
        if not isinstance(complaint, Complaint):
            raise ArgumentError(
                argument="complaint", rule="must be a Complaint", given=type_name(complaint)
            )
        if not isinstance(action, str):
            raise ArgumentError(argument="action", rule="must be a str", given=type_name(action))
        if not isinstance(actor, Actor):
            raise ArgumentError(argument="actor", rule="must be an Actor", given=type_name(actor))
        if expected_version is not None and (
            type(expected_version) is not int or not 0 <= expected_version < 2**63
        ):
            raise ArgumentError(
                argument="expected_version",
                rule=N_("must be an int from 0 to 2**63-1, or None"),
                given=type_name(expected_version),
            )
        when = to_utc(at, "at")
        return complaint.tracking_id, when

    def _reserved(
        self,
        complaint: Complaint,
        action: str,
        *,
        at: datetime,
        actor: Actor,
        expected_version: int | None,
        idempotency_key: str | None,
        data: Mapping[str, Any],
    ) -> Complaint:
        """Record a privacy change or a consent (allowed in every status)."""
        cid, when = self._arguments(complaint, action, at, actor, expected_version)
        key = _check_key(idempotency_key, "idempotency_key")
        values = {k: (v.value if isinstance(v, Privacy) else v) for k, v in data.items()}
        history = complaint.history
        if key is not None and history.with_key(key) is not None:
            payload = _check_data(cid, action, self._fields[action], values, None)
            replay = _replayed(complaint, action, key, actor, payload)
            if replay is not None:
                return replay
        if expected_version is not None and expected_version != len(history):
            raise ConflictError(complaint_id=cid, expected=expected_version, actual=len(history))
        payload = _check_data(cid, action, self._fields[action], values, None)
        refusal = _privacy_refusal(complaint, action, actor, values)
        if refusal is not None:
            guard, reason = refusal
            raise GuardError(complaint_id=cid, action=action, guard=guard, reason=reason)
        last = history[-1]
        if when < last.at:
            raise TimeOrderError(
                complaint_id=cid, previous=format_utc(last.at), given=format_utc(when)
            )
        return self._append(
            complaint,
            action=action,
            status=last.to_status,
            target=last.to_status,
            actor=actor,
            when=when,
            payload=payload,
            idempotency_key=key,
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
            ArgumentError: an argument has the wrong type.
        """
        cid, when = self._arguments(complaint, DISCLOSURE_ACTION, at, actor, None)
        if not isinstance(audience, str) or not NAME_PATTERN.match(audience):
            raise ArgumentError(argument="audience", rule="must be an audience name")
        names = _field_names(fields)
        last = complaint.history[-1]
        if when < last.at:
            raise TimeOrderError(
                complaint_id=cid, previous=format_utc(last.at), given=format_utc(when)
            )
        payload = canonical_json({"audience": audience, "fields": names})
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
        return replace_history(complaint, history.appended(event))

    def conforms(self, complaint: Complaint) -> list[str]:
        """Replay a history against this SOP and list every step it does not allow.

        Integrity (digests) is
        [`pengaduan.history.verify_history()`][pengaduan.history.verify_history]'s job; this checks
        that
        each recorded transition is one the SOP has, taken by an allowed role, carrying only the
        fields the action declares; that reporter-role events come from the complaint's own
        reporter; and that every privacy loosening followed the reporter's consent. Guards are
        not replayed: they judged the data when the action was taken.
        """
        return [f"event {sequence}: {detail}" for sequence, _, detail in self.deviations(complaint)]

    def deviations(self, complaint: Complaint) -> list[tuple[int, str, str]]:
        """Like [`conforms()`][pengaduan.workflow.Workflow.conforms], as ``(event number, action,
        what is wrong)`` tuples."""
        if not isinstance(complaint, Complaint):
            raise ArgumentError(
                argument="complaint", rule="must be a Complaint", given=type_name(complaint)
            )
        found: list[tuple[int, str, str]] = []
        seen: list[Event] = []
        for event in complaint.history:
            detail = self._deviation(complaint, event, seen)
            if detail is not None:
                found.append((event.sequence, event.action, detail))
            seen.append(event)
        return found

    def _deviation(  # noqa: PLR0911 - one return per kind of deviation reads best
        self, complaint: Complaint, event: Event, before: list[Event]
    ) -> str | None:
        action = event.action
        if action == RECEIVE_ACTION:
            if event.to_status != self.definition.initial:
                return f"received into {event.to_status!r}"
            return None
        if action in RESERVED_ACTIONS:
            if event.from_status != event.to_status:
                return f"a {action!r} event changed the status"
            if action == DISCLOSURE_ACTION:
                return None
            return self._privacy_deviation(complaint, event, before)
        target = self._machine.target(event.from_status or "", action)
        if target is None:
            return f"{action!r} is not allowed from {event.from_status!r}"
        if target != event.to_status:
            return f"{action!r} led to {event.to_status!r}, the SOP says {target!r}"
        spec = self._actions[action]
        if event.actor.role not in spec.roles:
            return f"role {event.actor.role.value!r} may not take {action!r}"
        if event.actor.role is Role.PELAPOR and _bound_reporter(complaint, event.actor):
            return f"{action!r} was taken by a reporter account that is not the complaint's"
        return self._undeclared(event)

    def _undeclared(self, event: Event) -> str | None:
        if event.payload == "{}":
            return None
        declared = self._fields[event.action]
        extra = sorted(k for k in event.data if k not in declared)
        if extra:
            fields = "field" if len(extra) == 1 else "fields"
            return f"{event.action!r} carries {len(extra)} {fields} the action does not declare"
        return None

    def _privacy_deviation(
        self, complaint: Complaint, event: Event, before: list[Event]
    ) -> str | None:
        undeclared = self._undeclared(event)
        if undeclared is not None:
            return undeclared
        data = event.data
        wanted = Privacy._value2member_map_.get(data.get("privacy"))
        if wanted is None:
            return f"{event.action!r} without a valid privacy value"
        earlier = replace_history(complaint, History(before))
        refusal = _privacy_refusal(earlier, event.action, event.actor, data)
        return None if refusal is None else f"{event.action!r}: {refusal[1]}"

    # -- diagrams -----------------------------------------------------------------------------

    def to_mermaid(self, language: str | None = None, *, lang: str | None = None) -> str:
        """A Mermaid ``stateDiagram-v2`` of the workflow with labels in ``language`` (``"id"`` or
        ``"en"``; ``None``, the default, is the current language). ``lang=`` is the old name of
        ``language=``: it still works, with a ``DeprecationWarning``.

        Rendered by ``transitions``' Mermaid engine: no graphviz needed.

        Raises:
            ArgumentError: ``language`` is neither ``"id"`` nor ``"en"``.
        """
        lang = _language_argument(language, lang)
        labels = {s.name: self.label(s.name, lang) for s in self.statuses}
        return self._machine.mermaid(
            title=self.definition.name,
            labels=labels,
            final=sorted(self.statuses_in(StatusCategory.TERMINAL)),
        )


def _language_argument(language: str | None, lang: str | None) -> str | None:
    """``language``, or the old ``lang=`` keyword with a ``DeprecationWarning``."""
    if lang is None:
        return language
    warnings.warn(
        "the lang= argument is now language=; pass language=",
        DeprecationWarning,
        stacklevel=3,
    )
    if language is not None:
        raise ArgumentError(argument="lang", rule=N_("must not be given with language"))
    return lang
