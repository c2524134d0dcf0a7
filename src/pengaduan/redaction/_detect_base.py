"""The detector protocol and what every built-in detector shares.

[`Finding`][pengaduan.redaction.Finding] (what a detector reports),
[`KnownIdentity`][pengaduan.redaction.KnownIdentity] (what is known about the
reporter), [`DetectionContext`][pengaduan.redaction.DetectionContext] (earlier findings collapsed in
context windows), the
[`Detector`][pengaduan.redaction.Detector] protocol, argument checks and the bounded-match helper.
The detectors
themselves live one family per module (``_detect_number.py``, ``_detect_email.py``,
``_detect_plate.py``, ``_detect_name.py``, ``_detect_address.py``, ``_detect_known.py``, and
``gazetteer.py``); ``detectors.py`` is the public module that gathers them.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from operator import lt
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._i18n import N_, Phrase, article
from pengaduan.errors import ArgumentError, ConfigurationError, RedactionError, type_name
from pengaduan.model import Reporter
from pengaduan.redaction._detect_phone import _national
from pengaduan.redaction._fold import fold_text
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["DetectionContext", "Detector", "Finding", "KnownIdentity"]

#: Characters of visible context (after collapsing earlier findings) that a number looks back.
CONTEXT_WIDTH = 40
#: Characters of original text that a context window may span at most.
CONTEXT_LOOKBACK = 300
_COLLAPSED = "\x1f"
_KIND_SHAPE = re.compile(r"[a-z][a-z0-9_]{0,30}")


_COLLECTIONS = (list, tuple, set, frozenset)
#: Every ASCII character but a letter becomes a space, so ``str.split`` gives the words.
_NOT_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})
#: A run of characters outside ASCII (captured, so ``split`` keeps it).
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


class _NotLetters(dict[int, int]):
    """``_NOT_LETTERS`` for characters outside ASCII, filled as characters are met: a letter
    (general category ``L*``) or a combining mark (``Mn``, ``Mc``: the accent of a decomposed
    ``é``) stays, every other character becomes a space: curly quotes, dashes, ellipses,
    bullets, symbols, full-width punctuation, emoji with their skin-tone modifiers, and the
    variation selectors and enclosing keycap (marks that only ever follow an emoji)."""

    __slots__ = ()

    def __missing__(self, code: int) -> int:
        keep = unicodedata.category(chr(code)) in _WORD_CATEGORIES and not (
            0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
        )
        value = code if keep else 0x20
        if len(self) < _CACHED_CHARACTERS:  # a text of every code point must not fill memory
            self[code] = value
        return value


#: The general categories of characters that a word holds (letters and combining marks).
_WORD_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc"})
#: How many characters outside ASCII `_NotLetters` remembers.
_CACHED_CHARACTERS = 8192
_NOT_LETTERS_BEYOND_ASCII = _NotLetters()


def _ascii_lower(text: str) -> str:
    """``text`` with ASCII letters lower-cased and every other character as it is.

    ``str.lower`` does that on ASCII in C; a translation table would look every character up
    in a dict, so the few runs outside ASCII are cut out and kept as they are.
    """
    if text.isascii():
        return text.lower()
    parts = _NON_ASCII_RUN.split(text)
    parts[::2] = [part.lower() for part in parts[::2]]
    return "".join(parts)


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
    raise ArgumentError(argument=argument, rule=N_("must be a list of str"), given=type_name(bad))


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
    problems.append(
        Phrase(
            N_("{name} must be a list of str, got {type}"),
            name=argument,
            type=type_name(values),
        )
    )
    return ()


def _check_call(name: str, text: object, context: object) -> None:
    """Refuse a detector call whose text is not a str or whose context is not a context."""
    if not isinstance(text, str):
        raise RedactionError(
            reason="not-text",
            detail=Phrase(N_("expected str, got {type}"), type=type_name(text)),
            detector=name,
        )
    if not isinstance(context, DetectionContext):
        raise RedactionError(
            reason="not-context",
            detail=Phrase(
                N_("context must be a DetectionContext, got {type}"), type=type_name(context)
            ),
            detector=name,
        )


def _detector_name(_instance: object, _attribute: object, name: object) -> None:
    if not isinstance(name, str) or not str.strip(name) or len(name) > 64:
        raise ConfigurationError(
            N_("detector"),
            [
                Phrase(
                    N_("name must be a non-empty str of at most 64 characters ({type})"),
                    type=type_name(name),
                )
            ],
        )


def _string_set(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, frozenset) or not all(isinstance(v, str) for v in value):
        raise ConfigurationError(
            N_("detector"),
            [
                Phrase(
                    N_("{name} must be a frozenset of str, got {type}"),
                    name=attribute.name,
                    type=type_name(value),
                )
            ],
        )


def _max_words(_instance: object, _attribute: object, value: object) -> None:
    if type(value) is not int or not 1 <= value <= 12:
        raise ConfigurationError(
            N_("detector"),
            [Phrase(N_("max_words must be an int from 1 to 12 ({type})"), type=type_name(value))],
        )


def _flag(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise ConfigurationError(
            N_("detector"),
            [
                Phrase(
                    N_("{name} must be a bool, got {type}"),
                    name=attribute.name,
                    type=type_name(value),
                )
            ],
        )


@attrs.frozen(kw_only=True)
class Finding:
    """One piece of personal data found by a detector.

    Attributes:
        kind: a `PiiKind` value, or an app-defined kind (lower-case ``snake_case``).
        start: offset of the first character in the text.
        end: offset just after the last character.
        detector: the name of the detector that found it.
    """

    kind: str
    start: int
    end: int
    detector: str


#: The one type a list's items have for `DetectionContext.absorb` to take it as it is.
_FINDING_TYPE = frozenset({Finding})


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
            raise ConfigurationError(
                N_("known identity"),
                [Phrase(N_("expected a dict, got {type}"), type=type_name(data))],
            )
        problems: list[str] = [_unknown_key(key, fields) for key in data if key not in fields]
        parsed: dict[str, tuple[str, ...]] = {}
        for key in fields:
            raw = data.get(key, ())
            values = (raw,) if isinstance(raw, str) else raw
            if not isinstance(values, list | tuple | set | frozenset):
                problems.append(
                    Phrase(
                        N_("{path}: {problem}"),
                        path=key,
                        problem=Phrase(
                            N_("expected a list of strings, got {type}"), type=type_name(raw)
                        ),
                    )
                )
                continue
            bad = [type(v).__name__ for v in values if not isinstance(v, str)]
            if bad:
                problems.append(
                    Phrase(
                        N_("{path}: {problem}"),
                        path=key,
                        problem=Phrase(
                            N_("expected strings, got {types}"), types=", ".join(sorted(set(bad)))
                        ),
                    )
                )
                continue
            parsed[key] = tuple(v for v in values if isinstance(v, str) and v.strip())
        if problems:
            raise ConfigurationError(N_("known identity"), problems)
        return cls(**parsed)

    @classmethod
    def from_reporter(cls, reporter: Reporter) -> KnownIdentity:
        """What a complaint's [`Reporter`][pengaduan.model.Reporter] says about its reporter.

        The name, phone, email and NIK become ``names``, ``phones``, ``emails`` and ``niks``
        (unset or blank ones are left out). The reporter's address and account id are not part
        of a known identity; the audience views redact those as literal strings of their own.

        Args:
            reporter: the complaint's reporter (``complaint.reporter``).

        Returns:
            The known identity; empty for a reporter with none of those fields.

        Raises:
            ArgumentError: ``reporter`` is not a ``Reporter``.

        Example:
            ```python
            from pengaduan import KnownIdentity, Redactor, Reporter

            reporter = Reporter(name="Maria Ndun", phone="+6281333334444")
            known = KnownIdentity.from_reporter(reporter)
            result = Redactor.default().redact("sms ke 0813 3333 4444", known=known)
            assert result.text == "sms ke [PHONE]"
            ```
        """
        if not isinstance(reporter, Reporter):
            raise ArgumentError(
                argument="reporter",
                rule=Phrase(N_("must be {kind}"), kind=article("Reporter")),
                given=type_name(reporter),
            )

        def one(value: str | None) -> tuple[str, ...]:
            return (value,) if value is not None and value.strip() else ()

        return cls(
            names=one(reporter.name),
            phones=one(reporter.phone),
            emails=one(reporter.email),
            niks=one(reporter.nik),
        )

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


def _unknown_key(key: object, fields: tuple[str, ...]) -> str:
    """An unknown key as an error shows it: by name only when it is a near miss of a field name
    (``name`` for ``names``), since a record's keys may themselves be a person's name or number."""
    if (
        isinstance(key, str)
        and key.isascii()
        and key.isidentifier()
        and difflib.get_close_matches(key.lower(), fields, n=1, cutoff=0.6)
    ):
        return Phrase(N_("unknown key {key}"), key=repr(key))
    if isinstance(key, str):
        return Phrase(
            N_("unknown key ({shape})"), shape=Phrase(N_("<str of {n} characters>"), n=len(key))
        )
    return Phrase(N_("unknown key ({shape})"), shape=Phrase(N_("<{type}>"), type=type_name(key)))


_SPANS = N_("must be a list of (start, end) pairs of ints")


def _offsets(**values: object) -> None:
    """Refuse an offset or width that is not an ``int`` (an app's detector calls these; the
    methods call it only where one is not, so the common call costs two type checks)."""
    for argument, value in values.items():
        if type(value) is not int:
            raise ArgumentError(
                argument=argument, rule=N_("must be an int"), given=type_name(value)
            )


def _findings(given: object) -> list[Finding]:
    """The findings of an app's iterable, each a `Finding`; else an ArgumentError."""
    rule = N_("must be an iterable of Finding")
    if isinstance(given, str | bytes | Mapping) or not isinstance(given, Iterable):
        raise ArgumentError(argument="findings", rule=rule, given=type_name(given))
    found = list(guarded(given, "findings", rule))
    for finding in found:
        if not isinstance(finding, Finding):
            raise ArgumentError(argument="findings", rule=rule, given=type_name(finding))
    return found


class DetectionContext:
    """What a detector may know besides the text: the known identity and earlier findings.

    The redactor runs detectors in order; spans found by earlier detectors, and redaction tags
    already in the text, are *collapsed* in
    [`window_before()`][pengaduan.redaction.DetectionContext.window_before]: they count as one
    character.
    That keeps context-gated decisions identical when a redacted text is redacted again (a long
    name and its ``[NAME]`` tag are the same distance to a number), which makes redaction
    idempotent.
    """

    __slots__ = (
        "_fixed_ends",
        "_fixed_starts",
        "_kept",
        "_local_ends",
        "_local_starts",
        "_lowered",
        "_names",
        "_spaced",
        "_tag_ends",
        "_tag_starts",
        "_words",
        "known",
        "text",
    )

    def __init__(self, text: str, known: KnownIdentity, collapsed: Iterable[tuple[int, int]]):
        if not isinstance(text, str):
            raise RedactionError(
                reason="not-text",
                detail=Phrase(N_("expected str, got {type}"), type=type_name(text)),
            )
        if not isinstance(known, KnownIdentity):
            raise RedactionError(
                reason="not-known-identity",
                detail=Phrase(
                    N_("known must be a KnownIdentity, got {type}"), type=type_name(known)
                ),
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
                detail=N_("collapsed must be a list of (start, end) offsets inside the text"),
            )
        collapsed = spans
        self.text = text
        self.known = known
        self._fixed_starts: list[int] = []
        self._fixed_ends: list[int] = []
        self._local_starts: list[int] = []
        self._names: list[tuple[int, int]] = []
        self._local_ends: list[int] = []
        self._lowered: str | None = None
        self._words: frozenset[str] | None = None
        self._spaced: str | None = None
        self._kept: list[tuple[int, int]] = []
        self._set_fixed(collapsed)
        self._tag_starts, self._tag_ends = self._fixed_starts, self._fixed_ends

    def in_tag(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a redaction tag that was in the text already."""
        if type(start) is not int or type(end) is not int:
            _offsets(start=start, end=end)
        index = bisect_right(self._tag_ends, start)
        return index < len(self._tag_starts) and self._tag_starts[index] < end

    @property
    def lowered(self) -> str:
        """The text with ASCII letters lower-cased (same length and offsets), computed once."""
        if self._lowered is None:
            self._lowered = _ascii_lower(self.text)
        return self._lowered

    @property
    def words(self) -> frozenset[str]:
        """The words of the lower-cased text (runs of letters, see
        [`spaced`][pengaduan.redaction.DetectionContext.spaced]), as a set, computed once
        (detectors intersect their word lists with it in C before looking for positions)."""
        if self._words is None:
            self._words = frozenset(self.spaced.split())
        return self._words

    @property
    def spaced(self) -> str:
        """A space, then the lower-cased text with every character but a letter or a combining
        mark made a space: ``spaced.find(" " + word)`` finds ``word`` at the start of a word, at
        the same offset in the text. Digits, apostrophes, hyphens, quotes of any script, dashes,
        ellipses, bullets, symbols and emoji all end a word (``“yanti”`` and ``🙏yanti`` hold the
        word ``yanti``). Computed once."""
        if self._spaced is None:
            lowered = self.lowered
            if lowered.isascii():
                self._spaced = " " + lowered.translate(_NOT_LETTERS)
            else:
                parts = _NON_ASCII_RUN.split(lowered)
                parts[::2] = [part.translate(_NOT_LETTERS) for part in parts[::2]]
                parts[1::2] = [part.translate(_NOT_LETTERS_BEYOND_ASCII) for part in parts[1::2]]
                self._spaced = " " + "".join(parts)
        return self._spaced

    def _set_fixed(self, intervals: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        starts = [start for start, _ in ordered]
        ends = [end for _, end in ordered]
        if all(map(lt, ends, starts[1:])):  # the common case: no span touches the next one
            self._fixed_starts, self._fixed_ends = starts, ends
            return
        starts = []
        ends = []
        for start, end in ordered:
            if starts and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self._fixed_starts, self._fixed_ends = starts, ends

    def absorb(self, findings: Iterable[Finding]) -> None:
        """Collapse ``findings`` (and every span noted with
        [`cover()`][pengaduan.redaction.DetectionContext.cover]) for later windows."""
        # (the set of the findings' types holds `Finding` only: each is one, not a subclass)
        if type(findings) is not list or not _FINDING_TYPE.issuperset(map(type, findings)):
            findings = _findings(findings)
        if not findings and not self._local_starts:
            return
        spans = [(f.start, f.end) for f in findings]
        self._names += [(f.start, f.end) for f in findings if f.kind == PiiKind.NAME]
        merged = list(zip(self._fixed_starts, self._fixed_ends, strict=True))
        merged += zip(self._local_starts, self._local_ends, strict=True)
        merged += spans
        self._local_starts, self._local_ends = [], []
        self._set_fixed(merged)

    def earlier_names(self) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` of the names earlier detectors found, in the order found (a
        name said once names its bearer wherever it stands again)."""
        return tuple(self._names)

    def touches_collapsed(self, position: int) -> bool:
        """Whether an earlier finding ends or starts exactly at ``position``.

        Such a neighbour becomes a tag (``]`` or ``[``) once redacted, so a detector treats it
        as a separator rather than as a letter glued to what it looks at.
        """
        if type(position) is not int:
            _offsets(position=position)
        index = bisect_left(self._fixed_ends, position)
        if index < len(self._fixed_ends) and self._fixed_ends[index] == position:
            return True
        index = bisect_left(self._fixed_starts, position)
        return index < len(self._fixed_starts) and self._fixed_starts[index] == position

    def collapsed(self) -> tuple[list[int], list[int]]:
        """The start and end offsets of earlier findings (merged, sorted), for detectors that
        bisect them in a loop; not to be changed."""
        return self._fixed_starts, self._fixed_ends

    def collapsed_ends(self) -> list[int]:
        """The end offsets of earlier findings, sorted."""
        return self._fixed_ends

    def overlaps_collapsed(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a finding of an earlier detector."""
        if type(start) is not int or type(end) is not int:
            _offsets(start=start, end=end)
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
        if not isinstance(spans, list | tuple) or not all(
            type(span) is tuple and len(span) == 2 and type(span[0]) is type(span[1]) is int
            for span in spans
        ):
            raise ArgumentError(argument="spans", rule=_SPANS, given=type_name(spans))
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
        if type(position) is not int:
            _offsets(position=position)
        index = bisect_right(self._fixed_ends, position)
        if index == len(self._fixed_starts):
            return len(self.text)
        return max(position, self._fixed_starts[index])

    def keep(self, start: int, end: int) -> None:
        """Say that ``[start, end)`` holds no personal data, whatever a detector finds there:
        the redactor drops every finding that overlaps it (a table's column of ticket numbers,
        an organisation's row). Findings of the detector that keeps a span stay as it yields
        them."""
        if type(start) is not int or type(end) is not int:
            _offsets(start=start, end=end)
        if not 0 <= start < end <= len(self.text):
            raise RedactionError(
                reason="bad-span",
                detail=N_("a kept span must have 0 <= start < end <= len(text)"),
            )
        self._kept.append((start, end))

    def kept(self) -> tuple[tuple[int, int], ...]:
        """The spans kept with [`keep()`][pengaduan.redaction.DetectionContext.keep], in the
        order kept."""
        return tuple(self._kept)

    def cover(self, start: int, end: int) -> None:
        """Collapse a span the running detector just found, for its own later windows."""
        if type(start) is not int or type(end) is not int:
            _offsets(start=start, end=end)
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
        if type(position) is not int or type(width) is not int:
            _offsets(position=position, width=width)
        text = self.text
        hi = min(len(text), position + CONTEXT_LOOKBACK)
        starts, ends = self._fixed_starts, self._fixed_ends
        count = len(starts)
        index = bisect_left(ends, position + 1)
        if width < 1:  # a width that cuts from the end: the whole stretch first
            return self._stretch_after(position, hi, index)[:width].lower()
        if index == count or starts[index] >= hi:  # no earlier finding in reach
            return text[position : min(hi, position + width)].lower()
        pieces: list[str] = []
        visible = 0
        cursor = position
        while index < count and starts[index] < hi:
            start, end = starts[index], ends[index]
            if start > cursor:
                pieces.append(text[cursor:start])
                visible += start - cursor
            pieces.append(_COLLAPSED)
            visible += 1
            cursor = max(cursor, end)
            index += 1
            if visible >= width:
                break
        else:
            # Only as much of the rest as the window can still show.
            pieces.append(text[cursor : min(hi, cursor + width - visible)])
        return "".join(pieces)[:width].lower()

    def _stretch_after(self, position: int, hi: int, index: int) -> str:
        """What `window_after` cuts a width below 1 from: ``text[position:hi]`` with the
        earlier finding at ``index`` (the first one that ends after ``position``), if it starts
        before ``hi``, as one character (a window of no width stops after one finding)."""
        text = self.text
        if index == len(self._fixed_starts) or self._fixed_starts[index] >= hi:
            return text[position:hi]
        start, end = self._fixed_starts[index], self._fixed_ends[index]
        before = text[position:start] if start > position else ""
        return before + _COLLAPSED + text[max(position, end) : hi]

    def window_before(self, position: int, *, width: int = CONTEXT_WIDTH) -> str:
        """The lower-cased text before ``position``, earlier findings collapsed to one character.

        Args:
            position: an offset in the text.
            width: how many visible characters to return at most.

        Returns:
            At most ``width`` characters ending at ``position``.
        """
        if type(position) is not int or type(width) is not int:
            _offsets(position=position, width=width)
        text = self.text
        lo = max(0, position - CONTEXT_LOOKBACK)
        fixed_starts, fixed_ends = self._fixed_starts, self._fixed_ends
        local_starts, local_ends = self._local_starts, self._local_ends
        # Both lists are sorted and their spans do not overlap, so their ends are sorted too:
        # going left from ``position`` by the later end of the two, touching or overlapping
        # spans are joined into one block, and only as many blocks are read as ``width`` needs.
        fixed = bisect_left(fixed_starts, position) - 1
        local = bisect_left(local_starts, position) - 1
        pieces: list[str] = []
        visible = 0
        right = position
        block_start = block_end = -1
        while True:
            fixed_end = fixed_ends[fixed] if fixed >= 0 else -1
            local_end = local_ends[local] if local >= 0 else -1
            if fixed_end >= local_end:
                start, end = (fixed_starts[fixed] if fixed >= 0 else -1), fixed_end
                fixed -= 1
            else:
                start, end = local_starts[local], local_end
                local -= 1
            if end > lo and block_start >= 0 and end >= block_start:
                block_start = min(block_start, max(start, lo))
                continue
            if block_start >= 0:
                pieces.append(text[block_end:right])
                pieces.append(_COLLAPSED)
                visible += right - block_end + 1
                right = block_start
                if visible >= width:
                    break
            if end <= lo:
                if not pieces:  # no earlier finding in reach
                    return text[max(lo, right - width) : right].lower()
                pieces.append(text[lo:right])
                break
            block_start, block_end = max(start, lo), min(end, position)
        pieces.reverse()
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


def _word_core(word: str) -> str:
    return word.rstrip(".").casefold()


def _is_initial(word: str) -> bool:
    return word.endswith(".") and all(len(part) == 1 for part in word[:-1].split("."))


#: A capital initial right after a name ending a chat's speaker label (``Theresia L:``).
_SPEAKERS_INITIAL = re.compile(r" ([A-Z])\.?:[ \t]")


def with_speakers_initial(text: str, findings: Iterator[Finding]) -> Iterator[Finding]:
    """``findings`` with each name that a capital initial and a speaker's colon follow grown
    over the initial (``[09.00] Theresia L: Selamat pagi ...``: a chat's speaker, one name)."""
    for finding in findings:
        # (the pattern opens with a space: most findings have none after them)
        if (
            finding.kind == PiiKind.NAME
            and text.startswith(" ", finding.end)
            and (initial := _SPEAKERS_INITIAL.match(text, finding.end)) is not None
        ):
            yield Finding(
                kind=finding.kind,
                start=finding.start,
                end=initial.end(1),
                detector=finding.detector,
            )
        else:
            yield finding
