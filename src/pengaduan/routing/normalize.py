"""Indonesian text normalisation for routing.

Complaints arrive written the way people text: ``"jln rusak dkt pkm oebobo, mhn diperbaiki"``,
``"lampu jalan matiii sdh 2 mggu"``, ``"air sonde jalan"`` (Kupang Malay). Before any rule looks
at a text, a [`Normalizer`][pengaduan.routing.Normalizer] turns it into a tuple of standard
lowercase tokens:

1. format characters a reader does not see (soft hyphen, zero-width space and joiners, BOM)
   are dropped, then Unicode NFKC and case folding (ASCII text takes a fast path with the same
   result);
2. punctuation, symbols, emoji and underscores become word breaks; apostrophes are dropped
   (``jum'at`` -> ``jumat``);
3. letters repeated three times or more collapse (``matiii`` -> ``mati``), unless the doubled
   form is a listed word (``maaaf`` -> ``maaf``);
4. a trailing ``2`` marks reduplication (``anak2`` -> ``anak anak``);
5. abbreviations and slang are replaced from data-driven lexicons (``yg`` -> ``yang``,
   ``pkm`` -> ``puskesmas``, ``sonde`` -> ``tidak``).

Lexicons are layered per region: [`Normalizer.default()`][pengaduan.routing.Normalizer.default] uses
the national base list,
[`Normalizer.kupang()`][pengaduan.routing.Normalizer.kupang] adds Kupang Malay. Apps add their own
with [`Normalizer.with_lexicon()`][pengaduan.routing.Normalizer.with_lexicon]
or [`Lexicon.from_toml()`][pengaduan.routing.Lexicon.from_toml].

Affixes are *not* stripped here: whole-word matching, and which derived forms a keyword also
accepts, are decided by the rule's keyword (see `pengaduan.routing.rules`), so ``jalan`` never
matches ``perjalanan`` by accident.

Sources: the lexicon files under ``pengaduan/routing/data/`` name theirs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import check_label, items_of, readable, text_tuple, valid_text
from pengaduan._core.paths import shipped_text
from pengaduan._core.text import exact
from pengaduan._core.toml import load_toml, shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, ConfigurationError, type_name

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["Lexicon", "Normalizer"]

_TOKEN = re.compile(r"[a-z0-9]+\Z")
_WORD_BREAK = re.compile(r"[\W_]+")
_ASCII_TRIPLE = re.compile(rb"([a-z])\1\1")
_ANY_TRIPLE = re.compile(r"([^\W\d_])\1{2,}")
_REDUPLICATION = re.compile(r"([^\W\d_]{2,})2\Z")
# The same, for the words of an ASCII text already lowercased and broken (see _ascii_flat).
_ASCII_REDUPLICATION = re.compile(rb"(?<![a-z0-9])([a-z]{2,})2(?![a-z0-9])")
# The same again, on the text reversed: the pattern then starts with the literal "2", which the
# regex engine finds with a fast scan instead of trying a lookbehind at every position (about
# four times faster on a 400-character complaint; a property test compares the two).
_REVERSED_REDUPLICATION = re.compile(rb"2(?<![a-z0-9]2)([a-z]{2,})(?![a-z0-9])")
# The same for any text already broken into words by _WORD_BREAK (a word is a run of [^\W_]).
_ANY_REDUPLICATION = re.compile(r"(?<![^\W_])([^\W\d_]{2,})2(?![^\W_])")


# ASCII fast path: letters lowercased, apostrophes dropped, every other character becomes one of
# the whitespace characters ``split`` breaks on. Different punctuation gets different whitespace
# so that ", " or " - " never looks like a run of three equal characters to the cheap run
# detector below (a false alarm only costs the exact check; it never changes the result). The
# table works on bytes: ``bytes.translate`` is several times faster than ``str.translate``.
_SPLITTERS = "\x1c\x1d\x1e\x1f\x0b\x0c"
_DROPPED = b"'`"
# The reduplication digit, looked for as a byte value: ``int in bytes`` is a memchr.
_TWO = ord("2")


def _ascii_table() -> bytes:
    table = bytearray(range(256))
    spare = 0
    for code in range(128):
        char = chr(code)
        if char.isalnum():
            table[code] = ord(char.lower())
        elif char in " \t\n\r" or char in _DROPPED.decode():
            continue  # kept (whitespace) or deleted (apostrophes)
        else:
            table[code] = ord(_SPLITTERS[spare % len(_SPLITTERS)])
            spare += 1
    return bytes(table)


def _may_have_run(data: bytes) -> bool:
    """Cheap test for three equal characters in a row (exact for "no": never a false "no").

    XOR-ing the text's bytes with themselves shifted by one byte leaves a zero byte wherever two
    neighbours are equal; OR-ing that with itself shifted by one byte leaves a zero byte only
    where two such zeros are neighbours, that is where three characters are equal (the last byte
    stays non-zero, as the last character is never NUL after the translation table). Big-integer
    arithmetic does this in C, and finding a single byte value is a ``memchr``: several times
    faster than a backreference regex.
    """
    if not data:
        return False
    number = int.from_bytes(data, "little")
    equal = number ^ (number >> 8)
    return 0 in (equal | (equal >> 8)).to_bytes(len(data), "little")


_ASCII = _ascii_table()


def _ascii_reduplicated(flat: bytes) -> bytes:
    """``_ASCII_REDUPLICATION.sub(rb"\\1 \\1", flat)``, done on the reversed text (faster)."""
    return _REVERSED_REDUPLICATION.sub(rb"\1 \1", flat[::-1])[::-1]


def _ascii_flat(text: str) -> bytes:
    """An ASCII text lowercased, apostrophes dropped, other characters turned into breaks."""
    return text.encode("ascii").translate(_ASCII, _DROPPED)


_APOSTROPHES = str.maketrans({"'": None, "`": None, "\u2019": None, "\u2018": None, "\u02bc": None})
#: A character outside ASCII: the only ones that can be format characters (`_visible`).
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _visible(text: str) -> str:
    """``text`` without its format characters (Unicode category ``Cf``: the soft hyphen, the
    zero-width space and joiners, the word joiner, the byte-order mark, bidi marks). A reader
    does not see them, so ``pu\u00adngli`` reads ``pungli`` and must route as ``pungli``; as word
    breaks they would split a rule's word in two where nobody sees a break. The redactor folds
    them away the same way. Only the characters outside ASCII are looked at."""
    hidden = {char for char in set(_NON_ASCII.findall(text)) if unicodedata.category(char) == "Cf"}
    if not hidden:
        return text
    return text.translate(dict.fromkeys(map(ord, hidden)))


def _str_map(value: Mapping[str, str]) -> Mapping[str, str]:
    rule = N_("must be a mapping of str to str")
    given: object = value
    copied = readable(given) if isinstance(given, Mapping) else None
    if copied is None:
        raise ArgumentError(argument="replacements", rule=rule, given=type_name(given))
    value = copied
    for key, item in copied.items():
        if not isinstance(key, str) or not isinstance(item, str):
            wrong = item if isinstance(key, str) else key
            raise ArgumentError(argument="replacements", rule=rule, given=type_name(wrong))
    return {exact(k): exact(v) for k, v in value.items()}


def _words(value: Iterable[str]) -> frozenset[str]:
    return frozenset(text_tuple(value, "keep_double"))


@attrs.frozen(kw_only=True)
class Lexicon:
    """A named list of replacements (abbreviation or slang -> standard form).

    Attributes:
        name: short name, such as ``"id"`` or ``"kupang"``.
        replacements: one lowercase token as typed -> its standard form (one or more words).
            An empty string drops the token.
        keep_double: words whose doubled letters are real (``maaf``): a run of three or more
            letters collapses to two when that gives one of these words.
        source: where the entries come from.

    The plain constructor refuses values of the wrong type (a ``replacements`` that is not a
    mapping of str to str, a ``keep_double`` that is not an iterable of str...) with an
    [`ArgumentError`][pengaduan.errors.ArgumentError] naming the field;
    [`from_dict()`][pengaduan.routing.Lexicon.from_dict] reports every problem of a lexicon file.
    """

    name: str = attrs.field(validator=valid_text)
    replacements: Mapping[str, str] = attrs.field(converter=_str_map, repr=False)
    keep_double: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    source: str = attrs.field(default="", validator=valid_text)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, what: str = Phrase(N_("lexicon"))) -> Lexicon:
        """Build a lexicon from a mapping shaped like the TOML files.

        Raises:
            ArgumentError: ``what`` is not a str.
            ConfigurationError: every problem found (wrong types, keys that are not one token).
        """
        check_label(what)
        copied = readable(data) if isinstance(data, Mapping) else None
        if copied is None:
            raise ConfigurationError(
                what, [Phrase(N_("expected a table, not {type}"), type=type_name(data))]
            )
        data = copied
        problems: list[str] = []
        name = data.get("name")
        if not isinstance(name, str) or not name:
            problems.append(N_("'name' must be a non-empty string"))
            name = "?"
        raw = data.get("replacements", {})
        replacements: dict[str, str] = {}
        if not isinstance(raw, Mapping):
            problems.append(N_("'replacements' must be a table"))
        else:
            for key, value in raw.items():
                if not isinstance(key, str):
                    problems.append(
                        Phrase(N_("replacement {key}: the key must be a string"), key=shown(key))
                    )
                    continue
                if not isinstance(value, str):
                    problems.append(
                        Phrase(N_("replacement {key}: value must be a string"), key=shown(key))
                    )
                    continue
                replacements[str(key)] = value
        keep = data.get("keep_double", [])
        if not isinstance(keep, list) or not all(isinstance(w, str) for w in keep):
            problems.append(N_("'keep_double' must be a list of strings"))
            keep = []
        unknown = [k for k in data if k not in {"name", "replacements", "keep_double", "source"}]
        problems.extend(Phrase(N_("unknown key {key}"), key=shown(key)) for key in unknown)
        source = data.get("source", "")
        if type(source) is not str:
            problems.append(
                Phrase(N_("'source' must be a string, not {type}"), type=type_name(source))
            )
            source = ""
        lexicon = cls(
            name=name,
            replacements=replacements,
            keep_double=frozenset(keep),
            source=source,
        )
        problems.extend(lexicon.problems())
        if problems:
            raise ConfigurationError(what, problems)
        return lexicon

    @classmethod
    def from_toml(cls, source: str | Path) -> Lexicon:
        """Load a lexicon from TOML text or a ``.toml`` file path.

        Raises:
            ConfigurationError: the TOML is malformed (the line is named) or the lexicon invalid.
        """
        kind = Phrase(N_("lexicon"))
        data, _, what = load_toml(source, kind)
        return cls.from_dict(data, what=what)

    def problems(self) -> list[str]:
        """Problems of this lexicon on its own (keys must be single lowercase tokens)."""
        found: list[str] = []
        for key, value in self.replacements.items():
            if not _TOKEN.match(key):
                found.append(
                    Phrase(
                        N_("replacement {key}: the key must be one lowercase token [a-z0-9]"),
                        key=shown(key),
                    )
                )
            words = value.split()
            if any(not _TOKEN.match(word) for word in words):
                found.append(
                    Phrase(
                        N_("replacement {key}: the value must be lowercase words [a-z0-9]"),
                        key=shown(key),
                    )
                )
        found.extend(
            Phrase(N_("keep_double {word}: must be one lowercase token"), word=shown(word))
            for word in sorted(self.keep_double)
            if not _TOKEN.match(word)
        )
        return found


def _text(value: object, argument: str) -> str:
    if type(value) is not str and not isinstance(value, str):
        raise ArgumentError(argument=argument, rule="must be a str", given=type_name(value))
    return value


@cache
def _bundled_lexicon(name: str) -> Lexicon:
    what = Phrase(N_("lexicon {name}"), name=name)
    return Lexicon.from_toml(shipped_text("pengaduan.routing", f"data/lexicon_{name}.toml", what))


def _lexicons(value: Iterable[Lexicon]) -> tuple[Lexicon, ...]:
    rule = N_("must be an iterable of Lexicon")
    found = tuple(items_of(value, "lexicons", rule))
    for lexicon in found:
        if not isinstance(lexicon, Lexicon):
            raise ArgumentError(argument="lexicons", rule=rule, given=type_name(lexicon))
    return found


@attrs.frozen(kw_only=True)
class Normalizer:
    """Turns informal Indonesian text into standard lowercase tokens.

    Build one with [`default()`][pengaduan.routing.Normalizer.default],
    [`kupang()`][pengaduan.routing.Normalizer.kupang] or
    [`from_lexicons()`][pengaduan.routing.Normalizer.from_lexicons]; later lexicons
    override earlier ones. The result of [`tokens()`][pengaduan.routing.Normalizer.tokens] is
    stable: normalising normalised text
    changes nothing.

    Example:
        >>> Normalizer.default().normalize("Jln rusak dkt PKM Oebobo, mhn diperbaiki!!")
        'jalan rusak dekat puskesmas oebobo mohon diperbaiki'
    """

    name: str = attrs.field(validator=valid_text)
    lexicons: tuple[Lexicon, ...] = attrs.field(converter=_lexicons)
    _table: dict[str, tuple[str, ...]] = attrs.field(init=False, repr=False, eq=False)
    _keep_double: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    _keys: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    _one: dict[str, str] = attrs.field(init=False, repr=False, eq=False)
    """The replacements that are one word (most of them)."""
    _other_keys: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    """Words replaced by several words or by none."""

    def __attrs_post_init__(self) -> None:
        table: dict[str, tuple[str, ...]] = {}
        keep: set[str] = set()
        for lexicon in self.lexicons:
            for key, value in lexicon.replacements.items():
                table[key] = tuple(value.split())
            keep.update(lexicon.keep_double)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_keep_double", frozenset(keep))
        object.__setattr__(self, "_keys", frozenset(table))
        one = {key: value[0] for key, value in table.items() if len(value) == 1}
        object.__setattr__(self, "_one", one)
        object.__setattr__(self, "_other_keys", frozenset(table.keys() - one.keys()))

    @classmethod
    def from_lexicons(cls, name: str, lexicons: Iterable[Lexicon]) -> Normalizer:
        """A normaliser from lexicon layers, validated together.

        Raises:
            ArgumentError: ``name`` is not a str, or ``lexicons`` not an iterable of
                [`Lexicon`][pengaduan.routing.Lexicon].
            ConfigurationError: a lexicon is invalid, or a replacement produces a word that is
                itself replaced (chains make normalisation unstable).
        """
        normalizer = cls(name=name, lexicons=lexicons)
        problems = normalizer.problems()
        if problems:
            raise ConfigurationError(Phrase(N_("normalizer {name}"), name=shown(name)), problems)
        return normalizer

    @classmethod
    def default(cls) -> Normalizer:
        """The national base lexicon (abbreviations and common informal spellings)."""
        return cls.from_lexicons("id", [_bundled_lexicon("id")])

    @classmethod
    def kupang(cls) -> Normalizer:
        """The base lexicon plus Kupang Malay (``sonde``, ``su``, ``beta``, ``dong``...)."""
        return cls.from_lexicons("kupang", [_bundled_lexicon("id"), _bundled_lexicon("kupang")])

    @classmethod
    def bundled_lexicon(cls, name: str) -> Lexicon:
        """A lexicon shipped with the library: ``"id"`` or ``"kupang"``.

        Raises:
            ConfigurationError: no such lexicon.
        """
        if type(name) is not str or name not in {"id", "kupang"}:
            raise ConfigurationError(
                N_("lexicon"),
                [Phrase(N_("no bundled lexicon {name}; use id, kupang"), name=shown(name))],
            )
        return _bundled_lexicon(name)

    def with_lexicon(self, lexicon: Lexicon, *, name: str | None = None) -> Normalizer:
        """A new normaliser with ``lexicon`` layered on top (its entries win).

        Raises:
            ConfigurationError: ``lexicon`` is not a Lexicon, or the combination is invalid.
        """
        if not isinstance(lexicon, Lexicon) or (name is not None and type(name) is not str):
            raise ConfigurationError(
                N_("normalizer"),
                [Phrase(N_("with_lexicon needs a Lexicon, not {type}"), type=type_name(lexicon))],
            )
        return Normalizer.from_lexicons(
            name or f"{self.name}+{lexicon.name}", (*self.lexicons, lexicon)
        )

    def problems(self) -> list[str]:
        """Every problem of the combined lexicons, empty when valid."""
        found: list[str] = []
        for lexicon in self.lexicons:
            found.extend(
                Phrase(
                    N_("{path}: {problem}"),
                    path=Phrase(N_("lexicon {name}"), name=shown(lexicon.name)),
                    problem=p,
                )
                for p in lexicon.problems()
            )
        for key, words in sorted(self._table.items()):
            chained = [w for w in words if w in self._table]
            if chained:
                found.append(
                    Phrase(
                        N_("replacement {key}: produces {words}, which is itself replaced"),
                        key=repr(key),
                        words=", ".join(map(repr, chained)),
                    )
                )
            if any(_ANY_TRIPLE.search(w) or _REDUPLICATION.match(w) for w in words):
                found.append(
                    Phrase(N_("replacement {key}: the value is not in normal form"), key=repr(key))
                )
        return found

    @property
    def replaced_words(self) -> frozenset[str]:
        """Every token this normaliser replaces."""
        return self._keys

    def tokens(self, text: str) -> tuple[str, ...]:
        """The normalised tokens of ``text`` (empty for text without letters or digits).

        Raises:
            ArgumentError: ``text`` is not a str.
        """
        return tuple(self._tokens(_text(text, "text")))

    def normalize(self, text: str) -> str:
        """The normalised text: tokens joined by single spaces.

        Raises:
            ArgumentError: ``text`` is not a str.
        """
        return " ".join(self._tokens(_text(text, "text")))

    def normalize_word(self, word: str) -> tuple[str, ...]:
        """Normalise one word as typed; an abbreviation may give several words.

        Raises:
            ArgumentError: ``word`` is not a str.
        """
        return tuple(self._tokens(_text(word, "word")))

    def _ascii_words(self, text: str) -> list[str] | None:
        """The words of an ASCII text, reduplication applied but no lexicon replacement; None
        for a text outside ASCII or with a run of three equal letters (`_slow()` handles both).

        Lexicon replacements are *not* applied: `_substitute()` of the result is exactly
        [`tokens()`][pengaduan.routing.Normalizer.tokens], and a caller that finds none of
        [`replaced_words`][pengaduan.routing.Normalizer.replaced_words] among the words can skip
        it.
        """
        if not str.isascii(text):
            return None
        flat = str.encode(text, "ascii").translate(_ASCII, _DROPPED)  # _ascii_flat, inlined
        if _may_have_run(flat) and _ASCII_TRIPLE.search(flat) is not None:
            return None
        if _TWO in flat:
            # Reduplication (anak2 -> anak anak) on the whole text at once, in C.
            flat = _ascii_reduplicated(flat)
        return flat.decode("ascii").split()

    def _substitute(self, words: list[str]) -> list[str]:
        """Lexicon replacements of words that have no letter runs and no reduplication left.

        Every step runs in C: a word maps to itself unless the lexicon replaces it (``dict.get``
        with the word as default), or, when some replacement is several words or none, to its
        replacement's words (``zip(words)`` gives each word as a one-word default).
        """
        if self._keys.isdisjoint(words):
            return words
        if self._other_keys.isdisjoint(words):
            return list(map(self._one.get, words, words))
        return list(chain.from_iterable(map(self._table.get, words, zip(words))))

    def _tokens(self, text: str) -> list[str]:
        words = self._ascii_words(text)
        if words is not None:
            return self._substitute(words)
        if text.isascii():
            return self._slow(_ascii_flat(text).decode("ascii").split())
        flat_text = unicodedata.normalize("NFKC", _visible(text).translate(_APOSTROPHES))
        flat_text = unicodedata.normalize("NFKC", flat_text.casefold())
        flat_text = _WORD_BREAK.sub(" ", flat_text)
        if _ANY_TRIPLE.search(flat_text) is not None:
            return self._slow(flat_text.split())
        # No letter runs: reduplication on the whole text at once, then the replacements, both
        # in C (same result as `_slow()` word by word; a property test compares them).
        if "2" in flat_text:
            flat_text = _ANY_REDUPLICATION.sub(r"\1 \1", flat_text)
        return self._substitute(flat_text.split())

    def _slow(self, words: list[str]) -> list[str]:
        table = self._table
        out: list[str] = []
        for word in words:
            current = word
            if _ANY_TRIPLE.search(current) is not None:
                single = _ANY_TRIPLE.sub(r"\1", current)
                double = _ANY_TRIPLE.sub(r"\1\1", current)
                current = double if double in self._keep_double else single
            match = _REDUPLICATION.match(current)
            parts = (match.group(1), match.group(1)) if match else (current,)
            for part in parts:
                replaced = table.get(part)
                if replaced is None:
                    out.append(part)
                else:
                    out.extend(replaced)
        return out
