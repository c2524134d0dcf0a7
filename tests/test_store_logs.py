"""What the database layers log while the repository works holds no complaint text.

An app that turns SQLAlchemy's statement logging on (``sqlalchemy.engine`` at INFO), or runs
everything at DEBUG, must not find a record, a reporter's name or a pseudonym in its logs:
the repository's engines hide statement parameters, SQLAlchemy's ``Row`` lines keep no row,
and the ``aiosqlite`` logger (which logs each call's arguments at DEBUG) gets a filter that
keeps its lines without the values.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from tests.helpers import received
from tests.hostile_helpers import SECRET_NAME, SECRET_PHONE, SECRET_TEXT

from pengaduan.errors import StorageError
from pengaduan.store import AsyncRepository, Query, Repository

if TYPE_CHECKING:
    from pathlib import Path

SECRETS = (
    received().text,
    SECRET_TEXT,
    SECRET_NAME,
    SECRET_PHONE,
    "5371014107900001",
    "akun-7781",
)


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy.engine", "aiosqlite"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _clean(caplog: pytest.LogCaptureFixture) -> int:
    lines = [record.getMessage() for record in caplog.records]
    for line in lines:
        for secret in SECRETS:
            assert secret not in line
    return len(lines)


def test_the_sync_repository_logs_no_values(
    tmp_path: Path, everything_logged: pytest.LogCaptureFixture
) -> None:
    with Repository(f"sqlite:///{tmp_path / 'log.db'}") as repo:
        repo.add(received("KPG-LOG-1"))
        assert repo.get("KPG-LOG-1") == received("KPG-LOG-1")
        assert repo.page(Query(statuses=("diterima",))).items[0].tracking_id == "KPG-LOG-1"
    assert _clean(everything_logged) > 10  # the statements are logged, their values are not


def test_the_async_repository_logs_no_values(
    tmp_path: Path, everything_logged: pytest.LogCaptureFixture
) -> None:
    async def work() -> None:
        repo = await AsyncRepository.open(f"sqlite:///{tmp_path / 'log.db'}")
        try:
            await repo.add(received("KPG-LOG-1"))
            assert await repo.get("KPG-LOG-1") == received("KPG-LOG-1")
        finally:
            await repo.close()

    asyncio.run(work())
    assert _clean(everything_logged) > 10
    assert any(r.name == "aiosqlite" for r in everything_logged.records)  # still logged


def test_a_driver_error_carries_no_values(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'log.db'}"
    with Repository(url) as repo:
        repo.add(received("KPG-LOG-1"))
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # a trigger refusing every write, whatever its values
        conn.execute(
            sa.text(
                "CREATE TRIGGER refuse BEFORE INSERT ON complaints "
                "BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )
    engine.dispose()
    with Repository(url) as repo, pytest.raises(StorageError) as info:
        repo.add(received("KPG-LOG-2"))
    chain = [info.value, info.value.__cause__, info.value.__context__]
    for error in chain:
        for secret in SECRETS:
            assert secret not in str(error)
