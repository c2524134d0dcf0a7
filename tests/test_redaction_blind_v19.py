"""The nineteenth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v19.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v19.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v19.jsonl"
SHA256 = "852d947b566db5b84d7771562385c66235a7b94f1165a63fb9320f8df2c58ff8"
STYLES = {
    "sms_1708",
    "wa_chat",
    "lapor_form",
    "email_thread",
    "call_note",
    "social_post",
    "letter_minutes",
    "ocr_scan",
    "register_notice",
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
    min_texts=850,
    min_without=295,
    min_per_style=80,
    min_spans=1960,
    min_per_kind=50,
)
