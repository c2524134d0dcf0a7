"""The shipped migrations build exactly the tables the repository declares, on both databases."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pengaduan.store import _migrate
from pengaduan.store._schema import metadata

if TYPE_CHECKING:
    from pathlib import Path

    from tests.pg_helpers import Cluster


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_migrations_match_the_declared_schema(
    database: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if database == "sqlite":
        url = f"sqlite:///{tmp_path / 'schema.db'}"
    else:
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database("schema_compare")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            assert _migrate.current(conn) is None
            _migrate.upgrade(conn)
            assert _migrate.current(conn) == _migrate.HEAD
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
        assert differences == []
    finally:
        engine.dispose()
