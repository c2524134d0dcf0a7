"""Errors raised by ``pengaduan``.

Every error derives from [`PengaduanError`][pengaduan.errors.PengaduanError] and also from the
built-in exception a caller
would naturally catch (``ValueError`` for bad input, ``LookupError`` for something missing), so
``except ValueError`` keeps working in code that does not know this library.

Errors carry structured attributes (complaint id, status, action, allowed actions, rule names)
and build their message from them. They never carry complaint text or personal data: an error
may end up in a log line, a monitoring tool or an HTTP response. Nor do they chain to the
exception that caused them (``__cause__`` and ``__context__`` are cleared where a lower-level
error could hold the record), so a traceback printed by an app leaks nothing either.

Every class has a stable machine-readable [`code`][pengaduan.errors.PengaduanError.code]
(``"guard"``,
``"conflict"``...), for APIs and translations; codes are never translated or renamed.

Messages are translated (Indonesian by default, see [`pengaduan.language`][pengaduan.language]):
``str(error)``
renders the message in the language current when it is called, from the error's attributes, so
an app can raise in one place and show the message in the reader's language in another.
``error.args`` keeps the message as it read when the error was raised. The free-form parts
(``rule``, ``reason``, ``detail``, ``problems``, written in English where the error is raised)
are translated when the catalogs hold them; when one of them is missing, the whole message is
shown in English rather than half in each language.

The tree::

    PengaduanError
    ├── ArgumentError (TypeError, ValueError)     a wrong type or value given to a function
    ├── ConfigurationError (ValueError)          rules, profiles, calendars, rule sets
    ├── NaiveDatetimeError (ValueError)           a datetime without a time zone
    ├── WorkflowError (ValueError)
    │   ├── InvalidActionError                    action not allowed in the current status
    │   ├── ActionDataError                       unknown, missing or mistyped action data
    │   ├── GuardError                            an SOP guard refused the action
    │   ├── TimeOrderError                        an event earlier than the previous one
    │   ├── ConflictError                         stale expected_version
    │   └── IdempotencyError                      a key reused for another action, data or actor
    ├── IntegrityError (ValueError)               a history that does not verify
    ├── CheckpointError (ValueError)              a signed tree head or proof that does not verify
    ├── NotFoundError (LookupError)               no complaint (or key) with that id in a store
    ├── StorageError (OSError)                    the database is locked, read-only, full or gone
    ├── UnloggedWriteError (RuntimeError)        committed, but not in the transparency log
    ├── SerializationError (ValueError)
    │   └── SchemaVersionError                    unknown schema version
    ├── CalendarError (ValueError)
    │   ├── UnknownZoneError (LookupError)        not an IANA zone
    │   ├── OutOfRangeError (LookupError)         a date outside the calendar's known years
    │   └── CalendarArgumentError (ArgumentError) a zero/negative amount, misordered pauses
    ├── IntakeError (ValueError)                  a message that cannot become a complaint
    │   └── InvalidTrackingIdError
    ├── RoutingError (LookupError)                no rule and no fallback
    ├── RedactionError (ValueError)               bad input to, or bad output from, a detector
    ├── AuditEngineError (RuntimeError)          an audit's worker or cluster failed, not its data
    ├── OptionalDependencyError (ImportError)     an extra's package is not installed
    └── PrivacyError (PermissionError)            a view the privacy setting forbids
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import TYPE_CHECKING, ClassVar, NoReturn

from pengaduan._i18n import (
    N_,
    Phrase,
    article,
    current,
    format_number,
    lookup,
    ngettext,
    refuse_with,
    shown,
    translation,
    using,
)
from pengaduan._i18n import gettext as _

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "ActionDataError",
    "ArgumentError",
    "AuditEngineError",
    "CalendarArgumentError",
    "CalendarError",
    "CheckpointError",
    "ConfigurationError",
    "ConflictError",
    "GuardError",
    "IdempotencyError",
    "IntakeError",
    "IntegrityError",
    "InvalidActionError",
    "InvalidTrackingIdError",
    "NaiveDatetimeError",
    "NotFoundError",
    "OptionalDependencyError",
    "OutOfRangeError",
    "PengaduanError",
    "PrivacyError",
    "RedactionError",
    "RoutingError",
    "SchemaVersionError",
    "SerializationError",
    "StorageError",
    "TimeOrderError",
    "UnknownZoneError",
    "UnloggedWriteError",
    "WorkflowError",
]


def _plain(value: str) -> str:
    """``value``, a ``str`` subclass copied to an exact ``str`` by ``str``'s own code (so none
    of the subclass's methods runs); anything else as it is."""
    if type(value) is not str and isinstance(value, str):
        return str.__str__(value)
    return value


def _restored(
    kind: type[PengaduanError], args: tuple[object, ...], state: dict[str, object]
) -> object:
    """An error of ``kind`` rebuilt from its pickled arguments and attributes, without calling
    its ``__init__``."""
    error = kind.__new__(kind)
    error.args = args
    error.__dict__.update(state)
    return error


class PengaduanError(Exception):
    """Base class of every error raised by this library."""

    code: ClassVar[str] = "error"
    """A stable machine-readable code for the kind of error (never translated)."""

    def __str__(self) -> str:
        """The message in the language current now (see
        [`pengaduan.language`][pengaduan.language])."""
        return self._message()[0]

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle the error's attributes, not its constructor's arguments (they are keywords),
        so an error crosses to and from worker processes whole."""
        return (_restored, (type(self), self.args, dict(self.__dict__)))

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` (``"id"`` or ``"en"``; ``None``: the current language).

        Raises:
            ArgumentError: an unknown language.
        """
        with using(language):
            return self._message()[0]

    def _message(self) -> tuple[str, str]:
        """The message and its language: the current one, or English when a part of the
        message is missing from the current language's catalog (never a mix of both)."""
        language = current()
        missing: list[str] = []
        token = _MISSING.set(missing)
        try:
            rendered = self._render()
        finally:
            _MISSING.reset(token)
        if missing and language != "en":
            language = "en"
            with using("en"):
                rendered = self._render()
        return (Exception.__str__(self) if rendered is None else rendered), language

    def _render(self) -> str | None:
        """The message built from the attributes; ``None`` for a message given as is."""
        if len(self.args) == 1 and isinstance(self.args[0], str):
            return translated(self.args[0])
        return None

    def detached(self) -> PengaduanError:
        """This error with its cause and context cleared (they may hold personal data)."""
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = True
        return self


def type_name(value: object) -> str:
    """The name of a value's type, for messages that must not show the value itself."""
    return type(value).__name__


# Free-form parts that follow a pattern ("must be a Complaint"): translated by shape, the
# names in them (types, numbers) kept as they are; a type named after "a"/"an" takes the
# article it needs in English (the groups in _ARTICLED).
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"must be an? (?P<kind>[A-Za-z_]\w*) or None"), N_("must be {kind} or None")),
    (re.compile(r"must be an? (?P<kind>[A-Z]\w*)"), N_("must be {kind}")),
    (
        re.compile(r"must be an? (?P<first>[A-Z][\w.]*) or an? (?P<second>[A-Z][\w.]*)"),
        N_("must be {first} or {second}"),
    ),
    (re.compile(r"must be a sequence of (?P<type>[A-Z]\w*)"), N_("must be a sequence of {type}")),
    (re.compile(r"must hold only (?P<type>[A-Z]\w*)"), N_("must hold only {type}")),
    (re.compile(r"must hold (?P<type>\w+) only"), N_("must hold only {type}")),
    (re.compile(r"must hold (?P<type>[A-Z]\w*) values"), N_("must hold {type} values")),
    (re.compile(r"must be an iterable of (?P<type>[A-Z]\w*)"), N_("must be an iterable of {type}")),
    (
        re.compile(r"must be an? (?:int|integer) from (?P<low>\S+) to (?P<high>\S+)"),
        N_("must be a whole number from {low} to {high}"),
    ),
    (
        re.compile(r"must be between (?P<low>\S+) and (?P<high>\S+)"),
        N_("must be from {low} to {high}"),
    ),
    (re.compile(r"must be at most (?P<high>\S+)"), N_("must be at most {high}")),
    (re.compile(r"must be below (?P<high>\S+)"), N_("must be below {high}")),
    (re.compile(r"must be one of (?P<values>[\w, ./-]+)"), N_("must be one of {values}")),
    (re.compile(r"a str of (?P<n>\d+) characters?"), N_("a str of {n} characters")),
)


_ARTICLED = frozenset({"kind", "first", "second"})


def translated(text: str) -> str:
    """A free-form message part in the current language, when the catalogs know it.

    Parts written as literals in a catalog are looked up as they are; a few common shapes
    (``"must be a Complaint"``, ``"must be an int from 1 to 64"``) are translated by their
    pattern. Anything else is returned unchanged.
    """
    if not text:
        return text  # gettext("") is the catalog header
    if isinstance(text, Phrase):
        rendered = text.render(lookup)
        if rendered is not None:
            return rendered
        missing = _MISSING.get()
        if missing is not None:
            missing.append(text.msgid)
        return str.__str__(text)
    found = lookup(text)
    if found is not None:
        return found
    for pattern, msgid in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _(msgid).format(
                **{
                    name: translated(article(value)) if name in _ARTICLED else _number(value)
                    for name, value in match.groupdict().items()
                }
            )
    missing = _MISSING.get()
    if missing is not None:
        missing.append(text)
    return text


_WHOLE = re.compile(r"-?\d{1,3}(?:,\d{3})+|-?\d+")
_POWER = re.compile(r"(\d{1,2})\*\*(\d{1,2})")


def _number(text: str) -> str:
    """A bound written in English in a rule (``10,000,000``, ``2**40``) in the reader's format
    (``10.000.000``); any other text as it is."""
    if _WHOLE.fullmatch(text):
        return format_number(int(text.replace(",", "")))
    power = _POWER.fullmatch(text)
    if power:
        return format_number(int(power.group(1)) ** int(power.group(2)))
    return text


def _shown_given(text: str) -> str:
    """What was given or where (a type name, a number, a path): translated when the catalogs
    hold it or when it is a phrase; a single word or path otherwise reads the same."""
    if isinstance(text, Phrase):
        return translated(text)
    found = lookup(text) if text else None
    if found is not None:
        return found
    if " " not in text:
        return text
    return translated(text)


# The parts of the message being rendered that the catalog lacks (see PengaduanError._message).
_MISSING: ContextVar[list[str] | None] = ContextVar("pengaduan_missing_parts", default=None)


# Free-form texts common enough to translate where they are written (other modules pass them
# to the errors below as plain strings).
_COMMON = (
    N_("must be a str"),
    N_("must be an int"),
    N_("must be True or False"),
    N_("must be a bool"),
    N_("must be a str or a path"),
    N_("must be a str or Path"),
    N_("must be a str or None"),
    N_("must be bytes"),
    N_("must be a datetime"),
    N_("must be an aware datetime"),
    N_("must be iterable"),
    N_("must be callable"),
    N_("must be an iterable of items"),
    N_("must be a non-empty file path without NUL"),
    N_("must be text without lone surrogates"),
    N_("must be accepted by the workflow"),
    N_("must hold Complaint values"),
    N_("are required"),
    N_("is required"),
    N_("is not a field of this action"),
    N_("holds a lone surrogate (not valid Unicode text)"),
    N_("the stored events do not start at 1"),
    N_("complaint"),
    N_("action"),
    N_("status"),
    N_("status or action"),
    N_("clock"),
    N_("logged complaint"),
    N_("training a routing model"),
    N_("the audit on a Dask cluster"),
    N_("the Parquet export"),
    N_("presidio adapter"),
    N_("the RE2 regex engine"),
    N_("unexpected sequence number"),
    N_("history is empty"),
    N_("event is earlier than the one before it"),
    N_("the last event is not the expected head: events are missing at the end"),
    N_("the input cannot be read"),
    N_("the input is empty: no complaints to audit"),
    N_("the SMS is empty"),
    N_("the SMS has a keyword only"),
    N_("the SMS does not start with a registered keyword"),
    N_("the body is empty"),
    N_("the text is empty"),
    N_("the message is not valid UTF-8 text"),
    N_("check character does not match: a character is wrong or two are swapped"),
    N_("the phone number cannot be parsed"),
    N_("the phone number is not a valid number"),
    N_("the store is closed"),
    N_("the input file cannot be read"),
    N_("the database holds no complaint store"),
    N_("the database was migrated by a newer release"),
    N_("the database schema is not current: run `pengaduan db upgrade URL`"),
    N_("the proof is for another complaint"),
    N_("the log file does not end with a complete line"),
    N_("not a version 1 log entry"),
    N_("span outside the text"),
    N_("unit"),
    N_("file"),
    N_("invalid file name"),
    N_("must not contain lone surrogates"),
    N_("must have a time zone that gives a UTC offset"),
    N_("must be an instant between the years 1 and 9999 in UTC"),
    N_("must be a whole number"),
    N_("must be at least 1"),
    N_("must be a timedelta"),
    N_("must be longer than zero"),
    N_("must be an int or a float"),
    N_("must be a list or tuple of pairs"),
    N_("must be a (paused_at, resumed_at) pair"),
    N_("must be a date"),
    N_("must start at or after the clock start and the previous resume"),
    N_("must resume at or after it pauses"),
    N_("event does not start from the status the previous event ended in"),
    N_("must be a registered keyword"),
    N_("must be text"),
    N_("must be text or None"),
    N_("form field names must be text"),
    N_("must be a timedelta of zero or more"),
    N_("must be a number from 0.0 to 1.0"),
    N_("must be an iterable"),
    N_("must be a non-empty str"),
    N_("must be a positive number"),
    N_("must be a collection of field names"),
    N_("must be a container of unit ids"),
    N_("must be an audience name"),
    N_("must be an iterable of names"),
    N_("must be an iterable of pairs"),
    N_("a reporter submits only under their own account id"),
    N_("the complaint does not load back as the same complaint"),
    N_("a field contains the separator U+001F"),
    # Shapes of configuration problems (with Phrase): where, then what is wrong there.
    N_("line {line}: {problem}"),
    N_("{path}: {problem}"),
)


class ArgumentError(PengaduanError, TypeError, ValueError):
    """A function was given an argument of the wrong type or with a value it cannot take.

    Subclasses both ``TypeError`` and ``ValueError``, so code written for either keeps working.

    Attributes:
        argument: the argument's name, for example ``"tracking_id"``.
        rule: what it must be, for example ``"must be a str"``.
        given: what was given, described without its content (a type name, a length).
    """

    code = "argument"

    def __init__(self, *, argument: str, rule: str, given: str | None = None) -> None:
        self.argument = argument
        self.rule = rule
        self.given = given
        super().__init__(self._message()[0])

    def _render(self) -> str:
        # A list of names ("policy, calendar and workflow") is a Phrase: its "and" is translated.
        argument = translated(self.argument) if isinstance(self.argument, Phrase) else self.argument
        if not self.given:
            return _("{argument} {rule}").format(argument=argument, rule=translated(self.rule))
        return _("{argument} {rule}; got {given}").format(
            argument=argument, rule=translated(self.rule), given=_shown_given(self.given)
        )


class ConfigurationError(PengaduanError, ValueError):
    """A configuration (workflow, clock, calendar, rule set) is invalid.

    All problems found while validating one configuration are reported together.

    Attributes:
        what: what was being validated, for example ``"workflow 'lapor-v3'"``.
        problems: one line per problem, each naming the offending rule, state or line.
    """

    code = "configuration"

    def __init__(self, what: str, problems: Iterable[str]) -> None:
        self.what = _configuration_label(what)
        self.problems: tuple[str, ...] = tuple(problems)
        super().__init__(self._message()[0])

    def _render(self) -> str:
        count = len(self.problems)
        lines = "\n".join(f"  - {translated(problem)}" for problem in self.problems)
        head = ngettext(
            "invalid {what}: {count} problem", "invalid {what}: {count} problems", count
        )
        return head.format(what=translated(self.what), count=count) + "\n" + lines


def _configuration_label(what: object) -> str:
    """What a configuration error names: a catalog phrase or msgid as it is; an app's own label
    (``what="rute-dinas"`` passed on) inside a catalog phrase, shown only where it is a short
    identifier with few digits, so a label holding personal data is described by its length;
    anything that is no text by its type, never formatted."""
    if isinstance(what, Phrase):
        return what
    if not isinstance(what, str):
        return Phrase(N_("<a {type}>"), type=type_name(what))
    if _is_msgid(what):
        return what
    return Phrase(N_("configuration {name}"), name=shown(what))


def _is_msgid(text: str) -> bool:
    """Whether ``text`` is a message of the catalogs (the English one holds every msgid)."""
    catalog = getattr(translation("en"), "_catalog", None)
    return isinstance(catalog, dict) and text in catalog


class NaiveDatetimeError(PengaduanError, ValueError):
    """A datetime without time-zone information was given where an aware one is required.

    Attributes:
        argument: the name of the offending argument.
    """

    code = "naive-datetime"

    def __init__(self, argument: str) -> None:
        self.argument = argument
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _(
            "{argument} must be a timezone-aware datetime "
            "(for example pendulum.datetime(..., tz='Asia/Makassar')); got a naive datetime"
        ).format(argument=self.argument)


class WorkflowError(PengaduanError, ValueError):
    """Base class of errors raised while applying an action to a complaint."""

    code = "workflow"


class InvalidActionError(WorkflowError):
    """The action does not exist or is not allowed in the complaint's current status.

    Attributes:
        complaint_id: the complaint's tracking id.
        status: the current status value.
        action: the action that was attempted.
        allowed: the actions allowed in that status, sorted.
    """

    code = "invalid-action"

    def __init__(
        self, *, complaint_id: str, status: str, action: str, allowed: Sequence[str]
    ) -> None:
        self.complaint_id = complaint_id
        self.status = status
        self.action = action
        self.allowed = tuple(allowed)
        super().__init__(self._message()[0])

    def _render(self) -> str:
        allowed_text = ", ".join(self.allowed) if self.allowed else _("none (terminal status)")
        return _(
            "complaint {complaint_id}: action {action} is not allowed in status {status}; "
            "allowed: {allowed}"
        ).format(
            complaint_id=self.complaint_id,
            action=repr(self.action),
            status=repr(self.status),
            allowed=allowed_text,
        )


class GuardError(WorkflowError):
    """An SOP guard refused the action.

    Attributes:
        complaint_id: the complaint's tracking id.
        action: the action that was attempted.
        guard: the name of the guard that refused it.
        reason: why the guard refused, without any complaint text.
    """

    code = "guard"

    def __init__(self, *, complaint_id: str, action: str, guard: str, reason: str) -> None:
        self.complaint_id = complaint_id
        self.action = action
        self.guard = guard
        self.reason = reason
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _(
            "complaint {complaint_id}: action {action} refused by guard {guard}: {reason}"
        ).format(
            complaint_id=self.complaint_id,
            action=repr(self.action),
            guard=repr(self.guard),
            reason=translated(self.reason),
        )


class TimeOrderError(WorkflowError):
    """An event is dated before the event preceding it.

    Attributes:
        complaint_id: the complaint's tracking id.
        previous: ISO time of the last recorded event.
        given: ISO time of the rejected event.
    """

    code = "time-order"

    def __init__(self, *, complaint_id: str, previous: str, given: str) -> None:
        self.complaint_id = complaint_id
        self.previous = previous
        self.given = given
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _(
            "complaint {complaint_id}: event at {given} is earlier than the last event "
            "at {previous}; histories only move forward in time"
        ).format(complaint_id=self.complaint_id, given=self.given, previous=self.previous)


class ConflictError(WorkflowError):
    """The complaint changed since the caller read it (optimistic concurrency).

    Attributes:
        complaint_id: the complaint's tracking id.
        expected: the version the caller based its action on.
        actual: the complaint's current version (the length of its history).
    """

    code = "conflict"

    def __init__(self, *, complaint_id: str, expected: int, actual: int) -> None:
        self.complaint_id = complaint_id
        self.expected = expected
        self.actual = actual
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _(
            "complaint {complaint_id}: expected version {expected} but it is at version "
            "{actual}; reload the complaint and decide again"
        ).format(complaint_id=self.complaint_id, expected=self.expected, actual=self.actual)


class ActionDataError(WorkflowError):
    """An action's data does not match what the action declares.

    Raised for a field the action does not declare (a typo such as ``respons``), a required field
    that is missing, a value of the wrong type or outside the allowed values, or a unit id that the
    unit directory does not know.

    Attributes:
        complaint_id: the complaint's tracking id.
        action: the action that was attempted.
        field: the offending data field (its name, never its value).
        problem: what is wrong, for example ``"is not a field of this action"``.
        allowed: the fields or values allowed, when that helps the caller.
    """

    code = "action-data"

    def __init__(
        self,
        *,
        complaint_id: str,
        action: str,
        field: str,
        problem: str,
        allowed: Sequence[str] = (),
    ) -> None:
        self.complaint_id = complaint_id
        self.action = action
        self.field = field
        self.problem = problem
        self.allowed = tuple(allowed)
        super().__init__(self._message()[0])

    def _render(self) -> str:
        head = _("complaint {complaint_id}: action {action}: data field {field} {problem}").format(
            complaint_id=self.complaint_id,
            action=repr(self.action),
            field=repr(self.field),
            problem=translated(self.problem),
        )
        if not self.allowed:
            return head
        return head + _("; allowed: {allowed}").format(allowed=", ".join(self.allowed))


class IdempotencyError(WorkflowError):
    """An idempotency key was already used on this complaint for something else.

    A retry must repeat the same action with the same data by the same actor; anything else under
    a used key is refused rather than silently taken as a retry (a citizen's new reply must never
    vanish as a "duplicate").

    Attributes:
        complaint_id: the complaint's tracking id.
        sequence: the event that used the key first.
        action: the action attempted now.
        recorded_action: the action recorded under the key.
        difference: what differs: ``"action"``, ``"data"`` or ``"actor"``.
    """

    code = "idempotency"

    def __init__(
        self,
        *,
        complaint_id: str,
        sequence: int,
        action: str,
        recorded_action: str,
        difference: str = "action",
    ) -> None:
        self.complaint_id = complaint_id
        self.sequence = sequence
        self.action = action
        self.recorded_action = recorded_action
        self.difference = difference
        super().__init__(self._message()[0])

    def _render(self) -> str:
        what = {
            "action": _("it cannot be reused for {action}"),
            "data": _("it cannot be reused with other data"),
            "actor": _("it cannot be reused by another actor"),
        }.get(self.difference, _("it cannot be reused ({difference})"))
        return _(
            "complaint {complaint_id}: the idempotency key was already used by event "
            "{sequence} ({recorded_action}); {what}"
        ).format(
            complaint_id=self.complaint_id,
            sequence=self.sequence,
            recorded_action=repr(self.recorded_action),
            what=what.format(action=repr(self.action), difference=self.difference),
        )


class IntegrityError(PengaduanError, ValueError):
    """A history does not verify: an event was altered, removed, inserted or reordered.

    Attributes:
        complaint_id: the complaint's tracking id.
        sequence: the sequence number of the first event that fails to verify.
        reason: what did not match.
    """

    code = "integrity"

    def __init__(self, *, complaint_id: str, sequence: int, reason: str) -> None:
        self.complaint_id = complaint_id
        self.sequence = sequence
        self.reason = reason
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _(
            "complaint {complaint_id}: history fails verification at event {sequence}: {reason}"
        ).format(
            complaint_id=self.complaint_id, sequence=self.sequence, reason=translated(self.reason)
        )


class CheckpointError(PengaduanError, ValueError):
    """A signed checkpoint, a proof or a log does not verify.

    Raised for a bad signature, a key id the key ring does not hold, an inclusion proof that does
    not lead to the signed root, a later log that does not extend an earlier one, or a history
    whose head the log does not contain.

    Attributes:
        reason: a stable machine-readable code such as ``"bad-signature"`` or ``"not-included"``.
        detail: a human explanation (tree sizes, key ids, tracking ids; never complaint content).
    """

    code = "checkpoint"

    def __init__(self, *, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _("transparency log [{reason}]: {detail}").format(
            reason=self.reason, detail=translated(self.detail)
        )


class NotFoundError(PengaduanError, LookupError):
    """A store has nothing under the id asked for.

    Attributes:
        what: the kind of thing looked up, for example ``"complaint"``.
        key: the id that was looked up when it may be shown (a tracking id, a key id, a short
            name); anything else (a phone number, an email or a NIK typed where the id
            belongs, with or without dashes) is described by its type instead, never repeated.
    """

    code = "not-found"

    def __init__(self, *, what: str, key: str) -> None:
        self.what = what
        # An app's str subclass is copied, so repr() here never runs its methods; a phrase
        # describing the key (``<an int that is not shaped like a tracking id>``) is our own.
        self.key = key if isinstance(key, Phrase) else _plain(key)
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _("no {what} {key}").format(what=translated(self.what), key=repr(self.key))


class StorageError(PengaduanError, OSError):
    """The store could not read or write: locked, read-only, full, unreachable or corrupt.

    Nothing was half-written: the operation that raised it had no effect. (A write that was
    committed before its repository's transparency log failed is an
    [`UnloggedWriteError`][pengaduan.errors.UnloggedWriteError] instead.)

    Attributes:
        reason: a stable code: ``"locked"``, ``"read-only"``, ``"full"``, ``"unavailable"``,
            ``"corrupt"`` or ``"failed"``.
        detail: a human explanation without any stored content.
    """

    code = "storage"

    def __init__(self, *, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _("storage [{reason}]: {detail}").format(
            reason=self.reason, detail=translated(self.detail)
        )


class UnloggedWriteError(PengaduanError, RuntimeError):
    """A write was committed, but the transparency log did not take its heads.

    A repository opened with a ``log=`` appends the heads it committed after the commit; when
    the log cannot take them (its file unavailable, locked or full, a ``CheckpointError``),
    the write has happened all the same. Do not write again (a retried ``add`` is a
    ``ConflictError``, a retried ``update`` would apply its change twice): append the
    complaints' stored heads to the log once it works again, for example
    ``log.append(repo.get(tracking_id))`` for each tracking id of ``heads`` (appending a
    head that is already logged is a no-op). A ``RuntimeError``, not an ``OSError``: code that
    retries a write after a storage error must not catch it.

    Attributes:
        heads: ``(tracking id, version, head)`` of each complaint committed and not logged.
        reason: the log's error code (a ``StorageError`` or ``CheckpointError`` reason, such
            as ``"unavailable"``, ``"failed"`` or ``"out-of-order"``).
    """

    code = "unlogged"

    def __init__(self, *, heads: Iterable[tuple[str, int, str]], reason: str) -> None:
        self.heads: tuple[tuple[str, int, str], ...] = tuple(heads)
        self.reason = reason
        super().__init__(self._message()[0])

    def _render(self) -> str:
        count = len(self.heads)
        first = self.heads[0] if self.heads else ("", 0, "")
        return ngettext(
            "the write is committed, but {count} head did not reach the transparency log "
            "({reason}): complaint {complaint_id} version {version}; do not write again, "
            "append the stored head to the log once it works",
            "the write is committed, but {count} heads did not reach the transparency log "
            "({reason}), the first of complaint {complaint_id} version {version}; do not write "
            "again, append the stored heads to the log once it works",
            count,
        ).format(
            count=format_number(count),
            reason=self.reason,
            complaint_id=repr(first[0]),
            version=first[1],
        )


class SerializationError(PengaduanError, ValueError):
    """Serialized data is malformed.

    Attributes:
        path: where in the document the problem is, for example ``"history[3].at"``.
        reason: what is wrong (never the offending value when it could be personal data).
    """

    code = "serialization"

    def __init__(self, *, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _("cannot load {path}: {reason}").format(
            path=_shown_given(self.path) if self.path else _("document"),
            reason=self._reason_text(),
        )

    def _reason_text(self) -> str:
        return translated(self.reason)


class SchemaVersionError(SerializationError):
    """The document declares a schema version this release does not read.

    Attributes:
        version: the version found in the document when it is a small integer, else ``None``
            (a document's value is never repeated otherwise).
        supported: the versions this release reads.
    """

    code = "schema-version"

    def __init__(self, *, version: object, supported: Sequence[int]) -> None:
        small = version if type(version) is int and -(10**6) < version < 10**6 else None
        self.version = small
        self.supported = tuple(supported)
        self._given = repr(small) if small is not None else f"<{type_name(version)}>"
        super().__init__(path="schema", reason=self._reason_text())

    def _reason_text(self) -> str:
        return _("unsupported schema version {given}; supported: {supported}").format(
            given=self._given, supported=", ".join(str(v) for v in self.supported)
        )


class CalendarError(PengaduanError, ValueError):
    """Base class of working-calendar errors."""

    code = "calendar"


class UnknownZoneError(CalendarError, LookupError):
    """A time-zone name that is not a known IANA zone.

    Attributes:
        zone: the name given.
    """

    code = "unknown-zone"

    def __init__(self, zone: str) -> None:
        self.zone = zone
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _(
            "unknown time zone {zone}; use an IANA name such as 'Asia/Jakarta' (WIB), "
            "'Asia/Makassar' (WITA) or 'Asia/Jayapura' (WIT)"
        ).format(zone=translated(self.zone) if isinstance(self.zone, Phrase) else repr(self.zone))


class OutOfRangeError(CalendarError, LookupError):
    """A date outside the years for which the calendar has holiday data.

    Attributes:
        date: ISO date that was asked about.
        first_year: first year the calendar knows.
        last_year: last year the calendar knows.
    """

    code = "out-of-range"

    def __init__(self, *, date: str, first_year: int, last_year: int) -> None:
        self.date = date
        self.first_year = first_year
        self.last_year = last_year
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _(
            "date {date} is outside the calendar's holiday data ({first_year}-{last_year}); "
            "extend the calendar's years rather than guess"
        ).format(date=_shown_given(self.date), first_year=self.first_year, last_year=self.last_year)


class CalendarArgumentError(CalendarError, ArgumentError):
    """An argument to a calendar operation breaks one of its rules.

    Both a `CalendarError` and an `ArgumentError` (so also a ``TypeError`` and a
    ``ValueError``): code that catches wrong arguments anywhere in the library catches these too.

    Attributes:
        argument: the name of the offending argument, for example ``"days"``.
        rule: the rule it breaks, for example ``"must be at least 1"``.
        given: a short text of what was given (never complaint text).
    """

    code = "calendar-argument"


class IntakeError(PengaduanError, ValueError):
    """A raw message cannot become a complaint.

    Attributes:
        reason: a stable machine-readable code such as ``"empty-body"``.
        detail: a human explanation without the message text.
    """

    code = "intake"

    def __init__(self, *, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _("incoming message [{reason}]: {detail}").format(
            reason=self.reason, detail=translated(self.detail)
        )


class InvalidTrackingIdError(IntakeError):
    """A tracking id with a wrong shape or check character."""

    code = "invalid-tracking-id"

    def __init__(self, *, detail: str) -> None:
        super().__init__(reason="invalid-tracking-id", detail=detail)

    def _render(self) -> str:
        return _("tracking id [{reason}]: {detail}").format(
            reason=self.reason, detail=translated(self.detail)
        )


class RoutingError(PengaduanError, LookupError):
    """No routing decision could be made (no rule matched and no fallback applies)."""

    code = "routing"


class RedactionError(PengaduanError, ValueError):
    """Text cannot be redacted: the input is not text, or a detector returned a bad span.

    Attributes:
        reason: a stable machine-readable code such as ``"not-text"`` or ``"bad-span"``.
        detail: a human explanation; never the text or a value found in it.
        detector: the name of the detector at fault, when one is.
    """

    code = "redaction"
    #: The reasons for which a worker process of
    #: [`Redactor.redact_many()`][pengaduan.redaction.Redactor.redact_many], not the data, is at
    #: fault (killed, out of memory, or unable to send its results back).
    WORKER_REASONS: ClassVar[frozenset[str]] = frozenset({"worker-died", "worker-failed"})

    def __init__(self, *, reason: str, detail: str, detector: str | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.detector = detector
        super().__init__(self._message()[0])

    def _render(self) -> str:
        if self.detector:
            return _("redaction [{reason}] (detector {detector}): {detail}").format(
                reason=self.reason, detector=repr(self.detector), detail=translated(self.detail)
            )
        return _("redaction [{reason}]: {detail}").format(
            reason=self.reason, detail=translated(self.detail)
        )


class AuditEngineError(PengaduanError, RuntimeError):
    """The audit's engine failed, not its data: nothing is reported, and the same audit run
    again (with fewer workers, or more memory) may well succeed.

    Attributes:
        reason: ``"worker-died"`` (a worker process of [`audit_path()`][pengaduan.audit.audit_path]
            ended before its byte range was audited: killed by an operator, or by the kernel
            when memory ran out), ``"worker-failed"`` (a worker process could not be started,
            failed for a reason of its own, or could not send its part back), or
            ``"cluster-lost"`` (the Dask cluster of
            [`audit_dask()`][pengaduan.audit.dask.audit_dask] gave up on the audit's tasks: a
            task whose workers died more often than the scheduler's ``allowed-failures``, or a
            scheduler that went away).
        detail: why, in the library's words (never the data's content).
    """

    code = "audit-engine"

    def __init__(self, *, reason: str, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self._message()[0])

    def _render(self) -> str:
        return _("audit engine [{reason}]: {detail}").format(
            reason=self.reason, detail=translated(self.detail)
        )


class OptionalDependencyError(PengaduanError, ImportError):
    """A feature needs a package from an optional extra that is not installed.

    Attributes:
        feature: what was asked for, for example ``"presidio adapter"``.
        package: the missing distribution.
        extra: the ``pengaduan`` extra that installs it, if any.
    """

    code = "optional-dependency"

    def __init__(self, *, feature: str, package: str, extra: str | None = None) -> None:
        self.feature = feature
        self.package = package
        self.extra = extra
        super().__init__(self._message()[0])

    def _render(self) -> str:
        hint = (
            f"pip install 'pengaduan[{self.extra}]'"
            if self.extra
            else f"pip install {self.package}"
        )
        return _("{feature} needs {package}, which is not installed: {hint}").format(
            feature=_shown_given(self.feature), package=self.package, hint=hint
        )


class PrivacyError(PengaduanError, PermissionError):
    """A view or disclosure that the complaint's privacy setting forbids.

    Attributes:
        complaint_id: the complaint's tracking id.
        audience: the audience that asked.
        privacy: the complaint's effective privacy value.
        reason: why, when the privacy value alone does not say it (for example "unit 'pupr' is
            not assigned to it"); never complaint text or personal data.
    """

    code = "privacy"

    def __init__(
        self, *, complaint_id: str, audience: str, privacy: str, reason: str | None = None
    ) -> None:
        self.complaint_id = complaint_id
        self.audience = audience
        self.privacy = privacy
        self.reason = reason
        super().__init__(self._message()[0])

    def _render(self) -> str:
        text = _("complaint {complaint_id}: audience {audience} may not see {privacy} complaint")
        text = text.format(
            complaint_id=self.complaint_id,
            audience=repr(self.audience),
            privacy=translated(article(repr(self.privacy))),
        )
        return f"{text}: {translated(self.reason)}" if self.reason else text


def _unknown_language(language: object) -> NoReturn:
    """Refuse a language that has no catalog (installed into the translation module)."""
    given = f"a str of {len(language)} characters" if isinstance(language, str) else None
    raise ArgumentError(
        argument="language",
        rule=N_("must be 'id' or 'en'"),
        given=given or type_name(language),
    )


refuse_with(_unknown_language)
