"""The tenth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v10.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v10.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. It has not
been measured yet, so it has no floors.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v10.jsonl"
SHA256 = "7237020cf58b35783b4e0f4a0fa13e9ef6faa3bd2793e103f152520baf585eb3"
STYLES = {
    "sms_caps",
    "sms_plain",
    "whatsapp_group",
    "web_form",
    "email",
    "letter",
    "call_note",
    "social_comment",
    "register_table",
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
    min_texts=680,
    min_without=210,
    min_per_style=60,
    min_spans=2000,
    min_per_kind=40,
)
