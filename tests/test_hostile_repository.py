"""Hostile input to the SQL repository (SQLite file): every argument of every public method with
every wrong type and hostile text ends in a typed error or a documented result, nothing is
stored on failure, and no planted secret reaches an error or a log line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import SYSTEM, T0, WF, in_status, step, submission
from tests.hostile_helpers import HOSTILE_TEXTS, WRONG_TYPES, outcome

from pengaduan.errors import (
    ArgumentError,
    ConflictError,
    IntegrityError,
    NotFoundError,
    PengaduanError,
    SerializationError,
)
from pengaduan.store import Query, Repository
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

STORED = in_status(Status.DIDISPOSISIKAN)
NEXT = step(STORED, Action.TINDAK_LANJUT)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repository]:
    path: Path = tmp_path_factory.mktemp("hostile") / "repo.db"
    with Repository(f"sqlite:///{path}", pseudonym_key=bytes(32)) as opened:
        opened.add(STORED)
        yield opened


def _state(repo: Repository) -> tuple[int, int]:
    return repo.count(), repo.get(STORED.tracking_id).version


def _receive_with(**changes: Any) -> Callable[[Repository], object]:
    arguments: dict[str, Any] = {
        "workflow": WF,
        "submission": submission(text="Laporan baru"),
        "tracking_id": "KPG-NEW-1",
        "at": T0,
        "actor": SYSTEM,
        "idempotency_key": "k-2",
    }
    arguments.update(changes)
    workflow = arguments.pop("workflow")
    sub = arguments.pop("submission")
    return lambda repo: repo.receive(workflow, sub, **arguments)


def _calls() -> Iterator[tuple[str, Callable[[Repository, object], object]]]:
    yield "get.tracking_id", lambda r, v: r.get(v)
    yield "find_by_key.key", lambda r, v: r.find_by_key(v)
    yield "add.complaint", lambda r, v: r.add(v)
    yield "append.complaint", lambda r, v: r.append(v, expected_version=2)
    yield "append.expected_version", lambda r, v: r.append(NEXT, expected_version=v)
    yield "page.query", lambda r, v: r.page(v)
    yield "page.limit", lambda r, v: r.page(Query(), limit=v)
    yield "page.after", lambda r, v: r.page(Query(), after=v) if v is not None else None
    yield "counts.query", lambda r, v: r.counts(v) if v is not None else None
    yield "update.change", lambda r, v: r.update(STORED.tracking_id, v)
    yield "update.attempts", lambda r, v: r.update(STORED.tracking_id, lambda c: c, attempts=v)
    yield "import_lines.lines", lambda r, v: r.import_lines(v, batch_size=0)
    yield "import_lines.batch_size", lambda r, v: r.import_lines([], batch_size=v)
    yield "refresh_derived.batch_size", lambda r, v: r.refresh_derived(batch_size=v)
    yield "refresh_derived.every_row", lambda r, v: r.refresh_derived(every_row=v)
    yield "receive.workflow", lambda r, v: _receive_with(workflow=v)(r)
    yield "receive.submission", lambda r, v: _receive_with(submission=v)(r)
    yield "receive.tracking_id", lambda r, v: _receive_with(tracking_id=v)(r)
    yield "receive.at", lambda r, v: _receive_with(at=v)(r)
    yield "receive.actor", lambda r, v: _receive_with(actor=v)(r)
    yield "query.statuses", lambda r, v: Query(statuses=v)
    yield "query.unit", lambda r, v: Query(unit=v) if v is not None else None
    yield "query.channel", lambda r, v: Query(channel=v) if v is not None else None
    yield "query.now", lambda r, v: Query(overdue=True, now=v)
    yield "query.due_within_days", lambda r, v: Query(due_within_days=v) if v is not None else None
    yield "repository.url", lambda r, v: Repository(v)
    yield "repository.pseudonym_key", lambda r, v: Repository("sqlite://", pseudonym_key=v)


CASES = [
    pytest.param(call, value, id=f"{where}-{name}")
    for where, call in _calls()
    for name, value in WRONG_TYPES
]


@pytest.mark.parametrize(("call", "value"), CASES)
def test_every_argument_with_every_wrong_type(repo: Repository, call: Any, value: object) -> None:
    before = _state(repo)
    result = outcome(call, repo, value)
    if isinstance(result, Repository):  # a valid value: pseudonym_key=None
        result.close()
    if isinstance(result, PengaduanError):
        assert isinstance(result, ArgumentError | ConflictError | NotFoundError | IntegrityError), (
            type(result)
        )
    assert _state(repo) == before


@pytest.mark.parametrize(("name", "text"), HOSTILE_TEXTS, ids=[n for n, _ in HOSTILE_TEXTS])
def test_hostile_texts(repo: Repository, name: str, text: str) -> None:
    before = _state(repo)
    for call in (
        lambda: repo.get(text),
        lambda: repo.find_by_key(text),
        lambda: repo.page(Query(unit=text)),
        lambda: repo.page(Query(reporter=text)),
        lambda: repo.page(Query(), after=text),
    ):
        result = outcome(call)
        assert (
            result is None
            or isinstance(result, ArgumentError | NotFoundError | SerializationError)
            or hasattr(result, "items")
        ), type(result)
    assert _state(repo) == before


@pytest.mark.parametrize(
    "typed",
    [
        "081339001122",
        "0813-3900-1122",
        "+62 813 3900 1122",
        "maria.tefa@example.org",
        "5371012345670001",
        "5371-0123-4567-0001",
        "Maria Tefa",
    ],
)
def test_an_id_typed_into_a_lookup_is_never_repeated_by_its_error(
    repo: Repository, typed: str
) -> None:
    # A reporter types a phone, an email or a NIK where the tracking id belongs; the app passes
    # it to get() and logs the error.
    with pytest.raises(PengaduanError) as caught:
        repo.get(typed)
    error = caught.value
    shown = [str(error), repr(error), error.message("en")]
    if " " in typed:  # not an id at all
        assert isinstance(error, ArgumentError)
    else:
        assert isinstance(error, NotFoundError)
        assert "tracking id" in error.message("en")
        shown.append(str(error.key))
    for text in shown:
        assert typed not in text
        assert typed.replace("-", "") not in text.replace("-", "")


def test_an_unknown_tracking_id_is_named_by_its_error(repo: Repository) -> None:
    with pytest.raises(NotFoundError) as caught:
        repo.get("KPG-2025-000999")
    assert caught.value.key == "KPG-2025-000999"
    assert "'KPG-2025-000999'" in caught.value.message("en")
