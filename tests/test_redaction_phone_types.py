"""The phone detector's reading of Indonesian number types is ``phonenumbers.number_type``.

`_indonesian_type` reads a number's type with one pattern built from the installed
``phonenumbers`` metadata (`_type_pattern`) instead of asking ``phonenumbers``. Each case kind
compares both readings: generated digits, a sweep over every prefix of up to four digits at
every length from 6 to 14, numbers drawn from each pattern of the metadata and their near
misses, the numbers written in the redaction corpora, and the same construction on the metadata
of every region ``phonenumbers`` supports (which has the branches Indonesia does not use).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from phonenumbers.phonenumberutil import SUPPORTED_REGIONS, _number_type_helper

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_phone import (
    _INDONESIA,
    _POSSIBLE_LENGTHS,
    _TYPES_FIRST,
    _UNKNOWN,
    _indonesian_type,
    _national,
    _possible_lengths,
    _type_pattern,
)

_METADATA = phonenumbers.PhoneMetadata.metadata_for_region("ID")
_DATA = Path(__file__).parent / "data"
#: The labelled redaction corpora (the blind ones stay out of tests).
_CORPORA = (
    "redaction_corpus",
    "redaction_dev",
    "redaction_dev2",
    "redaction_dev3",
    "redaction_dev4",
)


def _parsed_type(national: str) -> int:
    """The type as ``phonenumbers`` reads it from the written number ``+62`` then ``national``."""
    return int(phonenumbers.number_type(phonenumbers.parse("+62" + national, None)))


def _parsed_possible(national: str) -> bool:
    return bool(phonenumbers.is_possible_number(phonenumbers.parse("+62" + national, None)))


def _descs(metadata: phonenumbers.PhoneMetadata) -> list[phonenumbers.PhoneNumberDesc]:
    names = ["general_desc", "fixed_line", "mobile"] + [name for name, _ in _TYPES_FIRST]
    found = (getattr(metadata, name) for name in names)
    return [desc for desc in found if desc is not None and desc.national_number_pattern]


def _near(national: str) -> list[str]:
    """``national`` and the numbers one keystroke away: a digit more, a digit less, the last
    digit changed."""
    last = str((int(national[-1]) + 1) % 10)
    return [national, national + "0", national + "9", national[:-1], national[:-1] + last]


def test_country_code_62_is_indonesia_alone() -> None:
    # `_indonesian` reads validity as the type, and the type from Indonesia's metadata: both
    # hold while 62 has one region.
    assert phonenumbers.COUNTRY_CODE_TO_REGION_CODE[_INDONESIA] == ("ID",)


@given(
    st.sampled_from("123456789"),
    st.text(alphabet="0123456789", min_size=1, max_size=16),
)
@example("8", "1234567890")  # a Telkomsel mobile
@example("3", "80821447")  # a fixed line in Kupang
@example("8", "001234567")  # toll-free
@example("8", "0712345678")  # universal access
@example("8", "091234567")  # premium
@example("8", "041234567")  # shared cost
@example("1", "500123")  # universal access, short
@example("2", "11500123")  # Jakarta
def test_generated_numbers(first: str, rest: str) -> None:
    national = first + rest
    assert _indonesian_type(national) == _parsed_type(national)


def test_every_prefix_of_up_to_four_digits_at_every_length() -> None:
    # Today's metadata fixes at most the first four digits of a number that does not open with
    # ``0``, but for ``21500`` (Jakarta), which the numbers drawn from the patterns below reach.
    rng = random.Random(62)
    checked = 0
    for prefix in range(1, 10_000):
        head = str(prefix)
        for length in range(max(6, len(head)), 15):
            tail = "".join(rng.choice("0123456789") for _ in range(length - len(head)))
            national = head + tail
            assert _indonesian_type(national) == _parsed_type(national), national
            checked += 1
    assert checked > 80_000


def test_possible_numbers_are_those_of_a_possible_length() -> None:
    # ``is_possible_number`` of a number of country code 62 checks only its length.
    rng = random.Random(9)
    for first in "123456789":
        for length in range(2, 18):
            for _ in range(5):
                national = first + "".join(rng.choice("0123456789") for _ in range(length - 1))
                assert (len(national) in _POSSIBLE_LENGTHS) == _parsed_possible(national)


def test_possible_lengths_on_every_region() -> None:
    rng = random.Random(4)
    for region in sorted(SUPPORTED_REGIONS):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        code = phonenumbers.country_code_for_region(region)
        if phonenumbers.region_code_for_country_code(code) != region:
            continue  # ``is_possible_number`` reads a shared code with its main region's data
        lengths = _possible_lengths(metadata)
        for length in range(1, 18):
            national = str(rng.randint(1, 9)) + "".join(
                rng.choice("0123456789") for _ in range(length - 1)
            )
            number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
            assert (length in lengths) == phonenumbers.is_possible_number(number), region
    assert _possible_lengths(None) == frozenset()


def test_single_digit_prefixes_with_many_tails() -> None:
    rng = random.Random(8)
    kinds: set[int] = set()
    for first in "123456789":
        for length in range(6, 15):
            for _ in range(60):
                national = first + "".join(rng.choice("0123456789") for _ in range(length - 1))
                kind = _indonesian_type(national)
                assert kind == _parsed_type(national), national
                kinds.add(kind)
    assert {_UNKNOWN, int(phonenumbers.PhoneNumberType.MOBILE)} <= kinds


def _ascii(pattern: str) -> str:
    # Metadata patterns write ``\d``, which Hypothesis fills with any Unicode digit; people
    # type ASCII digits, and the detector reads only those.
    return pattern.replace("\\d", "[0-9]")


_FROM_PATTERNS = st.one_of(
    *(
        st.from_regex(_ascii(desc.national_number_pattern or ""), fullmatch=True)
        for desc in _descs(_METADATA)
    )
).filter(lambda national: national[:1] not in ("", "0"))


@given(_FROM_PATTERNS)
def test_numbers_each_pattern_describes_and_their_near_misses(national: str) -> None:
    for near in _near(national):
        if near[:1] not in ("", "0") and len(near) >= 2:
            assert _indonesian_type(near) == _parsed_type(near), near


def _corpus_nationals() -> list[str]:
    """The national forms of the numbers the labelled redaction corpora write (with the ``0``
    or ``62`` in front removed as the detector removes it, and without any leading zeros)."""
    found: set[str] = set()
    for name in _CORPORA:
        for line in (_DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            for run in lex.DIGIT_RUN.finditer(text):
                digits = "".join(char for char in run.group() if "0" <= char <= "9")
                for national in (_national(digits), digits.lstrip("0")):
                    if national and national[0] != "0" and 2 <= len(national) <= 17:
                        found.add(national)
    return sorted(found)


def test_numbers_in_the_redaction_corpora() -> None:
    nationals = _corpus_nationals()
    assert len(nationals) > 500
    kinds = {_indonesian_type(national) for national in nationals}
    for national in nationals:
        assert _indonesian_type(national) == _parsed_type(national), national
    assert int(phonenumbers.PhoneNumberType.MOBILE) in kinds
    assert int(phonenumbers.PhoneNumberType.FIXED_LINE) in kinds


def _read(metadata: phonenumbers.PhoneMetadata, national: str) -> int:
    pattern, kinds = _type_pattern(metadata)
    match = pattern.fullmatch(national)
    return _UNKNOWN if match is None or match.lastgroup is None else kinds[match.lastgroup]


def test_the_construction_on_every_region() -> None:
    # Other regions use the branches Indonesia's metadata does not: fixed-line and mobile
    # patterns declared the same, numbers both fixed line and mobile, voip, pagers, personal
    # numbers and voicemail. ``_number_type_helper`` is what ``number_type`` runs once it has
    # the region's metadata.
    rng = random.Random(1)
    seen: set[int] = set()
    for region in sorted(SUPPORTED_REGIONS):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        assert metadata is not None
        examples = [
            phonenumbers.national_significant_number(number)
            for kind in phonenumbers.PhoneNumberType.values()
            if (number := phonenumbers.example_number_for_type(region, kind)) is not None
        ]
        randoms = [
            "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 17))) for _ in range(40)
        ]
        for national in [near for number in examples for near in _near(number)] + randoms:
            expected = int(_number_type_helper(national, metadata))
            assert _read(metadata, national) == expected, (region, national)
            seen.add(expected)
    assert set(map(int, phonenumbers.PhoneNumberType.values())) - seen == set()


_FIXED = phonenumbers.PhoneNumberType.FIXED_LINE
_MOBILE = phonenumbers.PhoneNumberType.MOBILE
_EITHER = phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE
_NONE = phonenumbers.PhoneNumberType.UNKNOWN
_TOLL_FREE = phonenumbers.PhoneNumberType.TOLL_FREE


@pytest.mark.parametrize(
    ("fixed", "mobile", "read"),
    [
        pytest.param("2\\d{5}", "8\\d{5}", (_FIXED, _MOBILE, _NONE), id="apart"),
        pytest.param("[28]\\d{5}", "8\\d{5}", (_FIXED, _EITHER, _NONE), id="overlapping"),
        pytest.param("[28]\\d{5}", "[28]\\d{5}", (_EITHER, _EITHER, _NONE), id="the-same"),
        pytest.param("2\\d{5}", "", (_FIXED, _NONE, _NONE), id="no-mobiles"),
    ],
)
def test_fixed_lines_and_mobiles(
    fixed: str, mobile: str, read: tuple[phonenumbers.PhoneNumberType, ...]
) -> None:
    metadata = phonenumbers.PhoneMetadata(
        id="XX",
        general_desc=phonenumbers.PhoneNumberDesc(national_number_pattern="\\d{6}"),
        fixed_line=phonenumbers.PhoneNumberDesc(national_number_pattern=fixed),
        mobile=phonenumbers.PhoneNumberDesc(national_number_pattern=mobile or None),
        register=False,
    )
    for national, kind in zip(("212345", "812345", "712345"), read, strict=True):
        assert _read(metadata, national) == int(kind)
        assert _read(metadata, national) == int(_number_type_helper(national, metadata))


def test_a_type_is_tried_only_on_its_lengths() -> None:
    # Real metadata lists the lengths its patterns match; ``phonenumbers`` still checks them
    # first, and so does the pattern built from them.
    desc = phonenumbers.PhoneNumberDesc
    metadata = phonenumbers.PhoneMetadata(
        id="XX",
        general_desc=desc(national_number_pattern="\\d{5,8}", possible_length=(5, 6, 7)),
        toll_free=desc(national_number_pattern="80\\d{3,4}", possible_length=(6,)),
        fixed_line=desc(national_number_pattern="[28]\\d{4,5}"),
        mobile=desc(national_number_pattern="9\\d{4,5}", possible_length=(5, 9)),
        register=False,
    )
    cases = {
        "801234": _TOLL_FREE,
        "80123": _FIXED,  # toll-free only at six digits
        "91234": _MOBILE,
        "912345": _NONE,  # a mobile only at five digits
        "2123456": _NONE,  # no type matches seven digits
        "21234567": _NONE,  # the general description takes no eight digits
    }
    for national, kind in cases.items():
        assert _read(metadata, national) == int(kind), national
        assert _read(metadata, national) == int(_number_type_helper(national, metadata))


def test_no_metadata_reads_every_number_as_unknown() -> None:
    pattern, kinds = _type_pattern(None)
    assert pattern.fullmatch("81234567890") is None
    assert kinds == {}
