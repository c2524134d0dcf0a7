"""Running the shipped Alembic migrations on a connection (sync, or async via ``run_sync``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

__all__ = ["HEAD", "current", "upgrade"]

HEAD = "0006"
"""The newest schema revision this release ships."""

_SCRIPTS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    config.attributes["connection"] = connection
    return config


def current(connection: Connection) -> str | None:
    """The schema revision of the database behind ``connection`` (``None``: no schema)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Migrate the database to ``revision`` inside the connection's transaction."""
    command.upgrade(_config(connection), revision)
