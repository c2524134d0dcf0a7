"""Keyword terms: a word or phrase, each word with the derived forms it also accepts.

A term such as ``"lampu jalan+-an"`` is parsed into one [`WordSpec`][pengaduan.routing.WordSpec] per
word; the router
expands them into the normalised word sequences it looks for (see
`pengaduan.routing._matcher`). The affix syntax follows how Indonesian grammar writes
affixes: ``-an`` (suffix), ``di-`` (prefix), ``per-an`` (confix).
"""

from __future__ import annotations

import re

import attrs

from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ConfigurationError, type_name

__all__ = ["WordSpec", "parse_term", "term_problem"]

_PART = re.compile(r"[a-z0-9]+\Z")


@attrs.frozen(kw_only=True)
class WordSpec:
    """One word of a keyword term: its root and the affixed forms it also accepts."""

    root: str
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    confixes: tuple[tuple[str, str], ...] = ()

    def forms(self) -> tuple[str, ...]:
        """The root and every accepted derived form, root first."""
        forms = [self.root]
        forms.extend(p + self.root for p in self.prefixes)
        forms.extend(self.root + s for s in self.suffixes)
        forms.extend(p + self.root + s for p, s in self.confixes)
        return tuple(dict.fromkeys(forms))


def parse_term(term: str) -> tuple[WordSpec, ...]:
    """Parse a keyword term such as ``"lampu jalan+-an"`` into word specifications.

    Raises:
        ConfigurationError: the term is not a str, is empty or malformed (``problems`` says why,
            without guessing). It is also a ``ValueError``.
    """
    reason = term_problem(term)
    if reason:
        raise ConfigurationError(N_("keyword term"), [reason])
    return _parse_term(term)


def term_problem(term: object) -> str:
    """Why ``term`` is not a keyword term, or an empty string when it is one."""
    if type(term) is not str:
        return Phrase(N_("a keyword term must be a str, not {type}"), type=type_name(term))
    if len(term) > _MAX_TERM:
        return Phrase(N_("a keyword term is at most {count} characters"), count=_MAX_TERM)
    try:
        _parse_term(term)
    except _BadTerm as error:
        return error.reason
    return ""


_MAX_TERM = 200


class _BadTerm(Exception):  # noqa: N818 - internal signal, never leaves this module
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _parse_term(term: str) -> tuple[WordSpec, ...]:
    words = term.casefold().split()
    if not words:
        raise _BadTerm(N_("empty keyword term"))
    specs: list[WordSpec] = []
    for word in words:
        root, *affixes = word.split("+")
        # A hyphenated root (gorong-gorong, e-ktp) is the phrase the normaliser makes of it:
        # texts break at hyphens, so the root's parts are words and the affixes go to the last.
        *leading, root = root.split("-")
        if not all(_PART.match(part) for part in (*leading, root)):
            raise _BadTerm(
                Phrase(N_("word {word}: the root must be letters or digits"), word=shown(word))
            )
        specs.extend(WordSpec(root=part) for part in leading)
        prefixes: list[str] = []
        suffixes: list[str] = []
        confixes: list[tuple[str, str]] = []
        for affix in affixes:
            head, dash, tail = affix.partition("-")
            if not dash or (head and not _PART.match(head)) or (tail and not _PART.match(tail)):
                raise _BadTerm(
                    Phrase(
                        N_("word {word}: affix {affix} must look like '-an', 'di-' or 'per-an'"),
                        word=shown(word),
                        affix=shown(affix),
                    )
                )
            if head and tail:
                confixes.append((head, tail))
            elif head:
                prefixes.append(head)
            elif tail:
                suffixes.append(tail)
            else:
                raise _BadTerm(Phrase(N_("word {word}: empty affix"), word=shown(word)))
        specs.append(
            WordSpec(
                root=root,
                prefixes=tuple(prefixes),
                suffixes=tuple(suffixes),
                confixes=tuple(confixes),
            )
        )
    return tuple(specs)
