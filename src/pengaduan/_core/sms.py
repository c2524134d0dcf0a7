"""SMS length: the GSM-7 / UCS-2 count behind [`pengaduan.messages.sms`][pengaduan.messages.sms].

It lives here, below the intake and the messages, so that both can count a reply's segments;
the public names are those of `pengaduan.messages.sms`.
"""

from __future__ import annotations

from enum import StrEnum

import attrs

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, type_name

__all__ = [
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "SmsEncoding",
    "SmsSegments",
    "is_gsm7",
    "sms_segments",
]

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""The 127 printable characters of the GSM 03.38 default alphabet (one septet each; the 128th
code, 0x1B, is the escape to the extension table and is not a character of its own)."""

GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
"""Characters of the GSM 03.38 extension table: an escape plus a code, two septets each."""

_SINGLE = {"gsm7": 160, "ucs2": 70}
_MULTI = {"gsm7": 153, "ucs2": 67}


class SmsEncoding(StrEnum):
    """How an SMS text is encoded."""

    GSM7 = "gsm7"
    """The GSM 03.38 default alphabet with its extension table (7-bit units)."""
    UCS2 = "ucs2"
    """UCS-2 / UTF-16 (16-bit units), for any text the default alphabet cannot write."""


@attrs.frozen(kw_only=True)
class SmsSegments:
    """How a text travels as SMS.

    Attributes:
        encoding: GSM-7 when every character is in the default alphabet or its extension.
        units: septets (GSM-7, an extension character counts two) or 16-bit units (UCS-2).
        segments: messages the text is sent as (an empty text is still one message).
        per_segment: the capacity of each segment: 160 or 70 for a single message, 153 or 67
            for each part of a concatenated one.
    """

    encoding: SmsEncoding
    units: int
    segments: int
    per_segment: int

    @property
    def single(self) -> bool:
        """The text fits one message."""
        return self.segments == 1


def is_gsm7(text: str) -> bool:
    """Whether every character of ``text`` can be written in GSM-7.

    Raises:
        ArgumentError: ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise ArgumentError(argument="text", rule="must be a str", given=type_name(text))
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def _unit_sizes(text: str, encoding: SmsEncoding) -> list[int]:
    """The units each character takes (an escape pair and a surrogate pair stay together)."""
    if encoding is SmsEncoding.GSM7:
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def sms_segments(text: str) -> SmsSegments:
    """Count the encoding, units and segments of an SMS text.

    Args:
        text: the message as it will be sent.

    Returns:
        An [`SmsSegments`][pengaduan.messages.sms.SmsSegments].

    Raises:
        ArgumentError: ``text`` is not a str, or holds a lone surrogate (not sendable).

    Example:
        >>> sms_segments("x" * 160).segments, sms_segments("x" * 161).segments
        (1, 2)
        >>> sms_segments("é" * 70).encoding.value, sms_segments("ő" * 70).segments
        ('gsm7', 1)
    """
    if not isinstance(text, str):
        raise ArgumentError(argument="text", rule="must be a str", given=type_name(text))
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise ArgumentError(argument="text", rule=N_("must not hold lone surrogates"))
    encoding = SmsEncoding.GSM7 if is_gsm7(text) else SmsEncoding.UCS2
    sizes = _unit_sizes(text, encoding)
    units = sum(sizes)
    single = _SINGLE[encoding.value]
    if units <= single:
        return SmsSegments(encoding=encoding, units=units, segments=1, per_segment=single)
    capacity = _MULTI[encoding.value]
    segments, used = 1, 0
    for size in sizes:
        if used + size > capacity:
            segments += 1
            used = 0
        used += size
    return SmsSegments(encoding=encoding, units=units, segments=segments, per_segment=capacity)
