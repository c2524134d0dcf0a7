"""The router: a compiled rule set that routes complaints and explains every decision.

[`Router`][pengaduan.routing.Router] compiles a [`RuleSet`][pengaduan.routing.RuleSet] once: every
keyword term is
expanded (affixed forms, abbreviations, the clitic ``-nya``) into whole-word token sequences and
put in a keyword index (`pengaduan.routing._matcher`), and each term points to the rules that
mention it. Routing a complaint normalises and tokenises its text once, finds the terms it
contains with the index, and decides only the rules those terms point to (plus rules that need
no keyword). Cost grows with the keyword words of the text and the rules actually hit, not with
the size of the rule set.

Most rules are a plain ``has_any``. Those are decided from the terms hit alone: each term knows
its position in every such rule, so a rule's verdict (its terms hit, in its own order, scoring
their number of words) needs no condition to be evaluated. For a word whose rules are all a
``has_any`` of one-word keywords (and that starts no phrase), the index also keeps *word
postings*: the rules the word triggers and, for each, the candidate and decision fields it
yields when it is the only word of the text hitting that rule. A text whose rule words all have
postings is routed from them alone; anything else takes the general path, with the same result.

``Router.route()`` on a bare text fuses the steps: the normaliser's words go to the index, and
when no hit term needs a condition evaluated the decision is read from tables compiled here
(each term's ``has_any`` rules, repeated by its number of words, so that scores are counts; in
first-match mode each term's first rule), with the terms and words worked out for the winner
and the runners-up only.

A [`RoutingDecision`][pengaduan.routing.RoutingDecision] explains itself: the unit, the rule, the
terms and words that
triggered it, the runners-up, and whether a person must review it (no rule matched, no words, a
tie between units). It never raises for odd text: anything routes to some unit.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from itertools import chain, repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from pengaduan._core.arguments import guarded
from pengaduan._core.text import encodable
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, ConfigurationError, type_name
from pengaduan.model import Channel, Classification, Complaint, Location, Submission
from pengaduan.routing._conditions import Document, Verdict, _HasAny, keyword_score, place_key
from pengaduan.routing._decision import Candidate, NameSource, ReviewReason, RoutingDecision
from pengaduan.routing._evaluation import Evaluation, Move, WhatIfReport
from pengaduan.routing._matcher import KeywordIndex, expand_term
from pengaduan.routing._rule import MatchMode, Priority
from pengaduan.routing._ruleset import RuleSet, _must_be
from pengaduan.routing.directory import UnitDirectory
from pengaduan.routing.normalize import Normalizer

if TYPE_CHECKING:
    from collections.abc import Container, Sequence
    from enum import StrEnum

__all__ = ["Routable", "Router", "what_if"]

Routable = Complaint | Submission | str
"""What [`Router.route()`][pengaduan.routing.Router.route] accepts: a complaint, a submission or a
bare text."""


def _compile(
    rules: RuleSet, normalizer: Normalizer, clitics: tuple[str, ...]
) -> tuple[KeywordIndex, dict[str, tuple[int, ...]], tuple[int, ...], list[str]]:
    """The keyword index of every term, the rules each anchor term points to, the rules that
    need no keyword, and every term problem (naming the first rule that uses the term)."""
    owner: dict[str, str] = {}
    term_rules: dict[str, list[int]] = {}
    unanchored: list[int] = []
    for index, rule in enumerate(rules.rules):
        for term in sorted(rule.when.terms()):
            owner.setdefault(term, rule.name)
        anchors = rule.when.anchors()
        if anchors is None:
            unanchored.append(index)
        else:
            for term in anchors:
                term_rules.setdefault(term, []).append(index)
    keywords, bad = KeywordIndex.compile(owner, normalizer, clitics)
    problems: list[str] = [
        Phrase(
            N_("{path}: {problem}"),
            path=Phrase(N_("rule {name}"), name=shown(owner[term])),
            problem=reason,
        )
        for term, reason in bad.items()
    ]
    return (
        keywords,
        {k: tuple(sorted(set(v))) for k, v in term_rules.items()},
        tuple(unanchored),
        problems,
    )


_Inside = tuple[int, str, bool]
"""A term that can lie inside another: (rule, the other term, whether the other term comes
first in the rule)."""


def _overlaps(
    any_terms: Sequence[tuple[str, ...]], normalizer: Normalizer, clitics: tuple[str, ...]
) -> tuple[frozenset[int], dict[str, tuple[_Inside, ...]]]:
    """The ``has_any`` rules where one term can be found inside another (``lurah`` in
    ``kantor lurah``, or two terms as the same words) or that name a term twice, and for every
    term that can lie inside another of its rule, where.

    Only for those rules does `keyword_score()` differ from the plain sum of the words of the
    distinct terms hit; the fast paths score every other rule by counting.
    """
    rules: set[int] = set()
    inside: dict[str, list[_Inside]] = {}
    for index, rule_terms in enumerate(any_terms):
        distinct = tuple(dict.fromkeys(rule_terms))
        if len(distinct) != len(rule_terms):
            rules.add(index)
        position = {term: number for number, term in enumerate(distinct)}
        owners: dict[tuple[str, ...], set[str]] = {}
        forms: dict[str, set[tuple[str, ...]]] = {}
        for term in distinct:
            try:
                expanded = expand_term(term, normalizer, clitics)
            except ConfigurationError:  # reported with the rule set's problems
                continue
            forms[term] = expanded
            for form in expanded:
                owners.setdefault(form, set()).add(term)
        pairs: set[tuple[str, str]] = set()
        for outer, expanded in forms.items():
            for form in expanded:
                for start in range(len(form)):
                    for end in range(start + 1, len(form) + 1):
                        pairs.update(
                            (inner, outer)
                            for inner in owners.get(form[start:end], ())
                            if inner != outer
                        )
        for inner, outer in sorted(pairs):
            rules.add(index)
            inside.setdefault(inner, []).append((index, outer, position[outer] < position[inner]))
    return frozenset(rules), {term: tuple(found) for term, found in inside.items()}


class _SpecificUnits(NamedTuple):
    """The directory's specific units, compiled for finding their names in a text."""

    of: dict[str, frozenset[str]]
    """Generic unit -> its specific units."""
    keywords: KeywordIndex
    """Every name of a specific unit, as keyword terms."""
    named: dict[str, tuple[str, ...]]
    """Name -> the specific units it names."""

    def concern(self, decision: RoutingDecision) -> bool:
        """True when the decision's unit or a related unit has specific units."""
        return decision.unit in self.of or not self.of.keys().isdisjoint(decision.related_units)

    def named_in(self, tokens: Sequence[str]) -> frozenset[str]:
        """The specific units whose names ``tokens`` mention."""
        hits = self.keywords.hits(tokens)
        if len(hits) > 1:
            # A name found inside a longer name found (puskesmas oesapa in puskesmas oesapa
            # barat) is that mention: only the longer one names a unit.
            padded = {name: f" {form} " for name, form in hits.items()}
            hits = {
                name: form
                for name, form in hits.items()
                if not any(
                    padded[name] in other and len(other) > len(padded[name])
                    for other in padded.values()
                )
            }
        return frozenset(unit for name in hits for unit in self.named[name])

    def named_as(self, tokens: Sequence[str]) -> frozenset[str]:
        """The specific units one of whose names is the whole of ``tokens``."""
        whole = " ".join(tokens)
        hits = self.keywords.hits(tokens)
        return frozenset(
            unit for name, form in hits.items() if form == whole for unit in self.named[name]
        )

    def pick(
        self,
        generic: str,
        in_text: frozenset[str],
        places: Sequence[tuple[NameSource, frozenset[str]]],
    ) -> tuple[str | None, NameSource | None, bool]:
        """The specific unit of ``generic`` the complaint names, where its name was found,
        and whether a location field names another one instead.

        The text decides when it names one unit of ``generic``; a location field that names
        units of ``generic`` but not that one is a conflict (the text's unit stays, for review).
        Otherwise the location fields decide when they name exactly one unit of ``generic``
        among those the text names (any, when the text names none); the first field naming it
        is the source. Several, or none: None (the generic unit stays, the admin picks).
        """
        mine = self.of.get(generic)
        if mine is None:
            return None, None, False
        text = in_text & mine
        fields = [(source, named & mine) for source, named in places]
        if len(text) == 1:
            (unit,) = text
            conflict = any(named and unit not in named for _source, named in fields)
            return unit, NameSource.TEXT, conflict
        choices = frozenset().union(*(named for _source, named in fields))
        if text:
            choices &= text
        if len(choices) != 1:
            return None, None, False
        (unit,) = choices
        return unit, next(source for source, named in fields if unit in named), False


def _specific_units(
    directory: UnitDirectory | None, normalizer: Normalizer, clitics: tuple[str, ...]
) -> tuple[_SpecificUnits | None, list[str]]:
    """The specific units of ``directory`` (None when it has none), and every name problem."""
    if directory is None:
        return None, []
    of: dict[str, set[str]] = {}
    named: dict[str, list[str]] = {}
    for unit in directory:
        if unit.generic is not None:
            of.setdefault(unit.generic, set()).add(unit.id)
            for name in unit.names:
                named.setdefault(name, []).append(unit.id)
    if not named:
        return None, []
    index, bad = KeywordIndex.compile(named, normalizer, clitics)
    problems: list[str] = [
        Phrase(
            N_("{path}: {problem}"),
            path=Phrase(N_("unit {unit}"), unit=repr(named[name][0])),
            problem=reason,
        )
        for name, reason in bad.items()
    ]
    specific = _SpecificUnits(
        {generic: frozenset(units) for generic, units in of.items()},
        index,
        {name: tuple(units) for name, units in named.items()},
    )
    return specific, problems


def _place_index(
    rules: RuleSet, overriding: frozenset[int], normalizer: Normalizer, clitics: tuple[str, ...]
) -> KeywordIndex | None:
    """The keyword index of the overriding rules' terms (None when no rule overrides): what
    the location fields are read for."""
    terms = sorted({term for index in overriding for term in rules.rules[index].when.terms()})
    if not terms:
        return None
    # Every term compiled already with the whole rule set (a bad one was reported there).
    index, _problems = KeywordIndex.compile(terms, normalizer, clitics)
    return index


_PlacedMatch = tuple[NameSource, list[tuple[int, "Verdict"]], dict[str, str]]
"""Overriding rules matched in a location field: the field, the rules with their verdicts
(the winner first) and the field's hits."""


def _single_word_any(condition: object) -> tuple[str, ...] | None:
    if isinstance(condition, _HasAny) and all(" " not in t for t in condition.terms_):
        return condition.terms_
    return None


_Head = tuple[str, str, str, tuple[str, ...], Priority]
"""The decision fields that depend on the winning rule only: unit, rule, ruleset, co-units and
priority."""
_Partial = tuple[str, str, str, tuple[str, ...], Priority, tuple[str, ...], tuple[str, ...], int]
"""A head followed by the terms, words and score of a win."""


class _Posting(NamedTuple):
    """What one word of a text contributes when it is the only word hitting its rules."""

    rules: tuple[int, ...]
    """The rules the word triggers, in rule order."""
    wins: Mapping[int, tuple[Candidate, _Partial]]
    """Rule -> its candidate and the first fields of its decision, when no other word of the
    text hits the rule."""


def _word_postings(
    keywords: KeywordIndex,
    term_rules: Mapping[str, tuple[int, ...]],
    fast: Sequence[tuple[str, ...] | None],
    heads: Sequence[_Head],
) -> dict[str, _Posting]:
    """Postings for the words that decide rules alone.

    A word qualifies when it starts no phrase and every rule its terms point to is a plain
    ``has_any`` of one-word terms (see `_single_word_any()`): for a text whose rule words
    all qualify, a rule matches exactly when it is in the postings of one of them, and when
    only one of them hits the rule, its terms, words and score are known in advance.
    """
    postings: dict[str, _Posting] = {}
    for word, terms in keywords.single.items():
        if word in keywords.firsts:
            continue
        indices = {index for term in terms for index in term_rules.get(term, ())}
        if any(fast[index] is None for index in indices):
            continue
        wins: dict[int, tuple[Candidate, _Partial]] = {}
        for index in sorted(indices):
            found = tuple(term for term in fast[index] or () if term in terms)
            unit, name = heads[index][:2]
            # Every term found here was found as this one word: it counts once.
            score = keyword_score(found, dict.fromkeys(found, word))
            wins[index] = (
                Candidate(name, unit, score, found),
                (*heads[index], found, (word,), score),
            )
        postings[word] = _Posting(tuple(sorted(indices)), wins)
    return postings


def _rank_key(item: tuple[int, int, Verdict | None]) -> tuple[int, int]:
    return item[0], item[1]


def _by_score(item: tuple[int, Verdict]) -> tuple[int, int]:
    return -item[1].score, item[0]


_FEW_HITS = 4
"""Up to this many terms hit, `Router._best_hit()` counts scores with ``list.count``;
above, with a ``Counter`` fed in C (cheaper for long texts)."""

_NO_RULE = sys.maxsize
"""Larger than any rule's index: what a term of no has_any rule stands for in `min()`."""

_WALK = 16
"""First-match runners-up are looked for among this many rules after the winner first."""

_OUT_OF_SCOPE = (ReviewReason.OUT_OF_SCOPE,)

_new_tuple = tuple.__new__
"""Builds a named tuple from a plain tuple of its fields, skipping the keyword constructor."""


def _location_of(item: Routable) -> Location | None:
    if isinstance(item, Complaint | Submission):
        return item.location
    return None


class Router:
    """Routes complaints with one compiled rule set.

    Args:
        rules: the rule set.
        normalizer: how texts and keyword terms are normalised (default:
            [`Normalizer.default()`][pengaduan.routing.Normalizer.default]).
        directory: when given, every unit the rules name must be in it, decisions say
            whether the unit is out of the government's scope, and a decision for a generic
            unit goes to the one specific unit of it the text names, else the one the
            complaint's location fields name (see
            [`Unit.generic`][pengaduan.routing.Unit.generic] and
            [`RoutingDecision.named_in`][pengaduan.routing.RoutingDecision.named_in]).
        runners_up: how many other units to report in a decision.
        clitics: endings every keyword also accepts (``jalan`` matches ``jalannya``).

    Raises:
        ConfigurationError: an argument of the wrong type, the rule set is invalid, or a keyword
            term normalises to nothing.

    Example:
        >>> from pengaduan.routing import Router, RuleSet, Rule, has_any
        >>> rules = RuleSet.from_rules(
        ...     name="demo",
        ...     rules=[Rule(name="jalan", when=has_any("jalan+-an", "aspal"), unit="pupr")],
        ...     fallback="admin",
        ... )
        >>> Router(rules).route("jln rusak parah").unit
        'pupr'
    """

    __slots__ = (
        "_anchored",
        "_any_posts",
        "_any_terms",
        "_any_weights",
        "_brings",
        "_external",
        "_fallbacks",
        "_fast",
        "_first_match",
        "_first_of",
        "_fused",
        "_general",
        "_heads",
        "_inside",
        "_keywords",
        "_names",
        "_overlap_rules",
        "_overlapping",
        "_override_units",
        "_overriding",
        "_place_keywords",
        "_positions",
        "_postings",
        "_replaced",
        "_rules_of",
        "_scan",
        "_simple",
        "_specific",
        "_tags",
        "_term_rules",
        "_term_sets",
        "_unanchored",
        "_units",
        "_weighted",
        "clitics",
        "directory",
        "normalizer",
        "rules",
        "runners_up",
    )

    def __init__(
        self,
        rules: RuleSet,
        *,
        normalizer: Normalizer | None = None,
        directory: UnitDirectory | None = None,
        runners_up: int = 3,
        clitics: Iterable[str] = ("nya",),
    ) -> None:
        clitics = _check_router_arguments(rules, normalizer, directory, runners_up, clitics)
        self.rules = rules
        self.normalizer = normalizer if normalizer is not None else Normalizer.default()
        self.directory = directory
        self.runners_up = runners_up
        self.clitics = tuple(clitics)
        units: Container[str] | None = directory
        problems = rules.problems(units)
        keywords, term_rules, unanchored, compile_problems = _compile(
            rules, self.normalizer, self.clitics
        )
        problems.extend(compile_problems)
        self._specific, name_problems = _specific_units(directory, self.normalizer, self.clitics)
        problems.extend(name_problems)
        if problems:
            raise ConfigurationError(
                Phrase(N_("rule set {name}"), name=shown(rules.name)), problems
            )
        self._keywords = keywords
        self._term_rules = term_rules
        self._unanchored = unanchored
        self._first_match = rules.mode is MatchMode.FIRST_MATCH
        self._replaced = self.normalizer.replaced_words
        self._scan = keywords.vocabulary | self._replaced
        # The rule words each replaced word brings (replacements are never replaced again, so
        # a replaced word is never a rule word itself).
        self._brings = {
            word: keywords.vocabulary.intersection(self.normalizer.normalize_word(word))
            for word in self._replaced
        }
        self._units = tuple(rule.unit for rule in rules.rules)
        self._names = tuple(rule.name for rule in rules.rules)
        # The first fields of each rule's Candidate.
        self._tags = tuple((rule.name, rule.unit) for rule in rules.rules)
        # Rules that are a plain has_any of one-word terms are decided by the index alone: if
        # any of their terms is hit they match, and their score is the number of terms hit.
        self._fast: tuple[tuple[str, ...] | None, ...] = tuple(
            _single_word_any(rule.when) for rule in rules.rules
        )
        # Rules that are a plain has_any (the usual kind) are decided from the terms hit alone:
        # each hit term points to its position in every such rule, and the rule's verdict is
        # its terms hit, in its own order, scoring their number of words. Other rules are
        # evaluated, when a term they are anchored on is hit or when they have no anchor.
        self._any_terms: tuple[tuple[str, ...], ...] = tuple(
            rule.when.terms_ if type(rule.when) is _HasAny else () for rule in rules.rules
        )
        self._any_weights = tuple(
            tuple(term.count(" ") + 1 for term in terms) for terms in self._any_terms
        )
        any_posts: dict[str, list[tuple[int, int]]] = {}
        for index, terms in enumerate(self._any_terms):
            for position, term in enumerate(terms):
                any_posts.setdefault(term, []).append((index, position))
        self._any_posts = {term: tuple(posts) for term, posts in any_posts.items()}
        self._anchored = {
            term: others
            for term, indices in term_rules.items()
            if (others := tuple(i for i in indices if type(rules.rules[i].when) is not _HasAny))
        }
        # For the fused decision (`_best_hit()`): each term's has_any rules, every rule
        # repeated by the term's word count, so that a rule's score is how often it occurs
        # (a term named twice by a rule counts once).
        weighted: dict[str, list[int]] = {}
        for index, terms in enumerate(self._any_terms):
            for term in dict.fromkeys(terms):
                weighted.setdefault(term, []).extend([index] * (term.count(" ") + 1))
        self._weighted = {term: tuple(indices) for term, indices in weighted.items()}
        # For first-match mode: each term's has_any rules, and the first of them.
        self._rules_of = {term: tuple(dict.fromkeys(rules)) for term, rules in weighted.items()}
        self._first_of = {term: rules[0] for term, rules in weighted.items()}
        self._term_sets = tuple(frozenset(terms) for terms in self._any_terms)
        # Each has_any rule's term -> position (None when a term repeats: filtered in order).
        self._positions: tuple[dict[str, int] | None, ...] = tuple(
            {term: position for position, term in enumerate(terms)}
            if len(set(terms)) == len(terms)
            else None
            for terms in self._any_terms
        )
        # The has_any rules where a term can be found inside another: their score is not the
        # count of the words of their terms hit once two of those terms are hit.
        self._overlap_rules, self._inside = _overlaps(
            self._any_terms, self.normalizer, self.clitics
        )
        self._overlapping = frozenset(self._inside)
        # Rules that override the others, and rules that ask for review: decisions they take
        # part in are made on the general path (`_decide()`), which knows about both.
        # Overriding rules also read the location fields, for their own words only (see
        # `_placed_override()`): an index of their terms alone, so that no other rule's word
        # (a street's ``jalan``, an office's name) is ever looked for there.
        self._compile_overriding()
        special = self._overriding | {i for i, rule in enumerate(rules.rules) if rule.review}
        special_terms = {
            term for index in special for term in rules.rules[index].when.anchors() or ()
        }
        # Terms that need a condition evaluated (or a rule above); with none of them hit, and
        # no rule that needs no keyword, a decision is read from the has_any tables alone.
        self._general = frozenset(self._anchored) | special_terms
        self._fused = not unanchored
        # The fields of a decision that depend on the winning rule only, in field order.
        self._heads: tuple[_Head, ...] = tuple(
            (rule.unit, rule.name, rules.name, rule.co_units, rule.priority) for rule in rules.rules
        )
        self._external = tuple(self._out_of_scope(rule.unit) for rule in rules.rules)
        # The two no-match decisions (with and without words) are the same every time.
        self._fallbacks = (
            self._fallback((ReviewReason.NO_WORDS, ReviewReason.NO_MATCH)),
            self._fallback((ReviewReason.NO_MATCH,)),
        )
        self._postings = _word_postings(keywords, term_rules, self._fast, self._heads)
        # Words the postings alone can route; None when some rule needs no keyword (it must be
        # checked for every text, so the shortcut does not apply).
        self._simple: frozenset[str] | None = (
            None
            if unanchored
            else frozenset(
                word
                for word, posting in self._postings.items()
                if special.isdisjoint(posting.rules)
            )
            - self._replaced
        )

    def _compile_overriding(self) -> None:
        """The overriding rules, and the index of their terms (what the location fields are
        read for)."""
        rules = self.rules.rules
        self._overriding = frozenset(i for i, rule in enumerate(rules) if rule.overrides)
        self._place_keywords = _place_index(
            self.rules, self._overriding, self.normalizer, self.clitics
        )
        self._override_units = len({rules[i].unit for i in self._overriding})

    def __repr__(self) -> str:
        return (
            f"Router(rules={self.rules.name!r}, mode={self.rules.mode.value!r}, "
            f"rule_count={len(self.rules.rules)}, normalizer={self.normalizer.name!r})"
        )

    def document(
        self,
        item: Routable,
        *,
        category: str | None = None,
        classification: Classification | str | None = None,
        channel: Channel | str | None = None,
        kelurahan: str | None = None,
        kecamatan: str | None = None,
    ) -> Document:
        """The [`Document`][pengaduan.routing.Document] the rules see for ``item``; keyword
        arguments override fields.

        The text looked at is the subject (if any) followed by the text.

        Raises:
            ArgumentError: ``item`` is not a text, Submission or Complaint, or an override is
                not a str (or None) or not a known classification or channel.
        """
        _check_item(item)
        for argument, value in (
            ("category", category),
            ("kelurahan", kelurahan),
            ("kecamatan", kecamatan),
        ):
            if value is not None and type(value) is not str:
                raise ArgumentError(
                    argument=argument, rule="must be a str or None", given=type_name(value)
                )
        classification = _vocabulary(classification, Classification, "classification")
        channel = _vocabulary(channel, Channel, "channel")
        if isinstance(item, str):
            text = item
            if category is classification is channel is kelurahan is kecamatan is None:
                tokens = self.normalizer.tokens(text)
                return Document(tokens=tokens, hits=self._hits(tokens))
        else:
            text = item.text if item.subject is None else f"{item.subject}\n{item.text}"
            category = category if category is not None else item.category
            classification = classification if classification is not None else item.classification
            channel = channel if channel is not None else item.channel
        location = _location_of(item)
        address = None
        if location is not None:
            kelurahan = kelurahan if kelurahan is not None else location.kelurahan
            kecamatan = kecamatan if kecamatan is not None else location.kecamatan
            address = location.address
        tokens = self.normalizer.tokens(text)
        return Document(
            tokens=tokens,
            hits=self._hits(tokens),
            category=None if category is None else category.casefold().strip(),
            classification=None if classification is None else Classification(classification),
            channel=None if channel is None else Channel(channel),
            kelurahan=None if kelurahan is None else place_key(kelurahan),
            kecamatan=None if kecamatan is None else place_key(kecamatan),
            address=address,
        )

    def _hits(self, tokens: tuple[str, ...] | list[str]) -> dict[str, str]:
        return self._keywords.hits(tokens)

    def candidates(self, doc: Document) -> list[Candidate]:
        """Every rule that matches ``doc``, in rule order (first-match) or best score first.

        The rules are matched against the document's text (with its category, classification,
        channel and place fields as conditions). An overriding rule whose words stand only in a
        location field (the address, say) is not among them: `route()` reads those fields for
        overriding rules and says so in
        [`RoutingDecision.matched_in`][pengaduan.routing.RoutingDecision.matched_in].

        Raises:
            ArgumentError: ``doc`` is not a [`Document`][pengaduan.routing.Document].
        """
        _check_document(doc)
        matched = self._matching(doc.hits, doc, doc.tokens, limit=None)
        return [self._candidate(i, v) for i, v in matched]

    def matches(self, item: Routable) -> tuple[str, ...]:
        """Names of every rule matching ``item``'s text, in rule order (as
        [`candidates()`][pengaduan.routing.Router.candidates], whose note on location fields
        applies here too)."""
        doc = self.document(item)
        found = sorted(i for i, _ in self._matching(doc.hits, doc, doc.tokens, limit=None))
        return tuple(self.rules.rules[i].name for i in found)

    def _matching(
        self,
        hits: Mapping[str, str],
        doc: Document | None,
        tokens: Sequence[str],
        *,
        limit: int | None,
    ) -> list[tuple[int, Verdict]]:
        # ``doc`` may be None for a bare text: it is built only if a rule needs more than the
        # index (the result is the same as with a full document).
        found, others = self._keyword_rules(hits)
        if not found and not others:
            return []
        if not self._first_match:
            return self._best_matches(found, others, hits, doc, tokens, limit)
        rules = self.rules.rules
        unit_of = self._units
        seen_units: set[str] = set()
        matched: list[tuple[int, Verdict]] = []
        order = sorted(found.keys() | others) if others else sorted(found)
        if self._overriding and not self._overriding.isdisjoint(order):
            order.sort(key=self._overriding.__contains__, reverse=True)  # stable: rule order
        for index in order:
            positions = found.get(index)
            if positions is not None:
                verdict = self._any_verdict(index, positions, hits)
            else:
                if doc is None:
                    doc = Document(tokens=tuple(tokens), hits=hits)
                verdict = rules[index].when.explain(doc)
                if not verdict.matched:
                    continue
            if limit is not None:
                unit = unit_of[index]
                if unit in seen_units:
                    continue
                seen_units.add(unit)
                matched.append((index, verdict))
                if len(matched) >= limit:
                    break
            else:
                matched.append((index, verdict))
        return matched

    def _keyword_rules(self, hits: Mapping[str, str]) -> tuple[dict[int, list[int]], set[int]]:
        """The ``has_any`` rules the hit terms match, each with the positions of its terms hit,
        and the other rules to evaluate (those anchored on a hit term, and those with none)."""
        posts = self._any_posts
        anchored = self._anchored
        found: dict[int, list[int]] = {}
        others = set(self._unanchored)
        for term in hits:
            posted = posts.get(term)
            if posted is not None:
                for index, position in posted:
                    positions = found.get(index)
                    if positions is None:
                        found[index] = [position]
                    else:
                        positions.append(position)
            rules = anchored.get(term)
            if rules is not None:
                others.update(rules)
        return found, others

    def _any_verdict(self, index: int, positions: list[int], hits: Mapping[str, str]) -> Verdict:
        """What ``has_any`` rule ``index`` explains, given the positions of its terms hit."""
        terms = self._any_terms[index]
        weights = self._any_weights[index]
        if len(positions) == 1:
            (position,) = positions
            return _new_tuple(Verdict, (True, (terms[position],), weights[position]))
        positions.sort()
        found = tuple([terms[p] for p in positions])
        if index in self._overlap_rules:
            return _new_tuple(Verdict, (True, found, keyword_score(found, hits)))
        return _new_tuple(Verdict, (True, found, sum([weights[p] for p in positions])))

    def _best_matches(  # noqa: PLR0917 - the pieces of the hot path, positional
        self,
        found: dict[int, list[int]],
        others: set[int],
        hits: Mapping[str, str],
        doc: Document | None,
        tokens: Sequence[str],
        limit: int | None,
    ) -> list[tuple[int, Verdict]]:
        rules = self.rules.rules
        weights = self._any_weights
        # Ranked by (-score, rule); a has_any rule's verdict is built only if it is kept.
        overlap = self._overlap_rules
        ranked: list[tuple[int, int, Verdict | None]] = [
            (
                -keyword_score([self._any_terms[index][p] for p in positions], hits)
                if index in overlap and len(positions) > 1
                else -sum([weights[index][p] for p in positions]),
                index,
                None,
            )
            for index, positions in found.items()
        ]
        for index in others:
            if doc is None:
                doc = Document(tokens=tuple(tokens), hits=hits)
            explained = rules[index].when.explain(doc)
            if explained.matched:
                ranked.append((-explained.score, index, explained))
        ranked.sort(key=_rank_key)
        if self._overriding and any(index in self._overriding for _, index, _ in ranked):
            ranked.sort(key=self._overrides_first)  # stable: best score first within each
        any_verdict = self._any_verdict
        if limit is None:
            return [
                (index, any_verdict(index, found[index], hits) if verdict is None else verdict)
                for _, index, verdict in ranked
            ]
        distinct: list[tuple[int, Verdict]] = []
        units: set[str] = set()
        unit_of = self._units
        for _, index, verdict in ranked:
            unit = unit_of[index]
            if unit not in units:
                units.add(unit)
                distinct.append(
                    (index, any_verdict(index, found[index], hits) if verdict is None else verdict)
                )
                if len(distinct) >= limit:
                    break
        return distinct

    def _overrides_first(self, item: tuple[int, int, Verdict | None]) -> bool:
        return item[1] not in self._overriding

    def _candidate(self, index: int, verdict: Verdict) -> Candidate:
        rule = self.rules.rules[index]
        return Candidate(rule.name, rule.unit, verdict.score, verdict.terms)

    def route(
        self,
        item: Routable,
        *,
        category: str | None = None,
        classification: Classification | str | None = None,
        channel: Channel | str | None = None,
        kelurahan: str | None = None,
        kecamatan: str | None = None,
    ) -> RoutingDecision:
        """Decide which unit handles ``item``.

        Args:
            item: a [`Complaint`][pengaduan.model.Complaint], a
                [`Submission`][pengaduan.model.Submission]
                or a bare text.
            category: overrides (or supplies) the category.
            classification: overrides (or supplies) the LAPOR! classification.
            channel: overrides (or supplies) the channel.
            kelurahan: overrides (or supplies) the kelurahan.
            kecamatan: overrides (or supplies) the kecamatan.

        Returns:
            A decision; when no rule matches it names the fallback unit and asks for review.
            With a directory of specific units, a decision for a generic unit names the
            specific unit the text names, else the one the location names (its address, then
            its kecamatan and kelurahan fields), and says where (``named_in``); a text and a
            location naming different units keep the text's and ask for review
            ([`ReviewReason.PLACE_CONFLICT`][pengaduan.routing.ReviewReason.PLACE_CONFLICT]).
            An overriding rule that matches no text but a location field (its own words only,
            say ``dipungli`` in the address) wins as from the text, and the decision says so
            ([`RoutingDecision.matched_in`][pengaduan.routing.RoutingDecision.matched_in],
            [`ReviewReason.PLACE_WORDS`][pengaduan.routing.ReviewReason.PLACE_WORDS]).

        Raises:
            ArgumentError: ``item`` is not a text, Submission or Complaint, or an override is of
                the wrong type or not a known classification or channel.
        """
        if type(item) is str and (
            category is classification is channel is kelurahan is kecamatan is None
        ):
            decision = self._route_text(item)
            if self._specific is not None and self._specific.concern(decision):
                return self._resolve(decision, self.normalizer.tokens(item))
            return decision
        doc = self.document(
            item,
            category=category,
            classification=classification,
            channel=channel,
            kelurahan=kelurahan,
            kecamatan=kecamatan,
        )
        decision = self._decide(doc.hits, doc, doc.tokens)
        if self._specific is not None and self._specific.concern(decision):
            return self._resolve(decision, doc.tokens, doc)
        return decision

    def _resolve(
        self, decision: RoutingDecision, tokens: Sequence[str], doc: Document | None = None
    ) -> RoutingDecision:
        """``decision`` with its unit (and its related units) replaced by the specific unit
        of that generic unit the complaint names (see
        [`Unit.generic`][pengaduan.routing.Unit.generic]): the one the text names, else the
        one the location fields of ``doc`` name (see ``_places()``)."""
        specific = self._specific
        if specific is None:
            return decision
        in_text = specific.named_in(tokens)
        places = self._places(doc) if doc is not None else ()
        related = tuple(
            dict.fromkeys(
                specific.pick(unit, in_text, self._places_for(unit, places))[0] or unit
                for unit in decision.related_units
            )
        )
        found, source, conflict = specific.pick(
            decision.unit, in_text, self._places_for(decision.unit, places)
        )
        if found is None:
            return decision._replace(related_units=related)
        out_of_scope = self._out_of_scope(found)
        review: tuple[ReviewReason, ...] = tuple(
            r for r in decision.review if r is not ReviewReason.OUT_OF_SCOPE
        )
        if conflict and ReviewReason.PLACE_CONFLICT not in review:
            review = (*review, ReviewReason.PLACE_CONFLICT)
        if out_of_scope:
            review = (*review, ReviewReason.OUT_OF_SCOPE)
        return decision._replace(
            unit=found,
            generic_unit=decision.unit,
            out_of_scope=out_of_scope,
            review=review,
            related_units=related,
            named_in=source,
        )

    def _named_unit(
        self, unit: str, item: Routable
    ) -> tuple[str, str | None, NameSource | None, bool]:
        """The specific unit of ``unit`` that ``item`` names, for a unit chosen elsewhere (by a
        learned model, or a rule that did not win here): the unit, its generic unit (None when
        it stays generic), where the name was found, and whether a location field named
        another."""
        if self._specific is None or unit not in self._specific.of:
            return unit, None, None, False
        doc = self.document(item)
        resolved = self._resolve(
            RoutingDecision(unit=unit, rule=None, ruleset=self.rules.name), doc.tokens, doc
        )
        conflict = ReviewReason.PLACE_CONFLICT in resolved.review
        return resolved.unit, resolved.generic_unit, resolved.named_in, conflict

    def _places_for(
        self, generic: str, places: tuple[tuple[NameSource, frozenset[str]], ...]
    ) -> tuple[tuple[NameSource, frozenset[str]], ...]:
        """``places``, unless ``generic`` is outside the government: an agency's names are
        what a complaint is about (``listrik``, ``jalan nasional``, ``polisi``), and in an
        address they are landmarks (``depan kantor PLN``), so only the text names one."""
        return () if self._out_of_scope(generic) else places

    def _places(self, doc: Document) -> tuple[tuple[NameSource, frozenset[str]], ...]:
        """The specific units each location field of ``doc`` names, in the order they are
        trusted: the address (any mention, as in the text), then the kecamatan and the kelurahan
        fields, each read as the whole name ``kecamatan <field>`` (``kelurahan <field>``): a
        field that holds more than a place's name names no unit."""
        specific = self._specific
        if specific is None:
            return ()
        places: list[tuple[NameSource, frozenset[str]]] = []
        if doc.address is not None:
            places.append(
                (NameSource.ADDRESS, specific.named_in(self.normalizer.tokens(doc.address)))
            )
        for source, key in (
            (NameSource.KECAMATAN, doc.kecamatan),
            (NameSource.KELURAHAN, doc.kelurahan),
        ):
            if key:
                places.append(
                    (source, specific.named_as(self.normalizer.tokens(f"{source.value} {key}")))
                )
        return tuple((source, named) for source, named in places if named)

    def _route_text(self, text: str) -> RoutingDecision:
        # The common case, fused: words, keyword hits and decision with no document and no
        # verdicts (same result as decide(document(text)); property tests check it).
        normalizer = self.normalizer
        keywords = self._keywords
        words = normalizer._ascii_words(text)
        if words is not None and keywords.firsts:
            # With phrases among the keywords, most texts have a word that starts one, and
            # often a word the lexicon replaces: scanning the words first would not save the
            # index's work. (Without phrases, one set intersection finds the keywords, and
            # the word postings may decide alone: see below.)
            words = normalizer._substitute(words)
            hits = keywords.hits(words)
        else:
            if words is not None:
                # Plain ASCII: one set intersection finds both the rule words and any word the
                # lexicon would replace; the replacements are applied only when needed.
                found = self._scan.intersection(words)
                if not found and self._fused:  # no keyword, and no rule that needs none
                    return self._fallbacks[bool(words)]
                if not found.isdisjoint(self._replaced):
                    # The rule words the replacements bring, without replacing every word:
                    # the tokens themselves are needed only when a phrase may start here.
                    replaced = found & self._replaced
                    found = found.difference(replaced).union(
                        *map(self._brings.__getitem__, replaced)
                    )
                    if not found.isdisjoint(keywords.firsts):
                        words = normalizer._substitute(words)
            else:
                if not encodable(text):  # only a text outside ASCII can hold a lone surrogate
                    raise ArgumentError(
                        argument="item", rule="must be text without lone surrogates"
                    )
                words = normalizer._tokens(text)
                found = keywords.vocabulary.intersection(words)
            simple = self._simple
            if self._first_match and simple is not None and found <= simple:
                return self._route_indexed(found, words)
            hits = keywords.hits_of(found, words)
        if self._fused and self._general.isdisjoint(hits):
            if self._first_match:
                return self._first_hit(hits, bool(words))
            return self._best_hit(hits, bool(words))
        return self._decide(hits, None, words)

    def _best_hit(self, hits: Mapping[str, str], has_words: bool) -> RoutingDecision:  # noqa: FBT001
        """The best-score decision when no hit term needs a condition evaluated (every rule
        they point to is a plain ``has_any``) and every rule needs a keyword: no verdict or
        document is built.

        Each term lists its rules, every rule repeated by the term's word count: the matching
        rules are the distinct numbers of the concatenated lists and their scores how often
        they occur, so counting and ranking run in C.
        """
        weighted = self._weighted
        inner = self._overlapping.intersection(hits)
        if inner:
            covered = self._covered(inner, hits)
            if covered:
                return self._best_rescored(hits, has_words, covered)
        score_of: Callable[[int], int]
        ranked: list[int] | None = None
        if len(hits) <= _FEW_HITS:
            # Few terms: a plain loop, and list.count for the scores.
            indices: list[int] = []
            for term in hits:
                rules = weighted.get(term)
                if rules is not None:
                    indices += rules
            if not indices:
                return self._fallbacks[has_words]
            index = indices[0]
            score = len(indices)
            if indices.count(index) != score:
                ranked = sorted(set(indices))
                score_of = indices.count
        else:
            # Many terms (long texts): concatenated and counted in C.
            scores = Counter(chain.from_iterable(map(weighted.get, hits, repeat(()))))
            if not scores:
                return self._fallbacks[has_words]
            if len(scores) == 1:
                ((index, score),) = scores.items()
            else:
                ranked = sorted(scores)
                score_of = scores.__getitem__
        if ranked is None:
            return self._best_of(index, score, None, None, hits, has_words)
        return self._best_of(0, 0, ranked, score_of, hits, has_words)

    def _covered(self, inner: Iterable[str], hits: Mapping[str, str]) -> set[tuple[int, str]]:
        """The (rule, term) pairs where a term hit lies inside the words another term of the
        rule was found as (or is found as the same words, after it): it scores nothing there
        (see `keyword_score()`)."""
        covered: set[tuple[int, str]] = set()
        inside = self._inside
        for term in inner:
            form = hits[term]
            padded = f" {form} "
            for index, outer, earlier in inside[term]:
                wider = hits.get(outer)
                if wider is not None and (
                    (earlier and wider == form)
                    or (len(wider) > len(form) and padded in f" {wider} ")
                ):
                    covered.add((index, term))
        return covered

    def _best_rescored(
        self,
        hits: Mapping[str, str],
        has_words: bool,  # noqa: FBT001
        covered: set[tuple[int, str]],
    ) -> RoutingDecision:
        """`_best_hit()` when a term hit lies inside another term hit of the same rule: that
        rule's count loses the term's words (one mention counts once)."""
        counts = Counter(chain.from_iterable(map(self._weighted.get, hits, repeat(()))))
        for index, term in covered:
            counts[index] -= term.count(" ") + 1
        if len(counts) == 1:
            ((index, score),) = counts.items()
            return self._best_of(index, score, None, None, hits, has_words)
        return self._best_of(0, 0, sorted(counts), counts.__getitem__, hits, has_words)

    def _best_of(  # noqa: PLR0917 - the pieces of the hot path, positional
        self,
        index: int,
        score: int,
        ranked: list[int] | None,
        score_of: Callable[[int], int] | None,
        hits: Mapping[str, str],
        has_words: bool,  # noqa: FBT001
    ) -> RoutingDecision:
        """The best-score decision from the scores: ``index`` and ``score`` when one rule
        matched, else the matching rules (``ranked``, in rule order) and their scores."""
        runners: tuple[Candidate, ...] = ()
        review: tuple[ReviewReason, ...] = () if has_words else (ReviewReason.NO_WORDS,)
        if ranked is not None and score_of is not None:  # several rules matched
            # Best score first, ties in rule order (the sort is stable).
            ranked.sort(key=score_of, reverse=True)
            index = ranked[0]
            score = score_of(index)
            if self.runners_up:
                runners = self._runners(ranked, score_of, hits)
                if runners and runners[0].score == score:
                    review = (*review, ReviewReason.TIE)
        terms = self._terms_hit(index, hits)
        words = (
            (hits[terms[0]],)
            if len(terms) == 1
            else tuple(dict.fromkeys(map(hits.__getitem__, terms)))
        )
        if self._external[index]:
            review = (*review, ReviewReason.OUT_OF_SCOPE)
        # Decisions and candidates are named tuples built with tuple.__new__: the generated
        # keyword constructor costs several times more, and this runs once per complaint.
        return _new_tuple(
            RoutingDecision,
            self._heads[index]
            + (terms, words, score, runners, review, self._external[index], (), None, None, None),
        )

    def _first_hit(self, hits: Mapping[str, str], has_words: bool) -> RoutingDecision:  # noqa: FBT001
        """`_best_hit()` in first-match mode: the winner is the smallest first rule of a term
        hit, and only the rules shown get a score (from their terms)."""
        index = min(map(self._first_of.get, hits, repeat(_NO_RULE)), default=_NO_RULE)
        if index == _NO_RULE:
            return self._fallbacks[has_words]
        runners = self._next_rules(index, hits) if self.runners_up else ()
        terms = self._terms_hit(index, hits)
        words = (
            (hits[terms[0]],)
            if len(terms) == 1
            else tuple(dict.fromkeys(map(hits.__getitem__, terms)))
        )
        review: tuple[ReviewReason, ...] = () if has_words else (ReviewReason.NO_WORDS,)
        if self._external[index]:
            review = (*review, ReviewReason.OUT_OF_SCOPE)
        score = self._score(index, terms, hits)
        return _new_tuple(
            RoutingDecision,
            self._heads[index]
            + (terms, words, score, runners, review, self._external[index], (), None, None, None),
        )

    def _next_rules(self, index: int, hits: Mapping[str, str]) -> tuple[Candidate, ...]:
        """First-match runners-up: the next matching rules after ``index`` of other units.

        The rules right after the winner are tried one by one (a set test over each rule's
        terms); past `_WALK` of them, the rules the hit terms point to are gathered instead.
        """
        unit_of = self._units
        term_sets = self._term_sets
        keys = hits.keys()
        seen = {unit_of[index]}
        shown: list[int] = []
        wanted = self.runners_up
        stop = min(len(unit_of), index + 1 + _WALK)
        for other in range(index + 1, stop):
            if unit_of[other] not in seen and not keys.isdisjoint(term_sets[other]):
                seen.add(unit_of[other])
                shown.append(other)
                if len(shown) == wanted:
                    break
        else:
            if stop < len(unit_of):
                matched = set(chain.from_iterable(map(self._rules_of.get, hits, repeat(()))))
                for other in sorted(matched):
                    if other >= stop and unit_of[other] not in seen:
                        seen.add(unit_of[other])
                        shown.append(other)
                        if len(shown) == wanted:
                            break
        tags = self._tags
        runners: list[Candidate] = []
        for other in shown:
            terms = self._terms_hit(other, hits)
            runners.append(
                _new_tuple(Candidate, (*tags[other], self._score(other, terms, hits), terms))
            )
        return tuple(runners)

    def _score(self, index: int, terms: tuple[str, ...], hits: Mapping[str, str]) -> int:
        """The score of the terms of ``has_any`` rule ``index`` hit: their number of words,
        one mention counted once where a term of the rule can lie inside another."""
        if index in self._overlap_rules and len(terms) > 1:
            return keyword_score(terms, hits)
        return len(terms) + sum(map(str.count, terms, repeat(" ")))

    def _terms_hit(self, index: int, hits: Mapping[str, str]) -> tuple[str, ...]:
        """The terms of ``has_any`` rule ``index`` that are hit, in the rule's order."""
        positions = self._positions[index]
        if positions is None or len(hits) >= len(positions):
            return tuple(filter(hits.__contains__, self._any_terms[index]))
        # Fewer hits than terms (the usual case): order the rule's terms among the hits.
        return tuple(sorted(filter(positions.__contains__, hits), key=positions.__getitem__))

    def _runners(
        self, ranked: list[int], score_of: Callable[[int], int], hits: Mapping[str, str]
    ) -> tuple[Candidate, ...]:
        """Best-score runners-up after ``ranked[0]``: the next rules of other units."""
        unit_of = self._units
        if len(ranked) == 2:  # the usual case: one other rule
            index = ranked[1]
            if unit_of[index] == unit_of[ranked[0]]:
                return ()
            return (
                _new_tuple(
                    Candidate, self._tags[index] + (score_of(index), self._terms_hit(index, hits))
                ),
            )
        seen = {unit_of[ranked[0]]}
        wanted = self.runners_up
        tags = self._tags
        runners: list[Candidate] = []
        for index in ranked[1:]:
            unit = unit_of[index]
            if unit not in seen:
                seen.add(unit)
                runners.append(
                    _new_tuple(
                        Candidate, (*tags[index], score_of(index), self._terms_hit(index, hits))
                    )
                )
                if len(runners) == wanted:
                    break
        return tuple(runners)

    def _route_indexed(self, found: frozenset[str], words: list[str]) -> RoutingDecision:
        """The first-match decision when every rule word found is in the word postings.

        The postings give the matching rules directly and every one of them is a ``has_any`` of
        one-word terms, so no condition is evaluated and no document is built. When each rule
        is hit by one word only (the usual case), its candidate and decision fields are read
        from the postings as they are.
        """
        if not found:
            return self._fallbacks[bool(words)]
        postings = self._postings
        wins: Mapping[int, tuple[Candidate, _Partial]]
        order: Sequence[int]
        if len(found) == 1:
            (word,) = found
            order, wins = postings[word]
        else:
            merged: dict[int, tuple[Candidate, _Partial]] = {}
            total = 0
            for word in found:
                posting = postings[word]
                merged.update(posting.wins)
                total += len(posting.rules)
            if len(merged) < total:  # a rule is hit by several words
                return self._first_hit(self._keywords.hits_of(found, words), bool(words))
            order, wins = sorted(merged), merged
        if not order:
            return self._fallbacks[bool(words)]
        # First match: the first rule wins; runners-up are the next rules of other units.
        winner = order[0]
        runners: list[Candidate] = []
        wanted = self.runners_up
        if wanted and len(order) > 1:
            unit_of = self._units
            seen_units = {unit_of[winner]}
            for index in order[1:]:
                unit = unit_of[index]
                if unit not in seen_units:
                    seen_units.add(unit)
                    runners.append(wins[index][0])
                    if len(runners) == wanted:
                        break
        # Decisions are named tuples built with tuple.__new__: the generated keyword
        # constructor costs several times more, and this runs once per complaint.
        return _new_tuple(
            RoutingDecision,
            wins[winner][1]
            + (
                tuple(runners),
                _OUT_OF_SCOPE if self._external[winner] else (),
                self._external[winner],
                (),
                None,
                None,
                None,
            ),
        )

    def decide(self, doc: Document) -> RoutingDecision:
        """The decision for a prepared [`Document`][pengaduan.routing.Document] (see
        [`document()`][pengaduan.routing.Router.document]).

        Raises:
            ArgumentError: ``doc`` is not a [`Document`][pengaduan.routing.Document].
        """
        _check_document(doc)
        decision = self._decide(doc.hits, doc, doc.tokens)
        if self._specific is not None and self._specific.concern(decision):
            return self._resolve(decision, doc.tokens, doc)
        return decision

    def _decide(
        self, hits: Mapping[str, str], doc: Document | None, tokens: Sequence[str]
    ) -> RoutingDecision:
        matched = self._matching(hits, doc, tokens, limit=self.runners_up + 1)
        text_overrides = bool(matched) and matched[0][0] in self._overriding
        placed: _PlacedMatch | None = None
        if (
            self._place_keywords is not None
            and doc is not None
            and (doc.address or doc.kecamatan or doc.kelurahan)
            and (not text_overrides or self._override_units > 1)
        ):
            placed = self._placed_override(doc)
            if placed is not None and not text_overrides:
                return self._placed_decision(placed, hits, doc, tokens)
        related: tuple[str, ...] = ()
        if text_overrides:
            # The other units that matched (all of them, not only the runners-up shown) are
            # what the complaint is about: kept, but not sent the complaint.
            index = matched[0][0]
            sent = {self._units[index], *self.rules.rules[index].co_units}
            every = self._matching(hits, doc, tokens, limit=None)
            related = tuple(
                dict.fromkeys(self._units[i] for i, _ in every if self._units[i] not in sent)
            )
        decision = self._decision(matched, hits, has_words=bool(tokens), related=related)
        if placed is not None and self._units[placed[1][0][0]] != decision.unit:
            # Overriding rules of two units, one in the text, one in a location field: the
            # text decides (as for unit names), and a person checks it.
            return decision._replace(review=(*decision.review, ReviewReason.PLACE_CONFLICT))
        return decision

    def _placed_override(self, doc: Document) -> _PlacedMatch | None:
        """The overriding rules that match a location field of ``doc``, read for their own
        words only, in the order the fields are trusted (the address, then the kecamatan and
        the kelurahan fields): the first field where one matches, those rules (best first, as
        the rule set's mode ranks them) and that field's hits. Each field is read on its own,
        as a short text; the other fields of ``doc`` (category, channel, places) are as given.
        """
        keywords = self._place_keywords
        if keywords is None:
            return None
        rules = self.rules.rules
        for source, value in (
            (NameSource.ADDRESS, doc.address),
            (NameSource.KECAMATAN, doc.kecamatan),
            (NameSource.KELURAHAN, doc.kelurahan),
        ):
            if not value:
                continue
            tokens = self.normalizer.tokens(value)
            found = keywords.hits(tokens)
            if not found:
                continue
            field = Document(
                tokens=tokens,
                hits=found,
                category=doc.category,
                classification=doc.classification,
                channel=doc.channel,
                kelurahan=doc.kelurahan,
                kecamatan=doc.kecamatan,
            )
            matched = [
                (index, verdict)
                for index in sorted(self._overriding)
                if (verdict := rules[index].when.explain(field)).matched
            ]
            if matched:
                if not self._first_match:
                    matched.sort(key=_by_score)
                return source, matched, found
        return None

    def _placed_decision(
        self,
        placed: _PlacedMatch,
        hits: Mapping[str, str],
        doc: Document,
        tokens: Sequence[str],
    ) -> RoutingDecision:
        """The decision of an overriding rule that matched a location field and no overriding
        rule matched the text: it wins over the text's rules, whose units become related units
        (as when it matches the text), and asks for review
        ([`ReviewReason.PLACE_WORDS`][pengaduan.routing.ReviewReason.PLACE_WORDS])."""
        source, found, field_hits = placed
        index, verdict = found[0]
        rule = self.rules.rules[index]
        unit_of = self._units
        sent = {rule.unit, *rule.co_units}
        every = self._matching(hits, doc, tokens, limit=None)
        related = tuple(dict.fromkeys(unit_of[i] for i, _ in every if unit_of[i] not in sent))
        runners: list[Candidate] = []
        seen = {rule.unit}
        for other, other_verdict in chain(found[1:], every):
            if len(runners) >= self.runners_up:
                break
            if unit_of[other] not in seen:
                seen.add(unit_of[other])
                runners.append(self._candidate(other, other_verdict))
        review: tuple[ReviewReason, ...] = () if tokens else (ReviewReason.NO_WORDS,)
        if (
            not self._first_match
            and len(found) > 1
            and found[1][1].score == verdict.score
            and unit_of[found[1][0]] != rule.unit
        ):
            review = (*review, ReviewReason.TIE)
        if rule.review:
            review = (*review, ReviewReason.RULE)
        review = (*review, ReviewReason.PLACE_WORDS)
        if self._external[index]:
            review = (*review, ReviewReason.OUT_OF_SCOPE)
        decision = self._build(
            index, verdict.terms, verdict.score, tuple(runners), field_hits, review, related
        )
        return decision._replace(matched_in=source)

    def _decision(
        self,
        matched: list[tuple[int, Verdict]],
        hits: Mapping[str, str],
        *,
        has_words: bool,
        related: tuple[str, ...] = (),
    ) -> RoutingDecision:
        if not matched:
            return self._fallbacks[has_words]
        index, verdict = matched[0]
        names = self._names
        unit_of = self._units
        runners = tuple(
            [
                _new_tuple(Candidate, (names[i], unit_of[i], v.score, v.terms))
                for i, v in matched[1:]
            ]
        )
        review: tuple[ReviewReason, ...] = () if has_words else (ReviewReason.NO_WORDS,)
        overriding = self._overriding
        if (
            not self._first_match
            and runners
            and runners[0].score == verdict.score
            and (index in overriding) == (matched[1][0] in overriding)
        ):
            review = (*review, ReviewReason.TIE)
        if self.rules.rules[index].review:
            review = (*review, ReviewReason.RULE)
        if self._external[index]:
            review = (*review, ReviewReason.OUT_OF_SCOPE)
        return self._build(index, verdict.terms, verdict.score, runners, hits, review, related)

    def _build(  # noqa: PLR0917 - the pieces of a decision, positional on the hot path
        self,
        index: int,
        terms: tuple[str, ...],
        score: int,
        runners: tuple[Candidate, ...],
        hits: Mapping[str, str],
        review: tuple[ReviewReason, ...],
        related: tuple[str, ...] = (),
    ) -> RoutingDecision:
        if len(terms) == 1:
            words: tuple[str, ...] = (hits[terms[0]],) if terms[0] in hits else ()
        else:
            words = tuple(dict.fromkeys([hits[t] for t in terms if t in hits]))
        # Decisions and candidates are named tuples built with tuple.__new__: the generated
        # keyword constructor costs several times more, and this runs once per complaint.
        return _new_tuple(
            RoutingDecision,
            self._heads[index]
            + (
                terms,
                words,
                score,
                runners,
                review,
                self._external[index],
                related,
                None,
                None,
                None,
            ),
        )

    def _fallback(self, review: tuple[ReviewReason, ...]) -> RoutingDecision:
        if self._out_of_scope(self.rules.fallback):
            review = (*review, ReviewReason.OUT_OF_SCOPE)
        return RoutingDecision(
            unit=self.rules.fallback,
            priority=self.rules.fallback_priority,
            rule=None,
            review=review,
            ruleset=self.rules.name,
            out_of_scope=self._out_of_scope(self.rules.fallback),
        )

    def route_many(self, items: Iterable[Routable]) -> list[RoutingDecision]:
        """Route every item (a convenience for batches).

        Raises:
            ArgumentError: ``items`` is not an iterable, or an item is not routable.
        """
        if isinstance(items, str | bytes) or not isinstance(items, Iterable):
            raise ArgumentError(
                argument="items", rule="must be an iterable of items", given=type_name(items)
            )
        rule = N_("must be an iterable of items")
        return [self.route(item) for item in guarded(items, "items", rule)]

    def _out_of_scope(self, unit: str) -> bool:
        if self.directory is None:
            return False
        return self.directory.is_external(unit)

    def evaluate(self, labelled: Iterable[tuple[Routable, str]]) -> Evaluation:
        """Accuracy of this router on complaints labelled with their correct unit.

        Args:
            labelled: pairs of (complaint or text, expected unit id).

        Raises:
            ArgumentError: ``labelled`` is not an iterable of (item, unit id) pairs.
        """
        if isinstance(labelled, str | bytes | Mapping) or not isinstance(labelled, Iterable):
            raise ArgumentError(
                argument="labelled", rule="must be an iterable of pairs", given=type_name(labelled)
            )
        total = 0
        correct = 0
        confusion: Counter[tuple[str, str]] = Counter()
        for pair in guarded(labelled, "labelled", N_("must be an iterable of pairs")):
            if not isinstance(pair, tuple | list) or len(pair) != 2 or type(pair[1]) is not str:
                raise ArgumentError(
                    argument="labelled",
                    rule=N_("must hold (item, unit id) pairs"),
                    given=type_name(pair),
                )
            item, expected = pair
            got = self.route(item).unit
            total += 1
            if got == expected:
                correct += 1
            else:
                confusion[(expected, got)] += 1
        return Evaluation(total=total, correct=correct, confusion=dict(confusion))


def _check_item(item: object) -> None:
    if type(item) is str or isinstance(item, str | Submission | Complaint):
        if isinstance(item, str) and not encodable(item):
            raise ArgumentError(argument="item", rule="must be text without lone surrogates")
        return
    raise ArgumentError(
        argument="item",
        rule=N_("must be a str, a Submission or a Complaint"),
        given=type_name(item),
    )


def _check_document(doc: object) -> None:
    if type(doc) is not Document and not isinstance(doc, Document):
        raise ArgumentError(argument="doc", rule="must be a Document", given=type_name(doc))


def _vocabulary(value: object, kind: type[StrEnum], argument: str) -> Any:
    if value is None or isinstance(value, kind):
        return value
    if type(value) is str and value in kind._value2member_map_:
        return value
    raise ArgumentError(
        argument=argument,
        rule=Phrase(N_("must be one of {values} or None"), values=", ".join(m.value for m in kind)),
        given=type_name(value),
    )


_MAX_RUNNERS_UP = 100


def _check_router_arguments(
    rules: object, normalizer: object, directory: object, runners_up: object, clitics: object
) -> tuple[str, ...]:
    """Every argument problem of a router, together; returns the clitics as a tuple."""
    problems: list[str] = []
    endings: tuple[object, ...] = ()
    if not isinstance(clitics, str | bytes | Mapping) and isinstance(clitics, Iterable):
        endings = tuple(guarded(clitics, "clitics", N_("must be an iterable of str")))
    else:
        problems.append(
            Phrase(
                N_("clitics must be an iterable of ASCII words, not {type}"),
                type=type_name(clitics),
            )
        )
    if not isinstance(rules, RuleSet):
        problems.append(_must_be("rules", "RuleSet", rules))
    if normalizer is not None and not isinstance(normalizer, Normalizer):
        problems.append(_must_be("normalizer", "Normalizer", normalizer, optional=True))
    if directory is not None and not isinstance(directory, UnitDirectory):
        problems.append(_must_be("directory", "UnitDirectory", directory, optional=True))
    if type(runners_up) is not int or not 0 <= runners_up <= _MAX_RUNNERS_UP:
        problems.append(
            Phrase(N_("runners_up must be an int from 0 to {high}"), high=_MAX_RUNNERS_UP)
        )
    if not all(type(c) is str and c.isascii() and c.isalpha() for c in endings):
        problems.append(N_("clitics must be ASCII words"))
    if problems:
        raise ConfigurationError(N_("router"), problems)
    return endings  # type: ignore[return-value]  # checked above


def what_if(
    old: Router | RuleSet, new: Router | RuleSet, complaints: Iterable[Routable]
) -> WhatIfReport:
    """Dry-run two rule sets over the same complaints and report what would move.

    Args:
        old: the rules in force (a router, or a rule set routed with the default normaliser).
        new: the proposed rules.
        complaints: historical complaints, submissions or texts.

    Raises:
        ConfigurationError: a rule set given as [`RuleSet`][pengaduan.routing.RuleSet] does not
            compile.
        ArgumentError: ``old`` or ``new`` is neither a Router nor a RuleSet, ``complaints`` is
            not an iterable, or an item in it is not routable.
    """
    for argument, value in (("old", old), ("new", new)):
        if not isinstance(value, Router | RuleSet):
            raise ArgumentError(
                argument=argument, rule="must be a Router or a RuleSet", given=type_name(value)
            )
    if isinstance(complaints, str | bytes | Mapping) or not isinstance(complaints, Iterable):
        raise ArgumentError(
            argument="complaints", rule="must be an iterable of items", given=type_name(complaints)
        )
    old_router = old if isinstance(old, Router) else Router(old)
    new_router = new if isinstance(new, Router) else Router(new)
    moves: list[Move] = []
    old_counts: Counter[str] = Counter()
    new_counts: Counter[str] = Counter()
    total = 0
    rule_changes = 0
    read = guarded(complaints, "complaints", "must be an iterable of items")
    for index, item in enumerate(read):
        total += 1
        before = old_router.route(item)
        after = new_router.route(item)
        old_counts[before.unit] += 1
        new_counts[after.unit] += 1
        if before.unit != after.unit:
            moves.append(
                Move(
                    index=index,
                    tracking_id=item.tracking_id if isinstance(item, Complaint) else None,
                    old_unit=before.unit,
                    new_unit=after.unit,
                    old_rule=before.rule,
                    new_rule=after.rule,
                )
            )
        elif before.rule != after.rule:
            rule_changes += 1
    return WhatIfReport(
        total=total,
        moves=tuple(moves),
        old_counts=dict(old_counts),
        new_counts=dict(new_counts),
        rule_changes=rule_changes,
    )
