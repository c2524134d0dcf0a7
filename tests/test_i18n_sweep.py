"""Everything a person reads, run for real: every command and every renderer, in both languages.

Each ``pengaduan`` command and subcommand runs on small fixtures with no locale variable set
(Indonesian): its standard output and standard error together must hold none of the common
English words of ``tests/test_i18n.py`` once ids, codes, option names, paths, JSON strings and
quoted values are out. The same command with ``--lang en`` must answer differently (where its
output is in words at all) and hold no word that only the Indonesian catalog writes. The public
renderers (``explain``, ``summary``, ``to_text``, ``describe``, ``label``, the report renderers)
get the same two checks.
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from tests.audit_helpers import new_audit, sample, write_jsonl
from tests.helpers import received
from tests.legacy_store import write_legacy_store
from tests.sla_helpers import KUPANG, LAPOR, wita
from tests.test_checkpoint_store_cli import answered
from tests.test_i18n import english_words

from pengaduan._i18n import Phrase
from pengaduan.audit import (
    ReadProblem,
    Zone,
    read_json_lines,
    render_html,
    render_satisfaction,
    render_table,
)
from pengaduan.cli import main
from pengaduan.compliance import check
from pengaduan.errors import ConfigurationError, NotFoundError
from pengaduan.integrity import KeyRing, SigningKey, TransparencyLog, sign_tree_head
from pengaduan.integrity._log import safe_id
from pengaduan.language import use_language
from pengaduan.routing import UnitDirectory, default_router, what_if
from pengaduan.routing.learned import (
    Labelled,
    LearnedRouter,
    compare,
    evaluate_model,
    train_model,
)
from pengaduan.serialization import dump_lines, to_json
from pengaduan.sla import describe, describe_basis, evaluate
from pengaduan.store import Repository
from pengaduan.testing import build_complaint
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

# Words only the Indonesian catalog writes: none may show where English was asked for. Words
# the fixtures' own data holds (unit names, status labels, complaint texts) are left out.
INDONESIAN = frozenset(
    """
    tidak yang dengan untuk belum harus berkas baris tercatat dilewati aturan pemicu keyakinan
    tepat waktu lambat paling lagi terlambat diperiksa keluaran masukan contoh lipatan akurasi
    skor zona keseluruhan ditetapkan kantor syarat penjaga kategori peran tetap
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def indonesian_words(text: str) -> set[str]:
    """The words of ``text`` that only the Indonesian catalog writes."""
    text = re.sub(r"'[^']*'|`[^`]*`|\"[^\"]*\"", " ", text)
    return {word.lower() for word in re.findall(r"[A-Za-z]+", text)} & INDONESIAN


def prose(text: str) -> str:
    """``text`` without what a person reads as data: JSON strings and keys (a JSON line or
    document keeps only its punctuation and numbers)."""
    return re.sub(r'"(?:[^"\\]|\\.)*"', " ", text)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Small fixtures for every command: an export, texts, a labelled set and its model, a
    database URL, an earlier SqliteStore file, a signed checkpoint with its log and keys."""
    folder = tmp_path_factory.mktemp("sweep")
    files = {"folder": str(folder)}
    files["export"] = str(write_jsonl(folder / "riwayat.jsonl", sample(), extra="{rusak\n"))
    files["clean"] = str(write_jsonl(folder / "bersih.jsonl", sample()))
    (folder / "keluhan.txt").write_text(
        "Nama saya Budi Santoso, NIK 5371041203870001, hp 081234567890.\n", encoding="utf-8"
    )
    files["text"] = str(folder / "keluhan.txt")
    (folder / "teks.txt").write_text(
        "lampu jalan mati\n\njalan rusak dekat sekolah\n", encoding="utf-8"
    )
    files["texts"] = str(folder / "teks.txt")
    rows = [
        {"text": f"{words} nomor {i}", "unit": unit}
        for unit, words in (("pupr", "jalan rusak"), ("dlh", "sampah bau"), ("pdam", "air mati"))
        for i in range(6)
    ]
    labelled = folder / "berlabel.jsonl"
    labelled.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    files["labelled"] = str(labelled)
    files["model"] = str(folder / "model.json")
    code = main(
        ["route", "train", str(labelled), "--output", files["model"], "--folds", "3"],
        out=io.StringIO(),
    )
    assert code == 0
    files["url"] = f"sqlite:///{folder / 'pengaduan.db'}"
    (folder / "pengaduan.db").touch()  # an empty database: no schema yet
    files["legacy"] = str(write_legacy_store(folder / "lama.db", [received("KPG-L-1")]))
    (folder / "impor.jsonl").write_text(
        to_json(received("KPG-C-1")) + "\nbukan json\n", encoding="utf-8"
    )
    files["import"] = str(folder / "impor.jsonl")
    files.update(_checkpoint(folder))
    (folder / "rusak.toml").write_text("x = [1,\n", encoding="utf-8")
    files["bad_toml"] = str(folder / "rusak.toml")
    (folder / "kolom.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    files["bad_csv"] = str(folder / "kolom.csv")
    (folder / "sedikit.jsonl").write_text(
        '{"text": "jalan rusak", "unit": "pupr"}\n{"text": "sampah", "unit": "dlh"}\n',
        encoding="utf-8",
    )
    files["few"] = str(folder / "sedikit.jsonl")
    (folder / "bukan-model.json").write_text('{"x": 1}', encoding="utf-8")
    files["bad_model"] = str(folder / "bukan-model.json")
    return files


def _checkpoint(folder: Path) -> dict[str, str]:
    log = TransparencyLog.open(folder / "heads.log", create=True)
    store = Repository(f"sqlite:///{folder / 'bertanda.db'}", log=log)
    final = []
    for number in (1, 2):
        first, *later = answered(f"KPG-CP-{number}", "Petugas sudah ditegur.")
        store.add(first)
        for previous, version in zip([first, *later], later, strict=False):
            store.append(version, expected_version=previous.version)
        final.append(later[-1])
    key = SigningKey.generate()
    KeyRing.of(key).save(folder / "keys.json")
    sth = sign_tree_head(log, key, at=datetime(2025, 3, 5, tzinfo=UTC))
    (folder / "sth.json").write_text(sth.to_json(), encoding="utf-8")
    store.close()
    with (folder / "bertanda.jsonl").open("w", encoding="utf-8") as stream:
        dump_lines(final, stream)
    return {
        "signed": str(folder / "bertanda.jsonl"),
        "sth": str(folder / "sth.json"),
        "log": str(folder / "heads.log"),
        "keys": str(folder / "keys.json"),
    }


NOW = ["--now", "2025-04-30T10:00", "--zone", "Asia/Makassar", "--no-progress"]

# (name, argv with {fixture} placeholders, the exit codes it may end with, whether its output
# is in words (English must differ), whether it is data only (JSON: strings are removed)).
COMMANDS: list[tuple[str, list[str], set[int], bool, bool]] = [
    ("deadline", ["deadline", "--from", "2025-03-07T16:30+08:00", "--days", "3"], {0}, True, False),
    (
        "deadline-hours",
        ["deadline", "--from", "2025-03-07T16:30+08:00", "--hours", "8"],
        {0},
        True,
        False,
    ),
    ("workflow", ["workflow"], {0}, True, False),
    ("workflow-mermaid", ["workflow", "--mermaid"], {0}, True, False),
    ("redact", ["redact", "{text}"], {0}, False, False),
    ("redact-json", ["redact", "{text}", "--json"], {0}, False, True),
    ("route", ["route", "jln rusak dkt pkm oebobo"], {0}, True, False),
    ("route-file", ["route", "{texts}"], {0}, True, False),
    ("route-json", ["route", "lampu jalan mati", "--json"], {0}, False, True),
    ("route-model", ["route", "lampu jalan mati", "--model", "{model}"], {0}, True, False),
    (
        "route-model-first",
        ["route", "air mati", "--model", "{model}", "--precedence", "model"],
        {0},
        True,
        False,
    ),
    (
        "route-train",
        ["route", "train", "{labelled}", "--output", "{folder}/m2.json", "--folds", "3"],
        {0},
        True,
        False,
    ),
    (
        "route-train-choose",
        [
            "route",
            "train",
            "{labelled}",
            "--choose",
            "--folds",
            "2",
            "--output",
            "{folder}/m3.json",
        ],
        {0},
        True,
        False,
    ),
    (
        "route-evaluate",
        ["route", "evaluate", "{labelled}", "--folds", "3", "--html", "{folder}/evaluasi.html"],
        {0},
        True,
        False,
    ),
    ("route-evaluate-json", ["route", "evaluate", "{labelled}", "--json"], {0}, False, True),
    ("audit", ["audit", "{export}", *NOW], {3}, True, False),
    ("audit-table", ["audit", "{export}", *NOW, "--skip-invalid"], {1}, True, False),
    (
        "audit-json",
        ["audit", "{export}", *NOW, "--skip-invalid", "--format", "json"],
        {1},
        False,
        True,
    ),
    ("audit-csv", ["audit", "{clean}", *NOW, "--format", "csv"], {1}, False, False),
    (
        "audit-html",
        ["audit", "{clean}", *NOW, "--format", "html", "-o", "{folder}/laporan.html"],
        {1},
        False,
        False,
    ),
    (
        "audit-thresholds",
        ["audit", "{clean}", *NOW, "--thresholds", "green=90,yellow=50", "--fail-on", "never"],
        {0},
        True,
        False,
    ),
    (
        "audit-checkpoint",
        [
            "audit",
            "{signed}",
            *NOW,
            "--fail-on",
            "never",
            "--checkpoint",
            "{sth}",
            "--log",
            "{log}",
            "--keys",
            "{keys}",
        ],
        {0},
        True,
        False,
    ),
    ("db-current-empty", ["db", "current", "{url}"], {0}, True, False),
    ("db-upgrade", ["db", "upgrade", "{url}"], {0}, True, False),
    ("db-current", ["db", "current", "{url}"], {0}, True, False),
    ("db-import", ["db", "import", "{url}", "{import}"], {3}, True, False),
    (
        "db-import-sqlite-store",
        ["db", "import-sqlite-store", "{legacy}", "{url}"],
        {0},
        True,
        False,
    ),
    ("db-refresh", ["db", "refresh", "{url}", "--every-row"], {0}, True, False),
    ("db-refresh-check", ["db", "refresh", "{url}", "--check"], {0}, True, False),
    ("demo", ["demo", "--output", "{folder}/demo-{language}", "--per-day", "2"], {0}, True, False),
    ("version", ["--version"], {0}, False, False),
]


def run(
    argv: list[str],
    files: dict[str, str],
    language: str,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    """Run a command line with no locale set (``--lang en`` for English); stdout and stderr."""
    line = [part.format(language=language, **files) for part in argv]
    if language == "en":
        line = ["--lang", "en", *line]
    out = io.StringIO()
    capsys.readouterr()
    code = main(line, out=out)
    captured = capsys.readouterr()
    return code, captured.out + out.getvalue() + captured.err


@pytest.mark.parametrize(
    ("argv", "codes", "worded", "data"),
    [pytest.param(*case[1:], id=case[0]) for case in COMMANDS],
)
def test_every_command_speaks_indonesian_and_english(  # noqa: PLR0917 - parametrized
    argv: list[str],
    codes: set[int],
    worded: bool,
    data: bool,
    office: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    code, indonesian = run(argv, office, "id", capsys)
    assert code in codes, indonesian
    assert indonesian.strip()
    shown = prose(indonesian) if data else indonesian
    assert not english_words(shown), (english_words(shown), indonesian)
    code, english = run(argv, office, "en", capsys)
    assert code in codes, english
    if worded:
        assert english != indonesian
    shown = prose(english) if data else english
    if argv[0] != "redact":  # the redacted text is the citizen's own Indonesian
        assert not indonesian_words(shown), (indonesian_words(shown), english)


def _page_text(path: str) -> str:
    with open(path, encoding="utf-8") as stream:
        page = stream.read()
    body = re.split(r"<body[^>]*>", page, maxsplit=1)[1].split("<script", 1)[0]
    return re.sub(r"<[^>]+>", " ", body).replace("&#x27;", "'").replace("&amp;", "&")


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_pages_the_commands_write_are_in_one_language(
    language: str,
    office: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The audit report (``audit --format html -o``), the evaluation page (``route evaluate
    --html``) and the demo's report, read as a person sees them."""
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    folder = office["folder"]
    lines = [
        ["audit", "{clean}", *NOW, "--format", "html", "-o", f"{folder}/audit-{language}.html"],
        [
            "route",
            "evaluate",
            "{labelled}",
            "--folds",
            "2",
            "--html",
            f"{folder}/ev-{language}.html",
        ],
        ["demo", "--output", f"{folder}/demo-page-{language}", "--per-day", "1"],
    ]
    for argv in lines:
        assert run(argv, office, language, capsys)[0] in {0, 1}
    pages = [
        f"{folder}/audit-{language}.html",
        f"{folder}/ev-{language}.html",
        f"{folder}/demo-page-{language}/laporan-audit.html",
    ]
    for path in pages:
        text = _page_text(path)
        if language == "id":
            assert not english_words(text), (path, english_words(text))
        else:
            assert not indonesian_words(text), (path, indonesian_words(text))


# Command lines that fail: each ends with one line on standard error, in the reader's language.
FAILING: list[tuple[str, list[str]]] = [
    ("thresholds-not-a-number", ["audit", "{clean}", *NOW, "--thresholds", "green=x"]),
    ("thresholds-upside-down", ["audit", "{clean}", *NOW, "--thresholds", "green=10,yellow=50"]),
    ("calendar-bad-toml", ["audit", "{clean}", *NOW, "--calendar", "{bad_toml}"]),
    ("units-bad-toml", ["audit", "{clean}", *NOW, "--units", "{bad_toml}"]),
    ("checkpoint-alone", ["audit", "{clean}", *NOW, "--checkpoint", "{sth}"]),
    ("csv-without-columns", ["audit", "{bad_csv}", *NOW]),
    ("now-not-a-time", ["audit", "{clean}", "--now", "kemarin"]),
    ("workers-zero", ["audit", "{clean}", *NOW, "--workers", "0"]),
    ("column-unshaped", ["audit", "{clean}", *NOW, "--column", "x"]),
    ("evaluate-too-few", ["route", "evaluate", "{few}"]),
    ("train-without-output", ["route", "train", "{labelled}"]),
    ("train-too-many-folds", ["route", "train", "{labelled}", "--folds", "99", "--output", "x"]),
    ("model-not-a-model", ["route", "x", "--model", "{bad_model}"]),
    ("model-missing", ["route", "x", "--model", "{folder}/tidak-ada.json"]),
    ("db-unknown-scheme", ["db", "current", "mysql://x/y"]),
    ("db-unreachable", ["db", "current", "postgresql+psycopg://a:b@127.0.0.1:1/x"]),
    ("db-import-missing", ["db", "import", "{url}", "{folder}/tidak-ada.jsonl"]),
    ("db-current-missing-file", ["db", "current", "sqlite:///{folder}/tidak-ada.db"]),
    ("db-refresh-device-key", ["db", "refresh", "{url}", "--key-file", "/dev/zero"]),
    ("db-legacy-not-sqlite", ["db", "import-sqlite-store", "{bad_toml}", "{url}"]),
    ("db-refresh-policy-alone", ["db", "refresh", "{url}", "--policy", "{bad_toml}"]),
    ("demo-per-day-zero", ["demo", "--per-day", "0"]),
    (
        "deadline-bad-calendar",
        ["deadline", "--from", "2025-03-07T16:30+08:00", "--days", "3", "--calendar", "{bad_toml}"],
    ),
    (
        "deadline-unknown-zone",
        ["deadline", "--from", "2025-03-07T16:30", "--zone", "Mars/Base", "--days", "3"],
    ),
    ("redact-a-folder", ["redact", "{folder}"]),
    ("deadline-offset-outside", ["deadline", "--from", "2025-03-07T16:30+01:00", "--days", "3"]),
    ("audit-dask-a-pipe", ["audit", "/dev/zero", *NOW, "--engine", "dask", "--scheduler", "local"]),
]


@pytest.mark.parametrize("argv", [pytest.param(c[1], id=c[0]) for c in FAILING])
def test_every_failure_is_told_in_indonesian_and_english(
    argv: list[str],
    office: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    code, indonesian = run(argv, office, "id", capsys)
    assert code != 0
    assert indonesian.startswith("pengaduan: "), indonesian
    found = english_words(indonesian) | english_terms(indonesian)
    assert not found, (found, indonesian)
    english_code, english = run(argv, office, "en", capsys)
    assert english_code == code
    assert english != indonesian
    assert not indonesian_words(english), (indonesian_words(english), english)


# Every command's help, the first text a person reads.
HELPS = [
    [],
    ["workflow"],
    ["deadline"],
    ["route"],
    ["redact"],
    ["audit"],
    ["demo"],
    ["db"],
    ["db", "upgrade"],
    ["db", "current"],
    ["db", "import"],
    ["db", "import-sqlite-store"],
    ["db", "refresh"],
    ["db", "rotate-key"],
]
# English terms the Indonesian catalog has its own words for: a signed tree head ("kepala pohon
# bertanda tangan"), a Dask scheduler ("penjadwal"), a UTC offset ("selisih UTC").
TERMS = frozenset({"checkpoint", "scheduler", "offset"})


def english_terms(text: str) -> set[str]:
    """The `TERMS` said in ``text`` (an option such as ``--checkpoint`` is typed, not said)."""
    return {word for word in re.findall(r"[a-z]+", re.sub(r"--[\w-]+", " ", text)) if word in TERMS}


@pytest.mark.parametrize("command", HELPS, ids=lambda c: "-".join(c) or "pengaduan")
def test_every_help_is_in_one_language(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    shown = {}
    for language in ("id", "en"):
        code, shown[language] = run([*command, "--help"], {}, language, capsys)
        assert code == 0
    indonesian = shown["id"]
    found = english_words(indonesian) | english_terms(indonesian)
    assert not found, (found, indonesian)
    assert not indonesian_words(shown["en"]), (indonesian_words(shown["en"]), shown["en"])


# -- the public renderers ---------------------------------------------------------------------


def _labelled() -> Labelled:
    return Labelled.from_pairs(
        [
            (f"{words} nomor {i} mohon dibantu", unit)
            for unit, words in (
                ("pupr", "jalan rusak"),
                ("dlh", "sampah bau"),
                ("pdam", "air mati"),
            )
            for i in range(6)
        ]
    )


def _combined() -> LearnedRouter:
    model = train_model(_labelled(), name="uji")
    return LearnedRouter(router=default_router(), model=model, threshold=0.99)


def _finding_texts(language: str | None) -> list[str]:
    late = build_complaint(
        wita(2025, 3, 3),
        ("verifikasi", wita(2025, 3, 11, 9)),
        tracking_id="KPG-9",
        units=["dinkes"],
    )
    findings = check(
        late, workflow=Workflow.default(), policy=LAPOR, calendar=KUPANG, now=wita(2025, 4, 30)
    )
    return [finding.describe(language) for finding in findings]


def _renderers() -> dict[str, Callable[[str | None], list[str]]]:
    audit = new_audit()
    audit.add_all(sample())
    report = audit.report()
    directory = UnitDirectory.kota_kupang()
    workflow = Workflow.default()
    router = default_router()
    combined = _combined()
    texts = ["jalan rusak dekat sekolah", "🙏", "lampu jalan mati", "listrik padam", "air mati"]
    now = wita(2025, 3, 5)
    problems: list[ReadProblem] = []
    lines = [
        "{",
        "[]",
        to_json(received("KPG-R-1")).replace('"at": "', '"at": "x', 1),
        to_json(received("KPG-R-2"))[:-1] + ', "tambahan": 1}',
        "\udcff",
        '{"a": ' * 200 + "1" + "}" * 200,
    ]
    list(read_json_lines(lines, on_problem=problems.append))
    evaluation = evaluate_model(_labelled(), learning_curve=False)
    clocks = evaluate(
        build_complaint(wita(2025, 3, 3), tracking_id="KPG-8"),
        policy=LAPOR,
        calendar=KUPANG,
        now=now,
    )
    return {
        "RoutingDecision.explain": lambda lang: [router.route(t).explain(lang) for t in texts],
        "CombinedDecision.explain": lambda lang: [combined.route(t).explain(lang) for t in texts],
        "WhatIfReport.summary": lambda lang: [what_if(router, router, texts).summary(lang)],
        "Comparison.summary": lambda lang: [compare(router, combined, texts).summary(lang)],
        "render_table": lambda lang: [render_table(report, directory=directory, language=lang)],
        "render_html": lambda lang: [render_html(report, directory=directory, language=lang)],
        "render_satisfaction": lambda lang: [
            render_satisfaction(report, fmt=fmt, language=lang)
            for fmt in ("text", "markdown", "html")
        ],
        "Finding.describe": _finding_texts,
        "sla.describe": lambda lang: [
            describe(clock, KUPANG, now=now, language=lang) for clock in clocks
        ],
        "describe_basis": lambda lang: [
            describe_basis(rule.basis, language=lang) for rule in LAPOR.rules
        ],
        "clock labels": lambda lang: (
            [rule.label(lang) for rule in LAPOR.rules]
            + [clock.label(lang) for clock in report.overall.clocks]
        ),
        "Zone.label": lambda lang: [zone.label(lang) for zone in Zone],
        "Workflow.label": lambda lang: [workflow.label(s.name, lang) for s in workflow.statuses],
        "Workflow.to_mermaid": lambda lang: [workflow.to_mermaid(lang)],
        "Guard.describe": lambda lang: [
            guard.describe(lang) for action in workflow.actions for guard in action.guards
        ],
        "Holiday.name": lambda lang: [h.name(lang) for h in KUPANG.holidays_in(2025)],
        "ReadProblem.text": lambda lang: [problem.text(lang) for problem in problems],
        "ModelEvaluation.to_text": lambda lang: [evaluation.to_text(lang)],
        "ModelEvaluation.to_html": lambda lang: [evaluation.to_html(lang)],
    }


@pytest.fixture(scope="module")
def renderers() -> dict[str, Callable[[str | None], list[str]]]:
    return _renderers()


RENDERER_NAMES = (
    "RoutingDecision.explain",
    "CombinedDecision.explain",
    "WhatIfReport.summary",
    "Comparison.summary",
    "render_table",
    "render_html",
    "render_satisfaction",
    "Finding.describe",
    "sla.describe",
    "describe_basis",
    "clock labels",
    "Zone.label",
    "Workflow.label",
    "Workflow.to_mermaid",
    "Guard.describe",
    "Holiday.name",
    "ReadProblem.text",
    "ModelEvaluation.to_text",
    "ModelEvaluation.to_html",
)


def _visible(text: str) -> str:
    """What a person reads of ``text``: a page's visible text, without key paths
    (``history[0].at``), which are data."""
    if "<body" in text or "<table" in text:
        text = text.split("<script>", 1)[0]
        text = re.sub(r"<style>.*?</style>", " ", text, flags=re.DOTALL)
        text = re.sub(r"<[^>]+>", " ", text).replace("&#x27;", "'").replace("&amp;", "&")
    return re.sub(r"\b\w+(?:\[[^\]]*\]|\.\w+)+", " ", text)


@pytest.mark.parametrize("name", RENDERER_NAMES)
def test_every_renderer_speaks_indonesian_and_english(
    name: str, renderers: dict[str, Callable[[str | None], list[str]]]
) -> None:
    render = renderers[name]
    indonesian = render(None)
    assert indonesian
    assert render("id") == indonesian  # Indonesian is the current language
    for text in indonesian:
        assert not english_words(_visible(text)), (english_words(_visible(text)), text)
    english = render("en")
    with use_language("en"):
        assert render(None) == english  # None follows the current language
    assert english != indonesian
    for text in english:
        assert not indonesian_words(_visible(text)), (indonesian_words(_visible(text)), text)


# -- the leftovers the sweep names -------------------------------------------------------------


def test_a_guard_description_is_a_phrase_the_catalogs_translate() -> None:
    workflow = Workflow.default()
    guards = [guard for action in workflow.actions for guard in action.guards]
    assert guards
    for guard in guards:
        assert isinstance(guard.description, Phrase)
        assert guard.describe("en") == str(guard.description)  # English as written


def test_thresholds_from_the_office_say_so_in_either_language() -> None:
    from pengaduan.audit import ZoneThresholds  # noqa: PLC0415

    thresholds = ZoneThresholds.from_dict({"green": 90, "yellow": 60})
    assert thresholds.source == "set by the office"
    audit = new_audit(thresholds=thresholds)
    audit.add_all(sample())
    table = render_table(audit.report())
    assert "ditetapkan kantor" in table
    assert "set by the office" in render_table(audit.report(), language="en")


def test_a_value_description_shown_as_a_key_is_translated() -> None:
    error = NotFoundError(what="logged complaint", key=safe_id(12345))
    assert "<int yang tidak berbentuk nomor pelacakan>" in str(error)
    assert "<a int that is not shaped like a tracking id>" in error.message("en")
    assert not english_words(str(error))
    assert repr(Phrase("rule {name}", name="x")) == "'rule x'"  # other phrases quote as usual
    from pengaduan.messages.templates import TemplateSet  # noqa: PLC0415

    with pytest.raises(NotFoundError) as caught:
        TemplateSet.default().templates[0].text("Budi Santoso 0812")
    assert "kanal <str sepanjang 17 karakter>" in str(caught.value)
    assert "Budi" not in str(caught.value)
    assert "channel <a str of 17 characters>" in caught.value.message("en")


@pytest.mark.parametrize(
    "toml",
    [
        'zone = "Asia/Makassar"\nzone = "Asia/Jakarta"\n',
        "zone = \n",
        "[a\n",
        'x = "tidak ditutup\n',
        "x = [1, 2\n",
        "x = {a = 1, a = 2}\n",
        "x = 1979-05-27T07:32:00Z99\n",
        'x = "\\x"\n',
        "x = \\\n",
        "[[a]]\n[a]\n",
        "a = 1\na.b = 2\n",
        "x = 1 y = 2\n",
        "x = {a = 1} \n x.b = 2\n",
    ],
)
def test_every_toml_syntax_reason_reads_in_indonesian(toml: str) -> None:
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415

    with pytest.raises(ConfigurationError) as caught:
        WorkingCalendar.from_toml(toml)
    text = str(caught.value)
    assert "TOML" in text
    assert not english_words(text), text
    assert caught.value.message("en") != text


def test_a_toml_reason_outside_the_list_names_only_the_position() -> None:
    import tomllib  # noqa: PLC0415

    from pengaduan._core.toml import _position  # noqa: PLC0415

    error = tomllib.TOMLDecodeError("Something new went wrong (at line 3, column 7)")
    phrase = _position(error, "")
    with use_language("id"):
        from pengaduan.errors import translated  # noqa: PLC0415

        assert translated(phrase) == "kesalahan sintaks TOML pada baris 3, kolom 7"
    assert "Something" not in phrase
    end = _position(tomllib.TOMLDecodeError("Odd (at end of document)"), "")
    assert str(end) == "TOML syntax error at the end of the document"


def _loaders() -> dict[str, Callable[[object], object]]:
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415
    from pengaduan.messages.templates import TemplateSet  # noqa: PLC0415
    from pengaduan.routing import RuleSet  # noqa: PLC0415
    from pengaduan.routing.normalize import Lexicon  # noqa: PLC0415
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415
    from pengaduan.workflow.sop import load_definition  # noqa: PLC0415

    return {
        "rules": RuleSet.from_toml,
        "units": UnitDirectory.from_toml,
        "lexicon": Lexicon.from_toml,
        "workflow": load_definition,
        "templates": TemplateSet.from_toml,
        "sla": SlaPolicy.from_toml,
        "calendar": WorkingCalendar.from_toml,
    }  # type: ignore[return-value]


@pytest.mark.parametrize("loader", sorted(_loaders()))
def test_every_toml_loader_names_a_bad_file_in_indonesian(loader: str, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("x = [1,\n", encoding="utf-8")
    for source in ("x = [1,\n", path, "x = 1 y = 2\n"):
        with pytest.raises(ConfigurationError) as caught:
            _loaders()[loader](source)
        text = str(caught.value)
        assert "TOML" in text
        assert not english_words(text), text
        assert not indonesian_words(caught.value.message("en")), caught.value.message("en")


def test_an_explanation_gives_the_review_reasons_in_words() -> None:
    decision = default_router().route("🙏")
    assert [reason.value for reason in decision.review] == ["no-words", "no-match"]
    assert decision.explain().endswith(
        "Perlu diperiksa admin: teks tidak berisi kata, tidak ada aturan yang cocok."
    )
    assert decision.explain("en").endswith(
        "To be checked by the admin: the text has no words, no rule matched."
    )
