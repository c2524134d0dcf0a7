"""Write the fifteenth blind redaction corpus, ``redaction_blind_v15.jsonl``.

Every text comes from a hand-written template with its labels inline, filled three times; every
value is drawn from ``random.Random(20270115)``, so two runs write the same file byte for byte.
``README-redaction-v15.md`` describes the template language and the checks.

Run: ``.venv/bin/python tests/data/blind/make_redaction_blind_v15.py``
"""
# ruff: noqa: E501, T201, PLR0911, PLR0912

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

SEED = 20270115
FILLS = 3
OUT = Path(__file__).with_name("redaction_blind_v15.jsonl")
KINDS = ("nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address")

# ---------------------------------------------------------------------------------------------
# Invented people and places
# ---------------------------------------------------------------------------------------------

MEN = (
    "Yohanes",
    "Markus",
    "Yakob",
    "Melkianus",
    "Frans",
    "Dominggus",
    "Aloysius",
    "Paulus",
    "Petrus",
    "Simon",
    "Stefanus",
    "Yosef",
    "Agustinus",
    "Marthen",
    "Ebed",
    "Imanuel",
    "Daniel",
    "Yermias",
    "Nikodemus",
    "Ferdinand",
    "Gabriel",
    "Benyamin",
    "Isak",
    "Abraham",
    "Obed",
    "Hendrik",
    "Rudolf",
    "Adrianus",
    "Silvester",
    "Ambrosius",
    "Yulius",
    "Aser",
    "Piter",
    "Kornelis",
    "Arnoldus",
    "Lukas",
    "Matheus",
    "Wellem",
    "Yunus",
    "Elias",
    "Septinus",
    "Novri",
    "Deni",
    "Rikardus",
    "Zakarias",
    "Viktor",
    "Oktovianus",
    "Hermanus",
    "Lambertus",
    "Eduardus",
    "Yoksan",
    "Soleman",
    "Habel",
    "Mesakh",
    "Roby",
    "Anderias",
    "Kristofel",
    "Gerson",
    "Tobias",
)
WOMEN = (
    "Maria",
    "Yuliana",
    "Agustina",
    "Sofia",
    "Margaretha",
    "Elisabeth",
    "Selfi",
    "Dorkas",
    "Erni",
    "Yanti",
    "Vivi",
    "Anace",
    "Lodia",
    "Rosalina",
    "Ester",
    "Debora",
    "Mariana",
    "Yustina",
    "Fransiska",
    "Priska",
    "Novita",
    "Santi",
    "Mince",
    "Orpa",
    "Naomi",
    "Yosina",
    "Ferderika",
    "Adriana",
    "Martha",
    "Welmince",
    "Hana",
    "Sarlota",
    "Magdalena",
    "Veronika",
    "Theresia",
    "Kristina",
    "Lusia",
    "Apriani",
    "Yohana",
    "Marlin",
    "Oktovina",
    "Imelda",
    "Serlince",
    "Yakomina",
    "Regina",
    "Bernadeta",
    "Florida",
    "Wilhelmina",
    "Delfina",
    "Ansela",
    "Susana",
)
CHILD_BOYS = (
    "Jefri",
    "Ricky",
    "Kevin",
    "Gilbert",
    "Rio",
    "Jordan",
    "Alfred",
    "Ivan",
    "Reinhard",
    "Yosua",
    "Elkana",
    "Samuel",
)
CHILD_GIRLS = (
    "Gracia",
    "Novi",
    "Keyla",
    "Tiara",
    "Angel",
    "Jesika",
    "Cinta",
    "Marsya",
    "Febi",
    "Stefani",
    "Natalia",
    "Olivia",
)
MIDDLE_MEN = ("Paulus", "Kristian", "Fransiskus", "Yosef", "Albert", "Umbu", "Boy")
MIDDLE_WOMEN = ("Goreti", "Magdalena", "Imakulata", "Fatima", "Yuliana", "Aurelia")
FAMILIES = (
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
    "Kana",
    "Nahak",
    "Seran",
    "Bere",
    "Klau",
    "Lake",
    "Tnunay",
    "Boimau",
    "Selan",
    "Sabneno",
    "Tuames",
    "Banunaek",
    "Neonufa",
    "Laka",
    "Haba",
    "Dethan",
    "Kelen",
    "Lomi",
    "Pandie",
    "Adoe",
    "Bire",
    "Tukan",
    "Missa",
    "Bana",
    "Touselak",
    "Lakapu",
    "Nope",
    "Taneo",
    "Sinlae",
    "Baun",
    "Oematan",
    "Kolo",
    "Rohi",
    "Ledo",
    "Dju Dara",
    "Ga Lena",
    "Mone Ratu",
    "Wila Huky",
    "Ludji Pau",
    "Mbura",
    "Kapitan",
    "Sooai",
    "Messakh",
    "Foenay",
    "Saudale",
    "Bolla",
    "Djami",
    "Ndolu",
    "Pellokila",
    "Koroh",
    "Nubatonis",
    "Teffu",
    "Takoy",
    "Loasana",
    "Tunliu",
    "Laitabun",
    "Hurek",
    "Koten",
    "Openg",
    "Sanam",
    "Nitbani",
    "Tamelab",
    "Kedoh",
    "Radja Haba",
    "Ully",
    "Dillak",
    "Bulu",
    "Nalle",
    "Toelle",
)
JAVA = (
    ("Budi", "Santoso"),
    ("Siti", "Rahmawati"),
    ("Agus", "Wibowo"),
    ("Sri", "Wahyuni"),
    ("Eko", "Prasetyo"),
    ("Dwi", "Lestari"),
)
BUGIS = (
    ("Kaharuddin", "Daeng Ngalle"),
    ("Rosmiati", "Daeng Sikki"),
    ("Hamzah", "Daeng Matta"),
    ("Nurhayati", "Daeng Bau"),
)
BALI_M = ("I Made", "I Wayan", "I Ketut", "I Nyoman", "I Gede")
BALI_W = ("Ni Luh", "Ni Made", "Ni Kadek", "Ni Wayan", "Ni Ketut")
BALI_NAMES_M = ("Sukadana", "Artawan", "Mertayasa", "Darmayasa", "Wirawan")
BALI_NAMES_W = ("Suarni", "Widiasih", "Sudarti", "Sriasih", "Kartini")
CHINESE = (
    ("Liem", "Kian Hok"),
    ("Ong", "Mei Ling"),
    ("Go", "Siu Lan"),
    ("Tan", "Swie Kim"),
    ("Lie", "Tjong Hin"),
)
SUMBA_M = (("Umbu", "Tamu Ndima"), ("Umbu", "Manu Paranggi"), ("Umbu", "Rara Meha"))
SUMBA_W = (("Rambu", "Ana Ndakularak"), ("Rambu", "Tamar Hunga"), ("Rambu", "Kahi Lunggi"))

# Regency codes of NTT with a birthplace as a KTP writes it.
REGENCIES = (
    ("71", "KUPANG", 6, "KOTA KUPANG"),
    ("01", "KUPANG", 24, "KABUPATEN KUPANG"),
    ("02", "SOE", 32, "KABUPATEN TIMOR TENGAH SELATAN"),
    ("03", "KEFAMENANU", 24, "KABUPATEN TIMOR TENGAH UTARA"),
    ("04", "ATAMBUA", 24, "KABUPATEN BELU"),
    ("05", "KALABAHI", 17, "KABUPATEN ALOR"),
    ("06", "LARANTUKA", 19, "KABUPATEN FLORES TIMUR"),
    ("07", "MAUMERE", 21, "KABUPATEN SIKKA"),
    ("08", "ENDE", 21, "KABUPATEN ENDE"),
    ("11", "WAINGAPU", 22, "KABUPATEN SUMBA TIMUR"),
    ("13", "LEWOLEBA", 9, "KABUPATEN LEMBATA"),
    ("14", "BA'A", 10, "KABUPATEN ROTE NDAO"),
    ("20", "SEBA", 6, "KABUPATEN SABU RAIJUA"),
    ("21", "BETUN", 12, "KABUPATEN MALAKA"),
    ("17", "TAMBOLAKA", 11, "KABUPATEN SUMBA BARAT DAYA"),
)
KELURAHAN = (
    ("Alak", "Alak"),
    ("Namosain", "Alak"),
    ("Nunbaun Delha", "Alak"),
    ("Manulai II", "Alak"),
    ("Penkase Oeleta", "Alak"),
    ("Manutapen", "Alak"),
    ("Fatufeto", "Alak"),
    ("Nunhila", "Alak"),
    ("Maulafa", "Maulafa"),
    ("Oepura", "Maulafa"),
    ("Sikumana", "Maulafa"),
    ("Kolhua", "Maulafa"),
    ("Naimata", "Maulafa"),
    ("Belo", "Maulafa"),
    ("Fatukoa", "Maulafa"),
    ("Penfui", "Maulafa"),
    ("Oebobo", "Oebobo"),
    ("Oebufu", "Oebobo"),
    ("Fatululi", "Oebobo"),
    ("Kayu Putih", "Oebobo"),
    ("Liliba", "Oebobo"),
    ("Tuak Daun Merah", "Oebobo"),
    ("Oetete", "Oebobo"),
    ("Kuanino", "Kota Raja"),
    ("Naikoten I", "Kota Raja"),
    ("Naikoten II", "Kota Raja"),
    ("Bakunase", "Kota Raja"),
    ("Airnona", "Kota Raja"),
    ("Nunleu", "Kota Raja"),
    ("Oesapa", "Kelapa Lima"),
    ("Oesapa Barat", "Kelapa Lima"),
    ("Oesapa Selatan", "Kelapa Lima"),
    ("Lasiana", "Kelapa Lima"),
    ("Kelapa Lima", "Kelapa Lima"),
    ("Oeba", "Kota Lama"),
    ("Fatubesi", "Kota Lama"),
    ("Tode Kisar", "Kota Lama"),
    ("Pasir Panjang", "Kota Lama"),
    ("Solor", "Kota Lama"),
    ("Airmata", "Kota Lama"),
)
PUSKESMAS = (
    "Oebobo",
    "Bakunase",
    "Sikumana",
    "Pasir Panjang",
    "Alak",
    "Oesapa",
    "Kupang Kota",
    "Naioni",
    "Oepoi",
    "Manutapen",
    "Penfui",
)
HOME_STREETS = (
    "Nangka",
    "Kenari",
    "Sukun",
    "Kelapa",
    "Jambu",
    "Timor Raya",
    "Bakti",
    "Perintis Kemerdekaan",
    "Adisucipto",
    "Ikan Tongkol",
    "Bajawa",
    "Sumba",
    "Alor",
    "Flores",
    "Lontar",
    "Nuri",
    "Merpati",
    "Kakatua",
    "Kelinci",
    "Manggis",
    "Belimbing",
    "Cendana",
    "Kecapi",
    "Srikaya",
    "Salak",
    "Matani",
    "Oekam",
    "Fetor Funay",
    "Air Lobang",
    "Kurangi",
    "Sangkar Mas",
    "Bundaran PU",
    "Tuak Manis",
    "Oepoi",
    "Kamboja",
    "Melati",
    "Anggrek",
    "Kuantan",
    "Samratulangi III",
)
LANES = (
    "Kakatua",
    "Sepakat",
    "Damai Sejahtera",
    "Bersatu",
    "Kenari II",
    "Lontar 3",
    "Mawar",
    "Nusa Indah",
    "Fajar",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Soeharto",
    "Jl. Herewila",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Siliwangi",
    "Jl. Timor Raya",
    "Jl. Amabi",
    "Jl. R.A. Kartini",
    "Jl. Cak Doko",
    "Jl. Adi Sucipto",
    "Jl. Polisi Militer",
    "Jl. H.R. Koroh",
    "Jl. Thamrin",
    "Jl. Veteran",
    "Jl. Suprapto",
    "Jl. Alfons Nisnoni",
)
HOSPITALS = (
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS Siloam Kupang",
    "RS Leona",
    "RSIA Dedari",
    "RS Mamami",
    "RST Wirasakti",
)
SCHOOLS = (
    "SD Inpres Oepura 2",
    "SDN Bakunase 1",
    "SMPN 5 Kupang",
    "SMPN 2 Kupang",
    "SMAN 3 Kupang",
    "SMKN 4 Kupang",
    "SDK St. Yoseph Naikoten",
    "SMPK St. Theresia",
    "SD GMIT Kuanino",
    "SMAN 1 Kupang",
    "SMPN 11 Kupang",
    "SDI Liliba",
)
MARKETS = (
    "Pasar Oeba",
    "Pasar Kasih Naikoten",
    "Pasar Oebobo",
    "Pasar Kuanino",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Inpres Naikoten",
)
SHOPS = (
    "Toko Sinar Abadi",
    "Toko Bangunan Sumber Rejeki",
    "Apotek Kasih Ibu",
    "Kios Mama Ester",
    "UD Karya Lontar",
    "Toko Timor Jaya",
    "Depot Air Murni",
    "Bengkel Maju Motor",
    "Fotokopi Berkat Jaya",
    "Counter Pulsa Damai",
    "Salon Nona Manis",
    "Warung Makan Sasando",
)
CHURCHES = (
    "GMIT Koinonia",
    "GMIT Paulus",
    "GMIT Betlehem Oesapa",
    "Paroki St. Yoseph Pekerja",
    "Gereja Katedral Kristus Raja",
    "GMIT Imanuel Oepura",
    "Masjid Nurul Hidayah Airmata",
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
MOBILE_PREFIXES = (
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
    "0838",
    "0831",
)
FREE_HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
    "rocketmail.com",
)
PLATE_SUFFIX = (
    "A",
    "AB",
    "AK",
    "AN",
    "AD",
    "AE",
    "AF",
    "AH",
    "AJ",
    "AL",
    "AM",
    "AP",
    "AR",
    "AS",
    "AT",
    "AU",
    "AW",
    "AY",
    "B",
    "BA",
    "BD",
    "BE",
    "BF",
    "BK",
    "BM",
    "BR",
    "C",
    "CA",
    "CD",
    "CK",
    "KA",
    "KB",
    "KD",
    "PA",
    "Q",
)


REGENCY_WEIGHTS = [55, 14] + [3] * (len(REGENCIES) - 2)


class Person:
    """One invented person: every generator with the same key describes them."""

    def __init__(self, rng: random.Random, key: str, home: tuple[str, str, int, str]) -> None:
        if key.startswith(("w", "cw", "ow")):
            self.female = True
        elif key.startswith(("m", "cm", "om")):
            self.female = False
        else:
            self.female = rng.random() < 0.5
        self.child = key.startswith("c")
        roll = rng.random()
        if self.child:
            self.given = rng.choice(CHILD_GIRLS if self.female else CHILD_BOYS)
            self.family = rng.choice(FAMILIES)
            self.full = f"{self.given} {self.family}"
        elif roll < 0.05:
            self.given, self.family = rng.choice(
                [x for x in JAVA if (x[0] in {"Siti", "Sri", "Dwi"}) == self.female]
            )
            self.full = f"{self.given} {self.family}"
        elif roll < 0.09:
            self.given, self.family = rng.choice(
                [x for x in BUGIS if (x[0] in {"Rosmiati", "Nurhayati"}) == self.female]
            )
            self.full = f"{self.given} {self.family}"
        elif roll < 0.13:
            birth = rng.choice(BALI_W if self.female else BALI_M)
            self.family = rng.choice(BALI_NAMES_W if self.female else BALI_NAMES_M)
            self.given = birth.split()[1]
            self.full = f"{birth} {self.family}"
        elif roll < 0.16:
            self.family, self.given = rng.choice(
                [x for x in CHINESE if (x[1] in {"Mei Ling", "Siu Lan"}) == self.female]
            )
            self.full = f"{self.family} {self.given}"
        elif roll < 0.19:
            title, rest = rng.choice(SUMBA_W if self.female else SUMBA_M)
            self.given = rest.split()[0]
            self.family = rest.split()[1]
            self.full = f"{title} {rest}"
        else:
            self.given = rng.choice(WOMEN if self.female else MEN)
            self.family = rng.choice(FAMILIES)
            if rng.random() < 0.22:
                middle = rng.choice(MIDDLE_WOMEN if self.female else MIDDLE_MEN)
                self.full = f"{self.given} {middle} {self.family}"
            else:
                self.full = f"{self.given} {self.family}"
        if self.child:
            self.birth = date(2008, 1, 1) + timedelta(days=rng.randrange(0, 365 * 14))
        elif key.startswith("o"):
            self.birth = date(1938, 1, 1) + timedelta(days=rng.randrange(0, 365 * 24))
        else:
            self.birth = date(1952, 1, 1) + timedelta(days=rng.randrange(0, 365 * 50))
        # most people of one text (a household, a register's rows) share a regency
        self.reg = (
            home if rng.random() < 0.8 else rng.choices(REGENCIES, weights=REGENCY_WEIGHTS)[0]
        )
        self.dist = rng.randint(1, self.reg[2])
        day = self.birth.day + (40 if self.female else 0)
        serial = rng.randint(1, 260) if rng.random() < 0.8 else rng.randint(261, 2999)
        self.nik = f"53{self.reg[0]}{self.dist:02d}{day:02d}{self.birth.month:02d}{self.birth.year % 100:02d}{serial:04d}"
        prefix = rng.choice(MOBILE_PREFIXES)
        self.mobile = prefix + "".join(
            str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8, 8, 8)))
        )
        self.home = "0380 8" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        self.npwp = npwp_old(rng)
        self.bpjs = "000" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        self.mail_local = mail_local(rng, self.given, self.family, self.birth)
        self.host = rng.choice(FREE_HOSTS)

    def age(self) -> int:
        return 2026 - self.birth.year - (1 if (self.birth.month, self.birth.day) > (11, 15) else 0)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def npwp_old(rng: random.Random) -> str:
    return f"{rng.randint(1, 99):02d}.{digits(rng, 3)}.{digits(rng, 3)}.{rng.randint(0, 9)}-{rng.choice(('920', '921', '922'))}.000"


def ascii_word(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


def mail_local(rng: random.Random, given: str, family: str, birth: date) -> str:
    g, f = ascii_word(given), ascii_word(family)
    yy = f"{birth.year % 100:02d}"
    shape = rng.randrange(6)
    if shape == 0:
        return f"{g}.{f}{rng.randint(1, 99)}"
    if shape == 1:
        return f"{g}{f}{yy}"
    if shape == 2:
        return f"{f}_{g}"
    if shape == 3:
        return f"{g[0]}{f}{yy}"
    if shape == 4:
        return f"{g}.{f}"
    return f"{g}_{f}{rng.randint(10, 99)}"


def group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(number[i : i + size])
        i += size
    if i < len(number):
        out.append(number[i:])
    return sep.join(part for part in out if part)


def mobile_form(rng: random.Random, mobile: str) -> str:
    shape = rng.randrange(9)
    rest = mobile[1:]
    if shape <= 2:
        return mobile
    if shape == 3:
        return group(mobile, (4, 4), "-")
    if shape == 4:
        return group(mobile, (4, 4), " ")
    if shape == 5:
        return group(mobile, (4, 4), ".")
    if shape == 6:
        return "+62 " + group(rest, (3, 4), "-")
    if shape == 7:
        return "+62" + rest
    return "62" + rest


class Context:
    """The values drawn for one text: one value per generator and key."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.home = rng.choices(REGENCIES, weights=REGENCY_WEIGHTS)[0]
        self.people: dict[str, Person] = {}
        self.values: dict[tuple[str, str], str] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self.rng, key, self.home)
        return self.people[key]


def _kel(ctx: Context, key: str) -> tuple[str, str]:
    return ctx.rng.choice(KELURAHAN)


def make_value(ctx: Context, gen: str, key: str) -> str:
    rng = ctx.rng
    if gen in PERSON_GENS:
        return PERSON_GENS[gen](ctx.person(key), rng)
    if gen == "kel":
        return ctx.values.setdefault(("_kel", key), "|".join(_kel(ctx, key))).split("|")[0]
    if gen == "kec":
        return ctx.values.setdefault(("_kel", key), "|".join(_kel(ctx, key))).split("|")[1]
    return OTHER_GENS[gen](rng)


def _rt_pair(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 45), rng.randint(1, 15)


PERSON_GENS = {
    "name": lambda p, r: p.full,
    "given": lambda p, r: p.given,
    "fam": lambda p, r: p.family,
    "nik": lambda p, r: p.nik,
    "nikg": lambda p, r: group(p.nik, (4, 4, 4), " "),
    "nikd": lambda p, r: f"{p.nik[:2]}.{p.nik[2:4]}.{p.nik[4:6]}.{p.nik[6:12]}.{p.nik[12:]}",
    "nikocr": lambda p, r: p.nik.replace("0", "O", 2).replace("1", "l", 1),
    "npwp16": lambda p, r: p.nik,
    "npwp": lambda p, r: p.npwp,
    "bpjs": lambda p, r: p.bpjs,
    "bpjsg": lambda p, r: group(p.bpjs, (4, 4, 4), " "),
    "hp": lambda p, r: mobile_form(r, p.mobile),
    "hp0": lambda p, r: p.mobile,
    "hpd": lambda p, r: group(p.mobile, (4, 4), "-"),
    "hpi": lambda p, r: "+62 " + group(p.mobile[1:], (3, 4), "-"),
    "tel": lambda p, r: r.choice((p.home, "(0380) " + p.home[5:], "0380-" + p.home[5:])),
    "email": lambda p, r: f"{p.mail_local}@{p.host}",
    "mailu": lambda p, r: p.mail_local,
    "maildinas": lambda p, r: f"{ascii_word(p.given)}.{ascii_word(p.family)}@kupangkota.go.id",
    "umur": lambda p, r: str(p.age()),
    "tgllahir": lambda p, r: f"{p.birth.day:02d}-{p.birth.month:02d}-{p.birth.year}",
    "ttl": lambda p, r: f"{p.reg[1]}, {p.birth.day:02d}-{p.birth.month:02d}-{p.birth.year}",
    "jk": lambda p, r: "PEREMPUAN" if p.female else "LAKI-LAKI",
    "sapa": lambda p, r: "Ibu" if p.female else "Bapak",
    "sapak": lambda p, r: "Bu" if p.female else "Pak",
    "kin": lambda p, r: "Tanta" if p.female else "Om",
    "rekbri": lambda p, r: r.choice(
        (
            f"{digits(r, 4)}-01-{digits(r, 6)}-{digits(r, 2)}-{r.randint(0, 9)}",
            f"{digits(r, 4)}01{digits(r, 9)}",
        )
    ),
    "rekbni": lambda p, r: r.choice(("0", "1", "2")) + digits(r, 9),
    "rekntt": lambda p, r: (
        f"00{r.randint(1, 9)}.0{r.randint(1, 9)}.02.{digits(r, 6)}-{r.randint(0, 9)}"
    ),
    "rekmdr": lambda p, r: r.choice(("14", "15", "16")) + digits(r, 11),
    "rekbca": lambda p, r: r.choice(("03", "31", "78", "84")) + digits(r, 8),
    "rekbsi": lambda p, r: "7" + digits(r, 9),
    "kk": lambda p, r: (
        f"53{p.reg[0]}{p.dist:02d}{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(5, 25):02d}{r.randint(1, 400):04d}"
    ),
    "plate": lambda p, r: (
        f"{r.choice(('DH', 'DH', 'DH', 'EB', 'ED'))} {r.randint(1, 9999)} {r.choice(PLATE_SUFFIX)}"
    ),
    "addrrt": lambda p, r: "Jl. {} No. {}, RT {:03d}/RW {:03d}".format(
        r.choice(HOME_STREETS), r.randint(1, 140), *_rt_pair(r)
    ),
    "mailbelajar": lambda p, r: (
        f"{ascii_word(p.given)}.{ascii_word(p.family)}{r.randint(1, 99)}@guru.sd.belajar.id"
    ),
    "mailhost": lambda p, r: p.host,
    "nik17": lambda p, r: p.nik + str(r.randint(0, 9)),
    "nik15": lambda p, r: p.nik[:9] + p.nik[10:],
    "nikbreak": lambda p, r: p.nik[:5] + "\n" + p.nik[5:],
    "hpbreak": lambda p, r: (
        group(p.mobile, (4, 4), " ").replace(" ", "\n", 2).replace("\n", " ", 1)
    ),
    "hpocr": lambda p, r: group(p.mobile.replace("0", "O", 1).replace("8", "B", 1), (4, 4), "-"),
    "namesp": lambda p, r: _stray_space(p.full.upper()),
    "namedig": lambda p, r: _digit_for_letter(p.full.upper()),
    "kab": lambda p, r: p.reg[3],
    "addr": lambda p, r: (
        f"Jl. {r.choice(HOME_STREETS)} No. {r.randint(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
    ),
    "gang": lambda p, r: f"Gg. {r.choice(LANES)} No. {r.randint(1, 60)}",
    "rtrw": lambda p, r: "RT {:03d}/RW {:03d}".format(*_rt_pair(r)),
    "rtrw2": lambda p, r: "RT {} RW {:02d}".format(*_rt_pair(r)),
    "rtn": lambda p, r: f"RT {r.randint(1, 45):02d}",
    "rtktp": lambda p, r: "{:03d}/{:03d}".format(*_rt_pair(r)),
}


def _stray_space(full: str) -> str:
    words = full.split()
    for i in range(len(words) - 1, -1, -1):
        if len(words[i]) >= 4:
            words[i] = words[i][:2] + " " + words[i][2:]
            return " ".join(words)
    return full.replace(" ", "  ", 1)


def _digit_for_letter(full: str) -> str:
    head, _, last = full.rpartition(" ")
    for letter, digit in (("S", "5"), ("O", "0"), ("I", "1"), ("B", "8")):
        if letter in last:
            return f"{head} {last.replace(letter, digit, 1)}".strip()
    return _stray_space(full)


def _office_mobile(r: random.Random) -> str:
    return group(
        r.choice(("0811", "0812", "0813", "0852", "0853")) + digits(r, 8),
        (4, 4),
        r.choice(("-", "", " ")),
    )


def _date(r: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=r.randrange(0, 330))


def _long_date(r: random.Random) -> str:
    day = _date(r)
    return f"{day.day} {MONTHS[day.month - 1]} 2026"


def _office_line(r: random.Random) -> str:
    number = r.choice(("82", "83", "84", "85", "86", "87", "88")) + digits(r, 4)
    return r.choice(("(0380) ", "0380-", "0380 ")) + r.choice(
        (number, number[:3] + " " + number[3:])
    )


OTHER_GENS = {
    "kantel": _office_line,
    "kanhp": _office_mobile,
    "scam": lambda r: mobile_form(r, r.choice(MOBILE_PREFIXES) + digits(r, r.choice((7, 8)))),
    "tiket": lambda r: r.choice(
        (
            f"LPR-2026-{digits(r, 4)}-{digits(r, 4)}",
            f"#{digits(r, 4)}-{digits(r, 4)}-{digits(r, 3)}",
            f"LAPOR-5371-2026-{digits(r, 5)}",
            f"KPG/{digits(r, 3)}/XI/2026",
        )
    ),
    "va": lambda r: "8808 " + group(digits(r, 12), (4, 4), " "),
    "billing": lambda r: "8202" + digits(r, 11),
    "idpel": lambda r: "5312" + digits(r, 8),
    "samb": lambda r: f"0{r.randint(1, 9)}-{r.randint(1, 20):02d}-{digits(r, 6)}",
    "nop": lambda r: (
        f"53.71.0{r.randint(10, 60)}.00{r.randint(1, 9)}.0{digits(r, 2)}-{digits(r, 4)}.0"
    ),
    "nip": lambda r: (
        f"19{r.randint(65, 95)}{r.randint(1, 12):02d}{r.randint(1, 28):02d} 20{r.randint(5, 20):02d}0{r.randint(1, 4)} {r.randint(1, 2)} 00{r.randint(1, 9)}"
    ),
    "surat": lambda r: (
        f"{r.choice(('400', '470', '500', '700', '800', '005'))}/{r.randint(10, 999)}/{r.choice(('DKPS', 'KEL', 'PUPR', 'DISDUK', 'INSP', 'SET'))}/{r.choice(('X', 'XI', 'IX'))}/2026"
    ),
    "rp": lambda r: (
        "Rp "
        + f"{r.choice((20, 25, 30, 35, 40, 50, 60, 75, 100, 125, 150, 175, 200, 250, 300, 350, 400, 450, 500, 600, 750)) * 1000:,}".replace(
            ",", "."
        )
    ),
    "rpb": lambda r: "Rp " + f"{r.randint(2, 190) * 50000:,}".replace(",", "."),
    "tgl": lambda r: _date(r).strftime("%d/%m/%Y"),
    "tglp": _long_date,
    "jam": lambda r: (
        f"{r.randint(7, 21):02d}.{r.choice(('00', '05', '10', '15', '20', '30', '40', '45', '50'))}"
    ),
    "npwpb": npwp_old,
    "rekb": lambda r: r.choice(
        (
            f"00{r.randint(1, 9)}.0{r.randint(1, 9)}.02.{digits(r, 6)}-{r.randint(0, 9)}",
            "0" + digits(r, 9),
            "14" + digits(r, 11),
        )
    ),
    "nisn": lambda r: "0" + digits(r, 9),
    "token": lambda r: group(digits(r, 20), (4, 4, 4, 4), "-"),
    "pkm": lambda r: r.choice(PUSKESMAS),
    "sekolah": lambda r: r.choice(SCHOOLS),
    "pasar": lambda r: r.choice(MARKETS),
    "toko": lambda r: r.choice(SHOPS),
    "jalan": lambda r: r.choice(PUBLIC_STREETS),
    "rs": lambda r: r.choice(HOSPITALS),
    "gereja": lambda r: r.choice(CHURCHES),
    "n": lambda r: str(r.randint(2, 40)),
    "nk": lambda r: str(r.randint(2, 9)),
    "no": lambda r: str(r.randint(1, 150)),
    "rtx": lambda r: f"{r.randint(1, 45):02d}",
    "rwx": lambda r: f"{r.randint(1, 15):02d}",
    "antri": lambda r: f"{r.choice('ABC')}-{r.randint(1, 120):03d}",
    "bulan": lambda r: r.choice(MONTHS),
    "usia": lambda r: str(r.randint(60, 89)),
    "rangka": lambda r: (
        f"MH1{r.choice(('JM', 'KF', 'JF'))}{r.randint(1, 9)}{digits(r, 2)}{r.choice('JKL')}K{digits(r, 6)}"
    ),
}

GEN_RE = re.compile(r"\{([a-z0-9]+)([\^_]?)(?::([a-z0-9]+))?\}")
LABEL_RE = re.compile(r"\[\[([a-z_]+):")


def expand_alternatives(template: str, rng: random.Random) -> str:
    """Replace every ``{?a|b|c}`` by one of its alternatives (they may hold placeholders)."""
    while True:
        start = template.find("{?")
        if start < 0:
            return template
        depth, i, cuts = 0, start + 2, [start + 2]
        while True:
            ch = template[i]
            if ch == "{":
                depth += 1
            elif ch == "}":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "|" and depth == 0:
                cuts.append(i + 1)
            i += 1
        options = [template[a : b - 1] for a, b in zip(cuts, [*cuts[1:], i + 1], strict=True)]
        template = template[:start] + rng.choice(options) + template[i + 1 :]


def fill(template: str, ctx: Context) -> str:
    text = expand_alternatives(template, ctx.rng)

    def one(match: re.Match[str]) -> str:
        gen, case, key = match.group(1), match.group(2), match.group(3) or ""
        if gen not in PERSON_GENS and gen not in OTHER_GENS and gen not in {"kel", "kec"}:
            raise KeyError(gen)
        slot = (gen, key)
        if slot not in ctx.values:
            ctx.values[slot] = make_value(ctx, gen, key)
        value = ctx.values[slot]
        if case == "^":
            return value.upper()
        if case == "_":
            return value.lower()
        return value

    return GEN_RE.sub(one, text)


def strip_labels(text: str) -> tuple[str, list[dict[str, object]], list[str]]:
    """Remove ``[[kind:…]]`` markers; return the text, the spans and each span's filled value."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    i = 0
    length = 0
    while i < len(text):
        match = LABEL_RE.match(text, i)
        if match:
            end = text.index("]]", match.end())
            inner = text[match.end() : end]
            spans.append({"kind": match.group(1), "start": length, "end": length + len(inner)})
            values.append(inner)
            out.append(inner)
            length += len(inner)
            i = end + 2
        else:
            out.append(text[i])
            length += 1
            i += 1
    return "".join(out), spans, values


# ---------------------------------------------------------------------------------------------
# The checker
# ---------------------------------------------------------------------------------------------

NAME_OPENERS = {
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
    "briptu",
    "aiptu",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "camat",
    "ketua",
    "saudara",
    "yth",
    "yth.",
    "alm",
    "alm.",
    "almarhum",
    "almarhumah",
    "pendeta",
    "suster",
    "sr.",
    "ir.",
    "hj.",
    "usi",
    "mas",
    "mbak",
    "pelapor",
    "penelepon",
    "nama",
    "ttd",
    "an",
    "a.n.",
    "beta",
    "sy",
    "saya",
    "anak",
    "istri",
    "suami",
    "petugas",
    "kader",
    "pasien",
}
DIGITS_OF = {
    "nik": (15, 17),
    "kk": (16, 16),
    "npwp": (15, 16),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}
READ_AS_DIGITS = "OlIBS"
ADDRESS_OPENERS = (
    "Jl.",
    "JL.",
    "Jl ",
    "JL ",
    "jl.",
    "jl ",
    "Jalan",
    "JALAN",
    "jalan",
    "Gg.",
    "GG.",
    "gg.",
    "Gang",
    "Lr.",
    "RT",
    "rt",
    "Rt",
    "Perumnas",
    "PERUMNAS",
    "perumnas",
    "Kompleks",
    "KOMPLEKS",
    "BTN",
    "Jln.",
)
PLATE_RE = re.compile(r"^(DH|EB|ED|dh|eb|ed|Dh|Eb|Ed) ?\d{1,4} ?[A-Za-z]{1,3}$")


class CheckError(ValueError):
    pass


def number_digits(value: str, kind: str) -> str:
    if kind in {"nik", "kk", "bpjs", "phone", "npwp"}:
        value = value.translate(str.maketrans("OlIBS", "01185"))
    return re.sub(r"\D", "", value)


def check(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> None:
    """Refuse a filled text whose labels break a rule of the README."""
    if any(mark in text for mark in ("[[", "]]", "{", "}")):
        raise CheckError("marker left")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            raise CheckError("overlap")
    covered = [False] * len(text)
    for span in spans:
        for k in range(span["start"], span["end"]):
            covered[k] = True
    for span, value in zip(spans, values, strict=True):
        kind, start, end = span["kind"], span["start"], span["end"]
        piece = text[start:end]
        if kind not in KINDS:
            raise CheckError(f"kind {kind}")
        if not piece or piece != value:
            raise CheckError("span is not its value")
        first_ok = piece[0].isalnum() or (kind == "phone" and piece[0] in "+(")
        if not first_ok or not piece[-1].isalnum():
            raise CheckError(f"space or punctuation at an end: {piece!r}")
        if kind == "name":
            words = piece.split()
            if words[0].lower() in NAME_OPENERS or words[0].lower().rstrip(".") in NAME_OPENERS:
                raise CheckError(f"a title opens a name: {piece!r}")
            if "@" in piece or (style != "ocr_scan" and re.search(r"\d", piece)):
                raise CheckError(f"not a name: {piece!r}")
        if kind in DIGITS_OF:
            low, high = DIGITS_OF[kind]
            count = len(number_digits(piece, kind))
            if not low <= count <= high:
                raise CheckError(f"{kind} with {count} digits: {piece!r}")
            if kind == "bpjs" and not number_digits(piece, kind).startswith("000"):
                raise CheckError("bpjs not opening 000")
        if kind == "plate" and not PLATE_RE.match(piece):
            raise CheckError(f"plate {piece!r}")
        if (
            kind == "address"
            and not piece.startswith(ADDRESS_OPENERS)
            and not re.fullmatch(r"\d{1,3}/\d{1,3}", piece)
        ):
            raise CheckError(f"address {piece!r}")
        if (
            kind == "email"
            and "@" not in piece
            and not re.search(r"\b(at|keong|et)\b|\[@\]", piece)
        ):
            raise CheckError(f"email {piece!r}")
    # every other occurrence of a labelled number or name word is covered too
    runs = [(m.start(), m.group()) for m in re.finditer(r"\d+", text)]
    for span, value in zip(spans, values, strict=True):
        kind = span["kind"]
        if kind in DIGITS_OF:
            plain = number_digits(value, kind)
            for found in re.finditer(re.escape(value), text):
                if not all(covered[found.start() : found.end()]):
                    raise CheckError(f"uncovered repeat of {value!r}")
            for where, run in runs:
                at = run.find(plain)
                while at >= 0:
                    if not all(covered[where + at : where + at + len(plain)]):
                        raise CheckError(f"digits of {value!r} uncovered")
                    at = run.find(plain, at + 1)
        if kind == "name":
            for word in re.findall(r"[A-Za-z]{3,}", value):
                for found in re.finditer(rf"(?<![A-Za-z]){word}(?![A-Za-z])", text, re.IGNORECASE):
                    if not all(covered[found.start() : found.end()]):
                        raise CheckError(f"uncovered name word {word!r}")


def self_test() -> None:
    """The checker refuses what it must refuse."""
    bad = {
        "uncovered repeat of a name": "Sy [[name:Yanti Lomi]] dari Oebufu. Tlg bantu, lomi",
        "a title opening a name": "Laporan dari [[name:Bapak Yakob Tefa]] soal air",
        "a repeated phone": "HP sy [[phone:081339412275]], sekali lagi 081339412275",
        "a trailing full stop": "Nama sy [[name:Erni Haba.]] terima kasih",
        "an overlap": "x",
        "a marker left": "Nama sy {given:m1}x",
        "a NIK too short": "NIK [[nik:53710412058]]",
    }
    for what, text in bad.items():
        body, spans, values = strip_labels(text)
        if what == "an overlap":
            body, spans, values = (
                "Yakob Tefa",
                [{"kind": "name", "start": 0, "end": 5}, {"kind": "name", "start": 3, "end": 10}],
                ["Yakob", "ob Tefa"],
            )
        if what == "a marker left":
            body, spans, values = text, [], []
        try:
            check(body, spans, values, "sms_1708")
        except CheckError:
            continue
        raise SystemExit(f"self-test: the checker let {what} pass")
    good, spans, values = strip_labels(
        "Sy [[name:Yanti Lomi]], HP [[phone:0813-5379-2210]]. Salam, [[name:Yanti]]"
    )
    check(good, spans, values, "sms_1708")


# ---------------------------------------------------------------------------------------------
# Templates, one list per style (labels inline)
# ---------------------------------------------------------------------------------------------

SMS_1708 = [
    # with personal data
    "KOTKUPANG SY [[name:{name^:w1}]] WARGA [[address:{rtrw2:a}]] KEL {kel^}. AIR PDAM SDH {nk} HR TDK JALAN, TANGKI SWASTA MINTA {rp}. MHN DIBANTU. HP [[phone:{hp0:w1}]]",
    "kotkupang sy [[name:{name_:m1}]] nik [[nik:{nik:m1}]], ktp-el sy sdh rekam sejak bln {bulan_} tp blm dicetak2 di dukcapil. tlg dicek. trims",
    "KOTKUPANG LAMPU JLN DEPAN RMH SY [[address:{addr^:a}]] KEL {kel^} MATI SDH 2 MGG, GELAP & RAWAN. TLG DICEK. [[name:{given^:m1}]] [[phone:{hp:m1}]]",
    "KOTKUPANG MOBIL PICK UP [[plate:{plate^:v}]] BUANG SAMPAH DI KALI BELAKANG {pasar^} TIAP MALAM JAM {jam}. SY ADA FOTO. [[name:{name^:m1}]]",
    "KOTKUPANG NO KK SY [[kk:{kk:h}]] TDK MUNCUL WKT DAFTAR SEKOLAH ANAK DI {sekolah^}. NIK ANAK [[nik:{nik:c1}]] ATAS NAMA [[name:{name^:c1}]]. TLG DUKCAPIL PERBAIKI. [[name:{given^:w1}]]",
    "kotkupang kartu kis sy [[bpjs:{bpjs:w1}]] tdk aktif pdhl sy pbi. di puskesmas {pkm_} disuru bayar {rp}. sy [[name:{name_:w1}]], hp [[phone:{hp:w1}]]",
    "KOTKUPANG BLT SY BLM MASUK KE REK BRI [[bank_account:{rekbri:m1}]] A.N. [[name:{name^:m1}]]. PENDAMPING BLG SDH CAIR TGL {tgl}. MHN DICEK",
    "kotkupang sy mau urus pbg rumah, diminta npwp. npwp sy [[npwp:{npwp:m1}]] tp di oss ditolak katanya tdk valid. sy [[name:{name_:m1}]] [[address:{rtrw2_:a}]] kel {kel_}",
    "KOTKUPANG ADA YG TLP NGAKU PETUGAS DUKCAPIL, MINTA NIK & KK. NOMOR {scam}. SY TDK KASI. MOHON DIUMUMKAN. DARI [[name:{given^:w1}]] DI {kel^}",
    "kotkupang dr [[name:{name_:m1}]]. jalan masuk ke [[address:{rtrw2_:a}]] kel {kel_} rusak berat, motor jatuh terus. sdh lapor lurah blm ada tindak lanjut",
    "KOTKUPANG ANAK SY [[name:{given^:c1}]] DITOLAK MASUK {sekolah^} KRN ZONASI PDHL RMH KAMI DI [[address:{addr^:a}]]. JARAK CM 700 M. [[name:{name^:w1}]] HP [[phone:{hp:w1}]]",
    "KOTKUPANG TETANGGA SY BPK [[name:{name^:m2}]] PASANG SOUND SYSTEM SAMPAI JAM 2 PAGI TIAP MALAM MINGGU. SDH TEGUR TDK DIGUBRIS. SY WARGA [[address:{rtrw2:a}]] KEL {kel^}. [[name:{given^:w1}]]",
    "kotkupang mohon info, nik sy [[nik:{nikg:w1}]] dan kk [[kk:{kk:h}]] kenapa tdk masuk dtks? padahal sdh usul lewat kelurahan {kel_}. trims, [[name:{given_:w1}]]",
    "KOTKUPANG MOTOR SY [[plate:{plate^:v}]] DIDEREK DI {jalan^} PDHL PARKIR DI TEMPAT RESMI. DIMINTA BAYAR {rp} TANPA KWITANSI. [[name:{name^:m1}]] [[phone:{hp:m1}]]",
    "kotkupang sy [[name:{given_:w1}]], bidan di pustu tdk pernah ada tiap hari senin. ibu hamil pulang balik. bidan [[name:{given_:w2}]] blg dia ada tugas lain. mohon dinkes tegur. wa [[phone:{hp:w1}]]",
    "KOTKUPANG SY URUS KIS UTK BAYI SY [[name:{name^:c1}]], DIMINTA FC KK. KK SY [[kk:{kk:h}]]. KARTU SY SENDIRI [[bpjs:{bpjs:w1}]]. KENAPA BAYI TDK OTOMATIS IKUT? [[name:{name^:w1}]]",
    "kotkupang sy tertipu jual beli hp online, sdh transfer {rpb} ke rek bni [[bank_account:{rekbni:m2}]] a.n. [[name:{name_:m2}]], nomor wa penjual [[phone:{hp:m2}]] skrg tdk aktif. mohon dibantu. [[name:{given_:w1}]] [[phone:{hp:w1}]]",
    "kotkupang sampah di tps depan {pasar_} tdk diangkut 1 minggu, bau sampai ke rumah sy di [[address:{gang_:a}]]. dr [[name:{name_:m1}]]",
    # without personal data
    "KOTKUPANG JALAN DI {jalan^} DEPAN {sekolah^} BERLUBANG BESAR, SDH {n} MOTOR JATUH BLN INI. MHN DINAS PUPR SEGERA TAMBAL",
    "kotkupang tagihan pdam no samb {samb} bln {bulan_} naik jd {rp} pdhl air cm jalan 2 hr seminggu. tlg dicek",
    "KOTKUPANG SY DPT SMS DARI {scam}, KATANYA SY MENANG UNDIAN {rpb} DARI BANK NTT, DISURUH TRANSFER BIAYA ADMIN. ITU PENIPU KAN? MOHON DIUMUMKAN KE WARGA",
    "KOTKUPANG TOKEN PLN SDH BELI {rp} TGL {tgl} TP TDK MASUK. ID PEL {idpel}. PLN 123 TDK ANGKAT. TLG DIBANTU",
    "kotkupang lapor pungli di {pasar_}, tiap pedagang dimintai rp {?2.000|3.000|5.000|10.000} per hari tanpa karcis. katanya utk keamanan. mohon dicek",
    "KOTKUPANG MOHON INFO NOMOR WA PENGADUAN DUKCAPIL YG RESMI. YG BEREDAR DI FB {kanhp} APA BENAR? TRIMS",
    "KOTKUPANG KAMI WARGA RT 01 S/D RT {rtx} KEL {kel^} SDH {nk} HARI LISTRIK PADAM TIAP MALAM. ANAK2 TDK BISA BELAJAR. MOHON PLN PERHATIKAN",
    "kotkupang laporan no {tiket} blm ada tindak lanjut sdh {n} hari. soal got tersumbat di {jalan_}. mohon ditindaklanjuti",
    "KOTKUPANG PBB SY SDH BAYAR LEWAT KODE BILLING {billing} TP DI SPPT MASIH TERTULIS TUNGGAK. NOP {nop}. TLG BAPENDA CEK",
    "kotkupang terima kasih pemkot, jalan di {jalan_} sdh diaspal {bulan_} kemarin. semoga lampu jalan jg diperbaiki. salam damai",
]

WA_CHAT = [
    "[{tgl} 19.02] [[name:{name:w1}]]: Bapa, KK baru su jadi?\n[{tgl} 19.05] [[name:{given:m1}]]: Belum. Petugas bilang Oma pung NIK [[nik:{nik:ow1}]] masih ganda\n[{tgl} 19.06] [[name:{name:w1}]]: Ya sudah besok beta ke kantor camat\n[{tgl} 19.10] mama: Bawa KK lama [[kk:{kk:h}]] sekalian",
    "[{tgl} 07.12] Admin Kelurahan {kel}: Pagi bapa mama, pendataan penerima BLT tahap 2 ditutup hari Jumat.\n[{tgl} 07.20] [[name:{name:m1}]]: Pak admin, beta pung nama su masuk? NIK [[nik:{nik:m1}]]\n[{tgl} 07.31] Admin Kelurahan {kel}: Sudah pak, tinggal verifikasi.\n[{tgl} 07.33] [[name:{given:w1}]]: Kalau Oma [[name:{name:ow2}]] di [[address:{rtrw:a}]] ada ka? Dia sonde punya HP",
    "*Diteruskan*\nHati-hati! Ada yang mengaku Saudara [[name:{name:m1}]] dari Dinas Sosial lewat WA [[phone:{hp:m1}]], minta transfer {rp} untuk pencairan PKH. Dinas Sosial tidak pernah minta biaya. Pengaduan resmi {kantel} (Dinas Sosial Kota Kupang).",
    "{tgl} 20.41 - [[name:{given_:w1}]]: kk, tadi sore beta ke puskesmas {pkm}, kartu KIS [[bpjs:{bpjs:w1}]] ditolak\n{tgl} 20.43 - [[name:{name:m1}]]: ditolak kenapa?\n{tgl} 20.44 - [[name:{given_:w1}]]: katanya tunggakan {rp}. padahal beta PBI",
    "[18.02] [[name:{given:m1}]]: Bapa mama, tadi ada mobil [[plate:{plate:v}]] tabrak tiang listrik di {jalan} lalu lari. Ada yang lihat?\n[18.05] grup warga: Sudah lapor polisi?\n[18.11] [[name:{name:w1}]]: Sudah, beta kirim video ke SPKT",
    "[{tgl} 10.14] Bendahara Komite: Iuran komite Rp 150.000 transfer ke rek Bank NTT {rekb} a.n. Komite Sekolah.\n[{tgl} 10.20] [[name:{name:w1}]]: Ibu, beta su transfer dari rek BRI [[bank_account:{rekbri:w1}]] atas nama suami, [[name:{name:m1}]]. Bukti beta kirim japri",
    "[{tgl} 13.05] [[name:{name:m1}]]: Om, arisan bulan ini kirim ke DANA [[phone:{hp:w1}]], yang punya nama [[name:{name:w1}]] ee\n[{tgl} 13.09] om [[name:{given_:m2}]]: Siap",
    "[{tgl} 08.47] [[name:{name:m1}]]: Selamat pagi Pak Lurah. Sy mau lapor, got depan rumah sy di [[address:{addr:a}]] tersumbat sampah dari {pasar}. Kalau hujan air masuk rumah.\n[{tgl} 09.02] Lurah {kel}: Baik pak, besok petugas kebersihan turun.\n[{tgl} 09.03] [[name:{name:m1}]]: Terima kasih Pak",
    "[{tgl} 15.30] [[name:{given:w1}]]: Kak, bendahara minta NPWP untuk honor. Ini punya sy [[npwp:{npwp16:w1}]] ya\n[{tgl} 15.31] [[name:{given:w2}]]: Ok kak, yang lama titik-titik tidak dipakai lagi?\n[{tgl} 15.33] [[name:{given:w1}]]: Sonde, sekarang pake NIK",
    "[{tgl} 11.02] Operator Sekolah: Bapa mama, tolong kirim NIK anak dan No KK untuk Dapodik\n[{tgl} 11.15] [[name:{name:w1}]]: Ini punya [[name:{given:c1}]]: [[nik:{nik:c1}]] / [[kk:{kk:h}]]\n[{tgl} 11.16] Operator Sekolah: Terima kasih mama",
    "[{tgl} 21.10] [[name:{given:m1}]]: Ada info kirim KK deng KTP pung foto ke nomor [[phone:{hp:m2}]] milik pak RT [[name:{name:m2}]] untuk data bansos. Betul ka?\n[{tgl} 21.12] [[name:{given:w1}]]: Betul, pak RT sendiri yang bilang di gereja",
    "[{tgl} 16.20] [[phone:{hpi:m1}]]: sore pak, sy yg lapor tiang listrik miring di [[address:{rtrw:a}]] tadi pagi. sudah ada petugas?\n[{tgl} 16.25] Posko PLN ULP Kupang: Sudah kami teruskan ke tim yantek pak, no laporan {tiket}",
    "Forwarded many times\nDICARI: anak perempuan [[name:{name:cw1}]], umur {umur:cw1} tahun, pakai seragam {sekolah}. Terakhir dilihat di {pasar} jam {jam}. Hubungi mamanya [[phone:{hp:w1}]] atau bapanya [[phone:{hp:m1}]]",
    "[{tgl} 09.15] [[name:{given:w1}]]: Ibu kos [[name:{name:w2}]] potong air ke kamar kami sejak kemarin, katanya telat bayar padahal su transfer {rp} ke rek Mandiri [[bank_account:{rekmdr:w2}]]\n[{tgl} 09.18] [[name:{given:w3}]]: Lapor ke kelurahan saja kak",
    "[{tgl} 17.44] Ketua RT {rtx}: Bapa mama, besok pagi fogging di rumah-rumah. Yang tidak ada di rumah tolong titip kunci.\n[{tgl} 17.50] [[name:{name:m1}]]: Pak RT, rumah beta di [[address:{gang:a}]] ada orang sakit DBD, tolong duluan\n[{tgl} 17.52] Ketua RT {rtx}: Siap pak",
    "[{tgl} 12.01] [[name:{name:m1}]]: Pak Camat, SIM keliling hari ini di mana? Sekalian mau bayar pajak motor [[plate:{plate:v}]]\n[{tgl} 12.03] Humas Kecamatan {kec}: Di halaman kantor camat pak, sampai jam 14.00. Samsat keliling juga ada",
    "[{tgl} 22.05] [[name:{name:w1}]]: Tolong doakan, anak kami [[name:{given:c1}]] masuk IGD {rs}. BPJS-nya [[bpjs:{bpjs:c1}]] tapi disuruh bayar dulu {rp}\n[{tgl} 22.07] [[name:{given:w2}]]: Tuhan tolong. Lapor ke petugas BPJS di RS, ada meja pengaduan",
    # without personal data
    "[{tgl} 08.00] Admin Kelurahan {kel}: Selamat pagi bapa mama warga RT {rtx}. Pelayanan KTP-el keliling hari Kamis jam 09.00-13.00 di aula kelurahan. Info lanjut WA kantor {kanhp}.",
    "*Diteruskan*\nAWAS PENIPUAN! Nomor {scam} mengaku petugas PLN, minta transfer {rp} untuk ganti meteran. PLN tidak pernah minta transfer ke rekening pribadi. Pengaduan PLN 123.",
    "[{tgl} 19.30] grup warga: Air PDAM besok mati dari jam 08.00 sampai 16.00, ada perbaikan pipa di {jalan}.\n[{tgl} 19.32] mama: Isi ember dari sekarang\n[{tgl} 19.33] bapa: Siap",
    "[{tgl} 07.40] Puskesmas {pkm}: Posyandu Bunga Bakung buka Selasa jam 08.00. Bawa buku KIA. Daftar lewat WA {kanhp}.",
    "[{tgl} 10.10] Info Kupang: Mulai {tglp}, pembayaran retribusi sampah lewat VA {va}. Tidak ada penagihan dari rumah ke rumah.",
    "Forwarded\nSelamat! NIK Anda terpilih menerima bantuan {rpb}. Klik link bit.ly/bansos-ntt dan kirim data ke WA {scam}.\n\nItu HOAX bapa mama, jangan isi.",
    "[{tgl} 14.22] Dinas PUPR Kota Kupang: Pengaspalan {jalan} dikerjakan {tglp} s.d. selesai. Mohon maaf atas ketidaknyamanan. Pengaduan: {kantel}",
    "[{tgl} 06.40] kakak: Ma, token listrik tinggal 5 kwh\n[{tgl} 06.41] mama: Beli di {toko} saja, jangan online\n[{tgl} 06.45] kakak: Ok su beli, token {token}",
    "[{tgl} 20.15] Grup RT {rtx}: Iuran keamanan bulan {bulan} Rp {?10.000|15.000|20.000|25.000} per KK. Bendahara terima di pos kamling hari Minggu.\n[{tgl} 20.16] grup warga: Terima kasih infonya",
    "[{tgl} 11.11] Kelurahan {kel}: Pengumuman. Bantuan beras {n} kg dibagikan Sabtu jam 08.00 di kantor lurah. Bawa KTP dan KK asli. Tidak dipungut biaya. Jika ada yang minta uang, lapor ke {kanhp}.",
]
LAPOR_WEB = [
    "Judul Laporan: KTP-el belum dicetak\nIsi Laporan: Saya [[name:{name:w1}]], NIK [[nik:{nik:w1}]], rekam KTP-el di Dukcapil Kota Kupang sejak awal tahun. Sampai {tglp} status masih 'print ready record'. Mohon dibantu.\nKategori: Administrasi Kependudukan\nNomor Tiket: {tiket}",
    "Nama Lengkap : [[name:{name:m1}]]\nNIK : [[nik:{nikg:m1}]]\nNo. HP : [[phone:{hp:m1}]]\nEmail : [[email:{email:m1}]]\nAlamat : [[address:{addr:a}]]\nKelurahan : {kel}\nPengaduan : Saluran air di depan rumah tersumbat material proyek drainase {jalan}. Kontraktor tidak membersihkan.",
    "Judul Laporan: Bantuan rumah Seroja belum cair\nIsi Laporan: Rumah kami rusak berat akibat Seroja 2021 dan masuk daftar BSPS. Kepala keluarga [[name:{name:m1}]], No. KK [[kk:{kk:h}]], alamat [[address:{addrrt:a}]]. Sudah 5 tahun belum ada bantuan.\nLokasi: Kel. {kel}, Kec. {kec}",
    "Tanggapan Dinas Sosial Kota Kupang:\nYth. Bapak [[name:{name:m1}]], laporan Bapak nomor {tiket} sudah kami verifikasi. Data Bapak dengan NIK [[nik:{nik:m1}]] tercatat di DTKS sejak {bulan} 2024 dan diusulkan untuk PKH tahap berikut. Pertanyaan lanjut silakan hubungi {kantel}.",
    "Kategori: Kesehatan\nIsi Laporan: Ibu saya [[name:{name:w2}]] (peserta PBI, no kartu [[bpjs:{bpjsg:w2}]]) diminta membeli obat sendiri di {rs} senilai {rp}. Mohon penjelasan.\nPelapor: [[name:{name:w1}]]\nNo. HP: [[phone:{hp:w1}]]",
    "Judul: Parkir liar truk\nIsi Laporan: Truk pasir [[plate:{plate:v}]] dan [[plate:{plate:u}]] tiap hari parkir di bahu {jalan}, menutup jalan masuk ke rumah kami di [[address:{gang:a}]]. Anak sekolah harus lewat got.\nPelapor: Dirahasiakan",
    "Isi Laporan: Saya pedagang kecil (usaha perorangan) di {pasar}. Saat daftar NIB di OSS, NPWP pribadi saya [[npwp:{npwp:w1}]] tidak terbaca sehingga izin tidak terbit. Nama [[name:{name:w1}]], WA [[phone:{hp:w1}]].\nStatus: Diteruskan ke DPMPTSP",
    "Nama : [[name:{name^:m1}]]\nE-mail : [[email:{email:m1}]]\nTelp. Rumah : [[phone:{tel:m1}]]\nAlamat : [[address:{addr^:a}, RT/RW {rtktp:a}]]\nUraian : Pohon beringin besar di depan rumah tetangga miring ke kabel listrik. Mohon BPBD atau DLHK tebang sebelum angin kencang.",
    "Status: Selesai\nDisposisi: Camat {kec} -> Lurah {kel}\nCatatan petugas: Sudah dikunjungi ke rumah pelapor Ibu [[name:{name:w1}]] di [[address:{rtrw:a}]]. Lampu jalan diganti {tglp}.\nNomor laporan: {tiket}",
    "Judul: Rapor ditahan\nIsi Laporan: Anak saya [[name:{name:c1}]] (NISN {nisn}) di {sekolah} tidak diberi rapor karena belum bayar uang komite {rp}. Kami keluarga tidak mampu, punya KIS [[bpjs:{bpjs:m1}]].\nPelapor: [[name:{name:m1}]]",
    "Isi Laporan: Honor kader posyandu 6 bulan belum dibayar. Rekening saya Bank NTT [[bank_account:{rekntt:w1}]] a.n. [[name:{name^:w1}]]. Bendahara puskesmas {pkm} bilang dana belum turun.\nAnonim: Tidak",
    "Nama Pelapor : [[name:{name:w1}]]\nPekerjaan : Guru honor {sekolah}\nEmail : [[email:{mailbelajar:w1}]]\nIsi : Tunjangan honor daerah tidak cair sejak {bulan}. Bendahara sekolah minta NPWP, sudah saya kirim [[npwp:{npwp:w1}]] dua kali.",
    "Data Pendukung:\nNo. KK : [[kk:{kk:h}]]\nNIK Kepala Keluarga : [[nik:{nik:m1}]]\nNama Kepala Keluarga : [[name:{name^:m1}]]\nUraian: Nama istri saya [[name:{name^:w1}]] hilang dari KK setelah pindah datang dari {kab:w1}. Mohon dimasukkan kembali.",
    "Judul: Oknum pegawai kelurahan minta uang\nIsi Laporan: Waktu urus surat pindah, pegawai kelurahan atas nama [[name:{name:m2}]] minta {rp} tanpa kwitansi. Saya [[name:{name:w1}]] warga [[address:{rtrw2:a}]] Kel. {kel}. Bukti rekaman ada.\nKategori: Pungli",
    "Tindak lanjut DLHK: Truk sampah sudah dijadwalkan lewat [[address:{addr:a}]] (rumah pelapor Bpk. [[name:{name:m1}]]) tiap Selasa dan Jumat. Laporan {tiket} ditutup.",
    "Judul Laporan: Dompet hilang di bemo\nIsi Laporan: Dompet berisi KTP atas nama [[name:{name:m1}]] (NIK [[nik:{nikd:m1}]]), SIM dan STNK motor [[plate:{plate:v}]] hilang di bemo jurusan Oepura-Kota. Bila ditemukan mohon hubungi [[phone:{hp:m1}]].",
    "Nama Lengkap : [[name:{name:w1}]]\nEmail : [[email:{mailu:w1}\n@{mailhost:w1}]]\nNo. WA : [[phone:{hpd:w1}]]\nIsi Laporan : Anak saya belum terima PIP tahun ini, padahal sudah ada SK. Rekening SimPel di BRI [[bank_account:{rekbri:c1}]] atas nama anak, [[name:{name:c1}]].",
    # without personal data
    "Nomor Tiket: {tiket}\nStatus: Menunggu Verifikasi\nKategori: Infrastruktur\nIsi Laporan: Jembatan kayu di {jalan} dekat {sekolah} sudah lapuk. Mohon segera diganti sebelum musim hujan.\nLokasi: Kel. {kel}, Kec. {kec}\nAnonim: Ya",
    "Tanggapan Bapenda Kota Kupang: Pembayaran PBB dengan NOP {nop} telah tercatat pada {tglp} melalui kode billing {billing}. Status lunas muncul 1x24 jam. Pertanyaan: {kantel}.",
    "Judul Laporan: Pelayanan lambat di Puskesmas {pkm}\nIsi Laporan: Antrian nomor {antri} baru dipanggil setelah 4 jam. Petugas loket hanya satu orang. Mohon Dinkes tambah petugas.\nPelapor: Dirahasiakan",
    "Isi Laporan: Saya dapat SMS dari {scam}, katanya dari Dukcapil dan minta foto KTP untuk aktivasi IKD. Apakah benar?\nTanggapan Dukcapil: Itu penipuan. Aktivasi IKD hanya di kantor Dukcapil, tidak lewat SMS. Laporan {tiket} ditutup.",
    "Tanggapan Perumda Air Minum Kota Kupang: Gangguan pada No. sambungan {samb} disebabkan pipa transmisi bocor di {jalan}. Perbaikan selesai {tglp}. Pengaduan: {kantel} / WA {kanhp}.",
    "Rekap laporan Bagian Organisasi, {bulan} 2026: masuk {n} laporan (SMS 1708: {nk}, web: {n:b}, WA: {nk:b}). Terbanyak: air bersih, jalan rusak, pelayanan puskesmas.",
    "Kategori: Perizinan\nIsi Laporan: Permohonan PBG nomor {surat} sudah 3 bulan belum terbit. Retribusi {rp} sudah dibayar via VA {va}. Mohon kepastian.\nAnonim: Ya",
    "Isi Laporan: Lampu jalan sepanjang {jalan} mati total dari simpang {rs} sampai {pasar}. Rawan begal. Sudah lapor dengan ID pelanggan PJU {idpel} tapi tidak ada tindakan.",
    "Tanggapan Dinas Perhubungan: Terima kasih atas laporan {tiket}. Juru parkir di depan {toko} bukan petugas resmi. Tarif resmi roda dua Rp 2.000. Laporkan pungutan liar ke WA center Dishub {kanhp}.",
    "Judul: Anjing liar\nIsi Laporan: Banyak anjing liar di sekitar {sekolah}, {nk} anak digigit minggu lalu. Mohon vaksinasi rabies massal di Kel. {kel}.\nStatus: Diteruskan ke Dinas Pertanian",
]

EMAIL_THREAD = [
    "From: [[name:{name:w1}]] <[[email:{email:w1}]]>\nTo: pengaduan@kupangkota.go.id\nSubject: Air PDAM tidak mengalir di [[address:{rtrw:a}]] Kel. {kel}\n\nSelamat siang,\nSudah {nk} hari air tidak mengalir ke rumah kami. No. sambungan {samb}. Mohon bantuan.\n\nSalam,\n[[name:{name:w1}]]\n[[phone:{hp:w1}]]",
    'From: [[name:{fam:m1}]], [[name:{given:m1}]] <[[email:{email:m1}]]>\nTo: Dinas Kependudukan <dukcapil@kupangkota.go.id>\nCc: [[name:{name:w1}]] <[[email:{email:w1}]]>\nSubject: Koreksi nama di akta anak\n\nYth. Dukcapil,\nNama anak kami [[name:{given:cw1} {fam:m1}]], tetapi di akta tertulis "[[name:{given:cw1} {fam:m1}h]]". NIK anak [[nik:{nik:cw1}]]. Mohon dikoreksi.\n\nHormat kami,\n[[name:{given:m1}]]',
    "Terima kasih Ibu, laporan sudah kami teruskan ke UPT Kebersihan.\n\nPada {tglp} {jam}, [[name:{name:w1}]] <[[email:{email:w1}]]> menulis:\n> Yth. Humas,\n> Sampah di TPS depan rumah saya [[address:{addr:a}]] tidak diangkut sejak minggu lalu.\n> [[name:{given:w1}]]",
    "From: [[name:{name:m1}]] <[[email:{email:m1}]]>\nTo: info@kupangkota.go.id\nSubject: Complaint - broken street light\n\nDear Sir/Madam,\nI live at [[address:{addr:a}]], Kel. {kel}. The street light in front of my house has been off for three weeks. My phone is [[phone:{hpi:m1}]].\nRegards,\n[[name:{name:m1}]]",
    "From: Humas Pemkot Kupang <humas@kupangkota.go.id>\nTo: [[name:{name:w1}]] <[[email:{email:w1}]]>\nSubject: Re: Permohonan salinan SK\n\nYth. Ibu [[name:{given:w1}]],\nlampiran KTP Ibu tidak terbaca. Mohon kirim ulang dalam format JPG atau PDF.\n\nSalam,\nHumas Pemkot Kupang",
    "---------- Forwarded message ---------\nFrom: [[name:{name:m1}]] <[[email:{email:m1}]]>\nDate: {tglp}\nSubject: Pengembalian kelebihan bayar retribusi\nTo: Bapenda Kota Kupang <bapenda@kupangkota.go.id>\n\nMohon kelebihan bayar {rp} dikembalikan ke rekening BNI [[bank_account:{rekbni:m1}]] a.n. [[name:{name:m1}]]. Kode billing {billing}.",
    "From: [[name:{name:w1}]] <[[email:{mailbelajar:w1}]]>\nTo: Dinas Pendidikan Kota Kupang <disdik@kupangkota.go.id>\nSubject: TPP guru belum dibayar\n\nYth. Bapak Kepala Dinas,\nSaya guru PPPK di {sekolah}, NIP {nip}. TPP bulan {bulan} belum masuk ke rekening Bank NTT saya [[bank_account:{rekntt:w1}]]. NPWP saya [[npwp:{npwp:w1}]] sudah dimutakhirkan.\n\nHormat saya,\n[[name:{name:w1}]], S.Pd.",
    "Subject: Ganti alamat email\n\nPak admin, email saya yang lama diretas. Tolong pakai yang baru: [[email:{mailu:m1} (at) yahoo (dot) com]] atau WA [[phone:{hp:m1}]].\nTerima kasih, [[name:{name:m1}]]",
    'From: Komite {sekolah} <komite.sekolah.kupang@gmail.com>\nTo: [[name:{name:m1}]] <[[email:{email:m1}]]>, "[[name:{name:w1}]]" <[[email:{email:w1}]]>, Tata Usaha <tu.sekolah.kupang@gmail.com>\nSubject: Undangan rapat orang tua\n\nBapak/Ibu orang tua murid, rapat komite {tglp} jam {jam} di aula sekolah.',
    "Yth. Dukcapil,\nBerikut data untuk perbaikan:\nNo. KK : [[kk:{kk:h}]]\nNIK : [[nik:{nik:w1}]]\nNama : [[name:{name^:w1}]]\nAlamat : [[address:{addr^:a}]]\nMohon nama ibu kandung dicantumkan. Terima kasih.\n\n--\n[[name:{name:w1}]]\n[[phone:{hp:w1}]]",
    "From: [[name:{name:m1}]] <[[email:{email:m1}]]>\nTo: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>\nSubject: Sertifikat PTSL tertukar\n\nSertifikat tanah saya tertukar dengan milik tetangga, keluarga [[name:{fam:m2}]]. Luas di sertifikat saya 300 m2, yang benar 412 m2. Rumah saya [[address:{addrrt:a}]].\n\n[[name:{name:m1}]]",
    "From: [[name:{name:w2}]] <[[email:{maildinas:w2}]]>\nTo: [[name:{name:m1}]] <[[email:{email:m1}]]>\nSubject: Re: Izin usaha kios\n\nSelamat pagi Pak, berkas NIB Bapak sudah kami proses.\n\n[[name:{given:w2}]]\nDPMPTSP Kota Kupang\n\nOn {tglp}, [[name:{name:m1}]] <[[email:{email:m1}]]> wrote:\n> Ibu, NPWP usaha perorangan saya [[npwp:{npwp:m1}]] sudah saya lampirkan.",
    "Subject: Tabrak lari di {jalan}\n\nSelamat malam. Anak saya [[name:{name:cm1}]] ditabrak motor [[plate:{plate:v}]] di depan {sekolah} lalu pengendara kabur. Rekaman CCTV toko ada. Saya [[name:{name:w1}]], HP [[phone:{hp:w1}]], email [[email:{email:w1}]].",
    "From: [[name:{name:m1}]] <[[email:{email:m1}]]>\nTo: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>\nSubject: Kartu JKN tidak aktif\n\nNo. kartu saya [[bpjs:{bpjs:m1}]], istri [[bpjs:{bpjs:w1}]]. Kami PBI APBD tapi status nonaktif sejak {bulan}.\n\n[[name:{name:m1}]]",
    "From: [[name:{fam:w1}]], [[name:{given:w1}]] <[[email:{email:w1}]]>\nTo: Ombudsman NTT <ntt@ombudsman.go.id>\nSubject: Laporan maladministrasi\n\nPada {tglp} saya mengurus surat keterangan waris di kelurahan {kel}. Surat tidak diberikan sebelum saya bayar {rp}. Saksi: suami saya [[name:{name:m1}]].\n\nTelp rumah: [[phone:{tel:w1}]]",
    "Ini data pelapor dari formulir kertas (disalin admin):\nNama: [[name:{name:w1}]]\nEmail: [[email:{mailu:w1}(keong)gmail(titik)com]]\nHP: [[phone:{hp:w1}]]\nKeluhan: bidan desa sering tidak ada di tempat.",
    "Catatan surel masuk {tgl}: From: [[name:{fam:m1}]], [[name:{given:m1}]] <[[email:{email:m1}]]> - minta salinan SK ahli waris ayahnya almarhum [[name:{given:m2} {fam:m1}]] (NPWP [[npwp:{npwp:m2}]]). Diteruskan ke Bagian Hukum.",
    "From: [[name:{name:w1}]] <[[email:{email:w1}]]>\nTo: dinsos@kupangkota.go.id\nCc: [[name:{name:m1}]] <[[email:{email:m1}]]>\nSubject: Data lansia belum masuk\n\nMama saya [[name:{name:ow2}]], NIK [[nik:{nik:ow2}]], tinggal di [[address:{gang:a}]]. Belum pernah terima bantuan lansia.",
    # without personal data
    "From: noreply@lapor.go.id\nTo: pelapor@example.com\nSubject: Laporan {tiket} telah ditanggapi\n\nLaporan Anda telah ditanggapi oleh {?Dinas Kesehatan|Dinas Sosial|Dinas PUPR} Kota Kupang. Silakan masuk ke lapor.go.id untuk melihat tanggapan.",
    "From: Dinas Kesehatan Kota Kupang <dinkes.kotakupang@gmail.com>\nTo: pkm.{?oebobo|sikumana|bakunase}@gmail.com\nSubject: Rekap imunisasi\n\nMohon kirim rekap imunisasi bulan {bulan} paling lambat {tglp}. Format terlampir: format_rekap@2x.png",
    "From: Flobamora Tour & Travel <cs.flobamoratour@gmail.com>\nTo: Dinas Pariwisata <dispar@kupangkota.go.id>\nSubject: Permohonan izin usaha\n\nKami lampirkan NPWP badan {npwpb} dan akta pendirian. Kontak kantor: {kantel}, WA {kanhp}.",
    "Subject: Re: Kode billing retribusi\n\nYth. Wajib Retribusi,\nKode billing Anda {billing}, berlaku sampai {tglp}. Setor ke rekening Kas Daerah Bank NTT {rekb}.\n\nBapenda Kota Kupang\nup.retribusi@kupangkota.go.id",
    "From: helpdesk@kupangkota.go.id\nSubject: Akses portal uji\n\nUntuk masuk gunakan https://warga:rahasia@portal.kupangkota.go.id (akun uji, berlaku sampai {tglp}). Repository: git@github.com:pemkot-kupang/portal.git. Jangan dibagikan.",
    "From: Ombudsman NTT <ntt@ombudsman.go.id>\nTo: camat.{?oebobo|maulafa|alak}@kupangkota.go.id\nSubject: Klarifikasi laporan {tiket}\n\nMohon klarifikasi atas keterlambatan penerbitan surat pindah. Tembusan: lurah.{?fatululi|oesapa|naikoten}@gmail.com",
    "From: PLN UP3 Kupang <up3kupang@pln.co.id>\nSubject: Pemeliharaan jaringan\n\nPemadaman di Kel. {kel} tanggal {tglp} pukul {?08.00|09.00|10.00} sampai {?14.00|16.00|17.00} untuk pemeliharaan. Informasi: PLN 123.",
    "From: Komite {sekolah} <komite.sekolah.kupang@gmail.com>\nSubject: Laporan dana\n\nSaldo rekening komite Bank NTT {rekb} per {tglp}: {rpb}. NPWP komite {npwpb}. Rincian terlampir (rekap_dana@final.xlsx).",
    "Subject: Peringatan email palsu\n\nEmail bansos.kemensos.ntt@gmail.com yang meminta data NIK bukan milik Kemensos. Laporkan ke pengaduan@kemensos.go.id. Sudah {n} warga Kel. {kel} melapor.",
    "From: Pendamping PKH Kec. {kec} <pkh.kec.kupang@gmail.com>\nTo: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>\nSubject: Rekap validasi\n\nTerlampir rekap validasi {n} KPM per {tglp}. Nomor surat {surat}.",
]
CALL_NOTE = [
    "Catatan call center 112, {tgl} {jam}\nPenelepon: [[name:{name:m1}]] ([[phone:{hp:m1}]])\nLokasi: [[address:{addr:a}]], Kel. {kel}\nKejadian: pohon tumbang menimpa atap rumah penelepon, tidak ada korban.\nTindak lanjut: diteruskan ke BPBD.",
    "Petugas: Selamat pagi, call center Dukcapil, dengan [[name:{?Sinta|Yuni|Kasih}]], ada yang bisa dibantu?\nPenelepon: Pagi, saya mau cek KTP saya.\nPetugas: NIK Bapak?\nPenelepon: [[nik:{nik:m1}]].\nPetugas: Atas nama?\nPenelepon: [[name:{name:m1}]].\nPetugas: KTP Bapak sudah bisa diambil di kantor kelurahan {kel}.",
    "Pelapor: [[name:{name:w1}]], warga [[address:{rtrw:a}]] Kel. {kel}\nNo. HP: [[phone:{hp:w1}]]\nIsi: tetangga bakar sampah plastik tiap sore, asap masuk rumah, anak sesak napas.\nTindak lanjut: DLHK dan lurah dihubungi.",
    "Petugas: Bantuan Ibu mau kami cek. Nomor rekening?\nNasabah: [[bank_account:{rekbni:w1}]].\nPetugas: Atas nama?\nNasabah: [[name:{name:w1}]]. Saldo masih nol pak.\nPetugas: Dana tahap {nk} dijadwalkan cair {tglp}.",
    "Log hotline PDAM {tgl}\n08.15 | [[name:{name:m1}]] | [[phone:{hp0:m1}]] | air keruh, samb {samb}\n09.40 | penelepon tidak sebut nama | [[phone:{hp0:m2}]] | meteran bocor\n10.05 | Komite Sekolah | {kanhp} | tangki air sekolah\n11.20 | [[name:{name:w1}]] | [[phone:{hp0:w1}]] | tagihan naik",
    "Petugas: BPJS Kesehatan, nomor kartunya?\nPenelepon: [[bpjs:{bpjs:w2}]].\nPetugas: Atas nama siapa?\nPenelepon: Mama saya, [[name:{name:w2}]]. Dia di {rs}, disuruh beli obat sendiri.\nPetugas: Kami hubungi petugas BPJS SATU di rumah sakit.",
    "Petugas: NPWP bapak?\nPenelepon: Yang baru katanya sama dengan NIK, [[npwp:{npwp16:m1}]].\nPetugas: Baik, nama sesuai KTP?\nPenelepon: [[name:{name:m1}]].\nPetugas: Terima kasih, laporan SPT Bapak kami bantu cek.",
    "Catatan {tgl} {jam}: penelepon [[name:{given_:w1}]] (tdk sebut marga) lapor motor [[plate:{plate:v}]] parkir di trotoar {jalan} sudah 3 hari, tidak ada pemilik. Diteruskan ke Dishub.",
    "Catatan call center: penelepon [[name:{name:m1}]] ([[phone:{tel:m1}]], telp rumah) mengeluh jalan depan rumahnya [[address:{addr:a}]] digali PDAM dan tidak ditutup kembali.",
    "serah terima shift malam {tgl}\n- 22.10 ibu [[name:{given_:w1}]] lapor anjing liar gigit anaknya [[name:{given_:c1}]] di [[address:{rtn_:a}]] kel {kel_}, sdh dirujuk ke puskesmas {pkm_}\n- 23.30 tdk ada laporan\n- Tindak lanjut: diteruskan ke dinas pertanian.",
    "Petugas: Nomor KK Ibu?\nPelapor: [[kk:{kk:h}]].\nPetugas: Nama anak yang mau dimasukkan?\nPelapor: [[name:{name:cw1}]], lahir di {rs}.\nPetugas: Baik, Ibu bisa urus lewat aplikasi atau datang ke kelurahan.",
    "Catatan: penelepon [[name:{name:w1}]] ([[phone:{hp:w1}]]) melapor ditelpon nomor [[phone:{hp:m2}]], orangnya mengaku bernama [[name:{given:m2}]], minta transfer biaya balik nama sertifikat {rpb}. Sudah transfer, orangnya hilang.",
    "Pelapor: Saya sudah transfer {rpb} ke rek BRI [[bank_account:{rekbri:m2}]] atas nama [[name:{name:m2}]] untuk beli sapi, barang tidak dikirim.\nPetugas: Nomor penjual?\nPelapor: [[phone:{hp:m2}]], sekarang tidak aktif.\nPetugas: Kami teruskan ke Polresta.",
    "Petugas: NIK almarhum?\nPelapor: [[nik:{nik:m2}]]. Bapa saya [[name:{name:m2}]] meninggal {tglp}, mau urus akta kematian.\nPetugas: Bawa KK dan surat keterangan kematian dari kelurahan.",
    "Penelepon [[name:{name:m1}]], sopir bemo, mobil [[plate:{plate:v}]] ditahan di terminal karena KIR mati. Dimintai {rp} oleh oknum. Minta nomor pengaduan Dishub, diberikan {kanhp}.",
    "Petugas: Nama Bapak?\nPenelepon: [[name:{?I Made|I Ketut|I Wayan}]] saja. Rumah saya di [[address:{gang:a}]], air sumur tercemar oli dari bengkel sebelah.\nPetugas: Kami teruskan ke DLHK.",
    "Caller [[name:{name:w1}]] (tour guide) reported her bag stolen at {pasar}; passport and KTP inside, NIK [[nik:{nik:w1}]]. Contact [[phone:{hpi:w1}]]. Forwarded to Polsek.",
    "Petugas: Nomor plat mobil yang menabrak pagar Ibu?\nPenelepon: [[plate:{plate:v}]], warna hitam.\nPetugas: Ibu di mana?\nPenelepon: [[address:{addrrt:a}]], dekat {gereja}. Saya [[name:{name:w1}]].",
    # without personal data
    "Catatan call center 112 {tgl} {jam}: laporan kebakaran lahan di belakang {sekolah}, penelepon tidak sebut nama. Damkar berangkat {nk} menit kemudian.",
    "Petugas: Nomor sambungan PDAM?\nPenelepon: {samb}.\nPetugas: Di wilayah itu memang ada gangguan pompa, normal besok sore.\nPenelepon: Baik, terima kasih.",
    "Petugas: ID pelanggan PLN?\nPenelepon: {idpel}.\nPetugas: Token Bapak sudah masuk, kode {token}. Silakan input ulang.",
    "Rekap kanal minggu ini: Telepon {kantel}: {n} laporan; WA {kanhp}: {n:b} laporan; SMS 1708: {nk} laporan.",
    "Penelepon melapor dapat telpon dari {scam}, mengaku petugas Dukcapil, minta NIK dan foto KK. Penelepon tidak memberikan. Nomor dicatat untuk dilaporkan ke polisi.",
    "Petugas: Silakan ke {kantel}, itu nomor Dinas PUPR bagian drainase.\nPenelepon: Sudah, tapi tidak diangkat.\nPetugas: Kami bantu teruskan ke kepala seksi.",
    "Catatan shift pagi {tgl}: {nk} laporan lampu jalan ({jalan}), 1 laporan pungli parkir di {pasar}, 1 pertanyaan jadwal SIM keliling. Semua diteruskan.",
    "Penelepon tanya apakah nomor {scam} benar petugas PKH. Dijawab: bukan, pendamping PKH tidak minta biaya. Nomor resmi Dinsos {kantel}.",
    "Petugas: Kode billing retribusinya?\nPenelepon: {billing}.\nPetugas: Sudah lunas {tglp}, Bapak bisa abaikan surat teguran.",
    "Catatan: warga RT {rtx} dan RT {rtx:b} Kel. {kel} mengeluh bau dari kandang babi. Diteruskan ke Dinas Peternakan dan lurah.",
]

SOCIAL_POST = [
    "KUPANG BERSUARA\nSelamat malam admin, mohon di-up. Jalan masuk ke rumah kami di [[address:{gang:a}]] Kel. {kel} sudah 2 tahun rusak. Sudah lapor ke lurah tapi tidak ada tanggapan.\n\nKomentar:\n[[name:{name:w1}]]: Sama kak, di tempat kami juga\n[[name:{name_:m1}]]: Tag saja akun pemkot\nkupang_bersuara: Sudah kami teruskan",
    "DITEMUKAN dompet di bemo lampu merah {jalan}. Isi KTP atas nama [[name:{name^:m1}]], kartu KIS dan STNK [[plate:{plate:v}]]. Yang punya silakan hubungi saya [[phone:{hp:w1}]] ([[name:{given:w1}]])",
    "Turut berduka cita atas meninggalnya Bapa [[name:{name:m1}]], warga [[address:{rtrw:a}]] Kel. {kel}. Ibadah penghiburan di rumah duka [[address:{addr:b}]]. Selamat jalan Bapa [[name:{given:m1}]].",
    "Dijual motor Vario 2019, surat lengkap, plat [[plate:{plate:v}]], harga {rpb} nego. Hub [[phone:{hp:m1}]] ([[name:{given:m1}]]) atau datang ke [[address:{addr:a}]].",
    "BUTUH DARAH GOL. O untuk mama [[name:{name:w1}]] yang sedang operasi di {rs}. Yang bisa bantu hubungi anaknya [[name:{given:m1}]] [[phone:{hp:m1}]]. Tuhan berkati.",
    "Tanya jawab live Dukcapil Kota Kupang, {tglp}:\n1. [[name:{name:w1}]]: KK saya hilang, bisa cetak ulang?\n2. [[name:{name_:m1}]]: NIK istri beda di BPJS\n3. kupangviral: kapan layanan malam?\nJawaban lengkap di IG @dukcapilkotakupang",
    "Mari bantu [[name:{name:cm1}]] ({umur:cm1} th), penderita kanker darah, anak dari Bapa [[name:{name:m1}]]. Donasi ke rek BRI [[bank_account:{rekbri:m1}]] a.n. [[name:{name:m1}]]. Info: [[phone:{hp:m1}]].",
    "Postingan: Air PDAM mati lagi?\n[[name:{name:w1}]]: Iya kak, sudah 4 hari di [[address:{rtn:a}]] Kel. {kel}\nDepot Air Murni: kami antar air tangki Rp 150.000, WA {kanhp}\n[[name:{name:m1}]]: Pemerintah harus tanggung jawab",
    "HATI-HATI bapa mama! Akun FB atas nama [[name:{name:m1}]] jual tiket kapal murah, minta transfer ke BNI [[bank_account:{rekbni:m1}]] a.n. [[name:{name:m1}]], WA [[phone:{hp:m1}]]. Sudah banyak korban.",
    "Terima kasih untuk bidan [[name:{given:w1}]] di Puskesmas {pkm} yang bantu istri saya melahirkan jam 2 pagi. Pelayanan luar biasa. - [[name:{name:m1}]]",
    "MOHON BANTU SHARE. Opa [[name:{name^:m2}]] pikun, keluar dari rumah [[address:{addr^:a}]] tadi pagi, pakai kemeja putih. Info ke cucunya [[phone:{hp:w1}]].",
    'Foto papan: "Kos Putri Sasando, hub [[phone:{hp:w1}]] (Ibu [[name:{given:w1}]])". Kos ini buang limbah ke got warga. Mohon DLHK cek.',
    "Keluarga [[name:{fam:m1}]] bangun pagar makan badan jalan di [[address:{rtrw2:a}]] Kel. {kel}, mobil sampah sonde bisa masuk. Sudah lapor ke lurah.",
    "dukcapilkotakupang: Antrian online via WA {kanhp}.\n[[name:{name_:w1}]]: min, sy sdh kirim berkas ke nomor itu dari [[phone:{hp:w1}]] tp blm dibalas\n[[name:{name_:m1}]]: sama min",
    "Minta tolong Bapa [[name:{name:m1}]] yang punya pesta di [[address:{addr:a}]], tenda tutup jalan full dari jam 6 pagi. Ambulans sonde bisa lewat. #kupang",
    "Saya jual kue lapis dan bolu, terima pesanan untuk acara. WA [[phone:{hp:w1}]]. Antar daerah {kel}. - [[name:{given:w1}]]",
    "Video viral: pengendara mobil [[plate:{plate:v}]] lawan arah di {jalan}. Polisi sudah panggil pemiliknya, [[name:{name:m1}]].",
    # without personal data
    "Info dari akun resmi Bapenda Kota Kupang: Bayar PBB sebelum {tglp}, bebas denda. Pertanyaan: WA {kanhp}. #bapendakupang",
    "Toko Bangunan Sumber Rejeki\nDISKON semen {rp} per sak! Alamat Jl. Kenari No. {no}. Telp {kantel}",
    "Terima kasih Dinas PUPR, jalan di {jalan} sudah mulus. Sinar matahari pagi di sini indah sekali sekarang. Salam damai dari Kel. {kel}.",
    "AWAS! Nomor {scam} kirim pesan: 'Selamat! Anda terpilih dapat BLT {rpb}, klik link'. Itu tipu-tipu. Jangan layani.",
    "DICARI anjing hilang, warna coklat, nama Bobi, hilang di sekitar {pasar}. Yang temukan dapat imbalan {rp}. Pos kamling: {kanhp} (pos jaga)",
    "Puskesmas {pkm}: Pelayanan imunisasi hari Kamis jam 08.00-12.00. Bawa buku KIA. Info: {kanhp}.\nKomentar:\nkupang_info: noted min\nLaundry Bersih Kilat: terima kasih infonya",
    "Jadwal pemadaman listrik {tglp}: Kel. {kel} pukul {?08.00|09.00|10.00} sampai {?13.00|15.00|16.00}. PLN UP3 Kupang. Pengaduan 123.",
    "FOTOKOPI BERKAT JAYA - cetak pas foto, jilid, laminasi. WA {kanhp}. Jl. R.A. Kartini No. {no}, buka 07.00-21.00.",
    "Selamat sore bapa mama warga RT {rtx}. Kerja bakti Sabtu jam 07.00, bawa parang dan karung. Pemenang lomba kebersihan tahun lalu RT {rtx:b}, ayo kita kejar!",
    "Komentar kupangviral: jalan di {jalan} rusak lagi\nDinas PUPR Kota Kupang: Sudah masuk jadwal tambal sulam bulan {bulan}. Terima kasih.",
]
LETTER_MINUTES = [
    "Kepada Yth.\nLurah {kel}\ndi Tempat\n\nPerihal: Permohonan surat keterangan domisili\n\nSaya yang bertanda tangan di bawah ini:\nNama : [[name:{name:w1}]]\nNIK : [[nik:{nik:w1}]]\nAlamat : [[address:{addrrt:a}]], Kel. {kel}\nmohon diterbitkan surat keterangan domisili untuk keperluan melamar kerja.\n\nHormat saya,\n[[name:{name:w1}]]",
    "BERITA ACARA MEDIASI\nPada hari ini, {tglp}, di kantor kelurahan {kel} telah dilaksanakan mediasi sengketa batas tanah antara keluarga [[name:{fam:m1}]] dan keluarga [[name:{fam:m2}]]. Hadir: [[name:{name:m1}]] (Pihak I), [[name:{name:m2}]] (Pihak II), Ketua RT {rtx}, Babinsa Serka [[name:{name:m3}]].\nKesepakatan: batas dikembalikan sesuai patok tahun 1998.\nMengetahui, Lurah {kel}",
    "SURAT KUASA\nYang bertanda tangan di bawah ini [[name:{name:w1}]], NIK [[nik:{nik:w1}]], memberi kuasa kepada anak saya [[name:{given:m1} {fam:m2}]], NIK [[nik:{nik:m1}]], untuk mengurus dana pensiun almarhum suami saya [[name:{name:m2}]] di Bank Mandiri, rekening [[bank_account:{rekmdr:m2}]].\nKupang, {tglp}\nPemberi kuasa, [[name:{name:w1}]]\nPenerima kuasa, [[name:{given:m1} {fam:m2}]]",
    "NOTULEN KLARIFIKASI\nTerlapor: Kepala Sekolah {sekolah}\nPelapor: [[name:{name:m1}]], orang tua siswa [[name:{name:cw1}]]\nPokok: siswa ditahan ijazah karena tunggakan komite {rp}.\nHasil: ijazah diserahkan {tglp}.\nNotulis: [[name:{name:w2}]]",
    "SURAT PERNYATAAN AHLI WARIS\nKami ahli waris dari almarhum [[name:{name:m1}]] (NPWP [[npwp:{npwp:m1}]]), sesuai Kartu Keluarga [[kk:{kk:h}]], menyatakan:\n1. [[name:{name:w1}]], istri, NIK [[nik:{nik:w1}]]\n2. [[name:{given:m2} {fam:m1}]], anak, NIK [[nik:{nik:m2}]]\n3. [[name:{given:w2} {fam:m1}]], anak, NIK [[nik:{nik:w2}]]\nadalah ahli waris yang sah.",
    "SURAT KETERANGAN\nNo. {surat}\nYang bertanda tangan di bawah ini Ketua RT {rtx} RW {rwx} Kel. {kel} menerangkan bahwa [[name:{name:m1}]], NIK [[nik:{nikg:m1}]], benar berdomisili di [[address:{addrrt:a}]] sejak 2019.\nKupang, {tglp}\nKetua RT,\n[[name:{name:m2}]]\nHP [[phone:{hp:m2}]]",
    "LEMBAR DISPOSISI\nSurat dari: [[name:{name:w1}]] (warga)\nNo. Agenda: {surat}\nPerihal: keberatan tagihan PDAM no samb {samb}\nDiteruskan kepada: Kabag Umum\nIsi disposisi: segera tindak lanjuti, hubungi pelapor di [[phone:{hp:w1}]].\nParaf: Sekda",
    "Kepada Yth. Inspektorat Kota Kupang\nDengan hormat, saya melaporkan mobil dinas plat merah [[plate:{plate:v}]] dipakai untuk antar anak sekolah dan belanja di {pasar} pada hari Sabtu dan Minggu. Foto terlampir.\nHormat saya,\n[[name:{name:m1}]]\n[[address:{addr:a}]]",
    "Kami warga [[address:RT {rtx} RW {rwx}]] Kel. {kel} menolak rencana pembangunan tower di lahan milik [[name:{name:m1}]] yang hanya berjarak 10 meter dari rumah warga.\nYang menandatangani:\n1. [[name:{name:m2}]]\n2. [[name:{name:w1}]]\n3. [[name:{name:m3}]]\n4. [[name:{name:w2}]]",
    "Perihal: Permohonan perbaikan data KK\nDengan hormat, saya [[name:{name:m1}]], kepala keluarga dengan No. KK [[kk:{kk:h}]], mohon perbaikan tanggal lahir anak saya [[name:{given:cm1} {fam:m1}]] (NIK [[nik:{nik:cm1}]]) yang tertulis salah.\nLampiran: akta kelahiran, KK asli.",
    "Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang\nSaya [[name:{name:w1}]], peserta JKN nomor [[bpjs:{bpjs:w1}]], mengajukan keberatan atas penonaktifan kepesertaan PBI saya sejak {bulan}. Saya janda dengan 3 anak dan berjualan sayur di {pasar}.\nHormat saya,\n[[name:{name:w1}]]\n[[address:{rtrw:a}]] Kel. {kel}",
    "NOTULEN RAPAT VERIFIKASI PENERIMA BANTUAN UMKM\n1. [[name:{name:w1}]], usaha kue, NPWP [[npwp:{npwp:w1}]] - memenuhi syarat.\n2. CV Timor Mandiri, NPWP {npwpb} - tidak memenuhi (badan usaha).\n3. [[name:{name:m1}]], bengkel las, NPWP [[npwp:{npwp:m1}]] - memenuhi syarat.\nNotulis: [[name:{name:w2}]]",
    "Kepada Yth. Kepala Dinas Kelautan dan Perikanan\nPerihal: Bantuan mesin perahu\nKelompok nelayan kami di Kel. {kel} belum menerima mesin yang dijanjikan sejak {bulan}. Balasan dapat dikirim ke [[email:{email:m1}]] atau [[phone:{hp:m1}]].\nHormat kami,\n[[name:{name:m1}]]\nKetua Kelompok Nelayan",
    "SURAT EDARAN\nNomor: {surat}\nDisampaikan kepada warga bahwa pelayanan administrasi di kantor kelurahan {kel} sementara dilayani oleh Sekretaris Kelurahan, Bapak [[name:{name:m1}]], S.Sos, selama Lurah cuti. Kontak kantor {kantel}.",
    "SURAT PERNYATAAN DAMAI\nPihak I: [[name:{name:m1}]], pengendara motor [[plate:{plate:v}]]\nPihak II: [[name:{name:m2}]], pengendara mobil [[plate:{plate:u}]]\nKedua pihak sepakat berdamai atas kejadian di {jalan} tanggal {tglp}. Pihak II mengganti biaya perbaikan {rpb}.",
    "Perihal: Keberatan kenaikan PBB\nSaya [[name:{name:w1}]], NIK [[nik:{nik17:w1}]] (sesuai fotokopi terlampir), pemilik tanah dan rumah di [[address:{addr:a}]] dengan NOP {nop}, keberatan atas kenaikan PBB dari {rp:a} menjadi {rp:b}.\nHormat saya, [[name:{name:w1}]]",
    "NOTULEN RAPAT KADER POSYANDU KEL. {kel^}\nHadir: bidan [[name:{given:w1}]], kader [[name:{name:w2}]], [[name:{name:w3}]], [[name:{given:w4}]].\nPembahasan: {nk} balita stunting, PMT dari puskesmas terlambat.\nCatatan: balita [[name:{name:c1}]] di [[address:{rtn:a}]] dirujuk ke {rs}.",
    # without personal data
    "KOP: DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KUPANG\nJl. Timor Raya Km. 5, Telp. {kantel}\n\nNomor: {surat}\nPerihal: Jawaban pengaduan\n\nMenanggapi laporan nomor {tiket}, perbaikan drainase di {jalan} akan dikerjakan mulai {tglp}.\n\nKepala Dinas PUPR",
    "UNDANGAN\nKoperasi Simpan Pinjam Tunas Harapan mengundang anggota rapat tahunan {tglp}, jam {jam}, di aula {gereja}. Simpanan wajib dapat disetor ke rekening koperasi Bank NTT {rekb}.\nHormat kami,\nPengurus\nTelp. {kanhp}",
    "NOTULEN MUSRENBANG KELURAHAN {kel^}\nUsulan: 1) perbaikan {jalan}, 2) lampu jalan RT {rtx} sampai RT {rtx:b}, 3) sumur bor dekat {pasar}. Anggaran perkiraan Rp {?150|250|400|600|850} juta. Notulen disahkan {tglp}.",
    "Kode etik petugas pengaduan {?Dinas Kesehatan|Dinas Sosial|Bapenda|Dukcapil} Kota Kupang: data pengaduan tidak boleh disebarluaskan ke publik, tidak digunakan untuk kepentingan pribadi, dan ditindaklanjuti sesuai SOP paling lama {nk} hari kerja.",
    "Nomor: {surat}\nLampiran: 1 berkas\nPerihal: Permohonan klarifikasi\n\nYth. Direktur {rs}\nBerdasarkan pengaduan masyarakat melalui SP4N-LAPOR! nomor {tiket}, mohon penjelasan tentang penarikan biaya {rp} kepada pasien JKN. Jawaban dikirim ke ombudsman.ntt@ombudsman.go.id.",
    "SURAT EDARAN WALI KOTA KUPANG\nNomor: {surat}\nJam pelayanan kantor: Senin-Kamis 07.30-16.00, Jumat 07.30-16.30. Pengaduan dapat disampaikan melalui SMS 1708 format KOTKUPANG (spasi) keluhan, atau lapor.go.id.",
    "Berita acara serah terima bantuan: {n} paket sembako diterima oleh Lurah {kel} dari BAZNAS Kota Kupang pada {tglp}. Dana bersumber dari rekening BAZNAS {rekb}.",
    "Kepada Yth. Camat {kec}\nKami pengurus {gereja} memohon izin keramaian untuk ibadah syukur pada {tglp}. Sekretariat di Jl. Thamrin No. {no}.\nHormat kami, Majelis Jemaat",
    "TATA TERTIB ANTRIAN DUKCAPIL: ambil nomor antrian ({antri}) di loket 1, siapkan KK dan KTP asli. Rekam KTP-el hari {?Senin|Selasa|Rabu} sampai Jumat jam 08.00-14.00.",
    "NOTA DINAS\nDari: Kepala Bagian Organisasi\nKepada: Para Kepala Perangkat Daerah\nNomor: {surat}\nMohon setiap OPD menunjuk petugas pengelola LAPOR! dan melaporkan tindak lanjut paling lambat {tglp}.",
]

OCR_SCAN = [
    "PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNIK : [[nik:{nik:m1}]]\nNama : [[name:{name^:m1}]]\nTempat/Tgl Lahir : {ttl:m1}\nJenis Kelamin : {jk:m1}\nAlamat : [[address:{addr^:a}]]\n[[address:RT/RW : {rtktp:a}]]\nKel/Desa : {kel^}\nKecamatan : {kec^}\nAgama : KRISTEN",
    "NIK[[nik:{nik:w1}]]Nama[[name:{name^:w1}]]Tempat/Tgl Lahir{ttl:w1}Jenis kelamin{jk:w1}Alamat[[address:{addr^:a}]]Agama : KATHOLIK",
    "KARTU KELUARGA\nNo. [[kk:{kk:h}]]\nNama Kepala Keluarga : [[name:{name^:m1}]]\nAlamat : [[address:{addr^:a}]]\n[[address:RT/RW : {rtktp:a}]]\n1 [[name:{name^:m1}]] [[nik:{nik:m1}]] {jk:m1} KEPALA KELUARGA\n2 [[name:{name^:w1}]] [[nik:{nik:w1}]] {jk:w1} ISTRI\n3 [[name:{given^:c1} {fam^:m1}]] [[nik:{nik:c1}]] {jk:c1} ANAK",
    "KARTU INDONESIA SEHAT\nNo. Kartu : [[bpjs:{bpjs:w1}]]\nNama : [[name:{name^:w1}]]\nNIK : [[nik:{nik:w1}]]\nTgl. Lahir : {tgllahir:w1}\nFaskes Tingkat I : PUSKESMAS {pkm^}",
    "BANK NTT\nBUKU TABUNGAN\nNAMA [[name:{name^:m1}]]\nNO. REKENING [[bank_account:{rekntt:m1}]]\nALAMAT [[address:{addr^:a}]] KEL. {kel^}\nCABANG KUPANG",
    "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nNPWP : [[npwp:{npwp:m1}]]\n[[name:{name^:m1}]]\nNIK : [[nik:{nik:m1}]]\n[[address:{addr^:a}]]\nKPP PRATAMA KUPANG",
    "SURAT TANDA NOMOR KENDARAAN BERMOTOR\nNOMOR REGISTRASI : [[plate:{plate:v}]]\nNAMA PEMILIK : [[name:{name^:m1}]]\nALAMAT : [[address:{addr^:a}]] {kel^}\nMERK/TYPE : HONDA/VARIO 125\nNO. RANGKA : {rangka}",
    "FORMULIR PERMOHONAN PINDAH\nNama Lengkap : [[name:{name^:w1}]]\nNIK : [[nik:{nikbreak:w1}]]\nNo. HP : [[phone:{hpbreak:w1}]]\nAlasan Pindah : Pekerjaan\nKabupaten Tujuan : {kab:w2}",
    "N a m a : [[name:{namesp:m1}]]\nN I K : [[nik:{nikocr:m1}]]\nPekerjaan : NELAYAN\nKewarganegaraan : WNI\nBerlaku Hingga : SEUMUR HIDUP",
    "BUKTI TRANSFER\nTGL {tgl} {jam}\nDARI REK [[bank_account:{rekbri:m1}]]\nNAMA PENGIRIM [[name:{name^:m1}]]\nKE REK {rekb}\nNAMA TUJUAN KOPERASI TUNAS HARAPAN\nJUMLAH {rp}\nBERITA SIMPANAN WAJIB",
    "KUTIPAN AKTA KEMATIAN\nBahwa di KUPANG pada tanggal {tglp} telah meninggal dunia:\n[[name:{name^:m1}]]\nNIK [[nik:{nik:m1}]]\nPelapor : [[name:{name^:w1}]]\nHubungan : ISTRI",
    "RSUD S.K. LERIK\nKARTU BEROBAT\nNo. RM : {n}-{no}-{nk}\nNama Pasien : [[name:{name^:w1}]]\nNo. BPJS : [[bpjs:{bpjs:w1}]]\nAlamat : [[address:{rtrw:a}]] {kel^}\nNo. Antrian : {antri}",
    "N a m a : [[name:{given^:m1}\n{fam^:m1}]]\nTempat/Tgl Lahir : {ttl:m1}\nStatus Perkawinan : KAWIN\nPekerjaan : WIRASWASTA\nNIK : [[nik:{nik:m1}]]",
    "SPPT PBB 2026\nNOP : {nop}\nNAMA WAJIB PAJAK : [[name:{name^:w1}]]\nALAMAT WAJIB PAJAK : [[address:{addr^:a}]]\nLETAK OBJEK PAJAK : {jalan^}\nPBB TERHUTANG : {rp}",
    "T0KO SINAR ABADI\nJl. Soeharto No. {no} Kupang\nTelp {kantel}\nNPWP : {npwpb}\n----\nPembeli : [[name:{namedig:m1}]]\nSemen 10 sak Rp {?650.000|700.000|720.000|750.000}",
    "[hasil scan surat tulisan tangan]\nKepada Yth Bapak Walikota, sy [[name:{name:w1}]] mau lapor jalan di depan rmh sy [[address:{addr:a}]] rusak parah. Nomor sy [[phone:{hpocr:w1}]]",
    "PT PLN (PERSERO)\nIDPEL : {idpel}\nNAMA : [[name:{name^:m1}]]\nALAMAT : [[address:{addr^:a}]]\nTARIF/DAYA : R1/900 VA\nTAGIHAN : {rp}",
    "No. Kartu : [[bpjs:{bpjsg:m1}]]\nNama : [[name:{name^:m1}]]\nNo. KK : [[kk:{kk:h}]]\nKelas Rawat : III\nPBI APBN",
    # without personal data
    "STRUK PEMBELIAN TOKEN\nIDPEL {idpel}\nNOMINAL {rp}\nTOKEN {token}\nTGL {tgl} {jam}\nTERIMA KASIH",
    "APOTEK KASIH IBU\nJl. Sukun No. {no} Kupang\nTelp {kantel}\nNPWP : {npwpb}\nParasetamol 2 strip {rp}\nTOTAL {rp:b}",
    "SKRD RETRIBUSI PELAYANAN PERSAMPAHAN\nNo. {surat}\nKode Bayar {billing}\nMasa {bulan} 2026\nJumlah {rp}\nSetor ke Kas Daerah Bank NTT {rekb}",
    "KARCIS PARKIR\nDINAS PERHUBUNGAN KOTA KUPANG\nNo. Seri {antri}{no}\nRoda 2 Rp 2.000\nBerlaku {tgl}",
    "TAGIHAN AIR\nNo. Samb : {samb}\nPeriode : {bulan} 2026\nPemakaian : {n} m3\nTotal : {rp}\nBayar sebelum tgl 20",
    "KWITANSI\nTelah terima dari: Panitia Natal {gereja}\nUang sejumlah: {rp}\nUntuk: sewa tenda\nKupang, {tglp}",
    "SURAT IZIN USAHA\nNomor: {surat}\nNama Usaha : UD KARYA LONTAR\nNPWP : {npwpb}\nAlamat Usaha : JL. NURI NO. {no}\nKBLI : 47111",
    "BUKTI SETOR PAJAK\nNTPN {billing}\nNPWP : {npwpb}\nNAMA : BENDAHARA DINAS SOSIAL\nJUMLAH {rp}",
    "POSYANDU KASIH IBU\nJADWAL TIMBANG: TIAP TGL {nk}\nJAM 08.00 - 11.00\nINFO: {kanhp}",
    "NOTA BENGKEL MAJU MOTOR\nGanti oli + servis {rp}\nNo. Nota {antri}\nNPWP {npwpb}\nTelp {kanhp}",
]
REGISTER_NOTICE = [
    "No,Nama Pemohon,NIK,Alamat,No HP\n1,[[name:{name:m1}]],[[nik:{nik:m1}]],[[address:{addr:a}]],[[phone:{hp0:m1}]]\n2,[[name:{name:w1}]],[[nik:{nik:w1}]],[[address:{addr:b}]],[[phone:{hp0:w1}]]\n3,[[name:{name:m2}]],[[nik:{nik:m2}]],[[address:{rtrw:c}]],[[phone:{hp0:m2}]]",
    "| No | Nama | NIK | RT/RW |\n| 1 | [[name:{name^:w1}]] | [[nik:{nik:w1}]] | [[address:{rtktp:a}]] |\n| 2 | [[name:{name^:m1}]] | [[nik:{nik:m1}]] | [[address:{rtktp:b}]] |\n| 3 | [[name:{name^:w2}]] | [[nik:{nik:w2}]] | [[address:{rtktp:c}]] |",
    "Daftar lansia penerima PMT RT {rtx}:\n1. [[name:{name:w1}]] ({usia:a})\n2. [[name:{name:m1}]] ({usia:b})\n3. [[name:{name:w2}]] ({usia:c})\n4. [[name:{name:w3}]] ({usia:d})",
    "Rekap NPWP guru honor {sekolah} (diminta bendahara)\n[[name:{name:w1}]] - [[npwp:{npwp16:w1}]]\n[[name:{name:m1}]] - [[npwp:{npwp:m1}]]\n[[name:{name:w2}]] - [[npwp:{npwp16:w2}]]",
    "NO;NAMA;NO KARTU JKN;KELURAHAN\n1;[[name:{name^:m1}]];[[bpjs:{bpjs:m1}]];{kel^}\n2;[[name:{name^:w1}]];[[bpjs:{bpjs:w1}]];{kel^:b}\n3;[[name:{name^:w2}]];[[bpjs:{bpjs:w2}]];{kel^:b}",
    "HASIL RAZIA GABUNGAN {tglp}\nLokasi: {jalan}\n1. [[plate:{plate:a}]] - STNK mati\n2. [[plate:{plate:b}]] - tanpa helm\n3. [[plate:{plate:c}]] - knalpot bising\nTilang diserahkan ke Satlantas.",
    "DAFTAR PENERIMA HONOR KADER {?POSYANDU MELATI|POSYANDU BUNGA BAKUNG|POSYANDU ANGGREK}\nNama | Bank | No. Rekening\n[[name:{name:w1}]] | BRI | [[bank_account:{rekbri:w1}]]\n[[name:{name:w2}]] | Bank NTT | [[bank_account:{rekntt:w2}]]\n[[name:{name:w3}]] | BNI | [[bank_account:{rekbni:w3}]]",
    "JADWAL RONDA RT {rtx}\nSenin: [[name:{given:m1}]], [[name:{given:m2}]]\nRabu: [[name:{given:m3}]], [[name:{given:m4}]]\nSabtu: [[name:{name:m5}]]\nKoordinator: Pak RT ([[phone:{hp:m6}]])",
    "DATA BALITA POSYANDU {kel^}\nNama Balita | Nama Ibu | BB\n[[name:{name:c1}]] | [[name:{name:w1}]] | 9,2 kg\n[[name:{name:c2}]] | [[name:{name:w2}]] | 11,0 kg\n[[name:{name:c3}]] | [[name:{name:w3}]] | 8,7 kg",
    "DAFTAR PENERIMA BLT NIK TIDAK PADAN\n1 [[name:{name^:m1}]] [[nik:{nikocr:m1}]] {jk:m1}\n2 [[name:{name^:w1}]] [[nik:{nik:w1}]] {jk:w1}\n3 [[name:{name^:m2}]] [[nik:{nik15:m2}]] {jk:m2}",
    "DAFTAR HADIR SOSIALISASI LAPOR! SP4N\nNo | Nama | Asal | HP\n1 | [[name:{name:m1}]] | warga [[address:{rtrw:a}]] | [[phone:{hp:m1}]]\n2 | [[name:{name:w1}]] | Dinkes Kota Kupang | [[phone:{hp:w1}]]\n3 | [[name:{name:w2}]] | PKK Kel. {kel} | [[phone:{hp:w2}]]",
    "No KK [[kk:{kk:h}]]\n[[name:{name^:m1}]] [[nik:{nik:m1}]] KEPALA KELUARGA\n[[name:{name^:w1}]] [[nik:{nik:w1}]] ISTRI\n[[name:{given^:c1} {fam^:m1}]] [[nik:{nik:c1}]] ANAK",
    "DANA DUKA JEMAAT {gereja^}\nAlmarhum [[name:{name:m1}]] - sumbangan {rp}\nDiserahkan kepada istri, [[name:{name:w1}]], [[address:{addr:a}]]\nRekening Majelis Jemaat {rekb}",
    "No Nama NIK No. KK RT/RW\n1 [[name:{name^:m1}]] [[nik:{nik:m1}]] [[kk:{kk:h1}]] [[address:{rtktp:a}]]\n2 [[name:{name^:w1}]] [[nik:{nik:w1}]] [[kk:{kk:h2}]] [[address:{rtktp:b}]]",
    "REKAP LAPORAN PENIPUAN {bulan^}\nNomor Penipu | Mengaku Sebagai\n{scam:a} | Petugas PLN\n{scam:b} | Admin Kemensos\nNama Pelaku | Nomor\n[[name:{name:m1}]] | [[phone:{hp:m1}]]",
    "Daftar email orang tua kelas 7A {sekolah}:\n[[name:{name:w1}]] - [[email:{email:w1}]]\n[[name:{name:m1}]] - [[email:{email:m1}]]\n[[name:{name:w2}]] - [[email:{email:w2}]]\nTata Usaha - tu.smpn.kupang@gmail.com",
    "DATA OJEK PANGKALAN {pasar^}\nNama\tNopol\tHP\n[[name:{name:m1}]]\t[[plate:{plate:v1}]]\t[[phone:{hp0:m1}]]\n[[name:{name:m2}]]\t[[plate:{plate:v2}]]\t[[phone:{hp0:m2}]]",
    # without personal data
    "PENGUMUMAN RT {rtx} / RW {rwx}\nIuran sampah dan keamanan bulan {bulan} Rp 25.000 per KK, dibayar di pos kamling. Terima kasih.",
    "JADWAL FOGGING {tglp}: RT {rtx}, RT {rtx:b} dan RT {rtx:c} Kel. {kel}. Mohon jendela dibuka.",
    "Instansi;Alamat;Telepon\nDukcapil Kota Kupang;{jalan} No. {no};{kantel}\nDinas Sosial;Jl. Timor Raya No. {no:b};{kantel:b}\nPuskesmas {pkm};Jl. Sukun No. {no:c};{kanhp}",
    "Jumlah KK penerima BLT per RT:\nRT 01: {n} KK\nRT 02: {n:b} KK\nRT 03: {n:c} KK\nTotal disalurkan {rpb}.",
    "Nomor layanan Puskesmas {pkm} berubah. Nomor lama: {kantel}. Nomor baru: {kantel:b} / WA {kanhp}.",
    "INFO PENGADUAN DINAS SOSIAL KOTA KUPANG\nSMS/WA {kanhp}\nTelp {kantel}\nEmail dinsos@kupangkota.go.id\nLayanan Senin-Jumat 08.00-15.00",
    "TARIF RETRIBUSI {pasar^}\nLos daging: {rp}/bulan\nLapak sayur: {rp:b}/bulan\nKios: {rp:c}/bulan\nPembayaran lewat VA {va}",
    "Nama Usaha;NPWP;Alamat Usaha\nUD Laut Timor;{npwpb};Jl. Ikan Paus No. {no}\nKoperasi Pedagang Ikan;{npwpb:b};{pasar}",
    "Rekap laporan per kanal {bulan}: SMS 1708 {n}, WA {kanhp}: {n:b} laporan, web lapor.go.id {n:c}, telepon {kantel}: {nk} laporan.",
    "DAFTAR SEKOLAH PENERIMA BOS\nNPSN | Sekolah | Rekening\n{nisn} | {sekolah} | {rekb}\n{nisn:b} | SD GMIT Oepura | {rekb:b}",
]

KUPANG_MALAY = [
    "Selamat siang Pak. Beta [[name:{name:m1}]] dari [[address:{rtrw2:a}]] Kel. {kel}. Air PDAM su satu minggu sonde jalan, katong beli air tangki {rp} satu kali. Tolong dong urus ko. Beta pung nomor [[phone:{hp:m1}]].",
    "Bosong dengar dulu, Om [[name:{given:m1}]] pung babi lepas tiap hari masuk kebun sayur beta di [[address:{rtn:a}]]. Su tegur sonde mau dengar. Tolong Pak Lurah urus.",
    'Transkrip pesan suara: "Halo, beta mama [[name:{given:c1}]]. Beta pung anak sonde dapa PIP padahal sekolah bilang su ada SK. Beta pung nama [[name:{name:w1}]], NIK [[nik:{nik:w1}]]. Tolong cek e."',
    "Pak, beta mau tanya. Beta pung KK [[kk:{kk:h}]] ju beta pung NIK [[nik:{nik:m1}]] dua-dua tatulis salah di sistem. Jadi beta pung kartu KIS [[bpjs:{bpjs:m1}]] sonde bisa pake. - [[name:{name_:m1}]]",
    "Oto pick up [[plate:{plate:v}]] tu tiap malam buang sampah di kali dekat [[address:{addr:a}]] (rumah beta). Beta su foto. Tolong Dinas Lingkungan tangkap dia.",
    "Kaka, beta su transfer uang {rpb} ke rekening BRI [[bank_account:{rekbri:m2}]] atas nama [[name:{name:m2}]], dia bilang bisa urus beta pung anak masuk honor. Sekarang dia hilang. Beta pung WA [[phone:{hp:w1}]].",
    "Pak, bendahara sekolah minta NPWP. Beta pung NPWP 16 digit sa sekarang sama deng NIK, [[npwp:{npwp16:w1}]]. Betul ko sonde? - [[name:{given:w1}]]",
    "Tanta [[name:{given:w1}]] yang punya kos di [[address:{gang:a}]] potong listrik ke kamar katong padahal katong su bayar. Dia pung nomor [[phone:{hp:w1}]] sonde angkat.",
    "Ada orang telpon beta pake nomor [[phone:{hp:m2}]], dia bilang dia pung nama [[name:{name:m2}]], teman lama beta, minta pulsa {rp}. Beta kasi, abis itu dia hilang. Beta [[name:{given:w1}]] dari {kel}.",
    "Dong pung anak [[name:{given:c1}]] ko, yang dong panggil dia [[name:{?Ose|Iko|Nyong|Ati|Ira}]] sa, tiap hari sonde sekolah, jual pinang di {pasar}. Bapa mama dia kerja di luar. Tolong Dinas Sosial lia dia.",
    "Keluarga [[name:{fam:m1}]] deng keluarga [[name:{fam:m2}]] baku pukul soal batas tanah di [[address:{rtrw2:a}]] Kel. {kel}. Tolong Pak Camat mediasi dolo sebelum ada yang mati.",
    "Pak admin, beta su kirim berkas lewat email [[email:{email:m1}]] tapi sonde ada balasan. Beta pung nomor WA [[phone:{hp:m1}]]. Nama [[name:{name:m1}]].",
    "Beta pung rumah di [[address:{addr:a}]], tembok retak gara-gara alat berat proyek jalan. Kontraktor bilang urus ke dinas. Beta [[name:{name:w1}]], HP [[phone:{hp:w1}]].",
    "Mama [[name:{given:w2}]] dong suru bayar di IGD {rs}, padahal dia pung kartu JKN [[bpjs:{bpjs:w2}]] aktif. Beta anak, [[name:{name:m1}]].",
    "Motor beta [[plate:{plate_:v}]] dong tahan di {jalan}, polisi bilang STNK mati. Su bayar {rp} ke bank. Kapan bisa ambil? Beta [[name:{given:m1}]] [[phone:{hp:m1}]]",
    "beta pung nama [[name:{name_:w1}]], mau tanya KK beta [[kk:{kk:h}]] kenapa ju anak beta [[name:{given_:c1}]] sonde masuk. beta su bawa surat lahir dari bidan [[name:{given_:w2}]].",
    "Pak lurah, staf kelurahan nama [[name:{given:m2}]] tu minta uang {rp} baru mau kasi surat pengantar. Beta ada nomor dia [[phone:{hp:m2}]], nama lengkap [[name:{name:m2}]]. Beta sonde mau nama beta dibuka.",
    # without personal data
    "Pak, lampu jalan di {jalan} su mati satu bulan. Malam-malam gelap sampe. Tolong PLN deng Dishub lia ko.",
    "Air PDAM di RT {rtx} deng RT {rtx:b} sonde ada lagi. Katong mandi pake air galon. Kapan mau jalan?",
    "Ada nomor {scam} WA beta, dia bilang dia dari Dinas Sosial, suru kirim KTP pung foto. Itu tipu-tipu to? Jang sampe bapa mama laen kena.",
    "Jalan ke {sekolah} tu lubang-lubang sampe. Anak sekolah jatuh dari motor {nk} kali bulan ini. Dinas PUPR tolong tambal ko.",
    "Beta su telpon {kantel} ju sonde angkat. Jadi beta lapor sini sa: sampah di {pasar} su tiga hari sonde angkat.",
    "Dong bilang kalo mau daftar imunisasi anak, WA ke {kanhp}. Betul ko? Beta mau daftar di Puskesmas {pkm}.",
    "Katong pung tagihan PLN naik sampe {rp}, padahal di rumah cuma ada lampu deng TV. ID pel {idpel}. Tolong cek ko.",
    "Terima kasih banyak e Pak Wali, jalan di {jalan} su bagus. Sekarang oto bisa lewat sampe {kel}.",
    "Oto tangki air dari kelurahan datang cuma satu kali seminggu, katong pung RT ada {n} KK. Sonde cukup. Tolong tambah.",
    "Bosong hati-hati, ada yang jual minyak tanah {rp} satu liter di {kel}, mahal sampe. Pangkalan resmi bilang stok habis tapi di pengecer ada.",
]

STYLES = {
    "sms_1708": SMS_1708,
    "wa_chat": WA_CHAT,
    "lapor_web": LAPOR_WEB,
    "email_thread": EMAIL_THREAD,
    "call_note": CALL_NOTE,
    "social_post": SOCIAL_POST,
    "letter_minutes": LETTER_MINUTES,
    "ocr_scan": OCR_SCAN,
    "register_notice": REGISTER_NOTICE,
    "kupang_malay": KUPANG_MALAY,
}


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for style, templates in STYLES.items():
        for number, template in enumerate(templates, start=1):
            for _ in range(FILLS):
                last = ""
                for _attempt in range(400):
                    ctx = Context(rng)
                    text, spans, values = strip_labels(fill(template, ctx))
                    try:
                        check(text, spans, values, style)
                    except CheckError as error:
                        last = str(error)
                        continue
                    if text in seen:
                        last = "duplicate text"
                        continue
                    break
                else:
                    raise SystemExit(f"{style} template {number} cannot be filled: {last}")
                seen.add(text)
                spans.sort(key=lambda s: s["start"])
                records.append({"text": text, "spans": spans, "style": style})
    rng.shuffle(records)
    return [{"id": f"b15-{i:04d}", **record} for i, record in enumerate(records, start=1)]


def main() -> None:
    self_test()
    templates = sum(len(t) for t in STYLES.values())
    clean = sum(1 for t in STYLES.values() for x in t if "[[" not in x)
    records = build()
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    print(
        f"{OUT.name}: {len(records)} texts, {sum(kinds.values())} spans, {sum(1 for r in records if not r['spans'])} without any span"
    )
    print(
        f"templates: {templates} ({clean} without personal data), per style {min(len(t) for t in STYLES.values())}-{max(len(t) for t in STYLES.values())}"
    )
    print(f"SHA-256: {digest}")
    for kind, count in kinds.most_common():
        print(f"  {kind:13} {count}")
    for style in STYLES:
        mine = [r for r in records if r["style"] == style]
        per = Counter(s["kind"] for r in mine for s in r["spans"])
        row = " ".join(f"{k}={per.get(k, 0)}" for k in KINDS)
        print(
            f"  {style:15} texts={len(mine)} clean={sum(1 for r in mine if not r['spans'])} spans={sum(per.values())} {row}"
        )


if __name__ == "__main__":
    sys.exit(main())
