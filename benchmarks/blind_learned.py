"""A learned model on the frozen blind corpus: the only use of that corpus here is this figure.

The model is trained on ``tests/data/routing_corpus.jsonl`` and ``tests/data/routing_dev.jsonl``
as ``pengaduan route train`` trains (the default options, chosen by cross-validation on those
files, and training texts redacted), and, with ``--legacy``, with the options models were
trained with before a model kept only words that three training texts share (``min_df=1``,
words with digits kept, no redaction). The blind corpus
(``tests/data/blind/routing_blind_v1.jsonl``) is never used to train, tune or choose anything;
this script only measures, through the public API, and prints accuracy overall and per unit for
the rules alone, the model alone, and rules and model together (both precedences).

Run: ``.venv/bin/python benchmarks/blind_learned.py [--legacy]`` (needs the ``learn`` extra).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from pengaduan.redaction import Drop, Redactor
from pengaduan.routing import Normalizer, default_router
from pengaduan.routing.learned import (
    Example,
    Labelled,
    LearnedRouter,
    Precedence,
    TrainingOptions,
    train_model,
)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
BLIND = DATA / "blind" / "routing_blind_v1.jsonl"


LEGACY = TrainingOptions(min_df=1, keep_digits=True)
"""The options of models trained before rare words, digits and redacted spans were left out."""


def main() -> None:
    legacy = "--legacy" in sys.argv[1:]
    normalizer = Normalizer.kupang()
    training = Labelled.from_examples(
        Example(text=e.text, unit=e.unit)
        for name in ("routing_corpus.jsonl", "routing_dev.jsonl")
        for e in Labelled.from_jsonl(DATA / name).examples
    )
    redactor = Redactor.default(fallback=Drop())
    options = LEGACY if legacy else TrainingOptions(redact=lambda text: redactor.redact(text).text)
    model = train_model(training, name="dev", normalizer=normalizer, options=options)
    rules = default_router(normalizer=normalizer)
    with BLIND.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    deciders = {
        "rules alone": lambda t: rules.route(t).unit,
        "model alone": lambda t: model.predict(t).unit,
        "rules first, then model": LearnedRouter(router=rules, model=model).route,
        "model first (rules if unsure)": LearnedRouter(
            router=rules, model=model, precedence=Precedence.MODEL
        ).route,
    }
    print("options:", "before (--legacy)" if legacy else "default, texts redacted")
    print(
        f"model {model.version}: {len(training.examples)} training examples, "
        f"5-fold {100 * model.metadata['metrics']['cv_accuracy']:.1f} %"
    )
    print(f"blind corpus: {len(rows)} texts")
    per_unit: dict[str, Counter[str]] = {}
    for name, decide in deciders.items():
        right: Counter[str] = Counter()
        for row in rows:
            got = decide(row["text"])
            unit = got if isinstance(got, str) else got.unit
            right[row["unit"]] += unit == row["unit"]
        per_unit[name] = right
        print(f"  {name:32} {100 * sum(right.values()) / len(rows):5.1f} %")
    totals = Counter(row["unit"] for row in rows)
    print("per unit (n, rules, model, rules first, model first):")
    for unit in sorted(totals):
        cells = "  ".join(f"{100 * per_unit[n][unit] / totals[unit]:5.1f}" for n in deciders)
        print(f"  {unit:16} {totals[unit]:3}  {cells}")


if __name__ == "__main__":
    main()
