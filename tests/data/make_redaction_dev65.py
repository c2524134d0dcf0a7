# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, SIM905
"""Write tests/data/redaction_dev65.jsonl: whose tax number it is, in complaints to Kota Kupang.

Texts as they reach the complaint unit of Kota Kupang and SP4N-LAPOR!: mail threads, rows
pasted from a spreadsheet, the web form, WhatsApp forwards, SMS to 1708 in capitals, formal
letters, scanned forms, minutes of meetings, Kupang Malay chats, receipts and invoices. The
focus is tax numbers and identity blocks: a person's NPWP in every writing (old format dotted,
bare, sixteen digits as the NIK, spaced, broken by a line, letters for digits, a digit dropped
or added, NITKU) beside the unlabelled NPWPs of bodies (a CV's, a PT's, a UD's, a cooperative's,
a foundation's, a church's, a BUMDes's, a shop's, an office treasurer's) and look-alikes (NOP,
billing codes, NTPN, faktur numbers, NIB, permit and letter numbers, invoices, amounts).

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``,
``{npd1}``, ``{bnp1}`` ...) and alternatives (``«one¦other»``, innermost first), each filled
several times with invented values; offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev65.py`` (standard library only, deterministic);
``--review`` prints every unlabelled run of digits and ``@`` token with the forty characters
before it; ``--show N SEED`` prints N texts drawn at random with their spans marked; ``--dry``
writes nothing; ``--style S`` builds one style only and writes nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 65_2026_1207
OUT = Path(__file__).with_name("redaction_dev65.jsonl")
PREFIX = "d65"
FILLS = 7

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
    "email_thread",
    "csv_paste",
    "web_form",
    "wa_forward",
    "sms_caps",
    "formal_letter",
    "ocr_scan",
    "meeting_minutes",
    "kupang_malay_chat",
    "receipt_invoice",
)
THEMES = (
    "pbb_bapenda",
    "kpp_tax",
    "permits",
    "procurement",
    "social_aid_loans",
    "land",
    "business_licensing",
    "church_community",
    "job_application",
    "civil_registry",
    "school",
    "health",
)
FLOORS = {
    "texts": 500,
    "per_style": 45,
    "empty_min": 0.28,
    "empty_max": 0.35,
    "lookalikes": 5,
    "npwp": 170,
    "body_npwp": 110,
    "nik": 60,
    "phone": 40,
    "name": 150,
}
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "saudara", "saudari", "ny", "tn",
    "dr", "drs", "dra", "ir", "pdt", "pastor", "romo", "h", "hj", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "nyong", "ade", "usi", "kel", "keluarga", "yth",
    "lurah", "camat", "guru", "bidan", "ketua", "sekretaris", "bendahara", "kepala", "direktur",
    "petugas", "admin", "pelapor", "pemohon", "penerima", "pemilik", "ttd", "salam", "hormat",
    "dari", "nama", "an", "atas", "from", "to", "saya", "sy", "sa", "beta", "kami", "anak",
    "istri", "suami", "adik", "tetangga", "alm", "almh", "warga", "kepada", "penatua", "diaken",
    "majelis", "ayah", "kakak", "pendeta", "notulis", "pimpinan", "moderator", "peserta", "pnt",
    "dkn", "diwakili", "narasumber", "kasir", "dibayarkan",
}  # fmt: skip
SHARED = {
    "made", "wayan", "ketut", "nyoman", "luh", "ode", "daeng", "andi", "umbu", "rambu", "maria",
    "lay", "ratu", "tan", "ong", "sri", "dewi", "nur", "muhammad", "abdul", "siti", "putu",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev65)

GIVEN = {
    (
        "prot",
        "M",
    ): "Yermias Obed Marthen Imanuel Yakobus Melianus Sefnat Frans Hendrik Yusuf Nehemia Zadrak Matheos Ruben Elkana Gidion Amos Filipus Lewi Natanael Salmon Titus Kornelis Simson Agustinus".split(),
    (
        "prot",
        "F",
    ): "Dorkas Yuliana Mariana Ester Naomi Ribka Debora Orpa Selfina Yohana Adelina Martha Rosalina Susana Erni Fransina Henderina Lodia Apriana Yunita Dewinta Merlin Kristin Elisabeth".split(),
    (
        "cath",
        "M",
    ): "Yohanes Petrus Fransiskus Aloysius Silvester Benediktus Leonardus Gregorius Vinsensius Kristoforus Stefanus Laurensius Marselinus Dominikus Wilibrordus Yosef Blasius Hironimus".split(),
    (
        "cath",
        "F",
    ): "Anastasia Skolastika Veronika Yosefina Margareta Kristina Agnes Theresia Emerensiana Klara Fransiska Paskalia Oktaviana Yustina Wihelmina Katarina Benedikta".split(),
}
GIVEN["cath", "F"] += ["Maria Goreti", "Maria Imakulata"]
FAMILY = {
    "timor": "Tefa Benu Nenobais Tanone Boimau Sabneno Tlonaen Nope Taneo Oematan Kolo Neonufa Selan Tualaka Lakapu Banunaek Bana Tnunay Tuames Ataupah Nubatonis Kase".split(),
    "rote": "Ndun Manafe Therik Mooy Fanggidae Amalo Pah Messakh Zacharias Adoe Pellokila Daik Foeh Henukh Lenggu Ndoen Tungga Sinlae".split(),
    "sabu": [
        "Riwu Kaho",
        "Dju Dara",
        "Ga Lena",
        "Bire",
        "Haba",
        "Wadu",
        "Kana Lomi",
        "Raja Haba",
        "Lado",
        "Bunga",
        "Ratu Udju",
    ],
    "flores": [
        "Lobo",
        "Tukan",
        "Kelen",
        "Goa",
        "Making",
        "Openg",
        "Sareng",
        "Nahak",
        "Seran",
        "Bria",
        "Meko",
        "Djawa",
        "Keraf",
        "Lewar",
        "Ruron",
        "Baon",
        "da Costa",
    ],
    "sumba": ["Umbu Ndima", "Rambu Kahi", "Ndakularak", "Hamakonda", "Manu Pandi", "Tamu Ama"],
    "alor": "Laukari Maufani Lamma Padakari Tanghamap Moybeka".split(),
    "china": ["Tjoa", "Lie", "Oei", "Go", "Tan", "Liem"],
    "bugis": ["Daeng Matta", "Daeng Ngalle", "Amiruddin", "Baharuddin"],
    "buton": ["La Ode", "Wa Ode"],
    "jawa": "Santoso Wibowo Suprapto Hartono Kurniawan Setiawan Purwanto Rahayu".split(),
    "batak": "Siregar Simanjuntak Nainggolan Sitompul Pardede Hutapea Manurung".split(),
}
ORIGIN_W = (
    ("timor", 24),
    ("rote", 18),
    ("sabu", 10),
    ("flores", 16),
    ("sumba", 4),
    ("alor", 4),
    ("china", 5),
    ("bugis", 3),
    ("buton", 3),
    ("jawa", 7),
    ("batak", 6),
)
CHINA_GIVEN = {
    "M": ["Kok Hin", "Siu Liong", "Wie Tjong", "Hok Gie", "Jan Ping"],
    "F": ["Mei Hwa", "Siu Lan", "Ay Lin", "Giok Nio", "Lian Hwa"],
}
ISLAM_GIVEN = {
    "M": ["Syamsul", "Hasanuddin", "Ridwan", "Abdul Gani", "Taufik", "Hamzah"],
    "F": ["Rosmiati", "Nurhayati", "Hasnah", "Fatmawati", "Sitti Aminah", "Salmah"],
}
JAWA_GIVEN = {
    "M": ["Bambang", "Agus", "Eko", "Joko", "Heru", "Wahyu"],
    "F": ["Sri Wahyuni", "Endang", "Tri Lestari", "Yuni", "Ratna", "Wulan"],
}
BATAK_GIVEN = {
    "M": ["Hotman", "Parlindungan", "Roy", "Binsar", "Tigor"],
    "F": ["Rugun", "Tiurma", "Hotnida", "Lamria", "Romauli"],
}
SUMBA_GIVEN = {
    "M": ["Umbu Neka", "Umbu Hina", "Umbu Pati"],
    "F": ["Rambu Ana", "Rambu Lika", "Rambu Tamar"],
}
REGION_NIK = {
    "timor": ("5371", "5301", "5302", "5303"),
    "rote": ("5371", "5314"),
    "sabu": ("5371", "5320"),
    "flores": ("5371", "5306", "5307", "5310"),
    "sumba": ("5371", "5311"),
    "alor": ("5371", "5305"),
    "china": ("5371",),
    "bugis": ("5371", "7371"),
    "buton": ("5371", "7404"),
    "jawa": ("5371", "3578"),
    "batak": ("5371", "1271"),
}
KELURAHAN = {
    "01": ["Alak", "Manulai II", "Namosain", "Nunbaun Sabu", "Penkase Oeleta"],
    "02": ["Maulafa", "Sikumana", "Kolhua", "Naimata", "Penfui", "Belo"],
    "03": ["Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi"],
    "04": ["Kuanino", "Naikoten I", "Oetete", "Bakunase", "Airnona", "Fontein"],
    "05": ["Oesapa", "Lasiana", "Kelapa Lima", "Pasir Panjang", "Oesapa Barat"],
    "06": ["Merdeka", "Solor", "Tode Kisar", "Bonipoi", "LLBK", "Oeba"],
}
STREETS = [
    "Jl. Kenari",
    "Jl. Flamboyan",
    "Jl. Pulau Sabu",
    "Jl. Rantai Damai",
    "Jl. Bakti Karya",
    "Jl. Cak Doko",
    "Jl. Lontar",
    "Jl. Matahari",
    "Jl. Sepakat",
    "Jl. Kamboja",
    "Jl. Nusa Indah",
    "Jl. Gunung Mutis",
    "Jl. Kelinci",
    "Jl. Air Mata",
    "Jl. Perintis",
    "Jl. Sumba",
    "Jl. Beringin",
    "Jl. Oekam",
    "Gg. Mawar",
    "Gg. Anggrek",
    "Gg. Damai",
]
HOSTS = (
    ("gmail.com", 20),
    ("yahoo.co.id", 5),
    ("yahoo.com", 3),
    ("outlook.com", 2),
    ("ymail.com", 1),
)
MOBILE_W = (
    ("0812", 14),
    ("0813", 14),
    ("0821", 10),
    ("0822", 10),
    ("0823", 8),
    ("0852", 12),
    ("0853", 10),
    ("0851", 3),
    ("0811", 3),
    ("0857", 4),
    ("0858", 2),
    ("0819", 2),
    ("0878", 2),
    ("0895", 1),
    ("0896", 1),
    ("0838", 1),
)
MOBILE_PREFIXES = {p for p, _ in MOBILE_W} | {
    "0814",
    "0815",
    "0816",
    "0817",
    "0818",
    "0831",
    "0855",
    "0856",
    "0859",
    "0877",
    "0881",
    "0882",
    "0897",
    "0898",
    "0899",
}
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
PERSON_NPWP_TYPES = "05 06 07 08 09 15 16 25 26 35 36 44 45 46 47 54 55 57 58 64 65 66 67 68 69 71 72 73 74 75 76 77 78 79 82 83 84 85 86 91 92 93 94 95 96".split()
BODY_NPWP_TYPES = "01 02 03 21 31 41 42 53 61 62 70 80 90".split()

# bodies (written for dev65)
CV_NAMES = [
    "CV Karya Lontar Abadi",
    "CV Sumber Berkat Timor",
    "CV Fatuleu Mandiri Jaya",
    "CV Bintang Sasando",
    "CV Mutis Perkasa",
    "CV Tiga Putra Rote",
    "CV Lopo Indah Konstruksi",
    "CV Teluk Biru Teknik",
    "CV Nusa Cendana Mulia",
    "CV Semau Jaya Utama",
]
PT_NAMES = [
    "PT Flobamora Bangun Persada",
    "PT Timor Surya Energi",
    "PT Kupang Tirta Lestari",
    "PT Lontar Sejahtera Niaga",
    "PT Sabu Raya Logistik",
    "PT Selatan Cendana Properti",
]
UD_NAMES = [
    "UD Sinar Oesapa",
    "UD Berkat Naikoten",
    "UD Harapan Kolhua",
    "UD Cahaya Liliba",
    "UD Subur Makmur Oeba",
    "UD Mitra Tani Penfui",
]
KOP_NAMES = [
    "Koperasi Produsen Tenun Ina Ndao",
    "KSP Kasih Sesama",
    "Koperasi Nelayan Teluk Kupang",
    "Kopdit Swasti Sari Oebufu",
    "KSU Tunas Lontar",
    "Koperasi Pedagang Pasar Kasih",
]
YAY_NAMES = [
    "Yayasan Pendidikan Kristen Efata",
    "Yayasan Lopo Belajar Timor",
    "Yayasan Sosial Bunda Kasih",
    "Yayasan Peduli Anak Sabu",
    "Yayasan Tunas Harapan Kupang",
]
CHURCH_NAMES = [
    "Majelis Jemaat GMIT Betel Oesapa",
    "Majelis Jemaat GMIT Imanuel Oepura",
    "Majelis Jemaat GMIT Kota Baru",
    "Paroki St. Yoseph Naikoten",
    "Majelis Jemaat GMIT Pniel Oebufu",
    "Masjid Nurul Iman Airmata",
]
BUMDES_NAMES = [
    "BUMDes Oeltua Sejahtera",
    "BUMDes Baumata Maju",
    "BUMDes Noelbaki Mandiri",
    "BUMDes Tarus Berkarya",
    "BUMDes Oelnasi Bersatu",
]
TOKO_NAMES = [
    "Toko Bangunan Sumber Rejeki",
    "Toko Sinar Terang Kuanino",
    "Toko Besi Maju Jaya",
    "Toko Bangunan Cahaya Oesapa",
    "Toko ATK Cemerlang",
    "Toko Elektronik Harapan Baru",
    "Toko Besi dan Cat Sinar Kolhua",
    "Toko Material Berkat Liliba",
]
OFFICES = [
    "Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang",
    "Dinas Sosial Kota Kupang",
    "Dinas Pendidikan dan Kebudayaan Kota Kupang",
    "Dinas Kesehatan Kota Kupang",
    "Dinas Koperasi dan UKM Kota Kupang",
    "Badan Pendapatan Daerah Kota Kupang",
    "Dinas Lingkungan Hidup dan Kebersihan Kota Kupang",
    "Dinas Perhubungan Kota Kupang",
]
SHORT_OFFICES = [
    "Dinas PUPR",
    "Dinsos",
    "Dinas P dan K",
    "Dinkes",
    "Diskop UKM",
    "Bapenda",
    "DLHK",
    "Dishub",
    "DPMPTSP",
    "BPKAD",
]
SCHOOLS = [
    "SMPN 4 Kupang",
    "SMAN 2 Kupang",
    "SD Inpres Oebufu 1",
    "SMKN 3 Kupang",
    "SMPK St. Theresia",
    "SD GMIT Fontein 2",
]
BANKS = (("Bank NTT", 8), ("BRI", 7), ("BNI", 3), ("Mandiri", 2), ("BCA", 1))
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)

# ---------------------------------------------------------------- values


def pick(rng: random.Random, weighted: tuple) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def misread(rng: random.Random, d: str, share: float = 0.25, first: int = 2) -> str:
    """Letters a scan puts for some digits (at least one after ``first``)."""
    out = [
        LETTER_FOR[c] if c in LETTER_FOR and k >= first and rng.random() < share else c
        for k, c in enumerate(d)
    ]
    if out == list(d):
        spots = [k for k, c in enumerate(d) if c in LETTER_FOR and k >= first]
        if not spots:
            return d[:first] + "O" + d[first + 1 :] if d[first] == "0" else d
        k = rng.choice(spots)
        out[k] = LETTER_FOR[d[k]]
    return "".join(out)


def rupiah(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def dot_npwp(o: str) -> str:
    return "%s.%s.%s.%s-%s.%s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])


def person_npwp(rng: random.Random) -> str:
    return (
        rng.choice(PERSON_NPWP_TYPES)
        + digits(rng, 7)
        + rng.choice(("920", "920", "920", "921", "922", "924"))
        + "000"
    )


def body_npwp(rng: random.Random) -> str:
    return rng.choice(BODY_NPWP_TYPES) + digits(rng, 7) + rng.choice(("920", "920", "921")) + "000"


def write_mobile(rng: random.Random, d: str, how: str) -> str:
    g = [d[:4], d[4:8], d[8:]]
    if how == "b":
        return d
    if how == "d":
        return "-".join(g)
    if how == "s":
        return " ".join(g)
    if how == "t":
        return ".".join(g)
    if how == "i":
        if rng.random() < 0.4:
            return "+62" + d[1:]
        return rng.choice(("+62 %s-%s-%s", "+62 %s %s %s")) % (d[1:4], d[4:8], d[8:])
    if how == "k":
        return "62" + d[1:] if rng.random() < 0.6 else "62 %s %s %s" % (d[1:4], d[4:8], d[8:])
    if how == "o":
        return (
            "-".join(misread(rng, x, 0.3, 0) for x in g)
            if rng.random() < 0.5
            else misread(rng, d, 0.3, 1)
        )
    return d


def bank_account(rng: random.Random, bank: str) -> str:
    if bank == "Bank NTT":
        return rng.choice(("0%s.0%s.0%s.%s-%s", "0%s%s%s%s%s")) % (
            digits(rng, 2),
            digits(rng, 1),
            digits(rng, 1),
            digits(rng, 6),
            digits(rng, 1),
        )
    if bank == "BRI":
        d = (digits(rng, 4), digits(rng, 6), digits(rng, 1), digits(rng, 1))
        return rng.choice(("%s-01-%s-5%s-%s", "%s01%s5%s%s")) % d
    if bank == "Mandiri":
        return rng.choice(("161", "182", "143")) + digits(rng, 10)
    return rng.choice("1234567") + digits(rng, 9)


def vehicle_plate(rng: random.Random) -> str:
    region = rng.choice(("DH", "DH", "DH", "EB", "ED", "EA"))
    suffix = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(("%s %s %s", "%s %s %s", "%s%s%s")) % (
        region,
        str(rng.randint(1001, 9899)),
        suffix,
    )


class Person:
    """An invented person with consistent names and numbers."""

    def __init__(
        self, rng: random.Random, sex: str, origin: str, years: tuple[int, int] = (1958, 2002)
    ) -> None:
        self.sex = sex
        self.origin = origin
        if origin == "china":
            self.given = rng.choice(CHINA_GIVEN[sex])
            fam = rng.choice(FAMILY["china"])
            self.full = (
                "%s %s" % (fam, self.given)
                if rng.random() < 0.5
                else "%s %s" % (rng.choice(GIVEN["prot", sex]), fam)
            )
            self.family = fam
        elif origin in ("bugis", "buton"):
            self.given = rng.choice(ISLAM_GIVEN[sex])
            if origin == "buton":
                lead = "La Ode" if sex == "M" else "Wa Ode"
                self.full = "%s %s" % (lead, self.given)
                self.family = lead
            else:
                self.family = rng.choice(FAMILY["bugis"])
                self.full = "%s %s" % (self.given, self.family)
        elif origin == "jawa":
            self.given = rng.choice(JAWA_GIVEN[sex])
            self.family = rng.choice(FAMILY["jawa"])
            self.full = "%s %s" % (self.given, self.family)
        elif origin == "batak":
            self.given = rng.choice(BATAK_GIVEN[sex])
            self.family = rng.choice(FAMILY["batak"])
            self.full = "%s %s" % (self.given, self.family)
        elif origin == "sumba" and rng.random() < 0.5:
            self.given = rng.choice(SUMBA_GIVEN[sex])
            self.family = rng.choice(FAMILY["sumba"][2:])
            self.full = "%s %s" % (self.given, self.family)
        else:
            church = "cath" if origin == "flores" or rng.random() < 0.2 else "prot"
            self.given = rng.choice(GIVEN[church, sex])
            self.family = rng.choice(FAMILY[origin])
            mid = rng.choice(GIVEN[church, sex]) if rng.random() < 0.2 else ""
            self.full = (
                " ".join(x for x in (self.given, mid, self.family) if x)
                if mid != self.given
                else "%s %s" % (self.given, self.family)
            )
        year = rng.randint(*years)
        day = rng.randint(1, 28) + (40 if sex == "F" else 0)
        region = rng.choice(REGION_NIK[origin])
        self.kec = rng.choice(list(KELURAHAN))
        region_full = region + (self.kec if region == "5371" else "%02d" % rng.randint(1, 20))
        self.nik = "%s%02d%02d%02d%04d" % (
            region_full,
            day,
            rng.randint(1, 12),
            year % 100,
            rng.randint(1, 60),
        )
        self.kk = "5371%s%02d%02d%02d%04d" % (
            self.kec,
            rng.randint(1, 28),
            rng.randint(1, 12),
            rng.randint(5, 25),
            rng.randint(1, 900),
        )
        self.npwp = person_npwp(rng)
        self.mobile = pick(rng, MOBILE_W) + digits(rng, rng.choice((7, 8, 8, 8)))
        self.bpjs = "000" + digits(rng, 10)
        self.bank = pick(rng, BANKS)
        self.account = bank_account(rng, self.bank)
        self.plate = vehicle_plate(rng)
        self.kel = rng.choice(KELURAHAN[self.kec])
        self.rt = (
            "RT %03d/RW %03d" % (rng.randint(1, 40), rng.randint(1, 12))
            if rng.random() < 0.5
            else "RT %02d RW %02d" % (rng.randint(1, 40), rng.randint(1, 12))
        )
        self.street = "%s No. %d" % (rng.choice(STREETS), rng.randint(1, 140))
        g = slug(self.given.split()[0])
        f = slug(self.family.split()[-1])
        self.email = (
            rng.choice(("%s.%s%d", "%s%s%d", "%s_%s", "%s.%s")).replace(
                "%d", str(rng.randint(7, 99))
            )
            % (g, f)
            + "@"
            + pick(rng, HOSTS)
        )
        self.year = year

    def join(self, rng: random.Random, head: Person) -> None:
        """Take the family name of ``head`` (a child, a wife, a sibling)."""
        if self.origin in ("bugis", "buton") or head.family == self.family:
            return
        old = self.family
        self.family = head.family
        self.full = (
            self.full.replace(old, head.family)
            if old in self.full
            else "%s %s" % (self.given, head.family)
        )
        self.email = self.email.replace(slug(old.split()[-1]), slug(head.family.split()[-1]))


class Fill:
    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.people: dict[int, Person] = {}
        self.cache: dict[str, str] = {}
        self.body_npwps: set[str] = set()
        self.bodies: set[str] = set()

    def years(self, i: int) -> tuple[int, int]:
        """Birth years: the young (Y: children, job seekers) and the elder (E: parents)."""
        if i in self.spec["Y"]:
            return (1996, 2006)
        if i in self.spec["E"]:
            return (1950, 1975)
        return (1968, 1996)

    def person(self, i: int) -> Person:
        if i not in self.people:
            sex = (
                "F"
                if i in self.spec["F"]
                else "M"
                if i in self.spec["M"]
                else self.rng.choice("MF")
            )
            origin = self.spec["O"].get(i) or pick(self.rng, ORIGIN_W)
            if isinstance(origin, tuple):
                origin = self.rng.choice(origin)
            head = self.spec["fam"].get(i)
            if head is not None:
                h = self.person(head)
                self.people[i] = Person(self.rng, sex, h.origin, self.years(i))
                self.people[i].join(self.rng, h)
            else:
                self.people[i] = Person(self.rng, sex, origin, self.years(i))
        return self.people[i]


def npwp_writing(fl: Fill, p: Person, how: str) -> str:
    r = fl.rng
    o = p.npwp
    if how == "d":  # dotted, the old format
        return dot_npwp(o)
    if how == "b":  # 15 digits bare
        return o
    if how == "n":  # 16 digits: the NIK
        return p.nik
    if how == "ns":  # the NIK spaced in fours
        return " ".join(p.nik[k : k + 4] for k in range(0, 16, 4))
    if how == "s":  # spaced groups
        return "%s %s %s %s %s %s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
    if how == "l":  # broken by a line
        d = dot_npwp(o)
        cut = r.choice((5, 8, 9, 11, 13))
        return d[:cut] + "\n" + d[cut:]
    if how == "o":  # a scan's letters
        return misread(r, dot_npwp(o), 0.2, 2)
    if how == "k":  # a digit dropped, layout kept
        d = dot_npwp(o)
        spots = [k for k, c in enumerate(d) if c.isdigit() and k > 2 and d[k - 1].isdigit()]
        k = r.choice(spots)
        return d[:k] + d[k + 1 :]
    if how == "a":  # a digit typed twice
        d = dot_npwp(o)
        spots = [k for k, c in enumerate(d) if c.isdigit() and k > 2]
        k = r.choice(spots)
        return d[:k] + d[k] + d[k:]
    if how == "m":  # one mark between all groups
        sep = r.choice(".-")
        return sep.join((o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:]))
    if how == "z":  # 16 digits, 0 and the old number
        return "0" + o if r.random() < 0.6 else "0" + dot_npwp(o)
    if how == "t":  # NITKU: the NIK and six zeros
        return p.nik + "000000"
    if how == "no":  # the NIK as NPWP read by a scan
        return misread(r, p.nik, 0.2, 4)
    raise SystemExit("npwp writing %r" % how)


def body_value(fl: Fill, name: str, i: int) -> str | None:
    r = fl.rng
    lists = {
        "cv": CV_NAMES,
        "pt": PT_NAMES,
        "ud": UD_NAMES,
        "kop": KOP_NAMES,
        "yay": YAY_NAMES,
        "grj": CHURCH_NAMES,
        "bum": BUMDES_NAMES,
        "tk": TOKO_NAMES,
        "dinas": OFFICES,
        "sof": SHORT_OFFICES,
        "sek": SCHOOLS,
    }
    if name in lists:
        left = [b for b in lists[name] if b not in fl.bodies] or lists[name]
        got = r.choice(left)
        fl.bodies.add(got)
        return got
    if name in ("bnp", "bnpb", "bnps", "bnpo", "tnp", "tnpb", "bnitku"):
        o = "00" + digits(r, 7) + "920000" if name.startswith("tnp") else body_npwp(r)
        fl.body_npwps.add(o)
        if name in ("bnp", "tnp"):
            return dot_npwp(o)
        if name in ("bnpb", "tnpb"):
            return o
        if name == "bnps":
            return "%s %s %s %s %s %s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
        if name == "bnpo":
            return misread(r, dot_npwp(o), 0.2, 2)
        return "0" + o + "000000"
    return None


def lookalike(fl: Fill, name: str) -> str | None:
    r = fl.rng
    if name == "nop":
        return "53.71.%03d.%03d.%03d-%04d.0" % (
            r.randint(10, 60),
            r.randint(1, 20),
            r.randint(1, 300),
            r.randint(1, 9999),
        )
    if name == "nopb":
        return "5371%03d%03d%03d%04d0" % (
            r.randint(10, 60),
            r.randint(1, 20),
            r.randint(1, 300),
            r.randint(1, 9999),
        )
    if name == "bill":
        return rng_billing(r)
    if name == "ntpn":
        return "".join(r.choice("0123456789ABCDEF") for _ in range(16))
    if name == "fak":
        return "%s.%s-%s.%s" % (
            r.choice(("010", "020", "030")),
            digits(r, 3),
            r.choice(("25", "26")),
            digits(r, 8),
        )
    if name == "nib":
        return r.choice(("91", "81", "12", "02")) + digits(r, 11)
    if name == "pbg":
        return "%s/PBG/%s/%05d" % (
            r.choice(("503", "600.1.15")),
            r.choice(("2025", "2026")),
            r.randint(1, 2000),
        )
    if name == "srt":
        return "%s/%d/%s/%s/%s" % (
            r.choice(("900.1.13", "973", "800", "500.16.7", "400.9")),
            r.randint(10, 999),
            r.choice(("SEKR", "UM", "TU", "BID.II", "PAN", "SET")),
            r.choice(("IV", "V", "VI", "IX", "X", "XI")),
            r.choice(("2025", "2026")),
        )
    if name == "inv":
        return "%s/%s/%04d" % (
            r.choice(("INV", "NOTA", "KW", "INV-KPG")),
            r.choice(("2025", "2026")),
            r.randint(1, 9999),
        )
    if name == "udx":
        return r.choice(("SUMBER REJEKI", "MAJU JAYA", "CAHAYA TIMOR", "SINAR OEBA")).replace(
            "O", "0"
        )
    if name == "stp":
        return "%05d/107/%s/920/%s" % (
            r.randint(1, 9999),
            r.choice(("24", "25")),
            r.choice(("25", "26")),
        )
    if name == "big":
        return rupiah(r.randint(15, 250) * 10_000_000 + r.choice((0, 0, 2_500_000, 7_750_000)))
    if name == "rpj":
        return rupiah(r.randint(8, 45) * 100000)
    if name == "rpm":
        return rupiah(r.randint(5, 190) * 5000)
    if name == "accx":
        return r.choice(
            (
                "0%s.0%s.0%s.%s-%s"
                % (digits(r, 2), digits(r, 1), digits(r, 1), digits(r, 6), digits(r, 1)),
                "%s-01-%s-50-%s" % (digits(r, 4), digits(r, 6), digits(r, 1)),
            )
        )
    if name == "dt":
        return "%02d/%02d/%s" % (r.randint(1, 28), r.randint(1, 12), r.choice(("2025", "2026")))
    if name == "amt":
        return rupiah(r.randint(20, 900) * 25000)
    if name == "rp":
        return rupiah(r.randint(3, 950) * 5000)
    if name == "rpk":
        return rupiah(r.randint(2, 90) * 500)
    if name == "tgl":
        return "%02d/%02d/%s" % (r.randint(1, 28), r.randint(1, 12), r.choice(("2025", "2026")))
    if name == "tgll":
        return "%d %s %s" % (r.randint(1, 28), r.choice(MONTHS), r.choice(("2025", "2026")))
    if name == "jam":
        return "%02d.%02d" % (r.randint(8, 16), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)))
    if name == "tik":
        return "LPR-%s-%04d-%04d" % (
            r.choice(("2025", "2026")),
            r.randint(100, 1299),
            r.randint(1, 9999),
        )
    if name == "va":
        return "8808 %s %s %s" % (digits(r, 4), digits(r, 4), digits(r, 4))
    if name == "idpel":
        return "5312" + digits(r, 8)
    if name == "ofp":  # an office's fixed line
        return r.choice(("(0380) 8%s %s", "0380-8%s%s", "0380 8%s %s")) % (
            digits(r, 2),
            digits(r, 3),
        )
    if name == "ofwa":  # an office's WhatsApp
        return pick(r, MOBILE_W) + digits(r, 8)
    if name == "nip":
        return "%d%02d%02d %d%02d %d %03d" % (
            r.randint(1968, 1995),
            r.randint(1, 12),
            r.randint(1, 28),
            r.randint(2005, 2020),
            r.randint(1, 12),
            r.randint(1, 2),
            r.randint(1, 20),
        )
    if name == "spt":
        return "S-%d/WPJ.%d/KP.%02d%02d/%s" % (
            r.randint(100, 9999),
            r.choice((14, 14, 25)),
            r.randint(1, 3),
            r.randint(1, 9),
            r.choice(("2025", "2026")),
        )
    if name == "bupot":
        return "%s%s" % (
            r.choice(("1.1-", "1.3-")),
            "%02d.%s-%s" % (r.randint(1, 12), r.choice(("25", "26")), digits(r, 7)),
        )
    if name == "kode":
        return "%s-%s" % (r.choice(("KET", "SK", "SPK", "PKT")), digits(r, 8))
    if name == "paket":
        return digits(r, 8)
    if name == "thn":
        return r.choice(("2024", "2025", "2026"))
    if name == "luas":
        return str(r.randint(90, 900))
    if name == "num":
        return str(r.randint(2, 40))
    if name == "shm":
        return "%05d" % r.randint(100, 12000)
    if name == "nisn":
        return "00" + digits(r, 8)
    if name == "npsn":
        return "503" + digits(r, 5)
    if name == "kpj":
        return digits(r, 11)
    if name == "kec":
        return r.choice([v[0] for v in KELURAHAN.values()])
    if name == "kel":
        return r.choice([k for v in KELURAHAN.values() for k in v])
    return None


def rng_billing(r: random.Random) -> str:
    return r.choice(("1", "3", "8")) + r.choice(("24", "25", "26")) + digits(r, 12)


PERSON_KEY = re.compile(
    r"(n|ln|g|lg|f|nik|niks|nikt|niko|kk|kks|hp[bdstiko]?|np[a-z]*|bpjs|bpjss|acc|bank|pl|em|emx|ad|adr|rt|rtf|lhr|kel|kec|thl)$"
)


def person_value(fl: Fill, key: str, i: int) -> str:
    p = fl.person(i)
    r = fl.rng
    if key == "n":
        return p.full
    if key == "ln":
        return p.full.lower()
    if key == "g":
        return p.given
    if key == "lg":
        return p.given.lower()
    if key == "f":
        return p.family
    if key == "nik":
        return p.nik
    if key == "niks":
        return " ".join(p.nik[k : k + 4] for k in range(0, 16, 4))
    if key == "nikt":
        return "%s.%s.%s.%s.%s" % (p.nik[:2], p.nik[2:4], p.nik[4:6], p.nik[6:12], p.nik[12:])
    if key == "niko":
        return misread(r, p.nik, 0.2, 4)
    if key == "kk":
        return p.kk
    if key == "kks":
        return " ".join(p.kk[k : k + 4] for k in range(0, 16, 4))
    if key.startswith("hp"):
        how = key[2:] or r.choice("bbddsikt")
        return write_mobile(r, p.mobile, how)
    if key.startswith("np"):
        how = key[2:] or r.choice(("d", "d", "d", "b", "n", "s", "m", "z"))
        return npwp_writing(fl, p, how)
    if key == "bpjs":
        return p.bpjs
    if key == "bpjss":
        return "%s %s %s %s" % (p.bpjs[:4], p.bpjs[4:8], p.bpjs[8:12], p.bpjs[12])
    if key == "acc":
        return p.account
    if key == "bank":
        return p.bank
    if key == "pl":
        return p.plate
    if key == "em":
        return p.email
    if key == "emx":
        local, host = p.email.split("@")
        return r.choice(("%s @ %s", "%s(at)%s", "%s [at] %s", "%s@ %s")) % (local, host)
    if key == "ad":
        return p.street
    if key == "adr":
        return "%s, %s" % (p.street, p.rt)
    if key == "rt":
        return p.rt
    if key == "kel":
        return p.kel
    if key == "kec":
        return {
            "01": "Alak",
            "02": "Maulafa",
            "03": "Oebobo",
            "04": "Kota Raja",
            "05": "Kelapa Lima",
            "06": "Kota Lama",
        }[p.kec]
    if key == "rtf":
        m = re.search(r"(\d+)\D+(\d+)", p.rt)
        return "RT/RW : %03d/%03d" % (int(m.group(1)), int(m.group(2)))
    if key == "lhr":
        day = int(p.nik[6:8]) - (40 if p.sex == "F" else 0)
        return "%02d-%s-%d" % (day, p.nik[8:10], p.year)
    if key == "thl":
        return str(p.year)
    raise SystemExit("person key %r" % key)


def value(fl: Fill, name: str, index: str) -> str:
    i = int(index) if index else 0
    if index and PERSON_KEY.match(name):
        return person_value(fl, name, i)
    got = body_value(fl, name, i)
    if got is None:
        got = lookalike(fl, name)
    if got is None:
        raise SystemExit("unknown placeholder {%s%s}" % (name, index))
    return got


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
NOCACHE = {
    "rp",
    "rpk",
    "tgl",
    "tgll",
    "jam",
    "num",
    "luas",
    "nisn",
    "kpj",
    "idpel",
    "inv",
    "fak",
}


def choose(template: str, rng: random.Random) -> str:
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def resolve(fl: Fill, name: str, index: str) -> str:
    key = "{%s%s}" % (name, index)
    if name in NOCACHE:
        return value(fl, name, index)
    if name.isupper():
        low = "{%s%s}" % (name.lower(), index)
        if low not in fl.cache:
            fl.cache[low] = value(fl, name.lower(), index)
        return fl.cache[low].upper()
    if key not in fl.cache:
        fl.cache[key] = value(fl, name, index)
    return fl.cache[key]


def fill(template: str, fl: Fill) -> str:
    return PLACEHOLDER.sub(lambda m: resolve(fl, m.group(1), m.group(2)), template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
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
PROVINCES = {"53", "71", "73", "74", "35", "12"}
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|rt\b|rt/rw)")
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")
EDGE = ".,;:!?-/'\")]}>|_•·*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
GLUED_AFTER = ("Tempat", "Alamat", "ALAMAT", "Agama", "NPWP", "Pekerjaan")
GLUED_BEFORE = ("NIK", "NAMA", "NPWP")


def phone_ok(seg: str) -> bool:
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-.\n]", seg):
        return False
    clean = re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)
    if not 9 <= len(clean) <= 14:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in MOBILE_PREFIXES or (clean.startswith("03808") and len(clean) == 10)


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)


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
        bad.append("carriage return, odd line break or trailing space")
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
        if st > 0 and text[st - 1].isalnum() and not text[:st].endswith(GLUED_BEFORE):
            bad.append("glued before %r" % seg)
        if en < len(text) and text[en].isalnum() and not text[en:].startswith(GLUED_AFTER):
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
            if (
                re.search(r"[^0-9OlISB .\-\n]", seg)
                or d[:2] not in PROVINCES
                or not 15 <= len(d) <= 17
            ):
                bad.append("%s %r" % (kind, seg))
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (14, 15, 16, 22) or re.search(r"[^0-9OlISB .\-\n]", seg)
        ):
            bad.append("npwp %r" % seg)
        elif kind == "bpjs" and (len(id_digits(seg)) != 13 or not id_digits(seg).startswith("000")):
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
            if kind == "npwp" and len(d) == 22:
                d = d[:16]
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
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"bapak|pak|bpk|sdr|saudara|om|bapa|opa|suami|ayah|nyong|tn|kakak laki-laki"
FEMALE_WORDS = r"ibu|bu|ny|sdri|saudari|mama|tanta|oma|nona|istri|bidan|usi"
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
    O: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
    Y: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    fills: int = FILLS,
) -> None:
    """Register a template: style, theme, text, its women (F), men (M), origins (O) and who
    takes whose family name (fam)."""
    TEMPLATES.append(
        (
            style,
            theme,
            text.strip("\n"),
            {"F": F, "M": M, "O": O or {}, "fam": fam or {}, "Y": Y, "E": E, "fills": fills},
        )
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
    both = (auto["M"] | set(base["M"])) & (auto["F"] | set(base["F"]))
    if both:
        raise SystemExit("a person given both sexes: %s\n%s" % (sorted(both), chosen[:300]))
    return {
        "F": set(base["F"]) | auto["F"],
        "M": set(base["M"]) | auto["M"],
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
        "Y": set(base["Y"]),
        "E": set(base["E"]),
    }


BODY_COUNT: Counter[str] = Counter()


def build(only: str = "") -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    BODY_COUNT.clear()
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
            joined = re.sub(r"[^0-9]", "", text.translate(DIGIT_FOR))
            BODY_COUNT[style] += sum(1 for o in fl.body_npwps if o in joined or o[:9] in joined)
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
    if kind == "name":
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        return "written to dodge scrapers" if re.search(r"\s@|@\s|\(at\)|\[at\]", seg) else "plain"
    if kind == "address":
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone"
        return "street with RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OlISB]", seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        if len(d) == 22:
            return "NITKU (NIK and six zeros)"
        if len(d) == 14:
            return "dotted, a digit dropped"
        if len(d) == 15:
            if seg.count("-") == 1 and seg.count(".") == 4:
                return "15 digits dotted"
            if " " in seg:
                return "15 digits in spaced groups"
            if re.search(r"[.\-]", seg):
                return "15 digits, one mark between groups"
            return "15 digits bare"
        if d[0] == "0":
            return "16 digits (0 and the old number)"
        if "." in seg and "-" in seg:
            return "dotted, a digit added"
        return "16 digits (the NIK), spaced" if " " in seg else "16 digits (the NIK)"
    if kind == "phone":
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if "." in seg:
            return "dots"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(r: dict[str, object], pattern: str) -> list[re.Match[str]]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return [m for m in re.finditer(pattern, r["text"]) if not any(inside[m.start() : m.end()])]


RUN = r"[+(]?\d[\d .\-()]{3,}\d|\d{4,}"


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
    print(
        "unlabelled NPWPs of bodies (per text, distinct):",
        sum(BODY_COUNT.values()),
        dict(BODY_COUNT),
    )
    lengths = [len(r["text"]) for r in records] or [0]
    lines = [r["text"].count("\n") + 1 for r in records] or [0]
    print(
        "length: %d to %d characters (%d on average), %d to %d lines (%d on average)"
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
    runs = ats = 0
    for r in records:
        runs += sum(
            1
            for m in unlabelled(r, r"[+(]?\d[\d .\-()]{6,}\d")
            if sum(c.isdigit() for c in m.group()) >= 9
        )
        ats += len(unlabelled(r, r"\S*@\S*"))
    print("unlabelled runs of nine digits or more:", runs)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        for m in unlabelled(r, RUN + r"|\S*@\S*"):
            before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
            print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
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
    for kind in ("name", "phone", "npwp", "nik"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert sum(BODY_COUNT.values()) >= FLOORS["body_npwp"], BODY_COUNT
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)
    for r in records:
        if not r["spans"]:
            assert lookalikes(r["text"]) >= FLOORS["lookalikes"], r["id"]


def main() -> None:
    only = sys.argv[sys.argv.index("--style") + 1] if "--style" in sys.argv else ""
    records = build(only)
    if not only:
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
# Person i: {n1} full name ({ln1} lower case, {N1} capitals), {g1} given name, {f1} family name;
# {nik1} ({niks1} fours, {nikt1} dots, {niko1} a scan), {kk1}, {hp1} ({hpb1} block, {hpd1} dashes,
# {hps1} spaces, {hpt1} dots, {hpi1} +62, {hpk1} 62, {hpo1} letters); NPWP {np1} (npd dotted,
# npb 15 bare, npn the NIK, npns the NIK spaced, nps spaced groups, npl over a line, npo a scan,
# npk a digit dropped, npa a digit added, npm one mark, npz 0 and the old number, npt NITKU,
# npno the NIK scanned); {bpjs1}, {acc1} with {bank1}, {pl1}, {em1} ({emx1} dodged), {ad1}
# street and number, {adr1} with RT/RW, {rt1}, {kel1}, {kec1}, {thl1} year of birth.
# Bodies: {cv1} {pt1} {ud1} {kop1} {yay1} {grj1} {bum1} {tk1} {dinas1} {sof1} {sek1}; their
# NPWPs {bnp1} dotted, {bnpb1} bare, {bnps1} spaced, {bnpo1} a scan, {bnitku1}; a treasurer's
# {tnp1} / {tnpb1}. Look-alikes: {nop} {nopb} {bill} {ntpn} {fak} {nib} {pbg} {srt} {inv} {rp}
# {rpk} {tgl} {tgll} {jam} {tik} {va} {idpel} {ofp} {ofwa} {nip} {spt} {bupot} {kode} {paket}
# {thn} {luas} {num} {shm} {nisn} {npsn} {kpj} {kec} {kel}.

# ---- email_thread
T(
    "email_thread",
    "kpp_tax",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: «Pemadanan NIK sebagai NPWP gagal¦NIK belum padan, tidak bisa lapor SPT»

Selamat «siang¦pagi» Bapak/Ibu petugas,

Saya sudah coba login di Coretax pakai NIK [[nik:{nik1}]] tapi keluar pesan "NIK belum padan". «NPWP lama saya¦Nomor Pokok Wajib Pajak saya yang lama» [[npwp:{npd1}]]. «Mohon dibantu supaya saya bisa lapor SPT tahun {thn}.¦Mohon info apakah saya harus datang ke kantor di Jl. Soeharto.»
Tiket pengaduan saya di LAPOR! {tik}.

Terima kasih,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
)
T(
    "email_thread",
    "procurement",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Pokja Pemilihan UKPBJ Kota Kupang <ukpbj@kupangkota.go.id>
Subject: Sanggahan paket {paket} - {cv1}

Dengan hormat,
Kami {cv1}, NPWP {bnp1}, NIB {nib}, peserta tender paket kode {paket} (pagu Rp {big}). Dokumen kami digugurkan dengan alasan NPWP direktur tidak valid. Padahal NPWP pribadi saya selaku direktur adalah [[npwp:{np1}]] dan «sudah aktif sejak {thn}¦sudah dipadankan dengan NIK». Bukti konfirmasi status wajib pajak nomor {kode} terlampir.
Mohon evaluasi ulang.

Hormat kami,
[[n:{n1}]]
Direktur {cv1}
""",
)
T(
    "email_thread",
    "job_application",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Bagian SDM <sdm.rekrutmen.kupang@gmail.com>
Subject: Re: Kelengkapan berkas lamaran «staf administrasi¦kasir¦tenaga teknik»

Selamat pagi,
Berikut saya kirim kelengkapan yang diminta: NPWP [[npwp:{npn1}]] (NIK sebagai NPWP), nomor kartu BPJS Kesehatan [[bpjs:{bpjs1}]], dan rekening {bank1} [[b:{acc1}]] a.n. [[n:{n1}]]. Foto KTP dan kartu NPWP saya lampirkan.
Alamat domisili: [[a:{adr1}]], Kel. {kel1}.

Salam,
[[n:{n1}]]

> Pada {tgll}, Bagian SDM <sdm.rekrutmen.kupang@gmail.com> menulis:
> Mohon lengkapi NPWP, nomor BPJS dan rekening gaji paling lambat hari Jumat. Info: {ofp}.
""",
)
T(
    "email_thread",
    "permits",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: DPMPTSP Kota Kupang <dpmptsp@kupangkota.go.id>
Cc: [[n:{n2}]] <[[e:{em2}]]>
Subject: NIB usaha perorangan tidak terbit

Yth. petugas OSS,
Saya mendaftar NIB untuk usaha perorangan «laundry¦kios sembako¦katering¦bengkel motor» di rumah saya, [[a:{ad1}]]. NPWP pribadi saya [[npwp:{npd1}]]. Sistem menolak karena "data NPWP tidak sesuai dengan data kependudukan". NIK saya [[nik:{nik1}]].
Permohonan PBG untuk rumah yang sama nomor {pbg} sudah keluar, jadi data alamat sudah benar.
Saya tembuskan ke keluarga saya yang bantu urus.
Terima kasih.
[[n:{n1}]] - [[p:{hp1}]]
""",
)
T(
    "email_thread",
    "kpp_tax",
    """
From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Tanggapan pengaduan {tik}

Yth. [[n:{N1}]]
«NPWP¦N.P.W.P.»: [[npwp:{npd1}]]

Menanggapi pengaduan Saudara melalui SP4N-LAPOR! tanggal {tgl}, kami sampaikan bahwa NPWP Saudara telah dipadankan dengan NIK [[nik:{nik1}]]. Mulai sekarang NPWP Saudara adalah [[npwp:{npn1}]]. Surat Tagihan Pajak nomor {stp} sebesar Rp {amt} telah dibatalkan. Untuk pertanyaan lebih lanjut hubungi Kring Pajak 1500200 atau KPP Pratama Kupang {ofp}.

Hormat kami,
Direktorat Jenderal Pajak
""",
)
T(
    "email_thread",
    "land",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Kantor Notaris/PPAT <notaris.ppat.kupang@gmail.com>
Subject: Data pembeli untuk akta jual beli

Selamat sore Ibu Notaris,
Data saya untuk akta jual beli tanah NOP {nop} (SHM No. {shm}, luas {luas} m2):
Nama: [[n:{N1}]]
NIK: [[nik:{nik1}]]
«NPWP¦No. NPWP¦Nomor Pokok Wajib Pajak»: [[npwp:{np1}]]
Alamat: [[a:{adr1}]], Kel. {kel1}, Kec. {kec1}
HP/WA: [[p:{hp1}]]
Penjual atas nama [[n:{n2}]], NPWP [[npwp:{npd2}]]. BPHTB sudah dibayar dengan kode billing {bill}, NTPN {ntpn}.
Terima kasih.
""",
)
T(
    "email_thread",
    "procurement",
    """
From: UKPBJ Kota Kupang <ukpbj@kupangkota.go.id>
To: Pokja Pemilihan <pokja.ukpbj@kupangkota.go.id>
Subject: Hasil evaluasi kualifikasi paket {paket}

Berikut hasil evaluasi kualifikasi paket kode {paket} (HPS Rp {big}):
1. {cv1} - NPWP {bnp1} - NIB {nib} - lulus
2. {pt2} - NPWP {bnp2} - tidak lulus (SKP tidak lengkap)
3. {ud3} - NPWP {bnpb3} - lulus
Masa sanggah sampai {tgl} jam {jam} WITA.
Pertanyaan: {ofp}.
""",
    fills=9,
)
T(
    "email_thread",
    "kpp_tax",
    """
From: Bendahara Pengeluaran {sof1} <bendahara.pengeluaran.kupang@gmail.com>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: Bukti potong PPh 21 masa «01¦03¦06¦11»/{thn} belum terbit

Yth. Account Representative,
Kami bendahara pengeluaran {sof1} (NPWP {tnp1}) tidak bisa menerbitkan bukti potong. Kode billing {bill} sudah dibayar, NTPN {ntpn}, tanggal {tgl}. Nomor bukti potong terakhir {bupot}. Rekanan kami {cv2} (NPWP {bnp2}) juga menunggu bukti potong PPh 23.
Mohon petunjuk.
Salam,
Bendahara Pengeluaran
Telp. kantor {ofp}
""",
    fills=9,
)
# ---- csv_paste
T(
    "csv_paste",
    "social_aid_loans",
    """
Mohon dicek, ini data penerima «bantuan modal UMKM¦KUR mikro» yang kami salin dari «Excel¦spreadsheet» kelurahan:
No,Nama Pemilik,NIK,NPWP,HP,Jenis Usaha
1,[[n:{N1}]],[[nik:{nik1}]],[[npwp:{npb1}]],[[p:{hpb1}]],«Kios sembako¦Jualan kue¦Laundry kiloan»
2,[[n:{N2}]],[[nik:{nik2}]],[[npwp:{npn2}]],[[p:{hpb2}]],«Tenun ikat¦Bengkel las¦Katering»
3,{KOP3},-,{bnpb3},{ofwa},Simpan pinjam
4,[[n:{N4}]],[[nik:{nik4}]],belum ada,[[p:{hpd4}]],«Warung makan¦Pangkas rambut»
Baris 3 itu koperasi, bukan perorangan, «mohon dihapus¦kenapa masuk daftar?»
""",
)
T(
    "csv_paste",
    "procurement",
    """
Data penyedia katalog lokal yang sy salin dari aplikasi, mohon dicek kenapa usaha perorangan sy tidak tampil:
Penyedia;Bentuk;NPWP/NITKU;Pemilik;HP Pemilik
{CV1};Badan usaha;{bnp1};[[n:{N2}]];[[p:{hpb2}]]
[[n:{N3}]];Perorangan;[[npwp:{npd3}]];[[n:{N3}]];[[p:{hpb3}]]
{UD4};Badan usaha;{bnitku4};[[n:{N5}]];[[p:{hps5}]]
Yang baris kedua itu sy. Sudah {num} hari status "verifikasi".
""",
)
T(
    "csv_paste",
    "pbb_bapenda",
    """
«Pak¦Ibu» admin, ini daftar SPPT yang «salah nama¦dobel» di lingkungan kami, sy salin dari file Bapenda:
NOP;Nama WP;NIK;Letak Objek;Luas (m2);Ketetapan (Rp)
{nop1};[[n:{N1}]];[[nik:{nik1}]];{kel1};{luas};{rp}
{nop2};[[n:{N2}]];[[nik:{nik2}]];{kel1};{luas};{rp}
{nop3};{GRJ3};-;{kel1};{luas};{rp}
Nomor 2 itu «sudah meninggal¦sudah jual tanahnya ke orang lain» tapi SPPT masih atas nama dia. Kode billing {bill}.
""",
)
T(
    "csv_paste",
    "school",
    """
Rekap NPWP guru honor {SEK1} (diminta bendahara)
No | Nama | NPWP | Rekening
1 | [[n:{N1}]] | [[npwp:{npd1}]] | [[b:{acc1}]]
2 | [[n:{N2}]] | [[npwp:{npn2}]] | [[b:{acc2}]]
3 | [[n:{N3}]] | [[npwp:{nps3}]] | [[b:{acc3}]]
4 | [[n:{N4}]] | belum punya, NIK [[nik:{nik4}]] | [[b:{acc4}]]
Bendahara sekolah bilang nomor 2 «ditolak sistem¦tidak valid». Honor {num} bulan belum dibayar. Mohon petunjuk Dinas P dan K.
""",
)
T(
    "csv_paste",
    "business_licensing",
    """
Pak admin, data UMKM kelurahan {kel} yg sy kirim kemarin ada yg salah. Ini sy tempel ulang dari excel:
Nama Usaha,Pemilik,NIK Pemilik,NPWP,Alamat Usaha,HP Pemilik
«Kios sembako¦Warung kopi»,[[n:{N1}]],[[nik:{nik1}]],[[npwp:{npd1}]],[[a:{AD1}]] (rumah sendiri),[[p:{hpb1}]]
{TK2},{CV3},-,{bnp3},Jl. Soeharto No. {num},{ofwa}
«Jualan kue¦Jahit pakaian»,[[n:{N4}]],[[nik:{nik4}]],[[npwp:{npt4}]],[[a:{AD4}]] (rumah),[[p:{hpk4}]]
Baris 2 itu bukan UMKM, itu toko besar.
""",
)
T(
    "csv_paste",
    "church_community",
    """
Data pelayan yang terima honor «Natal¦Paskah¦HUT jemaat» - {GRJ1}
Jabatan   Nama   NIK   NPWP
Ketua   [[n:{N1}]]   [[nik:{nik1}]]   [[npwp:{npn1}]]
Sekretaris   [[n:{N2}]]   [[nik:{nik2}]]   [[npwp:{npd2}]]
Bendahara   [[n:{N3}]]   [[nik:{nik3}]]   [[npwp:{npb3}]]
NPWP majelis jemaat: {bnp4}
Dikirim ke bendahara Sinode untuk potong PPh 21. Honor per orang Rp {rpj}.
""",
)
T(
    "csv_paste",
    "pbb_bapenda",
    """
Rekap pembayaran PBB-P2 wajib pajak badan, Kel. {kel}, per {tgl}
NOP|Wajib Pajak|NPWP|Ketetapan|Status
{nop1}|{PT1}|{bnp1}|{rp}|lunas
{nop2}|{KOP2}|{bnp2}|{rp}|belum
{nop3}|{YAY3}|{bnpb3}|{rp}|lunas (NTPN {ntpn})
Mohon Bapenda cek kenapa yayasan masih ditagih denda.
""",
    fills=9,
)
T(
    "csv_paste",
    "procurement",
    """
Kode Paket,Produk,Penyedia,NPWP/NITKU,Nilai
{paket1},«Semen 50 kg¦ATK kantor¦Meja siswa»,{UD1},{bnp1},{rp}
{paket2},«Laptop¦Printer¦Kursi lipat»,{PT2},{bnitku2},{rp}
{paket3},«Cat tembok¦Pipa PVC¦Seng gelombang»,{CV3},{bnpb3},{rp}
Kenapa paket {paket1} dibayar 2 kali? Faktur {fak} dan {fak}.
""",
    fills=9,
)
# ---- web_form
T(
    "web_form",
    "kpp_tax",
    """
Judul Laporan: NPWP «tidak bisa dipakai daftar PPPK¦dinyatakan tidak valid saat seleksi»
Isi Laporan: Saya [[n:{n1}]], «guru honor¦tenaga kontrak» di {sek1}. Waktu daftar, kolom NPWP saya isi [[npwp:{npd1}]] tapi ditolak. Petugas bilang sekarang NPWP pakai NIK, jadi saya isi [[npwp:{npn1}]], juga ditolak. Mohon bantuan.
Tanggal Kejadian: {tgl}
Lokasi Kejadian: Kota Kupang
Kategori: Perpajakan
Nama Pelapor: [[n:{n1}]]
No. HP: [[p:{hp1}]]
Email: [[e:{em1}]]
Nomor Tiket: {tik}
""",
)
T(
    "web_form",
    "permits",
    """
Kategori: Perizinan / PBG
Isi Laporan: Permohonan PBG rumah tinggal saya di [[a:{adr1}]] sudah «3¦4¦5» bulan belum selesai. Nomor registrasi {pbg}. Data pemohon: NIK [[nik:{nik1}]], NPWP/NIK [[npwp:{npn1}]]. Retribusi sudah dibayar Rp {amt} dengan kode billing {bill}. Konsultan «bilang¦minta» tambahan Rp {rp} supaya cepat, itu pungli kah?
Nama Pelapor: [[n:{n1}]]
Kontak: [[p:{hpd1}]]
""",
)
T(
    "web_form",
    "social_aid_loans",
    """
Judul: Pengajuan KUR ditolak karena NPWP
Isi: Sy [[n:{n1}]] pedagang «ikan¦sayur¦pakaian» di Pasar «Oeba¦Kasih Naikoten¦Oebobo». Ajukan KUR Rp {amt} di {bank1} cabang Kupang, ditolak karena NPWP suami sy [[npwp:{npd2}]] «tercatat ada tunggakan pajak¦tidak aktif». Padahal suami sy [[n:{n2}]] sudah «meninggal tahun {thn}¦tidak punya usaha lagi». NIK sy [[nik:{nik1}]], KK [[kk:{kk1}]]. Rekening sy di {bank1} [[b:{acc1}]].
Pelapor: [[n:{n1}]] / [[p:{hp1}]]
""",
    F=(1,),
    M=(2,),
)
T(
    "web_form",
    "land",
    """
Isi Laporan: Tanah warisan almarhum bapak kami di Kel. {kel1} (NOP {nop}) mau dibalik nama. BPN minta NPWP ahli waris. Kakak sy [[n:{n2}]] NPWP [[npwp:{np2}]], sy sendiri NPWP [[npwp:{np1}]]. Tapi di SPPT PBB masih tertulis NPWP lama almarhum [[npwp:{npd3}]] dan nama [[n:{N3}]]. Apakah harus dihapus dulu di KPP?
Nama: [[n:{n1}]]
Alamat: [[a:{adr1}]]
HP: [[p:{hp1}]]
""",
    M=(3,),
    fam={1: 3, 2: 3},
    E=(3,),
)
T(
    "web_form",
    "business_licensing",
    """
Kategori: Perizinan Berusaha (OSS)
Isi Laporan: Saya punya dua usaha. Yang pertama {cv1} (NPWP badan {bnp1}), NIB sudah terbit {nib}. Yang kedua usaha perorangan «bengkel¦salon¦fotokopi», NPWP usaha perorangan saya [[npwp:{npd1}]]. Di OSS NIB kedua tidak bisa terbit karena sistem baca NPWP saya sebagai NPWP badan. Mohon DPMPTSP bantu.
Nama Pelapor: [[n:{n1}]]
NIK: [[nik:{nik1}]]
Telp: [[p:{hp1}]]
""",
)
T(
    "web_form",
    "civil_registry",
    """
Judul: Data NIK tidak padan di DJP
Isi: NIK sy [[nik:{nik1}]] waktu dipadankan dengan NPWP [[npwp:«{npd1}¦{npb1}»]] keluar pesan "tanggal lahir tidak sesuai". Di KTP sy lahir {lhr1}. Dukcapil bilang data sudah benar. Sy sudah ke KPP tanggal {tgl} bawa KTP dan KK [[kk:{kk1}]] tapi disuruh ke Dukcapil lagi. Tolong jangan ping-pong.
Pelapor: [[n:{n1}]]
Email: [[e:{emx1}]]
""",
)
T(
    "web_form",
    "pbb_bapenda",
    """
Judul: SPPT PBB rumah ibadah ditagih
Isi Laporan: SPPT PBB {thn} untuk tanah {grj1} NOP {nop} ditagih Rp {amt}, padahal tempat ibadah dibebaskan. NPWP {grj1} ({bnp1}) sudah kami serahkan ke loket Bapenda tanggal {tgl}. Nomor surat permohonan {srt}.
Nama Pelapor: Dirahasiakan
Kategori: Pajak Daerah
Nomor Tiket: {tik}
""",
    fills=9,
)
T(
    "web_form",
    "procurement",
    """
Judul: Pengadaan BUMDes diduga fiktif
Isi Laporan: {bum1} (NPWP {bnp1}) belanja «bibit jagung¦mesin pompa air¦tenda dan kursi» Rp {amt} dari {ud2} NPWP {bnpb2}, faktur {fak} tanggal {tgl}. Barang tidak pernah datang. Nomor SPK {kode}.
Nama Pelapor: Dirahasiakan
Lokasi: Kab. Kupang
""",
    fills=9,
)
# ---- wa_forward
T(
    "wa_forward",
    "kpp_tax",
    """
*Diteruskan*
[{dt} 07.12] Bendahara Sekolah: Bapa ibu guru honor, mohon kirim NPWP paling lambat Jumat. Yg belum punya, pakai NIK.
[{dt} 07.30] [[n:{n1}]]: Ini punya sy [[npwp:{npn1}]]
[{dt} 07.41] [[n:{n2}]]: [[npwp:{npd2}]] ibu
[{dt} 08.02] [[n:{g3}]]: Sy blm punya NPWP, pakai NIK sj boleh? [[nik:{nik3}]]
Pak admin LAPOR, bendahara potong PPh kami lebih tinggi katanya NPWP tdk valid. Honor cuma Rp {rpj} sebulan. Benar kah?
""",
)
T(
    "wa_forward",
    "kpp_tax",
    """
Forward dari grup «Jemaat¦RT¦alumni SMA»:
"Yth Wajib Pajak, NPWP Bapak/Ibu akan DIBLOKIR karena belum validasi NIK. Segera klik link pajak-validasi.id dan isi NPWP & NIK. Info WA {ofwa}"
Mama sy [[n:{n1}]] sudah isi NPWP dia [[npwp:{npd1}]] dan NIK [[nik:{nik1}]] di link itu. «Apakah bahaya?¦Bagaimana ini?» Nomor sy [[p:{hp2}]] kalau perlu konfirmasi. - [[n:{g2}]]
""",
    F=(1,),
    fam={2: 1},
    E=(1,),
)
T(
    "wa_forward",
    "social_aid_loans",
    """
Fwd:
DATA CALON PENERIMA BLT RT {num}
1. [[n:{N1}]] - NIK [[nik:{nik1}]] - KK [[kk:{kk1}]]
2. [[n:{N2}]] - NIK [[nik:{nik2}]] - KK [[kk:{kk2}]]
3. [[n:{N3}]] - NIK [[nik:{nik3}]] - KK [[kk:{kk3}]]
Yang punya usaha dan NPWP tidak dapat.
---
Sy nomor 2, sy tdk punya usaha. NPWP sy [[npwp:{npd2}]] itu dari dulu waktu kerja di {pt4}, skrg sdh tidak kerja. Kenapa dicoret? [[p:{hp2}]]
""",
)
T(
    "wa_forward",
    "church_community",
    """
Diteruskan dari grup Majelis:
Shalom bapa mama. Untuk pembayaran honor pelayan firman bulan «Mei¦Juni¦Agustus», bendahara jemaat minta NPWP pribadi. Pdt. [[n:{n1}]] sudah kirim: [[npwp:{np1}]]. Pnt. [[n:{n2}]]: [[npwp:{np2}]]. NPWP {grj3} ({bnp3}) jangan dipakai untuk potong pajak pribadi.
Transfer honor ke rekening masing-masing, contoh a.n. [[n:{n1}]] {bank1} [[b:{acc1}]].
""",
)
T(
    "wa_forward",
    "job_application",
    """
*Forwarded*
LOWONGAN {PT1}
Dibutuhkan: «admin gudang¦sopir¦sales lapangan»
Syarat: fotokopi KTP, NPWP, SKCK. Kirim ke rekrutmen.flobamora@gmail.com atau WA HRD {ofwa}.
----
Sy [[n:{n2}]] sudah kirim lamaran {tgl}, lampirkan NPWP [[npwp:{np2}]] dan KTP. Skrg HRD minta uang seragam Rp {rp} ke rekening pribadi. Itu resmi kah? HP sy [[p:{hp2}]]
""",
)
T(
    "wa_forward",
    "pbb_bapenda",
    """
[Pesan diteruskan]
BAPENDA KOTA KUPANG: Pembayaran PBB-P2 tahun {thn} jatuh tempo {tgll}. Cek tagihan via WA {ofwa}. Bayar di Bank NTT atau kantor pos.
---
Sy cek tagihan NOP {nop} atas nama bapa sy [[n:{n1}]] (NIK [[nik:{nik1}]]) muncul denda Rp {rp}. Padahal sudah bayar, kode bayar {bill}. Sy anaknya, [[n:{n2}]], WA [[p:{hp2}]].
""",
    M=(1,),
    fam={2: 1},
    E=(1,),
)
T(
    "wa_forward",
    "business_licensing",
    """
*Diteruskan*
INFO DINAS KOPERASI DAN UKM KOTA KUPANG
Koperasi yang belum padan NIK koperasi dan NPWP badan, segera datang ke kantor. Contoh format NPWP: 01.234.567.8-920.000.
Daftar yang belum padan:
- {kop1} NPWP {bnp1}
- {kop2} NPWP {bnp2}
- {kop3} NPWP {bnpb3}
Info: {ofp} / WA {ofwa}
""",
    fills=9,
)
T(
    "wa_forward",
    "permits",
    """
*Diteruskan berkali-kali*
"PENGUMUMAN DPMPTSP: Semua bangunan tanpa PBG didenda Rp {amt} mulai {tgll}. Pengurusan cepat via {cv1} (NPWP {bnp1}), transfer ke rekening perusahaan BRI {accx}. Hub {ofwa}."
Ini hoax kah? Nomor surat yang dicantumkan {srt} tidak ada di website Pemkot.
""",
    fills=9,
)
# ---- sms_caps
T(
    "sms_caps",
    "kpp_tax",
    """
KOTKUPANG SY [[n:{N1}]] MAU LAPOR SPT TP NPWP SY [[npwp:{npd1}]] KATANYA SDH GANTI JD NIK [[npwp:{npn1}]]. SY SDH «3¦4» KALI KE KPP BLM SELESAI. HP [[p:{hpb1}]]
""",
)
T(
    "sms_caps",
    "social_aid_loans",
    """
KOTKUPANG BANSOS SY DICORET KRN «ADA NPWP¦TERDATA PUNYA NPWP». SY TDK PERNAH BUAT NPWP. NIK SY [[nik:{nik1}]] KK [[kk:{kk1}]]. MOHON DICEK. [[n:{N1}]] [[a:{RT1}]] KEL {KEL1}
""",
)
T(
    "sms_caps",
    "pbb_bapenda",
    """
KOTKUPANG SPPT PBB {thn1} NOP {nop} TERTULIS NAMA [[n:{N1}]] PADAHAL TANAH SDH DIJUAL KE SY [[n:{N2}]] THN {thn2}. NPWP SY [[npwp:{npb2}]]. BAPENDA BLG HARUS BAWA AJB. SY SDH BAWA. TLG DIBANTU. [[p:{hpk2}]]
""",
)
T(
    "sms_caps",
    "job_application",
    """
KOTKUPANG SY PELAMAR «THL¦PPPK» DI {SOF1}. BERKAS SY DITOLAK KRN NPWP SY «SALAH¦TDK TERBACA». NPWP SY [[npwp:«{npk1}¦{npa1}»]] SDH BENAR. MOHON DICEK. TRIMS [[n:{N1}]] [[p:{hpb1}]]
""",
)
T(
    "sms_caps",
    "business_licensing",
    """
KOTKUPANG SY PUNYA KIOS DI PASAR «OEBA¦KUANINO¦INPRES». PETUGAS PASAR MINTA NPWPD SY [[npwp:{npd1}]] DAN NIB, SY SDH KASI NIB {nib} TP TETAP DISURUH BAYAR RP {rp}. TDK ADA KARCIS. [[n:{N1}]] [[p:{hpd1}]]
""",
)
T(
    "sms_caps",
    "civil_registry",
    """
KOTKUPANG KTP SY SDH JD NPWP TP DI DJP ONLINE NAMA SY TERTULIS LAIN. NIK SY [[npwp:{nik1}]] SDH JD NPWP. MOHON BANTUAN DUKCAPIL. [[n:{N1}]] [[a:{RT1}]]
""",
)
T(
    "sms_caps",
    "pbb_bapenda",
    """
KOTKUPANG TAGIHAN PBB RUMAH IBADAH KAMI NOP {nop} NAIK JD RP {amt}. NPWP {BNP1} SDH DISERAHKAN {tgl}. KODE BILLING {bill}. SURAT KAMI {srt} BLM DIJAWAB. MOHON BAPENDA JELASKAN.
""",
    fills=9,
)
T(
    "sms_caps",
    "kpp_tax",
    """
KOTKUPANG ADA SMS DR {ofwa} BLG NPWP SY DIBLOKIR, SURUH BAYAR RP {rp} KE VA {va} PALING LAMBAT {tgl} JAM {jam}. ITU PENIPU KAH? SY BLM BAYAR.
""",
    fills=9,
)
# ---- formal_letter
T(
    "formal_letter",
    "kpp_tax",
    """
Kupang, {tgll}

Kepada Yth.
Kepala KPP Pratama Kupang
di Tempat

Perihal: Permohonan pembetulan data NPWP

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama      : [[n:{n1}]]
NIK       : [[nik:{nik1}]]
«NPWP¦N.P.W.P.¦No. NPWP»      : [[npwp:{npd1}]]
Alamat    : [[a:{adr1}]], Kel. {kel1}
No. HP    : [[p:{hp1}]]

mengajukan permohonan pembetulan data NPWP istri saya, [[n:{n2}]], NPWP [[npwp:{np2}]], yang masih tercatat sebagai «pegawai {pt3}¦tanggungan orang tuanya». NITKU saya di e-Faktur tertulis [[npwp:{npt1}]].
Demikian permohonan ini, atas perhatiannya saya ucapkan terima kasih.

Hormat saya,

[[n:{n1}]]
""",
    M=(1,),
    F=(2,),
)
T(
    "formal_letter",
    "procurement",
    """
KOP: {CV1}
Jl. «Timor Raya¦Soeharto¦El Tari» No. {num}, Kupang - Telp. {ofp}
NPWP {bnp1}

Nomor   : {srt}
Perihal : Keberatan pemotongan PPh

Kepada Yth. Pejabat Pembuat Komitmen {sof2}
Dengan hormat,
Atas pembayaran termin «I¦II» paket {paket} senilai Rp {big}, bendahara pengeluaran {sof2} (NPWP {tnp2}) memotong PPh dengan NPWP direktur kami pribadi, [[npwp:{npd3}]], bukan NPWP perusahaan. Bukti potong nomor {bupot}. Mohon dibetulkan ke NPWP badan.

Hormat kami,
{CV1}
[[n:{n3}]]
Direktur
""",
)
T(
    "formal_letter",
    "land",
    """
SURAT PERNYATAAN AHLI WARIS
Nomor: {srt}

Kami yang bertanda tangan di bawah ini, ahli waris dari almarhum [[n:{n1}]] (NIK [[nik:{nik1}]], NPWP [[npwp:{npd1}]]), pemilik tanah NOP {nop} seluas {luas} m2:
1. [[n:{n2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{np2}]]
2. [[n:{n3}]], NIK [[nik:{nik3}]], NPWP [[npwp:{np3}]]
menyatakan bahwa tanah tersebut belum dibagi. BPHTB dibayar dengan kode billing {bill}.
Kupang, {tgll}
Mengetahui, Lurah {kel}
[[n:{n4}]]
""",
    M=(1,),
    fam={2: 1, 3: 1},
    E=(1,),
)
T(
    "formal_letter",
    "church_community",
    """
{YAY1}
Sekretariat: Jl. «Adisucipto¦Frans Seda¦Perintis Kemerdekaan» No. {num}, Kupang - NPWP {bnp1}

SURAT KETERANGAN KERJA
Nomor: {srt}
Pengurus {yay1} menerangkan bahwa «Sdri.¦Sdr.» [[n:{n2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{np2}]], bekerja sebagai «guru¦staf tata usaha¦pengasuh» sejak {thn}. Gaji dibayar melalui rekening {bank2} [[b:{acc2}]] a.n. [[n:{n2}]].
Surat ini dibuat untuk keperluan «pengajuan KPR¦pengajuan pinjaman bank¦pendaftaran BPJS».
Ketua Pengurus,
[[n:{n3}]]
""",
)
T(
    "formal_letter",
    "social_aid_loans",
    """
Kupang, {tgll}
Hal: Keberatan pencoretan bantuan PKH

Yth. Kepala Dinas Sosial Kota Kupang
Dengan hormat, saya [[n:{n1}]], NIK [[nik:{nik1}]], warga [[a:{rt1}]] Kel. {kel1}, penerima PKH sejak «2019¦2020¦2021¦2022». Bulan ini nama saya dicoret dengan alasan anggota keluarga saya punya NPWP. NPWP itu milik anak saya [[n:{n2}]] ([[npwp:{np2}]]) yang bekerja di Surabaya dan sudah pisah KK. KK saya [[kk:{kk1}]].
Mohon ditinjau kembali.
Hormat saya,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
    fam={2: 1},
    E=(1,),
    Y=(2,),
)
T(
    "formal_letter",
    "permits",
    """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama   : [[n:{N1}]]
NIK    : [[nik:{nik1}]]
NPWP   : [[npwp:{np1}]]
Alamat : [[a:{AD1}]], KEL. {KEL1}
memberi kuasa kepada:
Nama   : [[n:{N2}]]
NIK    : [[nik:{nik2}]]
HP     : [[p:{hp2}]]
untuk mengurus Persetujuan Bangunan Gedung (PBG) atas bangunan di atas tanah SHM No. {shm}, NOP {nop}, termasuk membayar retribusi dengan kode billing {bill}.
Kupang, {tgll}
Pemberi Kuasa,     Penerima Kuasa,
[[n:{N1}]]     [[n:{N2}]]
""",
)
T(
    "formal_letter",
    "procurement",
    """
{DINAS1}
Jl. «Timor Raya¦S.K. Lerik¦Palapa» No. {num}, Telp. {ofp}

Nomor   : {srt}
Lampiran: 1 berkas
Perihal : Undangan klarifikasi dan negosiasi

Kepada Yth.
Direktur {cv1}
NPWP {bnp1}
di Kupang

Sehubungan dengan penawaran Saudara untuk paket {paket} (nilai penawaran Rp {big}), kami mengundang Saudara hadir pada {tgll} pukul «09.00¦10.00¦13.30» WITA. Harap membawa dokumen asli NIB {nib} dan bukti KSWP.

Pejabat Pembuat Komitmen
""",
    fills=9,
)
T(
    "formal_letter",
    "church_community",
    """
{GRJ1}
Sekretariat: Jl. «Sumba¦Kelinci¦Beringin» No. {num}, Kupang
NPWP: {bnp1}

Nomor: {srt}
Hal: Permohonan pembebasan PBB

Kepada Yth. Kepala Badan Pendapatan Daerah Kota Kupang
Dengan hormat, bersama ini kami mohon pembebasan PBB-P2 atas tanah rumah ibadah NOP {nop1} dan {nop2} dengan tagihan tahun {thn} sebesar Rp {amt}. Bersama ini kami lampirkan fotokopi NPWP dan akta hibah nomor {num} tanggal {tgl}.

Hormat kami,
Pengurus
""",
    fills=9,
)
# ---- ocr_scan
T(
    "ocr_scan",
    "kpp_tax",
    """
«Tolong bantu, ini kartu NPWP sy hasil scan.¦Ini hasil scan kartu NPWP bapa sy, tulisan sdh kabur.»
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
N P W P : [[npwp:{npo1}]]
[[n:{N1}]]
NIK : [[nik:{niko1}]]
[[a:{AD1} {RT1}]]
{KEL1} - KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgl}
Apakah kartu ini masih berlaku atau harus ganti ke NIK?
""",
    M=(1,),
)
T(
    "ocr_scan",
    "civil_registry",
    """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{niko1}]]
Nama : [[n:{N1}]]
Tempat/Tgl Lahir : KUPANG, {lhr1}
Alamat : [[a:{AD1}]]
[[a:{rtf1}]]
Kel/Desa : {KEL1}
Kecamatan : {KEC1}
Pekerjaan : «WIRASWASTA¦PEDAGANG¦GURU»
Berlaku Hingga : SEUMUR HIDUP
---
Ini KTP sy yg di-scan utk daftar NPWP. Sistem DJP bilang NIK tdk valid, mohon dicek Dukcapil. HP [[p:{hp1}]]
""",
)
T(
    "ocr_scan",
    "kpp_tax",
    """
BUKTI PEMOTONGAN PPh PASAL 21 BAGI BUKAN PEGAWAI
Nomor: {bupot}
A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP/NIK : [[npwp:{npno1}]]
A.2 Nama : [[n:{N1}]]
B. PENGHASILAN BRUTO: Rp {amt}
C. IDENTITAS PEMOTONG
C.1 NPWP : {bnpo2}
C.2 Nama : {PT2}
Tgl : {tgl}
---
Pa, bukti potong dr {pt2} ini NIK sy ada hurufnya, bisa dipakai lapor SPT kah?
""",
)
T(
    "ocr_scan",
    "business_licensing",
    """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: {nib}
Nama Pelaku Usaha : [[n:{N1}]]
NPWP : [[npwp:{np1}]]
Alamat Kantor : [[a:{AD1}]] (RUMAH SENDIRI)
KBLI : «47211¦56102¦96011¦10792»
Skala Usaha : Usaha Mikro
Diterbitkan di Jakarta, {tgl}
---
NIB ini sy print di DPMPTSP, tp nama usaha salah. Mohon perbaikan. WA [[p:{hp1}]]
""",
)
T(
    "ocr_scan",
    "job_application",
    """
[lampiran lamaran, hasil scan]
DAFTAR RIWAYAT HIDUP
Nama Lengkap : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npl1}]]
Alamat : [[a:{adr1}]]
No. HP : [[p:{hpo1}]]
Email : [[e:{em1}]]
Pengalaman kerja: kasir di {ud2} ({thn} - sekarang)
---
Berkas ini dikembalikan BKPSDM krn NPWP tdk terbaca, padahal sdh jelas.
""",
)
T(
    "ocr_scan",
    "pbb_bapenda",
    """
SURAT PEMBERITAHUAN PAJAK TERUTANG PBB-P2 TAHUN {thn}
NOP : {nop}
LETAK OBJEK PAJAK : KEL. {KEL1}
NAMA DAN ALAMAT WAJIB PAJAK:
[[n:{N1}]]
[[a:{ADR1}]]
NPWP : [[npwp:{npo1}]]
LUAS BUMI {luas} M2
PBB TERUTANG Rp {rpm}
JATUH TEMPO {tgl}
---
Kenapa SPPT sy ada NPWP padahal sy tdk pernah kasih ke Bapenda?
""",
)
T(
    "ocr_scan",
    "procurement",
    """
Faktur Pajak
Kode dan Nomor Seri Faktur Pajak: {fak}
Pengusaha Kena Pajak
Nama : {PT1}
NPWP : {bnpo1}
Pembeli Barang Kena Pajak
Nama : {CV2}
NPWP : {bnp2}
Harga Jual Rp {amt}
Kupang, {tgl}
""",
    fills=9,
)
T(
    "ocr_scan",
    "school",
    """
{SEK1}
NPSN {npsn} - Jl. «Oekam¦Cak Doko¦Frans Seda» No. {num} - Telp. {ofp}
KWITANSI
No : {inv}
Telah terima dari: Bendahara BOS
Uang sejumlah Rp {amt}
Untuk: pembelian «ATK¦buku perpustakaan¦alat kebersihan»
NPWP Bendahara : {tnpb1}
Kupang, {tgl}
""",
    fills=9,
)
# ---- meeting_minutes
T(
    "meeting_minutes",
    "social_aid_loans",
    """
NOTULEN RAPAT ANGGOTA TAHUNAN {KOP1}
Hari/Tanggal: {tgll}, pukul {jam} WITA
Tempat: aula kantor koperasi
Pimpinan rapat: [[n:{n1}]] (Ketua)
Notulis: [[n:{n2}]]
Pembahasan:
1. Laporan keuangan: SHU tahun {thn} Rp {amt}.
2. NPWP koperasi {bnp1} sudah dipadankan. NPWP pribadi pengurus untuk laporan ke Dinas Koperasi: Ketua [[n:{n1}]] [[npwp:{np1}]]; Sekretaris [[n:{n2}]] [[npwp:{np2}]]; Bendahara [[n:{n3}]] [[npwp:{np3}]].
3. Pinjaman anggota macet atas nama [[n:{n4}]] (Rp {rp}) dan [[n:{n5}]] (Rp {rp}).
Keputusan: penagihan dilakukan pengurus bersama pengawas.
""",
)
T(
    "meeting_minutes",
    "pbb_bapenda",
    """
NOTULA SOSIALISASI PBB-P2 KELURAHAN {KEL}
Tanggal {tgll}, di kantor lurah. Hadir {num} orang.
Narasumber: [[n:{n1}]] (Bapenda)
Tanya jawab:
- Bapak [[n:{n2}]] ([[a:{rt2}]]): SPPT atas nama saya NOP {nop1} tercantum NPWP orang lain, [[npwp:{npd3}]]. Narasumber: akan dicek.
- Ibu [[n:{n4}]]: tagihan PBB tanah {grj5} (NPWP {bnp5}) dikirim ke rumah saya.
- Sdr. [[n:{n6}]] minta SPPT dikirim lewat WA [[p:{hp6}]].
Notulis: [[n:{n7}]]
""",
)
T(
    "meeting_minutes",
    "procurement",
    """
BERITA ACARA KLARIFIKASI DAN NEGOSIASI
Paket: {paket}, HPS Rp {big}
Pada hari ini, {tgll}, bertempat di UKPBJ Kota Kupang telah dilaksanakan klarifikasi dengan:
Penyedia   : {CV1}
NPWP       : {bnp1}
Diwakili   : [[n:{n2}]] (Direktur), NIK [[nik:{nik2}]], NPWP pribadi [[npwp:{np2}]]
Hasil: harga negosiasi turun «2¦3¦5» persen dari penawaran. Penyedia menyatakan NPWP badan sudah terdaftar sebagai PKP sejak {thn}.
Pokja Pemilihan:
1. [[n:{n3}]]
2. [[n:{n4}]]
""",
)
T(
    "meeting_minutes",
    "church_community",
    """
Notulen rapat Majelis Jemaat, {tgll}
Hadir: Pdt. [[n:{n1}]], Pnt. [[n:{n2}]], Dkn. [[n:{n3}]], dan {num} anggota majelis.
1. Panitia pembangunan pastori: bendahara panitia [[n:{n4}]], rekening panitia a.n. [[n:{n4}]] {bank4} [[b:{acc4}]].
2. NPWP Majelis Jemaat {bnp5} dipakai untuk pembelian bahan bangunan dari {tk6}, faktur {fak}.
3. Jemaat kami [[n:{n7}]] minta surat keterangan untuk beasiswa anaknya. NPWP orang tua: [[npwp:{np7}]].
""",
)
T(
    "meeting_minutes",
    "kpp_tax",
    """
Catatan asistensi SPT Tahunan, Kel. {kel}, {tgll}
Petugas KPP: [[n:{n1}]]
No | Nama WP | NPWP | Masalah
1 | [[n:{N2}]] | [[npwp:{npd2}]] | lupa EFIN
2 | [[n:{N3}]] | [[npwp:{npn3}]] | NIK belum padan
3 | {KOP4} | {bnp4} | SPT badan, diarahkan ke KPP
4 | [[n:{N5}]] | [[npwp:{npo5}]] | kartu NPWP rusak, nomor disalin dari foto
Tindak lanjut: WP nomor 2 dan 4 datang ke KPP {tgl}. Informasi: Kring Pajak 1500200.
""",
)
T(
    "meeting_minutes",
    "social_aid_loans",
    """
Notulen musyawarah kelurahan verifikasi DTKS, {tgll}
Dibahas usulan keluarga yang dicoret:
a. Keluarga [[n:{f1}]], KK [[kk:{kk1}]]: dicoret krn kepala keluarga [[n:{n1}]] punya NPWP [[npwp:{npd1}]]. Yang bersangkutan jelaskan NPWP dibuat waktu kerja bangunan di {pt2}.
b. [[n:{n3}]], NIK [[nik:{nik3}]]: tetap.
Keputusan: usulan dikembalikan ke Dinas Sosial. Pendamping PKH: [[n:{n4}]], HP [[p:{hp4}]].
""",
    O={1: ("timor", "rote", "flores")},
    M=(1,),
)
T(
    "meeting_minutes",
    "business_licensing",
    """
NOTULEN RAPAT KOORDINASI PERIZINAN
Tanggal: {tgll}, tempat: ruang rapat DPMPTSP
Peserta: perwakilan {pt1}, {cv2}, {kop3}
1. {pt1} (NIB {nib}, NPWP {bnp1}) belum unggah PBG, nomor permohonan {pbg}.
2. {cv2} (NPWP {bnpb2}) izin lingkungan masih proses.
3. {kop3} NPWP {bnp3} belum padan NIK koperasi.
Rapat ditutup pukul {jam} WITA.
Notulis
""",
    fills=9,
)
T(
    "meeting_minutes",
    "pbb_bapenda",
    """
Rekap rapat evaluasi PBB-P2 Kecamatan {kec}, {tgl}
- Target {thn}: Rp {amt}; realisasi Rp {rp}.
- Tunggakan wajib pajak badan: {ud1} NPWP {bnp1} (NOP {nop1}); {yay2} NPWP {bnp2} (NOP {nop2}).
- Kode billing massal {bill} gagal dibayar di bank.
Tindak lanjut oleh Bidang PBB.
""",
    fills=9,
)
# ---- kupang_malay_chat
T(
    "kupang_malay_chat",
    "kpp_tax",
    """
[{dt} 19.02] [[n:{n1}]]: kaka, beta pung NPWP lama [[npwp:«{npd1}¦{nps1}»]], ma dong bilang sekarang pake NIK sa, [[npwp:{npn1}]]. betul ko?
[{dt} 19.05] [[n:{n2}]]: iya ade, su ganti. coba login coretax pake NIK tu
[{dt} 19.11] [[n:{n1}]]: sonde bisa kaka, dia bilang belum padan
[{dt} 19.13] [[n:{n2}]]: lapor sa di LAPOR, beta su lapor tahun lalu, tiket {tik}
""",
)
T(
    "kupang_malay_chat",
    "social_aid_loans",
    """
Ini beta pung chat deng mama. {kop3} (NPWP {bnp3}) bilang harus ada NPWP, padahal pinjaman cuma Rp {amt}.
[{dt} 08.11] [[n:{lg1}]]: mama, koperasi minta beta pung NPWP untuk pinjam. beta sonde punya
[{dt} 08.14] [[n:{g2}]]: pake mama pung sa, [[npwp:{np2}]]
[{dt} 08.15] [[n:{lg1}]]: sonde bisa ma, harus atas nama peminjam. beta pake NIK sa boleh ko? [[nik:{nik1}]]
""",
    F=(2,),
    fam={1: 2},
    E=(2,),
    Y=(1,),
)
T(
    "kupang_malay_chat",
    "land",
    """
[[n:{g1}]]: kaka [[n:{g2}]], tanah di {kel} tu SPPT masih atas nama bapa tua [[n:{n3}]]. NOP {nop}.
[[n:{g2}]]: iyo, bapa tua pung NPWP ada di map, [[npwp:{npl3}]]
[[n:{g1}]]: ok. notaris minta beta pung NPWP ju. beta pung yang lama [[npwp:{nps1}]], sekarang katanya sama deng NIK
[[n:{g2}]]: kirim sa dua-dua
""",
    M=(3,),
    fam={2: 1, 3: 1},
)
T(
    "kupang_malay_chat",
    "business_licensing",
    """
[{dt} 10.02] [[n:{g1}]]: selamat pagi ibu, beta mau tanya soal NIB. beta pung usaha laundry di rumah, [[a:{ad1}]]
[{dt} 10.09] Petugas DPMPTSP: pagi. usaha perorangan ko badan?
[{dt} 10.10] [[n:{g1}]]: perorangan ibu. NPWP sa [[npwp:{np1}]]
[{dt} 10.25] Petugas DPMPTSP: baik, nanti beta bantu input. nomor WA?
[{dt} 10.26] [[n:{g1}]]: [[p:{hp1}]]
""",
)
T(
    "kupang_malay_chat",
    "church_community",
    """
Grup Pemuda GMIT «Efata¦Siloam¦Bukit Sion»
[[n:{g1}]]: bosong yang jadi panitia Natal, kirim NPWP ke beta. bendahara klasis minta
[[n:{g2}]]: beta pung [[npwp:{npd2}]]
[[n:{g3}]]: [[npwp:{npn3}]] tu beta pung, su pake NIK
[[n:{g4}]]: beta belum punya e. nanti beta urus
[[n:{g1}]]: NPWP jemaat {bnp5} jang pake e, itu untuk gereja. honor Rp {rpj} per orang
""",
)
T(
    "kupang_malay_chat",
    "health",
    """
[{dt} 14.31] [[n:{g1}]]: tanta, rumah sakit minta NPWP dokter untuk bayar jasa. dr. [[n:{n2}]] pung NPWP [[npwp:{np2}]] su kasi ko?
[{dt} 14.40] [[n:{g3}]]: su nona. beta pung kartu BPJS ju su aktif lagi, [[bpjs:{bpjs3}]]
[{dt} 14.42] [[n:{g1}]]: syukur. NPWP RSUD {bnp4} jang salah tulis e
""",
    F=(1, 3),
)
T(
    "kupang_malay_chat",
    "kpp_tax",
    """
mama: ada SMS dari {ofwa} bilang NPWP kita diblokir, suru klik link
admin grup: jang layani. KPP pung nomor resmi {ofp}. Kring Pajak 1500200
mama: ok. tagihan PBB ju su datang, NOP {nop}, kode bayar {bill}, Rp {rpm}
""",
    fills=9,
)
T(
    "kupang_malay_chat",
    "procurement",
    """
Grup Penyedia Katalog Lokal Kota Kupang
{ud1}: kami su upload ulang NPWP badan {bnp1}, ma status masih "tidak valid"
{cv2}: sama kaka. NPWP {bnpb2} ju ditolak. paket {paket} sonde bisa klik
Admin UKPBJ: info, server gangguan sampe jam {jam}. Pertanyaan WA {ofwa}
""",
    fills=9,
)
# ---- receipt_invoice
T(
    "receipt_invoice",
    "business_licensing",
    """
{TK1}
Jl. «Soeharto¦Timor Raya¦Cak Doko» No. {num}, Kupang - Telp. {ofp}
NPWP : {bnp1}

NOTA / INVOICE No. {inv}
Tanggal : {tgl}
Kepada : [[n:{N2}]]
NPWP Pembeli : [[npwp:{np2}]]
Total Rp {amt}
Diambil sendiri dengan pick up [[pl:{pl2}]]
---
Sy minta faktur pajak pakai NPWP sy tp toko bilang sonde bisa. Nomor HP sy [[p:{hp2}]].
""",
)
T(
    "receipt_invoice",
    "health",
    """
RSUD «S.K. Lerik¦Kota Kupang»
KWITANSI JASA PELAYANAN
No. {inv}
Dibayarkan kepada: dr. [[n:{n1}]]
NPWP dokter : [[npwp:{np1}]]
Jumlah bruto Rp {amt}
Bendahara BLUD (NPWP {tnp2})
---
Sy dokter kontrak, PPh sy dipotong dua kali bulan «Maret¦Juni¦Oktober». Mohon dicek.
""",
)
T(
    "receipt_invoice",
    "pbb_bapenda",
    """
SURAT TANDA TERIMA SETORAN PBB-P2
NOP : {nop}
Nama WP : [[n:{N1}]]
NPWP : [[npwp:{np1}]]
Tahun Pajak : {thn}
Jumlah Bayar : Rp {rpm}
NTPD : {ntpn}
Tgl Bayar : {tgl}
Bank NTT Cabang Utama Kupang
---
Sy sudah bayar tp masih ditagih lagi. HP [[p:{hp1}]]
""",
)
T(
    "receipt_invoice",
    "procurement",
    """
INVOICE No. {inv}
Dari : [[n:{N1}]] (usaha perorangan)
NPWP : [[npwp:{np1}]]
Rekening : {bank1} [[b:{acc1}]] a.n. [[n:{N1}]]
Kepada : {CV2}
NPWP : {bnp2}
Uraian : «pekerjaan pagar besi kantor¦jahit seragam 40 stel¦nasi kotak rapat 200 porsi»
Jumlah : Rp {amt}
---
Invoice ini sy kirim {tgl}, sudah «3¦5¦6» minggu belum dibayar oleh {cv2}. Mohon bantu.
""",
)
T(
    "receipt_invoice",
    "school",
    """
KOMITE {SEK1}
TANDA TERIMA
No: {inv}
Terima dari: [[n:{n2}]], orang tua dari [[n:{n3}]] kelas «VII¦VIII¦IX»
Untuk: sumbangan pembangunan Rp {amt}
NPWP komite: {bnp1}
Bendahara Komite
---
Sy keberatan, sumbangan ini wajib dan ada kwitansi pakai NPWP komite. HP sy [[p:{hp2}]]
""",
    fam={3: 2},
    Y=(3,),
)
T(
    "receipt_invoice",
    "kpp_tax",
    """
BUKTI PENERIMAAN NEGARA
NTPN : {ntpn}
Kode Billing : {bill}
NPWP : [[npwp:{npb1}]]
Nama WP : [[n:{N1}]]
Jenis Pajak : 411125 / Kode Setor : 200
Masa/Tahun : «01¦03¦06¦12»/{thn}
Jumlah : Rp {amt}
Tanggal Buku : {tgl}
---
Sdh bayar tp di Coretax masih tertulis belum setor. Mohon KPP cek. [[n:{g1}]]
""",
)
T(
    "receipt_invoice",
    "business_licensing",
    """
{UD1}
Jl. «Bundaran PU¦Timor Raya¦Alfons Nisnoni» No. {num}, Kupang
Telp/WA {ofwa}
NPWP : {bnp1}
NOTA No. {inv}   Tgl {tgl}
Kepada Yth: {CV2} - NPWP {bnp2}
«Besi beton 10 mm¦Pasir 1 ret¦Batako 500 buah» Rp {amt}
Total Rp {amt}
""",
    fills=9,
)
T(
    "receipt_invoice",
    "church_community",
    """
TANDA TERIMA PERSEMBAHAN
{GRJ1}
No. {inv}
Telah terima dari: jemaat Rayon {num}
Jumlah: Rp {amt}
Untuk: pembangunan «pastori¦gedung serbaguna»
NPWP Majelis Jemaat: {bnp1}
Rekening pembangunan: Bank NTT {accx} a.n. Panitia Pembangunan
Kupang, {tgl}
""",
    fills=9,
)

T(
    "email_thread",
    "job_application",
    """
From: [[n:{ln1}]] <[[e:{em1}]]>
To: Panitia Seleksi {yay2} <seleksi.guru.yayasan@gmail.com>
Subject: Lamaran guru «Matematika¦Bahasa Inggris¦IPA»

Selamat malam Bapak/Ibu panitia,
Bersama email ini sy lampirkan CV, surat lamaran dan NPWP ([[npwp:{npn1}]]). Ijazah dan transkrip menyusul. Nomor yang bisa dihubungi [[p:{hps1}]].
Hormat sy,
[[n:{n1}]]
""",
    fills=6,
    Y=(1,),
)
T(
    "email_thread",
    "kpp_tax",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: NITKU lokasi usaha kedua

Selamat siang,
Saya punya «dua kios¦dua lokasi usaha» di Kupang. NPWP saya sekarang [[npwp:{npn1}]]. Waktu buat faktur, NITKU lokasi usaha kedua keluar [[npwp:{nik1}00000«2¦3»]], betul begitu? Petugas di loket bilang nanti dicek. Nomor antrean saya {num}, tanggal {tgl}.
[[n:{g1}]]
""",
    fills=6,
)
T(
    "email_thread",
    "school",
    """
From: Tata Usaha {sek1} <tu.sekolah.kupang@gmail.com>
To: Dinas P dan K Kota Kupang <dikbud@kupangkota.go.id>
Subject: Laporan pajak dana BOS triwulan «I¦II¦III»

Yth. Kepala Dinas,
Terlampir bukti setor PPh 22 dan PPN dana BOS: NPWP bendahara sekolah {tnp1}, kode billing {bill}, NTPN {ntpn}, jumlah Rp {amt}. Penyedia: {tk2} (NPWP {bnp2}), faktur {fak}.
Kontak TU: {ofp}.
""",
    fills=6,
)
T(
    "csv_paste",
    "social_aid_loans",
    """
Data peminjam dana bergulir {bum1} (NPWP BUMDes {bnp1}):
No;Nama;NIK;NPWP;Rekening;Pinjaman
1;[[n:{n2}]];[[nik:{nik2}]];-;[[b:{acc2}]];{rp}
2;[[n:{n3}]];[[nik:{nik3}]];[[npwp:{npd3}]];[[b:{acc3}]];{rp}
3;Kelompok Tani «Sehati¦Oemasi»;-;{bnp4};{accx};{rp}
Kami minta Inspektorat periksa, karena nomor 3 bukan perorangan dan sudah dapat dua kali.
""",
    fills=6,
)
T(
    "csv_paste",
    "job_application",
    """
Hasil unduhan pendaftar «tenaga kebersihan DLHK¦petugas parkir Dinas Perhubungan¦satpam Dinas Kesehatan» Kota Kupang, mohon cek data sy:
No\tNama Pelamar\tNIK\tNPWP\tEmail\tHP
12\t[[n:{N1}]]\t[[nik:{nik1}]]\t[[npwp:{np1}]]\t[[e:{em1}]]\t[[p:{hpb1}]]
13\t[[n:{N2}]]\t[[nik:{nik2}]]\t[[npwp:{np2}]]\t[[e:{em2}]]\t[[p:{hpb2}]]
Baris 12 itu sy, NPWP sy tertukar dgn baris 13. Pengumuman tgl {tgl}.
""",
    fills=6,
)
T(
    "csv_paste",
    "pbb_bapenda",
    """
NOP,Wajib Pajak,NPWP,Tahun,Tunggakan
{nop1},{BUM1},{bnp1},{thn},{rp}
{nop2},{GRJ2},{bnp2},{thn},{rp}
{nop3},{TK3},{bnpb3},{thn},{rp}
Sumber: Bapenda, dicetak {tgl}. Kenapa rumah ibadah masuk daftar tunggakan?
""",
    fills=6,
)
T(
    "web_form",
    "health",
    """
Judul: Insentif nakes dipotong pajak 2 kali
Isi Laporan: Sy [[n:{n1}]], perawat RSUD, NPWP [[npwp:{np1}]]. Insentif bulan «Januari¦Februari¦Maret» Rp {rpj} dipotong PPh 21 oleh bendahara BLUD (NPWP {tnp2}) lalu dipotong lagi di slip. Nomor bukti potong {bupot}. NIP sy {nip}.
Kontak: [[p:{hp1}]] / [[e:{em1}]]
""",
    fills=6,
)
T(
    "web_form",
    "civil_registry",
    """
Formulir Pengaduan Online
Nama Lengkap : [[n:{n1}]]
NIK/NPWP : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Alamat : [[a:{adr1}]]
No. HP : [[p:{hp1}]]
Uraian : KK sy masih cetak lama, anak sy [[n:{n2}]] belum masuk. Waktu daftar NPWP, anak sy ditolak karena tidak ada di KK.
""",
    fam={2: 1},
    fills=6,
    E=(1,),
    Y=(2,),
)
T(
    "web_form",
    "permits",
    """
Judul: Perumahan tanpa PBG
Isi Laporan: Pengembang {pt1} (NPWP {bnp1}, NIB {nib}) jual kavling di Kel. {kel} padahal izin PBG nomor {pbg} hanya untuk {num} unit. Brosur pakai rekening perusahaan {accx}. Mohon DPMPTSP cek.
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tik}
""",
    fills=6,
)
T(
    "wa_forward",
    "land",
    """
Diteruskan dari kantor notaris:
Kelengkapan AJB tanah NOP {nop}:
Penjual: [[n:{n1}]] — NIK [[nik:{nik1}]] — NPWP [[npwp:{np1}]]
Pembeli: [[n:{n2}]] — NIK [[nik:{nik2}]] — NPWP «belum ada¦menyusul»
PPh penjual Rp {rp}, BPHTB Rp {rp}.
---
Sy pembeli. Notaris minta biaya tambahan Rp {rp} «tanpa kwitansi¦katanya untuk orang BPN». Mohon dicek. WA sy [[p:{hp2}]]
""",
    fills=6,
)
T(
    "wa_forward",
    "social_aid_loans",
    """
*Diteruskan*
"Sdr. [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npd1}]], tunggakan pinjaman Anda Rp {amt} sudah jatuh tempo. Data Anda akan disebar ke kontak."
Ini dikirim ke adik sy. Dia tdk pernah pinjam. Nomor pengirim {ofwa}, tidak sebut nama. Dari mana dong dapat NPWP dia?
""",
    fills=6,
)
T(
    "wa_forward",
    "church_community",
    """
*Pengumuman diteruskan*
Jemaat yang memberi persembahan untuk pembangunan bisa minta tanda terima dengan NPWP {grj1}: {bnp1}. Rekening Majelis Jemaat Bank NTT {accx}. Persembahan sampai {tgl} terkumpul Rp {big}. Info sekretariat {ofp}.
""",
    fills=6,
)
T(
    "sms_caps",
    "kpp_tax",
    """
KOTKUPANG NPWP YG KAMI GUNAKAN [[npwp:{npn1}]] (NIK) TP KPP BLG HARUS DAFTAR ULANG. SY SUDAH «2¦3¦4» X ANTRI. [[n:{N1}]] [[p:{hpb1}]]
""",
    fills=6,
)
T(
    "sms_caps",
    "social_aid_loans",
    """
KOTKUPANG NPWP SY [[npwp:{npd1}]] DITOLAK WKT AJUKAN KUR, KATANYA HARUS SAMA DENGAN NIK SY [[nik:{nik1}]]. MOHON PENJELASAN. [[n:{N1}]], PEDAGANG PASAR OEBA
""",
    fills=6,
)
T(
    "sms_caps",
    "permits",
    """
KOTKUPANG IZIN PBG NO {pbg} UTK {CV1} NPWP {bnpb1} BLM KELUAR TP BANGUNAN SDH JADI. SURAT TEGURAN {srt} TDK DIHIRAUKAN. MOHON DITINDAK. WARGA KEL {KEL}
""",
    fills=6,
)
T(
    "formal_letter",
    "kpp_tax",
    """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
Jl. Soeharto No. 118, Kupang. Telp. {ofp}

Nomor : {spt}
Hal   : Imbauan penyampaian SPT Tahunan

Yth. [[n:{N1}]]
NPWP [[npwp:{npd1}]]
[[a:{ADR1}]]
KEL. {KEL1}, KOTA KUPANG

Berdasarkan data kami, Saudara belum menyampaikan SPT Tahunan PPh Orang Pribadi tahun pajak «2023¦2024». Mohon disampaikan paling lambat {tgll}.
Kepala Kantor
""",
    fills=6,
)
T(
    "formal_letter",
    "procurement",
    """
FORMULIR PERMOHONAN SURAT KETERANGAN FISKAL
Nama Badan     : {CV1}
NPWP Badan     : {bnp1}
Nama Pemohon   : [[n:{N2}]]
Jabatan        : Direktur
NPWP Pemohon   : [[npwp:{np2}]]
NIK            : [[nik:{nik2}]]
Untuk keperluan: tender paket {paket} di {sof3}
Kupang, {tgll}
Pemohon,
[[n:{N2}]]
""",
    fills=6,
)
T(
    "formal_letter",
    "church_community",
    """
SUSUNAN PENGURUS {YAY1}
Akta pendirian nomor {num}, SK AHU-{paket}.AH.01.04 Tahun {thn}, NPWP yayasan {bnp1}
Ketua : [[n:{n2}]] — NPWP [[npwp:{np2}]]
Sekretaris : [[n:{n3}]] — NPWP [[npwp:{np3}]]
Bendahara : [[n:{n4}]] — NPWP [[npwp:{np4}]]
Kupang, {tgll}
Catatan: kami keberatan karena data di Kementerian Hukum masih mencatat pengurus lama, [[n:{n5}]].
""",
    fills=6,
)
T(
    "ocr_scan",
    "kpp_tax",
    """
BUKTI PEMOTONGAN/PEMUNGUTAN UNIFIKASI
A.1 NPWP/NIK : [[npwp:{npn1}]]
A.2 NITKU : [[npwp:{npt1}]]
A.3 Nama : [[n:{N1}]]
B.1 Jenis Pajak : PPh Pasal 23
B.2 DPP : Rp {amt}
C.1 NPWP Pemotong : {bnpo2}
C.2 Nama Pemotong : {PT2}
Tgl : {tgl}
""",
    fills=6,
)
T(
    "ocr_scan",
    "land",
    """
SURAT SETORAN PAJAK DAERAH BPHTB
NOP : {nop}
Nama Wajib Pajak : [[n:{N1}]]
NIK : [[nik:{niko1}]]
NPWP : [[npwp:«{npo1}¦{npno1}»]]
Alamat WP : [[a:{ADR1}]]
Letak Tanah : KEL. {KEL2}
NJOP Rp {amt}
Kode Bayar : {bill}
""",
    fills=6,
)
T(
    "ocr_scan",
    "civil_registry",
    """
KARTU KELUARGA
No. [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD1}]]
[[a:{rtf1}]]
No Nama Lengkap NIK Jenis Kelamin
1 [[n:{N1}]] [[nik:{nik1}]] LAKI-LAKI
2 [[n:{N2}]] [[nik:{nik2}]] PEREMPUAN
3 [[n:{N3}]] [[nik:{nik3}]] LAKI-LAKI
---
Anak sy nomor 3 mau buat NPWP utk kerja, tp NIK dia di KK beda dgn di KTP.
""",
    M=(1, 3),
    F=(2,),
    fam={3: 1},
    fills=6,
    E=(1, 2),
    Y=(3,),
)
T(
    "meeting_minutes",
    "school",
    """
NOTULEN RAPAT KOMITE {SEK1}
{tgll}
Hadir: kepala sekolah [[n:{n1}]], ketua komite [[n:{n2}]], {num} orang tua.
1. Bendahara sekolah (NPWP {tnp3}) jelaskan potongan pajak belanja BOS.
2. Orang tua murid [[n:{n4}]] tanya kenapa sumbangan dibayar ke rekening pribadi ketua komite, {bank2} [[b:{acc2}]] a.n. [[n:{n2}]], bukan rekening komite {accx}.
3. Ketua komite janji kembalikan sebelum {tgl}.
""",
    fills=6,
)
T(
    "meeting_minutes",
    "land",
    """
Berita acara musyawarah PTSL Kelurahan {kel}, {tgll}
Peserta pemohon sertifikat:
1. [[n:{n1}]] ([[a:{rt1}]]) — NIK [[nik:{nik1}]] — NPWP belum ada
2. [[n:{n2}]] ([[a:{rt2}]]) — NIK [[nik:{nik2}]] — NPWP [[npwp:{np2}]]
Panitia menyampaikan biaya PTSL Rp {rp} per bidang; warga keberatan karena BPHTB dihitung dari NJOP Rp {amt}.
""",
    fills=6,
)
T(
    "meeting_minutes",
    "business_licensing",
    """
Notulen rapat asosiasi pedagang Pasar Oebobo, {tgll}
1. NPWPD kios dicatat per badan usaha: {ud1} ({bnp1}), {kop2} ({bnp2}).
2. Retribusi naik dari Rp 3.000 ke Rp 5.000 per hari sesuai surat edaran {srt}.
3. Pedagang minta karcis resmi bernomor.
""",
    fills=6,
)
T(
    "kupang_malay_chat",
    "kpp_tax",
    """
[{dt} 09.15] Admin KPP: selamat pagi bapa. NPWP bapa?
[{dt} 09.17] [[n:{n1}]]: pakai NIK, [[npwp:«{niks1}¦{nik1}»]]
[{dt} 09.20] Admin KPP: ok. nama di NPWP?
[{dt} 09.21] [[n:{n1}]]: [[n:{N1}]], sesuai KTP
""",
    M=(1,),
    fills=6,
)
T(
    "kupang_malay_chat",
    "social_aid_loans",
    """
[[n:{lg1}]]: om, pendamping bilang bantuan sonde cair karena beta pung suami ada NPWP
[[n:{lg2}]]: suami su meninggal to? NPWP dia berapa?
[[n:{lg1}]]: [[npwp:{npb3}]], dari waktu dia kerja di {pt4}
[[n:{lg2}]]: nanti om bawa ke kantor sosial. kirim KK ju
[[n:{lg1}]]: [[kk:{kk1}]]
""",
    F=(1,),
    M=(2, 3),
    fills=6,
)
T(
    "kupang_malay_chat",
    "pbb_bapenda",
    """
grup warga: info dari kelurahan, SPPT PBB {thn} su bisa ambil di kantor lurah. bayar di Bank NTT, kode billing tiap rumah beda
mama: yang gereja pung NOP {nop1} sapa yang bayar?
grup warga: majelis yang bayar, NPWP gereja {bnp1}
mama: ok. bapa pung SPPT NOP {nop2} Rp {rpm}, mahal e
""",
    fills=6,
)
T(
    "receipt_invoice",
    "procurement",
    """
KWITANSI
No. {inv}
Sudah terima dari: Bendahara Pengeluaran {sof1} (NPWP {tnp1})
Uang sebanyak: Rp {amt}
Untuk pembayaran: «konsumsi rapat¦sewa tenda¦cetak spanduk» tanggal {tgl}
Yang menerima,
[[n:{N2}]]
NIK : [[nik:{nik2}]]
NPWP : [[npwp:{np2}]]
---
Sudah «2¦3¦4» bulan belum dibayar lunas, hanya uang muka. Mohon bantu. HP [[p:{hp2}]]
""",
    fills=6,
)
T(
    "receipt_invoice",
    "health",
    """
APOTEK «SEHAT¦BERKAT¦SUMBER HIDUP» OEBOBO
Jl. «Frans Seda¦W.J. Lalamentik¦Piet A. Tallo» No. {num}, Kupang
NPWP : {bnp1}
No. Resep {inv}
Pasien : [[n:{N2}]]
No. Kartu JKN : [[bpjs:{bpjs2}]]
Total Rp {rpm}
---
Obat ini harusnya ditanggung BPJS tapi sy disuruh bayar. HP [[p:{hp2}]]
""",
    fills=6,
)
T(
    "receipt_invoice",
    "kpp_tax",
    """
BUKTI PENERIMAAN NEGARA
NTPN : {ntpn}
Kode Billing : {bill}
NPWP : {bnp1}
Nama WP : {PT1}
Jenis Pajak : 411211 / Kode Setor : 100
Jumlah : Rp {amt}
Tanggal Buku : {tgl}
""",
    fills=6,
)
T(
    "kupang_malay_chat",
    "kpp_tax",
    """
[[n:{g1}]]: ade, bendahara minta NPWP lai. NPWP 16 digit sa sekarang sama dengan NIK, [[npwp:{npn1}]], to?
[[n:{g2}]]: iyo kaka. beta pung ju begitu. yang lama [[npwp:{npd2}]] su sonde pake
[[n:{g1}]]: ok, nanti beta kirim. NPWP sekolah {bnp3} tu bendahara pung urusan
""",
    fills=6,
)

T(
    "ocr_scan",
    "business_licensing",
    """
T0KO «BANGUNAN¦BESI» {UDX}
JL. «TIMOR RAYA¦SOEHARTO¦EL TARI» N0. {num} KUPANG
TELP/WA {ofwa}
NPWP : {bnpo1}
N0TA N0. {inv}      TGL {tgl}
«SEMEN 50 KG x 10      Rp 750.000
T0TAL      Rp 750.000¦SEMEN 50 KG x 20      Rp 1.500.000
T0TAL      Rp 1.500.000¦BESI BET0N 10 MM x 25      Rp 2.125.000
T0TAL      Rp 2.125.000»
""",
    fills=8,
)
T(
    "formal_letter",
    "social_aid_loans",
    """
{BUM1}
Sekretariat: kantor desa, Kab. Kupang
NPWP: {bnp1}

Nomor : {srt}
Hal   : Laporan penyaluran dana bergulir

Kepada Yth. Inspektorat Daerah Kabupaten Kupang
Dengan hormat, bersama ini kami laporkan penyaluran dana bergulir tahap «I¦II» sebesar Rp {amt} kepada {num} kelompok usaha. Pajak atas bunga disetor dengan kode billing {bill}, NTPN {ntpn}. Rekening BUMDes Bank NTT {accx}.
Hormat kami,
Direktur BUMDes
""",
    fills=8,
)
T(
    "sms_caps",
    "school",
    """
KOTKUPANG BENDAHARA BOS {SEK1} NPWP {TNP1} POTONG PAJAK DARI UANG KOMITE RP {amt}. KODE BILLING {bill} TGL {tgl}, KWITANSI NO {inv}. ITU BOLEH KAH? ORANG TUA MURID
""",
    fills=8,
)


if __name__ == "__main__":
    main()
