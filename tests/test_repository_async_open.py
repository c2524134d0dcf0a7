"""An ``AsyncRepository.open`` that fails leaves nothing running behind it.

Whatever ends the open (a SQLite path in a folder that does not exist, a file that is not a
database, another pseudonym key, or the task cancelled part way, as an app's startup timeout
does), the connections it made are closed before the error is raised: no aiosqlite worker
thread stays alive to post to an event loop that is closed afterwards, and the process exits
without a warning on standard error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.repo_helpers import run_script

if TYPE_CHECKING:
    from pathlib import Path

_SCRIPT = """
import asyncio, gc, sys, threading
from pengaduan.errors import PengaduanError
from pengaduan.store import AsyncRepository, Repository, _keycheck

case, folder = sys.argv[1], sys.argv[2]
url = f"sqlite:///{folder}/store.db"
options = {}
if case == "no-folder":
    url = f"sqlite:///{folder}/tidak-ada/store.db"
elif case == "not-a-database":
    with open(f"{folder}/store.db", "wb") as handle:
        handle.write(b"bukan basis data " * 512)
elif case == "another-key":
    Repository(url, pseudonym_key=b"kunci-kantor-lama-16").close()
    options["pseudonym_key"] = b"kunci-kantor-lain-16"
elif case == "cancelled":

    def cancelled_meanwhile(conn, key):
        raise asyncio.CancelledError  # the app's startup timeout, after the schema step

    _keycheck.check_key = cancelled_meanwhile

outcomes = set()
for _ in range(20):  # a worker that outlives its loop does not do so every time
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(AsyncRepository.open(url, **options))
    except PengaduanError as error:
        outcomes.add(f"refused {error.code}")
    except asyncio.CancelledError:
        outcomes.add("cancelled")
    else:
        outcomes.add("opened")
    loop.close()
gc.collect()
print(*sorted(outcomes))
print("workers", sum("_connection_worker_thread" in t.name for t in threading.enumerate()))
"""


@pytest.mark.parametrize(
    ("case", "outcome"),
    [
        pytest.param("no-folder", "refused storage", id="folder-missing"),
        pytest.param("not-a-database", "refused storage", id="not-a-database"),
        pytest.param("another-key", "refused pseudonym-key", id="another-key"),
        pytest.param("cancelled", "cancelled", id="cancelled-part-way"),
    ],
)
def test_a_failed_async_open_leaves_no_worker_and_a_clean_exit(
    tmp_path: Path, case: str, outcome: str
) -> None:
    done = run_script(_SCRIPT, case, str(tmp_path), warnings=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [outcome, "workers 0"]
    assert done.stderr == ""
