"""Phone numbers: Indonesian national forms, E.164 through ``phonenumbers``, office lines.

Used by the number detector (``_detect_number.py``) and by `KnownIdentity`; the
``phonenumbers`` metadata decides which numbers exist (prefixes of Telkomsel, Indosat, XL,
Smartfren and the area codes of fixed lines), as its documentation recommends instead of
hand-written prefix tables.

Speed: an Indonesian national form (``0812...``, ``62812...``) is not parsed: the number
``phonenumbers.parse`` would read from it (country code 62, the digits after the ``0`` or ``62``)
is known without parsing, and the questions ``phonenumbers`` would answer about it are answered
from the same metadata (`_indonesian`): its type, which tells both whether it is valid and
whether it is a service line, is read once (`_e164_typed` hands it to `_service_line`) with one
regular expression built when this module is imported from the installed metadata of region
``ID`` (`_type_pattern`: the general description, then each type's lengths and pattern in the
order ``phonenumbers.number_type`` tries them), and whether it is possible is its length
(`_POSSIBLE_LENGTHS`). Parsing cost about four fifths of the time of a number; asking
``phonenumbers.number_type`` of a built number, about 5 microseconds, the pattern about half a
microsecond. Nothing is copied by hand: a ``phonenumbers`` upgrade brings its new prefixes with
it, and ``tests/test_redaction_phone_types.py`` compares the readings with ``phonenumbers``' own
(on Indonesian numbers, and on the metadata of every region it supports).

Nothing here is cached across calls: the values are people's phone numbers, and a process-wide
cache would keep thousands of them in memory after their texts are gone (and would make a
benchmark that repeats its texts look faster than live traffic, where numbers are new).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import phonenumbers

from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from phonenumbers import PhoneMetadata, PhoneNumberDesc

    from pengaduan.routing.directory import UnitDirectory

__all__ = ["office_phones"]


def _national(digits: str) -> str | None:
    if digits.startswith("0") and len(digits) >= 8:
        return digits[1:]
    if digits.startswith("62") and len(digits) >= 9:
        return digits[2:]
    return None


def _phone_e164(digits: str, *, international: bool, lenient: bool) -> str | None:
    """The E.164 form of a phone number written as ``digits``, or None where it is none."""
    return _e164_typed(digits, international, lenient)[0]


#: No number type read on the way (`_e164_typed`).
_UNREAD = -1


def _e164_typed(  # noqa: PLR0911 - a ladder over the written forms
    digits: str,
    international: bool,  # noqa: FBT001 - a private hot path
    lenient: bool,  # noqa: FBT001
) -> tuple[str | None, int]:
    """`_phone_e164` with positional arguments (the number detector's hot path), with the
    number's type where it was read on the way (else `_UNREAD`), for `_service_line`.

    An Indonesian national form (``0812...``, ``62812...``) of ASCII digits is read without
    ``phonenumbers.parse`` (`_indonesian`): the same number, built directly, is asked the same
    questions of the same metadata."""
    if not 8 <= len(digits) <= 15:
        return None, _UNREAD
    if international:
        candidate = "+" + digits
    elif digits.startswith("0"):
        if digits[1] == "0":
            return None, _UNREAD
        if digits.isascii() and digits.isdigit():
            return _indonesian(digits[1:], lenient)
        candidate = "+62" + digits[1:]
    elif digits.startswith("62") and digits[2] != "0":
        if digits.isascii() and digits.isdigit():
            return _indonesian(digits[2:], lenient)
        candidate = "+" + digits
    else:
        return None, _UNREAD
    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return None, _UNREAD
    ok = phonenumbers.is_possible_number(number) if lenient else None
    if not ok and not phonenumbers.is_valid_number(number):
        return None, _UNREAD
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)), _UNREAD


#: Indonesia's country calling code.
_INDONESIA = 62


def _indonesian(national: str, lenient: bool) -> tuple[str | None, int]:  # noqa: FBT001
    """`_e164_typed` of ``+62`` then ``national`` (ASCII digits, the first not ``0``), unparsed.

    ``phonenumbers.parse`` of ``"+62" + national`` reads the country code ``62`` (``6`` is no
    country code), then keeps ``national`` whole: Indonesia's national prefix for parsing is
    ``0``, which ``national`` does not start with, and a number without a leading zero has no
    Italian leading zero. So its E.164 form is ``+62`` then ``national``, and its national
    significant number ``national`` itself; ``is_possible_number`` of it is its length being
    possible (`_POSSIBLE_LENGTHS`), and ``is_valid_number`` its type (`_indonesian_type`) not
    being ``UNKNOWN`` (Indonesia is the code's one region).
    ``tests/test_redaction_number_fast_paths.py`` compares both forms.
    """
    if lenient and len(national) in _POSSIBLE_LENGTHS:
        return "+62" + national, _UNREAD
    kind = _indonesian_type(national)
    if kind == phonenumbers.PhoneNumberType.UNKNOWN:
        return None, kind
    return "+62" + national, kind


#: The number types ``phonenumbers.number_type`` tries before fixed lines and mobiles, in its
#: order (``_number_type_helper``), each with the `PhoneMetadata` attribute describing it.
_TYPES_FIRST = (
    ("premium_rate", phonenumbers.PhoneNumberType.PREMIUM_RATE),
    ("toll_free", phonenumbers.PhoneNumberType.TOLL_FREE),
    ("shared_cost", phonenumbers.PhoneNumberType.SHARED_COST),
    ("voip", phonenumbers.PhoneNumberType.VOIP),
    ("personal_number", phonenumbers.PhoneNumberType.PERSONAL_NUMBER),
    ("pager", phonenumbers.PhoneNumberType.PAGER),
    ("uan", phonenumbers.PhoneNumberType.UAN),
    ("voicemail", phonenumbers.PhoneNumberType.VOICEMAIL),
)
_UNKNOWN = int(phonenumbers.PhoneNumberType.UNKNOWN)


def _lengths(lengths: tuple[int, ...]) -> str:
    """A lookahead that the whole text has one of ``lengths`` characters (none: any length)."""
    runs: list[list[int]] = []
    for length in sorted(set(lengths)):
        if runs and runs[-1][1] == length - 1:
            runs[-1][1] = length
        else:
            runs.append([length, length])
    counts = [f"{{{low}}}" if low == high else f"{{{low},{high}}}" for low, high in runs]
    return f"(?=(?:{'|'.join('(?s:.)' + count for count in counts)})\\Z)" if counts else ""


def _desc(desc: PhoneNumberDesc | None) -> str | None:
    """A pattern of the numbers that ``desc`` describes, as ``_is_number_matching_desc`` reads
    it (one of its lengths, where it lists any, then its pattern matching the whole number);
    None for a type the region does not have (no description, or one without a pattern)."""
    if desc is None or not desc.national_number_pattern:
        return None
    return f"{_lengths(desc.possible_length)}(?:{desc.national_number_pattern})\\Z"


def _type_pattern(metadata: PhoneMetadata | None) -> tuple[re.Pattern[str], dict[str, int]]:
    """``phonenumbers.number_type`` of the region that ``metadata`` describes, as one regular
    expression, and the type that each of its named groups stands for.

    It is ``_number_type_helper``'s sequence: a number the general description does not match
    is ``UNKNOWN`` (a lookahead); then the type descriptions are alternatives, in the order
    ``phonenumbers`` tries them, each a named group, and the first that matches names the
    type. A fixed line that is also a mobile is an alternative of its own before the fixed line
    alone (the mobile pattern a lookahead), unless the metadata says the two patterns are the
    same (then every fixed line is both, and no mobile is tried). A number no alternative
    matches is ``UNKNOWN``. The metadata's patterns have no backreferences, which the groups
    around them would renumber.
    """
    general = _desc(metadata.general_desc) if metadata is not None else None
    if metadata is None or general is None:
        return re.compile("(?!)"), {}
    alternatives = [
        (pattern, int(kind))
        for attribute, kind in _TYPES_FIRST
        if (pattern := _desc(getattr(metadata, attribute))) is not None
    ]
    fixed, mobile = _desc(metadata.fixed_line), _desc(metadata.mobile)
    same = metadata.same_mobile_and_fixed_line_pattern
    either = int(phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    if fixed is not None and same:
        alternatives.append((fixed, either))
    elif fixed is not None:
        if mobile is not None:
            alternatives.append((f"(?={mobile}){fixed}", either))
        alternatives.append((fixed, int(phonenumbers.PhoneNumberType.FIXED_LINE)))
    if mobile is not None and not same:
        alternatives.append((mobile, int(phonenumbers.PhoneNumberType.MOBILE)))
    body = "|".join(f"(?P<t{index}>{pattern})" for index, (pattern, _) in enumerate(alternatives))
    kinds = {f"t{index}": kind for index, (_, kind) in enumerate(alternatives)}
    return re.compile(f"(?={general})(?:{body or '(?!)'})"), kinds


#: The metadata of country code 62's one region, Indonesia, as installed with ``phonenumbers``.
_METADATA = phonenumbers.PhoneMetadata.metadata_for_region(
    phonenumbers.region_code_for_country_code(_INDONESIA)
)
#: ``phonenumbers.number_type`` of a number of country code 62 (`_type_pattern`).
_TYPE_PATTERN, _TYPE_OF_GROUP = _type_pattern(_METADATA)


def _possible_lengths(metadata: PhoneMetadata | None) -> frozenset[int]:
    """The lengths of the numbers ``phonenumbers.is_possible_number`` takes in ``metadata``'s
    region: it checks only the length (``_test_number_length`` for any type), against the
    general description's lengths and its local-only ones (a fixed line without its area
    code)."""
    general = metadata.general_desc if metadata is not None else None
    if general is None:
        return frozenset()
    return frozenset(general.possible_length) | frozenset(general.possible_length_local_only)


#: ``phonenumbers.is_possible_number`` of a number of country code 62 is its length being one of
#: these (`_possible_lengths`).
_POSSIBLE_LENGTHS = _possible_lengths(_METADATA)


def _indonesian_type(national: str) -> int:
    """``phonenumbers.number_type`` of ``+62`` then ``national`` (see `_indonesian`): it tells
    whether the number is valid and whether it is a service line.

    Read with one pattern built from the installed metadata when this module is imported
    (`_type_pattern`), not through ``phonenumbers``, whose reading builds a number and tries the
    patterns one by one (seven to nine times as long); ``national`` is ASCII digits, the first not
    ``0``. ``tests/test_redaction_phone_types.py`` compares both readings."""
    match = _TYPE_PATTERN.fullmatch(national)
    return _UNKNOWN if match is None or match.lastgroup is None else _TYPE_OF_GROUP[match.lastgroup]


#: Number types that belong to organisations, never to a private person: toll-free, premium,
#: shared-cost and universal access numbers (``0800-1-...`` hotlines).
_SERVICE_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    }
)
#: Indonesian non-geographic service prefixes (``0800`` and ``0807`` toll-free, ``0809``
#: premium), for numbers accepted as merely possible after a phone word.
_SERVICE_PREFIXES = ("+62800", "+62807", "+62809")


def _service_line(e164: str, kind: int = _UNREAD) -> bool:
    """Whether an E.164 number is a toll-free, premium or shared-cost service line; ``kind`` is
    its type where `_e164_typed` read it already."""
    if e164.startswith(_SERVICE_PREFIXES):
        return True
    if (
        e164.startswith("+62")
        and e164[3:4] not in ("", "0")
        and e164.isascii()
        and e164[3:].isdigit()
    ):
        return (kind if kind != _UNREAD else _indonesian_type(e164[3:])) in _SERVICE_TYPES
    return phonenumbers.number_type(phonenumbers.parse(e164, None)) in _SERVICE_TYPES


def office_phones(directory: UnitDirectory) -> tuple[str, ...]:
    """The phone numbers a unit directory lists (its units' liaison and office lines).

    They belong to offices, so they are never personal: pass them as ``allowed_phones`` to
    `default_detectors()` or [`default()`][pengaduan.redaction.Redactor.default].

    Args:
        directory: the government's [`UnitDirectory`][pengaduan.routing.UnitDirectory].

    Returns:
        The numbers as the directory writes them, without duplicates, in directory order.

    Raises:
        ArgumentError: ``directory`` is not a unit directory.

    Example:
        >>> from pengaduan.routing import UnitDirectory
        >>> office_phones(UnitDirectory.kota_kupang())
        ()
    """
    units = getattr(directory, "units", None)
    if type(directory).__name__ != "UnitDirectory" or not isinstance(units, tuple):
        raise ArgumentError(
            argument="directory", rule="must be a UnitDirectory", given=type_name(directory)
        )
    phones: dict[str, None] = {}
    for unit in units:
        phone = getattr(getattr(unit, "liaison", None), "phone", None)
        if isinstance(phone, str) and phone.strip():
            phones[phone] = None
    return tuple(phones)
