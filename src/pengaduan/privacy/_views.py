"""Audience views of a complaint and the disclosure record (private; the public names live in
``pengaduan.privacy``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from datetime import datetime
from enum import StrEnum
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from pengaduan._core.arguments import enum_converter, guarded, instance_of, valid_text
from pengaduan._core.text import exact, exact_str
from pengaduan._core.time import format_utc, to_utc
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import (
    ArgumentError,
    ConfigurationError,
    PrivacyError,
    RedactionError,
    type_name,
)
from pengaduan.model import Actor, Attachment, Complaint, Privacy, Reporter, Role, canonical_json
from pengaduan.privacy._sweep import handle_detector, shown_attachments, street_address
from pengaduan.redaction._fold import fold_text
from pengaduan.redaction._transient import compile_transient
from pengaduan.redaction.detectors import (
    DetectionContext,
    Detector,
    Finding,
    KnownIdentity,
    KnownIdentityDetector,
    NumberDetector,
)
from pengaduan.redaction.kinds import PiiKind
from pengaduan.redaction.redactor import Redactor
from pengaduan.workflow import DISCLOSURE_ACTION, Workflow

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction.operators import Operator

__all__ = [
    "IDENTITY_FIELDS",
    "RULE_FIELDS",
    "Audience",
    "ComplaintView",
    "TimelineEntry",
    "ViewPolicy",
    "ViewRule",
    "Viewer",
    "view",
]


class Audience(StrEnum):
    """Who a view is for."""

    PUBLIC = "public"
    """Anyone: a public portal, a dashboard, an open-data export."""
    UNIT = "unit"
    """The unit (OPD, UPP, Puskesmas) the complaint is currently assigned to."""
    ADMIN = "admin"
    """The coordinating admin, who holds the complaint and sees all of it."""
    OVERSIGHT = "oversight"
    """External oversight (Ombudsman RI)."""
    REPORTER = "reporter"
    """The complaint's own reporter (pelapor), following it on a portal or in an app: the viewer
    must be ``Actor.reporter(account)`` with the complaint's ``Reporter.account_id``."""


#: The role a viewer must have for each audience (``None``: any role may read the public view).
AUDIENCE_ROLES: dict[Audience, Role | None] = {
    Audience.PUBLIC: None,
    Audience.UNIT: Role.UNIT,
    Audience.ADMIN: Role.ADMIN,
    Audience.OVERSIGHT: Role.PENGAWAS,
    Audience.REPORTER: Role.PELAPOR,
}

#: The reporter's identity fields, in the order they are reported.
IDENTITY_FIELDS: tuple[str, ...] = tuple(f.name for f in attrs.fields(Reporter))


@attrs.frozen(kw_only=True)
class ViewRule:
    """What one audience sees of a complaint with one privacy value.

    Attributes:
        identity: the reporter record (name, phone, email, NIK, address, account id).
        text: the subject and text (redacted unless ``personal_data``).
        personal_data: personal data in the text and event data is left visible. When the
            identity is hidden the reporter's own identity is still removed from them.
        attachments: attachment metadata (otherwise only their number is given). File names
            are shown as written only with ``identity`` and ``personal_data``; otherwise each
            attachment is named ``lampiran-N`` with its extension.
        address: the street address of the location (kelurahan/kecamatan/city are always shown),
            redacted like the text (a street address itself is kept).
        event_data: the data of history events (responses, replies, reasons), redacted like the
            text; otherwise the timeline shows labels and times only.
    """

    identity: bool = False
    text: bool = False
    personal_data: bool = False
    attachments: bool = False
    address: bool = False
    event_data: bool = False

    @classmethod
    def everything(cls) -> ViewRule:
        """The rule that shows all (the admin's)."""
        return cls(**dict.fromkeys(RULE_FIELDS, True))

    def to_dict(self) -> dict[str, bool]:
        """The rule as a mapping of its fields."""
        return {name: getattr(self, name) for name in RULE_FIELDS}


#: The fields of a :class:`ViewRule`, in table order.
RULE_FIELDS: tuple[str, ...] = tuple(f.name for f in attrs.fields(ViewRule))

_PRIVACIES = tuple(Privacy)
_AUDIENCES = tuple(Audience)


def _rules(
    value: Iterable[tuple[Audience | str, Privacy | str, ViewRule | None]],
) -> tuple[tuple[Audience, Privacy, ViewRule | None], ...]:
    """Convert audience and privacy values to their enums; unknown ones, entries that are not
    triples and a value that is not an iterable of them are kept as given and reported when the
    policy is checked (with every other problem)."""
    given: object = value
    if isinstance(given, str | bytes | Mapping) or not isinstance(given, Iterable):
        return given  # type: ignore[return-value]
    out: list[Any] = []
    for entry in guarded(given, "rules", N_("must be an iterable of rules")):
        if not isinstance(entry, tuple | list) or len(entry) != 3:
            out.append(entry)
            continue
        audience, privacy, rule = entry
        out.append(
            (
                Audience(audience) if _known(audience, Audience._value2member_map_) else audience,
                Privacy(privacy) if _known(privacy, Privacy._value2member_map_) else privacy,
                rule,
            )
        )
    return tuple(out)


def _known(value: object, members: Mapping[str, object]) -> bool:
    return isinstance(value, str) and value in members


# What the public never sees, one problem per field of a view rule that would show it.
_PUBLIC_NEVER = {
    "identity": N_("{where}: the public never sees identity"),
    "personal_data": N_("{where}: the public never sees personal data"),
    "address": N_("{where}: the public never sees address"),
}


def _floor_problems(audience: Audience, privacy: Privacy, rule: ViewRule | None) -> list[str]:
    """The guarantees no policy may weaken (the capability's promises and the law's minimum)."""
    where = f"{audience.value} x {privacy.value}"
    problems: list[str] = []
    if audience is Audience.ADMIN:
        if rule != ViewRule.everything():
            problems.append(Phrase(N_("{where}: the admin sees the whole complaint"), where=where))
        return problems
    if audience is Audience.PUBLIC and privacy is Privacy.RAHASIA:
        if rule is not None:
            problems.append(
                Phrase(N_("{where}: a rahasia complaint is never shown to the public"), where=where)
            )
        return problems
    if rule is None:
        return problems
    if audience is Audience.REPORTER:
        if rule.personal_data:
            problems.append(
                Phrase(
                    N_(
                        "{where}: the reporter never sees other people's personal data in what "
                        "officers wrote"
                    ),
                    where=where,
                )
            )
        return problems
    if audience is Audience.PUBLIC:
        problems.extend(
            Phrase(_PUBLIC_NEVER[field], where=where)
            for field in ("identity", "personal_data", "address")
            if getattr(rule, field)
        )
        if privacy is Privacy.ANONIM and rule.attachments:
            problems.append(
                Phrase(
                    N_(
                        "{where}: attachments of an anonim complaint can expose the reporter "
                        "(photos)"
                    ),
                    where=where,
                )
            )
    if privacy is Privacy.ANONIM and rule.identity:
        problems.append(
            Phrase(N_("{where}: an anonim reporter's identity never leaves the admin"), where=where)
        )
    if audience is Audience.UNIT and privacy is Privacy.RAHASIA and rule.identity:
        problems.append(
            Phrase(N_("{where}: the unit never sees a rahasia reporter's identity"), where=where)
        )
    return problems


#: What the reporter sees of their own complaint, whatever its privacy (the default's rows).
_REPORTER = ViewRule(identity=True, text=True, attachments=True, address=True, event_data=True)


def _policy(name: object) -> Phrase:
    """A policy as an error names it: its name when it is a short identifier, else described."""
    return Phrase(N_("view policy {name}"), name=shown(name))


@attrs.frozen(kw_only=True)
class ViewPolicy:
    """Which audience sees what, per privacy value: a table of
    [`ViewRule`][pengaduan.privacy.ViewRule] values.

    A ``None`` rule refuses the view ([`PrivacyError`][pengaduan.errors.PrivacyError]). Build the
    default
    with [`default()`][pengaduan.privacy.ViewPolicy.default], a local variant with
    [`from_dict()`][pengaduan.privacy.ViewPolicy.from_dict]. Every policy is checked when it
    is built: each audience x privacy pair must be present once, and no policy may weaken the
    guarantees (the admin sees all; the public never sees identity, personal data or the street
    address, nor anything of a rahasia complaint, nor an anonim complaint's attachments; an anonim
    identity never leaves the admin; a unit never sees a rahasia identity; the reporter never
    sees other people's personal data in what officers wrote). A table without any
    ``reporter`` row (one written before that audience existed) gets the default's reporter
    rows. Whatever the policy, an audience that does not see the identity gets no attachment's
    file name (it gets a neutral one), so the checks need not refuse attachments for their
    names.

    Attributes:
        name: a short name, shown in reprs.
        rules: ``(audience, privacy, rule or None)`` triples, one per pair.
        source: where the policy comes from (regulation, local decree).
    """

    name: str = "default"
    rules: tuple[tuple[Audience, Privacy, ViewRule | None], ...] = attrs.field(
        converter=_rules, repr=False, eq=False
    )
    source: str = attrs.field(default="", repr=False, eq=False)
    # Two policies are equal when their tables are, whatever the order of their rules.
    _table: dict[tuple[Audience, Privacy], ViewRule | None] = attrs.field(
        init=False, repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        problems: list[str] = []
        table: dict[tuple[Audience, Privacy], ViewRule | None] = {}
        texts: tuple[tuple[str, object], ...] = (("name", self.name), ("source", self.source))
        for field, value in texts:
            if not isinstance(value, str):
                problems.append(
                    Phrase(N_("{path}: {problem}"), path=field, problem=Phrase(N_("must be a str")))
                )
        given: object = self.rules
        if type(given) is not tuple:
            problems.append(
                Phrase(
                    N_("{path}: {problem}"),
                    path="rules",
                    problem=Phrase(N_("must be an iterable of (audience, privacy, rule) triples")),
                )
            )
            raise ConfigurationError(self._what(), problems)
        entries: tuple[object, ...] = given
        for index, entry in enumerate(entries):
            if type(entry) is not tuple or len(entry) != 3:
                problems.append(
                    Phrase(
                        N_("{path}: {problem}"),
                        path=f"rules[{index}]",
                        problem=Phrase(N_("must be an (audience, privacy, rule) triple")),
                    )
                )
                continue
            audience, privacy, rule = entry
            if not isinstance(audience, Audience) or not isinstance(privacy, Privacy):
                problems.append(
                    Phrase(
                        N_("unknown audience or privacy: {audience} x {privacy}"),
                        audience=shown(audience),
                        privacy=shown(privacy),
                    )
                )
                continue
            if rule is not None and not isinstance(rule, ViewRule):
                problems.append(
                    Phrase(
                        N_("{audience} x {privacy}: not a ViewRule: {type}"),
                        audience=audience.value,
                        privacy=privacy.value,
                        type=type(rule).__name__,
                    )
                )
                continue
            if (audience, privacy) in table:
                problems.append(
                    Phrase(
                        N_("{audience} x {privacy}: given twice"),
                        audience=audience.value,
                        privacy=privacy.value,
                    )
                )
                continue
            table[(audience, privacy)] = rule
            problems.extend(_floor_problems(audience, privacy, rule))
        if not any(audience is Audience.REPORTER for audience, _ in table):
            # A table written before the reporter audience existed gets its default rows.
            table.update(((Audience.REPORTER, privacy), _REPORTER) for privacy in _PRIVACIES)
        problems.extend(
            Phrase(
                N_("{audience} x {privacy}: missing"),
                audience=audience.value,
                privacy=privacy.value,
            )
            for audience in _AUDIENCES
            for privacy in _PRIVACIES
            if (audience, privacy) not in table
        )
        if problems:
            raise ConfigurationError(self._what(), problems)
        object.__setattr__(self, "_table", table)

    def _what(self) -> Phrase:
        return _policy(self.name)

    def rule(self, audience: Audience, privacy: Privacy) -> ViewRule | None:
        """The rule for one audience and privacy value; ``None`` when the view is refused.

        Raises:
            ArgumentError: ``audience`` or ``privacy`` is not one of its values.
        """
        try:
            if isinstance(audience, str) and isinstance(privacy, str):  # nothing else hashed
                return self._table[(exact(audience), exact(privacy))]
        except (KeyError, TypeError):
            pass  # refused below, outside the handler (nothing chained)
        given: tuple[object, object] = (audience, privacy)
        wrong = "audience" if not _known(given[0], Audience._value2member_map_) else "privacy"
        kind: type[StrEnum] = Audience if wrong == "audience" else Privacy
        raise ArgumentError(
            argument=wrong,
            rule=Phrase(N_("must be one of {values}"), values=", ".join(m.value for m in kind)),
            given=type_name(given[0] if wrong == "audience" else given[1]),
        )

    @classmethod
    def default(cls) -> ViewPolicy:
        """The documented default table (see ``docs/explanation/privacy.md``).

        Identity goes to a non-admin audience only when the reporter chose ``publik``, and only
        to those who handle or oversee the complaint (the unit, oversight), never to the public.
        Personal data in the text follows the identity: where the identity is hidden, all
        personal data is redacted, because a reporter who hid their identity often still writes
        "nama saya ..." or their phone number in the text. Attachments follow the identity too
        (a photo exposed an anonymous reporter once). The public reads publik and anonim
        complaints with every piece of personal data redacted, the unit's answers included, and
        nothing of a rahasia (or unset) one. The reporter sees their own complaint whatever its
        privacy: their identity, what they wrote as they wrote it, attachments, the address and
        the answers addressed to them, with personal data in those answers redacted.
        """
        hidden = ViewRule(text=True, address=True, event_data=True)
        shown = ViewRule.everything()
        public = ViewRule(text=True, event_data=True)
        rules: list[tuple[Audience, Privacy, ViewRule | None]] = [
            (Audience.PUBLIC, Privacy.PUBLIK, public),
            (Audience.PUBLIC, Privacy.ANONIM, public),
            (Audience.PUBLIC, Privacy.RAHASIA, None),
            (Audience.UNIT, Privacy.PUBLIK, shown),
            (Audience.UNIT, Privacy.ANONIM, hidden),
            (Audience.UNIT, Privacy.RAHASIA, hidden),
            (Audience.OVERSIGHT, Privacy.PUBLIK, shown),
            (Audience.OVERSIGHT, Privacy.ANONIM, hidden),
            (Audience.OVERSIGHT, Privacy.RAHASIA, hidden),
        ]
        rules += [(Audience.ADMIN, privacy, shown) for privacy in _PRIVACIES]
        rules += [(Audience.REPORTER, privacy, _REPORTER) for privacy in _PRIVACIES]
        return cls(
            name="default",
            rules=tuple(rules),
            source="UU 25/2009; Perpres 76/2013; UU 14/2008 Pasal 17 huruf h; UU 27/2022; "
            "UU 37/2008 Pasal 7, 8 and 24 ayat (2)",
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, name: str = "custom") -> ViewPolicy:
        """Build a policy from ``{audience: {privacy: {field: bool, ...} or None}}``.

        Missing fields of a rule are ``False``; ``None`` (or ``"refuse"``) refuses the view.
        The shape produced by [`to_dict()`][pengaduan.privacy.ViewPolicy.to_dict] is accepted, so a
        policy can live in a TOML or
        JSON file.

        Args:
            data: the table.
            name: a name for the policy (shown in errors and reprs).

        Returns:
            The policy.

        Raises:
            ConfigurationError: every problem at once (unknown audiences, privacy values or
                fields, values that are not booleans, missing pairs, weakened guarantees).
        """
        problems: list[str] = []
        rules: list[tuple[Audience, Privacy, ViewRule | None]] = []
        if not isinstance(data, dict):
            raise ConfigurationError(
                _policy(name),
                [Phrase(N_("expected a mapping, got {type}"), type=type(data).__name__)],
            )
        for audience_key, row in data.items():
            if audience_key not in Audience._value2member_map_:
                problems.append(
                    Phrase(
                        N_("unknown audience {audience}; expected one of: {values}"),
                        audience=shown(audience_key),
                        values=", ".join(a.value for a in Audience),
                    )
                )
                continue
            if not isinstance(row, dict):
                problems.append(
                    Phrase(
                        N_("{audience_key}: expected a mapping of privacy values"),
                        audience_key=audience_key,
                    )
                )
                continue
            for privacy_key, cell in row.items():
                if privacy_key not in Privacy._value2member_map_:
                    problems.append(
                        Phrase(
                            N_("{where}: unknown privacy value; expected one of: {values}"),
                            where=f"{audience_key} x {_key_text(privacy_key)}",
                            values=", ".join(p.value for p in Privacy),
                        )
                    )
                    continue
                where = f"{audience_key} x {privacy_key}"
                rule, found = _parse_rule(where, cell)
                problems.extend(found)
                if not found:
                    rules.append((Audience(audience_key), Privacy(privacy_key), rule))
        if problems:
            raise ConfigurationError(_policy(name), problems)
        return cls(name=name, rules=tuple(rules))

    def to_dict(self) -> dict[str, dict[str, dict[str, bool] | None]]:
        """The table as plain data (the shape
        [`from_dict()`][pengaduan.privacy.ViewPolicy.from_dict] reads)."""
        out: dict[str, dict[str, dict[str, bool] | None]] = {}
        for audience in _AUDIENCES:
            out[audience.value] = {}
            for privacy in _PRIVACIES:
                rule = self.rule(audience, privacy)
                out[audience.value][privacy.value] = None if rule is None else rule.to_dict()
        return out


def _key_text(key: object) -> str:
    """A table key as a problem's place shows it: itself when it may be shown, else ``?``
    (it could be personal data, or an int too large to write)."""
    return key if isinstance(key, str) and not isinstance(shown(key), Phrase) else "?"


def _parse_rule(where: str, cell: object) -> tuple[ViewRule | None, list[str]]:
    if cell is None or cell == "refuse":
        return None, []
    if not isinstance(cell, dict):
        return None, [
            Phrase(
                N_("{where}: expected a mapping of fields or None, got {type}"),
                where=where,
                type=type(cell).__name__,
            )
        ]
    problems: list[str] = [
        Phrase(N_("{where}: unknown field {key}"), where=where, key=shown(key))
        for key in cell
        if key not in RULE_FIELDS
    ]
    problems += [
        Phrase(N_("{where}: {key} must be true or false"), where=where, key=key)
        for key, value in cell.items()
        if key in RULE_FIELDS and not isinstance(value, bool)
    ]
    if problems:
        return None, problems
    return ViewRule(**cell), []


# ---------------------------------------------------------------------------------------------
# The view


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One event of a complaint as an audience sees it.

    Attributes:
        sequence: the event's position in the history (1-based).
        action: the action name (stable value).
        label: the action's Indonesian label.
        label_en: the action's English label.
        status: the status after the event.
        at: when it happened (UTC).
        role: the role of whoever acted.
        actor_id: the account or unit id, when the audience may see it (never the reporter's
            account unless the identity is shown; no account ids for the public).
        payload: the event's data as canonical JSON, redacted for the audience; ``None`` when
            the audience does not see event data.
    """

    sequence: int
    action: str
    label: str
    label_en: str
    status: str
    at: datetime
    role: Role
    actor_id: str | None = None
    payload: str | None = attrs.field(default=None, repr=False)

    @property
    def data(self) -> dict[str, Any] | None:
        """The event data the audience may see (a fresh dict), or ``None``."""
        if self.payload is None:
            return None
        result: dict[str, Any] = json.loads(self.payload)
        return result

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON-compatible data."""
        return {
            "sequence": self.sequence,
            "action": self.action,
            "label": self.label,
            "label_en": self.label_en,
            "status": self.status,
            "at": format_utc(self.at),
            "role": self.role.value,
            "actor_id": self.actor_id,
            "data": self.data,
        }


_DATETIME = instance_of(datetime, N_("must be a datetime"))
_to_audience = enum_converter(Audience, "audience")
_to_privacy = enum_converter(Privacy, "privacy")


def _audience(value: object) -> Audience:
    return _to_audience(value)


def _privacy(value: object) -> Privacy:
    return _to_privacy(value)


@attrs.frozen(kw_only=True)
class ComplaintView:
    """A redacted projection of a complaint for one audience.

    Nothing here holds more than the audience may see: withheld parts are ``None`` (or counted,
    for attachments). ``repr`` shows the tracking id, audience, privacy and status only.

    Attributes:
        tracking_id: the complaint's tracking id.
        audience: who the view is for.
        privacy: the complaint's effective privacy (unset shows as ``rahasia``).
        status: the current status value.
        status_label: the status's Indonesian label.
        status_label_en: the status's English label.
        classification: aspirasi, pengaduan, permintaan informasi, whistleblowing.
        category: the complaint's category, if any.
        kelurahan: the location's kelurahan, if any.
        kecamatan: the location's kecamatan, if any.
        city: the location's kabupaten/kota, if any.
        address: the location's street address, when the audience may see it, redacted like
            the text (the street itself is kept).
        subject: the subject, redacted for the audience (``None`` when withheld or absent).
        text: the text, redacted for the audience (``None`` when withheld).
        reporter: the reporter record, only when the audience may see the identity.
        attachments: attachment metadata the audience may see (with neutral file names for
            an audience that does not see the identity and personal data).
        withheld_attachments: how many attachments were withheld.
        timeline: the history as the audience sees it.
        received_at: when the complaint was received (UTC).
        updated_at: the time of its last event (UTC).
        disclosed: the identity fields this view revealed (recorded in the history unless the
            audience is the admin; always empty in the reporter's own view, which shows the
            reporter nothing they did not give).
        redactions: how many spans of each kind were redacted, as ``(kind, count)`` pairs.

    Raises:
        ArgumentError: a view built by hand whose ``tracking_id`` or ``status`` is not a str,
            ``audience`` or ``privacy`` not one of their values (a member or its value string
            is taken), or ``received_at`` or ``updated_at`` not a datetime.
    """

    tracking_id: str = attrs.field(converter=exact_str, validator=valid_text)
    audience: Audience = attrs.field(converter=_audience)
    privacy: Privacy = attrs.field(converter=_privacy)
    status: str = attrs.field(converter=exact_str, validator=valid_text)
    status_label: str
    status_label_en: str
    classification: str
    category: str | None
    kelurahan: str | None = None
    kecamatan: str | None = None
    city: str | None = None
    address: str | None = attrs.field(default=None, repr=False)
    subject: str | None = attrs.field(default=None, repr=False)
    text: str | None = attrs.field(default=None, repr=False)
    reporter: Reporter | None = attrs.field(default=None, repr=False)
    attachments: tuple[Attachment, ...] = attrs.field(default=(), repr=False)
    withheld_attachments: int = 0
    timeline: tuple[TimelineEntry, ...] = attrs.field(default=(), repr=False)
    received_at: datetime = attrs.field(repr=False, validator=_DATETIME)
    updated_at: datetime = attrs.field(repr=False, validator=_DATETIME)
    disclosed: tuple[str, ...] = ()
    redactions: tuple[tuple[str, int], ...] = attrs.field(default=(), repr=False)

    def __repr__(self) -> str:
        return (
            f"ComplaintView(tracking_id={self.tracking_id!r}, audience={self.audience.value!r}, "
            f"privacy={self.privacy.value!r}, status={self.status!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The view as JSON-compatible data, for an API response or a page template."""
        reporter = None
        if self.reporter is not None:
            reporter = {
                name: getattr(self.reporter, name)
                for name in IDENTITY_FIELDS
                if getattr(self.reporter, name) is not None
            }
        return {
            "tracking_id": self.tracking_id,
            "audience": self.audience.value,
            "privacy": self.privacy.value,
            "status": self.status,
            "status_label": self.status_label,
            "status_label_en": self.status_label_en,
            "classification": self.classification,
            "category": self.category,
            "location": {
                "kelurahan": self.kelurahan,
                "kecamatan": self.kecamatan,
                "city": self.city,
                "address": self.address,
            },
            "subject": self.subject,
            "text": self.text,
            "reporter": reporter,
            "attachments": [
                {
                    "media_type": a.media_type,
                    "size_bytes": a.size_bytes,
                    "sha256": a.sha256,
                    "filename": a.filename,
                }
                for a in self.attachments
            ],
            "withheld_attachments": self.withheld_attachments,
            "timeline": [entry.to_dict() for entry in self.timeline],
            "received_at": format_utc(self.received_at),
            "updated_at": format_utc(self.updated_at),
            "redactions": dict(self.redactions),
        }


# ---------------------------------------------------------------------------------------------
# The viewer


@attrs.frozen(kw_only=True)
class _LiteralDetector:
    """One literal value of the reporter record (an address, an account id), any case, any
    spacing, as a whole word sequence. Literal words joined by ``\\s+`` match in linear time."""

    name: str
    kind: str
    pattern: re.Pattern[str] = attrs.field(repr=False)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        for match in self.pattern.finditer(text):
            yield Finding(kind=self.kind, start=match.start(), end=match.end(), detector=self.name)


def _literal_detector(name: str, kind: str, value: str) -> _LiteralDetector | None:
    words = fold_text(value).split()
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return _LiteralDetector(name=name, kind=kind, pattern=compile_transient(pattern, re.IGNORECASE))


#: The detectors of the reporter's own values (home address, account) for the view being made in
#: this thread or task: set by `_TextPass._run()` around each redaction, read by
#: `_ReporterValues`. They are built for one view (their patterns hold personal data, and live
#: only as long as the view); the redactor that runs them is built once per configuration.
_REPORTER_VALUES: ContextVar[tuple[Detector, ...]] = ContextVar(
    "pengaduan_reporter_values", default=()
)


@attrs.frozen(kw_only=True)
class _ReporterValues:
    """Runs the current view's detectors of the reporter's own values (`_REPORTER_VALUES`),
    in order: one detector object, so one sweep redactor serves every view of a viewer. Its
    findings name the detector that found them (``reporter-address``...), as when each was a
    detector of its own. Outside a view it finds nothing."""

    name: str = "reporter-values"

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        for detector in _REPORTER_VALUES.get():
            yield from detector(text, context)


class _Sweeps(NamedTuple):
    """The reporter-only redactors of one redactor configuration."""

    known_only: Redactor
    """The reporter's known identity (names, phones, e-mails, NIKs) alone."""
    with_values: Redactor
    """The same, then the reporter's own values of the view (`_ReporterValues`)."""


def _build_sweeps(operators: tuple[tuple[str, Operator], ...], fallback: Operator) -> _Sweeps:
    detectors: tuple[Detector, ...] = (KnownIdentityDetector(), NumberDetector(only_known=True))
    known_only = Redactor(detectors=detectors, operators=operators, fallback=fallback)
    return _Sweeps(known_only, known_only.with_detectors(_ReporterValues()))


#: How many redactor configurations keep their reporter-only redactors built.
SWEEP_CACHE_SIZE = 32

_cached_sweeps = lru_cache(maxsize=SWEEP_CACHE_SIZE)(_build_sweeps)
"""`_build_sweeps()`, built once per configuration (the redactor's operators and fallback, all
that the reporter-only redactors take from it; `functools.lru_cache` is thread-safe)."""


def _sweeps(redactor: Redactor) -> _Sweeps:
    """The reporter-only redactors for ``redactor``'s operators and fallback, shared by every
    viewer with the same ones (an operator that cannot be hashed: built for this viewer)."""
    operators, fallback = redactor.operators, redactor.fallback
    try:
        hash((operators, fallback))
    except TypeError:
        return _build_sweeps(operators, fallback)
    return _cached_sweeps(operators, fallback)  # type: ignore[arg-type]  # hashable: checked


class _TextPass:
    """How one view treats text: unchanged, reporter-only redaction, or full redaction.

    When the identity is hidden, a reporter-only pass runs over the redacted text. The
    overlap rule keeps the longest of two overlapping spans whole, so a long span from one
    detector can win over the reporter's name found by another and leave part of it behind
    (``a.n. maria tefa a.n. MARIA TEFA``); the second pass removes any such remainder. Tags are
    inert, so it changes nothing else. Where the reporter has a home address or an account, the
    same pass also runs first (``first``), so those values (a home address with a phone in it,
    a handle ``maria.tefa_kpg``) are matched as written before a detector replaces a part of
    them (the phone, the first name).
    """

    __slots__ = ("counts", "first", "known", "redactor", "sweep", "values")

    def __init__(
        self,
        redactor: Redactor | None,
        known: KnownIdentity,
        sweep: Redactor | None = None,
        *,
        first: bool = False,
        values: tuple[Detector, ...] = (),
    ) -> None:
        self.redactor = redactor
        self.known = known
        self.sweep = sweep
        self.first = first and sweep is not None
        self.values = values
        self.counts: dict[str, int] = {}

    def __call__(self, text: str) -> str:
        if self.redactor is None:
            return text
        if self.first and self.sweep is not None:
            text = self._run(self.sweep, text)
        text = self._run(self.redactor, text)
        if self.sweep is not None:
            text = self._run(self.sweep, text)
        return text

    def _run(self, redactor: Redactor, text: str) -> str:
        if self.values:
            # The reporter's own values, for the shared sweep redactor (`_ReporterValues`).
            token = _REPORTER_VALUES.set(self.values)
            try:
                result = redactor.redact(text, known=self.known)
            finally:
                _REPORTER_VALUES.reset(token)
        else:
            result = redactor.redact(text, known=self.known)
        for span in result.spans:
            self.counts[span.kind] = self.counts.get(span.kind, 0) + 1
        return result.text

    def optional(self, text: str | None) -> str | None:
        """Redact a free-text field that may be absent."""
        return None if text is None else self(text)

    def value(self, value: Any, depth: int = 0) -> Any:  # noqa: PLR0911 - one per JSON type
        """Redact every string, key and number inside JSON-compatible data.

        Keys are free text too (an app may store ``{"Maria Tefa": ...}``): each goes through the
        same pass; two keys that redact alike are kept apart with a ``#2``, ``#3`` suffix.
        Numbers are redacted through their decimal text (a NIK or phone stored as a number) and
        replaced by the redacted text when anything was found. Data nested deeper than
        [`MAX_DEPTH`][pengaduan.audit.MAX_DEPTH] is replaced by ``"[NESTED]"``.
        """
        if self.redactor is None:
            return value
        if depth > MAX_DEPTH:
            return "[NESTED]"
        if isinstance(value, str):
            return self(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            written = repr(value) if isinstance(value, float) else _int_text(value)
            redacted = self(written)
            return value if redacted == written else redacted
        if isinstance(value, list):
            return [self.value(v, depth + 1) for v in value]
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for key, item in value.items():
                name = self(key) if isinstance(key, str) else self(str(key))
                unique, number = name, 1
                while unique in out:
                    number += 1
                    unique = f"{name}#{number}"
                out[unique] = self.value(item, depth + 1)
            return out
        return value


#: How deep event data is redacted; deeper data is replaced by a marker.
MAX_DEPTH = 32


def _int_text(value: int) -> str:
    """The decimal text of an int, or a marker for one too long to be personal data."""
    return str(value) if value.bit_length() < 200 else "0"


@attrs.frozen(kw_only=True)
class Viewer:
    """Builds audience views with one redactor, policy and workflow; build once and share.

    A viewer holds no state of its own between views, and is safe to share between threads.
    The reporter-only redactors it derives from ``redactor`` (see
    [Privacy](../explanation/privacy.md)) are built once per operator configuration and shared
    by every viewer with the same one.

    Attributes:
        redactor: redacts personal data in text and event data (``Redactor.default()``).
        policy: who sees what (``ViewPolicy.default()``).
        workflow: gives status and action labels and records disclosures
            (``Workflow.default()``).
    """

    redactor: Redactor = attrs.field(factory=Redactor.default)
    policy: ViewPolicy = attrs.field(factory=ViewPolicy.default)
    workflow: Workflow = attrs.field(factory=Workflow.default)
    _sweeps: _Sweeps = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        problems: list[str] = [
            Phrase(
                N_("{name} is not a {type}: {type2}"),
                name=name,
                type=kind.__name__,
                type2=type(getattr(self, name)).__name__,
            )
            for name, kind in (
                ("redactor", Redactor),
                ("policy", ViewPolicy),
                ("workflow", Workflow),
            )
            if not isinstance(getattr(self, name), kind)
        ]
        if problems:
            raise ConfigurationError(N_("viewer"), problems)
        object.__setattr__(self, "_sweeps", _sweeps(self.redactor))

    def view(
        self, complaint: Complaint, audience: Audience | str, *, viewer: Actor, at: datetime
    ) -> tuple[ComplaintView, Complaint]:
        """The view of ``complaint`` for ``audience``, and the complaint to store.

        Args:
            complaint: the complaint as last stored.
            audience: who the view is for.
            viewer: who is looking: any actor for the public view, a unit account (its id is
                the unit id) for the unit view, an admin for the admin view, an oversight
                account for the oversight view, and for the reporter view the complaint's own
                reporter, ``Actor.reporter(complaint.reporter.account_id)`` (the binding the
                workflow applies to the reporter's actions).
            at: when the view is made (aware); the time of the disclosure event, if any.

        Returns:
            ``(view, complaint)``: the complaint has one more ``akses_identitas`` event when the
            view revealed the reporter's identity to someone other than the admin, and is the
            argument unchanged otherwise. Store it: the history is the truth.

        Raises:
            PrivacyError: the policy refuses this audience for the complaint's privacy (a
                public view of a rahasia or unset complaint), a unit the complaint is not
                assigned to, a viewer whose role does not match the audience, or a reporter
                view asked by anyone but the complaint's reporter (or of a complaint with no
                reporter account).
            RedactionError: ``complaint``, ``audience`` or ``viewer`` is not what it should be.
            NaiveDatetimeError: ``at`` has no time zone.
            TimeOrderError: a disclosure must be recorded and ``at`` is before the last event.
        """
        audience = _check_arguments(complaint, audience, viewer, at)
        when = to_utc(at, "at")
        privacy = complaint.effective_privacy
        rule = self._rule(complaint, audience, privacy, viewer)
        reporter = complaint.reporter
        own = audience is Audience.REPORTER
        disclosed = (
            tuple(name for name in IDENTITY_FIELDS if getattr(reporter, name) is not None)
            if rule.identity and not own
            else ()
        )
        # The reporter reads what they wrote as they wrote it; what officers wrote is redacted.
        answers = self._text_pass(rule, reporter)
        texts = _TextPass(None, answers.known) if own else answers
        location = complaint.location
        attachments = (  # the reporter's own files, as they sent them
            complaint.attachments
            if own and rule.attachments
            else shown_attachments(complaint.attachments, rule)
        )
        result = ComplaintView(
            tracking_id=complaint.tracking_id,
            audience=audience,
            privacy=privacy,
            status=complaint.status,
            status_label=self._label(complaint.status, "id"),
            status_label_en=self._label(complaint.status, "en"),
            classification=complaint.classification.value,
            category=texts.optional(complaint.category),
            kelurahan=None if location is None else texts.optional(location.kelurahan),
            kecamatan=None if location is None else texts.optional(location.kecamatan),
            city=None if location is None else texts.optional(location.city),
            address=street_address(texts, rule, location),
            subject=texts(complaint.subject)
            if rule.text and complaint.subject is not None
            else None,
            text=texts(complaint.text) if rule.text else None,
            reporter=reporter if rule.identity else None,
            attachments=attachments,
            withheld_attachments=len(complaint.attachments) - len(attachments),
            timeline=self._timeline(complaint, audience, rule, answers),
            received_at=complaint.received_at,
            updated_at=complaint.updated_at,
            disclosed=disclosed,
            redactions=tuple(sorted(answers.counts.items())),
        )
        if disclosed and audience is not Audience.ADMIN:
            complaint = self.workflow.record_disclosure(
                complaint, at=when, actor=viewer, audience=audience.value, fields=disclosed
            )
        return result, complaint

    def _rule(
        self, complaint: Complaint, audience: Audience, privacy: Privacy, viewer: Actor
    ) -> ViewRule:
        def refuse(reason: str | None = None) -> PrivacyError:
            return PrivacyError(
                complaint_id=complaint.tracking_id,
                audience=audience.value,
                privacy=privacy.value,
                reason=reason,
            )

        role = AUDIENCE_ROLES[audience]
        if role is not None and viewer.role is not role:
            raise refuse(
                Phrase(
                    N_("the {audience} view needs a viewer with role {role}"),
                    audience=audience.value,
                    role=repr(role.value),
                )
            )
        rule = self.policy.rule(audience, privacy)
        if rule is None:
            raise refuse()
        if audience is Audience.UNIT and viewer.id not in complaint.units:
            raise refuse(Phrase(N_("unit {id} is not assigned to it"), id=repr(viewer.id)))
        if audience is Audience.REPORTER:
            account = complaint.reporter.account_id
            if account is None:
                raise refuse(N_("the complaint has no reporter account to view it with"))
            if viewer.id != account:
                raise refuse(N_("only the complaint's own reporter may see the reporter view"))
        return rule

    def _text_pass(self, rule: ViewRule, reporter: Reporter) -> _TextPass:
        known = KnownIdentity.from_reporter(reporter)
        if rule.identity and rule.personal_data:
            return _TextPass(None, known)
        if rule.identity:
            return _TextPass(self.redactor, known)
        values = tuple(
            detector
            for detector in (
                _literal_detector("reporter-address", PiiKind.ADDRESS, reporter.address or ""),
                _literal_detector("reporter-account", "account", reporter.account_id or ""),
                handle_detector(reporter.account_id),
            )
            if detector is not None
        )
        # One sweep redactor per configuration: the reporter's own values reach it through
        # the pass (`_ReporterValues`), never by building a redactor for this view.
        sweep = self._sweeps.with_values if values else self._sweeps.known_only
        if rule.personal_data:
            return _TextPass(sweep, known, values=values)
        return _TextPass(self.redactor, known, sweep, first=bool(values), values=values)

    def _answers(self, action: str, data: dict[str, Any]) -> dict[str, Any]:
        """The fields of an officer's event the reporter may read: those its action declares
        ``reporter_visible`` (an undeclared field, or an action the workflow does not know,
        is an officers' note)."""
        try:
            fields = self.workflow.fields(action)
        except LookupError:
            return {}
        shown = {field.name for field in fields if field.reporter_visible}
        return {key: value for key, value in data.items() if key in shown}

    def _label(self, name: str, lang: str) -> str:
        try:
            return self.workflow.label(name, lang)
        except LookupError:
            return name

    def _timeline(
        self, complaint: Complaint, audience: Audience, rule: ViewRule, texts: _TextPass
    ) -> tuple[TimelineEntry, ...]:
        audits = audience in {Audience.ADMIN, Audience.OVERSIGHT}
        account = complaint.reporter.account_id if audience is Audience.REPORTER else None
        entries = []
        for event in complaint.history:
            if event.action == DISCLOSURE_ACTION and not audits:
                continue
            actor = event.actor
            mine = account is not None and actor.role is Role.PELAPOR and actor.id == account
            hide_actor = audience is Audience.PUBLIC or (
                actor.role is Role.PELAPOR and not rule.identity
            )
            if account is not None and not mine:
                hide_actor = actor.role is not Role.UNIT  # officers' own accounts stay inside
            payload = None
            if rule.event_data and mine:
                payload = event.payload
            elif rule.event_data and account is not None:
                data = self._answers(event.action, event.data)
                payload = canonical_json(texts.value(data)) if data else "{}"
            elif rule.event_data:
                payload = (
                    event.payload
                    if texts.redactor is None or event.payload == "{}"
                    else canonical_json(texts.value(event.data))
                )
            entries.append(
                TimelineEntry(
                    sequence=event.sequence,
                    action=event.action,
                    label=self._label(event.action, "id"),
                    label_en=self._label(event.action, "en"),
                    status=event.to_status,
                    at=event.at,
                    role=actor.role,
                    actor_id=None if hide_actor else actor.id,
                    payload=payload,
                )
            )
        return tuple(entries)


def _check_arguments(complaint: object, audience: object, viewer: object, at: object) -> Audience:
    if not isinstance(at, datetime):
        raise ArgumentError(
            argument="at", rule=N_("must be an aware datetime"), given=type_name(at)
        )
    if not isinstance(complaint, Complaint):
        raise RedactionError(
            reason="not-complaint",
            detail=Phrase(N_("expected a Complaint, got {type}"), type=type(complaint).__name__),
        )
    if not isinstance(viewer, Actor):
        raise RedactionError(
            reason="not-actor",
            detail=Phrase(N_("viewer must be an Actor, got {type}"), type=type(viewer).__name__),
        )
    if not isinstance(audience, str) or audience not in Audience._value2member_map_:
        raise RedactionError(
            reason="unknown-audience",
            detail=Phrase(
                N_("audience must be one of: {values}"), values=", ".join(a.value for a in Audience)
            ),
        )
    return Audience(audience)


@cache
def _default_viewer() -> Viewer:
    return Viewer()


class _Same:
    """A cache key that is its value itself: equal only to the same object, hashed by
    identity (a redactor, a policy or a workflow may be costly to hash, or unhashable; the
    cache holds the key, so the object stays alive and its id is not reused)."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.value is self.value


#: How many component sets the `view()` shortcut keeps a viewer built for.
VIEWER_CACHE_SIZE = 16


@lru_cache(maxsize=VIEWER_CACHE_SIZE)
def _shared_viewer(redactor: _Same, policy: _Same, workflow: _Same) -> Viewer:
    return Viewer(redactor=redactor.value, policy=policy.value, workflow=workflow.value)  # type: ignore[arg-type]


def view(
    complaint: Complaint,
    audience: Audience | str,
    *,
    viewer: Actor,
    at: datetime,
    redactor: Redactor | None = None,
    policy: ViewPolicy | None = None,
    workflow: Workflow | None = None,
) -> tuple[ComplaintView, Complaint]:
    """The view of ``complaint`` for ``audience``, and the complaint to store.

    A shortcut for [`Viewer.view()`][pengaduan.privacy.Viewer.view]; components left out are the
    defaults. The [`Viewer`][pengaduan.privacy.Viewer] for a set of components is built once
    and kept for the calls that pass the same objects (the last 16 sets; thread-safe): pass the
    same redactor, policy and workflow objects every time, or build a viewer yourself.

    Example:
        >>> from datetime import UTC, datetime
        >>> from pengaduan import Actor, Privacy, Reporter, Submission, Workflow
        >>> wf = Workflow.default()
        >>> at = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
        >>> complaint = wf.receive(
        ...     Submission(text="Saya Yohanes, HP 0812-3456-7890", channel="sms",
        ...                reporter=Reporter(name="Yohanes Benu"), privacy=Privacy.ANONIM),
        ...     tracking_id="KPG-1", at=at, actor=Actor.system())
        >>> public, stored = view(complaint, "public", viewer=Actor.system("portal"), at=at)
        >>> public.text
        'Saya [NAME], HP [PHONE]'
        >>> stored is complaint
        True

    Raises:
        PrivacyError, RedactionError, NaiveDatetimeError, TimeOrderError: see
            [`Viewer.view()`][pengaduan.privacy.Viewer.view].
    """
    if redactor is None and policy is None and workflow is None:
        chosen = _default_viewer()
    else:
        # One viewer per set of components, reused by the calls that pass the same objects.
        default = _default_viewer()
        chosen = _shared_viewer(
            _Same(default.redactor if redactor is None else redactor),
            _Same(default.policy if policy is None else policy),
            _Same(default.workflow if workflow is None else workflow),
        )
    return chosen.view(complaint, audience, viewer=viewer, at=at)
