"""The sixth development redaction corpus (e-mail addresses): its pinned content and its shape."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "data" / "redaction_dev6.jsonl"
SHA256 = "95e06172df13529a1082737b328038ea3af784086288b49e4e5c7b0850a6a445"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
THEMES = {"private", "office", "obfuscated", "lookalike", "header"}
STYLES = {"sms_caps", "whatsapp", "web_form", "kupang_malay", "email", "letter", "social"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_file_is_the_pinned_one() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


def test_ids_are_unique_and_texts_are_not_repeated(records: list[dict[str, object]]) -> None:
    ids = [r["id"] for r in records]
    texts = [r["text"] for r in records]
    assert len(records) >= 450
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)


def test_spans_lie_inside_their_text_in_order_and_have_a_guide_kind(
    records: list[dict[str, object]],
) -> None:
    for record in records:
        text = record["text"]
        assert isinstance(text, str)
        end = 0
        spans = record["spans"]
        assert isinstance(spans, list)
        for span in spans:
            assert span["kind"] in KINDS
            assert end <= span["start"] < span["end"] <= len(text)
            value = text[span["start"] : span["end"]]
            assert value == value.strip()
            assert value[-1].isalnum()
            end = span["end"]


def test_every_theme_has_at_least_60_texts_and_every_style_is_present(
    records: list[dict[str, object]],
) -> None:
    themes = Counter(r["theme"] for r in records)
    assert set(themes) == THEMES
    assert all(count >= 60 for count in themes.values())
    assert {r["style"] for r in records} == STYLES


def test_about_two_fifths_hold_no_personal_data(records: list[dict[str, object]]) -> None:
    empty = sum(1 for r in records if not r["spans"])
    assert 0.35 <= empty / len(records) <= 0.5
