"""Builders for audit tests: small exports written to a temp dir."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from tests.helpers import WF
from tests.sla_helpers import KUPANG, LAPOR, wita

from pengaduan.audit import Audit
from pengaduan.serialization import to_json
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    from pathlib import Path

    from pengaduan.model import Complaint

NOW = wita(2025, 4, 30)
HEADER = "id,unit,classification,received_at,verified_at,followed_up_at,closed_at\n"


def new_audit(**options: object) -> Audit:
    return Audit(workflow=WF, policy=LAPOR, calendar=KUPANG, now=NOW, **options)  # type: ignore[arg-type]


def sample() -> list[Complaint]:
    """Five complaints over two units and one not disposed yet."""
    return [
        # dinkes: verified on time, followed up on time, closed.
        build_complaint(
            wita(2025, 3, 3),
            ("verifikasi", wita(2025, 3, 4)),
            ("tindak_lanjut", wita(2025, 3, 6)),
            ("tutup", wita(2025, 3, 7)),
            tracking_id="A-1",
            units=["dinkes"],
        ),
        # dinkes: verified late (3 WD late), follow-up still open and overdue at NOW.
        build_complaint(
            wita(2025, 3, 3),
            ("verifikasi", wita(2025, 3, 11, 9)),
            tracking_id="A-2",
            units=["dinkes"],
        ),
        # rsud and dinkes: on time.
        build_complaint(
            wita(2025, 4, 1),
            ("verifikasi", wita(2025, 4, 2)),
            ("tindak_lanjut", wita(2025, 4, 8)),
            tracking_id="A-3",
            units=["rsud", "dinkes"],
            classification="aspirasi",
        ),
        # not disposed, still open past the verification deadline.
        build_complaint(wita(2025, 4, 21), tracking_id="A-4"),
        # archived on time.
        build_complaint(wita(2025, 4, 22), ("arsipkan", wita(2025, 4, 23)), tracking_id="A-5"),
    ]


def write_jsonl(path: Path, complaints: list[Complaint], *, extra: str = "") -> Path:
    path.write_text("".join(to_json(c) + "\n" for c in complaints) + extra, encoding="utf-8")
    return path


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]
