"""The fifth development redaction corpus: its hash and its shape."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from pengaduan.redaction.evaluation import load_corpus

CORPUS = Path(__file__).parent / "data" / "redaction_dev5.jsonl"
SHA256 = "52af8aecd67efffad812d94c3a5e6f15695ecdf2c06ce2b2e59cb78e190bc98c"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
THEMES = {"email", "npwp", "address", "relayed", "signature"}
STYLES = {"sms_caps", "whatsapp", "web_form", "kupang_malay", "letter", "email", "social"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_hash_is_pinned() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


def test_loads_with_the_evaluation_reader() -> None:
    assert len(load_corpus(CORPUS)) >= 450


def test_ids_are_unique_and_numbered(records: list[dict[str, object]]) -> None:
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert ids == [f"d5-{i:04d}" for i in range(1, len(ids) + 1)]


def test_spans_lie_inside_their_text_and_do_not_overlap(records: list[dict[str, object]]) -> None:
    for record in records:
        text = record["text"]
        assert isinstance(text, str)
        previous = 0
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            assert span["kind"] in KINDS, record["id"]
            assert 0 <= span["start"] < span["end"] <= len(text), record["id"]
            assert span["start"] >= previous, record["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), record["id"]
            previous = span["end"]


def test_themes_and_styles(records: list[dict[str, object]]) -> None:
    themes = Counter(r["theme"] for r in records)
    assert set(themes) == THEMES
    assert all(count >= 50 for count in themes.values()), themes
    assert {r["style"] for r in records} == STYLES


def test_about_half_the_texts_hold_no_personal_data(records: list[dict[str, object]]) -> None:
    empty = sum(1 for r in records if not r["spans"])
    assert 0.4 <= empty / len(records) <= 0.6
