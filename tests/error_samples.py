"""Typed errors provoked in every part whose message parts are in the catalogs.

One or more real calls per part (the calendar and its TOML, SLA policies, audience views, the
integrity log and checkpoints, the store, serialization, the history chain, the model, the
identity helpers, the test helpers), each raising the error a user would see. The language
tests render them in Indonesian and search for English words; the error-text tests run them
through the hostile-input harness, which checks that every part is in the catalogs.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from helpers import received
from pengaduan.calendar import WorkingCalendar
from pengaduan.compliance import check
from pengaduan.history import verify_history
from pengaduan.identity import reporter_pseudonym
from pengaduan.integrity import (
    InclusionProof,
    KeyRing,
    LogEntry,
    SignedTreeHead,
    SigningKey,
    TransparencyLog,
    sign_tree_head,
    verify_consistency_path,
    verify_inclusion_path,
    verify_tree_head,
)
from pengaduan.language import use_language
from pengaduan.model import Actor
from pengaduan.privacy import ViewPolicy, view
from pengaduan.serialization import from_json, iter_lines, to_json
from pengaduan.sla import SlaPolicy
from pengaduan.store import Query, Repository
from pengaduan.testing import build_complaint
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

T = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
KEY = SigningKey.generate()
OTHER_KEY = SigningKey.generate()


def _log(count: int = 4) -> TransparencyLog:
    log = TransparencyLog()
    for i in range(count):
        log.append_head(f"KPG-{i:04d}-ID", 1, f"{i:064x}")
    return log


def _calendar_toml(extra: str) -> str:
    return f'zone = "Asia/Makassar"\nyears = [2025, 2026]\n{extra}'


def _tampered() -> Any:
    complaint = received("KPG-ID-TAMPER")
    event = attrs.evolve(complaint.history[0], digest="0" * 64)
    return attrs.evolve(complaint, history=(event,))


def _unreadable_log(folder: Path) -> TransparencyLog:
    path = folder / "log.jsonl"
    path.write_text("bukan log\n", encoding="utf-8")
    return TransparencyLog.open(path)


def _missing_key(folder: Path) -> SigningKey:
    return SigningKey.load(folder / "tidak-ada.pem", password="sandi-uji")  # noqa: S106 - no such file


def _outbox_get(folder: Path) -> object:
    repo = Repository(f"sqlite:///{folder / 'kotak.db'}")
    try:
        return repo.outbox.get("pesan-tidak-ada")
    finally:
        repo.close()


def _not_a_database(folder: Path) -> object:
    path = folder / "bukan.db"
    path.write_bytes(b"bukan basis data SQLite" * 64)
    return Repository(f"sqlite:///{path}")


def _another_pseudonym_key(folder: Path) -> object:
    url = f"sqlite:///{folder / 'kunci.db'}"
    Repository(url, pseudonym_key=b"kunci-kantor-pertama-16").close()
    return Repository(url, pseudonym_key=b"kunci-kantor-kedua-16..")


# name -> a call that raises; the calls taking a folder get a fresh temporary one.
SAMPLES: dict[str, Callable[..., object]] = {
    # _core: reading TOML
    "toml-syntax": lambda: WorkingCalendar.from_toml("zone = \n"),
    "toml-not-text": lambda: WorkingCalendar.from_toml(b"zone = 1"),  # type: ignore[arg-type]
    # calendar
    "calendar-bad-date": lambda: WorkingCalendar.from_toml(
        _calendar_toml('[[extra_working_days]]\ndate = "2025-13-01"\nname = "Sabtu"\n')
    ),
    "calendar-listed-twice": lambda: WorkingCalendar.from_toml(
        _calendar_toml(
            '[[extra_working_days]]\ndate = 2025-03-08\nname = "a"\n'
            '[[extra_working_days]]\ndate = 2025-03-08\nname = "b"\n'
        )
    ),
    "calendar-window": lambda: WorkingCalendar.from_toml(
        _calendar_toml('[week]\nmon = ["12:00-07:30"]\n')
    ),
    "calendar-zero-days": lambda: WorkingCalendar.indonesia().add_working_days(T, 0),
    "calendar-negative-duration": lambda: WorkingCalendar.indonesia().add_working_time(
        T, timedelta(hours=-1)
    ),
    "calendar-out-of-range": lambda: WorkingCalendar.indonesia().add_working_days(
        datetime(2090, 1, 1, tzinfo=UTC), 1
    ),
    "calendar-unknown-layer": lambda: WorkingCalendar.indonesia().without_layers("daerah"),
    # sla
    "sla-toml": lambda: SlaPolicy.from_toml(
        'name = "uji"\n[[clocks]]\nname = "Verif"\nunit = "weeks"\namount = 0\n'
    ),
    "sla-no-clocks": lambda: SlaPolicy.from_toml('name = "uji"\n'),
    "sla-unknown-clock": lambda: SlaPolicy.lapor().without_rules("tidak_ada"),
    "sla-no-such-clock": lambda: SlaPolicy.lapor().rule("tidak_ada"),
    "sla-workflow": lambda: SlaPolicy.lapor().validate(None),  # type: ignore[arg-type]
    # privacy
    "view-policy": lambda: ViewPolicy.from_dict({"public": {"rahasia": {"identity": True}}}),
    "view-policy-audience": lambda: ViewPolicy.from_dict({"tamu": {}}),
    "view-audience": lambda: view(
        received("KPG-ID-VIEW"), "publik", viewer=Actor.system("portal"), at=T
    ),
    "view-unit-not-assigned": lambda: view(
        received("KPG-ID-VIEW"), "unit", viewer=Actor.unit("dinkes"), at=T
    ),
    # compliance
    "compliance-calendar": lambda: check(
        received("KPG-ID-CHECK"),
        workflow=Workflow.default(),
        policy=SlaPolicy.lapor(),
        calendar=None,  # type: ignore[arg-type]
        now=T,
    ),
    # integrity
    "tree-head-json": lambda: SignedTreeHead.from_json("{"),
    "tree-head-fields": lambda: SignedTreeHead.from_json(
        json.dumps({"schema": "pengaduan.tree-head", "schema_version": 1})
    ),
    "tree-head-unknown-key": lambda: verify_tree_head(
        sign_tree_head(_log(), KEY, at=T), KeyRing.of(OTHER_KEY)
    ),
    "key-ring-json": lambda: KeyRing.from_json(json.dumps({"schema": "pengaduan.keyring"})),
    "key-file-missing": _missing_key,
    "log-file-damaged": _unreadable_log,
    "log-entry-bytes": lambda: LogEntry.decode(b"\x01\x00\x05ab"),
    "log-out-of-order": lambda: _log().append_head("KPG-0001-ID", 1, "f" * 64),
    "log-index": lambda: _log().entry(99),
    "inclusion-proof": lambda: InclusionProof.from_json(
        json.dumps({"schema": "pengaduan.inclusion-proof", "schema_version": 1})
    ),
    "inclusion-path": lambda: verify_inclusion_path(9, 4, b"a" * 32, b"b" * 32, []),
    "consistency-path": lambda: verify_consistency_path(4, 2, b"a" * 32, b"b" * 32, []),
    # store
    "repository-url": lambda: Repository("mysql://db/pengaduan"),
    "repository-not-a-database": _not_a_database,
    "query-needs-now": lambda: Query(overdue=True),
    "outbox-not-found": _outbox_get,
    "repository-pseudonym-key": _another_pseudonym_key,
    # serialization and the history chain
    "json-schema": lambda: from_json('{"schema": 1}'),
    "json-syntax": lambda: from_json("[1"),
    "json-lines": lambda: list(iter_lines(["{}"])),
    "json-indent": lambda: to_json(received("KPG-ID-JSON"), indent=-1),
    "history-tampered": lambda: verify_history(_tampered()),
    # the model, identity and the test helpers
    "actor-digits": lambda: Actor(role="admin", id="081234567890123"),  # type: ignore[arg-type]
    "pseudonym-key": lambda: reporter_pseudonym("akun-1", key=b"pendek"),
    "build-step": lambda: build_complaint(T, ("verifikasi", -1)),
    "language": lambda: use_language("jw").__enter__(),
    "date-type": lambda: WorkingCalendar.indonesia().is_working_day(date(2025, 3, 3).isoformat()),
}

# The calls that take a temporary folder.
NEEDS_FOLDER = frozenset(
    {
        "key-file-missing",
        "log-file-damaged",
        "outbox-not-found",
        "repository-not-a-database",
        "repository-pseudonym-key",
    }
)
