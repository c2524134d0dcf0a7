# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, SIM905
"""Write tests/data/redaction_dev66.jsonl: whose phone number it is, in complaints reaching Kota Kupang.

Complaint texts as they reach the Kota Kupang complaint unit (SMS 1708 ``KOTKUPANG <keluhan>``,
WhatsApp groups, Facebook posts and comments, posters and flyers, the LAPOR! web form, field
officers' reports, chatbot logs, marketplace chats, e-mails, call transcripts), about city
services (water, electricity, roads, waste, health, schools, the civil registry, social aid,
police, transport, markets, scams). The focus is whose a phone number is: persons' own mobiles
and home lines (labelled ``phone``) beside offices', services', call centres', hotlines',
businesses', letterheads' and scams' numbers (left unlabelled), in every writing.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``,
``{hpd1}``, ``{of1}``, ``{sc1}`` ...) and alternatives (``«one¦other»``, innermost first), each
filled a few times with invented values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev66.py`` (standard library only, deterministic);
``--review`` prints every unlabelled run of digits and ``@`` token with the forty characters
before it; ``--show N SEED`` prints N texts drawn at random with their spans marked; ``--dry``
writes nothing; ``--style S`` builds one style only and writes nothing.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 66_0712_2026
OUT = Path(__file__).with_name("redaction_dev66.jsonl")
PREFIX = "d66"
FILLS = 5

KINDS = {
    "n": "name",
    "p": "phone",
    "e": "email",
    "a": "address",
    "nik": "nik",
    "kk": "kk",
    "npwp": "npwp",
    "bpjs": "bpjs",
    "b": "bank_account",
    "pl": "plate",
}
STYLES = (
    "call_transcript",
    "wa_group",
    "fb_post_comments",
    "poster_flyer",
    "sms_caps",
    "web_form",
    "field_officer_report",
    "chatbot_log",
    "marketplace_chat",
    "email",
)
THEMES = (
    "water",
    "electricity",
    "roads",
    "waste",
    "health",
    "schools",
    "civil_registry",
    "social_aid",
    "police",
    "transport",
    "markets",
    "scams",
    "tax_permit",
)
FLOORS = {
    "texts": 500,
    "per_style": 45,
    "empty_min": 0.28,
    "empty_max": 0.35,
    "lookalikes": 5,
    "phone": 320,
    "unlabelled_phones": 320,
    "name": 150,
    "nik": 30,
    "npwp": 20,
    "email": 20,
}
# words that may stand before a name but never open its span (written for dev66)
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "saudara", "saudari", "ny", "dr", "drs",
    "pdt", "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "ka", "ade",
    "nyong", "mas", "mbak", "bli", "lurah", "camat", "guru", "bidan", "suster", "perawat",
    "kader", "pendamping", "ketua", "sekretaris", "bendahara", "kepala", "petugas", "admin",
    "operator", "pelapor", "penelepon", "pasien", "pemilik", "saksi", "ttd", "salam", "hormat",
    "dari", "nama", "an", "atas", "from", "to", "saya", "sy", "sa", "beta", "kami", "anak",
    "istri", "suami", "tetangga", "alm", "almh", "bripka", "brigpol", "aiptu", "ipda", "serka",
    "dengan", "deng", "dan", "yang", "sopir", "ojek", "kurir", "dokter", "agen", "warga", "rt",
    "rw", "komentar", "balas", "kepada", "yth", "penjual", "pembeli", "penagih", "collector",
    "mantri", "kakak", "adik", "nenek", "kakek", "cs", "driver", "nasabah", "penerima",
}  # fmt: skip
# name words shared by many people (not checked for unlabelled repeats)
SHARED = {"made", "ketut", "wayan", "nyoman", "luh", "ode", "daeng", "umbu", "rambu", "maria", "lay", "ratu", "lie", "tan", "ong", "mei", "siti", "nur", "sri", "dwi", "andi"}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev66)

MALE = "Yeremias Marthen Obed Melkianus Yosep Agustinus Fransiskus Petrus Semuel Yohanis Daniel Frengky Stefanus Ferdinand Jefri Aldo Mikhael Yakobus Gerson Elias Benyamin Lukas Kornelis Rikardus Isak Adrianus Hendrikus Markus Niko Viktor Oktovianus Anderias Zadrak Teofilus".split()
FEMALE = "Yuliana Marlin Dorkas Ester Yunita Susana Hermina Agnes Wilhelmina Fransiska Kristina Nelci Meri Eflin Yanti Sance Debora Yasinta Margarita Oktavia Rosalinda Adriana Paulina Imelda Veronika Lusiana Febriani Ruth Martha Novita Selfina Anastasia Juliana Yohana".split()
FAMILIES = {
    "timor": "Tnunay Sabneno Nubatonis Tualaka Banunaek Boimau Oematan Taneo Neolaka Tamelab Kolo Nomleni Tafuli Seran Bani Atok Tlonaen Missa Nenometa Funan".split(),
    "rote": "Adoe Pellokila Mooy Henuk Feoh Dethan Ndolu Haning Foeh Manafe Ndoen Zacharias Bessie Pandie Lenggu Messakh Therik Tanone".split(),
    "sabu": [
        "Riwu Kaho",
        "Dju Dara",
        "Bire",
        "Lado",
        "Hege",
        "Ludji",
        "Kore",
        "Lobo",
        "Haba",
        "Rohi",
        "Ga Lena",
        "Bunga Hina",
        "Tadu Hungu",
        "Wadu",
    ],
    "flores": [
        "Kelen",
        "Tukan",
        "Lamahoda",
        "Making",
        "Bataona",
        "Wungubelen",
        "da Silva",
        "Gili",
        "Nggaa",
        "Wake",
        "Beribe",
        "Goa",
        "Rangga",
        "Meko",
        "Djawa",
        "Sola",
    ],
    "alor": "Lakapu Maure Mautuka Laufa Padaku Blegur Atamau Mangma".split(),
    "sumba": ["Ndapamuri", "Hungu", "Kaborang", "Ndakularak", "Lunggi", "Tamu Ama"],
    "batak": "Siregar Simanjuntak Sitorus Nainggolan Pardede Situmorang Hutapea".split(),
    "java": "Susanto Wibowo Handayani Purnomo Rahayu Hidayat Setiawan".split(),
}
SUMBA_M = "Umbu Dedi|Umbu Manu|Umbu Tamu|Umbu Ngailu".split("|")
SUMBA_F = "Rambu Ana|Rambu Kahi|Rambu Yeni|Rambu Lika".split("|")
CHINESE = [
    ("Lie", "Mei Hwa"),
    ("Go", "Siu Lan"),
    ("Tan", "Kok Ming"),
    ("Ong", "Ay Ling"),
    ("Tjoa", "Hok Liong"),
    ("Liem", "Swie Hoa"),
]
BUTON_M = ["La Ode Ridwan", "La Ode Halim", "La Sabara", "La Hamu"]
BUTON_F = ["Wa Ode Nurmala", "Wa Ode Sitti", "Wa Anti", "Wa Ima"]
BUGIS = [
    ("Kaharuddin", "Daeng Ngalle"),
    ("Rosmiati", "Daeng Sikki"),
    ("Syamsul", "Daeng Tompo"),
    ("Nurhayati", "Daeng Bau"),
]
BUGIS_F = {"Rosmiati", "Nurhayati"}
ORIGIN_W = (
    ("timor", 24),
    ("rote", 18),
    ("sabu", 12),
    ("flores", 14),
    ("alor", 4),
    ("sumba", 5),
    ("chinese", 4),
    ("buton", 3),
    ("bugis", 3),
    ("batak", 3),
    ("java", 4),
)
NIK_REGION = {
    "timor": ("5371", "5301", "5302", "5303"),
    "rote": ("5371", "5314"),
    "sabu": ("5371", "5320"),
    "flores": ("5371", "5306", "5307", "5310"),
    "alor": ("5371", "5305"),
    "sumba": ("5371", "5311"),
    "chinese": ("5371",),
    "buton": ("5371", "7404"),
    "bugis": ("5371", "7371"),
    "batak": ("5371", "1271"),
    "java": ("5371", "3374"),
}
# Kota Kupang: kecamatan code -> kelurahan
KOTA = {
    "01": (
        "Alak",
        [
            "Alak",
            "Namosain",
            "Manulai II",
            "Penkase Oeleta",
            "Nunbaun Sabu",
            "Batuplat",
            "Fatufeto",
            "Nunhila",
        ],
    ),
    "02": ("Maulafa", "Sikumana Kolhua Penfui Naimata Oepura Belo Fatukoa Maulafa".split()),
    "03": (
        "Oebobo",
        ["Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Oetete"],
    ),
    "04": ("Kota Raja", "Naikoten Fontein Bakunase Kuanino Nunleu Airnona Oekefan".split()),
    "05": ("Kelapa Lima", ["Oesapa", "Oesapa Barat", "Oesapa Selatan", "Lasiana", "Kelapa Lima"]),
    "06": (
        "Kota Lama",
        ["Pasir Panjang", "Solor", "Merdeka", "Oeba", "Fatubesi", "Tode Kisar", "Nefonaek"],
    ),
}
HOME_STREETS = [
    "Jl. Nangka",
    "Jl. Kenari",
    "Gg. Damai",
    "Jl. Bakti Karya",
    "Jl. Air Lobang",
    "Gg. Sepakat",
    "Jl. Kamboja",
    "Jl. Flamboyan",
    "Jl. Kelapa",
    "Jl. Manggis",
    "Jl. Lontar",
    "Jl. Jambu",
    "Gg. Mawar",
    "Jl. Batu Cadas",
    "Jl. Oekam",
    "Jl. Kelinci",
    "Jl. Cemara",
    "Gg. Anggrek",
    "Jl. Bougenvil",
    "Jl. Sirsak",
    "Jl. Pinang",
    "Gg. Kasuari",
    "Jl. Matani",
    "Jl. Delima",
]
HOSTS = (
    ("gmail.com", 30),
    ("yahoo.co.id", 6),
    ("yahoo.com", 5),
    ("rocketmail.com", 1),
    ("outlook.com", 2),
    ("live.com", 1),
)
# mobile prefixes and their weight in NTT (written for dev66)
MOBILE_W = (
    ("0812", 14),
    ("0813", 16),
    ("0821", 10),
    ("0822", 10),
    ("0823", 8),
    ("0852", 12),
    ("0853", 12),
    ("0851", 3),
    ("0811", 3),
    ("0815", 2),
    ("0857", 3),
    ("0858", 2),
    ("0856", 2),
    ("0819", 2),
    ("0817", 2),
    ("0877", 1),
    ("0878", 2),
    ("0838", 1),
    ("0895", 1),
    ("0896", 1),
    ("0897", 1),
    ("0899", 1),
    ("0882", 1),
)
MOBILE_PREFIXES = {p for p, _ in MOBILE_W} | {
    "0814",
    "0816",
    "0818",
    "0831",
    "0832",
    "0855",
    "0859",
    "0881",
    "0887",
    "0888",
    "0898",
}
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
BANKS = (("Bank NTT", 9), ("BRI", 6), ("BNI", 4), ("Mandiri", 2), ("BCA", 2), ("BSI", 1))
PERSON_NPWP_TYPES = "05 06 07 08 09 15 16 24 25 26 35 36 44 45 46 47 54 55 57 58 66 67 68 69 71 72 73 75 76 79 82 84 85 86 92 93 95 96".split()
BODY_NPWP_TYPES = "01 02 03 21 31 41 53 61 62 70 80 90".split()

# ---------------------------------------------------------------- values


def pick(rng: random.Random, weighted: tuple) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def new_mobile(rng: random.Random) -> str:
    return pick(rng, MOBILE_W) + digits(rng, rng.choice((7, 8, 8, 8)))


def misread(rng: random.Random, d: str) -> str:
    """Letters read for digits, as a scan or a hurried hand gives them (never the first two)."""
    out = list(d)
    spots = [k for k in range(2, len(d)) if d[k] in LETTER_FOR]
    for k in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        out[k] = LETTER_FOR[d[k]]
    return "".join(out)


def groups(d: str) -> list[str]:
    if len(d) <= 11:
        return [d[:4], d[4:7], d[7:]]
    return [d[:4], d[4:8], d[8:]]


def write_mobile(rng: random.Random, d: str, how: str = "") -> str:
    """A mobile (``08…``) in one of the writings people use."""
    if not how:
        how = rng.choice("bbbdddsssttiikkpou")
    g = groups(d)
    if how == "b":
        return d
    if how == "d":
        return "-".join(g)
    if how == "s":
        return " ".join(g)
    if how == "t":
        return ".".join(g)
    if how == "i":
        return rng.choice(
            (
                "+62" + d[1:],
                "+62 %s-%s-%s" % (d[1:4], d[4:8], d[8:]),
                "+62 %s %s %s" % (d[1:4], d[4:8], d[8:]),
            )
        )
    if how == "k":
        return rng.choice(("62" + d[1:], "62 %s %s %s" % (d[1:4], d[4:8], d[8:])))
    if how == "p":
        return "(+62) %s %s %s" % (d[1:4], d[4:8], d[8:])
    if how == "o":
        return rng.choice(
            ("-".join(groups(misread(rng, d))), misread(rng, d), " ".join(groups(misread(rng, d))))
        )
    if how == "u":
        return rng.choice(("_", " • ")).join(g)
    if how == "n":  # over a line break
        return rng.choice(
            ("%s %s\n%s" % tuple(g), "%s-%s-\n%s" % tuple(g), "%s\n%s" % (d[:8], d[8:]))
        )
    raise ValueError(how)


def write_landline(rng: random.Random, six: str) -> str:
    return rng.choice(
        (
            "0380 %s" % six,
            "(0380) %s %s" % (six[:3], six[3:]),
            "0380-%s" % six,
            "(0380) %s" % six,
            "0380 %s %s" % (six[:3], six[3:]),
        )
    )


def bank_account(rng: random.Random, bank: str) -> str:
    if bank == "Bank NTT":
        d = (
            "0"
            + digits(rng, 2)
            + rng.choice(("01", "02"))
            + "0"
            + rng.choice("123")
            + digits(rng, 6)
            + digits(rng, 1)
        )
        return rng.choice((d, "%s.%s.%s.%s-%s" % (d[:3], d[3:5], d[5:7], d[7:13], d[13:])))
    if bank == "BRI":
        d = digits(rng, 4) + "01" + digits(rng, 6) + "5" + digits(rng, 2)
        return rng.choice((d, "%s-%s-%s-%s-%s" % (d[:4], d[4:6], d[6:12], d[12:14], d[14:])))
    if bank == "Mandiri":
        return "1" + rng.choice(("61", "52", "80")) + digits(rng, 10)
    return rng.choice("1234567") + digits(rng, 9)


def plate(rng: random.Random) -> str:
    head = rng.choice(("DH", "DH", "DH", "EB", "ED", "DH"))
    sep = rng.choice((" ", " ", ""))
    return "%s%s%d%s%s" % (
        head,
        sep,
        rng.randint(1001, 9899),
        sep,
        "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2)))),
    )


def person_npwp(rng: random.Random, how: str = "") -> str:
    d = rng.choice(PERSON_NPWP_TYPES) + digits(rng, 7) + "92" + rng.choice("0124") + "000"
    if how == "b":
        return d
    return "%s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])


def body_npwp(rng: random.Random) -> str:
    d = rng.choice(BODY_NPWP_TYPES) + digits(rng, 7) + "92" + rng.choice("0124") + "000"
    return "%s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])


def rupiah(v: int) -> str:
    return f"{v:,}".replace(",", ".")


class Person:
    """One invented person: name, numbers and home, drawn once per filling."""

    def __init__(
        self, rng: random.Random, sex: str, avoid: set[str], head: Person | None = None
    ) -> None:
        self.rng = rng
        self.sex = sex
        for _ in range(60):
            self.origin = head.origin if head else pick(rng, ORIGIN_W)
            self._name()
            if head and self.origin not in ("chinese", "buton", "bugis"):
                self.family = head.family
                self.full = "%s %s" % (self.given, self.family)
            elif head and self.origin == "chinese":
                self.family = head.family
                self.full = "%s %s" % (self.family, self.given)
            if not {w.lower() for w in re.findall(r"[A-Za-z]{3,}", self.full)} & avoid:
                break
        kec = rng.choice(sorted(KOTA))
        self.kec, kels = KOTA[kec]
        self.kel = rng.choice(kels)
        region = rng.choice(NIK_REGION[self.origin])
        self.born = datetime.date(rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28))
        day = self.born.day + (40 if sex == "F" else 0)
        district = kec if region == "5371" else "%02d" % rng.randint(1, 24)
        self.nik = "%s%s%02d%02d%02d%04d" % (
            region,
            district,
            day,
            self.born.month,
            self.born.year % 100,
            rng.randint(1, 60),
        )
        issued = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.kk = "%s%s%02d%02d%02d%04d" % (
            region,
            district,
            issued.day,
            issued.month,
            issued.year % 100,
            rng.randint(1, 9999),
        )
        self.mobile = new_mobile(rng)
        self.mobile2 = new_mobile(rng)
        self.home = "8" + digits(rng, 5)
        self.bpjs = "000" + digits(rng, 10)
        self.bank = pick(rng, BANKS)
        self.acc = bank_account(rng, self.bank)
        self.plate = plate(rng)
        self.street = "%s No. %d%s" % (
            rng.choice(HOME_STREETS),
            rng.randint(1, 140),
            rng.choice(("", "", "", "A", "B")),
        )
        self.rt = rng.randint(1, 45)
        self.rw = rng.randint(1, 15)
        self.npwp_how = rng.choice(("d", "d", "d", "b"))
        self.npwp = person_npwp(rng, self.npwp_how)
        local = re.sub(r"[^a-z]", "", self.given.split()[0].lower())
        fam = re.sub(r"[^a-z]", "", self.family.split()[-1].lower())
        self.email_local = rng.choice(
            (
                "%s.%s" % (local, fam),
                "%s%s%02d" % (local, fam, rng.randint(1, 99)),
                "%s_%s" % (fam, local),
                "%s.%s%d" % (local[0], fam, rng.randint(70, 99)),
                "%s%d" % (local, rng.randint(1960, 2005)),
            )
        )
        self.host = pick(rng, HOSTS)

    def _name(self) -> None:
        r, o, f = self.rng, self.origin, self.sex == "F"
        if o == "chinese":
            self.family, self.given = r.choice(CHINESE)
            self.full = "%s %s" % (self.family, self.given)
        elif o == "buton":
            self.full = r.choice(BUTON_F if f else BUTON_M)
            self.given, self.family = self.full, self.full.split()[-1]
        elif o == "bugis":
            g, dg = r.choice([b for b in BUGIS if (b[0] in BUGIS_F) == f])
            self.given, self.family, self.full = g, dg, "%s %s" % (g, dg)
        elif o == "sumba" and r.random() < 0.5:
            self.given = r.choice(SUMBA_F if f else SUMBA_M)
            self.family = r.choice(FAMILIES["sumba"])
            self.full = "%s %s" % (self.given, self.family)
        else:
            self.given = r.choice(FEMALE if f else MALE)
            self.family = r.choice(FAMILIES[o])
            self.full = "%s %s" % (self.given, self.family)
            if r.random() < 0.12:
                self.full = "%s %s. %s" % (self.given, r.choice("ABDEFHJKMPRSY"), self.family)

    def value(self, key: str) -> str | None:
        r = self.rng
        if key == "n":
            return self.full
        if key == "ln":
            return self.full.lower()
        if key == "g":
            return self.given
        if key == "lg":
            return self.given.lower()
        if key == "f":
            return self.family
        if key == "hp":
            return write_mobile(r, self.mobile)
        if key in ("hpb", "hpd", "hps", "hpt", "hpi", "hpk", "hpp", "hpo", "hpu", "hpn"):
            return write_mobile(r, self.mobile, key[2])
        if key == "hq":
            return write_mobile(r, self.mobile2)
        if key == "rum":
            return write_landline(r, self.home)
        if key == "nik":
            return r.choice(
                (
                    self.nik,
                    self.nik,
                    "%s %s %s %s" % (self.nik[:4], self.nik[4:8], self.nik[8:12], self.nik[12:]),
                )
            )
        if key == "nikb":
            return self.nik
        if key == "kk":
            return self.kk
        if key == "np":
            return self.npwp
        if key == "em":
            return "%s@%s" % (self.email_local, self.host)
        if key == "emd":  # a person's own mailbox on the city's domain
            return "%s.%s@kupangkota.go.id" % (
                re.sub(r"[^a-z]", "", self.given.split()[0].lower()),
                re.sub(r"[^a-z]", "", self.family.split()[-1].lower()),
            )
        if key == "emj":  # an Account Representative's own on the tax office's domain
            return "%s.%s@pajak.go.id" % (
                re.sub(r"[^a-z]", "", self.given.split()[0].lower()),
                re.sub(r"[^a-z]", "", self.family.split()[-1].lower()),
            )
        if key == "emx":
            h, dom = self.host.split(".", 1)
            return r.choice(
                (
                    "%s @ %s" % (self.email_local, self.host),
                    "%s(at)%s" % (self.email_local, self.host),
                    "%s [at] %s [dot] %s" % (self.email_local, h, dom.replace(".", " [dot] ")),
                    "%s (keong) %s" % (self.email_local, self.host),
                    "%s at %s dot %s" % (self.email_local, h, dom.replace(".", " dot ")),
                )
            )
        if key == "bpjs":
            return self.bpjs
        if key == "acc":
            return self.acc
        if key == "bank":
            return self.bank
        if key == "pl":
            return self.plate
        if key == "ad":
            return self.street
        if key == "adr":
            return (
                "%s, RT %03d/RW %03d" % (self.street, self.rt, self.rw)
                if r.random() < 0.5
                else "%s RT %d RW %d" % (self.street, self.rt, self.rw)
            )
        if key == "rt":
            return r.choice(
                (
                    "RT %02d/RW %02d" % (self.rt, self.rw),
                    "RT %d RW %d" % (self.rt, self.rw),
                    "RT %03d/RW %03d" % (self.rt, self.rw),
                )
            )
        if key == "rtn":
            return "RT %02d" % self.rt
        if key == "kel":
            return self.kel
        if key == "kec":
            return self.kec
        if key == "umur":
            return str(2026 - self.born.year)
        if key == "lahir":
            return "%02d-%02d-%d" % (self.born.day, self.born.month, self.born.year)
        return None


class Fill:
    """The values of one filling: its people, the numbers of bodies and scams, look-alikes."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.people: dict[int, Person] = {}
        self.cache: dict[str, str] = {}
        self.used: set[str] = set()
        self.date = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))

    def person(self, i: int) -> Person:
        if i not in self.people:
            sex = (
                "F"
                if i in self.spec["F"]
                else "M"
                if i in self.spec["M"]
                else self.rng.choice("MF")
            )
            head = self.person(self.spec["fam"][i]) if i in self.spec["fam"] else None
            others = [q for k, q in self.people.items() if not head or k != self.spec["fam"][i]]
            p = Person(self.rng, sex, self.spec["avoid"], head)
            while (not head and p.family in {q.family for q in others}) or p.given in {
                q.given for q in self.people.values()
            }:
                p = Person(self.rng, sex, self.spec["avoid"], head)
            self.people[i] = p
        return self.people[i]

    def clock(self) -> str:
        """A chat's clock that only moves forward."""
        if not hasattr(self, "minute"):
            self.minute = self.rng.randint(6 * 60, 19 * 60)
        self.minute = min(self.minute + self.rng.randint(0, 24), 23 * 60 + 59)
        return "%02d.%02d" % divmod(self.minute, 60)

    def fresh_mobile(self) -> str:
        d = new_mobile(self.rng)
        while d in self.used:
            d = new_mobile(self.rng)
        self.used.add(d)
        return d


PERSON_KEYS = set(
    "n ln g lg f hp hpb hpd hps hpt hpi hpk hpp hpo hpu hpn hq rum nik nikb kk np em emd emj emx bpjs acc bank pl ad adr rt rtn kel kec umur lahir".split()
)


def value(fl: Fill, name: str, index: str) -> str:
    r = fl.rng
    i = int(index) if index else 0
    if index and name in PERSON_KEYS:
        v = fl.person(i).value(name)
        if v is not None:
            return v
    # numbers of offices, services, businesses and scams: never labelled
    if name == "of":  # an office's or a service's mobile (WA center, hotline)
        return write_mobile(r, fl.fresh_mobile(), r.choice("bbddsstik"))
    if name == "ofo":  # the same, as a scan or a poster misread it
        return write_mobile(r, fl.fresh_mobile(), "o")
    if name == "tel":  # an office's fixed line in Kupang
        return write_landline(r, "8" + digits(r, 5))
    if name == "sc":  # a scam's number
        return write_mobile(r, fl.fresh_mobile(), r.choice("bbbddsik"))
    if name == "bz":  # a business's mobile
        return write_mobile(r, fl.fresh_mobile(), r.choice("bbddsstk"))
    # look-alikes
    if name == "bnp":  # a body's NPWP (a cooperative's, a company's)
        return body_npwp(r)
    if name == "rp":
        return "Rp %s" % rupiah(
            r.choice((5, 10, 15, 20, 25, 50, 75, 100, 150, 250, 350, 500, 750)) * 1000
        )
    if name == "rpt":  # a token's price
        return r.choice(("Rp 20.000", "Rp 50.000", "Rp 50.000", "Rp 100.000", "Rp 200.000"))
    if name == "rpk":  # a small daily levy
        return "Rp %s" % rupiah(r.choice((2, 3, 5, 5, 10, 10, 15, 20)) * 1000)
    if name == "rpb":
        return "Rp %s" % rupiah(r.randint(2, 40) * 50_000)
    if name == "rpj":
        return "Rp %s" % rupiah(r.randint(1, 12) * 500_000)
    if name == "rise":  # a bill that rose: the old sum, then the new
        old = r.randint(6, 40) * 5_000
        return "Rp %s jadi Rp %s" % (rupiah(old), rupiah(old + r.randint(4, 60) * 5_000))
    if name == "tgl":
        return fl.date.strftime("%d/%m/%Y")
    if name == "tgls":
        return "%d-%02d-%d" % (fl.date.day, fl.date.month, fl.date.year)
    if name == "tglk":
        d = fl.date - datetime.timedelta(days=r.randint(3, 40))
        return d.strftime("%d/%m/%Y")
    if name == "jam":
        return "%02d.%02d" % (r.randint(6, 22), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)))
    if name == "pagi":  # a morning hour (fogging, a truck, a clinic)
        return "%02d.%02d" % (r.randint(6, 10), r.choice((0, 15, 30, 45)))
    if name == "ck":
        return fl.clock()
    if name == "t":
        return "%02d.%02d" % (r.randint(6, 22), r.randint(0, 59))
    if name == "num":
        return str(r.randint(2, 9))
    if name == "nn":
        return str(r.randint(11, 60))
    if name == "tiket":
        return r.choice(
            (
                "LAPOR-5371-%d-%05d" % (fl.date.year, r.randint(100, 99999)),
                "#LPR-%d-%04d-%04d" % (fl.date.year, r.randint(1, 1231), r.randint(1, 9999)),
                "%02d%02d-%04d-%03d"
                % (fl.date.year % 100, fl.date.month, r.randint(1000, 9999), r.randint(100, 999)),
            )
        )
    if name == "idpel":
        return "5312" + digits(r, 8)
    if name == "meter":
        return "14" + digits(r, 9)
    if name == "token":
        d = digits(r, 20)
        return " ".join(d[k : k + 4] for k in range(0, 20, 4))
    if name == "samb":
        return "%02d-%02d-%06d" % (r.randint(1, 20), r.randint(1, 30), r.randint(1000, 999999))
    if name == "va":
        return r.choice(
            (
                "8808 " + " ".join(digits(r, 4) for _ in range(3)),
                "88888" + digits(r, 11),
                "70012" + digits(r, 11),
            )
        )
    if name == "billing":
        return "8202%d%s" % (fl.date.year % 100, digits(r, 9))
    if name == "nop":
        return "53.71.0%d0.0%02d.%03d-%04d.0" % (
            r.randint(1, 6),
            r.randint(1, 30),
            r.randint(1, 120),
            r.randint(1, 9000),
        )
    if name == "surat":
        return r.choice(
            (
                "%d/%d/PUPR/%d" % (r.randint(100, 999), r.randint(10, 999), fl.date.year),
                "470/%d/DKPS/%d" % (r.randint(10, 900), fl.date.year),
                "300/%d/PDAM/%s/%d"
                % (
                    r.randint(10, 900),
                    "I II III IV V VI VII VIII IX X XI".split()[fl.date.month - 1],
                    fl.date.year,
                ),
            )
        )
    if name == "resi":
        return r.choice(("JP", "JX", "TKP", "CGK")) + digits(r, 10)
    if name == "kode":
        return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6))
    if name == "otp":
        return digits(r, 6)
    if name == "antre":
        return "%s-%03d" % (r.choice("ABC"), r.randint(1, 180))
    if name == "kwh":
        return str(r.randint(30, 400))
    if name == "order":
        return "INV/%d%02d%02d/MPL/%s" % (fl.date.year, fl.date.month, fl.date.day, digits(r, 10))
    if name == "nisn":
        return "00" + digits(r, 8)
    if name == "sk":
        return "SKTM/%d/%s/%d" % (
            r.randint(10, 400),
            r.choice(("KEL-OBB", "KEL-NKT", "KEL-LSN", "KEL-SKM")),
            fl.date.year,
        )
    if name == "trx":
        return "%d%02d%02d%s" % (fl.date.year, fl.date.month, fl.date.day, digits(r, 8))
    raise SystemExit("unknown placeholder {%s%s}" % (name, index))


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
NOCACHE = {
    "rpt",
    "rpk",
    "pagi",
    "ck",
    "of",
    "ofo",
    "tel",
    "sc",
    "bz",
    "rp",
    "rpb",
    "rpj",
    "jam",
    "t",
    "num",
    "nn",
    "kode",
    "otp",
    "token",
    "samb",
    "tiket",
    "idpel",
    "va",
    "hp",
    "hq",
}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``, the innermost first."""
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def resolve(fl: Fill, name: str, index: str) -> str:
    key = "{%s%s}" % (name, index)
    if name.isupper():
        return resolve(fl, name.lower(), index).upper()
    if name in NOCACHE and not index:
        return value(fl, name, index)
    if key not in fl.cache:
        fl.cache[key] = value(fl, name, index)
    return fl.cache[key]


def fill(template: str, fl: Fill) -> str:
    return PLACEHOLDER.sub(lambda m: resolve(fl, m.group(1), m.group(2)), template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    """The text without its markers, the spans and the values labelled."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    pos = length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        val = m.group(2)
        if m.group(1) not in KINDS:
            raise SystemExit("unknown marker %r" % m.group(1))
        spans.append({"kind": KINDS[m.group(1)], "start": length, "end": length + len(val)})
        values.append(val)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, values


# ---------------------------------------------------------------- checks

NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
PROVINCES = {"53", "73", "74", "12", "33"}
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|rt\b|perum|btn)")
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\s*\(keong\)\s*)")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")
EDGE = ".,;:!?-/'\")]}>|_•·*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
PHONE_RUN = re.compile(
    r"(?:\(\+62\)\s?|\+62\s?|\(0380\)\s?|0380[ -]?|62\s?|0)[0-9OlSB][0-9OlSB .\-_•]{5,}[0-9OlSB]"
)


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted): a mobile's prefix or Kupang's 0380 8…."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[^0-9OlISB +()\-._•\n]", seg):
        return False
    clean = id_digits(seg)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 7:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in MOBILE_PREFIXES or (clean.startswith("03808") and len(clean) == 10)


def name_title(seg: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if len(words) > 1 and words[0] in ("wa", "la"):
        return False
    return words[0] in TITLES


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or re.search(r"[ \t]\n", text) or text != text.strip():
        bad.append("odd line break or trailing space")
    if re.search(r"\w [.,](\s|$)", text) or "( " in text or " )" in text:
        bad.append("a space before a full stop, a comma or a bracket")
    if re.search(r"\S  \S", text) and not re.search(r"\S {3,}\S", text):
        bad.append("a double space")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    for s, v in zip(spans, values, strict=True):
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not (0 <= st < en <= len(text)) or seg != v:
            bad.append("bad span")
            continue
        if kind not in KINDS.values():
            bad.append("kind %r" % kind)
        if (
            seg != seg.strip()
            or seg[0] in EDGE
            or seg[-1] in EDGE
            or not seg[-1].isalnum()
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
        ):
            bad.append("edge %r" % seg)
        if st > 0 and text[st - 1].isalnum():
            bad.append("glued before %r" % seg)
        if en < len(text) and text[en].isalnum():
            bad.append("glued after %r" % seg)
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            if name_title(seg):
                bad.append("title %r" % seg)
            if "@" in seg or sum(c.isalpha() for c in seg) < 2 or any(c.isdigit() for c in seg):
                bad.append("name chars %r" % seg)
        elif kind == "phone" and not phone_ok(seg):
            bad.append("phone %r" % seg)
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if re.search(r"[^0-9OlISB .\-\n]", seg) or d[:2] not in PROVINCES or len(d) != 16:
                bad.append("%s %r" % (kind, seg))
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append("npwp %r" % seg)
        elif kind == "bpjs" and (len(id_digits(seg)) != 13 or not seg.startswith("000")):
            bad.append("bpjs %r" % seg)
        elif kind == "bank_account" and (
            not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append("account %r" % seg)
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append("email %r" % seg)
        elif kind == "address" and (not ADDRESS_START.match(seg) or not re.search(r"\d", seg)):
            bad.append("address %r" % seg)
        elif kind == "plate" and not re.fullmatch(
            r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}", seg.upper()
        ):
            bad.append("plate %r" % seg)
    # every other occurrence of a labelled value in the same text is labelled too
    digit_pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
    joined = "".join(text[k] for k in digit_pos).translate(DIGIT_FOR)
    for s in spans:
        seg = text[s["start"] : s["end"]]
        kind = s["kind"]
        if kind == "name":
            for word in re.findall(r"[A-Za-z']{3,}", seg):
                if word.lower() in SHARED:
                    continue
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append("unlabelled name word %r" % word)
        elif kind == "email":
            local = AT_FORM.split(seg)[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in NUMERIC:
            d = id_digits(seg) if kind != "bank_account" else re.sub(r"\D", "", seg)
            cores = {d}
            if kind == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
            for core in sorted(cores):
                at = joined.find(core)
                while at != -1:
                    if not all(inside[digit_pos[k]] for k in range(at, at + len(core))):
                        bad.append("unlabelled repeat of %r" % seg)
                    at = joined.find(core, at + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/:,]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


def unlabelled(r: dict[str, object], pattern: str | re.Pattern[str]) -> list[re.Match[str]]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return [m for m in re.finditer(pattern, r["text"]) if not any(inside[m.start() : m.end()])]


def unlabelled_phones(r: dict[str, object]) -> list[str]:
    """Unlabelled numbers shaped as a mobile or a Kupang line, not inside a longer number."""
    out = []
    for m in unlabelled(r, PHONE_RUN):
        seg = m.group().strip(" .-")
        text = r["text"]
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-/"):
            continue
        if phone_ok(seg):
            out.append(seg)
    return out


MALE_WORDS = r"bapak|pak|bpk|sdr|saudara|om|bapa|opa|suami|ayah|nyong|bli|mas|bripka|aiptu|ipda|brigpol|kaka laki|anak laki"
FEMALE_WORDS = r"ibu|bu|ny|sdri|saudari|mama|tanta|oma|nona|istri|bidan|mbak|suster|usi"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s)\.?\s*,?\s+(?:\[\[n:)?\{[A-Za-z]+(\d+)\}"
    % "|".join((MALE_WORDS, FEMALE_WORDS))
)
MALE_SET = set(MALE_WORDS.split("|"))
TEMPLATES: list[tuple[str, str, str, dict[str, object]]] = []


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    fills: int = FILLS,
) -> None:
    """Register a template: its style, theme, text, its women (F) and men (M), and who carries
    whose family name (fam: a child or a wife -> the head)."""
    TEMPLATES.append(
        (style, theme, text.strip("\n"), {"F": F, "M": M, "fam": fam or {}, "fills": fills})
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
    both = (auto["M"] | set(base["M"])) & (auto["F"] | set(base["F"]))
    if both:
        raise SystemExit("a person given both sexes: %s\n%s" % (sorted(both), chosen[:300]))
    bare = PLACEHOLDER.sub(" ", MARKER.sub(lambda m: " " + m.group(2) + " ", chosen))
    return {
        "F": set(base["F"]) | auto["F"],
        "M": set(base["M"]) | auto["M"],
        "fam": dict(base["fam"]),
        "avoid": {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)},
    }


def build(only: str = "") -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, base) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        if only and style != only:
            continue
        made = tries = 0
        last: list[str] = []
        while made < base["fills"]:
            tries += 1
            if tries > 600:
                raise SystemExit(
                    "template %d (%s/%s) keeps failing: %s\n%s"
                    % (number, style, theme, last, template[:400])
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            text, spans, values = extract(fill(chosen, fl))
            last = problems(text, spans, values)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append("a text without spans needs %d look-alikes" % FLOORS["lookalikes"])
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    return [
        {
            "id": "%s-%04d" % (PREFIX, k),
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]


# ---------------------------------------------------------------- report


def table(records: list[dict[str, object]], field: str, values: tuple[str, ...]) -> None:
    kinds = sorted(KINDS.values())
    print("| %s | texts | without spans | %s |" % (field, " | ".join(kinds)))
    print("|---|---:|---:|%s" % ("---:|" * len(kinds)))
    total: Counter[str] = Counter()
    for v in values:
        rows = [r for r in records if r[field] == v]
        c = Counter(s["kind"] for r in rows for s in r["spans"])
        total.update(c)
        empty = sum(1 for r in rows if not r["spans"])
        print("| %s | %d | %d | %s |" % (v, len(rows), empty, " | ".join(str(c[k]) for k in kinds)))
    empty = sum(1 for r in records if not r["spans"])
    print(
        "| **total** | %d | %d | %s |"
        % (len(records), empty, " | ".join(str(total[k]) for k in kinds))
    )


def writing(kind: str, seg: str) -> str:
    """How a labelled value is written, for the report."""
    if "\n" in seg:
        return "over a line break"
    if kind == "name":
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        return "plain" if re.fullmatch(r"[\w.\-]+@[\w.\-]+", seg) else "written to dodge scrapers"
    if kind == "address":
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone" if re.search(r"(?i)rw", seg) else "RT alone"
        if re.match(r"(?i)perum|btn", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
    if kind == "phone":
        if re.search(r"[OlISB]", seg):
            return "letters for digits"
        if seg.startswith(("+62", "(+62)")):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•]", seg):
            return "underscores or bullets"
        if "." in seg:
            return "dots"
        if "-" in seg:
            return "dashes"
        if " " in seg:
            return "spaces"
        return "one block"
    if re.fullmatch(r"\d+|[A-Z]+\d+[A-Z]+", seg):
        return "one block"
    return "with separators"


RUN = r"[+(]?\d[\d .\-()_•]{3,}\d|\d{4,}"


def report(records: list[dict[str, object]], digest: str) -> None:
    print("SHA-256", digest)
    print(
        "templates",
        len(TEMPLATES),
        "texts",
        len(records),
        "spans",
        sum(len(r["spans"]) for r in records),
    )
    empty = sum(1 for r in records if not r["spans"])
    print("without spans %d (%.1f %%)" % (empty, 100 * empty / max(1, len(records))))
    per_t = Counter((t[0], bool(MARKER.search(t[2]))) for t in TEMPLATES)
    print(
        "templates per style (with spans, without):",
        {s: (per_t[s, True], per_t[s, False]) for s in STYLES},
    )
    lengths = [len(r["text"]) for r in records] or [0]
    lines = [r["text"].count("\n") + 1 for r in records] or [0]
    print(
        "length of a text: %d to %d characters (%d on average), %d to %d lines (%d on average)"
        % (
            min(lengths),
            max(lengths),
            sum(lengths) / len(lengths),
            min(lines),
            max(lines),
            sum(lines) / len(lines),
        )
    )
    print()
    table(records, "style", STYLES)
    print()
    table(records, "theme", THEMES)
    per = Counter(s["kind"] for r in records for s in r["spans"])
    print()
    print("spans per kind:", ", ".join("%s %d" % kv for kv in per.most_common()))
    for kind in sorted(KINDS.values()):
        c = Counter(
            writing(kind, r["text"][s["start"] : s["end"]])
            for r in records
            for s in r["spans"]
            if s["kind"] == kind
        )
        print("%s writings:" % kind, ", ".join("%s %d" % kv for kv in sorted(c.items())))
    un = [p for r in records for p in unlabelled_phones(r)]
    print(
        "unlabelled numbers shaped as a mobile or a Kupang line:",
        len(un),
        "(in texts without spans: %d)"
        % sum(len(unlabelled_phones(r)) for r in records if not r["spans"]),
    )
    print("unlabelled @ tokens:", sum(len(unlabelled(r, r"\S*@\S*")) for r in records))


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        for m in unlabelled(r, RUN + r"|\S*@\S*"):
            before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
            print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
    """Print texts drawn at random with their spans marked, for reading."""
    for r in random.Random(seed).sample(records, min(count, len(records))):
        text = r["text"]
        out = []
        pos = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            out.append(text[pos : s["start"]])
            out.append("⟦%s|%s⟧" % (s["kind"], text[s["start"] : s["end"]]))
            pos = s["end"]
        out.append(text[pos:])
        print("=== %s %s/%s" % (r["id"], r["style"], r["theme"]))
        print("".join(out))
        print()


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert FLOORS["empty_min"] * len(records) <= empty <= FLOORS["empty_max"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("name", "phone", "npwp", "email", "nik"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert sum(len(unlabelled_phones(r)) for r in records) >= FLOORS["unlabelled_phones"]
    assert len({r["theme"] for r in records}) == len(THEMES)
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)
    for r in records:
        if not r["spans"]:
            assert lookalikes(r["text"]) >= FLOORS["lookalikes"], r["id"]


def main() -> None:
    only = sys.argv[sys.argv.index("--style") + 1] if "--style" in sys.argv else ""
    records = build(only)
    if not only and "--nofloor" not in sys.argv:
        check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if "--dry" not in sys.argv and not only:
        OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())
    if "--review" in sys.argv:
        review(records)
    if "--show" in sys.argv:
        k = sys.argv.index("--show")
        count = int(sys.argv[k + 1])
        seed = int(sys.argv[k + 2]) if len(sys.argv) > k + 2 and sys.argv[k + 2].isdigit() else 1
        show(records, count, seed)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate. «a¦b» draws one branch.
# Person i: {n1} full name ({ln1} lower case, {N1} capitals), {g1} given name, {f1} family;
# {hp1} mobile in any writing (hpb block, hpd dashes, hps spaces, hpt dots, hpi +62, hpk 62,
# hpp (+62), hpo letters for digits, hpu underscores or bullets, hpn over a line), {hq1} a second
# mobile, {rum1} home line; {nik1} {nikb1} {kk1} {np1} {em1} {emx1} (dodged) {bpjs1} {acc1}
# {bank1} {pl1} {ad1} street and number, {adr1} with RT/RW, {rt1} RT/RW, {rtn1} RT alone,
# {kel1} {kec1} {umur1} {lahir1}.
# Never labelled: {of} an office's mobile ({ofo} misread), {tel} an office's fixed line, {sc} a
# scam's number, {bz} a business's (with an index: the same number again); look-alikes {rp}
# {rpb} {rpj} {tgl} {tgls} {tglk} {jam} {t} {num} {nn} {tiket} {idpel} {meter} {token} {samb}
# {va} {billing} {nop} {surat} {resi} {kode} {otp} {antre} {kwh} {order} {nisn} {sk} {trx}.

# an SMS as the 1708 gateway exports it, with the sender's own number (person 1)
SMS = "«SMS 1708 | {tgl} {t} | dari [[p:{hpk1}]]¦Inbox 1708 - {tgl} {t} - [[p:{hpi1}]]¦SMS masuk {tgl} {t} dari [[p:{hpb1}]]»"
SMS_ANON = "«SMS 1708 | {tgl} {t} | pengirim disembunyikan¦Inbox 1708 - {tgl} {t} - (nomor disamarkan admin)¦SMS masuk {tgl} {t} (nomor pengirim tidak ditampilkan)»"

# ---------------------------------------------------------------- sms_caps

T(
    "sms_caps",
    "water",
    SMS
    + """
KOTKUPANG AIR PDAM DI [[a:{RT1}]] KEL {KEL1} SDH {num} HARI TDK «JALAN¦MENGALIR». SY SDH TLP «HOTLINE¦CALL CENTER» PDAM {tel} TDK ADA YG ANGKAT. NO SAMB SY {samb}. MHN «BANTUAN¦DICEK». [[n:{N1}]] «HP¦WA» [[p:{hp1}]]""",
)
T(
    "sms_caps",
    "scams",
    SMS
    + """
KOTKUPANG ADA SMS DR {sc} BILANG SY MENANG UNDIAN PLN {rpj}. SY DISURUH TLP {sc} UTK KLAIM. APA BENAR? ID PEL SY {idpel}. «SY¦DARI» [[n:{N1}]] [[p:{hpo1}]]""",
)
T(
    "sms_caps",
    "roads",
    SMS
    + """
KOTKUPANG JALAN DEPAN SD INPRES {KEL1} RUSAK PARAH, LUBANG «SDH SEDALAM LUTUT¦BESAR». SDH {nn} KALI LAPOR KE PUPR {tel} «/¦DAN» WA {of}. TIKET LAPOR {tiket}. BLM ADA TINDAK LANJUT. [[n:{N1}]] [[a:{RT1}]] «HP¦NO HP¦TLP» [[p:{hp1}]]""",
)
T(
    "sms_caps",
    "social_aid",
    SMS
    + """
KOTKUPANG SY [[n:{N1}]] NIK [[nik:{nikb1}]] TDK TERIMA BPNT BLN INI PDHL BLN LALU DPT RP 200.000. PENDAMPING NO {of} TDK MAU ANGKAT. HUB SY [[p:{hp1}]] ATAU ANAK SY [[n:{G2}]] [[p:{hp2}]]""",
)
T(
    "sms_caps",
    "transport",
    SMS
    + """
KOTKUPANG LAPOR BEMO «PLAT¦NOPOL» [[pl:{PL3}]] UGAL2AN DI JL EL TARI JAM {jam}, HAMPIR TABRAK ANAK SEKOLAH. SOPIRNYA [[n:{N2}]] [[p:{hpo2}]] (NOMOR DI «KACA¦PINTU» BEMO). DISHUB «WA¦HOTLINE» {of} TDK BALAS. SY [[n:{N1}]] [[p:{hp1}]]""",
)
T(
    "sms_caps",
    "waste",
    SMS
    + """
KOTKUPANG SAMPAH DI TPS DEKAT PASAR OEBOBO SDH {num} MINGGU TDK DIANGKUT. SY TLP DLHK {tel} KATANYA TRUK RUSAK. RETRIBUSI TETAP DITAGIH {RP}/BLN. «MHN SEGERA¦TOLONG DIBANTU». [[n:{N1}]] «[[a:{RT1}]]¦KEL {KEL1}» [[p:{hp1}]]""",
)
T(
    "sms_caps",
    "scams",
    SMS
    + """
KOTKUPANG TADI ADA YG TELPON KE RUMAH SY [[p:{rum1}]] NGAKU PETUGAS PLN, MINTA TRANSFER {RPB} KE {sc}. KATANYA METERAN SY {meter} MAU DIPUTUS. «HP¦NOMOR HP» SY [[p:{hp1}]]. [[n:{N1}]]""",
)
T(
    "sms_caps",
    "electricity",
    SMS
    + """
KOTKUPANG TAGIHAN PLN SY NAIK DARI {RISE} PADAHAL PEMAKAIAN SAMA. ID PEL {idpel}. TLP PLN 123 SURUH KE ULP. MHN HUB SY DI [[p:{hpd1}]] ATAU SUAMI SY [[n:{N2}]] [[p:{hpd2}]]""",
    F=(1,),
    M=(2,),
)
T(
    "sms_caps",
    "electricity",
    SMS_ANON
    + """
KOTKUPANG LAMPU JALAN DI JL. EL TARI MATI SDH {nn} HARI. SDH LAPOR KE PLN 123 DAN WA DISHUB {of}, TDK ADA RESPON. TIKET {tiket}. TGL LAPOR {tglk} JAM {jam}""",
)
T(
    "sms_caps",
    "scams",
    SMS_ANON
    + """
KOTKUPANG AWAS PENIPUAN! NOMOR {sc} DAN {sc} NGAKU DR DINSOS MINTA TRANSFER {RPB} UTK CAIRKAN BANSOS. SY TDK KASIH. WA PENGADUAN DINSOS {of} SIBUK TRS. KAPAN POLISI TINDAK?""",
)
T(
    "sms_caps",
    "water",
    SMS_ANON
    + """
KOTKUPANG SY DAPAT 2 NOMOR {sc} DAN {sc} NGAKU PDAM, KATANYA TAGIHAN SY {rpb} HARUS BAYAR KE VA {va}. MANA YG RESMI? HOTLINE PDAM {tel} TDK ANGKAT""",
)
T(
    "sms_caps",
    "health",
    SMS_ANON
    + """
KOTKUPANG PUSKESMAS «OEPOI¦SIKUMANA¦PENFUI» ANTRIAN DARI JAM {pagi} SAMPAI SIANG. NO ANTRIAN SY {antre}. TLP PUSKESMAS {tel} DAN WA {of} TDK ADA YG BALAS. TGL {tgl}""",
)

# ---------------------------------------------------------------- wa_group

T(
    "wa_group",
    "water",
    """
[{tgl} {ck}] [[n:{n1}]]: Bapa mama, air PDAM di [[a:{rt1}]] su {num} hari sonde jalan
[{tgl} {ck}] [[n:{g2}]]: Sama kaka. Beta su telpon PDAM pung hotline {tel} tapi sibuk terus
[{tgl} {ck}] Admin Kelurahan: Info dari PDAM, distribusi hari ini jam {jam}. Pengaduan «lewat¦via» WA {of}
[{tgl} {ck}] [[n:{g3}]]: Om [[n:{g4}]] ada tangki, nomornya [[p:{hp4}]]. Satu tangki {rp}
[{tgl} {ck}] [[n:{g2}]]: Depot «Air Segar¦Tirta Kasih» ju bisa antar, dong pung nomor {bz}""",
    M=(4,),
)
T(
    "wa_group",
    "scams",
    """
[{tgl} {ck}] [[n:{n1}]]: *Hati-hati* ada WA dari {sc} ngaku petugas Dukcapil, minta foto KTP deng KK. Jang kasi!
[{tgl} {ck}] [[n:{g2}]]: Beta ju dapat dari {sc} minggu lalu kaka, langsung blok
[{tgl} {ck}] [[n:{g3}]]: Dukcapil pung nomor resmi WA {of}, atau datang langsung ke kantor jam {jam}
[{tgl} {ck}] [[n:{g3}]]: Kalo ada yang mau tanya-tanya, beta pung nomor [[p:{hp3}]]""",
)
T(
    "wa_group",
    "health",
    """
[{tgl} {ck}] [[n:{n1}]]: *Diteruskan*
Dari: [[n:{n1}]] ([[p:{hp1}]])
POSYANDU «BUNGA BAKUNG¦MAWAR¦MELATI» hari «Sabtu¦Rabu», {tgl} jam {jam}. Imunisasi dan timbang balita.
Info: kader posyandu {of}
Kalau anak demam hubungi bidan [[n:{g2}]] di [[p:{hp2}]]
[{tgl} {ck}] [[n:{g3}]]: Makasih mama [[n:{g1}]]""",
    F=(1, 2),
)
T(
    "wa_group",
    "waste",
    """
[{tgl} {ck}] [[n:{n1}]]: Truk sampah sonde datang lagi. Su {num} minggu
[{tgl} {ck}] [[n:{g2}]]: Beta su telpon DLHK {tel}, dong bilang truk rusak
[{tgl} {ck}] [[n:{g1}]]: Pak RT [[n:{g3}]] bisa bantu? Iuran sampah su bayar {rp}
[{tgl} {ck}] [[n:{g3}]]: Beta su lapor ke kelurahan. Kalo ada apa-apa WA beta sa [[p:{hp3}]]
[{tgl} {ck}] [[n:{g2}]]: Siap Pak RT""",
    M=(3,),
)
T(
    "wa_group",
    "schools",
    """
[{tgl} {ck}] [[n:{n1}]]: Bapa mama, info pembagian rapor hari «Jumat¦Sabtu» jam {jam}. Yang belum bayar uang komite {rp} hubungi bendahara komite {of}
[{tgl} {ck}] [[n:{g2}]]: Ibu guru, beta pung anak [[n:{g3}]] sakit, sonde bisa datang
[{tgl} {ck}] [[n:{g1}]]: Baik mama. Nanti telpon ibu di [[p:{hp1}]] sa
[{tgl} {ck}] [[n:{g4}]]: Tata usaha sekolah pung nomor {tel} sonde aktif ko?""",
    F=(1, 2),
)
T(
    "wa_group",
    "social_aid",
    """
[{tgl} {ck}] [[n:{n1}]]: Bapa mama yang belum terima BPNT bulan ini, kumpul fotokopi KK deng KTP
[{tgl} {ck}] [[n:{g2}]]: Kumpul di mana kaka?
[{tgl} {ck}] [[n:{g1}]]: Di pendamping PKH kelurahan, Sdri. [[n:{n3}]]. Nomor pendamping [[p:{hp3}]]
[{tgl} {ck}] [[n:{g4}]]: Kemarin ada yang telpon pake nomor {sc} bilang dia dari Dinas Sosial, minta {rpb}. Itu tipu-tipu to?
[{tgl} {ck}] [[n:{g1}]]: Iya tipu. Jang layani""",
    F=(3,),
)
T(
    "wa_group",
    "police",
    """
[{tgl} {ck}] [[n:{n1}]]: Motor beta hilang tadi malam depan rumah, [[a:{ad1}]]. Vario hitam plat [[pl:{pl1}]]
[{tgl} {ck}] [[n:{g2}]]: Su lapor polisi ko?
[{tgl} {ck}] [[n:{g1}]]: Su lapor SPKT, nomor laporan {tiket}. Kalo ada yang liat tolong kabari beta [[p:{hp1}]] atau «adik¦kaka» beta [[n:{g3}]] [[p:{hp3}]]
[{tgl} {ck}] [[n:{g4}]]: Polsek Oebobo pung nomor {tel} ju bisa""",
)
T(
    "wa_group",
    "electricity",
    """
[{tgl} {ck}] Admin Grup: *INFO PEMADAMAN PLN*
Hari: {tgl}, jam {jam} s/d selesai. Wilayah Oesapa, Lasiana, Kelapa Lima.
Info gangguan: PLN 123 atau WA {of}
[{tgl} {ck}] Grup RT {nn}: Baik admin
[{tgl} {ck}] mama: Token beta {token} sonde masuk, tadi beli {rpt} di counter""",
)
T(
    "wa_group",
    "health",
    """
[{tgl} {ck}] Info Kelurahan: *JADWAL FOGGING*
RT {nn} hari Senin jam {pagi}
RT {nn} hari Rabu jam {pagi}
Info: Puskesmas «Oebobo¦Bakunase¦Oesapa» {tel} / WA {of}
[{tgl} {ck}] Admin Grup: Mohon bapa mama tutup makanan""",
)
T(
    "wa_group",
    "scams",
    """
[{tgl} {ck}] Admin Grup: *HOAX* Pesan berantai "Kirim NIK ke WA {sc} sebelum kuota habis, dapat {rpj}" itu HOAX.
Dinas Sosial tidak pernah minta data lewat WA {sc}.
Pengaduan resmi: SMS 1708 atau WA Dinsos {of}
[{tgl} {ck}] Grup RT {nn}: Siap, makasih infonya""",
)

# ---------------------------------------------------------------- fb_post_comments

FB_AGE = "«{nn} mnt¦{num} j¦Kemarin pukul {jam}¦{num} hari»"
T(
    "fb_post_comments",
    "police",
    """
[[n:{n1}]] ▸ Info Kupang Terkini
"""
    + FB_AGE
    + """
DOMPET HILANG warna coklat sekitar Pasar «Oeba¦Kasih Naikoten», isi KTP, ATM deng uang {rp}. Yang menemukan mohon hub [[p:{hp1}]]. Ada imbalan.
Komentar:
[[n:{n2}]]: Semoga dapat kaka
[[n:{n3}]]: Coba lapor Polsek kaka, «nomor¦telp» {tel}""",
)
T(
    "fb_post_comments",
    "transport",
    """
[[n:{n1}]] ▸ Jual Beli Kupang
"""
    + FB_AGE
    + """
Dijual motor «Vario 125¦Beat¦Scoopy» th {nn}, plat [[pl:{pl1}]], pajak hidup. Harga {rpj} nego. Minat hub [[p:{hp1}]] «(WA)¦(telp/WA)¦»
Komentar:
[[n:{n2}]]: Masih ada kaka?
[[n:{g1}]]: Masih kaka, japri
kupang_bersuara: Hati-hati penipuan, COD sa""",
)
T(
    "fb_post_comments",
    "roads",
    """
[[n:{n1}]] ▸ Suara Warga Kota Kupang
"""
    + FB_AGE
    + """
Jalan di Jl. Kelinci Oebufu su rusak {num} bulan, lubang dalam. Su lapor ke PUPR lewat WA {of}, belum ada jawaban.
Komentar:
[[n:{n2}]]: Sama kaka, di [[a:{rt2}]] ju jalan rusak
Dinas PUPR Kota Kupang: Terima kasih informasinya. Silakan lapor ke WA pengaduan {of} dengan foto dan lokasi.
[[n:{n3}]]: Beta pung rumah di [[a:{ad3}]] tiap hujan banjir. Kalo petugas mau liat, telpon beta [[p:{hp3}]]""",
)
T(
    "fb_post_comments",
    "civil_registry",
    """
[[n:{n1}]] ▸ Forum Warga Kota Kupang
"""
    + FB_AGE
    + """
Urus KTP-el su {num} bulan belum jadi. Kata petugas blanko habis. Nomor antrian beta {antre}.
Komentar:
dukcapilkotakupang: Mohon maaf kak, silakan hubungi WA layanan {of} dengan nomor registrasi.
[[n:{n2}]]: Beta ju begitu. Akhirnya beta telpon Pak [[n:{g3}]] di kantor, dia kasi nomor pribadi [[p:{hp3}]], baru cepat
[[n:{g1}]]: Makasih kaka""",
    M=(3,),
)
T(
    "fb_post_comments",
    "markets",
    """
[[n:{n1}]] ▸ Pedagang Pasar Kupang
"""
    + FB_AGE
    + """
Retribusi di Pasar «Oeba¦Oebobo¦Kasih Naikoten» naik jadi {rpk} per hari tanpa karcis. Yang tagih bilang dari UPTD Pasar. Kantor UPTD «telp¦nomor» {tel}.
Komentar:
[[n:{n2}]]: Di kios Mama [[n:{g3}]] ju ditagih dobel
[[n:{g3}]]: Betul. Kalo dinas mau cek, beta pung nomor [[p:{hp3}]]
Kios Mama Ester: Kami juga kena kak""",
    F=(3,),
)
T(
    "fb_post_comments",
    "health",
    """
[[n:{n1}]] ▸ Info Kupang Terkini
"""
    + FB_AGE
    + """
Anak beta [[n:{g2}]] ditolak di IGD karena kartu JKN [[bpjs:{bpjs2}]] katanya sonde aktif. Padahal iuran su bayar {rp}. BPJS Kesehatan cabang Kupang (telp. {tel}) suru urus ke kantor.
Komentar:
[[n:{n3}]]: Coba WA Pandawa {of} kaka
[[n:{g1}]]: Su kaka, belum balas. Kalo ada yang bisa bantu inbox atau telp [[p:{hp1}]]""",
)
T(
    "fb_post_comments",
    "scams",
    """
[[n:{n1}]] ▸ Waspada Penipuan NTT
"""
    + FB_AGE
    + """
Ada akun ngaku Pak Camat minta pulsa, pake nomor {sc}. Jang percaya!
Komentar:
[[n:{n2}]]: Beta ju dapat dari {sc}, langsung blok
[[n:{n3}]]: Tetangga beta sempat transfer {rpb} ke «rekening¦rek» BRI [[b:{acc4}]]
[[n:{g1}]]: Lapor ke Polresta kaka, nomor SPKT {tel}""",
)
T(
    "fb_post_comments",
    "schools",
    """
[[n:{n1}]] ▸ Orang Tua Murid Kupang
"""
    + FB_AGE
    + """
Dicari guru les matematika SD untuk anak «kelas «2¦3¦4¦5»¦beta», daerah {kel1}. Hub [[p:{hp1}]]
Komentar:
[[n:{n2}]]: Beta bisa kaka, WA [[p:{hp2}]]
Bimbel Cerdas Oebufu: Di kami juga ada kak, WA {bz}
[[n:{n3}]]: Ibu [[n:{g2}]] bagus kaka, anak beta dulu les di dia""",
    F=(2,),
)
T(
    "fb_post_comments",
    "civil_registry",
    """
Dukcapil Kota Kupang
{num} j
Pelayanan KTP-el keliling «Sabtu¦Minggu», {tgl} jam {jam} di Kantor Camat «Alak¦Maulafa¦Oebobo». Antrian online via WA {of}. Info: {tel}
Komentar:
kupangviral: Siap min
Dukcapil Kota Kupang: Kuota {nn} orang per sesi""",
)
T(
    "fb_post_comments",
    "water",
    """
PDAM Tirta Lontar Kota Kupang
{num} j
Jadwal distribusi air minggu ini: RT {nn} sampai RT {nn} hari Senin, RT {nn} sampai RT {nn} hari Kamis. Gangguan lapor WA {of} atau telp {tel}.
Komentar:
Mama Muda Kupang: Jam berapa min?
PDAM Tirta Lontar Kota Kupang: Mulai {jam} kak""",
)
T(
    "fb_post_comments",
    "police",
    """
Polresta Kupang Kota
{num} j
WASPADA PENIPUAN mengatasnamakan polisi. Contoh nomor yang dilaporkan: {sc}, {sc}. Laporkan ke Call Center 110 atau WA SPKT {of}.
Komentar:
kupang_bersuara: Nomor {sc} ju kak
Sedot WC Berkah Abadi: Kami Rp 350.000 saja kak, WA {bz}""",
)

# ---------------------------------------------------------------- poster_flyer

T(
    "poster_flyer",
    "health",
    """
POSYANDU «BUNGA BAKUNG¦KASIH IBU¦MELATI» KEL. {KEL1}
PELAYANAN: TIMBANG, IMUNISASI, VITAMIN A
HARI «SABTU¦RABU», {tgl} JAM {jam} - SELESAI
KADER : [[n:{N1}]] [[p:{hpo1}]]
KADER : [[n:{N2}]] [[p:{hp2}]]
PUSKESMAS «OEBOBO¦SIKUMANA¦BAKUNASE» TELP {tel}""",
    F=(1, 2),
)
T(
    "poster_flyer",
    "markets",
    """
«KOS PUTRI¦KOS PUTRA» «SASANDO¦LONTAR INDAH¦FLAMBOYAN»
TERIMA «BULANAN¦TAHUNAN» - {rpj}/BLN
KAMAR MANDI DALAM, AIR PDAM LANCAR
HUB [[p:{hp1}]] (IBU [[n:{G1}]])
ATAU [[p:{hq1}]]""",
    F=(1,),
)
T(
    "poster_flyer",
    "police",
    """
*** DICARI ***
ANAK HILANG SEJAK {tgl} SEKITAR TERMINAL «KUPANG¦OEBOBO»
NAMA : [[n:{N2}]], UMUR {num} TAHUN
CIRI: BAJU SERAGAM SD, TAS MERAH
YANG MELIHAT MOHON HUBUNGI:
[[p:{hp1}]] (BAPA [[n:{N1}]])
[[p:{hp3}]] (MAMA [[n:{G3}]])
ATAU POLSEK TERDEKAT / CALL CENTER 110""",
    M=(1,),
    F=(3,),
)
T(
    "poster_flyer",
    "waste",
    """
KERJA BAKTI BERSIH LINGKUNGAN RT {nn}/RW 0{num}
MINGGU, {tgl} JAM {jam}
BAWA PARANG, SAPU, KARUNG
NARAHUBUNG: [[n:{N1}]] [[p:{hp1}]]
KETUA RT: BPK. [[n:{N2}]] [[p:{hp2}]]
SAMPAH DIANGKUT TRUK DLHK - INFO DLHK {tel}""",
    M=(2,),
)
T(
    "poster_flyer",
    "markets",
    """
DIJUAL CEPAT
«KULKAS 2 PINTU¦MESIN CUCI¦LEMARI KACA» MASIH BAGUS
HARGA {rpj} BISA NEGO
PEMILIK LANGSUNG, HUB [[p:{hp1}]]
«[[n:{N1}]]¦SY [[n:{G1}]]» - [[a:{AD1}]], KEL. {KEL1}""",
)
T(
    "poster_flyer",
    "scams",
    """
DICARI ANJING HILANG
WARNA COKLAT, NAMA BOBI, KALUNG MERAH
HILANG {tgl} SEKITAR {KEL1}
HUB [[p:{hp1}]] ([[n:{G1}]])
IMBALAN {rp}
AWAS: YANG MINTA TRANSFER DULU ITU PENIPU, BUKAN KAMI""",
)
T(
    "poster_flyer",
    "civil_registry",
    """
PELAYANAN ADMINDUK KELILING
PEREKAMAN KTP-EL, KIA, AKTA KELAHIRAN
LOKASI: AULA KANTOR LURAH {KEL1}
HARI: {tgl}, JAM {jam}
PENDAFTARAN ONLINE WA: {of}
NARAHUBUNG KELURAHAN: [[n:{N1}]] [[p:{hp1}]]
DISDUKCAPIL KOTA KUPANG {tel}""",
)
T(
    "poster_flyer",
    "transport",
    """
SEWA MOBIL «AVANZA¦INNOVA¦XENIA» + SOPIR
DALAM KOTA RP 6{num}0.000/HARI
HUB: [[p:{hp1}]] / [[p:{hq1}]]
(OM [[n:{G1}]])
PLAT [[pl:{PL1}]]""",
    M=(1,),
)
T(
    "poster_flyer",
    "water",
    """
PEMBERITAHUAN PDAM TIRTA LONTAR
PERBAIKAN PIPA TRANSMISI TANGGAL {tgl} JAM {jam}
ALIRAN AIR TERGANGGU DI KEL. OEBUFU, KAYU PUTIH, LILIBA
INFO: CALL CENTER {tel} / WA {of}
NOMOR LAMA {of} TIDAK AKTIF LAGI""",
)
T(
    "poster_flyer",
    "waste",
    """
SEDOT WC
"«BERKAH ABADI¦CAHAYA TIMOR¦SUMBER BERSIH»"
CEPAT - BERSIH - MURAH
MULAI {rp}, TANGKI {nn}00 LITER
BUKA SETIAP HARI {jam}-{jam}
HUB: {bz} / {bz}
MELAYANI KOTA KUPANG DAN SEKITARNYA""",
)
T(
    "poster_flyer",
    "scams",
    """
SPANDUK KELURAHAN «ALAK¦NAIMATA¦FONTEIN»
WASPADA PENIPUAN MENGATASNAMAKAN BANSOS!
PENDAFTARAN BANSOS GRATIS, TIDAK DIPUNGUT BIAYA
NOMOR PENIPU YANG DILAPORKAN: {sc}, {sc}
HUB. PETUGAS : {ofo}
PENGADUAN: SMS 1708""",
)
T(
    "poster_flyer",
    "transport",
    """
SAMSAT KELILING
BAYAR PAJAK KENDARAAN TAHUNAN
{tgl}, JAM {jam} - {jam}
DEPAN PASAR «OEBOBO¦OESAPA¦KUANINO»
INFO: {tel} / WA {of}
BAWA STNK DAN KTP ASLI""",
)

# ---------------------------------------------------------------- web_form

FORM_HEAD = "«LAPOR! - Formulir Pengaduan¦Form Pengaduan Online Pemkot Kupang¦lapor.kupangkota.go.id - Sampaikan Laporan Anda»"
T(
    "web_form",
    "civil_registry",
    FORM_HEAD
    + """
Nama Lengkap : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
No. HP/WA : [[p:{hp1}]]
Email : [[e:{em1}]]
Alamat : [[a:{adr1}]], Kel. {kel1}
Kategori : Administrasi Kependudukan
Isi Laporan : Nama anak saya [[n:{n2}]] di KK tertulis salah. Sudah {num} kali ke Dukcapil, disuruh WA ke {of} tapi tidak dibalas. Nomor antrian terakhir {antre}.""",
    fam={2: 1},
)
T(
    "web_form",
    "health",
    FORM_HEAD
    + """
Nama Lengkap : [[n:{n1}]]
No. HP : [[p:{hp1}]]
Alamat : [[a:{ad1}]], Kel. {kel1}
Kategori : Kesehatan
Isi Laporan : Ibu saya [[n:{n2}]] ({umur2} th) peserta JKN no kartu [[bpjs:{bpjs2}]] ditolak di «RSUD S.K. Lerik¦puskesmas» tanggal {tgl} karena katanya kartu tidak aktif. Saya sudah telepon BPJS Kesehatan {tel} dan WA Pandawa {of}. Mohon dibantu. Bisa hubungi adik saya [[n:{g3}]] [[p:{hp3}]] juga.""",
    F=(2,),
)
T(
    "web_form",
    "schools",
    FORM_HEAD
    + """
Nama Lengkap : [[n:{n1}]]
No. HP/WA : [[p:{hp1}]]
Email : [[e:{emx1}]]
Kategori : Pendidikan
Isi Laporan : Anak saya [[n:{g2}]] (NISN {nisn}) siswa SD di Kel. {kel1}, dana PIP {rpb} belum masuk ke rekening [[b:{acc1}]] {bank1} a.n. [[n:{n1}]]. Operator sekolah bilang hubungi no {of}, tapi tidak aktif. Wali kelas [[n:{n3}]] juga sudah bantu, nomor beliau [[p:{hp3}]].""",
)
T(
    "web_form",
    "electricity",
    FORM_HEAD
    + """
Nama : [[n:{n1}]]
Telepon rumah : [[p:{rum1}]]
HP : [[p:{hp1}]]
Alamat : [[a:{adr1}]]
Kategori : Listrik
Isi Laporan : Token listrik ID pelanggan {idpel} sudah dibeli {rpt} tanggal {tgl} jam {jam}, nomor token {token} ditolak meteran. Sudah telepon PLN 123, diminta ke ULP Kupang ({tel}). Mohon ditindaklanjuti.""",
)
T(
    "web_form",
    "markets",
    FORM_HEAD
    + """
Nama Lengkap : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{np1}]]
No. HP : [[p:{hp1}]]
Kategori : Perdagangan / Pasar
Isi Laporan : Saya pedagang «sayur¦ikan¦sembako» di Pasar «Oeba¦Oebobo¦Inpres». Usaha perorangan, NPWP pribadi sudah ada. Tapi UPTD Pasar minta NPWP koperasi {bnp} untuk izin lapak, dan tagih {rpk} per hari. Kantor UPTD telp {tel} tidak pernah angkat.""",
)
T(
    "web_form",
    "police",
    FORM_HEAD
    + """
Nama Lengkap : [[n:{n1}]]
No. HP : [[p:{hp1}]]
Alamat : [[a:{adr1}]], Kel. {kel1}
Kategori : Keamanan / Kepolisian
Isi Laporan : Motor saya «Vario¦Beat¦Supra X» nopol [[pl:{pl1}]] hilang di parkiran Pasar «Oebobo¦Oeba» tanggal {tgl}. Laporan polisi {tiket}. Saksi tukang parkir, [[n:{n2}]] ([[p:{hp2}]]), lihat pelaku. Juru parkir resmi bilang itu bukan tanggung jawab mereka, hubungi Dishub {tel}.""",
)
T(
    "web_form",
    "roads",
    FORM_HEAD
    + """
Nama Lengkap : [[n:{n1}]]
No. HP : [[p:{hpi1}]]
Email : [[e:{em1}]]
Alamat : [[a:{rt1}]], Kel. {kel1}, Kec. {kec1}
Kategori : Infrastruktur
Isi Laporan : Saluran air depan rumah saya tersumbat, tiap hujan masuk rumah. Sudah lapor ke Seksi Drainase telp {tel} / WA {of}, katanya masuk antrian {tiket}. Tetangga saya Bapak [[n:{n2}]] ([[p:{hp2}]]) rumahnya juga kena.""",
    M=(2,),
)
T(
    "web_form",
    "social_aid",
    FORM_HEAD
    + """
Nama Pelapor : Dirahasiakan
No. HP : -
Kategori : Bantuan Sosial
Isi Laporan : Di kelurahan kami ada oknum yang minta {rp} per KPM untuk pencairan BPNT. Yang tagih pakai nomor {sc}, katanya dari Dinas Sosial. Kami sudah WA pengaduan Dinsos {of} dan telp {tel} tanpa jawaban. Tanggal kejadian {tgl}, ID DTKS tidak kami sebut.""",
)
T(
    "web_form",
    "water",
    FORM_HEAD
    + """
Nama Pelapor : Dirahasiakan
Kategori : Air Bersih
Isi Laporan : Tagihan PDAM No. sambungan {samb} bulan ini {rpb}, pemakaian {nn} m3. Sudah ke loket PDAM (antrian {antre}) dan telp call center {tel}. Petugas bilang cek via WA {of}. Mohon dijelaskan. Tiket {tiket}.""",
)
T(
    "web_form",
    "roads",
    FORM_HEAD
    + """
Nama Pelapor : Forum Warga Peduli Kota
Email : forumwargapeduli.kupang@gmail.com
WA : {of}
Kategori : Infrastruktur
Isi Laporan : Lampu jalan di Jl. Amabi mati {nn} titik sejak {tglk}. Sudah lapor ke Dishub {tel} dan PLN 123, tiket {tiket}. Mohon segera.""",
)

# ---------------------------------------------------------------- field_officer_report

FR_HEAD = (
    "«LAPORAN KUNJUNGAN LAPANGAN¦BERITA ACARA PENINJAUAN LOKASI¦LAPORAN TINDAK LANJUT PENGADUAN»"
)
T(
    "field_officer_report",
    "roads",
    FR_HEAD
    + """
No. Tiket : {tiket}
Tanggal : {tgl}, jam {jam}
Petugas : [[n:{n3}]] (Seksi Drainase)
Pelapor : [[n:{n1}]], HP [[p:{hp1}]]
Lokasi : rumah pelapor, [[a:{adr1}]], Kel. {kel1}
Temuan : saluran tersumbat sampah dan lumpur ±{nn} m. Rumah tetangga, Ibu [[n:{n2}]] ([[p:{hp2}]]), ikut tergenang.
Tindak lanjut : dijadwalkan normalisasi. Koordinasi lewat Seksi Drainase telp {tel} / WA {of}.""",
    F=(2,),
)
T(
    "field_officer_report",
    "social_aid",
    FR_HEAD
    + """
Verifikasi calon penerima BPNT, Kel. {kel1}, {tgl}
1. [[n:{n1}]] ({umur1}) NIK [[nik:{nik1}]] HP [[p:{hp1}]] - layak
2. [[n:{n2}]] ({umur2}) NIK [[nik:{nik2}]] HP [[p:{hp2}]] - layak, lansia
3. [[n:{n3}]] ({umur3}) NIK [[nik:{nik3}]] - tidak punya HP, dihubungi lewat anak [[n:{g4}]] [[p:{hp4}]]
Pendamping : [[n:{n5}]]
Catatan : data dikirim ke Dinas Sosial, WA {of}. Pengaduan warga: SMS 1708.""",
)
T(
    "field_officer_report",
    "waste",
    FR_HEAD
    + """
Tanggal : {tgl}
Lokasi : lahan kosong Jl. «Timor Raya¦Frans Seda¦Adisucipto» km {num}
Temuan : pembuangan sampah liar ±{nn} m3. Pick-up [[pl:{pl1}]] terlihat buang sampah jam {jam}.
Saksi : [[n:{n2}]], warga [[a:{rt2}]], HP [[p:{hp2}]]
Petugas : [[n:{n3}]], DLHK
Tindak lanjut : pemilik kendaraan [[n:{n1}]] dipanggil. Pengaduan sampah: WA DLHK {of}, telp {tel}.""",
)
T(
    "field_officer_report",
    "water",
    FR_HEAD
    + """
Tanggal : {tgl}
Pelanggan : [[n:{n1}]]
No. sambungan : {samb}
Alamat : [[a:{ad1}]], Kel. {kel1}
Telp rumah : [[p:{rum1}]]
Temuan : pipa dinas bocor depan rumah, meter air no. {meter} berputar walau kran tertutup.
Tindakan : pipa diganti. Biaya {rp} ditanggung PDAM.
Petugas : [[n:{n2}]] ([[p:{hp2}]])
Gangguan lain hubungi call center PDAM {tel}.""",
)
T(
    "field_officer_report",
    "health",
    FR_HEAD
    + """
Penyelidikan epidemiologi DBD, {tgl}
Kasus : [[n:{n1}]], {umur1} th, dirawat di RSUD
Alamat : [[a:{adr1}]], Kel. {kel1}
Keluarga yang dihubungi : Bapak [[n:{n2}]] [[p:{hp2}]]
Rumah sekitar diperiksa: {nn}, positif jentik: {num}
Petugas : [[n:{n3}]] (Puskesmas, HP [[p:{hp3}]])
Fogging diajukan ke Dinkes. Info Puskesmas {tel}.""",
    M=(2,),
)
T(
    "field_officer_report",
    "markets",
    FR_HEAD
    + """
Pendataan pedagang Pasar «Oeba¦Oebobo¦Kasih Naikoten», blok {num}, {tgl}
Nama pedagang : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{np1}]]
HP pemilik : [[p:{hp1}]]
Telp usaha : {bz}
Jenis : kios «sembako¦pakaian¦sayur»
Catatan : koperasi pedagang (NPWP {bnp}) menagih iuran {rp}/bulan. Pedagang minta karcis resmi UPTD ({tel}).""",
)
T(
    "field_officer_report",
    "electricity",
    FR_HEAD
    + """
Tanggal : {tgl}, jam {jam}
Lokasi : tiang PJU Jl. «Soeharto¦W.J. Lalamentik¦Piet A. Tallo» depan «Gereja¦Toko Bangunan¦SMPN 2»
Pelapor : [[n:{n1}]] ([[p:{hp1}]]), warga [[a:{rt1}]]
Temuan : kabel PJU putus, {num} lampu mati. Sudah dikoordinasikan dengan PLN ULP Kupang {tel}.
Petugas : [[n:{n2}]]""",
)
T(
    "field_officer_report",
    "roads",
    FR_HEAD
    + """
Survei kerusakan jalan, {tgl}
Ruas : Jl. Kelinci - Jl. Bajawa, panjang {nn}0 m
Titik lubang : {nn}, kedalaman rata-rata {nn} cm
Koordinat : -10.1{otp}, 123.6{otp}
Usulan anggaran : {rpj}
Koordinasi : Bidang Bina Marga telp {tel}, WA {of}
No. surat : {surat}""",
)
T(
    "field_officer_report",
    "markets",
    FR_HEAD
    + """
Jadwal pembersihan Pasar «Oeba¦Oebobo¦Inpres», {tgl}
Blok A jam {jam}, Blok B jam {jam}
Truk DLHK : {num} unit
Kontak UPTD Pasar : {tel}
Kontak DLHK : WA {of}
Retribusi kebersihan : {rpk}/kios/hari
No. surat tugas : {surat}""",
)
T(
    "field_officer_report",
    "health",
    FR_HEAD
    + """
Rekap kunjungan posyandu, {tgl}
Balita ditimbang : {nn}
Imunisasi : {nn}
Ibu hamil : {num}
Rujukan ke puskesmas : {num}
Kontak puskesmas : {tel} / WA {of}
Kader bertugas : {num} orang
Laporan dikirim ke {tel}""",
)

# ---------------------------------------------------------------- chatbot_log

T(
    "chatbot_log",
    "civil_registry",
    """
Chatbot Dukcapil: Selamat datang di layanan «SIDAKU¦Dukcapil Kota Kupang». Ketik 1 untuk KTP-el, 2 untuk KK.
Pengguna: 2
Chatbot Dukcapil: Silakan kirim NIK kepala keluarga.
Pengguna: [[nik:{nik1}]]
Chatbot Dukcapil: Nomor KK?
Pengguna: [[kk:{kk1}]]
Chatbot Dukcapil: Nama pemohon?
Pengguna: [[n:{n1}]]
Chatbot Dukcapil: Nomor HP aktif untuk notifikasi?
Pengguna: [[p:{hp1}]]
Chatbot Dukcapil: Terima kasih. Nomor registrasi Anda {tiket}. Info lanjut WA {of} atau telp {tel} (Senin-Jumat 08.00-15.00).""",
)
T(
    "chatbot_log",
    "water",
    """
Chatbot PDAM: Halo, saya «Lontar¦Tirta», asisten virtual PDAM. Ada yang bisa dibantu?
Pengguna: air sonde jalan su {num} hari
Chatbot PDAM: Mohon kirim nomor sambungan.
Pengguna: {samb}
Chatbot PDAM: Nomor HP yang bisa dihubungi petugas?
Pengguna: «hp sy¦ini» [[p:{hp1}]] atau «tlp rumah¦rumah» [[p:{rum1}]]
Chatbot PDAM: Laporan Anda tercatat dengan nomor {tiket}. Untuk darurat hubungi call center {tel}.""",
)
T(
    "chatbot_log",
    "electricity",
    """
PLN Mobile (chat): Selamat «pagi¦siang¦malam», ada kendala apa?
Pengguna: Listrik padam di rumah sejak jam {jam}
PLN Mobile (chat): ID pelanggan?
Pengguna: {idpel}
PLN Mobile (chat): Nomor telepon pelapor?
Pengguna: [[p:{hp1}]]
PLN Mobile (chat): Alamat lengkap?
Pengguna: [[a:{adr1}]], Kel. {kel1}
PLN Mobile (chat): Laporan {tiket} diteruskan ke petugas. Petugas bisa menghubungi dari nomor kantor {of}.""",
)
T(
    "chatbot_log",
    "health",
    """
Veronika (Virtual Assistant): Halo, saya Veronika, asisten virtual BPJS Kesehatan. Silakan pilih: 1 Cek status, 2 Ubah data.
Pengguna: 1
Veronika (Virtual Assistant): Nomor kartu JKN?
Pengguna: [[bpjs:{bpjs1}]]
Veronika (Virtual Assistant): Status kartu: tidak aktif, tunggakan {rpb}. Bayar via VA {va}.
Pengguna: sy mau ubah nomor HP, yg lama sdh hilang. yg baru [[p:{hp1}]]
Veronika (Virtual Assistant): Untuk ubah data hubungi Care Center 165 atau WA Pandawa {of}.""",
)
T(
    "chatbot_log",
    "social_aid",
    """
Asisten Dinsos: Selamat datang di layanan pengaduan Dinas Sosial Kota Kupang.
Pengguna: sy [[n:{ln1}]] mau tanya PKH sy kenapa tdk cair
Asisten Dinsos: Mohon tulis NIK Anda.
Pengguna: [[nik:{nik1}]]
Asisten Dinsos: Data Anda ada di DTKS. Silakan hubungi pendamping wilayah.
Pengguna: pendamping sy Ibu [[n:{n2}]], nomornya [[p:{hp2}]] tdk aktif
Asisten Dinsos: Baik, laporan {tiket} diteruskan. Hotline Dinsos {tel}. HP saya [[p:{hp1}]] bisa dihubungi? (ketik YA)
Pengguna: YA""",
    F=(2,),
)
T(
    "chatbot_log",
    "scams",
    """
Chatbot Polresta: Layanan aduan siber. Tulis kronologi singkat.
Pengguna: sy ditelpon nomor {sc} ngaku kurir J&T, minta kode OTP. sy kasih, skrg saldo DANA sy hilang {rpb}
Chatbot Polresta: Nomor DANA Anda?
Pengguna: [[p:{hp1}]]
Chatbot Polresta: Nama pelapor?
Pengguna: [[n:{n1}]]
Chatbot Polresta: Laporan {tiket}. Silakan datang ke SPKT dengan bukti. Info WA SPKT {of}.""",
)
T(
    "chatbot_log",
    "schools",
    """
Chatbot PPDB: Selamat datang di PPDB Kota Kupang. Ketik NISN calon siswa.
Pengguna: {nisn}
Chatbot PPDB: Nama orang tua/wali?
Pengguna: [[n:{n1}]]
Chatbot PPDB: Nomor HP orang tua?
Pengguna: [[p:{hp1}]]
Chatbot PPDB: Email (opsional)?
Pengguna: [[e:{em1}]]
Chatbot PPDB: Pendaftaran berhasil, nomor {tiket}. Kendala aplikasi WA {of}.""",
)
T(
    "chatbot_log",
    "electricity",
    """
PLN Mobile (chat): Info: pemadaman terencana {tgl} jam {jam}-{jam}, penyulang «Oesapa¦Penfui¦Kuanino».
Pengguna: token sy {token} gagal
PLN Mobile (chat): Mohon ID pelanggan.
Pengguna: {idpel}
PLN Mobile (chat): Token sudah diproses ulang. Nomor referensi {trx}. Kendala lain: PLN 123 atau WA {of}.""",
)
T(
    "chatbot_log",
    "civil_registry",
    """
Chatbot Dukcapil: Jam layanan Senin-Jumat 08.00-15.00, Sabtu 08.00-12.00.
Pengguna: cek status berkas
Chatbot Dukcapil: Nomor registrasi?
Pengguna: {tiket}
Chatbot Dukcapil: Berkas selesai {tgl}. Ambil di loket {num}. Antrian online WA {of}, informasi {tel}.""",
)
T(
    "chatbot_log",
    "transport",
    """
Asisten Dishub: Layanan informasi angkutan kota. Pilih 1 trayek, 2 pengaduan.
Pengguna: 2
Asisten Dishub: Pengaduan angkutan kota bisa ke WA {of} atau telp {tel}. Sertakan nomor lambung dan jam kejadian.
Pengguna: bemo nomor lambung {nn} jam {jam} tarik {rpk}, harusnya Rp 3.000
Asisten Dishub: Tercatat, nomor {tiket}.""",
)

# ---------------------------------------------------------------- marketplace_chat

T(
    "marketplace_chat",
    "markets",
    """
Marketplace - Chat tentang: «Kulkas bekas¦Lemari kayu¦Kasur spring bed» {rpj}
Pembeli: Kaka, masih ada?
Penjual: Masih kaka. Ambil di rumah sa, [[a:{ad2}]], Kel. {kel2}
Pembeli: Bisa antar? Sa bayar transfer
Penjual: Transfer ke «rek¦rekening» {bank2} [[b:{acc2}]] a.n. [[n:{n2}]]. Kalo sudah WA sa [[p:{hp2}]]
Pembeli: Oke. Nomor sa [[p:{hp1}]], nama [[n:{g1}]]""",
)
T(
    "marketplace_chat",
    "scams",
    """
Marketplace - Chat tentang: «HP Samsung A54¦iPhone 11¦Laptop Asus» {rpj}
Pembeli: Kaka, barang masih?
Penjual: Ada. Bayar dulu via DANA {sc}, baru kirim
Pembeli: COD bisa?
Penjual: Tidak bisa, transfer dulu
[pesan berikut diteruskan ke Unit Pengaduan oleh pembeli]
Sy sudah transfer {rpb} ke DANA {sc}, akun langsung hilang. Sy [[n:{n1}]], HP [[p:{hp1}]]. Mohon diteruskan ke polisi.""",
)
T(
    "marketplace_chat",
    "transport",
    """
Chat: Sewa mobil
Pembeli: Om, mobil ada besok? Ke Soe pulang pergi
Penjual: Ada. Rp 6{num}0.000 dengan sopir. Sopir sa pung anak [[n:{g3}]], nomornya [[p:{hp3}]]
Pembeli: Oke om. Kalo travel «Timor Express¦Paradiso¦Lontar Jaya» tu nomor {bz} su penuh
Penjual: Iya. Bayar DP ke sa pribadi BRI [[b:{acc2}]] a.n. [[n:{n2}]]
Pembeli: Siap om [[n:{g2}]]""",
    M=(2,),
)
T(
    "marketplace_chat",
    "water",
    """
Chat: Air tangki
Pembeli: Kaka, air tangki {rp} antar ke [[a:{adr1}]] bisa?
Penjual: Bisa kaka. Sore jam {jam}. Sopir [[n:{n3}]] [[p:{hp3}]] yang antar
Pembeli: Oke. Sa tunggu di rumah, WA [[p:{hp1}]]
Penjual: Kalo yang {bz} itu nomor depot lain kaka, bukan kami""",
    M=(3,),
)
T(
    "marketplace_chat",
    "electricity",
    """
Chat: Jasa instalasi listrik
Pembeli: Pak, bisa pasang instalasi rumah? Daya «900¦1300» VA
Penjual: Bisa. Sa tukang listrik sendiri, bukan kontraktor. Nama sa [[n:{n2}]], HP [[p:{hp2}]]
Pembeli: Biaya?
Penjual: {rpj}, belum termasuk SLO. Urus SLO di kantor {tel}
Pembeli: Oke pak. Rumah sa [[a:{ad1}]], telp [[p:{hp1}]]""",
    M=(2,),
)
T(
    "marketplace_chat",
    "markets",
    """
Chat: Beras premium 5 kg
Pembeli: Kaka, beras masih?
Penjual: Masih kaka, {rp}/karung. Sa jual dari rumah, [[a:{adr2}]]
Pembeli: Sa ambil 2. Kaka pung nomor?
Penjual: [[p:{hp2}]] ([[n:{g2}]])
Pembeli: Oke, sa [[n:{g1}]] [[p:{hp1}]]""",
)
T(
    "marketplace_chat",
    "schools",
    """
Chat: Seragam SD bekas
Pembeli: Mama, seragam ukuran {num} ada?
Penjual: Ada. Sa pung anak [[n:{g3}]] su naik SMP jadi sa jual. Rp {nn}.000 satu stel
Pembeli: Sa bayar lewat DANA mama boleh?
Penjual: DANA sa [[p:{hp2}]] a.n. [[n:{n2}]]
Pembeli: Sudah mama. Bukti transfer {trx}""",
    F=(2,),
    fam={3: 2},
)
T(
    "marketplace_chat",
    "markets",
    """
Chat: Toko Bangunan «Sumber Rejeki¦Sinar Timor¦Maju Jaya»
Pembeli: Semen masih?
Toko Bangunan: Ada kak, {rp}/sak. Pesan di WA kami {bz} atau telp toko {tel}
Pembeli: Ongkir ke Oesapa?
Toko Bangunan: {rp}. Nomor pesanan {order}""",
)
T(
    "marketplace_chat",
    "transport",
    """
Chat: Kurir
Pembeli: Paket sa belum sampai, resi {resi}
Kurir JNE: Mohon maaf kak, paket tertahan di gudang. Info lanjut hubungi CS kami {bz} atau {tel}
Pembeli: Su {num} hari
Kurir JNE: Kode komplain {kode}, dicek {tgl}""",
)
T(
    "marketplace_chat",
    "scams",
    """
Chat: Pulsa murah ({tgl} {jam})
Penjual: Pulsa {rp} cukup bayar setengah, transfer ke DANA {sc}
Pembeli: Kok beda nomor lagi? Kemarin {sc}
Penjual: Nomor lama hilang
Pembeli: Nanti sa lapor. Ini nomor penipu, su ada di daftar {tiket}, sa rugi {rpb}""",
)

# ---------------------------------------------------------------- email

T(
    "email",
    "civil_registry",
    """
From: «[[n:{n1}]]¦"[[n:{n1}]]"» <[[e:{em1}]]>
To: Dukcapil Kota Kupang <pelayanan.dukcapil@kupangkota.go.id>
Subject: KTP-el belum jadi sejak {tglk}

Yth. Bapak/Ibu,
Saya mengurus KTP-el dengan NIK [[nik:{nik1}]], nomor registrasi {tiket}. Sampai sekarang belum jadi. WA layanan {of} hanya dibalas otomatis.
Mohon info. Saya bisa dihubungi di [[p:{hp1}]].

Hormat saya,
[[n:{n1}]]""",
)
T(
    "email",
    "water",
    """
From: Unit Pengaduan Pemkot Kupang <pengaduan@kupangkota.go.id>
To: [[e:{em1}]]
Subject: Tindak lanjut laporan {tiket}

Yth. Bapak/Ibu [[n:{n1}]],
Laporan Anda dari nomor [[p:{hpi1}]] tanggal {tglk} tentang air PDAM di [[a:{rt1}]] sudah diteruskan ke PDAM Tirta Lontar. Petugas kami Ibu [[n:{n2}]] di [[p:{hp2}]] akan menghubungi Anda.

Salam,
Unit Pengaduan Kasih Kota Kupang
Jl. S.K. Lerik, Kupang - Telp. {tel} - WA {of}""",
    F=(2,),
)
T(
    "email",
    "schools",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Tata Usaha SMPN «2¦5¦7» Kupang <tu.smpn.kupang@gmail.com>
Cc: [[n:{n2}]] <[[e:{emd2}]]>
Subject: Dana PIP anak saya

Selamat «pagi¦siang»,
Anak saya [[n:{g3}]] kelas «7¦8¦9» belum terima PIP {rpb}. Rekening [[b:{acc1}]] {bank1} a.n. [[n:{n1}]]. Nomor HP saya [[p:{hp1}]].
Saya tembuskan ke wali kelas, Ibu [[n:{g2}]] (email dinas beliau di atas).
Terima kasih,
[[n:{n1}]]""",
    F=(2,),
)
T(
    "email",
    "electricity",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan@kupangkota.go.id
Subject: Tagihan listrik naik

Dengan hormat,
Tagihan PLN ID pelanggan {idpel} naik dari {rise}. Pemakaian {kwh} kWh sama seperti bulan lalu. PLN 123 dan ULP Kupang ({tel}) minta saya datang ke kantor.
Kontak saya: HP [[p:{hp1}]], rumah [[p:{rum1}]].
Salam,
[[n:{n1}]]
[[a:{adr1}]], Kel. {kel1}""",
)
T(
    "email",
    "social_aid",
    """
From: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Konfirmasi NPWP untuk bantuan UMKM

Yth. [[n:{n1}]],
NPWP Bapak/Ibu [[npwp:{np1}]] sudah aktif. Untuk pencairan bantuan UMKM, NPWP usaha koperasi {bnp} tidak dapat dipakai. Pertanyaan: Kring Pajak 1500200 atau telp {tel}.
Account Representative: [[n:{n2}]] ([[e:{emj2}]])""",
)
T(
    "email",
    "scams",
    """
From: [[n:{n1}]] <[[e:{emx1}]]>
To: pengaduan@kupangkota.go.id
Subject: Penipuan atas nama Dinas Sosial

Saya terima email dari bansos.kemensos.ntt@gmail.com dan WA dari {sc}, katanya saya dapat bantuan {rpj} kalau kirim foto KTP. Nomor lain juga {sc}. Saya tidak kirim.
Yang benar nomor Dinsos berapa? Saya bisa dihubungi di [[p:{hp1}]].
[[n:{n1}]], [[a:{rt1}]], Kel. {kel1}""",
)
T(
    "email",
    "health",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Dinas Kesehatan Kota Kupang <dinkes.kotakupang@gmail.com>
Subject: Pelayanan puskesmas

Yth. Kepala Dinas,
Tanggal {tglk} bapak saya [[n:{n2}]] (kartu JKN [[bpjs:{bpjs2}]]) menunggu dari jam {jam} sampai sore. Telepon puskesmas {tel} tidak diangkat. Saya bisa dihubungi di [[p:{hp1}]], adik saya [[n:{g3}]] di [[p:{hp3}]].
Hormat saya,
[[n:{n1}]]""",
    M=(2,),
    fam={1: 2},
)
T(
    "email",
    "markets",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: UPTD Pasar <uptdpasar.kupang@gmail.com>
Subject: Permohonan lapak

Saya pedagang ikan, usaha perorangan. Data saya:
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{np1}]]
HP : [[p:{hp1}]]
Lapak lama di Pasar Oeba blok {num}. Mohon dipertimbangkan. Surat rekomendasi kelurahan no. {surat}.
[[n:{n1}]]""",
)
T(
    "email",
    "waste",
    """
From: DLHK Kota Kupang <dlhk@kupangkota.go.id>
To: Forum RT Kota Kupang <forumrt.kupang@gmail.com>
Subject: Jadwal angkut sampah {tgl}

Jadwal truk: Kel. Oebufu jam {jam}, Kel. Liliba jam {jam}, Kel. Oesapa jam {jam}.
Retribusi {rp}/KK/bulan dibayar lewat VA {va}.
Pengaduan: WA {of} / telp {tel}.
Bidang Persampahan DLHK Kota Kupang
Jl. Timor Raya Km. {num}, Telp. {tel}""",
)
T(
    "email",
    "transport",
    """
From: noreply@lapor.go.id
To: pengaduan@kupangkota.go.id
Subject: Laporan baru {tiket}

Laporan baru kategori Perhubungan, {tgl} {jam}.
Isi: Angkot jurusan {nn} sering menolak penumpang. Pelapor: Dirahasiakan.
Disposisi ke Dinas Perhubungan, telp {tel}, WA {of}.
ID laporan {trx}.""",
)
T(
    "email",
    "electricity",
    """
From: PLN UP3 Kupang <up3kupang@pln.co.id>
To: pengaduan@kupangkota.go.id
Subject: Pemeliharaan jaringan {tgl}

Pemeliharaan jaringan tanggal {tgl} jam {jam}-{jam} di penyulang «Oesapa¦Penfui¦Oebobo».
Informasi: PLN 123, WA {of}, telp {tel}.
No. surat {surat}.
Manajer UP3 Kupang""",
)

# ---------------------------------------------------------------- call_transcript

CALL_HEAD = "«Transkrip panggilan¦Rekaman call center¦Catatan panggilan masuk» {tgl} {t}"
T(
    "call_transcript",
    "police",
    CALL_HEAD
    + """ - Call Center 112
Petugas: 112, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Ada kecelakaan di Jl. Frans Seda depan Bank NTT. Motor tabrak mobil.
Petugas: Nomor polisi kendaraan?
Penelepon: Mobil [[pl:{pl2}]], motornya [[pl:{pl4}]]
Petugas: Atas nama siapa?
Penelepon: [[n:{n1}]]
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]]
Petugas: Ambulans dan Satlantas meluncur. Lanjut ke {tel} (Unit Gakkum Satlantas) kalau ada perkembangan.""",
)
T(
    "call_transcript",
    "water",
    CALL_HEAD
    + """ - Call Center PDAM
Petugas: PDAM Tirta Lontar, selamat «pagi¦siang», dengan [[n:{g3}]].
Penelepon: Air sonde jalan su {num} hari di rumah
Petugas: Boleh nomor sambungannya?
Penelepon: {samb}
Petugas: Nomor telepon rumah atau HP?
Penelepon: Rumah [[p:{rum1}]], HP [[p:{hp1}]]
Petugas: Atas nama?
Penelepon: [[n:{n1}]]
Petugas: Tercatat {tiket}. Petugas lapangan kami, Pak [[n:{g2}]], akan telpon dari [[p:{hp2}]]. Kalau belum, silakan ke {tel}.""",
    M=(2,),
)
T(
    "call_transcript",
    "civil_registry",
    CALL_HEAD
    + """ - Layanan Dukcapil
Petugas: Dukcapil Kota Kupang, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: KK beta salah tanggal lahir
Petugas: NIK Bapak?
Penelepon: [[nik:{nik1}]]
Petugas: Nomor KK?
Penelepon: [[kk:{kk1}]]
Petugas: Nomor HP?
Penelepon: [[p:{hp1}]]
Petugas: Silakan bawa KK asli ke loket {num}. Antrian online WA {of}.""",
    M=(1,),
)
T(
    "call_transcript",
    "electricity",
    CALL_HEAD
    + """ - PLN 123
Agen: PLN 123, selamat «pagi¦malam», dengan [[n:{g3}]].
Pelapor: Listrik padam sejak jam {jam}, satu gang
Agen: ID pelanggan?
Pelapor: {idpel}
Agen: Nomor yang bisa dihubungi?
Pelapor: [[p:{hp1}]]. Kalo sonde angkat, tetangga sa [[n:{n2}]] [[p:{hp2}]]
Agen: Laporan {tiket}. Untuk pertanyaan lain WA {of}.""",
)
T(
    "call_transcript",
    "social_aid",
    CALL_HEAD
    + """ - Hotline Dinas Sosial
Petugas: Dinas Sosial, selamat siang.
Penelepon: Sa mau tanya BPNT. Pendamping pung nomor {of} sonde angkat
Petugas: Pendamping wilayah Ibu siapa?
Penelepon: Ibu [[n:{n2}]], nomornya [[p:{hp2}]]
Petugas: Nama Ibu/Bapak?
Penelepon: [[n:{n1}]], NIK [[nik:{nik1}]]
Petugas: Baik, kami teruskan. Nomor Ibu/Bapak?
Penelepon: [[p:{hp1}]]""",
    F=(2,),
)
T(
    "call_transcript",
    "scams",
    CALL_HEAD
    + """ - SPKT Polresta
Petugas: SPKT Polresta, silakan.
Penelepon: Sa ditelpon [[p:{hq2}]], mengaku petugas bank, minta kode OTP. Sa su kasih, saldo hilang {rpb}.
Petugas: Uang ditransfer ke mana?
Penelepon: Ke rekening [[b:{acc2}]] a.n. [[n:{n2}]]
Petugas: Nama Bapak/Ibu dan nomor HP?
Penelepon: [[n:{n1}]], [[p:{hp1}]]
Petugas: Silakan datang buat laporan. Bank pung nomor resmi {tel}.""",
)
T(
    "call_transcript",
    "health",
    CALL_HEAD
    + """ - Puskesmas
Petugas: Puskesmas «Oebobo¦Sikumana¦Oesapa», dengan [[n:{g3}]].
Penelepon: Anak sa demam tinggi, {num} hari. Bisa dikunjungi?
Petugas: Alamat?
Penelepon: [[a:{adr1}]], Kel. {kel1}
Petugas: Nomor HP?
Penelepon: [[p:{hp1}]]
Petugas: Bidan [[n:{g2}]] akan ke sana jam {jam}, nomor bidan [[p:{hp2}]]. Kalau darurat ke UGD {tel}.""",
    F=(2,),
)
T(
    "call_transcript",
    "waste",
    CALL_HEAD
    + """ - DLHK
Petugas: DLHK, selamat pagi.
Penelepon: Truk sampah sonde datang {num} minggu
Petugas: Lokasinya?
Penelepon: Depan [[a:{ad1}]]
Petugas: Nama dan nomor?
Penelepon: [[n:{n1}]], [[p:{hp1}]]. Ketua RT kami Pak [[n:{g2}]] ju su telpon, dia pung nomor [[p:{hp2}]]
Petugas: Kami jadwalkan {tgl}.""",
    M=(2,),
)
T(
    "call_transcript",
    "electricity",
    CALL_HEAD
    + """ - PLN 123
Agen: PLN 123, selamat malam.
Penelepon: Lampu jalan di Jl. Amabi mati
Agen: Penerangan jalan kewenangan Dishub, silakan ke {tel} atau WA {of}.
Penelepon: Oke, terima kasih
Agen: Nomor referensi {tiket}, durasi {nn} detik""",
)
T(
    "call_transcript",
    "transport",
    CALL_HEAD
    + """ - Dishub
Agen: Dinas Perhubungan, selamat siang.
Penelepon: Mau tanya jadwal uji KIR
Agen: Uji KIR Senin-Kamis jam {pagi}. Biaya {rp}. Daftar via WA {of}.
Penelepon: Kalo telp kantor?
Agen: {tel}, atau {tel}""",
)
T(
    "call_transcript",
    "roads",
    CALL_HEAD
    + """ - Dinas PUPR
Petugas: PUPR, selamat pagi.
Penelepon: Jalan di Jl. Kelinci Oebufu berlubang, su makan korban
Petugas: Sudah ada laporan {tiket}. Perbaikan dijadwalkan «minggu depan¦bulan depan», anggaran {rpj}.
Penelepon: Kalo mau lapor lagi?
Petugas: Silakan ke {tel} atau WA {of}.""",
)

# ---------------------------------------------------------------- more families, every style

T(
    "sms_caps",
    "tax_permit",
    SMS
    + """
kotkupang sy [[n:{ln1}]] mau tanya npwp sy [[npwp:{np1}]] kok tdk terbaca di sistem oss. sdh tlp kring pajak 1500200 dan kpp {tel}, disuruh tunggu. hp sy [[p:{hp1}]]""",
)
T(
    "sms_caps",
    "social_aid",
    SMS
    + """
KOTKUPANG HP SY GANTI. NOMOR LAMA [[p:{hq1}]] SDH TDK AKTIF, NOMOR BARU [[p:{hp1}]]. MOHON DATA PKH SY DIUBAH, PENDAMPING TDK BALAS. NIK [[nik:{nikb1}]]. TRIMS. [[n:{N1}]]""",
)
T(
    "sms_caps",
    "roads",
    SMS_ANON
    + """
kotkupang jln di oebufu dekat sd inpres rusak {nn} meter, sdh {num} bln. sdh lapor pupr {tel} dan wa {of}. tiket {tiket} tgl {tglk}""",
)
T(
    "wa_group",
    "civil_registry",
    """
[{tgl} {ck}] [[n:{lg1}]]: sa pung anak pung akta belum jadi su {num} bulan. wa dukcapil {of} sonde balas
[{tgl} {ck}] [[n:{lg2}]]: coba telpon kaka [[n:{g3}]] di dukcapil, dia pung nomor pribadi [[p:{hp3}]]
[{tgl} {ck}] [[n:{lg1}]]: makasih. kalo dukcapil telpon rumah sa [[p:{rum1}]] sonde ada orang, jadi kasi nomor hp sa [[p:{hp1}]] sa
[{tgl} {ck}] Admin Grup: Antrian online Dukcapil lewat WA {of}, buka jam {jam}""",
)
T(
    "wa_group",
    "transport",
    """
[{tgl} {ck}] [[n:{n1}]]: Ada yang tau travel ke Atambua besok?
[{tgl} {ck}] [[n:{g2}]]: Travel «Timor Express¦Paradiso¦Lontar Jaya» nomor {bz}, {rp} satu orang
[{tgl} {ck}] [[n:{g3}]]: Om [[n:{g4}]] ju sopir travel, dia pung nomor [[p:{hp4}]]. Mobil plat [[pl:{pl4}]]
[{tgl} {ck}] [[n:{g1}]]: Makasih kaka. Sa telpon om dulu""",
    M=(4,),
)
T(
    "fb_post_comments",
    "markets",
    """
[[n:{n1}]] ▸ Jual Beli Tanah Kupang
"""
    + FB_AGE
    + """
Dijual tanah kavling {nn}0 m2 di «Penfui¦Naimata¦Kolhua», SHM, {rpj} per are. Pemilik langsung. Hub [[p:{hp1}]] ([[n:{g1}]])
Komentar:
[[n:{n2}]]: Masih ada kaka? Sa WA dari nomor [[p:{hp2}]]
Notaris Kupang Jaya: Urus balik nama di kami kak, telp {tel}
[[n:{g1}]]: Masih kaka, su balas""",
)
T(
    "fb_post_comments",
    "electricity",
    """
[[n:{n1}]] ▸ Info Kupang Terkini
"""
    + FB_AGE
    + """
Listrik di [[a:{rt1}]] mati hidup dari jam {jam}. Su telpon PLN 123 tapi belum datang. ID pel {idpel}.
Komentar:
Counter Flobamora Cell: Token listrik bisa di kami kak, WA {bz}
[[n:{n2}]]: Kaka [[n:{g3}]] tukang listrik bisa bantu cek instalasi, WA [[p:{hp3}]]
[[n:{g1}]]: Makasih kaka, sa hubungi""",
)
T(
    "poster_flyer",
    "markets",
    """
DIJUAL RUMAH TINGGAL
LT {nn}0 M2, LB {nn} M2, SHM
ALAMAT: [[a:{ADR1}]], KEL. {KEL1}
HARGA RP {nn}0 JUTA NEGO
HUB PEMILIK: [[n:{N1}]]
[[p:{hpo1}]] / [[p:{hq1}]]
TANPA PERANTARA""",
)
T(
    "web_form",
    "tax_permit",
    FORM_HEAD
    + """
Nama Lengkap : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{np1}]]
No. HP : [[p:{hpn1}]]
Email : [[e:{emx1}]]
Kategori : Pajak Daerah
Isi Laporan : Tagihan PBB NOP {nop} tahun ini {rpb}, naik dua kali. Kode billing {billing}. Bapenda ({tel}) bilang ajukan keberatan lewat WA {of}. Mohon penjelasan.""",
)
T(
    "field_officer_report",
    "schools",
    FR_HEAD
    + """
Monitoring PIP SD Inpres «Oepura 2¦Oebufu 3¦Naimata», {tgl}
Siswa : [[n:{n2}]] (NISN {nisn}), kelas «1¦2¦3¦4¦5¦6»
Orang tua : [[n:{n1}]]
Kontak : [[p:{hp1}]] / [[p:{hq1}]]; kantor sekolah {tel}; operator sekolah {of}
Temuan : dana {rpb} belum dicairkan, buku tabungan dipegang sekolah.
Petugas : [[n:{n3}]]""",
    fam={2: 1},
)
T(
    "chatbot_log",
    "health",
    """
Asisten Posyandu: Daftar kunjungan posyandu. Nama ibu?
Pengguna: [[n:{n1}]]
Asisten Posyandu: Nama anak?
Pengguna: [[n:{g2}]]
Asisten Posyandu: Nomor HP ibu? (contoh: 081234567890)
Pengguna: [[p:{hp1}]] atau [[p:{hq1}]]
Asisten Posyandu: Jadwal Anda {tgl} jam {jam}. Info kader posyandu {of}.""",
    F=(1,),
)
T(
    "marketplace_chat",
    "markets",
    """
Chat: Sembako «Toko Berkat¦Kios Lontar¦Toko Harapan»
Pembeli: Kaka, ini nomor toko? {bz}
Penjual: Itu nomor toko kaka. Sa pemilik toko, kalo mau pesan banyak WA sa pribadi [[p:{hpo2}]]
Pembeli: Oke. Minyak goreng {rp}, gula {rp}
Penjual: Siap. Nama sa [[n:{n2}]]""",
)
T(
    "email",
    "waste",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Kelurahan «Oebufu <kelurahan.oebufu@gmail.com>¦Liliba <kel.liliba@gmail.com>¦Oesapa <kelurahanoesapa@gmail.com>»
Subject: Sampah liar di «belakang pasar¦dekat kali»

Yth. Bapak Lurah,
Sampah liar makin banyak, truk DLHK ({tel}) sudah {num} minggu tidak masuk. Mohon dibantu.

Hormat kami,
[[n:{n1}]]
Ketua RT {nn}
HP [[p:{hp1}]]""",
)
T(
    "email",
    "tax_permit",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
Subject: Keberatan PBB

Dengan hormat,
Saya keberatan atas PBB NOP {nop} sebesar {rpb}. Data saya:
NPWP: [[npwp:{np1}]]
HP: [[p:{hpn1}]]
Salinan SPPT terlampir (SPPT_{otp}.pdf).
[[n:{n1}]]""",
)
T(
    "call_transcript",
    "schools",
    CALL_HEAD
    + """ - Inspektorat
Petugas: Saber Pungli, selamat siang.
Penelepon: Sa mau lapor pungutan di SMP. Wali kelas, Pak [[n:{n2}]], minta {rp} per anak untuk rapor. Nomor dia [[p:{hp2}]]
Petugas: Tata usaha sekolah sudah dihubungi?
Penelepon: TU {tel} sonde angkat
Petugas: Nomor Bapak/Ibu?
Penelepon: [[p:{hps1}]], nama [[n:{n1}]]
Petugas: Terima kasih, laporan {tiket}.""",
    M=(2,),
)
T(
    "web_form",
    "scams",
    FORM_HEAD
    + """
Nama Pelapor : Dirahasiakan
Kategori : Penipuan / Pinjol
Isi Laporan : Penagih pinjol teror saya pakai nomor {sc}, {sc} dan {sc}, tidak sebut nama. Pinjaman {rpb}, sudah bayar {rpj}. Kode pinjaman {kode}. Sudah lapor ke OJK 157 dan WA {of}.""",
)
T(
    "email",
    "schools",
    """
From: Tata Usaha SD Inpres «Oepura 2¦Oebufu 3¦Naimata» <tu.sdinpres.kupang@gmail.com>
To: pengaduan@kupangkota.go.id
Subject: Klarifikasi pungutan

Tidak ada pungutan rapor. Dana BOS {rpj} sudah dipakai sesuai RKAS. Surat {surat}.
Kontak: telp {tel}, WA {of}.""",
)
T(
    "chatbot_log",
    "tax_permit",
    """
Kring Pajak Bot: Selamat datang. Pilih 1 NPWP, 2 PBB, 3 lainnya.
Pengguna: 2
Kring Pajak Bot: PBB dikelola Bapenda Kota Kupang, telp {tel}, WA {of}. Cek tagihan NOP {nop}.
Pengguna: kode billing {billing}?
Kring Pajak Bot: Kode billing berlaku sampai {tgl} jam {jam}.""",
)
T(
    "marketplace_chat",
    "electricity",
    """
Chat: Counter «Flobamora Cell¦Lontar Cell¦Sasando Ponsel» ({tgl} {jam})
Pembeli: Token {rpt}
Counter: Siap kak. ID pelanggan?
Pembeli: {idpel}
Counter: Token {token}. Kendala WA CS {bz}""",
)
T(
    "field_officer_report",
    "transport",
    FR_HEAD
    + """
Inspeksi Terminal «Oebobo¦Kupang¦Noelbaki», {tgl} jam {jam}
Angkot beroperasi : {nn}, tanpa izin trayek : {num}
Tarif dipungut : {rp} (resmi {rp})
Kontak Dishub : {tel} / WA {of}
Pos terminal : {tel}
No. surat tugas : {surat}""",
)


# ---------------------------------------------------------------- end of templates

if __name__ == "__main__":
    main()
