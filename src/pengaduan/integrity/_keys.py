"""Ed25519 signing keys (office side) and the public key ring (auditor side).

The only module that touches ``cryptography``: its key objects and exceptions never leave it.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import TYPE_CHECKING, Any

import attrs
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pengaduan._core.paths import NotRegularFileError, file_path, os_reason, read_regular
from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase, as_phrase
from pengaduan.errors import ArgumentError, StorageError, type_name
from pengaduan.integrity._codec import (
    b64,
    format_time,
    load_json,
    malformed,
    parse_base64,
    parse_hex,
    parse_time,
    require_aware,
    require_dict,
    require_schema,
)

if TYPE_CHECKING:
    from datetime import datetime

__all__ = ["KEY_ID_BYTES", "KeyRing", "SigningKey", "TrustedKey", "check_key_id", "key_id_of"]

KEY_ID_BYTES = 16
"""A key id is the first 16 bytes of SHA-256 of the raw 32-byte public key, in hex."""

_MAX_PEM = 16 * 1024
_MAX_PASSWORD = 1023
"""The longest password (in UTF-8 bytes) a PEM key is encrypted with."""
_MAX_KEYS = 1000


def key_id_of(public_key: bytes) -> str:
    """The key id of a raw Ed25519 public key: hex of the first 16 bytes of its SHA-256.

    Raises:
        ArgumentError: ``public_key`` is not bytes.
    """
    if not isinstance(public_key, bytes | bytearray | memoryview):
        raise ArgumentError(
            argument="public_key", rule="must be bytes", given=type_name(public_key)
        )
    return hashlib.sha256(public_key).digest()[:KEY_ID_BYTES].hex()


def _pem_bytes(data: object, argument: str) -> bytes:
    data = exact(data)
    if isinstance(data, str):
        encoded: bytes | None
        try:
            encoded = data.encode("ascii")
        except UnicodeEncodeError:
            encoded = None
        if encoded is None:
            raise ArgumentError(
                argument=argument, rule=N_("must be ASCII PEM text"), given="non-ASCII"
            )
        data = encoded
    if not isinstance(data, bytes | bytearray):
        raise ArgumentError(
            argument=argument, rule=N_("must be PEM bytes or str"), given=type_name(data)
        )
    if len(data) > _MAX_PEM:
        raise ArgumentError(
            argument=argument, rule=N_("must be at most 16 KiB"), given=f"{len(data)}"
        )
    return bytes(data)


def _password(password: object) -> bytes | None:
    if password is None:
        return None
    password = exact(password)
    if isinstance(password, str):
        password = password.encode("utf-8", "surrogatepass")
    if not isinstance(password, bytes) or not password:
        raise ArgumentError(
            argument="password",
            rule=N_("must be non-empty bytes or str"),
            given=type_name(password),
        )
    if len(password) > _MAX_PASSWORD:  # the PEM encryption's own limit
        raise ArgumentError(
            argument="password",
            rule=Phrase(N_("must be at most {size} bytes"), size=_MAX_PASSWORD),
            given=type_name(password),
        )
    return password


def _read(path: object, what: str) -> bytes:
    text = file_path(path)
    failed: str | None = None
    data = b""
    try:
        data = read_regular(text, _MAX_PEM * 64)
    except NotRegularFileError as error:  # a FIFO would block, a device never end
        failed = os_reason(error)
    except OSError as error:
        failed = os_reason(error)
    if failed is not None:
        raise StorageError(
            reason="unavailable",
            detail=Phrase(
                N_("cannot read the {what} ({failed})"), what=as_phrase(what), failed=failed
            ),
        )
    return data


def _write_new(path: object, data: bytes, what: str, mode: int) -> None:
    text = file_path(path)
    failed: str | None = None
    try:
        descriptor = os.open(text, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
    except OSError as error:
        failed = os_reason(error)
    if failed is not None:
        raise StorageError(
            reason="failed",
            detail=Phrase(
                N_("cannot write the {what} ({failed})"), what=as_phrase(what), failed=failed
            ),
        )


class SigningKey:
    """The office's Ed25519 private key, which signs tree heads.

    It never appears in a repr, a log file, a tree head or a store: only its
    [`key_id`][pengaduan.integrity.SigningKey.key_id] and
    public key do. Keep it in a file readable by the signing job alone
    ([`save()`][pengaduan.integrity.SigningKey.save] writes it
    with mode 0600, encrypted when given a password) or in a secrets manager, and give auditors
    the public key through a [`KeyRing`][pengaduan.integrity.KeyRing].

    Example:
        >>> key = SigningKey.generate()
        >>> len(key.key_id), "PRIVATE" in repr(key)
        (32, False)
    """

    __slots__ = ("_key", "_key_id", "_public")

    def __init__(self, _key: Ed25519PrivateKey) -> None:
        if not isinstance(_key, Ed25519PrivateKey):
            raise ArgumentError(
                argument="key",
                rule=N_("must be built with SigningKey.generate(), from_pem() or load()"),
                given=type_name(_key),
            )
        self._key = _key
        self._public = _key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self._key_id = key_id_of(self._public)

    def __repr__(self) -> str:
        return f"SigningKey(key_id={self._key_id!r})"

    def __reduce__(self) -> Any:
        msg = "a SigningKey is not pickled; save it with to_pem(password=...)"
        raise TypeError(msg)

    @classmethod
    def generate(cls) -> SigningKey:
        """A new random key."""
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_pem(cls, data: bytes | str, *, password: bytes | str | None = None) -> SigningKey:
        """Load a PKCS#8 PEM private key (encrypted if ``password`` is given).

        Raises:
            ArgumentError: not an Ed25519 private key in PEM, or the wrong password.
        """
        raw = _pem_bytes(data, "data")
        secret = _password(password)
        key: object = None
        problem: str | None = None
        try:
            key = serialization.load_pem_private_key(raw, password=secret)
        except TypeError:
            problem = (
                N_("needs a password")
                if secret is None
                else N_("is not encrypted; give no password")
            )
        except (ValueError, UnsupportedAlgorithm):
            problem = N_("is not a PEM private key, or the password is wrong")
        if problem is not None:
            raise ArgumentError(
                argument="data",
                rule=Phrase(N_("must be a readable key: it {problem}"), problem=Phrase(problem)),
            )
        if not isinstance(key, Ed25519PrivateKey):
            raise ArgumentError(
                argument="data", rule=N_("must be an Ed25519 private key"), given=type_name(key)
            )
        return cls(key)

    @classmethod
    def load(
        cls, path: str | os.PathLike[str], *, password: bytes | str | None = None
    ) -> SigningKey:
        """Load a key file written by [`save()`][pengaduan.integrity.SigningKey.save].

        Raises:
            StorageError: the file cannot be read, or is not a regular file (a pipe or a
                device is refused unread).
            ArgumentError: not an Ed25519 private key in PEM, or the wrong password.
        """
        return cls.from_pem(_read(path, N_("key file")), password=password)

    def to_pem(self, *, password: bytes | str | None = None) -> bytes:
        """The key as PKCS#8 PEM, encrypted with ``password`` if given.

        Raises:
            ArgumentError: ``password`` is empty, not bytes or str, or longer than 1023 bytes
                (in UTF-8), the encryption's limit.
        """
        secret = _password(password)
        encryption: serialization.KeySerializationEncryption = (
            serialization.NoEncryption()
            if secret is None
            else serialization.BestAvailableEncryption(secret)
        )
        return self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )

    def save(self, path: str | os.PathLike[str], *, password: bytes | str | None = None) -> None:
        """Write the key to a new file readable by its owner only (mode 0600).

        Raises:
            ArgumentError: ``password`` as for `to_pem()` (nothing is written).
            StorageError: the file exists or cannot be written.
        """
        _write_new(path, self.to_pem(password=password), N_("key file"), 0o600)

    @property
    def key_id(self) -> str:
        """The key id (see [`KEY_ID_BYTES`][pengaduan.integrity.KEY_ID_BYTES])."""
        return self._key_id

    @property
    def public_key(self) -> bytes:
        """The raw 32-byte public key."""
        return self._public

    def trusted(
        self, *, not_before: datetime | None = None, not_after: datetime | None = None
    ) -> TrustedKey:
        """The public half, as a key-ring entry with an optional validity window."""
        return TrustedKey(public_key=self._public, not_before=not_before, not_after=not_after)

    def sign(self, message: bytes) -> bytes:
        """The Ed25519 signature of ``message`` (64 bytes)."""
        if not isinstance(message, bytes):
            raise ArgumentError(argument="message", rule="must be bytes", given=type_name(message))
        return self._key.sign(message)


def _optional_time(value: object, argument: str) -> datetime | None:
    return None if value is None else require_aware(value, argument)


def _not_before(value: object) -> datetime | None:
    return _optional_time(value, "not_before")


def _not_after(value: object) -> datetime | None:
    return _optional_time(value, "not_after")


def _public_key(value: object) -> bytes:
    if not isinstance(value, bytes) or len(value) != 32:
        raise ArgumentError(
            argument="public_key", rule=N_("must be 32 raw bytes (Ed25519)"), given=type_name(value)
        )
    bad = False
    try:
        Ed25519PublicKey.from_public_bytes(value)
    except ValueError:
        bad = True
    if bad:
        raise ArgumentError(argument="public_key", rule=N_("must be an Ed25519 public key"))
    return value


@attrs.frozen(kw_only=True, weakref_slot=False)
class TrustedKey:
    """A public key an auditor trusts, with the window in which it may sign.

    A tree head whose timestamp is after ``not_after`` (a retired key) or before ``not_before``
    is refused.
    """

    public_key: bytes = attrs.field(converter=_public_key, repr=False)
    """The raw 32-byte Ed25519 public key."""
    not_before: datetime | None = attrs.field(default=None, converter=_not_before)
    not_after: datetime | None = attrs.field(default=None, converter=_not_after)

    def __attrs_post_init__(self) -> None:
        if (
            self.not_before is not None
            and self.not_after is not None
            and self.not_before > self.not_after
        ):
            raise ArgumentError(argument="not_after", rule=N_("must not be before not_before"))

    @property
    def key_id(self) -> str:
        """The key id (see [`KEY_ID_BYTES`][pengaduan.integrity.KEY_ID_BYTES])."""
        return key_id_of(self.public_key)

    @classmethod
    def from_pem(
        cls,
        data: bytes | str,
        *,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
    ) -> TrustedKey:
        """A trusted key from a SubjectPublicKeyInfo PEM public key.

        Raises:
            ArgumentError: not an Ed25519 public key in PEM.
        """
        raw = _pem_bytes(data, "data")
        key: object = None
        bad = False
        try:
            key = serialization.load_pem_public_key(raw)
        except (ValueError, UnsupportedAlgorithm):
            bad = True
        if bad or not isinstance(key, Ed25519PublicKey):
            raise ArgumentError(argument="data", rule=N_("must be an Ed25519 public key in PEM"))
        public = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(public_key=public, not_before=not_before, not_after=not_after)

    def to_pem(self) -> bytes:
        """The public key as SubjectPublicKeyInfo PEM."""
        return Ed25519PublicKey.from_public_bytes(self.public_key).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def valid_at(self, at: datetime) -> bool:
        """Whether the key may sign at ``at``."""
        return (self.not_before is None or self.not_before <= at) and (
            self.not_after is None or at <= self.not_after
        )

    def verify(self, signature: bytes, message: bytes) -> bool:
        """Whether ``signature`` is this key's Ed25519 signature of ``message``.

        Raises:
            ArgumentError: ``signature`` or ``message`` is not bytes.
        """
        for argument, value in (("signature", signature), ("message", message)):
            if not isinstance(value, bytes):
                raise ArgumentError(argument=argument, rule="must be bytes", given=type_name(value))
        signature, message = exact(signature), exact(message)
        ok = True
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except InvalidSignature:
            ok = False
        return ok


def _keys(value: object) -> tuple[TrustedKey, ...]:
    if not isinstance(value, tuple | list):
        raise ArgumentError(argument="keys", rule=N_("must be a sequence"), given=type_name(value))
    keys = tuple(value)
    seen: set[str] = set()
    for key in keys:
        if not isinstance(key, TrustedKey):
            raise ArgumentError(
                argument="keys", rule=N_("must hold TrustedKey"), given=type_name(key)
            )
        if key.key_id in seen:
            raise ArgumentError(argument="keys", rule=N_("must not hold one key twice"))
        seen.add(key.key_id)
    return keys


@attrs.frozen(kw_only=True, weakref_slot=False)
class KeyRing:
    """The public keys an auditor trusts, by key id, each with its validity window.

    Rotation: add the new key, and set the old key's ``not_after``
    ([`retire()`][pengaduan.integrity.KeyRing.retire]) to the
    moment it stopped signing. Tree heads it signed before then still verify; one dated later
    is refused (``key-expired``).

    Saved as JSON ([`save()`][pengaduan.integrity.KeyRing.save],
    [`to_json()`][pengaduan.integrity.KeyRing.to_json]): ``{"schema": "pengaduan.keyring",
    "schema_version": 1, "keys": [{"key_id", "public_key", "not_before", "not_after"}]}`` where
    ``public_key`` is the raw key in base64 (``public_key_pem`` is accepted instead when
    reading) and the times are ISO 8601 UTC or ``null``.
    """

    keys: tuple[TrustedKey, ...] = attrs.field(default=(), converter=_keys)

    @classmethod
    def of(cls, *keys: TrustedKey | SigningKey) -> KeyRing:
        """A key ring of these keys (a signing key contributes its public half only)."""
        return cls(keys=[k.trusted() if isinstance(k, SigningKey) else k for k in keys])

    def __len__(self) -> int:
        return len(self.keys)

    def get(self, key_id: str) -> TrustedKey | None:
        """The key with this id, or ``None``.

        Raises:
            ArgumentError: ``key_id`` is not a str (an id of another type is never compared,
                so the answer never depends on the object's own ``__eq__``).
        """
        if not isinstance(key_id, str):
            raise ArgumentError(
                argument="key_id", rule=N_("must be a str"), given=type_name(key_id)
            )
        key_id = exact(key_id)
        for key in self.keys:
            if key.key_id == key_id:
                return key
        return None

    def with_key(self, key: TrustedKey | SigningKey) -> KeyRing:
        """A new ring with one more key."""
        trusted = key.trusted() if isinstance(key, SigningKey) else key
        return KeyRing(keys=(*self.keys, trusted))

    def retire(self, key_id: str, *, not_after: datetime) -> KeyRing:
        """A new ring in which the key ``key_id`` signs nothing after ``not_after``.

        Raises:
            ArgumentError: no such key, or a naive ``not_after``.
        """
        moment = require_aware(not_after, "not_after")
        if self.get(key_id) is None:
            raise ArgumentError(argument="key_id", rule=N_("must be a key of the ring"))
        return KeyRing(
            keys=[attrs.evolve(k, not_after=moment) if k.key_id == key_id else k for k in self.keys]
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (see the class docstring)."""
        return {
            "schema": "pengaduan.keyring",
            "schema_version": 1,
            "keys": [
                {
                    "key_id": k.key_id,
                    "public_key": b64(k.public_key),
                    "not_before": None if k.not_before is None else format_time(k.not_before),
                    "not_after": None if k.not_after is None else format_time(k.not_after),
                }
                for k in self.keys
            ],
        }

    def to_json(self) -> str:
        """The [`to_dict()`][pengaduan.integrity.KeyRing.to_dict] form as indented JSON."""
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: object) -> KeyRing:
        """Read the [`to_dict()`][pengaduan.integrity.KeyRing.to_dict] form; each key id must match
        its public key.

        Raises:
            CheckpointError: ``malformed`` data.
        """
        data = require_dict(data, Phrase(N_("key ring")))
        require_schema(data, "pengaduan.keyring", (1,))
        raw_keys = data.get("keys")
        if not isinstance(raw_keys, list) or len(raw_keys) > _MAX_KEYS:
            raise malformed(
                "keys", Phrase(N_("must be a list of at most {count} keys"), count=_MAX_KEYS)
            )
        keys = [_read_key(item, f"keys[{i}]") for i, item in enumerate(raw_keys)]
        seen = {k.key_id for k in keys}
        if len(seen) != len(keys):
            raise malformed("keys", N_("hold one key twice"))
        return cls(keys=keys)

    @classmethod
    def from_json(cls, text: str | bytes) -> KeyRing:
        """Read the [`to_json()`][pengaduan.integrity.KeyRing.to_json] form.

        Raises:
            CheckpointError: ``malformed`` text.
        """
        return cls.from_dict(load_json(text, Phrase(N_("key ring"))))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the ring to a new JSON file.

        Raises:
            StorageError: the file exists or cannot be written.
        """
        _write_new(path, self.to_json().encode("ascii"), N_("key ring"), 0o644)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> KeyRing:
        """Read a key ring file written by [`save()`][pengaduan.integrity.KeyRing.save].

        Raises:
            StorageError: the file cannot be read, or is not a regular file (a pipe or a
                device is refused unread).
            CheckpointError: ``malformed`` content.
        """
        return cls.from_json(_read(path, N_("key ring")))


def _read_key(item: object, where: str) -> TrustedKey:
    data = require_dict(item, where)
    allowed = {"key_id", "public_key", "public_key_pem", "not_before", "not_after"}
    if not set(data) <= allowed or ("public_key" in data) == ("public_key_pem" in data):
        raise malformed(where, N_("must have key_id, one of public_key/public_key_pem and times"))
    times: dict[str, datetime | None] = {}
    for name in ("not_before", "not_after"):
        value = data.get(name)
        times[name] = None if value is None else parse_time(value, f"{where}.{name}")
    problem: str | None = None
    key: TrustedKey | None = None
    try:
        if "public_key" in data:
            raw = parse_base64(data["public_key"], f"{where}.public_key", 32)
            key = TrustedKey(public_key=raw, **times)
        else:
            pem = data["public_key_pem"]
            if not isinstance(pem, str):
                problem = N_("public_key_pem must be a string")
            else:
                key = TrustedKey.from_pem(pem, **times)
    except ArgumentError as error:
        problem = Phrase(
            N_("{argument} {rule}"), argument=error.argument, rule=as_phrase(error.rule)
        )
    if problem is not None or key is None:
        raise malformed(where, problem or N_("is not a key"))
    expected = parse_hex(data.get("key_id"), f"{where}.key_id", KEY_ID_BYTES).hex()
    if expected != key.key_id:
        raise malformed(f"{where}.key_id", N_("does not match the public key"))
    return key


def check_key_id(value: object) -> str:
    """A key id: 32 lowercase hex digits."""
    if not isinstance(value, str):
        raise ArgumentError(argument="key_id", rule="must be a str", given=type_name(value))
    return parse_hex(value, "key_id", KEY_ID_BYTES).hex()
