"""Old import paths kept working, with a ``DeprecationWarning`` naming the new one."""

from __future__ import annotations

import warnings
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["moved_names"]


def moved_names(old: str, new: str, names: Iterable[str] | None = None) -> Callable[[str], Any]:
    """A module ``__getattr__`` serving names of ``old`` (now in ``new``) with a warning.

    Args:
        old: the deprecated module path, named in the warning.
        new: the module that holds the names now.
        names: the names served (``None``: any name ``new`` has).

    Returns:
        The ``__getattr__`` function for the old module.
    """
    served = None if names is None else frozenset(names)

    def module_getattr(name: str) -> Any:
        if name.startswith("__") or (served is not None and name not in served):
            msg = f"module {old!r} has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(import_module(new), name)
        warnings.warn(
            f"{old}.{name} moved to {new}.{name}; import it from {new}",
            DeprecationWarning,
            stacklevel=2,
        )
        return value

    return module_getattr
