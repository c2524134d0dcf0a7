"""The eleventh blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v11.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v11.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. It has no
floors yet: it has not been measured.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v11.jsonl"
SHA256 = "41d68957a7cc98cf4050e300b3f84d16a3046f47af4188a8922d06ed76d9e196"
STYLES = {
    "lapor_ticket",
    "sms_1708",
    "wa_forward",
    "email_reply",
    "phone_log",
    "ocr_form",
    "neighbourhood_notice",
    "facebook_post",
    "officer_memo",
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
