"""An audit report as a terminal table, JSON, CSV, or a self-contained HTML page with charts.

The HTML page needs no network to view: styles are inline, charts are inline SVG drawn here, the
one small script (sortable tables) is inline, and a Content-Security-Policy forbids loading
anything else. Every text that comes from data (unit ids, clock labels) is HTML-escaped. Reports
hold figures and ids only, never complaint text or personal data.
"""

from __future__ import annotations

import io
import json
from html import escape
from typing import TYPE_CHECKING

from pengaduan.audit._cells import csv_line, terminal_safe
from pengaduan.audit.satisfaction import render_satisfaction
from pengaduan.sla import confidence_label

if TYPE_CHECKING:
    from pengaduan.audit.aggregate import AuditReport, ClockSummary, UnitSummary
    from pengaduan.audit.zones import Zone

__all__ = ["render_csv", "render_html", "render_json", "render_table"]

_TEXT = {
    "id": {
        "title": "Audit kepatuhan SOP pengaduan",
        "unit": "Unit",
        "all": "(semua)",
        "none": "(belum didisposisikan)",
        "complaints": "Aduan",
        "open": "Terbuka",
        "within": "{label} ≤{amount} {unit}",
        "median": "Median/P90",
        "overdue": "Lewat batas (terbuka)",
        "breaches": "Pelanggaran batas waktu",
        "sop": "Pelanggaran SOP",
        "integrity": "Riwayat rusak",
        "score": "Skor",
        "zone": "Zona",
        "skipped": "Baris dilewati",
        "days": "HK",
        "hours": "jam kerja",
        "calendar": "hari",
        "now": "Per",
        "by_month": "Pelanggaran batas waktu per bulan",
        "share_chart": "Tepat waktu per unit (%)",
        "status_chart": "Aduan per status",
        "problems": "Masalah data",
        "line": "Baris",
        "thresholds": (
            "Ambang zona: hijau ≥ {green}, kuning ≥ {yellow}, merah di bawahnya ({source})"
        ),
        "basis": "Dasar",
    },
    "en": {
        "title": "Complaint SOP compliance audit",
        "unit": "Unit",
        "all": "(all)",
        "none": "(not disposed)",
        "complaints": "Complaints",
        "open": "Open",
        "within": "{label} ≤{amount} {unit}",
        "median": "Median/P90",
        "overdue": "Overdue (open)",
        "breaches": "Deadline breaches",
        "sop": "SOP violations",
        "integrity": "Broken histories",
        "score": "Score",
        "zone": "Zone",
        "skipped": "Lines skipped",
        "days": "WD",
        "hours": "working hours",
        "calendar": "days",
        "now": "As of",
        "by_month": "Deadline breaches by month",
        "share_chart": "On time per unit (%)",
        "status_chart": "Complaints by status",
        "problems": "Data problems",
        "line": "Line",
        "thresholds": "Zone thresholds: green ≥ {green}, yellow ≥ {yellow}, red below ({source})",
        "basis": "Basis",
    },
}
_ZONE_COLOURS = {"hijau": "#2e7d32", "kuning": "#f9a825", "merah": "#c62828"}


def _text(language: str) -> dict[str, str]:
    if language not in _TEXT:
        msg = f"language must be 'id' or 'en', not {language!r}"
        raise ValueError(msg)
    return _TEXT[language]


def _unit_name(summary: UnitSummary, text: dict[str, str]) -> str:
    if summary.overall:
        return text["all"]
    return terminal_safe(summary.unit) if summary.unit is not None else text["none"]


def _unit_word(clock: ClockSummary, text: dict[str, str]) -> str:
    return {"working_days": text["days"], "working_hours": text["hours"]}.get(
        clock.unit.value, text["calendar"]
    )


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


def _zone(zone: Zone | None, language: str) -> str:
    return "-" if zone is None else zone.label(language)


def _columns(report: AuditReport, text: dict[str, str]) -> list[str]:
    header = [text["unit"], text["complaints"], text["open"]]
    for clock in report.overall.clocks:
        header.append(
            text["within"].format(
                label=clock.clock, amount=clock.amount, unit=_unit_word(clock, text)
            )
        )
        header.append(f"{text['median']} {clock.clock}")
    header += [text["overdue"], text["breaches"], text["sop"], text["score"], text["zone"]]
    return header


def _cells(summary: UnitSummary, text: dict[str, str], language: str) -> list[str]:
    row = [_unit_name(summary, text), str(summary.complaints), str(summary.open)]
    for clock in summary.clocks:
        row.append(f"{_pct(clock.share_on_time)} ({clock.on_time}/{clock.judged})")
        median = "-" if clock.median is None else str(clock.median)
        p90 = "-" if clock.p90 is None else str(clock.p90)
        row.append(f"{median}/{p90}")
    row += [
        str(summary.overdue_open),
        str(summary.breaches),
        str(summary.sop_violations),
        _pct(summary.score),
        _zone(summary.zone, language),
    ]
    return row


def _rows(report: AuditReport, language: str) -> list[list[str]]:
    text = _text(language)
    rows = [_columns(report, text)]
    rows += [_cells(unit, text, language) for unit in report.units]
    rows.append(_cells(report.overall, text, language))
    return rows


def render_table(report: AuditReport, *, language: str = "id") -> str:
    """A plain-text table, one row per unit and one for all units, then totals and problems.

    Raises:
        ValueError: unknown language.
    """
    text = _text(language)
    rows = [[terminal_safe(cell) for cell in row] for row in _rows(report, language)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = io.StringIO()
    out.write(f"{text['title']} — {text['now']} {report.now.isoformat(timespec='minutes')}\n\n")
    for number, row in enumerate(rows):
        if number == len(rows) - 1:
            out.write("  ".join("-" * w for w in widths) + "\n")
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.write("  ".join(cells).rstrip() + "\n")
        if number == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
    overall = report.overall
    out.write(
        f"\n{text['integrity']}: {overall.integrity_failures}   "
        f"{text['skipped']}: {report.skipped}\n"
    )
    thresholds = report.thresholds
    out.write(
        terminal_safe(
            text["thresholds"].format(
                green=thresholds.green, yellow=thresholds.yellow, source=thresholds.source
            )
        )
        + "\n"
    )
    for clock in overall.clocks:
        confidence = confidence_label(clock.confidence, language=language)
        basis = f"{text['basis']} {clock.clock}: {clock.citation} ({confidence})"
        out.write(terminal_safe(basis) + "\n")
    if overall.satisfaction.answered:
        out.write("\n" + render_satisfaction(report, fmt="text", language=language))
    if report.problems:
        out.write(f"\n{text['problems']}:\n")
        for problem in report.problems[:20]:
            out.write(f"  {terminal_safe(problem.message)}\n")
        if report.skipped > 20:
            out.write(f"  … ({report.skipped - 20})\n")
    return out.getvalue()


def render_json(report: AuditReport, *, indent: int | None = 2) -> str:
    """The report as JSON (:meth:`AuditReport.to_dict`)."""
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
    """
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
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:72rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:.5rem;padding:.75rem 1rem;min-width:10rem}
.card b{display:block;font-size:1.6rem}
table{border-collapse:collapse;margin-top:.5rem;font-size:.9rem}
th,td{border-bottom:1px solid #e5e5e5;padding:.3rem .6rem;text-align:right}
th{cursor:pointer;background:#f5f5f5}td:first-child,th:first-child{text-align:left}
.zone{padding:.1rem .5rem;border-radius:.3rem;color:#fff}
.note{color:#555;font-size:.85rem}
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
document.documentElement.dataset.ready = '1';
"""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _bar_chart(title: str, bars: list[tuple[str, float, str]], *, maximum: float) -> str:
    """A horizontal bar chart: ``(label, value, colour)``."""
    height = 24 * len(bars) + 30
    parts = [
        (
            f'<svg class="chart" role="img" aria-label="{escape(title)}" width="640" '
            f'height="{height}" viewBox="0 0 640 {height}" xmlns="http://www.w3.org/2000/svg">'
        ),
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, value, colour) in enumerate(bars):
        y = 10 + 24 * index
        width = 0 if maximum <= 0 else 400 * value / maximum
        parts.append(
            f'<text x="190" y="{y + 15}" text-anchor="end" font-size="12">{escape(label)}</text>'
            f'<rect x="200" y="{y}" width="{width:.1f}" height="18" fill="{colour}"/>'
            f'<text x="{205 + width:.1f}" y="{y + 14}" font-size="12">{value:g}</text>'
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
            f'font-size="11">{value}</text>'
            f'<text x="{x + 14}" y="215" text-anchor="middle" '
            f'font-size="10">{escape(label[2:])}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _sop_and_policy(report: AuditReport) -> str:
    """The workflow and SLA policy names, once when they are the same (``lapor-v3``)."""
    if report.workflow == report.policy:
        return report.workflow
    return f"SOP {report.workflow} · SLA {report.policy}"


def render_html(report: AuditReport, *, language: str = "id") -> str:
    """A self-contained HTML page: headline figures, charts (inline SVG), the unit table.

    Raises:
        ValueError: unknown language.
    """
    text = _text(language)
    overall = report.overall
    cards = [
        (text["complaints"], str(overall.complaints)),
        (text["open"], str(overall.open)),
    ]
    cards += [
        (
            text["within"].format(
                label=clock.label(language), amount=clock.amount, unit=_unit_word(clock, text)
            ),
            _pct(clock.share_on_time),
        )
        for clock in overall.clocks
    ]
    cards += [
        (text["overdue"], str(overall.overdue_open)),
        (text["sop"], str(overall.sop_violations)),
        (text["integrity"], str(overall.integrity_failures)),
        (text["zone"], _zone(overall.zone, language)),
    ]
    card_html = "".join(
        f'<div class="card" data-metric="{i}"><span>{escape(label)}</span>'
        f"<b>{escape(value)}</b></div>"
        for i, (label, value) in enumerate(cards)
    )
    share_bars = []
    for summary in (*report.units, overall):
        name = _unit_name(summary, text)
        colour = "#9e9e9e" if summary.zone is None else _ZONE_COLOURS[summary.zone.value]
        share_bars.append((name, summary.score if summary.score is not None else 0.0, colour))
    status_bars = [(status, float(count), "#1565c0") for status, count in overall.by_status]
    charts = [
        f"<h2>{escape(text['share_chart'])}</h2>",
        _bar_chart(text["share_chart"], share_bars, maximum=100.0),
        f"<h2>{escape(text['by_month'])}</h2>",
        _column_chart(text["by_month"], list(overall.breaches_by_month)),
        f"<h2>{escape(text['status_chart'])}</h2>",
        _bar_chart(
            text["status_chart"],
            status_bars,
            maximum=max((v for _, v, _ in status_bars), default=0),
        ),
    ]
    rows = _rows(report, language)
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
            else:
                value = cell.split("%")[0].split(" ")[0]
                cells.append(f'<td data-value="{escape(value)}">{escape(cell)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    thresholds = report.thresholds
    notes = [
        text["thresholds"].format(
            green=thresholds.green, yellow=thresholds.yellow, source=thresholds.source
        ),
        *(
            f"{text['basis']} {c.clock}: {c.citation} "
            f"({confidence_label(c.confidence, language=language)})"
            for c in overall.clocks
        ),
        f"{text['skipped']}: {report.skipped}",
    ]
    problems = ""
    if report.problems:
        items = "".join(f"<li>{escape(p.message)}</li>" for p in report.problems[:200])
        problems = f"<h2>{escape(text['problems'])}</h2><ul>{items}</ul>"
    lang = "id" if language == "id" else "en"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(text['title'])}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(text['title'])}</h1>"
        f'<p class="note">{escape(text["now"])} {escape(report.now.isoformat(timespec="minutes"))}'
        f" · {escape(_sop_and_policy(report))} · {escape(report.zone_name)}</p>"
        f'<div class="cards">{card_html}</div>'
        + "".join(charts)
        + f'<h2>{escape(text["unit"])}</h2><table class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
        + "".join(f'<p class="note">{escape(note)}</p>' for note in notes)
        + (
            render_satisfaction(report, fmt="html", language=language)
            if overall.satisfaction.answered
            else ""
        )
        + problems
        + f"<script>{_SCRIPT}</script></body></html>\n"
    )
