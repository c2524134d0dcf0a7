"""``pengaduan db refresh``: rows an older release derived, recomputed from the command line."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from tests.helpers import in_status, received
from tests.hostile_helpers import bounded

from pengaduan.calendar import WorkingCalendar
from pengaduan.cli import EXIT_IO, EXIT_OK, EXIT_USAGE, main
from pengaduan.cli._exit import EXIT_FOUND, EXIT_INTEGRITY
from pengaduan.cli._small_files import MAX_KEY_BYTES, read_small_file
from pengaduan.sla import SlaPolicy
from pengaduan.store import Query, Repository, _migrate
from pengaduan.workflow.profiles import Status

if TYPE_CHECKING:
    from tests.pg_helpers import Cluster

KEY = bytes(range(32))


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--lang", "en", *argv], out=out)
    return code, out.getvalue()


def _sql(url: str, statement: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(statement))
    finally:
        engine.dispose()


def _stored(url: str) -> None:
    """Two complaints written today, then left as an older release derived them."""
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
    with Repository(url, policy=SlaPolicy.lapor(), calendar=calendar, pseudonym_key=KEY) as repo:
        repo.add(received("KPG-CLI-1"))
        repo.add(in_status(Status.DIDISPOSISIKAN, "KPG-CLI-2"))
    _sql(
        url,
        "UPDATE complaints SET derivation = NULL, privacy = 'publik', reporter = 'lama' "
        "WHERE tracking_id = 'KPG-CLI-2'",
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'refresh.db'}"
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"cli_refresh_{tmp_path.name[-8:].lower()}")


def test_check_then_refresh_then_nothing_left(url: str, tmp_path: Path) -> None:
    _stored(url)
    key = tmp_path / "kunci.bin"
    key.write_bytes(KEY)
    assert _run("db", "refresh", url, "--check") == (
        EXIT_FOUND,
        "1 complaint computed by an older release\n",
    )
    assert _run("db", "refresh", url, "--key-file", str(key), "--zone", "Asia/Makassar") == (
        EXIT_OK,
        (
            "1 checked, 1 changed, 0 written meanwhile, 0 not verified\n"
            "changed: status 0, privacy 1, classification 0, channel 0, reporter 1, deadlines 0, "
            "units 0\n"
        ),
    )
    assert _run("db", "refresh", url, "--check") == (
        EXIT_OK,
        "0 complaints computed by an older release\n",
    )
    args = ("db", "refresh", url, "--key-file", str(key), "--zone", "Asia/Makassar")
    assert _run(*args, "--every-row", "--batch-size", "1") == (
        EXIT_OK,
        "2 checked, 0 changed, 0 written meanwhile, 0 not verified\n",
    )
    with Repository(url, pseudonym_key=KEY) as repo:
        assert repo.page(Query(privacy="publik")).items == ()
        assert len(repo.page(Query(reporter="akun-7781")).items) == 2


def test_check_on_an_older_schema_asks_for_the_upgrade_and_migrates_nothing(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'lama.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        _migrate.upgrade(conn, "0004")
    engine.dispose()
    assert _run("db", "refresh", url, "--check") == (
        EXIT_FOUND,
        "the schema is not at the newest revision: run pengaduan db upgrade first\n",
    )
    assert _run("db", "current", url) == (EXIT_OK, "schema at revision 0004\n")


def test_a_history_that_does_not_verify_is_listed_and_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'tampered.db'}"
    _stored(url)
    _sql(url, "UPDATE complaints SET record = replace(record, 'oebobo', 'OEBOBO')")
    key = tmp_path / "kunci.bin"
    key.write_bytes(KEY)
    code, out = _run("db", "refresh", url, "--key-file", str(key), "--zone", "Asia/Makassar")
    assert (code, out) == (
        EXIT_INTEGRITY,
        (
            "1 checked, 0 changed, 0 written meanwhile, 1 not verified\n"
            "1 complaints whose history does not verify are now rahasia in queries\n"
        ),
    )
    err = capsys.readouterr().err
    assert err == "complaint KPG-CLI-2: its history does not verify; left as it is\n"


@pytest.mark.parametrize(
    ("extra", "needs"),
    [
        pytest.param((), "--key-file", id="no-key"),
        pytest.param(("--key-file", "KEY"), "--zone or --calendar", id="no-calendar"),
    ],
)
def test_what_the_rows_need_is_asked_for_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: tuple[str, ...], needs: str
) -> None:
    url = f"sqlite:///{tmp_path / 'needs.db'}"
    _stored(url)
    key = tmp_path / "kunci.bin"
    key.write_bytes(KEY)
    arguments = [str(key) if a == "KEY" else a for a in extra]
    assert _run("db", "refresh", url, *arguments) == (EXIT_USAGE, "")
    assert needs in capsys.readouterr().err
    assert _run("db", "refresh", url, "--check")[0] == EXIT_FOUND


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        pytest.param(("--batch-size", "0"), EXIT_USAGE, id="batch-zero"),
        pytest.param(("--batch-size", "x"), EXIT_USAGE, id="batch-not-a-number"),
        pytest.param(("--policy", "lapor.toml"), EXIT_USAGE, id="policy-without-calendar"),
        pytest.param(("--zone", "Asia/Makassar", "--calendar", "c.toml"), EXIT_USAGE, id="both"),
        pytest.param(("--zone", "Not a zone!"), 4, id="bad-zone"),
        pytest.param(("--key-file", "missing.bin"), EXIT_IO, id="missing-key-file"),
        pytest.param(("--key-file", "short.bin"), EXIT_USAGE, id="short-key"),
    ],
)
def test_bad_usage_is_one_line_without_the_url(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: tuple[str, ...],
    code: int,
) -> None:
    (tmp_path / "short.bin").write_bytes(b"pendek")
    url = f"sqlite:///{tmp_path / 'secret-name.db'}"
    _stored(url)
    resolved = [str(tmp_path / a) if a.endswith((".bin", ".toml")) else a for a in arguments]
    assert _run("db", "refresh", url, *resolved) == (code, "")
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "secret-name" not in err
    assert "Traceback" not in err


def test_an_unreachable_database_is_an_io_error(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert _run("db", "refresh", url, "--check") == (EXIT_IO, "")
    err = capsys.readouterr().err
    assert "nobody" not in err
    assert len(err.splitlines()) == 1


# -- files and ids from outside ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
def test_a_key_file_that_is_not_a_regular_file_is_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    # A FIFO without a writer would wait forever; /dev/zero would fill the memory.
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    _stored(url)
    if kind == "fifo":
        key = tmp_path / "kunci.fifo"
        os.mkfifo(key)
    elif kind == "device":
        key = Path("/dev/zero")
    else:
        key = tmp_path
    with bounded():
        code, out = _run("db", "refresh", url, "--key-file", str(key), "--zone", "Asia/Makassar")
    assert (code, out) == (EXIT_IO, "")
    err = capsys.readouterr().err
    assert "cannot read the --key-file file (" in err
    assert len(err.splitlines()) == 1
    assert _run("db", "refresh", url, "--check")[0] == EXIT_FOUND  # nothing was written


def test_a_key_file_too_long_is_refused_after_one_byte_more_than_a_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    _stored(url)
    key = tmp_path / "kunci.bin"
    key.write_bytes(b"k" * 100_000)
    assert read_small_file(key, "--key-file", limit=MAX_KEY_BYTES, lang="en") == b"k" * 1025
    code, out = _run("db", "refresh", url, "--key-file", str(key), "--zone", "Asia/Makassar")
    assert (code, out) == (EXIT_USAGE, "")
    assert "1024" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(("db", "refresh", "URL", "--check"), id="refresh-check"),
        pytest.param(("db", "refresh", "URL"), id="refresh"),
        pytest.param(("db", "current", "URL"), id="current"),
    ],
)
@pytest.mark.parametrize(
    "form",
    [
        pytest.param("sqlite:///{path}", id="path"),
        pytest.param("sqlite:///file:{path}?mode=ro&uri=true", id="uri"),
    ],
)
def test_a_missing_sqlite_file_is_no_such_database_and_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], form: str
) -> None:
    path = tmp_path / "belum-ada.db"
    url = form.format(path=path)
    assert _run(*(url if a == "URL" else a for a in argv)) == (EXIT_IO, "")
    err = capsys.readouterr().err
    assert "no such database file" in err
    assert "belum-ada" not in err
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_tracking_ids_from_the_database_are_printed_without_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    _stored(url)
    # A crafted id (its row no longer matches its events, so it does not verify) that would
    # return the cursor and erase the summary line on a terminal.
    _sql(
        url,
        "UPDATE complaints SET tracking_id = 'KPG-X' || char(13) || char(27) || '[2K' "
        "WHERE tracking_id = 'KPG-CLI-2'",
    )
    key = tmp_path / "kunci.bin"
    key.write_bytes(KEY)
    code, out = _run("db", "refresh", url, "--key-file", str(key), "--zone", "Asia/Makassar")
    assert code == EXIT_INTEGRITY
    assert "1 not verified" in out
    err = capsys.readouterr().err
    assert "\r" not in err
    assert "\x1b" not in err
    assert len(err.splitlines()) == 1
    assert "KPG-X" in err
