"""Features shared by training and prediction: one word, one vector.

A text is normalised ([`Normalizer`][pengaduan.routing.Normalizer]) into words. Each word becomes a
small set of features, ``w <word>`` and ``c <n-gram>`` for the character n-grams of ``<word>``
(padded with ``<`` and ``>``), each weighted by its inverse document frequency. A text's vector
is the sum of its words' vectors divided by the square root of its word count.

Words with a digit (phone numbers, NIKs, plates, account numbers) are left out of the text
before anything else when the model says so (``keep_digits`` false in its file, the default),
at training and at prediction alike.

Because the vector is a sum over words, a linear model's scores are too: the plain-Python
predictor keeps one small row of per-unit scores per word (cached), and scoring a text costs one
lookup and one addition per word. The same function builds the training matrix, so the exported
model scores exactly what scikit-learn was trained on.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pengaduan.routing.normalize import Normalizer

NORMALIZER_ALGORITHM = 2
"""Bumped when [`Normalizer`][pengaduan.routing.Normalizer] changes how it turns text into words."""

READABLE_ALGORITHMS = frozenset({1, 2})
"""The algorithm versions whose models this library scores as they were trained. Version 2 drops
format characters (soft hyphen, zero-width space and joiners, BOM) instead of breaking words at
them; every text without one gives the same words in both, so a version 1 model still loads."""


_DIGIT = re.compile(r"\d")


def model_words(words: Sequence[str], *, digits: bool) -> list[str]:
    """The words a model scores: all of ``words``, or those without a digit.

    One search over the joined words finds texts without digits (most of them), which are
    returned whole.
    """
    if digits or _DIGIT.search(" ".join(words)) is None:
        return list(words)
    has_digit = _DIGIT.search
    return [word for word in words if has_digit(word) is None]


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


def normalizer_spec(
    normalizer: Normalizer, *, algorithm: int = NORMALIZER_ALGORITHM
) -> dict[str, object]:
    """What a model records about its normaliser: the algorithm version (this library's, or the
    one a loaded model records) and lexicon digests."""
    return {
        "algorithm": algorithm,
        "name": normalizer.name,
        "lexicons": [
            {
                "name": lexicon.name,
                "sha256": lexicon_digest(dict(lexicon.replacements), lexicon.keep_double),
            }
            for lexicon in normalizer.lexicons
        ],
    }
