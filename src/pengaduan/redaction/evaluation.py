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
from typing import TYPE_CHECKING

import attrs

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import SerializationError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

__all__ = ["KindScore", "LabelledSpan", "LabelledText", "accuracy_table", "evaluate", "load_corpus"]


@attrs.frozen(kw_only=True)
class LabelledSpan:
    """A span of personal data, as labelled by a person or predicted by a detector."""

    kind: str
    start: int
    end: int


@attrs.frozen(kw_only=True)
class LabelledText:
    """A text of the corpus and its labelled spans."""

    id: str
    text: str = attrs.field(repr=False)
    spans: tuple[LabelledSpan, ...]


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

    kind: str
    labelled: int
    recalled: int
    predicted: int
    correct: int

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
        path: the file.

    Returns:
        The labelled texts.

    Raises:
        SerializationError: a malformed line (its number and what is wrong, never the text).
    """
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
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
    """
    counts: dict[str, list[int]] = {}
    for item in corpus:
        predicted = list(predict(item.text))
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


def accuracy_table(scores: dict[str, KindScore]) -> str:
    """A Markdown table of the scores, one row per kind.

    Args:
        scores: the result of [`evaluate()`][pengaduan.routing.Router.evaluate].

    Returns:
        The table, ending with a newline.
    """
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
