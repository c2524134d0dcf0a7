# ruff: noqa: E501, T201, PLR0911, PLR0912, SIM905, RUF005, RUF007, PLW0108, B007, PERF401
"""Write the thirteenth blind redaction corpus (tests/data/blind/redaction_blind_v13.jsonl).

Deterministic: every value comes from ``random.Random(SEED)``. Templates carry their labels
inline:

- ``{gen:key}`` is filled by the generator ``gen`` and labelled with that generator's kind;
- ``{~gen:key}`` is filled and left unlabelled (a look-alike);
- ``{gen=kind:key}`` is filled and labelled with another kind;
- ``[[kind|value]]`` is a literal label;
- ``{?a|b|c}`` picks one of the alternatives (plain text, no markers inside).

The same generator and key give the same value within one text; name, e-mail, NIK and child
generators with one key describe one person. The script strips the markers, computes exact
offsets, checks every span and every text, and redraws a fill that fails a check.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261313
PREFIX = "xm"
FILLS = 3
OUT = Path(__file__).with_name("redaction_blind_v13.jsonl")

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
    "briptu",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kakak",
    "adik",
    "ade",
    "pak.",
    "ibu.",
    "yth",
    "yth.",
    "camat",
    "ketua",
    "rt",
    "mas",
    "mbak",
    "haji",
    "hj.",
    "h.",
    "ir.",
    "prof.",
}

rng = random.Random(SEED)

# ---------------------------------------------------------------- names
GIVEN_M = """Yohanes Yakobus Fransiskus Petrus Paulus Marthen Melkianus Deki Dominggus Soleman Frederik
Yeremias Agustinus Aloysius Nikodemus Stefanus Yulius Herman Alfons Obed Yusuf Elia Daniel Semuel
Gabriel Aser Jefri Rudolf Kornelis Imanuel Benyamin Mikhael Ferdinand Viktor Lukas Filipus Matheus
Ronaldo Febri Arnold Yosef Markus Simon Hendrik Ishak Zakarias Godlif Welem Yance Oktavianus Efraim
Anderias Jermias Habel Gerson Leonardus Kristoforus Silvester Wilhelmus Bernadus Yoakim Feliks
Maksimus Abraham Ruben Sefanya Jonathan Rian Ricky Vinsen Gusti Tobias Adrianus Charles Elkana""".split()
GIVEN_F = """Maria Agustina Yuliana Anace Selfi Sofia Rosalina Marlin Erni Yanti Vivi Gracia Dewi Lodia
Elisabeth Ester Naomi Ruth Magdalena Yasinta Florentina Veronika Kristina Theresia Adriana Yosina
Dorkas Martha Lusia Apriani Efi Meri Novi Kasih Indah Serlin Ivon Frederika Orpa Margaretha Yohana
Susana Debora Fransiska Sarlota Ansye Bertha Delfi Lenny Mersi Ribka Sance Desi Nelci Yunita Olvi
Ledi Wilhelmina Regina Klara Angela Petronela Antoneta Imelda Rambu Ina Anjelin Priska Mega""".split()
GIVEN_F = [g for g in GIVEN_F if g != "Rambu"]
FAMILY_NTT = """Ndun Manafe Tefa Benu Lay Bessie Nenobais Lenggu Kiuk Ratu Bria Nahak Therik Pah Tanone
Amalo Fanggidae Mooy Lobo Haba Selan Bana Tnunay Adoe Kapitan Lomi Missa Neonufa Toelle Uly
Tamelab Sabneno Baun Nubatonis Taopan Sinlae Koroh Dethan Foeh Messakh Lada Kolo Nope Seran Nalle
Hailitik Ledo Rihi Wadu Bire Ngongo Ndolu Mbatu Pello Manu Sjioen Saubaki Bolla Tallo Nisnoni Sanam
Tamonob Taneo Boimau Sole Kase Laiskodat Bunga Nitbani Anin Lakapu Nomleni Oematan Manubulu Tapatab
Lerik Liu Djami Hawu Kale Henukh Nomseo Nuban Mella Loak Dima Fallo Teti Nalley Ully Muskanan""".split()
FAMILY_TWO = [
    "Riwu Kaho",
    "Ga Lena",
    "Dju Dara",
    "Tadu Hungu",
    "Lomi Ga",
    "Da Costa",
    "Da Silva",
    "Ratu Ludji",
    "Bara Pa",
    "Kana Hau",
    "Lede Riwu",
    "Mone Ratu",
    "Wila Huki",
    "Bire Dara",
]
FAMILY_OTHER = [
    "Sitompul",
    "Simanjuntak",
    "Siregar",
    "Nainggolan",
    "Pasaribu",
    "Hutagalung",
    "Santoso",
    "Wibowo",
    "Suryadi",
    "Prasetyo",
    "Wijaya",
    "Tanoto",
    "Rahman",
    "Baswedan",
    "Alkatiri",
    "Assegaf",
    "Bin Thalib",
    "Latuconsina",
    "Pattinama",
    "Lumban Tobing",
    "Mandagi",
    "Rumengan",
    "Tumbelaka",
    "Sudirman",
    "Daeng Matta",
    "Pakaya",
]
SPECIAL = [
    ("I Made", "Sudarma", "m"),
    ("I Wayan", "Missa", "m"),
    ("Ni Luh Putu", "Ayu", "f"),
    ("I Gusti Ayu", "Ratna", "f"),
    ("Ni Ketut", "Sari", "f"),
    ("I Nyoman", "Suarta", "m"),
    ("Andi", "Baso Tenri", "m"),
    ("Andi", "Nurhayati", "f"),
    ("Muhammad", "Yusuf Daeng", "m"),
    ("Mei Hwa", "Tamelab", "f"),
    ("Go", "Siu Lan", "f"),
    ("Liem", "Kian Hok", "m"),
    ("Hendra", "Gunawan", "m"),
    ("Fatimah", "Alkatiri", "f"),
    ("Abdullah", "Assegaf", "m"),
    ("Umbu", "Manu Paranggi", "m"),
    ("Rambu", "Tamar Hungu", "f"),
    ("Umbu", "Ndima Tamu", "m"),
    ("Rambu", "Ana Lika", "f"),
    ("Siti", "Aminah", "f"),
    ("Hasan", "Basri", "m"),
    ("Nur", "Hidayah", "f"),
    ("Budi", "Santoso", "m"),
    ("Sri", "Wahyuni", "f"),
    ("Joko", "Susilo", "m"),
    ("Ong", "Mei Ling", "f"),
    ("Rudi", "Hartono", "m"),
    ("Ahmad", "Bajideh", "m"),
]
FIRST_ONLY_F = ["Yanti", "Vivi", "Ati", "Ose", "Ina", "Ela", "Eti", "Linda"]


class Person:
    def __init__(self, key: str) -> None:
        if key.startswith("f"):
            sex = "f"
        elif key.startswith("m"):
            sex = "m"
        else:
            sex = rng.choice("mf")
        roll = rng.random()
        if roll < 0.16:
            choices = [s for s in SPECIAL if s[2] == sex]
            given, family, sex = rng.choice(choices)
        else:
            given = rng.choice(GIVEN_F if sex == "f" else GIVEN_M)
            if rng.random() < 0.25:
                given = given + " " + rng.choice(GIVEN_F if sex == "f" else GIVEN_M)
                if len(set(given.split())) < 2:
                    given = given.split()[0]
            r2 = rng.random()
            if r2 < 0.66:
                family = rng.choice(FAMILY_NTT)
            elif r2 < 0.80:
                family = rng.choice(FAMILY_TWO)
            else:
                family = rng.choice(FAMILY_OTHER)
        self.given = given
        self.family = family
        self.sex = sex
        self.born = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2008))
        self.child_given = rng.choice(GIVEN_F + GIVEN_M)

    @property
    def first(self) -> str:
        return (
            self.given.split()[0]
            if not self.given.startswith(
                ("I ", "Ni ", "Andi", "Umbu", "Rambu", "Mei", "Siu", "Kian", "Ong")
            )
            else self.given
        )

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


# ---------------------------------------------------------------- numbers
REGENCY = [
    "71",
    "71",
    "71",
    "71",
    "01",
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
    "20",
    "21",
]


def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def nik_raw(person: Person | None) -> str:
    reg = rng.choice(REGENCY)
    dist = f"{rng.randint(1, 12):02d}"
    if person is None:
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2008)
        female = rng.random() < 0.5
    else:
        d, m, y = person.born
        female = person.sex == "f"
    day = d + 40 if female else d
    return f"53{reg}{dist}{day:02d}{m:02d}{y % 100:02d}{rng.randint(1, 45):04d}"


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def nik_fmt(raw: str) -> str:
    r = rng.random()
    if r < 0.55:
        return raw
    if r < 0.8:
        return group4(raw)
    if r < 0.92:
        return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
    return group4(raw, "-")


def ocrize(s: str, n: int = 2) -> str:
    chars = list(s)
    pos = [i for i, c in enumerate(chars) if c in "01" and i > 0]
    rng.shuffle(pos)
    for i in pos[:n]:
        chars[i] = "O" if chars[i] == "0" else "l"
    return "".join(chars)


MOBILE = [
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0811",
    "0851",
    "0857",
    "0856",
    "0815",
    "0817",
    "0818",
    "0819",
    "0859",
    "0877",
    "0878",
    "0838",
    "0831",
    "0895",
    "0896",
    "0897",
    "0881",
    "0882",
]


def mobile_raw() -> str:
    return rng.choice(MOBILE) + digits(rng.choice([7, 8, 8, 8]))


def mobile_fmt(raw: str, style: str | None = None) -> str:
    rest = raw[1:]
    style = style or rng.choice(
        ["plain", "plain", "dash", "space", "dot", "+62dash", "+62", "62", "62space", "+62space"]
    )
    a, b, c = raw[:4], raw[4:8], raw[8:]
    if style == "plain":
        return raw
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "space":
        return f"{a} {b} {c}"
    if style == "dot":
        return f"{a}.{b}.{c}"
    if style == "+62dash":
        return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
    if style == "+62":
        return "+62" + rest
    if style == "62":
        return "62" + rest
    if style == "62space":
        return f"62 {rest[:3]} {rest[3:7]} {rest[7:]}"
    return f"+62 {rest[:3]} {rest[3:7]} {rest[7:]}"


def landline() -> str:
    n = "8" + digits(5)
    return rng.choice(
        [
            f"0380 {n}",
            f"(0380) {n}",
            f"0380-{n}",
            f"(0380) {n[:3]} {n[3:]}",
            f"0380 {n[:3]} {n[3:]}",
            f"0380{n}",
        ]
    )


def npwp_old() -> str:
    d = digits(9)
    kpp = rng.choice(["920", "920", "921", "922"])
    r = rng.random()
    if r < 0.75:
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{kpp}.000"
    if r < 0.88:
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {kpp} 000"
    return f"{d}{kpp}000"


def npwp() -> str:
    if rng.random() < 0.7:
        return npwp_old()
    return nik_fmt(nik_raw(None))


def kk() -> str:
    reg = rng.choice(REGENCY)
    raw = f"53{reg}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(5, 25):02d}{rng.randint(1, 60):04d}"
    return rng.choice([raw, raw, group4(raw)])


def bpjs() -> str:
    raw = "000" + digits(10)
    r = rng.random()
    if r < 0.7:
        return raw
    if r < 0.85:
        return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def bank(which: str) -> str:
    if which == "bri":
        d = digits(15)
        return rng.choice(
            [
                f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                d,
                f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}",
            ]
        )
    if which == "bni":
        return rng.choice(["0", "08", "1", "02"]) + digits(8 if rng.random() < 0.5 else 9)[: 10 - 1]
    if which == "mandiri":
        d = "1" + digits(12)
        return rng.choice([d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}"])
    if which == "bca":
        return digits(10)
    if which == "ntt":
        return rng.choice(
            [
                f"00{rng.randint(1, 9)}.0{rng.randint(1, 9)}.02.{digits(6)}-{rng.randint(0, 9)}",
                "00" + digits(12),
            ]
        )
    return digits(10)


PLATE_REG = ["DH", "DH", "DH", "DH", "EB", "EB", "ED"]


def plate() -> str:
    num = str(rng.randint(1, 9999))
    suf = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2, 2, 3])))
    reg = rng.choice(PLATE_REG)
    r = rng.random()
    if r < 0.75:
        return f"{reg} {num} {suf}"
    if r < 0.9:
        return f"{reg}{num}{suf}"
    return f"{reg} {num}{suf}"


STREETS = [
    "Nangka",
    "Kenari",
    "Kelinci",
    "Beringin",
    "Flamboyan",
    "Bougenville",
    "Kecapi",
    "Sukun",
    "Bakti Karya",
    "Kampung Baru",
    "Air Lobang",
    "Oepura Raya",
    "Samratulangi",
    "Adisucipto",
    "Kolhua",
    "Fetor Funay",
    "Perintis Kemerdekaan",
    "Timor Raya",
    "Kuanino",
    "Soverdi",
    "Palapa",
    "Jambu",
    "Delima",
    "Nuri",
    "Kakatua",
    "Merpati",
    "Rajawali",
    "Matani",
    "Lontar",
    "Cendana",
    "Manggis",
    "Srikaya",
    "Anggrek",
    "Kamboja",
    "Pulau Indah",
    "Naikoten",
    "Bundaran PU",
    "Oetete",
    "Batu Kadera",
    "Hati Mulia",
    "Rambutan",
    "Oeleta",
    "Sangkar Mas",
    "Lalamentik",
    "Sam Ratulangi",
    "Moh. Hatta",
    "Tompello",
    "Fatululi",
    "Oebufu",
    "Sumba",
]
LANES = [
    "Kakatua",
    "Sepakat",
    "Damai",
    "Melati",
    "Mawar",
    "Rukun",
    "Harapan",
    "Sentosa",
    "Bambu",
    "Asoka",
    "Pelita",
    "Kelapa",
    "Cemara",
    "Teratai",
]


def rt() -> str:
    a, b = rng.randint(1, 42), rng.randint(1, 14)
    return rng.choice(
        [
            f"RT {a:02d} RW {b:02d}",
            f"RT {a:03d}/RW {b:03d}",
            f"RT {a}/RW {b}",
            f"RT.{a:02d}/RW.{b:02d}",
            f"RT {a} RW {b}",
            f"RT {a:02d}/{b:02d}",
            f"RT {a}",
        ]
    )


def addr() -> str:
    st = rng.choice(STREETS)
    no = str(rng.randint(1, 160)) + rng.choice(["", "", "", "", "A", "B"])
    r = rng.random()
    if r < 0.3:
        return f"Jl. {st} No. {no}"
    if r < 0.45:
        return f"Jl. {st} No. {no}, {rt()}"
    if r < 0.55:
        return f"Gg. {rng.choice(LANES)} No. {no}"
    if r < 0.65:
        return f"Jl. {st} Gg. {rng.randint(1, 9)} No. {no}"
    if r < 0.72:
        return f"Jln. {st} No {no}"
    if r < 0.8:
        return f"Jalan {st} No.{no} {rt()}"
    if r < 0.86:
        return f"Lr. {rng.choice(LANES)} No. {no}"
    if r < 0.93:
        return f"Perumnas Blok {rng.choice('ABCDEFGHK')} No. {no}"
    return f"Jl. {st} {rt()}"


# ---------------------------------------------------------------- look-alikes
def rupiah() -> str:
    v = rng.choice(
        [
            5,
            10,
            15,
            20,
            25,
            35,
            50,
            75,
            100,
            150,
            200,
            250,
            300,
            350,
            500,
            750,
            1200,
            1500,
            2500,
            3500,
        ]
    )
    r = rng.random()
    if r < 0.4:
        return f"Rp {v * 1000:,}".replace(",", ".")
    if r < 0.7:
        return f"Rp{v * 1000:,}".replace(",", ".") + rng.choice(["", ",-"])
    if r < 0.85:
        return f"{v} ribu" if v < 1000 else f"{v / 1000:g} juta".replace(".", ",")
    return f"Rp. {v * 1000:,}".replace(",", ".")


BULAN = [
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


def tanggal() -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2025, 2026, 2026])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {BULAN[m - 1]} {y}",
            f"{d}-{m}-{y}",
            f"tgl {d}/{m}",
            f"{d:02d}-{m:02d}-{y}",
        ]
    )


def jam() -> str:
    return f"{rng.randint(6, 22):02d}.{rng.choice(['00', '15', '30', '45', '10', '05', '20'])}"


def tiket() -> str:
    return rng.choice(
        [
            f"LAPOR-5371-2026-{digits(5)}",
            f"#LPR-2026-{digits(4)}-{digits(4)}",
            f"{digits(4)}-{digits(4)}-{digits(3)}",
            f"KPG/ADU/{rng.randint(1, 12):02d}/2026/{digits(4)}",
            f"TKT-{digits(7)}",
        ]
    )


def va() -> str:
    return rng.choice(
        [
            f"8808 {digits(4)} {digits(4)} {digits(4)}",
            f"88{digits(14)}",
            f"7{digits(15)}",
            f"BRIVA {digits(5)} {digits(10)}",
        ]
    )


def billing() -> str:
    return "8202" + digits(11)


def idpel() -> str:
    return rng.choice(["5312", "5311", "5310"]) + digits(8)


def nosamb() -> str:
    return f"{rng.randint(1, 9):02d}-{rng.randint(1, 12):02d}-{digits(6)}"


def nop() -> str:
    return f"53.71.0{rng.randint(10, 60)}.0{digits(2)}.{digits(3)}-{digits(4)}.0"


def surat() -> str:
    return rng.choice(
        [
            f"{rng.choice(['700', '470', '503', '400', '800', '005'])}/{rng.randint(10, 999)}/{rng.choice(['DKPS', 'DISDUK', 'PUPR', 'KEL.OBB', 'DINKES', 'BPBD', 'SETDA'])}/{rng.choice(['X', 'XI', 'IV', 'VII'])}/2026",
            f"5371-LU-{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}2026-{digits(4)}",
        ]
    )


def nip() -> str:
    return f"19{rng.randint(65, 95)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} 20{rng.randint(0, 20):02d}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"


def token() -> str:
    return " ".join(digits(4) for _ in range(5))


def bpjstk() -> str:
    return digits(11)


def nisn() -> str:
    return "00" + digits(8)


GENS_PLAIN = {
    "rp": rupiah,
    "tgl": tanggal,
    "jam": jam,
    "tiket": tiket,
    "va": va,
    "billing": billing,
    "idpel": idpel,
    "nosamb": nosamb,
    "nop": nop,
    "surat": surat,
    "nip": nip,
    "token": token,
    "bpjstk": bpjstk,
    "nisn": nisn,
    "otel": landline,
}


def chat() -> str:
    d, m, h = rng.randint(1, 28), rng.randint(1, 12), rng.randint(6, 23)
    mi = rng.randint(0, 59)
    return rng.choice(
        [
            f"[{d:02d}/{m:02d}/2026 {h:02d}.{mi:02d}]",
            f"[{h:02d}.{mi:02d}]",
            f"[{d:02d}-{m:02d}-2026 {h:02d}.{mi:02d}]",
            f"[{d} {BULAN[m - 1]} 2026 {h:02d}.{mi:02d}]",
            f"[{d}/{m}/26 {h:02d}:{mi:02d}]",
        ]
    )


def dmy() -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"


def ktprt() -> str:
    return f"RT/RW : {rng.randint(1, 40):03d}/{rng.randint(1, 14):03d}"


def rtpair() -> str:
    return f"{rng.randint(1, 40):03d}/{rng.randint(1, 14):03d}"


def age() -> str:
    return str(rng.randint(60, 91))


GENS_PLAIN.update({"chat": chat, "dmy": dmy, "age": age})


# ---------------------------------------------------------------- templates
SMS_1708 = [
    (
        "water",
        "KOTKUPANG AIR PDAM DI {ADDR:a} SDH 2 MINGGU TDK MENGALIR. TAGIHAN TETAP {~rp} PER BULAN. NO SAMBUNGAN {~nosamb}. MOHON DICEK. {FULL:a} {hp:a}",
    ),
    (
        "power",
        "KOTKUPANG lampu jalan di Jl. Amabi depan SD Inpres Oepura 2 mati su 3 minggu, gelap sekali, {?bnyk|banyak|byk} motor jatuh. mohon PJU diperbaiki. trims",
    ),
    (
        "civil_registry",
        "KOTKUPANG SY {FULL:a} NIK {nik:a} KTP EL SY BLM JADI SEJAK {~dmy}. SDH 4X KE DUKCAPIL KATANYA BLANKO HABIS. TLG DIBANTU. HP {hp:a}",
    ),
    (
        "scam",
        "KOTKUPANG ADA SMS DARI {~hp} KATANYA SAYA MENANG UNDIAN DARI BANK NTT {~rp}, DISURUH TRANSFER BIAYA ADMIN. ITU PENIPU KAH? TLG {?DISEBARKAN|DIUMUMKAN} KE WARGA",
    ),
    (
        "road",
        "KOTKUPANG JALAN DI KEL. LILIBA DEPAN GEREJA GMIT EFATA RUSAK PARAH, LUBANG BESAR. SUDAH 2 TAHUN TDK DIPERBAIKI. MOHON DINAS PUPR TURUN CEK. NO LAPORAN SEBELUMNYA {~tiket}",
    ),
    (
        "waste",
        "kotkupang sy {lfull:a} warga {lrt:a} kel. {?oebufu|kayu putih|tuak daun merah}, sampah di tps belakang pasar su numpuk 1 minggu blm diangkut, bau skali. tlg dlhk",
    ),
    (
        "health",
        "KOTKUPANG ANAK SAYA {CHILD:a} DITOLAK DI PUSKESMAS OEPOI KRN KARTU KIS TDK AKTIF. NO KARTU {bpjs:a}. PADAHAL KAMI PBI. MOHON DICEK. BAPAK {FULL:a}",
    ),
    (
        "school",
        "KOTKUPANG SMPN 2 KUPANG MINTA UANG KOMITE {~rp} PER SISWA UTK BELI KURSI. ORANG TUA KEBERATAN. APAKAH BOLEH? MOHON DINAS PENDIDIKAN TEGUR",
    ),
    (
        "transport",
        "KOTKUPANG MOBIL DINAS PLAT MERAH {plate:a} DIPAKAI ANTAR ANAK SEKOLAH DAN KE PASAR TIAP HARI MINGGU. MOHON DITERTIBKAN",
    ),
    (
        "tax",
        "KOTKUPANG SY {FULL:a}, NPWP SY {npwpo:a}. PBB RUMAH SY NAIK DARI {~rp} JADI {~rp}. NOP {~nop}. MOHON PENJELASAN BAPENDA",
    ),
    (
        "social_aid",
        "KOTKUPANG bantuan PKH sy sdh 2 tahap tdk masuk ke rek BRI sy {bri:a}. nama {lfull:fa} nik {nik:fa}. mohon dinsos cek",
    ),
    (
        "noise",
        "KOTKUPANG TLG TERTIBKAN PESTA SAMPAI JAM {?2|3|4} PAGI DI KEL. OEBUFU, MUSIK KERAS TIAP MALAM MINGGU. WARGA SUDAH LAPOR KE POLSEK TAPI TDK ADA TINDAKAN",
    ),
    (
        "land",
        "KOTKUPANG TANAH SY DI KEL. NAIONI DISEROBOT, PAGAR DIBONGKAR. SUDAH LAPOR KE KANTOR LURAH, BLM ADA MEDIASI. DARI {FIRST:ma} DI NAIONI. HP {hp:a}",
    ),
    (
        "water",
        "kotkupang air tangki yg dipesan lewat dinas tdk dtg2, sdh bayar {~rp}. rumah sy {laddr:a} kel. oesapa. sy {lfirst:fa}",
    ),
    (
        "scam",
        "KOTKUPANG HATI2 ADA YG TELPON PAKAI NOMOR {~hp} MENGAKU PETUGAS DUKCAPIL MINTA FOTO KTP DAN KODE OTP. SY TDK KASIH. MOHON DIUMUMKAN",
    ),
    (
        "power",
        "KOTKUPANG TOKEN LISTRIK SY SDH DIBELI {~rp} TAPI TDK MASUK. ID PEL {~idpel}. TOKEN {~token}. CS PLN 123 TDK ANGKAT",
    ),
    (
        "health",
        "KOTKUPANG BIDAN DI PUSTU {?OEBELO|KOLHUA|NAIMATA} MINTA {~rp} UTK PERSALINAN PADAHAL ADA BPJS. NO BPJS ISTRI SY {bpjs:a} A.N. {FULL:fa}. MOHON DITINDAK",
    ),
    (
        "civil_registry",
        "KOTKUPANG KK SY DOBEL, NO KK LAMA {kk:a} DAN NO KK BARU {kk:b}. ANAK SY {CHILD:a} TDK MUNCUL DI DATA SEKOLAH. SY {FULL:a}, {ADDR:a}",
    ),
    (
        "animals",
        "KOTKUPANG ANJING LIAR DI SEKITAR TERMINAL KUPANG SUDAH GIGIT {?2|3|4|5} ANAK MINGGU INI. MOHON DINAS PETERNAKAN TANGKAP. TRIMS",
    ),
    (
        "waste",
        "kotkupang sy mau tanya, bayar retribusi sampah {~rp} per bulan lewat rt tp sampah tdk diangkut. kalau mau lapor ke mana? ini no sy {hp:a} - {lfull:a}",
    ),
    (
        "transport",
        "KOTKUPANG TABRAK LARI DI JL. EL TARI DEPAN KANTOR GUBERNUR JAM {~jam}, MOTOR {plate:b} WARNA HITAM. KORBAN ADIK SY {FULL:a} MASIH DI RSUD W.Z. JOHANNES. MOHON DIBANTU POLANTAS",
    ),
    (
        "market",
        "KOTKUPANG PETUGAS PASAR NAIKOTEN TARIK RETRIBUSI {~rp} TANPA KARCIS. PEDAGANG SAYUR KEBERATAN. {?MOHON DITERTIBKAN|TLG DICEK}",
    ),
    (
        "civil_registry",
        "KOTKUPANG SURAT PINDAH SY BELUM DIBALAS. BERKAS SDH SY KIRIM KE EMAIL DISDUKCAPIL, BALASAN KIRIM KE {mail:a} ATAU WA {hp:a}. {FULL:a}",
    ),
    (
        "scam",
        "KOTKUPANG SAYA DITIPU JUAL BELI MOTOR DI FB. SUDAH TRANSFER {~rp} KE REK BRI {bri:b} A.N. {FULL:b}. ORANGNYA TDK BISA DIHUBUNGI LAGI NO {hp:b}. MOHON DIPROSES. {FULL:a}",
    ),
]

WA_CHAT = [
    (
        "water",
        "{chat} {full:a}: Selamat malam bapa ibu admin, beta mau lapor air sonde jalan su 5 hari di {rt:a}\n{chat} Admin Kelurahan Oebufu: Baik, kami teruskan ke PDAM ya\n{chat} {full:a}: Ok makasih",
    ),
    (
        "scam",
        "*Diteruskan*\n⚠️ HATI-HATI PENIPUAN ⚠️\nAda yang WA mengaku dari Dinas Sosial Kota Kupang nomor {~hp}, minta data KK dan foto KTP untuk BLT. Dinsos tidak pernah minta lewat WA. Info resmi hanya di SMS 1708 atau kantor Dinsos. Sebarkan!!",
    ),
    (
        "social_aid",
        "{chat} {lfirst:fa}: mama2 sapa yg su terima beras bantuan?\n{chat} {lfull:fb}: beta blm\n{chat} mama: sonde ada\n{chat} {lfirst:fa}: nanti beta tanya pak RT {full:mc}",
    ),
    (
        "lost_item",
        "Diteruskan dari grup RT:\nDITEMUKAN DOMPET di depan Indomaret Oebobo. Isi KTP a.n. {FULL:a} NIK {nik:a} alamat {ADDR:a} KEL. OEBOBO. Yg kenal tlg hub {first:mb} {hp:mb}",
    ),
    (
        "power",
        "{chat} Info Warga Kupang: PEMADAMAN BERGILIR PLN UP3 Kupang hari ini {~jam}-{~jam} wilayah Oesapa, Lasiana, Penfui. Info lanjut PLN 123. Mohon maaf atas ketidaknyamanan",
    ),
    (
        "road",
        "{chat} {hp:a}: sore pak, sy yg lapor jalan berlubang td. sy {first:ma} dari Oepura\n{chat} Petugas UPP: Baik pak, nomor tiket {~tiket}",
    ),
    (
        "land",
        "{chat} {full:b}: Pak admin, ini iklan yg beredar di grup: 'Dijual tanah 10x20 di Penfui, SHM, pemilik langsung. Hub {full:a} {hp:a}'. Tanah itu punya kami, ada sertifikat. Sy {first:b}, no sy {hp:b}",
    ),
    (
        "waste",
        "Selamat pagi bapa mama warga RT 11, besok kerja bakti bersihkan got jam 07.00. Bawa parang dan sekop. Iuran sampah bulan ini {~rp}. Tuhan berkati. - Pengurus RT",
    ),
    (
        "school",
        "{chat} {full:fa}: Ibu guru {first:fb}, dana PIP anak sy {kid:fa} blm cair. Rek BRI dia {bri:x} katanya tdk aktif\n{chat} {full:fb}: Mama, nanti ke sekolah bawa buku tabungan ya",
    ),
    (
        "health",
        "{chat} {lfirst:ma}: kaka tolong cek bpjs mama beta, no kartu {bpjs:b} atas nama {full:fb}. di rs bilang tdk aktif\n{chat} Admin BPJS Kupang: Silakan ke kantor cabang di Jl. Frans Seda, bawa KK",
    ),
    (
        "scam",
        "Forwarded many times\nINFO: Bagi yg mau daftar PPPK 2026 bisa lewat admin {~hp} (Bagian Kepegawaian). Biaya admin {~rp}.\n— Tolong cek, ini benar atau hoaks? BKPSDM bilang tdk ada pungutan",
    ),
    (
        "transport",
        "{chat} {full:a}: Pak RT, mobil {plate:x} parkir depan got sy 3 hari, tdk bisa keluar motor. Yg punya sapa e?\n{chat} ketua rt: Itu mobil Om {first:mb} pung, nanti beta kasih tau",
    ),
    (
        "scam",
        "{chat} {full:fa}: Pak, beta ditipu. Ada org namanya {full:mb} pinjam uang {~rp}, janji kembali minggu lalu. Nomornya {hp:mb} sekarang sonde aktif. Dia tinggal di {addr:mb}",
    ),
    (
        "health",
        "{chat} Puskesmas Bakunase: Jadwal imunisasi bulan ini {~dmy} jam {~jam} di Posyandu Bunga Bakung. Info daftar WA {~hp}. Terima kasih",
    ),
    (
        "civil_registry",
        "{chat} {full:a}: Pak admin, berkas akta kelahiran anak sy sdh discan. Mau kirim ke email mana? Email sy {mail:a}\n{chat} Admin Disdukcapil: Kirim ke disdukcapil.kotakupang@gmail.com ya pak",
    ),
    (
        "tax",
        "{chat} {full:ma}: Bu, bendahara minta NPWP semua guru honor. Ini punya sy {npwpn:a}\n{chat} {full:fb}: ok sdh sy catat pak {first:ma}",
    ),
    (
        "civil_registry",
        "{chat} {full:fa}: Pak petugas, ini no KK kami {kk:a}, nama suami sy {full:mb} tdk ada di situ padahal kami sdh nikah gereja\n{chat} Petugas Disdukcapil: Bawa surat nikah dan akta ya Ibu",
    ),
    (
        "water",
        "{chat} grup warga: Siapa yg tau nomor tangki air dinas?\n{chat} Info Kupang: PDAM tangki (0380) 833029 atau WA center {~hp}",
    ),
    (
        "lost_item",
        "*Diteruskan*\nTOLONG BANTU SHARE 🙏 Motor Vario hitam nopol {plate:a} hilang di parkiran Lippo Plaza {~dmy}. Pemilik {full:a} HP {hp:a}. Yg lihat tlg info",
    ),
    (
        "civil_registry",
        "{chat} Kelurahan Fatululi: Pengambilan KTP-el yang sudah tercetak bisa di kantor kelurahan hari Senin-Jumat 08.00-14.00. Bawa surat pengantar. Nomor antrian online {~tiket}",
    ),
    (
        "water",
        "{chat} {lfull:a}: selamat sore pak lurah, pipa PDAM pecah depan rumah sy {laddr:a}, air terbuang dari kemarin\n{chat} {lfull:a}: ini fotonya IMG_2026{~nisn}.jpg",
    ),
    (
        "animals",
        "Mohon bantu teruskan ke pak Camat: pengaduan dari Ibu {full:fa}, warga {rt:fa}, anaknya {kid:fa} (8 thn) digigit anjing, vaksin rabies di puskesmas habis. Kontak ibu {first:fa} {hp:fa}",
    ),
    (
        "scam",
        "{chat} admin: Bapak/ibu, nomor {~hp} yg beredar mengaku staf Wali Kota minta sumbangan itu PALSU. Laporkan ke 110.",
    ),
    (
        "death",
        "{chat} {full:a}: Pengumpulan dana duka utk keluarga {last:b}, bisa transfer ke rek BNI {bni:a} a.n. {full:a}. Tuhan berkati bapa mama",
    ),
]

LAPOR = [
    (
        "power",
        "Form Pengaduan Online Pemkot Kupang\nNama Lengkap : {FULL:a}\nNIK : {nik:a}\nNo. HP/WA : {hp:a}\nEmail : {mail:a}\nAlamat : {addr:a}, Kel. Oebobo\nIsi Pengaduan : Lampu PJU di depan rumah mati sejak {~dmy}. Sudah lapor ke PLN 123, jawabnya itu urusan Dinas Perhubungan.",
    ),
    (
        "road",
        "Tiket {~tiket} | Kategori: Infrastruktur\nJalan Kelinci Oebufu berlubang setelah galian pipa PDAM tidak ditutup kembali. Sudah 3 bulan.\nDisposisi ke: Dinas PUPR Kota Kupang\nStatus: Sedang diproses",
    ),
    (
        "civil_registry",
        "Tanggapan Dinas Kependudukan dan Pencatatan Sipil Kota Kupang atas laporan {~tiket}:\nYth. Bapak {full:ma}, KTP-el atas NIK {nik:ma} sudah dicetak dan dapat diambil di loket 3.",
    ),
    (
        "water",
        "Tanggapan PDAM Kota Kupang: Gangguan di zona Oepura disebabkan pompa Baumata rusak. Perbaikan selesai {~dmy}. Info lanjut hubungi call center (0380) 833029 atau WA {~hp}.",
    ),
    (
        "health",
        "Isi Laporan:\nSaya mau melaporkan bahwa data KIS saya dinonaktifkan tanpa pemberitahuan.\n---\nNama: {full:fa}\nNo. KIS: {bpjs:fa}\nNIK: {nik:fa}\nNo. KK: {kk:fa}\nHP: {hp:fa}\n---\nMohon diaktifkan kembali karena saya harus cuci darah tiap minggu.",
    ),
    (
        "school",
        "Judul: Pungutan liar di SMAN 3 Kupang\nIsi: Sekolah meminta uang perpisahan {~rp} per siswa dan uang foto {~rp}. Yang tidak bayar tidak diberi ijazah. Mohon Dinas Pendidikan Provinsi NTT menindaklanjuti.\nAnonim: Ya",
    ),
    (
        "tax",
        "Kategori: Perpajakan Daerah\nSaya pemilik usaha perorangan warung makan. NPWP pribadi sy {npwp:a}. Tagihan pajak restoran {~rp} padahal omzet kecil. Nama: {full:a}, HP {hp:a}.",
    ),
    (
        "transport",
        "Judul: Kendaraan dinas dipakai pribadi\nIsi: Mobil dinas Innova {plate:a} setiap malam parkir di tempat hiburan di Jl. Timor Raya. Mohon Inspektorat periksa. Lampiran: Screenshot_2026-10-12-21-44-03.jpg",
    ),
    (
        "waste",
        "Nomor Laporan: {~tiket}\nStatus: Selesai\nTanggapan Dinas Lingkungan Hidup dan Kebersihan: Sampah di TPS Kelurahan Kayu Putih sudah diangkut pada {~dmy} pukul {~jam}. Jadwal pengangkutan rutin Senin, Rabu, Jumat.",
    ),
    (
        "health",
        "Isi: Honor kader posyandu 6 bulan belum dibayar. Kami sudah kasih nomor rekening masing-masing. Punya saya Bank NTT {ntt:a} a.n. {full:fa}. Mohon Dinkes cek. Kontak: {hp:fa}",
    ),
    (
        "power",
        "Pelapor: {full:a}\nAlamat: {addr:a}, Kel. Oesapa Barat, Kec. Kelapa Lima\nLaporan: Tiang listrik di depan rumah miring setelah hujan angin. Takut roboh ke atap.\nTelp rumah: {tel:a}",
    ),
    (
        "health",
        "Portal Pengaduan Kota Kupang - Formulir\nNama: (dirahasiakan)\nKategori: Kesehatan\nIsi: Antrian di Puskesmas Sikumana sangat lama, dokter baru datang jam {?9.30|10|10.30|11}. Loket BPJS tutup jam 12. Mohon perbaikan layanan.",
    ),
    (
        "civil_registry",
        "Isi Laporan: Mohon info syarat pindah domisili dari Kab. Kupang ke Kota. Balasan tolong ke {mailx:a} karena WA sy rusak. Tuhan berkati - {full:a}",
    ),
    (
        "social_aid",
        "Tanggapan Dinas Sosial: Pengaduan Ibu {full:fa} dari WA {hp:fa} sudah kami verifikasi. Nama ibu terdaftar di DTKS dengan ID {~bpjstk}. Bantuan tahap 3 akan masuk ke rekening KKS.",
    ),
    (
        "road",
        "Laporan ditolak.\nAlasan: Laporan bukan kewenangan Pemerintah Kota Kupang (jalan provinsi). Diteruskan ke Dinas PUPR Provinsi NTT, telp (0380) 833 411. Nomor surat {~surat}.",
    ),
    (
        "civil_registry",
        "Kategori: Administrasi Kependudukan\nIsi: Anak saya {child:ma} lahir {~dmy} belum masuk KK. No KK {kk:a}. Akta sudah ada nomor {~surat}. Nama ayah {full:ma}, NIK {nik:ma}.",
    ),
    (
        "scam",
        "Judul: Penipuan mengatasnamakan Bapenda\nIsi: Saya ditelpon dari {~hp} mengaku petugas Bapenda, minta bayar PBB lewat VA {~va}. Saya sudah transfer {~rp}. Ternyata palsu. Pelapor {full:a}, {hp:a}",
    ),
    (
        "disaster",
        "Tanggapan BPBD Kota Kupang: Pohon tumbang di Jl. Frans Seda sudah dipotong oleh tim reaksi cepat pada {~dmy}. Untuk keadaan darurat hubungi 112.",
    ),
    (
        "school",
        "Isi: Wali kelas anak saya di SD Inpres Oebufu, ibu {full:fb}, sering pukul murid pakai penggaris. Anak saya {child:a} kelas 3 pulang menangis. Saya {full:a}, HP {hp:a}.",
    ),
    (
        "road",
        "Pelapor: {full:a} ({hp:a})\nIsi: Truk pasir {plate:b} setiap hari lewat depan rumah saya {addr:a} jam 5 pagi, jalan retak dan rumah bergetar.",
    ),
    (
        "water",
        "Nama: Hamba Allah\nEmail: -\nNo HP: -\nIsi: Mohon kejelasan tarif air PDAM naik dari {~rp} ke {~rp} per kubik tanpa sosialisasi. ID pelanggan {~idpel}.",
    ),
    (
        "health",
        "Tiket {~tiket}\nIsi: Ibu saya {full:fa} pasien BPJS Kesehatan mandiri no. {bpjs:fa} disuruh bayar obat {~rp} di RSUD S.K. Lerik. Mohon penjelasan. - {full:mb}",
    ),
    (
        "general",
        "Status laporan {~tiket}: Didisposisikan ke Kelurahan Naikoten I. Petugas penghubung akan menghubungi pelapor melalui kanal LAPOR!.",
    ),
    (
        "school",
        "Isi: Guru PPPK belum terima gaji 2 bulan. Sy {full:fa}, guru SMPN 9 Kupang, email dinas sy {maild:fa}, NIP {~nip}. Rekening Mandiri {mandiri:a}.",
    ),
]

EMAIL = [
    (
        "water",
        "From: {full:a} <{mail:a}>\nTo: pengaduan@kupangkota.go.id\nSubject: Air PDAM tidak mengalir\n\nSelamat siang,\nSudah seminggu air tidak mengalir di rumah saya {addr:a}, Kel. Kuanino. No. sambungan {~nosamb}.\n\nSalam,\n{full:a}\nHP {hp:a}",
    ),
    (
        "general",
        "From: Humas Pemkot Kupang <humas@kupangkota.go.id>\nTo: guru-honor@googlegroups.com\nSubject: Jadwal verifikasi berkas\n\nVerifikasi berkas dilaksanakan {~dmy} di Aula Lt. 2 Kantor Wali Kota. Informasi: helpdesk@kupangkota.go.id atau (0380) 821 022.",
    ),
    (
        "land",
        "From: {last:a}, {given:a} <{maild:a}>\nTo: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>\nSubject: Sertifikat ganda\n\nYth. Kepala Kantor,\nTanah orang tua saya di Kel. Penfui punya dua sertifikat. NOP {~nop}. Mohon mediasi.\n\nHormat saya,\n{full:a}",
    ),
    (
        "general",
        "From: noreply@lapor.go.id\nSubject: [LAPOR!] Laporan {~tiket} telah ditindaklanjuti\n\nLaporan Anda telah ditanggapi oleh Dinas Perhubungan Kota Kupang. Silakan login untuk melihat tanggapan. Jangan membalas email ini.",
    ),
    (
        "social_aid",
        "Pada {~dmy} {~jam}, {full:ma} <{mail:ma}> menulis:\n> Mohon bantuan, rekening BRI saya {bri:a} sudah didaftarkan untuk bantuan UMKM tapi dana belum masuk.\n\nYth. Bapak {first:ma}, mohon kirim foto buku tabungan dan KTP. Salam, Seksi UMKM Dinas Koperasi",
    ),
    (
        "school",
        "From: Tata Usaha SD Inpres Oepura 2 <sdi.oepura2@gmail.com>\nTo: Dinas Pendidikan Kota Kupang\nSubject: Laporan kerusakan atap\n\nAtap 3 ruang kelas bocor. Foto terlampir (atap@2x.png). Kontak: telp (0380) 822249, WA {~hp}.",
    ),
    (
        "land",
        'To: Ombudsman NTT <ombudsman.ntt@ombudsman.go.id>\nCc: "Sdr. {full:ma}" <{mail:ma}>, {full:fb} <{mail:fb}>\nSubject: Tindak lanjut mediasi\n\nTerlampir notulen mediasi sengketa batas tanah antara keluarga {last:ma} dan keluarga {last:fb}.',
    ),
    (
        "tax",
        "Subject: NPWP almarhum ayah\n\nSelamat pagi Bapenda,\nAyah saya {full:ma} sudah meninggal {~dmy}. NPWP beliau {npwpo:x} masih muncul tagihan PBB. Mohon dihapus.\n\nSalam,\n{full:b}\n{hp:b}",
    ),
    (
        "power",
        "From: PLN UP3 Kupang <pln.kupang.token@gmail.com>\nSubject: Konfirmasi keluhan\n\nPelanggan Yth, keluhan ID pelanggan {~idpel} sedang diproses. Token kompensasi {~token} dapat dimasukkan. Hubungi PLN 123.",
    ),
    (
        "civil_registry",
        "Subject: Re: Permohonan akta\n\nMaaf pak, email saya yang benar {mailx:a}, bukan yang lama. NIK saya {nik:a}.\n\n-- \n{full:a}",
    ),
    (
        "health",
        "From: {full:fa} <{maild:fa}>\nTo: kepegawaian.dinkes@gmail.com\nSubject: Cuti melahirkan\n\nSaya bidan di Puskesmas Oesapa mengajukan cuti mulai {~dmy}. No. BPJS Kesehatan saya {bpjs:fa}.\n\n{full:fa}\nHP {hp:fa}",
    ),
    (
        "general",
        "Subject: Daftar kontak pengaduan\n\nDinas PUPR: pupr@kupangkota.go.id, (0380) 833 411\nDinas Kesehatan: dinkes.kotakupang@gmail.com, WA {~hp}\nDisdukcapil: (0380) 827 011\nBPBD: 112\nSemua email di atas adalah kanal resmi.",
    ),
    (
        "scam",
        "---------- Forwarded message ---------\nFrom: Bansos Kemensos NTT <bansos.kemensos.ntt@gmail.com>\nSubject: Pencairan BLT\n\nSelamat! Anda penerima BLT {~rp}. Bayar biaya admin dengan kode pembayaran {~va} paling lambat hari ini.\n\n---\nIni penipuan kan pak? Saya {full:a}, nomor saya {hp:a}.",
    ),
    (
        "transport",
        "From: {full:a} <{mail:a}>\nSubject: Mobil derek Dishub\n\nMobil saya {plate:a} diderek di Jl. Sudirman padahal parkir di tempat resmi. Denda {~rp}. Mohon penjelasan.\n\n{full:a}",
    ),
    (
        "social_aid",
        "From: Sekretariat Dinas Sosial <dinsos@kupangkota.go.id>\nSubject: Pengembalian dana\n\nDana bantuan yang salah transfer agar dikembalikan ke rekening penampung Bank NTT {~ntt}. Konfirmasi ke 0380 846334 atau kelurahan.solor@gmail.com.",
    ),
    (
        "waste",
        "On {~dmy}, {full:a} <{mail:a}> wrote:\n> I live at {addr:a}, Kupang. The garbage truck has not come for three weeks.\n\nDear {first:a}, we have forwarded this to DLHK. Regards, Kupang City Complaint Unit",
    ),
    (
        "health",
        "Yth. Ibu {full:fa},\nSesuai laporan Ibu, petugas kami Ibu {full:fb} akan datang ke rumah Ibu di {addr:fa} pada {~dmy}. Bila berhalangan hubungi beliau di {hp:fb}.\n\nSalam,\nUPT Puskesmas Alak",
    ),
    (
        "waste",
        "Subject: Undangan Rapat Koordinasi\n\nKepada Yth. Para Lurah se-Kecamatan Oebobo\nRapat penanganan sampah {~dmy} jam {~jam} di Aula Kantor Camat Oebobo, Jl. Fetor Funay. Nomor: {~surat}.",
    ),
    (
        "market",
        "Subject: Refund retribusi\n\nMohon pengembalian kelebihan bayar {~rp} ke rekening Mandiri {mandiri:a} atas nama {full:a}. Bukti bayar terlampir (IMG_2026@kupang.jpg).\n{full:a}",
    ),
    (
        "civil_registry",
        "From: {full:ma} <{mail:ma}>\nSubject: Perbaikan KK\n\nNomor KK kami {kk:a}. NIK istri di KK tercatat {nik:fb}, padahal di KTP berbeda. Mohon dibetulkan.\n\nSalam,\n{full:ma}",
    ),
    (
        "disaster",
        "Subject: Re: Re: Banjir Oesapa\n\nTerima kasih Bapak Lurah. Saluran di RT {?07|05|03} sampai RT {?12|14|16} sudah dibersihkan warga. Mohon alat berat untuk kali besar. Salam, Forum Warga Peduli Oesapa",
    ),
    (
        "general",
        "Subject: Akses portal\n\nTim IT: tautan https://warga:rahasia@portal.kupangkota.go.id/ tidak bisa dibuka; repo git@github.com:pemkot-kupang/portal.git juga error. {?Contoh|Format contoh|Isian} user@example.com ditolak {?form|sistem|portal}.",
    ),
    (
        "transport",
        'From: "{FULL:a}" <{mail:a}>\nSubject: KOMPLAIN SIM KELILING\n\nSAYA SUDAH BAYAR {~rp} TAPI SIM TIDAK JADI. NO HP {hp:a}. NIK {nik:a}.',
    ),
    (
        "permit",
        "Subject: Izin bangun kios\n\nSaya, pemilik kios sembako di rumah sendiri {addr:a}, mohon info izin. NPWP pribadi saya {npwp:a}.\n\n{full:a}",
    ),
]

CALL = [
    (
        "water",
        "CATATAN CALL CENTER 1708 - {~dmy} {~jam}\nPenelepon: Bpk. {full:ma}\nNo. Telp: {hp:a}\nKeluhan: Air PDAM keruh di {rt:a} Kel. Bakunase.\nTindak lanjut: diteruskan ke PDAM.",
    ),
    (
        "power",
        "Petugas: Selamat pagi, Unit Pengaduan Kota Kupang, dengan {first:fa}, ada yang bisa dibantu?\nPenelepon: Pagi bu, saya mau lapor lampu jalan mati.\nPetugas: Atas nama?\nPenelepon: {full:b}.\nPetugas: Nomor yang bisa dihubungi?\nPenelepon: {hp:b}.",
    ),
    (
        "disaster",
        "Log shift malam {~dmy}\n{~jam} - laporan kebakaran rumput di Oebelo, diteruskan ke Damkar 113.\n{~jam} - laporan pohon tumbang Jl. Piet A. Tallo, BPBD meluncur.\n{~jam} - penelepon iseng 3x.\nTotal 14 panggilan.",
    ),
    (
        "civil_registry",
        "Petugas: NIK Bapak?\nPelapor: {nikx:a}.\nPetugas: Maaf, bisa diulang pelan-pelan?\nPelapor: {nikb:ma}.\nPetugas: Atas nama?\nPelapor: {full:ma}.",
    ),
    (
        "scam",
        "Penelepon melaporkan menerima telepon dari {~hp} yang mengaku petugas PLN dan meminta kode OTP. Penelepon tidak memberikan kode. Disarankan lapor ke Polresta Kupang Kota. Tidak ada data penelepon dicatat.",
    ),
    (
        "health",
        "Petugas: BPJS Kesehatan, nomor kartunya?\nPenelepon: {bpjs:a}.\nPetugas: Atas nama?\nPenelepon: {full:fa}, ibu saya.\nPetugas: Baik, status kartu nonaktif sejak {~dmy} karena tunggakan {~rp}.",
    ),
    (
        "social_aid",
        "HOTLINE DINSOS {~dmy}\nPelapor {full:a} ({hp:a}) melapor tetangga lansia {full:b} tinggal sendiri di {addr:b}, tidak makan 2 hari. Petugas TKSK dikirim.",
    ),
    (
        "school",
        "Catatan: Penelepon anonim mengeluhkan pungutan di SMKN 4 Kupang untuk praktek {~rp}. Minta tidak dicatat namanya. Diteruskan ke Dinas Pendidikan Provinsi, surat {~surat}.",
    ),
    (
        "social_aid",
        "Petugas: Nomor rekening?\nNasabah: {bri:a}.\nPetugas: Atas nama siapa?\nNasabah: {full:a}.\nPetugas: Baik, dana BLT akan kami cek ke BRI unit Oebobo.",
    ),
    (
        "transport",
        "Penelepon: Pak, ada mobil tabrak pagar rumah saya terus lari. Plat {plate:a}, Avanza putih.\nPetugas: Alamat rumah Bapak?\nPenelepon: {addr:mb}, dekat Gereja Kalvari.\nPetugas: Nama Bapak?\nPenelepon: {full:mb}.",
    ),
    (
        "water",
        "Petugas: Boleh nomor sambungannya?\nPenelepon: {~nosamb}.\nPetugas: Tunggakan Rp 0, jadi pemutusan itu salah. Kami kirim teknisi besok.\nPenelepon: Terima kasih.",
    ),
    (
        "civil_registry",
        "Penelepon: Saya mau tanya KK saya sudah jadi belum. Nomornya {kk:a}.\nPetugas: Atas nama?\nPenelepon: Kepala keluarga {FULL:ma}.\nPetugas: Sudah tercetak, ambil di kelurahan.",
    ),
    (
        "tax",
        "Petugas: NPWP bapak?\nPenelepon: Yang baru katanya sama dengan NIK, {npwpn:a}.\nPetugas: Baik, untuk restitusi silakan ke KPP Pratama Kupang.\nPenelepon: Nama saya {full:ma} kalau perlu dicatat.",
    ),
    (
        "general",
        "Rekap panggilan 1708 minggu ini: Telepon (0380) 803497: 3 laporan; SMS 1708: 41 laporan; WA {~hp}: 27 laporan. Terbanyak soal air (18) dan sampah (11).",
    ),
    (
        "school",
        "Penelepon {full:fa} minta jawaban dikirim lewat email karena jauh di Fatukoa: {mail:fa}. Topik: beasiswa anaknya, {kid:fa}, kelas XI SMAN 7.",
    ),
    (
        "scam",
        "Pelapor {full:a}, HP {hp:a}: mengaku ditipu arisan online oleh {full:fb}, nomor {hp:fb}, kerugian {~rp}. Disarankan lapor SPKT Polresta.",
    ),
    (
        "scam",
        "Petugas: Nomor kami (0380) 861 979 dan WA {~hp}, bukan nomor yang Bapak sebut. Yang minta transfer itu penipu.\nPenelepon: Oh begitu, terima kasih.",
    ),
    (
        "animals",
        "Petugas jaga: {full:mz}\nPelapor: Ibu {full:fa}, {rt:fa} Kel. Sikumana\nMasalah: Anjing tetangga gigit anak, {kid:fa} (6 th)\nNo. kontak: {hp:fa}",
    ),
    (
        "transport",
        "Penelepon: Mau tanya jam buka Samsat Kupang.\nPetugas: Senin sampai Jumat 08.00-14.00, Sabtu 08.00-{?11.00|12.00|11.30}. Untuk e-Samsat bisa di aplikasi.\nPenelepon: Oke, makasih.",
    ),
    (
        "transport",
        "Call 1708 {~jam}: Penelepon Sdr. {full:a} melapor motor {plate:b} milik tetangganya {full:b} dipakai anak SMP kebut-kebutan tiap malam di Jl. Adisucipto.",
    ),
    (
        "utilities",
        "Pelapor: Oma {first:fb} ({tel:fb})\nKeluhan: Telepon rumah sonde bisa dipakai, kabel putus ditabrak truk.\nTelp kantor Telkom 147 sibuk terus.",
    ),
    (
        "tax",
        "Penelepon menanyakan kenapa tagihan PBB naik. NOP {~nop}. Dijelaskan kenaikan NJOP 2026. Disarankan ajukan keberatan ke Bapenda.",
    ),
    (
        "road",
        "Penelepon: Nomor saya {hp:a} pak, kalau sudah ada info tolong SMS.\nPetugas: Nama?\nPenelepon: {first:a} saja pak, dari Oepura.",
    ),
    (
        "general",
        "Shift pagi {~dmy}: 9 panggilan, 2 salah sambung, 1 laporan listrik padam Oebufu (diteruskan PLN 123), sisanya tanya jadwal pengambilan KTP. Tidak ada data pribadi dicatat.",
    ),
]

SOCIAL = [
    (
        "water",
        "KUPANG BERSUARA\nAir mati lagi di Oebufu 😡 sdh 4 hari. PDAM kerja apa?\n\nKomentar:\n{lfull:a}: sama di {lrt:a} juga pak\nkupang_bersuara: sabar ew\n{full:b}: lapor di 1708 saja",
    ),
    (
        "health",
        "Postingan Dinas Kesehatan Kota Kupang:\nVaksinasi HPV gratis untuk siswi kelas 5 dan 6 SD di puskesmas terdekat. Info: WA {~hp} (jam kerja). #KupangSehat",
    ),
    (
        "missing",
        "Tolong viralkan!! Anak kami {FULL:a} hilang sejak {~dmy}, terakhir terlihat di Terminal Oebobo pakai baju merah. Yg lihat tolong hubungi mamanya {hp:b} atau bapanya {hp:c}",
    ),
    (
        "road",
        "Jalan di Kelinci Oebufu {?ancur total 😭|rusak parah 😡|su kaya kali kering 😭} ini kota atau kampung? @pemkotkupang @dinaspupr_kupang tolong dong. Foto: IMG_20261002_081533.jpg",
    ),
    (
        "disaster",
        "Komentar {lfull:fa}: rumah sa di {laddr:fa} su 2 kali kebanjiran, got sonde pernah dibersihkan\nKomentar kupangviral: tag lurahnya",
    ),
    (
        "scam",
        "AWAS PENIPUAN ‼️ Nomor {~hp} dan {~hp} mengaku dari Bapenda minta bayar pajak kendaraan lewat transfer. Bapenda tidak pernah minta transfer ke rekening pribadi. Share!",
    ),
    (
        "market",
        "Lapak Kupang\n{full:a}: Jual kambing 3 ekor, Rp 2,5 juta/ekor, bisa lihat langsung di rumah {addr:a} Kel. Naimata. WA {hp:a}\n\nKomentar:\n{full:b}: masih ada ko?",
    ),
    (
        "tax",
        "Info dari akun resmi Bapenda Kota Kupang: Batas bayar PBB-P2 tahun 2026 tanggal 30 September. Bayar di Bank NTT atau aplikasi. Pertanyaan: WA {~hp}.",
    ),
    (
        "transport",
        "Motor ini ({plate:a}) sering parkir di trotoar depan apotek Jl. El Tari. Pemiliknya kasar sekali waktu ditegur. #KupangTertib",
    ),
    (
        "school",
        "Postingan: Sekolah minta uang pagar {~rp}? Serius?\n\n{full:fa}: anak sa di SDN Bakunase 1 juga diminta\n{full:mb}: tanya ke ibu kepsek {full:fc} saja\nHumas Pemkot Kupang: Kami teruskan ke Dinas Pendidikan.",
    ),
    (
        "health",
        "RSUD S.K. Lerik kini buka poli sore Senin-Kamis 14.00-18.00. Pendaftaran online WA {~hp}. UGD 24 JAM: (0380) 856701.",
    ),
    (
        "lost_item",
        "DICARI: Dompet hilang di bemo jurusan Oesapa, isi KTP dan KIS a.n. {FULL:a}. No. KIS {bpjs:a}. Yang temukan tolong inbox atau telpon {hp:a}. Ada imbalan",
    ),
    (
        "waste",
        "Sampah di mana-mana 🥲 Tahun lalu Adipura, sekarang? Warga RT {?21|17|08} Oebobo sudah angkat sampah sendiri pakai pickup. #KupangBersih",
    ),
    (
        "health",
        "Mohon bantuan doa dan dana untuk adik kami {full:a} yang dirawat di RSUD W.Z. Johannes (gagal ginjal). Donasi ke BRI {bri:b} a.n. {full:mb} (kakak). Tuhan berkati 🙏",
    ),
    (
        "tax",
        "Warga keluhkan struk Warung Makan Sederhana Jl. Jambu No. 86 dengan NPWP {~npwpo}: pajak restoran 10% ditarik tapi NPWPD tidak terdaftar di Bapenda.",
    ),
    (
        "school",
        "Untuk warga yang mau laporan soal beasiswa kirim saja ke saya, {mail:fa}, nanti saya bantu teruskan. - {full:fa} (relawan)",
    ),
    (
        "transport",
        "Rambu lalu lintas di perempatan Bundaran Tirosa roboh kena angin, sudah {?seminggu|dua minggu|5 hari}. @dishub.kotakupang mohon diganti 🙏",
    ),
    (
        "road",
        "Live IG Wali Kota - pertanyaan warga:\n1. {lfull:a} (Oesapa): kapan jalan ke rumah sa di {laddr:a} diaspal?\n2. kupang_muda: jadwal CPNS?\n3. {lfull:b}: air PDAM kapan normal?",
    ),
    (
        "general",
        "PENGUMUMAN: Pendaftaran Festival Kuliner Kota Kupang dibuka. Daftar via WA {~hp} (panitia). Biaya stand {~rp}. Lokasi Taman Nostalgia.",
    ),
    (
        "civil_registry",
        "Pak Lurah {full:ma} ini kerja atau tidak? Surat domisili saja 2 minggu tidak jadi. Saya sdh bawa semua syarat. -{full:b}",
    ),
    (
        "social_aid",
        "Kasih Ibu Kupang bagi-bagi sembako untuk lansia di Kelurahan {?Fatukoa|Belo|Naioni}. Terima kasih donatur 🙏 #KasihIbu",
    ),
    (
        "transport",
        "Ini mobil plat merah {plate:a} dipakai ke pantai Lasiana hari Minggu. Pajak rakyat 😤 #KupangBersuara\n\n{lfull:b}: yg bawa itu pak {lfirst:mc} dari kantor camat",
    ),
    (
        "civil_registry",
        "Grup Info Kota Kupang: Siapa yang tau kenapa antrian di kantor Dukcapil panjang sekali hari ini? Nomor antrian saya {~tiket}, sudah jam {~jam} belum dipanggil.",
    ),
    (
        "animals",
        "Tolong dinas peternakan, babi tetangga di {addr:a} dilepas terus, masuk kebun kami. Sudah tegur Om {first:mb} berkali-kali. Kami warga {rt:x} capek.",
    ),
]

LETTER = [
    (
        "permit",
        "Kepada Yth.\nBapak Lurah Oebufu\ndi Tempat\n\nDengan hormat,\nYang bertanda tangan di bawah ini:\nNama : {full:a}\nNIK : {nik:a}\nAlamat : {addr:a}, Kel. Oebufu\nmengajukan keberatan atas pembangunan tower di samping rumah kami.\n\nHormat saya,\n{full:a}",
    ),
    (
        "general",
        "LEMBAR DISPOSISI\nNo. Agenda: {~surat}\nTgl terima: {~dmy}\nDari: Ombudsman RI Perwakilan NTT\nPerihal: Permintaan klarifikasi laporan {~tiket}\nDiteruskan kepada: Kabag Organisasi\nIsi disposisi: Segera tindak lanjuti dan laporkan.",
    ),
    (
        "land",
        "BERITA ACARA MEDIASI\nPada hari ini {~dmy} di Kantor Kelurahan Liliba telah dilaksanakan mediasi antara:\nPihak I : {FULL:a}, {addr:a}\nPihak II : {FULL:b}, {addr:b}\nmengenai batas tanah. Disaksikan oleh Ketua RT 09 {full:c}.\nMediator: {full:d}",
    ),
    (
        "water",
        "SURAT EDARAN\nNomor: {~surat}\nKepada seluruh Lurah se-Kota Kupang agar memfasilitasi pengaduan warga terkait air bersih melalui kanal SP4N-LAPOR! dan SMS 1708 (format KOTKUPANG spasi keluhan).\nKupang, {~dmy}\nSEKRETARIS DAERAH",
    ),
    (
        "civil_registry",
        "Notulen klarifikasi Ombudsman RI Perwakilan NTT\nHadir: 1. {full:a} (pelapor) 2. {full:b} (Kasi Pelayanan Dukcapil) 3. {full:c} (asisten Ombudsman)\nPelapor menyampaikan KTP-el dengan NIK {nik:a} belum dicetak sejak {~dmy}.",
    ),
    (
        "school",
        "KOP: YAYASAN PENDIDIKAN KRISTEN KUPANG\nJl. Frans Seda No. 12 Kupang Telp. (0380) 831 274\n\nNomor: {~surat}\nPerihal: Klarifikasi pungutan\nDengan ini kami sampaikan bahwa uang komite {~rp} telah disepakati rapat orang tua.",
    ),
    (
        "tax",
        "Perihal: Koreksi data pajak\nSaya, {full:fa}, perawat RSUD Kota Kupang, NPWP {npwp:a}, bertempat tinggal di {addr:fa}, memohon koreksi data pajak karena tercatat dua kali.",
    ),
    (
        "road",
        "Kepada Yth. Kepala Dinas PUPR Kota Kupang\nKami warga RT 01 sampai RT 29 Kelurahan Kolhua menyampaikan keluhan jalan rusak sepanjang {?2|3|1,5} km. Mohon perbaikan tahun anggaran 2027.\nHormat kami,\nForum Warga Kolhua",
    ),
    (
        "social_aid",
        "MAJELIS JEMAAT GMIT EBENHAEZER OEBA\nNomor: {~surat}\nPerihal: Rekomendasi bantuan\nMenerangkan bahwa {FULL:a}, jemaat kami, tinggal di {ADDR:a}, termasuk keluarga tidak mampu.\nKetua Majelis,\nPdt. {full:b}, S.Th.",
    ),
    (
        "health",
        "Surat Keterangan\nYang bertanda tangan di bawah ini Lurah Naikoten I menerangkan:\nNama: {full:a}\nNo. Kartu JKN-KIS: {bpjs:a}\nbenar warga kami dan layak diusulkan sebagai peserta PBI.\nKupang, {~dmy}\nLurah Naikoten I\n{full:b}",
    ),
    (
        "general",
        "NOTA DINAS\nKepada: Kepala Bagian Umum\nDari: Kepala Bagian Organisasi\nPerihal: Rekap pengaduan triwulan III\nJumlah pengaduan {?312|298|341}, selesai {?287|270|301}, proses {?25|28|40}. Kanal terbanyak SMS 1708.",
    ),
    (
        "transport",
        "BERITA ACARA PENAHANAN KENDARAAN\nKendaraan: Honda Beat {plate:a}\nPemilik: {full:a}\nAlamat: {addr:a}\nAlasan: Tidak membawa STNK. Dapat diambil di Kantor Dishub setelah membayar denda {~rp}.",
    ),
    (
        "health",
        "Disposisi Wali Kota: Kadis Kesehatan agar cek laporan pungutan persalinan di Puskesmas Oebobo dan Pustu Fatululi. Laporkan dalam {?3|5|7} hari. Paraf.",
    ),
    (
        "civil_registry",
        "Perihal: Permohonan pemisahan KK\nSaya {full:a} dengan No. KK {kk:a} memohon pemisahan KK untuk anak saya {child:a} yang sudah menikah.\nDemikian.\nPemohon,\n{full:a}",
    ),
    (
        "land",
        "SURAT PERNYATAAN\nSaya {full:fa} menyatakan bersedia menerima dana ganti rugi pelebaran jalan melalui rekening pribadi saya Bank NTT {ntt:a} atas nama {full:fa}.\nKupang, {~dmy}",
    ),
    (
        "water",
        "BERITA ACARA SERAH TERIMA\nBarang: 1 unit mobil tangki air, No. rangka MHKV1BA2J8K0{~jam}\nDari: Dinas Perkim\nKepada: UPT Air Bersih\nTanggal {~dmy}",
    ),
    (
        "noise",
        "Demikian pengaduan ini saya buat. Untuk konfirmasi dapat menghubungi saya di {hp:a} atau telp rumah {tel:a}.\n\nKupang, {~dmy}\nHormat saya,\n\n{full:a}",
    ),
    (
        "waste",
        "PENGUMUMAN RT 02 / RW 30 KELURAHAN MANULAI II\nIuran sampah dan keamanan bulan Oktober {~rp} per KK. Pembayaran ke bendahara di pos ronda.",
    ),
    (
        "noise",
        "Disposisi Lurah: Kepada Kasi Trantib {full:a}, tolong turun cek laporan warga {full:b} ({hp:b}) soal tempat karaoke di samping rumahnya {addr:b}.",
    ),
    (
        "general",
        "Undangan Rapat\nNomor: {~surat}\nHari/Tanggal: {~dmy}\nTempat: Aula Kantor Kelurahan Oebobo, Jl. Sukun No. 12\nAcara: Sosialisasi Perda Ketertiban Umum",
    ),
    (
        "civil_registry",
        "Balasan surat ini mohon dikirim ke alamat email saya {mail:a} atau ke alamat rumah {addr:a}.\nPemohon, {full:a}",
    ),
    (
        "school",
        "NOTULEN RAPAT KOMITE SMPN 5 KUPANG\nHadir: Kepala Sekolah {full:a}, Ketua Komite {full:b}, 34 orang tua.\nKeputusan: sumbangan sukarela, tidak wajib. Orang tua yang keberatan menghubungi wali kelas.",
    ),
    (
        "permit",
        "Nomor: 5371-LU-04112026-6640\nSurat keterangan domisili usaha diberikan kepada CV Karya Lontar, NPWP {~npwpo}, beralamat di Jl. Soeharto No. 17, untuk keperluan tender.",
    ),
    (
        "death",
        "SURAT KUASA\nSaya {full:fa} memberi kuasa kepada anak saya {child:fa}, NIK {nik:b}, untuk mengurus akta kematian suami saya almarhum {full:mc}.",
    ),
]

OCR = [
    (
        "civil_registry",
        "PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNIK : {nikb:a}\nNama : {FULL:a}\nTempat/Tgl Lahir : KUPANG, {~dmy}\nJenis Kelamin : {?LAKI-LAKI|PEREMPUAN} Gol. Darah : O\nAlamat : {ADDR:a}\n{ktprt:a}\nKel/Desa : OEBUFU\nAgama : KRISTEN",
    ),
    (
        "civil_registry",
        "KARTU KELUARGA\nNo. {kk:a}\nNama Kepala Keluarga : {FULL:ma}\nAlamat : {ADDR:a}\nNo Nama Lengkap NIK Hubungan\n1 {FULL:ma} {nikb:ma} KEPALA KELUARGA\n2 {FULL:fb} {nikb:fb} ISTRI\n3 {CHILD:ma} {nikb:c} ANAK",
    ),
    (
        "water",
        "STRUK PEMBAYARAN\nPDAM KOTA KUPANG\nNo. Sambungan : {~nosamb}\nPeriode : OKT 2026\nPemakaian : 12 m3\nTagihan : {~rp}\nKode Bayar : {~billing}\nTerima kasih",
    ),
    (
        "health",
        "KARTU INDONESIA SEHAT\nNo. Kartu : {bpjs:a}\nNama : {FULL:a}\nTgl Lahir : {~dmy}\nFaskes Tk. I : PUSKESMAS OEBOBO",
    ),
    (
        "market",
        "TOKO SINAR ABADI\nJl. Soeharto No. 45 Kupang\nNPWP : {~npwpo}\nNo. Nota {~tiket}\nSemen 10 sak {~rp}\nTotal {~rp}\nTELP/WA {~hp}",
    ),
    (
        "social_aid",
        "BUKU TABUNGAN BRI\nNo. Rekening : {bri:a}\nNAMA : {FULL:a}\nAlamat : {ADDR:a}\nUnit : KUPANG OEBOBO",
    ),
    (
        "tax",
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nNPWP : {npwp:a}\n{FULL:a}\nNIK : {nikb:a}\n{ADDR:a} KUPANG",
    ),
    (
        "disaster",
        "SURAT KETERANGAN\nNomor : {~surat}\nKANTOR KELURAHAN NAMOSAIN\nJl. Amabi No. 30 Kupang\nMenerangkan bahwa jalan lingkungan di RT 05 sampai RT 09 rusak akibat banjir tgl {~dmy}.",
    ),
    (
        "transport",
        "SURAT TANDA NOMOR KENDARAAN BERMOTOR\nNomor Registrasi : {plate:a}\nNama Pemilik : {FULL:a}\nAlamat : {ADDR:a}\nMerk/Type : HONDA/NF125\nNo. Rangka : MH1JFZ1{~nisn}",
    ),
    (
        "civil_registry",
        "NlK : {nikx:a}\nN a m a : {FULL:a}Tempat/Tgl Lahir : SOE, {~dmy}\nAlamat : {ADDR:a}\nAgama : KRISTEN",
    ),
    (
        "market",
        "BUKTI SETOR RETRIBUSI\nPASAR OEBOBO\nLos/Kios : B-17\nJumlah : {~rp}\nTgl : {~dmy}\nPetugas : (paraf)\nNo. Karcis : {~tiket}",
    ),
    (
        "civil_registry",
        "FORMULIR PERMOHONAN PINDAH\nNama Pemohon : {FULL:a}\nNIK : {nik:a}\nNo. KK : {kk:a}\nAlamat Asal : {ADDR:a}\nNo. HP : {hp:a}\nAlasan Pindah : PEKERJAAN",
    ),
    (
        "general",
        "KWITANSI\nSudah terima dari: CV Flobamora Jaya\nUang sejumlah: {~rp}\nUntuk pembayaran: sewa tenda acara kelurahan\nNPWP CV : {~npwpo}",
    ),
    (
        "civil_registry",
        "NIK : {nikb:a}\nNama : {FULL:a}\nTempat/Tgl Lahir : {?ENDE|WAINGAPU|BAA|KALABAHI}, {~dmy}\nAgama : {?HINDU|KATOLIK|ISLAM}\nPekerjaan : WIRASWASTA",
    ),
    (
        "social_aid",
        "Kupang, {~dmy}\nKepada Yth. Kadis Sosial\nPerihal : Bantuan rumah\nSaya yg bertanda tangan dibawah ini:\nNama : {FULL:a}\nNIK : {nik:a}\nTinggal di : {ADDR:a}\nNo. Telp : {hp:a}\n(tanda tangan)\n{FULL:a}",
    ),
    (
        "transport",
        "e-Tilang\nNo. Register : {~tiket}\nPasal : 288 ayat 1\nDenda : {~rp}\nKode BRIVA : {~va}\nBayar paling lambat {~dmy}",
    ),
    (
        "health",
        "Tgl.SEP : {~dmy}No.Kartu : {bpjs:a}\nNama Peserta : {FULL:a}\nPoli Tujuan : PENYAKIT DALAM\nFaskes Perujuk : PUSKESMAS SIKUMANA",
    ),
    (
        "power",
        "STRUK PEMBELIAN TOKEN\nIDPEL : {~idpel}\nNAMA : PT TIRTA KUPANG\nTARIF/DAYA : B1/2200VA\nRP BAYAR : {~rp}\nSTROOM/TOKEN : {~token}",
    ),
    (
        "death",
        "SURAT KETERANGAN KEMATIAN\nNama : {FULL:a}\nNIK : {nik:a}\nAlamat : {ADDR:a}\nTelah meninggal dunia pada {~dmy} di RSUD Prof. Dr. W. Z. Johannes.\nPelapor : {FULL:b} (anak)",
    ),
    (
        "social_aid",
        "BANK NTT\nTABUNGAN FLOBAMORA\nNo. Rek : {ntt:a}\nNama : {FULL:fa}\nCabang : KUPANG",
    ),
    (
        "general",
        "DAFTAR HADIR RAPAT\n(hasil scan tidak terbaca)\n... ttd ... ttd ...\nJumlah hadir: 27 orang\nTempat: Aula Kantor Camat Maulafa\nTgl: {~dmy}",
    ),
    (
        "civil_registry",
        "No Nama NIK No. KK RT/RW\n1 {FULL:a} {nikb:a} {kk:k} {rtpair:r}\n2 {FULL:b} {nikb:b} {kk:k} {rtpair:r}",
    ),
    (
        "transport",
        "KARCIS PARKIR\nNo. Polisi : {plate:a}\nMasuk : {~jam}\nTarif : {~rp}\nLokasi : RSUD W.Z. Johannes",
    ),
    (
        "permit",
        "SURAT IJIN USAHA\nNama Usaha : Kios Mama Ester\nAlamat Usaha : JL. NURI NO. 131\nNPWPD : {~idpel}\nBerlaku s/d {~dmy}",
    ),
]

REGISTER = [
    (
        "civil_registry",
        "Daftar pemohon KTP-el Kel. Oebufu\nNo,Nama Pemohon,NIK,RT/RW,No HP\n1,{FULL:a},{nikb:a},{rtpair:a},{hpp:a}\n2,{FULL:b},{nikb:b},{rtpair:b},{hpp:b}\n3,{FULL:c},{nikb:c},{rtpair:c},{hpp:c}",
    ),
    (
        "general",
        "Instansi;Alamat;Telepon\nDinas PUPR;Jl. Timor Raya Km. 5;(0380) 833 411\nDisdukcapil;Jl. S.K. Lerik;(0380) 827 011\nPDAM;Jl. Jend. Soeharto;(0380) 833 029\n{?BPBD;Jl. Perintis Kemerdekaan;112|Damkar;Jl. Cak Doko;113|Polresta;Jl. Adisucipto;110}",
    ),
    (
        "health",
        "Daftar lansia kunjungan rumah Puskesmas Oepoi\n| No | Nama | Umur | Keluhan |\n| 1 | {FULL:a} | {age} | hipertensi |\n| 2 | {FULL:b} | {age} | diabetes |\n| 3 | {FULL:c} | {age} | katarak |",
    ),
    (
        "general",
        "REKAP PENGADUAN OKTOBER\nKanal;Jumlah;Selesai\nSMS 1708;{?41;38|52;47|39;35}\nLAPOR!;27;20\nTelepon (0380) 803497;12;12\nDatang langsung;5;5",
    ),
    (
        "security",
        "PENGUMUMAN RT 14 RW 05\nJadwal ronda malam:\nSenin: {full:ma}, {full:mb}\nRabu: {full:mc}, {full:md}\nJumat: {full:me}, {full:mf}\nKetua RT, {full:g}",
    ),
    (
        "church",
        "WARTA JEMAAT GMIT KOINONIA\nIbadah Minggu 07.00 & 17.00. Persembahan syukur minggu lalu {~rp}. Pembangunan pastori: rekening Majelis Jemaat di Bank NTT {~ntt}. Info sekretariat (0380) 821 556.",
    ),
    (
        "scam",
        "Nomor Penipu;Mengaku Sebagai;Jumlah Laporan\n{~hp};Petugas Dukcapil;4\n{~hp};Admin PKH;7\n{~hp};Kurir paket;2",
    ),
    (
        "health",
        "DATA USULAN PBI JK KEL. FATUFETO\nNo | Nama | No. KIS | NIK\n1 | {FULL:a} | {bpjs:a} | {nikb:a}\n2 | {FULL:b} | {bpjs:b} | {nikb:b}",
    ),
    (
        "tax",
        "Nama Usaha,NPWP,Alamat Usaha\nUD Laut Timor,{~npwpo},Jl. Pantai Koepan No. 3\nKoperasi Pedagang Ikan,{~npwpo},Pasar Oeba Blok C\nCV Sasando Mandiri,{~npwpo},Jl. Cak Doko No. 21",
    ),
    (
        "transport",
        "DATA KENDARAAN DINAS KEC. ALAK\nNo;Nopol;Pemegang;Jenis\n1;{plate:a};{FULL:a};Innova\n2;{plate:b};{FULL:b};Beat\n3;{plate:c};{FULL:c};Vario",
    ),
    (
        "health",
        "Daftar honor kader posyandu Oct 2026\nNama\tNo. Rekening\tBank\tHonor\n{FULL:a}\t{bri:a}\tBRI\t{~rp}\n{FULL:b}\t{bni:b}\tBNI\t{~rp}\n{FULL:c}\t{mandiri:c}\tMandiri\t{~rp}",
    ),
    (
        "waste",
        "JADWAL PENGANGKUTAN SAMPAH\nKel. Oebufu: Senin, Kamis\nKel. Kayu Putih: Selasa, Jumat\nKel. Liliba: Rabu, Sabtu\nPengaduan: SMS 1708 atau WA {~hp}",
    ),
    (
        "health",
        "Daftar balita gizi kurang Posyandu Melati\n1. {full:a} (2 th) - ibu {full:fb}\n2. {full:c} (3 th) - ibu {full:fd}\nKader: {full:fe}",
    ),
    (
        "waste",
        "IURAN SAMPAH DAN KEAMANAN RT 42\nBulan;Jumlah KK;Terkumpul\nJuli;63;{~rp}\nAgustus;61;{~rp}\nSeptember;64;{~rp}",
    ),
    (
        "civil_registry",
        "No Nama NIK No. KK RT/RW\n1 {FULL:a} {nikb:a} {kk:k} {rtpair:r}\n2 {FULL:b} {nikb:b} {kk:k} {rtpair:r}\n3 {FULL:c} {nikb:c} {kk:j} {rtpair:s}",
    ),
    (
        "economy",
        "Daftar peserta pelatihan UMKM\nNama;Email;HP\n{full:a};{mail:a};{hpp:a}\n{full:b};{mail:b};{hpp:b}\n{full:c};{mail:c};{hpp:c}",
    ),
    (
        "social_aid",
        "Daftar lansia penerima bantuan RT 09 Kel. Nunbaun Sabu: 23 orang (data lengkap di kantor kelurahan). Pembagian {~dmy} jam {~jam}.",
    ),
    (
        "tax",
        "Daftar guru honor - NPWP (untuk Coretax)\nNama | NPWP | Sekolah\n{FULL:a} | {npwp:a} | SDN Oetete 2\n{FULL:b} | {npwp:b} | SDN Oetete 2",
    ),
    (
        "church",
        "Daftar jemaat sakit untuk dikunjungi Majelis:\n- Oma {full:fa}, {addr:fa}\n- Bapa {full:mb}, {addr:mb}\n- {full:c} (opname RS Siloam)",
    ),
    (
        "general",
        "Tempat,Jenis,Alamat\nPuskesmas Oebobo,Faskes,Jl. Sukun No. 12\nSMPN 5 Kupang,Sekolah,Jl. Thamrin No. 20\n{?Gereja GMIT Paulus,Ibadah,Jl. Thamrin No. 7|Masjid Raya,Ibadah,Jl. Sumba No. 3|Pasar Oebobo,Pasar,Jl. Frans Seda No. 1}",
    ),
    (
        "social_aid",
        "Nama Penerima;NIK;ID DTKS;Tahap\n{FULL:fa};{nikb:fa};{~bpjstk};3\n{FULL:fb};{nikb:fb};{~bpjstk};3",
    ),
    (
        "general",
        "LOMBA KEBERSIHAN ANTAR RT 2026\nJuara 1: RT 19\nJuara 2: RT 03\nJuara 3: RT 25\nHadiah {~rp}, {~rp}, {~rp}",
    ),
    (
        "disaster",
        "Daftar piket posko banjir Kel. Oesapa:\n{full:a} - {hp:a}\n{full:b} - {hp:b}\n{full:c} - {hp:c}",
    ),
    (
        "general",
        "Rekap tiket minggu 42\n{~tiket};air;selesai\n{~tiket};jalan;proses\n{~tiket};sampah;selesai\n{~tiket};PJU;ditolak",
    ),
]

MALAY = [
    (
        "water",
        "[VN 0:42] Selamat siang bapa. Beta {first:fa} dari Oesapa. Beta mau lapor, air sonde jalan su satu minggu ni, beta pung anak-anak sonde mandi. Beta pung nomor {hp:fa}, bapa telpon sa.",
    ),
    (
        "road",
        "Bapa dong, itu jalan ke Oepura su ancur talalu, oto sonde bisa lewat. Su lapor ke kantor lurah ma dong bilang tunggu anggaran. {?Tunggu sampe kapan ko?|Sampe kapan ni?|Kotong tunggu sampe tua ko?}",
    ),
    (
        "civil_registry",
        "Kaka, beta ni {full:a}. Beta pung KTP ilang di bemo. NIK beta {nik:a}. Beta su lapor polisi, ma di Dukcapil dong minta surat kehilangan lai. Bisa bantu ko?",
    ),
    (
        "scam",
        "Mama dong hati-hati e, ada orang telpon pake nomor {~hp}, dia bilang dia dari Dinas Sosial, minta kode yang masuk di hp. Jang kasi e!",
    ),
    (
        "animals",
        "Om {first:mb} di {rt:mb} tu pung babi lepas tiap hari, makan beta pung sayur. Beta su omong baik-baik ma dia sonde mau dengar. Tolong pak RT.",
    ),
    (
        "power",
        "Lampu jalan di depan gereja di Oepura mati su {?dua minggu|satu bulan|tiga minggu}. Malam gelap talalu, anak-anak pulang les takut. Tolong PLN ko Dishub sa yang urus.",
    ),
    (
        "health",
        "Beta pung mama pung kartu BPJS sonde aktif, nomor {bpjs:a}. Dia pung nama {full:fb}. Di rumah sakit dong suru bayar sendiri. Beta sonde ada doi.",
    ),
    (
        "market",
        "Pasar Naikoten tu kotor talalu, got tasumbat, bau. Kotong jual di situ tiap hari. Retribusi tetap ditarik {~rp} tiap hari ma sampah sonde diangkat.",
    ),
    (
        "waste",
        "Ada oto pickup {lplate:a} buang sampah di kali dekat kotong pung rumah tiap malam. Beta su foto. Tolong dinas kebersihan tangkap dong.",
    ),
    (
        "scam",
        "Beta pinjam doi di orang nama {full:mb}, bunga 30 persen sebulan. Sekarang dia ancam mau ambil beta pung motor. Dia pung nomor {hp:mb}. Beta {full:fa}.",
    ),
    (
        "water",
        "Bapa Lurah e, kotong su {?tiga bulan|dua bulan|satu bulan lebe} sonde ada air. Tangki datang cuma satu kali. Warga RT 26 sampe RT 28 semua susah.",
    ),
    (
        "civil_registry",
        "Beta pung anak nama {kid:ma}, lahir bulan lalu, mau masuk KK ma dong bilang KK {kk:a} tu su lama, harus ganti baru. Beta pung nama {full:ma}.",
    ),
    (
        "disaster",
        "Petugas: Ibu pung nama sapa?\nPelapor: {full:fa}, ma orang panggil beta {nick:fa}.\nPetugas: Tinggal di mana?\nPelapor: {addr:fa}, Kelurahan Bakunase.",
    ),
    (
        "transport",
        "Kaka, itu nomor {~hp} tu nomor sapa? Dia bilang bisa urus SIM cepat bayar {~rp}. Beta rasa tu calo.",
    ),
    (
        "civil_registry",
        "Beta pung email {mail:a}, kalo su ada jawaban kirim ke situ sa. Beta pung hp rusak. Beta {lfull:a}.",
    ),
    (
        "social_aid",
        "Doi bantuan su masuk ko belum? Beta pung rekening BRI {bri:a} atas nama beta pung laki, {full:mb}. Beta cek di ATM masih kosong.",
    ),
    (
        "school",
        "Sekolah minta doi seragam {~rp} ma kotong baru bayar uang komite. Kotong orang kecil. Tolong dinas liat dulu e.",
    ),
    ("disaster", "air got meluap masuk rumah, jalan buntu. {lfirst:a} {hpp:a}"),
    (
        "tax",
        "Dong minta NPWP beta untuk bantuan usaha. NPWP 16 digit sa sekarang sama dengan NIK, {npwpn:a}. Betul ko sonde?",
    ),
    (
        "water",
        "Su {?tiga|empat|lima} kali beta telpon (0380) 833 029 sonde angkat. PDAM ni kerja ko sonde?",
    ),
    (
        "disaster",
        "Beta pung rumah di {addr:a}, pas di pinggir kali. Kalo ujan besar, air masuk sampe lutut. Tahun lalu su lapor, sonde ada yang datang. {full:a}",
    ),
    (
        "health",
        "Ini info dari grup: besok pagi ada fogging di RT {?27, RT 26 deng RT 27|11, RT 12 deng RT 14|03 deng RT 04}. Tutup makanan e.",
    ),
    (
        "health",
        "Beta pung maitua {first:fa} melahirkan di puskesmas, bidan {first:fb} minta doi {~rp}. Padahal kotong ada KIS {bpjs:c}. Beta {full:ma}.",
    ),
    (
        "transport",
        "Motor beta {plate:a} ditahan polisi di pos Oebobo, beta pung STNK ada di rumah. Dong bilang bayar di tempat sa {~rp}. Beta {full:a}, nomor {hp:a}.",
    ),
]

TEMPLATES = (
    [("sms_1708", th, tx) for th, tx in SMS_1708]
    + [("wa_chat", th, tx) for th, tx in WA_CHAT]
    + [("lapor_web", th, tx) for th, tx in LAPOR]
    + [("email_thread", th, tx) for th, tx in EMAIL]
    + [("call_note", th, tx) for th, tx in CALL]
    + [("social_post", th, tx) for th, tx in SOCIAL]
    + [("letter_minutes", th, tx) for th, tx in LETTER]
    + [("ocr_scan", th, tx) for th, tx in OCR]
    + [("register_notice", th, tx) for th, tx in REGISTER]
    + [("kupang_malay", th, tx) for th, tx in MALAY]
)


# ---------------------------------------------------------------- filling
def mail_local(p: Person) -> str:
    first = re.sub(r"[^a-z]", "", p.first.split()[-1].lower())
    fam = re.sub(r"[^a-z]", "", p.family.lower())
    nn = str(rng.randint(1, 99)) if rng.random() < 0.6 else str(p.born[2])
    return rng.choice(
        [
            f"{first}.{fam}",
            f"{fam}.{first}{nn}",
            f"{first}{fam}{nn}",
            f"{first[0]}{fam}{nn}",
            f"{first}_{fam}",
            f"{first}{nn}",
            f"{fam}_{first}",
            f"{first}.{fam}{nn}",
        ]
    )


HOSTS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
]


def mail(p: Person) -> str:
    return f"{mail_local(p)}@{rng.choice(HOSTS)}"


def mailx(p: Person) -> str:
    loc = mail_local(p)
    host = rng.choice(["gmail", "gmail", "yahoo", "ymail"])
    forms = [
        f"{loc} [at] {host} [dot] com",
        f"{loc} at {host} dot com",
        f"{loc}(at){host}.com",
        f"{loc} @ {host}.com",
        f"{loc} @{host}.com",
        f"{loc}@ {host} .com",
        f"{loc} (keong) {host} (titik) com",
        f"{loc}[@]{host}.com",
        f"{loc}(et){host}.com",
        f"{loc}@{host} titik com",
    ]
    return rng.choice(forms)


def maild(p: Person) -> str:
    first = re.sub(r"[^a-z]", "", p.first.split()[-1].lower())
    fam = re.sub(r"[^a-z]", "", p.family.lower())
    return f"{first}.{fam}@{rng.choice(['kupangkota.go.id', 'kupangkota.go.id', 'nttprov.go.id', 'kemenkeu.go.id', 'undana.ac.id'])}"


def child_full(p: Person) -> str:
    return f"{p.child_given} {p.family}"


NAME_GENS = {
    "full": lambda p: p.full,
    "FULL": lambda p: p.full.upper(),
    "lfull": lambda p: p.full.lower(),
    "first": lambda p: p.first,
    "FIRST": lambda p: p.first.upper(),
    "lfirst": lambda p: p.first.lower(),
    "last": lambda p: p.family,
    "LAST": lambda p: p.family.upper(),
    "llast": lambda p: p.family.lower(),
    "child": child_full,
    "CHILD": lambda p: child_full(p).upper(),
    "lchild": lambda p: child_full(p).lower(),
    "kid": lambda p: p.child_given,
    "KID": lambda p: p.child_given.upper(),
    "lkid": lambda p: p.child_given.lower(),
    "given": lambda p: p.given,
    "GIVEN": lambda p: p.given.upper(),
    "nick": lambda p: rng.choice(
        FIRST_ONLY_F + ["Nyong", "Edo", "Eto", "Ancu", "Oni", "Ucu", "Bai", "Tole"]
    ),
}
PERSON_GENS = {
    "mail": ("email", mail),
    "mailx": ("email", mailx),
    "maild": ("email", maild),
    "nik": ("nik", lambda p: nik_fmt(nik_raw(p))),
    "nikb": ("nik", nik_raw),
    "nikg": ("nik", lambda p: group4(nik_raw(p))),
}
OTHER_GENS = {
    "nikx": (
        "nik",
        lambda: rng.choice(
            [nik_raw(None)[:15], nik_raw(None) + str(rng.randint(0, 9)), ocrize(nik_raw(None))]
        ),
    ),
    "kk": ("kk", kk),
    "kkx": ("kk", lambda: ocrize(kk().replace(" ", ""), 1)),
    "npwp": ("npwp", npwp),
    "npwpo": ("npwp", npwp_old),
    "npwpn": ("npwp", lambda: nik_raw(None)),
    "bpjs": ("bpjs", bpjs),
    "bri": ("bank_account", lambda: bank("bri")),
    "bni": ("bank_account", lambda: bank("bni")),
    "mandiri": ("bank_account", lambda: bank("mandiri")),
    "bca": ("bank_account", lambda: bank("bca")),
    "ntt": ("bank_account", lambda: bank("ntt")),
    "bsi": ("bank_account", lambda: bank("bsi")),
    "plate": ("plate", plate),
    "lplate": ("plate", lambda: plate().lower()),
    "addr": ("address", addr),
    "ADDR": ("address", lambda: addr().upper()),
    "laddr": ("address", lambda: addr().lower()),
    "rt": ("address", rt),
    "lrt": ("address", lambda: rt().lower()),
    "hp": ("phone", lambda: mobile_fmt(mobile_raw())),
    "hpp": ("phone", lambda: mobile_raw()),
    "hpx": ("phone", lambda: ocrize(mobile_raw(), 2)),
    "tel": ("phone", landline),
    "ktprt": ("address", ktprt),
    "rtpair": ("address", rtpair),
}
for _k, _f in GENS_PLAIN.items():
    OTHER_GENS[_k] = ("none", _f)

MARK = re.compile(
    r"\[\[([a-z_]+)\|(.*?)\]\]|\{(~?)([A-Za-z_]+)(?:=([a-z_]+))?(?::([A-Za-z0-9_]+))?\}", re.S
)
ALT = re.compile(r"\{\?([^{}]*)\}")


class Fill:
    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.cache: dict[tuple[str, str], str] = {}
        self.fresh = 0

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(key)
        return self.people[key]

    def value(self, gen: str, key: str | None) -> tuple[str, str]:
        if key is None:
            self.fresh += 1
            key = f"_{self.fresh}"
        if gen in NAME_GENS:
            kind = "name"
            ck = (gen, key)
            if ck not in self.cache:
                self.cache[ck] = NAME_GENS[gen](self.person(key))
            return kind, self.cache[ck]
        if gen in PERSON_GENS:
            kind, f = PERSON_GENS[gen]
            ck = (gen, key)
            if ck not in self.cache:
                self.cache[ck] = f(self.person(key))
            return kind, self.cache[ck]
        if gen in OTHER_GENS:
            kind, f = OTHER_GENS[gen]
            ck = (gen, key)
            if ck not in self.cache:
                self.cache[ck] = f()
            return kind, self.cache[ck]
        raise KeyError(f"unknown generator {gen}")


def render(template: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    fill = Fill()
    tmpl = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    out: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(tmpl):
        out.append(tmpl[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        if m.group(1):
            kind, val, labelled = m.group(1), m.group(2), True
        else:
            unl, gen, other, key = m.group(3), m.group(4), m.group(5), m.group(6)
            kind, val = fill.value(gen, key)
            if other:
                kind = other
            labelled = not unl and kind != "none"
        out.append(val)
        if labelled:
            spans.append((length, length + len(val), kind, val))
        length += len(val)
    out.append(tmpl[pos:])
    return "".join(out), spans


WORD = re.compile(r"[A-Za-z]{3,}")


def problems(text: str, spans: list[tuple[int, int, str, str]]) -> list[str]:
    bad: list[str] = []
    if "[[" in text or "]]" in text or "{" in text or "}" in text:
        bad.append("marker left")
    ordered = sorted(spans)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b[0] < a[1]:
            bad.append(f"overlap {a} {b}")
    for start, end, kind, val in spans:
        if kind not in KINDS:
            bad.append(f"kind {kind}")
        if not (0 <= start < end <= len(text)) or text[start:end] != val:
            bad.append(f"offset {val!r}")
            continue
        first_ok = val[0].isalnum() or (kind == "phone" and val[0] in "+(")
        if not first_ok or not val[-1].isalnum():
            bad.append(f"edge {kind} {val!r}")
        if kind == "name":
            w0 = val.split()[0].lower()
            if w0 in TITLES or w0.rstrip(".") in TITLES:
                bad.append(f"title {val!r}")
            if "@" in val or any(c.isdigit() for c in val):
                bad.append(f"digit in name {val!r}")

    def covered(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b, _, _ in spans)

    for start, end, kind, val in spans:
        if kind == "name":
            words = {val} | set(WORD.findall(val))
            for w in words:
                for m in re.finditer(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", text, re.I):
                    if not covered(m.start(), m.end()):
                        bad.append(f"uncovered name word {w!r}")
        elif kind not in {"address", "email"}:
            for m in re.finditer(re.escape(val), text):
                if not covered(m.start(), m.end()):
                    bad.append(f"uncovered number {val!r}")
            dv = re.sub(r"\D", "", val)
            if len(dv) >= 6:
                for m in re.finditer(dv, text):
                    if not covered(m.start(), m.end()):
                        bad.append(f"uncovered digits {dv!r}")
    return bad


def main() -> None:
    records = []
    seen: set[str] = set()
    failures = 0
    for style, theme, template in TEMPLATES:
        for _ in range(FILLS):
            for _attempt in range(300):
                text, spans = render(template)
                if text in seen:
                    continue
                if problems(text, spans):
                    failures += 1
                    continue
                break
            else:
                raise SystemExit(
                    f"cannot fill {style}/{theme}: {template[:80]!r} -> {problems(text, spans)}"
                )
            seen.add(text)
            records.append((style, theme, text, sorted(spans)))
    rng.shuffle(records)
    lines = []
    for i, (style, theme, text, spans) in enumerate(records, start=1):
        rec = {
            "id": f"{PREFIX}-{i:04d}",
            "text": text,
            "spans": [{"kind": k, "start": s, "end": e} for s, e, k, _ in spans],
            "style": style,
            "theme": theme,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    kinds = Counter(k for *_, spans in records for _, _, k, _ in spans)
    styles = Counter(r[0] for r in records)
    empty = Counter(r[0] for r in records if not r[3])
    sp = Counter()
    for r in records:
        sp[r[0]] += len(r[3])
    print(
        f"templates: {len(TEMPLATES)}  texts: {len(records)}  spans: {sum(kinds.values())}  without spans: {sum(empty.values())}  redraws: {failures}"
    )
    print("style               texts  without  spans")
    for s in sorted(styles):
        print(f"{s:18} {styles[s]:6} {empty[s]:8} {sp[s]:6}")
    print("kind            spans")
    for k, n in kinds.most_common():
        print(f"{k:14} {n:6}")
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    sys.exit(main())
