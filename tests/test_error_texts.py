"""Errors of every translated part, provoked for real, read wholly in the reader's language.

Each sample in [`error_samples`][] is run through the hostile-input harness
([`raises_typed`][]), which fails on a message part the catalogs lack; the error also keeps its
machine-readable code, its English wording and the text it was raised with.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from tests.error_samples import NEEDS_FOLDER, SAMPLES
from tests.hostile_helpers import raises_typed
from tests.translation_check import raised_in

from pengaduan.errors import NotFoundError
from pengaduan.intake import SmsGateway
from pengaduan.intake.tracking import parse_tracking_id
from pengaduan.language import use_language
from pengaduan.messages import TemplateSet
from pengaduan.redaction import DetectionContext, Finding, Redactor
from pengaduan.routing import default_taxonomy
from pengaduan.sla import SlaPolicy
from pengaduan.store import Repository

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

AT = datetime(2025, 3, 3, 9, tzinfo=ZoneInfo("Asia/Makassar"))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_provoked_error_reads_in_indonesian_and_english(name: str, tmp_path: Path) -> None:
    args = (tmp_path,) if name in NEEDS_FOLDER else ()
    error = raises_typed(SAMPLES[name], *args)  # fails on a part missing from the catalogs
    area = raised_in(error)
    assert area is not None  # raised in the package, so the harness did check it
    indonesian, english = error.message("id"), error.message("en")
    assert indonesian != english
    assert error.args[0] == indonesian  # raised while Indonesian was the language
    with use_language("en"):
        assert str(error) == english
    assert error.code == type(error).code


def _lookups() -> dict[str, Callable[[str], object]]:
    return {
        "rule": default_taxonomy().rule,
        "template": TemplateSet.default().get,
        "clock": SlaPolicy.lapor().rule,
    }


@pytest.mark.parametrize("lookup", ["rule", "template", "clock"])
def test_a_missing_name_is_the_key_itself_quoted_once(lookup: str) -> None:
    error = raises_typed(_lookups()[lookup], "tidak_ada")
    assert isinstance(error, NotFoundError)
    assert error.key == "tidak_ada"
    for language in ("id", "en"):
        assert error.message(language).count("'tidak_ada'") == 1
        assert "\"'" not in error.message(language)


@pytest.mark.parametrize("lookup", ["rule", "template", "clock"])
def test_a_missing_name_that_could_be_personal_data_is_described(lookup: str) -> None:
    error = raises_typed(_lookups()[lookup], "NIK 5371041205890003")
    assert isinstance(error, NotFoundError)
    assert "5371041205890003" not in str(error.key)
    assert all("5371" not in error.message(language) for language in ("id", "en"))


class _OverlongSpan:
    """A detector that reports a span past the end of the text."""

    name = "melebar"

    def __call__(self, text: str, context: DetectionContext) -> list[Finding]:
        return [Finding(kind="name", start=0, end=len(text) + 5, detector=self.name)]


# Each error with a reason code, provoked for real: (call, Indonesian start, English start).
REASONED: dict[str, tuple[Callable[[], object], str, str]] = {
    "storage": (
        lambda: Repository("sqlite:///file:/tidak/ada/pengaduan.db?mode=ro&uri=true"),
        "penyimpanan [",
        "storage [",
    ),
    "checkpoint": (
        SAMPLES["tree-head-unknown-key"],
        "log transparansi [unknown-key]: ",
        "transparency log [unknown-key]: ",
    ),
    "intake": (
        lambda: SmsGateway(keywords={"KOTKUPANG": "kota-kupang"}).submission(
            "KOTKUPANG   ", sender="081339001122", received_at=AT
        ),
        "pesan masuk [empty-body]: ",
        "incoming message [empty-body]: ",
    ),
    "tracking-id": (
        lambda: parse_tracking_id("ABCD-EFGH-J0K"),
        "nomor pelacakan [invalid-tracking-id]: ",
        "tracking id [invalid-tracking-id]: ",
    ),
    "redaction": (
        lambda: Redactor.default().redact(b"bytes"),  # type: ignore[arg-type]
        "penyamaran [not-text]: ",
        "redaction [not-text]: ",
    ),
    "redaction-detector": (
        lambda: Redactor.default().with_detectors(_OverlongSpan()).redact("rahasia"),
        "penyamaran [bad-span] (detektor 'melebar'): ",
        "redaction [bad-span] (detector 'melebar'): ",
    ),
}


@pytest.mark.parametrize("name", sorted(REASONED))
def test_an_error_with_a_reason_code_opens_with_what_failed_and_the_code_in_brackets(
    name: str,
) -> None:
    call, indonesian, english = REASONED[name]
    error = raises_typed(call)
    assert error.message("id").startswith(indonesian)
    assert error.message("en").startswith(english)
