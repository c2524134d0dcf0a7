"""A trained routing model as data: a JSON file that predicts in plain Python.

The file holds everything needed to score a text and to know where the model came from: the
label set, the feature spec (character n-gram range), each feature's IDF and per-unit weights,
the intercepts, the calibration temperature, whether words with a digit are left out
(``keep_digits``; absent in files made before it existed, which keep them), the normaliser's
algorithm version and lexicon digests, a SHA-256 of the training data, the creation date,
cross-validated metrics, and a SHA-256 of the file's own content. Loading checks all of it and
refuses, with a [`ModelFileError`][pengaduan.routing.learned.ModelFileError], a file that is not
JSON (truncated), whose digest does not match (edited), whose structure is wrong, or that was
made for another normaliser.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from itertools import accumulate, chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from pengaduan._core.arguments import guarded, readable
from pengaduan._core.paths import NotRegularFileError, os_reason, read_regular
from pengaduan._core.text import encodable, exact, exact_str
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name
from pengaduan.routing.learned._errors import ModelFileError
from pengaduan.routing.learned._fast import Backend, DenseRows, use_numpy
from pengaduan.routing.learned._features import (
    NORMALIZER_ALGORITHM,
    READABLE_ALGORITHMS,
    model_words,
    normalizer_spec,
    word_features,
)
from pengaduan.routing.normalize import Normalizer

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["FORMAT", "FORMAT_VERSION", "LearnedModel", "Prediction", "load_model"]

FORMAT = "pengaduan.routing-model"
FORMAT_VERSION = 1
MAX_MODEL_BYTES = 256 * 1024 * 1024
_CACHE_LIMIT = 200_000
_MAX_UNITS = 1000
_REASONS = 5
"""How many words a prediction gives as its reasons."""


class Prediction(NamedTuple):
    """What a model says about one text, with the reasons.

    Attributes:
        unit: the unit with the highest calibrated probability.
        confidence: that probability (0..1), calibrated on held-out folds at training.
        ranked: the best units with their probabilities, best first (``top`` of them).
        features: the text's known words that pushed most towards ``unit``, with their weight
            (model vocabulary only; words the model never saw are not shown).
        review: True when ``confidence`` is below the threshold: a person should choose.
        offered: when ``review``, the top three units to choose from; else empty.
        model: the model's version (``name-<digest prefix>``).
    """

    unit: str
    confidence: float
    ranked: tuple[tuple[str, float], ...]
    features: tuple[tuple[str, float], ...]
    review: bool
    offered: tuple[str, ...]
    model: str


def _text(value: object, argument: str) -> str:
    if type(value) is not str and not isinstance(value, str):
        raise ArgumentError(argument=argument, rule="must be a str", given=type_name(value))
    if not encodable(value):
        raise ArgumentError(argument=argument, rule="must be text without lone surrogates")
    return value


def _is_iterable(value: object) -> bool:
    return hasattr(value, "__iter__")


def _options(threshold: object, top: object) -> tuple[float, int]:
    limit = _threshold(threshold)
    if type(top) is not int or not 1 <= top <= _MAX_UNITS:
        raise ArgumentError(argument="top", rule=N_("must be an int from 1"), given=type_name(top))
    return limit, top


def _threshold(value: object) -> float:
    if type(value) not in {int, float} or not 0.0 <= value <= 1.0:  # type: ignore[operator]
        raise ArgumentError(
            argument="threshold", rule="must be a number from 0 to 1", given=type_name(value)
        )
    return float(value)  # type: ignore[arg-type]


def _is_number(value: object) -> bool:
    """An int or float (an int must fit a float: the model computes in floats)."""
    return type(value) is float or (type(value) is int and -1e300 < value < 1e300)


def _numbers(values: object) -> bool:
    """Whether ``values`` is a list or tuple of ints and floats."""
    return isinstance(values, list | tuple) and all(map(_is_number, values))


def _weights_ok(weights: Mapping[Any, object], size: int) -> bool:
    """Whether every feature is a str with an idf and one weight per label (numbers).

    Each test runs over the whole mapping in C (a model has up to hundreds of thousands of
    features): the types of the keys and rows, the rows' lengths, then every number at once.
    """
    rows = weights.values()
    if not set(map(type, weights)) <= {str} or not set(map(type, rows)) <= {list, tuple}:
        return False
    if not set(map(len, rows)) <= {size + 1}:  # type: ignore[arg-type]
        return False
    try:  # a str or None in a row raises here, and so does an int too large for a float
        sum(chain.from_iterable(rows), 0.0)  # type: ignore[arg-type]
    except (TypeError, OverflowError):
        return False
    return True


_SCORES = N_("must be a sequence of finite numbers, one per label")


def _check_fields(model: LearnedModel) -> None:
    """Refuse a field of the wrong type given to the plain constructor, naming the field.

    Raises:
        ArgumentError: the first field of the wrong type.
    """
    labels: object = model.labels
    grams: object = model.char_ngrams
    checks: tuple[tuple[str, bool, str], ...] = (
        ("name", isinstance(model.name, str), "must be a str"),
        (
            "labels",
            isinstance(labels, list | tuple) and all(type(u) is str for u in labels),
            N_("must be a tuple of unit ids (str)"),
        ),
        (
            "char_ngrams",
            isinstance(grams, list | tuple)
            and len(grams) == 2
            and all(type(g) is int for g in grams),
            N_("must be a pair of ints"),
        ),
        (
            "intercepts",
            _numbers(model.intercepts)
            and isinstance(labels, list | tuple)
            and len(model.intercepts) == len(labels),
            N_("must be a tuple of numbers, one per label"),
        ),
        ("temperature", _is_number(model.temperature), "must be an int or a float"),
        ("normalizer", isinstance(model.normalizer, Normalizer), "must be a Normalizer"),
        ("metadata", isinstance(model.metadata, Mapping), N_("must be a mapping")),
        ("digest", isinstance(model.digest, str), "must be a str"),
        ("digits", type(model.digits) is bool, "must be a bool"),
    )
    for argument, ok, rule in checks:
        if not ok:
            raise ArgumentError(
                argument=argument, rule=rule, given=type_name(getattr(model, argument))
            )
    weights: object = model.weights
    size = len(model.labels)
    copied = readable(weights) if isinstance(weights, Mapping) else None
    if copied is None or not _weights_ok(copied, size):
        raise ArgumentError(
            argument="weights",
            rule=N_("must map each feature (str) to its idf and one weight per label"),
            given=type_name(weights),
        )


@attrs.frozen(kw_only=True, eq=False)
class LearnedModel:
    """A linear routing model over word and character n-gram features, as plain data.

    Make one with [`pengaduan.routing.learned.train_model()`][pengaduan.routing.learned.train_model]
    (needs the ``learn`` extra) or
    load one with [`load_model()`][pengaduan.routing.learned.load_model] (needs nothing beyond the
    library). Predicting is plain
    Python: each word's per-unit row of scores is computed once and cached.

    Attributes:
        name: a short name given at training.
        labels: the unit ids the model can predict.
        version: ``name-`` followed by the first 12 hex digits of the content digest.
        digest: SHA-256 of the model's canonical content.
        normalizer: the normaliser texts go through (checked against the recorded spec).
        metadata: creation date, classifier, training data digest and counts, metrics.
        digits: whether words with a digit are scored. Models trained with the default
            options leave them out (phone numbers, NIKs and plates never reach the file);
            files made before this choice existed load with True, as they were trained.
        algorithm: the normaliser's algorithm version the model was trained with (recorded
            in its file; one of the versions this library reads as they were trained).
    """

    name: str = attrs.field(converter=exact_str)  # an app's str subclass: copied
    labels: tuple[str, ...]
    char_ngrams: tuple[int, int]
    intercepts: tuple[float, ...] = attrs.field(repr=False)
    temperature: float = attrs.field(repr=False)
    weights: Mapping[str, tuple[float, ...]] = attrs.field(repr=False)
    """Feature -> (idf, weight per label)."""
    normalizer: Normalizer = attrs.field(repr=False)
    metadata: Mapping[str, Any] = attrs.field(repr=False)
    digest: str
    digits: bool = True
    algorithm: int = NORMALIZER_ALGORITHM
    _scaled: dict[str, tuple[float, ...]] = attrs.field(init=False, repr=False)
    _rows: dict[str, tuple[float, ...]] = attrs.field(init=False, repr=False)
    _zero: tuple[float, ...] = attrs.field(init=False, repr=False)
    _version: str = attrs.field(init=False, repr=False)
    _vocabulary: frozenset[str] = attrs.field(init=False, repr=False)
    _dense: list[DenseRows] = attrs.field(init=False, repr=False)
    """The numpy matrix of word rows, built on first use (empty until then)."""

    def __attrs_post_init__(self) -> None:
        _check_fields(self)
        scaled = {f: tuple(v[0] * w for w in v[1:]) for f, v in self.weights.items()}
        object.__setattr__(self, "_scaled", scaled)
        object.__setattr__(self, "_rows", {})
        object.__setattr__(self, "_zero", (0.0,) * len(self.labels))
        object.__setattr__(self, "_version", f"{self.name}-{self.digest[:12]}")
        object.__setattr__(self, "_vocabulary", frozenset(f[2:] for f in scaled if f[:2] == "w "))
        object.__setattr__(self, "_dense", [])

    @property
    def version(self) -> str:
        """``name-`` and the first 12 hex digits of the digest: what decisions cite."""
        return self._version

    def _row(self, word: str) -> tuple[float, ...]:
        """The per-label scores one occurrence of ``word`` adds (zeros for unknown n-grams)."""
        low, high = self.char_ngrams
        scaled = self._scaled
        found = [scaled[f] for f in word_features(word, low, high) if f in scaled]
        row = tuple(map(sum, zip(*found, strict=True))) if found else self._zero
        rows = self._rows
        if len(rows) >= _CACHE_LIMIT:
            rows.clear()
        rows[word] = row
        return row

    def _word_rows(self, words: Sequence[str]) -> list[tuple[float, ...]]:
        rows: list[tuple[float, ...] | None] = list(map(self._rows.get, words))
        if None in rows:
            rows = [self._row(w) if r is None else r for w, r in zip(words, rows, strict=False)]
        return rows  # type: ignore[return-value]  # no None left

    def scores(self, text: str) -> list[float]:
        """The raw decision score of every label, in `labels` order.

        Raises:
            ArgumentError: ``text`` is not a str.
        """
        words = model_words(self.normalizer.tokens(_text(text, "text")), digits=self.digits)
        return self._scores(words, self._word_rows(words))

    def _scores(self, words: Sequence[str], rows: Sequence[tuple[float, ...]]) -> list[float]:
        if not rows:
            return list(self.intercepts)
        scale = 1.0 / math.sqrt(len(words))
        sums = map(sum, zip(*rows, strict=False))  # rows all have one score per label
        return [b + s * scale for b, s in zip(self.intercepts, sums, strict=False)]

    def probabilities(self, scores: Sequence[float]) -> list[float]:
        """Calibrated probabilities from decision scores (a softmax with the fitted temperature).

        Raises:
            ArgumentError: ``scores`` is not one finite number per label.
        """
        given = tuple(guarded(scores, "scores", _SCORES)) if isinstance(scores, Sequence) else None
        if (
            given is None
            or len(given) != len(self.labels)
            or not all(isinstance(s, int | float) and math.isfinite(s) for s in given)
        ):
            raise ArgumentError(argument="scores", rule=_SCORES, given=type_name(scores))
        return self._probabilities(given)

    def _probabilities(self, scores: Sequence[float]) -> list[float]:
        top = max(scores)
        t = self.temperature
        exp = math.exp
        exps = [exp(t * (s - top)) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(
        self,
        text: str,
        *,
        threshold: float = 0.5,
        top: int = 3,
        backend: Backend | str = Backend.AUTO,
    ) -> Prediction:
        """The most likely unit for ``text``, explained.

        Args:
            text: the complaint text.
            threshold: below this confidence the prediction asks for review and offers the
                top three units.
            top: how many units to list in ``ranked``.
            backend: ``"auto"`` (plain Python for one text: numpy's per-call overhead costs
                more than it saves; see
                [`predict_many()`][pengaduan.routing.learned.LearnedModel.predict_many]),
                ``"python"`` or ``"numpy"``.
                Both paths give the same unit, ranking and reasons, and probabilities equal
                to about 1e-15.

        Raises:
            ArgumentError: ``text`` is not a str, ``threshold`` not in [0, 1], ``top`` not a
                positive int, or ``backend`` not a [`Backend`][pengaduan.routing.learned.Backend]
                value.
            OptionalDependencyError: ``backend="numpy"`` and numpy is not installed.
        """
        limit, top = _options(threshold, top)
        words = self.normalizer._tokens(_text(text, "text"))  # checked: one copy less
        if not self.digits:
            words = model_words(words, digits=False)
        if use_numpy(backend, 1):
            return self._predict_numpy([words], limit, top)[0]
        return self._predict_plain(words, limit, top)

    def predict_many(
        self,
        texts: Iterable[str],
        *,
        threshold: float = 0.5,
        top: int = 3,
        backend: Backend | str = Backend.AUTO,
    ) -> list[Prediction]:
        """[`predict()`][pengaduan.routing.learned.LearnedModel.predict] for every text, in order;
        with numpy the batch is scored at once.

        With ``backend="auto"`` (the default), a batch of 8 texts or more is scored with numpy
        when it is importable, unless the environment variable ``PENGADUAN_NUMPY`` is ``0``;
        ``"python"`` forces the plain path and ``"numpy"`` the numpy path. Both give the same
        predictions (probabilities equal to about 1e-15).

        Raises:
            ArgumentError: ``texts`` is not an iterable of str, or another argument is bad
                (as for [`predict()`][pengaduan.routing.learned.LearnedModel.predict]).
            OptionalDependencyError: ``backend="numpy"`` and numpy is not installed.
        """
        limit, top = _options(threshold, top)
        if isinstance(texts, str | bytes) or not _is_iterable(texts):
            raise ArgumentError(
                argument="texts", rule=N_("must be an iterable of str"), given=type_name(texts)
            )
        tokens = self.normalizer._tokens
        read = guarded(texts, "texts", N_("must be an iterable of str"))
        batch = [tokens(_text(text, "texts")) for text in read]
        if not self.digits:
            batch = [model_words(words, digits=False) for words in batch]
        if use_numpy(backend, len(batch)):
            return self._predict_numpy(batch, limit, top)
        return [self._predict_plain(words, limit, top) for words in batch]

    def _predict_plain(self, words: list[str], limit: float, top: int) -> Prediction:
        rows = self._word_rows(words)
        probs = self._probabilities(self._scores(words, rows))
        order = sorted(range(len(probs)), key=probs.__getitem__, reverse=True)
        best = order[0]
        return self._prediction(
            probs, order, self._reasons(words, map(itemgetter(best), rows)), limit, top
        )

    def _prediction(
        self,
        probs: Sequence[float],
        order: Sequence[int],
        reasons: tuple[tuple[str, float], ...],
        limit: float,
        top: int,
    ) -> Prediction:
        best = order[0]
        confidence = probs[best]
        review = confidence < limit
        labels = self.labels
        return Prediction(
            unit=labels[best],
            confidence=confidence,
            ranked=tuple((labels[i], probs[i]) for i in order[:top]),
            features=reasons,
            review=review,
            offered=tuple(labels[i] for i in order[:3]) if review else (),
            model=self._version,
        )

    def _predict_numpy(self, batch: list[list[str]], limit: float, top: int) -> list[Prediction]:
        """Predictions for a batch of tokenised texts, scored with numpy (see ``_fast``)."""
        if not self._dense:
            self._dense.append(DenseRows(self))
        dense = self._dense[0]
        # One batch at a time per model: rows are added (and, past the size limit, forgotten)
        # while a batch holds their positions.
        with dense.lock:
            dense.trim()
            np = dense._np
            lengths = list(map(len, batch))
            ids = dense.ids(list(chain.from_iterable(batch)))
            gathered = dense.rows(ids)
            sums = np.zeros((len(batch), len(self.labels)))
            filled = [i for i, size in enumerate(lengths) if size]
            if filled:
                offsets = zip(accumulate(lengths, initial=0), lengths, strict=False)
                starts = [start for start, size in offsets if size]
                sums[filled] = np.add.reduceat(gathered, starts, axis=0)
            counts = np.array(lengths, dtype=float)
            scale = np.divide(1.0, np.sqrt(counts), out=np.zeros_like(counts), where=counts > 0)
            scores = dense.intercepts + sums * scale[:, None]
            exps = np.exp(self.temperature * (scores - scores.max(axis=1, keepdims=True)))
            probs = exps / exps.sum(axis=1, keepdims=True)
            orders = np.argsort(-probs, axis=1, kind="stable")
            best = orders[:, 0]
            # Each word's share of its text's winning unit, for the reasons.
            shares = gathered[np.arange(len(gathered)), np.repeat(best, lengths)]
            reasons = dense.reasons(ids, lengths, shares, _REASONS)
        predictions = []
        for size, found, text_probs, order in zip(
            lengths, reasons, probs.tolist(), orders.tolist(), strict=True
        ):
            shrink = 1.0 / math.sqrt(size) if size else 0.0
            features = tuple((w, round(v * shrink, 4)) for w, v in found)
            predictions.append(self._prediction(text_probs, order, features, limit, top))
        return predictions

    def _reasons(
        self, words: Sequence[str], shares: Iterable[float], limit: int = _REASONS
    ) -> tuple[tuple[str, float], ...]:
        """The known words that pushed most towards the winner, from each word's share."""
        weight: dict[str, float] = {}
        for word, value in zip(words, shares, strict=False):
            if value > 0:
                weight[word] = weight.get(word, 0.0) + value
        known = self._vocabulary  # only the model's own words are shown
        pushing = [kv for kv in weight.items() if kv[0] in known]
        if not pushing:
            return ()
        # Ties keep the order of the text (sorted is stable): the same text, the same reasons.
        best = sorted(pushing, key=itemgetter(1), reverse=True)[:limit]
        scale = 1.0 / math.sqrt(len(words))
        return tuple((w, round(v * scale, 4)) for w, v in best)

    def to_dict(self) -> dict[str, Any]:
        """The model's content as written to its file (including the digest)."""
        content = _content(
            name=self.name,
            labels=self.labels,
            char_ngrams=self.char_ngrams,
            intercepts=self.intercepts,
            temperature=self.temperature,
            weights=self.weights,
            normalizer=self.normalizer,
            metadata=self.metadata,
            digits=self.digits,
            algorithm=self.algorithm,
        )
        content["digest"] = self.digest
        return content

    def save(self, path: str | Path) -> None:
        """Write the model as JSON (UTF-8).

        Raises:
            ArgumentError: ``path`` is not a str or Path.
            ModelFileError: the file cannot be written (reason ``unwritable``).
        """
        path = exact(path)  # an app's str subclass: its methods never run
        if not isinstance(path, str | Path):
            raise ArgumentError(
                argument="path", rule="must be a str or Path", given=type_name(path)
            )
        data = json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
        failure = None
        try:
            Path(path).write_text(data + "\n", encoding="utf-8")
        except (OSError, ValueError):
            failure = ModelFileError(path="file", reason="unwritable")
        if failure is not None:
            raise failure

    @classmethod
    def from_dict(cls, data: object, *, normalizer: Normalizer | None = None) -> LearnedModel:
        """Check and load a model's content (see
        [`load_model()`][pengaduan.routing.learned.load_model])."""
        return _parse(data, normalizer)


def _canonical(content: Mapping[str, Any]) -> bytes:
    return json.dumps(content, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode()


def _content(
    *,
    name: str,
    labels: tuple[str, ...],
    char_ngrams: tuple[int, int],
    intercepts: tuple[float, ...],
    temperature: float,
    weights: Mapping[str, tuple[float, ...]],
    normalizer: Normalizer,
    metadata: Mapping[str, Any],
    digits: bool = True,
    algorithm: int = NORMALIZER_ALGORITHM,
) -> dict[str, Any]:
    content = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": name,
        "labels": list(labels),
        "char_ngrams": list(char_ngrams),
        "intercepts": list(intercepts),
        "temperature": temperature,
        "normalizer": normalizer_spec(normalizer, algorithm=algorithm),
        "metadata": dict(metadata),
        "features": {f: list(v) for f, v in weights.items()},
    }
    if not digits:
        # Only written when words with a digit are left out, so that a model trained as before
        # keeps the same content and digest (and older readers still load it).
        content["keep_digits"] = False
    return content


def build_model(
    *,
    name: str,
    labels: tuple[str, ...],
    char_ngrams: tuple[int, int],
    intercepts: tuple[float, ...],
    temperature: float,
    weights: Mapping[str, tuple[float, ...]],
    normalizer: Normalizer,
    metadata: Mapping[str, Any],
    digits: bool = True,
) -> LearnedModel:
    """A model with its digest computed from its content (used by training)."""
    content = _content(
        digits=digits,
        name=name,
        labels=labels,
        char_ngrams=char_ngrams,
        intercepts=intercepts,
        temperature=temperature,
        weights=weights,
        normalizer=normalizer,
        metadata=metadata,
    )
    # The digest covers the content as written, so a model and its loaded file agree.
    content = json.loads(_canonical(content))
    return _parse(
        {**content, "digest": hashlib.sha256(_canonical(content)).hexdigest()}, normalizer
    )


def _number(value: object) -> bool:
    return type(value) in {int, float} and -1e300 < value < 1e300  # type: ignore[operator]


def _fail(path: str, reason: str = "format", detail: str = "") -> ModelFileError:
    return ModelFileError(path=path, reason=reason, detail=detail)


def _parse(data: object, normalizer: Normalizer | None) -> LearnedModel:  # noqa: PLR0912
    if not isinstance(data, dict):
        raise _fail(
            "document",
            detail=Phrase(N_("expected an object, not {type}"), type=type_name(data)),
        )
    if data.get("format") != FORMAT:
        raise _fail("format", detail=N_("not a pengaduan routing model"))
    if data.get("format_version") != FORMAT_VERSION:
        raise _fail(
            "format_version",
            detail=Phrase(N_("this release reads version {version}"), version=FORMAT_VERSION),
        )
    digest = data.get("digest")
    content = {k: v for k, v in data.items() if k != "digest"}
    if type(digest) is not str or hashlib.sha256(_canonical(content)).hexdigest() != digest:
        raise _fail("digest", "tampered", N_("the content does not match its SHA-256"))
    name = data.get("name")
    if type(name) is not str or not name or len(name) > 100 or not name.isprintable():
        raise _fail("name")
    labels = data.get("labels")
    if (
        not isinstance(labels, list)
        or not 2 <= len(labels) <= _MAX_UNITS
        or not all(type(u) is str and u for u in labels)
        or len(set(labels)) != len(labels)
    ):
        raise _fail("labels", detail=N_("expected two or more distinct unit ids"))
    size = len(labels)
    grams = data.get("char_ngrams")
    if (
        not isinstance(grams, list)
        or len(grams) != 2
        or not all(type(g) is int for g in grams)
        or not 1 <= grams[0] <= grams[1] <= 10
    ):
        raise _fail("char_ngrams")
    intercepts = data.get("intercepts")
    if (
        not isinstance(intercepts, list)
        or len(intercepts) != size
        or not all(map(_number, intercepts))
    ):
        raise _fail("intercepts")
    temperature = data.get("temperature")
    if not _number(temperature) or not 0 < temperature <= 1e6:  # type: ignore[operator]
        raise _fail("temperature")
    metadata = data.get("metadata")
    if not isinstance(metadata, dict):
        raise _fail("metadata")
    features = data.get("features")
    if not isinstance(features, dict) or not features:
        raise _fail("features")
    weights: dict[str, tuple[float, ...]] = {}
    for feature, values in features.items():
        if not isinstance(values, list) or len(values) != size + 1 or not all(map(_number, values)):
            raise _fail("features", detail=N_("each feature needs an idf and one weight per label"))
        weights[feature] = tuple(float(v) for v in values)
    digits = data.get("keep_digits", True)
    if type(digits) is not bool:
        raise _fail("keep_digits")
    spec = data.get("normalizer")
    used, algorithm = _normalizer(spec, normalizer)
    return LearnedModel(
        name=name,
        labels=tuple(labels),
        char_ngrams=(grams[0], grams[1]),
        intercepts=tuple(float(b) for b in intercepts),
        temperature=float(temperature),  # type: ignore[arg-type]
        weights=weights,
        normalizer=used,
        metadata=metadata,
        digest=digest,
        digits=digits,
        algorithm=algorithm,
    )


def _normalizer(spec: object, given: Normalizer | None) -> tuple[Normalizer, int]:
    """The normaliser a model's texts go through, and the algorithm version its file records."""
    if not isinstance(spec, dict) or not isinstance(spec.get("lexicons"), list):
        raise _fail("normalizer")
    if given is None:
        names = [item.get("name") if isinstance(item, dict) else None for item in spec["lexicons"]]
        if names == ["id"]:
            given = Normalizer.default()
        elif names == ["id", "kupang"]:
            given = Normalizer.kupang()
        else:
            raise _fail(
                "normalizer",
                "normalizer-mismatch",
                N_("the model uses app lexicons: pass the same normalizer to load_model"),
            )
    elif not isinstance(given, Normalizer):
        raise ArgumentError(
            argument="normalizer", rule="must be a Normalizer or None", given=type_name(given)
        )
    mine = normalizer_spec(given)
    algorithm = spec.get("algorithm")
    if type(algorithm) is not int or algorithm not in READABLE_ALGORITHMS:
        algorithm = None
    if algorithm is None or spec.get("lexicons") != mine["lexicons"]:
        raise _fail(
            "normalizer",
            "normalizer-mismatch",
            N_("the model was trained with another normaliser version or other lexicons"),
        )
    return given, algorithm


def load_model(source: str | Path | bytes, *, normalizer: Normalizer | None = None) -> LearnedModel:
    """Load a model file (or its bytes) and check it; needs no scikit-learn.

    Args:
        source: a path to the JSON file, or its content as bytes.
        normalizer: the normaliser to use; by default the bundled one the model names
            (``id`` or ``id`` + ``kupang``). It must match the lexicons recorded in the file.

    Raises:
        ArgumentError: ``source`` or ``normalizer`` is of the wrong type.
        ModelFileError: the file cannot be read or is not a regular file, such as a pipe or a
            device (``unreadable``), is not JSON (``not-json``, as
            a truncated file is), was edited (``tampered``), is malformed (``format``) or was
            made for another normaliser (``normalizer-mismatch``).
    """
    if isinstance(source, bytes):
        raw = exact(source)
    elif isinstance(source, str | Path):
        failure = None
        raw = b""
        try:
            raw = read_regular(exact(source), MAX_MODEL_BYTES)
        except NotRegularFileError as error:  # a FIFO would block, a device never end
            failure = _fail("file", "unreadable", os_reason(error))
        except (OSError, ValueError):
            failure = _fail("file", "unreadable")
        if failure is not None:
            raise failure
    else:
        raise ArgumentError(
            argument="source", rule=N_("must be a path or bytes"), given=type_name(source)
        )
    if len(raw) > MAX_MODEL_BYTES:
        raise _fail("file", "unreadable", N_("larger than 256 MiB"))
    data: object = None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        data = _fail
    if data is _fail:
        raise _fail("file", "not-json", N_("truncated or not JSON"))
    return _parse(data, normalizer)
