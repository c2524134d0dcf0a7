"""Routing rules as data: conditions, rules and validated rule sets.

A [`Rule`][pengaduan.routing.Rule] sends a complaint to a unit when its condition holds. Conditions
are small frozen
callables built by public factories, with reprs that read like the rule::

    all_of(has_any('jalan+-an', 'aspal'), has_any('rusak', 'berlubang'), not_(has_any('tol')))

Keyword terms match **whole normalised words** (see
[`pengaduan.routing.normalize`][pengaduan.routing.Normalizer.normalize]). A term
may be a phrase (``"lampu jalan"``) and each word may list the derived forms it also accepts,
written the way Indonesian grammar writes affixes:

- ``jalan`` matches ``jalan`` (and the clitic form ``jalannya``), never ``perjalanan``;
- ``jalan+-an`` also matches ``jalanan`` (suffix ``-an``);
- ``bakar+di-+ter-`` also matches ``dibakar`` and ``terbakar`` (prefixes);
- ``jalan+per-an`` also matches ``perjalanan`` (confix ``per-…-an``).

A [`RuleSet`][pengaduan.routing.RuleSet] holds the rules, a matching mode (first match in order, or
best score) and a
required fallback unit (the coordinating admin).
[`RuleSet.problems()`][pengaduan.routing.RuleSet.problems] checks the whole set at
once: duplicate names, unknown units, bad terms, rules that can never win because an earlier rule
always matches first, a missing fallback.

This module gathers the public names; each concept lives in its own private module: conditions
(``_conditions``), keyword terms (``_terms``), rules (``_rule``), rule sets (``_ruleset``) and
their validation (``_validate``).
"""

from __future__ import annotations

from pengaduan.routing._conditions import (
    Condition,
    Document,
    Verdict,
    all_of,
    always,
    any_of,
    category_is,
    channel_is,
    classification_is,
    has_all,
    has_any,
    has_none,
    kecamatan_is,
    kelurahan_is,
    not_,
    place_key,
)
from pengaduan.routing._rule import MatchMode, Priority, Rule
from pengaduan.routing._ruleset import RuleSet, UnknownRuleError
from pengaduan.routing._terms import WordSpec, parse_term

__all__ = [
    "Condition",
    "Document",
    "MatchMode",
    "Priority",
    "Rule",
    "RuleSet",
    "UnknownRuleError",
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
