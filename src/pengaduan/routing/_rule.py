"""A routing rule and the vocabularies rule sets use (matching mode, priority)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pengaduan.routing._conditions import Condition

__all__ = ["MatchMode", "Priority", "Rule"]


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
