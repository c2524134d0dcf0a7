"""The pseudonym key on the ``db`` commands: ``--key-file`` checked at open, and ``rotate-key``."""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING

import pytest
from tests.helpers import received
from tests.hostile_helpers import bounded
from tests.legacy_store import write_legacy_store

from pengaduan.cli import EXIT_CONFIG, EXIT_IO, EXIT_OK, EXIT_USAGE, main
from pengaduan.cli._exit import EXIT_INTEGRITY
from pengaduan.model import Reporter
from pengaduan.serialization import dump_lines
from pengaduan.store import Query, Repository, _keycheck
from pengaduan.store._pseudonym_key import key_fingerprint

if TYPE_CHECKING:
    from pathlib import Path

    from tests.pg_helpers import Cluster

KEY = bytes(range(32))
NEW = b"kunci-baru-kantor-2026-rotasi..."
OTHER = bytes(range(100, 132))
SECRET_TEXTS = tuple(
    t for k in (KEY, NEW, OTHER) for t in (k.hex(), key_fingerprint(k)[3:], k.decode("latin-1"))
)


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--lang", "en", *argv], out=out)
    return code, out.getvalue()


def _keys(tmp_path: Path) -> dict[str, str]:
    files = {}
    for name, key in (("old", KEY), ("new", NEW), ("other", OTHER), ("short", b"pendek")):
        path = tmp_path / f"{name}.key"
        path.write_bytes(key)
        files[name] = str(path)
    return files


def _stored(url: str) -> None:
    with Repository(url, pseudonym_key=KEY) as repo:
        repo.add(received("KPG-CLI-1"))
        repo.add(received("KPG-CLI-2", reporter=Reporter(phone="0813-3900-1122")))


def _clean(err: str, url: str) -> None:
    assert "Traceback" not in err
    assert url not in err
    for text in SECRET_TEXTS:
        assert text not in err


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'keys.db'}"
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"cli_keys_{tmp_path.name[-8:].lower()}")


def test_rotate_key_then_only_the_new_key_opens(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stored(url)
    keys = _keys(tmp_path)
    rotate = ("db", "rotate-key", url, "--old-key-file", keys["old"], "--new-key-file", keys["new"])
    assert _run(*rotate, "--batch-size", "1") == (
        EXIT_OK,
        "2 checked, 2 rewritten under the new key, 0 not verified\n",
    )
    assert _run(*rotate) == (EXIT_OK, "0 checked, 0 rewritten under the new key, 0 not verified\n")
    with Repository(url, pseudonym_key=NEW) as repo:
        assert [r.tracking_id for r in repo.page(Query(reporter="akun-7781")).items] == [
            "KPG-CLI-1"
        ]
        assert len(repo.page(Query(reporter="+6281339001122")).items) == 1
    # The old key now opens nothing: exit code 4, one line.
    assert _run("db", "upgrade", url, "--key-file", keys["old"]) == (EXIT_CONFIG, "")
    err = capsys.readouterr().err
    assert err == (
        "pengaduan: invalid configuration: the pseudonym key is not the one this database was "
        "written with (check the key file; to change keys, rotate them)\n"
    )
    _clean(err, url)


def test_an_interrupted_rotation_is_continued_by_running_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'rotating.db'}"
    _stored(url)
    keys = _keys(tmp_path)
    real = _keycheck._finish

    def crash(*args: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(_keycheck, "_finish", crash)
    rotate = ("db", "rotate-key", url, "--old-key-file", keys["old"], "--new-key-file", keys["new"])
    assert _run(*rotate) == (EXIT_IO, "")
    _clean(capsys.readouterr().err, url)
    monkeypatch.setattr(_keycheck, "_finish", real)
    # Meanwhile a command with a key is refused.
    assert _run("db", "upgrade", url, "--key-file", keys["new"]) == (EXIT_CONFIG, "")
    assert "rotation is in progress" in capsys.readouterr().err
    assert _run(*rotate) == (
        EXIT_OK,
        (
            "continued an interrupted rotation\n"
            "0 checked, 0 rewritten under the new key, 0 not verified\n"
        ),
    )
    assert _run("db", "upgrade", url, "--key-file", keys["new"]) == (
        EXIT_OK,
        "schema at revision 0006\n",
    )


def test_a_history_that_does_not_verify_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'tampered.db'}"
    _stored(url)
    from tests.test_repository_keys import _sql  # noqa: PLC0415 - one helper, not a fixture

    _sql(url, "UPDATE complaints SET record = replace(record, 'Puskesmas', 'PUSKESMAS')")
    keys = _keys(tmp_path)
    rotate = ("db", "rotate-key", url, "--old-key-file", keys["old"], "--new-key-file", keys["new"])
    assert _run(*rotate) == (
        EXIT_INTEGRITY,
        "2 checked, 0 rewritten under the new key, 2 not verified\n",
    )
    assert capsys.readouterr().err.splitlines() == [
        f"complaint KPG-CLI-{n}: its history does not verify; pseudonym left as it is"
        for n in (1, 2)
    ]


@pytest.mark.parametrize(
    ("old", "new", "code", "says"),
    [
        pytest.param("other", "new", EXIT_CONFIG, "not the one this database", id="wrong-old"),
        pytest.param("old", "old", EXIT_USAGE, "the same key", id="same-key"),
        pytest.param("old", "short", EXIT_USAGE, "16 to 1024", id="short-key"),
        pytest.param("missing", "new", EXIT_IO, "no such file", id="missing-file"),
    ],
)
def test_bad_rotations_are_one_line_and_change_nothing(  # noqa: PLR0917 - pytest's arguments
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    code: int,
    says: str,
) -> None:
    url = f"sqlite:///{tmp_path / 'secret-name.db'}"
    _stored(url)
    keys = _keys(tmp_path)
    files = {**keys, "missing": str(tmp_path / "missing.key")}
    rotate = ("db", "rotate-key", url, "--old-key-file", files[old], "--new-key-file", files[new])
    assert _run(*rotate) == (code, "")
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert says in err
    assert "secret-name" not in err
    _clean(err, url)
    with Repository(url, pseudonym_key=KEY) as repo:
        assert len(repo.page(Query(reporter="akun-7781")).items) == 1


def test_import_and_refresh_check_the_key_file(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = _keys(tmp_path)
    assert _run("db", "upgrade", url, "--key-file", keys["old"]) == (
        EXIT_OK,
        "schema at revision 0006\n",
    )
    export = tmp_path / "ekspor.jsonl"
    with export.open("w", encoding="utf-8") as file:
        dump_lines([received("KPG-CLI-3")], file)
    assert _run("db", "import", url, str(export), "--key-file", keys["other"]) == (EXIT_CONFIG, "")
    capsys.readouterr()
    # Without the key the import would store a reporter no lookup finds: refused, none stored.
    assert _run("db", "import", url, str(export)) == (EXIT_CONFIG, "")
    assert "open the repository with it" in capsys.readouterr().err
    with Repository(url) as bare:
        assert bare.count() == 0
    assert _run("db", "import", url, str(export), "--key-file", keys["old"]) == (
        EXIT_OK,
        "1 stored, 0 already there, 0 rejected (1 line)\n",
    )
    refresh = ("db", "refresh", url, "--key-file", keys["other"])
    assert _run(*refresh) == (EXIT_CONFIG, "")
    _clean(capsys.readouterr().err, url)
    with Repository(url, pseudonym_key=KEY) as repo:
        assert [r.tracking_id for r in repo.page(Query(reporter="akun-7781")).items] == [
            "KPG-CLI-3"
        ]


def test_import_sqlite_store_takes_the_key_file(tmp_path: Path) -> None:
    old = tmp_path / "lama.db"
    write_legacy_store(old, [received("KPG-CLI-4")])
    url = f"sqlite:///{tmp_path / 'baru.db'}"
    keys = _keys(tmp_path)
    code, _ = _run("db", "import-sqlite-store", str(old), url, "--key-file", keys["old"])
    assert code == EXIT_OK
    with Repository(url, pseudonym_key=KEY) as repo:
        assert len(repo.page(Query(reporter="akun-7781")).items) == 1


@pytest.mark.parametrize("option", ["--old-key-file", "--new-key-file"])
def test_rotation_key_files_that_are_not_regular_files_are_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    # A FIFO without a writer would wait forever: the key files are read as `db refresh` reads
    # its own, a regular file only, up to one byte more than the longest key.
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    _stored(url)
    keys = _keys(tmp_path)
    fifo = tmp_path / "kunci.fifo"
    os.mkfifo(fifo)
    files = {"--old-key-file": keys["old"], "--new-key-file": keys["new"], option: str(fifo)}
    with bounded():
        code, out = _run("db", "rotate-key", url, *(a for pair in files.items() for a in pair))
    assert (code, out) == (EXIT_IO, "")
    err = capsys.readouterr().err
    assert f"cannot read the {option} file (it is not a regular file" in err
    _clean(err, url)
    with Repository(url, pseudonym_key=KEY) as repo:  # nothing rotated: the old key still opens
        assert repo.get("KPG-CLI-2").reporter.phone is not None


def test_tracking_ids_from_the_database_are_listed_without_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    _stored(url)
    from tests.test_repository_keys import _sql  # noqa: PLC0415 - one helper, not a fixture

    # A crafted id (its row no longer matches its events, so it does not verify) that would set
    # the terminal's title and clear the screen.
    _sql(
        url,
        "UPDATE complaints SET tracking_id = 'KPG-' || char(27) || ']0;x' || char(7) || "
        "char(27) || '[2J' || char(13) || '-2' WHERE tracking_id = 'KPG-CLI-2'",
    )
    keys = _keys(tmp_path)
    rotate = ("db", "rotate-key", url, "--old-key-file", keys["old"], "--new-key-file", keys["new"])
    assert _run(*rotate) == (
        EXIT_INTEGRITY,
        "2 checked, 1 rewritten under the new key, 1 not verified\n",
    )
    err = capsys.readouterr().err
    assert not any(ord(c) < 32 for c in err.replace("\n", ""))
    assert "\x7f" not in err
    assert len(err.splitlines()) == 1
    assert err.startswith("complaint KPG-")
    assert err.endswith("-2: its history does not verify; pseudonym left as it is\n")


@pytest.mark.parametrize(
    "form",
    [
        pytest.param("sqlite:///{path}", id="path"),
        pytest.param("sqlite:///file:{path}?mode=ro&uri=true", id="uri"),
        pytest.param("sqlite:///{path}?mode=ro&uri=true", id="path-with-uri-arguments"),
    ],
)
def test_a_missing_sqlite_file_is_no_such_database_and_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    keys = _keys(tmp_path)
    folder = tmp_path / "data"
    folder.mkdir()
    url = form.format(path=folder / "salah-ketik.db")
    rotate = ("db", "rotate-key", url, "--old-key-file", keys["old"], "--new-key-file", keys["new"])
    assert _run(*rotate) == (EXIT_IO, "")
    err = capsys.readouterr().err
    assert err == "pengaduan: no such database file\n"
    assert list(folder.iterdir()) == []


def test_rotate_key_on_a_read_only_path_url_changes_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The path form with uri=true opens the file the path names, read-only: the rotation is
    # refused by the database, never done on another file created beside it.
    path = tmp_path / "kantor.db"
    _stored(f"sqlite:///{path}")
    keys = _keys(tmp_path)
    url = f"sqlite:///{path}?mode=ro&uri=true"
    rotate = ("db", "rotate-key", url, "--old-key-file", keys["old"], "--new-key-file", keys["new"])
    assert _run(*rotate) == (EXIT_IO, "")
    err = capsys.readouterr().err
    assert "read-only" in err
    _clean(err, url)
    assert not [p.name for p in tmp_path.iterdir() if "?" in p.name]
    with Repository(f"sqlite:///{path}", pseudonym_key=KEY) as repo:  # the old key still opens
        assert repo.get("KPG-CLI-2").reporter.phone is not None
