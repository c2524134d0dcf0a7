"""Build ``redaction_corpus.jsonl``: labelled, informal Indonesian complaint texts (Kupang/NTT).

Texts are written with inline labels, ``⟦kind|value⟧``; this script strips the markup and records
the spans, so labels never come from the detectors under test. Two parts:

- ``HAND``: hand-written texts, many of them hard cases and look-alikes (amounts, dates, ticket
  numbers, hotlines, institutional emails, streets and hospitals named after people);
- ``TEMPLATES``: complaint sentences filled with random values from a fixed seed (valid NIKs
  with the +40 rule, mobile and landline numbers in many writings, NTT names and addresses).

Run ``python tests/data/make_redaction_corpus.py`` to rewrite the corpus, and with ``--docs`` to
also rewrite the accuracy table in ``docs/redaction.md`` from the evaluation.
"""

# A build script: corpus texts are long lines, word lists read best as text, it prints what it
# wrote, and it imports the evaluation only when asked to refresh the docs.
# ruff: noqa: E501, SIM905, PLR0911, T201, PLC0415

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "redaction_corpus.jsonl"
DOCS = ROOT / "docs" / "redaction.md"
MARK = re.compile(r"⟦([a-z_]+)\|(.*?)⟧")

HAND = [
    # -- hard positives -------------------------------------------------------------------------
    "sy mau lapor, nama saya ⟦name|yohanes benu⟧ nik ⟦nik|5371041203900001⟧ tolong dibantu",
    "NIK:⟦nik|5371.0452.0391.0002⟧ an ⟦name|Maria Ndun⟧, KK ⟦kk|5371040101100023⟧",
    "Nomor KTP saya ⟦nik|5371 0412 0390 0003⟧ tapi di sistem salah nama",
    "HP⟦phone|081234567890⟧ (wa aktif)",
    "kontak sy di wa.me/⟦phone|6281339876543⟧ atau ⟦phone|+62 813-3987-6544⟧",
    "Telp rumah ⟦phone|(0380) 821234⟧, kalau tdk angkat sms ke ⟦phone|0852.3912.4455⟧",
    "no hp ⟦phone|0821 4433 2211⟧ / ⟦phone|0813-5371-0022⟧",
    "email sy ⟦email|yoh.benu88@gmail.com⟧ blm dibalas",
    "Kirim ke ⟦email|Maria_Ndun@Yahoo.co.id⟧. Terima kasih",
    "NPWP ⟦npwp|01.234.567.8-920.000⟧ sudah dilaporkan tapi ditolak",
    "npwp baru sy ⟦npwp|0912345678920000⟧ (16 digit)",
    "No kartu BPJS ⟦bpjs|0001234567890⟧ tidak aktif padahal rutin bayar",
    "kartu KIS ⟦bpjs|0002345678901⟧ milik mama ditolak di puskesmas",
    "sudah transfer ke rek BRI ⟦bank_account|123401000123504⟧ a.n. ⟦name|Petrus Lay⟧",
    "no rekening Bank NTT ⟦bank_account|0012345678⟧ atas nama ⟦name|Yuliana Manafe⟧",
    "motor sy ⟦plate|DH 4521 KD⟧ ditilang padahal pajak sudah lunas",
    "mobil plat ⟦plate|EB 1234 AC⟧ parkir di depan rumah tiap hari",
    "Oknum petugas ⟦name|Dominggus Tefa⟧ minta uang Rp 50.000 utk urus KTP",
    "yang layani saya Ibu ⟦name|Fransiska Amalo⟧ di loket 2, sangat kasar",
    "Pak ⟦name|Marthen Nope⟧ (Kasi Pelayanan) tidak masuk kantor",
    "Bapa ⟦name|Yakob Fanggidae⟧ su tunggu dari pagi, sonde dilayani",
    "Kepala Puskesmas ⟦name|dr. Agustinus Sinlae⟧ tidak pernah ada di tempat",
    "saya bernama ⟦name|Imanuel Dethan⟧, warga ⟦address|RT 012/RW 004, Kel. Oesapa⟧",
    "alamat: ⟦address|Jl. Timor Raya No. 45, RT 003/RW 001, Kel. Pasir Panjang, Kec. Kota Lama⟧",
    "rumah sy di ⟦address|Gg. Mawar No. 7 Kel. Oebobo⟧ kebanjiran",
    "⟦address|jln piet a tallo no 12 rt 5 rw 2⟧ lampu jalan mati",
    "tinggal di ⟦address|Perum BTN Kolhua Blok C No. 5⟧ air PDAM mati 3 hari",
    "⟦address|RT 08 RW 03 Kelurahan Liliba⟧ sampah tdk diangkut",
    "saya ⟦name|Sefnat Riwu⟧ NIK ⟦nik|5371060711850004⟧ hp ⟦phone|085239001122⟧",
    "Tolong hubungi ⟦phone|+62 812 3777 8888⟧ an. ⟦name|Welem Adoe⟧",
    "no wa ⟦phone|0823-4000-1234⟧. NIK ⟦nik|5301154107920005⟧. Nama ⟦name|Dorkas Foeh⟧",
    "NIK saya ⟦nik|5371999999990001⟧ (katanya tidak terdaftar)",
    "nik istri ⟦nik|5371045512910006⟧ beda dengan KK",
    "Sdr. ⟦name|Ferdinand Pandie⟧ sudah 3x datang",
    "mohon Bu ⟦name|Adriana Mesakh⟧ ditegur",
    "dokter jaga dr. ⟦name|Yosef Lede⟧ tidak ada di IGD jam 2 malam",
    "Pdt. ⟦name|Markus Tanone⟧ juga sudah lapor ke lurah",
    "nama saya: ⟦name|Anastasia Bessie⟧. hp: ⟦phone|0811-3845-677⟧",
    "hubungi kak ⟦name|Nona Tallo⟧ di ⟦phone|0853 3344 5566⟧",
    "an ⟦name|Ignasius Kolo⟧ no rek BNI ⟦bank_account|0987654321⟧",
    "KK No. ⟦kk|5371042207140011⟧ belum diupdate",
    "kartu keluarga ⟦kk|5301150505150009⟧ hilang waktu banjir",
    "ini nomor sy ⟦phone|6285212345678⟧",
    "plat ⟦plate|DH 1 A⟧ dinas dipakai ke pesta",
    "truk sampah ⟦plate|DH 8123 BF⟧ bocor sepanjang jalan",
    "NIK ⟦nik|1234567890123456⟧ ini kata petugas tidak valid",
    "email ⟦email|pelapor.kupang@outlook.com⟧ / ⟦email|f_amalo@ymail.com⟧",
    # -- written after the detectors, unseen while tuning ----------------------------------------
    "Selamat pagi admin, sy ⟦name|Yohana Liu⟧ dari Oesapa mau tanya soal BLT",
    "nomor sy yg lama ⟦phone|0813 3921 0099⟧ sdh tdk aktif, pakai ⟦phone|0822-3611-4488⟧",
    "Yth Bapak/Ibu, KTP a.n ⟦name|Ruth Kana⟧ NIK ⟦nik|5371064304880012⟧ blm jadi 6 bulan",
    "tolong sampaikan ke ibu bidan ⟦name|Ester Lomi⟧ terima kasih atas pelayanannya",
    "WA: ⟦phone|+6281237001234⟧",
    "Alamat ⟦address|Jl. Rantai Damai No. 8 RT 02 RW 05 Kel. Oebufu⟧ sering mati lampu",
    "pelapor tinggal di ⟦address|RT 011 / RW 004⟧ dekat gereja",
    "Sy sdh email ke ⟦email|ester.lomi@gmail.com⟧ dan ke humas@kupangkota.go.id tp tdk dibalas",
    "no BPJS sy ⟦bpjs|0001 2345 6789 0⟧ tdk terbaca",
    "tilang motor ⟦plate|DH 3321 AP⟧ tgl 3 Mei, denda Rp 250.000",
    "NIK anak ⟦nik|5371012505150003⟧ tdk muncul di sistem PPDB",
    "Bu ⟦name|Yustina⟧ di loket KIA selalu datang jam 10",
    "tanggal lahir 12-05-1990, umur 34, no antrian 17",
    "biaya balik nama Rp 1.250.000 dan BBN 2.500.000 terlalu mahal",
    "kode booking tiket kapal 2023120500123 gagal",
    "sdh bayar ke virtual account 8808081234567890 tp status blm lunas",
    "dr. ⟦name|Margaretha Dju⟧ praktek di RSUD Prof. dr. W. Z. Johannes",
    "Penjual di Pasar Oebobo namanya om ⟦name|Kornelis⟧, timbangan curang",
    "pak ⟦name|Dami Ledo⟧ ketua RT kami tdk pernah rapat, ⟦address|RT 005/RW 002 Kel. Oepura⟧",
    "hp sy ⟦phone|0812.3777.9012⟧ (telkomsel) tdk bisa daftar",
    "kirim ke rekening ⟦bank_account|1980-01-000123-30-2⟧ BRI",
    "KK sy ⟦kk|5371 0412 1014 0008⟧ dan KTP suami beda kelurahan",
    "NPWP perusahaan 02.123.456.7-920.001, kantor di Jl. Timor Raya depan bandara",
    "nama lengkap ⟦name|Agnes Ratu Kaka⟧, HP ⟦phone|0853-3966-7700⟧",
    "Saya sudah datang 3x ke kantor camat, nomor laporan 2024/045 belum ada",
    # -- look-alikes (nothing to redact) ---------------------------------------------------------
    "Sudah bayar Rp 1.500.000 tapi belum ada kwitansi",
    "biaya Rp. 2.750.000,- terlalu mahal utk surat keterangan",
    "tgl 12-03-2024 jam 10.30 antrian no 45",
    "No. tiket LAPOR 5371041203900001 belum ditindaklanjuti",
    "ID pelanggan PLN 532100123456 token tidak masuk",
    "kode billing 820240312000123 sudah dibayar",
    "nomor invoice 2024031200012345 belum diproses",
    "hubungi hotline Unit Pengaduan Kasih 082237870000 atau SMS 1708",
    "lapor juga ke pengaduan@kupangkota.go.id dan ppid@nttprov.go.id",
    "Jalan di Jl. Frans Seda rusak parah depan kantor",
    "dirujuk ke RSUD S.K. Lerik lalu ke RSU Prof. dr. W. Z. Johannes",
    "Jl. Dr. Sam Ratulangi macet tiap pagi",
    "sesuai UU 25 Tahun 2009 dan PP 96 Tahun 2012",
    "Ibu Kota provinsi harusnya lebih bersih",
    "Bapak Kepala Dinas Kesehatan mohon perhatian",
    "bapak ibu petugas tolong lebih ramah",
    "nomor surat 440/123/PKM/2024 tidak jelas",
    "pesan di bandara El Tari, nomor penerbangan JT 694",
    "antre dari jam 7 sampai jam 12, 5 jam!",
    "stok obat hanya 1.200 tablet utk 3.500 pasien",
    "jalan ke Puskesmas Oepoi rusak sejak 2019",
    "Pak RT dan Bu Lurah sudah tahu masalah ini",
    "NIP petugas 198503122010011002 tolong dicek",
    "harga 16 digit 1111222233334444 ini nomor voucher",
    "ruang B 12 sudah bocor",
    "skor IKM 82,5 tapi pelayanan buruk",
    "jam operasional 08.00-14.00 WITA",
    "alamat kantor Jl. Soeharto depan Gereja Kota Baru",
    "dana desa 2023 sebesar 1.250.000.000 tdk transparan",
    "call center 112 tidak diangkat",
    "No. antrian A-023 dipanggil 2x",
    "nomor perkara 12/Pdt.G/2024/PN Kpg",
    # -- mixed hard cases ---------------------------------------------------------------------------
    "Sy ⟦name|Yuliana Nggadas⟧, bayar Rp 350.000 ke rek ⟦bank_account|1234567890⟧ tapi tiket 20240312001 blm diproses",
    "cc: pengaduan@kupangkota.go.id, ⟦email|yuli.nggadas@gmail.com⟧",
    "anak sy ⟦name|Kristofel Tefa⟧ ditolak masuk SD krn KK ⟦kk|5371052009130004⟧ beda alamat",
    "tgl 05/06/2024 saya (HP ⟦phone|081339112233⟧) datang ke RSUD S.K. Lerik",
    "NIK ⟦nik|5371 0412 0390 0007⟧, HP ⟦phone|0812 3456 7891⟧, BPJS ⟦bpjs|0001987654321⟧",
    "pelapor ⟦name|Gaspar Seran⟧ tinggal di ⟦address|Jl. Kejora No. 3A Kel. Kayu Putih⟧",
    "Bpk. ⟦name|Hendrik Radja⟧ (⟦phone|0821-4567-8901⟧) minta klarifikasi",
    # a fixed line the writer says nobody answers: the office's the complaint is about
    "Waktu itu jam 14.15 sy telp 0380-833123 tidak ada yang angkat",
    "kami 12 KK di ⟦address|RT 007/RW 002 Kel. Naikolan⟧ belum dapat air",
    "⟦name|Maria Goreti⟧ sudah bayar 2x Rp 150.000",
    "Nama: ⟦name|Yanto Fanggi⟧, NIK: ⟦nik|5371010101800001⟧, Alamat: ⟦address|Jl. Amabi No. 20, RT 01/RW 01⟧",
    "istri saya Mama ⟦name|Ina Seran⟧ melahirkan di puskesmas tanpa bidan",
    "pegawai bernama ⟦name|Roni⟧ di loket 3 minta pungli",
    "saya bertanya ke satpam ⟦name|Alfons Bria⟧ tapi diusir",
    "pak lurah ⟦name|Yoseph Manu⟧ tidak tanggapi",
    "⟦phone|0812-3456-7892⟧ ini nomor saya, bukan nomor penipu",
    "nomor rekening 7701 2345 6789 an CV Flobamora (toko bangunan)",
]

FIRST = """Yohanes Maria Yosef Agustinus Fransiska Marthen Yuliana Dominggus Petrus Imanuel Ferdinand
Dorkas Welem Adriana Yakob Sefnat Anastasia Kristina Melkianus Yulius Novita Theresia Aloysius
Bernadus Ronaldus Elisabeth Herman Sarlota Benyamin Selfina Simon Yeremias Obed Naema""".split()
LAST = """Benu Ndun Lede Nggadas Tallo Manafe Bessie Adoe Fanggidae Lay Pandie Sinlae Tefa Nope Amalo
Riwu Dethan Foeh Mesakh Tanone Kolo Seran Bria Radja Manu Nalle Haba Dima Toelle Ratu Lenggu
Bunga Sabu Ully""".split()
STREETS = """Jl. Timor Raya|Jl. W.J. Lalamentik|Jl. Frans Seda|Jl. Piet A. Tallo|Jl. Kejora|Jl. Amabi
|Jl. El Tari|Jl. Soeharto|Jl. Perintis Kemerdekaan|Jl. Adisucipto|Jalan Bajawa|Gg. Melati
|Jl. Suratim|Jl. Fetor Funay|Jl. H.R. Koroh""".replace("\n", "").split("|")
KEL = """Oesapa|Oebobo|Kayu Putih|Liliba|Naikolan|Sikumana|Bakunase|Fatululi|Oepura|Kolhua|Penfui
|Tuak Daun Merah|Nefonaek|Airnona""".replace("\n", "").split("|")
KEC = "Kelapa Lima|Oebobo|Maulafa|Alak|Kota Raja|Kota Lama".split("|")
MOBILE = "0811 0812 0813 0821 0822 0823 0852 0853 0851 0857 0878 0896 0881 0895".split()
EMAIL_HOSTS = "gmail.com yahoo.co.id yahoo.com ymail.com outlook.com hotmail.com".split()
BANKS = "BRI|BNI|Bank NTT|Mandiri|BCA|BSI".split("|")
PLATES = "DH EB ED B L DK AB".split()
PROVINCES = ["53"] * 6 + ["52", "51", "35", "31", "73", "64", "94"]


def nik(rng: random.Random) -> str:
    province = rng.choice(PROVINCES)
    regency = rng.choice(["71", "01", "02", "04", "06", "10", "14"])
    district = f"{rng.randint(1, 12):02d}"
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    month = rng.randint(1, 12)
    year = rng.randint(0, 99)
    serial = rng.randint(1, 350)
    return f"{province}{regency}{district}{day:02d}{month:02d}{year:02d}{serial:04d}"


def write_nik(rng: random.Random, digits: str) -> str:
    style = rng.random()
    if style < 0.6:
        return digits
    sep = " " if style < 0.8 else "."
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


def phone(rng: random.Random) -> str:
    if rng.random() < 0.2:
        rest = f"{rng.randint(2, 8)}{rng.randint(10000, 99999)}"
        style = rng.random()
        if style < 0.4:
            return f"(0380) {rest}"
        return f"0380-{rest}" if style < 0.7 else f"0380 {rest[:3]} {rest[3:]}"
    prefix = rng.choice(MOBILE)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([7, 8, 8])))
    digits = prefix + rest
    style = rng.random()
    if style < 0.3:
        return digits
    if style < 0.5:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    if style < 0.65:
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    if style < 0.8:
        return f"+62 {digits[1:4]}-{digits[4:8]}-{digits[8:]}"
    if style < 0.9:
        return "62" + digits[1:]
    return f"{digits[:4]}.{digits[4:8]}.{digits[8:]}"


def person(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return name.lower() if rng.random() < 0.1 else name


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    local = rng.choice([f"{first}.{last}", f"{first}{rng.randint(1, 99)}", f"{first}_{last}"])
    return f"{local}@{rng.choice(EMAIL_HOSTS)}"


def address(rng: random.Random) -> str:
    rt, rw = f"{rng.randint(1, 20):03d}", f"{rng.randint(1, 9):03d}"
    kel, kec = rng.choice(KEL), rng.choice(KEC)
    style = rng.random()
    street = rng.choice(STREETS)
    number = rng.randint(1, 120)
    if style < 0.35:
        return f"{street} No. {number}, RT {rt}/RW {rw}, Kel. {kel}, Kec. {kec}"
    if style < 0.55:
        return f"{street} No.{number} Kel. {kel}"
    if style < 0.75:
        return f"RT {int(rt)} RW {int(rw)} Kelurahan {kel}"
    if style < 0.9:
        return f"RT.{rt}/RW.{rw} Kel. {kel}"
    return f"{street} No {number}, Kota Kupang"


def npwp(rng: random.Random) -> str:
    d = "".join(str(rng.randint(0, 9)) for _ in range(15))
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 3)))
    return f"{rng.choice(PLATES)} {rng.randint(1, 9999)} {letters}"


def money(rng: random.Random) -> str:
    return f"Rp {rng.randint(1, 900) * 5000:,}".replace(",", ".")


def date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-20{rng.randint(19, 25)}"


TEMPLATES = [
    "nama saya ⟦name|{person}⟧, NIK ⟦nik|{nik}⟧. KTP sy belum jadi sejak {date}",
    "Selamat siang, sy ⟦name|{person}⟧ warga ⟦address|{address}⟧. Lampu jalan mati 2 minggu",
    "mohon info, sdh bayar {money} tp blm ada kabar. hp ⟦phone|{phone}⟧",
    "Pelayanan di Puskesmas lambat sekali. Hubungi sy di ⟦phone|{phone}⟧ atau ⟦email|{email}⟧",
    "Bapak ⟦name|{person}⟧ petugas loket minta {money} utk percepat urusan",
    "a.n. ⟦name|{person}⟧ NIK ⟦nik|{nik}⟧ HP ⟦phone|{phone}⟧",
    "sdh antri dari jam 7, tiket no {ticket}, tapi dokter tdk ada",
    "Air PDAM mati di ⟦address|{address}⟧ sejak {date}. Kontak: ⟦phone|{phone}⟧",
    "Ibu ⟦name|{person}⟧ di bagian KIA marah2 ke pasien. Sy minta ditegur",
    "Sampah menumpuk depan rumah, ⟦address|{address}⟧. Sudah lapor RT tp tdk ada tindakan",
    "KTP-el sy hilang, NIK ⟦nik|{nik}⟧, mohon dibantu cetak ulang. WA ⟦phone|{phone}⟧",
    "motor ⟦plate|{plate}⟧ ditahan padahal surat lengkap. sy ⟦name|{person}⟧",
    "no KK ⟦kk|{kk}⟧ belum masuk data bansos, padahal sdh daftar {date}",
    "BPJS ⟦bpjs|{bpjs}⟧ tdk bisa dipakai di RSUD S.K. Lerik, disuruh bayar {money}",
    "sudah transfer {money} ke rek {bank} ⟦bank_account|{account}⟧ utk retribusi tapi tdk ada bukti",
    "NPWP ⟦npwp|{npwp}⟧ sy ditolak waktu urus izin usaha di PTSP",
    "Jalan di Jl. Frans Seda berlubang, sdh 3 bulan. Mohon diperbaiki. {person_plain}",
    "tgl {date} sy ke kantor lurah, Pak ⟦name|{person}⟧ tdk ada. Tlp ⟦phone|{phone}⟧",
    "sy ⟦name|{person}⟧ ({age} thn), tinggal ⟦address|{address}⟧, minta surat keterangan miskin",
    "lapor! petugas bernama ⟦name|{person}⟧ minta uang {money}. no wa sy ⟦phone|{phone}⟧",
    "Terima kasih atas tanggapannya. Salam, ⟦email|{email}⟧",
    "antrian di Dukcapil panjang, sy dpt nomor {small}, dilayani jam {hour}",
    "Anak sy demam, ke Puskesmas Oebobo ditolak krn kartu ⟦bpjs|{bpjs}⟧ (BPJS) belum aktif",
    "Mohon hubungi kami di hotline 082237870000 atau pengaduan@kupangkota.go.id, {person_plain}",
    "rumah sy di ⟦address|{address}⟧ kena banjir, rek bantuan {bank} ⟦bank_account|{account}⟧ a.n. ⟦name|{person}⟧",
    "Kepada Yth. Bapak Walikota, sy ⟦name|{person}⟧ NIK ⟦nik|{nik}⟧ keberatan dgn tagihan {money}",
    "kendaraan dinas ⟦plate|{plate}⟧ dipakai utk antar anak sekolah",
    "email ⟦email|{email}⟧ sdh kirim berkas, tp katanya blm terima. wa ⟦phone|{phone}⟧",
    "biaya retribusi naik dr {money} jadi {money2} tanpa sosialisasi",
    "obat habis terus di apotek puskesmas sejak {date}, pasien {small} org pulang tanpa obat",
]


def fill(template: str, rng: random.Random) -> str:
    digits = nik(rng)
    values = {
        "person": person(rng),
        "person_plain": rng.choice(["Salam.", "Trims", "Tuhan berkati", "mksh"]),
        "nik": write_nik(rng, digits),
        "kk": nik(rng)[:6]
        + f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(5, 24):02d}"
        + f"{rng.randint(1, 99):04d}",
        "phone": phone(rng),
        "email": email(rng),
        "address": address(rng),
        "money": money(rng),
        "money2": money(rng),
        "date": date(rng),
        "ticket": f"LAP-{rng.randint(100000, 999999)}",
        "plate": plate(rng),
        "bpjs": "000" + "".join(str(rng.randint(0, 9)) for _ in range(10)),
        "bank": rng.choice(BANKS),
        "account": "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([10, 13, 15]))),
        "npwp": npwp(rng),
        "age": str(rng.randint(20, 80)),
        "small": str(rng.randint(1, 120)),
        "hour": f"{rng.randint(8, 15)}.{rng.choice(['00', '15', '30', '45'])}",
    }
    return template.format(**values)


#: An area after an address's house number or RT/RW, outside its span.
AREA_AFTER = re.compile(r",?\s+(?:Kel\.|Kelurahan|Kec\.|Kota)\s.*\Z", re.DOTALL)


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    cursor = 0
    length = 0
    for match in MARK.finditer(marked):
        plain = marked[cursor : match.start()]
        out.append(plain)
        length += len(plain)
        kind, value = match.group(1), match.group(2)
        if kind == "name" and value.startswith("dr. "):
            prefix = "dr. "
            out.append(prefix)
            length += len(prefix)
            value = value[len(prefix) :]
        area = ""
        if kind == "address" and (tail := AREA_AFTER.search(value)) is not None:
            # the guide: a kelurahan, kecamatan or city after the house or RT/RW stays outside
            value, area = value[: tail.start()], value[tail.start() :]
        spans.append({"kind": kind, "start": length, "end": length + len(value)})
        out.append(value + area)
        length += len(value) + len(area)
        cursor = match.end()
    out.append(marked[cursor:])
    return "".join(out), spans


def build() -> list[dict[str, object]]:
    rng = random.Random(20240726)
    records: list[dict[str, object]] = []
    for number, marked in enumerate(HAND, start=1):
        text, spans = parse(marked)
        records.append({"id": f"hand-{number:03d}", "text": text, "spans": spans})
    for number in range(1, 261):
        text, spans = parse(fill(TEMPLATES[(number - 1) % len(TEMPLATES)], rng))
        records.append({"id": f"gen-{number:03d}", "text": text, "spans": spans})
    return records


def main() -> None:
    records = build()
    with CORPUS.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} texts to {CORPUS.relative_to(ROOT)}")
    if "--docs" in sys.argv:
        sys.path.insert(0, str(HERE.parent))
        from test_redaction_corpus import ACCURACY_END, ACCURACY_START, computed_table

        page = DOCS.read_text(encoding="utf-8")
        head, rest = page.split(ACCURACY_START, 1)
        _, tail = rest.split(ACCURACY_END, 1)
        DOCS.write_text(
            head + ACCURACY_START + "\n" + computed_table() + ACCURACY_END + tail,
            encoding="utf-8",
        )
        print(f"updated the accuracy table in {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
