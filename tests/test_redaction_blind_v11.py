"""The eleventh blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v11.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v11.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. Its floors sit
just below its first measurement.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_floor_tests, blind_shape_tests

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


#: (recall, precision) floors per kind: the first measurement rounded down to two places, minus
#: 0.01 (see ``tests/data/blind/README-redaction-v11.md``).
FLOORS = {
    "address": (0.97, 0.94),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.95, 0.98),
    "nik": (0.96, 0.99),
    "npwp": (0.94, 0.96),
    "phone": (0.97, 0.88),
    "plate": (0.99, 0.99),
}
OVERALL_FLOOR = (0.96, 0.97)
#: Texts without personal data in which something was hidden: 23 of 219 at the first
#: measurement (a ceiling that follows the measurement, never a target tuned on).
MAX_FLAGGED_CLEAN_TEXTS = 23


test_kind_floor, test_overall_floor, test_clean_texts_stay_mostly_untouched = blind_floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, MAX_FLAGGED_CLEAN_TEXTS
)
