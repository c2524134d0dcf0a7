"""The demo job: a seeded month of Kupang complaints that follows the SOP end to end."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections import Counter
from typing import TYPE_CHECKING

import pytest

from pengaduan import Workflow, verify_history
from pengaduan.cli import EXIT_OK, main
from pengaduan.demo import Simulation, simulate_month
from pengaduan.serialization import iter_lines, to_json
from pengaduan.sla import evaluate

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def month() -> Simulation:
    return simulate_month(days=14, per_day=8.0, seed=11)


def test_the_same_seed_gives_the_same_month(month: Simulation) -> None:
    again = simulate_month(days=14, per_day=8.0, seed=11)
    assert [to_json(c) for c in again.complaints] == [to_json(c) for c in month.complaints]
    other = simulate_month(days=14, per_day=8.0, seed=12)
    assert [c.tracking_id for c in other.complaints] != [c.tracking_id for c in month.complaints]


def test_every_history_is_intact_and_follows_the_sop(month: Simulation) -> None:
    workflow = Workflow.default()
    assert len(month.complaints) > 50
    for complaint in month.complaints:
        verify_history(complaint)
        assert workflow.conforms(complaint) == []
        assert complaint.updated_at <= month.now


def test_the_month_exercises_the_whole_lifecycle(month: Simulation) -> None:
    actions = Counter(e.action for c in month.complaints for e in c.history)
    for action in ("verifikasi", "tindak_lanjut", "tutup_otomatis", "alihkan", "tanggapi"):
        assert actions[action] > 0, action
    assert sum(month.rejected.values()) > 0
    assert set(month.channels) == {"sms", "whatsapp", "web", "loket", "kotak_saran"}
    assert month.auto_closed == actions["tutup_otomatis"]
    assert month.escalations == actions["eskalasi"]


def test_the_daily_job_closed_only_what_the_sla_allowed(month: Simulation) -> None:
    for complaint in month.complaints:
        closing = complaint.last_event("tutup_otomatis")
        if closing is None:
            continue
        reports = {
            r.clock: r
            for r in evaluate(
                complaint, policy=month.policy, calendar=month.calendar, now=closing.at
            )
        }
        timer = reports["tutup_otomatis"]
        assert timer.due_at is not None
        assert timer.due_at <= closing.at


def test_cli_demo_writes_histories_and_public_views(tmp_path: Path) -> None:
    out = io.StringIO()
    code = main(["--lang", "en", "demo", "--output", str(tmp_path), "--per-day", "4"], out=out)
    assert code == EXIT_OK
    summary = out.getvalue()
    assert "Complaints received" in summary
    assert "Verification and disposition by the admin (≤ 3 working days)" in summary
    with (tmp_path / "pengaduan.jsonl").open(encoding="utf-8") as stream:
        complaints = list(iter_lines(stream))
    assert complaints
    public = [
        json.loads(line)
        for line in (tmp_path / "publik.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert public
    by_id = {c.tracking_id: c for c in complaints}
    for page in public:
        complaint = by_id[page["tracking_id"]]
        assert complaint.effective_privacy.value in {"publik", "anonim"}
        assert page["reporter"] is None
        shown = json.dumps(page, ensure_ascii=False)
        reporter = complaint.reporter
        for secret in (reporter.name, reporter.phone, reporter.nik):
            if secret:
                assert secret not in shown
        if reporter.phone:  # the same number written locally (0812-...) in the text
            digits = "".join(ch for ch in shown if ch.isdigit())
            assert reporter.phone.removeprefix("+62") not in digits


def test_cli_demo_stores_the_month_in_a_sqlite_repository(tmp_path: Path) -> None:
    from pengaduan.store import Query, Repository  # noqa: PLC0415 - the sql extra

    args = ["--lang", "en", "demo", "--output", str(tmp_path), "--per-day", "4"]
    for _ in range(2):  # a rerun starts from a fresh database, never "already stored"
        out = io.StringIO()
        assert main(args, out=out) == EXIT_OK
    with (tmp_path / "pengaduan.jsonl").open(encoding="utf-8") as stream:
        complaints = {c.tracking_id: c for c in iter_lines(stream)}
    summary = out.getvalue()
    stored = re.search(r"Stored in the SQLite repository +(\d+)", summary)
    assert stored is not None
    assert int(stored.group(1)) == len(complaints)
    with Repository(f"sqlite:///{tmp_path / 'pengaduan.db'}") as repo:
        assert repo.count() == len(complaints)
        some = next(iter(complaints))
        assert repo.get(some) == complaints[some]
        expected: Counter[tuple[str | None, str]] = Counter(
            (unit, str(c.status))
            for c in complaints.values()
            for unit in (sorted(set(c.units)) or [None])
        )
        assert repo.counts(Query()) == dict(expected)


def test_cli_demo_without_the_sql_extra_says_the_repository_was_skipped(tmp_path: Path) -> None:
    code = f"""
import sys
sys.modules["sqlalchemy"] = None  # as if the sql extra were not installed
from pengaduan.cli import main
sys.exit(main(["--lang", "en", "demo", "--output", {str(tmp_path)!r}, "--per-day", "2"]))
"""
    result = subprocess.run(  # noqa: S603 - this interpreter, code written here
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert re.search(r"SQLite repository +skipped: pip install 'pengaduan\[sql\]'", result.stdout)
    assert "Stored in the SQLite repository" not in result.stdout
    assert not (tmp_path / "pengaduan.db").exists()
    assert (tmp_path / "pengaduan.jsonl").exists()
