"""The twenty-fourth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v24.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v24.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. Its floors
sit just below its first measurement.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_floor_tests, blind_shape_tests

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v24.jsonl"
SHA256 = "5375e3840dbc5dfb7795432cd815266a086f5767a6ee8686dbdf99ec1cd977f4"
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
    min_texts=797,
    min_without=290,
    min_per_style=77,
    min_spans=2495,
    min_per_kind=59,
)


#: (recall, precision) floors per kind: the first measurement rounded down to two places, minus
#: 0.01 (see ``tests/data/blind/README-redaction-v24.md``).
FLOORS = {
    "address": (0.99, 0.89),
    "bank_account": (0.95, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.90),
    "kk": (0.99, 0.99),
    "name": (0.96, 0.96),
    "nik": (0.99, 0.95),
    "npwp": (0.93, 0.96),
    "phone": (0.97, 0.90),
    "plate": (0.99, 0.99),
}
OVERALL_FLOOR = (0.97, 0.95)
#: Texts without personal data in which something was hidden: 27 of 291 at the first
#: measurement (a ceiling that follows the measurement, never a target tuned on).
MAX_FLAGGED_CLEAN_TEXTS = 27


test_kind_floor, test_overall_floor, test_clean_texts_stay_mostly_untouched = blind_floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, MAX_FLAGGED_CLEAN_TEXTS
)
