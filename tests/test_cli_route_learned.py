"""``pengaduan route train``, ``route evaluate`` and ``route FILE --model``: a stable contract."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from tests.hostile_helpers import SECRET_NAME, SECRET_TEXT

from pengaduan.cli import EXIT_DATA, EXIT_IO, EXIT_OK, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/routing_corpus.jsonl"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "model.json"
    assert (
        main(
            ["route", "train", str(CORPUS), "--output", str(path), "--name", "kupang"],
            out=io.StringIO(),
        )
        == EXIT_OK
    )
    return path


def test_train_writes_a_model_and_reports_its_accuracy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "m.json"
    code, out, _ = run(
        capsys, "route", "train", str(CORPUS), "--output", str(output), "--folds", "3"
    )
    assert code == EXIT_OK
    assert out.startswith("model model-")
    assert "350 contoh, 18 unit, akurasi validasi silang 3 lipatan" in out
    assert json.loads(output.read_text(encoding="utf-8"))["metadata"]["metrics"]["folds"] == 3


def test_route_with_a_model_prints_one_object_per_line_in_order(
    capsys: pytest.CaptureFixture[str], model_file: Path, tmp_path: Path
) -> None:
    lines = ["lampu jalan mati", "", "dokter lama datang", "🙏", "sampah belum diangkut"]
    source = tmp_path / "in.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "route", str(source), "--model", str(model_file), "--json")
    assert code == EXIT_OK
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(lines)
    assert [r["source"] for r in records] == ["rule", "fallback", "model", "fallback", "rule"]
    assert records[0]["unit"] == "dishub"
    assert records[2]["model"].startswith("kupang-")
    assert all({"unit", "source", "confidence"} <= set(r) for r in records)
    assert all(r["confidence"] is None or 0 <= r["confidence"] <= 1 for r in records)


def test_route_without_a_model_keeps_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "route", "lampu jalan mati", "--json")
    assert code == EXIT_OK
    record = json.loads(out)
    assert record["unit"] == "dishub"
    assert record["source"] == "rule"
    assert record["confidence"] is None


def test_model_first_in_text_mode(capsys: pytest.CaptureFixture[str], model_file: Path) -> None:
    code, out, _ = run(
        capsys, "route", "lampu jalan mati", "--model", str(model_file), "--precedence", "model"
    )
    assert code == EXIT_OK
    assert out.startswith("Unit: dishub  Model: kupang-")
    assert "Kata yang paling berbobot:" in out
    assert "Aturan:" not in out


def test_evaluate_prints_text_json_and_writes_html(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    labelled = tmp_path / "small.jsonl"
    rows = [
        {"text": f"{words} nomor {i}", "unit": unit}
        for unit, words in (("pupr", "jalan rusak"), ("dlh", "sampah bau"), ("pdam", "air mati"))
        for i in range(6)
    ]
    labelled.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "route", "evaluate", str(labelled), "--folds", "3")
    assert code == EXIT_OK
    assert out.startswith("akurasi validasi silang 3 lipatan: 100,0\u00a0% (18 contoh)")
    page = tmp_path / "report.html"
    code, out, _ = run(
        capsys, "route", "evaluate", str(labelled), "--folds", "3", "--json", "--html", str(page)
    )
    assert code == EXIT_OK
    assert json.loads(out)["folds"] == 3
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_too_few_examples_are_named_with_counts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    labelled = tmp_path / "few.jsonl"
    rows = [{"text": "jalan rusak", "unit": "pupr"}] * 6 + [{"text": SECRET_TEXT, "unit": "dlh"}]
    lines = [json.dumps(r) for r in rows] + ["not json", json.dumps({"text": 5, "unit": "x"})]
    labelled.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "route", "train", str(labelled), "--output", str(tmp_path / "m"))
    assert code == EXIT_DATA
    assert "baris dilewati: 8 (not-json), 9 (no-text)" in err
    assert "unit 'dlh': 1 contoh, memerlukan paling sedikit 5" in err
    assert SECRET_TEXT not in err + out
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize(
    ("case", "argv", "expected"),
    [
        ("train-no-output", ["route", "train", "{corpus}"], EXIT_USAGE),
        ("train-missing", ["route", "train", "{missing}", "--output", "{out}"], EXIT_IO),
        ("train-dir", ["route", "train", "{dir}", "--output", "{out}"], EXIT_IO),
        ("train-output-dir", ["route", "train", "{corpus}", "--output", "{dir}"], EXIT_IO),
        (
            "train-folds-1",
            ["route", "train", "{corpus}", "--output", "{out}", "--folds", "1"],
            EXIT_USAGE,
        ),
        (
            "train-min-df-0",
            ["route", "train", "{corpus}", "--output", "{out}", "--min-df", "0"],
            EXIT_USAGE,
        ),
        (
            "evaluate-min-df-huge",
            ["route", "evaluate", "{corpus}", "--min-df", "10001"],
            EXIT_USAGE,
        ),
        (
            "train-name-secret",
            ["route", "train", "{corpus}", "--output", "{out}", "--name", "\x1b" + SECRET_NAME],
            EXIT_USAGE,
        ),
        ("evaluate-binary", ["route", "evaluate", "{binary}"], EXIT_DATA),
        ("second-argument", ["route", SECRET_TEXT, "{corpus}"], EXIT_USAGE),
        ("model-missing", ["route", "jalan", "--model", "{missing}"], EXIT_IO),
        ("model-not-json", ["route", "jalan", "--model", "{corpus}"], EXIT_DATA),
        ("model-binary", ["route", "jalan", "--model", "{binary}"], EXIT_DATA),
        ("model-bad-precedence", ["route", "jalan", "--precedence", "both"], EXIT_USAGE),
        ("route-binary-file", ["route", "{binary}", "--json"], EXIT_DATA),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_bad_input_exits_with_one_clean_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str, argv: list[str], expected: int
) -> None:
    binary = tmp_path / "binary.bin"
    binary.write_bytes(b"\xff\xfe\x00" * 100 + SECRET_TEXT.encode())
    places = {
        "{corpus}": str(CORPUS),
        "{missing}": str(tmp_path / "missing.jsonl"),
        "{dir}": str(tmp_path),
        "{out}": str(tmp_path / "out.json"),
        "{binary}": str(binary),
    }
    code, _, err = run(capsys, *[places.get(a, a) for a in argv])
    assert code == expected, err
    assert err.endswith("\n")
    assert all(
        line.startswith("pengaduan: ") for line in err.splitlines()
    )  # a note, then the error
    assert SECRET_TEXT not in err
    assert SECRET_NAME not in err


def test_an_edited_model_is_refused(
    capsys: pytest.CaptureFixture[str], model_file: Path, tmp_path: Path
) -> None:
    document = json.loads(model_file.read_text(encoding="utf-8"))
    document["intercepts"][0] += 1
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run(capsys, "route", "jalan", "--model", str(edited))
    assert code == EXIT_DATA
    assert "tampered" in err


def test_train_from_an_export_of_histories(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.helpers import received, step  # noqa: PLC0415

    from pengaduan.serialization import to_json  # noqa: PLC0415
    from pengaduan.workflow.profiles import Action  # noqa: PLC0415

    topics = {
        "dinkes": "obat di puskesmas habis",
        "rsud": "antrean rumah sakit lama sekali",
        "pupr": "jalan berlubang belum diperbaiki",
    }
    lines = []
    for number, unit in enumerate(["dinkes", "rsud", "pupr"] * 5):
        text = f"{topics[unit]}, laporan ke-{number}"
        complaint = step(received(f"KPG-TEST-{number}", text=text), Action.VERIFIKASI, units=[unit])
        lines.append(to_json(complaint))
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join([*lines, "{"]) + "\n", encoding="utf-8")
    output = tmp_path / "m.json"
    code, out, err = run(
        capsys, "route", "train", str(export), "--histories", "--output", str(output)
    )
    assert code == EXIT_OK, err
    assert "15 contoh, 3 unit" in out
    assert "baris dilewati: 16 (serialization)" in err


def test_train_can_choose_the_options(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "m.json"
    code, out, _ = run(
        capsys, "route", "train", str(CORPUS), "--choose", "--folds", "3", "--output", str(output)
    )
    assert code == EXIT_OK
    lines = out.splitlines()
    assert len(lines) == 6
    assert lines[0].startswith("  linear-svc") or lines[0].startswith("  logistic-regression")
    assert lines[-1].startswith("model model-")


@pytest.mark.parametrize("command", ["train", "evaluate"])
def test_train_or_evaluate_without_a_file_is_wrong_usage(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, err = run(capsys, "route", command)
    assert code == EXIT_USAGE
    assert out == ""
    assert "memerlukan berkas berlabel: BERLABEL" in err
    assert len(err.strip().splitlines()) == 1


def test_train_keeps_words_that_min_df_texts_share(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "m.json"
    code, _, _ = run(
        capsys,
        "route",
        "train",
        str(CORPUS),
        "--output",
        str(output),
        "--folds",
        "3",
        "--min-df",
        "2",
    )
    assert code == EXIT_OK
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["metadata"]["vocabulary"]["min_df"] == 2
    assert document["metadata"]["vocabulary"]["redacted"] is True
    assert document["keep_digits"] is False
    assert not any(ch.isdigit() for feature in document["features"] for ch in feature)
