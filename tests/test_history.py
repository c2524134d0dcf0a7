"""The digest chain detects any altered, removed, inserted or reordered event."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import attrs
import pytest
from tests.helpers import in_status

from pengaduan.errors import IntegrityError
from pengaduan.history import verify_history
from pengaduan.model import Actor, Attachment, Complaint, Location, Reporter
from pengaduan.workflow.profiles import Status


@pytest.fixture
def closed() -> Complaint:
    return in_status(Status.SELESAI)


def with_history(complaint: Complaint, history: tuple) -> Complaint:  # type: ignore[type-arg]
    return attrs.evolve(complaint, history=history)


def test_an_untouched_history_verifies(closed: Complaint) -> None:
    verify_history(closed)
    verify_history(closed, head=closed.head)


EVENT_EDITS = {
    "action": lambda e: attrs.evolve(e, action="arsipkan"),
    "to_status": lambda e: attrs.evolve(e, to_status="diarsipkan"),
    "actor": lambda e: attrs.evolve(e, actor=Actor.admin("orang-lain")),
    "at": lambda e: attrs.evolve(e, at=e.at + timedelta(microseconds=1)),
    "payload": lambda e: attrs.evolve(e, payload='{"units":["dinas-lain"]}'),
    "idempotency_key": lambda e: attrs.evolve(e, idempotency_key="k"),
    "digest": lambda e: attrs.evolve(e, digest="0" * 64),
}


@pytest.mark.parametrize("field", sorted(EVENT_EDITS))
@pytest.mark.parametrize("index", [0, 1, 3])
def test_an_altered_event_is_detected(closed: Complaint, field: str, index: int) -> None:
    history = list(closed.history)
    history[index] = EVENT_EDITS[field](history[index])
    with pytest.raises(IntegrityError) as info:
        verify_history(with_history(closed, tuple(history)))
    assert info.value.sequence <= index + 1
    assert info.value.complaint_id == closed.tracking_id


@pytest.mark.parametrize(
    "change",
    [
        {"text": "teks lain"},
        {"privacy": None},
        {"reporter": Reporter(name="orang lain")},
        {"category": "jalan"},
        {"tracking_id": "KPG-LAIN"},
    ],
    ids=lambda c: next(iter(c)),
)
def test_an_altered_record_is_detected(closed: Complaint, change: dict[str, object]) -> None:
    with pytest.raises(IntegrityError) as info:
        verify_history(attrs.evolve(closed, **change))
    assert info.value.sequence == 1


@pytest.mark.usefixtures("english")
def test_removed_event_is_detected(closed: Complaint) -> None:
    history = closed.history[:1] + closed.history[2:]
    with pytest.raises(IntegrityError, match="sequence number"):
        verify_history(with_history(closed, history))


def test_removed_and_renumbered_event_is_detected(closed: Complaint) -> None:
    rest = [attrs.evolve(e, sequence=e.sequence - 1) for e in closed.history[2:]]
    with pytest.raises(IntegrityError):
        verify_history(with_history(closed, (closed.history[0], *rest)))


def test_reordered_events_are_detected(closed: Complaint) -> None:
    h = closed.history
    swapped = (h[0], h[2], h[1], h[3])
    with pytest.raises(IntegrityError):
        verify_history(with_history(closed, swapped))


def test_inserted_event_is_detected(closed: Complaint) -> None:
    h = closed.history
    with pytest.raises(IntegrityError):
        verify_history(with_history(closed, (h[0], h[1], h[1], h[2], h[3])))


def test_truncation_at_the_end_needs_the_stored_head(closed: Complaint) -> None:
    cut = with_history(closed, closed.history[:-1])
    verify_history(cut)  # a shorter chain is still a valid chain...
    with pytest.raises(IntegrityError, match="hilang di akhir"):
        verify_history(cut, head=closed.head)  # ...but not the one the app stored


def test_empty_history_is_refused(closed: Complaint) -> None:
    with pytest.raises(IntegrityError, match="riwayat kosong"):
        verify_history(with_history(closed, ()))


def test_events_out_of_time_order_are_refused(closed: Complaint) -> None:
    h = list(closed.history)
    h[2] = attrs.evolve(h[2], at=h[0].at - timedelta(days=1))
    with pytest.raises(IntegrityError, match="lebih awal"):
        verify_history(with_history(closed, tuple(h)))


def record_variants(complaint: Complaint):  # type: ignore[no-untyped-def]
    """One variant of the complaint per field of the record, each differing in that field only."""
    for field in attrs.fields(Reporter):
        yield (
            f"reporter.{field.name}",
            attrs.evolve(
                complaint, reporter=attrs.evolve(complaint.reporter, **{field.name: "berbeda"})
            ),
        )
    base_location = complaint.location or Location()
    for field in attrs.fields(Location):
        yield (
            f"location.{field.name}",
            attrs.evolve(
                complaint, location=attrs.evolve(base_location, **{field.name: "berbeda"})
            ),
        )
    attachment = Attachment(media_type="image/png", size_bytes=1, sha256="a" * 64, filename="x")
    with_one = attrs.evolve(complaint, attachments=(attachment,))
    yield "attachments", with_one
    for field in attrs.fields(Attachment):
        value = {"size_bytes": 2, "media_type": "image/jpeg", "sha256": "b" * 64}.get(
            field.name, "berbeda"
        )
        yield (
            f"attachment.{field.name}",
            attrs.evolve(complaint, attachments=(attrs.evolve(attachment, **{field.name: value}),)),
        )
    for field in attrs.fields(Complaint):
        if field.name in {"reporter", "location", "attachments", "history"}:
            continue
        value = {"classification": "aspirasi", "channel": "web", "privacy": "publik"}.get(
            field.name, "berbeda"
        )
        yield field.name, attrs.evolve(complaint, **{field.name: value})


def test_every_record_field_is_covered_by_the_digest(closed: Complaint) -> None:
    seen = {closed.record_digest()}
    for name, variant in record_variants(closed):
        digest = variant.record_digest()
        assert digest not in seen, f"changing {name} does not change the record digest"
        seen.add(digest)


def test_record_encoding_is_unambiguous(closed: Complaint) -> None:
    # Moving text between adjacent fields must change the digest.
    a = attrs.evolve(closed, text="ab", subject="c")
    b = attrs.evolve(closed, text="a", subject="bc")
    c = attrs.evolve(closed, text="a\x1f1:b", subject=None)
    assert len({a.record_digest(), b.record_digest(), c.record_digest()}) == 3


def test_trusted_events_equal_checked_ones(closed: Complaint) -> None:
    from pengaduan.model import Event, trusted_event  # noqa: PLC0415 - internal helper

    # The fast constructor takes values in field order: pin that order here.
    assert [f.name for f in attrs.fields(Event)] == [
        "sequence",
        "action",
        "from_status",
        "to_status",
        "actor",
        "at",
        "payload",
        "idempotency_key",
        "digest",
    ]
    for event in closed.history:
        values = [getattr(event, f.name) for f in attrs.fields(Event)]
        fast = trusted_event(*values)
        assert fast == event
        assert repr(fast) == repr(event)
        assert hash(fast) == hash(event)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            fast.action = "x"  # type: ignore[misc]


def _documented_record_encoding(c: Complaint) -> str:
    # The encoding as Complaint.record_digest documents it, written out independently.
    def part(value: str | None) -> str:
        return "~" if value is None else f"{len(value)}:{value}"

    r, loc = c.reporter, c.location
    values: list[str | None] = [
        "pengaduan/v1",
        c.tracking_id,
        c.classification.value,
        c.channel.value,
        c.text,
        c.subject,
        r.name,
        r.phone,
        r.email,
        r.nik,
        r.address,
        r.account_id,
        None if c.privacy is None else c.privacy.value,
        c.category,
    ]
    if loc is None:
        values.append(None)
    else:
        values += ["location", loc.kelurahan, loc.kecamatan, loc.city, loc.address]
    values.append(str(len(c.attachments)))
    for a in c.attachments:
        values += [a.media_type, str(a.size_bytes), a.sha256, a.filename]
    return "\x1f".join(part(v) for v in values)


@pytest.mark.parametrize("text_length", [0, 1, 255, 256, 2000])
def test_record_digest_follows_the_documented_encoding(closed: Complaint, text_length: int) -> None:
    variants = [
        attrs.evolve(closed, text="é" * text_length),
        attrs.evolve(
            closed,
            text="x" * text_length,
            subject="s" * 300,
            reporter=Reporter(),
            privacy=None,
            location=Location(city="Kota Kupang", address="Jl. El Tari"),
            attachments=(
                Attachment(media_type="image/png", size_bytes=10, sha256="ab" * 32),
                Attachment(media_type="image/jpeg", size_bytes=0, sha256="cd" * 32, filename="a"),
            ),
        ),
    ]
    for variant in variants:
        expected = hashlib.sha256(_documented_record_encoding(variant).encode()).hexdigest()
        assert variant.record_digest() == expected


def test_drafted_records_equal_checked_ones(closed: Complaint) -> None:
    from pengaduan.model import trusted_complaint, trusted_reporter  # noqa: PLC0415 - internal

    reporter = Reporter(name="Yohanes", phone="+6281200000000")
    fast_reporter = trusted_reporter(*(getattr(reporter, f.name) for f in attrs.fields(Reporter)))
    assert fast_reporter == reporter
    assert hash(fast_reporter) == hash(reporter)
    assert repr(fast_reporter) == repr(reporter)
    fast = trusted_complaint(*(getattr(closed, f.name) for f in attrs.fields(Complaint)))
    assert type(fast) is Complaint
    assert fast == closed
    assert hash(fast) == hash(closed)
    assert repr(fast) == repr(closed)
    for obj in (fast, fast_reporter):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            obj.text = "x"  # type: ignore[union-attr]
