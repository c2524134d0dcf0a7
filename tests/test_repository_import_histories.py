"""A JSON-lines import of complaints already stored: a line is compared with the stored history.

The same history (or an older export of it) is already there; a longer one that extends it has
its new events appended, under the checks of ``append``, and its head logged; any other history
(a fork) is rejected with the code ``fork`` and the stored complaint is left as it was. On
SQLite and PostgreSQL, sync and async.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tests.helpers import received, step
from tests.repo_helpers import opened

from pengaduan.integrity import TransparencyLog
from pengaduan.serialization import to_json
from pengaduan.store import ImportReport
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pathlib import Path


def _lines(*complaints: Any) -> list[str]:
    return [to_json(c) + "\n" for c in complaints]


def test_lines_of_stored_complaints_are_compared_with_their_histories(
    backend: str, url: str, tmp_path: Path
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    one = received("KPG-IMP-1")
    two = step(one, Action.VERIFIKASI)
    three = step(two, Action.TINDAK_LANJUT)
    other = received("KPG-IMP-2")
    verified = step(other, Action.VERIFIKASI)
    deferred = step(other, Action.TUNDA)  # the same length as the stored one, another history
    resumed = step(deferred, Action.LANJUTKAN)  # longer, but not from the stored head
    renamed = received("KPG-IMP-1", subject="Lain")  # shorter, another first event
    lines = _lines(one, two, three, deferred, resumed, renamed, received("KPG-IMP-3"))
    with opened(backend, url, log=log) as repo:
        assert repo.import_lines(_lines(two, verified)).added == 2
        report = repo.import_lines(lines, batch_size=1)
        forks = ((4, "fork"), (5, "fork"), (6, "fork"))
        assert report == ImportReport(lines=7, added=1, skipped=2, rejected=forks, extended=1)
        assert repo.get("KPG-IMP-1") == three  # the later events are stored
        assert repo.get("KPG-IMP-2") == verified  # a fork changes nothing
        assert log.latest("KPG-IMP-1").head == three.head
        assert log.latest("KPG-IMP-3") is not None
        again = repo.import_lines(lines, batch_size=1)  # resumed: nothing new
        assert again == ImportReport(lines=7, added=0, skipped=4, rejected=forks, extended=0)
        assert repo.get("KPG-IMP-1") == three
