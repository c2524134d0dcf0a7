"""App-defined detectors from a regular expression, on an engine that cannot be made to hang.

An app's pattern runs on whatever citizens send. Python's ``re`` backtracks: ``(a+)+$`` takes
minutes on 30 characters. So a [`RegexDetector`][pengaduan.redaction.RegexDetector] runs its pattern
on RE2 (linear time in
the length of the text, whatever the pattern) when the ``re2`` extra is installed
(``pip install 'pengaduan[re2]'``, the ``google-re2`` package) and RE2 reads the pattern.
Otherwise the pattern runs on Python's ``re`` only after a conservative analysis has shown it
cannot backtrack catastrophically (see ``_regex_safety.py`` and ``docs/howto/custom-detector.md``);
a pattern that may is refused when the detector is built, with a
[`ConfigurationError`][pengaduan.errors.ConfigurationError] naming the detector and the construct.
"""

from __future__ import annotations

import importlib
import re
import warnings
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.text import exact
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import (
    ConfigurationError,
    OptionalDependencyError,
    RedactionError,
    type_name,
)
from pengaduan.redaction._detect_base import _KIND_SHAPE, Finding, _check_call
from pengaduan.redaction._regex_safety import (
    MAX_PATTERN_LENGTH,
    _too_long,
    backtracking_problems,
    cannot_be_shown_linear,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["RegexDetector", "RegexEngine", "re2_available"]

_ALLOWED_FLAGS = int(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.ASCII | re.UNICODE | re.VERBOSE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_RE2_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))


class RegexEngine(StrEnum):
    """Which engine runs a [`RegexDetector`][pengaduan.redaction.RegexDetector]'s pattern."""

    AUTO = "auto"
    """RE2 when it is installed and reads the pattern, else Python's ``re`` after the check."""
    RE2 = "re2"
    """RE2 only: refused when ``google-re2`` is missing or does not read the pattern."""
    PYTHON = "python"
    """Python's ``re`` only, after the backtracking check (a pattern that fails it is refused)."""


def _re2() -> Any:
    try:
        return importlib.import_module("re2")
    except ImportError:
        return None


def re2_available() -> bool:
    """Whether the linear-time engine (the ``google-re2`` package, module ``re2``) is installed."""
    return _re2() is not None


def _compile_re2(module: Any, pattern: str, flags: int) -> Any:
    """The pattern compiled by RE2, or ``None`` when RE2 does not read it."""
    if flags & re.VERBOSE:
        return None
    inline = "".join(letter for flag, letter in _RE2_FLAGS if flags & flag)
    options = module.Options()
    options.log_errors = False  # RE2 would print the pattern to stderr
    failed = False
    try:
        compiled = module.compile(f"(?{inline}){pattern}" if inline else pattern, options)
    except Exception:
        failed = True
    return None if failed else compiled


def _compile_python(pattern: str, flags: int, problems: list[str]) -> re.Pattern[str] | None:
    reason = ""
    compiled: re.Pattern[str] | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compiled = re.compile(pattern, flags)
        except re.error as error:
            # re's own explanation is English prose: the position is shown instead.
            reason = Phrase(
                N_("pattern does not compile (at position {position})"), position=error.pos
            )
        except Exception as error:
            reason = Phrase(N_("pattern does not compile ({type})"), type=type_name(error))
    if caught:
        reason = reason or N_("pattern uses syntax Python warns about (nested sets, '--', '&&')")
    if reason:
        problems.append(reason)
        return None
    return compiled


def _engine(value: object) -> object:
    """Convert a known engine value to [`RegexEngine`][pengaduan.redaction.RegexEngine]; others are
    refused in the check."""
    if isinstance(value, str) and value in RegexEngine._value2member_map_:
        return RegexEngine(value)
    return value


def _pattern_text(value: object) -> object:
    """Accept a compiled ``re.Pattern`` where a pattern text is expected (earlier API)."""
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        return exact(value.pattern)
    return exact(value)


@attrs.frozen(kw_only=True)
class RegexDetector:
    """An app-defined detector: a regular expression, optionally confirmed by a validator.

    Build it with [`build()`][pengaduan.redaction.RegexDetector.build]; every problem of the
    configuration is reported at once. The
    pattern runs on the text as folded for detection (Unicode digits as ASCII digits, invisible
    characters removed: see ``docs/redaction.md``), so ``[0-9]`` also finds Arabic-Indic and
    full-width digits.

    Attributes:
        name: the detector name recorded in spans.
        kind: the kind reported (a [`PiiKind`][pengaduan.redaction.PiiKind] value or lower-case
            ``snake_case``).
        pattern: the regular expression's text.
        flags: ``re`` flags (``IGNORECASE``, ``MULTILINE``, ``DOTALL``, ``ASCII``, ``VERBOSE``).
        validate: called with each match's text; the match is reported only if it returns True.
        engine: the engine asked for ([`RegexEngine`][pengaduan.redaction.RegexEngine]).
        runs_on: the engine the pattern runs on: ``"re2"`` or ``"python"``.
    """

    name: str
    kind: str
    pattern: str = attrs.field(converter=_pattern_text)
    flags: int = 0
    validate: Callable[[str], bool] | None = None
    engine: RegexEngine = attrs.field(default=RegexEngine.AUTO, converter=_engine)
    runs_on: str = attrs.field(init=False, eq=False)
    _matcher: Any = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        problems: list[str] = []
        name: object = self.name
        kind: object = self.kind
        pattern: object = self.pattern
        flags: object = self.flags
        engine: object = self.engine
        if not isinstance(name, str) or not str.strip(name) or len(name) > 64:
            problems.append(
                Phrase(
                    N_("name must be a non-empty str of at most 64 characters ({type})"),
                    type=type_name(name),
                )
            )
            name = "?"
        if not isinstance(kind, str) or not _KIND_SHAPE.fullmatch(kind):
            problems.append(N_("kind must be lower-case snake_case (at most 31 characters)"))
        if not isinstance(flags, int) or isinstance(flags, bool) or flags & ~_ALLOWED_FLAGS:
            problems.append(
                N_("flags must be re flags among IGNORECASE, MULTILINE, DOTALL, ASCII, VERBOSE")
            )
            flags = 0
        if not isinstance(engine, str) or engine not in RegexEngine._value2member_map_:
            problems.append(
                Phrase(
                    N_("engine must be one of: {values}"),
                    values=", ".join(e.value for e in RegexEngine),
                )
            )
            engine = RegexEngine.AUTO
        checker: object = self.validate
        if checker is not None and not callable(checker):
            problems.append(
                Phrase(N_("validate must be callable, got {type}"), type=type_name(checker))
            )
        matcher: Any = None
        runs_on = ""
        if not isinstance(pattern, str):
            problems.append(
                Phrase(N_("pattern must be a str, got {type}"), type=type_name(pattern))
            )
        elif len(pattern) > MAX_PATTERN_LENGTH:
            problems.append(_too_long())
        else:
            matcher, runs_on = self._compile(
                pattern, int(flags), RegexEngine(str(engine)), problems
            )
        if matcher is not None and matcher.fullmatch("") is not None:
            problems.append(N_("pattern matches the empty string"))
        if problems:
            raise ConfigurationError(Phrase(N_("detector {name}"), name=shown(name)), problems)
        object.__setattr__(self, "runs_on", runs_on)
        object.__setattr__(self, "_matcher", matcher)

    @staticmethod
    def _compile(
        pattern: str, flags: int, engine: RegexEngine, problems: list[str]
    ) -> tuple[Any, str]:
        if engine is not RegexEngine.PYTHON:
            module = _re2()
            if module is None and engine is RegexEngine.RE2:
                raise OptionalDependencyError(
                    feature="the RE2 regex engine", package="google-re2", extra="re2"
                )
            compiled = None if module is None else _compile_re2(module, pattern, flags)
            if compiled is not None:
                return compiled, RegexEngine.RE2.value
            if engine is RegexEngine.RE2:
                problems.append(
                    N_(
                        "RE2 does not read this pattern (backreferences, lookarounds, possessive "
                        "quantifiers, atomic groups, \\Z and verbose patterns are Python-only)"
                    )
                )
                return None, ""
        compiled_python = _compile_python(pattern, flags, problems)
        if compiled_python is None:
            return None, ""
        found = backtracking_problems(
            pattern,
            ignore_case=bool(flags & re.IGNORECASE),
            dot_all=bool(flags & re.DOTALL),
        )
        if flags & re.VERBOSE:
            found = [cannot_be_shown_linear(N_("a verbose pattern")), *found]
        if found:
            problems.extend(
                Phrase(
                    N_("may backtrack catastrophically: {problem}"),
                    problem=problem if isinstance(problem, Phrase) else Phrase(problem),
                )
                for problem in found
            )
            problems.append(
                N_(
                    "rewrite it (possessive quantifiers such as [0-9]++, a character after each "
                    "repeat that it cannot match) or install the re2 extra: pip install "
                    "'pengaduan[re2]'"
                )
            )
            return None, ""
        return compiled_python, RegexEngine.PYTHON.value

    @classmethod
    def build(
        cls,
        *,
        name: str,
        kind: str,
        pattern: str,
        flags: int = 0,
        validate: Callable[[str], bool] | None = None,
        engine: RegexEngine | str = RegexEngine.AUTO,
    ) -> RegexDetector:
        """Check and build a regex detector.

        Args:
            name: the detector name.
            kind: the kind it reports.
            pattern: the regular expression.
            flags: ``re`` flags.
            validate: an optional confirmation of each match.
            engine: ``"auto"`` (RE2 when installed, else Python's ``re`` after the backtracking
                check), ``"re2"`` or ``"python"``.

        Returns:
            The detector.

        Raises:
            ConfigurationError: every problem found (empty name, bad kind, invalid pattern,
                a pattern that matches the empty string or may backtrack catastrophically, a
                validator that is not callable).
            OptionalDependencyError: ``engine="re2"`` without ``google-re2`` installed.
        """
        return cls(
            name=name,
            kind=kind,
            pattern=pattern,
            flags=flags,
            validate=validate,
            engine=engine,
        )

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find the pattern's matches in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text)

    def _find(self, text: str) -> Iterator[Finding]:
        if self.runs_on == RegexEngine.RE2.value and not text.isascii():
            # RE2 reads UTF-8, which has no lone surrogates: one replacement character each
            # keeps every offset.
            text = _SURROGATE.sub("\ufffd", text)
        for match in self._matcher.finditer(text):
            start, end = match.start(), match.end()
            if end == start:
                continue
            if self.validate is None or self._confirmed(match.group()):
                yield Finding(kind=self.kind, start=start, end=end, detector=self.name)

    def _confirmed(self, value: str) -> bool:
        """The validator's verdict; a validator that fails or answers a non-bool is an error."""
        verdict: object = None
        failed = False
        try:
            verdict = self.validate(value)  # type: ignore[misc]
        except Exception:
            failed = True
        if failed or not isinstance(verdict, bool):
            raise RedactionError(
                reason="bad-validator",
                detail=N_("the validator raised an error or did not return a bool"),
                detector=self.name,
            )
        return verdict
