"""Hostile input to the audit: every bad line is a problem of its own, the figures stay right,
nothing from the data reaches an error, and any number of workers gives the same report."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.audit_helpers import NOW, new_audit, sample
from tests.helpers import WF
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_EMAIL,
    SECRET_NAME,
    SECRET_NIK,
    SECRET_PHONE,
    SECRET_TEXT,
    SECRETS,
    WRONG_TYPES,
    named_wrong_type_cases,
    outcome,
    raises_typed,
    refused_naming,
)
from tests.sla_helpers import KUPANG

from pengaduan.audit import (
    Audit,
    AuditPart,
    AuditReport,
    ColumnMapping,
    FileAccessError,
    ProblemKind,
    ReadProblem,
    Record,
    SatisfactionSummary,
    ZoneThresholds,
    audit_path,
    load_line,
    read_csv,
    read_json_lines,
    render_csv,
    render_html,
    render_json,
    render_satisfaction,
    render_table,
)
from pengaduan.audit.problems import safe_path, safe_reason
from pengaduan.errors import ArgumentError, NotFoundError, PengaduanError, SerializationError
from pengaduan.model import Actor, canonical_json
from pengaduan.serialization import to_json
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

GOOD = [to_json(c) for c in sample()]
DOC = json.loads(GOOD[0])
FIRST_AT = DOC["history"][0]["at"]


def edited(**changes: object) -> bytes:
    """The first sample complaint with top-level fields changed (digests left as they were)."""
    return json.dumps({**DOC, **changes}, ensure_ascii=False).encode("utf-8")


def swapped(old: str, new: str) -> bytes:
    """The first sample complaint with one text replaced, under a tracking id of its own (its
    digests no longer match: audited as a broken history unless the change makes it a problem)."""
    text = GOOD[0].replace('"tracking_id": "A-1"', '"tracking_id": "H-9"', 1)
    return text.replace(old, new, 1).encode("utf-8", "surrogatepass")


MALFORMED = ProblemKind.MALFORMED
# (id, the hostile line, the problem kind it must give; None: audited, not a problem)
LINES: list[tuple[str, bytes, ProblemKind | None]] = [
    ("deep-array-100k", b"[" * 100_000 + b"]" * 100_000, ProblemKind.TOO_DEEP),
    ("deep-object-100k", b'{"a":' * 100_000 + b"1" + b"}" * 100_000, ProblemKind.TOO_DEEP),
    ("deep-unclosed", b"[" * 50_000, ProblemKind.TOO_DEEP),
    (
        "deep-40-in-a-field",
        edited(subject=None, category=None).replace(
            b'"category": null', b'"category": ' + b"[" * 40 + b"]" * 40
        ),
        ProblemKind.TOO_DEEP,
    ),
    ("int-5000-digits", b'{"n": ' + b"9" * 5000 + b"}", ProblemKind.HUGE_NUMBER),
    ("int-5000-in-seq", swapped('"seq": 1', '"seq": ' + "9" * 5000), ProblemKind.HUGE_NUMBER),
    ("int-40-digits", b'{"n": -' + b"1" * 40 + b"}", ProblemKind.HUGE_NUMBER),
    ("year-1-plus-14", swapped(FIRST_AT, "0001-01-01T00:00:00+14:00"), ProblemKind.OUT_OF_RANGE),
    (
        "year-9999-minus-12",
        swapped(FIRST_AT, "9999-12-31T23:59:59-12:00"),
        ProblemKind.OUT_OF_RANGE,
    ),
    ("invalid-utf8", f'{{"text": "{SECRET_TEXT}'.encode() + b'\xff\xfe"}', ProblemKind.ENCODING),
    (
        "invalid-utf8-in-doc",
        GOOD[0].encode().replace(b"A-1", b"A-\xc3\x28"),
        ProblemKind.ENCODING,
    ),
    ("overlong-utf8", b'{"a": "\xc0\xaf"}', ProblemKind.ENCODING),
    ("lone-surrogate-escape", swapped('"text": "', '"text": "\\ud800'), ProblemKind.ENCODING),
    ("cut-mid-record", GOOD[0][: len(GOOD[0]) // 2].encode(), MALFORMED),
    ("not-json-secret", SECRET_TEXT.encode(), MALFORMED),
    ("json-list", json.dumps([SECRET_NAME]).encode(), MALFORMED),
    ("json-string", json.dumps(SECRET_TEXT).encode(), MALFORMED),
    ("json-null", b"null", MALFORMED),
    ("json-number", b"12", MALFORMED),
    ("json-nan", b"NaN", MALFORMED),
    ("empty-object", b"{}", MALFORMED),
    ("unknown-key-secret", edited(**{SECRET_NAME: SECRET_NIK}), MALFORMED),
    ("schema-version-nik", edited(schema_version=int(SECRET_NIK)), MALFORMED),
    ("schema-version-text", edited(schema_version=SECRET_EMAIL), MALFORMED),
    ("history-not-list", edited(history=SECRET_PHONE), MALFORMED),
    ("history-empty", edited(history=[]), MALFORMED),
    ("tracking-id-number", edited(tracking_id=7), MALFORMED),
    ("privacy-secret", edited(privacy=SECRET_NAME), MALFORMED),
    ("nul-bytes", b"\x00" * 64, MALFORMED),
    ("escape-sequence", b"\x1b[2J\x1b[31m" + SECRET_NAME.encode(), MALFORMED),
    ("bidi-override", f"\u202e{SECRET_NAME}".encode(), MALFORMED),
    ("oversize-line", b'{"text": "' + SECRET_TEXT.encode() * 30_000 + b'"}', ProblemKind.TOO_LARGE),
    ("oversize-no-brackets", b"x" * 1_100_000, ProblemKind.TOO_LARGE),
    ("infinity-seq", swapped('"seq": 1', '"seq": Infinity'), MALFORMED),
    (
        "year-before-calendar",
        swapped(FIRST_AT, "2019-01-01T00:00:00+08:00"),
        ProblemKind.OUT_OF_RANGE,
    ),
    ("edited-text-is-audited", swapped('"text": "', f'"text": "{SECRET_TEXT} '), None),
    ("duplicate-id", GOOD[0].encode(), ProblemKind.DUPLICATE_ID),
]
LIMIT = 1024 * 1024  # smaller than the default, so an oversize line is cheap to write


def export(tmp_path: Path, hostile: bytes, *, name: str = "riwayat.jsonl") -> Path:
    """Two good lines, the hostile one as line 3, two good lines after it."""
    path = tmp_path / name
    path.write_bytes(
        b"\n".join([*(g.encode() for g in GOOD[:2]), hostile, *(g.encode() for g in GOOD[2:4])])
        + b"\n"
    )
    return path


def audit(path: Path, **options: object) -> object:
    return outcome(audit_path, path, calendar=KUPANG, now=NOW, max_line_bytes=LIMIT, **options)


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


@pytest.mark.parametrize(("line", "kind"), [c[1:] for c in LINES], ids=[c[0] for c in LINES])
def test_skip_invalid_records_the_line_and_goes_on(
    tmp_path: Path, line: bytes, kind: ProblemKind | None
) -> None:
    report = audit(export(tmp_path, line), skip_invalid=True)
    assert isinstance(report, AuditReport), report
    if kind is None:
        assert report.complaints == 5
        assert report.problems == ()
        return
    assert report.complaints == 4  # the good lines around it all count
    assert [(p.line, p.kind) for p in report.problems] == [(3, kind)]
    for rendered in (
        render_table(report),
        render_json(report),
        render_csv(report),
        render_html(report),
    ):
        assert_no_secret(rendered)


@pytest.mark.parametrize(("line", "kind"), [c[1:] for c in LINES], ids=[c[0] for c in LINES])
def test_without_skip_the_line_stops_the_audit(
    tmp_path: Path, line: bytes, kind: ProblemKind | None
) -> None:
    result = audit(export(tmp_path, line))
    if kind is None:
        assert isinstance(result, AuditReport)
        return
    assert isinstance(result, SerializationError), result
    assert result.path.startswith("line 3")
    assert result.__cause__ is None


@pytest.mark.parametrize(("line", "kind"), [c[1:] for c in LINES], ids=[c[0] for c in LINES])
def test_two_workers_give_the_same_report(
    tmp_path: Path, line: bytes, kind: ProblemKind | None
) -> None:
    path = export(tmp_path, line)
    one = audit(path, skip_invalid=True)
    two = audit(path, skip_invalid=True, workers=2)
    assert one == two
    if kind is not None:
        first = audit(path, workers=3)
        assert isinstance(first, SerializationError)
        assert first.path.startswith("line 3")


# -- CSV ---------------------------------------------------------------------------------------

CSV_HEADER = b"id,unit,classification,received_at,verified_at,followed_up_at,closed_at\n"
CSV_GOOD = b"K-1,dinkes,pengaduan,2025-03-03T10:00+08:00,2025-03-04T09:00+08:00,,\n"
ROWS: list[tuple[str, bytes, ProblemKind]] = [
    (
        "field-20mb",
        b'K-2,"' + b"x" * (20 * 1024 * 1024) + b'",pengaduan,2025-03-03T10:00+08:00,,,\n',
        ProblemKind.TOO_LARGE,
    ),
    (
        "field-over-csv-limit",
        b'K-2,"' + b"y" * 200_000 + b'",pengaduan,2025-03-03T10:00+08:00,,,\n',
        ProblemKind.TOO_LARGE,
    ),
    ("invalid-utf8", b"K-2,din\xffkes,pengaduan,2025-03-03T10:00+08:00,,,\n", ProblemKind.ENCODING),
    (
        "year-1",
        b"K-2,dinkes,pengaduan,0001-01-01T00:00+14:00,0001-01-02T00:00-12:00,,\n",
        ProblemKind.OUT_OF_RANGE,
    ),
    ("year-1-alone", b"K-2,,pengaduan,0001-01-01T00:00+14:00,,,\n", ProblemKind.OUT_OF_RANGE),
    ("time-is-secret", f"K-2,dinkes,pengaduan,{SECRET_TEXT},,,\n".encode(), ProblemKind.BAD_TIME),
    ("time-huge-digits", b"K-2,dinkes,pengaduan," + b"9" * 5000 + b",,,\n", ProblemKind.BAD_TIME),
    (
        "classification-secret",
        f"K-2,dinkes,{SECRET_NAME},2025-03-03T10:00+08:00,,,\n".encode(),
        ProblemKind.MALFORMED,
    ),
    (
        "id-with-spaces",
        f"{SECRET_NAME},dinkes,pengaduan,2025-03-03T10:00+08:00,,,\n".encode(),
        ProblemKind.MALFORMED,
    ),
    (
        "closed-without-follow-up",
        b"K-2,dinkes,pengaduan,2025-03-03T10:00+08:00,,,2025-03-05T10:00+08:00\n",
        ProblemKind.OUT_OF_ORDER,
    ),
    ("nul-in-row", b"K-2\x00,dinkes,pengaduan,2025-03-03T10:00+08:00,,,\n", ProblemKind.MALFORMED),
]


@pytest.mark.parametrize(("row", "kind"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_csv_rows(tmp_path: Path, row: bytes, kind: ProblemKind) -> None:
    path = tmp_path / "ekspor.csv"
    path.write_bytes(CSV_HEADER + CSV_GOOD + row + CSV_GOOD.replace(b"K-1", b"K-3"))
    report = outcome(audit_path, path, calendar=KUPANG, now=NOW, skip_invalid=True)
    assert isinstance(report, AuditReport), report
    assert report.complaints == 2
    assert [(p.line, p.kind) for p in report.problems] == [(3, kind)]
    stopped = outcome(audit_path, path, calendar=KUPANG, now=NOW)
    assert isinstance(stopped, SerializationError)
    assert stopped.path.startswith("line 3")


@pytest.mark.parametrize(
    "header",
    [b"\xff\xfeid,received_at\n", b"x" * 5_000_000 + b"\n", b'"unterminated\n'],
    ids=["header-not-utf8", "header-oversize", "header-quote"],
)
def test_csv_bad_header_stops(tmp_path: Path, header: bytes) -> None:
    path = tmp_path / "ekspor.csv"
    path.write_bytes(header + CSV_GOOD)
    error = raises_typed(audit_path, path, calendar=KUPANG, now=NOW, skip_invalid=True)
    assert isinstance(error, SerializationError)
    assert error.path.startswith("line 1")


# -- arguments ---------------------------------------------------------------------------------

OPTIONAL = {"workflow", "policy", "input_format", "mapping", "timezone", "thresholds", "progress"}
ARGUMENTS = [
    "path",
    "calendar",
    "now",
    "workflow",
    "policy",
    "input_format",
    "mapping",
    "timezone",
    "thresholds",
    "skip_invalid",
    "workers",
    "max_line_bytes",
    "progress",
]


@pytest.mark.parametrize("value", [v for _, v in WRONG_TYPES], ids=[i for i, _ in WRONG_TYPES])
@pytest.mark.parametrize("argument", ARGUMENTS)
def test_wrong_types_are_typed_errors(tmp_path: Path, argument: str, value: object) -> None:
    path = tmp_path / "riwayat.jsonl"
    path.write_text(GOOD[0] + "\n", encoding="utf-8")
    options: dict[str, object] = {"path": path, "calendar": KUPANG, "now": NOW, argument: value}
    target = options.pop("path")
    result = outcome(audit_path, target, **options)
    acceptable = (
        (value is None and argument in OPTIONAL)
        or (argument == "skip_invalid" and value is True)
        or (argument == "workers" and value == 7)
        or (argument == "progress" and value is print)
    )
    if acceptable:
        assert isinstance(result, AuditReport | PengaduanError)
    else:
        assert isinstance(result, PengaduanError), (argument, result)
        if argument not in {"now"}:
            assert isinstance(result, ArgumentError)


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=[i for i, _ in HOSTILE_TEXTS])
@pytest.mark.parametrize("argument", ["path", "timezone", "input_format"])
def test_hostile_texts_as_arguments(tmp_path: Path, argument: str, text: str) -> None:
    path = tmp_path / "riwayat.jsonl"
    path.write_text(GOOD[0] + "\n", encoding="utf-8")
    options: dict[str, object] = {"calendar": KUPANG, "now": NOW, argument: text}
    target = options.pop("path", path)
    result = outcome(audit_path, target, **options)
    assert isinstance(result, PengaduanError)  # no hostile text is a file, a zone or a format


def test_directory_and_missing_file(tmp_path: Path) -> None:
    for target, reason in ((tmp_path, "is-directory"), (tmp_path / "x.jsonl", "missing")):
        error = raises_typed(audit_path, target, calendar=KUPANG, now=NOW)
        assert isinstance(error, FileAccessError)
        assert error.reason == reason


# -- outputs -----------------------------------------------------------------------------------

FORMULAS = ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']


def unit_report(tmp_path: Path, unit: str) -> AuditReport:
    # The workflow refuses such unit ids; an export written elsewhere can carry them, with a
    # valid chain: build that history event by event.
    received = build_complaint(NOW.replace(day=1), tracking_id="U-1")
    complaint = WF._append(
        received,
        action="verifikasi",
        status=received.status,
        target="didisposisikan",
        actor=Actor.admin("bag-organisasi"),
        when=NOW.replace(day=2),
        payload=canonical_json({"units": [unit]}),
        idempotency_key=None,
    )
    path = tmp_path / "u.jsonl"
    path.write_text(to_json(complaint) + "\n", encoding="utf-8")
    report = outcome(audit_path, path, calendar=KUPANG, now=NOW)
    assert isinstance(report, AuditReport), report
    return report


@pytest.mark.parametrize("unit", FORMULAS, ids=["eq", "plus", "minus", "at", "tab", "cr", "link"])
def test_csv_cells_never_start_a_formula(tmp_path: Path, unit: str) -> None:
    rendered = render_csv(unit_report(tmp_path, unit))
    row = rendered.splitlines()[1] if unit[0] not in "\r" else rendered.split("\n")[1]
    assert row.startswith("\"'" + unit[0])  # quoted, and a quote before the formula sign


def test_csv_plain_cells_and_numbers_are_unchanged(tmp_path: Path) -> None:
    rendered = render_csv(unit_report(tmp_path, "dinkes"))
    assert rendered.splitlines()[1].startswith("dinkes,false,1,")


@pytest.mark.parametrize(
    "unit",
    ["a\x1b[2Jb", "a\x1b]0;x\x07b", "a\u202eb", "a\u2066b", "a\x9bb", "a\nb", "a\rb", "a\x00b"],
    ids=["csi", "osc", "rlo", "lri", "c1-csi", "newline", "cr", "nul"],
)
def test_table_and_html_cells_are_inert(tmp_path: Path, unit: str) -> None:
    report = unit_report(tmp_path, unit)
    table = render_table(report)
    for bad in ("\x1b", "\u202e", "\u2066", "\x9b", "\x00", "\x07", "\r"):
        assert bad not in table
    assert "a\nb" not in table
    page = render_html(report)
    assert "\x1b" not in page
    assert "\u202e" not in page


def test_html_escapes_markup(tmp_path: Path) -> None:
    page = render_html(unit_report(tmp_path, "<script>alert(1)</script>"))
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;" in page


# -- workers -----------------------------------------------------------------------------------


def test_truncated_last_line_is_counted_once(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text("\n".join(GOOD) + "\n" + GOOD[1][:300], encoding="utf-8")
    for workers in (1, 2, 3):
        report = audit(path, skip_invalid=True, workers=workers)
        assert isinstance(report, AuditReport)
        assert report.complaints == 5
        assert report.skipped == 1


def test_truncated_copy_before_the_full_line_does_not_hide_it(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text(GOOD[0][:400] + "\n" + "\n".join(GOOD) + "\n", encoding="utf-8")
    for workers in (1, 2):
        report = audit(path, skip_invalid=True, workers=workers)
        assert isinstance(report, AuditReport)
        assert report.complaints == 5
        assert [p.kind for p in report.problems] == [ProblemKind.MALFORMED]


PIECES = st.sampled_from(
    [
        *(g.encode() for g in GOOD),
        GOOD[0][:200].encode(),
        b"",
        b"   ",
        b"rusak",
        b"\xff\xfe",
        b"[" * 100,
        swapped(FIRST_AT, "2019-01-01T00:00:00+08:00"),
        swapped('"text": "', '"text": "x'),
    ]
)


@settings(max_examples=15, deadline=None)
@given(lines=st.lists(PIECES, max_size=12), newline_at_end=st.booleans())
def test_any_number_of_workers_gives_the_same_report(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes], newline_at_end: bool
) -> None:
    path = tmp_path_factory.mktemp("prop") / "riwayat.jsonl"
    path.write_bytes(b"\n".join(lines) + (b"\n" if newline_at_end else b""))
    for skip in (True, False):
        one = audit(path, skip_invalid=skip)
        two = audit(path, skip_invalid=skip, workers=2)
        if isinstance(one, PengaduanError):
            assert type(one) is type(two)
            assert str(one) == str(two)
        else:
            assert one == two


def test_mapping_from_hostile_column_names_does_not_echo_them() -> None:
    error = raises_typed(ColumnMapping.parse, [SECRET_NAME, f"x={SECRET_NIK}"])
    assert SECRET_NAME not in str(error)


AUDIT_ARGUMENTS = ("workflow", "policy", "calendar", "now", "thresholds", "skip_invalid")


@pytest.mark.parametrize("argument", AUDIT_ARGUMENTS)
@pytest.mark.parametrize(
    "value", [pytest.param(v, id=n) for n, v in WRONG_TYPES if v is not None or n == "none"]
)
def test_audit_arguments_of_a_wrong_type(argument: str, value: object) -> None:
    from pengaduan import SlaPolicy, Workflow  # noqa: PLC0415

    workflow = Workflow.default()
    arguments: dict[str, object] = {
        "workflow": workflow,
        "policy": SlaPolicy.lapor(workflow),
        "calendar": KUPANG,
        "now": NOW,
        "thresholds": None,
        "skip_invalid": False,
    }
    arguments[argument] = value
    result = outcome(Audit, **arguments)
    if (argument == "thresholds" and value is None) or (
        argument == "skip_invalid" and type(value) is bool
    ):
        assert isinstance(result, Audit)
    else:
        assert isinstance(result, PengaduanError)


@pytest.mark.parametrize(
    "build",
    [ColumnMapping.from_dict, ColumnMapping.parse, ZoneThresholds.from_dict, ZoneThresholds.parse],
    ids=["columns-dict", "columns-parse", "thresholds-dict", "thresholds-parse"],
)
@pytest.mark.parametrize("value", [pytest.param(v, id=n) for n, v in WRONG_TYPES])
def test_report_settings_of_a_wrong_type(build: Any, value: object) -> None:
    assert isinstance(outcome(build, value), PengaduanError)


# -- the public callables refuse wrong argument types -----------------------------------------


def _report() -> AuditReport:
    audit = new_audit()
    audit.add_all(sample())
    return audit.report()


REPORT = _report()
COMPLAINTS = sample()
CSV_LINES = [CSV_HEADER.decode(), CSV_GOOD.decode()]


def _read_json(
    lines: object = tuple(GOOD),
    on_problem: object = print,
    first_line: object = 1,
    max_line_bytes: object = LIMIT,
) -> list[Any]:
    return list(
        read_json_lines(
            lines,  # type: ignore[arg-type]
            on_problem=on_problem,  # type: ignore[arg-type]
            first_line=first_line,  # type: ignore[arg-type]
            max_line_bytes=max_line_bytes,  # type: ignore[arg-type]
        )
    )


def _read_csv(**arguments: object) -> list[Any]:
    given: dict[str, Any] = {"workflow": WF, "on_problem": print} | arguments
    stream = given.pop("stream", CSV_LINES)
    return list(read_csv(stream, **given))


# "callable.argument": a call passing the value there, the rest valid.
TYPED_ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "ReadProblem.line": lambda v: ReadProblem(line=v, kind="malformed", detail="d"),
    "ReadProblem.kind": lambda v: ReadProblem(line=1, kind=v, detail="d"),
    "ReadProblem.where": lambda v: ReadProblem(line=1, kind="malformed", where=v, detail="d"),
    "ReadProblem.detail": lambda v: ReadProblem(line=1, kind="malformed", detail=v),
    "ReadProblem.source": lambda v: ReadProblem(line=1, kind="malformed", detail="d", source=v),
    "load_line.line": lambda v: load_line(v, 1),
    "load_line.number": lambda v: load_line(GOOD[0], v),
    "load_line.max_bytes": lambda v: load_line(GOOD[0], 1, max_bytes=v),
    "safe_path.path": safe_path,
    "safe_reason.reason": safe_reason,
    "safe_reason.fallback": lambda v: safe_reason("bad", fallback=v),
    "read_json_lines.lines": lambda v: _read_json(lines=v),
    "read_json_lines.on_problem": lambda v: _read_json(on_problem=v),
    "read_json_lines.first_line": lambda v: _read_json(first_line=v),
    "read_json_lines.max_line_bytes": lambda v: _read_json(max_line_bytes=v),
    "read_csv.stream": lambda v: _read_csv(stream=v),
    "read_csv.workflow": lambda v: _read_csv(workflow=v),
    "read_csv.on_problem": lambda v: _read_csv(on_problem=v),
    "read_csv.mapping": lambda v: _read_csv(mapping=v),
    "read_csv.timezone": lambda v: _read_csv(timezone=v),
    "read_csv.max_line_bytes": lambda v: _read_csv(max_line_bytes=v),
    "render_table.report": render_table,
    "render_table.language": lambda v: render_table(REPORT, language=v),
    "render_table.directory": lambda v: render_table(REPORT, directory=v),
    "render_table.workflow": lambda v: render_table(REPORT, workflow=v),
    "render_html.report": render_html,
    "render_html.language": lambda v: render_html(REPORT, language=v),
    "render_html.directory": lambda v: render_html(REPORT, directory=v),
    "render_html.workflow": lambda v: render_html(REPORT, workflow=v),
    "render_json.report": render_json,
    "render_json.indent": lambda v: render_json(REPORT, indent=v),
    "render_csv.report": render_csv,
    "render_satisfaction.report": render_satisfaction,
    "render_satisfaction.fmt": lambda v: render_satisfaction(REPORT, fmt=v),
    "render_satisfaction.language": lambda v: render_satisfaction(REPORT, language=v),
    "AuditPart.merge_all.parts": AuditPart.merge_all,
    "Audit.add.complaint": lambda v: new_audit().add(v),
    "Audit.add.line": lambda v: new_audit().add(COMPLAINTS[0], line=v),
    "Audit.add.verified": lambda v: new_audit().add(COMPLAINTS[0], verified=v),
    "Audit.add_all.complaints": lambda v: new_audit().add_all(v),
    "Audit.merge.other": lambda v: new_audit().merge(v),
    "Audit.part.items": lambda v: new_audit().part(v),
    "Audit.problem.problem": lambda v: new_audit(skip_invalid=True).problem(v),
    "AuditReport.unit.unit": REPORT.unit,
    "UnitSummary.clock.name": REPORT.overall.clock,
    "ColumnMapping.column.field": ColumnMapping.default().column,
    "ZoneThresholds.zone.score": lambda v: ZoneThresholds().zone(v, 10),
    "ZoneThresholds.zone.judged": lambda v: ZoneThresholds().zone(0.5, v),
    "SatisfactionSummary.of.counts": SatisfactionSummary.of,
}

# The kinds of WRONG_TYPES each argument takes as it should (its type is right).
TYPED_ACCEPTS: dict[str, set[str]] = {
    "ReadProblem.line": {"int"},
    "ReadProblem.source": {"none"},
    "load_line.line": {"bytes"},
    "load_line.number": {"int"},
    "load_line.max_bytes": {"int"},
    # Any iterable of lines: a list, a set or a dict's keys are lines (bad ones are problems).
    "read_json_lines.lines": {"list", "dict", "set", "secret-str-in-list"},
    "read_json_lines.on_problem": {"type", "callable"},
    "read_json_lines.first_line": {"int"},
    "read_json_lines.max_line_bytes": {"int"},
    # Lines of the right type (no header with the required columns: a SerializationError).
    "read_csv.stream": {"list", "dict", "set", "secret-str-in-list"},
    "read_csv.on_problem": {"type", "callable"},
    "read_csv.mapping": {"none"},
    "read_csv.timezone": {"none"},
    "read_csv.max_line_bytes": {"int"},
    "render_table.language": {"none"},
    "render_table.directory": {"none"},
    "render_table.workflow": {"none"},
    "render_html.language": {"none"},
    "render_html.directory": {"none"},
    "render_html.workflow": {"none"},
    "render_json.indent": {"none", "int"},
    "render_satisfaction.language": {"none"},
    "Audit.add.line": {"none", "int"},
    "Audit.add.verified": {"bool"},
    # An iterable is the right type; an item that is not a complaint is refused by add().
    "Audit.add_all.complaints": {"list", "dict", "set", "secret-str-in-list"},
    "AuditReport.unit.unit": {"none"},
    "ZoneThresholds.zone.score": {"none", "int", "huge-int", "float-nan", "float-inf"},
    "ZoneThresholds.zone.judged": {"int", "huge-int"},
}


@pytest.mark.parametrize(
    ("call", "value", "argument"), named_wrong_type_cases(TYPED_ARGUMENTS, TYPED_ACCEPTS)
)
def test_a_wrong_argument_type_is_an_argument_error_naming_it(
    call: Callable[[Any], object], value: object, argument: str
) -> None:
    error = refused_naming(call, value, argument)
    assert error.given.isidentifier()  # a type's name (the value's or an item's), never content


@pytest.mark.parametrize(
    "read",
    [
        pytest.param(lambda v: _read_json(lines=[GOOD[0], v]), id="json-lines"),
        pytest.param(lambda v: _read_csv(stream=[*CSV_LINES, v]), id="csv"),
    ],
)
@pytest.mark.parametrize(
    "value", [None, 7, 10**5000, ["a"], object()], ids=["none", "int", "huge", "list", "object"]
)
def test_a_line_that_is_neither_text_nor_bytes_is_refused_when_read(
    read: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(read, value)
    assert isinstance(error, ArgumentError)
    assert error.argument == "line"


def test_valid_calls_work_as_before() -> None:
    problems: list[ReadProblem] = []
    lines = (line for line in [*GOOD, "{not json"])  # a generator is an iterable of lines
    records = list(read_json_lines(lines, on_problem=problems.append, first_line=10))
    assert [r.line for r in records] == list(range(10, 10 + len(GOOD)))
    assert [(p.line, p.kind) for p in problems] == [(10 + len(GOOD), ProblemKind.MALFORMED)]
    assert len(list(read_csv(tuple(CSV_LINES), workflow=WF, on_problem=problems.append))) == 1
    as_bytes = [CSV_HEADER, bytearray(CSV_GOOD)]
    assert len(list(read_csv(as_bytes, workflow=WF, on_problem=problems.append))) == 1
    for line in (GOOD[0], GOOD[0].encode(), bytearray(GOOD[0].encode())):
        assert isinstance(load_line(line, 1), Record)
    assert load_line(memoryview(b"  \n"), 3) is None
    assert ReadProblem(line=2, kind="bad_time", detail="d").kind is ProblemKind.BAD_TIME
    assert ReadProblem(line=2, kind=ProblemKind.ENCODING, detail="d", source="a.jsonl").source
    assert safe_path("history[3].at") == "history[3].at"
    assert safe_reason("bad value: 123", fallback="x") == "bad value"
    assert json.loads(render_json(REPORT, indent=None)) == json.loads(render_json(REPORT))
    assert render_json(REPORT, indent="\t").startswith("{\n\t")
    assert render_csv(REPORT).startswith("unit,overall")
    assert render_table(REPORT, language="en")
    assert render_html(REPORT, language="id")
    assert render_satisfaction(REPORT, fmt="markdown").startswith("|")
    assert AuditPart.merge_all(iter([AuditPart.empty(), AuditPart.empty()])) is not None
    summary = SatisfactionSummary.of([(5, 2), [4, 1]])
    assert (summary.answered, summary.satisfied) == (3, 3)
    assert SatisfactionSummary.of({5: 2, 4: 1}) == summary


@pytest.mark.parametrize(
    "pairs",
    [[(5, "2")], [(5,)], [(True, 2)], [(5, -1)], [(5, 10**5000)], [None]],
    ids=["str-count", "one", "bool-score", "negative", "huge", "none"],
)
def test_satisfaction_counts_must_be_pairs_of_whole_numbers(pairs: object) -> None:
    error = raises_typed(SatisfactionSummary.of, pairs)
    assert isinstance(error, ArgumentError)
    assert error.argument == "counts"


def test_merge_all_refuses_what_is_not_a_part() -> None:
    error = raises_typed(AuditPart.merge_all, [AuditPart.empty(), REPORT])
    assert isinstance(error, ArgumentError)
    assert error.argument == "parts"


def test_an_item_that_is_not_a_complaint_is_refused_by_add_all() -> None:
    error = raises_typed(new_audit().add_all, [COMPLAINTS[0], SECRET_TEXT])
    assert isinstance(error, ArgumentError)
    assert error.argument == "complaint"


@pytest.mark.parametrize("name", ["nope", SECRET_NAME, SECRET_NIK], ids=["id", "name", "nik"])
def test_an_unknown_unit_or_clock_is_not_found_without_echoing_personal_data(name: str) -> None:
    for lookup in (REPORT.unit, REPORT.overall.clock):
        error = raises_typed(lookup, name)
        assert isinstance(error, NotFoundError)
        assert isinstance(error, LookupError)  # what it raised before
