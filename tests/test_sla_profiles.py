"""The shipped SLA profiles as TOML data (``pengaduan/sla/data``), loaded like an app's own.

``tests/golden/sla_profiles.json`` holds every field of every clock rule and policy as the
Python constructors of ``pengaduan.sla._profiles`` built them before the profiles became data
(captured once, at the commit before the move, by the `shape()` below). The profiles loaded from
the TOML files must give the same fields. Do not regenerate the file from the current code: it is
the record of what the profiles were; change it by hand, with the number's source, when a
profile's number changes on purpose.
"""

from __future__ import annotations

import enum
import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from tests.hostile_helpers import SECRET_NAME, SECRET_TEXT, WRONG_TYPES, raises_typed

from pengaduan.errors import ArgumentError, ConfigurationError
from pengaduan.model import Classification, Role
from pengaduan.sla import (
    ClockRule,
    Condition,
    Confidence,
    LegalBasis,
    SlaPolicy,
    TimeUnit,
    on_action,
)
from pengaduan.sla import _profiles as profiles
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Action, dinkes_upp

GOLDEN = json.loads(
    (Path(__file__).parent / "golden" / "sla_profiles.json").read_text(encoding="utf-8")
)
WF = Workflow.default()
DINKES = Workflow.from_definition(dinkes_upp())
EXTEND = on_action("disposisi_ulang")


def shape(value: object) -> Any:  # noqa: PLR0911 - one branch per kind of value
    """Every field of ``value``, with the type of each scalar, as JSON-ready data."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Condition):
        return {"condition": repr(value), "class": type(value).__name__}
    if isinstance(value, enum.Enum):
        return {"enum": type(value).__name__, "value": value.value}
    if isinstance(value, frozenset | set):
        return {"frozenset": sorted((shape(v) for v in value), key=json.dumps)}
    if isinstance(value, tuple):
        return {"tuple": [shape(v) for v in value]}
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))
        return {
            "class": type(value).__name__,
            "fields": {f.name: shape(getattr(value, f.name)) for f in fields if f.init},
        }
    if type(value) in {int, str}:
        return {type(value).__name__: value}
    raise TypeError(type(value).__name__)


RULES = {
    "lapor_rules()": profiles.lapor_rules,
    "information_request_rules()": profiles.information_request_rules,
    "information_request_rules(extend)": lambda: profiles.information_request_rules(EXTEND),
    "written_response_rules()": profiles.written_response_rules,
    "settlement_rules()": profiles.settlement_rules,
    "kelurahan_tiered_rules()": profiles.kelurahan_tiered_rules,
}
POLICIES = {
    "lapor()": SlaPolicy.lapor,
    "information_request()": SlaPolicy.information_request,
    "information_request(extend=extend)": lambda: SlaPolicy.information_request(extend=EXTEND),
    "written_response()": SlaPolicy.written_response,
    "settlement()": SlaPolicy.settlement,
    "kelurahan_tiered()": SlaPolicy.kelurahan_tiered,
    "information_request(dinkes)": lambda: SlaPolicy.information_request(DINKES),
    "written_response(dinkes)": lambda: SlaPolicy.written_response(DINKES),
    "settlement(dinkes)": lambda: SlaPolicy.settlement(DINKES),
    "kelurahan_tiered(dinkes)": lambda: SlaPolicy.kelurahan_tiered(DINKES),
}


def _as_loaded(before: Any) -> Any:
    """The golden shape with the one change the move made on purpose.

    The Python profile set ``auto_action=Action.TUTUP_OTOMATIS``, a member of the LAPOR!
    workflow's action enum; a TOML file (the shipped one or an app's) gives the plain ``str``
    that `ClockRule.auto_action` is declared as. The two are equal (``==`` and hash), so the
    rules and policies compare equal; only the value's type differs.
    """
    if isinstance(before, dict):
        if before.get("enum") == "Action":
            return {"str": before["value"]}
        return {key: _as_loaded(value) for key, value in before.items()}
    if isinstance(before, list):
        return [_as_loaded(value) for value in before]
    return before


def test_the_golden_file_covers_every_profile_call() -> None:
    assert sorted(GOLDEN["rules"]) == sorted(RULES)
    assert sorted(GOLDEN["policies"]) == sorted(POLICIES)


def test_only_auto_action_changes_type_from_the_python_profiles() -> None:
    changed = re.findall(r'"enum": "Action"', json.dumps(GOLDEN))
    assert len(changed) == 2  # tutup_otomatis in lapor_rules() and in lapor()
    assert Action.TUTUP_OTOMATIS == "tutup_otomatis"
    assert hash(Action.TUTUP_OTOMATIS) == hash("tutup_otomatis")


@pytest.mark.parametrize("call", sorted(RULES))
def test_rules_loaded_from_toml_equal_the_python_constructors(call: str) -> None:
    assert shape(RULES[call]()) == _as_loaded(GOLDEN["rules"][call])


@pytest.mark.parametrize("call", sorted(POLICIES))
def test_policies_loaded_from_toml_equal_the_python_constructors(call: str) -> None:
    assert shape(POLICIES[call]()) == _as_loaded(GOLDEN["policies"][call])


# -- the comparison can fail: a change to any field of a rule, basis or policy shows -----------

_OTHER: dict[str, object] = {
    "name": "lain",
    "amount": 99,
    "unit": TimeUnit.WORKING_HOURS,
    "start": on_action("eskalasi"),
    "stop": on_action("eskalasi"),
    "pause": on_action("eskalasi"),
    "resume": on_action("eskalasi"),
    "reset": on_action("eskalasi"),
    "cancel": on_action("eskalasi"),
    "extend": on_action("eskalasi"),
    "extend_by": 99,
    "warn_before": 98,
    "escalate_to": "ombudsman",
    "responsible": Role.PENGAWAS,
    "auto_action": "eskalasi",
    "classifications": frozenset({Classification.WHISTLEBLOWING}),
    "basis": LegalBasis(citation="lain", confidence=Confidence.ASSUMED),
    "label_id": "lain",
    "label_en": "other",
}


@pytest.mark.parametrize("field", [f.name for f in attrs.fields(ClockRule)])
def test_a_change_to_any_rule_field_changes_the_compared_shape(field: str) -> None:
    rule = profiles.lapor_rules()[0]
    assert shape(attrs.evolve(rule, **{field: _OTHER[field]})) != shape(rule)


@pytest.mark.parametrize(
    "change",
    [
        {"citation": "lain"},
        {"confidence": Confidence.ASSUMED},
        {"url": "https://contoh.go.id"},
    ],
    ids=["citation", "confidence", "url"],
)
def test_a_change_to_the_basis_changes_the_compared_shape(change: dict[str, object]) -> None:
    rule = profiles.lapor_rules()[0]
    assert shape(attrs.evolve(rule, basis=attrs.evolve(rule.basis, **change))) != shape(rule)


def test_a_type_change_of_an_equal_value_shows_too() -> None:
    rule = profiles.lapor_rules()[2]
    assert rule.auto_action == Action.TUTUP_OTOMATIS
    assert shape(attrs.evolve(rule, auto_action=Action.TUTUP_OTOMATIS)) != shape(rule)


@pytest.mark.parametrize(
    "change",
    [
        {"name": "lain"},
        {"description": "lain"},
        {"workflow": "lain"},
        {"status_categories": ()},
        {"rules": profiles.lapor_rules()[:2]},
    ],
    ids=["name", "description", "workflow", "status_categories", "rules"],
)
def test_a_change_to_any_policy_field_changes_the_compared_shape(
    change: dict[str, object],
) -> None:
    policy = SlaPolicy.lapor()
    assert shape(attrs.evolve(policy, **change)) != shape(policy)


# -- the shipped files -------------------------------------------------------------------------

NAMES = (
    "informasi-publik",
    "kelurahan-berjenjang",
    "lapor-v3",
    "penyelesaian",
    "tanggapan-tertulis",
)


def _text(name: str) -> str:
    return (resources.files("pengaduan.sla") / "data" / f"{name}.toml").read_text(encoding="utf-8")


def test_the_shipped_files_are_the_ones_the_library_names() -> None:
    assert profiles.shipped_names() == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_shipped_file_loads_through_the_apps_loader(name: str) -> None:
    extend = {"extend": EXTEND} if name == "informasi-publik" else None
    policy = SlaPolicy.from_toml(_text(name), workflow=WF, parameters=extend)
    assert policy.name == name
    assert policy.problems(WF) == []
    assert SlaPolicy.from_dict(policy.to_dict(), workflow=WF) == policy


@pytest.mark.parametrize("name", NAMES)
def test_every_clock_carries_its_source_beside_it(name: str) -> None:
    """A reviewer reads why each number is what it is: a comment and a basis per clock."""
    sections = _text(name).split("[[clocks]]")
    assert sections[0].lstrip().startswith("#")  # the file opens with its sources
    policy = SlaPolicy.from_toml(_text(name))
    for section in sections[1:]:
        assert section.lstrip().startswith("#"), section[:60]
    for rule in policy.rules:
        assert rule.basis.citation.strip()
        assert rule.basis.confidence is not Confidence.ASSUMED


def test_the_profile_functions_match_the_files() -> None:
    assert SlaPolicy.lapor() == SlaPolicy.from_toml(_text("lapor-v3"), workflow=WF)
    assert SlaPolicy.kelurahan_tiered(DINKES) == SlaPolicy.from_toml(
        _text("kelurahan-berjenjang"), workflow=DINKES
    )


def test_a_profile_is_read_once() -> None:
    first = profiles.shipped_document("lapor-v3")
    assert profiles.shipped_document("lapor-v3") is first
    assert SlaPolicy.lapor() == SlaPolicy.lapor()


def test_importing_the_package_reads_no_profile() -> None:
    code = (
        "import pengaduan, pengaduan.sla\n"
        "from pengaduan.sla import _profiles\n"
        "print(_profiles.shipped_document.cache_info().currsize)\n"
        "pengaduan.sla.SlaPolicy.settlement()\n"
        "print(_profiles.shipped_document.cache_info().currsize)\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["0", "1"]


# -- parameters: conditions the app supplies ---------------------------------------------------

_CLOCK = """
name = "uji"
[[clocks]]
name = "informasi"
amount = 10
unit = "working_days"
start = {start}
stop = {{ action = "tindak_lanjut" }}
extend = {{ parameter = "extend" }}
extend_by = 7
basis = {{ citation = "UU 14/2008 Pasal 22", confidence = "secondary" }}
"""
_TEXT = _CLOCK.format(start='{ action = "terima" }')
_NOT_NONE = [case for case in WRONG_TYPES if case[0] != "none"]
_KINDS = [kind for kind, _ in _NOT_NONE]


class TestParameters:
    def test_a_supplied_parameter_becomes_the_condition(self) -> None:
        extend = on_action("disposisi_ulang")
        policy = SlaPolicy.from_toml(_TEXT, workflow=WF, parameters={"extend": extend})
        rule = policy.rule("informasi")
        assert (rule.extend, rule.extend_by) == (extend, 7)

    def test_a_parameter_not_supplied_turns_the_extension_off(self) -> None:
        rule = SlaPolicy.from_toml(_TEXT, workflow=WF).rule("informasi")
        assert (rule.extend, rule.extend_by) == (None, None)

    def test_extend_by_without_extend_is_still_a_problem(self) -> None:
        text = _TEXT.replace('extend = { parameter = "extend" }\n', "")
        error = raises_typed(SlaPolicy.from_toml, text)
        assert isinstance(error, ConfigurationError)
        assert list(error.problems) == ["clock 'informasi': extend and extend_by go together"]

    def test_from_dict_takes_parameters_too(self) -> None:
        data = SlaPolicy.from_toml(_TEXT, parameters={"extend": EXTEND}).to_dict()
        data["clocks"][0]["extend"] = {"parameter": "extend"}
        policy = SlaPolicy.from_dict(data, parameters={"extend": on_action("tunda")})
        assert policy.rule("informasi").extend == on_action("tunda")

    def test_start_and_stop_parameters_must_be_supplied(self) -> None:
        text = _CLOCK.format(start='{ parameter = "mulai" }')
        error = raises_typed(SlaPolicy.from_toml, text)
        assert isinstance(error, ConfigurationError)
        assert list(error.problems) == [
            "clocks[0] (informasi).start: its parameter was not given (pass parameters=...)"
        ]
        started = SlaPolicy.from_toml(text, parameters={"mulai": on_action("terima")})
        assert started.rule("informasi").start == on_action("terima")

    def test_a_parameter_no_clock_names_is_a_typo(self) -> None:
        error = raises_typed(SlaPolicy.from_toml, _TEXT, parameters={"extnd": EXTEND})
        assert isinstance(error, ConfigurationError)
        assert list(error.problems) == ["parameters[extnd]: no clock names this parameter"]

    def test_a_parameter_name_that_could_be_personal_data_is_not_echoed(self) -> None:
        error = raises_typed(SlaPolicy.from_toml, _TEXT, parameters={SECRET_NAME: EXTEND})
        assert isinstance(error, ConfigurationError)
        assert list(error.problems) == [
            "parameters[<a str of 19 characters>]: no clock names this parameter"
        ]
        text = _CLOCK.format(start=f"{{ parameter = {SECRET_TEXT!r} }}")
        error = raises_typed(SlaPolicy.from_toml, text)
        assert isinstance(error, ConfigurationError)

    @pytest.mark.parametrize(
        "value",
        [
            {"parameter": "extend", "action": "tunda"},
            {"parameter": 7},
            {"parameter": "Bukan Nama"},
        ],
        ids=["with-other-keys", "not-a-name", "bad-name"],
    )
    def test_a_parameter_table_stands_alone_and_names_one(self, value: object) -> None:
        data = SlaPolicy.from_toml(_TEXT).to_dict()
        data["clocks"][0]["pause"] = value
        data["clocks"][0]["resume"] = {"leaves_category": "paused"}
        error = raises_typed(SlaPolicy.from_dict, data)
        assert isinstance(error, ConfigurationError)
        assert list(error.problems) == [
            (
                "clocks[0] (informasi).pause: a parameter table has one key, parameter, with a "
                "name like 'extend'"
            )
        ]

    @pytest.mark.parametrize("value", [v for _, v in _NOT_NONE], ids=[k for k, _ in _NOT_NONE])
    def test_parameters_of_the_wrong_type_are_refused(self, value: object) -> None:
        error = raises_typed(SlaPolicy.from_toml, _TEXT, parameters=value)
        assert isinstance(error, ConfigurationError)

    @pytest.mark.parametrize(
        "value", [v for _, v in _NOT_NONE] + [{"extend": "tunda"}], ids=[*_KINDS, "mapping"]
    )
    def test_an_extension_that_is_not_a_condition_is_refused(self, value: object) -> None:
        error = raises_typed(SlaPolicy.information_request, extend=value)
        assert isinstance(error, ConfigurationError)

    @pytest.mark.parametrize("value", [v for _, v in _NOT_NONE], ids=_KINDS)
    def test_a_workflow_of_the_wrong_type_is_an_argument_error(self, value: object) -> None:
        assert isinstance(raises_typed(SlaPolicy.from_toml, _TEXT, workflow=value), ArgumentError)
        assert isinstance(raises_typed(SlaPolicy.from_dict, {}, workflow=value), ArgumentError)
        assert isinstance(raises_typed(SlaPolicy.settlement, value), ArgumentError)
