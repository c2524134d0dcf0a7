"""The language people read: Indonesian by default, English on request.

Every text the library writes for a person (error messages, CLI output, reports, SMS replies,
view labels, deadlines) comes from a gettext catalog, and numbers and dates are formatted by
Babel for the same language. Codes (error codes, status and action values, unit ids) are data
and never translated.

Pick the language once for the process, or per request in a web app (a context variable, so
threads and asyncio tasks each keep their own):

Example:
    >>> from pengaduan.language import get_language, use_language
    >>> get_language()
    'id'
    >>> with use_language("en"):
    ...     get_language()
    'en'
    >>> get_language()
    'id'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from pengaduan import _i18n
from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "LANGUAGES",
    "get_language",
    "language_from_environment",
    "set_language",
    "use_language",
]

LANGUAGES: tuple[str, ...] = _i18n.LANGUAGES
"""The supported languages: ``"id"`` (Indonesian, the default) and ``"en"`` (English)."""

_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def get_language() -> str:
    """The language in effect: the innermost [`use_language()`][pengaduan.language.use_language],
    else [`set_language()`][pengaduan.language.set_language]."""
    return _i18n.current()


def set_language(language: str) -> None:
    """Set the process-wide default language (``"id"`` or ``"en"``).

    A [`use_language()`][pengaduan.language.use_language] block still wins inside it. Meant for
    scripts and command-line
    tools; a web app serving several languages uses
    [`use_language()`][pengaduan.language.use_language] per request.

    Raises:
        ArgumentError: not ``"id"`` or ``"en"``.
    """
    _i18n._default[0] = _i18n.resolve(_checked(language))


@contextmanager
def use_language(language: str) -> Iterator[str]:
    """Use ``language`` inside the ``with`` block (this thread or asyncio task only).

    Yields:
        The language code.

    Raises:
        ArgumentError: not ``"id"`` or ``"en"``.
    """
    token = _i18n._context.set(_i18n.resolve(_checked(language)))
    try:
        yield _i18n.current()
    finally:
        _i18n._context.reset(token)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the POSIX locale variables ask for, as the command line reads them.

    The first set variable of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` decides
    (``LANGUAGE`` may list several, ``en_GB:id``: its first entry counts): ``en`` or ``en_*``
    means English, anything else (``id_ID.UTF-8``, ``C``, ``POSIX``) Indonesian.

    Example:
        >>> language_from_environment({"LANG": "en_US.UTF-8"})
        'en'
        >>> language_from_environment({"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"})
        'id'

    Raises:
        ArgumentError: ``environ`` is not a mapping or None.
    """
    if environ is not None and not isinstance(environ, Mapping):
        raise ArgumentError(
            argument="environ", rule=N_("must be a mapping or None"), given=type_name(environ)
        )
    source: Mapping[str, object] | None = os.environ
    if environ is not None:
        try:  # an app's mapping may raise anything when read: refused below
            source = dict(environ)
        except Exception:
            source = None
    if source is None:
        raise ArgumentError(
            argument="environ", rule=N_("must be a mapping that can be read"), given="Mapping"
        )
    for name in _ENVIRONMENT:
        value = source.get(name)
        if isinstance(value, str) and value:
            first = str.__str__(value).split(":", 1)[0]  # an exact copy of a subclass
            base = first.split(".", 1)[0].split("@", 1)[0]
            return "en" if base == "en" or base.startswith("en_") else "id"
    return _i18n.DEFAULT_LANGUAGE


def _checked(language: object) -> object:
    """``None`` is not a language here (it means "current" only inside the library).

    Raises:
        ArgumentError: ``language`` is ``None`` (named as such, never as a str).
    """
    if language is None:
        raise ArgumentError(
            argument="language", rule=N_("must be 'id' or 'en'"), given=type_name(None)
        )
    return language
