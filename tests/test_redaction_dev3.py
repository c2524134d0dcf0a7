"""The default redactor on the third development corpus: numbers and their look-alikes.

``tests/data/redaction_dev3.jsonl`` (its writer's notes and decisions in
``README-redaction-dev3.md``) was written from the annotation guide alone by someone who had not
read the detectors, with NIK, KK, NPWP, phone and account numbers in every writing and many
look-alikes (amounts, dates, VA and billing codes, customer and meter numbers, NOP, offices'
lines and accounts). It is a development corpus: the number detector was tuned on it after a
first measurement, recorded here so the gain stays visible. The blind corpus
(``test_redaction_blind.py``) is the measurement.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.redaction_helpers import assert_floor, assert_floor_keeps, default_scores

if TYPE_CHECKING:
    from pengaduan.redaction.evaluation import KindScore

CORPUS = Path(__file__).resolve().parent / "data" / "redaction_dev3.jsonl"
SHA256 = "a4f095fac750bbc4259428ecd9ed5b0736512c320dddd8e01726ad7398726994"
#: (recall, precision) of the number kinds at the first measurement, before any tuning on this
#: corpus (with the number rules written from the guide before it arrived).
FIRST_MEASUREMENT = {
    "bank_account": (0.933, 0.778),
    "nik": (1.000, 1.000),
    "npwp": (0.970, 1.000),
    "phone": (0.970, 0.902),
}
#: (recall, precision) of names and addresses before their ends were tuned on this corpus
#: (names and addresses running over the next words: ``a.n. Indah Toelle. Info``, ``Kel.
#: Merdeka. Rekening BSI``, ``Pak, BRIVA 12345 ...``, ``a.n. Kas Daerah``).
FIRST_MEASUREMENT_OF_ENDS = {
    "address": (0.952, 0.842),
    "name": (0.964, 0.927),
}
#: (recall, precision) of plates before they were tuned on this corpus (codes and ``M2`` read as
#: plates, ``mobil dinas dh 1350 ke`` missed).
FIRST_MEASUREMENT_OF_PLATES = {"plate": (0.947, 0.915)}
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
#: Every first measurement above, by kind.
FIRST = {**FIRST_MEASUREMENT, **FIRST_MEASUREMENT_OF_ENDS, **FIRST_MEASUREMENT_OF_PLATES}


@pytest.fixture(scope="module")
def scores() -> dict[str, KindScore]:
    return default_scores(CORPUS)


def test_corpus_is_the_writers() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_kind_floor(scores: dict[str, KindScore], kind: str) -> None:
    assert_floor(scores, kind, FLOORS)


@pytest.mark.parametrize("kind", sorted(FIRST))
def test_floor_is_not_below_the_first_measurement(kind: str) -> None:
    assert_floor_keeps(FIRST[kind], FLOORS[kind], kind)
