""" "My complaints" by phone number, on every backend: a phone written in any common way finds
the reporter's complaints, whether the phone was the identity (web form) or the SMS gateway
replaced it with a keyed pseudonym under the repository's key, and the phone is never stored in
a queryable column."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from tests.helpers import WF
from tests.repo_helpers import opened

from pengaduan.errors import ArgumentError
from pengaduan.identity import reporter_pseudonym
from pengaduan.intake import SmsGateway
from pengaduan.model import Actor, Channel, Reporter, Submission
from pengaduan.store import Query

if TYPE_CHECKING:
    from collections.abc import Iterator

WITA = ZoneInfo("Asia/Makassar")
KEY = b"k" * 32
OTHER_KEY = b"o" * 32
AT = datetime(2025, 3, 3, 10, tzinfo=WITA)
WRITINGS = [
    "+6281239001122",
    "081239001122",
    "0812-3900-1122",
    "0812 3900 1122",
    "+62 812-3900-1122",
    "6281239001122",
    "(0812) 3900.1122",
]


@pytest.fixture
def repo(backend: str, url: str) -> Iterator[Any]:
    with opened(backend, url, pseudonym_key=KEY) as repository:
        yield repository


def _by_sms(repo: Any, tracking_id: str, sender: str, key: bytes = KEY) -> None:
    gateway = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=key)
    inbound = gateway.submission("KOTKUPANG lampu jalan mati", sender=sender, received_at=AT)
    repo.receive(
        WF,
        inbound.submission,
        tracking_id=tracking_id,
        at=inbound.received_at,
        actor=Actor.system("sms"),
        idempotency_key=inbound.idempotency_key,
    )


def _by_web(repo: Any, tracking_id: str, reporter: Reporter) -> None:
    repo.receive(
        WF,
        Submission(text="Air mati", channel=Channel.WEB, reporter=reporter),
        tracking_id=tracking_id,
        at=AT,
        actor=Actor.system("web"),
    )


def _mine(repo: Any, reporter: str) -> list[str]:
    return [row.tracking_id for row in repo.page(Query(reporter=reporter)).items]


@pytest.mark.parametrize("writing", WRITINGS)
def test_sms_complaints_are_found_by_the_phone_in_any_writing(repo: Any, writing: str) -> None:
    _by_sms(repo, "SMS-1", "0812 3900 1122")
    _by_sms(repo, "SMS-2", "+6281239009999")  # someone else
    _by_web(repo, "WEB-1", Reporter(phone="0812-3900-1122"))  # the phone as the identity
    _by_web(repo, "WEB-2", Reporter(phone="0812-3900-1122", account_id="akun-1"))
    assert _mine(repo, writing) == ["SMS-1", "WEB-1"]
    assert _mine(repo, "akun-1") == ["WEB-2"]  # an account is matched by its id


def test_a_gateway_under_another_key_is_found_by_the_phone(repo: Any) -> None:
    # Its account id is the other key's pseudonym of the phone; the row is stored under the
    # repository's own, which is what a lookup by the phone computes (also after a rotation).
    _by_sms(repo, "SMS-OTHER", "0812 3900 1122", key=OTHER_KEY)
    assert _mine(repo, "+6281239001122") == ["SMS-OTHER"]
    assert _mine(repo, reporter_pseudonym("+6281239001122", key=KEY)) == ["SMS-OTHER"]
    assert _mine(repo, reporter_pseudonym("+6281239001122", key=OTHER_KEY)) == []


def test_the_phone_is_not_stored_in_the_reporter_column(repo: Any, url: str) -> None:
    _by_sms(repo, "SMS-1", "0812 3900 1122")
    _by_web(repo, "WEB-1", Reporter(phone="0812-3900-1122"))
    engine = sa.create_engine(url.replace("+aiosqlite", ""))
    try:
        with engine.connect() as conn:
            stored = list(conn.exec_driver_sql("SELECT reporter FROM complaints").scalars())
    finally:
        engine.dispose()
    assert len(stored) == 2
    assert all(value.startswith("psn-") and "3900" not in value for value in stored)


def test_a_number_that_is_not_a_phone_is_matched_as_written(repo: Any) -> None:
    _by_web(repo, "WEB-NUM", Reporter(account_id="12345"))
    assert _mine(repo, "12345") == ["WEB-NUM"]
    assert _mine(repo, "0812-0000") == []


@pytest.mark.parametrize(
    "value",
    ["", "   ", "a\nb", "x" * 129, 6281239001122, b"0812"],
    ids=["empty", "blank", "newline", "too-long", "int", "bytes"],
)
def test_a_bad_reporter_filter_is_refused(value: object) -> None:
    with pytest.raises(ArgumentError):
        Query(reporter=value)  # type: ignore[arg-type]
