"""The kinds of personal data the redactor knows, and their priority when spans tie."""

from __future__ import annotations

from enum import StrEnum


class PiiKind(StrEnum):
    """A kind of personal data found in complaint text. Values are stable (stored in audits)."""

    NIK = "nik"
    """Nomor Induk Kependudukan: the 16-digit population number on the KTP."""
    KK = "kk"
    """Nomor Kartu Keluarga: the 16-digit family card number."""
    NPWP = "npwp"
    """Nomor Pokok Wajib Pajak: the tax number (15 digits formatted, or 16 digits)."""
    PHONE = "phone"
    """A mobile or landline phone number."""
    EMAIL = "email"
    """An email address."""
    BPJS = "bpjs"
    """A BPJS Kesehatan / JKN-KIS card number (13 digits)."""
    BANK_ACCOUNT = "bank_account"
    """A bank account number."""
    PLATE = "plate"
    """A vehicle registration plate (TNKB)."""
    NAME = "name"
    """A person's name."""
    ADDRESS = "address"
    """A home address: street with house number, or RT/RW with its area."""


#: Tie-break order of the overlap rule: earlier kinds win over later ones when two spans have
#: the same length. Identity numbers come first because a wrong tag on them leaks the most.
KIND_PRIORITY: tuple[PiiKind, ...] = (
    PiiKind.NIK,
    PiiKind.KK,
    PiiKind.NPWP,
    PiiKind.BPJS,
    PiiKind.BANK_ACCOUNT,
    PiiKind.PHONE,
    PiiKind.EMAIL,
    PiiKind.ADDRESS,
    PiiKind.NAME,
    PiiKind.PLATE,
)


def kind_rank(kind: str) -> int:
    """Position of a kind in `KIND_PRIORITY`; app-defined kinds rank after built-ins.

    Args:
        kind: a [`PiiKind`][pengaduan.redaction.PiiKind] value or an app-defined kind.

    Returns:
        The rank (smaller wins).
    """
    try:
        return KIND_PRIORITY.index(PiiKind(kind))
    except ValueError:
        return len(KIND_PRIORITY)
