"""The twenty-fifth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev25.jsonl"
SHA256 = "3703ba831b8af0ef600fe7e8859f940914b6a07fd47615866e7e0234ada5f0f2"
THEMES = {
    "accounts_npwp",
    "adverts",
    "mailboxes",
    "office_lines",
    "own_and_kin",
    "persons_dealt",
    "scams",
}
STYLES = {
    "call_log",
    "email_thread",
    "kupang_malay",
    "lapor_ticket",
    "notice",
    "scan_ocr",
    "sms_1708",
    "social_post",
    "wa_forward",
    "web_form",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (1.000, 0.914),
    "bank_account": (0.933, 0.848),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.946),
    "kk": (1.000, 1.000),
    "name": (0.972, 0.946),
    "nik": (1.000, 1.000),
    "npwp": (1.000, 0.786),
    "phone": (0.967, 0.742),
    "plate": (0.778, 1.000),
}
#: (recall, precision) floors per kind after its round: the figures then, rounded down to two
#: places, less 0.01 where that leaves the figure itself (never more than 0.01 below the first
#: measurement).
FLOORS = {
    "address": (0.99, 0.94),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.99, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.97, 0.95),
    "plate": (0.77, 0.99),
}
#: Every kind together: 0.972 / 0.875 at the first measurement; just below the figures after
#: its round (0.988 / 0.985).
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
    prefix="d25-",
    themes=THEMES,
    styles=STYLES,
    min_texts=600,
    min_per_theme=70,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
