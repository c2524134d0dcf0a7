"""Reading configuration written in TOML: one rule for text versus files, one kind of error.

Calendars, SLA policies, routing rules, lexicons and unit directories all load from TOML. The
source is a file when it is a path object, or a one-line string ending in ``.toml``; any other
string is TOML text. Syntax errors (their line and column) and unreadable files become a
:class:`~pengaduan.errors.ConfigurationError` naming what was being loaded.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

from pengaduan.errors import ConfigurationError

__all__ = ["key_text", "load_toml", "shown"]

_SHOWABLE = re.compile(r"[A-Za-z0-9_.:/+\-]{1,48}\Z")
_MAX_SHOWN_DIGITS = 8
_MAX_SHOWN_INT = 10**6


def key_text(key: object) -> str:
    """A key for a key path (``week.sabtu``): the key itself when showable, else described."""
    text = shown(key)
    return key if isinstance(key, str) and text == repr(key) else text


def shown(value: object) -> str:
    """A configuration value as a problem message may show it.

    Short identifier-like strings (``"pupr"``, ``"working_days"``) and small numbers are shown as
    they are, so a typo can be found. Anything else (text with spaces, controls or surrogates, a
    long string, anything with nine digits or more, which could be a NIK or a phone number,
    containers and other objects) is described by its type and size only: a configuration
    problem must never echo personal data pasted into the wrong place.
    """
    if isinstance(value, bool) or value is None:
        return repr(value)
    if type(value) is int and -_MAX_SHOWN_INT < value < _MAX_SHOWN_INT:
        return repr(value)
    if (
        type(value) is str
        and _SHOWABLE.match(value)
        and sum(ch.isdigit() for ch in value) <= _MAX_SHOWN_DIGITS
    ):
        return repr(value)
    if isinstance(value, str):
        return f"<a str of {len(value)} characters>"
    if isinstance(value, int):
        return "<a large int>"
    return f"<a {type(value).__name__}>"


def load_toml(source: str | os.PathLike[str], kind: str) -> tuple[dict[str, Any], str, str]:
    """Parse ``source``.

    Args:
        source: TOML text, or a file (a path object, or a one-line string ending in ``.toml``).
        kind: what is being loaded, for messages (``"SLA policy"``).

    Returns:
        The parsed data, the TOML text (for callers that map items to lines) and a description
        of the source for messages (``"SLA policy lapor.toml"``).

    Raises:
        ConfigurationError: the file cannot be read, or the text is not valid TOML.
    """
    if isinstance(source, os.PathLike) or (
        isinstance(source, str) and "\n" not in source and source.strip().endswith(".toml")
    ):
        path = Path(source)
        what = f"{kind} {path.name}"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigurationError(
                what, [f"cannot read the file ({type(error).__name__})"]
            ) from None
    else:
        what = f"{kind} (TOML)"
        text = source
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigurationError(what, [f"TOML syntax: {error}"]) from None
    return data, text, what
