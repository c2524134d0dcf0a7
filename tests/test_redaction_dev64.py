"""The sixty-fourth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev64.jsonl"
SHA256 = "fd76bfc2aa886ba8c48c4e59811189d7db1c21f1e699c4cde30edb097ae53fee"
THEMES = {
    "bank_ewallet",
    "church_community",
    "civil_registry",
    "electricity",
    "health",
    "land",
    "market",
    "police",
    "roads",
    "scam",
    "school",
    "social_aid",
    "tax_permit",
    "transport",
    "village",
    "water",
}
STYLES = {
    "call_log",
    "fb_thread",
    "formal_letter",
    "long_report",
    "ocr_scan",
    "office_notice",
    "sms_caps",
    "voice_note",
    "wa_chat",
    "web_form",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.991, 0.830),
    "bank_account": (1.000, 0.742),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.978),
    "kk": (1.000, 1.000),
    "name": (0.977, 0.973),
    "nik": (0.961, 0.977),
    "npwp": (0.948, 0.948),
    "phone": (0.950, 0.906),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind after its round: the figures then, rounded down to two
#: places, less 0.01 where that leaves less than 0.002 below the figure (never more than 0.01
#: below the first measurement).
FLOORS = {
    "address": (0.99, 0.85),
    "bank_account": (0.99, 0.90),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.97),
    "kk": (0.99, 0.99),
    "name": (0.97, 0.97),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    # (a point lower: the learned model, which does not learn from this corpus, moves about one
    # decision in 140 when it is retrained)
    "phone": (0.97, 0.93),
    "plate": (0.99, 0.99),
}
#: Every kind together: 0.972 / 0.939 at the first measurement; just below the figures after
#: its round (0.987 / 0.962).
OVERALL_FLOOR = (0.98, 0.96)


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
    prefix="d64-",
    themes=THEMES,
    styles=STYLES,
    min_texts=750,
    min_per_theme=18,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
