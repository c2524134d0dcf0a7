"""The eleventh development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev11.jsonl"
SHA256 = "896f174c124a4cd07c392dbb1b73d6eb62a0b8d115833c1a784e5dfc4b938ad5"
THEMES = {"homes", "contact_lookalikes", "names_formal", "mixed_chat"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.972, 0.833),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.917),
    "kk": (1.000, 1.000),
    "name": (0.969, 0.972),
    "nik": (1.000, 1.000),
    "npwp": (1.000, 0.857),
    "phone": (1.000, 0.838),
    "plate": (1.000, 1.000),
}
#: (recall, precision) floors per kind, just below the first measurement: rounded down to two
#: places, less 0.01 where that leaves the figure itself (1.000 -> 0.99). Left: a home on a street
#: whose name is words (``JL. KAMPUNG BARU NO. 65B``); first names and nicknames after ``mamanya``,
#: ``alias``, ``eh`` or signing an SMS, a child's full name in a form, an initial before a two-word
#: family name in capitals; offices' addresses (a kelurahan office's new seat, a letterhead, a
#: school's, a workshop invoice's, a shop's beside a home), RTs as chat groups and as teams;
#: a school's, a workshop's and an office's numbers, a banner's WA number; ``Kabag Hukum``,
#: ``Kabid Sarpras``, ``BETA`` in capitals, a street named after a person without ``Jl.``.
#: Raised after the rounds on the ninth to thirteenth development corpora to just below the
#: figures then (overall 0.989 / 0.999); the comment above describes the first measurement's misses.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.98, 0.99),
    "nik": (0.99, 0.99),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.99),
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the first measurement (0.978 / 0.925).
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
    prefix="d11-",
    themes=THEMES,
    styles=STYLES,
    min_texts=560,
    min_per_theme=130,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
