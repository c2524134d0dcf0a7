"""Building the shipped SLA profiles from their TOML files, beside the other ways to build them.

The profiles are TOML files read on first use and cached. One run prints, for the SP4N-LAPOR!
profile validated against the default workflow (median per call):

* ``SlaPolicy.lapor(workflow)`` as an app calls it (the file already read);
* its first call (the caches cleared: read, parse, validate);
* the same rules written as ``ClockRule`` constructor calls and passed to ``SlaPolicy.of`` (how
  the profiles were built before they became data, and how an app builds rules in code);
* the same file loaded with ``SlaPolicy.from_toml(path, workflow=...)`` (how an app loads a
  policy file of its own: read and parsed on every call);

and the ratios of each to the Python constructors.

Run: ``.venv/bin/python benchmarks/bench_sla_profiles.py`` (or ``make bench``).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from pengaduan.calendar import TimeUnit
from pengaduan.model import Role
from pengaduan.sla import (
    ClockRule,
    Confidence,
    LegalBasis,
    SlaPolicy,
    in_category,
    leaves_category,
    on_action,
)
from pengaduan.sla import _profiles as profiles
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable

CALLS = 2_000
REPEATS = 7


def python_rules() -> tuple[ClockRule, ...]:
    """The LAPOR! clocks as constructor calls (what ``_profiles.py`` held before)."""
    basis = LegalBasis(
        citation="SP4N-LAPOR!, alur penanganan pengaduan (lapor.go.id); peluncuran SP4N-LAPOR! "
        "Kota Kupang 2019",
        confidence=Confidence.OFFICIAL,
        url="https://www.lapor.go.id",
    )
    return (
        ClockRule(
            name="verifikasi",
            label_id="Verifikasi dan disposisi oleh admin",
            label_en="Verification and disposition by the admin",
            amount=3,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action("terima"),
            stop=on_action("verifikasi", "alihkan", "arsipkan"),
            pause=in_category("paused"),
            resume=leaves_category("paused"),
            warn_before=1,
            responsible=Role.ADMIN,
            escalate_to="atasan",
            basis=basis,
        ),
        ClockRule(
            name="tindak_lanjut",
            label_id="Tindak lanjut oleh unit",
            label_en="Follow-up by the unit",
            amount=5,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action("verifikasi"),
            stop=on_action("tindak_lanjut"),
            reset=on_action("buka_kembali", "disposisi_ulang"),
            warn_before=1,
            responsible=Role.UNIT,
            escalate_to="atasan",
            basis=basis,
        ),
        ClockRule(
            name="tutup_otomatis",
            label_id="Penutupan otomatis tanpa tanggapan",
            label_en="Auto-close without a reply",
            amount=10,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action("tindak_lanjut"),
            reset=on_action("tindak_lanjut"),
            stop=on_action("tutup", "tutup_otomatis"),
            cancel=on_action("tanggapi", "buka_kembali"),
            auto_action="tutup_otomatis",
            responsible=Role.SISTEM,
            basis=basis,
        ),
    )


def per_call(build: Callable[[], object], calls: int = CALLS) -> float:
    """Median seconds per call over ``REPEATS`` runs of ``calls`` calls."""
    runs = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        for _ in range(calls):
            build()
        runs.append((time.perf_counter() - started) / calls)
    return statistics.median(runs)


def first_call(workflow: Workflow) -> SlaPolicy:
    profiles.shipped_document.cache_clear()
    profiles._unparameterised.cache_clear()
    return SlaPolicy.lapor(workflow)


def main() -> None:
    workflow = Workflow.default()
    text = (resources.files("pengaduan.sla") / "data" / "lapor-v3.toml").read_text("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lapor-v3.toml"
        path.write_text(text, encoding="utf-8")
        wanted = SlaPolicy.lapor(workflow)
        assert SlaPolicy.of("lapor-v3", python_rules(), workflow=workflow).rules == wanted.rules
        assert SlaPolicy.from_toml(path, workflow=workflow) == wanted
        peer = per_call(lambda: SlaPolicy.of("lapor-v3", python_rules(), workflow=workflow))
        rows = [
            ("SlaPolicy.lapor(workflow)", per_call(lambda: SlaPolicy.lapor(workflow))),
            ("first call (read, parse, validate)", per_call(lambda: first_call(workflow), 500)),
            ("ClockRule(...) + SlaPolicy.of", peer),
            (
                "SlaPolicy.from_toml(path)",
                per_call(lambda: SlaPolicy.from_toml(path, workflow=workflow)),
            ),
        ]
    print("SP4N-LAPOR! profile, validated against the default workflow (median per call):")
    for label, seconds in rows:
        print(f"  {label:<38} {seconds * 1e6:8.1f} us   {seconds / peer:5.2f}x constructors")


if __name__ == "__main__":
    main()
