"""Code-of-conduct redaction of personal data in any Indonesian text.

Build a :class:`Redactor` (``Redactor.default()``), call :meth:`Redactor.redact` with a text and,
optionally, the reporter's :class:`KnownIdentity`; you get a :class:`RedactionResult` with the
redacted text and the spans (kind, positions, detector; never the values). See
``docs/redaction.md``.

Audience views of a complaint (:func:`view`, :class:`Viewer`, :class:`ViewPolicy`) load on first
use, so a redactor alone never imports the workflow; see ``docs/explanation/privacy.md``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from pengaduan.privacy import (
        Audience,
        ComplaintView,
        TimelineEntry,
        Viewer,
        ViewPolicy,
        ViewRule,
        view,
    )

_LAZY = frozenset(
    {"Audience", "ComplaintView", "TimelineEntry", "ViewPolicy", "ViewRule", "Viewer", "view"}
)


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        msg = f"module 'pengaduan.redaction' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(import_module("pengaduan.privacy"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "KIND_PRIORITY",
    "AddressDetector",
    "Audience",
    "ComplaintView",
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
    "TimelineEntry",
    "ViewPolicy",
    "ViewRule",
    "Viewer",
    "canonical_value",
    "default_detectors",
    "office_phones",
    "re2_available",
    "resolve_overlaps",
    "view",
]
