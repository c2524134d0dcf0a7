"""SOP profiles as data: the shipped TOML profiles, round trips, whole-document validation."""

from __future__ import annotations

import copy
import tomllib
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from tests.hostile_helpers import HOSTILE_TEXTS, WRONG_TYPES, outcome

from pengaduan.errors import ConfigurationError, GuardError, PengaduanError
from pengaduan.model import Actor, Channel, Reporter, Submission
from pengaduan.workflow import Workflow
from pengaduan.workflow.guards import Guard
from pengaduan.workflow.profiles import (
    ARCHIVE_REASONS,
    ESCALATION_TARGETS,
    Action,
    Status,
    dinkes_upp,
    lapor_v3,
    shipped_profiles,
)
from pengaduan.workflow.sop import (
    GUARD_KINDS,
    definition_from_dict,
    definition_to_dict,
    load_definition,
)

if TYPE_CHECKING:
    from pathlib import Path

T0 = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize("name", shipped_profiles())
def test_every_shipped_profile_dumps_and_loads_to_an_equal_workflow(name: str) -> None:
    workflow = Workflow.from_definition({"lapor-v3": lapor_v3, "dinkes-upp": dinkes_upp}[name]())
    document = workflow.to_dict()
    again = Workflow.from_dict(document)
    assert again.definition == workflow.definition
    assert again.to_dict() == document
    assert [(g.kind, g.params) for a in again.actions for g in a.guards] == [
        (g.kind, g.params) for a in workflow.actions for g in a.guards
    ]


def test_the_shipped_profiles_are_the_ones_the_library_names() -> None:
    assert shipped_profiles() == ("dinkes-upp", "lapor-v3")
    assert lapor_v3() is lapor_v3()  # immutable, loaded once
    default = Workflow.default()
    assert {s.name for s in default.statuses} == set(Status)
    assert {a.name for a in default.actions} == set(Action)


def test_the_python_constants_match_the_profile_data() -> None:
    actions = {a.name: a for a in lapor_v3().actions}
    reasons = next(f for f in actions[Action.ARSIPKAN].fields if f.name == "reason")
    targets = next(f for f in actions[Action.ESKALASI].fields if f.name == "to")
    assert set(reasons.choices) == ARCHIVE_REASONS
    assert set(targets.choices) == ESCALATION_TARGETS


def test_a_profile_loads_from_a_toml_file(tmp_path: Path) -> None:
    source = tmp_path / "kupang.toml"
    shipped = resources.files("pengaduan.workflow") / "data" / "lapor-v3.toml"
    original = shipped.read_text(encoding="utf-8")
    source.write_text(original.replace('name = "lapor-v3"', 'name = "kupang"'), encoding="utf-8")
    loaded = Workflow.from_toml(source)
    assert loaded.definition.name == "kupang"
    assert load_definition(source).actions == lapor_v3().actions
    assert tomllib.loads(original)["name"] == "lapor-v3"


def test_the_dinkes_profile_runs_a_complaint_end_to_end() -> None:
    workflow = Workflow.from_definition(dinkes_upp(), units={"pkm-oebobo", "pkm-sikumana"})
    admin, puskesmas = Actor.admin("upp-dinkes"), Actor.unit("pkm-oebobo")
    reporter = Actor.reporter("akun-88")
    c = workflow.receive(
        Submission(
            text="Petugas loket kasar", channel=Channel.WEB, reporter=Reporter(account_id="akun-88")
        ),
        tracking_id="DKS-1",
        at=T0,
        actor=reporter,
    )

    def act(c: Any, action: str, actor: Actor, hours: int, **data: Any) -> Any:
        return workflow.apply(c, action, at=T0 + timedelta(hours=hours), actor=actor, **data)

    c = act(c, "verifikasi", admin, 1, units=["pkm-oebobo"])
    with pytest.raises(GuardError, match="assigned-unit"):
        act(c, "jawab", Actor.unit("pkm-sikumana"), 2, response="bukan kami")
    c = act(c, "jawab", puskesmas, 3, response="Petugas sudah dibina.")
    c = act(c, "kembalikan", admin, 4, reason="jelaskan langkah konkret")
    c = act(c, "jawab", puskesmas, 5, response="Petugas dirotasi; loket ditambah.")
    c = act(c, "tindak_lanjut", admin, 6, response="Petugas dirotasi; loket ditambah.")
    c = act(c, "tutup", reporter, 7)
    assert c.status == "selesai"
    assert workflow.conforms(c) == []
    assert [e.action for e in c.history] == [
        "terima",
        "verifikasi",
        "jawab",
        "kembalikan",
        "jawab",
        "tindak_lanjut",
        "tutup",
    ]


def test_a_broken_document_reports_every_problem_with_its_key_path() -> None:
    document = definition_to_dict(lapor_v3())
    broken = copy.deepcopy(document)
    broken["status"][0]["category"] = "sometimes"
    broken["action"][2]["roles"] = ["pelapor", "walikota"]
    broken["action"][3]["fields"][0]["kind"] = "essay"
    broken["action"][10]["guards"][0] = {"kind": "no-event-since", "action": "tanggapi"}
    broken["action"][5]["colour"] = "red"
    broken["surprise"] = 1
    with pytest.raises(ConfigurationError) as info:
        definition_from_dict(broken)
    problems = info.value.problems
    expected = (
        "status[0].category",
        "action[2].roles",
        "action[3].fields[0].kind",
        "action[10].guards[0].since",
        "action[5]: unknown key colour",
        "unknown key surprise",
    )
    for where in expected:
        assert any(where in line for line in problems), where
    assert len(problems) == len(expected)


def test_an_sop_problem_found_after_parsing_is_reported_too() -> None:
    document = definition_to_dict(lapor_v3())
    document["action"][0]["target"] = "nowhere"
    with pytest.raises(ConfigurationError) as caught:
        definition_from_dict(document)
    assert "target status 'nowhere' is not declared" in caught.value.message("en")
    assert "status tujuan 'nowhere' tidak dideklarasikan" in str(caught.value)


def test_a_guard_written_in_python_cannot_be_written_as_data() -> None:
    custom = Guard(name="jam-kerja", description="only in office hours", check=lambda ctx: None)
    definition = lapor_v3()
    actions = tuple(
        attrs.evolve(a, guards=(custom,)) if a.name == Action.TUTUP else a
        for a in definition.actions
    )
    workflow = Workflow.from_definition(attrs.evolve(definition, actions=actions))
    with pytest.raises(ConfigurationError) as caught:
        workflow.to_dict()
    assert "written in Python" in caught.value.message("en")


def test_every_guard_kind_round_trips() -> None:
    assert set(GUARD_KINDS) == {
        "assigned-unit",
        "requires-units",
        "requires-text",
        "requires-choice",
        "after",
        "once",
        "no-event-since",
        "unanswered-or-reopened",
        "deadline-missed-or-reopened",
    }
    document = definition_to_dict(lapor_v3())
    tutup = next(a for a in document["action"] if a["name"] == "tutup")
    tutup["guards"] = [
        {"kind": "after", "action": "tindak_lanjut"},
        {"kind": "requires-text", "field": "note"},
        {"kind": "requires-choice", "field": "note", "choices": ["b", "a"]},
    ]
    again = definition_to_dict(definition_from_dict(document))
    assert next(a for a in again["action"] if a["name"] == "tutup")["guards"] == [
        {"kind": "after", "action": "tindak_lanjut"},
        {"kind": "requires-text", "field": "note"},
        {"kind": "requires-choice", "field": "note", "choices": ["a", "b"]},
    ]


@pytest.mark.parametrize(
    "value", [pytest.param(v, id=n) for n, v in (*WRONG_TYPES, *HOSTILE_TEXTS)]
)
def test_hostile_documents_and_sources_give_configuration_errors(value: object) -> None:
    for call in (Workflow.from_toml, Workflow.from_dict, definition_from_dict):
        result = outcome(call, value)
        assert isinstance(result, ConfigurationError), (call, type(result))


@pytest.mark.parametrize("key", ["name", "initial", "status", "action", "receive_roles", "source"])
@pytest.mark.parametrize(
    "value", [pytest.param(v, id=n) for n, v in WRONG_TYPES if n not in {"none"}]
)
def test_every_top_level_key_of_a_wrong_type(key: str, value: object) -> None:
    document = definition_to_dict(lapor_v3())
    document[key] = value
    result = outcome(definition_from_dict, document)
    assert isinstance(result, PengaduanError)
    assert isinstance(result, ConfigurationError)
