"""Alembic environment: migrates the connection handed over by `pengaduan.store._migrate`."""

from __future__ import annotations

from alembic import context

from pengaduan.store._schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
