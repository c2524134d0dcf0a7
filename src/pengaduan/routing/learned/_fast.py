"""The numpy path of a learned model: its word rows as one dense matrix.

A text's scores are the sum of its words' rows (see `_features`), so a batch of texts is
scored with one gather (``matrix[word ids]``) and one segmented sum (``numpy.add.reduceat``),
and the calibrated probabilities and rankings of the whole batch with a few array operations.
The rows are the ones the plain path computes (the same floats, cached on the model); only the
order of the additions differs, so scores and probabilities agree with the plain path to about
1e-15 and never change which unit wins except on an exact tie.

numpy is imported here only, when a model first predicts with it: ``import pengaduan`` never
imports it.
"""

from __future__ import annotations

import os
import threading
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, OptionalDependencyError, type_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pengaduan.routing.learned._model import LearnedModel

__all__ = ["BATCH", "NUMPY_SWITCH", "Backend", "DenseRows", "use_numpy"]

NUMPY_SWITCH = "PENGADUAN_NUMPY"
"""Environment variable: ``0`` makes [`Backend.AUTO`][pengaduan.routing.learned.Backend.AUTO] use
the plain path."""

BATCH = 8
"""The smallest batch [`Backend.AUTO`][pengaduan.routing.learned.Backend.AUTO] scores with numpy:
below it, numpy's per-call
overhead costs more than it saves."""

_CACHE_LIMIT = 200_000
_INITIAL_ROWS = 1024


class Backend(StrEnum):
    """How a [`LearnedModel`][pengaduan.routing.learned.LearnedModel] computes its predictions."""

    AUTO = "auto"
    """numpy for batches of `BATCH` texts or more when it is importable (and
    ``PENGADUAN_NUMPY`` is not ``0``), else plain Python (faster for a single text)."""
    PYTHON = "python"
    """Plain Python, always."""
    NUMPY = "numpy"
    """numpy, always (an error when it is not installed)."""


@cache
def _numpy_importable() -> bool:
    try:
        import numpy  # noqa: F401, PLC0415 - optional: only whether it imports
    except ImportError:
        return False
    return True


def use_numpy(backend: object, batch: int) -> bool:
    """Whether ``backend`` means the numpy path for ``batch`` texts, here and now.

    Raises:
        ArgumentError: ``backend`` is not a [`Backend`][pengaduan.routing.learned.Backend] value.
        OptionalDependencyError: ``numpy`` was asked for and is not installed.
    """
    if type(backend) is not Backend and not (
        type(backend) is str and backend in Backend._value2member_map_
    ):
        raise ArgumentError(
            argument="backend",
            rule=Phrase(N_("must be one of {values}"), values=", ".join(Backend)),
            given=type_name(backend),
        )
    if backend == Backend.PYTHON:
        return False
    if backend == Backend.NUMPY:
        if not _numpy_importable():
            raise OptionalDependencyError(
                feature="the numpy prediction path", package="numpy", extra="fast"
            )
        return True
    return batch >= BATCH and os.environ.get(NUMPY_SWITCH, "1") != "0" and _numpy_importable()


class DenseRows:
    """A model's per-word score rows, gathered into one numpy matrix as words are seen."""

    __slots__ = (
        "_index",
        "_known",
        "_matrix",
        "_model",
        "_np",
        "_size",
        "intercepts",
        "lock",
        "words",
    )

    def __init__(self, model: LearnedModel) -> None:
        import numpy as np  # noqa: PLC0415 - optional, loaded on first use

        self._np = np
        self._model = model
        self.lock = threading.Lock()
        """Held by a batch from its first row lookup to its last use of the rows."""
        self._index: dict[str, int] = {}
        self._matrix = np.zeros((_INITIAL_ROWS, len(model.labels)))
        self._known = np.zeros(_INITIAL_ROWS, dtype=bool)
        self._size = 0
        self.words: list[str] = []
        """Row -> its word."""
        self.intercepts = np.array(model.intercepts)

    def ids(self, words: Sequence[str]) -> list[int]:
        """The matrix row of every word (rows are added for words not seen before)."""
        index = self._index
        found = list(map(index.get, words))
        if None in found:
            return [self._add(w) if i is None else i for w, i in zip(words, found, strict=True)]
        return found  # type: ignore[return-value]  # no None left

    def _add(self, word: str) -> int:
        seen = self._index.get(word)  # a word twice among the words being added
        if seen is not None:
            return seen
        size = self._size
        matrix = self._matrix
        if size == len(matrix):
            grown = self._np.zeros((2 * size, matrix.shape[1]))
            grown[:size] = matrix
            self._matrix = matrix = grown
            known = self._np.zeros(2 * size, dtype=bool)
            known[:size] = self._known[:size]
            self._known = known
        matrix[size] = self._model._word_rows((word,))[0]
        self._known[size] = word in self._model._vocabulary
        self._index[word] = size
        self.words.append(word)
        self._size = size + 1
        return size

    def trim(self) -> None:
        """Forget every word when the matrix is past its size limit (between batches)."""
        if self._size > _CACHE_LIMIT:
            self._index.clear()
            self.words.clear()
            self._size = 0

    def rows(self, ids: list[int]) -> Any:
        """The rows of ``ids``, as a (len(ids), labels) array."""
        return self._matrix[ids]

    def reasons(
        self, ids: list[int], lengths: list[int], shares: Any, limit: int
    ) -> list[list[tuple[str, float]]]:
        """For each text, its known words with the largest positive summed share, at most
        ``limit``, largest first, ties in the order of the text (as the plain path ranks them).

        Args:
            ids: the row of every word of every text, text after text.
            lengths: the number of words of each text.
            shares: each word's share of its text's winning unit (an array like ``ids``).
            limit: how many words to keep per text.
        """
        np = self._np
        found: list[list[tuple[str, float]]] = [[] for _ in lengths]
        rows = np.array(ids, dtype=np.int64)
        positions = np.flatnonzero((shares > 0) & self._known[rows])
        if not positions.size:
            return found
        text_of = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)[positions]
        keys = text_of * self._size + rows[positions]
        groups, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        # bincount adds in input order: the same sums, bit for bit, as the plain loop.
        sums = np.bincount(inverse.ravel(), weights=shares[positions], minlength=len(groups))
        group_text = groups // self._size
        order = np.lexsort((first, -sums, group_text))
        ranked_text = group_text[order]
        rank = np.arange(len(order)) - np.searchsorted(ranked_text, ranked_text)
        chosen = order[rank < limit]
        words = self.words
        for text, row, total in zip(
            group_text[chosen].tolist(),
            (groups[chosen] % self._size).tolist(),
            sums[chosen].tolist(),
            strict=True,
        ):
            found[text].append((words[row], total))
        return found
