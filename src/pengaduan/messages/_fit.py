"""One SMS segment where the text allows it: the shortening rule for long unit lists and names.

An SMS costs one segment up to 160 GSM-7 characters and every 153 more after that, and some
phones show a split message in pieces. The shipped texts are written to fit one segment with
the Kota Kupang directory's names; an app's directory, a disposition to many units or a long
agency name typed for a forward can still push a text over. Such an SMS is shortened, only as
far as needed and in this order:

1. a list of several units (``unit_names``, ``responsible_name``) becomes its first unit and a
   count: ``Kecamatan Kelapa Lima dan 2 unit lain``;
2. the longest remaining name (a unit, the recipient, the agency a forward went to) is cut at a
   word and ends in ``...``, never below [`MIN_NAME`][pengaduan.messages._fit.MIN_NAME]
   characters; then the next longest, and so on.

When even the shortest names cannot make the text fit (a region's long texts or values), or the
text is outside the GSM-7 alphabet (one character such as an emoji or a dash turns it into UCS-2
of 70 characters a segment), nothing is cut and the SMS goes whole in several segments. WhatsApp
and e-mail always carry the full names.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from pengaduan.messages._words import more_units_words
from pengaduan.messages.sms import SmsEncoding, sms_segments

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["ELLIPSIS", "MIN_NAME", "cut_name", "fit_sms", "one_sms"]

MIN_NAME = 12
"""The fewest characters a cut name keeps (the ``...`` included)."""

ELLIPSIS = "..."
"""What ends a cut name (GSM-7: the one-character ellipsis would make the SMS UCS-2)."""

_SINGLE = 160


def _excess(text: str) -> int:
    """How many units ``text`` holds beyond one GSM-7 segment (0 when it fits)."""
    found = sms_segments(text)
    return 0 if found.single else found.units - _SINGLE


def cut_name(name: str, limit: int) -> str:
    """``name`` in at most ``limit`` characters, cut at a word and ended with ``...``."""
    if len(name) <= limit:
        return name
    head = name[: max(limit - len(ELLIPSIS), 1)]
    space = head.rfind(" ")
    if space >= MIN_NAME // 2:
        head = head[:space]
    return head.rstrip(" ,.;:-/(") + ELLIPSIS


def fit_sms(
    text: str,
    fill: Mapping[str, str],
    *,
    lists: Mapping[str, Sequence[str]],
    names: Sequence[str],
    language: str,
) -> str:
    """``text`` filled from ``fill``, shortened by the module's rule to one segment if it can be.

    Args:
        text: the template text (validated: it fills from ``fill``).
        fill: every placeholder's value; the ``lists`` keys hold the joined list.
        lists: the names behind each list placeholder, in order.
        names: the placeholders holding a single name that may be cut.
        language: the language of the ``dan 2 unit lain`` words.
    """
    full = text.format_map(fill)
    found = sms_segments(full)
    if found.single or found.encoding is not SmsEncoding.GSM7:
        return full  # fits, or UCS-2: cutting names to 70 characters would leave nothing
    used = {field for _, field, _, _ in string.Formatter().parse(text) if field}
    # Each shortenable placeholder as (its name, how many more units it stands for).
    parts: dict[str, tuple[str, int]] = {}
    for key, items in lists.items():
        if key in used and items:
            parts[key] = (items[0], len(items) - 1)
    for key in names:
        if key in used and key not in parts:
            parts[key] = (fill[key], 0)

    def render(chosen: Mapping[str, tuple[str, int]]) -> str:
        values = dict(fill)
        for key, (name, more) in chosen.items():
            values[key] = name if not more else more_units_words(name, more, language)
        return text.format_map(values)

    shortest = render({k: (cut_name(n, MIN_NAME), m) for k, (n, m) in parts.items()})
    if _excess(shortest):
        return full  # even the shortest names leave it too long: send it whole
    body = render(parts)
    while over := _excess(body):
        key = max(parts, key=lambda k: len(parts[k][0]))
        name, more = parts[key]
        if len(name) <= MIN_NAME:
            return shortest
        parts[key] = (cut_name(name, max(MIN_NAME, len(name) - over)), more)
        body = render(parts)
    return body


def one_sms(texts: Iterable[str]) -> str:
    """The first of ``texts`` that is one GSM-7 SMS, else the last one.

    For the short answers to a reporter's reply: ``texts`` go from the fullest form (the
    tracking id and the gateway's keyword repeated) to one that fits whatever the values
    (neither repeated), so a long id or keyword, or an id outside the GSM-7 alphabet, drops
    out of the answer rather than splitting it or turning it into UCS-2.
    """
    last = ""
    for text in texts:
        found = sms_segments(text)
        if found.single and found.encoding is SmsEncoding.GSM7:
            return text
        last = text
    return last
