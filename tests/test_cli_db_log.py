"""``pengaduan db catch-up-log URL LOG``: the stored heads a crash left unlogged, appended."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from tests.helpers import received, step

from pengaduan.cli import EXIT_IO, EXIT_OK, main
from pengaduan.cli._exit import EXIT_INTEGRITY
from pengaduan.integrity import TransparencyLog
from pengaduan.store import Repository
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pathlib import Path

    from tests.pg_helpers import Cluster


def _run(*argv: str, lang: str = "en") -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--lang", lang, *argv], out=out)
    return code, out.getvalue()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'log.db'}"
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"cli_log_{tmp_path.name[-8:].lower()}")


def _crashed(url: str, log_path: Path) -> None:
    """One complaint logged, then two written by a process killed before each append."""
    log = TransparencyLog.open(log_path, create=True)
    with Repository(url, log=log) as repo:
        repo.add(received("KPG-CLI-1"))
    with Repository(url) as repo:
        repo.add(received("KPG-CLI-2"))
        repo.update("KPG-CLI-1", lambda c: step(c, Action.VERIFIKASI))


def _clean(err: str, url: str) -> None:
    assert "Traceback" not in err
    assert url not in err


def test_catch_up_log_appends_what_a_crash_left_out_then_nothing(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_path = tmp_path / "heads.log"
    _crashed(url, log_path)
    code, out = _run("db", "catch-up-log", url, str(log_path), "--batch-size", "1")
    assert code == EXIT_OK, capsys.readouterr().err
    assert out == "2 checked, 2 heads appended to the log, 0 not verified, 0 ahead in the log\n"
    log = TransparencyLog.open(log_path)
    with Repository(url) as repo:
        for tracking_id in ("KPG-CLI-1", "KPG-CLI-2"):
            assert log.latest(tracking_id).head == repo.get(tracking_id).head
    code, out = _run("db", "catch-up-log", url, str(log_path), lang="id")
    assert code == EXIT_OK
    assert out.startswith("2 diperiksa, 0 kepala ditambahkan ke log")
    _clean(capsys.readouterr().err, url)


def test_catch_up_log_lists_a_history_that_does_not_verify(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_path = tmp_path / "heads.log"
    _crashed(url, log_path)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE complaints SET head = :head WHERE tracking_id = 'KPG-CLI-2'"),
            {"head": "ee" * 32},
        )
    engine.dispose()
    code, out = _run("db", "catch-up-log", url, str(log_path))
    err = capsys.readouterr().err
    assert code == EXIT_INTEGRITY
    assert "1 head appended" in out
    assert "1 not verified" in out
    assert "complaint KPG-CLI-2: its history does not verify; its head is not logged" in err
    _clean(err, url)


def test_catch_up_log_says_how_many_it_left_out_of_a_long_list(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = tmp_path / "heads.log"
    _crashed(url, log_path)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE complaints SET head = :head"), {"head": "ee" * 32})
    engine.dispose()
    monkeypatch.setattr("pengaduan.cli._db_log._SHOWN", 1)
    code, out = _run("db", "catch-up-log", url, str(log_path))
    err = capsys.readouterr().err
    assert code == EXIT_INTEGRITY
    assert "2 not verified" in out
    assert err.count("its history does not verify") == 1
    assert "... and 1 more\n" in err
    code, out = _run("db", "catch-up-log", url, str(log_path), lang="id")
    assert "... dan 1 lagi\n" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("case", "code", "words"),
    [
        pytest.param("missing", EXIT_IO, "cannot open or lock the log file", id="missing-log"),
        pytest.param("directory", EXIT_IO, "cannot open or lock the log file", id="a-directory"),
        pytest.param("broken", EXIT_INTEGRITY, "integrity check failed", id="broken-log"),
        pytest.param("cut", EXIT_INTEGRITY, "integrity check failed", id="cut-log"),
    ],
)
def test_catch_up_log_refuses_a_log_file_it_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, code: int, words: str
) -> None:
    url = f"sqlite:///{tmp_path / 'log.db'}"
    log_path = tmp_path / "heads.log"
    _crashed(url, log_path)
    data = log_path.read_bytes()
    if case == "missing":
        log_path.unlink()
    elif case == "directory":
        log_path.unlink()
        log_path.mkdir()
    elif case == "broken":
        log_path.write_bytes(data.replace(b'"version":1', b'"version":7'))
    else:
        log_path.write_bytes(data[:-5])
    before = None if case in {"missing", "directory"} else log_path.read_bytes()
    got, out = _run("db", "catch-up-log", url, str(log_path))
    err = capsys.readouterr().err
    assert got == code
    assert out == ""
    assert words in err
    assert len(err.strip().splitlines()) == 1
    _clean(err, url)
    if case == "missing":
        assert not log_path.exists()  # never created
    if before is not None:
        assert log_path.read_bytes() == before


def test_catch_up_log_never_creates_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_path = tmp_path / "heads.log"
    TransparencyLog.open(log_path, create=True)
    url = f"sqlite:///{tmp_path / 'tidak-ada.db'}"
    code, _ = _run("db", "catch-up-log", url, str(log_path))
    assert code == EXIT_IO
    assert "no such database file" in capsys.readouterr().err
    assert not (tmp_path / "tidak-ada.db").exists()


@pytest.mark.parametrize(("listed", "said"), [(3, ""), (100, ""), (101, "... and 1 more\n")])
def test_a_cut_list_says_how_many_it_left_out(
    listed: int, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from pengaduan._i18n import using  # noqa: PLC0415
    from pengaduan.cli._common import _say_rest  # noqa: PLC0415 - the helper every cut list uses

    with using("en"):
        _say_rest(listed, 100)
    assert capsys.readouterr().err == said
