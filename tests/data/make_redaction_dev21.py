# ruff: noqa: E501, UP031, T201, RUF001, PLR0911, PLR0912, PLC3002, N802, PT018
"""Write redaction_dev21.jsonl: identity numbers where they really turn up.

Hand-written templates with inline labels and placeholders, filled from seeded random lists,
labelled as they are filled. Run ``python3 make_redaction_dev21.py``; the output is deterministic
(seed 20261221) and every span is checked before the file is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

RNG = random.Random(20261221)
HERE = Path(__file__).resolve().parent
OUT = HERE / "redaction_dev21.jsonl"
FILLS = 5

KINDS = ("nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address")
STYLES = (
    "spreadsheet",
    "pdf_extract",
    "aid_list",
    "ocr_card",
    "bank_receipt",
    "tax_form",
    "bpjs_hospital",
    "ppdb_form",
    "objection_letter",
    "call_transcript",
    "sms_caps",
)
THEMES = ("nik_kk", "npwp", "bpjs", "accounts", "lookalikes", "mixed")
TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "sdr",
    "sdri",
    "ny",
    "dr",
    "drs",
    "pdt",
    "kak",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "nona",
    "bidan",
    "lurah",
    "guru",
    "alm",
    "almarhum",
    "almarhumah",
    "serka",
    "bripka",
    "by",
    "an",
    "kader",
    "yth",
}

# ---------------------------------------------------------------- names

GROUPS = {
    "ntt": (
        [
            "Yohanes",
            "Yakob",
            "Marthen",
            "Dominggus",
            "Agustinus",
            "Paulus",
            "Nikodemus",
            "Stefanus",
            "Melkianus",
            "Obed",
            "Soleman",
            "Ferdinandus",
            "Kornelis",
            "Lambertus",
            "Petrus",
            "Alfons",
            "Viktor",
            "Yeremias",
            "Daniel",
            "Markus",
            "Aloysius",
            "Gabriel",
            "Hironimus",
            "Kristofel",
            "Marselinus",
            "Benediktus",
            "Jermias",
            "Simon",
        ],
        [
            "Maria",
            "Agustina",
            "Yuliana",
            "Rosalina",
            "Anace",
            "Dorkas",
            "Selfina",
            "Erni",
            "Yanti",
            "Gracia",
            "Susana",
            "Ester",
            "Lodia",
            "Veronika",
            "Fransiska",
            "Marselina",
            "Novi",
            "Irene",
            "Oktovina",
            "Yustina",
            "Apriani",
            "Mersi",
            "Magdalena",
            "Maria Goreti",
            "Bernadeta",
            "Sofia",
            "Elisabet",
            "Naomi",
        ],
        [
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
            "Nahak",
            "Seran",
            "Bria",
            "Kolo",
            "Banunaek",
            "Selan",
            "Tnunay",
            "Adoe",
            "Dethan",
            "Messakh",
            "Nalle",
            "Ndoen",
            "Lenggu",
            "Ga Lena",
            "Dju Dara",
            "Bire",
            "Lomi",
            "Djawa",
            "Sabneno",
            "Sinlae",
            "Taolin",
            "Wadu",
            "Lapenangga",
            "Koli",
            "Tibuludji",
            "Huki",
            "Fobia",
            "Laka Lena",
            "Da Costa",
        ],
    ),
    "sumba": (
        ["Umbu Tamu", "Umbu Neka", "Umbu Rara", "Umbu Djima", "Umbu Kudu"],
        ["Rambu Ana", "Rambu Tamar", "Rambu Eti", "Rambu Kahi", "Rambu Lika"],
        ["Ndima", "Hambandima", "Dapawole", "Kaborang", "Paranggi", "Lota"],
    ),
    "java": (
        ["Budi", "Slamet", "Agus", "Hendra", "Joko", "Bambang"],
        ["Sri Wahyuni", "Dewi", "Siti Aminah", "Endang", "Rini"],
        ["Santoso", "Wibowo", "Susanto", "Prasetyo", "Purnomo"],
    ),
    "bali": (
        ["I Wayan", "I Made", "I Ketut", "I Nyoman"],
        ["Ni Luh", "Ni Made", "Ni Komang", "Ni Ketut"],
        ["Suarta", "Widiana", "Sudarma", "Astawa", "Ariani", "Sukerti"],
    ),
    "bugis": (
        ["Muhammad Yusuf", "Abdullah", "Andi", "Syamsuddin"],
        ["Nurhayati", "Fatimah", "Hasna", "Rahmawati"],
        ["Daeng Matta", "Baso", "Pawellangi", "Daeng Ngai"],
    ),
    "chinese": (
        ["Hok Seng", "Kim Liong", "Ricky", "Wie Kiong"],
        ["Mei Hwa", "Siu Lan", "Lian", "Mei Ling"],
        ["Liem", "Ong", "Tjoe", "Lie", "Tanoyo"],
    ),
    "batak": (
        ["Ronald", "Hotman", "Rudolf", "Parulian"],
        ["Rosmawati", "Lasmaria", "Tiurma"],
        ["Simanjuntak", "Lumban Tobing", "Sitompul", "Siregar"],
    ),
    "minahasa": (
        ["Ferry", "Jefry", "Stevanus"],
        ["Christin", "Meiske", "Olvie"],
        ["Wowor", "Lumenta", "Tumbelaka", "Rondonuwu"],
    ),
    "ambon": (
        ["Semuel", "Yopi", "Marthinus"],
        ["Yohana", "Sarlota", "Ledy"],
        ["Pattikawa", "Latuheru", "Matulessy", "Tuhumury"],
    ),
    "arab": (
        ["Hasan", "Umar", "Salim"],
        ["Aisyah", "Khadijah", "Salma"],
        ["Alkatiri", "Bahasuan", "Baswedan", "Assegaf", "Alhabsyi"],
    ),
}
GROUP_WEIGHTS = [
    ("ntt", 58),
    ("sumba", 8),
    ("java", 6),
    ("bali", 5),
    ("bugis", 5),
    ("chinese", 5),
    ("batak", 4),
    ("minahasa", 3),
    ("ambon", 3),
    ("arab", 3),
]

KELS = [
    ("Oebobo", "Oebobo"),
    ("Oebufu", "Oebobo"),
    ("Kayu Putih", "Oebobo"),
    ("Liliba", "Oebobo"),
    ("Tuak Daun Merah", "Oebobo"),
    ("Fatululi", "Oebobo"),
    ("Oesapa", "Kelapa Lima"),
    ("Lasiana", "Kelapa Lima"),
    ("Kelapa Lima", "Kelapa Lima"),
    ("Oesapa Barat", "Kelapa Lima"),
    ("Penfui", "Maulafa"),
    ("Maulafa", "Maulafa"),
    ("Sikumana", "Maulafa"),
    ("Kolhua", "Maulafa"),
    ("Naimata", "Maulafa"),
    ("Belo", "Maulafa"),
    ("Fatukoa", "Maulafa"),
    ("Oepura", "Maulafa"),
    ("Airnona", "Kota Raja"),
    ("Bakunase", "Kota Raja"),
    ("Kuanino", "Kota Raja"),
    ("Nunleu", "Kota Raja"),
    ("Naikoten I", "Kota Raja"),
    ("Fontein", "Kota Raja"),
    ("Bonipoi", "Kota Lama"),
    ("Solor", "Kota Lama"),
    ("Merdeka", "Kota Lama"),
    ("Oeba", "Kota Lama"),
    ("Fatubesi", "Kota Lama"),
    ("Namosain", "Alak"),
    ("Alak", "Alak"),
    ("Manulai II", "Alak"),
    ("Batuplat", "Alak"),
    ("Nunbaun Sabu", "Alak"),
    ("Naioni", "Alak"),
    ("Penkase Oeleta", "Alak"),
    ("Manutapen", "Alak"),
]
HOME_STREETS = [
    "Jl. Nangka",
    "Jl. Kenari",
    "Jl. Flamboyan",
    "Jl. Cemara",
    "Jl. Bougenvil",
    "Jl. Melati",
    "Jl. Anggrek",
    "Jl. Jambu",
    "Jl. Lontar",
    "Jl. Kakatua",
    "Jl. Nuri",
    "Jl. Merpati",
    "Jl. Perkutut",
    "Jl. Beringin",
    "Jl. Asoka",
    "Jl. Kamboja",
    "Gg. Mawar",
    "Gg. Sepakat",
    "Gg. Rukun",
    "Jl. Kelinci",
    "Jl. Rusa",
    "Lr. Damai",
    "Jl. Sukun Gg. 3",
    "Jl. Kuda Putih",
    "Jl. Matahari",
    "Jl. Camar",
]
ROADS = [
    "Jl. El Tari",
    "Jl. Timor Raya",
    "Jl. Piet A. Tallo",
    "Jl. W.J. Lalamentik",
    "Jl. Soeharto",
    "Jl. Amabi",
    "Jl. Adisucipto",
    "Jl. Sam Ratulangi",
    "Jl. Herewila",
    "Jl. Cak Doko",
    "Jl. Bundaran PU",
    "Jl. Jalur 40",
    "Jl. Perintis Kemerdekaan",
]
BIZ_STREETS = [
    "Jl. Soeharto No. %d",
    "Jl. Timor Raya Km. %d",
    "Jl. Cak Doko No. %d",
    "Jl. Sudirman No. %d",
    "Jl. Urip Sumoharjo No. %d",
    "Jl. Moh. Hatta No. %d",
    "Jl. Bajawa No. %d",
    "Jl. Perintis Kemerdekaan No. %d",
]
PKMS = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oesapa",
    "Puskesmas Kupang Kota",
    "Puskesmas Bakunase",
    "Puskesmas Pasir Panjang",
    "Puskesmas Penfui",
    "Puskesmas Alak",
    "Puskesmas Naioni",
    "Puskesmas Oepoi",
    "Puskesmas Manutapen",
    "Puskesmas Kota Raja",
]
RSS = [
    "RSUD S.K. Lerik",
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Siloam Kupang",
    "RSU Mamami",
    "RSU Leona",
    "RSIA Dedari",
    "RS Bhayangkara Drs. Titus Uly",
    "RS Kartini Kupang",
]
SCHOOLS = [
    "SMPN 1 Kupang",
    "SMPN 5 Kupang",
    "SMPN 13 Kupang",
    "SMAN 3 Kupang",
    "SMAN 1 Kupang",
    "SMKN 4 Kupang",
    "SD Inpres Oepura 2",
    "SD Inpres Naikoten 1",
    "SMPN 2 Kupang",
    "SMAN 6 Kupang",
    "SD GMIT Kota Baru",
    "SMAK Giovanni",
]
COMPS = [
    "Sinar Timor",
    "Karya Lontar",
    "Flobamora Jaya",
    "Nusa Cendana",
    "Sasando Mandiri",
    "Tunas Harapan",
    "Lontar Abadi",
    "Cahaya Sabu",
    "Timor Bangun Persada",
    "Kupang Makmur",
    "Mutis Lestari",
    "Rote Permai",
    "Bintang Selatan",
    "Teluk Kupang Sejahtera",
]
BIZS = [
    "Sari Laut",
    "Bambu Kuning",
    "Pondok Timor",
    "Lesehan Teluk",
    "Se'i Flobamora",
    "Nelayan Jaya",
    "Kopi Sasando",
    "Ayam Bakar Oebobo",
    "Mutis",
    "Lopo Tua",
]
TOKOS = ["Sinar Abadi", "Maju Jaya", "Sumber Rejeki", "Harapan Baru", "Timor Indah", "Berkat Jaya"]
MASJIDS = ["Al-Ikhlas", "Nurul Iman", "Baiturrahman", "Al-Muttaqin"]
OFFICES = [
    "Dinas Pendidikan dan Kebudayaan Kota Kupang",
    "Dinas Kesehatan Kota Kupang",
    "Dinas PUPR Kota Kupang",
    "Sekretariat Daerah Kota Kupang",
    "Dinas Sosial Kota Kupang",
]
KLINIKS = ["Klinik Pratama Sehat Bersama", "Klinik Pratama Flobamora", "Klinik Kasih Karunia"]
BULANS = [
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
BIRTHPLACES = [
    "Kupang",
    "Soe",
    "Kefamenanu",
    "Atambua",
    "Ba'a",
    "Seba",
    "Waingapu",
    "Kalabahi",
    "Ende",
    "Maumere",
    "Larantuka",
    "Ruteng",
    "Bajawa",
    "Lewoleba",
    "Surabaya",
    "Makassar",
    "Denpasar",
]
JOBS = [
    "WIRASWASTA",
    "PETANI",
    "NELAYAN",
    "PNS",
    "KARYAWAN SWASTA",
    "GURU HONORER",
    "SOPIR",
    "MENGURUS RUMAH TANGGA",
    "PEDAGANG",
    "TUKANG BATU",
]
PREFIXES = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
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
    "0899",
    "0881",
    "0882",
    "0838",
    "0831",
]
REGENCIES = ["71"] * 6 + [
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "17",
    "19",
    "20",
    "21",
]
BANKS = [("BRI", 5), ("BNI", 3), ("Bank NTT", 4), ("Mandiri", 2), ("BCA", 1), ("BSI", 1)]

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def ocr(rng, s):
    """Read one to three digits as the letters a scan gives them."""
    table = {"0": "O", "1": "l", "5": "S", "8": "B"}
    idx = [i for i, c in enumerate(s) if c in table]
    chars = list(s)
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
        c = chars[i]
        chars[i] = "I" if c == "1" and rng.random() < 0.3 else table[c]
    return "".join(chars)


def groups(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return sep.join(out)


def fmt16(rng, d, f):
    """A NIK or a KK (16 digits) in one of the writings people use."""
    if f == "":
        f = wchoice(rng, [("b", 5), ("g", 2), ("d", 1), ("sp", 1), ("dash", 1)])
    if f == "b":
        return d
    if f == "g":
        return groups(d, [4, 4, 4, 4], " ")
    if f == "d":
        return groups(d, [2, 2, 2, 6, 4], ".")
    if f == "sp":
        return groups(d, [4, 2, 6, 4], " ")
    if f == "dash":
        return groups(d, [4, 4, 4, 4], "-")
    if f == "ocr":
        return ocr(rng, d)
    if f == "15":
        i = rng.randint(12, 15)
        return d[:i] + d[i + 1 :]
    if f == "17":
        i = rng.randint(6, 15)
        return d[:i] + d[i] + d[i:]
    if f == "fw":
        return d.translate(FW)
    if f == "nl":
        i = rng.choice([6, 8, 10, 12])
        return d[:i] + "\n" + d[i:]
    if f == "pair":
        return groups(d, [2] * 8, " ")
    if f == "comma":
        return groups(d, [4, 4, 4, 4], ", ")
    if f == "xl":
        return d[:15] + "0" if d[15] != "0" else d[:14] + "00"
    raise KeyError(f)


def fmt_npwp(rng, d, f):
    if f == "":
        f = wchoice(rng, [("d", 6), ("t", 1), ("s", 1), ("dd", 1)])
    if f == "d":
        return "%s.%s.%s.%s-%s.%s" % (d[0:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15])
    if f == "t":
        return d
    if f == "s":
        return groups(d, [2, 3, 3, 1, 3, 3], " ")
    if f == "dd":
        return "%s.%s.%s.%s.%s.%s" % (d[0:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15])
    if f == "ocr":
        s = fmt_npwp(rng, d, "d")
        return s[:-3] + "OOO" if rng.random() < 0.5 else ocr(rng, s)
    if f == "c":
        return fmt_npwp(rng, d, "d").replace(".", ",", 1)
    if f == "nl":
        s = fmt_npwp(rng, d, "d")
        return (
            s.replace("-", "-\n")
            if rng.random() < 0.5
            else s.replace(".", "\n", 2).replace("\n", ".", 1)
        )
    raise KeyError(f)


def fmt_bpjs(rng, d, f):
    if f == "":
        f = wchoice(rng, [("b", 6), ("g", 1)])
    if f == "b":
        return d
    if f == "g":
        return groups(d, [4, 4, 4, 1], " ")
    if f == "d":
        return groups(d, [4, 4, 4, 1], "-")
    if f == "s":
        return groups(d, [3, 4, 4, 2], " ")
    if f == "ocr":
        return ocr(rng, d)
    if f == "fw":
        return d.translate(FW)
    if f == "pair":
        return groups(d, [2, 2, 2, 2, 2, 2, 1], " ")
    raise KeyError(f)


def make_account(rng, bank):
    if bank == "BRI":
        return (
            rng.choice(["0074", "4567", "1802", "0213", "7265", "3419"])
            + "01"
            + digits(rng, 6)
            + rng.choice(["50", "53", "51"])
            + digits(rng, 1)
        )
    if bank == "BNI":
        p = rng.choice(["0", "1", "08", "02"])
        return p + digits(rng, 10 - len(p))
    if bank == "Bank NTT":
        return (
            rng.choice(["001", "002", "003", "012"])
            + rng.choice(["01", "02", "03"])
            + "02"
            + digits(rng, 7)
        )
    if bank == "Mandiri":
        return rng.choice(["161", "152", "186"]) + "00" + digits(rng, 8)
    if bank == "BCA":
        return rng.choice(["315", "762", "068"]) + digits(rng, 7)
    return "7" + digits(rng, 9)


def fmt_account(rng, bank, d, f):
    if f == "x" or (f == "" and rng.random() < 0.35):
        return d
    if bank == "BRI":
        return groups(d, [4, 2, 6, 2, 1], "-" if rng.random() < 0.7 else " ")
    if bank == "Bank NTT":
        return "%s.%s.%s.%s-%s" % (d[0:3], d[3:5], d[5:7], d[7:13], d[13])
    if bank == "Mandiri":
        return groups(d, [3, 2, 7, 1], "-")
    if bank == "BNI":
        return d if rng.random() < 0.7 else groups(d, [4, 3, 3], " ")
    if bank == "BCA":
        return groups(d, [3, 3, 4], " ")
    return d


def fmt_phone(rng, d, f):
    """d is a mobile number starting 08."""
    if f == "":
        f = wchoice(rng, [("b", 5), ("d", 2), ("s", 2), ("i", 1), ("n", 1), ("p", 1), ("dot", 1)])
    rest = d[1:]
    if f == "b":
        return d
    if f == "d":
        return groups(d, [4, 4, len(d) - 8], "-")
    if f == "s":
        return groups(d, [4, 4, len(d) - 8], " ")
    if f == "dot":
        return groups(d, [4, 4, len(d) - 8], ".")
    if f == "i":
        return "+62 " + groups(rest, [3, 4, len(rest) - 7], "-")
    if f == "n":
        return "+62" + rest
    if f == "p":
        return "62" + rest
    raise KeyError(f)


def make_mobile(rng):
    return rng.choice(PREFIXES) + digits(rng, rng.choice([7, 8, 8]))


# ---------------------------------------------------------------- persons


class Person:
    def __init__(self, rng, key, used, household):
        letter = key[0]
        if letter in "MO":
            self.sex = "M"
        elif letter in "FW":
            self.sex = "F"
        else:
            self.sex = rng.choice("MF")
        kin = letter in "CA" and household is not None and household[1] != "bali"
        while True:
            grp = household[1] if kin else wchoice(rng, GROUP_WEIGHTS)
            males, females, fams = GROUPS[grp]
            given = rng.choice(males if self.sex == "M" else females)
            family = household[0] if kin else rng.choice(fams)
            toks = set(given.split()) | (set() if kin else set(family.split()))
            toks.discard("I")
            toks.discard("Ni")
            toks.discard("Umbu")
            toks.discard("Rambu")
            if not toks & used:
                used |= toks
                break
        self.grp = grp
        self.given = given
        self.family = family
        self.full = given + " " + family
        if grp == "bali":
            self.call = family
        else:
            self.call = given
        if letter in {"O", "W"}:
            self.dob = rand_date(rng, 1938, 1962)
        elif letter == "C":
            self.dob = rand_date(rng, 2006, 2021)
        elif letter == "A":
            self.dob = rand_date(rng, 1978, 2003)
        else:
            self.dob = rand_date(rng, 1962, 2002)
        reg = rng.choice(REGENCIES)
        dist = "%02d" % rng.randint(1, 6 if reg == "71" else 24)
        day = self.dob.day + (40 if self.sex == "F" else 0)
        serial = rng.choice([rng.randint(1, 99), rng.randint(1, 999), rng.randint(1, 3999)])
        self.nik = (
            "53"
            + reg
            + dist
            + "%02d%02d%02d" % (day, self.dob.month, self.dob.year % 100)
            + "%04d" % serial
        )
        issued = rand_date(rng, 2008, 2019)
        self.kk = (
            "53"
            + reg
            + dist
            + "%02d%02d%02d" % (issued.day, issued.month, issued.year % 100)
            + "%04d" % rng.randint(1, 2999)
        )
        issued2 = rand_date(rng, 2020, 2026)
        self.knew = (
            "53"
            + reg
            + dist
            + "%02d%02d%02d" % (issued2.day, issued2.month, issued2.year % 100)
            + "%04d" % rng.randint(1, 2999)
        )
        first = rng.choice(
            [
                "04",
                "05",
                "06",
                "07",
                "08",
                "09",
                "14",
                "15",
                "24",
                "25",
                "34",
                "35",
                "36",
                "44",
                "45",
                "46",
                "47",
                "48",
                "49",
                "54",
                "55",
                "58",
                "64",
                "66",
                "68",
                "73",
                "75",
                "76",
                "79",
                "84",
                "85",
                "86",
                "93",
                "94",
                "96",
            ]
        )
        self.npwp = first + digits(rng, 7) + "9" + rng.choice(["20", "21", "22", "23"]) + "000"
        self.bpjs = "000" + rng.choice("0123") + digits(rng, 9)
        self.bank = wchoice(rng, BANKS)
        self.accounts = {}
        self.hp = make_mobile(rng)
        self.tel = "0380 8" + digits(rng, 5)
        rt = "%03d" % rng.randint(1, 40)
        rw = "%03d" % rng.randint(1, 14)
        self.rtw = (rt, rw)
        street = rng.choice(HOME_STREETS)
        num = str(rng.randint(1, 140)) + (rng.choice("ABC") if rng.random() < 0.1 else "")
        if rng.random() < 0.12:
            self.street = "Perumnas Blok %s No. %d" % (rng.choice("ABCDEFGH"), rng.randint(1, 180))
        else:
            self.street = "%s No. %s" % (street, num)
        self.plate = "%s %d %s" % (
            rng.choice(["DH", "DH", "DH", "EB", "ED"]),
            rng.randint(1000, 9999),
            "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2]))),
        )
        slug_given = given.split()[-1].lower()
        slug_fam = family.replace(" ", "").lower()
        host = rng.choice(
            ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com"]
        )
        self.mail = (
            rng.choice(["%s.%s%s", "%s%s%s", "%s_%s%s"])
            % (
                slug_given,
                slug_fam,
                rng.choice(["", str(rng.randint(1, 99)), str(self.dob.year % 100).zfill(2)]),
            )
            + "@"
            + host
        )
        self.job = rng.choice(JOBS)
        self.pob = rng.choice(BIRTHPLACES)

    def account(self, rng, bank):
        if bank not in self.accounts:
            self.accounts[bank] = make_account(rng, bank)
        return self.accounts[bank]

    def rt_text(self, rng):
        rt, rw = self.rtw
        f = rng.choice(["RT %s/RW %s", "RT %s RW %s", "RT %s / RW %s", "RT.%s/RW.%s"])
        if rng.random() < 0.4:
            rt, rw = str(int(rt)).zfill(2), str(int(rw)).zfill(2)
        return f % (rt, rw)


def stray_space(rng, s):
    words = s.split(" ")
    long_ = [i for i, w in enumerate(words) if len(w) >= 5]
    if not long_ or rng.random() < 0.3:
        return s
    i = rng.choice(long_)
    w = words[i]
    j = rng.randint(2, len(w) - 2)
    words[i] = w[:j] + " " + w[j:]
    return " ".join(words)


def misspell(rng, s):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 3]
    i = rng.choice(cand)
    w = words[i]
    for _ in range(20):
        op = rng.choice(["double", "drop", "swap"])
        j = rng.randint(1, len(w) - 2)
        if op == "double":
            nw = w[:j] + w[j] + w[j:]
        elif op == "drop":
            nw = w[:j] + w[j + 1 :]
        else:
            nw = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        if nw != w:
            break
    words[i] = nw
    return " ".join(words)


# ---------------------------------------------------------------- look-alikes (never labelled)


def d_(n):
    return lambda r: digits(r, n)


def mobile_fmt(r):
    return fmt_phone(r, make_mobile(r), "")


LOOK = {
    "NIP": lambda r: (lambda d: rng_pick(r, [d, groups(d, [8, 6, 1, 3], " ")]))(
        "%04d%02d%02d" % (r.randint(1965, 1995), r.randint(1, 12), r.randint(1, 28))
        + "%04d%02d" % (r.randint(1990, 2020), r.randint(1, 12))
        + r.choice("12")
        + "%03d" % r.randint(1, 20)
    ),
    "NISN": lambda r: (lambda p: p + digits(r, 10 - len(p)))(r.choice(["00", "01", "3", "0"])),
    "NPSN": lambda r: "5030" + digits(r, 4),
    "NOP": lambda r: (
        "53.71.0%d%d.00%d.0%s-%s.0"
        % (r.randint(1, 6), r.randint(0, 9), r.randint(1, 9), digits(r, 2), digits(r, 4))
    ),
    "SURAT": lambda r: (
        r.choice(
            [
                "470/%d/DKPS/%s/2026",
                "400.9/%d/Dinsos/%s/2026",
                "900/%d/BPD/%s/2026",
                "503/%d/PBG/%s/2026",
                "145/%d/KEL/%s/2026",
            ]
        )
        % (r.randint(11, 999), r.choice(["IX", "X", "XI", "XII"]))
    ),
    "SURATF": lambda r: "%03d/FWP/%s/2026" % (r.randint(1, 99), r.choice(["X", "XI", "XII"])),
    "IDPEL": lambda r: "53" + r.choice(["11", "12", "13"]) + digits(r, 8),
    "METER": lambda r: r.choice(["14", "32", "45", "56"]) + digits(r, 9),
    "NOSAMB": lambda r: "%02d-%02d-%06d" % (r.randint(1, 6), r.randint(1, 20), r.randint(1, 99999)),
    "REKAIR": d_(10),
    "VA": lambda r: (
        r.choice(["8808 ", "7008 ", "8277 ", "9888 "]) + groups(digits(r, 12), [4, 4, 4], " ")
        if r.random() < 0.5
        else r.choice(["8808", "7008", "8277"]) + digits(r, 12)
    ),
    "BILL": lambda r: r.choice(["0", "8", "5"]) + "2026" + digits(r, 10),
    "TRX": lambda r: "2026" + "%02d%02d" % (r.randint(9, 12), r.randint(1, 28)) + digits(r, 8),
    "REF": lambda r: r.choice(
        [
            "FT26%s%s" % (digits(r, 3), digits(r, 5)),
            digits(r, 12),
            "REF" + digits(r, 10),
            digits(r, 16),
        ]
    ),
    "NTPN": lambda r: "".join(r.choice("0123456789ABCDEF") for _ in range(16)),
    "NTB": d_(12),
    "TIX": lambda r: r.choice(
        [
            "#LPR-2026-%s-%s" % (digits(r, 4), digits(r, 4)),
            "LAPOR-5371-2026-%s" % digits(r, 5),
            "26%s-%s-%s" % (digits(r, 2), digits(r, 4), digits(r, 3)),
            "#%s" % digits(r, 7),
            "K%s" % digits(r, 9),
        ]
    ),
    "NPWPB": lambda r: fmt_npwp(
        r,
        r.choice(
            [
                "01",
                "02",
                "03",
                "21",
                "31",
                "70",
                "71",
                "72",
                "80",
                "81",
                "82",
                "83",
                "90",
                "91",
                "92",
            ]
        )
        + digits(r, 7)
        + "9"
        + r.choice(["20", "21", "22"])
        + "000",
        r.choice(["d", "d", "d", "t"]),
    ),
    "NPWPBS": lambda r: (
        "0"
        + r.choice(["01", "02", "03", "21", "31", "70", "80", "81", "92"])
        + digits(r, 7)
        + "9"
        + r.choice(["20", "21", "22"])
        + "000"
    ),
    "NPWPD": lambda r: "P.2.%s.%s.01.01" % (digits(r, 7), digits(r, 2)),
    "REKB": lambda r: (lambda b: fmt_account(r, b, make_account(r, b), ""))(wchoice(r, BANKS)),
    "BPJSTK": lambda r: r.choice(["2", "1", "0"]) + digits(r, 10),
    "NPP": lambda r: r.choice(["NN", "QD", "RH"]) + digits(r, 6),
    "SEP": lambda r: (
        "%s%s"
        % (
            r.choice(["1701R001", "1701R002", "1701R004", "0180R001"]),
            "%02d26V%06d" % (r.randint(1, 12), r.randint(1, 99999)),
        )
    ),
    "RM": lambda r: r.choice(
        [
            "%02d-%02d-%02d" % (r.randint(0, 99), r.randint(0, 99), r.randint(0, 99)),
            "00" + digits(r, 6),
        ]
    ),
    "DTKS": lambda r: "5371" + "0" + str(r.randint(1, 6)) + "000" + digits(r, 7),
    "NIB": lambda r: "91" + digits(r, 11),
    "FAKTUR": lambda r: "010.%03d-26.%08d" % (r.randint(0, 9), r.randint(1, 99999999)),
    "TOKEN": lambda r: groups(digits(r, 20), [4, 4, 4, 4, 4], " " if r.random() < 0.6 else "-"),
    "SIM": lambda r: groups(digits(r, 12), [4, 4, 4], "-"),
    "EFIN": d_(10),
    "UANG": lambda r: (
        r.choice(["Rp %s.000", "Rp%s.000", "Rp. %s.000,00", "%s.000"])
        % "{:,}".format(
            r.choice(
                [25, 50, 75, 100, 150, 200, 250, 300, 450, 600, 750, 900, 1200, 1500, 2400, 3750]
            )
        ).replace(",", ".")
    ),
    "TGL": lambda r: (
        r.choice(["%02d/%02d/2026", "%02d-%02d-2026"]) % (r.randint(1, 28), r.randint(1, 11))
    ),
    "JAM": lambda r: "%02d.%02d" % (r.randint(7, 21), r.randint(0, 59)),
    "BULAN": lambda r: r.choice(BULANS) + " 2026",
    "YEAR": lambda r: str(r.randint(2019, 2026)),
    "PKM": lambda r: r.choice(PKMS),
    "RS": lambda r: r.choice(RSS),
    "SCHOOL": lambda r: r.choice(SCHOOLS),
    "COMP": lambda r: r.choice(COMPS),
    "BIZ": lambda r: r.choice(BIZS),
    "TOKO": lambda r: r.choice(TOKOS),
    "MASJID": lambda r: r.choice(MASJIDS),
    "OFFICE": lambda r: r.choice(OFFICES),
    "KLINIK": lambda r: r.choice(KLINIKS),
    "STREETB": lambda r: r.choice(BIZ_STREETS) % r.randint(1, 120),
    "ROAD": lambda r: r.choice(ROADS),
    "OFCTEL": lambda r: (
        r.choice(["(0380) 8%s %s", "0380-8%s %s", "0380 8%s%s"]) % (digits(r, 2), digits(r, 3))
    ),
    "OFCHP": mobile_fmt,
    "SCAMHP": mobile_fmt,
    "BIZHP": mobile_fmt,
    "NRT": lambda r: "%02d" % r.randint(1, 30),
    "N": lambda r: str(r.randint(2, 9)),
    "RANGKA": lambda r: "MH1" + "".join(r.choice("ABCJKLM0123456789") for _ in range(14)),
    "BUPOT": lambda r: "1.1-%02d.26-%07d" % (r.randint(1, 12), r.randint(1, 9999999)),
    "KPM": lambda r: "KPM-%s" % digits(r, 8),
    "NOREG": lambda r: "REG/%s/%s" % (digits(r, 4), digits(r, 6)),
    "KODE": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "IDPKH": lambda r: "PKH" + digits(r, 12),
    "CIF": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + digits(r, 5),
    "NMID": lambda r: "ID10" + digits(r, 11),
    "MASK": lambda r: (
        "%s%s*** %s%s**"
        % (r.choice("ABDEFHJMNRSY"), r.choice("AEIOU"), r.choice("BDKLMNPST"), r.choice("AEIOU"))
    ),
    "BPJSVA": lambda r: "88888" + r.choice("0123") + digits(r, 10),
    "VANUM": lambda r: "0" + r.choice("0123") + digits(r, 9),
    "SKP": lambda r: (
        "%05d/%d/%02d/920/26" % (r.randint(1, 99999), r.choice([201, 206, 207]), r.randint(20, 25))
    ),
    "BPE": lambda r: "BPE-%s" % digits(r, 10),
    "STP": lambda r: "%05d/107/26/920/26" % r.randint(1, 99999),
    "SPPT": lambda r: "%s/SPPT/2026" % digits(r, 6),
    "INV": lambda r: "INV/RS/2026/%s" % digits(r, 5),
    "SIP": lambda r: "503/SIP/%s/DPMPTSP/2026" % digits(r, 4),
    "RUJUK": lambda r: "1701%s0%s" % (r.choice(["U", "R"]), digits(r, 10)),
    "ANTRE": lambda r: "%s-%03d" % (r.choice("ABCDE"), r.randint(1, 180)),
    "RUANG": lambda r: r.choice(["Cendana", "Kenanga", "Anggrek", "Teratai", "Flamboyan", "Asoka"]),
    "KODEFASKES": lambda r: "2405" + digits(r, 4),
    "KODERS": lambda r: "5371" + r.choice(["R001", "R002", "R004", "R008"]),
    "NOPPDB": lambda r: "PPDB-2026-%s-%05d" % (r.choice(["SMP", "SMA", "SD"]), r.randint(1, 9999)),
    "KUIT": lambda r: "KW/%s/%s/2026" % (digits(r, 3), r.choice(["VII", "VIII"])),
    "KIP": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
    "IJAZAH": lambda r: (
        "DN-24/D-%s/%02d/%07d" % (r.choice(["SMP", "SD"]), r.randint(1, 12), r.randint(1, 9999999))
    ),
    "NOUJIAN": lambda r: "%s-%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4), digits(r, 1)),
    "SHM": lambda r: "%05d/%s" % (r.randint(1, 9999), r.choice([k for k, _ in KELS])),
    "BA": lambda r: "BA.P2TL/%s/2026" % digits(r, 4),
    "TILANG": lambda r: "E-TLG/%s" % digits(r, 9),
    "REL": lambda r: r.choice(["KRISTEN", "KATOLIK", "ISLAM", "HINDU"]),
    "GOLDAR": lambda r: r.choice(["A", "B", "AB", "O"]),
    "ASET": d_(12),
    "NTPD": d_(16),
}


def rng_pick(r, items):
    return r.choice(items)


# ---------------------------------------------------------------- templates

TEMPLATES: list[tuple[str, str, str]] = []


def T(style, theme, text):
    assert style in STYLES and theme in THEMES, (style, theme)
    TEMPLATES.append((style, theme, text))


# ---- spreadsheet: rows pasted from a sheet, tab- or semicolon-separated, with a header row

T(
    "spreadsheet",
    "nik_kk",
    """Yth. Dinas Dukcapil Kota Kupang, ini data dari excel kelurahan {KEL1} yg sy salin. NIK di baris 2 berubah sendiri jadi angka 0 di belakang, padahal di KTP tidak begitu:
No\tNama\tNIK\tNo KK\tAlamat
1\t{M1|u}\t{M1.nikb}\t{M1.kkb}\t{M1.street|u}
2\t{F1|u}\t{F1.nikxl}\t{M1.kkb}\t{M1.street|u}
3\t{P2|u}\t'{P2.nikb}\t{P2.kkb}\t{P2.rt}
Mohon diperbaiki sebelum data dikirim ke pusat. Hormat sy, {M1}""",
)
T(
    "spreadsheet",
    "nik_kk",
    """Laporan: rekap perekaman KTP-el di kelurahan {KEL1} (file CSV dari operator, sy tempel apa adanya). Baris 2 NIK-nya rusak jadi format angka:
no;nama_lengkap;nik;tgl_rekam;status
1;{P1|u};'{P1.nikb};{TGL1};BELUM CETAK
2;{P2|u};{P2.niksci};{TGL2};BELUM CETAK
3;{P3|u};'{P3.nikb};{TGL3};BLANKO KOSONG
4;{P4|u};"{P4.niknl}";{TGL4};SUDAH CETAK
Sudah {N1} bulan blanko kosong terus. Nomor tiket sebelumnya {TIX1}.""",
)
T(
    "spreadsheet",
    "npwp",
    """Honor narasumber pelatihan kader belum cair. Bendahara bilang NPWP kami salah. Ini sheet yg dikirim bendahara:
No\tNama\tNPWP\tBank\tNo Rekening\tKeterangan
1\t{P1}\t{P1.npwpd}\t{P1.bank}\t{P1.rek}\tditolak
2\t{P2}\t{P2.npwp16}\t{P2.bank}\t{P2.rek}\tditolak
3\tCV {COMP1}\t{NPWPB1}\tBank NTT\t{REKB1}\tcair
4\t{P3}\t{P3.npwpt}\t{P3.bank}\t{P3.rek}\tditolak
NPWP no 2 itu memang NIK sy, sdh padan di DJP. Pelapor: {P2}""",
)
T(
    "spreadsheet",
    "npwp",
    """Keberatan pedagang: daftar tunggakan pajak restoran yg ditempel Bapenda di pasar (kolom dipisah titik koma):
NPWPD;Nama Usaha;NPWP Badan;Alamat Usaha;Tunggakan
{NPWPD1};RM {BIZ1};{NPWPB1};{STREETB1};{UANG1}
{NPWPD2};Depot {BIZ2};{NPWPB2};{STREETB2};{UANG2}
{NPWPD3};Kafe {BIZ3};{NPWPBS1};{STREETB3};{UANG3}
Angka tunggakan ini tidak sesuai. Mohon Bapenda Kota Kupang (telp {OFCTEL1}) cek ulang.""",
)
T(
    "spreadsheet",
    "bpjs",
    """Kami sekeluarga KIS PBI dinonaktifkan tanpa pemberitahuan. Data dari aplikasi Mobile JKN sy salin ke sini:
No. Kartu\tNama Peserta\tNIK\tFaskes\tStatus
{M1.bpjsb}\t{M1|u}\t{M1.nikb}\t{PKM1|u}\tTIDAK AKTIF
{F1.bpjsb}\t{F1|u}\t{F1.nikb}\t{PKM1|u}\tTIDAK AKTIF
{C1.bpjsb}\t{C1|u}\t{C1.nikb}\t{PKM1|u}\tTIDAK AKTIF
Anak sy {C1.g} sedang sakit. Mohon Dinsos aktifkan kembali. {M1}, HP {M1.hp}""",
)
T(
    "spreadsheet",
    "bpjs",
    """Rekap tunggakan iuran BPJS Ketenagakerjaan per badan usaha (dari dinas, format TSV). Kami serikat pekerja minta ditindak:
NPP\tNama Badan Usaha\tJumlah TK\tBulan Tunggak\tTotal
{NPP1}\tPT {COMP1}\t{N1}{N2}\t{N3}\t{UANG1}
{NPP2}\tCV {COMP2}\t{N4}\t{N5}\t{UANG2}
{NPP3}\tKoperasi {COMP3}\t{N6}{N7}\t{N8}\t{UANG3}
Pekerja tidak bisa klaim JHT. Hubungi sekretariat serikat di {OFCTEL1}.""",
)
T(
    "spreadsheet",
    "accounts",
    """Pengembalian uang pendaftaran yg batal, sy kirim ulang daftar dari panitia (titik koma):
No;Nama Penerima;Bank;No Rekening;Nominal;Status
1;{P1};{P1.bank};{P1.rek};{UANG1};GAGAL
2;{P2};{P2.bank};{P2.rekx};{UANG2};GAGAL
3;Toko {TOKO1};BRI;{REKB1};{UANG3};BERHASIL
Kenapa yg gagal hanya rekening pribadi? Tolong dicek. Pelapor {P1}, {P1.hp}""",
)
T(
    "spreadsheet",
    "accounts",
    """Mutasi rekening sy diunduh dari internet banking, ada debet yg sy tidak kenal:
Tanggal\tKeterangan\tNo. Referensi\tDebet\tKredit\tSaldo
{TGL1}\tTRF KE {P2.rekx} {P2|u}\t{REF1}\t{UANG1}\t\t{UANG2}
{TGL2}\tBAYAR PLN {IDPEL1}\t{REF2}\t{UANG3}\t\t{UANG4}
{TGL3}\tBIAYA ADM\t{REF3}\t{UANG5}\t\t{UANG6}
No. rekening sy {P1.bank} {P1.rek} a.n. {P1}. Transfer ke {P2|u} bukan sy yg buat.""",
)
T(
    "spreadsheet",
    "lookalikes",
    """Lampu jalan dan meteran fasilitas umum di kelurahan {KEL1} sering padam. Data dari PLN UP3 Kupang:
ID Pelanggan\tNo Meter\tTarif/Daya\tLokasi\tTiket Gangguan
{IDPEL1}\t{METER1}\tP3/{N1}00 VA\tPJU {ROAD1}\t{TIX1}
{IDPEL2}\t{METER2}\tS2/1300 VA\tKantor Lurah {KEL1}\t{TIX2}
{IDPEL3}\t{METER3}\tS2/2200 VA\t{PKM1}\t{TIX3}
Sudah lapor ke PLN 123 tapi belum ada petugas datang sejak {TGL1}.""",
)
T(
    "spreadsheet",
    "lookalikes",
    """Kami bingung, tagihan PBB fasilitas umum naik. Daftar dari Bapenda (CSV titik koma):
NOP;Letak Objek;Luas Tanah;Luas Bangunan;Tagihan;Kode Bayar
{NOP1};{ROAD1}, Kel. {KEL1};{N1}{N2}0;{N3}0;{UANG1};{BILL1}
{NOP2};Lapangan {KEL2};{N4}{N5}00;0;{UANG2};{BILL2}
{NOP3};Balai RW {KEL1};{N6}{N7}0;{N8}0;{UANG3};{BILL3}
Surat pemberitahuan nomor {SURAT1} baru kami terima kemarin.""",
)
T(
    "spreadsheet",
    "mixed",
    """Data ibu hamil yg belum dapat PMT di posyandu kelurahan {KEL1} (kader kirim file, sy tempel):
No\tNama Ibu\tNIK\tNo KK\tNo BPJS\tHP\tAlamat
1\t{F1}\t{F1.nikb}\t{F1.kkb}\t{F1.bpjsb}\t{F1.hpb}\t{F1.addr}
2\t{F2}\t{F2.nikb}\t{F2.kkb}\t-\t{F2.hpb}\t{F2.rt}
3\t{F3}\t{F3.nikb}\t{F3.kkb}\t{F3.bpjsb}\t-\t{F3.addr}
Yg kirim: kader {F4}, {F4.hp}. Mohon {PKM1} tindak lanjuti.""",
)
T(
    "spreadsheet",
    "mixed",
    """Pengaduan: pajak kendaraan sudah dibayar tapi masih tercatat nunggak. Data dari Samsat sy salin:
Nopol;Pemilik;NIK Pemilik;Alamat;No Rangka;Kode Bayar
{P1.plate};{P1|u};{P1.nikb};{P1.addr|u};{RANGKA1};{BILL1}
{P2.plate};{P2|u};{P2.nikb};{P2.addr|u};{RANGKA2};{BILL2}
Motor no 2 punya adik sy. Bayar lewat rek Bank NTT sy {P1.rekntt} tgl {TGL1}. HP {P1.hp}""",
)

# ---- pdf_extract: text copied out of a PDF

T(
    "pdf_extract",
    "nik_kk",
    """Sy lampirkan isi surat keterangan dari kelurahan (sy salin dari PDF, formatnya berantakan):
PEMERINTAH KOTA KUPANGKECAMATAN {KEC1|u}KELURAHAN {KEL1|u}
SURAT KETERANGAN DOMISILINomor: {SURAT1}
Yang bertanda tangan di bawah ini Lurah {KEL1} menerangkan bahwa:Nama : {P1|u}NIK : {P1.nik17}
Tempat/Tgl Lahir : {P1.pob|u}, {P1.dob}No. KK : {P1.kknl}
Alamat : {P1.addr|u}
benar-benar berdomisili di wilayah kami. Surat ini diberikan untuk keperluan pengurusan beasis-
wa anak.
Halaman 1 dari 1 — dicetak {TGL1} {JAM1}
NIK di surat ini kelebihan satu angka, yang benar {P1.nikg}. Mohon diperbaiki. {P1}""",
)
T(
    "pdf_extract",
    "nik_kk",
    """Daftar calon penerima bantuan pangan dari PDF kelurahan {KEL1}. Nama mama sy ada tapi NIK-nya milik orang lain:
DAFTAR CALON PENERIMA BANTUAN PANGAN TAHAP {N1}
No Nama NIK No. KK RT/RW
1 {P1|u} {P1.nikb} {P1.kkb} {P1.rtnum}
2 {F1|u} {P2.nikb} {F1.kkb} {F1.rtnum}
DAFTAR CALON PENERIMA BANTUAN PANGAN TAHAP {N1} Hal. 2
3 {P2|u} {P2.nikb} {P2.kkb} {P2.rtnum}
NIK di baris 2 sama dengan baris 3 (punya {P2.g}). NIK mama sy {F1} yg benar {F1.nikb}. Sy {A1}, anaknya.""",
)
T(
    "pdf_extract",
    "npwp",
    """Bukti potong PPh 21 sy dari kantor (salin dari PDF e-Bupot) tidak muncul di SPT. Isinya:
BUKTI PEMOTONGAN PAJAK PENGHASILAN PASAL 21 BAGI PEGAWAI TETAPNOMOR : {BUPOT1}
A. IDENTITAS PENERIMA PENGHASILANNPWP : {P1.npwpd}NIK : {P1.nikb}NAMA : {P1|u}
ALAMAT : {P1.addr|u}
C. IDENTITAS PEMOTONGNPWP : {NPWPB1}NAMA : BENDAHARA {OFFICE1|u}
Halaman 1/2
Tanggal : {TGL1}
Mohon KPP Pratama Kupang bantu. NPWP sy lama, belum ganti NIK. {P1}, {P1.mail}""",
)
T(
    "pdf_extract",
    "npwp",
    """Pengumuman pemenang tender yg kami salin dari PDF LPSE tidak sesuai. Isinya:
PENGUMUMAN PEMENANGNomor: {SURAT1}Paket: Rehabilitasi Saluran {ROAD1} HPS: {UANG1}
Pemenang: CV {COMP1}NPWP: {NPWPB1}Alamat: {STREETB1}, Kupang
Harga Penawaran: {UANG2}
Halaman 1 dari 2
Cadangan 1: PT {COMP2} NPWP {NPWPBS1}
Kami dari CV {COMP3} (NPWP {NPWPB2}) menyatakan keberatan. Kontak kantor: {OFCTEL1}.""",
)
T(
    "pdf_extract",
    "bpjs",
    """SEP dari RS untuk mama sy tercetak dgn kelas yg salah. Isi PDF-nya:
SURAT ELEGIBILITAS PESERTA{RS1|u}
No.SEP : {SEP1}Tgl.SEP : {TGL1}No.Kartu : {W1.bpjsb} ( MR. {RM1} )Nama Peserta : {W1|u}Tgl.Lahir : {W1.dob}
Kelamin : Perempuan Peserta : PBI (APBN)Jns.Rawat : Rawat Inap Kls.Hak : Kelas 3
Faskes Perujuk : {PKM1|u}
Pasien/Keluarga Pasien
Mohon BPJS cek, kartu mama {W1.g} PBI tapi ditagih. Anaknya, {A1}, {A1.hp}""",
)
T(
    "pdf_extract",
    "bpjs",
    """Rekap klaim yg belum dibayar BPJS ke {RS1} (kami salin dari PDF, kolom menempel):
REKAPITULASI PENGAJUAN KLAIM INA-CBGBulan Pelayanan: {BULAN1}No. Register: {NOREG1}
Rawat Jalan{N1}{N2}0 berkas{UANG1}Rawat Inap{N3}{N4} berkas{UANG2}
Halaman 2 dari 3 — {RS1|u}
Pending{N5} berkas{UANG3}No. BAST: {SURAT1}
Sudah {N6} bulan belum dibayar, obat pasien JKN mulai kosong. Mohon ditindaklanjuti.""",
)
T(
    "pdf_extract",
    "accounts",
    """Uang kiriman dari anak sy tidak masuk. Ini salinan rekening koran PDF dari bank:
REKENING KORAN / ACCOUNT STATEMENTNama : {P1|u}No. Rekening : {P1.rek}Periode : {BULAN1}
Tanggal Uraian Debet Kredit Saldo
{TGL1} SETORAN TUNAI {UANG1} {UANG2}
{TGL2} TRF DARI {P2|u} {P2.rekx} {REF1} {UANG3} {UANG4}
Halaman 1 dari 2 {P1.bank|u}
{TGL3} BIAYA ADMIN {UANG5} {UANG6}
Kiriman {TGL4} dari {P2} belum ada. Sy {P1}.""",
)
T(
    "pdf_extract",
    "accounts",
    """Anak sy tidak terima dana beasiswa walau namanya ada di lampiran SK. Salinan PDF:
LAMPIRAN KEPUTUSAN WALI KOTA KUPANG NOMOR {SURAT1}
No Nama Mahasiswa Perguruan Tinggi Bank No. Rekening
1 {P1|u} Undana BRI {P1.rekbri}
2 {P2|u} Unwira BNI {P2.rekbni}
3 {A1|u} Politeknik Negeri Kupang Bank NTT {A1.rekntt}
Halaman 4 dari 9
Rekening anak sy {A1.g} di Bank NTT masih aktif. Sy {M1}, bapaknya.""",
)
T(
    "pdf_extract",
    "lookalikes",
    """SPPT PBB gedung gereja kami naik tiga kali lipat. Isi PDF yg kami unduh:
SURAT PEMBERITAHUAN PAJAK TERHUTANG PAJAK BUMI DAN BANGUNANTAHUN {YEAR1}
NOP : {NOP1}LETAK OBJEK PAJAK{ROAD1|u} KEL. {KEL1|u}
NAMA DAN ALAMAT WAJIB PAJAKMAJELIS JEMAAT GMIT {KEL1|u}{STREETB1|u}
NJOP SEBAGAI DASAR PENGENAAN PBB {UANG1}PBB YANG HARUS DIBAYAR {UANG2}
Halaman 1 dari 1
Kode Billing: {BILL1} — jatuh tempo {TGL1}
Mohon Bapenda tinjau kembali.""",
)
T(
    "pdf_extract",
    "lookalikes",
    """Pemadaman tidak sesuai jadwal di PDF PLN. Kutipan:
JADWAL PEMELIHARAAN JARINGAN UP3 KUPANGNo. Dokumen: {SURAT1}
Penyulang {KEL2} {TGL1} {JAM1}-{JAM2} Wilayah: {KEL1}, {KEL3}
Gardu KP{N1}{N2} ID Aset {ASET1}
Halaman 3 dari 7
Informasi: PLN 123 atau WA {OFCHP1}
Di rumah kami padam {N3} jam, meter {METER1}, ID pelanggan {IDPEL1}. Tiket {TIX1}.""",
)
T(
    "pdf_extract",
    "mixed",
    """Bank tidak mau cairkan tabungan almarhum bapak sy walau surat ahli waris sudah ada. Salinan PDF:
SURAT PERNYATAAN AHLI WARIS
Yang bertanda tangan di bawah ini adalah ahli waris dari almarhum {O1|u}NIK {O1.nikb} yang meninggal pada {TGL1},
pemilik rekening {O1.bank} No. {O1.rek}, yaitu:1. {W1|u} (istri) NIK {W1.nikb}2. {A1|u} (anak) NIK {A1.nikb}
3. {A2|u} (anak) NIK {A2.nik}
Halaman 1 dari 2
No. KK : {O1.kkb}
Alamat : {O1.addr}
Kontak {A1.g}: {A1.hp}, {A1.mail}""",
)
T(
    "pdf_extract",
    "mixed",
    """Formulir pengaduan yg sy isi di PDF lalu sy salin, karena upload gagal:
FORMULIR PENGADUAN MASYARAKATUnit Pengaduan Kasih Kota Kupang
Nama Pelapor {P1}NIK {P1.nikg}No. HP / WA {P1.hp}Email {P1.mail}Alamat {P1.addr}, Kel. {KEL1}
Uraian PengaduanTetangga sy {P2} menutup saluran air dengan cor beton. Mobilnya {P2.plate} juga parkir di badan jalan.
Halaman 1 dari 1 — Formulir PGD-01 Rev. {N1}
Sy sudah lapor ke Ketua RT tapi tidak ada tindakan.""",
)

# ---- aid_list: DTKS / PKH / BPNT / BLT lists pasted into a complaint

T(
    "aid_list",
    "nik_kk",
    """Kami warga {P1.rt} Kel. {KEL1} melaporkan nama dobel di daftar BPNT yg ditempel di kantor lurah. Sy salin:
No | Nama KPM | NIK | ID DTKS | Ket
1 | {P2|u} | {P2.nikb} | {DTKS1} | Aktif
2 | {P2|u} | {P2.nikb} | {DTKS2} | Aktif
3 | {F1|u} | {F1.nikb} | {DTKS3} | Aktif
Nama {P2} muncul dua kali dgn ID berbeda, sedangkan {F2}, janda di RT kami, NIK {F2.nikg}, tidak ada. Pelapor: {P1}""",
)
T(
    "aid_list",
    "nik_kk",
    """KOMPLAIN PKH. Sy sudah 3 kali usul lewat kelurahan {KEL1} tapi tidak masuk daftar. KK almarhum bapak sy {O1} masih {O1.kkg}, setelah meninggal KK baru atas nama mama {W1}: {W1.kkb}. Di daftar penerima PKH yg dikirim pendamping:
NO. | NAMA PENGURUS | NIK | NO. KK | KOMPONEN
{N1}. | {F1|u} | {F1.nikb} | {F1.kkb} | LANSIA
{N2}. | {F2|u} | {F2.nikb} | {F2.kkb} | ANAK SD
Data mama sy yg diusulkan: NIK {W1.nikg}. Nomor usulan {NOREG1}. Sy {A1}, HP {A1.hp}""",
)
T(
    "aid_list",
    "npwp",
    """Mama sy {W1} dicoret dari daftar BLT karena katanya punya NPWP. Padahal NPWP yg dipakai itu punya kakak sy {A1}: {A1.npwpd}, dia karyawan toko. Potongan daftar hasil verifikasi:
No;Nama;NIK;Alasan Coret
{N1};{W1|u};{W1.nikb};MEMILIKI NPWP ({A1.npwpt})
{N2};{F1|u};{F1.nikb};ASN/TNI/POLRI
{N3};{P1|u};{P1.nikb};MENINGGAL
Mohon diperbaiki. {A2}, adik""",
)
T(
    "aid_list",
    "npwp",
    """Pengaduan koperasi: bantuan modal usaha dari dinas hanya cair ke badan usaha tertentu. Daftar penerima yg diumumkan:
No | Nama Usaha | NPWP Badan | Bank | Rekening Usaha
1 | UD {COMP1} | {NPWPB1} | BRI | {REKB1}
2 | Koperasi {COMP2} | {NPWPB2} | Bank NTT | {REKB2}
3 | CV {COMP3} | {NPWPBS1} | Mandiri | {REKB3}
Koperasi kami sudah daftar dgn NPWP {NPWPB3} tapi tidak lolos. Hubungi sekretariat koperasi {OFCTEL1}.""",
)
T(
    "aid_list",
    "bpjs",
    """Ini daftar PBI JKN di RT kami yg katanya sudah dinonaktifkan (dapat dari pendamping). Mohon diaktifkan, mereka lansia:
1. {W1|u} (6{N1}) - KIS {W1.bpjsb}
2. {O1|u} (7{N2}) - KIS {O1.bpjsb}
3. {W2|u} (8{N3}) - KIS {W2.bpjsg}
Bapak {O1.g} sedang dirawat di {RS1}. Pelapor: Ketua RT {NRT1} {P1}, HP {P1.hp}""",
)
T(
    "aid_list",
    "bpjs",
    """Warga RT {NRT1} sampai RT {NRT2} Kel. {KEL1} banyak yg KIS PBI tiba-tiba tidak aktif waktu berobat di {PKM1}. Daftar dari Dinsos hanya ditempel {N1} lembar, tidak ada yg dikabari. Kami sudah telpon BPJS 165 dan diberi nomor tiket {TIX1}. Mohon Dinas Sosial umumkan jadwal reaktivasi.""",
)
T(
    "aid_list",
    "accounts",
    """BLT Dana Kelurahan tahap {N1} belum masuk ke sebagian warga. Daftar rekening yg dipakai (dari staf kelurahan):
No\tNama Penerima\tNIK\tBank\tNo. Rekening
1\t{P1|u}\t{P1.nikb}\tBank NTT\t{P1.rekntt}
2\t{P2|u}\t{P2.nikb}\tBank NTT\t{P2.rekntt}
3\t(rekening penampung kelurahan)\t-\tBank NTT\t{REKB1}
Dana di rekening penampung {REKB1} sudah masuk {TGL1} kata bank. Sy {P2}, penerima no 2.""",
)
T(
    "aid_list",
    "accounts",
    """Bantuan PKH mama sy {W1} tahap ini masuk ke rekening orang lain. Di aplikasi Cek Bansos tertulis:
Nama: {W1|u}
Status: SUDAH SALUR
Rekening tujuan: BNI {P2.rekbni} a.n. {P2|u}
Periode: {BULAN1}
Padahal rek BNI mama {W1.rekbni}. ID PKH {IDPKH1}. Sy {A1}, WA {A1.hp}""",
)
T(
    "aid_list",
    "lookalikes",
    """Pengumuman penyaluran BPNT di e-warong {BIZ1} tidak jelas. Yg ditempel di pintu:
No Antrean | Kode KPM | ID DTKS | Nominal
A-0{N1}{N2} | {KPM1} | {DTKS1} | {UANG1}
A-0{N3}{N4} | {KPM2} | {DTKS2} | {UANG1}
A-0{N5}{N6} | {KPM3} | {DTKS3} | {UANG1}
Info: WA e-warong {BIZHP1}. Banyak lansia antre dari jam {JAM1} sampai sore. Mohon Dinsos atur jadwal.""",
)
T(
    "aid_list",
    "lookalikes",
    """Sy sudah usul DTKS lewat aplikasi Cek Bansos, nomor registrasi usulan {NOREG1}, tanggal {TGL1}. Sampai sekarang status proses verifikasi. Kode verifikasi yg dikirim SMS: {KODE1}. Surat kelurahan nomor {SURAT1}. Pengaduan ke Dinsos tiket {TIX1}, ke 1708 tiket {TIX2}. ID DTKS keluarga kami katanya {DTKS1}. Mohon kepastian.""",
)
T(
    "aid_list",
    "mixed",
    """Daftar warga kami yg layak tapi tidak pernah dapat bantuan (sy ketik dari buku catatan RT):
1. {M1} (4{N1}), NIK {M1.nikb}, KK {M1.kkb}, HP {M1.hp}
2. {F1} (3{N2}), NIK {F1.nikg}, istri dari no 1
3. {W1} (7{N3}), janda, NIK {W1.nikb}, {W1.addr}
Semua tinggal di {M1.rt}. Mohon dicek. Ketua RT, {P1}, WA {P1.hpb}""",
)
T(
    "aid_list",
    "mixed",
    """Selamat siang. Beta {P1}, tinggal di {P1.addr}. Beta pung nama sonde ada di daftar BLT, padahal tetangga yg rumah batembok masuk. Ini beta foto dari papan pengumuman:
{N1}. {P2|u} — {P2.nikb}
{N2}. {P3|u} — {P3.nikb}
Beta pung NIK {P1.nik}, KK {P1.kk}. Kalo mau cek, telpon beta di {P1.hp} ko beta pung rek BRI {P1.rekbri}. Makasih.""",
)

# ---- ocr_card: KTP, KK, NPWP, KIS, bank book, SIM photos read by OCR

T(
    "ocr_card",
    "nik_kk",
    """Hasil baca otomatis foto KTP sy (aplikasi OCR), NIK-nya terbaca salah:
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : {P1.nikocr}
N a m a : {P1.nocr}
Tempat/Tgl Lahir : {P1.pob|u}, {P1.dob}
Jenis kelamin : {P1.sex} Gol. Darah : -
Alamat : {P1.street|u}
{P1.rtktp}
Kel/Desa : {KEL1|u}
Kecamatan : {KEC1|u}
Agama : {REL1}
Berlaku Hingga : SEUMUR HIDUP
NIK yg benar {P1.nikb}. Mohon Dukcapil jangan tolak berkas sy lagi.""",
)
T(
    "ocr_card",
    "nik_kk",
    """Scan KK kami (OCR dari foto), nama anak salah eja. Hasilnya:
KARTU KELUARGA
No. {M1.kkocr}
Nama Kepala Keluarga : {M1.nocr}
Alamat : {M1.street|u}
{M1.rtktp}
No Nama Lengkap NIK Jenis Kelamin Hubungan
1 {M1|u} {M1.nikb} LAKI-LAKI KEPALA KELUARGA
2 {F1|u} {F1.nikb} PEREMPUAN ISTRI
3 {C1.nmis} {C1.nikocr} {C1.sex} ANAK
Nama anak sy harusnya {C1}. Sy {M1}.""",
)
T(
    "ocr_card",
    "npwp",
    """Kartu NPWP sy hilang, ini hasil OCR dari foto lama utk permohonan cetak ulang:
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : {P1.npwpocr}
{P1.nocr}
NIK : {P1.nikb}
{P1.street|u}
{KEL1|u}, {KEC1|u}
KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar {TGL1}
Mohon dibantu, {P1}, HP {P1.hp}""",
)
T(
    "ocr_card",
    "npwp",
    """Foto kartu NPWP koperasi kami dibaca OCR, nomornya beda dgn di sistem OSS:
NPWP : {NPWPB1}
KOPERASI {COMP1|u}
{STREETB1|u}
{KEL1|u}, {KEC1|u}
KOTA KUPANG
KPP PRATAMA KUPANG
Di OSS tertulis {NPWPBS1}. NIB koperasi {NIB1}. Mohon penjelasan.""",
)
T(
    "ocr_card",
    "bpjs",
    """Hasil scan KIS mama sy (OCR), nomor kartunya tidak terbaca di aplikasi RS:
KARTU INDONESIA SEHAT
No. Kartu {W1.bpjsocr}
Nama {W1.nocr}
NIK {W1.nikb}
Tgl. Lahir {W1.dob}
Faskes Tingkat I {PKM1|u}
Nomor kartu asli {W1.bpjsb}. Anak, {A1}""",
)
T(
    "ocr_card",
    "bpjs",
    """OCR foto kartu JKN anak sy, dipakai daftar di {RS1}, tapi ditolak krn nama beda:
BPJS Kesehatan
Kartu Indonesia Sehat
{C1.bpjsfw}
{C1.nmis}
NIK : {C1.nikb}
TGL LAHIR : {C1.dob}
FASKES TK I : {PKM1|u}
Nama anak sy yg benar {C1}. Sy bapaknya, {M1}, no kartu sy {M1.bpjs}.""",
)
T(
    "ocr_card",
    "accounts",
    """OCR halaman depan buku tabungan sy untuk syarat bansos, nama tertukar:
{P1.bank|u}
BUKU TABUNGAN
No. Rekening : {P1.rek}
Nama : {P1.nocr}
Alamat : {P1.addr|u}
No. CIF : {CIF1}
Kode Cabang : {N1}{N2}{N3}
Mohon dibantu, {P1}, {P1.hp}""",
)
T(
    "ocr_card",
    "accounts",
    """Stiker QRIS di kios depan {PKM1} ternyata rekening toko lain. Hasil OCR stikernya:
QRIS
Nama Merchant : TOKO {TOKO1|u}
NMID : {NMID1}
A01
Rekening Penampung : {REKB1} a.n. TOKO {TOKO1|u}
Sudah {N1} pembeli transfer ke situ. Mohon pengawasan.""",
)
T(
    "ocr_card",
    "lookalikes",
    """OCR struk token listrik posyandu, token tidak bisa dimasukkan:
STRUK PEMBELIAN LISTRIK PRABAYAR
NO METER : {METER1}
IDPEL : {IDPEL1}
NAMA : POSYANDU KEL {KEL1|u}
TARIF/DAYA : S2/900 VA
NO REF : {REF1}
RP BAYAR : {UANG1}
STROOM/TOKEN : {TOKEN1}
Sudah lapor PLN 123, tiket {TIX1}.""",
)
T(
    "ocr_card",
    "lookalikes",
    """OCR stiker meter air di fasilitas umum, meternya macet:
PERUMDA AIR MINUM KOTA KUPANG
No. Sambungan : {NOSAMB1}
No. Meter : {METER1}
Kode Wilayah : {N1}{N2}
Lokasi : MCK UMUM {KEL1|u}
Pengaduan: {OFCTEL1}
Laporan kami nomor {TIX1}, belum ditangani.""",
)
T(
    "ocr_card",
    "mixed",
    """Sy mau pecah KK, ini OCR KK lama. NIK istri sy {F1} di KK tatulis salah:
KARTU KELUARGA No. {M1.kkb}
Nama Kepala Keluarga : {M1|u}
Alamat : {M1.addr|u}
Kode Pos : 85{N1}{N2}{N3}
1 {M1|u} {M1.nikb} KEPALA KELUARGA
2 {F1|u} {F1.nik17} ISTRI
NIK istri sy yg benar {F1.nikg}. Hubungi sy di {M1.hp} atau {M1.mail}.""",
)
T(
    "ocr_card",
    "mixed",
    """SIM sy ditahan waktu razia, petugas salah tulis nama di surat tilang. Hasil OCR SIM:
SURAT IZIN MENGEMUDI
{SIM1}
1. {P1.nocr}
2. {P1.pob|u}, {P1.dob}
3. {P1.sex}
4. {P1.addr|u}
Motor sy {P1.plate}, NIK {P1.nikb}. Surat tilang nomor {TILANG1}. {P1}, {P1.hp}""",
)

# ---- bank_receipt: transfer receipts and mobile-banking screens typed out

T(
    "bank_receipt",
    "nik_kk",
    """Sy ditipu orang yg janji urus KK cepat. Ini bukti transfer dari BRImo:
Transaksi Berhasil
{TGL1}, {JAM1} WITA
No. Ref {REF1}
Sumber Dana
{P1|u}
BRI {P1.rekbri}
Tujuan
{P2|u}
BRI {P2.rekbri}
Nominal {UANG1}
Catatan: urus KK {P1.kkb}
Dia bilang kenal orang dalam Dukcapil. NIK sy {P1.nikb} sudah sy kirim juga ke dia. Mohon ditindak.""",
)
T(
    "bank_receipt",
    "nik_kk",
    """Setoran PNBP paspor anak tidak tercatat. Slip setoran sy ketik ulang:
SLIP SETORAN
Tanggal : {TGL1}
Kode Billing : {BILL1}
Nama Penyetor : {P1|u}
NIK Penyetor : {P1.nikg}
No. Telp : {P1.hpb}
Jumlah : {UANG1}
NTPN : {NTPN1}
Teller : {N1}{N2}
Untuk paspor anak sy {C1}, NIK anak {C1.nikb}.""",
)
T(
    "bank_receipt",
    "npwp",
    """Pembayaran PPh final sy sudah lunas tapi di DJP Online belum ada. Bukti penerimaan negara:
BUKTI PENERIMAAN NEGARA
Tanggal Bayar : {TGL1}
NTB : {NTB1}
NTPN : {NTPN1}
Kode Billing : {BILL1}
NPWP : {P1.npwp16}
Nama WP : {P1|u}
Jenis Setoran : 411128-420
Jumlah : {UANG1}
Sy pedagang perorangan, NPWP lama sy {P1.npwpd}. Mohon dipadankan.""",
)
T(
    "bank_receipt",
    "npwp",
    """Bukti setor pajak CV kami dobel ditarik. Isi bukti dari teller:
BUKTI PENERIMAAN NEGARA
NTPN : {NTPN1}
NTB : {NTB1}
Kode Billing : {BILL1}
NPWP : {NPWPB1}
Nama WP : CV {COMP1|u}
Alamat : {STREETB1|u}
Jumlah : {UANG1}
Terdebet 2x dari rekening giro CV {REKB1}. Mohon bank kembalikan.""",
)
T(
    "bank_receipt",
    "bpjs",
    """Sudah bayar iuran BPJS mandiri tapi status di Mobile JKN masih menunggak. Struk dari aplikasi:
Pembayaran BPJS Kesehatan Berhasil
No. VA : {BPJSVA1}
Nama : {M1|u}
Jumlah Peserta : 3 orang
Periode : {BULAN1}
Total : {UANG1}
No. Ref : {REF1}
No kartu BPJS sy {M1.bpjsb}, istri {F1.bpjsb}, anak {C1} {C1.bpjsb}.""",
)
T(
    "bank_receipt",
    "bpjs",
    """Bayar BPJS di minimarket, struknya begini, tapi tagihan masih muncul:
BPJS KESEHATAN
NO VA : {BPJSVA1}
NAMA : {MASK1}
JML PESERTA : 2
PERIODE : {BULAN1}
TAGIHAN : {UANG1}
ADMIN : {UANG2}
REF : {REF1}
Mohon dicek, struk masih sy simpan.""",
)
T(
    "bank_receipt",
    "accounts",
    """Sy salah transfer, bank belum bantu. Bukti dari m-banking:
TRANSFER BERHASIL
Rekening Sumber : {P1.rek}
Nama Pengirim : {P1|u}
Bank Tujuan : {P2.bank|u}
Rekening Tujuan : {P2.rek}
Nama Penerima : {P2|u}
Jumlah : {UANG1}
Berita : cicilan
No. Referensi : {REF1}
Seharusnya ke rekening kakak sy {P3} ({P3.bank} {P3.rekx}). HP sy {P1.hp}.""",
)
T(
    "bank_receipt",
    "accounts",
    """Top up dan transfer dari aplikasi kemarin, dua-duanya pending tapi saldo sy terpotong:
1) Top Up DANA
Ke : DANA {P2.hpb} ({P2|u})
Nominal : {UANG1}
ID Transaksi : {TRX1}
2) Transfer ke Rekening
Ke : PT {COMP1|u} — {REKB1}
Nominal : {UANG2}
No. Ref : {REF1}
Rekening sy BNI {P1.rekbni}. DANA itu punya adik sy {P2.g}.""",
)
T(
    "bank_receipt",
    "lookalikes",
    """Token listrik tidak masuk padahal saldo terpotong. Struk dari aplikasi bank:
PEMBELIAN TOKEN PLN BERHASIL
No. Meter : {METER1}
ID Pelanggan : {IDPEL1}
Tarif/Daya : R1/1300 VA
Nominal : {UANG1}
Token : {TOKEN1}
No. Ref : {REF1}
Tanggal : {TGL1} {JAM1}
Sudah hubungi PLN 123, tiket {TIX1}.""",
)
T(
    "bank_receipt",
    "lookalikes",
    """Bayar retribusi sampah lewat VA tapi petugas bilang belum bayar. Bukti:
PEMBAYARAN BERHASIL
Produk : Retribusi Daerah Kota Kupang
Kode Bayar : {BILL1}
No. VA : {VA1}
Setor ke : Rekening Kas Daerah Bank NTT {REKB1}
Jumlah : {UANG1}
No. Ref : {REF1}
Waktu : {TGL1} {JAM1}
Mohon DLHK cek.""",
)
T(
    "bank_receipt",
    "mixed",
    """Sy kena tipu, ada WA {SCAMHP1} yg mengaku dari Bank NTT minta sy transfer biaya aktivasi. Bukti transfer:
Transfer Berhasil
Dari : {P1|u} - {P1.rek}
Ke : {P2.bank} {P2.rek} a.n. {P2|u}
Jumlah : {UANG1}
No. Ref : {REF1}
Sy {P1}, HP sy {P1.hp}, tinggal di {P1.addr}. Mohon polisi dan bank tindak.""",
)
T(
    "bank_receipt",
    "mixed",
    """Setoran tunai ke rekening mama sy tidak masuk. Slip sy ketik:
SLIP SETORAN / TRANSFER
Tanggal : {TGL1}
Nama Penyetor : {A1|u}
No. Identitas (KTP) : {A1.nikb}
No. Telp : {A1.hpd}
Alamat : {A1.addr}
Rekening Tujuan : {W1.rek}
Nama Pemilik Rekening : {W1|u}
Jumlah : {UANG1}
Validasi : {REF1}
Mama sy {W1} tinggal di Kel. {KEL1}, HP dia {W1.hp}.""",
)

# ---- tax_form: tax forms, NPWP registration, receipts of the tax office

T(
    "tax_form",
    "nik_kk",
    """Pendaftaran NPWP online gagal terus, NIK dan KK tidak valid. Isian formulir sy:
Formulir Pendaftaran Wajib Pajak Orang Pribadi
Nama Sesuai KTP : {P1|u}
NIK : {P1.nikb}
Nomor Kartu Keluarga : {P1.kkb}
Tempat/Tanggal Lahir : {P1.pob}, {P1.dob}
Alamat : {P1.addr}, Kel. {KEL1}
No. HP : {P1.hpb}
Email : {P1.mail}
Status : Kawin, tanggungan 2
Data sy sudah sama dgn Dukcapil. Mohon KPP bantu.""",
)
T(
    "tax_form",
    "nik_kk",
    """SPT sy ditolak sistem karena NIK tanggungan tidak padan. Lampiran daftar tanggungan:
DAFTAR SUSUNAN ANGGOTA KELUARGA
No | Nama | NIK | Hubungan | Pekerjaan
1 | {F1|u} | {F1.nikb} | ISTRI | IRT
2 | {C1|u} | {C1.nik15} | ANAK | PELAJAR
3 | {C2|u} | {C2.nikb} | ANAK | PELAJAR
No. KK : {M1.kkb}
NIK anak pertama kurang satu angka, yg benar {C1.nikb}. EFIN sy {EFIN1}. {M1}""",
)
T(
    "tax_form",
    "npwp",
    """Ada salah isi di SPT Tahunan sy yg sudah terkirim, mohon petunjuk pembetulan. Isi bagian identitas:
SPT TAHUNAN PPh WAJIB PAJAK ORANG PRIBADI 1770 S
NPWP : {M1.npwpd}
NAMA WAJIB PAJAK : {M1|u}
PEKERJAAN : {M1.job}
NO. TELEPON : {M1.hpb}
Bukti Potong No. {BUPOT1} dari pemberi kerja NPWP {NPWPB1}
NPWP istri (pisah harta) : {F1.npwpt}
Tanda terima elektronik {BPE1}.""",
)
T(
    "tax_form",
    "npwp",
    """Faktur pajak dari pemasok kami salah NPWP pembeli. Isi faktur:
Faktur Pajak
Kode dan Nomor Seri Faktur Pajak : {FAKTUR1}
Pengusaha Kena Pajak
Nama : PT {COMP1|u}
Alamat : {STREETB1|u}, KUPANG
NPWP : {NPWPBS1}
Pembeli Barang Kena Pajak
Nama : CV {COMP2|u}
NPWP : {NPWPB1}
Harga Jual : {UANG1}
Mohon KPP jelaskan prosedur pembetulan.""",
)
T(
    "tax_form",
    "bpjs",
    """Iuran BPJS Kesehatan karyawan dipotong dari gaji tapi kartu tidak aktif. Lampiran daftar gaji dari bendahara:
Nama\tNPWP\tNo. BPJS Kes\tNo. BPJS TK\tPotongan
{P1}\t{P1.npwpd}\t{P1.bpjsb}\t{BPJSTK1}\t{UANG1}
{P2}\t{P2.npwp16}\t{P2.bpjsb}\t{BPJSTK2}\t{UANG2}
{P3}\t-\t{P3.bpjsb}\t{BPJSTK3}\t{UANG3}
Kartu {P1} dan {P3} ditolak di {PKM1}. NPWP pemberi kerja {NPWPB1}.""",
)
T(
    "tax_form",
    "bpjs",
    """Pengurangan iuran JKN di SPT sy tidak diterima. Catatan di lampiran:
Iuran BPJS Kesehatan mandiri kelas 1
Peserta: {M1|u}, no kartu {M1.bpjsb}
Peserta: {F1|u}, no kartu {F1.bpjsg}
Dibayar lewat autodebet rek {M1.bank} {M1.rek}
NPWP: {M1.npwp16g}
Total setahun {UANG1}. Mohon penjelasan.""",
)
T(
    "tax_form",
    "accounts",
    """Restitusi PPh sy sudah disetujui tapi belum cair. Isian formulir permohonan:
PERMOHONAN PENGEMBALIAN KELEBIHAN PEMBAYARAN PAJAK
Nama Wajib Pajak : {P1|u}
NPWP : {P1.npwpd}
Alamat : {P1.addr}
Mohon kelebihan dikembalikan ke:
Nama Bank : {P1.bank}
Nomor Rekening : {P1.rek}
Nama Pemilik Rekening : {P1|u}
SKPLB nomor {SKP1}. Hubungi sy {P1.hp}.""",
)
T(
    "tax_form",
    "accounts",
    """Setoran PPN yayasan kami tidak masuk ke Kas Negara. Dari bukti bank:
Penyetor : YAYASAN {COMP1|u}
NPWP Penyetor : {NPWPB1}
Rekening Debet (rekening yayasan) : {REKB1}
Kode Billing : {BILL1}
NTPN : {NTPN1}
Mata Anggaran : 411211
Jumlah : {UANG1}
Bank persepsi bilang harus tanya KPP. Telp sekretariat yayasan {OFCTEL1}.""",
)
T(
    "tax_form",
    "lookalikes",
    """Kami pengurus masjid terima STP, padahal masjid tidak wajib PPN. Isinya:
SURAT TAGIHAN PAJAK Nomor : {STP1}
NPWP : {NPWPB1}
Nama : MASJID {MASJID1|u}
Masa Pajak : {BULAN1}
Jumlah Tagihan : {UANG1}
Kode Billing : {BILL1}
Keberatan kami sudah kirim dgn surat {SURATF1}, tanda terima {BPE1}.""",
)
T(
    "tax_form",
    "lookalikes",
    """PBB kantor kelompok tani naik. SPPT:
NOP : {NOP1}
Letak Objek : {ROAD1}, {KEL1}
Wajib Pajak : KELOMPOK TANI {COMP1|u}
Luas Bumi : {N1}00 m2
NJOP : {UANG1}
PBB Terhutang : {UANG2}
Kode Bayar : {BILL1}
Nomor SPPT {SPPT1}. Mohon Bapenda tinjau.""",
)
T(
    "tax_form",
    "mixed",
    """Istri sy mau NPWP terpisah. Formulir sy isi begini, tapi ditolak:
Nama : {F1|u}
NIK : {F1.nikb}
Status : Kawin, pisah harta
NPWP suami : {M1.npwpd}
Nama suami : {M1|u}
Alamat : {M1.addr}
HP : {F1.hp}
Email : {F1.mail}
Sy {M1}, mohon petunjuk.""",
)
T(
    "tax_form",
    "mixed",
    """Kepada KPP Pratama Kupang. Sy sudah pakai NPWP 16 digit tapi akun lama masih aktif. Data sy:
Nama : {P1}
NPWP lama : {P1.npwps}
NPWP baru (NIK) : {P1.npwp16}
No. KK : {P1.kkb}
Rekening utk restitusi : {P1.bank} {P1.rek}
HP/WA : {P1.hp}
Kring Pajak 1500200 bilang harus datang ke KPP. Mohon bantu.""",
)

# ---- bpjs_hospital: BPJS/KIS cards, admission notes, hospital papers

T(
    "bpjs_hospital",
    "nik_kk",
    """Catatan pendaftaran rawat inap bapak sy di {RS1} (sy ketik dari lembar admisi). NIK-nya salah ketik petugas:
LEMBAR MASUK RAWAT INAP
No. RM : {RM1}
Nama Pasien : {O1|u}
NIK : {O1.nik15}
No. KK : {O1.kkb}
Tgl Lahir / Umur : {O1.dob} / {O1.age} th
Alamat : {O1.addr|u}
Penanggung Jawab : {A1|u} (anak)
NIK bapak yg benar {O1.nikb}. Sy {A1}.""",
)
T(
    "bpjs_hospital",
    "nik_kk",
    """Bayi sy lahir di {RS1}, mau didaftarkan JKN tapi belum punya NIK. Formulir yg diminta:
Nama Bayi : By. Ny. {F1|u}
NIK Ibu : {F1.nikb}
No. KK : {M1.kkb}
NIK Ayah : {M1.nikg}
Tgl Lahir Bayi : {TGL1}
Petugas bilang harus tunggu KK baru. Kapan bisa? {M1}, {M1.hp}""",
)
T(
    "bpjs_hospital",
    "npwp",
    """Kwitansi praktik dokter yg sy minta untuk klaim asuransi kantor ditolak krn NPWP. Isi kwitansi:
KWITANSI
Telah terima dari : {P1|u}
Untuk : Konsultasi dan tindakan
Jumlah : {UANG1}
Dokter : dr. {P2}, Sp.PD
NPWP dokter : {P2.npwpd}
SIP : {SIP1}
Klinik : {KLINIK1}, NPWP klinik {NPWPB1}
Asuransi minta NPWP klinik saja. Mana yg benar?""",
)
T(
    "bpjs_hospital",
    "npwp",
    """Tagihan rumah sakit ke perusahaan kami untuk karyawan yg dirawat tidak sesuai. Invoice:
INVOICE No. {INV1}
Dari : {RS1}, NPWP {NPWPB1}
Kepada : PT {COMP1|u}
NPWP : {NPWPBS1}
Alamat : {STREETB1}
Jumlah pasien : {N1} orang (rincian terlampir)
Total : {UANG1}
Mohon klarifikasi bagian keuangan RS.""",
)
T(
    "bpjs_hospital",
    "bpjs",
    """Istri sy ditolak rawat inap pakai BPJS di {RS1}, katanya kartu tidak aktif. Catatan dari admisi:
Nama : {F1|u}
No. Kartu JKN : {F1.bpjsb}
Kelas : 3 (PBI)
No. SEP : (tidak terbit)
No. Rujukan : {RUJUK1}
Poli : Penyakit Dalam
Padahal kemarin cek di aplikasi aktif. Kartu sy {M1.bpjsg} aktif. {M1}, {M1.hp}""",
)
T(
    "bpjs_hospital",
    "bpjs",
    """Anak sy masuk IGD {RS1} jam {JAM1}, disuruh bayar umum dulu. Data di gelang pasien:
An. {C1|u}
RM {RM1}
Sy kasih KIS anak {C1.bpjsd}, tapi petugas lihat nomor BPJS Ketenagakerjaan sy ({BPJSTK1}) di map dan bilang itu bukan kartu kesehatan. KIS-nya sudah sy tunjukkan sesudahnya. Ibunya, {F1}.""",
)
T(
    "bpjs_hospital",
    "accounts",
    """Uang jaminan rawat inap belum dikembalikan walau klaim BPJS sudah terbit. Kwitansi jaminan:
Nama Pasien : {P1|u}
No. RM : {RM1}
Uang Jaminan : {UANG1}
Disetor ke rekening BLUD {RS1} : {REKB1}
Mohon dikembalikan ke rekening sy {P2.bank} {P2.rek} a.n. {P2}. Sy anak pasien, HP {P2.hp}.""",
)
T(
    "bpjs_hospital",
    "accounts",
    """Pasien umum di {RS1} disuruh transfer ke rekening yg tidak ada di papan informasi. Di kasir tertulis:
Pembayaran non tunai:
Rekening BLUD {RS1} Bank NTT {REKB1}
VA pasien format: {VA1}
QRIS NMID {NMID1}
Tapi kasir kasih nomor rekening lain lewat WA yg katanya WA resmi kasir RS, {OFCHP1}. Mohon direktur jelaskan mana yg resmi.""",
)
T(
    "bpjs_hospital",
    "lookalikes",
    """Sistem antrean online {RS1} kacau. Kode booking Mobile JKN {KODE1}, nomor antrean poli {ANTRE1}, nomor rujukan {RUJUK1}, SEP {SEP1}. Semua sudah benar tapi disuruh ambil nomor ulang di loket. Call center BPJS 165 bilang tanya RS. Nomor pengaduan RS {OFCTEL1} tidak diangkat.""",
)
T(
    "bpjs_hospital",
    "lookalikes",
    """Info yg dibagikan di grup: bayar iuran BPJS mandiri pakai VA 88888 diikuti nomor kartu tanpa dua nol depan, contoh 88888 {VANUM1}. Ini benar? Sy takut salah bayar. Kode faskes {PKM1} {KODEFASKES1}, kode RS {KODERS1}. Hotline BPJS 165, Care Center juga bisa lewat WA Pandawa {OFCHP1}.""",
)
T(
    "bpjs_hospital",
    "mixed",
    """Catatan serah terima pasien dari {PKM1} ke {RS1}, sy salin krn data pasien salah:
Pasien : {P1}
NIK : {P1.nikb}
No. BPJS : {P1.bpjsb}
Alamat : {P1.addr}
Keluarga : {P2}, HP {P2.hp}
Dirujuk oleh : bidan {F1}
No. Rujukan : {RUJUK1}
Ambulans {PLATE1}
Keluhan kami: alamat pasien tertulis di RT lain.""",
)
T(
    "bpjs_hospital",
    "mixed",
    """Sy {M1}, suami pasien {F1}, mau lapor petugas admisi {RS1} minta uang Rp{N1}00.000 supaya kamar cepat. Data istri sy: NIK {F1.nik}, KIS {F1.bpjs}, KK {M1.kk}. Rumah kami {M1.addr}. Uang sudah sy transfer ke rek pribadi petugas itu, BRI {P2.rekbri} a.n. {P2}. HP sy {M1.hp}.""",
)

# ---- ppdb_form: school registration

T(
    "ppdb_form",
    "nik_kk",
    """Pendaftaran PPDB anak sy ditolak sistem, NIK tidak sesuai KK. Isian formulir:
FORMULIR PENDAFTARAN PPDB 2026
Nama Calon Peserta Didik : {C1|u}
NISN : {NISN1}
NIK : {C1.nikb}
No. KK : {M1.kkb}
Asal Sekolah : {SCHOOL1}
Nama Ayah : {M1|u}
NIK Ayah : {M1.nikb}
Nama Ibu : {F1|u}
NIK Ibu : {F1.nikb}
Alamat : {M1.addr}
No. HP Ortu : {M1.hpb}""",
)
T(
    "ppdb_form",
    "nik_kk",
    """Yth panitia PPDB {SCHOOL2}, anak sy {C1.g} tidak masuk jalur zonasi padahal rumah dekat. Panitia bilang KK baru {N1} bulan. KK kami {M1.kkg}, NIK anak {C1.nikg}, NISN {NISN1}, no pendaftaran {NOPPDB1}. Rumah kami di {M1.addr}, sudah tinggal sejak {YEAR1}. Bapaknya, {M1}.""",
)
T(
    "ppdb_form",
    "npwp",
    """Formulir beasiswa sekolah minta NPWP orang tua. Sy isi NPWP sy yg lama, ditolak, katanya harus 16 digit:
Nama Siswa : {C1}
NISN : {NISN1}
Nama Orang Tua/Wali : {M1}
Pekerjaan : {M1.job}
NPWP Orang Tua : {M1.npwpd}
Penghasilan per bulan : {UANG1}
Yg 16 digit itu NIK sy kan? {M1.npwp16}. Mohon penjelasan panitia.""",
)
T(
    "ppdb_form",
    "npwp",
    """Sekolah minta siswa bayar pajak uang pembangunan. Di kuitansi tercetak:
{SCHOOL1|u}
NPSN {NPSN1}
NPWP Sekolah : {NPWPB1}
NPWP Bendahara BOS : {NPWPBS1}
Uang pembangunan : {UANG1}
PPh ditanggung siswa : {UANG2}
No. kuitansi {KUIT1}. Apa boleh begitu? Mohon Dinas Pendidikan cek.""",
)
T(
    "ppdb_form",
    "bpjs",
    """Data kesehatan calon siswa di formulir PPDB wajib diisi, tapi sistem tolak no KIS anak sy:
Nama : {C1|u}
NIK : {C1.nikb}
No. KIS/BPJS : {C1.bpjsb}
Faskes : {PKM1}
Golongan darah : {GOLDAR1}
Riwayat penyakit : asma
Padahal KIS itu aktif. Sy ibunya {F1}, {F1.hp}.""",
)
T(
    "ppdb_form",
    "bpjs",
    """Sekolah minta fotokopi kartu BPJS semua keluarga utk daftar ulang. Sy kasih: bapaknya {M1} {M1.bpjsb}, sy {F1} {F1.bpjsb}, anak {C1} {C1.bpjsg}. Kenapa sekolah perlu kartu orang tua? NISN anak {NISN1} sudah cukup.""",
)
T(
    "ppdb_form",
    "accounts",
    """Dana PIP anak sy tidak cair. Data dari sekolah:
Nama Siswa : {C1|u}
NISN : {NISN1}
No. KIP : {KIP1}
Bank Penyalur : BRI
No. Rekening SimPel : {C1.rekbri}
Status : Belum Aktivasi
Sekolah bilang aktivasi harus bawa KTP orang tua. Sy {F1}, ibunya, HP {F1.hp}.""",
)
T(
    "ppdb_form",
    "accounts",
    """Pembayaran daftar ulang di {SCHOOL1} hanya lewat VA, tapi di brosur ada rekening lain:
Daftar ulang : {UANG1}
VA Bank NTT : {VA1}
Rekening Komite Sekolah : {REKB1}
NPSN : {NPSN1}
Kontak TU : {OFCTEL1}
Mana yg resmi? Banyak orang tua bingung.""",
)
T(
    "ppdb_form",
    "lookalikes",
    """Hasil seleksi PPDB {SCHOOL1} diumumkan pakai nomor saja dan urutannya aneh:
No. Pendaftaran | NISN | Skor | Status
{NOPPDB1} | {NISN1} | 8{N1},{N2} | DITERIMA
{NOPPDB2} | {NISN2} | 7{N3},{N4} | DITERIMA
{NOPPDB3} | {NISN3} | 8{N5},{N6} | CADANGAN
Skor anak kami lebih tinggi tapi cadangan. Mohon Dinas Pendidikan audit.""",
)
T(
    "ppdb_form",
    "lookalikes",
    """Ijazah anak kami tertahan. Data: nomor seri ijazah {IJAZAH1}, NISN {NISN1}, NPSN sekolah asal {NPSN1}, nomor peserta ujian {NOUJIAN1}. Surat keterangan lulus nomor {SURAT1}. TU {SCHOOL1} (telp {OFCTEL1}) minta uang tebus {UANG1}.""",
)
T(
    "ppdb_form",
    "mixed",
    """Formulir PPDB jalur afirmasi anak sy (sy ketik ulang krn upload gagal):
Nama Siswa : {C1}
NISN : {NISN1}
NIK Siswa : {C1.nik}
No. KK : {F1.kk}
No. KIP : {KIP1}
ID PKH : {IDPKH1}
Nama Ibu : {F1}
NIK Ibu : {F1.nik}
Alamat : {F1.addr}
HP : {F1.hp}
Email : {F1.mail}""",
)
T(
    "ppdb_form",
    "mixed",
    """Yth. Dinas Pendidikan. Sy {M1}, orang tua dari {C1} (NISN {NISN1}). Anak sy diminta pungutan {UANG1} oleh guru {P2} dgn alasan seragam, transfer ke rek pribadi BNI {P2.rekbni} a.n. {P2}. Bukti ada. NIK sy {M1.nik}, HP {M1.hp}, rumah di {M1.addr}.""",
)

# ---- objection_letter: letters of objection with an identity block

T(
    "objection_letter",
    "nik_kk",
    """Kupang, {TGL1}
Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang
Perihal: Keberatan atas penerbitan Kartu Keluarga
Yang bertanda tangan di bawah ini:
Nama : {M1}
NIK : {M1.nikd}
Tempat/Tgl Lahir : {M1.pob}, {M1.dob}
Pekerjaan : {M1.job}
Alamat : {M1.addr}, Kel. {KEL1}
menyatakan keberatan karena KK lama kami No. {M1.kkb} diganti KK baru No. {M1.knewg} tanpa permohonan, dan nama istri sy {F1} (NIK {F1.nikb}) hilang dari KK baru.
Hormat saya,
{M1}""",
)
T(
    "objection_letter",
    "nik_kk",
    """Kepada Yth. Lurah {KEL1}
di Tempat
Hal: Keberatan atas NIK ganda
Dengan hormat, sy yg bertanda tangan di bawah ini:
Nama : {F1}
NIK : {F1.nikb}
Alamat : {F1.addr}
mengajukan keberatan: NIK sy tercatat juga sebagai NIK tetangga sy {P2} di daftar bantuan kelurahan (surat nomor {SURAT1}). NIK {P2.g} yang asli {P2.nikg}, sudah kami cek bersama di Dukcapil.
Demikian, atas perhatian Bapak sy ucapkan terima kasih.
Hormat sy,
{F1}""",
)
T(
    "objection_letter",
    "npwp",
    """Kupang, {TGL1}
Nomor : -
Lampiran : 1 berkas
Hal : Keberatan atas Surat Ketetapan Pajak Kurang Bayar Nomor {SKP1}
Kepada Yth. Kepala KPP Pratama Kupang
Yang bertanda tangan di bawah ini:
Nama Wajib Pajak : {P1}
NPWP : {P1.npwpd}
Alamat : {P1.addr}
No. Telp : {P1.hpd}
mengajukan keberatan atas SKPKB tersebut karena penghasilan dari CV {COMP1} (NPWP pemberi kerja {NPWPB1}) telah dipotong PPh 21.
Hormat saya,
{P1}""",
)
T(
    "objection_letter",
    "npwp",
    """Perihal: Keberatan atas pencabutan izin usaha
Kepada Yth. Kepala DPMPTSP Kota Kupang
Sy {P1}, usaha perorangan (kios sembako), NPWP pribadi sy {P1.npwp}, NIB {NIB1}, beralamat di {P1.addr}. Izin sy dicabut krn dianggap menunggak pajak, padahal yang menunggak CV {COMP1} dengan NPWP {NPWPB1} yg kebetulan namanya mirip kios sy. Mohon diteliti kembali.
Hormat sy,
{P1}
HP {P1.hp}""",
)
T(
    "objection_letter",
    "bpjs",
    """Hal : Keberatan atas penonaktifan kepesertaan PBI JK
Kepada Yth. Kepala Dinas Sosial Kota Kupang
Kami yang bertanda tangan di bawah ini:
1. {M1}, NIK {M1.nikb}, No. Kartu KIS {M1.bpjsb}
2. {F1}, NIK {F1.nikb}, No. Kartu KIS {F1.bpjsb}
3. {C1}, NIK {C1.nikb}, No. Kartu KIS {C1.bpjsb}
beralamat di {M1.addr}, Kel. {KEL1}, keberatan atas penonaktifan kartu kami sejak {BULAN1}. Kami tidak mampu membayar iuran mandiri.
Hormat kami,
{M1}""",
)
T(
    "objection_letter",
    "bpjs",
    """Kupang, {TGL1}
Nomor : {SURATF1}
Hal : Keberatan atas penonaktifan massal PBI
Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Kami Forum Warga Peduli Kesehatan Kota Kupang menyampaikan keberatan: sejak {BULAN1} sebanyak {N1}{N2}{N3} peserta PBI di {N4} kelurahan dinonaktifkan tanpa verifikasi. Nomor pengaduan kami di BPJS 165: {TIX1}.
Hormat kami,
Forum Warga Peduli Kesehatan
Sekretariat: {OFCTEL1}""",
)
T(
    "objection_letter",
    "accounts",
    """Kepada Yth. Pimpinan {P1.bank} Cabang Kupang
Perihal: Keberatan atas pemblokiran rekening
Dengan hormat, sy:
Nama : {P1}
NIK : {P1.nikb}
No. Rekening : {P1.rek}
Alamat : {P1.addr}
keberatan atas pemblokiran rekening sy sejak {TGL1} tanpa pemberitahuan. Gaji honor sy masuk ke rekening itu.
Hormat sy,
{P1}""",
)
T(
    "objection_letter",
    "accounts",
    """Hal: Keberatan atas keterlambatan pembayaran termin
Kepada Yth. Kepala Dinas PUPR Kota Kupang
Kami CV {COMP1}, NPWP {NPWPB1}, rekening perusahaan Bank NTT {REKB1}, pelaksana paket rehabilitasi saluran {ROAD1}, keberatan karena termin II belum dibayar sejak {TGL1}, padahal BAST nomor {SURAT1} sudah ditandatangani.
Hormat kami,
{P1}
Direktur""",
)
T(
    "objection_letter",
    "lookalikes",
    """Kupang, {TGL1}
Hal : Keberatan atas kenaikan NJOP
Kepada Yth. Kepala Bapenda Kota Kupang
Kami Forum Pemilik Tanah Kelurahan {KEL1} keberatan atas SPPT tahun {YEAR1}, antara lain NOP {NOP1}, NOP {NOP2} dan NOP {NOP3}, yang naik lebih dari {N1}00%. Surat Bapenda nomor {SURAT1} tidak menjelaskan dasar kenaikan.
Hormat kami,
Forum Pemilik Tanah Kelurahan {KEL1}""",
)
T(
    "objection_letter",
    "lookalikes",
    """Nomor : {SURATF1}
Hal : Keberatan atas tagihan listrik susulan (P2TL)
Kepada Yth. Manager PLN UP3 Kupang
Pengurus Koperasi {COMP1} keberatan atas tagihan susulan untuk ID pelanggan {IDPEL1} (meter {METER1}) sebesar {UANG1} berdasarkan berita acara {BA1}. Segel meter dipasang petugas sendiri pada {TGL1}.
Hormat kami,
Pengurus Koperasi {COMP1}
Telp. kantor {OFCTEL1}""",
)
T(
    "objection_letter",
    "mixed",
    """SURAT KUASA DAN KEBERATAN
Yang bertanda tangan di bawah ini:
Nama : {O1}
NIK : {O1.nikb}
Alamat : {O1.addr}
memberi kuasa kepada anak sy:
Nama : {A1}
NIK : {A1.nikg}
HP : {A1.hp}
untuk mengajukan keberatan atas sertifikat nomor {SHM1} yang diterbitkan atas nama orang lain di atas tanah kami (NOP {NOP1}).
Pemberi kuasa, {O1}    Penerima kuasa, {A1}""",
)
T(
    "objection_letter",
    "mixed",
    """Kepada Yth. Wali Kota Kupang
Hal: Keberatan atas hasil musyawarah ganti rugi pelebaran jalan
Sy {W1}, NIK {W1.nik}, istri dari almarhum {O1} (NIK {O1.nik}, KK {O1.kk}), pemilik rumah di {O1.addr}. Ganti rugi dibayar ke rekening orang lain, BRI {P2.rekbri} a.n. {P2}, padahal rekening sy Bank NTT {W1.rekntt}. Kontak sy {W1.hp}, {W1.mail}.
Hormat sy,
{W1}""",
)

# ---- call_transcript: calls written out, numbers read aloud

T(
    "call_transcript",
    "nik_kk",
    """Transkrip telepon ke layanan Dukcapil, {TGL1}:
Petugas: Selamat pagi, Dukcapil Kota Kupang, dengan {P2.g}, ada yang bisa dibantu?
Penelepon: Pagi, sy mau tanya KTP sy belum jadi.
Petugas: Boleh sebut NIK Bapak?
Penelepon: {M1.nikpair}.
Petugas: Atas nama?
Penelepon: {M1}.
Petugas: Baik, statusnya masih antre cetak. Nomor antrean {ANTRE1}.""",
)
T(
    "call_transcript",
    "nik_kk",
    """Rekaman call center 1708 (ditulis ulang):
Agen: Untuk pengaduan KK, nomor KK-nya berapa?
Penelepon: {M1.kkcomma}.
Agen: Anggota yang mau ditambahkan?
Penelepon: Anak sy yg baru lahir, {C1.g}. Belum ada NIK. NIK istri sy {F1.nikg}.
Agen: Tiket pengaduan Bapak {TIX1}, mohon dicatat.""",
)
T(
    "call_transcript",
    "npwp",
    """Percakapan dengan Kring Pajak 1500200:
Agen: Kring Pajak, dengan {P2.g}, selamat siang.
Penelepon: Siang, sy mau tanya NPWP sy kenapa tidak bisa login.
Agen: NPWP Ibu?
Penelepon: Yang lama {F1.npwps}, yang baru katanya sama dengan NIK, {F1.npwp16}.
Agen: Atas nama?
Penelepon: {F1}.
Agen: Baik Ibu, NIK Ibu belum dipadankan. Silakan padankan di DJP Online.""",
)
T(
    "call_transcript",
    "npwp",
    """Catatan telepon ke KPP Pratama Kupang:
Agen: KPP Pratama Kupang, selamat pagi.
Penelepon: Pagi, sy bendahara koperasi. NPWP koperasi kami {NPWPB1} diblokir.
Agen: NPWP badan ya. Ada nomor surat pemblokiran?
Penelepon: Nomor {SURAT1}.
Agen: Silakan datang ke loket dengan akta pendirian. Tiket layanan {TIX1}.""",
)
T(
    "call_transcript",
    "bpjs",
    """Percakapan dengan Care Center BPJS Kesehatan 165:
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: {M1.bpjss}.
Petugas: Atas nama?
Penelepon: {M1}.
Petugas: Tercatat menunggak {N1} bulan. Bisa bayar lewat VA {BPJSVA1}.
Penelepon: Istri sy juga, nomornya {F1.bpjsb}.""",
)
T(
    "call_transcript",
    "bpjs",
    """Telepon keluarga pasien ke bagian admisi {RS1}:
Admisi: {RS1}, ada yang bisa dibantu?
Penelepon: Sy mau pastikan kartu JKN mama sy dipakai, {W1} yg dirawat di ruang {RUANG1}.
Admisi: Nomor kartunya Bu?
Penelepon: {W1.bpjspair}.
Admisi: Baik, SEP sudah terbit nomor {SEP1}.
Penelepon: Kalo no BPJS Ketenagakerjaan sy {BPJSTK1} tidak perlu?
Admisi: Tidak perlu Bu.""",
)
T(
    "call_transcript",
    "accounts",
    """Rekaman call center Bank NTT (ditulis ulang oleh pelapor):
Petugas: Bank NTT, dengan {P2.g}, ada yang bisa dibantu?
Nasabah: Saldo sy terpotong tapi transfer gagal.
Petugas: Nomor rekening?
Nasabah: {P1.rekntt}.
Petugas: Atas nama?
Nasabah: {P1}.
Petugas: Dana akan kembali dalam 3x24 jam, nomor laporan {TIX1}.""",
)
T(
    "call_transcript",
    "accounts",
    """Sy rekam telpon penipuan, ini isinya:
Penelepon: Selamat siang, sy dari Dinas Sosial, Ibu dapat bantuan {UANG1}.
Sy: Dari mana dapat nomor sy?
Penelepon: Dari data DTKS. Ibu transfer dulu biaya admin ke rekening BRI {P2.rekbri} atas nama {P2}.
Sy: Kenapa rekening pribadi?
Penelepon: Itu rekening bendahara kami.
Nomor yang menelpon {SCAMHP1}, mengaku dari Dinsos. Sy {F1}.""",
)
T(
    "call_transcript",
    "lookalikes",
    """Telepon ke PLN 123, ditulis ulang:
Agen: PLN 123, ada yang bisa dibantu?
Penelepon: Listrik padam sejak {JAM1}.
Agen: ID pelanggan?
Penelepon: {IDPEL1}.
Agen: Nomor meter?
Penelepon: {METER1}.
Agen: Laporan tercatat dengan nomor {TIX1}. Petugas akan datang.""",
)
T(
    "call_transcript",
    "lookalikes",
    """Transkrip pengaduan ke PDAM:
Operator: Perumda Air Minum Kota Kupang, selamat pagi.
Penelepon: Air mati {N1} hari.
Operator: Nomor sambungan?
Penelepon: {NOSAMB1}.
Operator: Tagihan terakhir nomor rekening air {REKAIR1}, sudah dibayar?
Penelepon: Sudah, kode bayar {BILL1}.
Operator: Baik, nomor tiket {TIX1}.""",
)
T(
    "call_transcript",
    "mixed",
    """Call center 112 Kota Kupang, catatan panggilan:
Operator: 112, apa keadaan darurat Anda?
Penelepon: Ada pohon tumbang timpa rumah tetangga, {P2} di {P2.addr}.
Operator: Nama Bapak?
Penelepon: {M1}.
Operator: Nomor yg bisa dihubungi?
Penelepon: {M1.hp}.
Operator: NIK Bapak untuk laporan?
Penelepon: {M1.nikcomma}.
Operator: Tim BPBD meluncur, nomor kejadian {TIX1}.""",
)
T(
    "call_transcript",
    "mixed",
    """Laporan via telepon ke Unit Pengaduan Kasih:
Petugas: Unit Pengaduan Kasih, dengan {P3.g}. Silakan.
Pelapor: Sy {F1}, mau lapor pungli di kelurahan waktu urus akta anak.
Petugas: NIK Ibu?
Pelapor: {F1.nikpair}.
Petugas: Nomor HP?
Pelapor: {F1.hps}. Sy disuruh transfer ke rekening {P2.bank} {P2.rek} atas nama {P2}, staf di situ.
Petugas: Baik, laporan dicatat nomor {TIX1}.""",
)

# ---- sms_caps: SMS to 1708, put in capitals whole

T(
    "sms_caps",
    "nik_kk",
    """KOTKUPANG KK SY DOBEL. NO KK LAMA {M1.kk} NO KK BARU {M1.knew}. NIK SY {M1.nik}. MOHON DUKCAPIL HAPUS YG LAMA. {M1} {M1.rt} KEL {KEL1}""",
)
T(
    "sms_caps",
    "nik_kk",
    """KOTKUPANG KTP EL SY SUDAH {N1} BULAN BELUM JADI, TIAP DATANG DUKCAPIL BILANG BLANKO HABIS. NOMOR ANTREAN {ANTRE1}. TOLONG BAPAK WALI KOTA""",
)
T(
    "sms_caps",
    "npwp",
    """KOTKUPANG NPWP SY {P1.npwp} TDK BISA LOGIN DJP ONLINE, EFIN {EFIN1} SUDAH DIRESET TETAP GAGAL. KRING PAJAK SIBUK TERUS. {P1}""",
)
T(
    "sms_caps",
    "npwp",
    """KOTKUPANG NPWP ALM BAPAK SY {O1} {O1.npwpd} MASIH DITAGIH SPT PADAHAL SUDAH MENINGGAL {YEAR1}. MOHON DIHAPUS. ANAKNYA {A1} HP {A1.hp}""",
)
T(
    "sms_caps",
    "bpjs",
    """KOTKUPANG KIS ANAK SY {C1} NO {C1.bpjs} DITOLAK DI {RS1} KATANYA TDK AKTIF. SY {F1} WA {F1.hp}""",
)
T(
    "sms_caps",
    "bpjs",
    """KOTKUPANG BPJS KETENAGAKERJAAN SY NO KPJ {BPJSTK1} TDK BISA KLAIM JHT KRN PERUSAHAAN NUNGGAK. SUDAH LAPOR KE KANTOR, TIKET {TIX1}""",
)
T(
    "sms_caps",
    "accounts",
    """KOTKUPANG BLT DD TAHAP {N1} BELUM MASUK KE REK BANK NTT SY {P1.rekntt} A.N. {P1}. TETANGGA SUDAH. {P1.rt} KEL {KEL1}""",
)
T(
    "sms_caps",
    "accounts",
    """KOTKUPANG BAYAR PBB LEWAT VA {VA1} SUDAH TERPOTONG {UANG1} TAPI STATUS BELUM LUNAS. NO REF {REF1}. MOHON BAPENDA CEK""",
)
T(
    "sms_caps",
    "lookalikes",
    """KOTKUPANG TOKEN PLN IDPEL {IDPEL1} METER {METER1} TIDAK MASUK, SUDAH BAYAR {UANG1} REF {REF1}. LAPOR 123 TIKET {TIX1} BELUM ADA HASIL""",
)
T(
    "sms_caps",
    "lookalikes",
    """KOTKUPANG PBB NOP {NOP1} SUDAH LUNAS {TGL1} KODE BAYAR {BILL1} TAPI SURAT TEGURAN NO {SURAT1} TETAP DATANG. MOHON DICEK""",
)
T(
    "sms_caps",
    "mixed",
    """KOTKUPANG SY {P1} NIK {P1.nik} HP {P1.hp}. MOTOR SY {P1.plate} DITAHAN DISHUB PADAHAL PAJAK LUNAS. BUKTI BAYAR KODE {BILL1}""",
)
T(
    "sms_caps",
    "mixed",
    """KOTKUPANG AIR PDAM MATI {N1} MGG DI {P1.rt} KEL {KEL1}. NO SAMBUNGAN {NOSAMB1}. NAMA SY {P1}, NIK {P1.nikocr}, REK BRI UTK PENGEMBALIAN {P1.rekbri}""",
)

# ---------------------------------------------------------------- filling

PH = re.compile(r"\{([A-Z]+)(\d*)(?:\.([a-z0-9]+))?(?:\|([a-z]+))?\}")
LABEL = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)
OPT = re.compile(r"<<(.*?)>>", re.S)
PERSON_LETTERS = set("MFPOWCA")
SM, MM, EM = "\x01", "\x02", "\x03"


def mark(kind, value):
    return SM + kind + MM + value + EM


class Fill:
    def __init__(self, rng, template):
        self.rng = rng
        self.cache = {}
        self.persons = {}
        used = set()
        keys = sorted(
            {
                letters + num
                for letters, num, _, _ in PH.findall(template)
                if letters in PERSON_LETTERS
            }
        )
        heads = [k for k in ("M1", "O1") if k in keys]
        adults = heads + [k for k in keys if k[0] in "MFPOW" and k not in heads]
        for k in adults:
            self.persons[k] = Person(rng, k, used, None)
        if heads:
            household = (self.persons[heads[0]].family, self.persons[heads[0]].grp)
        else:
            while True:
                fam = rng.choice(GROUPS["ntt"][2])
                if not set(fam.split()) & used:
                    break
            used |= set(fam.split())
            household = (fam, "ntt")
        for k in keys:
            if k[0] in "CA":
                self.persons[k] = Person(rng, k, used, household)

    def person_value(self, p, attr):
        r = self.rng
        if attr in ("", "n"):
            return "name", p.full
        if attr == "g":
            return "name", p.call
        if attr == "f":
            return "name", p.family
        if attr == "nocr":
            return "name", stray_space(r, p.full.upper())
        if attr == "nmis":
            return "name", misspell(r, p.full.upper())
        if attr == "niksci":
            return None, "%s,%sE+15" % (p.nik[0], p.nik[1:6])
        if attr == "npwp16":
            return "npwp", p.nik
        if attr == "npwp16g":
            return "npwp", groups(p.nik, [4, 4, 4, 4], " ")
        for base, kind in (("knew", "kk"), ("nik", "nik"), ("kk", "kk")):
            if attr.startswith(base):
                return kind, fmt16(r, getattr(p, base), attr[len(base) :])
        if attr.startswith("npwp"):
            return "npwp", fmt_npwp(r, p.npwp, attr[4:])
        if attr.startswith("bpjs"):
            return "bpjs", fmt_bpjs(r, p.bpjs, attr[4:])
        banks = {"rekbri": "BRI", "rekbni": "BNI", "rekntt": "Bank NTT", "rekmdr": "Mandiri"}
        if attr in banks:
            b = banks[attr]
            return "bank_account", fmt_account(r, b, p.account(r, b), "")
        if attr == "rekx":
            return "bank_account", p.account(r, p.bank)
        if attr == "rek":
            return "bank_account", fmt_account(r, p.bank, p.account(r, p.bank), "")
        if attr == "bank":
            return None, p.bank
        if attr.startswith("hp"):
            return "phone", fmt_phone(r, p.hp, attr[2:])
        if attr == "tel":
            t = p.tel
            return "phone", r.choice([t, "(0380) " + t[5:], t.replace(" ", "-")])
        if attr == "addr":
            return "address", p.street + (", " + p.rt_text(r) if r.random() < 0.5 else "")
        if attr == "street":
            return "address", p.street
        if attr == "rt":
            return "address", p.rt_text(r)
        if attr == "rtktp":
            return "address", "RT/RW : %s/%s" % p.rtw
        if attr == "rtnum":
            return "address", "%s/%s" % p.rtw
        if attr == "plate":
            return "plate", p.plate
        if attr == "mail":
            return "email", p.mail
        if attr == "pob":
            return None, p.pob
        if attr == "dob":
            return None, "%02d-%02d-%04d" % (p.dob.day, p.dob.month, p.dob.year)
        if attr == "age":
            return None, str(2026 - p.dob.year)
        if attr == "sex":
            return None, "LAKI-LAKI" if p.sex == "M" else "PEREMPUAN"
        if attr == "job":
            return None, p.job
        raise KeyError(attr)

    def look_value(self, letters, num):
        r = self.rng
        if letters in {"KEL", "KEC"}:
            ck = "KEL#" + num
            if ck not in self.cache or not num:
                pair = r.choice(KELS)
                if not num:
                    return pair[0] if letters == "KEL" else pair[1]
                self.cache[ck] = pair
            return self.cache[ck][0] if letters == "KEL" else self.cache[ck][1]
        if letters == "PLATE":
            v = "%s %d %s" % (
                r.choice(["DH", "EB"]),
                r.randint(1000, 9999),
                r.choice(["A", "AK", "KP", "DN", "H"]),
            )
            return "plate", v
        return None, LOOK[letters](r)

    def sub(self, m):
        letters, num, attr, mods = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
        ck = (letters, num, attr, mods)
        if num and ck in self.cache:
            return self.cache[ck]
        if letters in PERSON_LETTERS:
            kind, value = self.person_value(self.persons[letters + num], attr)
        else:
            res = self.look_value(letters, num)
            kind, value = res if isinstance(res, tuple) else (None, res)
        if "u" in mods:
            value = value.upper()
        if "l" in mods:
            value = value.lower()
        if "f" in mods:
            value = value.translate(FW)
        out = mark(kind, value) if kind and "r" not in mods else value
        if num:
            self.cache[ck] = out
        return out

    def run(self, style, template):
        text = OPT.sub(lambda m: self.rng.choice(m.group(1).split("||")), template)
        text = PH.sub(self.sub, text)
        text = LABEL.sub(lambda m: mark(m.group(1), m.group(2)), text)
        if style == "sms_caps":
            text = text.upper()
        return strip(text)


def strip(marked):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(marked):
        c = marked[i]
        if c == SM:
            j = marked.index(MM, i)
            kind = marked[i + 1 : j].lower()
            k = marked.index(EM, j)
            value = marked[j + 1 : k]
            assert SM not in value, "nested marker"
            spans.append({"kind": kind, "start": pos, "end": pos + len(value), "value": value})
            out.append(value)
            pos += len(value)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans


# ---------------------------------------------------------------- checks


def alnum_count(s):
    return sum(1 for c in s if c.isalnum())


COUNTS = {
    "nik": (15, 17),
    "kk": (15, 17),
    "npwp": (15, 16),
    "bpjs": (13, 13),
    "phone": (9, 14),
    "bank_account": (10, 16),
}


def check(rid, text, spans):
    where = "%s: " % rid
    for bad in ("{", "}", "[[", "]]", "<<", ">>", SM, MM, EM):
        assert bad not in text, where + "leftover %r" % bad
    last = 0
    for sp in sorted(spans, key=lambda s: s["start"]):
        kind, s, e = sp["kind"], sp["start"], sp["end"]
        assert kind in KINDS, where + kind
        assert 0 <= s < e <= len(text), where + "range"
        assert s >= last, where + "overlap at %d" % s
        last = e
        v = text[s:e]
        assert v == sp["value"], where + "value"
        assert v == v.strip(), where + "space %r" % v
        first_ok = v[0].isalnum() or (kind == "phone" and v[0] in "+(")
        assert first_ok and v[-1].isalnum(), where + "edge %r" % v
        if kind in COUNTS:
            lo, hi = COUNTS[kind]
            n = alnum_count(v) if kind != "phone" else sum(1 for c in v if c.isdigit())
            assert lo <= n <= hi, where + "%s has %d digits: %r" % (kind, n, v)
        if kind == "name":
            assert "@" not in v and not any(c.isdigit() for c in v), where + "name %r" % v
            head = v.split()[0].rstrip(".").lower()
            assert head not in TITLES, where + "title in name %r" % v
        if kind == "email":
            assert "@" in v, where + v
    # every other occurrence of a labelled name or number is labelled too
    for sp in spans:
        if sp["kind"] == "address":
            continue
        v = sp["value"]
        hay = text.lower() if sp["kind"] == "name" else text
        needle = v.lower() if sp["kind"] == "name" else v
        i = hay.find(needle)
        while i >= 0:
            j = i + len(needle)
            bounded = (i == 0 or not hay[i - 1].isalnum()) and (
                j == len(hay) or not hay[j].isalnum()
            )
            if bounded:
                assert any(o["start"] <= i and j <= o["end"] for o in spans), (
                    where + "unlabelled repeat of %r" % v
                )
            i = hay.find(needle, i + 1)


# ---------------------------------------------------------------- main


def build():
    records = []
    seen = set()
    n = 0
    for style, theme, template in TEMPLATES:
        for _ in range(FILLS):
            for _attempt in range(50):
                fill = Fill(RNG, template)
                text, spans = fill.run(style, template)
                if text not in seen:
                    break
            else:
                raise SystemExit("could not draw a new text for a %s/%s template" % (style, theme))
            seen.add(text)
            n += 1
            rid = "d21-%04d" % n
            check(rid, text, spans)
            records.append(
                {
                    "id": rid,
                    "text": text,
                    "spans": [
                        {"kind": s["kind"], "start": s["start"], "end": s["end"]}
                        for s in sorted(spans, key=lambda s: s["start"])
                    ],
                    "style": style,
                    "theme": theme,
                }
            )
    return records


def table(records, key, keys):
    kinds = sorted(KINDS)
    head = "| %s | texts | without spans | %s |" % (key, " | ".join(kinds))
    lines = [head, "|---|---:|---:|" + "---:|" * len(kinds)]
    tot = Counter()
    for k in keys:
        rs = [r for r in records if r[key] == k]
        c = Counter(s["kind"] for r in rs for s in r["spans"])
        empty = sum(1 for r in rs if not r["spans"])
        tot.update(c)
        lines.append(
            "| %s | %d | %d | %s |" % (k, len(rs), empty, " | ".join(str(c[x]) for x in kinds))
        )
    empty = sum(1 for r in records if not r["spans"])
    lines.append(
        "| **total** | %d | %d | %s |"
        % (len(records), empty, " | ".join(str(tot[x]) for x in kinds))
    )
    return "\n".join(lines)


def main():
    records = build()
    # floors of the brief
    per_style = Counter(r["style"] for r in records)
    cells = Counter((r["style"], r["theme"]) for r in records)
    empty = sum(1 for r in records if not r["spans"])
    assert len(records) >= 650, len(records)
    assert len(per_style) >= 11 and min(per_style.values()) >= 40, per_style
    assert all(cells[(s, t)] for s in STYLES for t in THEMES), "a style misses a theme"
    assert empty / len(records) >= 0.30, empty / len(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    nspans = sum(len(r["spans"]) for r in records)
    print(
        "wrote %s: %d texts, %d spans, %d without spans (%.1f %%)"
        % (OUT.name, len(records), nspans, empty, 100 * empty / len(records))
    )
    print("SHA-256", sha)
    print()
    print("Styles x themes (texts):")
    print("| style | " + " | ".join(THEMES) + " |")
    print("|---|" + "---:|" * len(THEMES))
    for s in STYLES:
        print("| %s | %s |" % (s, " | ".join(str(cells[(s, t)]) for t in THEMES)))
    print()
    print(table(records, "theme", THEMES))
    print()
    print(table(records, "style", STYLES))
    print()
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    print(
        "Spans per kind: "
        + ", ".join("%s %d" % (k, v) for k, v in kinds.most_common())
        + " (%d in all)" % nspans
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
