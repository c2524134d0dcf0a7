"""From events to messages: the outbox entries an action or a due SLA clock causes.

[`Messenger`][pengaduan.messages.messenger.Messenger] binds a
[`TemplateSet`][pengaduan.messages.TemplateSet] to a workflow, an SLA policy,
a working calendar and (optionally) a unit directory. It is a pure function of its inputs:

- [`Messenger.messages_for()`][pengaduan.messages.messenger.Messenger.messages_for] gives the
  messages the latest event of a complaint causes (or
  every event after a version): the acknowledgement on receipt, the disposition notices, the
  deferral, the forward, the archiving with its reason, the unit's follow-up, the admin's
  message to the reporter and the reporter's reply to the units, the resumption (to the
  reporter, and to the admin when the reporter completed the deferred report), the reopening
  notice to the units, the escalation notice to whom the escalation names and its
  confirmation to the reporter, the closing notice with the satisfaction question;
- [`Messenger.messages_for_due()`][pengaduan.messages.messenger.Messenger.messages_for_due] gives
  the reminder or breach notice of one
  [`DueAction`][pengaduan.sla.DueAction] from the periodic job.

Each [`Message`][pengaduan.messages.messenger.Message] has a deterministic idempotency key (tracking
id, event sequence or clock
cycle, template, recipient), so whatever stores and sends it can do so exactly once; the SQL
repository keeps them in its outbox ([`pengaduan.store.Repository`][pengaduan.store.Repository],
``messenger=``).
[`pengaduan.workflow.Workflow.apply()`][pengaduan.workflow.Workflow.apply] is not involved:
computing messages costs nothing on
the hot path of an app that sends none.

Messages name their recipient by kind and id only (``pelapor``, a unit id, ``admin``, a
superior's unit id); the app looks up the address. Texts hold the tracking id, unit names,
deadlines and the region's values: never the reporter's identity or the complaint's text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import enum_converter, known, readable, valid_text
from pengaduan._core.text import exact_str
from pengaduan._core.time import require_aware
from pengaduan._i18n import N_, Phrase, article, translation
from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ArgumentError, ConfigurationError, OutOfRangeError, type_name
from pengaduan.messages._fit import fit_sms
from pengaduan.messages._words import (
    archive_reason_words,
    deadline_words,
    escalation_words,
    time_left_words,
    units_words,
)
from pengaduan.messages.sms import SmsSegments, sms_segments
from pengaduan.messages.templates import (
    LANGUAGES,
    DueKind,
    MessageChannel,
    RecipientKind,
    Template,
    TemplateSet,
    _at,
    member,
)
from pengaduan.model import Channel, Complaint, Role, replace_history, units_of
from pengaduan.sla import DueAction, DueActionKind, SlaPolicy, evaluate
from pengaduan.workflow import RECEIVE_ACTION, Workflow

if TYPE_CHECKING:
    from datetime import datetime

    from pengaduan.model import Event
    from pengaduan.routing import UnitDirectory
    from pengaduan.sla._model import ClockRule

__all__ = ["Message", "Messenger", "Recipient"]

_DEFAULT_REPORTER_CHANNELS = {
    Channel.SMS: MessageChannel.SMS,
    Channel.WHATSAPP: MessageChannel.WHATSAPP,
}
_DEFAULT_NAMES = {
    "id": {"admin": "Admin", "atasan": "Atasan"},
    "en": {"admin": "Admin", "atasan": "Superior"},
}
_FALLBACK_FORWARD = {"id": "instansi yang berwenang", "en": "the agency in charge"}
# Escalation levels above the units' own superior: whom they name without a directory entry.
_TOP_LEVELS: dict[str, str] = {
    "kepala_daerah": N_("Head of region"),
    "ombudsman": N_("Ombudsman RI"),
}
_UNKNOWN_DEADLINE = N_("a date yet to be set")
"""``{deadline}`` of a clock whose due time lies past the calendar's years (read after 'by')."""
_UNKNOWN_TIME_LEFT = N_("a period yet to be set")
"""``{days_left}`` of such a clock (read after 'within', or alone in brackets)."""

# The single-name placeholders an SMS may cut (see pengaduan.messages._fit).
_NAMES = ("recipient_name", "forwarded_to")


_to_recipient_kind = enum_converter(RecipientKind, "kind")


def _recipient_kind(value: object) -> RecipientKind:
    return _to_recipient_kind(value)


@attrs.frozen(kw_only=True)
class Recipient:
    """Who a message is for: a kind and an id (never an address).

    ``pelapor`` messages have the id ``"pelapor"``: the reporter of the message's complaint.
    Unit messages have the unit id, admin messages the admin's id, superiors' messages the
    superior's unit id (or ``atasan:<unit>`` without a directory). An escalation's messages
    (``tujuan``) have the unit id of whom it names: the superior, the head of region, the
    oversight body (without a directory entry: ``atasan:<unit>``, ``kepala_daerah``,
    ``ombudsman``).

    Attributes:
        kind: a [`RecipientKind`][pengaduan.messages.RecipientKind] or its value
            (``"pelapor"``).
        id: the recipient's id.

    Raises:
        ArgumentError: ``kind`` is not a recipient kind (the values are listed), or ``id`` is
            not a str.
    """

    kind: RecipientKind = attrs.field(converter=_recipient_kind)
    id: str = attrs.field(converter=exact_str, validator=valid_text)

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.id}"


@attrs.frozen(kw_only=True)
class Message:
    """One message to send, exactly once per [`key`][pengaduan.sla.DueAction.key].

    Attributes:
        key: the idempotency key: ``msg:<tracking id>:<event>:<template>:<recipient>`` where
            the event is the sequence number (``3``) or the clock cycle (``sla.verifikasi.1.
            breach``).
        tracking_id: the complaint.
        sequence: the event that caused it; ``None`` for SLA reminders and breach notices.
        template: the template's name.
        recipient: who it is for.
        channel: how to send it.
        language: ``"id"`` or ``"en"``.
        subject: the e-mail subject (``None`` for SMS and WhatsApp).
        body: the text (kept out of reprs).
        at: when the event happened (or the due action became due), UTC.
    """

    key: str
    tracking_id: str
    sequence: int | None
    template: str
    recipient: Recipient
    channel: MessageChannel
    language: str
    subject: str | None = attrs.field(repr=False)
    body: str = attrs.field(repr=False)
    at: datetime

    @property
    def segments(self) -> SmsSegments | None:
        """The SMS encoding and segments of the body (``None`` for other channels)."""
        if self.channel is not MessageChannel.SMS:
            return None
        return sms_segments(self.body)


def _channel_map(value: object) -> dict[Channel, MessageChannel]:
    if value is None:
        return dict(_DEFAULT_REPORTER_CHANNELS)
    copied = readable(value) if isinstance(value, Mapping) else None
    if copied is None:
        raise ArgumentError(
            argument="reporter_channels", rule="must be a dict or None", given=type_name(value)
        )
    found: dict[Channel, MessageChannel] = {}
    for key, channel in copied.items():
        intake = member(Channel, key)
        chosen = member(MessageChannel, channel)
        if intake is None or chosen is None:
            raise ArgumentError(
                argument="reporter_channels",
                rule=N_("must map intake channels to message channels (sms, whatsapp, email)"),
            )
        found[intake] = chosen
    return found


class Messenger:
    """Turns events and due SLA clocks into messages, with one template set.

    Args:
        workflow: the workflow the complaints follow.
        policy: the SLA clock rules (deadlines in texts; reminders and breach notices).
        calendar: the working calendar (deadline words, time left).
        templates: the template set;
            [`TemplateSet.default()`][pengaduan.messages.templates.TemplateSet.default] when
            ``None``.
        directory: unit names and superiors; without it texts show unit ids and breach notices
            go to ``atasan:<unit>``.
        language: ``"id"`` (default) or ``"en"``.
        officer_channel: how units, the admin and superiors are reached (e-mail by default).
        reporter_channels: intake channel to message channel for reporters; by default SMS
            complaints are answered by SMS, WhatsApp ones by WhatsApp, the rest by e-mail.
        admin_id: the admin's id (a unit id in the directory, for names and superiors).

    Raises:
        ArgumentError: an argument of the wrong type.
        ConfigurationError: a template names a clock the policy does not have, or no template
            trigger fits the workflow and policy (every problem at once).

    Example:
        >>> from datetime import UTC, datetime
        >>> from pengaduan import Actor, Channel, Reporter, Submission, Workflow
        >>> from pengaduan.calendar import WorkingCalendar
        >>> from pengaduan.sla import SlaPolicy
        >>> wf = Workflow.default()
        >>> messenger = Messenger(workflow=wf, policy=SlaPolicy.lapor(wf),
        ...     calendar=WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2026, 2027)))
        >>> sms = Submission(text="Lampu jalan mati", channel=Channel.SMS,
        ...     reporter=Reporter(account_id="p-1"))
        >>> c = wf.receive(sms,
        ...     tracking_id="7KQM-XW3D-RTG", at=datetime(2026, 12, 7, 2, tzinfo=UTC),
        ...     actor=Actor.system("sms"))
        >>> [m.body for m in messenger.messages_for(c)]  # doctest: +NORMALIZE_WHITESPACE
        ['Pengaduan Anda diterima. No. tiket 7KQM-XW3D-RTG. Diverifikasi paling lambat Kamis,
          10 Desember 2026. Pantau di lapor.go.id.']
    """

    __slots__ = (
        "_actions",
        "_rules",
        "admin_id",
        "calendar",
        "directory",
        "language",
        "officer_channel",
        "policy",
        "reporter_channels",
        "templates",
        "workflow",
    )

    def __init__(
        self,
        *,
        workflow: Workflow,
        policy: SlaPolicy,
        calendar: WorkingCalendar,
        templates: TemplateSet | None = None,
        directory: UnitDirectory | None = None,
        language: str = "id",
        officer_channel: MessageChannel | str = MessageChannel.EMAIL,
        reporter_channels: Mapping[Channel | str, MessageChannel | str] | None = None,
        admin_id: str = "admin",
    ) -> None:
        from pengaduan.routing import UnitDirectory  # noqa: PLC0415 - routing loads on use

        checks: tuple[tuple[str, object, type | tuple[type, ...]], ...] = (
            ("workflow", workflow, Workflow),
            ("policy", policy, SlaPolicy),
            ("calendar", calendar, WorkingCalendar),
            ("templates", templates, (TemplateSet, type(None))),
            ("directory", directory, (UnitDirectory, type(None))),
            ("admin_id", admin_id, str),
        )
        for name, value, kind in checks:
            if not isinstance(value, kind):
                raise ArgumentError(argument=name, rule=_kind_rule(kind), given=type_name(value))
        if not known(language, LANGUAGES):
            raise ArgumentError(
                argument="language", rule="must be 'id' or 'en'", given=type_name(language)
            )
        channel = member(MessageChannel, officer_channel)
        if channel is None:
            raise ArgumentError(
                argument="officer_channel",
                rule=N_("must be sms, whatsapp or email"),
                given=type_name(officer_channel),
            )
        self.workflow = workflow
        self.policy = policy.validate(workflow)
        self.calendar = calendar
        self.templates = TemplateSet.default() if templates is None else templates
        self.directory = directory
        self.language = language
        self.officer_channel: MessageChannel = channel
        self.reporter_channels = _channel_map(reporter_channels)
        self.admin_id = admin_id
        self._rules: dict[str, ClockRule] = {rule.name: rule for rule in self.policy.rules}
        self._actions = {RECEIVE_ACTION, *(a.name for a in workflow.actions)}
        problems = self._problems()
        if problems:
            raise ConfigurationError(Phrase(N_("message templates for this workflow")), problems)

    def __repr__(self) -> str:
        return (
            f"Messenger(workflow={self.workflow.definition.name!r}, "
            f"templates={len(self.templates.templates)}, language={self.language!r})"
        )

    def _problems(self) -> list[str]:
        problems: list[str] = []
        for template in self.templates.templates:
            where = f"template[{template.name}]"
            if template.clock is not None and template.clock not in self._rules:
                problems.append(
                    _at(
                        f"{where}.clock",
                        N_("the SLA policy has no clock {clock}"),
                        clock=repr(template.clock),
                    )
                )
            if template.on_actions and not self._actions.intersection(template.on_actions):
                problems.append(_at(f"{where}.on_actions", N_("none is an action of the workflow")))
            if template.on_clocks and not self._rules.keys() & set(template.on_clocks):
                problems.append(_at(f"{where}.on_clocks", N_("none is a clock of the SLA policy")))
        return problems

    @property
    def inactive(self) -> tuple[tuple[str, str], ...]:
        """``(template, trigger)`` pairs naming an action or clock this workflow and policy
        lack (a shipped template serves several profiles; check a region's own file here)."""
        found: list[tuple[str, str]] = []
        for template in self.templates.templates:
            found.extend(
                (template.name, action)
                for action in template.on_actions
                if action not in self._actions
            )
            found.extend(
                (template.name, clock) for clock in template.on_clocks if clock not in self._rules
            )
        return tuple(found)

    # -- events -------------------------------------------------------------------------------

    def messages_for(
        self, complaint: Complaint, *, after_version: int | None = None
    ) -> tuple[Message, ...]:
        """The messages the complaint's events cause.

        A deadline the calendar cannot place (past its last year) is written as one still
        to be set (``a date yet to be set``, ``tanggal yang akan ditetapkan kemudian``), never
        refused: the messages go, and a repository stores the complaint with its deadline
        flagged unknown.

        Args:
            complaint: the complaint after the event(s).
            after_version: give the messages of every event after this version (the version
                the complaint had before an action: ``before.version``); by default only the
                latest event's.

        Returns:
            Messages in event order, then template order, then recipient.

        Raises:
            ArgumentError: not a complaint, or ``after_version`` not an int from 0 to the
                complaint's version.
        """
        if not isinstance(complaint, Complaint):
            raise ArgumentError(
                argument="complaint", rule="must be a Complaint", given=type_name(complaint)
            )
        version = complaint.version
        start = version - 1 if after_version is None else after_version
        if type(start) is not int or not 0 <= start <= version:
            raise ArgumentError(
                argument="after_version",
                rule=N_("must be an int from 0 to the complaint's version"),
                given=type_name(after_version),
            )
        found: list[Message] = []
        for index in range(start, version):
            event = complaint.history[index]
            role = event.actor.role.value
            templates = tuple(
                t
                for t in self.templates.for_action(event.action)
                if not t.by_roles or role in t.by_roles
            )
            if not templates:
                continue
            at_event = (
                complaint
                if index == version - 1
                else replace_history(complaint, complaint.history[: index + 1])
            )
            clocks: dict[str, dict[str, str] | None] = {}  # one evaluation per clock and event
            for template in templates:
                found.extend(self._for_event(template, at_event, event, clocks))
        return tuple(found)

    def _for_event(
        self,
        template: Template,
        complaint: Complaint,
        event: Event,
        clocks: dict[str, dict[str, str] | None],
    ) -> list[Message]:
        values: dict[str, str] = {}
        if template.clock is not None:
            if template.clock not in clocks:
                clocks[template.clock] = self._clock_words(complaint, template.clock, event.at)
            clock = clocks[template.clock]
            if clock is None:
                return []  # the clock does not run for this complaint: no deadline to tell
            values.update(clock)
        units = _event_units(event) or complaint.units
        # An event a unit posts without assigning units (its follow-up) names that unit only,
        # never the other units assigned, which have not answered.
        acting = (event.actor.id,) if event.actor.role is Role.UNIT else ()
        named = _event_units(event) or acting or units
        forwarded = event.data.get("to") if event.action != RECEIVE_ACTION else None
        values["forwarded_to"] = (
            forwarded
            if isinstance(forwarded, str) and forwarded.strip()
            else _FALLBACK_FORWARD[self.language]
        )
        data = event.data
        level = data.get("to") if isinstance(data.get("to"), str) else None
        values["archive_reason"] = archive_reason_words(data.get("reason"), self.language)
        values["escalated_to"] = escalation_words(level, self.language)
        recipients = self._recipients(
            template.recipient, complaint, units, responsible=(), level=level
        )
        return [
            self._message(
                template,
                complaint,
                recipient,
                channel,
                values,
                named,
                event.at,
                sequence=event.sequence,
                ref=str(event.sequence),
                name=name,
                responsible=who,
            )
            for recipient, channel, name, who in recipients
        ]

    # -- SLA clocks ---------------------------------------------------------------------------

    def messages_for_due(self, due: DueAction, complaint: Complaint) -> tuple[Message, ...]:
        """The reminder or breach notice of one due action (from
        [`pengaduan.sla.due_actions()`][pengaduan.sla.due_actions]).

        Args:
            due: the due action (warnings fire ``due = "warning"`` templates, breaches
                ``"breach"`` ones; auto-closes none: the closing action sends its own notice).
            complaint: the complaint it is about.

        Raises:
            ArgumentError: wrong types, or a due action of another complaint.
        """
        if not isinstance(due, DueAction):
            raise ArgumentError(argument="due", rule="must be a DueAction", given=type_name(due))
        if not isinstance(complaint, Complaint) or complaint.tracking_id != due.tracking_id:
            raise ArgumentError(
                argument="complaint",
                rule=N_("must be the due action's complaint"),
                given=type_name(complaint),
            )
        kind = {DueActionKind.WARNING: DueKind.WARNING, DueActionKind.BREACH: DueKind.BREACH}.get(
            due.kind
        )
        rule = self._rules.get(due.clock)
        if kind is None or rule is None or due.due_at is None:
            return ()
        values = {
            "deadline": deadline_words(due.due_at, self.calendar, rule.unit, self.language),
            "days_left": time_left_words(
                due.at, due.due_at, self.calendar, rule.unit, self.language
            ),
            "clock_label": _mid_sentence(rule.label(self.language)),
        }
        units = complaint.units
        responsible = units if rule.responsible is Role.UNIT and units else (self.admin_id,)
        ref = f"sla.{due.clock}.{due.cycle}.{kind.value}"
        found: list[Message] = []
        for template in self.templates.for_clock(due.clock, kind):
            for recipient, channel, name, who in self._recipients(
                template.recipient, complaint, units, responsible=responsible
            ):
                found.append(
                    self._message(
                        template,
                        complaint,
                        recipient,
                        channel,
                        values,
                        units,
                        due.at,
                        sequence=None,
                        ref=ref,
                        name=name,
                        responsible=who,
                    )
                )
        return tuple(found)

    # -- shared -------------------------------------------------------------------------------

    def _clock_words(self, complaint: Complaint, clock: str, at: datetime) -> dict[str, str] | None:
        """The words of the clock's deadline at ``at``; ``None`` when the clock is not running.

        A deadline the calendar cannot place (past its last year) reads as yet to be set: the
        message still goes (the reporter's receipt, the unit's disposition) and the complaint
        is stored, its deadline flagged unknown, as it would be without a messenger.
        """
        rule = self._rules[clock]
        try:
            for report in evaluate(complaint, policy=self.policy, calendar=self.calendar, now=at):
                if report.clock == clock and report.is_open and report.due_at is not None:
                    return {
                        "deadline": deadline_words(
                            report.due_at, self.calendar, rule.unit, self.language
                        ),
                        "days_left": time_left_words(
                            at, report.due_at, self.calendar, rule.unit, self.language
                        ),
                    }
        except OutOfRangeError:
            catalog = translation(self.language)
            return {
                "deadline": catalog.gettext(_UNKNOWN_DEADLINE),
                "days_left": catalog.gettext(_UNKNOWN_TIME_LEFT),
            }
        return None

    def _recipients(
        self,
        kind: RecipientKind,
        complaint: Complaint,
        units: tuple[str, ...],
        *,
        responsible: tuple[str, ...],
        level: str | None = None,
    ) -> list[tuple[Recipient, MessageChannel, str | None, tuple[str, ...]]]:
        """``(recipient, channel, unit id for recipient_name, who had to act)`` tuples."""
        found: list[tuple[Recipient, MessageChannel, str | None, tuple[str, ...]]] = []
        officer = self.officer_channel
        if kind is RecipientKind.PELAPOR:
            if not complaint.reporter.is_empty():
                channel = self.reporter_channels.get(complaint.channel, MessageChannel.EMAIL)
                found.append((Recipient(kind=kind, id="pelapor"), channel, None, responsible))
        elif kind is RecipientKind.UNIT:
            found.extend((Recipient(kind=kind, id=u), officer, u, (u,)) for u in units)
        elif kind is RecipientKind.ADMIN:
            found.append(
                (Recipient(kind=kind, id=self.admin_id), officer, self.admin_id, responsible)
            )
        else:
            # One notice per superior (or whom an escalation names), naming every unit under it
            # that had to act.
            grouped: dict[str, tuple[str | None, list[str]]] = {}
            for who in responsible or units or (self.admin_id,):
                if kind is RecipientKind.TUJUAN:
                    target = self._target(who, level)
                    fallback = level if level in _TOP_LEVELS else f"atasan:{who}"
                else:
                    target, fallback = self._superior(who), f"atasan:{who}"
                rid = target if target is not None else str(fallback)
                name = target if target is not None else (rid if rid in _TOP_LEVELS else "")
                grouped.setdefault(rid, (name, []))[1].append(who)
            found.extend(
                (Recipient(kind=kind, id=rid), officer, name or "", tuple(whom))
                for rid, (name, whom) in grouped.items()
            )
        return found

    def _superior(self, unit: str) -> str | None:
        if self.directory is None or unit not in self.directory:
            return None
        path = self.directory.escalation_path(unit)
        return path[1].id if len(path) > 1 else None

    def _target(self, unit: str, level: str | None) -> str | None:
        """The directory unit an escalation of ``unit`` to ``level`` goes to: the oversight body
        above it (``ombudsman``), the highest leadership below that (``kepala_daerah``), else its
        superior (``atasan``, ``kepala_dinas``, a region's own level)."""
        from pengaduan.routing import UnitKind  # noqa: PLC0415 - routing loads on use

        if level not in _TOP_LEVELS:
            return self._superior(unit)
        if self.directory is None or unit not in self.directory:
            return None
        above = self.directory.escalation_path(unit)[1:]
        if level == "ombudsman":
            wanted = [u.id for u in above if u.kind is UnitKind.PENGAWAS]
            return wanted[0] if wanted else None
        leaders = [u.id for u in above if u.kind is UnitKind.PIMPINAN]
        return leaders[-1] if leaders else None

    def _name(self, unit: str | None, channel: str) -> str:
        """A unit's name (its short name in SMS), or a role word without a directory entry."""
        words = _DEFAULT_NAMES[self.language]
        if not unit:
            return words["atasan"]
        if self.directory is not None and unit in self.directory:
            found = self.directory.get(unit)
            if channel == MessageChannel.SMS and found.short_name:
                return found.short_name
            return found.name
        if unit in _TOP_LEVELS:
            return translation(self.language).gettext(_TOP_LEVELS[unit])
        return words["admin"] if unit == self.admin_id else unit

    def _message(  # noqa: PLR0917 - private, called from two places with the same shape
        self,
        template: Template,
        complaint: Complaint,
        recipient: Recipient,
        channel: MessageChannel,
        values: dict[str, str],
        units: tuple[str, ...],
        at: datetime,
        *,
        sequence: int | None,
        ref: str,
        name: str | None,
        responsible: tuple[str, ...],
    ) -> Message:
        text = template.text(channel, self.language)
        short = "sms" if channel is MessageChannel.SMS else "email"  # WhatsApp: full names
        lists = {
            # A complaint with no unit yet is in the admin's hands (an escalation of a
            # verification that is late names the admin, not a dash).
            "unit_names": [self._name(u, short) for u in units or (self.admin_id,)],
            "responsible_name": [self._name(u, short) for u in responsible],
        }
        fill = {
            **dict(self.templates.values),
            **values,
            "tracking_id": complaint.tracking_id,
            "status_label": self.workflow.label(complaint.status, self.language),
            **{key: units_words(names, self.language) for key, names in lists.items()},
            "recipient_name": self._name(name, short),
        }
        subject: str | None = None
        body: str | None = None
        try:
            subject = None if text.subject is None else text.subject.format_map(fill)
            body = text.body.format_map(fill)
        except (KeyError, ValueError, IndexError, AttributeError):
            pass  # a template built in Python, not loaded through TemplateSet's validation
        if body is not None and channel is MessageChannel.SMS:
            body = fit_sms(text.body, fill, lists=lists, names=_NAMES, language=self.language)
        if body is None:
            raise ConfigurationError(
                Phrase(N_("message templates")),
                [_at(f"template[{template.name}]", N_("a text it cannot fill"))],
            )
        return Message(
            key=f"msg:{complaint.tracking_id}:{ref}:{template.name}:{recipient}",
            tracking_id=complaint.tracking_id,
            sequence=sequence,
            template=template.name,
            recipient=recipient,
            channel=channel,
            language=self.language,
            subject=subject,
            body=body,
            at=require_aware(at, "at"),
        )


def _mid_sentence(label: str) -> str:
    """A label as it reads inside a sentence (``Tindak lanjut`` -> ``tindak lanjut``; ``SLA``
    stays)."""
    if label[:1].isupper() and label[1:2].islower():
        return label[:1].lower() + label[1:]
    return label


def _event_units(event: Event) -> tuple[str, ...]:
    return units_of(event) or ()


def _kind_rule(kind: type | tuple[type, ...]) -> Phrase:
    """``must be a X`` (or ``must be a X or None``) for the type(s) an argument takes."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = [k.__name__ for k in kinds if k is not type(None)]
    if len(names) == 1 and len(kinds) == 2:  # a type and None
        return Phrase(N_("must be {kind} or None"), kind=article(names[0]))
    return Phrase(N_("must be {kind}"), kind=article(" | ".join(names)))
