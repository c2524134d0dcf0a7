"""Training with scikit-learn (the ``learn`` extra), exported to a plain-data model."""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, OptionalDependencyError, type_name
from pengaduan.routing.learned._data import Labelled
from pengaduan.routing.learned._errors import TrainingDataError
from pengaduan.routing.learned._features import model_words, word_features
from pengaduan.routing.learned._model import LearnedModel, build_model
from pengaduan.routing.normalize import Normalizer

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Sequence

__all__ = ["Classifier", "TrainingOptions", "choose_options", "train_model"]

MIN_PER_UNIT = 5
"""The fewest examples a unit needs by default."""

MIN_DF = 3
"""By default a feature is kept only when at least this many distinct training texts have it."""


class Classifier(StrEnum):
    """The linear classifier fitted on the features."""

    LINEAR_SVC = "linear-svc"
    """A linear support-vector machine (the default: best in cross-validation, see the docs)."""
    LOGISTIC_REGRESSION = "logistic-regression"
    """Multinomial logistic regression."""


def _classifier(value: object) -> Classifier:
    if not isinstance(value, str) or value not in Classifier._value2member_map_:
        raise ArgumentError(
            argument="classifier",
            rule="must be one of " + ", ".join(c.value for c in Classifier),
            given=type_name(value),
        )
    return Classifier(value)


def _grams(value: object) -> tuple[int, int]:
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(type(v) is int for v in value)
        or not 1 <= value[0] <= value[1] <= 10
    ):
        raise ArgumentError(
            argument="char_ngrams", rule=N_("must be (low, high) with 1 <= low <= high <= 10")
        )
    return value


@attrs.frozen(kw_only=True)
class TrainingOptions:
    """How a model is trained; the defaults were chosen by cross-validation (docs/routing.md).

    Attributes:
        classifier: linear SVM or logistic regression.
        c: the inverse regularisation strength.
        char_ngrams: the character n-gram range of each word.
        folds: folds used to calibrate confidence and to measure accuracy.
        min_per_unit: the fewest examples a unit may have.
        seed: the seed of the fold shuffle.
        min_df: a feature (a word or a character n-gram) is kept only when at least this many
            distinct training texts have it (identical texts count once). A word that only one
            or two complaints hold (a reporter's name, an address) never reaches the model
            file; 1 keeps every feature, as models made before this option did.
        keep_digits: whether words with a digit are features. By default they are dropped at
            training and ignored at prediction (the model records it): phone numbers, NIKs,
            plates and account numbers never reach the model file.
        redact: a function that returns a training text with personal data cut out, run on
            every training text before it is split into words, for example
            ``lambda text: redactor.redact(text).text`` with
            ``redactor = Redactor.default(fallback=Drop())``
            ([`Redactor`][pengaduan.redaction.Redactor]; `pengaduan route train` does this).
            None (the default) trains on the texts as they are. Predictions read texts as they
            are either way.
    """

    classifier: Classifier = attrs.field(default=Classifier.LINEAR_SVC, converter=_classifier)
    c: float = 1.0
    char_ngrams: tuple[int, int] = attrs.field(default=(2, 4), converter=_grams)
    folds: int = 5
    min_per_unit: int = MIN_PER_UNIT
    seed: int = 0
    min_df: int = MIN_DF
    keep_digits: bool = False
    redact: Callable[[str], str] | None = None

    def __attrs_post_init__(self) -> None:
        if not _positive(self.c):
            raise ArgumentError(argument="c", rule="must be a positive number")
        if type(self.folds) is not int or not 2 <= self.folds <= 20:
            raise ArgumentError(argument="folds", rule="must be an int from 2 to 20")
        if type(self.min_per_unit) is not int or not 2 <= self.min_per_unit <= 10_000:
            raise ArgumentError(argument="min_per_unit", rule=N_("must be an int from 2"))
        if type(self.seed) is not int:
            raise ArgumentError(argument="seed", rule="must be an int")
        if type(self.min_df) is not int or not 1 <= self.min_df <= 10_000:
            raise ArgumentError(
                argument="min_df",
                rule=N_("must be an int from 1 to 10000"),
                given=type_name(self.min_df),
            )
        if type(self.keep_digits) is not bool:
            raise ArgumentError(
                argument="keep_digits", rule="must be a bool", given=type_name(self.keep_digits)
            )
        if self.redact is not None and not callable(self.redact):
            raise ArgumentError(
                argument="redact",
                rule=N_("must be a function of a str or None"),
                given=type_name(self.redact),
            )


def _positive(value: object) -> bool:
    return type(value) in {int, float} and 0 < value <= 1e9  # type: ignore[operator]


def _sklearn() -> Any:
    try:
        import sklearn  # noqa: PLC0415
    except ImportError:
        sklearn = None
    if sklearn is None:
        raise OptionalDependencyError(
            feature="training a routing model", package="scikit-learn", extra="learn"
        ).detached()
    return sklearn


def check_data(data: Labelled, min_per_unit: int) -> dict[str, int]:
    """Unit counts, or a [`TrainingDataError`][pengaduan.routing.learned.TrainingDataError] naming
    units with too few examples."""
    counts = data.counts()
    problems: list[str] = []
    if len(counts) < 2:
        if counts:
            problems.append(
                Phrase(
                    N_("a model needs two or more units; found {count} ({units})"),
                    count=len(counts),
                    units=", ".join(repr(u) for u in counts),
                )
            )
        else:
            problems.append(N_("a model needs two or more units; found none"))
    problems.extend(
        Phrase(
            N_("unit {unit}: {count} examples, needs at least {minimum}")
            if n != 1
            else N_("unit {unit}: {count} example, needs at least {minimum}"),
            unit=repr(unit),
            count=n,
            minimum=min_per_unit,
        )
        for unit, n in sorted(counts.items())
        if n < min_per_unit
    )
    if problems:
        raise TrainingDataError(problems=problems, counts=counts)
    return counts


def training_texts(data: Labelled, *, redact: Callable[[str], str] | None) -> list[str]:
    """The texts of ``data``, each through ``redact`` when it is given.

    Raises:
        ArgumentError: ``redact`` returned something else than a str.
    """
    texts = [e.text for e in data.examples]
    if redact is None:
        return texts
    out = []
    for text in texts:
        redacted = redact(text)
        if not isinstance(redacted, str):
            raise ArgumentError(
                argument="redact", rule=N_("must return a str"), given=type_name(redacted)
            )
        out.append(redacted)
    return out


def copies(data: Labelled, normalizer: Normalizer) -> list[tuple[str, ...]]:
    """A key per text: its normalised words (copies of one complaint share it)."""
    return [normalizer.tokens(e.text) for e in data.examples]


def training_words(
    texts: Sequence[str], normalizer: Normalizer, options: TrainingOptions
) -> list[list[str]]:
    """The words of each text as the model is trained on them."""
    return [model_words(normalizer.tokens(t), digits=options.keep_digits) for t in texts]


class _Vectorizer:
    """Vocabulary and IDF from training words; the same sums as the plain-Python predictor.

    Only features that at least ``min_df`` distinct texts hold enter the vocabulary: the others
    get no column, no weight and no place in the exported file. Texts with the same key (copies
    of one complaint) count once: a complaint sent three times does not make its reporter's
    name common.
    """

    def __init__(
        self,
        docs: Sequence[Sequence[str]],
        grams: tuple[int, int],
        min_df: int = 1,
        keys: Sequence[Hashable] | None = None,
    ) -> None:
        self.grams = grams
        self._features: dict[str, list[str]] = {}
        df: Counter[str] = Counter()
        for words in docs:
            df.update(self._doc_features(words))
        if min_df > 1:
            counted = df
            if keys is not None and len(set(keys)) < len(docs):
                first: dict[Hashable, Sequence[str]] = {}
                for words, key in zip(docs, keys, strict=True):
                    first.setdefault(key, words)
                counted = Counter()
                for words in first.values():
                    counted.update(self._doc_features(words))
            df = Counter({f: n for f, n in df.items() if counted[f] >= min_df})
        kept = sorted(df)
        self.vocabulary = {f: i for i, f in enumerate(kept)}
        n = len(docs)
        self.idf = [math.log((1 + n) / (1 + df[f])) + 1 for f in kept]

    def _doc_features(self, words: Sequence[str]) -> set[str]:
        seen: set[str] = set()
        for word in set(words):
            seen.update(self.features(word))
        return seen

    def features(self, word: str) -> list[str]:
        found = self._features.get(word)
        if found is None:
            found = word_features(word, *self.grams)
            self._features[word] = found
        return found

    def matrix(self, docs: Sequence[Sequence[str]]) -> Any:
        from scipy.sparse import csr_matrix  # noqa: PLC0415 - scikit-learn brings scipy

        data: list[float] = []
        indices: list[int] = []
        pointers = [0]
        vocabulary, idf = self.vocabulary, self.idf
        for words in docs:
            row: Counter[int] = Counter()
            for word in words:
                for feature in self.features(word):
                    index = vocabulary.get(feature)
                    if index is not None:
                        row[index] += 1
            scale = 1.0 / math.sqrt(len(words)) if words else 0.0
            for index, count in row.items():
                indices.append(index)
                data.append(count * idf[index] * scale)
            pointers.append(len(indices))
        return csr_matrix((data, indices, pointers), shape=(len(docs), len(vocabulary)))


def _estimator(options: TrainingOptions) -> Any:
    if options.classifier is Classifier.LINEAR_SVC:
        from sklearn.svm import LinearSVC  # noqa: PLC0415

        return LinearSVC(C=options.c, random_state=options.seed)
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    return LogisticRegression(C=options.c, max_iter=5000)


def fit(
    docs: Sequence[Sequence[str]],
    units: Sequence[str],
    options: TrainingOptions,
    keys: Sequence[Hashable] | None = None,
) -> tuple[Any, _Vectorizer]:
    """Fit the vectoriser and the classifier (scikit-learn) on normalised words.

    ``keys`` gives each text a key; texts with the same key count once towards ``min_df``.

    Raises:
        TrainingDataError: no feature is held by ``options.min_df`` distinct texts.
    """
    vectorizer = _Vectorizer(docs, options.char_ngrams, options.min_df, keys)
    if not vectorizer.vocabulary:
        raise TrainingDataError(
            problems=[
                Phrase(
                    N_(
                        "no word or part of a word is in {min_df} or more distinct texts: "
                        "add examples or lower min_df"
                    ),
                    min_df=options.min_df,
                )
            ],
            counts=Counter(units),
        )
    estimator = _estimator(options)
    estimator.fit(vectorizer.matrix(docs), list(units))
    return estimator, vectorizer


def decision_scores(estimator: Any, matrix: Any) -> list[list[float]]:
    """scikit-learn's decision scores, one column per class (two columns for two classes)."""
    raw = estimator.decision_function(matrix)
    if raw.ndim == 1:
        return [[0.0, float(s)] for s in raw]
    return [[float(s) for s in row] for row in raw]


def folds_of(units: Sequence[str], folds: int, seed: int) -> list[tuple[list[int], list[int]]]:
    """Stratified folds (train indices, test indices), never more folds than the rarest unit."""
    from sklearn.model_selection import StratifiedKFold  # noqa: PLC0415

    rarest = min(Counter(units).values())
    splitter = StratifiedKFold(n_splits=max(2, min(folds, rarest)), shuffle=True, random_state=seed)
    return [
        (train.tolist(), test.tolist()) for train, test in splitter.split(list(units), list(units))
    ]


def fit_temperature(scores: Sequence[Sequence[float]], truth: Sequence[int]) -> float:
    """The softmax temperature that minimises the log loss of held-out scores."""
    best, best_loss = 1.0, math.inf
    for step in range(80):
        t = 10 ** (-1 + step * 0.05)  # 0.1 .. ~900
        loss = 0.0
        for row, k in zip(scores, truth, strict=True):
            top = max(row)
            total = sum(math.exp(t * (s - top)) for s in row)
            loss -= t * (row[k] - top) - math.log(total)
        if loss < best_loss:
            best, best_loss = t, loss
    return best


def train_model(
    data: Labelled,
    *,
    name: str = "model",
    normalizer: Normalizer | None = None,
    options: TrainingOptions | None = None,
) -> LearnedModel:
    """Train a routing model on labelled history and export it as plain data.

    Texts go through ``normalizer`` (default
    [`Normalizer.kupang()`][pengaduan.routing.Normalizer.kupang]), become word and
    character n-gram features, and a linear classifier is fitted (scikit-learn). Out-of-fold
    decision scores give the cross-validated accuracy and calibrate confidence (a softmax
    temperature); the final model is fitted on everything.

    The model keeps nothing of the people in the texts by default (see ``min_df`` and
    ``keep_digits`` in [`TrainingOptions`][pengaduan.routing.learned.TrainingOptions]): only
    features that three distinct texts share, no word with a digit. Give ``options.redact``
    a redactor's function too, so that a frequent reporter's name is cut out as well.

    Args:
        data: the labelled examples ([`Labelled`][pengaduan.routing.learned.Labelled]).
        name: a short name; the model's version is ``name-<digest prefix>``.
        normalizer: the normaliser (recorded in the model, checked when loading).
        options: classifier and features
            ([`TrainingOptions`][pengaduan.routing.learned.TrainingOptions]).

    Raises:
        OptionalDependencyError: scikit-learn (the ``learn`` extra) is not installed.
        ArgumentError: an argument of the wrong type, or ``options.redact`` returned no str.
        TrainingDataError: one unit only, units with fewer than ``min_per_unit`` examples
            (named with their counts), or no feature that ``min_df`` distinct texts share.
    """
    if not isinstance(data, Labelled):
        raise ArgumentError(argument="data", rule="must be a Labelled", given=type_name(data))
    if type(name) is not str or not name or len(name) > 100 or not name.isprintable():
        raise ArgumentError(argument="name", rule=N_("must be a short printable str"))
    if normalizer is not None and not isinstance(normalizer, Normalizer):
        raise ArgumentError(
            argument="normalizer", rule="must be a Normalizer or None", given=type_name(normalizer)
        )
    if options is not None and not isinstance(options, TrainingOptions):
        raise ArgumentError(
            argument="options", rule=N_("must be TrainingOptions or None"), given=type_name(options)
        )
    used = normalizer if normalizer is not None else Normalizer.kupang()
    chosen = options if options is not None else TrainingOptions()
    counts = check_data(data, chosen.min_per_unit)
    _sklearn()
    docs = training_words(training_texts(data, redact=chosen.redact), used, chosen)
    # Held-out texts are scored as they are, as predictions will be: the accuracy and the
    # calibration measure the model on unredacted texts.
    held = (
        training_words(training_texts(data, redact=None), used, chosen)
        if chosen.redact is not None
        else docs
    )
    keys = copies(data, used)
    units = [e.unit for e in data.examples]
    held_scores: list[list[float]] = [[] for _ in units]
    estimator: Any = None
    for train, test in folds_of(units, chosen.folds, chosen.seed):
        estimator, vectorizer = fit(
            [docs[i] for i in train], [units[i] for i in train], chosen, [keys[i] for i in train]
        )
        rows = decision_scores(estimator, vectorizer.matrix([held[i] for i in test]))
        for i, row in zip(test, rows, strict=True):
            held_scores[i] = row
    labels = tuple(sorted(counts))
    position = {u: k for k, u in enumerate(labels)}
    truth = [position[u] for u in units]
    correct = sum(1 for row, k in zip(held_scores, truth, strict=True) if row.index(max(row)) == k)
    temperature = fit_temperature(held_scores, truth)
    estimator, vectorizer = fit(docs, units, chosen, keys)
    assert [str(c) for c in estimator.classes_] == list(labels)  # noqa: S101 - sklearn sorts
    coef = estimator.coef_
    intercept = estimator.intercept_
    if len(labels) == 2:
        columns = [[0.0, float(w)] for w in coef[0]]
        intercepts: tuple[float, ...] = (0.0, _round(float(intercept[0])))
    else:
        columns = coef.T.tolist()
        intercepts = tuple(_round(float(b)) for b in intercept)
    weights: dict[str, tuple[float, ...]] = {}
    for feature, index in vectorizer.vocabulary.items():
        row = columns[index]
        if any(abs(w) >= 1e-6 for w in row):
            weights[feature] = (_round(vectorizer.idf[index]), *(_round(w) for w in row))
    metadata = {
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "classifier": chosen.classifier.value,
        "c": chosen.c,
        "vocabulary": {
            "min_df": chosen.min_df,
            "keep_digits": chosen.keep_digits,
            "redacted": chosen.redact is not None,
        },
        "training": {
            "sha256": data.sha256,
            "examples": len(units),
            "skipped": len(data.skipped),
            "per_unit": dict(sorted(counts.items())),
        },
        "metrics": {
            "cv_accuracy": round(correct / len(units), 4),
            "folds": len(folds_of(units, chosen.folds, chosen.seed)),
        },
    }
    return build_model(
        name=name,
        labels=labels,
        char_ngrams=chosen.char_ngrams,
        intercepts=intercepts,
        temperature=round(temperature, 6),
        weights=weights,
        normalizer=used,
        metadata=metadata,
        digits=chosen.keep_digits,
    )


CANDIDATES: tuple[TrainingOptions, ...] = (
    TrainingOptions(classifier=Classifier.LINEAR_SVC, c=0.5),
    TrainingOptions(classifier=Classifier.LINEAR_SVC, c=1.0),
    TrainingOptions(classifier=Classifier.LINEAR_SVC, c=2.0),
    TrainingOptions(classifier=Classifier.LINEAR_SVC, c=1.0, char_ngrams=(3, 5)),
    TrainingOptions(classifier=Classifier.LOGISTIC_REGRESSION, c=20.0),
)
"""The options [`choose_options()`][pengaduan.routing.learned.choose_options] compares by
default."""


def choose_options(
    data: Labelled,
    *,
    normalizer: Normalizer | None = None,
    candidates: Sequence[TrainingOptions] | None = None,
    folds: int = 5,
) -> list[tuple[TrainingOptions, float]]:
    """Compare training options by k-fold accuracy on ``data``; best first.

    Every candidate is scored on the same stratified folds (the scikit-learn pipeline itself,
    without calibration, which does not change the predicted unit); held-out texts are read
    unredacted, as predictions read them. Ties keep the candidates'
    order, so the simpler default wins a tie. Use the first result's options with
    [`train_model()`][pengaduan.routing.learned.train_model].

    Raises:
        OptionalDependencyError: scikit-learn is not installed.
        ArgumentError: an argument of the wrong type.
        TrainingDataError: as for [`train_model()`][pengaduan.routing.learned.train_model].
    """
    if not isinstance(data, Labelled):
        raise ArgumentError(argument="data", rule="must be a Labelled", given=type_name(data))
    if normalizer is not None and not isinstance(normalizer, Normalizer):
        raise ArgumentError(argument="normalizer", rule="must be a Normalizer or None")
    chosen: object = CANDIDATES if candidates is None else candidates
    if (
        not isinstance(chosen, list | tuple)
        or not chosen
        or not all(isinstance(c, TrainingOptions) for c in chosen)
    ):
        raise ArgumentError(
            argument="candidates", rule=N_("must be a non-empty list of TrainingOptions")
        )
    if type(folds) is not int or not 2 <= folds <= 20:
        raise ArgumentError(argument="folds", rule="must be an int from 2 to 20")
    check_data(data, min(c.min_per_unit for c in chosen))
    _sklearn()
    used = normalizer if normalizer is not None else Normalizer.kupang()
    texts = {
        redact: training_texts(data, redact=redact)
        for redact in {None, *(c.redact for c in chosen)}
    }
    units = [e.unit for e in data.examples]
    keys = copies(data, used)
    splits = folds_of(units, folds, chosen[0].seed)
    results = []
    for options in chosen:
        docs = training_words(texts[options.redact], used, options)
        held = training_words(texts[None], used, options) if options.redact is not None else docs
        right = 0
        for train, test in splits:
            estimator, vectorizer = fit(
                [docs[i] for i in train],
                [units[i] for i in train],
                options,
                [keys[i] for i in train],
            )
            rows = decision_scores(estimator, vectorizer.matrix([held[i] for i in test]))
            classes = [str(c) for c in estimator.classes_]
            right += sum(
                classes[row.index(max(row))] == units[i] for i, row in zip(test, rows, strict=True)
            )
        results.append((options, right / len(units)))
    order = sorted(range(len(results)), key=lambda k: -results[k][1])
    return [results[k] for k in order]


def _round(value: float) -> float:
    return float(f"{value:.7g}")
