"""The reporter's satisfaction: an action after the closing, once, by the reporter; audited."""

from __future__ import annotations

import csv
import io
import json
from itertools import pairwise
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.audit_helpers import new_audit
from tests.helpers import ADMIN, REPORTER, SECRET_TEXT, in_status, received, step
from tests.hostile_helpers import raises_typed

from pengaduan.audit import (
    AuditPart,
    SatisfactionSummary,
    render_csv,
    render_html,
    render_json,
    render_satisfaction,
    render_table,
)
from pengaduan.errors import ActionDataError, ConfigurationError, GuardError, InvalidActionError
from pengaduan.messages import SATISFACTION_ACTION, satisfaction_of, score_from_reply
from pengaduan.model import Actor, Reporter
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Action, Status, dinkes_upp

if TYPE_CHECKING:
    import random

RATE = Action.NILAI_KEPUASAN


def closed(tracking_id: str = "KPG-TEST-1", units: tuple[str, ...] = ("dinkes",)):  # type: ignore[no-untyped-def]
    complaint = step(received(tracking_id), Action.VERIFIKASI, units=list(units))
    complaint = step(complaint, Action.TINDAK_LANJUT, actor=Actor.unit(units[0]))
    return step(complaint, Action.TUTUP)


def rated(score: str, tracking_id: str = "KPG-TEST-1", units: tuple[str, ...] = ("dinkes",)):  # type: ignore[no-untyped-def]
    return step(closed(tracking_id, units), RATE, skor=score)


def test_the_reporter_rates_a_closed_complaint_once() -> None:
    done = rated("4", tracking_id="KPG-1")
    assert done.status == Status.SELESAI
    assert done.history[-1].data == {"skor": "4"}
    answer = satisfaction_of(done)
    assert answer is not None
    assert (answer.score, answer.reason, answer.sequence, answer.satisfied) == (4, None, 5, True)
    again = raises_typed(step, done, RATE, skor="5")
    assert isinstance(again, GuardError)
    assert again.guard == "once"


def test_with_a_reason_code() -> None:
    done = step(closed(), RATE, skor="2", alasan="lambat")
    answer = satisfaction_of(done)
    assert answer is not None
    assert (answer.score, answer.reason, answer.satisfied) == (2, "lambat", False)


@pytest.mark.parametrize(
    ("actor", "guard"),
    [
        pytest.param(ADMIN, "actor-role", id="admin"),
        pytest.param(Actor.unit("dinkes"), "actor-role", id="unit"),
        pytest.param(Actor.reporter("akun-lain"), "reporter-binding", id="another-reporter"),
    ],
)
def test_only_the_complaints_own_reporter_rates(actor: Actor, guard: str) -> None:
    error = raises_typed(step, closed(), RATE, actor=actor, skor="5")
    assert isinstance(error, GuardError)
    assert error.guard == guard


def test_a_complaint_without_a_reporter_account_cannot_be_rated() -> None:
    anonymous = step(
        step(
            step(received(reporter=Reporter()), Action.VERIFIKASI, units=["dinkes"]),
            Action.TINDAK_LANJUT,
        ),
        Action.TUTUP,
    )
    error = raises_typed(step, anonymous, RATE, skor="5")
    assert isinstance(error, GuardError)
    assert error.guard == "reporter-binding"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"skor": "6"}, id="out-of-range"),
        pytest.param({"skor": 5}, id="an-int"),
        pytest.param({"skor": "5", "alasan": SECRET_TEXT}, id="free-text-reason"),
        pytest.param({"alasan": "lambat"}, id="no-score"),
        pytest.param({"skor": "5", "komentar": SECRET_TEXT}, id="undeclared-field"),
    ],
)
def test_bad_answers_are_refused(data: dict) -> None:  # type: ignore[type-arg]
    complaint = closed()
    error = raises_typed(
        Workflow.default().apply, complaint, RATE, at=complaint.updated_at, actor=REPORTER, **data
    )
    assert isinstance(error, ActionDataError)


@pytest.mark.parametrize("status", [s for s in Status if s is not Status.SELESAI])
def test_only_after_the_closing(status: Status) -> None:
    error = raises_typed(step, in_status(status), RATE, skor="5")
    assert isinstance(error, InvalidActionError)


def test_the_dinkes_profile_has_it_too() -> None:
    dinkes = Workflow.from_definition(dinkes_upp())
    spec = dinkes.action(SATISFACTION_ACTION)
    assert spec.sources == ("selesai",)
    assert spec.target is None
    assert [g.name for g in spec.guards] == ["once"]
    assert {f.name for f in spec.fields} == {"skor", "alasan"}


def test_a_hand_edited_answer_reads_as_none() -> None:
    assert satisfaction_of(closed()) is None
    assert satisfaction_of(received()) is None


# -- the audit --------------------------------------------------------------------------------


def answered() -> list:  # type: ignore[type-arg]
    return [
        rated("5", "S-1", ("dinkes",)),
        rated("4", "S-2", ("dinkes", "rsud")),
        rated("1", "S-3", ("rsud",)),
        closed("S-4", ("rsud",)),  # closed, no answer
        received("S-5"),
    ]


def test_the_audit_reports_satisfaction_per_unit() -> None:
    audit = new_audit()
    audit.add_all(answered())
    report = audit.report()
    assert report.overall.satisfaction == SatisfactionSummary(
        answered=3,
        satisfied=2,
        mean=3.33,
        share_satisfied=66.7,
        histogram=(
            (1, 1),
            (2, 0),
            (3, 0),
            (4, 1),
            (5, 1),
        ),
    )
    assert report.unit("dinkes").satisfaction.mean == 4.5
    rsud = report.unit("rsud").satisfaction
    assert (rsud.answered, rsud.satisfied, rsud.mean, rsud.share_satisfied) == (2, 1, 2.5, 50.0)
    assert report.unit(None).satisfaction.answered == 0
    data = json.loads(render_json(report))
    assert data["overall"]["satisfaction"]["histogram"] == {"1": 1, "2": 0, "3": 0, "4": 1, "5": 1}
    table = render_table(report)
    assert "Kepuasan pelapor" in table
    assert "rsud" in table.split("Kepuasan pelapor")[1]
    assert "Reporter satisfaction" in render_html(report, language="en")
    rows = {row["unit"]: row for row in csv.DictReader(io.StringIO(render_csv(report)))}
    assert (rows["rsud"]["satisfaction_mean"], rows["rsud"]["satisfaction_share"]) == (
        "2.5",
        "50.0",
    )
    markdown = render_satisfaction(report, fmt="markdown", language="en")
    assert markdown.splitlines()[0] == "| Unit | Answered | Mean | Satisfied (4-5) |"
    assert "| dinkes | 2 | 4.50 | 100.0% |" in markdown
    assert "| (all) | 3 | 3.33 | 66.7% |" in markdown


def test_a_report_without_answers_has_no_satisfaction_section() -> None:
    audit = new_audit()
    audit.add(closed())
    report = audit.report()
    assert report.overall.satisfaction.mean is None
    assert "Kepuasan" not in render_table(report)
    with pytest.raises(ValueError, match="fmt"):
        render_satisfaction(report, fmt="pdf")


POOL = answered()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(range(len(POOL))), min_size=1, max_size=10),
    st.lists(st.integers(0, 10), max_size=4),
    st.randoms(use_true_random=False),
)
def test_parts_with_answers_merge_into_the_one_process_report(
    picks: list[int], cuts: list[int], rng: random.Random
) -> None:
    complaints = [POOL[i] for i in picks]
    whole = new_audit(skip_invalid=True)
    whole.add_all(complaints)
    bounds = sorted({0, len(complaints), *(min(c, len(complaints)) for c in cuts)})
    audit = new_audit(skip_invalid=True)
    parts = [audit.part(complaints[a:b], order=n) for n, (a, b) in enumerate(pairwise(bounds))]
    rng.shuffle(parts)
    merged = AuditPart.merge_all(parts)
    assert audit.report_of(merged).overall.satisfaction == whole.report().overall.satisfaction
    assert audit.report_of(merged).units == whole.report().units


def test_a_terminal_status_allows_only_status_keeping_actions() -> None:
    definition = dinkes_upp()
    keeping = Workflow.from_definition(definition)
    assert keeping.allowed_actions("selesai") == (SATISFACTION_ACTION,)
    leaving = [
        a if a.name != SATISFACTION_ACTION else attrs.evolve(a, target="diterima")
        for a in definition.actions
    ]
    with pytest.raises(ConfigurationError) as caught:
        Workflow.from_definition(attrs.evolve(definition, actions=leaving))
    assert "leaves terminal status 'selesai'" in caught.value.message("en")


@pytest.mark.parametrize(
    ("reply", "score"),
    [
        pytest.param("4", "4", id="digit"),
        pytest.param("  5. ", "5", id="digit-with-dot"),
        pytest.param("Nilai 3", "3", id="nilai"),
        pytest.param("SKOR: 1", "1", id="skor-colon"),
        pytest.param("4/5", "4", id="out-of-five"),
        pytest.param("\uff15", "5", id="full-width-digit"),
        pytest.param("6", None, id="out-of-range"),
        pytest.param("0", None, id="zero"),
        pytest.param("45", None, id="two-digits"),
        pytest.param("5 hari lagi belum diperbaiki", None, id="a-sentence"),
        pytest.param("puas", None, id="a-word"),
        pytest.param("🙏", None, id="emoji"),
        pytest.param("", None, id="empty"),
        pytest.param(SECRET_TEXT, None, id="a-complaint"),
        pytest.param("4" + " " * 100, None, id="too-long"),
        pytest.param(4, None, id="an-int"),
        pytest.param(None, None, id="none"),
    ],
)
def test_score_from_an_sms_reply(reply: object, score: str | None) -> None:
    assert score_from_reply(reply) == score


def test_a_reply_score_is_accepted_by_the_action() -> None:
    score = score_from_reply("nilai 5")
    assert score is not None
    answer = satisfaction_of(step(closed(), RATE, skor=score))
    assert answer is not None
    assert answer.score == 5
