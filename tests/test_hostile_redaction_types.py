"""Values of the wrong type given to the redaction gazetteer, evaluation and helper functions.

`NameGazetteer`, the evaluation values and functions, `presidio.entity_for` and
`resolve_overlaps` refuse a value of the wrong type with an `ArgumentError` that names the
argument, never its content; what valid callers pass keeps working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from tests.hostile_helpers import (
    SECRET_NAME,
    named_wrong_type_cases,
    outcome,
    raises_typed,
    refused_naming,
)

from pengaduan.errors import ArgumentError, StorageError
from pengaduan.redaction import Finding, NameGazetteer, PiiKind, Redactor, resolve_overlaps
from pengaduan.redaction.evaluation import (
    KindScore,
    LabelledSpan,
    LabelledText,
    accuracy_table,
    evaluate,
    load_corpus,
)
from pengaduan.redaction.presidio import entity_for

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

SPAN = LabelledSpan(kind="nik", start=0, end=4)
TEXT = LabelledText(id="t1", text="abcd efgh", spans=(SPAN,))
SCORE = KindScore(kind="nik", labelled=1, recalled=1, predicted=1, correct=1)
FINDING = Finding(kind="nik", start=0, end=4, detector="number")


def _span(**changed: object) -> LabelledSpan:
    return LabelledSpan(**{"kind": "nik", "start": 0, "end": 4, **changed})


def _text(**changed: object) -> LabelledText:
    return LabelledText(**{"id": "t1", "text": "abcd", "spans": (SPAN,), **changed})


def _score(**changed: object) -> KindScore:
    fields = {"kind": "nik", "labelled": 1, "recalled": 1, "predicted": 1, "correct": 1}
    return KindScore(**{**fields, **changed})


def _score_with(field: str) -> Callable[[Any], object]:
    """A call building a score with ``field`` set to the value given."""
    return lambda value: _score(**{field: value})


# "what.argument" -> a call passing the value as that argument (everything else valid).
ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "NameGazetteer.given": lambda v: NameGazetteer(given=v, family=()),
    "NameGazetteer.family": lambda v: NameGazetteer(given=(), family=v),
    "NameGazetteer.ambiguous": lambda v: NameGazetteer(given=(), family=(), ambiguous=v),
    "NameGazetteer.given-item": lambda v: NameGazetteer(given=["maria", v], family=()),
    "LabelledSpan.kind": lambda v: _span(kind=v),
    "LabelledSpan.start": lambda v: _span(start=v),
    "LabelledSpan.end": lambda v: _span(end=v),
    "LabelledText.id": lambda v: _text(id=v),
    "LabelledText.text": lambda v: _text(text=v),
    "LabelledText.spans": lambda v: _text(spans=v),
    "KindScore.kind": lambda v: _score(kind=v),
    **{
        f"KindScore.{field}": _score_with(field)
        for field in ("labelled", "recalled", "predicted", "correct")
    },
    "load_corpus.path": load_corpus,
    "evaluate.predict": lambda v: evaluate(v, [TEXT]),
    "evaluate.predict-result": lambda v: evaluate(lambda _text: v, [TEXT]),
    "evaluate.corpus": lambda v: evaluate(lambda _text: [], v),
    "evaluate.corpus-item": lambda v: evaluate(lambda _text: [], [TEXT, v]),
    "accuracy_table.scores": accuracy_table,
    "accuracy_table.scores-value": lambda v: accuracy_table({"nik": v}),
    "entity_for.kind": entity_for,
    "resolve_overlaps.findings": lambda v: resolve_overlaps(v, 10),
    "resolve_overlaps.findings-item": lambda v: resolve_overlaps([FINDING, v], 10),
    "resolve_overlaps.text_length": lambda v: resolve_overlaps([FINDING], v),
}

STRINGS = {"list", "set", "secret-str-in-list"}  # collections of str
WHOLE = {"int", "huge-int"}
ACCEPTS: dict[str, set[str]] = {
    "NameGazetteer.given": STRINGS,
    "NameGazetteer.family": STRINGS,
    "NameGazetteer.ambiguous": STRINGS,
    "LabelledSpan.start": WHOLE,
    "LabelledSpan.end": WHOLE,
    **{f"KindScore.{field}": WHOLE for field in ("labelled", "recalled", "predicted", "correct")},
    "resolve_overlaps.text_length": WHOLE,
}


@pytest.mark.parametrize(("call", "value", "argument"), named_wrong_type_cases(ARGUMENTS, ACCEPTS))
def test_a_value_of_the_wrong_type_is_refused_naming_the_argument(
    call: Callable[[Any], object], value: object, argument: str
) -> None:
    refused_naming(call, value, argument)


def test_a_bare_string_is_not_taken_as_a_list_of_names() -> None:
    error = raises_typed(lambda: NameGazetteer(given=SECRET_NAME, family=()))
    assert isinstance(error, ArgumentError)
    assert error.argument == "given"


def test_valid_values_of_every_accepted_shape_still_work(tmp_path: Path) -> None:
    gazetteer = NameGazetteer(
        given=("Yohanes",), family=frozenset({"Ndun"}), ambiguous=(w for w in ["Kasih"])
    )
    assert gazetteer.given == {"yohanes"}
    assert gazetteer.family == {"ndun"}
    assert gazetteer.ambiguous == {"kasih"}

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "g1", "text": "NIK 5371014107900001", "spans": '
        '[{"kind": "nik", "start": 4, "end": 20}]}\n',
        encoding="utf-8",
    )
    items = load_corpus(corpus)
    assert load_corpus(str(corpus)) == items
    redactor = Redactor.default()

    def predict(text: str) -> list[LabelledSpan]:
        return [LabelledSpan(kind=f.kind, start=f.start, end=f.end) for f in redactor.find(text)]

    scores = evaluate(predict, (item for item in items))
    assert scores["nik"].recall == 1.0
    assert evaluate(lambda t: (s for s in predict(t)), items) == scores
    assert "| nik | 1 | 1 | 1 | 1 | 1.000 | 1.000 |" in accuracy_table(scores)

    assert entity_for(PiiKind.NIK) == entity_for("nik")
    assert entity_for("plat_nomor_kapal") == "PLAT_NOMOR_KAPAL"

    longer = Finding(kind="address", start=2, end=9, detector="address")
    later = Finding(kind="email", start=10, end=12, detector="email")
    expected = resolve_overlaps([FINDING, longer, later], 12)
    assert resolve_overlaps((FINDING, longer, later), 12) == expected
    assert resolve_overlaps((f for f in [later, longer, FINDING]), 12) == expected
    assert [f.start for f in expected] == [0, 10]


def test_a_corpus_file_that_cannot_be_read_is_a_storage_error(tmp_path: Path) -> None:
    missing = outcome(load_corpus, tmp_path / "missing.jsonl")
    assert isinstance(missing, StorageError)
    assert missing.reason == "unavailable"
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe" + SECRET_NAME.encode())
    assert isinstance(outcome(load_corpus, binary), StorageError)
