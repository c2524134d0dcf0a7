"""Routing that learns from an office's own dispositions.

Train a linear model on labelled history (:class:`Labelled` from pairs, a JSON-lines file or
complaint histories; the last disposition is the label) with scikit-learn, the ``learn`` extra
(:func:`train_model`; :func:`choose_options` compares classifiers and features by
cross-validation). The result is a :class:`LearnedModel`: plain data, saved as a versioned,
digest-checked JSON file that :func:`load_model` reads and predicts with in plain Python, with
no scikit-learn installed (batches go through numpy when it is importable; see
:class:`Backend`). Each :class:`Prediction` is explained (the words that pushed it, the
runner-up units, a calibrated confidence, review below a threshold with three units offered).

:class:`LearnedRouter` puts rules and model together with a configurable :class:`Precedence`;
:func:`compare` dry-runs two routers or models on history; :func:`evaluate_model` measures a
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
