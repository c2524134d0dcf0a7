"""The sixtieth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev60.jsonl"
SHA256 = "ecab03d356c5b1b7e90952ced124012b94d57ca65c9edd5b696930f8dd80765d"
THEMES = {
    "bank_transfer",
    "cooperative_loan",
    "courier",
    "e_wallet",
    "electricity",
    "marketplace",
    "mobile_operator",
    "ride_food",
    "trader_invoice",
    "water",
}
STYLES = {
    "desk_complaint",
    "desk_reply",
    "marketplace_review",
    "payment_confirmation",
    "receipt_invoice",
    "register_table",
    "scam_warning",
    "sms_caps",
    "social_post",
    "wa_chat",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.996, 0.967),
    "bank_account": (1.000, 0.941),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.815),
    "kk": (1.000, 1.000),
    "name": (0.976, 0.944),
    "nik": (1.000, 1.000),
    "npwp": (0.833, 1.000),
    "phone": (0.935, 0.945),
    "plate": (1.000, 0.809),
}
#: (recall, precision) floors per kind after its round: the figures then, rounded down to two
#: places, less 0.01 where that leaves less than 0.002 below the figure (never more than 0.01
#: below the first measurement).
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.97, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.99),
    "plate": (0.99, 0.97),
}
#: Every kind together: 0.969 / 0.942 at the first measurement; just below the figures after
#: its round (0.988 / 0.999).
OVERALL_FLOOR = (0.98, 0.99)


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
    prefix="d60-",
    themes=THEMES,
    styles=STYLES,
    min_texts=720,
    min_per_theme=45,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
