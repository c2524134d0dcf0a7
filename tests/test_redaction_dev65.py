"""The sixty-fifth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev65.jsonl"
SHA256 = "650b20ca01913212134ccc0b4c0c7f9a292d782185e67bccd4bf2bb0eb08bcb5"
THEMES = {
    "business_licensing",
    "church_community",
    "civil_registry",
    "health",
    "job_application",
    "kpp_tax",
    "land",
    "pbb_bapenda",
    "permits",
    "procurement",
    "school",
    "social_aid_loans",
}
STYLES = {
    "csv_paste",
    "email_thread",
    "formal_letter",
    "kupang_malay_chat",
    "meeting_minutes",
    "ocr_scan",
    "receipt_invoice",
    "sms_caps",
    "wa_forward",
    "web_form",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.962, 1.000),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 1.000),
    "kk": (1.000, 1.000),
    "name": (0.987, 0.979),
    "nik": (0.963, 0.971),
    "npwp": (0.962, 0.898),
    "phone": (1.000, 1.000),
    "plate": (1.000, 1.000),
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
    "name": (0.98, 0.97),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.98),
    # (a point lower: the learned model, which does not learn from this corpus, moves some of
    # its decisions when it is retrained)
    "phone": (0.99, 0.99),
    "plate": (0.99, 0.99),
}
#: Every kind together: 0.980 / 0.964 at the first measurement; just below the figures after
#: its round (0.995 / 0.988).
OVERALL_FLOOR = (0.99, 0.98)


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
    prefix="d65-",
    themes=THEMES,
    styles=STYLES,
    min_texts=810,
    min_per_theme=26,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
