"""The twenty-eighth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v28.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v28.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. It has no
floors yet: they are added after its first measurement, by whoever measures it.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v28.jsonl"
SHA256 = "7200ccf8dbe54680e29d07c2520dcba432d10206f59a1f368cccff68a014b85b"
STYLES = {
    "sms_1708",
    "whatsapp",
    "lapor_form",
    "email",
    "call_centre",
    "social_media",
    "letter",
    "ocr_scan",
    "kupang_malay",
    "handover",
}


(
    test_the_corpus_is_the_frozen_one,
    test_the_corpus_has_its_shape,
    test_every_style_has_its_texts,
) = blind_shape_tests(
    CORPUS,
    SHA256,
    styles=STYLES,
    min_texts=868,
    min_without=324,
    min_per_style=84,
    min_spans=5871,
    min_per_kind=124,
)
