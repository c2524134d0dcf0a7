"""Text that is not UTF-8 in a SQLite column (written by another program through raw sqlite3)
no longer stops ``refresh_derived()`` or ``rotate_pseudonym_key()`` at its batch: a derived
column holding it is rewritten, a record or event holding it is a history that does not verify
(reported, never recomputed, its privacy narrowed), a tracking id holding it is reported with
U+FFFD for the bad bytes, and the other rows go on, sync and async.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

import pytest
from alembic import command
from tests.helpers import received
from tests.hostile_helpers import raises_typed
from tests.repo_helpers import opened

from pengaduan.errors import StorageError
from pengaduan.model import Privacy, Reporter
from pengaduan.store import (
    KeyProblem,
    KeyRotationReport,
    PseudonymKeyError,
    Query,
    Repository,
    _migrate,
)
from pengaduan.store._unreadable import resume_point

if TYPE_CHECKING:
    from pathlib import Path

KEY = bytes(range(32))
NEW = b"kunci-baru-kantor-2026-rotasi..."
PHONE = "+6281339001122"
IDS = ("KPG-U-1", "KPG-U-2", "KPG-U-3", "KPG-U-4")
# Not UTF-8: a lone continuation byte, then 0xff.


@pytest.fixture(params=("sqlite", "sqlite-async"))
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "bytes.db"


def _stored(backend: str, path: Path) -> None:
    with opened(backend, f"sqlite:///{path}", pseudonym_key=KEY) as repo:
        for tracking_id in IDS:
            repo.add(received(tracking_id, reporter=Reporter(phone=PHONE), privacy=Privacy.PUBLIK))


def _raw(path: Path, *statements: str) -> list[Any]:
    """Run ``statements`` as another program would (no repository, no foreign keys)."""
    with sqlite3.connect(path) as conn:
        conn.text_factory = bytes  # read back whatever is stored
        rows: list[Any] = []
        for statement in statements:
            rows = conn.execute(statement).fetchall()
    conn.close()
    return rows


def test_a_derived_column_that_is_not_utf8_is_rewritten(backend: str, path: Path) -> None:
    _stored(backend, path)
    _raw(
        path,
        "UPDATE complaints SET status = CAST(X'80ff41' AS TEXT), derivation = NULL "
        "WHERE tracking_id = 'KPG-U-1'",
        "UPDATE complaints SET reporter = CAST(X'80ff41' AS TEXT), derivation = NULL "
        "WHERE tracking_id = 'KPG-U-2'",
        "UPDATE complaints SET channel = CAST(X'80ff41' AS TEXT), derivation = NULL "
        "WHERE tracking_id = 'KPG-U-3'",
    )
    with opened(backend, f"sqlite:///{path}", pseudonym_key=KEY) as repo:
        report = repo.refresh_derived(batch_size=2)
        assert report.complete
        assert (report.checked, report.changed, report.status, report.reporter) == (3, 3, 1, 1)
        assert repo.stale_derived() == 0
        assert {r.tracking_id for r in repo.page(Query(reporter=PHONE)).items} == set(IDS)
        assert {r.status for r in repo.page(Query()).items} == {"diterima"}


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param("UPDATE complaints SET record = CAST(X'80ff41' AS TEXT)", id="record"),
        pytest.param("UPDATE events SET payload = CAST(X'80ff41' AS TEXT)", id="event-data"),
        pytest.param("UPDATE events SET actor_id = CAST(X'80ff41' AS TEXT)", id="event-actor"),
        pytest.param("UPDATE complaints SET head = CAST(X'80ff41' AS TEXT)", id="head"),
    ],
)
def test_a_history_that_is_not_utf8_is_reported_and_the_others_go_on(
    backend: str, path: Path, damage: str
) -> None:
    _stored(backend, path)
    _raw(
        path,
        damage + " WHERE tracking_id = 'KPG-U-2'",
        "UPDATE complaints SET derivation = NULL",
    )
    with opened(backend, f"sqlite:///{path}", pseudonym_key=KEY) as repo:
        report = repo.refresh_derived(batch_size=2)
        assert report.unverified == ("KPG-U-2",)
        assert (report.checked, report.changed, report.narrowed) == (4, 0, 1)
        assert repo.stale_derived() == 1  # left stale: never recomputed from it
        public = {r.tracking_id for r in repo.page(Query(privacy="publik")).items}
        assert public == {"KPG-U-1", "KPG-U-3", "KPG-U-4"}  # narrowed to rahasia
    with opened(backend, f"sqlite:///{path}") as bare:
        rotated = bare.rotate_pseudonym_key(old_key=KEY, new_key=NEW, batch_size=1)
    assert rotated == KeyRotationReport(checked=4, rotated=3, unverified=("KPG-U-2",))


def test_a_tracking_id_that_is_not_utf8_is_reported_and_the_rows_after_it_go_on(
    backend: str, path: Path
) -> None:
    _stored(backend, path)
    _raw(
        path,
        "UPDATE complaints SET tracking_id = CAST(X'4b50472d552d32ff' AS TEXT) "
        "WHERE tracking_id = 'KPG-U-2'",
        "UPDATE complaints SET derivation = NULL",
    )
    shown = "KPG-U-2\ufffd"
    with opened(backend, f"sqlite:///{path}", pseudonym_key=KEY) as repo:
        report = repo.refresh_derived(batch_size=1)  # the bad id ends a batch
        assert report.unverified == (shown,)
        assert (report.checked, report.changed, report.narrowed) == (4, 0, 1)
        assert repo.stale_derived() == 1
    (privacy,) = _raw(
        path,
        "SELECT privacy FROM complaints WHERE tracking_id > 'KPG-U-2' AND tracking_id < 'KPG-U-3'",
    )
    assert privacy == (b"rahasia",)  # addressed by its exact bytes
    before = _raw(path, "SELECT tracking_id, reporter FROM complaints ORDER BY tracking_id")
    with opened(backend, f"sqlite:///{path}") as bare:
        rotated = bare.rotate_pseudonym_key(old_key=KEY, new_key=NEW, batch_size=1)
    assert rotated == KeyRotationReport(checked=4, rotated=3, unverified=(shown,))
    reporters = _raw(path, "SELECT tracking_id, reporter FROM complaints ORDER BY tracking_id")
    assert reporters[1][1] == before[1][1]  # the bad id's row keeps its pseudonym
    assert all(now[1] != then[1] for now, then in zip(reporters[::2], before[::2], strict=True))


def test_an_interrupted_rotation_resumes_before_an_id_that_is_not_utf8() -> None:
    assert resume_point("KPG-U-2\udcff") == "KPG-U-2"
    assert resume_point("KPG-U-2") == "KPG-U-2"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param("UPDATE complaints SET record = CAST(X'80ff41' AS TEXT)", id="record"),
        pytest.param(
            "UPDATE complaints SET tracking_id = CAST(X'4b50472d552d31ff' AS TEXT)", id="id"
        ),
    ],
)
def test_an_old_database_s_first_key_is_checked_past_a_row_that_is_not_utf8(
    path: Path, damage: str
) -> None:
    url = f"sqlite:///{path}"
    _stored("sqlite", path)
    with Repository(url, pseudonym_key=KEY) as repo, repo.engine.begin() as conn:
        command.downgrade(_migrate._config(conn), "0005")  # before the fingerprint
    _raw(path, damage + " WHERE tracking_id = 'KPG-U-1'")
    error = raises_typed(Repository, url, pseudonym_key=NEW)
    assert isinstance(error, PseudonymKeyError)
    assert error.reason is KeyProblem.UNCONFIRMED
    Repository(url, pseudonym_key=KEY).close()  # the other rows confirm it


def test_a_query_that_meets_it_is_a_corrupt_value_until_the_refresh(
    backend: str, path: Path
) -> None:
    _stored(backend, path)
    _raw(
        path,
        "UPDATE complaints SET status = CAST(X'80ff41' AS TEXT), derivation = NULL "
        "WHERE tracking_id = 'KPG-U-1'",
    )
    with opened(backend, f"sqlite:///{path}", pseudonym_key=KEY) as repo:
        error = raises_typed(repo.page, Query())
        assert isinstance(error, StorageError)
        assert error.reason == "corrupt"
        assert repo.refresh_derived().complete
        assert len(repo.page(Query()).items) == len(IDS)
