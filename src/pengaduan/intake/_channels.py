"""Channel adapters: WhatsApp, the web form, social media, the counter and the suggestion box
(private; the public names live in ``pengaduan.intake``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pengaduan._core.arguments import readable
from pengaduan._core.text import encodable, exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, IntakeError, type_name
from pengaduan.identity import PSEUDONYM_PREFIX
from pengaduan.intake._inbound import (
    _MIN_KEY_BYTES,
    Inbound,
    _inbound,
    _invalid,
    _key_problems,
    _not_text,
    _required_text,
)
from pengaduan.intake._reasons import IntakeReason
from pengaduan.model import (
    Channel,
    Classification,
    Location,
    Privacy,
)

if TYPE_CHECKING:
    from datetime import datetime

__all__ = [
    "from_counter",
    "from_social_media",
    "from_suggestion_box",
    "from_web_form",
    "from_whatsapp",
]


def from_whatsapp(
    *,
    sender: str,
    text: str | bytes,
    received_at: datetime,
    message_id: str | None = None,
    name: str | None = None,
    privacy: Privacy | str | None = None,
    pseudonym_key: bytes | None = None,
) -> Inbound:
    """A WhatsApp message (``sender`` is the number or the ``…@c.us`` id).

    Args:
        sender: the number or WhatsApp id.
        text: the message.
        received_at: when it arrived (aware).
        message_id: the provider's message id (it becomes the idempotency key).
        name: the profile name, if the app keeps it.
        privacy: the reporter's choice, if asked.
        pseudonym_key: the office's secret (at least 16 bytes); when given and the number
            normalises, ``Reporter.account_id`` is the keyed pseudonym of the number.

    Raises:
        IntakeError: empty, too long or non-text text (lone surrogates), a field of the wrong
            type or an unknown privacy value (``invalid-field``).
        NaiveDatetimeError: ``received_at`` has no time zone.
        ArgumentError: ``received_at`` is not a datetime, or ``pseudonym_key`` is not bytes of
            at least 16 bytes.
    """
    if _key_problems(pseudonym_key):
        raise ArgumentError(
            argument="pseudonym_key",
            rule=Phrase(
                N_("must be bytes of at least {count} bytes or None"), count=_MIN_KEY_BYTES
            ),
            given=type_name(pseudonym_key),
        )
    return _inbound(
        text=text,
        channel=Channel.WHATSAPP,
        received_at=received_at,
        phone=_required_text(sender, "sender"),
        name=name,
        privacy=privacy,
        message_id=message_id,
        pseudonym_key=pseudonym_key,
    )


_FORM_FIELDS = {
    "text": ("text", "isi", "isi_laporan", "pengaduan"),
    "subject": ("subject", "judul"),
    "name": ("name", "nama"),
    "phone": ("phone", "telepon", "hp", "no_hp"),
    "email": ("email", "surel"),
    "nik": ("nik",),
    "address": ("address", "alamat"),
    "location": ("lokasi", "lokasi_kejadian", "alamat_kejadian", "location"),
    "category": ("category", "kategori"),
    "kelurahan": ("kelurahan",),
    "kecamatan": ("kecamatan",),
    "city": ("city", "kota"),
    "privacy": ("privacy", "privasi", "kerahasiaan"),
    "classification": ("classification", "klasifikasi"),
    "account_id": ("account_id", "akun"),
    "message_id": ("message_id", "id"),
}


def _form_value(data: Mapping[str, Any], field: str) -> str | None:
    for key in _FORM_FIELDS[field]:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise IntakeError(
                reason=IntakeReason.INVALID_FIELD,
                detail=Phrase(N_("form field {field} must be text"), field=repr(key)),
            )
        value = exact(value)
        if not encodable(value):
            raise _not_text(Phrase(N_("form field {field}"), field=repr(key)))
        if field == "text" or value.strip():
            return value
    return None


def _form_choice(data: Mapping[str, Any], field: str, kind: type[Privacy | Classification]) -> Any:
    """A privacy or classification as a form sends it: the value or its label, in any case
    (``Rahasia``, ``Permintaan Informasi``, ``permintaan-informasi``); an unknown one is refused
    naming the form's own field (``kerahasiaan``), never echoing the value."""
    value = _form_value(data, field)
    if value is None or not value.strip():
        return None
    key = "_".join(value.replace("-", " ").split()).casefold()
    if key in kind._value2member_map_:
        return kind(key)
    used = next(k for k in _FORM_FIELDS[field] if str(data.get(k) or "").strip())
    allowed = ", ".join(member.value for member in kind)
    raise IntakeError(
        reason=IntakeReason.INVALID_FIELD,
        detail=Phrase(
            N_("form field {field} must be one of {values}"), field=repr(used), values=allowed
        ),
    )


def _not_a_pseudonym(account_id: object) -> None:
    """Refuse a portal account id starting with the prefix of the gateways' keyed pseudonyms.

    ``psn-`` is reserved for `reporter_pseudonym()` (an SMS or WhatsApp sender's phone under
    the office's key): a portal user name of that shape would look like a phone's reporter
    to anyone reading the ids, and would be one if it were ever the pseudonym of a phone.
    """
    if type(account_id) is str and account_id.strip().casefold().startswith(PSEUDONYM_PREFIX):
        raise _invalid(
            "account_id",
            Phrase(
                N_(
                    "must not start with {prefix}, which is reserved for the keyed pseudonyms "
                    "of SMS and WhatsApp senders"
                ),
                prefix=repr(PSEUDONYM_PREFIX),
            ),
        )


def from_web_form(
    data: Mapping[str, Any], *, received_at: datetime, account_id: str | None = None
) -> Inbound:
    """A web-form post (English or Indonesian field names: ``isi``/``text``, ``judul``...).

    Whose account it is comes from the app's signed-in session, never from the post: pass it
    as ``account_id`` (``None`` for a reporter who is not signed in). Everything in a post is
    what its sender chose to write, and an account id is what binds a reporter to their
    complaints (their replies, their rating, "my complaints"); social-media and portal account
    ids are public, so a post naming one would act as that reporter. A post with an
    ``akun``/``account_id`` field is refused. So is an ``account_id`` starting with ``psn-``
    (in any case): the prefix is reserved for the keyed pseudonyms an SMS or WhatsApp gateway
    derives from the sender's phone; give portal users another user-name rule. The phone typed
    in a form is never taken as the sender's identity, whatever the account id.

    ``alamat``/``address`` is the reporter's address and stays with the identity. Where the
    problem is comes from ``lokasi``, ``lokasi_kejadian``, ``alamat_kejadian`` or ``location``
    (the location's street address) and ``kelurahan``, ``kecamatan``, ``kota``/``city``; a form
    with ``alamat`` alone has no street address in its location.

    Privacy and classification are read as a form's select sends them: the value or its label
    in any case (``Rahasia``, ``Permintaan Informasi``).

    Raises:
        IntakeError: no text field (``missing-field``), a field of the wrong type, an unknown
            privacy/classification or a field naming the account (``invalid-field``), empty or
            too long text, an ``account_id`` that is not text or that starts with ``psn-``
            (``invalid-field``: the prefix of the SMS and WhatsApp gateways' keyed pseudonyms,
            reserved for them).
        NaiveDatetimeError: ``received_at`` has no time zone.
    """
    if not isinstance(data, Mapping):
        raise IntakeError(
            reason=IntakeReason.INVALID_FIELD,
            detail=Phrase(N_("the form must be a mapping, not {type}"), type=type_name(data)),
        )
    _not_a_pseudonym(account_id)
    copied = readable(data)
    if copied is None:
        raise IntakeError(
            reason=IntakeReason.INVALID_FIELD, detail=N_("the form could not be read")
        ).detached()
    data = copied
    if not all(type(key) is str for key in data):
        raise IntakeError(reason=IntakeReason.INVALID_FIELD, detail="form field names must be text")
    if _form_value(data, "account_id") is not None:
        named = next(k for k in _FORM_FIELDS["account_id"] if str(data.get(k) or "").strip())
        raise IntakeError(
            reason=IntakeReason.INVALID_FIELD,
            detail=Phrase(
                N_(
                    "form field {field} cannot say whose account it is: pass the signed-in "
                    "account as account_id"
                ),
                field=repr(named),
            ),
        )
    text = _form_value(data, "text")
    if text is None:
        raise IntakeError(
            reason=IntakeReason.MISSING_FIELD, detail=N_("the form has no 'isi'/'text' field")
        )
    kelurahan = _form_value(data, "kelurahan")
    kecamatan = _form_value(data, "kecamatan")
    city = _form_value(data, "city")
    # ``alamat`` is the reporter's own address (part of the identity); where the problem is
    # comes only from the location's own fields, never from it.
    place = _form_value(data, "location")
    location = None
    if any(v is not None for v in (kelurahan, kecamatan, city, place)):
        location = Location(kelurahan=kelurahan, kecamatan=kecamatan, city=city, address=place)
    return _inbound(
        text=text,
        channel=Channel.WEB,
        received_at=received_at,
        phone=_form_value(data, "phone"),
        name=_form_value(data, "name"),
        email=_form_value(data, "email"),
        nik=_form_value(data, "nik"),
        address=_form_value(data, "address"),
        account_id=account_id,
        subject=_form_value(data, "subject"),
        category=_form_value(data, "category"),
        location=location,
        privacy=_form_choice(data, "privacy", Privacy),
        classification=_form_choice(data, "classification", Classification)
        or Classification.PENGADUAN,
        message_id=_form_value(data, "message_id"),
    )


_SOCIAL = frozenset({Channel.TWITTER, Channel.FACEBOOK, Channel.INSTAGRAM})


def from_social_media(
    *,
    platform: Channel | str,
    handle: str,
    text: str | bytes,
    received_at: datetime,
    message_id: str | None = None,
) -> Inbound:
    """A post or direct message on Twitter/X, Facebook or Instagram.

    The reporter is identified by ``platform:handle`` as account id.

    Raises:
        IntakeError: ``invalid-field`` for a platform that is not a social-media channel;
            empty or too long text.
        NaiveDatetimeError: ``received_at`` has no time zone.
    """
    channel: Channel | None = platform if isinstance(platform, Channel) else None
    if type(platform) is str and platform in Channel._value2member_map_:
        channel = Channel(platform)
    if channel is None or channel not in _SOCIAL:
        raise IntakeError(
            reason=IntakeReason.INVALID_FIELD,
            detail=N_("platform must be one of facebook, instagram, twitter"),
        )
    account = _required_text(handle, "handle").strip().lstrip("@")
    return _inbound(
        text=text,
        channel=channel,
        received_at=received_at,
        account_id=f"{channel.value}:{account}" if account else None,
        message_id=message_id,
    )


def from_counter(
    *,
    text: str,
    received_at: datetime,
    name: str | None = None,
    phone: str | None = None,
    nik: str | None = None,
    address: str | None = None,
    location: Location | None = None,
    privacy: Privacy | str | None = None,
    category: str | None = None,
) -> Inbound:
    """A complaint written down at the counter (*loket pengaduan*).

    Raises:
        IntakeError: empty or too long text.
        NaiveDatetimeError: ``received_at`` has no time zone.
    """
    return _inbound(
        text=text,
        channel=Channel.LOKET,
        received_at=received_at,
        phone=phone,
        name=name,
        nik=nik,
        address=address,
        location=location,
        privacy=privacy,
        category=category,
    )


def from_suggestion_box(
    *, text: str, received_at: datetime, location: Location | None = None
) -> Inbound:
    """A note from the suggestion box (*kotak saran*): anonymous, identity unknown.

    Raises:
        IntakeError: empty or too long text.
        NaiveDatetimeError: ``received_at`` has no time zone.
    """
    return _inbound(
        text=text,
        channel=Channel.KOTAK_SARAN,
        received_at=received_at,
        location=location,
        privacy=Privacy.ANONIM,
    )
