"""Writers that opened before a key rotation: every write that stores a pseudonym checks, in its
own transaction, that the database still records the repository's key, and is refused (typed,
nothing stored) while a rotation runs or after it.

On SQLite and PostgreSQL, sync and async; the lock order that closes the window between a
write and a rotation beginning is checked on PostgreSQL with a second connection.
"""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import SYSTEM, WF, received, step, submission
from tests.hostile_helpers import SECRETS, raises_typed
from tests.repo_helpers import opened

from pengaduan.errors import NotFoundError
from pengaduan.model import Reporter
from pengaduan.serialization import dump_lines
from pengaduan.store import KeyProblem, PseudonymKeyError, Query, Repository, _keycheck
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable

KEY = bytes(range(32))
NEW = b"kunci-baru-kantor-2026-rotasi..."
PHONE = "+6281339001122"
AT = datetime(2025, 3, 3, 10, tzinfo=UTC)


def _refused(call: Callable[..., Any], *args: Any, reason: KeyProblem, **kw: Any) -> None:
    error = raises_typed(call, *args, secrets=(*SECRETS, KEY.hex(), NEW.hex()), **kw)
    assert isinstance(error, PseudonymKeyError), type(error).__name__
    assert error.reason is reason


def _rows(url: str) -> list[Any]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [
                tuple(row)
                for row in conn.execute(
                    sa.text("SELECT tracking_id, reporter FROM complaints ORDER BY tracking_id")
                )
            ]
    finally:
        engine.dispose()


def _lines(*tracking_ids: str) -> list[str]:
    out = io.StringIO()
    dump_lines([received(t, reporter=Reporter(phone=PHONE)) for t in tracking_ids], out)
    return out.getvalue().splitlines(keepends=True)


def _every_write_refused(repo: Any, reason: KeyProblem) -> None:
    """Each way of storing a new reporter is refused with ``reason``, and stores nothing."""
    _refused(repo.add, received("KPG-BARU-1"), reason=reason)
    _refused(
        repo.receive,
        WF,
        submission(reporter=Reporter(phone=PHONE)),
        tracking_id="KPG-BARU-2",
        at=AT,
        actor=SYSTEM,
        idempotency_key="sms-1",
        reason=reason,
    )
    _refused(repo.import_lines, _lines("KPG-BARU-3", "KPG-BARU-4"), reason=reason)
    # A batch of 40: written with COPY on PostgreSQL, checked all the same.
    _refused(repo.import_lines, _lines(*(f"KPG-IMPOR-{n}" for n in range(40))), reason=reason)

    def in_a_transaction() -> None:
        with repo.transaction() as tx:
            tx.add(received("KPG-BARU-5", reporter=Reporter(name="Tanpa Kontak")))
            tx.add(received("KPG-BARU-6", reporter=Reporter(email="warga@contoh.id")))

    _refused(in_a_transaction, reason=reason)
    for tracking_id in ("KPG-BARU-1", "KPG-BARU-2", "KPG-BARU-3", "KPG-BARU-5", "KPG-IMPOR-0"):
        with pytest.raises(NotFoundError):
            repo.get(tracking_id)


def test_a_writer_opened_before_a_rotation_is_refused_after_it(backend: str, url: str) -> None:
    with opened(backend, url, pseudonym_key=KEY) as early:
        early.add(received("KPG-LAMA-1", reporter=Reporter(phone=PHONE)))
        with opened(backend, url) as operator:
            operator.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
        before = _rows(url)
        _every_write_refused(early, KeyProblem.MISMATCH)
        assert _rows(url) == before
        # What stores no pseudonym goes on: a complaint without a reporter, an action.
        early.add(received("KPG-TANPA-1", reporter=Reporter(name="Tanpa Kontak")))
        current = early.get("KPG-LAMA-1")
        early.append(step(current, Action.VERIFIKASI), expected_version=current.version)
    with opened(backend, url, pseudonym_key=NEW) as repo:
        assert [r.tracking_id for r in repo.page(Query(reporter=PHONE)).items] == ["KPG-LAMA-1"]


def test_a_writer_is_refused_while_a_rotation_runs(backend: str, url: str) -> None:
    with opened(backend, url, pseudonym_key=KEY) as early:
        early.add(received("KPG-LAMA-1", reporter=Reporter(phone=PHONE)))
        engine = sa.create_engine(url)
        try:  # a rotation begun by another process and not finished yet
            with engine.begin() as conn:
                assert _keycheck._begin(conn, KEY, NEW) == ("", False)
                conn.execute(sa.text("UPDATE complaints SET derivation = NULL"))  # to refresh
        finally:
            engine.dispose()
        before = _rows(url)
        _every_write_refused(early, KeyProblem.ROTATING)
        _refused(early.refresh_derived, every_row=True, reason=KeyProblem.ROTATING)
        assert _rows(url) == before
        with opened(backend, url) as operator:
            operator.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
    with opened(backend, url, pseudonym_key=NEW) as repo:
        assert len(repo.page(Query(reporter=PHONE)).items) == 1


def test_a_refresh_from_the_old_key_rewrites_nothing_after_a_rotation(
    backend: str, url: str
) -> None:
    with opened(backend, url, pseudonym_key=KEY) as early:
        early.add(received("KPG-LAMA-1", reporter=Reporter(phone=PHONE)))
        with opened(backend, url) as operator:
            operator.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
        before = _rows(url)
        _refused(early.refresh_derived, every_row=True, reason=KeyProblem.MISMATCH)
        assert _rows(url) == before


def test_a_keyless_writer_is_refused_once_the_database_records_a_key(
    backend: str, url: str
) -> None:
    with opened(backend, url) as bare:
        bare.add(received("KPG-SATU", reporter=Reporter(phone=PHONE)))  # no key anywhere yet
        with opened(backend, url, pseudonym_key=KEY):
            pass  # records the key (the row above holds no pseudonym to contradict it)
        _refused(
            bare.add, received("KPG-DUA", reporter=Reporter(phone=PHONE)), reason=KeyProblem.MISSING
        )
        bare.add(received("KPG-TIGA", reporter=Reporter(name="Tanpa Kontak")))
        assert [row[0] for row in _rows(url)] == ["KPG-SATU", "KPG-TIGA"]


def test_the_writer_s_own_repository_writes_with_the_new_key_after_rotating(
    backend: str, url: str
) -> None:
    with opened(backend, url, pseudonym_key=KEY) as repo:
        repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
        repo.add(received("KPG-SESUDAH", reporter=Reporter(phone=PHONE)))
        assert len(repo.page(Query(reporter=PHONE)).items) == 1


# -- the lock order on PostgreSQL ----------------------------------------------------------------


def _waiting(engine: sa.Engine) -> None:
    """Return once some connection waits for a lock (polled; the test never measures time)."""
    for _ in range(10_000):
        with engine.connect() as conn:
            if conn.execute(sa.text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                return
        threading.Event().wait(0.01)
    raise AssertionError("nobody waited for the lock")


def test_postgresql_a_rotation_waits_for_a_write_in_progress(
    pg_cluster: Any,
) -> None:
    url = pg_cluster.create_database("rotasi_menunggu")
    engine = sa.create_engine(url)
    report: list[Any] = []
    with Repository(url, pseudonym_key=KEY) as early:
        with early.transaction() as tx:
            tx.add(received("KPG-DI-TENGAH", reporter=Reporter(phone=PHONE)))
            operator = Repository(url)
            rotation = threading.Thread(
                target=lambda: report.append(
                    operator.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
                )
            )
            rotation.start()
            _waiting(engine)  # the rotation waits for this transaction's lock on the key
        rotation.join()
        operator.close()
    engine.dispose()
    assert report[0].rotated == 1  # the row committed first, and the rotation rewrote it
    with Repository(url, pseudonym_key=NEW) as repo:
        assert [r.tracking_id for r in repo.page(Query(reporter=PHONE)).items] == ["KPG-DI-TENGAH"]


def test_postgresql_a_write_waiting_for_a_rotation_to_begin_is_refused(
    pg_cluster: Any,
) -> None:
    url = pg_cluster.create_database("rotasi_dimulai")
    engine = sa.create_engine(url)
    outcome: list[object] = []
    with Repository(url, pseudonym_key=KEY) as early, engine.connect() as conn:
        transaction = conn.begin()
        _keycheck._begin(conn, KEY, NEW)  # holds the key's row until it commits

        def write() -> None:
            try:
                early.add(received("KPG-MENUNGGU", reporter=Reporter(phone=PHONE)))
            except PseudonymKeyError as error:
                outcome.append(error.reason)

        writer = threading.Thread(target=write)
        writer.start()
        _waiting(engine)
        transaction.commit()
        writer.join()
    engine.dispose()
    assert outcome == [KeyProblem.ROTATING]
    assert _rows(url) == []
