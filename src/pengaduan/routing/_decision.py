"""Routing decisions: the unit chosen, the rule and words behind it, and whether to review."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from pengaduan._i18n import N_
from pengaduan.routing._rule import Priority

__all__ = ["Candidate", "NameSource", "ReviewReason", "RoutingDecision"]


class ReviewReason(StrEnum):
    """Why a decision should be checked by the coordinating admin."""

    NO_MATCH = "no-match"
    """No rule matched: the complaint went to the fallback unit."""
    NO_WORDS = "no-words"
    """The text has no letters or digits (empty, emoji only, binary junk)."""
    TIE = "tie"
    """Best-score mode: another unit scored as high as the winner."""
    RULE = "rule"
    """The winning rule asks for every decision it makes to be checked (``Rule.review``; the
    default taxonomy's extortion and bribery rule does)."""
    OUT_OF_SCOPE = "out-of-scope"
    """The unit is outside the regional government (PLN, the police, national agencies): the
    complaint is to be forwarded (*bukan wewenang*), not disposed."""
    PLACE_CONFLICT = "place-conflict"
    """The text names one specific unit and a location field of the complaint names another of
    the same generic unit (``puskesmas oebobo`` in the text, ``Puskesmas Oesapa`` as the
    address): the text's unit is chosen, and a person checks it. Also when an overriding rule
    matches the text and another overriding rule, of another unit, matches a location field."""
    PLACE_WORDS = "place-words"
    """An overriding rule (``Rule.overrides``) won on the words of a location field, not of
    the text (``pungli`` written in the address): see
    [`RoutingDecision.matched_in`][pengaduan.routing.RoutingDecision.matched_in]."""


class NameSource(StrEnum):
    """Where the name of the specific unit a decision went to was found (see
    [`RoutingDecision.named_in`][pengaduan.routing.RoutingDecision.named_in])."""

    TEXT = "text"
    """The complaint's text (or subject)."""
    ADDRESS = "address"
    """The location's address ([`Location.address`][pengaduan.model.Location]), where a web
    form or a WhatsApp intake puts the place a citizen typed."""
    KECAMATAN = "kecamatan"
    """The location's kecamatan field, read as the whole name ``kecamatan <field>``."""
    KELURAHAN = "kelurahan"
    """The location's kelurahan field, read as the whole name ``kelurahan <field>``."""


# The review reasons in words, for explanations (their values are codes).
_REVIEW_WORDS = {
    "no-match": N_("no rule matched"),
    "no-words": N_("the text has no words"),
    "tie": N_("another unit scored as high"),
    "rule": N_("the rule asks for a check"),
    "out-of-scope": N_("outside the local government's authority"),
    "place-conflict": N_("the text and the location name different units"),
    "place-words": N_("the rule's words are in a location field, not in the text"),
}

# Where the words of an overriding rule were found when not in the text, for explanations.
_MATCHED_IN = {
    "address": N_("The rule's words were found in the location's address, not in the text."),
    "kecamatan": N_(
        "The rule's words were found in the location's kecamatan field, not in the text."
    ),
    "kelurahan": N_(
        "The rule's words were found in the location's kelurahan field, not in the text."
    ),
}

# Where a specific unit's name was found, for explanations.
_NAMED_IN = {
    "text": N_("Named in the text, one of the units of {generic}."),
    "address": N_("Named in the location's address, one of the units of {generic}."),
    "kecamatan": N_("Named by the location's kecamatan, one of the units of {generic}."),
    "kelurahan": N_("Named by the location's kelurahan, one of the units of {generic}."),
}


class Candidate(NamedTuple):
    """A rule that matched, with its score and the terms that triggered it.

    A named tuple rather than an attrs class: decisions build several per complaint on the hot
    path, and a tuple is immutable and cheaper to make.
    """

    rule: str
    unit: str
    score: int
    terms: tuple[str, ...]


class RoutingDecision(NamedTuple):
    """Where a complaint goes, and why.

    ``terms`` are the keyword terms as written in the rule; ``words`` are the normalised words of
    the complaint that matched them (rule vocabulary, never the rest of the text).

    An immutable named tuple rather than an attrs class: routing makes one per complaint on the
    hot path (see ``benchmarks/bench_routing.py``) and a tuple is several times cheaper to make.
    Compare decisions field by field, not with plain tuples.
    """

    unit: str
    rule: str | None
    """The winning rule, or ``None`` when the fallback applied."""
    ruleset: str
    co_units: tuple[str, ...] = ()
    priority: Priority = Priority.SEDANG
    terms: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    score: int = 0
    runners_up: tuple[Candidate, ...] = ()
    review: tuple[ReviewReason, ...] = ()
    out_of_scope: bool = False
    """The unit is outside the government (PLN, police...): forward rather than dispose."""
    related_units: tuple[str, ...] = ()
    """Units the complaint is about that are not sent it: when an overriding rule won (see
    [`Rule`][pengaduan.routing.Rule]), the units of the other rules that matched. For an
    extortion or bribery complaint, the office accused; show it to the admin, never dispose to
    it."""
    generic_unit: str | None = None
    """The unit the rule named when the complaint names one of its specific units
    (``puskesmas`` when the text says ``puskesmas oebobo`` and ``unit`` is
    ``puskesmas-oebobo``; see ``named_in`` and
    [`Unit.generic`][pengaduan.routing.Unit.generic]); ``None`` otherwise."""
    named_in: NameSource | None = None
    """Where the specific unit's name was found when ``generic_unit`` is set: the text, or a
    location field (the address, the kecamatan, the kelurahan); ``None`` otherwise. Only
    where, never the words found there."""
    matched_in: NameSource | None = None
    """Where the winning rule's words were found when not in the text: a location field
    (the address, the kecamatan, the kelurahan). Only an overriding rule
    ([`Rule.overrides`][pengaduan.routing.Rule]) reads the location fields, and only for its
    own words (``dipungli`` written in the address), never for street or place words; such a
    decision asks for review
    ([`ReviewReason.PLACE_WORDS`][pengaduan.routing.ReviewReason.PLACE_WORDS]). ``None``
    when the words are in the text (always, for a rule that does not override)."""

    @property
    def needs_review(self) -> bool:
        """True when a person should check the decision before acting on it."""
        return bool(self.review)

    @property
    def is_fallback(self) -> bool:
        """True when no rule matched."""
        return self.rule is None

    @property
    def units(self) -> tuple[str, ...]:
        """The target unit followed by the co-units (what a disposition sends to)."""
        return (self.unit, *self.co_units)

    def explain(self, language: str | None = None) -> str:
        """A one-paragraph explanation for the admin's screen.

        Args:
            language: ``"id"`` or ``"en"``; ``None`` (the default) is the current language.

        Raises:
            ArgumentError: an unknown language.
        """
        from pengaduan._i18n import format_number, using  # noqa: PLC0415 - only when shown
        from pengaduan._i18n import gettext as _  # noqa: PLC0415

        with using(language):
            if self.rule is None:
                head = _("No rule matched; sent to the fallback unit {unit}.").format(
                    unit=self.unit
                )
            else:
                words = ", ".join(self.words) if self.words else _("(no keywords)")
                head = _(
                    "Unit {unit} (rule {rule}, score {score}); trigger words: {words}."
                ).format(
                    unit=self.unit,
                    rule=repr(self.rule),
                    score=format_number(self.score),
                    words=words,
                )
            parts = [head]
            if self.matched_in is not None and self.matched_in.value in _MATCHED_IN:
                parts.append(_(_MATCHED_IN[self.matched_in.value]))
            if self.generic_unit is not None:
                source = NameSource.TEXT if self.named_in is None else self.named_in
                parts.append(_(_NAMED_IN[source.value]).format(generic=self.generic_unit))
            if self.co_units:
                parts.append(_("Co-units: {units}.").format(units=", ".join(self.co_units)))
            if self.runners_up:
                others = "; ".join(
                    _("{unit} ({rule}, score {score})").format(
                        unit=c.unit, rule=c.rule, score=format_number(c.score)
                    )
                    for c in self.runners_up
                )
                parts.append(_("Alternatives: {others}.").format(others=others))
            if self.related_units:
                parts.append(
                    _("Related units, not sent the complaint: {units}.").format(
                        units=", ".join(self.related_units)
                    )
                )
            if self.out_of_scope:
                parts.append(
                    _(
                        "Outside the local government's authority: forward it to the agency in "
                        "charge."
                    )
                )
            if self.review:
                parts.append(
                    _("To be checked by the admin: {reasons}.").format(
                        reasons=", ".join(_(_REVIEW_WORDS[r.value]) for r in self.review)
                    )
                )
            return " ".join(parts)
