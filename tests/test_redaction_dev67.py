"""The sixty-seventh development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev67.jsonl"
SHA256 = "e3a0e480f650f32df856da0a04ea8b73ce5dfd2322361767dc6ea763daa8dbda"
THEMES = {
    "bank_loan",
    "church_mosque",
    "civil_registry",
    "cooperative",
    "health_insurance",
    "jobs_honoraria",
    "land",
    "permit_business",
    "scam",
    "school",
    "social_aid",
    "tax_pbb",
    "village",
}
STYLES = {
    "call_transcript",
    "email",
    "fb_comments",
    "formal_letter",
    "long_complaint",
    "sms_caps",
    "unit_reply",
    "voice_note",
    "wa_chat",
    "wa_forward",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (1.000, 0.917),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 1.000),
    "kk": (1.000, 1.000),
    "name": (0.964, 0.996),
    "nik": (0.987, 0.934),
    "npwp": (0.921, 0.979),
    "phone": (1.000, 0.911),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind after its round: the figures then, rounded down to two
#: places, less 0.01 where that leaves less than 0.002 below the figure (never more than 0.01
#: below the first measurement).
FLOORS = {
    "address": (0.99, 0.91),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.96, 0.99),
    "nik": (0.99, 0.96),
    "npwp": (0.95, 0.99),
    # (a point lower: the learned model, which does not learn from this corpus, moves some of
    # its decisions when it is retrained)
    "phone": (0.99, 0.97),
    "plate": (0.99, 0.99),
}
#: Every kind together: 0.965 / 0.975 at the first measurement; just below the figures after
#: its round (0.976 / 0.988).
OVERALL_FLOOR = (0.97, 0.98)


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
    prefix="d67-",
    themes=THEMES,
    styles=STYLES,
    min_texts=600,
    min_per_theme=6,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
