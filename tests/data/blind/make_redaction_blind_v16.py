# ruff: noqa: E501
"""Write the sixteenth blind redaction corpus, ``redaction_blind_v16.jsonl``.

The texts are hand-written templates with their labels inline, written from
``docs/redaction-annotation-guide.md`` alone. ``[[kind:...]]`` labels what is between the colon
and the closing brackets; ``{gen:key}`` is filled by a seeded generator (unlabelled unless it sits
inside ``[[...]]``); ``{gen^:key}`` and ``{gen_:key}`` give it in capitals or lower case;
``{?a|b|c}`` picks one alternative. Person generators with one key describe one person in a text
(keys ``w`` women, ``m`` men, ``cw``/``cm``/``c`` children, ``ow``/``om`` old people, ``p`` either).
Every value comes from ``random.Random(20270116)``: two runs write the same file. The script checks
every span and prints the SHA-256 and the counts.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SEED = 20270116
OUT = Path(__file__).with_name("redaction_blind_v16.jsonl")
KINDS = frozenset(
    {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
)
YEAR = 2026

# --------------------------------------------------------------------------------------------
# Word pools (all invented combinations)
# --------------------------------------------------------------------------------------------

MEN = [
    "Yohanes",
    "Yosef",
    "Agustinus",
    "Marthen",
    "Yakob",
    "Melkianus",
    "Dominggus",
    "Soleman",
    "Yermias",
    "Ebed",
    "Deki",
    "Nikodemus",
    "Paulus",
    "Petrus",
    "Simon",
    "Aser",
    "Obed",
    "Benyamin",
    "Herman",
    "Imanuel",
    "Yulius",
    "Kornelis",
    "Fredrik",
    "Gabriel",
    "Blasius",
    "Gregorius",
    "Rudolf",
    "Viktor",
    "Hendrik",
    "Arnold",
    "Lukas",
    "Matias",
    "Efraim",
    "Yunus",
    "Abraham",
    "Mikael",
    "Stefanus",
    "Ferdinand",
    "Kristoforus",
    "Elias",
    "Zakarias",
    "Yoel",
    "Leonardus",
    "Habel",
    "Semuel",
    "Oktovianus",
    "Anderias",
    "Yeskiel",
    "Welem",
    "Lorens",
    "Jemris",
    "Rinto",
    "Ardi",
    "Sefnat",
    "Filipus",
    "Aloysius",
    "Isak",
    "Edison",
]
WOMEN = [
    "Maria",
    "Yohana",
    "Agustina",
    "Selfi",
    "Sofia",
    "Anace",
    "Rosalina",
    "Dorkas",
    "Yuliana",
    "Marlin",
    "Ester",
    "Debora",
    "Naomi",
    "Ribka",
    "Lodia",
    "Yanti",
    "Erni",
    "Gracia",
    "Novita",
    "Serlin",
    "Merry",
    "Apriani",
    "Welmince",
    "Orpa",
    "Sarlota",
    "Susana",
    "Dewi",
    "Vivi",
    "Kristina",
    "Veronika",
    "Fransiska",
    "Elisabeth",
    "Mariana",
    "Natalia",
    "Yasinta",
    "Imelda",
    "Martha",
    "Priska",
    "Stevani",
    "Feby",
    "Lusia",
    "Meliana",
    "Adriana",
    "Yustina",
    "Katarina",
    "Agnes",
    "Filomena",
    "Oktovina",
    "Margaretha",
    "Dortia",
    "Mersi",
    "Ina",
    "Yuni",
    "Sance",
    "Herlina",
    "Florida",
    "Rambu",
]
WOMEN.remove("Rambu")
MIDDLE_M = ("Albert", "Maria", "Kornelis", "Yosef", "Agustinus", "Andreas", "Fransiskus")
MIDDLE_W = ("Goreti", "Imakulata", "Magdalena", "Theresia", "Yosefina", "Anjelina", "Selviana")
FAMILIES = [
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
    "Tnunay",
    "Boimau",
    "Sabneno",
    "Nubatonis",
    "Laitabun",
    "Kolo",
    "Seran",
    "Nahak",
    "Bria",
    "Klau",
    "Leki",
    "Neonufa",
    "Kapitan",
    "Tunliu",
    "Lakapu",
    "Sinlae",
    "Banunaek",
    "Taopan",
    "Selan",
    "Kause",
    "Oematan",
    "Toelle",
    "Saudale",
    "Pellokila",
    "Adoe",
    "Foenay",
    "Messakh",
    "Detha",
    "Bili",
    "Ndoen",
    "Kiuk",
    "Lomi",
    "Pandie",
    "Tukan",
    "Kelen",
    "Koten",
    "Hurek",
    "Bataona",
    "Djami",
    "Haning",
    "Lede",
    "Nalle",
    "Bire",
    "Missa",
    "Kana",
    "Dethan",
    "Loasana",
    "Tuames",
    "Bana",
    "Tallan",
    "Hau",
    "Nope",
    "Rihi",
    "Djara",
    "Otu",
    "Lerrick",
    "Zacharias",
    "Mbura",
    "Sau",
    "Lenggu",
    "Feoh",
    "Kiak",
    "Tamelab",
    "Snae",
    "Riwu Kaho",
    "Ga Lena",
    "Dju Dara",
    "Mone Ratu",
    "Wila Huky",
    "Ludji Pau",
    "Radja Haba",
    "Lado Bali",
]
OTHER_M = (
    "Budi Santoso|Budi|Santoso",
    "Abdul Gani Lamahoda|Abdul Gani|Lamahoda",
    "Hasan Basri|Hasan|Basri",
    "Muhamad Ridwan Sabon|Ridwan|Sabon",
    "Kaharuddin Daeng Ngalle|Kaharuddin|Ngalle",
    "I Made Sudarma|I Made|Sudarma",
    "I Ketut Artawan|I Ketut|Artawan",
    "I Wayan Suardana|I Wayan|Suardana",
    "La Ode Hamirudin|Hamirudin|Hamirudin",
    "Tan Swie Liong|Swie Liong|Tan",
    "Umbu Manu Paranggi|Umbu Manu|Paranggi",
    "Umbu Tamu Ndima|Umbu Tamu|Ndima",
    "Agus Prasetyo|Agus|Prasetyo",
    "Ahmad Fauzi Lamuri|Ahmad|Lamuri",
)
OTHER_W = (
    "Sri Wahyuni|Sri|Wahyuni",
    "Siti Rahma Lamahoda|Siti Rahma|Lamahoda",
    "Fatimah Azzahra Lamuri|Fatimah|Lamuri",
    "Ni Kadek Ayu Lestari|Ni Kadek Ayu|Lestari",
    "Ni Luh Putu Sriani|Ni Luh Putu|Sriani",
    "Wa Ode Nurmala|Nurmala|Nurmala",
    "Rambu Tamar Hambandima|Rambu Tamar|Hambandima",
    "Rambu Ana Ndakularak|Rambu Ana|Ndakularak",
    "Go Mei Hwa|Mei Hwa|Go",
    "Rosmiati Daeng Sikki|Rosmiati|Sikki",
    "Endang Susilowati|Endang|Susilowati",
    "Nurhayati Sabon|Nurhayati|Sabon",
)
NICK_M = ("Nyong", "Iko", "Eto", "Oni", "Boy", "Ancu", "Yo", "Ose", "Odi")
NICK_W = ("Ati", "Ira", "Cici", "Nela", "Ety", "Mece", "Ose", "Ona")

KOTA_KEL = {
    "Alak": "Namosain Alak Manutapen Mantasi Fatufeto Nunhila Penkase Naioni Batuplat Nunbaun Sabu",
    "Maulafa": "Maulafa Penfui Sikumana Naimata Kolhua Fatukoa Oepura Belo Naikolan",
    "Oebobo": "Oebobo Oebufu Liliba Fatululi Oetete Kayu Putih",
    "Kota Raja": "Bakunase Airnona Kuanino Nunleu Fontein Naikoten",
    "Kelapa Lima": "Oesapa Lasiana Oesapa Barat Oesapa Selatan Kelapa Lima",
    "Kota Lama": "Solor Oeba Fatubesi Merdeka Bonipoi Airmata Pasir Panjang",
}
KEL: list[tuple[str, str]] = []
for _kec, _names in KOTA_KEL.items():
    KEL.extend((_n, _kec) for _n in re.split(r" (?=[A-Z])", _names))
KEL = [k for k in KEL if k[0] not in {"Nunbaun", "Sabu", "Oesapa Barat", "Oesapa Selatan"}]
KEL += [
    ("Nunbaun Sabu", "Alak"),
    ("Oesapa Barat", "Kelapa Lima"),
    ("Oesapa Selatan", "Kelapa Lima"),
]
KEL = [
    k
    for k in KEL
    if k[0] not in {"Kayu", "Putih", "Pasir", "Panjang", "Kelapa", "Lima", "Barat", "Selatan"}
]
KEL += [("Kayu Putih", "Oebobo"), ("Pasir Panjang", "Kota Lama"), ("Kelapa Lima", "Kelapa Lima")]
KEL = sorted(set(KEL))
PUSK = [
    "Oebobo",
    "Sikumana",
    "Bakunase",
    "Pasir",
    "Panjang",
    "Oepoi",
    "Oesapa",
    "Penfui",
    "Alak",
    "Naioni",
    "Manutapen",
    "Kupang",
    "Kota",
]
PUSK = [
    "Oebobo",
    "Sikumana",
    "Bakunase",
    "Pasir Panjang",
    "Oepoi",
    "Oesapa",
    "Penfui",
    "Alak",
    "Naioni",
    "Manutapen",
    "Kupang Kota",
]
SCHOOLS = (
    "SD Inpres Oepura 2",
    "SDN Bertingkat Naikoten 1",
    "SMPN 5 Kupang",
    "SMPN 2 Kupang",
    "SMAN 3 Kupang",
    "SMKN 4 Kupang",
    "SD Inpres Liliba",
    "SMPK St. Theresia",
    "SDK St. Yoseph",
    "SMAN 1 Kupang",
    "SD GMIT Kuanino",
    "MTsN Kota Kupang",
)
PASAR = (
    "Pasar Oeba",
    "Pasar Kasih Naikoten",
    "Pasar Oebobo",
    "Pasar Penfui",
    "Pasar Kuanino",
    "Pasar Oesapa",
)
PUBLIC_ST = (
    "Jl. El Tari",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Amabi",
    "Jl. Herewila",
    "Jl. Adisucipto",
    "Jl. Cak Doko",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Perintis Kemerdekaan",
    "Jl. Veteran",
    "Jl. Thamrin",
    "Jl. Ahmad Yani",
    "Jl. Suprapto",
    "Jl. R.A. Kartini",
    "Jl. Kapten Tendean",
    "Jl. Alfons Nisnoni",
    "Jl. H.R. Koroh",
    "Jl. Prof. Dr. Herman Johannes",
)
HOME_ST = [
    "Nangka",
    "Kenari",
    "Jambu",
    "Lontar",
    "Merpati",
    "Kakatua",
    "Nuri",
    "Sukun",
    "Manggis",
    "Beringin",
    "Flamboyan",
    "Cemara",
    "Anggrek",
    "Kamboja",
    "Matani",
    "Oebonik",
    "Bajawa",
    "Kemuning",
    "Rambutan",
    "Delima",
    "Sirsak",
    "Kelinci",
    "Cendana",
    "Camar",
    "Cendrawasih",
    "Bougenvil",
    "Teratai",
    "Pisang",
    "Salak",
    "Asoka",
    "Melon",
    "Kuda",
    "Kancil",
    "Merak",
    "Rusa",
    "Bakau",
]
LANES = (
    "Damai",
    "Sepakat",
    "Harapan",
    "Mawar",
    "Melati",
    "Sejahtera",
    "Rukun",
    "Karya",
    "Asri",
    "Bahagia",
)
RS = (
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RSAU dr. Moch. Munir",
    "RS Leona",
    "RS Siloam Kupang",
    "RS Kartini",
)
REGIONS = {
    "5371": ("KOTA KUPANG", "KUPANG", 6),
    "5301": ("KUPANG", "KUPANG", 24),
    "5302": ("TIMOR TENGAH SELATAN", "SOE", 32),
    "5303": ("TIMOR TENGAH UTARA", "KEFAMENANU", 24),
    "5304": ("BELU", "ATAMBUA", 12),
    "5305": ("ALOR", "KALABAHI", 17),
    "5306": ("FLORES TIMUR", "LARANTUKA", 19),
    "5307": ("SIKKA", "MAUMERE", 21),
    "5311": ("SUMBA TIMUR", "WAINGAPU", 22),
    "5313": ("LEMBATA", "LEWOLEBA", 9),
    "5314": ("ROTE NDAO", "BAA", 10),
    "5320": ("SABU RAIJUA", "SEBA", 6),
}
PREFIXES = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
    "0815",
    "0816",
    "0817",
    "0818",
    "0819",
    "0857",
    "0858",
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
    "0859",
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
BANKS = ("BRI", "BNI", "Mandiri", "BCA", "Bank NTT")
BANK_KEYS = {"bri": "BRI", "bni": "BNI", "mdr": "Mandiri", "bca": "BCA", "ntt": "Bank NTT"}
FREE_HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "rocketmail.com",
    "outlook.com",
)


PERSON_GENS = frozenset(
    [
        "name",
        "nick",
        "given",
        "family",
        "nik",
        "nikg",
        "nikd",
        "niko",
        "nik15",
        "nik17",
        "npwp",
        "npwp16",
        "bpjs",
        "bpjsg",
        "hp",
        "hp0",
        "hpdash",
        "hp62",
        "hpo",
        "home",
        "mail",
        "maild",
        "loc",
        "ttl",
        "tgllahir",
        "jk",
        "umur",
        "init",
        "split",
        "gf",
        "agama",
        "kerja",
    ]
)


@dataclass
class Person:
    """One invented person of a text."""

    sex: str
    given: str
    middle: str
    family: str
    other: str
    born: tuple[int, int, int]
    region: str
    district: int
    serial: int

    @property
    def full(self) -> str:
        if self.other:
            return self.other
        return " ".join(p for p in (self.given, self.middle, self.family) if p)


class Filler:
    """Fills the placeholders of one text; one generator and one key give one value."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.cache: dict[tuple[str, str], str] = {}
        self.people: dict[str, Person] = {}
        self.region = rng.choice(["5371"] * 30 + ["5301"] * 4 + list(REGIONS)[2:])
        self.used_given: set[str] = set()
        self.used_family: set[str] = set()

    # ---------------------------------------------------------------- people
    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        rng = self.rng
        head = re.match(r"[a-z]+", key)
        kind = head.group(0) if head else "p"
        sex = {
            "w": "f",
            "ow": "f",
            "cw": "f",
            "yw": "f",
            "m": "m",
            "om": "m",
            "cm": "m",
            "ym": "m",
        }.get(kind)
        if sex is None:
            sex = rng.choice("fm")
        if kind in {"ow", "om"}:
            year = rng.randint(1938, 1961)
        elif kind in {"c", "cw", "cm"}:
            year = rng.randint(2008, 2021)
        elif kind in {"yw", "ym"}:
            year = rng.randint(1998, 2008)
        else:
            year = rng.randint(1963, 2002)
        young = {k: q.born[2] for k, q in self.people.items() if re.match(r"(c|cw|cm|yw|ym)\d", k)}
        elders = {k: q.born[2] for k, q in self.people.items() if re.match(r"(w|m|ow|om)1$", k)}
        if kind in {"c", "cw", "cm", "yw", "ym"} and elders and year < min(elders.values()) + 20:
            year = min(elders.values()) + rng.randint(20, 34)
        elif (
            kind in {"w", "m", "ow", "om"}
            and key.endswith("1")
            and young
            and year > min(young.values()) - 20
        ):
            year = min(young.values()) - rng.randint(20, 34)
        born = (rng.randint(1, 28), rng.randint(1, 12), min(year, YEAR - 1))
        other = ""
        other_given = other_family = ""
        if rng.random() < 0.16 and kind not in {"c", "cw", "cm"}:
            pool = [
                o
                for o in (OTHER_W if sex == "f" else OTHER_M)
                if o.split("|")[2] not in self.used_family
            ]
            other, other_given, other_family = rng.choice(pool).split("|")
        given = rng.choice([g for g in (WOMEN if sex == "f" else MEN) if g not in self.used_given])
        family = rng.choice([f for f in FAMILIES if f not in self.used_family])
        father = self.people.get("m1")
        if kind in {"c", "cw", "cm"} and father and not father.other and rng.random() < 0.8:
            family = father.family
            other = ""
        if other:
            given, family = other_given, other_family
        middle = ""
        if not other and rng.random() < 0.15:
            middle = rng.choice(MIDDLE_W if sex == "f" else MIDDLE_M)
        region = self.region if rng.random() < 0.85 else rng.choice(list(REGIONS))
        person = Person(
            sex=sex,
            given=given,
            middle=middle,
            family=family,
            other=other,
            born=born,
            region=region,
            district=rng.randint(1, REGIONS[region][2]),
            serial=rng.randint(1, 160),
        )
        self.used_given.add(given)
        self.used_family.add(family)
        self.people[key] = person
        return person

    # ---------------------------------------------------------------- numbers
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def nik_of(self, p: Person) -> str:
        d, m, y = p.born
        day = d + 40 if p.sex == "f" else d
        return f"{p.region}{p.district:02d}{day:02d}{m:02d}{y % 100:02d}{p.serial:04d}"

    def mobile(self) -> str:
        return self.rng.choice(PREFIXES) + self.digits(self.rng.choice((7, 8, 8)))

    def write_mobile(self, num: str, how: str | None = None) -> str:  # noqa: PLR0911
        rng = self.rng
        how = how or rng.choice(
            ["plain", "plain", "dash", "space", "dot", "p62dash", "p62", "62", "62space"]
        )
        a, b, c = num[:4], num[4:8], num[8:]
        if how == "dash":
            return f"{a}-{b}-{c}"
        if how == "space":
            return f"{a} {b} {c}"
        if how == "dot":
            return f"{a}.{b}.{c}"
        rest = num[1:]
        if how == "p62dash":
            return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
        if how == "p62":
            return "+62" + rest
        if how == "62":
            return "62" + rest
        if how == "62space":
            return f"62 {rest[:3]} {rest[3:7]} {rest[7:]}"
        return num

    def ocr(self, value: str, table: str = "0O1l") -> str:
        pairs = [(table[i], table[i + 1]) for i in range(0, len(table), 2)]
        chars = list(value)
        spots = [i for i, ch in enumerate(chars) if any(ch == a for a, _ in pairs) and i > 1]
        for i in self.rng.sample(spots, min(len(spots), self.rng.randint(1, 3))):
            chars[i] = dict(pairs)[chars[i]]
        return "".join(chars)

    def kk_number(self) -> str:
        rng = self.rng
        region = self.region
        return (
            f"{region}{rng.randint(1, REGIONS[region][2]):02d}"
            f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(10, 25):02d}{rng.randint(1, 9999):04d}"
        )

    def npwp_old(self, body: bool = False) -> str:
        rng = self.rng
        first = rng.choice(["01", "02", "03"]) if body else f"{rng.randint(4, 99):02d}"
        kpp = rng.choice(["920", "921", "920", "922"])
        return f"{first}.{self.digits(3)}.{self.digits(3)}.{rng.randint(0, 9)}-{kpp}.000"

    def account(self, bank: str) -> str:
        rng = self.rng
        if bank == "BRI":
            return (
                f"{self.digits(4)}-01-{self.digits(6)}-{self.digits(2)}-{rng.randint(0, 9)}"
                if rng.random() < 0.5
                else self.digits(4) + "01" + self.digits(9)
            )
        if bank == "BNI":
            return rng.choice(["0", "1"]) + self.digits(9)
        if bank == "Mandiri":
            return (
                f"{rng.choice(['145', '161', '180'])}-00-{self.digits(7)}-{rng.randint(0, 9)}"
                if rng.random() < 0.5
                else rng.choice(["145", "161"]) + "00" + self.digits(8)
            )
        if bank == "BCA":
            return rng.choice(["0", "1", "3", "7"]) + self.digits(9)
        return (
            f"00{rng.randint(1, 9)}.0{rng.randint(1, 3)}.02.{self.digits(6)}-{rng.randint(0, 9)}"
            if rng.random() < 0.6
            else f"00{rng.randint(1, 9)}0{rng.randint(1, 3)}02{self.digits(7)}"
        )

    def plate_value(self) -> str:
        rng = self.rng
        region = rng.choice(["DH"] * 6 + ["EB", "ED"])
        number = str(rng.randint(1000, 9999)) if rng.random() < 0.85 else str(rng.randint(10, 999))
        suffix = rng.choice(["A", "B", "K"]) + rng.choice(
            [
                "",
                "A",
                "B",
                "C",
                "D",
                "E",
                "F",
                "G",
                "H",
                "K",
                "M",
                "P",
                "R",
                "S",
                "T",
                "U",
                "W",
                "X",
                "Y",
            ]
        )
        how = rng.random()
        if how < 0.7:
            return f"{region} {number} {suffix}"
        if how < 0.85:
            return f"{region}{number}{suffix}"
        return f"{region} {number} {suffix}".lower()

    def mailbox(self, p: Person) -> str:
        rng = self.rng
        g = p.given.lower().split()[-1]
        f = p.family.lower().replace(" ", "")
        n = str(rng.randint(1, 99)) if rng.random() < 0.5 else str(p.born[2])
        local = rng.choice(
            [f"{g}.{f}{n}", f"{f}{g}", f"{g}_{f}", f"{g}{f[:3]}{n}", f"{f}.{g}", f"{g}.{f}"]
        )
        return f"{local}@{rng.choice(FREE_HOSTS)}"

    def dodge(self, mail: str) -> str:  # noqa: PLR0911
        local, host = mail.split("@")
        name, _, tld = host.partition(".")
        rng = self.rng
        how = rng.randint(0, 6)
        if how == 0:
            return f"{local} @ {host}"
        if how == 1:
            return f"{local}(at){host}"
        if how == 2:
            return f"{local} [at] {name} [dot] {tld}"
        if how == 3:
            return f"{local} at {name} dot {tld.replace('.', ' dot ')}"
        if how == 4:
            return f"{local}(keong){name}(titik){tld}"
        if how == 5:
            return f"{local} @{host}"
        return f"{local}@{name},{tld}"

    def home_address(self, with_rt: bool) -> str:
        rng = self.rng
        st = rng.choice(HOME_ST)
        no = str(rng.randint(1, 140)) + ("" if rng.random() < 0.88 else rng.choice("ABC"))
        form = rng.random()
        if form < 0.45:
            base = f"Jl. {st} No. {no}"
        elif form < 0.6:
            base = f"Jl. {st} Gg. {rng.randint(1, 9)} No. {no}"
        elif form < 0.75:
            base = f"Gg. {rng.choice(LANES)} No. {no}"
        elif form < 0.85:
            base = f"Jln. {st} no {no}"
        elif form < 0.93:
            base = f"Jalan {st} Nomor {no}"
        else:
            base = f"Perumnas Blok {rng.choice('ABCDEFGH')} No. {no}"
        if with_rt:
            base += ", " + self.rt_rw(formal=True)
        return base

    def rt_rw(self, formal: bool = False) -> str:
        rng = self.rng
        rt, rw = rng.randint(1, 42), rng.randint(1, 14)
        if formal:
            return rng.choice(
                [f"RT {rt:03d}/RW {rw:03d}", f"RT {rt:02d}/RW {rw:02d}", f"RT {rt:03d} RW {rw:03d}"]
            )
        return rng.choice(
            [
                f"RT {rt:02d} RW {rw:02d}",
                f"RT {rt:03d}/RW {rw:03d}",
                f"rt {rt} rw {rw}",
                f"RT {rt}/RW {rw}",
                f"RT {rt:02d}/{rw:02d}",
                f"RT.{rt:02d}/RW.{rw:02d}",
            ]
        )

    # ---------------------------------------------------------------- dispatch
    def value(self, gen: str, key: str) -> str:
        if (gen, key) not in self.cache:
            self.cache[(gen, key)] = self.make(gen, key)
        return self.cache[(gen, key)]

    def make(self, gen: str, key: str) -> str:
        rng = self.rng
        if gen in PERSON_GENS:
            return self.person_value(gen, key)
        simple = {
            "kk": self.kk_number,
            "kko": lambda: self.ocr(self.kk_number(), "0O1l8B"),
            "plate": self.plate_value,
            "addr": lambda: self.home_address(with_rt=False),
            "addrrt": lambda: self.home_address(with_rt=True),
            "rtrw": self.rt_rw,
            "rtrwf": lambda: self.rt_rw(formal=True),
            "rt": lambda: f"RT {rng.randint(1, 42):02d}",
            "rtktp": lambda: f"{rng.randint(1, 42):03d}/{rng.randint(1, 14):03d}",
            "offhp": lambda: self.write_mobile(
                self.mobile(), rng.choice(["plain", "dash", "space", "p62dash"])
            ),
            "scam": lambda: self.write_mobile(self.mobile()),
            "kantor": lambda: (
                rng.choice(["(0380) ", "0380-", "0380 "]) + rng.choice("8") + self.digits(5)
            ),
            "npwpb": lambda: self.npwp_old(body=True),
            "nip": lambda: (
                f"{rng.randint(1968, 1996)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(2005, 2022)}0{rng.randint(1, 2)}1{rng.randint(1, 9):03d}"
            ),
            "nipg": lambda: (
                f"{rng.randint(1968, 1996)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {rng.randint(2005, 2022)}0{rng.randint(1, 2)} 1 {rng.randint(1, 9):03d}"
            ),
            "idpel": lambda: "5312" + self.digits(8),
            "token": lambda: " ".join(self.digits(4) for _ in range(5)),
            "samb": lambda: f"{rng.randint(1, 12):02d}-{rng.randint(1, 30):02d}-{self.digits(6)}",
            "nop": lambda: (
                f"53.71.0{rng.randint(10, 60)}.00{rng.randint(1, 9)}.{self.digits(3)}-{self.digits(4)}.0"
            ),
            "tiket": lambda: rng.choice(
                [
                    f"LPR-2026-{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{self.digits(4)}",
                    f"{rng.randint(2601, 2612)}-{self.digits(4)}-{self.digits(3)}",
                    f"#{self.digits(7)}",
                    f"LAPOR-5371-2026-{self.digits(5)}",
                ]
            ),
            "va": lambda: (
                rng.choice(["8808 ", "88888", "7002 ", "8277 "])
                + " ".join(self.digits(4) for _ in range(3))
            ),
            "billing": lambda: "8" + str(YEAR) + self.digits(10),
            "ntpn": lambda: "".join(rng.choice("0123456789ABCDEF") for _ in range(16)),
            "surat": lambda: rng.choice(
                [
                    f"{rng.choice(['400', '470', '500', '700', '005', '900'])}/{rng.randint(10, 999)}/{rng.choice(['KEL', 'DKP', 'PUPR', 'INSP', 'DINSOS', 'DUKCAPIL', 'BPBD'])}/{rng.choice(['XI', 'X', 'XII', 'IX'])}/2026",
                    f"5371-LU-{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}2026-{self.digits(4)}",
                ]
            ),
            "nisn": lambda: "0" + str(rng.randint(8, 19)).zfill(2) + self.digits(7),
            "npsn": lambda: "5030" + self.digits(4),
            "tgl": lambda: f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026",
            "tanggal": lambda: f"{rng.randint(1, 28)} {rng.choice(MONTHS[:11])} 2026",
            "jam": lambda: (
                f"{rng.randint(6, 21):02d}.{rng.choice(['00', '05', '12', '15', '20', '30', '41', '45', '50'])}"
            ),
            "kel": lambda: rng.choice(KEL)[0],
            "pusk": lambda: rng.choice(PUSK),
            "sekolah": lambda: rng.choice(SCHOOLS),
            "pasar": lambda: rng.choice(PASAR),
            "jalan": lambda: rng.choice(PUBLIC_ST),
            "rs": lambda: rng.choice(RS),
            "bank": lambda: BANK_KEYS.get(key.rstrip("0123456789")) or rng.choice(BANKS),
            "rm": lambda: f"{self.digits(2)}.{self.digits(2)}.{self.digits(2)}",
            "antri": lambda: rng.choice("ABCD") + "-" + str(rng.randint(10, 180)).zfill(3),
            "n": lambda: str(rng.randint(2, 40)),
            "rekb": lambda: self.account(
                BANK_KEYS.get(key.rstrip("0123456789")) or rng.choice(BANKS)
            ),
        }
        if gen == "kec":
            kel = self.value("kel", key)
            return dict(KEL)[kel]
        if gen == "rek":
            bank = BANK_KEYS.get(key.rstrip("0123456789")) or self.value("bank", key)
            return self.account(bank)
        if gen in simple:
            return simple[gen]()
        raise KeyError(gen)

    def person_value(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        p = self.person(key)
        rng = self.rng
        nik = self.nik_of(p)
        if gen == "name":
            return p.full
        if gen == "given":
            return p.given
        if gen == "family":
            return p.family
        if gen == "nick":
            return rng.choice(NICK_W if p.sex == "f" else NICK_M)
        if gen == "loc":
            return f"{p.given.split()[-1]}.{p.family}".lower().replace(" ", "")
        if gen == "gf":
            return f"{p.given} {p.family}" if not p.other else p.other
        if gen == "init":
            return f"{p.given[0]}. {p.family}" if not p.other else p.other
        if gen == "split":
            full = p.full.upper()
            spots = [
                i
                for i in range(2, len(full) - 1)
                if full[i] != " " and full[i - 1] != " " and full[i + 1] != " "
            ]
            i = rng.choice(spots)
            return full[:i] + " " + full[i:]
        if gen == "nik":
            return nik
        if gen == "nikg":
            return " ".join(nik[i : i + 4] for i in range(0, 16, 4))
        if gen == "nikd":
            return f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"
        if gen == "niko":
            return self.ocr(nik)
        if gen == "nik15":
            i = rng.randint(6, 15)
            return nik[:i] + nik[i + 1 :]
        if gen == "nik17":
            i = rng.randint(6, 15)
            return nik[:i] + nik[i] + nik[i:]
        if gen == "npwp":
            return self.npwp_old()
        if gen == "npwp16":
            return nik
        if gen in {"bpjs", "bpjsg"}:
            num = (
                self.value("bpjsraw", key)
                if ("bpjsraw", key) in self.cache
                else "000" + self.digits(10)
            )
            self.cache[("bpjsraw", key)] = num
            if gen == "bpjsg":
                return f"{num[:4]} {num[4:8]} {num[8:12]} {num[12:]}"
            return num
        if gen in {"hp", "hp0", "hpdash", "hp62", "hpo"}:
            num = self.cache.get(("hpraw", key)) or self.mobile()
            self.cache[("hpraw", key)] = num
            if gen == "hp0":
                return num
            if gen == "hpdash":
                return self.write_mobile(num, "dash")
            if gen == "hp62":
                return self.write_mobile(num, rng.choice(["p62dash", "p62", "62", "62space"]))
            if gen == "hpo":
                return self.ocr(num, "0O8B5S")
            return self.write_mobile(num)
        if gen == "home":
            return rng.choice(["(0380) ", "0380 ", "0380-"]) + "8" + self.digits(5)
        if gen == "mail":
            return self.cache.get(("mailraw", key)) or self.cache.setdefault(
                ("mailraw", key), self.mailbox(p)
            )
        if gen == "maild":
            raw = self.cache.get(("mailraw", key)) or self.cache.setdefault(
                ("mailraw", key), self.mailbox(p)
            )
            return self.dodge(raw)
        d, m, y = p.born
        if gen == "ttl":
            return f"{REGIONS[p.region][1]}, {d:02d}-{m:02d}-{y}"
        if gen == "tgllahir":
            return f"{d:02d}-{m:02d}-{y}"
        if gen == "jk":
            return "PEREMPUAN" if p.sex == "f" else "LAKI-LAKI"
        if gen == "umur":
            return str(YEAR - y - (1 if m == 12 and d > 6 else 0))
        if gen == "agama":
            return (
                rng.choice(["KRISTEN", "KRISTEN", "KATHOLIK", "ISLAM"])
                if not p.full.startswith(("I ", "Ni "))
                else "HINDU"
            )
        if gen == "kerja":
            jobs = ["WIRASWASTA", "PETANI/PEKEBUN", "NELAYAN/PERIKANAN", "KARYAWAN SWASTA", "GURU"]
            if p.sex == "f":
                jobs += ["MENGURUS RUMAH TANGGA"] * 2
            return rng.choice(jobs) if y < 2006 else "PELAJAR/MAHASISWA"
        raise KeyError(gen)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([a-z0-9]+)([\^_]?)(?::([a-z0-9]+))?\}")
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.DOTALL)


def choose(template: str, rng: random.Random) -> str:
    """Resolve every ``{?a|b|c}``, innermost first, picking one alternative."""
    while "{?" in template:
        start = template.rfind("{?")
        depth, i, parts, last = 0, start + 2, [], start + 2
        while True:
            ch = template[i]
            if ch == "{":
                depth += 1
            elif ch == "}":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "|" and depth == 0:
                parts.append(template[last:i])
                last = i + 1
            i += 1
        parts.append(template[last:i])
        template = template[:start] + rng.choice(parts) + template[i + 1 :]
    return template


def render(template: str, filler: Filler) -> tuple[str, list[dict[str, object]]]:
    chosen = choose(template, filler.rng)

    def fill(match: re.Match[str]) -> str:
        gen, case, key = match.group(1), match.group(2), match.group(3) or ""
        value = filler.value(gen, key)
        if case == "^":
            return value.upper()
        if case == "_":
            return value.lower()
        return value

    keys = [
        m.group(3) for m in PLACEHOLDER.finditer(chosen) if m.group(3) and m.group(1) in PERSON_GENS
    ]
    for key in sorted(dict.fromkeys(keys), key=lambda k: (not re.fullmatch(r"(w|m|ow|om)1", k), k)):
        filler.person(key)
    filled = PLACEHOLDER.sub(fill, chosen)
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    for match in MARK.finditer(filled):
        out.append(filled[pos : match.start()])
        start = sum(len(part) for part in out)
        content = match.group(2)
        out.append(content)
        spans.append(
            {"kind": match.group(1), "start": start, "end": start + len(content), "value": content}
        )
        pos = match.end()
    out.append(filled[pos:])
    return "".join(out), spans


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

OPENERS = {
    w.lower()
    for w in [
        "Bapak",
        "Ibu",
        "Pak",
        "Bu",
        "Bpk",
        "Bpk.",
        "Sdr",
        "Sdr.",
        "Sdri.",
        "Sdri",
        "Ny.",
        "Ny",
        "Om",
        "Tanta",
        "Mama",
        "Bapa",
        "Oma",
        "Opa",
        "Kak",
        "Kaka",
        "Nona",
        "bidan",
        "guru",
        "Lurah",
        "Camat",
        "Ketua",
        "Serka",
        "Bripka",
        "Brigpol",
        "Aipda",
        "Pdt.",
        "Pdt",
        "dr.",
        "Dr.",
        "Drs.",
        "Dra.",
        "Almarhum",
        "Alm.",
        "Almh.",
        "Pelapor",
        "Petugas",
        "Penelepon",
        "Nama",
        "Yth.",
        "Saudara",
        "Saudari",
        "Tuan",
        "Nyonya",
        "Adik",
        "Ade",
        "Pendeta",
        "Suster",
        "Pastor",
        "RT",
        "RW",
        "Jl.",
        "Gg.",
        "Kepala",
        "Sekretaris",
        "Bendahara",
        "Nasabah",
        "Pasien",
        "Kader",
    ]
}
PUNCT_END = set(".,;:!?-/()[]\"'`") | {" ", "\n", "\t"}
PLATE_RE = re.compile(r"^(DH|EB|ED|dh|eb|ed) ?\d{1,4} ?[A-Za-z]{1,3}$")
ADDRESS_OPEN = re.compile(
    r"^(Jl\.|Jln\.|Jalan|Gg\.|Lr\.|RT|Perumnas|Kompleks|BTN|\d{3}/\d{3})", re.IGNORECASE
)
OCR_DIGITS = str.maketrans("OolIiSB", "0011158")


def digit_count(value: str, kind: str) -> int:
    if kind in {"nik", "kk", "phone", "bpjs"}:
        value = value.translate(OCR_DIGITS)
    return sum(ch.isdigit() for ch in value)


def check(text: str, spans: list[dict[str, object]], style: str) -> str | None:  # noqa: PLR0911, PLR0912
    """Return what is wrong with a filled text, or None."""
    if "[[" in text or "]]" in text or "{" in text or "}" in text:
        return "marker left"
    ordered = sorted(spans, key=lambda s: int(s["start"]))  # type: ignore[arg-type]
    for a, b in itertools.pairwise(ordered):
        if int(b["start"]) < int(a["end"]):  # type: ignore[arg-type]
            return "overlap"
    covered = [False] * len(text)
    for s in spans:
        for i in range(int(s["start"]), int(s["end"])):  # type: ignore[arg-type]
            covered[i] = True
    for s in spans:
        kind, start, end = str(s["kind"]), int(s["start"]), int(s["end"])  # type: ignore[arg-type]
        value = text[start:end]
        if kind not in KINDS:
            return f"kind {kind}"
        if not value or value != s["value"]:
            return "span differs from its value"
        if value[-1] in PUNCT_END or (
            value[0] in PUNCT_END and not (kind == "phone" and value[0] in "+(")
        ):
            return f"space or punctuation at an end of {value!r}"
        n = digit_count(value, kind)
        if kind == "name":
            first = value.split()[0].lower()
            if first in OPENERS or first.rstrip(".") + "." in OPENERS:
                return f"title opens name {value!r}"
            if "@" in value or (any(c.isdigit() for c in value) and style != "ocr_scan"):
                return f"odd name {value!r}"
        elif kind == "nik" and not 15 <= n <= 17:
            return f"nik digits {value!r}"
        elif kind == "kk" and n != 16:
            return f"kk digits {value!r}"
        elif kind == "npwp" and n not in {15, 16}:
            return f"npwp digits {value!r}"
        elif kind == "bpjs" and (n != 13 or not value.translate(OCR_DIGITS).startswith("000")):
            return f"bpjs {value!r}"
        elif kind == "bank_account" and not 10 <= n <= 16:
            return f"account digits {value!r}"
        elif kind == "phone" and not 9 <= n <= 14:
            return f"phone digits {value!r}"
        elif kind == "plate" and not PLATE_RE.match(value):
            return f"plate {value!r}"
        elif kind == "address" and not ADDRESS_OPEN.match(value):
            return f"address {value!r}"
        elif kind == "email" and not re.search(
            r"@|\(at\)|\[at\]| at |\(keong\)|\(et\)|\[@\]", value
        ):
            return f"email {value!r}"
        problem = repeats(text, covered, value, kind, start=start, end=end)
        if problem:
            return problem
    return None


def repeats(  # noqa: PLR0911
    text: str, covered: list[bool], value: str, kind: str, *, start: int, end: int
) -> str | None:
    """Every other occurrence of a labelled number or name word must be inside a span too."""
    if kind == "name":
        for word in re.findall(r"[A-Za-z]{3,}", value):
            for m in re.finditer(
                rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text, re.IGNORECASE
            ):
                if not all(covered[m.start() : m.end()]):
                    return f"name word {word!r} uncovered"
        return None
    if kind in {"address", "email", "plate"}:
        for m in re.finditer(re.escape(value), text):
            if m.start() != start and not all(covered[m.start() : m.end()]):
                return f"repeat of {value!r} uncovered"
        return None
    for m in re.finditer(re.escape(value), text):
        if m.start() != start and not all(covered[m.start() : m.end()]):
            return f"repeat of {value!r} uncovered"
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) >= 6:
        for m in re.finditer(r"\d+", text):
            if (
                digits in m.group(0)
                and not (m.start() >= start and m.end() <= end)
                and not all(covered[m.start() : m.end()])
            ):
                return f"digits of {value!r} uncovered"
    return None


def self_test() -> None:
    """The checker refuses what it must refuse."""

    def spans(text: str, *pairs: tuple[str, str]) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for kind, value in pairs:
            i = text.index(value)
            out.append({"kind": kind, "start": i, "end": i + len(value), "value": value})
        return out

    good = "Sy Yohanes Ndun, HP 081234567890."
    assert (
        check(good, spans(good, ("name", "Yohanes Ndun"), ("phone", "081234567890")), "x") is None
    )
    bad = "Sy Yohanes Ndun. Tanya ke ndun saja."
    assert check(bad, spans(bad, ("name", "Yohanes Ndun")), "x") is not None
    bad = "Dari Bapak Yohanes Ndun."
    assert check(bad, spans(bad, ("name", "Bapak Yohanes Ndun")), "x") is not None
    bad = "HP 081234567890, sekali lagi 081234567890 ya"
    assert check(bad, spans(bad, ("phone", "081234567890")), "x") is not None
    bad = "Salam, Ani Tefa."
    assert check(bad, spans(bad, ("name", "Ani Tefa.")), "x") is not None
    bad = "NIK 5371041205890003 sy"
    both = [*spans(bad, ("nik", "5371041205890003")), *spans(bad, ("nik", "1205890003"))]
    assert check(bad, both, "x") is not None
    bad = "NIK {nik:w1} sy"
    assert check(bad, [], "x") is not None
    bad = "NIK 53710412058 sy"
    assert check(bad, spans(bad, ("nik", "53710412058")), "x") is not None
    bad = "Nomor HP 0812-3456-7890, wa 081234567890"
    assert check(bad, spans(bad, ("phone", "0812-3456-7890")), "x") is not None


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

TEMPLATES: list[tuple[str, str]] = []


def add(style: str, *texts: str) -> None:
    TEMPLATES.extend((style, text.strip("\n")) for text in texts)


# ---------------------------------------------------------------- sms_1708
add(
    "sms_1708",
    "KOTKUPANG AIR PDAM DI [[address:{rtrw:m1}]] KEL {kel^} SDH 9 HARI TDK MENGALIR, KAMI BELI AIR TANGKI RP 150RB SEKALI. SY [[name:{name^:m1}]] HP [[phone:{hp:m1}]]",
    "kotkupang sy [[name:{name_:w1}]] nik [[nik:{nik:w1}]] mau tanya knp bansos PKH sy tdk cair tahap 4 pdhl nama msh ada di DTKS. tlg dicek",
    "KOTKUPANG MOHON BANTU KTP EL ANAK SY [[name:{name^:yw1}]] SDH REKAM BLN {?JUNI|JULI|AGUSTUS} TP BLM JADI S/D SKRG, NIK [[nik:{nik:yw1}]]. TRIMS. DARI [[name:{given^:w1}]] DI {kel^}",
    "kotkupang lampu jalan depan rumah sy di [[address:{addr_:m1}]] kel {kel_} mati sdh 1 bln, tiang miring mau rebah. [[name:{given_:m1}]] [[phone:{hp0:m1}]]",
    "KOTKUPANG ADA PICK UP BUANG SAMPAH DI KALI BELAKANG {pasar^} TIAP MALAM, NOPOL [[plate:{plate^}]]. WARGA SDH FOTO. DARI [[name:{given^:m1}]] DI {kel^}",
    "kotkupang sy mau lapor pungutan di {sekolah_}, anak sy [[name:{given_:cm1}]] disuruh bayar uang perpisahan rp 350rb, kalo tdk bayar ijazah ditahan. sy [[name:{name_:w1}]] {?hp|wa} [[phone:{hp:w1}]]",
    "KOTKUPANG KIS SY NO [[bpjs:{bpjs:w1}]] DINONAKTIFKAN TANPA PEMBERITAHUAN, SKRG MAU OPERASI DI {rs^} DISURUH BAYAR UMUM. MOHON BANTU. [[name:{name^:w1}]] [[phone:{hp:w1}]]",
    "kotkupang tlg, KK sy no [[kk:{kk}]] msh ada nama bapa sy yg sdh meninggal thn lalu, urus di dukcapil disuruh tunggu blangko. [[name:{name_:m1}]], [[address:{rtrw:m1}]] {kel_}",
    "KOTKUPANG SY SDH TRANSFER UANG URUS HONORER KE REK {bank^:a} [[bank_account:{rek:a}]] A.N. [[name:{name^:m2}]] YG NGAKU ORANG DALAM BKPSDM, SKRG HP NYA TDK AKTIF. [[name:{given^:w1}]] - {kel^}",
    "kotkupang npwp sy [[npwp:{npwp:m1}]] tdk bisa aktivasi di coretax, sdh 3x ke kpp antri lama. mohon info. [[name:{name_:m1}]]",
    "KOTKUPANG GOT DEPAN RUMAH SY [[address:{addr^:m1}]] TERSUMBAT, AIR MASUK RUMAH TIAP HUJAN. SDH LAPOR KE KELURAHAN {kel^} BLM ADA YG DATANG. [[name:{name^:m1}]] TLP [[phone:{hp:m1}]]",
    "kotkupang anjing liar gigit anak sy [[name:{given_:cm1}]] di {kel_}, sdh ke puskesmas {pusk_} tp vaksin rabies habis. mhn bantuan. mama [[name:{given_:w1}]] [[phone:{hp:w1}]]",
    "KOTKUPANG SY PENSIUNAN GURU [[name:{name^:om1}]], GAJI PENSIUN BLN INI BLM MASUK KE REK BRI [[bank_account:{rek:bri}]]. TASPEN BILANG SDH DIKIRIM. TLG BANTU",
    "kotkupang sy [[name:{gf_:w1}]] warga [[address:{rtrw:w1}]] kel {kel_}, posyandu di tmpt kami tdk buka 2 bln, kader bilang tdk ada PMT. hp [[phone:{hp:w1}]]",
    "KOTKUPANG MOTOR SY [[plate:{plate^}]] DIDEREK DISHUB DI {jalan^} PDHL PARKIR DI TEMPAT RESMI, BAYAR RP 250RB TANPA KWITANSI. [[name:{name^:m1}]]",
    "kotkupang tlg data sy dicek, nik [[nik:{nikg:w1}]] tdk padan wkt daftar bpjs pbi. a.n. [[name:{name_:w1}]] [[address:{addr_:w1}]]",
    "KOTKUPANG SY DAPAT SMS DARI {scam^} KATANYA SY MENANG UNDIAN BANK NTT RP 25JT, DISURUH TRANSFER BIAYA ADMIN. ITU PENIPU KAH? [[name:{given^:m1}]] DI {kel^}",
    "kotkupang slmt siang, mau lapor ojol yg tabrak anak sy lalu lari, plat [[plate:{plate}]], kejadian di {jalan} jam {jam}. ortu [[name:{name_:m1}]] [[phone:{hp:m1}]]",
    "KOTKUPANG SURAT KETERANGAN USAHA SY DITOLAK KEL {kel^} KRN ALAMAT DI KTP BEDA. MOHON BALAS KE EMAIL SY [[email:{mail:w1}]] ATAU WA [[phone:{hp:w1}]]. [[name:{name^:w1}]]",
    "kotkupang no bpjs [[bpjs:{bpjs:ow1}]] a.n. mama sy [[name:{name_:ow1}]] ditolak di {rs_} krn katanya tunggakan, pdhl pbi. sy anaknya [[name:{given_:m1}]] [[phone:{hp:m1}]]",
    # without personal data
    "KOTKUPANG JALAN DI {jalan^} DEPAN {sekolah^} BERLUBANG BESAR, SDH 2 MOTOR JATUH MGG INI. MOHON SEGERA DITAMBAL",
    "kotkupang token listrik sy {token} tdk bisa masuk, id pel {idpel}. sdh lapor PLN 123 blm ada balasan",
    "KOTKUPANG NO TIKET {tiket} BLM ADA TINDAK LANJUT SDH 2 MGG. LAPORAN SOAL SAMPAH MENUMPUK DI {pasar^}",
    "kotkupang sy dapat wa dari {scam} yg ngaku petugas dukcapil minta foto ktp dan kk. hati2 warga",
    "KOTKUPANG TAGIHAN PDAM NO SAMB {samb} BLN {?OKTOBER|NOVEMBER} RP {?487.500|612.000|395.250} PDHL AIR CUMA JALAN 2 HARI SEMINGGU",
    "kotkupang kode billing {billing} utk bayar retribusi pbg tdk terbaca di bank, sdh 3x coba. mohon solusi",
    "KOTKUPANG WKT KEBAKARAN DI KEL {kel^} TGL {tgl} KAMI TLP DAMKAR {kantor} TDK ADA YG ANGKAT. 2 RUMAH HABIS",
    "kotkupang terima kasih atas respon cepat perbaikan pipa di {jalan}, air sdh lancar. salam damai",
    "KOTKUPANG PBB NOP {nop} TERTULIS LUAS TANAH 900 M2 PDHL CUMA 300 M2. MOHON DIPERBAIKI SEBELUM JATUH TEMPO",
    "kotkupang antrian di puskesmas {pusk_} jam 7 sdh 80 org, dokter baru dtg jam 10. nomor antrian sy {antri}",
)

# ---------------------------------------------------------------- wa_chat
add(
    "wa_chat",
    """[{tgl} 07.12] [[name:{name:w1}]]: Selamat pagi Admin Kelurahan, air PDAM di [[address:{rtrw:w1}]] belum jalan dari hari Jumat
[{tgl} 07.40] Admin Kelurahan {kel}: Pagi ibu, sudah kami teruskan ke PDAM. Mohon sabar
[{tgl} 07.41] [[name:{name:w1}]]: Terima kasih""",
    """[{tgl} 19.03] [[name:{given:m1}]]: Pak RT sy mau urus surat pindah, NIK sy [[nik:{nik:m1}]] dan KK [[kk:{kk}]]
[{tgl} 19.10] Ketua RT {n}: Besok pagi bawa ke rumah sa saja
[{tgl} 19.11] [[name:{given:m1}]]: Siap pak""",
    """[{jam:a}] mama: nak, kartu KIS mama nomor berapa?
[{jam:a}] [[name:{given_:yw1}]]: [[bpjs:{bpjs:w1}]] ma, yg atas nama mama [[name:{name:w1}]]
[{jam:a}] mama: ok mama foto dolo""",
    """{tgl}, 20.15 - [[name:{name:m1}]]: Bapak ibu, tadi ada motor [[plate:{plate}]] tabrak pagar rumah di [[address:{addr:w2}]] terus lari
{tgl}, 20.17 - [[name:{name:w2}]]: Itu pagar rumah sa. Sonde ada yg luka
{tgl}, 20.19 - Grup Warga {kel}: Sudah lapor Polsek?""",
    """*Diteruskan*
DICARI ANAK HILANG
Nama: [[name:{name:cm1}]] ({?9|10|11} thn)
Terakhir dilihat di {pasar} jam {jam}
Hubungi bapaknya [[name:{given:m1}]] [[phone:{hp:m1}]] atau mamanya [[phone:{hp:w1}]]""",
    """[{tgl} 21.30] Om [[name:{given:om1}]]: Nyong, rekening om yg BNI [[bank_account:{rek:bni}]], kirim uang sekolah adik ke situ saja
[{tgl} 21.32] [[name:{given:ym1}]]: Iya om, besok pagi""",
    """[{tgl} 10.02] Admin RT {n:a}: Mohon warga yg belum kumpul data penerima BLT kirim NIK ke grup
[{tgl} 10.15] [[name:{name:w1}]]: [[nik:{nik:w1}]]
[{tgl} 10.16] [[name:{name:m1}]]: NIK [[nik:{nikg:m1}]] pak""",
    """[{tgl} 16.48] +62 {?812|853|821} ****: Selamat sore, kami dari Bank NTT, rekening anda akan diblokir
[{tgl} 16.50] [[name:{name:w1}]]: Penipu ni. Sa su lapor ke 1708. Kalau mau tanya langsung ke sa [[phone:{hp:w1}]]""",
    """[{tgl} 08.20] [[name:{given:w1}]]: Kak, email sy utk daftar beasiswa KIP [[email:{mail:w1}]] betul?
[{tgl} 08.22] Operator Sekolah: Sudah betul. Kirim juga foto KK""",
    """[{tgl} 13.05] [[name:{name:m1}]]: Ibu Lurah, sa pung rumah di [[address:{addrrt:m1}]] retak gara2 alat berat proyek jalan
[{tgl} 13.30] Lurah {kel}: Baik pak, besok staf kami cek""",
    """[{tgl} 09.00] [[name:{given_:w1}]]: ini npwp sy [[npwp:{npwp:w1}]] utk berkas PPPK ya kak
[{tgl} 09.04] [[name:{given:w2}]]: Ok sudah sa terima""",
    """[{tgl} 18.40] [[name:{name:m1}]]: Bapak mama, motor Vario hitam [[plate:{plate}]] hilang depan gereja tadi sore. Kalau lihat tolong kontak [[phone:{hp:m1}]]
[{tgl} 18.41] [[name:{name:w2}]]: Tuhan tolong, semoga ketemu""",
    """[{tgl} 11.11] Bendahara Komite: Bapak ibu, uang komite bisa transfer ke rekening komite Bank NTT {rekb:ntt}
[{tgl} 11.15] [[name:{name:w1}]]: Sy su transfer dari rek [[bank_account:{rek:w1}]] a.n. [[name:{name:m1}]], suami sy""",
    """[{tgl} 17.15] [[name:{name:w1}]]: Tanta [[name:{given:ow1}]] masuk {rs} tadi, kartu BPJS [[bpjs:{bpjsg:ow1}]]. Siapa yg bisa jaga malam?
[{tgl} 17.20] [[name:{given:m1}]]: Sa bisa""",
    """[{tgl} 14.02] [[name:{name:m1}]]: Pak Lurah, ada yg bangun tembok tutup jalan umum di [[address:{rtrw:m1}]]. Pemiliknya [[name:{name:m2}]]
[{tgl} 14.30] Staf Kelurahan: Kami cek besok pak""",
    """[{tgl} 06.30] [[name:{name_:w1}]]: sampah di depan rumah [[address:{addr:w1}]] sdh 2 mgg tdk diangkut
[{tgl} 06.33] [[name:{name_:w2}]]: di sini jg sama""",
    """[{tgl} 22.05] [[name:{given:m1}]]: bro, sa pung nomor baru [[phone:{hp:m1}]], yg lama hilang
[{tgl} 22.06] [[name:{given:m2}]]: ok sip""",
    # without personal data
    """[{tgl} 08.00] Admin Kelurahan {kel}: Selamat pagi warga. Pelayanan KTP el hari ini di kantor kelurahan jam 09.00-14.00. Bawa fotokopi KK
[{tgl} 08.05] grup warga: Terima kasih infonya""",
    """*Forwarded many times*
HATI-HATI! Ada nomor {scam} ngaku dari Dinas Sosial, minta transfer Rp 500.000 supaya bansos cair. Jangan layani""",
    """[{tgl} 12.10] Puskesmas {pusk}: Jadwal imunisasi bulan ini tgl 12 dan 26. Pendaftaran lewat WA {offhp}
[{tgl} 12.12] mama: ok""",
    """[{tgl} 15.45] PDAM Info: Yth pelanggan, distribusi air di wilayah {kel} terganggu karena perbaikan pipa di {jalan}. Info {kantor}""",
    """[19.02] kakak: sudah bayar PBB? kode billing {billing}
[19.10] adik: belum, nanti sore di Bank NTT""",
    """[{tgl} 19.20] Grup Ibu-ibu {kel}: Posyandu Bunga Bakung buka hari Sabtu jam 08.00 di balai RT. Bawa buku KIA
[{tgl} 19.25] mama: siap""",
    """[{tgl} 09.12] Admin Kelurahan: Nomor tiket laporan jalan rusak di {jalan}: {tiket}. Silakan cek di lapor.go.id
[{tgl} 09.15] grup warga: mantap""",
    """*Diteruskan*
Info dari BPBD Kota Kupang: potensi banjir rob di pesisir {kel} tanggal {tgl}. Pos siaga {kantor}, WA center {offhp}""",
    """[{tgl} 20.00] Operator Sekolah: Pengumuman PPDB {sekolah}: daftar ulang tgl {tgl}, bayar seragam lewat VA {va}
[{tgl} 20.03] mama: terima kasih bu""",
    """[{tgl} 07.55] Admin RT: bapa mama warga {rt:a}, iuran sampah Rp 20.000 per bulan mulai bulan depan. Terima kasih""",
)

# ---------------------------------------------------------------- lapor_form (SP4N-LAPOR! and the city portal)
add(
    "lapor_form",
    """Judul Laporan: Bantuan pangan beras tidak diterima
Isi Laporan: Saya [[name:{name:w1}]], NIK [[nik:{nik:w1}]], terdaftar penerima bantuan pangan di Kelurahan {kel} tetapi sejak {?Agustus|September} tidak menerima beras 10 kg. Tetangga saya menerima.
Kategori: Sosial
Lokasi Kejadian: Kel. {kel}, Kec. {kec}
Anonim: Tidak""",
    """FORMULIR PENGADUAN MASYARAKAT - PORTAL KOTA KUPANG
Nama Lengkap : [[name:{name:m1}]]
NIK : [[nik:{nikg:m1}]]
Alamat : [[address:{addrrt:m1}]], Kel. {kel}
No. HP/WA : [[phone:{hp:m1}]]
Email : [[email:{mail:m1}]]
Uraian : Saluran drainase di depan rumah ambruk sejak hujan tanggal {tgl}, air masuk ke halaman.""",
    """Judul: Pungutan liar di loket Samsat
Isi: Pada tanggal {tgl} saya membayar pajak kendaraan [[plate:{plate}]] di Samsat Kupang. Petugas meminta tambahan Rp 50.000 tanpa kuitansi. Saya minta ditindak.
Pelapor: [[name:{name:m1}]]
Kontak: [[phone:{hp:m1}]]""",
    """Nomor Tiket: {tiket}
Status: Diteruskan ke Dinas Kependudukan dan Pencatatan Sipil
Isi Laporan: Akta kelahiran anak saya [[name:{name:cw1}]] tertulis "[[name:{given:cw1} {family:cw1}h]]" padahal nama keluarga yang benar [[name:{family:cw1}]]. Mohon diperbaiki. No. KK [[kk:{kk}]].
Pelapor: [[name:{name:w1}]]""",
    """Laporan via SP4N-LAPOR!
Judul: Guru honor belum terima honor 5 bulan
Isi: Saya guru honor di {sekolah}, nama [[name:{name:w1}]], NPWP [[npwp:{npwp:w1}]]. Honor Januari sampai Mei belum dibayar. Rekening saya Bank NTT [[bank_account:{rek:ntt}]].
Anonim: Tidak
Rahasia: Ya""",
    """IDENTITAS PELAPOR
Nama : [[name:{name^:w1}]]
Tempat/Tgl Lahir : {ttl:w1}
Alamat : [[address:{addrrt^:w1}]] KEL. {kel^}
Telepon : [[phone:{hp:w1}]]
No. BPJS : [[bpjs:{bpjs:w1}]]
POKOK ADUAN : Pelayanan rawat jalan di {rs} lambat, pasien BPJS dilayani setelah pasien umum.""",
    """Judul Laporan: Jalan lingkungan rusak
Isi Laporan: Jalan di [[address:{rtrw:m1}]] Kel. {kel} rusak berat, ada lubang sedalam 40 cm depan rumah Bapak [[name:{name:m2}]]. Sudah dua anak jatuh dari motor.
Pelapor: [[name:{name:m1}]] ([[phone:{hp:m1}]])""",
    """Isi Laporan: Saya ditelpon nomor {scam} yang mengaku petugas pajak dan meminta NPWP saya. Saya tidak memberikan. Nomor itu sudah saya blokir. Mohon diumumkan ke warga.
Nama Pelapor: [[name:{name:p1}]]
Email Pelapor: [[email:{mail:p1}]]""",
    """Tanggapan Dinas Perhubungan atas tiket {tiket}:
Yth. Sdr. [[name:{name:m1}]], kendaraan dengan nomor polisi [[plate:{plate^}]] yang Saudara laporkan parkir di trotoar {jalan} sudah kami tegur. Terima kasih.
Admin LAPOR! Dishub""",
    """Judul: Data NIK ganda
Isi: NIK suami saya [[name:{name:m1}]] ([[nik:{nik:m1}]]) terbaca milik orang lain waktu daftar SIM. Kami tinggal di [[address:{addr:m1}]], Kupang. KK kami [[kk:{kk}]].
Pelapor: [[name:{given:w1}]] (istri)
HP: [[phone:{hp:w1}]]""",
    """Formulir Permohonan Informasi Publik
Nama Pemohon : [[name:{name:m1}]]
Alamat : [[address:{addrrt:m1}]]
Pekerjaan : Wiraswasta
Email : [[email:{maild:m1}]]
Informasi yang diminta : Rincian APBDes dan daftar penerima BLT Kelurahan {kel} tahun {?2025|2026}""",
    """Judul Laporan: Pelayanan puskesmas
Isi Laporan: Bidan [[name:{given:w2}]] di Puskesmas {pusk} memarahi ibu hamil di depan pasien lain. Saya [[name:{name:w1}]], saya melihat sendiri tanggal {tgl}.
Kategori: Kesehatan""",
    """Isi Laporan: Mohon bantuan, rekening BRI saya [[bank_account:{rek:bri}]] atas nama [[name:{name:m1}]] terpotong Rp 2.500.000 untuk angsuran KUR yang tidak pernah saya ambil. Nomor tiket bank {tiket}.
HP: [[phone:{hp:m1}]]""",
    """DATA PELAPOR (PORTAL PENGADUAN KOTA KUPANG)
Nama : [[name:{name:w1}]]
NIK : [[nik:{nik:w1}]]
No. KK : [[kk:{kk}]]
BPJS/KIS : [[bpjs:{bpjs:w1}]]
Alamat : [[address:{rtrw:w1}]], Kel. {kel}
Isi : Kartu KIS keluarga kami dinonaktifkan sejak {?Juli|Oktober}, anak sakit tidak bisa berobat.""",
    """Judul: Anjing peliharaan tetangga
Isi: Anjing milik Bapak [[name:{name:m2}]] di [[address:{addr:m2}]] sudah menggigit tiga anak di gang kami, termasuk anak saya [[name:{given:cm1}]]. Pemilik tidak mau mengikat anjingnya.
Pelapor: [[name:{name:w1}]]""",
    """Nama pelapor: [[name:{name:p1}]]
No. WhatsApp: [[phone:{hp62:p1}]]
Email: [[email:{mail:p1}]]
Uraian singkat: Lampu penerangan jalan di {jalan} dekat {sekolah} mati 12 titik.""",
    """Judul Laporan: Permohonan rehab rumah tidak layak huni
Isi: Saya janda lansia [[name:{name:ow1}]], umur {umur:ow1} tahun, tinggal di [[address:{addrrt:ow1}]]. Atap rumah bocor dan dinding bambu. Mohon masuk program RTLH. Nomor anak saya [[name:{given:m1}]] [[phone:{hp:m1}]].""",
    # without personal data
    """Judul Laporan: Sampah di Pasar
Isi Laporan: Sampah di {pasar} tidak diangkut sejak {tgl}. Bau dan lalat sampai ke lapak ikan.
Kategori: Lingkungan Hidup
Anonim: Ya
Pelapor: Dirahasiakan""",
    """Nomor Tiket: {tiket}
Status: Selesai
Tanggapan Dinas PUPR: Perbaikan jalan di {jalan} telah dilaksanakan pada {tgl}. Informasi lebih lanjut hubungi {kantor} atau email pupr@kupangkota.go.id.""",
    """Judul: Pembayaran retribusi
Isi: Kode bayar {billing} untuk retribusi persampahan sudah dibayar tanggal {tgl} tapi di aplikasi masih tertulis belum lunas. Nomor transaksi {va}.
Anonim: Ya""",
    """REKAP LAPORAN BULAN {?OKTOBER|NOVEMBER} 2026
Masuk: {n:a}
Diproses: {n:b}
Selesai: {n:c}
Kanal: SMS 1708, WA {offhp}, lapor.go.id, portal pengaduan.kupangkota.go.id""",
    """Tanggapan Admin: Laporan Saudara sudah diteruskan ke Bapenda. Untuk NOP {nop} silakan datang ke loket Bapenda (Jl. Soeharto No. 80) dengan membawa SPPT asli. Terima kasih.""",
    """Judul Laporan: Lampu lalu lintas mati
Isi Laporan: Lampu lalu lintas di simpang {jalan} mati sejak kemarin, kendaraan saling serobot. Mohon Dishub segera perbaiki.
Lokasi: Kec. {kec}
Anonim: Ya""",
    """Isi Laporan: Ada yang mengaku dari Dinas Sosial lewat WA {scam} minta data KK dan NIK untuk pencairan BLT. Apakah resmi? Mohon klarifikasi.
Pelapor: Dirahasiakan""",
    """Disposisi: Kepada Kepala Bidang Pelayanan Dukcapil untuk ditindaklanjuti paling lambat 5 hari kerja. Surat {surat}. Tembusan: Bagian Organisasi Setda Kota Kupang.""",
    """Judul: Izin usaha
Isi: Permohonan PBG nomor {surat} sudah 3 bulan belum terbit. Pembayaran retribusi dengan kode billing {billing} sudah lunas.
Anonim: Ya""",
    """Status laporan {tiket}: Menunggu verifikasi. Laporan akan diverifikasi admin dalam 3 hari kerja dan ditindaklanjuti instansi paling lama 5 hari kerja. Layanan SMS 1708 format KOTKUPANG (spasi) isi laporan.""",
)

# ---------------------------------------------------------------- email_thread
add(
    "email_thread",
    """From: [[name:{name:w1}]] <[[email:{mail:w1}]]>
To: pengaduan@kupangkota.go.id
Subject: Keberatan tagihan air

Yth. Bagian Pengaduan,
Saya pelanggan PDAM dengan nomor sambungan {samb}. Tagihan bulan ini Rp 845.000, padahal biasanya Rp 120.000. Meteran di rumah saya [[address:{addr:w1}]] sudah diperiksa tukang dan tidak bocor.

Hormat saya,
[[name:{name:w1}]]
HP [[phone:{hp:w1}]]""",
    """From: [[name:{family:m1}]], [[name:{given:m1}]] <[[email:{mail:m1}]]>
To: Humas Pemkot Kupang <humas@kupangkota.go.id>
Cc: "[[name:{name:w2}]]" <[[email:{mail:w2}]]>
Subject: Pohon tumbang di halaman

Selamat siang, pohon angsana milik kelurahan tumbang menimpa pagar rumah kami. Mohon dibantu pemotongan. Saya [[name:{given:m1}]], tinggal di [[address:{addrrt:m1}]].""",
    """Pada {tanggal} {jam}, [[name:{name:m1}]] <[[email:{mail:m1}]]> menulis:
> Mohon kirim NIK lalu No. KK untuk verifikasi DTKS.

Ini punya sy: [[nik:{nik:w1}]] / [[kk:{kk}]]
[[name:{given:w1}]]""",
    """From: [[name:{name:w1}]] <[[email:{mail:w1}]]>
To: ombudsman.ntt@ombudsman.go.id
Subject: Pengaduan BPJS Kesehatan

Bapak/Ibu, kartu JKN saya [[bpjs:{bpjs:w1}]] dinyatakan tidak aktif saat saya melahirkan di {rs}. Saya peserta PBI. NIK [[nik:{nik:w1}]]. Mohon bantuan.
Terima kasih,
[[name:{given:w1}]]""",
    """From: [[name:{name:w1}]] <[[email:{loc:w1}@kupangkota.go.id]]>
To: kepegawaian@kupangkota.go.id
Subject: Perbaikan data NPWP

Dengan hormat, NPWP saya di SIMPEG tertulis salah. Yang benar [[npwp:{npwp:w1}]]. NIP {nip}.
Salam,
[[name:{name:w1}]], S.Pd.""",
    """From: noreply@lapor.go.id
To: [[email:{mail:p1}]]
Subject: Laporan Anda {tiket} telah ditanggapi

Yth. [[name:{name:p1}]],
Laporan Anda telah ditanggapi oleh Dinas Lingkungan Hidup Kota Kupang. Silakan masuk ke akun Anda untuk membaca tanggapan.""",
    """From: [[name:{name:m1}]] <[[email:{maild:m1}]]>
To: dishub@kupangkota.go.id
Subject: Mobil rusak parkir berbulan-bulan

Yth. Dishub, mobil pick up [[plate:{plate}]] dibiarkan rusak di bahu jalan depan rumah saya di [[address:{addr:m1}]] sejak {?Maret|April|Mei}. Pemiliknya [[name:{name:m2}]] tidak mau pindahkan.""",
    """To: "[[name:{name:w1}]]" <[[email:{mail:w1}]]>, "[[name:{name:m1}]]" <[[email:{mail:m1}]]>
From: Sekretariat Musrenbang Kelurahan <sekretariat.musrenbang.kel@gmail.com>
Subject: Undangan Musrenbang

Bapak/Ibu yth., mohon hadir pada Musrenbang Kelurahan {kel} tanggal {tgl} jam 09.00 di aula kantor kelurahan.""",
    """From: [[name:{name:m1}]] <[[email:{mail:m1}]]>
Subject: Re: Pengembalian dana retribusi

Terima kasih. Dana bisa dikembalikan ke rekening Mandiri saya [[bank_account:{rek:mdr}]] a.n. [[name:{name:m1}]].

> From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
> Mohon kirim nomor rekening untuk pengembalian kelebihan bayar.""",
    """From: [[name:{name:w1}]] <[[email:{mail:w1}]]>
To: dinkes@kupangkota.go.id
Subject: Complaint about the clinic

Dear Sir/Madam, I am [[name:{name:w1}]], a volunteer teacher living at [[address:{addr:w1}]], Kupang. My son [[name:{given:cm1}]] was refused at Puskesmas {pusk} although his JKN card no. [[bpjs:{bpjs:cm1}]] is active. My number is [[phone:{hp62:w1}]].""",
    """Catatan surel masuk {tgl}: From: [[name:{family:w1}]], [[name:{given:w1}]] <[[email:{mail:w1}]]>, perihal permohonan surat keterangan tidak mampu untuk anaknya [[name:{given:cw1}]].""",
    """From: [[name:{name:m1}]] <[[email:{mail:m1}]]>
To: bkpsdm@kupangkota.go.id
Subject: Tanya hasil seleksi PPPK

Selamat pagi. Nama saya [[name:{name:m1}]], NIK [[nik:{nikg:m1}]], peserta seleksi PPPK guru. Nama saya tidak muncul di pengumuman. Mohon dicek.
[[name:{given:m1}]] - [[phone:{hp:m1}]]""",
    """From: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
To: "[[name:{name:ow1}]]" <[[email:{mail:ow1}]]>
Subject: Jadwal pengukuran

Yth. Ibu [[name:{name:ow1}]], pengukuran bidang tanah di [[address:{addrrt:ow1}]] dijadwalkan tanggal {tgl}. Mohon hadir atau diwakili.""",
    """From: [[name:{name:w1}]] <[[email:{mail:w1}]]>
To: pengaduan@kupangkota.go.id
Subject: Lampiran

Berikut foto KTP dan KK saya (KTP_[[nik:{nik:w1}]].jpg, KK_scan@2x.png). NIK [[nik:{nik:w1}]], KK [[kk:{kk}]].""",
    """On {tanggal}, [[name:{name:m1}]] <[[email:{mail:m1}]]> wrote:
> The water tanker driver asked me for Rp 50.000 extra. Plate [[plate:{plate}]].

Thank you Sir, we have forwarded your complaint to the UPTD. - Admin""",
    """From: [[name:{name:p1}]] <[[email:{mail:p1}]]>
To: disdukcapil@kupangkota.go.id
Subject: Pindah datang

Saya baru pindah ke Kupang, sekarang tinggal di [[address:{addrrt:p1}]]. NIK saya [[nik:{nik:p1}]]. Kapan bisa cetak KTP baru?""",
    """From: [[name:{name:m1}]] <[[email:{mail:m1}]]>
To: kpp.kupang@pajak.go.id
Subject: Permohonan pemindahbukuan

Saya salah setor PPh dengan NPWP [[npwp:{npwp:m1}]], NTPN {ntpn}. Mohon dipindahbukukan. Telp rumah [[phone:{home:m1}]].""",
    # without personal data
    """From: Dinas Kesehatan Kota Kupang <dinkes.kotakupang@gmail.com>
To: p2p.puskesmas.kupang@gmail.com
Subject: Laporan kasus DBD minggu ke-{n}

Mohon laporan kasus DBD dikirim paling lambat hari Jumat. Format terlampir (format_rekap@2x.png).""",
    """From: noreply@lapor.go.id
To: pelapor@example.com
Subject: Verifikasi akun

Klik tautan berikut untuk verifikasi akun Anda. Jangan balas email ini. Kode {n:a}{n:b}{n:c}.""",
    """From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
To: wp-kupang@lists.bapenda.go.id
Subject: Jatuh tempo PBB-P2

Yth. Wajib Pajak, jatuh tempo PBB-P2 tahun 2026 adalah 30 September. Pembayaran di Bank NTT atau lewat VA {va}. Info: {kantor}.""",
    """From: Humas Pemkot Kupang <humas@kupangkota.go.id>
Subject: Siaran pers

Wali Kota Kupang meninjau perbaikan drainase di {jalan} dan {jalan:b}. Pekerjaan ditargetkan selesai {tanggal}. Kontak media: humas@kupangkota.go.id, telp {kantor}.""",
    """From: Koperasi Tunas Harapan <ksp.tunasharapan@yahoo.co.id>
To: anggota-ksp@googlegroups.com
Subject: RAT tahun buku 2025

Rapat Anggota Tahunan di aula {sekolah} tanggal {tgl}. NPWP koperasi {npwpb}. Iuran wajib ke rekening koperasi Bank NTT {rekb:ntt}.""",
    """git clone git@github.com:pemkot-kupang/{?lapor-dashboard|sp4n-rekap|portal-aduan}.git
Catatan {tgl}: akses portal staging https://admin:rahasia@staging.pengaduan.kupangkota.go.id hanya untuk tim IT. Laporkan kendala ke helpdesk@kupangkota.go.id.""",
    """From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Informasi iuran

Peserta mandiri dapat membayar iuran melalui VA {va}. Pertanyaan lewat Pandawa WA {offhp} atau care center 165.""",
    """From: Tata Usaha {sekolah} <tu.sekolah{n}@gmail.com>
Subject: Pengumuman libur

Kegiatan belajar diliburkan tanggal {tgl} karena rapat guru. Kontak: telp {kantor}, WA {offhp}.""",
    """From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
To: Wajib Pajak
Subject: Aktivasi akun Coretax

Segera aktivasi akun Coretax Anda sebelum {tanggal}. Butuh bantuan? Kring Pajak 1500200 atau KPP Pratama Kupang {kantor}.""",
    """From: Flobamora Tour & Travel <cs.flobamoratravel@gmail.com>
Subject: Perubahan jadwal kapal

Kapal ke Rote berangkat jam {jam} dari Pelabuhan Tenau. Perubahan jadwal hubungi {offhp}. Kode booking {n:a}{n:b}KPG.""",
)

# ---------------------------------------------------------------- call_note
add(
    "call_note",
    """CATATAN CALL CENTER {tgl} {jam}
Penelepon: [[name:{name:w1}]], warga [[address:{rtrw:w1}]] Kel. {kel}
HP: [[phone:{hp:w1}]]
Isi: Sumur bor bantuan sudah 3 bulan rusak, warga ambil air di kali.
Tindak lanjut: diteruskan ke Dinas PUPR""",
    """Petugas: Selamat pagi, layanan pengaduan Kota Kupang, dengan [[name:{?Sinta|Yuni|Kasih|Meli}]], ada yang bisa dibantu?
Penelepon: Pagi, saya mau tanya bantuan PKH.
Petugas: NIK Bapak?
Penelepon: [[nik:{nik:m1}]].
Petugas: Atas nama?
Penelepon: [[name:{name:m1}]].
Petugas: Baik, data Bapak masih dalam verifikasi Dinas Sosial.""",
    """Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjs:ow1}]].
Petugas: Atas nama siapa?
Penelepon: Mama saya, [[name:{name:ow1}]].
Petugas: Kartu masih aktif, kelas 3 PBI. Silakan ke {rs}.""",
    """Log hotline {tgl}
{?08.10|08.25|07.55} | [[name:{name:m1}]] | [[phone:{hp:m1}]] | pohon tumbang di {jalan}
{?09.40|10.05|09.12} | Komite Sekolah {sekolah} | {offhp} | tanya dana BOS
{?11.20|12.45|13.30} | [[name:{name:w1}]] | [[phone:{hp:w1}]] | lampu jalan mati di [[address:{rtrw:w1}]]""",
    """Catatan call center: penelepon [[name:{name:m1}]] ([[phone:{home:m1}]], telp rumah) melaporkan truk tangki air [[plate:{plate}]] menjual air PDAM ke warga Rp 200.000 per tangki.""",
    """Petugas: Boleh NPWP Ibu?
Penelepon: [[npwp:{npwp:w1}]].
Petugas: Atas nama?
Penelepon: [[name:{name:w1}]]. Saya mau tanya kenapa SPT saya ditolak, padahal sudah lapor tanggal {tgl}.""",
    """Petugas: Nomor rekening?
Nasabah: [[bank_account:{rek:ntt}]].
Petugas: Atas nama?
Nasabah: [[name:{name:w1}]].
Petugas: Baik Ibu, dana bantuan UMKM akan masuk paling lambat 14 hari kerja.""",
    """serah terima shift malam {tgl}
- jam {?20.10|21.35|19.50} penelepon [[name:{given_:w1}]] (tdk sebut marga) lapor tetangga [[name:{name_:m2}]] bakar sampah plastik tiap malam di [[address:{rtrw:w1}]]
- jam {?23.40|23.55|00.15} penelepon tadi bilang asap masuk kamar bayi
- {kel_}: sudah info ke lurah""",
    """Petugas: KK Ibu nomor berapa?
Penelepon: [[kk:{kk}]].
Petugas: NIK Ibu?
Penelepon: [[nik:{nik:w1}]].
Petugas: Ibu [[name:{given:w1}]], data anak belum masuk KK. Silakan ke Dukcapil bawa akta kelahiran.""",
    """Call note (EN) {tgl}: caller [[name:{name:p1}]] reported a pothole on {jalan} in front of his house at [[address:{addr:p1}]]. Phone [[phone:{hp62:p1}]]. Forwarded to PUPR.""",
    """Petugas: NPWP bapak?
Penelepon: Yang baru katanya sama dengan NIK, [[npwp:{npwp16:m1}]].
Petugas: Atas nama siapa?
Penelepon: [[name:{name:m1}]], usaha perorangan, jual bensin eceran.""",
    """CATATAN TELEPON MASUK
Pelapor: Bpk. [[name:{name:m1}]], warga [[address:{rtrwf:m1}]]
Kendaraan dinas [[plate:{plate^}]] dipakai antar anak sekolah tiap pagi di {sekolah}. Pelapor minta identitas dirahasiakan.
Kontak pelapor: [[phone:{hp:m1}]]""",
    """Petugas: Nomor plat kendaraannya?
Penelepon: [[plate:{plate^}]], Avanza putih.
Petugas: Kejadiannya di mana?
Penelepon: Depan {sekolah}, dia tabrak anak saya [[name:{given:cm1}]] terus lari.
Petugas: Nama Ibu?
Penelepon: [[name:{name:w1}]].""",
    """{jam} penelepon [[name:{given_:m1}]] dari [[address:{rtrw:m1}]] kel {kel_}: air got meluap ke rumah [[name:{name:ow1}]], lansia, tidak bisa keluar rumah. minta damkar sedot. nomor balik [[phone:{hp0:m1}]]""",
    """Penelepon: Saya ditelepon nomor {scam} ngaku dari Dukcapil, minta NIK. Terus ada lagi yang mengaku Saudara [[name:{name:m2}]] dari Dinas Sosial lewat WA [[phone:{hp:m2}]].
Petugas: Nama Ibu?
Penelepon: [[name:{name:w1}]].""",
    """Catatan call center {tgl}: Ibu [[name:{name:w1}]] (email [[email:{mail:w1}]]) minta salinan surat keputusan penerima beasiswa anaknya [[name:{name:cw1}]], NISN {nisn}.""",
    """Petugas: Ibu tinggal di mana?
Penelepon: [[address:{addrrt:w1}]], Kelurahan {kel}.
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[phone:{hpdash:w1}]], atas nama [[name:{name:w1}]].""",
    """Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: Nama pelanggan?
Penelepon: [[name:{name:m1}]]. Tagihan saya naik tiga kali lipat, padahal di rumah cuma dua orang.""",
    # without personal data
    """Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: Baik, gangguan di wilayah {kel} karena pompa rusak. Teknisi sudah ke lokasi.
Penelepon: Terima kasih.""",
    """Rekap kanal {tgl}:
SMS 1708: {n:a} laporan
WA {offhp}: {n:b} laporan
Telepon {kantor}: {n:c} laporan""",
    """Petugas: ID pelanggan PLN?
Penelepon: {idpel}.
Petugas: Tokennya?
Penelepon: {token}.
Petugas: Silakan input ulang, kalau gagal hubungi PLN 123.""",
    """Catatan call center {tgl} {jam}: penelepon tidak sebut nama, melaporkan lampu lalu lintas di simpang {jalan} mati. Diteruskan ke Dishub. Tiket {tiket}.""",
    """Petugas: Silakan ke {kantor}, itu nomor Dukcapil bagian pindah datang.
Penelepon: Sudah telpon, tidak diangkat.
Petugas: Bisa juga lewat WA center Dukcapil {offhp}, Senin-Jumat 08.00-15.00.""",
    """Penelepon melapor nomor {scam} telepon dia, bilang dia dari Bapenda, minta transfer denda PBB. Petugas: itu bukan nomor kami. Nomor kami {kantor} dan WA {offhp}.""",
    """Shift pagi {tgl}: 14 panggilan. 6 soal air, 3 soal sampah di {pasar}, 2 soal lampu jalan, 3 salah sambung. Tidak ada yang perlu eskalasi.""",
    """Petugas: Kode billing?
Penelepon: {billing}.
Petugas: Sudah terbayar tanggal {tgl}, Pak. Bukti bayar bisa diambil di loket Bapenda.""",
    """Catatan: penelepon dari Puskesmas {pusk} minta tambahan vaksin rabies. Kontak puskesmas {kantor}. Diteruskan ke Dinkes bidang P2P.""",
    """Agen: Untuk tagihan Rp 1.250.000 itu sudah termasuk denda. Untuk pertanyaan lain WA {offhp} atau datang ke kantor PDAM di {jalan}.""",
)

# ---------------------------------------------------------------- social_post
add(
    "social_post",
    """[[name:{name:w1}]]
{?2 jam|5 jam|1 hari}
Bapak mama, air PDAM di [[address:{rtrw:w1}]] {kel} su seminggu sonde jalan. Ada yang sama?
Komentar:
[[name:{name_:m1}]]: sama kk, di sini juga kering
Kos Melati {kel}: di kami ada air tangki kak, WA {offhp}""",
    """DICARI!!! Opa kami [[name:{name:om1}]] ({umur:om1} thn) keluar rumah dari {tgl} jam {jam}, pakai baju kotak-kotak. Sedikit pikun. Yang lihat tolong hubungi cucunya [[name:{given:w1}]] [[phone:{hp:w1}]]. Share ya 🙏""",
    """Turut berduka cita atas berpulangnya Bapa [[name:{name:om1}]]. Selamat jalan [[name:{given:om1}]]. Ibadah penghiburan di rumah duka [[address:{addrrt:om1}]] jam 16.00.""",
    """Dijual cepat motor Beat 2019, plat [[plate:{plate}]], pajak hidup, harga Rp 9,5 jt nego. Hub [[phone:{hp:m1}]] ([[name:{given:m1}]]). Lokasi {kel}.""",
    """Komentar kupangviral: Pemkot kapan perbaiki jalan di {jalan}?
Komentar [[name:{name_:w1}]]: rumah sa di [[address:{addr:w1}]] kena debu tiap hari dari proyek itu
Komentar Dinas PUPR Kota Kupang: Terima kasih masukannya, pengaspalan dijadwalkan bulan depan.""",
    """Ditemukan dompet coklat di {pasar}, isi KTP a.n. [[name:{name^:m1}]] dan SIM. Pemilik bisa ambil di rumah saya, [[name:{name:w1}]], [[address:{addr:w1}]]. WA [[phone:{hp:w1}]].""",
    """Mohon bantuan doa dan donor darah golongan O untuk mama kami [[name:{name:ow1}]] yang dirawat di {rs}. Kontak keluarga: [[name:{given:m1}]] [[phone:{hp:m1}]] / [[phone:{hp:w2}]].""",
    """Sapa yang tau cara lapor SPT di Coretax? Sa pung NPWP [[npwp:{npwp:m1}]] sonde bisa login. Kantor pajak antri panjang. - [[name:{name:m1}]]
Balasan KPP Pratama Kupang: Silakan datang ke layanan asistensi di KPP, {jalan} No. {n}, Senin-Jumat.""",
    """Bapak mama, sapa yang tahu pemilik mobil [[plate:{plate^}]] yang parkir tutup jalan masuk [[address:{rtrw:m1}]] dari kemarin? Ada orang sakit mau keluar. -[[name:{given:m1}]]""",
    """Live Q&A Dukcapil Kota Kupang
[[name:{name:w1}]]: Min, KTP sy hilang, NIK [[nik:{nik:w1}]], bisa urus online?
dukcapilkotakupang: Bisa kak, lewat aplikasi. Info lanjut WA {offhp}
[[name:{name:m1}]]: sy pindah dari Soe, KK lama [[kk:{kk}]]""",
    """Buka donasi untuk rumah keluarga [[name:{family:m1}]] yang terbakar di [[address:{rtrw:m1}]] Kel. {kel}. Transfer ke rek BRI [[bank_account:{rek:bri}]] a.n. [[name:{name:w2}]] (bendahara RT). Terima kasih.""",
    """Rumah di [[address:{addr:w1}]] dikontrakkan, 2 kamar, air PDAM lancar, Rp 12 jt/thn. Pemilik Ibu [[name:{name:w1}]], hub [[phone:{hp:w1}]].""",
    """Sa mau tanya, kenapa BLT sa belum cair? Sa pung nama [[name:{name:w1}]], tinggal di [[address:{rtrw:w1}]]. Petugas bilang data salah.
Balasan [[name:{name:m1}]]: sama ibu, sa juga""",
    """Posting ulang: Anjing sa hilang, warna coklat, nama Bobi. Terakhir di {kel}. Yang lihat tolong WA [[phone:{hp:p1}]] ([[name:{given:p1}]]). Ada imbalan.""",
    """Terima kasih Ibu bidan [[name:{given:w1}]] di Puskesmas {pusk} yang tolong sa melahirkan jam 2 malam. Tuhan berkati. - [[name:{name:w2}]]""",
    """Awas penipuan! Ada yang pake foto Pak Camat di WA {scam}, minta pulsa. Sa pung nomor cuma [[phone:{hp:m1}]], jangan percaya nomor lain. - [[name:{name:m1}]]""",
    """Instagram @pemkotkupang
nona_oesapa{n}: min, lampu jalan di {jalan} gelap
[[name:{name:w1}]]: sa kemarin jatuh di lubang depan rumah [[address:{addr:w1}]], tolong diperbaiki
pemkotkupang: Terima kasih, sudah diteruskan ke Dishub dan PUPR""",
    """Jual kue lapis dan kue lumpur, terima pesanan untuk acara. Saya [[name:{name:w1}]], rumah [[address:{addr:w1}]]. WA [[phone:{hp:w1}]].""",
    # without personal data
    """Dinas Kesehatan Kota Kupang
1 mg
Fogging hari ini di Kel. {kel} RT 03, RT 05 dan RT 07. Tutup makanan dan keluar rumah sebentar. Info {kantor}""",
    """FOTOKOPI BERKAT JAYA - cetak pas foto, jilid, laminating. WA {offhp}. Jl. Kenari No. {n}, buka Senin-Sabtu 07.00-21.00""",
    """Komentar:
kupang_bersuara: jalan di {jalan} su macam kolam ikan
Laundry Bersih Kilat: betul kak, depan kami juga
Dinkes Kota Kupang: Waspada DBD saat musim hujan, lakukan 3M plus""",
    """Pengumuman: Pasar murah Disperindag di halaman {pasar} tanggal {tgl}, beras 5 kg Rp 58.000, minyak goreng Rp 15.000. Bawa KTP dan KK.""",
    """Sedot WC Berkah Abadi: Kami Rp 400.000 saja kak, WA {offhp}
Kos Putri Liliba: ada kamar kosong kak, {offhp:b}""",
    """RSUD S.K. Lerik
3 jam
Pendaftaran poli rawat jalan sekarang lewat WhatsApp {offhp}. Antrian online dibuka jam 06.00-10.00.""",
    """Apa kabar jalan di {jalan}? Sudah 3 tahun lubang, sudah lapor ke 1708 tiket {tiket}. Katanya tahun depan. Salam damai dari {kel}.""",
    """HOAX! Beredar pesan "Kirim NIK ke WA {scam} untuk bantuan Rp 600.000". Dinas Sosial tidak pernah minta data lewat WA pribadi. Pengaduan resmi SMS 1708.""",
    """Sinar matahari panas sekali hari ini di Kupang, {?35|36|37} derajat. Jaga anak-anak minum air. Posyandu Bunga Bakung tetap buka jam 08.00.""",
    """Lomba kebersihan antar RT se-Kelurahan {kel}: Juara 1 RT 19, juara 2 RT 03, juara 3 RT 11. Hadiah Rp 5 juta dari Pemkot.""",
)

# ---------------------------------------------------------------- letter_minutes
add(
    "letter_minutes",
    """Kupang, {tanggal}
Kepada Yth. Bapak Lurah {kel}
di Tempat

Dengan hormat, saya yang bertanda tangan di bawah ini:
Nama : [[name:{name:m1}]]
NIK : [[nik:{nik:m1}]]
Alamat : [[address:{addrrt:m1}]]
mengajukan keberatan atas pembangunan kios di atas saluran air depan rumah saya oleh Sdr. [[name:{name:m2}]].

Hormat saya,
[[name:{name:m1}]]""",
    """SURAT PERNYATAAN AHLI WARIS
Kami yang bertanda tangan di bawah ini adalah ahli waris almarhum [[name:{name:om1}]]:
1. [[name:{name:w1}]], istri, NIK [[nik:{nik:w1}]]
2. [[name:{name:m2}]], anak, NIK [[nik:{nik:m2}]]
3. [[name:{name:w2}]], anak, NIK [[nik:{nik:w2}]]
menyatakan bahwa tabungan almarhum di Bank NTT nomor rekening [[bank_account:{rek:ntt}]] menjadi hak kami bersama.""",
    """BERITA ACARA MEDIASI
Pada hari ini {tanggal} bertempat di Kantor Kelurahan {kel} telah dilakukan mediasi sengketa batas tanah antara keluarga [[name:{family:m1}]] dan keluarga [[name:{family:m2}]].
Pihak I: [[name:{name:m1}]], [[address:{addr:m1}]]
Pihak II: [[name:{name:m2}]], [[address:{addr:m2}]]
Kedua pihak sepakat menunggu pengukuran BPN.
Mediator: Sekretaris Kelurahan""",
    """SURAT KUASA
Saya [[name:{name:ow1}]], NIK [[nik:{nikd:ow1}]], memberi kuasa kepada anak saya [[name:{name:m1}]], NIK [[nik:{nikd:m1}]], untuk mengurus pencairan dana pensiun di PT Taspen Kupang atas nama saya.
Kupang, {tanggal}
Pemberi kuasa,
[[name:{name:ow1}]]""",
    """SURAT KETERANGAN DOMISILI
Nomor: {surat}
Ketua RT {?03|07|12|15} RW {?02|04|06} Kelurahan {kel} menerangkan bahwa [[name:{name:w1}]], NIK [[nik:{nik:w1}]], benar berdomisili di [[address:{addrrt:w1}]] sejak tahun {?2015|2019|2021}.
Ketua RT,
[[name:{name:m2}]]""",
    """NOTULEN RAPAT WARGA
Hari/tanggal: {tanggal}
Tempat: rumah Bapak [[name:{name:m1}]], [[address:{addr:m1}]]
Hadir: 27 orang
1. Iuran sampah naik menjadi Rp 25.000.
2. Ronda malam dikoordinir [[name:{name:m2}]] (HP [[phone:{hp:m2}]]).
3. Laporan air PDAM dikirim ke 1708 oleh [[name:{name:w1}]].""",
    """Kepada Yth. Kepala Inspektorat Kota Kupang
Perihal: Pengaduan pungutan
Saya [[name:{name:w1}]], orang tua siswa [[name:{name:cm1}]] kelas {?VII|VIII|IX} {?SMPN 5 Kupang|SMPN 2 Kupang|MTsN Kota Kupang}, melaporkan pungutan Rp 1.200.000 untuk study tour yang diwajibkan. Saya dapat dihubungi di [[phone:{hp:w1}]] atau [[email:{mail:w1}]].
Hormat saya,
[[name:{name:w1}]]""",
    """SURAT PERJANJIAN DAMAI
Pihak Pertama: [[name:{name:m1}]], pengendara motor [[plate:{plate}]]
Pihak Kedua: [[name:{name:m2}]], pengendara motor [[plate:{plate:b}]]
Kedua pihak sepakat menyelesaikan kecelakaan di {jalan} pada {tgl} secara kekeluargaan. Pihak Pertama membayar biaya bengkel Rp 1.750.000.""",
    """Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Saya [[name:{name:m1}]], peserta JKN [[bpjs:{bpjs:m1}]], mohon pemindahan faskes dari Puskesmas {pusk} ke klinik dekat rumah saya di [[address:{addrrt:m1}]]. Anggota keluarga: istri [[name:{name:w1}]] ([[bpjs:{bpjs:w1}]]).
Hormat saya,
[[name:{name:m1}]]""",
    """BERITA ACARA KLARIFIKASI
Telah hadir Sdri. [[name:{name:w1}]], NIK [[nik:{nik:w1}]], pemilik usaha perorangan jual pulsa, NPWP pribadi [[npwp:{npwp:w1}]], untuk klarifikasi tagihan pajak reklame. Yang bersangkutan menyatakan papan reklame sudah dibongkar sejak {tgl}.""",
    """SURAT PERNYATAAN
Saya [[name:{name:m1}]], pemilik kendaraan [[plate:{plate}]], menyatakan bersedia membongkar bangunan teras yang menutup trotoar di depan rumah saya [[address:{addr:m1}]] paling lambat {tanggal}.
[[name:{name:m1}]]""",
    """Kepada Yth. Kepala Dinas Sosial Kota Kupang
Perihal: Permohonan bantuan disabilitas
Kami mohon bantuan kursi roda untuk anak kami [[name:{name:cw1}]], NIK [[nik:{nik:cw1}]], No. KK [[kk:{kk}]].
Orang tua,
[[name:{name:m1}]] dan [[name:{name:w1}]]
[[address:{addrrt:m1}]], Kel. {kel}""",
    """DAFTAR HADIR SOSIALISASI POSYANDU
1. [[name:{name:w1}]] - kader - ttd
2. [[name:{name:w2}]] - kader - ttd
3. [[name:{name:w3}]] - ibu balita - ttd
Tempat: Posyandu Bunga Bakung, {kel}""",
    """Kami warga [[address:{rtrw:m1}]] Kel. {kel} menolak rencana pembangunan menara telekomunikasi di samping rumah [[name:{name:m1}]].
Yang bertanda tangan:
[[name:{name:m1}]]
[[name:{name:w1}]]
[[name:{name:m2}]]""",
    """NOTA DINAS
Dari: Lurah {kel}
Kepada: Camat {kec}
Warga atas nama [[name:{name:w1}]] ([[address:{addr:w1}]]) melapor rumahnya rusak ringan akibat angin kencang {tgl}. Mohon bantuan bahan bangunan. NPWP kelurahan {npwpb} untuk pencairan.""",
    """Kupang, {tanggal}
Hal: Permohonan keringanan retribusi
Saya [[name:{name:w1}]], pedagang sayur di {pasar} los {n}, NPWP saya [[npwp:{npwp:w1}]], mohon keringanan retribusi karena los terbakar. Rekening Mandiri saya [[bank_account:{rek:mdr}]].
[[name:{name:w1}]]""",
    """Ttd
Ketua RT {n}
[[name:{name:m1}]]
HP [[phone:{hp:m1}]]
Mengetahui, Lurah {kel}""",
    # without personal data
    """KOP: DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KUPANG
{jalan} No. 12, Telp. {kantor}
Nomor: {surat}
Perihal: Pemberitahuan penutupan jalan
Sehubungan dengan pekerjaan drainase, ruas {jalan:b} ditutup tanggal {tgl} pukul 22.00-05.00.""",
    """BERITA ACARA SERAH TERIMA
Telah diserahterimakan 200 bibit lontar dari Dinas Lingkungan Hidup kepada Kelompok Tani Harapan Baru, Kelurahan {kel}, tanggal {tanggal}. Nomor BAST {surat}.""",
    """SURAT EDARAN
Nomor: {surat}
Kepada seluruh Lurah se-Kota Kupang, dimohon mendata rumah tidak layak huni paling lambat {tanggal}. Data dikirim ke email perkim@kupangkota.go.id.""",
    """NOTULEN MUSRENBANG KELURAHAN {kel^}
Usulan: 1) perbaikan jalan lingkungan RT 24 sampai RT 33; 2) lampu jalan di {jalan}; 3) sumur bor di RT 05.
Anggaran usulan Rp 480.000.000.""",
    """Hormat kami,
Pengurus Koperasi Tunas Harapan
Telp. {kantor}
NPWP {npwpb}
Sekretariat: Jl. Kenari No. {n}""",
    """UNDANGAN
Kepada Yth. Bapak/Ibu warga RT 05
Dimohon hadir rapat persiapan HUT RI di balai RT hari {?Minggu|Sabtu|Jumat} jam {?16.00|16.30|19.00}. Terima kasih.
Salam dari warga RT 05""",
    """KODE ETIK PETUGAS PENGADUAN (ditetapkan {tanggal})
1. Data pengaduan tidak boleh disebarluaskan ke publik.
2. Data tidak boleh digunakan untuk kepentingan pribadi.
3. Penanganan sesuai SOP, paling lama 5 hari kerja setelah diverifikasi admin.""",
    """Nomor: {surat}
Lampiran: 1 berkas
Perihal: Tindak lanjut pengaduan {tiket}
Menindaklanjuti pengaduan melalui SP4N-LAPOR!, Puskesmas {pusk} telah menambah jam layanan poli umum menjadi 07.30-14.00.""",
    """BERITA ACARA PEMERIKSAAN LAPANGAN
Tim Inspektorat memeriksa pekerjaan saluran di {jalan} (kontrak {surat}, nilai Rp 312.450.000) pada {tanggal}. Ditemukan volume kurang 12 meter. Rekanan CV Timor Jaya, NPWP {npwpb}.""",
    """Dengan hormat, kami Forum Warga Peduli Kota menyampaikan terima kasih kepada Pemkot Kupang atas perbaikan jalan di {jalan}. Semoga damai sejahtera menyertai kita.""",
)

# ---------------------------------------------------------------- ocr_scan
add(
    "ocr_scan",
    """PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{niko:w1}]]
Nama : [[name:{name^:w1}]]
Tempat/Tgl Lahir : {ttl:w1}
Jenis Kelamin : {jk:w1}
Alamat : [[address:{addr^:w1}]]
[[address:RT/RW : {rtktp}]]
Kel/Desa : {kel^}
Agama : {agama:w1}""",
    """KARTU KELUARGA
No. [[kk:{kk}]]
Nama Kepala Keluarga : [[name:{name^:m1}]]
Alamat : [[address:{addr^:m1}]]
No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan
1 | [[name:{name^:m1}]] | [[nik:{nik:m1}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[name:{name^:w1}]] | [[nik:{nik:w1}]] | PEREMPUAN | ISTRI
3 | [[name:{name^:c1}]] | [[nik:{nik:c1}]] | {jk:c1} | ANAK""",
    """FORMULIR VERIFIKASI UMKM
1. Nama Pelaku Usaha : [[name:{name^:w1}]]
2. NPWP : [[npwp:{npwp:w1}]]
3. Nama Usaha : Kios {?Sembako|Pulsa|Ikan Kering} {kel}
4. Alamat Usaha : {jalan^} NO. {n}
5. HP Pemilik : [[phone:{hp:w1}]]""",
    """KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{bpjs:w1}]]
Nama : [[name:{name^:w1}]]
Tgl Lahir : {tgllahir:w1}
Faskes Tingkat I : PUSKESMAS {pusk^}""",
    """BUKU TABUNGAN BANK NTT
NAMA [[name:{name^:m1}]]
NO. REKENING [[bank_account:{rek:ntt}]]
CABANG KUPANG
ALAMAT [[address:{addrrt^:m1}]]""",
    """N I K : [[nik:{nik:m1}]]
N a m a : [[name:{split:m1}]]
Tempat/Tgl Lahir : {ttl:m1}
Alamat : [[address:{addr^:m1}]]
[[address:RT/RW : {rtktp}]]
Pekerjaan : {kerja:m1}""",
    """SURAT TANDA NOMOR KENDARAAN BERMOTOR
NOMOR REGISTRASI : [[plate:{plate^}]]
NAMA PEMILIK : [[name:{name^:m1}]]
ALAMAT : [[address:{addrrt^:m1}]] KEL. {kel^}
MERK/TYPE : HONDA/NF125
NO. RANGKA : MH1JBK{n}{n:b}K{n:c}""",
    """KARTU NPWP
NPWP : [[npwp:{npwp:w1}]]
NAMA : [[name:{name^:w1}]]
NIK : [[nik:{nik:w1}]]
KPP PRATAMA KUPANG""",
    """FORMULIR PENDAFTARAN PBI-JK (hasil scan)
Nama Lengkap : [[name:{name^:ow1}]]
NIK : [[nik:{nik:ow1}]]
No. HP : [[phone:{hpo:m1}]]
(HP anak: [[name:{name^:m1}]])""",
    """DATA APLIKASI (salinan layar)
NIK[[nik:{nik:w1}]]Nama[[name:{name^:w1}]]Alamat[[address:{addr^:w1}]]
No HP[[phone:{hp0:w1}]]""",
    """KUITANSI SETORAN
TRF DARI [[name:{name^:w1}]] [[bank_account:{rek:bri}]]   1.250.000 CR
KE REK KOPERASI TUNAS HARAPAN {rekb}
TGL {tgl}""",
    """SURAT KETERANGAN KEMATIAN
Nama : [[name:{name^:om1}]]
NIK : [[nik:{nik:om1}]]
Meninggal tanggal {tgl} di {rs^}
Pelapor : [[name:{name^:m1}]], anak, HP [[phone:{hp:m1}]]""",
    """KARTU BEROBAT {rs^}
No. RM : {rm}
Nama : [[name:{name^:p1}]]
Alamat : [[address:{addr^:p1}]] KEL. {kel^}
No. BPJS : [[bpjs:{bpjs:p1}]]""",
    """SPPT PBB-P2 TAHUN 2026
NOP : {nop}
LETAK OBJEK PAJAK : {jalan^}
NAMA WAJIB PAJAK : [[name:{name^:m1}]]
ALAMAT WAJIB PAJAK : [[address:{addrrt^:m1}]]
PBB TERHUTANG : Rp {?245.000|412.500|178.300}""",
    """Surat tulisan tangan (scan):
Sy [[name:{name:w1}]] minta tolong anak sy [[name:{given:cm1}]] blm dapat KIP. Nomor sy [[phone:{hpo:w1}]]. Rumah sy di [[address:{addr:w1}]] dekat gereja.""",
    """TAGIHAN LISTRIK PASCABAYAR
IDPEL : {idpel}
NAMA : [[name:{name^:m1}]]
ALAMAT : [[address:{addr^:m1}]]
TARIF/DAYA : R1/1300 VA
TAGIHAN : Rp {?356.210|287.440|512.900}""",
    """NIK : [[nik:{nik:w1}]]Nama : [[name:{name^:w1}]]Tempat/Tgl Lahir : {ttl:w1}
Alamat : [[address:{addr^:w1}]]Agama : {agama:w1}""",
    """FORMULIR PERMOHONAN AKTA (PDF)
Nama Ayah : [[name:{name^:m1}]]
NIK Ayah : [[nik:{nik:m1}]]
Nama Ibu : [[name:{name^:w1}]]
No. HP : [[phone:{hpdash:w1}]]
No. KK : [[kk:{kko}]]""",
    # without personal data
    """STRUK PEMBAYARAN PDAM
NO SAMB : {samb}
PERIODE : {?OKTOBER|NOVEMBER} 2026
TAGIHAN : Rp 187.500
DENDA : Rp 5.000
TOTAL : Rp 192.500
LOKET : KANTOR PDAM {jalan^}""",
    """T0KO BANGUNAN SUMBER REJEKI
{jalan^} NO. {n}
TELP/WA {offhp}
NPWP : {npwpb}
SEMEN TIGA RODA 10 SAK Rp 720.000
TOTAL Rp 720.000""",
    """TIKET PARKIR DISHUB KOTA KUPANG
No. Seri {n:a}{n:b}{n:c}
Tanggal {tgl} Jam {jam}
Tarif Rp 2.000 (motor)""",
    """SURAT KETETAPAN RETRIBUSI DAERAH (SKRD)
Nomor : {surat}
Kode Billing : {billing}
Jenis : Retribusi Persampahan
Jumlah : Rp 600.000
Jatuh Tempo : {tgl}""",
    """BUKTI SETOR PAJAK
NTPN : {ntpn}
Kode Billing : {billing}
NPWP Bendahara : {npwpb}
Satker : Dinas Pendidikan Kota Kupang""",
    """SPANDUK KELURAHAN {kel^}
LAYANAN KTP KELILING HARI SABTU {tgl}
HUB. PETUGAS : {offhp}""",
    """PAPAN INFO POSYANDU KASIH IBU
JADWAL : SETIAP TANGGAL 10
TEMPAT : BALAI RT 07
KONTAK PUSKESMAS {pusk^} : {kantor}""",
    """IZIN USAHA MIKRO
Nomor Induk Berusaha : 91200{n:a}{n:b}{n:c}
Nama Usaha : Kios Mama Ester
Alamat Usaha : {jalan^} NO. {n}
KBLI : 47111""",
    """KUITANSI APOTEK KASIH IBU
{jalan} No. {n}
Paracetamol 10 tab Rp 8.000
Amoxicillin 10 kap Rp 15.000
Total Rp 23.000
Telp {kantor}""",
    """LEMBAR DISPOSISI
No. Agenda : {n:a}/{n:b}
Asal Surat : SMAN 3 Kupang (NPSN {npsn})
Perihal : Permohonan data NISN {nisn}
Diteruskan kepada : Kabid Dikdas""",
)

# ---------------------------------------------------------------- register_notice
add(
    "register_notice",
    """No,Nama Pemohon,NIK,Alamat,No HP
1,[[name:{name:m1}]],[[nik:{nik:m1}]],[[address:{addr:m1}]],[[phone:{hp0:m1}]]
2,[[name:{name:w1}]],[[nik:{nik:w1}]],[[address:{addr:w1}]],[[phone:{hp0:w1}]]
3,[[name:{name:m2}]],[[nik:{nik:m2}]],[[address:{addr:m2}]],[[phone:{hp0:m2}]]""",
    """DAFTAR PENERIMA BANTUAN SEMBAKO LANSIA
1. [[name:{name:ow1}]] ({umur:ow1})
2. [[name:{name:om1}]] ({umur:om1})
3. [[name:{name:ow2}]] ({umur:ow2})
4. [[name:{name:om2}]] ({umur:om2})
Pengambilan di kantor kelurahan {kel}, {tanggal}.""",
    """Nama Balita | Nama Ibu | BB (kg) | No. KIS
[[name:{name:c1}]] | [[name:{name:w1}]] | 11,2 | [[bpjs:{bpjs:c1}]]
[[name:{name:c2}]] | [[name:{name:w2}]] | 9,8 | [[bpjs:{bpjs:c2}]]
[[name:{name:c3}]] | [[name:{name:w3}]] | 12,5 | [[bpjs:{bpjs:c3}]]""",
    """JADWAL RONDA {rt:a}
Senin: [[name:{name:m1}]], [[name:{name:m2}]]
Selasa: [[name:{name:m3}]], [[name:{name:m4}]]
Rabu: [[name:{name:m5}]], [[name:{given:m6}]]
Koordinator: Pak RT ([[phone:{hp:m7}]])""",
    """REKAP NPWP GURU HONOR (diminta bendahara sekolah)
[[name:{name:w1}]] - [[npwp:{npwp:w1}]]
[[name:{name:m1}]] - [[npwp:{npwp16:m1}]]
[[name:{name:w2}]] - [[npwp:{npwp:w2}]]""",
    """Nama;NIK;No. KK;RT/RW
[[name:{name:m1}]];[[nik:{nik:m1}]];[[kk:{kk:a}]];[[address:{rtktp:a}]]
[[name:{name:w1}]];[[nik:{nik:w1}]];[[kk:{kk:b}]];[[address:{rtktp:b}]]
[[name:{name:m2}]];[[nik:{nik:m2}]];[[kk:{kk:c}]];[[address:{rtktp:c}]]""",
    """DATA RAZIA KENDARAAN {tgl}
No | Nopol | Pelanggaran
1 | [[plate:{plate:a}]] | tanpa helm
2 | [[plate:{plate:b}]] | STNK mati
3 | [[plate:{plate:c}]] | knalpot racing
4 | [[plate:{plate:d}]] | melawan arus""",
    """DAFTAR HONOR KADER POSYANDU
Nama | Bank | No. Rekening | Jumlah
[[name:{name:w1}]] | BRI | [[bank_account:{rek:bri}]] | Rp 300.000
[[name:{name:w2}]] | Bank NTT | [[bank_account:{rek:ntt}]] | Rp 300.000
[[name:{name:w3}]] | BNI | [[bank_account:{rek:bni}]] | Rp 300.000""",
    """DAFTAR NIK TIDAK PADAN - KELURAHAN {kel^}
[[name:{name^:m1}]] [[nik:{nik15:m1}]]
[[name:{name^:w1}]] [[nik:{niko:w1}]]
[[name:{name^:w2}]] [[nik:{nik:w2}]]""",
    """Nama Pengemudi | Nopol | HP
[[name:{name:m1}]] | [[plate:{plate:a}]] | [[phone:{hp:m1}]]
[[name:{name:m2}]] | [[plate:{plate:b}]] | [[phone:{hp:m2}]]
[[name:{name:m3}]] | [[plate:{plate:c}]] | [[phone:{hp:m3}]]
Pangkalan ojek depan {pasar}""",
    """Usulan penerima bantuan modal usaha perorangan
Nama | NPWP | Usaha
[[name:{name:w1}]] | [[npwp:{npwp:w1}]] | jual sayur
[[name:{name:m1}]] | [[npwp:{npwp:m1}]] | bengkel las rumahan
CV Karya Lontar | {npwpb} | (badan usaha, dicoret)""",
    """Nama Orang Tua | Email | Kelas
[[name:{name:w1}]] | [[email:{mail:w1}]] | VII-A
[[name:{name:m1}]] | [[email:{mail:m1}]] | VII-B
[[name:{name:w2}]] | [[email:{mail:w2}]] | VIII-A""",
    """Register penipuan
Nomor Penipu | Mengaku Sebagai | Nama Pelaku | Rekening
{scam:a} | petugas PKH | tidak diketahui | -
[[phone:{hp:m1}]] | anggota polisi | [[name:{name:m1}]] | BRI [[bank_account:{rek:bri}]]
{scam:b} | kurir J&T | tidak diketahui | -""",
    """DATA PEMOHON SKTM
No | Nama | NIK | Alamat | RT/RW | HP
1 | [[name:{name^:w1}]] | [[nik:{nik:w1}]] | [[address:{addr^:w1}]] | [[address:{rtktp:a}]] | [[phone:{hp0:w1}]]
2 | [[name:{name^:m1}]] | [[nik:{nik:m1}]] | [[address:{addr^:m1}]] | [[address:{rtktp:b}]] | [[phone:{hp0:m1}]]""",
    """Daftar anggota Kartu Keluarga (aplikasi)
No KK [[kk:{kk}]]
[[name:{name^:m1}]] [[nik:{nik:m1}]] KEPALA KELUARGA
[[name:{name^:w1}]] [[nik:{nik:w1}]] ISTRI
[[name:{name^:c1}]] [[nik:{nik:c1}]] ANAK
[[name:{name^:c2}]] [[nik:{nik:c2}]] ANAK""",
    """Penerima PBI JK baru
Nama	No. Kartu	Alamat
[[name:{name:w1}]]	[[bpjs:{bpjs:w1}]]	[[address:{addrrt:w1}]]
[[name:{name:m1}]]	[[bpjs:{bpjs:m1}]]	[[address:{addrrt:m1}]]""",
    """Penerima bedah rumah Kelurahan {kel}
[[address:RT {?01|02|04}]]: [[name:{name:m1}]]
[[address:RT {?07|08|09}]]: [[name:{name:w1}]]
[[address:RT {?12|14|16}]]: [[name:{name:m2}]]
Survei lapangan oleh Dinas Perkim tanggal {tanggal}. Info kantor kelurahan {kantor}.""",
    """Dana Duka Jemaat
1. Keluarga [[name:{family:m1}]] - Rp 500.000
2. Keluarga [[name:{family:m2}]] - Rp 500.000
3. [[name:{name:w1}]] - Rp 250.000
Bendahara: [[name:{name:w2}]], rek Bank NTT [[bank_account:{rek:ntt}]]""",
    # without personal data
    """Instansi;Alamat;Telepon
Dinas Dukcapil Kota Kupang;Jl. Timor Raya No. 52;{kantor:a}
Dinas Sosial Kota Kupang;{jalan} No. {n};{kantor:b}
Puskesmas {pusk};{jalan:b} No. {n:b};{kantor:c}""",
    """JADWAL FOGGING KELURAHAN {kel^}
Senin RT 01-RT 04
Rabu RT 05-RT 09
Jumat RT 10-RT 14
Info: Puskesmas {pusk} {kantor}""",
    """Rekap penerima BPNT per RT, Kelurahan {kel}
RT 01: {n:a} KPM
RT 02: {n:b} KPM
RT 03: {n:c} KPM
RT 04: {n:d} KPM""",
    """TARIF RETRIBUSI {pasar^}
Los ikan: Rp 5.000/hari
Lapak sayur: Rp 3.000/hari
Kios: Rp 150.000/bulan
Pengaduan: SMS 1708, WA {offhp}""",
    """Nama Usaha | Alamat Usaha | NPWP | HP Kantor
UD Laut Timor | {jalan} No. {n} | {npwpb} | {offhp}
Koperasi Pedagang Ikan | {jalan:b} No. {n:b} | {npwpb:b} | {offhp:b}""",
    """PERUBAHAN NOMOR LAYANAN PUSKESMAS {pusk^}
Nomor lama: {offhp:a} (tidak aktif lagi)
Nomor baru: telp {kantor} / WA {offhp:b}""",
    """Kanal | Jumlah laporan
SMS 1708 | {n:a}
WA {offhp} | {n:b}
Telepon {kantor} | {n:c}
lapor.go.id | {n:d}""",
    """Sekolah | NPSN | Rekening BOS
{sekolah} | {npsn} | Bank NTT {rekb:ntt1}
{sekolah:b} | {npsn:b} | Bank NTT {rekb:ntt2}""",
    """Lokasi | Hari | Kontak
Posyandu Bunga Bakung | Selasa | {offhp:a}
Posyandu Kasih Ibu | Kamis | {offhp:b}
Pustu {kel} | Senin-Jumat 08.00-13.00 | {kantor}""",
    """PENGUMUMAN RT 02 / RW 05
Kerja bakti bersihkan got hari Sabtu {tgl} jam 06.30. Bawa parang dan sekop.
IURAN SAMPAH DAN KEAMANAN RT 02 naik Rp 5.000 mulai Januari.""",
)

# ---------------------------------------------------------------- kupang_malay
add(
    "kupang_malay",
    "Selamat siang, beta [[name:{name:m1}]] dari [[address:{rtrw:m1}]] {kel}. Air PDAM su dua minggu sonde jalan, katong beli air tangki terus. Beta pung nomor [[phone:{hp:m1}]].",
    "Bapa, beta pung anak [[name:{given:cw1}]] sonde dapa KIP, padahal katong ni orang susah. Beta pung NIK [[nik:{nik:w1}]]. Tolong bantu e. - mama [[name:{given:w1}]]",
    "Lurah dong bilang lapor lewat WA {offhp} sa, tapi sonde ada yang bales. Beta [[name:{name:w1}]], rumah di [[address:{addr:w1}]]. Got depan rumah su tasumbat lama.",
    "Om [[name:{given:om1}]] pung rumah di [[address:{rtrw:om1}]] rubu kena angin tadi malam. Dia su tua, sonde ada anak di sini. Sapa yang bisa bantu, hubungi beta [[phone:{hp:m1}]]. - [[name:{name:m1}]]",
    "Beta mau lapor, ada oto [[plate:{plate}]] tiap malam buang sampah di kali belakang beta pung rumah. Beta su foto. Beta [[name:{given:m1}]], HP [[phone:{hp:m1}]].",
    "Dong panggil dia [[name:{nick:m2}]] sa, nama asli [[name:{name:m2}]]. Dia yang ambil uang arisan katong Rp 12 juta ko lari ke Soe. Beta [[name:{name:w1}]] dari {kel}.",
    "Kaka, beta su transfer ke rek BNI [[bank_account:{rek:bni}]] a.n. [[name:{name:m2}]] yang bilang bisa urus beta pung adik masuk polisi. Sekarang dia sonde angkat telpon. Beta [[name:{given:w1}]].",
    "Beta pung KK [[kk:{kk}]] ju belum ada nama anak yang baru lahir, [[name:{given:c1}]]. Su dua kali ke Dukcapil dong bilang blanko habis. Beta [[name:{name:m1}]].",
    "Beta pung mama [[name:{name:ow1}]] pung kartu BPJS [[bpjs:{bpjs:ow1}]] sonde bisa pake di {rs}, dong bilang sonde aktif. Padahal PBI. Tolong cek e.",
    "Tanta [[name:{given:w2}]] di [[address:{rtrw:w2}]] bilang posyandu sonde buka lai. Katong pung anak dong sonde ditimbang su tiga bulan. Beta [[name:{name:w1}]], WA [[phone:{hp:w1}]].",
    "Beta pung NPWP 16 digit sekarang sama dengan NIK, [[npwp:{npwp16:m1}]]. Tapi waktu lapor SPT dong bilang sonde terdaftar. Beta [[name:{name:m1}]], jual ikan di {pasar}.",
    "Ada nomor {scam} WA beta, ngaku anak kos sa, minta pulsa. Itu tipu-tipu. Beta pung nomor asli [[phone:{hp:w1}]]. Salam, [[name:{name:w1}]].",
    "Sore bapa, beta [[name:{name_:m1}]] dari [[address:{addr_:m1}]]. Lampu jalan di beta pung gang mati su satu bulan, malam-malam orang takut jalan.",
    "Dong pung anak [[name:{nick:c1}]] sakit demam, bawa ke Puskesmas {pusk} dong bilang tunggu dokter. Kasian e. Beta omnya, [[name:{name:m1}]], [[phone:{hp:m1}]].",
    "Bendahara minta NPWP semua guru honor. Ini punya beta [[npwp:{npwp16:w1}]], atas nama [[name:{name:w1}]], guru di {sekolah}. Tapi honor belum masuk ju.",
    "Beta pung email [[email:{mail:w1}]], tolong kirim balasan ke situ sa. Beta [[name:{name:w1}]], soal tanah di [[address:{addrrt:w1}]] yang diserobot tetangga.",
    "Motor beta [[plate:{plate^}]] hilang di parkiran {pasar} tadi siang. Su lapor Polsek. Beta [[name:{name:m1}]], HP [[phone:{hp:m1}]]. Bantu share e.",
    "Beta pung istri [[name:{name:w1}]] NIK di KK tatulis [[nik:{nik:w1}]], tapi di KTP lain. Jadi BPJS dong tolak. Beta [[name:{given:m1}]].",
    # without personal data
    "Jalan di {jalan} tu su macam kubangan kerbau. Katong su lapor ke 1708, tiket {tiket}, sampe sekarang sonde ada yang datang.",
    "Pasar {pasar} pung sampah su bau sampe ke jalan. Petugas dong bilang oto sampah rusak. Kapan mau baik?",
    "Bosong hati-hati e, ada yang telpon pake nomor {scam}, dia bilang dia dari Dinas Sosial, suru transfer Rp 300 ribu ko bantuan cair. Itu tipu.",
    "Tagihan PDAM beta naik jadi Rp 650 ribu, nomor sambungan {samb}. Padahal air cuma jalan malam sa. Sonde masuk akal.",
    "Lampu lalu lintas di {jalan} mati, oto dong baku serobot. Dishub tolong lia ko.",
    "Terima kasih banyak untuk petugas damkar yang cepat datang tadi malam di {kel}. Tuhan berkati bosong semua.",
    "Anjing sa hilang, warna hitam putih, nama Manis. Terakhir di dekat {sekolah}. Kalo lia tolong kasi tau.",
    "Puskesmas {pusk} pung nomor {kantor} sonde pernah angkat. Katong mau tanya jadwal imunisasi sa susah.",
    "Katong di RT 13 deng RT 01 su {?tiga|empat|lima} hari sonde ada air. PDAM pung mobil tangki sonde datang.",
    "Token listrik beta {token} sonde masuk, ID pel {idpel}. Su telpon PLN 123, dong suru tunggu.",
)


# --------------------------------------------------------------------------------------------
# Writing the corpus
# --------------------------------------------------------------------------------------------


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, template) in enumerate(TEMPLATES):
        for _fill in range(3):
            for _draw in range(400):
                filler = Filler(rng, style)
                text, spans = render(template, filler)
                problem = check(text, spans, style)
                if problem is None and text not in seen:
                    break
            else:
                msg = f"template {number} ({style}) cannot be filled: {problem}\n{template}"
                raise SystemExit(msg)
            seen.add(text)
            records.append(
                {
                    "text": text,
                    "spans": [
                        {"kind": s["kind"], "start": s["start"], "end": s["end"]}
                        for s in sorted(spans, key=lambda s: int(s["start"]))
                    ],  # type: ignore[arg-type]
                    "style": style,
                }
            )
    rng.shuffle(records)
    out = []
    for i, record in enumerate(records, start=1):
        out.append({"id": f"xb16-{i:04d}", **record})
    return out


def main() -> None:
    self_test()
    records = build()
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(payload, encoding="utf-8")
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    kinds: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    style_spans: Counter[str] = Counter()
    clean: Counter[str] = Counter()
    per: Counter[tuple[str, str]] = Counter()
    templates: Counter[str] = Counter(style for style, _ in TEMPLATES)
    for r in records:
        style = str(r["style"])
        styles[style] += 1
        spans = r["spans"]
        assert isinstance(spans, list)
        clean[style] += not spans
        for s in spans:
            kinds[s["kind"]] += 1
            style_spans[style] += 1
            per[(style, s["kind"])] += 1
    lines = [
        f"sha256 {digest}",
        f"texts {len(records)}, without spans {sum(clean.values())}, spans {sum(kinds.values())}, templates {len(TEMPLATES)}",
        "kinds " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()),
    ]
    order = [k for k, _ in kinds.most_common()]
    lines.append("style templates texts clean spans | " + " ".join(order))
    for style in dict.fromkeys(style for style, _ in TEMPLATES):
        row = " ".join(str(per[(style, k)]) for k in order)
        lines.append(
            f"{style} {templates[style]} {styles[style]} {clean[style]} {style_spans[style]} | {row}"
        )
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
