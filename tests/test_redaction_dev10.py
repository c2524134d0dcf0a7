"""The tenth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev10.jsonl"
SHA256 = "6893dd57ee70db66de168bf4f38066505602b8c724547ce800911536e112e102"
THEMES = {"names_no_trigger", "social", "homes_in_prose", "lookalikes"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.969, 0.932),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.857),
    "kk": (1.000, 1.000),
    "name": (0.715, 0.991),
    "nik": (1.000, 1.000),
    "npwp": (1.000, 0.870),
    "phone": (1.000, 0.885),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind, just below the first measurement: rounded down to two
#: places, less 0.01 where that leaves the figure itself (1.000 -> 0.99). Left: names with no word
#: before them that says one follows (``tadi natalia deng steven su datang``, ``kalo Oce
#: datang``), first names and nicknames alone, names that are words (``bilang Untung pung ana``);
#: offices', shops' and travel agents' numbers, offices' and posts' mailboxes, a cooperative's
#: NPWP; RTs as teams and a church's address.
#: Raised after the rounds on the ninth to thirteenth development corpora to just below the
#: figures then (overall 0.985 / 0.999; names 0.975 after ``Ose``, also Ambonese Malay for "you",
#: became a word that is a name too); the comment above describes the first measurement's misses.
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
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the first measurement (0.828 / 0.952).
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
    prefix="d10-",
    themes=THEMES,
    styles=STYLES,
    min_texts=560,
    min_per_theme=130,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
