"""The twenty-seventh blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v27.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v27.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. Its floors
sit just below its first measurement.
"""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import blind_floor_tests, blind_shape_tests

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


#: (recall, precision) floors per kind: the first measurement rounded down to two places, minus
#: 0.01 (see ``tests/data/blind/README-redaction-v27.md``).
FLOORS = {
    "address": (0.96, 0.94),
    "bank_account": (0.95, 0.93),
    "bpjs": (0.94, 0.99),
    "email": (0.96, 0.81),
    "kk": (0.99, 0.99),
    "name": (0.95, 0.95),
    "nik": (0.97, 0.97),
    "npwp": (0.89, 0.95),
    "phone": (0.96, 0.90),
    "plate": (0.99, 0.94),
}
OVERALL_FLOOR = (0.95, 0.94)
#: Texts without personal data in which something was hidden: 49 of 306 at the first
#: measurement (a ceiling that follows the measurement, never a target tuned on).
MAX_FLAGGED_CLEAN_TEXTS = 49


test_kind_floor, test_overall_floor, test_clean_texts_stay_mostly_untouched = blind_floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, MAX_FLAGGED_CLEAN_TEXTS
)
