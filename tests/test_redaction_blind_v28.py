"""The twenty-eighth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v28.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v28.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. Its floors
sit just below its first measurement.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_floor_tests, blind_shape_tests

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


#: (recall, precision) floors per kind: the first measurement rounded down to two places, minus
#: 0.01 (see ``tests/data/blind/README-redaction-v28.md``).
FLOORS = {
    "address": (0.97, 0.93),
    "bank_account": (0.89, 0.94),
    "bpjs": (0.89, 0.99),
    "email": (0.99, 0.89),
    "kk": (0.94, 0.99),
    "name": (0.94, 0.95),
    "nik": (0.99, 0.94),
    "npwp": (0.82, 0.92),
    "phone": (0.97, 0.97),
    "plate": (0.99, 0.99),
}
OVERALL_FLOOR = (0.95, 0.95)
#: Texts without personal data in which something was hidden: 80 of 324 at the first
#: measurement (a ceiling that follows the measurement, never a target tuned on).
MAX_FLAGGED_CLEAN_TEXTS = 80


test_kind_floor, test_overall_floor, test_clean_texts_stay_mostly_untouched = blind_floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, MAX_FLAGGED_CLEAN_TEXTS
)
