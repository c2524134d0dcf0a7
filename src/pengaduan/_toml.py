"""Reading configuration written in TOML: one rule for text versus files, one kind of error.

Calendars, SLA policies, routing rules, lexicons and unit directories all load from TOML. The
source is a file when it is a path object, or a one-line string ending in ``.toml``; any other
string is TOML text. Syntax errors (their line and column) and unreadable files become a
:class:`~pengaduan.errors.ConfigurationError` naming what was being loaded.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pengaduan.errors import ConfigurationError

__all__ = ["load_toml"]


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
