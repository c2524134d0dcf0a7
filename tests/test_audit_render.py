"""Report renderers: table, JSON, CSV and HTML carry the same figures, in both languages."""

from __future__ import annotations

import csv
import io
import json

import attrs
import pytest
from tests.audit_helpers import new_audit, sample
from tests.helpers import SECRET_NAME, SECRET_TEXT
from tests.sla_helpers import wita

from pengaduan.audit import render_csv, render_html, render_json, render_table
from pengaduan.testing import build_complaint


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    audit = new_audit()
    audit.add_all(sample())
    return audit.report()


def test_table_in_both_languages(report) -> None:  # type: ignore[no-untyped-def]
    indonesian = render_table(report)
    assert "Audit kepatuhan SOP pengaduan" in indonesian
    assert "(belum didisposisikan)" in indonesian
    assert "60,0\u00a0% (3 dari 5)" in indonesian  # verifikasi on time overall
    assert "Kuning" in indonesian
    english = render_table(report, language="en")
    assert "60.0% (3 of 5)" in english
    assert "(not disposed yet)" in english
    assert "Yellow" in english
    with pytest.raises(ValueError, match="language"):
        render_table(report, language="jv")


def test_json_round_trips_the_figures(report) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(render_json(report))
    assert document == json.loads(json.dumps(report.to_dict()))
    assert document["complaints"] == 5
    assert document["overall"]["clocks"][0]["clock"] == "verifikasi"
    assert document["overall"]["clocks"][0]["share_on_time"] == 60.0
    assert document["units"][0]["unit"] == "dinkes"
    assert document["thresholds"]["green"] == 81.0


def test_csv_has_one_row_per_unit_and_one_overall(report) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert [(r["unit"], r["overall"]) for r in rows] == [
        ("dinkes", "false"),
        ("rsud", "false"),
        ("", "false"),
        ("", "true"),
    ]
    overall = rows[-1]
    assert overall["verifikasi_share"] == "60.0"
    assert overall["tindak_lanjut_overdue_open"] == "1"
    assert overall["zone"] == "kuning"


def test_html_is_self_contained(report) -> None:  # type: ignore[no-untyped-def]
    page = render_html(report)
    assert page.count("<svg") == 3
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    assert "default-src 'none'" in page
    assert "60,0\u00a0%" in page
    for secret in (SECRET_TEXT, SECRET_NAME):
        assert secret not in page
    assert '<html lang="en">' in render_html(report, language="en")


def test_html_escapes_unit_ids() -> None:
    # The workflow refuses such a unit id; a history from elsewhere can still carry one.
    complaint = build_complaint(wita(2025, 3, 3), ("verifikasi", 1), units=["unit-1"])
    hostile = attrs.evolve(complaint.history[1], payload='{"units":["<b>unit&1</b>"]}')
    complaint = attrs.evolve(complaint, history=(complaint.history[0], hostile))
    audit = new_audit()
    audit.add(complaint)
    page = render_html(audit.report())
    assert "<b>unit" not in page
    assert "&lt;b&gt;unit&amp;1&lt;/b&gt;" in page


def test_html_names_the_sop_and_policy_once(report) -> None:  # type: ignore[no-untyped-def]
    page = render_html(report)
    assert report.workflow == report.policy == "lapor-v3"
    assert page.count("lapor-v3") == 1
