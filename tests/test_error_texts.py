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

from pengaduan.language import use_language

if TYPE_CHECKING:
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
