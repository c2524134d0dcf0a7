"""Citizen-complaint handling for Indonesian public services (SP4N-LAPOR!).

The curated public API. Heavy parts load on first use, so ``import pengaduan`` stays cheap.
"""

from __future__ import annotations

from pengaduan.errors import (
    CalendarError,
    ConfigurationError,
    ConflictError,
    GuardError,
    IntakeError,
    IntegrityError,
    InvalidActionError,
    InvalidTrackingIdError,
    NaiveDatetimeError,
    OutOfRangeError,
    PengaduanError,
    PrivacyError,
    RoutingError,
    SchemaVersionError,
    SerializationError,
    TimeOrderError,
    UnknownZoneError,
    WorkflowError,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "CalendarError",
    "ConfigurationError",
    "ConflictError",
    "GuardError",
    "IntakeError",
    "IntegrityError",
    "InvalidActionError",
    "InvalidTrackingIdError",
    "NaiveDatetimeError",
    "OutOfRangeError",
    "PengaduanError",
    "PrivacyError",
    "RoutingError",
    "SchemaVersionError",
    "SerializationError",
    "TimeOrderError",
    "UnknownZoneError",
    "WorkflowError",
]
