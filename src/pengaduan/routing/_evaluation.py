"""How a router does: accuracy on labelled complaints, and what a rule change would move."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import attrs

from pengaduan._i18n import format_number, using
from pengaduan._i18n import gettext as _

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["Evaluation", "Move", "WhatIfReport"]


@attrs.frozen(kw_only=True)
class Evaluation:
    """How often a router picked the labelled unit."""

    total: int
    correct: int
    confusion: Mapping[tuple[str, str], int] = attrs.field(factory=dict)
    """(expected unit, routed unit) -> count, for the mistakes only."""

    @property
    def accuracy(self) -> float:
        """Correct / total (0.0 for an empty corpus)."""
        return self.correct / self.total if self.total else 0.0

    def percent(self) -> str:
        """The accuracy as text with one decimal, such as ``"93.4 %"``."""
        return f"{100 * self.accuracy:.1f} %"


@attrs.frozen(kw_only=True)
class Move:
    """One complaint that a rule change sends elsewhere."""

    index: int
    """Position in the batch."""
    tracking_id: str | None
    old_unit: str
    new_unit: str
    old_rule: str | None
    new_rule: str | None


@attrs.frozen(kw_only=True)
class WhatIfReport:
    """How a rule change would move a batch of complaints."""

    total: int
    moves: tuple[Move, ...]
    old_counts: Mapping[str, int]
    """Unit -> complaints routed there by the old rules."""
    new_counts: Mapping[str, int]
    """Unit -> complaints routed there by the new rules."""
    rule_changes: int = 0
    """Complaints that stay with the same unit but through a different rule."""

    @property
    def moved(self) -> int:
        """How many complaints change unit."""
        return len(self.moves)

    def flows(self) -> dict[tuple[str, str], int]:
        """(old unit, new unit) -> number of complaints moving that way."""
        return dict(Counter((m.old_unit, m.new_unit) for m in self.moves))

    def summary(self, language: str | None = None) -> str:
        """A short plain-text report (units and counts only, never complaint text), in
        ``language`` (``"id"`` or ``"en"``; ``None``: the current language).

        Raises:
            ArgumentError: an unknown language.
        """
        with using(language):
            lines = [
                _("{moved} of {total} complaints change unit").format(
                    moved=format_number(self.moved), total=format_number(self.total)
                )
            ]
            if self.rule_changes:
                lines.append(
                    _("{count} stay with their unit through a different rule").format(
                        count=format_number(self.rule_changes)
                    )
                )
            flows = sorted(self.flows().items(), key=lambda kv: (-kv[1], kv[0]))
            lines.extend(f"  {old} -> {new}: {format_number(count)}" for (old, new), count in flows)
            units = sorted(set(self.old_counts) | set(self.new_counts))
            for unit in units:
                before = self.old_counts.get(unit, 0)
                after = self.new_counts.get(unit, 0)
                if before != after:
                    lines.append(f"  {unit}: {before} -> {after} ({after - before:+d})")
            return "\n".join(lines)
