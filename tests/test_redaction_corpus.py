"""Accuracy on the labelled corpus, and the table quoted in ``docs/redaction.md``.

The corpus (``tests/data/redaction_corpus.jsonl``) is built by
``tests/data/make_redaction_corpus.py``
from hand-labelled texts; labels never come from the detectors. Run that script with ``--docs`` to
refresh the quoted table after changing a detector.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pengaduan.redaction import PiiKind, Redactor
from pengaduan.redaction.evaluation import (
    KindScore,
    LabelledSpan,
    LabelledText,
    accuracy_table,
    evaluate,
    load_corpus,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "redaction_corpus.jsonl"
DOCS = ROOT / "docs" / "redaction.md"
ACCURACY_START = "<!-- accuracy-table:start -->"
ACCURACY_END = "<!-- accuracy-table:end -->"

#: The targets: recall for identifiers and contacts, names and addresses; precision everywhere.
RECALL_TARGETS = {
    PiiKind.NIK: 0.98,
    PiiKind.PHONE: 0.98,
    PiiKind.EMAIL: 0.98,
    PiiKind.NPWP: 0.98,
    PiiKind.NAME: 0.90,
    PiiKind.ADDRESS: 0.90,
}
PRECISION_TARGET = 0.95


def redactor() -> Redactor:
    return Redactor.default(allowed_phones=["082237870000"])


@cache
def corpus() -> tuple[LabelledText, ...]:
    return load_corpus(CORPUS)


@cache
def scores() -> dict[str, KindScore]:
    engine = redactor()
    return evaluate(
        lambda text: [
            LabelledSpan(kind=f.kind, start=f.start, end=f.end) for f in engine.find(text)
        ],
        corpus(),
    )


def computed_table() -> str:
    return accuracy_table(scores())


def test_corpus_is_large_and_labelled_for_every_kind() -> None:
    items = corpus()
    assert len(items) >= 300
    kinds = {span.kind for item in items for span in item.spans}
    assert kinds == {kind.value for kind in PiiKind}
    assert sum(1 for item in items if not item.spans) >= 30, "look-alikes without personal data"


@pytest.mark.parametrize("kind", sorted(RECALL_TARGETS), ids=str)
def test_recall_target(kind: PiiKind) -> None:
    score = scores()[kind]
    assert score.recall >= RECALL_TARGETS[kind], score


@pytest.mark.parametrize("kind", sorted(PiiKind), ids=str)
def test_precision_target(kind: PiiKind) -> None:
    score = scores()[kind]
    assert score.precision >= PRECISION_TARGET, score


def test_docs_quote_the_computed_table() -> None:
    page = DOCS.read_text(encoding="utf-8")
    quoted = page.split(ACCURACY_START, 1)[1].split(ACCURACY_END, 1)[0].strip()
    assert quoted == computed_table().strip(), (
        "docs/redaction.md quotes a stale table; run "
        "`python tests/data/make_redaction_corpus.py --docs`"
    )
