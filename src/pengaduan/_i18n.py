"""The translation function and the locale formatting every module uses.

Texts are written in English in the code (the gettext msgids) and translated at run time from
the catalogs shipped in ``pengaduan/locale/<lang>/LC_MESSAGES/pengaduan.mo`` with the standard
library's `gettext`. Numbers, percentages, dates and month names are formatted by Babel
for the same language. The public side (picking a language) is
[`pengaduan.language`][pengaduan.language].

Modules import the translation function as the last import of their block::

    from pengaduan._i18n import gettext as _

and mark texts that are translated later (a table of labels, say) with `N_()`.
"""

from __future__ import annotations

import gettext as _gettext
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Self

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import date, datetime

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "N_",
    "SHOWABLE",
    "Nn_",
    "Phrase",
    "Plural",
    "article",
    "as_phrase",
    "babel_locale",
    "current",
    "format_date",
    "format_decimal",
    "format_month",
    "format_number",
    "format_percent",
    "format_time",
    "gettext",
    "lookup",
    "ngettext",
    "resolve",
    "shown",
    "translation",
    "using",
]

LANGUAGES: tuple[str, ...] = ("id", "en")
"""The languages every text exists in: Indonesian (the default) and English."""

DEFAULT_LANGUAGE = "id"

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "pengaduan"

# The process-wide default (set_language) and the per-context choice (use_language).
_default: list[str] = [DEFAULT_LANGUAGE]
_context: ContextVar[str | None] = ContextVar("pengaduan_language", default=None)

_BABEL_LOCALES = {"id": "id_ID", "en": "en_GB"}


def current() -> str:
    """The language in effect here: the context's choice, else the process default."""
    chosen = _context.get()
    return chosen if chosen is not None else _default[0]


def resolve(language: object) -> str:
    """``language`` itself when it is a supported code, the current language for ``None``.

    Raises:
        ArgumentError: not ``None`` and not one of [`LANGUAGES`][pengaduan.language.LANGUAGES].
    """
    if language is None:
        return current()
    if type(language) is str and language in LANGUAGES:
        return language
    _refusal[0](language)
    raise AssertionError  # pragma: no cover - a refusal raises


def _refuse(language: object) -> NoReturn:
    """The refusal until [`pengaduan.errors`][pengaduan.errors] installs its own (it does on
    import)."""
    raise ValueError(N_("must be 'id' or 'en'"))


_refusal: list[Callable[[object], NoReturn]] = [_refuse]


def refuse_with(refusal: Callable[[object], NoReturn]) -> None:
    """Install how an unknown language is refused.

    [`pengaduan.errors`][pengaduan.errors] installs a refusal raising its ``ArgumentError`` when it
    is imported
    (``import pengaduan`` imports it first): the errors translate their messages through this
    module, so this module does not import them back.
    """
    _refusal[0] = refusal


@cache
def translation(language: str) -> _gettext.NullTranslations:
    """The compiled catalog of ``language`` (an empty one if the file is missing)."""
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def gettext(message: str) -> str:
    """``message`` (an English msgid) in the current language."""
    return translation(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the current language."""
    return translation(current()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Mark ``message`` for extraction without translating it now."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - as N_, for ngettext
    """Mark a singular and plural msgid for extraction as one plural entry (``make messages``
    and the catalog tests read the keyword ``Nn_:1,2``), for a `Plural` made later."""
    return singular, plural


# Python refuses to format an int of more than 4300 digits; below this many bits it never has.
_MAX_FORMATTED_BITS = 14_000


class Phrase(str):
    """A free-form message part with values in it, translatable as a whole.

    The string itself is the English text (``"line 3: must be a str"``), so code that reads
    ``error.rule`` or ``error.problems`` as plain text keeps working; the errors render it from
    its msgid and values in the reader's language. The msgid is marked with ``N_()`` where the
    phrase is made, so ``pybabel extract`` finds it::

        Phrase(N_("line {line}: {problem}"), line=3, problem=Phrase(N_("must be a str")))

    Values are shown as they are (ids, whole numbers, paths, type names), except values that
    are phrases themselves, which are translated too, and floats, written with the reader's
    decimal mark (``70,5`` / ``70.5``). Values never carry complaint text or personal
    data, as everything else in an error.
    """

    msgid: str
    values: dict[str, object]

    def __new__(cls, msgid: str, /, **values: object) -> Self:
        """The phrase of ``msgid`` with ``values`` put into its ``{placeholders}``.

        An ``int`` too long for Python to turn into text (over 4300 digits) is shown as
        ``<a large int>``, so a message about a huge number never fails to be made.
        """
        if values and any(
            isinstance(value, int) and value.bit_length() > _MAX_FORMATTED_BITS
            for value in values.values()
        ):
            values = {
                name: (
                    Phrase(N_("<a large int>"))
                    if isinstance(value, int) and value.bit_length() > _MAX_FORMATTED_BITS
                    else value
                )
                for name, value in values.items()
            }
        self = super().__new__(cls, msgid.format(**values) if values else msgid)
        self.msgid = msgid
        self.values = values
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_phrase, (self.msgid, self.values))

    def __repr__(self) -> str:
        """A value description (a msgid in angle brackets, ``<a str of 7 characters>``) in the
        current language, as a message shows it in place of a value's ``repr()``; any other
        phrase as a quoted string."""
        if self.msgid.startswith("<"):
            rendered = self.render(lookup)
            return rendered if rendered is not None else str.__str__(self)
        return str.__repr__(self)

    def _wording(self, found: Callable[[str], str | None]) -> str | None:
        return found(self.msgid)

    def render(self, found: Callable[[str], str | None]) -> str | None:
        """This phrase with ``found(msgid)`` as its wording, or ``None`` when a msgid (its own
        or a value's) is unknown to ``found``."""
        wording = self._wording(found)
        if wording is None:
            return None
        shown: dict[str, object] = {}
        for name, value in self.values.items():
            if isinstance(value, Phrase):
                rendered = value.render(found)
                if rendered is None:
                    return None
                shown[name] = rendered
            elif isinstance(value, float):  # a measure (70.0): the reader's decimal mark
                shown[name] = format_decimal(value, current(), digits=2)
            else:
                shown[name] = value
        return wording.format(**shown) if shown else wording


def _phrase(msgid: str, values: dict[str, object]) -> Phrase:
    return Phrase(msgid, **values)


class Plural(Phrase):
    """A phrase whose wording depends on a number, ``count``: the singular or plural form of
    the current language's catalog, as ``ngettext`` picks it (Indonesian has one form)::

        Plural(Nn_("{count} unknown key", "{count} unknown keys"), count=2)

    The string itself is the English text for ``count``.
    """

    forms: tuple[str, str]

    def __new__(cls, forms: tuple[str, str], /, *, count: int, **values: object) -> Self:
        """The phrase of the msgid pair ``forms`` (marked with `Nn_`) for ``count``."""
        singular, plural = forms
        self = super().__new__(cls, singular if count == 1 else plural, count=count, **values)
        self.forms = (singular, plural)
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_plural, (self.forms, self.values))

    def _wording(self, found: Callable[[str], str | None]) -> str | None:
        count = self.values.get("count")
        language = translation(current())
        catalog = getattr(language, "_catalog", None)
        index = getattr(language, "plural", None)
        if not isinstance(count, int) or not isinstance(catalog, dict) or not callable(index):
            return None
        wording = catalog.get((self.forms[0], index(count)))
        return wording if isinstance(wording, str) else None


def _plural(forms: tuple[str, str], values: dict[str, object]) -> Plural:
    rest = dict(values)
    count = rest.pop("count")
    return Plural(forms, count=count if isinstance(count, int) else 0, **rest)


def as_phrase(text: str) -> Phrase:
    """``text`` itself when it is a `Phrase`, else the phrase of the msgid ``text`` (a literal
    marked with ``N_()`` where it is written), to put one message part inside another."""
    return text if isinstance(text, Phrase) else Phrase(text)


# Names that start with a vowel letter but not a vowel sound (a UnitDirectory, a URL, a usage,
# a one-off) take "a".
_NOT_A_VOWEL = re.compile(r"(?i:u(?:ni|s[aeiu]|ti|r[ailo]|tf)|eu|one\b|once)")


def article(name: str) -> Phrase:
    """``name`` with the English indefinite article it takes (``an Actor``, ``a Complaint``,
    ``an 'anonim'``, ``a UnitDirectory``), as a phrase: a language without articles (Indonesian)
    writes the name alone."""
    word = name.lstrip("'\"`")
    vowel = word[:1].lower() in {"a", "e", "i", "o", "u"} and not _NOT_A_VOWEL.match(word)
    return Phrase(N_("an {name}") if vowel else N_("a {name}"), name=name)


def babel_locale(language: str | None = None) -> str:
    """The Babel locale of a language (``id_ID``, ``en_GB``)."""
    return _BABEL_LOCALES[resolve(language)]


def format_number(value: int, language: str | None = None) -> str:
    """A whole number with the language's grouping: ``1.234`` / ``1,234``."""
    from babel.numbers import format_decimal as babel_decimal  # noqa: PLC0415 - lazy

    return str(babel_decimal(value, locale=babel_locale(language)))


def format_decimal(
    value: float, language: str | None = None, *, digits: int = 1, fixed: bool = False
) -> str:
    """A number with at most ``digits`` decimals: ``2,5`` / ``2.5``; with ``fixed``, exactly
    ``digits`` (``3,00``), so a column of them lines up."""
    from babel.numbers import format_decimal as babel_decimal  # noqa: PLC0415 - lazy

    pattern = "#,##0" + ("." + ("0" if fixed else "#") * digits if digits else "")
    return str(babel_decimal(value, format=pattern, locale=babel_locale(language)))


def format_percent(value: float, language: str | None = None, *, digits: int = 1) -> str:
    """A percentage given from 0 to 100: ``86,5 %`` (Indonesian) / ``86.5%`` (English)."""
    from babel.numbers import format_percent as babel_percent  # noqa: PLC0415 - lazy

    lang = resolve(language)
    # CLDR writes Indonesian percentages without a space; the style guides of Indonesian
    # government documents (and the reports this library replaces) put one before the sign.
    decimals = "." + "0" * digits if digits else ""
    pattern = "#,##0" + decimals + ("\u00a0%" if lang == "id" else "%")
    return str(babel_percent(value / 100, format=pattern, locale=babel_locale(lang)))


def format_date(day: date, language: str | None = None, *, weekday: bool = False) -> str:
    """A date in words: ``27 Mei 2025`` or, with the weekday, ``Selasa, 27 Mei 2025``."""
    from babel.dates import format_date as babel_date  # noqa: PLC0415 - lazy

    pattern = "EEEE, d MMMM y" if weekday else "d MMMM y"
    return str(babel_date(day, format=pattern, locale=babel_locale(language)))


def format_month(day: date, language: str | None = None) -> str:
    """A month and its year: ``Mei 2025`` / ``May 2025``."""
    from babel.dates import format_date as babel_date  # noqa: PLC0415 - lazy

    return str(babel_date(day, format="LLLL y", locale=babel_locale(language)))


@contextmanager
def using(language: str | None) -> Iterator[str]:
    """Translate in ``language`` inside the block (the current language for ``None``).

    Raises:
        ArgumentError: not ``None`` and not one of [`LANGUAGES`][pengaduan.language.LANGUAGES].
    """
    token = _context.set(resolve(language))
    try:
        yield _context.get() or DEFAULT_LANGUAGE
    finally:
        _context.reset(token)


def format_time(moment: datetime, language: str | None = None) -> str:
    """A wall-clock time as the language writes it: ``14.30`` / ``14:30``."""
    from babel.dates import format_time as babel_time  # noqa: PLC0415 - lazy

    return str(babel_time(moment.time(), format="short", locale=babel_locale(language)))


def lookup(message: str) -> str | None:
    """``message`` in the current language, or ``None`` when the catalog does not hold it."""
    catalog = getattr(translation(current()), "_catalog", None)
    found = catalog.get(message) if isinstance(catalog, dict) else None
    return found if isinstance(found, str) else None


#: A short identifier-like text (a key, a unit id, a file name) that a message may show as it is.
SHOWABLE = re.compile(r"[A-Za-z0-9_.:/+\-]{1,48}\Z")
_MAX_SHOWN_DIGITS = 8
_MAX_SHOWN_INT = 10**6


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
        and SHOWABLE.match(value)
        and sum(ch.isdigit() for ch in value) <= _MAX_SHOWN_DIGITS
    ):
        return repr(value)
    if isinstance(value, str):
        return Phrase(N_("<a str of {n} characters>"), n=len(value))
    if isinstance(value, int):
        return Phrase(N_("<a large int>"))
    return Phrase(N_("<a {type}>"), type=type(value).__name__)
