"""Key checks against writes that happen while a long operation runs.

- A refresh opened without the key (without the policy) checks, batch by batch in the batch's
  own transaction, that it is not about to empty a pseudonym (the clocks) another repository
  wrote after the refresh began: refused with the typed key error once a key is recorded, and
  nothing of the batch is written. A pseudonym a repository with the key writes between the
  batch's read and its write is kept (the row is a conflict), and a keyless batch writing a row
  with an identified reporter is refused once a key is recorded. On SQLite and PostgreSQL,
  sync and async.
- On PostgreSQL, a rotation under a steady load of writers holding the old key: writers lock
  the settings rows in one order and the rotation writes them in the same order, so neither is
  ever aborted as a deadlock (40P01). Repeated, with the writers running throughout.
- On SQLite, the same load on connections of their own: the rotation and the writers take the
  database's one write lock in turn, so no writer fails with a lock error, every write that
  returned is stored, every refused one is not, and no row is left under the old key.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import SYSTEM, T0, WF, received, submission
from tests.hostile_helpers import raises_typed
from tests.repo_helpers import opened

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ArgumentError, PengaduanError
from pengaduan.identity import reporter_pseudonym
from pengaduan.model import Reporter
from pengaduan.sla import SlaPolicy
from pengaduan.store import KeyProblem, PseudonymKeyError, Query, Repository, _refresh
from pengaduan.store._pseudonym_key import key_fingerprint

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.pg_helpers import Cluster

    from pengaduan.store import KeyRotationReport

KEY = bytes(range(32))
NEW = b"kunci-baru-kantor-2026-rotasi..."
PHONE = "+6281339001122"
ANONYMOUS = Reporter(name="Tanpa Kontak")
CALENDAR = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2025))
POLICY: dict[str, Any] = {"policy": SlaPolicy.lapor(), "calendar": CALENDAR}


def _sql(url: str, statement: str) -> list[Any]:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.execute(sa.text(statement))
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _meanwhile(monkeypatch: pytest.MonkeyPatch, write: Any) -> None:
    """Run ``write`` right after the refresh's first check, before its first batch."""
    real = _refresh.check_settings

    def then_another_writer(conn: Any, settings: Any) -> None:
        real(conn, settings)
        write()

    monkeypatch.setattr(_refresh, "check_settings", then_another_writer)


def _app_stores_a_reporter(url: str) -> None:
    with Repository(url, pseudonym_key=KEY) as app:  # records the key, then stores a pseudonym
        app.add(received("KPG-Z-1", reporter=Reporter(phone=PHONE)))


@pytest.mark.parametrize(
    ("writer", "refusal"),
    [
        pytest.param("app-with-the-key", "missing", id="key-recorded-meanwhile"),
        # An older release still running during a rolling upgrade records no key.
        pytest.param("older-release", "argument", id="no-key-recorded"),
    ],
)
def test_a_keyless_refresh_never_empties_a_pseudonym_written_after_it_began(
    backend: str, url: str, monkeypatch: pytest.MonkeyPatch, writer: str, refusal: str
) -> None:
    with opened(backend, url) as tool:  # no key; the database records none and holds none
        for n in range(3):
            tool.add(received(f"KPG-N-{n}", reporter=ANONYMOUS))
        if writer == "app-with-the-key":
            _meanwhile(monkeypatch, lambda: _app_stores_a_reporter(url))
        else:
            _meanwhile(
                monkeypatch,
                lambda: _sql(
                    url, "UPDATE complaints SET reporter = 'psn-lama' WHERE tracking_id = 'KPG-N-2'"
                ),
            )
        error = raises_typed(tool.refresh_derived, batch_size=1, every_row=True)
        if refusal == "missing":
            assert isinstance(error, PseudonymKeyError)
            assert error.reason is KeyProblem.MISSING
        else:
            assert isinstance(error, ArgumentError)
            assert error.argument == "pseudonym_key"
    stored = dict(_sql(url, "SELECT tracking_id, reporter FROM complaints"))
    if writer == "app-with-the-key":
        assert stored["KPG-Z-1"] == reporter_pseudonym(PHONE, key=KEY)
        with Repository(url, pseudonym_key=KEY) as app:
            assert [c.tracking_id for c in app.page(Query(reporter=PHONE)).items] == ["KPG-Z-1"]
    else:
        assert stored["KPG-N-2"] == "psn-lama"


def test_a_keyless_refresh_never_empties_a_pseudonym_written_while_its_batch_ran(
    backend: str, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opened(backend, url) as tool:  # no key; the database records none and holds none
        tool.add(received("KPG-R-1", reporter=Reporter(phone=PHONE)))
        _sql(url, "UPDATE complaints SET derivation = NULL")  # as an older release left it
        real = _refresh._histories
        keyed: list[Any] = []

        def keyed_app_refreshes_meanwhile(conn: Any, ids: list[str]) -> Any:
            # After the keyless batch read its rows, before it writes them (once: the keyed
            # app's own refresh comes here too).
            monkeypatch.setattr(_refresh, "_histories", real)
            with Repository(url, pseudonym_key=KEY) as app:  # records the key
                keyed.append(app.refresh_derived())
            return real(conn, ids)

        monkeypatch.setattr(_refresh, "_histories", keyed_app_refreshes_meanwhile)
        report = tool.refresh_derived()
    assert keyed[0].reporter == 1
    assert report.conflicts == 1
    assert report.changed == 0
    assert not report.complete
    stored = dict(_sql(url, "SELECT tracking_id, reporter FROM complaints"))
    assert stored["KPG-R-1"] == reporter_pseudonym(PHONE, key=KEY)
    with Repository(url, pseudonym_key=KEY) as app:
        assert [c.tracking_id for c in app.page(Query(reporter=PHONE)).items] == ["KPG-R-1"]


def test_a_keyless_refresh_never_marks_an_identified_reporter_current_once_a_key_is_recorded(
    backend: str, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opened(backend, url) as tool:  # no key; the database records none and holds none
        tool.add(received("KPG-R-1", reporter=Reporter(phone=PHONE)))
        _sql(url, "UPDATE complaints SET derivation = NULL")  # as an older release left it
        # A keyed app opens (recording its key) after the refresh began, and writes nothing.
        _meanwhile(monkeypatch, lambda: Repository(url, pseudonym_key=KEY).close())
        error = raises_typed(tool.refresh_derived)
        assert isinstance(error, PseudonymKeyError)
        assert error.reason is KeyProblem.MISSING
    # Nothing of the batch was written: the row is still stale, for the keyed app to refresh.
    with Repository(url, pseudonym_key=KEY) as app:
        assert app.stale_derived() == 1
        assert app.refresh_derived().reporter == 1
        assert [c.tracking_id for c in app.page(Query(reporter=PHONE)).items] == ["KPG-R-1"]


def test_a_refresh_without_a_policy_never_empties_clocks_written_after_it_began(
    backend: str, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opened(backend, url, pseudonym_key=KEY) as tool:  # no policy; no row holds a clock
        for n in range(3):
            tool.add(received(f"KPG-N-{n}", reporter=ANONYMOUS))

        def app_with_a_policy() -> None:
            with Repository(url, pseudonym_key=KEY, **POLICY) as app:
                app.add(received("KPG-Z-1", reporter=Reporter(phone=PHONE)))

        _meanwhile(monkeypatch, app_with_a_policy)
        error = raises_typed(tool.refresh_derived, batch_size=1, every_row=True)
        assert isinstance(error, ArgumentError)
        assert error.argument == "policy"
    ((deadline,),) = _sql(url, "SELECT next_deadline FROM complaints WHERE tracking_id = 'KPG-Z-1'")
    assert deadline is not None


# -- PostgreSQL: a rotation under write load ------------------------------------------------------


def _writer(
    url: str, number: int, stop: threading.Event, started: threading.Event, unexpected: list[str]
) -> None:
    """Store complaints with the old key until ``stop``; unexpected errors go to ``unexpected``."""
    with Repository(url, pseudonym_key=KEY) as repo:
        count = 0
        while not stop.is_set():
            count += 1
            try:
                repo.receive(
                    WF,
                    submission(reporter=Reporter(phone=f"+62812{number:02d}{count:06d}")),
                    tracking_id=f"KPG-W{number}-{count:06d}",
                    at=T0,
                    actor=SYSTEM,
                )
            except PseudonymKeyError:
                pass  # expected once the rotation began: the app retries after a restart
            except PengaduanError as error:
                unexpected.append(f"{type(error).__name__}({getattr(error, 'reason', '')})")
            started.set()


def _rotation_under_writers(
    url: str, writer: Callable[..., None], outs: list[Any]
) -> KeyRotationReport:
    """Seed ``url`` with 150 complaints under the old key, start one ``writer`` thread per item
    of ``outs`` (each writes with the old key into its own ``out``), rotate the key once every
    writer has stored something, then stop and join them; the rotation's report."""
    with Repository(url, pseudonym_key=KEY) as seed, seed.transaction() as tx:
        for n in range(150):
            tx.add(received(f"KPG-S-{n:04d}", reporter=Reporter(phone=f"+62813{n:08d}")))
    stop = threading.Event()
    starts = [threading.Event() for _ in outs]
    threads = [
        threading.Thread(target=writer, args=(url, i, stop, starts[i], out))
        for i, out in enumerate(outs)
    ]
    for thread in threads:
        thread.start()
    try:
        for started in starts:
            assert started.wait(60), "a writer never stored anything"
        with Repository(url) as operator:
            return operator.rotate_pseudonym_key(old_key=KEY, new_key=NEW, batch_size=7)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=120)


def test_postgresql_a_rotation_under_write_load_never_deadlocks(pg_cluster: Cluster) -> None:
    for round_number in range(6):
        url = pg_cluster.create_database(f"rotasi_beban_{round_number}")
        results: list[list[str]] = [[] for _ in range(3)]
        report = _rotation_under_writers(url, _writer, results)
        assert results == [[], [], []], results  # only key refusals, never a deadlock
        assert report.unverified == ()
        settings = _sql(url, "SELECT name, value FROM store_settings ORDER BY name")
        assert settings == [("pseudonym_key", key_fingerprint(NEW))]
        # Every stored pseudonym is the new key's: a refresh with it finds nothing to change.
        with Repository(url, pseudonym_key=NEW, **POLICY) as repo:
            refreshed = repo.refresh_derived(every_row=True)
            assert refreshed.reporter == 0
            assert refreshed.checked == repo.count()


# -- SQLite: a rotation under write load ----------------------------------------------------------


def _sqlite_writer(
    url: str, number: int, stop: threading.Event, started: threading.Event, out: dict[str, Any]
) -> None:
    """Store complaints with the old key until ``stop``, on connections of its own; record the
    ids stored and every error that is not the key's refusal."""
    with Repository(url, pseudonym_key=KEY) as repo:
        count = 0
        while not stop.is_set():
            count += 1
            tracking_id = f"KPG-L{number}-{count:06d}"
            try:
                repo.receive(
                    WF,
                    submission(reporter=Reporter(phone=f"+62815{number:02d}{count:06d}")),
                    tracking_id=tracking_id,
                    at=T0,
                    actor=SYSTEM,
                )
                out["stored"].append(tracking_id)
            except PseudonymKeyError:
                out["refused"] += 1  # expected once the rotation began
            except PengaduanError as error:
                out["unexpected"].append(f"{type(error).__name__}({getattr(error, 'reason', '')})")
            started.set()


def test_sqlite_a_rotation_under_write_load_never_deadlocks_or_loses_a_write(
    tmp_path: Any,
) -> None:
    for round_number in range(3):
        url = f"sqlite:///{tmp_path / f'rotasi-{round_number}.db'}"
        outs: list[dict[str, Any]] = [
            {"stored": [], "refused": 0, "unexpected": []} for _ in range(3)
        ]
        report = _rotation_under_writers(url, _sqlite_writer, outs)
        assert [out["unexpected"] for out in outs] == [[], [], []]  # no lock error, no deadlock
        assert all(out["refused"] for out in outs)  # the writers ran into the rotation
        assert report.unverified == ()
        settings = _sql(url, "SELECT name, value FROM store_settings ORDER BY name")
        assert settings == [("pseudonym_key", key_fingerprint(NEW))]
        stored = {row[0] for row in _sql(url, "SELECT tracking_id FROM complaints")}
        written = {tid for out in outs for tid in out["stored"]}
        assert written <= stored  # no write that returned was lost
        assert len(stored) == 150 + len(written)  # and none that was refused was kept
        # Every stored pseudonym is the new key's: a refresh with it finds nothing to change.
        with Repository(url, pseudonym_key=NEW, **POLICY) as repo:
            refreshed = repo.refresh_derived(every_row=True)
            assert refreshed.reporter == 0
            assert refreshed.checked == repo.count()
