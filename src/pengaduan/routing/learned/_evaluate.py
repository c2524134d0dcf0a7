"""Evaluation an office can trust: k-fold, time split, per unit, learning curve, coverage.

Every figure comes from models trained by [`train_model()`][pengaduan.routing.learned.train_model]
on part of the data and
predicting, in plain Python, the part they never saw. Reports carry unit ids and counts only,
never complaint text.
"""

from __future__ import annotations

import html
import json
import random
from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._i18n import N_, format_decimal, format_number, format_percent, using
from pengaduan._i18n import gettext as _
from pengaduan.errors import ArgumentError, type_name
from pengaduan.routing.learned._data import Example, Labelled
from pengaduan.routing.learned._train import (
    TrainingOptions,
    check_data,
    folds_of,
    train_model,
)
from pengaduan.routing.normalize import Normalizer

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["ModelEvaluation", "UnitScore", "evaluate_model"]

THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
CURVE_SIZES = (2, 5, 10, 15, 20, 30, 50, 100)


@attrs.frozen(kw_only=True)
class UnitScore:
    """Precision and recall of one unit in cross-validation."""

    unit: str
    support: int
    precision: float
    recall: float


@attrs.frozen(kw_only=True)
class ModelEvaluation:
    """What cross-validation says about training a model on a labelled set.

    Attributes:
        examples: how many examples were evaluated.
        folds: the number of folds.
        accuracy: k-fold accuracy (every example predicted by a model that never saw it).
        units: precision and recall per unit, worst recall first.
        confusions: the most frequent mistakes, ``(expected, predicted, count)``.
        learning_curve: ``(examples per unit, accuracy)``: models trained on that many examples
            of each unit, tested on the held-out folds.
        coverage: ``(threshold, coverage, accuracy)``: the share decided without review at
            that confidence threshold and the accuracy on that share.
        time_split: ``(train examples, test examples, accuracy)`` training on the earlier
            months (those holding about the first 80 % of the examples) and testing on the later
            ones, when every example has a date and there are later months; else None.
    """

    examples: int
    folds: int
    accuracy: float
    units: tuple[UnitScore, ...]
    confusions: tuple[tuple[str, str, int], ...]
    learning_curve: tuple[tuple[int, float], ...]
    coverage: tuple[tuple[float, float, float], ...]
    time_split: tuple[int, int, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data."""
        return {
            "examples": self.examples,
            "folds": self.folds,
            "accuracy": round(self.accuracy, 4),
            "units": [
                {
                    "unit": u.unit,
                    "support": u.support,
                    "precision": round(u.precision, 4),
                    "recall": round(u.recall, 4),
                }
                for u in self.units
            ],
            "confusions": [list(c) for c in self.confusions],
            "learning_curve": [[n, round(a, 4)] for n, a in self.learning_curve],
            "coverage": [[t, round(c, 4), round(a, 4)] for t, c, a in self.coverage],
            "time_split": (
                None
                if self.time_split is None
                else {
                    "train": self.time_split[0],
                    "test": self.time_split[1],
                    "accuracy": round(self.time_split[2], 4),
                }
            ),
        }

    def to_json(self) -> str:
        """[`to_dict()`][pengaduan.routing.learned.ModelEvaluation.to_dict] as one line of JSON."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def _lines(self) -> list[str]:
        lines = [
            _("{folds}-fold accuracy: {accuracy} ({examples})").format(
                folds=self.folds,
                accuracy=format_percent(100 * self.accuracy),
                examples=format_number(self.examples),
            )
        ]
        if self.time_split is not None:
            train, test, accuracy = self.time_split
            lines.append(
                _(
                    "time split: train {train} in earlier months, test {test} in later months: "
                    "{accuracy}"
                ).format(
                    train=format_number(train),
                    test=format_number(test),
                    accuracy=format_percent(100 * accuracy),
                )
            )
        return lines

    def to_text(self, language: str | None = None) -> str:
        """A plain-text report in ``language`` (``"id"`` or ``"en"``; ``None``: the current one).

        Raises:
            ArgumentError: an unknown language.
        """
        with using(language):
            lines = self._lines()
            head = (_("unit"), _("support"), _("precision"), _("recall"))
            rows = [
                (
                    u.unit,
                    format_number(u.support),
                    format_percent(100 * u.precision),
                    format_percent(100 * u.recall),
                )
                for u in self.units
            ]
            widths = [max(len(row[i]) for row in (head, *rows)) for i in range(len(head))]
            for row in (head, *rows):
                cells = [row[0].ljust(widths[0])]
                cells += [
                    cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
                ]
                lines.append("  " + "  ".join(cells))
            if self.confusions:
                lines.append(_("top confusions (expected -> predicted):"))
                lines.extend(f"  {e} -> {p}: {format_number(n)}" for e, p, n in self.confusions)
            if self.learning_curve:
                lines.append(_("learning curve (examples per unit -> accuracy):"))
            lines.extend(
                f"  {format_number(n)}: {format_percent(100 * a)}" for n, a in self.learning_curve
            )
            lines.append(_("review threshold -> coverage, accuracy on covered:"))
            lines.extend(
                f"  {format_decimal(t)}: {format_percent(100 * c)}, {format_percent(100 * a)}"
                for t, c, a in self.coverage
            )
            return "\n".join(lines)

    def to_html(self, language: str | None = None) -> str:
        """A self-contained HTML page (no scripts, no external resources) in ``language``
        (``"id"`` or ``"en"``; ``None``: the current one).

        Raises:
            ArgumentError: an unknown language.
        """

        def table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
            th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>"
                for row in rows
            )
            return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"

        with using(language) as lang:
            pct = format_percent
            title = html.escape(_("Routing model evaluation"))
            parts = [
                f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
                (
                    f"<title>{title}</title><style>body{{font-family:sans-serif}}"
                    "td,th{padding:2px 8px;text-align:left}</style></head><body>"
                ),
                f"<h1>{title}</h1>",
                "".join(f"<p>{html.escape(line)}</p>" for line in self._lines()),
                "<h2>" + html.escape(_("Per unit")) + "</h2>",
                table(
                    [_("unit"), _("support"), _("precision"), _("recall")],
                    [
                        (
                            u.unit,
                            format_number(u.support),
                            pct(100 * u.precision),
                            pct(100 * u.recall),
                        )
                        for u in self.units
                    ],
                ),
                "<h2>" + html.escape(_("Top confusions")) + "</h2>",
                table(
                    [_("expected"), _("predicted"), _("count")],
                    [(e, p, format_number(n)) for e, p, n in self.confusions],
                ),
                "<h2>" + html.escape(_("Learning curve")) + "</h2>",
                table(
                    [_("examples per unit"), _("accuracy")],
                    [(format_number(n), pct(100 * a)) for n, a in self.learning_curve],
                ),
                "<h2>" + html.escape(_("Accuracy against coverage")) + "</h2>",
                table(
                    [_("review threshold"), _("coverage"), _("accuracy")],
                    [(format_decimal(t), pct(100 * c), pct(100 * a)) for t, c, a in self.coverage],
                ),
                "</body></html>",
            ]
            return "".join(parts)


def _predict_fold(
    examples: Sequence[Example],
    train: Sequence[int],
    test: Sequence[int],
    normalizer: Normalizer,
    options: TrainingOptions,
) -> list[tuple[str, float]]:
    subset = Labelled.from_examples([examples[i] for i in train])
    inner = attrs.evolve(options, min_per_unit=2)
    model = train_model(subset, name="fold", normalizer=normalizer, options=inner)
    out = []
    for i in test:
        prediction = model.predict(examples[i].text)
        out.append((prediction.unit, prediction.confidence))
    return out


def evaluate_model(
    data: Labelled,
    *,
    normalizer: Normalizer | None = None,
    options: TrainingOptions | None = None,
    learning_curve: bool = True,
) -> ModelEvaluation:
    """Cross-validate training on ``data`` (needs the ``learn`` extra).

    Args:
        data: the labelled examples.
        normalizer: as for [`train_model()`][pengaduan.routing.learned.train_model] (default
            [`Normalizer.kupang()`][pengaduan.routing.Normalizer.kupang]).
        options: as for [`train_model()`][pengaduan.routing.learned.train_model]; ``options.folds``
            sets the folds.
        learning_curve: also train on 2, 5, 10... examples per unit (costs more fits).

    Raises:
        OptionalDependencyError: scikit-learn is not installed.
        ArgumentError: an argument of the wrong type.
        TrainingDataError: as for [`train_model()`][pengaduan.routing.learned.train_model].
    """
    if not isinstance(data, Labelled):
        raise ArgumentError(argument="data", rule="must be a Labelled", given=type_name(data))
    if normalizer is not None and not isinstance(normalizer, Normalizer):
        raise ArgumentError(argument="normalizer", rule="must be a Normalizer or None")
    if options is not None and not isinstance(options, TrainingOptions):
        raise ArgumentError(argument="options", rule=N_("must be TrainingOptions or None"))
    if type(learning_curve) is not bool:
        raise ArgumentError(argument="learning_curve", rule="must be a bool")
    used = normalizer if normalizer is not None else Normalizer.kupang()
    chosen = options if options is not None else TrainingOptions()
    counts = check_data(data, chosen.min_per_unit)
    examples = data.examples
    units = [e.unit for e in examples]
    folds = folds_of(units, chosen.folds, chosen.seed)
    predicted: list[tuple[str, float]] = [("", 0.0)] * len(examples)
    for train, test in folds:
        for i, result in zip(test, _predict_fold(examples, train, test, used, chosen), strict=True):
            predicted[i] = result
    right = [p[0] == u for p, u in zip(predicted, units, strict=True)]
    scores = []
    for unit in sorted(counts):
        claimed = sum(1 for p, _ in predicted if p == unit)
        hit = sum(1 for (p, _), u in zip(predicted, units, strict=True) if p == u == unit)
        scores.append(
            UnitScore(
                unit=unit,
                support=counts[unit],
                precision=hit / claimed if claimed else 0.0,
                recall=hit / counts[unit],
            )
        )
    scores.sort(key=lambda s: (s.recall, s.unit))
    mistakes = Counter((u, p) for (p, _), u in zip(predicted, units, strict=True) if p != u)
    coverage = []
    for threshold in THRESHOLDS:
        kept = [ok for ok, (_, c) in zip(right, predicted, strict=True) if c >= threshold]
        coverage.append((threshold, len(kept) / len(right), sum(kept) / len(kept) if kept else 0.0))
    curve = _curve(examples, folds, used, chosen, min(counts.values())) if learning_curve else ()
    return ModelEvaluation(
        examples=len(examples),
        folds=len(folds),
        accuracy=sum(right) / len(right),
        units=tuple(scores),
        confusions=tuple((e, p, n) for (e, p), n in mistakes.most_common(10)),
        learning_curve=curve,
        coverage=tuple(coverage),
        time_split=_time_split(examples, used, chosen),
    )


def _curve(
    examples: Sequence[Example],
    folds: Sequence[tuple[list[int], list[int]]],
    normalizer: Normalizer,
    options: TrainingOptions,
    rarest: int,
) -> tuple[tuple[int, float], ...]:
    points = []
    pick = random.Random(options.seed)  # noqa: S311 - sampling, not secrets
    largest = rarest - rarest // len(folds)
    for size in (*(s for s in CURVE_SIZES if s < largest), largest):
        right = total = 0
        for train, test in folds:
            by_unit: dict[str, list[int]] = {}
            for i in train:
                by_unit.setdefault(examples[i].unit, []).append(i)
            chosen = [i for idx in by_unit.values() for i in pick.sample(idx, min(size, len(idx)))]
            for i, (unit, _confidence) in zip(
                test, _predict_fold(examples, chosen, test, normalizer, options), strict=True
            ):
                right += unit == examples[i].unit
                total += 1
        points.append((size, right / total))
    return tuple(points)


def _time_split(
    examples: Sequence[Example], normalizer: Normalizer, options: TrainingOptions
) -> tuple[int, int, float] | None:
    if not examples or any(e.on is None for e in examples):
        return None
    months = Counter((e.on.year, e.on.month) for e in examples if e.on is not None)
    seen = 0
    last = max(months)
    for month in sorted(months):  # the month by which about 80 % of the examples are in
        seen += months[month]
        if seen >= 0.8 * len(examples):
            last = month
            break
    train = [i for i, e in enumerate(examples) if e.on and (e.on.year, e.on.month) <= last]
    test = [i for i, e in enumerate(examples) if e.on and (e.on.year, e.on.month) > last]
    if len({examples[i].unit for i in train}) < 2 or not test:
        return None
    results = _predict_fold(examples, train, test, normalizer, options)
    right = sum(1 for i, (unit, _) in zip(test, results, strict=True) if unit == examples[i].unit)
    return (len(train), len(test), right / len(test))
