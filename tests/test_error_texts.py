"""Errors of every translated part, provoked for real, read wholly in the reader's language.

Each sample in [`error_samples`][] is run through the hostile-input harness
([`raises_typed`][]), which fails on a message part the catalogs lack; the error also keeps its
machine-readable code, its English wording and the text it was raised with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.error_samples import NEEDS_FOLDER, SAMPLES
from tests.hostile_helpers import raises_typed
from tests.translation_check import raised_in

from pengaduan.errors import NotFoundError
from pengaduan.language import use_language
from pengaduan.messages import TemplateSet
from pengaduan.routing import default_taxonomy
from pengaduan.sla import SlaPolicy

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


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
