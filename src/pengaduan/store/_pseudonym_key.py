"""Which pseudonym key a database was written with: its fingerprint, the error for another key,
and what a key rotation did (no database imports here).

The fingerprint is ``v1:`` and the hex HMAC-SHA256 of a fixed label under the key. The label
starts with the byte ``0xff``, which no UTF-8 text holds, so it is never the input of a reporter
pseudonym (an HMAC of an identifier's UTF-8 bytes under the same key): knowing the fingerprint
gives neither the key nor any pseudonym. It only lets someone who holds a candidate key check
it, which is what the repository does when it opens. The ``v1`` tag names the scheme, so that a
later release can change it and still read what this one recorded.
"""

from __future__ import annotations

import hashlib
import hmac
from enum import StrEnum

import attrs

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, ConfigurationError, translated, type_name

__all__ = [
    "FINGERPRINT_SCHEME",
    "KeyProblem",
    "KeyRotationReport",
    "PseudonymKeyError",
    "key_fingerprint",
    "require_key",
]

FINGERPRINT_SCHEME = "v1"
"""The version tag of the fingerprint scheme, written before the digest."""

_LABEL = b"\xffpengaduan/pseudonym-key-fingerprint/v1"
_MIN_KEY = 16
_MAX_KEY = 1024


def require_key(value: object, argument: str) -> bytes:
    """``value`` if it is a pseudonym key (16 to 1024 bytes), else an ``ArgumentError``."""
    if not isinstance(value, bytes) or not _MIN_KEY <= len(value) <= _MAX_KEY:
        raise ArgumentError(
            argument=argument,
            rule=N_("must be 16 to 1024 secret bytes"),
            given=type_name(value),
        )
    return value


def key_fingerprint(key: bytes) -> str:
    """The fingerprint of a pseudonym key, as the database records it (``v1:`` and 64 hex)."""
    digest = hmac.new(key, _LABEL, hashlib.sha256).hexdigest()
    return f"{FINGERPRINT_SCHEME}:{digest}"


class KeyProblem(StrEnum):
    """Why a pseudonym key was refused (the ``reason`` of a `PseudonymKeyError`)."""

    MISMATCH = "mismatch"
    """Another key than the one whose fingerprint the database records."""
    UNCONFIRMED = "unconfirmed"
    """No fingerprint recorded yet, and the key reproduces none of the sampled pseudonyms."""
    ROTATING = "rotating"
    """A key rotation is in progress: finish it before opening with a key."""
    ROTATION_KEYS = "rotation-keys"
    """Another rotation (other keys) is in progress."""
    MISSING = "missing"
    """Opened without a key on a database that records one: a new row would have no pseudonym."""


_REASONS = {
    KeyProblem.MISMATCH: N_(
        "the pseudonym key is not the one this database was written with (check the key file; "
        "to change keys, rotate them)"
    ),
    KeyProblem.UNCONFIRMED: N_(
        "the pseudonym key reproduces none of the stored reporter pseudonyms: it is not the "
        "one this database was written with"
    ),
    KeyProblem.ROTATING: N_(
        "a pseudonym key rotation is in progress: run it again with the same keys to finish it"
    ),
    KeyProblem.ROTATION_KEYS: N_(
        "another pseudonym key rotation is in progress: finish it with its own keys first"
    ),
    KeyProblem.MISSING: N_(
        "the database records a pseudonym key: open the repository with it to store new complaints"
    ),
}


_VALUES = frozenset(problem.value for problem in KeyProblem)


class PseudonymKeyError(ConfigurationError):
    """The pseudonym key is not the one the database's rows were written with.

    A [`ConfigurationError`][pengaduan.errors.ConfigurationError] (and so a ``ValueError``)
    with its own code. Neither key nor fingerprint is ever part of the message, the repr or an
    attribute.

    Attributes:
        reason: a [`KeyProblem`][pengaduan.store.KeyProblem]: ``"mismatch"``,
            ``"unconfirmed"``, ``"rotating"``, ``"rotation-keys"`` or ``"missing"``.
    """

    code = "pseudonym-key"

    def __init__(self, reason: KeyProblem) -> None:
        if not isinstance(reason, str) or reason not in _VALUES:
            raise ArgumentError(
                argument="reason", rule=N_("must be a KeyProblem"), given=type_name(reason)
            )
        self.reason = KeyProblem(reason)
        super().__init__(N_("pseudonym key"), (_REASONS[self.reason],))

    def _render(self) -> str:
        return translated(self.problems[0])  # one line: what is wrong and what to do

    def __repr__(self) -> str:
        return f"PseudonymKeyError(reason={self.reason.value!r})"


@attrs.frozen(kw_only=True)
class KeyRotationReport:
    """What [`rotate_pseudonym_key()`][pengaduan.store.Repository.rotate_pseudonym_key] did.

    Attributes:
        checked: rows holding a pseudonym that were read, their history verified (or not).
        rotated: rows whose pseudonym is now the new key's (this run).
        resumed: whether this run continued a rotation interrupted before.
        unverified: tracking ids whose stored history does not verify: their pseudonym was not
            recomputed from a record that may be the tampered part, and stays the old key's
            (no lookup finds them by the reporter any more). See
            [Integrity](../explanation/integrity.md).
    """

    checked: int = 0
    rotated: int = 0
    resumed: bool = False
    unverified: tuple[str, ...] = ()
