"""Duplicate hints: an earlier complaint that looks like the same one sent again (private; the
public names live in ``pengaduan.intake``)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, type_name
from pengaduan.intake._inbound import Inbound
from pengaduan.model import (
    Complaint,
    Reporter,
)

if TYPE_CHECKING:
    from pengaduan.routing.normalize import Normalizer

__all__ = ["DuplicateHint", "find_duplicates"]

_RECENT = N_("must be an iterable of Complaints")


@attrs.frozen(kw_only=True)
class DuplicateHint:
    """An earlier complaint that looks like the same one sent again."""

    tracking_id: str
    similarity: float
    """Word-pair overlap of the normalised texts, 0.0 to 1.0."""
    apart: timedelta
    """Time between the two."""


_MAX_COMPARED_WORDS = 2_000


def _reporter_keys(reporter: Reporter) -> set[str]:
    keys = set()
    if reporter.phone:
        keys.add(f"phone:{reporter.phone}")
    if reporter.email:
        keys.add(f"email:{reporter.email.lower()}")
    if reporter.account_id:
        keys.add(f"account:{reporter.account_id}")
    if reporter.nik:
        keys.add(f"nik:{reporter.nik}")
    return keys


def _shingles(text: str, normalizer: Normalizer) -> frozenset[tuple[str, ...]]:
    words = normalizer.tokens(text[: _MAX_COMPARED_WORDS * 12])[:_MAX_COMPARED_WORDS]
    if len(words) < 2:
        return frozenset((w,) for w in words)
    return frozenset(itertools.pairwise(words))


def find_duplicates(
    candidate: Inbound | Complaint,
    recent: Iterable[Complaint],
    *,
    window: timedelta = timedelta(days=3),
    threshold: float = 0.8,
    normalizer: Normalizer | None = None,
) -> tuple[DuplicateHint, ...]:
    """Earlier complaints from the same reporter with near-identical text within ``window``.

    The same reporter means a shared phone, email, account id or NIK; anonymous complaints
    get no hints. Texts are compared on normalised word pairs (Jaccard overlap), so case,
    punctuation and abbreviations do not matter. These are *hints* for the admin: nothing is
    merged or dropped.

    Args:
        candidate: the new message or complaint.
        recent: complaints already received.
        window: how far apart in time two complaints may be.
        threshold: the overlap from which a pair is reported (0.0-1.0).
        normalizer: defaults to [`default()`][pengaduan.routing.Normalizer.default].

    Returns:
        Hints, most similar first.

    Raises:
        ArgumentError: an argument of the wrong type, or ``threshold`` outside 0.0-1.0.
    """
    from pengaduan.routing.normalize import Normalizer  # noqa: PLC0415 - keeps import light

    _check_duplicate_arguments(candidate, recent, window, threshold, normalizer, Normalizer)
    norm = normalizer or Normalizer.default()
    if isinstance(candidate, Inbound):
        reporter = candidate.submission.reporter
        text = candidate.submission.text
        when = candidate.received_at
        own_id = None
    else:
        reporter, text, when, own_id = (
            candidate.reporter,
            candidate.text,
            candidate.received_at,
            candidate.tracking_id,
        )
    keys = _reporter_keys(reporter)
    # An anonymous candidate gets no hints, but ``recent`` is still checked item by item: a bad
    # item is a typed error whoever the candidate is, never a silent empty answer.
    mine = _shingles(text, norm) if keys else frozenset()
    hints = []
    for other in guarded(recent, "recent", _RECENT):
        if not isinstance(other, Complaint):
            raise ArgumentError(
                argument="recent", rule="must hold Complaints only", given=type_name(other)
            )
        if not keys or other.tracking_id == own_id or not keys & _reporter_keys(other.reporter):
            continue
        apart = abs(when - other.received_at)
        if apart > window:
            continue
        theirs = _shingles(other.text, norm)
        union = mine | theirs
        similarity = len(mine & theirs) / len(union) if union else 1.0
        if similarity >= threshold:
            hints.append(
                DuplicateHint(tracking_id=other.tracking_id, similarity=similarity, apart=apart)
            )
    hints.sort(key=lambda h: (-h.similarity, h.apart))
    return tuple(hints)


def _check_duplicate_arguments(  # noqa: PLR0917 - the arguments of find_duplicates, in order
    candidate: object,
    recent: object,
    window: object,
    threshold: object,
    normalizer: object,
    normalizer_type: type,
) -> None:
    if not isinstance(candidate, Inbound | Complaint):
        raise ArgumentError(
            argument="candidate",
            rule="must be an Inbound or a Complaint",
            given=type_name(candidate),
        )
    if not isinstance(window, timedelta) or window < timedelta():
        raise ArgumentError(
            argument="window", rule="must be a timedelta of zero or more", given=type_name(window)
        )
    if (
        not isinstance(threshold, int | float)
        or isinstance(threshold, bool)
        or not 0.0 <= threshold <= 1.0
    ):
        raise ArgumentError(
            argument="threshold",
            rule="must be a number from 0.0 to 1.0",
            given=type_name(threshold),
        )
    if normalizer is not None and not isinstance(normalizer, normalizer_type):
        raise ArgumentError(
            argument="normalizer", rule="must be a Normalizer or None", given=type_name(normalizer)
        )
    if isinstance(recent, str | bytes | Mapping) or not isinstance(recent, Iterable):
        raise ArgumentError(argument="recent", rule=_RECENT, given=type_name(recent))
