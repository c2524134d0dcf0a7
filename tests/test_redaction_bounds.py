"""Where names and addresses end, so the words after them still count.

A name or an address that runs over the next words hides them: a number's context word (``Info``,
``Rekening``, ``HP``) is then gone and the number after it is read wrongly, or ordinary words are
masked. Each case follows ``docs/redaction-annotation-guide.md``: the span is the personal data
and nothing more, an account holder that is an office is no person, an office's address is no
home. The redacted text is the whole expectation.
"""

from __future__ import annotations

import pytest

from pengaduan.redaction import Redactor

REDACTOR = Redactor.default()


def redacted(text: str) -> str:
    return REDACTOR.redact(text).text


NAME_ENDS = [
    # A dot after a whole word ends the sentence, and the name with it.
    pytest.param(
        "Transfer ke BRI 0142589330 a.n. Indah Toelle. Info lanjut 081339412275",
        "Transfer ke BRI [BANK_ACCOUNT] a.n. [NAME]. Info lanjut [PHONE]",
        id="sentence-end",
    ),
    pytest.param("a.n. indah toelle. info", "a.n. [NAME]. info", id="sentence-end-lower"),
    pytest.param(
        "STNK A.N. Hendrik Sinlae. HUB 0851824254473",
        "STNK A.N. [NAME]. HUB [PHONE]",
        id="sentence-end-caps",
    ),
    pytest.param("a.n. Dr. Yohanes Ndun. Mohon", "a.n. Dr. [NAME]. Mohon", id="title-kept-out"),
    # A name's own abbreviation keeps its dot inside the name.
    pytest.param("Bapak Moh. Yusuf Lay datang", "Bapak [NAME] datang", id="abbreviation"),
    pytest.param("Ibu J. Therik datang", "Ibu [NAME] datang", id="initial"),
    # A context word of the number detector ends a name.
    pytest.param("SY EBENHAEZER HUB 081234567890", "SY [NAME] HUB [PHONE]", id="context-word"),
    pytest.param(
        "Bapak Yakob Benu Rekening BRI 0142589330",
        "Bapak [NAME] Rekening BRI [BANK_ACCOUNT]",
        id="context-word-title",
    ),
    # Ordinary words after a name in capitals stay.
    pytest.param(
        "NPWP 15.266.890.8.148.653 A.N. VINSENSIUS BERE DITOLAK SAAT DAFTAR",
        "NPWP [NPWP] A.N. [NAME] DITOLAK SAAT DAFTAR",
        id="caps-verb",
    ),
    pytest.param(
        "ANJING TETANGGA AN MUHAMMAD YUSUF GIGIT ANAK SY",
        "ANJING TETANGGA AN [NAME] GIGIT ANAK SY",
        id="an-before-caps-name",
    ),
    # Ranks and kin words between a trigger and the name stay outside (the guide's titles).
    pytest.param("Pak Bripka Jhoni Pah yg tilang sy", "Pak Bripka [NAME] yg tilang sy", id="rank"),
    pytest.param("tetangga sy Opa Fredi sakit", "tetangga sy Opa [NAME] sakit", id="kin"),
    # The guide's "a name written the wrong way still names the person".
    pytest.param(
        'Nama saya tertulis "Lynce Ratu" pada pengumuman',
        'Nama saya tertulis "[NAME]" pada pengumuman',
        id="quoted-after-tertulis",
    ),
    pytest.param(
        "NAMA ANAK TERTULIS LIEM SIU LIN HARUSNYA",
        "NAMA ANAK TERTULIS [NAME] HARUSNYA",
        id="tertulis-caps",
    ),
    # A family name that is also an ordinary word: a name in title case after a name.
    pytest.param("Nama: Yosef Mau\nHP: 081234567890", "Nama: [NAME]\nHP: [PHONE]", id="mau"),
    pytest.param("tetangga Naomi Mau tu sakit", "tetangga [NAME] tu sakit", id="mau-gazetteer"),
    pytest.param("Pak Yosef mau lapor", "Pak [NAME] mau lapor", id="mau-the-word"),
]


@pytest.mark.parametrize(("text", "expected"), NAME_ENDS)
def test_a_name_ends_where_it_ends(text: str, expected: str) -> None:
    assert redacted(text) == expected


NOT_NAMES = [
    # A payment code's word is no name, so the code is not read as a phone (the guide's
    # "a VA number that contains digits of a phone").
    pytest.param("Pak, BRIVA 12345 081234567890 itu kode bayar", id="briva"),
    pytest.param("Rekening honor saya BRI 468901870000653.", id="bank-after-saya"),
    # An account holder that is an office, not a person.
    pytest.param("Rek. Bank NTT 0142589330 a.n. Kas Daerah Kota Kupang", id="kas-daerah"),
    pytest.param("rekening BNI 0142589330 a.n. Dinas Sosial", id="dinas"),
    pytest.param("tf ke rek BRI 0142589330 a.n. Yayasan Kasih Bunda", id="yayasan"),
    pytest.param("setor ke BRI 0142589330 atas nama Koperasi Sehati", id="koperasi"),
    # Codes and acronyms: glued to a digit, inside a code, or without a vowel.
    pytest.param("nomor rangka motor sy MH1JM1131717", id="glued-to-digits"),
    pytest.param("no rekam medis anak sy RM-989186 di RS", id="code-with-dash"),
    pytest.param("Honor petugas KPPS Rp 100.000 belum masuk", id="acronym"),
    pytest.param("kode undangan dimulai VLBN-Z4PN-DEF.", id="inside-code"),
    pytest.param("SOPIR ANGKOT JALUR 02 DIMINTA UANG", id="ordinary-caps-words"),
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_not_a_name(text: str) -> None:
    assert "[NAME]" not in redacted(text)


def test_an_account_holder_who_is_a_person_is_still_a_name() -> None:
    text = "Rek. Bank NTT 0142589330 a.n. Kasih Tanone"
    assert redacted(text) == "Rek. Bank NTT [BANK_ACCOUNT] a.n. [NAME]"


# The area after a home (kelurahan, kecamatan, city) is read to its end, and stays visible.
ADDRESS_ENDS = [
    pytest.param(
        "Rumah sy Jl. Nangka No. 45, Kel. Merdeka. Rekening BSI 7629643563",
        "Rumah sy [ADDRESS], Kel. Merdeka. Rekening BSI [BANK_ACCOUNT]",
        id="sentence-end-bank",
    ),
    pytest.param(
        "Jl. Nangka No. 17 RT 12/RW 006 Kel. Oetete. Hp 085165346437",
        "[ADDRESS] Kel. Oetete. Hp [PHONE]",
        id="sentence-end-phone",
    ),
    pytest.param(
        "rumah di Jl. Kelinci No. 5 Kel. Oepura. Lampu jalan mati",
        "rumah di [ADDRESS] Kel. Oepura. Lampu jalan mati",
        id="sentence-end-words",
    ),
    # An SMS word ends an area's name in capitals.
    pytest.param(
        "RT 24 RW 08 KEL SIKUMANA MHN DIPERBAIKI",
        "[ADDRESS] KEL SIKUMANA MHN DIPERBAIKI",
        id="sms-word-after-area",
    ),
    # An abbreviation's dot inside a street's name does not end it.
    pytest.param("Jl. Jend. Sudirman No. 66 RT 21/RW 10", "[ADDRESS]", id="abbreviation-in-street"),
    pytest.param("JL. PROF. DR. HERMAN JOHANNES NO. 62", "[ADDRESS]", id="abbreviations-in-caps"),
    # An RT glued to its number (the guide's ``RT 014/RW 006`` without spaces).
    pytest.param(
        "rumah sy RT11/RW12 Kel. Naikoten I", "rumah sy [ADDRESS] Kel. Naikoten I", id="rt-glued"
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESS_ENDS)
def test_an_address_ends_where_it_ends(text: str, expected: str) -> None:
    assert redacted(text) == expected


OFFICE_ADDRESSES = [
    pytest.param("datang ke kantor lurah Oebobo, Jl. El Tari No. 117, besok", id="kantor"),
    pytest.param("Pengambilan di Gudang Satpol PP, Jl. Rote No. 88, denda", id="gudang"),
    pytest.param("Unit: Mal Pelayanan Publik, Jl. Palapa No. 57\nAntrian: 61", id="mal"),
    pytest.param("PEMERINTAH KOTA KUPANG\nKELURAHAN Oetete\nJl. Rote No. 3, Kupang", id="heading"),
]


@pytest.mark.parametrize("text", OFFICE_ADDRESSES)
def test_an_offices_address_is_no_home(text: str) -> None:
    assert "[ADDRESS]" not in redacted(text)


def test_a_home_next_to_an_office_without_a_comma_is_still_a_home() -> None:
    text = "rumah saya dekat kantor lurah di Jl. Rote No. 3"
    assert redacted(text) == "rumah saya dekat kantor lurah di [ADDRESS]"


def test_every_case_stays_a_fixpoint() -> None:
    cases = [*NAME_ENDS, *NOT_NAMES, *ADDRESS_ENDS, *OFFICE_ADDRESSES]
    for case in cases:
        text = case.values[0]
        assert isinstance(text, str)
        once = redacted(text)
        assert redacted(once) == once, case.id
