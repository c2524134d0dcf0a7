"""Code-of-conduct redaction of personal data in any Indonesian text.

Build a :class:`Redactor` (``Redactor.default()``), call :meth:`Redactor.redact` with a text and,
optionally, the reporter's :class:`KnownIdentity`; you get a :class:`RedactionResult` with the
redacted text and the spans (kind, positions, detector; never the values). See
``docs/redaction.md``.
"""

from __future__ import annotations

from pengaduan.redaction.detectors import (
    AddressDetector,
    DetectionContext,
    Detector,
    EmailDetector,
    Finding,
    KnownIdentity,
    KnownIdentityDetector,
    NameDetector,
    NumberDetector,
    PlateDetector,
    RegexDetector,
    default_detectors,
)
from pengaduan.redaction.kinds import KIND_PRIORITY, PiiKind
from pengaduan.redaction.operators import Drop, Mask, Operator, Pseudonym, Tag, canonical_value
from pengaduan.redaction.redactor import RedactionResult, Redactor, Span, resolve_overlaps

__all__ = [
    "KIND_PRIORITY",
    "AddressDetector",
    "DetectionContext",
    "Detector",
    "Drop",
    "EmailDetector",
    "Finding",
    "KnownIdentity",
    "KnownIdentityDetector",
    "Mask",
    "NameDetector",
    "NumberDetector",
    "Operator",
    "PiiKind",
    "PlateDetector",
    "Pseudonym",
    "RedactionResult",
    "Redactor",
    "RegexDetector",
    "Span",
    "Tag",
    "canonical_value",
    "default_detectors",
    "resolve_overlaps",
]
