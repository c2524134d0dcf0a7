# ruff: noqa: E501, RUF001
"""Write the fourth blind redaction corpus, ``redaction_blind_v4.jsonl``.

Texts are written with inline labels such as ``[[name:Yohanes Ndun]]``; this script strips the
labels, records exact character offsets, checks every span and writes one JSON object per line.
Identity numbers and other filled-in values come from a seeded ``random.Random``, so the output
is the same on every run.

Run from the repository root::

    python tests/data/blind/make_redaction_blind_v4.py
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20261210
R = random.Random(SEED)
OUT = Path(__file__).with_name("redaction_blind_v4.jsonl")
KINDS = ("nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address")
MARK = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.DOTALL)
NBSP = "\u00a0"
ZWSP = "\u200b"
NNBSP = "\u202f"


def pick(seq):
    return R.choice(seq)


def mk(kind: str, value: str) -> str:
    return f"[[{kind}:{value}]]"


# ---------------------------------------------------------------- names

GIVEN = {
    "timor": (
        [
            "Yakobus",
            "Marthen",
            "Dominggus",
            "Oktovianus",
            "Melkianus",
            "Yeremias",
            "Obed",
            "Semuel",
            "Nikodemus",
            "Kornelis",
            "Arnoldus",
            "Yusuf",
            "Ferdinand",
            "Habel",
        ],
        [
            "Agustina",
            "Selfina",
            "Yuliana",
            "Anace",
            "Welhelmina",
            "Lodia",
            "Sarlota",
            "Ester",
            "Debora",
            "Orpa",
            "Ruth",
            "Naomi",
            "Rahel",
            "Yohana",
        ],
    ),
    "rote": (
        [
            "Yohanes",
            "Hendrik",
            "Marthinus",
            "Imanuel",
            "Lukas",
            "Aris",
            "Johny",
            "Ronaldo",
            "Yunus",
            "Efraim",
            "Alfred",
            "Stefanus",
        ],
        [
            "Margaretha",
            "Elisabeth",
            "Yanti",
            "Meri",
            "Selvi",
            "Novi",
            "Grace",
            "Erni",
            "Ivon",
            "Dorkas",
            "Mince",
            "Juliana",
        ],
    ),
    "sabu": (
        [
            "Daniel",
            "Yosia",
            "Gidion",
            "Petrus",
            "Zakarias",
            "Mesakh",
            "Ishak",
            "Wempi",
            "Yoel",
            "Ayub",
        ],
        [
            "Ermelinda",
            "Rambu",
            "Adriana",
            "Kristina",
            "Heni",
            "Lusi",
            "Marlin",
            "Yulin",
            "Diana",
            "Sherly",
        ],
    ),
    "flores": (
        [
            "Fransiskus",
            "Benediktus",
            "Yosef",
            "Paulus",
            "Agustinus",
            "Kristoforus",
            "Mikhael",
            "Stanislaus",
            "Gregorius",
            "Vinsensius",
            "Aloysius",
            "Bonifasius",
        ],
        [
            "Maria",
            "Theresia",
            "Veronika",
            "Yustina",
            "Rofina",
            "Fransiska",
            "Bernadeta",
            "Skolastika",
            "Emerensiana",
            "Katarina",
            "Yosefina",
            "Anastasia",
        ],
    ),
    "sumba": (
        ["Umbu Yanus", "Umbu Ndaru", "Markus", "Lazarus", "Simson", "Ruben", "Titus", "Hapu"],
        ["Rambu Ana", "Rambu Lika", "Tamar", "Hana", "Yesi", "Martha", "Rina", "Sinta"],
    ),
    "alor": (
        ["Elias", "Thomas", "Nahor", "Yusak", "Niko", "Demas", "Kosmas", "Lambert"],
        ["Yakomina", "Helena", "Afliana", "Sance", "Olvi", "Elsi", "Juita", "Ani"],
    ),
    "jawa": (
        ["Budi", "Slamet", "Wahyu", "Joko", "Bambang", "Sugeng", "Agus", "Eko", "Teguh", "Heru"],
        ["Sri", "Endang", "Rahayu", "Puji", "Wulan", "Dwi", "Ratna", "Siti", "Yuni", "Indah"],
    ),
    "bugis": (
        ["Andi Baso", "Syamsuddin", "Muh. Ridwan", "Arifin", "Irwan", "Hamzah", "Rusdi", "Jumadi"],
        [
            "Hasnah",
            "Nurhayati",
            "Sitti Rahma",
            "Andi Nurul",
            "Hasmawati",
            "Ramlah",
            "Jumriah",
            "Ayu",
        ],
    ),
    "tionghoa": (
        ["Hendra", "Susanto", "Hok", "Ayong", "Kevin", "Wilson", "Robert", "Ahan"],
        ["Meiling", "Lily", "Vivi", "Liana", "Mei", "Cindy", "Feni", "Lenny"],
    ),
    "arab": (
        ["Abdullah", "Ahmad", "Umar", "Salim", "Husein", "Hasan", "Fahmi", "Ali"],
        ["Fatimah", "Aisyah", "Zainab", "Khadijah", "Nur", "Salma", "Farida", "Syarifah"],
    ),
}
FAMILY = {
    "timor": [
        "Tefa",
        "Benu",
        "Nenobais",
        "Sabneno",
        "Taneo",
        "Sanam",
        "Nitbani",
        "Bessie",
        "Tanone",
        "Oematan",
        "Banunaek",
        "Neonufa",
        "Selan",
        "Boimau",
        "Snae",
        "Nubatonis",
        "Tnunay",
        "Abineno",
        "Taopan",
        "Kase",
        "Nope",
        "Liufeto",
    ],
    "rote": [
        "Ndun",
        "Manafe",
        "Amalo",
        "Therik",
        "Mooy",
        "Fanggidae",
        "Messakh",
        "Pellokila",
        "Nalle",
        "Adoe",
        "Ndoen",
        "Foeh",
        "Lenggu",
        "Henuk",
        "Ndolu",
        "Sinlae",
        "Dethan",
        "Pah",
        "Zacharias",
        "Tungga",
    ],
    "sabu": [
        "Riwu Kaho",
        "Haba",
        "Bire",
        "Lado",
        "Dju Dara",
        "Ga Lena",
        "Hege",
        "Rohi",
        "Ludji",
        "Djami",
        "Tadu Hungu",
        "Dimu Heo",
        "Lobo",
        "Kore",
    ],
    "flores": [
        "Ratu",
        "Djawa",
        "Wula",
        "Bara",
        "Da Costa",
        "Parera",
        "Fernandez",
        "Kapitan",
        "Wea",
        "Wangge",
        "Dhae",
        "Laka",
        "Meo",
        "Tolo",
        "Mbete",
        "Rangga",
        "Lamury",
        "Sogen",
    ],
    "sumba": [
        "Kaborang",
        "Ndapamerang",
        "Hamakonda",
        "Wadu",
        "Ndima",
        "Kahi",
        "Lewu",
        "Dapawole",
        "Landu",
        "Rihi",
    ],
    "alor": [
        "Maro",
        "Laumal",
        "Malaikosa",
        "Lomi",
        "Salamay",
        "Padakari",
        "Kafolakari",
        "Atapada",
        "Dopong",
        "Mautuka",
    ],
    "jawa": [
        "Santoso",
        "Wibowo",
        "Susilo",
        "Prasetyo",
        "Hartono",
        "Suryani",
        "Lestari",
        "Purnomo",
        "Setiawan",
        "Handayani",
    ],
    "bugis": [
        "Daeng Matta",
        "Rahman",
        "Latif",
        "Bakri",
        "Mappiasse",
        "Lamaranggi",
        "Pawennari",
        "Sumange",
    ],
    "tionghoa": ["Lay", "Tan", "Liem", "Oei", "Gunawan", "Halim", "Tanuwijaya", "Kwee"],
    "arab": [
        "Bahasuan",
        "Assegaf",
        "Bachmid",
        "Alhabsyi",
        "Baadilla",
        "Bafadal",
        "Basalamah",
        "Bin Syech",
    ],
}
ORIGINS = list(GIVEN)
ORIGIN_WEIGHTS = [14, 14, 9, 12, 6, 6, 6, 5, 5, 4]


class P:
    """A person: given name, family name, sex."""

    def __init__(self, given: str, family: str, female: bool) -> None:
        self.given = given
        self.family = family
        self.female = female

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    def hon(self, formal: bool = True) -> str:
        if formal:
            return pick(
                ["Ibu", "Ibu", "Bu", "Ny.", "Sdri."]
                if self.female
                else ["Bapak", "Bapak", "Pak", "Bpk.", "Sdr."]
            )
        return pick(
            ["Mama", "Tanta", "Kak", "Nona", "Oma"]
            if self.female
            else ["Om", "Bapa", "Kak", "Opa", "Om"]
        )


_USED: set[str] = set()


def person(female: bool | None = None, origin: str | None = None, middle: bool = False) -> P:
    for _ in range(50):
        sex = R.random() < 0.5 if female is None else female
        org = origin or R.choices(ORIGINS, ORIGIN_WEIGHTS)[0]
        given = pick(GIVEN[org][1 if sex else 0])
        if middle and org in ("flores", "timor", "rote"):
            extra = pick(GIVEN["flores"][1 if sex else 0])
            if extra != given:
                given = f"{given} {extra}"
        fam = pick(FAMILY[org])
        p = P(given, fam, sex)
        if p.full not in _USED:
            _USED.add(p.full)
            return p
    return p


def name(p: P, form: str = "full", case: str | None = None) -> str:
    if form == "full":
        v = p.full
    elif form == "first":
        v = (
            p.given.split()[0]
            if p.given.split()[0] not in ("Muh.", "Andi", "Umbu", "Rambu")
            else p.given
        )
    elif form == "family":
        v = p.family
    elif form == "initial":
        v = f"{p.given[0]}. {p.family}"
    else:
        raise ValueError(form)
    if case == "upper":
        v = v.upper()
    elif case == "lower":
        v = v.lower()
    return mk("name", v)


# ---------------------------------------------------------------- numbers

REGENCY = (
    ["71"] * 10
    + ["01"] * 3
    + [
        "02",
        "03",
        "04",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "11",
        "12",
        "13",
        "14",
        "14",
        "20",
        "20",
        "21",
    ]
)


def nik_digits(female: bool | None = None, code: str | None = None) -> str:
    if female is None:
        female = R.random() < 0.5
    reg = code or pick(REGENCY)
    dist = f"{R.randint(1, 6 if reg == '71' else 14):02d}"
    day = R.randint(1, 28) + (40 if female else 0)
    month = R.randint(1, 12)
    year = R.randint(45, 99) if R.random() < 0.75 else R.randint(0, 8)
    serial = R.randint(1, 260)
    return f"53{reg}{dist}{day:02d}{month:02d}{year:02d}{serial:04d}"


def fmt16(d: str, style: str | None = None) -> str:
    style = style or pick(["block", "block", "block", "four", "dots", "space"])
    if style == "four":
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if style == "dots":
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:16]}"
    if style == "space":
        return f"{d[0:6]} {d[6:12]} {d[12:16]}"
    return d


def nik(female: bool | None = None, style: str | None = None, code: str | None = None) -> str:
    return mk("nik", fmt16(nik_digits(female, code), style))


def kk_digits() -> str:
    reg = pick(REGENCY)
    dist = f"{R.randint(1, 6 if reg == '71' else 14):02d}"
    return f"53{reg}{dist}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(5, 25):02d}{R.randint(1, 9999):04d}"


def kk(style: str | None = None) -> str:
    return mk("kk", fmt16(kk_digits(), style or pick(["block", "block", "four", "space"])))


def npwp(kind: str | None = None) -> str:
    kind = kind or pick(["old", "old", "new", "oldplain"])
    if kind == "new":
        return mk("npwp", nik_digits())
    d = f"{R.randint(10, 99)}{R.randint(100, 999)}{R.randint(100, 999)}{R.randint(1, 9)}{R.choice(['921', '922', '924', '923'])}000"
    if kind == "oldplain":
        return mk("npwp", d)
    return mk("npwp", f"{d[0:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:15]}")


def bpjs() -> str:
    d = f"000{R.randint(0, 9_999_999_999):010d}"
    if R.random() < 0.25:
        return mk("bpjs", f"{d[0:4]} {d[4:8]} {d[8:13]}")
    return mk("bpjs", d)


PREFIX = [
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0811",
    "0857",
    "0856",
    "0878",
    "0877",
    "0819",
    "0818",
    "0895",
    "0896",
    "0881",
    "0838",
]


def mobile_digits() -> str:
    return pick(PREFIX) + "".join(str(R.randint(0, 9)) for _ in range(R.choice([7, 8, 8, 8])))


def fmt_mobile(d: str, style: str | None = None) -> str:
    style = style or pick(
        [
            "block",
            "block",
            "block",
            "dash",
            "space",
            "dots",
            "plus_dash",
            "plus_block",
            "62block",
            "62space",
            "space_odd",
        ]
    )
    rest = d[1:]
    forms = {
        "block": d,
        "dash": f"{d[0:4]}-{d[4:8]}-{d[8:]}",
        "space": f"{d[0:4]} {d[4:8]} {d[8:]}",
        "dots": f"{d[0:4]}.{d[4:8]}.{d[8:]}",
        "plus_dash": f"+62 {rest[0:3]}-{rest[3:7]}-{rest[7:]}",
        "plus_block": f"+62{rest}",
        "62block": f"62{rest}",
        "62space": f"62 {rest[0:3]} {rest[3:7]} {rest[7:]}",
        "space_odd": f"{d[0:4]} {d[4:7]} {d[7:]}",
    }
    return forms[style]


def phone(style: str | None = None) -> str:
    return mk("phone", fmt_mobile(mobile_digits(), style))


def landline() -> str:
    d = f"8{R.randint(10000, 99999)}"
    return mk("phone", pick([f"0380 {d}", f"(0380) {d[0:4]} {d[4:]}", f"0380-{d}", f"(0380) {d}"]))


def office_line() -> str:
    d = f"8{R.randint(20000, 49999)}"
    return pick([f"(0380) {d[0:3]} {d[3:]}", f"0380-{d[0:3]} {d[3:]}", f"0380 {d}"])


def office_mobile() -> str:
    return fmt_mobile(
        pick(["0811", "0812", "0813", "0821"]) + f"{R.randint(3800000, 3899999)}{R.randint(0, 9)}",
        pick(["dash", "block", "space"]),
    )


BANKS = ["BRI", "BNI", "Mandiri", "BCA", "Bank NTT", "BRI", "Bank NTT"]


def account(bank: str) -> str:
    if bank == "BRI":
        v = pick(
            [
                f"{R.randint(1000, 9999)}-01-{R.randint(0, 999999):06d}-{R.randint(10, 99)}-{R.randint(1, 9)}",
                f"{R.randint(10**14, 10**15 - 1)}",
            ]
        )
    elif bank == "BNI":
        v = pick([f"{R.randint(10**9, 10**10 - 1)}", f"08{R.randint(10**7, 10**8 - 1)}"])
    elif bank == "Mandiri":
        v = pick(
            [
                f"{R.randint(100, 199)}-00-{R.randint(1000000, 9999999)}-{R.randint(0, 9)}",
                f"{R.randint(10**12, 10**13 - 1)}",
            ]
        )
    elif bank == "BCA":
        v = f"{R.randint(10**9, 10**10 - 1)}"
    else:
        v = pick(
            [
                f"00{R.randint(1, 9)}.01.0{R.randint(1, 9)}.{R.randint(100000, 999999)}-{R.randint(1, 9)}",
                f"00{R.randint(10**10, 10**11 - 1)}",
            ]
        )
    return mk("bank_account", v)


def plate(case: str | None = None) -> str:
    region = pick(["DH", "DH", "DH", "DH", "EB", "ED"])
    num = R.randint(1, 9999)
    suffix = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 2])))
    v = pick(
        [
            f"{region} {num} {suffix}",
            f"{region} {num} {suffix}",
            f"{region}{num}{suffix}",
            f"{region}-{num}-{suffix}",
        ]
    )
    if case == "lower":
        v = v.lower()
    return mk("plate", v)


EMAIL_HOSTS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "icloud.com",
]


def email_of(p: P, dodge: bool = False) -> str:
    g = p.given.split()[-1].lower().replace(".", "")
    f = p.family.lower().replace(" ", "")
    local = pick(
        [
            f"{g}.{f}",
            f"{f}.{g}{R.randint(70, 99)}",
            f"{g}{f}{R.randint(1, 99)}",
            f"{g}_{f}",
            f"{g[0]}{f}{R.randint(80, 2005)}",
        ]
    )
    host = pick(EMAIL_HOSTS)
    if dodge:
        a, b = host.rsplit(".", 1)
        form = pick(["at_dot", "bracket", "keong", "space_at"])
        if form == "at_dot":
            return mk("email", f"{local} at {a} dot {b}")
        if form == "bracket":
            return mk("email", f"{local} [at] {a.replace('.', ' [dot] ')} [dot] {b}")
        if form == "keong":
            return mk("email", f"{local}(keong){host}")
        return mk("email", f"{local} @{host}")
    return mk("email", f"{local}@{host}")


# ---------------------------------------------------------------- places

KEL = [
    "Oebobo",
    "Oebufu",
    "Liliba",
    "Kayu Putih",
    "Sikumana",
    "Oepura",
    "Naikoten I",
    "Fatululi",
    "Kelapa Lima",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Penfui",
    "Maulafa",
    "Bakunase",
    "Naikolan",
    "Fontein",
    "Airmata",
    "Bonipoi",
    "Solor",
    "Namosain",
    "Nunbaun Sabu",
    "Alak",
    "Manulai II",
    "Belo",
    "Kolhua",
    "Pasir Panjang",
    "Nefonaek",
    "Oetete",
    "Kuanino",
    "Oeba",
    "Fatubesi",
    "Tode Kisar",
    "Nunleu",
    "Manutapen",
    "Naioni",
    "Batuplat",
    "Fatukoa",
    "Penkase Oeleta",
    "Nunhila",
    "Mantasi",
    "Tuak Daun Merah",
    "Oesapa Selatan",
    "Lai-Lai Besi Kopan",
]
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
HOME_STREETS = [
    "Jl. Kenari",
    "Jl. Sukun",
    "Jl. Kelinci",
    "Jl. Flamboyan",
    "Jl. Bougenville",
    "Jl. Kakatua",
    "Jl. Merpati",
    "Jl. Rote",
    "Jl. Sabu",
    "Jl. Alor",
    "Jl. Lembata",
    "Jl. Bajawa",
    "Jl. Ende",
    "Jl. Cendana",
    "Jl. Kamboja",
    "Jl. Manggis",
    "Jl. Jambu",
    "Jl. Nusa Indah",
    "Jl. Taebenu",
    "Jl. Oekam",
    "Jl. Air Lobang",
    "Jl. Batu Kadera",
    "Jl. Matani",
    "Jl. Lontar",
    "Jl. Lontar Raya",
    "Jl. Kancil",
    "Jl. Rusa",
    "Jl. Gunung Mutis",
    "Jl. Perintis Kemerdekaan",
    "Jl. Samratulangi",
    "Jl. Bakti Karya",
    "Jl. Kejora",
    "Jl. Kecubung",
    "Jl. Pukan Timor",
    "Jl. Ikan Tongkol",
    "Jl. Ikan Paus",
    "Jl. Amabi",
    "Jl. Adisucipto",
    "Jl. Fetor Funay",
    "Jl. H. R. Koroh",
    "Jl. Sam Ratulangi",
    "Jl. Tompello",
    "Jl. Nangka",
    "Jl. Srikaya",
    "Jl. Delima",
]
LANES = [
    "Gg. Kakatua",
    "Gg. Melati",
    "Gg. Sepakat",
    "Gg. Damai",
    "Gg. Rukun",
    "Gg. Mawar",
    "Lr. Damai",
    "Gg. Lontar",
    "Gg. Anggrek",
    "Gg. Cemara",
]
PUBLIC_STREETS = [
    "Jl. El Tari",
    "Jl. W.J. Lalamentik",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. Herman Johannes",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Ahmad Yani",
    "Jl. Cak Doko",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Thamrin",
    "Jl. R. A. Kartini",
    "Jl. Veteran",
    "Jl. S. K. Lerik",
    "Jl. Urip Sumoharjo",
    "Jl. Polisi Militer",
    "Jl. Prof. Dr. W. Z. Johannes",
    "Jl. Bundaran PU",
    "Jl. Gunung Fatuleu",
    "Jl. Adisucipto Penfui",
    "Jl. Eltari II",
    "Jl. Alfons Nisnoni",
    "Jl. Kelinci Oebufu",
    "Jl. Yos Sudarso",
    "Jl. Siliwangi",
    "Jl. Sumba",
    "Jl. Bajawa Fatululi",
]
SCHOOLS = [
    "SD Inpres Oepura 2",
    "SDN Bertingkat Naikoten",
    "SMPN 5 Kupang",
    "SMPN 2 Kupang",
    "SMPN 16 Kupang",
    "SMAN 3 Kupang",
    "SMAN 1 Kupang",
    "SMKN 4 Kupang",
    "SMPK St. Theresia",
    "SDK St. Yoseph Naikoten",
    "SD GMIT Oebufu",
    "SMAK Giovanni",
    "SMA Kristen Mercusuar",
    "SD Inpres Liliba",
    "TK Negeri Pembina",
    "SMPN 8 Kupang",
    "MTsN Kota Kupang",
]
HEALTH = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oesapa",
    "Puskesmas Bakunase",
    "Puskesmas Alak",
    "Puskesmas Kupang Kota",
    "Puskesmas Pasir Panjang",
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S. K. Lerik",
    "RS Siloam Kupang",
    "RSIA Dedari",
    "Pustu Fatukoa",
    "Posyandu Bunga Bakung",
    "Posyandu Kasih Ibu",
    "Posyandu Mawar Indah",
]
MARKETS = [
    "Pasar Inpres Naikoten",
    "Pasar Oeba",
    "Pasar Kasih Naikoten",
    "Pasar Oebobo",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Kuanino",
    "Pasar Lili",
]
SHOPS = [
    "Toko Sinar Abadi",
    "Toko Damai Jaya",
    "Toko Murni",
    "Apotek Kasih Farma",
    "Toko Bangunan Indah Timur",
    "Bengkel Sinar Motor",
    "Kios Berkat",
    "Toko Harapan Baru",
    "UD Sinar Timor",
]
LANDMARKS = [
    "Bundaran Tirosa",
    "Bundaran PU",
    "Taman Nostalgia",
    "Stadion Oepoi",
    "Gereja Katedral Kristus Raja",
    "Masjid Agung Al-Baitul Qadim",
    "Terminal Kupang",
    "Terminal Oebobo",
    "Pelabuhan Tenau",
    "Bandara El Tari",
    "Kantor Gubernur",
    "Kampus Undana Penfui",
    "Lippo Plaza",
    "Jembatan Liliba",
    "Pantai Lasiana",
    "Kantor Wali Kota",
    "Gedung Sasando",
    "Kupang Bay",
]
OFFICES = [
    "Dinas PUPR",
    "Dinas Lingkungan Hidup dan Kebersihan",
    "Dinas Dukcapil",
    "Dinas Sosial",
    "Dinas Kesehatan",
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Perhubungan",
    "Satpol PP",
    "Perumda Air Minum Kota Kupang",
    "PLN UP3 Kupang",
    "Bapenda Kota Kupang",
    "Dinas Perumahan dan Kawasan Permukiman",
    "Dinas Koperasi dan Perdagangan",
    "Kantor Pertanahan Kota Kupang",
]
ROUTES = [
    "Oesapa–Kota",
    "Penfui–Terminal Kupang",
    "Sikumana–Oebobo",
    "Alak–Kota Lama",
    "Liliba–Kuanino",
    "Lasiana–Kota",
    "Naioni–Bakunase",
]


def home_street() -> str:
    s = pick(HOME_STREETS)
    n = f"{R.randint(1, 140)}{pick(['', '', '', '', 'A', 'B'])}"
    form = R.random()
    if form < 0.15:
        return f"{pick(LANES)} No. {R.randint(1, 40)}"
    if form < 0.25:
        return f"{s} Gg. {R.randint(1, 9)} No. {n}"
    return f"{s} {pick(['No. ', 'No.', 'no ', 'No ', 'nomor ', 'no. '])}{n}"


def rt_rw(short: bool = False) -> str:
    rt, rw = R.randint(1, 45), R.randint(1, 14)
    if short:
        return pick([f"RT {rt:02d}", f"RT {rt}", f"rt {rt}"])
    return pick(
        [
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT {rt:02d} RW {rw:02d}",
            f"RT {rt}/RW {rw}",
            f"rt {rt} rw {rw}",
            f"RT.{rt:03d}/RW.{rw:03d}",
            f"RT {rt:02d}/{rw:02d}",
            f"RT{rt}/RW{rw}",
        ]
    )


def addr(kind: str | None = None, case: str | None = None) -> str:
    kind = kind or pick(["street", "street", "full", "full", "rt", "complex"])
    if kind == "street":
        v = home_street()
    elif kind == "full":
        v = f"{home_street()}{pick([', ', ' ', ', '])}{rt_rw()}"
    elif kind == "rt":
        v = rt_rw()
    elif kind == "rtshort":
        v = rt_rw(short=True)
    else:
        v = pick(
            [
                f"Perumnas Blok {pick('ABCDEFGH')} No. {R.randint(1, 60)}",
                f"BTN Kolhua Blok {pick('ABCDEFGHJ')}{R.randint(1, 9)} No. {R.randint(1, 40)}",
                f"Perum Griya Oebufu Blok {pick(['Mawar', 'Anggrek', 'Kenanga'])} No. {R.randint(1, 30)}",
                f"Kompleks Perumahan Dosen Undana Blok {pick('ABCD')} No. {R.randint(1, 50)}",
            ]
        )
    if case == "upper":
        v = v.upper()
    elif case == "lower":
        v = v.lower()
    return mk("address", v)


# ---------------------------------------------------------------- look-alikes


def rp(lo: int, hi: int, step: int = 500) -> str:
    v = R.randrange(lo, hi, step)
    return "Rp " + f"{v:,}".replace(",", ".")


def rp_caps(lo: int, hi: int, step: int = 500) -> str:
    return rp(lo, hi, step).replace("Rp ", pick(["RP ", "RP.", "RP"]))


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


def date() -> str:
    d, m = R.randint(1, 28), R.randint(1, 12)
    return pick(
        [
            f"{d:02d}/{m:02d}/2026",
            f"{d} {MONTHS[m - 1]} 2026",
            f"{d}-{m}-2026",
            f"{d:02d}-{m:02d}-26",
        ]
    )


def short_date() -> str:
    return f"{R.randint(1, 28):02d}/{R.randint(9, 12):02d}/2026"


def time_() -> str:
    return f"{R.randint(6, 22):02d}.{pick(['00', '15', '30', '45', '10', '05'])}"


def ticket() -> str:
    return pick(
        [
            f"#LPR-2026-{R.randint(1, 1299):04d}-{R.randint(1, 999):04d}",
            f"2611-{R.randint(1000, 9999)}-{R.randint(100, 999)}",
            f"LAPOR-5371-2026-{R.randint(1, 99999):05d}",
            f"KPG/ADU/{R.randint(100, 999)}/XI/2026",
            f"TKT{R.randint(10**9, 10**10 - 1)}",
        ]
    )


def billing() -> str:
    return pick(
        [
            f"kode billing 8202611{R.randint(10**7, 10**8 - 1)}",
            f"VA {R.randint(8800, 8899)} {R.randint(1000, 9999)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}",
            f"kode bayar {R.randint(10**15, 10**16 - 1)}",
            f"BRIVA {R.randint(10000, 99999)}{R.randint(10**9, 10**10 - 1)}",
        ]
    )


def idpel() -> str:
    return f"5312{R.randint(10**7, 10**8 - 1)}"


def nosamb() -> str:
    return f"{R.randint(1, 9):02d}-{R.randint(1, 30):02d}-{R.randint(1, 9999):06d}"


def token() -> str:
    return " ".join(f"{R.randint(0, 9999):04d}" for _ in range(5))


def nop() -> str:
    return f"53.71.0{R.randint(10, 60)}.00{R.randint(1, 9)}.0{R.randint(10, 40)}-{R.randint(1, 999):04d}.0"


def letter_no() -> str:
    return pick(
        [
            f"{pick(['400.7', '600', '470', '050', '800', '503'])}/{R.randint(10, 999)}/{pick(['DLHK', 'PUPR', 'DKCS', 'DINSOS', 'SETDA', 'KEL'])}/{pick(['X', 'XI', 'XII'])}/2026",
            f"503/PBG/2026/{R.randint(1, 999):05d}",
        ]
    )


def img() -> str:
    return f"IMG_2026{R.randint(9, 12):02d}{R.randint(1, 28):02d}_{R.randint(6, 21):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}.jpg"


def trange() -> str:
    a = R.randint(7, 15)
    return f"{a:02d}.00–{a + R.randint(2, 5):02d}.00"


def drange() -> str:
    d, m = R.randint(1, 14), R.randint(5, 6)
    return f"{d} {MONTHS[m - 1]} 2026 s/d {d + R.randint(7, 14)} {MONTHS[m - 1]} 2026"


def queue() -> str:
    return f"{pick('ABCD')}-{R.randint(1, 180):03d}"


def meter() -> str:
    return f"{R.randint(10**10, 10**11 - 1)}"


OFFICE_MAILS = [
    "pengaduan@kupangkota.go.id",
    "dukcapil.kotakupang@gmail.com",
    "humas@kupangkota.go.id",
    "dlhk.kotakupang@gmail.com",
    "ppdb.smpn5kupang@gmail.com",
    "cs@pdamkotakupang.co.id",
    "helpdesk@kupangkota.go.id",
    "dinsos.kotakupang@gmail.com",
    "osis.sman3kupang@gmail.com",
    "tu.sdinpresliliba@gmail.com",
    "noreply@lapor.go.id",
    "info@rsudwzjohannes.go.id",
    "lurah.oesapa@gmail.com",
    "camat.maulafa@kupangkota.go.id",
    "pupr@kupangkota.go.id",
    "ombudsman.ntt@ombudsman.go.id",
    "pemdes.naioni@gmail.com",
    "kelompoktani.sumbermakmur@gmail.com",
]


def office_mail() -> str:
    return pick(OFFICE_MAILS)


# ---------------------------------------------------------------- problems without personal data

PROBLEMS = [
    lambda: (
        f"air PDAM tidak mengalir sejak {date()}, tetapi tagihan bulan ini tetap {rp(120000, 260000)}"
    ),
    lambda: f"air PDAM keluar keruh dan berbau sudah {R.randint(3, 12)} hari",
    lambda: (
        f"mobil tangki air yang dijanjikan {pick(OFFICES[8:9])} tidak pernah datang, kami terpaksa beli air {rp(80000, 180000, 5000)} per tangki"
    ),
    lambda: (
        f"listrik padam {R.randint(3, 9)} kali dalam seminggu tanpa pemberitahuan, kulkas dan pompa air rusak"
    ),
    lambda: (
        f"lampu jalan sepanjang {pick(PUBLIC_STREETS)} mati sejak {date()}, jalan gelap dan rawan jambret"
    ),
    lambda: (
        f"jalan di {pick(PUBLIC_STREETS)} dekat {pick(LANDMARKS)} berlubang besar, sudah {R.randint(2, 8)} motor jatuh minggu ini"
    ),
    lambda: f"galian pipa di {pick(PUBLIC_STREETS)} ditinggal terbuka tanpa rambu sejak {date()}",
    lambda: (
        f"saluran drainase di {pick(PUBLIC_STREETS)} tersumbat sampah, tiap hujan air naik ke jalan"
    ),
    lambda: (
        f"sampah di TPS dekat {pick(MARKETS)} tidak diangkut {R.randint(4, 14)} hari, bau sampai ke {pick(SCHOOLS)}"
    ),
    lambda: (
        f"truk sampah DLHK hanya lewat sekali dalam dua minggu padahal retribusi sampah {rp(10000, 30000, 5000)} per bulan tetap ditarik"
    ),
    lambda: (
        f"antrean di {pick(HEALTH[:7])} sangat panjang, ambil nomor {queue()} jam {time_()} baru dilayani jam {time_()}"
    ),
    lambda: f"obat di apotek {pick(HEALTH[:7])} kosong dan pasien BPJS disuruh beli di luar",
    lambda: (
        f"di {pick(SCHOOLS)} orang tua murid diminta uang komite {rp(250000, 900000, 25000)} per anak tanpa rapat"
    ),
    lambda: (
        f"seragam dan buku di {pick(SCHOOLS)} wajib dibeli di koperasi sekolah dengan harga {rp(350000, 900000, 50000)}"
    ),
    lambda: f"pencetakan KTP-el di Dukcapil tertunda karena blangko habis sejak {date()}",
    lambda: (
        f"pengurusan akta kelahiran sudah {R.randint(3, 9)} minggu belum selesai padahal berkas lengkap"
    ),
    lambda: (
        f"bantuan BPNT bulan ini belum cair, di e-warong hanya diberi beras {R.randint(5, 10)} kg"
    ),
    lambda: (
        f"retribusi lapak di {pick(MARKETS)} naik jadi {rp(5000, 25000, 1000)} per hari tanpa karcis"
    ),
    lambda: f"atap los ikan di {pick(MARKETS)} bocor dan lantai licin",
    lambda: (
        f"bemo jurusan {pick(ROUTES)} menarik ongkos {rp(4000, 7000, 500)} padahal tarif resmi {rp(3000, 4000, 500)}"
    ),
    lambda: f"parkir liar di depan {pick(LANDMARKS)} menarik {rp(2000, 10000, 1000)} tanpa karcis",
    lambda: (
        f"musik pesta di gedung dekat {pick(LANDMARKS)} diputar keras sampai jam {R.randint(1, 4)} pagi"
    ),
    lambda: f"knalpot racing tiap malam di {pick(PUBLIC_STREETS)}, anak-anak tidak bisa tidur",
    lambda: (
        f"pengurusan sertifikat tanah di {OFFICES[13]} sudah {R.randint(1, 3)} tahun belum selesai"
    ),
    lambda: (
        f"pelayanan SKCK di Polresta lambat, loket buka jam {time_()} padahal tertulis jam 08.00"
    ),
    lambda: (
        f"pohon tumbang di {pick(PUBLIC_STREETS)} sejak {date()} belum dipotong, menutup separuh jalan"
    ),
    lambda: f"anjing liar berkeliaran di sekitar {pick(SCHOOLS)}, sudah ada anak digigit",
    lambda: (
        f"asap pembakaran sampah di lahan kosong dekat {pick(HEALTH[:7])} masuk ke ruang tunggu"
    ),
    lambda: (
        f"tagihan PLN ID pelanggan {idpel()} naik jadi {rp(400000, 1200000, 500)} padahal pemakaian sama"
    ),
    lambda: (
        f"meteran air no sambungan {nosamb()} rusak sejak {date()}, tapi tagihan ditaksir {rp(150000, 350000)}"
    ),
]

PROBLEMS_KM = [
    lambda: (
        f"aer PDAM su sonde jalan dari hari {pick(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'])}, ma tagihan datang terus {rp(120000, 250000)}"
    ),
    lambda: (
        f"lampu jalan di {pick(PUBLIC_STREETS)} mati su dua bulan, malam gelap sonde ada yang urus"
    ),
    lambda: f"jalan di dekat {pick(LANDMARKS)} su ancor, lobang besar-besar, kalo ujan jadi kolam",
    lambda: (
        f"sampah di TPS pinggir {pick(MARKETS)} su bertumpuk, bau sampe katong sonde bisa makan"
    ),
    lambda: "oto sampah su dua minggu sonde lewat, ma uang sampah tiap bulan dong tagih terus",
    lambda: "listrik mati-mati tiap malam, PLN sonde kasi tau apa-apa",
    lambda: (
        f"di {pick(HEALTH[:7])} katong antri dari pagi, nomor {queue()}, sampe siang bolong baru dipanggil"
    ),
    lambda: (
        f"sekolah di {pick(SCHOOLS)} minta uang komite {rp(300000, 800000, 50000)}, katong orang susah dari mana ambil doi"
    ),
    lambda: (
        f"bemo {pick(ROUTES)} tarik ongkos {rp(5000, 7000, 1000)}, kalo sonde mau bayar dong suru turun"
    ),
    lambda: (
        f"pesta di ujung jalan putar musik sampe jam {R.randint(2, 5)} pagi, ana kici sonde bisa tidor"
    ),
    lambda: "KTP-el su enam bulan sonde jadi, tiap pi Dukcapil dong bilang blangko abis",
    lambda: "beras bantuan sonde sampe, dong bilang nama sonde ada di data",
    lambda: f"got di {pick(PUBLIC_STREETS)} tasumbat, aer kotor naik masuk jalan",
    lambda: (
        f"retribusi lapak di {pick(MARKETS)} naik jadi {rp(10000, 20000, 1000)}, sonde kasi karcis lai"
    ),
    lambda: f"anjing liar banyak di jalan ke {pick(SCHOOLS)}, ana-ana takut pi sekolah",
]


def cap1(s: str) -> str:
    return s[:1].upper() + s[1:]


def problem() -> str:
    return pick(PROBLEMS)()


def problem_km() -> str:
    return pick(PROBLEMS_KM)()


def caps(s: str) -> str:
    """Upper-case text outside the markers' kind tags."""
    out = []
    pos = 0
    for m in MARK.finditer(s):
        out.append(s[pos : m.start()].upper())
        out.append(f"[[{m.group(1)}:{m.group(2).upper()}]]")
        pos = m.end()
    out.append(s[pos:].upper())
    return "".join(out)


def lower(s: str) -> str:
    out = []
    pos = 0
    for m in MARK.finditer(s):
        out.append(s[pos : m.start()].lower())
        out.append(f"[[{m.group(1)}:{m.group(2).lower()}]]")
        pos = m.end()
    out.append(s[pos:].lower())
    return "".join(out)


def sms_abbr(s: str) -> str:
    for a, b in [
        ("SAYA ", "SY "),
        ("YANG ", "YG "),
        ("TIDAK ", "TDK "),
        ("SUDAH ", "SDH "),
        ("DENGAN ", "DGN "),
        ("KARENA ", "KRN "),
        ("TOLONG ", "TLG "),
        ("BELUM ", "BLM "),
        ("MOHON ", "MHN "),
    ]:
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- templates

TEMPLATES: dict[str, dict[bool, list]] = {}


def template(style: str, clean: bool = False):
    def register(fn):
        TEMPLATES.setdefault(style, {True: [], False: []})[clean].append(fn)
        return fn

    return register


def kel() -> str:
    return pick(KEL)


# ---- sms_caps: SMS to 1708, "KOTKUPANG <keluhan>"


def kot() -> str:
    return pick(
        ["KOTKUPANG ", "KOTKUPANG ", "KOTKUPANG ", "KOTKUPANG#", "KOTKUPANG  ", "kotkupang "]
    )


@template("sms_caps")
def s1():
    p = person()
    return kot() + sms_abbr(
        caps(
            f"saya {name(p)} warga {addr('rt')} kel {kel()}. {problem()}. mohon ditindaklanjuti. hp {phone()}"
        )
    )


@template("sms_caps")
def s2():
    p = person()
    return kot() + sms_abbr(
        caps(
            f"ktp-el saya belum jadi sudah {R.randint(2, 11)} bulan sejak rekam {date()}. nik {nik(p.female)} a.n {name(p)}. tolong dukcapil cek"
        )
    )


@template("sms_caps")
def s3():
    p = person(female=False)
    return kot() + sms_abbr(
        caps(
            f"motor saya {plate()} digembok petugas dishub di depan {pick(LANDMARKS)} padahal parkir di tempat resmi. bayar {rp(50000, 150000, 25000)} tanpa kwitansi. {name(p, 'first')}"
        )
    )


@template("sms_caps")
def s4():
    mom = person(female=True)
    return kot() + sms_abbr(
        caps(
            f"bansos pkh mama saya {name(mom)} belum cair {R.randint(2, 4)} tahap. no kk {kk()}. sudah lapor ke pendamping tapi tidak ada jawaban"
        )
    )


@template("sms_caps")
def s5():
    p = person()
    return kot() + sms_abbr(
        caps(
            f"rumah saya di {addr('street')} kel {kel()} kena banjir karena got ditutup beton oleh pemilik ruko sebelah. tolong pupr cek. {name(p)}"
        )
    )


@template("sms_caps")
def s6():
    kid = person()
    return kot() + sms_abbr(
        caps(
            f"kartu kis anak saya {name(kid, 'first')} tiba2 nonaktif, no kartu {bpjs()}. di {pick(HEALTH[:7])} disuruh bayar umum {rp(150000, 450000, 5000)}"
        )
    )


@template("sms_caps")
def s7():
    t = person()
    bank = pick(BANKS)
    return kot() + sms_abbr(
        caps(
            f"wali kelas di {pick(SCHOOLS)} suruh transfer uang study tour {rp(400000, 1500000, 50000)} ke rek {bank} {account(bank)} a.n {name(t)}, rekening pribadi bukan rekening sekolah. apa boleh?"
        )
    )


@template("sms_caps")
def s8():
    n = person(female=False)
    return kot() + sms_abbr(
        caps(
            f"tetangga saya {n.hon()} {name(n)} putar musik keras sampai jam {R.randint(2, 4)} pagi tiap malam. saya tinggal di {addr('full')}. hp {phone()}"
        )
    )


@template("sms_caps")
def s9():
    p = person()
    return kot() + sms_abbr(
        caps(
            f"lampu jalan depan rumah saya {addr('street')} mati sudah {R.randint(2, 6)} minggu. {name(p)} {phone()}"
        )
    )


@template("sms_caps")
def s10():
    p = person()
    return kot() + sms_abbr(
        caps(
            f"mau urus pbg rumah tapi diminta npwp. npwp saya {npwp()} sudah diinput tapi ditolak sistem. mohon bantuan. {name(p)}"
        )
    )


@template("sms_caps")
def s11():
    p = person()
    return kot() + sms_abbr(
        caps(
            f"berkas pindah datang sudah saya kirim ke email dukcapil tapi belum dibalas. balas ke {email_of(p)} atau wa {phone()}. terima kasih, {name(p)}"
        )
    )


@template("sms_caps")
def s12():
    p = person()
    o = person(female=False)
    return kot() + lower(
        f"sy {name(p)} dr {addr('rt')} kel {kel()}. mobil pick up {plate()} punya {o.hon()} {name(o, 'family')} buang sampah bangunan di kali tiap pagi. sdh tegur tp dia marah2"
    )


@template("sms_caps")
def s13():
    p = person(female=True)
    return kot() + sms_abbr(
        caps(
            f"anak saya {name(person(), 'first')} tidak diterima ppdb {pick(SCHOOLS)} padahal rumah kami {R.randint(200, 800)} m dari sekolah, di {addr('full')}. ibu {name(p)} {phone()}"
        )
    )


@template("sms_caps")
def s14():
    p = person(female=False)
    return kot() + sms_abbr(
        caps(
            f"sertifikat tanah bapak saya alm. {name(p)} sudah {R.randint(2, 5)} tahun di kantor pertanahan belum jadi. nik alm {nik(False)}. hub {phone()}"
        )
    )


@template("sms_caps")
def s15():
    return kot() + sms_abbr(
        caps(
            f"saya {name(person())} tinggal di {addr('full')}. {problem()}. tolong dicek. hp {phone()}"
        )
    )


@template("sms_caps", clean=True)
def sc1():
    return kot() + sms_abbr(
        caps(
            f"air pdam di kel {kel()} mati sejak {date()}. sudah telp hotline pdam {office_line()} tidak diangkat"
        )
    )


@template("sms_caps", clean=True)
def sc2():
    return kot() + sms_abbr(
        caps(
            f"jalan berlubang di {pick(PUBLIC_STREETS)} depan {pick(SCHOOLS + LANDMARKS)} sudah {R.randint(2, 9)} bulan. banyak motor jatuh. mohon segera diperbaiki"
        )
    )


@template("sms_caps", clean=True)
def sc3():
    return kot() + sms_abbr(
        caps(
            f"tagihan pln id pelanggan {idpel()} bulan ini {rp_caps(300000, 1200000)} padahal biasa {rp_caps(150000, 300000)}. tolong dicek meter saya"
        )
    )


@template("sms_caps", clean=True)
def sc4():
    return kot() + sms_abbr(
        caps(
            f"sampah di tps dekat {pick(MARKETS)} sudah {R.randint(4, 15)} hari tidak diangkut. bau sampai ke {pick(SCHOOLS)}"
        )
    )


@template("sms_caps", clean=True)
def sc5():
    return kot() + sms_abbr(
        caps(
            f"antrian di dukcapil dapat nomor {queue()} jam {time_()} baru dipanggil jam {time_()}. pelayanan sangat lambat"
        )
    )


@template("sms_caps", clean=True)
def sc6():
    return kot() + caps(
        f"terima kasih untuk petugas dlhk yg sdh angkut sampah di {pick(PUBLIC_STREETS)} tadi pagi. pertahankan"
    )


@template("sms_caps", clean=True)
def sc7():
    return kot() + sms_abbr(
        caps(
            f"laporan saya no {ticket()} tgl {date()} sudah {R.randint(2, 6)} minggu belum ada tanggapan"
        )
    )


@template("sms_caps", clean=True)
def sc8():
    return kot() + sms_abbr(
        caps(problem())
        + pick(
            [
                ". MOHON DITINDAKLANJUTI",
                ". TOLONG PAK WALI",
                ". KAMI SUDAH CAPEK LAPOR",
                "!!!",
                ". MHN RESPON",
            ]
        )
    )


@template("sms_caps", clean=True)
def sc9():
    return kot() + sms_abbr(
        caps(
            f"bayar pbb lewat {billing()} gagal tapi saldo terpotong {rp(150000, 900000)}. nop {nop()}"
        )
    )


@template("sms_caps", clean=True)
def sc10():
    a, b = R.randint(1, 20), R.randint(21, 40)
    return kot() + sms_abbr(
        caps(
            f"ketua rt {R.randint(1, 30):02d} bilang beras bansos sudah habis. warga rt {a:02d} sampai rt {b:02d} kel {kel()} belum dapat"
        )
    )


@template("sms_caps", clean=True)
def sc11():
    return kot() + sms_abbr(
        caps(
            f"token listrik {token()} tidak bisa masuk, kata meteran gagal. sudah telp pln 123 disuruh tunggu"
        )
    )


@template("sms_caps", clean=True)
def sc12():
    return kot() + sms_abbr(
        caps(
            f"bemo jurusan {pick(ROUTES)} tarik ongkos {rp(5000, 8000, 1000)} utk anak sekolah. tolong dishub tertibkan"
        )
    )


# ---- whatsapp: chats, chat exports, forwards, voice-note transcripts


class Clock:
    """Chat-export stamps: one writing per chat, minutes moving forward."""

    def __init__(self) -> None:
        self.d, self.m = R.randint(1, 28), R.randint(9, 12)
        self.minute = R.randint(6 * 60, 20 * 60)
        self.form = R.randint(0, 4)

    def __call__(self) -> str:
        self.minute += R.randint(1, 25)
        t = f"{self.minute // 60 % 24:02d}.{self.minute % 60:02d}"
        d, m = self.d, self.m
        return [
            f"[{d:02d}/{m:02d}/2026 {t}]",
            f"[{d:02d}/{m:02d}/26 {t}]",
            f"[{t}]",
            f"[{d} {MONTHS[m - 1]} 2026 {t}]",
            f"[{d:02d}-{m:02d}-2026 {t}]",
        ][self.form]


@template("whatsapp")
def w1():
    stamp = Clock()
    p = person()
    who = name(p, pick(["full", "full", "first"]), pick([None, None, "lower"]))
    office = pick(["Admin Kelurahan " + kel(), "Admin PDAM", "Call Center Kota", "Admin DLHK"])
    return "\n".join(
        [
            f"{stamp()} {who}: Selamat pagi, sy mau lapor. {cap1(problem())}",
            f"{stamp()} {office}: Selamat pagi. Mohon kirim nama lengkap, alamat dan nomor yg bisa dihubungi",
            f"{stamp()} {name(p, 'first', pick([None, 'lower']))}: {name(p)}, {addr('full')}, Kel. {kel()}, hp {phone()}",
            f"{stamp()} {office}: Terima kasih, laporan diteruskan ke petugas lapangan",
        ]
    )


@template("whatsapp")
def w2():
    kid = person()
    mom = person(female=True)
    return f"*Diteruskan*\nTOLONG BANTU SEBAR 🙏🙏\nAnak kami {name(kid, 'first')} ({R.randint(6, 14)} thn) belum pulang sejak kemarin sore, terakhir terlihat di sekitar {pick(MARKETS)}. Pakai baju seragam {pick(['merah putih', 'biru putih', 'pramuka'])}. Kalau ada yang lihat mohon hubungi {mom.hon(False)} {name(mom, 'first')} {phone()} atau {phone()}. Terima kasih banyak 🙏"


@template("whatsapp")
def w3():
    p = person(female=True)
    return f"[Pesan suara 0:{R.randint(20, 59)} — transkrip otomatis] iya halo selamat siang admin, ini dengan ibu {name(p, case='lower')} dari {addr(pick(['full', 'rt']), 'lower')} kelurahan {kel().lower()} mau lapor ee {problem()} jadi mohon bantu ee nanti bisa telpon saya di nomor ini saja {phone(pick(['block', 'space']))} terima kasih"


@template("whatsapp")
def w4():
    p = person()
    return f"Sy {name(p, 'first')} pak. Mau tanya knp nama sy tdk ada di DTKS padahal thn lalu ada. No KK sy {kk()}, NIK {nik(p.female)}. Sy tinggal di {addr('rt')} Kel. {kel()}"


@template("whatsapp")
def w5():
    stamp = Clock()
    lines = [
        f"{stamp()} mama: nona, aer su jalan ko?",
        f"{stamp()} {name(person(female=True), 'first', 'lower')}: blm ma, dari kemarin sonde jalan",
    ]
    q = person(female=False)
    lines.append(
        f"{stamp()} mama: coba telp om {name(q, 'first')} yg kerja di PDAM tu, nomor dia {phone()}"
    )
    lines.append(f"{stamp()} {name(person(), 'first', 'lower')}: sy su lapor di 1708 ju")
    return "\n".join(lines)


@template("whatsapp")
def w6():
    return f"Admin, tolong. Mobil pick up {plate()} buang sampah di kali dekat {pick(LANDMARKS)} tiap pagi jam 5. Sy ada videonya. Yg bawa orangnya tinggi, katanya namanya {name(person(female=False), pick(['first', 'full']))}."


@template("whatsapp")
def w7():
    p = person()
    return f"Ini data sy utk verifikasi pindah domisili ya kak:\nNama: {name(p)}\nNIK: {nik(p.female)}\nEmail: {email_of(p)}\nAlamat baru: {addr('full')}\nMakasih 🙏"


@template("whatsapp")
def w8():
    stamp = Clock()
    p = person(female=False)
    w = person(female=True)
    return "\n".join(
        [
            f"{stamp()} {name(p, 'full', pick([None, 'lower']))}: Pak admin, tiang listrik di depan rumah sy miring mau rebah. Rumah sy {addr('street')}",
            f"{stamp()} Admin PLN UP3 Kupang: Baik Bapak, sudah kami catat dgn nomor {ticket()}. Petugas akan ke lokasi",
            f"{stamp()} {name(p, 'first', pick([None, 'lower']))}: Kalau sy di kantor, hubungi istri sy {name(w, 'first')} di {phone()}",
        ]
    )


@template("whatsapp")
def w9():
    p = person()
    bank = pick(BANKS)
    return f"Slmt sore admin Dinsos. Dana BLT sy katanya sdh ditransfer tgl {date()} tp blm masuk ke rek {bank} sy {account(bank)} a.n. {name(p)}. Mohon dicek 🙏"


@template("whatsapp")
def w10():
    p = person(female=True)
    kid = person(female=R.random() < 0.5)
    return f"_Forwarded as received_\nSelamat malam bapak ibu. Saya {name(p)}, mama dari {name(kid, 'first')} kelas {R.randint(1, 6)} di {pick(SCHOOLS[:2] + SCHOOLS[9:11])}. Anak saya dipukul oleh guru {name(person(), pick(['first', 'full']))} pakai mistar sampai memar. Saya sudah lapor ke kepala sekolah tapi disuruh damai saja. Hp saya {phone()}"


@template("whatsapp")
def w11():
    p = person()
    return f"[Pesan suara 1:{R.randint(2, 40):02d}] selamat malam e pak ini beta {name(p, 'first', 'lower')} dari {addr('rt', 'lower')} ... itu pesta di tetangga pung rumah om {name(person(female=False), 'family', 'lower')} su dari jam sembilan sampe sekarang musik keras sekali, ana-ana sonde bisa tidor ... tolong polisi datang ko"


@template("whatsapp")
def w12():
    stamp = Clock()
    p = person()
    return f"{stamp()} {name(p, 'full', 'lower')}: tolong min, bpjs sy nonaktif pdhl bayar terus. no kartu {bpjs()} an {name(p)}\n{stamp()} Admin Dinkes: Mohon maaf, silakan hubungi BPJS Kesehatan di 165 atau datang ke kantor cabang"


@template("whatsapp", clean=True)
def wc1():
    stamp = Clock()
    return "\n".join(
        [
            f"{stamp()} mama: aer PDAM su jalan ko?",
            f"{stamp()} Admin PDAM: Selamat pagi. Mohon maaf, pengaliran di Kel. {kel()} terganggu karena pipa transmisi bocor di {pick(PUBLIC_STREETS)}. Perbaikan sedang berjalan",
            f"{stamp()} mama: ok makasih",
        ]
    )


@template("whatsapp", clean=True)
def wc2():
    return f"*INFO PEMADAMAN LISTRIK*\nHari/Tgl: {pick(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Sabtu'])}, {date()}\nJam: {trange()} WITA\nWilayah: Kel. {kel()}, Kel. {kel()}, sebagian {pick(PUBLIC_STREETS)}\nInfo lebih lanjut: PLN 123 atau WA center {office_mobile()}\n_Mohon maaf atas ketidaknyamanannya_"


@template("whatsapp", clean=True)
def wc3():
    s = pick(SCHOOLS)
    return f"Diteruskan dari grup ortu murid:\nPendaftaran PPDB {s} dibuka {drange()}. Berkas: KK, akta lahir, rapor. Info: WA center PPDB {office_mobile()} (jam kerja) atau email {pick(['ppdb.smpn5kupang@gmail.com', 'osis.sman3kupang@gmail.com', 'tu.sdinpresliliba@gmail.com', 'panitia.ppdb@kupangkota.go.id'])}"


@template("whatsapp", clean=True)
def wc4():
    return f"[Pesan suara 0:{R.randint(12, 40)}] selamat siang admin mau tanya truk sampah itu lewat hari apa saja di {pick(PUBLIC_STREETS).lower()} sebab sudah {R.randint(5, 12)} hari belum lewat terima kasih"


@template("whatsapp", clean=True)
def wc5():
    return f"Tagihan PDAM no sambungan {nosamb()} bulan {pick(MONTHS)} {rp(90000, 300000)}, jatuh tempo tgl 20. Bayar via {billing()}. Abaikan jika sudah bayar. _Pesan otomatis Perumda Air Minum Kota Kupang_"


@template("whatsapp", clean=True)
def wc6():
    stamp = Clock()
    return "\n".join(
        [
            f"{stamp()} grup warga: {cap1(problem())}",
            f"{stamp()} Admin Kelurahan {kel()}: Sudah kami teruskan ke {pick(OFFICES)}, nomor laporan {ticket()}",
            f"{stamp()} grup warga: Terima kasih pak 🙏",
        ]
    )


@template("whatsapp", clean=True)
def wc7():
    return f"⚠️ HATI-HATI PENIPUAN ⚠️\nAda yang mengaku petugas Dinas Sosial minta biaya pencairan bansos {rp(100000, 500000, 50000)}. Dinsos TIDAK PERNAH minta uang. Laporkan ke call center 112 atau WA pengaduan {office_mobile()}. Sebarkan!"


@template("whatsapp", clean=True)
def wc8():
    return f"Slmt pagi min, {problem()}. Lokasinya di {pick(PUBLIC_STREETS)} dekat {pick(LANDMARKS + SHOPS)}. Foto terlampir: IMG-2026{R.randint(9, 12):02d}{R.randint(1, 28):02d}-WA00{R.randint(10, 99)}.jpg"


@template("whatsapp", clean=True)
def wc9():
    stamp = Clock()
    return "\n".join(
        [
            f"{stamp()} Call Center Kota: Laporan Bapak/Ibu nomor {ticket()} sudah selesai ditindaklanjuti oleh {pick(OFFICES)} pada {date()}.",
            f"{stamp()} Call Center Kota: Mohon beri penilaian 1–5. Terima kasih",
        ]
    )


# ---- web_form: form submissions with identity blocks in many layouts

CATS = [
    "Infrastruktur",
    "Air Bersih",
    "Kebersihan",
    "Kesehatan",
    "Pendidikan",
    "Administrasi Kependudukan",
    "Bantuan Sosial",
    "Ketertiban Umum",
    "Perhubungan",
    "Pertanahan",
    "Listrik",
]


@template("web_form")
def f1():
    p = person()
    return f"Nama Lengkap : {name(p)}\nNIK : {nik(p.female)}\nNo. HP/WA : {phone()}\nEmail : {email_of(p)}\nAlamat : {addr('full')}, Kel. {kel()}, Kec. {pick(KEC)}\nKategori : {pick(CATS)}\nIsi Laporan : {cap1(problem())}. Mohon ditindaklanjuti."


@template("web_form")
def f2():
    p = person()
    return f"nama: {name(p, case='lower')} | nik: {nik(p.female, 'block')} | hp: {phone()} | kategori: {pick(CATS).lower()} | laporan: {problem()}"


@template("web_form")
def f3():
    p = person()
    return f"PELAPOR\n  Nama        : {name(p, case='upper')}\n  No. KK      : {kk()}\n  Telp. Rumah : {landline()}\n  Alamat      : {addr('full', 'upper')}\nURAIAN\n  {cap1(problem())}."


@template("web_form")
def f4():
    p = person()
    return f"Identitas Pelapor\n- Nama: {p.hon()} {name(p)}\n- NPWP: {npwp()}\n- HP: {phone()}\nJenis layanan: Pajak Daerah (PBB-P2)\nNOP: {nop()}\nKeluhan: SPPT tahun ini tertulis atas nama orang lain, padahal tanah ini sudah balik nama sejak {R.randint(2015, 2023)}. Mohon perbaikan data."


@template("web_form")
def f5():
    p = person()
    k = person()
    kid = P(k.given, p.family, k.female)
    return f"Nama orang tua/wali: {name(p)}\nNIK: {nik(p.female)}\nNama anak: {name(kid)}\nSekolah tujuan: {pick(SCHOOLS)}\nNo. WA: {phone()}\nMasalah: Pendaftaran PPDB jalur zonasi ditolak dengan alasan alamat di KK tidak cocok, padahal kami tinggal di {addr('full')} sejak {R.randint(2010, 2022)}."


@template("web_form")
def f6():
    p = person()
    return f"[Form Pengaduan Online]\nNama*: {name(p)}\nNo. Kartu JKN-KIS: {bpjs()}\nFaskes: {pick(HEALTH[:7])}\nTelepon*: {phone()}\nPesan*: Saya ditolak berobat karena katanya kartu tidak aktif, padahal iuran dibayar pemerintah. Tanggal kejadian {date()} jam {time_()}."


@template("web_form")
def f7():
    p = person()
    bank = pick(BANKS)
    return f"Nama Pemohon    : {name(p, case=pick([None, 'upper']))}\nNIK             : {nik(p.female)}\nBank Penerima   : {bank}\nNo. Rekening    : {account(bank)}\nAtas Nama       : {name(p, case=pick([None, 'upper']))}\nKeterangan      : Bantuan UMKM tahap {R.randint(1, 3)} belum masuk ke rekening saya, padahal nama tercantum di SK {letter_no()}."


@template("web_form")
def f8():
    p = person()
    return f"nama = {name(p)}; alamat = {addr('street')}, {kel()}; telepon = {phone()}; kendaraan = {plate()}; laporan = Kendaraan saya ditilang di {pick(PUBLIC_STREETS)} tanpa surat tilang, petugas minta {rp(100000, 300000, 50000)} di tempat."


@template("web_form")
def f9():
    p = person()
    n = person()
    return f"Nama: {name(p)}\nAlamat: {addr('rt')}, Kel. {kel()}\nKontak: {phone()} / {email_of(p, dodge=R.random() < 0.3)}\nLaporan: Batas tanah saya dengan tanah {n.hon()} {name(n)} digeser waktu pengukuran ulang oleh petugas BPN tanggal {date()}. Saya minta pengukuran ulang disaksikan RT."


@template("web_form")
def f10():
    p = person()
    return f"Data Pelapor:\n{name(p)} / {nik(p.female, 'four')} / {phone()}\n{addr('full')}, Kel. {kel()}\n\nDetail: {cap1(problem())}."


@template("web_form")
def f11():
    p = person(female=True)
    h = person(female=False)
    return f"Nama : {name(p)}\nHubungan dengan pelapor : diri sendiri\nNo. HP : {phone()}\nNama suami : {name(h)}\nNPWP suami : {npwp()}\nIsi : Pengajuan IMB/PBG rumah kami di {addr('street')} ditolak karena NPWP suami katanya tidak valid. Padahal sudah padan dengan NIK."


@template("web_form")
def f12():
    p = person()
    return f"Nama: {name(p)}\nE-mail: {email_of(p)}\nNo. telp: {phone()}\nJudul: Lapak dibongkar tanpa pemberitahuan\nIsi: Lapak saya di {pick(MARKETS)} dibongkar Satpol PP tanggal {date()}, barang dagangan senilai {rp(1000000, 5000000, 100000)} hilang. Saya sudah bayar retribusi rutin."


@template("web_form", clean=True)
def fc1():
    return f"Nama : (dirahasiakan)\nNIK : -\nNo. HP : -\nKategori : {pick(CATS)}\nLokasi : {pick(PUBLIC_STREETS)}, depan {pick(LANDMARKS + SCHOOLS)}\nIsi Laporan : {cap1(problem())}.\nLampiran : {img()}"


@template("web_form", clean=True)
def fc2():
    return f"Nama Pelapor: Anonim\nKategori: {pick(CATS)}\nIsi: {cap1(problem())}. Saya sudah lapor lewat call center 112 dan hotline dinas {office_line()} tapi belum ada tindakan.\nNomor tiket sebelumnya: {ticket()}"


@template("web_form", clean=True)
def fc3():
    return f"Jenis: Saran\nUnit tujuan: {pick(OFFICES)}\nIsi: Mohon jam layanan loket ditambah, Senin–Jumat 08.00–15.00 terlalu singkat. Banyak warga antre dari jam {time_()}. Terima kasih.\nKontak balasan: lewat akun LAPOR (tanpa identitas)"


@template("web_form", clean=True)
def fc4():
    return f"Kategori: Pajak Daerah\nNOP: {nop()}\nKode billing: {R.randint(10**14, 10**15 - 1)}\nKeluhan: Pembayaran PBB melalui bank tanggal {date()} sebesar {rp(100000, 900000)} sudah berhasil tapi status di aplikasi masih belum lunas."


@template("web_form", clean=True)
def fc5():
    return f"Pelapor: tidak bersedia disebutkan\nLokasi kejadian: {pick(HEALTH)}\nWaktu: {date()} pukul {time_()}\nUraian: {cap1(problem())}.\nHarapan: ditindak tegas."


@template("web_form", clean=True)
def fc6():
    return f"ID Pelanggan PLN: {idpel()}\nNo. Meter: {meter()}\nDaya: {pick(['900', '1300', '2200'])} VA\nKeluhan: Token {token()} ditolak meter (kode gagal). Sudah hubungi PLN 123, nomor pengaduan {ticket()}."


# ---- kupang_malay


@template("kupang_malay")
def k1():
    p = person()
    return f"Selamat pagi bapa ibu. Beta pung nama {name(p, 'first')}, tenga di {addr(pick(['rt', 'full']))} Kel. {kel()}. {cap1(problem_km())}. Tolong ko bantu katong. Nomor beta {phone()}."


@template("kupang_malay")
def k2():
    o = person(female=False)
    return f"Om {name(o, 'first')} yang jual aer tangki di katong pung kompleks su kasi naik harga jadi {rp(150000, 250000, 10000)} satu tangki. Dong bilang PDAM sonde jalan jadi dia bebas pasang harga. Beta tenga di {addr('street')}, nomor {phone()}."


@template("kupang_malay")
def k3():
    a = person()
    return f"Pak lurah, beta mau lapor. Rumah keluarga {name(a, 'family')} di {addr('full')} pung anjing su gigit dua ana kici minggu ini. Dong sonde mau ika anjing. Beta {name(person(), 'first')}."


@template("kupang_malay")
def k4():
    p = person(female=True)
    kid = person()
    return f"Beta {name(p)}, mama dari {name(kid, 'first')}. Beta pung ana dong panggil dia {name(person(), 'first')} di sekolah, dia su dua minggu sonde masuk karena sonde punya seragam. Sekolah minta bayar {rp(350000, 650000, 50000)}. Beta sonde ada doi. Tolong ko. HP {phone()}."


@template("kupang_malay")
def k5():
    p = person()
    return f"Beta pung KTP su ilang waktu pi pasar. NIK beta {nik(p.female)}, nama {name(p)}. Sapa yang dapa tolong kasi pulang ko hubungi {phone()}. Beta tenga di {addr('rt')} {kel()}."


@template("kupang_malay")
def k6():
    p = person(female=False)
    return f"Dong pung oto {plate()} parkir di muka beta pung rumah tiap malam sampe jalan tatutup, ambulans sonde bisa maso. Yang pung oto tu {p.hon(False)} {name(p, pick(['first', 'full']))}. Beta su tegor ma dia marah balik."


@template("kupang_malay")
def k7():
    p = person()
    return f"Sore bapa. Beta {name(p, 'first', 'lower')} dari {addr('rt', 'lower')} mau tanya, beta pung kartu KIS nomor {bpjs()} kenapa sonde bisa pake di puskesmas? Dong bilang sonde aktif. Padahal beta orang sonde mampu."


@template("kupang_malay")
def k8():
    a, b = person(), person()
    return f"Ada sengketa tanah antara keluarga {name(a, 'family')} deng keluarga {name(b, 'family')} di belakang katong pung kampung, dong baku pukul kemarin sore. Tolong polisi deng pak lurah datang ko sebelum ada yang mati."


@template("kupang_malay")
def k9():
    p = person()
    bank = pick(BANKS)
    return f"Beta su transfer doi {rp(500000, 2000000, 50000)} ke rekening {bank} {account(bank)} a.n. {name(person())}, dia bilang bisa urus KTP deng KK cepat. Sampe sekarang sonde ada kabar, nomor dia su sonde aktif. Beta {name(p, 'first')}, HP {phone()}."


@template("kupang_malay")
def k10():
    p = person(female=True)
    return f"Salam. Beta {name(p)} tenga di {addr('street')}. Katong pung sumur su kering, aer PDAM sonde jalan dari bulan lalu. Tetangga {name(person(female=True), 'first')} deng dia pung ana-ana su mulai saki perut. Mohon pak wali perhatikan."


def misspell(p: P) -> str:
    fam = p.family
    for a, b in (
        ("oe", "u"),
        ("ss", "s"),
        ("dj", "j"),
        ("nn", "n"),
        ("Dj", "J"),
        ("ph", "f"),
        ("e", "i"),
        ("a", "e"),
        ("o", "u"),
    ):
        if a in fam:
            return f"{p.given} {fam.replace(a, b, 1)}"
    return f"{p.given} {fam}h"


@template("kupang_malay")
def k11():
    p = person()
    return f"Kaka admin, beta pung No KK {kk()}. Nama beta di KK tatulis {mk('name', misspell(p))} padahal beta pung nama yang bener {name(p)}. Beta su urus dua kali di Dukcapil ma sonde jadi-jadi."


@template("kupang_malay", clean=True)
def kc1():
    return f"Pak lurah, {problem_km()}. Katong su lapor dari taon lalu ma sonde ada yang datang. Kasian ana skolah dong."


@template("kupang_malay", clean=True)
def kc2():
    return f"Bapa-mama dong, info: {pick(['oto sampah', 'truk tangki PDAM', 'petugas PLN'])} nanti datang hari {pick(['Senin', 'Rabu', 'Jumat', 'Sabtu'])} jam {time_()}. Jang lupa kasi kaluar sampah di pinggir jalan e. Terima kasih."


@template("kupang_malay", clean=True)
def kc3():
    return f"{cap1(problem_km())}. Beta su telpon ke kantor dong pung nomor {office_line()} ma sonde ada yang angkat. Ini pemerintah kerja ko sonde?"


@template("kupang_malay", clean=True)
def kc4():
    return f"Tanya sa, kalo mau urus akta lahir ana su lewat setaun, bayar ko sonde? Dong di kantor bilang {rp(50000, 150000, 25000)}. Ada kwitansi nomor {R.randint(1000, 9999)}/{pick(['DKCS', 'KEL'])}/2026."


@template("kupang_malay", clean=True)
def kc5():
    return f"Mantap e, jalan di {pick(PUBLIC_STREETS)} su diaspal bagus. Terima kasih banyak pak wali deng dinas PUPR. Sekarang tinggal lampu jalan sa yang masi mati."


@template("kupang_malay", clean=True)
def kc6():
    return f"Kenapa di {pick(MARKETS)} sekarang bayar parkir {rp(3000, 5000, 1000)} padahal dulu {rp(1000, 2000, 1000)}? Tukang parkir sonde kasi karcis. Sapa yang terima doi tu?"


# ---- letter: formal letters and e-mails, signatures, cc lines

DEGREES = ["S.Pd.", "S.Sos", "S.H.", "S.E.", "S.Kep., Ns.", "S.T.", "M.Si.", "A.Md."]


@template("letter")
def l1():
    p = person()
    return f"Kepada Yth.\nKepala {pick(OFFICES)}\ndi Kupang\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama   : {name(p)}\nNIK    : {nik(p.female)}\nAlamat : {addr('full')}, Kel. {kel()}\nNo. HP : {phone()}\n\ndengan ini menyampaikan keluhan bahwa {problem()}. Demikian surat ini saya buat, atas perhatiannya saya ucapkan terima kasih.\n\nKupang, {date()}\nHormat saya,\n\n{name(p)}\n\nTembusan:\n1. Wali Kota Kupang\n2. Ombudsman RI Perwakilan NTT"


@template("letter")
def l2():
    p = person()
    cc = person()
    me = email_of(p)
    return f"From: {name(p)} <{me}>\nTo: pengaduan@kupangkota.go.id\nCc: {name(cc)} <{email_of(cc)}>\nSubject: Keluhan pelayanan {pick(['Dukcapil', 'PDAM', 'Puskesmas', 'Dinas Sosial'])}\n\nYth. Admin,\n\n{cap1(problem())}. Mohon penjelasan.\n\nSalam,\n{name(p, 'first')}\n{phone()}"


@template("letter")
def l3():
    p = person()
    deg = pick(DEGREES)
    return f"Perihal: Permohonan perbaikan data NPWP\n\nYth. Kepala Bapenda Kota Kupang,\n\nSaya {p.hon()} {name(p)}, {deg}, guru honor di {pick(SCHOOLS)}, memohon perbaikan data pajak saya. NPWP saya {npwp()} tercatat dengan alamat lama, sedangkan alamat saya sekarang {addr('full')}.\n\nHormat saya,\nttd\n{name(p)}, {deg}"


@template("letter")
def l4():
    chair = person()
    sec = person()
    return f"SURAT TERBUKA WARGA\n\nKami warga Kel. {kel()} menyampaikan keluhan warga RT {R.randint(1, 9):02d} sampai RT {R.randint(10, 30)} bahwa {problem()}. Kami sudah menyampaikan hal ini sejak {date()}.\n\nAtas nama warga,\n\n{name(chair)}\n(Koordinator)\nHP {phone()}\n\n{name(sec)}\n(Sekretaris)"


@template("letter")
def l5():
    o = person()
    me = person()
    return f"Yth. Kapolresta Kupang Kota\n\nDengan hormat, saya {name(me)}, tinggal di {addr('full')}, melaporkan kehilangan sepeda motor {pick(['Honda Beat', 'Yamaha Mio', 'Honda Vario', 'Suzuki Satria'])} warna {pick(['hitam', 'merah', 'putih', 'biru'])} dengan nomor polisi {plate()} pada {date()} di parkiran {pick(MARKETS + LANDMARKS)}. STNK atas nama {name(o)} (kakak saya).\n\nHormat saya,\n{name(me)}"


@template("letter")
def l6():
    p = person()
    cc = person()
    return f"Kepada Yth. Direktur Perumda Air Minum Kota Kupang\n\nSaya, {name(p)}, pelanggan dengan nomor sambungan {nosamb()}, beralamat di {addr('street')}, mengajukan keberatan atas tagihan bulan {pick(MONTHS)} sebesar {rp(400000, 1500000)}. Meteran di rumah kami sudah rusak sejak {date()}.\n\nHormat saya,\n{name(p)}\n\ncc: {cc.hon()} {name(cc)} (Ketua RT {R.randint(1, 30):02d})"


@template("letter")
def l7():
    p = person()
    return f"Dari: {name(p, 'family')}, {name(p, 'first')} <{email_of(p)}>\nKepada: dinsos.kotakupang@gmail.com\nPerihal: Bantuan PKH\n\nSelamat siang. Nama ibu saya, {name(person(female=True))}, dicoret dari penerima PKH tanpa pemberitahuan. No. KK kami {kk()}. Mohon penjelasan.\n\nTerima kasih,\n{name(p)}"


@template("letter")
def l8():
    p = person()
    deg = pick(DEGREES)
    bank = pick(["Bank NTT", "BRI"])
    return f"Kupang, {date()}\n\nNomor  : -\nLamp.  : 1 berkas\nHal    : Keberatan pemotongan dana BOS\n\nYth. Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang\n\nSaya {name(p)}, {deg}, guru di {pick(SCHOOLS)}, keberatan karena honor saya dipotong {rp(200000, 600000, 50000)} setiap bulan tanpa dasar. Honor dibayar ke rekening {bank} saya {account(bank)}.\n\nHormat saya,\n\n{name(p, case='upper')}, {deg}\nEmail dinas: {mk('email', p.given.split()[-1].lower().replace('.', '') + '.' + p.family.lower().replace(' ', '') + '@kupangkota.go.id')}"


@template("letter")
def l9():
    p = person()
    w = person()
    return f'To: humas@kupangkota.go.id\nCc: "{name(w)}" <{email_of(w)}>\nSubject: Fwd: Keluhan jalan rusak\n\n---------- Forwarded message ---------\nDari: {name(p)} <{email_of(p, dodge=R.random() < 0.4)}>\n\n{cap1(problem())}. Foto saya lampirkan.\n\n--\n{name(p)}\n{phone()}'


@template("letter", clean=True)
def lc1():
    return f"Nomor : {letter_no()}\nLampiran : -\nPerihal : Tanggapan atas pengaduan {ticket()}\n\nYth. Pelapor\ndi tempat\n\nMenindaklanjuti pengaduan Saudara tanggal {date()} mengenai {problem()}, bersama ini kami sampaikan bahwa perbaikan telah dijadwalkan pada minggu ketiga bulan ini.\n\nDemikian untuk dimaklumi.\n\nKepala {pick(OFFICES)}\n\nTembusan:\n1. Wali Kota Kupang (sebagai laporan)\n2. Inspektur Kota Kupang"


@template("letter", clean=True)
def lc2():
    return f"Kepada Yth. Wali Kota Kupang\n\nDengan hormat,\nKami pengurus Forum Warga Peduli Kota menyampaikan keluhan warga RT {R.randint(1, 9):02d} dan RT {R.randint(10, 29)} Kel. {kel()} bahwa {problem()}.\n\nHormat kami,\nPengurus Forum Warga Peduli Kota\nSekretariat: {pick(PUBLIC_STREETS)}\n\nTembusan: Ketua DPRD Kota Kupang"


@template("letter", clean=True)
def lc3():
    off = pick(OFFICES)
    return f"From: {off} <{office_mail()}>\nTo: noreply@lapor.go.id\nSubject: Re: Laporan {ticket()}\n\nTerima kasih atas laporan Anda. Laporan telah diverifikasi dan diteruskan ke bidang terkait. Informasi lebih lanjut: {office_line()} (jam kerja, Senin–Jumat 08.00–16.00).\n\nSalam,\nTim Pengaduan\n{off}"


@template("letter", clean=True)
def lc4():
    return f"KOP: {pick(OFFICES).upper()}\nJl. Timor Raya Km. {R.randint(2, 9)}, Kupang — Telp. {office_line()}\n\nPENGUMUMAN\nNomor: {letter_no()}\n\nSehubungan dengan {pick(['perbaikan pipa transmisi', 'pemeliharaan gardu', 'pengaspalan jalan', 'pembersihan saluran'])} di {pick(PUBLIC_STREETS)}, layanan di Kel. {kel()} terganggu pada {date()} pukul {trange()} WITA. Kami mohon maaf atas ketidaknyamanan ini.\n\nKepala Dinas"


@template("letter", clean=True)
def lc5():
    return f"Yth. Kepala {pick(SCHOOLS)}\n\nKami Komite Sekolah menyampaikan keberatan orang tua murid atas pungutan {rp(250000, 800000, 50000)} per siswa untuk {pick(['pagar', 'wisuda', 'study tour', 'les tambahan'])}. Mohon rapat terbuka.\n\nHormat kami,\nKomite Sekolah\nemail: komite.{pick(['smpn5', 'sman3', 'sdinpres2'])}kupang@gmail.com"


# ---- social: posts and comments

TAGS = ["#KupangKotaKasih", "#LaporPakWali", "#Kupang", "#NTT", "#PelayananPublik", "#1708"]
HANDLES = [
    "@pemkotkupang",
    "@humaskotakupang",
    "@pdamkotakupang",
    "@pln_ntt",
    "@dukcapilkotakupang",
    "@ombudsmanntt",
    "@polrestakupangkota",
]


@template("social")
def so1():
    return f"Yang punya motor {plate()} tolong jangan parkir di trotoar {pick(PUBLIC_STREETS)} setiap pagi, anak sekolah terpaksa jalan di badan jalan 😡 {pick(HANDLES)} {pick(TAGS)}"


@template("social")
def so2():
    p = person()
    return f"DICARI!! Dompet hilang di sekitar {pick(MARKETS + LANDMARKS)} tadi siang. Isi KTP a.n. {name(p, case='upper')}, kartu BPJS, ATM {pick(['BRI', 'BNI', 'Bank NTT'])}. Yang menemukan mohon hubungi {phone()}. Ada imbalan 🙏"


@template("social")
def so3():
    p = person()
    return f"Saya {name(p)} dari {addr('rt')} Kel. {kel()}. {cap1(problem())}. Sudah 3x lapor 1708 belum ada hasil. {pick(HANDLES)} tolong respon {pick(TAGS)}"


@template("social")
def so4():
    c1, c2 = person(), person()
    return f"{name(c1, pick(['full', 'first']), pick([None, 'lower']))}: Di tempat kami juga sama kaka, air su 2 minggu sonde jalan\n↳ {name(c2, pick(['full', 'first']), pick([None, 'lower']))}: Sama, di {kel()} juga. Lapor sa ke 1708\n↳ {pick(HANDLES)}: Mohon maaf atas gangguan ini, mohon DM nomor sambungan"


@template("social")
def so5():
    o = person(female=True)
    return f"Pelayanan di loket Dukcapil hari ini luar biasa 👏 terima kasih ibu {name(o, 'first')} yang sabar bantu mama saya yang sudah tua. Semoga semua petugas begitu {pick(TAGS)}"


@template("social")
def so6():
    o = person(female=False)
    return f"Oknum petugas parkir di depan {pick(MARKETS)} atas nama {name(o)} (pakai rompi oranye) minta {rp(5000, 10000, 1000)} untuk motor. Saya rekam videonya. {pick(HANDLES)} mohon ditertibkan"


@template("social")
def so7():
    p = person(female=True)
    return f"Tolong share. Mama {name(p, 'first')} tinggal sendiri di {addr('street')}, rumahnya roboh kena angin kencang semalam. Belum ada bantuan dari kelurahan. Kalau mau bantu bisa hubungi anaknya {name(person(), 'first')} {phone()}"


@template("social")
def so8():
    p = person()
    return f"{name(p, 'full', 'lower')} · {R.randint(1, 23)} j\nJual beli kuota bansos di kelurahan kami sudah jadi rahasia umum. Nama yang sudah meninggal masih dapat, yang hidup tidak dapat. {pick(TAGS)}"


@template("social", clean=True)
def soc1():
    return f"{cap1(problem())} 😤 {pick(HANDLES)} {pick(TAGS)}"


@template("social", clean=True)
def soc2():
    return f"Terima kasih {pick(HANDLES)} jalan di {pick(PUBLIC_STREETS)} sudah mulus. Sekarang tinggal drainase di depan {pick(SCHOOLS + LANDMARKS)} 🙏 {pick(TAGS)}"


@template("social", clean=True)
def soc3():
    return f"Info dari {pick(HANDLES)}: layanan Dukcapil keliling hari {pick(['Sabtu', 'Minggu'])} {date()} di {pick(LANDMARKS)}, jam {trange()}. Bawa KK asli. Pengaduan: WA {office_mobile()}"


@template("social", clean=True)
def soc4():
    return f"Komentar:\n- Betul kaka, di {kel()} juga begitu\n- Sabar sa, nanti juga dong perbaiki 😂\n- Su lapor 1708 ko belum?\n- Sonde ada yang urus, pemerintah tidor"


@template("social", clean=True)
def soc5():
    return f"Indah sekali sunset di {pick(['Pantai Lasiana', 'Kupang Bay', 'Pantai Pasir Panjang'])} sore ini, tapi sampah plastik di pantai banyak sekali. Damai di hati, sedih di mata. {pick(HANDLES)} {pick(TAGS)}"


@template("social", clean=True)
def soc6():
    return f"Ada yang tahu nomor pengaduan PDAM? Yang {office_line()} tidak aktif. Tagihan saya {rp(200000, 700000)} padahal air jalan 2 hari seminggu. {pick(TAGS)}"


@template("social", clean=True)
def soc7():
    return f"RT @{pick(['warga_kupang', 'infokupang', 'kupang_update', 'ntt_terkini'])}: {cap1(problem())}. Video di reply 👇"


# ---- officer_note: a complaint officer's note of a phone call or a visit


def officer() -> P:
    return person()


@template("officer_note")
def o1():
    p, off = person(), officer()
    return f"Catatan telepon {date()} {time_()} WITA.\nPelapor: {p.hon()} {name(p)} ({phone()}), warga {addr('rt')}, Kel. {kel()}.\nMelaporkan {problem()}.\nTindak lanjut: diteruskan ke {pick(OFFICES)}.\nPetugas: {name(off)}"


@template("officer_note")
def o2():
    p, n, off = person(female=True), person(female=False), officer()
    return f"Kunjungan langsung ke loket pengaduan, {date()}.\n{p.hon()} {name(p)} datang mengadukan tetangganya, {n.hon()} {name(n)}, yang membangun pagar melewati batas tanah dan menutup saluran air di depan rumah pelapor di {addr('full')}. Pelapor membawa fotokopi KTP (NIK {nik(True)}).\nDisarankan mediasi di kelurahan. Dicatat oleh {name(off, 'first')}."


@template("officer_note")
def o3():
    p, off = person(), officer()
    return f"Tgl {date()} jam {time_()} — telp masuk dari {name(p)} (HP {phone()}). Mengeluh kartu BPJS anaknya {name(person(), 'first')} no. {bpjs()} tidak bisa dipakai di {pick(HEALTH)}. Sudah dihubungkan ke petugas BPJS di RSUD. — {name(off)}"


@template("officer_note")
def o4():
    p, off = person(), officer()
    return f"NOTA DINAS INTERNAL\nPelapor datang pukul {time_()}: {name(p, case='upper')}, {addr('full', 'upper')}.\nNo. KK: {kk()}\nMasalah: nama anak kedua tidak tercantum di KK setelah perubahan data.\nStatus: diteruskan ke Bidang Dafduk. Petugas jaga: {off.hon()} {name(off)}"


@template("officer_note")
def o5():
    p, off = person(female=False), officer()
    return f"Penelepon {name(p, 'first')} (tidak mau menyebut nama lengkap), nomor tampil {phone()}. Melaporkan truk {plate()} milik perusahaan galian C membuang tanah di {pick(PUBLIC_STREETS)} setiap malam sekitar jam {time_()}. Diteruskan ke Satpol PP dan Dinas LH. Penerima: {name(off)}"


@template("officer_note")
def o6():
    p, off = person(), officer()
    bank = pick(BANKS)
    return f"Catatan: {p.hon()} {name(p)} menelepon {time_()}, mengaku ditipu oknum yang menjanjikan kelulusan PPPK. Sudah transfer {rp(5000000, 30000000, 500000)} ke rek. {bank} {account(bank)} a.n. {name(person())}. Disarankan lapor ke Polresta. Nomor pelapor {phone()}. Ptgs: {name(off, 'first')}"


@template("officer_note")
def o7():
    p, off = person(), officer()
    lurah = person()
    return f"Kunjungan lapangan {date()}, Kel. {kel()}.\nBertemu pelapor {name(p)} di rumahnya, {addr('full')}. Genangan air akibat drainase tersumbat sudah masuk ke dapur. Lurah {name(lurah, 'first')} hadir dan berjanji kerja bakti hari Sabtu.\nFoto: {img()}\nPetugas: {name(off)}, {pick(DEGREES)}"


@template("officer_note")
def o8():
    p, off = person(), officer()
    return f"Call center 1708 — {date()}\nPelapor: Sdr. {name(p)}, email {email_of(p, dodge=R.random() < 0.3)}, HP {phone()}.\nIsi: {problem()}.\nKlasifikasi: {pick(CATS)}. Prioritas sedang.\nOperator: {name(off, 'first')}"


@template("officer_note")
def o9():
    p, off = person(female=False), officer()
    return f"Catatan kunjungan: {p.hon()} {name(p)}, pemilik usaha perorangan (bengkel las) di {addr('street')} datang menanyakan tunggakan pajak reklame. NPWP pribadi beliau {npwp()}. Sudah dijelaskan prosedur keberatan. — {name(off)}"


@template("officer_note", clean=True)
def oc1():
    return f"Catatan telepon {date()} {time_()}.\nPenelepon tidak bersedia menyebut nama. Melaporkan {problem()}.\nLokasi: {pick(PUBLIC_STREETS)} depan {pick(SCHOOLS + LANDMARKS)}.\nDiteruskan ke {pick(OFFICES)} via surat {letter_no()}. Status: menunggu."


@template("officer_note", clean=True)
def oc2():
    return f"Rekap shift pagi {date()}: {R.randint(8, 30)} panggilan masuk, {R.randint(2, 9)} soal air, {R.randint(1, 6)} soal sampah, {R.randint(1, 5)} soal lampu jalan. Tiket {ticket()} s/d {ticket()} sudah diteruskan. Hotline PDAM {office_line()} sibuk sepanjang pagi."


@template("officer_note", clean=True)
def oc3():
    return f"Laporan {ticket()} ditutup {date()}: {pick(OFFICES)} menyatakan perbaikan selesai. Konfirmasi ke pelapor lewat SMS 1708 — tidak ada balasan dalam 3 x 24 jam, laporan dianggap selesai."


@template("officer_note", clean=True)
def oc4():
    return f"Kunjungan lapangan {date()} bersama Ketua RT {R.randint(1, 30):02d} dan staf kelurahan {kel()}: {problem()}. Warga RT {R.randint(1, 30):02d} minta perbaikan sebelum musim hujan. Petugas: tim reaksi cepat shift 2."


@template("officer_note", clean=True)
def oc5():
    return f"Telp dari petugas {pick(HEALTH[:7])}, nomor kantor {office_line()}: stok vaksin tersedia lagi mulai {date()}. Mohon info diteruskan ke kanal informasi kota."


# ---- mixed: Unicode oddities, scanned forms, lists and tables

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(marked: str) -> str:
    m = MARK.fullmatch(marked)
    assert m
    return mk(m.group(1), m.group(2).translate(FW))


def spaced(marked: str, sep: str) -> str:
    m = MARK.fullmatch(marked)
    assert m
    return mk(m.group(1), m.group(2).replace(" ", sep))


def zw(marked: str) -> str:
    m = MARK.fullmatch(marked)
    assert m
    v = m.group(2)
    i = R.randint(3, len(v) - 3)
    return mk(m.group(1), v[:i] + ZWSP + v[i:])


def ocr(digits: str) -> str:
    table = {"0": "O", "1": "l", "5": "S", "8": "B"}
    out = list(digits)
    for i in R.sample(range(1, len(out)), 2):
        out[i] = table.get(out[i], out[i])
    return "".join(out)


@template("mixed")
def m1():
    p = person()
    return f"Nama{NBSP}: {name(p)}\nNIK{NBSP}: {fullwidth(nik(p.female, 'block'))}\nHP{NBSP}: {fullwidth(phone('block'))}\nKeluhan: {cap1(problem())}"


@template("mixed")
def m2():
    p = person()
    d = nik_digits(p.female)
    born = (
        f"{int(d[6:8]) % 40:02d}-{d[8:10]}-19{d[10:12]}"
        if int(d[10:12]) > 40
        else f"{int(d[6:8]) % 40:02d}-{d[8:10]}-20{d[10:12]}"
    )
    rt, rw = R.randint(1, 40), R.randint(1, 12)
    nm = p.full.upper()
    return f"PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNlK : {mk('nik', ocr(d))}\nN a m a : {mk('name', nm)}Tempat/Tgl Lahir : KUPANG, {born}\nJenis Kelamin : {'PEREMPUAN' if p.female else 'LAKI-LAKI'}\nAlamat : {mk('address', home_street().upper())}\n{mk('address', f'RT/RW : {rt:03d}/{rw:03d}')}\nKel/Desa : {kel().upper()}\nKecamatan : {pick(KEC).upper()}"


@template("mixed")
def m3():
    head = kk_digits()
    fam = pick(FAMILY["timor"] + FAMILY["rote"] + FAMILY["sabu"])
    rows = []
    girl = R.random() < 0.5
    members = [
        (pick(GIVEN["timor"][0]), False, "KEPALA KELUARGA"),
        (pick(GIVEN["rote"][1]), True, "ISTRI"),
        (pick(GIVEN["flores"][1 if girl else 0]), girl, "ANAK"),
    ]
    for i, (g, fem, rel) in enumerate(members, start=1):
        rows.append(
            f"{i} | {mk('name', (g + ' ' + fam).upper())} | {mk('nik', nik_digits(fem))} | {rel}"
        )
    return (
        f"KARTU KELUARGA\nNo. {mk('kk', head)}\nNo | Nama Lengkap | NIK | Hubungan\n"
        + "\n".join(rows)
        + "\n(hasil scan, mohon dicek — KK kami tidak terbaca di sistem bansos)"
    )


@template("mixed")
def m4():
    people = [person() for _ in range(R.randint(3, 5))]
    lines = [f"{i}. {name(q)} ({R.randint(19, 75)})" for i, q in enumerate(people, start=1)]
    return (
        f"Daftar warga yang rumahnya kena banjir di {addr('rt')} Kel. {kel()}:\n"
        + "\n".join(lines)
        + f"\nKontak koordinator: {phone()}"
    )


@template("mixed")
def m5():
    p = person()
    return f"“Saya {name(p)}, NIK{NBSP}{spaced(nik(p.female, 'four'), NBSP)}, minta KTP saya dicetak ulang karena rusak.” — dikirim lewat form, nomor WA {zw(phone('block'))}"


@template("mixed")
def m6():
    p = person()
    d = mobile_digits()
    return f"nomor wa sy {mk('phone', ocr(d))} (maaf hp rusak, ketik pakai laptop kantor). Sy {name(p, 'first')}, mau lapor {problem()}."


@template("mixed")
def m7():
    rows = []
    for i in range(1, R.randint(3, 5)):
        q = person()
        bank = pick(BANKS)
        rows.append(
            f"| {i} | {name(q, case='upper')} | {bank} | {account(bank)} | {rp(300000, 900000, 50000)} |"
        )
    return (
        "Rekap honor kader posyandu yang belum dibayar (dari bendahara):\n| No | Nama | Bank | No. Rek | Jumlah |\n|---|---|---|---|---|\n"
        + "\n".join(rows)
    )


@template("mixed")
def m8():
    p = person()
    d = nik_digits(p.female)
    return f"Data saya (maaf terpotong):\nNama: {name(p)}\nNIK : {mk('nik', d[:8] + chr(10) + d[8:])}\nHP : {phone()}\n{cap1(problem())}"


@template("mixed")
def m9():
    p = person()
    return f"Ｎａｍａ：{name(p)}\nＮｏ．ＨＰ：{fullwidth(phone('dash'))}\nＡｌａｍａｔ：{addr('street')}\nLaporan: {cap1(problem())}"


@template("mixed")
def m10():
    a, b = person(), person()
    return f"Penerima bantuan ganda (data lapangan):\n• {name(a, case='upper')} — BPJS {bpjs()} — {addr('rt')}\n• {name(b, case='upper')} — BPJS {bpjs()} — {addr('rt')}\nMohon dicek silang dengan DTKS."


@template("mixed")
def m11():
    p = person()
    return f"Nama{NNBSP}Wajib{NNBSP}Pajak: {name(p, case='upper')}\nNPWP{NBSP}: {npwp('old')}\nNOP : {nop()}\nKeberatan: luas bangunan tertulis {R.randint(90, 300)} m², padahal hanya {R.randint(36, 80)} m²."


@template("mixed")
def m12():
    p = person()
    return f"Plat{NBSP}motor: {plate()}\nPemilik: {name(p)}\nHP: {zw(phone('space'))}\nKejadian: motor ditarik leasing di {pick(PUBLIC_STREETS)} tanpa surat, {date()} jam {time_()}."


@template("mixed", clean=True)
def mc1():
    return f"Rekap pengaduan minggu ini\n| Tiket | Kategori | Lokasi | Status |\n|---|---|---|---|\n| {ticket()} | Air | Kel. {kel()} | proses |\n| {ticket()} | Jalan | {pick(PUBLIC_STREETS)} | selesai |\n| {ticket()} | Sampah | {pick(MARKETS)} | baru |"


@template("mixed", clean=True)
def mc2():
    return f"Tagihan\u00a0PDAM\nNo.\u00a0Sambungan\u00a0: {nosamb()}\nPeriode\u00a0: {pick(MONTHS)} 2026\nTotal\u00a0: {rp(90000, 400000)}\nBayar\u00a0via\u00a0: {billing()}\nInfo\u00a0: {office_line()}"


@template("mixed", clean=True)
def mc3():
    return f"ＳＴＲＵＫ ＰＥＭＢＡＹＡＲＡＮ\n{pick(SHOPS).upper()}\nNPWP : {R.randint(10, 99)}.{R.randint(100, 999)}.{R.randint(100, 999)}.{R.randint(1, 9)}-921.000\nTotal : {rp(50000, 900000)}\nTgl : {date()} {time_()}\n(struk ini saya lampirkan krn toko jual gas 3 kg di atas HET)"


@template("mixed", clean=True)
def mc4():
    return f"Jadwal angkut sampah Kel. {kel()}:\n• Senin & Kamis: {pick(PUBLIC_STREETS)}\n• Selasa & Jumat: sekitar {pick(MARKETS)}\n• Sabtu: {pick(LANDMARKS)}\nPengaduan: WA center DLHK {office_mobile()} / {office_mail()}"


@template("mixed", clean=True)
def mc5():
    return f"{cap1(problem())}.{ZWSP} Lampiran: Screenshot_2026-{R.randint(9, 12):02d}-{R.randint(1, 28):02d}-{R.randint(6, 22):02d}-{R.randint(10, 59)}-{R.randint(10, 59)}_WhatsApp.jpg"


@template("mixed", clean=True)
def mc6():
    return f"Nomor transaksi {R.randint(10**15, 10**16 - 1)} — pembayaran retribusi {rp(10000, 100000, 5000)} berhasil tgl {date()} tapi petugas pasar tetap tagih tunai. Nomor referensi bank: {R.randint(10**11, 10**12 - 1)}."


# ---------------------------------------------------------------- build and check

PLAN = {  # style: (texts, of which without personal data)
    "sms_caps": (72, 30),
    "whatsapp": (72, 30),
    "web_form": (66, 22),
    "kupang_malay": (66, 27),
    "letter": (58, 20),
    "social": (58, 27),
    "officer_note": (60, 20),
    "mixed": (60, 24),
}


def strip(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def edge_ok(value: str, first: bool) -> bool:
    ch = value[0] if first else value[-1]
    if ch.isspace() or ch in (NBSP, ZWSP, NNBSP):
        return False
    if unicodedata.category(ch).startswith("P"):
        return first and ch == "(" and ")" in value
    return True


def check(text: str, spans: list[dict]) -> None:
    assert "[[" not in text, text
    assert "]]" not in text, text
    last_end = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        assert s["kind"] in KINDS, s
        assert s["end"] > s["start"], s
        assert text[s["start"] : s["end"]] == s["value"], s
        assert edge_ok(s["value"], True), s
        assert edge_ok(s["value"], False), s
        assert s["start"] >= last_end, ("overlap", s)
        last_end = s["end"]


def build() -> list[dict]:
    records: list[dict] = []
    seen: set[str] = set()
    for style, (total, clean) in PLAN.items():
        for is_clean, count in ((False, total - clean), (True, clean)):
            pool = list(TEMPLATES[style][is_clean])
            R.shuffle(pool)
            made = 0
            attempts = 0
            while made < count:
                fn = pool[attempts % len(pool)]
                attempts += 1
                assert attempts < count * 20, style
                text, spans = strip(fn())
                if text in seen:
                    continue
                check(text, spans)
                assert bool(spans) != is_clean, (style, fn.__name__)
                seen.add(text)
                records.append({"style": style, "text": text, "spans": spans})
                made += 1
    order = list(range(len(records)))
    R.shuffle(order)
    out = []
    for number, index in enumerate(order, start=1):
        rec = records[index]
        out.append(
            {
                "id": f"b4-{number:04d}",
                "text": rec["text"],
                "spans": [
                    {"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in rec["spans"]
                ],
                "style": rec["style"],
            }
        )
    return out


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for rec in records:
            stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    styles: dict[str, list[int]] = {}
    for rec in records:
        row = styles.setdefault(rec["style"], [0, 0])
        row[0] += 1
        row[1] += not rec["spans"]
        for s in rec["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    sys.stdout.write(f"{len(records)} texts, {sum(kinds.values())} spans -> {OUT.name}\n")
    for style, (n, c) in styles.items():
        sys.stdout.write(f"  {style}: {n} texts, {c} without personal data\n")
    for kind in KINDS:
        sys.stdout.write(f"  {kind}: {kinds.get(kind, 0)}\n")


if __name__ == "__main__":
    main()
