"""``pengaduan demo``: a simulated month of Kota Kupang complaints, and its files and reports."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pengaduan._i18n import format_number
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _bounded_number, _FileError, _reason, _table, _UsageError
from pengaduan.cli._exit import EXIT_OK
from pengaduan.cli._progress import Progress

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Complaint
    from pengaduan.sla import SlaPolicy

__all__ = ["add_demo"]


def add_demo(commands: Any) -> None:
    """Add the ``demo`` command to the ``pengaduan`` parser's subcommands."""
    demo = commands.add_parser(
        "demo",
        help=_("simulate a month of Kota Kupang complaints and write the results"),
        description=_("simulate a month of Kota Kupang complaints and write the results"),
        epilog=_("example:\n  pengaduan demo --output hasil-demo --seed 7"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument("--output", type=Path, default=Path("pengaduan-demo"), help=_("directory"))
    demo.add_argument(
        "--seed", type=int, default=1708, help=_("random seed (same seed, same month)")
    )
    demo.add_argument("--per-day", type=float, default=10.0, help=_("messages per working day"))
    demo.set_defaults(run=_demo)


def _demo(args: argparse.Namespace, out: IO[str]) -> int:
    from collections import Counter  # noqa: PLC0415

    from pengaduan.audit import Audit, render_html, render_json, render_table  # noqa: PLC0415
    from pengaduan.calendar.humanize import format_instant  # noqa: PLC0415
    from pengaduan.demo import simulate_month  # noqa: PLC0415
    from pengaduan.routing.directory import UnitDirectory  # noqa: PLC0415
    from pengaduan.serialization import dump_lines  # noqa: PLC0415
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    _bounded_number(args.per_day, "--per-day", 0.1, 200, args.lang)
    if not -(2**63) <= args.seed < 2**63:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--seed", low=format_number(-(2**63)), high=format_number(2**63 - 1)
            )
        )
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _FileError(
            _("cannot write the output ({reason})").format(reason=_reason(error))
        ) from None
    with Progress(_("Simulating days")) as progress:
        sim = simulate_month(seed=args.seed, per_day=args.per_day, progress=progress)

    histories = args.output / "pengaduan.jsonl"
    with histories.open("w", encoding="utf-8") as stream:
        dump_lines(sim.complaints, stream)
    public = args.output / "publik.jsonl"
    published = _publish(sim.complaints, public, now=sim.now)
    database = args.output / "pengaduan.db"
    stored = _store(histories, database, policy=sim.policy, calendar=sim.calendar, now=sim.now)
    audit = Audit(
        workflow=Workflow.default(), policy=sim.policy, calendar=sim.calendar, now=sim.now
    )
    audit.add_all(sim.complaints)
    report = audit.report()
    html = args.output / "laporan-audit.html"
    kupang = UnitDirectory.kota_kupang()
    html.write_text(render_html(report, language=args.lang, directory=kupang), encoding="utf-8")
    data = args.output / "laporan-audit.json"
    data.write_text(render_json(report), encoding="utf-8")

    title = _("Kota Kupang complaint simulation — as of {moment}")
    out.write(title.format(moment=format_instant(sim.now, sim.calendar)) + "\n\n")
    _table(
        out,
        [
            (_("Summary"), ""),
            (_("Complaints received"), format_number(len(sim.complaints))),
            (
                _("SMS rejected (answered with the help text)"),
                format_number(sum(sim.rejected.values())),
            ),
            (_("Auto-closed"), format_number(sim.auto_closed)),
            (_("Escalated to the superior"), format_number(sim.escalations)),
            (_("Public views (no identity, no personal data)"), format_number(published)),
            *(
                [
                    (_("Stored in the SQLite repository"), format_number(stored[0])),
                    (_("Overdue in the work queue"), format_number(stored[1])),
                ]
                if stored is not None
                else [(_("SQLite repository"), _("skipped: pip install 'pengaduan[sql]'"))]
            ),
        ],
    )
    for title, counts in (
        (_("By channel"), sim.channels),
        (_("By routed unit"), sim.routed),
        (_("By status"), Counter(c.status for c in sim.complaints)),
    ):
        out.write("\n")
        _table(out, [(title, ""), *sorted((k, format_number(v)) for k, v in counts.items())])
    out.write("\n")
    out.write(render_table(report, language=args.lang, directory=kupang))
    out.write("\n" + _("Files written:") + "\n")
    for path in (histories, public, html, data, *([database] if stored is not None else [])):
        out.write(f"  {path}\n")
    return EXIT_OK


def _store(
    histories: Path, database: Path, *, policy: SlaPolicy, calendar: WorkingCalendar, now: datetime
) -> tuple[int, int] | None:
    """Import the month into a repository on SQLite: (stored, overdue), or ``None`` without
    SQLAlchemy (the ``sql`` extra); a rerun starts from a fresh database file."""
    from pengaduan.errors import OptionalDependencyError  # noqa: PLC0415

    try:
        from pengaduan.store import Query, Repository  # noqa: PLC0415 - the sql extra, only here
    except OptionalDependencyError:
        return None
    for leftover in (database, *database.parent.glob(database.name + "-*")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as error:
            raise _FileError(
                _("cannot write the output ({reason})").format(reason=_reason(error))
            ) from None
    with (
        Repository(f"sqlite:///{database}", policy=policy, calendar=calendar) as repo,
        histories.open("rb") as source,
    ):
        report = repo.import_lines(source)
        overdue = sum(repo.counts(Query(overdue=True, now=now)).values())
    return report.added, overdue


def _publish(complaints: Sequence[Complaint], path: Path, *, now: datetime) -> int:
    """Write the public view of every publishable complaint; returns how many."""
    from pengaduan.errors import PrivacyError  # noqa: PLC0415
    from pengaduan.model import Actor  # noqa: PLC0415
    from pengaduan.privacy import Viewer  # noqa: PLC0415

    viewer = Viewer()
    portal = Actor.system("portal-publik")
    published = 0
    with path.open("w", encoding="utf-8") as stream:
        for complaint in complaints:
            try:
                page, _ = viewer.view(complaint, "public", viewer=portal, at=now)
            except PrivacyError:
                continue  # rahasia (or unset): never published
            stream.write(json.dumps(page.to_dict(), ensure_ascii=False) + "\n")
            published += 1
    return published
