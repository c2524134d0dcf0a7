"""The twelfth development corpus for redaction: its hash and its shape."""

from __future__ import annotations

from pathlib import Path

from tests.redaction_helpers import floor_tests, shape_tests

CORPUS = Path(__file__).parent / "data" / "redaction_dev12.jsonl"
SHA256 = "0604865a3c6c514eb2d0da116bd09f6a789c25365d6167ee6f8b287b2a917134"
THEMES = {"social_threads", "sms_and_forms", "scans_and_odd_text", "kupang_talk"}
#: (recall, precision) per kind before any tuning on this corpus (its README).
FIRST_MEASUREMENT = {
    "address": (0.973, 0.947),
    "bank_account": (1.000, 1.000),
    "bpjs": (1.000, 1.000),
    "email": (1.000, 0.800),
    "kk": (1.000, 1.000),
    "name": (0.894, 0.973),
    "nik": (0.957, 0.957),
    "npwp": (1.000, 1.000),
    "phone": (1.000, 1.000),
    "plate": (0.875, 1.000),
}
#: (recall, precision) floors per kind, just below the first measurement: rounded down to two
#: places, less 0.01 where that leaves the figure itself (1.000 -> 0.99, 0.800 -> 0.79). Left:
#: display names and nicknames opening a comment's line without a chat export's time, in title
#: and lower case, tags (``cc X, Y``, ``X menandai Y``), two-word given names (``Mei Hwa``) caught
#: from their second word, names after ``kios``, ``ade``, ``td``, ``dia pung laki`` and before
#: ``deng``, a KK table's later rows, fields run together on a KTP scan (``Nama:…Alamat:``,
#: ``NIK:…Jenis``, ``NO.62AKel/Desa``), lower-case plates with spaces; ``namanya sapa``, ``ALM``,
#: ``dimasukkan`` and a ``DAYA`` column as names, RTs as prize winners and listed after ``warga``,
#: an NOP table's row as a NIK, a kelurahan unit's mailbox.
#: Raised after the rounds on the ninth to thirteenth development corpora to just below the
#: figures then (overall 0.988 / 0.996); the comment above describes the first measurement's misses.
FLOORS = {
    "address": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "bpjs": (0.99, 0.99),
    "email": (0.99, 0.99),
    "kk": (0.99, 0.99),
    "name": (0.97, 0.99),
    "nik": (0.99, 0.95),
    "npwp": (0.99, 0.99),
    "phone": (0.99, 0.99),
    "plate": (0.99, 0.99),
}
#: Recall and precision of every kind together, just below the first measurement (0.928 / 0.970).
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
    prefix="d12-",
    themes=THEMES,
    styles=STYLES,
    min_texts=560,
    min_per_theme=130,
)


test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement = floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, FIRST_MEASUREMENT
)
