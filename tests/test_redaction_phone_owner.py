"""Whose line a phone number is when the words saying so are after it or at the text's head.

The annotation guide labels a private person's mobile or home landline and leaves numbers
introduced as an office's or a service's; ``Toko Sinar Abadi`` is a business, not a person. Each
group has cases from the guide's wording and variations of our own.
"""

from __future__ import annotations

import pytest

from pengaduan.redaction import Redactor
from pengaduan.redaction._detect_number import _OWNED_AFTER, _WE_OR_INVITE
from pengaduan.redaction._phone_owner import (
    following_owner,
    invited,
    office_sender,
    speakers_own_line,
)

REDACTOR = Redactor.default()


def phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REDACTOR.find(text) if f.kind == "phone"]


OFFICES = [
    pytest.param("Mohon hubungi kantor kelurahan 081339001122", id="contact-the-office-mobile"),
    pytest.param(
        "hubungi kantor kepala desa 081339001122", id="a-role-in-the-office-name-is-no-person"
    ),
    pytest.param(
        "Ada yang tau nomor pengaduan Dinas Sosial? Sy cuma dapat (0380) 821 447 dan WA center "
        "0811-3811-5050, dua-duanya tdk angkat.",
        id="listed-with-a-wa-center",
    ),
    pytest.param(
        "Sy coba 0380-833 029 atau hotline 112, tdk ada yg angkat.", id="listed-with-a-hotline"
    ),
    pytest.param("Nomornya 0380 821 555 / call center 0811 3811 5050.", id="slash-listing"),
    pytest.param(
        "Tadi ada yg telp dari 0380 828 662 ngaku petugas Dinsos, minta uang.",
        id="fixed-line-posing-as-staff",
    ),
    pytest.param(
        "Sy ditelpon (0380) 821 447 yang mengaku dari PLN.", id="fixed-line-posing-as-a-company"
    ),
    pytest.param(
        "Bapenda Kota Kupang: keberatan Anda diterima. Mohon tunggu 3 hari kerja. "
        "Kontak: 0380-864 664.",
        id="office-message-contact",
    ),
    pytest.param(
        "DINAS SOSIAL KOTA KUPANG: bantuan tahap 2 sudah cair. Info: telp 0380 821 123.",
        id="office-message-in-capitals",
    ),
    pytest.param(
        "Tanggapan Dinas PUPR: perbaikan dijadwalkan minggu depan. Hubungi kami di 0812 3766 0011.",
        id="office-message-we",
    ),
    pytest.param(
        "PEMERINTAH KOTA KUPANG\nSEKRETARIAT DAERAH\nJalan S.K. Lerik, Kelapa Lima, Kupang 85228 "
        "Website: kupangkota.go.id Telp (0380) 833 016",
        id="government-letter-heading",
    ),
    pytest.param("Toko Sinar Abadi telp 0380 821 555 tdk angkat.", id="a-shop"),
    pytest.param("Apotek Kimia Farma (0380) 821 555 tutup terus.", id="a-pharmacy"),
    pytest.param("Taksi bandara 0380 881 222 tdk datang.", id="a-taxi-company"),
    pytest.param("Koperasi Sejahtera telp 0380 833 111.", id="a-cooperative"),
    pytest.param(
        "Silakan chat ke WA 0811-3811-5050 milik Dinas Kominfo.", id="mobile-owned-by-an-office"
    ),
    pytest.param(
        "Di baliho tertulis 0812 3456 7788 untuk pengaduan, tp tdk aktif.",
        id="number-serving-complaints",
    ),
    pytest.param(
        "Nomornya 0380 821 555 (khusus layanan darurat).", id="number-serving-emergencies"
    ),
    pytest.param("Sy telp 0380 821 555 punya kantor camat.", id="fixed-line-owned-by-an-office"),
    pytest.param(
        "Mohon info, nomor Dukcapil yg bisa dihubungi 0811 3922 1100 ya?",
        id="number-of-an-institution-mobile",
    ),
    pytest.param("Nomor Puskesmas Oepoi 0812 3456 7788 tdk aktif.", id="nomor-then-institution"),
    pytest.param(
        "Sy sudah SMS ke 0811 3811 5050 (nomor pengaduan).", id="long-office-word-in-brackets"
    ),
    pytest.param(
        # the guide labels what the writer says a number is: one posing as an office's
        "Sy dapat SMS dari 0814 8038 2609 ngaku Dukcapil, minta NIK.",
        id="mobile-posing-as-an-office",
    ),
]

PERSONS = [
    pytest.param(
        "HP sy 0812 3790 4416 dan kantor (0380) 832 447.",
        "0812 3790 4416",
        id="own-mobile-before-an-office-word",
    ),
    pytest.param(
        "Sy 0812 3790 4416 dan kantor lurah tdk mau bantu.",
        "0812 3790 4416",
        id="office-word-without-a-number-after",
    ),
    pytest.param(
        "Pagi kantor lurah, sy Yanti 0812 3790 4416.",
        "0812 3790 4416",
        id="person-after-an-office-word",
    ),
    pytest.param(
        "Anak sy sekolah di SD Inpres, telp rumah 0380 821 447.",
        "0380 821 447",
        id="home-line-after-a-school",
    ),
    pytest.param(
        "Bapenda Kota Kupang: mohon dicek. Telp rumah 0380 821 447.",
        "0380 821 447",
        id="home-line-in-an-office-message",
    ),
    pytest.param(
        "Petugas Dinsos: ini nomor sy 0380 821 447.",
        "0380 821 447",
        id="a-person-writing-is-no-office",
    ),
    pytest.param(
        "Nama: Yanti Benu\nTelp: (0380) 821 447\nKeluhan: lampu mati.",
        "(0380) 821 447",
        id="identity-block-header-is-no-office",
    ),
    pytest.param(
        "HP sy 0812 3790 4416 untuk pengaduan ini.",
        "0812 3790 4416",
        id="own-phone-for-this-complaint",
    ),
    pytest.param(
        "Kami warga RT 05 Oebobo. Hubungi kami di 0812 3766 0011.",
        "0812 3766 0011",
        id="residents-we",
    ),
    pytest.param(
        "Kelurahan Oebobo: sy Yanti, hubungi kami di 0812 3766 0011.",
        "0812 3766 0011",
        id="a-person-we-in-an-office-message",
    ),
    pytest.param(
        "Toko sy di Oebobo, HP 0813 5379 2210.", "0813 5379 2210", id="shop-owner-own-mobile"
    ),
    pytest.param(
        "WA 0812 3456 7788 milik petugas Dinsos, Pak Yos.",
        "0812 3456 7788",
        id="owned-by-a-person-of-an-office",
    ),
    pytest.param(
        "Nomor dinas sy 0812 3456 7788 sdh ganti.", "0812 3456 7788", id="nomor-dinas-of-a-person"
    ),
    pytest.param(
        "Klinik Pratama Sehat 0813 5379 2210 (WA) tdk balas.",
        "0813 5379 2210",
        id="mobile-after-an-institution-stays",  # an institution's fixed line only
    ),
    # A contact word, an office's word, then the writer: the writer's own number.
    pytest.param(
        "Lampu jalan mati. Mohon hub kantor atau saya 081339001122",
        "081339001122",
        id="contact-the-office-or-me",
    ),
    pytest.param("WA kantor atau sy 0813 3900 1122", "0813 3900 1122", id="wa-office-or-me"),
    pytest.param(
        "bisa hubungi kantor atau beta 081339001122", "081339001122", id="kupang-beta-after-office"
    ),
    pytest.param(
        "hub kantor 0380-821234 atau saya 081339001122",
        "081339001122",
        id="the-office-line-then-mine",
    ),
    pytest.param(
        "HUB KANTOR LURAH, SY YANTI 081339001122", "081339001122", id="caps-office-then-named-me"
    ),
]


@pytest.mark.parametrize("text", OFFICES)
def test_office_lines_stay(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(("text", "number"), PERSONS)
def test_personal_lines_are_found(text: str, number: str) -> None:
    assert phones(text) == [number]


def test_following_owner() -> None:
    assert following_owner(" deng wa center 0811") == "office"
    assert following_owner(" dan kantor lurah tdk") is None  # an office word, no second line
    assert following_owner(" ngaku petugas dinsos") == "owned"
    assert following_owner(", yang mengaku dari kantor lurah") == "owned"
    assert following_owner(" bilang dia dari dinas sosial") == "owned"
    # posing as a relative is a scam's way too (``Nomor 0815... ngaku anak kos sa``)
    assert following_owner(" ngaku anak sy") == "owned"
    assert following_owner(" mengaku dari kampung yang sama") is None  # a place, no one posed as
    assert following_owner(" milik dinas kominfo") == "owned"
    assert following_owner(" milik sy sendiri") is None
    assert following_owner("") is None


def test_office_sender() -> None:
    assert office_sender("bapenda kota kupang: keberatan anda sudah diterima.")
    assert not office_sender("pak yos dari dinas: tolong dibantu ya pak")
    assert not office_sender("nama: yanti")
    assert not office_sender("tidak ada kepala di sini")
    assert not office_sender("")
    assert office_sender("pemerintah kota kupang\ndinas sosial")
    assert not office_sender("dinas terkait: pupr\ntelp: 0380")


@pytest.mark.parametrize(
    "after",
    [
        " ngaku petugas dinsos",
        ", mengaku petugas dukcapil",
        " yang dilaporkan mengatasnamakan dinas sosial",
        " seolah dari kantor lurah",
        " bilang dia dari dinas sosial",
        " pakai foto kepala dinas pendidikan",
        " ngaku dr bank ntt",
        " milik dinas kominfo",
        " itu nomor bengkel",
        " yang bilang dari bank ntt",
        " itu benar petugas pkh?",
        " (admin kemensos)",
        " dan 0897 4979 832 mengaku dari bapenda",
        " dan 0838-4071-1401. mana yg resmi?",
        " dan mengaku dari bp2mi",
    ],
)
def test_the_mobiles_quick_exit_keeps_every_owned_phrase(after: str) -> None:
    # A mobile after a phone word reads `following_owner` only where one of `_OWNED_AFTER`'s
    # words stands after it: every phrase that makes the number an office's holds one.
    assert following_owner(after) == "owned"
    assert _OWNED_AFTER.search(after) is not None


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("[07.09] puskesmas fatukoa: jadwal imunisasi besok. daftar lewat wa ", True),
        ("puskesmas oebobo: untuk konfirmasi jadwal hubungi ", True),
        ("petugas: itu nomor travel, bu, bukan nomor kami. nomor kami ", True),
        ("petugas: nomor kami 0380 861979, nomor pelapor ", False),
        ("pelapor: nomor kami sekeluarga sudah ganti, hubungi ", False),
        ("puskesmas oebobo: laporan dari nomor ", False),
        ("dinas sosial: bpk yohanes silakan hubungi petugas kami ibu maria di ", False),
        ("nama: yanti hubungi ", False),
    ],
)
def test_a_speakers_own_line(text: str, owned: bool) -> None:
    assert speakers_own_line(text, len(text)) is owned
    if owned:
        # `_speakers_own` reads these rules only where its prefilter finds a word before the
        # number: every line the rules take holds one in its last 40 characters.
        assert _WE_OR_INVITE.search(text[-40:]) is not None


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("perubahan jadwal hubungi ", True),
        ("kontak: telp (0380) 822249, wa ", True),
        ("silakan hubungi keluarga di ", False),
        ("kontak pelapor: ", False),
        ("nomor lama ", False),
    ],
)
def test_an_invitation_to_get_in_touch(window: str, expected: bool) -> None:
    assert invited(window) is expected
    if expected:
        assert _WE_OR_INVITE.search(window) is not None
