"""A separate process writing to a store, for the concurrency and crash tests of test_store.

Run as ``python -m tests.store_worker append PATH TRACKING_ID COUNT``: append COUNT replies to one
complaint, reloading and retrying on every conflict, then print how many were appended.

Or ``python -m tests.store_worker churn PATH PREFIX``: forever, add a complaint and extend it a few
times, printing ``committed <tracking id> <version>`` after each write returns (the parent
kills the process at some point and checks that every printed write survived).
"""

from __future__ import annotations

import sys
from itertools import count

from tests.helpers import received, step

from pengaduan.errors import ConflictError
from pengaduan.store import SqliteStore
from pengaduan.workflow.profiles import Action


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def append(path: str, tracking_id: str, total: int) -> None:
    store = SqliteStore(path, busy_timeout=30)
    done = 0
    while done < total:
        current = store.get(tracking_id)
        reply = step(current, Action.TANGGAPI, minutes=1)
        try:
            store.save(reply, expected_version=current.version)
        except ConflictError:
            continue
        done += 1
    store.close()
    _say(str(done))


def churn(path: str, prefix: str) -> None:
    store = SqliteStore(path, busy_timeout=30)
    for number in count():
        complaint = received(f"{prefix}-{number}")
        store.add(complaint)
        _say(f"committed {complaint.tracking_id} {complaint.version}")
        for action in (Action.VERIFIKASI, Action.TANGGAPI, Action.TANGGAPI):
            extended = step(complaint, action)
            store.save(extended, expected_version=complaint.version)
            complaint = extended
            _say(f"committed {complaint.tracking_id} {complaint.version}")


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "append":
        append(args[0], args[1], int(args[2]))
    else:
        churn(args[0], args[1])
