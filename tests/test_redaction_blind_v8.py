"""The eighth blind redaction corpus: frozen, checked for its hash and its shape.

``tests/data/blind/redaction_blind_v8.jsonl`` was written from the annotation guide alone, by
someone outside the detectors' work (see ``tests/data/blind/README-redaction-v8.md``). It is
frozen: nobody tunes a detector, a word list or a threshold on it, and no text is ever changed.
These tests pin its SHA-256 and check that it keeps the shape its README describes. Nobody has
measured it yet: its floors come after its first measurement.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from pengaduan.redaction.evaluation import load_corpus

CORPUS = Path(__file__).parent / "data" / "blind" / "redaction_blind_v8.jsonl"
SHA256 = "b43b012054cceab62f5f997b2dad022d99ea6fae446f80599ad59a3d75820ab3"
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
STYLES = {
    "sms_plain",
    "relayed",
    "lapor_portal",
    "email_thread",
    "spreadsheet",
    "bilingual",
    "school_health",
    "land_civil",
    "market_transport",
    "scam_warning",
}


def test_the_corpus_is_the_frozen_one() -> None:
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == SHA256


def test_the_corpus_has_its_shape() -> None:
    items = load_corpus(CORPUS)
    assert len(items) >= 560
    assert len({item.id for item in items}) == len(items)
    assert len({item.text for item in items}) == len(items)
    assert sum(1 for item in items if not item.spans) >= 150
    kinds: Counter[str] = Counter()
    for item in items:
        for span in item.spans:
            assert span.kind in KINDS
            assert 0 <= span.start < span.end <= len(item.text)
            kinds[span.kind] += 1
    assert set(kinds) == KINDS
    assert sum(kinds.values()) >= 1100
    assert all(count >= 30 for count in kinds.values())
    assert kinds.most_common(1)[0][0] == "name"


def test_every_style_has_at_least_fifty_texts() -> None:
    styles = Counter(
        json.loads(line)["style"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    assert set(styles) == STYLES
    assert all(count >= 50 for count in styles.values())
