"""Labelled history: (text, unit) examples from pairs, JSON lines or complaint histories."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._core.paths import open_regular
from pengaduan._core.text import encodable
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, PengaduanError, StorageError, type_name
from pengaduan.model import Complaint

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["Example", "Labelled", "SkippedLine"]

MAX_LINE_BYTES = 1024 * 1024
"""The longest JSON line read; a longer one is skipped (``too-long``)."""
MAX_HISTORY_BYTES = 4 * 1024 * 1024
"""The longest complaint history line read from an export."""


@attrs.frozen(kw_only=True)
class Example:
    """One labelled complaint: its text and the unit that finally handled it.

    Attributes:
        text: the complaint text (never shown in a repr).
        unit: the unit id of the last disposition.
        on: the date the complaint was received, when known (for time-based splits).
    """

    text: str = attrs.field(repr=False)
    unit: str
    on: date | None = None


@attrs.frozen(kw_only=True)
class SkippedLine:
    """A line of a labelled file that was not used, and why (``not-json``, ``no-text``...)."""

    line: int
    reason: str


_UNIT_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,79}\Z")
_EXAMPLES = N_("must be an iterable of Example")
_PAIRS = N_("must be an iterable of (text, unit)")
_COMPLAINTS = N_("must be an iterable of Complaints")
_DIGITS = re.compile(r"\d{8}")  # a phone number or a NIK is never taken for a unit id


def _unit_ok(unit: object) -> bool:
    """A unit id as [`UnitDirectory`][pengaduan.routing.UnitDirectory] accepts it (``dinkes``)."""
    return type(unit) is str and bool(_UNIT_ID.match(unit)) and not _DIGITS.search(unit)


def _text_ok(text: object) -> bool:
    return type(text) is str and bool(text.strip()) and encodable(text)


def _parse_day(value: object) -> date | None:
    if type(value) is not str or len(value) > 40:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


@attrs.frozen(kw_only=True)
class Labelled:
    """A labelled training set, with what was skipped and a digest of the source.

    Build one with [`from_pairs()`][pengaduan.routing.learned.Labelled.from_pairs],
    [`from_jsonl()`][pengaduan.routing.learned.Labelled.from_jsonl],
    [`from_export()`][pengaduan.routing.learned.Labelled.from_export] (an export of
    complaint histories) or
    [`from_complaints()`][pengaduan.routing.learned.Labelled.from_complaints].

    Attributes:
        examples: the usable examples, in input order.
        skipped: lines (or items) left out, with their numbers and reasons.
        sha256: SHA-256 of the source (the file's bytes, or the examples' canonical form).
    """

    examples: tuple[Example, ...] = attrs.field(repr=False)
    skipped: tuple[SkippedLine, ...] = ()
    sha256: str = ""

    def __repr__(self) -> str:
        return f"Labelled(examples={len(self.examples)}, skipped={len(self.skipped)})"

    def counts(self) -> dict[str, int]:
        """Unit -> number of examples, most frequent first."""
        return dict(Counter(e.unit for e in self.examples).most_common())

    @classmethod
    def from_examples(cls, examples: Iterable[Example]) -> Labelled:
        """A set from [`Example`][pengaduan.routing.learned.Example] values (the digest covers
        texts, units and dates).

        Raises:
            ArgumentError: ``examples`` is not an iterable of Example.
        """
        if isinstance(examples, str | bytes | Mapping) or not isinstance(examples, Iterable):
            raise ArgumentError(
                argument="examples",
                rule=_EXAMPLES,
                given=type_name(examples),
            )
        kept: list[Example] = []
        skipped: list[SkippedLine] = []
        digest = hashlib.sha256()
        for number, example in enumerate(guarded(examples, "examples", _EXAMPLES), start=1):
            if not isinstance(example, Example):
                raise ArgumentError(
                    argument="examples", rule="must hold Example values", given=type_name(example)
                )
            if not _text_ok(example.text):
                skipped.append(SkippedLine(line=number, reason="no-text"))
                continue
            if not _unit_ok(example.unit):
                skipped.append(SkippedLine(line=number, reason="bad-unit"))
                continue
            kept.append(example)
            record = [example.text, example.unit, example.on.isoformat() if example.on else None]
            digest.update(json.dumps(record, ensure_ascii=True).encode("ascii") + b"\n")
        return cls(examples=tuple(kept), skipped=tuple(skipped), sha256=digest.hexdigest())

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Labelled:
        """A set from ``(text, unit)`` pairs; unusable pairs are skipped with their numbers.

        Raises:
            ArgumentError: ``pairs`` is not an iterable of pairs.
        """
        if isinstance(pairs, str | bytes | Mapping) or not isinstance(pairs, Iterable):
            raise ArgumentError(
                argument="pairs",
                rule=_PAIRS,
                given=type_name(pairs),
            )
        examples: list[Example] = []
        skipped: list[SkippedLine] = []
        digest = hashlib.sha256()
        for number, pair in enumerate(guarded(pairs, "pairs", _PAIRS), start=1):
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                raise ArgumentError(
                    argument="pairs", rule=N_("must hold (text, unit) pairs"), given=type_name(pair)
                )
            text, unit = pair
            if not _text_ok(text):
                skipped.append(SkippedLine(line=number, reason="no-text"))
            elif not _unit_ok(unit):
                skipped.append(SkippedLine(line=number, reason="bad-unit"))
            else:
                examples.append(Example(text=text, unit=unit))
                record = [text, unit, None]
                digest.update(json.dumps(record, ensure_ascii=True).encode("ascii") + b"\n")
        return cls(examples=tuple(examples), skipped=tuple(skipped), sha256=digest.hexdigest())

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Labelled:
        """Read a JSON-lines file of ``{"text": ..., "unit": ...}`` objects, streaming.

        An optional ``"date"`` (ISO 8601) gives the complaint's date for time-based splits.
        Blank lines are ignored; lines that are not JSON objects, have no usable text or unit,
        or are longer than 1 MiB are skipped and reported with their line numbers.

        Raises:
            ArgumentError: ``path`` is not a str or Path.
            StorageError: the file cannot be read, or is not a regular file (a pipe or a device
                is refused unread; reason ``unavailable``).
        """
        if not isinstance(path, str | Path):
            raise ArgumentError(
                argument="path", rule="must be a str or Path", given=type_name(path)
            )
        return _read_file(cls, path, MAX_LINE_BYTES, _parse_line, N_("the labelled file"))

    @classmethod
    def from_export(cls, path: str | Path) -> Labelled:
        """Read an export of complaint histories (JSON lines, one complaint per line), streaming.

        Each line is loaded and its digest chain verified as `pengaduan.serialization.
        from_json()` does; the label is the first unit of the latest disposition. Lines that do
        not load are skipped with their number and the error's code (``serialization``,
        ``integrity``...), complaints never disposed with ``no-unit``, lines over 4 MiB with
        ``too-long``. The digest covers the file's bytes.

        Raises:
            ArgumentError: ``path`` is not a str or Path.
            StorageError: the file cannot be read, or is not a regular file (a pipe or a device
                is refused unread; reason ``unavailable``).
        """
        if not isinstance(path, str | Path):
            raise ArgumentError(
                argument="path", rule="must be a str or Path", given=type_name(path)
            )
        return _read_file(cls, path, MAX_HISTORY_BYTES, _history_line, N_("the export"))

    @classmethod
    def from_complaints(cls, complaints: Iterable[Complaint]) -> Labelled:
        """Examples from complaint histories: the last disposition's first unit is the label.

        Re-dispositions are corrections, so only the latest counts; complaints never disposed
        are skipped (reason ``no-unit``) with their position.

        Raises:
            ArgumentError: ``complaints`` is not an iterable of Complaint.
        """
        if isinstance(complaints, str | bytes | Mapping) or not isinstance(complaints, Iterable):
            raise ArgumentError(
                argument="complaints",
                rule=_COMPLAINTS,
                given=type_name(complaints),
            )
        examples: list[Example] = []
        skipped: list[SkippedLine] = []
        for number, complaint in enumerate(guarded(complaints, "complaints", _COMPLAINTS), start=1):
            if not isinstance(complaint, Complaint):
                raise ArgumentError(
                    argument="complaints",
                    rule="must hold Complaint values",
                    given=type_name(complaint),
                )
            units = complaint.units
            if not units:
                skipped.append(SkippedLine(line=number, reason="no-unit"))
                continue
            examples.append(
                Example(text=complaint.text, unit=units[0], on=complaint.received_at.date())
            )
        built = cls.from_examples(examples)
        return attrs.evolve(built, skipped=(*tuple(skipped), *built.skipped))


def _read_file(
    cls: type[Labelled],
    path: str | Path,
    limit: int,
    parse: Callable[[bytes, list[Example]], str | None],
    what: str,
) -> Labelled:
    """Stream a file's lines through ``parse``; the digest covers every byte read."""
    examples: list[Example] = []
    skipped: list[SkippedLine] = []
    digest = hashlib.sha256()
    failure: StorageError | None = None
    try:
        with open_regular(path) as stream:  # a FIFO would block, a device never end
            for number, raw in enumerate(_lines(stream, limit), start=1):
                digest.update(raw)
                reason = parse(raw, examples)
                if reason is not None:
                    skipped.append(SkippedLine(line=number, reason=reason))
    except (OSError, ValueError):
        failure = StorageError(
            reason="unavailable",
            detail=Phrase(N_("{what} cannot be read"), what=Phrase(what)),
        )
    if failure is not None:
        raise failure
    return cls(examples=tuple(examples), skipped=tuple(skipped), sha256=digest.hexdigest())


def _history_line(raw: bytes, examples: list[Example]) -> str | None:
    """Append the example of one exported history; return why it was skipped, or None."""
    from pengaduan.serialization import from_json  # noqa: PLC0415 - only this reader needs it

    if len(raw) > MAX_HISTORY_BYTES:
        return "too-long"
    if not raw.strip():
        return None
    try:
        complaint = from_json(raw)
    except PengaduanError as error:
        return error.code
    units = complaint.units
    if not units or not _unit_ok(units[0]) or not _text_ok(complaint.text):
        return "no-unit"
    examples.append(Example(text=complaint.text, unit=units[0], on=complaint.received_at.date()))
    return None


def _lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes]:
    """The lines of a file, each read with a bounded buffer (an overlong line is cut short)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            rest = line
            while rest and not rest.endswith(b"\n"):  # skip the remainder of the long line
                rest = stream.readline(limit)
        yield line


def _parse_line(raw: bytes, examples: list[Example]) -> str | None:  # noqa: PLR0911
    """Append the line's example; return why it was skipped, or None."""
    if len(raw) > MAX_LINE_BYTES:
        return "too-long"
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
    except (ValueError, RecursionError):
        return "not-json"
    if not isinstance(record, dict):
        return "not-an-object"
    text, unit = record.get("text"), record.get("unit")
    if not _text_ok(text):
        return "no-text"
    if not _unit_ok(unit):
        return "bad-unit"
    examples.append(Example(text=str(text), unit=str(unit), on=_parse_day(record.get("date"))))
    return None
