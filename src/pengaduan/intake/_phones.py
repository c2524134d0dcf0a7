"""Phone numbers normalised to E.164 (private; the public names live in ``pengaduan.intake``)."""

from __future__ import annotations

import re

from pengaduan._core.text import exact
from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, IntakeError
from pengaduan.intake._reasons import IntakeReason

__all__ = ["normalize_phone"]


def normalize_phone(raw: str, *, region: str = "ID") -> str:
    """A phone number in E.164 (``+6281234567890``; Kupang landline ``+62380821234``).

    Accepts ``0812-3456-7890``, ``+62 812 3456 7890``, ``6281234567890``, ``(0380) 821234`` and
    the WhatsApp ids made of a phone number (``6281234567890@c.us``,
    ``6281234567890@s.whatsapp.net``); other WhatsApp ids (``…@lid``, a group's ``…@g.us``)
    hold digits that are no phone number and are refused.

    Raises:
        IntakeError: ``reason="invalid-phone"`` when the number cannot be parsed or is not a
            valid number, or is not text (the number itself is not repeated in the message).
        ArgumentError: ``region`` is not a two-letter region code.
    """
    import phonenumbers  # noqa: PLC0415 - loaded only when a phone is normalised

    if type(region) is not str or not _REGION.match(region):
        raise ArgumentError(
            argument="region", rule=N_("must be a two-letter region code such as 'ID'")
        )
    candidate = exact(raw).strip() if isinstance(raw, str) and len(raw) < 256 else ""
    if "@" in candidate:
        candidate, _, domain = candidate.partition("@")
        if domain.strip().lower() not in _PHONE_JIDS:
            # ``…@lid`` (an opaque WhatsApp id), ``…@g.us`` (a group), ``…@broadcast``: digits
            # that are not the sender's phone number.
            raise IntakeError(
                reason=IntakeReason.INVALID_PHONE,
                detail=N_("the WhatsApp id is not a phone number"),
            )
        candidate = candidate.strip()
    if candidate.isdigit() and candidate.startswith("62"):
        candidate = "+" + candidate
    parsed = True
    try:
        number = phonenumbers.parse(candidate, region)
    except Exception:  # NumberParseException, or anything odd the parser meets
        parsed = False
    if not parsed:
        raise IntakeError(
            reason=IntakeReason.INVALID_PHONE, detail="the phone number cannot be parsed"
        )
    if not phonenumbers.is_valid_number(number):
        raise IntakeError(
            reason=IntakeReason.INVALID_PHONE, detail="the phone number is not a valid number"
        )
    result: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return result


_REGION = re.compile(r"[A-Z]{2}\Z")
#: WhatsApp id domains whose user part is the phone number.
_PHONE_JIDS = frozenset({"c.us", "s.whatsapp.net"})
