"""What an Indonesian (or English) reader sees: one language per message, codes shown as codes."""

from __future__ import annotations

import errno
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from pengaduan import Actor, Privacy, Reporter, Submission, Workflow, use_language
from pengaduan._core.paths import os_reason
from pengaduan.audit import audit_path, detect_format
from pengaduan.audit.problems import FileAccessError
from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import IntakeError, StorageError, translated
from pengaduan.intake import IntakeReason, SmsGateway, help_text
from pengaduan.messages import sms_segments
from pengaduan.privacy import view
from pengaduan.testing import assert_clock, assert_sop_compliant, build_complaint
from pengaduan.workflow import profiles

if TYPE_CHECKING:
    from pathlib import Path

WITA = ZoneInfo("Asia/Makassar")
KUPANG = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026))
NOW = datetime(2025, 3, 12, tzinfo=WITA)

# Words of the English findings that must not appear in an Indonesian message.
ENGLISH = ("clock", "due", "official", "working days", "late", "state is", "expected")


def _late() -> object:
    return build_complaint(
        datetime(2025, 3, 3, 10, tzinfo=WITA),
        ("verifikasi", datetime(2025, 3, 11, 9, tzinfo=WITA)),
        tracking_id="KPG-0107",
    )


def _failure(call: object) -> str:
    assert callable(call)
    with pytest.raises(AssertionError) as caught:
        call()
    return str(caught.value)


# --- pengaduan.testing: assertion messages in one language ----------------------------------


def test_sop_compliance_failure_is_all_indonesian() -> None:
    text = _failure(lambda: assert_sop_compliant(_late(), now=NOW, calendar=KUPANG))
    assert "tidak sesuai SOP" in text
    assert "resmi" in text
    assert "dipenuhi dengan keterlambatan 3 hari kerja" in text
    assert not [word for word in ENGLISH if word in text]


def test_sop_compliance_failure_is_all_english_in_english() -> None:
    with use_language("en"):
        text = _failure(lambda: assert_sop_compliant(_late(), now=NOW, calendar=KUPANG))
    assert "is not SOP-compliant" in text
    assert "official" in text
    assert "met 3 working days late" in text


def test_clock_failure_shows_the_confidence_in_words() -> None:
    call = lambda: assert_clock(  # noqa: E731
        _late(), "verifikasi", now=NOW, state="met", calendar=KUPANG
    )
    text = _failure(call)
    assert "resmi" in text
    assert "official" not in text
    with use_language("en"):
        assert "official)" in _failure(call)


# --- file errors: a translated reason, never the system's English strerror ------------------


@pytest.mark.parametrize(
    ("make", "code", "words_id", "words_en"),
    [
        pytest.param(
            lambda d: d / "tidak-ada.jsonl",
            "missing",
            "berkas tidak ada",
            "no such file",
            id="missing",
        ),
        pytest.param(lambda d: d, "is-directory", "direktori", "directory", id="directory"),
    ],
)
def test_audit_file_errors_are_in_the_readers_language(
    tmp_path: Path, make: object, code: str, words_id: str, words_en: str
) -> None:
    assert callable(make)
    path = make(tmp_path)
    with pytest.raises(FileAccessError) as caught:
        audit_path(path, calendar=KUPANG, now=datetime.now(UTC))
    error = caught.value
    assert error.reason == code
    shown = str(error)
    assert f"[{code}]" in shown
    assert words_id in shown
    assert "No such file" not in shown
    assert "Is a directory" not in shown
    assert "penyimpanan" not in shown  # the audit's input, not the store
    assert shown.startswith(f"masukan audit [{code}]: ")
    english = error.message("en")
    assert english.startswith(f"audit input [{code}]: ")
    assert words_en in english


def test_detect_format_on_a_missing_file_says_why_in_indonesian(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError) as caught:
        detect_format(tmp_path / "riwayat-tanpa-akhiran")
    assert "berkas tidak ada" in str(caught.value)
    assert "No such file" not in str(caught.value)


@pytest.mark.parametrize(
    ("number", "id_text", "en_text"),
    [
        (errno.ENOENT, "berkas tidak ada", "no such file"),
        (errno.EACCES, "izin ditolak", "permission denied"),
        (errno.ENOSPC, "disk penuh", "the disk is full"),
    ],
)
def test_os_reasons_are_translated(number: int, id_text: str, en_text: str) -> None:
    reason = os_reason(OSError(number, "English from the C library"))
    assert translated(reason) == id_text
    with use_language("en"):
        assert translated(reason) == en_text


def test_an_unknown_os_reason_is_the_errors_type_name_never_its_strerror() -> None:
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "OSError"


@pytest.mark.parametrize("language", ["id", "en"])
def test_storage_reason_codes_read_as_codes(language: str) -> None:
    error = StorageError(reason="unavailable", detail="the database cannot be reached")
    shown = error.message(language)
    assert shown.startswith(("penyimpanan [unavailable]: ", "storage [unavailable]: "))
    assert error.reason == "unavailable"
    assert error.code == "storage"


# --- the reply action: labelled for whoever took it -------------------------------------------


def _replied(role: str) -> object:
    wf = Workflow.default()
    t0 = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    complaint = wf.receive(
        Submission(
            text="Lampu jalan mati",
            channel="sms",
            privacy=Privacy.PUBLIK,
            reporter=Reporter(phone="+6281339001122", account_id="p-1"),
        ),
        tracking_id="KPG-1",
        at=t0,
        actor=Actor.system("sms"),
    )
    complaint = wf.apply(
        complaint,
        "verifikasi",
        at=t0 + timedelta(hours=2),
        actor=Actor.admin("bag-organisasi"),
        units=["dishub"],
    )
    actor = Actor.admin("bag-organisasi") if role == "admin" else Actor.reporter("p-1")
    return wf.apply(
        complaint, "tanggapi", at=t0 + timedelta(hours=3), actor=actor, message="Mohon foto."
    )


@pytest.mark.parametrize("role", ["admin", "pelapor"])
@pytest.mark.parametrize("audience", ["reporter", "public"])
def test_a_reply_is_not_labelled_as_the_reporters_when_the_admin_wrote_it(
    role: str, audience: str
) -> None:
    viewer = Actor.reporter("p-1") if audience == "reporter" else Actor.system("portal")
    shown, _log = view(
        _replied(role), audience, viewer=viewer, at=datetime(2026, 12, 3, 6, tzinfo=UTC)
    )
    last = shown.to_dict()["timeline"][-1]
    assert last["role"] == role
    assert (last["label"], last["label_en"]) == ("Tanggapan", "Reply")
    assert "pelapor" not in last["label"]


@pytest.mark.parametrize("profile", [profiles.lapor_v3, profiles.dinkes_upp])
def test_every_profile_labels_the_shared_reply_neutrally(profile: object) -> None:
    assert callable(profile)
    wf = Workflow.from_definition(profile())
    assert wf.label("tanggapi", "id") == "Tanggapan"
    assert wf.label("tanggapi", "en") == "Reply"


# --- one name for the language argument -------------------------------------------------------


def test_workflow_label_and_diagram_take_language() -> None:
    wf = Workflow.default()
    assert wf.label("ditunda", language="en") == "Deferred"
    assert "Deferred" in wf.to_mermaid(language="en")


def test_the_old_lang_keyword_still_works_with_a_warning() -> None:
    wf = Workflow.default()
    with pytest.warns(DeprecationWarning, match="language="):
        assert wf.label("ditunda", lang="en") == "Deferred"
    with (
        pytest.warns(DeprecationWarning, match="language="),
        pytest.raises(ValueError, match="lang"),
    ):
        wf.to_mermaid("id", lang="en")


# --- lists of names use the language's "and" --------------------------------------------------


def test_missing_arguments_are_listed_with_the_languages_and() -> None:
    from pengaduan.errors import ArgumentError  # noqa: PLC0415
    from pengaduan.sla import due_actions  # noqa: PLC0415

    with pytest.raises(ArgumentError) as caught:
        due_actions([], now=NOW, policy=None, calendar=None, workflow=None)  # type: ignore[arg-type]
    error = caught.value
    assert str(error) == "policy, calendar dan workflow wajib diisi"
    assert error.message("en") == "policy, calendar and workflow are required"
    assert error.argument == "policy, calendar and workflow"


# --- numbers in the reader's format; None named as None ---------------------------------------


def test_bounds_in_rules_are_written_in_the_readers_number_format() -> None:
    from pengaduan.errors import ArgumentError  # noqa: PLC0415

    error = ArgumentError(argument="batch_size", rule="must be an int from 1 to 10,000,000")
    assert str(error) == "batch_size harus bilangan bulat dari 1 sampai 10.000.000"
    assert error.message("en").endswith("from 1 to 10,000,000")
    power = ArgumentError(argument="memory", rule="must be an int from 0 to 2**40")
    assert "2**40" not in str(power)
    assert str(power).endswith("1.099.511.627.776")


def test_a_float_in_a_problem_uses_the_readers_decimal_mark() -> None:
    from pengaduan.audit import ZoneThresholds  # noqa: PLC0415
    from pengaduan.errors import ConfigurationError  # noqa: PLC0415

    with pytest.raises(ConfigurationError) as caught:
        ZoneThresholds.from_dict({"green": 40, "yellow": 70.5})
    assert "kuning (70,5) di atas hijau (40)" in str(caught.value)
    assert "yellow (70.5) is above green (40)" in caught.value.message("en")


def _enter(language: object) -> None:
    import pengaduan  # noqa: PLC0415

    with pengaduan.use_language(language):  # type: ignore[arg-type]
        pass


@pytest.mark.parametrize("call", ["set_language", "use_language"])
def test_none_as_a_language_is_reported_as_none(call: str) -> None:
    import pengaduan  # noqa: PLC0415
    from pengaduan.errors import ArgumentError  # noqa: PLC0415

    setter = pengaduan.set_language if call == "set_language" else _enter
    with pytest.raises(ArgumentError) as caught:
        setter(None)  # type: ignore[arg-type]
    assert "NoneType" in str(caught.value)
    assert "karakter" not in str(caught.value)


# --- training's own warnings never reach the command's reader ---------------------------------


@pytest.mark.parametrize(
    ("language", "words"), [("id", "tidak konvergen"), ("en", "did not converge")]
)
def test_a_convergence_warning_is_told_in_the_readers_language(
    capsys: pytest.CaptureFixture[str], language: str, words: str
) -> None:
    import warnings  # noqa: PLC0415

    from sklearn.exceptions import ConvergenceWarning  # noqa: PLC0415

    from pengaduan.cli._route import _training_quietly  # noqa: PLC0415

    with use_language(language), _training_quietly():
        warnings.warn("lbfgs failed to converge (status=1)", ConvergenceWarning, stacklevel=1)
        warnings.warn("some library detail", UserWarning, stacklevel=1)
    err = capsys.readouterr().err
    assert words in err
    assert "lbfgs" not in err
    assert "ConvergenceWarning" not in err
    assert "some library detail" not in err
    assert err.count("\n") == 1


# --- SMS help replies fit one segment for every keyword the gateway accepts --------------------


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("length", [2, 9, 10, 16, 32])
@pytest.mark.parametrize("reason", [*IntakeReason, "another-reason"])
def test_sms_help_fits_one_segment(language: str, length: int, reason: str) -> None:
    keyword = ("KOTAKUPANG" * 4)[:length]
    with use_language(language):
        text = help_text(reason, keyword=keyword)
    if reason not in {IntakeReason.TOO_LONG, IntakeReason.EMPTY_TEXT}:  # these name no keyword
        assert keyword in text
    assert sms_segments(text).single


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_short_keyword_keeps_the_example(language: str) -> None:
    with use_language(language):
        assert "Lampu jalan di RT 05 mati" in help_text("missing-keyword", keyword="KOTKUPANG")
        assert "Lampu jalan" not in help_text("missing-keyword", keyword="K" * 32)


def test_the_gateway_replies_in_one_segment_with_a_ten_letter_keyword() -> None:
    gateway = SmsGateway.from_keywords({"KOTAKUPANG": "kota-kupang"})
    with use_language("en"), pytest.raises(IntakeError) as caught:
        gateway.parse("lampu jalan mati di RT 05")
    with use_language("en"):
        assert sms_segments(gateway.help_text(caught.value)).single


# --- the redact command's tags follow the reader --------------------------------------------


@pytest.mark.parametrize(
    ("argv", "tags"),
    [
        pytest.param([], ("[NAMA]", "[TELEPON]"), id="id"),
        pytest.param(["--lang", "en"], ("[NAME]", "[PHONE]"), id="en"),
        pytest.param(["--json"], ("[NAME]", "[PHONE]"), id="json-id"),
        pytest.param(["--json", "--lang", "en"], ("[NAME]", "[PHONE]"), id="json-en"),
    ],
)
def test_redact_command_tags_in_the_readers_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], tags: tuple[str, ...]
) -> None:
    import io  # noqa: PLC0415

    from pengaduan.cli import EXIT_OK, main  # noqa: PLC0415

    source = tmp_path / "keluhan.txt"
    source.write_text("Nama saya Yohanes Bria, hp 0812-3456-7890", encoding="utf-8")
    out = io.StringIO()
    assert main(["redact", str(source), *argv], out=out) == EXIT_OK
    capsys.readouterr()
    for tag in tags:
        assert tag in out.getvalue()


# --- the audit summary agrees with its numbers ------------------------------------------------


def test_audit_summary_counts_are_singular_for_one() -> None:
    from tests.audit_helpers import new_audit  # noqa: PLC0415
    from tests.sla_helpers import wita  # noqa: PLC0415

    from pengaduan.audit import render_table  # noqa: PLC0415

    audit = new_audit()
    audit.add(build_complaint(wita(2025, 3, 3)))
    report = audit.report()
    english = " ".join(render_table(report, language="en").split())
    assert "1 deadline is past and still open, 1 deadline was breached in all, 0 steps" in english
    assert "1 deadlines" not in english
    indonesian = " ".join(render_table(report).split())
    assert "0 langkah melanggar SOP dan 0 riwayat tidak lolos verifikasi." in indonesian


def test_chart_month_labels_show_the_year_as_a_year() -> None:
    import re  # noqa: PLC0415

    from tests.audit_helpers import new_audit, sample  # noqa: PLC0415

    from pengaduan.audit import render_html  # noqa: PLC0415

    audit = new_audit()
    audit.add_all(sample())
    for language, march in (("id", "Mar &#x27;25"), ("en", "Mar &#x27;25")):
        labels = re.findall(
            r'font-size="10">([^<]*)</text>', render_html(audit.report(), language=language)
        )
        assert march in labels
        assert "Mar 25" not in labels


# --- the workflow command's tables have a header over every column -------------------------


@pytest.mark.parametrize(
    ("argv", "status_head", "guard_head"),
    [
        pytest.param(
            [], ["Status", "Kategori", "Label"], ["Aksi", "Syarat SOP", "Ketentuan"], id="id"
        ),
        pytest.param(
            ["--lang", "en"],
            ["Status", "Category", "Label"],
            ["Action", "Guard", "Condition"],
            id="en",
        ),
    ],
)
def test_workflow_tables_name_every_column(
    argv: list[str], status_head: list[str], guard_head: list[str]
) -> None:
    import io  # noqa: PLC0415

    from pengaduan.cli import EXIT_OK, main  # noqa: PLC0415

    out = io.StringIO()
    assert main(["workflow", *argv], out=out) == EXIT_OK
    lines = out.getvalue().splitlines()
    rules = [i for i, line in enumerate(lines) if line.startswith("---")]
    heads = [lines[i - 1].split("  ") for i in rules]
    heads = [[cell.strip() for cell in head if cell.strip()] for head in heads]
    assert heads[0] == status_head
    assert heads[-1] == guard_head
    for i in rules:  # as many headers as columns
        assert len(lines[i].split()) == len([c for c in lines[i - 1].split("  ") if c.strip()])


# --- the command line names what it could not read: the database, or a file by its option ----


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    import io  # noqa: PLC0415

    from pengaduan.cli import main  # noqa: PLC0415

    code = main(argv, out=io.StringIO())
    return code, capsys.readouterr().err


@pytest.mark.parametrize("action", ["current", "upgrade"])
@pytest.mark.parametrize(
    ("argv", "words"),
    [
        pytest.param([], "pengaduan: basis data tidak dapat dihubungi", id="id"),
        pytest.param(["--lang", "en"], "pengaduan: the database cannot be reached", id="en"),
    ],
)
def test_a_database_that_cannot_be_reached_is_named_as_the_database(
    capsys: pytest.CaptureFixture[str], action: str, argv: list[str], words: str
) -> None:
    pytest.importorskip("psycopg")
    from pengaduan.cli import EXIT_IO  # noqa: PLC0415

    code, err = _cli(["db", action, "postgresql+psycopg://u@127.0.0.1:1/x", *argv], capsys)
    assert code == EXIT_IO
    assert err.startswith(words)
    assert "input file" not in err
    assert "berkas" not in err


@pytest.mark.parametrize(
    ("driver_code", "words_id", "words_en"),
    [
        ("SQLITE_BUSY", "basis data terkunci", "the database is locked"),
        ("SQLITE_READONLY", "basis data tidak dapat ditulisi", "the database cannot be written"),
        ("SQLITE_FULL", "basis data mencapai batas ukuran", "the database reached a size limit"),
        ("SQLITE_CANTOPEN", "basis data tidak dapat dihubungi", "the database cannot be reached"),
    ],
)
def test_a_database_problem_reads_as_one_in_the_command_line(
    driver_code: str, words_id: str, words_en: str
) -> None:
    import sqlite3  # noqa: PLC0415

    from pengaduan.cli._exit import EXIT_IO, _error_line  # noqa: PLC0415
    from pengaduan.store._driver_errors import storage_error  # noqa: PLC0415

    cause = sqlite3.OperationalError("database is locked")
    cause.sqlite_errorname = driver_code  # type: ignore[attr-defined]
    error = storage_error(cause)
    code, line = _error_line(error, "id")
    assert code == EXIT_IO
    assert words_id in line
    assert f"[{driver_code}]" in line
    assert "berkas masukan" not in line
    with use_language("en"):
        assert words_en in _error_line(error, "en")[1]


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        pytest.param(["audit", "{file}", "--units", "{missing}"], "--units", id="audit-units"),
        pytest.param(
            ["audit", "{file}", "--calendar", "{missing}"], "--calendar", id="audit-calendar"
        ),
        pytest.param(
            [
                "deadline",
                "--from",
                "2025-03-07T16:30+08:00",
                "--days",
                "3",
                "--calendar",
                "{missing}",
            ],
            "--calendar",
            id="deadline-calendar",
        ),
        pytest.param(["route", "x", "--model", "{missing}"], "--model", id="route-model"),
    ],
)
@pytest.mark.parametrize(
    ("lang", "template"),
    [
        pytest.param(
            [], "pengaduan: berkas {option} tidak dapat dibaca (berkas tidak ada)", id="id"
        ),
        pytest.param(
            ["--lang", "en"], "pengaduan: cannot read the {option} file (no such file)", id="en"
        ),
    ],
)
def test_a_missing_option_file_is_named_by_its_option_never_its_path(  # noqa: PLR0917 - table columns
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    option: str,
    lang: list[str],
    template: str,
) -> None:
    from pengaduan.cli import EXIT_IO  # noqa: PLC0415

    source = tmp_path / "riwayat.jsonl"
    source.write_text("", encoding="utf-8")
    missing = tmp_path / "rahasia-kantor" / "tidak-ada.toml"
    filled = [arg.format(file=source, missing=missing) for arg in argv]
    code, err = _cli([*filled, *lang], capsys)
    assert code == EXIT_IO
    assert err == template.format(option=option) + "\n"
    assert "rahasia-kantor" not in err


# --- a follow-up notice names the unit that answered, not every unit assigned ---------------


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [
        pytest.param("id", "sudah ditindaklanjuti PUPR.", "Dinkes", id="id"),
        pytest.param("en", "was followed up by PUPR.", "Dinkes", id="en"),
    ],
)
def test_a_follow_up_names_only_the_unit_that_answered(
    language: str, said: str, not_said: str
) -> None:
    from pengaduan.messages import MessageChannel, Messenger  # noqa: PLC0415
    from pengaduan.routing import UnitDirectory  # noqa: PLC0415
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415

    workflow = Workflow.default()
    at = datetime(2025, 3, 3, 10, tzinfo=WITA)
    submission = Submission(
        text="Lampu jalan mati",
        channel="sms",
        reporter=Reporter(phone="+6281300000000", account_id="p-1"),
    )
    c = workflow.receive(submission, tracking_id="KPG-0301", at=at, actor=Actor.system("sms"))
    disposed = workflow.apply(
        c,
        "verifikasi",
        at=at + timedelta(hours=1),
        actor=Actor.admin("adm"),
        units=["dinkes", "pupr"],
    )
    c = workflow.apply(
        disposed,
        "tindak_lanjut",
        at=at + timedelta(hours=2),
        actor=Actor.unit("pupr"),
        response="Jalan sudah ditambal.",
    )
    messenger = Messenger(
        workflow=workflow,
        policy=SlaPolicy.lapor(workflow),
        calendar=KUPANG,
        directory=UnitDirectory.kota_kupang(),
        language=language,
    )
    followed = messenger.messages_for(c)
    assert [m.template for m in followed] == ["tindak_lanjut_pelapor"]
    assert followed[0].channel is MessageChannel.SMS
    assert said in followed[0].body
    assert not_said not in followed[0].body
    sent = messenger.messages_for(disposed)  # the disposition still names both units
    assert any("Dinkes dan PUPR" in m.body or "Dinkes and PUPR" in m.body for m in sent)


# --- English chooses "a" or "an"; Indonesian has no article -----------------------------------


def _anonymous() -> object:
    submission = Submission(
        text="Lampu jalan mati",
        channel="web",
        privacy=Privacy.ANONIM,
        reporter=Reporter(account_id="p-1"),
    )
    return Workflow.default().receive(
        submission, tracking_id="KPG-1", at=NOW, actor=Actor.system("web")
    )


def _raised(call: object) -> Exception:
    from pengaduan.errors import PengaduanError  # noqa: PLC0415

    assert callable(call)
    with pytest.raises(PengaduanError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("call", "english", "indonesian"),
    [
        pytest.param(
            lambda: Workflow.default().allowed_actions("diterima", actor="admin"),
            "actor must be an Actor; got str",
            "actor harus berupa Actor; diberikan str",
            id="an-Actor",
        ),
        pytest.param(
            lambda: SmsGateway.kota_kupang().help_text("x"),
            "error must be an IntakeError; got str",
            "error harus berupa IntakeError; diberikan str",
            id="an-IntakeError",
        ),
        pytest.param(
            lambda: __import__("pengaduan.intake").intake.find_duplicates("x", []),
            "candidate must be an Inbound or a Complaint; got str",
            "candidate harus berupa Inbound atau Complaint; diberikan str",
            id="an-Inbound-or-a-Complaint",
        ),
        pytest.param(
            lambda: view(_anonymous(), "unit", viewer=Actor.unit("dinkes"), at=NOW),
            "may not see an 'anonim' complaint",
            "tidak boleh melihat pengaduan 'anonim'",
            id="an-anonim-complaint",
        ),
    ],
)
def test_english_takes_the_article_the_name_needs(
    call: object, english: str, indonesian: str
) -> None:
    error = _raised(call)
    assert english in error.message("en")
    assert indonesian in str(error)


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Complaint", "a Complaint"),
        ("int", "an int"),
        ("Event", "an Event"),
        ("UnitDirectory", "a UnitDirectory"),
        ("'rahasia'", "a 'rahasia'"),
    ],
)
def test_an_article_is_english_only(name: str, english: str) -> None:
    from pengaduan._i18n import article  # noqa: PLC0415

    assert translated(article(name)) == name
    with use_language("en"):
        assert translated(article(name)) == english


# --- English plurals: one piece, two pieces; Indonesian has one form ------------------------


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        pytest.param("hub 081234567890", "en", "1 piece of personal data redacted", id="en-1"),
        pytest.param(
            "hub 081234567890 atau 081298765432",
            "en",
            "2 pieces of personal data redacted",
            id="en-2",
        ),
        pytest.param("hub 081234567890", "id", "1 data pribadi disamarkan", id="id-1"),
    ],
)
def test_the_redact_count_agrees_with_its_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, lang: str, said: str
) -> None:
    source = tmp_path / "keluhan.txt"
    source.write_text(text, encoding="utf-8")
    code, err = _cli(["redact", str(source), "--lang", lang], capsys)
    assert code == 0
    assert err == said + "\n"


@pytest.mark.parametrize(
    ("units", "english", "indonesian"),
    [
        pytest.param(
            ["tidak-ada"],
            "names 1 unit the unit directory does not know",
            "menyebut 1 unit yang tidak dikenal direktori unit",
            id="one",
        ),
        pytest.param(
            ["tidak-ada", "juga-tidak"],
            "names 2 units the unit directory does not know",
            "menyebut 2 unit yang tidak dikenal direktori unit",
            id="two",
        ),
    ],
)
def test_a_count_of_units_agrees_with_its_number(
    units: list[str], english: str, indonesian: str
) -> None:
    from pengaduan.errors import ActionDataError  # noqa: PLC0415
    from pengaduan.routing import default_units  # noqa: PLC0415

    workflow = Workflow.default(units=default_units())
    submission = Submission(text="x y z", channel="web", reporter=Reporter(account_id="p-1"))
    c = workflow.receive(submission, tracking_id="KPG-1", at=NOW, actor=Actor.system("web"))
    with pytest.raises(ActionDataError) as caught:
        workflow.apply(
            c, "verifikasi", at=NOW + timedelta(hours=1), actor=Actor.admin("a"), units=units
        )
    assert english in caught.value.message("en")
    assert indonesian in str(caught.value)
    assert "(s)" not in caught.value.message("en")


@pytest.mark.parametrize(("count", "english"), [(1, "1 unknown key;"), (3, "3 unknown keys;")])
def test_a_plural_phrase_picks_the_form_of_its_count(count: int, english: str) -> None:
    import pickle  # noqa: PLC0415

    from pengaduan._i18n import Nn_, Plural  # noqa: PLC0415

    phrase = Plural(
        Nn_(
            "{count} unknown key; keys: green, yellow, min_judged, source",
            "{count} unknown keys; keys: green, yellow, min_judged, source",
        ),
        count=count,
    )
    assert phrase.startswith(english)  # the English text as raised
    assert translated(phrase).startswith(f"{count} kunci tidak dikenal;")
    with use_language("en"):
        assert translated(phrase).startswith(english)
    assert translated(pickle.loads(pickle.dumps(phrase))) == translated(phrase)  # noqa: S301


# --- one Indonesian word for an SLA deadline: tenggat -----------------------------------------

OTHER_WORDS = ("batas waktu", "Batas waktu", "batas akhir", "Lewat batas", "terpenuhi terpenuhi")


def test_the_audit_report_says_tenggat_only() -> None:
    from tests.audit_helpers import new_audit, sample  # noqa: PLC0415

    from pengaduan.audit import render_html, render_table  # noqa: PLC0415

    audit = new_audit()
    audit.add_all(sample())
    for text in (render_table(audit.report()), render_html(audit.report())):
        flat = " ".join(text.split())
        assert "tenggat dipenuhi tepat waktu" in flat
        assert "Pelanggaran tenggat" in flat
        assert not [word for word in OTHER_WORDS if word in flat]


def test_the_deadline_command_and_a_finding_say_tenggat(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io  # noqa: PLC0415

    from pengaduan.cli import main  # noqa: PLC0415
    from pengaduan.compliance import check  # noqa: PLC0415
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415

    out = io.StringIO()
    main(["deadline", "--from", "2025-03-07T16:30+08:00", "--days", "3"], out=out)
    assert out.getvalue().startswith("Tenggat: paling lambat Rabu, 12 Maret 2025 (WITA)\n")
    workflow = Workflow.default()
    (finding,) = check(
        _late(), workflow=workflow, policy=SlaPolicy.lapor(workflow), calendar=KUPANG, now=NOW
    )
    said = finding.describe("id")
    assert "tenggat akhir hari Kamis, 6 Maret 2025 (WITA)" in said
    assert "dipenuhi dengan keterlambatan 3 hari kerja" in said
    assert not [word for word in OTHER_WORDS if word in said]


# --- why a file failed, in words: never a Python exception class ----------------------------


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(
            lambda d: __import__("pengaduan.integrity").integrity.SigningKey.load(
                d / "tidak-ada.pem",
                password="x",  # noqa: S106 - a test key
            ),
            id="load-key",
        ),
        pytest.param(
            lambda d: (
                __import__("pengaduan.integrity")
                .integrity.SigningKey.generate()
                .save(d / "tidak-ada" / "k.pem", password="x")  # noqa: S106 - a test key
            ),
            id="save-key",
        ),
        pytest.param(
            lambda d: __import__("pengaduan.integrity").integrity.TransparencyLog.open(
                d / "tidak-ada" / "log.jsonl"
            ),
            id="open-log",
        ),
        pytest.param(lambda d: WorkingCalendar.from_toml(d / "tidak-ada.toml"), id="calendar"),
    ],
)
def test_a_missing_file_is_said_in_words(tmp_path: Path, call: object) -> None:
    assert callable(call)
    error = _raised(lambda: call(tmp_path))
    assert "(berkas tidak ada)" in str(error)
    assert "(no such file)" in error.message("en")
    assert "Error" not in str(error)
    assert "Error" not in error.message("en")


# --- a choice names the allowed values; a mean has fixed decimals ---------------------------


def test_a_bad_choice_lists_the_allowed_values_never_the_given_one() -> None:
    from pengaduan.errors import ActionDataError  # noqa: PLC0415

    workflow = Workflow.default()
    submission = Submission(
        text="Lampu jalan mati", channel="sms", reporter=Reporter(account_id="p-1")
    )
    c = workflow.receive(submission, tracking_id="KPG-1", at=NOW, actor=Actor.system("sms"))
    with pytest.raises(ActionDataError) as caught:
        workflow.apply(
            c,
            "arsipkan",
            at=NOW + timedelta(hours=1),
            actor=Actor.admin("a"),
            reason="rahasia-pelapor",
        )
    allowed = "duplikat, format_salah, spam, terlalu_umum, tidak_jelas"
    assert f"harus salah satu dari bukan_kinerja_pemerintah, {allowed}" in str(caught.value)
    assert f"must be one of bukan_kinerja_pemerintah, {allowed}" in caught.value.message("en")
    assert "rahasia-pelapor" not in str(caught.value) + caught.value.message("en")


@pytest.mark.parametrize(
    ("value", "indonesian", "english"),
    [(3, "3,00", "3.00"), (3.5, "3,50", "3.50"), (1.8333, "1,83", "1.83")],
)
def test_a_mean_is_written_with_two_decimals(value: float, indonesian: str, english: str) -> None:
    from pengaduan._i18n import format_decimal  # noqa: PLC0415

    assert format_decimal(value, "id", digits=2, fixed=True) == indonesian
    assert format_decimal(value, "en", digits=2, fixed=True) == english


@pytest.mark.parametrize(
    ("language", "argv", "expected"),
    [
        ("id", ["audit", "x.jsonl", "--max-line-bytes", "3"], "antara 64 dan 2.147.483.648"),
        ("en", ["audit", "x.jsonl", "--max-line-bytes", "3"], "from 64 to 2,147,483,648"),
        ("id", ["route", "train", "x.jsonl", "--output", "m", "--min-df", "0"], "1 dan 10.000"),
        ("en", ["audit", "x.jsonl", "--workers", "0"], "from 1 to 64"),
    ],
)
def test_the_bounds_of_an_option_are_in_the_reader_s_numbers(
    language: str, argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from pengaduan.cli import EXIT_USAGE, main  # noqa: PLC0415

    assert main(["--lang", language, *argv]) == EXIT_USAGE
    assert expected in capsys.readouterr().err
