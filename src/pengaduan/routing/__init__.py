"""Routing complaints to the responsible unit.

Rules are data (`rules`), texts are normalised for informal Indonesian
([`normalize`][pengaduan.routing.Normalizer.normalize]), a [`Router`][pengaduan.routing.Router]
compiles a rule set into a word index and
explains every decision ([`engine`][pengaduan.store.AsyncRepository.engine]), units live in a
[`UnitDirectory`][pengaduan.routing.UnitDirectory] (`directory`), and a default taxonomy for a city
government works out of the box (`taxonomy`, loaded on first use).
"""

from __future__ import annotations

from pengaduan.routing.directory import Liaison, Unit, UnitDirectory, UnitKind
from pengaduan.routing.engine import (
    Candidate,
    Evaluation,
    Move,
    NameSource,
    ReviewReason,
    Routable,
    Router,
    RoutingDecision,
    WhatIfReport,
    what_if,
)
from pengaduan.routing.normalize import Lexicon, Normalizer
from pengaduan.routing.rules import (
    Condition,
    Document,
    MatchMode,
    Priority,
    Rule,
    RuleSet,
    Verdict,
    WordSpec,
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
    parse_term,
    place_key,
)
from pengaduan.routing.taxonomy import default_router, default_taxonomy, default_units

__all__ = [
    "Candidate",
    "Condition",
    "Document",
    "Evaluation",
    "Lexicon",
    "Liaison",
    "MatchMode",
    "Move",
    "NameSource",
    "Normalizer",
    "Priority",
    "ReviewReason",
    "Routable",
    "Router",
    "RoutingDecision",
    "Rule",
    "RuleSet",
    "Unit",
    "UnitDirectory",
    "UnitKind",
    "Verdict",
    "WhatIfReport",
    "WordSpec",
    "all_of",
    "always",
    "any_of",
    "category_is",
    "channel_is",
    "classification_is",
    "default_router",
    "default_taxonomy",
    "default_units",
    "has_all",
    "has_any",
    "has_none",
    "kecamatan_is",
    "kelurahan_is",
    "not_",
    "parse_term",
    "place_key",
    "what_if",
]
