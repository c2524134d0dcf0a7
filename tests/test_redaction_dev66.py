"""The sixty-sixth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev66.jsonl"
SHA256 = "d8584795bef7bf667865f38e9cb4efab1afd52abddb3dc9d88941c82950eb1e3"
THEMES = {
    "civil_registry",
    "electricity",
    "health",
    "markets",
    "police",
    "roads",
    "scams",
    "schools",
    "social_aid",
    "tax_permit",
    "transport",
    "waste",
    "water",
}
STYLES = {
    "call_transcript",
    "chatbot_log",
    "email",
    "fb_post_comments",
    "field_officer_report",
    "marketplace_chat",
    "poster_flyer",
    "sms_caps",
    "wa_group",
    "web_form",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.993, 0.967),
    "bank_account": (1.000, 0.882),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 1.000),
    "kk": (1.000, 1.000),
    "name": (0.986, 0.933),
    "nik": (1.000, 1.000),
    "npwp": (1.000, 1.000),
    "phone": (0.978, 0.954),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind after its round: the figures then, rounded down to two
#: places, less 0.01 where that leaves less than 0.002 below the figure (never more than 0.01
#: below the first measurement).
FLOORS = {
    "address": (0.99, 0.96),
    "bank_account": (0.99, 0.88),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.98, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    # (a point lower: the learned model, which does not learn from this corpus, moves some of
    # its decisions when it is retrained)
    "phone": (0.97, 0.96),
    "plate": (0.99, 0.99),
}
#: Every kind together: 0.986 / 0.949 at the first measurement; just below the figures after
#: its round (0.989 / 0.987).
OVERALL_FLOOR = (0.98, 0.98)


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
    prefix="d66-",
    themes=THEMES,
    styles=STYLES,
    min_texts=635,
    min_per_theme=20,
    share_without_spans=(0.29, 0.5),
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
