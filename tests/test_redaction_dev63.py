"""The sixty-third development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev63.jsonl"
SHA256 = "b3dd945b4feae89eec62bb4af65c10f35fc1995ea02878d584dc7b31b0c35994"
THEMES = {
    "civil_registry",
    "health",
    "police",
    "power",
    "private_dealings",
    "roads",
    "school",
    "social_aid",
    "tax",
    "water",
}
STYLES = {
    "call_transcript",
    "email_office",
    "fb_post",
    "office_reply",
    "sms_caps",
    "sms_lower",
    "visit_note",
    "wa_chat",
    "wa_forward",
    "web_form",
}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.967, 0.963),
    "bank_account": (1.000, 0.969),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 1.000),
    "kk": (1.000, 1.000),
    "name": (0.960, 0.992),
    "nik": (0.944, 0.932),
    "npwp": (0.931, 0.943),
    "phone": (0.954, 0.866),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind after its round: the figures then, rounded down to two
#: places, less 0.01 where that leaves less than 0.002 below the figure (never more than 0.01
#: below the first measurement).
FLOORS = {
    "address": (0.96, 0.96),
    "bank_account": (0.99, 0.96),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.95, 0.99),
    "nik": (0.94, 0.98),
    "npwp": (0.98, 0.94),
    # (recall half a point lower: the learned model, which does not learn from this corpus,
    # moved a few of its phones when it was retrained after later rounds' rules; no lower than
    # a point under the first measurement, 0.954)
    "phone": (0.945, 0.92),
    "plate": (0.99, 0.99),
}
#: Every kind together: 0.961 / 0.952 at the first measurement; just below the figures after
#: its round (0.964 / 0.970).
OVERALL_FLOOR = (0.96, 0.96)


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
    prefix="d63-",
    themes=THEMES,
    styles=STYLES,
    min_texts=720,
    min_per_theme=54,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
