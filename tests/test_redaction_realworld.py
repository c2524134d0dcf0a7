"""Redaction of what people really write: tolerant NIK/KK, office numbers, names in real text."""

from __future__ import annotations

import attrs
import pytest

from pengaduan.errors import ArgumentError, ConfigurationError
from pengaduan.redaction import GazetteerNameDetector, NameGazetteer, Redactor, office_phones
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


class TestNamesInRealWriting:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("BAPAK HERMAN LAY SUDAH LAPOR", "BAPAK [NAME] SUDAH LAPOR", id="caps"),
            pytest.param("lapor dari bapak herman lay", "lapor dari bapak [NAME]", id="lower"),
            pytest.param("jalan rusak.\n- yohanes ndun", "jalan rusak.\n- [NAME]", id="dash"),
            pytest.param("saya Yanti dari Oebobo", "saya [NAME] dari Oebobo", id="intro"),
            pytest.param("SAYA YANTI DARI OEBOBO", "SAYA [NAME] DARI OEBOBO", id="intro-caps"),
            pytest.param("bidan Maria tidak datang", "bidan [NAME] tidak datang", id="role"),
            pytest.param(
                "Lurah Oebobo Pak Frans tidak ada", "Lurah Oebobo Pak [NAME] tidak ada", id="lurah"
            ),
            pytest.param("Hormat saya,\nAgustina Benu", "Hormat saya,\n[NAME]", id="hormat"),
            pytest.param("Salam, Ani", "Salam, [NAME]", id="salam"),
            pytest.param("ttd YOHANES NDUN", "ttd [NAME]", id="ttd"),
            pytest.param(
                "antara keluarga Nenobais dan keluarga Ratu",
                "antara keluarga [NAME] dan keluarga [NAME]",
                id="families",
            ),
            pytest.param("Agustina Benu sudah lapor", "[NAME] sudah lapor", id="no-trigger"),
            pytest.param("anak saya Gracia sakit", "anak saya [NAME] sakit", id="child"),
            pytest.param("Mama Selfi dan Om Yakob", "Mama [NAME] dan Om [NAME]", id="kin"),
            pytest.param("J. THERIK dan M. Yusuf", "[NAME] dan [NAME]", id="initials"),
            pytest.param(
                "nama saya memang Indah", "nama saya memang [NAME]", id="ambiguous-strong"
            ),
            pytest.param("Kasih Tanone datang", "[NAME] datang", id="ambiguous-with-family"),
        ],
    )
    def test_names(self, text: str, expected: str) -> None:
        assert redacted(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Yo\u200bhanes Ndun lapor", "[NAME] lapor", id="zero-width"),
            pytest.param("bapak\u00a0herman\u00a0lay", "bapak\u00a0[NAME]", id="nbsp"),
            pytest.param(_wide("YOHANES") + "\u3000" + _wide("NDUN"), "[NAME]", id="full-width"),
        ],
    )
    def test_unicode_names_keep_original_offsets(self, text: str, expected: str) -> None:
        assert redacted(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("terima kasih, pemandangan indah sekali", id="kasih-indah"),
            pytest.param("bunga pinjaman naik, damai di hati, sinar matahari", id="words"),
            pytest.param("air murni dan Pasar Kasih Naikoten becek", id="market"),
            pytest.param("Posyandu Bunga Bakung dan Toko Sinar Abadi", id="businesses"),
            pytest.param("jalan di Jl. Frans Seda rusak", id="street"),
            pytest.param("Jl. Piet A. Tallo berlubang", id="street-initial"),
            pytest.param("RS Bhayangkara Drs. Titus Uly penuh", id="hospital"),
            pytest.param("misa di Gereja Santa Maria", id="church"),
            pytest.param("Pak Lurah dan Kepala Dinas PUPR belum jawab", id="roles-only"),
            pytest.param("lampu mati di Kel. Oebufu", id="kelurahan"),
        ],
    )
    def test_look_alikes_stay(self, text: str) -> None:
        assert redacted(text) == text


class TestGazetteer:
    def test_default_has_ntt_family_names(self) -> None:
        gazetteer = NameGazetteer.default()
        for family in ("ndun", "manafe", "tefa", "benu", "lay", "bessie", "riwu", "kaho"):
            assert family in gazetteer.family
        assert {"kasih", "indah", "bunga", "damai", "sinar", "murni"} <= gazetteer.ambiguous

    def test_an_app_gazetteer(self) -> None:
        gazetteer = NameGazetteer.from_toml(
            '[given]\nnames = "Zefanya"\n[family]\nnames = "Oematan"\n'
        )
        redactor = Redactor.default().with_detectors(
            GazetteerNameDetector(name="app-names", gazetteer=gazetteer)
        )
        assert redactor.redact("zefanya oematan lapor").text == "[NAME] lapor"

    @pytest.mark.parametrize(
        "source",
        [
            pytest.param("not toml [", id="bad-toml"),
            pytest.param('[given]\nnames = "A1 B"\n[family]\nnames = "C"\n', id="bad-word"),
            pytest.param('[given]\nnames = "A"\n', id="no-family"),
            pytest.param(5, id="not-text"),
        ],
    )
    def test_bad_gazetteers_are_refused(self, source: object) -> None:
        with pytest.raises(ConfigurationError):
            NameGazetteer.from_toml(source)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "kwargs",
        [
            pytest.param({"gazetteer": "x"}, id="gazetteer"),
            pytest.param({"max_words": 0}, id="max"),
        ],
    )
    def test_bad_detector_configuration(self, kwargs: dict[str, object]) -> None:
        with pytest.raises(ConfigurationError):
            GazetteerNameDetector(**kwargs)  # type: ignore[arg-type]
