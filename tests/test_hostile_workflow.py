"""Hostile input to the model and the workflow: only typed errors, no personal data, no hangs.

Every value type of the model (Submission, Reporter, Location, Attachment, Actor) and every entry
point of the workflow (receive, apply, change_privacy, record_consent, record_disclosure, the
vocabulary lookups, conforms) is driven with wrong types, hostile texts and extreme values. A case
passes when the call returns or raises a ``PengaduanError`` that carries none of the planted
secrets; where the outcome is known, the test also asserts the error's class and that the
complaint given in is unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from tests.helpers import ADMIN, REPORTER, SYSTEM, T0, UNIT, WF, in_status, received, submission
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_EMAIL,
    SECRET_NAME,
    SECRET_NIK,
    SECRET_PHONE,
    SECRET_TEXT,
    WRONG_TYPES,
    named_wrong_type_cases,
    outcome,
    raises_typed,
    refused_naming,
)

from pengaduan.errors import (
    ActionDataError,
    ArgumentError,
    ConfigurationError,
    GuardError,
    IdempotencyError,
    InvalidActionError,
    NaiveDatetimeError,
    NotFoundError,
    PengaduanError,
)
from pengaduan.identity import reporter_pseudonym
from pengaduan.model import Actor, Attachment, Channel, Location, Reporter, Role, Submission
from pengaduan.workflow import (
    ActionSpec,
    StatusCategory,
    StatusSpec,
    Workflow,
    WorkflowDefinition,
)
from pengaduan.workflow.fields import FieldKind, FieldSpec
from pengaduan.workflow.guards import (
    no_event_since,
    requires_choice,
    requires_prior_event,
    requires_text,
    unanswered_or_reopened,
)
from pengaduan.workflow.profiles import Action, Status
from pengaduan.workflow.sop import definition_from_dict, definition_to_dict

# -- the model's values ---------------------------------------------------------------------------

SUBMISSION_FIELDS = ("text", "channel", "classification", "subject", "privacy", "category")
REPORTER_FIELDS = ("name", "phone", "email", "nik", "address", "account_id")
LOCATION_FIELDS = ("kelurahan", "kecamatan", "city", "address")


def _wrong_types_for(fields: tuple[str, ...]) -> list[Any]:
    return [
        pytest.param(field, value, id=f"{field}-{name}")
        for field in fields
        for name, value in WRONG_TYPES
    ]


def _texts_for(fields: tuple[str, ...]) -> list[Any]:
    return [
        pytest.param(field, value, id=f"{field}-{name}")
        for field in fields
        for name, value in HOSTILE_TEXTS
    ]


def _submission(**changes: Any) -> Submission:
    fields: dict[str, Any] = {"text": SECRET_TEXT, "channel": Channel.SMS}
    fields.update(changes)
    return Submission(**fields)


@pytest.mark.parametrize(("field", "value"), _wrong_types_for(SUBMISSION_FIELDS))
def test_submission_field_of_a_wrong_type(field: str, value: object) -> None:
    result = outcome(_submission, **{field: value})
    if field in {"subject", "privacy", "category"} and value is None:
        assert isinstance(result, Submission)
    else:
        assert isinstance(result, ArgumentError)
        assert result.argument == field


@pytest.mark.parametrize(("field", "value"), _texts_for(("text", "subject", "category")))
def test_submission_text_fields_take_hostile_text_or_refuse_surrogates_and_nul(
    field: str, value: str
) -> None:
    result = outcome(_submission, **{field: value})
    if "\ud800" in value or "\udfff" in value:
        assert isinstance(result, ArgumentError)
        assert "surrogate" in str(result)
    elif "\x00" in value:  # no database stores it as text (PostgreSQL refuses it)
        assert isinstance(result, ArgumentError)
        assert result.argument == field
        assert "NUL" in result.message("en")
    else:
        assert isinstance(result, Submission)
        assert getattr(result, field) == value


@pytest.mark.parametrize(
    ("changes", "argument"),
    [
        pytest.param({"reporter": Reporter(name="Maria\x00")}, "reporter.name", id="reporter"),
        pytest.param({"reporter": Reporter(address="Jl.\x00")}, "reporter.address", id="address"),
        pytest.param(
            {"location": Location(kelurahan="Oebobo\x00")}, "location.kelurahan", id="loc"
        ),
        pytest.param(
            {
                "attachments": [
                    Attachment(media_type="image/jpeg", size_bytes=1, sha256="0" * 64),
                    Attachment(
                        media_type="image/jpeg", size_bytes=1, sha256="0" * 64, filename="a\x00.jpg"
                    ),
                ]
            },
            "attachments[1].filename",
            id="attachment",
        ),
    ],
)
def test_a_submission_refuses_nul_in_its_reporter_location_and_attachments(
    changes: dict[str, Any], argument: str
) -> None:
    # The values themselves hold it (a record stored before NUL was refused still loads); a
    # submission, where new text enters, refuses it naming the field.
    error = raises_typed(_submission, **changes)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument
    assert "NUL" in error.message("en")


@pytest.mark.parametrize(("field", "value"), _texts_for(("channel", "classification", "privacy")))
def test_enumerations_refuse_any_other_text_without_repeating_it(field: str, value: str) -> None:
    error = raises_typed(_submission, **{field: value})
    assert isinstance(error, ArgumentError)
    assert "must be one of" in error.message("en")


@pytest.mark.parametrize(("field", "value"), _wrong_types_for(REPORTER_FIELDS))
def test_reporter_field_of_a_wrong_type(field: str, value: object) -> None:
    result = outcome(Reporter, **{field: value})
    assert isinstance(result, Reporter if value is None else ArgumentError)


@pytest.mark.parametrize(("field", "value"), _texts_for(REPORTER_FIELDS))
def test_reporter_fields_with_hostile_text(field: str, value: str) -> None:
    result = outcome(Reporter, **{field: value})
    if isinstance(result, Reporter):
        assert SECRET_NAME not in repr(result)
    else:
        assert isinstance(result, ArgumentError)


@pytest.mark.parametrize(("field", "value"), _wrong_types_for(LOCATION_FIELDS))
def test_location_field_of_a_wrong_type(field: str, value: object) -> None:
    result = outcome(Location, **{field: value})
    assert isinstance(result, Location if value is None else ArgumentError)


@pytest.mark.parametrize(
    ("changes", "argument"),
    [
        pytest.param({"size_bytes": -1}, "size_bytes", id="negative-size"),
        pytest.param({"size_bytes": 2**64}, "size_bytes", id="huge-size"),
        pytest.param({"size_bytes": 1.5}, "size_bytes", id="float-size"),
        pytest.param({"size_bytes": True}, "size_bytes", id="bool-size"),
        pytest.param({"size_bytes": "10"}, "size_bytes", id="text-size"),
        pytest.param({"media_type": None}, "media_type", id="no-media-type"),
        pytest.param({"media_type": b"image/jpeg"}, "media_type", id="bytes-media-type"),
        pytest.param({"sha256": 7}, "sha256", id="int-digest"),
        pytest.param({"filename": ["a"]}, "filename", id="list-filename"),
        pytest.param({"filename": "foto\ud800.jpg"}, "filename", id="surrogate-filename"),
    ],
)
def test_attachment_values_are_checked(changes: dict[str, Any], argument: str) -> None:
    fields: dict[str, Any] = {"media_type": "image/jpeg", "size_bytes": 10, "sha256": "0" * 64}
    fields.update(changes)
    error = raises_typed(Attachment, **fields)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(value, id=name)
        for name, value in (*WRONG_TYPES, ("not-attachments", ["a.jpg"]), ("text", "a.jpg"))
        if value is not None
    ],
)
def test_attachments_must_be_attachments(value: object) -> None:
    error = raises_typed(_submission, attachments=value)
    assert isinstance(error, ArgumentError)


@pytest.mark.parametrize(
    "value",
    [pytest.param(v, id=n) for n, v in (*WRONG_TYPES, *HOSTILE_TEXTS) if v is not None],
)
def test_submission_reporter_and_location_must_be_their_types(value: object) -> None:
    for field in ("reporter", "location"):
        error = raises_typed(_submission, **{field: value})
        assert isinstance(error, ArgumentError)
        assert error.argument == field


ACTOR_IDS = [
    pytest.param(SECRET_PHONE, id="phone"),
    pytest.param("+" + SECRET_PHONE, id="e164"),
    pytest.param(SECRET_NIK, id="nik"),
    pytest.param(f"nik-{SECRET_NIK}", id="prefixed-nik"),
    pytest.param("0813-3900-1122", id="phone-dashed"),
    pytest.param("0813.3900.1122", id="phone-dotted"),
    pytest.param("62-813-3900-1122", id="phone-country-code"),
    pytest.param("0380-821234", id="landline-with-area-code"),
    pytest.param("5371.0123.4567.0001", id="nik-dotted"),
    pytest.param("5371-0123-4567-0001", id="nik-dashed"),
    pytest.param("nik_5371_0123_4567_0001", id="nik-underscored"),
    pytest.param("kk:5371:0123:4567:0001", id="kk-colons"),
    pytest.param("hp-0813.3900.1122", id="prefixed-phone-dotted"),
    pytest.param("1.2.3.4.5.6.7.8", id="eight-single-digits"),
    pytest.param(SECRET_EMAIL, id="email"),
    pytest.param(SECRET_NAME, id="name-with-spaces"),
    pytest.param("", id="empty"),
    pytest.param("a" * 129, id="too-long"),
    pytest.param("-leading-dash", id="leading-dash"),
    pytest.param("unit\x1fsep", id="separator"),
    pytest.param("unit\nline", id="newline"),
    pytest.param("dinas\u200bpupr", id="zero-width"),
    pytest.param("din\u0430s", id="cyrillic-a"),
    pytest.param("\ud800", id="surrogate"),
]


@pytest.mark.parametrize("actor_id", ACTOR_IDS)
@pytest.mark.parametrize("factory", [Actor.admin, Actor.unit, Actor.reporter, Actor.system])
def test_actor_ids_refuse_identifiers_and_odd_text(factory: Any, actor_id: str) -> None:
    error = raises_typed(factory, actor_id)
    assert isinstance(error, ArgumentError)
    assert error.argument == "Actor.id"


@pytest.mark.parametrize("value", [pytest.param(v, id=n) for n, v in WRONG_TYPES])
def test_actor_id_and_role_of_a_wrong_type(value: object) -> None:
    assert isinstance(raises_typed(Actor.admin, value), ArgumentError)
    assert isinstance(raises_typed(Actor, role=value, id="x"), ArgumentError)


def test_a_keyed_pseudonym_is_an_actor_id_even_with_digits() -> None:
    digits_only = "psn-" + "234567" * 4  # base32 of the pseudonym can be all digits
    assert Actor.reporter(digits_only).id == digits_only
    made = reporter_pseudonym(SECRET_PHONE, key=bytes(range(32)))
    assert Actor.reporter(made).id == made
    assert Reporter(account_id=made).account_id == made
    assert isinstance(raises_typed(Reporter, account_id=SECRET_PHONE), ArgumentError)


@pytest.mark.parametrize(
    "actor_id",
    [
        pytest.param("psn-081339001122", id="prefix-and-phone"),
        pytest.param("psn-" + "234567" * 4 + "2", id="one-character-too-long"),
        pytest.param("psn-" + "234567" * 3 + "23456", id="one-character-short"),
        pytest.param("psn-" + "234567" * 3 + "234ABC", id="upper-case"),
        pytest.param("psn-" + "0123456789" * 2 + "abcd", id="not-base32"),
        pytest.param("PSN-" + "234567" * 4, id="upper-prefix"),
    ],
)
def test_only_the_exact_pseudonym_shape_is_exempt(actor_id: str) -> None:
    error = raises_typed(Actor.unit, actor_id)
    assert isinstance(error, ArgumentError)
    assert isinstance(raises_typed(Reporter, account_id=actor_id), ArgumentError)


# -- receive ------------------------------------------------------------------------------------

YEAR_ONE = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14)))
YEAR_MAX = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12)))
BAD_TIMES = [
    pytest.param(datetime(2025, 3, 3, 9, 0), NaiveDatetimeError, id="naive"),
    pytest.param(YEAR_ONE, PengaduanError, id="year-1-plus-14"),
    pytest.param(YEAR_MAX, PengaduanError, id="year-9999-minus-12"),
    *[pytest.param(v, ArgumentError, id=n) for n, v in WRONG_TYPES],
    pytest.param("2025-03-03T09:00:00+08:00", ArgumentError, id="iso-text"),
    pytest.param(T0.date(), ArgumentError, id="a-date"),
]


@pytest.mark.parametrize(("at", "error"), BAD_TIMES)
def test_receive_with_a_bad_time(at: object, error: type[PengaduanError]) -> None:
    result = outcome(WF.receive, submission(), tracking_id="KPG-H-1", at=at, actor=SYSTEM)
    assert isinstance(result, error)


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        *[pytest.param("submission", v, id=f"submission-{n}") for n, v in WRONG_TYPES],
        *[pytest.param("actor", v, id=f"actor-{n}") for n, v in WRONG_TYPES],
        *[pytest.param("tracking_id", v, id=f"tracking-id-{n}") for n, v in WRONG_TYPES],
        *[
            pytest.param("tracking_id", v, id=f"tracking-id-{n}")
            for n, v in HOSTILE_TEXTS
            if n not in {"json-like", "sql", "path", "emoji", "combining"}
        ],
        pytest.param("tracking_id", "K" * 65, id="tracking-id-too-long"),
        *[
            pytest.param("idempotency_key", v, id=f"key-{n}")
            for n, v in WRONG_TYPES
            if v is not None
        ],
        pytest.param("idempotency_key", "", id="key-empty"),
        pytest.param("idempotency_key", "k\x00", id="key-nul"),
        pytest.param("idempotency_key", "k" * 257, id="key-too-long"),
    ],
)
def test_receive_with_wrong_arguments(argument: str, value: object) -> None:
    arguments: dict[str, Any] = {
        "submission": submission(),
        "tracking_id": "KPG-H-1",
        "at": T0,
        "actor": SYSTEM,
    }
    arguments[argument] = value
    error = raises_typed(WF.receive, **arguments)
    assert isinstance(error, ArgumentError)


# -- apply ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def disposed() -> Any:
    return in_status(Status.DIDISPOSISIKAN)


@pytest.mark.parametrize(("at", "error"), BAD_TIMES)
def test_apply_with_a_bad_time(disposed: Any, at: object, error: type[PengaduanError]) -> None:
    result = outcome(WF.apply, disposed, Action.TANGGAPI, at=at, actor=REPORTER, message="x")
    assert isinstance(result, error)


@pytest.mark.parametrize("value", [pytest.param(v, id=n) for n, v in WRONG_TYPES])
def test_apply_to_something_that_is_not_a_complaint(value: object) -> None:
    error = raises_typed(WF.apply, value, Action.TUTUP, at=T0, actor=ADMIN)
    assert isinstance(error, ArgumentError)
    assert error.argument == "complaint"


@pytest.mark.parametrize(
    "value", [pytest.param(v, id=n) for n, v in (*WRONG_TYPES, *HOSTILE_TEXTS)]
)
def test_apply_an_action_that_is_not_one(disposed: Any, value: object) -> None:
    error = raises_typed(WF.apply, disposed, value, at=disposed.updated_at, actor=ADMIN)
    assert isinstance(error, ArgumentError | InvalidActionError)
    if isinstance(error, InvalidActionError):
        assert error.allowed  # it says what is allowed instead


@pytest.mark.parametrize("value", [pytest.param(v, id=n) for n, v in WRONG_TYPES])
def test_apply_by_something_that_is_not_an_actor(disposed: Any, value: object) -> None:
    error = raises_typed(
        WF.apply, disposed, Action.TANGGAPI, at=disposed.updated_at, actor=value, message="x"
    )
    assert isinstance(error, ArgumentError)


@pytest.mark.parametrize(
    "value",
    [
        *[pytest.param(v, id=n) for n, v in WRONG_TYPES if v is not None and n != "int"],
        pytest.param(-1, id="negative"),
    ],
)
def test_apply_with_a_version_that_is_not_an_int(disposed: Any, value: object) -> None:
    error = raises_typed(
        WF.apply,
        disposed,
        Action.TANGGAPI,
        at=disposed.updated_at,
        actor=REPORTER,
        expected_version=value,
        message="x",
    )
    assert isinstance(error, ArgumentError)


@pytest.mark.parametrize("name", ["message", "note", "respons", "units", "privacy", "__class__"])
@pytest.mark.parametrize(
    "value", [pytest.param(v, id=n) for n, v in (*WRONG_TYPES, *HOSTILE_TEXTS)]
)
def test_apply_with_hostile_data(disposed: Any, name: str, value: object) -> None:
    data = {"message": "ok"} if name != "message" else {}
    data[name] = value
    result = outcome(
        WF.apply, disposed, Action.TANGGAPI, at=disposed.updated_at, actor=REPORTER, **data
    )
    if isinstance(result, PengaduanError):
        assert isinstance(result, ActionDataError)
        assert result.field in {name, "<text>", "<not a field name>"}
    else:  # only a real text message is taken
        assert name == "message"
        assert isinstance(value, str)
        assert value.strip()
        assert result.history[-1].data == {"message": value}


@pytest.mark.parametrize(
    "units",
    [
        pytest.param([SECRET_PHONE], id="phone"),
        pytest.param([SECRET_NAME], id="name"),
        pytest.param(["dinkes"] * 40, id="too-many"),
        pytest.param([["dinkes"]], id="nested"),
        pytest.param([None], id="none-inside"),
        pytest.param("dinkes", id="a-text"),
        pytest.param(("dinkes",), id="a-tuple"),
        pytest.param([], id="empty"),
        pytest.param({"dinkes": 1}, id="a-dict"),
        pytest.param(["x" * 200], id="too-long-id"),
    ],
)
def test_dispositions_refuse_units_that_are_not_unit_ids(units: object) -> None:
    complaint = received()
    error = raises_typed(WF.apply, complaint, Action.VERIFIKASI, at=T0, actor=ADMIN, units=units)
    assert isinstance(error, ActionDataError)
    assert error.field == "units"


def test_deep_and_huge_data_never_reaches_the_encoder(disposed: Any) -> None:
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]
    for value in (deep, 10**5000, float("inf"), {"a": deep}):
        error = raises_typed(
            WF.apply,
            disposed,
            Action.TANGGAPI,
            at=disposed.updated_at,
            actor=REPORTER,
            message=value,
        )
        assert isinstance(error, ActionDataError)


# -- idempotency ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "data", "difference"),
    [
        pytest.param(REPORTER, {"message": "pesan lain"}, "data", id="other-data"),
        pytest.param(ADMIN, {"message": "Terima kasih"}, "actor", id="other-actor"),
    ],
)
def test_a_used_key_with_something_else_is_refused(
    disposed: Any, actor: Actor, data: dict[str, Any], difference: str
) -> None:
    at = disposed.updated_at
    once = WF.apply(
        disposed,
        Action.TANGGAPI,
        at=at,
        actor=REPORTER,
        idempotency_key="wa-1",
        message="Terima kasih",
    )
    retried = WF.apply(
        once, Action.TANGGAPI, at=at, actor=REPORTER, idempotency_key="wa-1", message="Terima kasih"
    )
    assert retried is once
    error = raises_typed(
        WF.apply, once, Action.TANGGAPI, at=at, actor=actor, idempotency_key="wa-1", **data
    )
    assert isinstance(error, IdempotencyError)
    assert error.difference == difference
    assert once.version == disposed.version + 1


# -- privacy and consent ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        *[
            pytest.param({"privacy": v}, ActionDataError, id=f"privacy-{n}")
            for n, v in (*WRONG_TYPES, *HOSTILE_TEXTS)
        ],
        *[pytest.param({"reason": v}, ActionDataError, id=f"reason-{n}") for n, v in WRONG_TYPES],
        pytest.param({"actor": UNIT}, GuardError, id="by-a-unit"),
        pytest.param({"actor": REPORTER}, GuardError, id="by-the-reporter"),
        pytest.param({"privacy": "publik"}, GuardError, id="loosen-without-consent"),
    ],
)
def test_change_privacy_with_hostile_input(
    disposed: Any, changes: dict[str, Any], error: type[PengaduanError]
) -> None:
    arguments: dict[str, Any] = {
        "privacy": "rahasia",
        "reason": "pelapor minta",
        "at": disposed.updated_at,
        "actor": ADMIN,
    }
    arguments.update(changes)
    result = raises_typed(WF.change_privacy, disposed, **arguments)
    assert isinstance(result, error)
    assert disposed.effective_privacy == "anonim"


@pytest.mark.parametrize(
    "evidence", [pytest.param(v, id=n) for n, v in WRONG_TYPES if v is not None]
)
def test_consent_evidence_of_a_wrong_type(disposed: Any, evidence: object) -> None:
    error = raises_typed(
        WF.record_consent,
        disposed,
        privacy="publik",
        at=disposed.updated_at,
        actor=ADMIN,
        evidence=evidence,
    )
    assert isinstance(error, ActionDataError)


@pytest.mark.parametrize(
    ("audience", "fields"),
    [
        *[pytest.param(v, ["name"], id=f"audience-{n}") for n, v in WRONG_TYPES],
        *[pytest.param("unit", v, id=f"fields-{n}") for n, v in WRONG_TYPES],
        pytest.param("unit", [SECRET_NAME], id="fields-with-a-name"),
        pytest.param("unit", [["name"]], id="fields-unhashable"),
        pytest.param("unit", [None, "name"], id="fields-with-none"),
        pytest.param(SECRET_TEXT, ["name"], id="audience-text"),
    ],
)
def test_record_disclosure_with_hostile_input(
    disposed: Any, audience: object, fields: object
) -> None:
    result = outcome(
        WF.record_disclosure,
        disposed,
        at=disposed.updated_at,
        actor=UNIT,
        audience=audience,
        fields=fields,
    )
    if not isinstance(result, PengaduanError):  # a container of valid names is fine
        assert result.history[-1].action == "akses_identitas"
    else:
        assert isinstance(result, ArgumentError)


# -- the vocabulary -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", [pytest.param(v, id=n) for n, v in (*WRONG_TYPES, *HOSTILE_TEXTS)]
)
def test_lookups_of_names_that_are_not_there(value: object) -> None:
    for lookup in (WF.status, WF.action, WF.fields, WF.category):
        error = raises_typed(lookup, value)
        assert isinstance(error, NotFoundError | ArgumentError)
    assert isinstance(raises_typed(WF.label, value), NotFoundError)
    if value is not None:  # None is the current language
        assert isinstance(raises_typed(WF.label, "selesai", value), ArgumentError)
    assert isinstance(raises_typed(WF.allowed_actions, value), NotFoundError)


@pytest.mark.parametrize("value", [pytest.param(v, id=n) for n, v in WRONG_TYPES])
def test_building_a_workflow_from_something_else(value: object) -> None:
    assert isinstance(raises_typed(Workflow.from_definition, value), ArgumentError)
    assert isinstance(raises_typed(WF.conforms, value), ArgumentError)


def test_no_secret_reaches_an_event_repr() -> None:
    complaint = received()
    shown = " ".join(repr(e) for e in complaint.history) + repr(complaint)
    for secret in (SECRET_TEXT, SECRET_NAME, SECRET_PHONE):
        assert secret not in shown
    assert complaint.history[0].at == T0.astimezone(UTC)


# -- building a definition: specs, guards and the SOP dict functions -----------------------------


def _status_spec(**changes: Any) -> StatusSpec:
    fields: dict[str, Any] = {
        "name": "baru",
        "category": "open",
        "label_id": "Baru",
        "label_en": "New",
    }
    fields.update(changes)
    return StatusSpec(**fields)


def _action_spec(**changes: Any) -> ActionSpec:
    fields: dict[str, Any] = {
        "name": "mulai",
        "sources": ("baru",),
        "target": "proses",
        "roles": {Role.ADMIN},
        "label_id": "Mulai",
        "label_en": "Start",
    }
    fields.update(changes)
    return ActionSpec(**fields)


def _definition(**changes: Any) -> WorkflowDefinition:
    fields: dict[str, Any] = {
        "name": "contoh",
        "statuses": (_status_spec(),),
        "actions": (),
        "initial": "baru",
    }
    fields.update(changes)
    return WorkflowDefinition(**fields)


def _field_spec(**changes: Any) -> FieldSpec:
    fields: dict[str, Any] = {"name": "memo", "kind": FieldKind.TEXT}
    fields.update(changes)
    return FieldSpec(**fields)


def _builder(build: Any, argument: str) -> Any:
    return lambda value: build(**{argument: value})


# "Family.argument" -> a call passing the value there (the other arguments valid).
BUILDERS: dict[str, Any] = {
    **{
        f"StatusSpec.{a}": _builder(_status_spec, a)
        for a in ("name", "category", "label_id", "label_en", "description")
    },
    **{
        f"ActionSpec.{a}": _builder(_action_spec, a)
        for a in (
            "name",
            "sources",
            "target",
            "roles",
            "guards",
            "fields",
            "label_id",
            "label_en",
            "description",
        )
    },
    **{
        f"WorkflowDefinition.{a}": _builder(_definition, a)
        for a in ("name", "statuses", "actions", "initial", "receive_roles", "source")
    },
    **{
        f"FieldSpec.{a}": _builder(_field_spec, a)
        for a in ("name", "kind", "required", "choices", "max_length", "description")
    },
    "requires_text.key": requires_text,
    "requires_choice.key": lambda v: requires_choice(v, ["ya", "tidak"]),
    "requires_choice.choices": lambda v: requires_choice("jawaban", v),
    "requires_prior_event.action": requires_prior_event,
    "no_event_since.action": lambda v: no_event_since(v, "tindak_lanjut"),
    "no_event_since.since": lambda v: no_event_since("tanggapi", v),
    "unanswered_or_reopened.dispose": lambda v: unanswered_or_reopened(
        dispose=v, follow_up="tindak_lanjut", reopen="buka_kembali"
    ),
    "unanswered_or_reopened.follow_up": lambda v: unanswered_or_reopened(
        dispose=["verifikasi"], follow_up=v, reopen="buka_kembali"
    ),
    "unanswered_or_reopened.reopen": lambda v: unanswered_or_reopened(
        dispose=["verifikasi"], follow_up="tindak_lanjut", reopen=v
    ),
    "definition_to_dict.definition": definition_to_dict,
    "definition_from_dict.what": lambda v: definition_from_dict(
        definition_to_dict(WF.definition), what=v
    ),
}

# Wrong-type values that are in fact right for an argument: a list or set of str is a
# collection of names; None is "keeps the status"; any int is a max_length's type (its range is
# a declaration problem, reported with the whole workflow's).
NAMES = {"list", "set", "secret-str-in-list"}
BUILDER_ACCEPTS: dict[str, set[str]] = {
    "ActionSpec.sources": NAMES,
    "ActionSpec.target": {"none"},
    "FieldSpec.choices": NAMES,
    "FieldSpec.required": {"bool"},
    "FieldSpec.max_length": {"int", "huge-int"},
    "requires_choice.choices": NAMES,
    "unanswered_or_reopened.dispose": NAMES,
}


@pytest.mark.parametrize(
    ("call", "value", "argument"), named_wrong_type_cases(BUILDERS, BUILDER_ACCEPTS)
)
def test_a_definition_part_of_a_wrong_type_is_an_argument_error(
    call: Any, value: object, argument: str
) -> None:
    refused_naming(call, value, argument)


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
@pytest.mark.parametrize(
    ("argument", "call"),
    [
        pytest.param("category", lambda t: _status_spec(category=t), id="status-category"),
        pytest.param("kind", lambda t: _field_spec(kind=t), id="field-kind"),
        pytest.param("roles", lambda t: _action_spec(roles=[t]), id="action-roles"),
        pytest.param("receive_roles", lambda t: _definition(receive_roles=[t]), id="receive"),
    ],
)
def test_an_unknown_vocabulary_text_is_refused_without_echo(
    argument: str, call: Any, kind: str, text: str
) -> None:
    error = raises_typed(call, text)
    assert isinstance(error, ArgumentError), kind
    assert error.argument == argument
    assert "must be one of" in error.message("en")


def test_valid_definition_parts_are_taken_as_before() -> None:
    # Any iterable of names (a generator too), enum members or their values.
    action = _action_spec(
        name=Action.TUTUP,
        sources=(s for s in [Status.DITERIMA, "didisposisikan"]),
        target=Status.SELESAI,
        roles=[Role.ADMIN, "unit"],
        guards=[requires_text("memo")],
        fields=[_field_spec(choices=())],
    )
    assert action.sources == ("diterima", "didisposisikan")
    assert all(type(s) is str for s in (action.name, action.target, *action.sources))
    assert action.roles == frozenset({Role.ADMIN, Role.UNIT})
    assert _action_spec(sources=["baru"], roles=frozenset({"admin"})).sources == ("baru",)
    assert _action_spec(target=None).target is None
    status = _status_spec(name=Status.SELESAI, category=StatusCategory.TERMINAL)
    assert type(status.name) is str
    assert status.category is StatusCategory.TERMINAL
    definition = _definition(statuses=[status], receive_roles=("admin",), initial=Status.SELESAI)
    assert definition.statuses == (status,)
    assert definition.receive_roles == frozenset({Role.ADMIN})
    assert type(definition.initial) is str
    choice = _field_spec(kind="choice", choices={"b", "a"}, required=True, max_length=0)
    assert choice.choices == ("a", "b")
    assert choice.declaration_problems("x")  # a max_length below 1 stays a declaration problem
    assert requires_choice("jawaban", iter(["ya", "tidak"])).choices == ("tidak", "ya")
    guard = unanswered_or_reopened(
        dispose={Action.VERIFIKASI}, follow_up=Action.TINDAK_LANJUT, reopen=Action.BUKA_KEMBALI
    )
    assert guard.params[0] == ("dispose", ("verifikasi",))
    assert definition_from_dict(definition_to_dict(WF.definition)) == WF.definition


def test_a_wrong_definition_part_is_still_a_type_error_for_old_callers() -> None:
    with pytest.raises(TypeError):
        _action_spec(sources=None)
    with pytest.raises(ValueError, match="teks"):  # a short name is shown, so a typo is found
        _field_spec(kind="teks")


@pytest.mark.parametrize("value", [pytest.param(v, id=n) for n, v in WRONG_TYPES])
def test_a_guard_run_on_something_else_than_a_context(value: object) -> None:
    for guard in (requires_text("memo"), WF.action(Action.ESKALASI).guards[0]):
        for call in (guard, guard.check):  # a built-in check refuses it on its own too
            error = raises_typed(call, value)
            assert isinstance(error, ArgumentError)
            assert error.argument == "context"


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_an_apps_own_label_for_a_profile_is_shown_only_when_it_is_a_name(
    kind: str, text: str
) -> None:
    error = raises_typed(definition_from_dict, {"name": 7}, what=text)
    assert isinstance(error, ConfigurationError), kind
    assert "workflow profile" in error.message("en")


def test_an_apps_own_short_label_names_the_profile() -> None:
    error = raises_typed(definition_from_dict, {"name": 7}, what="kupang")
    assert error.message("en").startswith("invalid workflow profile 'kupang'")
