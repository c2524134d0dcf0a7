"""Languages: the catalogs are complete and current, and Indonesian output has no English in it.

The catalogs are checked against the code (``pybabel extract`` finds no msgid they lack, no
entry is empty or fuzzy, every placeholder survives translation, the compiled ``.mo`` files are
those of the ``.po`` files). Then everything a person reads is rendered in Indonesian (every
error class, every ``--help``, argparse's own messages, SMS replies, labels, deadline texts, the
audit report) and searched for common English words.
"""

from __future__ import annotations

import asyncio
import io
import re
import threading
import tokenize
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from tests import error_samples
from tests.audit_helpers import new_audit, sample

import pengaduan
from pengaduan import errors
from pengaduan._i18n import (
    LOCALE_DIR,
    N_,
    Phrase,
    format_date,
    format_month,
    format_number,
    format_percent,
)
from pengaduan.audit import Zone, render_html, render_table
from pengaduan.audit.dask import _cluster_lost, _task_failed
from pengaduan.audit.run import _worker_died, _worker_failed, _worker_not_started
from pengaduan.calendar import TimeUnit, WorkingCalendar
from pengaduan.calendar.humanize import format_deadline, format_instant, format_remaining
from pengaduan.cli import main
from pengaduan.intake import IntakeReason, help_text
from pengaduan.language import (
    get_language,
    language_from_environment,
    set_language,
    use_language,
)
from pengaduan.routing import UnitDirectory
from pengaduan.sla import ClockState, Confidence, confidence_label, state_label
from pengaduan.workflow import Workflow

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "pengaduan"
LANGUAGES = ("id", "en")
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")

# Common English words that never belong in an Indonesian sentence. Words the two languages
# share ("status", "unit", "data", "model", "audit", "median", "per") are left out; ids,
# option names, metavariables, codes and quoted values are removed from the text first.
ENGLISH = frozenset(
    """
    the and of is are not with must should complaint complaints deadline deadlines error
    errors invalid missing required allowed cannot please show this that help file time days
    working hours by for from or at on none yet was were have has been will which when where
    what unknown expected given got usage options positional arguments argument examples
    example exit codes done found write read input output report overall open late due left
    past score zone green yellow red breaches violations histories history complaint's units'
    is it its than then there their these those into over under only also all any each
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def catalog(language: str):  # type: ignore[no-untyped-def]
    path = LOCALE_DIR / language / "LC_MESSAGES" / "pengaduan.po"
    with path.open("rb") as stream:
        return read_po(stream)


def extracted() -> set[object]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        ROOT,
        method_map=[("src/pengaduan/**.py", "python")],
        keywords={**DEFAULT_KEYWORDS, "Nn_": (1, 2)},  # as `make messages` extracts
        # Private packages (``_core``) too: only hidden directories are skipped, as `make
        # messages` does (``--ignore-dirs``); Babel's default also skips ``_``-named ones.
        directory_filter=lambda path: not Path(path).name.startswith("."),
    ):
        found.add(message)
    return found


# -- the catalogs -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_msgid_in_the_code_is_in_the_catalog(language: str) -> None:
    ids = {m.id for m in catalog(language) if m.id}
    missing = sorted(map(str, extracted() - ids))
    assert not missing, f"run `make messages` and translate: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_empty_fuzzy_or_obsolete(language: str) -> None:
    po = catalog(language)
    assert not po.obsolete
    for message in po:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"untranslated: {message.id!r}"
        assert not message.fuzzy, f"fuzzy: {message.id!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    for message in catalog(language):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, message.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogs_are_those_of_the_po_files(language: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, catalog(language), use_fuzzy=False)
    shipped = (LOCALE_DIR / language / "LC_MESSAGES" / "pengaduan.mo").read_bytes()
    assert compiled.getvalue() == shipped, "run `make messages`"


def test_no_translation_hides_inside_an_f_string() -> None:
    """``pybabel extract`` cannot see ``_()`` inside an f-string: such a text would never be
    in the catalogs, and the test above would not notice."""
    hidden = []
    for path in SOURCE.rglob("*.py"):
        with path.open("rb") as stream:
            for token in tokenize.tokenize(stream.readline):
                prefix = token.string[:2].lower()
                called = re.search(r"(?<![\w.])_\(", token.string)
                if token.type == tokenize.STRING and "f" in prefix and called:
                    hidden.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
    assert not hidden


# -- choosing the language --------------------------------------------------------------------


def test_indonesian_is_the_default_and_english_is_a_choice() -> None:
    assert get_language() == "id"
    with use_language("en") as chosen:
        assert chosen == "en"
        assert get_language() == "en"
        with use_language("id"):
            assert get_language() == "id"
        assert get_language() == "en"
    assert get_language() == "id"
    set_language("en")
    assert get_language() == "en"
    with use_language("id"):
        assert get_language() == "id"
    set_language("id")


@pytest.mark.parametrize("value", ["fr", "", "EN", None, 1, b"en", ["en"]])
def test_an_unknown_language_is_a_typed_error(value: object) -> None:
    with pytest.raises(errors.ArgumentError, match="language"):
        set_language(value)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError), use_language(value):  # type: ignore[arg-type]
        pass
    assert get_language() == "id"


def test_each_thread_and_task_keeps_its_own_language() -> None:
    seen: dict[str, str] = {}
    barrier = threading.Barrier(2)

    def work(language: str) -> None:
        with use_language(language):
            barrier.wait()
            seen[language] = get_language()

    threads = [threading.Thread(target=work, args=(lang,)) for lang in LANGUAGES]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {"id": "id", "en": "en"}

    async def task(language: str) -> str:
        with use_language(language):
            await asyncio.sleep(0)
            return str(errors.ConflictError(complaint_id="K-1", expected=1, actual=2))

    async def both() -> list[str]:
        return list(await asyncio.gather(task("id"), task("en")))

    indonesian, english = asyncio.run(both())
    assert indonesian.startswith("pengaduan K-1: diharapkan versi 1")
    assert english.startswith("complaint K-1: expected version 1")


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, "id"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "en"}, "en"),
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "C.UTF-8"}, "id"),
        ({"LANG": "POSIX"}, "id"),
        ({"LANG": "de_DE.UTF-8"}, "id"),
        ({"LANGUAGE": "en_GB:id", "LANG": "id_ID.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LC_ALL": "en_AU.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "en_US.UTF-8"}, "id"),
        ({"LC_MESSAGES": "en_US@euro", "LANG": "id_ID"}, "en"),
        ({"LANG": "english"}, "id"),
    ],
)
def test_the_locale_variables_pick_the_language(environment: dict[str, str], expected: str) -> None:
    assert language_from_environment(environment) == expected


def test_the_command_line_follows_the_locale_and_lang_anywhere(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    main(["workflow"], out=out)
    assert "Kategori" in out.getvalue()
    assert "terbuka" in out.getvalue()
    assert not english_words(out.getvalue())
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    out = io.StringIO()
    main(["workflow"], out=out)
    assert "Category" in out.getvalue()
    out = io.StringIO()
    main(["deadline", "--from", "2025-03-07T16:30+08:00", "--days", "3"], out=out)
    assert out.getvalue().startswith("Due: by Wednesday, 12 March 2025 (WITA)\n")
    out = io.StringIO()
    main(["workflow", "--lang", "id"], out=out)
    assert "Kategori" in out.getvalue()
    assert main(["deadline", "--from", "kemarin", "--days", "3", "--lang=id"]) == 3
    assert "bukan format ISO 8601" in capsys.readouterr().err
    assert get_language() == "id"  # the command changed nothing for the rest of the process


# -- errors -----------------------------------------------------------------------------------

# Every error class with attributes as the library raises them (free-form parts from the
# catalogs: the library's own texts).
ERRORS = {
    "PengaduanError": lambda: errors.PengaduanError("history is empty"),
    "ArgumentError": lambda: errors.ArgumentError(
        argument="tracking_id", rule="must be a str", given="int"
    ),
    "ConfigurationError": lambda: errors.ConfigurationError("unit", ["must be a str"]),
    "NaiveDatetimeError": lambda: errors.NaiveDatetimeError("received_at"),
    "WorkflowError": lambda: errors.WorkflowError("history is empty"),
    "InvalidActionError": lambda: errors.InvalidActionError(
        complaint_id="KPG-1", status="selesai", action="tanggapi", allowed=()
    ),
    "ActionDataError": lambda: errors.ActionDataError(
        complaint_id="KPG-1",
        action="verifikasi",
        field="respons",
        problem="is not a field of this action",
        allowed=("units", "catatan"),
    ),
    "GuardError": lambda: errors.GuardError(
        complaint_id="KPG-1", action="tutup", guard="ada-tindak-lanjut", reason="is required"
    ),
    "TimeOrderError": lambda: errors.TimeOrderError(
        complaint_id="KPG-1", previous="2025-03-03T10:00:00+08:00", given="2025-03-02T10:00+08:00"
    ),
    "ConflictError": lambda: errors.ConflictError(complaint_id="KPG-1", expected=3, actual=4),
    "IdempotencyError": lambda: errors.IdempotencyError(
        complaint_id="KPG-1", sequence=2, action="tutup", recorded_action="tanggapi"
    ),
    "IdempotencyError.data": lambda: errors.IdempotencyError(
        complaint_id="KPG-1", sequence=2, action="tutup", recorded_action="tutup", difference="data"
    ),
    "IdempotencyError.actor": lambda: errors.IdempotencyError(
        complaint_id="KPG-1",
        sequence=2,
        action="tutup",
        recorded_action="tutup",
        difference="actor",
    ),
    "IntegrityError": lambda: errors.IntegrityError(
        complaint_id="KPG-1", sequence=3, reason="unexpected sequence number"
    ),
    "CheckpointError": lambda: errors.CheckpointError(
        reason="not-included", detail="the proof is for another complaint"
    ),
    "NotFoundError": lambda: errors.NotFoundError(what="complaint", key="KPG-9"),
    "StorageError": lambda: errors.StorageError(reason="unavailable", detail="the store is closed"),
    "UnloggedWriteError": lambda: errors.UnloggedWriteError(
        heads=[("KPG-9", 2, "ab" * 32)], reason="unavailable"
    ),
    "UnloggedWriteError.many": lambda: errors.UnloggedWriteError(
        heads=[("KPG-9", 2, "ab" * 32), ("KPG-10", 1, "cd" * 32)], reason="failed"
    ),
    "SerializationError": lambda: errors.SerializationError(
        path="", reason="the input cannot be read"
    ),
    "SchemaVersionError": lambda: errors.SchemaVersionError(version=9, supported=(1, 2)),
    "CalendarError": lambda: errors.CalendarError("history is empty"),
    "UnknownZoneError": lambda: errors.UnknownZoneError("Asia/Kupang"),
    "OutOfRangeError": lambda: errors.OutOfRangeError(
        date="2031-01-02", first_year=2024, last_year=2030
    ),
    "CalendarArgumentError": lambda: errors.CalendarArgumentError(
        argument="language", rule="must be one of id, en", given="a str of 2 characters"
    ),
    "CalendarArgumentError.number": lambda: errors.CalendarArgumentError(
        argument="n", rule="must be an int from 1 to 100000", given="0"
    ),
    "IntakeError": lambda: errors.IntakeError(reason="empty-message", detail="the SMS is empty"),
    "InvalidTrackingIdError": lambda: errors.InvalidTrackingIdError(
        detail="check character does not match: a character is wrong or two are swapped"
    ),
    "RoutingError": lambda: errors.RoutingError("the text is empty"),
    "RedactionError": lambda: errors.RedactionError(
        reason="bad-span", detail="span outside the text", detector="nik"
    ),
    "OptionalDependencyError": lambda: errors.OptionalDependencyError(
        feature="the Parquet export", package="pyarrow", extra="parquet"
    ),
    "PrivacyError": lambda: errors.PrivacyError(
        complaint_id="KPG-1", audience="public", privacy="rahasia"
    ),
}


# Free-form parts as audit, routing, redaction, intake, workflow and messages raise them
# (phrases with values, configuration problems with key paths): each reads wholly in Indonesian.
ERRORS.update(
    {
        "ConfigurationError.workflow-profile": lambda: errors.ConfigurationError(
            Phrase(N_("workflow profile {name}"), name="lapor-v3"),
            [
                Phrase(
                    N_("{path}: {problem}"),
                    path="status[1].category",
                    problem=Phrase(N_("must be open, paused or terminal")),
                ),
                Phrase(N_("unknown role {role}; roles: {roles}"), role="'raja'", roles="admin"),
            ],
        ),
        "ConfigurationError.rule-set": lambda: errors.ConfigurationError(
            Phrase(N_("rule set {name}"), name="'kupang'"),
            [
                Phrase(
                    N_("{path}: {problem}"),
                    path=Phrase(
                        N_("{where} (line {line})"),
                        where=Phrase(N_("rule {name}"), name="'jalan'"),
                        line=12,
                    ),
                    problem=Phrase(N_("unknown unit {unit}"), unit="'pupr'"),
                )
            ],
        ),
        "ConfigurationError.templates": lambda: errors.ConfigurationError(
            Phrase(N_("message templates")),
            [Phrase(N_("no template {name}"), name="'ack'")],
        ),
        "GuardError.role": lambda: errors.GuardError(
            complaint_id="KPG-1",
            action="tutup",
            guard="actor-role",
            reason=Phrase(
                N_("role {role} may not take it; allowed: {roles}"), role="'pelapor'", roles="admin"
            ),
        ),
        "IntakeError.too-long": lambda: errors.IntakeError(
            reason="too-long",
            detail=Phrase(
                N_("the text has {count} characters; at most {limit}"), count=2000, limit=1600
            ),
        ),
        "InvalidTrackingIdError.position": lambda: errors.InvalidTrackingIdError(
            detail=Phrase(N_("character at position {position} is not allowed"), position=3)
        ),
        "RedactionError.operator": lambda: errors.RedactionError(
            reason="bad-operator",
            detail=Phrase(
                N_("the operator for {kind} raised an error or returned no str"), kind="'phone'"
            ),
        ),
        "SerializationError.audit-row": lambda: errors.SerializationError(
            path=Phrase(N_("line {line}: {where}"), line=3, where="verified_at"),
            reason=Phrase(N_("earlier than {column}"), column="received_at"),
        ),
        "AuditEngineError.worker-died": _worker_died,
        "AuditEngineError.worker-failed": _worker_failed,
        "AuditEngineError.worker-not-started": _worker_not_started,
        "AuditEngineError.cluster-lost": _cluster_lost,
        "AuditEngineError.task-failed": _task_failed,
        "StorageError.spill": lambda: errors.StorageError(
            reason="failed", detail=N_("the audit's spill files cannot be written")
        ),
    }
)


def test_every_error_class_is_rendered_here() -> None:
    assert {name.split(".")[0] for name in ERRORS} == set(errors.__all__)


# The command's own words: typed as they are, in either language.
COMMAND_WORDS = frozenset(
    """
    deadline workflow redact route demo audit db upgrade current import train evaluate
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def english_words(text: str) -> set[str]:
    """The common English words in ``text``, once ids, options, codes and quotes are out."""
    text = re.sub(r"'[^']*'|`[^`]*`|\{[^}]*\}|\[[^\]]*\]", " ", text)  # quoted ids, choices
    words = []
    for raw in text.split():
        token = raw.strip("()[]{},;:|")
        if token.startswith("-") or re.search(r"[_=/.:@|<>-]\w|\d", token) or token.isupper():
            continue  # an option, a path, a URL, a code, a metavariable
        if token.lower() in COMMAND_WORDS:
            continue
        words += re.findall(r"[A-Za-z']+", token)
    return {w.lower() for w in words} & ENGLISH


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_every_error_speaks_indonesian_and_english(name: str) -> None:
    error = ERRORS[name]()
    indonesian = str(error)
    assert not english_words(indonesian), indonesian
    english = error.message("en")
    assert english != indonesian or name == "PengaduanError"
    with use_language("en"):
        assert str(error) == english
    assert error.code == type(error).code  # the code is beside the message, never translated


def test_an_error_is_rendered_in_the_language_current_when_read() -> None:
    with use_language("en"):
        error = errors.ConflictError(complaint_id="KPG-1", expected=3, actual=4)
    assert error.args[0].startswith("complaint KPG-1")  # as it read when raised
    assert str(error).startswith("pengaduan KPG-1: diharapkan versi 3, tetapi kini versi 4")


def test_a_message_with_an_untranslated_part_is_all_english() -> None:
    error = errors.ArgumentError(argument="x", rule="must be a prime number below seven")
    assert str(error) == "x must be a prime number below seven"
    assert str(errors.ArgumentError(argument="x", rule="must be a str")) == "x harus berupa str"


def test_errors_still_carry_no_personal_data_in_either_language() -> None:
    secret = "Budi Santoso 081234567890"
    error = errors.ArgumentError(
        argument="nama", rule="must be a str", given=f"a str of {len(secret)} characters"
    )
    for text in (str(error), error.message("en"), repr(error)):
        assert "Budi" not in text
        assert "0812" not in text


@pytest.mark.parametrize("name", sorted(error_samples.SAMPLES))
def test_errors_of_every_part_read_in_indonesian(name: str, tmp_path: Path) -> None:
    """A sample of real errors from each translated part (calendar, SLA, views, integrity,
    store, serialization...), rendered in Indonesian: no English word outside the key paths,
    argument names and Python values they show as they are."""
    args = (tmp_path,) if name in error_samples.NEEDS_FOLDER else ()
    with pytest.raises(errors.PengaduanError) as caught:
        error_samples.SAMPLES[name](*args)
    error = caught.value
    text = str(error)
    text = re.sub(r"(?m)^\s+- [^ ]+?: ", " ", text)  # a problem's key path (week.mon[0]:)
    argument = getattr(error, "argument", None)
    if argument:
        text = text.replace(argument, " ")
    text = re.sub(r"\b(?:None|True|False)\b", " ", text)
    assert not english_words(text), str(error)


def test_the_test_helpers_assert_in_the_current_language() -> None:
    from pengaduan.testing import assert_allowed  # noqa: PLC0415

    with pytest.raises(AssertionError) as caught:
        assert_allowed(None, "selesai", ["verifikasi"])
    assert "tidak diizinkan" in str(caught.value)
    assert not english_words(str(caught.value)), str(caught.value)
    with use_language("en"), pytest.raises(AssertionError, match="not allowed: verifikasi"):
        assert_allowed(None, "selesai", ["verifikasi"])


# -- everything else a person reads ----------------------------------------------------------

COMMANDS = (
    [],
    ["deadline"],
    ["workflow"],
    ["redact"],
    ["route"],
    ["demo"],
    ["audit"],
    ["db"],
    ["db", "upgrade"],
    ["db", "current"],
    ["db", "import"],
)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "pengaduan")
def test_every_help_is_indonesian(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    text = capsys.readouterr().out
    assert "penggunaan:" in text
    assert "opsi:" in text
    assert not english_words(text), english_words(text)
    assert main([*command, "--help", "--lang", "en"]) == 0
    assert "usage:" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["hapus"],
        [],
        ["deadline", "--days", "3"],
        ["deadline", "--from", "2025-03-03T10:00+08:00", "--days", "x"],
        ["deadline", "--from", "2025-03-03T10:00+08:00", "--days", "3", "--hours", "2"],
        ["deadline", "--from"],
        ["workflow", "--tidak-ada"],
        ["audit", "x.jsonl", "--format", "pdf"],
        ["deadline", "--from", "2025-03-03T10:00", "--days", "3"],
        ["redact", "tidak-ada.txt"],
        ["audit", "tidak-ada.jsonl"],
        ["deadline", "--from", "2025-03-03T10:00+08:00", "--days", "3", "--calendar", "."],
    ],
    ids=lambda a: " ".join(a) or "nothing",
)
def test_command_line_errors_are_indonesian(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert err.startswith("pengaduan: ")
    assert not english_words(err), err


def test_sms_replies_are_indonesian() -> None:
    replies = [help_text(reason) for reason in IntakeReason] + [help_text("something-else")]
    for reply in replies:
        assert not english_words(reply), reply
    assert help_text(IntakeReason.EMPTY_BODY).startswith("Isi pengaduan belum ada.")
    with use_language("en"):
        assert help_text(IntakeReason.EMPTY_BODY).startswith("Your complaint is missing.")


def test_labels_are_indonesian() -> None:
    workflow = Workflow.default()
    labels = [workflow.label(s.name) for s in workflow.statuses]
    labels += [workflow.label(a.name) for a in workflow.actions]
    labels += [workflow.label(name) for name in ("terima", "akses_identitas")]
    labels += [zone.label() for zone in Zone]
    labels += [state_label(state) for state in ClockState]
    labels += [confidence_label(confidence) for confidence in Confidence]
    for label in labels:
        assert not english_words(label), label
    assert Zone.KUNING.label() == "Kuning"
    assert Zone.KUNING.label("en") == "Yellow"
    assert workflow.label("dibuka_kembali") == "Dibuka kembali"
    with use_language("en"):
        assert workflow.label("dibuka_kembali") == "Reopened"
        assert state_label(ClockState.BREACHED) == "breached"


MAKASSAR = ZoneInfo("Asia/Makassar")
CAL = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025)


def test_deadline_texts_are_indonesian() -> None:
    received = datetime(2025, 3, 3, 10, 0, tzinfo=MAKASSAR)
    texts = []
    for unit in TimeUnit:
        due = (
            CAL.add_working_days(received, 3)
            if unit is TimeUnit.WORKING_DAYS
            else CAL.add_calendar_days(received, 3)
            if unit is TimeUnit.CALENDAR_DAYS
            else CAL.add_working_time(received, datetime(2025, 1, 1, 3) - datetime(2025, 1, 1))
        )
        texts.append(format_deadline(due, CAL, unit=unit))
        moments = (received, due, datetime(2025, 3, 20, 10, tzinfo=MAKASSAR))
        texts.extend(format_remaining(now, due, CAL, unit=unit) for now in moments)
    texts.append(format_instant(received, CAL))
    for text in texts:
        assert not english_words(text), text
    assert texts[0] == "paling lambat Kamis, 6 Maret 2025 (WITA)"


def test_numbers_and_dates_follow_the_language() -> None:
    assert format_percent(86.5) == "86,5\u00a0%"
    assert format_percent(86.5, "en") == "86.5%"
    assert format_number(1234) == "1.234"
    assert format_number(1234, "en") == "1,234"
    assert format_date(date(2025, 5, 27)) == "27 Mei 2025"
    assert format_date(date(2025, 5, 27), "en", weekday=True) == "Tuesday, 27 May 2025"
    assert format_month(date(2025, 5, 1)) == "Mei 2025"
    with use_language("en"):
        assert format_month(date(2025, 5, 1)) == "May 2025"


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    audit = new_audit()
    audit.add_all(sample())
    return audit.report()


def visible_text(page: str) -> str:
    body = page.split("<body>", 1)[1].split("<script>", 1)[0]
    return re.sub(r"<[^>]+>", " ", body).replace("&#x27;", "'").replace("&amp;", "&")


def test_the_audit_report_is_indonesian(report) -> None:  # type: ignore[no-untyped-def]
    directory = UnitDirectory.kota_kupang()
    table = render_table(report, directory=directory)
    page = visible_text(render_html(report, directory=directory))
    for text in (table, page):
        assert not english_words(text), english_words(text)
    english = render_table(report, directory=directory, language="en")
    assert "Complaint SOP compliance audit" in english


def test_the_report_explains_itself_to_a_head_of_office(report) -> None:  # type: ignore[no-untyped-def]
    directory = UnitDirectory.kota_kupang()
    table = " ".join(render_table(report, directory=directory).split())
    assert "Per 30 April 2025 pukul 10.00 WITA, tercatat 5 pengaduan; 3 di antaranya" in table
    assert "62,5 % tenggat dipenuhi tepat waktu (5 dari 8): zona Kuning" in table
    assert "Verifikasi dan disposisi oleh admin (≤ 3 hari kerja): 60,0 % tepat waktu" in table
    assert (
        "1 pengaduan didisposisikan ke dua unit, sehingga jumlah per unit 6 dari 5 pengaduan"
        in table
    )
    assert "Skor terendah: Dinas Kesehatan Kota Kupang (66,7 %, zona Kuning)" in table
    assert "Dinkes = Dinas Kesehatan Kota Kupang" in table
    english = " ".join(render_table(report, directory=directory, language="en").split())
    assert "1 complaint was disposed to two units, so the unit rows add up to 6 for 5" in english
    page = render_html(report, directory=directory)
    assert "Diverifikasi dan didisposisikan" in page  # a status as a word, not an id
    assert "Maret 2025" in page  # breaches by month
    assert '<td title="Dinas Kesehatan Kota Kupang">Dinkes</td>' in page
    assert ">pupr<" not in page


def test_every_figure_of_the_cards_is_in_the_summary(report) -> None:  # type: ignore[no-untyped-def]
    page = render_html(report)
    summary = page.split('<section class="summary">', 1)[1].split("</section>", 1)[0]
    cards = re.findall(r"<b>([^<]+)</b>", page)
    for value in cards:
        assert value in summary, value


def test_the_public_api_exports_the_language_functions() -> None:
    for name in ("get_language", "set_language", "use_language"):
        assert getattr(pengaduan, name) is globals()[name]


# -- free-form message parts ------------------------------------------------------------------


# Errors whose ``reason`` is a stable machine-readable code ("not-text", "locked"), shown as it
# is beside the translated detail: a literal reason there is an id, not a text to translate.
_REASON_CODES = frozenset(
    {
        "CheckpointError",
        "FileAccessError",
        "IntakeError",
        "ModelFileError",
        "ParquetWriteError",
        "RedactionError",
        "SkippedLine",
        "StorageError",
    }
)


def _free_form_parts() -> list[tuple[str, str, object]]:
    """(area, place, value) of every ``rule=``, ``reason=`` and ``detail=`` given as a literal
    or an f-string in the package: such a part is shown to a person through an error."""
    import ast  # noqa: PLC0415

    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        area = path.relative_to(SOURCE).parts[0]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            for keyword in node.keywords:
                if keyword.arg == "reason" and callee in _REASON_CODES:
                    continue
                if keyword.arg in {"rule", "reason", "detail"}:
                    value = keyword.value
                    place = f"{path.relative_to(ROOT)}:{value.lineno}"
                    if isinstance(value, ast.JoinedStr):
                        found.append((area, place, value))
                    elif isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.append((area, place, value.value))
    return found


# A stable code given as a ``reason`` or a ``rule`` (``"unknown-key"``, ``"failed"``,
# ``"tidak_jelas"``): one lower-case word or several joined by hyphens or underscores, never text
# to translate.
CODE = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")


def test_every_free_form_part_is_in_the_catalog() -> None:
    """A literal part must be a msgid (or one of the shapes translated by pattern); a part with
    values in it is a ``Phrase``, never an f-string, so it can be translated as a whole."""
    from pengaduan._i18n import using  # noqa: PLC0415

    bad = []
    for _area, place, value in _free_form_parts():
        if not isinstance(value, str):
            bad.append(f"{place}: an f-string (use Phrase(N_(...), ...))")
            continue
        if CODE.fullmatch(value):
            continue  # a machine-readable code (``reason="bad-signature"``), never translated
        with using("id"):
            if errors.translated(value) == value and value not in {"", "id"}:
                bad.append(f"{place}: {value!r} is not in the catalog")
    assert not bad, "\n".join(bad)


def test_a_phrase_is_translated_as_a_whole_with_its_values() -> None:
    import pickle  # noqa: PLC0415

    from pengaduan._i18n import N_, Phrase  # noqa: PLC0415

    problem = Phrase(N_("line {line}: {problem}"), line=3, problem=Phrase(N_("must be a str")))
    assert problem == "line 3: must be a str"  # the English text, for code reading it as text
    assert pickle.loads(pickle.dumps(problem)).values == problem.values  # noqa: S301 - our own bytes
    error = errors.ConfigurationError("clock", [problem])
    with use_language("id"):
        assert "baris 3: harus berupa str" in str(error)
    unknown = errors.ArgumentError(argument="x", rule=Phrase("not in any catalog {n}", n=1))
    assert unknown.message("id") == unknown.message("en") == "x not in any catalog 1"
