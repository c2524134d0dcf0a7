"""The fifty-fifth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev55.jsonl"
SHA256 = "12f19022d7fed2155a2b8fc3e28dc4bcd227a610df7f2a7deb0096a11981dea0"
THEMES = {
    "bank_loan",
    "honorarium",
    "licensing",
    "npwp_nik",
    "organisation",
    "procurement",
    "property",
    "refund_slip",
    "scholarship",
    "social_aid",
}
STYLES = {
    "body_letter",
    "call_log",
    "clerk_chat",
    "complaint",
    "email_thread",
    "form",
    "kupang_chat",
    "ocr_scan",
    "register",
    "tax_office",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (1.000, 0.923),
    "bank_account": (0.993, 0.828),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.993),
    "kk": (1.000, 1.000),
    "name": (0.980, 0.946),
    "nik": (0.973, 0.930),
    "npwp": (0.909, 0.899),
    "phone": (0.925, 0.989),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind after its round: the figures then, rounded down to two
#: places, less 0.01 where that leaves less than 0.002 below the figure (never more than 0.01
#: below the first measurement).
FLOORS = {
    "address": (0.99, 0.92),
    "bank_account": (0.99, 0.93),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.98, 0.94),
    "nik": (0.97, 0.97),
    "npwp": (0.95, 0.95),
    "phone": (0.92, 0.99),
    "plate": (0.99, 0.99),
}
#: Every kind together: 0.963 / 0.935 at the first measurement; just below the figures after
#: its round (0.974 / 0.959).
OVERALL_FLOOR = (0.97, 0.95)


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
    prefix="d55-",
    themes=THEMES,
    styles=STYLES,
    min_texts=700,
    min_per_theme=35,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
