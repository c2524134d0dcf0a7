"""Built-in detectors, table-driven by kind: valid / invalid structure / look-alike / in prose."""

from __future__ import annotations

import pytest

from pengaduan.redaction import KnownIdentity, PiiKind, Redactor
from pengaduan.redaction._nik import PROVINCE_CODES, nik_structure_valid

REDACTOR = Redactor.default(allowed_phones=["0822-3787-0000"])


def found(text: str, known: KnownIdentity | None = None) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in REDACTOR.find(text, known=known)]


def case(text: str, *expected: tuple[str, str], id: str) -> object:
    return pytest.param(text, list(expected), id=id)


NIK, KK, NPWP, PHONE, EMAIL = PiiKind.NIK, PiiKind.KK, PiiKind.NPWP, PiiKind.PHONE, PiiKind.EMAIL
BPJS, BANK, PLATE, NAME, ADDRESS = (
    PiiKind.BPJS,
    PiiKind.BANK_ACCOUNT,
    PiiKind.PLATE,
    PiiKind.NAME,
    PiiKind.ADDRESS,
)

CASES = [
    # NIK
    case("5371041203900001", (NIK, "5371041203900001"), id="nik-valid-bare"),
    case("5371045203900001", (NIK, "5371045203900001"), id="nik-valid-woman-plus-40"),
    case("5371 0412 0390 0001", (NIK, "5371 0412 0390 0001"), id="nik-valid-spaces"),
    case("5371.0412.0390.0001", (NIK, "5371.0412.0390.0001"), id="nik-valid-dots"),
    case("5371041203900000", id="nik-invalid-serial-0000"),
    case("9971041203900001", id="nik-invalid-province"),
    case("5371043203900001", id="nik-invalid-day-32"),
    case("5371041213900001", id="nik-invalid-month-13"),
    case("5300041203900001", id="nik-invalid-regency-00"),
    case("NIK 9971041213900000", (NIK, "9971041213900000"), id="nik-invalid-but-context-says-nik"),
    case("no tiket 5371041203900001", id="nik-lookalike-ticket"),
    case("invoice 5371041203900001", id="nik-lookalike-invoice"),
    case(
        "sy mau urus KTP, NIK saya 5371041203900001 ya",
        (NIK, "5371041203900001"),
        id="nik-in-prose",
    ),
    # KK
    case("KK 5371041203900099", (KK, "5371041203900099"), id="kk-context"),
    case("kartu keluarga: 5371 0412 0390 0099", (KK, "5371 0412 0390 0099"), id="kk-spaced"),
    # NPWP
    case("01.234.567.8-920.000", (NPWP, "01.234.567.8-920.000"), id="npwp-15-formatted"),
    case("NPWP 0912345678920000", (NPWP, "0912345678920000"), id="npwp-16-context"),
    case("012345678920000", id="npwp-15-bare-no-context"),
    # phones
    case("081234567890", (PHONE, "081234567890"), id="phone-mobile-bare"),
    case("+62 812-3456-7890", (PHONE, "+62 812-3456-7890"), id="phone-plus62"),
    case("62 812 3456 7890", (PHONE, "62 812 3456 7890"), id="phone-62"),
    case("(0380) 821234", (PHONE, "(0380) 821234"), id="phone-landline-brackets"),
    case("0380-821234", (PHONE, "0380-821234"), id="phone-landline-dash"),
    case("wa.me/6281234567890", (PHONE, "6281234567890"), id="phone-in-link"),
    case("HP081234567890", (PHONE, "081234567890"), id="phone-glued-to-context"),
    case("+61 412 345 678", (PHONE, "+61 412 345 678"), id="phone-foreign"),
    case("0822 3787 0000", id="phone-allowed-hotline"),
    case("SMS ke 1708", id="phone-lookalike-short-code"),
    case("0000000000123", id="phone-invalid-prefix"),
    case("tgl 12-03-2024", id="phone-lookalike-date"),
    case("Rp 1.500.000", id="phone-lookalike-money"),
    case("hubungi sy di 0812 3456 7890 ya", (PHONE, "0812 3456 7890"), id="phone-in-prose"),
    # email
    case("yohanes.benu@gmail.com", (EMAIL, "yohanes.benu@gmail.com"), id="email-valid"),
    case("pengaduan@kupangkota.go.id", id="email-institutional-role"),
    case("budi@kupangkota.go.id", (EMAIL, "budi@kupangkota.go.id"), id="email-person-at-gov"),
    case("a@b", id="email-invalid-no-tld"),
    case("harga @ 5000", id="email-lookalike-at-sign"),
    case("kirim ke Maria_N@Yahoo.co.id.", (EMAIL, "Maria_N@Yahoo.co.id"), id="email-in-prose"),
    # BPJS
    case("BPJS 0001234567890", (BPJS, "0001234567890"), id="bpjs-context"),
    case("kartu 0001234567890 (BPJS)", (BPJS, "0001234567890"), id="bpjs-context-after"),
    # a JKN card's shape alone (thirteen digits opening ``000``), not a counter's
    case("0001234567890", (BPJS, "0001234567890"), id="bpjs-by-its-shape"),
    case("0000000000123", id="bpjs-shape-of-a-counter"),
    # bank
    case("rek BRI 123401000123504", (BANK, "123401000123504"), id="bank-context"),
    case("no. rekening 0012345678", (BANK, "0012345678"), id="bank-no-rekening"),
    case("kode bayar 0012345678", id="bank-lookalike-billing"),
    # plates
    case("DH 1234 AB", (PLATE, "DH 1234 AB"), id="plate-valid"),
    case("EB1234AC", (PLATE, "EB1234AC"), id="plate-no-spaces"),
    case("PP 28 Tahun 2018", id="plate-lookalike-regulation"),
    case("UU 25 AB", id="plate-unknown-region"),
    case("motornya DH 4521 KD parkir", (PLATE, "DH 4521 KD"), id="plate-in-prose"),
    # names
    case("nama saya Yohanes Benu", (NAME, "Yohanes Benu"), id="name-nama-saya"),
    case("nama saya yohanes benu dari oesapa", (NAME, "yohanes benu"), id="name-lowercase"),
    case("a.n. Maria Ndun", (NAME, "Maria Ndun"), id="name-a.n."),
    case("atas nama Petrus Lay", (NAME, "Petrus Lay"), id="name-atas-nama"),
    case("Ibu dr. Maria Ndun", (NAME, "Maria Ndun"), id="name-honorific-title"),
    case("pak lurah Yoseph Manu", (NAME, "Yoseph Manu"), id="name-role-skipped"),
    case("Bapa Yakob su tunggu", (NAME, "Yakob"), id="name-ntt-honorific"),
    case("Ibu Kota", id="name-lookalike-ibu-kota"),
    case("Bapak Kepala Dinas", id="name-lookalike-position"),
    case("ibu hamil", id="name-lookalike-lowercase"),
    case("Jl. Frans Seda", id="name-lookalike-street"),
    case("RSUD S.K. Lerik", id="name-lookalike-hospital"),
    case("RSU Prof. dr. W. Z. Johannes", id="name-lookalike-hospital-title"),
    case("Jl. Dr. Sam Ratulangi", id="name-lookalike-street-title"),
    # addresses
    case(
        "Jl. Timor Raya No. 12, RT 003/RW 005, Kel. Oesapa, Kec. Kelapa Lima",
        (ADDRESS, "Jl. Timor Raya No. 12, RT 003/RW 005"),
        id="address-full",
    ),
    case(
        "RT 08 RW 03 Kelurahan Liliba",
        (ADDRESS, "RT 08 RW 03"),
        id="address-rt-rw",
    ),
    case("jln piet a tallo no 12", (ADDRESS, "jln piet a tallo no 12"), id="address-lowercase"),
    case("Jalan di Jl. Frans Seda rusak", id="address-lookalike-street-only"),
    case("Kel. Oesapa banjir", id="address-lookalike-area-only"),
    case("Pak RT tidak datang", id="address-lookalike-pak-rt"),
    case(
        "rumah sy di Gg. Mawar No. 7 kebanjiran",
        (ADDRESS, "Gg. Mawar No. 7"),
        id="address-in-prose",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detects(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_known_identity_found_anywhere() -> None:
    known = KnownIdentity(
        names=["Yohanes Benu"], phones=["+62 812-3456-7890"], emails=["YB@mail.com"], niks=["1"]
    )
    text = "benu sudah lapor. Yohanes bilang hubungi 081234567890 atau yb@mail.com"
    assert found(text, known) == [
        (NAME, "benu"),
        (NAME, "Yohanes"),
        (PHONE, "081234567890"),
        (EMAIL, "yb@mail.com"),
    ]


def test_known_nik_found_even_with_impossible_structure() -> None:
    known = KnownIdentity(niks=["9999 9999 9999 9999"])
    assert found("nomor 9999999999999999", known) == [(NIK, "9999999999999999")]


def test_known_phone_found_even_when_invalid() -> None:
    known = KnownIdentity(phones=["0899999"])
    assert found("sms 0899999 tadi", known) == []  # too short to be a national number
    known = KnownIdentity(phones=["0800 1234 5678"])
    assert found("sms 080012345678", known) == [(PHONE, "080012345678")]


def test_province_table_has_every_province() -> None:
    assert len(PROVINCE_CODES) == 38
    assert PROVINCE_CODES["53"] == "Nusa Tenggara Timur"


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("5371041203900001", True),
        ("5371042902000001", True),  # 29 February: the century is unknown
        ("5371043002000001", False),  # 30 February
        ("5371047112990001", True),  # woman born on the 31st: 31 + 40
        ("5371047212990001", False),  # 72: no 32nd day
        ("5371044000990001", False),  # day 40 - 40 = 0
        ("5380041203900001", False),  # regency 80
        ("5371001203900001", False),  # district 00
        ("537104120390000", False),  # 15 digits
        ("537104120390000a", False),
        ("٥٣٧١٠٤١٢٠٣٩٠٠٠٠١", False),  # Arabic-Indic digits are not a NIK
    ],
)
def test_nik_structure(digits: str, valid: bool) -> None:
    assert nik_structure_valid(digits) is valid
