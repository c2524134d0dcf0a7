"""Free-form message parts read wholly in Indonesian: configuration problems, rules, details.

Each case provokes a typed error through the hostile-input harness (``raises_typed``), which
fails on any part the catalogs lack; the Indonesian text is then searched for common English
words, and the English text (rendered from the msgids) is checked to still say what it said.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from tests.helpers import ADMIN, REPORTER, UNIT, WF, in_status, step
from tests.hostile_helpers import raises_typed
from tests.test_i18n import english_words

from pengaduan._i18n import N_, Phrase
from pengaduan.audit import ColumnMapping, ProblemKind, ReadProblem, ZoneThresholds
from pengaduan.errors import ConfigurationError, PengaduanError, SerializationError
from pengaduan.intake import SmsGateway, from_web_form
from pengaduan.intake.tracking import parse_tracking_id
from pengaduan.language import use_language
from pengaduan.messages import TemplateSet
from pengaduan.model import Actor
from pengaduan.redaction import KnownIdentity, Mask, Pseudonym, Redactor, RegexDetector
from pengaduan.routing import Lexicon, Normalizer, RuleSet, UnitDirectory, parse_term
from pengaduan.routing.learned import Labelled, load_model, train_model
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import lapor_v3
from pengaduan.workflow.sop import definition_from_dict, load_definition

if TYPE_CHECKING:
    from collections.abc import Callable

WITA = ZoneInfo("Asia/Makassar")
RECEIVED = datetime(2025, 3, 3, 10, 0, tzinfo=WITA)

BAD_PROFILE: dict[str, Any] = {
    "name": "uji",
    "initial": "baru",
    "format": 9,
    "warna": 1,
    "status": [
        {"name": "baru", "category": "buka", "label_id": "Baru", "label_en": "New"},
        {"name": "Selesai!", "category": "terminal", "label_id": 5, "label_en": "Closed"},
    ],
    "action": [
        {
            "name": "tutup",
            "sources": ["baru"],
            "target": "Selesai!",
            "roles": ["raja"],
            "label_id": "Tutup",
            "label_en": "Close",
            "description": 5,
            "guards": [{"kind": "sihir"}],
            "fields": [{"name": "alasan", "kind": "gambar", "required": "ya", "max_length": 0}],
        }
    ],
}

BAD_RULES = """
name = "uji"
mode = "acak"
warna = "merah"

[[rule]]
name = "jalan"
unit = "pupr"
any = ["jalan"]
channel = ["merpati"]
priority = "darurat"

[[rule]]
name = "kosong"
either = [{ either = [{ any = ["x"] }] }, 3]

[[rule]]
unit = 7
"""


def _loosened_without_consent() -> object:
    complaint = in_status("diterima")
    return WF.change_privacy(
        complaint, privacy="publik", reason="uji", at=complaint.updated_at, actor=ADMIN
    )


# Every case: (area, a call that raises, a word the English message must still hold).
CASES: dict[str, tuple[Callable[[], object], str]] = {
    "workflow-profile": (lambda: definition_from_dict(BAD_PROFILE), "unknown key"),
    "workflow-profile-toml": (
        lambda: load_definition('name = "uji"\ninitial = "baru"\n'),
        "workflow profile (TOML)",
    ),
    "workflow-semantics": (
        lambda: Workflow.from_definition(
            attrs.evolve(
                lapor_v3(),
                actions=tuple(
                    attrs.evolve(a, target="entah") if a.name == "verifikasi" else a
                    for a in lapor_v3().actions
                ),
            )
        ),
        "is not declared",
    ),
    "workflow-role": (
        lambda: step(in_status("didisposisikan"), "tindak_lanjut", actor=REPORTER),
        "may not take it",
    ),
    "workflow-reporter-binding": (
        lambda: step(in_status("ditindaklanjuti"), "buka_kembali", actor=Actor.reporter("lain")),
        "own reporter",
    ),
    "workflow-assigned-unit": (
        lambda: step(in_status("didisposisikan"), "tindak_lanjut", actor=Actor.unit("dlh")),
        "not among the assigned units",
    ),
    "workflow-data-units": (
        lambda: step(in_status("diterima"), "verifikasi", units=["dinkes", "dinkes"]),
        "twice",
    ),
    "workflow-data-text": (
        lambda: step(in_status("didisposisikan"), "tindak_lanjut", actor=UNIT, response=5),
        "must be a text",
    ),
    "workflow-consent": (_loosened_without_consent, "recorded consent"),
    "intake-gateway": (
        lambda: SmsGateway.from_keywords({"K": 5}, max_length=0),  # type: ignore[dict-item]
        "keyword",
    ),
    "intake-tracking-hint": (lambda: parse_tracking_id("O000-0000-000"), "never contain"),
    "intake-tracking-length": (lambda: parse_tracking_id("7KQM"), "characters"),
    "intake-form": (lambda: from_web_form({"isi": 5}, received_at=RECEIVED), "must be text"),
    "intake-form-missing": (lambda: from_web_form({}, received_at=RECEIVED), "no 'isi'"),
    "messages-templates": (
        lambda: TemplateSet.from_dict(
            {
                "format": 7,
                "values": {"kota": "{x}", "5": "x"},
                "template": [
                    {"name": "a", "recipient": "raja", "on_actions": [], "sms": {"id": "{n"}},
                    {"name": "b", "recipient": "pelapor", "on_clocks": ["x"], "due": "nanti"},
                ],
            }
        ),
        "must be",
    ),
    "messages-toml": (lambda: TemplateSet.default().overridden("disabled = 5"), "names"),
    "redaction-regex": (
        lambda: RegexDetector.build(name=" ", kind="Bad", pattern="(", validate=3),  # type: ignore[arg-type]
        "must be",
    ),
    "redaction-backtracking": (
        lambda: RegexDetector.build(name="x", kind="x", pattern="(a|a)*b", engine="python"),
        "backtrack",
    ),
    "redaction-redactor": (
        lambda: Redactor(detectors="x", operators=5, fallback=1),  # type: ignore[arg-type]
        "must be",
    ),
    "redaction-known": (
        lambda: KnownIdentity.from_dict({"warna": 1, "names": 5, "phones": [1]}),
        "expected",
    ),
    "redaction-mask": (lambda: Mask(keep=99), "keep must be"),
    "redaction-pseudonym": (lambda: Pseudonym(secret=b"x"), "at least"),
    "routing-rules": (lambda: RuleSet.from_toml(BAD_RULES), "line"),
    "routing-directory": (
        lambda: UnitDirectory.from_dict(
            {"name": None, "warna": 1, "unit": [{"id": "A B", "kind": "raja", "liaison": 3}, 4]}
        ),
        "unknown",
    ),
    "routing-lexicon": (
        lambda: Lexicon.from_dict({"name": None, "replacements": {"TDK": 5}, "x": 1}),
        "replacement",
    ),
    "routing-bundled-lexicon": (lambda: Normalizer.bundled_lexicon("medan"), "bundled"),
    "routing-term": (lambda: parse_term("jalan+x"), "affix"),
    "routing-training": (
        lambda: train_model(Labelled.from_pairs([("jalan rusak", "pupr")] * 6)),
        "two or more units",
    ),
    "routing-model-file": (lambda: load_model(b"{not json"), "not-json"),
    "audit-mapping": (
        lambda: ColumnMapping.from_dict({"warna": "X", "unit": "", "date_format": 3}),
        "unknown field",
    ),
    "audit-mapping-items": (lambda: ColumnMapping.parse(["unit"]), "field=column"),
    "audit-thresholds": (lambda: ZoneThresholds.from_dict({"green": 50, "yellow": 60}), "above"),
    "audit-thresholds-text": (lambda: ZoneThresholds.parse("green=hijau"), "key=number"),
    "audit-problem": (
        lambda: (_ for _ in ()).throw(
            ReadProblem(
                line=4,
                kind=ProblemKind.DUPLICATE_ID,
                where="tracking_id",
                detail=Phrase(N_("duplicate tracking id: already seen on line {line}"), line=2),
            ).error()
        ),
        "already seen on line 2",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_part_of_the_error_reads_in_indonesian(name: str) -> None:
    call, english_word = CASES[name]
    error = raises_typed(call)  # the harness fails on a part the catalogs lack
    indonesian = error.message("id")
    assert not english_words(indonesian), indonesian
    english = error.message("en")
    assert english_word in english, english
    assert english != indonesian


def test_configuration_problems_are_phrases_that_read_as_their_english_text() -> None:
    error = raises_typed(lambda: definition_from_dict(BAD_PROFILE))
    assert isinstance(error, ConfigurationError)
    assert "status[0].category: must be open, paused or terminal" in error.problems
    assert all(isinstance(problem, Phrase) for problem in error.problems)
    with use_language("id"):
        assert "status[0].category: harus 'open', 'paused', atau 'terminal'" in str(error)


def test_a_read_problem_is_shown_in_the_reader_language() -> None:
    problem = ReadProblem(
        line=12,
        kind=ProblemKind.MALFORMED,
        where="document",
        detail=N_("bytes that are not UTF-8"),
    )
    assert problem.message == "line 12: document: bytes that are not UTF-8"
    assert problem.text("en") == problem.message
    assert problem.text("id") == "baris 12: dokumen: bita yang bukan UTF-8"
    with use_language("en"):
        assert problem.text() == problem.message
    error = problem.error()
    assert isinstance(error, SerializationError)
    assert error.message("id") == "tidak dapat memuat baris 12: dokumen: bita yang bukan UTF-8"


def test_a_read_problem_the_catalogs_lack_is_shown_in_english_as_a_whole() -> None:
    problem = ReadProblem(line=3, kind=ProblemKind.MALFORMED, where="row", detail="a custom reason")
    assert problem.text("id") == "line 3: row: a custom reason"


def test_the_learned_evaluation_report_speaks_the_reader_language() -> None:
    from pengaduan.routing.learned import evaluate_model  # noqa: PLC0415

    rows = [
        (f"{words} nomor {i}", unit)
        for unit, words in (("pupr", "jalan rusak"), ("dlh", "sampah bau"), ("pdam", "air mati"))
        for i in range(6)
    ]
    evaluation = evaluate_model(Labelled.from_pairs(rows), learning_curve=False)
    text = evaluation.to_text()  # the current language: Indonesian
    assert text.startswith("akurasi validasi silang")
    assert not english_words(text), english_words(text)
    assert evaluation.to_text("en").startswith(f"{evaluation.folds}-fold accuracy")
    page = evaluation.to_html("id")
    assert "<html lang='id'>" in page
    assert "Evaluasi model perutean" in page
    assert "Routing model evaluation" in evaluation.to_html("en")
    with pytest.raises(PengaduanError):
        evaluation.to_text("fr")
