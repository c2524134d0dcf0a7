"""The sixth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v6.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v6.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_floor_tests, blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v6.jsonl"
SHA256 = "34043977951ffd99cdfe6ad8594801142287b2968bc93fb7da9e0431028ae567"
STYLES = {
    "sms_caps",
    "whatsapp",
    "web_form",
    "kupang_malay",
    "letter",
    "social",
    "officer_note",
    "mixed",
}


(
    test_the_corpus_is_the_frozen_one,
    test_the_corpus_has_its_shape,
    test_every_style_has_its_texts,
) = blind_shape_tests(
    CORPUS, SHA256, styles=STYLES, min_texts=400, min_without=120, min_per_style=40
)


#: (recall, precision) floors per kind: the first measurement rounded down to two places, minus
#: 0.01 (see ``tests/data/blind/README-redaction-v6.md``).
FLOORS = {
    "address": (0.99, 0.95),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.91, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.79, 0.99),
    "name": (0.96, 0.97),
    "nik": (0.99, 0.91),
    "npwp": (0.99, 0.94),
    "phone": (0.99, 0.99),
    "plate": (0.99, 0.99),
}
OVERALL_FLOOR = (0.96, 0.97)
#: Texts without personal data in which something was hidden: 8 of 160 at the first measurement
#: (a ceiling that follows the measurement, never a target tuned on).
MAX_FLAGGED_CLEAN_TEXTS = 8


test_kind_floor, test_overall_floor, test_clean_texts_stay_mostly_untouched = blind_floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, MAX_FLAGGED_CLEAN_TEXTS
)
