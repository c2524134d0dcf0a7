"""The second routing development corpus: its bytes are pinned and its shape is checked."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "routing_dev2.jsonl"
SHA256 = "021231eb79b1fa11a772bafbe30f823f6d8fa7e99abde375c6bafdb19613a7bf"

UNITS = {
    "inspektorat",
    "luar-kewenangan",
    "bpbd",
    "puskesmas",
    "rsud",
    "dinkes",
    "disdukcapil",
    "dinsos",
    "dpmptsp",
    "satpolpp",
    "pdam",
    "dishub",
    "pupr",
    "dlh",
    "disdik",
    "kecamatan",
    "kelurahan",
    "admin",
}
CHANNELS = {"sms", "whatsapp", "web", "loket"}
FIELDS = {"id", "text", "unit", "channel", "style", "note"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_bytes_are_pinned() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


def test_every_row_has_the_fields(rows: list[dict[str, str]]) -> None:
    for row in rows:
        assert set(row) == FIELDS, row["id"]
        assert all(isinstance(row[field], str) for field in FIELDS), row["id"]
        assert row["text"].strip(), row["id"]


def test_ids_are_unique_and_numbered(rows: list[dict[str, str]]) -> None:
    ids = [row["id"] for row in rows]
    assert ids == [f"rd2-{number:04d}" for number in range(1, len(rows) + 1)]


def test_texts_are_unique(rows: list[dict[str, str]]) -> None:
    texts = [row["text"] for row in rows]
    assert len(set(texts)) == len(texts)


def test_units_are_the_eighteen_with_at_least_thirty_each(rows: list[dict[str, str]]) -> None:
    counts = Counter(row["unit"] for row in rows)
    assert set(counts) == UNITS
    assert min(counts.values()) >= 30
    assert len(rows) >= 570


def test_every_channel_is_present(rows: list[dict[str, str]]) -> None:
    assert {row["channel"] for row in rows} == CHANNELS


def test_sms_texts_carry_the_keyword_mostly(rows: list[dict[str, str]]) -> None:
    sms = [row for row in rows if row["channel"] == "sms"]
    keyed = [row for row in sms if row["text"].upper().startswith("KOTKUPANG")]
    assert len(keyed) * 2 > len(sms)
