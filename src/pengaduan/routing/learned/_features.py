"""Features shared by training and prediction: one word, one vector.

A text is normalised ([`Normalizer`][pengaduan.routing.Normalizer]) into words. Each word becomes a
small set of features, ``w <word>`` and ``c <n-gram>`` for the character n-grams of ``<word>``
(padded with ``<`` and ``>``), each weighted by its inverse document frequency. A text's vector
is the sum of its words' vectors divided by the square root of its word count.

Because the vector is a sum over words, a linear model's scores are too: the plain-Python
predictor keeps one small row of per-unit scores per word (cached), and scoring a text costs one
lookup and one addition per word. The same function builds the training matrix, so the exported
model scores exactly what scikit-learn was trained on.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pengaduan.routing.normalize import Normalizer

NORMALIZER_ALGORITHM = 1
"""Bumped when [`Normalizer`][pengaduan.routing.Normalizer] changes how it turns text into words."""


def word_features(word: str, low: int, high: int) -> list[str]:
    """The features of one normalised word: itself and its padded character n-grams."""
    padded = f"<{word}>"
    size = len(padded)
    grams = {padded[i : i + n] for n in range(low, high + 1) for i in range(size - n + 1)}
    return [f"w {word}", *(f"c {g}" for g in sorted(grams))]


def lexicon_digest(replacements: dict[str, str], keep_double: frozenset[str]) -> str:
    """SHA-256 of a lexicon's content (its entries, not its name or source)."""
    data = json.dumps(
        {"replacements": dict(sorted(replacements.items())), "keep_double": sorted(keep_double)},
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(data.encode("ascii")).hexdigest()


def normalizer_spec(normalizer: Normalizer) -> dict[str, object]:
    """What a model records about its normaliser: the algorithm version and lexicon digests."""
    return {
        "algorithm": NORMALIZER_ALGORITHM,
        "name": normalizer.name,
        "lexicons": [
            {
                "name": lexicon.name,
                "sha256": lexicon_digest(dict(lexicon.replacements), lexicon.keep_double),
            }
            for lexicon in normalizer.lexicons
        ],
    }
