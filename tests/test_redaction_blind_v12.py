"""The twelfth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v12.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v12.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. It has not
been measured yet, so it has no floors.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v12.jsonl"
SHA256 = "cd0743514335d8b32d5300ee17e829102b2f44d5d4604f9e9b1903a7c55ee450"
STYLES = {
    "sms_1708",
    "wa_forward",
    "web_form",
    "email_thread",
    "call_log",
    "ocr_scan",
    "rt_notice",
    "social_post",
    "officer_note",
    "kupang_malay",
}


(
    test_the_corpus_is_the_frozen_one,
    test_the_corpus_has_its_shape,
    test_every_style_has_its_texts,
) = blind_shape_tests(
    CORPUS,
    SHA256,
    styles=STYLES,
    min_texts=600,
    min_without=200,
    min_per_style=50,
    min_spans=1500,
    min_per_kind=30,
)
