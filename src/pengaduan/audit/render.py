"""An audit report as a terminal table, JSON, CSV, or a self-contained HTML page with charts.

The table and the page are for people (a head of office first): they open with a paragraph
that says every headline figure in words, name units by their names in the unit directory
(``Dinas Pekerjaan Umum dan Penataan Ruang``, not ``pupr``), statuses and clocks by their
labels (``Dibuka kembali``, ``Tindak lanjut``), say the unit of every figure (working days),
write numbers, percentages and dates for the reader's language (``86,5 %``, ``27 Mei 2025``)
and explain why the per-unit rows add up to more than the complaints (a complaint disposed to
two units is counted in both). Indonesian by default, English on request
([`pengaduan.language`][pengaduan.language]). JSON and CSV are for machines: ids and plain numbers.

The HTML page needs no network to view: styles are inline, charts are inline SVG drawn here, the
one small script (sortable tables) is inline, and a Content-Security-Policy forbids loading
anything else. Every text that comes from data (unit ids and names, clock labels) is
HTML-escaped. Its table fits a 1280-pixel-wide screen. Reports hold figures, ids and names of
units only, never complaint text or personal data.
"""

from __future__ import annotations

import io
import json
import textwrap
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from pengaduan._core.text import exact
from pengaduan._core.time import zone_abbreviation
from pengaduan._i18n import (
    N_,
    Phrase,
    format_date,
    format_month,
    format_number,
    format_percent,
    format_time,
    ngettext,
    resolve,
    using,
)
from pengaduan._i18n import gettext as _
from pengaduan.audit._cells import aligned, csv_line, terminal_safe
from pengaduan.audit.satisfaction import checked_report, render_satisfaction
from pengaduan.errors import ArgumentError, translated, type_name
from pengaduan.sla import confidence_label

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.audit.aggregate import AuditReport, ClockSummary, UnitSummary
    from pengaduan.audit.zones import Zone
    from pengaduan.routing.directory import UnitDirectory
    from pengaduan.workflow import Workflow

__all__ = ["render_csv", "render_html", "render_json", "render_table"]

_MAX_INDENT = 64
_ZONE_COLOURS = {"hijau": "#2e7d32", "kuning": "#f9a825", "merah": "#c62828"}


class _Words:
    """What a report needs to name things: the unit directory and the workflow's labels."""

    def __init__(
        self, report: AuditReport, directory: UnitDirectory | None, workflow: Workflow | None
    ) -> None:
        self.report = report
        self.directory = _checked_directory(directory)
        self.workflow = _checked_workflow(workflow, report)

    def unit(self, summary: UnitSummary, *, short: bool = True) -> str:
        """A unit's name (its short name in tables), or the row's description."""
        if summary.overall:
            return _("(all units)")
        if summary.unit is None:
            return _("(not disposed yet)")
        return self.unit_name(summary.unit, short=short)

    def unit_name(self, unit_id: str, *, short: bool = True) -> str:
        directory = self.directory
        if directory is None or unit_id not in directory:
            return terminal_safe(unit_id)
        found = directory.get(unit_id)
        return terminal_safe((found.short_name or found.name) if short else found.name)

    def status(self, status: str) -> str:
        """A status's label from the workflow, else its id in words (``dibuka kembali``)."""
        workflow = self.workflow
        if workflow is not None:
            try:
                return workflow.label(status)
            except LookupError:
                pass
        return terminal_safe(status.replace("_", " "))


def _checked_directory(directory: object) -> UnitDirectory | None:
    from pengaduan.routing.directory import UnitDirectory  # noqa: PLC0415 - loads on use

    if directory is None or isinstance(directory, UnitDirectory):
        return directory
    raise ArgumentError(
        argument="directory", rule="must be a UnitDirectory or None", given=type_name(directory)
    )


def _checked_workflow(workflow: object, report: AuditReport) -> Workflow | None:
    from pengaduan.workflow import Workflow  # noqa: PLC0415 - cached after the first call

    if workflow is None:
        default = Workflow.default()
        return default if default.definition.name == report.workflow else None
    if isinstance(workflow, Workflow):
        return workflow
    raise ArgumentError(
        argument="workflow", rule="must be a Workflow or None", given=type_name(workflow)
    )


def _language(language: object) -> str | None:
    """``None`` (the current language) or a supported code; anything else an ArgumentError."""
    return None if language is None else resolve(language)


def _unit_word(clock: ClockSummary, amount: int) -> str:
    """``hari kerja`` / ``working days``: the unit a clock counts in."""
    if clock.unit.value == "working_days":
        return ngettext("working day", "working days", amount)
    if clock.unit.value == "working_hours":
        return ngettext("working hour", "working hours", amount)
    return ngettext("day", "days", amount)


def _pct(value: float | None) -> str:
    return "-" if value is None else format_percent(value)


def _zone(zone: Zone | None) -> str:
    return "-" if zone is None else zone.label()


def _moment(report: AuditReport) -> str:
    now = report.now
    return _("{date}, {time} {zone}").format(
        date=format_date(now.date()), time=format_time(now), zone=zone_abbreviation(now)
    )


def _month(key: str, *, short: bool = False) -> str:
    """``"2025-05"`` as ``Mei 2025`` (or ``Mei '25``: the apostrophe says the number is a year,
    never a day); a key of another shape as it is."""
    try:
        day = date(int(key[:4]), int(key[5:7]), 1)
    except ValueError:
        return key
    if short:
        from babel.dates import format_date as babel_date  # noqa: PLC0415 - lazy

        from pengaduan._i18n import babel_locale  # noqa: PLC0415

        return str(babel_date(day, format="LLL ''yy", locale=babel_locale()))
    return format_month(day)


def _clock_title(clock: ClockSummary) -> str:
    """``Tindak lanjut (≤ 5 hari kerja)``."""
    return _("{clock} (≤ {amount} {unit})").format(
        clock=clock.label(_current()),
        amount=format_number(clock.amount),
        unit=_unit_word(clock, clock.amount),
    )


def _current() -> str:
    from pengaduan._i18n import current  # noqa: PLC0415 - a plain function

    return current()


def _columns(report: AuditReport, *, short: bool = False) -> list[str]:
    """The table's header; ``short`` names clocks by number (``[1]``), listed above it."""
    header = [_("Unit"), _("Complaints"), _("Open")]
    for number, clock in enumerate(report.overall.clocks, start=1):
        name = f"[{number}]" if short else _clock_title(clock)
        header.append(_("{clock}: on time").format(clock=name))
        header.append(
            _("{clock}: median / P90 ({unit})").format(
                clock=f"[{number}]" if short else clock.label(_current()),
                unit=_unit_word(clock, 2),
            )
        )
    header += [
        _("Overdue (open)"),
        _("Deadline breaches"),
        _("SOP violations"),
        _("Score"),
        _("Zone"),
    ]
    return header


def _cells(summary: UnitSummary, words: _Words) -> list[str]:
    row = [words.unit(summary), format_number(summary.complaints), format_number(summary.open)]
    for clock in summary.clocks:
        row.append(
            _("{share} ({on_time} of {judged})").format(
                share=_pct(clock.share_on_time),
                on_time=format_number(clock.on_time),
                judged=format_number(clock.judged),
            )
        )
        median = "-" if clock.median is None else format_number(clock.median)
        p90 = "-" if clock.p90 is None else format_number(clock.p90)
        row.append(f"{median} / {p90}")
    row += [
        format_number(summary.overdue_open),
        format_number(summary.breaches),
        format_number(summary.sop_violations),
        _pct(summary.score),
        _zone(summary.zone),
    ]
    return row


def _rows(report: AuditReport, words: _Words, *, short: bool = False) -> list[list[str]]:
    rows = [_columns(report, short=short)]
    rows += [_cells(unit, words) for unit in report.units]
    rows.append(_cells(report.overall, words))
    return rows


def _several_units_note(report: AuditReport) -> str | None:
    """Why the unit rows add up to more than the complaints, when they do."""
    several = [(units, count) for units, count in report.overall.by_unit_count if units > 1]
    if not several:
        return None
    counted = sum(s.complaints for s in report.units)
    parts = [
        ngettext(
            "{n} complaint was disposed to {units}",
            "{n} complaints were disposed to {units}",
            count,
        ).format(n=format_number(count), units=_how_many_units(units))
        for units, count in several
    ]
    return _(
        "{parts}, so the unit rows add up to {counted} for {complaints} complaints "
        "(a complaint is counted in every unit it was disposed to)."
    ).format(
        parts=_joined(parts),
        counted=format_number(counted),
        complaints=format_number(report.overall.complaints),
    )


def _how_many_units(units: int) -> str:
    if units == 2:
        return _("two units")
    if units == 3:
        return _("three units")
    return _("{n} units").format(n=format_number(units))


def _joined(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return _("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def _summary(report: AuditReport, words: _Words) -> list[str]:
    """Every headline figure in sentences, for a head of office."""
    overall = report.overall
    sentences = [
        ngettext(
            "As of {date}, {n} complaint has been recorded; {open} of them are still open.",
            "As of {date}, {n} complaints have been recorded; {open} of them are still open.",
            overall.complaints,
        ).format(
            date=_moment(report),
            n=format_number(overall.complaints),
            open=format_number(overall.open),
        )
    ]
    if overall.score is not None:
        sentences.append(
            _(
                "Overall, {score} of the deadlines were met on time ({on_time} of {judged}): "
                "zone {zone}."
            ).format(
                score=format_percent(overall.score),
                on_time=format_number(overall.on_time),
                judged=format_number(overall.judged),
                zone=_zone(overall.zone),
            )
        )
    sentences.extend(_clock_sentence(clock) for clock in overall.clocks)
    facts = [
        ngettext(
            "{n} deadline is past and still open",
            "{n} deadlines are past and still open",
            overall.overdue_open,
        ).format(n=format_number(overall.overdue_open)),
        ngettext(
            "{n} deadline was breached in all",
            "{n} deadlines were breached in all",
            overall.breaches,
        ).format(n=format_number(overall.breaches)),
        ngettext(
            "{n} step broke the SOP", "{n} steps broke the SOP", overall.sop_violations
        ).format(n=format_number(overall.sop_violations)),
        ngettext(
            "{n} history does not verify",
            "{n} histories do not verify",
            overall.integrity_failures,
        ).format(n=format_number(overall.integrity_failures)),
    ]
    sentences.append(_("{facts}.").format(facts=_joined(facts)))
    scored = [u for u in report.units if u.score is not None and u.unit is not None]
    if len(scored) > 1:
        worst = min(scored, key=lambda u: (u.score, u.unit))
        best = max(scored, key=lambda u: (u.score, u.unit))
        sentences.append(
            _(
                "Lowest score: {worst} ({worst_score}, zone {worst_zone}); highest: {best} "
                "({best_score}, zone {best_zone})."
            ).format(
                worst=words.unit(worst, short=False),
                worst_score=_pct(worst.score),
                worst_zone=_zone(worst.zone),
                best=words.unit(best, short=False),
                best_score=_pct(best.score),
                best_zone=_zone(best.zone),
            )
        )
    note = _several_units_note(report)
    if note:
        sentences.append(note)
    if report.skipped:
        sentences.append(
            ngettext(
                "{n} input line was skipped (see the data problems).",
                "{n} input lines were skipped (see the data problems).",
                report.skipped,
            ).format(n=format_number(report.skipped))
        )
    return sentences


def _clock_sentence(clock: ClockSummary) -> str:
    if clock.share_on_time is None:
        return _("{clock}: nothing to judge yet.").format(clock=_clock_title(clock))
    text = _("{clock}: {share} on time ({on_time} of {judged}).").format(
        clock=_clock_title(clock),
        share=format_percent(clock.share_on_time),
        on_time=format_number(clock.on_time),
        judged=format_number(clock.judged),
    )
    if clock.median is not None and clock.p90 is not None:
        text += " " + _(
            "Half were done within {median} {median_unit}, nine in ten within {p90} {p90_unit}."
        ).format(
            median=format_number(clock.median),
            median_unit=_unit_word(clock, clock.median),
            p90=format_number(clock.p90),
            p90_unit=_unit_word(clock, clock.p90),
        )
    return text


def _notes(report: AuditReport, words: _Words) -> Iterator[str]:
    thresholds = report.thresholds
    yield _(
        "Zone thresholds: green from {green}, yellow from {yellow}, red below ({source})."
    ).format(
        green=_threshold(thresholds.green),
        yellow=_threshold(thresholds.yellow),
        source=translated(thresholds.source),
    )
    for clock in report.overall.clocks:
        yield _("Basis of {clock}: {citation} ({confidence}).").format(
            clock=clock.label(_current()),
            citation=clock.citation,
            confidence=confidence_label(clock.confidence),
        )
    yield _(
        "Median and P90: half and nine in ten of the deadlines met were met within that many "
        "units of the clock (working days unless the column says otherwise)."
    )
    names = [
        (s.unit, words.unit_name(s.unit, short=False))
        for s in report.units
        if s.unit is not None and words.unit_name(s.unit) != words.unit_name(s.unit, short=False)
    ]
    if names:
        yield _("Units: {names}.").format(
            names="; ".join(f"{words.unit_name(u)} = {name}" for u, name in names)
        )


def _threshold(value: float) -> str:
    return format_percent(value, digits=0 if float(value).is_integer() else 1)


def _wrapped(text: str) -> str:
    """A paragraph wrapped at 100 columns, each line safe for a terminal."""
    return "\n".join(terminal_safe(line) for line in textwrap.wrap(text, width=100))


def render_table(
    report: AuditReport,
    *,
    language: str | None = None,
    directory: UnitDirectory | None = None,
    workflow: Workflow | None = None,
) -> str:
    """A plain-text report: a summary paragraph, one row per unit and one for all, notes.

    Args:
        report: the audit's report.
        language: ``"id"`` or ``"en"``; ``None`` (the default) for the current language.
        directory: the unit directory, to name units (``None``: units are shown by id).
        workflow: the workflow, for status labels (``None``: the default workflow when the
            report was made with it).

    Raises:
        ArgumentError: unknown language.
        ArgumentError: ``report``, ``directory`` or ``workflow`` of the wrong type.
    """
    checked_report(report)
    with using(_language(language)):
        return _render_table(report, _Words(report, directory, workflow))


def _render_table(report: AuditReport, words: _Words) -> str:
    lines, widths = aligned(_rows(report, words, short=True))
    rule = "  ".join("-" * w for w in widths) + "\n"
    out = io.StringIO()
    out.write(_("Complaint SOP compliance audit") + "\n\n")
    out.write(_wrapped(" ".join(_summary(report, words))) + "\n\n")
    for number, clock in enumerate(report.overall.clocks, start=1):
        out.write(_wrapped(f"[{number}] {_clock_title(clock)}") + "\n")
    out.write("\n")
    for number, line in enumerate(lines):
        if number == len(lines) - 1:
            out.write(rule)
        out.write(line + "\n")
        if number == 0:
            out.write(rule)
    out.write("\n")
    for note in _notes(report, words):
        out.write(_wrapped(note) + "\n")
    if report.overall.satisfaction.answered:
        out.write("\n" + render_satisfaction(report, fmt="text"))
    if report.problems:
        out.write("\n" + _("Data problems:") + "\n")
        for problem in report.problems[:20]:
            out.write(f"  {terminal_safe(problem.text())}\n")
        if report.skipped > 20:
            out.write(f"  … ({format_number(report.skipped - 20)})\n")
    return out.getvalue()


def render_json(report: AuditReport, *, indent: int | str | None = 2) -> str:
    """The report as JSON (`AuditReport.to_dict()`).

    Args:
        report: the audit's report.
        indent: spaces per level (0 to 64), a str to indent with, or ``None`` for one line.

    Raises:
        ArgumentError: ``report`` or ``indent`` of the wrong type.
    """
    checked_report(report)
    indent = exact(indent)  # an app's str subclass: json never runs its methods
    if (
        indent is not None
        and not isinstance(indent, str)
        and (type(indent) is not int or not 0 <= indent <= _MAX_INDENT)
    ):
        raise ArgumentError(
            argument="indent",
            rule=Phrase(
                N_("must be a whole number from {low} to {high}, a str or None"),
                low=0,
                high=_MAX_INDENT,
            ),
            given=type_name(indent),
        )
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent) + "\n"


def render_csv(report: AuditReport) -> str:
    """One CSV row per unit and one for all (``unit`` empty and ``overall`` true).

    Columns: unit, overall, complaints, open, then per clock ``<clock>_judged``,
    ``<clock>_on_time``, ``<clock>_share``, ``<clock>_median``, ``<clock>_p90``,
    ``<clock>_overdue_open``, then breaches, overdue_open, sop_violations, integrity_failures,
    score, zone, and the reporters' satisfaction: satisfaction_answered, satisfaction_mean,
    satisfaction_share.

    Safe to open in a spreadsheet: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab
    or a carriage return (a unit id from the data, say) is written with a leading ``'`` and
    quoted, so it is never run as a formula; figures are written as numbers.

    Raises:
        ArgumentError: ``report`` is not an audit report.
    """
    checked_report(report)
    header: list[object] = ["unit", "overall", "complaints", "open"]
    for clock in report.overall.clocks:
        name = clock.clock
        header += [
            f"{name}_judged",
            f"{name}_on_time",
            f"{name}_share",
            f"{name}_median",
            f"{name}_p90",
            f"{name}_overdue_open",
        ]
    header += ["breaches", "overdue_open", "sop_violations", "integrity_failures", "score", "zone"]
    header += ["satisfaction_answered", "satisfaction_mean", "satisfaction_share"]
    lines = [csv_line(header)]
    for summary in (*report.units, report.overall):
        row: list[object] = [
            summary.unit or "",
            "true" if summary.overall else "false",
            summary.complaints,
            summary.open,
        ]
        for clock in summary.clocks:
            row += [
                clock.judged,
                clock.on_time,
                "" if clock.share_on_time is None else clock.share_on_time,
                "" if clock.median is None else clock.median,
                "" if clock.p90 is None else clock.p90,
                clock.overdue_open,
            ]
        row += [
            summary.breaches,
            summary.overdue_open,
            summary.sop_violations,
            summary.integrity_failures,
            "" if summary.score is None else summary.score,
            "" if summary.zone is None else summary.zone.value,
        ]
        found = summary.satisfaction
        row += [
            found.answered,
            "" if found.mean is None else found.mean,
            "" if found.share_satisfied is None else found.share_satisfied,
        ]
        lines.append(csv_line(row))
    return "".join(lines)


# -- HTML -------------------------------------------------------------------------------------

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:76rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.summary{font-size:1.05rem;line-height:1.5;max-width:60rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:.5rem;padding:.75rem 1rem;min-width:10rem;max-width:16rem}
.card b{display:block;font-size:1.6rem}
table{border-collapse:collapse;margin-top:.5rem;font-size:.85rem;max-width:100%}
th,td{border-bottom:1px solid #e5e5e5;padding:.3rem .45rem;text-align:right}
th{cursor:pointer;background:#f5f5f5;font-weight:600;vertical-align:bottom;max-width:8.5rem}
td{white-space:nowrap}td:first-child{white-space:normal;max-width:12rem}
td:first-child,th:first-child{text-align:left}
.zone{padding:.1rem .5rem;border-radius:.3rem;color:#fff}
.note{color:#555;font-size:.85rem;max-width:60rem}
"""

_SCRIPT = """
document.querySelectorAll('table.sortable th').forEach(function (th, col) {
  th.addEventListener('click', function () {
    var body = th.closest('table').tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var asc = th.dataset.sorted !== 'asc';
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.value || a.cells[col].textContent;
      var y = b.cells[col].dataset.value || b.cells[col].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      var r = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
      return asc ? r : -r;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    th.dataset.sorted = asc ? 'asc' : 'desc';
  });
});
var table = document.querySelector('table.sortable');
if (table) {
  var right = Math.ceil(table.getBoundingClientRect().right);
  document.documentElement.dataset.tableRight = String(right);
  document.documentElement.dataset.viewport = String(document.documentElement.clientWidth);
}
document.documentElement.dataset.ready = '1';
"""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _bar_chart(title: str, bars: list[tuple[str, float, str, str]], *, maximum: float) -> str:
    """A horizontal bar chart: ``(label, value, value as shown, colour)``."""
    height = 24 * len(bars) + 30
    parts = [
        (
            f'<svg class="chart" role="img" aria-label="{escape(title)}" width="640" '
            f'height="{height}" viewBox="0 0 640 {height}" xmlns="http://www.w3.org/2000/svg">'
        ),
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, value, shown, colour) in enumerate(bars):
        y = 10 + 24 * index
        width = 0 if maximum <= 0 else 400 * value / maximum
        parts.append(
            f'<text x="190" y="{y + 15}" text-anchor="end" font-size="12">{escape(label)}</text>'
            f'<rect x="200" y="{y}" width="{width:.1f}" height="18" fill="{colour}"/>'
            f'<text x="{205 + width:.1f}" y="{y + 14}" font-size="12">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _column_chart(title: str, columns: list[tuple[str, int]]) -> str:
    """A column chart of counts (e.g. breaches per month)."""
    width = max(640, 40 * len(columns) + 60)
    top = max((v for _, v in columns), default=0)
    parts = [
        (
            f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}" '
            f'height="240" viewBox="0 0 {width} 240" xmlns="http://www.w3.org/2000/svg">'
        ),
        f"<title>{escape(title)}</title>",
        f'<line x1="40" y1="200" x2="{width - 10}" y2="200" stroke="#888"/>',
    ]
    for index, (label, value) in enumerate(columns):
        x = 50 + 40 * index
        h = 0 if top == 0 else 170 * value / top
        parts.append(
            f'<rect x="{x}" y="{200 - h:.1f}" width="28" height="{h:.1f}" fill="#c62828"/>'
            f'<text x="{x + 14}" y="{195 - h:.1f}" text-anchor="middle" '
            f'font-size="11">{format_number(value)}</text>'
            f'<text x="{x + 14}" y="215" text-anchor="middle" '
            f'font-size="10">{escape(_month(label, short=True))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _sop_and_policy(report: AuditReport) -> str:
    """The workflow and SLA policy names, once when they are the same (``lapor-v3``)."""
    if report.workflow == report.policy:
        return report.workflow
    return f"SOP {report.workflow} · SLA {report.policy}"


def render_html(
    report: AuditReport,
    *,
    language: str | None = None,
    directory: UnitDirectory | None = None,
    workflow: Workflow | None = None,
) -> str:
    """A self-contained HTML page: a summary paragraph, headline figures, charts, the unit table.

    Args:
        report: the audit's report.
        language: ``"id"`` or ``"en"``; ``None`` (the default) for the current language.
        directory: the unit directory, to name units (``None``: units are shown by id).
        workflow: the workflow, for status labels (``None``: the default workflow when the
            report was made with it).

    Raises:
        ArgumentError: unknown language.
        ArgumentError: ``report``, ``directory`` or ``workflow`` of the wrong type.
    """
    checked_report(report)
    with using(_language(language)) as chosen:
        return _render_html(report, _Words(report, directory, workflow), chosen)


def _render_html(report: AuditReport, words: _Words, lang: str) -> str:
    title = _("Complaint SOP compliance audit")
    overall = report.overall
    cards = [
        (_("Complaints"), format_number(overall.complaints)),
        (_("Open"), format_number(overall.open)),
    ]
    cards += [
        (_("{clock}: on time").format(clock=_clock_title(clock)), _pct(clock.share_on_time))
        for clock in overall.clocks
    ]
    cards += [
        (_("Overdue (open)"), format_number(overall.overdue_open)),
        (_("SOP violations"), format_number(overall.sop_violations)),
        (_("Broken histories"), format_number(overall.integrity_failures)),
        (_("Zone"), _zone(overall.zone)),
    ]
    card_html = "".join(
        f'<div class="card" data-metric="{i}"><span>{escape(label)}</span>'
        f"<b>{escape(value)}</b></div>"
        for i, (label, value) in enumerate(cards)
    )
    share_bars = []
    for summary in (*report.units, overall):
        colour = "#9e9e9e" if summary.zone is None else _ZONE_COLOURS[summary.zone.value]
        score = summary.score if summary.score is not None else 0.0
        share_bars.append((words.unit(summary), score, _pct(summary.score), colour))
    status_bars = [
        (words.status(status), float(count), format_number(count), "#1565c0")
        for status, count in overall.by_status
    ]
    share_title = _("On time per unit (%)")
    months_title = _("Deadline breaches by month")
    status_title = _("Complaints by status")
    charts = [
        f"<h2>{escape(share_title)}</h2>",
        _bar_chart(share_title, share_bars, maximum=100.0),
        f"<h2>{escape(months_title)}</h2>",
        _column_chart(months_title, list(overall.breaches_by_month)),
        f"<h2>{escape(status_title)}</h2>",
        _bar_chart(
            status_title,
            status_bars,
            maximum=max((v for _label, v, _shown, _colour in status_bars), default=0),
        ),
    ]
    rows = _rows(report, words)
    head = "".join(f"<th>{escape(cell)}</th>" for cell in rows[0])
    body = []
    for summary, row in zip((*report.units, overall), rows[1:], strict=True):
        cells = []
        for index, cell in enumerate(row):
            if index == len(row) - 1 and summary.zone is not None:
                colour = _ZONE_COLOURS[summary.zone.value]
                cells.append(
                    f'<td><span class="zone" style="background:{colour}">{escape(cell)}</span></td>'
                )
            elif index == 0:
                name = words.unit(summary, short=False)
                cells.append(f'<td title="{escape(name)}">{escape(cell)}</td>')
            else:
                cells.append(f'<td data-value="{escape(_sort_value(cell))}">{escape(cell)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    months = ""
    if overall.breaches_by_month:
        items = "".join(
            f"<li>{escape(_month(month))}: {escape(format_number(count))}</li>"
            for month, count in overall.breaches_by_month
        )
        months = f'<ul class="note">{items}</ul>'
    problems = ""
    if report.problems:
        items = "".join(f"<li>{escape(p.text())}</li>" for p in report.problems[:200])
        heading = escape(_("Data problems"))
        problems = f"<h2>{heading}</h2><ul>{items}</ul>"
    units_title = escape(_("Units"))
    summary_html = "".join(
        f'<p class="summary">{escape(sentence)}</p>' for sentence in _summary(report, words)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        f'<p class="note">{escape(_moment(report))}'
        f" · {escape(_sop_and_policy(report))} · {escape(report.zone_name)}</p>"
        f'<section class="summary">{summary_html}</section>'
        f'<div class="cards">{card_html}</div>'
        + "".join(charts[:4])
        + months
        + "".join(charts[4:])
        + f'<h2>{units_title}</h2><table class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
        + "".join(f'<p class="note">{escape(note)}</p>' for note in _notes(report, words))
        + (render_satisfaction(report, fmt="html") if report.overall.satisfaction.answered else "")
        + problems
        + f"<script>{_SCRIPT}</script></body></html>\n"
    )


def _sort_value(cell: str) -> str:
    """The number a cell starts with, in the C locale, for the sortable table's script."""
    first = cell.split(" ", maxsplit=1)[0].replace("\u00a0", "")
    digits = "".join(ch for ch in first if ch.isdigit() or ch in ".,-")
    return _c_number(digits)


def _c_number(text: str) -> str:
    from pengaduan._i18n import current  # noqa: PLC0415 - a plain function

    grouping, decimal = (".", ",") if current() == "id" else (",", ".")
    return text.replace(grouping, "").replace(decimal, ".")
