# ruff: noqa: E501, PLR0911, PLR0912, PLW0108, PT018, RUF001, RUF005, T201
"""Write redaction_dev19.jsonl: home addresses and person names in hard kinds of text.

Deterministic (seed 20261219). Templates are hand-written; inline labels are
``[[kind:value]]``; placeholders in braces are filled from the lists below. The script strips
the labels, computes the offsets and checks every span, then prints the SHA-256 and counts.

Run: python3 make_redaction_dev19.py
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

SEED = 20261219
FILLS = 3
OUT = Path(__file__).with_name("redaction_dev19.jsonl")
KINDS = ("nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address")
STYLES = (
    "letter",
    "sms_plain",
    "sms_caps",
    "whatsapp",
    "web_form",
    "social",
    "call_transcript",
    "email_thread",
    "kupang_malay",
    "spreadsheet",
    "scan",
)
THEMES = ("homes", "names", "calls", "scans", "mixed")
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
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kakak",
    "suster",
    "pastor",
    "romo",
    "serka",
    "bripka",
    "briptu",
    "aipda",
    "ipda",
    "camat",
    "pendeta",
    "ketua",
    "yth",
    "yth.",
    "tn",
    "tn.",
    "mr.",
}

# ---------------------------------------------------------------- people
NTT_M = [
    "Yohanis",
    "Agustinus",
    "Yakobus",
    "Obed",
    "Aser",
    "Yermias",
    "Nehemia",
    "Efraim",
    "Kornelis",
    "Godlief",
    "Mesakh",
    "Soleman",
    "Wellem",
    "Hironimus",
    "Blasius",
    "Marthen",
    "Semuel",
    "Lukas",
    "Petrus",
    "Melkianus",
    "Yosef",
    "Dominggus",
    "Adrianus",
    "Nikodemus",
    "Jems",
    "Roni",
    "Ferdinandus",
    "Lodewyk",
    "Zakarias",
    "Gabriel",
    "Yeremia",
    "Stefanus",
    "Matheos",
    "Benyamin",
    "Yusak",
    "Daud",
    "Markus",
    "Fransiskus",
    "Paulus",
    "Simon",
]
NTT_F = [
    "Yuliana",
    "Ester",
    "Rut",
    "Yanti",
    "Erni",
    "Sance",
    "Orpa",
    "Getruida",
    "Arnoldina",
    "Welhelmina",
    "Oktovina",
    "Maria Goreti",
    "Indah",
    "Kasih",
    "Selfi",
    "Yuli",
    "Anace",
    "Ribka",
    "Debora",
    "Mariana",
    "Agustina",
    "Lodia",
    "Dorkas",
    "Naomi",
    "Yohana",
    "Ermelinda",
    "Kristina",
    "Margaretha",
    "Elisabeth",
    "Novi",
    "Grasela",
    "Imelda",
    "Yustina",
    "Apriani",
    "Damaris",
    "Serlina",
    "Fince",
    "Delci",
    "Mery",
    "Ani",
]
NTT_FAM = [
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Bessie",
    "Riwu Kaho",
    "Ga Lena",
    "Dju Dara",
    "Therik",
    "Pah",
    "Nenobais",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Ratu",
    "Lobo",
    "Adoe",
    "Haba",
    "Kapitan",
    "Toelle",
    "Sinlae",
    "Selan",
    "Nomleni",
    "Oematan",
    "Tnunay",
    "Taebenu",
    "Neolaka",
    "Bire",
    "Lado",
    "Hege",
    "Dethan",
    "Foenay",
    "Messakh",
    "Nalle",
    "Pello",
    "Saudale",
    "Lenggu",
    "Bano",
    "Henukh",
    "Da Costa",
    "Making",
    "Wadu",
    "Kewa",
    "Ola",
    "Nahak",
    "Seran",
    "Bria",
    "Mau",
    "Koroh",
    "Lenama",
    "Nubatonis",
    "Snae",
    "Banunaek",
    "Kolo",
    "Leo",
    "Bulu",
    "Tallo",
]
BALI_ORD_M = ["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Komang", "I Gede", "I Kadek"]
BALI_ORD_F = ["Ni Made", "Ni Wayan", "Ni Ketut", "Ni Nyoman", "Ni Putu", "Ni Luh", "Ni Komang"]
BALI_M = ["Suardana", "Artawan", "Sudarma", "Mertayasa", "Wirawan", "Sukadana", "Budiarta", "Missa"]
BALI_F = ["Sukerti", "Ariani", "Wiratni", "Sriasih", "Suastini", "Sutarmi", "Yuliantari", "Sekar"]
CHN_FAM = ["Ong", "Liem", "Tan", "Go", "Oei", "Kwee", "Tjoa", "Lie", "Thio"]
CHN_M = ["Hok Gie", "Swie Tjeng", "Tjoe Liang", "Bun Hok", "Kiat Seng", "Kok Hwa"]
CHN_F = ["Mei Ling", "Siu Lan", "Kim Hoa", "Mei Hwa", "Lian Nio", "Giok Lan"]
SUMBA_M = ["Umbu Manu", "Umbu Djaka", "Umbu Tamu", "Umbu Ndeta", "Umbu Pati"]
SUMBA_F = ["Rambu Tamar", "Rambu Ana", "Rambu Kahi", "Rambu Eti", "Rambu Hada"]
SUMBA_FAM = ["Paranggi", "Hunggu", "Ndima", "Wulang", "Kapita", "Djawa", "Landu", "Rihi"]
ARAB_M = ["Abdullah", "Umar", "Muhammad Yusuf", "Ahmad Fauzi", "Hasan", "Salim", "Abdul Rahman"]
ARAB_F = ["Siti Aminah", "Fatimah", "Nurhayati", "Aisyah", "Khadijah", "Syarifah Nur"]
ARAB_FAM = ["Bachmid", "Syarif", "Alhabsyi", "Assegaf", "Baadilla", "Latief", "Bafadal"]
BATAK_M = ["Rudolf", "Jhonson", "Lamhot", "Parlindungan", "Hotman"]
BATAK_F = ["Romauli", "Tiurma", "Dameria", "Lasmaria"]
BATAK_FAM = ["Siregar", "Simanjuntak", "Nainggolan", "Sitompul", "Hutapea", "Manurung"]
MINA_M = ["Frangky", "Roy", "Jefry", "Stenly", "Vecky"]
MINA_F = ["Meiske", "Jeane", "Deitje", "Vonny", "Lientje"]
MINA_FAM = ["Wuisan", "Lumowa", "Pangemanan", "Rumengan", "Sumampouw", "Tumbelaka"]
AMB_M = ["Johanis", "Marthinus", "Izaak", "Costantinus", "Alfons"]
AMB_F = ["Novita", "Elsye", "Cornelia", "Wilhelmina", "Femmy"]
AMB_FAM = ["Pattinama", "Latuheru", "Tuhumury", "Sahetapy", "Lewerissa", "Matulessy"]

ORIGINS = {
    "x": (NTT_M, NTT_F, NTT_FAM),
    "k": (BATAK_M, BATAK_F, BATAK_FAM),
    "m": (MINA_M, MINA_F, MINA_FAM),
    "n": (AMB_M, AMB_F, AMB_FAM),
    "a": (ARAB_M, ARAB_F, ARAB_FAM),
    "s": (SUMBA_M, SUMBA_F, SUMBA_FAM),
}
ORIGIN_WEIGHTS = "xxxxxxxxxxxbcsakmn"

# ---------------------------------------------------------------- places
KEL = [
    "Oebobo",
    "Oebufu",
    "Oepura",
    "Oesapa",
    "Oesapa Barat",
    "Oesapa Selatan",
    "Lasiana",
    "Liliba",
    "Kayu Putih",
    "Fatululi",
    "Naikolan",
    "Naikoten I",
    "Naikoten II",
    "Kuanino",
    "Bakunase",
    "Bakunase II",
    "Fontein",
    "Oetete",
    "Airnona",
    "Nunleu",
    "Fatukoa",
    "Sikumana",
    "Belo",
    "Kolhua",
    "Penfui",
    "Maulafa",
    "Naimata",
    "Alak",
    "Namosain",
    "Manutapen",
    "Nunhila",
    "Penkase Oeleta",
    "Mantasi",
    "Fatufeto",
    "Nunbaun Sabu",
    "Nunbaun Delha",
    "Pasir Panjang",
    "Solor",
    "Merdeka",
    "Tode Kisar",
    "Bonipoi",
    "Oeba",
    "Nefonaek",
    "Kelapa Lima",
    "Tuak Daun Merah",
]
KEC = ["Alak", "Maulafa", "Oebobo", "Kota Raja", "Kelapa Lima", "Kota Lama"]
RES_ST = [
    "Nangka",
    "Kenari",
    "Jambu",
    "Sukun",
    "Kelinci",
    "Kakatua",
    "Nuri",
    "Merpati",
    "Kancil",
    "Rusa",
    "Palapa",
    "Herewila",
    "Kecapi",
    "Delima",
    "Anggrek",
    "Kasuari",
    "Cendana",
    "Lontar",
    "Gelatik",
    "Pipit",
    "Beringin",
    "Flamboyan",
    "Cemara",
    "Kamboja",
    "Teratai",
    "Sirsak",
    "Alpukat",
    "Manggis",
    "Rambutan",
    "Bougenvile",
    "Srikaya",
    "Belimbing",
    "Gaharu",
    "Kedondong",
]
PERSON_ST = [
    "W.J. Lalamentik",
    "Frans Seda",
    "Piet A. Tallo",
    "Herman Yohanes",
    "Alfons Nisnoni",
    "Ade Irma",
    "R.A. Kartini",
    "Sam Ratulangi",
    "Moh. Hatta",
    "Urip Sumoharjo",
]
MAIN_RD = [
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Herman Yohanes",
    "Jl. Adisucipto",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Cak Doko",
    "Jl. Amabi",
    "Jl. Perintis Kemerdekaan",
    "Jl. Jend. Sudirman",
    "Jl. Moh. Hatta",
    "Jl. Ahmad Yani",
    "Jl. Alfons Nisnoni",
    "Jl. Bundaran Tirosa",
    "Jl. Oekam",
]
GG = [
    "Sepakat",
    "Damai",
    "Harapan",
    "Bersatu",
    "Melati",
    "Mawar",
    "Rukun",
    "Sejahtera",
    "Kasih",
    "Indah",
    "Setia",
    "Berkat",
]
COMPLEX = [
    "Perumnas",
    "BTN Kolhua",
    "Perum Griya Flobamora",
    "Perumahan Nusa Indah Permai",
    "Perum Oepura Indah",
    "Perumahan Bumi Lasiana Indah",
    "Perumahan Oesapa Permai",
    "Kompleks Perumnas Blok Kenanga",
    "Perumahan Citra Liliba",
    "Perum Puri Sikumana",
]
PKM = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oepoi",
    "Puskesmas Kupang Kota",
    "Puskesmas Bakunase",
    "Puskesmas Pasir Panjang",
    "Puskesmas Oesapa",
    "Puskesmas Penfui",
    "Puskesmas Naioni",
    "Puskesmas Alak",
    "Puskesmas Manutapen",
    "Puskesmas Kota Baru",
]
RS = [
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS Siloam Kupang",
    "RS St. Carolus Borromeus",
    "RSIA Dedari",
    "RS Leona",
    "RSU Mamami",
]
SCH = [
    "SD Inpres Oepura 2",
    "SMPN 5 Kupang",
    "SMAN 3 Kupang",
    "SMPK St. Theresia",
    "SDK St. Yoseph",
    "SD GMIT Oetete 1",
    "SMKN 4 Kupang",
    "SMPN 2 Kupang",
    "SD Inpres Naikoten 1",
    "SMAK Giovanni",
    "SD Negeri Bertingkat Kuanino",
    "MTsN Kota Kupang",
]
CHURCH = [
    "Gereja GMIT Kota Baru",
    "Gereja GMIT Paulus",
    "Gereja Katedral Kristus Raja",
    "Gereja GMIT Efata Liliba",
    "Gereja GMIT Kalvari Oebufu",
    "Masjid Agung Al-Baitul Qadim",
    "Masjid Nurul Iman Oesapa",
    "Gereja St. Yoseph Naikoten",
    "Gereja GMIT Imanuel Oepura",
    "Pura Oebanantha",
]
MKT = [
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Inpres Naikoten",
    "Pasar Oesapa",
    "Pasar Kuanino",
]
SHOP = [
    "Toko Sinar Abadi",
    "Apotek Kasih Ibu",
    "Kios Mama Ester",
    "Salon Nona Manis",
    "Toko Umbu Jaya",
    "Bengkel Maju Motor",
    "Warung Kopi Sasando",
    "Depot Air Murni",
    "Toko Bangunan Indah Jaya",
    "UD Berkat Timor",
    "CV Timor Jaya",
    "Laundry Damai",
    "Toko Roti Mawar",
    "Apotek Bunda Maria",
    "Rumah Makan Bambu Kuning",
    "Toko Rahmat",
]
OFFICE = [
    "Kantor Kelurahan Oebufu",
    "Kantor Camat Maulafa",
    "Dinas PUPR Kota Kupang",
    "Dinas Dukcapil Kota Kupang",
    "Bapenda Kota Kupang",
    "DLHK Kota Kupang",
    "Dinas Sosial Kota Kupang",
    "PDAM Kota Kupang",
    "BPBD Kota Kupang",
    "Kantor Kelurahan Liliba",
    "Kantor Lurah Kolhua",
    "Dinas Perhubungan Kota Kupang",
]


def rdig(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def ocr(r: random.Random, s: str, k: int = 2) -> str:
    subs = {"0": "O", "1": "l", "5": "S", "8": "B", "6": "b"}
    idx = [i for i, c in enumerate(s) if c in subs]
    r.shuffle(idx)
    chars = list(s)
    for i in idx[:k]:
        chars[i] = subs[chars[i]]
    return "".join(chars)


PREF = [
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
    "0831",
    "0832",
    "0838",
    "0895",
    "0896",
    "0897",
    "0898",
    "0899",
    "0881",
    "0882",
    "0887",
]


def phone(r: random.Random, form: str = "") -> str:
    p, rest = r.choice(PREF), rdig(r, 8)
    forms = {
        "c": p + rest,
        "d": f"{p}-{rest[:4]}-{rest[4:]}",
        "s": f"{p} {rest[:4]} {rest[4:]}",
        "t": f"{p}.{rest[:4]}.{rest[4:]}",
        "i": f"+62 {p[1:]}-{rest[:4]}-{rest[4:]}",
        "j": f"+62{p[1:]}{rest}",
        "k": f"62{p[1:]}{rest}",
        "m": f"62 {p[1:]} {rest[:4]} {rest[4:]}",
        "e": p + rest[:7],
        "o": ocr(r, p + rest, 3),
    }
    if not form:
        form = r.choice("ccccdddssstijkme")
    return forms[form]


def landline(r: random.Random) -> str:
    d = "8" + rdig(r, 5)
    return r.choice(
        [
            f"0380 {d}",
            f"(0380) {d}",
            f"(0380) {d[:3]} {d[3:]}",
            f"0380-{d}",
            f"0380 {d[:3]} {d[3:]}",
        ]
    )


def office_tel(r: random.Random) -> str:
    d = "8" + rdig(r, 5)
    return r.choice([f"(0380) {d}", f"0380-{d[:3]} {d[3:]}", f"0380 {d}"])


def nik(r: random.Random, form: str = "", female: bool | None = None) -> str:
    reg = r.choice(
        [
            "71",
            "71",
            "71",
            "71",
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "07",
            "08",
            "10",
            "13",
            "14",
            "15",
            "16",
            "17",
            "19",
            "21",
        ]
    )
    dist = f"{r.randint(1, 12):02d}" if reg != "71" else f"0{r.randint(1, 6)}"
    if female is None:
        female = r.random() < 0.5
    day = r.randint(1, 28) + (40 if female else 0)
    s = f"53{reg}{dist}{day:02d}{r.randint(1, 12):02d}{r.randint(50, 99) if r.random() < 0.7 else r.randint(0, 8):02d}{r.randint(1, 60):04d}"
    if not form:
        form = r.choice("bbbbssdo")
    if form == "s":
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if form == "d":
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:12]}.{s[12:]}"
    if form == "o":
        return ocr(r, s, 2)
    return s


def kk(r: random.Random, form: str = "") -> str:
    reg = r.choice(["71", "71", "71", "01", "02", "03", "10", "15"])
    s = f"53{reg}0{r.randint(1, 6)}{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(5, 25):02d}{r.randint(1, 9999):04d}"
    if not form:
        form = r.choice("bbbso")
    if form == "s":
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if form == "o":
        return ocr(r, s, 2)
    return s


def npwp(r: random.Random, form: str = "") -> str:
    a = rdig(r, 9)
    tail = r.choice(["920", "921", "922"])
    if not form:
        form = r.choice("ooooon")
    if form == "n":
        return nik(r, "b")
    return f"{a[:2]}.{a[2:5]}.{a[5:8]}.{a[8]}-{tail}.000"


def bpjs(r: random.Random) -> str:
    s = "000" + rdig(r, 10)
    return r.choice([s, s, f"{s[:4]} {s[4:8]} {s[8:]}"])


def bank(r: random.Random, b: str = "") -> tuple[str, str]:
    b = b or r.choice(["BRI", "BNI", "Mandiri", "Bank NTT", "BCA"])
    if b == "BRI":
        s = rdig(r, 4) + "01" + rdig(r, 6) + "5" + rdig(r, 2)
        return b, r.choice([s, f"{s[:4]}-{s[4:6]}-{s[6:12]}-{s[12:14]}-{s[14]}"])
    if b == "BNI":
        pre = r.choice(["0", "08", "1"])
        return b, pre + rdig(r, 10 - len(pre))
    if b == "Mandiri":
        s = "1" + rdig(r, 2) + "00" + rdig(r, 8)
        return b, r.choice([s, f"{s[:3]}-{s[3:5]}-{s[5:12]}-{s[12]}"])
    if b == "Bank NTT":
        s = "00" + str(r.randint(1, 9)) + ".01.02." + rdig(r, 6) + "-" + rdig(r, 1)
        return b, r.choice([s, s.replace(".", "").replace("-", "")])
    s = rdig(r, 10)
    return b, r.choice([s, f"{s[:3]}-{s[3:]}"])


def plate(r: random.Random) -> str:
    reg = r.choice(["DH", "DH", "DH", "EB", "ED"])
    n = str(r.randint(1000, 9999)) if r.random() < 0.8 else str(r.randint(10, 999))
    suf = r.choice(["A", "AB", "AK", "KB", "AC", "AH", "AM", "KC", "AF", "KD"])
    return r.choice([f"{reg} {n} {suf}", f"{reg} {n} {suf}", f"{reg}{n}{suf}", f"{reg} {n}{suf}"])


def home_addr(r: random.Random, form: str = "") -> str:
    st = r.choice(RES_ST + RES_ST + PERSON_ST)
    n = str(r.randint(1, 140))
    if r.random() < 0.12:
        n += r.choice("ABC")
    rt, rw = r.randint(1, 35), r.randint(1, 12)
    if not form:
        form = r.choice(
            [
                "st",
                "st",
                "st",
                "gg",
                "lr",
                "strt",
                "strt",
                "blk",
                "blk",
                "rt",
                "rt",
                "rt",
                "stgg",
                "stlow",
            ]
        )
    if form == "st":
        return r.choice(
            [
                f"Jl. {st} No. {n}",
                f"Jln. {st} No {n}",
                f"Jalan {st} nomor {n}",
                f"Jl {st} no.{n}",
                f"Jl. {st} No.{n}",
            ]
        )
    if form == "stlow":
        return f"jl {st.lower()} no {n}"
    if form == "stgg":
        return f"Jl. {st} Gg. {r.randint(1, 9)} No. {n}"
    if form == "gg":
        return f"Gg. {r.choice(GG)} No. {n}"
    if form == "lr":
        return f"Lr. {r.choice(GG)} No. {n}"
    if form == "strt":
        return r.choice(
            [
                f"Jl. {st} No. {n}, RT {rt:03d}/RW {rw:03d}",
                f"Jl. {st} No. {n} RT {rt:02d} RW {rw:02d}",
                f"Jl. {st} No {n} RT.{rt:02d}/RW.{rw:02d}",
            ]
        )
    if form == "blk":
        c = r.choice(COMPLEX)
        return r.choice(
            [
                f"{c} Blok {r.choice('ABCDEFGHK')} No. {n}",
                f"{c} Blok {r.choice('ABCDEFGHK')}{r.randint(1, 9)} No. {n}",
                f"{c} Blok {r.choice('ABCDEFGHK')} no {n}",
            ]
        )
    if form == "rt1":
        return r.choice([f"RT {rt:02d}", f"RT {rt}", f"rt {rt}", f"RT.{rt:03d}"])
    return rt_rw(r)


def rt_rw(r: random.Random) -> str:
    rt, rw = r.randint(1, 35), r.randint(1, 12)
    return r.choice(
        [
            f"RT {rt:02d}/RW {rw:02d}",
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT {rt} RW {rw}",
            f"rt {rt} rw {rw}",
            f"RT.{rt:02d}/RW.{rw:02d}",
            f"RT{rt:02d}/RW{rw:02d}",
            f"Rt. {rt:02d} Rw. {rw:02d}",
            f"RT {rt:02d} / RW {rw:02d}",
            f"RT {rt}/{rw}",
        ]
    )


def money(r: random.Random) -> str:
    v = (
        r.choice([5, 10, 15, 25, 50, 75, 100, 150, 250, 300, 500, 750])
        * 1000
        * r.choice([1, 1, 10])
    )
    return r.choice(
        [f"Rp {v:,}".replace(",", "."), f"Rp{v:,}".replace(",", "."), f"{v // 1000} ribu"]
    )


def date(r: random.Random) -> str:
    m = [
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
    d = r.randint(1, 28)
    mm = r.randint(1, 12)
    return r.choice([f"{d} {m[mm - 1]} 2026", f"{d:02d}/{mm:02d}/2026", f"{d}-{mm}-2026"])


def ticket(r: random.Random) -> str:
    return r.choice(
        [
            f"#LPR-2026-{rdig(r, 4)}-{rdig(r, 4)}",
            f"LAPOR-5371-2026-{rdig(r, 5)}",
            f"{r.randint(2601, 2612)}-{rdig(r, 4)}-{rdig(r, 3)}",
            f"#{rdig(r, 7)}",
        ]
    )


UNLABELLED = {
    "KEL": lambda r: r.choice(KEL),
    "KEC": lambda r: r.choice(KEC),
    "JLN": lambda r: "Jl. " + r.choice(RES_ST),
    "ROAD": lambda r: r.choice(MAIN_RD),
    "GGN": lambda r: "Gg. " + r.choice(GG),
    "PKM": lambda r: r.choice(PKM),
    "RS": lambda r: r.choice(RS),
    "SCH": lambda r: r.choice(SCH),
    "CHURCH": lambda r: r.choice(CHURCH),
    "MKT": lambda r: r.choice(MKT),
    "SHOP": lambda r: r.choice(SHOP),
    "OFFICE": lambda r: r.choice(OFFICE),
    "CPLX": lambda r: r.choice(COMPLEX),
    "NO": lambda r: str(r.randint(1, 150)),
    "N": lambda r: str(r.randint(2, 9)),
    "NN": lambda r: str(r.randint(10, 60)),
    "NRT": lambda r: f"{r.randint(1, 35):02d}",
    "NRW": lambda r: f"{r.randint(1, 12):02d}",
    "OFCTEL": office_tel,
    "OFCHP": lambda r: phone(r, r.choice("cds")),
    "UANG": money,
    "TGL": date,
    "JAM": lambda r: f"{r.randint(6, 21):02d}.{r.choice(['00', '15', '30', '45', '10', '50'])}",
    "TIX": ticket,
    "IDPEL": lambda r: "5312" + rdig(r, 8),
    "NOP": lambda r: (
        f"53.71.0{r.randint(10, 60)}.0{r.randint(10, 99)}.0{rdig(r, 2)}-{rdig(r, 4)}.0"
    ),
    "SURAT": lambda r: (
        f"{r.choice(['400', '470', '593', '700', '800'])}/{r.randint(10, 999)}/{r.choice(['KEL', 'DKPS', 'PUPR', 'UPP'])}/{r.choice(['X', 'XI', 'XII'])}/2026"
    ),
    "NISN": lambda r: "0" + rdig(r, 9),
    "BPJSTK": lambda r: rdig(r, 11),
    "PDAM": lambda r: f"0{r.randint(1, 9)}-0{r.randint(1, 9)}-{rdig(r, 6)}",
    "VA": lambda r: "8808" + rdig(r, 12),
    "TRX": lambda r: "2026" + rdig(r, 12),
    "SCAMHP": lambda r: phone(r, r.choice("cdsc")),
    "BIZHP": lambda r: phone(r, r.choice("cdsc")),
    "NPWPB": lambda r: npwp(r, "o"),
    "TTL": lambda r: (
        f"{r.choice(['KUPANG', 'SOE', 'KEFAMENANU', 'ATAMBUA', 'WAINGAPU', 'ENDE', 'MAUMERE', 'BAA', 'SEBA', 'KALABAHI'])}, {r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(1955, 2005)}"
    ),
    "KERJA": lambda r: r.choice(
        [
            "WIRASWASTA",
            "PETANI/PEKEBUN",
            "PNS",
            "MENGURUS RUMAH TANGGA",
            "NELAYAN",
            "KARYAWAN SWASTA",
            "GURU",
            "PELAJAR/MAHASISWA",
        ]
    ),
}


# ---------------------------------------------------------------- filling
class Person:
    def __init__(self, r: random.Random, sex: str, origin: str, used: set[str]) -> None:
        for _ in range(200):
            female = sex == "F" or (sex == "P" and r.random() < 0.5)
            o = origin or r.choice(ORIGIN_WEIGHTS)
            if o == "b":
                first = r.choice(BALI_ORD_F if female else BALI_ORD_M)
                name = r.choice(BALI_F if female else BALI_M)
                full, given, fam = f"{first} {name}", first.split()[1], name
            elif o == "c":
                fam, given = r.choice(CHN_FAM), r.choice(CHN_F if female else CHN_M)
                full = f"{fam} {given}"
            else:
                males, females, fams = ORIGINS[o]
                given, fam = r.choice(females if female else males), r.choice(fams)
                full = f"{given} {fam}"
            if given not in used and fam not in used:
                break
        used.update({given, fam})
        self.r, self.female = r, female
        self.full, self.given, self.fam = full, given, fam
        self.cache: dict[str, str] = {}

    def slug(self) -> str:
        parts = [
            p.lower().replace(" ", "").replace(".", "") for p in (self.given.split()[0], self.fam)
        ]
        r = self.r
        sep = r.choice([".", "_", "", "."])
        tail = r.choice(["", str(r.randint(1, 99)), str(r.randint(70, 99)), ""])
        return r.choice([parts[0] + sep + parts[1], parts[1] + sep + parts[0]]) + tail

    def attr(self, a: str) -> tuple[str, str]:
        """Return (kind, value) for attribute a."""
        r = self.r
        if a in ("", "full"):
            return "name", self.full
        if a == "g":
            return "name", self.given
        if a == "g1":
            return "name", self.given.split()[0]
        if a == "f":
            return "name", self.fam
        if a == "sp":
            up = self.full.upper()
            cut = up.rfind(" ") + 1
            last = up[cut:]
            if len(last) >= 4:
                k = 2 if len(last) < 6 else 3
                return "name", up[:cut] + last[:k] + " " + last[k:]
            return "name", up.replace(" ", "  ", 1)
        if a == "on":
            up = self.full.upper()
            for ch, dg in (("S", "5"), ("O", "0"), ("B", "8"), ("I", "1"), ("G", "6"), ("A", "4")):
                i = up.find(ch, 1)
                if i > 0:
                    return "name", up[:i] + dg + up[i + 1 :]
            return "name", up
        if a not in self.cache:
            host = r.choice(
                ["gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com"]
            )
            if a == "mail":
                v = f"{self.slug()}@{host}"
            elif a == "maild":
                sl, (h1, h2) = self.slug(), host.split(".", 1)
                v = r.choice(
                    [
                        f"{sl} @ {host}",
                        f"{sl}(at){host}",
                        f"{sl} [at] {h1} [dot] {h2}",
                        f"{sl} at {h1} dot {h2}",
                        f"{sl} @{host}",
                    ]
                )
            elif a == "mailgov":
                v = f"{self.slug().replace('_', '.')}@kupangkota.go.id"
            elif a == "hp":
                v = phone(r)
            elif a == "tel":
                v = landline(r)
            elif a == "nik":
                v = nik(r, "", self.female)
            elif a == "kk":
                v = kk(r)
            elif a == "npwp":
                v = npwp(r)
            elif a == "bpjs":
                v = bpjs(r)
            elif a == "addr":
                v = home_addr(r)
            elif a == "rt":
                v = rt_rw(r)
            elif a == "plate":
                v = plate(r)
            else:
                raise KeyError(a)
            self.cache[a] = v
        kind = {
            "mail": "email",
            "maild": "email",
            "mailgov": "email",
            "hp": "phone",
            "tel": "phone",
            "nik": "nik",
            "kk": "kk",
            "npwp": "npwp",
            "bpjs": "bpjs",
            "addr": "address",
            "rt": "address",
            "plate": "plate",
        }[a]
        return kind, self.cache[a]


LABELLED = {
    "HP": ("phone", lambda r: phone(r)),
    "HPC": ("phone", lambda r: phone(r, "c")),
    "HPO": ("phone", lambda r: phone(r, "o")),
    "HPI": ("phone", lambda r: phone(r, r.choice("ijkm"))),
    "TEL": ("phone", landline),
    "NIK": ("nik", lambda r: nik(r)),
    "NIKB": ("nik", lambda r: nik(r, "b")),
    "NIKS": ("nik", lambda r: nik(r, "s")),
    "NIKD": ("nik", lambda r: nik(r, "d")),
    "NIKO": ("nik", lambda r: nik(r, "o")),
    "KK": ("kk", lambda r: kk(r)),
    "KKB": ("kk", lambda r: kk(r, "b")),
    "KKO": ("kk", lambda r: kk(r, "o")),
    "NPWP": ("npwp", lambda r: npwp(r, "o")),
    "NPWPN": ("npwp", lambda r: npwp(r, "n")),
    "BPJS": ("bpjs", bpjs),
    "BRI": ("bank_account", lambda r: bank(r, "BRI")[1]),
    "BNI": ("bank_account", lambda r: bank(r, "BNI")[1]),
    "MDR": ("bank_account", lambda r: bank(r, "Mandiri")[1]),
    "BNTT": ("bank_account", lambda r: bank(r, "Bank NTT")[1]),
    "BCA": ("bank_account", lambda r: bank(r, "BCA")[1]),
    "PLATE": ("plate", plate),
    "ADDR": ("address", lambda r: home_addr(r)),
    "ST": ("address", lambda r: home_addr(r, "st")),
    "STL": ("address", lambda r: home_addr(r, "stlow")),
    "STGG": ("address", lambda r: home_addr(r, "stgg")),
    "GGA": ("address", lambda r: home_addr(r, "gg")),
    "LR": ("address", lambda r: home_addr(r, "lr")),
    "STRT": ("address", lambda r: home_addr(r, "strt")),
    "BLK": ("address", lambda r: home_addr(r, "blk")),
    "RTRW": ("address", rt_rw),
    "RT": ("address", lambda r: home_addr(r, "rt1")),
}

PERSON_RE = re.compile(r"\{([MFP])([bcsakmnx]?)(\d)(?:\.([a-z0-9]+))?(?:\|([a-z]+))?\}")
KEY_RE = re.compile(r"\{([A-Z]+)(\d*)(?:\|([a-z]+))?\}")
CHOICE_RE = re.compile(r"<<(.*?)>>", re.S)
MARK_RE = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)


def case(v: str, mods: str) -> str:
    if "u" in mods:
        return v.upper()
    if "l" in mods:
        return v.lower()
    return v


def fill(src: str, r: random.Random) -> str:
    src = textwrap.dedent(src).strip("\n")
    src = CHOICE_RE.sub(lambda m: r.choice(m.group(1).split("||")), src)
    people: dict[str, Person] = {}
    used: set[str] = set()
    memo: dict[str, str] = {}

    def person(m: re.Match[str]) -> str:
        sex, origin, num, a, mods = (
            m.group(1),
            m.group(2),
            m.group(3),
            m.group(4) or "",
            m.group(5) or "",
        )
        key = sex + num
        if key not in people:
            people[key] = Person(r, sex, origin, used)
        p = people[key]
        if a == "fg":
            fam, giv = case(p.fam, mods), case(p.given, mods)
            return f"{fam}, {giv}" if "r" in mods else f"[[name:{fam}]], [[name:{giv}]]"
        kind, v = p.attr(a)
        v = case(v, mods)
        return v if "r" in mods else f"[[{kind}:{v}]]"

    def key(m: re.Match[str]) -> str:
        k, num, mods = m.group(1), m.group(2), m.group(3) or ""
        mk = k + num
        if k in LABELLED:
            kind, gen = LABELLED[k]
            if not num or mk not in memo:
                v = gen(r)
                if num:
                    memo[mk] = v
            else:
                v = memo[mk]
            v = case(v, mods)
            return v if "r" in mods else f"[[{kind}:{v}]]"
        if k in UNLABELLED:
            if not num or mk not in memo:
                v = UNLABELLED[k](r)
                if num:
                    memo[mk] = v
            else:
                v = memo[mk]
            return case(v, mods)
        raise KeyError(m.group(0))

    src = PERSON_RE.sub(person, src)
    return KEY_RE.sub(key, src)


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        kind, val = m.group(1), m.group(2)
        spans.append({"kind": kind, "start": n, "end": n + len(val)})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


PUNCT = set(" \t\n.,;:!?-/()[]{}\"'<>|")


def check(text: str, spans: list[dict[str, object]], where: str) -> None:
    for leftover in ("[[", "]]", "<<", ">>", "||"):
        assert leftover not in text, (where, leftover)
    assert not re.search(r"\{[A-Za-z]", text), where
    last = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        s, e, kind = sp["start"], sp["end"], sp["kind"]
        assert kind in KINDS, (where, kind)
        assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), where
        v = text[s:e]
        assert v[0] not in PUNCT or (kind == "phone" and v[0] in "+("), (where, v)
        assert v[-1] not in PUNCT, (where, v)
        assert s >= last, (where, "overlap", v)
        last = e
        if kind == "name":
            assert v.split()[0].lower() not in TITLES, (where, v)
            assert "@" not in v, (where, v)
        if kind in ("nik", "kk"):
            assert 15 <= sum(c.isalnum() for c in v) <= 17, (where, v)
        if kind == "bpjs":
            assert sum(c.isdigit() for c in v) == 13, (where, v)
        if kind == "email":
            assert "@" in v or " at " in v or "(at)" in v or "[at]" in v, (where, v)
        if kind == "address":
            assert v[-1].isalnum(), (where, v)


TEMPLATES: list[tuple[str, str, str]] = []


def t(style: str, theme: str, src: str) -> None:
    assert style in STYLES and theme in THEMES, (style, theme)
    TEMPLATES.append((style, theme, src))


# ================================================================ homes
t(
    "letter",
    "homes",
    """
    Kepada Yth. Lurah {KEL1}
    di tempat

    Dengan hormat, saya yang bertanda tangan di bawah ini {M1}, tinggal di {STRT}, Kel. {KEL1}, Kec. {KEC}, mohon bantuan surat keterangan domisili karena alamat di KTP saya masih alamat lama di {ST} Kel. {KEL}.
    Surat dapat diantar ke rumah atau hubungi HP {M1.hp}.

    Hormat saya,
    {M1}
""",
)
t(
    "letter",
    "homes",
    """
    Perihal: Saluran air tersumbat di {ROAD}

    Dengan hormat, kami sampaikan bahwa saluran di sepanjang {ROAD} depan {SCH} tersumbat sejak {TGL}. Air meluap sampai ke halaman {SHOP} di {JLN} No. {NO}. Mohon Dinas PUPR Kota Kupang (Jl. Timor Raya Km. 5, Telp. {OFCTEL}) segera menurunkan alat berat.

    Hormat kami,
    Forum Warga Peduli Kelurahan {KEL}
""",
)
t(
    "letter",
    "homes",
    """
    Yth. Kepala Dinas Perumahan Kota Kupang

    Saya {F1}, istri dari almarhum {M2}, menempati rumah di {BLK}, Kel. {KEL} sejak 2009. Sertifikat belum juga keluar walaupun cicilan lunas. Rumah tetangga saya, {M3}, di blok yang sama juga begitu. Alamat surat menyurat: {STGG}, Kupang.

    Salam hormat,
    {F1}
    HP/WA {F1.hp}
""",
)
t(
    "letter",
    "homes",
    """
    KOP: YAYASAN PENDIDIKAN KRISTEN {KEL|u}
    Jl. Cak Doko No. {NO}, Kupang. Telp. {OFCTEL}

    Nomor: {SURAT}
    Hal: Undangan rapat komite

    Kepada Bapak/Ibu orang tua murid kelas VI, rapat diadakan di aula sekolah pada {TGL} jam {JAM}. Alamat sekretariat komite: Jl. Kenari No. {NO} (ruang guru lama).

    Kepala Sekolah
""",
)
t(
    "letter",
    "homes",
    """
    Dengan hormat,
    Bersama surat ini saya {M1}, pemilik rumah di [[address:{ST|r} RT {NRT}]] Kel. {KEL1} (rumah saya dekat Kantor Kelurahan {KEL1}), melaporkan bahwa tiang listrik di depan rumah miring sejak hujan {TGL}. Kantor Kelurahan sendiri di {JLN} No. {NO} sudah saya lapori, namun belum ada tindakan.
    Mohon PLN ULP Kupang menindaklanjuti. Tiket pengaduan PLN: {TIX}.
    {M1}
""",
)
t(
    "sms_plain",
    "homes",
    """KOTKUPANG sy {F1.g} tgl di {STL} kel {KEL|l}, air pdam sdh 2 minggu tdk jln. tlg dicek. tks""",
)
t(
    "sms_plain",
    "homes",
    """KOTKUPANG lampu jalan di {ROAD} dpn {CHURCH} mati total sdh sebulan, gelap sekali. mohon dinas perhub perbaiki""",
)
t(
    "sms_plain",
    "homes",
    """KOTKUPANG selamat siang, rmh kami di {BLK} kel {KEL} kemasukan air tiap hujan krn got di blok itu buntu. {M1.g|l} {M1.hp}""",
)
t(
    "sms_plain",
    "homes",
    """KOTKUPANG mohon info, warga rt {NRT} kel {KEL|l} mau urus sertifikat massal, dmn daftarnya? ketua rt sdh tanya ke kantor lurah di {JLN} tp blm ada jawaban""",
)
t(
    "sms_plain",
    "homes",
    """KOTKUPANG sampah di pojok {GGN} sdh numpuk 2 minggu, bau sampai ke rumah sy di [[address:{GGN|r} No. {NO}]]. truk dlhk tdk lewat. {P1.g1}""",
)
t(
    "sms_caps",
    "homes",
    """KOTKUPANG SAYA {M1|r} WARGA {RTRW} KEL {KEL} MINTA TOLONG JALAN MASUK KE RUMAH SUDAH RUSAK PARAH. HP {M1.hp}""".replace(
        "{M1|r}", "{M1}"
    ),
)
t(
    "sms_caps",
    "homes",
    """KOTKUPANG DRAINASE DI {ROAD} DEPAN {MKT} TERSUMBAT, AIR MELUAP KE JALAN. MOHON DINAS PUPR TURUN. TERIMA KASIH""",
)
t(
    "sms_caps",
    "homes",
    """KOTKUPANG RUMAH KAMI DI {STGG} KEL {KEL} RETAK AKIBAT GALIAN PIPA. MOHON GANTI RUGI. DARI {F1} DI {KEL}""",
)
t(
    "sms_caps",
    "homes",
    """KOTKUPANG WARGA RT {NRT} DAN RT {NRT} KEL {KEL} SUDAH 3 HARI TIDAK DAPAT AIR. KETUA RT {NRT} SUDAH LAPOR KE PDAM TAPI BELUM ADA JAWABAN""",
)
t(
    "sms_caps",
    "homes",
    """KOTKUPANG SAYA TINGGAL DI {CPLX} BLOK {N} NO {NO}? """.replace(
        "{CPLX} BLOK {N} NO {NO}? ", "{BLK}. "
    )
    + """ANJING LIAR BANYAK, ANAK SAYA {P2.g} DIGIGIT. MOHON DINAS PERTANIAN TANGKAP. {P1.g}""",
)
t(
    "whatsapp",
    "homes",
    """
    [{TGL1} 19.02] {F1.g}: Pak RT, air got di depan rumah sa {ST} masuk ke dapur lagi
    [{TGL1} 19.05] Pak RT {M2.g}: Sabar ibu, besok sa lapor ke kelurahan
    [{TGL1} 19.06] {F1.g}: Makasih pak. Rumah bu {F3.g} di sebelah ju kena
    [{TGL1} 19.10] Grup RT {NRT}: Besok kerja bakti jam 7 pagi
""",
)
t(
    "whatsapp",
    "homes",
    """
    [07.15] Admin Kelurahan: Info jadwal fogging hari ini: RT {NRT}, RT {NRT} dan RT {NRT} Kel. {KEL}.
    [07.16] Admin Kelurahan: Mohon warga buka pintu dan jendela. Pertanyaan hubungi kantor lurah {OFCTEL}.
    [07.20] grup warga: Siap min
""",
)
t(
    "whatsapp",
    "homes",
    """
    [{TGL1} 21.40] {M1.g|l}: ini alamat lengkap sa kalo mau antar sembako: {STRT}, kel {KEL}, samping {SHOP}
    [{TGL1} 21.41] {F2.g|l}: ok bapa, besok sore mama {F3.g} yg antar
    [{TGL1} 21.43] {M1.g|l}: sip. nomor sa {M1.hp}
""",
)
t(
    "whatsapp",
    "homes",
    """
    [{TGL1} 08.12] Info Kupang: {ROAD} ditutup sementara untuk perbaikan pipa. Pengendara diarahkan lewat {JLN}.
    [{TGL1} 08.14] Info Kupang: Pengaduan PDAM WA center {OFCHP}.
""",
)
t(
    "web_form",
    "homes",
    """
    Nama Pelapor: {M1}
    Alamat: {ADDR}, Kel. {KEL}, Kec. {KEC}
    No. HP: {M1.hp}
    Kategori: Infrastruktur
    Isi Laporan: Jalan di depan {SCH} berlubang besar. Lokasi kejadian di {ROAD}, bukan di depan rumah saya.
""",
)
t(
    "web_form",
    "homes",
    """
    Kategori: Kebersihan
    Lokasi: {ROAD} (samping {MKT})
    Isi: Tempat sampah sementara di lokasi ini penuh dan dibakar warga tiap malam. Asap masuk ke {SCH} di {JLN} No. {NO}.
    Rahasiakan identitas: Ya
""",
)
t(
    "web_form",
    "homes",
    """
    Judul: Rumah terendam air dari proyek jalan
    Pelapor: {F1}
    Alamat pelapor: [[address:{CPLX|r} Blok {N} No. {NO}]]
    Uraian: Sejak proyek pelebaran {ROAD} dimulai, air hujan dialirkan ke perumahan kami. Rumah saya dan rumah {M2} ({BLK}) terendam setinggi lutut. Nomor tiket sebelumnya {TIX}.
""",
)
t(
    "web_form",
    "mixed",
    """
    Nama: {P1}
    NIK: {NIK}
    Alamat Domisili: {STGG}
    RT/RW: [[address:RT {NRT}/RW {NRW}]]
    Kelurahan: {KEL}
    Keluhan: Kelurahan meminta surat pengantar RT padahal Ketua RT {NRT} sedang sakit.
""",
)
t(
    "social",
    "homes",
    """
    Grup FB Suara Warga Kupang
    {F1}: Min mau tanya, rumah sa di {GGA} kel. {KEL} su 3 bulan sonde dapat air. Ada yang sama?
    {M2}: Sama kaka, kami di {RTRW} {KEL} ju begitu
    Admin Grup: Silakan lapor ke WA center PDAM {OFCHP} ya kak
""",
)
t(
    "social",
    "homes",
    """
    Tweet ke @LAPOR1708: {ROAD} depan {RS} sudah 6 bulan berlubang. Kapan diperbaiki? #KotaKupang #jalanrusak
""",
)
t(
    "social",
    "homes",
    """
    Postingan Instagram @infokupang_terkini: Banjir setinggi 50 cm di {ROAD} dan {JLN} sore ini. Warga RT {NRT} Kel. {KEL} mengungsi ke {CHURCH}.
    Komentar:
    kupang_bersuara: semoga cepat surut
    [[name:{P1.g|lr} {P1.f|lr}]]: rumah sa di [[address:{JLN|lr} no {NO}]] ju masuk air 😭
""",
)
t(
    "social",
    "homes",
    """
    Ulasan Google untuk {SHOP} ({JLN} No. {NO}, Kupang): Pelayanan ramah, harga sesuai. Parkir sempit. ⭐⭐⭐⭐
""",
)
t(
    "call_transcript",
    "homes",
    """
    Petugas: Selamat pagi, pengaduan PDAM Kota Kupang, dengan {F1.g}.
    Penelepon: Pagi ibu, saya {M2}, mau lapor pipa bocor.
    Petugas: Alamat rumah Bapak?
    Penelepon: {STRT}, Kelurahan {KEL}.
    Petugas: Bocornya di depan rumah atau di jalan umum?
    Penelepon: Di {ROAD}, depan {SHOP}. Bukan di rumah.
    Petugas: Baik, nomor laporan {TIX}.
""",
)
t(
    "call_transcript",
    "homes",
    """
    Operator 112: 112, ada yang bisa dibantu?
    Penelepon: Ada kebakaran rumah di {BLK}, Kelurahan {KEL}! Rumah {M1} punya.
    Operator 112: Ada korban?
    Penelepon: Belum tahu, nomor saya {HP}. Nama saya {F2.g}.
    Operator 112: Damkar menuju lokasi.
""",
)
t(
    "call_transcript",
    "homes",
    """
    Petugas: Dinas PUPR, selamat siang.
    Penelepon: Siang pak. {ROAD} di depan {CHURCH} berlubang, motor sering jatuh.
    Petugas: Sudah ada laporan sebelumnya, nomor {TIX}. Tim survei minggu depan.
    Penelepon: Baik, terima kasih.
""",
)
t(
    "email_thread",
    "homes",
    """
    From: {M1} <{M1.mail}>
    To: pengaduan@kupangkota.go.id
    Subject: Permohonan pemasangan lampu jalan

    Selamat siang. Saya tinggal di {ST}, Kel. {KEL}. Lorong menuju rumah saya gelap sejak tiang di {ROAD} roboh. Mohon pemasangan lampu.

    Salam,
    {M1}
""",
)
t(
    "email_thread",
    "homes",
    """
    From: Humas PDAM Kota Kupang <humas@pdamkotakupang.co.id>
    To: warga
    Subject: Gangguan distribusi

    Distribusi air ke Kel. {KEL}, Kel. {KEL} dan {CPLX} terganggu karena perbaikan pipa di {ROAD}. Kantor pelayanan kami di Jl. Perintis Kemerdekaan No. {NO} tetap buka. Hotline {OFCTEL}.
""",
)
t(
    "email_thread",
    "homes",
    """
    Pada {TGL} 08.12, {F1} <{F1.mail}> menulis:
    > Pak, alamat rumah kami yang benar {STGG}, bukan {JLN} No. {NO}. Itu alamat toko {SHOP}. Tolong surat PBB dikirim ke rumah.
    Ibu {F1.g}, data sudah kami ubah. NOP {NOP} tetap sama.
    Bapenda Kota Kupang
""",
)
t(
    "kupang_malay",
    "homes",
    """Kaka dong, beta pung rumah di {ADDR} tu air su masuk sampe kamar. Got di {ROAD} sonde dibersihkan dari taon lalu. Tolong bilang ko PUPR dong. - {M1.g|l}""",
)
t(
    "kupang_malay",
    "homes",
    """Pak lurah, warga RT {NRT} su capek tunggu. Sampah di pinggir {ROAD} dekat {MKT} tu su bau busuk. Sonde ada truk datang ko?""",
)
t(
    "kupang_malay",
    "homes",
    """Beta {F1.g}, tinggal di [[address:lorong belakang {CHURCH|r} No. {NO}]]. Tiap malam orang mabok bakumpul di depan beta pung rumah. Polisi dong sonde pernah patroli sampe sini.""",
)
t(
    "kupang_malay",
    "homes",
    """Om {M1.g} di {RTRW} Kel. {KEL} pung rumah su roboh kena angin. Dia pung anak {P2.g} ada di {RS}. Sapa yang bisa bantu seng?""",
)
t(
    "spreadsheet",
    "homes",
    """
    No,Nama Penerima,Alamat,RT/RW,Kelurahan,No HP
    1,{M1},{ST},[[address:{NRT}/{NRW}]],{KEL},{M1.hp}
    2,{F2},{BLK},[[address:{NRT}/{NRW}]],{KEL},{F2.hp}
    3,{P3},{GGA},[[address:{NRT}/{NRW}]],{KEL},{P3.hp}
""",
)
t(
    "spreadsheet",
    "homes",
    """
    Instansi;Alamat;Telepon
    {OFFICE};{ROAD} No. {NO};{OFCTEL}
    {PKM};{JLN} No. {NO};{OFCTEL}
    {SCH};{JLN} No. {NO};{OFCTEL}
""",
)
t(
    "spreadsheet",
    "homes",
    """
    Nama Usaha | Alamat Usaha | Pemilik | Telp Usaha
    {SHOP} | {JLN} No. {NO} | {M1} | {OFCHP}
    Kios sayur | {ST} (rumah sendiri) | {F2} | {OFCHP}
""",
)
t(
    "scan",
    "scans",
    """
    SURAT KETERANGAN DOMISILI
    Nomor : {SURAT}
    Yang bertanda tangan di bawah ini Lurah {KEL|u} menerangkan bahwa:
    Nama   : {M1|u}
    NIK    : {M1.nik}
    Alamat : {ST|u}
    RT/RW  : [[address:0{NRT}/0{NRW}]]
    benar berdomisili di wilayah Kelurahan {KEL|u}, Kecamatan {KEC|u}.
""",
)
t(
    "scan",
    "homes",
    """
    PEMERINTAH KOTA KUPANG
    KECAMATAN {KEC|u}
    KELURAHAN {KEL|u}
    Jl. Amabi No. {NO} Telp. {OFCTEL}

    PENGUMUMAN
    Pembagian beras bagi warga RT {NRT} s/d RT {NRT} dilaksanakan di halaman kantor pada {TGL}.
""",
)
t(
    "letter",
    "homes",
    """
    Hal: Keberatan atas pembongkaran pagar

    Saya {F1}, beralamat di {ST} (depan {SCH}), Kel. {KEL}. Pagar rumah saya dibongkar petugas Satpol PP tanpa surat. Yang hadir saat itu Ketua RT {NRT} dan petugas kelurahan.
    {F1}
""",
)
t(
    "sms_plain",
    "homes",
    """KOTKUPANG pak, got di depan kantor camat {KEC|l} di {JLN} No. {NO} tersumbat, bau sampai ke jalan. mohon dibersihkan""",
)
t(
    "web_form",
    "homes",
    """
    Nama Pelapor: Anonim
    Lokasi Masalah: {ROAD}, dekat {PKM}
    Uraian: Lampu PJU padam 200 meter. Pernah dilaporkan nomor {TIX}.
""",
)


# ================================================================ names
t(
    "letter",
    "names",
    """
    Yth. Kepala {PKM}

    Saya {Fb1}, ibu dari pasien anak {Pb2.g} (4 tahun). Tanggal {TGL} anak saya ditangani bidan {F3.g} dengan baik, tetapi petugas loket atas nama {M4} meminta biaya {UANG} walaupun kami peserta BPJS nomor {Fb1.bpjs}.
    Mohon penjelasan.

    Hormat saya,
    {Fb1}
""",
)
t(
    "letter",
    "names",
    """
    Dengan hormat,
    Kami dari Komite Sekolah {SCH} menyampaikan terima kasih kepada Dinas Pendidikan atas bantuan buku. Bantuan diterima di ruang kepala sekolah dan dicatat oleh bendahara komite. Semoga kasih dan berkat Tuhan menyertai kita.

    Salam damai,
    Komite Sekolah
""",
)
t(
    "letter",
    "names",
    """
    Kepada Yth. Bapak Wali Kota Kupang

    Saya {Mc1}, pedagang di {MKT}, mengadukan pungutan liar oleh oknum yang mengaku petugas pasar bernama {M2}. Istri saya {Fc3} juga pernah dimintai {UANG}. Toko kami di pasar bernama Toko Sinar Abadi, bukan nama kami.

    Hormat saya,
    {Mc1}
""",
)
t(
    "letter",
    "names",
    """
    Perihal: Permohonan perbaikan data

    Nama anak saya tertulis "[[name:{Ps2.g|r} {Ps1.f|r}i]]" di akta kelahiran, yang benar [[name:{Ps2.g|r} {Ps1.f|r}]]. Saya ayahnya, {Ms1}, tinggal di {RTRW} Kel. {KEL}.

    Hormat saya,
    {Ms1}
""",
)
t(
    "sms_plain",
    "names",
    """KOTKUPANG sy {Fa1.g|l} mau tanya, anak sy {Pa2.g|l} blm dpt KIP pdhl sdh daftar di {SCH}. wali kls ibu {F3.g|l} bilang tunggu. sampai kapan?""",
)
t(
    "sms_plain",
    "names",
    """KOTKUPANG trm ksh pak lurah dan staf kelurahan {KEL|l} yg sdh bantu warga waktu banjir. tuhan berkati""",
)
t(
    "sms_plain",
    "names",
    """KOTKUPANG pak, di {RS|l} itu pelayanan igd lambat skali. dokter jaga tdk ada. tolong dinkes perhatikan""",
)
t(
    "sms_plain",
    "names",
    """KOTKUPANG sy {Mb1|l} pedagang canang di {MKT|l}, lapak sy dibongkar tanpa pemberitahuan. hp {HP}""",
)
t(
    "sms_caps",
    "names",
    """KOTKUPANG SAYA {Fs1} DARI SUMBA TINGGAL DI {KEL}. ANAK SAYA {Ps2.g} BELUM TERDAFTAR DI KK. TOLONG BANTU. HP {Fs1.hp}""",
)
t(
    "sms_caps",
    "names",
    """KOTKUPANG TERIMA KASIH UNTUK PETUGAS {PKM} YANG SUDAH MELAYANI DENGAN KASIH. PELAYANAN INDAH SEKALI""",
)
t(
    "sms_caps",
    "names",
    """KOTKUPANG RAMBU LALU LINTAS DI SIMPANG {ROAD} ROBOH DITABRAK TRUK. MOHON DISHUB PASANG ULANG""",
)
t(
    "sms_caps",
    "names",
    """KOTKUPANG LAPORAN DARI {Mx1}, KETUA RT {NRT}. WARGA KAMI {Fx2} SUDAH 3 BULAN TIDAK DAPAT BANSOS. NIK {Fx2.nik}""",
)
t(
    "whatsapp",
    "names",
    """
    [{TGL1} 10.02] {F1.g|l}: selamat pagi bu {F2.g}, sa mau daftar anak sa {P3.g} ke posyandu
    [{TGL1} 10.05] {F2.g|l}: pagi mama, bawa buku KIA ya. posyandu Bunga Bakung jam 9
    [{TGL1} 10.06] mama: ok
    [{TGL1} 10.07] {F1.g|l}: siap bu, makasih
""",
)
t(
    "whatsapp",
    "names",
    """
    [{TGL1} 16.20] Admin Kelurahan: Pengumuman: pendataan ulang penerima BLT dilaksanakan di Aula Kelurahan {KEL}. Bawa KK dan KTP asli.
    [{TGL1} 16.22] grup warga: 👍
    [{TGL1} 16.25] Admin Kelurahan: Pertanyaan ke WA kantor {OFCHP}
""",
)
t(
    "whatsapp",
    "names",
    """
    [{TGL1} 20.11] {Mn1}: Ade {Mn2.g} su sampe di Kupang ko?
    [{TGL1} 20.13] {Mn2}: Su kaka. Sa nginap di rumah {Fm3} di {ST}
    [{TGL1} 20.15] {Mn1}: Sip. Besok ke kantor Dukcapil urus pindah domisili
""",
)
t(
    "whatsapp",
    "names",
    """
    [{TGL1} 09.00] Info Gereja: Ibadah syukur {CHURCH} dipimpin Pdt. {F1} dan Vikaris {M2}. Persembahan ke rekening gereja.
    [{TGL1} 09.03] {F3.g|l}: amin, Tuhan berkati
""",
)
t(
    "whatsapp",
    "names",
    """
    [{TGL1} 13.40] {Mk1.g|l}: bang, sa dengar tanah di {KEL} itu masih sengketa antara keluarga {Mx2.f} dan keluarga {Mx3.f}
    [{TGL1} 13.42] {Fk4.g|l}: iya, sidang minggu depan di pengadilan
""",
)
t(
    "web_form",
    "names",
    """
    Nama Pelapor: {Fn1}
    Email: {Fn1.mail}
    Isi Laporan: Guru honor {SCH} atas nama {M2} belum menerima gaji 4 bulan. Kepala sekolah, Ibu {F3}, S.Pd., mengatakan dana BOS terlambat.
""",
)
t(
    "web_form",
    "names",
    """
    Kategori: Fasilitas umum
    Lokasi: Taman Nostalgia, {ROAD}
    Isi Laporan: Patung dan nama-nama pahlawan di taman rusak dicoret. Mohon Dinas Pariwisata memperbaiki. Jalan di sekitar {RS} juga gelap.
""",
)
t(
    "web_form",
    "names",
    """
    Nama: {Fb1}
    Nama panggilan: [[name:{Fb1.g|r}]]
    Pekerjaan: Penjual canang di {MKT}
    Laporan: Suami saya {Mb2} dipukul preman pasar. Kejadian sudah dilaporkan ke Polsek, STPL/{N}{NN}/X/2026.
""",
)
t(
    "social",
    "names",
    """
    Facebook - Kupang Info Terkini
    {F1}: Selamat jalan {M2}, guru kami di {SCH}. Tuhan memberi kekuatan bagi keluarga.
    [[name:{M3.g|lr} {M3.f|lr}]]: turut berduka pak guru 🙏
    Admin: Turut berduka cita
""",
)
t(
    "social",
    "names",
    """
    TikTok @kupangviral: Jalan Frans Seda malam ini macet total karena truk mogok di depan <<Universitas Nusa Cendana||Bandara El Tari||RS Bhayangkara Drs. Titus Uly||Stadion Oepoi>> jam {JAM}. Sabar ya guys #kupang
""",
)
t(
    "social",
    "names",
    """
    Postingan di grup Jual Beli Kupang: Dicari! Anjing hilang warna hitam, nama Bobi. Terakhir dilihat di {JLN}. Hubungi pemilik {F1.g} {F1.hp}.
    {M2}: semoga cepat ketemu kak
""",
)
t(
    "social",
    "names",
    """
    Ulasan Google untuk RSUD S.K. Lerik: Dokter ramah, perawat {F1.g} sangat sabar merawat ayah saya {M2}. Terima kasih. - {M3}
""",
)
t(
    "social",
    "names",
    """
    Instagram @pemkotkupang: Wali Kota Kupang meninjau {MKT} bersama Kepala Dinas Perdagangan. Pedagang diminta menjaga kebersihan. #KupangKotaKasih
    Komentar:
    [[name:{P1.g|lr} {P1.f|lr}]]: pasar kasih naikoten kapan direnovasi pak?
""",
)
t(
    "call_transcript",
    "names",
    """
    Petugas: Layanan Dukcapil Kota Kupang, dengan {F1.g}, ada yang bisa dibantu?
    Penelepon: Saya {Mc2}, mau tanya akta anak saya {Pc3.g}.
    Petugas: Nama ibunya?
    Penelepon: {Fc4}.
    Petugas: Baik, akta sudah jadi, bisa diambil di loket 3.
""",
)
t(
    "call_transcript",
    "names",
    """
    Petugas: Pengaduan PLN 123, selamat malam.
    Pelapor: Malam. Listrik di Kelurahan {KEL} padam sejak sore. Banyak warga RT {NRT} mengeluh.
    Petugas: Mohon ID pelanggan?
    Pelapor: {IDPEL}.
    Petugas: Gangguan sedang ditangani, estimasi pukul {JAM}.
""",
)
t(
    "call_transcript",
    "names",
    """
    Agen: Bapak namanya siapa?
    Penelepon: {Ms1}. Biasa dipanggil [[name:<<Ose||Ati||Eto||Ance||Ebi||Oni||Ina||Tata||Nyong||Ucu>>]].
    Agen: Bapak {Ms1.g}, kejadiannya di mana?
    Penelepon: Di rumah saudara saya {Fs2} di {BLK}.
""",
)
t(
    "email_thread",
    "names",
    """
    From: {M1.fg} <{M1.mailgov}>
    To: "{F2|r}" <{F2.mail}>
    Subject: Re: Verifikasi data PKH

    Ibu {F2.g}, data suami Ibu, {M3}, sudah kami verifikasi. Silakan datang ke kantor.

    Salam,
    {M1}
    Pendamping PKH Kec. {KEC}
""".replace('"{F2|r}"', '"[[name:{F2|r}]]"'),
)
t(
    "email_thread",
    "names",
    """
    From: Tata Usaha {SCH} <tu.sekolah.kupang@gmail.com>
    To: guru-honor@googlegroups.com
    Subject: Jadwal rapat

    Rapat guru hari Sabtu jam {JAM} di ruang guru. Kontak TU: telp {OFCTEL}.
""",
)
t(
    "email_thread",
    "names",
    """
    On {TGL}, {Ma1} <{Ma1.mail}> wrote:
    > Mohon bantuan, ibu saya {Fa2} belum menerima kartu KIS.
    Terima kasih Pak {Ma1.g}, kartu KIS nomor {BPJS} atas nama ibu Bapak sudah dicetak.
    CS BPJS Kesehatan Cabang Kupang
""",
)
t(
    "email_thread",
    "names",
    """
    From: noreply@lapor.go.id
    Subject: Laporan {TIX} telah didisposisikan

    Laporan Anda telah diteruskan ke Dinas PUPR Kota Kupang. Instansi akan merespons dalam 5 hari kerja.
""",
)
t(
    "kupang_malay",
    "names",
    """Beta pung ade {F1.g} tu dong panggil dia [[name:<<Ose||Ati||Eto||Ance||Ebi||Oni||Ina||Tata||Nyong||Ucu>>]] sa. Dia su 2 minggu sonde pulang dari {MKT}. Sapa yang liat tolong kasi tau beta {M2.g}, {M2.hp}""",
)
t(
    "kupang_malay",
    "names",
    """Eee Bapa Wali, jalan di depan {RS} tu su rusak lama. Jang cuma janji sa. Kasih perhatian ko kotong orang kecil ni.""",
)
t(
    "kupang_malay",
    "names",
    """Mama {Fx1.g} deng bapa {Mx2.g} dong pung anak {Px3.g} su kelas 3 SD di {SCH} ma sonde dapat PIP. Kepala sekolah bilang nanti sa.""",
)
t(
    "kupang_malay",
    "names",
    """Om dong, di {SHOP} tu nona penjaga kasar sekali. Beta cuma mau tanya harga. Toko di {JLN} No. {NO}. Sonde ada nama, beta sonde tau dia pung nama.""",
)
t(
    "spreadsheet",
    "names",
    """
    No;Nama Siswa;NISN;Nama Orang Tua;HP Orang Tua
    1;{Pb1|u};{NISN};{Fb2|u};{Fb2.hp}
    2;{Pc3|u};{NISN};{Mc4|u};{Mc4.hp}
    3;{Ps5|u};{NISN};{Fs6|u};{Fs6.hp}
""",
)
t(
    "spreadsheet",
    "names",
    """
    Nama Tempat,Jenis,Alamat
    RSUD Prof. Dr. W. Z. Johannes,Rumah Sakit,Jl. Moh. Hatta No. 19
    RS Bhayangkara Drs. Titus Uly,Rumah Sakit,Jl. Sudirman
    SMPK St. Theresia,Sekolah,Jl. Ahmad Yani
    Apotek Kasih Ibu,Apotek,{JLN} No. {NO}
""",
)
t(
    "spreadsheet",
    "names",
    """
    1. {Mx1} (47)
    2. {Fx2} ({NN})
    3. {Pa3} ({NN})
    4. {Pk4} ({NN})
    Daftar lansia penerima makanan tambahan RT {NRT}, dikoordinasi oleh kader {F5}.
""",
)
t(
    "scan",
    "names",
    """
    KARTU TANDA PENDUDUK
    NIK    : {Fb1.nik}
    N a m a : {Fb1|u}
    Tempat/Tgl Lahir : DENPASAR, 12-03-1988
    Alamat : {ST|u}
    RT/RW  : [[address:0{NRT}/00{N}]]
    Agama  : HINDU
""",
)
t(
    "scan",
    "names",
    """
    AKTA KELAHIRAN
    Di Kota Kupang telah lahir [[name:{Pc1|ur}]]
    anak ke-2 dari ayah [[name:{Mc2|ur}]]
    dan ibu [[name:{Fc3|ur}]]
""",
)


# ================================================================ calls
t(
    "call_transcript",
    "calls",
    """
    Petugas: Call center Dinas Sosial, selamat pagi.
    Penelepon: Pagi bu. Saya mau tanya bansos PKH saya belum cair.
    Petugas: Boleh nama lengkap?
    Penelepon: {F1}.
    Petugas: NIK ibu?
    Penelepon: {F1.nik}.
    Petugas: Alamat?
    Penelepon: {STRT}, Kel. {KEL}.
    Petugas: Baik ibu {F1.g}, nanti pendamping kami hubungi ke nomor ini ya?
    Penelepon: Iya, {F1.hp}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Selamat siang, Unit Pengaduan Kasih Kota Kupang.
    Penelepon: Siang. Saya mau lapor pungli di {MKT}.
    Petugas: Baik, kami catat. Nama Bapak boleh dirahasiakan kalau mau.
    Penelepon: Rahasiakan saja.
    Petugas: Baik. Nomor laporan {TIX}. Perkembangan bisa dicek di lapor.go.id.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Operator: 112 Kota Kupang.
    Penelepon: Pak, ada tabrakan di {ROAD} depan {SCH}. Motor plat {PLATE} tabrak pejalan kaki lalu kabur.
    Operator: Korban sadar?
    Penelepon: Sadar. Namanya {F1}, tinggal di {ST}.
    Operator: Ambulans menuju lokasi. Nomor Bapak?
    Penelepon: {HP}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    CS: PDAM Kota Kupang, dengan {F1.g}. Ada yang bisa dibantu?
    Pelanggan: Saya {M2}, nomor sambungan {PDAM}.
    CS: Alamat pemasangan Bapak?
    Pelanggan: [[address:{CPLX|r} Blok {N} No. {NO}]].
    CS: Tagihan bulan ini {UANG}. Ada meter rusak, teknisi kami Pak {M3.g} datang besok. Kalau perlu, WA beliau di {M3.hp}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Dukcapil, selamat pagi. Ada yang bisa dibantu?
    Penelepon: Pagi. KK saya hilang, mau cetak ulang.
    Petugas: Nomor KK masih ingat?
    Penelepon: {KKB}.
    Petugas: Atas nama kepala keluarga?
    Penelepon: {Mb1}.
    Petugas: Baik, datang bawa surat kehilangan dari polsek.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: BPJS Kesehatan Care Center 165, dengan {M1.g}.
    Peserta: Saya mau tanya kartu anak saya tidak aktif.
    Petugas: Nomor kartunya?
    Peserta: {BPJS}.
    Petugas: Atas nama?
    Peserta: {P2}, anak saya.
    Petugas: Status non-aktif karena tunggakan {UANG}. Bisa dibayar lewat VA {VA}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Hotline Bapenda, selamat siang.
    Wajib pajak: Siang. Saya mau tanya PBB rumah saya, NOP {NOP}.
    Petugas: Atas nama siapa?
    Wajib pajak: {Mc1}.
    Petugas: Alamat objek?
    Wajib pajak: {ST}, Kel. {KEL}.
    Petugas: Tagihan {UANG}. Kode billing {VA}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Pengaduan Dinas PUPR.
    Warga: Pak, {ROAD} depan {CHURCH} ambles. Ada lubang dalam.
    Petugas: Sudah ada laporan warga lain. Tim turun besok pagi.
    Warga: Baik, terima kasih.
    Petugas: Sama-sama. Kalau darurat hubungi kantor {OFCTEL}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    [Rekaman 00:00] Petugas: Selamat sore, Polresta Kupang Kota, SPKT.
    [00:05] Pelapor: Sore pak, motor saya hilang di parkiran {MKT}.
    [00:09] Petugas: Nomor polisinya?
    [00:12] Pelapor: {PLATE}.
    [00:15] Petugas: Nama pemilik di STNK?
    [00:18] Pelapor: {Mn1}, saya sendiri.
    [00:22] Petugas: Alamat?
    [00:25] Pelapor: {STGG}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Kelurahan {KEL}, selamat pagi.
    Penelepon: Pagi. Saya {F1.g}, dari {RT}. Mau tanya surat pindah.
    Petugas: Untuk siapa?
    Penelepon: Untuk suami saya {M2} dan anak {P3.g}.
    Petugas: Bawa KK asli. Kantor buka Senin–Jumat 08.00–15.00.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Layanan Pengaduan 1708, selamat pagi.
    Penelepon: Pagi. Saya sudah SMS ke 1708 tapi belum dibalas.
    Petugas: Boleh nomor pengirim SMS-nya?
    Penelepon: {HP}.
    Petugas: Ada, laporan tentang sampah di {ROAD}. Sudah didisposisikan ke DLHK.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Dinas Sosial, ada yang bisa dibantu?
    Penelepon: Bu, tadi ada yang telepon dari nomor {SCAMHP}, mengaku petugas Dinas Sosial, minta transfer {UANG} supaya bansos cair.
    Petugas: Itu penipuan, Pak. Nomor kami hanya {OFCTEL}. Jangan transfer.
    Penelepon: Baik bu.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Puskesmas {KEL}, dengan bidan {F1.g}.
    Penelepon: Bidan, saya {F2}, mau tanya jadwal imunisasi anak saya {P3.g}.
    Petugas: Posyandu Bunga Bakung hari Kamis. Kalau mau konsultasi, WA saya di {F1.hp}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Layanan PLN 123.
    Penelepon: Pak, kabel listrik putus di depan rumah saya, {ST}.
    Petugas: ID pelanggan?
    Penelepon: {IDPEL}.
    Petugas: Nama pemohon?
    Penelepon: {Ma1}.
    Petugas: Petugas menuju lokasi. Nomor tiket {TIX}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Call center Samsat Kupang.
    Penelepon: Saya mau tanya pajak motor, nomor polisi {PLATE}.
    Petugas: Atas nama?
    Penelepon: {Mm1}.
    Petugas: Pajak tahun ini {UANG}, jatuh tempo {TGL}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Dukcapil, selamat siang.
    Pelapor: Siang. Saya {Fs1}. Mau ganti data di KTP.
    Petugas: NIK Ibu?
    Pelapor: {NIKS}.
    Petugas: Ganti apa?
    Pelapor: Alamat, sudah pindah ke {BLK}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Pusat informasi Bandara El Tari, selamat pagi.
    Penelepon: Pagi. Ada barang tertinggal di ruang tunggu.
    Petugas: Silakan ke kantor Lost and Found, terminal kedatangan, atau hubungi {OFCTEL}.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Dinas Perhubungan.
    Penelepon: Pak, angkot lampu {N} nomor {PLATE} ugal-ugalan di {ROAD}. Hampir tabrak anak sekolah {SCH}.
    Petugas: Jam berapa?
    Penelepon: Sekitar jam {JAM}.
    Petugas: Kami teruskan ke bidang angkutan.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Selamat pagi, Bank NTT Cabang Utama.
    Nasabah: Pagi. Saya mau blokir rekening, kartu ATM saya hilang.
    Petugas: Nomor rekening?
    Nasabah: {BNTT}.
    Petugas: Atas nama?
    Nasabah: {F1}.
    Petugas: Sudah kami blokir sementara.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Informasi {RS}.
    Penelepon: Saya mau tanya pasien atas nama {M1}, masuk IGD tadi malam.
    Petugas: Bapak keluarganya?
    Penelepon: Saya adiknya, {M2.g}.
    Petugas: Pasien di ruang Cendana. Jam besuk 16.00–18.00.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Bapenda, dengan {F1.g}.
    Penelepon: Mau tanya NPWP, bu.
    Petugas: NPWP Bapak?
    Penelepon: {NPWP}.
    Petugas: Atas nama?
    Penelepon: {Mk2}.
    Petugas: Data sudah cocok, Pak.
""",
)
t(
    "web_form",
    "calls",
    """
    CATATAN TELEPON MASUK - Unit Pengaduan Kasih
    Tanggal: {TGL} {JAM}
    Penelepon: {Fx1}
    No. telepon: {Fx1.hp}
    Alamat: {STRT}, Kel. {KEL}
    Ringkasan: Pelapor mengeluh air PDAM keruh sejak sepekan. Tetangga pelapor {Mx2} juga mengalami.
    Diteruskan ke: PDAM Kota Kupang
""",
)
t(
    "web_form",
    "calls",
    """
    CATATAN CALL CENTER 112
    Waktu: {JAM}
    Kejadian: Pohon tumbang di {ROAD}
    Pelapor: anonim
    Tindakan: BPBD dan Damkar dikirim. Jalan ditutup 2 jam.
""",
)
t(
    "web_form",
    "calls",
    """
    Catatan telepon: Pelapor Bpk. {Mx1}, warga {RTRW}, Kel. {KEL}, menelepon pukul {JAM}. Melaporkan tetangganya {Fx2} menutup saluran air. Nomor pelapor {Mx1.hp}. Nomor tiket {TIX}.
""",
)
t(
    "web_form",
    "calls",
    """
    Form Tindak Lanjut Telepon
    Operator: {F1}
    Isi: Warga menanyakan jadwal pengangkutan sampah di Kel. {KEL}. Dijawab: Senin, Rabu, Jumat. Tidak ada data pribadi dicatat.
""",
)
t(
    "web_form",
    "calls",
    """
    Catatan: Penelepon ibu {Fc1} (HP {Fc1.hp}) melaporkan anaknya {Pc2.g} tidak diterima di {SCH} karena zonasi, padahal rumah di {ST} hanya 300 m dari sekolah.
""",
)
t(
    "email_thread",
    "calls",
    """
    From: Unit Pengaduan Kasih <pengaduan@kupangkota.go.id>
    To: Bagian Organisasi <organisasi@kupangkota.go.id>
    Subject: Rekap telepon {TGL}

    Rekap 5 telepon masuk: 2 air, 1 jalan, 1 sampah, 1 penerangan. Semua sudah didisposisikan. Detail di sistem SP4N-LAPOR!.
""",
)
t(
    "email_thread",
    "calls",
    """
    From: {F1} <{F1.mailgov}>
    To: PDAM Kota Kupang <pengaduan@pdamkotakupang.co.id>
    Subject: Terusan laporan telepon

    Mohon ditindaklanjuti. Penelepon {M2} ({M2.hp}), alamat {STRT}, meter air rusak sejak {TGL}.

    {F1}
    Unit Pengaduan Kasih
""",
)
t(
    "email_thread",
    "calls",
    """
    -----Original Message-----
    From: {Mb1} <{Mb1.maild}>
    Sent: {TGL}
    Subject: Lanjutan telepon kemarin

    Sesuai telepon kemarin dengan petugas {F2.g}, saya kirim NIK saya {Mb1.nik} dan KK {KK}. Rumah saya di {BLK}.
""",
)
t(
    "email_thread",
    "calls",
    """
    From: CS Taksi Bandara <cs@taksibandara-kupang.co.id>
    Subject: Tanggapan keluhan

    Terima kasih atas telepon Anda. Pengemudi unit kami sudah diberi teguran. Hubungi kami di {OFCHP} bila ada keluhan lain.
""",
)
t(
    "spreadsheet",
    "calls",
    """
    Waktu,Penelepon,No HP,Alamat,Masalah,Tiket
    {JAM},{M1},{M1.hp},{ST},Air tidak mengalir,{TIX}
    {JAM},{F2},{F2.hp},{RTRW},Pipa bocor,{TIX}
    {JAM},anonim,-,-,Hydrant rusak,{TIX}
""",
)
t(
    "spreadsheet",
    "calls",
    """
    Jam	Kategori	Lokasi	Status
    {JAM}	Jalan rusak	{ROAD}	Diteruskan PUPR
    {JAM}	Lampu jalan	{ROAD}	Selesai
    {JAM}	Sampah	{MKT}	Diteruskan DLHK
""",
)
t(
    "spreadsheet",
    "calls",
    """
    No | Nama Penelepon | NIK | No. KK | HP | Keperluan
    1 | {Ms1|u} | {Ms1.nik} | {KK} | {Ms1.hp} | Cetak ulang KK
    2 | {Fa2|u} | {Fa2.nik} | {KK} | {Fa2.hp} | Akta lahir
""",
)
t(
    "spreadsheet",
    "calls",
    """
    Nomor Penipu;Mengaku Sebagai;Tanggal Laporan
    {SCAMHP};Petugas Dukcapil;{TGL}
    {SCAMHP};Admin PKH;{TGL}
    {SCAMHP};Kurir J&T;{TGL}
""",
)
t(
    "kupang_malay",
    "calls",
    """
    Petugas: PDAM, selamat pagi.
    Penelepon: Pagi bu. Beta {M1.g} dari {RTRW} Kel. {KEL}. Air su tiga hari sonde jalan.
    Petugas: Bapa pung nomor sambungan?
    Penelepon: {PDAM}. Beta pung HP {M1.hp}.
    Petugas: Baik bapa, nanti teknisi datang.
""",
)
t(
    "kupang_malay",
    "calls",
    """
    Petugas: Kelurahan, selamat siang.
    Penelepon: Siang pak. Lampu jalan di {ROAD} tu mati, su gelap sekali. Orang mabok bakumpul.
    Petugas: Nanti katong lapor ke Dinas Perhubungan.
""",
)
t(
    "kupang_malay",
    "calls",
    """
    Penelepon: Halo, ini Dukcapil ko? Beta mau tanya beta pung mama {F1} pung KTP.
    Petugas: Mama pung NIK?
    Penelepon: {F1.nik}. Dia tinggal di {ST}, Kel. {KEL}.
    Petugas: KTP su jadi, ambil di kantor.
""",
)
t(
    "kupang_malay",
    "calls",
    """
    Operator: 112.
    Penelepon: Tolong, ada orang jatuh dari motor di {ROAD}. Dia pung motor plat {PLATE}.
    Operator: Bapa pung nama?
    Penelepon: {M1.g}. Nomor ni {HP}.
""",
)
t(
    "whatsapp",
    "calls",
    """
    [{TGL1} 11.02] {F1}: Tadi sa telepon call center PLN 123, dong kasih nomor tiket {TIX}
    [{TGL1} 11.05] {M2}: Listrik di rumah sa {ST} ju mati. Sa telepon nanti
""",
)
t(
    "whatsapp",
    "calls",
    """
    [{TGL1} 14.00] Puskesmas {KEL1}: Selamat siang, pendaftaran vaksin lewat WA {OFCHP} atau telepon {OFCTEL}.
    [{TGL1} 14.10] {F1.g|l}: sa su telepon tapi sonde diangkat
""",
)


# ================================================================ scans
t(
    "scan",
    "scans",
    """
    PROVINSI NUSA TENGGARA TIMUR
    KOTA KUPANG
    NIK : {NIKO}
    Nama : {M1.sp}
    Tempat/Tgl Lahir : {TTL}
    Jenis Kelamin : LAKI-LAKI Gol. Darah : O
    Alamat : {ST|u}
    RT/RW : [[address:0{NRT}/00{N}]]
    Kel/Desa : {KEL|u}
    Kecamatan : {KEC|u}
    Pekerjaan : {KERJA}
    Berlaku Hingga : SEUMUR HIDUP
""",
)
t(
    "scan",
    "scans",
    """
    PROVINSI NUSA TENGGARA TIMUR
    KOTA KUPANG
    NIK   {F1.nik}
    N a m a   [[name:{F1|ur}]]Tempat/Tgl Lahir {TTL}
    Jenis Kelamin PEREMPUAN
    Alamat  {BLK|u}
    RT/RW   [[address:0{NRT}/0{NRW}]]
    Kel/Desa  {KEL|u}
""",
)
t(
    "scan",
    "scans",
    """
    KARTU KELUARGA
    No. {KKO}
    Nama Kepala Keluarga : {M1|u}
    Alamat : {STRT|u}
    Desa/Kelurahan : {KEL|u}   Kecamatan : {KEC|u}
    Kabupaten/Kota : KOTA KUPANG   Provinsi : NUSA TENGGARA TIMUR
    No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan
    1 | {M1|u} | {M1.nik} | LAKI-LAKI | KEPALA KELUARGA
    2 | {F2|u} | {F2.nik} | PEREMPUAN | ISTRI
    3 | [[name:{M3.g|ur} {M1.f|ur}]] | {NIKB} | LAKI-LAKI | ANAK
""",
)
t(
    "scan",
    "scans",
    """
    KARTU KELUARGA No. {KK}
    Nama Kepala Keluarga : [[name:I {Mb1.g|ur}
    {Mb1.f|ur}]]
    Alamat : [[address:{CPLX|ur} BLOK {N} NO. {NO}]]
    RT/RW : [[address:0{NRT}/00{N}]]
    1 {Mb1|u} {Mb1.nik} KEPALA KELUARGA HINDU
    2 {Fb2|u} {Fb2.nik} ISTRI HINDU
""",
)
t(
    "scan",
    "scans",
    """
    SURAT PENGANTAR RT
    Nomor : {NN}/RT.{NRT1}/X/2026
    Ketua RT {NRT1} RW {NRW} Kelurahan {KEL} menerangkan:
    Nama : {F1.on}
    NIK : {F1.nik}
    Alamat : {STRT}
    Keperluan : pengurusan KTP-el
    Ketua RT {NRT1}
    ttd
    {M2}
""",
)
t(
    "scan",
    "scans",
    """
    PEMERINTAH KOTA KUPANG
    DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
    Jl. S.K. Lerik, Kelapa Lima, Kupang. Telp. {OFCTEL}
    FORMULIR F-1.02 BIODATA PENDUDUK
    1. Nama Lengkap : {Mc1.sp}
    2. NIK : {Mc1.nik}
    3. No. KK : {KK}
    4. Alamat : {GGA|u}
    5. No. HP : {Mc1.hp}
""",
)
t(
    "scan",
    "scans",
    """
    SURAT KETERANGAN TIDAK MAMPU
    Nomor: {SURAT}
    Lurah {KEL1} menerangkan bahwa
    Nama : {Fs1|u}
    NIK : {NIKD}
    Alamat : [[address:{JLN|ur} NO. {NO}]]   RT/RW : [[address:{NRT}/{NRW}]]
    adalah benar warga tidak mampu. Surat ini untuk pengurusan KIS / BPJS PBI.
    Lurah {KEL1}
    {M2}
""",
)
t(
    "scan",
    "scans",
    """
    KARTU INDONESIA SEHAT
    No. Kartu : {BPJS}
    Nama : {P1.sp}
    Tgl Lahir : {TGL}
    Faskes Tk. I : {PKM|u}
""",
)
t(
    "scan",
    "scans",
    """
    BUKU TABUNGAN BRI BritAma
    NO. REKENING : {BRI}
    NAMA : {M1.on}
    ALAMAT : [[address:{JLN|ur} NO {NO} RT {NRT} RW {NRW}]]
    KANTOR CABANG : BRI CABANG KUPANG, JL. SOEHARTO NO. {NO}
""",
)
t(
    "scan",
    "scans",
    """
    SURAT KETERANGAN KEMATIAN
    Nomor : {SURAT}
    Yang bertanda tangan di bawah ini menerangkan bahwa
    Nama : {M1|u}
    NIK : {NIKO}
    Alamat terakhir : {ST|u}
    telah meninggal dunia pada {TGL} di {RS|u}.
    Pelapor : {F2|u}, hubungan: ISTRI
""",
)
t(
    "scan",
    "scans",
    """
    STNK
    NO. REGISTRASI : {PLATE}
    NAMA PEMILIK : {Mx1.sp}
    ALAMAT : [[address:{JLN|ur} NO.{NO} RT.0{NRT} RW.00{N}]]
    MERK : HONDA  TYPE : VARIO 125
    TAHUN PEMBUATAN : 2019
""",
)
t(
    "scan",
    "scans",
    """
    KARTU NPWP
    NPWP : {NPWP}
    {Mk1.on}
    {ST|u}
    KEL. {KEL|u} KEC. {KEC|u}
    KOTA KUPANG
    KPP PRATAMA KUPANG
""",
)
t(
    "scan",
    "scans",
    """
    PEMERINTAH KOTA KUPANG
    SEKRETARIAT DAERAH
    Jl. S.K. Lerik, Kota Baru, Kupang
    Nomor : {SURAT}
    Lampiran : -
    Perihal : Tindak lanjut pengaduan {TIX}

    Menindaklanjuti pengaduan masyarakat melalui SMS 1708 mengenai genangan air di {ROAD}, bersama ini disampaikan bahwa Dinas PUPR telah menjadwalkan normalisasi saluran.
""",
)
t(
    "scan",
    "scans",
    """
    KOP: KOPERASI SIMPAN PINJAM TUNAS HARAPAN
    Jl. Nangka No. {NO}, Kupang
    NPWP {NPWPB}
    Telp. {OFCTEL}

    Kepada anggota yang terhormat, rapat anggota tahunan diadakan {TGL} jam {JAM} di aula koperasi.
""",
)
t(
    "scan",
    "scans",
    """
    SURAT PERNYATAAN
    Saya yang bertanda tangan di bawah ini :
    Nama       : {F1|u}
    NIK        : {F1.nik}
    Alamat     : {BLK|u}
    No. HP     : {F1.hp}
    menyatakan bahwa anak saya [[name:{P2.g|ur}]] benar belum pernah menerima PIP.
    Kupang, {TGL}
    Yang menyatakan,
    ( {F1|u} )
""",
)
t(
    "scan",
    "scans",
    """
    DAFTAR HADIR RAPAT WARGA
    No  Nama              Alamat              Tanda Tangan
    1   {M1|u}    {ST|u}     ........
    2   {F2|u}    {GGA|u}    ........
    3   {P3.sp}    [[address:RT 0{NRT} RW 0{NRW}]]    ........
""",
)
t(
    "scan",
    "scans",
    """
    KWITANSI
    Sudah terima dari : {M1|u}
    Uang sejumlah : {UANG}
    Untuk pembayaran : retribusi sampah RT {NRT} bulan Oktober
    Penerima,
    Bendahara RT
""",
)
t(
    "scan",
    "scans",
    """
    NlK : {F1.nik}
    Nama : [[name:{F1.g|ur}
    {F1.f|ur}]]
    Alamat : JL.
    [[address:{JLN|ur} NO. {NO}]]
    RT/RW : [[address:0{NRT}/0{NRW}]]
""".replace(
        "Alamat : JL.\n    [[address:{JLN|ur} NO. {NO}]]", "Alamat : [[address:{JLN|ur} NO. {NO}]]"
    ),
)
t(
    "scan",
    "scans",
    """
    SERTIFIKAT HAK MILIK No. {NN}{NO}
    Kelurahan : {KEL}
    NIB : 24.07.01.{NN}.{NO}
    Pemegang Hak : {Ma1|u}
    Letak Tanah : {ROAD}, Kel. {KEL}
    Luas : {NO}0 m2
""",
)
t(
    "scan",
    "scans",
    """
    FORMULIR PENDAFTARAN PESERTA DIDIK BARU
    Nama Siswa : [[name:{P1.g|ur} {M2.f|ur}]]
    NISN : {NISN}
    Nama Ayah : {M2.sp}
    Nama Ibu : {F3|u}
    Alamat Rumah : {STGG|u}
    No. HP Orang Tua : {HPO}
    Sekolah Asal : {SCH|u}
""",
)
t(
    "scan",
    "scans",
    """
    SURAT KUASA
    Saya {F1}, NIK {F1.nik}, beralamat di {STRT}, memberi kuasa kepada {M2}, NIK {M2.nik}, untuk mengambil dana bansos atas nama saya di Kantor Pos Kupang.
    Kupang, {TGL}
    Pemberi kuasa      Penerima kuasa
    {F1}      {M2}
""",
)
t(
    "scan",
    "scans",
    """
    PENGUMUMAN
    Kepada seluruh warga RT {NRT1} RW {NRW} Kelurahan {KEL}: pemadaman listrik terencana pada {TGL} pukul {JAM} sampai selesai. Informasi PLN 123.
    Ketua RT {NRT1}
""",
)
t(
    "scan",
    "scans",
    """
    RESEP / SURAT RUJUKAN
    {PKM|u}
    Pasien: {P1}
    No. BPJS : {BPJS}
    Alamat: {ADDR}
    Dirujuk ke: {RS}
    Dokter: dr. {F2}
""",
)
t(
    "scan",
    "scans",
    """
    KTP-el
    NIK : {NIKO}
    Nama : {Fn1.sp}
    Alamat : {STL}
    Agama : KRISTEN PROTESTAN
    Kewarganegaraan : WNI
""",
)
t(
    "letter",
    "scans",
    """
    (hasil pindai, teks tidak rapi)
    Kepada Yth . Lurah {KEL}
    Saya yang ber tanda tangan dibawah ini {M1} , NIK {M1.nik} ,
    tinggal di {STRT} , mohon dibuat kan surat ket erangan usaha untuk warung saya di rumah.
    Hormat saya
    {M1}
""",
)
t(
    "letter",
    "scans",
    """
    DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
    KOTA KUPANG
    Jl. Timor Raya Km. 5, Kupang  Telp. {OFCTEL}  WA {OFCHP}
    Nomor : {SURAT}
    Perihal : Jadwal perbaikan {ROAD}
    Perbaikan dilaksanakan mulai {TGL}. Pengguna jalan dimohon melewati {JLN}.
""",
)
t(
    "letter",
    "scans",
    """
    [hasil scan halaman 2]
    ... demikian pengaduan ini saya sampaikan. Sebagai bukti saya lampir
    kan fotokopi KTP ( NIK {F1.nik} ) dan KK ( No. {KK} ).
    Hormat saya ,
    {F1}
    {F1.addr}
""",
)
t(
    "letter",
    "scans",
    """
    SURAT PANGGILAN
    Nomor : {SURAT}
    Kepada Sdr. {M1}
    Alamat {ST}, Kel. {KEL}
    Diminta hadir di Kantor Camat {KEC} pada {TGL} jam {JAM} untuk mediasi sengketa batas tanah dengan Sdr. {M2}.
""",
)
t(
    "letter",
    "scans",
    """
    GEREJA MASEHI INJILI DI TIMOR
    JEMAAT {CHURCH|u}
    Jl. Thamrin No. {NO}, Kupang
    WARTA JEMAAT
    Ibadah minggu dipimpin oleh pendeta jemaat. Persekutuan kaum bapak di rumah keluarga {M1.f} ({ST}).
""",
)
t(
    "spreadsheet",
    "scans",
    """
    (hasil OCR tabel)
    NO | NAMA | NIK | ALAMAT | RT/RW
    1 | {M1.sp} | {NIKO} | {ST|u} | [[address:0{NRT}/0{NRW}]]
    2 | {F2|u} | {NIKB} | {GGA|u} | [[address:0{NRT}/0{NRW}]]
    3 | {P3.on} | {NIKS} | {BLK|u} | [[address:0{NRT}/0{NRW}]]
""",
)
t(
    "spreadsheet",
    "scans",
    """
    NO,NAMA KK,NO KK,JUMLAH JIWA,RT
    1,{M1|u},{KKO},{N},[[address:RT {NRT}]]
    2,{F2|u},{KK},{N},[[address:RT {NRT}]]
""",
)
t(
    "spreadsheet",
    "scans",
    """
    Kelurahan,Jumlah KK,Jumlah Jiwa,Keterangan
    {KEL},{NO}{N},{NO}{NN},data OCR 2026
    {KEL},{NO}{N},{NO}{NN},data OCR 2026
    {KEL},{NO}{N},{NO}{NN},data OCR 2026
""",
)
t(
    "spreadsheet",
    "scans",
    """
    NAMA PEDAGANG;NO LOS;NPWP;HP
    {M1|u};{MKT} los {NN};{NPWP};{M1.hp}
    UD BERKAT TIMOR;{MKT} los {NN};{NPWPB};{BIZHP}
    KOPERASI PEDAGANG IKAN;{MKT} los {NN};{NPWPB};{BIZHP}
""",
)
t(
    "spreadsheet",
    "scans",
    """
    No	Nama Pasien	No. KIS	Alamat
    1	{P1|u}	{BPJS}	{ST|u}
    2	{P2.sp}	{BPJS}	{RTRW}
""",
)
t(
    "web_form",
    "scans",
    """
    Lampiran: foto_ktp.jpg (teks terbaca)
    "NIK {NIKO} Nama {M1.sp} Alamat {ST|u}"
    Isi laporan: KTP saya sudah 2 tahun belum dicetak. Saya tinggal di alamat tersebut.
""",
)
t(
    "web_form",
    "scans",
    """
    Lampiran: IMG_20261105_0931.jpg, Screenshot_2026-11-05-09-41-22_WhatsApp.jpg
    Isi: Foto lubang jalan di {ROAD} dekat {SCH}. Mohon segera diperbaiki.
""",
)
t(
    "web_form",
    "scans",
    """
    Lampiran: KTP_{NIKB}.jpg
    Nama Pelapor: {M1}
    Isi: Berkas sudah saya unggah, mohon diproses perubahan alamat ke {BLK}.
""",
)
t(
    "email_thread",
    "scans",
    """
    From: {F1} <{F1.mail}>
    Subject: Kirim hasil scan KK

    Berikut hasil scan KK saya (teks dari aplikasi):
    "KARTU KELUARGA No. {KK} Nama Kepala Keluarga {M2.sp} Alamat {STRT|u}"
    Mohon dicek.
    {F1}
""",
)
t(
    "email_thread",
    "scans",
    """
    From: Dinas Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>
    Subject: Hasil scan tidak terbaca

    Berkas pindaian yang Anda kirim {TGL} buram. Mohon kirim ulang dengan resolusi minimal 300 dpi ke alamat ini. Layanan tatap muka di kantor kami Jl. S.K. Lerik.
""",
)
t(
    "email_thread",
    "scans",
    """
    From: {Ma1} <{Ma1.mail}>
    Subject: Fwd: scan buku tabungan

    Ini scan buku tabungan untuk pencairan PIP anak saya {Pa2.g}:
    NO. REKENING {BRI}
    NAMA {Ma1.on}
""",
)


# ================================================================ mixed
t(
    "letter",
    "mixed",
    """
    Kepada Yth. Kepala Dinas Sosial Kota Kupang

    Saya {F1}, NIK {F1.nik}, No. KK {KK}, tinggal di {STRT}, Kel. {KEL}. Bantuan PKH saya tahap III belum masuk ke rekening BRI {BRI} a.n. {F1}. Pendamping saya, Ibu {F2}, mengatakan data sudah benar. Mohon dicek.

    Hormat saya,
    {F1}
    HP {F1.hp}
""",
)
t(
    "letter",
    "mixed",
    """
    Perihal: Keberatan tagihan PBB

    Saya {Mk1}, NPWP {Mk1.npwp}, pemilik rumah di {ST}, Kel. {KEL}, keberatan atas tagihan PBB tahun 2026 dengan NOP {NOP} sebesar {UANG}. Tagihan tahun lalu hanya {UANG}. Kode billing yang saya terima {VA}.

    Hormat saya,
    {Mk1}
    Email: {Mk1.mail}
""",
)
t(
    "letter",
    "mixed",
    """
    Dengan hormat,
    Kami pengurus CV Karya Lontar, beralamat di Jl. Soeharto No. {NO}, NPWP {NPWPB}, mengajukan keberatan atas pembatalan kontrak pekerjaan drainase di {ROAD}. Surat Dinas PUPR nomor {SURAT} kami terima {TGL}. Rekening perusahaan di Bank NTT tetap sama.

    Direktur
    CV Karya Lontar
""",
)
t(
    "letter",
    "mixed",
    """
    Yth. Kapolresta Kupang Kota

    Saya {M1}, warga {RTRW} Kel. {KEL}, melaporkan motor saya Honda Beat {PLATE} hilang di depan rumah saudara saya {F2} di {ST}. STNK atas nama istri saya {F3}. Laporan awal di SPKT tercatat STPL/{NN}{N}/XI/2026.
    HP saya {M1.hp}, rumah {M1.tel}.

    {M1}
""",
)
t(
    "sms_plain",
    "mixed",
    """KOTKUPANG sy {F1|l} nik {F1.nik} bpjs {F1.bpjs} ditolak di {PKM|l} krn kartu tdk aktif. pdhl sy pbi. tlg dicek. rmh sy {RTRW} kel {KEL|l}""",
)
t(
    "sms_plain",
    "mixed",
    """KOTKUPANG pak lurah, warga rt {NRT} mengeluh jalan masuk ke {CHURCH|l} rusak. sdh lapor lewat lapor.go.id no {TIX} blm ada tanggapan""",
)
t(
    "sms_plain",
    "mixed",
    """KOTKUPANG ada sms dr {SCAMHP} ngaku dr bank ntt minta pin atm. sy hampir kasih. hati2 warga""",
)
t(
    "sms_plain",
    "mixed",
    """KOTKUPANG sy {M1.g|l} dr {KEL|l}. anak sy {P2.g|l} tdk bisa ikut ujian krn blm bayar komite {UANG}. sekolah {SCH|l}. hp sy {M1.hp}""",
)
t(
    "sms_plain",
    "mixed",
    """KOTKUPANG mobil dinas plat {PLATE} parkir di trotoar {ROAD} tiap pagi. tlg ditertibkan dishub""",
)
t(
    "sms_caps",
    "mixed",
    """KOTKUPANG SAYA {F1} NIK {F1.nik} KK {KK} MOHON BANTU PERBAIKAN DATA. NAMA SUAMI {M2} TERTULIS SALAH. ALAMAT {ST} KEL {KEL}""",
)
t(
    "sms_caps",
    "mixed",
    """KOTKUPANG SAYA DAPAT 2 NOMOR {SCAMHP} DAN {SCAMHP} MENGAKU DARI DUKCAPIL. MANA YG RESMI?""",
)
t(
    "sms_caps",
    "mixed",
    """KOTKUPANG SAYA {M1} SUDAH TRANSFER {UANG} KE REK BNI {BNI} A.N. {M2} YG MENGAKU BISA URUS SERTIFIKAT. DIA HILANG. HP DIA {M2.hp}""",
)
t(
    "sms_caps",
    "mixed",
    """KOTKUPANG SUDAH ADA 3 WARGA RT {NRT} KENA DBD. FOGGING BELUM DATANG. PUSKESMAS BILANG TUNGGU. DARI KETUA RT {NRT}""",
)
t(
    "sms_caps",
    "mixed",
    """KOTKUPANG TRUK SAMPAH DLHK {PLATE} BUANG SAMPAH SEMBARANGAN DI {ROAD}. SAYA {M1.g} DARI {RTRW} LIHAT SENDIRI""",
)
t(
    "whatsapp",
    "mixed",
    """
    [{TGL1} 07.45] {F1}: Selamat pagi bu lurah, ini data sa untuk BLT: NIK {F1.nik}, KK {KK}, rek BRI {BRI}
    [{TGL1} 07.50] Ibu Lurah {F2.g}: Baik ibu, alamatnya?
    [{TGL1} 07.52] {F1}: {STRT}, samping {SHOP}
""",
)
t(
    "whatsapp",
    "mixed",
    """
    [{TGL1} 18.30] Grup RT {NRT1}: Info: pemadaman listrik besok {JAM}. Sumber PLN 123
    [{TGL1} 18.33] {M1.g|l}: trm ksh pak rt
    [{TGL1} 18.35] Grup RT {NRT1}: Iuran keamanan bulan ini {UANG}, transfer ke bendahara atau bayar langsung
""",
)
t(
    "whatsapp",
    "mixed",
    """
    [{TGL1} 22.01] {M1}: Kaka, motor sa {PLATE} ditabrak mobil {PLATE} di {ROAD}. Sopirnya {M2}, HP {M2.hp}
    [{TGL1} 22.03] {F3}: Astaga. Su lapor polisi? Nomor Polsek {OFCTEL}
    [{TGL1} 22.05] {M1}: Su, laporan polisi nomor LP/B/{NN}{N}/XI/2026
""",
)
t(
    "whatsapp",
    "mixed",
    """
    [{TGL1} 10.12] Puskesmas {KEL1}: Jadwal vaksin anak besok di {CHURCH}. Bawa buku KIA.
    [{TGL1} 10.15] {F1.g|l}: bu bidan, anak sa {P2.g} BPJS nya {BPJS}, bisa pake?
    [{TGL1} 10.20] Puskesmas {KEL1}: Bisa bu.
""",
)
t(
    "web_form",
    "mixed",
    """
    Judul Laporan: Dana PIP tidak masuk
    Nama Pelapor: {M1}
    NIK: {M1.nik}
    Email: {M1.mail}
    No. HP: {M1.hp}
    Alamat: {BLK}, Kel. {KEL}
    Isi: Anak saya {P2} (NISN {NISN}) terdaftar PIP tapi rekening SimPel BRI {BRI} atas nama anak kosong. Sekolah {SCH}.
""",
)
t(
    "web_form",
    "mixed",
    """
    Judul Laporan: Pungutan di {MKT}
    Rahasiakan identitas: Ya
    Isi: Petugas retribusi menarik {UANG} per hari tanpa karcis. Kios di los {NN} sampai los {NN}. Tiket lama {TIX}.
""",
)
t(
    "web_form",
    "mixed",
    """
    Nama: {Fa1}
    NPWP: {NPWPN}
    BPJS: {Fa1.bpjs}
    Alamat: {STGG}
    Isi: Saya pedagang kue usaha perorangan. Bapenda menagih pajak restoran padahal saya jualan dari rumah. Surat tagihan nomor {SURAT}.
""",
)
t(
    "web_form",
    "mixed",
    """
    Nama: {M1}
    HP: {M1.hp}
    Plat kendaraan: {M1.plate}
    Isi: Saya ditilang di {ROAD} padahal surat lengkap. Petugas tidak memberi slip biru. Kejadian {TGL} jam {JAM}.
""",
)
t(
    "social",
    "mixed",
    """
    Facebook - Suara Warga Kupang
    {F1}: Hati-hati ada akun FB mengatasnamakan Dinas Sosial, minta transfer ke rek {MDR} a.n. {M2}. Itu penipu!
    {M3}: Sa ju dapat pesan dari nomor {SCAMHP} ngaku petugas PKH
    Admin Grup: Terima kasih infonya
""",
)
t(
    "social",
    "mixed",
    """
    Tweet: @LAPOR1708 sudah 3 bulan laporan saya {TIX} tentang lampu jalan di {ROAD} belum ditangani. Kapan? @pemkotkupang
""",
)
t(
    "social",
    "mixed",
    """
    Instagram - komentar di postingan @dukcapilkotakupang:
    [[name:{P1.g|lr} {P1.f|lr}]]: min KTP sa su 6 bulan belum jadi. NIK {NIK}. tolong dicek 🙏
    dukcapilkotakupang: Silakan DM ya kak
""",
)
t(
    "social",
    "mixed",
    """
    Status WA {F1.g}: Dijual rumah di {BLK}, SHM, 2 kamar. Hubungi {F1.hp} (pemilik langsung, no broker)
""",
)
t(
    "email_thread",
    "mixed",
    """
    From: {Mm1} <{Mm1.mail}>
    To: Kantor Pertanahan Kota Kupang <pertanahan.kotakupang@atrbpn.go.id>
    Subject: Sengketa batas tanah

    Saya {Mm1}, NIK {Mm1.nik}, pemilik tanah di {ST}, Kel. {KEL}. Tetangga saya {M2} memasang pagar 2 meter masuk ke tanah saya. Sertifikat saya SHM No. {NN}{NO}.

    Hormat saya,
    {Mm1}
    HP {Mm1.hp}
""",
)
t(
    "email_thread",
    "mixed",
    """
    From: Bendahara SMAN 3 Kupang <bendahara.sman3kupang@gmail.com>
    To: guru-honor@googlegroups.com
    Subject: NPWP guru honor

    Bapak/Ibu, mohon kirim NPWP masing-masing paling lambat {TGL}. NPWP bendahara sekolah {NPWPB} dipakai untuk pemotongan.
""",
)
t(
    "email_thread",
    "mixed",
    """
    Pada {TGL}, {F1} <{F1.mail}> menulis:
    > Bendahara minta NPWP semua guru honor. Ini punya sy {NPWPN}.
    > Rekening gaji saya Bank NTT {BNTT} a.n. {F1}.
    Terima kasih bu {F1.g}, sudah kami terima.
    {M2}
    Bendahara
""",
)
t(
    "email_thread",
    "mixed",
    """
    From: Sekretariat Dinas Sosial <dinsos@kupangkota.go.id>
    Subject: Pengumuman penyaluran BPNT

    Penyaluran BPNT tahap IV dilaksanakan di Kantor Pos Kupang. Dana yang tidak tersalur dikembalikan ke rekening penampung 006.01.02.{NO}{NN}-3. Informasi WA center {OFCHP}.
""",
)
t(
    "kupang_malay",
    "mixed",
    """Beta {F1.g} dari {RTRW} Kel. {KEL}. Beta pung NIK {F1.nik}, KK {KK}. Bantuan beras sonde sampe dari bulan lalu. Tolong dolo pak. HP beta {F1.hp}""",
)
t(
    "kupang_malay",
    "mixed",
    """Kaka dong, hati-hati e. Ada orang ngaku dari Bank NTT lewat {SCAMHP} minta nomor rekening. Jang kasih!""",
)
t(
    "kupang_malay",
    "mixed",
    """Om {M1.g} pung oto pick up {PLATE} tabrak beta pung pagar di {ST}. Dia sonde mau ganti. Dia pung nomor {M1.hp}. Tolong polisi bantu.""",
)
t(
    "kupang_malay",
    "mixed",
    """Sonde ada air di RT {NRT} deng RT {NRT} Kel. {KEL} su satu minggu. Mobil tangki PDAM sonde datang. Kotong beli air {UANG} satu tangki.""",
)
t(
    "spreadsheet",
    "mixed",
    """
    No,Nama,NIK,No KK,No Rek BRI,Alamat,HP
    1,{M1},{M1.nik},{KK},{BRI},{ST},{M1.hp}
    2,{F2},{F2.nik},{KK},{BRI},{RTRW},{F2.hp}
""",
)
t(
    "spreadsheet",
    "mixed",
    """
    Tanggal;Jenis;Lokasi;Nomor Tiket;Nominal
    {TGL};Jalan rusak;{ROAD};{TIX};-
    {TGL};Retribusi;{MKT};{TIX};{UANG}
    {TGL};Lampu;{ROAD};{TIX};-
""",
)
t(
    "call_transcript",
    "mixed",
    """
    Petugas: Pengaduan BPJS Kesehatan.
    Penelepon: Saya {F1}, kartu BPJS {F1.bpjs}, NIK {F1.nik}. Waktu berobat di {RS} disuruh bayar {UANG}.
    Petugas: Ibu tinggal di mana?
    Penelepon: {STRT}.
    Petugas: Baik, kami cek. Nomor pengaduan {TIX}.
""",
)
t(
    "call_transcript",
    "mixed",
    """
    Petugas: Halo, Dinas Sosial.
    Penelepon: Pak, saya {M1}. Ada yang telepon mengaku petugas PKH, minta nomor rekening. Saya kasih rekening BNI saya {BNI}. Apa bahaya?
    Petugas: Segera hubungi BNI call center 1500046 untuk blokir.
""",
)
t(
    "call_transcript",
    "mixed",
    """
    Petugas: Kantor Samsat.
    Penelepon: Saya mau bayar pajak motor {PLATE} atas nama bapak saya {M1}, tapi beliau sudah meninggal.
    Petugas: Bawa KK dan akta kematian. NIK ahli waris?
    Penelepon: {NIK}.
""",
)
t(
    "scan",
    "mixed",
    """
    FORMULIR PENGADUAN (hasil scan)
    Nama : {M1.sp}
    NIK : {NIKO}
    NPWP : {NPWP}
    Alamat : {STRT|u}
    No HP : {HPO}
    Email : {M1.mail}
    Uraian : tanah saya di {KEL|u} diserobot.
""",
)
t(
    "scan",
    "mixed",
    """
    BUKTI SETOR
    BANK NTT CABANG KUPANG
    Penyetor : {F1|u}
    Rek. Tujuan : {BNTT}
    Atas Nama : {M2|u}
    Jumlah : {UANG}
    No. Ref : {TRX}
""",
)


# ================================================================ more
t(
    "social",
    "homes",
    """
    Facebook - Info Kupang Raya
    {M1}: Warga {CPLX} Blok {N} terganggu suara pesta sampai subuh. Sudah lapor ke Ketua RT {NRT} tapi katanya bukan wilayahnya.
    [[name:{F2.g|lr} {F2.f|lr}]]: kami di blok sebelah juga sama pak, tiap malam minggu
    Admin: Silakan hubungi Polsek Maulafa {OFCTEL}
""",
)
t(
    "social",
    "names",
    """
    Ulasan Google untuk <<Apotek Kasih Ibu||Toko Umbu Jaya||Salon Nona Manis||Kios Mama Ester>> ({JLN} No. {NO}): Tempatnya bersih, pelayanan cepat, harga terjangkau. Parkir di depan {CHURCH} saja. Buka jam {JAM}.
""",
)
t(
    "sms_plain",
    "names",
    """KOTKUPANG mohon perhatian, jalan piet a tallo dpn <<rs siloam||sekolah st. yoseph||gereja kalvari>> sdh gelap, lampu mati sejak {TGL}. bunga-bunga di taman jg kering tdk disiram""",
)
t(
    "whatsapp",
    "homes",
    """
    [{TGL1} 06.30] Grup RT {NRT1}: Selamat pagi warga, kerja bakti bersihkan got di sepanjang {JLN} jam 7. RT {NRT} vs RT {NRT} lomba kebersihan bulan depan
    [{TGL1} 06.32] grup warga: siap
    [{TGL1} 06.40] Admin Kelurahan: Terima kasih warga RT {NRT}
""",
)
t(
    "letter",
    "names",
    """
    Kepada Yth. Kepala Dinas Perhubungan Kota Kupang

    Dengan hormat, kami sampaikan bahwa rambu di persimpangan Jl. Herman Yohanes dan Jl. Frans Seda tertutup baliho <<Toko Sinar Abadi||Rumah Makan Bambu Kuning||Toko Bangunan Indah Jaya>>. Pengendara dari arah RSUD Prof. Dr. W. Z. Johannes tidak melihat rambu. Mohon ditertibkan sebelum terjadi kecelakaan pada {TGL}.

    Hormat kami,
    Forum Warga Peduli Kota
""",
)
t(
    "kupang_malay",
    "homes",
    """Kaka, beta tinggal di Desa <<Noelbaki||Oelnasi||Penfui Timur||Oebelo||Tarus||Baumata>> tu, [[address:RT {NRT} RW {NRW}]], rumah pas di belakang {CHURCH}. Jalan masuk su rusak, oto sonde bisa lewat. Beta {F1.g}.""",
)
t(
    "web_form",
    "homes",
    """
    Nama Pelapor: {Mx1}
    Alamat: [[address:{JLN|r}, lorong samping {SHOP|r}, No. {NO}]], Kel. {KEL}
    Isi: Rumah saya di lorong itu kebanjiran setiap hujan karena saluran {ROAD} ditutup proyek pertokoan.
""",
)

t(
    "call_transcript",
    "calls",
    """
    Petugas: Dukcapil Kota Kupang, dengan {F1.g}. Untuk cek data, NIK Bapak?
    Penelepon: Lima tiga, tujuh satu... saya baca ya: [[nik:53 71 0{N} 1{N} 0{N} {NN} 00 {NN}]].
    Petugas: Nama sesuai KTP?
    Penelepon: {Mx2}. Tinggal di {RTRW}, Kelurahan {KEL}.
    Petugas: Baik Pak {Mx2.g}, data Bapak ganda, nanti kami hapus yang lama.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: Unit Pengaduan Kasih. Laporan Ibu masuk dari nomor {HP1}, betul?
    Pelapor: Betul. Nomor kami yang lain {F1.hp}.
    Petugas: Baik ibu {F1.g}. Petugas kami Ibu {F2} akan menghubungi dari {F2.hp}. Nomor kantor kami {OFCTEL}, WA {OFCHP}.
    Pelapor: Terima kasih.
""",
)
t(
    "call_transcript",
    "calls",
    """
    Petugas: PDAM Kota Kupang, selamat pagi.
    Penelepon: Pagi. Jadwal air untuk Kelurahan {KEL} hari apa saja sekarang?
    Petugas: Selasa, Kamis dan Sabtu, jam {JAM} sampai siang. Untuk Perumnas dan BTN Kolhua hari Rabu dan Jumat.
    Penelepon: Oh begitu. Terima kasih, pak.
""",
)
t(
    "web_form",
    "calls",
    """
    CATATAN TELEPON
    Penelepon: {Fb1}, minta dipanggil Bu {Fb1.g}
    Domisili: {RT}, Kel. {KEL} (di belakang {CHURCH})
    HP: {Fb1.hp}
    Catatan: Pelapor mengeluhkan sampah di {ROAD} tidak diangkut sejak {TGL}.
""",
)
t(
    "scan",
    "scans",
    """
    KARTU KELUARGA
    No. {KKB}
    Nama Kepala Keluarga : {Ms1|u}
    Alamat : {ST|u}   RT/RW : [[address:0{NRT}/0{NRW}]]
    1 {Ms1|u} {Ms1.nik} KEPALA KELUARGA
    2 {Fs2|u} {Fs2.nik} ISTRI
    3 [[name:{Ms3.g|ur} {Ms1.f|ur}]] [[nik:5371{NN}
    {NN}0{N}{NN}00{NN}]] ANAK
""",
)
t(
    "scan",
    "scans",
    """
    JADWAL POSYANDU BUNGA BAKUNG
    (tempel di papan {CHURCH|u})
    Kamis minggu ke-2, jam {JAM}
    Tempat : halaman {SCH|u}
    Rujukan : {RS|u}
    Info : {PKM|u} telp {OFCTEL}
""",
)
t(
    "email_thread",
    "names",
    """
    From: {M1.fg} <{M1.mail}>
    To: Dinas Pendidikan Kota Kupang <disdik@kupangkota.go.id>
    Subject: Re: Mutasi guru

    > Pada {TGL}, {F2} <{F2.mailgov}> menulis:
    > Bapak {M1.g}, mohon lampirkan SK terakhir.
    Ibu {F2.g}, SK sudah saya lampirkan. Istri saya {F3} juga guru di {SCH}, mohon dipertimbangkan.

    Salam,
    {M1}
""",
)


# ================================================================ writing
def build() -> list[dict[str, object]]:
    r = random.Random(SEED)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for ti, (style, theme, src) in enumerate(TEMPLATES):
        made = 0
        for _attempt in range(40):
            if made == FILLS:
                break
            text, spans = parse(fill(src, r))
            if style == "sms_caps":
                up = text.upper()
                assert len(up) == len(text)
                text = up
            if text in seen:
                continue
            check(text, spans, f"template {ti}")
            seen.add(text)
            spans.sort(key=lambda s: (s["start"], s["end"]))
            rows.append({"text": text, "spans": spans, "style": style, "theme": theme})
            made += 1
        assert made == FILLS, f"template {ti} gave only {made} texts"
    for i, row in enumerate(rows, 1):
        row["id"] = f"d19-{i:04d}"
    return [{k: row[k] for k in ("id", "text", "spans", "style", "theme")} for row in rows]


def table(rows: list[dict[str, object]], key: str) -> str:
    head = f"| {key} | texts | without spans | " + " | ".join(KINDS) + " |"
    lines = [head, "|---|" + "---:|" * (len(KINDS) + 2)]
    groups = STYLES if key == "style" else THEMES
    tot = Counter()
    for g in list(groups) + ["**total**"]:
        sel = rows if g == "**total**" else [x for x in rows if x[key] == g]
        c = Counter(s["kind"] for x in sel for s in x["spans"])
        empty = sum(1 for x in sel if not x["spans"])
        lines.append(
            f"| {g} | {len(sel)} | {empty} | " + " | ".join(str(c[k]) for k in KINDS) + " |"
        )
        tot += c
    return "\n".join(lines)


def main() -> None:
    per_style = Counter(s for s, _, _ in TEMPLATES)
    per_theme = Counter(th for _, th, _ in TEMPLATES)
    rows = build()
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)
    OUT.write_text(data, encoding="utf-8")
    kinds = Counter(s["kind"] for x in rows for s in x["spans"])
    print("templates", len(TEMPLATES), dict(per_theme), dict(per_style))
    print(
        "texts",
        len(rows),
        "spans",
        sum(kinds.values()),
        "empty",
        sum(1 for x in rows if not x["spans"]),
    )
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())
    print(table(rows, "theme"))
    print()
    print(table(rows, "style"))
    grid = Counter((x["style"], x["theme"]) for x in rows)
    print()
    print("| style | " + " | ".join(THEMES) + " | total |")
    print("|---|" + "---:|" * (len(THEMES) + 1))
    for s in STYLES:
        print(
            f"| {s} | "
            + " | ".join(str(grid[(s, th)]) for th in THEMES)
            + f" | {sum(grid[(s, th)] for th in THEMES)} |"
        )
    if len(rows) < 600 or min(Counter(x["style"] for x in rows).values()) < 40:
        print("FLOORS NOT MET", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
