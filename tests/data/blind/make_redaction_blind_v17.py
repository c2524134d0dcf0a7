"""Write the seventeenth blind redaction corpus, ``redaction_blind_v17.jsonl``.

Hand-written templates carry their labels inline; a seeded generator fills them three times each.
See ``README-redaction-v17.md`` for the template language and the checks. Run it with the
project's virtualenv; it rewrites the corpus byte for byte and prints its SHA-256 and counts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

SEED = 20270117
OUT = Path(__file__).with_name("redaction_blind_v17.jsonl")
KINDS = {
    "nik",
    "kk",
    "npwp",
    "phone",
    "email",
    "bpjs",
    "bank_account",
    "plate",
    "name",
    "address",
}
FILLS = 3

# ---------------------------------------------------------------------------------------------
# People

GIVEN_W = [
    "Maria",
    "Yuliana",
    "Agustina",
    "Selfina",
    "Marlin",
    "Dorkas",
    "Ester",
    "Yohana",
    "Naomi",
    "Debora",
    "Ribka",
    "Sarlota",
    "Adriana",
    "Florentina",
    "Theresia",
    "Kristina",
    "Veronika",
    "Lidia",
    "Mince",
    "Orpa",
    "Welmina",
    "Yasinta",
    "Benedikta",
    "Imelda",
    "Natalia",
    "Febriana",
    "Oktovina",
    "Margarita",
    "Elisabet",
    "Priska",
    "Grasela",
    "Martha",
    "Rosalinda",
    "Ance",
    "Yustina",
    "Dortia",
    "Heni",
    "Erni",
    "Lusia",
    "Regina",
    "Mariana",
    "Sofia",
    "Antonia",
    "Fransiska",
    "Katarina",
    "Wihelmina",
    "Serlin",
    "Nelci",
]
MIDDLE_W = [
    "Goreti",
    "Yosefina",
    "Magdalena",
    "Imakulata",
    "Yuliani",
    "Dewi",
    "Kristina",
    "Paulina",
]
GIVEN_M = [
    "Yohanes",
    "Yosef",
    "Frans",
    "Markus",
    "Petrus",
    "Paulus",
    "Simon",
    "Yakob",
    "Melkianus",
    "Marthen",
    "Obed",
    "Ebed",
    "Daniel",
    "Nikolaus",
    "Aloysius",
    "Kornelis",
    "Yeremias",
    "Yusuf",
    "Dominggus",
    "Hendrik",
    "Leonard",
    "Agustinus",
    "Benyamin",
    "Piter",
    "Ronald",
    "Jefri",
    "Ferdinand",
    "Rikardus",
    "Stefanus",
    "Fransiskus",
    "Matheus",
    "Yulius",
    "Oktovianus",
    "Lukas",
    "Abraham",
    "Zakarias",
    "Semuel",
    "Andreas",
    "Gabriel",
    "Arnoldus",
    "Habel",
    "Isak",
    "Selestinus",
    "Godlief",
    "Elias",
    "Viktor",
    "Yunus",
]
MIDDLE_M = [
    "Albert",
    "Kristian",
    "Bernadus",
    "Hendrikus",
    "Sebastian",
    "Gerson",
    "Laurens",
    "Mikael",
]
YOUNG_W = [
    "Cindy",
    "Jessica",
    "Gracia",
    "Putri",
    "Angelina",
    "Meylani",
    "Vivi",
    "Tesa",
    "Yanti",
    "Nova",
    "Sherly",
    "Valen",
    "Chelsi",
    "Intan",
]
YOUNG_M = [
    "Kevin",
    "Rian",
    "Ricky",
    "Jeksen",
    "Aldo",
    "Gilbert",
    "Fandi",
    "Yogi",
    "Rendy",
    "Marvel",
    "Ardi",
    "Brian",
    "Juan",
    "Eki",
]
CHILD_W = [
    "Gisel",
    "Keysha",
    "Naura",
    "Tiara",
    "Aurel",
    "Olin",
    "Kezia",
    "Citra",
    "Nindy",
    "Febi",
    "Alya",
    "Yemima",
]
CHILD_M = [
    "Rafael",
    "Dion",
    "Farel",
    "Nathan",
    "Gio",
    "Kenzo",
    "Rio",
    "Ciko",
    "Aldi",
    "Riko",
    "Yoel",
    "Abel",
]
NICK_W = ["Ince", "Nona", "Ati", "Lina", "Eti", "Nela", "Uci", "Ika"]
NICK_M = ["Nyong", "Ose", "Iko", "Oni", "Eto", "Aten", "Boi", "Ongen"]
FAMILY = [
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
    "Therik",
    "Pah",
    "Nenobais",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Lobo",
    "Selan",
    "Sabneno",
    "Tuames",
    "Boimau",
    "Nubatonis",
    "Tnunay",
    "Laitabun",
    "Lerrick",
    "Snae",
    "Tamelab",
    "Kolimon",
    "Neonufa",
    "Oematan",
    "Bire",
    "Haba",
    "Kapitan",
    "Lakapu",
    "Adoe",
    "Missa",
    "Nahak",
    "Seran",
    "Bria",
    "Leki",
    "Mauk",
    "Kause",
    "Taek",
    "Nitbani",
    "Baun",
    "Pandie",
    "Foenay",
    "Messakh",
    "Dethan",
    "Kelen",
    "Lamahoda",
    "Lewar",
    "Tukan",
    "Hurek",
    "Bataona",
    "Kiak",
    "Siki",
    "Anin",
    "Sanam",
    "Banunaek",
    "Toelle",
    "Henukh",
    "Saudale",
    "Ballo",
    "Bolla",
    "Djami",
    "Pellokila",
    "Tlonaen",
    "Bollu",
    "Tunliu",
    "Ataupah",
    "Nomleni",
    "Salmun",
    "Riwu Kaho",
    "Ga Lena",
    "Dju Dara",
    "Mone Ratu",
    "Wila Huky",
    "Ludji Pau",
    "Radja Haba",
    "Lado Bali",
    "Bire Kana",
]
OTHERS_W = [
    ("Ni Luh Putu Suarni", "Ni Luh", "Suarni"),
    ("Ni Made Widiantari", "Ni Made", "Widiantari"),
    ("Wa Ode Nurmala", "Wa Ode Nurmala", "Nurmala"),
    ("Wa Ode Sitti Hasna", "Wa Ode Hasna", "Hasna"),
    ("Rosmiati Daeng Sikki", "Rosmiati", "Sikki"),
    ("Go Mei Hwa", "Mei Hwa", "Go"),
    ("Ong Siu Lan", "Siu Lan", "Ong"),
    ("Rambu Ana Ndakularak", "Rambu Ana", "Ndakularak"),
    ("Sri Wahyuningsih", "Sri", "Wahyuningsih"),
    ("Siti Aminah Lamahala", "Siti", "Lamahala"),
]
OTHERS_M = [
    ("I Wayan Sukadana", "I Wayan", "Sukadana"),
    ("I Made Mertayasa", "I Made", "Mertayasa"),
    ("I Ketut Ariasa", "I Ketut", "Ariasa"),
    ("La Ode Ridwan", "La Ode Ridwan", "Ridwan"),
    ("Kaharuddin Daeng Ngalle", "Kaharuddin", "Ngalle"),
    ("Tan Kok Liong", "Kok Liong", "Tan"),
    ("Umbu Manu Paranggi", "Umbu Manu", "Paranggi"),
    ("Budi Santoso", "Budi", "Santoso"),
    ("Abdul Gani Lamahoda", "Abdul Gani", "Lamahoda"),
    ("Muhamad Arif Kiwang", "Arif", "Kiwang"),
]
KERJA = [
    "PETANI",
    "WIRASWASTA",
    "PEDAGANG",
    "NELAYAN",
    "GURU",
    "KARYAWAN SWASTA",
    "PEGAWAI NEGERI SIPIL",
    "BURUH HARIAN LEPAS",
    "SOPIR",
]
AGAMA = ["KRISTEN", "KRISTEN", "KATHOLIK", "KATHOLIK", "ISLAM", "HINDU"]
REGENCIES = {
    "5301": 24,
    "5302": 32,
    "5303": 24,
    "5304": 12,
    "5305": 17,
    "5306": 19,
    "5307": 21,
    "5308": 21,
    "5310": 12,
    "5311": 22,
    "5314": 11,
    "5320": 6,
    "5321": 12,
}
HOSTS = ["gmail.com"] * 6 + [
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "rocketmail.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
]
PREFIX = [
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
    "0811",
    "0857",
    "0858",
    "0878",
    "0877",
    "0819",
    "0817",
    "0818",
    "0895",
    "0896",
    "0838",
]
OCR = {"0": "O", "1": "l", "8": "B", "5": "S"}
MAP_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

# ---------------------------------------------------------------------------------------------
# Places

KELURAHAN = {
    "Alak": "Alak|Manulai II|Namosain|Nunbaun Sabu|Nunbaun Delha|Penkase Oeleta|Naioni|Batuplat",
    "Kelapa Lima": "Kelapa Lima|Oesapa|Oesapa Barat|Oesapa Selatan|Lasiana",
    "Oebobo": "Oebobo|Oebufu|Fatululi|Kayu Putih|Liliba|Tuak Daun Merah|Oetete",
    "Kota Raja": "Naikoten I|Naikoten II|Kuanino|Fontein|Airnona|Bakunase|Nunleu",
    "Maulafa": "Maulafa|Kolhua|Sikumana|Naikolan|Penfui|Fatukoa|Oepura|Naimata",
    "Kota Lama": "Merdeka|Bonipoi|Solor|Fatubesi|Tode Kisar|Oeba|Pasir Panjang|Nefonaek",
}
KEL = [(k, c) for c, ks in KELURAHAN.items() for k in ks.split("|")]
HOME_STREETS = [
    "Nangka",
    "Kenari",
    "Bakti",
    "Kelapa",
    "Anggrek",
    "Flamboyan",
    "Cak Doko",
    "Sumba",
    "Rote",
    "Alor",
    "Jambu",
    "Mangga",
    "Sukun",
    "Merpati",
    "Kakatua",
    "Nuri",
    "Kasuari",
    "Air Lobang",
    "Lontar",
    "Kelinci",
    "Tulip",
    "Melati",
    "Cemara",
    "Beringin",
    "Manggis",
    "Delima",
    "Kamboja",
    "Salak",
    "Randu",
    "Gelatik",
    "Rajawali",
    "Perkutut",
    "Kancil",
    "Rusa",
    "Banteng",
    "Matahari",
    "Bougenvil",
]
LANES = [
    "Sepakat",
    "Damai",
    "Rukun",
    "Harapan",
    "Kasih",
    "Mawar",
    "Lestari",
    "Anugerah",
    "Sejahtera",
]
PUBLIC_STREETS = [
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Amabi",
    "Jl. R.A. Kartini",
    "Jl. Adi Sucipto",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. H.R. Koroh",
    "Jl. Perintis Kemerdekaan",
    "Jl. Herewila",
    "Jl. Thamrin",
    "Jl. S.K. Lerik",
    "Jl. Alfons Nisnoni",
    "Jl. Veteran",
    "Jl. Eltari II",
    "Jl. Prof. Dr. Herman Yohanes",
    "Jl. Kapten Tendean",
    "Jl. Ade Irma Suryani",
]
HOSPITALS = [
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS Siloam Kupang",
    "RSIA Dedari",
    "RS Leona",
    "RS Mamami",
    "RS St. Carolus Borromeus",
]
PUSKESMAS = [
    "Oebobo",
    "Sikumana",
    "Bakunase",
    "Kupang Kota",
    "Oepoi",
    "Pasir Panjang",
    "Alak",
    "Penfui",
    "Oesapa",
    "Naioni",
    "Manutapen",
]
SCHOOLS = [
    "SD Inpres Oepura 2",
    "SDN Bonipoi 1",
    "SD GMIT Naikoten",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMPN 13 Kupang",
    "SMPK St. Theresia",
    "SMAN 1 Kupang",
    "SMAN 3 Kupang",
    "SMKN 4 Kupang",
    "MTsN Kota Kupang",
    "SDK St. Yoseph",
]
PASAR = ["Pasar Oebobo", "Pasar Kasih Naikoten", "Pasar Oeba", "Pasar Kuanino", "Pasar Penfui"]
BANKS = {
    "BRI": "bri",
    "BNI": "bni",
    "Mandiri": "mandiri",
    "BCA": "bca",
    "Bank NTT": "ntt",
    "BSI": "bsi",
}


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def ocr(rng: random.Random, number: str) -> str:
    """A number as a scan reads it: one to three digits read as letters."""
    out = list(number)
    spots = [i for i, c in enumerate(out) if c in OCR]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        out[i] = OCR[out[i]]
    return "".join(out)


class Person:
    def __init__(self, ctx: Context, key: str) -> None:  # noqa: PLR0912
        rng = ctx.rng
        kind = re.sub(r"\d+$", "", key)
        self.kind = kind
        sex = kind[-1] if kind[-1] in "wm" else rng.choice("wm")
        self.sex = sex
        other = kind.startswith("x")
        if kind.startswith("c"):
            year = rng.randint(2008, 2021)
        elif kind.startswith("y"):
            year = rng.randint(1998, 2006)
        elif kind.startswith("o"):
            year = rng.randint(1938, 1960)
        else:
            year = rng.randint(1962, 1988)
        self.birth = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        for _ in range(200):
            if other:
                self.full, self.first, self.family = rng.choice(
                    OTHERS_W if sex == "w" else OTHERS_M
                )
                self.given = self.first
                words = self.full.split()
            else:
                if kind.startswith("c"):
                    pool = CHILD_W if sex == "w" else CHILD_M
                elif kind.startswith("y"):
                    pool = YOUNG_W if sex == "w" else YOUNG_M
                else:
                    pool = GIVEN_W if sex == "w" else GIVEN_M
                self.first = rng.choice(pool)
                middle = ""
                if not kind.startswith(("c", "y")) and rng.random() < 0.3:
                    middle = " " + rng.choice(MIDDLE_W if sex == "w" else MIDDLE_M)
                    if middle[1:4] == self.first[:3]:
                        middle = ""
                self.given = self.first + middle
                if kind.startswith("c") and "m1" in ctx.people and rng.random() < 0.8:
                    self.family = ctx.people["m1"].family
                else:
                    self.family = rng.choice(FAMILY)
                self.full = f"{self.given} {self.family}"
                words = self.full.split()
            inherited = kind.startswith("c") and self.family == ctx.people.get("m1", self).family
            clash = any(w.lower() in ctx.words for w in self.given.split())
            clash = clash or (not inherited and self.family.lower() in ctx.words)
            if not clash:
                break
        ctx.words.update(w.lower() for w in words)
        self.nick = rng.choice(NICK_W if sex == "w" else NICK_M)
        region, district = ctx.region_for(key)
        day = self.birth.day + (40 if sex == "w" else 0)
        born = f"{day:02d}{self.birth.month:02d}{self.birth.year % 100:02d}"
        self.nik = f"{region}{district}{born}{rng.randint(1, 380):04d}"
        issued = dt.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.kk = f"{region}{district}{issued:%d%m%y}{rng.randint(1, 9999):04d}"
        self.npwp = (
            f"{rng.randint(14, 99)}.{digits(rng, 3)}.{digits(rng, 3)}.{rng.randint(0, 9)}"
            f"-{rng.choice(['920', '921', '922', '923', '924'])}.000"
        )
        self.bpjs = "000" + digits(rng, 10)
        prefix = rng.choice(PREFIX)
        self.mobile = prefix + digits(rng, rng.choice([7, 8, 8, 8]))
        self.mobile_style = rng.randint(0, 9)
        self.home = "0380 8" + digits(rng, 5)
        self.home_style = rng.randint(0, 3)
        base = self.full.lower().replace(" ", "")
        parts = [p for p in re.split(r"\s+", self.full.lower()) if p not in {"i", "ni", "la", "wa"}]
        one, last = parts[0], parts[-1]
        self.local = rng.choice(
            [
                f"{one}.{last}",
                f"{one}{last}{self.birth.year % 100:02d}",
                f"{one}_{last}",
                f"{last}.{one}{rng.randint(1, 99)}",
                f"{one[0]}{last}{self.birth.year}",
                f"{base[:10]}{rng.randint(10, 99)}",
                f"{one}.{last}{rng.randint(1, 9)}",
            ]
        )
        self.host = rng.choice(HOSTS)
        self.kerja = rng.choice(KERJA)
        self.agama = rng.choice(AGAMA)

    def phone(self, rng: random.Random, style: int) -> str:
        m = self.mobile
        n = m[1:]
        groups = [m[:4], m[4:8], m[8:]]
        ig = [n[:3], n[3:7], n[7:]]
        return [
            m,
            "-".join(groups),
            " ".join(groups),
            ".".join(groups),
            "+62 " + "-".join(ig),
            "+62" + n,
            "62" + n,
            "62 " + " ".join(ig),
            m,
            "-".join(groups),
        ][style]

    def homeline(self, style: int) -> str:
        d = self.home[5:]
        return [f"0380 {d}", f"(0380) {d}", f"0380-{d}", f"(0380) {d[:4]} {d[4:]}"][style]


class Context:
    """One text's people, places and numbers: a generator and a key give one value."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.values: dict[tuple[str, str], str] = {}
        self.words: set[str] = set()
        if rng.random() < 2 / 3:
            self.regency = "5371"
        else:
            self.regency = rng.choice(sorted(REGENCIES))

    def region_for(self, key: str) -> tuple[str, str]:
        rng = self.rng
        regency = self.regency if rng.random() < 0.85 else rng.choice(["5371", *sorted(REGENCIES)])
        top = 6 if regency == "5371" else REGENCIES[regency]
        return regency, f"{rng.randint(1, top):02d}"

    def person(self, key: str) -> Person:
        if key.startswith("c") and "m1" not in self.people:
            self.people["m1"] = Person(self, "m1")
        if key not in self.people:
            self.people[key] = Person(self, key)
        return self.people[key]


def _account(rng: random.Random, bank: str) -> str:
    style = rng.random() < 0.5
    if bank == "BRI":
        n = f"{rng.randint(1, 7999):04d}01{digits(rng, 6)}5{rng.randint(0, 9)}{rng.randint(0, 9)}"
        return f"{n[:4]}-{n[4:6]}-{n[6:12]}-{n[12:14]}-{n[14]}" if style else n
    if bank == "Mandiri":
        n = "1" + digits(rng, 12)
        return f"{n[:3]}-{n[3:5]}-{n[5:12]}-{n[12]}" if style else n
    if bank == "Bank NTT":
        n = f"00{rng.randint(1, 9)}010{rng.randint(1, 2)}{digits(rng, 7)}"
        return f"{n[:3]}.{n[3:5]}.{n[5:7]}.{n[7:13]}-{n[13]}" if style else n
    if bank == "BNI":
        return rng.choice(["0", "1", "2", "08"]) + digits(rng, 9 if rng.random() < 0.7 else 8)
    if bank == "BSI":
        return "7" + digits(rng, 9)
    return rng.choice(["0", "1", "3", "4", "8"]) + digits(rng, 9)


def _office_line(rng: random.Random) -> str:
    d = "8" + digits(rng, 5)
    return rng.choice([f"(0380) {d}", f"0380-{d}", f"(0380) {d[:3]} {d[3:]}", f"0380 {d}"])


def _mobile(rng: random.Random) -> str:
    m = rng.choice(PREFIX) + digits(rng, 8)
    return rng.choice([m, f"{m[:4]}-{m[4:8]}-{m[8:]}", f"{m[:4]} {m[4:8]} {m[8:]}", "+62 " + m[1:]])


def _date(rng: random.Random, year: int = 2026) -> dt.date:
    return dt.date(year, rng.randint(1, 11), rng.randint(1, 28))


BULAN = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
MONTHS = BULAN.split()


def _home_address(rng: random.Random, rt: bool) -> str:
    street = rng.choice(HOME_STREETS)
    number = f"{rng.randint(1, 140)}{rng.choice(['', '', '', '', 'A', 'B'])}"
    form = rng.randint(0, 7)
    if form == 0:
        text = f"Jl. {street} No. {number}"
    elif form == 1:
        text = f"Jl. {street} Gg. {rng.randint(1, 9)} No. {number}"
    elif form == 2:
        text = f"Gg. {rng.choice(LANES)} No. {number}"
    elif form == 3:
        text = f"Jln. {street} no {number}"
    elif form == 4:
        text = f"Jalan {street} Nomor {number}"
    elif form == 5:
        text = f"Jl. {street} {rng.choice(['II', 'III', 'I'])} No. {number}"
    elif form == 6:
        text = f"Perumnas Blok {rng.choice('ABCDEFGHK')} No. {number}"
    else:
        text = f"Jl. {street} No.{number}"
    if rt:
        text += f", RT {rng.randint(1, 45):03d}/RW {rng.randint(1, 14):03d}"
    return text


def _rtrw(rng: random.Random) -> str:
    a, b = rng.randint(1, 45), rng.randint(1, 14)
    return rng.choice(
        [
            f"RT {a:02d} RW {b:02d}",
            f"RT {a:03d}/RW {b:03d}",
            f"rt {a} rw {b}",
            f"RT {a}/RW {b}",
            f"RT.{a:02d}/RW.{b:02d}",
            f"RT {a:03d}/{b:03d}",
            f"RT {a:02d}/RW {b:02d}",
        ]
    )


def value(ctx: Context, gen: str, key: str) -> str:
    slot = (gen, key)
    if slot not in ctx.values:
        ctx.values[slot] = _person_value(ctx, gen, key)
    return ctx.values[slot]


def _person_value(ctx: Context, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
    rng = ctx.rng
    person_gens = {
        "name", "given", "first", "family", "nick", "ini", "nik", "nikd", "nikg", "niko", "nik15",
        "kk", "kkg", "kko", "npwp", "npwp16", "npwpsp", "npwpo", "bpjs", "bpjsg", "bpjso", "hp",
        "hpp", "hpo", "hpd", "tel", "email", "emaild", "ttl", "tgl", "umur", "jk", "agama",
        "kerja",
    }  # fmt: skip
    if gen in person_gens:
        p = ctx.person(key)
        if gen == "name":
            return p.full
        if gen == "given":
            return p.given
        if gen == "first":
            return p.first
        if gen == "family":
            return p.family
        if gen == "nick":
            return p.nick
        if gen == "ini":
            return f"{p.first[0]}. {p.family}"
        if gen == "nik":
            return p.nik
        if gen == "nikd":
            n = p.nik
            return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"
        if gen == "nikg":
            n = p.nik
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))
        if gen == "niko":
            return ocr(rng, p.nik)
        if gen == "nik15":
            i = rng.randint(6, 14)
            return p.nik[:i] + p.nik[i + 1 :]
        if gen == "kk":
            return p.kk
        if gen == "kkg":
            return " ".join(p.kk[i : i + 4] for i in range(0, 16, 4))
        if gen == "kko":
            return ocr(rng, p.kk)
        if gen == "npwp":
            return p.npwp
        if gen == "npwp16":
            return p.nik
        if gen == "npwpsp":
            d = re.sub(r"\D", "", p.npwp)
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {d[9:12]} {d[12:]}"
        if gen == "npwpo":
            return p.npwp[:-3] + "OOO"
        if gen == "bpjs":
            return p.bpjs
        if gen == "bpjsg":
            b = p.bpjs
            return f"{b[:4]} {b[4:8]} {b[8:12]} {b[12]}"
        if gen == "bpjso":
            return p.bpjs[:3] + ocr(rng, p.bpjs[3:])
        if gen == "hp":
            return p.phone(rng, p.mobile_style)
        if gen == "hpp":
            return p.mobile
        if gen == "hpd":
            return p.phone(rng, 1)
        if gen == "hpo":
            return ocr(rng, p.phone(rng, rng.choice([0, 1, 2])))
        if gen == "tel":
            return p.homeline(p.home_style)
        if gen == "email":
            return f"{p.local}@{p.host}"
        if gen == "emaild":
            host, _, tld = p.host.partition(".")
            return rng.choice(
                [
                    f"{p.local} @ {p.host}",
                    f"{p.local}(at){p.host}",
                    f"{p.local} [at] {host} [dot] {tld}",
                    f"{p.local} at {host} dot {tld}",
                    f"{p.local}(keong){host}(titik){tld}",
                    f"{p.local} @{p.host}",
                    f"{p.local}@{host},{tld}",
                ]
            )
        if gen == "ttl":
            town = rng.choice(["KUPANG", "SOE", "KEFAMENANU", "ATAMBUA", "BAA", "MAUMERE"])
            return f"{town}, {p.birth:%d-%m-%Y}"
        if gen == "tgl":
            return f"{p.birth:%d-%m-%Y}"
        if gen == "umur":
            return str(2026 - p.birth.year - (1 if p.birth.month == 12 else 0))
        if gen == "jk":
            return "PEREMPUAN" if p.sex == "w" else "LAKI-LAKI"
        if gen == "agama":
            return p.agama
        return p.kerja
    return _make(ctx, gen, key)


def _make(ctx: Context, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
    rng = ctx.rng
    if gen == "addr":
        return _home_address(rng, rt=False)
    if gen == "addrrt":
        return _home_address(rng, rt=True)
    if gen == "rtrw":
        return _rtrw(rng)
    if gen == "rt":
        return f"RT {rng.randint(1, 45):02d}"
    if gen == "rtktp":
        return f"{rng.randint(1, 45):03d}/{rng.randint(1, 14):03d}"
    if gen == "plate":
        region = (
            "DH"
            if ctx.regency in {"5371", "5301", "5302", "5303", "5304", "5314", "5320", "5321"}
            else rng.choice(["EB", "ED"])
        )
        sfx = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2, 2])))
        num = str(rng.randint(1001, 9899))
        return rng.choice([f"{region} {num} {sfx}", f"{region} {num} {sfx}", f"{region}{num}{sfx}"])
    if gen == "bank":
        named = [bank for bank, code in BANKS.items() if key.startswith(code)]
        return named[0] if named else rng.choice(sorted(BANKS))
    if gen == "rek":
        return _account(rng, value(ctx, "bank", key))
    if gen == "amt":
        thousands = rng.choice([25, 50, 75, 100, 150, 200, 250, 300, 350, 500, 750, 1500, 2500])
        return f"Rp {thousands * 1000:,}".replace(",", ".")
    if gen == "date":
        d = _date(rng)
        return rng.choice([f"{d:%d/%m/%Y}", f"{d.day} {MONTHS[d.month - 1]} 2026", f"{d:%d-%m-%Y}"])
    if gen == "time":
        minute = rng.choice(["00", "05", "10", "15", "20", "30", "40", "45", "50"])
        return f"{rng.randint(7, 21):02d}.{minute}"
    if gen == "tiket":
        return f"#LPR-2026-{rng.randint(1, 12):02d}{rng.randint(10, 28)}-{rng.randint(1, 9999):04d}"
    if gen == "tiketn":
        return f"{rng.randint(2601, 2612)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"
    if gen == "va":
        return f"8808 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
    if gen == "billing":
        return "82026" + digits(rng, 10)
    if gen == "idpel":
        return "5312" + digits(rng, 8)
    if gen == "meter":
        return "14" + digits(rng, 9)
    if gen == "token":
        return " ".join(digits(rng, 4) for _ in range(5))
    if gen == "nosamb":
        return f"{rng.randint(1, 9):02d}-{rng.randint(1, 20):02d}-{digits(rng, 6)}"
    if gen == "nop":
        block = f"{digits(rng, 3)}-{digits(rng, 4)}"
        return f"53.71.0{rng.randint(10, 60)}.00{rng.randint(1, 9)}.{block}.0"
    if gen == "nip":
        y = rng.randint(1968, 1994)
        born = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        hired = f"{y + 24}{rng.randint(1, 12):02d}"
        return f"{born} {hired} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"
    if gen == "nisn":
        return "0" + digits(rng, 9)
    if gen == "npsn":
        return "5010" + digits(rng, 4)
    if gen == "surat":
        code = rng.choice(["400", "460", "470", "500", "700", "800", "005"])
        unit = rng.choice(["KEL", "DINSOS", "DUKCAPIL", "PUPR", "INSP", "BPBD"])
        month = rng.choice(["X", "XI", "IX", "VIII"])
        return f"{code}/{rng.randint(10, 999)}/{unit}/{month}/2026"
    if gen == "kel":
        kel, kec = rng.choice(KEL)
        ctx.values[("kec", key)] = kec
        return kel
    if gen == "kec":
        kel = value(ctx, "kel", key)
        return dict(KEL)[kel]
    if gen == "pkm":
        return rng.choice(PUSKESMAS)
    if gen == "sch":
        return rng.choice(SCHOOLS)
    if gen == "street":
        return rng.choice(PUBLIC_STREETS)
    if gen == "hstreet":
        return f"Jl. {rng.choice(HOME_STREETS)}"
    if gen == "rs":
        return rng.choice(HOSPITALS)
    if gen == "pasar":
        return rng.choice(PASAR)
    if gen == "otel":
        return _office_line(rng)
    if gen in {"owa", "scam"}:
        return _mobile(rng)
    if gen == "bnpwp":
        return f"0{rng.randint(1, 9)}.{digits(rng, 3)}.{digits(rng, 3)}.{rng.randint(0, 9)}-920.000"
    if gen == "brek":
        return _account(rng, value(ctx, "bank", key))
    if gen == "antri":
        return f"{rng.choice('ABC')}-{rng.randint(1, 180):03d}"
    if gen == "rm":
        return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if gen == "nib":
        return "91" + digits(rng, 11)
    if gen == "ntpn":
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    if gen == "trx":
        return "2026" + digits(rng, 12)
    if gen == "num":
        return str(rng.randint(2, 40))
    if gen == "thn":
        return str(rng.randint(2019, 2025))
    if gen == "year":
        return str(rng.randint(1998, 2012))
    raise KeyError(gen)


# ---------------------------------------------------------------------------------------------
# Templates: filling and checking

PLACEHOLDER = re.compile(r"\{([a-z0-9]+)([\^_]?):(\w+)\}")
LABEL = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
OPENERS = {
    "bapak", "ibu", "pak", "bu", "bpk", "bpk.", "sdr.", "sdri.", "sdr", "ny.", "om", "tanta",
    "mama", "bapa", "oma", "opa", "kak", "kaka", "nona", "bidan", "guru", "lurah", "camat",
    "ketua", "serka", "bripka", "briptu", "aipda", "pdt.", "dr.", "drs.", "almarhum", "alm.",
    "pelapor", "petugas", "pasien", "kader", "penelepon", "saudara", "nyonya", "ttd", "ttd.",
    "yth.", "dari", "salam", "hormat", "sy", "saya", "beta", "nama", "anak", "adik", "kakak",
}  # fmt: skip
DODGES = ("@", "(at)", "[at]", " at ", "(keong)")
SOFT = re.compile(r"\n {2}")


def alternatives(rng: random.Random, text: str) -> str:
    while (start := text.find("{?")) >= 0:
        depth, i, cuts = 0, start, []
        while True:
            c = text[i]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    break
            elif (
                c == "|" and depth == 1 and text.count("[[", start, i) == text.count("]]", start, i)
            ):
                cuts.append(i)
            i += 1
        bounds = [start + 1, *cuts, i]
        options = [text[a + 1 : b] for a, b in pairwise(bounds)]
        text = text[:start] + rng.choice(options) + text[i + 1 :]
    return text


def fill(ctx: Context, text: str, caps: str) -> str:
    def one(m: re.Match[str]) -> str:
        v = value(ctx, m.group(1), m.group(3))
        return v.upper() if m.group(2) == "^" else v.lower() if m.group(2) == "_" else v

    out = PLACEHOLDER.sub(one, text)
    return out.upper() if caps == "upper" else out.lower() if caps == "lower" else out


def render(ctx: Context, template: str) -> tuple[str, list[dict[str, object]], list[str]]:
    caps = ""
    if template.startswith("@CAPS\n"):
        caps, template = "upper", template[6:]
    elif template.startswith("@lower\n"):
        caps, template = "lower", template[7:]
    body = alternatives(ctx.rng, template)
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    expected: list[str] = []
    pos = 0
    for m in LABEL.finditer(body):
        parts.append(fill(ctx, body[pos : m.start()], caps))
        start = len("".join(parts))
        content = m.group(2)
        val = fill(ctx, content, caps)
        single = PLACEHOLDER.fullmatch(content)
        if single:
            raw = value(ctx, single.group(1), single.group(3))
            expected.append(raw)
        parts.append(val)
        spans.append({"kind": m.group(1), "start": start, "end": start + len(val)})
        pos = m.end()
    parts.append(fill(ctx, body[pos:], caps))
    return "".join(parts), spans, expected


def _numeric(s: str) -> str:
    return re.sub(r"\D", "", s.translate(MAP_BACK))


def check(text: str, spans: list[dict[str, object]], style: str) -> str | None:  # noqa: PLR0911, PLR0912
    """Return what is wrong with a filled text, or None."""
    if any(m in text for m in ("[[", "]]", "{", "}")):
        return "marker left"
    ordered = sorted(spans, key=lambda s: int(s["start"]))  # type: ignore[arg-type]
    for a, b in pairwise(ordered):
        if int(b["start"]) < int(a["end"]):  # type: ignore[arg-type]
            return "overlap"
    inside = [False] * len(text)
    for s in spans:
        for i in range(int(s["start"]), int(s["end"])):  # type: ignore[arg-type]
            inside[i] = True
    for s in spans:
        kind = str(s["kind"])
        piece = text[int(s["start"]) : int(s["end"])]  # type: ignore[arg-type]
        if kind not in KINDS:
            return f"kind {kind}"
        if (
            not piece
            or (not piece[0].isalnum() and piece[0] not in "+(")
            or not piece[-1].isalnum()
        ):
            return f"edge {piece!r}"
        n = len(_numeric(piece))
        if kind == "nik" and not 15 <= n <= 17:
            return f"nik {piece}"
        if kind == "kk" and n != 16:
            return f"kk {piece}"
        if kind == "npwp" and n not in {15, 16}:
            return f"npwp {piece}"
        if kind == "bpjs" and (n != 13 or not _numeric(piece).startswith("000")):
            return f"bpjs {piece}"
        if kind == "bank_account" and not 10 <= n <= 16:
            return f"account {piece}"
        if kind == "phone" and not 9 <= len(re.sub(r"\D", "", piece.translate(MAP_BACK))) <= 14:
            return f"phone {piece}"
        if kind == "plate" and not re.fullmatch(r"[A-Za-z]{1,2} ?\d{1,4} ?[A-Za-z]{1,3}", piece):
            return f"plate {piece}"
        if kind == "email" and not any(d in piece for d in DODGES):
            return f"email {piece}"
        if kind == "address" and not re.match(
            r"(Jl\.|Jln\.|JL\.|JLN\.|jl\.|jln\.|Jalan|JALAN|jalan|Gg\.|GG\.|gg\.|RT|rt|Rt|Perumnas|PERUMNAS|perumnas|Kompleks|\d{3}/\d{3})",
            piece,
        ):
            return f"address {piece}"
        if kind == "name":
            first = piece.split()[0].lower()
            if first in OPENERS or "@" in piece:
                return f"name opener {piece}"
            if style != "ocr_scan" and re.search(r"\d", piece):
                return f"name digit {piece}"
            for word in set(re.findall(r"[A-Za-z]{3,}", piece)):
                pattern = rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])"
                for m in re.finditer(pattern, text, re.IGNORECASE):
                    if not all(inside[m.start() : m.end()]):
                        return f"name repeat {word}"
        if kind in {"nik", "kk", "npwp", "bpjs", "bank_account", "phone", "plate"}:
            for m in re.finditer(re.escape(piece), text):
                if not all(inside[m.start() : m.end()]):
                    return f"repeat {piece}"
        if kind in {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}:
            d = _numeric(piece)[-9:]
            for m in re.finditer(r"\d(?:\d|[ .\-](?=\d))*", text):
                where = [m.start() + i for i, c in enumerate(m.group()) if c.isdigit()]
                run = "".join(text[i] for i in where)
                at = run.find(d)
                while at >= 0:
                    if not all(inside[i] for i in where[at : at + len(d)]):
                        return f"digits repeat {piece}"
                    at = run.find(d, at + 1)
    return None


def self_test() -> None:
    """The checker refuses what it must refuse."""
    bad = [
        ("Sy Yohanes Ndun, tetangga Ndun sonde datang", [("name", 3, 15)]),
        ("Ibu Maria Tefa datang", [("name", 0, 14)]),
        ("HP 081234567890, ulang 081234567890", [("phone", 3, 15)]),
        ("HP 081234567890, ulang 0812-3456-7890", [("phone", 3, 15)]),
        ("HP 081234567890.", [("phone", 3, 16)]),
        ("Sy Yohanes Ndun", [("name", 3, 15), ("name", 11, 15)]),
        ("Sy {name:m1}", []),
        ("NIK 53710412058", [("nik", 4, 15)]),
        ("plat DH 1234 AB", [("plate", 0, 7)]),
    ]
    for text, raw in bad:
        spans: list[dict[str, object]] = [{"kind": k, "start": a, "end": b} for k, a, b in raw]
        if check(text, spans, "sms_1708") is None:
            raise SystemExit(f"self-test: the checker let through {text!r}")
    good = "Sy Yohanes Ndun, HP 081234567890"
    if check(
        good,
        [{"kind": "name", "start": 3, "end": 15}, {"kind": "phone", "start": 20, "end": 32}],
        "sms_1708",
    ):
        raise SystemExit("self-test: the checker refused a good text")


def load_templates() -> list[tuple[str, str]]:
    out = []
    for style, block in TEMPLATES:
        for raw in block.strip("\n").split("\n~~~\n"):
            text = SOFT.sub(" ", raw.strip("\n"))
            out.append((style, text))
    return out


def main() -> None:
    self_test()
    rng = random.Random(SEED)
    templates = load_templates()
    records = []
    seen: set[str] = set()
    per_template: list[tuple[str, bool, int]] = []
    for number, (style, template) in enumerate(templates):
        made = 0
        for _ in range(FILLS):
            for _attempt in range(400):
                ctx = Context(rng)
                text, spans, expected = render(ctx, template)
                problem = check(text, spans, style)
                pieces = [text[int(s["start"]) : int(s["end"])] for s in spans]  # type: ignore[arg-type]
                if problem is None and not all(
                    any(e.lower() == p.lower() for p in pieces) for e in expected
                ):
                    problem = "span differs from its value"
                if problem is None and text in seen:
                    problem = "duplicate"
                if problem is None:
                    break
            else:
                raise SystemExit(f"template {number} ({style}) cannot be filled: {problem}\n{text}")
            seen.add(text)
            records.append({"text": text, "spans": spans, "style": style})
            made += len(spans)
        per_template.append((style, "[[" in template, made))
    rng.shuffle(records)
    lines = []
    for i, rec in enumerate(records, start=1):
        row = {
            "id": f"xv17-{i:04d}",
            "text": rec["text"],
            "spans": rec["spans"],
            "style": rec["style"],
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    kinds = Counter(str(s["kind"]) for r in records for s in r["spans"])  # type: ignore[attr-defined]
    styles = Counter(str(r["style"]) for r in records)
    clean = Counter(str(r["style"]) for r in records if not r["spans"])
    by_style = Counter()
    for r in records:
        by_style[str(r["style"])] += len(r["spans"])  # type: ignore[arg-type]
    cross = Counter((str(r["style"]), str(s["kind"])) for r in records for s in r["spans"])  # type: ignore[attr-defined]
    tcount = Counter(s for s, _, _ in per_template)
    tclean = Counter(s for s, labelled, _ in per_template if not labelled)
    out = sys.stdout
    out.write(f"sha256 {hashlib.sha256(data).hexdigest()}\n")
    out.write(f"templates {len(templates)} (without personal data {sum(tclean.values())})\n")
    out.write(
        f"texts {len(records)} without spans {sum(clean.values())} spans {sum(kinds.values())}\n"
    )
    for k, c in kinds.most_common():
        out.write(f"  {k:14} {c}\n")
    order = [t[0] for t in TEMPLATES]
    for s in sorted(styles, key=order.index):
        row = " ".join(f"{k}={cross[(s, k)]}" for k in sorted(KINDS))
        head = f"  {s:16} templates {tcount[s]} clean {tclean[s]} texts {styles[s]}"
        out.write(f"{head} clean {clean[s]} spans {by_style[s]} | {row}\n")


# ---------------------------------------------------------------------------------------------
# The templates. Lines indented by two spaces continue the line above (joined by one space).

SMS = r"""
@CAPS
KOTKUPANG LAMPU JALAN DI DEPAN RMH SY [[address:{addr:1}]] KEL. {kel:1} SDH 3 MGG MATI, SDH
  LAPOR KE KELURAHAN TDK ADA TINDAK LANJUT. [[name:{name:m1}]] [[phone:{hp:m1}]]
~~~
kotkupang sy [[name:{name_:w1}]] mau tanya akta kelahiran anak sy [[name:{first_:cw1}]] sdh 2 bln
  blm jadi di dukcapil, nik sy [[nik:{nik:w1}]]. mhn info
~~~
@CAPS
KOTKUPANG SY TINGGAL DI [[address:{rtrw:1}]] KEL. {kel:1}. SDH 2 MGG SAMPAH TDK DIANGKUT, BAU SKALI
  SAMPE KE RMH. TOLONG DLH. DARI [[name:{first:m1}]] DI {kel:1}
~~~
KOTKUPANG Mobil pick up [[plate:{plate:1}]] tiap malam buang puing di kali dekat {pasar:1}. Sy sdh
  foto. Mohon Satpol PP tindak. [[name:{name:m1}]] [[phone:{hp:m1}]]
~~~
kotkupang anak sy [[name:{name_:cm1}]] tdk dpt KIP di {sch:1} pdhl kami terdaftar DTKS. No KK
  [[kk:{kk:m1}]]. tlg dicek. [[name:{first_:w1}]]
~~~
@CAPS
KOTKUPANG KARTU KIS SY NO [[bpjs:{bpjs:ow1}]] DITOLAK DI {rs:1}, KATANYA TDK AKTIF. SY LANSIA
  TINGGAL SENDIRI. [[name:{name:ow1}]], [[address:{addrrt:1}]] KEL. {kel:1}
~~~
KOTKUPANG Bantuan BLT dana kelurahan sy blm trima. Rek sy di {bank:1} [[bank_account:{rek:1}]]
  a.n. [[name:{name:w1}]]. Tahun lalu masuk ke rek ini. Trims
~~~
kotkupang pak, tetangga bangun rumah tutup saluran air, kalo hujan air masuk rumah kami di
  [[address:{addr:1}]]. sy [[name:{name_:m1}]] hp [[phone:{hp:m1}]]
~~~
@CAPS
KOTKUPANG SY SDH BAYAR PAJAK MOTOR [[plate:{plate:1}]] TP DI SAMSAT MASIH TERTUNGGAK {amt:1}. NPWP
  SY [[npwp:{npwp:m1}]]. MHN PENJELASAN. [[name:{name:m1}]]
~~~
KOTKUPANG Sy guru honor di {sch:1}, honor 5 bln blm dibayar. Email sy [[email:{email:w1}]] kalau
  mau konfirmasi. Salam, [[name:{name:w1}]]
~~~
kotkupang sy dapat sms dr {scam:1} katanya anak sy kecelakaan minta transfer {amt:1}. anak sy
  [[name:{first_:ym1}]] baik2 sj. tlg polisi lacak. sy [[name:{first_:w1}]] [[phone:{hp:w1}]]
~~~
@CAPS
KOTKUPANG AIR PDAM DI [[address:{rtrw:1}]] KEL {kel:1} MATI SEJAK {date:1}. NO SAMBUNGAN
  {nosamb:1}. TRIMS [[name:{name:om1}]]
~~~
KOTKUPANG mohon bantu, NIK sy [[nik:{nik15:m1}]] katanya tdk terdaftar pdhl KTP-el sdh ada. sy
  [[name:{name:m1}]] dr {kel:1}. hub [[phone:{hpp:m1}]]
~~~
kotkupang ojek online [[plate:{plate_:1}]] tabrak pagar rumah kami di [[address:{addr:1}]] lalu
  lari,
  pagar rusak. sy [[name:{name_:w1}]]
~~~
@CAPS
KOTKUPANG SAYA [[name:{name:xm1}]] PEDAGANG DI {pasar:1}, ADA PUNGLI KARCIS {amt:1} TIAP HARI
  TANPA KWITANSI. [[phone:{hp:xm1}]]
~~~
KOTKUPANG Sy [[name:{name:w1}]], peserta BPJS mandiri no [[bpjs:{bpjsg:w1}]], iuran sdh dibayar
  lewat VA {va:1} tp status msh menunggak. Mohon dicek.
~~~
kotkupang tlg dinas sosial, oma [[name:{name_:ow1}]] tinggal sendiri di [[address:{rtrw:1}]]
  {kel:1}, rumah hampir rubuh. kontak cucu [[name:{first_:yw1}]] [[phone:{hp:yw1}]]
~~~
@CAPS
KOTKUPANG JALAN BERLUBANG DI {street:1} DEPAN {sch:1} SUDAH MAKAN KORBAN. TOLONG PUPR SEGERA
  TAMBAL. TRIMS
~~~
kotkupang lampu merah di perempatan {street:1} mati sejak {date:1}, macet tiap jam {time:1}. mhn
  dishub cek
~~~
KOTKUPANG Sy dpt SMS dr {scam:1} katanya sy menang undian {amt:1} dr PLN, suruh transfer biaya
  admin. Itu penipu ya? Tlg disebarkan.
~~~
@CAPS
KOTKUPANG TAGIHAN PLN SY NAIK 3X BULAN INI, ID PEL {idpel:1}. SDH TLP PLN 123 TDK ADA JAWABAN.
  MOHON BANTUAN
~~~
kotkupang kapan pendaftaran SMP jalur zonasi dibuka? di web dinas pendidikan blm ada info sampai
  {date:1}. anak sy lulus SD thn ini. terima kasih
~~~
KOTKUPANG Antrian di Dukcapil sdh dpt nomor {antri:1} dr jam {time:1} tp blanko habis. Tolong
  tambah petugas.
~~~
@CAPS
KOTKUPANG SUDAH 2 MINGGU SAMPAH MENUMPUK DI DEPAN {pasar:1}, LALAT BANYAK. MOHON DLH ANGKUT.
  WARGA {kel:1}
~~~
kotkupang sy bayar retribusi sampah {amt:1}/bln tp petugas tdk pernah datang. laporan sy
  sebelumnya tiket {tiket:1} blm ditanggapi.
~~~
KOTKUPANG Info dong nomor WA pengaduan Dinas PUPR, yg di baliho {owa:1} tdk aktif. Trims
~~~
@CAPS
KOTKUPANG KODE BILLING PBB SY {billing:1} TDK BISA DIBAYAR DI BANK NTT, KATANYA KADALUARSA. NOP
  {nop:1}. MOHON INFO BAPENDA
"""

WA = r"""
[{date:1} 07.12] [[name:{name:w1}]]: Selamat pagi admin, air PDAM di [[address:{rtrw:1}]] mati su
  4 hari
[07.30] Admin Kelurahan {kel:1}: Baik ibu, kami teruskan ke PDAM. Nomor sambungan ibu?
[07.41] [[name:{name:w1}]]: {nosamb:1}
[07.42] [[name:{name:w1}]]: Kalau PDAM mau datang hubungi sa di [[phone:{hp:w1}]]
~~~
mama: [[name:{first:yw1}]] ade, petugas RS minta nomor kartu BPJS bapa
[[name:{first:yw1}]]: [[bpjs:{bpjs:m1}]] ma, ada di foto yg kemarin
mama: NIK bapa ju dong minta
[[name:{first:yw1}]]: [[nik:{nikg:m1}]]
~~~
[21.04] Admin RT:  Info: ronda malam ini pos depan gereja
[21.40] [[name:{name:m1}]]: Pak RT, motor sa [[plate:{plate:1}]] hilang tadi sore di depan rumah,
  [[address:{addr:1}]]. Warna hitam, Vario
[21.42] [[name:{name:m2}]]: Tadi sa lia ada dua orang pake helm merah lewat sana
~~~
*Diteruskan*
DICARI. Anak kami [[name:{name:cw1}]], umur 9 tahun, pakai seragam {sch:1}, belum pulang sejak
  jam 13.00. Yang lihat mohon hubungi mamanya [[name:{first:w1}]] [[phone:{hp:w1}]] atau
  bapanya [[phone:{hp:m1}]]
~~~
[{date:1} 19.02] [[name:{name:w1}]]: Selamat malam bapa mama, tolong kirim NIK dan No KK anak utk
  verifikasi PIP
[{date:1} 19.20] [[name:{name:m1}]]: Ini punya sy ibu guru: [[nik:{nik:cm1}]] / [[kk:{kk:m1}]]
[{date:1} 19.21] [[name:{name:w1}]]: Terima kasih pak
~~~
{date:1}, 10.05 - [[name:{first:m1}]]: Kaka, SKTM untuk RS sudah bisa ambil?
{date:1}, 10.31 - Staf Kelurahan {kel:1}: Sudah pak, tapi tolong kirim dulu scan KTP ke email
  kelurahan
{date:1}, 10.33 - [[name:{first:m1}]]: Sudah sa kirim dari [[email:{email:m1}]] pak
~~~
[16.22] [[name:{name_:w1}]]: ibu2 arisan, uang bulan ini tolong transfer ke rek {bank:1}
  [[bank_account:{rek:1}]] a.n. [[name:{name:w2}]]
[16.25] [[name:{name_:w3}]]: siap kak
[16.40] [[name:{name_:w2}]]: sudah masuk 8 orang ya
~~~
[08.02] Puskesmas {pkm:1}: Antrian online poli umum via WA {owa:1}, buka jam 07.30
[08.15] [[name:{name:w1}]]: Ibu, anak sa [[name:{first:cm1}]] demam 3 hari, kartu KIS dia
  [[bpjs:{bpjs:cm1}]]. Bisa langsung datang?
[08.20] Puskesmas {pkm:1}: Bisa ibu, bawa kartu dan buku KIA
~~~
[22.10] [[name:{name:m1}]]: Bapa2 ronda, ada mobil [[plate:{plate:1}]] parkir depan pos dari jam 9
  malam, lampu mati
[22.14] [[name:{name:m2}]]: Itu oto punya [[name:{first:m3}]], dia pung anak kos di belakang
[22.15] [[name:{name:m1}]]: Ok aman
~~~
[{date:1} 11.48] [[name:{name:yw1}]]: Kaka2 pemuda gereja, butuh darah O untuk Opa
  [[name:{name:om1}]] di {rs:1}, ruang Kenanga. Yang bisa donor hubungi sa [[phone:{hp:yw1}]]
[{date:1} 11.52] [[name:{name:ym1}]]: Sa bisa kak, jam berapa?
~~~
[18.03] [[name:{first:w1}]]: Ibu kos tu suru keluar bulan ini padahal sa su bayar sampai Desember
[18.05] [[name:{first:w2}]]: Lapor ke kelurahan sa, bawa kuitansi
[18.06] [[name:{first:w1}]]: Kuitansi ada, dia tanda tangan a.n. [[name:{name:ow1}]]
~~~
[20.31] [[name:{name:w1}]]: Kak, npwp sa [[npwp:{npwp:w1}]], tolong isi di form SPT ya
[20.35] [[name:{name:ym1}]]: Ok kak, EFIN kak dapat dari email [[email:{email:w1}]] to?
[20.36] [[name:{name:w1}]]: Iya
~~~
[14.15] [[name:{first_:ym1}]]: bro sa pung laptop hilang di kos, [[address:{addr:1}]]
[14.16] [[name:{first_:ym2}]]: su lapor polsek?
[14.20] [[name:{first_:ym1}]]: su, dong kasi nomor laporan {surat:1}
~~~
[09.00] [[name:{name:m1}]]: Pak Lurah, mohon izin. Rumah ibu [[name:{name:ow1}]] di
  [[address:{addrrt:1}]] roboh semalam karena angin. Beliau sementara tinggal di rumah sa.
[09.12] Lurah {kel:1}: Terima kasih infonya, siang ini kami turun dengan BPBD
~~~
[[name:{name:w1}]]: Bapak, sa mau tanya rekening untuk bayar kontrakan kios, yang a.n. bapak ko?
[[name:{name:om1}]]: Ya ibu. {bank:1} [[bank_account:{rek:1}]] a.n. [[name:{name:om1}]]
[[name:{name:w1}]]: Sudah sa transfer {amt:1}, bukti sa kirim
~~~
[07.55] [[name:{first:w1}]]: Kak, KK baru su jadi? No KK lama [[kk:{kk:w1}]]
[08.10] Operator Dukcapil Kelurahan: Sudah ibu, ambil di kantor kelurahan hari Kamis
[08.11] [[name:{first:w1}]]: Terima kasih kak
~~~
[{date:1} 08.00] Admin Kelurahan {kel:1}: Selamat pagi bapak ibu. Pembagian beras bantuan hari
  Kamis jam 09.00 di aula kelurahan. Bawa KTP dan KK asli.
[{date:1} 08.03] Admin Kelurahan {kel:1}: Info lebih lanjut WA {owa:1}
~~~
*Diteruskan berkali-kali*
Hati-hati! Ada WA dari nomor {scam:1} yang mengaku petugas Dukcapil, minta foto KTP dan kode OTP.
  Jangan dilayani. Dukcapil tidak pernah minta OTP.
~~~
[19.20] mama: Nona, besok antar mama ke puskesmas ee
[19.22] bapa: Mama su minum obat ko?
[19.25] mama: Su. Jam 8 pagi sa su mau di {pkm:1}
~~~
[10.02] Grup Warga {kel:1}: Info PLN: pemadaman bergilir hari ini jam 08.00 sampai {time:1}
[10.05] Admin RT 09: Yang mau isi token bisa di kios depan gereja
[10.07] Ketua RT 09: Terima kasih infonya
~~~
{date:1}, 13.40 - PDAM Kota Kupang: Pelanggan Yth, distribusi air ke wilayah {kel:1} terganggu
  karena perbaikan pipa di {street:1}. Pengaduan: {otel:1}
~~~
[11.11] Admin Posyandu: Mama2, jadwal imunisasi bulan ini {date:1} di Posyandu Bunga Bakung.
  Bawa buku KIA
[11.15] Bidan Kelurahan: Vitamin A juga dibagi ya mama
~~~
[15.30] +62 852-xxxx-xx12: Selamat! Nomor anda terpilih dapat hadiah {amt:1} dari Bank NTT.
  Klik link dan hubungi CS {scam:1}
[15.32] bapa: Ini tipu ko?
[15.33] kaka: Tipu bapa, blok sa
~~~
[06.45] Operator {sch:1}: Selamat pagi bapak/ibu orang tua murid. Pengumuman kelulusan tgl {date:1}
  lewat website sekolah. Informasi: TU {otel:1}
~~~
[17.02] Bendahara Komite: Iuran komite semester ini {amt:1}, transfer ke rek komite Bank NTT
  {brek:ntt1} atau bayar tunai di TU
[17.05] Ketua Komite: Terima kasih ibu bendahara
~~~
[12.01] Info Dinas Sosial: Penyaluran BPNT tahap 3 di Kantor Pos {street:1} mulai {date:1}. Kanal
  pengaduan SMS 1708 atau WA {owa:1}
"""

LAPOR = r"""
Judul Laporan: Ijazah ditahan sekolah
Isi Laporan: Anak saya [[name:{name:cw1}]] lulus dari {sch:1} tahun ini tetapi ijazahnya ditahan
  karena belum lunas uang komite {amt:1}. Kami keluarga tidak mampu, terdaftar PKH.
Kategori: Pendidikan
Lokasi Kejadian: {sch:1}
Nama Pelapor: [[name:{name:w1}]]
NIK: [[nik:{nik:w1}]]
No. HP: [[phone:{hp:w1}]]
Rahasiakan identitas: Ya
~~~
Nomor Tiket: {tiket:1}
Judul: Saluran tersumbat depan rumah
Isi: Saluran depan rumah saya di [[address:{addrrt:1}]] Kel. {kel:1} tersumbat sampah sejak musim
  hujan lalu. Air meluap ke rumah [[name:{name:om1}]] dan rumah saya.
Pelapor: [[name:{name:m1}]]
Email: [[email:{email:m1}]]
Status: Diteruskan ke Dinas PUPR Kota Kupang
~~~
FORMULIR PENGADUAN - lapor.kupangkota.go.id
Nama Lengkap : [[name:{name^:m1}]]
NIK : [[nik:{nikd:m1}]]
Alamat : [[address:{addr:1}]], Kel. {kel:1}, Kec. {kec:1}
No. Telepon/WA : [[phone:{hp:m1}]]
Uraian : Petugas parkir di {pasar:1} menarik {amt:1} padahal karcis resmi lebih murah. Kendaraan
  saya [[plate:{plate:1}]] ditahan saat saya menolak.
~~~
Judul Laporan: Kartu KIS tidak aktif setelah pindah domisili
Isi Laporan: Saya pindah dari {kel:1} ke {kel:2}. Kartu KIS saya [[bpjs:{bpjs:w1}]] dan anak saya
  [[name:{first:cw1}]] [[bpjs:{bpjs:cw1}]] tidak aktif sejak bulan lalu. NIK saya [[nik:{nik:w1}]].
Nama Pelapor: [[name:{name:w1}]]
Kanal: Website
Anonim: Tidak
~~~
PERMOHONAN INFORMASI PUBLIK
Nama : [[name:{name:m1}]]
Pekerjaan : {kerja:m1}
Alamat : [[address:{addrrt:1}]], Kel. {kel:1}
Email : [[email:{email:m1}]]
Rincian informasi yang dibutuhkan : Daftar penerima bantuan bedah rumah tahun {thn:1} di Kelurahan
  {kel:1} beserta anggarannya.
Cara memperoleh : salinan elektronik
~~~
Judul: Pungutan pembuatan KK
Isi Laporan: Saya diminta membayar {amt:1} oleh oknum di kantor kelurahan untuk pembaruan KK
  nomor [[kk:{kk:m1}]]. Bukankah layanan Dukcapil gratis? Yang meminta mengaku bernama
  [[name:{first:m2}]].
Pelapor: [[name:{name:m1}]]
Telp: [[phone:{hp:m1}]]
~~~
Nomor Tiket: {tiketn:1}
Kategori: Kependudukan
Isi Laporan: Nama saya di KTP tertulis "[[name:{first:w1} {family:w1}h]]" padahal di akta
  [[name:{name:w1}]]. NIK [[nik:{nik:w1}]]. Mohon diperbaiki tanpa harus ke Dukcapil provinsi.
Status: Menunggu verifikasi
~~~
Judul Laporan: Dana BLT tidak masuk rekening
Isi Laporan: Saya penerima BLT tahun ini, rekening {bank:1} [[bank_account:{rek:1}]] atas nama
  [[name:{name:w1}]]. Tahap 2 tidak masuk, teman yang lain sudah terima.
NIK Pelapor: [[nik:{nik:w1}]]
No HP: [[phone:{hp:w1}]]
~~~
FORM PENGADUAN UPP DINAS KESEHATAN
Nama Pasien : [[name:{name:om1}]]
No. Kartu JKN : [[bpjs:{bpjs:om1}]]
Nama Keluarga yang Melapor : [[name:{name:w1}]] (anak)
HP : [[phone:{hp:w1}]]
Keluhan : Bapak kami menunggu di IGD {rs:1} dari jam {time:1} sampai malam tanpa ditangani.
~~~
Judul: Kendaraan dinas dipakai pesta
Isi Laporan: Mobil dinas pelat merah [[plate:{plate:1}]] terlihat di pesta nikah di {kel:1} hari
  Minggu {date:1}, dipakai antar tamu. Foto terlampir (IMG_20261011_2134.jpg).
Nama Pelapor: Dirahasiakan
~~~
Identitas Pelapor
Nama : [[name:{name:ym1}]]
Email : [[email:{emaild:ym1}]]
No. WA : [[phone:{hp:ym1}]]
Isi Laporan : Beasiswa KIP Kuliah saya belum cair 2 semester. Kampus bilang dari pusat. Mohon
  bantuan. NIM saya {nisn:1}.
~~~
Judul Laporan: NPWP ganda
Isi Laporan: Saya punya dua NPWP karena dulu dibuatkan kantor. NPWP lama [[npwp:{npwp:m1}]], yang
  baru sekarang sama dengan NIK [[npwp:{npwp16:m1}]]. Aplikasi Coretax menolak login.
Pelapor: [[name:{name:m1}]]
Kanal: SP4N-LAPOR!
~~~
Nomor Tiket: {tiket:1}
Isi Laporan: Tetangga kami [[name:{name:m2}]] memelihara babi di [[address:{addr:1}]] dekat sumur
  warga. Bau dan lalat. Sudah ditegur Ketua RT tidak digubris.
Pelapor: [[name:{name:w1}]], warga [[address:{rtrw:1}]]
~~~
PENGADUAN ADMINDUK
Nama : [[name:{name^:xw1}]]
NIK : [[nik:{nik:xw1}]]
No. KK : [[kk:{kk:xw1}]]
Alamat : [[address:{addrrt:1}]]
Keterangan : Data di KK masih status belum kawin padahal akta nikah sudah ada.
~~~
Judul Laporan: Jalan rusak di {street:1}
Isi Laporan: Jalan di {street:1} depan {sch:1} rusak parah sejak {date:1}, sudah ada pengendara
  jatuh. Mohon perbaikan sebelum musim hujan.
Kategori: Infrastruktur
Nama Pelapor: Dirahasiakan
Status: Diteruskan ke Dinas PUPR Kota Kupang
~~~
Nomor Tiket: {tiket:1}
Tanggapan Instansi: Terima kasih atas laporan Bapak/Ibu. Perbaikan lampu jalan di {street:1}
  dijadwalkan {date:1}. Informasi lanjut hubungi Dinas Perhubungan {otel:1}.
Status: Selesai
~~~
REKAP PENGADUAN BULAN OKTOBER
Kanal | Jumlah
SMS 1708 | {num:1}
Website lapor.go.id | {num:2}
WA {owa:1} | {num:3}
Telepon {otel:1} | {num:4}
~~~
Judul: Tagihan PDAM tidak sesuai
Isi Laporan: Nomor sambungan {nosamb:1}. Tagihan bulan ini {amt:1} padahal air mengalir hanya 2
  hari seminggu. Meter tidak pernah dibaca petugas.
Pelapor: Dirahasiakan
Kategori: Air Bersih
~~~
Disposisi: Kepala Bidang Pelayanan
Dari: Sekretariat UPP Kota Kupang
Perihal: Tindak lanjut laporan {tiket:1}
Catatan: Mohon dikoordinasikan dengan Puskesmas {pkm:1}, telp {otel:1}, paling lambat 5 hari kerja.
~~~
Judul Laporan: Pembayaran PBB ganda
Isi Laporan: NOP {nop:1} tagihan tahun {thn:1} sudah dibayar lewat kode billing {billing:1} pada
  {date:1} tetapi di SPPT tahun ini masih muncul tunggakan.
Nama Pelapor: Dirahasiakan
~~~
Tanggapan: Yth. Pelapor, layanan perekaman KTP-el di Dinas Dukcapil dibuka Senin-Jumat 08.00-15.00.
  Antrean online lewat WA {owa:1}. Untuk pertanyaan lain email dukcapil@kupangkota.go.id.
~~~
Judul Laporan: Posyandu tidak buka
Isi Laporan: Posyandu Bunga Bakung di RT 05 sampai RT 09 Kel. {kel:1} tidak buka
  sejak {date:1}. Kader bilang tidak
  ada PMT. Mohon Dinas Kesehatan cek.
Pelapor: Dirahasiakan
~~~
Form Survei Kepuasan
Layanan: Perekaman KTP-el
Nomor antrean: {antri:1}
Waktu tunggu: {num:1} menit
Saran: Tambah kursi tunggu dan kipas angin. Petugas ramah, terima kasih.
~~~
Judul: Hoaks bantuan UMKM
Isi Laporan: Beredar pesan WA bantuan UMKM {amt:1} yang minta transfer biaya admin ke {scam:1}.
  Mohon
  Diskop menjelaskan ke publik bahwa itu penipuan.
Pelapor: Dirahasiakan
Kategori: Ekonomi
~~~
Nomor Tiket: {tiketn:1}
Status: Ditutup
Tanggapan: Berdasarkan surat Dinas PUPR nomor {surat:1}, normalisasi saluran di {street:1} sudah
  selesai dikerjakan tanggal {date:1}. Terima kasih.
~~~
Judul Laporan: Rekening PKH diblokir
Isi Laporan: Rekening KKS BNI saya [[bank_account:{rek:bni1}]] diblokir sejak {date:1}. Pendamping
  bilang harus ke bank. Bank bilang ke Dinsos. NIK [[nik:{nik:w1}]], KK [[kk:{kk:w1}]].
Nama Pelapor: [[name:{name:w1}]]
~~~
Judul Laporan: Pengembang perumahan tidak serahkan sertifikat
Isi Laporan: Saya beli rumah di [[address:{addr:1}]] tahun {thn:1}, lunas, tapi sertifikat belum
  diserahkan. Pengembang CV Flobamora Indah, NPWP {bnpwp:1}.
Pelapor: [[name:{name:m1}]]
Email: [[email:{email:m1}]]
"""

EMAIL = r"""
From: [[name:{name:m1}]] <[[email:{email:m1}]]>
To: UPP Dinas Kesehatan <upp.dinkes@kupangkota.go.id>
Subject: Keluhan pelayanan IGD

Selamat siang,
Tanggal {date:1} istri saya [[name:{name:w1}]] dibawa ke IGD {rs:1} karena pendarahan. Petugas
  minta kartu BPJS [[bpjs:{bpjs:w1}]] difotokopi dulu sebelum ditangani. Mohon ditindaklanjuti.

Hormat saya,
[[name:{name:m1}]]
[[phone:{hp:m1}]]
~~~
From: "[[name:{name:w1}]]" <[[email:{email:w1}]]>
To: Humas Pemkot Kupang <humas@kupangkota.go.id>
Cc: [[name:{family:m1}]], [[name:{first:m1}]] <[[email:{email:m1}]]>
Subject: Pohon tumbang belum dibersihkan

Pohon tumbang di depan rumah kami, [[address:{addr:1}]], sudah seminggu belum dipotong. Kabel
  listrik tertimpa. Tetangga kami Bapak [[name:{first:m1}]] sudah lapor ke kelurahan.

Salam,
[[name:{first:w1}]]
~~~
Pada {date:1} 08.14, [[name:{name:m1}]] <[[email:{email:m1}]]> menulis:
> Yth. Bapenda, mohon dicek NOP {nop:1}. Saya sudah bayar tahun lalu.

Yth. Bapak [[name:{first:m1}]],
Pembayaran atas NOP tersebut sudah tercatat. Silakan cetak ulang SPPT di loket Bapenda.
Salam, Bidang Pendapatan
~~~
From: [[name:{name:ym1}]] <[[email:{email:ym1}]]>
To: beasiswa@kupangkota.go.id
Subject: Sanggahan hasil seleksi beasiswa

Nama saya [[name:{name:ym1}]], NIK [[nik:{nik:ym1}]]. Nama saya tidak ada di pengumuman padahal
  nilai saya memenuhi. Orang tua saya [[name:{name:m1}]] peserta PKH. Rekening {bank:1} saya
  [[bank_account:{rek:1}]] sudah saya lampirkan.
Terima kasih.
~~~
Subject: Re: Data keluarga untuk bantuan bedah rumah
From: [[name:{name:m1}]] <[[email:{email:m1}]]>

Ini punya sy: [[nik:{nik:m1}]]
[[kk:{kk:m1}]]

> Pada {date:1}, Kelurahan {kel:1} <layanan.kelurahan.kpg@gmail.com> menulis:
> Mohon kirim NIK lalu No. KK kepala keluarga.
~~~
From: [[name:{family:w1}]], [[name:{first:w1}]] <[[email:{email:w1}]]>
To: Dinas Pendidikan Kota Kupang <disdik@kupangkota.go.id>
Subject: Guru honor belum terima insentif

Saya guru honor di {sch:1} sejak {thn:1}. Insentif triwulan III belum diterima. NPWP saya
  [[npwp:{npwp:w1}]], rekening Bank NTT [[bank_account:{rek:ntt1}]].

[[name:{name:w1}]], S.Pd.
~~~
From: [[name:{name:xw1}]] <[[email:{email:xw1}]]>
To: Dinas Dukcapil <dukcapil@kupangkota.go.id>
Subject: Perbaikan akta

Akta kelahiran anak saya [[name:{name:cw1}]] salah tulis tanggal lahir. NIK anak [[nik:{nik:cw1}]].
  Alamat kami [[address:{addrrt:1}]], Kel. {kel:1}.
Terima kasih,
[[name:{first:xw1}]]
~~~
From: [[name:{name:m1}]] <[[email:{email:m1}]]>
Subject: Complaint about a water tanker

Dear Sir/Madam, I live at [[address:{addr:1}]], Kupang. A private water tanker [[plate:{plate:1}]]
  charged me {amt:1} and never delivered. The driver's number is [[phone:{hp:m2}]], his name
  is [[name:{first:m2}]]. Kind regards, [[name:{first:m1}]]
~~~
Kepada: pengaduan@kupangkota.go.id
Dari: [[email:{emaild:w1}]]

Saya [[name:{name:w1}]], warga [[address:{rtrw:1}]] Kel. {kel:1}. Penerangan jalan di gang kami
  mati sejak {date:1}. Anak-anak pulang les malam gelap. Tolong diperbaiki.
~~~
From: [[name:{name:m1}]] <[[email:{email:m1}]]>
To: kpp.kupang@pajak.go.id
Subject: Permohonan aktivasi NPWP

Yth. KPP Pratama Kupang,
Saya usaha perorangan jual bahan bangunan. NPWP pribadi saya [[npwp:{npwp:m1}]]. Mohon aktivasi
  ulang karena status non-efektif. HP [[phone:{hp:m1}]].
~~~
From: [[name:{name:w1}]] <[[email:{email:w1}]]>
To: "Sdr. [[name:{name:m1}]]" <[[email:{email:m1}]]>
Subject: Bukti transfer uang duka

Kak, uang duka keluarga [[name:{family:ow1}]] sudah saya transfer ke rekening BRI
  [[bank_account:{rek:bri1}]] a.n. [[name:{name:m1}]]. Mohon dicek.
~~~
On {date:1}, [[name:{name:m1}]] <[[email:{email:m1}]]> wrote:
> My mother [[name:{name:ow1}]] cannot get her pension. Her NIK is [[nik:{nik:ow1}]].

Dear Mr [[name:{family:m1}]], please send her TASPEN card number to taspen.kupang@taspen.co.id.
~~~
From: [[name:{name:w1}]] <[[email:{email:w1}]]>
To: ukpbj@kupangkota.go.id
Subject: Keberatan hasil tender

Saya direktur CV yang ikut tender. Keberatan terlampir. Untuk konfirmasi hubungi saya di
  [[phone:{hp:w1}]] atau rumah [[phone:{tel:w1}]].
~~~
Catatan surel masuk {date:1}: From: [[name:{family:m1}]], [[name:{first:m1}]] <[[email:{email:m1}]]>
  perihal motor [[plate:{plate:1}]] ditilang tanpa surat. Diteruskan ke Dishub.
~~~
From: [[name:{name:yw1}]] <[[email:{email:yw1}]]>
To: Tata Usaha {sch:1} <tu.sekolah.kupang@gmail.com>
Subject: Legalisir ijazah

Saya alumni angkatan {thn:1}, NISN {nisn:1}. Mohon info legalisir ijazah. Ijazah a.n.
  [[name:{name:yw1}]].
~~~
From: noreply@lapor.go.id
To: pelapor@example.com
Subject: Laporan Anda {tiket:1} telah diteruskan

Laporan Anda telah diteruskan ke Dinas PUPR Kota Kupang. Pantau status di lapor.go.id.
~~~
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: Peserta
Subject: Informasi tunggakan iuran

Yth. Peserta, iuran Anda belum dibayar. Silakan bayar melalui VA {va:1}. Informasi: Care Center
  165 atau WA Pandawa {owa:1}.
~~~
From: Sekretariat Dinas Sosial <dinsos@kupangkota.go.id>
To: pendamping.pkh.kupang@gmail.com
Subject: Jadwal verifikasi

Verifikasi KPM PKH di Kelurahan {kel:1} tanggal {date:1} jam {time:1}. Kontak: telp {otel:1}.
~~~
From: Flobamora Travel <cs@flobamoratravel.co.id>
Subject: Perubahan jadwal

Pelanggan Yth, keberangkatan kapal ke Rote {date:1} diundur. Kode booking {antri:1}. Perubahan
  jadwal hubungi kami di {owa:1}.
~~~
From: Diskominfo Kota Kupang <diskominfo@kupangkota.go.id>
To: admin-opd@googlegroups.com
Subject: Akses repositori

Repositori aplikasi ada di git@github.com:pemkot-kupang/lapor-kupang.git. Denah ruang server
  terlampir (denah@2x.png). Pemeliharaan server {date:1} jam {time:1}.
~~~
From: Ombudsman NTT <ntt@ombudsman.go.id>
To: kel.oebobo@gmail.com
Subject: Permintaan klarifikasi {surat:1}

Mohon klarifikasi atas laporan masyarakat tentang pungutan pembuatan surat keterangan di kelurahan.
  Jawaban dikirim paling lambat {date:1}.
~~~
From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
Subject: Batas lapor SPT

Wajib Pajak Yth, batas lapor SPT Tahunan Orang Pribadi 31 Maret. Layanan asistensi di KPP
  Pratama Kupang, Jl. Soeharto No. 118. Kring Pajak 1500200 atau
  telp KPP {otel:1}.
~~~
From: PLN UP3 Kupang <up3kupang@pln.co.id>
Subject: Pemeliharaan jaringan

Pemadaman {date:1} jam {time:1} di {kel:1} dan sekitarnya untuk pemeliharaan. Info: PLN Mobile
  atau call center 123.
~~~
From: koperasi.tunasharapan@yahoo.co.id
To: anggota-ksp@googlegroups.com
Subject: RAT tahun buku {thn:1}

RAT diadakan {date:1} di aula gereja. Simpanan wajib dapat disetor ke rekening koperasi Bank NTT
  {brek:ntt1}. NPWP koperasi {bnpwp:1}.
~~~
From: Tata Usaha SMPN 5 Kupang <smpn5kupang@gmail.com>
Subject: Undangan rapat orang tua

Rapat orang tua kelas IX {date:1} jam {time:1}. Kontak: telp {otel:1}, WA {owa:1}. Contoh
  pengisian formulir kirim ke user@example.com tidak perlu.
~~~
From: [[name:{name:w1}]] <[[email:{email:w1}]]>
To: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
Subject: Balik nama kendaraan

Mohon info biaya balik nama motor [[plate:{plate:1}]] dari pemilik lama [[name:{name:m1}]] ke nama
  saya. NIK saya [[nik:{nik:w1}]], NPWP [[npwp:{npwp:w1}]].
"""

CALL = r"""
Catatan call center 112, {date:1} {time:1}
Penelepon: [[name:{name:w1}]], warga [[address:{rtrw:1}]] Kel. {kel:1}
Nomor penelepon: [[phone:{hp:w1}]]
Laporan: kebakaran kios di belakang rumah, api sudah padam. Diteruskan ke Damkar.
~~~
Petugas: Dengan UPP Dinkes, ada yang bisa dibantu?
Penelepon: Saya mau lapor, ibu saya ditolak di puskesmas.
Petugas: Atas nama?
Penelepon: [[name:{name:ow1}]].
Petugas: Nomor kartunya?
Penelepon: [[bpjs:{bpjs:ow1}]].
Petugas: Baik, nanti kami cek ke Puskesmas {pkm:1}.
~~~
Petugas: NIK Bapak?
Pelapor: [[nik:{nik:m1}]].
Petugas: Alamat?
Pelapor: [[address:{addrrt:1}]], Kel. {kel:1}.
Petugas: Nomor yang bisa dihubungi?
Pelapor: [[phone:{hp:m1}]]. Nama saya [[name:{name:m1}]].
~~~
Log hotline Dishub {date:1}
{time:1} | [[name:{name:m1}]] | [[phone:{hp:m1}]] | angkot [[plate:{plate:1}]] ugal-ugalan di
  {street:1}
{time:2} | Kurir JNE | {owa:1} | tanya jadwal uji KIR
{time:3} | [[name:{name:w1}]] | [[phone:{hp:w1}]] | lampu lalu lintas mati di {street:2}
~~~
Catatan shift malam - call center PDAM
jam {time:1} penelepon [[name:{first_:w1}]] (tdk sebut marga), air keruh di [[address:{rtrw:1}]].
  no samb {nosamb:1}. minta dihubungi balik ke [[phone:{hp:w1}]]
~~~
Petugas: Selamat pagi, Bapenda Kota Kupang, dengan [[name:{?Sinta|Yuni|Meli|Kasih}]], ada yang bisa
  dibantu?
Penelepon: Saya mau tanya NPWP saya, status non efektif.
Petugas: NPWP bapak?
Penelepon: [[npwp:{npwp:m1}]]. Atas nama [[name:{name:m1}]].
~~~
Catatan call center: penelepon [[name:{name:m1}]], telp rumah [[phone:{tel:m1}]], melaporkan
  tetangganya [[name:{name:m2}]] membakar sampah plastik tiap sore di [[address:{addr:1}]].
~~~
Petugas: Nomor rekening penerima?
Nasabah: [[bank_account:{rek:1}]], {bank:1}.
Petugas: Atas nama?
Nasabah: [[name:{name:w1}]].
Petugas: Bantuan PIP untuk anak ibu [[name:{first:cw1}]] sudah kami cek, masih proses.
~~~
Penelepon: Pak, ada yang telpon saya dari {scam:1}, mengaku petugas Dukcapil, minta foto KK.
Petugas: Jangan dikirim bu. Nama ibu?
Penelepon: [[name:{name:w1}]], KK saya [[kk:{kk:w1}]] belum saya kirim.
Petugas: Bagus bu, nomor itu bukan nomor kami.
~~~
Note call centre, {date:1}. Caller [[name:{name:xm1}]] (mobile [[phone:{hp:xm1}]]) reported a
  hit-and-run by a car [[plate:{plate:1}]] near {pasar:1}. His address: [[address:{addr:1}]].
  Passed to Satlantas.
~~~
Petugas: Boleh nomor KK bapak?
Penelepon: [[kk:{kk:m1}]].
Petugas: Anak yang mau didaftarkan?
Penelepon: [[name:{name:cm1}]], NIK [[nik:{nik:cm1}]].
Petugas: Baik, nanti operator sekolah yang input.
~~~
19.45 penelepon [[name:{first_:m1}]] lapor anjing liar gigit anak tetangga [[name:{first_:cw1}]] di
  [[address:{rtrw:1}]]. sudah dibawa ke Puskesmas {pkm:1}. hp [[phone:{hp:m1}]]
~~~
Petugas: Email ibu untuk kirim tanda terima?
Penelepon: [[email:{email:w1}]].
Petugas: Baik ibu [[name:{first:w1}]], tanda terima laporan {tiket:1} kami kirim hari ini.
~~~
Petugas: Dengan siapa saya bicara?
Penelepon: [[name:{name:om1}]], pensiunan guru.
Petugas: Keluhannya?
Penelepon: Gaji pensiun masuk ke rekening lama [[bank_account:{rek:1}]], padahal sudah ganti.
  Rekening baru di {bank:2} [[bank_account:{rek:2}]].
~~~
Catatan: Pelapor Bpk. [[name:{name:m1}]], warga [[address:{rtrw:1}]], melaporkan truk
  [[plate:{plate:1}]] parkir di badan jalan {street:1} tiap malam. Pemilik truk katanya
  [[name:{first:m2}]].
~~~
Petugas: Selamat siang, Call Center 112 Kota Kupang.
Penelepon: Ada pohon tumbang di {street:1} depan {sch:1}, tutup jalan.
Petugas: Ada korban?
Penelepon: Tidak ada pak.
Petugas: Baik, kami teruskan ke BPBD dan Damkar.
~~~
Rekap panggilan {date:1}
Kanal: telepon ke {otel:1} - {num:1} panggilan
Kanal: WhatsApp ke {owa:1} - {num:2} pesan
Terbanyak: air bersih, sampah, lampu jalan
~~~
Petugas: Nomor sambungan PDAM?
Penelepon: {nosamb:1}.
Petugas: Keluhan?
Penelepon: Meteran air bocor dari kemarin.
Petugas: Baik, teknisi datang besok pagi.
~~~
Petugas: ID pelanggan PLN?
Penelepon: {idpel:1}.
Petugas: Token yang gagal masuk?
Penelepon: {token:1}.
Petugas: Kami cek ke PLN UP3 Kupang, mohon tunggu 1x24 jam.
~~~
Catatan call center {date:1}: penelepon tidak sebut nama, melapor nomor {scam:1} mengaku petugas
  PKH minta biaya pencairan {amt:1}. Diteruskan ke Polresta, nomor laporan {surat:1}.
~~~
Petugas: Silakan ke loket Bapenda di Jl. Soeharto No. 80, atau telepon {otel:1} jam kerja.
Penelepon: Kalau lewat WA bisa?
Petugas: Bisa, WA layanan {owa:1}.
Penelepon: Terima kasih.
~~~
Log hotline Dinsos {date:1}
{time:1} | Komite PAUD Tunas Harapan | {owa:2} | tanya jadwal BPNT
{time:2} | Komite Sekolah {sch:1} | {owa:1} | tanya PIP
{time:3} | Operator Kelurahan {kel:1} | {otel:1} | data DTKS
~~~
Petugas: Nomor tiket laporan ibu?
Penelepon: {tiketn:1}.
Petugas: Sudah ditindaklanjuti Dinas PUPR, pengerjaan minggu depan.
Penelepon: Baik, terima kasih.
~~~
English note, {date:1}: caller asked about connection no. {nosamb:1}, water off for 3 days in
  {kel:1}. Ticket {tiket:1}. Our office line is {otel:1}.
~~~
Catatan shift pagi: Koordinasi dengan Pusdalops BPBD {otel:1} soal banjir di {kel:1}. Petugas
  lapangan melapor 12 rumah terendam. Tindak lanjut: kirim terpal.
~~~
Petugas: Kode pembayaran retribusinya?
Penelepon: {billing:1}.
Petugas: Itu kode billing tahun lalu pak, nanti kami terbitkan yang baru.
~~~
Petugas: NPWP bapak?
Penelepon: Yang baru katanya sama dengan NIK, [[npwp:{npwp16:m1}]].
Petugas: Atas nama?
Penelepon: [[name:{name:m1}]]. Email saya [[email:{email:m1}]].
"""

SOCIAL = r"""
Mohon bantuan warga Kupang 🙏 Kehilangan dompet di {pasar:1} tadi pagi. Isi KTP a.n.
  [[name:{name:w1}]], ATM BRI dan kartu BPJS. Yang temukan mohon hubungi [[phone:{hp:w1}]].
  Imbalan seikhlasnya.
~~~
Turut berduka cita atas meninggalnya Opa [[name:{name:om1}]] di {rs:1} tadi malam. Jenazah
  disemayamkan di rumah duka [[address:{addr:1}]]. Ibadah penghiburan jam {time:1}.
~~~
Grup Info Kupang
[[name:{name:m1}]]: Ini oto [[plate:{plate:1}]] parkir tutup gang kami di [[address:{addr:1}]]
  dari kemarin. Yang kenal tolong kasi tau.
Komentar:
[[name:{name_:w1}]]: itu oto dong pung tamu pesta kaka
[[name:{name:m2}]]: Lapor Dishub sa
~~~
DIJUAL rumah tipe 45 di [[address:{addr:1}]], SHM, listrik 1300. Harga {amt:1} nego. Hub
  pemilik [[name:{first:w1}]] [[phone:{hp:w1}]] (bukan makelar)
~~~
Terima kasih banyak untuk Bidan [[name:{name:w1}]] di Puskesmas {pkm:1} yang tengah malam
  bantu persalinan istri saya. Tuhan berkati ibu. - [[name:{first:m1}]]
~~~
Tolong bantu share: Anak kami [[name:{name:cm1}]] (12 thn) belum pulang sejak kemarin sore. Terakhir
  dilihat di {street:1}. Hubungi bapanya [[name:{name:m1}]] [[phone:{hp:m1}]].
~~~
Komentar di postingan Dukcapil Kota Kupang:
[[name:{name:w1}]]: Min, KTP saya sudah 6 bulan belum jadi, NIK [[nik:{nik:w1}]]
dukcapilkotakupang: Silakan kirim DM ya kak, jangan tulis NIK di kolom komentar
[[name:{name:w1}]]: Sudah min
~~~
Donasi untuk korban kebakaran di [[address:{rtrw:1}]] Kel. {kel:1}, keluarga [[name:{family:m1}]].
  Transfer ke rek {bank:1} [[bank_account:{rek:1}]] a.n. [[name:{name:w2}]] (bendahara pemuda).
  Info: [[phone:{hp:w2}]]
~~~
Sa jual kue lapis dan kue mangkok, terima pesanan untuk acara. Antar wilayah Oebobo dan sekitar.
  Info WA [[phone:{hp:w1}]] - [[name:{first:w1}]]
~~~
[[name:{name:m1}]]
2 jam
Jalan ke rumah kami di [[address:{addrrt:1}]] su 3 tahun rusak. Kalau hujan motor sonde bisa
  lewat. Tag @pemkotkupang
Komentar:
[[name:{name_:m2}]]: betul kaka, sa ju tinggal situ
~~~
DICARI anjing hilang, warna coklat, nama Bobi. Terakhir di sekitar {kel:1}. Yang lihat hubungi
  [[name:{first:yw1}]] [[phone:{hp:yw1}]]
~~~
Kemarin sa ke Dukcapil urus KK, dilayani ibu [[name:{name:w1}]], ramah dan cepat. Semoga semua
  pelayanan seperti ini. Nomor antrian {antri:1}, selesai 20 menit.
~~~
Hati-hati bapa mama. Ada yang datang ke rumah-rumah di {kel:1} mengaku petugas PLN, minta
  {amt:1}. Yang datang ke rumah kami pakai motor [[plate:{plate:1}]]. Sudah lapor Polsek.
~~~
Disewakan kamar kos putri di [[address:{addr:1}]], dekat Undana. Hub Ibu [[name:{name:ow1}]]
  [[phone:{hp:ow1}]] atau anaknya [[name:{first:yw1}]] [[phone:{hp:yw1}]]
~~~
Live Q&A Bapenda
[[name:{name_:m1}]]: min NPWP sa [[npwp:{npwp:m1}]] kenapa sonde bisa lapor SPT?
Bapenda Kota Kupang: Silakan hubungi KPP Pratama ya kak
[[name:{name_:m1}]]: ok trims
~~~
Pemkot Kupang
1 jam
Perbaikan pipa PDAM di {street:1} mulai {date:1}. Distribusi air ke {kel:1} terganggu 3 hari.
  Informasi: {otel:1}
~~~
RSUD S.K. Lerik
3 jam
Pendaftaran poli rawat jalan sekarang lewat WhatsApp {owa:1}, Senin-Jumat 07.00-12.00. Bawa
  kartu JKN dan rujukan.
~~~
HATI-HATI PENIPUAN! Nomor {scam:1} mengaku admin Dinas Sosial, minta transfer untuk pencairan
  bansos. Dinas Sosial tidak pernah minta uang. Share!
~~~
Kos Melati Oebufu: Masih ada kamar kosong kak, {amt:1}/bulan, WA {owa:1}
Laundry Bersih Kilat: Kami terima antar jemput kak
kupang_bersuara: mantap
~~~
Juara lomba kebersihan tingkat kelurahan: Juara 1 RT 19, juara 2 RT 03, juara 3 RT 11. Terima kasih
  warga {kel:1} atas partisipasinya. Salam damai.
~~~
Dinas PUPR Kota Kupang
Pengaspalan {street:1} sepanjang 1,2 km selesai {date:1}. Terima kasih atas kesabaran warga.
  Kritik & saran: WA {owa:1}
~~~
Kehilangan kucing, warna putih, namanya Manis. Hilang di sekitar {pasar:1}. Yang temukan
  mohon antar ke Klinik Hewan di {street:1}, telp {otel:1}.
~~~
Fotokopi Cahaya Oesapa: kami juga cetak pas foto dan laminating, WA {owa:1}
Sedot WC Berkah Abadi: Kami {amt:1} saja kak, WA {owa:2}
Toko Sinar Abadi: Semen ready kak
~~~
BAZNAS Kota Kupang membuka posko bantuan korban banjir di {kel:1}. Konfirmasi donasi: WA {owa:1}.
  Rekening BAZNAS Bank NTT {brek:ntt1}.
~~~
Info fogging hari ini: RT 05, RT 06 dan RT 09 Kel. {kel:1} jam {time:1}. Mohon warga buka pintu
  dan jendela. - Puskesmas {pkm:1}
~~~
Jalan di {street:1} rusak lagi padahal baru diaspal {thn:1}. Kualitas proyek begini? Tag
  @pupr.kotakupang @pemkotkupang
~~~
Mohon info, ada yang tahu cara ganti email di akun SIAP Disdukcapil? Email lama sa
  [[email:{email:w1}]] su sonde bisa dibuka. - [[name:{name:w1}]]
Komentar:
[[name:{name_:yw1}]]: datang langsung ke kantor sa kak, bawa KTP deng KK
~~~
Sharing pengalaman: anak saya [[name:{first:cw1}]] dirawat di {rs:1} pakai KIS nomor
  [[bpjs:{bpjs:cw1}]], semua gratis, tidak ada pungutan. Terima kasih tim perawat. -
  [[name:{name:w1}]]
~~~
Bapa mama, KK baru kami su jadi dalam 3 hari, nomor [[kk:{kk:m1}]] sudah dengan nama anak bungsu
  [[name:{first:cm1}]]. Terima kasih Dukcapil. Salam, [[name:{name:m1}]]
"""

LETTER = r"""
Kepada Yth.
Lurah {kel:1}
di tempat

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama : [[name:{name:m1}]]
NIK : [[nik:{nik:m1}]]
Alamat : [[address:{addrrt:1}]]
mengajukan keberatan atas pembangunan pagar oleh saudara [[name:{name:m2}]] yang menutup jalan
  setapak ke rumah kami.

Hormat saya,
[[name:{name:m1}]]
~~~
SURAT PERNYATAAN AHLI WARIS
Kami yang bertanda tangan di bawah ini adalah ahli waris dari almarhum [[name:{name:om1}]], NIK
  [[nik:{nik:om1}]], yang meninggal pada {date:1}:
1. [[name:{name:ow1}]] (istri), NIK [[nik:{nik:ow1}]]
2. [[name:{name:m1}]] (anak), NIK [[nik:{nik:m1}]]
3. [[name:{name:w1}]] (anak), NIK [[nik:{nik:w1}]]
Kupang, {date:2}
~~~
BERITA ACARA MEDIASI
Pada hari ini, {date:1}, bertempat di Kantor Kelurahan {kel:1}, telah dilaksanakan mediasi
  sengketa batas tanah antara keluarga [[name:{family:m1}]] dan keluarga [[name:{family:m2}]].
Pihak I: [[name:{name:m1}]], alamat [[address:{addr:1}]]
Pihak II: [[name:{name:m2}]], alamat [[address:{addr:2}]]
Hasil: kedua pihak sepakat pengukuran ulang oleh BPN.
Mediator: Lurah {kel:1}
~~~
SURAT KUASA
Saya yang bertanda tangan di bawah ini [[name:{name:ow1}]], NIK [[nik:{nikd:ow1}]], memberi kuasa
  kepada anak saya [[name:{name:w1}]], NIK [[nik:{nikd:w1}]], untuk mengambil dana pensiun di
  rekening {bank:1} [[bank_account:{rek:1}]] atas nama saya.
Kupang, {date:1}
Pemberi kuasa, [[name:{name:ow1}]]          Penerima kuasa, [[name:{name:w1}]]
~~~
SURAT KETERANGAN DOMISILI
Nomor: {surat:1}
Lurah {kel:1} menerangkan bahwa:
Nama : [[name:{name^:xm1}]]
Tempat/Tgl Lahir : {ttl:xm1}
Pekerjaan : {kerja:xm1}
benar berdomisili di [[address:{addrrt:1}]] Kelurahan {kel:1} Kecamatan {kec:1}.
~~~
NOTULEN RAPAT WARGA {rtrw:1}
Hari/tanggal: {date:1}
Tempat: rumah Ketua RT, Bapak [[name:{name:m1}]]
Hadir: 27 KK
1. Iuran sampah naik jadi {amt:1}.
2. Saluran depan rumah ibu [[name:{name:w1}]] dibersihkan kerja bakti Sabtu.
3. Ronda dikoordinir [[name:{name:m2}]] ([[phone:{hp:m2}]]).
Notulis: [[name:{first:yw1}]]
~~~
Kepada Yth. Inspektur Kota Kupang
Perihal: Pengaduan dugaan pungli
Saya [[name:{name:w1}]], pedagang sayur di {pasar:1}, melaporkan bahwa petugas UPTD Pasar bernama
  [[name:{first:m1}]] meminta {amt:1} per minggu di luar retribusi resmi. Saya siap memberi
  keterangan. HP [[phone:{hp:w1}]], email [[email:{email:w1}]].
Hormat saya, [[name:{name:w1}]]
~~~
SURAT PERDAMAIAN
Pada {date:1} telah terjadi kecelakaan antara sepeda motor [[plate:{plate:1}]] yang dikendarai
  [[name:{name:ym1}]] dan sepeda motor [[plate:{plate:2}]] yang dikendarai [[name:{name:m1}]]
  di {street:1}. Kedua pihak sepakat berdamai; pihak kedua mengganti biaya perawatan {amt:1}.
~~~
Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Saya [[name:{name:m1}]], peserta JKN nomor [[bpjs:{bpjs:m1}]], mohon pengalihan faskes dari
  Puskesmas {pkm:1} ke klinik dekat rumah kami di [[address:{addr:1}]]. Anggota keluarga:
  [[name:{name:w1}]] ([[bpjs:{bpjs:w1}]]) dan [[name:{name:cm1}]] ([[bpjs:{bpjs:cm1}]]).
~~~
BERITA ACARA KLARIFIKASI
Telah hadir [[name:{name:m1}]], pemilik usaha perorangan bengkel las, NPWP pribadi
  [[npwp:{npwp:m1}]], untuk klarifikasi tunggakan pajak reklame. Yang bersangkutan menyatakan
  akan melunasi paling lambat {date:1}.
NIP petugas pemeriksa: {nip:1}
~~~
SURAT PERNYATAAN
Saya [[name:{name:w1}]], pemilik kios di depan rumah saya, [[address:{addr:1}]], bersedia
  membongkar tenda
  yang menutup trotoar {street:1} paling lambat {date:1}.
Kupang, {date:2}
Yang menyatakan, [[name:{name:w1}]]
Saksi: [[name:{name:m1}]] (Ketua RT)
~~~
Perihal: Permohonan bantuan kursi roda
Dengan hormat, kami mohon bantuan kursi roda untuk anak kami [[name:{name:cw1}]] (NIK
  [[nik:{nik:cw1}]]), penyandang disabilitas. Kami tinggal di [[address:{addrrt:1}]]. No. KK
  [[kk:{kk:m1}]].
Hormat kami, [[name:{name:m1}]] dan [[name:{name:w1}]]
~~~
DAFTAR HADIR SOSIALISASI SP4N-LAPOR!
No | Nama | RT/RW | Tanda tangan
1 | [[name:{name:m1}]] | [[address:{rtrw:1}]] | ttd
2 | [[name:{name:w1}]] | [[address:{rtrw:2}]] | ttd
3 | [[name:{name:yw1}]] | [[address:{rtrw:3}]] | ttd
4 | [[name:{name:om1}]] | [[address:{rtrw:4}]] | ttd
~~~
NOTA DINAS
Kepada: Kepala Dinas Sosial
Dari: Kepala Bidang Rehabilitasi Sosial
Perihal: Lansia terlantar
Di [[address:{addr:1}]] ditemukan lansia bernama [[name:{name:ow1}]] (NIK [[nik:{nik:ow1}]])
  tinggal sendirian. Keluarga terdekat [[name:{name:w1}]], HP [[phone:{hp:w1}]].
~~~
Kepada Yth. Kepala Dinas Perhubungan
Saya [[name:{name:m1}]], sopir angkot jalur 10, nomor polisi [[plate:{plate:1}]], mohon
  penjelasan atas penahanan kendaraan saya di terminal Oebobo tanggal {date:1}. KTP saya
  [[nik:{nik:m1}]]. Alamat [[address:{addr:1}]].
~~~
PEMERINTAH KOTA KUPANG
KECAMATAN {kec:1}
KELURAHAN {kel:1}
Nomor: {surat:1}
Perihal: Undangan Musrenbang
Mengundang Bapak/Ibu Ketua RT/RW se-Kelurahan {kel:1} untuk hadir pada {date:1} jam {time:1}.
~~~
SURAT EDARAN
Nomor: {surat:1}
Tentang: Jam pelayanan selama bulan Desember
Pelayanan di kantor kelurahan Senin-Jumat 08.00-14.00. Layanan darurat hubungi {otel:1}.
Kupang, {date:1}
Lurah {kel:1}
~~~
BERITA ACARA SERAH TERIMA BARANG
Nomor: {surat:1}
Barang: 20 tandon air 1.000 liter
Dari: Dinas Perumahan Rakyat
Kepada: Kelurahan {kel:1}
Untuk warga RT 01 sampai RT 12. Nilai {amt:1}.
~~~
Hormat kami,
Pengurus Koperasi Simpan Pinjam Tunas Harapan
Jl. Kenari No. 2, Kupang
Telp. {otel:1}
NPWP {bnpwp:1}
~~~
UNDANGAN
Kepada Yth. Bapak/Ibu warga RT 11 RW 04
Mohon hadir dalam rapat pembentukan panitia Natal pada {date:1} jam {time:1} di Sekretariat RT.
Ketua RT 11
~~~
KODE ETIK PETUGAS PENGADUAN
1. Data pengaduan tidak boleh disebarluaskan ke publik.
2. Data pelapor tidak digunakan untuk kepentingan pribadi.
3. Pengaduan ditindaklanjuti paling lama 5 hari kerja sesuai SOP.
Ditetapkan di Kupang, {date:1}
Nomor: {surat:1}
~~~
LAPORAN HASIL PEMERIKSAAN
Nomor: {surat:1}
Objek: Pekerjaan drainase {street:1}
Temuan: volume pekerjaan kurang {num:1} meter, nilai {amt:1}. Rekanan CV Timor Jaya, NPWP
  {bnpwp:1}, wajib mengembalikan kelebihan bayar ke Kas Daerah.
~~~
PENGUMUMAN
Penerimaan pegawai PPPK Kota Kupang. Pendaftaran online melalui portal resmi. Informasi: BKPSDM
  {otel:1}. Panitia tidak memungut biaya apa pun.
~~~
Kepada Yth. Kepala SMAN 3 Kupang
Dengan hormat, Komite Sekolah menyampaikan laporan penggunaan dana komite semester I sebesar
  {amt:1}. Rekening komite Bank NTT {brek:ntt1}.
Ketua Komite
~~~
SURAT PERMOHONAN PINDAH SEKOLAH
Yang bertanda tangan di bawah ini, [[name:{name:m1}]], orang tua dari [[name:{name:cw1}]], NISN
  {nisn:1}, mohon pindah dari {sch:1} karena kami pindah tempat tinggal ke
  [[address:{addrrt:1}]]. HP [[phone:{hp:m1}]], email [[email:{email:m1}]].
~~~
BERITA ACARA PENGEMBALIAN BARANG TEMUAN
Pada {date:1} telah dikembalikan dompet berisi KTP a.n. [[name:{name:w1}]] (NIK
  [[nik:{nik:w1}]]) dan kartu BPJS [[bpjs:{bpjs:w1}]] kepada pemiliknya. Penemu:
  [[name:{name:ym1}]].
"""

OCR_SCAN = r"""
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{niko:m1}]]
Nama : [[name:{name^:m1}]]
Tempat/Tgl Lahir : {ttl:m1}
Jenis kelamin : {jk:m1}
Alamat : [[address:{addr^:1}]]
[[address:RT/RW : {rtktp:1}]]
Kel/Desa : {kel^:1}
Agama : {agama:m1}
Pekerjaan : {kerja:m1}
~~~
KARTU KELUARGA
No. [[kk:{kk:m1}]]
Nama Kepala Keluarga : [[name:{name^:m1}]]
Alamat : [[address:{addr^:1}]]
No | Nama Lengkap | NIK | Jenis Kelamin | Status
1 | [[name:{name^:m1}]] | [[nik:{nik:m1}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[name:{name^:w1}]] | [[nik:{nik:w1}]] | PEREMPUAN | ISTRI
3 | [[name:{name^:cm1}]] | [[nik:{nik:cm1}]] | LAKI-LAKI | ANAK
~~~
KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{bpjso:w1}]]
Nama : [[name:{name^:w1}]]
NIK : [[nik:{nik:w1}]]
Tgl. Lahir : {tgl:w1}
Faskes Tingkat I : PUSKESMAS {pkm^:1}
~~~
BUKU TABUNGAN SIMPEDA
BANK NTT
NO. REKENING [[bank_account:{rek:ntt1}]]
NAMA [[name:{name^:m1}]]
ALAMAT [[address:{addrrt^:1}]]
KUPANG
~~~
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NO. REGISTRASI [[plate:{plate:1}]]
NAMA PEMILIK [[name:{name^:m1}]]
ALAMAT [[address:{addrrt^:1}]] {kel^:1}
MERK/TYPE HONDA / VARIO 125
NO. RANGKA MH1JM{nisn:1}
~~~
KARTU NPWP
NPWP : [[npwp:{npwpo:w1}]]
[[name:{name^:w1}]]
NIK : [[nik:{nik:w1}]]
KPP PRATAMA KUPANG
~~~
FORMULIR PENDAFTARAN PBI JK
N a m a : [[name:{name^:ow1}]]
N I K : [[nik:{nik:ow1}]]
No. KK : [[kk:{kko:ow1}]]
No. HP : [[phone:{hpo:w1}]] (anak: [[name:{first^:w1}]])
Alamat : [[address:{addr^:1}]]
~~~
NIK[[nik:{nik:w1}]]Nama[[name:{name^:w1}]]Alamat[[address:{addr^:1}]]Status
  KawinKAWINPekerjaan{kerja:w1}
~~~
BUKTI TRANSFER
Tanggal : {date:1}
Dari Rek : [[bank_account:{rek:1}]]
Nama Pengirim : [[name:{name^:m1}]]
Ke Rek : {brek:2}
NAMA TUJUAN KOPERASI KREDIT SEHATI
Jumlah : {amt:1}
No. Ref : {trx:1}
~~~
KUTIPAN AKTA KEMATIAN
Nomor: 5371-KM-{nisn:1}
Telah meninggal dunia [[name:{name^:om1}]]
NIK [[nik:{nik:om1}]]
pada tanggal {date:1} di {rs^:1}
Pelapor: [[name:{name^:m1}]]
~~~
KARTU BEROBAT
{rs^:1}
No. RM : {rm:1}
Nama : [[name:{name^:xw1}]]
Tgl Lahir : {tgl:xw1}
No. JKN : [[bpjs:{bpjs:xw1}]]
Alamat : [[address:{addrrt^:1}]]
HP : [[phone:{hp:xw1}]]
~~~
Kepada Yth Bapak Lurah
sy [[name:{name_:m1}]] mau lapor rumah sy
di [[address:{rtrw_:1}]] kena banjir
kemarin. kasur dan lemari rusak.
Hp [[phone:{hpo:m1}]]
~~~
FORMULIR AKTA KELAHIRAN
Nama Anak : [[name:{name^:cw1}]]
Nama Ayah : [[name:{name^:m1}]]
NIK Ayah : [[nik:{nik:m1}]]
Nama Ibu : [[name:{name^:w1}]]
NIK Ibu : [[nik:{nik:w1}]]
No. KK : [[kk:{kk:m1}]]
~~~
REKENING LISTRIK PLN
ID PEL : {idpel:1}
NAMA : [[name:{name^:m1}]]
ALAMAT : [[address:{addr^:1}]]
TARIF/DAYA : R1/900 VA
TAGIHAN : {amt:1}
~~~
SURAT TILANG
No. {surat:1}
Nama Pelanggar : [[name:{name^:ym1}]]
No. SIM : {nisn:1}
No. Kendaraan : [[plate:{plate:1}]]
Pasal : 281
~~~
FORMULIR VERIFIKASI UMKM
1. Nama Pelaku Usaha : [[name:{name^:w1}]]
2. NIK : [[nik:{nik:w1}]]
3. NPWP : [[npwp:{npwp:w1}]]
4. Nama Usaha : KIOS {first^:w2} JAYA
5. Alamat Usaha : [[address:{addr^:1}]] (RUMAH SENDIRI)
6. No. HP : [[phone:{hp:w1}]]
~~~
PDAM TIRTA LONTAR KOTA KUPANG
BUKTI PEMBAYARAN
No. Sambungan : {nosamb:1}
Periode : {date:1}
Jumlah : {amt:1}
Loket : {pasar:1}
~~~
T0KO SINAR ABADI
{street^:1} NO. 45 KUPANG
TELP/WA {owa:1}
NPWP : {bnpwp:1}
SEMEN 40 KG 2 X {amt:1}
TERIMA KASIH
~~~
KARCIS PARKIR
DINAS PERHUBUNGAN KOTA KUPANG
No. Seri {nisn:1}
Tarif {amt:1}
Berlaku 1 x parkir
~~~
SURAT KETETAPAN RETRIBUSI DAERAH
Nomor : {surat:1}
Kode Billing : {billing:1}
Jumlah : {amt:1}
Jatuh tempo : {date:1}
~~~
SPANDUK KELURAHAN {kel^:1}
GERAKAN JUMAT BERSIH
HUB. PETUGAS : {owa:1}
~~~
APOTEK KASIH IBU
{street^:1} NO. 12
NPWP {bnpwp:1}
Paracetamol 10 tab {amt:1}
~~~
LEMBAR DISPOSISI
No. Agenda : {num:1}
Surat dari : Dinas PUPR Kota Kupang
Nomor : {surat:1}
Diteruskan kepada : Sekretaris
~~~
SPPT PBB {thn:1}
NOP : {nop:1}
Letak Objek : {street^:1}
Jumlah PBB terutang : {amt:1}
Jatuh tempo : {date:1}
~~~
STRUK TOKEN LISTRIK
No. Meter : {meter:1}
ID PEL : {idpel:1}
Token : {token:1}
Rp Bayar : {amt:1}
~~~
SURAT KETERANGAN TIDAK MAMPU
Nama : [[name:{name^:ow1}]]
NIK : [[nik:{nikg:ow1}]]
Alamat : [[address:{addrrt^:1}]]
Keperluan : berobat di {rs^:1}
No. JKN : [[bpjs:{bpjsg:ow1}]]
"""

REGISTER = r"""
DAFTAR PENERIMA BANTUAN BEDAH RUMAH KELURAHAN {kel^:1}
No,Nama,NIK,RT/RW,No HP
1,[[name:{name^:m1}]],[[nik:{nik:m1}]],[[address:{rtktp:1}]],[[phone:{hpp:m1}]]
2,[[name:{name^:w1}]],[[nik:{nik:w1}]],[[address:{rtktp:2}]],[[phone:{hpp:w1}]]
3,[[name:{name^:om1}]],[[nik:{nik:om1}]],[[address:{rtktp:3}]],[[phone:{hpp:om1}]]
~~~
Daftar lansia penerima makanan tambahan
1. [[name:{name:ow1}]] (78)
2. [[name:{name:om1}]] (81)
3. [[name:{name:ow2}]] (74)
4. [[name:{name:om2}]] (69)
Petugas: [[name:{name:w1}]]
~~~
Nama;NIK;No. KK;No. Kartu KIS
[[name:{name:w1}]];[[nik:{nik:w1}]];[[kk:{kk:w1}]];[[bpjs:{bpjs:w1}]]
[[name:{name:m1}]];[[nik:{nik:m1}]];[[kk:{kk:m1}]];[[bpjs:{bpjs:m1}]]
[[name:{name:ow1}]];[[nik:{nik:ow1}]];[[kk:{kk:ow1}]];[[bpjs:{bpjs:ow1}]]
~~~
REKAP NPWP GURU HONOR {sch^:1} (diminta bendahara)
[[name:{name:w1}]] — [[npwp:{npwp:w1}]]
[[name:{name:m1}]] — [[npwp:{npwp16:m1}]]
[[name:{name:w2}]] — [[npwp:{npwp:w2}]]
[[name:{name:yw1}]] — [[npwp:{npwp:yw1}]]
~~~
Data razia kendaraan Dishub {date:1}, {street:1}
No | Nopol | Pengemudi | Pelanggaran
1 | [[plate:{plate:1}]] | [[name:{name:m1}]] | tanpa KIR
2 | [[plate:{plate:2}]] | [[name:{name:ym1}]] | tanpa SIM
3 | [[plate:{plate:3}]] | [[name:{name:m2}]] | muatan lebih
~~~
Honor kader posyandu bulan {date:1}
Nama | Bank | No. Rekening
[[name:{name:w1}]] | {bank:1} | [[bank_account:{rek:1}]]
[[name:{name:w2}]] | {bank:2} | [[bank_account:{rek:2}]]
[[name:{name:w3}]] | {bank:3} | [[bank_account:{rek:3}]]
~~~
DAFTAR NIK TIDAK PADAN - PBI JK
1 [[name:{name^:m1}]] [[nik:{niko:m1}]]
2 [[name:{name^:w1}]] [[nik:{nik:w1}]]
3 [[name:{name^:xm1}]] [[nik:{nik:xm1}]]
Mohon segera perbaiki di Dukcapil.
~~~
Anggota pangkalan ojek depan {pasar:1}
No	Nama	HP	Nopol
1	[[name:{name:m1}]]	[[phone:{hp:m1}]]	[[plate:{plate:1}]]
2	[[name:{name:ym1}]]	[[phone:{hp:ym1}]]	[[plate:{plate:2}]]
3	[[name:{name:m2}]]	[[phone:{hp:m2}]]	[[plate:{plate:3}]]
~~~
Email orang tua murid kelas VII-B
[[name:{name:w1}]] - [[email:{email:w1}]]
[[name:{name:m1}]] - [[email:{email:m1}]]
[[name:{name:w2}]] - [[email:{email:w2}]]
~~~
Register penipuan Polsek {kec:1}
Nomor Pelaku | Nama Pelaku | Rekening
{scam:1} | tidak diketahui | -
[[phone:{hp:m1}]] | [[name:{name:m1}]] | BRI [[bank_account:{rek:bri1}]]
{scam:2} | tidak diketahui | -
~~~
PEMOHON SKTM {date:1}
No. Nama Pemohon NIK Alamat
1. [[name:{name:w1}]] [[nik:{nik:w1}]] [[address:{addrrt:1}]]
2. [[name:{name:m1}]] [[nik:{nik:m1}]] [[address:{addrrt:2}]]
~~~
Anggota baru PBI JK kelurahan {kel:1}
1. [[name:{name:ow1}]] - [[bpjs:{bpjs:ow1}]]
2. [[name:{name:cm1}]] - [[bpjs:{bpjs:cm1}]]
3. [[name:{name:w1}]] - [[bpjs:{bpjs:w1}]]
~~~
Penerima bantuan perbaikan rumah
[[address:{rt:3}]]: [[name:{name:m1}]]
[[address:{rt:1}]]: [[name:{name:w1}]]
[[address:{rt:2}]]: [[name:{name:om1}]]
~~~
Daftar iuran duka jemaat
[[name:{name:m1}]] - {amt:1}
[[name:{name:w1}]] - {amt:2}
[[name:{name:m2}]] - {amt:3}
Rekening panitia a.n. [[name:{name:w2}]] Bank NTT [[bank_account:{rek:ntt1}]]
~~~
Pelaku usaha perorangan pengaju KUR
Nama | NPWP | HP
[[name:{name:w1}]] | [[npwp:{npwp:w1}]] | [[phone:{hp:w1}]]
[[name:{name:m1}]] | [[npwp:{npwp:m1}]] | [[phone:{hp:m1}]]
CV Lontar Jaya | {bnpwp:1} | {owa:1}
~~~
No KK [[kk:{kk:m1}]]
[[name:{name^:m1}]] [[nik:{nik:m1}]] KEPALA KELUARGA
[[name:{name^:w1}]] [[nik:{nik:w1}]] ISTRI
[[name:{name^:cw1}]] [[nik:{nik:cw1}]] ANAK
~~~
Direktori Instansi
Instansi;Alamat;Telepon
Dinas Dukcapil;{street:1} No. 52;{otel:1}
Dinas Sosial;{street:2} No. 7;{otel:2}
Bapenda;Jl. Soeharto No. 80;{otel:3}
~~~
Jadwal fogging Puskesmas {pkm:1}
Senin RT 01-RT 04
Rabu RT 05-RT 09
Jumat RT 10-RT 14
Kontak: {otel:1}
~~~
Jumlah KK per RT Kelurahan {kel:1}
RT 01: 34 KK
RT 02: 41 KK
RT 03: 29 KK
RT 04: 38 KK
~~~
Tarif retribusi {pasar:1}
Los daging | {amt:1}/hari
Lapak sayur | {amt:2}/hari
Parkir motor | Rp 2.000
~~~
Register usaha kelurahan
Nama Usaha | Alamat Usaha | NIB
Bengkel Maju Motor | {street:1} No. 14 | {nib:1}
Toko Sinar Abadi | {street:2} No. 45 | {nib:2}
Warung Kopi Sasando | Jl. Jambu No. 86 | {nib:3}
~~~
Rekening BOS sekolah
Sekolah;NPSN;Rekening
SD Inpres Oepura 2;{npsn:1};{brek:ntt1}
SMPN 5 Kupang;{npsn:2};{brek:ntt2}
~~~
Kontak posyandu Kelurahan {kel:1}
Lokasi | Hari | Kontak
Posyandu Bunga Bakung | Selasa | {owa:1}
Posyandu Kasih Ibu | Kamis | {owa:2}
~~~
PENGUMUMAN RT 02 / RW 05
Iuran sampah dan keamanan bulan ini {amt:1}. Dibayar ke bendahara RT paling lambat {date:1}.
~~~
Jumlah laporan per kanal - Oktober
SMS 1708: {num:1}
WA {owa:1}: {num:2} laporan
Telepon {otel:1}: {num:3} laporan
Website: {num:4}
~~~
Nomor penipu yang dilaporkan warga
Nomor Penipu | Mengaku Sebagai
{scam:1} | admin PKH
{scam:2} | petugas PLN
{scam:3} | kurir J&T
"""

MALAY = r"""
Bapa, beta [[name:{name:m1}]] dari [[address:{rtrw:1}]] {kel:1}. Air PDAM su satu minggu sonde
  jalan. Katong beli air tangki {amt:1}. Tolong lia dolo. Beta pung nomor [[phone:{hp:m1}]]
~~~
Ibu, beta pung mama [[name:{name:ow1}]] pung nama sonde ada di daftar BLT lai. Padahal tahun lalu
  dapat. Mama pung NIK [[nik:{nik:ow1}]]. Tolong bantu cek ee
~~~
Ada satu orang, dong panggil dia [[name:{nick:m2}]] sa, nama asli [[name:{name:m2}]], bawa lari
  uang arisan mama-mama di [[address:{rtrw:1}]]. Beta [[name:{first:w1}]], bendahara arisan.
~~~
Beta su kasi uang {amt:1} ke [[name:{name:m2}]], katanya bisa urus anak beta
  [[name:{first:ym1}]] masuk honorer. Sampe sekarang sonde ada kabar. Dia pung nomor
  [[phone:{hp:m2}]]
~~~
Katong pung ana bayi [[name:{first:cw1}]] belum masuk di KK. KK nomor [[kk:{kk:m1}]]. Beta ke
  kelurahan dong bilang tunggu blanko. Beta [[name:{name:m1}]]
~~~
Bendahara sekolah minta NPWP semua guru honor. Ini punya beta [[npwp:{npwp16:w1}]], NIK deng
  NPWP sama to? Beta [[name:{name:w1}]], guru di {sch:1}
~~~
Kaka, oto [[plate:{plate:1}]] tu tiap malam parkir di depan beta pung rumah di [[address:{addr:1}]],
  tutup jalan. Yang punya [[name:{name:m2}]], sonde mau dengar.
~~~
Beta pung motor hilang di depan kos, [[address:{addr:1}]]. Plat [[plate:{plate:1}]]. Su lapor
  polsek. Beta [[name:{first:ym1}]], HP [[phone:{hp:ym1}]]
~~~
Om [[name:{first:m2}]] pung anjing gigit beta pung ana [[name:{first:cm1}]], dong sonde mau
  tanggung.
  Beta tinggal di [[address:{rtrw:1}]]. Tolong bapa lurah.
~~~
Beta mau tanya, rekening bantuan PIP ana beta su buka di BRI [[bank_account:{rek:bri1}]] a.n.
  [[name:{name:cw1}]], ma uang sonde masuk-masuk. Beta [[name:{name:w1}]]
~~~
Tanah pusaka keluarga [[name:{family:m1}]] di Fatukoa dong baku serobot deng orang dari luar.
  Beta [[name:{name:m1}]], beta pung HP [[phone:{hp:m1}]]
~~~
Mama [[name:{first:ow1}]] sakit, kartu KIS dia [[bpjs:{bpjs:ow1}]] dong bilang sonde aktif. Beta su
  bawa ke {rs:1}, dong suru bayar umum.
~~~
Ada nomor {scam:1} WA beta, ngaku dari Dinas Sosial, suru kirim KK pung foto. Beta pung nomor
  sendiri
  [[phone:{hp:w1}]]. Itu tipu-tipu to? Beta [[name:{first:w1}]]
~~~
Beta pung email [[email:{email:ym1}]], beta su daftar kartu kuning di web ma sonde dapa balasan.
  Beta [[name:{name:ym1}]], NIK [[nik:{nik:ym1}]]
~~~
Rumah [[name:{name:om1}]] di [[address:{addrrt:1}]] su rubuh kena angin. Opa tinggal sendiri. Tolong
  bosong dari Dinsos datang lia.
~~~
Beta mau bayar pajak motor [[plate:{plate:1}]], ma di Samsat dong bilang nama di STNK masih
  [[name:{name:m2}]], pemilik lama. Beta [[name:{name:m1}]]
~~~
Lampu jalan di {street:1} dekat {sch:1} su mati dua minggu. Malam gelap, anak-anak takut pulang
  les. Tolong PLN deng Dishub.
~~~
Di {pasar:1} sampah su tatumpuk sampe jalan. Bau busuk, lalat banyak. Sonde ada petugas angkut.
  Katong pedagang su bayar retribusi tiap hari.
~~~
Nomor {scam:1} telpon beta, bilang dia dari Bapenda, suru transfer {amt:1} biar pajak lunas. Itu
  tipu-tipu. Bosong kasi tau orang banyak.
~~~
Jalan masuk ke {kel:1} rusak parah, oto sonde bisa lewat. Su lapor ke kelurahan ma sonde ada yang
  datang. Tolong PUPR lia.
~~~
Puskesmas {pkm:1} pung nomor antrian {antri:1}, beta tunggu dari jam {time:1} sampe siang. Dokter
  sonde ada. Bosong perbaiki ko.
~~~
Dukcapil pung nomor WA {owa:1} sonde pernah balas. Beta mau urus akta. Bosong pung nomor lain
  ada ko?
~~~
Tagihan PLN naik terus. ID pelanggan {idpel:1}. Pemakaian biasa sa, ma tagihan {amt:1}. Sonde
  masuk akal.
~~~
Sekolah {sch:1} minta uang bangku {amt:1} per anak. Katong orang susah, dari mana? Tolong Dinas
  Pendidikan lia.
~~~
Air di {kel:1} sonde jalan. Info dari PDAM, pipa bocor di {street:1}. Nomor pengaduan PDAM
  {otel:1} sibuk terus.
~~~
Beta dapa SMS dari {scam:1}, katanya beta menang undian motor. Suru telpon {scam:2} untuk klaim.
  Itu tipu-tipu to?
"""

TEMPLATES = [
    ("sms_1708", SMS),
    ("wa_chat", WA),
    ("lapor_form", LAPOR),
    ("email_thread", EMAIL),
    ("call_note", CALL),
    ("social_post", SOCIAL),
    ("letter_minutes", LETTER),
    ("ocr_scan", OCR_SCAN),
    ("register_notice", REGISTER),
    ("kupang_malay", MALAY),
]


if __name__ == "__main__":
    main()
