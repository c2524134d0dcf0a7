"""Reading configuration written in TOML: one rule for text versus files, one kind of error.

Calendars, SLA policies, routing rules, lexicons and unit directories all load from TOML. The
source is a file when it is a path object, or a one-line string ending in ``.toml``; any other
string is TOML text. Syntax errors (their line and column) and unreadable files become a
[`ConfigurationError`][pengaduan.errors.ConfigurationError] naming what was being loaded.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pengaduan._core.paths import NotRegularFileError, os_reason, read_regular
from pengaduan._core.text import exact
from pengaduan._i18n import N_, SHOWABLE, Phrase, as_phrase, shown
from pengaduan.errors import ConfigurationError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["key_text", "load_toml", "shown", "unknown_keys"]

# What the modules load (the ``kind`` of `load_toml()`), translated where it is shown.
_KINDS = (
    N_("rule file"),
    N_("lexicon"),
    N_("unit directory"),
    N_("workflow profile"),
    N_("message templates"),
    N_("message template overrides"),
    N_("shipped message templates"),
    N_("SLA policy"),
    N_("working calendar"),
)


def key_text(key: object) -> str:
    """A key for a key path (``week.sabtu``): the key itself when showable, else described."""
    text = shown(key)
    return exact(key) if isinstance(key, str) and text == repr(exact(key)) else text


def unknown_keys(table: Iterable[object], expected: Iterable[str], where: str = "") -> list[str]:
    """A problem for each key of ``table`` (a dict) not in ``expected``, naming those expected.

    ``where`` is the table's key path (``"clocks[0] (verifikasi)"``); empty for the top level.
    """
    keys = tuple(expected)
    values = ", ".join(keys)
    if where:
        return [
            Phrase(
                N_("{where}.{key}: unknown key (expected {values})"),
                where=where,
                key=key_text(key),
                values=values,
            )
            for key in table
            if key not in keys
        ]
    return [
        Phrase(N_("{key}: unknown key (expected {values})"), key=key_text(key), values=values)
        for key in table
        if key not in keys
    ]


MAX_TOML_CHARACTERS = 4_000_000
"""The longest configuration read (4 million characters); anything longer is refused."""
_MAX_PATH_CHARACTERS = 4096
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def _looks_like_path(source: str) -> bool:
    return "\n" not in source and source.strip().endswith(".toml")


def _read(path: Path, what: str) -> str:
    """The file's text, or ConfigurationError naming why (never the path's directories).

    Only a regular file is read, and at most one byte more than the longest configuration: a
    FIFO with no writer or a device such as ``/dev/zero`` is refused before any read.
    """
    reason = ""
    text = ""
    limit = MAX_TOML_CHARACTERS * 4
    try:
        data = read_regular(path, limit)
        if len(data) > limit:
            reason = Phrase(N_("it is larger than {size} bytes"), size=limit)
        else:
            # Newlines as a text file reads them (``\r\n`` and a lone ``\r`` become ``\n``).
            text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        reason = Phrase(N_("it is not UTF-8 text"))
    except IsADirectoryError:
        reason = Phrase(N_("it is a directory"))
    except NotRegularFileError as error:
        reason = os_reason(error)
    except OSError as error:
        reason = Phrase(N_("cannot read the file ({failed})"), failed=os_reason(error))
    except ValueError:  # NUL or an unencodable name
        reason = Phrase(
            N_("cannot read the file ({failed})"), failed=Phrase(N_("invalid file name"))
        )
    if reason:
        raise ConfigurationError(what, [reason]).detached()
    return text


def load_toml(source: str | os.PathLike[str], kind: str) -> tuple[dict[str, Any], str, str]:
    """Parse ``source``.

    Args:
        source: TOML text, or a file (a path object, or a one-line string ending in ``.toml``).
        kind: what is being loaded, for messages (``"SLA policy"``).

    Returns:
        The parsed data, the TOML text (for callers that map items to lines) and a description
        of the source for messages (``"SLA policy lapor.toml"``).

    Raises:
        ConfigurationError: the source is neither text nor a path (bytes, None, a number...),
            the file cannot be read (missing, a directory, a pipe or a device rather than a
            regular file, unreadable, not UTF-8, a name with NUL), the text is longer than
            `MAX_TOML_CHARACTERS` or has a lone surrogate, or it is not valid TOML (syntax,
            nesting too deep, an integer too long to read).
            The message names the file (not its directories) and never quotes the text.
    """
    if isinstance(source, os.PathLike) or (type(source) is str and _looks_like_path(source)):
        try:
            path = Path(source)
            name = path.name
        except (TypeError, ValueError):  # a PathLike whose __fspath__ returns no str
            path, name = None, ""
        shown_name = (
            name
            if SHOWABLE.match(name)
            else Phrase(N_("<a file name of {n} characters>"), n=len(name))
        )
        what: str = Phrase(N_("{kind} {name}"), kind=as_phrase(kind), name=shown_name)
        if path is None or len(str(source)) > _MAX_PATH_CHARACTERS:
            raise ConfigurationError(what, [Phrase(N_("the path cannot be used"))]).detached()
        text = _read(path, what)
    elif type(source) is str:
        what = Phrase(N_("{kind} (TOML)"), kind=as_phrase(kind))
        text = source
    else:
        raise ConfigurationError(
            Phrase(N_("{kind} source"), kind=as_phrase(kind)),
            [
                Phrase(
                    N_("must be TOML text (str) or a path (pathlib.Path), not {type}"),
                    type=type(source).__name__,
                )
            ],
        )
    return _parse(text, what), text, what


def _parse(text: str, what: str) -> dict[str, Any]:
    if len(text) > MAX_TOML_CHARACTERS:
        raise ConfigurationError(
            what,
            [Phrase(N_("longer than {size} characters"), size=MAX_TOML_CHARACTERS)],
        )
    problem = ""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            problem = Phrase(N_("TOML text contains a lone surrogate"))
    if problem:
        raise ConfigurationError(what, [problem]).detached()
    data: dict[str, Any] = {}
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problem = _position(error, text)
    except RecursionError:
        problem = Phrase(N_("TOML nesting too deep"))
    except ValueError:  # an integer longer than Python converts from text
        problem = Phrase(N_("TOML value cannot be read (an integer with too many digits)"))
    if problem:
        raise ConfigurationError(what, [problem]).detached()
    return data


# The reasons tomllib gives (quoted parts replaced by '…'), translated as they are.
_SYNTAX_REASONS = frozenset(
    {
        N_("Cannot declare '…' twice"),
        N_("Cannot overwrite a value"),
        N_("Duplicate inline table key '…'"),
        N_("Escaped character is not a Unicode scalar value"),
        N_("Expected '…' after a key in a key/value pair"),
        N_("Expected '…' at the end of a table declaration"),
        N_("Expected '…' at the end of an array declaration"),
        N_("Expected newline or end of document after a statement"),
        N_("Expected '…'"),
        N_("Found invalid character '…'"),
        N_("Illegal character '…'"),
        N_("Invalid date or datetime"),
        N_("Invalid hex value"),
        N_("Invalid initial character for a key part"),
        N_("Invalid statement"),
        N_("Invalid value"),
        N_("Unclosed array"),
        N_("Unclosed inline table"),
        N_("Unterminated string"),
        N_("Cannot mutate immutable namespace '…'"),
        N_("Cannot redefine namespace '…'"),
        N_("Unescaped '…' in a string"),
    }
)
_AT = re.compile(r"line (\d+), column (\d+)\)")
_KEY_TUPLE = re.compile(r"\((?:'…', ?)+(?:'…')?\)")


def _position(error: tomllib.TOMLDecodeError, text: str) -> str:
    """The decoder's message without any quoted text: its reason and the line and column."""
    message = str(error)
    reason, _, where = message.partition(" (at ")
    reason = _KEY_TUPLE.sub("'…'", _QUOTED.sub("'…'", reason))
    at = _AT.fullmatch(where)
    if reason not in _SYNTAX_REASONS:
        # A reason this list does not know (a newer Python's wording) is English prose: the
        # message names only the position, in the reader's language.
        if at:
            return Phrase(
                N_("TOML syntax error at line {line}, column {column}"),
                line=int(at[1]),
                column=int(at[2]),
            )
        if where == "end of document)":
            return Phrase(N_("TOML syntax error at the end of the document"))
        return Phrase(N_("TOML syntax error"))
    said = Phrase(reason)
    if at:
        return Phrase(
            N_("TOML syntax: {reason} (at line {line}, column {column})"),
            reason=said,
            line=int(at[1]),
            column=int(at[2]),
        )
    if where == "end of document)":
        return Phrase(N_("TOML syntax: {reason} (at end of document)"), reason=said)
    return Phrase(N_("TOML syntax: {reason}"), reason=said)
