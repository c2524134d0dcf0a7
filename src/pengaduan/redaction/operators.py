"""Operators: what replaces a span of personal data.

- [`Tag`][pengaduan.redaction.Tag] writes the kind in brackets: ``[NIK]``.
- [`Mask`][pengaduan.redaction.Mask] hides every letter and digit but the last few, keeping the
  layout:
  ``****-****-7890``.
- [`Drop`][pengaduan.redaction.Drop] removes the span.
- [`Pseudonym`][pengaduan.redaction.Pseudonym] writes a keyed pseudonym, ``[PHONE-kqzvmhtaeb]``: an
  HMAC-SHA256 of the
  kind and the normalised value under the app's secret. The same person gets the same pseudonym
  in every report (so reports can be linked) without the value being recoverable by anyone who
  lacks the secret. ``0812-3456-7890`` and ``+62 812 3456 7890`` get the same pseudonym.

Tags and pseudonyms contain only capitals, an underscore, a dash and lower-case letters, so no
detector finds anything in them: redacting twice changes nothing (see ``docs/redaction.md``).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Protocol, runtime_checkable

import attrs
import phonenumbers

from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ConfigurationError, RedactionError, type_name
from pengaduan.redaction._fold import fold_text
from pengaduan.redaction.kinds import PiiKind

__all__ = ["Drop", "Mask", "Operator", "Pseudonym", "Tag", "canonical_value"]

_LABEL = re.compile(r"[A-Z][A-Z0-9_]{0,30}")
_NUMERIC = frozenset({PiiKind.NIK, PiiKind.KK, PiiKind.NPWP, PiiKind.BPJS, PiiKind.BANK_ACCOUNT})
MIN_SECRET_BYTES = 16


@runtime_checkable
class Operator(Protocol):
    """The operator protocol: turn one span's value into its replacement."""

    def __call__(self, *, kind: str, value: str) -> str:
        """Return the replacement for ``value``, a span of kind ``kind``."""
        ...


def _check_label(_instance: object, _attribute: object, label: str | None) -> None:
    if label is not None and not (isinstance(label, str) and _LABEL.fullmatch(label)):
        raise ConfigurationError(
            N_("operator label"),
            [
                Phrase(
                    N_("label must be capitals, digits and underscores ({type})"),
                    type=type_name(label),
                )
            ],
        )


def _check_operand(kind: object, value: object) -> None:
    """Refuse an operator call whose kind or value is not a str."""
    if not isinstance(kind, str) or not isinstance(value, str):
        raise RedactionError(
            reason="not-text",
            detail=Phrase(
                N_("kind and value must be str, got {kind} and {value}"),
                kind=type_name(kind),
                value=type_name(value),
            ),
        )


#: The built-in kinds' labels in Indonesian, for text an Indonesian citizen reads (a public page,
#: a letter): the words of identity forms (``Nama``, ``Telepon``, ``Alamat``, ``No. Rekening``,
#: ``Nomor Polisi`` shortened as the police and the press write it, ``nopol``); NIK, KK, NPWP,
#: BPJS and email are the same words in both languages.
_INDONESIAN: dict[str, str] = {
    PiiKind.NAME: "NAMA",
    PiiKind.PHONE: "TELEPON",
    PiiKind.ADDRESS: "ALAMAT",
    PiiKind.BANK_ACCOUNT: "REKENING",
    PiiKind.PLATE: "NOPOL",
}
_LANGUAGES = ("en", "id")


def _check_language(_instance: object, _attribute: object, language: str | None) -> None:
    if language is not None and not (isinstance(language, str) and language in _LANGUAGES):
        raise ConfigurationError(
            N_("operator label"),
            [Phrase(N_("language must be en or id ({type})"), type=type_name(language))],
        )


def _label(label: str | None, kind: str, language: str | None = None) -> str:
    if label is not None:
        return label
    kind = exact(kind)
    if language == "id":
        return _INDONESIAN.get(kind, kind.upper())
    return kind.upper()


@attrs.frozen(kw_only=True)
class Tag:
    """Replace the span with its kind in brackets, ``[NIK]``.

    Attributes:
        label: the text inside the brackets; defaults to the kind in capitals.
        language: ``"id"`` writes the built-in kinds in Indonesian where the words differ
            (``[NAMA]``, ``[TELEPON]``, ``[ALAMAT]``, ``[REKENING]``, ``[NOPOL]``); ``None`` or
            ``"en"``, the kind in capitals (``[NAME]``). A ``label`` wins over it.
    """

    label: str | None = attrs.field(default=None, validator=_check_label)
    language: str | None = attrs.field(default=None, validator=_check_language)

    def __call__(self, *, kind: str, value: str) -> str:
        """Return ``[LABEL]``."""
        _check_operand(kind, value)
        return f"[{_label(self.label, kind, self.language)}]"


def _check_mask_char(_instance: object, _attribute: object, char: str) -> None:
    # A character that folding changes or removes (a full-width star, a zero-width space) would
    # make a masked text read differently the second time it is redacted.
    if not (
        isinstance(char, str)
        and len(char) == 1
        and not char.isalnum()
        and not char.isspace()
        and fold_text(char) == char
        and char.isprintable()
    ):
        raise ConfigurationError(
            N_("mask"), [N_("char must be one visible character, not a letter, digit or space")]
        )


def _check_keep(_instance: object, _attribute: object, keep: int) -> None:
    if type(keep) is not int or not 0 <= keep <= 8:
        raise ConfigurationError(
            N_("mask"),
            [Phrase(N_("keep must be an int from 0 to 8 ({type})"), type=type_name(keep))],
        )


@attrs.frozen(kw_only=True)
class Mask:
    """Hide every letter and digit except the last ``keep`` ones; separators stay.

    ``0812-3456-7890`` becomes ``****-****-7890``. The result has the length of the original.

    Attributes:
        keep: how many trailing letters and digits stay visible (0-8).
        char: the masking character.
    """

    keep: int = attrs.field(default=4, validator=_check_keep)
    char: str = attrs.field(default="*", validator=_check_mask_char)

    def __call__(self, *, kind: str, value: str) -> str:
        """Return the masked value."""
        _check_operand(kind, value)
        visible = self.keep
        out = []
        for char in reversed(value):
            if char.isalnum():
                if visible > 0:
                    visible -= 1
                    out.append(char)
                else:
                    out.append(self.char)
            else:
                out.append(char)
        return "".join(reversed(out))


@attrs.frozen(kw_only=True)
class Drop:
    """Remove the span entirely. Not idempotent in general: the text around it closes up."""

    def __call__(self, *, kind: str, value: str) -> str:
        """Return the empty string."""
        _check_operand(kind, value)
        return ""


def _secret(value: bytes | str) -> bytes:
    value = exact(value)
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    raise ConfigurationError(
        N_("pseudonym"),
        [Phrase(N_("secret must be bytes or str, got {type}"), type=type_name(value))],
    )


def _check_secret(_instance: object, _attribute: object, secret: bytes) -> None:
    if len(secret) < MIN_SECRET_BYTES:
        raise ConfigurationError(
            N_("pseudonym"),
            [
                Phrase(
                    N_("secret must have at least {minimum} bytes, got {count}"),
                    minimum=MIN_SECRET_BYTES,
                    count=len(secret),
                )
            ],
        )


def _check_length(_instance: object, _attribute: object, length: int) -> None:
    if type(length) is not int or not 6 <= length <= 32:
        raise ConfigurationError(
            N_("pseudonym"),
            [Phrase(N_("length must be an int from 6 to 32 ({type})"), type=type_name(length))],
        )


def canonical_value(kind: str, value: str) -> str:
    """The normalised form a pseudonym is computed from.

    Phones become E.164 (``+6281234567890``), numbers keep their digits, emails and names are
    case-folded with whitespace collapsed, plates lose their spaces.

    Args:
        kind: the span's kind.
        value: the span's original text.

    Returns:
        The canonical value.

    Raises:
        RedactionError: ``kind`` or ``value`` is not a str.
    """
    _check_operand(kind, value)
    value = fold_text(value)
    if kind == PiiKind.PHONE:
        digits = "".join(c for c in value if c.isascii() and c.isdigit())
        international = value.lstrip().startswith("+")
        text = "+" + digits if international or digits.startswith("62") else digits
        try:
            number = phonenumbers.parse(text, "ID")
        except phonenumbers.NumberParseException:
            return digits
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    if kind in _NUMERIC:
        return "".join(c for c in value if c.isascii() and c.isdigit())
    if kind == PiiKind.PLATE:
        return "".join(value.split()).upper()
    return " ".join(exact(value).casefold().split())


@attrs.frozen(kw_only=True)
class Pseudonym:
    """A keyed pseudonym: ``[KIND-letters]`` from HMAC-SHA256(secret, kind + canonical value).

    Keep the secret out of the code (an environment variable or a secret store); rotating it
    unlinks all earlier pseudonyms.

    Attributes:
        secret: the app's key (at least 16 bytes; a ``str`` is UTF-8 encoded). Never shown.
        length: how many letters the pseudonym has (6-32; 10 letters is about 47 bits).
        label: the text before the dash; defaults to the kind in capitals.
        language: ``"id"`` writes the built-in kinds in Indonesian, as `Tag` does
            (``[TELEPON-...]``); the letters do not depend on it.
    """

    secret: bytes = attrs.field(converter=_secret, validator=_check_secret, repr=False)
    length: int = attrs.field(default=10, validator=_check_length)
    label: str | None = attrs.field(default=None, validator=_check_label)
    language: str | None = attrs.field(default=None, validator=_check_language)

    def __call__(self, *, kind: str, value: str) -> str:
        """Return ``[LABEL-letters]``."""
        _check_operand(kind, value)
        message = f"{kind}\x1f{canonical_value(kind, value)}".encode("utf-8", "surrogatepass")
        digest = hmac.new(self.secret, message, hashlib.sha256).digest()
        letters = "".join(chr(ord("a") + byte % 26) for byte in digest[: self.length])
        return f"[{_label(self.label, kind, self.language)}-{letters}]"
