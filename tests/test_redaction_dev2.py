"""The default redactor on the second development corpus, written from the annotation guide alone.

``tests/data/redaction_dev2.jsonl`` (made by ``make_redaction_dev2.py``, kept as its writer wrote
it; see ``README-redaction-dev2.md``) was written by someone who had not read the detectors. It is
a development corpus: the detectors were tuned on it after a first measurement, which is recorded
here so the gain stays visible. The blind corpus (``test_redaction_blind.py``) is the measurement.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.redaction_helpers import assert_floor, default_scores

if TYPE_CHECKING:
    from pengaduan.redaction.evaluation import KindScore

CORPUS = Path(__file__).resolve().parent / "data" / "redaction_dev2.jsonl"
SHA256 = "937f599662b1fc42db5f0325b322bc8af4edf147c440ef2c7c3fd4d00a804a24"
#: Overall recall and precision measured before any tuning on this corpus.
FIRST_MEASUREMENT = (0.859, 0.902)
#: (recall, precision) floors per kind, just below the latest measurement.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.98, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.99),
    "plate": (0.99, 0.99),
}
OVERALL_FLOOR = (0.98, 0.99)


@pytest.fixture(scope="module")
def scores() -> dict[str, KindScore]:
    return default_scores(CORPUS)


def test_corpus_is_the_writers() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_kind_floor(scores: dict[str, KindScore], kind: str) -> None:
    assert_floor(scores, kind, FLOORS)


def test_overall_floor_is_above_the_first_measurement(scores: dict[str, KindScore]) -> None:
    rows = scores.values()
    recall = sum(s.recalled for s in rows) / sum(s.labelled for s in rows)
    precision = sum(s.correct for s in rows) / sum(s.predicted for s in rows)
    assert recall >= OVERALL_FLOOR[0] > FIRST_MEASUREMENT[0]
    assert precision >= OVERALL_FLOOR[1] > FIRST_MEASUREMENT[1]
