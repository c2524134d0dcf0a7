"""Redaction throughput against the density of personal data, pengaduan beside Presidio.

``bench_redaction.py`` measures three fixed sets of text. This script shows how throughput
falls as a complaint holds more identifiers, so an office can size a deployment from its own
mix: complaints of about 1 KB built from ordinary complaint prose and labelled corpus texts with
personal data (the development corpora's, as in ``bench_redaction.py``'s PII-dense set), in
proportions that give from none to about four identifiers per 200 characters. The last row is
the PII-dense set itself (no prose).

Both engines run in this one process on the same texts (CPU time, best of two passes; Presidio
set up as in ``bench_redaction.py``: equivalent pattern recognizers, with the no-op NLP engine
and with spaCy's blank Indonesian tokenizer). The redactor keeps no cache of what it read, so a
second pass costs what new text costs.

Run: ``python benchmarks/bench_redaction_density.py`` (needs the ``bench`` extra for Presidio).
"""

from __future__ import annotations

import logging
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_redaction as base  # noqa: E402 - the shared texts and Presidio set-up

from pengaduan.redaction import Redactor  # noqa: E402
from pengaduan.redaction.evaluation import load_corpus  # noqa: E402

#: The share of each complaint's characters taken from texts with personal data.
SHARES = (0.0, 0.1, 0.25, 0.5, 0.75, 1.0)
TEXTS = 300
SIZE = 1000


def mixed(share: float, rng: random.Random) -> tuple[list[str], float]:
    """``TEXTS`` complaints of about ``SIZE`` characters, ``share`` of them from labelled texts
    with personal data and the rest prose, and the identifiers per 200 characters they hold."""
    items = [item for path in (base.CORPUS, *base.DEV) for item in load_corpus(path) if item.spans]
    out: list[str] = []
    spans = chars = 0
    for _ in range(TEXTS):
        parts: list[str] = []
        pii = prose = 0
        while pii + prose < SIZE:
            if share and (share == 1.0 or pii < share * (pii + prose + 1)):
                item = rng.choice(items)
                parts.append(item.text)
                pii += len(item.text) + 1
                spans += len(item.spans)
            else:
                sentence = rng.choice(base.PROSE)
                parts.append(sentence)
                prose += len(sentence) + 1
        text = "\n".join(parts)
        chars += len(text)
        out.append(text)
    return out, spans / chars * 200


def main() -> None:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    redactor = Redactor.default(allowed_phones=[base.HOTLINE])
    engines: list[tuple[str, object]] = [("pengaduan", redactor.find)]
    try:
        for nlp in ("noop", "blank-tokenizer"):
            engine = base.presidio_engine(nlp)
            engines.append((f"presidio ({nlp})", lambda t, e=engine: base.presidio_spans(e, t)))
    except ImportError:
        print("presidio-analyzer is not installed: pip install --group bench")
    header = "".join(f"{name:>22}" for name, _ in engines)
    ratios = "".join(f"{'ratio ' + name.split(' ', 1)[-1]:>24}" for name, _ in engines[1:])
    print(f"MB/s (CPU time) by identifiers per 200 characters; {TEXTS} complaints of ~1 KB each")
    print(f"{'PII share':>10}{'ids/200':>9}{header}{ratios}")
    for share in SHARES:
        texts, per_200 = mixed(share, random.Random(17))
        speeds = [base.throughput(run, texts, 2) for _, run in engines]
        cells = "".join(f"{speed:22.2f}" for speed in speeds)
        shown = "".join(f"{speeds[0] / speed:23.1f}x" for speed in speeds[1:])
        print(f"{share:10.0%}{per_200:9.2f}{cells}{shown}")


if __name__ == "__main__":
    main()
