"""The ninth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev9.jsonl"
SHA256 = "71a4dd28d35e4bd043bbb6fa10faab252c50aeff7a00b5ea6d682b5ddebb2ed1"
THEMES = {"social", "names_in_prose", "homes_in_prose", "numbers_in_prose"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (1.000, 0.986),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 1.000),
    "kk": (1.000, 0.750),
    "name": (0.873, 0.998),
    "nik": (0.900, 1.000),
    "npwp": (1.000, 0.923),
    "phone": (0.989, 0.989),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind, just below the measurement after its round (names 0.887 /
#: 0.998, phones 0.989 / 0.989, every other kind 1.000 / 1.000). Left: names with no word before
#: them that says one follows (``yermias deng wahyuni su datang``, ``Tadi Nyong datang``), first
#: names and nicknames alone, names that are ordinary words (``Bu Damai``, ``Pak Kasih``).
#: Raised after the rounds on the ninth to thirteenth development corpora to just below the
#: figures then (overall 0.981 / 0.999); the comment above describes the misses of the ninth's
#: own round.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.96, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.98, 0.98),
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the measurement (0.930 / 0.998).
OVERALL_FLOOR = (0.98, 0.99)
STYLES = {"social", "whatsapp", "sms_caps", "kupang_malay", "web_form", "officer_note", "letter"}


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
    prefix="d9-",
    themes=THEMES,
    styles=STYLES,
    min_texts=500,
    min_per_theme=100,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
