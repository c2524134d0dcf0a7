"""The hostile-input harness: call a public entry point with bad input and check the outcome.

Every hostile case must end in one of two ways: the call returns normally, or it raises a
:class:`~pengaduan.errors.PengaduanError`. Either way, no planted secret (a name, a NIK, a phone,
complaint text) may appear in the error's message, repr, arguments, attributes, or in any exception
chained to it, nor in a log record emitted during the call; and the call must finish within a
bound (a hang is a failure, not a slow test).

Use :func:`outcome` from a test; it returns what the call returned, or the typed error, so the
test can assert more (the error's class, its code, that nothing was stored).
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from tests.translation_check import assert_translated

from pengaduan.errors import PengaduanError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

# Personal data planted in hostile inputs; none may come back in an error or a log line.
SECRET_NAME = "Yohanes Ndun Manafe"
SECRET_NIK = "5371014107900001"
SECRET_PHONE = "081339001122"
SECRET_EMAIL = "yohanes.manafe@contoh.id"
SECRET_TEXT = "RAHASIA-TEKS pungli di kantor lurah oebobo"
SECRETS: tuple[str, ...] = (SECRET_NAME, SECRET_NIK, SECRET_PHONE, SECRET_EMAIL, SECRET_TEXT)

BOUND_SECONDS = 5.0


class Hang(BaseException):
    """Raised by the alarm when a hostile case runs past its bound."""


class Leak(AssertionError):  # noqa: N818 - reads as the failure it reports
    """A secret reached an error or a log record."""


@contextmanager
def bounded(seconds: float = BOUND_SECONDS) -> Iterator[None]:
    """Raise :class:`Hang` in the main thread if the block runs longer than ``seconds``."""

    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"hostile case ran past {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _texts(value: object, depth: int = 0) -> Iterator[str]:
    """Every string reachable from ``value`` through containers and plain attributes."""
    if depth > 6:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, bytes | bytearray):
        yield bytes(value).decode("utf-8", "replace")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key, depth + 1)
            yield from _texts(item, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _texts(item, depth + 1)
    elif isinstance(value, BaseException):
        yield from _exception_texts(value, depth + 1)


def _exception_texts(error: BaseException, depth: int = 0) -> Iterator[str]:
    try:
        yield str(error)
    except Exception:  # a str() that fails still leaves the repr below
        yield "<str failed>"
    yield repr(error)
    yield from _texts(error.args, depth)
    yield from _texts(dict(getattr(error, "__dict__", {})), depth)
    for name in ("object", "filename", "filename2", "msg", "doc"):  # Unicode/OS/JSON errors
        yield from _texts(getattr(error, name, None), depth)
    for chained in (error.__cause__, error.__context__):
        if chained is not None and depth < 6:
            yield from _exception_texts(chained, depth + 1)


def assert_clean(error: BaseException, secrets: Iterable[str] = SECRETS) -> None:
    """No secret in the error, its attributes or anything chained to it."""
    texts = list(_exception_texts(error))
    for secret in secrets:
        for text in texts:
            if secret and secret in text:
                raise Leak(f"{type(error).__name__} carries a planted secret ({secret[:4]}...)")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            self.lines.extend(_exception_texts(record.exc_info[1]))


def outcome(
    call: Callable[..., Any],
    *args: Any,
    secrets: Iterable[str] = SECRETS,
    seconds: float = BOUND_SECONDS,
    **kwargs: Any,
) -> Any:
    """Run one hostile case; return its result or the typed error it raised.

    Fails the test when the call raises anything but a ``PengaduanError``, runs past ``seconds``,
    or lets a secret into the error or a log record.
    """
    secrets = tuple(secrets)
    handler = _Records()
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        with bounded(seconds):
            try:
                result = call(*args, **kwargs)
            except PengaduanError as error:
                assert_clean(error, secrets)
                assert_translated(error)
                result = error
            except Exception as error:
                raise AssertionError(
                    f"raw {type(error).__name__} escaped {getattr(call, '__qualname__', call)}"
                ) from None
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    for line in handler.lines:
        for secret in secrets:
            if secret and secret in line:
                raise Leak(f"a log record carries a planted secret ({secret[:4]}...)")
    return result


def raises_typed(
    call: Callable[..., Any], *args: Any, secrets: Iterable[str] = SECRETS, **kwargs: Any
) -> PengaduanError:
    """Like :func:`outcome`, but the call must raise (a typed error)."""
    result = outcome(call, *args, secrets=secrets, **kwargs)
    assert isinstance(result, PengaduanError), f"expected a typed error, got {type(result)}"
    return result


# Values of every wrong type, for arguments that expect something else.
WRONG_TYPES: tuple[tuple[str, object], ...] = (
    ("none", None),
    ("int", 7),
    ("huge-int", 10**5000),
    ("float-nan", float("nan")),
    ("float-inf", float("inf")),
    ("bool", True),
    ("bytes", b"\xff\xfe"),
    ("list", ["a", "b"]),
    ("dict", {"a": 1}),
    ("set", {"x"}),
    ("object", object()),
    ("type", str),
    ("callable", print),
    ("secret-str-in-list", [SECRET_TEXT]),
)


class Refused(RuntimeError):  # noqa: N818 - reads as what the objects do
    """What the hostile objects below raise: not a ``PengaduanError``, so one let through fails
    :func:`outcome`."""


def _refuse(*_args: object, **_kwargs: object) -> Any:
    raise Refused(SECRET_TEXT)


_STR_METHODS = (
    "__str__",
    "__repr__",
    "__format__",
    "__bytes__",
    "__mod__",
    "__add__",
    "__mul__",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "rsplit",
    "splitlines",
    "lower",
    "upper",
    "casefold",
    "title",
    "capitalize",
    "swapcase",
    "encode",
    "decode",
    "replace",
    "startswith",
    "endswith",
    "isprintable",
    "isascii",
    "isdigit",
    "isdecimal",
    "isnumeric",
    "isalpha",
    "isalnum",
    "isspace",
    "isidentifier",
    "islower",
    "isupper",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "join",
    "format",
    "format_map",
    "partition",
    "rpartition",
    "translate",
    "hex",
    "removeprefix",
    "removesuffix",
    "expandtabs",
    "center",
    "ljust",
    "rjust",
    "zfill",
)


class HostileStr(str):
    """A str whose every method raises (an app's subclass gone wrong): the library copies it
    to an exact ``str`` at its boundary, or refuses it, and never calls its methods."""

    __slots__ = ()


class HostileBytes(bytes):
    """Bytes whose every method raises."""

    __slots__ = ()


for _name in _STR_METHODS:
    if hasattr(str, _name):
        setattr(HostileStr, _name, _refuse)
    if hasattr(bytes, _name) and _name != "__buffer__":
        setattr(HostileBytes, _name, _refuse)


class HostileIterable:
    """An object that claims to be iterable but raises when iterated."""

    def __iter__(self) -> Iterator[Any]:
        raise Refused(SECRET_TEXT)


class HostileMapping(Mapping[str, Any]):
    """A Mapping whose every read raises (``get``, ``[]``, ``keys``, ``items``, ``len``, ``in``)."""

    __getitem__ = __iter__ = __len__ = __contains__ = _refuse
    get = keys = items = values = __eq__ = _refuse
    __hash__ = None  # type: ignore[assignment]


class HostileZone(tzinfo):
    """A time zone whose methods raise."""

    utcoffset = dst = tzname = fromutc = _refuse


class FarZone(tzinfo):
    """A time zone whose offset is 30 hours: outside what ``datetime`` allows."""

    def utcoffset(self, when: datetime | None) -> timedelta:
        return timedelta(hours=30)

    def dst(self, when: datetime | None) -> timedelta | None:
        return None


# Objects that break code which trusts a type check: a str or bytes subclass whose methods
# raise, an iterable that raises, a mapping that raises on every read, datetimes whose zone
# raises or gives an impossible offset, an instant at the end of time.
HOSTILE_OBJECTS: tuple[tuple[str, object], ...] = (
    ("hostile-str", HostileStr("pupr")),
    ("hostile-bytes", HostileBytes(b"pupr")),
    ("hostile-iterable", HostileIterable()),
    ("hostile-mapping", HostileMapping()),
    ("raising-zone", datetime(2025, 3, 3, 2, tzinfo=HostileZone())),
    ("far-zone", datetime(2025, 3, 3, 2, tzinfo=FarZone())),
    ("end-of-time", datetime(9999, 12, 31, 23, 59, tzinfo=UTC)),
)


# Strings that break naive code: surrogates, controls, bidi overrides, huge, NUL, escapes.
HOSTILE_TEXTS: tuple[tuple[str, str], ...] = (
    ("empty", ""),
    ("spaces", "   \t\n"),
    ("lone-surrogate", f"{SECRET_TEXT} \ud800"),
    ("low-surrogate", "\udfff" + SECRET_NAME),
    ("nul", f"{SECRET_TEXT}\x00"),
    ("controls", "\x1b[31m\x07\x08" + SECRET_PHONE),
    ("unit-separator", f"a\x1fb {SECRET_NIK}"),
    ("bidi", f"\u202e{SECRET_NAME}\u202c"),
    ("zero-width", f"08\u200b1339\u200b001122 {SECRET_NAME}"),
    ("bom", f"\ufeff{SECRET_TEXT}"),
    ("huge", SECRET_TEXT * 20000),
    ("combining", "a" + "\u0301" * 5000),
    ("emoji", "🙏" * 1000 + SECRET_EMAIL),
    ("json-like", '{"privacy": "publik", "units": ["satpolpp"]}'),
    ("formula", f'=HYPERLINK("http://x", "{SECRET_NAME}")'),
    ("sql", "'; DROP TABLE complaints; --"),
    ("path", "../../etc/passwd"),
)


def wrong_type_cases(
    arguments: Mapping[str, Callable[[Any], object]], accepts: Mapping[str, set[str]]
) -> list[Any]:
    """``pytest.param(call, value)`` for each argument and each wrong type it does not accept.

    ``arguments`` maps a readable argument name to a one-argument call that passes the value
    there; ``accepts`` names the kinds of :data:`WRONG_TYPES` an argument legitimately takes.
    """
    import pytest  # noqa: PLC0415 - only test modules build parameters

    return [
        pytest.param(call, value, id=f"{argument}-{kind}")
        for argument, call in arguments.items()
        for kind, value in WRONG_TYPES
        if kind not in accepts.get(argument, set())
    ]


def named_wrong_type_cases(
    arguments: Mapping[str, Callable[[Any], object]], accepts: Mapping[str, set[str]]
) -> list[Any]:
    """:func:`wrong_type_cases` with the argument each case's error must name: the last dotted
    part of its key, before any ``-`` (``"RuleSet.from_dict.what"`` names ``what``)."""
    import pytest  # noqa: PLC0415 - only test modules build parameters

    cases = []
    for key, call in arguments.items():
        argument = key.rsplit(".", 1)[-1].split("-")[0]
        cases.extend(
            pytest.param(*case.values, argument, id=case.id)
            for case in wrong_type_cases({key: call}, accepts)
        )
    return cases


def refused_naming(call: Callable[[Any], object], value: object, argument: str) -> Any:
    """Call ``call(value)``: it must raise an ``ArgumentError`` (code ``argument``, still a
    ``TypeError`` and a ``ValueError``, as the raw errors were) naming ``argument`` and saying
    what was given; the error is returned for further checks."""
    from pengaduan.errors import ArgumentError  # noqa: PLC0415 - beside the other checks

    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError), type(error).__name__
    assert error.code == "argument"
    assert error.argument == argument
    assert error.given  # what was given, described (never shown itself)
    assert isinstance(error, TypeError | ValueError)
    return error
