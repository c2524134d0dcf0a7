"""The ninth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v9.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v9.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes; its floors
sit just below its first measurement.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from itertools import pairwise
from pathlib import Path

from tests.redaction_helpers import blind_floor_tests

from pengaduan.redaction.evaluation import load_corpus

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v9.jsonl"
SHA256 = "5401dbcc6d86ac09c388ac666b3266a5a51fdcbba2243df2e4be69cce75e44fb"
KINDS = {
    "nik",
    "kk",
    "npwp",
    "phone",
    "email",
    "bpjs",
    "bank_account",
    "plate",
    "name",
    "address",
}
#: Kinds with the strictest goals: at least 150 labelled spans each.
MANY = {"nik", "npwp", "phone", "email"}
STYLES = {
    "sms_caps",
    "sms_plain",
    "whatsapp",
    "web_form",
    "letter",
    "email_thread",
    "call_transcript",
    "spreadsheet",
    "kupang_malay",
    "social",
    "officer_note",
    "scan",
}


def test_the_corpus_is_the_frozen_one() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


def test_the_corpus_has_its_shape() -> None:
    items = load_corpus(CORPUS)
    assert len(items) >= 600
    assert len({item.id for item in items}) == len(items)
    assert len({item.text for item in items}) == len(items)
    clean = sum(1 for item in items if not item.spans)
    assert 0.35 * len(items) <= clean <= 0.45 * len(items)
    kinds: Counter[str] = Counter()
    for item in items:
        ordered = sorted(item.spans, key=lambda span: span.start)
        for span in ordered:
            assert span.kind in KINDS
            assert 0 <= span.start < span.end <= len(item.text)
            kinds[span.kind] += 1
        for before, after in pairwise(ordered):
            assert before.end <= after.start
    assert set(kinds) == KINDS
    assert sum(kinds.values()) >= 1200
    assert all(kinds[kind] >= 30 for kind in KINDS)
    assert all(kinds[kind] >= 150 for kind in MANY)


def test_every_style_has_at_least_fifty_texts() -> None:
    styles = Counter(
        json.loads(line)["style"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    assert set(styles) == STYLES
    assert all(count >= 50 for count in styles.values())


#: (recall, precision) floors per kind: the first measurement rounded down to two places, minus
#: 0.01 (see ``tests/data/blind/README-redaction-v9.md``).
FLOORS = {
    "address": (0.86, 0.72),
    "bank_account": (0.99, 0.86),
    "bpjs": (0.86, 0.96),
    "email": (0.99, 0.98),
    "kk": (0.99, 0.99),
    "name": (0.94, 0.99),
    "nik": (0.98, 0.98),
    "npwp": (0.95, 0.91),
    "phone": (0.98, 0.89),
    "plate": (0.94, 0.99),
}
OVERALL_FLOOR = (0.95, 0.93)
#: Texts without personal data in which something was hidden: 47 of 252 at the first
#: measurement (a ceiling that follows the measurement, never a target tuned on).
MAX_FLAGGED_CLEAN_TEXTS = 47


test_kind_floor, test_overall_floor, test_clean_texts_stay_mostly_untouched = blind_floor_tests(
    CORPUS, FLOORS, OVERALL_FLOOR, MAX_FLAGGED_CLEAN_TEXTS
)
