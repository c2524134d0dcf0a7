"""Value types that hold free text: reprs show kinds and lengths, never values; an attachment's
media type and digest have their shapes."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from tests.helpers import SYSTEM, T0, WF, submission
from tests.hostile_helpers import (
    SECRET_NAME,
    SECRET_NIK,
    SECRET_PHONE,
    SECRETS,
    outcome,
    raises_typed,
)

from pengaduan.errors import ArgumentError, IntegrityError
from pengaduan.model import Attachment, Location, Submission, stored_attachment
from pengaduan.serialization import from_dict, from_json, to_dict, to_json

DIGEST = hashlib.sha256(b"foto").hexdigest()
PLANTED = f"{SECRET_NAME} {SECRET_PHONE} {SECRET_NIK}"


def _assert_no_secret(text: str) -> None:
    for secret in (*SECRETS, PLANTED):
        assert secret not in text


@pytest.mark.parametrize("field", ["kelurahan", "kecamatan", "city", "address"])
def test_a_location_repr_shows_lengths_only(field: str) -> None:
    location = Location(**{field: PLANTED})
    shown = repr(location)
    _assert_no_secret(shown)
    assert f"{field}=<{len(PLANTED)} characters>" in shown
    assert repr(Location()) == "Location(kelurahan=None, kecamatan=None, city=None, address=None)"


def test_an_attachment_repr_shows_its_kind_and_size() -> None:
    photo = Attachment(media_type="image/jpeg", size_bytes=81_920, sha256=DIGEST, filename=PLANTED)
    assert repr(photo) == (
        "Attachment(media_type=<image/...>, size_bytes=81920, sha256=<hidden>, filename=<hidden>)"
    )
    odd = Attachment(media_type=f"x-{SECRET_PHONE}/y", size_bytes=1, sha256=DIGEST)
    assert repr(odd) == (
        "Attachment(media_type=<<another type>>, size_bytes=1, sha256=<hidden>, filename=None)"
    )
    leaky = Attachment(media_type=f"image/{SECRET_PHONE}", size_bytes=1, sha256=DIGEST)
    _assert_no_secret(repr(leaky))


def test_a_submission_repr_holds_no_free_text() -> None:
    made = Submission(
        text=PLANTED,
        channel="web",
        location=Location(kelurahan=PLANTED, address=PLANTED),
        attachments=[Attachment(media_type="image/png", size_bytes=1, sha256=DIGEST)],
        subject=PLANTED,
        category=PLANTED,
    )
    _assert_no_secret(repr(made))
    complaint = WF.receive(made, tracking_id="KPG-R-1", at=T0, actor=SYSTEM)
    _assert_no_secret(repr(complaint))


@pytest.mark.parametrize(
    "media_type",
    [
        pytest.param("image/jpeg", id="jpeg"),
        pytest.param("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        pytest.param("image/svg+xml", id="suffix"),
        pytest.param("Image/JPEG", id="upper-case"),
        pytest.param("video/x-msvideo", id="x-subtype"),
    ],
)
def test_media_types_are_type_and_subtype(media_type: str) -> None:
    assert Attachment(media_type=media_type, size_bytes=1, sha256=DIGEST).media_type == media_type


BAD_SHAPES = [
    pytest.param("media_type", "", id="type-empty"),
    pytest.param("media_type", "jpeg", id="type-no-subtype"),
    pytest.param("media_type", "image/", id="type-empty-subtype"),
    pytest.param("media_type", "/jpeg", id="type-empty-type"),
    pytest.param("media_type", "image/jpeg; charset=x", id="type-parameters"),
    pytest.param("media_type", "image/jpeg/x", id="type-two-slashes"),
    pytest.param("media_type", "image /jpeg", id="type-space"),
    pytest.param("media_type", PLANTED, id="type-free-text"),
    pytest.param("media_type", "image/" + "a" * 128, id="type-subtype-too-long"),
    pytest.param("media_type", "image/jpeg\n", id="type-newline"),
    pytest.param("sha256", "", id="digest-empty"),
    pytest.param("sha256", DIGEST.upper(), id="digest-upper-case"),
    pytest.param("sha256", DIGEST[:-1], id="digest-short"),
    pytest.param("sha256", DIGEST + "0", id="digest-long"),
    pytest.param("sha256", DIGEST[:-1] + "g", id="digest-not-hex"),
    pytest.param("sha256", f"KTP {SECRET_NAME} {SECRET_NIK}", id="digest-free-text"),
    pytest.param("sha256", DIGEST + "\n", id="digest-newline"),
]


@pytest.mark.parametrize(("field", "value"), BAD_SHAPES)
def test_bad_shapes_are_refused_without_repeating_them(field: str, value: str) -> None:
    fields: dict[str, Any] = {"media_type": "image/jpeg", "size_bytes": 1, "sha256": DIGEST}
    fields[field] = value
    error = raises_typed(Attachment, **fields)
    assert isinstance(error, ArgumentError)
    assert error.argument == field
    _assert_no_secret(str(error))
    if len(value.strip()) > len("image/jpeg"):  # the rule's own example may hold a short one
        assert value.strip() not in str(error)


def test_an_attachment_stored_before_the_shapes_were_checked_still_loads() -> None:
    # What an earlier version accepted and chained: any text as media type and digest.
    legacy = stored_attachment(media_type="foto", size_bytes=3, sha256="KTP-scan", filename="k")
    complaint = WF.receive(
        submission(attachments=[legacy]), tracking_id="KPG-ATT-1", at=T0, actor=SYSTEM
    )
    loaded = from_json(to_json(complaint), head=complaint.head)
    assert loaded == complaint
    (attachment,) = loaded.attachments
    assert (attachment.media_type, attachment.sha256) == ("foto", "KTP-scan")
    assert "KTP" not in repr(attachment)
    assert "foto" not in repr(attachment)
    document = to_dict(complaint)
    document["attachments"][0]["sha256"] = DIGEST  # an edit still breaks the chain
    with pytest.raises(IntegrityError):
        from_dict(document)


def test_stored_attachments_keep_the_type_and_text_checks() -> None:
    for fields in (
        {"media_type": 7, "size_bytes": 1, "sha256": DIGEST, "filename": None},
        {"media_type": "a/b", "size_bytes": -1, "sha256": DIGEST, "filename": None},
        {"media_type": "a/b", "size_bytes": 1, "sha256": "x\ud800", "filename": None},
        {"media_type": "a/b", "size_bytes": 1, "sha256": DIGEST, "filename": ["x"]},
    ):
        assert isinstance(outcome(stored_attachment, **fields), ArgumentError)
