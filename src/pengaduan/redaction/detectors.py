"""Detectors: small frozen callables that find personal data in text.

A detector is anything with a ``name`` and a ``__call__(text, context)`` returning
[`Finding`][pengaduan.redaction.Finding] values (the [`Detector`][pengaduan.redaction.Detector]
protocol). The built-in ones cover the kinds in
[`PiiKind`][pengaduan.redaction.PiiKind]; apps add their own (see
``docs/howto/custom-detector.md``) and pass them to [`Redactor`][pengaduan.redaction.Redactor].

The built-ins share one design: a cheap linear-time scan finds candidates (a run of digits, an
``@``, a trigger word), then Python validates only those candidates (NIK structure, phone
metadata, context words). Sources of the rules are in ``_lexicon.py`` and ``_nik.py``.

This module gathers the detectors, which live one family per private module: numbers
(``_detect_number.py``, phones in ``_detect_phone.py``), emails, plates, names after a trigger,
addresses, the known identity (``_detect_<family>.py``) and gazetteer names (``gazetteer.py``);
the shared protocol and context are in ``_detect_base.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ConfigurationError
from pengaduan.redaction._detect_address import AddressDetector
from pengaduan.redaction._detect_base import (
    CONTEXT_LOOKBACK,
    CONTEXT_WIDTH,
    DetectionContext,
    Detector,
    Finding,
    KnownIdentity,
    _string_list,
)
from pengaduan.redaction._detect_email import EmailDetector
from pengaduan.redaction._detect_known import KnownIdentityDetector
from pengaduan.redaction._detect_name import NameDetector
from pengaduan.redaction._detect_number import NUMBER_KINDS, NumberDetector
from pengaduan.redaction._detect_phone import _phone_e164, office_phones
from pengaduan.redaction._detect_plate import PlateDetector
from pengaduan.redaction._detect_table import TableDetector
from pengaduan.redaction._fold import fold_text
from pengaduan.redaction.gazetteer import GazetteerNameDetector

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "CONTEXT_LOOKBACK",
    "CONTEXT_WIDTH",
    "NUMBER_KINDS",
    "AddressDetector",
    "DetectionContext",
    "Detector",
    "EmailDetector",
    "Finding",
    "KnownIdentity",
    "KnownIdentityDetector",
    "NameDetector",
    "NumberDetector",
    "PlateDetector",
    "TableDetector",
    "default_detectors",
    "office_phones",
]


def default_detectors(
    *,
    allowed_phones: Iterable[str] = (),
    allowed_emails: Iterable[str] = (),
) -> tuple[Detector, ...]:
    """The built-in detectors, in the order the redactor runs them.

    Text detectors run first so that numbers see their context with names and addresses
    collapsed. Phones in ``allowed_phones`` may be written in any common form.

    Args:
        allowed_phones: office hotlines never reported.
        allowed_emails: institutional addresses never reported.

    Returns:
        The detectors.

    Raises:
        ConfigurationError: an allowed phone that is not a valid phone number.
    """
    e164: set[str] = set()
    problems: list[str] = []
    phones = _string_list("allowed_phones", allowed_phones, problems)
    emails = _string_list("allowed_emails", allowed_emails, problems)
    for number, phone in enumerate(phones):
        digits = "".join(c for c in fold_text(phone) if c.isascii() and c.isdigit())
        value = _phone_e164(
            digits,
            international=phone.strip().startswith("+") and not digits.startswith("62"),
            lenient=True,
        )
        if value is None:
            problems.append(
                Phrase(N_("allowed phone #{number} is not a valid phone number"), number=number + 1)
            )
        else:
            e164.add(value)
    if problems:
        raise ConfigurationError(N_("allowed phones and emails"), problems)
    return (
        TableDetector(),
        KnownIdentityDetector(),
        EmailDetector(allowed=frozenset(fold_text(e).strip().lower() for e in emails)),
        AddressDetector(),
        NameDetector(),
        GazetteerNameDetector(),
        PlateDetector(),
        NumberDetector(allowed_phones=frozenset(e164)),
    )
