"""Whose data a value is: a private person's against an office's, a company's, a group's or a
public place's (rules of the annotation guide the fifth development corpus showed were missing).

Each case is written from ``docs/redaction-annotation-guide.md``, grouped by kind: the redacted
text is the whole expectation.
"""

from __future__ import annotations

import pytest

from pengaduan.redaction import Redactor

REDACTOR = Redactor.default()


def redacted(text: str) -> str:
    return REDACTOR.redact(text).text


EMAILS = [
    pytest.param("email: yuliana.mooy @ gmail.com ya", "email: [EMAIL] ya", id="spaced-at"),
    pytest.param("email sy meri.ledo51@ yahoo .com,", "email sy [EMAIL],", id="spaced-dot"),
    pytest.param("Email: benyamin.kolo(at)yahoo.com", "Email: [EMAIL]", id="bracketed-at"),
    pytest.param("imel: natalia.mooy at yahoo dot com. Trims", "imel: [EMAIL]. Trims", id="words"),
    pytest.param("EMAIL: SBOIMAU56 AT YAHOO DOT COM", "EMAIL: [EMAIL]", id="words-in-capitals"),
    pytest.param(
        "kirim ke dnahak79 @ gmail.com. Terima kasih",
        "kirim ke [EMAIL]. Terima kasih",
        id="sentence-after",
    ),
    pytest.param(
        "email dinas saya maria.tefa@kupangkota.go.id",
        "email dinas saya [EMAIL]",
        id="person-on-office-domain",
    ),
    pytest.param("Email: jamalo@yahoo.com", "Email: [EMAIL]", id="one-word-on-free-mail"),
    pytest.param("budi@kupangkota.go.id", "[EMAIL]", id="one-word-person-on-office-domain"),
]

NOT_EMAILS = [
    pytest.param("Surat ke dinkes.kotakupang@gmail.com belum dibalas.", id="office-on-gmail"),
    pytest.param("Info dari osis.smpn2kupang@gmail.com soal iuran.", id="school-group"),
    pytest.param("Kirim ke poktan.sumbermakmur@gmail.com dan", id="farmers-group"),
    pytest.param("Surat dari ksp.tunasharapan@yahoo.co.id.", id="cooperative"),
    pytest.param("Dari: noreply@lapor.go.id", id="no-reply"),
    pytest.param("NOREPLY@LAPOR.GO.ID MENGIRIM KODE", id="no-reply-capitals"),
    pytest.param("tembusan ombudsman.ntt@ombudsman.go.id", id="organisation-name-on-own-domain"),
    pytest.param("hubungi cs@pdamkotakupang.co.id", id="role-on-company-domain"),
    pytest.param("balasan dari bkpsdm@kupangkota.go.id", id="unit-on-office-domain"),
    pytest.param("tanya helpdesk@telkom.co.id saja", id="helpdesk"),
    pytest.param("tanya penyuluh@distan.kupangkota.go.id saja", id="extension-worker-role"),
    pytest.param("ke pengaduan [at] kupangkota [dot] go [dot] id, ko", id="obfuscated-office"),
    pytest.param("alamat berakhiran @bankntt.co.id itu", id="handle-after-a-space"),
    pytest.param("ketemu at school jam 7. Harga @ 5000", id="at-in-prose"),
]

NPWPS = [
    pytest.param("NPWP sy 84.368.632.3-921.000 tiba2 ada", "NPWP sy [NPWP] tiba2 ada", id="mine"),
    pytest.param(
        "usaha perorangan. NPWP pribadi sy 58.129.510.8-921.000.",
        "usaha perorangan. NPWP pribadi sy [NPWP].",
        id="sole-trader-personal",
    ),
    pytest.param(
        "Saya pemilik rumah kos (usaha pribadi, bukan badan). Pajak sy bayar dengan NPWP "
        "458456490921000.",
        "Saya pemilik rumah kos (usaha pribadi, bukan badan). Pajak sy bayar dengan NPWP [NPWP].",
        id="person-after-a-sentence-about-a-body",
    ),
    pytest.param(
        "Bendahara sekolah minta NPWP semua guru honor. Ini punya sy 58.227.460.7-921.000.",
        "Bendahara sekolah minta NPWP semua guru honor. Ini punya sy [NPWP].",
        id="treasurer-asks-for-mine",
    ),
    pytest.param(
        "NPWP perusahaan 02.123.456.7-920.001, kantor",
        "NPWP perusahaan 02.123.456.7-920.001, kantor",
        id="company-word-alone-a-companys",
    ),
    pytest.param(
        "Bendahara sekolah minta NPWP semua guru honor. Ini punya sy 5301022406640011, atas",
        "Bendahara sekolah minta NPWP semua guru honor. Ini punya sy [NPWP], atas",
        id="sixteen-digits-a-sentence-away",
    ),
    pytest.param(
        "Kontrak dengan CV Sinar Timor sudah selesai; NPWP 24.948.133.6-921.000 masih diblokir",
        "Kontrak dengan CV Sinar Timor sudah selesai; NPWP [NPWP] masih diblokir",
        id="semicolon-ends-the-clause",
    ),
]

NOT_NPWPS = [
    pytest.param("CV Sinar Timor, NPWP 0039085074921001, beralamat", id="cv-before"),
    pytest.param("dari PT Flobamora Niaga (NPWP 70.194.974.9-921.001) tidak", id="pt-before"),
    pytest.param("MOHON INFO, NPWP KOPERASI KAMI 669801309921000 DIBLOKIR", id="cooperative"),
    pytest.param(
        "Koperasi di kampung pung NPWP 70.344.393.3-921.000 dipake", id="cooperative-malay"
    ),
    pytest.param("Bumdes kami sudah punya NPWP badan (709209006921000) tapi", id="badan"),
    pytest.param("tercantum NPWP toko 81.775.350.5-921.001 tapi", id="shop"),
    pytest.param("dengan NPWP bendahara 96.083.502.5-921.000, tapi", id="treasurer"),
    pytest.param("NPWP Yayasan Pendidikan Kristen Kupang: 31.716.362.2-921.000.", id="foundation"),
    pytest.param(
        "Itu toko bangunan di Oesapa kasi nota pake NPWP 03.435.260.6-921.000,", id="shop-before"
    ),
    pytest.param(
        "karyawan kontrak di CV Karya Mandiri (NPWP perusahaan 03.228.515.6-921.001)", id="employer"
    ),
    pytest.param("Penyedia: CV Tirta Karya, NPWP 317196898921001\nNilai", id="supplier"),
]

ADDRESSES = [
    pytest.param("Sy Erni Haba, warga RT 23 RW 1.", "Sy [NAME], warga [ADDRESS].", id="mine"),
    pytest.param(
        "Kepada Yth. Lurah Oebufu\n\nKami warga RT 38/RW 11 melapor",
        "Kepada Yth. Lurah Oebufu\n\nKami warga [ADDRESS] melapor",
        id="we-live-there",
    ),
    pytest.param(
        "Saya, R. Oematan, warga RT 06 RW 05 Kelurahan Sikumana",
        "Saya, [NAME], warga [ADDRESS] Kelurahan Sikumana",
        id="named-person-with-initial",
    ),
    pytest.param(
        "rumah Pak RT Leni Mooy di Jl. Herewila No 108",
        "rumah Pak RT [NAME] di [ADDRESS]",
        id="a-ketua-rts-own-house",
    ),
    pytest.param(
        "Toko saya tutup, rumah saya di Jl. Nangka No. 5",
        "Toko saya tutup, rumah saya di [ADDRESS]",
        id="home-after-a-shop",
    ),
    pytest.param(
        "Saya, pemilik CV Maju, beralamat di Jl. Amabi No 20, mengeluh",
        "Saya, pemilik CV Maju, beralamat di [ADDRESS], mengeluh",
        id="a-company-owners-home",
    ),
    pytest.param(
        "GOT DI RT 12 RW 08 KEL LASIANA TERSUMBAT, AIR MELUAP",
        "GOT DI [ADDRESS] KEL LASIANA TERSUMBAT, AIR MELUAP",
        id="area-in-capitals-ends-before-the-problem",
    ),
]

NOT_ADDRESSES = [
    pytest.param("Pak Lurah, warga RT 06 mengeluh air PDAM mati.", id="residents"),
    pytest.param("Salam dari warga RT 02 samua.", id="greeting-from-residents"),
    pytest.param("Hormat kami,\nWarga RT 05", id="residents-signing"),
    pytest.param("Kader lapor, warga di RT 03 banyak yg demam", id="residents-in-an-rt"),
    pytest.param("meneruskan keluhan warga RT 01 sampai RT 29 mengenai air", id="range"),
    pytest.param("Kami, Ketua RT 04 dan Ketua RT 25 Kelurahan Kelapa Lima, meneruskan", id="roles"),
    pytest.param("Hormat kami,\nKetua RT 09 RW 07", id="role-with-rw"),
    pytest.param(
        "Sekretariat RT 18 RW 03 Kelurahan Naikoten, Jl. Kenari No. 2 (pos kamling)",
        id="secretariat",
    ),
    pytest.param("Puskesmas Oebobo di Jl. Sukun No. 12 tutup jam 11", id="health-centre"),
    pytest.param("SMPN 5 Kupang (Jl. Prof. Dr. Herman Johannes No. 20) pungut", id="school"),
    pytest.param("Gereja GMIT Paulus, Jl. Thamrin No. 7, Oebufu", id="church"),
    pytest.param("Apotek Kasih Farma di Jl. Moh. Hatta No. 31 menjual", id="pharmacy"),
    pytest.param("Toko Sinar Abadi di Jl. Soeharto No. 45 jual", id="shop"),
    pytest.param(
        "KOP: DINAS KESEHATAN KOTA KUPANG\nJl. Timor Raya No. 152, Kupang.", id="letterhead"
    ),
    pytest.param(
        "CV Sinar Timor, NPWP 0039085074921001, beralamat di Jl. Soeharto No. 17 Kupang",
        id="a-companys-seat",
    ),
    pytest.param(
        "Koperasi Tunas, berkedudukan di Jl. Amabi No. 20, menyampaikan", id="a-cooperative"
    ),
]

NOT_PHONES = [
    pytest.param(
        "KOP: DINAS KESEHATAN KOTA KUPANG\nJl. Timor Raya No. 152, Kupang. Telp (0380) 824390.",
        id="letterhead-line",
    ),
]

NOT_NAMES = [
    pytest.param("Hormat kami,\nCustomer Service\nPDAM Kota Kupang", id="customer-service-signing"),
    pytest.param("Salam,\nUPT Samsat Kupang\nHotline 1500", id="office-unit-signing"),
    pytest.param("ttd\n\nTembusan:\n1. Inspektur Kota Kupang", id="copies-to"),
    pytest.param("Best regards,\nStaf Administrasi, CV Karya Timor", id="staff-section"),
    pytest.param("RUMAH SY KENA BANJIR KRN GOT TERSUMBAT", id="capitals-verb"),
    pytest.param("LAPORAN SY DITUTUP PADAHAL BELUM SELESAI", id="capitals-verb-closed"),
    pytest.param("SY KADER KESEHATAN, BANYAK YG DEMAM", id="capitals-role"),
    pytest.param("Sy melaporkan atas nama orang tua murid yg belum terima", id="parents"),
]


@pytest.mark.parametrize(("text", "expected"), EMAILS)
def test_private_emails(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_organisation_mailboxes_stay(text: str) -> None:
    assert redacted(text) == text


@pytest.mark.parametrize(("text", "expected"), NPWPS)
def test_a_persons_npwp(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", NOT_NPWPS)
def test_an_organisations_npwp_stays(text: str) -> None:
    assert redacted(text) == text


def test_a_nik_named_in_its_own_sentence_stays_a_nik() -> None:
    text = "Sy tidak punya NPWP. Ini NIK sy 5301022406640011"
    assert redacted(text) == "Sy tidak punya NPWP. Ini NIK sy [NIK]"


@pytest.mark.parametrize(("text", "expected"), ADDRESSES)
def test_a_home_address(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_a_community_a_role_or_a_buildings_address_stays(text: str) -> None:
    assert redacted(text) == text


@pytest.mark.parametrize("text", NOT_PHONES)
def test_a_letterheads_line_stays(text: str) -> None:
    assert redacted(text) == text


@pytest.mark.parametrize("text", NOT_NAMES)
def test_an_offices_closing_and_ordinary_words_are_no_name(text: str) -> None:
    assert redacted(text) == text


def test_redaction_stays_a_fixpoint_on_every_case() -> None:
    for case in [*EMAILS, *NPWPS, *ADDRESSES]:
        text = case.values[0]
        assert isinstance(text, str)
        once = REDACTOR.redact(text).text
        assert REDACTOR.redact(once).text == once, text
