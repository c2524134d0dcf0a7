"""The twenty-seventh blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v27.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v27.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. It has no
floors yet: they are added after its first measurement, by whoever measures it.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v27.jsonl"
SHA256 = "c8a19808450342a4b72faf00b2936ba92c59a7096a55ee80ff34db2f24fbeb23"
STYLES = {
    "sms_1708",
    "whatsapp",
    "lapor_form",
    "email",
    "call_notes",
    "social_media",
    "letter",
    "ocr_scan",
    "register",
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
    min_texts=828,
    min_without=306,
    min_per_style=81,
    min_spans=2860,
    min_per_kind=60,
)
