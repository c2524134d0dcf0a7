"""Text holding the NUL character (U+0000) on SQLite and PostgreSQL, sync and async.

PostgreSQL stores no NUL in a text or JSON column, SQLite does: so NUL is refused where values
enter (a submission's texts, an action's data, see the workflow's tests), and the repository
refuses a complaint or event holding one with the same typed error on every database, naming
the field, never its content. A bulk import rejects that line and stores the others. A record
an earlier release stored with a NUL in SQLite still loads and takes new events.
"""

from __future__ import annotations

import contextlib
import io
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from tests.helpers import ADMIN, SECRET_TEXT, SYSTEM, T0, UNIT, WF, in_status, received, submission
from tests.hostile_helpers import raises_typed
from tests.repo_helpers import opened

from pengaduan.errors import SerializationError
from pengaduan.serialization import dump_lines
from pengaduan.store import Query, _core
from pengaduan.workflow import _workflow
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pytest

    from pengaduan.model import Complaint

NUL_TEXT = f"{SECRET_TEXT}\x00sisanya"


@contextlib.contextmanager
def _as_an_earlier_release(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Build (and store) values holding NUL as a release before NUL was refused did."""
    with monkeypatch.context() as patched:
        patched.setattr(_workflow, "nul_path", lambda *_: None, raising=False)
        patched.setattr(_core, "_refuse_nul", lambda *_: None, raising=False)
        yield


def _with_nul_text(tracking_id: str) -> Complaint:
    filed = submission()
    object.__setattr__(filed, "text", NUL_TEXT)  # a submission an earlier release let through
    return WF.receive(filed, tracking_id=tracking_id, at=T0, actor=SYSTEM)


def _answered(monkeypatch: pytest.MonkeyPatch, tracking_id: str, response: str) -> Complaint:
    disposed = in_status(Status.DIDISPOSISIKAN, tracking_id=tracking_id)
    with _as_an_earlier_release(monkeypatch):
        return _answer(disposed, response)


def _answer(disposed: Complaint, response: str) -> Complaint:
    at = disposed.history[-1].at + timedelta(hours=1)
    return WF.apply(disposed, Action.TINDAK_LANJUT, at=at, actor=UNIT, response=response)


def test_a_complaint_whose_text_holds_nul_is_refused_alike_and_nothing_is_stored(
    backend: str, url: str
) -> None:
    with opened(backend, url) as repo:
        error = raises_typed(repo.add, _with_nul_text("KPG-NUL-1"))
        assert isinstance(error, SerializationError)
        assert error.path == "text"
        assert "NUL" in error.message("en")
        assert repo.count() == 0


def test_an_event_whose_data_holds_nul_is_refused_alike_and_the_complaint_is_unchanged(
    backend: str, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answered = _answered(monkeypatch, "KPG-NUL-1", NUL_TEXT)
    disposed = in_status(Status.DIDISPOSISIKAN, tracking_id="KPG-NUL-1")
    with opened(backend, url) as repo:
        repo.add(disposed)
        error = raises_typed(repo.append, answered, expected_version=disposed.version)
        assert isinstance(error, SerializationError)
        assert error.path == f"history[{disposed.version}].data.response"
        assert repo.get("KPG-NUL-1") == disposed
        # The same complaint answered without the NUL is stored.
        fixed = _answer(disposed, "sudah diperbaiki")
        repo.append(fixed, expected_version=disposed.version)
        assert repo.get("KPG-NUL-1") == fixed


def test_an_import_rejects_the_line_holding_nul_and_stores_the_others(
    backend: str, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = io.StringIO()
    dump_lines(
        [
            received("KPG-OK-1"),
            _answered(monkeypatch, "KPG-NUL-2", "a\x00b"),
            _with_nul_text("KPG-NUL-3"),
            received("KPG-OK-2"),
        ],
        lines,
    )
    with opened(backend, url) as repo:
        report = repo.import_lines(lines.getvalue().splitlines(keepends=True))
        assert (report.lines, report.added, report.skipped) == (4, 2, 0)
        assert report.rejected == ((2, "serialization"), (3, "serialization"))
        assert sorted(c.tracking_id for c in repo.page(Query()).items) == ["KPG-OK-1", "KPG-OK-2"]


def test_a_record_an_earlier_release_stored_with_nul_in_sqlite_loads_and_takes_new_events(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'lama.db'}"
    stored = _with_nul_text("KPG-NUL-1")
    with opened("sqlite", url) as repo:
        with _as_an_earlier_release(monkeypatch):
            repo.add(stored)
        assert repo.get("KPG-NUL-1") == stored
        at = T0 + timedelta(hours=1)
        verified = WF.apply(stored, Action.VERIFIKASI, at=at, actor=ADMIN, units=["dinkes"])
        repo.append(verified, expected_version=stored.version)
        assert repo.get("KPG-NUL-1") == verified
