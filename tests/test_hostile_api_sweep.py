"""Every public callable refuses arguments of the wrong type with a typed error.

The callables are found, not listed: every module-level function and class that a public module
of the package exports in ``__all__`` (enumerations, protocols and exceptions left out: calling
them is no use of the library). Each is called with a value of every wrong type in
:data:`~tests.hostile_helpers.WRONG_TYPES` and a few hostile strings, first in every required
argument at once, then in each optional argument with ``"x"`` in the required ones. Whatever
comes back is consumed (an iterator read, a coroutine run), so a lazy function's checks count
too. Every call must return or raise a ``PengaduanError`` with no planted secret in it
(:func:`~tests.hostile_helpers.outcome`). A new public function is swept without being added
here.

The public methods are swept the same way, on an instance of every exported class that can be
made without arguments (its ``default()`` or a bare call), that a public function returns when
called without any (``default_router()``, ``lapor_v3()``), or that `_samples` makes for the
central classes needing arguments (a complaint, the calendar, the policy, the audit, the
messenger, the SMS gateway, a signing key, a repository). Methods a class takes from a standard
protocol (``Sequence.index``) keep that protocol's exceptions, and a callable given where the
app's own function is expected (``progress=``) is not swept: what it raises is the app's.

The command line has its own suite (``test_hostile_cli.py``); the store's migration scripts are
run by Alembic, not called.
"""

from __future__ import annotations

import asyncio
import enum
import importlib
import inspect
import itertools
import pkgutil
import warnings
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import T0, received
from tests.hostile_helpers import HOSTILE_OBJECTS, HOSTILE_TEXTS, WRONG_TYPES, outcome

import pengaduan
from pengaduan.audit import Audit
from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import type_name
from pengaduan.intake import SmsGateway
from pengaduan.integrity import SigningKey
from pengaduan.messages import Messenger
from pengaduan.sla import SlaPolicy
from pengaduan.store import Repository
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

_LEFT_OUT = ("pengaduan.cli", "pengaduan.store.migrations")
_HOSTILE = tuple(text for kind, text in HOSTILE_TEXTS if kind != "huge")[:6]
_VALUES: tuple[object, ...] = (
    *(value for _, value in WRONG_TYPES),
    *_HOSTILE,
    *(value for _, value in HOSTILE_OBJECTS),
)
#: Arguments that take the app's own function: a callable given there is called, and what it
#: raises is the app's to see (as ``sorted(key=...)`` lets a key function's error through), so
#: only values that are no callable are swept there.
_CALLBACKS = frozenset({"progress", "on_problem", "predict", "validate"})
_NAMED = (
    inspect.Parameter.POSITIONAL_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD,
    inspect.Parameter.KEYWORD_ONLY,
)
#: Arguments that keep a call which is accepted small (a one-day simulation, not a month's).
_SMALL: dict[str, dict[str, object]] = {
    "pengaduan.demo.simulate_month": {"days": 1, "per_day": 1.0}
}


def _public_modules() -> Iterator[str]:
    for info in pkgutil.walk_packages(pengaduan.__path__, "pengaduan."):
        parts = info.name.split(".")[1:]
        if any(part.startswith("_") for part in parts) or info.name.startswith(_LEFT_OUT):
            continue
        yield info.name


def _swept(value: object) -> bool:
    if not callable(value):
        return False
    if inspect.isclass(value):
        return not (
            issubclass(value, BaseException | enum.Enum) or getattr(value, "_is_protocol", False)
        )
    return True


def _callables() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    seen: set[int] = set()
    for name in _public_modules():
        module = importlib.import_module(name)
        for export in getattr(module, "__all__", ()):
            value = getattr(module, export, None)
            if _swept(value) and id(value) not in seen:
                seen.add(id(value))
                found[f"{name}.{export}"] = value
    return found


CALLABLES = _callables()


def _calls(
    target: Callable[..., Any], small: dict[str, object]
) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Positional and keyword arguments for each hostile call of ``target`` (``small``: valid
    values for other optional arguments, where an accepted call would be long)."""
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):  # a builtin without a signature: nothing to sweep
        return
    parameters = [p for p in signature.parameters.values() if p.kind in _NAMED]
    required = [p for p in parameters if p.default is inspect.Parameter.empty]

    def filled(value: object) -> tuple[tuple[Any, ...], dict[str, Any]]:
        args = [value for p in required if p.kind is not inspect.Parameter.KEYWORD_ONLY]
        kwargs = {p.name: value for p in required if p.kind is inspect.Parameter.KEYWORD_ONLY}
        return tuple(args), kwargs

    if required:
        for value in _VALUES:
            yield filled(value)
    for parameter in parameters:
        if parameter.default is inspect.Parameter.empty:
            continue
        for value in _VALUES:
            if parameter.name in _CALLBACKS and callable(value):
                continue
            args, kwargs = filled("x")
            kwargs.update((key, item) for key, item in small.items() if key != parameter.name)
            kwargs[parameter.name] = value
            yield args, kwargs


def _consumed(result: object) -> object:
    """``result``, with a coroutine run and the first items of an iterator read."""
    if inspect.iscoroutine(result):
        return asyncio.run(result)
    if inspect.isgenerator(result) or (
        hasattr(result, "__next__") and not isinstance(result, str | bytes)
    ):
        return list(itertools.islice(result, 5))  # type: ignore[call-overload]
    return result


def _instance(cls: type) -> object | None:
    """An instance made the way the class offers without arguments (``default()`` or a bare
    call), or None when it needs arguments (then only its constructor is swept)."""
    make = getattr(cls, "default", None)
    for factory in (make, cls) if callable(make) else (cls,):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                return factory()
        except Exception:  # noqa: S112 - needs arguments: swept as a constructor only
            continue
    return None


def _protocol_method(cls: type, name: str) -> bool:
    """Whether ``name`` comes from a standard protocol's mixin (``Sequence.index``), which keeps
    that protocol's exceptions (a value not in a sequence is a ``ValueError`` there)."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return klass.__module__ in {"collections.abc", "_collections_abc", "typing"}
    return False


def _made_by_factories() -> dict[type, object]:
    """Instances of public classes that a public function returns when called without arguments
    (``default_router()``, ``lapor_v3()``), for classes that cannot be made bare."""
    made: dict[type, object] = {}
    for name, value in CALLABLES.items():
        if inspect.isclass(value):
            continue
        try:
            parameters = inspect.signature(value).parameters.values()
        except (TypeError, ValueError):
            continue
        if any(p.default is inspect.Parameter.empty for p in parameters if p.kind in _NAMED):
            continue
        try:
            result = value(**_SMALL.get(name, {}))
        except Exception:  # noqa: S112 - no arguments is not enough: nothing made
            continue
        made.setdefault(type(result), result)
    return made


def _samples() -> dict[type, object]:
    """One ordinary instance of each central class that needs arguments to be made (a complaint,
    the calendar, the policy, the audit, the messenger, a gateway, a key, a repository)."""
    workflow = Workflow.default()
    policy = SlaPolicy.lapor(workflow)
    calendar = WorkingCalendar.indonesia()
    made: list[object] = [
        received("KPG-SWEEP-1"),
        calendar,
        policy,
        Audit(workflow=workflow, policy=policy, calendar=calendar, now=T0),
        Messenger(workflow=workflow, policy=policy, calendar=calendar),
        SmsGateway(keywords={"KOTKUPANG": "kota-kupang"}),
        SigningKey.generate(),
        Repository("sqlite://"),
    ]
    return {type(value): value for value in made}


def _methods() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    made = {**_made_by_factories(), **_samples()}
    for name, value in CALLABLES.items():
        if not inspect.isclass(value):
            continue
        instance = _instance(value)
        if instance is None:
            instance = made.get(value)
        if instance is None:
            continue
        for attribute in dir(instance):
            if attribute.startswith("_") or _protocol_method(value, attribute):
                continue
            method = getattr(instance, attribute, None)
            if callable(method) and not inspect.isclass(method):
                found[f"{name}.{attribute}"] = method
    return found


METHODS = _methods()


def test_the_sweep_finds_the_public_surface() -> None:
    # A sweep that found nothing would pass vacuously.
    assert len(CALLABLES) > 250
    assert "pengaduan.routing.Router" in CALLABLES
    assert "pengaduan.redaction.Redactor" in CALLABLES
    assert len(METHODS) > 100
    assert "pengaduan.redaction.Redactor.find" in METHODS
    assert "pengaduan.model.History.index" not in METHODS  # Sequence's own, see above


@pytest.mark.parametrize("name", sorted(CALLABLES))
def test_wrong_types_get_typed_errors(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sweep(name, CALLABLES[name], tmp_path, monkeypatch)


@pytest.mark.parametrize("name", sorted(METHODS))
def test_methods_refuse_wrong_types_with_typed_errors(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sweep(name, METHODS[name], tmp_path, monkeypatch)


def _sweep(
    name: str, target: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a call given a path-like "x" must not touch the checkout
    for args, kwargs in _calls(target, _SMALL.get(name, {})):
        try:
            with warnings.catch_warnings():  # a deprecated callable is swept all the same
                warnings.simplefilter("ignore", DeprecationWarning)
                outcome(lambda a=args, k=kwargs: _consumed(target(*a, **k)))
        except AssertionError as failure:
            case = [type_name(a) for a in args] + [f"{k}={type_name(v)}" for k, v in kwargs.items()]
            raise AssertionError(f"{name}({', '.join(case)}): {failure}") from None
