"""`KnownIdentity.from_reporter`: a complaint's reporter as the identity a redactor hides."""

from __future__ import annotations

import pytest
from tests.hostile_helpers import (
    SECRET_EMAIL,
    SECRET_NAME,
    SECRET_NIK,
    SECRET_PHONE,
    refused_naming,
    wrong_type_cases,
)

from pengaduan import KnownIdentity, Redactor, Reporter
from pengaduan.errors import RedactionError

REDACTOR = Redactor.default()


@pytest.mark.parametrize(
    ("reporter", "expected"),
    [
        pytest.param(
            Reporter(name="Maria Ndun", phone="+6281333334444", email="m@contoh.id", nik="53"),
            KnownIdentity(
                names=["Maria Ndun"], phones=["+6281333334444"], emails=["m@contoh.id"], niks=["53"]
            ),
            id="every-field",
        ),
        pytest.param(
            Reporter(name="Maria Ndun", account_id="u-17", address="Jl. Timor Raya No. 12"),
            KnownIdentity(names=["Maria Ndun"]),
            id="address-and-account-left-out",
        ),
        pytest.param(Reporter(name="  ", phone=""), KnownIdentity(), id="blank-fields-left-out"),
        pytest.param(Reporter(), KnownIdentity(), id="empty-reporter"),
    ],
)
def test_fields_become_the_known_identity(reporter: Reporter, expected: KnownIdentity) -> None:
    assert KnownIdentity.from_reporter(reporter) == expected


def test_the_reporter_is_redacted_wherever_written() -> None:
    reporter = Reporter(
        name=SECRET_NAME, phone="+6281339001122", email=SECRET_EMAIL, nik=SECRET_NIK
    )
    text = (
        f"saya {SECRET_NAME.split()[1].lower()}, hp {SECRET_PHONE}, email {SECRET_EMAIL}, "
        f"nomor {SECRET_NIK}"
    )
    result = REDACTOR.redact(text, known=KnownIdentity.from_reporter(reporter))
    assert result.text == "saya [NAME], hp [PHONE], email [EMAIL], nomor [NIK]"


def test_a_reporter_itself_is_not_a_known_identity() -> None:
    """What the README once showed: ``known=reporter`` is refused with a typed error."""
    with pytest.raises(RedactionError):
        REDACTOR.redact("teks", known=Reporter(name=SECRET_NAME))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "value"),
    wrong_type_cases({"reporter": KnownIdentity.from_reporter}, accepts={}),
)
def test_wrong_types_are_refused(call: object, value: object) -> None:
    refused_naming(call, value, "reporter")  # type: ignore[arg-type]
