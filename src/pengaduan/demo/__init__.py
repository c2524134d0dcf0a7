"""A month of complaints to Kota Kupang, simulated end to end: the ``pengaduan demo`` job.

Messages arrive by SMS 1708 (``KOTKUPANG <keluhan>``), WhatsApp, the web form, the counter and
the suggestion box. Each goes through intake (malformed SMS get the Indonesian help reply), is
routed by the default taxonomy, received into the LAPOR! workflow, verified, deferred, forwarded
or archived by the admin, followed up by the unit after a realistic delay, replied to or reopened
by some reporters, and auto-closed or escalated by the daily due-actions job. SLA clocks run on
Kupang's working calendar (WITA, national holidays and cuti bersama).

Everything is seeded: the same seed gives the same month. The sample texts and identities are
bundled data (``pengaduan/demo/data/demo_kupang.toml``) and entirely made up.
"""

from __future__ import annotations

from pengaduan.demo._scenario import (
    Simulation,
    simulate_month,
)

__all__ = [
    "Simulation",
    "simulate_month",
]
