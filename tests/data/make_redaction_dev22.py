# ruff: noqa: E501, UP031, T201, PT018, SIM905, RUF001, PLR0911, PLR0912, RUF005
"""Write ``redaction_dev22.jsonl``: complaints as they really come, in ten styles and five themes.

Run ``python3 make_redaction_dev22.py`` from anywhere; the JSONL is written next to this file.
The output is deterministic (``random.Random(20261222)``). Every span is checked before writing;
any failed check stops the script. See ``README-redaction-dev22.md``.

Template syntax (``t(style, theme, source, case)``):

- ``[[kind:value]]`` labels a hand-made value (placeholders inside it are filled raw);
- ``<<a||b||c>>`` picks one option;
- ``{KEY}`` / ``{KEY.attr}`` / ``{KEY.attr|mods}`` fills a placeholder: ``M1``, ``F1``, ``P1``
  are persons (labelled as filled), ``ADDR``, ``RT``, ``PLATE`` labelled values without a
  person, every other key an unlabelled look-alike (a digit after the key keeps one value through
  the fill); modifiers: ``u`` capitals, ``l`` lower case, ``f`` full-width digits, ``z`` a
  zero-width space inside, ``b`` no-break spaces, ``r`` raw (unlabelled, for use inside ``[[ ]]``);
- ``case`` ``"u"`` or ``"l"`` puts the whole filled text in capitals or lower case
  (``KOTKUPANG`` stays in capitals).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

RNG = random.Random(20261222)
HERE = Path(__file__).resolve().parent
OUT = HERE / "redaction_dev22.jsonl"

KINDS = ("nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address")
STYLES = (
    "lapor_ticket",
    "sms_1708",
    "wa_forward",
    "email_reply",
    "phone_log",
    "ocr_form",
    "neighbourhood_notice",
    "facebook_post",
    "officer_memo",
    "kupang_malay",
)
THEMES = ("people", "numbers", "places", "offices", "mixed")

T: list[tuple[str, str, str, str | None]] = []


def t(style: str, theme: str, source: str, case: str | None = None) -> None:
    assert style in STYLES and theme in THEMES, (style, theme)
    T.append((style, theme, source.strip("\n"), case))


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

XIAN_M = "Yohanes Marthen Dominggus Yakobus Melkianus Obed Semuel Yeremias Frans Agustinus Nikodemus Soleman Yefta Aser Ferdinand Kornelis Lukas Simon Viktor Rudolf Jefry Hendrik Zadrak Markus Elias Daniel Matheos Ishak Yulius Oktovianus".split()
XIAN_F = (
    "Maria Agustina Yuliana Anace Selfi Erni Yanti Vivi Gracia Rosalina Debora Naomi Susana Yohana Martha Sofia Elisabeth Magdalena Imelda Kristina Ester Lodia Dorkas Orpa Mersi Indah Kasih Theresia Veronika Apriani Novi Yustina Meri Leni Sarlota Oktaviana".split()
    + ["Maria Goreti", "Anna Maria"]
)
FLORES_M = "Yosef Petrus Paulus Stefanus Fransiskus Aloysius Emanuel Kristoforus Gregorius Benediktus Antonius Hironimus Bonifasius Maximus Yoakim".split()
FLORES_F = "Fransiska Bernadeta Yasinta Margareta Skolastika Wilhelmina Emerensiana Katarina Florentina Agnes".split()

ORIGINS = {
    "timor": (
        XIAN_M,
        XIAN_F,
        "Tefa Benu Nenobais Tanone Banunaek Selan Sabneno Nitbani Tnunay Oematan Missa Sonbai Neonufa Taneo Boimau Nubatonis Kase Nomleni".split(),
    ),
    "rote": (
        XIAN_M,
        XIAN_F,
        "Ndun Manafe Mooy Fanggidae Therik Pah Nalle Adoe Messakh Lenggu Amalo Haning Toelle Bessie Lay Zacharias Ndoen Henukh".split(),
    ),
    "sabu": (
        XIAN_M,
        XIAN_F,
        [
            "Riwu Kaho",
            "Dju Dara",
            "Ludji",
            "Bire",
            "Lado",
            "Haba",
            "Kale",
            "Ga Lena",
            "Ratu",
            "Djami",
            "Bunga",
            "Tadu",
            "Wadu",
            "Rohi",
        ],
    ),
    "flores": (
        FLORES_M,
        FLORES_F,
        [
            "Da Costa",
            "Parera",
            "Lobo",
            "Wea",
            "Djawa",
            "Laka Lena",
            "Nahak",
            "Bria",
            "Seran",
            "Fernandez",
            "Kedang",
            "Making",
            "Lewar",
            "Sina",
            "Beda",
            "Keraf",
            "Kleden",
        ],
    ),
    "sumba": (
        ["Umbu Manu", "Umbu Neka", "Umbu Tamu", "Umbu Rara", "Umbu Kudu", "Umbu Djama"],
        ["Rambu Tamar", "Rambu Ana", "Rambu Yuliana", "Rambu Kahi", "Rambu Eri"],
        ["Ndima", "Paranggi", "Hungu", "Kaborang", "Malo", "Tamu Ama", "Lunggi"],
    ),
    "alor": (
        ["Yusuf", "Marten", "Abraham", "Musa", "Lazarus", "Ruben"],
        ["Salomi", "Dina", "Serlin", "Rahel"],
        ["Maro", "Lamma Koly", "Mautuka", "Plaituka", "Laukalo", "Molina"],
    ),
    "java": (
        ["Joko", "Slamet", "Bambang", "Agus", "Budi", "Teguh", "Eko", "Wahyu"],
        ["Sri", "Wulan", "Endang", "Siti", "Dewi", "Ratna", "Tutik"],
        ["Santoso", "Wibowo", "Susanto", "Hartono", "Purnomo", "Setiawan", "Prasetyo", "Rahayu"],
    ),
    "bali": (
        ["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Gusti Ngurah"],
        ["Ni Luh", "Ni Made", "Ni Ketut", "Ni Wayan", "I Gusti Ayu"],
        ["Suarta", "Widana", "Sudarma", "Arsana", "Wirawan", "Sukmawati", "Astawa", "Mertayasa"],
    ),
    "bugis": (
        ["Andi Baso", "Syamsul", "Ambo", "Rahman", "Arifin"],
        ["Andi Nurul", "Hasnah", "Rosmini", "Nurhayati"],
        ["Daeng Matta", "Mappaseng", "Pananrangi", "Lamappa", "Daeng Tata"],
    ),
    "chinese": (
        ["Kok Liang", "Ming Sen", "Hok Lay", "Tjeng Hok"],
        ["Mei Hwa", "Siu Lan", "Mei Ling", "Giok Lan"],
        ["Liem", "Ong", "Tjoa", "Kwee", "Lie", "Tan"],
    ),
    "chinese2": (
        ["Hendra", "Ricky", "Steven", "Wilson"],
        ["Yenny", "Lily", "Susan", "Mega"],
        ["Tanoto", "Gunawan", "Halim", "Wijaya", "Tamelab", "Salim"],
    ),
    "arab": (
        ["Abdullah", "Husein", "Ahmad", "Salim", "Umar", "M. Yusuf"],
        ["Fatimah", "Aisyah", "Nur", "Syarifah", "Zahra"],
        ["Alkatiri", "Assegaf", "Bahasuan", "Bachmid", "Baswedan", "Bin Thalib"],
    ),
    "batak": (
        ["Sahat", "Tigor", "Parlindungan", "Robert"],
        ["Rosmaida", "Lamtiur", "Romauli", "Uli"],
        ["Simanjuntak", "Sitorus", "Lumban Tobing", "Nainggolan", "Siregar"],
    ),
    "minahasa": (
        ["Jefry", "Reinhard", "Ronald", "Frangky"],
        ["Meiske", "Grace", "Vivi", "Jein"],
        ["Wowor", "Rumengan", "Tumbelaka", "Mandagi", "Pangemanan"],
    ),
    "ambon": (
        ["Johanis", "Welem", "Nus"],
        ["Febby", "Merry", "Nona Ite"],
        ["Pattikawa", "Latuheru", "Pattinama", "Tuhumury", "Sahetapy"],
    ),
}
ORIGINS["ambon"] = (["Johanis", "Welem", "Nus"], ["Febby", "Merry", "Ita"], ORIGINS["ambon"][2])
ORIGIN_WEIGHTS = {
    "timor": 16,
    "rote": 14,
    "sabu": 10,
    "flores": 12,
    "sumba": 6,
    "alor": 4,
    "java": 5,
    "bali": 4,
    "bugis": 3,
    "chinese": 3,
    "chinese2": 2,
    "arab": 3,
    "batak": 2,
    "minahasa": 3,
    "ambon": 3,
}
NICKS = [
    "Nyong",
    "Ati",
    "Ose",
    "Eto",
    "Upi",
    "Neli",
    "Boy",
    "Tole",
    "Nona Ani",
    "Ucu",
    "Chaken",
    "Bei",
]
NICKS = [n for n in NICKS if " " not in n]

TITLE_WORDS = {
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
    "ir",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "bidan",
    "lurah",
    "guru",
    "serka",
    "bripka",
    "bripda",
    "aiptu",
    "brigpol",
    "ipda",
    "kapten",
    "haji",
    "hj",
    "h",
    "ust",
    "sr",
    "pater",
    "romo",
    "camat",
    "mas",
    "mbak",
    "usi",
    "bung",
    "yth",
    "saudara",
    "saudari",
    "almarhum",
    "alm",
    "pendeta",
    "kepala",
    "ketua",
    "dra",
    "prof",
    "tn",
    "nn",
    "st",
}

MOBILE_PREFIXES = "0811 0812 0813 0821 0822 0823 0852 0853 0851 0814 0815 0816 0855 0856 0857 0858 0817 0818 0819 0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0883 0887 0831 0832 0833 0838".split()
REGENCIES = ["71"] * 8 + ["%02d" % i for i in range(1, 22)]
HOSTS = ["gmail.com"] * 6 + [
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
    "rocketmail.com",
]

FW = str.maketrans("0123456789", "０１２３４５６７８９")
ZW = "\u200b"
NBSP = "\u00a0"


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def ocr(s: str, howmany: int = 2) -> str:
    """Read some digits as letters, as a scan or a hurried typist does (never the first two)."""
    table = {"0": "O", "1": "l", "5": "S", "8": "B"}
    chars = list(s)
    places = [i for i, c in enumerate(chars) if c in table and i > 1]
    for i in RNG.sample(places, min(howmany, len(places))):
        chars[i] = table[chars[i]]
    return "".join(chars)


def mobile_raw() -> str:
    return RNG.choice(MOBILE_PREFIXES) + digits(RNG.choice([7, 8, 8, 8]))


def fmt_mobile(raw: str, how: str) -> str:
    rest = raw[1:]
    if how == "b":
        return raw
    if how == "d":
        return "%s-%s-%s" % (raw[:4], raw[4:8], raw[8:])
    if how == "s":
        return "%s %s %s" % (raw[:4], raw[4:8], raw[8:])
    if how == "dot":
        return "%s.%s.%s" % (raw[:4], raw[4:8], raw[8:])
    if how == "i":
        return "+62 %s-%s-%s" % (rest[:3], rest[3:7], rest[7:])
    if how == "ib":
        return "+62" + rest
    if how == "62":
        return "62" + rest
    if how == "62s":
        return "62 %s %s %s" % (rest[:3], rest[3:7], rest[7:])
    if how == "ocr":
        return ocr(raw, 2)
    if how == "n":
        return "%s %s\n%s" % (raw[:4], raw[4:8], raw[8:])
    raise ValueError(how)


MOBILE_HOWS = ["b", "b", "b", "d", "d", "s", "dot", "i", "ib", "62", "62s"]


def landline_raw() -> str:
    return "8" + digits(5)


def fmt_landline(six: str, how: str | None = None) -> str:
    how = how or RNG.choice(["s", "p", "ps", "d", "b"])
    return {
        "s": "0380 %s" % six,
        "p": "(0380) %s" % six,
        "ps": "(0380) %s %s" % (six[:3], six[3:]),
        "d": "0380-%s" % six,
        "b": "0380%s" % six,
    }[how]


def nik_raw(female: bool) -> str:
    reg = RNG.choice(REGENCIES)
    dist = "%02d" % RNG.randint(1, 6 if reg == "71" else 24)
    day = RNG.randint(1, 28) + (40 if female else 0)
    month = RNG.randint(1, 12)
    year = RNG.choice(list(range(50, 100)) + list(range(8)))
    return "53%s%s%02d%02d%02d%04d" % (reg, dist, day, month, year, RNG.randint(1, 260))


def kk_raw() -> str:
    reg = RNG.choice(REGENCIES)
    dist = "%02d" % RNG.randint(1, 6 if reg == "71" else 24)
    return "53%s%s%02d%02d%02d%04d" % (
        reg,
        dist,
        RNG.randint(1, 28),
        RNG.randint(1, 12),
        RNG.randint(5, 25),
        RNG.randint(1, 9999),
    )


def fmt16(raw: str, how: str) -> str:
    if how == "b":
        return raw
    if how == "g":
        return " ".join(raw[i : i + 4] for i in range(0, 16, 4))
    if how == "d":
        return "%s.%s.%s.%s.%s" % (raw[:2], raw[2:4], raw[4:6], raw[6:12], raw[12:])
    if how == "ocr":
        return ocr(raw, RNG.choice([1, 2]))
    if how == "15":
        i = RNG.randint(6, 14)
        return raw[:i] + raw[i + 1 :]
    if how == "17":
        i = RNG.randint(6, 14)
        return raw[:i] + raw[i] + raw[i:]
    if how == "n":
        return raw[:8] + "\n" + raw[8:]
    if how == "p":
        return " ".join(raw[i : i + 2] for i in range(0, 16, 2))
    if how == "c":
        return ", ".join(raw[i : i + 4] for i in range(0, 16, 4))
    if how == "fw":
        return raw.translate(FW)
    raise ValueError(how)


NIK_HOWS = ["b", "b", "b", "g", "g", "d"]


def npwp_raw() -> str:
    return "%02d%s%s" % (
        RNG.randint(1, 99),
        digits(7),
        RNG.choice(["920", "920", "921", "922", "923"]),
    )


def fmt_npwp(raw: str, how: str) -> str:
    d = raw + "000"
    std = "%s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])
    if how == "std":
        return std
    if how == "t":
        return d
    if how == "s":
        return "%s %s %s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])
    if how == "ocr":
        return std[:-3] + "OOO" if RNG.random() < 0.5 else ocr(std, 2)
    if how == "dot":
        return std.replace("-", ".")
    raise ValueError(how)


def bpjs_raw() -> str:
    return "000" + digits(10)


def rek(bank: str) -> str:
    if bank == "bri":
        d = digits(4) + "01" + digits(6) + digits(2) + digits(1)
        return RNG.choice(["%s-%s-%s-%s-%s" % (d[:4], d[4:6], d[6:12], d[12:14], d[14]), d])
    if bank == "bni":
        d = RNG.choice(["0", "1", "08"]) + digits(9)
        d = d[:10]
        return RNG.choice([d, "%s-%s-%s" % (d[:3], d[3:6], d[6:])])
    if bank == "mdr":
        d = RNG.choice(["152", "161", "180"]) + digits(10)
        return RNG.choice([d, "%s-%s-%s-%s" % (d[:3], d[3:5], d[5:12], d[12])])
    if bank == "bca":
        d = digits(10)
        return RNG.choice([d, "%s %s %s" % (d[:4], d[4:7], d[7:])])
    if bank == "ntt":
        d = (
            "0"
            + digits(2)
            + "0"
            + RNG.choice("12")
            + "0"
            + RNG.choice("23")
            + digits(6)
            + digits(1)
        )
        return RNG.choice(["%s.%s.%s.%s-%s" % (d[:3], d[3:5], d[5:7], d[7:13], d[13]), d])
    if bank == "bsi":
        return "7" + digits(9)
    raise ValueError(bank)


def plate_raw() -> str:
    region = RNG.choice(["DH", "DH", "DH", "DH", "EB", "ED", "DH"])
    num = str(RNG.randint(1, 9999))
    suffix = "".join(
        RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(RNG.choice([1, 2, 2, 2, 3]))
    )
    return RNG.choice(["%s %s %s" % (region, num, suffix)] * 3 + ["%s%s%s" % (region, num, suffix)])


HOME_STREETS = [
    "Jl. Nangka",
    "Jl. Kenari",
    "Jl. Lontar",
    "Jl. Cemara",
    "Jl. Flamboyan",
    "Jl. Bougenvil",
    "Jl. Jambu",
    "Jl. Mangga",
    "Jl. Sirsak",
    "Jl. Rambutan",
    "Jl. Kelinci",
    "Jl. Rusa",
    "Jl. Nuri",
    "Jl. Herewila",
    "Jl. Anggrek",
    "Jl. Teratai",
    "Jl. Beringin",
    "Jl. Asoka",
    "Jl. Palapa",
    "Jl. Sabu",
    "Jl. Manafe",
    "Jl. Kuanino Raya",
    "Jl. Fetor Funay",
    "Jl. Oekam",
    "Jl. Kampung Baru",
    "Gg. Kakatua",
    "Gg. Merpati",
    "Gg. Sepakat",
    "Lr. Damai",
    "Gg. Kasuari",
    "Jl. Alfons Nisnoni",
    "Jl. W.J. Lalamentik Gg. Sepakat",
    "Jl. Frans Seda Gg. Rajawali",
    "Jalan Salak",
    "Jl. Bakti Karya",
    "Jl. Pulau Indah",
]
HOUSING = [
    "Perumnas Blok %s No. %d",
    "Perumahan Griya Kupang Permai Blok %s No. %d",
    "Kompleks BTN Kolhua Blok %s No. %d",
    "Perum Citra Lestari Blok %s No. %d",
    "Perumnas Blok Kenanga %s No. %d",
]
KELURAHAN = [
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Fatululi",
    "Kelapa Lima",
    "Oesapa",
    "Oesapa Barat",
    "Oesapa Selatan",
    "Lasiana",
    "Pasir Panjang",
    "Naikoten I",
    "Naikoten II",
    "Fontein",
    "Oetete",
    "Bonipoi",
    "Solor",
    "Merdeka",
    "Kuanino",
    "Nunleu",
    "Airnona",
    "Bakunase",
    "Bakunase II",
    "Naikolan",
    "Oepura",
    "Maulafa",
    "Kolhua",
    "Sikumana",
    "Fatukoa",
    "Belo",
    "Naimata",
    "Penfui",
    "Alak",
    "Namosain",
    "Nunbaun Sabu",
    "Nunbaun Delha",
    "Penkase Oeleta",
    "Manulai II",
    "Batuplat",
    "Fatufeto",
    "Mantasi",
    "Nunhila",
    "Manutapen",
    "Naioni",
    "Airmata",
    "Oeba",
    "Nefonaek",
    "Lai Lai Besi Kopan",
]
KECAMATAN = ["Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama", "Maulafa", "Alak"]
ROADS = [
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Amabi",
    "Jl. Adisucipto",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Ahmad Yani",
    "Jl. Cak Doko",
    "Jl. Herman Johannes",
    "Jl. Perintis Kemerdekaan",
    "Jl. Kapten Tendean",
    "Jl. Thamrin",
    "Jl. Bundaran PU",
    "Jl. R.A. Kartini",
    "Jl. Siliwangi",
    "Jl. Veteran",
    "Jl. Prof. Dr. W.Z. Johannes",
    "Jl. Eltari II",
    "Jl. Oesapa Raya",
    "Jl. Bajawa",
]
PUSKESMAS = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oesapa",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Puskesmas Alak",
    "Puskesmas Pasir Panjang",
    "Puskesmas Penfui",
    "Puskesmas Naioni",
    "Puskesmas Manutapen",
    "Puskesmas Oepoi",
    "Puskesmas Kota Baru",
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
    "RSAU El Tari",
]
SCHOOLS = [
    "SD Inpres Oepura 2",
    "SMPN 5 Kupang",
    "SMAN 1 Kupang",
    "SMKN 4 Kupang",
    "SDK St. Yoseph",
    "SMPK St. Theresia",
    "SD GMIT Oebobo 3",
    "SMPN 2 Kupang",
    "SD Negeri Bonipoi 1",
    "SMAN 3 Kupang",
    "SD Inpres Liliba",
    "SMPN 16 Kupang",
    "TK Tunas Kasih",
    "SD Inpres Naikoten 1",
]
CHURCHES = [
    "GMIT Paulus",
    "GMIT Ebenhaezer Oeba",
    "GMIT Kota Baru",
    "Gereja Katedral Kristus Raja",
    "GMIT Efata Liliba",
    "GMIT Koinonia",
    "Gereja St. Yosef Naikoten",
    "GMIT Betel Oesapa",
    "Masjid Raya Nurussa'adah",
    "GMIT Kaisarea BTN",
    "Paroki St. Fransiskus Asisi Kolhua",
]
PASAR = [
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Inpres Naikoten",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Kuanino",
    "Pasar Oeleta",
]
BIZ = [
    "Toko Sinar Abadi",
    "Depot Air Murni",
    "Bengkel Maju Motor",
    "Apotek Kasih Ibu",
    "Kios Mama Ester",
    "Salon Nona Manis",
    "Warung Kopi Sasando",
    "Toko Bangunan Sumber Rejeki",
    "Flobamora Travel",
    "Rental Timor Jaya",
    "Kafe Senja Lasiana",
    "UD Laut Timor",
    "Toko Umbu Jaya",
    "Laundry Bersih Indah",
    "Counter Damai Cell",
    "Catering Bunga Bakung",
    "Toko Roti Matahari",
]
CV = [
    "CV Sinar Timor",
    "CV Karya Lontar",
    "CV Nusa Cendana",
    "PT Flobamora Konstruksi",
    "CV Timor Jaya",
    "PT Kupang Bangun Persada",
    "CV Bintang Sasando",
    "Koperasi Tunas Harapan",
    "KSP Kasih Sejahtera",
    "Yayasan Harapan Timor",
    "BUMDes Maju Bersama",
]
FORUMS = [
    "Forum Warga Peduli Kota",
    "Komite Sekolah",
    "Karang Taruna Tunas Muda",
    "Kelompok Tani Sumber Makmur",
    "PKK Kelurahan",
    "Ikatan Ojek Pangkalan Oeba",
    "Paguyuban Pedagang Pasar",
]
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()


class Person:
    def __init__(self, gender: str, taken: set[str], forced: str | None = None) -> None:
        while True:
            origin = (
                forced
                or RNG.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
            )
            males, females, families = ORIGINS[origin]
            given = RNG.choice(males if gender == "M" else females)
            family = RNG.choice(families)
            words = set(given.split()) | set(family.split())
            words -= {"I", "Ni", "Umbu", "Rambu", "Andi", "Gusti", "M.", "Bin"}
            if not words & taken:
                taken |= words
                break
        self.gender = gender
        self.origin = origin
        self.given = given
        self.family = family
        self.cache: dict[str, list[tuple[str, str | None]]] = {}
        self.nik = nik_raw(gender == "F")
        self.kk = kk_raw()
        self.mob = mobile_raw()
        self.mob2 = mobile_raw()
        self.tel = landline_raw()

    @property
    def full(self) -> str:
        if self.origin == "chinese":
            return "%s %s" % (self.family, self.given)
        return "%s %s" % (self.given, self.family)

    @property
    def short(self) -> str:
        words = self.given.split()
        if (
            words[0] in {"I", "Ni", "Umbu", "Rambu", "Andi"}
            or words[0].endswith(".")
            or self.origin == "chinese"
        ):
            return self.given
        return words[0]

    def slug(self) -> str:
        g = re.sub(r"[^a-z]", "", self.short.lower().replace("i ", "").replace("ni ", ""))
        f = re.sub(r"[^a-z]", "", self.family.lower())
        return RNG.choice(
            [
                "%s.%s" % (g, f),
                "%s%s" % (g, f),
                "%s_%s" % (g, f),
                "%s.%s%02d" % (g, f, RNG.randint(1, 99)),
                "%s%s%d" % (f, g, RNG.randint(70, 2005)),
                "%s.%s" % (f, g),
            ]
        )

    def attr(self, a: str) -> list[tuple[str, str | None]]:
        if a not in self.cache:
            self.cache[a] = self._attr(a)
        return self.cache[a]

    def _attr(self, a: str) -> list[tuple[str, str | None]]:
        if a == "n":
            return [(self.full, "name")]
        if a == "g":
            return [(self.given, "name")]
        if a == "g1":
            return [(self.short, "name")]
        if a == "f":
            return [(self.family, "name")]
        if a == "fg":
            return [(self.family, "name"), (", ", None), (self.given, "name")]
        if a == "k":
            return [(RNG.choice(NICKS), "name")]
        if a == "nx":  # the name written wrong
            fam = self.family
            swaps = [("e", "i"), ("o", "u"), ("a", "e"), ("i", "e"), ("u", "o")]
            for x, y in RNG.sample(swaps, len(swaps)):
                if x in fam[1:]:
                    j = fam.index(x, 1)
                    fam = fam[:j] + y + fam[j + 1 :]
                    break
            else:
                fam = fam + fam[-1]
            return [("%s %s" % (self.given, fam), "name")]
        if a == "nsp":  # OCR: a stray space inside the longest word, in capitals
            name = self.full.upper()
            words = name.split(" ")
            k = max(range(len(words)), key=lambda i: len(words[i]))
            w = words[k]
            if len(w) >= 5:
                j = RNG.randint(2, len(w) - 2)
                words[k] = w[:j] + " " + w[j:]
            return [(" ".join(words), "name")]
        if a == "nnl":  # broken over a line
            return [(self.given.upper() + "\n" + self.family.upper(), "name")]
        if a.startswith("hp"):
            how = a[2:] or RNG.choice(MOBILE_HOWS)
            if how == "2":
                return [(fmt_mobile(self.mob2, RNG.choice(MOBILE_HOWS)), "phone")]
            return [(fmt_mobile(self.mob, how), "phone")]
        if a == "tel":
            return [(fmt_landline(self.tel), "phone")]
        if a.startswith("nik"):
            how = a[3:] or RNG.choice(NIK_HOWS)
            return [(fmt16(self.nik, how), "nik")]
        if a.startswith("kk"):
            how = a[2:] or RNG.choice(NIK_HOWS)
            return [(fmt16(self.kk, how), "kk")]
        if a.startswith("npwp16"):
            how = a[6:] or "b"
            return [(fmt16(self.nik, how), "npwp")]
        if a.startswith("npwp"):
            how = a[4:] or RNG.choice(["std", "std", "std", "t", "s", "dot"])
            if "npwpraw" not in self.cache:
                self.cache["npwpraw"] = [(npwp_raw(), None)]
            return [(fmt_npwp(self.cache["npwpraw"][0][0], how), "npwp")]
        if a == "bpjs":
            return [(bpjs_raw(), "bpjs")]
        if a == "bpjsg":
            b = bpjs_raw()
            return [("%s %s %s %s" % (b[:4], b[4:8], b[8:12], b[12]), "bpjs")]
        if a.startswith("rek"):
            bank = a[3:] or RNG.choice(["bri", "bni", "mdr", "ntt", "bca", "bsi"])
            return [(rek(bank), "bank_account")]
        if a == "mail":
            return [("%s@%s" % (self.slug(), RNG.choice(HOSTS)), "email")]
        if a == "maild":
            s = self.slug().replace("_", ".")
            host = RNG.choice(["gmail", "yahoo", "ymail"])
            local = s
            forms = [
                "%s @ %s.com" % (local, host),
                "%s@ %s .com" % (local, host),
                "%s(at)%s.com" % (local, host),
                "%s [at] %s [dot] com" % (local, host),
                "%s at %s dot com" % (local, host),
                "%s(keong)%s.com" % (local, host),
                "%s @%s.com" % (local, host),
                "%s[@]%s.com" % (local, host),
                "%s(et)%s.com" % (local, host),
                "%s@%s(titik)com" % (local, host),
                "%s [at] %s [dot] com" % (local.replace(".", " [dot] "), host),
            ]
            return [(RNG.choice(forms), "email")]
        if a == "mailgov":
            s = self.slug().replace("_", ".")
            s = re.sub(r"\d+", "", s)
            return [
                (
                    "%s@%s"
                    % (
                        s,
                        RNG.choice(
                            [
                                "kupangkota.go.id",
                                "nttprov.go.id",
                                "pdamkotakupang.co.id",
                                "bankntt.co.id",
                            ]
                        ),
                    ),
                    "email",
                )
            ]
        if a == "mailbel":
            s = re.sub(r"\d+", "", self.slug().replace("_", "."))
            return [
                (
                    "%s@%s"
                    % (
                        s,
                        RNG.choice(
                            [
                                "guru.sd.belajar.id",
                                "guru.smp.belajar.id",
                                "belajar.id",
                                "staf.undana.ac.id",
                            ]
                        ),
                    ),
                    "email",
                )
            ]
        if a == "addr":
            return [(home_address(), "address")]
        if a == "rt":
            return [(rt_rw(), "address")]
        if a == "plate":
            return [(plate_raw(), "plate")]
        raise KeyError(a)


def home_address() -> str:
    r = RNG.random()
    if r < 0.15:
        pat = RNG.choice(HOUSING)
        return pat % (
            RNG.choice("ABCDEFGHJK") + RNG.choice(["", "", "1", "2"]),
            RNG.randint(1, 160),
        )
    street = RNG.choice(HOME_STREETS)
    no = str(RNG.randint(1, 140)) + RNG.choice([""] * 6 + ["A", "B"])
    if r < 0.22 and "Gg." not in street and "Lr." not in street:
        street = "%s Gg. %d" % (street, RNG.randint(1, 9))
    sep = RNG.choice(["No. ", "No. ", "No.", "No ", "no. "])
    base = "%s %s%s" % (street, sep, no)
    r2 = RNG.random()
    if r2 < 0.35:
        return base + RNG.choice([", ", " ", ", "]) + rt_rw()
    return base


def rt_rw() -> str:
    rt, rw = RNG.randint(1, 42), RNG.randint(1, 12)
    return RNG.choice(
        [
            "RT %02d RW %02d" % (rt, rw),
            "RT %03d/RW %03d" % (rt, rw),
            "RT %d/RW %d" % (rt, rw),
            "RT %d" % rt,
            "RT.%02d/RW.%02d" % (rt, rw),
            "RT %02d/RW %02d" % (rt, rw),
            "RT %d RW %d" % (rt, rw),
        ]
    )


# --------------------------------------------------------------------------------------------
# Look-alikes (never labelled)
# --------------------------------------------------------------------------------------------


class Fill:
    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.memo: dict[str, list[tuple[str, str | None]]] = {}
        self.used: dict[str, set[str]] = {}
        self.clock = RNG.randint(6 * 60, 15 * 60)
        self.day = RNG.randint(1, 20)
        self.month = RNG.randint(1, 12)

    def person(self, key: str) -> Person:
        if key not in self.people:
            g = key[0]
            if g == "P":
                g = RNG.choice("MF")
            self.people[key] = Person(g, self.taken, FORCED_ORIGIN.get(key[1]))
        return self.people[key]

    def distinct(self, key: str) -> str:
        """A look-alike's value that no other key of its kind took in this fill."""
        base = key.rstrip("0123456789")
        used = self.used.setdefault(base, set())
        for _ in range(50):
            value = self.lookalike(key)
            if value not in used or base in {"TGL", "JAM", "UANG"}:
                break
        used.add(value)
        return value

    def jam(self) -> str:
        self.clock += RNG.randint(1, 40)
        return "%02d.%02d" % ((self.clock // 60) % 24, self.clock % 60)

    def tgl(self) -> str:
        self.day = min(self.day + RNG.randint(0, 3), 28)
        d, m = self.day, self.month
        return RNG.choice(
            [
                "%02d/%02d/2026" % (d, m),
                "%d %s 2026" % (d, MONTHS[m - 1]),
                "%02d-%02d-2026" % (d, m),
                "%s, %d %s 2026" % (RNG.choice(DAYS), d, MONTHS[m - 1]),
                "%d/%d/26" % (d, m),
            ]
        )

    def lookalike(self, key: str) -> str:
        base = key.rstrip("0123456789")
        r = RNG
        if base == "TGL":
            return self.tgl()
        if base == "JAM":
            return self.jam()
        if base == "UANG":
            return r.choice(
                [
                    "Rp %s.000" % f"{r.randint(5, 2500):,}".replace(",", "."),
                    "Rp%s.000" % r.randint(5, 900),
                    "%d ribu" % r.choice([25, 50, 75, 100, 150, 200, 250, 300, 500]),
                    "Rp %d,%d juta" % (r.randint(1, 9), r.randint(1, 9)),
                    "Rp %s.%s.000" % (r.randint(1, 12), digits(3)),
                ]
            )
        if base == "TIX":
            return r.choice(
                [
                    "#LPR-2026-%04d-%04d" % (r.randint(1, 9999), r.randint(1, 9999)),
                    "LAPOR-5371-2026-%05d" % r.randint(1, 99999),
                    "26%02d-%04d-%03d" % (r.randint(1, 12), r.randint(1, 9999), r.randint(1, 999)),
                    "#%d" % r.randint(1000000, 9999999),
                    "KSH-%s/%d" % (digits(4), r.randint(1, 12)),
                ]
            )
        if base == "VA":
            return r.choice(
                [
                    "8808 %s %s %s" % (digits(4), digits(4), digits(4)),
                    "88" + digits(14),
                    "12345 " + mobile_raw(),
                ]
            )
        if base == "BILL":
            return "82026%s" % digits(10)
        if base == "IDPEL":
            return "5312%s" % digits(8)
        if base == "METER":
            return r.choice(["142", "321", "560"]) + digits(8)
        if base == "TOKEN":
            return " ".join(digits(4) for _ in range(5))
        if base == "NOSAMB":
            return "%02d-%02d-%06d" % (r.randint(1, 9), r.randint(1, 20), r.randint(1, 99999))
        if base == "NOP":
            return "53.71.%03d.%03d.%03d-%04d.0" % (
                r.randint(10, 60),
                r.randint(1, 20),
                r.randint(1, 99),
                r.randint(1, 9999),
            )
        if base == "SURAT":
            return r.choice(
                [
                    "%d/%d/%s/%s/2026"
                    % (
                        r.choice([700, 800, 5, 470, 503, 640, 400, 900]),
                        r.randint(10, 999),
                        r.choice(
                            [
                                "INSP",
                                "PUPR",
                                "DISDUK",
                                "KEL.OBB",
                                "DINSOS",
                                "BAPENDA",
                                "DLHK",
                                "SETDA",
                            ]
                        ),
                        r.choice(["IX", "X", "XI", "VII"]),
                    ),
                    "503/PBG/2026/%05d" % r.randint(1, 99999),
                    "5371-LU-%02d%02d2026-%04d"
                    % (r.randint(1, 28), r.randint(1, 12), r.randint(1, 9999)),
                    "ND-%d/%s/2026"
                    % (r.randint(10, 999), r.choice(["PDAM", "PKM", "DINKES", "UPP"])),
                ]
            )
        if base == "NIP":
            y, m, d = r.randint(1965, 1996), r.randint(1, 12), r.randint(1, 28)
            parts = (
                "%d%02d%02d" % (y, m, d),
                "%d%02d" % (y + r.randint(22, 30), r.randint(1, 12)),
                str(r.randint(1, 2)),
                "%03d" % r.randint(1, 9),
            )
            return r.choice([" ".join(parts), "".join(parts)])
        if base == "OFCTEL":
            return fmt_landline(landline_raw())
        if base in {"OFCHP", "SCAMHP", "BIZHP"}:
            return fmt_mobile(mobile_raw(), r.choice(MOBILE_HOWS))
        if base == "NPWPB":
            return fmt_npwp(npwp_raw(), "std")
        if base == "REKB":
            return rek(r.choice(["ntt", "bri", "mdr"]))
        if base == "TRX":
            return "2026%02d%02d%s" % (self.month, self.day, digits(8))
        if base == "BPJSTK":
            return "%02d%s" % (r.randint(10, 26), digits(9))
        if base == "NISN":
            return "0" + digits(9)
        if base == "KODE":
            return r.choice(
                [
                    "%s-%04d" % (r.choice("ABCDK"), r.randint(1, 9999)),
                    "%d" % r.randint(100000, 999999),
                ]
            )
        if base == "DOB":
            return "%02d-%02d-19%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(45, 99))
        if base == "RELIGION":
            return r.choice(["KRISTEN", "KATHOLIK", "ISLAM", "HINDU", "KRISTEN PROTESTAN"])
        if base == "NOAKTA":
            return "5371-LT-%02d%02d2026-%04d" % (
                r.randint(1, 28),
                r.randint(1, 12),
                r.randint(1, 9999),
            )
        if base == "ANTRI":
            return "%s-%03d" % (r.choice("ABC"), r.randint(1, 150))
        if base == "NO":
            return str(r.randint(1, 140))
        if base == "N":
            return str(r.randint(2, 9))
        if base == "NN":
            return str(r.randint(10, 99))
        if base == "NRT":
            return "%02d" % r.randint(1, 42) if r.random() < 0.5 else str(r.randint(1, 42))
        if base == "KEL":
            return r.choice(KELURAHAN)
        if base == "KEC":
            return r.choice(KECAMATAN)
        if base == "ROAD":
            return r.choice(ROADS)
        if base == "STR":
            return r.choice([s for s in HOME_STREETS if "Gg." not in s])
        if base == "OADDR":
            return "%s No. %d" % (r.choice(HOME_STREETS[:25] + ROADS), r.randint(1, 120))
        if base == "PKM":
            return r.choice(PUSKESMAS)
        if base == "RS":
            return r.choice(HOSPITALS)
        if base == "SCHOOL":
            return r.choice(SCHOOLS)
        if base == "CHURCH":
            return r.choice(CHURCHES)
        if base == "PASAR":
            return r.choice(PASAR)
        if base == "BIZ":
            return r.choice(BIZ)
        if base == "CV":
            return r.choice(CV)
        if base == "FORUM":
            return r.choice(FORUMS)
        if base == "OFCMAIL":
            return r.choice(
                [
                    "pengaduan@kupangkota.go.id",
                    "humas@kupangkota.go.id",
                    "dukcapil.kotakupang@gmail.com",
                    "dinsos.kotakupang@gmail.com",
                    "pengaduan.pdam@pdamkotakupang.co.id",
                    "bapenda@kupangkota.go.id",
                    "dlhk.kotakupang@gmail.com",
                    "kpp.kupang@pajak.go.id",
                    "kelurahan.oebufu@gmail.com",
                    "pkm.sikumana@gmail.com",
                    "ntt@ombudsman.go.id",
                    "sekretariat.pupr@kupangkota.go.id",
                ]
            )
        raise KeyError(key)


# --------------------------------------------------------------------------------------------
# Filling
# --------------------------------------------------------------------------------------------

TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|\{([A-Z]+\d*)(?:\.(\w+))?(?:\|(\w+))?\}", re.S)
OPTION = re.compile(r"<<(.*?)>>", re.S)
SAME_IN_FILL = {
    "KEL",
    "KEC",
    "PKM",
    "SCHOOL",
    "CHURCH",
    "PASAR",
    "CV",
    "BIZ",
    "ROAD",
    "STR",
    "RS",
    "FORUM",
}
DISTINCT_IN_FILL = {"NRT", "OFCTEL", "OFCHP", "SCAMHP", "BIZHP", "NPWPB", "REKB", "SURAT", "TIX"}
PERSON_KEY = re.compile(r"^[MFP][CBS]?\d$")
FORCED_ORIGIN = {"C": "chinese", "B": "bali", "S": "sumba"}


def apply_mods(text: str, kind: str | None, mods: str) -> str:
    for m in mods:
        if m == "u":
            text = text.upper()
        elif m == "l":
            text = text.lower()
        elif m == "f":
            text = text.translate(FW)
        elif m == "s":
            text = re.sub(r"[^a-z0-9]", "", text.lower())
        elif m == "b" and kind:
            text = text.replace(" ", NBSP)
        elif m == "z" and kind and len(text) > 3:
            inner = [
                i for i in range(2, len(text) - 1) if text[i - 1].isalnum() and text[i].isalnum()
            ]
            if inner:
                j = RNG.choice(inner)
                text = text[:j] + ZW + text[j:]
    return text


def segments(fill: Fill, key: str, attr: str | None, mods: str) -> list[tuple[str, str | None]]:
    if PERSON_KEY.match(key):
        segs = fill.person(key).attr(attr or "n")
    elif key.rstrip("0123456789") in {"ADDR", "RT", "PLATE"}:
        if key not in fill.memo:
            base = key.rstrip("0123456789")
            value = {"ADDR": home_address, "RT": rt_rw, "PLATE": plate_raw}[base]()
            fill.memo[key] = [(value, "address" if base != "PLATE" else "plate")]
        segs = fill.memo[key]
    else:
        base = key.rstrip("0123456789")
        if key[-1].isdigit() or base in SAME_IN_FILL:
            if key not in fill.memo:
                fill.memo[key] = [(fill.distinct(key), None)]
            segs = fill.memo[key]
        elif base in DISTINCT_IN_FILL:
            segs = [(fill.distinct(key), None)]
        else:
            segs = [(fill.lookalike(key), None)]
    out = []
    for text, kind in segs:
        kind2 = None if "r" in mods else kind
        out.append((apply_mods(text, kind2, mods.replace("r", "")), kind2))
    return out


def render(source: str, case: str | None) -> tuple[str, list[tuple[str, int, int, str]]]:
    fill = Fill()
    src = OPTION.sub(lambda m: RNG.choice(m.group(1).split("||")), source)
    parts: list[tuple[str, str | None]] = []
    pos = 0
    for m in TOKEN.finditer(src):
        parts.append((src[pos : m.start()], None))
        if m.group(1):
            kind = m.group(1)
            inner = m.group(2)
            value = ""
            ipos = 0
            for im in TOKEN.finditer(inner):
                assert not im.group(1), "nested label"
                value += inner[ipos : im.start()]
                value += "".join(
                    s
                    for s, _ in segments(fill, im.group(3), im.group(4), (im.group(5) or "") + "r")
                )
                ipos = im.end()
            value += inner[ipos:]
            parts.append((value, kind))
        else:
            parts.extend(segments(fill, m.group(3), m.group(4), m.group(5) or ""))
        pos = m.end()
    parts.append((src[pos:], None))
    text = ""
    spans = []
    for s, kind in parts:
        if kind:
            spans.append((kind, len(text), len(text) + len(s), s))
        text += s
    if case:
        new = text.upper() if case == "u" else text.lower()
        assert len(new) == len(text)
        text = new
        if case == "l" and text.startswith("kotkupang"):
            text = "KOTKUPANG" + text[9:]
    return text, spans


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

PUNCT_EDGE = set(" \t\n\u00a0\u200b.,;:!?\"'()[]{}<>-/\\|*_#")


def alnum_count(s: str) -> int:
    return sum(1 for c in s if c.isalnum())


class RejectError(Exception):
    pass


def check(text: str, spans: list[tuple[str, int, int, str]]) -> None:
    for bad in ("{", "}", "[[", "]]", "<<", ">>", "||"):
        assert bad not in text, (bad, text)
    for ch in "\u2028\u2029\x85\x0b\x0c\r":
        assert ch not in text
    last = -1
    for kind, s, e, value in sorted(spans, key=lambda x: x[1]):
        assert kind in KINDS, kind
        assert 0 <= s < e <= len(text), (kind, s, e)
        seg = text[s:e]
        assert seg.lower() == value.lower(), (seg, value)
        assert s >= last, ("overlap", seg, text)
        last = e
        first_ok = seg[0] not in PUNCT_EDGE or (kind == "phone" and seg[0] in "+(")
        assert first_ok, ("edge", kind, seg)
        assert seg[-1] not in PUNCT_EDGE, ("edge", kind, seg)
        n = alnum_count(seg)
        if kind == "name":
            first = re.split(r"[\s\u00a0.]", seg)[0].lower()
            assert first not in TITLE_WORDS, ("title", seg)
            assert "@" not in seg and not any(c.isdigit() for c in seg), ("name", seg)
        elif kind == "bpjs":
            assert n == 13, seg
        elif kind in {"nik", "kk"}:
            assert 15 <= n <= 17, seg
        elif kind == "npwp":
            assert n in (15, 16), seg
        elif kind == "phone":
            assert 9 <= n <= 14, seg
        elif kind == "bank_account":
            assert 10 <= n <= 16, seg
        elif kind == "email":
            assert "@" in seg or re.search(r"\b(at|keong|et)\b|\[@\]", seg, re.I), seg
        elif kind == "plate":
            assert re.fullmatch(r"[A-Za-z]{1,2}\s?\d{1,4}\s?[A-Za-z]{1,3}", seg), seg
        elif kind == "address":
            assert re.search(r"\d", seg), seg
    # every other occurrence of a labelled name or number is labelled too (addresses aside)
    for kind, s, e, _ in spans:
        if kind == "address":
            continue
        seg = text[s:e]
        if kind == "name":
            pattern = r"(?<![\w])" + re.escape(seg) + r"(?![\w])"
        else:
            pattern = r"(?<![0-9０-９])" + re.escape(seg) + r"(?![0-9０-９])"
        for m in re.finditer(pattern, text):
            if not any(s2 <= m.start() and m.end() <= e2 for _, s2, e2, _ in spans):
                raise RejectError("unlabelled repeat of %r" % seg)
        if kind == "name":
            for word in re.split(r"[\s\u00a0]+", seg):
                if len(word) < 3 or word.lower() in {"i", "ni", "umbu", "rambu", "andi", "m."}:
                    continue
                for m in re.finditer(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text):
                    if not any(s2 <= m.start() and m.end() <= e2 for _, s2, e2, _ in spans):
                        raise RejectError("unlabelled part %r of %r" % (word, seg))


# ============================================================================================
# Templates
# ============================================================================================

# --- lapor_ticket: SP4N-LAPOR! tickets and their replies ------------------------------------

t(
    "lapor_ticket",
    "people",
    """
Nomor Tiket: {TIX}
Tanggal Masuk: {TGL}
Pelapor: {M1.n}
Kerahasiaan: Tidak Rahasia
Kategori: Kesehatan
Isi Laporan: Saya {M1.g1} mau melaporkan bidan di Pustu {KEL} atas nama Ibu {F1.n} yang menolak memeriksa anak saya {F2.g1} karena kartu BPJS belum aktif. Anak saya demam sudah tiga hari.
---
Tanggapan Dinas Kesehatan Kota Kupang ({TGL}): Terima kasih Bapak {M1.g1}. Laporan sudah kami teruskan kepada Kepala {PKM} untuk klarifikasi kepada bidan {F1.g1}. Mohon maaf atas ketidaknyamanannya.""",
)

t(
    "lapor_ticket",
    "people",
    """
{TIX1}
Judul: Surat keterangan ahli waris tidak diproses
Isi: Kami keluarga {M1.f} dari Kel. {KEL} sudah tiga kali datang ke kantor kelurahan untuk minta surat keterangan ahli waris almarhum bapak kami {M1.n}. Staf di meja pelayanan, Sdri. {F1.n}, bilang berkas kurang padahal sudah lengkap. Pak Lurah tidak pernah ada di tempat.
Yang mengurus: {M2.g} (anak sulung)
Status: Didisposisikan ke Camat {KEC}
Balasan Camat {KEC} ({TGL}): Lurah sudah kami panggil. Saudara {M2.g} dipersilakan datang hari {TGL} jam 09.00.""",
)

t(
    "lapor_ticket",
    "people",
    """
LAPOR! | Tiket {TIX} | Kategori: Pendidikan | Pelapor: Anonim
Isi: Guru kelas 5 di {SCHOOL}, Ibu {F1.n}, S.Pd., sering memukul murid dengan penggaris besi. Anak tetangga kami, {M1.g1}, sampai bengkak telinganya. Kepala sekolah Bapak {M2.n} sudah tahu tapi diam saja.
Tanggapan Dinas Pendidikan dan Kebudayaan Kota Kupang ({TGL}): Laporan diterima. Pengawas akan memanggil Ibu {F1.g1} dan kepala sekolah pada {TGL}.""",
)

t(
    "lapor_ticket",
    "people",
    """
Nomor Laporan: {TIX}
Kerahasiaan: Rahasia
Kategori: Administrasi Kependudukan
Isi Laporan: Petugas perempuan di loket 3 Dukcapil Kota Kupang membentak lansia yang antre sejak pagi. Nomor antrean {ANTRI} dipanggil lalu dilewati. Mohon Kepala Dinas menegur petugas tersebut dan memasang jam layanan yang jelas.
Tanggapan ({TGL}): Terima kasih atas laporan Bapak/Ibu. Kepala Bidang Pelayanan Pendaftaran Penduduk sudah melakukan pembinaan kepada petugas loket. Layanan buka Senin-Jumat 08.00-15.00.""",
)

t(
    "lapor_ticket",
    "people",
    """
LAPOR! — {TIX}
Nama Pelapor: {P1.n|u}
Lokasi: Kel. {KEL}, Kec. {KEC}
Isi: Tetangga saya <<Bapak||Om||Sdr.>> {M1.n} memelihara <<babi||ayam potong>> di belakang rumah, baunya masuk ke kamar anak. Rumah kami di {P1.addr}. Ketua RT {NRT} sudah menegur dua kali tapi tidak dihiraukan. Mohon DLHK turun.
Status: Menunggu tanggapan""",
)

t(
    "lapor_ticket",
    "numbers",
    """
Tiket: {TIX}
Kategori: Jaminan Kesehatan
Isi Laporan: Kartu KIS saya no {F1.bpjs} tidak aktif padahal saya penerima PBI. NIK {F1.nik}. Di {PKM} saya disuruh bayar {UANG} untuk berobat.
Nama: {F1.n}
---
Tanggapan BPJS Kesehatan Cabang Kupang ({TGL}): Kepesertaan Ibu {F1.g1} sudah kami aktifkan kembali. Informasi lebih lanjut hubungi Care Center 165.""",
)

t(
    "lapor_ticket",
    "numbers",
    """
Nomor Tiket: {TIX}
Instansi Tujuan: KPP Pratama Kupang
Isi: Saya {M1.n}, usaha perorangan (kios sembako). NPWP pribadi sy {M1.npwp}. Muncul STP {UANG} padahal SPT sudah dilapor tanggal {TGL}. Kode billing {BILL} tidak bisa dibayar di teller.
Tanggapan KPP ({TGL}): Silakan hubungi Kring Pajak 1500200 atau datang ke loket TPT dengan membawa bukti penerimaan elektronik.""",
)

t(
    "lapor_ticket",
    "numbers",
    """
Tiket {TIX} — Bantuan Sosial
Isi Laporan: Dana PKH tahap 3 belum masuk ke rekening <<BRI {F1.rekbri}||BNI {F1.rekbni}>> a.n. {F1.n}. Pendamping bilang sudah cair sejak {TGL}. NIK {F1.nikg}, No. KK {F1.kk}.
Tanggapan Dinas Sosial Kota Kupang: Data KPM sudah kami cek. Dana tahap 3 tertahan karena NIK belum padan. Silakan ke kantor Dinsos dengan membawa KK asli.""",
)

t(
    "lapor_ticket",
    "numbers",
    """
Nomor Tiket: {TIX}
Kategori: Listrik
Isi: Token listrik {UANG} sudah dibayar lewat aplikasi tapi angka token {TOKEN} ditolak meteran. ID pelanggan {IDPEL}, nomor meter {METER}. Nomor transaksi {TRX}. Sudah telepon PLN 123 disuruh tunggu 2x24 jam.
Tanggapan PLN UP3 Kupang ({TGL}): Token sudah kami terbitkan ulang dan dikirim ke nomor yang terdaftar di aplikasi. Mohon maaf atas gangguannya.""",
)

t(
    "lapor_ticket",
    "numbers",
    """
{TIX}
Judul: KK ganda
Isi: Nomor KK lama atas nama saya {M1.kk} masih aktif, padahal Dukcapil sudah cetak KK baru atas nama istri saya {F1.n} dengan nomor {F1.kk}. Akibatnya NIK anak kami {P2.g1} ({P2.nik}) tercatat di dua KK dan tidak bisa daftar sekolah.
Pelapor: {M1.n}
Tanggapan Dukcapil ({TGL}): KK lama sudah kami nonaktifkan. Silakan cetak ulang di loket 2.""",
)

t(
    "lapor_ticket",
    "places",
    """
Nomor Tiket: {TIX}
Lokasi Kejadian: {F1.addr}, Kel. {KEL}
Isi: Saluran drainase di depan rumah saya tersumbat sampah dan lumpur, air masuk ke rumah setiap hujan. Sudah lapor ke Ketua RT {NRT} tapi belum ada tindakan.
Pelapor: {F1.n}
Tanggapan Dinas PUPR ({TGL}): Tim UPT Drainase dijadwalkan membersihkan saluran pada minggu ini.""",
)

t(
    "lapor_ticket",
    "places",
    """
Tiket: {TIX}
Lokasi: {ROAD}, depan {SCHOOL}
Isi Laporan: Jalan berlubang besar dan dalam sekitar 2 meter, sudah dua motor jatuh minggu ini. Malam hari tidak ada lampu. Mohon segera ditambal sebelum ada korban.
Tanggapan Dinas PUPR Kota Kupang ({TGL}): Lokasi sudah masuk jadwal pemeliharaan rutin. Sementara dipasang rambu peringatan.""",
)

t(
    "lapor_ticket",
    "places",
    """
{TIX}
Isi: Pelayanan di Kantor Kelurahan {KEL} ({OADDR}) tutup jam 12 siang padahal jadwal sampai jam 15.00. Saya datang dari rumah di {M1.addr} sampai tiga kali untuk surat pengantar SKCK.
Pelapor: {M1.n}
Tanggapan Bagian Organisasi Setda Kota Kupang: Lurah sudah diminta memberi penjelasan tertulis.""",
)

t(
    "lapor_ticket",
    "places",
    """
Nomor Laporan: {TIX}
Lokasi: {PASAR}, los ikan blok C
Isi Laporan: Sampah di belakang los ikan tidak diangkut sudah 9 hari, air lindi mengalir ke jalan. Pedagang tetap ditarik retribusi kebersihan {UANG} per hari. Karcis retribusi nomor {KODE}.
Tanggapan Disperindag ({TGL}): Sudah dikoordinasikan dengan DLHK, truk akan masuk pasar setiap jam 05.00.""",
)

t(
    "lapor_ticket",
    "offices",
    """
Tiket {TIX}
Tanggapan Perumda Air Minum Kota Kupang ({TGL}): Terima kasih atas laporannya. Nomor sambungan Bapak/Ibu {NOSAMB} sudah dijadwalkan perbaikan pipa. Untuk gangguan selanjutnya silakan hubungi call center {OFCTEL} atau WA pengaduan {OFCHP} (Senin-Jumat 08.00-15.00), email pengaduan.pdam@pdamkotakupang.co.id.""",
)

t(
    "lapor_ticket",
    "offices",
    """
Nomor Tiket: {TIX}
Isi: Ada WA dari nomor {SCAMHP} mengaku petugas Dukcapil, minta transfer {UANG} untuk percepatan cetak KTP-el. Dia juga kirim email dari dukcapil.kupang.resmi@gmail.com. Apakah benar ini petugas?
Tanggapan Dinas Dukcapil Kota Kupang ({TGL}): Itu penipuan. Seluruh layanan Dukcapil gratis. Layanan resmi hanya di kantor Dukcapil ({OADDR}) dan kanal LAPOR! / SMS 1708.""",
)

t(
    "lapor_ticket",
    "offices",
    """
Tiket: {TIX}
Kategori: Pengadaan Barang/Jasa
Isi Laporan: Pekerjaan drainase di {ROAD} oleh {CV} (NPWP {NPWPB}) dengan kontrak nomor {SURAT} senilai {UANG} belum selesai padahal sudah lewat batas waktu. Papan proyek tidak mencantumkan nomor kontak.
Tanggapan Inspektorat Kota Kupang: Laporan sudah diteruskan ke PPK dengan surat nomor {SURAT}.""",
)

t(
    "lapor_ticket",
    "offices",
    """
Tiket {TIX}
Tanggapan Dinas Sosial Kota Kupang ({TGL}): Laporan dari Bapak {M1.n} sudah kami terima. Petugas kami Ibu {F1.n} akan menghubungi Bapak di nomor {M1.hp}. Untuk informasi umum silakan WA center Dinsos {OFCHP} atau datang ke kantor pada jam kerja.""",
)

t(
    "lapor_ticket",
    "mixed",
    """
Nomor Tiket: {TIX}
Nama: {M1.n}
NIK: {M1.nik|z}
No. HP: {M1.hp}
Email: {M1.mail}
Alamat: {M1.addr}, Kel. {KEL}
Kategori: Pertanahan
Isi: Tanah kami dengan NOP {NOP} diukur ulang oleh petugas BPN tanpa pemberitahuan. Tetangga batas, {M2.n}, mengklaim 2 meter masuk tanah kami. Surat ukur nomor {SURAT}.""",
)

t(
    "lapor_ticket",
    "mixed",
    """
LAPOR! {TIX}
Isi Laporan: Anak saya {F1.g1} (7 tahun) digigit anjing milik {M1.n} di {M1.addr} tanggal {TGL}. Anjing itu sering lepas di jalan. {PKM} bilang vaksin anti rabies kosong, disuruh ke {RS}.
Pelapor: {F2.n}, HP {F2.hp}""",
)

t(
    "lapor_ticket",
    "mixed",
    """
Tiket: {TIX}
Kategori: Ketenteraman dan Ketertiban
Isi: Musik keras dari kafe di {ROAD} setiap malam sampai jam 02.00. Sudah lapor ke polisi 110 dan Satpol PP {OFCTEL} tapi tidak ada tindakan. Izin usaha kafe itu nomor {SURAT}. Kami warga RT {NRT} dan RT {NRT2} tidak bisa tidur.
Tanggapan Satpol PP Kota Kupang ({TGL}): Tim sudah melakukan penertiban dan memanggil pemilik usaha.""",
)

t(
    "lapor_ticket",
    "mixed",
    """
Nomor Tiket: {TIX}
Isi Laporan: Sopir angkot jurusan <<10||5||3>> dengan nopol {PLATE} ugal-ugalan dan menurunkan penumpang di tengah jalan {ROAD}. Sopirnya dipanggil {M1.g1}. Anak saya {F1.g1} jatuh waktu turun.
Pelapor: {F2.n} (HP {F2.hp})
Tanggapan Dinas Perhubungan ({TGL}): Pemilik angkot sudah dipanggil dan izin trayek sedang dievaluasi.""",
)

# --- sms_1708: SMS to 1708, KOTKUPANG <keluhan> ---------------------------------------------

t(
    "sms_1708",
    "people",
    "KOTKUPANG SAYA {M1.n} MAU LAPOR PETUGAS KEBERSIHAN DI KEL {KEL} MINTA UANG {UANG} PER BULAN DILUAR RETRIBUSI. NAMA PETUGASNYA {M2.n}. TKS",
    "u",
)
t(
    "sms_1708",
    "people",
    "KOTKUPANG sy {F1.g1} mau tny knp nama anak sy {F2.n} di akta kelahiran salah tulis jd {F2.nx}. sdh 2 bln blm diperbaiki dukcapil",
    "l",
)
t(
    "sms_1708",
    "people",
    "KOTKUPANG TOLONG PAK LURAH {KEL}, OM {M1.g1} TETANGGA SY BAKAR SAMPAH PLASTIK TIAP SORE ASAPNYA MASUK RUMAH. ANAK SY ASMA. DARI {F1.n} DI {KEL2}",
    "u",
)
t(
    "sms_1708",
    "people",
    "KOTKUPANG petugas loket samsat kupang minta uang tambahan {UANG} supaya stnk cepat jadi. kejadian tgl {TGL} jam {JAM}. mohon ditindak",
    "l",
)
t(
    "sms_1708",
    "people",
    "KOTKUPANG Bidan {F1.g1} di pustu {KEL} sudah 3 minggu tdk masuk, ibu2 hamil tdk bisa periksa. Kepala puskesmas tlg perhatikan. Sy {F2.n}",
)
t(
    "sms_1708",
    "numbers",
    "KOTKUPANG KARTU BPJS SY {F1.bpjs} DIBLOKIR PADAHAL PBI. NIK {F1.nikb|f}. TLG DIBANTU. HP {F1.hp}",
    "u",
)
t(
    "sms_1708",
    "numbers",
    "KOTKUPANG bantuan bpnt blm masuk ke rek bni {F1.rekbni} a.n {F1.n}. nik {F1.nikb}. pendamping tdk bisa dihubungi",
    "l",
)
t(
    "sms_1708",
    "numbers",
    "KOTKUPANG NPWP SY {M1.npwp} DIBLOKIR KRN DIANGGAP TDK AKTIF PADAHAL SAYA MASIH JUALAN. SAYA {M1.n}, USAHA PERORANGAN",
    "u",
)
t(
    "sms_1708",
    "numbers",
    "KOTKUPANG PDAM TAGIHAN BLN INI {UANG} PADAHAL AIR MATI 2 MINGGU. NO SAMBUNGAN {NOSAMB}. LAPORAN SEBELUMNYA {TIX} BLM ADA JAWABAN",
    "u",
)
t(
    "sms_1708",
    "numbers",
    "KOTKUPANG hp sy {M1.hp} dpt sms dr {SCAMHP} ngaku petugas pln mau putus listrik klo tdk transfer {UANG}. sy {M1.g1} di kel {KEL}",
    "l",
)
t(
    "sms_1708",
    "places",
    "KOTKUPANG AIR PDAM MATI DI {RT} KEL. {KEL} SUDAH 5 HARI. TANGKI SWASTA {UANG} 1 RIT",
    "u",
)
t(
    "sms_1708",
    "places",
    "KOTKUPANG LAMPU JALAN DI {ROAD} DEPAN {CHURCH} MATI SEMUA SUDAH 1 BLN, RAWAN BEGAL. MOHON PLN/DISHUB CEK",
    "u",
)
t(
    "sms_1708",
    "places",
    "KOTKUPANG got depan rumah sy di {ADDR} tersumbat, bau busuk dan banyak nyamuk. mohon dlhk turun. kel {KEL}",
    "l",
)
t(
    "sms_1708",
    "places",
    "KOTKUPANG WARGA RT {NRT} DAN RT {NRT2} KEL {KEL} MINTA TRUK SAMPAH DATANG, SUDAH 2 MINGGU TDK DIANGKUT DI TPS {STR}",
    "u",
)
t(
    "sms_1708",
    "offices",
    "KOTKUPANG nomor wa pengaduan dukcapil {OFCHP} tdk pernah balas. call center {OFCTEL} jg sibuk terus dari jam {JAM}. mau urus kk saja susah",
    "l",
)
t(
    "sms_1708",
    "offices",
    "KOTKUPANG SAYA DAPAT 2 NOMOR {SCAMHP} DAN {SCAMHP2} NGAKU DARI BAPENDA MINTA BAYAR PBB LEWAT TRANSFER. MANA YG RESMI?",
    "u",
)
t(
    "sms_1708",
    "offices",
    "KOTKUPANG email {OFCMAIL} tdk aktif, surat sy dikembalikan. hotline dishub {OFCTEL} jg tdk angkat. kemana lg harus lapor",
    "l",
)
t(
    "sms_1708",
    "offices",
    "KOTKUPANG SY {M1.n} SUDAH KIRIM BERKAS BANSOS KE EMAIL DINSOS 3X TDK ADA BALASAN. TLG BALAS KE {M1.mail} ATAU HP {M1.hp}",
    "u",
)
t(
    "sms_1708",
    "mixed",
    "KOTKUPANG MOTOR SY {PLATE} HILANG DI PARKIRAN {PASAR} TGL {TGL}, PETUGAS PARKIR TDK MAU TANGGUNG JAWAB. KARCIS NO {KODE}. {M1.n} {M1.hp}",
    "u",
)
t(
    "sms_1708",
    "mixed",
    "KOTKUPANG anjing liar di {STR} gigit anak sy {F1.g1}, {PKM} blm ada vaksin rabies. hub {M1.hp}",
    "l",
)
t(
    "sms_1708",
    "mixed",
    "KOTKUPANG MUSIK KERAS TIAP MALAM DI {BIZ} {ROAD} SAMPAI JAM 2. POLISI 110 SUDAH DITELP TDK DATANG. TIKET {TIX}",
    "u",
)
t(
    "sms_1708",
    "mixed",
    "KOTKUPANG sy {F1.n} nik {F1.nik} warga {RT} kel {KEL}, rumah sy retak krn truk proyek {CV} lewat tiap hari. kontraktor tdk mau ganti rugi",
    "l",
)

# --- wa_forward: forwarded WhatsApp messages and group chats --------------------------------

t(
    "wa_forward",
    "people",
    """
[{TGL1} {JAM}] {F1.n}: Selamat pagi bapa mama semua, sy mau info anak sy {M1.g1} (12 th) belum pulang dari kemarin sore. Terakhir dilihat di {PASAR} pakai baju biru.
[{TGL1} {JAM}] {M2.g|l}: Sabar ibu, sy bantu share ke grup ojek
[{TGL1} {JAM}] Admin Kelurahan: Sudah kami teruskan ke Polsek. Ibu {F1.g1} mohon bawa foto anak ke kantor kelurahan.
[{TGL1} {JAM}] {F3.g1}: Tuhan tolong 🙏""",
)

t(
    "wa_forward",
    "people",
    """
*Diteruskan*
BERITA DUKA
Telah meninggal dunia dengan tenang Bapak {M1.n} (72 th), suami dari Ibu {F1.n}, ayah dari {M2.n} dan {F2.n}. Jenazah disemayamkan di rumah duka {M1.addr}, Kel. {KEL}. Ibadah penghiburan malam ini jam 19.00, pemakaman {TGL} di TPU Kapadala.
Mohon maaf tidak ada undangan khusus.""",
)

t(
    "wa_forward",
    "people",
    """
[{JAM}] {M1.g|l}: Bapa2 dong, sapa yg tau lurah baru di {KEL}? Sy mau urus surat pindah
[{JAM}] {F1.n}: Namanya Pak {M2.n|z}, baru dilantik {TGL}
[{JAM}] {M1.g|l}: Oke makasih kaka {F1.g1}
[{JAM}] {M3.n}: Sekretaris lurah ibu {F2.g1} yg pegang surat pindah, orangnya baik""",
)

t(
    "wa_forward",
    "people",
    """
[{TGL1} {JAM}] mama: Nona su makan ko?
[{TGL1} {JAM}] Admin Grup: Info: besok pagi pemadaman listrik di wilayah Kel. {KEL} jam 08.00-14.00 untuk pemeliharaan jaringan.
[{TGL1} {JAM}] Ketua RT {NRT}: Terima kasih infonya admin. Warga mohon siapkan air.
[{TGL1} {JAM}] grup warga: 👍""",
)

t(
    "wa_forward",
    "people",
    """
Diteruskan berkali-kali
TOLONG BANTU CARI: Om {M1.n}, biasa dipanggil {M1.k}, umur 68 tahun, pikun, keluar dari rumah di {M1.addr} tanggal {TGL} jam {JAM}. Pakai kemeja kotak-kotak. Kalau ketemu tolong hubungi anaknya {F1.g1} di {F1.hps|b}.""",
)

t(
    "wa_forward",
    "numbers",
    """
[{JAM}] Kader Posyandu: Selamat siang ibu2, untuk pendataan PMT mohon kirim NIK dan nomor KK hari ini
[{JAM}] {F1.g|l}: NIK sy {F1.nik}, KK {F1.kk}
[{JAM}] {F2.n}: Ini punya sy ibu, {F2.nikb|z}
[{JAM}] Kader Posyandu: KK nya ibu {F2.g1}?
[{JAM}] {F2.n}: {F2.kkb}""",
)

t(
    "wa_forward",
    "numbers",
    """
*Diteruskan*
SELAMAT!!! Anda terpilih sebagai penerima BLT Kesra {UANG}. Untuk pencairan hubungi admin Kemensos di {SCAMHP} dan transfer biaya administrasi {UANG} ke rekening BRI {F1.rekbri} a.n. {F1.n}. Batas waktu {TGL}.
(Hati-hati, ini penipuan. Sudah ada warga Kel. {KEL} yang tertipu.)""",
)

t(
    "wa_forward",
    "numbers",
    """
[{JAM}] {M1.n}: Kaka, no BPJS mama sy {F1.bpjs} katanya nonaktif, bisa cek kah?
[{JAM}] {F2.g|l}: Coba cek di aplikasi Mobile JKN atau WA Pandawa BPJS 08118165165
[{JAM}] {M1.n}: Sudah coba, ditolak. NIK mama {F1.nik}
[{JAM}] {F2.g|l}: Nanti sy tanya di {PKM}""",
)

t(
    "wa_forward",
    "numbers",
    """
*Diteruskan*
Info pembayaran: Pelanggan PLN pascabayar dapat membayar melalui VA {VA} atau kode pembayaran {BILL}. Cek tagihan dengan ID pelanggan di aplikasi PLN Mobile. Contoh ID pelanggan: {IDPEL}. Layanan PLN 123 buka 24 jam.""",
)

t(
    "wa_forward",
    "numbers",
    """
[{JAM}] {F1.n}: Bapa mama, yang butuh tukang sumur bor, Om {M1.g1} bisa. HP {M1.hp} / {M1.hp2}. Harga {UANG} per meter
[{JAM}] {M2.g|l}: Om {M1.g1} yg di {KEL} tu ko?
[{JAM}] {F1.n}: Iya, dia pung rumah dekat {CHURCH}""",
)

t(
    "wa_forward",
    "places",
    """
[{JAM}] {F1.g|l}: Air su masuk rumah lai di {F1.addr}, setinggi lutut
[{JAM}] {M1.g|l}: Di {RT} ju sama, got di depan son jalan
[{JAM}] Posko BPBD Kota Kupang: Tim sedang menuju lokasi. Untuk evakuasi darurat hubungi {OFCTEL} atau 112.
[{JAM}] {F1.g|l}: Terima kasih""",
)

t(
    "wa_forward",
    "places",
    """
*Diteruskan*
INFO DISHUB KOTA KUPANG: Mulai {TGL} jam {JAM} ruas {ROAD} ditutup sementara untuk pengerjaan drainase. Kendaraan dari arah {KEL} dialihkan melalui {ROAD2}. Mohon maaf atas ketidaknyamanan.""",
)

t(
    "wa_forward",
    "places",
    """
[{JAM}] {M1.n}: Ibadah syukur keluarga {M1.f} besok jam 17.00 di rumah kami {M1.addr}, bukan di {CHURCH} ({OADDR}) seperti info sebelumnya
[{JAM}] {F1.g|l}: Siap Om
[{JAM}] {M2.g|l}: 🙏""",
)

t(
    "wa_forward",
    "places",
    """
*Diteruskan*
Jadwal fogging DBD dari {PKM} hari ini: RT {NRT1}, RT {NRT2} dan RT {NRT3} Kel. {KEL}. Besok lanjut Kel. {KEL2}. Mohon pintu dan jendela dibuka, makanan ditutup. Info: {PKM} {OFCTEL}.""",
)

t(
    "wa_forward",
    "offices",
    """
*Diteruskan*
📢 PENGADUAN PELAYANAN PUBLIK KOTA KUPANG
- SMS: 1708 (format KOTKUPANG spasi keluhan)
- Web: lapor.go.id
- WA Unit Pengaduan: {OFCHP}
- Telp kantor: {OFCTEL}
- Email: {OFCMAIL}
Layanan gratis, tidak dipungut biaya.""",
)

t(
    "wa_forward",
    "offices",
    """
*Diteruskan*
Hati-hati penipuan! Ada email dari bansos.kemensos.ntt@gmail.com dan WA {SCAMHP} (mengaku admin PKH) yang minta foto KTP dan KK. Kemensos tidak pernah minta data lewat WA. Laporkan ke Dinsos Kota Kupang {OFCTEL}.""",
)

t(
    "wa_forward",
    "offices",
    """
[{JAM}] Admin Puskesmas: Selamat pagi, pendaftaran vaksin anak bisa lewat WA {OFCHP} (khusus chat) atau langsung ke loket jam 08.00-12.00
[{JAM}] Admin Puskesmas: Untuk UGD 24 jam: {OFCTEL}
[{JAM}] mama: Terima kasih info nya""",
)

t(
    "wa_forward",
    "offices",
    """
[{JAM}] {F1.g|l}: Sapa yang simpan nomor petugas DLHK yang urus sampah di sini?
[{JAM}] {M1.n}: Nomor dia {M1.hp}, namanya {M1.g1}. Dia yang pegang truk wilayah {KEL}
[{JAM}] {F1.g|l}: Kalo call center DLHK {OFCTEL} tdk pernah angkat""",
)

t(
    "wa_forward",
    "mixed",
    """
*Diteruskan*
TABRAK LARI di {ROAD} depan {BIZ} tanggal {TGL} jam {JAM}. Motor Vario hitam plat {PLATE} tabrak anak sekolah lalu kabur. Korban {F1.n} sekarang di {RS}. Yang lihat motor itu tolong hubungi keluarga: {M1.n} {M1.hp}.""",
)

t(
    "wa_forward",
    "mixed",
    """
[{JAM}] {M1.n}: Formulir pengaduan ke Ombudsman sudah sy kirim dari email {M1.mail}, tembusan ke {OFCMAIL}
[{JAM}] {F1.g|l}: Nomor tiket dapat?
[{JAM}] {M1.n}: Dapat, {TIX}. Katanya 14 hari kerja
[{JAM}] {F1.g|l}: Semoga cepat, tanah sengketa di {STR} tu su lama""",
)

t(
    "wa_forward",
    "mixed",
    """
*Diteruskan*
Pengumuman Disperindag: Operasi pasar beras SPHP di {PASAR} tanggal {TGL} jam {JAM}. Harga {UANG} per 5 kg, maksimal 2 karung per KK. Bawa fotokopi KK. Info: {OFCHP} (Bidang Perdagangan).""",
)

t(
    "wa_forward",
    "mixed",
    """
[{JAM}] {F1.g|l}: Yang mau pesan kue untuk acara pengucapan syukur hub {F2.hp} ({F2.g1|l})
[{JAM}] {M1.g|l}: Kalo catering besar bisa ke {BIZ} {BIZHP}
[{JAM}] {F1.g|l}: Ibu {F2.g1} tu masak di rumah, di {F2.addr}""",
)

# --- email_reply: mail threads with headers and quoted replies -------------------------------

t(
    "email_reply",
    "people",
    """
From: {F1.n} <{F1.mail}>
To: pengaduan@kupangkota.go.id
Date: {TGL}
Subject: Keberatan atas penilaian guru PPPK

Yth. Bagian Kepegawaian,
Saya {F1.n}, guru honor di {SCHOOL}. Nama saya tidak muncul di pengumuman PPPK padahal nilai saya di atas nama {F2.n} yang lulus. Mohon penjelasan.

Hormat saya,
{F1.g1}""",
)

t(
    "email_reply",
    "people",
    """
From: {M1.fg} <{M1.mailgov}>
To: Sekretariat Inspektorat <inspektorat@kupangkota.go.id>
Cc: "Sdr. {M2.n}" <{M2.mail}>
Subject: RE: Tindak lanjut pengaduan {TIX}

Pak {M2.g1}, pengaduan Bapak sudah kami verifikasi. Pemeriksaan lapangan dijadwalkan {TGL}.

Salam,
{M1.n}
Auditor Muda""",
)

t(
    "email_reply",
    "people",
    """
Terima kasih atas tanggapannya. Tetapi sampai hari ini petugas belum datang ke lokasi.

Pada {TGL}, {M1.n} <{M1.mail}> menulis:
> Yth. Ibu {F1.n},
> Laporan Ibu tentang pohon tumbang di depan rumah sudah kami terima dan akan ditindaklanjuti oleh UPT Pertamanan.
> Salam, {M1.g1}

--
{F1.n}""",
)

t(
    "email_reply",
    "people",
    """
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
To: Bagian Organisasi <organisasi@kupangkota.go.id>
Subject: Rekap pengaduan SP4N-LAPOR! bulan ini

Selamat siang,
Terlampir rekap pengaduan masuk periode {TGL} s.d. {TGL}: {NN} laporan, {N} masih dalam proses. Mohon Kepala Bagian dan pejabat penghubung tiap OPD menindaklanjuti sebelum rapat evaluasi bersama Sekda.

Salam,
Tim Humas""",
)

t(
    "email_reply",
    "people",
    """
From: "{F1.n|b}" <{F1.mail}>
To: Dinas Sosial Kota Kupang <dinsos.kotakupang@gmail.com>
Cc: {M1.n} <{M1.mail}>, {F2.fg} <{F2.mail}>
Subject: Data lansia terlantar di {KEL}

Bapak/Ibu, kami pengurus Komite Lansia mengusulkan Oma {F3.n} dan Opa {M2.n} masuk program ATENSI. Keduanya tinggal sendiri tanpa keluarga.
Hormat kami,
{F1.n}""",
)

t(
    "email_reply",
    "numbers",
    """
From: {F1.n} <{F1.mailbel}>
To: bendahara.smpn5kupang@gmail.com
Subject: NPWP untuk pencairan honor

Ibu bendahara, kemarin Ibu minta NPWP semua guru honor. Ini punya sy {F1.npwp16}. Nomor rekening Bank NTT sy {F1.rekntt} a.n. {F1.n}.

Pada {TGL}, Bendahara SMPN 5 <bendahara.smpn5kupang@gmail.com> menulis:
> Mohon NPWP dan nomor rekening dikirim paling lambat {TGL}. NPWP bendahara sekolah {NPWPB} jangan dipakai.""",
)

t(
    "email_reply",
    "numbers",
    """
From: {M1.n} <{M1.mail}>
To: pengaduan@bpjs-kesehatan.go.id
Subject: Kartu JKN anak tidak terdaftar

Selamat siang. Anak saya {F1.g} lahir {TGL}, sudah didaftarkan ke BPJS Kesehatan mandiri. No kartu saya {M1.bpjs}, no kartu istri {F2.bpjs}, tetapi anak belum keluar kartunya. NIK anak di akta {F1.nik}. Nomor akta kelahiran {NOAKTA}.

Terima kasih,
{M1.n}
HP {M1.hp}""",
)

t(
    "email_reply",
    "numbers",
    """
From: Sekretariat Dinas Sosial <dinsos.kotakupang@gmail.com>
To: Pendamping PKH <pendamping.pkh.kupang@gmail.com>
Subject: Pengembalian dana salah transfer

Dana bantuan yang salah transfer mohon dikembalikan ke rekening penampung {REKB} (Bank NTT), kode transaksi {TRX}, paling lambat {TGL}. Nomor surat {SURAT}. Konfirmasi ke {OFCTEL}.

Salam,
Sekretariat""",
)

t(
    "email_reply",
    "numbers",
    """
Catatan surel masuk {TGL}: From: {M1.fg} <{M1.mail}> — minta koreksi KK. Nomor KK lama {M1.kk}, istri {F1.n} NIK {F1.nik} tertulis di KK dengan nama {F1.nx}.
Diteruskan ke Bidang Pendaftaran Penduduk.""",
)

t(
    "email_reply",
    "numbers",
    """
From: {M1.n} <{M1.mail}>
To: kpp.kupang@pajak.go.id
Subject: Pemadanan NIK sebagai NPWP

Yth. KPP Pratama Kupang,
NPWP lama saya {M1.npwp}. Menurut aplikasi, NPWP 16 digit saya sekarang sama dengan NIK, {M1.npwp16g}, tetapi di e-Bupot pemotong masih tertulis NPWP lama. NOP rumah saya {NOP} juga belum terhubung.
Hormat saya, {M1.n}""",
)

t(
    "email_reply",
    "places",
    """
From: {F1.n} <{F1.mail}>
To: DLHK Kota Kupang <dlhk.kotakupang@gmail.com>
Subject: Pohon angsana miring di depan rumah

Selamat pagi. Pohon besar di depan rumah saya {F1.addr}, Kel. {KEL}, sudah miring ke arah kabel listrik. Mohon dipangkas sebelum musim angin. Foto terlampir (IMG_2026{NN}12_{JAM}.jpg).

Salam,
{F1.n}""",
)

t(
    "email_reply",
    "places",
    """
From: Tata Usaha {SCHOOL} <tu.sekolah.kupang@gmail.com>
To: Dinas Pendidikan dan Kebudayaan Kota Kupang <dikbud@kupangkota.go.id>
Subject: Atap ruang kelas bocor

Dengan hormat, atap ruang kelas IV dan V bocor sejak {TGL}. Alamat sekolah {OADDR}, Kel. {KEL}. Kontak: telp {OFCTEL}, WA {OFCHP}.

Hormat kami,
Tata Usaha""",
)

t(
    "email_reply",
    "places",
    """
Pada {TGL}, {M1.n} <{M1.mailgov}> menulis:
> Mohon alamat lengkap lokasi genangan untuk dicek tim.

Alamatnya di depan rumah saya {M2.addr}, genangan sampai ke {ROAD}. Air dari proyek perumahan {CV} di {STR} turun semua ke sini.
{M2.n}""",
)

t(
    "email_reply",
    "places",
    """
From: Sekretariat {FORUM} <sekretariat.forum.kupang@gmail.com>
To: DPRD Kota Kupang <setwan@kupangkota.go.id>
Subject: Undangan RDP banjir Kel. {KEL}

Dengan hormat, kami mengundang Bapak/Ibu ke rapat di sekretariat kami, {OADDR}, tanggal {TGL} jam {JAM}. Keluhan warga RT {NRT} sampai RT {NRT2} akan dibacakan.
Hormat kami, Koordinator Forum""",
)

t(
    "email_reply",
    "offices",
    """
From: noreply@lapor.go.id
To: pelapor
Subject: [LAPOR!] Status laporan {TIX} diperbarui

Laporan Anda telah ditindaklanjuti oleh Dinas PUPR Kota Kupang. Silakan beri penilaian di https://www.lapor.go.id. Jangan membalas email ini. Pertanyaan: helpdesk@lapor.go.id.""",
)

t(
    "email_reply",
    "offices",
    """
From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
To: Wajib Pajak
Subject: Waspada email palsu

Bapenda tidak pernah mengirim tagihan PBB dari pajak.kupang.resmi@gmail.com maupun dari WA {SCAMHP}. Pembayaran PBB hanya melalui kode billing di SPPT atau VA Bank NTT. Info: {OFCTEL}, WA {OFCHP}.

Seksi Penagihan
Bapenda Kota Kupang""",
)

t(
    "email_reply",
    "offices",
    """
From: Perumda Air Minum Kota Kupang <pengaduan.pdam@pdamkotakupang.co.id>
To: warga.oebufu@googlegroups.com
Subject: Jadwal distribusi air

Distribusi air wilayah Kel. {KEL} dan Kel. {KEL2} digilir: Senin, Rabu, Jumat jam 05.00-10.00. Gangguan: call center {OFCTEL}, WA {OFCHP}. Nomor surat {SURAT}.""",
)

t(
    "email_reply",
    "offices",
    """
From: {F1.n} <{F1.mailgov}>
To: {M1.n} <{M1.mail}>
Subject: Re: Salah potong tagihan

Pak {M1.g1}, tagihan Bapak sudah kami koreksi. Kalau masih ada kendala, hubungi saya langsung di {F1.hp} atau kantor {OFCTEL}.

{F1.n}
Bagian Pelayanan Pelanggan""",
)

t(
    "email_reply",
    "mixed",
    """
From: {M1.n} <{M1.maild}>
To: pengaduan@kupangkota.go.id
Subject: Mobil dinas parkir di trotoar

Yth. Bapak/Ibu, mobil dinas dengan plat {PLATE} setiap pagi parkir di trotoar depan {SCHOOL}, anak-anak terpaksa jalan di badan jalan. Foto terlampir. Saya tinggal di {M1.addr}, tidak jauh dari sekolah.
{M1.n}, HP {M1.hp}""",
)

t(
    "email_reply",
    "mixed",
    """
On {TGL}, {F1.n} <{F1.mail}> wrote:
> My father {M1.n} was charged {UANG} at the Dukcapil counter for a new KTP. His NIK is {M1.nik}. Our family card number is {M1.kk}. Is this fee legal?

Dear Ms {F1.g1}, the service is free of charge. We have forwarded your complaint to the Inspectorate ({TIX}).
Unit Pengaduan Kasih""",
)

t(
    "email_reply",
    "mixed",
    """
From: Flobamora Travel <info.flobamoratravel@gmail.com>
To: Pelanggan
Subject: Perubahan jadwal keberangkatan

Keberangkatan Kupang-Soe tanggal {TGL} diundur ke jam {JAM}. Perubahan jadwal hubungi {BIZHP}. Refund ke rekening pelanggan diproses 3 hari kerja. NPWP perusahaan {NPWPB}.""",
)

t(
    "email_reply",
    "mixed",
    """
From: {F1.n} <{F1.mail}>
To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
Subject: Sertifikat tanah belum terbit

Saya {F1.n}, NIK {F1.nik}, mengajukan PTSL sejak {TGL} untuk tanah di belakang rumah {F1.addr}. Petugas ukur Bapak {M1.n} minta uang {UANG}. Bukti transfer ke rekening BRI {M1.rekbri} a.n. {M1.n} terlampir.""",
)

# --- phone_log: call-centre logs and written-out calls -------------------------------------

t(
    "phone_log",
    "people",
    """
Petugas: Unit Pengaduan Kasih Kota Kupang, dengan {F1.g1}, ada yang bisa dibantu?
Penelepon: Selamat siang ibu. Saya mau lapor soal lurah.
Petugas: Baik. Atas nama?
Penelepon: {M1.n}.
Petugas: Lurahnya siapa, Bapak?
Penelepon: Pak {M2.n}, lurah {KEL}. Dia tidak mau tanda tangan surat tanah saya kalau tidak kasih uang {UANG}.
Petugas: Baik Bapak {M1.g1}, kami catat dan teruskan ke Inspektorat.""",
)

t(
    "phone_log",
    "people",
    """
LOG PANGGILAN CALL CENTER 112 KOTA KUPANG
Waktu: {TGL} {JAM}
Pelapor: {F1.n} (ibu korban)
Kejadian: Anak pelapor, {M1.g1} (9 th), tersengat listrik dari kabel PLN yang putus di {STR}.
Tindakan: Ambulans dikirim jam {JAM}, korban dibawa ke {RS}. PLN UP3 dihubungi jam {JAM}.
Petugas jaga: {M2.n}""",
)

t(
    "phone_log",
    "people",
    """
Petugas: Dinas Sosial, selamat pagi.
Penelepon: Pagi. Saya mau tanya bantuan untuk oma saya, sudah 80 tahun, tinggal sendiri.
Petugas: Nama oma siapa, Ibu?
Penelepon: Oma {F2.n}. Saya cucunya, {F1.g1}.
Petugas: Baik Ibu {F1.g1}. Nanti pendamping kami, Bapak {M1.n}, akan kunjungi rumah oma.""",
)

t(
    "phone_log",
    "people",
    """
Rekap panggilan Call Center PLN 123 — {TGL}
{JAM} — penelepon perempuan, keluhan listrik padam di Kel. {KEL}, diteruskan ke posko Yantek.
{JAM} — penelepon laki-laki, minta pasang baru, diarahkan ke aplikasi PLN Mobile.
{JAM} — penelepon anonim, lapor tiang miring di {ROAD}, tiket {TIX}.
Petugas shift pagi: 3 orang. Tidak ada keluhan berulang.""",
)

t(
    "phone_log",
    "people",
    """
[Rekaman {JAM}] Penelepon: Halo, ini kantor kelurahan ko?
Petugas: Iya betul, Kelurahan {KEL}.
Penelepon: Beta mau tanya, Tanta {F1.g1} yang di {F1.rt} tu su dapat beras ko belum?
Petugas: Nama lengkapnya?
Penelepon: {F1.n}.
Petugas: Sudah, diambil anaknya, {M1.g1}, tanggal {TGL}.""",
)

t(
    "phone_log",
    "numbers",
    """
Petugas: Baik Bapak, untuk cek data, NIK Bapak?
Penelepon: {M1.nikp}.
Petugas: Saya ulang, atas nama {M1.n|u}?
Penelepon: Betul.
Petugas: Nomor KK?
Penelepon: {M1.kkc}.
Petugas: Data Bapak sudah padan, silakan cetak ulang KTP di loket 4.""",
)

t(
    "phone_log",
    "numbers",
    """
CS: BPJS Kesehatan Care Center 165, dengan {F1.g1}, ada yang bisa dibantu?
Penelepon: Kartu saya tidak bisa dipakai di {PKM}.
CS: BPJS Kesehatan, nomor kartunya?
Penelepon: {M1.bpjs}.
CS: Atas nama?
Penelepon: {M1.n}.
CS: Status Bapak menunggak {UANG}. Bisa dibayar lewat VA {VA}.""",
)

t(
    "phone_log",
    "numbers",
    """
Agen: Bank NTT, dengan {F1.g1}, selamat siang.
Nasabah: Siang. Saya tidak terima transfer bantuan dari Dinsos.
Agen: Nomor rekening?
Nasabah: {M1.rekntt}.
Agen: Atas nama siapa Bapak?
Nasabah: {M1.n}.
Agen: Dana dari Dinsos masuk {TGL}, nomor referensi {TRX}. Mungkin sudah ditarik lewat ATM.""",
)

t(
    "phone_log",
    "numbers",
    """
Petugas: PDAM Kota Kupang, selamat siang.
Penelepon: Siang, air di rumah mati 4 hari.
Petugas: Boleh nomor sambungannya?
Penelepon: {NOSAMB}.
Petugas: Wilayah itu sedang perbaikan pipa transmisi, estimasi selesai {TGL}. Nomor laporan Ibu {TIX}.
Penelepon: Tagihan bulan ini {UANG}, apa tetap bayar?
Petugas: Nanti ada penyesuaian.""",
)

t(
    "phone_log",
    "numbers",
    """
Petugas: Kantor Pajak Pratama Kupang. NPWP bapak?
Wajib pajak: Yang lama {M1.npwps}, yang baru katanya sama dengan NIK, {M1.npwp16g}.
Petugas: Baik. Nomor HP aktif?
Wajib pajak: {M1.hp}.
Petugas: Kode verifikasi dikirim ke nomor itu.""",
)

t(
    "phone_log",
    "places",
    """
Log Call Center Damkar Kota Kupang
{TGL} {JAM}: Kebakaran rumah di {ADDR}, Kel. {KEL}. Pelapor tetangga ({M1.n}, {M1.hp}).
{JAM}: 2 unit berangkat dari pos {ROAD}.
{JAM}: Api padam. Tidak ada korban jiwa.""",
)

t(
    "phone_log",
    "places",
    """
Petugas: Dinas PUPR, ada yang bisa dibantu?
Penelepon: Mau lapor jalan putus di {ROAD} dekat {SCHOOL}, anak-anak tidak bisa lewat.
Petugas: Di sebelah mana persisnya?
Penelepon: Depan {BIZ}, ada gorong-gorong ambruk.
Petugas: Baik, tim UPT kami cek hari ini. Nomor laporan {TIX}.""",
)

t(
    "phone_log",
    "places",
    """
Penelepon: Ibu, saya tinggal di {F1.addr}, sebelah kantor {CV} ({OADDR}). Truk mereka parkir menutup jalan masuk rumah saya setiap hari.
Petugas: Nama Ibu?
Penelepon: {F1.n}.
Petugas: Baik, kami teruskan ke Dishub dan Satpol PP.""",
)

t(
    "phone_log",
    "places",
    """
Catatan telepon masuk {TGL} {JAM}
Lokasi: {PASAR}, lorong sayur
Keluhan: Atap los bocor, lantai becek, pedagang sayur jatuh. Penelepon tidak mau sebut nama.
Diteruskan ke: Disperindag, UPT Pasar.
Nomor laporan: {TIX}""",
)

t(
    "phone_log",
    "offices",
    """
Petugas: ... jadi nomor yang Ibu terima itu bukan nomor kami. Nomor kami {OFCTEL} dan WA {OFCHP}. Kami tidak pernah minta transfer.
Penelepon: Jadi yang {SCAMHP} itu penipu?
Petugas: Betul Ibu, silakan blokir dan laporkan ke patrolisiber.""",
)

t(
    "phone_log",
    "offices",
    """
Operator: Call center 112 Kota Kupang.
Penelepon: Pak, ada orang telpon dari {SCAMHP}, bilang dia dari Dinas Sosial, minta NIK dan kode OTP.
Operator: Jangan diberikan. Itu bukan petugas. Laporan dicatat, nomor {TIX}.""",
)

t(
    "phone_log",
    "offices",
    """
Rekap pengalihan panggilan {TGL}
- Dukcapil: {OFCTEL} (loket informasi)
- Dinas Sosial: {OFCTEL2}, WA {OFCHP}
- PLN: 123
- BPJS Kesehatan: 165
- Polisi: 110, Ambulans: 119, Damkar: 113""",
)

t(
    "phone_log",
    "offices",
    """
Petugas: Nanti petugas lapangan kami Ibu {F1.n} yang hubungi Bapak di {F1.hp}, itu nomor dia sendiri.
Penelepon: Baik. Kalau saya mau tanya ke kantor?
Petugas: Kantor di {OFCTEL}, jam kerja.
Penelepon: Terima kasih. Nomor saya {M1.hp}, atas nama {M1.n}.""",
)

t(
    "phone_log",
    "mixed",
    """
LOG PENGADUAN TELEPON
Tgl/Jam: {TGL} {JAM}
Pelapor: Bpk. {M1.n}, warga {RT} Kel. {KEL}
HP: {M1.hp}
Isi: Truk sampah DLHK nopol {PLATE} buang sampah di lahan kosong belakang {CHURCH}.
Diteruskan ke: DLHK (disposisi {SURAT})""",
)

t(
    "phone_log",
    "mixed",
    """
Penelepon: Saya mau tanya bantuan modal usaha.
Petugas: Usaha apa, Ibu?
Penelepon: Jual kue di rumah, di {F1.addr}.
Petugas: Nama Ibu?
Penelepon: {F1.n}, NIK {F1.nik}.
Petugas: NPWP ada?
Penelepon: Ada, usaha perorangan, {F1.npwp}.""",
)

t(
    "phone_log",
    "mixed",
    """
Petugas: Satpol PP, selamat malam.
Penelepon: Malam pak, ada pesta di gedung {CHURCH}, sound system keras sampai jam 01.00.
Petugas: Sudah ada izin keramaian nomor {SURAT}, tapi batasnya jam 23.00. Tim kami ke sana.
Penelepon: Tolong ya pak. Tiket laporan?
Petugas: {TIX}.""",
)

t(
    "phone_log",
    "mixed",
    """
Petugas: Atas nama?
Penelepon: {M1.n}.
Petugas: Kendaraan yang ditarik leasing plat nomornya?
Penelepon: {M1.plate}.
Petugas: Yang tarik bilang dari perusahaan apa?
Penelepon: Dia bilang dari {CV}, nomor dia {SCAMHP}, mengaku debt collector resmi.""",
)

# --- ocr_form: forms, cards and letters read by OCR ----------------------------------------

t(
    "ocr_form",
    "people",
    """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : {M1.nik}
Nama : {M1.n|u}Tempat/Tgl Lahir : KUPANG, {DOB}
Jenis Kelamin : LAKI-LAKI Gol. Darah : O
Alamat : {M1.addr|u}
[[address:RT/RW : 0{NRT}/00{N}]]
Kel/Desa : {KEL|u}
Kecamatan : {KEC|u}
Agama : KRISTEN
Pekerjaan : WIRASWASTA""",
)

t(
    "ocr_form",
    "people",
    """
SURAT KETERANGAN KEMATIAN
Nomor : {SURAT}
Yang bertanda tangan di bawah ini Lurah {KEL} menerangkan bahwa:
Nama : {M1.nsp}
Umur : 7{N} tahun
Alamat : {M1.addr|u}
telah meninggal dunia pada {TGL} di {RS|u}.
Pelapor : {F1.n}, hubungan: anak kandung
Lurah {KEL},
ttd
{M2.n}
NIP. {NIP}""",
)

t(
    "ocr_form",
    "people",
    """
KUTIPAN AKTA KELAHIRAN
Nomor: {NOAKTA}
Bahwa di KUPANG pada tanggal {TGL} telah lahir {F1.n|u}
anak ke-2 dari ayah {M1.n|u} dan ibu {F2.n|u}
NIK anak yang di akta {F1.nik}
Kupang, {TGL}
Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang""",
)

t(
    "ocr_form",
    "people",
    """
FORMULIR PENGADUAN MASYARAKAT
(diisi tangan, dipindai)
Nama Pelapor : {F1.nnl}
Pekerjaan : IBU RUMAH TANGGA
Nama Terlapor : {M1.n|u} (PETUGAS PARKIR)
Isi Pengaduan : DIPUNGUT PARKIR {UANG|u} DI DEPAN {PASAR|u} TANPA KARCIS
Tanda tangan pelapor: ttd {F1.g1|u}""",
)

t(
    "ocr_form",
    "people",
    """
PEMERINTAH KOTA KUPANG
DINAS KESEHATAN
{PKM|u}
{OADDR|u} TELP. {OFCTEL}
JADWAL PELAYANAN
POLI UMUM : SENIN - SABTU 08.00 - 12.00
POLI GIGI : SENIN, RABU, JUMAT
POSYANDU LANSIA : SETIAP KAMIS MINGGU KE-2
UGD 24 JAM : {OFCTEL2}""",
)

t(
    "ocr_form",
    "numbers",
    """
KARTU KELUARGA
No. {M1.kk}
Nama Kepala Keluarga : {M1.n|u}
Alamat : {M1.addr|u}
Kelurahan : {KEL|u}
No | Nama Lengkap | NIK | Jenis Kelamin | Status
1 | {M1.n|u} | {M1.nikb} | LAKI-LAKI | KEPALA KELUARGA
2 | {F1.n|u} | {F1.nikb} | PEREMPUAN | ISTRI
3 | [[name:{M2.g|u} {M1.f|u}]] | {M2.nikocr} | LAKI-LAKI | ANAK""",
)

t(
    "ocr_form",
    "numbers",
    """
KARTU INDONESIA SEHAT
No. Kartu : {F1.bpjs}
Nama : {F1.n|u}
NIK : {F1.nikocr}
Tgl. Lahir : {DOB}
Faskes Tingkat I : {PKM|u}
Kelas Rawat : III""",
)

t(
    "ocr_form",
    "numbers",
    """
BUKU TABUNGAN SIMPEDES
BANK RAKYAT INDONESIA UNIT {KEL|u}
NAMA : {M1.n|u}
NO. REKENING : {M1.rekbri}
ALAMAT : {M1.addr|u}
NIK : {M1.nikb}
CS : {F1.g1|u}""",
)

t(
    "ocr_form",
    "numbers",
    """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : {M1.npwpocr}
{M1.nsp}
NIK : {M1.nik}
{M1.addr|u}
KPP PRATAMA KUPANG
Tanggal Terdaftar : {TGL}""",
)

t(
    "ocr_form",
    "numbers",
    """
STRUK PEMBELIAN LISTRIK PRABAYAR
NO METER : {METER}
IDPEL : {IDPEL}
NAMA : {CHURCH|u}
TARIF/DAYA : S2/2200VA
RP BAYAR : {UANG|u}
STROOM/TOKEN : {TOKEN}
NO REF : {TRX}
Informasi Hubungi Call Center 123""",
)

t(
    "ocr_form",
    "places",
    """
SURAT TANDA NOMOR KENDARAAN BERMOTOR
Nomor Registrasi : {M1.plate|u}
Nama Pemilik : {M1.n|u}
Alamat : {M1.addr|u}
KEL. {KEL|u} KEC. {KEC|u}
Merk/Type : HONDA / NF125
Warna : HITAM
Berlaku s/d : {TGL}""",
)

t(
    "ocr_form",
    "places",
    """
SPPT PBB P2 TAHUN 2026
NOP : {NOP}
LETAK OBJEK PAJAK : {STR|u} RT {NRT} RW {NRT2}
KEL. {KEL|u} KEC. {KEC|u}
NAMA DAN ALAMAT WAJIB PAJAK :
{M1.n|u}
{M1.addr|u}
PBB YANG HARUS DIBAYAR : {UANG|u}
JATUH TEMPO : {TGL}""",
)

t(
    "ocr_form",
    "places",
    """
TOKO BANGUNAN SUMBER REJEKI
{OADDR|u}, KUPANG
NPWP : {NPWPB}
TELP/WA : {BIZHP}
NO. NOTA : {KODE}
SEMEN TIGA RODA 50KG x 20 ... {UANG|u}
BESI 10 MM x 15 ... {UANG|u}
TOTAL : {UANG|u}
BARANG YANG SUDAH DIBELI TIDAK DAPAT DIKEMBALIKAN""",
)

t(
    "ocr_form",
    "places",
    """
SURAT KETERANGAN DOMISILI
Nomor: {SURAT}
Yang bertanda tangan di bawah ini Lurah {KEL}, menerangkan bahwa:
Nama : {F1.n}
NIK : {F1.nik}
Alamat : {F1.addr}
benar berdomisili di wilayah Kelurahan {KEL} dan membuka usaha warung di rumah sendiri.
Dikeluarkan di Kantor Kelurahan {KEL}, {OADDR}.""",
)

t(
    "ocr_form",
    "offices",
    """
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
{OADDR|u} KUPANG TELP. {OFCTEL} WA {OFCHP}
Email: sekretariat.pupr@kupangkota.go.id
Nomor : {SURAT}
Perihal : Tanggapan pengaduan {TIX}
Menindaklanjuti pengaduan masyarakat melalui SP4N-LAPOR!, bersama ini disampaikan bahwa pekerjaan perbaikan drainase di {ROAD} dijadwalkan pada triwulan IV.""",
)

t(
    "ocr_form",
    "offices",
    """
KARCIS RETRIBUSI PELAYANAN PASAR
{PASAR|u}
No. Seri : {KODE}
Tarif : {UANG|u}
Perda Kota Kupang Nomor 1 Tahun 2024
Pengaduan: SMS 1708 / WA {OFCHP}""",
)

t(
    "ocr_form",
    "offices",
    """
BUKTI SETORAN
Rekening Kas Daerah Bank NTT {REKB}
Penyetor : {CV|u}
NPWP Penyetor : {NPWPB}
Kode Billing : {BILL}
Jumlah : {UANG|u}
Tanggal : {TGL}""",
)

t(
    "ocr_form",
    "offices",
    """
SURAT PENGANTAR
RUKUN TETANGGA {NRT1} / RUKUN WARGA {NRT2}
KELURAHAN {KEL|u}
Nomor : {KODE}
Ketua RT {NRT1} menerangkan bahwa:
Nama : {M1.n}
NIK : {M1.nik}
Alamat : {M1.addr}
Keperluan : pengurusan SKCK
Ketua RT {NRT1},
{M2.n}
HP {M2.hp}""",
)

t(
    "ocr_form",
    "mixed",
    """
SURAT RUJUKAN
{PKM|u}
{OADDR} Telp. {OFCTEL}
Pasien : {F1.n}
No. BPJS : {F1.bpjs}
Alamat : {F1.addr}
HP keluarga : {F1.hpocr}
Dirujuk ke : {RS}
Dokter pemeriksa : dr. {M1.n}""",
)

t(
    "ocr_form",
    "mixed",
    """
DAFTAR PENERIMA BANTUAN LANGSUNG TUNAI DANA DESA / KELURAHAN {KEL|u}
No | Nama | NIK | Alamat | Ket
1 | {M1.n|u} | {M1.nikb} | {M1.rt|u} | LANSIA
2 | {F1.n|u} | {F1.nikocr} | {F1.rt|u} | DISABILITAS
3 | {F2.nsp} | {F2.nik15} | {F2.rt|u} | JANDA""",
)

t(
    "ocr_form",
    "mixed",
    """
FORMULIR PERMOHONAN IZIN KERAMAIAN
Nama Pemohon : {M1.n|u}
No. HP : {M1.hp}
Alamat : {M1.addr|u}
Acara : PESTA PERNIKAHAN ANAK
Tempat : HALAMAN {CHURCH|u}
Kendaraan panitia : {M1.plate|u}
Nomor Registrasi Izin : {SURAT}""",
)

t(
    "ocr_form",
    "mixed",
    """
SLIP PEMBAYARAN PBB
NOP : {NOP}
Kode Bayar : {BILL}
Bank : BANK NTT
No. Referensi : {TRX}
Jumlah : {UANG|u}
Teller : 0{NN}
Pembayaran PBB dapat dilakukan di seluruh kantor Bank NTT dan kanal digital. Info Bapenda {OFCTEL}.""",
)

# --- neighbourhood_notice: RT/RW, church and kelurahan notices ------------------------------

t(
    "neighbourhood_notice",
    "people",
    """
WARTA JEMAAT {CHURCH|u}
{TGL}
1. Jemaat yang sakit dan perlu didoakan: Bapak {M1.n} (dirawat di {RS}), Ibu {F1.n}, dan anak {F2.g1}.
2. Turut berduka atas meninggalnya Oma {F3.n} pada {TGL}. Ibadah penghiburan di rumah duka keluarga {F3.f}.
3. Petugas ibadah minggu depan: Pdt. {M2.n}, S.Th.
Syalom.""",
)

t(
    "neighbourhood_notice",
    "people",
    """
PENGUMUMAN RT {NRT1} / RW {NRT2} KELURAHAN {KEL|u}
Kerja bakti membersihkan saluran air hari Sabtu {TGL} jam 06.30. Setiap KK wajib mengirim 1 orang. Alat dibawa masing-masing. Konsumsi oleh ibu-ibu PKK.
Ketua RT {NRT1}""",
)

t(
    "neighbourhood_notice",
    "people",
    """
UCAPAN TERIMA KASIH
Keluarga besar {M1.f} mengucapkan terima kasih kepada Bapak Lurah, Ketua RT, majelis jemaat dan seluruh warga yang telah membantu saat pernikahan anak kami {M2.g} dan {F1.n} pada {TGL}.
Hormat kami,
{M1.n} & {F2.n}""",
)

t(
    "neighbourhood_notice",
    "people",
    """
PENGUMUMAN POSYANDU BUNGA BAKUNG
Penimbangan balita bulan ini tanggal {TGL} jam 08.00 di rumah Ibu kader {F1.n}, {F1.addr}. Bawa buku KIA. Imunisasi oleh bidan {F2.g1} dari {PKM}.
Kader: {F3.n}""",
)

t(
    "neighbourhood_notice",
    "people",
    """
INFORMASI KELURAHAN {KEL|u}
Pelayanan KTP-el dan KK keliling oleh Dinas Dukcapil akan dilaksanakan di aula kantor kelurahan tanggal {TGL} jam 09.00-14.00. Warga yang belum rekam KTP-el mohon membawa KK asli. Informasi lebih lanjut hubungi kantor kelurahan {OFCTEL} pada jam kerja.
Lurah {KEL}""",
)

t(
    "neighbourhood_notice",
    "numbers",
    """
PENGUMUMAN PENERIMA BANTUAN BERAS CADANGAN PANGAN
KELURAHAN {KEL|u}
1. {M1.n} (6{N})
2. {F1.n} (7{N})
3. {F2.n} (5{N})
Pengambilan di kantor kelurahan tanggal {TGL}, membawa KTP dan KK asli. Nomor surat {SURAT}.""",
)

t(
    "neighbourhood_notice",
    "numbers",
    """
IURAN SAMPAH DAN KEAMANAN RT {NRT1}
Mulai bulan depan iuran {UANG} per KK. Pembayaran ke bendahara RT, Ibu {F1.n}, atau transfer ke rekening BRI {F1.rekbri} a.n. {F1.n}. Kirim bukti ke WA bendahara {F1.hp}.
Retribusi sampah RT {NRT1} ke DLHK tetap dibayar lewat kelurahan.""",
)

t(
    "neighbourhood_notice",
    "numbers",
    """
PERSEMBAHAN DAN DANA PEMBANGUNAN {CHURCH|u}
Persembahan syukur dan dana pembangunan dapat disalurkan melalui rekening Majelis Jemaat di Bank NTT {REKB} atau BRI {REKB2}. NPWP Majelis Jemaat {NPWPB}. Konfirmasi ke sekretariat gereja {OFCTEL}.""",
)

t(
    "neighbourhood_notice",
    "numbers",
    """
PENDATAAN WARGA RT {NRT1}/RW {NRT2}
Kepada warga yang belum menyerahkan fotokopi KK dan KTP untuk pendataan DTKS, mohon diserahkan paling lambat {TGL}. Contoh yang sudah masuk:
- {M1.n}, NIK {M1.nik}, KK {M1.kk}
- {F1.n}, NIK {F1.nik}, BPJS {F1.bpjs}
Ketua RT {NRT1}: {M2.n}, HP {M2.hp}""",
)

t(
    "neighbourhood_notice",
    "numbers",
    """
INFO PEMBAYARAN PBB 2026
Bapak/Ibu warga Kel. {KEL}, SPPT PBB sudah dibagikan melalui Ketua RT. Bayar di Bank NTT atau kanal digital dengan kode bayar sesuai SPPT (contoh format: NOP {NOP}). Jatuh tempo {TGL}. Denda 2% per bulan.
Info Bapenda: {OFCTEL}, WA {OFCHP}.""",
)

t(
    "neighbourhood_notice",
    "places",
    """
PEMBERITAHUAN
Kepada warga RT {NRT}, air PDAM akan mati total tanggal {TGL} karena penyambungan pipa di {ROAD}. Untuk yang butuh air, tangki kelurahan parkir di halaman {CHURCH}.
Rumah Ketua RT di {M1.addr} bisa jadi tempat titip jeriken.
Ketua RT, {M1.n}""",
)

t(
    "neighbourhood_notice",
    "places",
    """
PENGUMUMAN
Sehubungan dengan perbaikan jembatan di {ROAD}, jalan ditutup mulai {TGL} sampai {TGL}. Angkot jurusan {N} dialihkan lewat {ROAD2}. Warga RT {NRT} sampai RT {NRT2} mohon maklum.
Kelurahan {KEL}""",
)

t(
    "neighbourhood_notice",
    "places",
    """
LOMBA KEBERSIHAN ANTAR-RT KELURAHAN {KEL|u}
Hasil penilaian: RT {NRT1} juara 1, RT {NRT2} juara 2, RT {NRT3} juara 3. Hadiah diserahkan tanggal {TGL} di kantor kelurahan ({OADDR}). Tim RT {NRT1} mohon hadir lengkap.
Panitia""",
)

t(
    "neighbourhood_notice",
    "places",
    """
DICARI: Kambing hilang sejak {TGL}, warna putih belang coklat, milik Bapak {M1.n} di {M1.addr}. Terakhir terlihat di lapangan {SCHOOL}. Bagi yang menemukan harap antar ke rumah pemilik atau hubungi {M1.hp}.""",
)

t(
    "neighbourhood_notice",
    "offices",
    """
MAKLUMAT KELURAHAN {KEL|u}
Waspada penipuan! Ada yang mengaku petugas kelurahan dengan nomor {SCAMHP} meminta uang pendaftaran bantuan. Kelurahan tidak memungut biaya. Pengaduan resmi: kantor kelurahan {OFCTEL}, email kelurahan.{KEL|s}@gmail.com, atau SMS 1708.""",
)

t(
    "neighbourhood_notice",
    "offices",
    """
JADWAL PELAYANAN {PKM1|u}
Senin-Kamis 07.30-14.00, Jumat 07.30-11.00, Sabtu 07.30-12.00.
Pendaftaran online WA: {OFCHP}
Pengaduan: pkm.{PKM1|s}@gmail.com
UGD 24 JAM: {OFCTEL}""",
)

t(
    "neighbourhood_notice",
    "offices",
    """
PENGUMUMAN PPDB {SCHOOL|u}
Pendaftaran peserta didik baru dibuka {TGL} s.d. {TGL}. Daftar via WA panitia {OFCHP} / {OFCHP2} atau langsung ke sekretariat panitia. Berkas: fotokopi KK, akta kelahiran, NISN. Tidak dipungut biaya.
Panitia PPDB""",
)

t(
    "neighbourhood_notice",
    "offices",
    """
PEMBERITAHUAN PEMADAMAN
PLN UP3 Kupang memberitahukan pemadaman listrik tanggal {TGL} jam 09.00-15.00 di wilayah Kel. {KEL}, Kel. {KEL2} dan sekitarnya untuk pemeliharaan jaringan. Info dan pengaduan: PLN 123 / WA {OFCHP}.""",
)

t(
    "neighbourhood_notice",
    "mixed",
    """
PENGUMUMAN RT {NRT}
Dilarang parkir di depan rumah warga sepanjang {STR}. Motor dengan plat {PLATE} dan mobil pick up {PLATE2} sudah 3 hari parkir menutup jalan. Pemilik harap lapor ke Ketua RT.
Satpol PP: {OFCTEL}""",
)

t(
    "neighbourhood_notice",
    "mixed",
    """
UNDANGAN RAPAT WARGA
Kepada Bapak/Ibu warga RT {NRT}, dimohon hadir dalam rapat membahas sengketa batas tanah antara keluarga {M1.f} dan keluarga {M2.f}, hari {TGL} jam {JAM} di rumah Ketua RT, {M3.addr}.
Ketua RT, {M3.n}""",
)

t(
    "neighbourhood_notice",
    "mixed",
    """
INFO VAKSINASI RABIES GRATIS
Dinas Peternakan bersama {PKM} mengadakan vaksinasi anjing dan kucing di halaman {CHURCH} tanggal {TGL} jam 08.00-12.00. Anjing wajib diikat atau dibawa dengan tali. Info: {OFCTEL}. Biaya {UANG} ditanggung Pemkot.""",
)

t(
    "neighbourhood_notice",
    "mixed",
    """
PENGUMUMAN ARISAN DAN SIMPAN PINJAM IBU-IBU RT {NRT}
Arisan bulan ini di rumah Ibu {F1.n}, {F1.addr}, tanggal {TGL} jam 16.00. Setoran simpan pinjam bisa transfer ke rekening BNI {F2.rekbni} a.n. {F2.n} (bendahara). Pertanyaan hub {F2.hp}.""",
)

# --- facebook_post: posts and their comments ------------------------------------------------

t(
    "facebook_post",
    "people",
    """
{F1.n}
{TGL} · Kupang
Mau tanya ke bapa mama dong. Anak sy {M1.g1} su 3 bulan sonde terima KIP padahal su daftar di {SCHOOL}. Wali kelas Ibu {F2.n} bilang tunggu saja. Sampai kapan?
Komentar:
{M2.n|l}: sama kaka, anak sy juga
{F3.g1|l}: coba lapor ke 1708 kaka
Dinas Pendidikan Kota Kupang: Selamat siang Ibu {F1.g1}, mohon kirim data lengkap lewat pesan ya.""",
)

t(
    "facebook_post",
    "people",
    """
Kupang Bersuara
{TGL}
TERIMA KASIH kepada petugas DLHK yang pagi tadi langsung angkat sampah di {STR} setelah viral kemarin. Semoga konsisten 👏
Komentar:
kupang_bersuara: mantap
Admin Grup: Postingan ini kami teruskan ke dinas terkait.
DLHK Kota Kupang: Terima kasih atas apresiasinya. Laporan sampah bisa ke WA {OFCHP}.""",
)

t(
    "facebook_post",
    "people",
    """
{M1.n}
Selamat jalan {M2.n}, sahabat, guru dan pelatih sepak bola anak-anak {KEL}. Terima kasih untuk semua pengabdianmu. Tuhan memberkati keluarga yang ditinggalkan, Ibu {F1.g1} dan anak-anak.
Komentar:
{F2.n}: Turut berduka 🙏
{M3.g|l}: RIP pak guru {M2.g1}""",
)

t(
    "facebook_post",
    "people",
    """
{F1.n} ▸ INFO KUPANG TERKINI
Hati-hati bapa mama, tadi di {PASAR} ada yang ngaku petugas Dinsos minta KTP ibu-ibu lansia untuk "pendataan bantuan". Yang kena tetangga sy Oma {F2.g1}. Namanya dia sebut {M1.n}, tapi di dinsos sonde ada nama itu.
Komentar:
{M2.n}: sudah lapor polisi kah?""",
)

t(
    "facebook_post",
    "people",
    """
Info Kelurahan {KEL}
{TGL}
Bapak/Ibu warga, pelayanan administrasi hari ini dialihkan ke aula karena renovasi ruang depan. Lurah dan Sekretaris Lurah tetap melayani seperti biasa.
Komentar:
akun_kupang01: jam berapa tutup?
Info Kelurahan {KEL}: Sampai jam 15.00 bapak.""",
)

t(
    "facebook_post",
    "numbers",
    """
{M1.n}
Bapa mama, sy mau minta tolong. Mama sy {F1.n} butuh darah golongan B di {RS}. Yang bisa bantu hub sy {M1.hpb|f} atau adik sy {F2.g1} {F2.hp}. Tuhan berkati 🙏
Komentar:
{M2.g|l}: sy gol B kaka, otw
{M1.n}: terima kasih banyak kaka {M2.g1}""",
)

t(
    "facebook_post",
    "numbers",
    """
PENGGALANGAN DANA
Rumah keluarga {M1.n} di {KEL} terbakar habis tanggal {TGL}. Bantuan bisa disalurkan ke rekening BRI {M1.rekbri} a.n. {M1.n} atau langsung ke rumah saudara mereka. Konfirmasi: {F1.g1} ({F1.hp}).""",
)

t(
    "facebook_post",
    "numbers",
    """
Admin Info Kupang
⚠️ WASPADA! Nomor {SCAMHP} dan {SCAMHP2} mengaku dari Bank NTT minta kode OTP. Bank pung nomor resmi {OFCTEL} dan call center 1500 153. Jangan kasih OTP ke siapa pun!
Komentar:
{F1.n|l}: sy juga ditelpon kemarin
{M1.g|l}: su lapor ke bank?""",
)

t(
    "facebook_post",
    "numbers",
    """
{F1.n}
Lapor e, kartu KIS sy {F1.bpjs} tiba2 nonaktif. Di {PKM} disuruh daftar mandiri bayar {UANG}. Padahal nama sy masih ada di DTKS. NIK {F1.nik}. Tolong @BPJSKesehatanRI
Komentar:
BPJS Kesehatan Cabang Kupang: Ibu, mohon kirim pesan langsung ke kami ya.""",
)

t(
    "facebook_post",
    "numbers",
    """
Kupang Hari Ini
Pembayaran retribusi sampah sekarang lewat QRIS atau VA {VA}. Kode bayar dikirim per rumah (contoh: {BILL}). Tagihan {UANG} per bulan untuk rumah tangga.
Komentar:
lasiana_cantik: kalo sonde punya hp?
Kupang Hari Ini: Bisa bayar langsung di kelurahan kaka.""",
)

t(
    "facebook_post",
    "places",
    """
{M1.n}
Jalan masuk ke rumah kami di {M1.addr} su hancur total. Mobil tangki air sonde bisa masuk. Sudah lapor ke kelurahan dari {TGL}. Ini jalan lingkungan, bukan jalan provinsi.
Komentar:
{F1.n}: di sebelah kami juga rusak parah
{M2.g|l}: tag dinas PUPR saja""",
)

t(
    "facebook_post",
    "places",
    """
Warga Kota Kupang Bicara
Sudah 2 minggu lampu lalu lintas di perempatan {ROAD} - {ROAD2} mati. Polisi cuma jaga pagi. Malam-malam ngeri.
Komentar:
dishub_kupang: Sudah dilaporkan ke Dishub, suku cadang sedang dipesan.
aser_1990: rambu lalu lintas juga tertutup pohon""",
)

t(
    "facebook_post",
    "places",
    """
{F1.n}
Ini got di depan {SCHOOL} ({OADDR}), bau sekali anak-anak sekolah tutup hidung. Padahal rumah sy di {F1.rt} juga kena baunya. Tolong DLHK 🙏
Komentar:
{F2.n}: betul kaka
{M1.g|l}: sekolah pung got ko got kota?""",
)

t(
    "facebook_post",
    "places",
    """
INFO LALU LINTAS KUPANG
Pohon tumbang di {ROAD} depan {BIZ}, jalur ke arah {KEL} macet total. Petugas BPBD dan Dishub sudah di lokasi. Pengendara disarankan lewat {ROAD2}.
Komentar:
flobamora_info: aman sudah jam {JAM}""",
)

t(
    "facebook_post",
    "offices",
    """
Pemerintah Kota Kupang
📣 Saluran pengaduan resmi Pemkot Kupang:
1. SMS 1708 format KOTKUPANG(spasi)keluhan
2. lapor.go.id
3. WA Unit Pengaduan Kasih {OFCHP}
4. Email {OFCMAIL}
Hati-hati terhadap akun palsu yang mengatasnamakan Pemkot.""",
)

t(
    "facebook_post",
    "offices",
    """
Awas Penipuan Kupang
Ada akun FB "Bantuan Sosial NTT" yang minta data lewat WA {SCAMHP} (katanya admin Kemensos) dan email bansos.ntt.resmi@gmail.com. Ini PALSU.
Komentar:
rote_ndao_hits: sy sempat kirim foto KK 😭
Admin: segera lapor ke Dinsos {OFCTEL}""",
)

t(
    "facebook_post",
    "offices",
    """
Info Samsat Kupang
Samsat Keliling hari ini di halaman {PASAR} jam 08.00-12.00. Bayar pajak kendaraan cukup bawa KTP dan STNK asli. Cek pajak lewat aplikasi Signal. Info: {OFCTEL} / WA {OFCHP}.""",
)

t(
    "facebook_post",
    "offices",
    """
{M1.n}
Kemarin sy telpon PDAM di {OFCTEL} sonde angkat. WA center {OFCHP} juga cuma centang satu. Akhirnya sy telpon petugas meter yang biasa datang, Bapak {M2.n}, di nomor pribadinya {M2.hp}, baru ada tindakan.
Komentar:
{F1.g|l}: harusnya call center yang kerja""",
)

t(
    "facebook_post",
    "mixed",
    """
{F1.n}
DICARI! Motor Beat putih plat {PLATE} dicuri dari depan rumah kami di {F1.addr} tadi malam jam {JAM}. Yang lihat hub {F1.hp}. Sudah lapor Polsek.
Komentar:
{M1.n}: sy share kaka
{M2.g|l}: tadi pagi ada motor sama di {ROAD}""",
)

t(
    "facebook_post",
    "mixed",
    """
Jual Tanah Kavling
Lokasi {STR} dekat {SCHOOL}, ukuran 10x20, SHM. Harga {UANG} nego. Hubungi pemilik langsung: Bapak {M1.n} {M1.hp} (rumah: {M1.tel}). Bukan calo.""",
)

t(
    "facebook_post",
    "mixed",
    """
Bengkel Las Karya Baru
Siap terima pesanan pagar, teralis dan kanopi. Workshop di {OADDR}. Hubungi kami di {BIZHP}. NPWP usaha {NPWPB}. Harga mulai {UANG} per meter.
Komentar:
kupang_bangun: bisa survei ke Oesapa?""",
)

t(
    "facebook_post",
    "mixed",
    """
{M1.n}
Kami keluarga {M1.f} sudah 4 bulan tunggu sertifikat PTSL. Sy ke BPN disuruh ke kelurahan, kelurahan suruh ke BPN. Nomor berkas {KODE}. NIK sy {M1.nik}, rumah di {M1.addr}.
Komentar:
{F1.n}: sama pak, kami di {KEL} juga""",
)

# --- officer_memo: officers' memos, dispositions and reports about complaints ---------------

t(
    "officer_memo",
    "people",
    """
NOTA DINAS
Nomor : {SURAT}
Kepada : Yth. Kepala Dinas Kesehatan Kota Kupang
Dari : Kepala {PKM}
Perihal : Klarifikasi pengaduan {TIX}
Bersama ini kami sampaikan bahwa bidan {F1.n}, Amd.Keb. telah kami mintai keterangan terkait pengaduan Ibu {F2.n}. Bidan {F1.g1} menyatakan pasien datang di luar jam layanan.
Demikian untuk menjadi perhatian.
{M1.n}
NIP. {NIP}""",
)

t(
    "officer_memo",
    "people",
    """
LEMBAR DISPOSISI
Surat dari : Unit Pengaduan Kasih
No. Agenda : {KODE}
Tgl. Surat : {TGL}
Perihal : Pengaduan warga tentang pungutan di sekolah
Diteruskan kepada : Sekretaris / Kabid Pembinaan SMP
Isi disposisi : Segera klarifikasi ke kepala sekolah dan komite. Laporkan hasil dalam 3 hari.
Paraf Kepala Dinas""",
)

t(
    "officer_memo",
    "people",
    """
LAPORAN HASIL KLARIFIKASI
Pengaduan {TIX} atas nama pelapor {M1.n}
Pada {TGL} tim telah bertemu dengan terlapor, Sdr. {M2.n} (staf Kelurahan {KEL}), didampingi Sekretaris Lurah Ibu {F1.n}. Terlapor mengakui menerima uang {UANG} dari pelapor dan bersedia mengembalikan.
Tim klarifikasi:
1. {M3.n}
2. {F2.n}""",
)

t(
    "officer_memo",
    "people",
    """
MEMO INTERNAL
Untuk: seluruh petugas loket
Mulai {TGL} petugas dilarang menerima titipan berkas di luar jam layanan. Pengaduan masyarakat minggu lalu ({TIX}, {TIX2}) menyangkut hal ini. Kepala Seksi Pelayanan akan memeriksa buku register harian.
Sekretaris Dinas""",
)

t(
    "officer_memo",
    "people",
    """
Catatan kunjungan lapangan petugas PKH
Tanggal: {TGL}
KPM: {F1.n}, anak {M1.g1} (SD kelas 4) dan {F2.g1} (balita)
Suami KPM, {M2.n}, bekerja sebagai buruh bangunan di luar kota.
Kondisi rumah: dinding bebak, atap bocor.
Pendamping: {F3.n}""",
)

t(
    "officer_memo",
    "numbers",
    """
REKAP VERIFIKASI DATA PENERIMA PBI JK
Kelurahan {KEL}
1. {M1.n} — NIK {M1.nik} — No. KIS {M1.bpjs} — aktif
2. {F1.n} — NIK {F1.nik} — No. KIS {F1.bpjs} — nonaktif, usul reaktivasi
3. {M2.n} — NIK {M2.nik15} — belum punya kartu
Diverifikasi: {F2.n}""",
)

t(
    "officer_memo",
    "numbers",
    """
NOTA DINAS
Nomor : {SURAT}
Perihal : Pengembalian pungutan liar
Uang sebesar {UANG} telah dikembalikan kepada pelapor {M1.n} melalui transfer ke rekening Mandiri {M1.rekmdr} a.n. {M1.n} pada {TGL}, bukti transfer nomor {TRX}.
Inspektur Pembantu Wilayah II""",
)

t(
    "officer_memo",
    "numbers",
    """
LAPORAN TINDAK LANJUT
Pengaduan {TIX}: tagihan air tidak sesuai
Nomor sambungan {NOSAMB}, meter air nomor {METER}. Hasil cek: meter macet sejak {TGL}, tagihan dikoreksi dari {UANG} menjadi {UANG}. Koreksi berlaku bulan depan. Nomor berita acara {SURAT}.
Kasubag Hubungan Pelanggan""",
)

t(
    "officer_memo",
    "numbers",
    """
Catatan verifikasi NPWP untuk pencairan honor RT/RW
- Ketua RT {NRT1}: {M1.n}, NPWP {M1.npwp}
- Ketua RT {NRT2}: {M2.n}, NPWP {M2.npwp16} (sama dengan NIK)
- Ketua RW {NRT3}: {F1.n}, belum punya NPWP, dipotong tarif lebih tinggi
NPWP bendahara kelurahan {NPWPB} dipakai sebagai pemotong.""",
)

t(
    "officer_memo",
    "numbers",
    """
BERITA ACARA SERAH TERIMA BANTUAN
Nomor: {SURAT}
Telah diserahkan bantuan kursi roda kepada:
Nama : {M1.n}
NIK : {M1.nikg}
No. KK : {M1.kkg}
HP : {M1.hp}
Yang menyerahkan, Kasi Rehabilitasi Sosial""",
)

t(
    "officer_memo",
    "places",
    """
LAPORAN PEMERIKSAAN LAPANGAN
Lokasi pengaduan: {ROAD}, ruas depan {SCHOOL} sampai {CHURCH}
Temuan: lubang jalan 6 titik, drainase tertutup sedimen 40 cm, 2 lampu PJU mati.
Rekomendasi: pemeliharaan rutin triwulan IV, anggaran {UANG}.
Tim teknis UPT Jalan dan Jembatan""",
)

t(
    "officer_memo",
    "places",
    """
Disposisi Lurah {KEL}:
Ke Kasi Trantib — cek laporan warga soal kandang babi di {M1.addr} milik Sdr. {M1.n}. Pelapor tetangga sebelah, {F1.n}, tinggal di {F1.addr}. Mediasi di kantor kelurahan {TGL}.""",
)

t(
    "officer_memo",
    "places",
    """
LAPORAN MINGGUAN POSKO BANJIR
Titik genangan: {ROAD}, {ROAD2}, dan simpang {PASAR}.
Warga RT {NRT} dan RT {NRT2} Kel. {KEL} mengungsi sementara ke {CHURCH}. Dapur umum di kantor kelurahan ({OADDR}).
Kebutuhan: terpal 40 lembar, air bersih 5 tangki.""",
)

t(
    "officer_memo",
    "places",
    """
Catatan mediasi sengketa pagar
Pihak I {M1.n}, beralamat di {M1.addr}
Pihak II {M2.n}, beralamat di {M2.addr}
Kesepakatan: pagar dimundurkan 50 cm ke arah Pihak I, biaya ditanggung bersama. Saksi: Ketua RT {NRT}, {F1.n}.""",
)

t(
    "officer_memo",
    "offices",
    """
NOTA DINAS
Nomor : {SURAT}
Kepada : Kepala Bidang Pelayanan
Perihal : Nomor WA palsu
Beredar nomor {SCAMHP} dan {SCAMHP2} yang mengaku Admin Dukcapil. Mohon pengumuman di media sosial bahwa layanan resmi hanya WA {OFCHP} dan telepon {OFCTEL}.
Kepala Dinas Kependudukan dan Pencatatan Sipil""",
)

t(
    "officer_memo",
    "offices",
    """
REKAP SALURAN PENGADUAN TRIWULAN III
SMS 1708: {NN} laporan
LAPOR! web: {NN2} laporan
WA Unit Pengaduan {OFCHP}: {NN3} laporan
Email {OFCMAIL}: {N} laporan
Telepon {OFCTEL}: {N2} laporan
Rata-rata waktu tindak lanjut 4 hari kerja.""",
)

t(
    "officer_memo",
    "offices",
    """
Kepada Yth. Kabag Umum
Mohon perbaikan kotak saran di lobi Balai Kota ({OADDR}) dan pembaruan stiker nomor pengaduan. Stiker lama masih mencantumkan {OFCHP} yang sudah tidak aktif; nomor baru {OFCHP2}. Email lama {OFCMAIL} diganti pengaduan@kupangkota.go.id.
Kasubag Tata Usaha""",
)

t(
    "officer_memo",
    "offices",
    """
LAPORAN PIKET CALL CENTER
{TGL}, shift malam
Petugas: {M1.n} dan {F1.n}
{JAM} laporan kebakaran lahan di {KEL}, diteruskan ke Damkar 113.
{JAM} laporan warga dari nomor {M2.hp} ({M2.n}) soal listrik padam, diteruskan ke PLN 123.
{JAM} telepon iseng dari nomor tersembunyi.""",
)

t(
    "officer_memo",
    "mixed",
    """
LAPORAN KEJADIAN
Pada {TGL} jam {JAM} kendaraan dinas DLHK nopol {PLATE} menabrak pagar rumah milik {M1.n} di {M1.addr}. Pengemudi Sdr. {M2.n}. Kerugian ditaksir {UANG}. Pemilik rumah dapat dihubungi di {M1.hp}.
Kepala UPT Pengangkutan Sampah""",
)

t(
    "officer_memo",
    "mixed",
    """
RESUME PENGADUAN
Pelapor: {F1.n}
NIK: {F1.nik}
Telp rumah: {F1.tel}
Email: {F1.maild}
Alamat: {F1.addr}
Pokok aduan: izin bangunan tetangga ({SURAT}) menutup saluran air.
Terlapor: {M1.n}, pemilik {BIZ}
Status: mediasi""",
)

t(
    "officer_memo",
    "mixed",
    """
TELAAHAN STAF
Perihal: Keluhan kebisingan pabrik es {CV} di {ROAD}
Perusahaan (NPWP {NPWPB}) memiliki izin lingkungan nomor {SURAT}. Hasil ukur kebisingan 72 dB pada jam {JAM}, di atas baku mutu. Disarankan teguran tertulis I.
Kepala Bidang Penataan dan Penaatan PPLH""",
)

t(
    "officer_memo",
    "mixed",
    """
Catatan penanganan aduan hewan
Anjing milik keluarga {M1.f} di {M1.rt} menggigit 3 anak ({F1.g1}, {M2.g1}, {F2.g1}) pada {TGL}. Ketiganya sudah diberi VAR di {PKM}. Anjing diobservasi 14 hari oleh Dinas Peternakan. Pemilik, Bapak {M1.n}, bersedia mengandangkan.""",
)

# --- kupang_malay: chat and voice notes in Kupang Malay -------------------------------------

t(
    "kupang_malay",
    "people",
    """
[VN {JAM}] Kaka e, beta {F1.g1} ni. Beta mau kasi tau, Om {M1.g1} yang di sebelah tu bakar sampah lai, asap masuk sampe dalam kamar. Beta pung anak {M2.g1} batuk-batuk terus. Tolong bilang Pak RT dolo.""",
)

t(
    "kupang_malay",
    "people",
    """
[{JAM}] {F1.g|l}: Bosong su dengar ko, lurah baru tu namanya {M1.n}
[{JAM}] {F2.g|l}: Iyo, dong panggil dia {M1.k} sa
[{JAM}] {F1.g|l}: Semoga dia sonde sama deng yang dolu, urus surat lama skali
[{JAM}] {F2.g|l}: Amin""",
)

t(
    "kupang_malay",
    "people",
    """
Kaka dong, beta mau tanya. Petugas di loket kelurahan tu kenapa marah-marah terus? Beta cuma mau minta surat pengantar sa. Dia bilang datang besok, besok datang bilang lusa. Lurah sonde pernah ada di kantor. Beta su capek bolak-balik, ongkos ojek {UANG} sekali jalan.""",
)

t(
    "kupang_malay",
    "people",
    """
[{JAM}] {M1.g|l}: Tanta {F1.g1} dong pung anak {F2.g1} su pulang dari rumah sakit ko?
[{JAM}] {F3.n}: Su pulang kemarin. Bidan {F4.g1} yang antar pake oto puskesmas
[{JAM}] {M1.g|l}: Puji Tuhan""",
)

t(
    "kupang_malay",
    "people",
    """
[VN {JAM}] Halo Mama {F1.g1}, ini beta {F2.n}. Beta su pi kantor Dinsos tadi, dong bilang nama Mama sonde ada di daftar. Nanti Mama kirim foto KK sa ke beta, biar beta urus.""",
)

t(
    "kupang_malay",
    "numbers",
    """
[{JAM}] {F1.g|l}: Kaka, beta pung NIK {F1.nik}, KK {F1.kk}. Tolong cek di Dukcapil sa, beta pung nama ilang dari DTKS
[{JAM}] {M1.n}: Oke, nanti beta bawa ke kantor. NIK suami su masuk ko?
[{JAM}] {F1.g|l}: Su, dia pung {M2.nik}""",
)

t(
    "kupang_malay",
    "numbers",
    """
[VN {JAM}] Kaka, beta su transfer uang arisan {UANG} ke Mama {F1.g1} pung rekening BRI {F1.rekbri}. Nanti kaka cek e. Kalo belum masuk, telpon beta di {F2.hp}.""",
)

t(
    "kupang_malay",
    "numbers",
    """
[{JAM}] {M1.g|l}: Bosong hati-hati e, ada yang telpon pake nomor {SCAMHP}, dia bilang dia dari Dinas Sosial, minta kode OTP
[{JAM}] {F1.g|l}: Beta ju dapat dari {SCAMHP2} kemarin, ngaku dari PLN
[{JAM}] {M1.g|l}: Jang kasi apa-apa""",
)

t(
    "kupang_malay",
    "numbers",
    """
[{JAM}] {F1.n}: Om, BPJS beta pung no {F1.bpjs}, kenapa di puskesmas dong bilang sonde aktif?
[{JAM}] {M1.g|l}: Mungkin iuran mandiri belum bayar. Cek di Mobile JKN
[{JAM}] {F1.n}: Beta PBI Om, bukan mandiri. NIK beta {F1.nikb}""",
)

t(
    "kupang_malay",
    "numbers",
    """
Ini nomor token listrik su beli tadi: {TOKEN}. Meter nomor {METER}. Tapi masuk sonde mau. Su telpon 123 dong bilang tunggu. Beta pung ID pelanggan {IDPEL}. Jadi bagemana ni?""",
)

t(
    "kupang_malay",
    "places",
    """
[{JAM}] {F1.g|l}: Aer PDAM mati lai di {RT}, su 4 hari
[{JAM}] {M1.g|l}: Di sini ju sama, rumah di {M1.addr} sonde ada aer satu tetes
[{JAM}] {F1.g|l}: Bosong lapor ke 1708 sa""",
)

t(
    "kupang_malay",
    "places",
    """
Jalan di {ROAD} dekat {SCHOOL} tu su hancur, lubang besar-besar. Tadi pagi ada ojek jatuh. Pemerintah kapan mau perbaiki? Tiap tahun janji sa.""",
)

t(
    "kupang_malay",
    "places",
    """
[VN {JAM}] Om, beta pung rumah di {M1.addr}, pas di belakang {CHURCH}. Got di situ su tersumbat, kalo hujan aer naik masuk rumah. Tolong Om bilang ke kelurahan dolo.""",
)

t(
    "kupang_malay",
    "places",
    """
Sonde ada aer di RT {NRT} deng RT {NRT2} {KEL} su satu minggu. Mobil tangki datang cuma sampe {STR}, orang tua-tua sonde kuat pikul jeriken. PDAM pung janji sa.""",
)

t(
    "kupang_malay",
    "offices",
    """
Bosong jang percaya e, nomor {SCAMHP} tu bilang dia dari Bapenda, suru bayar PBB lewat transfer. Bapenda pung nomor resmi {OFCTEL}. Bayar PBB di Bank NTT sa.""",
)

t(
    "kupang_malay",
    "offices",
    """
[{JAM}] Admin Kelurahan: Selamat pagi bapa mama, untuk urus surat bisa WA kelurahan di {OFCHP} dolo sebelum datang
[{JAM}] mama: Nomor kantor {OFCTEL} tu sonde ada yang angkat
[{JAM}] Admin Kelurahan: Mohon maaf, telepon kantor rusak""",
)

t(
    "kupang_malay",
    "offices",
    """
Beta su kirim email ke {OFCMAIL} dari minggu lalu, sonde ada balasan. Call center {OFCTEL} ju sibuk terus. Bosong pung pelayanan bagemana ni?""",
)

t(
    "kupang_malay",
    "offices",
    """
[{JAM}] {F1.g|l}: Kaka, petugas PLN yang datang ukur tu nomor dia {M1.hp}, namanya {M1.g1}
[{JAM}] {F2.g|l}: Itu nomor dia sendiri ko nomor kantor?
[{JAM}] {F1.g|l}: Dia pung sendiri. Kantor pung 123 sa""",
)

t(
    "kupang_malay",
    "mixed",
    """
[VN {JAM}] Kaka, tadi ada oto pick up plat {PLATE} tabrak beta pung pagar di {F1.addr} trus lari. Beta su foto. Sopirnya mungkin anak dari keluarga {M1.f}. Beta {F1.n}, nomor {F1.hp}.""",
)

t(
    "kupang_malay",
    "mixed",
    """
[{JAM}] {M1.g|l}: Om {M2.g1}, anjing dari rumah sebelah gigit beta pung anak {F1.g1}
[{JAM}] {M2.n}: Su bawa ke puskesmas ko?
[{JAM}] {M1.g|l}: Su di {PKM}, tapi vaksin habis, dong suru pi {RS}""",
)

t(
    "kupang_malay",
    "mixed",
    """
Musik dari kafe di {ROAD} tu sampe jam 3 pagi, bosong sonde bisa tidur. Su lapor ke Satpol PP {OFCTEL} sonde ada yang datang. Polisi 110 ju sama. Beta pung anak mau ujian besok.""",
)

t(
    "kupang_malay",
    "mixed",
    """
[{JAM}] {F1.n}: Om, NPWP 16 digit sa sekarang sama deng NIK, {F1.npwp16}. Bendahara sekolah minta untuk potong pajak honor
[{JAM}] {M1.g|l}: Kirim ke email bendahara sa
[{JAM}] {F1.n}: Su kirim dari beta pung email {F1.mail}""",
)


# --- more of every style: numbers as scans, calls and pastes give them ----------------------

t(
    "ocr_form",
    "numbers",
    """
PROVINSI NUSA TENGGARA TIMUR
KABUPATEN KUPANG
NIK : {M1.nikn}
Nama : {M1.n|u}
Tempat/Tgl Lahir : OELAMASI, {DOB}
Alamat : {M1.addr|u}
Agama : {RELIGION}
Status Perkawinan : KAWIN
Berlaku Hingga : SEUMUR HIDUP""",
)

t(
    "phone_log",
    "numbers",
    """
Petugas: Dukcapil Kota Kupang, selamat pagi. Ada yang bisa dibantu?
Penelepon: Pagi, saya mau cek KTP saya sudah jadi atau belum.
Petugas: NIK Bapak?
Penelepon: {M1.nik17}.
Petugas: Sepertinya kelebihan satu angka, Bapak. Nomor KK-nya?
Penelepon: {M1.kkp}.
Petugas: Baik, atas nama {M1.n}, KTP sudah bisa diambil di loket 2 dengan nomor antrean {ANTRI}.""",
)

t(
    "email_reply",
    "numbers",
    """
From: {M1.n} <{M1.maild}>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: Salah potong PPh

Selamat siang. Bukti potong dari {CV} memakai NPWP perusahaan {NPWPB}, bukan NPWP saya. NPWP saya sesuai kartu: {M1.npwpocr}. Mohon dibetulkan supaya SPT saya tidak kurang bayar.
Hormat saya,
{M1.n}""",
)

t(
    "sms_1708",
    "numbers",
    "KOTKUPANG sy {M1.g1} mau urus kk baru tp petugas bilang nik sy {M1.nikocr} tdk terbaca di sistem. wa sy {M1.hpocr}. kel {KEL}",
    "l",
)

t(
    "kupang_malay",
    "numbers",
    """
[VN {JAM}] Ibu petugas, beta pung istri pung NIK di KK tatulis {F1.nik}, tapi di KTP dia lain. Beta pung KK nomor {M1.kk}. Beta {M1.n}, tinggal di {M1.rt} {KEL}. Tolong bantu e.""",
)

t(
    "officer_memo",
    "numbers",
    """
Rekap pemohon bantuan usaha mikro (dari formulir kelurahan)
No,Nama Pemohon,NIK,Alamat,No HP
1,{F1.n},{F1.nikb},{F1.addr},{F1.hpb}
2,{M1.n|u},{M1.nikb},{M1.addr|u},{M1.hpd}
3,UD Laut Timor,-,{OADDR},{BIZHP}
Catatan: baris 3 badan usaha, dialihkan ke Disperindag.""",
)

t(
    "lapor_ticket",
    "numbers",
    """
Nomor Tiket: {TIX}
Kategori: Pajak Daerah
Isi: Saya bayar pajak motor {M1.plate} di Samsat tanggal {TGL} sebesar {UANG}, tapi di aplikasi masih tertunggak. Kode bayar {BILL}. Mohon kelebihan bayar dikembalikan ke rekening BNI saya {M1.rekbni} a.n. {M1.n}. NPWP saya {M1.npwp}.
Tanggapan Bapenda Provinsi NTT ({TGL}): Data sudah kami sinkronkan.""",
)

t(
    "facebook_post",
    "mixed",
    """
{F1.n}
Sopir angkot biru plat {PLATE} tadi kasar sekali sama anak sekolah di {ROAD}, anak-anak diturunkan di tengah jalan. Sy simpan nomor pemilik angkot yang tertulis di kaca belakang, tapi itu nomor pangkalan. Yang kenal sopirnya tolong inbox sy atau WA {F1.hps|b}.
Komentar:
{M1.n|l}: sopir itu sering begitu kaka""",
)

t(
    "neighbourhood_notice",
    "numbers",
    """
WARTA JEMAAT — PERMOHONAN DOA DAN BANTUAN
Saudara kita {M1.n}, anggota jemaat rayon {N}, sedang menjalani cuci darah di {RS}. Majelis membuka bantuan kasih yang dapat diserahkan kepada keluarga melalui rekening Bank NTT {F1.rekntt} a.n. {F1.n} (istri). Kartu JKN atas nama {M1.g1} sedang diurus, no kartu {M1.bpjs}.
Kas majelis jemaat tetap melalui rekening gereja {REKB}.""",
)

t(
    "wa_forward",
    "numbers",
    """
[{TGL1} {JAM}] {F1.g|l}: Kaka, ini beta pung data untuk daftar sekolah anak
[{TGL1} {JAM}] {F1.g|l}: NIK {F1.nikfw}
[{TGL1} {JAM}] {F1.g|l}: KK {F1.kkg}
[{TGL1} {JAM}] {M1.n}: Oke, NISN anak {NISN} to?
[{TGL1} {JAM}] {F1.g|l}: Iya itu""",
)

t(
    "ocr_form",
    "mixed",
    """
BUKTI TRANSFER
BANK MANDIRI
Tanggal : {TGL} {JAM}
Dari Rekening : {M1.rekmdr}
Nama Pengirim : {M1.n|u}
Ke Rekening : {F1.rekbri} (BRI)
Nama Penerima : {F1.n|u}
Jumlah : {UANG|u}
Berita : SEWA KAMAR KOS
No. Referensi : {TRX}""",
)

t(
    "email_reply",
    "places",
    """
From: {F1.n} <{F1.mail}>
To: Dinas Kesehatan Kota Kupang <dinkes.kotakupang@gmail.com>
Subject: Data untuk kunjungan rumah lansia

Data yang diminta petugas:
Puskesmas: {PKM}, telp {OFCTEL}
Posyandu lansia: {CHURCH}
Alamat rumah Oma: {F2.addr}
No. rumah: {F2.tel}
Terima kasih.
{F1.n}""",
)

t(
    "phone_log",
    "mixed",
    """
Petugas: Atas nama?
Penelepon: {FC1.n}.
Petugas: Emailnya, Ibu?
Penelepon: {FC1.maild}.
Petugas: Keluhannya?
Penelepon: Mobil yang tabrak pagar toko saya, plat {PLATE}, lari ke arah {ROAD}. Toko saya {BIZ}, tapi rumah saya di belakangnya, {FC1.addr}.""",
)

t(
    "kupang_malay",
    "people",
    """
[{JAM}] {M1.g|l}: Om {MB1.g} {MB1.hp} tu tukang listrik yang bagus, dia yang pasang meteran di beta pung rumah
[{JAM}] {F1.g|l}: Dia pung rumah di mana?
[{JAM}] {M1.g|l}: Di {MB1.addr}, dekat {SCHOOL}""",
)


# ============================================================================================
# Build
# ============================================================================================


def build() -> list[dict]:
    records = []
    seen: set[str] = set()
    for number, (style, theme, source, case) in enumerate(T, start=1):
        for _ in range(3):
            for _attempt in range(300):
                text, spans = render(source, case)
                if text in seen:
                    continue
                try:
                    check(text, spans)
                except RejectError:
                    continue
                break
            else:
                raise SystemExit("template %d cannot be filled: %r" % (number, source[:80]))
            seen.add(text)
            records.append(
                {
                    "text": text,
                    "spans": [
                        {"kind": k, "start": s, "end": e}
                        for k, s, e, _ in sorted(spans, key=lambda x: x[1])
                    ],
                    "style": style,
                    "theme": theme,
                }
            )
    RNG.shuffle(records)
    out = []
    for i, r in enumerate(records, start=1):
        out.append({"id": "d22-%04d" % i, **r})
    return out


def table(records: list[dict], key: str, values: tuple[str, ...]) -> list[str]:
    head = "| %s | texts | without spans | %s |" % (key, " | ".join(sorted(KINDS)))
    lines = [head, "|---|---:|---:|%s" % ("---:|" * len(KINDS))]
    for v in (*values, "**total**"):
        rs = records if v == "**total**" else [r for r in records if r[key] == v]
        c = Counter(s["kind"] for r in rs for s in r["spans"])
        empty = sum(1 for r in rs if not r["spans"])
        lines.append(
            "| %s | %d | %d | %s |"
            % (v, len(rs), empty, " | ".join(str(c[k]) for k in sorted(KINDS)))
        )
    return lines


def main() -> None:
    assert len(T) >= 220, len(T)
    records = build()
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    for line in data.decode("utf-8").splitlines():
        assert json.loads(line)["id"].startswith("d22-")
    OUT.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    empty = sum(1 for r in records if not r["spans"])
    cells = Counter((r["style"], r["theme"]) for r in records)
    per_style = Counter(r["style"] for r in records)
    # floors of the brief
    assert len(records) >= 650, len(records)
    assert empty / len(records) >= 0.30, empty
    assert all(per_style[s] >= 55 for s in STYLES), per_style
    assert all(cells[(s, th)] > 0 for s in STYLES for th in THEMES), cells
    short = {k: kinds[k] for k in KINDS if kinds[k] < 30}
    print("templates: %d" % len(T))
    print(
        "texts: %d, spans: %d, texts without any span: %d (%.1f %%)"
        % (len(records), sum(kinds.values()), empty, 100 * empty / len(records))
    )
    print("SHA-256: %s" % sha)
    print()
    print("\n".join(table(records, "style", STYLES)))
    print()
    print("\n".join(table(records, "theme", THEMES)))
    print()
    print(
        "spans per kind: "
        + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(KINDS, key=lambda k: -kinds[k]))
    )
    if short:
        raise SystemExit("kinds under 30 spans: %r" % short)


if __name__ == "__main__":
    sys.exit(main())
