"""The thirteenth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from tests.redaction_helpers import floor_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev13.jsonl"
SHA256 = "095c4fd433a1028977a1e2c70459414926c1dc1a38cceda8a4ce256b4f83cef1"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
THEMES = {"officer_notes", "whatsapp_forwards", "social_mentions", "kupang_malay_homes"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (1.000, 0.949),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 1.000),
    "kk": (1.000, 1.000),
    "name": (0.956, 0.980),
    "nik": (1.000, 1.000),
    "npwp": (1.000, 1.000),
    "phone": (1.000, 0.883),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind, just below the first measurement: rounded down to two
#: places, less 0.01 where that leaves the figure itself (1.000 -> 0.99, 0.980 -> 0.97). Left:
#: two-word given names (``Mei Hwa``) caught from their second word, lower-case display names and
#: chat senders (``rambu ana:``, ``hadijah halim: jang …``), names after ``ada yg kenal``, ``tu``,
#: ``suaminya``, ``Lurah`` before a number, ``Ayah,``, ``Beta`` (a word as a name), family names
#: after ``rumah`` and before ``family``, a nickname after ``ini anak,``, a given name in capitals
#: in brackets after a number; ``MOTOR``, ``GANTI`` and a travel agency's sender as names, RTs
#: listed after ``Warga``, an office's street and number, office lines and WAs (PMI, DLHK, PLN,
#: Satpol PP), a drivers' base and a hoax's programme number as phones.
#: Raised after the rounds on the ninth to thirteenth development corpora to just below the
#: figures then (overall 0.987 / 0.997); the comment above describes the first measurement's misses.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.97, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.98),
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the first measurement (0.976 / 0.958).
OVERALL_FLOOR = (0.98, 0.99)
STYLES = {
    "social",
    "whatsapp",
    "sms_caps",
    "kupang_malay",
    "web_form",
    "officer_note",
    "letter",
    "mixed",
}


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def test_hash_is_pinned() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


def test_size_and_share_without_spans(records: list[dict[str, object]]) -> None:
    assert len(records) >= 560
    without = sum(1 for r in records if not r["spans"])
    assert 0.3 <= without / len(records) <= 0.5


def test_ids_are_unique(records: list[dict[str, object]]) -> None:
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert all(str(i).startswith("d13-") for i in ids)


def test_spans_lie_inside_their_text(records: list[dict[str, object]]) -> None:
    for record in records:
        text = record["text"]
        assert isinstance(text, str)
        last = 0
        for span in sorted(record["spans"], key=lambda s: s["start"]):  # type: ignore[attr-defined]
            assert span["kind"] in KINDS
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert span["start"] >= last, record["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), record["id"]
            last = span["end"]


def test_themes_and_styles(records: list[dict[str, object]]) -> None:
    themes = Counter(r["theme"] for r in records)
    assert set(themes) == THEMES
    assert all(count >= 130 for count in themes.values())
    assert {r["style"] for r in records} == STYLES


def test_texts_are_not_repeated(records: list[dict[str, object]]) -> None:
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
