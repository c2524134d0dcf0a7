"""The keyword index: which keyword terms occur, as whole words, in a tokenised text.

A rule set's keyword terms are expanded once (affixed forms, abbreviations, clitics) into
normalised word sequences. Finding them in a text never walks the text word by word in Python:

* one-word forms are found with one set intersection of the text's words with the index's
  words (done in C);
* forms of several words are looked for only where one of their first words occurs (the
  positions are found in C too: ``compress`` over ``map`` of a set's ``__contains__``): the
  next word picks the few forms that start with those two words (a dictionary lookup), and
  only those are compared with the words that follow.

Python work is then proportional to the number of keyword words found in the text, not to the
length of the text or the size of the rule set. Each term found maps to the form it was found
as; when several of its forms occur, the smallest (in string order, words joined by spaces) is
kept, so that explanations never depend on set order.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ConfigurationError
from pengaduan.routing._terms import parse_term

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from collections.abc import Set as AbstractSet

    from pengaduan.routing.normalize import Normalizer


def expand_term(
    term: str, normalizer: Normalizer, clitics: tuple[str, ...]
) -> set[tuple[str, ...]]:
    """Every normalised word sequence ``term`` stands for.

    Raises:
        ConfigurationError: the term is malformed.
    """
    sequences: list[tuple[str, ...]] = [()]
    for spec in parse_term(term):
        forms = [normalizer.normalize_word(form) for form in spec.forms()]
        sequences = [seq + form for seq in sequences for form in forms if form]
    result = {seq for seq in sequences if seq}
    for seq in list(result):
        for clitic in clitics:
            result.add((*seq[:-1], seq[-1] + clitic))
    return result


_Entry = tuple[tuple[str, ...], str, dict[str, str]]
"""The words of a form after its first two, the form, and term -> form for its terms."""


class KeywordIndex:
    """Keyword terms compiled for whole-word lookup in token sequences.

    Attributes:
        single: word -> the terms that word is a one-word form of.
        words: the words of every one-word form.
        firsts: the first words of every multi-word form.
        vocabulary: ``words`` and ``firsts`` together: a text without any of them has no hit.
    """

    __slots__ = ("_follow", "_word_hits", "firsts", "single", "vocabulary", "words")

    def __init__(self, forms: Iterable[tuple[tuple[str, ...], str]]) -> None:
        """Index (form, term) pairs; a form is a non-empty tuple of normalised words."""
        single: dict[str, list[str]] = {}
        phrases: dict[tuple[str, ...], list[str]] = {}
        for seq, term in forms:
            target = single.setdefault(seq[0], []) if len(seq) == 1 else phrases.setdefault(seq, [])
            if term not in target:
                target.append(term)
        self.single: dict[str, tuple[str, ...]] = {w: tuple(t) for w, t in single.items()}
        self.words = frozenset(single)
        self.firsts = frozenset(seq[0] for seq in phrases)
        self.vocabulary = self.words | self.firsts
        self._word_hits = {word: dict.fromkeys(terms, word) for word, terms in single.items()}
        # First word -> second word -> (the words after those two, the form, its hits).
        follow: dict[str, dict[str, list[_Entry]]] = {}
        for seq, terms in sorted(phrases.items()):
            joined = " ".join(seq)
            entry = (seq[2:], joined, dict.fromkeys(terms, joined))
            follow.setdefault(seq[0], {}).setdefault(seq[1], []).append(entry)
        self._follow = {
            first: {second: tuple(entries) for second, entries in table.items()}
            for first, table in follow.items()
        }

    @classmethod
    def compile(
        cls, terms: Iterable[str], normalizer: Normalizer, clitics: tuple[str, ...]
    ) -> tuple[KeywordIndex, dict[str, str]]:
        """The index of ``terms``, and a problem (by term) for every term that cannot be used.

        A term that is malformed, or that normalises to no word, is reported and left out.
        """
        problems: dict[str, str] = {}
        forms: list[tuple[tuple[str, ...], str]] = []
        for term in terms:
            try:
                sequences = expand_term(term, normalizer, clitics)
            except ConfigurationError as error:
                problems[term] = Phrase(
                    N_("bad keyword term: {reason}"),
                    reason=error.problems[0]
                    if len(error.problems) == 1
                    else "; ".join(error.problems),
                )
                continue
            if not sequences:
                problems[term] = Phrase(N_("term {term} has no words"), term=shown(term))
            forms.extend((seq, term) for seq in sorted(sequences))
        return cls(forms), problems

    def hits(self, tokens: Sequence[str]) -> dict[str, str]:
        """Term -> the form (words joined by spaces) it occurs as in ``tokens``."""
        return self.hits_of(self.vocabulary.intersection(tokens), tokens)

    def hits_of(self, found: AbstractSet[str], tokens: Sequence[str]) -> dict[str, str]:
        """`hits()`, given the text's words that are in `vocabulary` (or more).

        Args:
            found: the tokens' words that are in `vocabulary` (a superset is fine).
            tokens: the text's tokens.
        """
        word_hits = self._word_hits
        forms = {word: word_hits[word] for word in found if word in word_hits}
        starts = self.firsts.intersection(found)
        if starts:
            self._phrases(starts, tokens, forms)
        if not forms:
            return {}
        if len(forms) == 1:
            return next(iter(forms.values())).copy()
        hits: dict[str, str] = {}
        for found_hits in forms.values():
            hits.update(found_hits)
        if len(hits) < sum(map(len, forms.values())):
            # A term occurs in several forms (jalan, jalannya): write the largest first, so
            # the smallest is kept and explanations never depend on set order.
            for _, found_hits in sorted(forms.items(), reverse=True):
                hits.update(found_hits)
        return hits

    def _phrases(
        self, starts: AbstractSet[str], tokens: Sequence[str], forms: dict[str, dict[str, str]]
    ) -> None:
        """Add the multi-word forms found where a first word is followed by a second.

        The positions of first words are found in C (``compress`` over ``map`` of a set's
        ``__contains__``); Python only visits those.
        """
        follow = self._follow
        last = len(tokens) - 1
        for position in compress(range(last), map(starts.__contains__, tokens)):
            entries = follow[tokens[position]].get(tokens[position + 1])
            if entries is not None:
                for rest, joined, found_hits in entries:
                    if rest:
                        after = position + 2
                        if tuple(tokens[after : after + len(rest)]) != rest:
                            continue
                    forms[joined] = found_hits
