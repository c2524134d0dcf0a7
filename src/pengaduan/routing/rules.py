"""Routing rules as data: conditions, rules and validated rule sets.

A :class:`Rule` sends a complaint to a unit when its condition holds. Conditions are small frozen
callables built by public factories, with reprs that read like the rule::

    all_of(has_any('jalan+-an', 'aspal'), has_any('rusak', 'berlubang'), not_(has_any('tol')))

Keyword terms match **whole normalised words** (see :mod:`pengaduan.routing.normalize`). A term
may be a phrase (``"lampu jalan"``) and each word may list the derived forms it also accepts,
written the way Indonesian grammar writes affixes:

- ``jalan`` matches ``jalan`` (and the clitic form ``jalannya``), never ``perjalanan``;
- ``jalan+-an`` also matches ``jalanan`` (suffix ``-an``);
- ``bakar+di-+ter-`` also matches ``dibakar`` and ``terbakar`` (prefixes);
- ``jalan+per-an`` also matches ``perjalanan`` (confix ``per-…-an``).

A :class:`RuleSet` holds the rules, a matching mode (first match in order, or best score) and a
required fallback unit (the coordinating admin). :meth:`RuleSet.problems` checks the whole set at
once: duplicate names, unknown units, bad terms, rules that can never win because an earlier rule
always matches first, a missing fallback.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, runtime_checkable

import attrs

from pengaduan._core.text import encodable
from pengaduan._core.toml import load_toml, shown
from pengaduan.errors import ArgumentError, ConfigurationError, NotFoundError, type_name
from pengaduan.model import Channel, Classification

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "Condition",
    "Document",
    "MatchMode",
    "Priority",
    "Rule",
    "RuleSet",
    "Verdict",
    "WordSpec",
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
    "parse_term",
    "place_key",
]

_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,79}\Z")
_PART = re.compile(r"[a-z0-9]+\Z")
_PLACE_PREFIXES = frozenset({"kel", "kelurahan", "desa", "kec", "kecamatan", "distrik"})


class UnknownRuleError(NotFoundError, KeyError):
    """A rule set has no rule of that name (a ``KeyError`` too, as it always was)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class MatchMode(StrEnum):
    """How a rule set picks the winning rule."""

    FIRST_MATCH = "first-match"
    """The first rule in order whose condition holds wins."""
    BEST_SCORE = "best-score"
    """The matching rule with the highest score wins; ties go to the earlier rule."""


class Priority(StrEnum):
    """How urgent a complaint is, as the matching rule declares it."""

    RENDAH = "rendah"
    SEDANG = "sedang"
    TINGGI = "tinggi"
    DARURAT = "darurat"


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

    The router builds documents (:meth:`pengaduan.routing.Router.document`); ``hits`` maps each
    keyword term of the rule set found in the text to the words that matched it.
    """

    tokens: tuple[str, ...] = attrs.field(repr=False)
    hits: Mapping[str, str] = attrs.field(repr=False)
    category: str | None = None
    classification: Classification | None = None
    channel: Channel | None = None
    kelurahan: str | None = None
    """A :func:`place_key`."""
    kecamatan: str | None = None
    """A :func:`place_key`."""


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
    """A routing condition: a frozen callable over a :class:`Document`."""

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
        return Verdict(matched=True, terms=found, score=sum(_words(t) for t in found))

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
        return Verdict(matched=True, terms=self.terms_, score=sum(_words(t) for t in self.terms_))

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


@attrs.frozen(repr=False)
class _AllOf:
    parts: tuple[Condition, ...] = attrs.field(converter=_conditions)

    def __repr__(self) -> str:
        return f"all_of({', '.join(map(repr, self.parts))})"

    def __call__(self, doc: Document) -> bool:
        return all(part(doc) for part in self.parts)

    def explain(self, doc: Document) -> Verdict:
        terms: list[str] = []
        score = 0
        for part in self.parts:
            verdict = part.explain(doc)
            if not verdict.matched:
                return _NO
            terms.extend(verdict.terms)
            score += verdict.score
        return Verdict(matched=True, terms=tuple(dict.fromkeys(terms)), score=score)

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
        terms: list[str] = []
        score = 0
        matched = False
        for part in self.parts:
            verdict = part.explain(doc)
            if verdict.matched:
                matched = True
                terms.extend(verdict.terms)
                score += verdict.score
        if not matched:
            return _NO
        return Verdict(matched=True, terms=tuple(dict.fromkeys(terms)), score=score)

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
    problems = []
    for i, value in enumerate(values):
        if not isinstance(value, str):
            problems.append(f"{factory}: value {i + 1} must be a str, not {type_name(value)}")
        elif len(value) > _MAX_VALUE or not encodable(value):
            problems.append(
                f"{factory}: value {i + 1} must be text of at most {_MAX_VALUE} characters"
            )
    if problems:
        raise ConfigurationError("routing condition", problems)
    return values  # type: ignore[return-value]  # checked above


def _checked_weight(factory: str, weight: object) -> int:
    if type(weight) is not int or not 0 <= weight <= _MAX_WEIGHT:
        raise ConfigurationError(
            "routing condition", [f"{factory}: weight must be an int from 0 to {_MAX_WEIGHT}"]
        )
    return weight


_MAX_WEIGHT = 1000


def _checked_conditions(factory: str, values: tuple[object, ...]) -> tuple[Condition, ...]:
    bad = [
        f"{factory}: argument {i + 1} must be a condition, not {type_name(v)}"
        for i, v in enumerate(values)
        if not _is_condition(v)
    ]
    if bad:
        raise ConfigurationError("routing condition", bad)
    return values  # type: ignore[return-value]  # checked above


def _choices(factory: str, values: tuple[object, ...], kind: type[StrEnum]) -> tuple[str, ...]:
    _checked_strings(factory, values)
    unknown = [
        f"{factory}: value {i + 1} is not one of {', '.join(m.value for m in kind)}"
        for i, v in enumerate(values)
        if v not in kind._value2member_map_
    ]
    if unknown:
        raise ConfigurationError("routing condition", unknown)
    return tuple(kind(str(v)).value for v in values)


def has_any(*terms: str) -> Condition:
    """Holds when at least one keyword term is found. Score: words of the terms found.

    Raises:
        ConfigurationError: a term is not a str (or is longer than 200 characters).
    """
    return _HasAny(_checked_strings("has_any", terms))


def has_all(*terms: str) -> Condition:
    """Holds when every keyword term is found. Score: words of all the terms.

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
        ConfigurationError: a value is not a :class:`~pengaduan.model.Classification` value
            (also a ``ValueError``), or the weight not an int from 0 to 1000.
    """
    parsed = _choices("classification_is", values, Classification)
    return _FieldIs(
        "classification", frozenset(parsed), parsed, _checked_weight("classification_is", weight)
    )


def channel_is(*values: Channel | str, weight: int = 2) -> Condition:
    """Holds when the complaint came through one of the channels.

    Raises:
        ConfigurationError: a value is not a :class:`~pengaduan.model.Channel` value (also a
            ``ValueError``), or the weight not an int from 0 to 1000.
    """
    parsed = _choices("channel_is", values, Channel)
    return _FieldIs("channel", frozenset(parsed), parsed, _checked_weight("channel_is", weight))


def kelurahan_is(*names: str, weight: int = 2) -> Condition:
    """Holds when the complaint's kelurahan is one of ``names`` (see :func:`place_key`).

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
    """Holds when the complaint's kecamatan is one of ``names`` (see :func:`place_key`).

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
    """Holds when every condition holds. Score: the sum of theirs.

    Raises:
        ConfigurationError: an argument is not a condition.
    """
    return _AllOf(_checked_conditions("all_of", conditions))


def any_of(*conditions: Condition) -> Condition:
    """Holds when at least one condition holds. Score: the sum of those that hold.

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


# -- keyword terms -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class WordSpec:
    """One word of a keyword term: its root and the affixed forms it also accepts."""

    root: str
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    confixes: tuple[tuple[str, str], ...] = ()

    def forms(self) -> tuple[str, ...]:
        """The root and every accepted derived form, root first."""
        forms = [self.root]
        forms.extend(p + self.root for p in self.prefixes)
        forms.extend(self.root + s for s in self.suffixes)
        forms.extend(p + self.root + s for p, s in self.confixes)
        return tuple(dict.fromkeys(forms))


def parse_term(term: str) -> tuple[WordSpec, ...]:
    """Parse a keyword term such as ``"lampu jalan+-an"`` into word specifications.

    Raises:
        ConfigurationError: the term is not a str, is empty or malformed (``problems`` says why,
            without guessing). It is also a ``ValueError``.
    """
    reason = _term_problem(term)
    if reason:
        raise ConfigurationError("keyword term", [reason])
    return _parse_term(term)


def _term_problem(term: object) -> str:
    """Why ``term`` is not a keyword term, or an empty string when it is one."""
    if type(term) is not str:
        return f"a keyword term must be a str, not {type_name(term)}"
    if len(term) > _MAX_TERM:
        return f"a keyword term is at most {_MAX_TERM} characters"
    try:
        _parse_term(term)
    except _BadTerm as error:
        return error.reason
    return ""


_MAX_TERM = 200


class _BadTerm(Exception):  # noqa: N818 - internal signal, never leaves this module
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _parse_term(term: str) -> tuple[WordSpec, ...]:
    words = term.casefold().split()
    if not words:
        raise _BadTerm("empty keyword term")
    specs: list[WordSpec] = []
    for word in words:
        root, *affixes = word.split("+")
        # A hyphenated root (gorong-gorong, e-ktp) is the phrase the normaliser makes of it:
        # texts break at hyphens, so the root's parts are words and the affixes go to the last.
        *leading, root = root.split("-")
        if not all(_PART.match(part) for part in (*leading, root)):
            raise _BadTerm(f"word {shown(word)}: the root must be letters or digits")
        specs.extend(WordSpec(root=part) for part in leading)
        prefixes: list[str] = []
        suffixes: list[str] = []
        confixes: list[tuple[str, str]] = []
        for affix in affixes:
            head, dash, tail = affix.partition("-")
            if not dash or (head and not _PART.match(head)) or (tail and not _PART.match(tail)):
                raise _BadTerm(
                    f"word {shown(word)}: affix {shown(affix)} must look like "
                    "'-an', 'di-' or 'per-an'"
                )
            if head and tail:
                confixes.append((head, tail))
            elif head:
                prefixes.append(head)
            elif tail:
                suffixes.append(tail)
            else:
                raise _BadTerm(f"word {shown(word)}: empty affix")
        specs.append(
            WordSpec(
                root=root,
                prefixes=tuple(prefixes),
                suffixes=tuple(suffixes),
                confixes=tuple(confixes),
            )
        )
    return tuple(specs)


# -- rules and rule sets -------------------------------------------------------------------------


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


@attrs.frozen(kw_only=True)
class Rule:
    """Send complaints matching ``when`` to ``unit`` (and ``co_units``) at ``priority``."""

    name: str
    when: Condition
    unit: str
    co_units: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    priority: Priority = attrs.field(default=Priority.SEDANG, converter=Priority)
    description: str = attrs.field(default="", repr=False)


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


_CONDITION_KEYS = frozenset(
    {
        "any",
        "all",
        "none",
        "category",
        "classification",
        "channel",
        "kelurahan",
        "kecamatan",
        "always",
        "either",
    }
)
_RULE_KEYS = _CONDITION_KEYS | {"name", "unit", "co_units", "priority", "description"}
_SET_KEYS = frozenset({"name", "mode", "fallback", "fallback_priority", "description", "rule"})


@attrs.frozen(kw_only=True)
class RuleSet:
    """A whole routing configuration: ordered rules, a mode and a fallback unit.

    Build it with :meth:`from_rules`, :meth:`from_dict` or :meth:`from_toml`, which validate the
    whole set; the plain constructor does not validate.
    """

    name: str
    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    fallback: str
    """The unit that receives complaints no rule matches (the coordinating admin)."""
    mode: MatchMode = attrs.field(default=MatchMode.FIRST_MATCH, converter=MatchMode)
    fallback_priority: Priority = attrs.field(default=Priority.SEDANG, converter=Priority)
    description: str = attrs.field(default="", repr=False)

    @classmethod
    def from_rules(
        cls,
        *,
        name: str,
        rules: Iterable[Rule],
        fallback: str,
        mode: MatchMode | str = MatchMode.FIRST_MATCH,
        fallback_priority: Priority | str = Priority.SEDANG,
        description: str = "",
        units: Container[str] | None = None,
    ) -> RuleSet:
        """Build and validate a rule set.

        Args:
            name: the rule set's name (shown in decisions).
            rules: the rules, in order.
            fallback: the unit for complaints no rule matches.
            mode: ``"first-match"`` or ``"best-score"``.
            fallback_priority: priority of fallback decisions.
            description: free text.
            units: known unit ids (a :class:`~pengaduan.routing.UnitDirectory` or a set); when
                given, every unit a rule names must be in it.

        Raises:
            ConfigurationError: every problem of the set at once.
        """
        problems = []
        if type(name) is not str or not name:
            problems.append(f"name must be a non-empty str, not {type_name(name)}")
        if type(fallback) is not str:
            problems.append(f"fallback must be a str, not {type_name(fallback)}")
        if type(description) is not str:
            problems.append(f"description must be a str, not {type_name(description)}")
        if not isinstance(mode, str) or mode not in MatchMode._value2member_map_:
            problems.append("mode must be one of first-match, best-score")
        if (
            not isinstance(fallback_priority, str)
            or fallback_priority not in Priority._value2member_map_
        ):
            problems.append(f"fallback_priority must be one of {', '.join(Priority)}")
        items: tuple[object, ...] = ()
        if isinstance(rules, str | bytes | Mapping) or not isinstance(rules, Iterable):
            problems.append(f"rules must be an iterable of Rule, not {type_name(rules)}")
        else:
            items = tuple(rules)
            problems += [
                f"rules[{i}]: must be a Rule, not {type_name(rule)}"
                for i, rule in enumerate(items)
                if not isinstance(rule, Rule)
            ]
        if problems:
            raise ConfigurationError(f"rule set {shown(name)}", problems)
        ruleset = cls(
            name=name,
            rules=items,  # type: ignore[arg-type]  # checked above
            fallback=fallback,
            mode=mode,
            fallback_priority=fallback_priority,
            description=description,
        )
        ruleset.validate(units)
        return ruleset

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        units: Container[str] | None = None,
        lines: Mapping[int, int] | None = None,
        what: str | None = None,
    ) -> RuleSet:
        """Build a rule set from a mapping shaped like the TOML format (see the how-to guide).

        Args:
            data: the parsed document.
            units: known unit ids, as for :meth:`from_rules`.
            lines: rule index -> line number, used in problem messages.
            what: how to name the configuration in errors.

        Raises:
            ConfigurationError: every problem found, each naming the rule (and line).
        """
        if not isinstance(data, Mapping):
            raise ConfigurationError(
                what or "rule set", [f"expected a table, not {type_name(data)}"]
            )
        name = data.get("name")
        label = what or f"rule set {shown(name)}"
        problems: list[str] = []
        description = data.get("description", "")
        if type(description) is not str:
            problems.append(f"'description' must be a string, not {type_name(description)}")
            description = ""
        if not isinstance(name, str) or not name:
            problems.append("'name' must be a non-empty string")
            name = "?"
        unknown = sorted(set(data) - _SET_KEYS)
        problems.extend(f"unknown top-level key {shown(key)}" for key in unknown)
        mode = data.get("mode", MatchMode.FIRST_MATCH.value)
        if mode not in {m.value for m in MatchMode}:
            problems.append(f"'mode' must be one of first-match, best-score; got {shown(mode)}")
            mode = MatchMode.FIRST_MATCH
        fallback = data.get("fallback")
        if not isinstance(fallback, str) or not fallback:
            problems.append("'fallback' is required: the unit for complaints no rule matches")
            fallback = ""
        fallback_priority = _priority(data.get("fallback_priority", "sedang"), problems, "set")
        raw_rules = data.get("rule", [])
        if not isinstance(raw_rules, list):
            problems.append("'rule' must be an array of tables ([[rule]])")
            raw_rules = []
        rules: list[Rule] = []
        for index, raw in enumerate(raw_rules):
            line = (lines or {}).get(index)
            where = f"rule #{index + 1}"
            if isinstance(raw, Mapping) and isinstance(raw.get("name"), str):
                where = f"rule {raw['name']!r}"
            if line is not None:
                where += f" (line {line})"
            rule = _rule_from_dict(raw, where, problems)
            if rule is not None:
                rules.append(rule)
        ruleset = cls(
            name=name,
            rules=rules,
            fallback=fallback,
            mode=mode,
            fallback_priority=fallback_priority,
            description=description,
        )
        if not problems:
            problems.extend(ruleset._problems(units, lines))
        if problems:
            raise ConfigurationError(label, problems)
        return ruleset

    @classmethod
    def from_toml(cls, source: str | Path, *, units: Container[str] | None = None) -> RuleSet:
        """Load a rule set from TOML text or a ``.toml`` file path.

        Raises:
            ConfigurationError: a TOML syntax error (with its line) or every rule problem, each
                naming the rule and the line of its ``[[rule]]`` header.
        """
        data, text, what = load_toml(source, "rule file")
        header = re.compile(r"^\s*\[\[\s*rule\s*\]\]")
        starts = [n for n, line in enumerate(text.splitlines(), start=1) if header.match(line)]
        raw_rules = data.get("rule")
        lines = (
            dict(enumerate(starts))
            if isinstance(raw_rules, list) and len(raw_rules) == len(starts)
            else {}
        )
        return cls.from_dict(data, units=units, lines=lines, what=what)

    def validate(self, units: Container[str] | None = None) -> None:
        """Check the whole set.

        Raises:
            ConfigurationError: every problem at once.
        """
        problems = self._problems(units, None)
        if problems:
            raise ConfigurationError(f"rule set {shown(self.name)}", problems)

    def problems(self, units: Container[str] | None = None) -> list[str]:
        """Every problem of the set (empty when valid)."""
        return self._problems(units, None)

    def rule(self, name: str) -> Rule:
        """The rule called ``name``.

        Raises:
            UnknownRuleError: no such rule (a ``KeyError`` too).
        """
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise UnknownRuleError(what="rule", key=shown(name))

    @property
    def units(self) -> frozenset[str]:
        """Every unit the set can route to, the fallback included."""
        found = {self.fallback}
        for rule in self.rules:
            found.add(rule.unit)
            found.update(rule.co_units)
        return frozenset(found)

    def with_rules(
        self,
        *,
        before: Iterable[Rule] = (),
        after: Iterable[Rule] = (),
        without: Iterable[str] = (),
        name: str | None = None,
        units: Container[str] | None = None,
    ) -> RuleSet:
        """A new, validated set with rules added first/last and some removed by name.

        Raises:
            ConfigurationError: the new set is invalid (for example a name is used twice).
        """
        if (
            isinstance(without, str | bytes | Mapping)
            or not isinstance(without, Iterable)
            or not all(type(n) is str for n in without)
        ):
            raise ConfigurationError(
                f"rule set {shown(self.name)}", ["without must be an iterable of rule names"]
            )
        dropped = set(without)
        kept = [rule for rule in self.rules if rule.name not in dropped]
        missing = sorted(dropped - {rule.name for rule in self.rules})
        if missing:
            raise ConfigurationError(
                f"rule set {self.name!r}",
                [f"cannot remove unknown rule {shown(n)}" for n in missing],
            )
        return RuleSet.from_rules(
            name=name or self.name,
            rules=[*before, *kept, *after],
            fallback=self.fallback,
            mode=self.mode,
            fallback_priority=self.fallback_priority,
            description=self.description,
            units=units,
        )

    def _problems(self, units: Container[str] | None, lines: Mapping[int, int] | None) -> list[str]:
        problems: list[str] = []
        if not self.fallback:
            problems.append("no fallback unit: complaints that match no rule would be lost")
        elif units is not None and self.fallback not in units:
            problems.append(f"fallback unit {shown(self.fallback)} is not in the unit directory")
        seen: dict[str, int] = {}
        misshapen = False
        for index, rule in enumerate(self.rules):
            shape = _rule_shape(rule, index)
            if shape:
                problems.extend(shape)
                misshapen = True
                continue
            where = _where(rule, index, lines)
            if not _NAME.match(rule.name):
                problems.append(f"{where}: name must match [a-z0-9][a-z0-9_.-]*")
            if rule.name in seen:
                problems.append(f"{where}: name already used by rule #{seen[rule.name] + 1}")
            seen.setdefault(rule.name, index)
            if not _is_condition(rule.when):
                problems.append(f"{where}: 'when' is not a condition")
                continue
            problems.extend(_unit_problems(rule, where, units))
            problems.extend(_term_problems(rule.when, where))
        if not misshapen:
            problems.extend(self._shadow_problems(lines))
        return problems

    def _shadow_problems(self, lines: Mapping[int, int] | None) -> list[str]:
        problems = []
        conditions = [r.when for r in self.rules if _is_condition(r.when)]
        if len(conditions) != len(self.rules):
            return []
        # Only earlier rules that could shadow a rule are checked: a condition implied by
        # another is gated by terms the other must mention (see _gate), so an index from term
        # to earlier rules finds them without comparing every pair (5,000 rules compile in
        # about a second instead of minutes). Same problems, in the same order, as all pairs.
        gated: dict[str, list[int]] = {}
        open_rules: list[int] = []
        for later_index, later in enumerate(self.rules):
            mentioned = _mentioned(later.when)
            if mentioned is None:
                candidates: Iterable[int] = range(later_index)
            else:
                found = set(open_rules)
                for term in mentioned:
                    found.update(gated.get(term, ()))
                candidates = sorted(found)
            gate = _gate(later.when)
            if gate is None:
                open_rules.append(later_index)
            else:
                for term in gate:
                    gated.setdefault(term, []).append(later_index)
            for earlier_index in candidates:
                earlier = self.rules[earlier_index]
                if self.mode is MatchMode.FIRST_MATCH:
                    shadowed = _implies(later.when, earlier.when)
                else:
                    shadowed = later.when == earlier.when
                if shadowed:
                    problems.append(
                        f"{_where(later, later_index, lines)}: unreachable, shadowed by earlier "
                        f"rule {earlier.name!r} (it matches whenever this one does)"
                    )
                    break
        return problems


def _is_condition(value: object) -> bool:
    return isinstance(value, Condition)


def _where(rule: Rule, index: int, lines: Mapping[int, int] | None) -> str:
    where = f"rule {rule.name!r}"
    line = (lines or {}).get(index)
    return where if line is None else f"{where} (line {line})"


def _rule_shape(rule: object, index: int) -> list[str]:
    """Type problems of a rule built with the plain constructors (which check nothing)."""
    where = f"rule #{index + 1}"
    if not isinstance(rule, Rule):
        return [f"{where}: must be a Rule, not {type_name(rule)}"]
    problems = [
        f"{where}: {field} must be a str, not {type_name(getattr(rule, field))}"
        for field in ("name", "unit", "description")
        if type(getattr(rule, field)) is not str
    ]
    if not all(type(unit) is str for unit in rule.co_units):
        problems.append(f"{where}: co_units must be strs")
    if not _is_condition(rule.when):
        problems.append(f"{where}: 'when' is not a condition")
    return problems


def _unit_problems(rule: Rule, where: str, units: Container[str] | None) -> list[str]:
    problems = []
    if not rule.unit:
        problems.append(f"{where}: no target unit")
    elif units is not None and rule.unit not in units:
        problems.append(f"{where}: unknown unit {rule.unit!r}")
    for co_unit in rule.co_units:
        if units is not None and co_unit not in units:
            problems.append(f"{where}: unknown co-unit {co_unit!r}")
        if co_unit == rule.unit:
            problems.append(f"{where}: co-unit {co_unit!r} is also the target unit")
    return problems


def _term_problems(condition: Condition, where: str) -> list[str]:
    problems = []
    for term in sorted(condition.terms()):
        reason = _term_problem(term)
        if reason:
            problems.append(f"{where}: bad keyword term: {reason}")
    for node in _walk(condition):
        if isinstance(node, _HasAny | _HasAll | _HasNone) and not node.terms_:
            problems.append(f"{where}: {node!r} has no terms")
        if isinstance(node, _AllOf | _AnyOf) and not node.parts:
            problems.append(f"{where}: {node!r} has no conditions")
        if isinstance(node, _FieldIs) and not node.values:
            problems.append(f"{where}: {node!r} has no values")
    return problems


def _walk(condition: Condition) -> Iterable[Condition]:
    yield condition
    if isinstance(condition, _AllOf | _AnyOf):
        for part in condition.parts:
            yield from _walk(part)
    elif isinstance(condition, _Not):
        yield from _walk(condition.part)


def _implies(b: Condition, a: Condition) -> bool:  # noqa: PLR0911, PLR0912 - one case per shape
    """Conservatively decide whether ``b`` holding always means ``a`` holds.

    ``False`` means "not proven"; validation only reports what is proven.
    """
    if b == a or isinstance(a, _Always):
        return True
    if isinstance(b, _AnyOf):
        return bool(b.parts) and all(_implies(part, a) for part in b.parts)
    if isinstance(a, _AllOf):
        return bool(a.parts) and all(_implies(b, part) for part in a.parts)
    if isinstance(a, _AnyOf):
        return any(_implies(b, part) for part in a.parts)
    if isinstance(b, _AllOf):
        if any(_implies(part, a) for part in b.parts):
            return True
        if isinstance(a, _HasAll):
            required = _required_terms(b)
            return set(a.terms_) <= required
        return False
    if isinstance(a, _HasAny):
        if isinstance(b, _HasAny):
            return set(b.terms_) <= set(a.terms_)
        if isinstance(b, _HasAll):
            return bool(set(b.terms_) & set(a.terms_))
        return False
    if isinstance(a, _HasAll) and isinstance(b, _HasAll):
        return set(a.terms_) <= set(b.terms_)
    if isinstance(a, _HasNone) and isinstance(b, _HasNone):
        return set(a.terms_) <= set(b.terms_)
    if isinstance(a, _FieldIs) and isinstance(b, _FieldIs):
        return a.field == b.field and b.values <= a.values
    return False


def _mentioned(condition: Condition) -> set[str] | None:
    """Every term ``condition`` names anywhere, or None when that cannot be told (an app's own
    condition type, or a keyword condition without terms)."""
    if isinstance(condition, _HasAny | _HasAll | _HasNone):
        return set(condition.terms_) if condition.terms_ else None
    if isinstance(condition, _AllOf | _AnyOf):
        found: set[str] = set()
        for part in condition.parts:
            inner = _mentioned(part)
            if inner is None:
                return None
            found |= inner
        return found
    if isinstance(condition, _Not):
        return _mentioned(condition.part)
    if isinstance(condition, _FieldIs | _Always):
        return set()
    return None


def _gate(condition: Condition) -> frozenset[str] | None:
    """Terms of which any condition that :func:`_implies` ``condition`` names at least one.

    None when there is no such guarantee (a condition without keywords can be implied by one
    without keywords). Follows the cases of :func:`_implies` one by one.
    """
    if isinstance(condition, _HasAny | _HasAll | _HasNone):
        return frozenset(condition.terms_) or None
    if isinstance(condition, _AllOf) and condition.parts:
        for part in condition.parts:  # every part must be implied: one gate is enough
            gate = _gate(part)
            if gate is not None:
                return gate
        return None
    if isinstance(condition, _AnyOf) and condition.parts:
        union: set[str] = set()
        for part in condition.parts:  # some part must be implied: all gates are needed
            gate = _gate(part)
            if gate is None:
                return None
            union |= gate
        return frozenset(union)
    return None


def _required_terms(condition: Condition) -> set[str]:
    if isinstance(condition, _HasAll):
        return set(condition.terms_)
    if isinstance(condition, _HasAny) and len(condition.terms_) == 1:
        return set(condition.terms_)
    if isinstance(condition, _AllOf):
        return set().union(*(_required_terms(part) for part in condition.parts))
    return set()


def _priority(value: object, problems: list[str], where: str) -> Priority:
    try:
        return Priority(str(value))
    except ValueError:
        allowed = ", ".join(p.value for p in Priority)
        problems.append(f"{where}: priority must be one of {allowed}; got {shown(value)}")
        return Priority.SEDANG


def _string_list(raw: Mapping[str, Any], key: str, where: str, problems: list[str]) -> list[str]:
    value = raw[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where}: {shown(key)} must be a string or a list of strings")
        return []
    if not value:
        problems.append(f"{where}: {key!r} is empty")
    return value


def _condition_from_dict(  # noqa: PLR0912 - one branch per TOML key
    raw: Mapping[str, Any], where: str, problems: list[str], *, nested: bool
) -> Condition | None:
    parts: list[Condition] = []
    factories = {
        "any": has_any,
        "all": has_all,
        "none": has_none,
        "category": category_is,
        "kelurahan": kelurahan_is,
        "kecamatan": kecamatan_is,
    }
    for key, factory in factories.items():
        if key in raw:
            parts.append(factory(*_string_list(raw, key, where, problems)))
    for key, enum, enum_factory in (
        ("classification", Classification, classification_is),
        ("channel", Channel, channel_is),
    ):
        if key in raw:
            values = _string_list(raw, key, where, problems)
            bad = [v for v in values if v not in {m.value for m in enum}]
            if bad:
                allowed = ", ".join(m.value for m in enum)
                problems.append(f"{where}: unknown {key} {_show(bad)}; allowed: {allowed}")
            else:
                parts.append(enum_factory(*values))
    if "always" in raw:
        if raw["always"] is not True:
            problems.append(f"{where}: 'always' may only be true")
        parts.append(always())
    if "either" in raw:
        if nested:
            problems.append(f"{where}: 'either' cannot be nested inside 'either'")
        options = raw["either"]
        if not isinstance(options, list) or not options:
            problems.append(f"{where}: 'either' must be a non-empty array of tables")
        else:
            alternatives = []
            for number, option in enumerate(options, start=1):
                inner = f"{where} either #{number}"
                if not isinstance(option, Mapping):
                    problems.append(f"{inner}: must be a table")
                    continue
                unknown = sorted(set(option) - (_CONDITION_KEYS - {"either"}))
                problems.extend(f"{inner}: unknown key {shown(key)}" for key in unknown)
                condition = _condition_from_dict(option, inner, problems, nested=True)
                if condition is not None:
                    alternatives.append(condition)
            parts.append(any_of(*alternatives))
    if not parts:
        problems.append(f"{where}: no condition (use always = true for a catch-all rule)")
        return None
    return parts[0] if len(parts) == 1 else all_of(*parts)


def _rule_from_dict(raw: object, where: str, problems: list[str]) -> Rule | None:
    if not isinstance(raw, Mapping):
        problems.append(f"{where}: must be a table")
        return None
    count = len(problems)
    unknown = sorted(set(raw) - _RULE_KEYS)
    problems.extend(f"{where}: unknown key {shown(key)}" for key in unknown)
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        problems.append(f"{where}: 'name' must be a non-empty string")
    unit = raw.get("unit")
    if not isinstance(unit, str) or not unit:
        problems.append(f"{where}: 'unit' (the target unit id) is required")
    co_units = raw.get("co_units", [])
    if not isinstance(co_units, list) or not all(isinstance(u, str) for u in co_units):
        problems.append(f"{where}: 'co_units' must be a list of unit ids")
        co_units = []
    priority = _priority(raw.get("priority", "sedang"), problems, where)
    condition = _condition_from_dict(raw, where, problems, nested=False)
    if len(problems) > count or condition is None:
        return None
    assert isinstance(name, str)  # noqa: S101 - checked above
    assert isinstance(unit, str)  # noqa: S101 - checked above
    return Rule(
        name=name,
        when=condition,
        unit=unit,
        co_units=co_units,
        priority=priority,
        description=str(raw.get("description", "")),
    )
