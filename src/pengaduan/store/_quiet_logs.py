"""What the database drivers may log, kept free of complaint text and personal data.

The repository binds every value (a complaint's record, its events' data, a reporter's
pseudonym) as a statement parameter. Two loggers below the library would print them:

- SQLAlchemy's ``sqlalchemy.engine`` logger at INFO (an app turning it on to see its queries)
  logs each statement with its parameters: every engine is created with
  ``hide_parameters=True``, which also keeps them out of the text of a driver's error;
- SQLAlchemy's engine logger at DEBUG (an app whose root logger is at DEBUG) logs every row a
  query returns, a complaint's record among them: a filter on that logger keeps its ``Row``
  lines without the row;
- ``aiosqlite`` logs at DEBUG each call it runs on its thread, the call's arguments included
  (the statement and its parameters): a filter on that logger replaces each argument of its
  records with the name of its type (or of the function called), so the lines stay, without
  the values.

Nothing else of the logging set-up is touched: levels and handlers stay the app's.
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Any

__all__ = ["ENGINE_OPTIONS", "quiet_aiosqlite", "quiet_engine_rows"]

#: Options every engine of the repository is created with.
ENGINE_OPTIONS: dict[str, Any] = {"hide_parameters": True}

_LOCK = threading.Lock()


class _WithoutValues(logging.Filter):
    """Replaces a record's arguments by what they are, never what they hold."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_shown(value) for value in args)
        return True


def _shown(value: object) -> str:
    if isinstance(value, functools.partial):
        value = value.func
    name = getattr(value, "__qualname__", None)
    return name if isinstance(name, str) else f"<{type(value).__name__}>"


class _RowsWithoutValues(logging.Filter):
    """Keeps SQLAlchemy's ``Row %r`` lines without the row (its other lines hold no values:
    the statement parameters are hidden by ``hide_parameters``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == "Row %r":
            record.args = ("<row>",)
        return True


def _install(name: str, kind: type[logging.Filter]) -> None:
    logger = logging.getLogger(name)
    with _LOCK:
        if not any(isinstance(f, kind) for f in logger.filters):
            logger.addFilter(kind())


def quiet_engine_rows() -> None:
    """Put the row filter on SQLAlchemy's engine logger, once."""
    _install("sqlalchemy.engine.Engine", _RowsWithoutValues)


def quiet_aiosqlite() -> None:
    """Put the filter on the ``aiosqlite`` logger, once."""
    _install("aiosqlite", _WithoutValues)
