"""Tracking ids: random, human-typable, with a check character.

A tracking id looks like ``"7KQM-XW3D-RTG"``: ten random characters and one check character,
grouped by four for reading aloud over the phone or typing from an SMS.

**Alphabet.** 29 characters, ``23456789ABCDEFGHJKMNPQRTVWXYZ``: the digits 2-9 and the capital
letters without I, L, O (confused with 1 and 0), U (confused with V) and S (confused with 5).
Parsing is case-insensitive and ignores spaces and hyphens.

**Check character.** Give every character its index ``v`` in the alphabet and number the
positions ``i = 1 .. 11`` (the check character is position 11). The check character is chosen
so that::

    sum(i * v_i for i in 1..11) ≡ 0  (mod 29)

which is always possible because 11 is invertible modulo the prime 29.

**Guarantees** (proved here, and checked exhaustively by the test suite):

- *One wrong character* at position ``i`` (``v`` replaced by ``v'``) changes the sum by
  ``i * (v' - v)``. Both factors are non-zero modulo 29 (``1 <= i <= 11 < 29`` and
  ``0 < |v' - v| < 29``) and 29 is prime, so the product is non-zero: detected.
- *Two adjacent characters swapped* (positions ``i`` and ``i + 1``, values ``a != b``) changes
  the sum by ``(i * b + (i + 1) * a) - (i * a + (i + 1) * b) = a - b``, non-zero modulo 29:
  detected. This includes swapping the check character with the one before it.

The random part comes from `secrets` unless a `random.Random` is given (for tests
and reproducible examples). Ids are not sequential, so they reveal nothing about volume or
order; uniqueness is still the storage's job (29**10 ≈ 4.2e14 possible ids).
"""

from __future__ import annotations

import random
import secrets

from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, InvalidTrackingIdError, type_name

__all__ = [
    "ALPHABET",
    "PAYLOAD_LENGTH",
    "check_character",
    "is_valid_tracking_id",
    "new_tracking_id",
    "parse_tracking_id",
]

ALPHABET = "23456789ABCDEFGHJKMNPQRTVWXYZ"
"""The 29 characters a tracking id is made of (a prime count: see the module docs)."""

PAYLOAD_LENGTH = 10
"""Random characters before the check character."""

_BASE = len(ALPHABET)
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_LENGTH = PAYLOAD_LENGTH + 1
_INVERSE_OF_LENGTH = pow(_LENGTH, -1, _BASE)


def check_character(payload: str) -> str:
    """The check character for a ten-character payload (already in canonical form).

    Raises:
        InvalidTrackingIdError: the payload has the wrong length or a character outside the
            alphabet.
    """
    if type(payload) is not str:
        raise InvalidTrackingIdError(
            detail=Phrase(N_("expected text, got {type}"), type=type_name(payload))
        )
    if len(payload) != PAYLOAD_LENGTH:
        raise InvalidTrackingIdError(
            detail=Phrase(
                N_("a payload has {expected} characters, got {count}"),
                expected=PAYLOAD_LENGTH,
                count=len(payload),
            )
        )
    total = 0
    for position, char in enumerate(payload, start=1):
        value = _VALUE.get(char)
        if value is None:
            raise InvalidTrackingIdError(
                detail=Phrase(
                    N_("character at position {position} is not allowed"), position=position
                )
            )
        total += position * value
    # Solve total + LENGTH * c ≡ 0 (mod BASE) for c.
    return ALPHABET[(-total * _INVERSE_OF_LENGTH) % _BASE]


def _format(compact: str) -> str:
    return f"{compact[:4]}-{compact[4:8]}-{compact[8:]}"


def new_tracking_id(rng: random.Random | None = None) -> str:
    """A fresh random tracking id such as ``"7KQM-XW3D-RTG"``.

    Args:
        rng: a random generator for reproducible ids; by default `secrets` is used.

    Raises:
        ArgumentError: ``rng`` is not a ``random.Random``.
    """
    if rng is not None and not isinstance(rng, random.Random):
        raise ArgumentError(
            argument="rng", rule=N_("must be a random.Random or None"), given=type_name(rng)
        )
    if rng is None:
        payload = "".join(secrets.choice(ALPHABET) for _ in range(PAYLOAD_LENGTH))
    else:
        payload = "".join(rng.choice(ALPHABET) for _ in range(PAYLOAD_LENGTH))
    return _format(payload + check_character(payload))


def parse_tracking_id(text: str) -> str:
    """Validate a tracking id as typed and return its canonical form.

    Case, spaces and hyphens are ignored: ``"7kqm xw3d rtg"`` gives ``"7KQM-XW3D-RTG"``.

    Raises:
        InvalidTrackingIdError: wrong length, a character outside the alphabet (the position is
            named; confusable characters such as O, I, L get a hint), or a wrong check
            character.

    Example:
        >>> parse_tracking_id("7kqm xw3d rtg")
        '7KQM-XW3D-RTG'
        >>> is_valid_tracking_id("7KQM-XW3D-RT9")  # one character off: caught
        False
    """
    if not isinstance(text, str):
        raise InvalidTrackingIdError(
            detail=Phrase(N_("expected text, got {type}"), type=type_name(text))
        )
    compact = "".join(ch for ch in exact(text).upper() if ch not in " -\t")
    if len(compact) != _LENGTH:
        raise InvalidTrackingIdError(
            detail=Phrase(
                N_("a tracking id has {expected} characters (ignoring '-'), got {count}"),
                expected=_LENGTH,
                count=len(compact),
            )
        )
    for position, char in enumerate(compact, start=1):
        if char not in _VALUE:
            hint = {"O": "0/O", "0": "0/O", "I": "1/I/L", "1": "1/I/L", "L": "1/I/L"}.get(char)
            detail = Phrase(
                N_("character at position {position} is not allowed"), position=position
            )
            if hint:
                detail = Phrase(
                    N_(
                        "character at position {position} is not allowed (ids never contain {hint})"
                    ),
                    position=position,
                    hint=hint,
                )
            raise InvalidTrackingIdError(detail=detail)
    if check_character(compact[:PAYLOAD_LENGTH]) != compact[PAYLOAD_LENGTH]:
        raise InvalidTrackingIdError(
            detail="check character does not match: a character is wrong or two are swapped"
        )
    return _format(compact)


def is_valid_tracking_id(text: str) -> bool:
    """True when ``text`` parses as a tracking id (see
    [`parse_tracking_id()`][pengaduan.intake.tracking.parse_tracking_id])."""
    try:
        parse_tracking_id(text)
    except InvalidTrackingIdError:
        return False
    return True
