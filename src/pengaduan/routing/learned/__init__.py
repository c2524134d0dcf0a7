"""Routing that learns from an office's own dispositions.

Train a linear model on labelled history ([`Labelled`][pengaduan.routing.learned.Labelled] from
pairs, a JSON-lines file or
complaint histories; the last disposition is the label) with scikit-learn, the ``learn`` extra
([`train_model()`][pengaduan.routing.learned.train_model];
[`choose_options()`][pengaduan.routing.learned.choose_options] compares classifiers and features by
cross-validation). The result is a [`LearnedModel`][pengaduan.routing.learned.LearnedModel]: plain
data, saved as a versioned,
digest-checked JSON file that [`load_model()`][pengaduan.routing.learned.load_model] reads and
predicts with in plain Python, with
no scikit-learn installed (batches go through numpy when it is importable; see
[`Backend`][pengaduan.routing.learned.Backend]). Each
[`Prediction`][pengaduan.routing.learned.Prediction] is explained (the words that pushed it, the
runner-up units, a calibrated confidence, review below a threshold with three units offered).

A model file keeps nothing of the people in its training texts by default
([`TrainingOptions`][pengaduan.routing.learned.TrainingOptions]): only features that three
distinct texts share and no word with a digit; ``redact=`` adds a redactor run on each
training text first.

[`LearnedRouter`][pengaduan.routing.learned.LearnedRouter] puts rules and model together with a
configurable [`Precedence`][pengaduan.routing.learned.Precedence];
[`compare()`][pengaduan.routing.learned.compare] dry-runs two routers or models on history;
[`evaluate_model()`][pengaduan.routing.learned.evaluate_model] measures a
training set by k-fold and time split, per unit, with a learning curve and coverage table.
"""

from __future__ import annotations

from pengaduan.routing.learned._combined import (
    CombinedDecision,
    Comparison,
    DecisionSource,
    LearnedRouter,
    Precedence,
    compare,
)
from pengaduan.routing.learned._data import Example, Labelled, SkippedLine
from pengaduan.routing.learned._errors import ModelFileError, TrainingDataError
from pengaduan.routing.learned._evaluate import ModelEvaluation, UnitScore, evaluate_model
from pengaduan.routing.learned._fast import Backend
from pengaduan.routing.learned._model import LearnedModel, Prediction, load_model
from pengaduan.routing.learned._train import (
    Classifier,
    TrainingOptions,
    choose_options,
    train_model,
)

__all__ = [
    "Backend",
    "Classifier",
    "CombinedDecision",
    "Comparison",
    "DecisionSource",
    "Example",
    "Labelled",
    "LearnedModel",
    "LearnedRouter",
    "ModelEvaluation",
    "ModelFileError",
    "Precedence",
    "Prediction",
    "SkippedLine",
    "TrainingDataError",
    "TrainingOptions",
    "UnitScore",
    "choose_options",
    "compare",
    "evaluate_model",
    "load_model",
    "train_model",
]
