"""The development corpus redaction_dev8: its digest and its shape."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "redaction_dev8.jsonl"
SHA256 = "08111d0cf4e935c8dc51999fb7a342dff7b7ecbd29509456a83d571faeb06fab"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
THEMES = {"lookalike_numbers", "lookalike_words", "addresses", "emails_phones"}
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
