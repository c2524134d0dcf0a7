"""Citizen-complaint handling for Indonesian public services (SP4N-LAPOR!).

The curated public API. The core (model, workflow, history, serialization, errors) loads with the
package; calendars, SLA clocks, routing, intake, redaction, the audit and deadline texts load on
first use, so ``import pengaduan`` stays cheap.

Example:
    >>> import pengaduan
    >>> pengaduan.Workflow.default().label("ditindaklanjuti", "en")
    'Followed up'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from pengaduan.errors import (
    ActionDataError,
    ArgumentError,
    CalendarArgumentError,
    CalendarError,
    CheckpointError,
    ConfigurationError,
    ConflictError,
    GuardError,
    IdempotencyError,
    IntakeError,
    IntegrityError,
    InvalidActionError,
    InvalidTrackingIdError,
    NaiveDatetimeError,
    NotFoundError,
    OptionalDependencyError,
    OutOfRangeError,
    PengaduanError,
    PrivacyError,
    RedactionError,
    RoutingError,
    SchemaVersionError,
    SerializationError,
    StorageError,
    TimeOrderError,
    UnknownZoneError,
    WorkflowError,
)
from pengaduan.guards import Guard, GuardContext
from pengaduan.history import verify_history
from pengaduan.model import (
    Actor,
    Attachment,
    Channel,
    Classification,
    Complaint,
    Event,
    Location,
    Privacy,
    Reporter,
    Role,
    Submission,
)
from pengaduan.profiles import Action, Status, lapor_v3
from pengaduan.serialization import dump_lines, from_dict, from_json, iter_lines, to_dict, to_json
from pengaduan.workflow import (
    ActionSpec,
    StatusCategory,
    StatusSpec,
    Workflow,
    WorkflowDefinition,
)

if TYPE_CHECKING:
    from pengaduan.audit import (
        Audit,
        AuditReport,
        ColumnMapping,
        Zone,
        ZoneThresholds,
        audit_path,
    )
    from pengaduan.calendar import (
        ExtraWorkingDay,
        Holiday,
        HolidayLayer,
        HolidayRevision,
        LayerKind,
        OfficeHours,
        ScheduleOverride,
        TimeUnit,
        TimeWindow,
        WeekSchedule,
        WorkingCalendar,
    )
    from pengaduan.compliance import Finding, FindingKind
    from pengaduan.humanize import format_deadline, format_instant, format_remaining
    from pengaduan.intake import (
        Inbound,
        SmsGateway,
        find_duplicates,
        from_counter,
        from_social_media,
        from_suggestion_box,
        from_web_form,
        from_whatsapp,
        normalize_phone,
    )
    from pengaduan.redaction import KnownIdentity, PiiKind, RedactionResult, Redactor
    from pengaduan.redaction.views import (
        Audience,
        ComplaintView,
        Viewer,
        ViewPolicy,
        ViewRule,
        view,
    )
    from pengaduan.routing import (
        Normalizer,
        Router,
        RoutingDecision,
        Rule,
        RuleSet,
        Unit,
        UnitDirectory,
        default_router,
        default_taxonomy,
        what_if,
    )
    from pengaduan.sla import (
        ClockReport,
        ClockRule,
        ClockState,
        Confidence,
        DueAction,
        DueActionKind,
        LegalBasis,
        SlaPolicy,
        due_actions,
        evaluate,
    )
    from pengaduan.store import SqliteStore
    from pengaduan.tracking import is_valid_tracking_id, new_tracking_id, parse_tracking_id

__version__ = "0.1.0.dev0"

# Names served on first access, from the module that defines them.
_LAZY: dict[str, str] = {
    "ExtraWorkingDay": "pengaduan.calendar",
    "Holiday": "pengaduan.calendar",
    "HolidayLayer": "pengaduan.calendar",
    "HolidayRevision": "pengaduan.calendar",
    "LayerKind": "pengaduan.calendar",
    "OfficeHours": "pengaduan.calendar",
    "ScheduleOverride": "pengaduan.calendar",
    "TimeUnit": "pengaduan.calendar",
    "TimeWindow": "pengaduan.calendar",
    "WeekSchedule": "pengaduan.calendar",
    "WorkingCalendar": "pengaduan.calendar",
    "format_deadline": "pengaduan.humanize",
    "format_instant": "pengaduan.humanize",
    "format_remaining": "pengaduan.humanize",
    "Audit": "pengaduan.audit",
    "AuditReport": "pengaduan.audit",
    "ColumnMapping": "pengaduan.audit",
    "Zone": "pengaduan.audit",
    "ZoneThresholds": "pengaduan.audit",
    "audit_path": "pengaduan.audit",
    "Finding": "pengaduan.compliance",
    "FindingKind": "pengaduan.compliance",
    "Audience": "pengaduan.redaction.views",
    "ComplaintView": "pengaduan.redaction.views",
    "Viewer": "pengaduan.redaction.views",
    "ViewPolicy": "pengaduan.redaction.views",
    "ViewRule": "pengaduan.redaction.views",
    "view": "pengaduan.redaction.views",
    "Router": "pengaduan.routing",
    "RoutingDecision": "pengaduan.routing",
    "RuleSet": "pengaduan.routing",
    "Rule": "pengaduan.routing",
    "Normalizer": "pengaduan.routing",
    "UnitDirectory": "pengaduan.routing",
    "Unit": "pengaduan.routing",
    "default_router": "pengaduan.routing",
    "default_taxonomy": "pengaduan.routing",
    "what_if": "pengaduan.routing",
    "SmsGateway": "pengaduan.intake",
    "Inbound": "pengaduan.intake",
    "from_whatsapp": "pengaduan.intake",
    "from_web_form": "pengaduan.intake",
    "from_social_media": "pengaduan.intake",
    "from_counter": "pengaduan.intake",
    "from_suggestion_box": "pengaduan.intake",
    "normalize_phone": "pengaduan.intake",
    "find_duplicates": "pengaduan.intake",
    "new_tracking_id": "pengaduan.tracking",
    "parse_tracking_id": "pengaduan.tracking",
    "is_valid_tracking_id": "pengaduan.tracking",
    "SqliteStore": "pengaduan.store",
    "ClockReport": "pengaduan.sla",
    "ClockRule": "pengaduan.sla",
    "ClockState": "pengaduan.sla",
    "Confidence": "pengaduan.sla",
    "DueAction": "pengaduan.sla",
    "DueActionKind": "pengaduan.sla",
    "LegalBasis": "pengaduan.sla",
    "SlaPolicy": "pengaduan.sla",
    "due_actions": "pengaduan.sla",
    "evaluate": "pengaduan.sla",
    "KnownIdentity": "pengaduan.redaction",
    "PiiKind": "pengaduan.redaction",
    "RedactionResult": "pengaduan.redaction",
    "Redactor": "pengaduan.redaction",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'pengaduan' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Action",
    "ActionDataError",
    "ActionSpec",
    "Actor",
    "ArgumentError",
    "Attachment",
    "Audience",
    "Audit",
    "AuditReport",
    "CalendarArgumentError",
    "CalendarError",
    "Channel",
    "CheckpointError",
    "Classification",
    "ClockReport",
    "ClockRule",
    "ClockState",
    "ColumnMapping",
    "Complaint",
    "ComplaintView",
    "Confidence",
    "ConfigurationError",
    "ConflictError",
    "DueAction",
    "DueActionKind",
    "Event",
    "ExtraWorkingDay",
    "Finding",
    "FindingKind",
    "Guard",
    "GuardContext",
    "GuardError",
    "Holiday",
    "HolidayLayer",
    "HolidayRevision",
    "IdempotencyError",
    "Inbound",
    "IntakeError",
    "IntegrityError",
    "InvalidActionError",
    "InvalidTrackingIdError",
    "KnownIdentity",
    "LayerKind",
    "LegalBasis",
    "Location",
    "NaiveDatetimeError",
    "Normalizer",
    "NotFoundError",
    "OfficeHours",
    "OptionalDependencyError",
    "OutOfRangeError",
    "PengaduanError",
    "PiiKind",
    "Privacy",
    "PrivacyError",
    "RedactionError",
    "RedactionResult",
    "Redactor",
    "Reporter",
    "Role",
    "Router",
    "RoutingDecision",
    "RoutingError",
    "Rule",
    "RuleSet",
    "ScheduleOverride",
    "SchemaVersionError",
    "SerializationError",
    "SlaPolicy",
    "SmsGateway",
    "SqliteStore",
    "Status",
    "StatusCategory",
    "StatusSpec",
    "StorageError",
    "Submission",
    "TimeOrderError",
    "TimeUnit",
    "TimeWindow",
    "Unit",
    "UnitDirectory",
    "UnknownZoneError",
    "ViewPolicy",
    "ViewRule",
    "Viewer",
    "WeekSchedule",
    "Workflow",
    "WorkflowDefinition",
    "WorkflowError",
    "WorkingCalendar",
    "Zone",
    "ZoneThresholds",
    "audit_path",
    "default_router",
    "default_taxonomy",
    "due_actions",
    "dump_lines",
    "evaluate",
    "find_duplicates",
    "format_deadline",
    "format_instant",
    "format_remaining",
    "from_counter",
    "from_dict",
    "from_json",
    "from_social_media",
    "from_suggestion_box",
    "from_web_form",
    "from_whatsapp",
    "is_valid_tracking_id",
    "iter_lines",
    "lapor_v3",
    "new_tracking_id",
    "normalize_phone",
    "parse_tracking_id",
    "to_dict",
    "to_json",
    "verify_history",
    "view",
    "what_if",
]
