"""The complaint record and its history.

A [`Complaint`][pengaduan.model.Complaint] is an immutable record (what the reporter submitted) plus
an append-only tuple
of [`Event`][pengaduan.model.Event] objects. Everything that changes over a complaint's life (its
status, the units it
is assigned to, its version) is computed from that history, so nothing stored can drift from it.

Vocabulary follows SP4N-LAPOR! v3 (lapor.go.id; the v3 admin manual): a report is an *aspirasi*,
*pengaduan*, *permintaan informasi* or *whistleblowing*; reporters choose *anonim* (identity hidden)
or *rahasia* (report hidden). Forgetting to choose must fail closed, so an unset privacy behaves as
*rahasia* (see [`Complaint.effective_privacy`][pengaduan.model.Complaint.effective_privacy]).

Text and identity never appear in a ``repr``: complaint objects end up in logs and tracebacks.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Sequence
from enum import StrEnum
from json.scanner import make_scanner
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._core.text import encodable, exact, exact_optional, exact_str
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping
    from datetime import datetime

__all__ = [
    "CONSENT_ACTION",
    "PRIVACY_ACTION",
    "Actor",
    "Attachment",
    "Channel",
    "Classification",
    "Complaint",
    "Event",
    "History",
    "Location",
    "Privacy",
    "Reporter",
    "Role",
    "Submission",
]


PRIVACY_ACTION = "ubah_privasi"
"""The only action that changes a complaint's privacy (reserved in every workflow)."""

CONSENT_ACTION = "persetujuan_privasi"
"""The action recording the reporter's consent to a looser privacy (reserved in every workflow)."""

_E = TypeVar("_E", bound=StrEnum)


def check_text(value: object, argument: str) -> str:
    """``value`` if it is a ``str`` that UTF-8 can encode (no lone surrogates), else raise.

    Raises:
        ArgumentError: not a ``str``, or a ``str`` holding a lone surrogate (which a JSON body
            can carry as ``"\\ud800"``, and which no database or digest can store).
    """
    if type(value) is not str:
        if not isinstance(value, str):
            raise ArgumentError(argument=argument, rule=N_("must be a str"), given=type_name(value))
        value = exact(value)
    if not encodable(value):
        raise ArgumentError(argument=argument, rule=N_("must not contain lone surrogates"))
    return value


def is_key(value: object) -> bool:
    """Whether ``value`` may be an event's idempotency key: a ``str``, not empty, not only
    whitespace."""
    return isinstance(value, str) and bool(value) and not str.isspace(value)


def _valid_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    check_text(value, attribute.name)


def _valid_optional_text(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value is not None:
        check_text(value, attribute.name)


_NUL = N_("must not contain the NUL character (U+0000), which no database stores as text")


def _new_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A text field of a submission: storable text without NUL (a stored record holding one,
    written before NUL was refused, still loads: only new input is refused)."""
    if value is None and attribute.default is None:
        return
    if "\x00" in check_text(value, attribute.name):
        raise ArgumentError(argument=attribute.name, rule=_NUL)


def _new_parts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """The reporter, location or attachments of a submission: no text of theirs holds NUL."""
    parts = value if isinstance(value, tuple) else () if value is None else (value,)
    for index, part in enumerate(parts):
        for field in attrs.fields(type(part)):
            text = getattr(part, field.name)
            if isinstance(text, str) and "\x00" in text:
                name = f"{attribute.name}[{index}]" if isinstance(value, tuple) else attribute.name
                raise ArgumentError(argument=f"{name}.{field.name}", rule=_NUL)


def enum_value(enum: type[_E], value: object, argument: str) -> _E:
    """The member of ``enum`` for ``value`` (a member or its value), else an ``ArgumentError``.

    The message lists the allowed values and never repeats what was given.
    """
    if isinstance(value, enum):
        return value
    member = enum._value2member_map_.get(value) if isinstance(value, str) else None
    if member is None:
        raise ArgumentError(
            argument=argument,
            rule=Phrase(N_("must be one of: {values}"), values=", ".join(m.value for m in enum)),
            given=type_name(value) if not isinstance(value, str) else N_("another str"),
        )
    return member  # type: ignore[return-value]


class Classification(StrEnum):
    """What kind of report it is (LAPOR! v3 classification)."""

    ASPIRASI = "aspirasi"
    PENGADUAN = "pengaduan"
    PERMINTAAN_INFORMASI = "permintaan_informasi"
    WHISTLEBLOWING = "whistleblowing"


class Channel(StrEnum):
    """How the report reached the government (DOMAIN.md, "Channels")."""

    SMS = "sms"
    WEB = "web"
    APLIKASI = "aplikasi"
    WHATSAPP = "whatsapp"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    EMAIL = "email"
    TELEPON = "telepon"
    LOKET = "loket"
    KOTAK_SARAN = "kotak_saran"
    QLUE = "qlue"
    LAINNYA = "lainnya"


class Privacy(StrEnum):
    """What the reporter allowed to be shown.

    ``PUBLIK``: report and identity may be shown. ``ANONIM``: the report may be shown, the identity
    never leaves the admin. ``RAHASIA``: nothing is public. A complaint without a choice is treated
    as ``RAHASIA``.
    """

    PUBLIK = "publik"
    ANONIM = "anonim"
    RAHASIA = "rahasia"


class Role(StrEnum):
    """Who acts on a complaint."""

    PELAPOR = "pelapor"
    """The reporter."""
    ADMIN = "admin"
    """The coordinating admin (admin koordinator / admin instansi)."""
    UNIT = "unit"
    """A unit (OPD, UPP, Puskesmas) acting through its liaison officer."""
    SISTEM = "sistem"
    """An automated job: a gateway, the auto-close job."""
    PENGAWAS = "pengawas"
    """External oversight (Ombudsman RI)."""


def _role(value: object) -> Role:
    return enum_value(Role, value, "Actor.role")


def _channel(value: object) -> Channel:
    return enum_value(Channel, value, "channel")


def _classification(value: object) -> Classification:
    return enum_value(Classification, value, "classification")


def _optional_privacy(value: object) -> Privacy | None:
    return None if value is None else enum_value(Privacy, value, "privacy")


@attrs.frozen(kw_only=True)
class Actor:
    """Who performed an event: a role and an opaque account id.

    The id must be an account or unit identifier (``"bag-organisasi"``, ``"dinkes"``), never a
    person's name, phone number or NIK: it is stored in the history and shown in reprs. Ids are
    therefore checked: 1-128 characters from ``A-Z a-z 0-9 . _ : -``, starting with a letter or a
    digit (so no ``@``: not an e-mail address), and no 8 or more digits with only separators
    between them (``0813-3900-1122``, ``5371.0123.4567.0001``: a phone number, a NIK), unless the
    whole id is a keyed pseudonym exactly as
    [`reporter_pseudonym()`][pengaduan.identity.reporter_pseudonym] makes it (``psn-`` and 24
    lower-case base32 characters). Histories stored under the earlier, looser rule still load
    (see ``check_stored_actor_id``); new actors are checked by this one.

    Raises:
        ArgumentError: the role is unknown or the id breaks those rules.
    """

    role: Role = attrs.field(converter=_role)
    id: str = attrs.field()

    @id.validator
    def _account_id(self, attribute: attrs.Attribute[str], value: object) -> None:
        check_actor_id(value)

    @classmethod
    def admin(cls, id: str) -> Actor:
        """An admin account."""
        return cls(role=Role.ADMIN, id=id)

    @classmethod
    def unit(cls, id: str) -> Actor:
        """A unit's liaison account; ``id`` is the unit id."""
        return cls(role=Role.UNIT, id=id)

    @classmethod
    def reporter(cls, id: str = "pelapor") -> Actor:
        """The reporter (an opaque account id, never the reporter's name or phone)."""
        return cls(role=Role.PELAPOR, id=id)

    @classmethod
    def system(cls, id: str = "sistem") -> Actor:
        """An automated job or gateway."""
        return cls(role=Role.SISTEM, id=id)

    @classmethod
    def oversight(cls, id: str = "ombudsman") -> Actor:
        """External oversight."""
        return cls(role=Role.PENGAWAS, id=id)

    def __str__(self) -> str:
        return f"{self.role.value}:{self.id}"


_ACTOR_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}\Z")
# 8 digits with nothing but separators between them: a phone (0813-3900-1122), a NIK
# (5371.0123.4567.0001), a KK or account number, however it is grouped. Of the separators people
# write (space . - / ( ) +), an id may hold only . and -; _ and : count as separators too.
_DIGIT_RUN = re.compile(r"\d(?:[._:-]*\d){7}")
# The exact shape identity.reporter_pseudonym() makes: "psn-" and 24 lower-case base32 characters.
_PSEUDONYM = re.compile(r"psn-[a-z2-7]{24}\Z")
# The rule before digits were counted across separators; what stored histories were written under.
_STORED_DIGITS = re.compile(r"\d{8}")


def _id_shape(value: object, argument: str) -> str:
    if not isinstance(value, str):
        raise ArgumentError(argument=argument, rule=N_("must be a str"), given=type_name(value))
    if not _ACTOR_ID.match(value):
        raise ArgumentError(
            argument=argument,
            rule=N_("must be an account or unit id: 1-128 characters from A-Z a-z 0-9 . _ : -"),
        )
    return value


def check_actor_id(value: object, argument: str = "Actor.id") -> str:
    """``value`` if it is a valid actor id (see [`Actor`][pengaduan.model.Actor]), else an
    ``ArgumentError`` naming ``argument``."""
    value = _id_shape(value, argument)
    if _DIGIT_RUN.search(value) and not _PSEUDONYM.match(value):
        raise ArgumentError(
            argument=argument,
            rule=N_(
                "must not hold 8 or more digits, even split by . _ : - (a phone number or NIK "
                "is not an id; use pengaduan.identity.reporter_pseudonym)"
            ),
        )
    return value


def check_stored_actor_id(value: object, argument: str = "Actor.id") -> str:
    """``value`` if a stored history may hold it as an actor or account id, else an
    ``ArgumentError``.

    Loading does not apply rules added after a history was written, so that every stored history
    keeps loading: this is the rule ids were checked by until digits were counted across
    separators (no 8 digits in a row, unless the id starts with ``psn-``). New actors and
    reporters are checked by the current rule ([`Actor`][pengaduan.model.Actor]).
    """
    value = _id_shape(value, argument)
    if _STORED_DIGITS.search(value) and not value.startswith("psn-"):
        raise ArgumentError(
            argument=argument,
            rule=N_(
                "must not hold 8 or more digits in a row (a phone number or NIK is not an id; "
                "use pengaduan.identity.reporter_pseudonym)"
            ),
        )
    return value


def stored_actor(role: Role, id: str) -> Actor:
    """An [`Actor`][pengaduan.model.Actor] read from a stored history: its id is checked by
    ``check_stored_actor_id()``, not by the current rule.

    Raises:
        ArgumentError: the role is not a ``Role`` or the id breaks the stored rule.
    """
    if not isinstance(role, Role):
        raise ArgumentError(argument="role", rule=N_("must be a Role"), given=type_name(role))
    check_stored_actor_id(id)
    actor = object.__new__(Actor)
    object.__setattr__(actor, "role", role)
    object.__setattr__(actor, "id", id)
    return actor


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)
class Reporter:
    """The reporter's identity. Every field is personal data and is kept out of reprs."""

    name: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )
    phone: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )
    """E.164 when it came through an intake adapter (``+6281234567890``)."""
    email: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )
    nik: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )
    address: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )
    account_id: str | None = attrs.field(default=None)
    """The reporter's account id in the app, or a keyed pseudonym for reporters known only by
    phone ([`pengaduan.identity.reporter_pseudonym()`][pengaduan.identity.reporter_pseudonym]).
    Reporter-role actions on the complaint
    are accepted only from an actor with this id."""

    @account_id.validator
    def _account(self, attribute: attrs.Attribute[str | None], value: object) -> None:
        if value is not None:
            check_actor_id(value, "Reporter.account_id")

    def __repr__(self) -> str:
        shown = [f.name for f in attrs.fields(Reporter) if getattr(self, f.name) is not None]
        return f"Reporter(<{len(shown)} identity fields hidden>)"

    def is_empty(self) -> bool:
        """True when no identity is known (a truly anonymous submission)."""
        return all(getattr(self, f.name) is None for f in attrs.fields(Reporter))


def _shown_length(value: str | None) -> str:
    """A text field as a repr shows it: its length, never its content."""
    return "None" if value is None else f"<{len(value)} characters>"


@attrs.frozen(kw_only=True, repr=False)
class Location:
    """Where the problem is.

    Every field is free text an app fills from a form (a kelurahan field can hold a name and a
    phone number as easily as ``"Oebobo"``), so reprs show only which fields are set and their
    lengths; the street address is personal data in any case.
    """

    kelurahan: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )
    kecamatan: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )
    city: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )
    """Kabupaten/kota, e.g. ``"Kota Kupang"``."""
    address: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={_shown_length(getattr(self, f.name))}" for f in attrs.fields(Location)
        )
        return f"Location({shown})"


# RFC 6838 section 4.2: a type and a subtype name, each a letter or digit and then up to 126 of
# the "restricted-name-chars"; no parameters (an attachment's type, not a Content-Type header).
_MEDIA_TYPE = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\Z"
)
# The top-level types IANA registers (RFC 6838 section 4.2 and later registrations): the only
# part of a media type a repr shows, since a subtype name can carry any word.
_TOP_LEVEL_TYPES = frozenset(
    {
        "application",
        "audio",
        "example",
        "font",
        "haptics",
        "image",
        "message",
        "model",
        "multipart",
        "text",
        "video",
    }
)
_SHA256_HEX = re.compile(r"[0-9a-f]{64}\Z")


def _media_type(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    text = check_text(value, attribute.name)
    if not _MEDIA_TYPE.match(text):
        raise ArgumentError(
            argument=attribute.name,
            rule=N_("must be a media type: type/subtype, such as image/jpeg (no parameters)"),
            given=Phrase(N_("str of length {n}"), n=len(text)),
        )


def _sha256(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    text = check_text(value, attribute.name)
    if not _SHA256_HEX.match(text):
        raise ArgumentError(
            argument=attribute.name,
            rule=N_("must be a SHA-256 digest: 64 lower-case hexadecimal characters"),
            given=Phrase(N_("str of length {n}"), n=len(text)),
        )


@attrs.frozen(kw_only=True, repr=False)
class Attachment:
    """Metadata of a file attached to a report (the bytes live in the app's storage).

    Photos can identify a reporter (an anonymous reporter was once exposed by a photo), so views
    withhold attachments from audiences that may not see them. ``media_type`` must be a
    ``type/subtype`` media type (RFC 6838) and ``sha256`` the file's digest as 64 lower-case hex
    characters; reprs show only the registered top-level type (``image``), the size, and whether
    a file name is set.

    Raises:
        ArgumentError: a field has the wrong type or shape (the message never repeats it).
    """

    media_type: str = attrs.field(converter=exact_str, validator=_media_type)
    size_bytes: int = attrs.field()
    sha256: str = attrs.field(converter=exact_str, validator=_sha256)
    filename: str | None = attrs.field(
        default=None, converter=exact_optional, validator=_valid_optional_text
    )

    @size_bytes.validator
    def _size(self, attribute: attrs.Attribute[int], value: object) -> None:
        if type(value) is not int or not 0 <= value < 2**63:
            raise ArgumentError(
                argument="size_bytes",
                rule=N_("must be an int from 0 to 2**63-1"),
                given=type_name(value),
            )

    def __repr__(self) -> str:
        top = self.media_type.partition("/")[0].lower()
        kind = f"{top}/..." if top in _TOP_LEVEL_TYPES else "<another type>"
        filename = "None" if self.filename is None else "<hidden>"
        return (
            f"Attachment(media_type=<{kind}>, size_bytes={self.size_bytes}, "
            f"sha256=<hidden>, filename={filename})"
        )


def stored_attachment(
    media_type: str, size_bytes: int, sha256: str, filename: str | None
) -> Attachment:
    """An [`Attachment`][pengaduan.model.Attachment] read from a stored record.

    Its digest covers the fields as they were written, so the shapes of ``media_type`` and
    ``sha256`` checked since are not required of it (loading never applies rules added after a
    record was written); the types, the size and the text checks are.

    Raises:
        ArgumentError: a field has the wrong type or is not storable text.
    """
    checked = Attachment(
        media_type="application/octet-stream", size_bytes=size_bytes, sha256="0" * 64
    )
    for name, value in (("media_type", media_type), ("sha256", sha256)):
        check_text(value, name)
    if filename is not None:
        check_text(filename, "filename")
    object.__setattr__(checked, "media_type", media_type)
    object.__setattr__(checked, "sha256", sha256)
    object.__setattr__(checked, "filename", filename)
    return checked


def _tuple_of_attachments(value: object) -> tuple[Attachment, ...]:
    if value is None:
        return ()
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ArgumentError(
            argument="attachments",
            rule=N_("must be a sequence of Attachment"),
            given=type_name(value),
        )
    items = tuple(guarded(value, "attachments", N_("must be a sequence of Attachment")))
    for item in items:
        if not isinstance(item, Attachment):
            raise ArgumentError(
                argument="attachments", rule=N_("must hold only Attachment"), given=type_name(item)
            )
    return items


def _reporter(value: object) -> Reporter:
    if not isinstance(value, Reporter):
        raise ArgumentError(
            argument="reporter", rule=N_("must be a Reporter"), given=type_name(value)
        )
    return value


def _location(value: object) -> Location | None:
    if value is not None and not isinstance(value, Location):
        raise ArgumentError(
            argument="location", rule=N_("must be a Location or None"), given=type_name(value)
        )
    return value


@attrs.frozen(kw_only=True)
class Submission:
    """What arrives through a channel, before it becomes a complaint.

    Intake adapters produce a submission;
    [`pengaduan.workflow.Workflow.receive()`][pengaduan.workflow.Workflow.receive] turns it into
    a [`Complaint`][pengaduan.model.Complaint] with a tracking id and its first event. Every field
    is checked when the
    submission is built, so nothing that could not be stored and loaded back gets this far.

    Raises:
        ArgumentError: a field has the wrong type, an unknown enumeration value, or text with a
            lone surrogate or the NUL character (U+0000, which no database stores as text: in
            the text, the subject, the category, or any text of the reporter, the location or
            an attachment, named as ``reporter.name``). The message names the field, never its
            content.
    """

    text: str = attrs.field(repr=False, converter=exact_str, validator=_new_text)
    channel: Channel = attrs.field(converter=_channel)
    classification: Classification = attrs.field(
        default=Classification.PENGADUAN,
        converter=_classification,
    )
    subject: str | None = attrs.field(
        default=None, repr=False, converter=exact_optional, validator=_new_text
    )
    reporter: Reporter = attrs.field(
        factory=Reporter, repr=False, converter=_reporter, validator=_new_parts
    )
    privacy: Privacy | None = attrs.field(default=None, converter=_optional_privacy)
    category: str | None = attrs.field(
        default=None, repr=False, converter=exact_optional, validator=_new_text
    )
    location: Location | None = attrs.field(default=None, converter=_location, validator=_new_parts)
    attachments: tuple[Attachment, ...] = attrs.field(
        default=(), converter=_tuple_of_attachments, validator=_new_parts
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Event:
    """One entry of a complaint's history.

    ``data`` is kept as canonical JSON text so that events are deeply immutable, cheap to hold and
    to hash; read it through [`data`][pengaduan.model.Event.data]. ``digest`` chains the event to
    the one before it (see
    [`pengaduan.history.verify_history()`][pengaduan.history.verify_history]). Events are plain
    values: they hold no slot for weak
    references (neither do reporters and complaints: they are built like drafts, see
    `EventDraft`).
    """

    sequence: int
    action: str
    from_status: str | None
    to_status: str
    actor: Actor
    at: datetime
    """The instant, as a UTC datetime."""
    payload: str = attrs.field(default="{}", repr=False)
    """Canonical JSON of the event's data (may hold complaint text: never shown in reprs)."""
    idempotency_key: str | None = attrs.field(default=None, repr=False, converter=exact_optional)
    """The key the action was applied under, or ``None``; never empty or only whitespace (the
    digest joins a missing key as ``""``, so an empty one would hash the same)."""
    digest: str = attrs.field(repr=False)

    @idempotency_key.validator
    def _key(self, attribute: attrs.Attribute[str | None], value: object) -> None:
        if value is not None and not is_key(value):
            raise ArgumentError(
                argument="idempotency_key",
                rule=N_("must be None or a str that is not empty or only whitespace"),
                given=type_name(value),
            )

    @property
    def data(self) -> dict[str, Any]:
        """The event's data as a fresh dict (changing it changes nothing in the event)."""
        payload = self.payload
        # json.loads' own scanner, without its wrapper (most of the cost for a small payload);
        # anything but a whole JSON value with no surrounding space goes through json.loads.
        if type(payload) is str:
            try:
                result, end = _SCAN(payload, 0)
            except StopIteration:
                end = -1
            if end == len(payload):
                return result  # type: ignore[no-any-return]
        loaded: dict[str, Any] = json.loads(payload)
        return loaded


_SCAN = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed: any decoder

_UNKNOWN = -2  # a derived index not computed yet (computed on first use, then kept)


def carries_units(event: Event) -> bool:
    """Whether ``event``'s data has a top-level ``units`` field (an assignment to units).

    The word anywhere else in the data (``reason="units"``, a nested key) is not a field of the
    event and assigns nothing. The text test first keeps the parse for the few events it cannot
    rule out.
    """
    if '"units"' not in event.payload:
        return False
    data = event.data
    return isinstance(data, dict) and "units" in data


def units_of(event: Event) -> tuple[str, ...] | None:
    """The units ``event`` assigns (its ``units`` field), or ``None`` if it assigns none."""
    if '"units"' not in event.payload:
        return None
    data = event.data
    units = data.get("units") if isinstance(data, dict) else None
    if isinstance(units, list):
        return tuple(str(u) for u in units)
    return None


class History(Sequence[Event]):
    """A complaint's events: an immutable sequence that grows in constant time.

    It reads like a tuple (``len``, indexing, slicing to a tuple, iteration, ``reversed``,
    equality with another history or a tuple). Appending
    ([`appended()`][pengaduan.model.History.appended], the workflow's job)
    returns a new history that shares storage with this one, so one more event costs the same at
    10 events and at 10,000; the history it came from still holds exactly its own events. Two
    appends to the same history (two writers that read the same version) simply copy.

    It also keeps what the rest of the library asks about most, so those questions do not walk
    the history: where the latest disposition (an event carrying ``units``), the latest privacy
    change and the latest consent are, and which event an idempotency key recorded.
    """

    __slots__ = ("_consent", "_events", "_keys", "_length", "_privacy", "_units")

    def __init__(self, events: Iterable[Event] = ()) -> None:
        if isinstance(events, str | bytes) or not isinstance(events, Iterable):  # type: ignore[unreachable, unused-ignore]
            raise ArgumentError(
                argument="history", rule=N_("must be a sequence of Event"), given=type_name(events)
            )
        buffer: list[Event] = list(guarded(events, "history", N_("must be a sequence of Event")))
        for event in buffer:
            if not isinstance(event, Event):
                raise ArgumentError(
                    argument="history", rule=N_("must hold only Event"), given=type_name(event)
                )
        self._events = buffer
        self._length = len(buffer)
        self._units = -1 if not buffer else _UNKNOWN
        self._privacy = -1 if not buffer else _UNKNOWN
        self._consent = -1 if not buffer else _UNKNOWN
        self._keys: dict[str, int] | None = None  # built on the first lookup

    @classmethod
    def trusted(cls, events: list[Event]) -> History:
        """A history over ``events`` as they are (internal; the loader's hot path).

        The list is taken over, not copied: the caller must not change it afterwards.

        Raises:
            ArgumentError: ``events`` is not a list (its items are the caller's to vouch for).
        """
        if type(events) is not list:
            raise ArgumentError(
                argument="events", rule=N_("must be a list"), given=type_name(events)
            )
        history = cls.__new__(cls)
        history._events = events
        history._length = len(events)
        history._units = history._privacy = history._consent = _UNKNOWN
        history._keys = None
        return history

    # -- the sequence -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Event, ...]: ...

    def __getitem__(self, index: int | slice) -> Event | tuple[Event, ...]:
        if isinstance(index, slice):
            return tuple(self._events[: self._length][index])
        length = self._length
        position = index + length if index < 0 else index
        if not 0 <= position < length:
            msg = "history index out of range"
            raise IndexError(msg)
        return self._events[position]

    def __iter__(self) -> Iterator[Event]:
        events = self._events
        if len(events) == self._length:
            return iter(events)
        return itertools.islice(events, self._length)

    def __reversed__(self) -> Iterator[Event]:
        events = self._events
        return (events[i] for i in range(self._length - 1, -1, -1))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, History):
            if self._length != other._length:
                return False
            if self._events is other._events:
                return True
            return all(a == b for a, b in zip(self, other, strict=True))
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: tuple[Event, ...] | History) -> tuple[Event, ...]:
        if isinstance(other, History | tuple):
            return (*self, *other)
        return NotImplemented

    def __radd__(self, other: tuple[Event, ...]) -> tuple[Event, ...]:
        if isinstance(other, tuple):
            return (*other, *self)
        return NotImplemented

    def __repr__(self) -> str:
        return f"History(<{self._length} events>)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (History, (tuple(self),))

    # -- growing --------------------------------------------------------------------------------

    def appended(self, event: Event) -> History:
        """This history with ``event`` at the end (this one is unchanged).

        Raises:
            ArgumentError: ``event`` is not an Event.
        """
        if not isinstance(event, Event):
            raise ArgumentError(
                argument="event", rule=N_("must be an Event"), given=type_name(event)
            )
        events = self._events
        length = self._length
        shared = len(events) == length
        if shared:
            events.append(event)
            shared = events[length] is event  # another thread appended first: copy instead
        if not shared:
            events = [*events[:length], event]
        child = History.__new__(History)
        child._events = events
        child._length = length + 1
        child._units = length if carries_units(event) else self._units
        child._privacy = length if event.action == PRIVACY_ACTION else self._privacy
        child._consent = length if event.action == CONSENT_ACTION else self._consent
        keys = self._keys if shared else None
        if keys is not None and event.idempotency_key is not None:
            keys.setdefault(event.idempotency_key, length)
        child._keys = keys
        return child

    # -- what is asked about most ---------------------------------------------------------------

    def _latest(self, found: Callable[[Event], bool]) -> int:
        events = self._events
        for index in range(self._length - 1, -1, -1):
            if found(events[index]):
                return index
        return -1

    def latest_units(self) -> Event | None:
        """The latest event whose data has a ``units`` field (a disposition), or ``None``.

        Only the field counts: the word ``units`` anywhere else in the data (a reason, a
        response) does not.
        """
        if self._units == _UNKNOWN:
            self._units = self._latest(carries_units)
        return None if self._units < 0 else self._events[self._units]

    def latest_privacy_change(self) -> Event | None:
        """The latest ``ubah_privasi`` event, or ``None``."""
        if self._privacy == _UNKNOWN:
            self._privacy = self._latest(lambda e: e.action == PRIVACY_ACTION)
        return None if self._privacy < 0 else self._events[self._privacy]

    def latest_consent(self) -> Event | None:
        """The latest ``persetujuan_privasi`` event (the consent in force), or ``None``."""
        if self._consent == _UNKNOWN:
            self._consent = self._latest(lambda e: e.action == CONSENT_ACTION)
        return None if self._consent < 0 else self._events[self._consent]

    def with_key(self, key: str) -> Event | None:
        """The event that recorded idempotency key ``key``, or ``None``.

        Raises:
            ArgumentError: ``key`` is not a str.
        """
        if not isinstance(key, str):
            raise ArgumentError(argument="key", rule=N_("must be a str"), given=type_name(key))
        keys = self._keys
        if keys is None:
            keys = {}
            for index, event in enumerate(self):
                if event.idempotency_key is not None:
                    keys.setdefault(event.idempotency_key, index)
            # A fresh dict owns only this prefix: later appends to the shared list extend it.
            self._keys = keys if len(self._events) == self._length else None
        position = keys.get(key)
        if position is None or position >= self._length:
            return None
        return self._events[position]


_PRIVACY_RANK = {"rahasia": 0, "anonim": 1, "publik": 2}


def _privacy_of(event: Event) -> Privacy:
    """The ``privacy`` field of a privacy change or consent; ``RAHASIA`` if unreadable."""
    data = event.data
    value = Privacy._value2member_map_.get(data.get("privacy")) if isinstance(data, dict) else None
    return Privacy.RAHASIA if value is None else value  # type: ignore[return-value]


def _history(value: object) -> History:
    return value if isinstance(value, History) else History(value)  # type: ignore[arg-type]


GENESIS_PREFIX = "pengaduan/v1"


_CANONICAL = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)


def canonical_json(value: Mapping[str, Any] | list[Any]) -> str:
    """JSON text with sorted keys and no insignificant whitespace (the hashing form).

    Raises:
        TypeError: a value is not JSON-compatible.
        ValueError: a float is NaN or infinite.
    """
    return _CANONICAL.encode(value)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Complaint:
    """A complaint: the submitted record, its tracking id and its history.

    Do not build one directly in application code:
    [`pengaduan.workflow.Workflow.receive()`][pengaduan.workflow.Workflow.receive]
    creates it and [`apply()`][pengaduan.workflow.Workflow.apply] derives the next one. Everything
    that
    changes is a property computed from [`history`][pengaduan.model.Complaint.history].
    """

    tracking_id: str = attrs.field(converter=exact_str, validator=_valid_text)
    classification: Classification = attrs.field(converter=_classification)
    channel: Channel = attrs.field(converter=_channel)
    text: str = attrs.field(repr=False, converter=exact_str, validator=_valid_text)
    subject: str | None = attrs.field(
        default=None, repr=False, converter=exact_optional, validator=_valid_optional_text
    )
    reporter: Reporter = attrs.field(factory=Reporter, repr=False, converter=_reporter)
    privacy: Privacy | None = attrs.field(default=None, converter=_optional_privacy)
    category: str | None = attrs.field(
        default=None, repr=False, converter=exact_optional, validator=_valid_optional_text
    )
    location: Location | None = attrs.field(default=None, repr=False, converter=_location)
    attachments: tuple[Attachment, ...] = attrs.field(
        default=(), converter=_tuple_of_attachments, repr=False
    )
    history: History = attrs.field(repr=False, converter=_history)
    """The events, oldest first (a [`History`][pengaduan.model.History]: reads like a tuple)."""

    def __repr__(self) -> str:
        return (
            f"Complaint(tracking_id={self.tracking_id!r}, status={self.status!r}, "
            f"version={self.version})"
        )

    @property
    def status(self) -> str:
        """The current status: the target of the last event."""
        return self.history[-1].to_status

    @property
    def version(self) -> int:
        """The number of events; pass it as ``expected_version`` to detect concurrent changes."""
        return len(self.history)

    @property
    def head(self) -> str:
        """The last event's digest; store it to detect later truncation of the history."""
        return self.history[-1].digest

    @property
    def received_at(self) -> datetime:
        """When the complaint was received (the first event's time, UTC)."""
        return self.history[0].at

    @property
    def updated_at(self) -> datetime:
        """The time of the last event (UTC)."""
        return self.history[-1].at

    @property
    def effective_privacy(self) -> Privacy:
        """The privacy that applies, else ``RAHASIA``.

        The reporter's choice at submission, replaced only by the admin's privacy changes
        (``ubah_privasi`` events, see
        [`pengaduan.workflow.Workflow.change_privacy()`][pengaduan.workflow.Workflow.change_privacy]),
        and never looser than the reporter's latest consent (a ``persetujuan_privasi`` event, see
        [`pengaduan.workflow.Workflow.record_consent()`][pengaduan.workflow.Workflow.record_consent]):
        a reporter who withdraws a consent to ``publik`` by consenting to ``rahasia`` only is
        hidden at once, before the admin records the matching change. A ``privacy`` field carried
        by any other event is ignored (the workflow refuses it anyway); an unreadable value fails
        closed.
        """
        history = self.history
        change = history.latest_privacy_change()
        if change is not None:
            chosen: Privacy | None = _privacy_of(change)
        else:
            chosen = self.privacy
        if chosen is None:
            return Privacy.RAHASIA
        consent = history.latest_consent()
        if consent is not None:
            allowed = _privacy_of(consent)
            if _PRIVACY_RANK[allowed] < _PRIVACY_RANK[chosen]:
                return allowed
        return chosen

    @property
    def units(self) -> tuple[str, ...]:
        """The units the complaint is currently assigned to (from the latest disposition).

        Only actions that declare a ``units`` field may carry one (the workflow refuses it on
        every other action, and
        [`pengaduan.workflow.Workflow.conforms()`][pengaduan.workflow.Workflow.conforms] reports a
        stored
        history where another action carries it).
        """
        event = self.history.latest_units()
        if event is None:
            return ()
        return units_of(event) or ()

    def events(self, action: str) -> tuple[Event, ...]:
        """All events of one action, oldest first."""
        given: object = action
        if not isinstance(given, str):
            return ()
        return tuple(e for e in self.history if e.action == given)

    def last_event(self, action: str) -> Event | None:
        """The most recent event of one action, or ``None``."""
        given: object = action
        if not isinstance(given, str):
            return None
        for event in reversed(self.history):
            if event.action == given:
                return event
        return None

    def record_digest(self) -> str:
        """SHA-256 of the submitted record; the first event's digest chains from it.

        Every field is encoded as ``<length>:<value>`` (``~`` for none) and the fields are joined
        by U+001F in a fixed order: the prefix ``pengaduan/v1``, the tracking id, the
        classification, the channel, the text, the subject, the reporter's name, phone, email,
        NIK, address and account id, the privacy, the category, then either ``~`` (no location)
        or ``location`` and its kelurahan, kecamatan, city and address, then the number of
        attachments and, for each, its media type, size, SHA-256 and file name. No two different
        records share an encoding, whatever their text.
        """
        return record_digest(
            self.tracking_id,
            self.classification.value,
            self.channel.value,
            self.text,
            self.subject,
            self.reporter,
            None if self.privacy is None else self.privacy.value,
            self.category,
            self.location,
            self.attachments,
        )


_GENESIS_PART = f"{len(GENESIS_PREFIX)}:{GENESIS_PREFIX}"
_SHORT = 256
_LENGTH_PREFIXES = tuple(f"{size}:" for size in range(_SHORT))


def record_digest(  # noqa: PLR0917 - positional on purpose: the loader's hot path
    tracking_id: str,
    classification: str,
    channel: str,
    text: str,
    subject: str | None,
    reporter: Reporter,
    privacy: str | None,
    category: str | None,
    location: Location | None,
    attachments: tuple[Attachment, ...],
) -> str:
    """SHA-256 of a submitted record given field by field (internal; the loader's hot path).

    The same digest as [`Complaint.record_digest()`][pengaduan.model.Complaint.record_digest], which
    documents the encoding; the
    enumerations are passed as their values (``"pengaduan"``, ``"sms"``), so that a loader can
    hash the fields it read without building the complaint first.
    """
    r = reporter
    # A loop with a table of length prefixes: formatting an int is the costly part, and this runs
    # for every complaint loaded.
    encoded = [_GENESIS_PART]
    append = encoded.append
    for value in (
        tracking_id,
        classification,
        channel,
        text,
        subject,
        r.name,
        r.phone,
        r.email,
        r.nik,
        r.address,
        r.account_id,
        privacy,
        category,
    ):
        if value is None:
            append("~")
        else:
            size = len(value)
            append((_LENGTH_PREFIXES[size] if size < _SHORT else f"{size}:") + value)
    if location is None:
        append("~")
    else:
        loc = location
        for value in ("location", loc.kelurahan, loc.kecamatan, loc.city, loc.address):
            append("~" if value is None else f"{len(value)}:{value}")
    count = str(len(attachments))
    append(f"{len(count)}:{count}")
    for a in attachments:
        for value in (a.media_type, str(a.size_bytes), a.sha256, a.filename):
            append("~" if value is None else f"{len(value)}:{value}")
    return hashlib.sha256("\x1f".join(encoded).encode("utf-8")).hexdigest()


class _ComplaintDraft:
    """A [`Complaint`][pengaduan.model.Complaint] being built by `trusted_complaint()` (see
    `EventDraft`)."""

    __slots__ = tuple(field.name for field in attrs.fields(Complaint))
    tracking_id: str
    classification: Classification
    channel: Channel
    text: str
    subject: str | None
    reporter: Reporter
    privacy: Privacy | None
    category: str | None
    location: Location | None
    attachments: tuple[Attachment, ...]
    history: History


class _ReporterDraft:
    """A [`Reporter`][pengaduan.model.Reporter] being built by `trusted_reporter()` (see
    `EventDraft`)."""

    __slots__ = tuple(field.name for field in attrs.fields(Reporter))
    name: str | None
    phone: str | None
    email: str | None
    nik: str | None
    address: str | None
    account_id: str | None


def trusted_reporter(  # noqa: PLR0917 - positional on purpose: the loader's hot path
    name: str | None,
    phone: str | None,
    email: str | None,
    nik: str | None,
    address: str | None,
    account_id: str | None,
) -> Reporter:
    """A [`Reporter`][pengaduan.model.Reporter] from fields already validated (internal; the
    loader's hot path)."""
    reporter = _ReporterDraft()
    reporter.name = name
    reporter.phone = phone
    reporter.email = email
    reporter.nik = nik
    reporter.address = address
    reporter.account_id = account_id
    reporter.__class__ = Reporter  # type: ignore[assignment]
    return reporter  # type: ignore[return-value]


def trusted_complaint(  # noqa: PLR0917 - positional on purpose: the hot paths
    tracking_id: str,
    classification: Classification,
    channel: Channel,
    text: str,
    subject: str | None,
    reporter: Reporter,
    privacy: Privacy | None,
    category: str | None,
    location: Location | None,
    attachments: tuple[Attachment, ...],
    history: History,
) -> Complaint:
    """A [`Complaint`][pengaduan.model.Complaint] from fields already validated and converted
    (internal; hot paths).

    Values must be exactly what ``Complaint(...)`` would store (enum members, tuples).
    """
    new = _ComplaintDraft()
    new.tracking_id = tracking_id
    new.classification = classification
    new.channel = channel
    new.text = text
    new.subject = subject
    new.reporter = reporter
    new.privacy = privacy
    new.category = category
    new.location = location
    new.attachments = attachments
    new.history = history
    new.__class__ = Complaint  # type: ignore[assignment]
    return new  # type: ignore[return-value]


def replace_history(complaint: Complaint, history: History | Iterable[Event]) -> Complaint:
    """A copy of ``complaint`` with another history (internal; the workflow's hot path).

    The record's fields were validated and converted when the complaint was first built, so they
    are copied as they are instead of running ``attrs.evolve`` again.
    """
    c = complaint
    if not isinstance(history, History):
        history = History(history)
    return trusted_complaint(
        c.tracking_id,
        c.classification,
        c.channel,
        c.text,
        c.subject,
        c.reporter,
        c.privacy,
        c.category,
        c.location,
        c.attachments,
        history,
    )


class EventDraft:
    """An [`Event`][pengaduan.model.Event] being built from validated fields (internal; the hot
    paths).

    A frozen attrs instance is normally filled through ``object.__setattr__`` or its slots' own
    setters, one call per field; loading a large export builds millions of events, and that shows.
    A draft has the same slots and is filled by plain attribute assignment; assigning
    ``draft.__class__ = Event`` then turns it into a genuine, frozen
    [`Event`][pengaduan.model.Event] (Python allows
    ``__class__`` assignment between classes with the same slots). Never let a draft escape
    unfinished: `trusted_event()` is the usual way to use one.
    """

    __slots__ = tuple(field.name for field in attrs.fields(Event))
    sequence: int
    action: str
    from_status: str | None
    to_status: str
    actor: Actor
    at: datetime
    payload: str
    idempotency_key: str | None
    digest: str


def trusted_event(  # noqa: PLR0917 - positional on purpose: the hot path
    sequence: int,
    action: str,
    from_status: str | None,
    to_status: str,
    actor: Actor,
    at: datetime,
    payload: str,
    idempotency_key: str | None,
    digest: str,
) -> Event:
    """An [`Event`][pengaduan.model.Event] from fields already validated (internal; the hot paths).

    Values must be exactly what ``Event(...)`` would store.
    """
    event = EventDraft()
    event.sequence = sequence
    event.action = action
    event.from_status = from_status
    event.to_status = to_status
    event.actor = actor
    event.at = at
    event.payload = payload
    event.idempotency_key = idempotency_key
    event.digest = digest
    event.__class__ = Event  # type: ignore[assignment]
    return event  # type: ignore[return-value]
