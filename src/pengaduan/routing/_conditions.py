"""Conditions: what a rule looks at in a complaint, as small frozen callables.

Conditions are built by public factories, with reprs that read like the rule::

    all_of(has_any('jalan+-an', 'aspal'), has_any('rusak', 'berlubang'), not_(has_any('tol')))

Keyword conditions ([`has_any()`][pengaduan.routing.has_any],
[`has_all()`][pengaduan.routing.has_all], [`has_none()`][pengaduan.routing.has_none]) look at the
keyword
terms found in the complaint's normalised words (see `pengaduan.routing._terms`); field
conditions look at its category, classification, channel and place. Every condition explains
itself with a [`Verdict`][pengaduan.routing.Verdict]: whether it holds, the terms that made it hold,
and a score.

A keyword term scores its number of words, once per condition however often it occurs, and one
mention is never counted twice: a term whose words were found inside the words another term of
the same rule was found as (``lurah`` inside ``kantor lurah``), or as the very same words, counts
only through that other term (see `keyword_score()`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

import attrs

from pengaduan._core.arguments import valid_optional_text
from pengaduan._core.text import encodable, exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, ConfigurationError, type_name
from pengaduan.model import Channel, Classification

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from enum import StrEnum

__all__ = [
    "Condition",
    "Document",
    "Verdict",
    "all_of",
    "always",
    "any_of",
    "category_is",
    "channel_is",
    "classification_is",
    "has_all",
    "has_any",
    "has_none",
    "kecamatan_is",
    "kelurahan_is",
    "not_",
    "place_key",
]

_PLACE_PREFIXES = frozenset({"kel", "kelurahan", "desa", "kec", "kecamatan", "distrik"})


def place_key(name: str) -> str:
    """Comparable form of a kelurahan/kecamatan name.

    Case, punctuation, repeated spaces and a leading ``Kel.``/``Kelurahan``/``Kec.`` are ignored:
    ``"Kel. Oebobo"`` and ``"oebobo"`` give the same key.

    Raises:
        ArgumentError: ``name`` is not a str.
    """
    if type(name) is not str:
        raise ArgumentError(argument="name", rule="must be a str", given=type_name(name))
    words = re.sub(r"[\W_]+", " ", name.casefold()).split()
    while len(words) > 1 and words[0] in _PLACE_PREFIXES:
        words = words[1:]
    return " ".join(words)


@attrs.frozen(kw_only=True)
class Document:
    """What conditions look at: the complaint's normalised words and its fields.

    The router builds documents
    ([`pengaduan.routing.Router.document()`][pengaduan.routing.Router.document]); ``hits`` maps each
    keyword term of the rule set found in the text to the words that matched it.
    """

    tokens: tuple[str, ...] = attrs.field(repr=False)
    hits: Mapping[str, str] = attrs.field(repr=False)
    category: str | None = None
    classification: Classification | None = None
    channel: Channel | None = None
    kelurahan: str | None = None
    """A [`place_key()`][pengaduan.routing.place_key]."""
    kecamatan: str | None = None
    """A [`place_key()`][pengaduan.routing.place_key]."""
    address: str | None = attrs.field(default=None, repr=False, validator=valid_optional_text)
    """The location's address as given (free text: never shown). Conditions do not look at it;
    the router reads a specific unit's name in it (see
    [`RoutingDecision.named_in`][pengaduan.routing.RoutingDecision.named_in]), and the words of
    overriding rules (see
    [`RoutingDecision.matched_in`][pengaduan.routing.RoutingDecision.matched_in])."""


class Verdict(NamedTuple):
    """A condition's answer with its evidence."""

    matched: bool
    terms: tuple[str, ...]
    """The keyword terms that contributed (as written in the rule)."""
    score: int


_NO = Verdict(matched=False, terms=(), score=0)
_YES = Verdict(matched=True, terms=(), score=0)


@runtime_checkable
class Condition(Protocol):
    """A routing condition: a frozen callable over a [`Document`][pengaduan.routing.Document]."""

    def __call__(self, doc: Document) -> bool:
        """True when the condition holds."""
        ...

    def explain(self, doc: Document) -> Verdict:
        """Whether it holds, which terms made it hold, and its score."""
        ...

    def terms(self) -> frozenset[str]:
        """Every keyword term the condition mentions."""
        ...

    def anchors(self) -> frozenset[str] | None:
        """Terms of which at least one must be found for the condition to hold, or ``None``."""
        ...


def _terms_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(" ".join(str(v).casefold().split()) for v in values)


def _show(values: Iterable[object]) -> str:
    return ", ".join(repr(v) for v in values)


def _words(term: str) -> int:
    return term.count(" ") + 1


def keyword_score(terms: Iterable[str], hits: Mapping[str, str]) -> int:
    """The score of keyword terms found: their words, each mention counted once.

    ``hits`` maps each term found to the words it was found as. A term whose words lie, whole
    and in order, inside the words another of ``terms`` was found as (``lurah`` inside
    ``kantor lurah``) adds nothing: the longer term already counts them. Two terms found as the
    same words (``sampa`` and ``sampah`` both normalised to ``sampah``) count once, through the
    first. A term repeated among ``terms`` counts once.
    """
    distinct = tuple(dict.fromkeys(terms))
    if len(distinct) < 2:  # one term cannot overlap another
        return sum(map(_words, distinct))
    found = [hits.get(term, term) for term in distinct]
    if len(set(found)) == len(found) and not any(" " in form for form in found):
        return sum(map(_words, distinct))  # distinct single words: none lies inside another
    # Padded with spaces, containment of one form in another is containment of whole words.
    forms = [f" {form} " for form in found]
    score = 0
    for position, (term, form) in enumerate(zip(distinct, forms, strict=True)):
        for other, wider in enumerate(forms):
            if other != position and form in wider and (len(wider) > len(form) or other < position):
                break
        else:
            score += _words(term)
    return score


@attrs.frozen(repr=False)
class _HasAny:
    terms_: tuple[str, ...] = attrs.field(converter=_terms_tuple)

    def __repr__(self) -> str:
        return f"has_any({_show(self.terms_)})"

    def __call__(self, doc: Document) -> bool:
        hits = doc.hits
        return any(term in hits for term in self.terms_)

    def explain(self, doc: Document) -> Verdict:
        hits = doc.hits
        found = tuple(term for term in self.terms_ if term in hits)
        if not found:
            return _NO
        if len(found) == 1:
            return Verdict(matched=True, terms=found, score=found[0].count(" ") + 1)
        return Verdict(matched=True, terms=found, score=keyword_score(found, hits))

    def terms(self) -> frozenset[str]:
        return frozenset(self.terms_)

    def anchors(self) -> frozenset[str] | None:
        return frozenset(self.terms_)


@attrs.frozen(repr=False)
class _HasAll:
    terms_: tuple[str, ...] = attrs.field(converter=_terms_tuple)

    def __repr__(self) -> str:
        return f"has_all({_show(self.terms_)})"

    def __call__(self, doc: Document) -> bool:
        hits = doc.hits
        return all(term in hits for term in self.terms_)

    def explain(self, doc: Document) -> Verdict:
        if not self(doc):
            return _NO
        return Verdict(matched=True, terms=self.terms_, score=keyword_score(self.terms_, doc.hits))

    def terms(self) -> frozenset[str]:
        return frozenset(self.terms_)

    def anchors(self) -> frozenset[str] | None:
        return frozenset(self.terms_[:1])


@attrs.frozen(repr=False)
class _HasNone:
    terms_: tuple[str, ...] = attrs.field(converter=_terms_tuple)

    def __repr__(self) -> str:
        return f"has_none({_show(self.terms_)})"

    def __call__(self, doc: Document) -> bool:
        hits = doc.hits
        return not any(term in hits for term in self.terms_)

    def explain(self, doc: Document) -> Verdict:
        return _YES if self(doc) else _NO

    def terms(self) -> frozenset[str]:
        return frozenset(self.terms_)

    def anchors(self) -> frozenset[str] | None:
        return None


@attrs.frozen(repr=False)
class _FieldIs:
    field: str
    values: frozenset[str]
    shown: tuple[str, ...]
    weight: int

    def __repr__(self) -> str:
        weight = "" if self.weight == 2 else f", weight={self.weight}"
        return f"{self.field}_is({_show(self.shown)}{weight})"

    def _value(self, doc: Document) -> str | None:
        value: str | None = getattr(doc, self.field)
        return value

    def __call__(self, doc: Document) -> bool:
        return self._value(doc) in self.values

    def explain(self, doc: Document) -> Verdict:
        if self._value(doc) in self.values:
            return Verdict(matched=True, terms=(), score=self.weight)
        return _NO

    def terms(self) -> frozenset[str]:
        return frozenset()

    def anchors(self) -> frozenset[str] | None:
        return None


def _conditions(value: Iterable[Condition]) -> tuple[Condition, ...]:
    return tuple(value)


def _combined(verdicts: list[Verdict], hits: Mapping[str, str]) -> Verdict:
    """The verdicts of the parts that hold, together: their terms, and their scores with the
    keyword terms of all parts scored together (a term named by two parts, or found inside
    another part's term, counts once; field weights add up)."""
    if len(verdicts) == 1:
        return verdicts[0]
    terms = tuple(dict.fromkeys(term for verdict in verdicts for term in verdict.terms))
    # Every verdict's score is its field weights plus the keyword score of its terms.
    weights = 0
    for verdict in verdicts:
        own = verdict.terms
        if len(own) == 1:
            weights += verdict.score - own[0].count(" ") - 1
        else:
            weights += verdict.score - (keyword_score(own, hits) if own else 0)
    return Verdict(matched=True, terms=terms, score=weights + keyword_score(terms, hits))


@attrs.frozen(repr=False)
class _AllOf:
    parts: tuple[Condition, ...] = attrs.field(converter=_conditions)

    def __repr__(self) -> str:
        return f"all_of({', '.join(map(repr, self.parts))})"

    def __call__(self, doc: Document) -> bool:
        return all(part(doc) for part in self.parts)

    def explain(self, doc: Document) -> Verdict:
        verdicts = []
        for part in self.parts:
            verdict = part.explain(doc)
            if not verdict.matched:
                return _NO
            verdicts.append(verdict)
        return _combined(verdicts, doc.hits)

    def terms(self) -> frozenset[str]:
        return frozenset().union(*(part.terms() for part in self.parts))

    def anchors(self) -> frozenset[str] | None:
        options = [a for a in (part.anchors() for part in self.parts) if a is not None]
        return min(options, key=len) if options else None


@attrs.frozen(repr=False)
class _AnyOf:
    parts: tuple[Condition, ...] = attrs.field(converter=_conditions)

    def __repr__(self) -> str:
        return f"any_of({', '.join(map(repr, self.parts))})"

    def __call__(self, doc: Document) -> bool:
        return any(part(doc) for part in self.parts)

    def explain(self, doc: Document) -> Verdict:
        verdicts = [verdict for part in self.parts if (verdict := part.explain(doc)).matched]
        if not verdicts:
            return _NO
        return _combined(verdicts, doc.hits)

    def terms(self) -> frozenset[str]:
        return frozenset().union(*(part.terms() for part in self.parts))

    def anchors(self) -> frozenset[str] | None:
        found: set[str] = set()
        for part in self.parts:
            anchors = part.anchors()
            if anchors is None:
                return None
            found |= anchors
        return frozenset(found)


@attrs.frozen(repr=False)
class _Not:
    part: Condition

    def __repr__(self) -> str:
        return f"not_({self.part!r})"

    def __call__(self, doc: Document) -> bool:
        return not self.part(doc)

    def explain(self, doc: Document) -> Verdict:
        return _NO if self.part(doc) else _YES

    def terms(self) -> frozenset[str]:
        return self.part.terms()

    def anchors(self) -> frozenset[str] | None:
        return None


@attrs.frozen(repr=False)
class _Always:
    def __repr__(self) -> str:
        return "always()"

    def __call__(self, doc: Document) -> bool:
        return True

    def explain(self, doc: Document) -> Verdict:
        return _YES

    def terms(self) -> frozenset[str]:
        return frozenset()

    def anchors(self) -> frozenset[str] | None:
        return None


_MAX_VALUE = 200


def _checked_strings(factory: str, values: tuple[object, ...]) -> tuple[str, ...]:
    """The values of a condition factory, all short, encodable strings; else ConfigurationError.

    Every factory raises the same way (a ``ValueError``), naming the factory and the position,
    never the value.
    """
    problems: list[str] = []
    values = tuple(exact(value) for value in values)  # an app's str subclass: copied
    for i, value in enumerate(values):
        if not isinstance(value, str):
            problems.append(
                _at(
                    factory,
                    N_("value {number} must be a str, not {type}"),
                    number=i + 1,
                    type=type_name(value),
                )
            )
        elif len(value) > _MAX_VALUE or not encodable(value):
            problems.append(
                _at(
                    factory,
                    N_("value {number} must be text of at most {count} characters"),
                    number=i + 1,
                    count=_MAX_VALUE,
                )
            )
    if problems:
        raise ConfigurationError(N_("routing condition"), problems)
    return values  # type: ignore[return-value]  # checked above


def _is_condition(value: object) -> bool:
    return isinstance(value, Condition)


def _checked_weight(factory: str, weight: object) -> int:
    if type(weight) is not int or not 0 <= weight <= _MAX_WEIGHT:
        raise ConfigurationError(
            N_("routing condition"),
            [_at(factory, N_("weight must be an int from 0 to {high}"), high=_MAX_WEIGHT)],
        )
    return weight


_MAX_WEIGHT = 1000


def _checked_conditions(factory: str, values: tuple[object, ...]) -> tuple[Condition, ...]:
    bad = [
        _at(
            factory,
            N_("argument {number} must be a condition, not {type}"),
            number=i + 1,
            type=type_name(v),
        )
        for i, v in enumerate(values)
        if not _is_condition(v)
    ]
    if bad:
        raise ConfigurationError(N_("routing condition"), bad)
    return values  # type: ignore[return-value]  # checked above


def _choices(factory: str, values: tuple[object, ...], kind: type[StrEnum]) -> tuple[str, ...]:
    _checked_strings(factory, values)
    unknown = [
        _at(
            factory,
            N_("value {number} is not one of {values}"),
            number=i + 1,
            values=", ".join(m.value for m in kind),
        )
        for i, v in enumerate(values)
        if v not in kind._value2member_map_
    ]
    if unknown:
        raise ConfigurationError(N_("routing condition"), unknown)
    return tuple(kind(str(v)).value for v in values)


def _at(where: str, problem: str, /, **values: object) -> Phrase:
    """``where: problem`` as one translatable phrase (``problem`` a msgid, with ``values``)."""
    return Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))


def has_any(*terms: str) -> Condition:
    """Holds when at least one keyword term is found. Score: words of the terms found (see
    `keyword_score()`: one mention counts once).

    Raises:
        ConfigurationError: a term is not a str (or is longer than 200 characters).
    """
    return _HasAny(_checked_strings("has_any", terms))


def has_all(*terms: str) -> Condition:
    """Holds when every keyword term is found. Score: words of all the terms (one mention
    counts once).

    Raises:
        ConfigurationError: a term is not a str (or is longer than 200 characters).
    """
    return _HasAll(_checked_strings("has_all", terms))


def has_none(*terms: str) -> Condition:
    """Holds when none of the keyword terms is found (an exclusion). Score: 0.

    Raises:
        ConfigurationError: a term is not a str (or is longer than 200 characters).
    """
    return _HasNone(_checked_strings("has_none", terms))


def category_is(*codes: str, weight: int = 2) -> Condition:
    """Holds when the complaint's category is one of ``codes`` (compared case-insensitively).

    Raises:
        ConfigurationError: a code is not a str, or the weight not an int from 0 to 1000.
    """
    checked = _checked_strings("category_is", codes)
    return _FieldIs(
        "category",
        frozenset(c.casefold().strip() for c in checked),
        checked,
        _checked_weight("category_is", weight),
    )


def classification_is(*values: Classification | str, weight: int = 2) -> Condition:
    """Holds when the complaint's LAPOR! classification is one of ``values``.

    Raises:
        ConfigurationError: a value is not a [`Classification`][pengaduan.model.Classification]
            value
            (also a ``ValueError``), or the weight not an int from 0 to 1000.
    """
    parsed = _choices("classification_is", values, Classification)
    return _FieldIs(
        "classification", frozenset(parsed), parsed, _checked_weight("classification_is", weight)
    )


def channel_is(*values: Channel | str, weight: int = 2) -> Condition:
    """Holds when the complaint came through one of the channels.

    Raises:
        ConfigurationError: a value is not a [`Channel`][pengaduan.model.Channel] value (also a
            ``ValueError``), or the weight not an int from 0 to 1000.
    """
    parsed = _choices("channel_is", values, Channel)
    return _FieldIs("channel", frozenset(parsed), parsed, _checked_weight("channel_is", weight))


def kelurahan_is(*names: str, weight: int = 2) -> Condition:
    """Holds when the complaint's kelurahan is one of ``names`` (see
    [`place_key()`][pengaduan.routing.place_key]).

    Raises:
        ConfigurationError: a name is not a str, or the weight not an int from 0 to 1000.
    """
    checked = _checked_strings("kelurahan_is", names)
    return _FieldIs(
        "kelurahan",
        frozenset(place_key(n) for n in checked),
        checked,
        _checked_weight("kelurahan_is", weight),
    )


def kecamatan_is(*names: str, weight: int = 2) -> Condition:
    """Holds when the complaint's kecamatan is one of ``names`` (see
    [`place_key()`][pengaduan.routing.place_key]).

    Raises:
        ConfigurationError: a name is not a str, or the weight not an int from 0 to 1000.
    """
    checked = _checked_strings("kecamatan_is", names)
    return _FieldIs(
        "kecamatan",
        frozenset(place_key(n) for n in checked),
        checked,
        _checked_weight("kecamatan_is", weight),
    )


def all_of(*conditions: Condition) -> Condition:
    """Holds when every condition holds. Score: the sum of theirs, a keyword mention counted
    once across them.

    Raises:
        ConfigurationError: an argument is not a condition.
    """
    return _AllOf(_checked_conditions("all_of", conditions))


def any_of(*conditions: Condition) -> Condition:
    """Holds when at least one condition holds. Score: the sum of those that hold, a keyword
    mention counted once across them.

    Raises:
        ConfigurationError: an argument is not a condition.
    """
    return _AnyOf(_checked_conditions("any_of", conditions))


def not_(condition: Condition) -> Condition:
    """Holds when ``condition`` does not. Score: 0.

    Raises:
        ConfigurationError: the argument is not a condition.
    """
    return _Not(_checked_conditions("not_", (condition,))[0])


def always() -> Condition:
    """Always holds (a catch-all). Score: 0."""
    return _Always()
