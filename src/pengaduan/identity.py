"""Keyed pseudonyms: a stable reporter id that is not the reporter's identity.

Reporter actions (a reply, a reopen, a close) are bound to the complaint's reporter. A reporter who
writes through the web portal or the app has an account id; one who writes by SMS has only a phone
number, which must not be stored as an actor id (actor ids are shown in reprs and histories). The
gateway therefore gives such a reporter a *keyed pseudonym*: HMAC-SHA256 of the normalised phone
number under a secret key the office keeps, so the same phone always maps to the same id, nobody
without the key can recompute it, and the id reveals nothing about the number.

Keep the key out of the database (an environment variable, a secrets manager): whoever holds the key
and a phone number can test whether that number reported something.

Example:
    >>> key = bytes(range(32))
    >>> pid = reporter_pseudonym("+6281339001122", key=key)
    >>> pid.startswith("psn-"), len(pid)
    (True, 28)
    >>> pid == reporter_pseudonym("+6281339001122", key=key)
    True
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name

__all__ = ["PSEUDONYM_PREFIX", "reporter_pseudonym"]

PSEUDONYM_PREFIX = "psn-"
"""Every keyed pseudonym starts with this, so it is never mistaken for an account id."""

_MIN_KEY_BYTES = 16


def reporter_pseudonym(identifier: str, *, key: bytes) -> str:
    """A stable, keyed pseudonym for a reporter identifier (an E.164 phone, an e-mail).

    Args:
        identifier: the identifier, already normalised (``+6281339001122``; e-mails are
            lower-cased here).
        key: the office's secret, at least 16 bytes.

    Returns:
        ``"psn-"`` and 24 lower-case base32 characters (120 bits of the HMAC).

    Raises:
        ArgumentError: ``identifier`` is not a non-empty string, or ``key`` is not bytes of at
            least 16 bytes.
    """
    if not isinstance(key, bytes | bytearray) or len(key) < _MIN_KEY_BYTES:
        raise ArgumentError(
            argument="key",
            rule=Phrase(
                N_("must be bytes of at least {min_key_bytes} bytes"), min_key_bytes=_MIN_KEY_BYTES
            ),
            given=type_name(key) if not isinstance(key, bytes | bytearray) else N_("too short"),
        )
    identifier = exact(identifier)
    if not isinstance(identifier, str) or not identifier.strip():
        raise ArgumentError(
            argument="identifier", rule=N_("must be a non-empty str"), given=type_name(identifier)
        )
    normalised = identifier.strip()
    if "@" in normalised:
        normalised = normalised.lower()
    encoded = normalised.encode("utf-8", "surrogatepass")
    digest = hmac.new(bytes(key), encoded, hashlib.sha256).digest()[:15]
    return PSEUDONYM_PREFIX + base64.b32encode(digest).decode("ascii").lower()
