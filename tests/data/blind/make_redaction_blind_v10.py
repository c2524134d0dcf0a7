# ruff: noqa: E501, SIM905, PLR0911, PLC0207, PLW0108, PLC3002, B905, T201, N802, PERF401
"""Write the tenth blind redaction corpus (redaction_blind_v10.jsonl).

Hand-written templates with inline ``[[kind:value]]`` labels; ``{PLACEHOLDER}`` slots are filled
from lists with a ``random.Random`` seeded 20261230, so every run writes the same file. The labels
are stripped, exact offsets computed and every span checked.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261230
OUT = Path(__file__).with_name("redaction_blind_v10.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "bpk.",
    "sdr",
    "sdr.",
    "sdri",
    "sdri.",
    "ny",
    "ny.",
    "bidan",
    "lurah",
    "guru",
    "dr",
    "dr.",
    "drs",
    "drs.",
    "pdt",
    "pdt.",
    "serka",
    "bripka",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ustadz",
    "pnt",
    "pnt.",
    "ama",
    "ina",
    "usi",
    "bung",
    "sus",
    "suster",
    "ns.",
    "ns",
}
R = random.Random(SEED)

GIVEN_M = """Yohanes Marthen Yakob Frans Dominggus Yulius Nikodemus Soleman Paulus Petrus Yosef
Mikhael Fransiskus Antonius Melkianus Obed Semuel Welem Oktovianus Hendrikus Benediktus Gaspar
Kornelis Yeremias Filipus Rudolf Kefas Godlief Alfons Ignasius Daniel Budi Ahmad Abdullah Hasan
Rizal Salim Viktor Stefanus Aleks Jefri Matias Lukas Markus Arnoldus Hironimus Sebastianus
Bernabas Zakarias Yonas Agus Eduardus Kristo Teddy Ronald Wempi Jemmy Umbu""".split()
GIVEN_F = """Agustina Maria Selfina Ariance Imelda Grace Novita Yanti Vivi Erni Leni Sofia Kristina
Apriani Ester Ruth Dorkas Lodia Yustina Adriana Debora Naomi Yuliana Anace Martha Elisabeth
Magdalena Rosalina Siti Sri Fatimah Aisyah Veronika Rince Sarlota Meri Orpa Yuni Dewi Mariana
Florentina Katarina Marselina Herlina Welhelmina Dortea Lusia Yosina Fransiska Ningsih Rambu""".split()
FAMILY = """Ndun Manafe Tefa Benu Bessie Nenobais Tanone Amalo Fanggidae Mooy Tallo Nope Taneo Sabneno
Boimau Nubatonis Neonufa Tnunay Selan Kase Nitbani Tamelab Therik Pah Lenggu Ndolu Messakh Adoe
Ndoen Haning Mbuik Pellokila Lay Bire Lado Haba Rohi Kana Wadu Ratu Lobo Huma Lamanepa Kewa
Nahak Fernandez Parera Lewar Kopong Nuwa Sogen Ngongo Bhara Laka Rangga Mbete Paranggi Kapita
Hunga Lewa Ngailu Mautuka Lakamau Maure Laukoni Malaikosa Padalani Santoso Wibowo Susanto
Purnomo Setiawan Hasanuddin Mappaseng Halim Wijaya Baswedan Alkatiri Assegaf Bahasuan Basalamah
Siregar Simanjuntak Sitompul Nainggolan Hutapea Sumampouw Rumengan Wowor Lumintang Pangemanan
Kalalo Rondonuwu Latuconsina Pattiasina Tuhumury Sahetapy Leiwakabessy Tahapary Bolla Seran
Klau Bria Asa Tuan Nabu Bano Oematan Sinlae Toelle Lerik""".split()
FAMILY2 = [
    "Riwu Kaho",
    "Dju Dara",
    "Ga Lena",
    "Tadu Hungu",
    "Dae Pany",
    "Ndapa Ngara",
    "Da Costa",
    "Daeng Matta",
    "Riwu Rohi",
    "Bara Pa",
]
WHOLE = [
    "I Wayan Sudarma",
    "I Made Suarta",
    "Ni Ketut Ariani",
    "I Nyoman Adnyana",
    "Ni Luh Putu Sriani",
    "Andi Baso Hasanuddin",
    "Ong Mei Ling",
    "Go Siu Lan",
    "Tan Hok Liong",
    "Lim Kim Hwa",
    "Mei Hwa Tamelab",
    "Umbu Manu Paranggi",
    "Rambu Tamar Kapita",
    "Hok Ga Lena",
    "Siu Lan Halim",
    "Liem Tjhay Hong",
    "Andi Syamsuddin",
    "Ni Made Ayu Lestari",
    "I Gede Pasek Wirawan",
    "Umbu Rey Hunga",
]
STREETS = """Nangka Kenari Sukun Palapa Amabi Rote Timor Raya Herewila Kelinci Jambu Nuri Kakatua
Cak Doko Bundaran PU Tompello Kancil Rusa Banteng Perintis Kemerdekaan Fetor Funay Bajawa
Mawar Melati Anggrek Kecapi Delima Salak Manggis Sirsak Flamboyan Cemara Beringin Kartini Moh. Hatta
Sam Ratulangi Eltari Adisucipto Oinlasi Tuak Daen Frans Seda Piet A. Tallo W.J. Lalamentik
Alfons Nisnoni Soverdi Bakti Karang Samratulangi Kuanino Nusa Indah Oebobo Matani Bengkel""".split(
    "\n"
)
STREETS = [s for line in STREETS for s in line.split(" ") if s]
STREETS = [s for s in STREETS if s[0].isupper() and len(s) > 3 and s not in {"Raya", "Doko", "PU"}]
PSTREETS = [
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. W.J. Lalamentik",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Amabi",
    "Jl. Herewila",
    "Jl. Perintis Kemerdekaan",
    "Jl. Adisucipto",
    "Jl. Sam Ratulangi",
    "Jl. Cak Doko",
    "Jl. Mohammad Hatta",
    "Jl. Kelinci",
]
KEL = [
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Naikoten I",
    "Kuanino",
    "Fontein",
    "Oetete",
    "Bakunase",
    "Naikolan",
    "Oepura",
    "Sikumana",
    "Kolhua",
    "Fatululi",
    "Oesapa",
    "Lasiana",
    "Penfui",
    "Maulafa",
    "Naimata",
    "Belo",
    "Namosain",
    "Alak",
    "Manulai II",
    "Fatukoa",
    "Nunbaun Sabu",
    "Nunhila",
    "Airnona",
    "Tuak Daun Merah",
    "Pasir Panjang",
    "Oesapa Barat",
    "Kelapa Lima",
    "Naioni",
    "Bello",
    "Airmata",
    "Merdeka",
    "Solor",
    "Lahilai Bissi Kopan",
    "Oeba",
    "Fatubesi",
    "Nefonaek",
    "Oebananta",
    "Oetona",
    "Naikoten II",
    "Manutapen",
    "Batuplat",
    "Mantasi",
]
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Kota Raja", "Alak", "Kota Lama"]
PKM = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oesapa",
    "Puskesmas Bakunase",
    "Puskesmas Pasir Panjang",
    "Puskesmas Kupang Kota",
    "Puskesmas Alak",
    "Puskesmas Penfui",
    "Puskesmas Naioni",
    "Puskesmas Manutapen",
    "Puskesmas Oepoi",
]
RS = [
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS Siloam Kupang",
    "RSIA Dedari",
    "RS Leona",
    "RS Mamami",
    "RS Kartini",
]
SCHOOL = [
    "SD Inpres Oepura 2",
    "SMPN 5 Kupang",
    "SMAN 1 Kupang",
    "SDK St. Yoseph Naikoten",
    "SMPK St. Theresia",
    "SMKN 4 Kupang",
    "SD GMIT Kuanino",
    "SMPN 2 Kupang",
    "SDN Oetete 1",
    "SMAN 3 Kupang",
    "SD Inpres Liliba",
    "MTsN Kota Kupang",
    "SMPN 13 Kupang",
    "TK Tunas Bangsa",
]
MARKET = [
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Kuanino",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Inpres",
]
SHOP = [
    "Toko Sinar Abadi",
    "Toko Umbu Jaya",
    "UD Laut Timor",
    "Toko Damai Sejahtera",
    "Apotek Kasih Ibu",
    "Bengkel Maju Motor",
    "Toko Bintang Timur",
    "Warung Kopi Sasando",
    "Toko Bunga Matahari",
    "Apotek K24 Oebobo",
    "Toko Murah Meriah",
    "Kios Mama Ester",
]
CV = [
    "CV Sinar Timor",
    "CV Timor Jaya",
    "PT Flobamora Karya",
    "CV Karya Lontar",
    "CV Nusa Cendana",
    "PT Sasando Konstruksi",
    "Koperasi Pedagang Ikan",
    "KSP Tunas Harapan",
    "UD Laut Timor",
    "Yayasan Pelita Kasih",
    "CV Bintang Lima",
    "BUMDes Maju Bersama",
]
OFFICE = [
    "Dinas PUPR",
    "Dukcapil Kota Kupang",
    "Dinas Sosial",
    "Dinas Kesehatan",
    "PDAM Kota Kupang",
    "Bapenda Kota Kupang",
    "DLHK Kota Kupang",
    "Dinas Perhubungan",
    "Dinas Pendidikan",
    "BPN Kota Kupang",
    "Kantor Pajak Pratama Kupang",
    "Satpol PP",
    "Dinas Pasar",
    "BPJS Kesehatan",
]
OFFMAIL = [
    "pengaduan@kupangkota.go.id",
    "humas@kupangkota.go.id",
    "dinkes.kotakupang@gmail.com",
    "dukcapil.kotakupang@gmail.com",
    "pdam.kotakupang@gmail.com",
    "bapenda@kupangkota.go.id",
    "ombudsman.ntt@ombudsman.go.id",
    "noreply@lapor.go.id",
    "helpdesk@lapor.go.id",
    "cs@bankntt.co.id",
    "osis.smpn2kupang@gmail.com",
    "tu.sman1kupang@gmail.com",
    "dinsos.kotakupang@gmail.com",
    "lurah.oebufu@gmail.com",
    "camat.oebobo@kupangkota.go.id",
    "kadis.pupr@kupangkota.go.id",
    "pupr@kupangkota.go.id",
    "pkm.sikumana@gmail.com",
    "dlhk.kupangkota@gmail.com",
    "ksp.tunasharapan@yahoo.co.id",
    "redaksi@pospk.co.id",
    "info@pln.co.id",
    "kpp.kupang@pajak.go.id",
    "gmit.paulus.kupang@gmail.com",
]
SCAMMAIL = [
    "bansos.kemensos.ntt@gmail.com",
    "pajak.kupang.resmi@gmail.com",
    "bpjs.ntt.refund@gmail.com",
    "pkh.pusat.verifikasi@gmail.com",
    "dukcapil.online.ntt@gmail.com",
    "pln.kupang.token@gmail.com",
    "bank.ntt.hadiah@gmail.com",
    "kemensos.blt2026@yahoo.com",
]
HOSTS = ["gmail.com"] * 6 + [
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "kupangkota.go.id",
    "pdam-kupang.co.id",
    "undana.ac.id",
]
HP_PREFIX = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
    "0814",
    "0815",
    "0816",
    "0855",
    "0856",
    "0857",
    "0858",
    "0817",
    "0818",
    "0819",
    "0859",
    "0877",
    "0878",
    "0895",
    "0896",
    "0897",
    "0898",
    "0881",
    "0882",
    "0887",
    "0831",
    "0838",
]
REGION = ["5371"] * 6 + [
    "5301",
    "5302",
    "5303",
    "5304",
    "5305",
    "5306",
    "5307",
    "5308",
    "5310",
    "5313",
    "5314",
    "5316",
    "5320",
]
OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}


def d(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def nik_digits(region: str | None = None) -> str:
    region = region or R.choice(REGION)
    day = R.randint(1, 28) + (40 if R.random() < 0.5 else 0)
    born = f"{day:02d}{R.randint(1, 12):02d}{R.choice([R.randint(45, 99), R.randint(0, 8)]):02d}"
    return f"{region}{R.randint(1, 12):02d}{born}{R.randint(1, 60):04d}"


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def nik_fmt(s: str, how: str | None = None) -> str:
    how = how or R.choice(["b", "b", "b", "g", "g", "d", "h"])
    if how == "b":
        return s
    if how == "g":
        return g4(s)
    if how == "h":
        return g4(s, "-")
    return f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:12]}.{s[12:]}"


def ocr(s: str, k: int = 2) -> str:
    idx = [i for i, c in enumerate(s) if c in OCR]
    R.shuffle(idx)
    chars = list(s)
    for i in idx[:k]:
        chars[i] = OCR[chars[i]]
    return "".join(chars)


def kk_digits() -> str:
    return f"{R.choice(REGION)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(5, 25):02d}{R.randint(1, 9999):04d}"


def npwp_old() -> str:
    s = R.choice("0123456789") + d(7) + d(1) + R.choice(["920", "921", "922"]) + "000"
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8]}-{s[9:12]}.{s[12:]}"


def npwp_any() -> str:
    c = R.random()
    if c < 0.55:
        return npwp_old()
    if c < 0.7:
        return npwp_old().replace(".", "").replace("-", "")
    if c < 0.85:
        return nik_digits()
    return "0" + nik_digits()[:15] if R.random() < 0.5 else g4(nik_digits())


def mobile_digits() -> str:
    return R.choice(HP_PREFIX) + d(R.choice([7, 8, 8, 8]))


def hp_fmt(s: str, how: str | None = None) -> str:
    how = how or R.choice("bbbddsptiIjJ")
    rest = s[1:]
    if how == "b":
        return s
    if how == "d":
        return f"{s[:4]}-{s[4:8]}-{s[8:]}"
    if how == "s":
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if how == "p":
        return f"{s[:4]}.{s[4:8]}.{s[8:]}"
    if how == "t":
        return f"{s[:4]} {s[4:7]} {s[7:]}"
    if how == "i":
        return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
    if how == "I":
        return f"+62{rest}"
    if how == "j":
        return f"62{rest}"
    return f"62 {rest[:3]} {rest[3:7]} {rest[7:]}"


def land_fmt() -> str:
    s = "8" + d(R.choice([5, 6]))
    return R.choice(
        [f"0380 {s}", f"(0380) {s[:4]} {s[4:]}", f"0380-{s}", f"(0380) {s}", f"0380{s}"]
    )


def office_line() -> str:
    s = "8" + d(5)
    return R.choice(
        [f"(0380) {s[:3]} {s[3:]}", f"0380-{s[:3]} {s[3:]}", f"0380 {s}", f"(0380) {s}"]
    )


def slug(x: str) -> str:
    return re.sub(r"[^a-z]", "", x.lower())


def email_for(given: str, family: str) -> str:
    g, f = slug(given.split()[0]), slug(family.split()[-1])
    user = R.choice(
        [
            f"{g}.{f}",
            f"{g}{f}{R.randint(1, 99)}",
            f"{g}_{f}",
            f"{f}.{g}{R.randint(70, 99)}",
            f"{g}{R.randint(1980, 2005)}",
            f"{g[0]}{f}",
            f"{g}.{f}{R.randint(1, 9)}",
            f"{g}-{f}",
            f"{f}{g}",
        ]
    )
    return f"{user}@{R.choice(HOSTS)}"


def dodge(addr: str) -> str:
    user, host = addr.split("@")
    hb = host.split(".")
    c = R.randint(0, 9)
    if c == 0:
        return f"{user} @ {host}"
    if c == 1:
        return f"{user}(at){host}"
    if c == 2:
        return f"{user} [at] {' [dot] '.join(hb)}"
    if c == 3:
        return f"{user} at {' dot '.join(hb)}"
    if c == 4:
        return f"{user}(keong){host}"
    if c == 5:
        return f"{user}[@]{host}"
    if c == 6:
        return f"{user} @{host}"
    if c == 7:
        return f"{user}@{' titik '.join(hb)}"
    if c == 8:
        return f"{user.replace('.', ' [dot] ')} [at] {' [dot] '.join(hb)}"
    return f"{user}(et){host}"


def bank(kind: str) -> str:
    if kind == "BRI":
        s = d(4) + "01" + d(9)
        return R.choice(
            [
                s,
                f"{s[:4]}-{s[4:6]}-{s[6:12]}-{s[12:14]}-{s[14]}",
                f"{s[:4]} {s[4:6]} {s[6:12]} {s[12:]}",
            ]
        )
    if kind == "BNI":
        s = R.choice(["08", "02", "01", "04"]) + d(8)
        return R.choice([s, s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    if kind == "MDR":
        s = R.choice(["161", "152", "145"]) + "00" + d(8)
        return R.choice([s, f"{s[:3]}-{s[3:5]}-{s[5:12]}-{s[12]}"])
    if kind == "BCA":
        s = R.choice(["315", "034", "786", "052"]) + d(7)
        return R.choice([s, f"{s[:3]}-{s[3:7]}-{s[7:]}", f"{s[:3]} {s[3:]}"])
    s = "00" + R.choice(["1", "2", "3"]) + "01" + R.choice(["02", "03"]) + d(7)
    return R.choice(
        [s, f"{s[:3]}.{s[3:5]}.{s[5:7]}.{s[7:13]}-{s[13]}", f"{s[:3]}-{s[3:5]}-{s[5:7]}-{s[7:]}"]
    )


def plate(region: str | None = None) -> str:
    region = region or R.choice(["DH", "DH", "DH", "EB", "ED"])
    num = str(R.randint(11, 9899))
    suf = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 2])))
    return R.choice(
        [
            f"{region} {num} {suf}",
            f"{region} {num} {suf}",
            f"{region}{num}{suf}",
            f"{region}-{num}-{suf}",
        ]
    )


def street() -> str:
    return R.choice(STREETS)


def addr() -> str:
    c = R.randint(0, 6)
    no = f"{R.randint(1, 140)}{R.choice(['', '', '', 'A', 'B'])}"
    if c <= 2:
        return f"{R.choice(['Jl.', 'Jl', 'Jalan', 'JL.'])} {street()} No. {no}"
    if c == 3:
        return f"Gg. {street()} No. {no}"
    if c == 4:
        return f"Jl. {street()} Gg. {R.randint(1, 9)} No. {no}"
    if c == 5:
        return f"Jl. {street()} No. {no}, RT {R.randint(1, 40):03d}/RW {R.randint(1, 12):03d}"
    return f"Perumnas Blok {R.choice('ABCDEFGH')}{R.choice(['', ' '])}No. {no}"


def rt() -> str:
    a, b = R.randint(1, 40), R.randint(1, 12)
    return R.choice(
        [
            f"RT {a:02d}/RW {b:02d}",
            f"RT {a} RW {b}",
            f"RT {a:03d}/RW {b:03d}",
            f"rt {a} rw {b}",
            f"RT.{a:02d}/RW.{b:02d}",
            f"RT {a:02d} RW {b:02d}",
        ]
    )


GIVEN_M = [g for g in GIVEN_M if g != "Umbu"]
GIVEN_F = [g for g in GIVEN_F if g != "Rambu"]
WHOLE_T = [
    ("Wayan", "Sudarma", "I Wayan Sudarma"),
    ("Made", "Suarta", "I Made Suarta"),
    ("Ketut", "Ariani", "Ni Ketut Ariani"),
    ("Nyoman", "Adnyana", "I Nyoman Adnyana"),
    ("Putu", "Sriani", "Ni Luh Putu Sriani"),
    ("Baso", "Hasanuddin", "Andi Baso Hasanuddin"),
    ("Mei Ling", "Ong", "Ong Mei Ling"),
    ("Siu Lan", "Go", "Go Siu Lan"),
    ("Hok Liong", "Tan", "Tan Hok Liong"),
    ("Kim Hwa", "Lim", "Lim Kim Hwa"),
    ("Mei Hwa", "Tamelab", "Mei Hwa Tamelab"),
    ("Umbu Manu", "Paranggi", "Umbu Manu Paranggi"),
    ("Rambu Tamar", "Kapita", "Rambu Tamar Kapita"),
    ("Hok", "Ga Lena", "Hok Ga Lena"),
    ("Siu Lan", "Halim", "Siu Lan Halim"),
    ("Tjhay Hong", "Liem", "Liem Tjhay Hong"),
    ("Syamsuddin", "Mappaseng", "Andi Syamsuddin Mappaseng"),
    ("Ayu", "Lestari", "Ni Made Ayu Lestari"),
    ("Gede", "Wirawan", "I Gede Pasek Wirawan"),
    ("Umbu Rey", "Hunga", "Umbu Rey Hunga"),
]
MONTHS = [
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
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def person() -> tuple[str, str, str]:
    c = R.random()
    if c < 0.1:
        return R.choice(WHOLE_T)
    given = R.choice(GIVEN_M if R.random() < 0.5 else GIVEN_F)
    family = R.choice(FAMILY2) if R.random() < 0.12 else R.choice(FAMILY)
    full = f"{given} {family}"
    if R.random() < 0.15:
        full = f"{given} {R.choice(GIVEN_M + GIVEN_F)} {family}"
    elif R.random() < 0.08:
        full = f"{given[0]}. {family}"
    return given, family, full


def money() -> str:
    n = R.choice([5, 10, 15, 25, 50, 75, 100, 150, 200, 250, 300, 350, 500, 750, 1000, 1500, 2500])
    v = f"{n * 1000:,}".replace(",", ".")
    return R.choice(
        [
            f"Rp {v}",
            f"Rp{v}",
            f"Rp. {v},-",
            f"{n} ribu" if n < 1000 else f"Rp {v}",
            f"{n}rb" if n < 1000 else f"Rp{v}",
        ]
    )


def date() -> str:
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])
    return R.choice(
        [
            f"{dd:02d}/{mm:02d}/{yy}",
            f"{dd} {MONTHS[mm - 1]} {yy}",
            f"{dd}-{mm:02d}-{yy}",
            f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
        ]
    )


def ticket() -> str:
    return R.choice(
        [
            f"{d(4)}-{d(4)}-{d(3)}",
            f"#LPR-2026-{d(4)}-{d(4)}",
            f"LAPOR-5371-2026-{d(5)}",
            f"KK1708-{d(6)}",
            f"{d(10)}",
            f"TKT/{d(4)}/XI/2026",
        ]
    )


SIMPLE = {
    "NIK": lambda: nik_fmt(nik_digits()),
    "NIKB": lambda: nik_digits(),
    "NIKG": lambda: nik_fmt(nik_digits(), "g"),
    "NIKD": lambda: nik_fmt(nik_digits(), "d"),
    "NIKO": lambda: ocr(nik_digits(), R.randint(1, 3)),
    "KK": lambda: nik_fmt(kk_digits(), R.choice("bbgd")),
    "KKB": kk_digits,
    "NPWP": npwp_any,
    "NPWPO": npwp_old,
    "NPWPN": lambda: nik_digits() if R.random() < 0.7 else g4(nik_digits()),
    "CVNPWP": lambda: npwp_old() if R.random() < 0.8 else "0" + d(15),
    "HP": lambda: hp_fmt(mobile_digits()),
    "HPB": lambda: mobile_digits(),
    "HPI": lambda: hp_fmt(mobile_digits(), R.choice("iIjJ")),
    "HPO": lambda: ocr(mobile_digits(), 2),
    "SCAM": lambda: hp_fmt(mobile_digits()),
    "WAK": lambda: hp_fmt(
        R.choice(["0811", "0812", "0813", "0821", "0852"]) + d(8), R.choice("dsb")
    ),
    "TELR": land_fmt,
    "TELK": office_line,
    "OFFMAIL": lambda: R.choice(OFFMAIL),
    "SCAMMAIL": lambda: R.choice(SCAMMAIL),
    "BPJS": lambda: "000" + d(10),
    "BPJSG": lambda: (lambda s: f"{s[:4]} {s[4:8]} {s[8:12]} {s[12]}")("000" + d(10)),
    "BRI": lambda: bank("BRI"),
    "BNI": lambda: bank("BNI"),
    "MDR": lambda: bank("MDR"),
    "BCA": lambda: bank("BCA"),
    "NTT": lambda: bank("NTT"),
    "PLATE": plate,
    "ADDR": addr,
    "ADDRS": lambda: f"{R.choice(['Jl.', 'Jl', 'Gg.'])} {street()} No. {R.randint(1, 140)}",
    "ADDRRT": lambda: (
        f"{R.choice(['Jl.', 'Jalan', 'Gg.'])} {street()} No. {R.randint(1, 140)}, {rt()}"
    ),
    "RT": rt,
    "RTC": lambda: f"{R.randint(1, 40):03d}/{R.randint(1, 12):03d}",
    "NRT": lambda: f"{R.randint(1, 40):02d}",
    "NRW": lambda: f"{R.randint(1, 12):02d}",
    "KEL": lambda: R.choice(KEL),
    "KEC": lambda: R.choice(KEC),
    "KELS": lambda: slug(R.choice(KEL)),
    "STREET": street,
    "PST": lambda: R.choice(PSTREETS),
    "PKM": lambda: R.choice(PKM),
    "RS": lambda: R.choice(RS),
    "SCHOOL": lambda: R.choice(SCHOOL),
    "MARKET": lambda: R.choice(MARKET),
    "SHOP": lambda: R.choice(SHOP),
    "CV": lambda: R.choice(CV),
    "OFFICE": lambda: R.choice(OFFICE),
    "RP": money,
    "DATE": date,
    "TIME": lambda: f"{R.randint(6, 22):02d}.{R.randint(0, 59):02d}",
    "DAY": lambda: R.choice(DAYS),
    "MONTH": lambda: R.choice(MONTHS),
    "YEAR": lambda: str(R.randint(2015, 2025)),
    "DAYN": lambda: str(R.randint(1, 28)),
    "N": lambda: str(R.randint(1, 9)),
    "AGE": lambda: str(R.randint(19, 84)),
    "TIKET": ticket,
    "NOP": lambda: f"53.71.0{R.randint(10, 60)}.0{R.randint(10, 40)}.0{d(2)}-{d(4)}.0",
    "NIP": lambda: (
        f"19{R.randint(65, 95)}{R.randint(1, 12):02d}{R.randint(1, 28):02d} 20{R.randint(0, 20):02d}{R.randint(1, 12):02d} {R.randint(1, 2)} {d(3)}"
    ),
    "NISN": lambda: "00" + d(8),
    "VA": lambda: R.choice([f"8808 {d(4)} {d(4)} {d(4)}", f"88{d(14)}", f"BRIVA {d(5)} {d(10)}"]),
    "BILL": lambda: "8" + d(14),
    "IDPLN": lambda: R.choice(["5312" + d(8), f"53{d(2)} {d(4)} {d(4)}"]),
    "TOKEN": lambda: g4(d(20), R.choice([" ", "-"])),
    "SURAT": lambda: R.choice(
        [
            f"{R.randint(100, 900)}/{R.randint(10, 999)}/INSP/2026",
            f"503/PBG/2026/{d(5)}",
            f"5371-LU-{d(8)}-{d(4)}",
            f"{R.randint(400, 800)}/{R.randint(1, 999)}/DKK/XI/2026",
        ]
    ),
    "SAMB": lambda: f"0{R.randint(1, 9)}-{R.randint(1, 12):02d}-{d(6)}",
    "TRX": lambda: "2026" + d(12),
    "TRXS": lambda: "".join(R.choice("0123456789ABCDEF") for _ in range(16)),
    "NIB": lambda: "91" + d(11),
    "IMGD": lambda: f"2026{R.randint(1, 12):02d}{R.randint(1, 28):02d}_{d(6)}",
    "KPJ": lambda: "KPJ " + d(11),
}
PERSONAL = {"FULL", "GIV", "LN", "EMAIL", "EMAILD"}
SLOT = re.compile(r"\{([A-Za-z]+)(\d?)(\^?)\}")


def fill(template: str) -> str:
    cache: dict[tuple[str, str], str] = {}
    people: dict[str, tuple[str, str, str]] = {}

    def who(n: str) -> tuple[str, str, str]:
        if n == "":
            return person()
        if n not in people:
            while True:
                p = person()
                if all(p[1] != q[1] and p[0] != q[0] for q in people.values()):
                    break
            people[n] = p
        return people[n]

    def value(key: str, n: str) -> str:
        if key in PERSONAL:
            p = who(n)
            if key == "FULL":
                return p[2]
            if key == "GIV":
                return p[0]
            if key == "LN":
                return p[1]
            if (key, n) not in cache or n == "":
                mail = email_for(p[0], p[1])
                cache[(key, n)] = dodge(mail) if key == "EMAILD" else mail
            return cache[(key, n)]
        if n == "":
            return SIMPLE[key]()
        if (key, n) not in cache:
            cache[(key, n)] = SIMPLE[key]()
        return cache[(key, n)]

    def sub(m: re.Match[str]) -> str:
        raw, n, up = m.group(1), m.group(2), m.group(3)
        key = raw.upper()
        if key not in SIMPLE and key not in PERSONAL:
            raise KeyError(raw)
        v = value(key, n)
        if raw.islower():
            v = v.lower()
        if up:
            v = v.upper()
        return v

    return SLOT.sub(sub, template)


LABEL = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)


def strip(marked: str) -> tuple[str, list[dict[str, object]]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in LABEL.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        val = m.group(2)
        spans.append({"kind": m.group(1), "start": length, "end": length + len(val)})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def check(text: str, spans: list[dict[str, object]], values: list[str], where: str) -> None:
    if "[[" in text or "]]" in text or "{" in text or "}" in text:
        raise ValueError(f"{where}: marker or placeholder left")
    last = -1
    for sp, val in zip(spans, values):
        k, s, e = sp["kind"], int(sp["start"]), int(sp["end"])  # type: ignore[call-overload]
        if k not in KINDS:
            raise ValueError(f"{where}: kind {k}")
        if not val or text[s:e] != val:
            raise ValueError(f"{where}: span value")
        if s < last:
            raise ValueError(f"{where}: overlap")
        last = e
        ok_first = val[0].isalnum() or (k == "phone" and val[0] in "+(")
        if not ok_first or not val[-1].isalnum():
            raise ValueError(f"{where}: edge {val!r}")
        if k == "name" and val.split()[0].lower().rstrip(".") in {t.rstrip(".") for t in TITLES}:
            raise ValueError(f"{where}: title opens name {val!r}")
    covered = [(int(sp["start"]), int(sp["end"])) for sp in spans]  # type: ignore[call-overload]
    for val in set(values):
        if len(val) < 3:
            continue
        for m in re.finditer(r"(?<![0-9A-Za-z])" + re.escape(val) + r"(?![0-9A-Za-z])", text, re.I):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                raise ValueError(f"{where}: unlabelled repeat of {val!r}")


def build(templates: list[tuple[str, str]]) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    uses: dict[str, int] = {}
    for number, (style, template) in enumerate(templates):
        for _ in range(3):
            for _attempt in range(50):
                marked = fill(template)
                if style == "sms_caps":
                    marked = re.sub(
                        r"\[\[([A-Z_]+):", lambda m: f"[[{m.group(1).lower()}:", marked.upper()
                    )
                text, spans = strip(marked)
                values = [str(m.group(2)) for m in LABEL.finditer(marked)]
                try:
                    check(text, spans, values, f"template {number} ({style})")
                except ValueError as error:
                    if "repeat" not in str(error):
                        raise
                    continue
                if text not in seen:
                    break
            else:
                raise ValueError(f"template {number}: no new text")
            seen.add(text)
            uses[template] = uses.get(template, 0) + 1
            records.append({"text": text, "spans": spans, "style": style})
    if max(uses.values()) > 3:
        raise ValueError("a template used more than 3 times")
    R.shuffle(records)
    return [{"id": f"b10-{i:04d}", **r} for i, r in enumerate(records, start=1)]


def main() -> None:
    records = build(TEMPLATES)
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for r in records:
            stream.write(
                json.dumps(
                    {"id": r["id"], "text": r["text"], "spans": r["spans"], "style": r["style"]},
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"{len(records)} texts written to {OUT.name}", file=sys.stderr)


TEMPLATES: list[tuple[str, str]] = []


def T(style: str, *texts: str) -> None:
    for t in texts:
        TEMPLATES.append((style, t))


T(
    "sms_caps",
    "KOTKUPANG SAYA [[name:{FULL1}]] NIK [[nik:{NIKB}]] WARGA [[address:{RT}]] KEL {KEL}. KTP ELEKTRONIK SAYA SUDAH 8 BULAN BELUM JADI, TIAP KE DUKCAPIL DIBILANG BLANKO HABIS. MOHON BANTUAN. HP [[phone:{HPB}]]",
    "KOTKUPANG AIR PDAM DI {PST} DEPAN {SCHOOL} SUDAH 2 MINGGU TIDAK JALAN TAPI TAGIHAN BULAN INI {RP}. NO SAMBUNGAN {SAMB}. TOLONG DICEK",
    "KOTKUPANG LAPOR, ADA SMS MENGAKU DARI {OFFICE} MINTA TRANSFER {RP} UNTUK PENCAIRAN BANSOS, NOMOR {SCAM}. HATI2 JANGAN PERCAYA. PENGADUAN RESMI CUKUP KE 1708",
    "KOTKUPANG YTH BAPAK WALI KOTA, NPWP SAYA [[npwp:{NPWPO}]] DIBLOKIR PADAHAL SUDAH LAPOR SPT TGL {DATE}. NAMA [[name:{FULL1}]] HP [[phone:{HP}]] EMAIL [[email:{EMAIL1}]]",
    "KOTKUPANG JALAN DI {PST} LUBANG BESAR DEKAT {MARKET}, SUDAH 3 MOTOR JATUH MINGGU INI. MOHON DINAS PUPR SEGERA TAMBAL. HOTLINE PUPR {TELK} TIDAK DIANGKAT",
    "KOTKUPANG ANAK SAYA [[name:{GIV2}]] DI {SCHOOL} DIMINTA BAYAR UANG KOMITE {RP} PADAHAL KAMI PENERIMA PIP. NAMA ORTU [[name:{FULL1}]] NIK [[nik:{NIK}]] TLP [[phone:{HP}]]",
    "KOTKUPANG TANAH SAYA DI KEL {KEL} DISEROBOT KELUARGA [[name:{LN2}]]. SHM ATAS NAMA [[name:{FULL1}]], NOP {NOP}. MOHON BPN TURUN. HP [[phone:{HP}]] NPWP [[npwp:{NPWP}]]",
    "KOTKUPANG BPJS SAYA NO [[bpjs:{BPJS}]] TIDAK AKTIF PADAHAL PESERTA PBI. DI {PKM} SAYA DISURUH BAYAR UMUM {RP}. [[name:{FULL1}]] [[address:{ADDR}]] KEL {KEL}",
    "KOTKUPANG TERIMA KASIH PETUGAS DLHK SUDAH ANGKUT SAMPAH DI {PST} TADI PAGI JAM {TIME}. SEMOGA RUTIN. TIKET {TIKET}",
    "KOTKUPANG SAYA SOPIR BEMO JURUSAN {KEL}-{KEL}, PLAT [[plate:{PLATE}]]. KEMARIN DITILANG TANPA SURAT, DIMINTA UANG {RP}. SAYA [[name:{FULL1}]] HP [[phone:{HP}]]",
    "KOTKUPANG MOHON INFO SYARAT PINDAH DOMISILI DARI KAB KUPANG KE KOTA. KK SAYA NO [[kk:{KK}]], NIK [[nik:{NIK}]]. NAMA [[name:{FULL1}]]. NPWP [[npwp:{NPWPN}]] JUGA HARUS DIGANTI KAH?",
    "KOTKUPANG PEDAGANG {MARKET} MINTA LAMPU LOS IKAN DIPERBAIKI, RETRIBUSI {RP} TIAP HARI TETAP DITARIK. KARCIS NO {N}{N}{N}{N}. KAMI TUNGGU JAWABAN DINAS PASAR",
    "KOTKUPANG NAMA SAYA [[name:{FULL1}]], GURU HONOR DI {SCHOOL}. GAJI 4 BULAN BELUM MASUK KE REK BRI [[bank_account:{BRI}]]. MOHON DIBANTU. EMAIL [[email:{EMAIL1}]] NPWP [[npwp:{NPWP}]]",
    "KOTKUPANG AWAS PENIPUAN! ADA WA MENGAKU PETUGAS DUKCAPIL MINTA FOTO KTP DAN KODE OTP, NOMOR {SCAM}, EMAIL DIA {SCAMMAIL}. SAYA [[name:{FULL1}]] SUDAH HAMPIR KENA. HP SAYA [[phone:{HP}]]",
    "KOTKUPANG LAMPU JALAN DI {PST} MATI DARI TGL {DATE}, GELAP SEKALI DAN RAWAN BEGAL. ID PELANGGAN PJU {IDPLN}. MOHON DICEK",
    "KOTKUPANG SY [[name:{FULL1}]] NIK [[nik:{NIKG}]] NPWP [[npwp:{NPWPO}]] MAU URUS IZIN USAHA KIOS DI {MARKET} TAPI OSS ERROR TERUS. NIB {NIB}. TLG BANTU. WA [[phone:{HPI}]]",
    "KOTKUPANG LAPORAN SAYA NO {TIKET} BELUM ADA TINDAK LANJUT 30 HARI. GORONG2 TERSUMBAT DI [[address:{RT}]] KEL {KEL}, AIR MASUK RUMAH. DARI [[name:{FULL1}]] [[phone:{HP}]] [[email:{EMAIL1}]]",
    "KOTKUPANG BANSOS BPNT BULAN {MONTH} BELUM CAIR, KARTU KKS ATAS NAMA IBU SAYA [[name:{FULL2}]] NIK [[nik:{NIK}]] KK [[kk:{KK}]]. SAYA ANAKNYA [[name:{FULL1}]] HP [[phone:{HP}]]",
    "KOTKUPANG PBB RUMAH SAYA NAIK DARI {RP} JADI {RP}. NOP {NOP}, KODE BILLING {BILL}. MOHON BAPENDA JELASKAN. WAJIB PAJAK [[name:{FULL1}]] NPWP [[npwp:{NPWP}]] EMAIL [[email:{EMAIL1}]]",
    "KOTKUPANG DI DEPAN {RS} BANYAK PARKIR LIAR, TARIF {RP} PADAHAL KARCIS RESMI {RP}. MOHON DISHUB TERTIBKAN. CALL CENTER 112 SUDAH DIHUBUNGI",
    "KOTKUPANG MOHON UPDATE, EMAIL DARI {OFFMAIL} BILANG BERKAS SAYA KURANG. SUDAH SAYA KIRIM DARI [[email:{EMAIL1}]] TGL {DATE}. NIK [[nik:{NIK}]] A.N. [[name:{FULL1}]]",
    "KOTKUPANG AIR TANGKI DARI DINAS DIJUAL {RP} PER TANGKI PADAHAL GRATIS. SOPIR MINTA UANG BENSIN. WA CENTER PDAM {WAK} TIDAK BALAS. KAMI WARGA {KEL}",
)

T(
    "sms_plain",
    "kotkupang sy [[name:{full1}]] dr kel {KEL}, mau tanya knp ktp sy blm jd2 pdhl sdh rekam bln {MONTH}. nik [[nik:{NIKB}]]. tks",
    "KOTKUPANG air pdam di rmh sy [[address:{ADDR}]] mati total 5 hr. no pelanggan {SAMB}. hp sy [[phone:{HPB}]] email [[email:{EMAIL}]]",
    "kotkupang lapor {PST} rusak parah dkt {SCHOOL}, anak2 sekolah jatuh. tlg dinas pupr. tks",
    "kotkupang sy dpt sms dr {SCAM} ngaku dr bank ntt, minta no rek & pin. sy tdk kasih. mohon diblokir. sy [[name:{full1}]], no sy [[phone:{HP}]]",
    "Kotkupang sy pedagang sayur {MARKET} nama [[name:{FULL1}]], lapak sy dibongkar satpol pp tnp pemberitahuan. npwp sy [[npwp:{NPWP}]] sdh bayar retribusi trs. wa [[phone:{HP}]]",
    "kotkupang knp bantuan pkh ibu sy [[name:{full2}]] dihentikan? nik [[nik:{NIK}]] kk [[kk:{KK}]] rt kami [[address:{RT}]]. sy [[name:{giv1}]] anaknya [[phone:{HP}]]",
    "kotkupang info dong cara daftar bpjs mandiri utk bayi baru lahir. kartu ibunya [[bpjs:{BPJS}]] a.n [[name:{full1}]]. email [[email:{EMAIL1}]]",
    "kotkupang sampah di tps {KEL} sdh 2 mgg tdk diangkut bau skali. dlhk tlg. tiket lapor {TIKET}",
    "kotkupang sy guru honor [[name:{full1}]] di {SCHOOL}, bendahara minta npwp semua guru honor. ini punya sy [[npwp:{NPWPN}]]. bgmn kalau tdk ada? hp [[phone:{HP}]]",
    "kotkupang tlg cek email sy [[email:{EMAILD1}]] blm trm balasan dr dukcapil soal akta anak sy [[name:{GIV2}]]. sy [[name:{full1}]]",
    "kotkupang ada truk plat [[plate:{PLATE}]] buang puing bangunan di kali {KEL} tiap mlm jam {TIME}. sy lihat sendiri. nama sy jgn disebut",
    "kotkupang harga minyak tanah di pangkalan {KEL} {RP}/liter, het cuma {RP}. pangkalan tu nomor {SCAM}. mohon disperindag cek",
    "kotkupang mau tanya, npwp sy [[npwp:{NPWPO}]] namanya tertulis salah jd [[name:{FULL2}]] pdhl nama sy [[name:{FULL1}]]. hrs ke kpp mana? [[phone:{HP}]]",
    "kotkupang lampu pju {PST} mati smua dr tgl {DATE}. no tiket pln {TIKET}. tks",
    "kotkupang sy [[name:{FULL1}]] warga [[address:{RT}]] kel {KEL}. tetangga buka bengkel las smp jam 12 mlm, bising. sdh lapor ketua rt tp tdk ada tindakan. [[phone:{HP}]]",
    "kotkupang sy mau bayar pbb tp kode billing {BILL} expired trs. nop {NOP}. npwp sy [[npwp:{NPWP}]] email [[email:{EMAIL}]]",
    "kotkupang pungli di loket samsat, biaya balik nama motor [[plate:{PLATE}]] diminta {RP} lebih. kwitansi tdk ada. sy [[name:{full1}]] nik [[nik:{NIK}]]",
    "kotkupang ada info lowongan di {OFFICE}? katanya kirim lamaran ke {SCAMMAIL} dgn biaya {RP}. itu resmi ka? tks",
    "kotkupang bidan di {PKM} bilang imunisasi anak sy hrs bayar {RP}. anak sy [[name:{GIV2}]] umur {N} bln. nama ibu [[name:{full1}]] wa [[phone:{HP}]] bpjs anak [[bpjs:{BPJS}]]",
    "kotkupang sumur bor bantuan di [[address:{RT}]] kel {KEL} rusak sejak {MONTH}, kami beli air tangki {RP}. hub sy [[phone:{HP}]] ([[name:{giv1}]])",
    "kotkupang angkot lampu 5 sering ugal2an, kmrn sore hampir tabrak anak sekolah di {PST} jam {TIME}. tlg dishub tegur",
    "Kotkupang sy [[name:{FULL1}]] npwp [[npwp:{NPWPO}]] nik [[nik:{NIK}]], spt thn {YEAR} sdh lapor tp muncul tagihan denda {RP}. email sy [[email:{EMAIL1}]]",
)

T(
    "whatsapp_group",
    "[{DATE} {TIME}] [[name:{FULL1}]]: bapa2 mama2, air PDAM di [[address:{RT}]] su mati 4 hari\n[{DATE} {TIME}] [[name:{full2}]]: sama di sini. sa su telp hotline PDAM {TELK} tapi sonde angkat\n[{DATE} {TIME}] Admin Kelurahan: mohon sabar, petugas turun besok",
    "[{TIME}] [[name:{giv1}]]: ini nomor petugas Dukcapil yang bantu sa kemarin: [[phone:{HP}]], namanya [[name:{FULL2}]]\n[{TIME}] [[name:{GIV3}]]: makasih kaka, sa mau urus KK baru",
    "Grup RT {NRT}: Info dari kelurahan: pembagian beras bantuan hari {DAY} jam {TIME} di kantor lurah {KEL}. Bawa KTP dan KK asli. WA center Dinsos {WAK}. Jangan layani yang minta uang.",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Hati2 grup, ada yg telpon dari {SCAM} mengaku petugas PKH minta kode OTP\n[{DATE} {TIME}] [[name:{FULL2}]]: Sa ju dapat, dia kirim email dari {SCAMMAIL}\n[{DATE} {TIME}] [[name:{full3}]]: lapor ke 1708 sa",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Tolong bantu sebar. Sa pung adik [[name:{GIV2}]] hilang sejak kemarin sore, terakhir di {MARKET}. Kalau lihat hubungi [[phone:{HP}]] atau [[phone:{HP}]]",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Ini data usulan BLT dari sa pung RT:\n1. [[name:{FULL2}]] ({AGE}) NIK [[nik:{NIK}]]\n2. [[name:{FULL3}]] ({AGE}) NIK [[nik:{NIK}]]\n3. [[name:{FULL4}]] ({AGE}) NIK [[nik:{NIK}]]\n[{DATE} {TIME}] Admin Kelurahan: Diterima, terima kasih Pak RT",
    "[{TIME}] Info Kelurahan {KEL}: Pemadaman listrik hari {DAY} jam {TIME}-{TIME} untuk pemeliharaan jaringan. Pelanggan ID PLN {IDPLN} s/d {IDPLN} terdampak. Info PLN 123.",
    "[{DATE} {TIME}] [[name:{full1}]]: sapa tau bengkel yang bisa derek? oto sa [[plate:{PLATE}]] mogok di {PST}\n[{DATE} {TIME}] [[name:{FULL2}]]: coba Bengkel Maju Motor, WA bengkel {SCAM}\n[{DATE} {TIME}] [[name:{full1}]]: oke makasih",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Bapa ibu, yang belum kumpul NPWP untuk honor panitia, kirim ke sa pung email [[email:{EMAIL1}]]\n[{DATE} {TIME}] [[name:{FULL2}]]: Ini sa pung NPWP [[npwp:{NPWPO}]]\n[{DATE} {TIME}] [[name:{FULL3}]]: NPWP sa [[npwp:{NPWP}]], email [[email:{EMAIL3}]]",
    "[{DATE} {TIME}] Grup Pedagang {MARKET}: Pengumuman Dinas Pasar: retribusi kios naik jadi {RP}/bulan mulai {MONTH}. Bayar lewat VA Bank NTT {VA}. Pertanyaan ke UPT Pasar {TELK}.",
    "[{DATE} {TIME}] [[name:{GIV1}]]: Pak Lurah, sa [[name:{FULL1}]] warga [[address:{RT}]]. Got depan rumah su tersumbat, air masuk rumah\n[{DATE} {TIME}] Lurah {KEL}: Baik ibu, besok kami turun. Bisa kirim nomor HP?\n[{DATE} {TIME}] [[name:{GIV1}]]: [[phone:{HP}]]",
    "[{DATE} {TIME}] [[name:{full1}]]: kaka dong, sa pung anak [[name:{GIV2}]] su terdaftar PIP ko sonde? NISN {NISN}\n[{DATE} {TIME}] [[name:{FULL3}]]: cek di web pip sa, masukkan NISN deng NIK anak\n[{DATE} {TIME}] [[name:{full1}]]: NIK dia [[nik:{NIK}]]. tapi sa sonde tau caranya",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Foto KTP yang tercecer di {MARKET} pagi tadi. NIK [[nik:{NIKG}]] atas nama [[name:{FULL2^}]]. Kalau kenal tolong kabari, sa titip di pos satpam",
    "[{TIME}] Humas Pemkot: Layanan pengaduan: SMS 1708 ketik KOTKUPANG spasi isi laporan, email {OFFMAIL}, atau lapor.go.id. Jangan layani yang minta imbalan. Nomor tiket dikirim seperti {TIKET}.",
    "[{DATE} {TIME}] [[name:{FULL1}]]: sa mau jual tanah 1 kapling di {KEL}, SHM lengkap. yang minat hubungi sa [[phone:{HP}]]\n[{DATE} {TIME}] [[name:{FULL2}]]: hati2 e, tanah itu masih sengketa deng keluarga [[name:{LN3}]]\n[{DATE} {TIME}] [[name:{FULL1}]]: sonde ada sengketa, NOP {NOP} atas nama sa",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Sapa yang hilang dompet di bemo jurusan {KEL}? Ada KTP [[name:{FULL2}]], kartu BPJS [[bpjs:{BPJS}]] deng ATM BRI. Hubungi sopir [[phone:{HP}]]",
    "[{DATE} {TIME}] {PKM}: Jadwal posyandu bulan {MONTH}: Posyandu Bunga Bakung tgl {DAYN}, Posyandu Melati tgl {DAYN}. Info lewat WA puskesmas {WAK}.",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Tolong transfer iuran arisan ke rek BNI [[bank_account:{BNI}]] a.n. [[name:{FULL1}]], paling lambat {DAY}\n[{DATE} {TIME}] [[name:{full2}]]: su transfer {RP} e",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Bapa mama, email untuk kirim berkas beasiswa bukan {SCAMMAIL}, itu palsu! Kirim ke {OFFMAIL} atau ke sa langsung [[email:{EMAIL1}]], WA [[phone:{HP}]]",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Rapat RT jam {TIME} di rumah Pak RT [[name:{FULL2}]], [[address:{ADDR}]]. Bahas iuran sampah RT {NRT}\n[{DATE} {TIME}] [[name:{full3}]]: siap",
    "[{DATE} {TIME}] Grup Warga {KEL}: Ada yg kirim link undian atas nama Bank NTT, minta isi NIK dan nomor rekening. Itu penipuan! CS resmi Bank NTT {TELK}.",
    "[{DATE} {TIME}] [[name:{FULL1}]]: Yang mau ikut pelatihan UMKM, kirim nama, NIK deng NPWP ke sa\n[{DATE} {TIME}] [[name:{FULL2}]]: [[name:{FULL2}]], NIK [[nik:{NIKB}]], NPWP [[npwp:{NPWPO}]]\n[{DATE} {TIME}] [[name:{full3}]]: sa pung NPWP [[npwp:{NPWPN}]], email [[email:{EMAIL3}]]",
)

T(
    "web_form",
    "Judul Laporan: KTP-el belum terbit\nNama Pelapor: [[name:{FULL1}]]\nNIK: [[nik:{NIKB}]]\nNo. HP: [[phone:{HP}]]\nEmail: [[email:{EMAIL1}]]\nAlamat: [[address:{ADDRRT}]], Kel. {KEL}, Kec. {KEC}\nIsi Laporan: Saya sudah rekam KTP-el sejak {DATE} di Dukcapil, sampai sekarang belum terbit.",
    "Kategori: Perpajakan\nNama: [[name:{FULL1^}]]\nNPWP: [[npwp:{NPWP}]]\nTelepon: [[phone:{HP}]]\nIsi: Saya tidak bisa login DJP Online sejak pemadanan NIK-NPWP. Kode verifikasi dikirim ke email lama saya [[email:{EMAIL1}]] yang sudah tidak aktif.",
    "Kategori: Infrastruktur\nLokasi: {PST}, Kel. {KEL}\nIsi Laporan: Drainase di depan {SCHOOL} tertutup material proyek sejak {DATE}. Setiap hujan air meluap ke jalan. Nomor kontrak proyek {SURAT}.\nLampiran: IMG_{IMGD}.jpg\nStatus: Menunggu verifikasi (tiket {TIKET})",
    'Form Pengaduan Online Dukcapil\nNama Lengkap : [[name:{FULL1^}]]\nNIK : [[nik:{NIK}]]\nNo. KK : [[kk:{KK}]]\nJenis Layanan : Perubahan data KK\nKeterangan : Nama ibu saya tertulis "[[name:{FULL2}]]", seharusnya [[name:{FULL3}]].\nWhatsApp : [[phone:{HPI}]]',
    "Nama: [[name:{FULL1}]]\nEmail: [[email:{EMAIL1}]]\nPesan: Saya menerima email dari {SCAMMAIL} yang mengaku dari Kemensos, meminta NPWP dan NIK saya. NPWP saya [[npwp:{NPWPO}]] sudah terlanjur saya kirim. Mohon ditindak.",
    "Tanggapan Instansi ({OFFICE}): Terima kasih atas laporan Anda. Permohonan PBG nomor {SURAT} sedang diverifikasi. Cek status lewat {OFFMAIL} atau telepon {TELK} pada jam kerja Senin-Jumat 08.00-15.00.",
    "Identitas Pelapor\nNama : [[name:{FULL1}]]\nNo. BPJS/KIS : [[bpjs:{BPJS}]]\nHP : [[phone:{HP}]]\nUraian : Ibu saya [[name:{FULL2}]] (NIK [[nik:{NIK}]]) dirujuk dari {PKM} ke {RS}, tetapi diminta membayar obat {RP} padahal peserta PBI.",
    "Nama Wajib Pajak: [[name:{FULL1}]]\nNPWP: [[npwp:{NPWPN}]]\nNOP: {NOP}\nAlamat Objek Pajak: {PST}, Kel. {KEL}\nAlamat Wajib Pajak: [[address:{ADDR}]], Kupang\nKeluhan: SPPT PBB {YEAR} mencantumkan luas bangunan 240 m2, padahal rumah saya hanya 72 m2.",
    "Judul: Pungutan di sekolah\nKategori: Pendidikan\nIsi: {SCHOOL} meminta uang seragam {RP} dan uang buku {RP} kepada siswa baru, dibayar ke rekening komite sekolah. Mohon Dinas Pendidikan menertibkan.\nAnonim: Ya\nNomor laporan: {TIKET}",
    "Pelapor: [[name:{FULL1}]]\nKontak: [[phone:{HP}]] / [[email:{EMAIL1}]]\nTerlapor: oknum juru parkir di {MARKET}\nKronologi: Tanggal {DATE} jam {TIME} saya parkir motor [[plate:{PLATE}]], diminta {RP} tanpa karcis. Saat saya protes, petugas marah.",
    "Formulir Permohonan Bantuan Sosial\nNama KK : [[name:{FULL1^}]]\nNo. KK : [[kk:{KKB}]]\nNIK : [[nik:{NIKB}]]\nAlamat : [[address:{ADDRRT}]]\nNo. Rek BRI : [[bank_account:{BRI}]]\nNama di rekening : [[name:{FULL1^}]]",
    "Kategori: Air Bersih\nIsi: Meter air PDAM nomor sambungan {SAMB} di perumahan kami berputar terus walau keran tertutup. Tagihan bulan {MONTH} {RP}, biasanya {RP}. Hotline PDAM {TELK} sibuk terus.",
    "Nama: [[name:{full1}]]\nNo HP/WA: [[phone:{HPB}]]\nEmail: [[email:{EMAILD1}]]\nIsi laporan: Saya penjual kue rumahan. Mau daftar NIB tapi OSS minta NPWP, dan NPWP saya [[npwp:{NPWP}]] katanya tidak valid. Tolong.",
    "Data Pelapor (tidak ditampilkan)\nNama: [[name:{FULL1}]]\nNIK: [[nik:{NIKG}]]\nAlamat: [[address:{ADDRRT}]]\nHP: [[phone:{HP}]]\nLaporan: Menara telekomunikasi dibangun di samping rumah tanpa sosialisasi. Nomor izin yang ditempel {SURAT}.",
    "Status laporan #{TIKET}\n{DATE} {TIME} - Laporan diteruskan ke {OFFICE}\n{DATE} {TIME} - Instansi meminta data tambahan\n{DATE} {TIME} - Selesai. Tanggapan: lampu PJU di {PST} telah diganti, ID PJU {IDPLN}.",
    "Nama Pemohon: [[name:{FULL1}]]\nNPWP Pribadi: [[npwp:{NPWPO}]]\nNama Usaha: {CV}\nNPWP Badan: {CVNPWP}\nEmail: [[email:{EMAIL1}]]\nKeluhan: Permohonan izin reklame sudah 60 hari tanpa jawaban.",
    "Nama: [[name:{FULL1}]]\nTelp rumah: [[phone:{TELR}]]\nHP: [[phone:{HP}]]\nIsi: Anjing liar di [[address:{RT}]] Kel. {KEL} menggigit anak saya [[name:{GIV2}]]. Di {PKM} vaksin rabies habis.",
    "Kategori: Transportasi\nIsi laporan: Bus Damri rute Bandara El Tari - Terminal Kupang tidak jalan sesuai jadwal jam {TIME}. Penumpang menunggu lebih dari 1 jam. Nomor pengaduan Damri {WAK} tidak aktif.\nRahasiakan identitas: Ya",
    "Nama: [[name:{FULL1}]]\nEmail: [[email:{EMAIL1}]]\nNPWP: [[npwp:{NPWP}]]\nUraian: Saya dapat tagihan pajak kendaraan untuk [[plate:{PLATE}]] yang sudah saya jual tahun {YEAR} kepada [[name:{FULL2}]]. Blokir STNK sudah saya ajukan.",
    "Nama: [[name:{FULL1}]]\nNo. Telp: [[phone:{HP}]]\nIsi: Rekening BNI [[bank_account:{BNI}]] atas nama saya sudah menerima BLT tahap 1 tapi tahap 2 tidak masuk. NIK [[nik:{NIK}]]. NPWP [[npwp:{NPWPO}]].",
    "Tanggapan: Yth. Pelapor, retribusi sampah dapat dibayar melalui kode bayar {VA}. Untuk keberatan tagihan silakan datang ke loket DLHK, {PST} No. {N}{N}, atau email {OFFMAIL}.",
    "Nama Lengkap: [[name:{FULL1}]]\nNIK: [[nik:{NIKD}]]\nNPWP: [[npwp:{NPWP}]]\nEmail: [[email:{EMAILD1}]]\nHP: [[phone:{HP}]]\nPengaduan: Permohonan PBG rumah tinggal saya nomor {SURAT} ditolak tanpa alasan.",
)

T(
    "email",
    "From: [[name:{FULL1}]] <[[email:{EMAIL1}]]>\nTo: {OFFMAIL}\nSubject: Permohonan informasi KK\n\nSelamat siang, saya ingin menanyakan status perubahan KK nomor [[kk:{KK}]]. Pengajuan saya tanggal {DATE}.\n\nHormat saya,\n[[name:{FULL1}]]\nHP [[phone:{HP}]]",
    "Dari: Humas Pemkot Kupang <{OFFMAIL}>\nKepada: [[name:{FULL1}]] <[[email:{EMAIL1}]]>\nPerihal: Tindak lanjut laporan {TIKET}\n\nYth. Bapak/Ibu, laporan Anda terkait jalan rusak di {PST} sudah diteruskan ke Dinas PUPR.",
    "Subject: Undangan sosialisasi SP4N-LAPOR!\nFrom: {OFFMAIL}\nKepada seluruh pejabat penghubung: sosialisasi dilaksanakan {DATE} pukul {TIME} di Ruang Garuda Balai Kota. Surat nomor {SURAT}. Konfirmasi ke {TELK}.",
    "From: [[name:{LN1}]], [[name:{GIV1}]] <[[email:{EMAIL1}]]>\nSent: {DATE} {TIME}\nTo: {OFFMAIL}\nSubject: NPWP tidak valid\n\nSaya [[name:{FULL1}]], NPWP [[npwp:{NPWPO}]]. Setiap lapor SPT muncul NPWP tidak valid. NIK saya [[nik:{NIK}]].\nTerima kasih.",
    "Pada {DAY}, {DATE} {TIME}, [[name:{FULL1}]] <[[email:{EMAIL1}]]> menulis:\n> Yth. Dinas Kesehatan, anak saya [[name:{GIV2}]] belum dapat imunisasi campak karena vaksin kosong di {PKM}.\n> Mohon info kapan tersedia.\n\nYth. Ibu, vaksin tersedia minggu depan. Salam, Dinkes Kota Kupang",
    "From: noreply@lapor.go.id\nSubject: [LAPOR!] Laporan #{TIKET} telah ditindaklanjuti\nLaporan Anda tentang retribusi {MARKET} telah dijawab oleh {OFFICE}. Jangan membalas email ini. Bantuan: helpdesk@lapor.go.id",
    'To: "Sdr. [[name:{FULL1}]]" <[[email:{EMAIL1}]]>\nCc: [[name:{FULL2}]] <[[email:{EMAIL2}]]>, {OFFMAIL}\nSubject: Re: Sengketa batas tanah {KEL}\n\nMediasi antara keluarga [[name:{LN1}]] dan keluarga [[name:{LN3}]] dijadwalkan {DATE} di kantor kelurahan.',
    "Yth. Bapenda,\nSaya [[name:{FULL1}]], NPWP [[npwp:{NPWPN}]], pemilik rumah di [[address:{ADDR}]]. Tagihan PBB saya dengan NOP {NOP} dobel. Kode billing {BILL} sudah saya bayar {DATE}.\nSalam,\n[[name:{GIV1}]]\n[[phone:{HP}]]",
    "From: Tata Usaha {SCHOOL} <{OFFMAIL}>\nSubject: Pengumuman PPDB\nPPDB jalur zonasi dibuka {DATE}. Simpan nomor pendaftaran {TIKET}.\nTata Usaha {SCHOOL}\nTelp. {TELK} | WA {WAK}",
    "-----Original Message-----\nFrom: [[name:{FULL1}]] [mailto:[[email:{EMAIL1}]]]\nSubject: Rekening pencairan hibah\n\nRekening penerima: Bank NTT [[bank_account:{NTT}]] a.n. [[name:{FULL1}]]. NPWP [[npwp:{NPWP}]]. Mohon dicek.",
    "On {DATE}, [[name:{FULL1}]] <[[email:{EMAIL1}]]> wrote:\n> Kami warga [[address:{RT}]] minta jadwal pengangkutan sampah.\nTerima kasih Pak [[name:{GIV1}]], jadwal angkut hari Selasa dan Jumat.\n--\nDLHK Kota Kupang",
    "Dari: Admin Portal <{OFFMAIL}>\nSubjek: Reset kata sandi\nKlik tautan https://warga:rahasia@portal.kupangkota.go.id/reset untuk mengganti kata sandi. Abaikan bila bukan Anda. Panduan: panduan@2x.png, dikirim {DATE} {TIME}",
    "Kepada Yth. Kepala {OFFICE}\nDengan hormat, saya [[name:{FULL1}]] (email [[email:{EMAILD1}]], HP [[phone:{HP}]]) mengadukan pemotongan dana PIP anak saya [[name:{GIV2}]] di {SCHOOL} sebesar {RP}.\nHormat saya,\n[[name:{FULL1}]]",
    "From: [[name:{FULL1}]] <[[email:{EMAIL1}]]>\nTo: [[name:{FULL2}]] <[[email:{EMAIL2}]]>\nSubject: Fwd: data KK\n\nKak, ini NIK mama: [[nik:{NIK}]], KK [[kk:{KK}]]. Tolong bawa ke Dukcapil besok.",
    "Subject: Konfirmasi pembayaran\nPembayaran BPHTB dengan kode billing {BILL} sebesar {RP} telah diterima {DATE} {TIME}. NTPN {TRXS}. Email ini dikirim otomatis oleh {OFFMAIL}.",
    "Dari: [[name:{FULL1}]] <[[email:{EMAIL1}]]>\nTerkirim: {DATE}\nPerihal: Keberatan retribusi\n\nSaya pemilik kios di {MARKET} (kios sekaligus rumah saya di [[address:{ADDR}]]). NPWP saya [[npwp:{NPWPO}]], HP [[phone:{HP}]].",
    "To: {OFFMAIL}\nSubject: KTP hilang\nSelamat pagi, KTP saya hilang di angkot. NIK [[nik:{NIKD}]], nama [[name:{FULL1}]]. Surat kehilangan dari polsek nomor {SURAT}. Balas ke [[email:{EMAIL1}]] ya.",
    "From: Bagian Organisasi Setda Kota Kupang <{OFFMAIL}>\nSubject: Rekap pengaduan bulan {MONTH}\nTerlampir rekap: {N}14 laporan SMS 1708, {N}7 laporan LAPOR!, 31 surat. Rata-rata tindak lanjut {N} hari. File: rekap_{MONTH}.xlsx",
    "From: [[name:{FULL1}]] <[[email:{EMAIL1}]]>\nSubject: Penipuan atas nama BPJS\n\nSaya dapat email dari {SCAMMAIL} minta transfer ke rek BRI [[bank_account:{BRI}]] a.n. [[name:{FULL2}]] untuk aktivasi kartu. Kartu BPJS saya [[bpjs:{BPJS}]]. Mohon klarifikasi.",
    "Yth. Panitia,\nBerikut data saya untuk seleksi PPPK:\nNama: [[name:{FULL1}]]\nNIK: [[nik:{NIK}]]\nNPWP: [[npwp:{NPWP}]]\nEmail: [[email:{EMAIL1}]]\nHP: [[phone:{HP}]]",
    "From: [[name:{FULL1}]] <[[email:{EMAIL1}]]>\nTo: pengaduan@kupangkota.go.id\nSubject: Air PDAM keruh\n\nAir di rumah kami ([[address:{ADDRRT}]]) keruh kecoklatan sejak {DATE}. No sambungan {SAMB}. Tetangga kami [[name:{FULL2}]] juga sama.",
    "Catatan surel masuk {DATE}: From: [[name:{LN1}]], [[name:{GIV1}]] <[[email:{EMAIL1}]]> - minta salinan SPPT. NPWP [[npwp:{NPWP}]]. Dibalas oleh staf pelayanan.",
)


T(
    "letter",
    "Kupang, {DATE}\nKepada Yth.\nBapak Lurah {KEL}\ndi Tempat\n\nPerihal: Permohonan surat keterangan tidak mampu\n\nDengan hormat, yang bertanda tangan di bawah ini:\nNama : [[name:{FULL1}]]\nNIK : [[nik:{NIK}]]\nAlamat : [[address:{ADDRRT}]]\nmohon diberikan SKTM untuk berobat anak kami [[name:{GIV2}]] di {RS}.\n\nHormat saya,\n[[name:{FULL1}]]",
    "KOP: DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KUPANG\n{PST} No. {N}{N}, Telp. {TELK}\nNomor: {SURAT}\nPerihal: Jawaban atas pengaduan masyarakat\nSehubungan dengan laporan nomor {TIKET}, perbaikan saluran di {PST} dijadwalkan bulan {MONTH}.",
    "Yth. Kepala Kantor Pelayanan Pajak Pratama Kupang\nSaya, [[name:{FULL1}]], NPWP [[npwp:{NPWPO}]], beralamat di [[address:{ADDR}]], mengajukan keberatan atas surat tagihan pajak nomor {SURAT}. Usaha saya perorangan; NPWP pribadi saya bukan NPWP {CV} ({CVNPWP}).\nHormat saya, [[name:{FULL1}]]",
    "SURAT PERNYATAAN\nSaya yang bertanda tangan di bawah ini, [[name:{FULL1}]], NIK [[nik:{NIKG}]], menyatakan bahwa tanah di Kel. {KEL} dengan NOP {NOP} adalah warisan almarhum ayah saya [[name:{FULL2}]] (NIK [[nik:{NIK}]]).\nSaksi: 1. [[name:{FULL3}]] 2. [[name:{FULL4}]]",
    "Kepada Yth. Wali Kota Kupang\nKami, Forum Warga Peduli Kota, menyampaikan keluhan warga RT {NRT} sampai RT {NRT} Kel. {KEL} soal air bersih yang tidak mengalir sejak {MONTH}. Tembusan: Ombudsman RI Perwakilan NTT ({OFFMAIL}).\nKoordinator Forum",
    "Kupang, {DATE}\nHal: Permohonan pindah sekolah\nYth. Kepala {SCHOOL}\nSaya [[name:{FULL1}]], orang tua dari [[name:{FULL2}]] (NISN {NISN}), mohon surat pindah karena kami pindah tugas ke Ende. HP [[phone:{HP}]], email [[email:{EMAIL1}]].\nHormat kami,\n[[name:{FULL1}]]",
    "Perihal: Pengaduan pemotongan honor\nKepada Yth. Kepala Dinas Pendidikan\nSaya [[name:{FULL1}]], S.Pd., guru honor di {SCHOOL}, NPWP [[npwp:{NPWP}]]. Honor saya dipotong {RP} per bulan tanpa penjelasan. Rekening honor saya Bank NTT [[bank_account:{NTT}]].\nTembusan: Inspektorat",
    "PEMERINTAH KOTA KUPANG\nKELURAHAN {KEL^}\nJl. {STREET} No. {N}, Telp. {TELK}\nPENGUMUMAN\nPembayaran PBB tahun 2026 paling lambat {DATE} melalui Bank NTT dengan kode billing. Wajib pajak yang kehilangan SPPT dapat meminta salinan di kantor kelurahan.",
    "Kepada Yth. Kapolresta Kupang Kota\nSaya [[name:{FULL1}]], [[address:{ADDRRT}]], melaporkan kehilangan sepeda motor nomor polisi [[plate:{PLATE}]] pada {DATE} di parkiran {MARKET}. STNK atas nama saya. HP [[phone:{HP}]].\nHormat saya,\n[[name:{FULL1}]]",
    "Dengan hormat,\nKami warga [[address:{RT}]] Kel. {KEL} melaporkan pembangunan gudang milik {CV} yang menutup saluran air. Perwakilan warga: [[name:{FULL1}]] ([[phone:{HP}]]) dan [[name:{FULL2}]] ([[phone:{HP}]]).\nTembusan: Camat {KEC}",
    "SURAT KUASA\nSaya [[name:{FULL1}]], NIK [[nik:{NIK}]], memberi kuasa kepada [[name:{FULL2}]], NIK [[nik:{NIK}]], untuk mengurus akta kematian ayah kami [[name:{FULL3}]] di Dukcapil Kota Kupang. Kartu Keluarga nomor [[kk:{KK}]].\nPenerima kuasa, [[name:{FULL2}]]    Pemberi kuasa, [[name:{FULL1}]]",
    "Nomor : {SURAT}\nLampiran : 1 berkas\nPerihal : Klarifikasi\nMenindaklanjuti surat Ombudsman RI Perwakilan NTT nomor {SURAT}, kami sampaikan bahwa pungutan di {MARKET} sebesar {RP} sesuai Perda.\nKepala Dinas Pasar",
    "Yth. Direktur {RS}\nSaya [[name:{FULL1}]], suami pasien [[name:{FULL2}]] (kartu JKN [[bpjs:{BPJS}]]), keberatan atas tagihan obat {RP} saat rawat inap {DATE}. Untuk kuitansi pengganti: NPWP saya [[npwp:{NPWP}]], email [[email:{EMAIL1}]], HP [[phone:{HP}]].",
    "Perihal: Lampu jalan mati\nDengan hormat, warga RT {NRT1} mengeluhkan lampu jalan di {PST} yang mati sejak {DATE}. Mohon segera diganti.\nHormat kami,\nKetua RT {NRT1}\n[[name:{FULL1}]]\nHP [[phone:{HP}]]",
    "Kepada: {CV}\nAlamat: {PST} No. {N}{N}\nNPWP : {CVNPWP}\nPerihal: Teguran pembayaran retribusi reklame 2026 sebesar {RP}. Harap dibayar dengan kode billing {BILL} sebelum {DATE}.",
    "Kupang, {DATE}\nYth. Kepala Kantor Pertanahan Kota Kupang\nSaya [[name:{FULL1}]] (NIK [[nik:{NIK}]], NPWP [[npwp:{NPWPN}]]) memohon pengukuran ulang tanah di Kel. {KEL} yang berbatasan dengan tanah keluarga [[name:{LN2}]]. Rumah saya di [[address:{ADDR}]].\nHormat saya, [[name:{FULL1}]]",
    "SURAT KETERANGAN DOMISILI\nYang bertanda tangan di bawah ini Lurah {KEL}, menerangkan bahwa:\nNama : [[name:{FULL1^}]]\nNIK : [[nik:{NIK}]]\nAlamat : [[address:{ADDRRT}]]\nbenar berdomisili di wilayah kami.\nLurah {KEL}, [[name:{FULL2}]]",
    "Yth. Bapak/Ibu Orang Tua Siswa\nSekolah tidak memungut biaya apa pun untuk ujian akhir. Laporkan pungutan ke Dinas Pendidikan (telp. {TELK}) atau SMS 1708.\nKepala {SCHOOL}\nNIP {NIP}",
    "Dengan hormat,\nSaya [[name:{FULL1}]], pedagang ikan perorangan di {MARKET}. NPWP pribadi sy [[npwp:{NPWPO}]]. Saya keberatan atas penagihan retribusi ganda. Rekening BRI saya [[bank_account:{BRI}]] untuk pengembalian kelebihan bayar.\nSalam, [[name:{FULL1}]]",
    "Kepada Yth. Dinas Sosial Kota Kupang\nKami keluarga [[name:{LN1}]] di [[address:{ADDR}]] memohon bantuan rehab rumah. Kepala keluarga [[name:{FULL1}]], NIK [[nik:{NIK}]], KK [[kk:{KK}]], no. HP [[phone:{HP}]].",
    "Salam damai,\nSaya [[name:{FULL1}]] dari [[address:{RT}]] Kel. {KEL} mohon Dinas Kesehatan melakukan fogging karena tiga anak di lingkungan kami kena DBD. Email saya [[email:{EMAIL1}]], NPWP [[npwp:{NPWP}]] bila diperlukan untuk laporan.",
    'Yth. Kepala Bapenda Kota Kupang\nSaya [[name:{FULL1}]] (NPWP [[npwp:{NPWPO}]]) memohon pembetulan nama pada SPPT NOP {NOP}: tertulis "[[name:{FULL2^}]]". Salinan KTP terlampir, NIK [[nik:{NIKB}]].\nKontak: [[email:{EMAILD1}]]',
)

T(
    "call_note",
    "Catatan panggilan 1708 - {DATE} {TIME}\nPelapor: [[name:{FULL1}]]\nNo. telp: [[phone:{HP}]]\nLokasi: [[address:{RT}]] Kel. {KEL}\nKeluhan: air PDAM tidak mengalir 6 hari.\nDiteruskan ke: PDAM (hotline {TELK})",
    "Log call center 112 - {DATE}\n{TIME} Penelepon melaporkan pohon tumbang di {PST}, menutup jalan. Diteruskan ke BPBD.\n{TIME} Laporan kecelakaan di depan {MARKET}, ambulans meluncur.\nPetugas: Nanti kami cek",
    "Petugas: Selamat pagi, pengaduan Kota Kupang.\nPenelepon: Pagi, sa [[name:{FULL1}]], mau lapor bansos.\nPetugas: Boleh NIK-nya?\nPenelepon: [[nik:{NIK}]]\nPetugas: Nomor yang bisa dihubungi?\nPenelepon: [[phone:{HP}]]",
    "Pelapor Bpk. [[name:{FULL1}]], warga [[address:{RT}]], telp [[phone:{HP}]]. Melaporkan kendaraan dinas [[plate:{PLATE}]] dipakai ke pesta hari Minggu. Tindak lanjut: Inspektorat.",
    "Rekap panggilan shift pagi {DATE}: 41 panggilan, 12 soal air, 9 jalan, 7 sampah, 5 bansos, 8 lain-lain. Tiket {TIKET} s/d {TIKET}. Panggilan iseng {N}.",
    "Nota telepon {DATE} {TIME}\nPenelepon mengaku [[name:{FULL1}]], NIK [[nik:{NIK}]], minta data KK dicek karena nama anak [[name:{GIV2}]] tidak muncul di KK [[kk:{KK}]]. Disarankan datang ke Dukcapil bawa akta. Callback ke [[phone:{HP}]].",
    "Pelapor: [[name:{FULL1}]] ([[phone:{HP}]])\nTerlapor: aplikasi pinjaman online, nomor penagih {SCAM}\nIsi: Pelapor diteror penagih, foto KTP pelapor (NIK [[nik:{NIK}]]) disebar ke kontak. Disarankan lapor ke OJK 157.",
    "Catatan: Penelepon anonim melaporkan truk tangki mengisi air di sumur bor umum {KEL} untuk dijual {RP} per tangki, jam {TIME}. Diteruskan ke PDAM dan Satpol PP. Tiket {TIKET}.",
    "Catatan 1708\nPelapor: Ibu [[name:{FULL1}]], [[address:{ADDR}]]\nHP: [[phone:{HP}]] / rumah [[phone:{TELR}]]\nKeluhan: tetangga [[name:{FULL2}]] bangun pagar melewati batas tanah.\nArahan: mediasi di kelurahan {KEL}.",
    "Telepon masuk {TIME}: [[name:{full1}]] (NPWP [[npwp:{NPWPO}]]) tanya kenapa NPWP-nya sekarang harus pakai NIK. NIK dia [[nik:{NIK}]]. Email konfirmasi dikirim ke [[email:{EMAIL1}]].",
    "Petugas jaga: {TIME} telepon dari kantor lurah {KEL} ({TELK}) minta truk sampah tambahan untuk kerja bakti. {TIME} Dinas Perhubungan ({TELK}) konfirmasi lampu lalu lintas di {PST} sudah diperbaiki.",
    "Pelapor [[name:{FULL1}]] melapor lewat telepon: kartu KIS [[bpjs:{BPJS}]] ditolak di {PKM}, katanya nonaktif. NIK [[nik:{NIK}]]. Nomor balik [[phone:{HP}]]. Diteruskan ke BPJS Kesehatan (care center 165).",
    "Penelepon: [[name:{FULL1}]], sopir angkot [[plate:{PLATE}]]\nHP: [[phone:{HP}]]\nKeluhan: pungutan liar di terminal {KEL} {RP} per rit oleh oknum yang mengaku petugas Dishub.",
    "{TIME} - [[name:{FULL1}]] telepon lagi soal laporan {TIKET}. Dia kasih nomor lain: [[phone:{HP}]]. Email [[email:{EMAIL1}]]. Masalah: sertifikat tanah belum keluar dari BPN sejak {YEAR}. NPWP [[npwp:{NPWP}]] sudah diserahkan.",
    "Catatan koordinasi {DATE}: Dinas Sosial minta warga yang ditelepon nomor {SCAM} yang mengaku petugas PKH tidak mentransfer uang. Hotline resmi Dinsos {WAK}.",
    "Nama penelepon: [[name:{FULL1}]]\nHubungan: anak dari pasien [[name:{FULL2}]]\nNo. HP: [[phone:{HPI}]]\nKeluhan: Ambulans {PKM} baru datang 2 jam setelah ditelepon. Pasien dirujuk ke {RS}.",
    "Pelapor: [[name:{FULL1}]], pedagang {MARKET}, NPWP [[npwp:{NPWPO}]], HP [[phone:{HP}]]. Lapor: pungutan kebersihan ganda oleh dua petugas berbeda. Karcis no {N}{N}{N} dan {N}{N}{N}.",
    "Callback {DATE}: nomor [[phone:{HP}]] tidak aktif. Coba nomor kedua [[phone:{HP}]], diangkat istri pelapor ([[name:{GIV1}]]). Pelapor [[name:{FULL2}]] sedang kerja.",
    "Pelapor minta namanya dirahasiakan. Lokasi: jembatan di {PST}, pagar pengaman hilang. Waktu: {DATE} {TIME}. Petugas: kami teruskan ke Dinas PUPR. Tiket {TIKET}.",
    "Catatan: Pelapor [[name:{full1}]] minta balasan dikirim ke [[email:{EMAILD1}]] (dia eja sendiri). NIK [[nik:{NIK}]]. Masalah: KTP anaknya [[name:{GIV2}]] tercetak dengan tanggal lahir salah.",
    "Penelepon [[name:{FULL1}]] ([[address:{RT}]] Kel. {KEL}) melapor penipuan: transfer {RP} ke rek BCA [[bank_account:{BCA}]] a.n. [[name:{FULL2}]] untuk beli motor online. Penjual pakai nomor [[phone:{HP}]].",
    "Petugas: Dengan siapa?\nPenelepon: [[name:{FULL1}]], dari [[address:{ADDRRT}]].\nPetugas: Mau lapor apa?\nPenelepon: Saya mau tanya NPWP saya [[npwp:{NPWP}]] kok ada tunggakan. Email saya [[email:{EMAIL1}]].",
)

T(
    "social_comment",
    "[[name:{FULL1}]] Pak Wali tolong lihat jalan di {PST} ini, lubang2 sampai orang jatuh. Sudah lapor 1708 tiket {TIKET} belum ada tindakan 😡",
    "Info Kota Kupang: Pelayanan KTP keliling hari {DAY} di kantor kelurahan {KEL} jam 09.00. Bawa KK asli. Gratis! Yang minta bayar laporkan ke WA center Dukcapil {WAK}. #KotaKupang @pemkotkupang",
    "[[name:{FULL1}]]: Pak Lurah, sa pung mama [[name:{FULL2}]] su 3 bulan sonde dapat PKH. Inbox sa e, nomor sa [[phone:{HP}]]",
    "[[name:{FULL1}]] Awas penipuan!! Nomor {SCAM} ini ngaku dari Dinas Sosial, minta transfer {RP} biar bansos cair. Sa pung tanta su kena 😭",
    "[[name:{FULL1}]] membalas [[name:{FULL2}]]: Ibu kirim saja data ke email sa [[email:{EMAIL1}]], nanti sa bantu input di aplikasi",
    "Dinas PUPR Kota Kupang: Perbaikan jalan {PST} dimulai {DATE}. Mohon maaf atas ketidaknyamanan. Pengaduan: {TELK} atau pupr@kupangkota.go.id",
    "[[name:{full1}]] ini motor [[plate:{PLATE}]] parkir tiap hari di trotoar depan {SCHOOL}, anak2 jalan di aspal. @dishubkotakupang tolong",
    "[[name:{FULL1}]] Sa mau tanya, NPWP sa [[npwp:{NPWP}]] su dipadankan deng NIK ko belum? Cek di mana? 🙏",
    "[[name:{FULL1}]] Dijual cepat rumah di [[address:{ADDR}]], SHM, 2 kamar. Hub [[phone:{HP}]] ([[name:{giv1}]])",
    "Flobamora News: Warga {KEL} keluhkan pungutan {RP} untuk sambungan baru PDAM. Manajemen PDAM minta warga lapor ke hotline {TELK}. Baca selengkapnya di link bio.",
    "[[name:{FULL1}]] Sudah 2 kali sa kirim email dari [[email:{EMAIL1}]] ke {OFFMAIL} sonde dibalas. Pelayanan apa ini",
    "[[name:{FULL1}]] Bapak2 ibu2, anak sa [[name:{GIV2}]] butuh darah golongan O di {RS}. Hubungi sa [[phone:{HP}]] atau suami [[phone:{HP}]] 🙏",
    "Akun Kelurahan {KEL}: Selamat kepada RT {NRT} juara 1 lomba kebersihan, RT {NRT} juara 2! Hadiah {RP} diserahkan hari {DAY}. 👏",
    "[[name:{FULL1}]] sy warga [[address:{RT}]] kel {KEL}, sampah menumpuk di got depan rumah sdh 2 minggu. petugas bilang kami tdk bayar retribusi padahal sy bayar {RP} tiap bulan",
    "[[name:{FULL1}]] Ini KTP sy yg ditolak di bank, katanya NIK [[nik:{NIKG}]] tidak terdaftar. Padahal sy rekam thn {YEAR}. NPWP sy [[npwp:{NPWPO}]] jg ikut terblokir. Dukcapil tolong 🙏",
    "[[name:{FULL1}]] buat yg mau donasi korban kebakaran di {KEL}: rek BRI [[bank_account:{BRI}]] a.n. [[name:{FULL2}]] (koordinator relawan), konfirmasi ke [[phone:{HP}]]",
    "Bapenda Kota Kupang: Hati-hati, {SCAMMAIL} bukan milik kami. Pajak daerah hanya dibayar dengan kode billing resmi, contoh format {BILL}. Info {TELK}.",
    "[[name:{FULL1}]] kenapa sa pung kartu BPJS [[bpjs:{BPJSG}]] tiba2 pindah faskes ke {PKM}? sa sonde pernah minta. email sa [[email:{EMAIL1}]]",
    "[[name:{FULL1}]] Ini nomor rentenir yg teror sa pung istri [[name:{GIV2}]]: {SCAM}, dia pake nama kantor koperasi. Tolong polisi tindak",
    "[[name:{FULL1}]] bantu share: Sa [[name:{FULL2}]] hilang dompet isi KTP deng kartu NPWP [[npwp:{NPWPO}]] di sekitar {MARKET}. Yg temu hubungi [[phone:{HP}]]",
    "[[name:{FULL1}]] Pak Lurah, got di [[address:{RT}]] meluap tiap hujan. Email sa [[email:{EMAILD1}]] kalau mau foto2",
    "Warga Kota Kupang Bersuara: Antrean BPJS di {RS} sejak jam {TIME}, loket baru buka jam 08.30. Nomor antrean sampai {N}{N}{N}. Kapan dibenahi?",
)

T(
    "register_table",
    "No,Nama Pemohon,NIK,Alamat,No HP\n1,[[name:{FULL1^}]],[[nik:{NIKB}]],[[address:{ADDRS}]],[[phone:{HPB}]]\n2,[[name:{FULL2^}]],[[nik:{NIKB}]],[[address:{ADDRS}]],[[phone:{HPB}]]\n3,[[name:{FULL3^}]],[[nik:{NIKB}]],[[address:{ADDRS}]],[[phone:{HPB}]]",
    "Nama;NPWP;Email;Telepon\n[[name:{FULL1}]];[[npwp:{NPWP}]];[[email:{EMAIL1}]];[[phone:{HP}]]\n[[name:{FULL2}]];[[npwp:{NPWP}]];[[email:{EMAIL2}]];[[phone:{HP}]]\n{CV};{CVNPWP};{OFFMAIL};{TELK}\n[[name:{FULL3}]];[[npwp:{NPWP}]];[[email:{EMAIL3}]];[[phone:{HP}]]",
    "Kelurahan,RT,Jumlah KK,Rumah tanpa air PDAM\n{KEL},RT {NRT},{N}{N},{N}\n{KEL},RT {NRT},{N}{N},{N}\n{KEL},RT {NRT},{N}{N},{N}\nSumber: rekap kelurahan {DATE}",
    "No | Nama | No. BPJS | Faskes | HP\n1 | [[name:{FULL1^}]] | [[bpjs:{BPJS}]] | {PKM} | [[phone:{HP}]]\n2 | [[name:{FULL2^}]] | [[bpjs:{BPJS}]] | {PKM} | [[phone:{HP}]]\n3 | [[name:{FULL3^}]] | [[bpjs:{BPJS}]] | {PKM} | -",
    "Nopol\tPemilik\tNIK Pemilik\tPelanggaran\n[[plate:{PLATE}]]\t[[name:{FULL1}]]\t[[nik:{NIK}]]\tParkir di trotoar\n[[plate:{PLATE}]]\t[[name:{FULL2}]]\t[[nik:{NIK}]]\tMelawan arus\n[[plate:{PLATE}]]\t{CV}\t-\tMuatan lebih",
    "Instansi | Telepon | WhatsApp | Email\nDukcapil Kota Kupang | {TELK} | {WAK} | {OFFMAIL}\nDinas Sosial | {TELK} | {WAK} | {OFFMAIL}\nPDAM Kota Kupang | {TELK} | {WAK} | {OFFMAIL}",
    "Nama Penerima;NIK;No. KK;Rekening BNI;Nominal\n[[name:{FULL1^}]];[[nik:{NIKB}]];[[kk:{KKB}]];[[bank_account:{BNI}]];{RP}\n[[name:{FULL2^}]];[[nik:{NIKB}]];[[kk:{KKB}]];[[bank_account:{BNI}]];{RP}",
    "No,Nama Pelapor,Email,NIK,Kategori,Tiket\n1,[[name:{FULL1}]],[[email:{EMAIL1}]],[[nik:{NIKB}]],Air,{TIKET}\n2,[[name:{FULL2}]],[[email:{EMAIL2}]],[[nik:{NIKB}]],Jalan,{TIKET}\n3,[[name:{FULL3}]],[[email:{EMAIL3}]],[[nik:{NIKB}]],Sampah,{TIKET}",
    "Nomor Penipu | Mengaku Sebagai | Tanggal Lapor\n{SCAM} | Petugas PKH | {DATE}\n{SCAM} | CS Bank NTT | {DATE}\n{SCAM} | Kepala Dinas Sosial | {DATE}\n{SCAM} | Petugas PLN | {DATE}",
    "Nama Pedagang;NPWP;No HP;Los\n[[name:{FULL1}]];[[npwp:{NPWPO}]];[[phone:{HP}]];{N}\nUD Laut Timor;{CVNPWP};{TELK};{N}\n[[name:{FULL2}]];[[npwp:{NPWPN}]];[[phone:{HP}]];{N}\nKoperasi Pedagang Ikan;{CVNPWP};{SCAM};{N}\n[[name:{FULL3}]];[[npwp:{NPWPO}]];[[phone:{HP}]];{N}",
    "Nama Siswa,NISN,Nama Orang Tua,HP Orang Tua,Email Orang Tua\n[[name:{FULL1^}]],{NISN},[[name:{FULL2^}]],[[phone:{HP}]],[[email:{EMAIL2}]]\n[[name:{FULL3^}]],{NISN},[[name:{FULL4^}]],[[phone:{HP}]],[[email:{EMAIL4}]]",
    "NOP,Letak Objek,Kelurahan,Luas Tanah,PBB Terutang\n{NOP},{PST},{KEL},{N}{N}0,{RP}\n{NOP},{PST},{KEL},{N}{N}0,{RP}\n{NOP},{PST},{KEL},{N}{N}0,{RP}",
    "DAFTAR ANGGOTA KELUARGA - No. KK [[kk:{KKB}]]\nNo | Nama | NIK | Hubungan\n1 | [[name:{FULL1^}]] | [[nik:{NIKB}]] | KEPALA KELUARGA\n2 | [[name:{FULL2^}]] | [[nik:{NIKB}]] | ISTRI\n3 | [[name:{FULL3^}]] | [[nik:{NIKB}]] | ANAK",
    "Pelapor\tHP\tRT/RW\tKeluhan\n[[name:{FULL1}]]\t[[phone:{HP}]]\t[[address:{RTC}]]\tAir mati\n[[name:{FULL2}]]\t[[phone:{HP}]]\t[[address:{RTC}]]\tLampu jalan\n[[name:{FULL3}]]\t[[phone:{HP}]]\t[[address:{RTC}]]\tSampah",
    "Tiket,Tanggal,Kategori,Instansi,Status\n{TIKET},{DATE},Air bersih,PDAM,Selesai\n{TIKET},{DATE},Jalan,PUPR,Proses\n{TIKET},{DATE},Bansos,Dinsos,Diteruskan\n{TIKET},{DATE},Pajak,Bapenda,Selesai",
    "Nama Wajib Pajak | NPWP | Email | Telp\n[[name:{FULL1}]] | [[npwp:{NPWP}]] | [[email:{EMAIL1}]] | [[phone:{HP}]]\n[[name:{FULL2}]] | [[npwp:{NPWP}]] | [[email:{EMAIL2}]] | [[phone:{HP}]]\n{CV} | {CVNPWP} | {OFFMAIL} | {TELK}\n[[name:{FULL3}]] | [[npwp:{NPWP}]] | [[email:{EMAIL3}]] | [[phone:{HP}]]",
    "Nama Guru;NIP;NPWP;No Rek Bank NTT\n[[name:{FULL1}]];{NIP};[[npwp:{NPWP}]];[[bank_account:{NTT}]]\n[[name:{FULL2}]];{NIP};[[npwp:{NPWP}]];[[bank_account:{NTT}]]\n[[name:{FULL3}]];-;[[npwp:{NPWP}]];[[bank_account:{NTT}]]",
    "Kode Billing;Jenis;Nominal;Jatuh Tempo\n{BILL};Retribusi sampah;{RP};{DATE}\n{BILL};PBB-P2;{RP};{DATE}\n{BILL};Retribusi pasar;{RP};{DATE}",
    "No,Nama Pasien,No. Kartu JKN,NIK,Email,Tgl Kunjungan\n1,[[name:{FULL1}]],[[bpjs:{BPJS}]],[[nik:{NIKB}]],[[email:{EMAIL1}]],{DATE}\n2,[[name:{FULL2}]],[[bpjs:{BPJS}]],[[nik:{NIKB}]],-,{DATE}",
    "Nama | Email | HP | Keterangan\n[[name:{FULL1}]] | [[email:{EMAIL1}]] | [[phone:{HP}]] | relawan\nTata Usaha {SCHOOL} | {OFFMAIL} | {TELK} | sekolah\n[[name:{FULL2}]] | [[email:{EMAIL2}]] | [[phone:{HPI}]] | relawan",
    "ID Pelanggan PLN,Nama,Alamat,HP,Token Terakhir\n{IDPLN},[[name:{FULL1}]],[[address:{ADDRS}]],[[phone:{HP}]],{TOKEN}\n{IDPLN},[[name:{FULL2}]],[[address:{ADDRS}]],[[phone:{HP}]],{TOKEN}",
    "Nama Pemohon Izin;NIK;NPWP;HP;Email;Jenis Izin\n[[name:{FULL1}]];[[nik:{NIKB}]];[[npwp:{NPWPN}]];[[phone:{HPB}]];[[email:{EMAIL1}]];PBG\n[[name:{FULL2}]];[[nik:{NIKB}]];[[npwp:{NPWPO}]];[[phone:{HPB}]];[[email:{EMAIL2}]];Reklame\n{CV};-;{CVNPWP};{TELK};{OFFMAIL};SIUP",
)

T(
    "kupang_malay",
    "Beta [[name:{FULL1}]] dari [[address:{RT}]] Kel. {KEL}. Air PDAM su satu minggu sonde jalan, botong beli air tangki {RP}. Tolong dong. Beta pung HP [[phone:{HP}]]",
    "Bosong dari kantor lurah {KEL} tolong lia itu lampu jalan di {PST} su mati lama, malam gelap skali, anak dong takut pulang. Tiket lapor {TIKET}.",
    "Om [[name:{GIV1}]] yang jual ikan di {MARKET} tu bilang retribusi naik lai jadi {RP}. Dia pung nomor [[phone:{HP}]] kalau bosong mau tanya langsung.",
    "Beta su antre di Dukcapil dari jam {TIME} ma petugas bilang blanko habis. Beta pung NIK [[nik:{NIK}]], nama [[name:{FULL1}]]. Kapan beta pung KTP jadi? Email beta [[email:{EMAIL1}]]",
    "Ada orang telpon pake nomor {SCAM} bilang dia dari Dinas Sosial, minta beta transfer {RP} ko bantuan cair. Beta sonde kasi. Bosong hati-hati e.",
    "Tanta [[name:{GIV1}]] pung anak [[name:{GIV2}]] sakit panas, bawa pi {PKM} ma dong bilang kartu BPJS [[bpjs:{BPJS}]] sonde aktif. Kasian. Tanta pung HP [[phone:{HP}]].",
    "Beta mau lapor, ada oto plat [[plate:{PLATE}]] tiap malam buang sampah di kali dekat [[address:{RT}]]. Beta [[name:{full1}]], sonde usah sebut beta pung nama di luar e.",
    "Sonde ada yang urus ini jalan di {PST}, su lubang-lubang, oto deng motor susah lewat. Dinas PUPR tolong datang lia. Hotline dong {TELK} sonde angkat.",
    "Beta pung NPWP lama [[npwp:{NPWPO}]], beta pung NIK [[nik:{NIK}]]. Pas beta lapor SPT sonde bisa masuk. Beta [[name:{FULL1}]], email [[email:{EMAIL1}]]",
    "Keluarga [[name:{LN1}]] deng keluarga [[name:{LN2}]] baku pukul soal batas tanah di Kel. {KEL}. Tolong Pak Lurah deng polisi datang sebelum tamba parah. Beta [[name:{FULL3}]], [[phone:{HP}]]",
    "Bosong yang di {MARKET}, hati-hati ada orang jual token listrik palsu. Dia kasi angka {TOKEN} ma sonde masuk. PLN bilang lapor ke 123.",
    "Beta [[name:{FULL1}]], guru honor di {SCHOOL}. Bendahara minta NPWP ko honor bisa cair. Ini beta pung [[npwp:{NPWPN}]]. Rekening BRI [[bank_account:{BRI}]].",
    "Mama [[name:{GIV1}]] di [[address:{ADDR}]] su tua, sonde bisa jalan pi ambil beras bansos. Anak dong di Malaysia. Bisa antar ko? Nomor tetangga [[name:{FULL2}]] [[phone:{HP}]].",
    "Sapa yang kenal ini orang? Dia bilang namanya [[name:{FULL1}]], mengaku petugas PLN, minta uang {RP} ko pasang meteran baru. Nomor yang dia pake {SCAM}.",
    "Beta cuma mau bilang terima kasih ko petugas DLHK su angkat sampah di {PST} tadi pagi jam {TIME}. Sonde sangka cepat begitu. Lanjutkan!",
    "Beta pung ade [[name:{GIV1}]] daftar sekolah di {SCHOOL} ma dong minta uang bangku {RP}. Beta pung email [[email:{EMAIL2}]] kalau mau minta bukti kwitansi. Beta [[name:{FULL2}]].",
    "Beta pung kartu keluarga [[kk:{KK}]] masi ada nama beta pung bapa almarhum [[name:{FULL1}]]. Dukcapil minta akta kematian dulu. Beta pung HP [[phone:{HPB}]], NPWP beta [[npwp:{NPWP}]] ju masi pake alamat lama.",
    "Itu oto tangki air plat [[plate:{PLATE}]] jual air ke botong {RP} padahal dari sumur bor umum. Sopir dia pung nama [[name:{FULL1}]]. Tolong cek.",
    "Botong warga RT {NRT} sampe RT {NRT} Kel. {KEL} su bosan lapor, air PDAM cuma jalan dua kali satu minggu. Tagihan tetap {RP}. Sampe kapan?",
    "Nona [[name:{GIV1}]] yang kerja di loket Samsat tu bantu beta urus pajak motor [[plate:{PLATE}]] deng cepat. Terima kasih banyak e. Beta [[name:{FULL2}]], [[email:{EMAILD2}]]",
    "Beta [[name:{full1}]] nik [[nik:{NIKO}]] (beta tulis dari foto KTP, kabur). Beta mau urus BPJS mandiri. Nomor WA beta [[phone:{HPO}]].",
    "Dong bilang beta pung NPWP [[npwp:{NPWP}]] ada tunggakan. Beta sonde pernah usaha apa-apa. Beta [[name:{FULL1}]] dari [[address:{ADDRRT}]], HP [[phone:{HP}]], email [[email:{EMAIL1}]].",
)

T(
    "sms_plain",
    "kotkupang tlg bantu, bayar retribusi pasar lwt BRIVA {N}{N}{N}{N}{N} 0812{N}{N}{N}{N}{N}{N}{N}{N} tp sdh potong saldo {RP} blm lunas. trx {TRX}. tks",
)
T(
    "whatsapp_group",
    "[{DATE} {TIME}] Grup Tim RT {NRT}: Latihan voli RT {NRT} vs RT {NRT} hari {DAY} jam 16.00 di lapangan {KEL}. Iuran {RP} per orang. Foto kemarin: IMG_{IMGD}.jpg",
)
T(
    "web_form",
    "Kategori: Ketenagakerjaan\nIsi laporan: Perusahaan tidak menyetor iuran BPJS Ketenagakerjaan sejak {MONTH}. Nomor {KPJ} milik pelapor tidak ada saldo. Perusahaan: {CV}, NPWP perusahaan {CVNPWP}.\nIdentitas: dirahasiakan\nTiket: {TIKET}",
)
T(
    "email",
    "From: {OFFMAIL}\nSubject: Uji coba formulir\nContoh pengisian: email user@example.com, NIK diisi 16 digit sesuai KTP. Kode sumber formulir di git@github.com:pemkot-kupang/form-aduan.git. Jangan balas ke alamat contoh.",
)
T(
    "letter",
    "SEKRETARIAT RT {NRT} RW {NRW} KELURAHAN {KEL^}\nJl. {STREET} No. {N}\nPengumuman: iuran keamanan {RP} per rumah per bulan mulai {MONTH}. Pembayaran ke bendahara RT atau transfer ke rekening Kas RT di Bank NTT. Ketua RT {NRT}",
)
T(
    "call_note",
    "Catatan {DATE}: penelepon tanya nomor rekening Kas Daerah Bank NTT untuk setor retribusi IMB. Dijawab: gunakan kode billing {BILL}, bukan transfer. Info Bapenda {TELK}. Tidak ada data pelapor.",
)
T(
    "social_comment",
    "Humas Polresta Kupang Kota: Waspada modus pesan berantai atas nama pejabat, yang minta pulsa atau transfer ke {SCAM}. Laporkan ke call center 110 atau {OFFMAIL}. #polri #kupang",
)
T(
    "register_table",
    "Nama Toko;NPWP;Alamat Usaha;Telepon\n{SHOP};{CVNPWP};{PST} No. {N}{N};{TELK}\n{CV};{CVNPWP};{PST} No. {N}{N};{WAK}\nApotek Kasih Ibu;{CVNPWP};{PST} No. {N};{TELK}",
)
T(
    "kupang_malay",
    "Bosong di {KEL} ada yang kena tipu ko? Ada link {OFFMAIL} palsu, dong minta kode OTP. Kalo ragu telpon saja call center {TELK}. Jang kasi tau PIN e.",
)

if __name__ == "__main__":
    main()
