"""Objects that pass a type check and then misbehave: a ``str`` or ``bytes`` subclass whose
every method raises, an iterable whose ``__iter__`` raises, a generator that fails part way,
a mapping whose every read raises.

The library copies a str or bytes subclass to an exact ``str`` or ``bytes`` where it enters
(``str.__str__``, ``b"".join``: the base type's code, none of the subclass's methods), reads
an app's iterable and mapping once under guard, and turns a failure into a typed error. The
public API sweep (``test_hostile_api_sweep.py``) feeds the same objects to every public
callable; these are the cases the review named, with what each must give back.
"""

from __future__ import annotations

import io
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

import pytest
from tests.helpers import ADMIN, SYSTEM, T0, WF, received
from tests.hostile_helpers import (
    SECRET_NAME,
    SECRET_PHONE,
    HostileBytes,
    HostileIterable,
    HostileMapping,
    HostileStr,
    HostileZone,
    Refused,
    outcome,
    raises_typed,
)

from pengaduan import dump_lines, iter_lines
from pengaduan.audit import Audit
from pengaduan.calendar import OfficeHours, TimeWindow, WeekSchedule, WorkingCalendar
from pengaduan.errors import ArgumentError, IntakeError, SerializationError
from pengaduan.intake import find_duplicates, from_web_form
from pengaduan.integrity import KeyRing, SigningKey, TransparencyLog, sign_tree_head, verify_export
from pengaduan.messages import Recipient, RecipientKind
from pengaduan.model import Channel, Complaint, Privacy, Reporter, Submission
from pengaduan.privacy import Audience, ComplaintView
from pengaduan.redaction import Redactor
from pengaduan.routing import RuleSet
from pengaduan.routing.learned import Labelled
from pengaduan.serialization import from_json, to_json
from pengaduan.sla import SlaPolicy, due_actions
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


def _lines_then_failure() -> Iterator[str]:
    yield to_json(received("KPG-OBJ-1"))
    raise Refused("the file went away")


def _complaints_then_failure() -> Iterator[Complaint]:
    yield received("KPG-OBJ-4")
    raise Refused("the database went away")


# -- iterables ----------------------------------------------------------------------------------


def test_iter_lines_refuses_an_object_whose_iter_raises() -> None:
    error = raises_typed(iter_lines, HostileIterable())
    assert isinstance(error, ArgumentError)
    assert error.argument == "stream"


def test_iter_lines_names_the_line_a_failing_stream_stopped_at() -> None:
    reader = iter_lines(_lines_then_failure())
    assert next(reader).tracking_id == "KPG-OBJ-1"
    error = raises_typed(next, reader)
    assert isinstance(error, SerializationError)
    assert "2" in str(error.path)


def test_an_audit_reads_a_failing_iterable_as_an_argument_error() -> None:
    workflow = WF
    audit = Audit(
        workflow=workflow,
        policy=SlaPolicy.lapor(workflow),
        calendar=WorkingCalendar.indonesia(),
        now=T0,
    )
    assert isinstance(raises_typed(audit.add_all, HostileIterable()), ArgumentError)
    error = raises_typed(audit.add_all, _complaints_then_failure())
    assert isinstance(error, ArgumentError)
    assert error.argument == "complaints"


def test_a_rule_set_refuses_rules_that_fail_when_read() -> None:
    error = raises_typed(RuleSet.from_rules, name="x", rules=HostileIterable(), fallback="admin")
    assert isinstance(error, ArgumentError)


# -- mappings -----------------------------------------------------------------------------------


def test_a_web_form_whose_reads_raise_is_an_intake_error() -> None:
    error = raises_typed(from_web_form, HostileMapping(), received_at=T0)
    assert isinstance(error, IntakeError)


def test_a_rule_set_document_whose_reads_raise_is_a_configuration_error() -> None:
    assert raises_typed(RuleSet.from_dict, HostileMapping()).code == "configuration"


# -- str and bytes subclasses -------------------------------------------------------------------


def test_a_submission_keeps_exact_copies_of_str_subclasses() -> None:
    submission = Submission(
        text=HostileStr("jalan rusak di oebobo"),
        channel=Channel.WEB,
        reporter=Reporter(name=HostileStr(SECRET_NAME), phone=HostileStr(SECRET_PHONE)),
    )
    assert type(submission.text) is str
    assert type(submission.reporter.name) is str
    assert type(submission.reporter.phone) is str
    complaint = outcome(
        WF.receive, submission, tracking_id=HostileStr("KPG-OBJ-2"), at=T0, actor=SYSTEM
    )
    assert isinstance(complaint, Complaint)
    assert type(complaint.tracking_id) is str
    assert from_json(to_json(complaint)) == complaint


def test_a_web_form_of_str_subclasses_is_read() -> None:
    form = {"text": HostileStr("jalan rusak di oebobo"), "nama": HostileStr(SECRET_NAME)}
    inbound = outcome(from_web_form, form, received_at=T0)
    assert type(inbound.submission.text) is str
    assert inbound.submission.text == "jalan rusak di oebobo"


def test_an_action_name_may_be_a_str_subclass() -> None:
    done = outcome(
        WF.apply, received(), HostileStr(Action.VERIFIKASI), actor=ADMIN, at=T0, units=["dinkes"]
    )
    assert isinstance(done, Complaint)
    assert done.history[-1].action == Action.VERIFIKASI


@pytest.mark.parametrize("kind", [HostileStr, HostileBytes], ids=["str", "bytes"])
def test_json_of_a_subclass_is_read_as_its_exact_text(kind: type) -> None:
    text = to_json(received("KPG-OBJ-3"))
    given = kind(text) if kind is HostileStr else kind(text.encode())
    assert outcome(from_json, given).tracking_id == "KPG-OBJ-3"
    assert [c.tracking_id for c in outcome(lambda: list(iter_lines([given])))] == ["KPG-OBJ-3"]


def test_a_redactor_reads_a_str_subclass() -> None:
    text = HostileStr(f"Saya {SECRET_NAME}, HP {SECRET_PHONE}")
    found = outcome(Redactor.default().find, text)
    assert found, "the name and the phone are still found"
    assert SECRET_PHONE not in outcome(Redactor.default().redact, text).text


# -- value classes built by hand ----------------------------------------------------------------


_NOW = T0
_VIEW = {
    "tracking_id": "KPG-OBJ-5",
    "audience": "admin",
    "privacy": "rahasia",
    "status": "diterima",
    "status_label": "Diterima",
    "status_label_en": "Received",
    "classification": "pengaduan",
    "category": None,
    "received_at": _NOW,
    "updated_at": _NOW,
}


@pytest.mark.parametrize(
    ("build", "argument"),
    [
        pytest.param(lambda: TimeWindow(start="08:00", end=time(16)), "start", id="window-start"),
        pytest.param(lambda: TimeWindow(start=time(8), end=16), "end", id="window-end"),
        pytest.param(lambda: OfficeHours(windows=("08:00-16:00",)), "windows", id="hours-text"),
        pytest.param(lambda: OfficeHours(windows="08:00-16:00"), "windows", id="hours-str"),
        pytest.param(lambda: OfficeHours(windows=HostileIterable()), "windows", id="hours-iter"),
        pytest.param(lambda: WeekSchedule(mon=("08:00-16:00",)), "mon", id="week-day"),
        pytest.param(lambda: Recipient(kind="boss", id="pelapor"), "kind", id="recipient-kind"),
        pytest.param(lambda: Recipient(kind="unit", id=7), "id", id="recipient-id"),
        pytest.param(lambda: ComplaintView(**{**_VIEW, "audience": "boss"}), "audience", id="view"),
        pytest.param(lambda: ComplaintView(**{**_VIEW, "privacy": 1}), "privacy", id="privacy"),
        pytest.param(lambda: ComplaintView(**{**_VIEW, "status": 1}), "status", id="view-status"),
        pytest.param(
            lambda: ComplaintView(**{**_VIEW, "received_at": "2025-03-03"}),
            "received_at",
            id="view-time",
        ),
    ],
)
def test_a_value_class_of_wrong_types_is_refused_where_it_is_built(
    build: Callable[[], object], argument: str
) -> None:
    error = raises_typed(build)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


def test_value_classes_take_their_values_and_print_them() -> None:
    window = outcome(TimeWindow, start=time(8), end=time(16))
    hours = outcome(OfficeHours, windows=[window])
    assert hours.windows == (window,)
    assert repr(hours) == "OfficeHours.parse('08:00-16:00')"
    assert outcome(WeekSchedule, mon=hours).working_weekdays == ("mon",)
    recipient = outcome(Recipient, kind="pelapor", id=HostileStr("pelapor"))
    assert recipient.kind is RecipientKind.PELAPOR
    assert type(recipient.id) is str
    assert str(recipient) == "pelapor:pelapor"
    view = outcome(ComplaintView, **_VIEW)
    assert (view.audience, view.privacy) == (Audience.ADMIN, Privacy.RAHASIA)
    assert repr(view) == (
        "ComplaintView(tracking_id='KPG-OBJ-5', audience='admin', privacy='rahasia', "
        "status='diterima')"
    )


def test_a_zoned_window_prints_without_asking_its_zone() -> None:
    window = TimeWindow(start=time(8, tzinfo=HostileZone()), end=time(16))
    assert str(window) == "08:00-16:00"
    assert "with a zone" in repr(window)
    assert "without a zone" in window.problem()


# -- arguments whose own protocol raises --------------------------------------------------------


def _refuse_all(*_args: object, **_kwargs: object) -> Any:
    raise Refused("read")


class HostileSequence:
    """An argument whose ``__iter__``, ``__bool__``, ``__len__`` and ``__eq__`` all raise."""

    __iter__ = __bool__ = __len__ = __eq__ = _refuse_all
    __hash__ = None  # type: ignore[assignment]


class HostileList(list[object]):
    """A list that passes ``isinstance(x, list)`` and then refuses to be read."""

    __iter__ = __bool__ = __len__ = __getitem__ = _refuse_all


_LOG = TransparencyLog()
_LOG.append_head("KPG-OBJ-6", 1, "ab" * 32)
_KEY = SigningKey.generate()
_STH = sign_tree_head(_LOG, _KEY, at=T0)
_CALENDAR = WorkingCalendar.indonesia()
_POLICY = SlaPolicy.lapor(WF)


@pytest.mark.parametrize("hostile", [HostileSequence, HostileList], ids=["object", "list"])
@pytest.mark.parametrize(
    ("call", "argument"),
    [
        pytest.param(
            lambda h: due_actions(h, policy=_POLICY, calendar=_CALENDAR, workflow=WF, now=T0),
            "complaints",
            id="due_actions",
        ),
        pytest.param(lambda h: dump_lines(h, io.StringIO()), "complaints", id="dump_lines"),
        pytest.param(
            lambda h: _CALENDAR.add_working_days(T0, 3, pauses=h), "pauses", id="working-days"
        ),
        pytest.param(
            lambda h: _CALENDAR.add_working_time(T0, timedelta(hours=3), pauses=h),
            "pauses",
            id="working-time",
        ),
        pytest.param(lambda h: find_duplicates(received(), h), "recent", id="find_duplicates"),
        pytest.param(
            lambda h: verify_export(h, _LOG, _STH, KeyRing.of(_KEY)), "complaints", id="export"
        ),
        pytest.param(Labelled.from_examples, "examples", id="from_examples"),
        pytest.param(Labelled.from_pairs, "pairs", id="from_pairs"),
        pytest.param(Labelled.from_complaints, "complaints", id="from_complaints"),
        pytest.param(lambda h: KeyRing.of(_KEY).get(h), "key_id", id="key_ring"),
    ],
)
def test_an_argument_that_refuses_to_be_read_is_an_argument_error(
    call: Callable[[object], object], argument: str, hostile: type
) -> None:
    error = raises_typed(call, hostile())
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


def test_a_pause_of_a_list_subclass_that_refuses_to_be_read_is_an_argument_error() -> None:
    error = raises_typed(_CALENDAR.add_working_days, T0, 3, pauses=[HostileList()])
    assert isinstance(error, ArgumentError)
    assert error.argument == "pauses[0]"


def test_a_key_ring_is_asked_for_a_str_key_id() -> None:
    ring = KeyRing.of(_KEY)
    assert outcome(ring.get, HostileStr(_KEY.key_id)) == _KEY.trusted()
    assert isinstance(raises_typed(KeyRing().get, 7), ArgumentError)


def test_pauses_of_a_tuple_subclass_are_read_as_pairs() -> None:
    class Pause(NamedTuple):
        paused_at: datetime
        resumed_at: datetime

    pause = Pause(T0 + timedelta(days=1), T0 + timedelta(days=8))
    extended = outcome(_CALENDAR.add_working_days, T0, 3, pauses=[pause])
    assert extended == _CALENDAR.add_working_days(T0, 3, pauses=[tuple(pause)])
    assert extended > _CALENDAR.add_working_days(T0, 3)
