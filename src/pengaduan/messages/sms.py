"""SMS length: GSM-7 or UCS-2, and how many segments a text takes.

An SMS carries 140 bytes. A text written only with the GSM 03.38 default alphabet (3GPP TS 23.038,
section 6.2.1) is packed in 7-bit units ("septets"): 160 per single message. A character of the
alphabet's extension table (``€ [ ] { } \\ ^ ~ |`` and the form feed) is sent as an escape
followed by its code, so it counts two septets. Any other character (``ő``, an emoji, a curly
quote) switches the whole text to UCS-2: 16-bit units, 70 per single message; a character outside
the Basic Multilingual Plane takes two units.

A longer text is split into concatenated segments whose header (6 bytes) leaves 153 septets or 67
units each. Phones never split an escape pair or a surrogate pair across two segments, so a
segment may hold one unit less than its capacity;
[`sms_segments()`][pengaduan.messages.sms.sms_segments] counts the same way.

Operators bill per segment and long messages arrive out of order on some phones, so the shipped
templates keep reporter SMS to one GSM-7 segment (see ``docs/howto/messages.md``).

Example:
    >>> sms_segments("Pengaduan Anda diterima.")
    SmsSegments(encoding=<SmsEncoding.GSM7: 'gsm7'>, units=24, segments=1, per_segment=160)
    >>> sms_segments("Harga 10€").units
    10
    >>> sms_segments("Terima kasih 🙏").encoding.value
    'ucs2'
"""

from __future__ import annotations

from pengaduan._core.sms import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    SmsEncoding,
    SmsSegments,
    is_gsm7,
    sms_segments,
)

__all__ = [
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "SmsEncoding",
    "SmsSegments",
    "is_gsm7",
    "sms_segments",
]
