"""The description of a TOML source as a translatable phrase.

``load_toml`` describes its source for messages as
``"<kind> <file name>"`` or ``"<kind> (TOML)"``; the loaders that validate the document go on
naming it that way in their own ``ConfigurationError``. Given the kind as a
``Phrase``, `described` turns that description into a phrase too, so
such an error reads wholly in the reader's language.
"""

from __future__ import annotations

from pengaduan._i18n import N_, Phrase

__all__ = ["described"]


def described(kind: str, what: str) -> str:
    """``what`` (as `load_toml` described a source of ``kind``) as a translatable phrase.

    A description that is a phrase already, or that does not start with ``kind``, is returned
    as it is.
    """
    if isinstance(what, Phrase) or not isinstance(kind, Phrase):
        return what
    if what == f"{kind} (TOML)":
        return Phrase(N_("{kind} (TOML)"), kind=kind)
    if what.startswith(f"{kind} "):
        return Phrase(N_("{kind} {name}"), kind=kind, name=what[len(kind) + 1 :])
    return what
