"""Redaction of what people really write: tolerant NIK/KK, office numbers, names in real text."""

from __future__ import annotations

import attrs
import pytest

from pengaduan.errors import ArgumentError
from pengaduan.redaction import Redactor, office_phones
from pengaduan.routing import Liaison, UnitDirectory

REDACTOR = Redactor.default()


def _wide(text: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) for char in text)


def redacted(text: str) -> str:
    return REDACTOR.redact(text).text


class TestTolerantIdentityNumbers:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("NIK saya 537l054507850012 mohon", "NIK saya [NIK] mohon", id="l-for-1"),
            pytest.param("NIK: 5371O412058900O3 ya", "NIK: [NIK] ya", id="O-for-0"),
            pytest.param("KTP 537104120589003 hilang", "KTP [NIK] hilang", id="15-digits"),
            pytest.param("NIK: 53710412058900031 tolong", "NIK: [NIK] tolong", id="17-digits"),
            pytest.param("No KK 5371O41205890003 belum", "No KK [KK] belum", id="kk-letter"),
            pytest.param(
                "kartu keluarga 537104120589000 rusak", "kartu keluarga [KK] rusak", id="kk-15"
            ),
            pytest.param("NIK " + _wide("5371041205890003"), "NIK [NIK]", id="full-width"),
        ],
    )
    def test_a_number_meant_as_a_nik_is_one(self, text: str, expected: str) -> None:
        assert redacted(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("kode billing 820240918000123 sudah dibayar", id="billing-15"),
            pytest.param("nomor transaksi 20240917004512361 gagal", id="transaction-17"),
            pytest.param("tiket LPR 5371O412058900O3", id="ticket-with-letters"),
            pytest.param("mohon di cek 53710412058900031 ya", id="17-digits-no-context"),
        ],
    )
    def test_look_alikes_stay(self, text: str) -> None:
        assert redacted(text) == text


class TestOfficeNumbers:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("hubungi call center 0811 3811 5050 tidak aktif", id="call-center"),
            pytest.param("kantor lurah (0380) 832 447 tidak angkat", id="office-landline"),
            pytest.param("hotline PDAM 0380-833029 sibuk terus", id="hotline"),
            pytest.param("WA pengaduan Dukcapil 0811-3822-1190 tidak balas", id="wa-pengaduan"),
            pytest.param("nomor 0380 833411 (Dinas PUPR) sibuk", id="office-after"),
        ],
    )
    def test_an_office_line_is_not_personal(self, text: str) -> None:
        assert redacted(text) == text

    def test_a_home_landline_is_personal(self) -> None:
        text = "kantor lurah (0380) 832 447 tidak angkat, telp rumah saya 0380 821447"
        assert redacted(text) == "kantor lurah (0380) 832 447 tidak angkat, telp rumah saya [PHONE]"

    def test_directory_numbers_are_allowed(self) -> None:
        base = UnitDirectory.kota_kupang()
        unit = attrs.evolve(base.units[0], id="pupr-test", liaison=Liaison(phone="0812-3790-1111"))
        directory = base.with_units([unit])
        assert office_phones(directory) == ("0812-3790-1111",)
        redactor = Redactor.default(allowed_phones=office_phones(directory))
        result = redactor.redact("penghubung 081237901111, HP saya 0812 3790 4416")
        assert result.text == "penghubung 081237901111, HP saya [PHONE]"

    @pytest.mark.parametrize("value", [None, "dir", {"units": ()}, 5])
    def test_office_phones_needs_a_directory(self, value: object) -> None:
        with pytest.raises(ArgumentError):
            office_phones(value)  # type: ignore[arg-type]
