# ruff: noqa: E501, RUF001, T201, PLR0911, PLR0912, N802
"""Write the fourteenth blind redaction corpus, ``redaction_blind_v14.jsonl``.

Hand-written templates carry their labels inline: ``[[kind:...]]`` labels everything between
the colon and the closing brackets (placeholders inside are filled first), ``{gen:key}`` is
filled by a seeded generator (the same generator and key give the same value in one text, and
the person generators with one key describe one person), ``{gen}`` without a key is drawn fresh
at each use, a ``^`` or ``_`` after the generator's name gives the value in capitals or lower
case, and ``{?a|b|c}`` picks one plain-text alternative. A placeholder outside ``[[...]]`` is
never labelled: that is how look-alikes (offices' lines, scams' numbers, bodies' NPWPs, tickets,
amounts) are written. Every template is filled three times. The script strips the markers,
computes the offsets and checks every span; a fill that fails a check is drawn again.

Run: ``python tests/data/blind/make_redaction_blind_v14.py`` (prints the SHA-256 and counts).
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

OUT = Path(__file__).with_name("redaction_blind_v14.jsonl")
SEED = 20270101
FILLS = 3
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
STYLES = (
    "sms_1708",
    "wa_chat",
    "lapor_web",
    "email_thread",
    "call_note",
    "social_post",
    "letter_minutes",
    "ocr_scan",
    "register_notice",
    "kupang_malay",
)

# --------------------------------------------------------------------------------------------
# Word lists (invented people; real places of Kota Kupang and NTT)
# --------------------------------------------------------------------------------------------

NTT_MALE = [
    "Yohanes",
    "Yakob",
    "Markus",
    "Melkianus",
    "Marthen",
    "Petrus",
    "Paulus",
    "Simon",
    "Daniel",
    "Yermias",
    "Ebed",
    "Dominggus",
    "Frans",
    "Yosef",
    "Agustinus",
    "Mikhael",
    "Stefanus",
    "Viktor",
    "Deki",
    "Melki",
    "Semuel",
    "Obed",
    "Yunus",
    "Imanuel",
    "Aleksander",
    "Hendrik",
    "Rudolf",
    "Nikodemus",
    "Ignasius",
    "Fransiskus",
    "Kornelis",
    "Matheus",
    "Lukas",
    "Benyamin",
    "Arnoldus",
    "Gabriel",
    "Yulius",
    "Albertus",
    "Jefry",
    "Ferdinand",
    "Apolos",
    "Nehemia",
    "Zakarias",
    "Elias",
    "Herman",
    "Wellem",
    "Godlief",
    "Jermi",
    "Oktovianus",
    "Silvester",
    "Kristofel",
    "Yoksan",
    "Roni",
    "Anderias",
    "Hironimus",
    "Blasius",
    "Piter",
]
NTT_FEMALE = [
    "Maria",
    "Yuliana",
    "Agustina",
    "Rosalina",
    "Yanti",
    "Vivi",
    "Gracia",
    "Sofia",
    "Dorkas",
    "Anace",
    "Lodia",
    "Selfi",
    "Erni",
    "Febi",
    "Meri",
    "Susana",
    "Yustina",
    "Oktaviana",
    "Novi",
    "Christin",
    "Debora",
    "Elisabeth",
    "Ester",
    "Ribka",
    "Sarlota",
    "Welmince",
    "Adriana",
    "Yohana",
    "Magdalena",
    "Theresia",
    "Veronika",
    "Fransiska",
    "Kristina",
    "Mersi",
    "Margaretha",
    "Anjelina",
    "Emi",
    "Yosephina",
    "Irene",
    "Priska",
    "Orpa",
    "Naomi",
    "Dortia",
    "Marlin",
    "Serlin",
    "Leni",
    "Yuli",
    "Ina",
    "Dewi",
    "Ani",
]
NTT_FAMILY = [
    *[
        "Ndun",
        "Manafe",
        "Tefa",
        "Benu",
        "Lay",
        "Bessie",
        "Fanggidae",
        "Kana",
        "Tallo",
        "Pah",
        "Nenobais",
        "Mooy",
        "Therik",
        "Tanone",
        "Amalo",
        "Ratu",
        "Lobo",
        "Haba",
        "Adoe",
        "Neonufa",
        "Sabneno",
        "Touselak",
        "Tuames",
        "Boimau",
        "Laka",
        "Kapitan",
        "Tunliu",
        "Selan",
        "Bana",
        "Nahak",
        "Uly",
        "Toelle",
        "Loasana",
        "Bire",
        "Kelen",
        "Banunaek",
        "Manu",
        "Sinlae",
        "Nitbani",
        "Radja",
        "Kolo",
        "Taopan",
        "Nubatonis",
        "Oematan",
        "Seran",
        "Ximenes",
        "Fernandez",
        "Pello",
        "Foenay",
        "Koroh",
        "Lado",
        "Lomi",
        "Djami",
        "Huru",
        "Tanggu",
        "Dethan",
        "Messakh",
        "Nalle",
        "Lerik",
        "Missa",
        "Rohi",
        "Kase",
        "Mbura",
        "Tamelab",
        "Lake",
        "Dima",
        "Wadu",
        "Leo",
        "Langoday",
        "Kedang",
        "Hurek",
        "Lewar",
        "Kleden",
        "Sogen",
        "Gomang",
        "Malelak",
        "Ataupah",
        "Nope",
        "Kiuk",
        "Takene",
        "Saekoko",
        "Lakapu",
        "Ndoen",
        "Klau",
        "Maro",
        "Djahamou",
        "Kapita",
        "Hamba",
        "Landu",
        "Bunganaen",
        "Sole",
        "Ratu",
        "Ludji",
        "Kore",
        "Adu",
        "Nisnoni",
        "Lalang",
        "Nuban",
        "Feoh",
        "Liu",
        "Tode",
    ],
    "Riwu Kaho",
    "Ga Lena",
    "Dju Dara",
    "Mone Ratu",
    "da Costa",
    "Wila Huky",
    "Ludji Pau",
]
MIDDLE_MALE = ["Paulus", "Anderias", "Agustinus", "Benediktus", "Yoseph", "Fransiskus"]
MIDDLE_FEMALE = ["Goreti", "Imaculata", "Agustina", "Florida", "Yasinta", "Magdalena"]
JAVA_MALE = [
    "Budi",
    "Agus",
    "Joko",
    "Slamet",
    "Bambang",
    "Teguh",
    "Dimas",
    "Fajar",
    "Arif",
    "Hendra",
    "Rian",
    "Wahyu",
    "Eko",
    "Sugeng",
    "Rizky",
]
JAVA_FEMALE = [
    "Sri",
    "Dewi",
    "Rahmawati",
    "Wulan",
    "Endang",
    "Yuni",
    "Ratna",
    "Siti",
    "Lestari",
    "Indah",
    "Nur",
    "Fitri",
]
JAVA_FAMILY = [
    "Santoso",
    "Susanto",
    "Prasetyo",
    "Wibowo",
    "Hartono",
    "Nugroho",
    "Setiawan",
    "Kurniawan",
    "Purnomo",
    "Hidayat",
]
BALI_MALE = ["Made", "Wayan", "Nyoman", "Ketut", "Gede"]
BALI_FEMALE = ["Luh", "Putu", "Made", "Komang", "Kadek"]
BALI_FAMILY_MALE = ["Sudarsana", "Sukadana", "Mertayasa", "Artawan", "Widiana", "Arsana"]
BALI_FAMILY_FEMALE = ["Suartini", "Ratnasari", "Wahyuni", "Astuti", "Sukarmi", "Ariani"]
BUGIS_MALE = ["Kaharuddin", "Rusli", "Syamsul", "Baharuddin", "Amiruddin"]
BUGIS_FEMALE = ["Rosmiati", "Hasnawati", "Nurhayati", "Sitti Aminah"]
BUGIS_FAMILY = ["Daeng Ngalle", "Daeng Sikki", "Daeng Matta", "Daeng Bali", "Lamatta"]
BATAK_MALE = ["Togar", "Hotman", "Maruli", "Parulian", "Binsar"]
BATAK_FEMALE = ["Rina", "Tiurma", "Lasma", "Roslina"]
BATAK_FAMILY = ["Sitompul", "Simanjuntak", "Siregar", "Nainggolan", "Hutapea"]
CHINESE_FAMILY = ["Liem", "Go", "Tan", "Oei", "Lie"]
CHINESE_MALE = ["Kian Hok", "Tjoen Seng", "Hong Bin", "Siong Hoei"]
CHINESE_FEMALE = ["Siu Lan", "Mei Hwa", "Swie Lan", "Giok Nio"]
ARAB_MALE = ["Umar", "Hasan", "Abdullah", "Salim", "Muhammad", "Ahmad"]
ARAB_FEMALE = ["Fatimah", "Aisyah", "Khadijah", "Syarifah"]
ARAB_FAMILY = ["Alkatiri", "Assegaf", "Baswedan", "Bajeber", "Alhadar", "Bahmid"]
MINAHASA_MALE = ["Ferry", "Ronald", "Jefry", "Stevanus", "Johny"]
MINAHASA_FEMALE = ["Nova", "Mercy", "Christin", "Olivia", "Meiske"]
MINAHASA_FAMILY = ["Tumbelaka", "Lumentut", "Pattipeilohy", "Sahetapy", "Wattimena", "Rondonuwu"]
SUMBA_MALE = ["Umbu Tamu", "Umbu Nggiku", "Umbu Remu", "Umbu Sorung"]
SUMBA_FEMALE = ["Rambu Anarara", "Rambu Lika", "Rambu Hamu"]
SUMBA_FAMILY = ["Ndima", "Kapita", "Hamba", "Landu", "Ndapamerang"]
CHILD_MALE = [
    "Gilbert",
    "Kevin",
    "Rafael",
    "Nathan",
    "Yosua",
    "Kenzo",
    "Aldo",
    "Farel",
    "Sandro",
    "Jordan",
    "Mikael",
    "Ose",
    "Iko",
]
CHILD_FEMALE = [
    "Gracia",
    "Novi",
    "Keisha",
    "Cindy",
    "Angel",
    "Tasya",
    "Jessica",
    "Natalia",
    "Kezia",
    "Vania",
    "Ati",
    "Ira",
]

KELURAHAN = [
    "Oebobo",
    "Oebufu",
    "Oesapa",
    "Lasiana",
    "Liliba",
    "Naikoten",
    "Naikolan",
    "Kuanino",
    "Fontein",
    "Bakunase",
    "Airnona",
    "Oepura",
    "Sikumana",
    "Kolhua",
    "Fatululi",
    "Naimata",
    "Maulafa",
    "Penfui",
    "Belo",
    "Fatukoa",
    "Nefonaek",
    "Oetete",
    "Airmata",
    "Solor",
    "Merdeka",
    "Bonipoi",
    "Namosain",
    "Nunbaun",
    "Nunhila",
    "Manulai",
    "Mantasi",
    "Alak",
    "Penkase",
    "Fatubesi",
    "Oeba",
    "Kayu",
    "Putih",
    "Tuak",
    "Daun",
    "Merah",
]
KELURAHAN = [k for k in KELURAHAN if k not in {"Kayu", "Putih", "Tuak", "Daun", "Merah"}] + [
    "Kayu Putih",
    "Tuak Daun Merah",
    "Oesapa Barat",
    "Kelapa Lima",
    "Pasir Panjang",
    "Nunbaun Sabu",
]
KECAMATAN = ["Oebobo", "Kelapa Lima", "Maulafa", "Kota Raja", "Kota Lama", "Alak"]
HOME_STREETS = [
    "Nangka",
    "Kenari",
    "Sukun",
    "Amabi",
    "Rote",
    "Herewila",
    "Palapa",
    "Bajawa",
    "Kelinci",
    "Kancil",
    "Kedondong",
    "Jambu",
    "Mangga",
    "Salak",
    "Kejora",
    "Manulai",
    "Flamboyan",
    "Mawar",
    "Anggrek",
    "Cendana",
    "Sepakat",
    "Matani",
    "Kuanino",
    "Sumba",
    "Flores",
    "Alor",
    "Sabu",
    "Lontar",
    "Tabulolong",
    "Kelapa",
    "Srikaya",
    "Delima",
    "Belimbing",
    "Merpati",
    "Rajawali",
    "Kakatua",
    "Nuri",
    "Beringin",
    "Asoka",
    "Kamboja",
    "Melati",
    "Teratai",
    "Bougenville",
    "Nusa",
    "Lontar",
]
HOME_STREETS += [
    "Timor Raya",
    "Perintis Kemerdekaan",
    "Cak Doko",
    "Air Lobang",
    "Tode Kisar",
    "Ikan Tongkol",
    "Bhakti Karang",
    "Nusa Indah",
    "Fetor Funay",
    "Alfons Nisnoni",
    "W.J. Lalamentik",
    "Frans Seda",
    "Piet A. Tallo",
    "Soverdi",
    "Oekam",
    "Bakunase Raya",
]
PUBLIC_STREETS = [
    "El Tari",
    "Frans Seda",
    "W.J. Lalamentik",
    "Piet A. Tallo",
    "Soeharto",
    "Moh. Hatta",
    "Jend. Sudirman",
    "Adisucipto",
    "R.A. Kartini",
    "Thamrin",
    "Veteran",
    "Sam Ratulangi",
    "Timor Raya",
    "Amabi",
    "Kelinci",
    "Cak Doko",
    "Alfons Nisnoni",
    "Herewila",
    "Perintis Kemerdekaan",
    "Shopping Center",
    "Siliwangi",
    "Urip Sumoharjo",
    "Ahmad Yani",
    "H.R. Koroh",
]
LANES = ["Kakatua", "Sepakat", "Damai", "Cempaka", "Rukun", "Harapan", "Melati", "Sejahtera"]
PUSKESMAS = [
    "Oebobo",
    "Sikumana",
    "Oesapa",
    "Bakunase",
    "Kupang Kota",
    "Alak",
    "Penfui",
    "Naioni",
    "Pasir Panjang",
    "Oepoi",
    "Manutapen",
]
PASAR = ["Oebobo", "Kasih Naikoten", "Oeba", "Penfui", "Kuanino", "Inpres Naikoten", "Oesapa"]
SCHOOLS = [
    "SD Inpres Oepura 2",
    "SDN 1 Kupang",
    "SD Inpres Naikoten 1",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMPN 13 Kupang",
    "SMAN 1 Kupang",
    "SMAN 3 Kupang",
    "SMKN 2 Kupang",
    "SD GMIT Kuanino",
    "SDK St. Yoseph",
    "SMPK Giovanni",
]
LANDMARKS = [
    "Bundaran PU",
    "Pasar Oebobo",
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "Toko Sinar Abadi",
    "Gereja GMIT Kota Baru",
    "Masjid Raya Nurussa'adah",
    "Kantor Lurah",
    "Undana Penfui",
    "Terminal Kupang",
    "Pantai Lasiana",
    "Lippo Plaza",
    "Taman Nostalgia",
    "Stadion Oepoi",
    "Kantor Gubernur",
    "Bandara El Tari",
    "SPBU Oebobo",
    "Patung Sonbai",
]
SHOPS = [
    "Toko Sinar Abadi",
    "Toko Bangunan Sumber Rejeki",
    "Apotek Kasih Ibu",
    "Warung Makan Budi Rasa",
    "Kios Mama Ester",
    "Bengkel Maju Motor",
    "Depot Air Murni",
    "Counter Pulsa Berkat",
    "Laundry Bersih Kilat",
    "Salon Nona Manis",
    "UD Indah Jaya",
    "Toko Damai Sejahtera",
]
COMPANIES = [
    "CV Sinar Timor",
    "CV Timor Jaya",
    "PT Flobamora Jaya",
    "CV Karya Baru",
    "Koperasi Tunas Harapan",
    "KSP Kasih Sejati",
    "UD Sumber Berkat",
    "CV Lontar Mandiri",
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
REGIONS = [
    ("71", 6, 9),
    ("01", 24, 4),
    ("02", 32, 1),
    ("03", 24, 1),
    ("04", 12, 1),
    ("05", 17, 1),
    ("06", 19, 1),
    ("07", 21, 1),
    ("08", 21, 1),
    ("10", 12, 1),
    ("11", 22, 1),
    ("13", 9, 1),
    ("14", 10, 2),
    ("17", 11, 1),
    ("20", 6, 2),
    ("21", 12, 1),
]
MOBILE_PREFIXES = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0851",
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
    "0888",
]
FREE_HOSTS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
]
WORK_HOSTS = ["kupangkota.go.id", "kupangkota.go.id", "nttprov.go.id"]
SCHOOL_HOSTS = ["guru.sd.belajar.id", "guru.smp.belajar.id", "guru.sma.belajar.id"]
TITLES = {
    "bapak",
    "bpk",
    "ibu",
    "pak",
    "bu",
    "sdr",
    "sdri",
    "ny",
    "nn",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "adik",
    "bidan",
    "guru",
    "lurah",
    "camat",
    "dr",
    "drs",
    "pdt",
    "pastor",
    "romo",
    "suster",
    "serka",
    "bripka",
    "briptu",
    "aipda",
    "ipda",
    "kepala",
    "ketua",
    "pelapor",
    "penelepon",
    "almarhum",
    "alm",
    "yth",
    "saudara",
    "saudari",
    "sy",
    "saya",
    "beta",
    "nama",
}

# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


class Person:
    """One invented person: a name, a birth date and a sex; numbers are drawn on demand."""

    def __init__(self, rng: random.Random, key: str) -> None:
        if key.startswith("w"):
            self.female = True
        elif key.startswith("m"):
            self.female = False
        else:
            self.female = rng.random() < 0.5
        self.child = re.fullmatch(r"c\d+", key) is not None
        self.order_family_first = False
        self.prefix = ""
        self.middle = ""
        if self.child:
            self.given = rng.choice(CHILD_FEMALE if self.female else CHILD_MALE)
            self.family = rng.choice(NTT_FAMILY)
        else:
            origin = rng.choices(
                ["ntt", "java", "bali", "bugis", "batak", "chinese", "arab", "minahasa", "sumba"],
                weights=[62, 9, 5, 5, 3, 3, 3, 4, 6],
            )[0]
            if origin == "ntt":
                self.given = rng.choice(NTT_FEMALE if self.female else NTT_MALE)
                self.family = rng.choice(NTT_FAMILY)
                if rng.random() < 0.15:
                    self.middle = rng.choice(MIDDLE_FEMALE if self.female else MIDDLE_MALE)
                    if self.middle == self.given:
                        self.middle = ""
            elif origin == "java":
                self.given = rng.choice(JAVA_FEMALE if self.female else JAVA_MALE)
                self.family = rng.choice(JAVA_FAMILY)
            elif origin == "bali":
                self.prefix = "Ni" if self.female else "I"
                self.given = rng.choice(BALI_FEMALE if self.female else BALI_MALE)
                self.family = rng.choice(BALI_FAMILY_FEMALE if self.female else BALI_FAMILY_MALE)
            elif origin == "bugis":
                self.given = rng.choice(BUGIS_FEMALE if self.female else BUGIS_MALE)
                self.family = rng.choice(BUGIS_FAMILY)
            elif origin == "batak":
                self.given = rng.choice(BATAK_FEMALE if self.female else BATAK_MALE)
                self.family = rng.choice(BATAK_FAMILY)
            elif origin == "chinese":
                self.given = rng.choice(CHINESE_FEMALE if self.female else CHINESE_MALE)
                self.family = rng.choice(CHINESE_FAMILY)
                self.order_family_first = True
            elif origin == "arab":
                self.given = rng.choice(ARAB_FEMALE if self.female else ARAB_MALE)
                self.family = rng.choice(ARAB_FAMILY)
            elif origin == "minahasa":
                self.given = rng.choice(MINAHASA_FEMALE if self.female else MINAHASA_MALE)
                self.family = rng.choice(MINAHASA_FAMILY)
            else:
                self.given = rng.choice(SUMBA_FEMALE if self.female else SUMBA_MALE)
                self.family = rng.choice(SUMBA_FAMILY)
        year = rng.randint(2009, 2022) if self.child else rng.randint(1948, 2005)
        self.birth = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        self.region = rng.choices(REGIONS, weights=[r[2] for r in REGIONS])[0]
        self.district = rng.randint(1, self.region[1])
        self.serial = rng.randint(1, 180)

    def full(self) -> str:
        if self.order_family_first:
            return f"{self.family} {self.given}"
        parts = [self.prefix, self.given, self.middle, self.family]
        return " ".join(p for p in parts if p)

    def nik(self) -> str:
        day = self.birth.day + (40 if self.female else 0)
        return (
            f"53{self.region[0]}{self.district:02d}{day:02d}{self.birth.month:02d}"
            f"{self.birth.year % 100:02d}{self.serial:04d}"
        )


def ascii_word(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


class Ctx:
    """The values of one text: people by key, cached values by generator and key."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.cache: dict[tuple[str, str], str] = {}
        self.state: dict[str, object] = {}
        self.clock = dt.datetime(
            2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 15), rng.randint(0, 59)
        )

    def person(self, key: str) -> Person:
        if key not in self.people:
            used = {(p.given, p.family) for p in self.people.values()}
            families = {p.family for p in self.people.values()}
            givens = {p.given for p in self.people.values()}
            while True:
                p = Person(self.rng, key)
                if (p.given, p.family) in used or p.given in givens:
                    continue
                # two people of one text share a family name only when their keys say so
                if p.family in families and not p.child:
                    continue
                break
            self.people[key] = p
        return self.people[key]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def mobile_digits(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + digits(rng, rng.choice([7, 8, 8, 8, 8, 9]))


def fmt_mobile(rng: random.Random, d: str, style: str | None = None) -> str:
    style = style or rng.choice(
        [
            "plain",
            "plain",
            "plain",
            "dash",
            "dash",
            "space",
            "dot",
            "plus",
            "plusflat",
            "62",
            "62space",
        ]
    )
    rest = d[1:]
    if style == "plain":
        return d
    if style == "dash":
        return group(d, [4, 4], "-")
    if style == "space":
        return group(d, [4, 4], " ")
    if style == "dot":
        return group(d, [4, 4], ".")
    if style == "plus":
        return "+62 " + group(rest, [3, 4], "-")
    if style == "plusflat":
        return "+62" + rest
    if style == "62":
        return "62" + rest
    if style == "62space":
        return "62 " + group(rest, [3, 4], " ")
    if style == "under":
        return group(d, [4, 4], "_")
    if style == "bullet":
        return group(d, [4, 4], " • ")
    raise ValueError(style)


def ocr_digits(rng: random.Random, s: str, n: int = 2) -> str:
    """Read one or two digits as letters, as a scanner or a hurried typist does."""
    swaps = {"0": "O", "1": "l", "5": "S", "8": "B"}
    idx = [i for i, c in enumerate(s) if c in swaps and i > 1]
    rng.shuffle(idx)
    chars = list(s)
    for i in idx[: rng.randint(1, n)]:
        chars[i] = swaps[chars[i]]
    return "".join(chars)


def fmt_nik(rng: random.Random, nik: str, style: str) -> str:
    if style == "plain":
        return nik
    if style == "four":
        return group(nik, [4, 4, 4], " ")
    if style == "dash":
        return group(nik, [4, 4, 4], "-")
    if style == "dots":
        return f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"
    if style == "n15":
        i = rng.randint(6, 15)
        return nik[:i] + nik[i + 1 :]
    if style == "n17":
        i = rng.randint(6, 15)
        return nik[:i] + rng.choice("0123456789") + nik[i:]
    if style == "ocr":
        return ocr_digits(rng, nik)
    if style == "pairs":
        return group(nik, [2] * 8, " ")
    if style == "commas":
        return group(nik, [4, 4, 4], ", ")
    raise ValueError(style)


def kk_number(rng: random.Random, p: Person) -> str:
    issued = dt.date(2009, 1, 1) + dt.timedelta(days=rng.randint(0, 6200))
    return (
        f"53{p.region[0]}{p.district:02d}{issued.day:02d}{issued.month:02d}"
        f"{issued.year % 100:02d}{rng.randint(1, 9999):04d}"
    )


def npwp_old(rng: random.Random) -> str:
    d = rng.choice(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]) + digits(rng, 8)
    office = rng.choice(["920", "921", "922", "924", "925"])
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{office}.000"


def bpjs_number(rng: random.Random) -> str:
    return "000" + str(rng.randint(1, 3)) + digits(rng, 9)


def plate(rng: random.Random) -> str:
    region = rng.choices(["DH", "EB", "ED", "DH"], weights=[8, 2, 1, 1])[0]
    num = str(rng.randint(1, 9999))
    letters = "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2, 2, 3]))
    )
    return f"{region} {num} {letters}"


def bank_number(rng: random.Random, bank: str) -> str:
    if bank == "bri":
        d = rng.choice(["4", "0", "3", "1"]) + digits(rng, 14)
        return rng.choice(
            [
                d,
                f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}",
            ]
        )
    if bank == "bni":
        d = rng.choice(["0", "1", "2", "3", "7"]) + digits(rng, 9)
        return rng.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])
    if bank == "mdr":
        d = rng.choice(["161", "182", "149", "152"]) + digits(rng, 10)
        return rng.choice([d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}"])
    if bank == "bntt":
        d = "0" + digits(rng, 2) + digits(rng, 11)
        return rng.choice([f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}", d])
    if bank == "bca":
        d = rng.choice(["0", "1", "2", "3", "4", "5", "6", "7", "8"]) + digits(rng, 9)
        return rng.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])
    if bank == "bsi":
        return rng.choice(["7", "1"]) + digits(rng, 9)
    raise ValueError(bank)


def email_local(rng: random.Random, p: Person) -> str:
    g = ascii_word(p.given)
    f = ascii_word(p.family)
    n = str(rng.choice([rng.randint(1, 99), p.birth.year, p.birth.year % 100]))
    return rng.choice(
        [
            f"{g}.{f}",
            f"{f}.{g}{n}",
            f"{g}{f}{n}",
            f"{g}_{f}",
            f"{f}-{g}",
            f"{g[0]}.{f}",
            f"{g}{n}",
            f"{f}{g}",
            f"{g}.{f}{n}",
        ]
    )


def email_obfuscated(rng: random.Random, local: str, host: str) -> str:
    name, _, tld = host.partition(".")
    return rng.choice(
        [
            f"{local} [at] {name} [dot] {tld.replace('.', ' [dot] ')}",
            f"{local} at {name} dot {tld.replace('.', ' dot ')}",
            f"{local}(at){host}",
            f"{local} @ {host}",
            f"{local}@ {name} .{tld}",
            f"{local} (keong) {name} (titik) {tld.replace('.', ' (titik) ')}",
            f"{local}[@]{host}",
            f"{local} @{host}",
            f"{local}(et){host}",
            f"{local}@{name} titik {tld.replace('.', ' titik ')}",
        ]
    )


def address(rng: random.Random, p_street: str) -> str:
    no = house_number(rng)
    rt, rw = rt_number(rng), rt_number(rng)
    return rng.choice(
        [
            f"Jl. {p_street} No. {no}",
            f"Jl. {p_street} No. {no}",
            f"Jl. {p_street} No. {no}, RT {rt}/RW {rw}",
            f"Jl. {p_street} No {no} RT {rt} RW {rw}",
            f"Gg. {rng.choice(LANES)} No. {no}",
            f"Jl. {p_street} Gg. {rng.randint(1, 9)} No. {no}",
            f"Jalan {p_street} nomor {no}",
            f"Lr. {rng.choice(LANES)} No. {no}",
            f"Perumnas Blok {rng.choice('ABCDEFGHK')} No. {no}",
            f"Kompleks BTN Kolhua Blok {rng.choice('ABCDE')}{rng.randint(1, 9)} No. {no}",
            f"RT {rt}/RW {rw}",
            f"Jl. {p_street} No. {no} RT.{rt}/RW.{rw}",
        ]
    )


def house_number(rng: random.Random) -> str:
    n = str(rng.randint(1, 140))
    return n + rng.choice(["", "", "", "", "A", "B"])


def rt_number(rng: random.Random) -> str:
    n = rng.randint(1, 45)
    return rng.choice([f"{n:02d}", f"{n:03d}", str(n), f"{n:02d}"])


def rtrw(rng: random.Random) -> str:
    rt, rw = rt_number(rng), rt_number(rng)
    return rng.choice(
        [
            f"RT {rt}/RW {rw}",
            f"RT {rt} RW {rw}",
            f"RT {rt} / RW {rw}",
            f"RT.{rt}/RW.{rw}",
            f"RT {rt}/{rw}",
            f"RT {rt}",
        ]
    )


def amount(rng: random.Random) -> str:
    n = rng.choice([5, 10, 15, 20, 25, 35, 50, 75, 100, 150, 200, 250, 300, 350, 500, 750])
    k = n * 1000 * rng.choice([1, 1, 10])
    s = f"{k:,}".replace(",", ".")
    return rng.choice(
        [
            f"Rp {s}",
            f"Rp{s}",
            f"Rp. {s},-",
            f"{n} ribu" if k < 1_000_000 else f"Rp {k // 1_000_000} juta",
        ]
    )


def date_text(rng: random.Random) -> str:
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    return rng.choice(
        [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day} {MONTHS[d.month - 1]}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{DAYS[d.weekday()]} ({d.day}/{d.month})",
        ]
    )


def timestamp(ctx: Ctx) -> str:
    fmt = ctx.state.setdefault(
        "tsfmt", ctx.rng.choice(["br", "br", "brshort", "brdash", "brlong", "android"])
    )
    ctx.clock += dt.timedelta(minutes=ctx.rng.randint(1, 47))
    c = ctx.clock
    if fmt == "br":
        return f"[{c.day:02d}/{c.month:02d}/{c.year} {c.hour:02d}.{c.minute:02d}]"
    if fmt == "brshort":
        return f"[{c.hour:02d}.{c.minute:02d}]"
    if fmt == "brdash":
        return f"[{c.day:02d}-{c.month:02d}-{c.year} {c.hour:02d}.{c.minute:02d}]"
    if fmt == "brlong":
        return f"[{c.day} {MONTHS[c.month - 1]} {c.year} {c.hour:02d}.{c.minute:02d}]"
    return f"{c.day:02d}/{c.month:02d}/{c.year % 100:02d} {c.hour:02d}.{c.minute:02d} -"


def clock(ctx: Ctx) -> str:
    ctx.clock += dt.timedelta(minutes=ctx.rng.randint(3, 55))
    return f"{ctx.clock.hour:02d}.{ctx.clock.minute:02d}"


def office_landline(rng: random.Random) -> str:
    d = "8" + digits(rng, 5)
    return rng.choice(
        [
            f"(0380) {d[:3]} {d[3:]}",
            f"0380-{d}",
            f"0380 {d}",
            f"(0380) {d}",
            f"0380-{d[:3]} {d[3:]}",
        ]
    )


def ticket(rng: random.Random) -> str:
    return rng.choice(
        [
            f"#LPR-2026-{rng.randint(1000, 1299)}-{rng.randint(1, 9999):04d}",
            f"{rng.randint(2601, 2612)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
            f"LAPOR-5371-2026-{rng.randint(1, 99999):05d}",
            f"TKT{rng.randint(100000, 999999)}",
            f"#{rng.randint(5000000, 9999999)}",
        ]
    )


def letter_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice([700, 400, 470, 503, 440, 900])}/{rng.randint(10, 999)}/{rng.choice(['INSP', 'DKK', 'DISDUK', 'PUPR', 'DINSOS', 'SET', 'KEL'])}/2026",
            f"503/PBG/2026/{rng.randint(1, 999):05d}",
            f"5371-LU-{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}2026-{rng.randint(1, 9999):04d}",
            f"B-{rng.randint(100, 999)}/{rng.choice(['Kel.Oeb', 'Kec.KL', 'DLHK'])}/X/2026",
        ]
    )


def dispatch(ctx: Ctx, gen: str, key: str) -> str:
    rng = ctx.rng
    if gen in {"n", "g", "f", "ni", "nm"}:
        p = ctx.person(key)
        if gen == "n":
            return p.full()
        if gen == "g":
            return p.given
        if gen == "f":
            return p.family
        if gen == "ni":  # initial of the given name, then the family name
            return f"{p.given[0]}. {p.family}" if not p.order_family_first else p.full()
        # given and family only (no Bali prefix, no middle name)
        return f"{p.given} {p.family}" if not p.order_family_first else p.full()
    if gen == "lahir":
        b = ctx.person(key).birth
        return rng.choice(
            [f"{b.day:02d}-{b.month:02d}-{b.year}", f"{b.day:02d}/{b.month:02d}/{b.year}"]
        )
    if gen == "nikbr":  # a NIK broken over two lines, as a PDF's narrow column gives it
        nik = ctx.person(key).nik()
        i = rng.randint(4, 12)
        return nik[:i] + "\n" + nik[i:]
    if gen == "hpbr":
        raw = ctx.cache.setdefault(("hpraw", key), mobile_digits(rng))
        return (
            group(raw, [4, 4], " ").replace(" ", "\n", 1)
            if rng.random() < 0.5
            else raw[:6] + "\n" + raw[6:]
        )
    if gen == "nsplit":  # a stray space inside the family name, as OCR reads it
        p = ctx.person(key)
        fam = p.family.split(" ")[-1]
        if len(fam) < 4:
            fam_split = fam[0] + " " + fam[1:]
        else:
            cut = rng.randint(2, len(fam) - 2)
            fam_split = fam[:cut] + " " + fam[cut:]
        head = p.full()[: -len(fam)]
        return head + fam_split
    if gen == "nocr":  # a letter read as a digit inside the family name
        p = ctx.person(key)
        full = p.full()
        subs = {"S": "5", "B": "8", "O": "0", "I": "1", "G": "6"}
        idx = [i for i, c in enumerate(full.upper()) if c in subs and i > 0 and full[i - 1] != " "]
        if not idx:
            return full
        i = rng.choice(idx)
        return full[:i] + subs[full[i].upper()] + full[i + 1 :]
    if gen.startswith("nik"):
        p = ctx.person(key)
        style = {
            "nik": "plain",
            "nik4": "four",
            "nikd": "dots",
            "nikdash": "dash",
            "nik15": "n15",
            "nik17": "n17",
            "nikx": "ocr",
            "nikp": "pairs",
            "nikc": "commas",
        }.get(gen)
        if gen == "nikr":
            style = rng.choice(["plain", "plain", "plain", "four", "dots", "dash"])
        if style is None:
            raise KeyError(gen)
        return fmt_nik(rng, p.nik(), style)
    if gen in {"kk", "kk4", "kkx", "kkr", "kkc"}:
        raw = ctx.cache.setdefault(("kkraw", key), kk_number(rng, ctx.person(key)))
        if gen == "kk":
            return raw
        if gen == "kk4":
            return group(raw, [4, 4, 4], " ")
        if gen == "kkx":
            return ocr_digits(rng, raw)
        if gen == "kkc":
            return group(raw, [4, 4, 4], ", ")
        return rng.choice([raw, raw, group(raw, [4, 4, 4], " "), group(raw, [4, 4, 4], ".")])
    if gen in {"npwp", "npwps", "npwp15", "npwpx", "npwp16", "npwpr"}:
        raw = ctx.cache.setdefault(("npwpraw", key), npwp_old(rng))
        flat = re.sub(r"\D", "", raw)
        if gen == "npwp":
            return raw
        if gen == "npwps":
            return f"{flat[:2]} {flat[2:5]} {flat[5:8]} {flat[8]} {flat[9:12]} {flat[12:]}"
        if gen == "npwp15":
            return flat
        if gen == "npwpx":
            return raw.replace("0", "O", 3) if rng.random() < 0.5 else raw.replace(".", ",", 1)
        if gen == "npwp16":
            other = Person(rng, key)
            return other.nik()
        return rng.choice([raw, raw, flat])
    if gen in {"hp", "hpp", "hp62", "hpx", "hpd", "hpu", "hpb", "hps"}:
        raw = ctx.cache.setdefault(("hpraw", key), mobile_digits(rng))
        style = {
            "hpp": "plain",
            "hp62": rng.choice(["plus", "plusflat", "62", "62space"]),
            "hpd": "dash",
            "hpu": "under",
            "hpb": "bullet",
            "hps": "space",
        }.get(gen)
        if gen == "hpx":
            return ocr_digits(rng, raw)
        return fmt_mobile(rng, raw, style)
    if gen == "tel":
        d = "8" + digits(rng, 5)
        return rng.choice(
            [
                f"0380 {d}",
                f"(0380) {d[:4]} {d[4:]}",
                f"0380-{d}",
                f"(0380) {d}",
                f"0380 {d[:3]} {d[3:]}",
            ]
        )
    if gen == "emg":  # a teacher's own mailbox on the ministry's domain
        p = ctx.person(key)
        return f"{ascii_word(p.given)}.{ascii_word(p.family)}{rng.randint(1, 99)}@{rng.choice(SCHOOL_HOSTS)}"
    if gen in {"em", "emd", "emo"}:
        p = ctx.person(key)
        local = ctx.cache.setdefault(("emlocal", key), email_local(rng, p))
        if gen == "emd":
            return f"{ascii_word(p.given)}.{ascii_word(p.family)}@{rng.choice(WORK_HOSTS)}"
        host = ctx.cache.setdefault(("emhost", key), rng.choice(FREE_HOSTS))
        if gen == "em":
            return f"{local}@{host}"
        return email_obfuscated(rng, local, host)
    if gen == "bpjs":
        raw = bpjs_number(rng)
        return rng.choice([raw, raw, raw, group(raw, [4, 4, 4], " "), group(raw, [4, 4, 4], "-")])
    if gen == "bpjsp":
        return bpjs_number(rng)
    if gen in {"bri", "bni", "mdr", "bntt", "bca", "bsi"}:
        return bank_number(rng, gen)
    if gen == "pl":
        return plate(rng)
    if gen == "plg":  # glued, as typed in a hurry
        return plate(rng).replace(" ", "")
    if gen == "jln":
        return rng.choice(HOME_STREETS)
    if gen == "jl":
        return "Jl. " + rng.choice(HOME_STREETS)
    if gen == "no":
        return house_number(rng)
    if gen in {"rt", "rw"}:
        return rt_number(rng)
    if gen == "rtrw":
        return rtrw(rng)
    if gen == "addr":
        return address(rng, rng.choice(HOME_STREETS))
    if gen == "street":  # a home street with a number
        return f"Jl. {rng.choice(HOME_STREETS)} No. {house_number(rng)}"
    if gen == "ktprt":
        return f"{rng.randint(1, 45):03d}/{rng.randint(1, 15):03d}"
    # look-alikes and setting
    if gen == "kel":
        return rng.choice(KELURAHAN)
    if gen == "kec":
        return rng.choice(KECAMATAN)
    if gen == "jlpub":
        return "Jl. " + rng.choice(PUBLIC_STREETS)
    if gen == "pusk":
        return "Puskesmas " + rng.choice(PUSKESMAS)
    if gen == "puskn":
        return rng.choice(PUSKESMAS)
    if gen == "pasar":
        return "Pasar " + rng.choice(PASAR)
    if gen == "sekolah":
        return rng.choice(SCHOOLS)
    if gen == "tempat":
        return rng.choice(LANDMARKS)
    if gen == "toko":
        return rng.choice(SHOPS)
    if gen == "cv":
        return rng.choice(COMPANIES)
    if gen == "rp":
        return amount(rng)
    if gen == "tgl":
        return date_text(rng)
    if gen == "jam":
        return f"{rng.randint(7, 17):02d}.{rng.choice(['00', '15', '30', '45', '10', '20'])}"
    if gen == "ts":
        return timestamp(ctx)
    if gen == "clock":
        return clock(ctx)
    if gen == "hari":
        return rng.choice(DAYS)
    if gen == "bulan":
        return rng.choice(MONTHS)
    if gen == "num":
        return str(rng.randint(2, 19))
    if gen == "big":
        return str(rng.randint(20, 480))
    if gen == "umur":
        return str(rng.randint(3, 16))
    if gen == "tiket":
        return ticket(rng)
    if gen == "surat":
        return letter_no(rng)
    if gen == "va":
        return rng.choice(["8808 ", "8878 ", "88888 ", "7001 "]) + group(
            digits(rng, 12), [4, 4], " "
        )
    if gen == "briva":
        return f"{rng.randint(10000, 99999)} {digits(rng, 10)}"
    if gen == "billing":
        return "8202609" + digits(rng, 8)
    if gen == "idpel":
        return "5312" + digits(rng, 8)
    if gen == "samb":
        return f"{rng.randint(1, 20):02d}-{rng.randint(1, 30):02d}-{digits(rng, 6)}"
    if gen == "nop":
        return f"53.71.0{rng.randint(10, 60)}.00{rng.randint(1, 9)}.{rng.randint(1, 40):03d}-{rng.randint(1, 400):04d}.0"
    if gen == "token":
        return group(digits(rng, 20), [4, 4, 4, 4], "-")
    if gen == "trx":
        return "2026" + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(rng, 8)
    if gen == "nip":
        y = rng.randint(1968, 1995)
        return f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {y + rng.randint(22, 30)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"
    if gen == "npsn":
        return "5" + digits(rng, 7)
    if gen == "nisn":
        return "0" + digits(rng, 9)
    if gen == "noreg":
        return f"REG-{rng.randint(2026000, 2026999)}"
    if gen == "antrian":
        return f"{rng.choice('ABCD')}-{rng.randint(1, 180):03d}"
    if gen == "kantor":
        return office_landline(rng)
    if gen in {"hpk", "scam"}:
        return fmt_mobile(rng, mobile_digits(rng))
    if gen == "scamp":
        return mobile_digits(rng)
    if gen == "wacenter":
        return fmt_mobile(rng, "0811" + digits(rng, 8), rng.choice(["dash", "plain", "space"]))
    if gen == "npwpb":
        return npwp_old(rng)
    if gen == "rekb":
        return bank_number(rng, rng.choice(["bri", "bni", "bntt", "mdr"]))
    if gen == "bpjstk":
        return "2" + digits(rng, 10)
    if gen == "sim":
        return digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4)
    if gen == "rangka":
        return "MH1" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
    if gen == "dtks":
        return "DTKS-" + digits(rng, 10)
    if gen == "kodepos":
        return rng.choice(["85111", "85112", "85118", "85119", "85142", "85148", "85228", "85361"])
    if gen == "tahap":
        return rng.choice(["I", "II", "III", "IV"]) + " 2026"
    if gen == "pct":
        return f"{rng.randint(2, 95)}%"
    if gen == "kwh":
        return f"{rng.randint(20, 480)},{rng.randint(1, 9)} kWh"
    if gen == "m3":
        return f"{rng.randint(3, 90)} m3"
    if gen == "file":
        return rng.choice(
            [
                f"IMG_2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{digits(rng, 6)}.jpg",
                f"Screenshot_2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}-{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}_WhatsApp.jpg",
                f"VID-2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-WA{digits(rng, 4)}.mp4",
                f"denah@{rng.randint(2, 3)}x.png",
            ]
        )
    if gen == "officemail":
        return rng.choice(
            [
                "pengaduan@kupangkota.go.id",
                "humas@kupangkota.go.id",
                "dinkes.kotakupang@gmail.com",
                "dukcapil.kotakupang@gmail.com",
                "pupr@kupangkota.go.id",
                "lapor@kupangkota.go.id",
                "ntt@ombudsman.go.id",
                "noreply@lapor.go.id",
                "helpdesk@pdamkotakupang.co.id",
                "cs@pln.co.id",
                "dinsos.kotakupang@gmail.com",
                "bapenda@kupangkota.go.id",
                "kelurahan.oebobo@gmail.com",
                "tu.smpn5kupang@gmail.com",
                "up3kupang@pln.co.id",
                "kpp.kupang@pajak.go.id",
            ]
        )
    raise KeyError(gen)


# --------------------------------------------------------------------------------------------
# Filling and checking
# --------------------------------------------------------------------------------------------

TOKEN = re.compile(
    r"\[\[([a-z_]+):|\]\]|\{\?([^{}]*)\}|\{([A-Za-z0-9]+)([\^_]?)(?::([A-Za-z0-9]+))?\}"
)
NUMERIC = {"nik", "kk", "npwp", "phone", "bpjs", "bank_account"}
OCR_MAP = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})


#: setting generators that give one value per text unless a key asks for another
STICKY = {"kel", "kec", "pusk", "puskn", "sekolah", "pasar", "toko", "cv"}


class FillError(Exception):
    pass


def fill(template: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    ctx = Ctx(rng)
    out: list[str] = []
    length = 0
    spans: list[dict[str, object]] = []
    open_kind: str | None = None
    open_at = 0
    pos = 0
    for m in TOKEN.finditer(template):
        plain = template[pos : m.start()]
        out.append(plain)
        length += len(plain)
        pos = m.end()
        if m.group(1):
            if open_kind is not None:
                raise FillError("nested label")
            open_kind, open_at = m.group(1), length
            continue
        if m.group(0) == "]]":
            if open_kind is None:
                raise FillError("closing without opening")
            spans.append({"kind": open_kind, "start": open_at, "end": length})
            open_kind = None
            continue
        if m.group(2) is not None:
            value = rng.choice(m.group(2).split("|"))
        else:
            gen, case, key = m.group(3), m.group(4), m.group(5)
            if key is None and gen in STICKY:
                key = "_"
            if key is not None:
                cache_key = (gen, key)
                if cache_key not in ctx.cache:
                    ctx.cache[cache_key] = dispatch(ctx, gen, key)
                value = ctx.cache[cache_key]
            else:
                value = dispatch(ctx, gen, "")
            if case == "^":
                value = value.upper()
            elif case == "_":
                value = value.lower()
        out.append(value)
        length += len(value)
    if open_kind is not None:
        raise FillError("label left open")
    tail = template[pos:]
    out.append(tail)
    text = "".join(out)
    return text, spans


def check(text: str, spans: list[dict[str, object]]) -> str | None:
    """Why the filled text is refused, or None."""
    for marker in ("[[", "]]", "{", "}"):
        if marker in text:
            return f"marker {marker!r} left"
    last_end = -1
    for span in sorted(spans, key=lambda s: s["start"]):
        kind, start, end = span["kind"], int(span["start"]), int(span["end"])
        if kind not in KINDS:
            return f"unknown kind {kind}"
        value = text[start:end]
        if not value:
            return "empty span"
        if start < last_end:
            return "overlapping spans"
        last_end = end
        if value != value.strip():
            return f"space at an end of {value!r}"
        first_ok = value[0].isalnum() or (kind == "phone" and value[0] in "+(")
        if not first_ok or not value[-1].isalnum():
            return f"punctuation at an end of {value!r}"
        flat = value.translate(OCR_MAP)
        count = sum(c.isdigit() for c in flat)
        if kind == "name":
            first = re.split(r"[\s.]+", value)[0].lower()
            if first in TITLES:
                return f"title opening the name {value!r}"
            if "@" in value or any(c.isdigit() for c in value):
                return f"digit or @ in the name {value!r}"
        elif kind == "nik" and not 15 <= count <= 17:
            return f"nik of {count} digits: {value!r}"
        elif kind == "kk" and count != 16:
            return f"kk of {count} digits: {value!r}"
        elif kind == "npwp" and count not in {15, 16}:
            return f"npwp of {count} digits: {value!r}"
        elif kind == "bpjs" and (count != 13 or not flat.startswith("000")):
            return f"bpjs {value!r}"
        elif kind == "bank_account" and not 10 <= count <= 16:
            return f"account of {count} digits: {value!r}"
        elif kind == "phone" and not 9 <= count <= 14:
            return f"phone of {count} digits: {value!r}"
        elif kind == "email" and not ("@" in value or re.search(r"\b(at|keong|et)\b|\[@\]", value)):
            return f"email without its @: {value!r}"
        elif kind == "plate" and not re.fullmatch(r"[A-Za-z]{1,2} ?\d{1,4} ?[A-Za-z]{0,3}", value):
            return f"plate {value!r}"
        elif kind == "address" and not re.match(
            r"(?i)(jl\.|jln\.?|jalan|gg\.|gang|lr\.|rt\b|rt\.|rt\d|rt/rw|perumnas|kompleks|btn|perum)",
            value,
        ):
            return f"address opening {value!r}"
    # every other occurrence of a labelled name word or number is labelled too
    masked = list(text)
    for span in spans:
        for i in range(int(span["start"]), int(span["end"])):
            masked[i] = "\x00"
    rest = "".join(masked)
    rest_runs = [re.sub(r"\D", "", run) for run in re.findall(r"[0-9][0-9 .\-]*[0-9]", rest)]
    for span in spans:
        value = text[int(span["start"]) : int(span["end"])]
        if span["kind"] == "name":
            for word in re.findall(r"[A-Za-z']+", value):
                if len(word) >= 3 and re.search(
                    rf"(?i)(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", rest
                ):
                    return f"name word {word!r} also outside a span"
        elif span["kind"] in NUMERIC or span["kind"] == "plate":
            if value in rest:
                return f"{value!r} also outside a span"
            core = re.sub(r"\D", "", value.translate(OCR_MAP))
            if len(core) >= 6 and any(core in run for run in rest_runs):
                return f"the digits of {value!r} also outside a span"
        elif span["kind"] == "email" and value.lower() in rest.lower():
            return f"{value!r} also outside a span"
    return None


TEMPLATES: list[tuple[str, str, str]] = []


def T(style: str, theme: str, template: str) -> None:
    if style not in STYLES:
        raise ValueError(style)
    TEMPLATES.append((style, theme, template.strip("\n")))


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

# ---- sms_1708: SMS to 1708 with the KOTKUPANG prefix -----------------------------------------

S = "sms_1708"
T(
    S,
    "water",
    "KOTKUPANG AIR PDAM SDH {num} HR TDK JALAN DI [[address:RT {rt:a} RW {rw:a}]] KEL. {kel^}. MOHON DIBANTU. {?SY|SAYA} [[name:{n^:a}]] HP [[phone:{hpp:a}]]",
)
T(
    S,
    "civil_registry",
    "KOTKUPANG SY [[name:{n^:w1}]] NIK [[nik:{nik:w1}]] KTP-EL SY BLM JADI SDH {num} BLN DI DUKCAPIL. NO ANTRIAN {antrian}. TLG DIBANTU",
)
T(
    S,
    "electricity",
    "KOTKUPANG LAMPU JALAN DEPAN RMH SY DI [[address:JL. {jln^:a} NO. {no:a}]] KEL {kel^} MATI SDH {num} MGG. SDH LAPOR KE PLN 123 BLM ADA TINDAK LANJUT. - [[name:{n^:a}]]",
)
T(
    S,
    "health",
    "KOTKUPANG BIDAN DI PUSTU {kel^} MINTA UANG {rp^} UTK PERSALINAN PADAHAL SY PAKAI KIS NO [[bpjs:{bpjs:w1}]]. NAMA BIDAN [[name:{g^:w2}]]. SY [[name:{n^:w1}]]",
)
T(
    S,
    "waste",
    "kotkupang sy [[name:{n_:a}]] warga [[address:rt {rt:a} rw {rw:a}]] kel {kel_}. sampah di tps dekat {pasar_} sdh {num} hr tdk diangkut, bau skali. tlg dinas lh. hp [[phone:{hp:a}]]",
)
T(
    S,
    "social_aid",
    "KOTKUPANG MOHON INFO BANSOS PKH IBU SY [[name:{n^:w1}]] NIK [[nik:{nik4:w1}]] NO KK [[kk:{kk:w1}]] TDK CAIR TAHAP {tahap} PADAHAL TERDAFTAR DTKS. TRIMS",
)
T(
    S,
    "scam",
    "KOTKUPANG SY DAPAT SMS DARI {scam} KATANYA SY MENANG UNDIAN {rp^} DARI BANK NTT. SY DISURUH TLP {scam} UTK KLAIM. APA BENAR? [[name:{n^:a}]] [[phone:{hpp:a}]]",
)
T(
    S,
    "transport",
    "KOTKUPANG SY [[name:{n^:a}]] PEMILIK MOTOR [[plate:{pl:a}]] DITAHAN DISHUB TGL {tgl} DI DEPAN {tempat^}. TDK ADA SURAT TILANG. MINTA KEJELASAN. HP [[phone:{hp:a}]]",
)
T(
    S,
    "schools",
    "KOTKUPANG GURU HONOR {sekolah^} {num} BLN BLM TERIMA GAJI. SY [[name:{n^:a}]] NPWP [[npwp:{npwp:a}]]. MOHON DICEK BENDAHARA",
)
T(
    S,
    "conduct",
    "KOTKUPANG LURAH {kel^} PAK [[name:{g^:m1}]] TDK PERNAH ADA DI KANTOR JAM KERJA. SURAT PINDAH SY TERTAHAN {num} MGG. SY [[name:{n^:a}]] TINGGAL DI [[address:{addr^:a}]]",
)
T(
    S,
    "roads",
    "KOTKUPANG JALAN RUSAK PARAH DI {jlpub^} DEKAT {tempat^}, SUDAH {num} ORG JATUH. DARI [[name:{n^:a}]] WARGA [[address:RT {rt:a}/RW {rw:a}]] KEL {kel^}",
)
T(
    S,
    "civil_registry",
    "KOTKUPANG ANAK SY [[name:{g^:c1}]] DITOLAK DAFTAR SMP KRN KK SY DOBEL. NO KK [[kk:{kk:a}]] DAN [[kk:{kk:b}]]. MOHON DUKCAPIL PERBAIKI. [[name:{n^:a}]]",
)
T(
    S,
    "social_aid",
    "KOTKUPANG REK BRI [[bank_account:{bri:a}]] A.N [[name:{n^:a}]] SUDAH DIPOTONG {rp^} UTK BLT TANPA PEMBERITAHUAN. MOHON DINSOS CEK. HP [[phone:{hpd:a}]]",
)
T(
    S,
    "permits",
    "KOTKUPANG SY [[name:{n^:a}]] EMAIL [[email:{em^:a}]] SDH KIRIM BERKAS PBG KE DPMPTSP TGL {tgl} BLM ADA BALASAN. NO REG {noreg}",
)
T(
    S,
    "water",
    "KOTKUPANG SY SDH LAPOR {num}X SOAL AIR. NAMA SY [[name:{n^:a}]], NO HP [[phone:{hp:a}]], ALAMAT [[address:{addr^:a}]] KEL. {kel^}. TKS",
)
T(
    S,
    "health",
    "kotkupang anak sy [[name:{g_:c1}]] umur {umur} thn ditolak di {pusk_} krn bpjs tdk aktif. no kartu [[bpjs:{bpjs:c1}]]. sy [[name:{g_:w1}]] mamanya, wa [[phone:{hp:w1}]]",
)
# without personal data
T(
    S,
    "water",
    "KOTKUPANG AIR PDAM DI KEL. {kel^} MATI SEJAK {tgl}. NO SAMBUNGAN {samb} TAGIHAN TETAP {rp^}. TOLONG DICEK",
)
T(
    S,
    "roads",
    "KOTKUPANG JALAN DI {jlpub^} BERLUBANG BESAR DEPAN {tempat^}. SUDAH {num} BLN TDK DIPERBAIKI. BAHAYA MALAM HARI",
)
T(
    S,
    "electricity",
    "KOTKUPANG TOKEN LISTRIK SY {token} TDK MASUK. SUDAH BAYAR {rp^} TGL {tgl}. ID PEL {idpel}. MOHON BANTUAN PLN",
)
T(
    S,
    "health",
    "KOTKUPANG MOHON INFO JADWAL VAKSIN ANAK DI {pusk^} HARI {hari^}. ANTRIAN SELALU PENUH JAM {jam}. TERIMA KASIH",
)
T(
    S,
    "tax",
    "KOTKUPANG KODE BILLING PBB SY {billing} TIDAK BISA DIBAYAR DI BANK NTT. NOP {nop}. TOLONG BAPENDA",
)
T(
    S,
    "waste",
    "KOTKUPANG SAMPAH MENUMPUK DI DEPAN {pasar^} SDH {num} HR. TRUK DLHK TDK DATANG. WARGA {kel^} MENGELUH",
)
T(
    S,
    "scam",
    "KOTKUPANG SY DAPAT WA DARI {scam} NGAKU PETUGAS DUKCAPIL MINTA FOTO KTP DAN KK. ITU PENIPU KAH? MOHON DIUMUMKAN. {tgl}",
)
T(
    S,
    "electricity",
    "KOTKUPANG LAPORAN SY {tiket} SUDAH {num} HARI BELUM DITANGGAPI. MASALAH LAMPU JALAN DI {jlpub^} KEL {kel^}",
)
T(
    S,
    "conduct",
    "KOTKUPANG PELAYANAN DI KANTOR CAMAT {kec^} LAMBAT, ANTRI DARI JAM {jam} SAMPAI SIANG. PETUGAS MAIN HP. MOHON WALI KOTA TEGUR",
)
T(
    S,
    "water",
    "kotkupang mohon info nomor pengaduan pdam yg aktif. sy telp {kantor} tdk diangkat. hotline {wacenter} jg tdk bls. air di kel {kel_} mati {num} hr",
)

T(
    S,
    "tax",
    "KOTKUPANG SY [[name:{n^:a}]] USAHA PERORANGAN KIOS DI {pasar^}. NPWP USAHA PERORANGAN SY [[npwp:{npwp15:a}]] TDK BISA LOGIN CORETAX. MOHON BANTUAN BAPENDA. WA [[phone:{hp:a}]]",
)

# ---- wa_chat: WhatsApp chats, group chats and forwards ---------------------------------------

S = "wa_chat"
T(
    S,
    "water",
    """
{ts} [[name:{n:a}]]: Selamat pagi bapa mama, air PDAM di [[address:RT {rt:a}/RW {rw:a}]] su {num} hari sonde jalan
{ts} [[name:{g_:b}]]: sama di sini ju kaka
{ts} Admin Kelurahan {kel:1}: Baik, sudah kami teruskan ke PDAM. Hotline PDAM {kantor}
{ts} [[name:{n:a}]]: makasih admin 🙏""",
)
T(
    S,
    "civil_registry",
    """
{ts} Operator Dukcapil Kel. {kel:1}: Bapak/ibu yang KTP-el belum jadi, kirim NIK dan No KK ke japri admin ya
{ts} [[name:{n:w1}]]: Ini punya sy: [[nik:{nik:w1}]] / [[kk:{kk:w1}]]
{ts} [[name:{n:m1}]]: NIK [[nik:{nik4:m1}]], KK [[kk:{kk:m1}]]
{ts} Operator Dukcapil Kel. {kel:1}: Diterima, ditunggu {num} hari kerja""",
)
T(
    S,
    "health",
    """
{ts} [[name:{n:a}]]: Ibu bidan, sa pung mama [[name:{g:w1}]] pung KIS [[bpjs:{bpjs:w1}]] katanya sonde aktif di RSUD
{ts} bidan [[name:{g:w2}]]: Coba cek di aplikasi Mobile JKN ka, atau ke kantor BPJS di {jlpub}
{ts} [[name:{n:a}]]: Siap ibu""",
)
T(
    S,
    "scam",
    """
*Diteruskan*
Sa beli HP di FB Marketplace, sudah transfer {rp} ke rek BRI [[bank_account:{bri:s}]] a.n. [[name:{n^:s}]], barang sonde datang sampai hari ini. Nomor WA dia [[phone:{hp:s}]]. Tolong sebar biar sonde ada korban lain.""",
)
T(
    S,
    "community",
    """
*Forwarded many times*
DICARI!! Anak atas nama [[name:{n:c1}]], umur {umur} tahun, terakhir terlihat di {tempat} hari {hari} jam {jam}. Pakai baju seragam SD. Yang lihat tolong hubungi mamanya [[name:{g:w1}]] di [[phone:{hp:w1}]] atau bapanya [[phone:{hp:m1}]]""",
)
T(
    S,
    "waste",
    """
{ts} [[name:{n:a}]]: Ada pick up [[plate:{pl:a}]] buang sampah di kali dekat {tempat} tadi malam. Sa su foto
{ts} [[name:{g:b}]]: kurang ajar skali
{ts} [[name:{n:a}]]: {file}""",
)
T(
    S,
    "schools",
    """
{ts} [[name:{n:w1}]]: Kak, ini sa pung email [[email:{em:w1}]] untuk kirim formulir PIP anak sa [[name:{g:c1}]]
{ts} Operator SD: Baik ibu, nanti dikirim ke email itu. Jangan lupa NISN anak ya
{ts} [[name:{n:w1}]]: NISN {nisn} kak""",
)
T(
    S,
    "electricity",
    """
{ts} [[phone:{hp62:a}]]: sore pak, sy yg lapor lampu jalan mati di [[address:{street:a}]] kemarin. Belum ada petugas datang
{ts} Posko PLN ULP Kupang: Mohon maaf bapak, laporan sudah diteruskan. No laporan {tiket}""",
)
T(
    S,
    "tax",
    """
{ts} Bendahara Sekolah: Bapak ibu guru honor, mohon kirim NPWP masing-masing hari ini
{ts} [[name:{n:a}]]: Ini punya sy [[npwp:{npwp:a}]]
{ts} [[name:{g_:b}]]: sy blm punya npwp bu, pakai NIK sj boleh? [[nik:{nik:b}]]
{ts} Bendahara Sekolah: boleh""",
)
T(
    S,
    "land",
    """
{ts} [[name:{n:a}]]: Pak lurah, batas tanah antara keluarga [[name:{f:b}]] dan keluarga [[name:{f:c}]] di belakang {sekolah} ribut lagi
{ts} Lurah {kel}: Besok jam {jam} kita mediasi di kantor kelurahan
{ts} [[name:{n:a}]]: Baik pak""",
)
T(
    S,
    "conduct",
    """
{ts} [[name:{g:w1}]]: Kaka dong, petugas loket Dukcapil yang namanya [[name:{n:w2}]] tadi marah-marah sama mama sa, padahal antri dari jam {jam}
{ts} [[name:{g:m1}]]: lapor ke 1708 sa kaka
{ts} [[name:{g:w1}]]: iya nanti""",
)
T(
    S,
    "health",
    """
*Diteruskan*
Dari: [[name:{n:a}]] ([[phone:{hp:a}]])
JADWAL POSYANDU BUNGA BAKUNG bulan {bulan}
Tempat: halaman Gereja {kel}, jam {jam}
Bawa buku KIA dan KMS. Terima kasih""",
)
T(
    S,
    "social_aid",
    """
{ts} [[name:{n:w1}]]: Pak RT, sa pung nama sonde ada di daftar BLT padahal su masuk DTKS
{ts} Ketua RT {rt}: Coba kirim KK ko
{ts} [[name:{n:w1}]]: KK [[kk:{kk4:w1}]] pak, alamat [[address:{addr:w1}]]""",
)
T(
    S,
    "roads",
    """
{ts} maria: jalan depan rumah [[name:{n:a}]] di [[address:{street:a}]] ambruk lagi
{ts} [[name:{g_:b}]]: Dinas PUPR su tau?
{ts} maria: su lapor dari {tgl} 🙄""".replace("maria", "{g_:w1}").replace(
        "{g_:w1}:", "[[name:{g_:w1}]]:"
    ),
)
T(
    S,
    "scam",
    """
{ts} [[name:{n:a}]]: Bapa mama hati-hati, ada yang telpon sa tadi mengaku namanya [[name:{g:s}]] dari Dinas Sosial, pake nomor [[phone:{hp:s}]], minta kode OTP
{ts} [[name:{g:b}]]: sama! dia telpon sa jg kemarin""",
)
# without personal data
T(
    S,
    "scam",
    """
*Diteruskan*
⚠️ Hati-hati penipuan! Ada yang mengaku petugas Dinas Sosial lewat WA {scam}, minta transfer {rp} untuk pencairan BLT {tahap}. Dinas Sosial tidak pernah minta uang. Pengaduan resmi: {kantor}""",
)
T(
    S,
    "health",
    """
*JADWAL POSYANDU KASIH IBU*
{hari}, {tgl}
RT {rt} jam {jam}
Bawa buku KIA ya bapa mama. Salam sehat 🙏""",
)
T(
    S,
    "water",
    """
*INFO PDAM*
Pelanggan di Kel. {kel:1} dan Kel. {kel:2}: air mati {tgl} mulai jam {jam} karena perbaikan pipa di {jlpub}. Info hotline PDAM {kantor} / WA {wacenter}""",
)
T(
    S,
    "electricity",
    """
{ts} mama: nona, listrik mati ko?
{ts} Kaka: iya dari jam {jam}, sa su lapor di PLN Mobile
{ts} mama: bayar token kemarin {rp} ju
{ts} Kaka: ID pel {idpel}, nanti sa cek""",
)
T(
    S,
    "social_aid",
    """
*Diteruskan*
Kirim NIK ke WA {scam} . Cepat sebelum kuota habis, bantuan {rp} per KK!!
{ts} Admin Kelurahan: Bapak ibu, itu HOAX. Jangan kirim data ke nomor itu. Info resmi di {kantor}""",
)
T(
    S,
    "community",
    """
{ts} Info Kelurahan {kel:1}: Selamat pagi bapa mama warga RT {rt}, kerja bakti hari {hari} jam {jam}. Bawa parang dan karung
{ts} Info Kelurahan {kel:1}: Terima kasih 🙏""",
)
T(
    S,
    "community",
    """
*Diteruskan*
Ibadah syukur HUT jemaat GMIT Kota Baru tanggal {tgl}. Persembahan bisa transfer ke rekening Majelis Jemaat di Bank NTT {rekb}. Salam damai""",
)
T(
    S,
    "roads",
    """
{ts} Humas Pemkot Kupang: Perbaikan jalan di {jlpub:1} dimulai {tgl}. Pengendara diminta lewat {jlpub:2}. Informasi: call center 112
{ts} Humas Pemkot Kupang: Mohon maaf atas ketidaknyamanan""",
)
T(
    S,
    "civil_registry",
    """
{ts} Dukcapil Kota Kupang: Layanan KTP-el keliling hari {hari} di kantor Kel. {kel}, jam 08.00–14.00. Kuota {big} orang. Bawa fotokopi KK
{ts} Dukcapil Kota Kupang: Pengaduan WA {wacenter}""",
)

# ---- lapor_web: SP4N-LAPOR! tickets and the city portal's form -------------------------------

S = "lapor_web"
T(
    S,
    "water",
    """
Judul Laporan: Air PDAM tidak mengalir
Isi Laporan: Sudah {num} hari air tidak mengalir di rumah kami. Tagihan bulan {bulan} tetap {rp}.
Lokasi Kejadian: Kel. {kel:1}, Kec. {kec}
Kategori: Air Minum
--- Data Pelapor ---
Nama Lengkap : [[name:{n:a}]]
NIK : [[nik:{nik:a}]]
No. HP/WA : [[phone:{hp:a}]]
Email : [[email:{em:a}]]
Alamat : [[address:{addr:a}]], Kel. {kel:1}""",
)
T(
    S,
    "roads",
    """
Nomor Tiket: {tiket}
Status: Diproses
Pelapor: [[name:{n:a}]] (Anonim: Tidak)
Isi: Jalan di {jlpub} rusak sejak {bulan}. Rumah saya di [[address:{street:a}]] kena banjir setiap hujan karena got tersumbat.
Tanggapan Dinas PUPR Kota Kupang ({tgl}): Terima kasih atas laporan Bapak/Ibu. Tim akan turun survei minggu ini.""",
)
T(
    S,
    "civil_registry",
    """
Laporan: KTP-el saya hilang, saat mengurus ulang diminta surat kehilangan dari polisi dan biaya {rp}. Apakah benar ada biaya?
Identitas (disalin dari KTP):
NIK : [[nik:{nikd:a}]]
Nama : [[name:{n^:a}]]
Tempat/Tgl Lahir : KUPANG, {lahir:a}
Alamat : [[address:{street^:a}]]
[[address:RT/RW : {ktprt}]]
Kel/Desa : {kel^}""",
)
T(
    S,
    "health",
    """
Judul: Kartu KIS tidak aktif saat berobat
Isi: Saya [[name:{n:w1}]] pemegang KIS PBI nomor [[bpjs:{bpjs:w1}]]. Saat berobat di {pusk} tanggal {tgl} kartu dinyatakan nonaktif, saya bayar {rp}. Mohon Dinas Sosial aktifkan kembali. Anak saya [[name:{g:c1}]] juga nonaktif, no kartu [[bpjs:{bpjs:c1}]].
Kontak: [[phone:{hp:w1}]]""",
)
T(
    S,
    "health",
    """
Tanggapan atas laporan {tiket}:
Laporan telah ditindaklanjuti oleh petugas kami Ibu [[name:{n:w2}]] dari UPTD {pusk}. Pelapor dapat menghubungi beliau di [[phone:{hp:w2}]] pada jam kerja, atau datang ke loket pengaduan puskesmas.
Status: Selesai""",
)
T(
    S,
    "tax",
    """
Kategori: Pajak dan Retribusi Daerah
Isi Laporan: Saya pedagang usaha perorangan di {pasar}. NPWP pribadi sy [[npwp:{npwp:a}]] tapi tagihan retribusi kios datang atas nama [[name:{n:b}]], pemilik lama. Mohon dikoreksi.
Pelapor: [[name:{n:a}]] / [[phone:{hp:a}]]""",
)
T(
    S,
    "scam",
    """
Judul: Penipuan arisan online
Isi: Kami {num} orang ikut arisan online yang dikelola [[name:{n:s}]]. Uang setoran ditransfer ke rekening BNI [[bank_account:{bni:s}]] a.n. [[name:{n:s}]]. Total kerugian {rp}. Nomor WA-nya [[phone:{hp:s}]] sekarang tidak aktif.
Pelapor: [[name:{n:a}]]
Lampiran: {file}""",
)
T(
    S,
    "transport",
    """
Isi Laporan: Mobil [[plate:{pl:a}]] parkir menutup drainase di depan rumah saya, [[address:{street:b}]], hampir setiap malam. Sudah ditegur tapi tidak peduli.
Lokasi: Kel. {kel}
Nama Pelapor: [[name:{n:b}]]""",
)
T(
    S,
    "civil_registry",
    """
Isi Laporan: Di KK saya ([[kk:{kk:m1}]]) NIK istri tercatat [[nik:{nik:w1}]], tanggal lahirnya salah sehingga tidak bisa daftar BPJS. Sudah {num} kali ke Dukcapil.
Nama: [[name:{n:m1}]]
Nama istri: [[name:{n:w1}]]""",
)
T(
    S,
    "schools",
    """
Isi Laporan: Wali kelas anak saya di {sekolah}, Ibu [[name:{n:w2}]], S.Pd., meminta uang komite {rp} dan mengancam anak tidak ikut ujian. Anak saya [[name:{n:c1}]] kelas {?IV|V|VI}.
Rahasiakan identitas: Ya
Nama: [[name:{n:a}]]   HP: [[phone:{hp:a}]]""",
)
T(
    S,
    "electricity",
    """
Isi Laporan: Mohon balasan lewat email saja: [[email:{emo:a}]] (jangan telepon). Laporan saya soal lampu jalan di {jlpub} sudah {num} minggu tidak ditanggapi.
Nama: [[name:{n:a}]]
Kategori: Penerangan Jalan Umum""",
)
T(
    S,
    "electricity",
    """
Judul: Meteran listrik diganti tanpa pemberitahuan
Isi Laporan: Petugas datang ganti meteran di rumah saya [[address:{addr:a}]], ID pelanggan {idpel}, lalu tagihan naik jadi {rp}. Petugas tidak bawa surat tugas.
Pelapor: [[name:{n:a}]]
No. HP: [[phone:{hp:a}]]""",
)
T(
    S,
    "social_aid",
    """
Judul: Nama hilang dari penerima PKH
Isi: Tahap {tahap} saya tidak terima lagi. Pendamping PKH, Bapak [[name:{n:m1}]], bilang data saya tidak padan.
Data pendukung (NIK, No. KK) : [[nik:{nik:a}]], [[kk:{kk:a}]]
Nama : [[name:{n:a}]]""",
)
T(
    S,
    "conduct",
    """
Isi Laporan: Mobil dinas [[plate:{pl:a}]] dipakai oknum pegawai Dinas {?PUPR|Perhubungan|Pertanian} bernama [[name:{n:m1}]] untuk antar anak ke sekolah dan belanja di {pasar} hari Sabtu. Mohon Inspektorat periksa.
Pelapor: [[name:{n:b}]], [[address:{rtrw:b}]] Kel. {kel}""",
)
T(
    S,
    "waste",
    """
Laporan warga ({tgl})
Nama: [[name:{n:a}]]
Alamat: [[address:{addr:a}]]
HP: [[phone:{hp:a}]]
Email: [[email:{em:a}]]
Isi: TPS liar di samping rumah [[name:{n:b}]] makin besar, asap bakar sampah masuk rumah tiap sore. Anak saya [[name:{g:c1}]] batuk terus.""",
)
# without personal data
T(
    S,
    "roads",
    """
Judul Laporan: Jembatan kecil di {jlpub} retak
Isi Laporan: Jembatan dekat {tempat} retak dan miring, mobil {?truk|tangki air|pick up} masih lewat. Mohon segera dicek sebelum ambruk.
Pelapor: Anonim
Nomor Tiket: {tiket}""",
)
T(
    S,
    "health",
    """
Status laporan {tiket}: Selesai
Tanggapan RSUD Prof. Dr. W. Z. Johannes: Antrean poli anak telah ditambah {num} loket mulai {tgl}. Pengaduan layanan dapat disampaikan ke {kantor} atau SMS 1708 dengan format KOTKUPANG (spasi) keluhan.""",
)
T(
    S,
    "water",
    """
Rekap laporan bulan {bulan}
Air minum: {big} laporan
Jalan dan drainase: {big} laporan
Sampah: {big} laporan
Diteruskan ke OPD dalam 3 hari: {pct}
Selesai dalam 5 hari: {pct}""",
)
T(
    S,
    "permits",
    """
Tanggapan DPMPTSP: Permohonan PBG nomor {surat} masih menunggu rekomendasi teknis. Retribusi {rp} dibayar lewat VA {va} setelah SKRD terbit. Informasi lebih lanjut di loket {num} atau {kantor}.""",
)
T(
    S,
    "electricity",
    """
Judul: Token tidak masuk
Isi: Sudah bayar {rp} lewat mobile banking, nomor transaksi {trx}, token {token} ditolak meteran. ID pelanggan {idpel}.
Pelapor: dirahasiakan""",
)
T(
    S,
    "schools",
    """
Isi Laporan: Sistem zonasi PPDB di {sekolah} (NPSN {npsn}) tidak transparan. Kuota jalur zonasi {num} kursi tapi diumumkan hanya sebagian. Mohon Dinas Pendidikan buka data.
Pelapor: Anonim""",
)
T(
    S,
    "tax",
    """
Isi Laporan: PBB tahun ini naik dari {rp} jadi {rp}. NOP {nop}. Kode billing {billing} tidak bisa dibayar di aplikasi.
Status: Menunggu tanggapan Bapenda""",
)
T(
    S,
    "waste",
    """
Tanggapan DLHK Kota Kupang ({tgl}): Armada pengangkut sampah untuk Kel. {kel} ditambah {num} unit. Jadwal angkut Senin, Rabu, Jumat pagi. Kantor DLHK di {jlpub} No. {no} siap menerima keluhan, telp {kantor}.""",
)
T(
    S,
    "social_aid",
    """
Tanggapan Dinas Sosial: Penyaluran BLT {tahap} di Kel. {kel} dilakukan lewat Kantor Pos mulai {tgl}. Warga yang belum terima diminta membawa KTP dan KK asli. Dinas Sosial tidak pernah meminta uang atau data lewat WA pribadi. Laporan terkait: {tiket}""",
)
T(
    S,
    "conduct",
    """
Judul: Pungli di loket Samsat
Isi: Saat bayar pajak motor di Samsat Kupang ada petugas minta {rp} tambahan tanpa kwitansi. Antrian dari jam {jam}. Tidak ada papan tarif.
Pelapor: Anonim
Kategori: Pelayanan Publik""",
)

T(
    S,
    "tax",
    """
Kategori: Perpajakan
Isi Laporan: Tagihan PBB rumah saya masih atas nama almarhum ayah, [[name:{n:m1}]], NPWP [[npwp:{npwp:m1}]]. Saya mau balik nama tapi diminta NPWP saya sendiri, padahal sudah pakai NIK [[nik:{nik:a}]].
Pelapor: [[name:{n:a}]]""",
)

# ---- email_thread: mails with headers, replies and forwards ---------------------------------

S = "email_thread"
T(
    S,
    "water",
    """
From: [[name:{n:a}]] <[[email:{em:a}]]>
To: pengaduan@kupangkota.go.id
Subject: Air PDAM mati di [[address:RT {rt:a}/RW {rw:a}]] Kel. {kel}

Yth. Admin Pengaduan,
Sudah {num} hari air tidak mengalir. Nomor sambungan saya {samb}. Mohon ditindaklanjuti.

Salam,
[[name:{g:a}]]
HP [[phone:{hp:a}]]""",
)
T(
    S,
    "civil_registry",
    """
From: [[name:{f:a}]], [[name:{g:a}]] <[[email:{emd:a}]]>
To: Humas Pemkot Kupang <humas@kupangkota.go.id>
Cc: [[name:{n:b}]] <[[email:{em:b}]]>
Subject: Re: Akta kelahiran belum terbit

Bapak/Ibu,
Berkas akta anak kami sudah masuk {tgl} dengan nomor registrasi {noreg}. Sampai hari ini belum terbit.
Terima kasih,
[[name:{n:a}]]""",
)
T(
    S,
    "schools",
    """
From: [[name:{n:w1}]] <[[email:{emg:w1}]]>
To: disdik@kupangkota.go.id
Subject: TPP guru belum cair

Dengan hormat,
Saya guru di {sekolah}. Email dinas saya [[email:{emg:w1}]] tidak pernah menerima pemberitahuan soal TPP bulan {bulan}. Rekening gaji saya Bank NTT [[bank_account:{bntt:w1}]] a.n. [[name:{n^:w1}]].

Hormat saya,
[[name:{n:w1}]], S.Pd.""",
)
T(
    S,
    "civil_registry",
    """
Ini punya sy:
[[nik:{nik:a}]]
[[kk:{kk:a}]]

Pada {tgl}, Operator Dukcapil <dukcapil.kotakupang@gmail.com> menulis:
> Yth. Bapak/Ibu,
> Mohon kirim NIK lalu No. KK untuk verifikasi data.
> Salam, Dukcapil Kota Kupang""",
)
T(
    S,
    "health",
    """
From: [[name:{n:a}]] <[[email:{em:a}]]>
To: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Kartu JKN ayah saya nonaktif

Yth. BPJS Kesehatan,
Ayah saya [[name:{n:m1}]] (no kartu JKN [[bpjs:{bpjs:m1}]]) ditolak di RSUD karena kartu nonaktif, padahal iuran mandiri sudah dibayar lewat VA {va}. Mohon penjelasan.

[[name:{g:a}]]
[[phone:{hp:a}]]""",
)
T(
    S,
    "permits",
    """
From: [[name:{n:a}]] <[[email:{em:a}]]>
To: dpmptsp@kupangkota.go.id
Subject: Permohonan izin usaha mikro

Saya, pemilik usaha perorangan "{toko}", beralamat di [[address:{addr:a}]]. NPWP saya [[npwp:{npwps:a}]]. Mohon info kenapa NIB saya belum terbit sejak {tgl}.

Salam hormat,
[[name:{n:a}]]
WA [[phone:{hp:a}]]""",
)
T(
    S,
    "land",
    """
From: [[name:{n:a}]] <[[email:{emo:a}]]>
To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
Subject: Sertifikat tanah di Kel. {kel}

Yth. Kepala Kantor,
Tanah kami dengan NOP {nop} diklaim keluarga [[name:{f:b}]]. Kami punya bukti jual beli tahun {?1998|2004|2011}. Mohon mediasi.

Hormat kami,
[[name:{n:a}]]""",
)
T(
    S,
    "transport",
    """
From: [[name:{n:a}]] <[[email:{em:a}]]>
To: dishub@kupangkota.go.id
Cc: [[name:{n:b}]] <[[email:{em:b}]]>
Subject: Mobil diderek tanpa pemberitahuan

Mobil saya [[plate:{pl:a}]] diderek dari depan rumah saya sendiri di [[address:{street:a}]] tanggal {tgl}. Untuk ambil kembali diminta {rp}. Saya minta dasar hukumnya.

Regards,
[[name:{g:a}]]""",
)
T(
    S,
    "conduct",
    """
From: [[name:{n:a}]] <[[email:{em:a}]]>
To: ntt@ombudsman.go.id
Subject: Laporan maladministrasi Kantor Kelurahan {kel}

Kepada Ombudsman RI Perwakilan NTT,
Lurah {kel}, Bapak [[name:{n:m1}]], menahan surat keterangan domisili saya sejak {tgl} dan meminta {rp}. Saya sudah lapor ke 1708 ({tiket}) tanpa hasil.

Hormat saya,
[[name:{n:a}]]
[[address:{addr:a}]]
[[phone:{hp:a}]]""",
)
T(
    S,
    "social_aid",
    """
From: Sekretariat Dinas Sosial <dinsos.kotakupang@gmail.com>
To: [[name:{n:a}]] <[[email:{em:a}]]>
Subject: Pengembalian dana bantuan

Yth. Sdr. [[name:{n:a}]],
Dana bantuan bedah rumah tahap {tahap} yang salah transfer akan dikembalikan ke rekening BSI [[bank_account:{bsi:a}]] a.n. [[name:{n:a}]] paling lambat {tgl}.
Sekretariat Dinas Sosial Kota Kupang""",
)
T(
    S,
    "health",
    """
From: "[[name:{n:w1}]]" <[[email:{em:w1}]]>
To: dinkes.kotakupang@gmail.com
Subject: Fwd: Pungutan di pustu

---------- Forwarded message ---------
Dari: [[name:{n:w2}]] <[[email:{em:w2}]]>
Kak, bidan di pustu {kel} minta {rp} untuk pasang KB. Katanya biaya bahan.

Saya teruskan ke Dinkes. Tetangga saya [[name:{g:w2}]] itu tinggal di [[address:{rtrw:w2}]], dia bersedia dihubungi.
[[name:{g:w1}]]""",
)
T(
    S,
    "electricity",
    """
From: [[name:{n:a}]] <[[email:{em:a}]]>
To: up3kupang@pln.co.id
Subject: Complaint - power outage

Dear Sir/Madam,
I am writing to complain about repeated power outages at my house, [[address:{street:a}]], Kel. {kel}. Customer ID {idpel}. My fridge broke on {tgl}.
You can reach me at [[phone:{hp62:a}]].
Best regards,
[[name:{n:a}]]""",
)
T(
    S,
    "waste",
    """
To: pengaduan@kupangkota.go.id, "[[name:{n:b}]]" <[[email:{em:b}]]>, [[name:{n:c}]] <[[email:{em:c}]]>
From: [[name:{n:a}]] <[[email:{em:a}]]>
Subject: Bakar sampah di lahan kosong

Kami bertiga tetangga di [[address:{rtrw:a}]] Kel. {kel}. Setiap malam ada yang bakar sampah plastik di lahan kosong {jlpub}. Mohon DLHK pasang papan larangan.

[[name:{g:a}]]""",
)
T(
    S,
    "tax",
    """
From: [[name:{n:a}]] <[[email:{em:a}]]>
To: informasi@pajak.go.id
Subject: NPWP almarhum ayah

Yth. Direktorat Jenderal Pajak,
Ayah saya almarhum [[name:{n:m1}]] punya NPWP [[npwp:{npwp:m1}]]. Kami ahli waris ingin menghapus NPWP tersebut. Dokumen yang perlu disiapkan apa saja?

Terima kasih,
[[name:{n:a}]]""",
)
T(
    S,
    "scam",
    """
From: [[name:{n:a}]] <[[email:{em:a}]]>
To: cyber.poldantt@gmail.com
Subject: Penipuan jual beli motor

Saya transfer DP {rp} ke Mandiri [[bank_account:{mdr:s}]] a.n. [[name:{n:s}]] untuk motor [[plate:{pl:s}]] yang diiklankan di Facebook. Setelah transfer, nomor penjual [[phone:{hp:s}]] memblokir saya.

[[name:{n:a}]]""",
)
# without personal data
T(
    S,
    "social_aid",
    """
From: noreply@lapor.go.id
To: pengaduan@kupangkota.go.id
Subject: [SP4N-LAPOR!] Laporan baru {tiket}

Laporan baru masuk untuk instansi Pemerintah Kota Kupang.
Kategori: Bantuan Sosial
Batas waktu tindak lanjut: {tgl}
Jangan membalas email ini.""",
)
T(
    S,
    "social_aid",
    """
From: Sekretariat Dinas Sosial <dinsos.kotakupang@gmail.com>
To: Bagian Organisasi <organisasi@kupangkota.go.id>
Subject: Rekening penampung pengembalian bansos

Dengan hormat, pengembalian dana bansos yang salah sasaran dapat disetor ke rekening penampung {rekb} sampai {tgl}. Jumlah sementara {rp}.
Sekretariat Dinas Sosial""",
)
T(
    S,
    "transport",
    """
From: Flobamora Tour & Travel <info@flobamoratravel.co.id>
To: pelanggan@flobamoratravel.co.id
Subject: Perubahan jadwal travel Kupang - Soe

Pelanggan yth., mulai {tgl} keberangkatan pagi pindah ke jam {jam}. Perubahan jadwal hubungi {hpk} atau kantor kami {kantor}. Harga tiket {rp}.""",
)
T(
    S,
    "community",
    """
From: admin@kupangkota.go.id
To: it-helpdesk@kupangkota.go.id
Subject: Tautan portal bermasalah

Warga mengeluh tautan https://warga:rahasia@portal.kupangkota.go.id/lapor tidak bisa dibuka. Contoh alamat di formulir masih user@example.com dan gambar denah@2x.png tidak muncul. Repo: git@github.com:pemkot-kupang/portal.git
Tiket internal {tiket}""",
)
T(
    S,
    "schools",
    """
From: Tata Usaha {sekolah} <tu.sekolah@gmail.com>
To: orangtua.murid@googlegroups.com
Subject: Pengambilan rapor

Bapak/Ibu orang tua murid, rapor semester dibagikan {tgl} jam {jam}. Uang komite {rp} dapat dibayar ke rekening komite Bank NTT {rekb}.
Kontak: telp {kantor}, WA {hpk}
Tata Usaha""",
)
T(
    S,
    "electricity",
    """
From: PLN UP3 Kupang <up3kupang@pln.co.id>
To: pengaduan@kupangkota.go.id
Subject: Jadwal pemeliharaan jaringan

Pemeliharaan jaringan {tgl} jam 09.00–15.00 di Kel. {kel} dan sekitarnya. Informasi: PLN 123 atau PLN Mobile.
Salam, PLN UP3 Kupang""",
)
T(
    S,
    "conduct",
    """
From: Ombudsman RI Perwakilan NTT <ntt@ombudsman.go.id>
To: walikota@kupangkota.go.id
Subject: Permintaan klarifikasi {surat}

Yth. Wali Kota Kupang,
Ombudsman menerima {num} laporan terkait penundaan berlarut layanan administrasi kependudukan. Mohon klarifikasi tertulis paling lambat {tgl}.
Kepala Perwakilan""",
)
T(
    S,
    "tax",
    """
From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
To: wajibpajak@kupangkota.go.id
Subject: Pengingat jatuh tempo PBB

Jatuh tempo PBB-P2 tahun 2026 adalah {tgl}. Bayar dengan kode billing di SPPT, contoh {billing}, lewat Bank NTT atau kantor pos. Denda 2% per bulan.""",
)
T(
    S,
    "permits",
    """
From: CV Timor Jaya <admin@timorjaya.co.id>
To: dpmptsp@kupangkota.go.id
Subject: Invoice jasa konsultan PBG

Terlampir invoice {surat}.
CV Timor Jaya, Jl. Soeharto No. {no}, Kupang
NPWP : {npwpb}
Total: {rp} (rekening usaha BCA {rekb})""",
)
T(
    S,
    "health",
    """
From: Dinas Kesehatan Kota Kupang <dinkes.kotakupang@gmail.com>
To: puskesmas.se-kota@googlegroups.com
Subject: Kode etik pengelola pengaduan

Kepada seluruh puskesmas: data pengaduan tidak boleh disebarluaskan ke publik dan tidak boleh digunakan untuk kepentingan pribadi. Rekap pengaduan bulan {bulan}: {big} laporan, {num} belum selesai. Kirim laporan ke lapor@kupangkota.go.id sebelum {tgl}.""",
)

# ---- call_note: call centre notes, transcripts and logs -------------------------------------

S = "call_note"
T(
    S,
    "disaster",
    """
Catatan call center 112 ({tgl}, {clock})
Penelepon: [[name:{n:a}]] ([[phone:{hp:a}]])
Lokasi: [[address:{addr:a}]], Kel. {kel}
Laporan: pohon tumbang menimpa kabel listrik depan rumah. Diteruskan ke PLN dan BPBD.""",
)
T(
    S,
    "water",
    """
Petugas: Call center Kota Kupang, selamat sore, ada yang bisa dibantu?
Penelepon: Sore kaka, sa mau lapor air sonde jalan.
Petugas: Atas nama?
Penelepon: [[name:{n:a}]].
Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: Alamat rumah?
Penelepon: [[address:{street:a}]], Kel. {kel}.
Petugas: Baik, laporan kami catat dengan nomor {tiket}.""",
)
T(
    S,
    "community",
    """
Petugas: Layanan pengaduan Pemkot Kupang, dengan [[name:{?Kasih|Indah|Bunga}]], ada yang bisa dibantu?
Penelepon: Pagi nona, sa mau tanya bantuan sembako di Kel. {kel}.
Petugas: Boleh tau nama bapak?
Penelepon: [[name:{n:m1}]], HP [[phone:{hp:m1}]].
Petugas: Baik pak, kami teruskan ke Dinas Sosial. Nomor laporan {tiket}.""",
)
T(
    S,
    "civil_registry",
    """
Petugas: NIK Bapak?
Pelapor: [[nik:{nik15:m1}]].
Petugas: Nama sesuai KTP?
Pelapor: [[name:{n:m1}]].
Petugas: Keluhannya apa, Pak?
Pelapor: KTP-el sa su rekam {num} bulan lalu, sampai sekarang belum cetak. Katanya blangko habis.""",
)
T(
    S,
    "health",
    """
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjs:w1}]].
Petugas: Atas nama siapa?
Penelepon: Mama sa, [[name:{n:w1}]]. Dia di {pusk} sekarang, ditolak karena kartu nonaktif.
Petugas: Kami cek dulu, mohon tunggu. Durasi panggilan {num} menit.""",
)
T(
    S,
    "water",
    """
LOG PANGGILAN HOTLINE PDAM - SHIFT PAGI {tgl}
{clock} | [[name:{n:a}]] | [[phone:{hpp:a}]] | air keruh, Kel. {kel:1}
{clock} | penelepon tidak sebut nama | - | pipa bocor {jlpub}
{clock} | Komite Sekolah {sekolah} | {hpk} | air sekolah mati
{clock} | [[name:{n^:b}]] | [[phone:{hp:b}]] | meteran rusak, Kel. {kel:2}""",
)
T(
    S,
    "social_aid",
    """
Petugas: Nomor rekening untuk pengembalian dana?
Nasabah: [[bank_account:{bri:a}]].
Petugas: Atas nama?
Nasabah: [[name:{n^:a}]].
Petugas: Baik, diproses {num} hari kerja.""",
)
T(
    S,
    "roads",
    """
Catatan call center: penelepon [[name:{n:a}]] ([[phone:{tel:a}]], telp rumah) melaporkan got di depan rumahnya, [[address:{street:a}]], tersumbat dan meluap. Diteruskan ke Dinas PUPR {clock}.""",
)
T(
    S,
    "scam",
    """
Catatan hotline {tgl}: penelepon melapor ditelpon nomor {scam} yang mengaku petugas PLN, minta transfer {rp} supaya listrik tidak diputus. Penelepon: [[name:{n:a}]], HP [[phone:{hp:a}]]. Disarankan lapor ke Polresta.""",
)
T(
    S,
    "community",
    """
Pelapor Bpk. [[name:{n:m1}]], warga [[address:RT{rt:a}/RW{rw:a}]], mengeluh babi tetangga lepas dan merusak kebun. Tetangga bernama [[name:{n:b}]]. Diteruskan ke Satpol PP. ({clock})""",
)
T(
    S,
    "electricity",
    """
Petugas: Untuk konfirmasi, email bapak?
Penelepon: [[email:{emo:a}]].
Petugas: Nama lengkap?
Penelepon: [[name:{n:a}]].
Petugas: Baik, bukti laporan dikirim ke email itu. Pemadaman di Kel. {kel} sudah diteruskan ke PLN.""",
)
T(
    S,
    "transport",
    """
Catatan 112 ({clock}): tabrak lari di {jlpub} depan {tempat}. Motor pelaku [[plate:{pl:s}]], kabur ke arah Oesapa. Korban [[name:{n:a}]] dibawa ke RSUD. Saksi [[name:{n:b}]], HP [[phone:{hp:b}]].""",
)
T(
    S,
    "electricity",
    """
{clock} penelepon [[name:{g_:w1}]] (tdk sebut marga) lapor lampu jalan mati di {jlpub}, sdh {num} mgg
{clock} penelepon [[name:{g_:m1}]] lapor kabel PLN menjuntai depan {tempat}
{clock} penelepon tadi bilang akan lapor ulang besok""",
)
T(
    S,
    "civil_registry",
    """
Petugas: NIK ibu?
Penelepon: [[nik:{nikc:w1}]].
Petugas: Nomor KK?
Penelepon: [[kk:{kk:w1}]].
Petugas: Nama?
Penelepon: [[name:{n:w1}]]. Sa mau ubah status di KK, suami su meninggal.""",
)
T(
    S,
    "waste",
    """
Penelepon: Ketua RT {rt} Kel. {kel}, Bapak [[name:{n:m1}]], HP [[phone:{hp:m1}]]. Lapor truk sampah sonde datang {num} minggu, sampah warga numpuk di pinggir jalan.
Tindak lanjut: diteruskan ke DLHK {clock}.""",
)
T(
    S,
    "social_aid",
    """
Petugas: NIK kepala keluarga?
Penelepon: [[nik:{nikp:m1}]].
Petugas: Nama?
Penelepon: [[name:{n:m1}]]. Bantuan PKH sonde masuk di rekening BNI sa [[bank_account:{bni:m1}]].
Petugas: Kami cek ke pendamping PKH.""",
)
# without personal data
T(
    S,
    "permits",
    """
Penelepon: Pagi, mau tanya syarat izin usaha warung.
Petugas: Silakan datang ke Mal Pelayanan Publik atau hubungi DPMPTSP di {kantor}. Untuk NIB bisa online.
Penelepon: Biayanya berapa?
Petugas: Gratis, Pak. Kalau ada yang minta {rp}, laporkan ke kami.""",
)
T(
    S,
    "roads",
    """
Catatan {clock}: penelepon tidak mau sebut nama. Lapor jalan berlubang di {jlpub} dekat {tempat}, sudah {num} motor jatuh minggu ini. Diteruskan ke Dinas PUPR ({tiket}).""",
)
T(
    S,
    "community",
    """
Rekap call center 112 tanggal {tgl}
Panggilan masuk: {big}
Panggilan iseng: {num}
Kebakaran: {num} | Kecelakaan: {num} | Banjir: {num}
Rata-rata waktu tanggap: {num} menit""",
)
T(
    S,
    "electricity",
    """
Petugas: ID pelanggan PLN?
Penelepon: {idpel}.
Petugas: Token yang gagal?
Penelepon: {token}, bayar {rp}.
Petugas: Baik, dicek di sistem. Tunggu 1x24 jam.""",
)
T(
    S,
    "scam",
    """
Catatan {clock}: penelepon lapor ada SMS dari {scam}: 'Rekening BRI Anda diblokir, hubungi CS kami'. Penelepon tidak klik link. Dicatat untuk peringatan warga, nomor diteruskan ke Polresta.""",
)
T(
    S,
    "water",
    """
Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: Keluhannya?
Penelepon: Air keruh {num} hari, bau lumpur.
Petugas: Penelepon tadi kami catat, tim turun ke Kel. {kel} besok. Untuk pertanyaan lain WA {wacenter}.""",
)
T(
    S,
    "schools",
    """
Catatan {clock}: orang tua murid {sekolah} (NPSN {npsn}) tanya soal pungutan uang gedung {rp}. Tidak sebut nama. Diarahkan ke Dinas Pendidikan, telp {kantor}.""",
)
T(
    S,
    "health",
    """
Petugas: No BPJS Ketenagakerjaan?
Penelepon: {bpjstk}.
Petugas: Maaf, untuk Ketenagakerjaan silakan ke kantor BPJS TK {jlpub}. Kami hanya layanan pengaduan pemkot.""",
)
T(
    S,
    "disaster",
    """
Serah terima shift malam {tgl}: {num} laporan banjir di Kel. {kel}, {num} rumah terendam. Sudah koordinasi dengan BPBD lewat {kantor}. Tidak ada korban.""",
)
T(
    S,
    "conduct",
    """
Catatan {clock}: penelepon (anonim) lapor petugas parkir di {pasar} minta {rp} padahal karcis {rp}. Diteruskan ke Dishub, nomor laporan {tiket}.""",
)

T(
    S,
    "tax",
    """
Petugas: NPWP bapak?
Penelepon: Yang lama [[npwp:{npwps:m1}]], yang baru katanya sama dengan NIK, [[npwp:{npwp16:m1}]].
Petugas: Atas nama?
Penelepon: [[name:{n:m1}]]. Sa mau tanya kenapa SPT ditolak.""",
)
T(
    S,
    "health",
    """
Catatan {clock}: penelepon [[name:{n:a}]] tanya status JKN bapaknya. Bapaknya [[name:{n:m1}]] [[bpjs:{bpjsp:m1}]], dirawat di RSUD sejak {tgl}. HP penelepon [[phone:{hp:a}]].""",
)

# ---- social_post: Facebook and Instagram posts with comments --------------------------------

S = "social_post"
T(
    S,
    "roads",
    """
[Grup Kupang Bicara]
[[name:{n:a}]]
{num} jam ·
Tolong pemerintah lihat jalan di {jlpub}, sudah {num} bulan rusak. Kemarin mama sa jatuh dari motor.

Komentar:
[[name:{n_:b}]]: sama kaka, depan rumah sa di [[address:{rtrw:b}]] ju begitu
[[name:{n:c}]]: sudah lapor 1708 ka?
Kos Melati Oebufu: ada kamar kosong kak""",
)
T(
    S,
    "civil_registry",
    """
DITEMUKAN dompet di {tempat} tadi pagi. Isi KTP atas nama [[name:{n^:a}]], NIK [[nik:{nik:a}]], alamat [[address:{addr^:a}]]. Yang kenal tolong kabari. Hubungi sa [[name:{g:b}]] di [[phone:{hp:b}]]. #kupang #infokupang""",
)
T(
    S,
    "transport",
    """
DIJUAL motor Vario 125 thn 2019, mulus, pajak hidup. Plat [[plate:{pl:a}]]. Harga {rp} nego. Hub [[phone:{hp:a}]] ([[name:{g:a}]]) lokasi Kel. {kel}.""",
)
T(
    S,
    "community",
    """
Turut berduka cita atas meninggalnya Bapak [[name:{n:m1}]] di Kel. {kel}. Ibadah penghiburan malam ini jam {jam}. Dana duka bisa transfer ke rek BRI [[bank_account:{bri:b}]] a.n. [[name:{n:b}]] (anak almarhum). Tuhan memberkati 🙏""",
)
T(
    S,
    "conduct",
    """
Viral! Oknum ASN kantor camat {kec}, [[name:{n:m1}]], bentak warga lansia yang urus surat keterangan. Video diambil {tgl}. Tolong Wali Kota tindak tegas. 😡

Komentar:
[[name:{n:b}]]: benar, sa juga pernah dimarahi
[[name:{g_:c}]]: lapor Ombudsman sa""",
)
T(
    S,
    "health",
    """
BUTUH DONOR DARAH golongan {?O|A|B|AB} untuk [[name:{n:w1}]] yang dirawat di RSUD Prof. Dr. W. Z. Johannes. Yang bisa bantu hubungi suaminya [[name:{g:m1}]] [[phone:{hp:m1}]]. Terima kasih 🙏""",
)
T(
    S,
    "community",
    """
Tetangga sa di [[address:{street:a}]] pasang musik keras tiap malam sampe jam 2. Su tegur baik-baik, malah marah. Namanya [[name:{n:b}]]. Pak RT sonde berani tegur. Kira-kira lapor ke mana? 😩""",
)
T(
    S,
    "community",
    """
Live tanya jawab Pak Lurah {kel} tadi malam:
1. [[name:{n_:a}]] ({kel}): kapan drainase diperbaiki?
2. [[name:{n:b}]] (Oesapa): jadwal fogging?
3. [[name:{n:c}]] ({kel}): air PDAM kapan normal?
Terima kasih yang sudah ikut.""",
)
T(
    S,
    "schools",
    """
Lowongan guru les privat SD-SMP di Kel. {kel}. Yang berminat kirim CV ke email sa [[email:{em:a}]] atau WA [[phone:{hp:a}]]. Honor {rp}/bulan. - [[name:{n:a}]]""",
)
T(
    S,
    "civil_registry",
    """
HILANG KTP a.n [[name:{n^:a}]], NIK [[nik:{nik4:a}]], alamat [[address:{addr:a}]]. Hilang di sekitar {pasar} hari {hari}. Bagi yang menemukan mohon hubungi [[phone:{hp:a}]]. Ada imbalan.""",
)
T(
    S,
    "health",
    """
Anjing liar gigit anak saya, nama [[name:{g:c1}]], di dekat {sekolah} kemarin sore. Sudah dibawa ke {pusk} untuk VAR. Warga [[address:{rtrw:a}]] hati-hati. - [[name:{n:w1}]]""",
)
T(
    S,
    "health",
    """
Terima kasih banyak untuk suster [[name:{g:w1}]] dan dokter [[name:{n:m1}]] di {pusk} yang sudah rawat mama sa dengan sabar. Pelayanan seperti ini yang katong mau. 💙""",
)
T(
    S,
    "water",
    """
@infokupang tolong up: air PDAM di [[address:{rtrw:a}]] Kel. {kel} mati {num} hari, tangki air jual {rp} per tangki. Kasihan mama-mama.

kupang_bersuara: kirim ke 1708 kak
[[name:{n:b}]]: di RT sebelah jg sama""",
)
T(
    S,
    "land",
    """
Sengketa tanah antara keluarga [[name:{f:a}]] dan keluarga [[name:{f:b}]] di Kel. {kel} makin panas, tadi hampir baku pukul. Polisi su datang. Semoga cepat damai.""",
)
T(
    S,
    "scam",
    """
AWAS PENIPUAN. Sa su transfer {rp} ke DANA [[phone:{hp:s}]] yang punya nama [[name:{n:s}]], katanya jual tiket kapal ke Rote. Tiket sonde ada. Rekening BCA dia ju [[bank_account:{bca:s}]]. Share biar sonde ada korban lagi.""",
)
# without personal data
T(
    S,
    "electricity",
    """
[Pemerintah Kota Kupang]
INFO PEMADAMAN LISTRIK
{hari}, {tgl} jam 10.00–16.00
Wilayah: Kel. {kel} dan sekitarnya
Penyebab: pemeliharaan jaringan PLN ULP Kupang.
Info: PLN 123 #kupangkota""",
)
T(
    S,
    "scam",
    """
WASPADA! Akun FB palsu mengatasnamakan Camat {kec} minta sumbangan {rp}. Nomor yang dipakai {scam}. Camat tidak pernah minta uang lewat FB. Laporkan akun itu. #hoaks""",
)
T(
    S,
    "community",
    """
DICARI anjing hilang, warna {?coklat|hitam|putih belang}, nama {?Bobi|Bruno|Coki|Manis}. Hilang sejak {tgl} di sekitar {tempat}. Kalau lihat kasih tau di kolom komentar ya 🙏""",
)
T(
    S,
    "community",
    """
Ke {pasar} tadi, beli bunga buat ibadah. Pemandangan pantai sore ini indah sekali. Terima kasih Tuhan untuk hari yang damai. 🌅 #Kupang #NTT""",
)
T(
    S,
    "community",
    """
Catering Lontar terima pesanan nasi kotak mulai {rp}/kotak untuk acara syukuran, ulang tahun, ibadah. Pesan di WA {hpk}. Lokasi dekat {tempat}.""",
)
T(
    S,
    "community",
    """
KOS GRIYA LILIBA – TERIMA PUTRI – {rp}/BULAN – HUB {hpk}
(foto papan di depan kos dekat {tempat})
Komentar: kupang_muda: masih ada kamar?""",
)
T(
    S,
    "disaster",
    """
[BPBD Kota Kupang]
Peringatan dini cuaca {tgl}: hujan lebat disertai angin kencang. Warga di bantaran kali Kel. {kel} diminta waspada. Darurat: 112 atau {kantor}.""",
)
T(
    S,
    "community",
    """
Lomba kebersihan antar RT Kel. {kel} tahun ini: Juara 1 RT {rt}, juara 2 RT {rw}. Hadiah {rp}. Pemenang tahun lalu, RT {num}. Selamat! 🎉""",
)
T(
    S,
    "health",
    """
Antrian di RS Bhayangkara Drs. Titus Uly tadi pagi panjang sekali, dari jam {jam} baru dipanggil siang. Semoga manajemen tambah loket. #pelayananpublik""",
)
T(
    S,
    "community",
    """
info_kupang: Pasar Kasih Naikoten mulai {tgl} ditata ulang, pedagang sementara pindah ke {jlpub}.
kupang_muda: semoga lebih rapi
flobamora_pedia: retribusi naik jadi {rp}?""",
)

# ---- letter_minutes: letters, minutes, dispositions, statements -----------------------------

S = "letter_minutes"
T(
    S,
    "civil_registry",
    """
Kepada Yth.
Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang
di Tempat

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama : [[name:{n:m1}]]
NIK : [[nik:{nikr:m1}]]
Alamat : [[address:{addr:m1}]], Kel. {kel}, Kec. {kec}
No. HP : [[phone:{hp:m1}]]
mengajukan permohonan perbaikan data Kartu Keluarga nomor [[kk:{kk:m1}]] karena nama anak saya tertulis "[[name:{g:c1} {f:m1}]]" tanpa nama baptis.

Kupang, {tgl}
Hormat saya,

[[name:{n:m1}]]""",
)
T(
    S,
    "land",
    """
BERITA ACARA MEDIASI
Nomor: {surat}
Pada hari ini {hari}, {tgl}, bertempat di Kantor Kelurahan {kel}, telah dilaksanakan mediasi sengketa batas tanah antara:
Pihak I : [[name:{n:a}]], beralamat di [[address:{addr:a}]]
Pihak II : [[name:{n:b}]], beralamat di [[address:{addr:b}]]
Disaksikan oleh Ketua RT {rt}, [[name:{n:c}]], dan Babinsa Serka [[name:{n:m1}]].
Hasil: kedua pihak sepakat memasang patok baru dalam {num} hari.""",
)
T(
    S,
    "water",
    """
LEMBAR DISPOSISI
Surat dari : [[name:{n:a}]] (warga Kel. {kel})
Tanggal surat : {tgl}
Perihal : Keberatan tagihan air {rp}
Diteruskan kepada : Kabag Hubungan Langganan, Sdr. [[name:{n:m1}]]
Isi disposisi : Cek meter dan tindak lanjuti dalam 5 hari.
Paraf : Direktur PDAM""",
)
T(
    S,
    "social_aid",
    """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[name:{n:w1}]]
NIK : [[nik:{nik:w1}]]
selaku istri dari almarhum [[name:{n:m1}]], memberi kuasa kepada:
Nama : [[name:{n:b}]]
NIK : [[nik:{nik4:b}]]
untuk mencairkan bantuan sosial tahap {tahap} dan menerima dana ke rekening BRI [[bank_account:{bri:b}]] a.n. [[name:{n:b}]].
Kupang, {tgl}
Pemberi Kuasa,          Penerima Kuasa,
[[name:{n:w1}]]          [[name:{n:b}]]""",
)
T(
    S,
    "social_aid",
    """
SURAT PERNYATAAN TIDAK MAMPU
Saya yang bertanda tangan di bawah ini:
Nama : [[name:{n:a}]]
NIK : [[nik:{nik:a}]]
No. KK : [[kk:{kk4:a}]]
Alamat : [[address:{addr:a}]]
menyatakan bahwa penghasilan keluarga kami kurang dari {rp} per bulan dan belum menerima PKH.
Mengetahui,
Ketua RT {rt}
[[name:{n:c}]]""",
)
T(
    S,
    "conduct",
    """
BERITA ACARA KLARIFIKASI
Ombudsman RI Perwakilan Nusa Tenggara Timur
Nomor Laporan: {tiket}
Pelapor : [[name:{n:a}]]
Terlapor : Lurah {kel}, [[name:{n:m1}]], S.Sos
Pokok laporan: penundaan berlarut penerbitan surat keterangan waris sejak {tgl}.
Terlapor menyatakan berkas Pelapor belum lengkap. Pelapor menyerahkan tanda terima berkas tertanggal {tgl}.""",
)
T(
    S,
    "schools",
    """
Kepada Yth. Kepala {sekolah}
Perihal: Permohonan pembayaran honor

Dengan hormat, saya [[name:{n:a}]], guru honor mata pelajaran {?Matematika|IPA|Bahasa Inggris|PJOK}, mohon honor bulan {bulan} dibayarkan. NPWP saya [[npwp:{npwp:a}]], email [[email:{em:a}]].

Hormat saya,
[[name:{n:a}]], S.Pd.""",
)
T(
    S,
    "civil_registry",
    """
SURAT KETERANGAN DOMISILI
Yang bertanda tangan di bawah ini Ketua RT {rt:1}/RW {rw:1} Kelurahan {kel} menerangkan bahwa:
Nama : [[name:{n:a}]]
NIK : [[nik:{nikd:a}]]
benar berdomisili di [[address:{street:a}]] sejak tahun {?2015|2018|2020|2022}.
Demikian surat keterangan ini dibuat untuk dipergunakan seperlunya.
Ketua RT {rt:1},
[[name:{n:c}]]
HP [[phone:{hp:c}]]""",
)
T(
    S,
    "electricity",
    """
Kepada Yth. Manajer PLN ULP Kupang
Perihal: Keberatan tagihan susulan

Dengan hormat, saya [[name:{n:a}]], pelanggan dengan ID {idpel}, beralamat di [[address:{addr:a}]], keberatan atas tagihan susulan {rp} tanggal {tgl}. Meteran tidak pernah saya buka.

Kupang, {tgl}
[[name:{n:a}]]
HP. [[phone:{hp:a}]]""",
)
T(
    S,
    "schools",
    """
Kepada Yth. Kepala Dinas Pendidikan Kota Kupang

Kami orang tua murid kelas {?IV|V|VI} {sekolah} melaporkan guru [[name:{n:m1}]] yang memukul murid dengan rotan pada {tgl}.
Yang bertanda tangan:
1. [[name:{n:a}]] (orang tua dari [[name:{g:c1}]])
2. [[name:{n:b}]] (orang tua dari [[name:{g:c2}]])
3. [[name:{n:c}]]""",
)
T(
    S,
    "water",
    """
NOTULEN RAPAT WARGA
Hari/Tanggal : {hari}, {tgl}
Tempat : rumah Ketua RT, [[address:{street:a}]]
Pimpinan rapat : [[name:{n:a}]] (Ketua RT {rt})
Notulis : [[name:{n:w1}]]
Hadir : {big} orang
Pembahasan : air PDAM hanya mengalir malam hari. Disepakati warga iuran {rp} untuk pompa bersama.""",
)
T(
    S,
    "transport",
    """
Kepada Yth. Kapolresta Kupang Kota
Perihal: Laporan kecelakaan kendaraan dinas

Pada {tgl} sekitar jam {jam} di {jlpub}, mobil dinas [[plate:{pl:s}]] menabrak motor saya [[plate:{pl:a}]]. Pengemudi mobil dinas mengaku bernama [[name:{n:s}]]. Saya luka ringan dan motor rusak berat.

Hormat saya,
[[name:{n:a}]]
[[phone:{hp:a}]]""",
)
T(
    S,
    "civil_registry",
    """
SURAT KETERANGAN AHLI WARIS
Bahwa almarhum [[name:{n:m1}]] meninggal dunia di Kupang pada {tgl} dan meninggalkan ahli waris:
1. [[name:{n:w1}]] (istri), NIK [[nik:{nik:w1}]]
2. [[name:{g:c1} {f:m1}]] (anak), NIK [[nik:{nik:c1}]]
3. [[name:{g:c2} {f:m1}]] (anak), NIK [[nik:{nik:c2}]]
Mengetahui Lurah {kel}""",
)
T(
    S,
    "health",
    """
Kepada Yth. Kepala Dinas Sosial Kota Kupang
Perihal: Usulan peserta PBI JK

Bersama ini kami usulkan warga kami:
Nama : [[name:{n:a}]]
NIK : [[nik:{nik:a}]]
No. Kartu JKN lama : [[bpjs:{bpjs:a}]] (nonaktif)
untuk dimasukkan kembali sebagai peserta PBI.
Ketua RT {rt},
ttd
[[name:{n:b}]]""",
)
T(
    S,
    "permits",
    """
Perihal: Keberatan atas rencana pembangunan menara

Kami warga di sekitar lokasi rencana menara telekomunikasi di {jlpub} menyatakan keberatan. Menara berjarak {num} meter dari rumah kami.
1. [[name:{n:a}]] – [[address:{street:a}]]
2. [[name:{n:b}]] – [[address:{street:b}]]
3. [[name:{n:c}]] – [[address:{street:c}]]
Kupang, {tgl}""",
)
# without personal data
T(
    S,
    "conduct",
    """
SURAT EDARAN
Nomor: {surat}
Tentang Jam Pelayanan Kantor Kelurahan

Seluruh kantor kelurahan se-Kota Kupang wajib membuka pelayanan Senin–Jumat 08.00–16.00. Petugas wajib memakai tanda pengenal. Pengaduan masyarakat melalui SMS 1708 (format: KOTKUPANG keluhan) atau lapor.kupangkota.go.id.
Kupang, {tgl}
WALI KOTA KUPANG""",
)
T(
    S,
    "roads",
    """
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
Jl. Timor Raya Km. 5, Kupang  Telp. {kantor}  WA {hpk}
Nomor : {surat}
Perihal : Jawaban atas pengaduan
Menindaklanjuti pengaduan {tiket} tentang kerusakan jalan di {jlpub}, perbaikan dijadwalkan pada anggaran perubahan tahun 2026 senilai {rp}.""",
)
T(
    S,
    "water",
    """
LEMBAR DISPOSISI
Dari : Direktur PDAM
Kepada : Kabid Teknik
Perihal : Laporan kebocoran pipa di {jlpub}
Isi : Segera perbaiki, laporkan hasil paling lambat {tgl}.
Catatan : koordinasi dengan Dinas PUPR.""",
)
T(
    S,
    "community",
    """
UNDANGAN
Kepada Yth. Ketua RT 01 s/d RT {big} se-Kelurahan {kel}
Hari/tanggal : {hari}, {tgl}
Jam : {jam} WITA
Tempat : Kantor Kelurahan {kel}, Jl. Amabi No. 30
Acara : Sosialisasi SP4N-LAPOR! dan kanal pengaduan 1708
Lurah {kel}""",
)
T(
    S,
    "health",
    """
NOTULEN RAPAT KOORDINASI PENANGANAN PENGADUAN
Tanggal: {tgl}
Hadir: Kepala Dinas Kesehatan, Kabag Organisasi, para Kepala Puskesmas, pejabat penghubung OPD
Hasil: setiap puskesmas menunjuk petugas pengelola pengaduan; laporan masuk wajib ditindaklanjuti paling lama 5 hari; data pelapor tidak boleh disebarluaskan. Jumlah laporan semester ini {big}.""",
)
T(
    S,
    "community",
    """
KOPERASI TUNAS HARAPAN
Jl. Kenari No. {no}, Kupang
NPWP {npwpb}
Nomor: {surat}
Perihal: Undangan Rapat Anggota Tahunan
Rapat dilaksanakan {tgl} jam {jam}. Simpanan wajib dapat disetor ke rekening koperasi {rekb}.
Hormat kami,
Pengurus
Telp. {kantor}""",
)
T(
    S,
    "permits",
    """
KEPUTUSAN KEPALA DPMPTSP KOTA KUPANG
Nomor: {surat}
Tentang Persetujuan Bangunan Gedung
Nomor registrasi: 503/PBG/2026/{num}
Fungsi: hunian; luas {big} m2; retribusi {rp} dibayar melalui kode billing {billing}.""",
)
T(
    S,
    "schools",
    """
KOMITE {sekolah^}
Pemberitahuan kepada orang tua murid: sumbangan sukarela pembangunan pagar sebesar {rp} dapat disetor ke rekening komite Bank NTT {rekb} a.n. Komite Sekolah. Alamat sekretariat komite: Jl. Kenari No. {no}.
Ketua Komite""",
)
T(
    S,
    "health",
    """
KODE ETIK PETUGAS PENGELOLA PENGADUAN
Dinas Kesehatan Kota Kupang
1. Data pengaduan tidak boleh disebarluaskan ke publik.
2. Data tidak boleh digunakan untuk kepentingan pribadi.
3. Penanganan sesuai SOP: diterima admin dalam 3 hari, ditindaklanjuti paling lama 5 hari.
Ditetapkan di Kupang, {tgl}""",
)
T(
    S,
    "tax",
    """
Nomor : {surat}
Lampiran : 1 berkas
Perihal : Penagihan pajak restoran
Kepada Yth. Pengelola {toko}
Berdasarkan pemeriksaan, pajak restoran bulan {bulan} sebesar {rp} belum disetor. NPWPD usaha Saudara terdaftar. Mohon disetor paling lambat {tgl} ke kas daerah.
Kepala Bapenda""",
)

T(
    S,
    "tax",
    """
Kepada Yth. Kepala KPP Pratama Kupang
Perihal: Penghapusan NPWP

Saya [[name:{n:w1}]], NPWP [[npwp:{npwp:w1}]], mohon NPWP suami saya almarhum [[name:{n:m1}]] ([[npwp:{npwp:m1}]]) dihapus karena meninggal pada {tgl}.
Kupang, {tgl}
[[name:{n:w1}]]""",
)

# ---- ocr_scan: cards, forms, receipts and letters as a scanner reads them -------------------

S = "ocr_scan"
T(
    S,
    "civil_registry",
    """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{nikx:m1}]]
N a m a : [[name:{n^:m1}]]
Tempat/Tgl Lahir : KUPANG, {lahir:m1}
Jenis Kelamin : LAKI-LAKI Gol. Darah : {?O|A|B|-}
Alamat : [[address:{street^:m1}]]
[[address:RT/RW : {ktprt}]]
Kel/Desa : {kel^}
Kecamatan : {kec^}
Agama : KRISTEN
Pekerjaan : WIRASWASTA
Berlaku Hingga : SEUMUR HIDUP""",
)
T(
    S,
    "civil_registry",
    """
PROVINSI NUSA TENGGARA TIMUR KOTA KUPANG
NIK[[nik:{nik:w1}]]Nama[[name:{n^:w1}]]Tempat/Tgl LahirKUPANG, {lahir:w1}
Jenis KelaminPEREMPUAN
Alamat[[address:{street^:w1}]]
Kel/Desa{kel^}  KecamatanKEC. {kec^}
AgamaKATOLIK  Status PerkawinanKAWIN""",
)
T(
    S,
    "civil_registry",
    """
KARTU KELUARGA
No. [[kk:{kkr:m1}]]
Nama Kepala Keluarga : [[name:{n^:m1}]]
Alamat : [[address:{street^:m1}]]
[[address:RT/RW : {ktprt}]]
No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan
1 | [[name:{n^:m1}]] | [[nik:{nik:m1}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[name:{n^:w1}]] | [[nik:{nikx:w1}]] | PEREMPUAN | ISTRI
3 | [[name:{g^:c1} {f^:m1}]] | [[nik:{nik:c1}]] | - | ANAK""",
)
T(
    S,
    "health",
    """
KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{bpjs:a}]]
Nama : [[name:{n^:a}]]
NIK : [[nik:{nik:a}]]
Tgl Lahir : {lahir:a}
Faskes Tingkat I : {pusk^}
Kelas : III""",
)
T(
    S,
    "social_aid",
    """
BUKU TABUNGAN SIMPEDA
BANK NTT KCP {kel^}
NO. REKENING : [[bank_account:{bntt:a}]]
NAMA : [[name:{n^:a}]]
ALAMAT : [[address:{addr^:a}]] KUPANG
TGL | KETERANGAN | MUTASI | SALDO
{tgl} | SETOR BLT | {rp} | {rp}""",
)
T(
    S,
    "tax",
    """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpx:a}]]
NAMA : [[name:{n^:a}]]
NIK : [[nik:{nik:a}]]
ALAMAT : [[address:{street^:a}]] KEL. {kel^} KEC. {kec^} KOTA KUPANG
KPP PRATAMA KUPANG""",
)
T(
    S,
    "transport",
    """
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NO. REGISTRASI : [[plate:{pl:a}]]
NAMA PEMILIK : [[name:{n^:a}]]
ALAMAT : [[address:{street^:a}]] KUPANG
MERK/TYPE : HONDA / NC11A1CF
TAHUN : {?2017|2019|2021|2023}   WARNA : HITAM
NO. RANGKA : {rangka}
BERLAKU S/D : {tgl}""",
)
T(
    S,
    "civil_registry",
    """
FORMULIR PERMOHONAN KTP-EL (hasil salin PDF)
Nama Lengkap : [[name:{n^:a}]]
NIK : [[nik:{nikbr:a}]]
No. HP : [[phone:{hpbr:a}]]
Keperluan : penggantian karena rusak""",
)
T(
    S,
    "social_aid",
    """
SURAT KETERANGAN TIDAK MAMPU
Nomor : {surat}
Yang bertanda tangan di bawah ini Lurah {kel} menerangkan:
Nama : [[name:{g^:a}
{f^:a}]]
NIK : [[nik:{nik:a}]]
Pekerjaan : PETANI
benar warga kami yang tidak mampu.""",
)
T(
    S,
    "civil_registry",
    """
N a m a : [[name:{nsplit^:a}]]
N I K : [[nik:{nik17:a}]]
Alamat : [[address:{street^:a}]]
(hasil pindai, beberapa huruf terpisah)""",
)
T(
    S,
    "scam",
    """
Hasil scan surat laporan:
Sy [[name:{n:a}]] melapor penipuan. Sy sdh transfer {rp} ke rek BRl [[bank_account:{bri:s}]] a.n [[name:{n^:s}]]. Nomor wa sy [[phone:{hpx:a}]].
Tgl {tgl}""",
)
T(
    S,
    "social_aid",
    """
BUKTI TRANSFER
TRF DARI [[name:{n^:a}]] [[bank_account:{bni:a}]]
KE : PT FLOBAMORA JAYA — {rekb}
JUMLAH : {rp}
BERITA : cicilan rumah
TGL : {tgl}""",
)
T(
    S,
    "civil_registry",
    """
KUTIPAN AKTA KEMATIAN
Nomor : {surat}
Bahwa di Kupang pada tanggal {tgl} telah meninggal dunia
[[name:{n^:m1}]]
NIK [[nik:{nik:m1}]]
Pelapor kematian: [[name:{n^:b}]], hubungan: anak""",
)
T(
    S,
    "civil_registry",
    """
KARTU KELUARGA
No KK [[kk:{kkx:m1}]]
1 [[name:{n^:m1}]] [[nik:{nik:m1}]] KEPALA KELUARGA
2 [[name:{n^:w1}]] [[nik:{nikx:w1}]] ISTRI
Alamat [[address:{street^:m1}]] [[address:RT/RW {ktprt}]]""",
)
T(
    S,
    "schools",
    """
SURAT PERNYATAAN ORANG TUA
Nama Orang Tua : [[name:{nocr^:a}]]Pekerjaan : NELAYAN
Nama Anak : [[name:{g^:c1}]]
Sekolah : {sekolah^}
No. HP : [[phone:{hp:a}]]
Email : [[email:{em:a}]]""",
)
# without personal data
T(
    S,
    "community",
    """
T0KO SINAR ABADI
Jl. Soeharto No. 45 Kupang
Telp {kantor}
NPWP : {npwpb}
------------------------------
Semen 50kg x {num}     {rp}
Paku 5cm               {rp}
TOTAL                  {rp}
Tgl {tgl}  Kasir 02
Terima kasih""",
)
T(
    S,
    "electricity",
    """
STRUK PEMBELIAN LISTRIK PRABAYAR
ID PEL : {idpel}
TARIF/DAYA : R1/900 VA
RP BAYAR : {rp}
STROOM/TOKEN : {token}
JML KWH : {kwh}
Informasi hubungi Call Center 123""",
)
T(
    S,
    "water",
    """
PERUMDA AIR MINUM KOTA KUPANG
REKENING AIR BULAN {bulan^} 2026
No. Sambungan : {samb}
Pemakaian : {m3}
Tagihan : {rp}
Denda : {rp}
Bayar sebelum tgl 20. Pengaduan {kantor}""",
)
T(
    S,
    "transport",
    """
KARCIS PARKIR
Dinas Perhubungan Kota Kupang
No. {noreg}
Roda 2: Rp 2.000
Tgl {tgl} Jam {jam}
Simpan karcis ini""",
)
T(
    S,
    "permits",
    """
PEMERINTAH K0TA KUPANG
DINAS PENANAMAN M0DAL DAN PTSP
Nomor : {surat}
Perihal : Pemberitahuan kekurangan berkas
Berkas permohonan belum dilengkapi gambar denah. Lengkapi dalam {num} hari kerja.""",
)
T(
    S,
    "tax",
    """
SURAT KETETAPAN RETRIBUSI DAERAH (SKRD)
Nomor : {surat}
Jenis : Retribusi Pelayanan Pasar
Jumlah : {rp}
Kode bayar / VA : {va}
Jatuh tempo : {tgl}""",
)
T(
    S,
    "water",
    """
BUKTI SETOR
KE : PERUMDA AIR MINUM KOTA KUPANG
REK : {rekb}
JUMLAH : {rp}
REF : {trx}
TGL : {tgl}""",
)
T(
    S,
    "community",
    """
PENGUMUMAN (scan dari papan kelurahan)
Pelayanan adminduk tutup tgl {tgl} karena gangguan jaringan.
Info hubungi kantor lurah {kantor}
Lurah {kel}""",
)
T(
    S,
    "tax",
    """
SPPT PBB-P2 TAHUN 2026
NOP : {nop}
LUAS BUMI : {big} m2
NJOP : {rp}
PBB TERHUTANG : {rp}
JATUH TEMPO : {tgl}""",
)
T(
    S,
    "health",
    """
RSUD PROF. DR. W. Z. J0HANNES KUPANG
KARTU ANTRIAN POLI
No. Antrian : {antrian}
Poli : {?Anak|Dalam|Gigi|Mata}
Tgl : {tgl}
Harap datang 15 menit sebelum jam {jam}""",
)

# ---- register_notice: registers, tables, lists, notices -------------------------------------

S = "register_notice"
T(
    S,
    "social_aid",
    """
DAFTAR PENERIMA BLT KELURAHAN {kel^} TAHAP {tahap}
No | Nama | NIK | Alamat | Ket
1 | [[name:{n^:a}]] | [[nik:{nik:a}]] | [[address:{rtrw:a}]] | lansia
2 | [[name:{n^:b}]] | [[nik:{nik:b}]] | [[address:{rtrw:b}]] | disabilitas
3 | [[name:{n^:c}]] | [[nik:{nik:c}]] | [[address:{rtrw:c}]] | janda""",
)
T(
    S,
    "community",
    """
nama;nik;no_hp;alamat
[[name:{n:a}]];[[nik:{nik:a}]];[[phone:{hpp:a}]];[[address:{street:a}]]
[[name:{n:b}]];[[nik:{nik:b}]];[[phone:{hpp:b}]];[[address:{street:b}]]
[[name:{n_:c}]];[[nik:{nik:c}]];[[phone:{hpp:c}]];[[address:{street:c}]]""",
)
T(
    S,
    "health",
    """
Daftar peserta senam lansia Posyandu {kel}:
1. [[name:{n:a}]] ({?61|64|67|70|72})
2. [[name:{n:b}]] ({?58|62|66|69|75})
3. [[name:{n:c}]] ({?60|63|68|71|77})
4. [[name:{n:d}]] ({?59|65|73|74|79})""",
)
T(
    S,
    "community",
    """
JADWAL RONDA MALAM RT {rt:1} BULAN {bulan^}
Senin : [[name:{n:a}]], [[name:{g:b}]]
Rabu : [[name:{n:c}]], [[name:{g:d}]]
Sabtu : [[name:{n:e}]]
Koordinator: [[name:{n:f}]] HP [[phone:{hp:f}]]
Pos kamling: {hpk} (pos jaga)""",
)
T(
    S,
    "health",
    """
Data balita Posyandu Bunga Bakung, penimbangan {tgl}
No | Nama Balita | Nama Ibu | BB (kg)
1 | [[name:{g:c1}]] | [[name:{n:w1}]] | {?8,2|9,1|10,4}
2 | [[name:{g:c2}]] | [[name:{n:w2}]] | {?7,6|11,0|12,3}
3 | [[name:{g:c3}]] | [[name:{n:w3}]] | {?9,8|10,1|13,2}""",
)
T(
    S,
    "social_aid",
    """
DAFTAR KPM PKH - NIK TIDAK PADAN (salinan PDF)
1 [[name:{n^:m1}]] [[nik:{nikx:m1}]] LAKI-LAKI
2 [[name:{n^:w1}]] [[nik:{nikx:w1}]] PEREMPUAN
3 [[name:{n^:w2}]] [[nik:{nik:w2}]] PEREMPUAN
Mohon perbaikan data ke Dukcapil sebelum {tgl}.""",
)
T(
    S,
    "tax",
    """
Rekap NPWP guru honor (diminta bendahara) - {sekolah}
[[name:{n:a}]] — [[npwp:{npwp:a}]]
[[name:{n:b}]] — [[npwp:{npwp16:b}]]
[[name:{n:c}]] — [[npwp:{npwp15:c}]]
[[name:{n:d}]] — belum punya""",
)
T(
    S,
    "community",
    """
DANA DUKA JEMAAT GMIT {kel^}
Untuk keluarga [[name:{f:a}]] (almarhumah [[name:{n:w1}]])
1. [[name:{n:b}]] {rp}
2. [[name:{n:c}]] {rp}
3. Keluarga [[name:{f:d}]] {rp}
Total {rp}""",
)
T(
    S,
    "transport",
    """
Daftar kendaraan terjaring razia parkir liar {tgl}
No\tNopol\tPemilik\tLokasi
1\t[[plate:{pl:a}]]\t[[name:{n:a}]]\t{jlpub}
2\t[[plate:{pl:b}]]\t[[name:{n:b}]]\t{tempat}
3\t[[plate:{plg:c}]]\t[[name:{n:c}]]\t{pasar}""",
)
T(
    S,
    "health",
    """
USULAN PESERTA PBI JK RT {rt:1} KEL. {kel^}
Nama | NIK | No. Kartu JKN
[[name:{n:a}]] | [[nik:{nik:a}]] | [[bpjs:{bpjs:a}]]
[[name:{n:b}]] | [[nik:{nik:b}]] | [[bpjs:{bpjs:b}]]
[[name:{n:c}]] | [[nik:{nik:c}]] | [[bpjs:{bpjs:c}]]""",
)
T(
    S,
    "schools",
    """
Daftar pembayaran honor pengawas ujian {sekolah}
Nama | Bank | No. Rekening
[[name:{n:a}]] | BRI | [[bank_account:{bri:a}]]
[[name:{n:b}]] | Bank NTT | [[bank_account:{bntt:b}]]
[[name:{n:c}]] | Mandiri | [[bank_account:{mdr:c}]]""",
)
T(
    S,
    "water",
    """
REGISTER PENGADUAN PDAM MINGGU KE-{?1|2|3|4} {bulan^}
Tgl | Pelapor | HP | Keluhan | Status
{tgl} | [[name:{n:a}]] | [[phone:{hp:a}]] | air keruh | selesai
{tgl} | [[name:{n:b}]] | [[phone:{hp:b}]] | meter bocor | proses
{tgl} | anonim | - | pipa pecah di {jlpub} | proses""",
)
T(
    S,
    "civil_registry",
    """
Salinan KK (dari aplikasi)
No. KK : [[kk:{kk:m1}]]
1 [[name:{n^:m1}]] [[nik:{nik:m1}]] KEPALA KELUARGA {?KRISTEN|KATOLIK|ISLAM|HINDU}
2 [[name:{n^:w1}]] [[nik:{nik:w1}]] ISTRI
3 [[name:{g^:c1} {f^:m1}]] [[nik:{nik:c1}]] ANAK
4 [[name:{g^:c2} {f^:m1}]] [[nik:{nik:c2}]] ANAK""",
)
T(
    S,
    "schools",
    """
Peserta pelatihan kurikulum merdeka gugus {?I|II|III}
Nama,Sekolah,Email
[[name:{n:a}]],{sekolah:1},[[email:{em:a}]]
[[name:{n:b}]],{sekolah:2},[[email:{emg:b}]]
[[name:{n:c}]],{sekolah:3},[[email:{em:c}]]""",
)
T(
    S,
    "community",
    """
DAFTAR HADIR RAPAT RT {rt:1}/RW {rw:1}
{tgl}
1. [[name:{n:a}]] ttd
2. [[name:{n:b}]] ttd
3. [[name:{n_:c}]] ttd
4. [[name:{ni:d}]] ttd
[[address:RT 01]]: [[name:{n:e}]] (perwakilan)""",
)
# without personal data
T(
    S,
    "waste",
    """
PENGUMUMAN RT {rt:1} / RW {rw:1}
IURAN SAMPAH DAN KEAMANAN RT {rt:1} BULAN {bulan^}
Iuran sampah : {rp}
Iuran keamanan : {rp}
Dibayar paling lambat {tgl} ke bendahara RT.
Terima kasih atas kerja samanya.""",
)
T(
    S,
    "health",
    """
Instansi;Alamat;Telepon
{pusk:1};Jl. Sukun No. {no};{kantor}
{pusk:2};{jlpub} No. {no};{kantor}
{pusk:3};Jl. Amabi No. {no};{kantor}""",
)
T(
    S,
    "permits",
    """
Register izin usaha mikro {bulan} 2026
Nama Usaha | Alamat Usaha | NPWP
{toko:1} | {jlpub} No. {no} | {npwpb}
{cv:1} | {jlpub} No. {no} | {npwpb}
{toko:2} | {jlpub} No. {no} | {npwpb}""",
)
T(
    S,
    "social_aid",
    """
REKAP KK PENERIMA BANTUAN AIR BERSIH KEL. {kel^}
RT 01: {big} KK
RT 02: {big} KK
RT 05: {big} KK
RT 07: {big} KK
Total: {big} KK""",
)
T(
    S,
    "health",
    """
Info jadwal fogging hari ini: RT {rt}, RT {rt} dan RT {rt} Kel. {kel}. Mulai jam {jam}. Tutup makanan dan minuman. Petugas dari {pusk}.""",
)
T(
    S,
    "health",
    """
Nomor layanan {pusk} berubah.
Nomor lama: {hpk} (tidak aktif lagi)
Nomor baru: telp {kantor} / WA {hpk}
Berlaku mulai {tgl}""",
)
T(
    S,
    "social_aid",
    """
INFO PENGADUAN DINAS SOSIAL KOTA KUPANG
SMS/WA {wacenter}
Telepon {kantor}
Email dinsos.kotakupang@gmail.com
Layanan Senin–Jumat 08.00–16.00""",
)
T(
    S,
    "community",
    """
Rekap laporan per kanal, {bulan} 2026
SMS 1708: {big} laporan
WA {wacenter}: {big} laporan
Telepon {kantor}: {num} laporan
Web lapor.go.id: {big} laporan""",
)
T(
    S,
    "water",
    """
JADWAL DISTRIBUSI AIR PDAM
{hari} : Kel. {kel:1}, Kel. {kel:2}
{hari} : Kel. {kel:3}, Kel. {kel:4}
Jam {jam} s.d. 06.00
Keluhan: hotline {kantor}""",
)
T(
    S,
    "water",
    """
TARIF AIR MINUM 2026 (per m3)
Rumah tangga A : {rp}
Rumah tangga B : {rp}
Niaga kecil : {rp}
Instansi pemerintah : {rp}
Biaya administrasi : {rp}/bulan""",
)

T(
    S,
    "health",
    """
Rekap sementara usulan KIS lansia Kel. {kel}
[[name:{n:a}]] [[bpjs:{bpjsp:a}]]
[[name:{n:b}]] [[bpjs:{bpjsp:b}]]
[[name:{n:c}]] belum punya kartu""",
)

# ---- kupang_malay: complaints and voice notes in Kupang Malay -------------------------------

S = "kupang_malay"
T(
    S,
    "water",
    "Selamat siang bapa ibu, beta pung nama [[name:{n:a}]], tinggal di [[address:{addr:a}]]. Air su {num} hari sonde jalan, bosong PDAM tu kerja apa sa? Beta pung nomor [[phone:{hp:a}]]. Tolong e.",
)
T(
    S,
    "community",
    "Bapa Lurah e, beta mau lapor. Om [[name:{g:m1}]] pung babi dong lepas terus, makan katong pung tanaman. Dia tinggal di [[address:{street:m1}]]. Su tegur ma dia sonde mau dengar. - [[name:{g:a}]]",
)
T(
    S,
    "health",
    "Kaka dong, beta pung mama [[name:{n:w1}]] pung KIS [[bpjs:{bpjs:w1}]] su sonde aktif, padahal beta bayar tiap bulan. Mo urus di mana ko? Beta su pi {pusk} dong bilang pi BPJS.",
)
T(
    S,
    "electricity",
    "(VN {?0:42|1:05|0:38}) Halo, ini beta [[name:{n:a}]] dari [[address:{rtrw:a}]] Kel. {kel}. Lampu jalan di katong pung lorong su mati dari bulan {bulan}, malam gelap skali, anak-anak takut lewat. Tolong PLN deng Dinas PUPR e.",
)
T(
    S,
    "civil_registry",
    "Beta mau tanya, NIK istri saya [[name:{g:w1}]] di KK tatulis [[nik:{nik:w1}]], ma di KTP lain. Mana yang benar? Beta pung nomor [[phone:{hp:a}]], nama [[name:{n:a}]].",
)
T(
    S,
    "scam",
    "Tadi ada orang telpon beta, mengaku namanya [[name:{g:s}]], dia kasi nomor [[phone:{hp:s}]], bilang beta pung anak kecelakaan di Soe, suru transfer {rp}. Beta sonde kirim. Hati-hati bapa mama.",
)
T(
    S,
    "community",
    "Anak nona yang jual kue depan {sekolah} tu, dong panggil dia [[name:{?Ati|Ira|Nyong|Ose}]] sa. Dia pung bapa [[name:{n:m1}]] su dua minggu sonde pulang. Kalo ada yang lia kasi tau.",
)
T(
    S,
    "transport",
    "Beta pung motor [[plate:{pl:a}]] ilang di parkiran {pasar} hari {hari}. Tukang parkir bilang sonde tau. Beta su lapor polisi. Sapa yang lia tolong kontak beta [[name:{g:a}]] di [[phone:{hp:a}]].",
)
T(
    S,
    "schools",
    "Guru [[name:{n:m1}]] di {sekolah} pukul beta pung ana [[name:{g:c1}]] pake kayu sampe bengkak. Beta su omong di kepala sekolah ma sonde ada tindakan. Beta mama dari [[address:{rtrw:w1}]], nama [[name:{n:w1}]].",
)
T(
    S,
    "community",
    "Beta jual kue cucur deng kue lapis, terima pesanan untuk ibadah, syukuran. WA [[phone:{hp:w1}]] ([[name:{g:w1}]]). Antar gratis di Kel. {kel}.",
)
T(
    S,
    "tax",
    "Beta sonde punya NPWP, pake NIK sa boleh ko? [[nik:{nik:a}]]. Bendahara minta untuk honor bulan {bulan}. - [[name:{g_:a}]]",
)
T(
    S,
    "social_aid",
    "Uang BLT masuk di rekening Bank NTT [[bank_account:{bntt:m1}]] atas nama beta pung laki [[name:{n:m1}]], ma dong potong {rp}. Sapa yang potong? Beta [[name:{g:w1}]] dari [[address:{rtrw:w1}]].",
)
T(
    S,
    "waste",
    "Om [[name:{g:m1}]] di [[address:RT {rt:m1}]] tu yang bakar sampah tiap sore, asap masuk rumah. Katong su omong baik-baik ma dia marah. Tolong Pak RT deng DLHK.",
)
T(
    S,
    "schools",
    "Kaka, kirim formulir PIP ke beta pung email sa: [[email:{emo:a}]]. Beta sonde pake WA. Anak beta [[name:{g:c1}]] kelas {?2|3|4|5}. Makasih.",
)
T(
    S,
    "civil_registry",
    "Dukcapil minta NIK deng KK. Bapa pung [[nik:{nik:m1}]], beta pung [[nik:{nik:a}]], KK [[kk:{kk:m1}]]. Bapa [[name:{n:m1}]] su sonde bisa jalan jadi beta yang urus.",
)
T(
    S,
    "health",
    "Beta pung anak [[name:{g:c1}]] demam su tiga hari, bawa ke {pusk} dong suru pulang sa. Beta [[name:{n:w1}]], telpon rumah [[phone:{tel:w1}]]. Sapa yang bisa bantu e.",
)
T(
    S,
    "tax",
    "Beta pung NPWP [[npwp:{npwpr:a}]], ma di kantor pajak dong bilang NPWP tu su ganti NIK. Beta bingung. Nama [[name:{n:a}]], WA [[phone:{hp:a}]].",
)
# without personal data
T(
    S,
    "water",
    "Air sonde jalan di Kel. {kel} su {num} hari. Katong beli air tangki {rp} satu tangki. Kapan PDAM mo datang? Bosong pung hotline {kantor} sonde angkat.",
)
T(
    S,
    "roads",
    "Jalan di {jlpub} tu rusak parah, oto sonde bisa lewat kalo hujan. Su dari bulan {bulan} begitu. Bosong tunggu sampe orang mati ko baru mau perbaiki?",
)
T(
    S,
    "scam",
    "Ada nomor {scam} WA beta, ngaku anak kos sa, minta pulsa {rp}. Beta pung anak kos sonde ada. Hati-hati e bapa mama.",
)
T(
    S,
    "scam",
    "Beta dapa SMS bilang beta menang undian motor dari Bank NTT, suru telpon {scam} untuk klaim. Itu tipu-tipu to? Beta sonde telpon.",
)
T(
    S,
    "community",
    "Bapa mama RT {rt}, hari {hari} katong kerja bakti bersihkan got. Bawa sekop deng karung. Jam {jam} kumpul di pos.",
)
T(
    S,
    "electricity",
    "Lampu di depan {tempat} mati su {num} minggu, gelap skali. Motor ju su ada yang jatuh. PLN deng Dinas PUPR tolong lia.",
)
T(
    S,
    "waste",
    "Pasar Kasih pung sampah su numpuk {num} hari, bau sampe di rumah-rumah. Truk DLHK sonde datang. Makasih kalo bisa cepat.",
)
T(
    S,
    "electricity",
    "Beta beli token {rp}, su masuk angka {token} ma meteran bilang gagal. Beta telpon {kantor} ju sonde angkat. ID pel {idpel}.",
)
T(
    S,
    "health",
    "{pusk} pung antrian panjang skali, dari jam {jam} baru dapa panggil siang. Mama-mama deng bayi tunggu di luar panas. Tolong tambah petugas.",
)
T(
    S,
    "social_aid",
    "Bantuan beras {tahap} di Kel. {kel} sonde rata. Ada yang dapa dua kali, ada yang sonde dapa. Bosong data pake apa? Katong minta daftar ditempel di kantor lurah.",
)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def self_test() -> None:
    """The checker refuses what it is there to refuse."""
    text = "Sy Yakob Ndun, anak Yakob"
    assert check(text, [{"kind": "name", "start": 3, "end": 13}]) is not None
    text = "Pak Yakob Ndun"
    assert check(text, [{"kind": "name", "start": 0, "end": 14}]) is not None
    text = "HP 081234567890 atau 081234567890"
    assert check(text, [{"kind": "phone", "start": 3, "end": 15}]) is not None
    text = "NIK 5371041205890003."
    assert check(text, [{"kind": "nik", "start": 4, "end": 21}]) is not None
    assert check(text, [{"kind": "nik", "start": 4, "end": 20}]) is None


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for style, theme, template in TEMPLATES:
        for _ in range(FILLS):
            why: str | None = "not tried"
            for _attempt in range(500):
                text, spans = fill(template, rng)
                why = check(text, spans)
                if why is None and text in seen:
                    why = "duplicate text"
                if why is None:
                    break
            else:
                raise SystemExit(f"no valid fill for {template[:80]!r}: {why}")
            seen.add(text)
            spans.sort(key=lambda s: int(s["start"]))
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    rng.shuffle(records)
    out = []
    for number, record in enumerate(records, start=1):
        out.append({"id": f"b14-{number:04d}", **record})
    return out


def main() -> int:
    self_test()
    per_style = Counter(style for style, _, _ in TEMPLATES)
    if len(TEMPLATES) < 230 or min(per_style[s] for s in STYLES) < 23:
        raise SystemExit(f"too few templates: {len(TEMPLATES)} {dict(per_style)}")
    records = build()
    lines = [json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in records]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    styles = Counter(r["style"] for r in records)
    without = Counter(r["style"] for r in records if not r["spans"])
    spans_by_style = Counter()
    for r in records:
        spans_by_style[r["style"]] += len(r["spans"])
    themes = Counter(r["theme"] for r in records)
    print(
        f"{OUT.name}: {len(records)} texts, {sum(kinds.values())} spans, {sum(without.values())} without spans"
    )
    print(f"templates: {len(TEMPLATES)}")
    print(f"SHA-256: {digest}")
    print("by kind:", dict(kinds.most_common()))
    print("by style (texts, without, spans):")
    for s in STYLES:
        print(f"  {s}: {styles[s]} {without[s]} {spans_by_style[s]}")
    print("by theme:", dict(sorted(themes.items(), key=lambda kv: (-kv[1], kv[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
