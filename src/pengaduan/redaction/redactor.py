"""The redactor: run detectors, resolve overlaps, apply operators, report spans.

Overlap rule (one rule, applied to the findings of every detector together):
    **the longest span wins; on equal length the kind earlier in**
    `KIND_PRIORITY` **wins (NIK before phone before name...);
    then the earlier start; then the detector that runs first.** A span that overlaps an
    already chosen span is dropped whole, never trimmed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import items_of
from pengaduan._core.text import exact
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, ConfigurationError, RedactionError, type_name
from pengaduan.redaction._detect_base import (
    _COLLECTIONS,
    _KIND_SHAPE,
    DetectionContext,
    Detector,
    Finding,
    KnownIdentity,
)
from pengaduan.redaction._findings import new_finding
from pengaduan.redaction._fold import fold
from pengaduan.redaction._many import redact_many
from pengaduan.redaction._phone_learned import phone_owner_model, unowned_phones
from pengaduan.redaction.detectors import default_detectors
from pengaduan.redaction.kinds import PiiKind, kind_rank
from pengaduan.redaction.operators import Operator, Tag

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Mapping, Sequence

    from pengaduan.redaction._many import Packed

__all__ = ["RedactionResult", "Redactor", "Span", "resolve_overlaps"]

_NOBODY = KnownIdentity()
#: The built-in detectors whose phone findings the learned model may overrule.
_BUILT_IN_PHONE_DETECTORS = frozenset({"numbers", "tables"})
#: The built-in kinds: a finding of one of them needs no shape check (`PiiKind` members and
#: their str values hash and compare alike).
_BUILT_IN_KINDS = frozenset(PiiKind)
#: The types of kinds looked up there (a subclass of str may hash or compare as it likes).
_KIND_TYPES = (str, PiiKind)

#: A tag or pseudonym written by this library's operators; collapsed in context windows.
REDACTION_TAG = re.compile(r"\[[A-Z][A-Z0-9_]{0,30}(?:-[a-z]{6,32})?\]")


def redaction_tags(text: str) -> list[tuple[int, int]]:
    """Where the redaction tags already in ``text`` stand (``[PHONE]``, ``[NAMA-abcdef]``)."""
    return [(m.start(), m.end()) for m in REDACTION_TAG.finditer(text)] if "[" in text else []


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


_start = attrgetter("start")


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

    Raises:
        ArgumentError: ``findings`` is not an iterable of
            [`Finding`][pengaduan.redaction.Finding] with int positions, or ``text_length`` is
            not an int.
    """
    rule = N_("must be an iterable of Finding")
    checked = list(items_of(findings, "findings", rule))
    for finding in checked:
        if not (
            isinstance(finding, Finding)
            and type(finding.start) is int
            and type(finding.end) is int
            and isinstance(finding.kind, str)
        ):
            raise ArgumentError(argument="findings", rule=rule, given=type_name(finding))
    length: object = text_length
    if type(length) is not int:
        raise ArgumentError(argument="text_length", rule="must be an int", given=type_name(length))
    return _resolve_overlaps(checked)


def _outside_kept(findings: list[Finding], kept: Sequence[tuple[int, int]]) -> list[Finding]:
    """``findings`` without those that overlap a span a detector kept (found by bisection over
    the kept spans, merged and sorted)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(kept):
        if starts and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    outside = []
    for finding in findings:
        index = bisect_right(ends, finding.start)
        if index < len(starts) and starts[index] < finding.end:
            continue
        outside.append(finding)
    return outside


def _resolve_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """[`resolve_overlaps()`][pengaduan.redaction.resolve_overlaps] of the redactor's own
    findings (already checked)."""
    ordered = sorted(findings, key=_start)
    if all(a.end <= b.start for a, b in pairwise(ordered)):
        return ordered  # the common case: nothing overlaps, so the rule has nothing to decide
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


#: Characters a detector joins across: a finding glued to a letter or digit through one of them
#: (``wa.me/62...``, ``x@y``) is rechecked like one glued directly.
_JOINERS = frozenset("@._-+%/'\u2019")
#: Characters of text on each side of a glued finding that a recheck renders: a whole complaint
#: of ordinary length, so a recheck is a second pass over it; longer texts are rechecked in
#: windows, grown while a finding reaches a cut edge.
_MARGIN = 2048
#: A finding this close to a cut edge of a window may be an artefact of the cut.
_EDGE = 2


def _glued_at(text: str, outside: int, beyond: int) -> bool:
    char = text[outside]
    if char.isalnum():
        return True
    return char in _JOINERS and 0 <= beyond < len(text) and text[beyond].isalnum()


def _glued(text: str, finding: Finding) -> bool:
    """Whether a letter or digit touches ``finding`` (directly or through a joiner)."""
    return (finding.start > 0 and _glued_at(text, finding.start - 1, finding.start - 2)) or (
        finding.end < len(text) and _glued_at(text, finding.end, finding.end + 1)
    )


#: Characters that never glue a finding to its neighbour: whitespace and the punctuation
#: around personal data in complaints (a joiner, a letter or a digit may).
_APART = frozenset(' \t\n\r,;:()[]{}<>"!?*=|~^`')


def _any_glued(text: str, findings: list[Finding]) -> bool:
    """Whether `_glued` holds for one of ``findings``, deciding most of them from the two
    characters around them without a call."""
    size = len(text)
    apart = _APART
    for finding in findings:
        start, end = finding.start, finding.end
        if (not start or text[start - 1] in apart) and (end == size or text[end] in apart):
            continue
        if _glued(text, finding):
            return True
    return False


def _outside(starts: list[int], ends: list[int], position: int, *, before: bool) -> int:
    """``position`` moved out of any chosen finding (to its start or its end)."""
    index = bisect_right(starts, position) - 1
    if index >= 0 and starts[index] < position < ends[index]:
        return starts[index] if before else ends[index]
    return position


def _windows(
    text: str, starts: list[int], ends: list[int], pending: list[Finding]
) -> list[tuple[int, int]]:
    """Windows ``(lo, hi)`` around the pending findings, merged where they overlap."""
    windows: list[tuple[int, int]] = []
    for finding in sorted(pending, key=_start):
        lo = _outside(starts, ends, max(0, finding.start - _MARGIN), before=True)
        hi = _outside(starts, ends, min(len(text), finding.end + _MARGIN), before=False)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


@attrs.frozen(kw_only=True)
class _Window:
    """A stretch of text as [`Redactor.redact()`][pengaduan.redaction.Redactor.redact] would write
    it, with offsets both ways.

    Attributes:
        text: the rendered stretch.
        pieces: ``(window_start, window_end, text_start, text_end, replaced)`` per piece, in
            order; the pieces tile the stretch and its window.
    """

    text: str = attrs.field(repr=False)
    pieces: tuple[tuple[int, int, int, int, bool], ...] = attrs.field(repr=False)
    _window_starts: list[int] = attrs.field(repr=False)
    _window_ends: list[int] = attrs.field(repr=False)

    @classmethod
    def render(
        cls,
        text: str,
        chosen: list[Finding],
        *,
        ends: list[int],
        lo: int,
        hi: int,
        operator: Callable[[Finding, str], str],
    ) -> _Window:
        """Render ``text[lo:hi]`` (``lo`` and ``hi`` outside findings) with ``chosen`` replaced."""
        parts: list[str] = []
        pieces: list[tuple[int, int, int, int, bool]] = []
        cursor = lo
        out = 0
        for finding in chosen[bisect_right(ends, lo) :]:
            if finding.start >= hi:
                break
            value = text[finding.start : finding.end]
            for start, end, piece, replaced in (
                (cursor, finding.start, text[cursor : finding.start], False),
                (finding.start, finding.end, operator(finding, value), True),
            ):
                parts.append(piece)
                pieces.append((out, out + len(piece), start, end, replaced))
                out += len(piece)
            cursor = finding.end
        parts.append(text[cursor:hi])
        pieces.append((out, out + hi - cursor, cursor, hi, False))
        return cls(
            text="".join(parts),
            pieces=tuple(pieces),
            window_starts=[p[0] for p in pieces],
            window_ends=[p[1] for p in pieces],
        )

    def to_text(self, start: int, end: int) -> tuple[int, int]:
        """A window span in text offsets; a replaced piece it touches is covered whole."""
        w_start, _, t_start, _, replaced = self.pieces[bisect_right(self._window_starts, start) - 1]
        text_start = t_start if replaced else t_start + start - w_start
        w_start, _, t_start, t_end, replaced = self.pieces[bisect_left(self._window_ends, end)]
        text_end = t_end if replaced else t_start + end - w_start
        return text_start, text_end


def _check_operators(operators: Mapping[str, object]) -> list[str]:
    problems: list[str] = []
    for kind, operator in operators.items():
        if not isinstance(kind, str) or not _KIND_SHAPE.fullmatch(kind):
            problems.append(
                Phrase(
                    N_("operator key ({type}) is not a kind (lower-case snake_case)"),
                    type=type_name(kind),
                )
            )
            continue
        if not _is_operator(operator):
            problems.append(
                Phrase(
                    N_("operator for {kind} is not an operator: {type}"),
                    kind=repr(kind),
                    type=type_name(operator),
                )
            )
    return problems


def _is_operator(value: object) -> bool:
    """An operator instance (a class is callable too, but is not one)."""
    return isinstance(value, Operator) and not isinstance(value, type)


def _replace(operator: Operator, finding: Finding, value: str) -> str:
    """The operator's replacement; an operator that fails or returns no str is an error."""
    replacement: object = None
    failed = False
    try:
        replacement = operator(kind=finding.kind, value=value)
    except Exception:
        failed = True
    if failed or not isinstance(replacement, str):
        raise RedactionError(
            reason="bad-operator",
            detail=Phrase(
                N_("the operator for {kind} raised an error or returned no str"),
                kind=repr(finding.kind),
            ),
        )
    return replacement


def _operator_pairs(value: object, problems: list[str]) -> tuple[tuple[str, Operator], ...]:
    """``(kind, operator)`` pairs from a mapping or a sequence of pairs, or a problem noted."""
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, list | tuple) and all(
        isinstance(p, tuple) and len(p) == 2 for p in value
    ):
        pairs = list(value)
    else:
        problems.append(
            Phrase(
                N_("operators must be a mapping of kind to operator, got {type}"),
                type=type_name(value),
            )
        )
        return ()
    found = _check_operators(dict(pairs))
    problems.extend(found)
    if found:
        return ()
    return tuple(sorted(pairs, key=lambda pair: pair[0]))


@attrs.frozen(kw_only=True)
class Redactor:
    """Redacts personal data from any text.

    Build one with [`default()`][pengaduan.redaction.Redactor.default] (or with your own detectors),
    keep it, and call
    [`redact()`][pengaduan.redaction.Redactor.redact] for each text; it holds no per-text state and
    is safe to share.

    Attributes:
        detectors: the detectors, run in this order.
        operators: ``(kind, operator)`` pairs; kinds without one use ``fallback``.
        fallback: the operator for kinds not listed (a [`Tag`][pengaduan.redaction.Tag] by default).
        learned_phone_owner: whether a learned model may overrule the rules where they take a
            phone number for a person's (see the redaction guide's section on it); ``False``
            keeps every phone the rules find.
    """

    detectors: tuple[Detector, ...]
    operators: tuple[tuple[str, Operator], ...] = ()
    fallback: Operator = attrs.field(factory=Tag)
    learned_phone_owner: bool = True
    _by_kind: dict[str, Operator] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        problems: list[str] = []
        given: object = self.detectors
        detectors: tuple[object, ...] = ()
        if isinstance(given, list | tuple):
            detectors = tuple(given)
        else:
            problems.append(
                Phrase(
                    N_("detectors must be a tuple of detectors, got {type}"), type=type_name(given)
                )
            )
        problems += [
            Phrase(
                N_("detector #{number} ({type}) does not follow the Detector protocol"),
                number=i + 1,
                type=type_name(d),
            )
            for i, d in enumerate(detectors)
            if not isinstance(d, Detector) or not isinstance(d.name, str)
        ]
        names = [d.name for d in detectors if isinstance(d, Detector) and isinstance(d.name, str)]
        problems += [
            Phrase(N_("detector name {name} is used twice"), name=shown(n))
            for n in sorted(set(names))
            if names.count(n) > 1
        ]
        operators = _operator_pairs(self.operators, problems)
        fallback: object = self.fallback
        if not _is_operator(fallback):
            problems.append(
                Phrase(N_("fallback is not an operator: {type}"), type=type_name(fallback))
            )
        learned: object = self.learned_phone_owner
        if type(learned) is not bool:
            problems.append(
                Phrase(
                    N_("learned_phone_owner must be True or False, got {type}"),
                    type=type_name(learned),
                )
            )
        if problems:
            raise ConfigurationError(N_("redactor"), problems)
        object.__setattr__(self, "detectors", detectors)
        object.__setattr__(self, "operators", operators)
        object.__setattr__(self, "_by_kind", dict(operators))

    @classmethod
    def default(
        cls,
        *,
        operators: Mapping[str, Operator] | None = None,
        fallback: Operator | None = None,
        extra_detectors: Iterable[Detector] = (),
        allowed_phones: Iterable[str] = (),
        allowed_emails: Iterable[str] = (),
        learned_phone_owner: bool = True,
    ) -> Redactor:
        """The built-in detectors (every kind) with tags, plus what the app adds.

        Args:
            operators: an operator per kind, for example ``{"phone": Mask()}``.
            fallback: the operator for other kinds (default [`Tag`][pengaduan.redaction.Tag]).
            extra_detectors: app-defined detectors, run after the built-ins.
            allowed_phones: office hotlines never redacted (any common writing).
            allowed_emails: institutional addresses never redacted.
            learned_phone_owner: ``False`` keeps every phone number the rules take for a
                person's, without the learned model's second opinion.

        Returns:
            The redactor.

        Raises:
            ConfigurationError: every problem in the configuration at once.
        """
        problems: list[str] = []
        detectors: tuple[Detector, ...] = ()
        failed: ConfigurationError | None = None
        try:
            detectors = default_detectors(
                allowed_phones=allowed_phones, allowed_emails=allowed_emails
            )
        except ConfigurationError as error:
            failed = error
        if failed is not None:
            problems.extend(failed.problems)
        pairs = _operator_pairs(operators if operators is not None else {}, problems)
        extra: object = extra_detectors
        if not isinstance(extra, _COLLECTIONS):
            problems.append(
                Phrase(
                    N_("extra_detectors must be a list of detectors, got {type}"),
                    type=type_name(extra),
                )
            )
            extra = ()
        if problems:
            raise ConfigurationError(N_("redactor"), problems)
        return cls(
            detectors=(*detectors, *extra),
            operators=pairs,
            fallback=fallback if fallback is not None else Tag(),
            learned_phone_owner=learned_phone_owner,
        )

    def with_detectors(self, *detectors: Detector) -> Redactor:
        """A copy that also runs ``detectors`` (after the current ones).

        Raises:
            ConfigurationError: a detector that does not follow the protocol, or a name used
                twice.
        """
        return attrs.evolve(self, detectors=(*self.detectors, *detectors))

    def find(self, text: str, *, known: KnownIdentity | None = None) -> list[Finding]:
        """The spans that [`redact()`][pengaduan.redaction.Redactor.redact] would replace, after the
        overlap rule.

        Args:
            text: any text.
            known: the reporter's known identity, redacted wherever it appears.

        Returns:
            Non-overlapping findings sorted by start.

        Raises:
            RedactionError: ``text`` is not a string, ``known`` is not a KnownIdentity, or a
                detector returned a span outside the text or with a malformed kind.
            ConfigurationError: the learned phone model's file is damaged (a broken install).
        """
        if not isinstance(text, str):
            raise RedactionError(
                reason="not-text",
                detail=Phrase(N_("expected str, got {type}"), type=type_name(text)),
            )
        if known is not None and not isinstance(known, KnownIdentity):
            raise RedactionError(
                reason="not-known-identity",
                detail=Phrase(
                    N_("known must be a KnownIdentity, got {type}"), type=type_name(known)
                ),
            )
        identity = known or _NOBODY
        folding = fold(exact(text))
        folded = folding.text
        chosen = self._detect(folded, identity)
        if _any_glued(folded, chosen):
            chosen = self._settle(folded, chosen, identity)
        if self.learned_phone_owner and chosen:
            chosen = self._owned(folded, chosen, identity)
        if folding.identity:
            return chosen
        # A `Finding` itself (no subclass) is made as `attrs.evolve` makes it: the class has no
        # validator, converter or default to run (see `new_finding`).
        return [
            new_finding(finding.kind, start, end, finding.detector)
            if type(finding) is Finding
            else attrs.evolve(finding, start=start, end=end)
            for finding in chosen
            for start, end in (folding.span(finding.start, finding.end),)
        ]

    def _detect(self, text: str, known: KnownIdentity) -> list[Finding]:
        """One pass of every detector over ``text``, then the overlap rule."""
        context = DetectionContext(text, known, redaction_tags(text))
        findings: list[Finding] = []
        length = len(text)
        last = len(self.detectors) - 1
        for number, detector in enumerate(self.detectors):
            found = list(detector(text, context))
            for finding in found:
                if not (
                    isinstance(finding, Finding)
                    and isinstance(finding.start, int)
                    and isinstance(finding.end, int)
                    and 0 <= finding.start < finding.end <= length
                    and (
                        (type(finding.kind) in _KIND_TYPES and finding.kind in _BUILT_IN_KINDS)
                        or (isinstance(finding.kind, str) and _KIND_SHAPE.fullmatch(finding.kind))
                    )
                ):
                    raise RedactionError(
                        reason="bad-span",
                        detail=Phrase(
                            N_(
                                "a finding must be a Finding with 0 <= start < end <= "
                                "len(text) ({length}) and a snake_case kind"
                            ),
                            length=length,
                        ),
                        detector=detector.name,
                    )
            if number < last:  # the last detector's findings inform no later one
                context.absorb(found)
            findings.extend(found)
        kept = context.kept()
        if kept:
            findings = _outside_kept(findings, kept)
        return _resolve_overlaps(findings)

    def _owned(self, text: str, chosen: list[Finding], known: KnownIdentity) -> list[Finding]:
        """``chosen`` without the phones the learned model judges nobody's personal number.

        Only the built-in detectors' phones are judged (an app's detector is taken at its word).
        """
        if not any(f.kind == PiiKind.PHONE for f in chosen):
            return chosen
        dropped = unowned_phones(
            text,
            chosen,
            redaction_tags(text),
            known=known.phone_numbers(),
            detectors=_BUILT_IN_PHONE_DETECTORS,
            model=phone_owner_model(),
        )
        if not dropped:
            return chosen
        return [f for i, f in enumerate(chosen) if i not in dropped]

    def _settle(self, text: str, chosen: list[Finding], known: KnownIdentity) -> list[Finding]:
        """Grow ``chosen`` until redacting the result again would find nothing new.

        Only the neighbourhood of findings glued to other text is checked: there, a detector
        that saw the finding's own letters or digits as part of a longer word sees a tag's
        bracket once it is redacted. Each window is rendered as
        [`redact()`][pengaduan.redaction.Redactor.redact] would write it,
        detected again, and what is found there is mapped back to original offsets and merged
        with the overlap rule. Covered text only grows, so the loop ends.
        """
        pending = [finding for finding in chosen if _glued(text, finding)]
        while pending:
            starts = [finding.start for finding in chosen]
            ends = [finding.end for finding in chosen]
            new: list[Finding] = []
            for lo, hi in _windows(text, starts, ends, pending):
                for finding in self._recheck(
                    text, chosen, starts=starts, ends=ends, known=known, lo=lo, hi=hi
                ):
                    index = bisect_right(starts, finding.start) - 1
                    if index < 0 or ends[index] < finding.end:  # not already covered
                        new.append(finding)
            if not new:
                break
            before = set(chosen)
            chosen = _resolve_overlaps([*chosen, *new])
            pending = [finding for finding in chosen if finding not in before]
        return chosen

    def _recheck(
        self,
        text: str,
        chosen: list[Finding],
        *,
        starts: list[int],
        ends: list[int],
        known: KnownIdentity,
        lo: int,
        hi: int,
    ) -> list[Finding]:
        """What a second pass finds in ``text[lo:hi]`` as redacted, in original offsets.

        The window grows while a finding reaches a cut edge, so a cut never changes what is
        found there.
        """
        margin = _MARGIN
        while True:
            window = _Window.render(text, chosen, ends=ends, lo=lo, hi=hi, operator=self._operator)
            found = self._detect(window.text, known)
            grow_lo = lo > 0 and any(f.start <= _EDGE for f in found)
            grow_hi = hi < len(text) and any(f.end >= len(window.text) - _EDGE for f in found)
            if not (grow_lo or grow_hi):
                break
            margin *= 2  # geometric growth keeps a long run linear overall
            if grow_lo:
                lo = _outside(starts, ends, max(0, lo - margin), before=True)
            if grow_hi:
                hi = _outside(starts, ends, min(len(text), hi + margin), before=False)
        return [
            attrs.evolve(finding, start=start, end=end)
            for finding in found
            for start, end in (window.to_text(finding.start, finding.end),)
        ]

    def _operator(self, finding: Finding, value: str) -> str:
        return _replace(self._by_kind.get(finding.kind, self.fallback), finding, value)

    def redact(self, text: str, *, known: KnownIdentity | None = None) -> RedactionResult:
        """Redact ``text``.

        Args:
            text: any text (any Unicode, any length).
            known: the reporter's known identity, redacted wherever it appears.

        Returns:
            The redacted text and the spans (original and redacted positions, no values).

        Raises:
            RedactionError: see [`find()`][pengaduan.redaction.Redactor.find].

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
            replacement = self._operator(finding, text[finding.start : finding.end])
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

    def redact_many(
        self,
        texts: Iterable[str | tuple[str, KnownIdentity | None]],
        *,
        workers: int = 1,
        chunk_size: int = 64,
    ) -> Generator[RedactionResult, None, None]:
        """Redact many texts, on one core or on several, with the results in input order.

        The texts are read lazily (a generator over a file of any size works: at most two
        chunks per worker are in flight) and each result is what
        [`redact()`][pengaduan.redaction.Redactor.redact] gives for its text. With
        ``workers=1`` the texts are redacted in the calling process; with more, in that many
        worker processes (on Linux ``fork``, or ``forkserver`` when the calling process runs
        other threads, as a web app does; ``spawn`` elsewhere: guard the app's entry point
        with ``if __name__ == "__main__":`` there), which each receive a pickled copy of the
        redactor once and then chunks of ``chunk_size`` texts (fewer when a chunk reaches about
        a million characters). The workers end with the iteration: after the last result, on
        an error, on Ctrl-C, or when the generator is closed.

        Args:
            texts: texts, or ``(text, known)`` pairs where ``known`` is the reporter's
                [`KnownIdentity`][pengaduan.redaction.KnownIdentity] (or None); both may be
                mixed.
            workers: processes to redact in, from 1 (this process, no pool) to 512; more than
                the cores available only adds overhead.
            chunk_size: texts sent to a worker at a time, from 1 to 100,000; the default
                keeps the cost of sending small against the cost of redacting 1 KB texts.

        Returns:
            A generator of results, one per text, in the order of ``texts``; its ``close()``
            (or ``contextlib.closing``) ends the workers at once, where a ``break`` ends them
            only once the generator is no longer referenced.

        Raises:
            ArgumentError: ``texts`` is not an iterable (or a str), or ``workers`` or
                ``chunk_size`` is out of range (at the call); an item that is neither a str
                nor a ``(str, KnownIdentity or None)`` pair (when the iteration reaches it,
                after the results before it, naming its position ``texts[N]``).
            ConfigurationError: ``workers`` > 1 and a detector or operator of this redactor
                cannot be pickled (at the call, naming it).
            RedactionError: what [`redact()`][pengaduan.redaction.Redactor.redact] raises for a
                text, after the results before it (an app detector's own exception comes back
                as it is, or as ``reason="detector-failed"`` when it cannot be pickled);
                ``reason="worker-died"`` when a worker process is killed.

        Example:
            >>> redactor = Redactor.default()
            >>> for result in redactor.redact_many(["HP 0812-3456-7890", "tidak ada"]):
            ...     print(result.text)
            HP [PHONE]
            tidak ada
        """
        return redact_many(self, texts, workers=workers, chunk_size=chunk_size, unpack=_unpacked)


def _unpacked(packed: Packed) -> RedactionResult:
    """A result from the text and span fields a worker process sends back."""
    text, spans = packed
    return RedactionResult(
        text=text,
        spans=tuple(
            Span(
                kind=kind,
                start=start,
                end=end,
                detector=detector,
                redacted_start=redacted_start,
                redacted_end=redacted_end,
            )
            for kind, start, end, detector, redacted_start, redacted_end in spans
        ),
    )
