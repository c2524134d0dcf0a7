# ruff: noqa: E501, RUF001
"""Write the second blind redaction corpus, ``redaction_blind_v2.jsonl``.

Every text is invented and labelled inline, following ``docs/redaction-annotation-guide.md``:

- ``[[kind:value]]`` marks a span of personal data; the markers are stripped and the span's
  Python string offsets are written to the corpus.
- ``{...}`` fills in a made-up identity number from a seeded generator, so the output is the
  same on every run:

  - ``{nik:5371:F:s}``: a NIK for a region (4 or 6 digits), sex ``M``/``F``/``?`` (day + 40 for
    women) and layout ``b`` (one block), ``s`` (groups of four), ``d`` (dots) or ``h`` (dashes);
  - ``{kk:5371:b}``: a family card number (region, issue date, serial);
  - ``{npwp:o}`` (old ``99.999.999.9-999.999``), ``{npwp:b}`` (old, digits only), ``{npwp:n}``
    (16 digits);
  - ``{hp:d}``: an Indonesian mobile, written ``p`` plain, ``d`` dashes, ``s`` spaces, ``o``
    dots, ``i`` ``+62 8xx-xxxx-xxxx``, ``I`` ``+628…``, ``c`` ``628…``, ``C`` ``62 8xx xxxx
    xxxx``, ``m`` mixed spaces and dashes, ``t`` ``(08xx) xxxx xxxx``;
  - ``{tel:s}``: a Kupang landline ``0380 8xxxxx``, ``{tel:p}`` with ``(0380)``;
  - ``{bpjs:b}`` / ``{bpjs:s}``: a 13-digit JKN-KIS card number;
  - ``{rek:bri}``, ``{rek:bni}``, ``{rek:bni08}``, ``{rek:mandiri}``, ``{rek:bca}``,
    ``{rek:ntt}``, ``{rek:bsi}``: bank account numbers in each bank's usual layout;
  - ``{d:12}``: twelve random digits (for look-alikes: billing codes, meters, tickets);
  - a prefix changes how the value is written: ``fw|`` full-width, ``zw|`` a zero-width space
    between digit groups, ``nb|`` no-break spaces, ``is|`` ideographic spaces (U+3000), ``sh|``
    a soft hyphen in the middle; ``{fw|=TEXT}`` applies the change to literal text;
  - ``{hp:i@a}`` keeps the value under ``a`` and ``{@a}`` writes it again in the same text
    (the same sender twice in a chat).

Run it from anywhere: ``python tests/data/blind/make_redaction_blind_v2.py``.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("redaction_blind_v2.jsonl")
KINDS = frozenset(
    {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
)
STYLES = (
    "sms_caps",
    "whatsapp",
    "web_form",
    "kupang_malay",
    "officials",
    "letter",
    "social",
    "unicode",
    "relayed",
)
PREFIX = {
    "sms_caps": "sm",
    "whatsapp": "wa",
    "web_form": "wf",
    "kupang_malay": "km",
    "officials": "of",
    "letter": "lt",
    "social": "so",
    "unicode": "un",
    "relayed": "rl",
}

RNG = random.Random(20261205)
TEXTS: list[tuple[str, str]] = []


def add(style: str, *raws: str) -> None:
    """Queue labelled texts of one style."""
    assert style in STYLES, style
    TEXTS.extend((style, raw) for raw in raws)


# --- identity numbers -------------------------------------------------------------------------

KOTA_KUPANG_DISTRICTS = ("01", "02", "03", "04", "05", "06")
MOBILE_PREFIXES = (
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853",
    "0814", "0815", "0816", "0855", "0856", "0857", "0858",
    "0817", "0818", "0819", "0859", "0877", "0878",
    "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0887",
)  # fmt: skip


def _digits(n: int) -> str:
    return "".join(str(RNG.randrange(10)) for _ in range(n))


def _date(female: bool, lo: int, hi: int) -> str:
    day = RNG.randint(1, 28)
    month = RNG.randint(1, 12)
    year = RNG.randint(lo, hi)
    return f"{day + 40 if female else day:02d}{month:02d}{year % 100:02d}"


def _region6(region: str) -> str:
    if len(region) == 6:
        return region
    if region == "5371":
        return region + RNG.choice(KOTA_KUPANG_DISTRICTS)
    return region + f"{RNG.randint(1, 14):02d}"


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    if at < len(digits):
        parts.append(digits[at:])
    return sep.join(p for p in parts if p)


def nik(region: str, sex: str, layout: str) -> str:
    female = RNG.random() < 0.5 if sex == "?" else sex == "F"
    digits = _region6(region) + _date(female, 1948, 2007) + f"{RNG.randint(1, 420):04d}"
    return _layout16(digits, layout)


def _layout16(digits: str, layout: str) -> str:
    if layout == "b":
        return digits
    if layout == "s":
        return _group(digits, (4, 4, 4, 4), " ")
    if layout == "h":
        return _group(digits, (4, 4, 4, 4), "-")
    if layout == "d":
        return _group(digits, (2, 2, 2, 6, 4), ".")
    raise ValueError(layout)


def kk(region: str, layout: str) -> str:
    digits = _region6(region) + _date(False, 2008, 2024) + f"{RNG.randint(1, 900):04d}"
    return _layout16(digits, layout)


def npwp(layout: str) -> str:
    if layout == "n":
        return nik(RNG.choice(("5371", "5301", "5302", "5314")), "?", "b")
    digits = RNG.choice(("24", "49", "57", "58", "66", "71", "81", "82", "09")) + _digits(7)
    digits += "920000" if RNG.random() < 0.7 else "9" + _digits(2) + "000"
    if layout == "b":
        return digits
    return f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}.{digits[8]}-{digits[9:12]}.{digits[12:]}"


def hp(layout: str) -> str:
    number = RNG.choice(MOBILE_PREFIXES) + _digits(RNG.choice((7, 8, 8, 8, 9)))
    sizes = {11: (4, 3, 4), 12: (4, 4, 4), 13: (4, 4, 5)}[len(number)]
    intl = number[1:]
    intl_sizes = {10: (3, 3, 4), 11: (3, 4, 4), 12: (3, 4, 5)}[len(intl)]
    half = (len(number) - 4) // 2
    layouts = {
        "p": number,
        "d": _group(number, sizes, "-"),
        "s": _group(number, sizes, " "),
        "o": _group(number, sizes, "."),
        "m": f"{number[:4]} {number[4 : 4 + half]}-{number[4 + half :]}",
        "t": f"({number[:4]}) {number[4 : 4 + half]} {number[4 + half :]}",
        "i": "+62 " + _group(intl, intl_sizes, "-"),
        "I": "+62" + intl,
        "c": "62" + intl,
        "C": "62 " + _group(intl, intl_sizes, " "),
    }
    return layouts[layout]


def tel(layout: str) -> str:
    local = RNG.choice(("8", "82", "83", "85", "81")) + _digits(5)
    local = local[:6] if len(local) > 6 else local
    if RNG.random() < 0.3:
        local += str(RNG.randrange(10))
    if layout == "s":
        return f"0380 {local}"
    if layout == "p":
        return f"(0380) {local[:3]} {local[3:]}"
    if layout == "h":
        return f"0380-{local}"
    raise ValueError(layout)


def bpjs(layout: str) -> str:
    digits = "000" + str(RNG.randint(1, 3)) + _digits(9)
    if layout == "b":
        return digits
    return _group(digits, (4, 4, 5), " ")


REK = {
    "bri": lambda: f"{_digits(4)}-01-{_digits(6)}-50-{_digits(1)}",
    "bni": lambda: "0" + _digits(9),
    "bni08": lambda: "08" + _digits(8),
    "mandiri": lambda: "1" + RNG.choice(("61", "52", "43")) + "00" + _digits(8),
    "bca": lambda: RNG.choice(("31", "78", "02")) + _digits(8),
    "ntt": lambda: f"001.0{RNG.randint(1, 9)}.0{RNG.randint(1, 3)}.{_digits(6)}-{_digits(1)}",
    "bsi": lambda: "7" + _digits(9),
}


def rek(bank: str) -> str:
    return REK[bank]()


# --- odd characters ---------------------------------------------------------------------------

ZWSP, NBSP, IDSP, SHY = "\u200b", "\u00a0", "\u3000", "\u00ad"


def fullwidth(text: str) -> str:
    out = []
    for ch in text:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) - 0x21 + 0xFF01))
        else:
            out.append(ch)
    return "".join(out)


def zero_width(text: str) -> str:
    """A zero-width space at each separator, or every four digits in a block."""
    if re.search(r"[ .\-]", text):
        return re.sub(r"([ .\-])", lambda m: m.group(1) + ZWSP, text)
    return ZWSP.join(text[i : i + 4] for i in range(0, len(text), 4))


MODIFIERS = {
    "fw": fullwidth,
    "zw": zero_width,
    "nb": lambda t: t.replace(" ", NBSP),
    "is": lambda t: t.replace(" ", IDSP),
    "sh": lambda t: t[: len(t) // 2] + SHY + t[len(t) // 2 :],
}
MAKERS = {"nik": nik, "kk": kk, "npwp": npwp, "hp": hp, "tel": tel, "bpjs": bpjs, "rek": rek}
TOKEN = re.compile(r"\{((?:[a-z]{2}\|)*)(=[^{}]*|@\w+|[a-z0-9]+(?::[A-Za-z0-9?]+)*(?:@\w+)?)\}")
MEMO: dict[str, str] = {}
TITLE = re.compile(
    r"(?i)(bapak|ibu|pak|bu|bpk|sdr|sdri|ny|bidan|lurah|guru|dr|drs|pdt|om|tanta|mama|bapa|oma|opa|nona|nyong|kak|kaka|hj|ir)[.\s]"
)
MARKER = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.DOTALL)


def _fill(match: re.Match[str]) -> str:
    mods = [m for m in match.group(1).split("|") if m]
    body, _, key = match.group(2).partition("@")
    if body.startswith("="):
        value = body[1:]
    elif not body:
        value = MEMO[key]
    else:
        name, *args = body.split(":")
        value = _digits(int(args[0])) if name == "d" else MAKERS[name](*args)
        if key:
            MEMO[key] = value
    for mod in reversed(mods):
        value = MODIFIERS[mod](value)
    return value


def build(raw: str) -> tuple[str, list[dict[str, object]]]:
    """The text without markers, and its spans."""
    MEMO.clear()
    filled = TOKEN.sub(_fill, raw)
    assert "{" not in filled, raw
    assert "}" not in filled, raw
    text, spans, at = [], [], 0
    length = 0
    for match in MARKER.finditer(filled):
        before = filled[at : match.start()]
        text.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        assert kind in KINDS, (kind, raw)
        assert value, raw
        assert value == value.strip(), (value, raw)
        assert kind != "name" or not TITLE.match(value), (value, raw)
        spans.append({"kind": kind, "start": length, "end": length + len(value)})
        text.append(value)
        length += len(value)
        at = match.end()
    text.append(filled[at:])
    joined = "".join(text)
    assert "[[" not in joined, raw
    assert "]]" not in joined, raw
    return joined, spans


# --- the texts --------------------------------------------------------------------------------

# sms_caps: SMS to 1708 with the KOTKUPANG prefix, capitals and abbreviations.
add(
    "sms_caps",
    "KOTKUPANG SY [[name:YOSEFINA BENU]] NIK [[nik:{nik:5371:F:b}]] MAU TANYA KTP EL SY SDH 3 BLN BLM JADI DI DUKCAPIL. TLG DIBANTU",
    "KOTKUPANG LAMPU JALAN DI JL. FRANS SEDA DEPAN GEREJA MATI SDH 2 MINGGU, MLM GELAP SKALI RAWAN JAMBRET. MHN DITINDAKLANJUTI",
    "KOTKUPANG AIR PDAM DI KEL. BAKUNASE SDH 5 HARI TDK MENGALIR. ID PELANGGAN {d:10} TAGIHAN TETAP RP 187.500. MOHON PENJELASAN",
    "KOTKUPANG SY [[name:MELKI TANONE]] TINGGAL DI [[address:RT 014/RW 006]] KEL. OEBUFU. SAMPAH DI DEPAN RMH SY TDK DIANGKUT 2 MINGGU. HP [[phone:{hp:p}]]",
    "KOTKUPANG MOHON PERHATIAN DINAS PUPR, JLN DI JL. AMABI DEKAT SMPN 5 BERLUBANG BESAR, SDH 3 MOTOR JATUH MINGGU INI",
    "KOTKUPANG SY MAU LAPOR PUNGLI DI SAMSAT, SY BAYAR PAJAK MOTOR [[plate:DH 4417 KM]] DIMINTA TAMBAH RP 50RB TANPA KWITANSI. SY [[name:ANDREAS NALLE]]",
    "KOTKUPANG KAPAN PENCAIRAN BLT KEL. NAIKOLAN? KAMI SDH TUNGGU DARI JAM 08.00 SAMPAI 15.30 DI KANTOR LURAH, TDK ADA INFO",
    "KOTKUPANG TLG CEK BPJS SY NO KARTU [[bpjs:{bpjs:b}]] STATUS TDK AKTIF PDHL SY PBI. NAMA [[name:MARTHA FANGGIDAE]]",
    "KOTKUPANG ANAK SY [[name:CHELSEA]] DITOLAK DAFTAR SD INPRES OEPURA 2 KRN ZONASI PDHL RMH KAMI DI [[address:JL. KELINCI NO. 23]]. SY IBUNYA [[name:LENI RATU]] HP [[phone:{hp:s}]]",
    "KOTKUPANG PELAYANAN DI PUSKESMAS OEBOBO SANGAT LAMBAT, NO ANTRIAN A-112 BARU DIPANGGIL JAM 13.00. MOHON DIEVALUASI",
    "KOTKUPANG SY [[name:YUSUF BACHMID]] NIK [[nik:{nik:5371:M:s}]] KK [[kk:{kk:5371:b}]] DATA KK SY SALAH NAMA ISTRI TERTULIS [[name:FATIMAH]] HARUSNYA [[name:FATMAWATI]]",
    "KOTKUPANG TOKEN LISTRIK SY SDH BELI RP 100.000 NO TOKEN {d:4}-{d:4}-{d:4}-{d:4}-{d:4} TDK BISA MASUK. CALL CENTER PLN 123 TDK DIANGKAT",
    "KOTKUPANG ADA TRUK PLAT [[plate:DH 8052 AE]] BUANG SAMPAH DI KALI DEKAT JEMBATAN LILIBA TIAP MALAM JAM 23.00",
    "KOTKUPANG TRIMA KASIH ATAS PERBAIKAN JLN DI OESAPA SELATAN. SEMOGA KUPANG MAKIN INDAH DAN DAMAI",
    "KOTKUPANG SY GURU HONOR DI SMP NEGERI 12, GAJI 4 BLN BLM CAIR. SY [[name:ELISABETH NDOEN]], HP/WA [[phone:{hp:d}]]",
    "KOTKUPANG PAK LURAH OESAPA BARAT TDK PERNAH ADA DI KANTOR. SURAT PENGANTAR SY TERTAHAN SDH 2 MINGGU",
    "KOTKUPANG SY MAU TANYA NO REGISTER LAPOR SY LPR-2026-1105-0412 KENAPA BELUM DIJAWAB SDH 10 HARI",
    "KOTKUPANG TETANGGA SY OM [[name:BENI]] SAKIT STROKE TDK ADA YG URUS, TINGGAL SENDIRI DI [[address:GG. MERPATI NO. 7]] KEL. KUANINO. MOHON DINSOS DATANG",
    "KOTKUPANG DRAINASE DI JL. W.J. LALAMENTIK TERSUMBAT, HUJAN SEDIKIT AIR NAIK KE JLN. SDH LAPOR KE HOTLINE PUPR (0380) 833 460 TDK ADA TINDAKAN",
    "KOTKUPANG SY [[name:HENDRIK LAY]] KTP [[nik:{nik:5371:M:b}]] SDH REKAM E-KTP DI KEC. KOTA RAJA TGL 12/08/2026 TP BLM CETAK. HP [[phone:{hp:c}]]",
    "KOTKUPANG ANGKOT LAMPU 5 UGAL2AN, SOPIR MAIN HP SAMBIL NYETIR. KEJADIAN JAM 07.15 DI BUNDARAN PU",
    "KOTKUPANG SY DIMINTA BAYAR RP 300RB UTK SURAT KET DOMISILI DI KANTOR LURAH. APAKAH ITU RESMI? KODE BILLING YG DIKASIH {d:15}",
    "KOTKUPANG MOHON INFO JADWAL VAKSIN ANAK DI POSYANDU BUNGA MAWAR KEL. FATULULI",
    "KOTKUPANG SY [[name:DOMINGGUS PAH]] DI [[address:RT 09 RW 03]] KEL. ALAK. LAMPU JLN DEPAN RMH MATI, MOHON DIPERBAIKI. TRIMS",
    "KOTKUPANG SY [[name:AGUS]] MAU LAPOR ADA PENJUAL MIRAS DEKAT SD KATOLIK ST. YOSEPH, ANAK2 SEKOLAH BELI. TLG DITINDAK",
    "KOTKUPANG PELAYANAN RSUD S.K. LERIK LAMBAT, PASIEN BPJS DISURUH BELI OBAT SENDIRI DI LUAR RP 450.000",
    "KOTKUPANG SY [[name:M. ARFAH]] PEDAGANG PASAR OEBOBO. LAPAK SY NO B-17 DIBONGKAR SATPOL PP TANPA SURAT. HP [[phone:{hp:s}]]",
    "KOTKUPANG SUDAH 3X SY LAPOR KE NO WA PDAM 0811-3826-1190 SOAL PIPA BOCOR DI JL. PIET A. TALLO TP TDK ADA RESPON",
    "KOTKUPANG ISTRI SY [[name:MARIA GORETI SERAN]] MELAHIRKAN DI PUSKESMAS SIKUMANA, DIMINTA BAYAR PDHL ADA KIS NO [[bpjs:{bpjs:b}]]. SY SUAMINYA [[name:BLASIUS KLAU]]",
    "KOTKUPANG JALAN KE TPA ALAK RUSAK PARAH, TRUK SAMPAH SERING MACET. MOHON DIPERBAIKI SEBELUM MUSIM HUJAN",
    "KOTKUPANG SY PUNYA MOTOR [[plate:DH 2931 HJ]] DITILANG DI DEPAN POLDA TP SURAT TILANG TDK DIKASIH. SY [[name:RONI BIRE]] HP [[phone:{hp:p}]]",
    "KOTKUPANG LAPOR: PENERIMA PKH DI KEL. FATUFETO BANYAK YG MAMPU, YG MISKIN MALAH TDK DAPAT. MHN DIVERIFIKASI ULANG",
    "KOTKUPANG SY [[name:SRI WAHYUNI]] NIK [[nik:{nik:3578:F:b}]] PINDAH DARI SURABAYA, MAU URUS KTP KUPANG TP DISURUH BALIK KE SURABAYA. ALAMAT SKRG [[address:JL. SAM RATULANGI NO. 9]] KEL. OESAPA",
    "KOTKUPANG JAM PELAYANAN DUKCAPIL TERTULIS 08.00-15.00 TP PETUGAS BARU DATANG JAM 09.30. ANTRIAN SDH 60 ORANG",
    "KOTKUPANG ADA ANJING LIAR DI KOMPLEKS SDN BAKUNASE 2, SDH GIGIT 2 ANAK. MHN DINAS PETERNAKAN TANGKAP",
    "KOTKUPANG SY [[name:YAKOBUS NITBANI]] TOLONG HUBUNGI SY DI [[phone:{hp:d}]] ATAU [[phone:{hp:s}]] (HP ISTRI). SOAL SERTIFIKAT TANAH DI BPN TDK JELAS",
    "KOTKUPANG SY MINTA KEJELASAN BEASISWA KIP KULIAH ANAK SY [[name:DESI]] DI UNDANA. NIK ANAK [[nik:{nik:5371:F:b}]]. SY MAMA [[name:ROSA]]",
    "KOTKUPANG MOHON PENERTIBAN PARKIR LIAR DI DEPAN RS SILOAM, TARIF RP 5.000 PADAHAL RESMI RP 2.000",
    "KOTKUPANG KALI DI NUNBAUN SABU PENUH SAMPAH PLASTIK. BAU SAMPAI KE SD. KEL. MOHON KERJA BAKTI",
    "KOTKUPANG SY [[name:ISAK MESSAKH]] NIK [[nik:{nik:5371:M:b}]] NPWP [[npwp:{npwp:o}]] MAU TANYA PBB TANAH SY NAIK 3X LIPAT. NOP 53.71.030.004.{d:3}-{d:4}.0",
    "KOTKUPANG PENGADUAN: KAMI WARGA PERUMNAS KOLHUA SDH 1 MINGGU TDK DAPAT AIR TANGKI. SDH TELP KE NOMOR PENGADUAN 1708 DAN 0380 821 400",
    "KOTKUPANG TLG CABUT IZIN KARAOKE DI JL. TIMOR RAYA KM 8, BUKA SAMPAI JAM 03.00 PAGI. WARGA TDK BISA TIDUR",
    "KOTKUPANG SY [[name:NOVITA]] ANAK SY [[name:KEVIN]] GIZI BURUK TP TDK DAPAT PMT DARI POSYANDU. HUB [[phone:{hp:p}]]",
    "KOTKUPANG SY [[name:YOHANIS]] PINJAM UANG DI KOPERASI SINAR ABADI BUNGA 20% SEBULAN, SY DIANCAM. REK SY [[bank_account:{rek:bri}]] DIBLOKIR MEREKA?",
    "KOTKUPANG DEMO SOPIR ANGKOT TGL 14 NOV DI DEPAN KANTOR WALIKOTA, JALAN DITUTUP DARI JAM 10.00 S/D 14.00 TANPA PEMBERITAHUAN",
    "KOTKUPANG SY DRIVER OJOL [[name:ALDI TEFA]] MOTOR [[plate:DH 6024 MN]] DIRAZIA PREMAN DI TERMINAL KUPANG MINTA SETORAN RP 10RB/HR",
    "KOTKUPANG MOHON PERBAIKI JEMBATAN PENYEBERANGAN DEKAT UNWIRA PENFUI, BESI KARATAN HAMPIR PATAH",
    "KOTKUPANG PEMBAGIAN BERAS BANSOS DI KEL. NAIONI TGL 03/11 HANYA 5 KG, PDHL INFO 10 KG. KUPON NO 0231 S/D 0450",
    "KOTKUPANG SY [[name:WELHELMINA KOROH]] DI [[address:JL. NANGKA GG. 4 NO. 12]] KEL. OEBOBO, TETANGGA BAKAR SAMPAH TIAP SORE, ASAP MASUK RMH, ANAK SY ASMA",
    "KOTKUPANG NILAI RAPOR ANAK SY DI SMAN 3 KUPANG DITAHAN KRN BLM BAYAR KOMITE RP 750RB. SY ORTU [[name:YULIUS DJAMI]] HP [[phone:{hp:o}]]",
    "KOTKUPANG HARGA GAS 3 KG DI PANGKALAN KEL. KAYU PUTIH RP 35.000, HET RP 21.000. PANGKALAN NO. 53712-0045",
    "KOTKUPANG SY [[name:ABDUL RAHMAN]] [[phone:{hp:p}]] LAPOR MASJID AL-IKHLAS OEBA KEBANJIRAN, SALURAN AIR DITUTUP PROYEK",
    "KOTKUPANG TERIMA KASIH DISDUKCAPIL SDH TERBIT AKTA LAHIR ANAK SY CUMA 2 HARI. PELAYANAN MURNI GRATIS",
)

# whatsapp: chat exports, forwards, voice-note transcripts.
add(
    "whatsapp",
    "[03/11/26 07.42] [[name:Yuli Manafe]]: Selamat pagi admin, mau lapor air PDAM di Kel. Oebufu mati dari Sabtu\n[03/11/26 07.45] Admin Pengaduan Kota: Baik Ibu, mohon kirim alamat lengkap dan no. pelanggan\n[03/11/26 07.51] [[name:Yuli Manafe]]: [[address:Jl. Kenari No. 14, RT 011/RW 004]], no pelanggan 01-07-00{d:4}",
    "03/11/2026, 19:02 - [[phone:{hp:i@a}]]: Pak, lampu jalan di depan Gereja GMIT Koinonia sudah mati seminggu\n03/11/2026, 19:05 - Unit Pengaduan: Terima kasih, kami teruskan ke Dinas PUPR\n03/11/2026, 19:06 - [[phone:{@a}]]: Ok makasih",
    "*Diteruskan*\nINFO PENTING!!! Pendaftaran BLT Dana Kelurahan dibuka sampai 30 November. Bawa fotokopi KTP dan KK ke kantor lurah jam 08.00-14.00. Jangan percaya yang minta uang. Info resmi hanya di WA center 0811-3955-1708",
    "[Pesan suara 0:38, ditranskrip] halo selamat siang, saya [[name:Ferdinandus Koten]] dari Oesapa, mau lapor ada tiang listrik miring di depan rumah saya [[address:Jalan Cak Doko nomor 21]], takut rubuh kalau hujan angin, nomor saya [[phone:{hp:p}]] terima kasih",
    "[12/10/26 21.17] Mama [[name:Orpa]]: Kaka2 dong, sapa tau nomor pengaduan PLN? Lampu mati dari sore\n[12/10/26 21.18] [[name:Jefri Adoe]]: Telp 123 saja mama\n[12/10/26 21.20] Mama [[name:Orpa]]: Su telp tapi sibuk terus",
    "Forwarded as received:\nHati2 penipuan mengatasnamakan Dukcapil Kota Kupang, minta transfer Rp 250.000 untuk cetak KTP. Dukcapil TIDAK memungut biaya. Lapor ke call center 112 atau kantor (0380) 825 217",
    "[08/11/26 10.03] Ibu [[name:Ester Pello]]: Selamat pagi. Sy mau tanya status laporan tiket 2611-0834-117, soal jalan di Jl. Moh. Hatta\n[08/11/26 10.30] Admin LAPOR: Sedang diproses Dinas PUPR, estimasi 14 hari kerja",
    "[15/09/26 16.40] [[phone:{hp:c@a}]]: Ini foto sampah di belakang Pasar Kasih Naikoten, su 3 minggu sonde angkat\n[15/09/26 16.41] [[phone:{@a}]]: <Media tidak disertakan>\n[15/09/26 16.55] DLHK Kota Kupang: Baik, besok pagi armada turun",
    "Admin, ini data sy utk pengaduan BPJS:\nNama: [[name:Oktovianus Boimau]]\nNo. KIS: [[bpjs:{bpjs:s}]]\nNIK: [[nik:{nik:5301:M:b}]]\nHP: [[phone:{hp:d}]]\nKeluhan: kartu tidak bisa dipakai di RSUD",
    "[22/10/26 06.58] Pak RT 05: Bapak ibu warga, besok kerja bakti bersihkan got jam 06.00. Yang tidak hadir denda Rp 20.000 sesuai kesepakatan\n[22/10/26 07.10] Warga: Siap pak RT",
    "[Pesan suara 1:12] ...jadi begini pak, anak saya [[name:Rian]] itu sudah dua hari demam, dibawa ke Puskesmas Oepoi katanya dokter tidak ada, disuruh ke RS Leona, di sana bayar Rp 350 ribu... saya mamanya [[name:Yanti Ully]], rumah di [[address:RT 03 RW 01]] Kelurahan Fontein",
    "[02/11/26 13.22] [[name:Stefanus Making]]: Min, ini nomor sy [[phone:{hp:s}]], tolong dihubungi petugas Dishub ya soal lampu merah Oebobo yg rusak\n[02/11/26 13.40] Admin: Sudah kami teruskan pak [[name:Stefanus]]",
    'Diteruskan dari grup RW 04 Oesapa:\n"Pengumuman: penyaluran air bersih gratis dari BPBD hari Kamis 06/11 jam 09.00 di halaman Kantor Lurah. Bawa jerigen sendiri. Info: Posko BPBD 0380 8443 112"',
    "[30/10/26 20.05] [[name:Andi Baso]]: Sy mau lapor tetangga sy Pak [[name:Lukas]]... maaf maksud sy tetangga [[name:Lukas Henuk]] pasang pipa ambil air dari jalur PDAM tanpa meteran\n[30/10/26 20.07] Admin: Terima kasih infonya Pak [[name:Andi]]",
    "[09/11/26 11.11] [[phone:{hp:I}]]: sy mau tanya syarat buat akta kematian\n[09/11/26 11.15] Admin Dukcapil: Surat kematian dari kelurahan/RS, KK asli, KTP almarhum dan pelapor. Gratis.",
    "*Pesan berantai*\nDiskon 50% tagihan air PDAM untuk bulan Desember!!! Klik link ini dan masukkan nomor pelanggan anda. >> HOAX. PDAM tidak pernah kirim link. Hubungi hotline PDAM 0380-833 061",
    "[11/11/26 08.30] [[name:Kristina Bessie]]: Pak admin, surat pindah sy no. 474.1/1182/DKPS/2026 su jadi ko belum?\n[11/11/26 09.02] Admin: Sudah bisa diambil Ibu, loket 3",
    "[Transkrip pesan suara] Selamat malam bapa, beta [[name:Markus]] dari Sikumana, mau kasi tau ada kebakaran lahan di belakang SMA Negeri 4, api su besar, tolong sampaikan ke Damkar 113",
    "[18/10/26 14.44] Mama [[name:Ina]]: Ini tagihan listrik sy bulan ini Rp 612.000, biasa cuma Rp 180.000. ID pel {d:12}\n[18/10/26 14.50] Admin: Mohon Ibu datang ke ULP PLN Kupang dgn membawa rekening terakhir",
    "[05/11/26 17.20] [[name:Hendra Lim]]: Sy pemilik ruko di [[address:Jl. Soekarno No. 33]], drainase depan ruko ditutup kontraktor proyek, air masuk ke toko. HP sy [[phone:{hp:d}]]",
    "[07/11/26 09.00] Admin LAPOR Kota Kupang: Laporan Bapak/Ibu nomor #LPR-2026-1107-0091 telah selesai ditindaklanjuti oleh Dinas Lingkungan Hidup. Mohon beri penilaian 1-5",
    'Diteruskan:\n"Yth. Warga Kel. Kelapa Lima, posyandu lansia bulan ini pindah ke Aula Gereja Imanuel, Rabu 19/11 jam 08.00. Ttd. Kader Posyandu Setia Kasih"',
    "[14/11/26 22.01] [[phone:+62 812-4490-7731]]: ini nomor bapa sy pak, [[name:Yeremias Lenggu]], dia tinggal di [[address:Gg. Delima No. 5]] Kuanino, sdh 2 hari tdk bisa dihubungi, tolong polisi cek",
    "[14/11/26 22.03] Admin: Silakan hubungi langsung Polsek Kota Raja atau call center 110. Nomor kami hanya untuk pengaduan layanan publik",
    "[Pesan suara 0:55] ya halo, saya dari Kelurahan Naimata, cuma mau bilang jalan ke kuburan umum itu gelap sekali, tidak ada lampu, orang pulang duka malam-malam jatuh. Itu saja, terima kasih",
    "[01/11/26 12.12] [[name:Rambu Hamakonda]]: Sy mahasiswa dari Sumba, KTP sy dari Sumba Timur NIK [[nik:{nik:5311:F:b}]], bisa urus surat keterangan domisili di kelurahan? Rumah kos sy di [[address:Jl. Adisucipto Gg. Melati No. 3]]",
    "[01/11/26 12.30] Admin Pengaduan: Bisa kak [[name:Rambu]], bawa KTP asal dan surat keterangan dari pemilik kos",
    "[21/10/26 19.19] [[name:Yosef Wuwur]]: Sy sdh transfer retribusi sampah Rp 30.000 ke VA 8808 0031 {d:4} {d:4} tp di aplikasi masih tertulis belum bayar",
    "[21/10/26 19.30] [[name:Yosef Wuwur]]: ini bukti transfernya, ref. no. {d:12}",
    "*Forwarded*\nMohon bantu sebar: ditemukan anak laki2 umur ±6 thn di depan Gereja Katedral Kristus Raja, pakai baju merah. Hubungi Polsek Kelapa Lima (0380) 831 100",
    "[25/10/26 07.07] [[name:margareth foenay]]: admin sy mau lapor guru di SD sy ank suka pukul murid pake rotan\n[25/10/26 07.08] [[name:margareth foenay]]: ank sy [[name:nando]] kelas 3",
    "[25/10/26 07.20] Admin: Mohon disebutkan nama sekolah dan waktu kejadian Ibu, laporan akan diteruskan ke Dinas Pendidikan",
    "[13/11/26 15.33] [[name:Husein Assegaf]]: Bapak, sy kirim lokasi: Masjid Raya Nurussa'adah, parkir di sebelah dipalak preman Rp 10.000. Nopol mobil sy [[plate:DH 1288 AC]]",
    "Chat dgn Admin PDAM:\n[10/11/26 08.01] Saya: pagi, air di Tuak Daun Merah kapan normal?\n[10/11/26 08.40] Admin PDAM: Pagi, ada perbaikan pipa transmisi di Jl. Bundaran PU. Estimasi normal Rabu sore",
    "[27/10/26 18.18] Bapa [[name:Agus Mooy]]: tolong cek rekening bantuan PIP anak sy [[name:Melani Mooy]], BRI [[bank_account:{rek:bri}]] a.n. [[name:Agustinus Mooy]], sampai skrg blm masuk",
    "[16/11/26 10.10] [[phone:{hp:m}]]: sy mau lapor angkot biru jurusan Oesapa ugal2an, nopol [[plate:DH 1977 AU]]\n[16/11/26 10.12] Admin: Terima kasih, diteruskan ke Dishub",
    "[Pesan suara 2:03, transkrip otomatis] selamat sore pak ibu, ini saya bidan desa dari Baumata, mau lapor stok vaksin campak di pustu habis sejak minggu lalu, sudah lapor ke dinas tapi belum dikirim, kasihan bayi-bayi",
    "[04/11/26 09.48] Kak [[name:Ivon]]: min, sy daftar KIP kuliah tp NIK sy [[nik:{nik:5371:F:s}]] dibilang tdk terdaftar di Dapodik\n[04/11/26 09.50] Kak [[name:Ivon]]: pdhl sy [[name:Yvonne Tanone]] lulusan SMAN 1 Kupang 2026",
    "Diteruskan dari grup guru:\nSurat edaran Dinas Pendidikan nomor 421/2310/PK/2026 tentang libur semester: 22 Desember 2026 s/d 3 Januari 2027. Mohon disosialisasikan",
    "[19/11/26 13.05] [[name:Imanuel Sanam]]: Pak, sy bayar PBB lewat aplikasi tapi kode bayar {d:18} ditolak. NOP sy 53.71.050.002.{d:3}-{d:4}.0",
    "[19/11/26 13.20] Bapenda Kota Kupang: Mohon coba lagi setelah jam 15.00, sistem sedang pemeliharaan. Info: 0380-8552 300",
    "[28/10/26 23.40] Nona [[name:Lia]]: ada orang mabuk bawa parang di depan kos kami di [[address:Jl. Perintis Kemerdekaan II No. 8]], tolong kirim polisi",
    "[29/10/26 08.00] Admin: Mohon maaf baru dibalas, untuk keadaan darurat silakan telepon 110 atau 112",
    "Diteruskan beberapa kali\nRESMI! Pemkot Kupang buka lowongan 500 tenaga kontrak, daftar via link bit.ly/... >> Bagian Humas: informasi ini tidak benar. Pengumuman resmi hanya di kupangkota.go.id",
    "[20/11/26 16.16] [[name:Lukas]] (tetangga): Kaka, tolong lapor sampah yg bakar di lapangan dekat rumah Om [[name:Niko]], asap ke mana2",
)

# web_form: form submissions with pasted identity blocks.
add(
    "web_form",
    "Nama : [[name:Yohanes Manu]]\nNIK : [[nik:{nik:5371:M:b}]]\nNo. HP/WA : [[phone:{hp:p}]]\nAlamat : [[address:Jl. Nangka No. 38, RT 017/RW 005]], Kel. Oebobo\nIsi laporan : Sudah 2 bulan pengajuan akta kelahiran anak belum selesai.",
    "NAMA LENGKAP: [[name:AGUSTINA KAUSE]]\nNIK/KTP: [[nik:{nik:5371:F:s}]]\nNO KK: [[kk:{kk:5371:s}]]\nALAMAT: [[address:RT 08 RW 03]] KEL. OEBUFU KEC. OEBOBO\nHP: [[phone:{hp:d}]]\nLAPORAN: NAMA IBU DI KK SALAH KETIK",
    "Kategori: Infrastruktur\nLokasi: Jl. El Tari depan Kantor Gubernur\nDeskripsi: Trotoar rusak, tutup selokan hilang, berbahaya bagi pejalan kaki terutama malam hari.\nPelapor: (dirahasiakan)\nLampiran: 3 foto",
    "nama;nik;hp;alamat;keluhan\n[[name:Fransiskus Xaverius Laga]];[[nik:{nik:5371:M:b}]];[[phone:{hp:p}]];[[address:Jl. Palapa No. 11A]] Oebobo;listrik padam tiap malam",
    "| Nama | [[name:Sarlota Nenobais]] |\n| NIK | [[nik:{nik:5301:F:b}]] |\n| Telepon | [[phone:{hp:s}]] |\n| Email | [[email:sarlota.nenobais@gmail.com]] |\n| Alamat | [[address:Jl. Timor Raya No. 87]], Oesapa |\n| Laporan | Tanah kami dipatok orang lain tanpa izin |",
    "Jenis Laporan: Aspirasi\nJudul: Usul penambahan jam buka perpustakaan daerah\nIsi: Mohon perpustakaan di Jl. Soeharto dibuka juga hari Sabtu 08.00-12.00 untuk pelajar.\nIdentitas: Anonim",
    "Nama Pelapor : [[name:dominikus wea]]\nNo. KTP : [[nik:{nik:5309:M:d}]]\nNo. Telp Rumah : [[phone:{tel:p}]]\nHP : [[phone:{hp:o}]]\nEmail : [[email:domi.wea88@yahoo.co.id]]\nUraian : Pelayanan di loket Samsat sangat lama, 4 jam antri",
    "Data Pelapor\n- Nama: [[name:Ni Luh Putu Sriani]]\n- NIK: [[nik:{nik:5371:F:h}]]\n- No. HP/WA: [[phone:{hp:i}]]\n- Alamat: [[address:Gg. Kakatua No. 15]], Kel. Naikoten I\nLaporan: Saluran air tersumbat sampah sejak pembangunan jalan.",
    "Kategori : Kesehatan\nSub kategori : BPJS\nNama peserta : [[name:Paulus Tallo]]\nNo. Kartu JKN-KIS : [[bpjs:{bpjs:b}]]\nNIK : [[nik:{nik:5371:M:b}]]\nFaskes : Puskesmas Kupang Kota\nKeluhan : Saya dipindah faskes tanpa pemberitahuan",
    "Laporan: Pungutan di SMPN 2 Kupang untuk seragam Rp 850.000 per siswa, wajib dibayar sebelum 15 Januari. Nomor rekening sekolah Bank NTT 001.01.02.{d:6}-{d:1} a.n. Komite Sekolah. Nama pelapor tidak ingin dicantumkan.",
    "NAMA: [[name:LIEM SUSANTI]]\nNPWP: [[npwp:{npwp:o}]]\nNIK: [[nik:{nik:5371:F:b}]]\nNO HP: [[phone:{hp:I}]]\nALAMAT USAHA: JL. SOEKARNO, KEL. FONTEIN\nPERIHAL: IZIN USAHA (NIB) SUDAH TERBIT TAPI OSS MENOLAK PBG. NO PERMOHONAN 503/PBG/2026/{d:5}",
    "Nama/NIK: [[name:Marselina Koten]] / [[nik:{nik:5306:F:b}]]\nHP: [[phone:{hp:p}]]\nAlamat: [[address:Jl. Kenanga RT 012 RW 004]] Kel. Kayu Putih\nKeluhan: Anak saya tidak terdaftar PIP padahal penerima KIP.",
    "Form Pengaduan Online\nTanggal: 04/11/2026 09:15\nNomor tiket: LAPOR-5371-2026-01{d:3}\nKategori: Lingkungan\nLokasi: Pantai Lasiana\nIsi: Banyak sampah botol plastik setelah acara malam minggu, tidak ada tempat sampah.\nStatus: Diterima",
    "nama: [[name:husna alkatiri]]\nnik: [[nik:{nik:5371:F:b}]]\nwa: [[phone:{hp:c}]]\nalamat: [[address:jl. moh. hatta no. 27]], kel. kuanino\nisi: tagihan air bulan oktober rp 1.240.000 padahal rumah kosong",
    "Identitas Pelapor:\nNama ........ : [[name:Kornelis Seran]]\nNIK .......... : [[nik:{nik:5321:M:s}]]\nNo. KK ........ : [[kk:{kk:5321:s}]]\nAlamat ........ : [[address:RT 002 / RW 001]], Desa Kamanasa\nTelepon ...... : [[phone:{hp:s}]]\nPokok pengaduan: Bantuan sosial tidak sampai ke desa kami",
    "Kategori: Pelayanan Publik\nInstansi: Dinas Kependudukan dan Catatan Sipil\nIsi: Antrian online di aplikasi tidak berfungsi, selalu muncul kode error 503. Sudah dicoba pukul 07.00, 12.00 dan 19.00.\nKontak pelapor: tidak diisi",
    "Nama Wajib Pajak : [[name:Bambang Sutrisno]]\nNPWP (16 digit) : [[npwp:{npwp:n}]]\nNOP : 53.71.020.001.{d:3}-{d:4}.0\nAlamat objek : Jl. Oekam, Kel. Sikumana\nKeluhan : NJOP naik dari Rp 450.000/m2 menjadi Rp 1.200.000/m2",
    "[Nama] [[name:Theresia Da Costa]]\n[NIK] [[nik:{nik:5307:F:b}]]\n[Kontak] [[phone:{hp:d}]] / [[email:theresia.dacosta@gmail.com]]\n[Isi] Surat keterangan tidak mampu ditolak kelurahan karena rumah saya 'terlihat bagus'",
    "Pengaduan no. {d:4}/UPP/XI/2026\nNama instansi terlapor: RSUD S.K. Lerik\nUraian: Pasien gawat darurat harus menunggu 3 jam di IGD. Petugas jaga hanya 2 orang.\nPelapor meminta identitas dirahasiakan.",
    "NAMA : [[name:YEREMIAS TOELLE]]\nTTL : ROTE, 12-04-1979\nNIK : [[nik:{nik:5314:M:b}]]\nPEKERJAAN : NELAYAN\nALAMAT : [[address:JL. YOS SUDARSO GG. 2 NO. 15]], NAMOSAIN\nHP : [[phone:{hp:p}]]\nKELUHAN : BBM SOLAR NELAYAN DIJUAL DI ATAS HARGA",
    "Nama: [[name:Kevin Tanoto]]\nNo HP: [[phone:{hp:s}]]\nNo Rekening (untuk pengembalian dana): BCA [[bank_account:{rek:bca}]] a.n. [[name:Kevin Tanoto]]\nKeluhan: Sudah bayar retribusi izin reklame 2x, mohon dikembalikan Rp 1.500.000",
    "Jenis: Permintaan Informasi\nPertanyaan: Berapa biaya resmi pembuatan IMB/PBG untuk rumah tinggal tipe 36 di Kota Kupang? Di mana bisa dilihat tarif retribusinya?\nDijawab oleh: DPMPTSP",
    "nama lengkap=[[name:Rudolof Ndolu]]&nik=[[nik:{nik:5371:M:b}]]&hp=[[phone:{hp:p}]]&email=[[email:rudi.ndolu@gmail.com]]&isi=KTP+hilang+mohon+info+syarat",
    "Nama : [[name:Maria Magdalena Tukan]]\nNo. Induk Kependudukan : [[nik:{nik:5306:F:s}]]\nAlamat : [[address:Jalan Kartini No. 3, RT 4/RW 2]], Kel. Kelapa Lima\nNo. HP : [[phone:{hp:t}]]\nPengaduan : Pembangunan tower dekat rumah tanpa sosialisasi",
    "Laporan warga\nKelurahan: Oebufu\nRW: 05\nMasalah: Pompa air komunal rusak sejak 20 Oktober. Warga membeli air tangki Rp 100.000 per 5.000 liter.\nKontak: Sekretariat RW (melalui kantor lurah)",
    "NIK [[nik:{nik:5371:?:b}]] | Nama [[name:Arnoldus Kelen]] | HP [[phone:{hp:d}]] | Alamat [[address:Gg. Sepakat No. 9]], Jl. W.J. Lalamentik | Keluhan: pengaspalan gang tidak selesai",
    "Data diri:\nNama: [[name:Welmince Taneo]]\nNIK: [[nik:{nik:5302:F:b}]]\nNo KK: [[kk:{kk:5302:b}]]\nNo BPJS/KIS: [[bpjs:{bpjs:b}]]\nHP: [[phone:{hp:p}]]\nAlamat: Desa Oinlasi, TTS (sementara di [[address:Jl. Nusa Indah No. 19]] Kupang)",
    "Instansi: Dinas Perhubungan\nLokasi: Terminal Bus Oebobo\nIsi: Tarif bus antar kota Kupang-SoE naik dari Rp 50.000 jadi Rp 75.000 tanpa pengumuman. Karcis tanpa nomor seri.\nPelapor: Warga",
    "Nama pelapor: [[name:Siti Nurhaliza Daeng Manyala]]\nHP: [[phone:{hp:m}]]\nAlamat: [[address:Jl. Ikan Paus No. 12]], Kel. Oeba\nLaporan: Pasar ikan Oeba becek dan bau, saluran limbah tidak berfungsi.",
    "NAMA PEMOHON: [[name:PETRUS BRIA]]\nNIK: [[nik:{nik:5304:M:d}]]\nNO. SIM: 1234-7708-{d:6}\nPLAT KENDARAAN: [[plate:DH 5521 CG]]\nKELUHAN: PERPANJANGAN STNK DITOLAK KARENA DATA KENDARAAN TIDAK SINKRON",
    "Kategori: Pendidikan\nSekolah: SD Inpres Bakunase 1\nIsi: Atap ruang kelas 4 bocor dan plafon hampir jatuh. Siswa dipindah ke perpustakaan. Mohon dana rehab segera.\nNomor kontak sekolah: (0380) 831 224",
    "Name: [[name:Jonathan Lay]]\nID number (NIK): [[nik:{nik:5371:M:b}]]\nPhone: [[phone:{hp:i}]]\nEmail: [[email:jlay.kupang@outlook.com]]\nComplaint: Building permit (PBG) application pending for 4 months, no reply from the office.",
    "Nama : [[name:Ahmad Fauzi]]\nNIK : [[nik:{nik:5371:M:b}]]\nNo. Rek. BRI : [[bank_account:{rek:bri}]]\nAlamat : [[address:RT 016/RW 005]] Kel. Airmata\nKeluhan : Dana BST tidak masuk ke rekening saya, di aplikasi tertulis 'sudah salur'",
    "Formulir Pengaduan\n1. Nama lengkap : [[name:Yakoba Lobo]]\n2. NIK : [[nik:{nik:5371:F:b}]]\n3. Alamat : [[address:Jl. Amabi No. 66, RT 27/RW 09]], Kel. Oebufu\n4. No. Telp/HP : [[phone:{tel:s}]] / [[phone:{hp:p}]]\n5. Isi pengaduan : Meteran air diganti petugas, tagihan jadi dua kali lipat",
    "Kategori: Kebersihan\nIsi laporan: Truk sampah DLHK nomor lambung 07 tidak lewat di Jl. Sumba dan Jl. Flores sejak minggu lalu.\nAnonim: Ya",
    "Nama: [[name:Fransiska Lalang]]\nNIK: [[nik:{nik:5305:F:b}]]\nNPWP: [[npwp:{npwp:o}]]\nNo. HP: [[phone:{hp:p}]]\nPerihal: Restitusi pajak daerah (PBJT) belum diproses, nomor permohonan 973/{d:4}/BPD/2026",
    "Nama : [[name:Aloysius Ghale]]\nNo. Tlp : [[phone:{hp:s}]]\nAlamat : [[address:Gg. Mawar No. 2]], Kel. Oetete\nLaporan : Ada bangunan liar menutup gang. Sudah lapor ke Ketua RT 09 dan Pak Lurah, belum ada tindakan.",
    "Pengaduan: Tagihan PLN saya ID pelanggan 53{d:10} mengalami lonjakan. Meter nomor {d:11}. Sudah dicek petugas 12/10/2026, katanya meter rusak. Mohon penyelesaian.\nNama: -\nKontak: -",
    "Nama Lengkap: [[name:Debora Haning]]\nNIK: [[nik:{nik:5314:F:h}]]\nAlamat: [[address:RT 10/RW 04]] Kel. Liliba\nNo. WA: [[phone:{hp:C}]]\nUraian: Posyandu Bunga Bakung tidak buka 2 bulan, bidan pindah tugas",
    "Judul Laporan: Lampu lalu lintas mati\nLokasi: Simpang Jl. Piet A. Tallo - Jl. Frans Seda\nWaktu: Setiap hari sejak 01/11/2026\nUraian: Lampu kuning berkedip terus, sering hampir tabrakan jam 07.00-08.00.",
    "Nama: [[name:I Made Suartana]]\nNIK: [[nik:{nik:5371:M:b}]]\nNo HP: [[phone:{hp:p}]]\nNo Rek Mandiri: [[bank_account:{rek:mandiri}]]\nKeluhan: Honor petugas pemilu di kelurahan belum dibayar Rp 1.100.000",
    "Laporan:\nPembangunan drainase di Jl. Herman Yohanes dikerjakan asal-asalan, semen campur banyak pasir. Papan proyek: nilai kontrak Rp 1.487.650.000, No. kontrak 602.1/{d:3}/PUPR/2026, pelaksana CV Karya Mulia.\nIdentitas pelapor dirahasiakan.",
    "Nama: [[name:Marthen Luther Pandie]]\nNIK: [[nik:{nik:5320:M:b}]]\nHP: [[phone:{hp:d}]]\nAlamat: [[address:Jl. Rote No. 9]], Kel. Nunbaun Delha\nKeluhan: Kapal feri ke Sabu dibatalkan 3x, tiket tidak dikembalikan",
    "Kategori: Sosial\nIsi: Ada lansia terlantar tidur di emperan toko depan Pasar Inpres Naikoten setiap malam. Mohon Dinsos menjemput.\nPelapor: warga sekitar",
    "Nama: [[name:Yunita Lado]]\nNo. KK: [[kk:{kk:5320:b}]]\nNIK Kepala Keluarga: [[nik:{nik:5320:M:b}]]\nHP: [[phone:{hp:p}]]\nKeluhan: KK baru belum bisa dicetak, katanya blanko habis",
)

# kupang_malay: Kupang Malay (beta, sonde, pung, katong, dong, su, nanti).
add(
    "kupang_malay",
    "Selamat sore bapa ibu, beta [[name:Yanti]] dari Oesapa. Katong pung air PDAM su satu minggu sonde jalan, mandi sa susah. Tolong dong datang lia",
    "Beta mau lapor, jalan di Kolhua tu su talalu rusak, oto sonde bisa lewat kalo ujan. Katong su lapor ke lurah ma sonde ada apa-apa",
    "Pak, beta pung nama [[name:Yakob Amalo]], beta pung rumah di [[address:Jl. Sukun No. 9]] Oebufu. Lampu jalan di muka rumah su mati lama, malam gelap, anak nona dong takut pulang",
    "Mama [[name:Ani]] bilang dia pung anak [[name:Roni]] sonde dapa kartu KIS, padahal dong orang susah. Mama pung NIK [[nik:{nik:5371:F:b}]], HP [[phone:{hp:p}]]",
    "Kaka, lampu merah di Oebobo tu rusak ko? Dari pagi kuning sa. Orang dong baku tabrak su dua kali",
    "Beta sonde tau mau lapor di mana lai. Sampah di pinggir kali Liliba su bau sampe ke rumah-rumah. Dinas dong bilang nanti, nanti, sampe sekarang sonde datang",
    "Beta Om [[name:Yeri]] ni, beta pung tanah di belakang SMP 8 dipake bangun jalan ma sonde ada ganti rugi. Tolong kasi tau beta ke mana. HP beta [[phone:{hp:s}]]",
    "Ibu dong di Puskesmas Alak tu ju lambat. Beta antri dari jam tujuh, jam dua belas baru dapa obat. Kasian orang tua dong",
    "Tanta [[name:Ence]] pung rumah di [[address:Gg. Anggrek No. 11]] Kuanino kemasukan air got tiap ujan. Got tu su tertutup sampah dari proyek. Tolong dong",
    "Lu pi lia sendiri sa di Pasar Oeba, ikan dong jual di atas tanah, lalat banya. Dinas pasar sonde urus",
    "Beta [[name:Melki]], beta mau tanya kenapa beta pung NIK [[nik:{nik:5371:M:s}]] sonde bisa daftar vaksin? Katanya NIK su dipake orang laen",
    "Katong warga Fatukoa su tiga bulan sonde dapa air tangki. Dulu tiap minggu datang, sekarang sonde lai. Harga air beli Rp 150 ribu satu tangki",
    "Bapa lurah Naikolan tu sonde pernah ada di kantor. Katong mau urus surat pengantar su tiga kali datang, orang kantor bilang tunggu bapa",
    "Beta pung motor [[plate:DH 3309 KB]] hilang di parkiran RSUD Johannes, tukang parkir bilang sonde tanggung jawab padahal beta bayar karcis. Beta [[name:Frengky Lenggu]], HP [[phone:{hp:d}]]",
    "Eh dong bilang ada bantuan beras buat lansia, ma beta pung mama sonde dapa. Beta pung mama nama Oma [[name:Lena]] sonde, maksud beta nama [[name:Magdalena Tefa]], umur 78",
    "Katong di [[address:RT 15 RW 06]] Oesapa Selatan su minta lampu jalan dari taon lalu. Sonde ada yang dengar. Beta Nyong [[name:Deni]]",
    "Beta cuma mau bilang terima kasih ke petugas DLHK dong, sekarang sampah di Kayu Putih su angkat tiap hari. Mantap",
    "Itu hari beta pi Dukcapil mau ganti KK, orang di loket bilang datang besok, besok datang lai bilang sistem rusak. Sampe kapan ni?",
    "Beta [[name:Yosua]] ni, beta pung adik [[name:Ika]] sakit di RS, dong minta bayar Rp 2 juta padahal ada BPJS. Kartu dia [[bpjs:{bpjs:b}]]. Tolong bantu e",
    "Ada orang jual tanah negara di belakang Bandara El Tari. Katong lia dong pasang patok. Sapa yang kasi izin?",
    "Kaka admin, beta mau tanya, bayar pajak motor bisa di mana lai selain Samsat? Beta pung motor plat [[plate:dh 4620 ka]]",
    "Pak, bemo dong di jalur Oepura tu pasang musik talalu kuat, anak sekolah dong pusing. Tolong Dishub kasi tegor",
    "Beta Mama [[name:Ros]] dari Bakunase. Beta pung anak [[name:Dian]] ditahan ijazah di sekolah karena belum lunas uang komite. Beta punya HP [[phone:{hp:p}]]",
    "Jalan ke Pantai Warna Oesapa tu su bolong-bolong, turis dong mengeluh. Pemkot tolong perbaiki sebelum Natal",
    "Beta pung tetangga Bapa [[name:Simon]] pelihara babi di belakang rumah, kotoran masuk ke sumur orang. Su tegur sonde mau dengar. Dia tinggal di [[address:Jl. Kelapa Gg. 5 No. 22]]",
    "Katong anak muda Alak minta lapangan bola di Namosain jangan dijadikan parkiran truk. Itu satu-satunya tempat main",
    "Beta sonde mau kasi nama, ma beta mau lapor pegawai Kantor Camat Maulafa minta uang Rp 100 ribu buat urus surat tanah",
    "Beta [[name:Dorkas]], beta pung suami [[name:Yulius Kana]] kerja di proyek jalan dong sonde bayar gaji dua bulan. Kontraktor pung nama CV Sinar Murni. HP beta [[phone:{hp:c}]]",
    "Dong bilang mau kasi listrik gratis buat rumah miskin, ma sampe sekarang katong di Naioni masih pake pelita",
    "Pak polisi dong di pos Oebobo tu suka minta uang dari sopir oto pick up. Beta lia sendiri tadi pagi jam 6",
    "Beta [[name:Ina Nope]], beta pung rumah di [[address:RT 004/RW 002]] Naioni. Ada pohon besar mau rubuh ke rumah, tolong BPBD datang potong",
    "Nona dong di loket Samsat tu ramah, beta pung urusan cepat selesai. Terima kasih e",
    "Beta mau lapor, guru honor di SD Negeri Oetete 3 belum dapa gaji. Beta pung kaka [[name:Lusia]] yang mengajar di situ, dia malu mau lapor sendiri",
    "Air di Oebobo su kotor, warna coklat. Beta su isi satu ember, lia sa dalam foto. Kalo minum bisa sakit perut ni",
    "Beta [[name:Elias]], HP [[phone:{hp:m}]]. Beta pung KTP hilang waktu naik bemo. Mau urus baru harus bawa apa sa?",
    "Kermana ni Dinas Pendidikan, anak dong masuk SMP harus beli buku Rp 600 ribu di sekolah. Katong orang kecil sonde ada uang",
    "Beta pung bapa Bapa [[name:Niko]] sonde, nama lengkap [[name:Nikolaus Bessie]], su meninggal dua bulan lalu. Beta mau urus akta kematian, dong minta surat dari RS ma bapa meninggal di rumah",
    "Om-om dong yang jaga parkir di Lippo tu minta Rp 5 ribu, padahal di karcis tulis Rp 2 ribu",
    "Katong di Kelurahan Bello su dua minggu sonde dapa sinyal HP, tower rusak. Mau telpon ambulans sa susah",
    "Beta [[name:Kris]], beta kerja ojek. Tadi ada polisi di Jl. Sudirman tahan beta pung SIM tanpa surat tilang. Beta pung motor [[plate:DH 2287 EK]]",
    "Tolong dong Dinas Sosial, ada anak-anak jalanan di lampu merah Tirosa jual koran sampe jam 11 malam",
    "Beta [[name:Sarah Riwu Kaho]], beta pung NIK [[nik:{nik:5371:F:b}]], beta mau protes beta pung nama di daftar penerima bantuan dicoret tanpa alasan",
    "Sekolah dong pung WC rusak, anak-anak SD Inpres Liliba harus pulang ke rumah kalo mau buang air",
    "Beta ni Bu [[name:Desi]] penjual sayur di Pasar Kasih. Dong naikkan retribusi lapak dari Rp 2 ribu jadi Rp 5 ribu sehari. Katong sonde sanggup",
    "Jalan masuk ke kompleks Perumnas Oepura gelap, lampu su mati semua. Preman dong suka mabuk di situ",
    "Beta pung nomor rekening BNI [[bank_account:{rek:bni08}]] a.n. [[name:Yohanis Nitbani]], tolong cek kenapa bantuan UMKM sonde masuk. Beta su daftar bulan Juni",
)

# officials: officials named as persons, and officials without a name.
add(
    "officials",
    "Lurah Oebobo Pak [[name:Yanto]] tidak mau tanda tangan surat pengantar saya tanpa 'uang rokok' Rp 50.000.",
    "Saya sudah bertemu Kepala Dinas PUPR dan Sekretaris Dinas, keduanya berjanji jalan di Kel. Naimata diaspal tahun ini. Sampai Desember belum ada.",
    "Bidan [[name:Yasinta]] di Pustu Kolhua sangat membantu, datang malam-malam untuk persalinan tetangga kami. Mohon diberi penghargaan.",
    "Kepala Puskesmas Oepoi, dr. [[name:Yuliana Mooy]], menolak pasien rujukan balik dengan alasan kuota penuh.",
    "Camat Kelapa Lima diminta turun langsung melihat kondisi pasar ikan Oesapa. Pak Camat belum pernah datang sejak dilantik.",
    "Petugas loket 2 Dukcapil yang bernama [[name:Rika]] membentak ibu-ibu lansia yang tidak bisa baca. Kejadian Senin 09/11 sekitar jam 10.00.",
    "Guru kelas 5 SD Inpres Oebufu, Ibu [[name:Rosalinda Benu]], S.Pd., memungut uang les wajib Rp 150.000 per bulan.",
    "Kepala Sekolah SMAN 6 Kupang dan wakasek kesiswaan menahan ijazah 14 alumni. Komite Sekolah mengetahui tapi diam.",
    "Bripka [[name:Yohanis Ndun]] di Pos Lantas Bundaran PU meminta uang damai Rp 200.000 dari sopir pick up [[plate:DH 8174 AK]].",
    "Mohon Wali Kota dan Wakil Wali Kota meninjau kembali kenaikan tarif parkir di kawasan Kota Lama.",
    "Ketua RT 09 Kel. Oetete meminta iuran Rp 25.000 per KK untuk 'perbaikan jalan' tapi tidak ada laporan penggunaan.",
    "Pak RT kami, Bapak [[name:Gabriel Fanggidae]], sudah mengusulkan perbaikan saluran air tiga kali lewat musrenbang.",
    "Pdt. [[name:Markus Lay]], S.Th., Ketua Majelis Jemaat GMIT Betel, melaporkan atap gedung pertemuan milik kelurahan bocor dan membahayakan jemaat yang memakainya.",
    "Kasi Pemerintahan kelurahan meminta fotokopi KTP dan KK sebanyak 5 rangkap, padahal sudah digital. Mohon ditertibkan.",
    "Sekretaris Lurah Fatululi, Sdr. [[name:Kornelius Tanone]], sering tidak masuk kantor pada hari Jumat.",
    "Kepala Bidang Pelayanan Dukcapil menjanjikan KTP selesai dalam 1 hari, tetapi kenyataannya 3 minggu. Siapa yang bertanggung jawab?",
    "Dokter jaga IGD RSUD S.K. Lerik malam tanggal 02/11 tidak ada di tempat, pasien ditangani perawat saja. Nama dokter tidak diketahui.",
    "Kepada Kepala Dinas Kesehatan: bidan desa di Pustu Naioni, Ibu [[name:Selfina Taek]], sudah 4 bulan tidak menerima insentif.",
    "Serka [[name:Paulus Klau]] dan dua anggota Satpol PP membongkar lapak kami tanpa surat perintah. Salah satunya bernama [[name:Adi]].",
    "Pak Lurah Oesapa Barat dan Babinsa sudah datang melihat rumah warga yang roboh, tapi bantuan dari Dinas Sosial belum ada.",
    "Penyuluh KB di Kecamatan Maulafa, Bapak [[name:Ignatius Wadu]], menolak melayani akseptor dari luar kelurahan.",
    "Mohon Kepala BPBD Kota Kupang menjelaskan ke mana bantuan terpal untuk korban angin kencang di Alak, karena tidak sampai ke warga.",
    "Operator Dapodik SMPN 14, [[name:Yunus Pah]], salah input data siswa sehingga 8 anak tidak dapat PIP.",
    "Kepala Kantor Samsat Kupang, terima kasih atas layanan Samsat keliling di Kel. Penfui. Sangat membantu warga.",
    "Drs. [[name:Hendrikus Laga]], M.Si., pejabat di Bagian Umum Setda, menggunakan mobil dinas [[plate:DH 1093 A]] untuk acara keluarga di hari Minggu.",
    "Camat Oebobo, Ibu [[name:Kristina Henuk]], melalui telepon menjawab bahwa laporan kami akan dibahas minggu depan. Sudah dua minggu.",
    "Perawat di ruang Nifas RSUD Prof. Dr. W. Z. Johannes meminta 'uang terima kasih' kepada keluarga pasien.",
    "Kepala Dinas Perhubungan berjanji menambah rambu di depan SD Negeri Oepura 1 setelah dua kecelakaan. Rambu belum dipasang.",
    "Ajudan Wali Kota tidak mengizinkan warga bertemu saat jam pengaduan terbuka Jumat pagi.",
    "Penjaga sekolah SMP Kristen 1, Om [[name:Daniel]], sering mengunci gerbang jam 07.00 tepat dan murid terlambat disuruh pulang.",
    "Kepala Seksi Trantib Kecamatan Alak, [[name:Anselmus Bili]], nomor HP-nya [[phone:{hp:s}]] yang diberikan sendiri kepada warga, tidak pernah aktif.",
    "Mohon Kadis Pendidikan menjelaskan aturan seragam baru yang wajib dibeli di koperasi sekolah seharga Rp 650.000.",
    "Lurah Sikumana, Bapak [[name:Simon Petrus Bani]], S.Sos., sudah menindaklanjuti laporan kami tentang lampu jalan. Terima kasih.",
    "Kepala Puskesmas Bakunase mengatakan dokter gigi hanya praktik hari Selasa dan Kamis. Jadwal di papan pengumuman berbeda.",
    "Petugas PLN yang datang ke rumah mengaku bernama [[name:Roy]] dan minta Rp 500.000 untuk 'ganti MCB'. Mohon dicek apakah benar petugas PLN.",
    "Aparat kelurahan tidak membantu warga lansia mengurus KTP elektronik di rumah, padahal ada program jemput bola.",
    "Pengawas sekolah, Ibu [[name:Wilhelmina Dethan]], dan Kepala SD Negeri Bonipoi 2 menutup rapat komite tanpa membahas pungutan.",
    "Ketua Forum Warga Peduli Kota dan Komite Sekolah SMPN 1 sudah menyurati DPRD soal pungutan, belum ada jawaban.",
    "AKP [[name:Rudi Tallo]], Kapolsek, menjanjikan patroli malam di Oesapa. Patroli hanya datang 1 kali.",
    "Pegawai honor di kantor Dukcapil bernama [[name:Ayu]] menawarkan KTP jadi cepat dengan bayar Rp 300.000 lewat nomor pribadinya [[phone:{hp:p}]].",
    "Bendahara sekolah tidak memberikan kwitansi untuk pembayaran uang ujian Rp 200.000.",
    "Kepala Dinas Lingkungan Hidup dan Kebersihan perlu tahu bahwa TPS di depan Pasar Oebobo tidak diangkat 10 hari.",
    "Satpam kantor Wali Kota, Pak [[name:Benyamin]], menolak warga masuk ruang pengaduan karena memakai sandal.",
    "Mantri hewan dari Dinas Peternakan belum datang memeriksa babi yang mati mendadak di Kel. Fatukoa. Sudah 12 ekor.",
    "Kepala Bagian Organisasi dan staf Unit Pengaduan sudah memberi jawaban cepat. Layanan 1708 makin baik.",
    "Dosen Undana, Dr. [[name:Yosef Kelen]], M.Hum., diminta Dinas Pendidikan menjadi narasumber tanpa honor. Ia keberatan dan melapor lewat kanal ini.",
    "Kepala Desa Baumata Timur, Bapak [[name:Obed Nalle]], dilaporkan memakai dana desa untuk membeli mobil pribadi.",
    "Sopir ambulans Puskesmas Oesapa minta uang bensin Rp 100.000 untuk antar pasien ke RS. Bukankah sudah ditanggung?",
    "Petugas Dinas Sosial yang memverifikasi data DTKS di RT kami, Nona [[name:Astrid Mesakh]], bekerja sangat teliti. Terima kasih.",
    "Wakil Kepala Sekolah dan Bendahara Komite SMPN 9 tidak hadir saat orang tua meminta penjelasan dana BOS.",
)

# letter: formal letters and emails with signatures.
add(
    "letter",
    "Kepada Yth.\nBapak Wali Kota Kupang\ndi Tempat\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama: [[name:Agustina Nope]]\nNIK: [[nik:{nik:5371:F:b}]]\nAlamat: [[address:Jl. Alfons Nisnoni No. 29]], Kel. Airnona\nmengajukan keberatan atas penggusuran lapak di depan rumah saya.\n\nHormat saya,\n\n[[name:Agustina Nope]]",
    "Perihal: Permohonan perbaikan jalan lingkungan\n\nYth. Kepala Dinas PUPR Kota Kupang,\nKami warga Kel. Penkase Oeleta memohon perbaikan jalan sepanjang ±600 m yang rusak sejak 2024. Bersama ini kami lampirkan foto dan daftar hadir rapat warga tanggal 02/11/2026.\n\nHormat kami,\nWarga Penkase Oeleta",
    "Subject: Keluhan tagihan air bulan Oktober 2026\n\nYth. Perumda Air Minum Kota Kupang,\n\nTagihan saya (No. pelanggan 02-11-00{d:4}) bulan Oktober Rp 934.500, padahal meter tidak bergerak. Mohon dicek.\n\nSalam,\n[[name:Hendrik Pello]]\n[[phone:{hp:d}]]\n[[email:hendrik.pello@gmail.com]]",
    "Kupang, 10 November 2026\n\nNomor : 01/FWPK/XI/2026\nLampiran : 1 berkas\nHal : Penataan PKL di Jl. Siliwangi\n\nKepada Yth. Kepala Satpol PP Kota Kupang\n\nDengan hormat, Forum Warga Peduli Kota menyampaikan bahwa PKL di Jl. Siliwangi menutup trotoar dan saluran air. Kami mohon penataan yang manusiawi.\n\nKetua,\nttd\n(nama dirahasiakan atas permintaan)\n\nTembusan: 1. Wali Kota Kupang 2. Ketua DPRD Kota Kupang",
    "Kepada: pengaduan@kupangkota.go.id\nCc: humas@kupangkota.go.id\nSubjek: Anak putus sekolah karena biaya\n\nSelamat siang,\nsaya [[name:Marlina Haning]], orang tua dari [[name:Yeskiel]] (kelas 8 SMPN 11). Anak saya tidak bisa ikut ujian karena tunggakan Rp 1.200.000. Mohon bantuan.\n\nTerima kasih,\n[[name:Marlina Haning]]\nHP/WA [[phone:{hp:p}]]",
    "Yth. Kepala BPJS Kesehatan Cabang Kupang\n\nDengan hormat, bersama ini saya sampaikan bahwa kartu JKN-KIS saya nomor [[bpjs:{bpjs:b}]] atas nama [[name:Petronela Adoe]] (NIK [[nik:{nik:5371:F:b}]]) dinonaktifkan tanpa pemberitahuan.\n\nDemikian, atas perhatian Bapak/Ibu saya ucapkan terima kasih.\n\nHormat saya,\nttd\n[[name:Petronela Adoe]]",
    "SURAT PERNYATAAN\n\nYang bertanda tangan di bawah ini menyatakan bahwa jalan setapak di RT 03 Kel. Naioni adalah tanah hibah warga untuk kepentingan umum.\n\nKupang, 28 Oktober 2026\nKetua RT 03 / Ketua RW 01\n(cap dan tanda tangan)",
    "Dari: [[name:Yeremia Tanone]] <[[email:yeremia.tanone@yahoo.com]]>\nKepada: Dinas Pendidikan dan Kebudayaan Kota Kupang\nPerihal: Pungutan les tambahan\n\nBapak/Ibu, anak saya [[name:Grace]] dipaksa ikut les berbayar di SD. Bukti pembayaran terlampir (kwitansi no. 0072).\n\n- [[name:Yeremia Tanone]]",
    "Kupang, 3 November 2026\n\nKepada Yth. Bapak Kapolresta Kupang Kota\n\nDengan hormat, saya [[name:Ferdinand Lobo]], pemilik kendaraan [[plate:DH 1564 BQ]], melaporkan kehilangan kendaraan di parkiran Pasar Oebobo pada 01/11/2026 pukul 19.30. STNK dan BPKB ada pada saya.\n\nHormat saya,\n[[name:Ferdinand Lobo]]\nHP. [[phone:{hp:s}]]",
    "Email dari Sekretariat Kelurahan Oebobo\nKepada: UPP Kota Kupang\n\nBersama ini kami teruskan 14 pengaduan warga tentang lampu jalan. Rekap terlampir (Excel). Mohon koordinasi dengan Dinas PUPR.\n\nSalam,\nSekretariat Kelurahan Oebobo\nkel.oebobo@kupangkota.go.id | (0380) 832 519",
    "Hal: Keberatan NJOP\n\nYth. Kepala Bapenda Kota Kupang\n\nSaya [[name:Liem Hok Tjoan]] (NPWP [[npwp:{npwp:o}]]) pemilik objek pajak NOP 53.71.040.003.{d:3}-{d:4}.0 di [[address:Jl. Ahmad Yani No. 51]] mengajukan keberatan atas NJOP 2026.\n\nHormat kami,\n\n\n[[name:Liem Hok Tjoan]]",
    "Dengan hormat,\nMelalui surat ini kami Komite Sekolah SD Inpres Kayu Putih menyampaikan terima kasih kepada Dinas Pendidikan atas rehab ruang kelas yang selesai tepat waktu.\n\nHormat kami,\nKomite Sekolah",
    "Kepada Yth. Kepala Dinas Sosial Kota Kupang\n\nSaya [[name:Anastasia Ratu]], janda dengan 3 anak, tinggal di [[address:Jl. Kenari Gg. 2 No. 6, RT 010/RW 003]], Kel. Bakunase, mohon dimasukkan dalam DTKS.\nNo. KK: [[kk:{kk:5371:b}]]\n\nHormat saya,\nttd.\n[[name:ANASTASIA RATU]]",
    "Subject: Re: Laporan No. 2611-0211-087\n\nTerima kasih atas tanggapannya. Namun jalan di Jl. Frans Seda depan Hotel Aston masih berlubang sampai hari ini (foto terlampir, diambil 12/11/2026 pukul 07.40).\n\nSalam,\nPelapor",
    "Yth. Ombudsman RI Perwakilan NTT\n\nKami, keluarga [[name:Sinlae]], melaporkan maladministrasi dalam penerbitan sertifikat tanah di Kel. Kolhua. Sengketa antara keluarga [[name:Nitbani]] dan keluarga [[name:Kase]] atas tanah yang sama sudah diputus pengadilan, tetapi BPN menerbitkan sertifikat ketiga.\n\nAtas nama keluarga,\n[[name:Yonas Sinlae]]\n[[phone:{hp:o}]]",
    "Nomor: 005/{d:3}/Kel.Oes/XI/2026\nPerihal: Undangan Musrenbang Kelurahan\n\nKepada Yth. Para Ketua RT/RW se-Kelurahan Oesapa\n\nDengan hormat, mengundang Bapak/Ibu pada hari Kamis, 19 November 2026, pukul 09.00 WITA di Aula Kantor Lurah Oesapa.\n\nLurah Oesapa\nttd",
    "Kepada Yth. Direktur RSUD S.K. Lerik\n\nSaya, dr. [[name:Sonya Bessie]], dokter umum di klinik swasta, menyampaikan bahwa pasien rujukan saya atas nama [[name:Nikodemus Tefa]] (No. kartu JKN [[bpjs:{bpjs:b}]]) ditolak di IGD pada 07/11/2026 tanpa pemeriksaan.\n\nHormat saya,\n\ndr. [[name:Sonya Bessie]]\nSIP 503/{d:4}/DKK/2026",
    "Kepada Yth. Kepala Dinas Lingkungan Hidup dan Kebersihan\n\nKami pengurus Gereja Katolik Santa Maria Assumpta mengeluhkan bau dari TPS di sebelah gereja yang mengganggu ibadah. TPS penuh sejak Senin 02/11/2026.\n\nHormat kami,\nDewan Pastoral Paroki\n\ncc: Camat Kelapa Lima",
    "Demikian pengaduan saya tentang asap dan bising dari bengkel las di samping rumah, yang bekerja sampai pukul 23.00 setiap malam.\n\nHormat saya,\n\nttd\n\nIr. [[name:Semuel Ully]]",
    "Dengan hormat,\nSaya [[name:Wahyu Prasetyo]], pensiunan ASN, menanyakan mengapa tunjangan pensiun bulan Oktober belum masuk ke rekening BRI saya [[bank_account:{rek:bri}]]. NIP 19600311 198503 1 {d:3} (bukan untuk dipublikasikan).\n\nHormat saya,\n[[name:Wahyu Prasetyo]]\n[[address:Jl. Bakti No. 3]], Kel. Oetete\nTelp. rumah [[phone:{tel:s}]]",
    "Kepada Yth. Bapak Lurah Oebufu\n\nKami warga Jl. Kelinci menyampaikan bahwa galian pipa PDAM di Jl. Kelinci Oebufu ditinggalkan terbuka sejak 15 Oktober. Sudah ada dua pengendara jatuh.\n\nHormat kami,\nWarga Jl. Kelinci\n(23 tanda tangan terlampir)",
    "Subject: Permohonan salinan akta kelahiran\n\nYth. Dukcapil Kota Kupang,\n\nMohon informasi syarat salinan akta kelahiran untuk anak saya [[name:Christian Lay]] yang lahir 2012. Akta asli rusak karena banjir.\n\nRegards,\n[[name:Monika Lay-Therik]]\nSent from my iPhone",
    "Kupang, 20 Oktober 2026\n\nKepada Yth. Kepala Dinas Perhubungan Kota Kupang\n\nDengan hormat, kami Paguyuban Sopir Angkot Jalur 3 mengajukan keberatan atas rencana pemindahan terminal ke Noelbaki tanpa konsultasi. Rapat anggota tanggal 18/10/2026 dihadiri 74 sopir.\n\nKetua Paguyuban\nttd\n\nSekretaris\nttd",
    "Yth. Bapak/Ibu Admin,\n\nSaya hanya ingin menyampaikan apresiasi kepada petugas Damkar yang memadamkan kebakaran di Pasar Inpres Naikoten Minggu malam dalam waktu kurang dari 30 menit.\n\nSalam hormat,\nSeorang warga",
    "Yth. Kepala Samsat Kupang\n\nSaya [[name:Yohana Mariani Pah]], pemilik motor [[plate:DH 6671 KF]], telah membayar pajak via e-Samsat (kode bayar {d:16}) tetapi status STNK belum diperbarui.\n\nHormat saya,\n- [[name:yohana pah]] -",
    "Kepada Yth.\nKetua DPRD Kota Kupang\nc.q. Komisi III\n\nPerihal: Aspirasi nelayan Oeba tentang dermaga yang rusak.\n\nKami, Kelompok Nelayan Setia Kawan, memohon anggaran perbaikan dermaga di APBD 2027 sebesar perkiraan Rp 2,3 miliar.\n\nHormat kami,\nKelompok Nelayan Setia Kawan",
    "Subject: Data untuk verifikasi\n\nBerikut data saya untuk verifikasi bantuan:\nNama: [[name:Hasan Bachmid]]\nNIK: [[nik:{nik:5371:M:s}]]\nKK: [[kk:{kk:5371:s}]]\nRek. BNI: [[bank_account:{rek:bni}]]\n\nWassalam,\n[[name:Hasan]]",
    "Dengan hormat,\n\nBersama surat ini saya, [[name:Antonius Da Silva]], warga [[address:RT 017/RW 006]] Kel. Oesapa Barat, melaporkan bahwa sumur bor bantuan pemerintah di lingkungan kami dikuasai oleh satu keluarga dan warga dipungut Rp 5.000 per jerigen.\n\nDemikian laporan ini.\n\nKupang, 12 November 2026\nPelapor,\n\n\n[[name:ANTONIUS DA SILVA]]",
    "Yth. Kepala Dinas Kesehatan,\n\nMohon dijelaskan mengapa apotek di Puskesmas Penfui kehabisan obat hipertensi sejak awal bulan. Pasien disuruh membeli di Apotek Kimia Farma Jl. El Tari.\n\nTerima kasih,\nPeserta Prolanis",
    "Kepada Yth. Ketua Pengadilan Negeri Kupang\n\nKami keluarga [[name:Fanggidae]] memohon salinan putusan perkara No. 87/Pdt.G/2025/PN Kpg.\n\nHormat kami,\n\n1. [[name:Yakobus Fanggidae]]\n2. [[name:Ruth Fanggidae]]\n3. [[name:Lidia Fanggidae-Mooy]]",
    "Surat Terbuka\n\nKepada Wali Kota Kupang,\nkami mahasiswa BEM Undana meminta Pemkot menjelaskan rencana tarif baru angkutan kota. Kajian kami: tarif Rp 5.000 memberatkan pelajar.\n\nHidup Mahasiswa!\nBEM Undana",
    "From: [[email:nonik.tefa23@gmail.com]]\nTo: ppid@kupangkota.go.id\nSubject: Permohonan informasi anggaran kelurahan\n\nSelamat pagi, saya [[name:Nonik Tefa]] mahasiswi Unwira, memohon dokumen DPA Kelurahan Oesapa 2026 untuk penelitian skripsi.\n\nHormat saya,\n[[name:Nonik]]",
    "Yth. Bapak Kepala Puskesmas Sikumana,\n\nIbu saya, Ny. [[name:Magdalena Seran]], pasien TB, tidak lagi dikunjungi kader sejak September. Mohon ditindaklanjuti.\n\nTtd,\n[[name:Gerardus Seran]]\nAnak pasien\n[[phone:{hp:d}]]",
    "Perihal: Tanggapan atas laporan No. LAPOR-5371-2026-00{d:3}\n\nDengan hormat, laporan Saudara telah kami tindaklanjuti dengan perbaikan lampu penerangan jalan di Jl. R.A. Kartini pada 09/11/2026.\n\nKepala Dinas Pekerjaan Umum dan Penataan Ruang\nKota Kupang",
    "Kupang, 30 Oktober 2026\n\nHal: Pengembalian uang pendaftaran\n\nYth. Kepala SMK Negeri 3 Kupang\n\nSaya [[name:Yulianti Bire]] orang tua dari [[name:Mikhael Bire]] meminta pengembalian uang pendaftaran Rp 350.000. Mohon ditransfer ke Bank NTT [[bank_account:{rek:ntt}]] a.n. [[name:Yulianti Bire]].\n\nTerima kasih.\n--\n[[name:Yulianti]]",
    "Kepada: Inspektorat Kota Kupang\n\nDugaan penyimpangan dana BOS di SD Negeri Fatufeto 1 tahun 2025: belanja ATK Rp 48.000.000 untuk 210 siswa. Dokumen terlampir (RKAS dan SPJ).\n\nHormat kami,\nAliansi Orang Tua Murid",
    "Dengan hormat,\nkami sampaikan bahwa surat permohonan kami nomor 12/PKK/IX/2026 belum dijawab. PKK Kelurahan Bello memerlukan tempat untuk posyandu.\n\nKetua TP-PKK Kelurahan Bello\n(ttd)\n\nTembusan:\n- Camat Maulafa\n- Arsip",
    "Hormat saya,\n\n[[name:Elisabeth Ratu Therik]], S.E.\n[[address:Jl. Bougenville No. 14]]\nHP [[phone:{hp:p}]]\n\nCatatan: mohon jawaban tertulis atas surat saya tentang pemutusan listrik sepihak.",
)

# social: posts, tweets and comments, with @handles (private handles here are nicknames, not names).
add(
    "social",
    "@pemkotkupang kapan jalan di Kolhua diaspal? Sudah 3 tahun janji terus #KupangBisa #LAPOR",
    "Min @PLN_123 listrik di Oesapa padam dari jam 18.00 sampai sekarang 23.40. Tidak ada pemberitahuan. Kulkas isi jualan rusak semua 😤",
    "Komentar: Betul sekali kaka, di Liliba juga begitu. Air PDAM cuma jalan 2 jam seminggu",
    "Thread 🧵 soal pungli di Samsat Kupang:\n1/ Saya bayar pajak motor 10/11, di loket diminta tambahan Rp 25.000 'biaya formulir'\n2/ Tidak ada kwitansi\n3/ Tolong @ombudsmanri137 @KemenPANRB",
    "Tetangga sa, ibu [[name:Dewi Lestari]], sudah 2 tahun urus akta anaknya belum jadi2. Tolong @dukcapil_kotakupang dibantu 🙏",
    "Salut untuk petugas DLHK yang tetap angkat sampah di hujan deras tadi pagi di Jl. Timor Raya. Terima kasih pahlawan kebersihan 💚",
    "Postingan grup FB 'Info Kupang Terkini':\nJalan di depan SDN Oepura 3 ada lubang besar, sudah ada yang jatuh. Hati-hati kalau lewat malam. Share biar pemerintah lihat!",
    "Komentar @kupang_nyong88: pasti bilang tunggu anggaran lagi 😂",
    "Yang hilang dompet atas nama [[name:Yosefina Ndoen]] di angkot jalur 10, KTP dan ATM ada di pos satpam Lippo Plaza. Hubungi pemilik langsung ya 🙏",
    "Viral! Video pegawai kelurahan tidur di meja saat jam pelayanan. Lokasi katanya Kel. Naikoten I. @pemkotkupang tolong ditindak",
    "Ada yg tau nomor WA pengaduan Dinas Sosial? Mau lapor lansia terlantar di depan Gereja Kota Baru. Jawaban: WA center Dinsos 0812-3700-1708 (resmi, dari IG mereka)",
    "Buat yang mau bikin SKCK, Polresta buka Sabtu jam 08.00-12.00. Bawa fotokopi KTP, KK, akta lahir, pas foto 4x6 latar merah 6 lembar.",
    "Saya [[name:Nadia]], penjual kue di Pasar Oebobo. Lapak saya dibongkar tanpa pemberitahuan. DM saya kalau wartawan mau liput, atau WA [[phone:{hp:p}]]",
    "Reply to @beta_anak_oesapa: sama bro, di TDM juga air mati dari Jumat",
    "Kota Kasih tapi air bersih susah. Kota Kasih tapi jalan berlubang. Kota Kasih tapi lampu jalan mati. Kapan Kasih-nya? #KupangKotaKasih",
    "Story IG: Antrean Dukcapil jam 06.30 sudah 80 orang. Nomor antrian saya B-091. Semangat semua 🥲",
    "Anak kami [[name:Gabriel]] hilang sejak tadi siang di sekitar Terminal Kupang, pakai kaos kuning. Yang melihat tolong hubungi mamanya [[name:Mira]] di [[phone:{hp:s}]] 🙏🙏 #Kupang #AnakHilang",
    "@BPJSKesehatanRI kenapa peserta PBI di Kota Kupang banyak yang dinonaktifkan bulan ini? Saudara saya mau operasi tertunda",
    "Terima kasih @pemkotkupang lampu jalan Jl. Sam Ratulangi sudah terang. Jalan pulang kerja jadi aman 👍",
    "Jangan lupa, pendaftaran sekolah rakyat gelombang 2 tutup 30 November. Info di kantor Dinsos Jl. Polisi Militer atau telepon kantor (0380) 821 036",
    "Kasihan bapa tua ini, namanya Opa [[name:Yakob]], tinggal sendiri di gubuk dekat kali Dendeng. Semoga ada dinas yang lihat postingan ini.",
    "Tweet: kalau mau lapor lampu jalan mati, SMS ke 1708 format KOTKUPANG(spasi)isi laporan. Sudah coba, dibalas 2 hari. Lumayan",
    "Komentar di FB Pemkot: 'Pak, kapan pengaspalan Jl. Kelinci? Kami warga sudah bosan debu' — 43 suka, 12 balasan",
    "Yang punya mobil Avanza putih [[plate:DH 1845 MK]] parkir depan gerbang rumah orang di Oebufu dari pagi, mohon dipindahkan. Kami tidak bisa keluar",
    "Barang siapa menemukan map biru isi ijazah SMA atas nama [[name:Kristoforus Wuwur]] di sekitar Bundaran Tirosa, mohon hubungi [[phone:{hp:d}]]. Imbalan tersedia",
    "Pengalaman bikin paspor di Kanim Kupang: online booking, datang jam 08.00, selesai 4 hari kerja. Biaya Rp 350.000 via kode billing. Mantap 👌",
    "Tolong RT dan lurah di Naikolan perhatikan warga. Rumah ambruk karena angin kemarin malam, keluarga 5 orang tidur di tenda",
    "Kalau ada yang mau donasi buat keluarga [[name:Boimau]] yang rumahnya terbakar di Alak, rekening BRI [[bank_account:{rek:bri}]] a.n. [[name:Maria Boimau]]. Terima kasih orang baik 🙏",
    "@DishubKotaKupang bus Trans Kupang rute 2 tidak lewat sejak 3 hari. Anak sekolah terlambat semua",
    "Info loker: Puskesmas Alak butuh 2 tenaga kebersihan. Lamaran antar langsung ke kantor, bukan lewat WA. Hati-hati penipuan",
    "Komen: itu bukan hoax, kakak saya [[name:Rini]] sendiri yang ditolak di RS waktu malam itu",
    "Video TikTok @kupangvibes_: banjir di Jl. W.J. Lalamentik depan Hotel Sasando setinggi lutut. Drainase tidak berfungsi",
    "Buat semua warga Oebobo: pemadaman listrik terencana Minggu 15/11 jam 09.00-14.00 untuk pemeliharaan gardu. Info PLN UP3 Kupang",
    "Sudah 2 minggu tiang listrik miring di depan rumah kami, sudah lapor via aplikasi PLN Mobile nomor laporan K{d:9}. Belum ada petugas",
    "Selamat buat Bidan [[name:Ance]] di Pustu Manulai yang tetap layani persalinan malam Natal tahun lalu. Hormat! 🙏",
    "#SaveLasiana pohon-pohon di pantai ditebang untuk proyek kafe. Siapa yang kasih izin? @dlhk_kotakupang",
    "Pemenang lomba kebersihan antar kelurahan 2026: Kel. Fontein, Kel. Oebobo, Kel. Kuanino. Selamat!",
    "Komentar: harga cabai di Pasar Inpres Rp 120 ribu/kg, pemerintah ke mana?",
    "Mau tanya netizen Kupang, ada yang tahu kenapa e-KTP sekarang harus antri online? Saya coba buka aplikasinya error terus",
    "Kaka2 tolong bantu share, beta pung adik [[name:Adelia Nalle]] (17 thn) belum pulang dari kemarin sore. Terakhir di depan SMAN 2. Kontak beta [[phone:{hp:c}]]",
    "Rapat dengar pendapat DPRD soal air bersih hari ini jam 10.00 di Gedung DPRD Kota Kupang. Terbuka untuk umum",
    "Pak Wali, tolong lihat jalan ke TPA Alak. Truk sampah antre 2 km karena jalan hancur. #KupangDarurat",
    "Reply: Kak, nomor itu nomor Unit Pengaduan Kota, bukan nomor pribadi. Aman untuk lapor: 0822-3787-0000",
    "Sy jual motor bekas plat DH, surat lengkap, pajak hidup. Serius WA 0813xxxx (sensor dulu, DM saja)",
    "Curhat: sudah 5x ke kantor BPN untuk balik nama sertifikat. Tiap datang syaratnya beda. Kenapa tidak ada daftar syarat tertulis?",
)

# unicode: full-width characters, no-break, zero-width, ideographic spaces and soft hyphens.
add(
    "unicode",
    "KOTKUPANG SY [[name:{fw|=YOHANES TEFA}]] NIK [[nik:{fw|nik:5371:M:b}]] KTP BLM JADI",
    "Nama: [[name:Maria\u200bMagdalena Ndun]]\nNIK: [[nik:{zw|nik:5371:F:s}]]\nHP: [[phone:{nb|hp:s}]]",
    "Tagihan air bulan ini Rp\u00a0{fw|=1.245.000}, jatuh tempo {fw|=20/11/2026}. ID pelanggan {fw|d:10}",
    "Saya [[name:Agustinus\u00a0Lay]], WA [[phone:{zw|hp:p}]], mau lapor lampu jalan mati di Jl.\u00a0Soeharto",
    "Call center Dukcapil：{fw|=0380-825217}，jam layanan {fw|=08.00-15.00}",
    "No.\u00a0KK [[kk:{nb|kk:5371:s}]] atas nama kepala keluarga [[name:Benyamin\u3000Riwu Kaho]]",
    "ＫＯＴＫＵＰＡＮＧ　ＪＡＬＡＮ　ＤＩ　ＪＬ．　ＡＭＡＢＩ　ＲＵＳＡＫ　ＰＡＲＡＨ",
    "HP ibu saya: [[phone:{fw|hp:d}]] (ibu [[name:Fransiska Te\u00adda]])",
    "NPWP [[npwp:{zw|npwp:o}]]\u3000Nama [[name:Yenny Ong]]",
    "Kode billing: {zw|d:15}\nNominal: Rp\u00a0350.000\nBerlaku sampai 12/11/2026 23:59",
    "Sy [[name:Ri\u00adchard Ma\u00adnafe]] dari Oebufu, no BPJS [[bpjs:{fw|bpjs:b}]]",
    "Ｓａｙａ　[[name:ＬＩＮＡ　ＢＥＳＳＩＥ]]、ＨＰ　[[phone:{fw|hp:p}]]",
    "Alamat:\u00a0[[address:Jl.\u00a0Kenari\u00a0No.\u00a021]], Kel.\u00a0Oebobo",
    "Nomor antrian\u200b: A\u200b-\u200b{d:3}\u3000Loket\u00a02\u3000Dukcapil Kota Kupang",
    "Rek BRI [[bank_account:{zw|rek:bri}]] a.n. [[name:Paulina\u200b Fanggidae]]",
    "Laporan #{fw|d:4}-{fw|d:4}: lampu PJU mati di Jl.\u00a0Frans\u00a0Seda, sudah 9 hari",
    "NIK\u00a0: [[nik:{nb|nik:5301:M:s}]]\nNama\u00a0: [[name:Kornelis\u00a0Boimau]]",
    "Plat motor pelaku [[plate:{fw|=DH 5520 KL}]], kabur ke arah Oesapa",
    "Token PLN {zw|d:20} tidak bisa dimasukkan, sudah bayar Rp\u00a0200.000",
    "Sy [[name:Yos\u200bua]] NIK [[nik:{zw|nik:5371:M:b}]] HP [[phone:{zw|hp:d}]]",
    "Hotline PDAM\u00a00380\u00a0833\u00a0061, WA center\u00a00811\u00a03800\u00a0123 (resmi)",
    "KOTKUPANG SY [[name:MARTHA\u3000ADOE]] [[address:RT\u00a005/RW\u00a002]] KEL. LILIBA, SAMPAH TDK DIANGKUT",
    "Email: [[email:{fw|=melki.tanone@gmail.com}]]\nHP: [[phone:{fw|hp:i}]]",
    "Jadwal posyandu: Selasa\u00a008.00–11.00, Posyandu Bunga\u00a0Mawar, Kel.\u00a0Fatululi",
    "Beta [[name:Sofia\u00adNalle]] pung HP [[phone:{sh|hp:p}]], tolong telpon",
    "NOP\u00a053.71.{fw|=040}.003.{d:3}-{d:4}.0 — tagihan PBB Rp\u00a0{fw|=312.000}",
    "[[name:Ｙｏｓｅｆ　Ｋｅｌｅｎ]]\n[[phone:{fw|hp:s}]]\n[[address:{fw|=Jl. Mawar No. 7}]]",
    "Transfer ke VA\u00a0{zw|d:16} sudah berhasil, tapi status belum berubah",
    "No KTP: [[nik:{is|nik:5302:F:s}]]\u3000Nama: [[name:Ester Taneo]]",
    "Nopol: [[plate:DH\u00a01203\u00a0AF]]\u3000Pemilik: [[name:Daud Nope]]",
    "Kepada Yth.\u00a0Kepala Dinas PUPR, mohon perbaikan jembatan di Kel.\u00a0Oebufu. Panjang ±\u00a025\u00a0m.",
    "Nama\u3000：[[name:Imelda\u00a0Tukan]]\nNo. HP：[[phone:{is|hp:s}]]\nNIK\u3000：[[nik:{fw|nik:5306:F:b}]]",
    "ＳＭＳ ke １７０８ ｆｏｒｍａｔ ＫＯＴＫＵＰＡＮＧ（ｓｐａｓｉ）ｉｓｉ laporan",
    "Sy [[name:ＩＳＡＫ]] dari Alak, NIK [[nik:{fw|nik:5371:M:s}]]",
    "KIS: [[bpjs:{zw|bpjs:s}]]\u00a0a.n.\u00a0[[name:Margaretha Bani]]",
    "Tgl {fw|=05/11/2026} jam {fw|=14.30} listrik padam di Kel. Kuanino, kembali menyala {fw|=21.10}",
    "Kontak: [[phone:{nb|hp:C}]] ([[name:Oktavianus\u200bSeran]])",
    "Tiket: ＬＡＰＯＲ－５３７１－２０２６－０１２７４\u3000status: diproses",
    "Ibu [[name:Ro\u00adsa\u00adlina Pah]], [[address:Gg.\u00a0Kakatua\u00a0No.\u00a03]], HP [[phone:{nb|hp:d}]]",
    "Rp\u00a0{fw|=2.500.000} dipotong dari bantuan tanpa penjelasan. Periode {fw|=Oktober 2026}",
    "NPWP\u00a0baru: [[npwp:{fw|npwp:n}]] — nama: [[name:Hendra\u00a0Wijaya]]",
    "Mandiri [[bank_account:{nb|=1610 0012 3478}{d:1}]] a.n. [[name:Silvia\u200bTheresia Ratu]]",
    "Loket\u00a03 tutup jam\u00a011.00, padahal jadwal sampai jam\u00a015.00. Antrian nomor\u00a0C-{d:3} belum dipanggil.",
    "[[name:yohanis\u00a0ndun]] ｜ [[nik:{fw|nik:5371:M:h}]] ｜ [[phone:{fw|hp:c}]]",
    "Ambulans gratis Pemkot: {fw|=0812-3600-0119} (nomor resmi Dinkes, 24 jam)",
)

# relayed: a village head, RT, pastor, teacher or cadre passes on the complaints of several residents.
add(
    "relayed",
    "Dari Ketua RT 011 Kel. Oesapa: kami teruskan keluhan 3 warga yang belum menerima BLT:\n1. [[name:Yohanes Bire]], NIK [[nik:{nik:5371:M:b}]]\n2. [[name:Martha Lenggu]], NIK [[nik:{nik:5371:F:b}]]\n3. [[name:Sem Dethan]], NIK [[nik:{nik:5371:M:b}]]\nMohon dicek di DTKS.",
    "Kepala Desa Oelnasi menyampaikan bahwa 27 KK di Dusun 3 belum mendapat air bersih sejak sumur bor rusak Agustus. Daftar nama terlampir di kantor desa.",
    "Saya kader posyandu Kel. Bakunase, menyampaikan keluhan ibu-ibu: mama [[name:Dina]] (anak [[name:Kezia]], 2 thn), mama [[name:Rut]] (anak [[name:Samuel]], 8 bln) dan mama [[name:Yuli Henuk]] tidak dapat PMT bulan ini.",
    "Dari Pdt. jemaat GMIT Pniel: warga jemaat kami, Bapak [[name:Zakarias Ndolu]] ([[address:RT 06 RW 02]] Kel. Manutapen), lumpuh dan belum pernah dikunjungi petugas kesehatan. HP anaknya [[name:Ester]]: [[phone:{hp:p}]]",
    "Ketua RW 03 Kel. Nefonaek meneruskan: lampu jalan di 4 titik mati, saluran air di depan SD tersumbat, dan jalan setapak ke kali longsor. Mohon survei.",
    "Kami perangkat Kelurahan Alak meneruskan data warga yang rumahnya rusak akibat angin 09/11/2026:\n- [[name:Markus Liu]], [[address:RT 04/RW 01]], atap hilang\n- [[name:Selvina Ndun]], [[address:RT 04/RW 01]], dinding retak\n- keluarga [[name:Tallo]], [[address:RT 07/RW 02]], rumah roboh",
    "Guru wali kelas 9B SMPN 16 menyampaikan: 5 siswa tidak dapat ikut ANBK karena NISN tidak valid (0087{d:6}, 0091{d:6}, dst). Mohon bantuan Dinas Pendidikan.",
    "Sebagai ketua kelompok tani Sinar Harapan, saya [[name:Arnold Koroh]] menyampaikan keluhan anggota kami [[name:Piet Nalle]] dan [[name:Lukas Seran]]: pupuk subsidi di kios tidak ada, padahal sudah terdaftar di e-RDKK. HP saya [[phone:{hp:d}]]",
    "Ketua RT 02 Kel. Fatukoa menyampaikan keluhan warga tentang truk galian C yang lewat siang-malam. Debu masuk rumah, jalan rusak. Warga minta jam operasional dibatasi.",
    "Dari Lurah Bello: warga kami Ibu [[name:Naomi Tefa]] (NIK [[nik:{nik:5371:F:s}]], KK [[kk:{kk:5371:s}]]) dan anaknya [[name:Yeskiel Tefa]] belum memiliki KIS. Mohon Dinsos memproses.",
    "Ketua Jemaat Katolik Stasi St. Fransiskus meneruskan keluhan umat: jalan ke kapela rusak, anak-anak misdinar jatuh. Sudah dua kali diusulkan di musrenbang.",
    "Saya Ketua RT 13 Kel. Penfui, [[name:Obaja Manafe]], meneruskan laporan warga [[name:Ana Mooy]] ([[address:Jl. Penfui Timur No. 22]]) yang sumurnya tercemar limbah bengkel. Kontak Ibu [[name:Ana]]: [[phone:{hp:s}]]",
    "Kepala Dusun 2 Desa Penfui Timur melaporkan 11 lansia tidak menerima bantuan sembako bulan Oktober. Kami sudah catat nama-nama mereka di buku desa.",
    "Kami pengurus masjid Al-Muhajirin Kel. Airmata meneruskan keluhan jamaah: Bapak [[name:Abdullah Ba'dan]] dan Ibu [[name:Syarifah Alhabsyi]] ([[address:Jl. Garuda Gg. 5 No. 9]]) rumahnya tergenang setiap hujan karena drainase ditutup proyek.",
    "Dari bidan desa Tarus: ibu hamil risiko tinggi di wilayah kami belum punya BPJS: Ny. [[name:Rambu Kahi]] (NIK [[nik:{nik:5311:F:b}]]) dan Ny. [[name:Yulita Bani]] (NIK [[nik:{nik:5301:F:b}]]). Mohon dibantu PBI.",
    "Ketua Karang Taruna Kel. Oetete menyampaikan aspirasi pemuda: lapangan voli rusak, lampu mati, dan lokasi sering dipakai minum miras. Mohon Satpol PP patroli.",
    "Sekretaris RT 05 Kel. Oebobo, [[name:Lorens Pah]], meneruskan keluhan: 1) Om [[name:Yos]] di [[address:Jl. Bajawa No. 4]] kena tagihan air Rp 2,1 juta; 2) tanta [[name:Min]] sebelahnya Rp 1,8 juta. Meter baru diganti bulan lalu.",
    "Kepala sekolah SD Negeri Naioni menyampaikan keluhan orang tua murid tentang jalan ke sekolah yang tidak bisa dilalui saat hujan. 63 murid sering tidak masuk.",
    "Saya Ketua Kelompok Nelayan Oeba, menyampaikan atas nama [[name:Abdul Karim]], [[name:Hamzah Daeng Ngalle]] dan [[name:Yusuf Ladjar]]: perahu mereka rusak diterjang ombak, belum dapat bantuan. Nomor kelompok: 0{d:4}/KN/2024.",
    "Dari ketua RT 08 Kel. Kolhua: warga [[name:Selfina Lado]] (HP [[phone:{hp:p}]]) dan suaminya [[name:Rudi Lado]] diusir dari rumah kontrakan tanpa pemberitahuan. Pemilik rumah, Pak Haji... maaf, Bapak [[name:Hamid Said]], menahan barang mereka.",
    "Kami majelis jemaat meneruskan pengaduan warga tentang pemotongan dana bantuan lansia Rp 200.000 oleh oknum pendamping. Tidak disebut nama karena warga takut.",
    "Lurah Oesapa Selatan meneruskan data 2 warga yang KTP-nya ganda: [[name:Frans Kase]] (NIK tercatat [[nik:{nik:5371:M:b}]] dan [[nik:{nik:5301:M:b}]]). Mohon Dukcapil memblokir salah satunya.",
    "Pengurus Posyandu Lansia Setia Kasih menyampaikan bahwa 40 lansia tidak diperiksa bulan ini karena petugas Puskesmas tidak datang. Jadwal: Kamis minggu kedua, 09.00.",
    "Guru BK SMAN 5 Kupang meneruskan keluhan siswa [[name:Marsel]] dan [[name:Andre Foenay]] yang dimintai uang oleh oknum di terminal. Orang tua [[name:Andre]], Bapak [[name:Yakob Foenay]], HP [[phone:{hp:i}]].",
    "Kepala Desa Noelbaki menyampaikan: jembatan darurat di Dusun 1 putus, 120 KK terisolasi. Mohon BPBD dan Dinas PUPR Kabupaten Kupang segera turun.",
    "Saya [[name:Paulus Tukan]], ketua RT 02/RW 01 Kel. Kayu Putih, meneruskan permohonan warga saya [[name:Veronika Goa]] ([[address:RT 02/RW 01]]) yang ingin pindah KK karena bercerai. KK lama nomor [[kk:{kk:5371:b}]].",
    "Kader TB Kel. Sikumana menyampaikan bahwa 3 pasien TB berhenti minum obat karena stok di Puskesmas kosong sejak 3 minggu. Nama pasien ada di Puskesmas.",
    "Pendeta GMIT Efata meneruskan: keluarga [[name:Messakh]] di [[address:Jl. Tompello No. 12]] kehilangan rumah karena kebakaran. Anak-anak mereka, [[name:Yunus]], [[name:Dewi]] dan [[name:Ruben]], perlu seragam dan buku sekolah.",
    "Dari koordinator ojol Kupang: 14 pengemudi mengeluhkan pungutan Rp 10.000 per hari di depan Bandara El Tari oleh orang yang mengaku petugas. Bukti foto ada di grup.",
    "Ketua RT 10 Kel. Oebufu, [[name:Bonifasius Nai]], menyampaikan keluhan warganya [[name:Sri Rahayu]] yang motornya [[plate:DH 3876 KC]] ditarik leasing tanpa surat. HP Ibu [[name:Sri]]: [[phone:{hp:s}]]",
    "Kepala Desa Kuaklalo meneruskan aspirasi warga: pengaspalan jalan desa sepanjang 2,5 km yang dijanjikan 2025 belum dimulai. Nilai pagu Rp 3.200.000.000.",
    "Atas nama 6 orang tua murid PAUD Tunas Harapan, saya [[name:Yuliana Mesakh]] menyampaikan bahwa bantuan APE dari dinas tidak pernah sampai. Kontak: [[email:yuliana.mesakh@gmail.com]]",
    "Ketua RW 02 Kel. Tode Kisar menyampaikan: banjir rob masuk ke 30 rumah setiap bulan purnama. Tanggul di pesisir sudah jebol sejak 2024.",
    "Kami dari Kantor Desa Baumata meneruskan pengaduan [[name:Agustinus Benu]] (HP [[phone:{hp:c}]]), [[name:Yuliana Benu]] dan [[name:Mikael Pah]] tentang tanah mereka yang masuk kawasan hutan menurut peta baru.",
    "Kepala Puskesmas Pembantu Naimata menyampaikan kebutuhan 1 tenaga perawat tambahan. Saat ini hanya 1 bidan untuk 4.000 penduduk.",
    "Ketua RT 03 Kel. Nunhila, [[name:Hans Ully]], menyampaikan 2 warga belum terima bantuan perbaikan rumah:\nNama: [[name:Margaretha Ndun]], NIK [[nik:{nik:5371:F:d}]], [[address:RT 03/RW 02]]\nNama: [[name:Yohanis Ndun]], NIK [[nik:{nik:5371:M:d}]], [[address:RT 03/RW 02]]",
    "Ketua Kelompok Wanita Tani Bunga Indah menyampaikan terima kasih kepada Dinas Pertanian atas bantuan bibit. Namun pompa air yang dijanjikan belum datang.",
    "Dari Ketua Persatuan Penyandang Disabilitas Kota Kupang: anggota kami [[name:Yermias Lay]] dan [[name:Agnes Wea]] ditolak membuat SIM D. Petugas mengatakan tidak ada layanan.",
    "Guru SD Inpres Oesapa Kecil menyampaikan keluhan orang tua: mama [[name:Lina]] dan bapa [[name:Fredi]] (orang tua [[name:Kevin]], kelas 2) diminta bayar buku Rp 400.000.",
    "Koordinator Pendamping PKH Kecamatan Kota Lama meneruskan pertanyaan KPM tentang jadwal penyaluran tahap 4. Belum ada informasi dari Kemensos sampai 20/11/2026.",
    "Saya kepala lingkungan di Kel. Mantasi, [[name:Kasim Lamani]], atas nama warga [[name:Siti Aminah]] (NIK [[nik:{nik:5371:F:b}]], HP [[phone:{hp:p}]]) melaporkan anaknya [[name:Rizal]] tidak diterima di SMPN 1 padahal nilai cukup.",
    "Kepala Desa Oebelo meneruskan: 9 nelayan kehilangan jaring karena kapal tanpa izin. Nomor lambung kapal KM Sinar Abadi 07. Mohon Dinas Kelautan menindak.",
    "Ketua RT 01 Kel. Airnona meneruskan permintaan Bapak [[name:Gustaf Toelle]] ([[address:Jl. Sumatera No. 31]], KTP [[nik:{nik:5371:M:b}]], rek. BRI [[bank_account:{rek:bri}]]) agar ganti rugi lahan pelebaran jalan segera dibayar.",
    "Pengurus RW 06 Kel. Naikolan melaporkan bahwa bak sampah komunal di Jl. Suratim tidak diangkat dua minggu. Tidak ada nama warga yang dilaporkan.",
    "Dari Kepala SMP Negeri 4 Kupang Barat: dua murid kami, [[name:Yoel]] dan [[name:Nindy Kase]], tidak bisa menerima PIP karena rekening atas nama ibunya, [[name:Yustina Kase]], di BNI [[bank_account:{rek:bni}]] diblokir.",
)

# more of each style, for the rarer kinds and the harder writings.
add(
    "sms_caps",
    "KOTKUPANG SY [[name:LUKAS NDOLU]] NIK SY [[nik:5371O32811790l07]] SALAH KETIK DI KTP, HURUF DAN ANGKA TERCAMPUR. MOHON DIPERBAIKI",
    "KOTKUPANG NO KK SY [[kk:{kk:5371:b}]] TDK TERBACA DI SISTEM BANSOS. SY [[name:MARIA SERAN]] DGN [[address:RT 21/RW 08]] KEL. SIKUMANA",
    "KOTKUPANG SY MAU TANYA NPWP SY [[npwp:{npwp:o}]] KENAPA TDK BISA DIPAKAI DAFTAR CPNS. SY [[name:NOVEN TANONE]]",
    "KOTKUPANG TLG BANTU ANAK SY [[name:ARYA]] BPJS [[bpjs:{bpjs:b}]] DITOLAK RS KARTINI KRN TUNGGAKAN. SY SDH BAYAR VIA VA 88888{d:11}",
    "KOTKUPANG SY [[name:ROSA DA COSTA]] HP [[phone:{hp:C}]] ATAU TELP RMH [[phone:{tel:s}]]. MOHON PETUGAS DTG KE [[address:JL. SUMBA NO. 8]] SOAL POHON TUMBANG",
    "KOTKUPANG NOMOR TRANSAKSI {d:16} UTK BAYAR PAJAK MOTOR SY BLM TERCATAT. SDH 5 HARI",
    "KOTKUPANG BRIVA 77301 08{d:10} SY BAYAR RETRIBUSI SAMPAH TP DITAGIH LAGI OLEH PETUGAS KEL.",
    "KOTKUPANG SY [[name:ESRA]] NIK [[nik:{nik:5371:F:b}{d:1}]] (17 ANGKA DI SURAT KET, SALAH KETIK PETUGAS) MOHON DIPERBAIKI",
)
add(
    "whatsapp",
    "[06/11/26 18.02] [[name:Melkianus Nope]]: pak ini nomor hp istri sy [[phone:0852 4410\n87316]] kalau sy tidak angkat",
    "[17/11/26 09.15] [[name:Iren]]: Kak admin, NPWP sy yg baru [[npwp:{npwp:n}]] katanya sama dgn NIK, betul ka?\n[17/11/26 09.30] Admin: Betul Kak, sejak 2024 NIK berlaku sebagai NPWP",
    "[12/11/26 20.20] [[phone:{hp:o}]]: Sy mau lapor bengkel di Jl. Cendana, WA bengkel 0813-3945-{d:4} di spanduk, buang oli ke got\n[12/11/26 20.30] Admin: Terima kasih, kami teruskan ke DLHK",
    "[03/11/26 11.00] [[name:Agnes Riwu]]: Rekening sy untuk bantuan UMKM: Bank NTT [[bank_account:{rek:ntt}]] a.n. [[name:Agnes Riwu]]\n[03/11/26 11.05] [[name:Agnes Riwu]]: KK [[kk:{kk:5371:b}]]",
    "[09/11/26 07.07] [[name:Ongky Tanoto]]: Boss, sy mau tanya pajak reklame toko sy di Jl. Siliwangi. NPWP badan {d:2}.{d:3}.{d:3}.{d:1}-920.000 (perusahaan), bukan pribadi",
    "[14/11/26 16.45] [[name:Fitri Handayani]]: Ini email sy [[email:fitrihandayani.kpg@gmail.com]], tolong kirim salinan jawaban laporan ke situ ya min",
    "[21/11/26 10.00] Admin Dukcapil: Untuk pengecekan status KTP, silakan kirim NIK ke WA center 0811-3811-6070 (bukan nomor pribadi petugas)\n[21/11/26 10.05] [[name:Yonatan]]: NIK sy [[nik:{nik:5371:M:h}]]",
    "[11/11/26 13.13] [[phone:{hp:t}]]: Sy beli token di Apotek K24 Oebobo, nomor kasir 0815-{d:4}-{d:4}. Struk hilang",
    "[Pesan suara 0:41, ditranskrip] halo admin, saya [[name:Grace]] di Oebufu, nomor saya nol delapan satu tiga... ah maaf, saya ketik saja: [[phone:{hp:s}]]. Mau lapor anjing liar",
    "[02/11/26 08.30] [[name:Tomi Bessie]]: Plat mobil yg tabrak lari tadi malam [[plate:dh1729ak]], sy sempat foto. Korban tetangga sy [[name:Nikson]]",
    "[24/10/26 19.55] Mama [[name:Yuli]]: info dari grup sebelah, ada penerimaan CPNS Pemkot, tidak ada pungutan. Kalau ada yg minta uang lapor Inspektorat 0380 833 227",
    "[30/11/26 06.40] [[name:Benediktus Goa]]: Pak, motor sy [[plate:EB 2290 KA]] dari Flores, mau mutasi ke Kupang jadi DH. Syaratnya apa?",
)
add(
    "web_form",
    "Nama\tNIK\tNo. KK\tHP\n[[name:Petrus Lakapu]]\t[[nik:{nik:5371:M:b}]]\t[[kk:{kk:5371:b}]]\t[[phone:{hp:p}]]\nKeluhan: NIK dan KK saya tertukar dengan orang lain di data bansos.",
    "NAMA : [[name:SUSANTO WIBOWO]]\nNPWP LAMA : [[npwp:{npwp:b}]]\nNPWP BARU : [[npwp:{npwp:n}]]\nPERIHAL : Pemadanan NIK-NPWP gagal di DJP Online",
    "Nama : [[name:Christina Abineno]]\nEmail : [[email:c.abineno@yahoo.co.id]]\nNo. Telepon Rumah : [[phone:{tel:h}]]\nNo. HP : [[phone:{hp:m}]]\nAlamat : [[address:Jl. Bougenville Gg. Kenari No. 2]], Kel. Oebufu\nLaporan : Tetangga memelihara ayam aduan dalam jumlah besar",
    "Nomor BPJS Kesehatan: [[bpjs:{bpjs:s}]]\nNomor BPJS Ketenagakerjaan: 2{d:10} (tidak bermasalah)\nNama: [[name:Rudi Hartono]]\nKeluhan: rujukan ke RS Siloam ditolak faskes",
    'nama,nik,no_hp,alamat\n"[[name:Yohana Ratu]]","[[nik:{nik:5371:F:b}]]","[[phone:{hp:c}]]","[[address:Jl. Palapa No. 21]], Oebobo"\n"[[name:Marthen Ratu]]","[[nik:{nik:5371:M:b}]]","[[phone:{hp:c}]]","[[address:Jl. Palapa No. 21]], Oebobo"',
    "Kategori : Keuangan Daerah\nKode billing : {d:15}\nNomor VA : 8808{d:12}\nNominal : Rp 1.750.000\nKeluhan : Pembayaran retribusi IMB sudah didebit tetapi status di aplikasi 'belum bayar'\nPelapor : tidak disebutkan",
    "Nama: [[name:Dedi Susanto]]\nNo. Rekening BCA: [[bank_account:{rek:bca}]]\nNo. Rekening BSI: [[bank_account:{rek:bsi}]]\nKeluhan: Gaji PPPK masuk ke rekening lama yang sudah ditutup",
    "Pelapor: [[name:Benediktus Nahak]] (HP [[phone:{hp:i}]])\nTerlapor: pemilik kendaraan [[plate:DH 9021 GE]]\nKejadian: Truk parkir di trotoar Jl. Ahmad Yani setiap malam",
    "ID Laporan: {d:10}\nNama: Anonim\nNIK: -\nAlamat: -\nIsi: Petugas parkir di Pasar Oeba tidak memakai rompi resmi dan tidak memberi karcis. Tarif Rp 3.000.",
    "Nama : [[name:Gregorius Mau]]\nNIK : [[nik:{nik:5305:M:b}]]\nAlamat asal : Kalabahi, Alor\nAlamat domisili : [[address:Jl. Kancil No. 19, RT 08/RW 02]], Kel. Oebufu\nHP : [[phone:{hp:p}]]\nKeluhan : Surat pindah dari Alor tidak bisa diproses di Kupang",
    "Identitas:\nHJ. [[name:SITTI ROHANA]]\n[[nik:{nik:5371:F:s}]]\n[[phone:{hp:d}]]\n[[address:JL. URIP SUMOHARJO NO. 7]]\nKeluhan: Izin usaha katering ditolak tanpa alasan",
    "Instansi tujuan: PLN UP3 Kupang\nNo. meter: {d:11}\nID pelanggan: 53{d:10}\nDaya: 1300 VA\nIsi: Pemadanan daya sudah dibayar Rp 1.200.000 (No. agenda {d:14}), belum dipasang.",
)
add(
    "letter",
    "Yth. Kepala KPP Pratama Kupang\n\nSaya [[name:Aristarkus Adoe]], NPWP [[npwp:{npwp:o}]], NIK [[nik:{nik:5371:M:b}]], mohon penjelasan tagihan STP tahun 2025.\n\nHormat saya,\n[[name:Aristarkus Adoe]]\n[[email:aris.adoe@gmail.com]]",
    'Kepada Yth. Kepala Dinas Kependudukan dan Catatan Sipil\n\nDengan hormat, saya [[name:Herlina Nubatonis]] mohon perbaikan KK nomor [[kk:{kk:5301:s}]]: nama anak saya tertulis "[[name:Yuliana Mesak]]", seharusnya "[[name:Yuliana Messakh]]".\n\nHormat saya,\nttd\n[[name:Herlina Nubatonis]]',
    "Email:\nKepada: bpjs.kupang@bpjs-kesehatan.go.id\nPerihal: Penonaktifan kartu\n\nKartu KIS ayah saya no. [[bpjs:{bpjs:b}]] (a.n. [[name:Simon Liu]]) dan ibu saya no. [[bpjs:{bpjs:b}]] (a.n. [[name:Yosina Liu]]) tidak aktif sejak 1 Oktober.\n\nSalam,\n[[name:Natalia Liu]]\n[[phone:{hp:i}]]",
    "Kupang, 16 November 2026\n\nKepada Yth. Pimpinan Bank NTT Cabang Utama\n\nSaya [[name:Bernadus Tey]], nasabah dengan rekening [[bank_account:{rek:ntt}]], keberatan atas potongan Rp 150.000 untuk asuransi yang tidak pernah saya setujui.\n\nHormat saya,\n\n[[name:Bernadus Tey]]\n\ncc: OJK Perwakilan NTT",
    "Dengan hormat,\n\nKami menyampaikan bahwa rapat koordinasi penanganan sampah akan diadakan pada Selasa, 24 November 2026 pukul 10.00 WITA di Ruang Garuda Balai Kota. Kehadiran Bapak/Ibu sangat kami harapkan.\n\nKepala Bagian Organisasi\nSetda Kota Kupang",
    "Kepada Yth. Direktur Perumda Air Minum\n\nSaya [[name:Yakobus Kolo]] melaporkan tetangga saya, Bapak [[name:Anton Kolo]] (bukan keluarga), yang menyambung pipa liar di depan [[address:Jl. Rajawali No. 10]]. Saya siap menjadi saksi.\n\nHormat saya,\n— [[name:Y. Kolo]] —\nHP [[phone:{hp:p}]] / telp. rumah [[phone:{tel:p}]]",
    "Subject: Terima kasih\n\nSaya ingin berterima kasih kepada petugas Disdukcapil yang membantu perekaman KTP-el bagi penyandang disabilitas di rumah pada 05/11/2026. Pelayanan seperti ini sangat berarti.\n\nSalam hormat,\nKeluarga penerima layanan",
    "Kepada: Camat Oebobo\nTembusan: Lurah Oebufu, Ketua RT 04/RW 02\n\nKami keberatan atas pembangunan kandang babi oleh Sdr. [[name:Lambertus Ratu]] di [[address:Jl. Kelapa Gading No. 12]], yang berjarak 5 m dari sumur warga.\n\nHormat kami,\n1. [[name:Jonas Fanggidae]]\n2. [[name:Martha Adu]]\n3. [[name:Imanuel Djara]]",
    "Nomor : 470/{d:3}/Dukcapil/XI/2026\nSifat : Biasa\nPerihal : Jadwal pelayanan keliling\n\nDisampaikan bahwa pelayanan keliling Dukcapil akan dilaksanakan di Kel. Alak (23/11), Kel. Naioni (24/11) dan Kel. Fatukoa (25/11), pukul 09.00-14.00.\n\nKepala Dinas Kependudukan dan Catatan Sipil Kota Kupang",
    "From: [[name:Yuliana Foenay]] <[[email:yfoenay@ymail.com]]>\nSubject: Laporan pungli sekolah\n\nSaya orang tua dari [[name:Gloria Foenay]] (kelas 11 IPA 2). Bukti transfer ke rekening pribadi guru, BRI [[bank_account:{rek:bri}]] a.n. [[name:Dominikus Keraf]], terlampir.\n\nSalam,\n[[name:Yuliana]]",
    "Yth. Kepala Dinas Pekerjaan Umum,\n\nJalan di Jl. Kelinci Oebufu digali untuk pipa dan tidak ditutup kembali. Saya tidak tinggal di sana, tetapi melewatinya setiap hari.\n\nSalam,\nPengguna jalan",
    "Kepada Yth. Kapolsek Oebobo\n\nSaya melaporkan kehilangan STNK motor [[plate:DH 4519 EF]] atas nama [[name:Veronika Manek]] di sekitar Pasar Oebobo, 14/11/2026.\n\nHormat saya,\n\n[[name:VERONIKA MANEK]]\nNIK [[nik:{nik:5304:F:b}]]\nHP [[phone:{hp:s}]]",
)
add(
    "social",
    "Gunakan hak anda! Lapor pungli ke Saber Pungli NTT WA 0812-3888-{d:4} (resmi, dari akun Polda). Jangan ke nomor yang diklaim 'petugas'",
    "Sudah 3 bulan ibu sa [[name:Yohana Sabneno]] tunggu KTP baru. Katanya blanko habis. Sa sudah DM @dukcapil_kotakupang tidak dibalas 😔",
    "Selamat ulang tahun Kota Kupang ke-30! Semoga pelayanan publik makin baik, air makin lancar, dan jalan makin mulus 🎉",
    "Komentar @oepura_bersatu: mama [[name:Lince]] di RT kami juga belum dapat KIS, padahal lansia 80 thn",
    "Tolong RT 05 Oesapa jangan buang sampah ke kali, banjir tiap tahun karena tersumbat. Ini bukan salah pemerintah saja.",
)
add(
    "kupang_malay",
    "Beta [[name:Marten Bessie]], beta pung NIK [[nik:{nik:5371:M:s}]], KK [[kk:{kk:5371:s}]]. Dong bilang beta pung nama sonde ada di data BPJS PBI. Tolong cek e",
    "Katong pung RT pung jalan su bae, terima kasih Pemkot. Ma lampu sonde ada, jadi malam tetap gelap",
    "Beta sonde mau lapor nama, takut. Cuma mau kasi tau petugas parkir di Kuanino tu minta Rp 5 ribu sama beta pung oto",
    "Tanta [[name:Mince Lalang]] di [[address:RT 09/RW 04]] Oepura sakit gula, dong suru bayar obat di Puskesmas padahal ada KIS [[bpjs:{bpjs:b}]]. Beta ponakan, HP [[phone:{hp:p}]]",
    "Beta pung adik [[name:Ferdi]] pi daftar polisi, ada orang mau bantu asal bayar Rp 50 juta. Beta rasa itu penipu. Nomor orang tu [[phone:{hp:d}]], dia mengaku nama Pak [[name:Robert]]",
)
add(
    "unicode",
    "Nama\u00a0:\u00a0[[name:Ｍａｒｋｕｓ Ｌｏｂｏ]]\nNo.\u00a0KK\u00a0:\u00a0[[kk:{fw|kk:5371:b}]]",
    "WA\u00a0center PLN\u00a0{fw|=0811-3820-123} (resmi) — jangan kirim data pribadi ke nomor lain",
    "HP\u00a0sy [[phone:+62\u00a08\u200b12\u00a0{d:4}\u00a0{d:4}]] a.n. [[name:Do\u200bminggus Pah]]",
    "Total tagihan：Ｒｐ３．４５０．０００　(denda Ｒｐ１５０．０００)　jatuh tempo ３０/１１/２０２６",
    "Nona\u00a0[[name:Indah\u00a0Tefa]]... maaf: saya memang bernama [[name:Indah]], [[name:Indah Tefa]], NIK [[nik:{nb|nik:5371:F:s}]]",
)


# --- writing the corpus -----------------------------------------------------------------------


def records() -> list[dict[str, object]]:
    """Every text, in order, with its id, spans and style."""
    out: list[dict[str, object]] = []
    numbers = dict.fromkeys(STYLES, 0)
    for style, raw in TEXTS:
        text, spans = build(raw)
        numbers[style] += 1
        out.append(
            {
                "id": f"b2-{PREFIX[style]}-{numbers[style]:03d}",
                "text": text,
                "spans": spans,
                "style": style,
            }
        )
    return out


def check(items: list[dict[str, object]]) -> None:
    """The shape the corpus promises."""
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))
    assert len(items) >= 450, len(items)
    for style in STYLES:
        assert sum(item["style"] == style for item in items) >= 35, style
    for item in items:
        text = item["text"]
        assert isinstance(text, str)
        spans = item["spans"]
        assert isinstance(spans, list)
        ends = sorted((s["start"], s["end"]) for s in spans)
        for (_, end), (start, _) in itertools.pairwise(ends):
            assert end <= start, item["id"]  # spans never overlap
        for span in spans:
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert span["kind"] in KINDS


def main() -> None:
    items = records()
    check(items)
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for item in items:
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
    clean = sum(not item["spans"] for item in items)
    sys.stdout.write(f"{OUT.name}: {len(items)} texts, {clean} without personal data\n")


if __name__ == "__main__":
    main()
