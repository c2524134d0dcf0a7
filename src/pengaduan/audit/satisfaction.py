"""The reporters' satisfaction in an audit report: per unit, as text, Markdown or HTML.

After the closing notice, the reporter may answer ``nilai_kepuasan`` with a score from 1 to 5
([`pengaduan.messages.satisfaction`][pengaduan.messages.satisfaction]). The audit counts the answers
per unit like the
complaints ([`SatisfactionSummary`][pengaduan.audit.SatisfactionSummary]): how many answered, the
mean score and
the share satisfied (4 or 5). `render_table()` and `render_html()` add this section when
at least one complaint has an answer; [`render_satisfaction()`][pengaduan.audit.render_satisfaction]
gives it on its own.

Example:
    >>> from datetime import UTC, datetime
    >>> from pengaduan import Workflow
    >>> from pengaduan.audit import Audit
    >>> from pengaduan.calendar import WorkingCalendar
    >>> from pengaduan.sla import SlaPolicy
    >>> wf = Workflow.default()
    >>> cal = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025)
    >>> audit = Audit(workflow=wf, policy=SlaPolicy.lapor(wf), calendar=cal,
    ...               now=datetime(2025, 4, 1, tzinfo=UTC))
    >>> print(render_satisfaction(audit.report(), fmt="markdown"), end="")
    | Unit | Menjawab | Rata-rata | Puas (4-5) |
    |---|---:|---:|---:|
    | (semua) | 0 | - | - |
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from pengaduan._i18n import N_, format_decimal, format_number, format_percent, using
from pengaduan._i18n import gettext as _
from pengaduan.audit._cells import aligned, terminal_safe
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from pengaduan.audit.aggregate import AuditReport, UnitSummary

__all__ = ["render_satisfaction"]

_FORMATS = ("text", "markdown", "html")


def checked_report(report: object) -> AuditReport:
    """``report`` when it is an [`AuditReport`][pengaduan.audit.AuditReport], else an
    ArgumentError."""
    from pengaduan.audit.aggregate import AuditReport  # noqa: PLC0415 - loaded with any report

    if not isinstance(report, AuditReport):
        raise ArgumentError(
            argument="report", rule="must be an AuditReport", given=type_name(report)
        )
    return report


def _rows(report: AuditReport) -> list[list[str]]:
    def name(summary: UnitSummary) -> str:
        if summary.overall:
            return _("(all)")
        return summary.unit if summary.unit is not None else _("(not disposed)")

    rows = [[_("Unit"), _("Answered"), _("Mean"), _("Satisfied (4-5)")]]
    for summary in (*report.units, report.overall):
        found = summary.satisfaction
        if not summary.overall and not found.answered:
            continue
        mean = "-" if found.mean is None else format_decimal(found.mean, digits=2, fixed=True)
        share = "-" if found.share_satisfied is None else format_percent(found.share_satisfied)
        rows.append([name(summary), format_number(found.answered), mean, share])
    return rows


def render_satisfaction(
    report: AuditReport, *, fmt: str = "text", language: str | None = None
) -> str:
    """The satisfaction section: one row per unit with answers, then all units.

    Args:
        report: an audit report.
        fmt: ``"text"`` (aligned columns), ``"markdown"`` (a table) or ``"html"`` (a table).
        language: ``"id"`` or ``"en"``; ``None`` (the default) for the current language.

    Raises:
        ArgumentError: not a report, unknown format or language.
    """
    checked_report(report)
    if type(fmt) is not str or fmt not in _FORMATS:
        raise ArgumentError(
            argument="fmt", rule=N_("must be text, markdown or html"), given=type_name(fmt)
        )
    with using(language):
        return _render(report, fmt)


def _render(report: AuditReport, fmt: str) -> str:
    rows = _rows(report)
    if fmt == "markdown":
        lines = ["| " + " | ".join(rows[0]) + " |", "|---|---:|---:|---:|"]
        lines += [
            "| " + " | ".join(c.replace("|", "\\|") for c in map(terminal_safe, row)) + " |"
            for row in rows[1:]
        ]
        return "\n".join(lines) + "\n"
    if fmt == "html":
        head = "".join(f"<th>{escape(cell)}</th>" for cell in rows[0])
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in rows[1:]
        )
        title = escape(_("Reporter satisfaction"))
        return (
            f'<h2>{title}</h2><table class="sortable satisfaction">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )
    lines, _widths = aligned(rows)
    return "\n".join([_("Reporter satisfaction"), *lines]) + "\n"
