"""Message templates as data: what to say, to whom, on which channel, fired by which event.

A [`Template`][pengaduan.messages.templates.Template] is bound to a trigger: actions of the workflow
(``on_actions``; ``"terima"``
is the receipt) or an SLA clock's due action from the periodic job (``on_clocks`` with ``due =
"warning"`` for a reminder, ``"breach"`` for a breach notice); ``by_roles`` narrows an action
trigger to the actor roles it fires for (an admin's ``tanggapi`` tells the reporter, the
reporter's own tells the units). It names its recipient kind and carries an Indonesian and an
English text per channel (SMS, e-mail with a subject, optionally WhatsApp, which otherwise sends
the SMS text). WhatsApp texts may use ``*bold*``, ``_italic_``
and line breaks; a message holds at most
[`WHATSAPP_MAX_CHARS`][pengaduan.messages.templates.WHATSAPP_MAX_CHARS] characters.

[`TemplateSet.default()`][pengaduan.messages.templates.TemplateSet.default] loads the shipped file
(``pengaduan/messages/data/templates.toml``);
[`TemplateSet.overridden()`][pengaduan.messages.templates.TemplateSet.overridden] lays a region's
file over it: tables merge key by key, a template
of the same name is changed only where the region's file says, a new name adds a template, and
``disabled = ["name", ...]`` drops shipped ones. A region that changes a template's ``sms``
text without giving a ``whatsapp`` text sends its SMS text on WhatsApp too. The result is
validated as a whole and every problem is reported at once with its key path
(``template[penerimaan].sms.id: unknown placeholder 'nomor'``), never echoing a text.

Placeholders are ``{name}`` (no attribute access, index or format spec). Which names a template
may use depends on its trigger and recipient
([`PLACEHOLDERS`][pengaduan.messages.templates.PLACEHOLDERS]); the ``[values]`` table adds
the region's own constants (``instansi``, ``portal``). No placeholder can hold the reporter's
identity or the complaint's text.

Example:
    >>> templates = TemplateSet.default()
    >>> templates.get("penerimaan").recipient.value
    'pelapor'
    >>> regional = templates.overridden({"values": {"instansi": "Pemerintah Kota Kupang"}})
    >>> dict(regional.values)["instansi"]
    'Pemerintah Kota Kupang'
"""

from __future__ import annotations

import copy
import re
import string
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from pengaduan._core.arguments import known
from pengaduan._core.paths import shipped_text
from pengaduan._core.text import encodable
from pengaduan._core.toml import key_text, load_toml, shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, ConfigurationError, NotFoundError, type_name
from pengaduan.model import Role

if TYPE_CHECKING:
    import os
    from collections.abc import Mapping

__all__ = [
    "LANGUAGES",
    "PLACEHOLDERS",
    "WHATSAPP_MAX_CHARS",
    "ChannelText",
    "DueKind",
    "MessageChannel",
    "RecipientKind",
    "Template",
    "TemplateSet",
]

FORMAT_VERSION = 1

WHATSAPP_MAX_CHARS = 4_096
"""The longest WhatsApp Business message body, in characters (a test renders every shipped
WhatsApp text with long values and holds it to this)."""

LANGUAGES: tuple[str, ...] = ("id", "en")
"""The languages every template is written in."""

_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")
_MAX_TEXT = 4_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_E = TypeVar("_E", bound=StrEnum)


def member(kind: type[_E], value: object) -> _E | None:
    """The member of ``kind`` whose value is ``value``, else ``None`` (never raises)."""
    if not isinstance(value, str):
        return None
    return cast("_E | None", kind._value2member_map_.get(value))


class MessageChannel(StrEnum):
    """How a message travels."""

    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class RecipientKind(StrEnum):
    """Who a message is for."""

    PELAPOR = "pelapor"
    """The reporter (the app finds their contact from the complaint)."""
    UNIT = "unit"
    """Each unit concerned (its liaison officer): the units a disposition names, or the units
    the complaint is assigned to."""
    ADMIN = "admin"
    """The coordinating admin."""
    ATASAN = "atasan"
    """The superior of whoever had to act (from the unit directory's parents)."""
    TUJUAN = "tujuan"
    """Whom the action's ``to`` names: for an escalation, the assigned units' superior
    (``atasan``, ``kepala_dinas``), the head of region (``kepala_daerah``) or the oversight body
    (``ombudsman``), found in the unit directory."""


class DueKind(StrEnum):
    """Which due action of an SLA clock fires a template."""

    WARNING = "warning"
    """The clock's warning threshold passed (``warn_before`` units before the deadline)."""
    BREACH = "breach"
    """The deadline passed with the work still open."""


PLACEHOLDERS: dict[str, str] = {
    "tracking_id": "the complaint's tracking id (always)",
    "status_label": "the complaint's status after the event, in the message's language (always)",
    "unit_names": (
        "the units concerned: a disposition's units, the unit that posted the event (its "
        "follow-up), else the assigned units (always)"
    ),
    "deadline": "the clock's deadline as people say it, 'Jumat, 11 Desember 2026' (with a clock)",
    "days_left": "time left to the deadline, '3 hari kerja' (with a clock)",
    "recipient_name": "the recipient unit's name (unit, admin and atasan recipients)",
    "forwarded_to": "where a forward went, the action's 'to' (action triggers)",
    "archive_reason": "why it was archived, in words: 'isinya belum jelas' (action triggers)",
    "escalated_to": "whom an escalation went to, in words: 'Ombudsman RI' (action triggers)",
    "clock_label": "the clock's label, 'Verifikasi' (clock triggers)",
    "responsible_name": "who had to act: a unit, or the admin (clock triggers)",
}
"""Every placeholder the library fills, with when it is available. The ``[values]`` table adds
the region's constants."""

_ALWAYS = frozenset({"tracking_id", "status_label", "unit_names"})
_CLOCKED = frozenset({"deadline", "days_left"})


@attrs.frozen(kw_only=True)
class ChannelText:
    """A template's text for one channel and language (``subject`` for e-mail only)."""

    body: str
    subject: str | None = None


@attrs.frozen(kw_only=True)
class Template:
    """One message, bound to its trigger.

    Attributes:
        name: stable identifier (part of every message's idempotency key).
        recipient: who it goes to.
        on_actions: workflow actions that fire it (``"terima"`` is the receipt).
        on_clocks: SLA clocks whose due action of kind ``due`` fires it.
        due: the due-action kind for clock triggers.
        clock: for action triggers, the clock whose deadline the text shows.
        by_roles: for action triggers, the actor roles it fires for (every role when empty):
            an admin's ``tanggapi`` tells the reporter, the reporter's own tells the units.
        texts: ``((channel, language), text)`` pairs.
        description: one sentence for docs.
    """

    name: str
    recipient: RecipientKind
    on_actions: tuple[str, ...] = ()
    on_clocks: tuple[str, ...] = ()
    due: DueKind | None = None
    clock: str | None = None
    by_roles: tuple[str, ...] = ()
    texts: tuple[tuple[tuple[MessageChannel, str], ChannelText], ...] = attrs.field(
        default=(), repr=False
    )
    description: str = ""

    @property
    def channels(self) -> tuple[MessageChannel, ...]:
        """The channels the template can be sent on (WhatsApp always: it falls back to SMS)."""
        own = {channel for (channel, _), _ in self.texts}
        own.add(MessageChannel.WHATSAPP)
        return tuple(c for c in MessageChannel if c in own)

    def text(self, channel: MessageChannel | str, language: str = "id") -> ChannelText:
        """The text for ``channel`` in ``language`` (WhatsApp falls back to the SMS text).

        Raises:
            NotFoundError: the template has no text for that channel and language.
        """
        if type(language) is not str:  # a key of the texts: a list is unhashable
            raise ArgumentError(
                argument="language",
                rule=N_("must be a language code such as 'id'"),
                given=type_name(language),
            )
        wanted = member(MessageChannel, channel)
        found = dict(self.texts)
        if wanted is not None:
            text = found.get((wanted, language))
            if text is None and wanted is MessageChannel.WHATSAPP:
                text = found.get((MessageChannel.SMS, language))
            if text is not None:
                return text
        described = shown(channel)
        key = (
            Phrase(N_("<template {name}, channel {channel}>"), name=self.name, channel=described)
            if isinstance(described, Phrase)
            else f"{self.name}:{described}"
        )
        raise NotFoundError(what=N_("template text"), key=key)


@attrs.frozen(kw_only=True, eq=False)
class TemplateSet:
    """The templates an app sends, with the region's values. Build with
    [`default()`][pengaduan.messages.templates.TemplateSet.default],
    [`from_dict()`][pengaduan.messages.templates.TemplateSet.from_dict],
    [`from_toml()`][pengaduan.messages.templates.TemplateSet.from_toml] or
    [`overridden()`][pengaduan.messages.templates.TemplateSet.overridden]."""

    templates: tuple[Template, ...]
    values: tuple[tuple[str, str], ...] = ()
    _raw: dict[str, Any] = attrs.field(alias="raw", repr=False, factory=dict)

    @classmethod
    def default(cls) -> TemplateSet:
        """The shipped templates (Indonesian and English; SMS, WhatsApp and e-mail)."""
        return _shipped()

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, what: str = Phrase(N_("message templates"))
    ) -> TemplateSet:
        """A whole template set from a dict shaped like the TOML file.

        Args:
            data: the templates.
            what: what to call them in errors; a label of the app's own (not a catalog phrase)
                is shown as ``message templates <label>`` where it is a short identifier.

        Raises:
            ConfigurationError: every problem, with its key path.
            ArgumentError: ``what`` is not a str.
        """
        if not isinstance(what, str):
            raise ArgumentError(argument="what", rule=N_("must be a str"), given=type_name(what))
        if not isinstance(what, Phrase):
            what = Phrase(N_("message templates {label}"), label=shown(what))
        return _build(data, what)

    @classmethod
    def from_toml(cls, source: str | os.PathLike[str]) -> TemplateSet:
        """A whole template set from a TOML file path or TOML text (not merged with the shipped).

        Raises:
            ConfigurationError: unreadable TOML, or every problem with its key path.
        """
        kind = Phrase(N_("message templates"))
        data, _, what = load_toml(source, kind)
        return _build(data, what)

    def overridden(self, source: str | os.PathLike[str] | Mapping[str, Any]) -> TemplateSet:
        """This set with a region's changes laid over it (a TOML path, TOML text or a dict).

        Tables merge key by key; a template is matched by ``name``; ``disabled`` lists
        templates to drop. The merged set is validated as a whole.

        Raises:
            ConfigurationError: unreadable TOML, or every problem of the merged set.
        """
        kind = Phrase(N_("message template overrides"))
        what: str = kind
        if isinstance(source, dict):
            data = source
        else:
            data, _, what = load_toml(source, kind)  # type: ignore[arg-type]
        if not isinstance(data, dict):
            raise ConfigurationError(
                what, [Phrase(N_("must be a table, not {value}"), value=shown(data))]
            )
        return _build(_merged(self._raw, data, what), what)

    def get(self, name: str) -> Template:
        """The template called ``name``.

        Raises:
            NotFoundError: no such template.
        """
        if isinstance(name, str):
            for template in self.templates:
                if template.name == name:
                    return template
        raise NotFoundError(what=N_("message template"), key=key_text(name))

    def for_action(self, action: str) -> tuple[Template, ...]:
        """Templates an action fires, in file order."""
        given: object = action
        if not isinstance(given, str):
            return ()
        return tuple(t for t in self.templates if given in t.on_actions)

    def for_clock(self, clock: str, due: DueKind | str) -> tuple[Template, ...]:
        """Templates a clock's due action of kind ``due`` fires, in file order."""
        given: tuple[object, object] = (clock, due)
        if not isinstance(given[0], str) or not isinstance(given[1], str):
            return ()
        return tuple(t for t in self.templates if clock in t.on_clocks and t.due == due)

    def to_dict(self) -> dict[str, Any]:
        """The set as a dict shaped like the TOML file."""
        return copy.deepcopy(self._raw)


# -- loading --------------------------------------------------------------------------------

_TOP = {"format", "values", "template", "disabled"}
_TEMPLATE = {
    "name",
    "description",
    "on_actions",
    "on_clocks",
    "due",
    "recipient",
    "clock",
    "by_roles",
    *(c.value for c in MessageChannel),
}
_TEXT_KEYS = {
    MessageChannel.SMS: set(LANGUAGES),
    MessageChannel.WHATSAPP: set(LANGUAGES),
    MessageChannel.EMAIL: {*LANGUAGES, *(f"subject_{lang}" for lang in LANGUAGES)},
}
_REQUIRED_CHANNELS = (MessageChannel.SMS, MessageChannel.EMAIL)


def _merged(base: dict[str, Any], change: dict[str, Any], what: str) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    problems: list[str] = []
    for key, value in change.items():
        if key == "template":
            continue
        if key == "values" and isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key].update(copy.deepcopy(value))
        else:
            merged[key] = copy.deepcopy(value)
    templates = merged.get("template")
    changes = change.get("template", [])
    if not isinstance(changes, list) or not isinstance(templates, list):
        problems.append(_at("template", N_("must be a list of tables")))
        raise ConfigurationError(what, problems)
    by_name = {t.get("name"): t for t in templates if isinstance(t, dict)}
    for index, item in enumerate(changes):
        if not isinstance(item, dict) or type(item.get("name")) is not str:
            problems.append(_at(f"template[{index}]", N_("must be a table with a name")))
            continue
        found = by_name.get(item["name"])
        if found is None:
            templates.append(copy.deepcopy(item))
            continue
        _follow_sms(found, item)
        for key, value in item.items():
            if isinstance(value, dict) and isinstance(found.get(key), dict):
                found[key].update(copy.deepcopy(value))
            else:
                found[key] = copy.deepcopy(value)
    if problems:
        raise ConfigurationError(what, problems)
    return merged


def _follow_sms(found: dict[str, Any], change: dict[str, Any]) -> None:
    """A region that rewrites a template's SMS text without a WhatsApp text of its own gets its
    SMS text on WhatsApp too: the shipped WhatsApp text would say what the region changed."""
    if MessageChannel.SMS.value in change and MessageChannel.WHATSAPP.value not in change:
        found.pop(MessageChannel.WHATSAPP.value, None)


def _at(where: str, problem: str, /, **values: object) -> Phrase:
    """``where: problem`` as one translatable phrase (``problem`` a msgid, with ``values``)."""
    return Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))


def _names(problems: list[str], where: str, value: object) -> tuple[str, ...]:
    if type(value) is not list or not value:
        problems.append(_at(where, N_("must be a non-empty list of names")))
        return ()
    found = []
    for index, item in enumerate(value):
        if type(item) is not str or not _NAME.match(item):
            problems.append(
                _at(f"{where}[{index}]", N_("must be a name, not {value}"), value=shown(item))
            )
        else:
            found.append(item)
    return tuple(found)


def _roles(problems: list[str], where: str, value: object) -> tuple[str, ...]:
    roles = _names(problems, where, value)
    known = {role.value for role in Role}
    for index, role in enumerate(roles):
        if role not in known:
            problems.append(
                _at(
                    f"{where}[{index}]",
                    N_("must be one of {values}, not {value}"),
                    values=", ".join(sorted(known)),
                    value=shown(role),
                )
            )
    return tuple(dict.fromkeys(role for role in roles if role in known))


def _placeholders(text: str) -> tuple[list[str], str | None]:
    """The names a text uses, or why it is not a valid template text."""
    names: list[str] = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return names, N_("unbalanced braces (write {{ and }} for literal braces)")
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field or not _NAME.match(field) or spec or conversion:
            return names, N_("a placeholder must be a plain {name}")
        names.append(field)
    return names, None


def _allowed(template: dict[str, Any], values: set[str]) -> set[str]:
    allowed = set(_ALWAYS) | values
    clocked = "on_clocks" in template
    if clocked:
        allowed |= _CLOCKED | {"clock_label", "responsible_name"}
    else:
        allowed |= {"forwarded_to", "archive_reason", "escalated_to"}
        if "clock" in template:
            allowed |= _CLOCKED
    if known(template.get("recipient"), {"unit", "admin", "atasan", "tujuan"}):
        allowed.add("recipient_name")
    return allowed


def _texts(
    problems: list[str], where: str, data: dict[str, Any], allowed: set[str]
) -> tuple[tuple[tuple[MessageChannel, str], ChannelText], ...]:
    found: list[tuple[tuple[MessageChannel, str], ChannelText]] = []
    for channel in MessageChannel:
        table = data.get(channel.value)
        at = f"{where}.{channel.value}"
        if table is None:
            if channel in _REQUIRED_CHANNELS:
                problems.append(_at(at, N_("missing (every template has sms and email texts)")))
            continue
        if not isinstance(table, dict):
            problems.append(_at(at, N_("must be a table, not {value}"), value=shown(table)))
            continue
        problems.extend(
            _at(at, N_("unknown key {key}"), key=key_text(key))
            for key in table
            if key not in _TEXT_KEYS[channel]
        )
        texts: dict[str, str] = {}
        for key in sorted(_TEXT_KEYS[channel]):
            value = table.get(key)
            if type(value) is not str or not value.strip():
                problems.append(_at(f"{at}.{key}", N_("must be a non-empty text")))
                continue
            if len(value) > _MAX_TEXT:
                problems.append(
                    _at(f"{at}.{key}", N_("longer than {count} characters"), count=_MAX_TEXT)
                )
                continue
            if not encodable(value) or _CONTROL.search(value):
                problems.append(
                    _at(f"{at}.{key}", N_("holds a control character or a lone surrogate"))
                )
                continue
            names, refusal = _placeholders(value)
            if refusal is not None:
                problems.append(_at(f"{at}.{key}", refusal))
                continue
            problems.extend(
                _at(f"{at}.{key}", N_("unknown placeholder {name}"), name=key_text(name))
                for name in dict.fromkeys(names)
                if name not in allowed
            )
            texts[key] = value.strip("\n")
        for language in LANGUAGES:
            if language in texts:
                subject = texts.get(f"subject_{language}")
                found.append(
                    ((channel, language), ChannelText(body=texts[language], subject=subject))
                )
    return tuple(found)


def _action_trigger(
    problems: list[str], where: str, data: dict[str, Any]
) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
    """The actions, the clock shown and the actor roles of an ``on_actions`` template."""
    actions = _names(problems, f"{where}.on_actions", data["on_actions"])
    clock: str | None = None
    roles: tuple[str, ...] = ()
    if "due" in data:
        problems.append(_at(f"{where}.due", N_("only for on_clocks")))
    if "clock" in data:
        raw = data["clock"]
        if type(raw) is not str or not _NAME.match(raw):
            problems.append(
                _at(f"{where}.clock", N_("must be a clock name, not {value}"), value=shown(raw))
            )
        else:
            clock = raw
    if "by_roles" in data:
        roles = _roles(problems, f"{where}.by_roles", data["by_roles"])
    return actions, clock, roles


def _template(
    problems: list[str], where: str, data: dict[str, Any], values: set[str]
) -> Template | None:
    before = len(problems)
    problems.extend(
        _at(where, N_("unknown key {key}"), key=key_text(k)) for k in data if k not in _TEMPLATE
    )
    name = data.get("name")
    recipient = member(RecipientKind, data.get("recipient"))
    if recipient is None:
        problems.append(
            _at(
                f"{where}.recipient",
                N_("must be one of {values}, not {value}"),
                values=", ".join(k.value for k in RecipientKind),
                value=shown(data.get("recipient")),
            )
        )
    actions: tuple[str, ...] = ()
    clocks: tuple[str, ...] = ()
    due: DueKind | None = None
    clock: str | None = None
    roles: tuple[str, ...] = ()
    if ("on_actions" in data) == ("on_clocks" in data):
        problems.append(_at(where, N_("needs exactly one of on_actions and on_clocks")))
    elif "on_actions" in data:
        actions, clock, roles = _action_trigger(problems, where, data)
    else:
        clocks = _names(problems, f"{where}.on_clocks", data["on_clocks"])
        due = member(DueKind, data.get("due"))
        if due is None:
            problems.append(
                _at(
                    f"{where}.due",
                    N_("must be 'warning' or 'breach', not {value}"),
                    value=shown(data.get("due")),
                )
            )
        if "clock" in data:
            problems.append(_at(f"{where}.clock", N_("on_clocks templates show their own clock")))
        if "by_roles" in data:
            problems.append(_at(f"{where}.by_roles", N_("only for on_actions")))
    description = data.get("description", "")
    if type(description) is not str:
        problems.append(_at(f"{where}.description", N_("must be a text")))
        description = ""
    texts = _texts(problems, where, data, _allowed(data, values))
    if len(problems) > before or recipient is None:
        return None
    return Template(
        name=str(name),
        recipient=recipient,
        on_actions=actions,
        on_clocks=clocks,
        due=due,
        clock=clock,
        by_roles=roles,
        texts=texts,
        description=description,
    )


def _values(problems: list[str], data: object) -> tuple[tuple[str, str], ...]:
    if data is None:
        return ()
    if not isinstance(data, dict):
        problems.append(_at("values", N_("must be a table, not {value}"), value=shown(data)))
        return ()
    found = []
    for key, value in data.items():
        if type(key) is not str or not _NAME.match(key):
            problems.append(_at("values", N_("key {key} must be a name"), key=key_text(key)))
        elif key in PLACEHOLDERS:
            problems.append(_at(f"values.{key}", N_("the name is filled by the library")))
        elif (
            type(value) is not str
            or not value.strip()
            or len(value) > 200
            or not encodable(value)
            or _CONTROL.search(value)
        ):
            problems.append(
                _at(
                    f"values.{key}",
                    N_("must be a non-empty, sendable text of at most 200 characters"),
                )
            )
        elif _placeholders(value) != ([], None):
            problems.append(_at(f"values.{key}", N_("must not hold braces")))
        else:
            found.append((key, value))
    return tuple(sorted(found))


def _build(data: object, what: str) -> TemplateSet:
    if not isinstance(data, dict):
        raise ConfigurationError(
            what, [Phrase(N_("must be a table, not {value}"), value=shown(data))]
        )
    problems: list[str] = [
        Phrase(N_("unknown key {key}"), key=key_text(k)) for k in data if k not in _TOP
    ]
    if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        problems.append(
            _at(
                "format",
                N_("must be {version}, not {value}"),
                version=FORMAT_VERSION,
                value=shown(data.get("format")),
            )
        )
    values = _values(problems, data.get("values"))
    raw_templates = data.get("template")
    disabled: set[str] = set()
    if "disabled" in data:
        disabled = set(_names(problems, "disabled", data["disabled"]))
    templates: list[Template] = []
    if type(raw_templates) is not list:
        problems.append(_at("template", N_("must be a list of tables")))
        raw_templates = []
    seen: set[str] = set()
    for index, item in enumerate(raw_templates):
        if not isinstance(item, dict):
            problems.append(
                _at(f"template[{index}]", N_("must be a table, not {value}"), value=shown(item))
            )
            continue
        name = item.get("name")
        if type(name) is not str or not _NAME.match(name):
            problems.append(
                _at(f"template[{index}].name", N_("must be a name, not {value}"), value=shown(name))
            )
            continue
        where = f"template[{name}]"
        if name in seen:
            problems.append(_at(where, N_("declared twice")))
            continue
        seen.add(name)
        if name in disabled:
            continue
        template = _template(problems, where, item, {key for key, _ in values})
        if template is not None:
            templates.append(template)
    problems.extend(
        _at("disabled", N_("no template {name}"), name=key_text(name))
        for name in sorted(disabled - seen)
    )
    if problems:
        raise ConfigurationError(what, problems)
    return TemplateSet(templates=tuple(templates), values=values, raw=copy.deepcopy(data))


@cache
def _shipped() -> TemplateSet:
    what = Phrase(N_("shipped message templates"))
    text = shipped_text("pengaduan.messages", "data/templates.toml", what)
    data, _, _ = load_toml(text, what)
    return _build(data, what)
