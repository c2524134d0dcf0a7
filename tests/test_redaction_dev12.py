"""The twelfth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from tests.redaction_helpers import floor_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev12.jsonl"
SHA256 = "0604865a3c6c514eb2d0da116bd09f6a789c25365d6167ee6f8b287b2a917134"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
THEMES = {"social_threads", "sms_and_forms", "scans_and_odd_text", "kupang_talk"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.973, 0.947),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.800),
    "kk": (1.000, 1.000),
    "name": (0.894, 0.973),
    "nik": (0.957, 0.957),
    "npwp": (1.000, 1.000),
    "phone": (1.000, 1.000),
    "plate": (0.875, 1.000),
}
#: (recall, precision) floors per kind, just below the first measurement: rounded down to two
#: places, less 0.01 where that leaves the figure itself (1.000 -> 0.99, 0.800 -> 0.79). Left:
#: display names and nicknames opening a comment's line without a chat export's time, in title
#: and lower case, tags (``cc X, Y``, ``X menandai Y``), two-word given names (``Mei Hwa``) caught
#: from their second word, names after ``kios``, ``ade``, ``td``, ``dia pung laki`` and before
#: ``deng``, a KK table's later rows, fields run together on a KTP scan (``Nama:…Alamat:``,
#: ``NIK:…Jenis``, ``NO.62AKel/Desa``), lower-case plates with spaces; ``namanya sapa``, ``ALM``,
#: ``dimasukkan`` and a ``DAYA`` column as names, RTs as prize winners and listed after ``warga``,
#: an NOP table's row as a NIK, a kelurahan unit's mailbox.
#: Raised after the rounds on the ninth to thirteenth development corpora to just below the
#: figures then (overall 0.988 / 0.996); the comment above describes the first measurement's misses.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.97, 0.99),
    "nik": (0.99, 0.95),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.99),
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the first measurement (0.928 / 0.970).
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
    assert all(str(i).startswith("d12-") for i in ids)


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
