"""An Ombudsman-style audit of an office spreadsheet: did the units follow the SOP?

Writes a CSV export shaped like the spreadsheets complaint units keep (one row per complaint,
one column per milestone, Indonesian headers, dd/mm/yyyy times without an offset), audits it
against the SP4N-LAPOR! deadlines on the Kupang (WITA) calendar, writes a self-contained HTML
report into the current directory and prints the summary table.

Run: ``python examples/ombudsman_audit.py``
"""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pengaduan.audit import ColumnMapping, audit_path, render_html, render_table
from pengaduan.calendar import WorkingCalendar

WITA = ZoneInfo("Asia/Makassar")
UNITS = {  # unit id -> (share verified late, share followed up late)
    "dinkes": (0.1, 0.15),
    "puskesmas-oebobo": (0.1, 0.45),
    "puskesmas-sikumana": (0.1, 0.05),
    "dinas-pupr": (0.2, 0.7),
    "dukcapil": (0.05, 0.1),
}
HEADER = ["No. Tiket", "Unit", "Jenis", "Tanggal Masuk", "Tanggal Verifikasi",
          "Tanggal Tindak Lanjut", "Tanggal Selesai"]  # fmt: skip
FORMAT = "%d/%m/%Y %H:%M"


def write_export(path: Path, rows: int = 240, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime(2025, 1, 6, 8)  # noqa: DTZ001 - spreadsheet times have no offset
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(HEADER)
        for n in range(rows):
            unit = rng.choice(list(UNITS))
            late_verify, late_follow = UNITS[unit]
            received = start + timedelta(days=rng.randrange(300), hours=rng.randrange(9))
            verified = received + timedelta(days=rng.choice([1, 2]) if rng.random() > late_verify
                                             else rng.randrange(6, 12), hours=2)  # fmt: skip
            followed = verified + timedelta(days=rng.choice([2, 3, 4]) if rng.random() > late_follow
                                            else rng.randrange(9, 20))  # fmt: skip
            closed = followed + timedelta(days=rng.randrange(1, 15))
            milestones = [received, verified, followed, closed]
            cut = rng.choices([1, 2, 3, 4], [1, 2, 3, 6])[0]  # how far it has got
            cells = [m.strftime(FORMAT) for m in milestones[:cut]] + [""] * (4 - cut)
            kind = rng.choices(["pengaduan", "aspirasi", "permintaan_informasi"], [8, 2, 1])[0]
            writer.writerow([f"KPG-25-{n:04d}", unit if cut > 1 else "", kind, *cells])


def main() -> None:
    export = Path("ekspor-pengaduan-2025.csv")
    write_export(export)
    mapping = ColumnMapping.from_dict(
        {
            "tracking_id": "No. Tiket",
            "unit": "Unit",
            "classification": "Jenis",
            "received_at": "Tanggal Masuk",
            "verified_at": "Tanggal Verifikasi",
            "followed_up_at": "Tanggal Tindak Lanjut",
            "closed_at": "Tanggal Selesai",
            "date_format": FORMAT,
        }
    )
    report = audit_path(
        export,
        calendar=WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026)),
        now=datetime(2025, 12, 31, 16, tzinfo=WITA),
        mapping=mapping,
        timezone="Asia/Makassar",
    )
    html = Path("laporan-audit-2025.html")
    html.write_text(render_html(report), encoding="utf-8")
    print(render_table(report))
    print(f"Laporan HTML: {html.resolve()}")


if __name__ == "__main__":
    main()
