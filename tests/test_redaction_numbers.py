"""NIK, KK, NPWP and phone numbers and their look-alikes, rule by rule.

Each case follows ``docs/redaction-annotation-guide.md``: what makes a number a NIK, KK, NPWP or
a personal phone, and which numbers that look like them stay (amounts, dates, payment and
transaction codes, document numbers, other cards, offices' lines). The redacted text is the
whole expectation. Grouped by rule, each group with cases from the guide and cases of our own.
"""

from __future__ import annotations

import pytest

from pengaduan.redaction import DetectionContext, KnownIdentity, Redactor
from pengaduan.redaction.detectors import NumberDetector
from pengaduan.redaction.kinds import PiiKind

REDACTOR = Redactor.default()


def redacted(text: str) -> str:
    return REDACTOR.redact(text).text


NPWP = [
    pytest.param("NPWP: 24.948.133.6-921.000", "NPWP: [NPWP]", id="old-format"),
    pytest.param("NPWP 249481336921000", "NPWP [NPWP]", id="15-digits-no-dots"),
    pytest.param("NPWP - 24 948 133 6 921 000", "NPWP - [NPWP]", id="spaces-after-a-dash"),
    pytest.param("No. NPWP: 24.948.133.6.921.000", "No. NPWP: [NPWP]", id="dots-only"),
    pytest.param("NPWP 0249481336921000", "NPWP [NPWP]", id="16-digits-zero-first"),
    pytest.param("N.P.W.P 24.948.133.6-921.000", "N.P.W.P [NPWP]", id="dotted-word"),
    pytest.param("NPWPnya 24.948.133.6-921.000", "NPWPnya [NPWP]", id="nya-glued"),
    pytest.param("noNPWP 249481336921000", "noNPWP [NPWP]", id="no-glued"),
    pytest.param(
        "NPWP saya 5371041203900001 (sama dengan NIK)",
        "NPWP saya [NPWP] (sama dengan NIK)",
        id="guide-16-digits-nik-shape",
    ),
    pytest.param("NPWP (NIK) 5371041203900001", "NPWP (NIK) [NPWP]", id="npwp-bracket-nik"),
    pytest.param("NPWP = NIK 5371041203900001", "NPWP = NIK [NPWP]", id="npwp-equals-nik"),
    pytest.param(
        "NPWP (16 digit, sama dengan NIK): 5371041203900001",
        "NPWP (16 digit, sama dengan NIK): [NPWP]",
        id="npwp-said-to-be-the-nik",
    ),
    pytest.param(
        "Saya punya NPWP dan NIK saya 5371041203900001",
        "Saya punya NPWP dan NIK saya [NIK]",
        id="npwp-and-nik-are-two",
    ),
    pytest.param(
        "NPWP 24.948.133.6-921.000 dan NIK 5371041203900001",
        "NPWP [NPWP] dan NIK [NIK]",
        id="both-numbers",
    ),
]

KK = [
    pytest.param("No. KK: 5371041203900001", "No. KK: [KK]", id="guide-no-kk"),
    pytest.param("KKnya 5371041203900001", "KKnya [KK]", id="nya-glued"),
    pytest.param("noKK 5371041203900001", "noKK [KK]", id="no-glued"),
    pytest.param("K.K. 5371041203900001", "K.K. [KK]", id="dotted"),
    pytest.param(
        "Nomor Kartu Keluarga (KK) sesuai data Dukcapil: 5371041203900001",
        "Nomor Kartu Keluarga (KK) sesuai data Dukcapil: [KK]",
        id="institution-after-the-word",
    ),
    pytest.param(
        "No. KK                              : 5371041203900001",
        "No. KK                              : [KK]",
        id="wide-label-column",
    ),
    pytest.param(
        "Nomor Kartu Keluarga yang tercantum pada dokumen asli: 5371041203900001",
        "Nomor Kartu Keluarga yang tercantum pada dokumen asli: [KK]",
        id="long-label",
    ),
    pytest.param(
        "NIK: 5371041203900002\n5371041203900001 (KK)",
        "NIK: [NIK]\n[KK] (KK)",
        id="bracketed-word-after",
    ),
    pytest.param(
        "5371041203900001 adalah nomor KK saya",
        "[KK] adalah nomor KK saya",
        id="said-after",
    ),
    pytest.param(
        "NIK saya 5371041203900002, KK 5371041203900001",
        "NIK saya [NIK], KK [KK]",
        id="nik-then-kk",
    ),
]

NIK = [
    pytest.param("NIKnya 5371041203900001", "NIKnya [NIK]", id="nya-glued"),
    pytest.param("ktpnya 5371041203900001", "ktpnya [NIK]", id="ktp-nya"),
    pytest.param(
        "Nama/NIK: Kristina Lay / 530523671283O264",
        "Nama/NIK: [NAME] / [NIK]",
        id="letter-for-digit-after-a-name",
    ),
    pytest.param(
        "NIK kepala keluarga 5371041203900001",
        "NIK kepala keluarga [NIK]",
        id="nik-of-the-head-of-family",
    ),
]

PHONES = [
    pytest.param("HPnya 081234567890", "HPnya [PHONE]", id="nya-glued"),
    pytest.param("nomor wanya 081234567890", "nomor wanya [PHONE]", id="wa-nya"),
    pytest.param("rek BNI 0812345678", "rek BNI [BANK_ACCOUNT]", id="guide-bni-account-08"),
    pytest.param(
        "HP 081234567890, rek BRI 1234567890",
        "HP [PHONE], rek BRI [BANK_ACCOUNT]",
        id="account-word-after-a-phone",
    ),
    pytest.param(
        "sudah ke kantor lurah, tolong hubungi saya di 0812-3456-7890",
        "sudah ke kantor lurah, tolong hubungi saya di [PHONE]",
        id="person-after-an-office",
    ),
    pytest.param(
        "kantor lurah tutup, telp rumah saya 0380 821447",
        "kantor lurah tutup, telp rumah saya [PHONE]",
        id="home-line-after-an-office",
    ),
    pytest.param(
        "sudah ke kantor lurah tapi tidak dilayani, hp 0812 3456 7890",
        "sudah ke kantor lurah tapi tidak dilayani, hp [PHONE]",
        id="mobile-after-an-office",
    ),
    pytest.param(
        "Saya pegawai dinas sosial, HP 0812 3456 7890",
        "Saya pegawai dinas sosial, HP [PHONE]",
        id="mobile-of-a-staff-member",
    ),
]

OFFICE_LINES = [
    pytest.param("hubungi (0380) 833 411 (Dinas PUPR)", id="guide-bracketed-office"),
    pytest.param("WA 0812-3790-1111 (Kantor Lurah Oesapa)", id="bracketed-office-mobile"),
    pytest.param("Kantor Kelurahan Oesapa, telp. (0380) 821 123", id="office-then-telp"),
    pytest.param("Dinas Sosial Kota Kupang Telp (0380) 821 123", id="institution-then-telp"),
    pytest.param("Dinas Sosial WA 0812-3790-1111", id="institution-then-wa"),
    pytest.param("layanan 24 jam 0811-3811-5050 (WA)", id="service"),
    pytest.param("nomor resmi Dukcapil 0811-3811-5050", id="official"),
    pytest.param("Humas Pemkot 0811-3811-5050", id="press-office"),
    pytest.param("kontak Posyandu 0811-3811-5050", id="contact-posyandu"),
    pytest.param("call center 112, lapor ke 1708", id="guide-short-codes"),
    pytest.param("hotline PDAM 0380-833 029", id="guide-hotline"),
    pytest.param("WA center 0811-3811-5050", id="guide-wa-center"),
    pytest.param("SMS center 0811 3811 5050", id="sms-center"),
    pytest.param("Perumda Air Minum (0380) 833 029", id="water-company"),
    pytest.param("telp Bank NTT cabang (0380) 821 555", id="bank-landline-not-an-account"),
    pytest.param("Telp/Fax (0380) 821123", id="fax"),
    pytest.param("bebas pulsa 0800 1 234 567", id="toll-free"),
    pytest.param("hub 0800-1-234567", id="toll-free-after-a-phone-word"),
    pytest.param("telp 0807 1 234 567", id="toll-free-0807"),
    pytest.param("WA Bank NTT 0811-3811-5050", id="bank-whatsapp-not-an-account"),
    pytest.param("call center BPJS Kesehatan 0811 8165 165", id="agency-call-center"),
    pytest.param(
        "Dinas PUPR yang sudah pindah itu, telp. (0380) 833411",
        id="office-sentence-then-line",
    ),
]

LOOK_ALIKES = [
    pytest.param("nomor transaksi 2024091700451236", id="guide-transaction"),
    pytest.param("nomor transaksi 5371041203900001", id="transaction-nik-shape"),
    pytest.param("ID transaksi 081234567890", id="transaction-phone-shape"),
    pytest.param("No. Ref 5371041203900001", id="reference"),
    pytest.param("no. pendaftaran 5371041203900001", id="registration"),
    pytest.param("no. RM 0812345678", id="medical-record"),
    pytest.param("nomor register 0812345678", id="register"),
    pytest.param("NIB 5371041203900001", id="business-number"),
    pytest.param("nomor meter 081234567890", id="meter"),
    pytest.param("No. polis 081234567890", id="insurance-policy"),
    pytest.param("no seri 5371041203900001", id="serial"),
    pytest.param("no rangka 5371041203900001", id="chassis"),
    pytest.param("nomor STNK 0812345678", id="vehicle-registration"),
    pytest.param("kode unik 08123456789", id="code"),
    pytest.param("nomor induk siswa 0812345678", id="student"),
    pytest.param("BPJS Ketenagakerjaan 0001234567890", id="guide-bpjs-ketenagakerjaan"),
    pytest.param("kartu BPJS TK no 0001234567890", id="bpjs-tk"),
    pytest.param("VA BNI 8808081234567890", id="va-at-a-bank"),
    pytest.param("VA 8808 0012 3456 7890", id="guide-va"),
    pytest.param("kode billing 820240918000123", id="guide-billing"),
    pytest.param("kode pembayaran 0312024091712345", id="guide-payment-code"),
    pytest.param("ID pelanggan PLN 531200457891", id="guide-customer"),
    pytest.param("No. sambungan 01-04-002231", id="guide-connection"),
    pytest.param("NOP 53.71.040.003.012-0045.0", id="guide-tax-object"),
    pytest.param("No. tiket 2409-1187-221", id="guide-ticket"),
    pytest.param("#LPR-2024-0931-0047", id="guide-complaint-number"),
    pytest.param("Senin-Jumat 08.00-17.00", id="guide-hours"),
    pytest.param("sebesar 625.000.000", id="amount-with-62"),
]


#: Rules from the third development corpus, asserted on the number kinds only (``(kind, the
#: number)``), so that a name found around them does not matter.
NUMBERS_ONLY = [
    pytest.param(
        "Rekening resmi retribusi sampah: Bank NTT 031-02-02-637295-8 a.n. Kas Daerah.",
        [],
        id="office-account",
    ),
    pytest.param(
        "uang dikembalikan lewat rekening sekolah Bank NTT 083.04.02.3943224.",
        [],
        id="school-account",
    ),
    pytest.param(
        "bantuan dari Dinsos belum masuk ke rekening BRI saya 4567-01-023481-53-7",
        [("bank_account", "4567-01-023481-53-7")],
        id="own-account-after-an-office",
    ),
    pytest.param(
        "Donasi ke rek BCA 0275408196 a.n. Maria Ndun. Info 0812-3456-7890.",
        [("bank_account", "0275408196"), ("phone", "0812-3456-7890")],
        id="account-word-used-up",
    ),
    pytest.param(
        "STNK a.n. Yohanes Ndun, hub 0851 8242 5447",
        [("phone", "0851 8242 5447")],
        id="document-word-before-a-name",
    ),
    pytest.param("Waktu: 21-06-2026 11.20 WITA", [], id="date-then-time"),
    pytest.param(
        "NPWP sy 51.2 99.829.7.146.377 ditolak",
        [("npwp", "51.2 99.829.7.146.377")],
        id="npwp-seven-groups",
    ),
    pytest.param("Bukti transfer No. 2026621402933966.", [], id="transfer-receipt"),
    pytest.param("Kontak bidang: 0380-886 559.", [], id="department-line"),
    pytest.param("Informasi: (0380) 852164.", [], id="information-line"),
    pytest.param("Info 0812-3456-7890 ya", [("phone", "0812-3456-7890")], id="info-mobile"),
    pytest.param(
        "KELURAHAN SIKUMANA\nJl. Frans Seda No. 93, Kupang 85117, Telp. (0380) 803 511",
        [],
        id="letter-heading-line",
    ),
    pytest.param(
        "MOHON INFO NOMOR PENGADUAN DINAS PENDIDIKAN, SY TELP (0380) 893 128 TDK AKTIF",
        [],
        id="writer-calls-the-office",
    ),
    pytest.param(
        "sy ke kantor lurah, Pak Welem tdk ada. Tlp (0380) 631137",
        [("phone", "(0380) 631137")],
        id="person-between-office-and-line",
    ),
    pytest.param(
        "Info Dinas Sosial, pak Yos 0380 821447",
        [("phone", "0380 821447")],
        id="person-after-an-institution",
    ),
]


def number_findings(text: str) -> list[tuple[str, str]]:
    numbers = {"nik", "kk", "npwp", "phone", "bpjs", "bank_account"}
    return [(f.kind, text[f.start : f.end]) for f in REDACTOR.find(text) if f.kind in numbers]


@pytest.mark.parametrize(("text", "expected"), NUMBERS_ONLY)
def test_number_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert number_findings(text) == expected


@pytest.mark.parametrize(("text", "expected"), NPWP)
def test_npwp(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize(("text", "expected"), KK)
def test_kk(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize(("text", "expected"), NIK)
def test_nik(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_personal_phones(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", OFFICE_LINES)
def test_office_lines_stay(text: str) -> None:
    assert redacted(text) == text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay(text: str) -> None:
    assert redacted(text) == text


def test_every_case_is_a_fixpoint() -> None:
    for case in [*NPWP, *KK, *NIK, *PHONES, *NUMBERS_ONLY]:
        text = case.values[0]
        assert isinstance(text, str)
        once = REDACTOR.redact(text).text
        assert REDACTOR.redact(once).text == once, case.id


def test_a_kind_left_out_is_still_recognised() -> None:
    # The NPWP said to be the NIK is an NPWP even for a detector that reports only NIKs.
    detector = NumberDetector(kinds=frozenset({PiiKind.NIK}))
    text = "NPWP (NIK) 5371041203900001, NIK 5371041203900002"
    found = list(detector(text, DetectionContext(text, KnownIdentity(), [])))
    assert [(f.kind, text[f.start : f.end]) for f in found] == [("nik", "5371041203900002")]


def test_a_table_long_run_reads_its_context_once_per_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of thousands of digit groups (``(0(0(0...``, a pasted sequence) reads the words
    before a number once per shape of number, not once per group, and still finds the phones
    in a long list written as one run."""
    from pengaduan.redaction import _detect_number  # noqa: PLC0415

    calls = []
    real = _detect_number._contexts

    def counted(*args: object) -> tuple[bool, str | None, str | None]:
        calls.append(args[1])
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_detect_number, "_contexts", counted)
    redactor = Redactor.default()
    redactor.find("(0" * 5_000)
    assert 0 < len(calls) <= 16
    calls.clear()
    listed = "HP warga: " + "0812 3456 7890 " * 20
    assert redactor.redact(listed).text == "HP warga: " + "[PHONE] " * 19 + "[PHONE] "
    assert len(calls) <= 16
