"""The keyword index: which keyword terms occur, as whole words, in a tokenised text.

A rule set's keyword terms are expanded once (affixed forms, abbreviations, clitics) into
normalised word sequences. Finding them in a text never walks the text word by word in Python:

* one-word forms are found with one set intersection of the text's words with the index's
  words (done in C);
* forms of two words are found, when the text has a word that starts a phrase, by
  intersecting the text's word pairs (``itertools.pairwise`` of the tokens)
  with the set of the forms' pairs, in C too; forms of three words likewise with the text's
  word triples, only when a pair that starts one occurs; longer forms (rare) are then checked
  where their first three words occur;
* the result is built in C from a table of (term, form) pairs per form found.

Python work is then a few set operations per text, whatever its length or the size of the rule
set. Each term found maps to the form it was found as; when several of its forms occur, the
smallest (in string order, words joined by spaces) is kept, so that explanations never depend
on set order.
"""

from __future__ import annotations

from itertools import chain, pairwise, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ConfigurationError
from pengaduan.routing._aho import build_automaton
from pengaduan.routing._terms import parse_term

_VALUE = itemgetter(1)
"""The value of an automaton match, ``(end, value)``."""

_LONG = 24
"""A text of more words than this takes `KeywordIndex._long_hits()` on the pure-Python path."""

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
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


class KeywordIndex:
    """Keyword terms compiled for whole-word lookup in token sequences.

    Attributes:
        single: word -> the terms that word is a one-word form of.
        words: the words of every one-word form.
        firsts: the first words of every multi-word form.
        vocabulary: ``words`` and ``firsts`` together: a text without any of them has no hit.
    """

    __slots__ = (
        "_automaton",
        "_dense",
        "_forms",
        "_long",
        "_long_prefixes",
        "_one",
        "_pair_forms",
        "_pairs",
        "_prefixes",
        "_pure",
        "_shared",
        "_triple_forms",
        "_triples",
        "firsts",
        "single",
        "vocabulary",
        "words",
    )

    def __init__(self, forms: Iterable[tuple[tuple[str, ...], str]], *, pure: bool = False) -> None:
        """Index (form, term) pairs; a form is a non-empty tuple of normalised words.

        Args:
            forms: (form, term) pairs.
            pure: never use pyahocorasick, even when it is installed (see `pengaduan.routing._aho`).
        """
        terms_of: dict[tuple[str, ...], list[str]] = {}
        for seq, term in forms:
            target = terms_of.setdefault(seq, [])
            if term not in target:
                target.append(term)
        self.single: dict[str, tuple[str, ...]] = {
            seq[0]: tuple(terms) for seq, terms in terms_of.items() if len(seq) == 1
        }
        phrases = [seq for seq in terms_of if len(seq) > 1]
        self.words = frozenset(self.single)
        self.firsts = frozenset(seq[0] for seq in phrases)
        self.vocabulary = self.words | self.firsts
        # Every form found is a key: the word itself for one-word forms, the tuple of its words
        # otherwise. A key maps to its (term, form) pairs, the form's words joined by spaces.
        forms_of: dict[str | tuple[str, ...], tuple[tuple[str, str], ...]] = {}
        for seq, terms in terms_of.items():
            joined = " ".join(seq)
            forms_of[seq[0] if len(seq) == 1 else seq] = tuple((term, joined) for term in terms)
        self._forms = forms_of
        self._one = {key: pairs[0] for key, pairs in forms_of.items() if len(pairs) == 1}
        self._shared = frozenset(key for key, pairs in forms_of.items() if len(pairs) > 1)
        # Phrases are found in C: the text's word pairs (and, when one of them starts a longer
        # form, its word triples) intersected with the forms' pairs and triples.
        self._pair_forms = frozenset(seq for seq in phrases if len(seq) == 2)
        self._triple_forms = frozenset(seq for seq in phrases if len(seq) == 3)
        self._prefixes = frozenset(seq[:2] for seq in phrases if len(seq) > 2)
        self._pairs = self._pair_forms | self._prefixes
        self._long_prefixes = frozenset(seq[:3] for seq in phrases if len(seq) > 3)
        self._triples = self._triple_forms | self._long_prefixes
        long: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for seq in sorted(phrases):
            if len(seq) > 3:
                long.setdefault(seq[:3], []).append(seq)
        self._long = {prefix: tuple(seqs) for prefix, seqs in long.items()}
        # Mostly phrases, none of four words or more: a long text is then best read by looking
        # up each of its words, pairs and triples (`_ngram_hits()`); with few phrases, the set
        # intersections of `_long_hits()` do less work.
        self._dense = not long and len(self._pair_forms) + len(self._triple_forms) > len(self.words)
        self._pure = pure
        self._automaton: Any | None = None if pure else build_automaton(self._joined_forms())

    @property
    def backend(self) -> str:
        """``"pyahocorasick"`` when phrases are found with an automaton, else ``"python"``."""
        return "python" if self._automaton is None else "pyahocorasick"

    def _joined_forms(self) -> Iterator[tuple[str, tuple[tuple[str, str], ...]]]:
        for pairs in self._forms.values():
            yield pairs[0][1], pairs

    def __getstate__(self) -> dict[str, object]:
        # The automaton is rebuilt on unpickling: it is derived data, and whether pyahocorasick
        # is installed (or the pure path asked for) is a property of the process loading it.
        return {name: getattr(self, name) for name in self.__slots__ if name != "_automaton"}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        self._automaton = None if self._pure else build_automaton(self._joined_forms())

    @classmethod
    def compile(
        cls,
        terms: Iterable[str],
        normalizer: Normalizer,
        clitics: tuple[str, ...],
        *,
        pure: bool = False,
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
        return cls(forms, pure=pure), problems

    def hits(self, tokens: Sequence[str]) -> dict[str, str]:
        """Term -> the form (words joined by spaces) it occurs as in ``tokens``."""
        if self._automaton is not None:
            # `_automaton_hits()`, inlined: this is the whole per-text cost on short texts.
            items = list(
                chain.from_iterable(map(_VALUE, self._automaton.iter(f" {' '.join(tokens)} ")))
            )
            hits = dict(items)
            if len(hits) == len(items) or len(hits) == len(set(items)):
                return hits
            return dict(sorted(items, key=itemgetter(1), reverse=True))
        if len(tokens) > _LONG and self._dense:
            return self._ngram_hits(tokens)
        return self.hits_of(self.vocabulary.intersection(tokens), tokens)

    def hits_of(self, found: AbstractSet[str], tokens: Sequence[str]) -> dict[str, str]:
        """`hits()`, given the text's words that are in `vocabulary`.

        Args:
            found: exactly the tokens' words that are in `vocabulary`.
            tokens: the text's tokens.
        """
        keys: AbstractSet[str | tuple[str, ...]]
        if found.isdisjoint(self.firsts):
            # Words only: one set intersection already found them (the automaton is not faster).
            if not found:
                return {}
            keys = found
        elif self._automaton is not None:
            return self._automaton_hits(tokens)
        elif len(tokens) > _LONG:
            return self._ngram_hits(tokens) if self._dense else self._long_hits(found, tokens)
        else:
            keys = found & self.words
            # Word pairs (and triples) are built and looked up in C, a few set lookups per word.
            pairs = self._pairs.intersection(pairwise(tokens))
            if pairs:
                keys = keys | (pairs & self._pair_forms)
                if not pairs.isdisjoint(self._prefixes):
                    triples = self._triples.intersection(
                        zip(tokens, tokens[1:], tokens[2:], strict=False)
                    )
                    keys = keys | (triples & self._triple_forms)
                    if not triples.isdisjoint(self._long_prefixes):
                        keys = keys | self._longer(triples & self._long_prefixes, tokens)
        items: list[tuple[str, str]]
        if keys.isdisjoint(self._shared):
            # One (term, form) pair per key: the dictionary is built in C.
            hits = dict(map(self._one.__getitem__, keys))
            if len(hits) == len(keys):
                return hits
            items = list(map(self._one.__getitem__, keys))
        else:
            items = list(chain.from_iterable(map(self._forms.__getitem__, keys)))
            hits = dict(items)
            if len(hits) == len(items):
                return hits
        # A term occurs in several forms (jalan, jalannya): write the largest first, so the
        # smallest is kept and explanations never depend on set order.
        return dict(sorted(items, key=itemgetter(1), reverse=True))

    def _ngram_hits(self, tokens: Sequence[str]) -> dict[str, str]:
        """`hits()` without the automaton for a long text, when the forms are mostly phrases
        and none has four words or more.

        Every word, word pair and word triple of the text is looked up among the forms (the
        keys differ in kind, so one dictionary serves all three), with an empty default: one
        pass of C per kind, no set built first, and a repeated form simply repeats its pairs.
        """
        forms = self._forms.get
        parts: list[Iterable[tuple[tuple[str, str], ...]]] = [map(forms, tokens, repeat(()))]
        if self._pair_forms:
            parts.append(map(forms, pairwise(tokens), repeat(())))
        if self._triple_forms:
            parts.append(map(forms, zip(tokens, tokens[1:], tokens[2:], strict=False), repeat(())))
        items = list(chain.from_iterable(chain.from_iterable(parts)))
        hits = dict(items)
        if len(hits) == len(items) or len(hits) == len(set(items)):
            return hits
        # A term found in several forms: keep the smallest form, as `hits_of()` does.
        return dict(sorted(items, key=itemgetter(1), reverse=True))

    def _long_hits(self, found: AbstractSet[str], tokens: Sequence[str]) -> dict[str, str]:
        """`hits_of()` without the automaton for a long text with a word that starts a phrase,
        when some form has four words or more.

        The same lookups as for a short text, but many keys: words, pairs, triples and longer
        forms are keys of different kinds, so the groups found never overlap and their
        (term, form) pairs are chained without merging the groups into one set first.
        """
        groups: list[AbstractSet[str | tuple[str, ...]]] = [found & self.words]
        pairs = self._pairs.intersection(pairwise(tokens))
        if pairs:
            groups.append(pairs & self._pair_forms)
            if not pairs.isdisjoint(self._prefixes):
                triples = self._triples.intersection(
                    zip(tokens, tokens[1:], tokens[2:], strict=False)
                )
                groups.append(triples & self._triple_forms)
                if not triples.isdisjoint(self._long_prefixes):
                    groups.append(self._longer(triples & self._long_prefixes, tokens))
        items = list(chain.from_iterable(map(self._forms.__getitem__, chain.from_iterable(groups))))
        hits = dict(items)
        if len(hits) == len(items):
            return hits
        # A term occurs in several forms: keep the smallest, as `hits_of()` does.
        return dict(sorted(items, key=itemgetter(1), reverse=True))

    def _automaton_hits(self, tokens: Sequence[str]) -> dict[str, str]:
        """`hits_of()` with the automaton, on the tokens joined by single spaces."""
        # Forms are stored with a space on both sides, so every match is a whole-word one.
        automaton: Any = self._automaton
        items = list(chain.from_iterable(map(_VALUE, automaton.iter(f" {' '.join(tokens)} "))))
        hits = dict(items)
        # A form found twice (common in long texts) gives the same pair twice: the dictionary
        # is right unless a term was found in two different forms.
        if len(hits) == len(items) or len(hits) == len(set(items)):
            return hits
        # A term found in several forms: keep the smallest form, as `hits_of()` does.
        return dict(sorted(items, key=itemgetter(1), reverse=True))

    def _longer(
        self, prefixes: AbstractSet[tuple[str, ...]], tokens: Sequence[str]
    ) -> set[tuple[str, ...]]:
        """The forms of four words or more whose first three words are in ``prefixes``."""
        found: set[tuple[str, ...]] = set()
        long = self._long
        for position in range(len(tokens) - 3):
            prefix = tuple(tokens[position : position + 3])
            if prefix in prefixes:
                for seq in long[prefix]:
                    if tuple(tokens[position : position + len(seq)]) == seq:
                        found.add(seq)
        return found
