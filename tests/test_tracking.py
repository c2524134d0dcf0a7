"""Tracking ids: shape, round trip, and the check character's guarantees (exhaustively)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.errors import InvalidTrackingIdError
from pengaduan.intake.tracking import (
    ALPHABET,
    PAYLOAD_LENGTH,
    check_character,
    is_valid_tracking_id,
    new_tracking_id,
    parse_tracking_id,
)

RNG = random.Random(1708)
SAMPLE_IDS = [new_tracking_id(RNG) for _ in range(40)]


def compact(tracking_id: str) -> str:
    return tracking_id.replace("-", "")


def test_alphabet_is_prime_sized_and_unambiguous() -> None:
    size = len(ALPHABET)
    assert size == 29
    assert all(size % d for d in range(2, size))
    assert len(set(ALPHABET)) == size
    assert not set(ALPHABET) & set("01ILOUS")


def test_shape() -> None:
    tracking_id = new_tracking_id(random.Random(5))
    assert len(tracking_id) == 13
    assert tracking_id[4] == tracking_id[9] == "-"
    assert set(compact(tracking_id)) <= set(ALPHABET)
    assert parse_tracking_id(tracking_id) == tracking_id


def test_default_ids_are_random_not_sequential() -> None:
    ids = {new_tracking_id() for _ in range(200)}
    assert len(ids) == 200


@given(st.randoms(use_true_random=False))
def test_round_trip_with_sloppy_typing(rng: random.Random) -> None:
    tracking_id = new_tracking_id(rng)
    typed = " " + compact(tracking_id).lower()[:5] + " - " + compact(tracking_id).lower()[5:]
    assert parse_tracking_id(typed) == tracking_id
    assert is_valid_tracking_id(typed)


@pytest.mark.parametrize("tracking_id", SAMPLE_IDS[:10])
def test_every_single_substitution_is_detected(tracking_id: str) -> None:
    original = compact(tracking_id)
    for position in range(len(original)):
        for char in ALPHABET:
            if char == original[position]:
                continue
            changed = original[:position] + char + original[position + 1 :]
            assert not is_valid_tracking_id(changed), (position, char)


@pytest.mark.parametrize("tracking_id", SAMPLE_IDS)
def test_every_adjacent_transposition_is_detected(tracking_id: str) -> None:
    original = compact(tracking_id)
    for position in range(len(original) - 1):
        a, b = original[position], original[position + 1]
        if a == b:
            continue
        swapped = original[:position] + b + a + original[position + 2 :]
        assert not is_valid_tracking_id(swapped), position


def valid_with(fixed: dict[int, str]) -> str:
    """A valid compact id with the given characters at the given positions (0-based).

    Payload positions are set directly and the check character computed; when the check
    position (10) is fixed, position 0 (never fixed here) is chosen so the check comes out right
    (the check is a bijection of any single payload character, so one choice always works).
    """
    chars = list(compact(SAMPLE_IDS[0]))
    for position, char in fixed.items():
        chars[position] = char
    if PAYLOAD_LENGTH not in fixed:
        chars[PAYLOAD_LENGTH] = check_character("".join(chars[:PAYLOAD_LENGTH]))
        return "".join(chars)
    for first in ALPHABET:
        chars[0] = first
        if check_character("".join(chars[:PAYLOAD_LENGTH])) == fixed[PAYLOAD_LENGTH]:
            return "".join(chars)
    raise AssertionError("unreachable: the check is a bijection of position 0")


def test_guarantees_hold_for_every_position_and_value_pair() -> None:  # noqa: PLR0912
    # The check is linear, so whether an error is caught depends only on the position(s) and
    # the values involved, never on the rest of the id. Checking every (position, old, new) and
    # every adjacent (position, a, b) therefore covers every possible id: this is exhaustive.
    length = PAYLOAD_LENGTH + 1
    for position in range(1, length):
        for old in ALPHABET:
            good = valid_with({position: old})
            assert is_valid_tracking_id(good)
            for new in ALPHABET:
                if new != old:
                    bad = good[:position] + new + good[position + 1 :]
                    assert not is_valid_tracking_id(bad), (position, old, new)
    for old in ALPHABET:  # position 0, with the check position free
        good = valid_with({0: old})
        for new in ALPHABET:
            if new != old:
                assert not is_valid_tracking_id(new + good[1:]), (0, old, new)
    for position in range(1, length - 1):
        for a in ALPHABET:
            for b in ALPHABET:
                if a == b:
                    continue
                good = valid_with({position: a, position + 1: b})
                assert is_valid_tracking_id(good)
                swapped = good[:position] + b + a + good[position + 2 :]
                assert not is_valid_tracking_id(swapped), (position, a, b)
    for a in ALPHABET:  # positions 0 and 1
        for b in ALPHABET:
            if a != b:
                good = valid_with({0: a, 1: b})
                assert not is_valid_tracking_id(b + a + good[2:]), (0, a, b)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param("", "11 characters", id="empty"),
        pytest.param("ABCD-EFGH", "11 characters", id="short"),
        pytest.param("ABCD-EFGH-JK22", "11 characters", id="long"),
        pytest.param(
            "ABCD-EFGH-J0K", "position 10 is not allowed (ids never contain 0/O)", id="zero"
        ),
        pytest.param("ABCD-EFGH-JIK", "(ids never contain 1/I/L)", id="letter-i"),
        pytest.param("ABCD-EFGH-J*K", "position 10 is not allowed", id="symbol"),
    ],
)
def test_malformed_ids(text: str, fragment: str) -> None:
    with pytest.raises(InvalidTrackingIdError) as info:
        parse_tracking_id(text)
    assert fragment in info.value.detail
    assert info.value.reason == "invalid-tracking-id"


def test_wrong_check_character() -> None:
    good = compact(SAMPLE_IDS[1])
    bad = good[:-1] + next(c for c in ALPHABET if c != good[-1])
    with pytest.raises(InvalidTrackingIdError, match="karakter pemeriksa tidak cocok"):
        parse_tracking_id(bad)


def test_non_text_is_rejected() -> None:
    with pytest.raises(InvalidTrackingIdError) as caught:
        parse_tracking_id(12345)  # type: ignore[arg-type]
    assert "expected text" in caught.value.message("en")
    assert "seharusnya teks" in str(caught.value)
