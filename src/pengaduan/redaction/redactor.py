"""The redactor: run detectors, resolve overlaps, apply operators, report spans.

Overlap rule (one rule, applied to the findings of every detector together):
    **the longest span wins; on equal length the kind earlier in**
    :data:`~pengaduan.redaction.kinds.KIND_PRIORITY` **wins (NIK before phone before name...);
    then the earlier start; then the detector that runs first.** A span that overlaps an
    already chosen span is dropped whole, never trimmed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

import attrs

from pengaduan.errors import ConfigurationError, RedactionError
from pengaduan.redaction.detectors import (
    _KIND_SHAPE,
    DetectionContext,
    Detector,
    Finding,
    KnownIdentity,
    default_detectors,
)
from pengaduan.redaction.kinds import kind_rank
from pengaduan.redaction.operators import Operator, Tag

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["RedactionResult", "Redactor", "Span", "resolve_overlaps"]

_NOBODY = KnownIdentity()

#: A tag or pseudonym written by this library's operators; collapsed in context windows.
REDACTION_TAG = re.compile(r"\[[A-Z][A-Z0-9_]{0,30}(?:-[a-z]{6,32})?\]")


@attrs.frozen(kw_only=True)
class Span:
    """Where one piece of personal data was, and where its replacement is. Never its value.

    Attributes:
        kind: the kind of personal data.
        start: offset of the span in the original text.
        end: offset just after the span in the original text.
        detector: the name of the detector that found it.
        redacted_start: offset of the replacement in the redacted text.
        redacted_end: offset just after the replacement in the redacted text.
    """

    kind: str
    start: int
    end: int
    detector: str
    redacted_start: int
    redacted_end: int


@attrs.frozen(kw_only=True)
class RedactionResult:
    """The redacted text and, for audit, the spans (kinds and positions, never values).

    Attributes:
        text: the redacted text (hidden from ``repr``).
        spans: the redacted spans, in text order.
    """

    text: str = attrs.field(repr=False)
    spans: tuple[Span, ...]

    def counts(self) -> dict[str, int]:
        """How many spans of each kind were redacted, for a report."""
        counts: dict[str, int] = {}
        for span in self.spans:
            kind = str(span.kind)
            counts[kind] = counts.get(kind, 0) + 1
        return dict(sorted(counts.items()))


def resolve_overlaps(findings: Sequence[Finding], text_length: int) -> list[Finding]:
    """Apply the overlap rule (see the module docstring) and return the chosen spans in order.

    The longest span wins (then the kind earlier in ``KIND_PRIORITY``, the earlier start, the
    earlier detector). A losing span that reaches beyond the winner is not dropped: the winner
    grows to cover it, so no character any detector found is left in clear.

    Args:
        findings: spans from every detector, in detector order.
        text_length: the length of the text they refer to.

    Returns:
        Non-overlapping findings sorted by start.
    """
    del text_length  # positions are checked by the redactor
    ranked = sorted(
        enumerate(findings),
        key=lambda item: (
            item[1].start - item[1].end,
            kind_rank(item[1].kind),
            item[1].start,
            item[0],
        ),
    )
    rank = {id(finding): position for position, (_, finding) in enumerate(ranked)}
    # Chosen spans never overlap, so kept sorted by start the ones a new span touches are
    # neighbours in the list: bisect finds them without scanning (hostile texts have many).
    starts: list[int] = []
    chosen: list[Finding] = []
    for _, finding in ranked:
        first = bisect_right(starts, finding.start) - 1
        if first < 0 or chosen[first].end <= finding.start:
            first += 1
        last = bisect_left(starts, finding.end)  # chosen[first:last] overlap the finding
        if first >= last:
            starts.insert(first, finding.start)
            chosen.insert(first, finding)
            continue
        hit = chosen[first:last]
        start = min(finding.start, hit[0].start)
        end = max(finding.end, hit[-1].end)
        if len(hit) == 1 and (start, end) == (hit[0].start, hit[0].end):
            continue  # wholly inside the winner
        winner = min(hit, key=lambda c: rank[id(c)])
        merged = Finding(kind=winner.kind, start=start, end=end, detector=winner.detector)
        rank[id(merged)] = rank[id(winner)]
        starts[first:last] = [start]
        chosen[first:last] = [merged]
    return chosen


def _check_operators(operators: Mapping[str, object]) -> list[str]:
    problems = []
    for kind, operator in operators.items():
        if not isinstance(kind, str) or not _KIND_SHAPE.fullmatch(kind):
            problems.append(f"operator key {kind!r} is not a kind (lower-case snake_case)")
        if not isinstance(operator, Operator):
            problems.append(f"operator for {kind!r} is not an operator: {type(operator).__name__}")
    return problems


@attrs.frozen(kw_only=True)
class Redactor:
    """Redacts personal data from any text.

    Build one with :meth:`default` (or with your own detectors), keep it, and call
    :meth:`redact` for each text; it holds no per-text state and is safe to share.

    Attributes:
        detectors: the detectors, run in this order.
        operators: ``(kind, operator)`` pairs; kinds without one use ``fallback``.
        fallback: the operator for kinds not listed (a :class:`Tag` by default).
    """

    detectors: tuple[Detector, ...]
    operators: tuple[tuple[str, Operator], ...] = ()
    fallback: Operator = attrs.field(factory=Tag)
    _by_kind: dict[str, Operator] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        problems = [
            f"detector #{i + 1} ({type(d).__name__}) does not follow the Detector protocol"
            for i, d in enumerate(self.detectors)
            if not isinstance(d, Detector)
        ]
        names = [d.name for d in self.detectors if isinstance(d, Detector)]
        problems += [
            f"detector name {n!r} is used twice" for n in sorted(set(names)) if names.count(n) > 1
        ]
        problems += _check_operators(dict(self.operators))
        fallback: object = self.fallback
        if not isinstance(fallback, Operator):
            problems.append(f"fallback is not an operator: {type(fallback).__name__}")
        if problems:
            raise ConfigurationError("redactor", problems)
        object.__setattr__(self, "_by_kind", dict(self.operators))

    @classmethod
    def default(
        cls,
        *,
        operators: Mapping[str, Operator] | None = None,
        fallback: Operator | None = None,
        extra_detectors: Iterable[Detector] = (),
        allowed_phones: Iterable[str] = (),
        allowed_emails: Iterable[str] = (),
    ) -> Redactor:
        """The built-in detectors (every kind) with tags, plus what the app adds.

        Args:
            operators: an operator per kind, for example ``{"phone": Mask()}``.
            fallback: the operator for other kinds (default :class:`Tag`).
            extra_detectors: app-defined detectors, run after the built-ins.
            allowed_phones: office hotlines never redacted (any common writing).
            allowed_emails: institutional addresses never redacted.

        Returns:
            The redactor.

        Raises:
            ConfigurationError: every problem in the configuration at once.
        """
        problems: list[str] = []
        detectors: tuple[Detector, ...] = ()
        try:
            detectors = default_detectors(
                allowed_phones=allowed_phones, allowed_emails=allowed_emails
            )
        except ConfigurationError as error:
            problems.extend(error.problems)
        operator_map = dict(operators or {})
        problems.extend(_check_operators(operator_map))
        if problems:
            raise ConfigurationError("redactor", problems)
        return cls(
            detectors=(*detectors, *extra_detectors),
            operators=tuple(sorted(operator_map.items())),
            fallback=fallback if fallback is not None else Tag(),
        )

    def with_detectors(self, *detectors: Detector) -> Redactor:
        """A copy that also runs ``detectors`` (after the current ones)."""
        return attrs.evolve(self, detectors=(*self.detectors, *detectors))

    def find(self, text: str, *, known: KnownIdentity | None = None) -> list[Finding]:
        """The spans that :meth:`redact` would replace, after the overlap rule.

        Args:
            text: any text.
            known: the reporter's known identity, redacted wherever it appears.

        Returns:
            Non-overlapping findings sorted by start.

        Raises:
            RedactionError: ``text`` is not a string, ``known`` is not a KnownIdentity, or a
                detector returned a span outside the text or with a malformed kind.
        """
        if not isinstance(text, str):
            raise RedactionError(
                reason="not-text", detail=f"expected str, got {type(text).__name__}"
            )
        if known is not None and not isinstance(known, KnownIdentity):
            raise RedactionError(
                reason="not-known-identity",
                detail=f"known must be a KnownIdentity, got {type(known).__name__}",
            )
        tags = [(m.start(), m.end()) for m in REDACTION_TAG.finditer(text)] if "[" in text else []
        context = DetectionContext(text, known or _NOBODY, tags)
        findings: list[Finding] = []
        length = len(text)
        for detector in self.detectors:
            found = list(detector(text, context))
            for finding in found:
                if not (
                    isinstance(finding, Finding)
                    and isinstance(finding.start, int)
                    and isinstance(finding.end, int)
                    and 0 <= finding.start < finding.end <= length
                    and isinstance(finding.kind, str)
                    and _KIND_SHAPE.fullmatch(finding.kind)
                ):
                    raise RedactionError(
                        reason="bad-span",
                        detail="a finding must be a Finding with 0 <= start < end <= "
                        f"len(text) ({length}) and a snake_case kind",
                        detector=detector.name,
                    )
            context.absorb(found)
            findings.extend(found)
        return resolve_overlaps(findings, length)

    def redact(self, text: str, *, known: KnownIdentity | None = None) -> RedactionResult:
        """Redact ``text``.

        Args:
            text: any text (any Unicode, any length).
            known: the reporter's known identity, redacted wherever it appears.

        Returns:
            The redacted text and the spans (original and redacted positions, no values).

        Raises:
            RedactionError: see :meth:`find`.

        Example:
            >>> Redactor.default().redact("HP saya 0812-3456-7890").text
            'HP saya [PHONE]'
        """
        pieces: list[str] = []
        spans: list[Span] = []
        cursor = 0
        out = 0
        for finding in self.find(text, known=known):
            before = text[cursor : finding.start]
            pieces.append(before)
            out += len(before)
            operator = self._by_kind.get(finding.kind, self.fallback)
            replacement = operator(kind=finding.kind, value=text[finding.start : finding.end])
            pieces.append(replacement)
            spans.append(
                Span(
                    kind=finding.kind,
                    start=finding.start,
                    end=finding.end,
                    detector=finding.detector,
                    redacted_start=out,
                    redacted_end=out + len(replacement),
                )
            )
            out += len(replacement)
            cursor = finding.end
        pieces.append(text[cursor:])
        return RedactionResult(text="".join(pieces), spans=tuple(spans))
