"""Detectors: small frozen callables that find personal data in text.

A detector is anything with a ``name`` and a ``__call__(text, context)`` returning
:class:`Finding` values (the :class:`Detector` protocol). The built-in ones cover the kinds in
:class:`~pengaduan.redaction.kinds.PiiKind`; apps add their own (see
``docs/howto/custom-detector.md``) and pass them to :class:`~pengaduan.redaction.Redactor`.

The built-ins share one design: a cheap linear-time scan finds candidates (a run of digits, an
``@``, a trigger word), then Python validates only those candidates (NIK structure, phone
metadata, context words). Sources of the rules are in ``_lexicon.py`` and ``_nik.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs
import phonenumbers

from pengaduan.errors import ArgumentError, ConfigurationError, RedactionError, type_name
from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._fold import fold_text
from pengaduan.redaction._nik import nik_structure_valid
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

    from pengaduan.routing.directory import UnitDirectory

__all__ = [
    "AddressDetector",
    "DetectionContext",
    "Detector",
    "EmailDetector",
    "Finding",
    "KnownIdentity",
    "KnownIdentityDetector",
    "NameDetector",
    "NumberDetector",
    "PlateDetector",
    "default_detectors",
    "office_phones",
]

#: Characters of visible context (after collapsing earlier findings) that a number looks back.
CONTEXT_WIDTH = 40
#: Characters of original text that a context window may span at most.
CONTEXT_LOOKBACK = 300
_COLLAPSED = "\x1f"
_KIND_SHAPE = re.compile(r"[a-z][a-z0-9_]{0,30}")
NUMBER_KINDS = frozenset(
    {PiiKind.NIK, PiiKind.KK, PiiKind.NPWP, PiiKind.PHONE, PiiKind.BPJS, PiiKind.BANK_ACCOUNT}
)


_COLLECTIONS = (list, tuple, set, frozenset)


def _strings(values: object, argument: str) -> tuple[str, ...]:
    """A tuple of strings from one string, or a list, tuple or set of them."""
    if isinstance(values, str):
        return (values,)
    if isinstance(values, _COLLECTIONS) and all(isinstance(v, str) for v in values):
        return tuple(values)
    bad = (
        values
        if not isinstance(values, _COLLECTIONS)
        else next(v for v in values if not isinstance(v, str))
    )
    raise ArgumentError(argument=argument, rule="must be a list of str", given=type_name(bad))


def _names(values: object) -> tuple[str, ...]:
    return _strings(values, "names")


def _phones(values: object) -> tuple[str, ...]:
    return _strings(values, "phones")


def _emails(values: object) -> tuple[str, ...]:
    return _strings(values, "emails")


def _niks(values: object) -> tuple[str, ...]:
    return _strings(values, "niks")


def _string_list(argument: str, values: object, problems: list[str]) -> tuple[str, ...]:
    """``values`` as a tuple of strings, or a problem noted (a lone str is refused: it would be
    taken character by character)."""
    if isinstance(values, _COLLECTIONS) and all(isinstance(v, str) for v in values):
        return tuple(values)
    problems.append(f"{argument} must be a list of str, got {type_name(values)}")
    return ()


def _check_call(name: str, text: object, context: object) -> None:
    """Refuse a detector call whose text is not a str or whose context is not a context."""
    if not isinstance(text, str):
        raise RedactionError(
            reason="not-text", detail=f"expected str, got {type_name(text)}", detector=name
        )
    if not isinstance(context, DetectionContext):
        raise RedactionError(
            reason="not-context",
            detail=f"context must be a DetectionContext, got {type_name(context)}",
            detector=name,
        )


def _detector_name(_instance: object, _attribute: object, name: object) -> None:
    if not isinstance(name, str) or not name.strip() or len(name) > 64:
        raise ConfigurationError(
            "detector",
            [f"name must be a non-empty str of at most 64 characters ({type_name(name)})"],
        )


def _string_set(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, frozenset) or not all(isinstance(v, str) for v in value):
        raise ConfigurationError(
            "detector", [f"{attribute.name} must be a frozenset of str, got {type_name(value)}"]
        )


def _max_words(_instance: object, _attribute: object, value: object) -> None:
    if type(value) is not int or not 1 <= value <= 12:
        raise ConfigurationError(
            "detector", [f"max_words must be an int from 1 to 12 ({type_name(value)})"]
        )


def _flag(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise ConfigurationError(
            "detector", [f"{attribute.name} must be a bool, got {type_name(value)}"]
        )


@attrs.frozen(kw_only=True)
class Finding:
    """One piece of personal data found by a detector.

    Attributes:
        kind: a :class:`PiiKind` value, or an app-defined kind (lower-case ``snake_case``).
        start: offset of the first character in the text.
        end: offset just after the last character.
        detector: the name of the detector that found it.
    """

    kind: str
    start: int
    end: int
    detector: str


@attrs.frozen(kw_only=True)
class KnownIdentity:
    """What is known about the reporter, so it is redacted wherever it appears in the text.

    Attributes:
        names: full names (each word of three letters or more is also looked for on its own).
        phones: phone numbers in any common writing (``0812...``, ``+62 812...``).
        emails: email addresses.
        niks: NIK values.
    """

    names: tuple[str, ...] = attrs.field(default=(), converter=_names, repr=False)
    phones: tuple[str, ...] = attrs.field(default=(), converter=_phones, repr=False)
    emails: tuple[str, ...] = attrs.field(default=(), converter=_emails, repr=False)
    niks: tuple[str, ...] = attrs.field(default=(), converter=_niks, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> KnownIdentity:
        """Build from a mapping with optional keys ``names``, ``phones``, ``emails``, ``niks``.

        A single string is accepted where a list is expected.

        Args:
            data: the mapping, for example a reporter record's fields.

        Returns:
            The known identity.

        Raises:
            ConfigurationError: unknown keys or values that are not strings (every problem is
                listed; values themselves are never shown).
        """
        fields = ("names", "phones", "emails", "niks")
        if not isinstance(data, dict):
            raise ConfigurationError("known identity", [f"expected a dict, got {type_name(data)}"])
        problems = [
            f"unknown key {key!r}" if isinstance(key, str) and len(key) <= 64 else "unknown key"
            for key in data
            if key not in fields
        ]
        parsed: dict[str, tuple[str, ...]] = {}
        for key in fields:
            raw = data.get(key, ())
            values = (raw,) if isinstance(raw, str) else raw
            if not isinstance(values, list | tuple | set | frozenset):
                problems.append(f"{key}: expected a list of strings, got {type(raw).__name__}")
                continue
            bad = [type(v).__name__ for v in values if not isinstance(v, str)]
            if bad:
                problems.append(f"{key}: expected strings, got {', '.join(sorted(set(bad)))}")
                continue
            parsed[key] = tuple(v for v in values if isinstance(v, str) and v.strip())
        if problems:
            raise ConfigurationError("known identity", problems)
        return cls(**parsed)

    def phone_numbers(self) -> frozenset[str]:
        """The known phones as national significant numbers (``81234567890``)."""
        result = set()
        for phone in self.phones:
            digits = "".join(c for c in fold_text(phone) if c.isascii() and c.isdigit())
            national = _national(digits)
            if national:
                result.add(national)
        return frozenset(result)

    def nik_numbers(self) -> frozenset[str]:
        """The known NIKs as bare digits."""
        return frozenset(
            "".join(c for c in fold_text(n) if c.isascii() and c.isdigit()) for n in self.niks
        )


class DetectionContext:
    """What a detector may know besides the text: the known identity and earlier findings.

    The redactor runs detectors in order; spans found by earlier detectors, and redaction tags
    already in the text, are *collapsed* in :meth:`window_before`: they count as one character.
    That keeps context-gated decisions identical when a redacted text is redacted again (a long
    name and its ``[NAME]`` tag are the same distance to a number), which makes redaction
    idempotent.
    """

    __slots__ = (
        "_fixed_ends",
        "_fixed_starts",
        "_local_ends",
        "_local_starts",
        "_lowered",
        "_tag_ends",
        "_tag_starts",
        "known",
        "text",
    )

    def __init__(self, text: str, known: KnownIdentity, collapsed: Iterable[tuple[int, int]]):
        if not isinstance(text, str):
            raise RedactionError(reason="not-text", detail=f"expected str, got {type_name(text)}")
        if not isinstance(known, KnownIdentity):
            raise RedactionError(
                reason="not-known-identity",
                detail=f"known must be a KnownIdentity, got {type_name(known)}",
            )
        spans = list(collapsed) if isinstance(collapsed, list | tuple) else None
        if spans is None or not all(
            isinstance(span, tuple)
            and len(span) == 2
            and all(type(x) is int and 0 <= x <= len(text) for x in span)
            for span in spans
        ):
            raise RedactionError(
                reason="bad-span",
                detail="collapsed must be a list of (start, end) offsets inside the text",
            )
        collapsed = spans
        self.text = text
        self.known = known
        self._fixed_starts: list[int] = []
        self._fixed_ends: list[int] = []
        self._local_starts: list[int] = []
        self._local_ends: list[int] = []
        self._lowered: str | None = None
        self._set_fixed(collapsed)
        self._tag_starts, self._tag_ends = self._fixed_starts, self._fixed_ends

    def in_tag(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a redaction tag that was in the text already."""
        index = bisect_right(self._tag_ends, start)
        return index < len(self._tag_starts) and self._tag_starts[index] < end

    @property
    def lowered(self) -> str:
        """The text with ASCII letters lower-cased (same length and offsets), computed once."""
        if self._lowered is None:
            text = self.text
            # str.lower is much faster than a translation table and, on ASCII text, the same.
            self._lowered = text.lower() if text.isascii() else text.translate(lex.ASCII_LOWER)
        return self._lowered

    def _set_fixed(self, intervals: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(intervals):
            if starts and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self._fixed_starts, self._fixed_ends = starts, ends

    def absorb(self, findings: Iterable[Finding]) -> None:
        """Collapse ``findings`` (and every span noted with :meth:`cover`) for later windows."""
        if not findings and not self._local_starts:
            return
        merged = list(zip(self._fixed_starts, self._fixed_ends, strict=True))
        merged.extend(zip(self._local_starts, self._local_ends, strict=True))
        merged.extend((f.start, f.end) for f in findings)
        self._local_starts, self._local_ends = [], []
        self._set_fixed(merged)

    def touches_collapsed(self, position: int) -> bool:
        """Whether an earlier finding ends or starts exactly at ``position``.

        Such a neighbour becomes a tag (``]`` or ``[``) once redacted, so a detector treats it
        as a separator rather than as a letter glued to what it looks at.
        """
        index = bisect_left(self._fixed_ends, position)
        if index < len(self._fixed_ends) and self._fixed_ends[index] == position:
            return True
        index = bisect_left(self._fixed_starts, position)
        return index < len(self._fixed_starts) and self._fixed_starts[index] == position

    def collapsed_ends(self) -> list[int]:
        """The end offsets of earlier findings, sorted."""
        return self._fixed_ends

    def overlaps_collapsed(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a finding of an earlier detector."""
        index = bisect_right(self._fixed_ends, start)
        return index < len(self._fixed_starts) and self._fixed_starts[index] < end

    def split_uncovered(self, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Cut sorted ``spans`` (digit groups of one run) at the findings of earlier detectors.

        The parts of spans that earlier findings cover are removed; the rest is grouped into
        pieces that no earlier finding separates.

        Args:
            spans: sorted, non-overlapping ``(start, end)`` pairs.

        Returns:
            The uncovered parts, as lists of pairs, in text order.
        """
        starts, ends = self._fixed_starts, self._fixed_ends
        pieces: list[list[tuple[int, int]]] = [[]]
        index = bisect_right(ends, spans[0][0]) if spans else 0
        for span_start, end in spans:
            cursor = span_start
            while cursor < end:
                while index < len(starts) and ends[index] <= cursor:
                    index += 1
                if index == len(starts) or starts[index] >= end:
                    pieces[-1].append((cursor, end))
                    break
                if starts[index] > cursor:
                    pieces[-1].append((cursor, starts[index]))
                if pieces[-1]:
                    pieces.append([])
                cursor = ends[index]
        return [piece for piece in pieces if piece]

    def next_collapsed(self, position: int) -> int:
        """Where the next earlier finding starts at or after ``position`` (``position`` when it
        is inside one, the text length when there is none)."""
        index = bisect_right(self._fixed_ends, position)
        if index == len(self._fixed_starts):
            return len(self.text)
        return max(position, self._fixed_starts[index])

    def cover(self, start: int, end: int) -> None:
        """Collapse a span the running detector just found, for its own later windows."""
        if self._local_starts and start < self._local_ends[-1]:
            return
        self._local_starts.append(start)
        self._local_ends.append(end)

    def window_after(self, position: int, *, width: int = 16) -> str:
        """The lower-cased text after ``position``, earlier findings collapsed to one character.

        Args:
            position: an offset in the text.
            width: how many visible characters to return at most.

        Returns:
            At most ``width`` characters starting at ``position``.
        """
        hi = min(len(self.text), position + CONTEXT_LOOKBACK)
        index = bisect_left(self._fixed_ends, position + 1)
        pieces: list[str] = []
        cursor = position
        while index < len(self._fixed_starts) and self._fixed_starts[index] < hi:
            start, end = self._fixed_starts[index], self._fixed_ends[index]
            if start > cursor:
                pieces.append(self.text[cursor:start])
            pieces.append(_COLLAPSED)
            cursor = max(cursor, end)
            index += 1
            if sum(len(p) for p in pieces) >= width:
                break
        pieces.append(self.text[cursor:hi])
        return "".join(pieces)[:width].lower()

    @staticmethod
    def _clip(starts: list[int], ends: list[int], lo: int, hi: int) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        index = bisect_left(starts, hi) - 1
        while index >= 0 and ends[index] > lo:
            found.append((max(starts[index], lo), min(ends[index], hi)))
            index -= 1
        return found

    def window_before(self, position: int, *, width: int = CONTEXT_WIDTH) -> str:
        """The lower-cased text before ``position``, earlier findings collapsed to one character.

        Args:
            position: an offset in the text.
            width: how many visible characters to return at most.

        Returns:
            At most ``width`` characters ending at ``position``.
        """
        lo = max(0, position - CONTEXT_LOOKBACK)
        intervals = self._clip(self._fixed_starts, self._fixed_ends, lo, position)
        intervals += self._clip(self._local_starts, self._local_ends, lo, position)
        if not intervals:
            return self.text[max(lo, position - width) : position].lower()
        intervals.sort()
        pieces: list[str] = []
        cursor = lo
        for start, end in intervals:
            if end <= cursor:
                continue
            if start > cursor:
                pieces.append(self.text[cursor:start])
                pieces.append(_COLLAPSED)
            elif not pieces or pieces[-1] != _COLLAPSED:
                pieces.append(_COLLAPSED)
            cursor = end
        pieces.append(self.text[cursor:position])
        return "".join(pieces)[-width:].lower()


@runtime_checkable
class Detector(Protocol):
    """The detector protocol: a name and a call returning findings.

    A detector must be deterministic and linear-time in the length of the text, and must not
    keep the text or log it.
    """

    @property
    def name(self) -> str:
        """A short stable name, recorded in every span the detector produces."""
        ...

    def __call__(self, text: str, context: DetectionContext) -> Iterable[Finding]:
        """Find personal data in ``text``."""
        ...


def _ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _may_hold_lettered_id(lowered: str) -> bool:
    """Whether a NIK/KK context word and a letter typed next to a digit are both in the text.

    The ``in`` tests run in C and rule out most texts before the slower regex looks.
    """
    return (
        "nik" in lowered
        or "ktp" in lowered
        or "kk" in lowered
        or "keluarga" in lowered
        or "n.i.k" in lowered
        or "kependudukan" in lowered
    ) and lex.LETTER_BY_DIGIT.search(lowered) is not None


def _ascii_lower_alnum(char: str) -> bool:
    return char.isascii() and (char.islower() or char.isdigit())


def _bounded(
    pattern: re.Pattern[str],
    text: str,
    word_char: Callable[[str], bool],
    context: DetectionContext | None = None,
) -> Iterator[tuple[int, int]]:
    """Matches of ``pattern`` not preceded by a word character, as ``finditer`` would give them
    for the pattern with a leading ``(?<!word)`` look-behind.

    A pattern that starts with a look-behind makes the engine try it at every position in
    Python's ``re``; without it the engine skips impossible positions in C. A match rejected by
    the check resumes the search one character later, so a match starting inside it is found.
    With a ``context``, a word character that ends an earlier finding does not count: that
    finding becomes a tag (``]``) once redacted.
    """
    pos = 0
    search = pattern.search
    while (match := search(text, pos)) is not None:
        start = match.start()
        if (
            start
            and word_char(text[start - 1])
            and (context is None or not context.touches_collapsed(start))
        ):
            pos = start + 1
            continue
        end = match.end()
        yield start, end
        pos = end if end > start else end + 1


# ---------------------------------------------------------------------------------------------
# Numbers


def _national(digits: str) -> str | None:
    if digits.startswith("0") and len(digits) >= 8:
        return digits[1:]
    if digits.startswith("62") and len(digits) >= 9:
        return digits[2:]
    return None


@lru_cache(maxsize=8192)
def _phone_e164(digits: str, *, international: bool, lenient: bool) -> str | None:
    if not 8 <= len(digits) <= 15:
        return None
    if international:
        candidate = "+" + digits
    elif digits.startswith("0"):
        if digits[1] == "0":
            return None
        candidate = "+62" + digits[1:]
    elif digits.startswith("62") and digits[2] != "0":
        candidate = "+" + digits
    else:
        return None
    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return None
    ok = phonenumbers.is_possible_number(number) if lenient else None
    if not ok and not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _closest_context(window: str) -> str | None:
    last = None
    for match in lex.CONTEXT.finditer(window):
        last = match.lastgroup
    return last


_FOLLOWING_KINDS = frozenset({"kk", "npwp", "bpjs", "bank", "nik", "office"})
#: Lengths of a NIK or KK number a person still means as one after its context word.
_TOLERATED_ID_LENGTHS = frozenset({15, 16, 17})


def _following_context(window: str) -> str | None:
    """A context word written right after a number (``0001234567890 (BPJS)``)."""
    match = lex.CONTEXT_AFTER.match(window)
    if match is None:
        return None
    found = lex.CONTEXT.search(window, match.end())
    if found is None or found.start() != match.end() or found.lastgroup not in _FOLLOWING_KINDS:
        return None
    return found.lastgroup


_ALLOWED = "allowed"


@attrs.frozen(kw_only=True)
class NumberDetector:
    """NIK, KK, NPWP, phone, BPJS and bank account numbers, in one pass over digit runs.

    A run of digits (with spaces, dots, dashes or brackets between them) is split into its
    groups; the longest sequence of up to six groups that classifies wins, then the scan moves on.
    A run is cut where an earlier detector's finding (an email, an address) lies inside it, as
    the tag written there would cut it.
    Classification, in order: the known identity; a *negative* context word (ticket, invoice,
    billing, customer id...) vetoes; a context word for KK / NPWP / BPJS / bank decides; a valid
    NIK structure (or a NIK context word) makes a NIK; the ``99.999.999.9-999.999`` layout makes an
    NPWP; a number ``phonenumbers`` accepts makes a phone (any ``+`` country, or Indonesian
    ``0``/``62`` prefixes). Amounts written after ``Rp`` are never classified.

    Attributes:
        name: the detector name recorded in spans.
        kinds: which kinds to report (the others are still recognised, so they are not
            misreported as something else).
        allowed_phones: E.164 numbers never reported (office hotlines).
        only_known: report only the known identity's NIKs and phones (used by views that hide
            the reporter but may show other personal data).
    """

    name: str = attrs.field(default="numbers", validator=_detector_name)
    kinds: frozenset[PiiKind] = attrs.field(default=NUMBER_KINDS, validator=_string_set)
    allowed_phones: frozenset[str] = attrs.field(default=frozenset(), validator=_string_set)
    only_known: bool = attrs.field(default=False, validator=_flag)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find identity, phone and account numbers in ``text``."""
        known_niks = context.known.nik_numbers()
        known_phones = context.known.phone_numbers()
        lettered: list[tuple[int, int]] = []
        if not self.only_known and _may_hold_lettered_id(context.lowered):
            for finding in self._lettered(context):
                lettered.append((finding.start, finding.end))
                context.cover(finding.start, finding.end)
                if finding.kind in self.kinds:
                    yield finding
        for run in lex.DIGIT_RUN.finditer(text):
            first_digit, after = run.span()
            if lettered and any(a < after and first_digit < b for a, b in lettered):
                continue
            groups = [
                (m.start(), m.end()) for m in lex.DIGIT_GROUP.finditer(text, first_digit, after)
            ]
            # An earlier finding inside the run becomes a tag once redacted, which ends the run
            # there: classify the pieces between findings, as a second pass would.
            pieces = (
                context.split_uncovered(groups)
                if context.overlaps_collapsed(first_digit, after)
                else [groups]
            )
            for piece in pieces:
                if piece[0][0] == first_digit and not self._free_before(text, first_digit, context):
                    continue
                if piece[-1][1] == after and not self._free_after(text, after, context):
                    continue
                yield from self._classify_run(text, piece, context, known_niks, known_phones)

    def _lettered(self, context: DetectionContext) -> Iterator[Finding]:
        """NIK and KK numbers with letters for digits (``537l0545O7850012``) after their context
        word, when they have 15 to 17 digits once the letters are read as digits."""
        lowered = context.lowered
        for at, _ in _bounded(lex.LETTERED_ID, lowered, _ascii_lower_alnum):
            match = lex.LETTERED_ID.match(lowered, at)
            if match is None:  # _bounded found a match at this very place
                continue
            raw = match.group("number")
            if not any(char.isalpha() for char in raw):
                continue  # plain digits: the digit-run pass decides
            digits = "".join(c for c in raw.translate(lex.LETTER_DIGITS) if c.isdigit())
            real = sum(c.isdigit() for c in raw)
            if len(digits) not in _TOLERATED_ID_LENGTHS or real < 10:
                continue
            start, end = match.span("number")
            kind = PiiKind.KK if match.group("kk") else PiiKind.NIK
            yield Finding(kind=kind, start=start, end=end, detector=self.name)

    def _free_before(self, text: str, first_digit: int, context: DetectionContext) -> bool:
        return (
            first_digit == 0
            or not text[first_digit - 1].isalnum()
            or self._glued(text, first_digit)
            or context.touches_collapsed(first_digit)
        )

    @staticmethod
    def _free_after(text: str, after: int, context: DetectionContext) -> bool:
        return (
            after == len(text)
            or not (text[after].isalpha() and text[after].isascii())
            or context.touches_collapsed(after)
        )

    @staticmethod
    def _glued(text: str, start: int) -> bool:
        word_start = start
        while word_start > 0 and start - word_start < 8 and text[word_start - 1].isalpha():
            word_start -= 1
        return text[word_start:start].lower() in lex.GLUED_CONTEXT

    def _classify_run(
        self,
        text: str,
        groups: list[tuple[int, int]],
        context: DetectionContext,
        known_niks: frozenset[str],
        known_phones: frozenset[str],
    ) -> Iterator[Finding]:
        index = 0
        while index < len(groups):
            begin = groups[index][0]
            reach = sum(b - a for a, b in groups[index : index + 6])
            if reach < 7:
                index += 1
                continue
            window = context.window_before(begin - (1 if begin and text[begin - 1] in "+(" else 0))
            money = lex.MONEY_BEFORE.search(window) is not None
            ctx = None if money else _closest_context(window)
            if ctx is None and not money:
                ctx = _following_context(context.window_after(groups[-1][1]))
            chosen: tuple[int, str] | None = None
            if not money:
                last = min(index + 5, len(groups) - 1)
                for stop in range(last, index - 1, -1):
                    raw = text[begin : groups[stop][1]]
                    digits = "".join(text[a:b] for a, b in groups[index : stop + 1])
                    if len(digits) > 17:
                        continue
                    if len(digits) < 7:
                        break
                    plus = begin > 0 and text[begin - 1] == "+"
                    kind = self._classify(
                        digits,
                        raw,
                        ctx=ctx,
                        plus=plus,
                        known_niks=known_niks,
                        known_phones=known_phones,
                    )
                    if kind is not None:
                        chosen = (stop, kind)
                        break
            if chosen is None:
                index += 1
                continue
            stop, kind = chosen
            start, end = begin, groups[stop][1]
            if (start > 0 and text[start - 1] == "+") or (
                start > 0 and text[start - 1] == "(" and ")" in text[start:end]
            ):
                start -= 1
            if kind != _ALLOWED:
                context.cover(start, end)
                if kind in self.kinds:
                    yield Finding(kind=kind, start=start, end=end, detector=self.name)
            index = stop + 1

    def _classify(  # noqa: PLR0911 - a decision ladder reads best as early returns
        self,
        digits: str,
        raw: str,
        *,
        ctx: str | None,
        plus: bool,
        known_niks: frozenset[str],
        known_phones: frozenset[str],
    ) -> str | None:
        length = len(digits)
        if digits in known_niks:
            return PiiKind.NIK
        national = _national(digits)
        if national is not None and national in known_phones:
            return PiiKind.PHONE
        if ctx == "negative" or self.only_known:
            return None
        if ctx == "kk" and length in _TOLERATED_ID_LENGTHS:
            return PiiKind.KK
        if ctx == "npwp" and length in (15, 16):
            return PiiKind.NPWP
        if ctx == "bpjs" and length == 13:
            return PiiKind.BPJS
        if ctx == "bank" and 10 <= length <= 16:
            return PiiKind.BANK_ACCOUNT
        if (ctx == "nik" and length in _TOLERATED_ID_LENGTHS) or (
            length == 16 and nik_structure_valid(digits)
        ):
            return PiiKind.NIK
        if length == 17:
            return None
        if length == 15 and lex.NPWP15_FORMAT.fullmatch(raw):
            return PiiKind.NPWP
        phone = _phone_e164(
            digits, international=plus and not digits.startswith("62"), lenient=ctx == "phone"
        )
        if phone is not None:
            office = ctx == "office" or phone in self.allowed_phones
            return _ALLOWED if office else PiiKind.PHONE
        return None


# ---------------------------------------------------------------------------------------------
# Emails


@attrs.frozen(kw_only=True)
class EmailDetector:
    """Email addresses, except institutional ones.

    An address is institutional when it is in ``allowed`` or when its mailbox is a role
    (``pengaduan@``, ``humas@``, ``ppid@``...) on a government domain (``.go.id``).

    Attributes:
        name: the detector name recorded in spans.
        allowed: lower-case addresses never reported.
        role_mailboxes: mailbox names treated as institutional on government domains.
    """

    name: str = attrs.field(default="email", validator=_detector_name)
    allowed: frozenset[str] = attrs.field(default=frozenset(), validator=_string_set)
    role_mailboxes: frozenset[str] = attrs.field(default=lex.ROLE_MAILBOXES, validator=_string_set)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find email addresses in ``text``."""
        at = text.find("@")
        while at != -1:
            local = lex.EMAIL_LOCAL_TAIL.search(text, max(0, at - 64), at)
            domain = lex.EMAIL_DOMAIN.match(text, at + 1)
            if local and domain:
                start = local.start()
                while start < at and text[start] == ".":
                    start += 1
                host = domain.group()
                tld = host.rsplit(".", 1)[-1]
                if start < at and tld.isalpha() and len(tld) >= 2:
                    address = text[start : domain.end()].lower()
                    if not self._institutional(address):
                        yield Finding(
                            kind=PiiKind.EMAIL, start=start, end=domain.end(), detector=self.name
                        )
            at = text.find("@", at + 1)

    def _institutional(self, address: str) -> bool:
        if address in self.allowed:
            return True
        mailbox, _, host = address.partition("@")
        return mailbox in self.role_mailboxes and host.endswith(lex.INSTITUTIONAL_DOMAIN_SUFFIXES)


# ---------------------------------------------------------------------------------------------
# Plates


@attrs.frozen(kw_only=True)
class PlateDetector:
    """Vehicle plates: region letters, 1-4 digits, 1-3 suffix letters (``DH 1234 AB``).

    Only known region codes are accepted, in capitals, so ``PP 28`` or ``UU 25`` never match.

    Attributes:
        name: the detector name recorded in spans.
    """

    name: str = attrs.field(default="plate", validator=_detector_name)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find vehicle plates in ``text``."""
        for start, end in _bounded(lex.PLATE_BARE, text, _ascii_alnum, context):
            yield Finding(kind=PiiKind.PLATE, start=start, end=end, detector=self.name)


# ---------------------------------------------------------------------------------------------
# Names


def _word_core(word: str) -> str:
    return word.rstrip(".").casefold()


def _is_initial(word: str) -> bool:
    return word.endswith(".") and all(len(part) == 1 for part in word[:-1].split("."))


@attrs.frozen(kw_only=True)
class NameDetector:
    """Person names after a trigger: ``nama saya``, ``a.n.``, ``atas nama``, ``bernama``,
    honorifics (``Bapak``, ``Ibu``, ``Pak``, ``Bu``, ``Sdr``, ``Bapa``, ``Mama``, ``Om``...),
    roles (``oknum``, ``petugas``, ``perawat``) and titles (``dr.``, ``Drs.``, ``Pdt.``).

    After ``nama saya``/``a.n.``/``bernama`` the name may be written in lower case; after an
    honorific or role it must be capitalised (``ibu hamil`` is not a name). Common words stop a
    name (``Ibu Kota``, ``Bapak Kepala Dinas``). A trigger right after a place word (``Jl.``,
    ``RSUD``, ``Bandara``...) belongs to a place named after a person and is skipped whole.

    Attributes:
        name: the detector name recorded in spans.
        max_words: the most words a name may have.
    """

    name: str = attrs.field(default="name", validator=_detector_name)
    max_words: int = attrs.field(default=4, validator=_max_words)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find person names in ``text``."""
        skip_until = 0
        lowered = context.lowered
        triggers = [(m.start(), m.end(), m.group()) for m in lex.NAME_TRIGGER.finditer(lowered)]
        # A trigger glued to an earlier finding starts a word (the finding becomes a tag), so
        # the look-behind's verdict is overruled there; such places are few.
        extra = [
            (m.start(), m.end(), m.group())
            for e in context.collapsed_ends()
            if e < len(lowered)
            and lowered[e - 1].isalnum()
            and (m := lex.NAME_TRIGGER_BARE.match(lowered, e)) is not None
        ]
        if extra:
            triggers = sorted({*triggers, *extra})
        for start, end, word in triggers:
            if start < skip_until:
                continue
            strong = word in _STRONG
            if not strong and not _capital_follows(text, end):
                continue
            span = self._name_after(text, end, context, strong=strong)
            if span is None:
                continue
            skip_until = span[1]
            before = text[max(0, start - 40) : start]
            if lex.PLACE_BEFORE.search(before):
                continue
            yield Finding(kind=PiiKind.NAME, start=span[0], end=span[1], detector=self.name)

    def _name_after(
        self, text: str, position: int, context: DetectionContext, *, strong: bool
    ) -> tuple[int, int] | None:
        lead = lex.NAME_LEAD.match(text, position)
        pos = lead.end() if lead else position
        words: list[tuple[int, int]] = []
        titles = 0
        first = True
        while len(words) < self.max_words:
            # A word ends where an earlier finding starts: that finding becomes a tag.
            limit = context.next_collapsed(pos)
            token = _FIRST_TOKEN if first else lex.NAME_TOKEN
            match = token.match(text, pos, limit)
            if match is None:
                break
            word = match.group(1)
            core = _word_core(word)
            if not words and (word.casefold() in lex.TITLE_TOKENS or core in lex.NAME_ROLES):
                if titles >= 3:
                    break
                titles += 1
                pos = match.end()
                first = False
                continue
            if core in lex.NAME_STOPWORDS or (core in lex.TITLE_TOKENS and words):
                break
            capital = word[0].isupper()
            if not capital and (not strong or (words and text[words[0][0]].isupper())):
                break
            if len(core) < 2 and not _is_initial(word):
                break
            end = match.start(1) + len(word)
            if word.endswith(".") and not _is_initial(word):
                end -= 1
            if context.overlaps_collapsed(match.start(1), end):
                break  # a name never runs into an earlier finding (an email, an address)
            words.append((match.start(1), end))
            pos = match.end()
            first = False
        if not words:
            return None
        return words[0][0], words[-1][1]


_STRONG = frozenset(lex.STRONG_TRIGGERS)
_NEXT_WORD = re.compile(r"[ \t\u00a0]*[:,.]?[ \t\u00a0]*([^\W\d_]+\.?)")


def _capital_follows(text: str, position: int) -> bool:
    """Whether a capitalised word, a title or a role follows ``position`` (cheap pre-check)."""
    match = _NEXT_WORD.match(text, position)
    if match is None:
        return False
    word = match.group(1)
    return (
        word[0].isupper() or word.lower() in lex.TITLE_TOKENS or _word_core(word) in lex.NAME_ROLES
    )


_FIRST_TOKEN = re.compile(r"[ \t\u00a0]{0,3}([^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*+\.?)")


# ---------------------------------------------------------------------------------------------
# Addresses


_DIGIT = re.compile(r"[0-9]")


def _address_words(text: str, pos: int, limit: int) -> int:
    """End offset of up to ``limit`` address words from ``pos`` (``pos`` when there are none)."""
    end = pos
    count = 0
    lower_ok: bool | None = None
    while count < limit:
        match = lex.ADDRESS_WORD.match(text, end)
        if match is None:
            break
        word = match.group(1)
        core = _word_core(word)
        if core in lex.ADDRESS_STOPWORDS or lex.HOUSE_NUMBER.match(text, match.start(1)):
            break
        capital = word[0].isupper() or word[0].isdigit()
        if lower_ok is None:
            lower_ok = not capital
        elif not capital and not lower_ok:
            break
        word_end = match.start(1) + len(word)
        if word.endswith(".") and len(core) > 2 and not _is_initial(word):
            word_end -= 1
        end = word_end
        count += 1
    return end


@attrs.frozen(kw_only=True)
class AddressDetector:
    """Home addresses: a street with a house number, or an RT/RW, with the area around it.

    Components are chained: ``Jl./Jalan/Gg./Perum ...``, ``No. 12``/``Blok C/5``,
    ``RT 003/RW 005``, ``Kel./Kec./Desa/Kota ...``. A chain is an address when it has a street
    and a house number, an RT/RW pair, or an RT with a street or area. A bare street (``jalan di
    Jl. Frans Seda rusak``) is a place, not a home address, and is left alone.

    Attributes:
        name: the detector name recorded in spans.
    """

    name: str = attrs.field(default="address", validator=_detector_name)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find home addresses in ``text``."""
        resume = 0
        for start, _ in _bounded(lex.ADDRESS_ANCHOR_BARE, context.lowered, str.isalnum, context):
            if start < resume or _DIGIT.search(text, start, start + 120) is None:
                continue
            end = self._chain(text, start)
            if end is not None:
                resume = end
                yield Finding(kind=PiiKind.ADDRESS, start=start, end=end, detector=self.name)

    @staticmethod
    def _chain(text: str, start: int) -> int | None:
        pos = end = start
        street = number = pair = rt = region = False
        first = True
        while True:
            at = pos if first else lex.ADDRESS_GAP.match(text, pos).end()  # type: ignore[union-attr]
            if (found := lex.STREET.match(text, at)) and (
                words_end := _address_words(text, found.end(), 5)
            ) > found.end():
                street, end = True, words_end
            elif found := lex.HOUSE_NUMBER.match(text, at):
                number, end = True, found.end()
            elif found := lex.RT_RW.match(text, at):
                rt, end = True, found.end()
                pair = pair or "rw" in found.group().lower()
            elif (found := lex.REGION.match(text, at)) and (
                words_end := _address_words(text, found.end(), 3)
            ) > found.end():
                region, end = True, words_end
            else:
                break
            pos = end
            first = False
        if (street and number) or pair or (rt and (street or region)):
            return end
        return None


# ---------------------------------------------------------------------------------------------
# Known identity


#: The most words of one known name, and the longest name or email, that are looked for.
_KNOWN_MAX_WORDS = 16
_KNOWN_MAX_LENGTH = 320


@lru_cache(maxsize=256)
def _known_pattern(names: tuple[str, ...], emails: tuple[str, ...]) -> re.Pattern[str] | None:
    alternatives: set[str] = set()
    for full in names:
        # A name has a few words; a "name" of thousands (a pasted text) is matched word by word,
        # so the pattern stays small whatever the record holds.
        parts = full.split(maxsplit=_KNOWN_MAX_WORDS)[:_KNOWN_MAX_WORDS]
        if parts and len(full) <= _KNOWN_MAX_LENGTH:
            alternatives.add(r"\s+".join(re.escape(p) for p in parts))
        for part in parts:
            core = part.strip(".,")
            if 3 <= len(core) <= _KNOWN_MAX_LENGTH and core.casefold() not in lex.NAME_STOPWORDS:
                alternatives.add(re.escape(core))
    alternatives.update(
        re.escape(e.strip()) for e in emails if e.strip() and len(e) <= _KNOWN_MAX_LENGTH
    )
    if not alternatives:
        return None
    ordered = sorted(alternatives, key=len, reverse=True)
    # Not inside another word, but a name glued to digits ("RT 005Yohanes") still counts.
    return re.compile(
        r"(?<![^\W\d])(?<![@.])(?:" + "|".join(ordered) + r")(?![^\W\d]|@)", re.IGNORECASE
    )


@attrs.frozen(kw_only=True)
class KnownIdentityDetector:
    """The reporter's own names and emails, wherever they appear (any case, any word of a name).

    Known phones and NIKs are matched by :class:`NumberDetector`, which normalises numbers.

    Attributes:
        name: the detector name recorded in spans.
    """

    name: str = attrs.field(default="known", validator=_detector_name)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find the known identity's names and emails in ``text``."""
        known = context.known
        pattern = _known_pattern(
            tuple(fold_text(n) for n in known.names), tuple(fold_text(e) for e in known.emails)
        )
        if pattern is None:
            return
        for match in pattern.finditer(text):
            if context.in_tag(match.start(), match.end()):
                continue  # a name such as "Phone" inside a "[PHONE]" tag
            kind = PiiKind.EMAIL if "@" in match.group() else PiiKind.NAME
            yield Finding(kind=kind, start=match.start(), end=match.end(), detector=self.name)


def office_phones(directory: UnitDirectory) -> tuple[str, ...]:
    """The phone numbers a unit directory lists (its units' liaison and office lines).

    They belong to offices, so they are never personal: pass them as ``allowed_phones`` to
    :func:`default_detectors` or :meth:`~pengaduan.redaction.Redactor.default`.

    Args:
        directory: the government's :class:`~pengaduan.routing.UnitDirectory`.

    Returns:
        The numbers as the directory writes them, without duplicates, in directory order.

    Raises:
        ArgumentError: ``directory`` is not a unit directory.

    Example:
        >>> from pengaduan.routing import UnitDirectory
        >>> office_phones(UnitDirectory.kota_kupang())
        ()
    """
    units = getattr(directory, "units", None)
    if type(directory).__name__ != "UnitDirectory" or not isinstance(units, tuple):
        raise ArgumentError(
            argument="directory", rule="must be a UnitDirectory", given=type_name(directory)
        )
    phones: dict[str, None] = {}
    for unit in units:
        phone = getattr(getattr(unit, "liaison", None), "phone", None)
        if isinstance(phone, str) and phone.strip():
            phones[phone] = None
    return tuple(phones)


def default_detectors(
    *,
    allowed_phones: Iterable[str] = (),
    allowed_emails: Iterable[str] = (),
) -> tuple[Detector, ...]:
    """The built-in detectors, in the order the redactor runs them.

    Text detectors run first so that numbers see their context with names and addresses
    collapsed. Phones in ``allowed_phones`` may be written in any common form.

    Args:
        allowed_phones: office hotlines never reported.
        allowed_emails: institutional addresses never reported.

    Returns:
        The detectors.

    Raises:
        ConfigurationError: an allowed phone that is not a valid phone number.
    """
    e164: set[str] = set()
    problems: list[str] = []
    phones = _string_list("allowed_phones", allowed_phones, problems)
    emails = _string_list("allowed_emails", allowed_emails, problems)
    for number, phone in enumerate(phones):
        digits = "".join(c for c in fold_text(phone) if c.isascii() and c.isdigit())
        value = _phone_e164(
            digits,
            international=phone.strip().startswith("+") and not digits.startswith("62"),
            lenient=True,
        )
        if value is None:
            problems.append(f"allowed phone #{number + 1} is not a valid phone number")
        else:
            e164.add(value)
    if problems:
        raise ConfigurationError("allowed phones and emails", problems)
    from pengaduan.redaction.gazetteer import GazetteerNameDetector  # noqa: PLC0415 - a cycle

    return (
        KnownIdentityDetector(),
        EmailDetector(allowed=frozenset(fold_text(e).strip().lower() for e in emails)),
        AddressDetector(),
        NameDetector(),
        GazetteerNameDetector(),
        PlateDetector(),
        NumberDetector(allowed_phones=frozenset(e164)),
    )
