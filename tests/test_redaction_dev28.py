"""The twenty-eighth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev28.jsonl"
SHA256 = "ec807774dc7e1400b16d5c23b4b566806f4f07ede3dcc3954779686b2bc9e16c"
THEMES = {
    "dukcapil",
    "health_bpjs",
    "scams",
    "schools",
    "social_aid",
    "tax_permits",
    "utilities",
}
STYLES = {
    "call_note",
    "email_thread",
    "kupang_malay",
    "lapor_web",
    "letter_form",
    "ocr_scan",
    "sms_1708",
    "social_post",
    "table_register",
    "wa_chat",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.955, 0.980),
    "bank_account": (1.000, 1.000),
    "bpjs": (0.966, 1.000),
    "email": (0.973, 0.973),
    "kk": (0.974, 1.000),
    "name": (0.987, 0.977),
    "nik": (1.000, 0.991),
    "npwp": (1.000, 0.972),
    "phone": (0.960, 0.872),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind after its round: the figures then, rounded down to two
#: places, less 0.01 where that leaves the figure itself (never more than 0.01 below the first
#: measurement).
FLOORS = {
    "address": (0.98, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.98, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.98),
    "plate": (0.99, 0.99),
}
#: Every kind together: 0.981 / 0.964 at the first measurement; just below the figures after
#: its round (0.996 / 0.999).
OVERALL_FLOOR = (0.99, 0.99)


(
    test_hash_is_pinned,
    test_size_and_share_without_spans,
    test_ids_are_unique,
    test_spans_lie_inside_their_text,
    test_themes_and_styles,
    test_texts_are_not_repeated,
) = shape_tests(
    CORPUS,
    SHA256,
    prefix="d28-",
    themes=THEMES,
    styles=STYLES,
    min_texts=700,
    min_per_theme=80,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
