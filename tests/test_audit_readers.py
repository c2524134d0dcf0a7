"""Reading exports: JSON lines and CSV, bad input with line numbers, parallel parts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.audit_helpers import HEADER, NOW, new_audit, sample, write_jsonl
from tests.helpers import WF
from tests.sla_helpers import KUPANG, LAPOR

from pengaduan.audit import (
    ColumnMapping,
    FileAccessError,
    ProblemKind,
    audit_path,
    detect_format,
)
from pengaduan.errors import (
    ConfigurationError,
    SerializationError,
    StorageError,
    UnknownZoneError,
)
from pengaduan.serialization import to_json
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def run(path: Path, **options: object):  # type: ignore[no-untyped-def]
    return audit_path(path, calendar=KUPANG, now=NOW, workflow=WF, policy=LAPOR, **options)  # type: ignore[arg-type]


# -- JSON lines -------------------------------------------------------------------------------


def test_jsonl_audit_matches_the_accumulator(tmp_path: Path) -> None:
    report = run(write_jsonl(tmp_path / "a.jsonl", sample(), extra="\n\n"))
    audit = new_audit()
    audit.add_all(sample())
    assert report == audit.report()


def test_malformed_line_stops_with_its_number(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl", sample()[:2], extra='{"schema": "pengaduan.complaint"\n'
    )
    with pytest.raises(SerializationError, match=r"^cannot load line 3: document: "):
        run(path)


def test_skip_invalid_reports_every_bad_line(tmp_path: Path) -> None:
    lines = [sample()[0], sample()[1]]
    path = write_jsonl(tmp_path / "a.jsonl", lines, extra="nonsense\n[1, 2]\n")
    report = run(path, skip_invalid=True)
    assert report.complaints == 2
    assert [(p.line, p.kind) for p in report.problems] == [
        (3, ProblemKind.MALFORMED),
        (4, ProblemKind.MALFORMED),
    ]


def test_tampered_history_is_audited_and_counted(tmp_path: Path) -> None:
    good = to_json(sample()[0])
    tampered = good.replace("2025-03-04T02:00:00.000000Z", "2025-03-04T01:00:00.000000Z")
    assert tampered != good
    path = tmp_path / "a.jsonl"
    path.write_text(tampered + "\n", encoding="utf-8")
    report = run(path)
    assert report.complaints == 1
    assert report.overall.integrity_failures == 1


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    for name, content in (("kosong.jsonl", ""), ("blank.jsonl", "\n \n"), ("x.csv", HEADER)):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        with pytest.raises(SerializationError, match="the input is empty: no complaints to audit"):
            run(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError, match="cannot be read") as caught:
        run(tmp_path / "tidak-ada.jsonl")
    assert caught.value.reason == "missing"
    assert isinstance(caught.value, StorageError)


def test_format_detection(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "ekspor.txt", sample()[:1])
    assert detect_format(path) == "jsonl"
    (tmp_path / "ekspor.dat").write_text(HEADER, encoding="utf-8")
    assert detect_format(tmp_path / "ekspor.dat") == "csv"


def test_parallel_parts_give_the_same_report(tmp_path: Path) -> None:
    many = []
    for n in range(12):
        for complaint in sample():
            many.append(complaint)
            many[-1] = _renamed(complaint, f"{complaint.tracking_id}-{n}")
    path = write_jsonl(tmp_path / "banyak.jsonl", many)
    assert run(path, workers=3) == run(path, workers=1)


def _renamed(complaint, tracking_id: str):  # type: ignore[no-untyped-def]
    steps = [(e.action, e.at) for e in complaint.history[1:]]
    return build_complaint(
        complaint.received_at,
        *steps,
        tracking_id=tracking_id,
        units=complaint.units or ("unit-uji",),
        classification=complaint.classification,
    )


def test_parallel_duplicates_and_errors_keep_line_numbers(tmp_path: Path) -> None:
    complaints = sample()
    path = write_jsonl(tmp_path / "dup.jsonl", [*complaints, complaints[0]], extra="rusak\n")
    report = run(path, workers=2, skip_invalid=True)
    assert report.complaints == 5
    assert [(p.line, p.kind) for p in report.problems] == [
        (6, ProblemKind.DUPLICATE_ID),
        (7, ProblemKind.MALFORMED),
    ]
    with pytest.raises(SerializationError, match="line 6: tracking_id"):
        run(path, workers=2)


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = write_jsonl(tmp_path / "a.jsonl", sample())
    run(path, progress=lambda done, total: seen.append((done, total)))
    size = path.stat().st_size
    assert seen[-1] == (size, size)


# -- CSV --------------------------------------------------------------------------------------

ROWS = (
    HEADER + "B-1,dinkes,pengaduan,2025-03-03T10:00:00+08:00,2025-03-04T09:00:00+08:00,"
    "2025-03-06T09:00:00+08:00,2025-03-07T09:00:00+08:00\n"
    + "B-2,dinkes;rsud,aspirasi,2025-03-03 10:00,2025-03-11 09:00,,\n"
    + "B-3,,,2025-04-21 10:00,,,\n"
)


def test_csv_rows_become_complaints(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.csv"
    path.write_text(ROWS, encoding="utf-8")
    report = run(path, timezone="Asia/Makassar")
    assert report.complaints == 3
    assert dict(report.overall.by_status) == {"selesai": 1, "didisposisikan": 1, "diterima": 1}
    assert report.unit("rsud").complaints == 1
    verification = report.overall.clock("verifikasi")
    assert (verification.on_time, verification.met_late, verification.overdue_open) == (1, 1, 1)


def test_csv_with_mapping_semicolons_bom_and_date_format(tmp_path: Path) -> None:
    text = (
        "\ufeffNo;OPD;Tanggal Masuk;Tanggal Verifikasi\n"
        "C-1;dinkes;03/03/2025 10:00;04/03/2025 09:00\n"
        "C-2;rsud;03/03/2025 10:00;12/03/2025 09:00\n"
    )
    path = tmp_path / "kantor.csv"
    path.write_text(text, encoding="utf-8")
    mapping = ColumnMapping.from_dict(
        {
            "tracking_id": "No",
            "unit": "OPD",
            "received_at": "Tanggal Masuk",
            "verified_at": "Tanggal Verifikasi",
            "date_format": "%d/%m/%Y %H:%M",
        }
    )
    report = run(path, mapping=mapping, timezone="Asia/Makassar")
    assert [u.unit for u in report.units] == ["dinkes", "rsud"]
    assert report.unit("rsud").clock("verifikasi").met_late == 1


def test_csv_missing_columns_named(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.csv"
    path.write_text("nomor,unit\nX-1,dinkes\n", encoding="utf-8")
    with pytest.raises(SerializationError) as raised:
        run(path)
    assert raised.value.path == "line 1 (header)"
    assert "'id' (tracking_id), 'received_at' (received_at)" in raised.value.reason
    mapped = ColumnMapping.from_dict({"closed_at": "Tanggal Tutup"})
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(SerializationError, match="missing column: closed_at;") as raised:
        run(path, mapping=mapped)
    assert "Tanggal Tutup" not in str(raised.value)  # a column the user named is not echoed


@pytest.mark.parametrize(
    ("row", "kind", "where"),
    [
        ("D-1,dinkes,pengaduan,3 Maret 2025,,,\n", ProblemKind.BAD_TIME, "received_at"),
        ("D-1,dinkes,pengaduan,2025-03-03 10:00,2025-03-02 10:00,,\n", "out_of_order",
         "verified_at"),
        ("D-1,dinkes,pengaduan,2025-03-03 10:00,,,2025-03-05 10:00\n", "out_of_order", "closed_at"),
        ("D-1,,pengaduan,2025-03-03 10:00,2025-03-04 10:00,,\n", "malformed", "unit"),
        ("D-1,dinkes,keluhan,2025-03-03 10:00,,,\n", "malformed", "classification"),
        (",dinkes,pengaduan,2025-03-03 10:00,,,\n", "malformed", "id"),
        ("D 1,dinkes,pengaduan,2025-03-03 10:00,,,\n", "malformed", "id"),
    ],
    ids=["bad-date", "verified-before-received", "closed-without-follow-up", "no-unit",
         "bad-classification", "no-id", "id-with-space"],
)  # fmt: skip
def test_csv_bad_rows(tmp_path: Path, row: str, kind: str, where: str) -> None:
    path = tmp_path / "ekspor.csv"
    good = "G-1,dinkes,pengaduan,2025-03-03 10:00,,,\n"
    path.write_text(HEADER + good + row, encoding="utf-8")
    with pytest.raises(SerializationError, match=f"^cannot load line 3: {where}"):
        run(path, timezone="Asia/Makassar")
    report = run(path, timezone="Asia/Makassar", skip_invalid=True)
    assert report.complaints == 1
    (problem,) = report.problems
    assert (problem.line, problem.kind, problem.where) == (3, ProblemKind(kind), where)


def test_csv_naive_times_need_a_timezone_whatever_skip_says(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.csv"
    path.write_text(HEADER + "N-1,dinkes,pengaduan,2025-03-03 10:00,,,\n", encoding="utf-8")
    with pytest.raises(SerializationError, match=r"line 2: received_at.*--timezone"):
        run(path, skip_invalid=True)
    with pytest.raises(UnknownZoneError):
        run(path, timezone="Asia/Kupang")


def test_csv_duplicate_ids_and_quoted_newlines_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.csv"
    path.write_text(
        "id,unit,category,received_at\n"
        'E-1,dinkes,"kesehatan\nbaris kedua",2025-03-03T10:00+08:00\n'
        "E-1,dinkes,kesehatan,2025-03-03T10:00+08:00\n",
        encoding="utf-8",
    )
    report = run(path, skip_invalid=True)
    assert report.complaints == 1
    assert [(p.line, p.kind) for p in report.problems] == [(4, ProblemKind.DUPLICATE_ID)]


def test_mapping_validation() -> None:
    with pytest.raises(ConfigurationError) as raised:
        ColumnMapping.from_dict({"diterima": "x", "unit": "", "received_at": "id"})
    assert len(raised.value.problems) == 3
    with pytest.raises(ConfigurationError, match="field=column"):
        ColumnMapping.parse(["received_at"])
    assert ColumnMapping.parse(["received_at=Masuk"]).column("received_at") == "Masuk"


@pytest.fixture(autouse=True)
def _messages_as_written() -> Iterator[None]:
    """These tests read messages as the code writes them (English, the msgids); the
    Indonesian wording is checked by test_i18n.py and the hostile-input harness."""
    from pengaduan.language import use_language  # noqa: PLC0415

    with use_language("en"):
        yield
