"""The reporter's satisfaction answer: an event of the complaint, read back as a value.

After the closing notice asks "how satisfied are you?", the reporter answers with the
``nilai_kepuasan`` action of the shipped profiles: a ``skor`` from ``"1"`` (very dissatisfied) to
``"5"`` (very satisfied) and an optional ``alasan`` code, once, only by the complaint's own
reporter (bound to ``Reporter.account_id`` like every reporter action). The audit reports the
answers per unit ([`pengaduan.audit.SatisfactionSummary`][pengaduan.audit.SatisfactionSummary]).

Example:
    >>> from pengaduan.testing import build_complaint
    >>> from datetime import UTC, datetime
    >>> t0 = datetime(2025, 3, 3, 2, tzinfo=UTC)
    >>> satisfaction_of(build_complaint(t0)) is None
    True
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from pengaduan._core.text import exact
from pengaduan.errors import ArgumentError, type_name
from pengaduan.model import Complaint

__all__ = [
    "SATISFACTION_ACTION",
    "SATISFACTION_REASONS",
    "SATISFIED_FROM",
    "Satisfaction",
    "satisfaction_of",
    "score_from_reply",
]

SATISFACTION_ACTION = "nilai_kepuasan"
"""The action that records the reporter's answer (in both shipped profiles)."""

SATISFACTION_REASONS = (
    "kurang_jelas",
    "lambat",
    "lainnya",
    "sikap_petugas",
    "tidak_tuntas",
)
"""Reason codes the reporter may give (codes, never free text)."""

SATISFIED_FROM = 4
"""A score of 4 or 5 counts as satisfied."""

_SCORES = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_REPLY = re.compile(r"(?:(?:nilai|skor|score)\s*[:=]?\s*)?([1-5])(?:\s*/\s*5)?[.!]?")
_MAX_REPLY = 40


@attrs.frozen(kw_only=True)
class Satisfaction:
    """The reporter's answer.

    Attributes:
        score: 1 (very dissatisfied) to 5 (very satisfied).
        reason: a reason code from
            [`SATISFACTION_REASONS`][pengaduan.messages.satisfaction.SATISFACTION_REASONS], or
            ``None``.
        sequence: the event that recorded it.
    """

    score: int
    reason: str | None
    sequence: int

    @property
    def satisfied(self) -> bool:
        """A score of [`SATISFIED_FROM`][pengaduan.messages.satisfaction.SATISFIED_FROM] or more."""
        return self.score >= SATISFIED_FROM


def score_from_reply(text: object) -> str | None:
    """The ``skor`` in a reporter's SMS or WhatsApp reply to the closing notice, else ``None``.

    Only an unmistakable answer counts: the digit alone (``"4"``, ``" 5."``), or after ``NILAI``
    or ``SKOR`` (``"nilai 4"``, ``"SKOR: 5"``), or ``"4/5"``. Anything else (``"5 hari lagi
    belum diperbaiki"``, a new complaint, an emoji) is ``None``: pass it on as a reply
    (``tanggapi``) or a new complaint rather than guess a score.

    Example:
        >>> score_from_reply("Nilai 4"), score_from_reply("5 hari belum diperbaiki")
        ('4', None)
    """
    if not isinstance(text, str) or len(text) > _MAX_REPLY:
        return None
    folded = unicodedata.normalize("NFKC", exact(text)).strip().casefold()
    found = _REPLY.fullmatch(folded)
    return None if found is None else found.group(1)


def satisfaction_of(complaint: Complaint) -> Satisfaction | None:
    """The reporter's first satisfaction answer, or ``None`` when there is none (or it is not
    readable: a stored history edited by hand gives no answer rather than a wrong one).

    Raises:
        ArgumentError: ``complaint`` is not a Complaint.
    """
    if not isinstance(complaint, Complaint):
        raise ArgumentError(
            argument="complaint", rule="must be a Complaint", given=type_name(complaint)
        )
    for event in complaint.history:
        if event.action != SATISFACTION_ACTION:
            continue
        data = event.data
        score = _SCORES.get(data.get("skor"))  # type: ignore[arg-type]
        if score is None:
            return None
        reason = data.get("alasan")
        return Satisfaction(
            score=score,
            reason=reason if reason in SATISFACTION_REASONS else None,
            sequence=event.sequence,
        )
    return None
