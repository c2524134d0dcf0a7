"""Every public callable refuses a hostile value in any one argument with a typed error.

The callables are found, not listed: every module-level function and class that a public module
of the package exports in ``__all__`` (enumerations, protocols and exceptions left out: calling
them is no use of the library), and every public method, class method and static method of
those classes. A new public function is swept without being added here.

Each callable has a *valid sample call*: arguments made from its annotations (``str``, a
``datetime``, a ``Complaint``, ``Iterable[Complaint]``...) or, where an annotation is not enough
(a status name, a path to a file that exists, a tree head signed by a key in the ring), taken
from :data:`ARGUMENTS`. Methods are called on a fresh instance made by their class's own sample
call, or given by :data:`INSTANCES` (a repository on a temporary SQLite file with one complaint
stored, its outbox, the asynchronous twin). :func:`test_sample_calls_succeed` checks that every
sample call succeeds unchanged, so a broken sample cannot hide a callable.

Then one argument at a time (required and optional, positional and keyword, a ``*args``
element and a ``**kwargs`` value) is replaced by each hostile value, the others keeping their
sample values: every value of every wrong type in :data:`~tests.hostile_helpers.WRONG_TYPES`
and :data:`~tests.hostile_helpers.HOSTILE_OBJECTS`, and three strings of
:data:`~tests.hostile_helpers.HOSTILE_TEXTS` chosen per argument from its name (every one is
swept somewhere, as a test checks; the huge one is left to the suites per area, whose bounds
are about size). Whatever comes back is consumed (an iterator read,
a coroutine run, a context entered), so a lazy function's checks count too. Every call must
return or raise a ``PengaduanError`` with no planted secret in it, within the bound of
:func:`~tests.hostile_helpers.outcome`. So the check a function makes on its last argument is
reached, not only the first.

Methods a class takes from a standard protocol (``Sequence.index``) keep that protocol's
exceptions, and a callable given where the app's own function is expected (``progress=``) is
not swept with callables: what it raises is the app's.

Callables with no valid sample call are swept the old way (the hostile value in every required
argument at once, then in each optional one with ``"x"`` in the required ones), and are listed
in :data:`_NO_SAMPLE` with the reason. The command line has its own suite
(``test_hostile_cli.py``); the store's migration scripts are run by Alembic, not called.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import hashlib
import importlib
import inspect
import itertools
import pkgutil
import warnings
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from tests.helpers import SECRET_NAME, SECRET_PHONE, SECRET_TEXT
from tests.hostile_helpers import (
    HOSTILE_OBJECTS,
    HOSTILE_TEXTS,
    SECRETS,
    WRONG_TYPES,
    assert_clean,
    outcome,
)
from tests.sweep_samples import (
    ARGUMENTS,
    INSTANCES,
    MISSING,
    Samples,
    from_annotation,
    resolved,
)

import pengaduan
from pengaduan.audit.spill import SpillDirectory
from pengaduan.errors import type_name
from pengaduan.store import AsyncRepository, Repository, SqliteStore

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

_LEFT_OUT = ("pengaduan.cli", "pengaduan.store.migrations")
#: The sample complaint's own text and reporter: none may come back in an error either.
_SECRETS = (*SECRETS, SECRET_NAME, SECRET_PHONE, SECRET_TEXT)
_TEXTS = tuple((kind, text) for kind, text in HOSTILE_TEXTS if kind != "huge")
_TEXTS_PER_ARGUMENT = 3
#: Arguments that take the app's own function: a callable given there is called, and what it
#: raises is the app's to see (as ``sorted(key=...)`` lets a key function's error through), so
#: only values that are no callable are swept there.
_CALLBACKS = frozenset(
    {"progress", "on_problem", "predict", "validate", "change", "check", "redact"}
)
_NAMED = (
    inspect.Parameter.POSITIONAL_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD,
    inspect.Parameter.KEYWORD_ONLY,
)


def _hostile_values(where: str) -> tuple[tuple[str, object], ...]:
    """The hostile values for one argument: every wrong type and hostile object, and three
    hostile strings picked from the argument's name (so each is swept somewhere, the same on
    every run)."""
    seed = int.from_bytes(hashlib.sha256(where.encode()).digest()[:4], "big")
    start = seed % len(_TEXTS)
    texts = tuple(_TEXTS[(start + i * 5) % len(_TEXTS)] for i in range(_TEXTS_PER_ARGUMENT))
    return (*WRONG_TYPES, *HOSTILE_OBJECTS, *texts)


# --- finding the public surface ----------------------------------------------------------


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


def _protocol_method(cls: type, name: str) -> bool:
    """Whether ``name`` comes from a standard protocol's mixin (``Sequence.index``), which keeps
    that protocol's exceptions (a value not in a sequence is a ``ValueError`` there)."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return klass.__module__ in {"collections.abc", "_collections_abc", "typing"}
    return False


def _methods() -> dict[str, tuple[type, str]]:
    """Each public method of each swept class: its class and attribute name."""
    found: dict[str, tuple[type, str]] = {}
    for name, value in CALLABLES.items():
        if not inspect.isclass(value):
            continue
        for attribute in dir(value):
            if attribute.startswith("_") or _protocol_method(value, attribute):
                continue
            raw = inspect.getattr_static(value, attribute)
            if isinstance(raw, classmethod | staticmethod) or inspect.isfunction(raw):
                found[f"{name}.{attribute}"] = (value, attribute)
    return found


METHODS = _methods()
SWEPT = sorted([*CALLABLES, *METHODS])


#: Callables with no valid sample call, and why: swept the old way.
_NO_SAMPLE: dict[str, str] = {
    "pengaduan.audit.dask.audit_dask": "a valid call starts a dask cluster, seconds each",
    "pengaduan.store.Transaction": "made by Repository.transaction() on its own connection",
    "pengaduan.store.AsyncTransaction": "made by AsyncRepository.transaction()",
    "pengaduan.store.AsyncRepository": "made by AsyncRepository.open() from an engine it builds",
}


# --- making the calls ----------------------------------------------------------------------


def _target(name: str, samples: Samples) -> Callable[..., Any]:
    """The callable named ``name``, bound to a fresh instance when it is an instance method."""
    if name in CALLABLES:
        return CALLABLES[name]
    cls, attribute = METHODS[name]
    raw = inspect.getattr_static(cls, attribute)
    if isinstance(raw, classmethod | staticmethod):
        return getattr(cls, attribute)  # type: ignore[no-any-return]
    owner = name.rsplit(".", 1)[0]
    if owner in INSTANCES:
        instance = resolved(INSTANCES[owner], samples)
    else:
        args, kwargs = _sample(owner, cls, samples)
        instance = _consumed(cls(*args, **kwargs), samples)
    return getattr(instance, attribute)  # type: ignore[no-any-return]


def _signature(target: Callable[..., Any]) -> inspect.Signature | None:
    try:
        return inspect.signature(target)
    except (TypeError, ValueError):  # a builtin without a signature: nothing to sweep
        return None


def _sample(
    name: str, target: Callable[..., Any], samples: Samples
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The valid sample call of ``target``: positional and keyword arguments."""
    signature = _signature(target)
    table = ARGUMENTS.get(name, {})
    if name in INSTANCES and name not in ARGUMENTS and _made_of_fields(target):
        return (), _fields_of(resolved(INSTANCES[name], samples))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in () if signature is None else signature.parameters.values():
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            given = table.get(f"*{parameter.name}", MISSING)
            if given is MISSING:
                item = from_annotation(str(parameter.annotation))
                given = () if item is MISSING else (item,)
            args.extend(resolved(item, samples) for item in given)  # type: ignore[attr-defined]
            continue
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            kwargs.update(table.get("**", {}))  # type: ignore[call-overload]
            continue
        value = table.get(parameter.name, MISSING)
        if value is MISSING:
            if parameter.default is not inspect.Parameter.empty:
                continue
            value = from_annotation(str(parameter.annotation))
            if value is MISSING:
                raise LookupError(f"no sample for {parameter.name}: {parameter.annotation}")
        value = resolved(value, samples)
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return tuple(args), kwargs


def _made_of_fields(target: object) -> bool:
    return inspect.isclass(target) and (attrs.has(target) or hasattr(target, "_fields"))


def _fields_of(instance: object) -> dict[str, Any]:
    """The keyword arguments that make ``instance`` again (an attrs class or a named tuple)."""
    if attrs.has(type(instance)):
        return {
            field.alias: getattr(instance, field.name)
            for field in attrs.fields(type(instance))
            if field.init
        }
    return dict(instance._asdict())  # type: ignore[attr-defined]


def _variants(
    name: str, target: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Iterator[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    """The sample call with one argument replaced by each of its hostile values."""
    signature = _signature(target)
    if signature is None:
        return
    position = 0
    for parameter in signature.parameters.values():
        values = _hostile_values(f"{name}.{parameter.name}")
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            for key in [key for key in kwargs if key not in signature.parameters]:
                for kind, value in values:
                    yield f"{key}={kind}", args, {**kwargs, key: value}
            continue
        if parameter.name in _CALLBACKS:
            values = tuple((kind, value) for kind, value in values if not callable(value))
        star = "*" if parameter.kind is inspect.Parameter.VAR_POSITIONAL else ""
        given_by_position = parameter.kind is not inspect.Parameter.KEYWORD_ONLY and (
            star or position < len(args)
        )
        for kind, value in values:
            case = f"{star}{parameter.name}={kind}"
            if given_by_position:  # a *args element: the first one, or one added
                yield case, (*args[:position], value, *args[position + 1 :]), kwargs
            else:
                yield case, args, {**kwargs, parameter.name: value}
        position = len(args) if star else position + bool(given_by_position)


def _old_calls(
    target: Callable[..., Any],
) -> Iterator[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    """Every required argument hostile at once, then each optional one with ``"x"`` in the
    required ones: for callables with no sample call."""
    signature = _signature(target)
    if signature is None:
        return
    parameters = [p for p in signature.parameters.values() if p.kind in _NAMED]
    required = [p for p in parameters if p.default is inspect.Parameter.empty]

    def filled(value: object) -> tuple[tuple[Any, ...], dict[str, Any]]:
        args = [value for p in required if p.kind is not inspect.Parameter.KEYWORD_ONLY]
        kwargs = {p.name: value for p in required if p.kind is inspect.Parameter.KEYWORD_ONLY}
        return tuple(args), kwargs

    values = (*WRONG_TYPES, *HOSTILE_OBJECTS, *_TEXTS[:6])
    if required:
        for kind, value in values:
            yield f"all={kind}", *filled(value)
    for parameter in parameters:
        if parameter.default is inspect.Parameter.empty:
            continue
        for kind, value in values:
            if parameter.name in _CALLBACKS and callable(value):
                continue
            args, kwargs = filled("x")
            yield f"{parameter.name}={kind}", args, {**kwargs, parameter.name: value}


def _consumed(result: object, samples: Samples) -> object:
    """``result``, with a coroutine run, a context entered and left, the first items of an
    iterator read, and a store it opened closed."""
    if inspect.iscoroutine(result):
        result = samples.runner.run(result)
    if isinstance(result, contextlib.AbstractAsyncContextManager):

        async def enter(held: Any = result) -> object:
            async with held as value:
                return value

        return samples.runner.run(enter())
    if isinstance(result, contextlib.AbstractContextManager) and hasattr(result, "gen"):
        with result as value:
            return value
    if inspect.isasyncgen(result):

        async def read(items: Any = result) -> list[object]:
            return [item async for item in items][:5]

        return samples.runner.run(read())
    if inspect.isgenerator(result) or (
        hasattr(result, "__next__") and not isinstance(result, str | bytes)
    ):
        return list(itertools.islice(result, 5))  # type: ignore[call-overload]
    return result


def _released(result: object, samples: Samples) -> None:
    """Close a store or directory a call opened (a call given a good value opens one)."""
    if isinstance(result, Repository | SqliteStore | SpillDirectory):
        result.close()
    elif isinstance(result, AsyncRepository):
        samples.runner.run(result.close())


@pytest.fixture
def samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Samples]:
    monkeypatch.chdir(tmp_path)  # a call given a path-like "x" must not touch the checkout
    with asyncio.Runner() as runner, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # a deprecated callable is swept
        made_here = Samples(tmp_path, runner)
        try:
            yield made_here
        finally:
            made_here.close()


def _call(
    target: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], s: Samples
) -> object:
    result = _consumed(target(*args, **kwargs), s)
    _released(result, s)
    return result


def _verdict(call: Callable[[], object]) -> object:
    """``call()``, with the ``AssertionError`` a helper of ``pengaduan.testing`` raises for a
    failed check returned (its verdict, not a raw error), once checked for secrets."""
    try:
        return call()
    except AssertionError as verdict:
        if type(verdict) is not AssertionError:
            raise
        assert_clean(verdict, _SECRETS)
        return verdict


def test_the_sweep_finds_the_public_surface() -> None:
    # A sweep that found nothing would pass vacuously.
    assert len(CALLABLES) > 250
    assert "pengaduan.routing.Router" in CALLABLES
    assert "pengaduan.redaction.Redactor" in CALLABLES
    assert len(METHODS) > 250
    assert "pengaduan.redaction.Redactor.find" in METHODS
    assert "pengaduan.store.AsyncRepository.append" in METHODS
    assert "pengaduan.model.History.index" not in METHODS  # Sequence's own, see above


def test_every_hostile_text_is_swept_somewhere() -> None:
    # Three texts per argument, picked from its name: together they must cover all of them.
    swept = set()
    for name in SWEPT:
        target = CALLABLES.get(name) or getattr(*METHODS[name])
        signature = _signature(target)
        for parameter in () if signature is None else signature.parameters.values():
            swept.update(kind for kind, _ in _hostile_values(f"{name}.{parameter.name}"))
    assert {kind for kind, _ in _TEXTS} <= swept


def test_every_callable_has_a_sample_or_a_reason() -> None:
    assert set(_NO_SAMPLE) <= set(SWEPT)
    assert not set(ARGUMENTS) - set(SWEPT), "a sample for a callable that is gone"


@pytest.mark.parametrize("name", [name for name in SWEPT if name not in _NO_SAMPLE])
def test_sample_calls_succeed(name: str, samples: Samples) -> None:
    target = _target(name, samples)
    args, kwargs = _sample(name, target, samples)
    _call(target, args, kwargs, samples)


@pytest.mark.parametrize("name", SWEPT)
def test_one_hostile_argument_gets_a_typed_error(name: str, samples: Samples) -> None:
    if name in _NO_SAMPLE:
        cls_method = METHODS.get(name)
        if cls_method is not None and not isinstance(
            inspect.getattr_static(*cls_method), classmethod | staticmethod
        ):
            return  # an instance method with no instance to call it on
        target = CALLABLES.get(name) or getattr(*METHODS[name])
        cases: Iterator[tuple[str, tuple[Any, ...], dict[str, Any]]] = _old_calls(target)
    else:
        target = _target(name, samples)
        args, kwargs = _sample(name, target, samples)
        cases = _variants(name, target, args, kwargs)
    for case, args, kwargs in cases:

        def call(t: Any = target, a: Any = args, k: Any = kwargs) -> object:
            return _call(t, a, k, samples)

        try:
            if name.startswith("pengaduan.testing."):
                outcome(_verdict, call, secrets=_SECRETS)
            else:
                outcome(call, secrets=_SECRETS)
        except AssertionError as failure:
            shown = [type_name(a) for a in args] + [
                f"{k}={type_name(v)}" for k, v in kwargs.items()
            ]
            raise AssertionError(f"{name}({', '.join(shown)}) [{case}]: {failure}") from None
