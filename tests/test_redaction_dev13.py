"""The thirteenth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev13.jsonl"
SHA256 = "095c4fd433a1028977a1e2c70459414926c1dc1a38cceda8a4ce256b4f83cef1"
THEMES = {"officer_notes", "whatsapp_forwards", "social_mentions", "kupang_malay_homes"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (1.000, 0.949),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 1.000),
    "kk": (1.000, 1.000),
    "name": (0.956, 0.980),
    "nik": (1.000, 1.000),
    "npwp": (1.000, 1.000),
    "phone": (1.000, 0.883),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind, just below the first measurement: rounded down to two
#: places, less 0.01 where that leaves the figure itself (1.000 -> 0.99, 0.980 -> 0.97). Left:
#: two-word given names (``Mei Hwa``) caught from their second word, lower-case display names and
#: chat senders (``rambu ana:``, ``hadijah halim: jang …``), names after ``ada yg kenal``, ``tu``,
#: ``suaminya``, ``Lurah`` before a number, ``Ayah,``, ``Beta`` (a word as a name), family names
#: after ``rumah`` and before ``family``, a nickname after ``ini anak,``, a given name in capitals
#: in brackets after a number; ``MOTOR``, ``GANTI`` and a travel agency's sender as names, RTs
#: listed after ``Warga``, an office's street and number, office lines and WAs (PMI, DLHK, PLN,
#: Satpol PP), a drivers' base and a hoax's programme number as phones.
#: Raised after the rounds on the ninth to thirteenth development corpora to just below the
#: figures then (overall 0.987 / 0.997); the comment above describes the first measurement's misses.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.97, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.98),
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the first measurement (0.976 / 0.958).
OVERALL_FLOOR = (0.98, 0.99)
STYLES = {
    "social",
    "whatsapp",
    "sms_caps",
    "kupang_malay",
    "web_form",
    "officer_note",
    "letter",
    "mixed",
}


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
    prefix="d13-",
    themes=THEMES,
    styles=STYLES,
    min_texts=560,
    min_per_theme=130,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
