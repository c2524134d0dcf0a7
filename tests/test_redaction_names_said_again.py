"""Names said again: the two ways of finding a name's words again give the same findings.

The gazetteer detector takes a word of a name found once wherever it stands again. The words of
the names are counted one by one in a short text; where that would read much text (a long
text, a list of hundreds of names), in one pass over the text's runs of letters and digits, so
a long list costs linear time. Both are run here on the same texts, with the threshold between
them forced either way: corpora, and generated texts full of names said again, with
apostrophes, dashes, digits, lower-case and capitalised forms and places.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pengaduan.redaction import Redactor
from pengaduan.redaction import gazetteer as gazetteer_module
from pengaduan.redaction.evaluation import load_corpus

DATA = Path(__file__).parent / "data"
REDACTOR = Redactor.default()

_PIECES = st.sampled_from(
    (
        "Bu Maria",
        "Maria",
        "maria",
        "MARIA",
        "Pak Yeskiel Lomi",
        "Yeskiel",
        "Lomi",
        "bilang",
        "datang",
        "sonde",
        "Jl. Manafe",
        "Marthen Manafe",
        "Manafe",
        "D'Souza",
        "Sdr. D'Souza",
        "Nai-Buti",
        "Pak Nai-Buti",
        "Maria2",
        "Maria_",
        "Untung",
        "untung",
        "Pelapor Sdr. Untung Lomi",
        ",",
        ".",
        "\n",
        "dan",
        "wahyuni",
        "aleta ayo",
        "0812-3456-7890",
    )
)


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    with monkeypatch.context() as patch:
        patch.setattr(gazetteer_module, "_COUNTING_WORK", 10**18)
        one_by_one = REDACTOR.redact(text).text
    with monkeypatch.context() as patch:
        patch.setattr(gazetteer_module, "_COUNTING_WORK", -1)
        in_one_pass = REDACTOR.redact(text).text
    return one_by_one, in_one_pass


@pytest.mark.parametrize("corpus", ["redaction_dev9.jsonl", "redaction_dev10.jsonl"])
def test_both_ways_agree_on_the_corpora(corpus: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for item in load_corpus(DATA / corpus):
        one_by_one, in_one_pass = _both(item.text, monkeypatch)
        assert one_by_one == in_one_pass, item.id


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40).map(" ".join))
def test_both_ways_agree_on_generated_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        one_by_one, in_one_pass = _both(text, monkeypatch)
    assert one_by_one == in_one_pass


def test_a_long_list_of_names_said_again_is_read_in_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hundreds of names, each said twice: every second saying is taken, found in one pass over
    the text rather than by a search per name."""
    names = [f"Yeskiel{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(400)]
    text = " ".join(f"Pak {name} datang." for name in names)
    text += " " + " ".join(f"{name} bilang." for name in names)
    passes: list[bool] = []
    real = gazetteer_module._whole_occurrences

    def recorded(text: str, words: dict[str, bool], *, many: bool) -> object:
        passes.append(many)
        return real(text, words, many=many)

    monkeypatch.setattr(gazetteer_module, "_whole_occurrences", recorded)
    redacted = REDACTOR.redact(text).text
    assert "Yeskiel" not in redacted
    assert redacted.count("[NAME]") == 800
    assert passes == [True]
