"""Learned routing: the plain-Python model against the scikit-learn pipeline it came from.

Side by side, in one run, on the training data (``tests/data/routing_corpus.jsonl`` and
``tests/data/routing_dev.jsonl``; never the blind corpus):

* accuracy on the same five stratified folds of (a) the scikit-learn pipeline the model is
  exported from (our features, ``LinearSVC``), (b) the exported model predicting in plain
  Python, and (c) the usual scikit-learn baseline (``TfidfVectorizer`` word 1-2-grams plus
  ``char_wb`` 2-5-grams, ``LinearSVC``, the library's normaliser as preprocessor), as its docs
  recommend building a text classifier;
* predictions per second of CPU time (``time.process_time``, so that other jobs on a shared
  machine weigh less) on ~400-character texts: the plain-Python model one text at a time
  (what an app does when a complaint arrives) and in a batch (``predict_many``), the numpy
  path in a batch, against the scikit-learn baseline pipeline one text at a time and in one
  batch.

Run: ``.venv/bin/python benchmarks/bench_learned.py`` (needs the ``learn`` extra).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC

from pengaduan.routing import Normalizer
from pengaduan.routing.learned import Example, Labelled, TrainingOptions, train_model
from pengaduan.routing.learned._train import (
    copies,
    decision_scores,
    fit,
    folds_of,
    training_texts,
    training_words,
)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def training_data() -> Labelled:
    examples = [
        Example(text=e.text, unit=e.unit)
        for name in ("routing_corpus.jsonl", "routing_dev.jsonl")
        for e in Labelled.from_jsonl(DATA / name).examples
    ]
    return Labelled.from_examples(examples)


def baseline(normalizer: Normalizer) -> object:
    words = TfidfVectorizer(
        preprocessor=normalizer.normalize, ngram_range=(1, 2), sublinear_tf=True
    )
    chars = TfidfVectorizer(
        preprocessor=normalizer.normalize, analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True
    )
    return make_pipeline(make_union(words, chars), LinearSVC())


def accuracy(data: Labelled, normalizer: Normalizer) -> None:
    options = TrainingOptions()
    examples = data.examples
    units = [e.unit for e in examples]
    # As train_model does: training texts (redacted if the options say so) without words with
    # a digit; held-out texts read as they are (without words with a digit, as the model reads).
    docs = training_words(training_texts(data, redact=options.redact), normalizer, options)
    held = training_words(training_texts(data, redact=None), normalizer, options)
    keys = copies(data, normalizer)
    right = {"sklearn-pipeline": 0, "plain-python": 0, "sklearn-baseline": 0}
    for train, test in folds_of(units, 5, 0):
        estimator, vectorizer = fit(
            [docs[i] for i in train], [units[i] for i in train], options, [keys[i] for i in train]
        )
        rows = decision_scores(estimator, vectorizer.matrix([held[i] for i in test]))
        classes = [str(c) for c in estimator.classes_]
        model = train_model(
            Labelled.from_examples([examples[i] for i in train]), normalizer=normalizer
        )
        pipeline = baseline(normalizer)
        pipeline.fit([examples[i].text for i in train], [units[i] for i in train])  # type: ignore[attr-defined]
        predicted = pipeline.predict([examples[i].text for i in test])  # type: ignore[attr-defined]
        for k, i in enumerate(test):
            right["sklearn-pipeline"] += classes[rows[k].index(max(rows[k]))] == units[i]
            right["plain-python"] += model.predict(examples[i].text).unit == units[i]
            right["sklearn-baseline"] += predicted[k] == units[i]
    total = len(examples)
    print(f"accuracy, 5 stratified folds, {total} examples, {len(set(units))} units:")
    for name, count in right.items():
        print(f"  {name:18} {100 * count / total:5.1f} %")
    gap = 100 * (right["plain-python"] - right["sklearn-pipeline"]) / total
    print(f"  plain Python minus the pipeline it came from: {gap:+.1f} points")


def texts_of_400(data: Labelled, count: int) -> list[str]:
    pick = random.Random(1)
    pool = [e.text for e in data.examples]
    out = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 400:
            parts.append(pick.choice(pool))
        out.append(" ".join(parts)[:400])
    return out


def rate(label: str, seconds: float, count: int) -> float:
    per_second = count / seconds
    print(f"  {label:44} {per_second:10,.0f} /s")
    return per_second


def speed(data: Labelled, normalizer: Normalizer) -> None:
    model = train_model(data, normalizer=normalizer)
    pipeline = baseline(normalizer)
    pipeline.fit([e.text for e in data.examples], [e.unit for e in data.examples])  # type: ignore[attr-defined]
    texts = texts_of_400(data, 3000)
    print(f"predictions of ~400-character texts ({len(texts)} distinct texts):")
    # Warm the per-word caches (and the numpy matrix) as routing traffic does.
    model.predict_many(texts[:200], backend="numpy")
    for round_ in (1, 2):
        print(f" round {round_} (CPU time; the machine is shared)")
        start = time.process_time()
        for text in texts:
            model.predict(text)
        ours = rate(
            "plain-Python model, one text at a time", time.process_time() - start, len(texts)
        )
        start = time.process_time()
        model.predict_many(texts, backend="python")
        plain_batch = rate(
            "plain-Python model, predict_many", time.process_time() - start, len(texts)
        )
        start = time.process_time()
        model.predict_many(texts, backend="numpy")
        fast = rate("numpy path, predict_many", time.process_time() - start, len(texts))
        few = texts[:500]
        start = time.process_time()
        for text in few:
            pipeline.predict([text])  # type: ignore[attr-defined]
        single = rate(
            "scikit-learn baseline, one text at a time", time.process_time() - start, len(few)
        )
        start = time.process_time()
        pipeline.predict(texts)  # type: ignore[attr-defined]
        batch = rate("scikit-learn baseline, one batch", time.process_time() - start, len(texts))
        print(f"  ratio plain Python / scikit-learn one at a time: {ours / single:.1f}x")
        print(f"  ratio numpy batch / plain-Python batch: {fast / plain_batch:.2f}x")
        print(f"  ratio numpy batch / scikit-learn batch: {fast / batch:.2f}x")
        print(f"  target >= 5,000/s: {'met' if ours >= 5000 else 'NOT met'}")
    same = all(
        a.unit == b.unit and abs(a.confidence - b.confidence) < 1e-9
        for a, b in zip(
            model.predict_many(texts, backend="python"),
            model.predict_many(texts, backend="numpy"),
            strict=True,
        )
    )
    print(f"  numpy and plain predictions identical (unit, confidence within 1e-9): {same}")


def main() -> None:
    normalizer = Normalizer.kupang()
    data = training_data()
    accuracy(data, normalizer)
    speed(data, normalizer)


if __name__ == "__main__":
    main()
