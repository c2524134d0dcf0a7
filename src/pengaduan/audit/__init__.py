"""Batch audit of complaint histories: per unit and overall, streamed, with reports.

* [`audit_path()`][pengaduan.audit.audit_path] audits a JSON lines or CSV file (optionally in worker
  processes);
* [`Audit`][pengaduan.audit.Audit] is the streaming accumulator behind it (``add``, ``merge``,
  ``report``) for
  complaints that come from anywhere (a database cursor, a generator);
* [`AuditPart`][pengaduan.audit.AuditPart] is the audit of one partition of an input, a value that
  merges exactly
  with others ([`Audit.part()`][pengaduan.audit.Audit.part],
  [`AuditPart.merge()`][pengaduan.audit.AuditPart.merge],
  [`Audit.report_of()`][pengaduan.audit.Audit.report_of]); the
  ``pengaduan[dask]`` extra audits partitioned exports on a cluster with it
  ([`pengaduan.audit.dask.audit_dask()`][pengaduan.audit.dask.audit_dask]);
* [`SpillDirectory`][pengaduan.audit.spill.SpillDirectory] is where partial audits write their
  tracking
  ids past a memory limit, so exact duplicate detection runs in bounded memory;
* [`AuditReport`][pengaduan.audit.AuditReport] holds the figures;
  [`render_table()`][pengaduan.audit.render_table], [`render_json()`][pengaduan.audit.render_json],
  [`render_csv()`][pengaduan.audit.render_csv] and [`render_html()`][pengaduan.audit.render_html]
  present them (with the reporters' satisfaction per
  unit, also alone with [`render_satisfaction()`][pengaduan.audit.render_satisfaction] as text,
  Markdown or HTML);
* [`ColumnMapping`][pengaduan.audit.ColumnMapping] maps an office's spreadsheet columns to
  milestones;
* [`ZoneThresholds`][pengaduan.audit.ZoneThresholds] sets the green/yellow/red zones;
* [`load_line()`][pengaduan.audit.load_line] reads one JSON line whatever it holds (a record, a
  problem, or blank), within
  the limits [`MAX_LINE_BYTES`][pengaduan.audit.MAX_LINE_BYTES],
  [`MAX_DEPTH`][pengaduan.audit.MAX_DEPTH] and [`MAX_DIGITS`][pengaduan.audit.MAX_DIGITS].

See ``docs/compliance.md``.
"""

from __future__ import annotations

from pengaduan.audit._tally import MAX_PROBLEMS
from pengaduan.audit.aggregate import (
    Audit,
    AuditReport,
    ClockSummary,
    SatisfactionSummary,
    UnitSummary,
)
from pengaduan.audit.partial import AuditPart
from pengaduan.audit.problems import FileAccessError, ProblemKind, ReadProblem
from pengaduan.audit.readers import (
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_LINE_BYTES,
    ColumnMapping,
    Record,
    load_line,
    read_csv,
    read_json_lines,
)
from pengaduan.audit.render import render_csv, render_html, render_json, render_table
from pengaduan.audit.run import audit_path, detect_format
from pengaduan.audit.satisfaction import render_satisfaction
from pengaduan.audit.zones import Zone, ZoneThresholds

__all__ = [
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_LINE_BYTES",
    "MAX_PROBLEMS",
    "Audit",
    "AuditPart",
    "AuditReport",
    "ClockSummary",
    "ColumnMapping",
    "FileAccessError",
    "ProblemKind",
    "ReadProblem",
    "Record",
    "SatisfactionSummary",
    "UnitSummary",
    "Zone",
    "ZoneThresholds",
    "audit_path",
    "detect_format",
    "load_line",
    "read_csv",
    "read_json_lines",
    "render_csv",
    "render_html",
    "render_json",
    "render_satisfaction",
    "render_table",
]
