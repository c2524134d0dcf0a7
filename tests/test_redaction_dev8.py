"""The development corpus redaction_dev8: its digest and its shape."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from tests.redaction_helpers import floor_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev8.jsonl"
SHA256 = "3569a2c1a17281910451866b6c9632638f3c9da22af1d26e7b949f96c958799f"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
THEMES = {"lookalike_numbers", "lookalike_words", "addresses", "emails_phones"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.927, 0.735),
    "bank_account": (1.000, 0.750),
    "bpjs": (0.500, 1.000),
    "email": (1.000, 0.875),
    "kk": (1.000, 0.400),
    "name": (0.966, 0.901),
    "nik": (0.700, 1.000),
    "npwp": (1.000, 1.000),
    "phone": (1.000, 0.763),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind, just below the measurement after its round (names
#: 0.966 / 0.980, phones 1.000 / 0.833, every other kind 0.99 or more). Left: a mobile posing as
#: an office's (which the guide labels: a person's line), an office's number said to be one a
#: message later, a banner's number far from the word ``spanduk``, an office's fixed line in a
#: sentence after a bracket (``BPJS Kesehatan cabang Kupang (telp. 0380 ...)``), names that are
#: ordinary words (``Bapa Selamat``, ``Indah Selan``).
FLOORS = {
    "address": (0.98, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.96, 0.97),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.82),
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the measurement (0.980 / 0.957).
OVERALL_FLOOR = (0.97, 0.95)
STYLES = {
    "sms_caps",
    "whatsapp",
    "web_form",
    "kupang_malay",
    "letter",
    "email",
    "social",
    "call_centre",
}


def _records() -> list[dict]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_digest_is_pinned() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


def test_ids_are_unique_and_texts_distinct() -> None:
    records = _records()
    assert len(records) >= 500
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


def test_spans_lie_inside_their_text_and_do_not_overlap() -> None:
    for record in _records():
        text = record["text"]
        last = 0
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            assert span["kind"] in KINDS
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert span["start"] >= last
            value = text[span["start"] : span["end"]]
            assert value == value.strip()
            last = span["end"]


def test_themes_and_styles() -> None:
    records = _records()
    themes = Counter(r["theme"] for r in records)
    assert set(themes) == THEMES
    assert all(count >= 90 for count in themes.values())
    assert {r["style"] for r in records} == STYLES


def test_about_half_without_personal_data() -> None:
    records = _records()
    empty = sum(1 for r in records if not r["spans"])
    assert 0.4 <= empty / len(records) <= 0.6


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
