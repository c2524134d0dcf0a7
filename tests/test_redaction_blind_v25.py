"""The twenty-fifth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v25.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v25.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. Its floors
sit just below its first measurement.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_floor_tests, blind_shape_tests

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


#: (recall, precision) floors per kind: the first measurement rounded down to two places, minus
#: 0.01 (see ``tests/data/blind/README-redaction-v25.md``).
FLOORS = {
    "address": (0.97, 0.94),
    "bank_account": (0.94, 0.91),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.92),
    "kk": (0.99, 0.99),
    "name": (0.94, 0.95),
    "nik": (0.97, 0.97),
    "npwp": (0.95, 0.87),
    "phone": (0.96, 0.85),
    "plate": (0.99, 0.99),
}
OVERALL_FLOOR = (0.96, 0.93)
#: Texts without personal data in which something was hidden: 50 of 309 at the first
#: measurement (a ceiling that follows the measurement, never a target tuned on).
MAX_FLAGGED_CLEAN_TEXTS = 50


test_kind_floor, test_overall_floor, test_clean_texts_stay_mostly_untouched = blind_floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, MAX_FLAGGED_CLEAN_TEXTS
)
