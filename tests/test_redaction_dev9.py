"""The ninth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from tests.redaction_helpers import floor_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev9.jsonl"
SHA256 = "71a4dd28d35e4bd043bbb6fa10faab252c50aeff7a00b5ea6d682b5ddebb2ed1"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
THEMES = {"social", "names_in_prose", "homes_in_prose", "numbers_in_prose"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (1.000, 0.986),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 1.000),
    "kk": (1.000, 0.750),
    "name": (0.873, 0.998),
    "nik": (0.900, 1.000),
    "npwp": (1.000, 0.923),
    "phone": (0.989, 0.989),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind, just below the measurement after its round (names 0.887 /
#: 0.998, phones 0.989 / 0.989, every other kind 1.000 / 1.000). Left: names with no word before
#: them that says one follows (``yermias deng wahyuni su datang``, ``Tadi Nyong datang``), first
#: names and nicknames alone, names that are ordinary words (``Bu Damai``, ``Pak Kasih``).
#: Raised after the rounds on the ninth to thirteenth development corpora to just below the
#: figures then (overall 0.981 / 0.999); the comment above describes the misses of the ninth's
#: own round.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.96, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.98, 0.98),
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the measurement (0.930 / 0.998).
OVERALL_FLOOR = (0.98, 0.99)
STYLES = {"social", "whatsapp", "sms_caps", "kupang_malay", "web_form", "officer_note", "letter"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def test_hash_is_pinned() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


def test_size_and_share_without_spans(records: list[dict[str, object]]) -> None:
    assert len(records) >= 500
    without = sum(1 for r in records if not r["spans"])
    assert 0.3 <= without / len(records) <= 0.5


def test_ids_are_unique(records: list[dict[str, object]]) -> None:
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert all(str(i).startswith("d9-") for i in ids)


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
    assert all(count >= 100 for count in themes.values())
    assert {r["style"] for r in records} == STYLES


def test_texts_are_not_repeated(records: list[dict[str, object]]) -> None:
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
