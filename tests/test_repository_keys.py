"""The pseudonym key a repository opens with is the one its rows were written with; rotation.

On SQLite and PostgreSQL, sync and async: the first keyed open records the key's fingerprint,
another key is refused before anything is written, an old database's first key is checked
against its stored pseudonyms, and a rotation rewrites every pseudonym (resumably).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from alembic import command
from tests.helpers import SYSTEM, WF, received, step, submission
from tests.hostile_helpers import (
    SECRETS,
    WRONG_TYPES,
    named_wrong_type_cases,
    raises_typed,
    refused_naming,
)
from tests.repo_helpers import database_url, opened

from pengaduan.errors import ArgumentError, ConfigurationError, StorageError
from pengaduan.identity import reporter_pseudonym
from pengaduan.intake import SmsGateway
from pengaduan.model import Actor, Reporter
from pengaduan.store import (
    KeyProblem,
    KeyRotationReport,
    PseudonymKeyError,
    Query,
    Repository,
    _keycheck,
    _migrate,
)
from pengaduan.store._pseudonym_key import key_fingerprint
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pengaduan.model import Complaint

KEY = bytes(range(32))
OTHER = bytes(range(100, 132))
NEW = b"kunci-baru-kantor-2026-rotasi..."
KEY_TEXTS = tuple(
    text
    for key in (KEY, OTHER, NEW)
    for text in (repr(key), key.hex(), key_fingerprint(key), key_fingerprint(key)[3:])
)
CLEAN = (*SECRETS, *KEY_TEXTS)

PHONE = "+6281339001122"
AT = datetime(2025, 3, 3, 10, tzinfo=UTC)
EMAIL = "warga.oebobo@contoh.id"


def _sql(url: str, statement: str) -> list[Any]:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.execute(sa.text(statement))
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _settings_rows(url: str) -> list[Any]:
    return _sql(url, "SELECT name, value FROM store_settings ORDER BY name")


def _complaints() -> list[Complaint]:
    """Reporters known by an account id, a phone only, an e-mail only."""
    return [
        received("KPG-KEY-1"),  # account id akun-7781
        received("KPG-KEY-2", reporter=Reporter(phone="0813-3900-1122")),
        received("KPG-KEY-3", reporter=Reporter(email=EMAIL)),
        received("KPG-KEY-4", reporter=Reporter(phone=PHONE)),
        received("KPG-KEY-5", reporter=Reporter(name="Tanpa Kontak")),  # no identity
    ]


def _found(repo: Any) -> dict[str, list[str]]:
    """Which complaints each reporter lookup finds."""
    return {
        identity: [row.tracking_id for row in repo.page(Query(reporter=identity)).items]
        for identity in ("akun-7781", PHONE, EMAIL)
    }


FOUND = {
    "akun-7781": ["KPG-KEY-1"],
    PHONE: ["KPG-KEY-2", "KPG-KEY-4"],
    EMAIL: ["KPG-KEY-3"],
}


def _refused(call: Any, *args: Any, reason: KeyProblem, **kwargs: Any) -> PseudonymKeyError:
    error = raises_typed(call, *args, secrets=CLEAN, **kwargs)
    assert isinstance(error, PseudonymKeyError), type(error).__name__
    assert isinstance(error, ConfigurationError)
    assert error.code == "pseudonym-key"
    assert error.reason is reason
    for text in KEY_TEXTS:
        assert text not in repr(error)
        assert text not in str(error)
    return error


def _open(backend: str, url: str, **options: Any) -> None:
    with opened(backend, url, **options):
        pass


# -- opening ----------------------------------------------------------------------------------


def test_the_first_keyed_open_records_the_fingerprint_and_the_key_opens_again(
    backend: str, url: str
) -> None:
    with opened(backend, url) as bare:
        bare.add(received("KPG-KEY-0", reporter=Reporter(name="Tanpa Kontak")))
    assert _settings_rows(url) == []  # no key, nothing recorded
    with opened(backend, url, pseudonym_key=KEY) as repo:
        for complaint in _complaints():
            repo.add(complaint)
        assert _found(repo) == FOUND
    ((name, value),) = _settings_rows(url)
    assert (name, value) == ("pseudonym_key", key_fingerprint(KEY))
    assert value.startswith("v1:")
    assert KEY.hex() not in value
    with opened(backend, url, pseudonym_key=KEY) as again:
        assert _found(again) == FOUND


def test_another_key_is_refused_at_open_and_nothing_is_written(backend: str, url: str) -> None:
    with opened(backend, url, pseudonym_key=KEY) as repo:
        repo.add(_complaints()[0])
    before = (_settings_rows(url), _sql(url, "SELECT tracking_id, reporter FROM complaints"))
    _refused(_open, backend, url, pseudonym_key=OTHER, reason=KeyProblem.MISMATCH)
    assert (_settings_rows(url), _sql(url, "SELECT tracking_id, reporter FROM complaints")) == (
        before
    )


def test_without_a_key_reads_and_appends_work_and_new_reporters_are_refused(
    backend: str, url: str
) -> None:
    complaint = _complaints()[0]
    with opened(backend, url, pseudonym_key=KEY) as repo:
        repo.add(complaint)
    with opened(backend, url) as bare:
        assert bare.get("KPG-KEY-1") == complaint
        assert bare.count() == 1
        verified = step(complaint, Action.VERIFIKASI)
        bare.append(verified, expected_version=1)  # the stored pseudonym stays
        _refused(bare.add, _complaints()[1], reason=KeyProblem.MISSING)
        _refused(
            bare.receive,
            WF,
            submission(reporter=Reporter(phone=PHONE)),
            tracking_id="KPG-KEY-9",
            at=complaint.received_at,
            actor=SYSTEM,
            reason=KeyProblem.MISSING,
        )
        bare.add(_complaints()[4])  # no identity: nothing to pseudonymise
        assert bare.count() == 2
    with opened(backend, url, pseudonym_key=KEY) as repo:
        assert _found(repo)["akun-7781"] == ["KPG-KEY-1"]


# -- databases written before the fingerprint ---------------------------------------------------


def _as_before_0006(url: str, *complaints: Complaint) -> None:
    """``complaints`` stored under ``KEY``, then the schema taken back to revision 0005."""
    with Repository(url, pseudonym_key=KEY) as repo:
        for complaint in complaints:
            repo.add(complaint)
        with repo.engine.begin() as conn:
            command.downgrade(_migrate._config(conn), "0005")


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_an_old_database_records_the_first_key_that_reproduces_its_pseudonyms(
    database: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    cluster = request.getfixturevalue("pg_cluster") if database == "postgresql" else None
    url = database_url(database, tmp_path, cluster)
    _as_before_0006(url, *_complaints())
    engine = sa.create_engine(url)
    try:
        assert "store_settings" not in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()
    # A wrong key reproduces none of the stored pseudonyms: refused, nothing recorded.
    _refused(Repository, url, pseudonym_key=OTHER, reason=KeyProblem.UNCONFIRMED)
    assert _settings_rows(url) == []
    with Repository(url, pseudonym_key=KEY) as repo:
        assert _found(repo) == FOUND
    assert _settings_rows(url) == [("pseudonym_key", key_fingerprint(KEY))]
    _refused(Repository, url, pseudonym_key=OTHER, reason=KeyProblem.MISMATCH)


def test_a_pseudonym_of_the_phone_as_written_by_an_older_release_confirms_the_key(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _as_before_0006(url, _complaints()[1])
    written = reporter_pseudonym("0813-3900-1122", key=KEY)
    _sql(url, f"UPDATE complaints SET reporter = '{written}', derivation = NULL")  # noqa: S608
    _refused(Repository, url, pseudonym_key=OTHER, reason=KeyProblem.UNCONFIRMED)
    Repository(url, pseudonym_key=KEY).close()
    assert _settings_rows(url) == [("pseudonym_key", key_fingerprint(KEY))]


def test_without_a_key_an_old_database_holding_pseudonyms_refuses_new_reporters(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _as_before_0006(url, _complaints()[0])
    with Repository(url) as bare:
        _refused(bare.add, _complaints()[2], reason=KeyProblem.MISSING)
        bare.add(_complaints()[4])  # no identity
        assert bare.count() == 2
    assert _settings_rows(url) == []  # a repository without a key records nothing


def test_an_old_database_without_pseudonyms_trusts_its_first_key(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Repository(url) as repo:
        repo.add(_complaints()[0])
        with repo.engine.begin() as conn:
            command.downgrade(_migrate._config(conn), "0005")
    Repository(url, pseudonym_key=OTHER).close()
    assert _settings_rows(url) == [("pseudonym_key", key_fingerprint(OTHER))]


# -- rotation -------------------------------------------------------------------------------------


def _stored_pseudonyms(url: str) -> set[str]:
    return {row[0] for row in _sql(url, "SELECT reporter FROM complaints") if row[0] is not None}


def test_a_rotation_rewrites_every_pseudonym_and_records_the_new_key(
    backend: str, url: str
) -> None:
    with opened(backend, url, pseudonym_key=KEY) as repo:
        for complaint in _complaints():
            repo.add(complaint)
        old = _stored_pseudonyms(url)
        report = repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW, batch_size=2)
        assert report == KeyRotationReport(checked=4, rotated=4)
        assert _found(repo) == FOUND  # the repository writes and reads with the new key now
        repo.add(received("KPG-KEY-6", reporter=Reporter(email=EMAIL)))
    assert _stored_pseudonyms(url).isdisjoint(old)
    assert _settings_rows(url) == [("pseudonym_key", key_fingerprint(NEW))]
    with opened(backend, url, pseudonym_key=NEW) as repo:
        assert _found(repo) == FOUND | {EMAIL: ["KPG-KEY-3", "KPG-KEY-6"]}
        # Done: the same rotation again changes nothing.
        assert repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW) == KeyRotationReport()
    _refused(_open, backend, url, pseudonym_key=KEY, reason=KeyProblem.MISMATCH)
    old_lookups = {reporter_pseudonym(i, key=KEY) for i in ("akun-7781", PHONE, EMAIL)}
    assert _stored_pseudonyms(url).isdisjoint(old_lookups)


def test_after_a_rotation_sms_complaints_are_found_by_the_phone(backend: str, url: str) -> None:
    # The gateway put the old key's pseudonym of the phone in the record's account id, which
    # the rotation cannot change (the history is the truth); the phone still finds them.
    def by_sms(repo: Any, tracking_id: str, key: bytes) -> None:
        gateway = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=key)
        inbound = gateway.submission(
            "KOTKUPANG lampu jalan mati", sender="0812 3900 1122", received_at=AT
        )
        repo.receive(
            WF, inbound.submission, tracking_id=tracking_id, at=AT, actor=Actor.system("sms")
        )

    with opened(backend, url, pseudonym_key=KEY) as repo:
        by_sms(repo, "SMS-LAMA", KEY)
        repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
        by_sms(repo, "SMS-BARU", NEW)  # the gateway now has the new key too
        assert [r.tracking_id for r in repo.page(Query(reporter="0812-3900-1122")).items] == [
            "SMS-BARU",
            "SMS-LAMA",
        ]
        new_id = reporter_pseudonym("+6281239001122", key=NEW)
        assert len(repo.page(Query(reporter=new_id)).items) == 2


def test_a_rotation_from_a_key_that_is_not_the_database_s_changes_nothing(
    backend: str, url: str
) -> None:
    with opened(backend, url, pseudonym_key=KEY) as repo:
        repo.add(_complaints()[0])
    before = (_settings_rows(url), _stored_pseudonyms(url))
    with opened(backend, url) as bare:
        _refused(bare.rotate_pseudonym_key, old_key=OTHER, new_key=NEW, reason=KeyProblem.MISMATCH)
    assert (_settings_rows(url), _stored_pseudonyms(url)) == before


def test_an_interrupted_rotation_is_continued_with_the_same_keys(
    backend: str, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opened(backend, url, pseudonym_key=KEY) as repo:
        for complaint in _complaints():
            repo.add(complaint)
    real = _keycheck.derived_columns

    def fails_on_the_third(settings: Any, complaint: Complaint, *kinds: Any) -> Any:
        if complaint.tracking_id == "KPG-KEY-3":
            raise StorageError(reason="unavailable", detail="the server went away")
        return real(settings, complaint, *kinds)

    monkeypatch.setattr(_keycheck, "derived_columns", fails_on_the_third)
    with opened(backend, url) as bare, pytest.raises(StorageError):
        bare.rotate_pseudonym_key(old_key=KEY, new_key=NEW, batch_size=2)
    monkeypatch.setattr(_keycheck, "derived_columns", real)
    names = [name for name, _ in _settings_rows(url)]
    assert names == ["pseudonym_key", "pseudonym_key_rotated_until", "pseudonym_key_rotation"]
    # Half the rows hold the new key's pseudonyms: neither key opens until it is finished.
    _refused(_open, backend, url, pseudonym_key=KEY, reason=KeyProblem.ROTATING)
    _refused(_open, backend, url, pseudonym_key=NEW, reason=KeyProblem.ROTATING)
    with opened(backend, url) as bare:
        _refused(
            bare.rotate_pseudonym_key, old_key=KEY, new_key=OTHER, reason=KeyProblem.ROTATION_KEYS
        )
        _refused(bare.add, received("KPG-KEY-7"), reason=KeyProblem.MISSING)
        report = bare.rotate_pseudonym_key(old_key=KEY, new_key=NEW, batch_size=2)
    assert report == KeyRotationReport(checked=2, rotated=2, resumed=True)  # the last batch
    assert _settings_rows(url) == [("pseudonym_key", key_fingerprint(NEW))]
    with opened(backend, url, pseudonym_key=NEW) as repo:
        assert _found(repo) == FOUND


def test_a_row_whose_history_does_not_verify_keeps_its_pseudonym_and_is_reported(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'tampered.db'}"
    with Repository(url, pseudonym_key=KEY) as repo:
        for complaint in _complaints()[:3]:
            repo.add(complaint)
    _sql(
        url,
        "UPDATE complaints SET record = replace(record, 'Puskesmas', 'PUSKESMAS') "
        "WHERE tracking_id = 'KPG-KEY-2'",
    )
    (stored,) = _sql(url, "SELECT reporter FROM complaints WHERE tracking_id = 'KPG-KEY-2'")
    with Repository(url) as bare:
        report = bare.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
    assert report == KeyRotationReport(checked=3, rotated=2, unverified=("KPG-KEY-2",))
    assert _sql(url, "SELECT reporter FROM complaints WHERE tracking_id = 'KPG-KEY-2'") == [stored]


# -- arguments ------------------------------------------------------------------------------------


def _rotate_in_memory(**arguments: Any) -> Any:
    with Repository("sqlite://") as repository:
        return repository.rotate_pseudonym_key(**{"old_key": KEY, "new_key": NEW, **arguments})


@pytest.mark.parametrize(
    ("call", "value", "argument"),
    named_wrong_type_cases(
        {
            "old_key": lambda v: _rotate_in_memory(old_key=v),
            "new_key": lambda v: _rotate_in_memory(new_key=v),
            "batch_size": lambda v: _rotate_in_memory(batch_size=v),
        },
        {"old_key": {"bytes"}, "new_key": {"bytes"}, "batch_size": {"int"}},
    ),
)
def test_wrong_types_are_typed_errors(call: Any, value: Any, argument: str) -> None:
    refused_naming(call, value, argument)


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        ({"old_key": b"short"}, "old_key"),
        ({"new_key": b"x" * 1025}, "new_key"),
        ({"new_key": KEY}, "new_key"),
        ({"batch_size": 0}, "batch_size"),
    ],
    ids=["short-key", "long-key", "same-key", "zero-batch"],
)
def test_bad_values_are_refused_before_anything_is_read(
    arguments: dict[str, Any], argument: str
) -> None:
    error = raises_typed(_rotate_in_memory, secrets=CLEAN, **arguments)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


def test_the_fingerprint_reveals_no_pseudonym() -> None:
    fingerprint = key_fingerprint(KEY)
    assert fingerprint == key_fingerprint(bytes(KEY))
    assert fingerprint != key_fingerprint(OTHER)
    assert len(fingerprint) == 3 + 64
    # A pseudonym is 120 bits of an HMAC under the same key; none is a part of the fingerprint.
    for identity in ("akun-7781", PHONE, EMAIL, "pengaduan/pseudonym-key-fingerprint/v1"):
        assert reporter_pseudonym(identity, key=KEY)[4:] not in fingerprint


@pytest.fixture
def _no_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level("DEBUG")
    yield caplog
    for record in caplog.records:
        for text in KEY_TEXTS:
            assert text not in record.getMessage()


@pytest.mark.usefixtures("_no_logs")
def test_no_key_or_fingerprint_in_a_log_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'logs.db'}"
    with Repository(url, pseudonym_key=KEY) as repo:
        repo.add(_complaints()[1])
        repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
    _refused(Repository, url, pseudonym_key=KEY, reason=KeyProblem.MISMATCH)


@pytest.mark.parametrize("reason", list(KeyProblem), ids=str)
def test_each_reason_reads_as_one_line_in_both_languages(reason: KeyProblem) -> None:
    error = PseudonymKeyError(reason)
    assert error.reason is reason
    for language in ("id", "en"):
        assert "\n" not in error.message(language)
    assert repr(error) == f"PseudonymKeyError(reason={reason.value!r})"


@pytest.mark.parametrize(
    "value",
    [pytest.param(v, id=n) for n, v in WRONG_TYPES] + [pytest.param("x", id="unknown-str")],
)
def test_a_reason_that_is_not_a_key_problem_is_refused(value: object) -> None:
    error = raises_typed(PseudonymKeyError, value)
    assert isinstance(error, ArgumentError)
    assert error.argument == "reason"
