# ruff: noqa: E501, RUF001
"""Write redaction_dev8.jsonl: a development corpus of complaint texts against look-alikes.

Texts are written inline with labels such as ``[[address:Jl. Kenari No. 17]]`` and
placeholders such as ``{N}`` (a private person's name, labelled) or ``{rp}`` (an amount, not
labelled). The script fills in the placeholders with a seeded ``random.Random``, strips the
markers, computes character offsets and checks every span. Run ``python3 make_redaction_dev8.py``.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

SEED = 20261209
OUT = Path(__file__).with_name("redaction_dev8.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
STYLES = {
    "sms_caps",
    "whatsapp",
    "web_form",
    "kupang_malay",
    "letter",
    "email",
    "social",
    "call_centre",
}
THEMES = ("lookalike_numbers", "lookalike_words", "addresses", "emails_phones")
REPEATS = 5

GIVEN = (
    "Yohanes",
    "Maria",
    "Agustina",
    "Yanti",
    "Frans",
    "Dominggus",
    "Marthen",
    "Yakob",
    "Selfi",
    "Sofi",
    "Anace",
    "Leni",
    "Erni",
    "Vivi",
    "Gracia",
    "Novi",
    "Paulus",
    "Kristofel",
    "Imanuel",
    "Yosef",
    "Meri",
    "Dance",
    "Oktovianus",
    "Yuliana",
    "Rosalina",
    "Herman",
    "Melki",
    "Ferdinand",
    "Juliana",
    "Elisabeth",
    "Welhelmina",
    "Yunus",
    "Lukas",
    "Ardi",
    "Siti",
    "Budi",
    "Wayan",
    "Made",
    "Hendra",
    "Yusuf",
    "Abdullah",
    "Fatimah",
    "Andi",
    "Ketut",
    "Sri",
    "Agus",
    "Linda",
    "Hengki",
    "Aleks",
    "Stevi",
    "Febri",
    "Ronal",
    "Deni",
    "Umbu",
    "Rambu",
    "Kornelis",
    "Mikael",
    "Anselmus",
    "Bernadus",
    "Teddy",
    "Ani",
    "Nikodemus",
    "Apolonia",
    "Regina",
    "Samuel",
    "Ester",
    "Debora",
    "Yeremias",
    "Petrus",
    "Margaretha",
    "Lodia",
    "Wempi",
    "Naomi",
    "Mince",
    "Ruth",
    "Yopi",
    "Sarlota",
    "Arnoldus",
    "Hamzah",
    "Rahmat",
    "Nurhayati",
    "Liem",
    "Hok",
    "Susanti",
    "Benediktus",
    "Antonius",
    "Veronika",
    "Ayu",
    "Nyoman",
    "Ilham",
    "Irwan",
)
FAMILY = (
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
    "Riwu Kaho",
    "Therik",
    "Pah",
    "Nenobais",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Ratu",
    "Lobo",
    "Haba",
    "Bire",
    "Selan",
    "Sabneno",
    "Lakapu",
    "Kana",
    "Dethan",
    "Foenay",
    "Neonufa",
    "Bria",
    "Seran",
    "Kapitan",
    "Ga Lena",
    "Dju Dara",
    "Lado",
    "Wadu",
    "Rohi",
    "Nalle",
    "Pandie",
    "Kolo",
    "Wangge",
    "Da Costa",
    "Making",
    "Kewuan",
    "Maulaka",
    "Djami",
    "Dimu",
    "Ndolu",
    "Messakh",
    "Daeng",
    "Wijaya",
    "Gunawan",
    "Alkatiri",
    "Assegaf",
    "Baraqbah",
    "Sogen",
    "Tukan",
    "Lewar",
    "Kalla",
    "Radja Haba",
    "Ludji",
    "Bani",
    "Mone",
    "Nope",
    "Taek",
    "Nahak",
    "Atok",
    "Boimau",
    "Sae",
    "Tanoe",
    "Banunaek",
    "Malelak",
    "Sinlae",
    "Laha",
    "Saudale",
    "Pellokila",
    "Dami",
    "Umbu Ndapa",
    "Tamo Ina",
)
KEL = (
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Kelapa Lima",
    "Fatululi",
    "Oetete",
    "Naikoten I",
    "Naikolan",
    "Kuanino",
    "Oepura",
    "Sikumana",
    "Bello",
    "Kolhua",
    "Fatukoa",
    "Maulafa",
    "Penfui",
    "Alak",
    "Manulai II",
    "Namosain",
    "Nunbaun Sabu",
    "Nunhila",
    "Fatubesi",
    "Airnona",
    "Bakunase",
    "Nefonaek",
    "Pasir Panjang",
    "Merdeka",
    "Oeba",
    "Tuak Daun Merah",
    "Batuplat",
    "Naimata",
    "Belo",
    "Air Mata",
    "Fontein",
)
KEC = ("Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama")
HOME_STREET = (
    "Jl. Kenari",
    "Jl. Nangka",
    "Jl. Kelinci",
    "Jl. Rote",
    "Jl. Sabu",
    "Jl. Palapa",
    "Jl. Bakti",
    "Jl. Timor Raya",
    "Jl. Herewila",
    "Jl. Alfons Nisnoni",
    "Jl. W.J. Lalamentik",
    "Jl. Frans Seda",
    "Jl. Kancil",
    "Jl. Oekam",
    "Jl. Flamboyan",
    "Jl. Cendana",
    "Jl. Matani",
    "Jl. Bajawa",
    "Jl. R. A. Kartini",
    "Jl. Damai",
    "Jl. Bunga Raya",
    "Jl. Kasih",
    "Jl. Sumba",
    "Jl. Nusa Indah",
    "Jl. Piet A. Tallo",
    "Jl. Soverdi",
    "Jl. Samratulangi",
    "Jl. Fetor Foenay",
    "Jl. Manafe",
    "Jl. Thamrin",
    "Jl. Adisucipto",
    "Jl. Cak Doko",
    "Jl. Mawar",
    "Jl. Selamat Riyadi",
)
GANG = (
    "Gg. Mawar",
    "Gg. Kakatua",
    "Gg. Sepakat",
    "Gg. Damai",
    "Gg. Kasih",
    "Gg. Melati 2",
    "Gg. Berkat",
    "Gg. Sinar",
    "Gg. Mulia",
    "Gang Anggrek",
    "Gang Merpati",
)
LORONG = ("Lr. Damai", "Lorong Bunga", "Lr. Berkat", "Lorong Indah", "Lr. Selamat", "Lorong Kasih")
PERUM = (
    "Perumahan BTN Kolhua",
    "Perum Citra Permai",
    "Kompleks Griya Alak Permai",
    "Perum Lopo Indah",
    "Perumahan Taman Oesapa",
    "Kompleks Perumnas Blok Kenanga",
    "Perum Bumi Kasih",
    "Perumahan Sinar Penfui",
)
PUBLIC_STREET = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Amabi",
    "Jl. Herewila",
    "Jl. Jend. Sudirman",
    "Jl. Moh. Hatta",
    "Jl. Cak Doko",
    "Jl. Adisucipto",
    "Jl. Kelinci",
    "Jl. Perintis Kemerdekaan",
    "Jl. Bundaran PU",
    "Jl. H. R. Koroh",
    "Jl. Sam Ratulangi",
    "Jl. Ahmad Yani",
    "Jl. Siliwangi",
    "Jl. Urip Sumoharjo",
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nik_digits(rng: random.Random) -> str:
    region = rng.choice(("5371", "5371", "5371", "5301", "5302", "5303", "5310", "5304"))
    day = rng.randint(1, 28) + rng.choice((0, 40))
    return f"{region}{rng.randint(1, 6):02d}{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99) if rng.random() < 0.8 else rng.randint(0, 8):02d}{rng.randint(1, 30):04d}"


def nik_writing(rng: random.Random, d: str, how: str = "") -> str:
    how = how or rng.choice(("block", "block", "four", "dots"))
    if how == "four":
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if how == "dots":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    return d


def mobile(rng: random.Random, how: str = "") -> str:  # noqa: PLR0911
    pre = rng.choice(
        (
            "0812",
            "0813",
            "0821",
            "0822",
            "0823",
            "0852",
            "0853",
            "0811",
            "0817",
            "0819",
            "0857",
            "0878",
            "0895",
            "0838",
        )
    )
    rest = _digits(rng, rng.choice((7, 8, 8)))
    d = pre + rest
    how = how or rng.choice(
        ("block", "block", "dash", "space", "dot", "plus_dash", "plus", "62", "62space")
    )
    if how == "dash":
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    if how == "space":
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if how == "dot":
        return f"{d[:4]}.{d[4:8]}.{d[8:]}"
    if how == "plus_dash":
        return f"+62 {d[1:4]}-{d[4:8]}-{d[8:]}"
    if how == "plus":
        return "+62" + d[1:]
    if how == "62":
        return "62" + d[1:]
    if how == "62space":
        return f"62 {d[1:4]} {d[4:8]} {d[8:]}"
    return d


def landline(rng: random.Random) -> str:
    d = "8" + _digits(rng, rng.choice((5, 6)))
    return rng.choice((f"0380 {d}", f"(0380) {d[:4]} {d[4:]}", f"0380-{d}", f"(0380) {d}"))


def office_landline(rng: random.Random) -> str:
    d = "8" + _digits(rng, 5)
    return rng.choice(
        (f"(0380) {d[:3]} {d[3:]}", f"0380-{d[:3]} {d[3:]}", f"0380 {d}", f"(0380) {d}")
    )


def office_mobile(rng: random.Random) -> str:
    return mobile(rng, rng.choice(("dash", "block", "space", "plus_dash")))


def email_of(rng: random.Random, given: str, family: str, how: str = "") -> str:
    g = given.lower()
    f = family.lower().replace(" ", "")
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g}{f}{rng.randint(1, 99)}",
            f"{g}_{f}",
            f"{f}.{g}{rng.randint(70, 99)}",
            f"{g[0]}{f}",
            f"{g}{rng.randint(1970, 2005)}",
            f"{g}-{f}",
        )
    )
    host = rng.choice(
        (
            "gmail.com",
            "gmail.com",
            "gmail.com",
            "yahoo.com",
            "yahoo.co.id",
            "ymail.com",
            "outlook.com",
            "hotmail.com",
            "icloud.com",
        )
    )
    if how == "obf":
        a, b = host.split(".", 1)
        return rng.choice(
            (
                f"{local} [at] {a} [dot] {b.replace('.', ' [dot] ')}",
                f"{local}(at){host}",
                f"{local} at {a} dot {b.replace('.', ' dot ')}",
                f"{local} @ {host}",
            )
        )
    return f"{local}@{host}"


def plate(rng: random.Random) -> str:
    region = rng.choice(("DH", "DH", "DH", "EB", "ED", "EA", "DH"))
    num = rng.randint(1000, 9999) if rng.random() < 0.8 else rng.randint(10, 999)
    suf = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2))))
    how = rng.random()
    if how < 0.7:
        return f"{region} {num} {suf}"
    if how < 0.85:
        return f"{region}{num}{suf}"
    return f"{region} {num} {suf}".lower()


def bank(rng: random.Random) -> str:
    kind = rng.choice(("bri", "bni", "mandiri", "bca", "ntt"))
    if kind == "bri":
        d = _digits(rng, 15)
        return rng.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
    if kind == "bni":
        return rng.choice(("0", "1", "08")) + _digits(rng, 9 if rng.random() < 0.5 else 8)
    if kind == "mandiri":
        d = "1" + _digits(rng, 12)
        return rng.choice((d, f"{d[:3]}-{d[3:5]}-{d[5:]}"))
    if kind == "bca":
        return _digits(rng, 10)
    d = "00" + _digits(rng, 11)
    return rng.choice((d, f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:12]}-{d[12]}"))


def npwp_old(rng: random.Random) -> str:
    d = _digits(rng, 15)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def amount(rng: random.Random) -> str:
    v = rng.choice(
        (5, 10, 15, 25, 50, 75, 100, 150, 250, 350, 500, 750, 1200, 1500, 2350, 4800, 12500)
    )
    thousands = v * 1000
    s = f"{thousands:,}".replace(",", ".")
    return rng.choice(
        (
            f"Rp {s}",
            f"Rp{s}",
            f"Rp. {s},-",
            f"{v} ribu" if v < 1000 else f"Rp {s}",
            f"{v}rb" if v < 1000 else f"{v / 1000:.1f} juta".replace(".", ","),
            f"IDR {s}",
        )
    )


MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2025, 2026, 2026))
    return rng.choice(
        (
            f"{d:02d}/{m:02d}/{y}",
            f"{d}-{m}-{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MONTHS[m - 1][:3]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}",
            f"tgl {d} kemarin",
            f"{d:02d}.{m:02d}.{str(y)[2:]}",
        )
    )


def time_(rng: random.Random) -> str:
    h, mi = rng.randint(6, 22), rng.choice((0, 5, 15, 30, 45, 10, 20))
    return rng.choice(
        (
            f"jam {h:02d}.{mi:02d}",
            f"{h:02d}:{mi:02d}",
            f"pukul {h:02d}.{mi:02d} WITA",
            f"jam {h % 12 or 12} {'pagi' if h < 11 else 'siang' if h < 15 else 'sore' if h < 18 else 'malam'}",
            f"{h}.{mi:02d}",
        )
    )


def home_address(rng: random.Random, how: str = "") -> str:  # noqa: PLR0911
    n = rng.choice((str(rng.randint(1, 140)), f"{rng.randint(1, 60)}{rng.choice('ABC')}"))
    how = how or rng.choice(("jl", "jl", "jl_rt", "gg", "jl_gg", "lr", "perum", "jln"))
    rt = f"{rng.randint(1, 40):03d}", f"{rng.randint(1, 12):03d}"
    rtw = rng.choice(
        (
            f"RT {rt[0]}/RW {rt[1]}",
            f"RT {int(rt[0])} RW {int(rt[1])}",
            f"RT.{rt[0][1:]}/RW.{rt[1][1:]}",
            f"Rt {int(rt[0])}/Rw {int(rt[1])}",
        )
    )
    if how == "jl":
        return f"{rng.choice(HOME_STREET)} {rng.choice(('No.', 'No', 'no.', 'Nomor', 'No. '))} {n}".replace(
            "  ", " "
        )
    if how == "jl_rt":
        return f"{rng.choice(HOME_STREET)} No. {n}, {rtw}"
    if how == "gg":
        return f"{rng.choice(GANG)} No. {n}"
    if how == "jl_gg":
        return f"{rng.choice(HOME_STREET)} Gg. {rng.randint(1, 9)} No. {n}"
    if how == "lr":
        return f"{rng.choice(LORONG)} No. {n}"
    if how == "perum":
        return f"{rng.choice(PERUM)} Blok {rng.choice('ABCDEFGHK')}{rng.choice(('', str(rng.randint(1, 9))))} No. {rng.randint(1, 40)}"
    if how == "jln":
        return f"{rng.choice(('Jalan', 'Jln.', 'Jln'))} {rng.choice(HOME_STREET)[4:]} nomor {n}"
    raise ValueError(how)


def rt_rw(rng: random.Random, how: str = "") -> str:
    a, b = rng.randint(1, 40), rng.randint(1, 12)
    forms = {
        "sp": f"RT {a:02d} RW {b:02d}",
        "sl": f"RT {a:03d}/RW {b:03d}",
        "lo": f"rt {a} rw {b}",
        "dot": f"RT.{a:02d}/RW.{b:02d}",
        "pair": f"RT/RW {a:03d}/{b:03d}",
        "rt": f"RT {a}",
        "sl2": f"RT {a}/{b}",
        "tight": f"RT{a:02d}/RW{b:02d}",
    }
    return forms[how or rng.choice(tuple(forms))]


# ---------------------------------------------------------------- lookalike_numbers
NUMBERS: list[tuple[str, str]] = [
    # without personal data
    (
        "sms_caps",
        "KOTKUPANG#TOKEN LISTRIK SY BELI {rp} TGL {date} {time} TAPI TOKEN {token} DITOLAK TERUS DI METERAN NO {meter}. ID PEL {idpel}. KANTOR PLN ULP KUPANG TELP {ol} TDK ANGKAT. MOHON DIBANTU",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] Admin Kelurahan {kel}: Selamat pagi bapak ibu. Pembayaran PBB-P2 tahun 2026 sudah bisa lewat VA Bank NTT {va}, kode billing {bill}, NOP sesuai SPPT masing-masing (contoh NOP {nop}). Jatuh tempo 31 Agustus. Info lanjut di kantor lurah {ol}, Senin–Jumat 08.00–15.30.\n[{dh} {hm2}] Admin Kelurahan {kel}: Yang sudah bayar {rp} mohon simpan bukti, jangan dibuang.",
    ),
    (
        "web_form",
        "Kategori: Pelayanan Air Bersih\nIdentitas pelapor: dirahasiakan\nLokasi: Kel. {kel}, Kec. {kec}\nIsi laporan: Tagihan PDAM bulan {month} untuk no. sambungan {pdam} naik jadi {rp}, padahal bulan lalu cuma {rp2}. Sudah lapor ke loket, nomor antrean {q}, dan ke hotline PDAM {ol}, dijawab akan dicek. Nomor tiket lama {tkt} belum ada tindak lanjut sampai {date}.",
    ),
    (
        "kupang_malay",
        "Beta su bayar aer PDAM {rp} di loket Pasar Oeba {date}, nota nomor {nota}, ma tagihan bulan ini masih muncul lai. No sambungan {pdam}. Dong pung hotline {ol} sonde angkat dari {time} sampe sore. Ais beta mau bayar dua kali ko?",
    ),
    (
        "letter",
        "PEMERINTAH KOTA KUPANG\nKELURAHAN {kel}\nJl. Perintis Kemerdekaan No. {n} Telp. {ol}\n\nNomor : {surat}\nPerihal : Tindak lanjut pengaduan {tkt}\n\nMenindaklanjuti pengaduan melalui SP4N-LAPOR! tanggal {date} tentang lampu penerangan jalan di {pst}, bersama ini kami sampaikan bahwa perbaikan dijadwalkan dengan anggaran {rp} pada minggu ketiga bulan {month}.\n\nPlt. Lurah {kel}\nNIP. {nip}",
    ),
    (
        "email",
        "Subjek: Keluhan tagihan ganda {inv}\n\nYth. Unit Pengaduan Kasih Kota Kupang,\n\nKami dari CV Timor Jaya (NPWP {npwpb}) menerima dua tagihan retribusi sampah untuk bulan {month} dengan nomor {inv} dan {inv2}, masing-masing {rp}. Pembayaran pertama sudah kami lakukan lewat kode bayar {bill} pada {date} {time}. Mohon dicek.\n\nSalam,\nBagian Keuangan CV Timor Jaya\nTelp. kantor {ol}",
    ),
    (
        "social",
        "Ini spanduk pinjol pasang di tiang listrik depan Pasar Kasih Naikoten, tulis 'CAIR 1 JAM, BUNGA {pct}%, WA {ow}'. Su sonde ada izin, ganggu pemandangan lai. Sapa yang tanggung jawab? Sonde ada nomor izin reklame, yang ada cuma kode promo {nota}. #kupang #lapor",
    ),
    (
        "call_centre",
        "Catatan petugas 1708, {date} {time}: pelapor tidak bersedia menyebut nama. Mengadukan antrean di Dukcapil Kota Kupang, nomor antrean {q} dipanggil baru setelah 4 jam. Pelapor juga menyebut nomor registrasi online {tkt}. Diteruskan ke Dukcapil lewat WA pengaduan Dukcapil {ow}. Status: menunggu jawaban.",
    ),
    (
        "whatsapp",
        "Selamat sore ibu, mau tanya PIP. Anak saya kelas 5 di SD Inpres Oepura 2, NISN {nisn}. Sekolah bilang dana PIP tahap 2 sebesar {rp} sudah cair {date} lewat SimPel, tapi di bank belum ada. Operator sekolah bisa dihubungi di nomor sekolah {ow}? Terima kasih.",
    ),
    (
        "kupang_malay",
        "Motor beta ilang di parkiran {pst} hari {date} {time}. Nomor rangka {rangka}, nomor mesin {mesin}. STNK deng BPKB ada di rumah. Samsat minta surat kehilangan dari polisi dolo, ma Polsek bilang harus ada laporan {tkt} dolu. Beta su bolak balik 3 kali, bensin abis {rp}.",
    ),
    (
        "sms_caps",
        "KOTKUPANG KLAIM JHT BPJS KETENAGAKERJAAN SY NO KPJ {bpjstk} BLM CAIR SEJAK {date}. SALDO {rp}. KANTOR CABANG TELP {ol} TDK PERNAH ANGKAT. TOLONG DITINDAKLANJUTI",
    ),
    (
        "social",
        "Info penting sodara-sodara: pengaduan layanan publik Kota Kupang lewat SMS 1708 (ketik KOTKUPANG spasi isi laporan), call center darurat 112, atau WA Unit Pengaduan Kasih {ow}. Pengaduan PLN ke 123, PDAM ke hotline {ol}. Layanan Senin–Jumat {time} sampai 16.00, Sabtu setengah hari. Bagikan!",
    ),
    (
        "letter",
        "Perihal: Keberatan harga LPG 3 kg\n\nBerikut salinan nota yang kami terima:\n\nTOKO BERKAT JAYA\nJl. Soeharto No. {n}, Kupang  Telp {ol} / WA {ow}\nNPWP: {npwpb}\nNota No. {nota}   Tgl {date}\n2 tabung LPG 3 kg @ {rp} = {rp2}\n\nHarga eceran tertinggi {rp3} per tabung. Mohon Dinas Perdagangan menertibkan pangkalan ini.\n\nForum Warga Peduli Kota",
    ),
    (
        "email",
        "Kepada Yth. Bapenda Kota Kupang,\n\nPembayaran pajak restoran kami tanggal {date} {time} sebesar {rp} dengan nomor transaksi {trx} dan kode billing {bill} belum tercatat di sistem; status masih 'belum bayar'. Bukti transfer terlampir ({img}). Mohon bantuannya.\n\nHormat kami,\nManajemen RM Putri Minang\nJl. Jend. Sudirman No. {n}, telp. {ol}",
    ),
    # with personal data beside the look-alikes
    (
        "web_form",
        "Nama Lengkap: {N:u}\nNIK: {NIK}\nNo. HP: {P}\nKategori: Listrik\nIsi Laporan: ID pelanggan PLN {idpel}, nomor meter {meter}. Beli token {rp} tanggal {date} {time}, token {token} tidak masuk. Sudah telepon 123 dan dapat nomor laporan {tkt}.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#{N}#{NIK}#TAGIHAN PDAM NO SAMB {pdam} BLN {month} {rp} PADAHAL METER {meter} RUSAK SJK {date}. HUB {P}",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] {N}: Selamat siang ibu, saya sudah transfer pajak kendaraan {rp} ke VA {va} jam {hm2} tapi notifikasi belum masuk\n[{dh} {hm3}] {N}: {img}\n[{dh} {hm4}] Admin Samsat Kupang: Baik bapak, mohon kirim nopol dan nomor rangka\n[{dh} {hm5}] {N}: Nopol {PLATE}, rangka {rangka}, mesin {mesin}",
    ),
    (
        "letter",
        "Kupang, {date}\n\nKepada Yth.\nKepala UPT Samsat Kota Kupang\ndi Kupang\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : {N}\nNIK : {NIK:four}\nAlamat : {A}, Kel. {kel}\n\nmengajukan keberatan atas denda pajak kendaraan dengan nomor polisi {PLATE} (nomor rangka {rangka}, nomor mesin {mesin}) sebesar {rp}, karena kendaraan sudah dijual sejak {date2} dengan kuitansi nomor {nota}.\n\nHormat saya,\n\n{N}",
    ),
    (
        "kupang_malay",
        "Bapa ibu, beta pung ana {F2} kelas 8 di SMPN 5 Kupang, NISN {nisn}. Dana PIP {rp} katanya su masuk ke rekening BRI beta {REK} atas nama {N}, ma pas cek di ATM sonde ada apa-apa. Guru bilang tunggu sa. Su dari {month} ni.",
    ),
    (
        "email",
        "Dari: {N}\nPerihal: NPWP untuk honor\n\nSelamat pagi Pak/Bu,\n\nBendahara sekolah (NPWP bendahara {npwpb}) minta NPWP semua guru honor untuk pemotongan PPh 21. Ini punya saya {NPWP:16}. Honor bulan {month} sebesar {rp} belum dibayar dengan alasan NPWP belum lengkap, padahal sudah saya kirim tanggal {date}.\n\nSalam,\n{N}\nHP {P}",
    ),
    (
        "call_centre",
        "Laporan telepon masuk {date} {time}. Pelapor atas nama {N}, HP {P}, pelanggan PLN ID {idpel}. Listrik padam di rumah pelapor sejak {time2}; pelapor sudah lapor ke PLN 123 dengan nomor laporan {tkt} tetapi petugas belum datang. Petugas 1708 meneruskan ke posko PLN {ol}.",
    ),
    (
        "web_form",
        "Nama: {N}\nNo. Kartu KIS: {BPJS}\nNo. HP/WA: {P}\nFaskes: Puskesmas Oebobo (telp. {ol})\nIsi: Saya datang {date} jam 07.00, dapat nomor antrean {q}, baru dilayani {time}. Petugas bilang kartu BPJS saya non-aktif padahal iuran PBI. Kode rujukan {nota} juga ditolak RSUD.",
    ),
    (
        "sms_caps",
        "KOTKUPANG NO KK SY {KK} BELUM UPDATE PADAHAL SDH URUS {date}. NO REGISTRASI DUKCAPIL {tkt}, ANTREAN {q}. A.N {N}, NIK {NIK}",
    ),
    (
        "social",
        "Sy pemilik Toko Kue Berkat, usaha perorangan. NPWP pribadi sy {NPWP}, bukan NPWP toko. Tapi di sistem pajak daerah tertulis NPWP badan {npwpb} punya orang lain. Kalau mau pesan kue WA toko {ow}, tapi urusan pajak ini hubungi HP sy {P}. Sdh lapor ke Bapenda tgl {date}, tiket {tkt}.",
    ),
    (
        "whatsapp",
        "Ibu-ibu hati-hati. Tadi {time} ada yang telpon beta dari nomor {P}, mengaku petugas PLN, bilang meteran beta ({meter}) mau diputus kalau sonde transfer {rp} ke rekening BRI {REK} a.n. {N}. Beta sonde kirim. Nomor resmi PLN cuma 123. Tolong admin teruskan ke kelurahan {kel}.",
    ),
    (
        "web_form",
        "Nama Kepala Keluarga: {N:u}\nNo. KK: {KK}\nAnggota keluarga (disalin dari KK):\n1 | [[name:{N:u.raw}]] | {NIK} | KEPALA KELUARGA\n2 | [[name:{N2:u.raw}]] | {NIK2} | ISTRI\n3 | [[name:{F3:u.raw} {S:u.raw}]] | {NIK3} | ANAK\nIsi: Anak kami belum masuk KK padahal akta lahir nomor {surat} sudah terbit {date}. Nomor antrean online {q}, kode booking {nota}.",
    ),
    (
        "call_centre",
        "Pelapor Ibu {N}, HP {P}. Mengadukan iuran BPJS Kesehatan mandiri kelas 3 untuk kartu {BPJS} sudah dibayar {rp} lewat kode bayar {va} pada {date}, tetapi status kartu di aplikasi masih tidak aktif. Pelapor juga minta pengembalian dana ke rekening Bank NTT {REK} atas nama {N}. Petugas memberi nomor call center BPJS 165 dan tiket {tkt}.",
    ),
    (
        "letter",
        "BERITA ACARA SERAH TERIMA\nNomor: {surat}\n\nPada hari ini {date} telah diserahkan satu unit sepeda motor dinas nomor polisi {PLATE}, nomor rangka {rangka}, nomor mesin {mesin}, dari Sdr. {N}, NIP {nip}, kepada Sdr. {N2}, NIP {nip2}, staf Kelurahan {kel}. Kendaraan dalam keadaan rusak ringan; biaya servis {rp} ditanggung kantor.\n\nYang menyerahkan,\n{N}",
    ),
]


# ---------------------------------------------------------------- lookalike_words
WORDS: list[tuple[str, str]] = [
    # without personal data
    (
        "sms_caps",
        "KOTKUPANG TERIMA KASIH PAK LURAH {kel} SDH PERBAIKI LAMPU DI JL. FRANS SEDA DEPAN SMPK ST. THERESIA. SEKARANG JALAN TERANG, ANAK2 PULANG LES {time} AMAN. SELAMAT MALAM DAN TUHAN BERKATI",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] Admin Kelurahan {kel}: Selamat pagi bapak ibu. Posyandu Bunga Bakung buka {date} di Aula GMIT Kasih, mulai {time}. Bawa buku KIA. Terima kasih 🙏\n[{dh} {hm2}] grup warga: Puji Tuhan, berkat melimpah 🙏\n[{dh} {hm3}] Admin Kelurahan {kel}: Ibu Bidan dan kader Posyandu Melati juga hadir ya",
    ),
    (
        "kupang_malay",
        "Pasar Kasih Naikoten tu becek sampe, got tasumbat di belakang Toko Sinar Abadi deng Apotek Kasih Ibu. Sapa yang urus ni? Beta su lapor ke Pak Camat {kec} {date}, ma sonde ada kabar. Kotong mau hidup damai sa, tapi bau busuk tiap hari. Tolong dinas kebersihan turun.",
    ),
    (
        "letter",
        "Kepada Yth.\nDirektur RSUD Prof. Dr. W. Z. Johannes Kupang\ndi tempat\n\nDengan hormat,\nKami menyampaikan keluhan atas pelayanan di ruang Mawar dan ruang Cempaka pada {date}. Pasien BPJS diminta membeli obat sendiri di Apotek Mulia Farma seharga {rp}. Dokter jaga dan kepala ruangan tidak dapat ditemui. Kami mohon Bapak Direktur menertibkan hal ini.\n\nHormat kami,\nForum Warga Peduli Kota",
    ),
    (
        "social",
        "Jalan masuk ke SDK St. Yoseph dan SMPK St. Theresia sudah rusak parah, lubang di mana-mana. Tiap pagi anak-anak jalan kaki lewat situ, apalagi kalau hujan. Mohon Dinas PUPR dan Bapak Wali Kota perhatikan. Damai di bumi, tapi jalan tetap hancur 😅 @pemkotkupang #jalanrusak #{kel:l}",
    ),
    (
        "call_centre",
        "Catatan petugas, {date} {time}: pelapor tidak menyebut nama. Melaporkan KM Sirimau terlambat sandar di Pelabuhan Tenau lebih dari {n} jam; penumpang menunggu di luar tanpa tempat duduk. Loket ASDP menyebut KMP Ranaka juga tertunda. Diteruskan ke Dinas Perhubungan dan KSOP Tenau.",
    ),
    (
        "email",
        "Subjek: Permohonan perbaikan lampu jalan menuju Gereja St. Yosef Naikoten\n\nYth. Kepala Dinas Perhubungan Kota Kupang,\n\nAtas nama Panitia Natal Gereja Katedral Kristus Raja, kami mohon lampu jalan di {pst} diperbaiki sebelum misa malam Natal {time}. Jalan itu juga dilewati umat GMIT Imanuel Oepura dan jamaah Masjid Raya Nurussa'adah. Terima kasih atas perhatian Bapak.\n\nSalam damai,\nSekretariat Panitia Natal",
    ),
    (
        "web_form",
        "Kategori: Transportasi\nIdentitas: anonim\nIsi laporan: Sopir taksi di Bandara El Tari minta ongkos {rp} ke Kelurahan {kel}, tidak pakai argo. Taksi lambang Sinar Indah dan Selamat Jaya. Petugas Angkasa Pura hanya bilang itu urusan koperasi. Mohon ditertibkan. Tanggal kejadian: {date}.",
    ),
    (
        "whatsapp",
        "*Diteruskan*\nPuji Tuhan, berkat Tuhan air PDAM su mengalir di Kel. Kayu Putih dan Kel. {kel} sejak {date}. Terima kasih Bapak Direktur PDAM dan tim lapangan. Yang belum dapat air silakan lapor ke hotline PDAM {ol}. Salam sehat, Tuhan memberkati 🙏🙏",
    ),
    (
        "sms_caps",
        "KOTKUPANG BUNGA PINJAMAN KOPERASI MULIA JAYA {n} PERSEN SEBULAN, PENAGIH DATANG MALAM {time}. APAKAH KOPERASI INI ADA IZIN DARI DINAS KOPERASI? WARGA {kel}",
    ),
    (
        "kupang_malay",
        "Tuan rumah kos di Oebobo sonde mau perbaiki WC padahal anak kos su bayar {rp} sebulan. Putri-putri dong malu mandi di luar. Pak RT bilang itu bukan urusan RT. Beta mo lapor ke mana ni? Dinas Perumahan ko, Satpol PP? {date}",
    ),
    (
        "social",
        "Selamat ulang tahun Kota Kupang 🎉 Kota Kasih katanya. Tapi jalan depan RS Bhayangkara Drs. Titus Uly masih berlubang, lampu di Jl. Piet A. Tallo mati semua, dan taman di Bundaran Tirosa gelap. Semoga tahun depan lebih indah. Terima kasih Pak Wali, terima kasih Pak Sekda, mohon diperhatikan. {date}",
    ),
    (
        "letter",
        "Nomor : {surat}\nLampiran : 1 berkas\nPerihal : Keluhan pungutan sekolah\n\nYth. Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang\n\nKami orang tua murid SD Inpres Oepura 2 dan SD GMIT Kasih menyampaikan keberatan atas pungutan {rp} per anak untuk 'uang bunga dan hiasan' perpisahan. Kepala Sekolah dan Komite Sekolah tidak memberi rincian. Mohon Bapak Kepala Dinas meninjau.\n\nHormat kami,\nParaguyuban Orang Tua Murid",
    ),
    # with private people named beside the look-alikes
    (
        "web_form",
        "Nama: {N}\nNo. HP: {P}\nIsi laporan: Saya dirawat di RSUD Prof. Dr. W. Z. Johannes ruang Kasih {date}. Perawat di ruang itu baik, terima kasih. Tapi keluarga saya, {N2}, disuruh membeli infus di Apotek Sinar Farma depan rumah sakit seharga {rp}. Mohon penjelasan.",
    ),
    (
        "whatsapp",
        'Selamat sore admin. Nama saya memang [[name:Indah {S:raw}]], bukan salah ketik. Di KTP elektronik tertulis "[[name:Indah {S:raw}]]" tapi di kartu BPJS jadi "[[name:Endah {S:raw}]]". Petugas di Dukcapil {kel} bilang harus ke BPJS, BPJS bilang ke Dukcapil. Terima kasih sebelumnya 🙏',
    ),
    (
        "kupang_malay",
        "Beta [[name:Kasih {S:raw}]], jemaat GMIT Kasih Naikoten. Beta mau lapor got di depan gereja tasumbat, aer masuk sampe ke ruang ibadah tiap hujan. Kotong su lapor ke Pak Lurah {kel} dari {month}, ma sonde ada yang datang. Terima kasih.",
    ),
    (
        "letter",
        "Kupang, {date}\n\nKepada Yth. Camat {kec}\n\nSengketa batas tanah antara keluarga {S} dan keluarga {S2} di belakang Pasar Oebobo belum selesai. Lurah {kel}, Bapak {N3}, sudah memediasi dua kali tetapi patok yang dipasang Dinas Pertanahan dicabut lagi. Kami mohon Bapak Camat turun tangan supaya damai.\n\nHormat saya,\n{N}",
    ),
    (
        "sms_caps",
        "KOTKUPANG SY {N} JEMAAT GMIT EFATA LILIBA. LAMPU JALAN DI JL. FRANS SEDA DEPAN GEREJA MATI SEJAK {date}. TERIMA KASIH",
    ),
    (
        "social",
        "Bapa [[name:Selamat]] tukang parkir di Pasar Oeba tu orang baik, ma kenapa Dinas Perhubungan kasi naik setoran jadi {rp} sehari? Dia su 20 tahun jaga parkir di situ. Selamat pagi Pak Kadis, mohon dilihat. Foto ini dari {date}.",
    ),
    (
        "call_centre",
        "Pelapor Sdri. {N}, HP {P}. Anaknya, {F2}, bersekolah di SDK St. Yoseph Naikoten. Pelapor mengeluhkan guru kelas, Ibu {N3}, meminta uang les {rp} per bulan dan mengancam tidak menaikkan kelas. Kepala Sekolah belum menanggapi. Diteruskan ke Dinas P dan K.",
    ),
    (
        "email",
        "Yth. Dinas Perdagangan,\n\nSaya pedagang sayur di Pasar Oeba sejak {n} tahun. Retribusi lapak naik jadi {rp} tanpa pemberitahuan. Petugas pasar, Pak {F2}, bilang itu perintah Kepala UPT Pasar. Toko Berkat Jaya dan Toko Damai di depan pasar tidak pernah ditagih. Mohon penjelasan.\n\nSalam,\n{N}\nHP {P}",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] {N:l}: kak, anak saya [[name:Putri]] belum dapat surat pindah dari SMAK Giovanni\n[{dh} {hm2}] {N2:l}: putri saya juga kak, sama, su 2 minggu\n[{dh} {hm3}] {N:l}: tata usaha bilang tunggu tanda tangan kepala sekolah sa\n[{dh} {hm4}] {N2:l}: terima kasih infonya kak 🙏",
    ),
    (
        "kupang_malay",
        "Om {F} yang jual bunga di Pasar Kasih Naikoten su diusir Satpol PP {date}, dong bilang sonde ada izin. Padahal Om {F} su jual di situ dari beta masi kecil. Tanta {F2} yang jual sirih pinang juga kena. Dong mau pindah ke mana? Tolong Pak Lurah {kel} bantu.",
    ),
    (
        "letter",
        "Hal: Pengaduan pelayanan Kantor Kelurahan\n\nYth. Inspektorat Kota Kupang,\n\nSaya {N}, warga Kel. {kel}. Pada {date} saya mengurus surat keterangan usaha untuk Toko Sinar Mulia milik saya. Staf loket, Sdr. {N2}, meminta uang {rp} tanpa kuitansi. Ketika saya tanya, Pak Lurah tidak di tempat dan Sekretaris Lurah menyuruh saya datang lagi.\n\nHormat saya,\n\nttd\n{N}",
    ),
    (
        "social",
        "Hari ini genap 40 hari almarhumah Oma {N}. Terima kasih Bapak Pendeta dan Majelis GMIT Betel Oepura. Tapi kami keluarga {S} kecewa: makam di TPU Kapadala tergenang, saluran air rusak sejak {month}. Mohon Dinas Perumahan dan Kawasan Permukiman segera perbaiki. 🙏",
    ),
    (
        "web_form",
        "NAMA: {N:u}\nPEKERJAAN: Guru honor\nINSTANSI: SMP Kristen Mulia Kupang\nISI: Honor guru komite bulan {month} belum dibayar. Kepala sekolah, Bapak {N2}, bilang dana BOS belum cair. Teman saya, Ibu {N3}, juga belum terima. Nomor tiket LAPOR sebelumnya {tkt}.",
    ),
]


# ---------------------------------------------------------------- addresses
ADDRESSES: list[tuple[str, str]] = [
    # without personal data
    (
        "sms_caps",
        "KOTKUPANG JALAN RUSAK BERAT DI {pst} DEPAN PUSKESMAS {kel}, LUBANG SDH {n} BULAN. SDH ADA YG JATUH DARI MOTOR {date}. WARGA RT 05 SUDAH LAPOR KE KELURAHAN TAPI BLM ADA TINDAKAN",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] Ketua RT 09: Selamat malam. Rapat warga soal air bersih hari Sabtu {time} di Sekretariat RT 09 RW 03, Jl. Kenari No. 2 (samping Posyandu). Iuran {rp} per KK.\n[{dh} {hm2}] grup warga: Siap pak RT\n[{dh} {hm3}] Ketua RT 09: Yang tidak bisa hadir titip pesan ke Ketua RW 03",
    ),
    (
        "letter",
        "KOP: PEMERINTAH KOTA KUPANG\nKECAMATAN {kec:u}\nKELURAHAN {kel:u}\nJl. Frans Seda No. {n}, Telp. {ol}, Kupang 85111\n\nNomor : {surat}\nPerihal : Jadwal pembersihan saluran\n\nDiberitahukan kepada seluruh warga RT 01 sampai RT 18 bahwa pembersihan saluran di sepanjang {pst} dilaksanakan pada {date} mulai {time}. Kendaraan agar tidak parkir di badan jalan.\n\nLurah {kel}",
    ),
    (
        "kupang_malay",
        "Got di Jl. Kelinci Oebufu tasumbat sampah plastik, aer naik sampe ke jalan tiap hujan. Jalan tu su dibongkar PDAM dari {month} ma sonde ditutup bae. Motor jatu di situ {date}. Tolong PUPR deng PDAM baku atur dolo.",
    ),
    (
        "web_form",
        "Kategori: Infrastruktur\nIdentitas: dirahasiakan\nLokasi kejadian: {pst}, depan SMPN 5 Kupang, Kel. {kel}, Kec. {kec}\nIsi laporan: Trotoar ambruk sepanjang {n} meter, tiang listrik miring ke arah jalan. Sangat berbahaya untuk anak sekolah. Sudah dilaporkan {date} ke kantor kelurahan.",
    ),
    (
        "social",
        "Salam dari warga RT 02 RW 01 Kelurahan {kel}. Lampu jalan di {pst} sudah mati {n} minggu, jalan gelap total jam {time}. Kami warga sudah iuran beli bola lampu {rp} tapi tiangnya tinggi, harus PLN atau Dishub. Mohon dibantu. #kupang #lampujalan",
    ),
    (
        "email",
        "Subjek: Permohonan pemangkasan pohon\n\nYth. Dinas Lingkungan Hidup Kota Kupang,\n\nKami dari SMPN 5 Kupang (Jl. Perintis Kemerdekaan No. 20, Kel. Kelapa Lima) memohon pemangkasan dua pohon angsana di depan gerbang sekolah yang dahannya patah pada {date}. Kegiatan belajar berlangsung pukul 07.00–13.30.\n\nHormat kami,\nTata Usaha SMPN 5 Kupang\nTelp. {ol}",
    ),
    (
        "call_centre",
        "Catatan petugas {date} {time}: pelapor anonim melaporkan pohon tumbang menutup {pst} dekat Gereja GMIT Paulus, Jl. Thamrin No. 7, dan kabel listrik putus. Diteruskan ke BPBD ({ol}) dan PLN 123. Petugas BPBD tiba {time2}.",
    ),
    (
        "letter",
        "Kepada Yth. Direktur PDAM Kota Kupang\n\nKami menyampaikan keluhan warga RT 01 sampai RT 29 Kelurahan {kel} yang sudah {n} minggu tidak mendapat air. Warga RT 10 dan RT 19 terpaksa membeli air tangki {rp} per tangki. Kami mohon jadwal distribusi yang jelas.\n\nHormat kami,\nWarga RT 05",
    ),
    (
        "whatsapp",
        "*Diteruskan berkali-kali*\nPENGUMUMAN: Pasar murah minyak goreng dan beras di Toko Sinar Abadi, Jl. Soeharto No. 45, dan di Kantor Kelurahan {kel}, Jl. Amabi No. {n}, tanggal {date} mulai {time}. Bawa fotokopi KTP. Harga beras {rp} per 5 kg.",
    ),
    (
        "kupang_malay",
        "Rumah beta di Jl. Soeharto sa, yang cat ijo depan masjid, sonde pake nomor. Aer got dari atas lari masuk ke beta pung halaman, tiap hujan banjir. Tetangga kiri kanan sama. Su lapor ke Pak RT deng Pak Lurah {kel} dari {month}. Kapan mau dibuat talud?",
    ),
    (
        "sms_caps",
        "KOTKUPANG WARGA RT 10 DAN RT 19 KEL {kel} SDH {n} HARI TDK DAPAT AIR PDAM. MOBIL TANGKI MINTA {rp}. MOHON DIBANTU",
    ),
    (
        "social",
        "Ketua RT 09 RW 07 Kel. {kel} minta uang {rp} untuk surat pengantar KTP. Itu resmi atau tidak? Di kantor lurah katanya gratis. Warga di RT 5 sampai RT 13 juga dimintai hal yang sama. Mohon penjelasan Pak Lurah dan Pak Camat {kec}.",
    ),
    # homes, beside public places and problems
    (
        "web_form",
        "Nama Pelapor: {N}\nNIK: {NIK}\nAlamat: {A:jl_rt}, Kel. {kel}, Kec. {kec}\nNo. HP: {P}\nIsi: Saluran di depan rumah saya tersumbat sejak {date}, air meluap ke jalan. Sudah lapor ke Lurah tetapi belum ada tindakan.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#{N}#{A}#KEL {kel}#TIANG LISTRIK DEPAN RMH SY MIRING SJK {date}, KABEL HAMPIR PUTUS. PLN BLM DATANG",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] {N:l}: sore kak, sy mau lapor lampu jalan depan rumah mati\n[{dh} {hm2}] Admin Kelurahan: Baik ibu, alamat lengkapnya?\n[{dh} {hm3}] {N:l}: {A:gg.l} kel {kel:l}, dekat SD Inpres\n[{dh} {hm4}] Admin Kelurahan: Terima kasih, sudah kami teruskan ke Dishub",
    ),
    (
        "kupang_malay",
        "Beta tinggal di {RT} Kel. {kel}. Aer PDAM mati di {RT2} su {n} hari, ana-ana sonde mandi ke sekolah. Tangki swasta minta {rp}. Pak Lurah, tolong kotong dolo.",
    ),
    (
        "letter",
        "Kupang, {date}\n\nHal: Keberatan pembongkaran pagar\n\nSaya, {N}, pemilik CV Maju Bersama, beralamat di {A}, Kel. {kel}, menyampaikan keberatan atas pembongkaran pagar rumah saya oleh Satpol PP. Kantor CV Maju Bersama sendiri berada di Jl. Soeharto No. {n}, dan tidak bermasalah.\n\nHormat saya,\n{N}",
    ),
    (
        "email",
        "Yth. Dinas PUPR,\n\nRumah saya dekat kantor lurah di {A:jl}, Kel. {kel}. Sejak proyek galian kabel di {pst} pada {month}, air hujan masuk ke halaman rumah. Kantor Lurah {kel} di seberang jalan juga kebanjiran.\n\nSalam,\n{N}\nHP {P}",
    ),
    (
        "call_centre",
        "Pelapor Bpk. {N}, warga {RT} Kel. {kel}, HP {P}. Melaporkan tumpukan sampah di TPS samping Pasar Oebobo tidak diangkut {n} hari. Petugas meneruskan ke DLHK.",
    ),
    (
        "web_form",
        "FORMULIR PENGADUAN (disalin dari KTP)\nNama : {N:u}\nNIK : {NIK}\nAlamat : {A:jl.u}\n[[address:RT/RW : {rtp}]]\nKel/Desa : {kel:u}\nKecamatan : {kec:u}\nIsi Pengaduan: Bantuan sosial tahap 3 tidak diterima padahal nama saya ada di DTKS.",
    ),
    (
        "social",
        "Rumah Pak RT {N} di {A} jadi tempat bagi beras bansos, tapi yang dapat cuma keluarga dekat. Kami yang tinggal di {RT} sonde dapat apa-apa. Tolong Dinas Sosial cek. #bansos #kupang",
    ),
    (
        "sms_caps",
        "KOTKUPANG SY {N} WARGA {RT:sl} KEL {kel}. JALAN SETAPAK KE RUMAH KAMI LONGSOR {date}. MOHON DIPERBAIKI",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] {N}: Pak, Om {F2} di {RT:rt} sakit keras, belum dapat KIS\n[{dh} {hm2}] Admin Puskesmas Sikumana: Alamat lengkap Om {F2} di mana bu?\n[{dh} {hm3}] {N}: {A2:perum}, Kel. {kel}",
    ),
    (
        "kupang_malay",
        "Beta pung rumah di {A:perum} Kel. {kel}. Jalan masuk kompleks rusak, developer su lari. Pengembang bilang itu urusan pemkot. Ais kotong mau mengadu ke sapa? Beta {F}, HP {P}.",
    ),
    (
        "letter",
        "Kepada Yth. Kepala Dinas Perumahan dan Kawasan Permukiman\n\nDengan hormat,\nSaya {N}, tinggal di {A2:lr}. Rumah di {A:jl} (rumah saya yang lama, sekarang ditempati anak saya {F3}) terkena genangan sejak pembangunan drainase di {pst} pada {month}. Pekerjaan drainase itu tidak selesai.\n\nHormat saya,\n{N}",
    ),
    (
        "email",
        "Subjek: Sampah di depan rumah\n\nSelamat pagi,\n\nSaya tinggal di {A:jl_gg}, {RT:dot}, Kel. {kel}. Truk sampah DLHK tidak lewat gang kami sejak {date}. Sampah warga menumpuk di ujung gang, dekat SD Inpres {kel}.\n\nTerima kasih,\n{N}",
    ),
]


# ---------------------------------------------------------------- emails_phones
CONTACTS: list[tuple[str, str]] = [
    # without personal data
    (
        "social",
        "Sekadar info buat sodara dong: pengaduan layanan publik Kota Kupang bisa lewat WA Unit Pengaduan Kasih {ow}, email pengaduan@kupangkota.go.id, atau SMS 1708. Darurat telpon 112. Jangan percaya nomor lain yang mengaku petugas! Layanan {time} sampai 15.00. Share ke grup keluarga 🙏 @pemkotkupang",
    ),
    (
        "whatsapp",
        "*Diteruskan*\n⚠️ HATI-HATI PENIPUAN ⚠️\nAda WA yang mengaku dari Dinas Sosial, nomor {ow}, dan email bansos.kemensos.ntt@gmail.com, minta biaya administrasi {rp} untuk pencairan BLT. Itu PALSU. Dinsos Kota Kupang tidak pernah minta uang. Nomor resmi Dinsos {ol}, email dinsos@kupangkota.go.id.",
    ),
    (
        "email",
        "From: Humas Pemkot Kupang <humas@kupangkota.go.id>\nTo: pengaduan@kupangkota.go.id\nCc: inspektorat.kotakupang@gmail.com\nSubjek: Rekap pengaduan bulan {month}\n\nYth. Tim Pengelola SP4N-LAPOR!,\n\nTerlampir rekap {n} pengaduan bulan {month}. Pengaduan tentang air bersih agar diteruskan ke cs@pdamkotakupang.co.id dan hotline PDAM {ol}.\n\nSalam,\nBagian Humas dan Protokol\nTelp. {ol2} | WA {ow}",
    ),
    (
        "letter",
        "PEMERINTAH KOTA KUPANG\nDINAS PEKERJAAN UMUM DAN PENATAAN RUANG\nJl. Timor Raya Km. {km}, Telp. {ol}, WA {ow}\nEmail: pupr@kupangkota.go.id\n\nNomor : {surat}\nPerihal : Jawaban pengaduan {tkt}\n\nMenjawab pengaduan tanggal {date} mengenai jalan berlubang di {pst}, perbaikan akan dilaksanakan pada triwulan berikut. Informasi lebih lanjut melalui nomor di atas.\n\nKepala Bidang Bina Marga",
    ),
    (
        "sms_caps",
        "KOTKUPANG NOMOR WA PENGADUAN DUKCAPIL {ow} TIDAK AKTIF SEJAK {date}. TELP KANTOR {ol} JUGA TDK ANGKAT. KAMI HARUS HUBUNGI KEMANA?",
    ),
    (
        "kupang_malay",
        "Beta su telpon bengkel Selamat Motor di Oebufu {ow}, dong bilang spare part abis. Apotek K24 Oebobo {ow2} juga bilang obat kosong. Ais pasien BPJS harus cari obat di mana? Puskesmas bilang tunggu kiriman Dinkes. {date}",
    ),
    (
        "web_form",
        "Kategori: Kesehatan\nIdentitas: dirahasiakan\nIsi laporan: Saya sudah kirim keluhan ke email dinkes.kotakupang@gmail.com dan ke email puskesmas.oebobo@gmail.com pada {date}, tidak ada balasan. Telepon Dinkes {ol} juga tidak diangkat. Mohon ada yang menjawab.",
    ),
    (
        "call_centre",
        "Catatan petugas {date} {time}: penelepon (tidak mau menyebut nama) melaporkan air PDAM keruh. Petugas 1708 memberikan nomor hotline PDAM {ol} dan WA pengaduan PDAM {ow}. Penelepon mengatakan nomor itu sudah dihubungi tapi sibuk terus. Diteruskan lewat email cs@pdamkotakupang.co.id.",
    ),
    (
        "social",
        "@dukcapilkotakupang @pemkotkupang @ombudsmanntt tolong dicek. Sudah 3 bulan KTP-el belum jadi. Email ke dukcapil@kupangkota.go.id cuma dibalas otomatis noreply@kupangkota.go.id. Nomor WA di spanduk depan kantor {ow} tidak pernah dibalas. #kupang #dukcapil",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] Admin Posyandu Bunga Bakung: Ibu-ibu, jadwal imunisasi bulan {month} tanggal {date}. Pertanyaan ke WA posyandu {ow} atau email posyandu.bungabakung@gmail.com\n[{dh} {hm2}] Kader Posyandu: Jangan lupa buku KIA 🙏\n[{dh} {hm3}] Admin Posyandu Bunga Bakung: Yang belum dapat PMT silakan hubungi Puskesmas Bakunase {ol}",
    ),
    (
        "email",
        "From: LAPOR! <noreply@lapor.go.id>\nTo: Pelapor\nSubjek: Laporan Anda {tkt} telah ditindaklanjuti\n\nYth. Pelapor,\n\nLaporan Anda tanggal {date} telah ditanggapi oleh Dinas Lingkungan Hidup Kota Kupang. Jangan membalas email ini. Untuk pertanyaan hubungi helpdesk@lapor.go.id atau call center 1708. Anda juga dapat menghubungi admin daerah di admin.lapor@kupangkota.go.id.",
    ),
    (
        "sms_caps",
        "KOTKUPANG TRAVEL KUPANG-SOE DI TERMINAL OEBOBO TELP {ow} MINTA ONGKOS {rp}, PADAHAL TARIF DISHUB {rp2}. STIKER DI MOBIL TULIS WA {ow2}. MOHON DITERTIBKAN",
    ),
    (
        "letter",
        "Yth. Kepala Dinas Pemuda dan Olahraga,\n\nOSIS SMPN 2 Kupang memohon izin memakai Lapangan Merdeka pada {date}. Korespondensi dapat dikirim ke osis.smpn2kupang@gmail.com atau ke tata usaha sekolah, telp. {ol}. Pembina OSIS juga dapat dihubungi lewat WA sekolah {ow}.\n\nHormat kami,\nPengurus OSIS SMPN 2 Kupang",
    ),
    # private contacts beside offices'
    (
        "web_form",
        "Nama: {N}\nEmail: {E}\nNo. HP: {P}\nKategori: Administrasi Kependudukan\nIsi: Sudah kirim berkas ke dukcapil@kupangkota.go.id dan WA pengaduan Dukcapil {ow} sejak {date}, belum dibalas. Mohon bantuan.",
    ),
    (
        "email",
        "From: {N} <{E}>\nTo: pengaduan@kupangkota.go.id\nCc: ombudsman.ntt@ombudsman.go.id\nSubjek: Pungutan di kantor kelurahan\n\nSelamat siang,\n\nPada {date} saya diminta membayar {rp} untuk surat keterangan domisili di Kelurahan {kel}. Kantor kelurahan bisa dihubungi di {ol}.\n\nSalam,\n{N}\n{P}",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] {N:l}: Bu, petugas PDAM yang janji datang itu nomor dia {P}, namanya {F2}\n[{dh} {hm2}] Admin Kelurahan {kel}: Baik bu, kami coba hubungi. Nomor hotline PDAM {ol} sibuk terus\n[{dh} {hm3}] {N:l}: makasih bu 🙏",
    ),
    (
        "kupang_malay",
        "Nomor {P} yang ada di formulir tu bukan beta pung, tu tetangga pung, Mama {F2}. Beta pung nomor {P2}. Kalo dari Dinsos mau telpon, telpon beta sa. Beta {F}, Kel. {kel}.",
    ),
    (
        "sms_caps",
        "KOTKUPANG SY {N} HP {P}. MOHON DATA BANSOS SY DICEK, NAMA SY HILANG DARI DTKS SJK {month}. WA DINSOS {ow} TDK BALAS",
    ),
    (
        "social",
        "Warga {kel} hati-hati. Tadi {time} ada yang telpon dari {P}, mengaku petugas Dukcapil namanya {F}, minta kode OTP dan foto KTP. Ini penipu. Dukcapil resmi cuma lewat kantor atau WA pengaduan {ow}. Sudah saya laporkan ke 1708.",
    ),
    (
        "call_centre",
        "Pelapor Sdr. {N}, telp rumah {H}, HP {P}, email {EO}. Melaporkan kartu KIS ditolak di RSUD S.K. Lerik {date}. Petugas meneruskan ke BPJS Kesehatan cabang Kupang (telp. {ol}) dan meminta pelapor menunggu telepon dari kantor BPJS.",
    ),
    (
        "letter",
        "PEMERINTAH KOTA KUPANG\nKELURAHAN {kel:u}\nJl. Amabi No. {n}, Telp. {ol}\n\nSurat Keterangan\nNomor: {surat}\n\nLurah {kel} menerangkan bahwa Saudara {N}, NIK {NIK}, nomor HP {P}, benar warga Kelurahan {kel} dan tinggal di {A}.\n\nLurah {kel}\n\n{N2}",
    ),
    (
        "whatsapp",
        "[{dh} {hm}] Kader Posyandu: @{N2} tolong dicek data balita ibu {F3}\n[{dh} {hm2}] {N2}: Siap kak. Ibu {F3} bisa dihubungi di {ow}?\n[{dh} {hm3}] Kader Posyandu: Bukan, itu nomor WA posyandu. Nomor ibu {F3} sendiri @{P2}",
    ),
    (
        "email",
        "Yth. Admin SP4N-LAPOR!,\n\nSaya guru di SD Inpres {kel}. Tunjangan profesi triwulan {n} belum masuk. Email sekolah sdinpres.{kel:s}@gmail.com tidak dibalas dinas, jadi saya kirim dari email dinas saya {E:go}. Email pribadi saya {E2}.\n\nHormat saya,\n{N}",
    ),
    (
        "social",
        "Sy jual kue lapis dan kue cucur di rumah, WA sy {P}. Bukan toko, cuma usaha kecil. Kenapa Satpol PP datang minta retribusi {rp}? Toko kue besar di Jl. Soeharto yang WA tokonya {ow} di spanduk itu tidak pernah didatangi. - {F:l} {S:l}",
    ),
    (
        "web_form",
        "Nama Pelapor: {N:u}\nE-mail: {E:u}\nNomor WA: {P}\nNomor pengaduan yang diberikan kelurahan: {ow}\nIsi: Saya sudah kirim email ke lurah.{kel:s}@gmail.com dan ke kelurahan.{kel:s}@kupangkota.go.id, tidak dibalas.",
    ),
    (
        "kupang_malay",
        "Beta su kirim email ke kantor camat, camat.{kec:s}@kupangkota.go.id, tiga kali. Sonde ada balasan. Beta pung email {EO}, HP {P}. Tolong bale beta. Salam, {N:l}",
    ),
]


def unlabelled(rng: random.Random, key: str, mods: list[str]) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    table = {
        "rp": lambda: amount(rng),
        "date": lambda: date(rng),
        "time": lambda: time_(rng),
        "dh": lambda: rng.choice(
            (
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
                f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/26",
                f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2026",
                f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026",
            )
        ),
        "hm": lambda: f"{rng.randint(6, 22):02d}.{rng.randint(0, 59):02d}",
        "month": lambda: rng.choice(MONTHS),
        "kel": lambda: rng.choice(KEL),
        "kec": lambda: rng.choice(KEC),
        "pst": lambda: rng.choice(PUBLIC_STREET),
        "tkt": lambda: rng.choice(
            (
                f"{d(4)}-{d(4)}-{d(3)}",
                f"#LPR-2026-{d(4)}-{d(4)}",
                f"LAPOR-5371-2026-{d(5)}",
                f"TKT{d(8)}",
                f"{d(7)}",
            )
        ),
        "va": lambda: rng.choice(
            (
                f"8808 {d(4)} {d(4)} {d(4)}",
                f"8808{d(12)}",
                f"BRIVA {d(5)} {d(10)}",
                f"7{d(15)}",
                f"9881 {d(4)} {d(4)} {d(4)}",
            )
        ),
        "bill": lambda: "82026" + d(10),
        "idpel": lambda: "5312" + d(8),
        "meter": lambda: "14" + d(9),
        "token": lambda: rng.choice(
            ("-".join(d(4) for _ in range(5)), " ".join(d(4) for _ in range(5)), d(20))
        ),
        "pdam": lambda: f"{rng.randint(1, 9):02d}-{rng.randint(1, 20):02d}-{d(6)}",
        "nip": lambda: rng.choice(
            (
                f"19{rng.randint(65, 95)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} 20{rng.randint(0, 20):02d}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {d(3)}",
                f"19{rng.randint(65, 95)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}20{rng.randint(0, 20):02d}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{d(3)}",
            )
        ),
        "nisn": lambda: "00" + d(8),
        "rangka": lambda: (
            rng.choice(("MH1JM2", "MH1JFZ", "MH3SE8", "MH8DL1", "MHKV1B"))
            + d(3)
            + rng.choice(("KK", "LK", "MK", "NK"))
            + d(6)
        ),
        "mesin": lambda: (
            rng.choice(("JM21E", "JFZ1E", "E3R2E", "G3E4E", "1DK")) + rng.choice(("", "-")) + d(7)
        ),
        "ol": lambda: office_landline(rng),
        "ow": lambda: office_mobile(rng),
        "inv": lambda: f"INV/2026/{rng.randint(1, 12):02d}/{d(5)}",
        "q": lambda: rng.choice((f"A-{d(3)}", f"B {d(3)}", f"{rng.randint(1, 250)}", f"C{d(3)}")),
        "nota": lambda: rng.choice((d(7), f"NT-2026-{d(5)}", f"{d(3)}/{d(4)}", f"KW{d(6)}")),
        "npwpb": lambda: rng.choice((npwp_old(rng), "0" + d(15))),
        "trx": lambda: "2026" + d(12),
        "bpjstk": lambda: "26" + d(9),
        "n": lambda: str(rng.randint(2, 30)),
        "surat": lambda: rng.choice(
            (
                f"{rng.choice((700, 503, 470, 900, 140))}/{d(3)}/{rng.choice(('INSP', 'DKP', 'PUPR', 'KEL', 'SET'))}/2026",
                f"503/PBG/2026/{d(5)}",
                f"5371-LU-{d(8)}-{d(4)}",
            )
        ),
        "nop": lambda: f"53.71.0{rng.randint(10, 60)}.00{rng.randint(1, 9)}.0{d(2)}-{d(4)}.0",
        "img": lambda: rng.choice(
            (
                f"IMG_2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{d(6)}.jpg",
                f"Screenshot_2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}-{rng.randint(6, 22):02d}-{rng.randint(0, 59):02d}-{rng.randint(0, 59):02d}_WhatsApp.jpg",
                f"WhatsApp Image 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} at {rng.randint(6, 22)}.{rng.randint(10, 59)}.{rng.randint(10, 59)}.jpeg",
            )
        ),
        "rtp": lambda: f"{rng.randint(1, 40):03d}/{rng.randint(1, 12):03d}",
        "km": lambda: str(rng.randint(2, 12)),
        "pct": lambda: f"{rng.randint(2, 9)},{rng.randint(0, 9)}",
    }
    value = table[key]()
    if "s" in mods:
        return value.lower().replace(" ", "")
    return value.upper() if "u" in mods else value.lower() if "l" in mods else value


class Filler:
    """Fills one template: the same placeholder gives the same value."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cache: dict[str, str] = {}
        self.people: dict[str, tuple[str, str]] = {}
        self.clock = 0

    def person(self, idx: str) -> tuple[str, str]:
        if idx not in self.people:
            taken = set(self.people.values())
            while True:
                p = (self.rng.choice(GIVEN), self.rng.choice(FAMILY))
                if p not in taken and p[0] not in {q[0] for q in taken}:
                    break
            self.people[idx] = p
        return self.people[idx]

    def __call__(self, match: re.Match[str]) -> str:
        token = match.group(0)
        if token not in self.cache:
            self.cache[token] = self.make(
                match.group(1), match.group(2) or "1", (match.group(3) or "").split(".")
            )
        return self.cache[token]

    def make(self, key: str, idx: str, mods: list[str]) -> str:  # noqa: PLR0912
        rng = self.rng
        how = next((m for m in mods if m not in {"u", "l", "raw", "s"}), "")
        kind = ""
        if key in {"N", "F", "S"}:
            given, family = self.person(idx)
            value = {"N": f"{given} {family}", "F": given, "S": family}[key]
            kind = "name"
        elif key == "P":
            value, kind = mobile(rng, how), "phone"
        elif key == "H":
            value, kind = landline(rng), "phone"
        elif key in {"E", "EO"}:
            if key == "EO":
                how = "obf"
            given, family = self.person(idx)
            if how == "go":
                value = f"{given.lower()}.{family.lower().replace(' ', '')}@{rng.choice(('kupangkota.go.id', 'guru.sd.belajar.id', 'guru.smp.belajar.id', 'staf.undana.ac.id'))}"
            else:
                value = email_of(rng, given, family, how)
            kind = "email"
        elif key in {"NIK", "KK"}:
            value, kind = nik_writing(rng, _nik_digits(rng), how), key.lower()
        elif key == "NPWP":
            how = how or rng.choice(("old", "16"))
            value, kind = (
                (npwp_old(rng) if how == "old" else nik_writing(rng, _nik_digits(rng), "block")),
                "npwp",
            )
        elif key == "BPJS":
            b = "000" + _digits(rng, 10)
            value, kind = rng.choice((b, b, f"{b[:4]} {b[4:8]} {b[8:]}")), "bpjs"
        elif key == "REK":
            value, kind = bank(rng), "bank_account"
        elif key == "PLATE":
            value, kind = plate(rng), "plate"
        elif key == "A":
            value, kind = home_address(rng, how), "address"
        elif key == "RT":
            value, kind = rt_rw(rng, how), "address"
        elif key == "hm":
            self.clock = (
                self.clock + rng.randint(1, 95) if self.clock else rng.randint(6 * 60, 15 * 60)
            )
            return f"{self.clock // 60 % 24:02d}.{self.clock % 60:02d}"
        else:
            return unlabelled(rng, key, mods)
        if "u" in mods:
            value = value.upper()
        elif "l" in mods:
            value = value.lower()
        if "raw" in mods:
            return value
        return f"[[{kind}:{value}]]"


PLACEHOLDER = re.compile(r"\{([A-Za-z]+?)(\d?)(?::([a-z0-9_.]+))?\}")
MARKER = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.S)
PUNCT = set(" \t\n.,;:!?\"'()[]<>/-_#*")


def strip_markers(marked: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        value = m.group(2)
        spans.append(
            {"kind": m.group(1), "start": length, "end": length + len(value), "value": value}
        )
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def check(text: str, spans: list[dict[str, object]], where: str) -> None:
    assert "[[" not in text, where
    assert "]]" not in text, where
    assert not re.search(r"\{[A-Za-z]+\d?(:[a-z0-9_.]+)?\}", text), where
    last = -1
    for s in spans:
        start, end, kind = int(s["start"]), int(s["end"]), str(s["kind"])  # type: ignore[call-overload]
        value = text[start:end]
        assert kind in KINDS, (where, kind)
        assert end > start, where
        assert value == s["value"], (where, value, s["value"])
        assert value[0] not in PUNCT or (kind == "phone" and value[0] in "+("), (where, value)
        assert value[-1] not in PUNCT, (where, value)
        assert start >= last, (where, "overlap")
        last = end


def render(rng: random.Random, template: str, upper: bool) -> tuple[str, list[dict[str, object]]]:
    marked = PLACEHOLDER.sub(Filler(rng), template)
    text, spans = strip_markers(marked)
    if upper:
        big = text.upper()
        assert len(big) == len(text)
        text = big
        for s in spans:
            s["value"] = str(s["value"]).upper()
    return text, spans


#: Relabelled after the annotation guide's row on numbers posing as an office's, added after
#: this corpus was written: a number said right after it to pose as an office or its staff
#: (``..., mengaku petugas Dukcapil``, ``ngaku dari Dinsos``) is not labelled.
POSING_AFTER = re.compile(r"[ ,]{0,2}(?:yang |yg )?(?:ngaku|mengaku)(?![a-z])")


def follow_posing_row(record):
    """``record`` without the phone spans of numbers said right after them to pose."""
    text = record["text"]
    spans = [
        s
        for s in record["spans"]
        if not (s["kind"] == "phone" and POSING_AFTER.match(text, s["end"]))
    ]
    return {**record, "spans": spans}


def main() -> None:
    rng = random.Random(SEED)
    records = []
    seen: set[str] = set()
    for theme, templates in (
        ("lookalike_numbers", NUMBERS),
        ("lookalike_words", WORDS),
        ("addresses", ADDRESSES),
        ("emails_phones", CONTACTS),
    ):
        for number, (style, template) in enumerate(templates):
            assert style in STYLES, style
            repeats = REPEATS if PLACEHOLDER.search(template) else 1
            for _ in range(repeats):
                for _attempt in range(50):
                    text, spans = render(rng, template, style == "sms_caps")
                    if text not in seen:
                        break
                else:
                    raise AssertionError(f"{theme} {number}: no new text")
                seen.add(text)
                check(text, spans, f"{theme} {number}")
                records.append(
                    {
                        "text": text,
                        "spans": [
                            {"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans
                        ],
                        "style": style,
                        "theme": theme,
                    }
                )
    rng.shuffle(records)
    lines = []
    for i, record in enumerate(records, start=1):
        relabelled = follow_posing_row(record)
        lines.append(json.dumps({"id": f"d8-{i:04d}", **relabelled}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"{len(records)} texts, {sum(len(r['spans']) for r in records)} spans, sha256 {digest}")  # noqa: T201


if __name__ == "__main__":
    main()
