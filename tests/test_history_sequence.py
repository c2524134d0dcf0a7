"""The History sequence: reads like a tuple, never changes, appends in constant time."""

from __future__ import annotations

import pickle
import threading
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ADMIN, REPORTER, UNIT, WF, in_status, received, step
from tests.hostile_helpers import WRONG_TYPES, raises_typed

from pengaduan.errors import ArgumentError
from pengaduan.history import verify_history
from pengaduan.model import History
from pengaduan.workflow.profiles import Action, Status


def test_it_reads_like_a_tuple() -> None:
    complaint = in_status(Status.DITINDAKLANJUTI)
    history = complaint.history
    as_tuple = tuple(history)
    assert len(history) == len(as_tuple) == 3
    assert history[0] is as_tuple[0]
    assert history[-1] is as_tuple[-1]
    assert history[1:] == as_tuple[1:]
    assert isinstance(history[1:], tuple)
    assert list(reversed(history)) == list(reversed(as_tuple))
    assert history == as_tuple
    assert history == History(as_tuple)
    assert history + (as_tuple[0],) == (*as_tuple, as_tuple[0])  # noqa: RUF005 - the operator
    assert (as_tuple[0],) + history == (as_tuple[0], *as_tuple)  # noqa: RUF005 - the operator
    assert hash(history) == hash(History(as_tuple))
    assert "events" in repr(history)
    with pytest.raises(IndexError):
        history[3]
    with pytest.raises(IndexError):
        history[-4]


def test_appending_leaves_the_older_history_as_it_was() -> None:
    before = in_status(Status.DIDISPOSISIKAN)
    after = step(before, Action.TINDAK_LANJUT)
    assert len(before.history) == 2
    assert len(after.history) == 3
    assert tuple(before.history) == tuple(after.history)[:2]
    assert before.status == Status.DIDISPOSISIKAN
    verify_history(before)
    verify_history(after)


def test_two_writers_on_the_same_version_each_get_their_own_history() -> None:
    base = in_status(Status.DIDISPOSISIKAN)
    first = step(base, Action.TINDAK_LANJUT, response="jawaban satu")
    second = step(base, Action.TANGGAPI, message="pesan dua")
    third = step(first, Action.TANGGAPI, message="pesan tiga")
    assert [e.action for e in first.history] == ["terima", "verifikasi", "tindak_lanjut"]
    assert [e.action for e in second.history] == ["terima", "verifikasi", "tanggapi"]
    assert [e.action for e in third.history] == [
        "terima",
        "verifikasi",
        "tindak_lanjut",
        "tanggapi",
    ]
    for complaint in (base, first, second, third):
        verify_history(complaint)


def test_what_is_asked_most_follows_each_branch() -> None:
    base = in_status(Status.DIDISPOSISIKAN)
    at = base.updated_at + timedelta(hours=1)
    moved = WF.apply(base, Action.DISPOSISI_ULANG, at=at, actor=ADMIN, units=["rsud"])
    kept = WF.apply(base, Action.TANGGAPI, at=at, actor=REPORTER, message="ok", idempotency_key="k")
    assert moved.units == ("rsud",)
    assert kept.units == base.units == ("dinkes",)
    assert kept.history.with_key("k") is kept.history[-1]
    assert base.history.with_key("k") is None
    assert moved.history.with_key("k") is None
    hidden = WF.change_privacy(kept, privacy="rahasia", reason="diminta", at=at, actor=ADMIN)
    assert hidden.effective_privacy == "rahasia"
    assert kept.effective_privacy == base.effective_privacy == "anonim"


def test_loaded_histories_find_their_facts_lazily() -> None:
    from pengaduan.serialization import from_json, to_json  # noqa: PLC0415

    original = WF.apply(
        in_status(Status.DIDISPOSISIKAN),
        Action.TINDAK_LANJUT,
        at=in_status(Status.DIDISPOSISIKAN).updated_at + timedelta(hours=1),
        actor=UNIT,
        response="ok",
        idempotency_key="req-9",
    )
    loaded = from_json(to_json(original))
    assert loaded.units == ("dinkes",)
    assert loaded.history.with_key("req-9") == original.history[-1]
    again = WF.apply(
        loaded,
        Action.TINDAK_LANJUT,
        at=loaded.updated_at,
        actor=UNIT,
        response="ok",
        idempotency_key="req-9",
    )
    assert again is loaded


def test_it_pickles_and_survives_threads() -> None:
    base = received()
    copy = pickle.loads(pickle.dumps(base))  # noqa: S301 - our own value
    assert copy == base
    results = []

    def verify_and_append() -> None:
        c = WF.apply(base, Action.VERIFIKASI, at=base.updated_at, actor=ADMIN, units=["dinkes"])
        results.append(c)

    threads = [threading.Thread(target=verify_and_append) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    for complaint in results:
        assert [e.action for e in complaint.history] == ["terima", "verifikasi"]
        verify_history(complaint)
    assert len(base.history) == 1


@pytest.mark.parametrize("value", [pytest.param(v, id=n) for n, v in WRONG_TYPES if n != "list"])
def test_a_history_holds_only_events(value: object) -> None:
    error = raises_typed(History, value if not isinstance(value, list | dict | set) else [value])
    assert isinstance(error, ArgumentError)


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=40))
def test_any_order_of_appends_matches_plain_tuples(parents: list[int]) -> None:
    """Append to earlier versions in any order: every version keeps exactly its events."""
    start = received()
    versions = [start]
    expected = [tuple(start.history)]
    for choice in parents:
        index = choice % len(versions)
        base = versions[index]
        nxt = WF.record_disclosure(
            base, at=base.updated_at, actor=UNIT, audience="unit", fields=["name"]
        )
        versions.append(nxt)
        expected.append((*expected[index], nxt.history[-1]))
    for complaint, events in zip(versions, expected, strict=True):
        assert tuple(complaint.history) == events
        assert complaint.history == events
