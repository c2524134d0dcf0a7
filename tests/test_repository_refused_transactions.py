"""A transaction across complaints whose operation was refused after some of its rows were written
(the key check after a new complaint's rows, a database refusing a statement part way, any error
raised after a statement changed a row) commits nothing, even when the caller catches the error
inside the ``with`` block: the error is raised again by every later operation and when the block
ends, and nothing reaches the transparency log.

Errors raised before anything is written (a stored tracking id, a stale version, a message the
messenger cannot write) leave the transaction usable. On SQLite and PostgreSQL, sync and async.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import WF, received, step
from tests.hostile_helpers import SECRETS, raises_typed
from tests.repo_helpers import opened
from tests.sla_helpers import KUPANG, LAPOR

from pengaduan.errors import ConflictError, OutOfRangeError, StorageError
from pengaduan.integrity import TransparencyLog
from pengaduan.messages import Messenger
from pengaduan.model import Reporter
from pengaduan.store import KeyProblem, PseudonymKeyError, Query, _outbox
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

KEY = bytes(range(32))
NEW = b"kunci-baru-kantor-2026-rotasi..."
PHONE = "+6281339001122"
ANONYMOUS = Reporter(name="Tanpa Kontak")


def _table(url: str) -> tuple[list[Any], int]:
    """The stored complaints (tracking id, pseudonym) and how many event rows there are."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text("SELECT tracking_id, reporter FROM complaints ORDER BY tracking_id")
            )
            stored = [tuple(row) for row in rows]
            return stored, int(conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one())
    finally:
        engine.dispose()


def _caught_inside(repo: Any, first: Callable[[Any], None], refused: Callable[[Any], None]) -> Any:
    """A block that does ``first``, catches the typed error of ``refused``, then tries two more
    operations (each must raise the same error) and ends normally; the errors caught inside."""
    seen: list[Exception] = []

    def block() -> None:
        with repo.transaction() as tx:
            first(tx)
            for attempt in (
                refused,
                lambda t: t.add(received("KPG-SESUDAH", reporter=ANONYMOUS)),
                lambda t: t.get("KPG-LAMA-1"),
            ):
                try:
                    attempt(tx)
                except (PseudonymKeyError, StorageError) as error:
                    seen.append(error)

    error = raises_typed(block, secrets=(*SECRETS, KEY.hex(), NEW.hex()))
    assert len(seen) == 3
    assert all(type(caught) is type(error) for caught in seen)
    return error


def test_a_key_refusal_caught_inside_a_transaction_commits_nothing(
    backend: str, url: str, tmp_path: Path
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    with opened(backend, url, pseudonym_key=KEY, log=log) as worker:
        worker.add(received("KPG-LAMA-1", reporter=Reporter(phone=PHONE)))
        with opened(backend, url) as operator:
            operator.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
        before = _table(url)
        error = _caught_inside(
            worker,
            lambda tx: tx.add(received("KPG-TANPA-1", reporter=ANONYMOUS)),
            lambda tx: tx.add(received("KPG-BARU-1", reporter=Reporter(phone=PHONE))),
        )
        assert isinstance(error, PseudonymKeyError)
        assert error.reason is KeyProblem.MISMATCH
        assert error.__cause__ is None
        assert _table(url) == before  # neither the refused complaint nor the one before it
        assert log.size == 1  # only the complaint stored before the rotation
        # The repository goes on: a transaction without a pseudonym to store commits.
        with worker.transaction() as tx:
            tx.add(received("KPG-TANPA-2", reporter=ANONYMOUS))
        assert log.size == 2
    with opened(backend, url, pseudonym_key=NEW) as restarted:  # delivered again: stored
        with restarted.transaction() as tx:
            tx.add(received("KPG-BARU-1", reporter=Reporter(phone=PHONE)))
        found = restarted.page(Query(reporter=PHONE)).items
        assert [c.tracking_id for c in found] == ["KPG-BARU-1", "KPG-LAMA-1"]


def test_a_keyless_write_refused_inside_a_transaction_commits_nothing(
    backend: str, url: str
) -> None:
    with opened(backend, url, pseudonym_key=KEY) as keyed:
        keyed.add(received("KPG-LAMA-1", reporter=Reporter(phone=PHONE)))
    with opened(backend, url) as bare:
        before = _table(url)
        error = _caught_inside(
            bare,
            lambda tx: tx.append(step(tx.get("KPG-LAMA-1"), Action.VERIFIKASI), expected_version=1),
            lambda tx: tx.add(received("KPG-BARU-1", reporter=Reporter(phone=PHONE))),
        )
        assert isinstance(error, PseudonymKeyError)
        assert error.reason is KeyProblem.MISSING
        assert _table(url) == before  # the action before it is rolled back too
        assert bare.get("KPG-LAMA-1").version == 1


def _refuse_events_of(url: str, tracking_id: str) -> None:
    """An app's trigger that refuses the event rows of one complaint (after its row is in)."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.execute(
                    sa.text(
                        "CREATE TRIGGER tolak BEFORE INSERT ON events "
                        f"WHEN NEW.tracking_id = '{tracking_id}' "
                        "BEGIN SELECT RAISE(ABORT, 'ditolak'); END"
                    )
                )
            else:
                conn.execute(
                    sa.text(
                        "CREATE FUNCTION tolak() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        f"BEGIN IF NEW.tracking_id = '{tracking_id}' THEN "
                        "RAISE EXCEPTION 'ditolak'; END IF; RETURN NEW; END $$"
                    )
                )
                conn.execute(
                    sa.text(
                        "CREATE TRIGGER tolak BEFORE INSERT ON events "
                        "FOR EACH ROW EXECUTE FUNCTION tolak()"
                    )
                )
    finally:
        engine.dispose()


def test_a_write_the_database_refuses_part_way_commits_nothing(backend: str, url: str) -> None:
    with opened(backend, url) as repo:
        repo.add(received("KPG-LAMA-1", reporter=ANONYMOUS))
        _refuse_events_of(url, "KPG-TOLAK")
        before = _table(url)
        error = _caught_inside(
            repo,
            lambda tx: tx.add(received("KPG-BAIK", reporter=ANONYMOUS)),
            lambda tx: tx.add(received("KPG-TOLAK", reporter=ANONYMOUS)),
        )
        assert isinstance(error, StorageError)
        assert error.reason == "failed"
        # SQLite had kept the complaint's row without its events: a history that never loads.
        assert _table(url) == before
        assert repo.count() == 1


def test_errors_raised_before_any_row_is_written_leave_the_transaction_usable(
    backend: str, url: str, tmp_path: Path
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    with opened(backend, url, pseudonym_key=KEY, log=log) as repo:
        repo.add(received("KPG-LAMA-1", reporter=Reporter(phone=PHONE)))
        with repo.transaction() as tx:
            tx.add(received("KPG-BARU-1", reporter=Reporter(phone=PHONE)))
            with pytest.raises(ConflictError):
                tx.add(received("KPG-LAMA-1"))  # stored already: found before any insert
            stale = step(tx.get("KPG-LAMA-1"), Action.VERIFIKASI)
            tx.append(stale, expected_version=1)
            with pytest.raises(ConflictError):
                tx.append(stale, expected_version=1)  # the version moved: nothing written
            tx.add(received("KPG-BARU-2", reporter=ANONYMOUS))
        assert repo.count() == 3
        assert repo.get("KPG-LAMA-1").version == 2
        assert log.size == 4


class _Refusing(Messenger):
    """A messenger that cannot write the messages of one complaint (a deadline its calendar
    cannot place, a template that does not fill)."""

    def messages_for(self, complaint: Any, *, after_version: int = 0) -> Any:
        if complaint.tracking_id == "KPG-TOLAK":
            raise OutOfRangeError(date="2099-12-31", first_year=2024, last_year=2026)
        return super().messages_for(complaint, after_version=after_version)


def _outbox_rows(url: str) -> list[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT DISTINCT tracking_id FROM outbox ORDER BY 1"))
            return [row[0] for row in rows]
    finally:
        engine.dispose()


@pytest.mark.parametrize("write", ["add", "append"])
def test_a_message_the_messenger_refuses_stores_nothing_of_the_write(
    backend: str, url: str, tmp_path: Path, write: str
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    messenger = _Refusing(workflow=WF, policy=LAPOR, calendar=KUPANG)
    options = {"policy": LAPOR, "calendar": KUPANG, "log": log, "messenger": messenger}
    if write == "append":
        with opened(backend, url) as plain:
            plain.add(received("KPG-TOLAK", reporter=ANONYMOUS))
    with opened(backend, url, **options) as repo:
        before = _table(url)
        with repo.transaction() as tx:
            tx.add(received("KPG-BAIK-1", reporter=ANONYMOUS))
            if write == "add":
                with pytest.raises(OutOfRangeError):
                    tx.add(received("KPG-TOLAK", reporter=ANONYMOUS))
            else:
                verified = step(tx.get("KPG-TOLAK"), Action.VERIFIKASI)
                with pytest.raises(OutOfRangeError):
                    tx.append(verified, expected_version=1)
            tx.add(received("KPG-BAIK-2", reporter=ANONYMOUS))  # the block goes on
        stored, _ = _table(url)
        assert [tid for tid, _ in stored] == sorted(
            {"KPG-BAIK-1", "KPG-BAIK-2", *(tid for tid, _ in before[0])}
        )
        if write == "append":
            assert repo.get("KPG-TOLAK").version == 1
        assert "KPG-TOLAK" not in {e.tracking_id for e in log if e.version > 1}
        assert _outbox_rows(url) == ["KPG-BAIK-1", "KPG-BAIK-2"]


def test_any_error_after_a_row_was_written_ends_the_transaction(
    backend: str, url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    messenger = Messenger(workflow=WF, policy=LAPOR, calendar=KUPANG)
    options = {"policy": LAPOR, "calendar": KUPANG, "log": log, "messenger": messenger}
    with opened(backend, url, **options) as repo:
        repo.add(received("KPG-LAMA-1", reporter=ANONYMOUS))
        before = _table(url)

        def refuse(conn: Any, rows: Any) -> None:
            raise OutOfRangeError(date="2099-12-31", first_year=2024, last_year=2026)

        seen: list[Exception] = []

        def block() -> None:
            with repo.transaction() as tx:
                tx.add(received("KPG-BAIK", reporter=ANONYMOUS))
                monkeypatch.setattr(_outbox, "enqueue_events", refuse)
                for attempt in (
                    lambda: tx.add(received("KPG-TOLAK", reporter=ANONYMOUS)),
                    lambda: tx.add(received("KPG-SESUDAH", reporter=ANONYMOUS)),
                    lambda: tx.get("KPG-LAMA-1"),
                ):
                    try:
                        attempt()
                    except OutOfRangeError as error:
                        seen.append(error)

        error = raises_typed(block)
        assert isinstance(error, OutOfRangeError)
        assert len(seen) == 3
        assert _table(url) == before  # the complaint written before the error is rolled back
        assert log.size == 1
        assert _outbox_rows(url) == ["KPG-LAMA-1"]
