"""Measure a redactor against a labelled corpus: recall and precision per kind.

The corpus is JSON Lines, one text per line::

    {"id": "g001", "text": "...", "spans": [{"kind": "nik", "start": 10, "end": 26}]}

Scoring is about what leaks:

- a labelled span is **recalled** when predicted spans of the same kind cover every one of its
  letters and digits (a span that is only partly hidden counts as missed);
- a predicted span is **correct** when it overlaps a labelled span of the same kind.

So recall answers "what share of the personal data was hidden, whole" and precision "what share
of what was hidden was personal data of that kind".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import items_of, readable, typed
from pengaduan._core.arguments import valid_text as _text
from pengaduan._core.paths import open_regular
from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, SerializationError, StorageError, type_name

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["KindScore", "LabelledSpan", "LabelledText", "accuracy_table", "evaluate", "load_corpus"]

_WHOLE = typed(int, N_("must be a whole number"))


@attrs.frozen(kw_only=True)
class LabelledSpan:
    """A span of personal data, as labelled by a person or predicted by a detector.

    A field of the wrong type is refused with an
    [`ArgumentError`][pengaduan.errors.ArgumentError] naming it.
    """

    kind: str = attrs.field(validator=_text)
    start: int = attrs.field(validator=_WHOLE)
    end: int = attrs.field(validator=_WHOLE)


def _spans(value: Iterable[LabelledSpan]) -> tuple[LabelledSpan, ...]:
    rule = N_("must be an iterable of LabelledSpan")
    found = tuple(items_of(value, "spans", rule))
    for span in found:
        if not isinstance(span, LabelledSpan):
            raise ArgumentError(argument="spans", rule=rule, given=type_name(span))
    return found


@attrs.frozen(kw_only=True)
class LabelledText:
    """A text of the corpus and its labelled spans.

    A field of the wrong type is refused with an
    [`ArgumentError`][pengaduan.errors.ArgumentError] naming it (``spans`` takes any iterable
    of [`LabelledSpan`][pengaduan.redaction.evaluation.LabelledSpan]).
    """

    id: str = attrs.field(validator=_text)
    text: str = attrs.field(repr=False, validator=_text)
    spans: tuple[LabelledSpan, ...] = attrs.field(converter=_spans)


@attrs.frozen(kw_only=True)
class KindScore:
    """Counts and ratios for one kind.

    Attributes:
        kind: the kind.
        labelled: labelled spans.
        recalled: labelled spans fully covered by predictions of the same kind.
        predicted: predicted spans.
        correct: predicted spans overlapping a labelled span of the same kind.
    """

    kind: str = attrs.field(validator=_text)
    labelled: int = attrs.field(validator=_WHOLE)
    recalled: int = attrs.field(validator=_WHOLE)
    predicted: int = attrs.field(validator=_WHOLE)
    correct: int = attrs.field(validator=_WHOLE)

    @property
    def recall(self) -> float:
        """Share of labelled spans recalled (1.0 when nothing was labelled)."""
        return self.recalled / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        """Share of predicted spans that are correct (1.0 when nothing was predicted)."""
        return self.correct / self.predicted if self.predicted else 1.0


def load_corpus(path: Path) -> tuple[LabelledText, ...]:
    """Read a JSON Lines corpus.

    Args:
        path: the file (a ``Path`` or a str).

    Returns:
        The labelled texts.

    Raises:
        ArgumentError: ``path`` is not a str or Path.
        SerializationError: a malformed line (its number and what is wrong, never the text).
        StorageError: the file cannot be read as UTF-8 text, or is not a regular file (a pipe
            or a device is refused unread; reason ``unavailable``).
    """
    if not isinstance(path, str | PurePath):
        raise ArgumentError(argument="path", rule="must be a str or Path", given=type_name(path))
    failure: StorageError | None = None
    try:
        with open_regular(exact(path)) as stream:  # a FIFO would block, a device never end
            content = stream.read().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except (OSError, ValueError):  # ValueError: not UTF-8, or a NUL in the path
        failure = StorageError(reason="unavailable", detail=N_("the input file cannot be read"))
    if failure is not None:
        raise failure
    items = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            spans = tuple(
                LabelledSpan(kind=s["kind"], start=int(s["start"]), end=int(s["end"]))
                for s in record["spans"]
            )
            item_id = str(record["id"])
        except (ValueError, KeyError, TypeError) as error:
            raise SerializationError(
                path=Phrase(N_("line {line}"), line=number),
                reason=Phrase(N_("a malformed record ({type})"), type=type(error).__name__),
            ) from None
        if not isinstance(text, str) or any(not 0 <= s.start < s.end <= len(text) for s in spans):
            raise SerializationError(
                path=Phrase(N_("line {line}"), line=number), reason="span outside the text"
            )
        items.append(LabelledText(id=item_id, text=text, spans=spans))
    return tuple(items)


def _covered(gold: LabelledSpan, predicted: list[LabelledSpan], text: str) -> bool:
    mask = [False] * (gold.end - gold.start)
    for span in predicted:
        for offset in range(max(span.start, gold.start), min(span.end, gold.end)):
            mask[offset - gold.start] = True
    return all(mask[i] or not text[gold.start + i].isalnum() for i in range(gold.end - gold.start))


def evaluate(
    predict: Callable[[str], Iterable[LabelledSpan]], corpus: Iterable[LabelledText]
) -> dict[str, KindScore]:
    """Score ``predict`` on ``corpus``, per kind.

    Args:
        predict: returns the predicted spans of a text (for a redactor:
            ``lambda t: [LabelledSpan(kind=f.kind, start=f.start, end=f.end) for f in
            redactor.find(t)]``).
        corpus: the labelled texts.

    Returns:
        A score per kind, sorted by kind.

    Raises:
        ArgumentError: ``predict`` is not callable or returns something other than an iterable
            of [`LabelledSpan`][pengaduan.redaction.evaluation.LabelledSpan], or ``corpus`` is
            not an iterable of [`LabelledText`][pengaduan.redaction.evaluation.LabelledText].
    """
    if not callable(predict):
        raise ArgumentError(argument="predict", rule="must be callable", given=type_name(predict))
    texts = items_of(corpus, "corpus", N_("must be an iterable of LabelledText"))
    counts: dict[str, list[int]] = {}
    for item in texts:
        if not isinstance(item, LabelledText):
            raise ArgumentError(
                argument="corpus",
                rule=N_("must be an iterable of LabelledText"),
                given=type_name(item),
            )
        predicted = _predicted(predict(item.text))
        for gold in item.spans:
            row = counts.setdefault(gold.kind, [0, 0, 0, 0])
            row[0] += 1
            same = [p for p in predicted if p.kind == gold.kind]
            row[1] += _covered(gold, same, item.text)
        for span in predicted:
            row = counts.setdefault(span.kind, [0, 0, 0, 0])
            row[2] += 1
            row[3] += any(
                g.kind == span.kind and g.start < span.end and span.start < g.end
                for g in item.spans
            )
    return {
        kind: KindScore(kind=kind, labelled=r[0], recalled=r[1], predicted=r[2], correct=r[3])
        for kind, r in sorted(counts.items())
    }


def _predicted(value: object) -> list[LabelledSpan]:
    """What ``predict`` returned, checked: a list of LabelledSpan."""
    rule = N_("must return an iterable of LabelledSpan")
    spans = list(items_of(value, "predict", rule))
    for span in spans:
        if not isinstance(span, LabelledSpan):
            raise ArgumentError(argument="predict", rule=rule, given=type_name(span))
    return spans


def accuracy_table(scores: Mapping[str, KindScore]) -> str:
    """A Markdown table of the scores, one row per kind.

    Args:
        scores: the result of [`evaluate()`][pengaduan.redaction.evaluation.evaluate].

    Returns:
        The table, ending with a newline.

    Raises:
        ArgumentError: ``scores`` is not a mapping of
            [`KindScore`][pengaduan.redaction.evaluation.KindScore] values.
    """
    rule = N_("must be a mapping of KindScore values")
    given: object = scores
    copied = readable(given) if isinstance(given, Mapping) else None
    if copied is None:
        raise ArgumentError(argument="scores", rule=rule, given=type_name(given))
    scores = copied
    for score in copied.values():
        if not isinstance(score, KindScore):
            raise ArgumentError(argument="scores", rule=rule, given=type_name(score))
    lines = [
        "| kind | labelled | recalled | predicted | correct | recall | precision |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines.extend(
        f"| {s.kind} | {s.labelled} | {s.recalled} | {s.predicted} | {s.correct} "
        f"| {s.recall:.3f} | {s.precision:.3f} |"
        for s in scores.values()
    )
    return "\n".join(lines) + "\n"
