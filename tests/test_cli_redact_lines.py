"""``pengaduan redact --lines``: JSON Lines redacted field by field, streamed, on several cores."""

from __future__ import annotations

import io
import json
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

import pytest
from tests.helpers import SECRET_NAME, SECRET_PHONE, SECRET_TEXT

from pengaduan.cli import _redact as redact_command
from pengaduan.cli import main
from pengaduan.cli._exit import EXIT_DATA, EXIT_IO, EXIT_OK, EXIT_USAGE
from pengaduan.redaction import Redactor

if TYPE_CHECKING:
    from pathlib import Path

GOOD = [
    {"id": 1, "text": f"HP saya {SECRET_PHONE}", "kanal": "wa", "nested": {"a": [1, None]}},
    {"text": f"Nama saya {SECRET_NAME}, NIK 5371014107900001", "id": 2},
    {"id": 3, "text": "lampu jalan mati di depan pasar"},
]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def lines_file(tmp_path: Path, lines: list[bytes]) -> Path:
    path = tmp_path / "keluhan.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def encoded(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_each_object_is_written_back_with_its_text_redacted_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    source = lines_file(tmp_path, [encoded(r) for r in GOOD * 50])
    code, out = run("redact", "--lines", str(source), "--workers", workers)
    assert code == EXIT_OK
    redactor = Redactor.default()
    expected = [{**r, "text": redactor.redact(r["text"]).text} for r in GOOD * 50]
    assert [json.loads(line) for line in out.splitlines()] == expected
    assert list(json.loads(out.splitlines()[1])) == ["text", "id"]  # the keys keep their order
    assert SECRET_PHONE not in out
    assert SECRET_NAME not in out
    assert "150 baris disamarkan" in capsys.readouterr().err


def test_json_adds_the_spans_of_each_text(tmp_path: Path) -> None:
    source = lines_file(tmp_path, [encoded(r) for r in GOOD])
    code, out = run("redact", "--lines", str(source), "--json", "--workers", "2")
    assert code == EXIT_OK
    redactor = Redactor.default()
    for line, record in zip(out.splitlines(), GOOD, strict=True):
        result = redactor.redact(record["text"])
        assert json.loads(line)["spans"] == [
            {"kind": str(s.kind), "start": s.start, "end": s.end, "detector": s.detector}
            for s in result.spans
        ]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_lines_that_are_no_such_object_are_reported_by_number_and_the_rest_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    source = lines_file(
        tmp_path,
        [
            encoded(GOOD[0]),
            SECRET_TEXT.encode(),
            encoded([SECRET_TEXT]),
            b"",
            encoded({"id": 9, "teks": SECRET_TEXT}),
            encoded({"text": 7, "note": SECRET_TEXT}),
            SECRET_TEXT.encode("utf-16"),
            encoded(GOOD[2]),
        ],
    )
    code, out = run("--lang", "en", "redact", "--lines", str(source), "--workers", workers)
    assert code == EXIT_DATA
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 3]
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "pengaduan: line 2: left out: not JSON",
        "pengaduan: line 3: left out: not a JSON object",
        'pengaduan: line 5: left out: no "text" field holding a string',
        'pengaduan: line 6: left out: no "text" field holding a string',
        "pengaduan: line 7: left out: not UTF-8 text",
        "pengaduan: 2 lines redacted",
        "pengaduan: 5 lines left out",
    ]
    assert SECRET_TEXT not in err


def test_the_messages_are_indonesian_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = lines_file(tmp_path, [b"{", encoded(GOOD[2])])
    code, _ = run("redact", "--lines", str(source))
    assert code == EXIT_DATA
    assert capsys.readouterr().err.splitlines() == [
        "pengaduan: baris 1: dilewati: bukan JSON",
        "pengaduan: 1 baris disamarkan",
        "pengaduan: 1 baris dilewati",
    ]


def test_a_line_longer_than_the_limit_is_left_out_and_the_next_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(redact_command, "MAX_TEXT_BYTES", 64)
    long = encoded({"text": SECRET_TEXT * 20})
    source = lines_file(tmp_path, [long, encoded(GOOD[2])])
    code, out = run("--lang", "en", "redact", "--lines", str(source))
    assert code == EXIT_DATA
    assert [json.loads(line)["id"] for line in out.splitlines()] == [3]
    assert "line 1: left out: larger than 64 bytes" in capsys.readouterr().err


@pytest.mark.parametrize("ending", [b"\n", b"\r\n"])
def test_a_line_of_exactly_the_limit_is_read_whatever_its_line_ending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: bytes
) -> None:
    line = encoded({"text": "HP 0812-3456-7890"})
    monkeypatch.setattr(redact_command, "MAX_TEXT_BYTES", len(line))
    source = tmp_path / "lines.jsonl"
    longer = encoded({"text": "HP 0812-3456-7890 "})
    source.write_bytes(line + ending + longer + ending)
    code, out = run("--lang", "en", "redact", "--lines", str(source))
    assert code == EXIT_DATA
    assert [json.loads(row) for row in out.splitlines()] == [{"text": "HP [PHONE]"}]


def test_a_lone_surrogate_escaped_in_the_input_stays_escaped(tmp_path: Path) -> None:
    source = lines_file(tmp_path, [b'{"text": "HP 0812-3456-7890 \\ud800"}'])
    code, out = run("redact", "--lines", str(source))
    assert code == EXIT_OK
    assert json.loads(out) == {"text": "HP [PHONE] \ud800"}
    assert out.isascii()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_standard_input_is_read_line_by_line(monkeypatch: pytest.MonkeyPatch, workers: str) -> None:
    class Endless:
        """Standard input's bytes: 300 lines, then a failure as a broken device gives."""

        def __init__(self) -> None:
            self.lines = 0

        def readline(self, size: int | None = -1) -> bytes:
            self.lines += 1
            if self.lines > 300:
                raise OSError(5, "Input/output error")
            return encoded(GOOD[0]) + b"\n"

    stdin = SimpleNamespace(buffer=Endless(), close=lambda: None)  # workers close their stdin
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out = run("redact", "--lines", "-", "--workers", workers)
    assert code == EXIT_IO
    assert len(out.splitlines()) == 300  # every line read before the failure is written
    assert SECRET_PHONE not in out


def test_standard_input_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(encoded(GOOD[0]).decode() + "\n\n"))
    code, out = run("redact", "--lines", "-")
    assert code == EXIT_OK
    assert json.loads(out)["text"] == "HP saya [PHONE]"


@pytest.mark.parametrize(
    "argv",
    [
        ["--workers", "0", "--lines"],
        ["--workers", "65", "--lines"],
        ["--workers", "dua", "--lines"],
        ["--workers", "2"],
    ],
    ids=["zero", "too-many", "not-a-number", "without-lines"],
)
def test_bad_workers_are_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    source = lines_file(tmp_path, [encoded(GOOD[0])])
    code, out = run("redact", str(source), *argv)
    assert code == EXIT_USAGE
    assert out == ""
    assert "--workers" in capsys.readouterr().err


def test_a_missing_file_is_not_echoed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run("redact", "--lines", SECRET_TEXT)
    assert code == EXIT_IO
    assert out == ""
    assert SECRET_TEXT not in capsys.readouterr().err


def test_a_killed_worker_is_not_called_bad_data() -> None:
    from pengaduan.cli._exit import EXIT_INTERNAL, _error_line  # noqa: PLC0415
    from pengaduan.errors import RedactionError  # noqa: PLC0415
    from pengaduan.redaction._many import _worker_died  # noqa: PLC0415

    code, line = _error_line(_worker_died(), "en")
    assert code == EXIT_INTERNAL
    assert "invalid input data" not in line
    assert "[worker-died]" in line
    failed = RedactionError(reason="worker-failed", detail="x")
    assert _error_line(failed, "en")[0] == EXIT_INTERNAL
    other = RedactionError(reason="not-text", detail="x")
    assert _error_line(other, "en")[0] != EXIT_INTERNAL


def test_a_bom_is_read_past_and_nan_is_not_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = lines_file(
        tmp_path,
        [b"\xef\xbb\xbf" + encoded(GOOD[2]), b'{"text": "x", "skor": NaN}', encoded(GOOD[2])],
    )
    code, out = run("--lang", "en", "redact", "--lines", str(source))
    assert code == EXIT_DATA
    assert [json.loads(line) for line in out.splitlines()] == [GOOD[2], GOOD[2]]
    assert "NaN" not in out
    assert "line 2" in capsys.readouterr().err
