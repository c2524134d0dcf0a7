"""Errors raised by ``pengaduan``.

Every error derives from :class:`PengaduanError` and also from the built-in exception a caller
would naturally catch (``ValueError`` for bad input, ``LookupError`` for something missing), so
``except ValueError`` keeps working in code that does not know this library.

Errors carry structured attributes (complaint id, status, action, allowed actions, rule names)
and build their message from them. They never carry complaint text or personal data: an error
may end up in a log line, a monitoring tool or an HTTP response.

The tree::

    PengaduanError
    ├── ConfigurationError (ValueError)          rules, profiles, calendars, rule sets
    ├── NaiveDatetimeError (ValueError)           a datetime without a time zone
    ├── WorkflowError (ValueError)
    │   ├── InvalidActionError                    action not allowed in the current status
    │   ├── GuardError                            an SOP guard refused the action
    │   ├── TimeOrderError                        an event earlier than the previous one
    │   ├── ConflictError                         stale expected_version
    │   └── IdempotencyError                      a key reused for a different action
    ├── IntegrityError (ValueError)               a history that does not verify
    ├── SerializationError (ValueError)
    │   └── SchemaVersionError                    unknown schema version
    ├── CalendarError (ValueError)
    │   ├── UnknownZoneError (LookupError)        not an IANA zone
    │   ├── OutOfRangeError (LookupError)         a date outside the calendar's known years
    │   └── CalendarArgumentError                 a zero/negative amount, misordered pauses
    ├── IntakeError (ValueError)                  a message that cannot become a complaint
    │   └── InvalidTrackingIdError
    ├── RoutingError (LookupError)                no rule and no fallback
    ├── RedactionError (ValueError)               bad input to, or bad output from, a detector
    ├── OptionalDependencyError (ImportError)     an extra's package is not installed
    └── PrivacyError (PermissionError)            a view the privacy setting forbids
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "CalendarArgumentError",
    "CalendarError",
    "ConfigurationError",
    "ConflictError",
    "GuardError",
    "IdempotencyError",
    "IntakeError",
    "IntegrityError",
    "InvalidActionError",
    "InvalidTrackingIdError",
    "NaiveDatetimeError",
    "OptionalDependencyError",
    "OutOfRangeError",
    "PengaduanError",
    "PrivacyError",
    "RedactionError",
    "RoutingError",
    "SchemaVersionError",
    "SerializationError",
    "TimeOrderError",
    "UnknownZoneError",
    "WorkflowError",
]


class PengaduanError(Exception):
    """Base class of every error raised by this library."""


class ConfigurationError(PengaduanError, ValueError):
    """A configuration (workflow, clock, calendar, rule set) is invalid.

    All problems found while validating one configuration are reported together.

    Attributes:
        what: what was being validated, for example ``"workflow 'lapor-v3'"``.
        problems: one line per problem, each naming the offending rule, state or line.
    """

    def __init__(self, what: str, problems: Iterable[str]) -> None:
        self.what = what
        self.problems: tuple[str, ...] = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  - {problem}" for problem in self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"invalid {what}: {count} {noun}\n{lines}")


class NaiveDatetimeError(PengaduanError, ValueError):
    """A datetime without time-zone information was given where an aware one is required.

    Attributes:
        argument: the name of the offending argument.
    """

    def __init__(self, argument: str) -> None:
        self.argument = argument
        super().__init__(
            f"{argument} must be a timezone-aware datetime "
            "(for example pendulum.datetime(..., tz='Asia/Makassar')); got a naive datetime"
        )


class WorkflowError(PengaduanError, ValueError):
    """Base class of errors raised while applying an action to a complaint."""


class InvalidActionError(WorkflowError):
    """The action does not exist or is not allowed in the complaint's current status.

    Attributes:
        complaint_id: the complaint's tracking id.
        status: the current status value.
        action: the action that was attempted.
        allowed: the actions allowed in that status, sorted.
    """

    def __init__(
        self, *, complaint_id: str, status: str, action: str, allowed: Sequence[str]
    ) -> None:
        self.complaint_id = complaint_id
        self.status = status
        self.action = action
        self.allowed = tuple(allowed)
        allowed_text = ", ".join(self.allowed) if self.allowed else "none (terminal status)"
        super().__init__(
            f"complaint {complaint_id}: action {action!r} is not allowed in status {status!r}; "
            f"allowed: {allowed_text}"
        )


class GuardError(WorkflowError):
    """An SOP guard refused the action.

    Attributes:
        complaint_id: the complaint's tracking id.
        action: the action that was attempted.
        guard: the name of the guard that refused it.
        reason: why the guard refused, without any complaint text.
    """

    def __init__(self, *, complaint_id: str, action: str, guard: str, reason: str) -> None:
        self.complaint_id = complaint_id
        self.action = action
        self.guard = guard
        self.reason = reason
        super().__init__(
            f"complaint {complaint_id}: action {action!r} refused by guard {guard!r}: {reason}"
        )


class TimeOrderError(WorkflowError):
    """An event is dated before the event preceding it.

    Attributes:
        complaint_id: the complaint's tracking id.
        previous: ISO time of the last recorded event.
        given: ISO time of the rejected event.
    """

    def __init__(self, *, complaint_id: str, previous: str, given: str) -> None:
        self.complaint_id = complaint_id
        self.previous = previous
        self.given = given
        super().__init__(
            f"complaint {complaint_id}: event at {given} is earlier than the last event "
            f"at {previous}; histories only move forward in time"
        )


class ConflictError(WorkflowError):
    """The complaint changed since the caller read it (optimistic concurrency).

    Attributes:
        complaint_id: the complaint's tracking id.
        expected: the version the caller based its action on.
        actual: the complaint's current version (the length of its history).
    """

    def __init__(self, *, complaint_id: str, expected: int, actual: int) -> None:
        self.complaint_id = complaint_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"complaint {complaint_id}: expected version {expected} but it is at version "
            f"{actual}; reload the complaint and decide again"
        )


class IdempotencyError(WorkflowError):
    """An idempotency key was already used on this complaint for a different action.

    Attributes:
        complaint_id: the complaint's tracking id.
        sequence: the event that used the key first.
        action: the action attempted now.
        recorded_action: the action recorded under the key.
    """

    def __init__(
        self, *, complaint_id: str, sequence: int, action: str, recorded_action: str
    ) -> None:
        self.complaint_id = complaint_id
        self.sequence = sequence
        self.action = action
        self.recorded_action = recorded_action
        super().__init__(
            f"complaint {complaint_id}: the idempotency key was already used by event "
            f"{sequence} ({recorded_action!r}); it cannot be reused for {action!r}"
        )


class IntegrityError(PengaduanError, ValueError):
    """A history does not verify: an event was altered, removed, inserted or reordered.

    Attributes:
        complaint_id: the complaint's tracking id.
        sequence: the sequence number of the first event that fails to verify.
        reason: what did not match.
    """

    def __init__(self, *, complaint_id: str, sequence: int, reason: str) -> None:
        self.complaint_id = complaint_id
        self.sequence = sequence
        self.reason = reason
        super().__init__(
            f"complaint {complaint_id}: history fails verification at event {sequence}: {reason}"
        )


class SerializationError(PengaduanError, ValueError):
    """Serialized data is malformed.

    Attributes:
        path: where in the document the problem is, for example ``"history[3].at"``.
        reason: what is wrong (never the offending value when it could be personal data).
    """

    def __init__(self, *, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot load {path or 'document'}: {reason}")


class SchemaVersionError(SerializationError):
    """The document declares a schema version this release does not read.

    Attributes:
        version: the version found in the document.
        supported: the versions this release reads.
    """

    def __init__(self, *, version: object, supported: Sequence[int]) -> None:
        self.version = version
        self.supported = tuple(supported)
        super().__init__(
            path="schema",
            reason=f"unsupported schema version {version!r}; supported: "
            + ", ".join(str(v) for v in self.supported),
        )


class CalendarError(PengaduanError, ValueError):
    """Base class of working-calendar errors."""


class UnknownZoneError(CalendarError, LookupError):
    """A time-zone name that is not a known IANA zone.

    Attributes:
        zone: the name given.
    """

    def __init__(self, zone: str) -> None:
        self.zone = zone
        super().__init__(
            f"unknown time zone {zone!r}; use an IANA name such as 'Asia/Jakarta' (WIB), "
            "'Asia/Makassar' (WITA) or 'Asia/Jayapura' (WIT)"
        )


class OutOfRangeError(CalendarError, LookupError):
    """A date outside the years for which the calendar has holiday data.

    Attributes:
        date: ISO date that was asked about.
        first_year: first year the calendar knows.
        last_year: last year the calendar knows.
    """

    def __init__(self, *, date: str, first_year: int, last_year: int) -> None:
        self.date = date
        self.first_year = first_year
        self.last_year = last_year
        super().__init__(
            f"date {date} is outside the calendar's holiday data ({first_year}-{last_year}); "
            "extend the calendar's years rather than guess"
        )


class CalendarArgumentError(CalendarError):
    """An argument to a calendar operation breaks one of its rules.

    Attributes:
        argument: the name of the offending argument, for example ``"days"``.
        rule: the rule it breaks, for example ``"must be at least 1"``.
        given: a short text of what was given (never complaint text).
    """

    def __init__(self, *, argument: str, rule: str, given: str) -> None:
        self.argument = argument
        self.rule = rule
        self.given = given
        super().__init__(f"{argument} {rule}; got {given}")


class IntakeError(PengaduanError, ValueError):
    """A raw message cannot become a complaint.

    Attributes:
        reason: a stable machine-readable code such as ``"empty-body"``.
        detail: a human explanation without the message text.
    """

    def __init__(self, *, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}")


class InvalidTrackingIdError(IntakeError):
    """A tracking id with a wrong shape or check character."""

    def __init__(self, *, detail: str) -> None:
        super().__init__(reason="invalid-tracking-id", detail=detail)


class RoutingError(PengaduanError, LookupError):
    """No routing decision could be made (no rule matched and no fallback applies)."""


class RedactionError(PengaduanError, ValueError):
    """Text cannot be redacted: the input is not text, or a detector returned a bad span.

    Attributes:
        reason: a stable machine-readable code such as ``"not-text"`` or ``"bad-span"``.
        detail: a human explanation; never the text or a value found in it.
        detector: the name of the detector at fault, when one is.
    """

    def __init__(self, *, reason: str, detail: str, detector: str | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.detector = detector
        where = f" (detector {detector!r})" if detector else ""
        super().__init__(f"{reason}{where}: {detail}")


class OptionalDependencyError(PengaduanError, ImportError):
    """A feature needs a package from an optional extra that is not installed.

    Attributes:
        feature: what was asked for, for example ``"presidio adapter"``.
        package: the missing distribution.
        extra: the ``pengaduan`` extra that installs it, if any.
    """

    def __init__(self, *, feature: str, package: str, extra: str | None = None) -> None:
        self.feature = feature
        self.package = package
        self.extra = extra
        hint = f"pip install 'pengaduan[{extra}]'" if extra else f"pip install {package}"
        super().__init__(f"{feature} needs {package}, which is not installed: {hint}")


class PrivacyError(PengaduanError, PermissionError):
    """A view or disclosure that the complaint's privacy setting forbids.

    Attributes:
        complaint_id: the complaint's tracking id.
        audience: the audience that asked.
        privacy: the complaint's effective privacy value.
        reason: why, when the privacy value alone does not say it (for example "unit 'pupr' is
            not assigned to it"); never complaint text or personal data.
    """

    def __init__(
        self, *, complaint_id: str, audience: str, privacy: str, reason: str | None = None
    ) -> None:
        self.complaint_id = complaint_id
        self.audience = audience
        self.privacy = privacy
        self.reason = reason
        why = f": {reason}" if reason else ""
        super().__init__(
            f"complaint {complaint_id}: audience {audience!r} may not see a {privacy!r} "
            f"complaint{why}"
        )
