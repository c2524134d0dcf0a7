# ruff: noqa: E501, UP031, T201, RUF001, PLC3002, PLR0911, PLR0912, N802, N818, PERF401
"""Write the twelfth blind redaction corpus, ``redaction_blind_v12.jsonl``.

Every text is invented. Templates carry their labels inline: ``{gen:key}`` is filled from a
seeded list and labelled with the generator's kind, ``{~gen:key}`` is filled and left unlabelled
(a look-alike), ``{gen=kind:key}`` is labelled with another kind, ``[[kind:value]]`` is a literal
label. The same ``gen:key`` in one template gives the same value; name and e-mail generators with
the same key give one person (keys starting ``m``/``f`` fix the gender, ``mn``/``fn`` an NTT family
name, ``c`` a child). The script strips the labels, computes offsets, checks every span and text,
and writes the corpus. Run it from anywhere: the output lands next to this file.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("redaction_blind_v12.jsonl")
R = random.Random(20261232)
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
    "ade",
    "adik",
    "pastor",
    "romo",
    "suster",
    "mas",
    "mbak",
    "camat",
    "kader",
    "ketua",
    "yth",
    "yth.",
}
FILL_TIMES = 3


def pick(seq):
    return R.choice(seq)


def dg(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


FW = str.maketrans("0123456789", "０１２３４５６７８９")
ZW = "\u200b"
NB = "\u00a0"

# ---------------------------------------------------------------- people

NTT_M = [
    "Yohanes",
    "Agustinus",
    "Fransiskus",
    "Yakobus",
    "Marthen",
    "Dominggus",
    "Nikodemus",
    "Soleman",
    "Yunus",
    "Petrus",
    "Paulus",
    "Melkianus",
    "Aleksander",
    "Obed",
    "Semuel",
    "Stefanus",
    "Kornelis",
    "Yosef",
    "Gerson",
    "Hendrik",
    "Yeremias",
    "Simon",
    "Matheos",
    "Viktor",
    "Deky",
    "Roni",
    "Markus",
    "Lukas",
    "Benyamin",
    "Apolonius",
    "Godlief",
    "Ferdinandus",
    "Wilhelmus",
]
NTT_F = [
    "Maria",
    "Agustina",
    "Yuliana",
    "Marselina",
    "Anace",
    "Dorkas",
    "Ester",
    "Naomi",
    "Yohana",
    "Sofia",
    "Elisabeth",
    "Yasinta",
    "Magdalena",
    "Debora",
    "Oktovina",
    "Mariana",
    "Selfina",
    "Ferderika",
    "Veronika",
    "Rosalinda",
    "Yanti",
    "Erni",
    "Lodia",
    "Merlin",
    "Imelda",
    "Sarlota",
    "Adriana",
    "Florentina",
    "Getrudis",
    "Kristina",
    "Apriani",
    "Margaretha",
]
NTT_FAM = [
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
    "Lobo",
    "Nahak",
    "Seran",
    "Bria",
    "Tnunay",
    "Banunaek",
    "Selan",
    "Sabneno",
    "Kapitan",
    "Haba",
    "Dju Dara",
    "Ga Lena",
    "Lado",
    "Bire",
    "Radja",
    "Mbate",
    "Wadu",
    "Hege",
    "Ndoen",
    "Adoe",
    "Messakh",
    "Pellokila",
    "Lenggu",
    "Koli",
    "Wuwur",
    "Kewa",
    "Da Costa",
    "Parera",
    "Sogen",
    "Kelen",
    "Nuwa",
    "Lapenangga",
    "Mautuka",
    "Maro",
    "Tadu Hungu",
    "Neonufa",
    "Toelle",
    "Bolla",
    "Sinlae",
    "Taneo",
    "Oematan",
    "Kolo",
    "Lomi Ga",
    "Rihi",
    "Snae",
    "Ully",
    "Sjioen",
    "Nalle",
]
OTHER = {
    "sumba": (
        ["Umbu Rihi", "Umbu Tamu", "Umbu Kaledi", "Umbu Djama", "Umbu Manu"],
        ["Rambu Ana", "Rambu Kahi", "Rambu Yuliana", "Rambu Tamar", "Rambu Hada"],
        ["Ndapa", "Paranggi", "Ndima", "Hamaduna", "Kareri", "Lakumani"],
    ),
    "jawa": (
        ["Agus", "Budi", "Eko", "Bambang", "Joko", "Slamet", "Teguh", "Wahyu", "Bayu"],
        ["Sri", "Siti", "Endang", "Rini", "Wulan", "Tri Wahyuni", "Dwi Astuti"],
        [
            "Santoso",
            "Prasetyo",
            "Purnomo",
            "Sutrisno",
            "Wibowo",
            "Susanto",
            "Hartono",
            "Nugroho",
            "Kurniawan",
        ],
    ),
    "bali": (
        ["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Gusti Ngurah"],
        ["Ni Luh", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Luh Putu"],
        [
            "Sudarma",
            "Suardana",
            "Artha",
            "Mertha",
            "Wirawan",
            "Ariani",
            "Sriasih",
            "Sukerti",
            "Puspawati",
            "Sudiarta",
        ],
    ),
    "bugis": (
        ["Andi Rahmat", "Muhammad Arsyad", "Hasanuddin", "Andi Baso", "Syamsul"],
        ["Andi Nurhayati", "Sitti Hadijah", "Hasnah", "Nurmiati", "Andi Sumarni"],
        ["Daeng Siala", "Daeng Matta", "Mappaturung", "Latief", "Daeng Ngalle", "Pawellangi"],
    ),
    "tionghoa": (
        ["Hendra", "Felix", "Kian Hok", "Swie Liong", "Willy", "Hok Lay"],
        ["Mei Hwa", "Siu Lan", "Mei Ling", "Lily", "Swie Ing"],
        ["Wijaya", "Halim", "Tjoa", "Liem", "Ong", "Go", "Gunawan", "Sutanto", "Lie"],
    ),
    "batak": (
        ["Rudolf", "Hotman", "Parlindungan", "Togar", "Bonar"],
        ["Tiurma", "Riris", "Romauli", "Dameria"],
        ["Simanjuntak", "Siregar", "Sitompul", "Nainggolan", "Hutapea", "Situmorang", "Pardede"],
    ),
    "minahasa": (
        ["Stevi", "Robby", "Fanny", "Alfrits", "Jemmy"],
        ["Meiske", "Novita", "Stella", "Deisy", "Olvie"],
        ["Tumbelaka", "Wowor", "Lumintang", "Pangemanan", "Rondonuwu", "Kaunang", "Mandagi"],
    ),
    "ambon": (
        ["Yopie", "Chris", "Marlon", "Elias", "Abraham"],
        ["Welhelmina", "Ruth", "Nelci", "Olivia"],
        [
            "Latuheru",
            "Pattiasina",
            "Tuhumury",
            "Latumahina",
            "Sahetapy",
            "Pattinama",
            "Leiwakabessy",
        ],
    ),
    "arab": (
        ["Abdullah", "Husein", "Salim", "Umar", "Hamid"],
        ["Fatimah", "Nur Aini", "Khadijah", "Aisyah"],
        ["Bahasuan", "Alkatiri", "Assegaf", "Bachmid", "Basalamah", "Alhabsyi"],
    ),
}
FAMILY_FIRST = {"Tjoa", "Liem", "Ong", "Go", "Lie"}
NICKS = ["Nyong", "Ati", "Ose", "Eto", "Ucu", "Bobi", "Inyo", "Tole", "Neli", "Cici"]
SKIP_TOKENS = {
    "I",
    "Ni",
    "Luh",
    "Putu",
    "Made",
    "Wayan",
    "Nyoman",
    "Ketut",
    "Gusti",
    "Ngurah",
    "Daeng",
    "Umbu",
    "Rambu",
    "Andi",
    "Da",
    "Go",
    "Ga",
    "Dju",
    "Muh",
    "Hok",
    "Lie",
}


class Person:
    def __init__(self, key: str, parent: Person | None = None) -> None:
        gender = key[0] if key[0] in "mf" else pick("mf")
        ntt = len(key) > 1 and key[1] == "n"
        eth = "ntt" if ntt else pick(["ntt"] * 9 + list(OTHER))
        self.child = key[0] == "c"
        self.female = gender == "f"
        if parent is not None and parent.eth != "bali":
            eth = parent.eth
            pools = NTT_F if self.female else NTT_M
            if eth != "ntt":
                pools = OTHER[eth][1] if self.female else OTHER[eth][0]
            self.given, self.family, self.fam_first, self.eth = (
                pick(pools),
                parent.family,
                parent.fam_first,
                eth,
            )
            if self.fam_first and " " not in self.given:
                self.fam_first = False
            return
        if eth == "ntt":
            pool = NTT_F if self.female else NTT_M
            given = pick(pool)
            if R.random() < 0.2:
                given += " " + pick([g for g in pool if g != given])
            self.given, self.family, self.fam_first = given, pick(NTT_FAM), False
        else:
            males, females, fams = OTHER[eth]
            given = pick(females if self.female else males)
            fam = pick(fams)
            if eth == "bali":
                self.given, self.family, self.fam_first = given, fam, False
            else:
                self.fam_first = eth == "tionghoa" and fam in FAMILY_FIRST and " " in given
                self.given, self.family = given, fam
        self.eth = eth

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.fam_first else f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        if self.eth == "bali":
            return self.family
        if self.eth in {"sumba", "bugis", "tionghoa"} or self.given.startswith(
            ("Nur ", "Tri ", "Dwi ")
        ):
            return self.given
        return self.given.split()[0]


def ascii_low(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


# ---------------------------------------------------------------- numbers


def nik_digits(key: str) -> str:
    reg = pick(
        ["5371"] * 6
        + [
            "5301",
            "5302",
            "5303",
            "5304",
            "5305",
            "5306",
            "5307",
            "5308",
            "5310",
            "5311",
            "5312",
            "5313",
            "5314",
            "5320",
        ]
    )
    dist = "%02d" % R.randint(1, 6)
    day = R.randint(1, 28)
    female = key[:1] == "f" or (key[:1] not in "mf" and R.random() < 0.5)
    if female:
        day += 40
    year = R.randint(8, 22) if key[:1] == "c" else R.choice(list(range(50, 100)) + list(range(4)))
    return reg + dist + "%02d%02d%02d" % (day, R.randint(1, 12), year) + "%04d" % R.randint(1, 180)


def kk_digits() -> str:
    reg = pick(["5371"] * 6 + ["5301", "5302", "5304", "5307", "5310", "5314"])
    return (
        reg
        + "%02d" % R.randint(1, 6)
        + "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(5, 25))
        + "%04d" % R.randint(1, 9000)
    )


def groups(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def lookalike(s: str, swaps=(("0", "O"), ("1", "l"))) -> str:
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if c in dict(swaps)]
    if not idx:
        chars[5] = "O"
        return "".join(chars)
    for i in R.sample(idx, min(len(idx), R.randint(1, 3))):
        chars[i] = dict(swaps)[chars[i]]
    return "".join(chars)


PREFIXES = [
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
    "0895",
    "0896",
    "0897",
    "0898",
    "0899",
    "0831",
    "0838",
    "0881",
    "0882",
]


def hp_digits() -> str:
    return pick(PREFIXES) + dg(pick([7, 8, 8, 8, 9]))


def npwp_old() -> str:
    d = "%02d" % R.randint(1, 99) + dg(7)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{pick(['920', '921', '922', '925'])}.000"


def email_parts(person: Person):
    g = ascii_low(person.first)
    f = ascii_low(person.family)
    nn = str(R.randint(1, 99)) if R.random() < 0.6 else ""
    local = pick(
        [
            f"{g}.{f}",
            f"{g}{f}{nn}",
            f"{f}.{g}{nn}",
            f"{g}_{f}",
            f"{g[0]}{f}{nn}",
            f"{g}{nn or '88'}",
            f"{g}.{f}{nn}",
        ]
    )
    dom = pick(
        ["gmail.com"] * 5 + ["yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com", "hotmail.com"]
    )
    return local, dom


STREETS = [
    "Nangka",
    "Kenari",
    "Jambu",
    "Sukun",
    "Cemara",
    "Flamboyan",
    "Rajawali",
    "Perintis Kemerdekaan",
    "Bajawa",
    "Kancil",
    "Lontar",
    "Nuri",
    "Matani",
    "Fetor Funay",
    "Kejora",
    "Bakti",
    "Air Lobang",
    "Kamboja",
    "Melati",
    "Anggrek",
    "Beringin",
    "Palapa",
    "Sumba",
    "Rote",
    "Alor",
    "Herewila",
    "Batu Karang",
    "Sonbai",
    "Kakatua",
    "Merpati",
    "Cendana",
    "Asoka",
    "Manggis",
    "Belimbing",
    "Salak",
    "Mangga",
    "Srikaya",
    "Tekukur",
    "Gelatik",
    "Pipit",
    "Rambutan",
    "Kedondong",
    "Oekam",
    "Naimata Raya",
    "Bukit Hijau",
]
LANES = [
    "Kakatua",
    "Sepakat",
    "Damai Sejahtera",
    "Harapan",
    "Mawar",
    "Buntu",
    "Pelita",
    "Seroja",
    "Lestari",
    "Kenanga",
]


def rt_str(upper_style: bool = True) -> str:
    a, b = R.randint(1, 40), R.randint(1, 12)
    return pick(
        [
            "RT %02d RW %02d" % (a, b),
            "RT %03d/RW %03d" % (a, b),
            "RT %d" % a,
            "RT %02d/RW %02d" % (a, b),
            "RT.%02d/RW.%02d" % (a, b),
            "RT %d RW %d" % (a, b),
            "RT %03d / RW %03d" % (a, b),
            "RT %d/%d" % (a, b),
        ]
    )


def street_no() -> str:
    s, n = pick(STREETS), str(R.randint(1, 140)) + pick([""] * 6 + ["A", "B"])
    return pick(
        [
            f"Jl. {s} No. {n}",
            f"Jl. {s} No.{n}",
            f"Jln. {s} Nomor {n}",
            f"Jalan {s} No {n}",
            f"Jl. {s} no. {n}",
        ]
    )


def lane_no() -> str:
    return pick(
        [
            f"Gg. {pick(LANES)} No. {R.randint(1, 60)}",
            f"Jl. {pick(STREETS)} Gg. {R.randint(1, 9)} No. {R.randint(1, 60)}",
            f"Lr. {pick(LANES)} No. {R.randint(1, 90)}",
            f"Jl. W.J. Lalamentik Gg. {pick(LANES)} No. {R.randint(1, 40)}",
            f"Gang {pick(LANES)} No {R.randint(1, 40)}",
        ]
    )


def blok() -> str:
    return pick(
        [
            f"Perumnas Blok {pick('ABCDEFGH')} No. {R.randint(1, 150)}",
            f"BTN Kolhua Blok {pick('ABCDEF')}{R.randint(1, 9)} No. {R.randint(1, 30)}",
            f"Perumahan Oesapa Indah Blok {pick('ABCD')} No. {R.randint(1, 80)}",
            f"Kompleks Perumnas Blok Kenanga Blok {pick('FGHJ')} No. {R.randint(1, 40)}",
        ]
    )


def fw(s: str) -> str:
    return s.translate(FW)


def nb_groups(s: str) -> str:
    return groups(s, [4, 4, 4], NB)


KEL = [
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Fatululi",
    "Oetete",
    "Oepura",
    "Naikoten I",
    "Naikoten II",
    "Kuanino",
    "Fontein",
    "Bakunase",
    "Bakunase II",
    "Nunleu",
    "Airnona",
    "Fatubesi",
    "Solor",
    "Oeba",
    "Tode Kisar",
    "Pasir Panjang",
    "Kelapa Lima",
    "Lasiana",
    "Oesapa",
    "Oesapa Barat",
    "Oesapa Selatan",
    "Penfui",
    "Maulafa",
    "Kolhua",
    "Naimata",
    "Sikumana",
    "Belo",
    "Fatukoa",
    "Naikolan",
    "Alak",
    "Namosain",
    "Nunbaun Sabu",
    "Nunbaun Delha",
    "Penkase Oeleta",
    "Manulai II",
    "Batuplat",
    "Mantasi",
    "Manutapen",
    "Fatufeto",
    "Nefonaek",
    "Merdeka",
    "Airmata",
    "Bonipoi",
    "Kampung Baru",
]
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
PUBST = [
    "Jl. W.J. Lalamentik",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. El Tari",
    "Jl. Herman Johannes",
    "Jl. Moh. Hatta",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Adisucipto",
    "Jl. Sam Ratulangi",
    "Jl. R.A. Kartini",
    "Jl. Jend. Sudirman",
    "Jl. Ahmad Yani",
    "Jl. Amabi",
    "Jl. Kelinci",
    "Jl. Frans Lebu Raya",
    "Jl. Cak Doko",
    "Jl. Thamrin",
    "Jl. Veteran",
    "Jl. Suratim",
    "Jl. Bundaran PU",
    "Jl. Perintis Kemerdekaan",
]
RS = [
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSU Mamami",
    "RS Siloam Kupang",
    "RS Leona",
    "RSIA Dedari",
    "RSUD S.K. Lerik",
    "RS Kartini Kupang",
    "RSAU El Tari",
]
PKM = [
    "Oebobo",
    "Sikumana",
    "Bakunase",
    "Oepoi",
    "Pasir Panjang",
    "Alak",
    "Penfui",
    "Kupang Kota",
    "Oesapa",
    "Naioni",
    "Manutapen",
    "Kota Raja",
    "Oesapa Barat",
    "Kampung Baru",
]
PASAR = [
    "Pasar Oebobo",
    "Pasar Inpres Naikoten",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Kuanino",
    "Pasar Penfui",
    "Pasar Oesapa",
    "Pasar Ikan Oeba",
]
SEKOLAH = [
    "SMPN 5 Kupang",
    "SD Inpres Oepura 2",
    "SMAN 3 Kupang",
    "SDK St. Yoseph Naikoten",
    "SMPK St. Theresia",
    "SMKN 4 Kupang",
    "SD GMIT Oeba 1",
    "SMPN 2 Kupang",
    "SD Inpres Kolhua",
    "SMAN 1 Kupang",
    "MTsN Kota Kupang",
]
RUTE = [
    "Lampu 1",
    "Lampu 2",
    "Lampu 3",
    "Lampu 5",
    "Lampu 6",
    "Lampu 10",
    "Oesapa–Kota",
    "Terminal Kupang–Penfui",
    "Bakunase–Oebobo",
]
USAHA = [
    "CV Sinar Timor",
    "UD Laut Timor",
    "CV Karya Lontar",
    "Toko Sinar Abadi",
    "Koperasi Tunas Harapan",
    "CV Nusa Cendana",
    "UD Flobamora Jaya",
    "PT Timor Bangun Persada",
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
PORTS = ["PANTAI BARU (ROTE)", "SEBA (SABU)", "LARANTUKA", "KALABAHI", "AIMERE", "WAINGAPU"]


def date_str() -> str:
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = pick(["2026", "2026", "2026", "2025"])
    return pick(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}-{m:02d}-{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MONTHS[m - 1][:3]} {y}",
            f"{d}/{m}",
        ]
    )


def amt() -> str:
    v = R.randint(2, 300) * pick([500, 1000, 5000, 10000])
    s = f"{v:,}".replace(",", ".")
    return pick(
        [f"Rp {s}", f"Rp. {s},-", f"Rp{s}", f"{v // 1000} ribu" if v >= 1000 else f"Rp {s}"]
    )


def otel() -> str:
    return pick(
        [f"(0380) 8{dg(2)} {dg(3)}", f"0380-8{dg(2)} {dg(3)}", f"0380 8{dg(5)}", f"(0380) 8{dg(5)}"]
    )


def ticket() -> str:
    return pick(
        [
            f"LPR-2026-{dg(4)}-{dg(4)}",
            f"#LAPOR-5371-2026-{dg(5)}",
            f"{dg(4)}-{dg(4)}-{dg(3)}",
            f"TKT/1708/2026/{dg(4)}",
            f"#LPR{dg(8)}",
            f"K-{dg(6)}",
        ]
    )


def letter() -> str:
    return pick(
        [
            f"{R.randint(100, 900)}/{dg(3)}/INSP/2026",
            f"503/PBG/2026/{dg(5)}",
            f"470/{dg(4)}/DKPS/XI/2026",
            f"5371-LU-{dg(8)}-{dg(4)}",
            f"900/{dg(3)}/BPKAD/2026",
        ]
    )


GENS = {
    # labelled by default
    "nik": ("nik", lambda k, c: nik_digits(k)),
    "nik4": ("nik", lambda k, c: groups(nik_digits(k), [4, 4, 4, 4])),
    "nikdot": (
        "nik",
        lambda k, c: (lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}")(nik_digits(k)),
    ),
    "nikdash": ("nik", lambda k, c: groups(nik_digits(k), [4, 4, 4, 4], "-")),
    "nik15": (
        "nik",
        lambda k, c: (lambda d, i: d[:i] + d[i + 1 :])(nik_digits(k), R.randint(6, 14)),
    ),
    "nik17": (
        "nik",
        lambda k, c: (lambda d, i: d[:i] + dg(1) + d[i:])(nik_digits(k), R.randint(6, 15)),
    ),
    "nikO": ("nik", lambda k, c: lookalike(nik_digits(k))),
    "nikfw": ("nik", lambda k, c: fw(nik_digits(k))),
    "nikzw": ("nik", lambda k, c: (lambda d: d[:8] + ZW + d[8:])(nik_digits(k))),
    "niknb": ("nik", lambda k, c: groups(nik_digits(k), [4, 4, 4, 4], NB)),
    "nikpairs": ("nik", lambda k, c: groups(nik_digits(k), [2] * 8)),
    "nikbr": ("nik", lambda k, c: (lambda d: d[:8] + "\n" + d[8:])(nik_digits(k))),
    "kk": ("kk", lambda k, c: kk_digits()),
    "kk4": ("kk", lambda k, c: groups(kk_digits(), [4, 4, 4, 4])),
    "kkO": ("kk", lambda k, c: lookalike(kk_digits(), (("0", "O"), ("1", "l"), ("8", "B")))),
    "kkcomma": ("kk", lambda k, c: groups(kk_digits(), [4, 4, 4, 4], ", ")),
    "kkfw": ("kk", lambda k, c: fw(kk_digits())),
    "npwp": ("npwp", lambda k, c: npwp_old()),
    "npwp16": ("npwp", lambda k, c: nik_digits(k)),
    "npwpsp": ("npwp", lambda k, c: npwp_old().replace(".", " ").replace("-", " ")),
    "npwpO": ("npwp", lambda k, c: npwp_old()[:-3] + "OOO"),
    "npwpcomma": ("npwp", lambda k, c: npwp_old().replace(".", ",", 1)),
    "hp": ("phone", lambda k, c: hp_digits()),
    "hpd": ("phone", lambda k, c: groups(hp_digits(), [4, 4], "-")),
    "hps": ("phone", lambda k, c: groups(hp_digits(), [4, 4], " ")),
    "hpdot": ("phone", lambda k, c: groups(hp_digits(), [4, 4], ".")),
    "hp62p": ("phone", lambda k, c: (lambda d: f"+62 {d[1:4]}-{d[4:8]}-{d[8:]}")(hp_digits())),
    "hp62": ("phone", lambda k, c: "+62" + hp_digits()[1:]),
    "hp62n": ("phone", lambda k, c: "62" + hp_digits()[1:]),
    "hp62s": ("phone", lambda k, c: (lambda d: f"62 {d[1:4]} {d[4:8]} {d[8:]}")(hp_digits())),
    "hpfw": ("phone", lambda k, c: fw(hp_digits())),
    "hpzw": ("phone", lambda k, c: (lambda d: d[:4] + ZW + d[4:8] + ZW + d[8:])(hp_digits())),
    "hpnb": ("phone", lambda k, c: groups(hp_digits(), [4, 4], NB)),
    "hpO": (
        "phone",
        lambda k, c: lookalike(hp_digits(), (("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"))),
    ),
    "hpbr": ("phone", lambda k, c: (lambda d: d[:4] + " " + d[4:8] + "\n" + d[8:])(hp_digits())),
    "tel": (
        "phone",
        lambda k, c: pick([f"0380 8{dg(5)}", f"0380-8{dg(5)}", f"0380 8{dg(2)} {dg(3)}"]),
    ),
    "telb": ("phone", lambda k, c: pick([f"(0380) 8{dg(3)} {dg(3)}", f"(0380) 8{dg(5)}"])),
    "bpjs": ("bpjs", lambda k, c: "000" + dg(10)),
    "bpjs4": ("bpjs", lambda k, c: groups("000" + dg(10), [4, 4])),
    "bpjsfw": ("bpjs", lambda k, c: fw("000" + dg(10))),
    "bpjsdash": ("bpjs", lambda k, c: groups("000" + dg(10), [4, 4], "-")),
    "rekbri": ("bank_account", lambda k, c: f"{dg(4)}-01-{dg(6)}-5{dg(1)}-{dg(1)}"),
    "rekbrip": ("bank_account", lambda k, c: dg(4) + "01" + dg(6) + "5" + dg(2)),
    "rekbni": (
        "bank_account",
        lambda k, c: (lambda p: p + dg(10 - len(p)))(pick(["0", "1", "08"])),
    ),
    "rekmdr": ("bank_account", lambda k, c: pick(["161", "152", "145"]) + dg(10)),
    "rekntt": (
        "bank_account",
        lambda k, c: pick(
            [f"001.01.02.{dg(6)}-{dg(1)}", f"{dg(3)}.{dg(2)}.{dg(2)}.{dg(6)}-{dg(1)}", "0" + dg(10)]
        ),
    ),
    "rekbca": ("bank_account", lambda k, c: "0" + dg(9)),
    "rekbsi": ("bank_account", lambda k, c: "7" + dg(9)),
    "plate": (
        "plate",
        lambda k, c: (
            f"{pick(['DH'] * 6 + ['EB', 'ED', 'DH'])} {R.randint(1000, 9999)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(pick([1, 2, 2])))}"
        ),
    ),
    "platel": (
        "plate",
        lambda k, c: (
            pick(["dh", "dh", "eb"])
            + pick(["", " "])
            + str(R.randint(1000, 9999))
            + pick(["", " "])
            + "".join(R.choice("abcdefghjklmnprstuvwxyz") for _ in range(2))
        ),
    ),
    "addr": ("address", lambda k, c: street_no()),
    "addrrt": ("address", lambda k, c: street_no() + pick([", ", " "]) + rt_str()),
    "addrl": (
        "address",
        lambda k, c: (
            f"jl {pick(STREETS).lower()} no {R.randint(1, 99)} rt {R.randint(1, 30)} rw {R.randint(1, 9)}"
        ),
    ),
    "rt": ("address", lambda k, c: rt_str()),
    "rtl": (
        "address",
        lambda k, c: pick(
            [
                f"rt {R.randint(1, 40)} rw {R.randint(1, 9):02d}",
                f"rt {R.randint(1, 40):02d}/rw {R.randint(1, 9):02d}",
                f"rt{R.randint(1, 40)} rw{R.randint(1, 9)}",
            ]
        ),
    ),
    "rtrw": ("address", lambda k, c: "RT/RW : %03d/%03d" % (R.randint(1, 40), R.randint(1, 12))),
    "gg": ("address", lambda k, c: lane_no()),
    "blok": ("address", lambda k, c: blok()),
    "nick": ("name", lambda k, c: pick(NICKS)),
    # unlabelled look-alikes
    "amt": (None, lambda k, c: amt()),
    "amts": (
        None,
        lambda k, c: pick(["Rp ", "Rp", "Rp. "]) + f"{R.randint(3, 40) * 500:,}".replace(",", "."),
    ),
    "date": (None, lambda k, c: date_str()),
    "dob": (
        None,
        lambda k, c: "%02d-%02d-%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2004)),
    ),
    "time": (None, lambda k, c: "%02d.%02d" % (R.randint(6, 22), R.randint(0, 59))),
    "tix": (None, lambda k, c: ticket()),
    "va": (None, lambda k, c: groups("8888" + dg(12), [4, 4, 4, 4])),
    "bill": (None, lambda k, c: "8202610" + dg(8)),
    "idpel": (None, lambda k, c: "5312" + dg(8)),
    "token": (None, lambda k, c: groups(dg(20), [4, 4, 4, 4, 4], "-")),
    "samb": (None, lambda k, c: f"{R.randint(1, 9):02d}-{R.randint(1, 20):02d}-{dg(6)}"),
    "nop": (None, lambda k, c: f"53.71.0{R.randint(10, 60)}.0{dg(2)}.{dg(3)}-{dg(4)}.0"),
    "surat": (None, lambda k, c: letter()),
    "nip": (
        None,
        lambda k, c: (
            f"19{R.randint(65, 95)}{R.randint(1, 12):02d}{R.randint(1, 28):02d} 20{R.randint(5, 20):02d}{R.randint(1, 12):02d} {pick('12')} {dg(3)}"
        ),
    ),
    "nisn": (None, lambda k, c: "0" + dg(9)),
    "sim": (None, lambda k, c: groups(dg(12), [4, 4], "-")),
    "kip": (
        None,
        lambda k, c: "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
    ),
    "shm": (None, lambda k, c: "%05d" % R.randint(1, 9999)),
    "npwpd": (None, lambda k, c: f"P.2.{dg(7)}.{dg(2)}.{dg(2)}"),
    "rangka": (None, lambda k, c: "MH1JF" + dg(12)),
    "mesin": (None, lambda k, c: "JFZ" + dg(7)),
    "kasir": (None, lambda k, c: "%02d" % R.randint(1, 9)),
    "serial": (None, lambda k, c: f"{pick('ABCD')} {dg(7)}"),
    "booking": (
        None,
        lambda k, c: "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    ),
    "imgdate": (None, lambda k, c: f"2026{R.randint(1, 12):02d}{R.randint(1, 28):02d}_{dg(6)}"),
    "year": (None, lambda k, c: pick(["2024", "2025", "2026"])),
    "month": (None, lambda k, c: pick(MONTHS)),
    "hari": (None, lambda k, c: pick(DAYS)),
    "n": (None, lambda k, c: str(R.randint(2, 30))),
    "age": (None, lambda k, c: str(R.randint(2, 84))),
    "kel": (None, lambda k, c: pick(KEL)),
    "kec": (None, lambda k, c: pick(KEC)),
    "pubst": (None, lambda k, c: pick(PUBST)),
    "rs": (None, lambda k, c: pick(RS)),
    "pkm": (None, lambda k, c: pick(PKM)),
    "pasar": (None, lambda k, c: pick(PASAR)),
    "sekolah": (None, lambda k, c: pick(SEKOLAH)),
    "rute": (None, lambda k, c: pick(RUTE)),
    "usaha": (None, lambda k, c: pick(USAHA)),
    "port": (None, lambda k, c: pick(PORTS)),
    "otel": (None, lambda k, c: otel()),
}

PERSON_GENS = {
    "name",
    "first",
    "fam",
    "given",
    "namesp",
    "namebr",
    "namezw",
    "namenb",
    "email",
    "email_at",
    "email_br",
    "email_paren",
    "email_sp",
    "email_titik",
    "email_keong",
    "emaildinas",
}


def person_value(gen: str, key: str, people: dict[str, Person]) -> tuple[str, str]:
    if key not in people:
        fathers = [v for k, v in people.items() if k[0] == "m"] if key[0] == "c" else []
        people[key] = Person(key, fathers[0] if fathers else None)
    p = people[key]
    if gen == "name":
        return "name", p.full
    if gen == "first":
        return "name", p.first
    if gen == "fam":
        return "name", p.family
    if gen == "given":
        return "name", p.given
    if gen == "namesp":  # a stray space inside a word, as a scanner reads it
        words = p.full.split(" ")
        i = max(range(len(words)), key=lambda j: len(words[j]))
        w = words[i]
        cut = R.randint(2, len(w) - 2) if len(w) >= 4 else 1
        words[i] = w[:cut] + " " + w[cut:]
        return "name", " ".join(words)
    if gen == "namebr":
        parts = p.full.rsplit(" ", 1)
        return "name", "\n".join(parts)
    if gen == "namezw":
        w = p.full
        return "name", w[:3] + ZW + w[3:]
    if gen == "namenb":
        return "name", p.full.replace(" ", NB)
    local, dom = email_parts(p)
    if gen == "email":
        return "email", f"{local}@{dom}"
    if gen == "email_at":
        return "email", f"{local} at {dom.replace('.', ' dot ')}"
    if gen == "email_br":
        return "email", f"{local} [at] {dom.replace('.', ' [dot] ')}"
    if gen == "email_paren":
        return "email", f"{local}(at){dom}"
    if gen == "email_sp":
        return "email", f"{local} @ {dom}"
    if gen == "email_titik":
        return "email", f"{local}@{dom.replace('.', ' titik ')}"
    if gen == "email_keong":
        return "email", f"{local}(keong){dom}"
    if gen == "emaildinas":
        g, f = ascii_low(p.first), ascii_low(p.family)
        return "email", f"{g}.{f}@{pick(['kupangkota.go.id', 'kupangkota.go.id', 'nttprov.go.id'])}"
    raise KeyError(gen)


TOKEN = re.compile(
    r"\{(~?)([A-Za-z0-9_]+)(?:=([a-z_]+))?(?::([A-Za-z0-9_]+))?\}|\[\[([a-z_]+):([^\]]+)\]\]"
)


def value_of(gen: str, key: str, cache: dict, people: dict[str, Person]) -> tuple[str | None, str]:
    transform = None
    base = gen
    if gen in GENS or gen in PERSON_GENS:
        pass
    elif gen.lower() in GENS or gen.lower() in PERSON_GENS:
        base, transform = gen.lower(), str.upper
    elif gen.startswith("l") and (gen[1:] in GENS or gen[1:] in PERSON_GENS):
        base, transform = gen[1:], str.lower
    else:
        raise KeyError(gen)
    ck = (base, key) if key else None
    if ck is not None and ck in cache:
        kind, value = cache[ck]
    else:
        if base in PERSON_GENS:
            kind, value = person_value(base, key or "x%d" % R.randint(0, 10**9), people)
        else:
            kind, fn = GENS[base]
            value = fn(key or "", cache)
        if ck is not None:
            cache[ck] = (kind, value)
    if transform is not None:
        value = transform(value)
    return kind, value


def fill(template: str):
    cache: dict = {}
    people: dict[str, Person] = {}
    out: list[str] = []
    spans: list[tuple[str, int, int, str]] = []
    keys = []
    for m in TOKEN.finditer(template):
        gen, key = m.group(2), m.group(4)
        if (
            gen
            and key
            and (gen.lower() in PERSON_GENS or gen[1:] in PERSON_GENS)
            and key not in keys
        ):
            keys.append(key)
    for key in sorted(keys, key=lambda k: k[0] == "c"):  # parents before their children
        person_value("name", key, people)
    pos = 0
    length = 0
    for m in TOKEN.finditer(template):
        out.append(template[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        if m.group(5):
            kind, value = m.group(5), m.group(6)
        else:
            silent, gen, override, key = m.group(1), m.group(2), m.group(3), m.group(4)
            kind, value = value_of(gen, key, cache, people)
            if override:
                kind = override
            if silent:
                kind = None
        if kind is not None:
            spans.append((kind, length, length + len(value), value))
        out.append(value)
        length += len(value)
    out.append(template[pos:])
    return "".join(out), spans


class Reject(Exception):
    pass


def check(text: str, spans) -> None:
    if re.search(r"\{[~A-Za-z]|\[\[|\]\]|\}", text):
        raise Reject("placeholder left")
    ordered = sorted(spans, key=lambda s: (s[1], s[2]))
    for i, (kind, start, end, value) in enumerate(ordered):
        if kind not in KINDS:
            raise Reject(f"kind {kind}")
        if not (0 <= start < end <= len(text)) or text[start:end] != value:
            raise Reject("offsets")
        first, last = value[0], value[-1]
        if not (first.isalnum() or (kind == "phone" and first in "+(")):
            raise Reject(f"span opens badly: {value!r}")
        if not last.isalnum():
            raise Reject(f"span ends badly: {value!r}")
        if i and ordered[i - 1][2] > start:
            raise Reject("overlap")
        if kind == "name":
            if value.split()[0].lower().rstrip(".") in {t.rstrip(".") for t in TITLES}:
                raise Reject(f"title opens name {value!r}")
            if "@" in value or any(ch.isdigit() for ch in value):
                raise Reject("@ or digit in name")
    covered = [(s[1], s[2]) for s in ordered]

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in covered)

    for kind, _start, _end, value in ordered:
        if kind == "address":
            continue
        needles = {value}
        if kind == "name":
            needles |= {
                t
                for t in re.findall(r"\w+", value)
                if len(t) >= 3 and t not in SKIP_TOKENS and t.title() not in SKIP_TOKENS
            }
        for needle in needles:
            pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
            for m in pat.finditer(text):
                if not inside(m.start(), m.end()):
                    raise Reject(f"unlabelled occurrence of {needle!r}")


# ---------------------------------------------------------------- templates

TEMPLATES: list[tuple[str, str]] = []


def T(style: str, *texts: str) -> None:
    for t in texts:
        TEMPLATES.append((style, t))


# SMS to 1708 with the KOTKUPANG prefix
T(
    "sms_1708",
    "KOTKUPANG AIR PDAM SDH {n} HARI TDK MENGALIR DI RUMAH SY {ADDRRT:h} KEL. {KEL}. MOHON DICEK. {NAME:m1} HP {hp:m1}",
    "KOTKUPANG SY {FIRST:f1} WARGA {RT:h} KEL {KEL}. LAMPU JALAN DI {PUBST} MATI SDH 2 MINGGU, RAWAN BEGAL. TKS",
    "KOTKUPANG KTP-EL SY BLM JADI SEJAK REKAM {date}. NIK {nik:m1} A.N {NAME:m1}. SDH {n} KALI KE DUKCAPIL DISURUH TUNGGU BLANKO",
    "KOTKUPANG MOHON INFO PKH MAMA SY {NAME:f1} TDK CAIR TAHAP INI. NO KK {kk:a} NIK MAMA {nik:f1}. DARI ANAKNYA {FIRST:m1}",
    "KOTKUPANG ANAK KAMI {FIRST:c1} KELAS {n} {SEKOLAH} TDK TERIMA PIP PADAHAL NAMA ADA DI DAFTAR. SY BAPAKNYA {NAME:m1} {hpd:m1}",
    "KOTKUPANG MOTOR SY {plate:a} HILANG DI PARKIRAN {PASAR} TGL {date}. SDH LAPOR POLSEK TAPI BLM ADA KABAR. {NAME:m1} {hp:m1}",
    "KOTKUPANG SAMPAH DI {RT:h} KEL {KEL:k} SDH 2 MINGGU TDK DIANGKUT, BAU SAMPAI KE RUMAH. DARI {NAME:f1} DI {KEL:k}",
    "KOTKUPANG KARTU KIS SY HILANG, NO KARTU {bpjsfw:f1}. MOHON DICETAK ULANG. {NAME:f1} HP {hpfw:f1}",
    "kotkupang sy {lname:m1} tinggal di {rtl:h} kel {lkel:k}. got depan rumah tersumbat, kalo hujan air masuk rumah. hp sy {hp:m1}",
    "KOTKUPANG SY {NAME:m1} PEDAGANG DI {PASAR}. RETRIBUSI DITARIK 2 KALI SEHARI {AMTS}. TDK ADA KARCIS. NO HP SY {hpd:m1}",
    "KOTKUPANG BLT A.N {NAME:f1} REK BRI {rekbri:f1} BLM MASUK SDH 3 BULAN. NIK {nik:f1}. MOHON DICEK DINSOS",
    "KOTKUPANG NIK SY {nik15:m1} TDK TERDAFTAR PBI JKN PADAHAL KAMI TDK MAMPU. SY {NAME:m1}, {RT:h} {KEL}",
    "KOTKUPANG LAPOR PENIPUAN. ADA YG TELP NGAKU DARI DINSOS NOMOR {~hp:x} MINTA TRANSFER {AMT} UTK PENCAIRAN. NOMOR SY {hp:f1} A.N {NAME:f1}",
    "KOTKUPANG TRUK PASIR {plate:a} PARKIR DI TROTOAR {PUBST} TIAP MALAM. SOPIR {NAME:m2} SDH DITEGUR TAPI TDK MAU PINDAH. PELAPOR {NAME:m1}",
    "KOTKUPANG NPWP SY {npwp:m1} TDK BISA PADAN DGN NIK {nik:m1} DI CORETAX. SDH KE KPP 2X. {NAME:m1} {hp62n:m1}",
    "KOTKUPANG MOHON BALAS KE EMAIL SY {email:f1} KRN PULSA HABIS. {NAME:f1} {RT:h} KEL {KEL}",
    "KOTKUPANG KK SY {kkO:m1} MASIH ALAMAT LAMA PADAHAL SDH PINDAH KE {ADDR:h}. SDH 3X URUS. {NAME:m1}",
    "KOTKUPANG BIDAN {FIRST:f2} DI PUSTU {KEL} MINTA {AMT} UTK PERSALINAN ISTRI SY {FIRST:f1}, PADAHAL KIS {bpjs:f1}. {NAME:m1} {hps:m1}",
    "KOTKUPANG jalan di {pubst} berlubang besar depan {rs}. sdh {n} motor jatuh minggu ini. mohon ditambal sebelum hujan",
    "KOTKUPANG SDH TGL {date} TAPI JADWAL PPDB SMPN {n} KUPANG BLM DIUMUMKAN. ORANG TUA BINGUNG",
    "KOTKUPANG TOKEN {token} TDK BISA MASUK, ID PEL {idpel}. TELP PLN 123 TDK DIANGKAT DARI JAM {time}",
    "KOTKUPANG WARGA RT {n} SAMPAI RT {n} KEL {KEL} BELI AIR TANGKI {AMT} PER TANGKI. MOHON PDAM ATUR JADWAL",
    "KOTKUPANG KODE BILLING PBB {bill} SDH DIBAYAR {date} TAPI STATUS MASIH TERUTANG. NOP {nop}",
    "KOTKUPANG PENGADUAN NO {tix} BELUM DITINDAKLANJUTI SDH {n} HARI. MOHON DIPERHATIKAN",
    "KOTKUPANG ANJING LIAR BANYAK DI SEKITAR {PASAR}, SDH {n} ANAK DIGIGIT BULAN INI. MOHON DINAS PETERNAKAN TURUN",
    "KOTKUPANG HARGA MINYAK TANAH DI PANGKALAN KEL {KEL} {AMTS} PER LITER. LEBIH DARI HET. TOLONG DICEK",
    "KOTKUPANG SUDAH ADA {n} WARGA RT {n} KENA DBD. MOHON FOGGING SEBELUM {date}. PUSKESMAS {PKM} BLM TURUN",
)

# WhatsApp forwards, chain messages and chat exports
T(
    "wa_forward",
    "[{date:d} {time}] {name:f1}: Sdh lapor PDAM ka blm?\n[{date:d} {time}] {lfirst:m1}: blm bu, hotline PDAM {otel} sibuk trs\n[{date:d} {time}] {name:f1}: sy ada nomor petugas meter, Pak {name:m2} {hp:m2}. coba WA dia",
    "*Diteruskan*\nMOHON BANTU SHARE 🙏\nAnak kami {first:c1} ({n} thn) hilang sejak {date} sekitar {pasar}. Terakhir pakai baju sekolah. Hubungi mamanya {name:f1} {hp62p:f1} atau bapaknya {hpd:m1}. Tuhan berkati",
    "Forwarded many times\nHATI2 ada WA ngaku dari Dukcapil nomor {~hp:x} minta foto KTP dan KK. Tetangga sy Ibu {name:f1} sudah kirim dan datanya dipakai pinjol. Info dari {name:m1} ({hp:m1})",
    "[{time}] Admin Kelurahan: Yg blm terima BLT kirim data di sini\n[{time}] {name:f1}: {name:f1}, NIK {nik:f1}, KK {kk:f1}, {rt:h}\n[{time}] {lname:m1}: sy jg blm pak, nik {nik4:m1}",
    "Mohon dukungan doa dan dana utk {name:m1} yg dirawat di {rs} krn gagal ginjal. Bantuan dpt ditransfer ke rek BRI {rekbri:f1} a.n. {name:f1} (istri). Konfirmasi ke {hp:f1}. Terima kasih",
    "[{time}] {hp62p:a}: selamat sore, ini {first:f1} dr gang sebelah\n[{time}] {name:m1}: iya nona {first:f1}, ada apa\n[{time}] {hp62p:a}: meteran air di rumah sy {gg:h} bocor, tolong sampaikan ke PDAM",
    "Ditemukan dompet di bemo jurusan {rute}. Isi KTP a.n. {NAME:m1}, NIK {nik:m1}, alamat {ADDRRT:h}. Yg kenal mohon hubungi {hp:m2} (Om {first:m2})",
    "Tolong share: mobil {plate:a} tabrak lari di {pubst} semalam jam {time}. Korban {name:m1} skrg di {rs}. Info ke keluarga {fam:fn1} {hp:fn1}",
    "[{time}] {name:f1}: Bu bidan, no BPJS mama sy {bpjs:f2} ko tdk aktif\n[{time}] Bidan {first:f3}: coba cek di Mobile JKN dulu bu, atau ke kantor BPJS Kupang {otel}\n[{time}] {name:f1}: baik bu {first:f3}, makasih",
    "Pesan diteruskan:\nKak, tolong kirim berkas beasiswa ke email sy {email:f1} atau {email_at:f1} kalau yg pertama penuh. Sy {name:f1}, kelas XII SMAN {n} Kupang. WA {hp:f1}",
    "[{date} {time}] {lname:f1}: pak RT, rumah sy {addr:h} dapat tagihan air {amt} padahal meteran mati\n[{date} {time}] ketua rt: nanti sy bawa ke kelurahan bu\n[{date} {time}] {lname:f1}: ini nomor KK sy {kk:f1}",
    "Diteruskan dari grup jemaat GMIT {kel}:\nSyalom, mari kita doakan Bapak {name:m1} yg kecelakaan di {pubst}. Motornya {plate:m1} masih di Polresta. Keluarga minta bantuan ke rek Bank NTT {rekntt:f1} a.n. {name:f1}",
    "Forwarded\nJual sapi qurban, kandang di belakang rumah {gg:h}. Pemilik {name:m1}, WA {hpzw:m1}. Harga mulai {amt}, bisa antar.",
    "[{time}] {name:m1}: sy daftar NIB di OSS tp gagal trs. NPWP sy {npwp:m1}\n[{time}] {name:m2}: NPWP usaha atau pribadi?\n[{time}] {name:m1}: pribadi pak, usaha perorangan",
    "[{date} {time}] {name:f1}: Kaka, plat motor yg serempet anak sy tadi {plate:a}\n[{date} {time}] {name:f1}: anak sy {first:c1} skrg di Puskesmas {pkm}\n[{date} {time}] {lfirst:m2}: sdh lapor polisi ka?",
    "*PENTING* Ada akun WA mengaku Kemensos bagi bansos {amt}. Daftar lewat bansos.kemensos.ntt@gmail.com atau WA {~hp:x}. ITU PENIPUAN! Info resmi call center Kemensos 171. Diteruskan dari grup {kel}",
    "Info PDAM: Gangguan distribusi zona {kel} tgl {date} jam {time}-{time}. Pengaduan hubungi hotline {otel} atau WA center {~hp:x}. Mohon maaf atas ketidaknyamanan",
    "Info jadwal fogging hari ini: RT {n}, RT {n} dan RT {n} Kel. {kel}. Mohon tutup makanan dan buka jendela. Puskesmas {pkm}",
    "[{time}] mama: su makan ko?\n[{time}] grup warga: lampu di {pubst} mati lagi\n[{time}] Admin RT: sudah dilapor ke PLN no laporan {tix}",
    "Hoaks!! Pesan 'token PLN gratis {amt}' dgn link bit.ly/tokenpln-ntt itu palsu. PLN UP3 Kupang tdk pernah bagi token lewat WA. Info resmi PLN 123 atau aplikasi PLN Mobile. Diteruskan {n} kali",
    "Jadwal Samsat Keliling minggu ini: {hari} di depan {pasar}, {hari} di Kantor Camat {kec}. Bawa KTP asli & STNK. Info Samsat Kupang {otel}",
    "Pendaftaran imunisasi HPV kelas 5 & 6 di Puskesmas {pkm} tgl {date}. Daftar lewat WA pendaftaran Puskesmas {~hp:x} jam 08.00-12.00",
    "Lowongan tenaga kontrak Dinas Lingkungan Hidup Kota Kupang, berkas dikirim ke dlh.kotakupang@gmail.com paling lambat {date}. Tdk dipungut biaya. Penipuan atas nama dinas laporkan ke {otel}",
)

# Web forms with pasted identity blocks
T(
    "web_form",
    "Formulir Pengaduan Online\nNama Pelapor : {name:m1}\nNIK : {nik4:m1}\nNo. HP : {hpd:m1}\nEmail : {email:m1}\nAlamat : {addrrt:h}, Kel. {kel}\nKategori : Air Bersih\nUraian : Air PDAM tidak mengalir sejak {date}, tagihan tetap datang {amt}. No. sambungan {samb}.",
    "Nama : {NAME:f1}\nNo KK : {kk4:f1}\nNIK : {nik:f1}\nAlamat : {ADDRRT:h}\nTelp rumah : {telb:f1}\nHP : {hp:f1}\nIsi : Akta kelahiran anak saya {name:c1} belum selesai sejak {date}, padahal berkas lengkap. Nomor registrasi {surat}.",
    "Kategori: Kesehatan\nPelapor: {name:f1}\nNo. BPJS/KIS: {bpjs:f1}\nNIK: {nik:f1}\nHP/WA: {hp62p:f1}\nLokasi kejadian: {rs}\nUraian: Saya pasien BPJS diminta bayar obat {amt} di apotek rumah sakit. Kuitansi no {tix} terlampir.",
    "Data Pemohon\nNama Lengkap: {name:m1}\nNPWP: {npwp:m1}\nNIK: {nik:m1}\nEmail: {email_br:m1}\nAlamat Rumah: {blok:h}, Kel. {kel}\nPerihal: Keberatan SPPT PBB {year} NOP {nop}, luas bangunan tertulis 250 m2 padahal 90 m2.",
    "Form Aduan Bansos\nNama penerima: {name:f1}\nNIK: {nik17:f1}\nNo KK: {kk:f1}\nNo rekening KKS (BNI): {rekbni:f1}\nAlamat: {rt:h}, Kel. {kel}\nKeterangan: saldo KKS kosong sejak tahap {n}, kata pendamping nama saya dicoret.",
    "Nama Pelapor : {name:m1}\nNo. Telp : {hp:m1}\nJenis Laporan : Parkir liar\nUraian : Mobil {plate:a} dan motor {plate:b} parkir tiap hari di depan pagar rumah saya {addr:h}, milik penghuni kos sebelah. Sudah ditegur tapi tidak digubris.",
    "Pengaduan Pendidikan\nNama Orang Tua: {name:f1}\nNama Siswa: {name:c1}\nNISN: {nisn}\nSekolah: {sekolah}\nHP: {hpdot:f1}\nUraian: Ijazah anak saya ditahan karena belum lunas uang komite {amt}. Kepala sekolah Bpk. {name:m2} tidak mau terima cicilan.",
    "Nama: {name:m1}\nEmail: {email_paren:m1}\nHP: {hp62:m1}\nAlamat: {addr:h} (rumah saya)\nKeluhan: Tiang listrik miring di samping rumah sejak angin kencang {date}. Sudah lapor PLN 123 nomor laporan {tix}.",
    "Identitas pelapor (disalin dari KTP):\n{NAME:f1}\n{nikdot:f1}\n{addrrt:h}\n{hp:f1}\n\nLaporan: Pembangunan menara telekomunikasi di belakang rumah tanpa sosialisasi. Izin PBG {surat} katanya sudah ada.",
    "Nama : {name:m1}\nUsaha : Bengkel las (usaha perorangan)\nNPWP pribadi : {npwp16:m1}\nNo. Rekening Mandiri : {rekmdr:m1}\nHP : {hp:m1}\nUraian: Pembayaran pekerjaan pagar {sekolah} dari dinas belum diterima, SP2D nomor {surat}.",
    "Kategori: Pertanahan\nPelapor: {name:m1}, {email:m1}\nTerlapor: {name:m2}\nUraian: Tanah warisan orang tua kami di Kel. {kel} dijual dua kali oleh {first:m2} kepada {name:m3}. SHM nomor {shm} masih di tangan kami.",
    "Nama: {lname:f1}\nno hp: {hps:f1}\nalamat: {addrl:h}\nisi laporan: anak sy {lfirst:c1} ditolak daftar sd krn umur blm 7 thn, pdhl sd swasta lain terima",
    "Nama Pelapor: {name:m1}\nNo. Polisi Kendaraan: {plate:m1}\nNo. HP: {hpd:m1}\nIsi: Pajak kendaraan sudah dibayar lewat e-Samsat {date}, kode bayar {bill}, tapi notice belum terbit.",
    "Nama Lengkap : {name:f1}\nNIK : {niknb:f1}\nNo HP : {hpnb:f1}\nPekerjaan : guru honor\nAlamat : {gg:h}\nUraian : Honor triwulan {n} belum dibayar. Bendahara bilang NPWP saya {npwp:f1} tidak valid.",
    "Pelapor: {name:m1}\nKTP: {nik:m1}\nKIS: {bpjs4:m1}\nTelp: {tel:m1}\nUraian: Ayah saya {name:m2} ditolak rawat inap di {rs} karena kamar penuh, disuruh ke rumah sakit swasta.",
    "Formulir Pengaduan Online\nNama Pelapor : (dirahasiakan)\nKategori : Jalan dan Jembatan\nLokasi : {pubst}, Kel. {kel}\nUraian : Jembatan kayu dekat {sekolah} patah, anak sekolah lewat kali. Foto IMG_{imgdate}.jpg terlampir.\nNomor Tiket : {tix}",
    "Kategori: Lingkungan\nPelapor: Anonim\nLokasi: belakang {pasar}\nUraian: Pembakaran sampah setiap sore, asap masuk ke {sekolah}. Sudah dilaporkan ke DLH tapi belum ada tindakan.\nStatus: Diteruskan ke Dinas Lingkungan Hidup ({otel})",
    "Jenis layanan: Perizinan\nNama Usaha: {usaha}\nNPWP Badan: {~npwp:x}\nAlamat Usaha: {~addr:x}\nUraian: Permohonan PBG nomor {surat} belum diproses sejak {date}.",
    "Kategori: Pajak Daerah\nPelapor: tidak mau disebut\nUraian: Restoran di {pubst} tidak memberi struk pajak 10%. Total makan {amt}, NPWPD restoran {npwpd}.\nTiket: {tix}",
    "Form Pertanyaan\nNama: -\nPertanyaan: Berapa biaya balik nama kendaraan tahun {year}? Di loket Samsat disebut {amt}, di website lain lagi. Kode pembayaran saya {bill}.",
    "Kategori: Kependudukan\nPelapor: Anonim\nUraian: Antrean di Mal Pelayanan Publik sejak jam {time}, nomor antrean {n}. Petugas loket {n} istirahat lama. Mohon ditambah loket.",
    "Kategori: Transportasi\nLokasi: Terminal Kupang\nUraian: Tarif angkot jurusan {rute} naik jadi {amts} tanpa pengumuman Dishub. ID laporan {tix}.",
    "Kategori: Listrik\nLokasi: {pubst} depan {rs}\nUraian: Lampu PJU mati 6 titik. ID pelanggan PJU {idpel}. Laporan di PLN 123 no {tix}.",
)

# E-mails with headers, quoted replies and signatures
T(
    "email_thread",
    "From: {name:f1} <{email:f1}>\nTo: pengaduan@kupangkota.go.id\nSubject: Air tidak mengalir\n\nYth. Bapak/Ibu,\nSudah {n} hari air PDAM di rumah kami {addrrt:h}, Kel. {kel} tidak mengalir. Nomor sambungan {samb}.\n\nHormat saya,\n{name:f1}\nHP {hp:f1}",
    "From: {fam:mn1}, {given:mn1} <{email:mn1}>\nTo: dukcapil.kotakupang@gmail.com\nCc: {name:fn1} <{email:fn1}>\nSubject: Perbaikan KK\n\nMohon perbaikan KK nomor {kk:mn1}, nama istri saya tertulis salah. NIK istri {nik:fn1}.\n\nSalam,\n{given:mn1}",
    "Pada {hari}, {date} {time}, {name:m1} <{email:m1}> menulis:\n> Saya sudah kirim berkas PIP anak saya {name:c1} sejak bulan lalu.\n\nYth. Bapak {first:m1},\nBerkas sudah kami terima dan diteruskan ke operator sekolah, Ibu {name:f2} ({emaildinas:f2}).\n\nSalam,\nTata Usaha {sekolah}\nTelp {otel}",
    "From: Humas PDAM Kota Kupang <humas.pdamkupang@gmail.com>\nTo: {name:m1} <{email:m1}>\nSubject: Re: Pipa bocor\n\nYth. Bapak {name:m1},\nLaporan Bapak nomor {tix} tentang pipa bocor di depan rumah Bapak, {addr:h}, sudah diperbaiki tim teknis pada {date}. Jika masih ada kendala hubungi hotline {otel}.\n\nSalam,\nHumas PDAM",
    "From: {name:f1} <{emaildinas:f1}>\nTo: bkpsdm@kupangkota.go.id\nSubject: Koreksi data PPPK\n\nSelamat siang,\nSaya guru di {sekolah}, NIK {nik:f1}, NPWP {npwp:f1}. Gelar saya belum dicantumkan di SK. Email dinas saya di atas.\n\n{name:f1}, S.Pd.\nHP {hp:f1}",
    'To: "Sdr. {name:m1}" <{email:m1}>\nFrom: Bapenda Kota Kupang <bapenda@kupangkota.go.id>\nSubject: Tanggapan keberatan PBB\n\nKeberatan Saudara atas SPPT NOP {nop} telah kami terima dengan nomor {surat}. Mohon melengkapi fotokopi KTP dan bukti bayar {year}.\n\nBapenda Kota Kupang\nTelp. {otel}',
    "---------- Forwarded message ---------\nFrom: {name:f1} <{email:f1}>\nDate: {date}\nSubject: Rekening bantuan\n\nIni data rekening untuk bantuan bedah rumah: BRI {rekbrip:f1} a.n. {name:f1}. Alamat {addr:h}, Kel. {kel}.\n\n--\nDiteruskan oleh {name:m2} ({emaildinas:m2})",
    "From: {name:m1} <{email:m1}>\nTo: ombudsman.ntt@ombudsman.go.id\nSubject: Laporan pungli Samsat\n\nSaya pemilik mobil {plate:m1}, dimintai {amt} tambahan oleh calo di loket. NIK saya {nik:m1}, HP {hp62s:m1}.\n\nTerima kasih,\n{first:m1}",
    "On {date} at {time}, {name:f1} <{email:f1}> wrote:\n> bpjs anak saya {first:c1} no {bpjs:c1} ditolak di {rs}\n\nIbu {first:f1} yth, kartu anak Ibu nonaktif karena data PBI dipindah. Silakan ke Dinsos membawa KK {kk:f1}.\n\nSalam,\n{name:f2}\nPetugas BPJS Kesehatan Cabang Kupang",
    "From: {name:m1} <{email:m1}>\nTo: pengaduan@kupangkota.go.id\nSubject: Balasan ke alamat pribadi\n\nMohon balasan dikirim ke alamat pribadi saya {email_titik:m1}, bukan email kantor. Laporan saya tiket {tix}.\n\n{name:m1}",
    "Dari: {name:f1} <{email:f1}>\nKepada: pengaduan@kupangkota.go.id\nPerihal: Tetangga pelihara babi\n\nTetangga kami keluarga {fam:fn2} di {gg:h2} memelihara 20 ekor babi, baunya sampai ke rumah kami {addr:h}. Sudah kami tegur baik-baik.\n\n{name:f1}",
    "Catatan surel masuk {date}: From: {fam:mn1}, {given:mn1} <{email:mn1}> — minta rekening BNI {rekbni:mn1} dicek, honor ketua RT belum masuk tiga bulan.",
    "From: {name:m1} <{email:m1}>\nSubject: Re: Data penerima beasiswa\n\nIni data anak saya:\nNama: {name:c1}\nNIK: {nik:c1}\nNo. KIP: {kip}\nRekening BRI: {rekbri:c1}\n\nSalam, {first:m1}",
    'From: {name:f1} <{email_keong:f1}>\nTo: humas@kupangkota.go.id\nCc: "{name:m2}" <{email:m2}>\nSubject: Lampu jalan\n\nLampu jalan di {pubst} mati, tolong. Saya tinggal di {blok:h}.\n\nSalam damai,\n{first:f1}',
    "From: noreply@lapor.go.id\nSubject: [LAPOR!] Laporan {tix} telah diteruskan\n\nLaporan Anda telah diteruskan ke Pemerintah Kota Kupang. Batas waktu tindak lanjut {date}. Jangan membalas email ini.",
    "From: Dinas Kesehatan Kota Kupang <dinkes.kotakupang@gmail.com>\nTo: seluruh puskesmas\nSubject: Jadwal BIAS\n\nMohon laporan cakupan imunisasi dikirim paling lambat {date}. Kontak Seksi Imunisasi {otel}.",
    "From: Tata Usaha SD Inpres Oepura 2 <tu.sdioepura2@gmail.com>\nSubject: Pengambilan ijazah\n\nPengambilan ijazah tahun {year} mulai {date}. Kontak: telp {otel}, WA {~hp:x}.",
    "From: Flobamora Travel <booking@flobamoratravel.co.id>\nSubject: Perubahan jadwal\n\nPerjalanan Kupang–Soe tanggal {date} diundur ke jam {time}. Perubahan jadwal hubungi {~hp:x}. Kode booking {booking}.",
    "From: KPP Pratama Kupang <kpp.kupang@pajak.go.id>\nSubject: Sosialisasi Coretax\n\nSosialisasi pemadanan NIK-NPWP dilaksanakan {date} di aula KPP. Nomor antrean online {tix}. Helpdesk: helpdesk@pajak.go.id",
    "From: Bagian Organisasi Setda Kota Kupang <organisasi@kupangkota.go.id>\nTo: admin.lapor.opd@googlegroups.com\nSubject: Rekap SP4N-LAPOR! {month}\n\nTerlampir rekap: {n} laporan masuk, {n} selesai. Batas input {date}. Contoh format isian: user@example.com, lampiran denah@2x.png.",
    "From: Sekretariat Dinas Sosial <dinsos@kupangkota.go.id>\nSubject: Setoran pengembalian bansos\n\nPengembalian dana bansos salah salur disetor ke rekening penampung {~rekntt:x} paling lambat {date}. Kode billing {bill}.",
    "From: CV Karya Lontar <cvkaryalontar@gmail.com>\nSubject: Penawaran\n\nKepada Yth. Kepala Dinas PUPR, bersama ini kami kirim penawaran pekerjaan drainase {pubst}, nilai {amt}. NPWP perusahaan {~npwp:x}. Kantor kami {~addr:x}.",
)

# A call centre's written-out calls and notes
T(
    "call_log",
    "Waktu: {date} {time}\nPetugas: Selamat pagi, call center 112 Kota Kupang, dengan {first:f3}, ada yang bisa dibantu?\nPenelepon: Pohon tumbang tutup jalan di {pubst}.\nPetugas: Atas nama?\nPenelepon: {name:m1}.\nPetugas: Nomor yang bisa dihubungi?\nPenelepon: {hp:m1}.\nPetugas: Baik, tim BPBD meluncur.",
    "Petugas: NIK Bapak?\nPelapor: {nik17:m1}.\nPetugas: Itu tujuh belas angka, Pak. Coba ulang.\nPelapor: {nik:m1}.\nPetugas: Terima kasih Pak {first:m1}, KTP Bapak sudah tercetak, silakan ambil di Dukcapil.",
    "Petugas: BPJS Kesehatan, nomor kartunya?\nPenelepon: {bpjs:f1}.\nPetugas: Atas nama?\nPenelepon: {name:f1}, tinggal di {rt:h} Kel. {kel}.\nPetugas: Kartu Ibu aktif. Faskesnya Puskesmas {pkm}.",
    "Catatan panggilan {date}\nPelapor Bpk. {name:m1}, warga {rt:h}, HP {hp:m1}, melapor kabel PLN putus dekat {sekolah}. Diteruskan ke PLN 123, no laporan {tix}.",
    "Petugas: Nomor rekening?\nNasabah: {rekntt:f1}.\nPetugas: Atas nama siapa?\nNasabah: {name:f1}.\nPetugas: Dana hibah belum masuk karena nama di rekening beda dengan SK. Silakan ke Bank NTT cabang terdekat.",
    "Log 1708 shift malam\n{time} Penelepon {name:f1} (HP {hpd:f1}) lapor suami {name:m1} belum pulang sejak sore, motor {plate:m1}.\n{time} Diteruskan ke Polresta Kupang Kota, piket {otel}.",
    "Petugas: Laporan dari nomor {hp:a} masuk tadi pagi, benar Bapak?\nPenelepon: Iya, itu nomor sy. Sy {name:m1}.\nPetugas: Alamat lengkap?\nPenelepon: {addrrt:h}, dekat {pasar}.",
    "Penelepon: Sy mau tanya NPWP bapak sy yg sdh meninggal. NPWP almarhum {npwp:m2}, namanya {name:m2}.\nPetugas: Untuk penghapusan silakan bawa akta kematian dan KK ke KPP.\nPenelepon: KK kami {kk:f1}, masih nama bapak. Sy {first:f1}, anaknya.",
    "Petugas: Nomor KK-nya?\nPelapor: {kkcomma:f1}.\nPetugas: NIK ibu?\nPelapor: {nikpairs:f1}.\nPetugas: Atas nama?\nPelapor: {name:f1}.",
    "Petugas: Dinas Kesehatan, dengan {first:m3}.\nPenelepon: Sy mau lapor bidan {name:f2} di Pustu {kel} minta bayar {amt} utk persalinan, padahal sy pakai KIS {bpjs:f1}.\nPetugas: Nama Ibu?\nPenelepon: {name:f1}.",
    "Petugas: Nomor yang bisa dihubungi?\nPelapor: Nomor kami {hps:f1}.\nPetugas: Atas nama?\nPelapor: {name:f1}. Email juga bisa, {email:f1}.",
    "Catatan: Pelapor {name:m1} (pemilik kios, HP {hp:m1}) lapor oknum petugas pasar minta {amt} per hari. Nama oknum menurut pelapor {name:m2}. Kios di {pasar}, bukan rumah.",
    "Petugas: Plat nomornya?\nPenelepon: {platel:a}, avanza hitam.\nPetugas: Pemiliknya tahu?\nPenelepon: Itu mobil tetangga, {name:m2}. Parkir di depan rumah sy {addr:h} sudah seminggu.",
    "Petugas: Samsat Kupang, dengan {first:f3}.\nPenelepon: Saya {name:m1}, mau tanya pajak motor {plate:m1}, NIK {nik:m1}.\nPetugas: Pajak Bapak {amt}, bisa bayar lewat e-Samsat kode bayar {bill}.",
    "Petugas: Dukcapil, selamat siang.\nPenelepon: Sy {name:f1}, mau tanya akta anak sy {name:c1}.\nPetugas: NIK anaknya?\nPenelepon: {nikbr:c1}.\nPetugas: Akta sudah terbit, ambil di loket 3.",
    "Rekap shift malam {date}: {n} panggilan masuk, {n} kebakaran lahan (Kel. {kel}), {n} lampu jalan, {n} prank. Nomor tiket terakhir {tix}.",
    "Petugas: Call center 112, ada yang bisa dibantu?\nPenelepon: Ada kecelakaan di {pubst} dekat {rs}.\nPetugas: Ambulans sudah diarahkan. Terima kasih.",
    "Petugas: PDAM Kota Kupang, selamat siang.\nPenelepon: Air di Kel. {kel} mati dari pagi.\nPetugas: Ada perbaikan pipa di {pubst}, normal jam {time}. Info lanjut hotline {otel}.",
    "Penelepon: Sy dapat SMS dari {~hp:x} ngaku petugas Bank NTT minta kode OTP.\nPetugas: Itu penipuan bu. Nomor resmi Bank NTT {otel}. Jangan berikan OTP.",
    "Petugas: Bapenda, selamat pagi.\nPenelepon: Mau tanya kode billing PBB {bill} kok gagal bayar?\nPetugas: Kode itu kedaluwarsa {date}, silakan cetak ulang di loket.",
    "Log panggilan {date}: {time} salah sambung; {time} tanya jadwal Samsat Keliling; {time} lapor tiang miring di {pubst}, diteruskan PLN 123 (no {tix}).",
    "Petugas: Nomor WA pengaduan Dukcapil {~hp:x} itu resmi, bu. Layanan Senin–Jumat 08.00–15.00.\nPenelepon: Oh baik, terima kasih. Antrean tadi sampai nomor {n}.",
    "Petugas: Dinas Perhubungan.\nPenelepon: Lampu lalu lintas di simpang {pubst} mati. Rambu lalu lintas juga roboh.\nPetugas: Dicatat, tiket {tix}.",
)

# Forms, cards and receipts as a scanner reads them
T(
    "ocr_scan",
    "PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNIK : {nikO:m1}\nNama : {NAME:m1}\nTempat/Tgl Lahir : KUPANG, {dob}\nJenis Kelamin : LAKI-LAKI Gol. Darah : O\nAlamat : {ADDR:h}\nRT/RW : {rtrw:h}\nKel/Desa : {KEL}\nKecamatan : {KEC}\nAgama : KRISTEN\nPekerjaan : WIRASWASTA",
    "KARTU KELUARGA\nNo. {kk:m1}\nNama Kepala Keluarga : {NAME:m1}\nAlamat : {ADDR:h}\n{rtrw:h}\nNo | Nama Lengkap | NIK | Hubungan\n1 | {NAME:m1} | {nik:m1} | KEPALA KELUARGA\n2 | {NAME:f1} | {nik:f1} | ISTRI\n3 | {NAME:c1} | {nik:c1} | ANAK",
    "KARTU INDONESIA SEHAT\nNo. Kartu : {bpjs4:f1}\nNama : {NAME:f1}\nNIK : {nik:f1}\nTgl. Lahir : {dob}\nFaskes Tingkat I : PUSKESMAS {PKM}",
    "BUKU TABUNGAN SIMPEDES\nBANK RAKYAT INDONESIA\nUNIT {KEL}\nNAMA      {NAME:f1}\nNO. REKENING {rekbri:f1}\nALAMAT {ADDRRT:h}",
    "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nNPWP : {npwpO:m1}\n{NAME:m1}\nNIK : {nik:m1}\n{ADDR:h}\nKPP PRATAMA KUPANG",
    "SURAT TANDA NOMOR KENDARAAN BERMOTOR\nNo. Registrasi : {plate:m1}\nNama Pemilik : {NAME:m1}\nAlamat : {ADDRRT:h}\nMerk/Type : HONDA/NF125\nNo. Rangka : {rangka}\nNo. Mesin : {mesin}",
    "SURAT KETERANGAN PINDAH\nNama : {NAMEsp:m1}\nNIK : {nik:m1}\nNo. KK : {kkO:m1}\nAlamat Asal : {ADDR:h}\nAlamat Tujuan : {ADDR:h2}\nNomor : {surat}",
    "N a m a : {NAME:f1}Tempat/Tgl Lahir : SOE, {dob}\nNIK : {nik:f1}\nAlamat : {ADDR:h}\nPekerjaan : MENGURUS RUMAH TANGGA",
    "FORMULIR PERMOHONAN AKTA KELAHIRAN\nNama Anak : {NAMEbr:c1}\nNama Ayah : {NAME:m1}\nNIK Ayah : {nik:m1}\nNama Ibu : {NAME:f1}\nNIK Ibu : {nik:f1}\nNo. KK : {kk:m1}",
    "BUKTI SETORAN IURAN JKN MANDIRI\nNo. VA : {va}\nNo. Kartu : {bpjs:f1}\nNama Peserta : {NAME:f1}\nJumlah : {AMT}\nTgl : {date}",
    "BANK NTT\nSLIP SETORAN\nNo. Rekening Tujuan : {rekntt:f1}\nNama Pemilik Rekening : {NAME:f1}\nPenyetor : {NAME:m1}\nTelp : {hp:m1}\nJumlah : {AMT}",
    "SURAT KETERANGAN DOMISILI\nYang bertanda tangan di bawah ini Lurah {KEL} menerangkan:\nNama : {NAME:m1}\nNIK : {nikzw:m1}\nAlamat : {ADDRRT:h}\nbenar berdomisili di alamat tersebut.\nNomor: {surat}\nttd\n{NAME:m2}\nNIP {nip}",
    "KARTU KELUARGA No. {kk:m1}\n1 {NAME:m1} {nik:m1} KEPALA KELUARGA KRISTEN\n2 {NAME:f1} {nik:f1} ISTRI KRISTEN\n3 {NAME:c1} {nik:c1} ANAK KRISTEN",
    "SURAT IZIN MENGEMUDI\n{NAME:m1}\n{dob}\n{ADDR:h}\nKUPANG\nNo. SIM {sim}",
    "KARTU TANDA PENDUDUK\nNIK : {nikfw:f1}\nNama : {NAME:f1}\nAlamat : {ADDR:h}\n{rtrw:h}\nKel/Desa : {KEL}",
    "TOKO SINAR ABADI\nJl. Soeharto No. {n} Kupang\nNPWP : {~npwp:x}\nKASIR : {kasir}\nSEMEN TIGA RODA 2 SAK {AMT}\nTOTAL {AMT}\nTGL {date} {time}\nTERIMA KASIH",
    "SURAT PEMBERITAHUAN PAJAK TERUTANG PBB-P2 TAHUN {year}\nNOP : {nop}\nLETAK OBJEK PAJAK : {PUBST} KEL. {KEL}\nLUAS BUMI {n}0 M2\nPBB TERUTANG {AMT}\nJATUH TEMPO {date}",
    "PLN UP3 KUPANG\nSTRUK PEMBELIAN LISTRIK PRABAYAR\nIDPEL : {idpel}\nTARIF/DAYA : R1/1300 VA\nRP BAYAR : {AMT}\nSTROOM/TOKEN : {token}\nINFO HUBUNGI CALL CENTER 123",
    "PEMERINTAH KOTA KUPANG\nDINAS PEKERJAAN UMUM DAN PENATAAN RUANG\nJl. Timor Raya Km. 5 Telp. {otel}\nNomor : {surat}\nPerihal : Perbaikan drainase {PUBST}",
    "FAKTUR\nKepada: CV Timor Jaya\nNPWP : {~npwp:x}\nAlamat: {~addr:x}\nNo Faktur {tix}\nTotal {AMT}",
    "KARCIS RETRIBUSI PARKIR\nPEMERINTAH KOTA KUPANG\nNo Seri {serial}\nRODA 2 {AMTS}\n{date} {time}\nPERDA NO. {n} TAHUN 2024",
    "TIKET KAPAL\nASDP INDONESIA FERRY\nBOLOK - {port}\nKODE BOOKING {booking}\nTGL {date} JAM {time}\nGOL I {AMT}",
    "PENGUMUMAN\nPOSYANDU BUNGA BAKUNG\nIMUNISASI TGL {date}\nPUKUL {time} WITA\nTEMPAT: BALAI RW {n} KEL. {KEL}\nINFO: PUSKESMAS {PKM} {otel}",
)

# RT/RW and kelurahan notices, minutes, lists and letters
T(
    "rt_notice",
    "PENGUMUMAN\nKerja bakti warga RT {n} RW {n} Kel. {kel} hari {hari} {date} jam 06.30. Kumpul di rumah Ketua RT, Bpk. {name:m1}, {addr:h}. Info: {hp:m1}",
    "DAFTAR PENERIMA BLT-DD\n1. {name:f1} ({age})\n2. {name:m2} ({age})\n3. {name:f3} ({age})\nYang keberatan hubungi Sekretaris RT {name:m4}, HP {hp:m4}.",
    "UNDANGAN\nKepada Yth. Bapak/Ibu warga RW {n}\nRapat persiapan Natal bersama. Tempat: rumah Bpk. {name:m1}, {gg:h}. Panitia: Ibu {name:f1} ({hp:f1})",
    "BERITA DUKA\nTelah meninggal dunia ayah/opa kami {name:mn1} pada {date}. Disemayamkan di rumah duka {addrrt:h}. Ibadah pelepasan {hari} jam 15.00.\nKel. besar {fam:mn1}",
    "NOTULEN RAPAT RT {n}\nHadir: {name:m1} (Ketua RT), {name:f1}, {name:m2}, {name:f2}\nKeputusan: iuran sampah {amt}/bulan dibayar ke bendahara {first:f1}.",
    "Surat Keterangan\nYang bertanda tangan di bawah ini Ketua RT {n} RW {n} Kel. {kel} menerangkan bahwa {name:f1}, NIK {nik:f1}, benar warga kami yang tinggal di {addrrt:h} dan tergolong tidak mampu.\nKetua RT\n{name:m1}",
    "KEHILANGAN\nTelah hilang motor Honda Beat {plate:a} warna hitam di depan rumah {name:m1}, {addr:h}, tgl {date}. Bagi yang menemukan hubungi {hp:m1}. Imbalan {amt}.",
    "Daftar Penerima Sembako\nNo;Nama;NIK;Alamat\n1;{name:f1};{nik:f1};{gg:h1}\n2;{name:m2};{nik:m2};{addr:h2}\n3;{name:f3};{nik:f3};{addr:h3}",
    "PEMBERITAHUAN\nWarga yang belum memiliki KIS dapat mendaftar melalui kader Ibu {name:f1}. Bawa fotokopi KK dan KTP. Kader tinggal di {blok:h}. WA {hp62p:f1}",
    "Laporan kas bulan {month}\nSaldo awal {amt}\nIuran masuk {amt}\nPengeluaran: beli lampu jalan {amt}\nUang disimpan di rek BRI {rekbri:f1} a.n. bendahara {name:f1}",
    "Kepada Yth. Lurah {kel}\nKami warga {rt:h} melaporkan tetangga kami Sdr. {name:m1} yang membuang limbah babi ke got. Rumahnya di {addr:h2}.\nHormat kami, {name:m2} (pelapor), HP {hp:m2}",
    "PENGUMUMAN RONDA MALAM\nJadwal minggu ini:\n{hari}: {name:m1}, {name:m2}\n{hari}: {name:m3}, {name:m4}\nKoordinator: {first:m1} ({hps:m1})",
    "Daftar Anak Posyandu Bunga Bakung\n1. {name:c1} ({n} bln) - ibu {first:f1}\n2. {name:c2} ({n} bln) - ibu {first:f2}\nBidan: {name:f3}",
    "Surat Pernyataan\nSaya {name:m1}, NIK {nik:m1}, pemilik tanah di {addr:h}, menyatakan tidak keberatan pembangunan drainase melewati pekarangan. Saksi: {name:m2}, {name:f1}.",
    "Data calon penerima bedah rumah\nNama: {name:m1}\nNo. KK: {kk:m1}\nRekening Bank NTT: {rekntt:m1}\nAlamat: {addrrt:h}\nDiverifikasi: {name:f2}",
    "PENGUMUMAN RT {n} RW {n}\nKerja bakti bersihkan got sepanjang {pubst} hari {hari} {date}. Warga wajib hadir, yang tidak hadir denda {amt}.",
    "Info jadwal fogging: RT {n}, RT {n} dan RT {n} Kel. {kel} hari {hari} jam {time}. Petugas Puskesmas {pkm}.",
    "HASIL LOMBA KEBERSIHAN 17 AGUSTUS\nRT {n} juara 1, RT {n} juara 2, RT {n} juara 3. Hadiah diserahkan di Kantor Kelurahan {kel}.",
    "Retribusi sampah RT {n} bulan {month} sebesar {amts} per KK dibayar paling lambat {date} ke petugas kelurahan.",
    "Posyandu Bunga Bakung buka tgl {date} jam {time} di Balai RW {n}. Bawa buku KIA. Info Puskesmas {pkm} {otel}.",
    "Keluhan warga RT {n} sampai RT {n} Kel. {kel} soal air tangki sudah disampaikan ke PDAM, no laporan {tix}. Tunggu jadwal distribusi.",
    "Pembagian beras bantuan di Sekretariat RW {n}, {~addr:x}, hari {hari} jam {time}. Bawa KKS dan KTP asli.",
    "Tim voli RT {n} vs RT {n} main final hari {hari} di lapangan Kel. {kel}. Iuran konsumsi {amts}. Grup RT {n}: mohon share.",
)

# Public posts and comments on social media
T(
    "social_post",
    "{name:f1}\n{n} jam · Kota Kupang\nSudah 3 bulan air PDAM tdk jalan di rumah kami {addr:h}. Tagihan tetap datang {amt}!! @pdamkotakupang @pemkotkupang tolong dengar kami 😭\n\n{name:m2}: sama di {kel}, kaka\n{name:f3}: pdam su biasa begitu",
    "DICARI!! Motor Vario {plate:a} hilang di kos {kel} tadi subuh. Pemilik {name:m1}, hubungi {hp:m1}. Bantu share kawan2 🙏",
    "Kecewa dengan pelayanan {rs}. Mama sy {name:f1} pasien BPJS no {bpjs:f1} disuruh beli obat sendiri {amt}. #PelayananPublik #Kupang\n— {name:m1}",
    "Terima kasih untuk Bapak {name:m2}, petugas PLN yang tengah malam naik tiang di depan rumah kami {addrrt:h}. Luar biasa! 👏 - keluarga {fam:fn1}",
    "{name:m1}\nHati-hati penipuan! Ada yg telp dari {~hp:x} mengaku petugas pajak, minta transfer ke rekening atas nama pribadi. Sy hampir kena. Nomor sy sendiri {hp:m1} kalau ada yg mau tanya.",
    "Kasih tau e, rumah sy di {gg:h} su 2 minggu lampu mati, PLN bilang trafo rusak. Sy {first:f1}, HP {hps:f1}. @plnntt",
    "Anak kami {first:c1} ({n} thn) butuh darah golongan O di {rs}. Pendonor hubungi bapaknya {name:m1} {hp62:m1} atau mamanya {first:f1} {hp:f1}. Tuhan memberkati",
    "Open donasi untuk korban kebakaran di {rt:h} Kel. {kel}, rumah keluarga {fam:mn1}. Transfer BNI {rekbni:mn1} a.n. {name:mn1} (pemilik rumah). Konfirmasi {hp:mn1}.",
    "{lname:f1}\nbt sdh antri dari jam 5 pagi di dukcapil mau urus kk, nomor kk sy {kk:f1}, sampe sore blm dipanggil. pelayanan apa ini 😡",
    "Cuma mau bilang, guru honor di {sekolah} sdh 4 bulan belum gajian. Salah satunya adik sy {name:f2}. Kalau mau cek, email dia {email:f2}.",
    "{name:m1}\nJual tanah 10x20 di Kel. {kel}, SHM, harga {amt} nego. Lokasi belakang rumah sy {addr:h}. WA {hp:m1} (pemilik langsung, bukan calo)",
    "Komentar di postingan Humas Pemkot Kupang:\n{name:f1}: Pak, laporan sy soal jalan di {pubst} tiket {tix} kapan ditindak?\nHumas Pemkot Kupang: Sudah diteruskan ke Dinas PUPR ibu.\n{name:m2}: sy juga lapor, nomor sy {hp:m2} tdk pernah ditelp",
    "Siapa yg kenal pemilik mobil {plate:a}? Parkir di depan pagar rumah sy {addr:h} dari kemarin, sy tdk bisa keluar. — {first:f1}",
    "{namezw:f1}\nMau tanya, NPWP sy {npwp:f1} tiba2 dinonaktifkan padahal masih kerja. Ada yg tau urusnya di mana?",
    "{name:m1}\nNomor KIS bapa sy {bpjsdash:m2} tdk bisa dipakai di {rs}, padahal iuran PBI. Bapa sy {first:m2} umur {age} thn. Ada yg pernah alami?",
    "Humas Pemkot Kupang\n{date} · Publik\nPemerintah Kota Kupang membuka layanan pengaduan SMS 1708 dengan format KOTKUPANG(spasi)keluhan. Laporan juga bisa lewat lapor.go.id. #KupangKotaKasih",
    "Jalan di {pubst} depan {rs} berlubang dalam, sudah {n} motor jatuh minggu ini. Kapan diperbaiki @pupr.kotakupang? #jalanrusak",
    "Info: Samsat Keliling hari ini di {pasar} jam {time}-12.00. Syarat: KTP asli, STNK asli. Info {otel}",
    "Hoaks! Beredar pesan bansos {amt} lewat link & nomor {~hp:x} atas nama Kemensos. Itu bukan nomor resmi. Cek di cekbansos.kemensos.go.id",
    "Lampu merah simpang {pubst} mati lagi, macet panjang sampai {rs}. Dishub di mana? 😤",
    "Harga cabe di {pasar} hari ini {amts}/kg, bawang merah {amts}. Mama2 siap2 e 😅",
    "Bandara El Tari ramai sekali hari ini, antrean taksi panjang. Tarif ke kota {amts}. #Kupang",
    "Bau sampah dari TPA Alak sampai ke Kel. {kel}. Kapan ada solusi? Sudah lapor tiket {tix} {n} bulan lalu.",
)

# Internal notes, verifications and dispositions of the complaint unit
T(
    "officer_note",
    "NOTA DINAS\nKepada: Kabid Air Minum\nDari: Admin Pengaduan\nPerihal: Tindak lanjut tiket {tix}\nPelapor a.n. {name:m1} (NIK {nik:m1}, HP {hp:m1}) melaporkan kebocoran pipa di depan rumahnya, {addrrt:h}. Mohon diverifikasi paling lambat {date}.",
    "Hasil verifikasi lapangan {date}\nPetugas: {name:f2} (NIP {nip})\nPenerima atas nama {name:f1}, NIK {nik:f1}, KK {kk:f1}, benar tinggal di {rt:h} Kel. {kel}. Layak diusulkan PBI JKN.",
    "Disposisi: Kasi Pendaftaran Penduduk\nPemohon {name:m1} mengeluh KK {kk:m1} ganda. Data ganda atas nama {name:f1} (NIK {nik:f1}) di Kab. Kupang. Mohon dipadankan.",
    "Catatan tindak lanjut:\nTelah dihubungi pelapor Ibu {name:f1} di nomor {hpd:f1} pada {date} {time}. Pelapor menyampaikan rekening penerima bantuan perbaikan rumah Bank NTT {rekntt:f1} sudah aktif.",
    "Memo internal Bapenda\nWP orang pribadi {name:m1}, NPWP {npwp:m1}, mengajukan keberatan PBB NOP {nop}. Alamat WP {addr:h}. Berkas lengkap, teruskan ke Bidang Penetapan.",
    "Laporan pengecekan kendaraan dinas\nMobil {plate:a} (Dinas Lingkungan Hidup) terlihat di tempat hiburan malam {date}. Pemegang kendaraan menurut daftar BMD: {name:m1}, NIP {nip}.",
    "Verifikasi aduan pungli Samsat: pelapor {name:m1} (HP {hp:m1}, email {email:m1}) menyerahkan bukti transfer ke rekening BCA {rekbca:m2} a.n. {name:m2}, calo di loket. Teruskan ke Inspektorat.",
    "Ringkasan pengaduan pendidikan\n1. {name:f1} ({hp:f1}): PIP anak {first:c1} belum cair.\n2. {name:m2} ({hp:m2}): ijazah ditahan {sekolah}.\n3. Anonim: pungutan seragam {amt}.",
    "Catatan mediasi sengketa batas tanah\nPihak I {name:m1}, tinggal di {addr:h1}\nPihak II {name:m2}, tinggal di {addr:h2}\nHasil: sepakat ukur ulang oleh BPN tgl {date}. Mediator: {name:f3}, staf Kelurahan {kel}.",
    "Laporan kunjungan rumah lansia\nNama: {name:f1} ({age} thn)\nNo. KIS: {bpjs:f1}\nAlamat: {gg:h}\nPendamping: {name:m2}\nKondisi: tinggal sendiri, butuh kursi roda.",
    "Telaah staf: permohonan data dari {name:m1} via email {email_br:m1} atas pelapor tiket {tix}. Sesuai UU PDP, identitas pelapor tidak diberikan. Jawab dengan surat nomor {surat}.",
    "Catatan piket UPP Dinkes {date}\n{time} {name:f1}, HP {hp62s:f1}, keluhkan antrean Puskesmas {pkm}.\n{time} {name:m2} keluhkan bidan {first:f3} menolak pasien malam hari.",
    "Daftar honor petugas pendataan\nNo | Nama | NPWP | Rekening BRI\n1 | {NAME:m1} | {npwp:m1} | {rekbrip:m1}\n2 | {NAME:f2} | {npwp16:f2} | {rekbrip:f2}\nPotongan PPh disetor dengan NPWP bendahara {~npwp:x}",
    "Tindak lanjut laporan penipuan: korban {name:f1} (HP {hp:f1}) transfer {amt} ke rekening BRI {rekbrip:m2} a.n. {name:m2}, yang mengaku kenalan dari kampung yang sama. Nomor pelaku {hp:m2}.",
    "Verifikasi data kendaraan angkot: {plate:a} atas nama {name:m1}, trayek {rute}, izin trayek {surat} kedaluwarsa. Pemilik tinggal di {addrrt:h}.",
    "Disposisi Kadis PUPR: agar ditindaklanjuti laporan jalan rusak {pubst} (tiket {tix}). Anggaran pemeliharaan rutin {amt}. Batas waktu {date}.",
    "Rekap pengaduan bulan {month}: air bersih {n}, jalan {n}, sampah {n}, kependudukan {n}. Rata-rata waktu tindak lanjut {n} hari.",
    "Memo: mohon perbarui papan informasi layanan: hotline PDAM {otel}, WA center Dukcapil {~hp:x}, SMS 1708, call center 112. Batas {date}.",
    "Catatan rapat koordinasi {date}: penanganan banjir di {pubst} dan {pubst}. Dinas PUPR siapkan alat berat; BPBD siaga. Surat {surat}.",
    "Telaah: aduan tiket {tix} bukan kewenangan Pemkot (jalan nasional {pubst}). Diteruskan ke BPJN NTT dengan surat {surat}.",
    "Verifikasi lapangan: tumpukan sampah di belakang {pasar} sudah diangkut {date} dengan {n} rit truk. Foto IMG_{imgdate}.jpg terlampir.",
    "Catatan: warga RT {n} dan RT {n} Kel. {kel} mengeluh bau kandang babi. Pemilik usaha sudah dipanggil. Tindak lanjut oleh DLH, no {tix}.",
    "Memo Dishub: tarif angkot jurusan {rute} tetap {amts}. Pengaduan tarif liar lewat hotline Dishub {otel}. Berlaku mulai {date}.",
)

# Complaints and chat in Kupang Malay
T(
    "kupang_malay",
    "Bapa dong, beta pung nama {first:m1}, tinggal di {rt:h} Kel. {kel}. Aer su tiga hari sonde jalan, katong pi timba di sumur tetangga. Beta pung hp {hp:m1}",
    "kaka, sa pung NIK {nik:f1} ko sonde tamuat di data PBI. sa {lname:f1}, rumah di {addrl:h}. tolong bantu e",
    "Om {first:m2} pung oto {plate:m2} parkir di tenga jalan tiap malam, katong sonde bisa lewat. Rumah dia di {gg:h} tu. Su tegur ma dia bilang itu jalan umum",
    "Mama {first:f2} dong pung rekening Bank NTT {rekntt:f2} a.n. {name:f2}, bantuan lansia sonde masuk-masuk. Dia su tua, sonde bisa jalan pi bank",
    "Beta mau lapor, anak sa {first:c1}, dong panggil dia {nick:c1} sa, su dua bulan sonde skolah karna sonde ada seragam. Sa {name:f1}, nomor wa {hpO:f1}",
    "Sonde tau mo lapor ke mana lai. NPWP 16 digit sa sekarang sama deng NIK, {npwp16:m1}, ma di coretax bilang sonde valid. Beta {name:m1}",
    "Pak RT {name:m1} tu pung hp {hp:m1}, ma dia sonde angkat-angkat. Sampah di {rt:h} su bertumpuk. Beta {first:f1}, tinggal di situ ju",
    "NIK istri sa {first:f1} di KK tatulis {nik:f1}, ma di KTP beda satu angka. KK sa nomor {kk:m1}. Beta {name:m1}",
    "Kaka dong, BPJS mama sa {bpjs:f1} tapotong terus padahal sa su bayar. Sa pung email {email:m1} kalo mau kirim bukti. Beta {first:m1}",
    "Katong warga {rt:h} mau lapor, tiang listrik di depan rumah Om {first:m2} su miring mau jatu. Beta {name:f1}, hp {hps:f1}",
    "Kio, beta pung motor {platel:m1} ditahan di Dishub karna parkir di pinggir jalan, ma beta ada di rumah sakit jaga mama. Beta {name:m1}, {addr:h}",
    "sodara, jang percaya nomor {~hp:x} yang bilang dia dari Dinas Sosial. dong minta transfer 500 ribu. beta pung tanta {first:f1} hampir kena. kalo mau tanya beta di {hp:m1}, {lname:m1}",
    "Aer PDAM sonde jalan, ma tagihan datang {amt}. Beta pung rumah di {blok:h}. Nomor sambungan {samb}. Nama di tagihan {name:m1}, beta pung bapa tua",
    "[{time}] {lfirst:f1}: kaka ko su lapor lampu jalan ka?\n[{time}] {lfirst:m1}: su, ma dong bilang tunggu\n[{time}] {lfirst:f1}: beta pung rumah gelap ni, {addrl:h}\n[{time}] mama: ais tidor sa dolo",
    "Beta {name:m1}, sopir bemo {rute}. Oto beta {plate:m1} kena tilang padahal surat lengkap. Petugas minta {amt} di tempat. Beta pung nomor {hp62p:m1}",
    "Sonde ada aer di RT {n} deng RT {n}, su satu minggu. PDAM dong bilang pipa pica di {pubst}. Kapan baru bae?",
    "Lampu jalan di {pubst} mati su {n} hari, gelap skali, orang takut lewat malam-malam",
    "Bemo jurusan {rute} naik harga jadi {amts}, sopir dong bilang minyak naik. Dishub tolong cek e",
    "Sampah di belakang {pasar} su bertumpuk sampe tenga jalan, bau skali. Oto sampah sonde datang dari {date}",
    "Beta dapa SMS dari {~hp:x} bilang beta menang undian PLN {amt}. Itu tipu ko? Nomor resmi PLN 123 to?",
    "Jalan ke Kel. {kel} talobang-lobang, kalo ujan jadi kolam. Oto tangki aer sonde mau masuk lai. Su {n} bulan",
    "Katong pung ana skolah di {sekolah} disuru bayar uang komite {amt}, ma dong bilang skolah gratis. Sapa yang betul?",
    "Anjing liar di {pasar} su gigit {n} orang minggu ini. Dinas peternakan tolong tangkap dong",
)


# ---------------------------------------------------------------- build


def build():
    records = []
    seen: set[str] = set()
    uses: Counter[int] = Counter()
    for index, (style, template) in enumerate(TEMPLATES):
        for _ in range(FILL_TIMES):
            last: Exception | None = None
            for _attempt in range(300):
                text, spans = fill(template)
                if text in seen:
                    continue
                try:
                    check(text, spans)
                except Reject as why:
                    last = why
                    continue
                break
            else:
                raise SystemExit(f"template {index} ({style}) keeps failing: {last}\n{template}")
            seen.add(text)
            uses[index] += 1
            records.append(
                {
                    "text": text,
                    "spans": [
                        {"kind": k, "start": s, "end": e}
                        for k, s, e, _v in sorted(spans, key=lambda x: x[1])
                    ],
                    "style": style,
                }
            )
    assert max(uses.values()) <= 3, "a template used more than three times"
    R.shuffle(records)
    lines = []
    for i, rec in enumerate(records, start=1):
        lines.append(
            json.dumps(
                {
                    "id": "b12-%04d" % i,
                    "text": rec["text"],
                    "spans": rec["spans"],
                    "style": rec["style"],
                },
                ensure_ascii=False,
            )
        )
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    return records, data


def main() -> None:
    records, data = build()
    styles = Counter(r["style"] for r in records)
    without = Counter(r["style"] for r in records if not r["spans"])
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    span_style = Counter()
    for r in records:
        span_style[r["style"]] += len(r["spans"])
    print("sha256", hashlib.sha256(data).hexdigest())
    print(
        "templates",
        len(TEMPLATES),
        "texts",
        len(records),
        "without spans",
        sum(without.values()),
        "spans",
        sum(kinds.values()),
    )
    for style in sorted(styles):
        print(
            f"  {style:14} texts {styles[style]:4}  without {without[style]:3}  spans {span_style[style]:4}"
        )
    for kind, n in kinds.most_common():
        print(f"  {kind:14} {n}")


if __name__ == "__main__":
    main()
