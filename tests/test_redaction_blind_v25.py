"""The twenty-fifth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v25.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v25.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. Its floors
are added after its first measurement, by whoever measures it.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v25.jsonl"
SHA256 = "ae59307488dc77de9d20f9b4e4701cb759122cc211da046bbce059aeb3dfeb8c"
STYLES = {
    "sms_1708",
    "wa_group",
    "lapor_web",
    "email_thread",
    "notice_register",
    "social_post",
    "call_note",
    "letter_minutes",
    "ocr_scan",
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
    min_texts=849,
    min_without=309,
    min_per_style=81,
    min_spans=2844,
    min_per_kind=72,
)
