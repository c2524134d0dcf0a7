"""Whose line a phone number is when the text states it away from the closest context word.

The annotation guide labels a private person's mobile or home landline and leaves numbers
introduced as an office's or a service's; a business is a service (the guide's decisions table).
Each group has cases of our own wording for one rule of ``_phone_stated.py``.
"""

from __future__ import annotations

import pytest

from pengaduan.redaction import Redactor

REDACTOR = Redactor.default()


def phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REDACTOR.find(text) if f.kind == "phone"]


NOT_PERSONAL = [
    # A business's noun in the clause before the number, a mobile too.
    pytest.param("Sy servis motor, WA bengkel 0813 5379 2210 tdk dibalas.", id="wa-bengkel"),
    pytest.param("Beli obat di sini mahal. Apotek Sehat Oebobo 0812 3790 4416.", id="apotek"),
    pytest.param("Penumpang ditinggal, telp travel 0821 4471 0933 tdk aktif.", id="telp-travel"),
    pytest.param("NO PANGKALAN 0852 3719 0241 TDK ANGKAT.", id="pangkalan-in-capitals"),
    pytest.param("Promo Laundry Wangi 5 rb/kg, antar jemput, WA 0813 5379 2210.", id="laundry"),
    pytest.param("Radio Suara Kota line interaktif (0380) 821 447.", id="radio"),
    pytest.param("Admin Disdukcapil di WA 0811 3922 1100 tdk balas.", id="an-office-admin"),
    pytest.param("Admin Puskesmas Oepoi 0812 3790 4416 tdk balas.", id="admin-then-institution"),
    # Where the number was read.
    pytest.param("Nomor di spanduk 0812 3790 4416 tdk aktif.", id="read-on-a-banner"),
    pytest.param("Ada stiker di tiang: 'SEDOT WC 0813 5379 2210'.", id="read-on-a-sticker"),
    pytest.param("Di google 0380 821 447, di IG 0812 3790 4416.", id="read-on-the-web"),
    pytest.param("Dong pung nomor 0812 3790 4416 tulis di tangki.", id="written-on-a-tank"),
    # A business's name in a bracket after the number.
    pytest.param("Pesan lewat 0812 3790 4416 (Maju Travel), uang hilang.", id="bracket-business"),
    pytest.param("Nomor 0813 5379 2210 (CV Tirta Jaya) di pintu truk.", id="bracket-company"),
    # A list after an office's line.
    pytest.param(
        "Dinas Sosial 0380 826 340 / WA 0815 2440 3995; Dinkes 0380 855 579.",
        id="office-list",
    ),
    pytest.param("HOTLINE PDAM 0380 875 532 DAN WA 0897 7410 3662 TDK ADA.", id="hotline-and-wa"),
    pytest.param(
        "Nomor WA layanan Kelurahan Oebobo berubah dari 0812 3790 4416 menjadi 0813 5379 2210.",
        id="changed-to",
    ),
    # Stated after the number.
    pytest.param("Nomor 0812 3790 4416 adalah nomor WhatsApp resmi Puskesmas.", id="stated"),
    pytest.param("WA CAMAT 0812 3790 4416 (NMR KANTOR) TDK BALAS.", id="nmr-kantor"),
    pytest.param("Petugas telp dr 0812 3790 4416 (katanya nomor dinas).", id="said-dinas"),
    pytest.param("Nomor 0812 3790 4416 tu WA admin Puskesmas Oesapa?", id="kupang-tu"),
    pytest.param(
        "HP: 0380 893 583\nIsi: Nomor HP di atas adalah telepon kantor koperasi kami.",
        id="the-number-above",
    ),
    # The writer calling an office's fixed line.
    pytest.param("Di kantor lurah tdk ada org, beta su telpon (0380) 821 447.", id="writer-calls"),
    # A date, not a phone.
    pytest.param("Kebakaran tanggal 02102026 13.30 di Oebobo.", id="date-and-time"),
    # A scam's number a call came from, posing as an office, with nobody named as its user.
    pytest.param(
        "Penipuan atas nama kantor pajak, telp dari 0897 5309 1085 minta data.", id="call-from"
    ),
    # Receipts and customer numbers.
    pytest.param("Bengkel Jaya: No. nota 0860 4012 3373, total Rp 90.000.", id="nota"),
    pytest.param("Air mati. NO PEL 06.18.24815", id="no-pel"),
]

PERSONAL = [
    pytest.param(
        "WA Center 0811 3811 5050, laporan dari nomor 0882 9775 3786 (an. Yuli).",
        "0882 9775 3786",
        id="from-number",
    ),
    pytest.param("Laporan dari 0896 2293 5530", "0896 2293 5530", id="report-from"),
    pytest.param(
        "Penipuan atas nama kantor pajak. Sy ditelpon dari 0897 5309 1085, namanya Yos Benu.",
        "0897 5309 1085",
        id="call-from-a-named-user",
    ),
    pytest.param(
        "No. HP darurat (adik): 0811 9718 797", "0811 9718 797", id="emergency-contact-kin"
    ),
    pytest.param(
        "kontak darurat sy 0811\u00a06287\u00a0588, kontak kantor sy 0380 808 884",
        "0811\u00a06287\u00a0588",
        id="emergency-contact",
    ),
    pytest.param(
        "Sy telp nomor kelurahan di papan 0821 3193 8768 tp yg angkat bilang itu nomor pribadi.",
        "0821 3193 8768",
        id="said-private",
    ),
    pytest.param(
        "Nomor sy\n0853 7396\n23195\nmohon dibantu.", "0853 7396\n23195", id="split-by-a-line"
    ),
    pytest.param(
        "Beta tukang ojek pangkalan. Pangkalan pung nomor 0821 4508 9830, beta pung hp "
        "sendiri 0811 8812 3456.",
        "0811 8812 3456",
        id="own-mobile-after-a-business",
    ),
    pytest.param(
        "Telp bengkel (0380) 837 631, WA teknisi 0896 8981 2790 (Sefnat).",
        "0896 8981 2790",
        id="a-technician",
    ),
    pytest.param(
        "Sy tinggal dekat bengkel Maju, WA 0812 3790 4416.", "0812 3790 4416", id="a-landmark"
    ),
    pytest.param(
        "Sy pemilik toko kelontong, HP 0812 3790 4416.", "0812 3790 4416", id="owner-of-a-shop"
    ),
    pytest.param(
        "Sy lihat di FB, ini nomor penipunya 0812 3790 4416",
        "0812 3790 4416",
        id="a-scammer-read-on-the-web",
    ),
    pytest.param(
        "Ini nomor sy 0812 3790 4416, nomor kantor sy 0380 821447",
        "0812 3790 4416",
        id="own-number-then-an-office-line",
    ),
    pytest.param(
        "WA sy 0812 3790 4416 (nomor dinas tdk aktif)",
        "0812 3790 4416",
        id="own-number-then-a-word-on-an-office-line",
    ),
    pytest.param(
        "Saya lihat spanduk penipuan, hubungi 0812 3790 4416",
        "0812 3790 4416",
        id="a-scam-banner",
    ),
    pytest.param(
        "Itu nomor 0812 3790 4416 bukan nomor dinas, tapi nomor pribadi pegawai.",
        "0812 3790 4416",
        id="a-denial",
    ),
]


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_not_personal(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(("text", "number"), PERSONAL)
def test_personal(text: str, number: str) -> None:
    assert phones(text) == [number]


def test_lines_on_separate_lines_stay_apart() -> None:
    text = "NIK: 5371041205890003\nHP: 0812 3790 4416\n0813 5379 2210"
    assert phones(text) == ["0812 3790 4416", "0813 5379 2210"]
