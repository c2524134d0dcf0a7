"""The default redactor on the fourth development corpus: phone-shaped numbers and whose they are.

``tests/data/redaction_dev4.jsonl`` (its writer's notes and decisions in
``README-redaction-dev4.md``) was written from the annotation guide alone by someone who had not
read the detectors, with private mobiles and home lines beside about as many phone-shaped numbers
that are not a person's: businesses' and offices' lines, numbers read on signs, banners and
receipts, hotlines, toll-free and short codes, and numbers that only look like phones. It is a
development corpus: the phone-owner rules, then the name, address, account, e-mail and plate
rules were tuned on it after a first measurement, recorded here so the gain stays visible. The
blind corpus (``test_redaction_blind.py``) is the measurement.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.redaction_helpers import assert_floor, assert_floor_keeps, default_scores

if TYPE_CHECKING:
    from pengaduan.redaction.evaluation import KindScore

CORPUS = Path(__file__).resolve().parent / "data" / "redaction_dev4.jsonl"
SHA256 = "c199c880fbc39328c13e9c6de86574686fbf603c90f2cf1e16299b71d6a2f455"
#: (recall, precision) per kind at the first measurement, before any tuning on this corpus.
FIRST_MEASUREMENT = {
    "address": (0.962, 1.000),
    "bank_account": (0.900, 0.900),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.917),
    "kk": (1.000, 1.000),
    "name": (0.963, 0.938),
    "nik": (1.000, 1.000),
    "npwp": (1.000, 1.000),
    "phone": (0.967, 0.798),
    "plate": (0.971, 0.971),
}
#: (recall, precision) floors per kind, just below the latest measurement: phones after the
#: phone-owner round, names, addresses, accounts, e-mail and plates after the accuracy round.
#: Bank accounts stay at 0.9 recall: two labels are a template's leftover, not a number (see the
#: README's disagreements). Phones' recall 0.98: two labels (a number that sent an SMS asking for
#: an OTP code, a caller posing as the tax office) predate the guide's later rows on scams'
#: numbers with nobody named as their users, which leave them unlabelled.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.9, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.99, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.98, 0.99),
    "plate": (0.99, 0.99),
}


@pytest.fixture(scope="module")
def scores() -> dict[str, KindScore]:
    return default_scores(CORPUS)


def test_corpus_is_the_writers() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_kind_floor(scores: dict[str, KindScore], kind: str) -> None:
    assert_floor(scores, kind, FLOORS)


@pytest.mark.parametrize("kind", sorted(FIRST_MEASUREMENT))
def test_floor_is_not_below_the_first_measurement(kind: str) -> None:
    assert_floor_keeps(FIRST_MEASUREMENT[kind], FLOORS[kind], kind)
