"""Code-of-conduct redaction of personal data in any Indonesian text.

Build a [`Redactor`][pengaduan.redaction.Redactor] (``Redactor.default()``), call
[`Redactor.redact()`][pengaduan.redaction.Redactor.redact] with a text and,
optionally, the reporter's [`KnownIdentity`][pengaduan.redaction.KnownIdentity]; you get a
[`RedactionResult`][pengaduan.redaction.RedactionResult] with the
redacted text and the spans (kind, positions, detector; never the values). See
``docs/redaction.md``.

Audience views of a complaint ([`view()`][pengaduan.privacy.view],
[`Viewer`][pengaduan.privacy.Viewer],
[`ViewPolicy`][pengaduan.privacy.ViewPolicy]) live in [`pengaduan.privacy`][pengaduan.privacy];
their old names here
still work, with a ``DeprecationWarning``.
"""

from __future__ import annotations

from pengaduan._core.deprecation import moved_names
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
    default_detectors,
    office_phones,
)
from pengaduan.redaction.gazetteer import GazetteerNameDetector, NameGazetteer
from pengaduan.redaction.kinds import KIND_PRIORITY, PiiKind
from pengaduan.redaction.operators import Drop, Mask, Operator, Pseudonym, Tag, canonical_value
from pengaduan.redaction.redactor import RedactionResult, Redactor, Span, resolve_overlaps
from pengaduan.redaction.regex import RegexDetector, RegexEngine, re2_available

_MOVED = frozenset(
    {"Audience", "ComplaintView", "TimelineEntry", "ViewPolicy", "ViewRule", "Viewer", "view"}
)
__getattr__ = moved_names("pengaduan.redaction", "pengaduan.privacy", _MOVED)


__all__ = [
    "KIND_PRIORITY",
    "AddressDetector",
    "DetectionContext",
    "Detector",
    "Drop",
    "EmailDetector",
    "Finding",
    "GazetteerNameDetector",
    "KnownIdentity",
    "KnownIdentityDetector",
    "Mask",
    "NameDetector",
    "NameGazetteer",
    "NumberDetector",
    "Operator",
    "PiiKind",
    "PlateDetector",
    "Pseudonym",
    "RedactionResult",
    "Redactor",
    "RegexDetector",
    "RegexEngine",
    "Span",
    "Tag",
    "canonical_value",
    "default_detectors",
    "office_phones",
    "re2_available",
    "resolve_overlaps",
]
