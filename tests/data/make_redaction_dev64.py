# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, PLR0917, RUF001, SIM905
"""Write tests/data/redaction_dev64.jsonl: complaints reaching the Kota Kupang complaint unit.

Texts as they come in: SMS to 1708 (``KOTKUPANG <keluhan>``) in capitals, WhatsApp chats and
forwards, the LAPOR! web form with pasted identity blocks, Facebook posts and comment threads,
Kupang Malay voice notes written out, letters and dispositions, call-centre logs, scanned forms
and receipts, offices' replies and notices, and long mixed reports; their situations drawn from
the whole of public services (health, schools, water, electricity, roads, land, social aid, the
population registry, police, markets, transport, tax and permits, villages, churches and
community bodies, banks and e-wallets, scams). Extra weight on whose a phone number is (a
person's own mobile or home line beside offices', businesses', services' and scams' lines) and
on tax numbers in every writing beside NIKs, family cards and other long numbers.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``,
``{hpd1}``, ``{npd1}``, ``{ofdcw}``, ``{bzw1}``, ``{sc1}`` ...) and alternatives
(``«one¦other»``, nested ones drawn innermost first), each filled several times with invented
values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev64.py`` (standard library only, deterministic);
``--review`` also prints every unlabelled run of digits and every unlabelled ``@`` token with
the forty characters before it; ``--show N SEED`` prints N texts drawn at random with their
spans marked; ``--dry`` writes nothing; ``--style S`` builds one style only and writes nothing.
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

SEED = 64_2026_1207
OUT = Path(__file__).with_name("redaction_dev64.jsonl")
PREFIX = "d64"
FILLS = 6

# marker key -> kind of the guide
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
    "sms_caps",
    "wa_chat",
    "web_form",
    "fb_thread",
    "voice_note",
    "formal_letter",
    "call_log",
    "ocr_scan",
    "office_notice",
    "long_report",
)
THEMES = (
    "health",
    "school",
    "water",
    "electricity",
    "roads",
    "land",
    "social_aid",
    "civil_registry",
    "police",
    "market",
    "transport",
    "tax_permit",
    "village",
    "church_community",
    "bank_ewallet",
    "scam",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 6,
    "name": 400,
    "phone": 200,
    "npwp": 90,
    "email": 50,
    "bank_account": 60,
    "nik": 80,
    "themes": 14,
}
# words that may stand before a name but never open its span
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "saudara", "saudari", "ny", "nn",
    "tn", "dr", "drs", "dra", "ir", "pdt", "pastor", "romo", "pater", "h", "hj", "om", "tanta",
    "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "ka", "nyong", "bung", "mas", "mbak",
    "bli", "ade", "usi", "kel", "keluarga", "yth", "lurah", "camat", "guru", "bidan", "ners",
    "suster", "perawat", "kader", "pendamping", "ketua", "wakil", "sekretaris", "bendahara",
    "anggota", "kepala", "kepsek", "direktur", "petugas", "admin", "operator", "pelapor",
    "penelepon", "pasien", "penerima", "pemilik", "pemohon", "saksi", "ttd", "salam", "hormat",
    "dari", "nama", "an", "atas", "from", "to", "saya", "sy", "sa", "beta", "kami", "anak",
    "istri", "suami", "adik", "tetangga", "almarhum", "alm", "almh", "bripka", "brigpol",
    "aiptu", "ipda", "serka", "sertu", "kompol", "dengan", "deng", "dan", "yang", "pegawai",
    "staf", "sopir", "tukang", "ojek", "agen", "nasabah", "kurir", "dokter", "apoteker",
    "hakim", "notaris", "advokat", "pengacara", "pendeta", "ustad", "ustadz", "penatua",
    "diaken", "majelis", "frater", "tuan", "nyonya", "pelajar", "siswa", "mahasiswa", "warga",
    "rt", "rw", "komentar", "balas", "cc", "kpd", "kepada", "pengirim", "penulis", "ayah",
    "ibunya", "ipar", "mertua", "menantu", "cucu", "sepupu", "kakak", "om.", "nenek", "kakek",
}  # fmt: skip
# name words many people share, which also stand alone in texts as other words
SHARED = {
    "made", "wayan", "ketut", "nyoman", "gede", "putu", "komang", "luh", "ode", "daeng", "andi",
    "sitti", "siti", "umbu", "rambu", "sri", "tri", "dwi", "eka", "maria", "muhammad", "abdul",
    "da", "costa", "lay", "ratu", "kana", "tan", "ong", "lie", "ayu", "dewi", "nur",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev64)

# given names: Timor, Rote, Sabu and Alor Protestants (Dutch and biblical), Flores and Belu Catholics
GIV_PROT_M = "Ebed Yusak Melkisedek Soleman Daud Yonatan Leonard Nikolas Yeskiel Obaja Hendrik Aleksander Yunus Efraim Zakarias Rudolof Matheos Benyamin Elias Frederik Hiskia Filmon Absalom Samuel Isak Gideon Ruben Dominggus Yafet Abner Harun Lewi Arnol Jefri Roni Deki Semi Ferdi Welem Ande Anis Oktovianus Marthinus Yohanis Adrianus".split()
GIV_PROT_F = "Rahel Sarlota Sance Yakoba Ince Dortea Sofia Margaretha Welmince Ance Yakomina Yulin Rut Lidia Priska Yuneta Selvi Ketrin Merlin Novi Rensi Delfi Nelci Yanti Magdalena Yosina Beatrix Ferderika Anjelina Kristin Elsye Irene Hana Femi Nita Adelina Dince Erni Mery Lenny Santi Rosalina Elsi Febi".split()
GIV_CATH_M = "Fidelis Aurelius Gabriel Aloysius Antonius Paulus Kornelius Hironimus Damianus Arnoldus Bonaventura Emanuel Ignasius Vinsensius Servasius Wilhelmus Petrus Maksimus Leonardus Stefanus Theodorus Kanisius Benediktus Yulius Sebastianus Hilarius Marianus Rofinus".split()
GIV_CATH_F = "Regina Rosa Natalia Filomena Bernadete Florentina Everista Oktaviana Modesta Krisantia Serafina Imakulata Lusia Helena Benedikta Apolonia Emiliana Wihelmina Klementina Gerda Sesilia Dominika Maria Goreti Kornelia Petronela Yustina".split()
# family names by island (written for dev64)
FAMILY = {
    "timor": "Banunaek Nubatonis Taneo Tlonaen Boimau Sabneno Neonufa Kolo Tapatab Selan Oematan Baok Nope Lakapu Toislaka Tunliu Faot Nitbani Kase Bana Tnunay Lopo Naisau Sinlae Bires Kause Tualaka Manehat Abanat Fallo Mella Tefnay Liunokas Asbanu Tafuli Niti Kolloh Seuk Bolla Tanesib".split(),
    "rote": "Ndun Manafe Fanggidae Mooy Messakh Pandie Ndolu Lenggu Therik Adoe Henukh Ndoen Saudale Nggadas Haning Bessie Tungga Dethan Hanas Feoh Daik Zacharias Mbuik Lusi Ndaomanu Nalle Pellokila Sinlaeloe Ndapamerang Lerik Kiuk".split(),
    "sabu": [
        "Riwu Kaho",
        "Dju Dara",
        "Ga Lena",
        "Lado Lena",
        "Radja",
        "Haba",
        "Bire",
        "Rihi",
        "Hina",
        "Wadu",
        "Djami",
        "Lomi",
        "Huki",
        "Ludji",
        "Tari",
        "Kore",
        "Djawa",
        "Bengu",
        "Ratu Edo",
        "Mone",
        "Lobo",
        "Nguru",
        "Raja Haba",
        "Uly",
        "Tadu Hungu",
    ],
    "flores": [
        "da Costa",
        "Parera",
        "Kelen",
        "Tukan",
        "Koten",
        "Goa",
        "Wangge",
        "Dopo",
        "Lewar",
        "Tokan",
        "Wutun",
        "Sogen",
        "Kopong",
        "Liwun",
        "Meko",
        "Diaz",
        "Rozari",
        "Nahak",
        "Seran",
        "Bria",
        "Klau",
        "Mau",
        "Leki",
        "Sina",
        "Keraf",
        "Making",
        "Sabon",
        "Ola",
        "Hurint",
        "Nggebu",
        "Mbete",
        "Rangga",
        "Ngongo",
        "Djo",
        "Bhara",
    ],
    "alor": "Maure Djahamou Mautuka Blegur Lakamai Malaikosa Bukang Laukoni Mokoni Atamau Padabang Kamengmau Lelang Tulimau".split(),
}
SUMBA = {
    "m": [
        "Umbu Ndakularak",
        "Umbu Hamakonda",
        "Umbu Paranggi",
        "Umbu Lunggi",
        "Umbu Kaborang",
        "Umbu Njurumana",
        "Umbu Tamu Ama",
    ],
    "f": ["Rambu Ana Ndima", "Rambu Kahi", "Rambu Hada", "Rambu Emu", "Rambu Tamu", "Rambu Lika"],
    "fam": "Ndakularak Hamakonda Paranggi Lunggi Kaborang Njurumana Manu Ndima Kadiwanu Hunggu".split(),
}
# people from outside NTT, as Kupang has them: (full name, the name people call them, family)
OUTSIDE = {
    "bali": {
        "m": [
            ("I Made Suardana", "Made", "Suardana"),
            ("I Wayan Artawan", "Wayan", "Artawan"),
            ("I Ketut Sudiarta", "Ketut", "Sudiarta"),
            ("I Nyoman Mertayasa", "Nyoman", "Mertayasa"),
            ("I Gede Darmayasa", "Gede", "Darmayasa"),
            ("I Komang Adnyana", "Komang", "Adnyana"),
            ("I Putu Juliantara", "Putu", "Juliantara"),
            ("I Wayan Sukerta", "Sukerta", "Sukerta"),
        ],
        "f": [
            ("Ni Luh Suartini", "Suartini", "Suartini"),
            ("Ni Made Ariani", "Ariani", "Ariani"),
            ("Ni Komang Sukmawati", "Sukmawati", "Sukmawati"),
            ("Ni Putu Eka Yanti", "Yanti", "Yanti"),
            ("Ni Ketut Sriasih", "Sriasih", "Sriasih"),
            ("Ni Wayan Purniati", "Purniati", "Purniati"),
        ],
        "codes": ("5102", "5104", "5107"),
    },
    "bugis": {
        "m": [
            ("Syamsuddin Daeng Tayang", "Syamsuddin", "Tayang"),
            ("Andi Baharuddin", "Baharuddin", "Baharuddin"),
            ("Haeruddin Lamada", "Haeruddin", "Lamada"),
            ("Nasrullah Daeng Rannu", "Nasrullah", "Rannu"),
            ("Amiruddin Hamzah", "Amiruddin", "Hamzah"),
            ("Rusli Pawelloi", "Rusli", "Pawelloi"),
        ],
        "f": [
            ("Hasnah Daeng Sila", "Hasnah", "Sila"),
            ("Andi Nurhaedah", "Nurhaedah", "Nurhaedah"),
            ("Rosmini Lamada", "Rosmini", "Lamada"),
            ("Hadijah Pawelloi", "Hadijah", "Pawelloi"),
            ("Jumriati Daeng Ngai", "Jumriati", "Ngai"),
        ],
        "codes": ("7311", "7312", "7314"),
    },
    "buton": {
        "m": [
            ("La Ode Jumadil", "Jumadil", "Jumadil"),
            ("La Ode Hasrun", "Hasrun", "Hasrun"),
            ("La Sabara", "Sabara", "Sabara"),
            ("La Hadi", "Hadi", "Hadi"),
            ("La Ode Munir", "Munir", "Munir"),
        ],
        "f": [
            ("Wa Ode Sartini", "Sartini", "Sartini"),
            ("Wa Ode Rahma", "Rahma", "Rahma"),
            ("Wa Nuri", "Nuri", "Nuri"),
            ("Wa Salmia", "Salmia", "Salmia"),
        ],
        "codes": ("7401", "7414", "7472"),
    },
    "jawa": {
        "m": [
            ("Sugeng Riyadi", "Sugeng", "Riyadi"),
            ("Bambang Wahyudi", "Bambang", "Wahyudi"),
            ("Eko Prasetyo", "Eko", "Prasetyo"),
            ("Slamet Widodo", "Slamet", "Widodo"),
            ("Agus Purnomo", "Agus", "Purnomo"),
            ("Suparman Hadi", "Suparman", "Hadi"),
            ("Joko Santoso", "Joko", "Santoso"),
        ],
        "f": [
            ("Sri Lestari", "Lestari", "Lestari"),
            ("Endang Susilowati", "Endang", "Susilowati"),
            ("Tri Handayani", "Handayani", "Handayani"),
            ("Dwi Rahayu", "Rahayu", "Rahayu"),
            ("Rini Astuti", "Rini", "Astuti"),
            ("Sulastri Wahyuningsih", "Sulastri", "Wahyuningsih"),
        ],
        "codes": ("3515", "3372", "3509", "3578"),
    },
    "chinese": {
        "m": [
            ("Tjhin Kok Liang", "Kok Liang", "Tjhin"),
            ("Ong Bun Tjong", "Bun Tjong", "Ong"),
            ("Lauw Hok Sun", "Hok Sun", "Lauw"),
            ("Hendra Wijaya", "Hendra", "Wijaya"),
            ("Kho Swie Liong", "Swie Liong", "Kho"),
            ("Budi Gunawan Lay", "Budi", "Lay"),
            ("Thio Kian Hok", "Kian Hok", "Thio"),
        ],
        "f": [
            ("Sie Mei Hwa", "Mei Hwa", "Sie"),
            ("Gan Siu Lan", "Siu Lan", "Gan"),
            ("Lauw Giok Nio", "Giok Nio", "Lauw"),
            ("Yanti Halim", "Yanti", "Halim"),
            ("Kho Ay Ling", "Ay Ling", "Kho"),
            ("Lily Tanujaya", "Lily", "Tanujaya"),
        ],
        "codes": ("5371", "5371", "3578"),
    },
}
CH_SURNAMES = {"Tjhin", "Ong", "Lauw", "Kho", "Sie", "Gan", "Thio"}
ORIGIN_W = (("timor", 26), ("rote", 20), ("sabu", 13), ("flores", 15), ("alor", 4), ("sumba", 4), ("bali", 3), ("bugis", 3), ("buton", 3), ("jawa", 4), ("chinese", 4))  # fmt: skip

# ---------------------------------------------------------------- places (written for dev64)

# Kota Kupang: kecamatan code -> (kecamatan, kelurahan)
KOTA = {
    "01": (
        "Alak",
        [
            "Alak",
            "Batuplat",
            "Fatufeto",
            "Mantasi",
            "Manulai II",
            "Manutapen",
            "Naioni",
            "Namosain",
            "Nunbaun Delha",
            "Nunbaun Sabu",
            "Nunhila",
            "Penkase Oeleta",
        ],
    ),
    "02": (
        "Maulafa",
        [
            "Belo",
            "Fatukoa",
            "Kolhua",
            "Maulafa",
            "Naikolan",
            "Naimata",
            "Oepura",
            "Penfui",
            "Sikumana",
        ],
    ),
    "03": (
        "Oebobo",
        ["Fatululi", "Kayu Putih", "Liliba", "Oebobo", "Oebufu", "Oetete", "Tuak Daun Merah"],
    ),
    "04": (
        "Kota Raja",
        [
            "Airnona",
            "Bakunase",
            "Bakunase II",
            "Fontein",
            "Kuanino",
            "Naikoten I",
            "Naikoten II",
            "Nunleu",
        ],
    ),
    "05": ("Kelapa Lima", ["Kelapa Lima", "Lasiana", "Oesapa", "Oesapa Barat", "Oesapa Selatan"]),
    "06": (
        "Kota Lama",
        [
            "Airmata",
            "Bonipoi",
            "Fatubesi",
            "Merdeka",
            "Nefonaek",
            "Oeba",
            "Pasir Panjang",
            "Solor",
            "Tode Kisar",
        ],
    ),
}
# regencies people come from (NIK region), with their plate letters
REGIONS = {
    "5301": "DH", "5302": "DH", "5303": "DH", "5304": "DH", "5305": "DH", "5306": "EB", "5307": "EB", "5308": "EB",
    "5309": "EB", "5310": "EB", "5311": "ED", "5313": "EB", "5314": "DH", "5316": "EB", "5320": "DH", "5321": "DH",
}  # fmt: skip
HOME_FROM = {"timor": ("5301", "5302", "5303", "5304", "5321"), "rote": ("5314",), "sabu": ("5320",), "flores": ("5306", "5307", "5308", "5309", "5313", "5316", "5304"), "alor": ("5305",), "sumba": ("5311",)}  # fmt: skip
# lanes and small streets where people live (written for dev64)
HOME_STREETS = [
    "Jl. Beringin", "Jl. Cemara", "Jl. Flamboyan", "Jl. Kamboja", "Jl. Srikaya", "Jl. Belimbing", "Jl. Kedondong", "Jl. Asam",
    "Jl. Bakau", "Jl. Kancil", "Jl. Rusa", "Jl. Angsa", "Jl. Camar", "Jl. Bajawa", "Jl. Lembata", "Jl. Pulau Semau",
    "Jl. Oekam", "Jl. Air Lobang", "Jl. Kapadala", "Jl. Bougenville", "Jl. Hati Mulia", "Jl. Tunas Muda", "Jl. Bukit Hijau",
    "Jl. Sirih", "Jl. Jati", "Jl. Nila", "Jl. Batu Kadera", "Jl. Oinlasi", "Jl. Nusa Lontar", "Jl. Dewi Sartika",
    "Gg. Mawar", "Gg. Seroja", "Gg. Kelapa Gading", "Gg. Belimbing II", "Gg. Manggis", "Gg. Damai Sejahtera", "Lr. Bambu",
    "Lr. Pelita", "Jl. Jambu Air", "Jl. Salak", "Jl. Sawo", "Jl. Tanjung", "Jl. Teratai", "Jl. Rajawali", "Jl. Merak",
]  # fmt: skip
ESTATES = ["Perumnas", "BTN Kolhua", "Perum Griya Permai", "BTN Oesapa", "Perumahan Bumi Indah", "Perum Tuak Daun Merah", "Perumahan Alam Sutera Penfui"]  # fmt: skip
# public roads and seats of offices (the place of a public problem, never a home)
PUBLIC_ROADS = [
    "Jl. El Tari", "Jl. Frans Seda", "Jl. W.J. Lalamentik", "Jl. Soeharto", "Jl. Timor Raya", "Jl. Moh. Hatta",
    "Jl. Adisucipto", "Jl. Piet A. Tallo", "Jl. Herewila", "Jl. Amabi", "Jl. R.A. Kartini", "Jl. Cak Doko",
    "Jl. Sam Ratulangi", "Jl. Jend. Sudirman", "Jl. Veteran", "Jl. Perintis Kemerdekaan", "Jl. Kejora",
    "Jl. Prof. Dr. Herman Yohanes", "Jl. Thamrin", "Jl. Bundaran PU", "Jl. Fetor Funay", "Jl. Nangka",
    "Jl. Alfons Nisnoni", "Jl. Oesapa Raya", "Jl. Matani", "Jl. Kelapa Lima", "Jl. Bajawa Raya",
]  # fmt: skip
HOSTS = (("gmail.com", 22), ("yahoo.co.id", 5), ("yahoo.com", 4), ("hotmail.com", 1), ("ymail.com", 1), ("outlook.com", 2), ("rocketmail.com", 1))  # fmt: skip
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
JOBS = ("PETANI", "WIRASWASTA", "PEDAGANG", "MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA", "PNS", "KARYAWAN SWASTA", "NELAYAN", "SOPIR", "GURU", "TUKANG KAYU", "BURUH HARIAN LEPAS", "PENSIUNAN", "PERAWAT", "BELUM/TIDAK BEKERJA")  # fmt: skip

# mobile prefixes with their weight in NTT (Telkomsel first)
MOBILE_W = (  # Telkomsel (0811-0813, 0821-0823, 0851-0853) far ahead, then Indosat, XL, Axis, Tri, Smartfren
    ("0813", 14), ("0852", 13), ("0812", 11), ("0853", 11), ("0823", 9), ("0821", 8), ("0822", 8),
    ("0851", 5), ("0811", 3), ("0857", 3), ("0858", 3), ("0856", 2), ("0815", 1), ("0819", 3),
    ("0818", 1), ("0817", 1), ("0878", 3), ("0877", 2), ("0859", 1), ("0838", 2), ("0831", 1),
    ("0896", 2), ("0895", 1), ("0897", 1), ("0899", 1), ("0881", 1), ("0882", 1),
)  # fmt: skip
MOBILE_PREFIXES = {p for p, _ in MOBILE_W} | {"0814", "0816", "0832", "0833", "0855", "0898", "0883", "0887", "0888", "0889"}  # fmt: skip
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
BANKS = (("Bank NTT", 7), ("BRI", 7), ("BNI", 3), ("Mandiri", 2), ("BCA", 1), ("BSI", 1))

# ---------------------------------------------------------------- values


def pick(rng: random.Random, weighted: tuple) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def misread(rng: random.Random, d: str, share: float = 0.3, first: int = 2) -> str:
    """Letters a scan or a hurried thumb puts for some digits (at least one after ``first``)."""
    out = [
        LETTER_FOR[c] if c in LETTER_FOR and k >= first and rng.random() < share else c
        for k, c in enumerate(d)
    ]
    if out == list(d):
        spots = [k for k, c in enumerate(d) if c in LETTER_FOR and k >= first]
        if spots:
            k = rng.choice(spots)
            out[k] = LETTER_FOR[d[k]]
    return "".join(out)


def new_mobile(rng: random.Random) -> str:
    return pick(rng, MOBILE_W) + digits(rng, rng.choice((7, 8, 8, 8, 8, 8, 8, 9)))


def groups(d: str) -> list[str]:
    """A mobile's groups as people write them: 4-4-rest (4-3-4 for eleven digits at times)."""
    return [d[:4], d[4:8], d[8:]]


def write_mobile(rng: random.Random, d: str, how: str) -> str:
    """A mobile (digits opening 08) in one of the writings people use."""
    n = d[1:]
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
                "+62 %s-%s-%s",
                "+62%s%s%s",
                "+62 %s %s %s",
                "+62 %s%s%s",
                "(+62) %s %s %s",
                "+62-%s-%s-%s",
            )
        ) % (n[:3], n[3:7], n[7:])
    if how == "k":
        return rng.choice(("62%s%s%s", "62 %s %s %s", "62-%s-%s-%s", "62%s %s %s")) % (
            n[:3],
            n[3:7],
            n[7:],
        )
    if how == "o":
        return rng.choice(
            (
                misread(rng, d, 0.3, 1),
                "-".join(misread(rng, x, 0.3, 0) if k else x for k, x in enumerate(g)),
                " ".join(misread(rng, x, 0.3, 0) if k else x for k, x in enumerate(g)),
            )
        )
    if how == "n":
        cut = rng.choice((4, 5, 8))
        return d[:cut] + "\n" + d[cut:]
    if how == "u":
        return rng.choice(("_", " • ", "·", " · ")).join(g)
    return write_mobile(
        rng, d, pick(rng, (("b", 6), ("d", 4), ("s", 3), ("t", 1), ("i", 2), ("k", 1)))
    )


def landline(rng: random.Random, six: str) -> str:
    form = rng.choice(
        ("0380 {a}", "(0380) {h} {t}", "0380-{a}", "0380 {h} {t}", "(0380) {a}", "0380-{h} {t}")
    )
    return form.format(a=six, h=six[:3], t=six[3:])


def new_landline(rng: random.Random) -> str:
    return "8" + rng.choice("23456789") + digits(rng, 4)


def bank_account(rng: random.Random, bank: str, block: bool = False) -> str:
    """An account number in the shape its bank gives it."""
    if bank == "Bank NTT":
        body = "%s.%s.%s.%s-%s" % (
            rng.choice(("001", "002", "003", "006", "011", "015", "027")),
            rng.choice(("01", "02", "03")),
            rng.choice(("01", "02")),
            digits(rng, 6),
            digits(rng, 1),
        )
    elif bank == "BRI":
        body = "%s-01-%s-%s-%s" % (
            rng.choice(("0087", "4563", "2178", "0311", "5217", "6634")),
            digits(rng, 6),
            rng.choice(("50", "50", "53", "51")),
            digits(rng, 1),
        )
    elif bank == "BNI":
        body = rng.choice(("0", "1", "04", "12", "15"))
        body += digits(rng, 10 - len(body))
    elif bank == "Mandiri":
        body = "%s-00-%s-%s" % (
            rng.choice(("161", "163", "187", "189")),
            digits(rng, 7),
            digits(rng, 1),
        )
    elif bank == "BCA":
        body = rng.choice(("315", "045", "788", "237")) + digits(rng, 7)
    else:  # BSI
        body = "7" + digits(rng, 9)
    if block or (("-" in body or "." in body) and rng.random() < 0.35):
        return re.sub(r"\D", "", body)
    return body


def vehicle_plate(rng: random.Random, region: str = "DH") -> str:
    letters = "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2, 2)))
    )
    number = str(rng.randint(11, 9999))
    return rng.choice(("%s %s %s", "%s %s %s", "%s %s %s", "%s%s%s", "%s-%s-%s")) % (
        region,
        number,
        letters,
    )


PERSON_NPWP_TYPES = "04 05 06 07 08 09 14 15 16 24 25 26 34 35 36 44 45 46 54 55 58 64 65 66 67 68 69 71 72 73 74 75 76 77 78 79 81 82 83 84 85 86 92 93 94 95 96 97 98 99".split()
BODY_NPWP_TYPES = "01 02 03 21 31 41 42 43 53 61 62 70 80 90".split()


def person_npwp(rng: random.Random) -> str:
    """An old individual NPWP (15 digits) registered at a tax office of NTT."""
    return (
        rng.choice(PERSON_NPWP_TYPES)
        + digits(rng, 7)
        + rng.choice(("920", "920", "920", "920", "921", "922", "923", "924"))
        + "000"
    )


def body_npwp(rng: random.Random) -> str:
    """An old NPWP of a body (a company, a cooperative, a school, a church council)."""
    return rng.choice(BODY_NPWP_TYPES) + digits(rng, 7) + rng.choice(("920", "920", "921")) + "000"


def treasurer_npwp(rng: random.Random) -> str:
    return "00" + digits(rng, 7) + "920000"


def dot_npwp(o: str) -> str:
    return "%s.%s.%s.%s-%s.%s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])


def rupiah(v: int) -> str:
    return f"{v:,}".replace(",", ".")


class Person:
    """An invented person: names, birth, numbers, home and mailbox, all consistent."""

    def __init__(
        self,
        rng: random.Random,
        sex: str,
        origin: str,
        avoid: set[str],
        family: Person | None = None,
        years: tuple[int, int] = (1956, 2004),
        same_name: bool = True,
    ) -> None:
        self.rng = rng
        self.sex = sex
        self.origin = origin
        f = sex == "f"
        kin = family if same_name else None
        for _ in range(500):
            if origin in OUTSIDE:
                full, given, fam_ = rng.choice(OUTSIDE[origin]["f" if f else "m"])
                w = full.split()
                if (
                    kin is not None
                    and origin == "chinese"
                    and w[0] in CH_SURNAMES
                    and kin.family in CH_SURNAMES
                ):
                    full, fam_ = " ".join([kin.family, *w[1:]]), kin.family
            elif origin == "sumba":
                first = rng.choice(SUMBA[sex])
                fam_ = kin.family if kin is not None else rng.choice(SUMBA["fam"])
                if fam_ in first:
                    full = first
                else:
                    full = first if rng.random() < 0.5 else first + " " + fam_
                given = first
            else:
                catholic = origin == "flores" or (
                    origin in ("timor", "alor") and rng.random() < 0.15
                )
                pool = (
                    (GIV_CATH_F if f else GIV_CATH_M)
                    if catholic
                    else (GIV_PROT_F if f else GIV_PROT_M)
                )
                first = rng.choice(pool)
                if first in ("Maria", "Goreti"):
                    first = (
                        "Maria Goreti"
                        if rng.random() < 0.5
                        else "Maria "
                        + rng.choice(("Imakulata", "Florentina", "Modesta", "Sesilia"))
                    )
                elif rng.random() < 0.2:
                    second = rng.choice(pool)
                    if second not in (first, "Maria", "Goreti"):
                        first += " " + (second[0] + "." if rng.random() < 0.35 else second)
                fam_ = kin.family if kin is not None else rng.choice(FAMILY[origin])
                given = first.split()[0] if not first.startswith("Maria ") else first
                full = first + " " + fam_
            words = {slug(x) for x in full.split()} - SHARED
            if not words & avoid:
                break
        else:
            raise SystemExit("no name fits %s %s" % (origin, sorted(avoid)[:12]))
        self.full, self.given, self.family = full, given, fam_
        self.birth = datetime.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        if family is not None:
            self.kec_code, self.kel = family.kec_code, family.kel
            self.region = family.region
        else:
            self.kec_code = rng.choice(sorted(KOTA))
            self.kel = rng.choice(KOTA[self.kec_code][1])
            if origin in OUTSIDE and rng.random() < 0.25:
                self.region = rng.choice(OUTSIDE[origin]["codes"]) + "%02d" % rng.randint(1, 12)
            elif origin in HOME_FROM and rng.random() < 0.2:
                self.region = rng.choice(HOME_FROM[origin]) + "%02d" % rng.randint(1, 14)
            elif rng.random() < 0.12:
                self.region = "5301%02d" % rng.randint(1, 24)
            else:
                self.region = "5371" + self.kec_code
        day = self.birth.day + (40 if f else 0)
        self.nik = "%s%02d%02d%02d%04d" % (
            self.region,
            day,
            self.birth.month,
            self.birth.year % 100,
            rng.randint(1, 250),
        )
        if family is not None:
            self.kk = family.kk
        else:
            made = datetime.date(rng.randint(2009, 2025), rng.randint(1, 12), rng.randint(1, 28))
            self.kk = "%s%02d%02d%02d%04d" % (
                self.region,
                made.day,
                made.month,
                made.year % 100,
                rng.randint(1, 4999),
            )
        self.npwp_old = person_npwp(rng)
        self.bpjs = "000" + str(rng.randint(10**9, 10**10 - 1))
        self.mobile = new_mobile(rng)
        self.mobile2 = new_mobile(rng)
        self.home = new_landline(rng)
        self.bank = pick(rng, BANKS)
        self.account = bank_account(rng, self.bank)
        self.plate = vehicle_plate(
            rng, REGIONS.get(self.region[:4], "DH") if rng.random() < 0.3 else "DH"
        )
        if family is not None:
            self.rt, self.rw, self.street, self.house = (
                family.rt,
                family.rw,
                family.street,
                family.house,
            )
        else:
            self.rt = rng.randint(1, 42)
            self.rw = rng.randint(1, 14)
            self.street = rng.choice(HOME_STREETS)
            self.house = str(rng.randint(1, 160)) + rng.choice(("", "", "", "", "", "A", "B"))
        self.estate = "%s Blok %s No. %d" % (
            rng.choice(ESTATES),
            rng.choice("ABCDEFGHJK") + rng.choice(("", "", "2", "3")),
            rng.randint(1, 140),
        )
        self.mail = self.mailbox()

    def words(self) -> list[str]:
        drop = {"I", "Ni", "La", "Wa", "Ode", "Daeng", "Andi", "Umbu", "Rambu", "da"}
        out = [slug(w) for w in self.full.split() if w not in drop and len(slug(w)) > 1]
        return out or [slug(self.given)]

    def mailbox(self) -> str:
        rng = self.rng
        w = self.words()
        g, f = w[0], w[-1]
        if g == f:  # one name only: the given name people call the person by, or an initial
            g = slug(self.given.split()[-1]) if slug(self.given.split()[-1]) != f else f[0]
        y = self.birth.year
        local = rng.choice((
            "%s.%s" % (g, f), "%s%s%02d" % (g, f, rng.randint(1, 99)), "%s_%s" % (g, f), "%s%s" % (f, y % 100),
            "%s.%s%d" % (g, f, y % 100), "%s%s" % (g[0], f), "%s%d" % (g, y), "%s.%s" % (f, g), "%s%s%d" % (g, f[:3], rng.randint(1, 9)),
        ))  # fmt: skip
        return local + "@" + pick(rng, HOSTS)

    # writings ---------------------------------------------------------------------------------

    def rt_w(self, how: str) -> str:
        rt, rw, r = self.rt, self.rw, self.rng
        if how == "n":  # RT alone
            return r.choice(("RT %02d" % rt, "RT %d" % rt, "RT.%03d" % rt, "rt %d" % rt))
        if how == "s":  # the RW's number after a slash, the word RW left out
            return r.choice(
                ("RT %03d/%03d" % (rt, rw), "RT %02d/%02d" % (rt, rw), "rt %02d/%02d" % (rt, rw))
            )
        if how == "f":  # an identity card's field value
            return "%03d/%03d" % (rt, rw)
        return r.choice((
            "RT %03d/RW %03d" % (rt, rw), "RT %02d RW %02d" % (rt, rw), "RT %d/RW %d" % (rt, rw), "RT.%03d/RW.%03d" % (rt, rw),
            "rt %d rw %d" % (rt, rw), "RT %02d/RW %02d" % (rt, rw), "RT %d RW %d" % (rt, rw),
        ))  # fmt: skip

    def nik_w(self, how: str, d: str | None = None) -> str:
        d = d or self.nik
        rng = self.rng
        if how == "b":
            return d
        if how == "s":
            return " ".join(d[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
        if how == "o":
            return misread(rng, d, 0.25)
        if how == "n":
            cut = rng.choice((5, 6, 8, 10))
            return d[:cut] + "\n" + d[cut:]
        if how == "c":
            return ", ".join(d[k : k + 4] for k in range(0, 16, 4))
        if how == "p":
            return " ".join(d[k : k + 2] for k in range(0, 16, 2))
        if how == "x":  # a digit dropped or doubled by a hurried hand
            k = rng.randint(6, 14)
            return d[:k] + d[k + 1 :] if rng.random() < 0.5 else d[:k] + d[k] + d[k:]
        return self.nik_w(pick(rng, (("b", 9), ("s", 2), ("t", 1))), d)

    def npwp_w(self, how: str) -> str:
        o = self.npwp_old
        rng = self.rng
        if how == "d":
            return dot_npwp(o)
        if how == "b":
            return o
        if how == "s":
            return "%s %s %s %s %s %s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
        if how == "m":
            mark = rng.choice((".", "-"))
            return mark.join((o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:]))
        if how == "z":
            return "0" + o
        if how == "zd":
            return "0" + dot_npwp(o)
        if how == "n":
            return self.nik
        if how == "c":  # the NIK read out in fours with commas
            return ", ".join(self.nik[k : k + 4] for k in range(0, 16, 4))
        if how == "ns":
            return " ".join(self.nik[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return self.nik + "000000"
        if how == "u":  # the NITKU of one of the person's places of business
            return self.nik + "00000" + str(rng.randint(1, 4))
        if how == "o":
            return misread(rng, dot_npwp(o), 0.3).replace("S", "5").replace("l", "1")
        if how == "l":
            cut = rng.choice((5, 8, 10, 12))
            return dot_npwp(o)[:cut] + "\n" + dot_npwp(o)[cut:]
        if how == "x":  # a stray space as a scan reads it
            t = dot_npwp(o)
            return t[:13] + " " + t[13:]
        if how == "k":  # a hurried hand drops a digit, the layout kept
            t = dot_npwp(o)
            k = rng.choice((4, 6, 13, 14))
            return t[:k] + t[k + 1 :]
        return self.npwp_w(pick(rng, (("d", 6), ("n", 3), ("b", 1), ("m", 1), ("s", 1))))

    def email_w(self, how: str) -> str:
        rng = self.rng
        local, host = self.mail.split("@")
        hname, _, tld = host.partition(".")
        if how == "p":
            return self.mail
        if how == "x":
            return rng.choice((
                "%s @ %s" % (local, host), "%s @%s" % (local, host), "%s(at)%s" % (local, host),
                "%s [at] %s [dot] %s" % (local, hname, tld.replace(".", " [dot] ")),
                "%s at %s dot %s" % (local, hname, tld.replace(".", " dot ")), "%s(et)%s" % (local, host),
                "%s[@]%s" % (local, host), "%s@%s(titik)%s" % (local, hname, tld), "%s (keong) %s" % (local, host),
                "%s@ %s" % (local, host),
            ))  # fmt: skip
        if how == "n":
            return rng.choice(("%s\n@%s" % (local, host), "%s@\n%s" % (local, host)))
        if how == "c":
            return "%s@%s,%s" % (local, hname, tld)
        if how in ("k", "j"):  # the person's own mailbox on the city's or the tax office's domain
            w = self.words()
            dom = "kupangkota.go.id" if how == "k" else "pajak.go.id"
            return (
                rng.choice(("%s.%s@", "%s%s@", "%s_%s@")) % (w[0], w[-1])
                if len(w) > 1
                else w[0] + "@"
            ) + dom
        return self.email_w(pick(rng, (("p", 6), ("x", 1))))


# ---------------------------------------------------------------- bodies (written for dev64)

# offices of Kota Kupang and public services: code -> (full name, short name, mailbox, domain)
OFFICES = {
    "dc": (
        "Dinas Kependudukan dan Pencatatan Sipil Kota Kupang",
        "Dukcapil",
        "dukcapil",
        "kupangkota.go.id",
    ),
    "ds": ("Dinas Sosial Kota Kupang", "Dinas Sosial", "dinsos", "kupangkota.go.id"),
    "dk": ("Dinas Kesehatan Kota Kupang", "Dinkes", "dinkes", "kupangkota.go.id"),
    "pu": (
        "Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang",
        "Dinas PUPR",
        "pupr",
        "kupangkota.go.id",
    ),
    "pd": ("Perumda Air Minum Kota Kupang", "PDAM", "pelayanan", "pdamkotakupang.co.id"),
    "ln": ("PLN UP3 Kupang", "PLN", "up3kupang", "pln.co.id"),
    "bp": ("Badan Pendapatan Daerah Kota Kupang", "Bapenda", "bapenda", "kupangkota.go.id"),
    "kp": ("KPP Pratama Kupang", "KPP Pratama", "kpp.kupang", "pajak.go.id"),
    "pt": ("Dinas Penanaman Modal dan PTSP Kota Kupang", "DPMPTSP", "dpmptsp", "kupangkota.go.id"),
    "dd": (
        "Dinas Pendidikan dan Kebudayaan Kota Kupang",
        "Dinas P dan K",
        "dikbud",
        "kupangkota.go.id",
    ),
    "dh": ("Dinas Perhubungan Kota Kupang", "Dishub", "dishub", "kupangkota.go.id"),
    "lh": ("Dinas Lingkungan Hidup dan Kebersihan Kota Kupang", "DLHK", "dlhk", "kupangkota.go.id"),
    "pr": ("Polresta Kupang Kota", "Polresta", "spkt.polrestakupangkota", "gmail.com"),
    "bj": (
        "BPJS Kesehatan Kantor Cabang Kupang",
        "BPJS Kesehatan",
        "kc.kupang",
        "bpjs-kesehatan.go.id",
    ),
    "ba": ("Kantor Pertanahan Kota Kupang", "Kantah", "kantah.kotakupang", "atrbpn.go.id"),
    "dg": (
        "Dinas Perindustrian dan Perdagangan Kota Kupang",
        "Disperindag",
        "disperindag",
        "kupangkota.go.id",
    ),
    "bg": ("Bagian Organisasi Setda Kota Kupang", "Bagian Organisasi", "lapor", "kupangkota.go.id"),
    "rs": ("RSUD S.K. Lerik Kota Kupang", "RSUD S.K. Lerik", "rsudsklerik", "kupangkota.go.id"),
}
PUSKESMAS = ("Oebobo", "Sikumana", "Bakunase", "Kupang Kota", "Oepoi", "Pasir Panjang", "Penfui", "Alak", "Naioni", "Manutapen", "Oesapa")  # fmt: skip
SCHOOLS = ("SD Inpres Oebufu %d", "SDN Oetete %d", "SD GMIT Kuanino %d", "SMPN %d Kupang", "SMAN %d Kupang", "SMKN %d Kupang", "SD Katolik St. Arnoldus %d")  # fmt: skip
# businesses a complaint meets: kind -> (name forms, mailbox forms)
BUSINESS = {
    "depot": (
        ("Depot Air %s", "Depot Isi Ulang %s"),
        ("Oe Mata Bening", "Tirta Sasando", "Segar Naimata", "Kristal Lasiana", "Sumber Berkat"),
    ),
    "bengkel": (
        ("Bengkel %s", "Bengkel Las %s"),
        ("Rinjani Motor", "Karya Oebufu", "Mandiri Jaya Teknik", "Sinar Penfui", "Dua Saudara"),
    ),
    "apotek": (
        ("Apotek %s",),
        (
            "Sehat Sentosa",
            "Kasih Bunda Oebobo",
            "Flobamora Farma",
            "Lontar Medika",
            "Naikoten Farma",
        ),
    ),
    "travel": (
        ("Travel %s", "PO %s"),
        ("Sasando Express", "Timor Lestari", "Atambua Jaya", "Sinar Soe", "Kefa Mandiri"),
    ),
    "kos": (
        ("Kos %s", "Kos Putri %s"),
        ("Griya Penfui", "Bunga Lontar", "Harmoni Liliba", "Melati Oebufu", "Pondok Kasih"),
    ),
    "laundry": (
        ("Laundry %s",),
        ("Kilat Liliba", "Bersih Wangi", "Fresh Oesapa", "Cuci Kilat Kuanino"),
    ),
    "fotokopi": (
        ("Fotokopi %s", "Fotocopy & ATK %s"),
        ("Cahaya Naikoten", "Berkat Oebobo", "Mitra Undana", "Sumber Ilmu"),
    ),
    "catering": (
        ("Catering %s", "Katering %s"),
        ("Dapur Flobamora", "Tiga Rasa", "Sabu Rame", "Lopo Rasa"),
    ),
    "counter": (
        ("Counter %s", "Cell %s"),
        ("Lontar Cell", "Berkat Ponsel", "Timor Phone", "Sasando Cell"),
    ),
    "toko": (
        ("Toko Bangunan %s", "TB %s"),
        ("Karya Lontar", "Rejeki Baru Oeba", "Sinar Oeba", "Usaha Mulia", "Cahaya Manulai"),
    ),
    "kelontong": (
        ("Toko %s", "Kios %s", "Toko Sembako %s"),
        ("Berkat Oeba", "Harapan Baru Kuanino", "Sinar Fontein", "Rejeki Liliba", "Dua Putri"),
    ),
    "sedot": (("Sedot WC %s",), ("Berkah Lestari", "Cepat Bersih", "Tuntas Jaya")),
    "rental": (("Rental Mobil %s",), ("Flobamora Rent", "Kupang Trans", "Sasando Rent Car")),
    "warung": (
        ("Warung Makan %s", "RM %s"),
        ("Se'i Bambu", "Bu Haji Kupang", "Jagung Bose", "Pondok Ikan Bakar"),
    ),
    "ojek": (
        ("Pangkalan Ojek %s",),
        ("Depan Pasar Kasih", "Simpang Lima Oebobo", "Bundaran Tirosa"),
    ),
}
COMPANY = {
    "cv": (
        "CV %s",
        (
            "Karya Nusa Flobamora",
            "Timor Bangun Persada",
            "Lopo Ina Konstruksi",
            "Sasando Abadi",
            "Mutiara Teluk",
            "Benlutu Jaya",
        ),
    ),
    "pt": (
        "PT %s",
        ("Semau Logistik", "Nusa Cendana Kreasi", "Timor Mitra Utama", "Lontar Sejahtera Abadi"),
    ),
    "ud": ("UD %s", ("Oeba Makmur", "Berkat Sumber Hidup", "Fatuleu Jaya", "Pantai Timor")),
    "kop": (
        "Koperasi %s",
        (
            "Pedagang Pasar Oeba",
            "Serba Usaha Lontar Mandiri",
            "Simpan Pinjam Tunas Kasih",
            "Nelayan Oesapa Bersatu",
        ),
    ),
    "ksp": ("KSP %s", ("Cinta Kasih Kupang", "Mekar Flobamora", "Satu Hati Oebufu")),
    "yay": ("Yayasan %s", ("Pendidikan Kristen Efata", "Peduli Anak Timor", "Lentera Kasih")),
}
CHURCHES = ("GMIT Jemaat Kaisarea BTN", "GMIT Jemaat Efata Liliba", "Paroki St. Yosef Naikoten", "GMIT Jemaat Betlehem Oesapa", "Masjid Nurul Iman Oeba", "GMIT Jemaat Pniel Oebufu", "Paroki Sta. Maria Assumpta", "Pura Oebanantha")  # fmt: skip


def mailbox_of(rng: random.Random, words: str) -> str:
    s = slug(words)
    return (
        rng.choice(("%s@gmail.com", "%s.kupang@gmail.com", "%s@yahoo.co.id", "%skpg@gmail.com")) % s
    )


class Body:
    """A business, a company, a cooperative or a foundation: none of its numbers is a person's."""

    def __init__(self, rng: random.Random, kind: str, used: set[str]) -> None:
        if kind in BUSINESS:
            forms, pool = BUSINESS[kind]
            words = rng.choice([w for w in pool if w not in used] or list(pool))
            self.name = rng.choice(forms) % words
        else:
            form, pool = COMPANY[kind]
            words = rng.choice([w for w in pool if w not in used] or list(pool))
            self.name = form % words
        self.words = words
        self.kind = kind
        self.mail = mailbox_of(rng, self.name if kind in ("kos", "depot") else words)
        self.npwp_old = body_npwp(rng)
        self.npwp = dot_npwp(self.npwp_old)
        self.nitku = "0" + self.npwp_old + "000000"
        self.bank = rng.choice(("BRI", "Bank NTT", "BNI", "Mandiri"))
        self.account = bank_account(rng, self.bank)
        self.wa = new_mobile(rng)
        self.wa2 = new_mobile(rng)
        self.tel = landline(rng, new_landline(rng))
        self.nib = "9120" + digits(rng, 9)
        self.seat = "%s No. %d" % (rng.choice(PUBLIC_ROADS), rng.randint(1, 140))


class Fill:
    """The values of one filling of a template, drawn once per placeholder."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.people: dict[int, Person] = {}
        self.bodies: dict[tuple[str, int], Body] = {}
        self.cache: dict[str, str] = {}
        self.date = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 26))
        if self.date.weekday() == 6:
            self.date += datetime.timedelta(days=1)
        self.clock = rng.randint(7 * 60, 19 * 60)

    def person(self, i: int) -> Person:
        if i not in self.people:
            spec = self.spec
            head_i = spec["fam"].get(i) or spec["hh"].get(i)
            head = self.person(head_i) if head_i else None
            named = head if spec["fam"].get(i) else None
            sex = "f" if i in spec["F"] else "m" if i in spec["M"] else self.rng.choice("mf")
            origin = spec["O"].get(i) or (head.origin if named else None)
            if isinstance(origin, tuple):
                origin = self.rng.choice(origin)
            if origin is None:
                origin = pick(self.rng, ORIGIN_W)
            avoid = set(spec["avoid"]) | {
                slug(w) for p in self.people.values() for w in p.full.split() if len(slug(w)) >= 3
            }
            if named is not None:
                avoid -= {slug(w) for w in named.family.split()}
            self.people[i] = Person(
                self.rng,
                sex,
                origin,
                avoid,
                head,
                spec["A"].get(i, (1956, 2004)),
                named is not None,
            )
        return self.people[i]

    def body(self, kind: str, i: int) -> Body:
        if (kind, i) not in self.bodies:
            used = {b.words for b in self.bodies.values()}
            self.bodies[kind, i] = Body(self.rng, kind, used)
        return self.bodies[kind, i]

    def tick(self) -> str:
        self.clock = min(self.clock + self.rng.choice((1, 2, 3, 4, 6, 9, 13, 21)), 23 * 60 + 50)
        return "%02d.%02d" % divmod(self.clock, 60)

    def day(self, k: int) -> datetime.date:
        d = self.date + datetime.timedelta(days=k)
        if d.weekday() == 6:
            d += datetime.timedelta(days=1)
        return d


def long_date(d: datetime.date) -> str:
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def office(fl: Fill, code: str, field: str) -> str:
    full, short, box, domain = OFFICES[code]
    key = "__of" + code
    if key not in fl.cache:
        r = fl.rng
        fl.cache[key] = "|".join(
            (
                landline(r, new_landline(r)),
                write_mobile(r, new_mobile(r), r.choice("ddsbk")),
                "Jl. %s No. %d"
                % (
                    r.choice(
                        (
                            "Timor Raya",
                            "S.K. Lerik",
                            "Soeharto",
                            "El Tari",
                            "Frans Seda",
                            "Palapa",
                            "Polisi Militer",
                            "Herewila",
                            "Veteran",
                        )
                    ),
                    r.randint(1, 120),
                ),
                r.choice(("%s@%s", "%s@%s", "%s.kotakupang@gmail.com")),
            )
        )
    tel, wa, seat, mailform = fl.cache[key].split("|")
    if field == "":
        return full
    if field == "s":
        return short
    if field == "m":
        if mailform.endswith("gmail.com") and domain == "kupangkota.go.id":
            return mailform % box
        return "%s@%s" % (box, domain)
    if field == "t":
        return tel
    if field == "w":
        return wa
    if field == "j":
        return seat
    raise SystemExit("unknown office field %r" % field)


# ---------------------------------------------------------------- look-alikes


def lookalike(fl: Fill, name: str, index: str) -> str | None:
    """Values that are never labelled: sums, dates, codes, offices', businesses' and scams' lines."""
    r = fl.rng
    d = fl.date
    i = int(index or "1")
    if name == "rp":
        return "Rp " + rupiah(
            r.choice((25, 35, 50, 75, 100, 150, 250, 300, 450, 600, 750, 1200, 1500, 2400)) * 1000
        )
    if name == "rpb":
        return "Rp " + rupiah(r.randint(2, 95) * 100_000 + r.choice((0, 0, 50_000)))
    if name == "rpl":  # a small household's bill
        return "Rp " + rupiah(r.randint(9, 38) * 10_000 + r.choice((0, 2_500, 5_000)))
    if name == "rph":  # the same bill gone up
        return "Rp " + rupiah(r.randint(65, 190) * 10_000 + r.choice((0, 7_500)))
    if name == "rpk":
        return "Rp" + rupiah(r.choice((5, 7, 10, 12, 15, 20, 25)) * 1000)
    if name == "rpj":
        return "%d jt" % r.randint(2, 60)
    if name == "tgl":
        dd = fl.day(i - 1)
        return "%02d/%02d/%d" % (dd.day, dd.month, dd.year)
    if name == "tgls":
        dd = fl.day(i - 1)
        return "%d-%d-%d" % (dd.day, dd.month, dd.year % 100)
    if name == "tgll":
        return long_date(fl.day(i - 1))
    if name == "hari":
        return DAYS[fl.day(i - 1).weekday()]
    if name == "bln":
        return MONTHS[d.month - 1]
    if name == "blnr":
        return ROMAN[d.month - 1]
    if name == "thn":
        return str(d.year)
    if name == "lalu":  # a date some weeks before the text's
        dd = d - datetime.timedelta(days=r.randint(9, 60) * i)
        return "%02d/%02d/%d" % (dd.day, dd.month, dd.year)
    if name == "jam":  # the first hour of a text in the morning, a second one after noon
        return "%02d.%02d" % (
            r.randint(7, 11) if i == 1 else r.randint(13, 21),
            r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)),
        )
    if name == "wh":  # a chat export's stamp, in one format per text, its clock moving on
        if "__whf" not in fl.cache:
            fl.cache["__whf"] = r.choice(
                ("[%d/%d/%d %s]", "%d/%d/%d %s -", "[%d/%d/%d %s]", "[%02d/%02d/%d %s]")
            )
        form = fl.cache["__whf"]
        year = d.year % 100 if "-" in form else d.year
        return form % (d.day, d.month, year, fl.tick())
    if name == "posy":
        key = "__posy%d" % i
        if key not in fl.cache:
            fl.cache[key] = r.choice(
                (
                    "Mawar Merah",
                    "Bunga Lontar",
                    "Seroja",
                    "Pelita Kasih",
                    "Harapan Bunda",
                    "Cempaka",
                    "Flamboyan Jaya",
                    "Lentera",
                )
            )
        return fl.cache[key]
    if name == "t":
        return fl.tick()
    if name == "num":
        return str(r.randint(2, 9))
    if name == "nn":  # an RT's number, a stall's, a count of days
        return str(r.randint(10, 40))
    if name == "big":
        return str(r.randint(20, 480))
    if name in ("img", "vid", "scr"):  # a file's name as a phone or a camera makes it
        dd = fl.day(-r.randint(1, 20))
        stamp = "%d%02d%02d" % (dd.year, dd.month, dd.day)
        clock = "%02d%02d%02d" % (r.randint(6, 22), r.randint(0, 59), r.randint(0, 59))
        if name == "img":
            return "IMG_%s_%s.jpg" % (stamp, clock)
        if name == "vid":
            return "VID_%s_%s.mp4" % (stamp, clock)
        return "Screenshot_%d-%02d-%02d-%s-%s-%s_WhatsApp.jpg" % (
            dd.year,
            dd.month,
            dd.day,
            clock[:2],
            clock[2:4],
            clock[4:],
        )
    if name == "tiket":
        return r.choice(
            (
                "#LPR-%d-%04d-%04d" % (d.year, r.randint(100, 9999), r.randint(1, 9999)),
                "LAPOR-5371-%d-%05d" % (d.year, r.randint(1, 99999)),
                "%s-%s-%s" % (digits(r, 4), digits(r, 4), digits(r, 3)),
            )
        )
    if name == "tiketn":
        return "%s%02d%02d%s" % (d.year % 100, d.month, d.day, digits(r, 6))
    if name == "billing":
        return "%d%s" % (r.choice((1, 3, 8)), digits(r, 14))
    if name == "va":
        return r.choice(
            (
                "8808 %s %s %s" % (digits(r, 4), digits(r, 4), digits(r, 4)),
                "88888%s" % digits(r, 11),
                "7%s" % digits(r, 15),
                "12345 %s" % ("08" + digits(r, 10)),
            )
        )
    if name == "vab":  # a self-paying JKN member's virtual account
        return "88888" + digits(r, 11)
    if name == "bupot":
        return "1.1-%02d.%02d-%07d" % (d.month, d.year % 100, r.randint(1, 9999999))
    if name == "idpel":
        return "53%s" % digits(r, 10)
    if name == "meter":
        return "%s%s" % (r.choice(("141", "142", "145", "450", "560")), digits(r, 8))
    if name == "token":
        return " ".join(digits(r, 4) for _ in range(5))
    if name == "samb":
        return "%02d-%02d-%06d" % (r.randint(1, 12), r.randint(1, 30), r.randint(1, 999999))
    if name == "nop":
        return "53.71.0%d0.%03d.%03d-%04d.0" % (
            r.randint(1, 6),
            r.randint(1, 20),
            r.randint(1, 99),
            r.randint(1, 9999),
        )
    if name == "surat":
        return r.choice((
            "%d/%d/%s/%s/%d" % (r.choice((400, 440, 470, 500, 600, 700, 800, 900)), r.randint(10, 999), r.choice(("DKCS", "DINSOS", "DINKES", "PUPR", "KEL", "BAPENDA", "DPMPTSP", "DIKBUD")), ROMAN[d.month - 1], d.year),
            "B-%d/%s/%s/%d" % (r.randint(100, 2999), r.choice(("SET", "ORG", "UMUM")), ROMAN[d.month - 1], d.year),
        ))  # fmt: skip
    if (
        name == "nip"
    ):  # a civil servant's number: birth, appointment, sex, serial (of person i if named)
        p = fl.people.get(i) if index else None
        b = (
            p.birth
            if p is not None
            else datetime.date(r.randint(1966, 1996), r.randint(1, 12), r.randint(1, 28))
        )
        sex = (2 if p.sex == "f" else 1) if p is not None else r.randint(1, 2)
        return "%d%02d%02d%d%02d%d%03d" % (
            b.year,
            b.month,
            b.day,
            min(b.year + r.randint(22, 30), 2024),
            r.randint(1, 12),
            sex,
            r.randint(1, 20),
        )
    if name == "nisn":
        return "0%s" % digits(r, 9)
    if name == "npsn":
        return "5%s" % digits(r, 7)
    if name == "kpj":
        return "%s%s" % (r.choice(("21", "18", "23", "24")), digits(r, 9))
    if name == "sim":
        return "%s%02d%s" % (digits(r, 4), r.randint(1, 12), digits(r, 6))
    if name == "nib":
        return "9120%s" % digits(r, 9)
    if name == "trx":
        return "%d%02d%02d%s" % (d.year, d.month, d.day, digits(r, 8))
    if name == "resi":
        return r.choice(("JP%s" % digits(r, 10), "TKP01-%s" % digits(r, 9), "0%s" % digits(r, 11)))
    if name == "sep":
        return "0901R00%02d%02dV%06d" % (d.month, d.year % 100, r.randint(1, 999999))
    if name == "rm":
        return "%02d-%02d-%02d" % (r.randint(0, 99), r.randint(0, 99), r.randint(0, 99))
    if name == "shm":
        return "%05d" % r.randint(100, 19999)
    if name == "rangka":
        return "MH1%s%s" % (
            "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
            digits(r, 12),
        )
    if name == "mesin":
        return "%s%sE%s" % (r.choice(("JM", "JF", "KF")), digits(r, 2), digits(r, 7))
    if name == "koord":
        return "-10.%04d, 123.%04d" % (r.randint(1400, 2100), r.randint(5400, 6600))
    if name == "vn":  # a voice note's heading as the unit's admin writes it out
        return r.choice(
            (
                "[Pesan suara %d:%02d — ditranskrip admin 1708, %s]",
                "[Transkrip VN WhatsApp, %d:%02d, %s]",
                "(Pesan suara %d.%02d menit, diketik ulang petugas %s)",
                "[VN %d:%02d | %s | transkrip]",
            )
        ) % (r.randint(1, 4), r.randint(0, 59), "%02d/%02d/%d" % (d.day, d.month, d.year))
    if name == "salam":
        return r.choice(
            ("Selamat pagi", "Selamat siang", "Selamat sore", "Selamat malam", "Halo", "Syalom")
        )
    if name == "nibt":  # a land parcel's identification number
        return "53.71.%02d.%02d.%05d" % (r.randint(1, 6), r.randint(1, 12), r.randint(1, 30000))
    if name == "nrp":  # a police officer's registration number
        return "%02d%02d%04d" % (r.randint(75, 99), r.randint(1, 12), r.randint(1, 9999))
    if name == "ahu":
        return "AHU-%07d.AH.01.26.Tahun %d" % (r.randint(1, 9999999), r.randint(2015, 2025))
    if name == "kks":
        return "6013 01%s %s %s" % (digits(r, 2), digits(r, 4), digits(r, 4))
    if name == "dtks":
        return "5371%02d%s" % (r.randint(1, 6), digits(r, 10))
    if name == "akta":
        return "5371-LT-%02d%02d%d-%04d" % (
            r.randint(1, 28),
            r.randint(1, 12),
            d.year,
            r.randint(1, 9999),
        )
    if name == "imei":
        return "35%s" % digits(r, 13)
    if name == "otp":
        return digits(r, 6)
    if name == "ref":
        return "%s%s" % (r.choice(("FT", "TRX", "REF")), digits(r, 12))
    if name == "kasda":
        return "001.01.01.%s-%s" % (digits(r, 6), digits(r, 1))
    if name == "pbb":
        return "Rp " + rupiah(r.randint(18, 980) * 1000 + r.choice((0, 500)))
    if name == "kw":
        return "%s/%s/%d" % (digits(r, 4), ROMAN[d.month - 1], d.year)
    if name == "kode":
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if name == "pin":
        return "%02d%s" % (r.randint(10, 99), digits(r, 4))
    if name == "ktppol":  # a police report's number
        return "STTLP/%d/%s/%d/SPKT/POLRESTA KUPANG KOTA" % (
            r.randint(10, 999),
            ROMAN[d.month - 1],
            d.year,
        )
    if name == "skck":
        return "SKCK/YANMAS/%d/%s/%d/RESTA KPG" % (r.randint(100, 9999), ROMAN[d.month - 1], d.year)
    if name == "pbg":
        return "SK-PBG-5371-%02d%02d%d-%02d" % (r.randint(1, 28), d.month, d.year, r.randint(1, 99))
    if name == "nopr":  # a tank's or a product's printed number
        return "0%s" % digits(r, 11)
    if name == "bnp":  # an office treasurer's withholding NPWP
        return dot_npwp(treasurer_npwp(r))
    if name == "exnp":  # a template's or a specimen's placeholder
        return r.choice(("99.999.999.9-999.999", "12.345.678.9-012.000", "00.000.000.0-000.000"))
    if name == "exnik":
        return r.choice(("1234567890123456", "5371XXXXXXXXXXXX", "99999999999999999"[:16]))
    if name == "exhp":
        return r.choice(("0812-3456-7890", "081234567890", "08xx-xxxx-xxxx"))
    if name == "sc":  # a scam's mobile: nobody named as its user
        key = "__sc%d" % i
        if key not in fl.cache:
            fl.cache[key] = new_mobile(r)
        return write_mobile(r, fl.cache[key], r.choice("bbbddsik"))
    if name == "pkm":
        key = "__pkm%d" % i
        if key not in fl.cache:
            fl.cache[key] = r.choice(PUSKESMAS)
        return fl.cache[key]
    if name == "pkmw":
        return write_mobile(r, new_mobile(r), r.choice("bds"))
    if name == "pkmt":
        return landline(r, new_landline(r))
    if name == "pkmm":
        return "%s@gmail.com" % r.choice(
            (
                "pkm%s" % slug(lookalike(fl, "pkm", index)),
                "puskesmas.%s" % slug(lookalike(fl, "pkm", index)),
            )
        )
    if name == "sekn":  # a state junior or senior high school
        key = "__sekn%d" % i
        if key not in fl.cache:
            fl.cache[key] = r.choice(("SMPN %d Kupang", "SMAN %d Kupang")) % r.randint(1, 16)
        return fl.cache[key]
    if name == "seknm":
        return "%s@gmail.com" % slug(lookalike(fl, "sekn", index)).replace("kupang", ".kupang")
    if name == "rps":  # what a scam asks to have sent
        return "Rp " + rupiah(r.choice((150, 200, 250, 300, 350, 500, 750)) * 1000)
    if name == "sek":
        key = "__sek%d" % i
        if key not in fl.cache:
            fl.cache[key] = r.choice(SCHOOLS) % r.randint(1, 16)
        return fl.cache[key]
    if name == "sekm":
        return "%s@gmail.com" % slug(lookalike(fl, "sek", index)).replace("kupang", ".kupang")
    if name == "gereja":
        key = "__ger%d" % i
        if key not in fl.cache:
            fl.cache[key] = r.choice(CHURCHES)
        return fl.cache[key]
    if name == "germaj":  # a GMIT congregation, as its council heads its letters
        key = "__germaj%d" % i
        if key not in fl.cache:
            fl.cache[key] = r.choice(
                (
                    "GMIT Kaisarea BTN Kolhua",
                    "GMIT Efata Liliba",
                    "GMIT Betlehem Oesapa",
                    "GMIT Pniel Oebufu",
                    "GMIT Koinonia Kuanino",
                    "GMIT Ebenhaezer Oeba",
                )
            )
        return fl.cache[key]
    if name == "germ":
        g = lookalike(fl, "gereja", index)
        return "%s@gmail.com" % slug(g.replace("GMIT Jemaat", "jemaat").replace("Paroki", "paroki"))
    if name == "kel":
        key = "__kel%d" % i
        if key not in fl.cache:
            kec = r.choice(sorted(KOTA))
            fl.cache[key] = r.choice(KOTA[kec][1])
            fl.cache["__kec%d" % i] = KOTA[kec][0]
        return fl.cache[key]
    if name == "kec":
        lookalike(fl, "kel", index)
        return fl.cache["__kec%d" % i]
    if name == "kelm":
        return "kel.%s@gmail.com" % slug(lookalike(fl, "kel", index))
    if name == "kels":
        return slug(lookalike(fl, "kel", index))
    if name == "kelt":
        return landline(r, new_landline(r))
    if name == "jln":  # a public road
        key = "__jln%d" % i
        if key not in fl.cache:
            fl.cache[key] = r.choice(PUBLIC_ROADS)
        return fl.cache[key]
    if name == "seat":  # a public place's or an office's street and number
        return "%s No. %d" % (lookalike(fl, "jln", index), r.randint(1, 140))
    if name == "mob":  # an office's or a service's mobile, in a dashed or plain writing
        return write_mobile(r, new_mobile(r), r.choice("bdds"))
    if name == "tel":  # an office's fixed line
        return landline(r, new_landline(r))
    return None


BODY_FIELD = re.compile(r"(bz|cv|pt|ud|kop|ksp|yay)(|o|w|q|t|m|np|npb|nt|acc|bank|nib|j)$")
PERSON_FIELD = re.compile(
    r"(n|ln|g|lg|f|c|ocr|nbr|ty|i|hon|ho|kin|bp|sdr|hp|hpb|hpd|hps|hpt|hpi|hpk|hpo|hpn|hpu|hq|rum|rumr|"
    r"nik|nikb|niks|nikt|niko|nikn|nikc|nikp|nikx|kk|kkb|kks|kko|kkn|kkt|kkt|np|npd|npb|nps|npm|npz|npzd|npn|npns|"
    r"npt|npu|npo|npl|npx|npk|npc|bpjs|bpjss|bpjso|em|emp|emx|emn|emc|emk|emj|bank|acc|accn|accb|rt|rtn|rts|rtf|ad|adr|adc|kelp|kecp|"
    r"pl|umur|lahir|tl|job|jk|agama)$"
)


def person_value(fl: Fill, key: str, i: int) -> str:
    p = fl.person(i)
    r = fl.rng
    f = p.sex == "f"
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
    if key == "ocr":  # a form's name field as a scan reads it: a stray space, a digit for a letter
        up = p.full.upper()
        words = up.split()
        longw = [k for k, w in enumerate(words) if len(w) >= 5]
        if longw and r.random() < 0.6:
            k = r.choice(longw)
            cut = r.randint(2, len(words[k]) - 2)
            words[k] = words[k][:cut] + " " + words[k][cut:]
            return " ".join(words)
        spots = [k for k, c in enumerate(up) if c in "SOIB" and k > 0 and up[k - 1] != " "]
        if spots:
            k = r.choice(spots)
            return up[:k] + {"S": "5", "O": "0", "I": "1", "B": "8"}[up[k]] + up[k + 1 :]
        return up
    if key == "ty":  # the name as a record misspells it: one letter of the family name changed
        w = p.full.split()
        last = w[-1]
        if len(last) >= 4:
            k = r.randint(1, len(last) - 2)
            swap = {
                "a": "e",
                "e": "i",
                "i": "y",
                "o": "u",
                "u": "o",
                "h": "",
                "n": "m",
                "k": "kh",
                "s": "z",
                "d": "t",
                "t": "d",
                "l": "ll",
                "r": "rr",
                "y": "i",
                "b": "p",
                "g": "k",
            }
            last = last[:k] + swap.get(last[k], last[k] + "h") + last[k + 1 :]
        return " ".join([*w[:-1], last])
    if key == "nbr":  # a name field broken over a line by a narrow column
        w = p.full.upper().split()
        k = max(1, len(w) - 1)
        return " ".join(w[:k]) + "\n" + " ".join(w[k:])
    if key == "c":  # the name a phone saved the person under
        return r.choice(
            (p.full, p.given, p.given.lower(), p.full.lower(), p.given + " " + p.family[0])
        )
    if key == "i":
        return "%s. %s" % (p.given[0], p.family) if p.origin not in OUTSIDE else p.full
    if key == "hon":
        return "Ibu" if f else "Bapak"
    if key == "ho":
        return "Bu" if f else "Pak"
    if key == "kin":
        return "Tanta" if f else "Om"
    if key == "bp":
        return "Mama" if f else "Bapa"
    if key == "sdr":
        return "Sdri." if f else "Sdr."
    if key.startswith("hp"):
        return write_mobile(r, p.mobile, key[2:] or "any")
    if key == "hq":
        return write_mobile(r, p.mobile2, "any")
    if key == "rum":
        return landline(r, p.home)
    if key == "rumr":  # read as a caller says it
        return "0380 %s" % p.home
    if key.startswith("nik"):
        return p.nik_w(key[3:] or "any")
    if key in ("kk", "kkb"):
        return p.kk if key == "kkb" or r.random() < 0.8 else p.nik_w("s", p.kk)
    if key == "kks":
        return p.nik_w("s", p.kk)
    if key == "kkt":  # the card's issue date, as its number holds it
        return "%s-%s-20%s" % (p.kk[6:8], p.kk[8:10], p.kk[10:12])
    if key == "kko":
        return p.nik_w("o", p.kk)
    if key == "kkn":
        return p.nik_w("n", p.kk)
    if key.startswith("np"):
        return p.npwp_w(key[2:] or "any")
    if key == "bpjs":
        return p.bpjs
    if key == "bpjss":
        return "%s %s %s %s" % (p.bpjs[:4], p.bpjs[4:8], p.bpjs[8:12], p.bpjs[12:])
    if key == "bpjso":
        return misread(r, p.bpjs, 0.25, 3)
    if key.startswith("em"):
        return p.email_w(key[2:] or "any")
    if key == "bank":
        return p.bank
    if key == "acc":
        return p.account
    if key == "accn":  # an account at Bank NTT
        return bank_account(r, "Bank NTT")
    if key == "accb":
        return re.sub(r"\D", "", p.account)
    if key == "rt":
        return p.rt_w("")
    if key == "rtn":
        return p.rt_w("n")
    if key == "rts":
        return p.rt_w("s")
    if key == "rtf":
        return p.rt_w("f")
    if key == "ad":
        return (
            "%s No. %s" % (p.street, p.house)
            if r.random() < 0.7
            else "%s No %s" % (p.street, p.house)
        )
    if key == "adr":
        return "%s No. %s, %s" % (p.street, p.house, p.rt_w(""))
    if key == "adc":
        return p.estate
    if key == "kelp":
        return p.kel
    if key == "kecp":
        return KOTA[p.kec_code][0]
    if key == "pl":
        return p.plate
    if key == "umur":
        return str(fl.date.year - p.birth.year)
    if key == "lahir":
        return "%02d-%02d-%d" % (p.birth.day, p.birth.month, p.birth.year)
    if key == "tl":
        return "%s, %02d-%02d-%d" % (
            r.choice(
                (
                    "KUPANG",
                    "KUPANG",
                    "SOE",
                    "BA'A",
                    "SEBA",
                    "LARANTUKA",
                    "ENDE",
                    "KALABAHI",
                    "ATAMBUA",
                )
            ),
            p.birth.day,
            p.birth.month,
            p.birth.year,
        )
    if key == "job":
        return r.choice(
            [
                j
                for j in JOBS
                if j
                not in (("TUKANG KAYU", "SOPIR", "NELAYAN") if f else ("MENGURUS RUMAH TANGGA",))
            ]
        )
    if key == "jk":
        return "PEREMPUAN" if f else "LAKI-LAKI"
    if key == "agama":
        return {
            "bali": "HINDU", "bugis": "ISLAM", "buton": "ISLAM", "jawa": r.choice(("ISLAM", "ISLAM", "KATOLIK")), "flores": "KATOLIK",
            "chinese": r.choice(("KRISTEN", "KATOLIK", "BUDDHA")),
        }.get(p.origin, r.choice(("KRISTEN", "KRISTEN", "KRISTEN", "KATOLIK")))  # fmt: skip
    raise SystemExit("unknown person field %r" % key)


def value(fl: Fill, name: str, index: str) -> str:
    found = computed(fl, name) or lookalike(fl, name, index)
    if found is not None:
        return found
    i = int(index or "1")
    if name.startswith("of") and name[2:4] in OFFICES:
        return office(fl, name[2:4], name[4:])
    m = BODY_FIELD.fullmatch(name)
    if m:
        kind = m.group(1)
        if kind == "bz":
            kind = fl.spec["B"].get(i) or "__bz%d" % i
            if kind.startswith("__"):
                key = kind
                if key not in fl.cache:
                    fl.cache[key] = fl.rng.choice(sorted(BUSINESS))
                kind = fl.cache[key]
        b = fl.body(kind, i)
        f = m.group(2)
        return {
            "": b.name, "o": b.name.upper().replace("TOKO", "T0KO"), "w": write_mobile(fl.rng, b.wa, fl.rng.choice("bdds")), "q": write_mobile(fl.rng, b.wa2, "d"), "t": b.tel,
            "m": b.mail, "np": b.npwp, "npb": b.npwp_old, "nt": b.nitku, "acc": b.account, "bank": b.bank, "nib": b.nib, "j": b.seat,
        }[f]  # fmt: skip
    if PERSON_FIELD.fullmatch(name):
        return person_value(fl, name, i)
    raise SystemExit("unknown placeholder {%s%s}" % (name, index))


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
NOCACHE = {
    "mutasi",
    "nota",
    "faktur",
    "pkb",
    "pdambill",
    "t",
    "wh",
    "mob",
    "tel",
    "nn",
    "rpj",
    "img",
    "vid",
    "scr",
    "pkmt",
    "kode",
    "otp",
    "rp",
    "rpk",
    "rpb",
    "big",
    "num",
}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``, the innermost first."""
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def resolve(fl: Fill, name: str, index: str) -> str:
    """The value of one placeholder, drawn once per filling (a few look-alikes every time)."""
    key = "{%s%s}" % (name, index)
    if name in NOCACHE:
        return value(fl, name, index)
    if name.isupper():  # {N1}: {n1} in capitals
        low = "{%s%s}" % (name.lower(), index)
        if low not in fl.cache:
            fl.cache[low] = value(fl, name.lower(), index)
        return fl.cache[low].upper()
    if key not in fl.cache:
        fl.cache[key] = value(fl, name, index)
    return fl.cache[key]


def fill(template: str, fl: Fill) -> str:
    return PLACEHOLDER.sub(lambda m: resolve(fl, m.group(1), m.group(2)), template)


def computed(fl: Fill, name: str) -> str | None:
    """Lines whose sums are computed: a bank statement, shop receipts, a tax notice, a water bill."""
    r = fl.rng
    if name == "mutasi":  # a statement: a transfer from person 2 (labelled), a company, cash, fees
        saldo = r.randint(3, 40) * 50_000 + r.choice((0, 12_500, 37_250))
        lines = []
        rows = (
            (
                "TRF DARI [[n:%s]] [[b:%s]]" % (resolve(fl, "N", "2"), resolve(fl, "accb", "2")),
                r.randint(4, 30) * 50_000,
                "CR",
            ),
            (
                "TRF KE %s %s" % (resolve(fl, "CV", "1"), resolve(fl, "cvacc", "1")),
                r.randint(2, 12) * 50_000,
                "DB",
            ),
            ("TARIK TUNAI ATM", r.choice((100_000, 200_000, 300_000, 500_000)), "DB"),
            ("BIAYA ADM", r.choice((6_500, 10_000, 12_500)), "DB"),
        )
        for k, (what, asked, side) in enumerate(rows):
            amount = asked if side == "CR" or asked <= saldo else saldo // 2 // 500 * 500
            saldo += amount if side == "CR" else -amount
            dd = fl.day(min(k, 2))
            lines.append(
                "%02d/%02d   %s   %s %s   %s"
                % (dd.day, dd.month, what, rupiah(amount), side, rupiah(saldo))
            )
        return "\n".join(lines)
    if name in ("nota", "faktur"):  # a shop's receipt or invoice with its total
        items = (
            (
                ("BERAS PREMIUM 5KG", 72_000),
                ("MINYAK GORENG 2L", 38_500),
                ("GULA PASIR 1KG", 17_500),
                ("TELUR 1 RAK", 55_000),
                ("MIE INSTAN 1 DUS", 118_000),
                ("KOPI BUBUK 250G", 24_000),
            )
            if name == "nota"
            else (
                ("SEMEN 40KG", 68_000),
                ("BESI BETON 10MM", 92_000),
                ("PAKU 5CM /KG", 24_000),
                ("SENG GELOMBANG", 71_500),
                ("PASIR /RIT", 650_000),
                ("CAT TEMBOK 5KG", 135_000),
            )
        )
        chosen = r.sample(items, r.randint(2, 4))
        total = 0
        lines = []
        for what, price in chosen:
            qty = r.randint(1, 3) if name == "nota" else r.randint(2, 30)
            total += qty * price
            lines.append("%s   %d x %s   %s" % (what, qty, rupiah(price), rupiah(qty * price)))
        lines.append("TOTAL   %s" % rupiah(total))
        if name == "nota":
            paid = (total // 50_000 + 1) * 50_000
            lines.append("TUNAI   %s" % rupiah(paid))
            lines.append("KEMBALI   %s" % rupiah(paid - total))
        return "\n".join(lines)
    if name == "pkb":  # a vehicle's yearly tax
        pkb = r.randint(18, 95) * 5_000 if r.random() < 0.7 else r.randint(180, 520) * 5_000
        jr = 35_000 if pkb < 500_000 else 143_000
        return "PKB POKOK : Rp %s   SWDKLLJ : Rp %s\nJUMLAH : Rp %s" % (
            rupiah(pkb),
            rupiah(jr),
            rupiah(pkb + jr),
        )
    if name == "pdambill":  # a water bill computed from its meter
        start = r.randint(200, 3000)
        use = r.randint(8, 35)
        water = use * 4_500
        fixed = 15_000
        fine = r.choice((0, 0, 10_000))
        return (
            "STAND METER : %d - %d   PEMAKAIAN : %d M3\nHARGA AIR : Rp %s   BEBAN TETAP : Rp %s\nDENDA : Rp %s\nTOTAL : Rp %s"
            % (
                start,
                start + use,
                use,
                rupiah(water),
                rupiah(fixed),
                rupiah(fine),
                rupiah(water + fixed + fine),
            )
        )
    return None


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
PROVINCES = {"53", "51", "73", "74", "35", "33", "34"}
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perum|btn|kompleks)")
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\s*\(keong\)\s*|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
EDGE = ".,;:!?-/'\")]}>|_•·*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
GLUED_AFTER = ("Tempat", "Nama", "NAMA", "Alamat", "ALAMAT", "Agama", "AGAMA", "Jenis", "JENIS", "NIK", "Tgl", "Pekerjaan", "PEKERJAAN", "No", "RT")  # fmt: skip
GLUED_BEFORE = ("NIK", "Nama", "NAMA", "Alamat", "ALAMAT", "HP", "KK", "NPWP")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted): a mobile's prefix or Kupang's 0380."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-._•·\n]", seg):
        return False
    clean = re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 7:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in MOBILE_PREFIXES or (clean.startswith("03808") and len(clean) == 10)


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)


def name_title(seg: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if len(words) > 1 and words[0] in ("wa", "la"):  # Buton's names open with Wa and La
        return False
    return words[0] in TITLES


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or re.search(r"[ \t]\n", text) or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if re.search(r"\w [.,](\s|$)", text) or "( " in text or " )" in text or "  ." in text:
        bad.append("a space before a full stop, a comma or a bracket")
    if re.search(r"\S  \S", text) and not re.search(
        r"\S {3,}\S", text
    ):  # tables part columns by 3 spaces
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
            if (
                "@" in seg
                or "*" in seg
                or sum(c.isalpha() for c in seg) < 2
                or sum(c.isdigit() for c in seg) > 1
            ):
                bad.append("name chars %r" % seg)
        elif kind == "phone" and not phone_ok(seg):
            bad.append("phone %r" % seg)
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OlISB .,\-\n]", seg)
                or d[:2] not in PROVINCES
                or not 15 <= len(d) <= 17
            ):
                bad.append("%s %r" % (kind, seg))
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (14, 15, 16, 22) or re.search(r"[^0-9OlIB ,.\-\n]", seg)
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
        elif (
            kind == "address"
            and not re.fullmatch(r"\d{1,3}/\d{1,3}", seg)
            and (not ADDRESS_START.match(seg) or not re.search(r"\d", seg))
        ):
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
            local = AT_FORM.split(seg)[0].split("\n")[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
            if kind == "plate":
                squeezed = re.sub(r"[ -]", "", seg).upper()
                for m in re.finditer(r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}", text.upper()):
                    if re.sub(r"[ -]", "", m.group()) == squeezed and not all(
                        inside[m.start() : m.end()]
                    ):
                        bad.append("unlabelled plate %r" % seg)
        elif kind in NUMERIC:
            d = id_digits(seg) if kind != "bank_account" else re.sub(r"\D", "", seg)
            if kind == "npwp" and len(d) == 22:  # a NITKU: the NIK inside it is what counts
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
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"bapak|pak|bpk|bp|tn|sdr|saudara|om|bapa|opa|suami|ayah|bung|mas|nyong|bli|pdt\. pak|frater|pater|romo|tuan|bripka|aiptu|ipda|brigpol"
FEMALE_WORDS = r"ibu|bu|ny|nyonya|sdri|saudari|mama|tanta|oma|nona|istri|bidan|mbak|suster|usi"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s)\.?\s*,?\s+(?:\[\[n:)?\{[A-Za-z]+(\d+)\}"
    % "|".join((MALE_WORDS, FEMALE_WORDS))
)
MALE_SET = set(MALE_WORDS.split("|"))


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    O: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
    hh: dict[int, int] | None = None,
    A: dict[int, tuple[int, int]] | None = None,
    B: dict[int, str] | None = None,
    fills: int = FILLS,
) -> None:
    """Register a template: its style, theme, text and what it says of its people (F women, M
    men, O an origin per person, fam a member of a head's family, hh a member of a head's
    household under a name of their own, A the years a person was born in) and of its
    businesses (B the kind of business i)."""
    TEMPLATES.append(
        (
            style,
            theme,
            text.strip("\n"),
            {
                "F": F,
                "M": M,
                "O": O or {},
                "fam": fam or {},
                "hh": hh or {},
                "A": A or {},
                "B": B or {},
                "fills": fills,
            },
        )
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    """The template's spec with the sex a title or a kin word gives a person, and the words of
    the template's own text, which no name may take."""
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
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
        "hh": dict(base["hh"]),
        "A": dict(base["A"]),
        "B": dict(base["B"]),
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
            if tries > 800:
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
    if kind == "name":
        if "\n" in seg:
            return "over a line break"
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        if "\n" in seg:
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|titik|\(at\)|\(et\)|keong", seg):
            return "written to dodge scrapers"
        if re.search(r",\w+$", seg):
            return "a comma for the dot"
        if seg.endswith(".go.id"):
            return "a person's own on an office's domain"
        return "plain"
    if kind == "address":
        if re.fullmatch(r"\d{1,3}/\d{1,3}", seg):
            return "an RT/RW pair in its field"
        if re.match(r"(?i)rt", seg):
            if re.search(r"(?i)rw", seg):
                return "RT/RW alone"
            return "RT and RW after a slash" if "/" in seg else "RT alone"
        if re.match(r"(?i)perum|btn|kompleks", seg):
            return "estate block and number"
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
            return "15 digits dotted, a digit dropped"
        if len(d) == 15:
            if seg.count("-") == 1 and "." in seg and " " not in seg:
                return "15 digits dotted"
            if " " in seg and re.search(r"[.\-]", seg):
                return "15 digits dotted, a stray space"
            if re.search(r"[.\-]", seg):
                return "15 digits, one mark between groups"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        if d[0] == "0":
            return "16 digits (0 and the old number)"
        return "16 digits (the NIK), spaced" if " " in seg else "16 digits (the NIK)"
    if kind == "phone":
        if seg.startswith(("+62", "(+62)")):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•·]", seg):
            return "underscores, bullets or middle dots"
        if "." in seg:
            return "dots"
    if kind in ("nik", "kk") and ", " in seg:
        return "in fours with commas"
    if kind in ("nik", "kk") and re.fullmatch(r"\d\d( \d\d){7}", seg):
        return "in pairs"
    if kind in ("nik", "kk") and len(id_digits(seg)) != 16:
        return "a digit dropped or doubled"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(r: dict[str, object], pattern: str) -> list[re.Match[str]]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return [m for m in re.finditer(pattern, r["text"]) if not any(inside[m.start() : m.end()])]


RUN = r"[+(]?\d[\d .\-()_•·]{3,}\d|\d{4,}"


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
    runs = phones = ats = 0
    for r in records:
        for m in unlabelled(r, r"[+(]?\d[\d .\-()_•·]{6,}\d"):
            if sum(c.isdigit() for c in m.group()) >= 9:
                runs += 1
                phones += phone_ok(m.group().strip(" ()"))
        ats += len(unlabelled(r, r"\S*@\S*"))
    print("unlabelled runs of nine digits or more:", runs)
    print("of them shaped as a mobile or a Kupang line:", phones)
    print("unlabelled @ tokens:", ats)


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
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("name", "phone", "npwp", "email", "bank_account", "nik"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
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
# A placeholder in capitals ({N1}, {AD1}) is its lower-case one in capitals.
# Person i: {n1} full name ({ln1} lower case), {g1}/{lg1} the name people call them by, {f1}
# the family name, {i1} an initial and the family name, {c1} the name a phone saved them under,
# {hon1} Bapak/Ibu, {ho1} Pak/Bu, {kin1} Om/Tanta, {bp1} Bapa/Mama, {sdr1} Sdr./Sdri.;
# {hp1} mobile (hpb block, hpd dashes, hps spaces, hpt dots, hpi +62, hpk 62, hpo letters for
# digits, hpn over a line, hpu underscores or bullets), {hq1} a second mobile, {rum1} home line;
# {nik1} (nikb, niks fours, nikt dots, niko letters, nikn over a line, nikc commas, nikp pairs,
# nikx a digit dropped or doubled); {kk1} (kkb, kks, kko, kkn); {np1} NPWP (npd dotted, npb
# block, nps spaced, npm one mark, npz 0 and the old number, npzd the same dotted, npn the NIK,
# npns the NIK spaced, npt NITKU, npo a scan, npl over a line, npx a stray space, npk a digit
# dropped); {bpjs1} ({bpjss1} groups, {bpjso1} a scan); {em1} (emp plain, emx dodged, emn over a
# line, emc a comma for the dot, emk the person's own on the city's domain, emj on the tax
# office's); {bank1} {acc1}
# ({accb1} one block); {rt1} RT/RW, {rtn1} RT alone, {rts1} RT and RW after a slash, {rtf1} a
# card's RT/RW field, {ad1} street and number, {adr1} with RT/RW, {adc1} an estate's block,
# {kelp1} {kecp1} the person's kelurahan and kecamatan; {pl1}; {umur1}, {lahir1}, {tl1}, {job1},
# {jk1}, {agama1}.
# Offices {ofXXf}: XX dc ds dk pu pd ln bp kp pt dd dh lh pr bj ba dg bg rs; f '' full name, s
# short, m mailbox, t fixed line, w WhatsApp, j seat. Businesses {bzF1} (kind from B= or drawn),
# companies {cvF1} {ptF1} {udF1} {kopF1} {kspF1} {yayF1}: F '' name, w WhatsApp, q second WA, t
# fixed line, m mailbox, np npb NPWP, nt NITKU, acc, bank, nib, j seat.
# Look-alikes (never labelled): {rp} {rpb} {rpk} {rpj} {tgl} {tgls} {tgll} {hari} {bln} {blnr}
# {thn} {lalu} {jam} {t} {num} {big} {tiket} {tiketn} {billing} {va} {idpel} {meter} {token}
# {samb} {nop} {surat} {nip} {nisn} {npsn} {kpj} {sim} {nib} {trx} {resi} {sep} {rm} {kks}
# {dtks} {akta} {imei} {otp} {ref} {kasda} {pbb} {kw} {kode} {pin} {ktppol} {skck} {pbg} {nopr}
# {exnp} {exnik} {exhp} {sc1} a scam's mobile, {pkm1} {pkmw} {pkmt} {pkmm1} a health centre,
# {sek1} {sekm1} a school, {gereja1} {germ1}, {kel1} {kec1} {kelm1} {kelt}, {jln1} {seat1} a
# public road and a seat on it, {mob} an office's mobile, {tel} an office's fixed line.

TEMPLATES: list[tuple] = []

# an SMS as the 1708 gateway exports it, with the sender's own number
SMS = "«SMS 1708 | {tgl} {t} | dari [[p:{hpk1}]]¦Inbox 1708 - {tgl} {t} - [[p:{hpi1}]]¦{tgl} {t} SMS dr [[p:{hpb1}]]¦SMS masuk {tgl} {t} [[p:{hpk1}]]»"
SMS_ANON = "«SMS 1708 | {tgl} {t} | pengirim disembunyikan¦Inbox 1708 - {tgl} {t} - (nomor disamarkan admin)¦SMS masuk {tgl} {t}»"

# ---------------------------------------------------------------- sms_caps

T(
    "sms_caps",
    "water",
    SMS
    + """
KOTKUPANG AIR PDAM «SDH 2 MGG¦SUDAH 10 HARI¦SDH SEBULAN LEBIH» TDK JALAN DI [[a:{RT1}]] KEL. {KELP1}. NO SAMBUNGAN {samb}, TAGIHAN TETAP DATANG {rp}. «TLP PDAM {ofpdt} TDK ADA YG ANGKAT¦SDH TLP {ofpdt} DAN WA {ofpdw} TDK ADA BALASAN¦KATA PETUGAS PIPA PECAH DI {JLN1}, TP SDH {num} HARI BLM DIGANTI». MOHON DIBANTU. «SY [[n:{N1}]]¦DARI [[n:{N1}]] DI {KELP1}¦TRIMS. [[n:{N1}]]»
""",
)

T(
    "sms_caps",
    "electricity",
    SMS
    + """
KOTKUPANG TAGIHAN LISTRIK SY NAIK «3X¦2 KALI LIPAT¦HAMPIR 3 KALI» BLN {BLN}, DARI {rpl} JADI {rph}. ID PEL {idpel} A.N. [[n:{N1}]]«, ALAMAT [[a:{ADR1}]] KEL {KELP1}¦ DI [[a:{AD1}]] {KELP1}». SDH LAPOR PLN 123 TP «BLM ADA PETUGAS DATANG¦DISURUH TUNGGU 3X24 JAM». NO METER {meter}. MOHON DICEK. «HP SY [[p:{hpd1}]]¦HUB [[p:{hps1}]]¦»
""",
)

T(
    "sms_caps",
    "scam",
    SMS
    + """
KOTKUPANG «SY DAPAT SMS DR¦ADA SMS MASUK DARI¦TADI PAGI ADA SMS DR» {sc1} BILANG SY MENANG UNDIAN «BANK NTT¦BRI¦SHOPEE¦TELKOMSEL» {rpb}. SY DISURUH TLP {sc2} UTK KLAIM DAN KIRIM FOTO KTP «DAN KK¦». «APA INI PENIPUAN?¦MOHON NOMOR ITU DIBLOKIR.¦SY TDK KASIH APA2.» «[[n:{N1}]] DI {KELP1}¦DARI [[n:{N1}]]¦[[n:{N1}]] [[a:{RT1}]]»
""",
)

T(
    "sms_caps",
    "civil_registry",
    SMS
    + """
KOTKUPANG KTP-EL SY «SDH REKAM¦REKAM ULANG» {lalu} DI DUKCAPIL TP SAMPAI SKRG BLM JADI. NIK «[[nik:{nikb1}]]¦[[nik:{niks1}]]» NO KK «[[kk:{kkb1}]]¦[[kk:{kks1}]]¦[[kk:{kko1}]]». «WA DUKCAPIL {ofdcw} TDK BALAS¦TLP {ofdct} SIBUK TRUS¦WA PENGADUAN DUKCAPIL {ofdcw} CUMA BALAS OTOMATIS». KATA PETUGAS BLANKO HABIS. MOHON DIBANTU «KRN MAU URUS BPJS ANAK¦UTK DAFTAR KERJA¦KRN MAU PI KAMPUNG». «[[n:{N1}]] [[p:{hpo1}]]¦[[n:{N1}]]¦SY [[n:{N1}]] HP [[p:{hpd1}]]»
""",
)

T(
    "sms_caps",
    "tax_permit",
    SMS
    + """
KOTKUPANG NPWP SY YG LAMA «[[npwp:{npd1}]]¦[[npwp:{npb1}]]¦[[npwp:{nps1}]]¦[[npwp:{npo1}]]» APA MSH BERLAKU? KATANYA SKRG PAKAI NIK [[npwp:{npn1}]]. SY MAU URUS «IZIN USAHA KIOS¦PBG RUMAH¦KUR DI BANK¦BERKAS PPPK» TP SISTEM TOLAK. «KPP {ofkpt} SIBUK TRS¦KRING PAJAK 1500200 TDK MASUK¦LOKET KPP ANTRI {big} ORG». «TRIMS [[n:{N1}]]¦[[n:{N1}]] {KELP1}¦MOHON INFO. [[n:{N1}]]»
""",
)

T(
    "sms_caps",
    "tax_permit",
    SMS
    + """
KOTKUPANG «NPWP SY DITOLAK WAKTU DAFTAR PPPK, KATANYA HARUS SAMA DENGAN NIK SY [[nik:{nikb1}]]. SY HRS URUS DIMANA?¦SY BLM PUNYA NPWP, PAKAI NIK SJ BOLEH? [[nik:{nikb1}]]. INI UTK BERKAS LAMARAN SATPOL PP.¦PERLU NPWP SY? NIK SY [[nik:{nikb1}]], BERKAS KUR SY DITAHAN BANK.» LOKET «KPP¦MPP» PENUH TRS, ANTRIAN {big}. «[[n:{N1}]]¦SY [[n:{N1}]] [[a:{RT1}]]¦TRIMS. [[n:{N1}]]»
""",
)

T(
    "sms_caps",
    "social_aid",
    SMS
    + """
KOTKUPANG BANTUAN «PKH¦BPNT¦SEMBAKO» SY SDH {num} TAHAP TDK MASUK. NO KKS {kks}, NIK [[nik:{nik1}]]«, KK [[kk:{kk1}]]¦». «PENDAMPING NO {mob} TDK MAU ANGKAT¦PENDAMPING PUNG NOMOR {mob} SONDE AKTIF¦PENDAMPING SOSIAL KELURAHAN TDK BISA DIHUBUNGI DI {mob}». TLG DICEK. «[[n:{N1}]] [[a:{RT1}]] KEL {KELP1}¦SY [[n:{N1}]], {KELP1}¦DARI [[n:{N1}]] DI {KELP1}»
""",
)

T(
    "sms_caps",
    "transport",
    SMS
    + """
KOTKUPANG SOPIR «BEMO JURUSAN {num}¦ANGKOT LAMPU {num}¦OTO KOL» «NOPOL¦PLAT¦NO POL» [[pl:{PL2}]] UGAL2AN, HAMPIR TABRAK ANAK SEKOLAH DEPAN {SEK1} JAM {jam}. «SDH TLP DISHUB {ofdht} TDK ANGKAT¦WA DISHUB {ofdhw} TDK BALAS¦SY SDH FOTO». MOHON DITINDAK «SEBELUM ADA KORBAN¦». «[[n:{N1}]]¦ORTU MURID, [[n:{N1}]]»
""",
)

T(
    "sms_caps",
    "market",
    SMS
    + """
KOTKUPANG PETUGAS RETRIBUSI PASAR «OEBA¦KASIH NAIKOTEN¦OEBOBO» MINTA UANG {rpk} TIAP HARI TANPA KARCIS. «DIA KASI NOMOR [[p:{hp2}]], NAMA [[n:{G2}]]¦NAMANYA [[n:{N2}]], HP [[p:{hpb2}]]». KALAU TDK BAYAR LAPAK DIGUSUR. SY JUAL SAYUR DI LOS {num}. «[[n:{N1}]]¦MAMA [[n:{G1}]]» «[[p:{hpo1}]]¦»
""",
    F=(1,),
)

T(
    "sms_caps",
    "scam",
    SMS_ANON
    + """
KOTKUPANG «ADA SMS DR {sc1}: 'REKENING BRI ANDA DIBLOKIR, HUBUNGI CS KAMI {sc2}'¦ADA NOMOR {sc1} NGAKU DARI DINAS SOSIAL, MINTA TRANSFER {rp} UTK CAIRKAN BANSOS {rpb}¦SY DAPAT 2 NOMOR {sc1} DAN {sc2}. MANA YG RESMI? DUA2 NGAKU PETUGAS PKH». «NOMOR LAIN JUGA {sc3} DGN PESAN SAMA¦SY JUGA DAPAT DARI {sc3} TGL {tgl}¦TADI JAM {jam} {sc3} TLP LAGI». MOHON DIBLOKIR. TKS
""",
)

T(
    "sms_caps",
    "roads",
    SMS_ANON
    + """
KOTKUPANG JALAN «RUSAK PARAH¦BERLUBANG BESAR¦AMBLAS» DI {JLN1} DEPAN {SEK1}, SDH {num} BLN. LUBANG DLM {nn} CM, «SDH {num} MOTOR JATUH¦TADI JAM {jam} ADA ANAK JATUH». LAPORAN SBLMNYA {tiket} TGL {lalu} BLM ADA TINDAK LANJUT. PUPR «TLP {ofput}¦WA {ofpuw}» TDK RESPON. «TKS¦MOHON CEPAT»
""",
)

T(
    "sms_caps",
    "electricity",
    SMS_ANON
    + """
KOTKUPANG LISTRIK PADAM DR JAM {jam} S/D {jam2} DI KEL {KEL1}, SDH {num}X MGG INI. «KULKAS DAN TV RUSAK¦IKAN JUALAN BUSUK¦ANAK2 TDK BISA BELAJAR». SDH LAPOR PLN 123 «DAN WA PLN {oflnw}¦», NO LAPORAN {tiketn}. ID PEL {idpel}, TOKEN {token} «HANGUS¦TDK MASUK». MOHON PERHATIAN
""",
)

T(
    "sms_caps",
    "tax_permit",
    SMS_ANON
    + """
KOTKUPANG MAU TANYA PBB {THN} SY {pbb} NOP {nop}, KODE BILLING {billing} TDK BISA DIBAYAR DI «BANK NTT¦INDOMARET¦KANTOR POS». «KATA PETUGAS BAPENDA TLP {ofbpt} ATAU WA {ofbpw}¦DI SPPT TERTULIS JATUH TEMPO {tgl}». APA BENAR «HARUS BAYAR DENDA¦ADA DENDA 2%»? SDH TLP {ofbpt} TDK ANGKAT. TKS
""",
)

# ---------------------------------------------------------------- wa_chat

T(
    "wa_chat",
    "health",
    """
{wh} [[n:{c1}]]: Kaka, beta pung anak panas su «3 hari¦dari kemarin», malam ni «kejang¦muntah terus». Puskesmas {pkm1} pung nomor {pkmw} sonde angkat.
{wh} [[n:{c2}]]: Coba telpon bidan [[n:{g3}]] langsung, «dia pung nomor pribadi¦ini dia pung HP» [[p:{hpd3}]]. Dia tinggal «dekat gereja¦di belakang pasar».
{wh} [[n:{c1}]]: Su telpon, sonde aktif.
{wh} [[n:{c2}]]: Bawa langsung ke IGD RSUD S.K. Lerik sa. UGD 24 JAM {tel}. Kartu BPJS jang lupa.
{wh} [[n:{c1}]]: Oke kaka, makasih banyak 🙏
""",
)

T(
    "wa_chat",
    "scam",
    """
«*Diteruskan*¦Forwarded¦_Diteruskan berkali-kali_»
Bapa mama dong, hati-hati. Ada yang telpon ke beta pung rumah [[p:{rum1}]], ngaku petugas PLN, bilang meteran mau diganti, bayar {rps}. Dia pake nomor {sc1}.« Nomor lain juga {sc2}, pesan sama.¦» Satu lagi, ada yang WA dari [[p:{hp2}]], mengaku namanya [[n:{g2}]], minta transfer ke «rekening¦rek» {bank3} [[b:{acc3}]] a.n. [[n:{n3}]]. Jang layani. Su lapor polisi, nomor laporan {ktppol}.
- [[n:{g1}]], {kelp1}
""",
)

T(
    "wa_chat",
    "school",
    """
Grup: GURU HONOR {SEK1}
{wh} [[n:{c1}]]: Selamat pagi bapak ibu. Bendahara minta NPWP semua guru honor untuk lapor PPh 21 «bulan {bln}¦tahun {thn}». Paling lambat hari {hari2}.
{wh} [[n:{c2}]]: Ini punya sy [[npwp:{npn2}]]
{wh} [[n:{c3}]]: npwp sy yg lama [[npwp:{npd3}]] tp dong bilang skrg pake nik. ini punya sy [[npwp:{npn3}]]
{wh} [[n:{c4}]]: Sy blm punya NPWP, pakai NIK sj boleh? [[nik:{nikb4}]]
{wh} [[n:{c1}]]: Boleh, nanti sy daftarkan. NPWP bendahara sekolah {bnp} itu hanya untuk setor, jangan dipakai.
{wh} [[n:{c5}]]: «Punya saya ya: [[npwp:{npn5}]]¦NITKU saya [[npwp:{npt5}]]¦Yg dlu [[npwp:{nps5}]], skrg katanya pake NIK [[npwp:{npn5}]]¦NPWP saya [[npwp:{npm5}]] masih yg 15 digit»
""",
)

T(
    "wa_chat",
    "water",
    """
Grup: Info Warga {KEL1}
{wh} [[n:{c1}]]: Sapa yang ada nomor tangki air? Air PDAM mati su satu minggu di [[a:{rtn1}]].
{wh} [[n:{c2}]]: «Om¦Bapa» [[n:{g3}]] ada tangki, nomornya [[p:{hp3}]]. 5000 liter «Rp 100.000¦Rp 120.000¦Rp 150.000».
{wh} [[n:{c4}]]: Kalo {bz1} nomor {bzw1}, tapi dong mahal.
{wh} [[n:{c1}]]: Makasih. Su WA Om [[n:{g3}]], dia bilang sore baru bisa.
{wh} Admin Grup: Info dari PDAM: gangguan pipa di {jln1}, call center {ofpdt}.
""",
    M=(3,),
    B={1: "depot"},
)

T(
    "wa_chat",
    "civil_registry",
    """
{wh} Admin Kelurahan {kel1}: Info: perekaman KTP-el jemput bola hari {hari2} di aula kelurahan jam {jam}. Yang belum rekam, kirim KK deng KTP pung foto ke nomor [[p:{hp2}]] milik pak RT [[n:{n2}]].
{wh} [[n:{c3}]]: Pak RT, beta su kirim. Ini NIK anak beta [[nik:{nik4}]], KK [[kk:{kk3}]].
{wh} [[n:{c2}]]: Oke «mama¦bapa», su terima. Nanti hari {hari2} bawa anak langsung.
{wh} [[n:{c5}]]: Pak RT, beta pung NIK «[[nik:{nik5}]]¦[[nik:{nikt5}]]» tapi di KK masih salah tulis nama. Bisa urus di situ?
{wh} [[n:{c2}]]: Bisa, bawa KK asli.
""",
    M=(2,),
    fam={4: 3},
    A={4: (2008, 2009)},
)

T(
    "wa_chat",
    "bank_ewallet",
    """
{wh} [[n:{c1}]]: Ade, uang kos su kirim ko?
{wh} [[n:{c2}]]: Belum kaka, ATM rusak. Transfer lewat DANA sa, ke DANA mama [[p:{hp3}]], yang punya nama [[n:{n3}]].
{wh} [[n:{c1}]]: Ok. Kalo lewat rekening, kirim ke rek «sa pribadi¦beta» {bank1} [[b:{acc1}]] a.n. [[n:{n1}]] sa.
{wh} [[n:{c2}]]: Jang transfer ke rekening yang ada di status FB tu, itu tipu-tipu. Dong pake DANA {sc1}.
{wh} [[n:{c1}]]: Ok, su masuk {rp}. Ref {ref}.
""",
    F=(3,),
)

T(
    "wa_chat",
    "church_community",
    """
Dari: [[n:{n1}]] ([[p:{hpd1}]])
«Diteruskan ke grup¦Tolong sebar»:
*PENGUMUMAN POSYANDU {POSY}*
Kepada Yth. ibu-ibu yang punya balita di «RT 03 sampai RT 09¦RT 11, RT 12 dan RT 14¦RT 01–RT 06». Posyandu hari {hari1}, {tgll}, jam {jam}–selesai di halaman {gereja1}. Bawa buku KIA dan kartu BPJS anak. Ada imunisasi dan vitamin A.
Info: kader posyandu {mob}. Puskesmas {pkm1} {pkmt}.
""",
)

T(
    "wa_chat",
    "police",
    """
{wh} [[n:{c1}]]: Bapa mama, «motor¦sepeda motor» beta pung ade hilang tadi malam di depan kos, {jln1}. Honda Beat «hitam¦putih», plat [[pl:{pl2}]]. Sapa yang liat tolong hub [[p:{hpb1}]]« ([[n:{lg1}]])¦».
{wh} [[n:{c3}]]: Su lapor Polsek ko? SPKT Polresta WA {ofprw}.
{wh} [[n:{c1}]]: Su, laporan {ktppol}.
{wh} [[n:{c3}]]: Tadi pagi beta liat motor beat« hitam¦» plat [[pl:{pl2}]] parkir di belakang {bz1}.
""",
    B={1: "bengkel"},
)

T(
    "wa_chat",
    "social_aid",
    """
{wh} Info Kelurahan {kel1}: Jadwal fogging: RT {num} hari {hari1}, RT {big} hari {hari2}. Warga di RT 05 sampai RT 13 mohon tutup makanan.
{wh} Puskesmas {pkm1}: Yang demam lebih 2 hari segera periksa. Daftar lewat WA {pkmw}, antrian mulai jam {jam}.
{wh} mama: Air PDAM ju mati dari kemarin.
{wh} Admin Grup: Info PDAM: gangguan pipa transmisi, call center {ofpdt}, WA {ofpdw}. Nomor sambungan {samb} dan {samb2} sudah dicek petugas.
{wh} Grup RT {num}: Iuran sampah bulan {bln} {rpk}, setor ke pos kamling.
""",
)

T(
    "wa_chat",
    "scam",
    """
*Diteruskan berkali-kali*
BANTUAN SUBSIDI UPAH {THN} SUDAH CAIR {rpb}. Kirim NIK dan foto KK ke WA {sc1}. Cepat sebelum kuota habis. Info lanjut {sc2}.
{wh} Info Kelurahan {kel1}: Bapa mama, itu HOAX. Dinas Sosial tidak pernah minta data lewat WA pribadi. Pengaduan resmi SMS 1708 atau WA Dinsos {ofdsw}.
{wh} mama: Untung beta belum kirim. Kemarin ada juga dari {sc3} bilang dari Kemensos.
{wh} Info Kelurahan {kel1}: Nomor {sc3} juga sudah dilaporkan. Jangan kirim kode OTP.
""",
)

T(
    "wa_chat",
    "electricity",
    """
*Diteruskan*
INFO PEMADAMAN PLN UP3 KUPANG
Hari/tgl: {hari1}, {tgll}
Jam: {jam} – {jam2} WITA
Lokasi: Penyulang «Oebobo¦Naikoten¦Oesapa», gardu KP{big}, sebagian Kel. {kel1}, {jln1} dan sekitarnya.
Alasan: pemeliharaan jaringan.
Info: PLN 123 / WA PLN {oflnw} / aplikasi PLN Mobile.
{wh} mama: Lagi? Minggu lalu ju padam {num} jam.
{wh} Admin Grup: Sabar bapa mama, token« {token}¦» jang beli dulu kalo belum perlu.
""",
)

T(
    "wa_chat",
    "bank_ewallet",
    """
{wh} mama: «Ada penagih pinjol teror beta pung anak¦Beta pung anak diteror penagih pinjol», pakai nomor {sc1}, {sc2} deng {sc3}. Tidak sebut nama.
{wh} Admin Grup: Jangan bayar ke rekening pribadi. Lapor ke OJK 157 atau WA OJK {mob}. Simpan bukti chat.
{wh} mama: Dong bilang utang {rpb}, padahal pinjam cuma {rp}. Bunga tiap hari.
{wh} Admin Grup: Nomor penagih juga bisa dilapor ke aduannomor.id. Polresta WA SPKT {ofprw}.
""",
)

# ---------------------------------------------------------------- web_form

# the reporter's block as people paste it into the LAPOR! form
PELAPOR = """
«Data pelapor (ditempel):¦Identitas Pelapor¦--- data diri ---¦IDENTITAS PELAPOR»
Nama«Lengkap¦» : [[n:{n1}]]
NIK : «[[nik:{nikb1}]]¦[[nik:{niks1}]]¦[[nik:{nikt1}]]¦[[nik:{nikn1}]]»
Alamat : «[[a:{adr1}]], Kel. {kelp1}, Kec. {kecp1}¦[[a:{ad1}]], {kelp1}¦[[a:{rt1}]] Kel. {kelp1}¦[[a:{adc1}]], {kelp1}»
No. HP/WA : «[[p:{hpb1}]]¦[[p:{hpd1}]]¦[[p:{hpi1}]]¦[[p:{hps1}]]»
Email : «[[e:{emp1}]]¦[[e:{emx1}]]¦[[e:{emc1}]]¦[[e:{emp1}]]¦-»
"""
PELAPOR = PELAPOR.replace("Nama«Lengkap¦»", "Nama« Lengkap¦»")

T(
    "web_form",
    "land",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Sengketa batas tanah dengan tetangga tidak ditangani kelurahan
Isi Laporan: Saya [[n:{n1}]], tanah dan rumah saya di [[a:{ad1}]], Kel. {kelp1}. Tembok keluarga [[n:{f2}]] dibangun melewati batas «1,5 meter¦hampir 2 meter» ke tanah kami. Sudah mediasi di kantor lurah tanggal {lalu}, dihadiri Lurah dan Ketua RT {num}, tetapi keluarga [[n:{f2}]] tidak hadir. Sertifikat SHM No. {shm} atas nama ayah saya almarhum [[n:{n3}]], NOP {nop}. Mohon Kantor Pertanahan ukur ulang.
Tanggal Kejadian: {lalu}
Lokasi Kejadian: Kel. {kelp1}, Kota Kupang
Instansi Tujuan: {ofba}
"""
    + PELAPOR.replace(
        "«[[a:{adr1}]], Kel. {kelp1}, Kec. {kecp1}¦[[a:{ad1}]], {kelp1}¦[[a:{rt1}]] Kel. {kelp1}¦[[a:{adc1}]], {kelp1}»",
        "[[a:{ad1}]], Kel. {kelp1}",
    )
    + """Lampiran: {img}, {img}, sertifikat.pdf
""",
    fam={3: 1},
    M=(3,),
)

T(
    "web_form",
    "tax_permit",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: NPWP tidak bisa dipadankan dengan NIK di Coretax
Isi Laporan: Saya pedagang kelontong (usaha perorangan). NPWP pribadi saya «[[npwp:{npd1}]]¦[[npwp:{npx1}]]¦[[npwp:{npo1}]]» belum padan dengan NIK, jadi tidak bisa lapor SPT «tahun {thn}¦masa {bln}». Di Coretax tertulis NITKU lokasi usaha saya [[npwp:{npu1}]], padahal usaha cuma satu. Pemasok saya {cv1}, NPWP {cvnp1}, sudah padan. Kring Pajak 1500200 sibuk, email informasi@pajak.go.id tidak dibalas.
Kutipan formulir yang saya isi:
Pendaftaran NPWP Orang Pribadi
NIK : [[nik:{nikb1}]]
Nama : [[n:{N1}]]
Tanggal Kejadian: {tgl}
Instansi Tujuan: {ofkp}
"""
    + PELAPOR.replace(
        "NIK : «[[nik:{nikb1}]]¦[[nik:{niks1}]]¦[[nik:{nikt1}]]¦[[nik:{nikb1}]]»",
        "NIK : [[nik:{nikb1}]]",
    ),
)

T(
    "web_form",
    "health",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: «Ditolak di IGD karena kartu JKN tidak aktif¦Pasien PBI disuruh bayar umum»
Isi Laporan: Tanggal {tgl} ibu saya [[n:{n2}]] (umur {umur2}) dibawa ke IGD «RSUD S.K. Lerik¦RS Bhayangkara Drs. Titus Uly¦RSUD Prof. Dr. W. Z. Johannes» karena sesak napas. Kami ditolak di IGD karena kartu JKN «[[bpjs:{bpjs2}]]¦[[bpjs:{bpjss2}]]» katanya nonaktif, padahal iuran dibayar pemerintah. Kami disuruh bayar umum {rpb}, kwitansi No. {kw}. Kartu BPJS Ketenagakerjaan saya {kpj} juga ditanya, padahal itu lain. Petugas BPJS di rumah sakit, Ibu [[n:{n3}]], bilang harus urus ke kantor cabang di {ofbjj}. Care center 165 tidak bisa dihubungi.
Kategori: Kesehatan / JKN
"""
    + PELAPOR
    + """No. Kartu JKN pelapor : [[bpjs:{bpjs1}]]
""",
    fam={1: 2},
    F=(2,),
    A={1: (1972, 1994), 2: (1941, 1960)},
)

T(
    "web_form",
    "school",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Dana PIP anak tidak bisa dicairkan
Isi Laporan: Anak saya [[n:{n2}]], siswa kelas {num} {sek1}, NISN {nisn}, terdaftar penerima PIP tahun {thn}. Rekening SimPel {bank2} a.n. [[n:{n2}]] nomor [[b:{acc2}]] sudah aktif tapi saldo kosong. Operator sekolah «blg hub no {mob}¦suruh WA ke {mob}», tidak pernah balas. Kepala sekolah bilang tunggu SK. Mohon Dinas P dan K cek, email dikbud tidak ada jawaban.
Nomor Kartu Keluarga : [[kk:{kkb1}]]
"""
    + PELAPOR,
    fam={2: 1},
    A={2: (2009, 2016), 1: (1970, 1990)},
)

T(
    "web_form",
    "police",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Laporan kehilangan motor belum ada perkembangan
Isi Laporan: Motor saya Honda Vario nopol [[pl:{pl1}]] hilang di parkiran Pasar «Oebobo¦Kasih Naikoten¦Oeba» hari {hari1} jam {jam}. Sudah lapor SPKT Polresta tanggal {tgl}, No. {ktppol}. Nomor rangka {rangka}, nomor mesin {mesin}. Saksi mata ojek pangkalan, [[n:{n2}]] ([[p:{hp2}]]), lihat dua orang bawa motor itu ke arah «Oesapa¦Penfui¦Alak». Sudah {num} minggu tidak ada kabar dari penyidik. WA SPKT {ofprw} hanya dibaca.
"""
    + PELAPOR,
)

T(
    "web_form",
    "social_aid",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Nama saya dicoret dari penerima «BPNT¦PKH¦BLT» tanpa pemberitahuan
Isi Laporan: Sejak tahap «II¦III» tahun {thn} nama saya tidak ada lagi. Saya janda, tinggal dengan {num} anak di [[a:{rt1}]]. ID DTKS saya {dtks}, kartu KKS {kks}. Di kelurahan disuruh ke Dinas Sosial, di Dinas Sosial disuruh cek ke cekbansos.kemensos.go.id. Tetangga yang punya mobil malah masih terima. Pendamping «tidak bisa dihubungi di {mob}¦pung nomor {mob} sonde aktif».
Kategori: Sosial
Lampiran: {img}, KTP_[[nik:{nikb1}]].jpg
"""
    + PELAPOR.replace(
        "[[e:{emp1}]]¦[[e:{emx1}]]¦[[e:{emc1}]]¦[[e:{emp1}]]¦-",
        "[[e:{emx1}]]¦[[e:{emx1}]]¦[[e:{emn1}]]",
    ),
    F=(1,),
)

T(
    "web_form",
    "market",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Retribusi lapak naik tanpa sosialisasi
Isi Laporan: Saya pedagang «ikan¦sayur¦pakaian bekas» di Pasar «Oeba¦Kasih Naikoten¦Oesapa», lapak nomor {num}. Mulai bulan {bln} retribusi naik dari «Rp 3.000 jadi Rp 5.000¦Rp 5.000 jadi Rp 10.000¦Rp 2.000 jadi Rp 7.500» per hari tanpa karcis. Disuruh transfer ke rekening UPTD Pasar Bank NTT {kasda}, tapi petugas tagih tunai juga. Koperasi pedagang, {kop1} (NPWP {kopnp1}), sudah kirim surat ke {ofdg} tanggal {lalu}, nomor {surat}, belum dibalas.
"""
    + PELAPOR,
)

T(
    "web_form",
    "electricity",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Ditelpon orang mengaku PLN, minta bayar ganti meteran
Isi Laporan: Saya ditelpon nomor {sc1} «jam {jam}¦kemarin sore», mengaku petugas PLN, bilang meteran saya «rusak¦harus diganti ke prabayar» dan harus bayar {rps} ke DANA {sc2}. Nomor saya sendiri «[[p:{hpd1}]]¦[[p:{hpb1}]]» dia tahu dari mana? ID pelanggan saya {idpel}. Mohon PLN jelaskan, dan nomor itu diblokir.
Instansi Tujuan: {ofln}
"""
    + PELAPOR.replace(
        "No. HP/WA : «[[p:{hpb1}]]¦[[p:{hpd1}]]¦[[p:{hpi1}]]¦[[p:{hps1}]]»",
        "No. HP/WA : (sama dengan di atas)",
    ),
)

T(
    "web_form",
    "roads",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Saluran drainase tersumbat, air masuk ke jalan
Isi Laporan: Sejak hujan tanggal {lalu} saluran di {jln1} depan {sek1} tersumbat sampah, air meluap setinggi {nn} cm. Laporan sebelumnya {tiket} sudah ditutup tanpa perbaikan. Titik lokasi {koord}. Mohon DLHK dan PUPR turun.
Nama Pelapor : Dirahasiakan
Kontak : -
Lampiran: {vid}, {scr}
Status: Diteruskan ke {ofpu} ({ofput}), {oflh} ({oflhw})
""",
)

T(
    "web_form",
    "water",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Tagihan PDAM tidak sesuai pemakaian
Isi Laporan: ID pelanggan {samb}, tagihan bulan {bln} {rph} padahal biasa {rpl}. Meteran air nomor {meter} macet sejak {lalu}. Kode bayar {billing} sudah kami bayar di loket, bukti {ref}. Call center PDAM {ofpdt} tidak angkat, WA {ofpdw} hanya balas otomatis.
Pelapor : Dirahasiakan
Alamat : (disembunyikan atas permintaan pelapor)
Nomor tiket: {tiket}
""",
)

T(
    "web_form",
    "village",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Lampu jalan mati dan jalan lingkungan rusak
Isi Laporan: Lampu jalan di {jln1} mati sejak {lalu}, {big} titik. Jalan lingkungan antara RT {num} dan RT {big} berlubang. Usulan sudah masuk Musrenbang kelurahan {kel1} tahun {thn} dengan nomor usulan {tiketn}.
Nama Pelapor : Forum Warga Peduli {KEL1}
Email : forumwarga.{kels1}@gmail.com
Kontak : WA sekretariat forum {mob}
Lampiran: {img}
""",
)

T(
    "web_form",
    "school",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Pungutan uang komite tanpa rapat orang tua
Isi Laporan: {sek1} menarik uang komite {rpk} per siswa per bulan, ditambah uang seragam {rp}. Disuruh setor ke rekening komite Bank NTT {kasda}. NPWP komite {cvnp1} tertera di kwitansi No. {kw}. Tidak ada rapat. Orang tua yang tanya diancam anaknya tidak dapat rapor.
Pelapor : Dirahasiakan (orang tua murid)
Tembusan : Komite Sekolah, email {sekm1}
Nomor tiket lama: {tiket}
""",
)

# ---------------------------------------------------------------- fb_thread

FB_AGE = "«{num} j¦{nn} mnt¦Kemarin pukul {jam}¦{num} hari¦{tgll}» · 🌏"

T(
    "fb_thread",
    "roads",
    """
[[n:{n1}]]
"""
    + FB_AGE
    + """
«Sonde ada yang urus ko?¦Pemerintah tidur ko?¦Tolong viralkan.» Jalan di {jln1} depan {sek1} su lubang besar, «tadi pagi ada ojek jatuh¦anak sekolah hampir jatuh tadi¦air tagenang sampe lutut». Su lapor lewat 1708« tiket {tiket}¦», sampe sekarang diam. @dinaspuprkotakupang tolong lihat!
👍 {big} · {nn} komentar
Komentar
[[n:{c2}]]: Sama kaka, di [[a:{rt2}]] ju jalan rusak, su 2 tahun.
Dinas PUPR Kota Kupang: Terima kasih infonya kak. Silakan kirim titik lokasi ke WA pengaduan {ofpuw}.
[[n:{c3}]]: Dong tunggu ada korban baru mau perbaiki.
kupang_bersuara: Sudah kami teruskan #KupangBerlubang
""",
)

T(
    "fb_thread",
    "civil_registry",
    """
[[n:{n1}]] ▸ INFO KEHILANGAN KOTA KUPANG
"""
    + FB_AGE
    + """
DICARI dompet «coklat¦hitam» hilang «di sekitar Pasar Kasih¦di bemo jurusan {num}¦di parkiran Lippo» hari {hari1}. Isi: KTP a.n. [[n:{N2}]] NIK [[nik:{nikb2}]], SIM C, ATM BRI, kartu BPJS [[bpjs:{bpjs2}]]. Yang menemukan mohon hub [[p:{hpb1}]]« ([[n:{lg1}]])¦»« atau antar ke rumah, [[a:{ad1}]]¦». Ada imbalan 🙏
👍 {big} · {nn} komentar
Komentar
[[n:{c3}]]: Su share kaka
Gojek Kupang: Coba cek ke posko barang tertinggal kantor kami {tel}.
[[n:{c4}]]: Semoga ketemu kaka
""",
    fam={2: 1},
)

T(
    "fb_thread",
    "market",
    """
[[n:{n1}]] ▸ Jual Beli Kupang (JBK)
"""
    + FB_AGE
    + """
«Dijual motor Vario tahun 2019, harga {rpj}¦DIJUAL CEPAT Honda Beat, surat lengkap, {rpj} nego¦Dijual Yamaha Mio, mesin halus, {rpj}», plat [[pl:{PL1}]], pajak hidup sampai {bln} {thn}. Minat hub [[p:{hpd1}]]« atau WA [[p:{hq1}]]¦». Lokasi «Oesapa¦Penfui¦Kuanino».
Komentar
[[n:{c2}]]: Masih ada kaka?
[[n:{c1}]]: Masih kak, japri sa.
{bz1}: Butuh pulsa & paket data? WA {bzw1}
{bz2}: Kamar kosong masih ada kak, {bzw2}
""",
    B={1: "counter", 2: "kos"},
)

T(
    "fb_thread",
    "scam",
    """
[[n:{n1}]]
"""
    + FB_AGE
    + """
WASPADA! Ada akun FB palsu pakai foto «Pak Lurah {kel1}¦Pak Camat¦pendeta kami» minta sumbangan pembangunan. «Akun atas nama [[n:{n2}]], nomor WA [[p:{hpi2}]]¦Yang pakai akun itu mengaku namanya [[n:{g2}]], WA [[p:{hp2}]]», minta transfer ke rekening {bank3} [[b:{acc3}]] a.n. [[n:{n3}]]. Jangan percaya!
Komentar
[[n:{c4}]]: Beta ju dapat dari nomor {sc1} minggu lalu kaka, langsung blok.
Polresta Kupang Kota: Terima kasih infonya. Silakan buat laporan ke SPKT atau patrolisiber.id.
[[n:{c5}]]: Su report akunnya.
""",
)

T(
    "fb_thread",
    "church_community",
    """
[[n:{n1}]] ▸ Jemaat {gereja1}
"""
    + FB_AGE
    + """
Syalom bapa mama. Warta minggu ini:
1. Persembahan syukur dari Kel. [[n:{f2}]]–[[n:{f3}]] {rp} dan Kel. [[n:{f4}]] {rp}.
2. Ibadah rumah tangga Rayon {num} di rumah [[n:{n5}]], [[a:{ad5}]].
3. Sumbangan pembangunan pastori boleh transfer ke rekening panitia a.n. [[n:{n6}]] {bank6} [[b:{acc6}]]. Rekening Majelis Jemaat di BRI {cvacc1} tetap untuk persembahan bulanan.
4. Sekretariat gereja {tel}, email {germ1}.
Tuhan memberkati 🙏
Komentar
[[n:{c7}]]: Amin 🙏
""",
    O={
        2: ("timor", "rote", "sabu"),
        3: ("timor", "rote", "sabu", "alor"),
        4: ("timor", "rote", "sabu", "flores"),
    },
)

T(
    "fb_thread",
    "electricity",
    """
[[n:{n1}]]
"""
    + FB_AGE
    + """
Listrik di «Kel. {kelp1}¦kompleks kami¦{kelp1}» padam lagi, su {num} kali minggu ini. Kulkas rusak. PLN bilang gangguan penyulang. Siapa mau ikut tanda tangan surat ke PLN, WA sa [[p:{hpd1}]].
Komentar
[[n:{c2}]]: Ikut kaka. [[p:{hpb2}]]
[[n:{c3}]]: Sa ju ikut. Rumah sa di [[a:{rt3}]] padam dari jam {jam}.
PLN UP3 Kupang: Mohon maaf kak, petugas sedang menuju lokasi. Info: PLN 123 / WA {oflnw}.
[[n:{c4}]]: Token {token} baru isi kemarin, sonde bisa masuk.
""",
)

T(
    "fb_thread",
    "land",
    """
[[n:{n1}]] ▸ Info Kos & Kontrakan Kupang
"""
    + FB_AGE
    + """
DIKONTRAKKAN rumah tinggal {num} kamar di [[a:{ad1}]], Kel. {kelp1}. {rpj}/tahun. Pemilik langsung, hub [[p:{hpd1}]]« ([[n:{g1}]])¦».
Juga ada ruko di {seat1}, {rpj}/tahun.
Komentar
[[n:{c2}]]: Air PDAM lancar ko kak?
[[n:{c1}]]: Lancar kak, ada sumur bor ju.
{bz1}: Di kami juga ada kak, {bzw1}
""",
    B={1: "kos"},
)

T(
    "fb_thread",
    "social_aid",
    """
[[n:{n1}]]
"""
    + FB_AGE
    + """
Tanya bapa mama. Beta pung mama [[n:{n2}]] umur {umur2} tahun, janda, tinggal di [[a:{rt2}]] {kelp2}, belum pernah dapat bantuan apa-apa. NIK mama [[nik:{nik2}]]. Di kelurahan bilang data harus masuk DTKS dulu. Sapa yang tau caranya?
Komentar
[[n:{c3}]]: Ke kelurahan bawa KK kaka, minta diusulkan.
Dinas Sosial Kota Kupang: Silakan kirim data lengkap ke WA {ofdsw} atau datang ke {ofdsj}.
[[n:{c1}]]: Makasih kaka 🙏
""",
    F=(2,),
    fam={2: 1},
    A={2: (1940, 1958)},
)

T(
    "fb_thread",
    "civil_registry",
    """
Dukcapil Kota Kupang
"""
    + FB_AGE
    + """
Dukcapil Kota Kupang buka layanan Sabtu, {tgll}, jam {jam}–{jam2} di Mal Pelayanan Publik, {ofdcj}. Antrian online via WA {ofdcw}. Bawa KK asli dan fotokopi. Pengaduan: SMS 1708 atau email {ofdcm}.
👍 {big} · {nn} komentar
Komentar
kupang_bersuara: Mantap 👍
Mama Muda Kupang: Akta lahir bisa ko min?
Dukcapil Kota Kupang: Bisa kak. Info lanjut {ofdcw}.
""",
)

T(
    "fb_thread",
    "land",
    """
{bz1}
"""
    + FB_AGE
    + """
{BZ1} – TERIMA PUTRI – HUB {bzw1}
Kamar {rp}/bulan, listrik token, air PDAM, WiFi. Alamat {bzj1}. DP transfer ke rek {bzbank1} {bzacc1} a.n. {BZ1}.
Komentar
{bz2}: Langganan laundry di kami kak, WA {bzw2}
{bz3}: Pulsa & token listrik ready, {bzw3}
""",
    B={1: "kos", 2: "laundry", 3: "counter"},
)

T(
    "fb_thread",
    "scam",
    """
Polresta Kupang Kota
"""
    + FB_AGE
    + """
WASPADA PENIPUAN mengatasnamakan {ofds}! Modus: pelaku telepon mengaku petugas, minta transfer biaya pencairan bansos {rp}. Contoh nomor yang dilaporkan: {sc1}, {sc2}, {sc3}. Laporkan ke SPKT {ofprt} / WA {ofprw}.
👍 {big} · {nn} komentar
Komentar
kupang_bersuara: Sudah banyak korban di {kel1}.
Info Kupang Terkini: Share!
""",
)

T(
    "fb_thread",
    "water",
    """
Perumda Air Minum Kota Kupang
"""
    + FB_AGE
    + """
JADWAL DISTRIBUSI AIR BULAN {BLN}
Senin: RT 01–RT 04 Kel. {kel1}, jam {jam}–{jam2}
Rabu: RT 05–RT 09 Kel. {kel1}, jam {jam}–{jam2}
Jumat: RT 10–RT {nn} Kel. {kel2}
Keluhan: call center {ofpdt}, WA {ofpdw}, email {ofpdm}.
Komentar
kupangviral: Jadwal ada, air sonde ada 😅
Perumda Air Minum Kota Kupang: Mohon maaf kak, pompa di reservoir sedang diperbaiki. ID pelanggan {samb} sudah kami catat.
""",
)

# ---------------------------------------------------------------- voice_note

T(
    "voice_note",
    "civil_registry",
    """
{vn}
{salam} bapa ibu di 1708. Beta pung nama [[n:{n1}]], tinggal di [[a:{rt1}]], Kelurahan {kelp1}. Beta mau lapor, beta pung KTP su rusak, mau ganti baru, ma di Dukcapil dong bilang «data sonde ada¦NIK ganda¦blanko habis». Beta pung NIK «[[nik:{nikp1}]]¦[[nik:{nikc1}]]¦[[nik:{nikb1}]]», KK «[[kk:{kks1}]]¦[[kk:{kkb1}]]». Su tiga kali pi, antri dari jam enam pagi. Tolong bantu e. Kalo mau telpon, beta pung nomor [[p:{hps1}]]. Makasih.
""",
)

T(
    "voice_note",
    "tax_permit",
    """
{vn}
{salam}. Beta [[n:{n1}]], beta buka usaha «laundry¦kios sembako¦bengkel las¦jual kue» di rumah. Ini soal NPWP. «NPWP lama [[npwp:{nps1}]], ma dong bilang sekarang pake NIK sa, [[npwp:{npn1}]].¦NPWP 16 digit sa sekarang sama dengan NIK, [[npwp:{npn1}]]. Yang lama tu [[npwp:{npd1}]].¦Beta pung NPWP yang lama [[npwp:{npm1}]], yang baru katanya sama dengan NIK, [[npwp:{npns1}]].» Terus di bank dong minta NPWP untuk KUR, beta kasi yang lama dong tolak. Jadi yang betul yang mana? Beta pung usaha ju musti ada NPWP sendiri ko sonde? Tolong jawab e, WA [[p:{hpb1}]].
""",
)

T(
    "voice_note",
    "water",
    """
{vn}
{salam}. Ini soal air. Di beta pung RT, [[a:{rtn1}]] Kelurahan {kelp1}, air PDAM sonde jalan su dua minggu. Orang PDAM bilang pipa pica. Jadi katong beli air tangki. Om [[n:{g2}]] ada tangki, nomornya [[p:{hp2}]], ma dia ju antri. Depot di {bzj1} jual air kuning, «dong pung nomor {bzw1} sonde angkat¦nomor di spanduk {bzw1} sonde aktif». PDAM pung nomor pengaduan {ofpdw} ju sibuk terus. Beta [[n:{g1}]], di nomor ini sa, [[p:{hpd1}]].
""",
    M=(2,),
    B={1: "depot"},
)

T(
    "voice_note",
    "scam",
    """
{vn}
{salam}. Beta mau lapor penipuan. Tadi ada yang telpon ke beta pung rumah [[p:{rum1}]], ngaku petugas «PLN, bilang beta pung meteran¦Bapenda, bilang beta pung pajak¦BPJS, bilang beta pung iuran» tunggak, harus bayar {rp} lewat DANA {sc1}. Abis itu ada nomor {sc2} WA beta, kirim link. Beta sonde klik. Beta [[n:{n1}]] dari {kelp1}. Beta pung HP «[[p:{hp1}]]¦[[p:{hpk1}]]».
""",
)

T(
    "voice_note",
    "health",
    """
{vn}
{salam}. Beta mau tanya soal BPJS. Beta pung anak [[n:{g2}]] masuk «RSUD S.K. Lerik¦rumah sakit¦Puskesmas {pkm1}», ma dong bilang kartu sonde aktif. Kartu BPJS anak «[[bpjs:{bpjss2}]]¦[[bpjs:{bpjs2}]]». Padahal beta bayar mandiri tiap bulan, kelas tiga, VA {vab}. Beta su telpon BPJS pung nomor 165, dong suru datang kantor di {ofbjj}. Beta [[n:{n1}]], nomor beta [[p:{hpk1}]].
""",
    fam={2: 1},
    A={2: (2010, 2022), 1: (1975, 1995)},
)

T(
    "voice_note",
    "transport",
    """
{vn}
{salam}. Beta mau lapor sopir ojek online. Tadi sore beta pesan dari Puskesmas {pkm1} ke rumah, ma dia bawa ugal-ugalan, terus minta tambah {rpk}. Nama driver di aplikasi [[n:{n2}]], motor plat [[pl:{pl2}]]. Beta su lapor di aplikasi, belum ada balasan. Beta [[n:{n1}]], ini beta pung nomor [[p:{hpd1}]].
""",
)

T(
    "voice_note",
    "bank_ewallet",
    """
{vn}
{salam}. Beta salah transfer {rp} ke rekening orang. Beta pung rekening {bank1} [[b:{acc1}]], mau kirim ke beta pung ade di «Soe¦Atambua¦Kefa», ma salah satu angka. Yang terima atas nama [[n:{n2}]]. Bank bilang harus ada laporan polisi dulu. Bank pung nomor resmi {tel} ju susah masuk. Beta [[n:{n1}]], HP [[p:{hp1}]].
""",
)

T(
    "voice_note",
    "school",
    """
{vn}
{salam}. Beta pung anak [[n:{g2}]] sonde diterima di {sek1} padahal katong pung rumah dekat, [[a:{adr1}]], Kelurahan {kelp1}. Yang rumah jauh malah masuk. Sekolah pung admin PPDB bilang WA {mob} sa, ma sonde balas. Nomor pendaftaran {tiketn}. KK anak [[kk:{kkb1}]]. Beta [[n:{n1}]], bapa dari [[n:{g2}]]. Beta pung nomor [[p:{hp1}]].
""",
    M=(1,),
    fam={2: 1},
    A={2: (2011, 2014), 1: (1970, 1988)},
)

T(
    "voice_note",
    "scam",
    """
{vn}
{salam}. Ada nomor {sc1} WA beta, ngaku anak kos sa, bilang HP rusak, minta kirim pulsa {rpk}. Sa ju dapat dari {sc2} minggu lalu kaka, langsung blok. Yang ini ju pake foto orang. Beta sonde kirim. Tolong nomor {sc1} diblokir, su banyak orang kena di {kel1}. Su lapor ke aduannomor.id, nomor laporan {tiketn}.
""",
)

T(
    "voice_note",
    "civil_registry",
    """
{vn}
{salam}. Beta telpon Dukcapil {ofdct} dong bilang kuota penuh. Telepon {ofdct} ju sonde angkat dari jam {jam}. Antrian di MPP su nomor {big}, ma yang dilayani baru nomor {nn}. Katong datang dari jam enam. Akta anak tu su {num} bulan. Tolong bapa ibu dong tambah petugas e. Tanda terima beta {tiketn}.
""",
)

T(
    "voice_note",
    "electricity",
    """
{vn}
{salam}. Token listrik sonde masuk. Beli di counter {rp}, nomor token {token}, ID pel {idpel}. Counter bilang su berhasil. Telpon PLN 123 dong suru tunggu. WA PLN {oflnw} ju cuma balas otomatis. Sekarang su malam, anak-anak belajar pake lampu HP. Tolong e.
""",
)

T(
    "voice_note",
    "tax_permit",
    """
{vn}
{salam}. Mau tanya soal PBB. Di SPPT tulis {pbb}, NOP {nop}, padahal tanah cuma {big} meter. Tahun lalu cuma {pbb2}. Kode billing {billing} katanya harus bayar sebelum {tgl}. Beta telpon Bapenda {ofbpt} dong bilang datang sa ke kantor di {ofbpj}. Beta pi dua kali, antri nomor {big}, sonde ketemu petugas.
""",
)

# ---------------------------------------------------------------- formal_letter

T(
    "formal_letter",
    "land",
    """
Kupang, {tgll}

Kepada Yth.
Kepala Kantor Pertanahan Kota Kupang
di –
Tempat

Perihal : Permohonan pengukuran ulang batas bidang tanah
Lampiran : 1 (satu) berkas

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
NIK : «[[nik:{nikb1}]]¦[[nik:{nikt1}]]»
Pekerjaan : {job1}
Alamat : [[a:{adr1}]], Kel. {kelp1}, Kec. {kecp1}
No. HP : «[[p:{hpd1}]]¦[[p:{hpb1}]]»

dengan ini mengajukan permohonan pengukuran ulang atas bidang tanah Sertipikat Hak Milik No. {shm}/{kelp1}, NIB {nibt}, NOP {nop}, yang berbatasan dengan tanah milik keluarga [[n:{f2}]] di sebelah timur dan tanah {hon3} [[n:{n3}]] di sebelah utara. Patok batas hilang sejak pelebaran jalan tahun lalu. Berkas permohonan telah kami serahkan di loket pada {lalu} dengan tanda terima {tiketn}.

Demikian permohonan ini, atas perhatiannya diucapkan terima kasih.

Hormat saya,
ttd
[[n:{n1}]]

Tembusan:
1. Lurah {kelp1}
2. Arsip
""",
    O={2: ("timor", "rote", "sabu", "flores")},
)

T(
    "formal_letter",
    "tax_permit",
    """
Kupang, {tgll}
Hal : Permohonan pembetulan data NPWP

Kepada Yth.
Kepala KPP Pratama Kupang
{ofkpj}
Kupang

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama Wajib Pajak : [[n:{N1}]]
NPWP : «[[npwp:{npd1}]]¦[[npwp:{npzd1}]]¦[[npwp:{npl1}]]¦[[npwp:{npm1}]]»
NIK : [[nik:{nikb1}]]
NITKU : [[npwp:{npt1}]]
Alamat : [[a:{adr1}]], Kel. {kelp1}
Telp/HP : «[[p:{rum1}]] / [[p:{hpd1}]]¦[[p:{hpd1}]]¦[[p:{hpb1}]] / [[p:{hq1}]]»
Email : «[[e:{emp1}]]¦[[e:{emp1}]]¦[[e:{emn1}]]»

mengajukan pembetulan data karena NPWP saya masih tercatat sebagai karyawan pada {cv1} (NPWP perusahaan {cvnp1}), padahal sejak {lalu} saya sudah berhenti dan membuka usaha sendiri. Istri saya, [[n:{n2}]], NPWP «[[npwp:{npd2}]]¦[[npwp:{npn2}]]», ikut tercatat sebagai tanggungan sehingga SPT tahunan kami ditolak.

Bersama ini kami lampirkan fotokopi KTP, KK [[kk:{kkb1}]] dan surat keterangan berhenti kerja nomor {surat}.

Hormat saya,
[[n:{n1}]]
""",
    M=(1,),
    F=(2,),
    fam={2: 1},
    B={1: "cv"},
)

T(
    "formal_letter",
    "school",
    """
Kupang, {tgll}

Kepada Yth.
Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang
di Kupang

Perihal: Pengaduan tidak dicairkannya dana PIP

Dengan hormat,
Saya, [[n:{n1}]], orang tua dari [[n:{n2}]] (NISN {nisn}), siswa kelas {num} {sek1}, tinggal di [[a:{adr1}]], Kel. {kelp1}, menyampaikan bahwa dana PIP anak kami tahun {thn} belum diterima. Menurut SK penerima nomor {surat}, dana {rp} sudah disalurkan ke rekening {bank2} [[b:{acc2}]] atas nama [[n:{n2}]]. Buku tabungan ditahan sekolah dan kami diminta membayar {rpk} untuk "biaya administrasi".

Kami mohon Bapak/Ibu dapat menindaklanjuti. Kami dapat dihubungi di nomor [[p:{hp1}]]« atau email [[e:{em1}]]¦».

Hormat kami,
[[n:{n1}]]
""",
    fam={2: 1},
    A={2: (2008, 2015), 1: (1968, 1990)},
)

T(
    "formal_letter",
    "police",
    """
Kupang, {tgll}

Kepada Yth.
Bapak Kapolresta Kupang Kota
di Kupang

Perihal: Laporan pengancaman dan perusakan

Dengan hormat,
Saya yang bertanda tangan di bawah ini [[n:{n1}]], umur {umur1} tahun, alamat [[a:{adr1}]], Kel. {kelp1}, dengan ini melaporkan tetangga saya, {sdr2} [[n:{n2}]], yang pada {lalu} sekitar jam {jam2} merusak pagar rumah saya dan mengancam dengan parang. Pelaku datang memakai mobil pick up nomor polisi [[pl:{pl2}]]. Kejadian disaksikan oleh [[n:{n3}]] (HP [[p:{hp3}]]) dan Ketua RT setempat.

Kejadian ini sudah saya laporkan ke SPKT, namun belum ada tindak lanjut. Penyidik yang menerima laporan, Bripka [[n:{n4}]], menyarankan saya membuat surat ini.

Hormat saya,
[[n:{n1}]]
HP: [[p:{hpd1}]]
""",
    M=(4,),
)

T(
    "formal_letter",
    "social_aid",
    """
LEMBAR DISPOSISI
DINAS SOSIAL KOTA KUPANG
Surat dari : [[n:{n1}]] ([[a:{rt1}]] Kel. {kelp1})
Tgl. Surat : {lalu}
Diterima tgl : {tgl}   No. Agenda : {big}/{blnr}/{thn}
Perihal : Pengaduan tidak terdaftar sebagai penerima BPNT
Diteruskan kepada : Kabid Perlindungan dan Jaminan Sosial
Isi disposisi : Mohon dicek di SIKS-NG, NIK pelapor [[nik:{nik1}]], KK [[kk:{kk1}]]. Hubungi pelapor di [[p:{hpd1}]]. Koordinasi dengan pendamping PKH kelurahan, Sdri. [[n:{n2}]] (nomor pendamping [[p:{hp2}]]). Laporkan hasil paling lambat {tgl3}.
Kepala Dinas,
ttd
[[n:{n3}]]
NIP. {nip3}
""",
    F=(2,),
)

T(
    "formal_letter",
    "social_aid",
    """
PEMERINTAH KOTA KUPANG
KECAMATAN {KECP1}
KELURAHAN {KELP1}
{seat1}, Telp. {kelt}
SURAT KETERANGAN TIDAK MAMPU
Nomor: 470/{big}/KEL/{blnr}/{thn}

Yang bertanda tangan di bawah ini Lurah {kelp1}, Kecamatan {kecp1}, Kota Kupang, menerangkan bahwa:
Nama : [[n:{N1}]]
NIK : [[nik:{nikb1}]]
Tempat/Tgl Lahir : {tl1}
Jenis Kelamin : {jk1}
Pekerjaan : «BURUH HARIAN LEPAS¦BELUM/TIDAK BEKERJA¦PEDAGANG KECIL¦NELAYAN¦PETANI»
Alamat : «[[a:{rt1}]]¦[[a:{adr1}]]», Kel. {kelp1}

adalah benar warga kami yang tergolong keluarga tidak mampu. Surat keterangan ini diberikan untuk keperluan «pengurusan BPJS Kesehatan PBI¦keringanan biaya rumah sakit¦beasiswa anak».

Kupang, {tgll}
Lurah {kelp1},
ttd
[[n:{n2}]]
NIP. {nip2}
""",
)

T(
    "formal_letter",
    "church_community",
    """
MAJELIS JEMAAT {GERMAJ1}
Sekretariat: {seat1}, Kupang — Telp. {tel} — NPWP {cvnp1}

SURAT REKOMENDASI
Nomor: {big}/MJ/{blnr}/{thn}

Majelis Jemaat {germaj1} menerangkan bahwa {sdr1} [[n:{n1}]], NIK [[nik:{nik1}]], NPWP «[[npwp:{npd1}]]¦[[npwp:{npn1}]]», adalah anggota jemaat yang aktif dan tinggal di [[a:{adr1}]], Kel. {kelp1}. Yang bersangkutan kami rekomendasikan untuk mengikuti seleksi tenaga kontrak di {ofds}.

Kupang, {tgll}
Ketua Majelis Jemaat,
Pdt. [[n:{n2}]], S.Th.
Sekretaris,
[[n:{n3}]]
""",
)

T(
    "formal_letter",
    "roads",
    """
Kupang, {tgll}
Nomor : {big}/FW/{blnr}/{thn}
Perihal : Keluhan jalan dan drainase

Kepada Yth.
Kepala Dinas PUPR Kota Kupang
{ofpuj}
di Kupang

Dengan hormat,
Bersama ini kami menyampaikan keluhan warga RT 01 sampai RT {nn} Kelurahan {kel1} atas kerusakan jalan di {jln1} sepanjang ± {big} meter dan saluran yang tersumbat. Pengaduan melalui SMS 1708 (tiket {tiket}) dan surat kami nomor {surat} tanggal {lalu} belum ditanggapi. Titik terparah berada di depan {sek1} dan Puskesmas {pkm1}.

Demikian, atas perhatian Bapak kami ucapkan terima kasih.

Hormat kami,
Warga RT 05 dan RT 06
Forum Warga Peduli {kel1}
Sekretariat: WA {mob}, email forumwarga.{kels1}@gmail.com
""",
)

T(
    "formal_letter",
    "school",
    """
KOMITE {SEK1}
Sekretariat: {seat1}, Kupang · Telp. {tel}
Email: {sekm1}

Nomor : {big}/KS/{blnr}/{thn}
Lampiran : -
Perihal : Sumbangan pembangunan ruang kelas

Kepada Yth.
Bapak/Ibu Orang Tua/Wali Murid
di Tempat

Dengan hormat,
Berdasarkan hasil rapat pleno komite tanggal {lalu}, sumbangan pembangunan sebesar {rp} per siswa dapat dibayar dua kali. Pembayaran melalui rekening komite Bank NTT {kasda}. NPWP komite {cvnp1}. Bukti transfer dapat dikirim ke WA sekretariat komite {mob}.

Hormat kami,
Komite Sekolah
Pengurus
""",
)

T(
    "formal_letter",
    "tax_permit",
    """
{CV1}
NIB {cvnib1} | NPWP {cvnp1}
{cvj1}, Kupang · Telp. {cvt1} · Email {cvm1}

Nomor : {big}/{blnr}/{thn}
Perihal : Keberatan atas pembatalan kontrak

Kepada Yth.
Pejabat Pembuat Komitmen {ofpu}
{ofpuj}

Dengan hormat,
Sehubungan dengan surat pembatalan kontrak nomor {surat} tanggal {lalu}, kami menyampaikan keberatan. Pekerjaan telah mencapai {nn} persen. Jaminan pelaksanaan pada Bank NTT nomor {kasda} sebesar {rpb} mohon tidak dicairkan. Pembayaran termin I ke rekening perusahaan {cvbank1} {cvacc1} belum diterima.

Hormat kami,
Direksi
""",
    B={},
)

T(
    "formal_letter",
    "electricity",
    """
PT PLN (PERSERO) UP3 KUPANG
{oflnj}, Kupang · Telp. {oflnt}

Nomor : {big}.PJ/AGA.01.03/UP3KPG/{thn}
Sifat : Biasa
Perihal : Pemberitahuan pemeliharaan jaringan

Kepada Yth.
Lurah {kel1}
di Tempat

Dengan hormat,
Bersama ini kami sampaikan bahwa pada hari {hari1}, {tgll} pukul {jam} s.d. {jam2} WITA akan dilaksanakan pemeliharaan jaringan pada penyulang {kel1} gardu KP{big}. Pelanggan di sekitar {jln1} (antara lain ID pelanggan {idpel} dan {idpel2}) akan mengalami padam. Informasi lebih lanjut melalui contact center PLN 123 atau WA {oflnw}.

Demikian kami sampaikan.
Manajer UP3 Kupang
""",
)

# ---------------------------------------------------------------- call_log

T(
    "call_log",
    "civil_registry",
    """
REKAMAN PERCAKAPAN CALL CENTER 1708 — {tgl} {t}
Petugas: {salam}, Call Center Pemkot Kupang dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: «Pagi kaka¦Siang ibu¦Halo», beta mau tanya, di KK beta pung nama salah tulis.
Petugas: Baik, atas nama siapa?
Penelepon: [[n:{n1}]].
Petugas: NIK {hon1}?
Penelepon: «[[nik:{nikp1}]]¦[[nik:{nikb1}]]¦[[nik:{nikc1}]]».
Petugas: Nomor KK?
Penelepon: «[[kk:{kkb1}]]¦[[kk:{kks1}]]».
Petugas: Nomor yang bisa dihubungi?
Penelepon: «Nomor ini sa, [[p:{hps1}]].¦[[p:{hpb1}]].¦Nomor kami [[p:{hpd1}]].»
Petugas: Baik, kami teruskan ke Dukcapil, nomor tiket {tiket}. Untuk pertanyaan lain bisa WA Dukcapil {ofdcw}.
""",
)

T(
    "call_log",
    "tax_permit",
    """
KRING PAJAK — CATATAN PANGGILAN {tgl} {t}
Agen: {salam}, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Saya mau lapor SPT tapi tidak bisa login Coretax.
Agen: Boleh dengan {hon1} siapa?
Penelepon: [[n:{n1}]].
Agen: NPWP {hon1}?
Penelepon: «Pakai NIK, [[npwp:{npc1}]].¦Yang lama [[npwp:{npd1}]], yang baru katanya sama dengan NIK, [[npwp:{npn1}]].¦Ini: [[npwp:{npb1}]].¦[[npwp:{npn1}]], pakai NIK.»
Agen: Untuk verifikasi, NIK dan tanggal lahir {hon1}?
Penelepon: [[nik:{nikb1}]], {lahir1}.
Agen: Email yang terdaftar?
Penelepon: «[[e:{emp1}]]¦[[e:{emx1}]]».
Agen: Baik, tautan aktivasi dikirim ke email tersebut. Nomor tiket {tiket}. Untuk pertanyaan lain WA {mob}.
""",
)

T(
    "call_log",
    "roads",
    """
LOG CALL CENTER 1708 — {hari1}, {tgl}
Jam | Penelepon | Nomor | Isi | Tindak lanjut
{t} | [[n:{n1}]] | [[p:{hpb1}]] | jalan berlubang di {jln1} | diteruskan PUPR
{t} | penelepon tidak sebut nama | [[p:{hpd2}]] | lampu jalan mati di {jln2} | diteruskan Dishub
{t} | {bz1} | {bzw1} | tanya izin reklame | diarahkan ke DPMPTSP
{t} | Komite {sek1} | {mob} | tanya dana BOS | diarahkan Dinas P dan K
{t} | [[n:{N3}]] | [[p:{hpi3}]] | sampah tidak diangkut {num} hari di {jln3} | diteruskan DLHK
{t} | [[n:{ln4}]] | [[p:{hpb4}]] | banjir depan rumah, [[a:{ad4}]] | diteruskan PUPR
""",
    B={1: "fotokopi"},
)

T(
    "call_log",
    "health",
    """
BPJS KESEHATAN CARE CENTER 165 — transkrip {tgl}
Petugas: {salam}, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Kartu anak saya tidak aktif waktu berobat di Puskesmas {pkm1}.
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: «[[bpjs:{bpjs3}]]¦[[bpjs:{bpjss3}]]».
Petugas: Atas nama?
Penelepon: [[n:{n3}]], anak saya.
Petugas: Peserta PBI APBD dinonaktifkan per {bln}. Silakan ke Dinas Sosial atau pindah ke mandiri, bayar lewat VA {vab}.
Penelepon: Kartu saya sendiri [[bpjs:{bpjs1}]] masih aktif?
Petugas: Aktif. Ada nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]].
""",
    fam={3: 1},
    A={3: (2012, 2022), 1: (1972, 1996)},
)

T(
    "call_log",
    "water",
    """
Catatan call center PDAM {tgl} {t}: penelepon [[n:{n1}]] ([[p:{rumr1}]], telp rumah) melaporkan pipa bocor di depan rumah, [[a:{ad1}]], Kel. {kelp1}.
Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: Sudah berapa lama?
Penelepon: {num} hari, air terbuang terus.
Petugas: Baik, petugas lapangan kami {sdr2} [[n:{n2}]] akan datang hari ini, nomor beliau [[p:{hp2}]].
Status: diteruskan ke unit distribusi, tiket {tiketn}.
""",
)

T(
    "call_log",
    "police",
    """
POLRESTA KUPANG KOTA — CALL CENTER 110 — {tgl}
{t} Penelepon: [[n:{n1}]], lapor ada tabrak lari di {jln1} depan Puskesmas {pkm1}. Mobil «Avanza¦Innova¦pick up» putih, plat [[pl:{pl2}]]. Korban «anak SMP¦ibu penjual sayur» dibawa ke RSUD.
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hpd1}]].
Petugas: Ada saksi lain?
Penelepon: Ada, [[n:{g3}]], tukang ojek, nomornya [[p:{hp3}]].
Petugas: Baik. Kalau perlu keterangan lanjut ke {tel} (Unit Gakkum Satlantas).
""",
)

T(
    "call_log",
    "bank_ewallet",
    """
BANK NTT CALL CENTER — transkrip {tgl} {t}
Petugas: {salam}, dengan [[n:{g2}]], ada yang bisa dibantu?
Nasabah: Saya [[n:{n1}]], mau blokir kartu ATM, hilang di «pasar¦bemo¦gereja».
Petugas: Nomor rekening?
Nasabah: [[b:{accn1}]].
Petugas: Tanggal lahir {hon1}?
Nasabah: {lahir1}.
Petugas: Nomor HP yang terdaftar?
Nasabah: «[[p:{hpb1}]]¦[[p:{hpk1}]]», tapi HP saya juga hilang. Nomor baru saya [[p:{hq1}]].
Petugas: Baik, kartu sudah diblokir. Silakan ke kantor cabang bawa KTP dan buku tabungan. Bank NTT tidak pernah minta PIN atau kode OTP.
""",
)

T(
    "call_log",
    "social_aid",
    """
CATATAN CALL CENTER DINAS SOSIAL — {tgl}
{t} penelepon [[n:{lg1}]] (tdk sebut marga) dari {kelp1}, «lansia¦janda¦penyandang disabilitas», tanya bantuan sembako tidak diterima sejak {bln}. NIK [[nik:{nikb1}]]. HP [[p:{hpb1}]] milik anaknya, [[n:{n2}]].
{t} penelepon [[n:{n3}]], warga [[a:{rt3}]] Kel. {kelp3}, melapor «ada petugas minta uang {rp} untuk masuk daftar¦namanya dicoret tanpa alasan». Minta ditelepon balik di [[p:{hpd3}]].
{t} penelepon tadi bilang akan datang langsung ke kantor.
- Tindak lanjut: diteruskan ke pendamping.
""",
    fam={2: 1},
    A={1: (1938, 1960), 2: (1965, 1990)},
)

T(
    "call_log",
    "tax_permit",
    """
REKAP KANAL PENGADUAN — MINGGU KE-{num} {BLN} {THN}
SMS 1708: {big} laporan
Telepon {tel}: {nn} laporan
WA {mob}: {big} laporan
Email lapor@kupangkota.go.id: {nn} laporan
LAPOR! (lapor.go.id): {big} laporan
Tiket tertunda: {tiket}, {tiket2}, {tiket3}
Disusun: Bagian Organisasi Setda Kota Kupang, {tgl}
""",
)

T(
    "call_log",
    "scam",
    """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{sc1} | mengaku petugas PKH, minta transfer {rps} | {tgl}
{sc2} | SMS menang undian Bank NTT | {tgl2}
{sc3} | mengaku kurir, kirim file APK | {tgl3}
{sc4} | pinjol ilegal, teror penagihan | {tgl4}
Sumber: laporan ke call center 1708 dan {ofprs}. Laporkan nomor baru ke WA {ofprw}.
""",
)

T(
    "call_log",
    "transport",
    """
LOG CALL CENTER 1708 — {tgl}
Jam | Penelepon | Nomor | Isi
{t} | {bz1} | {bzw1} | konfirmasi izin trayek
{t} | Kurir JNE | {mob} | paket Dinas Sosial
{t} | Komite PAUD {kel1} | {mob} | tanya jadwal imunisasi
{t} | Operator MTsN Kota Kupang | {mob} | tanya data PIP
{t} | Terminal Oebobo | {tel} | bemo tidak masuk terminal
""",
    B={1: "travel"},
)

T(
    "call_log",
    "civil_registry",
    """
TRANSKRIP PANGGILAN 1708 — {tgl} {t}
Petugas: {salam}, call center 1708, ada yang bisa dibantu?
Penelepon: Mau tanya, urus akta kelahiran di mana?
Petugas: Di Dukcapil, {ofdcj}, atau di Mal Pelayanan Publik. Jam layanan Senin–Jumat «08.00–15.00¦07.30–14.30¦08.00–16.00».
Penelepon: Telpon Dukcapil {ofdct} sonde angkat.
Petugas: Silakan ke {tel} atau WA antrean {ofdcw}. Nomor tiket {tiket}.
Penelepon: Oke, makasih.
""",
)

# ---------------------------------------------------------------- ocr_scan

T(
    "ocr_scan",
    "civil_registry",
    """
«[Hasil OCR foto KTP — lampiran laporan {tiket}]¦--- teks hasil pindai KTP (otomatis) ---¦OCR lampiran: {img}»
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
«NIK : [[nik:{niko1}]]¦N I K : [[nik:{nikb1}]]¦NIK : [[nik:{nikb1}]]¦NIK : [[nik:{nikn1}]]»
«Nama : [[n:{ocr1}]]
Tempat/Tgl Lahir : {TL1}¦Nama : [[n:{N1}]]Tempat/Tgl Lahir : {TL1}¦N a m a : [[n:{nbr1}]]
Tempat/Tgl Lahir : {TL1}¦Nama : [[n:{N1}]]
Tempat/Tgl Lahir : {TL1}»
Jenis Kelamin : {JK1}   Gol. Darah : «O¦A¦B¦-»
«Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtf1}]]
Kel/Desa : {KELP1}
Kecamatan : {KECP1}
Agama : {AGAMA1}¦Alamat : [[a:{AD1}]]Agama : {AGAMA1}
[[a:RT/RW : {rtf1}]]
Kel/Desa : {KELP1}
Kecamatan : {KECP1}»
Status Perkawinan : «KAWIN¦BELUM KAWIN¦CERAI MATI»
Pekerjaan : {JOB1}
Kewarganegaraan : WNI
Berlaku Hingga : SEUMUR HIDUP
KOTA KUPANG
{tgls}
""",
)

T(
    "ocr_scan",
    "civil_registry",
    """
KARTU KELUARGA
No. «[[kk:{kkb1}]]¦[[kk:{kko1}]]¦[[kk:{kks1}]]»
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtf1}]]
Desa/Kelurahan : {KELP1}   Kecamatan : {KECP1}
Kabupaten/Kota : KOTA KUPANG   Kode Pos : 851{nn}
No | Nama Lengkap | NIK | Jenis Kelamin | Tempat Lahir | Agama | Status Hubungan
1 | [[n:{N1}]] | [[nik:{nikb1}]] | LAKI-LAKI | KUPANG | {AGAMA1} | KEPALA KELUARGA
2 | [[n:{N2}]] | «[[nik:{nikb2}]]¦[[nik:{niko2}]]» | PEREMPUAN | «SOE¦BA'A¦KUPANG¦ENDE» | {AGAMA1} | ISTRI
3 | [[n:{N3}]] | [[nik:{nikb3}]] | {JK3} | KUPANG | {AGAMA1} | ANAK
Kewarganegaraan   Nama Ayah   Nama Ibu
WNI   [[n:{N4}]]   [[n:{N5}]]
WNI   [[n:{N6}]]   [[n:{N7}]]
WNI   [[n:{N1}]]   [[n:{N2}]]
Dikeluarkan tanggal : {kkt1}   KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
""",
    M=(1, 4, 6),
    F=(2, 5, 7),
    hh={2: 1},
    fam={3: 1, 4: 1, 5: 1, 6: 2, 7: 2},
    A={
        1: (1975, 1990),
        2: (1978, 1994),
        3: (2008, 2020),
        4: (1940, 1955),
        5: (1942, 1958),
        6: (1942, 1958),
        7: (1944, 1960),
    },
)

T(
    "ocr_scan",
    "market",
    """
{BZ1}
{BZJ1}, KUPANG
TELP {bzt1}
NPWP : {bznp1}
FAKTUR PENJUALAN No. {kw}
Tgl : {tgl}
«Pembeli : [[n:{N2}]]¦Pembeli Barang Kena Pajak\nNama : [[n:{N2}]]»
NPWP : «[[npwp:{npd2}]]¦[[npwp:{npn2}]]¦[[npwp:{npo2}]]¦[[npwp:{npt2}]]»
Alamat : [[a:{AD2}]]
{faktur}
Kasir : [[n:{G3}]]
BARANG YANG SUDAH DIBELI TIDAK DAPAT DIKEMBALIKAN
""",
    B={1: "toko"},
)

T(
    "ocr_scan",
    "bank_ewallet",
    """
MUTASI REKENING — {BANK1} (hasil pindai)
No. Rekening : [[b:{acc1}]]
Nama : [[n:{N1}]]
Periode : {tgl} s/d {tgl3}
TGL   KETERANGAN   MUTASI   SALDO
{mutasi}
Keterangan nasabah: uang dari [[n:{g2}]] untuk bayar kos, yang ke {cv1} untuk bayar material.
""",
    B={1: "cv"},
)

T(
    "ocr_scan",
    "tax_permit",
    """
BUKTI PEMOTONGAN PPh PASAL 21 (hasil pindai)
Nomor : {bupot}
A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP/NIK : «[[npwp:{npn1}]]¦[[npwp:{npd1}]]¦[[npwp:{npo1}]]¦[[npwp:{npx1}]]»
A.2 NITKU : [[npwp:{npt1}]]
A.3 Nama : [[n:{N1}]]
A.4 Status : «K/1¦TK/0¦K/2»
B. PENGHASILAN BRUTO : {rpb}   PPh DIPOTONG : {rp}
C. IDENTITAS PEMOTONG
C.1 NPWP : {bnp}
C.2 Nama : BENDAHARA PENGELUARAN {OFDS}
C.3 Tanggal : {tgl}
C.4 Nama Penandatangan : [[n:{N2}]]
""",
)

T(
    "ocr_scan",
    "health",
    """
«KARTU INDONESIA SEHAT¦KARTU JKN-KIS» (pindaian)
No. Kartu : «[[bpjs:{bpjso1}]]¦[[bpjs:{bpjs1}]]¦[[bpjs:{bpjss1}]]»
Nama : [[n:{N1}]]
NIK : [[nik:{nikb1}]]
Tgl Lahir : {lahir1}
Faskes Tk. I : PUSKESMAS {PKM1}
Kelas Rawat : III
--
SURAT ELIGIBILITAS PESERTA
«Tgl.SEP : {tgl}No.Kartu : [[bpjs:{bpjs1}]]¦No. SEP : {sep}»
Poli Tujuan : «PENYAKIT DALAM¦SARAF¦MATA¦GIGI»   Diagnosa : «HIPERTENSI¦DBD¦ISPA»
""",
)

T(
    "ocr_scan",
    "transport",
    """
SKPD PKB / BBN-KB — BAPENDA PROV. NTT (hasil pindai)
NO. POLISI : [[pl:{PL1}]]
NAMA PEMILIK : [[n:{N1}]]
ALAMAT : [[a:{ADR1}]] KEL. {KELP1}
MERK/TYPE : «HONDA / VARIO 125¦YAMAHA / NMAX¦TOYOTA / AVANZA»
NO. RANGKA : {rangka}   NO. MESIN : {mesin}
{pkb}
KODE BAYAR : {billing}
BERLAKU S/D : {tgl}
""",
)

T(
    "ocr_scan",
    "police",
    """
«[OCR] SURAT TANDA TERIMA LAPORAN POLISI¦TEKS PINDAIAN STTLP»
Nomor : {ktppol}
Telah menerima laporan dari:
Nama : [[n:{N1}]]
NIK : «[[nik:{nikb1}]]¦[[nik:{niko1}]]»
Pekerjaan : {JOB1}
Alamat : [[a:{ADR1}]], KEL. {KELP1}
No. HP : «[[p:{hpo1}]]¦[[p:{hpb1}]]»
Perihal : kehilangan «dompet berisi KTP dan ATM¦HP merek Oppo, IMEI {imei}¦BPKB sepeda motor [[pl:{PL1}]]»
Yang menerima,
«BRIPKA¦AIPTU¦BRIGPOL» [[n:{N2}]]
NRP {nrp}
""",
    M=(2,),
)

T(
    "ocr_scan",
    "market",
    """
«{BZ1}¦{bzo1}»
{BZJ1} KUPANG
TELP/WA {bzw1}
NPWP : {bznp1}
NO NOTA : {kw}   TGL : {tgls}   JAM : {jam}
{nota}
KASIR : 02   TERIMA KASIH
""",
    B={1: "kelontong"},
)

T(
    "ocr_scan",
    "electricity",
    """
STRUK PEMBELIAN LISTRIK PRABAYAR
ID PEL : {idpel}
NO METER : {meter}
TARIF/DAYA : R1M/900 VA
RP BAYAR : {rp}
ADMIN : Rp 2.500
kWh : {big},{num}
STROOM/TOKEN : {token}
REF : {ref}
{tgls} {jam}
INFORMASI HUBUNGI CALL CENTER 123
""",
)

T(
    "ocr_scan",
    "water",
    """
PERUMDA AIR MINUM KOTA KUPANG
{ofpdj}, Telp. {ofpdt}
REKENING AIR — BULAN {BLN} {THN}
NO SAMBUNGAN : {samb}
GOLONGAN : RT-2
{pdambill}
KODE BAYAR : {billing}
BAYAR PALING LAMBAT {tgl}
""",
)

T(
    "ocr_scan",
    "church_community",
    """
«TANDA TERIMA PERSEMBAHAN¦KWITANSI»
No : {nopr}
Telah terima dari : Jemaat Rayon {num} {germaj1}
Uang sejumlah : {rp}
Untuk : persembahan syukur pembangunan pastori
Rekening Majelis Jemaat : Bank NTT {kasda}
NPWP Majelis Jemaat : {cvnp1}
Kupang, {tgll}
Bendahara Majelis Jemaat
""",
)

# ---------------------------------------------------------------- office_notice

T(
    "office_notice",
    "village",
    """
«Balasan Admin 1708 — Unit Pengaduan Kota Kupang¦TANGGAPAN PENGADUAN (LAPOR! / SMS 1708)»
Yth. {hon1} [[n:{n1}]],
Laporan {hon1} dari nomor [[p:{hpi1}]] pada {tgl} tentang «sampah tidak diangkut di {jln1}¦lampu jalan mati di {jln1}¦saluran tersumbat di {jln1}» telah kami terima dengan nomor tiket {tiket} dan diteruskan kepada {oflh}. «Petugas kami, {hon2} [[n:{n2}]], akan menghubungi {hon1} di [[p:{hpd1}]] paling lambat 3x24 jam.¦Apabila belum ada tindak lanjut, silakan hubungi petugas kami {hon2} [[n:{n2}]] di [[p:{hp2}]].» Pengaduan lain dapat disampaikan melalui SMS 1708 atau WA {mob}.
Salam,
Admin Unit Pengaduan Kota Kupang
""",
)

T(
    "office_notice",
    "social_aid",
    """
DAFTAR PENERIMA BANTUAN «SEMBAKO¦BLT» TAHAP {blnr} TAHUN {thn}
DINAS SOSIAL KOTA KUPANG — {ofdsj}
No | Nama | NIK | RT/RW | Keterangan
1 | [[n:{N1}]] | [[nik:{nikb1}]] | [[a:{rtf1}]] | lansia
2 | [[n:{N2}]] | [[nik:{nikb2}]] | [[a:{rtf2}]] | disabilitas
3 | [[n:{N3}]] | «[[nik:{nikb3}]]¦[[nik:{niks3}]]» | [[a:{rtf3}]] | janda
4 | [[n:{N4}]] | [[nik:{nikb4}]] | [[a:{rtf4}]] | -
Catatan: Penerima yang belum menerima kartu silakan hubungi pendamping wilayah di {mob} atau WA Dinas Sosial {ofdsw}. Sanggahan ke email {ofdsm} paling lambat {tgl2}.
""",
    A={1: (1940, 1960), 3: (1950, 1975)},
    F=(3,),
)

T(
    "office_notice",
    "tax_permit",
    """
From: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Tanggapan atas pengaduan nomor {tiket}

Yth. [[n:{N1}]]
NPWP «[[npwp:{npd1}]]¦[[npwp:{npb1}]]»

Menindaklanjuti pengaduan Saudara tanggal {lalu}, kami sampaikan bahwa sejak 1 Juli 2024 NIK berfungsi sebagai NPWP orang pribadi. NPWP yang Saudara gunakan sekarang [[npwp:{npn1}]] (NIK), sedangkan NITKU Saudara [[npwp:{npt1}]]. NPWP {cv1} tempat Saudara bekerja ({cvnp1}) tidak perlu dicantumkan pada SPT pribadi.
Untuk konsultasi lanjutan silakan hubungi Account Representative kami, [[n:{n2}]], email [[e:{emj2}]], atau Kring Pajak 1500200, informasi@pajak.go.id.

Hormat kami,
Kepala Seksi Pelayanan
""",
    B={1: "cv"},
)

T(
    "office_notice",
    "health",
    """
PENGUMUMAN
Kelurahan {kel1} bersama Puskesmas {pkm1} akan melaksanakan Posyandu Balita dan imunisasi «campak¦polio¦BIAS» pada hari {hari2}, {tgll2}, jam 08.00–selesai di Posyandu {posy1}.
Narahubung: «Bidan kelurahan, [[n:{n1}]] ([[p:{hpd1}]])¦Bidan [[n:{g1}]], HP [[p:{hpb1}]]».
Informasi lain: WA Puskesmas {pkmw}, telp {pkmt}.
Kader bertugas: Kak [[n:{g2}]], Mama [[n:{g3}]], [[n:{g4}]]
""",
    F=(1, 3, 4),
)

T(
    "office_notice",
    "water",
    """
{ofpd}
{ofpdj}, Telp. {ofpdt}

Yth. Pelanggan {hon1} [[n:{n1}]]
No. Sambungan {samb}
[[a:{adr1}]], Kel. {kelp1}

Menanggapi pengaduan {hon1} melalui WA tanggal {lalu}, kebocoran pipa di depan rumah {hon1} telah diperbaiki oleh petugas lapangan kami, {sdr2} [[n:{n2}]] ([[p:{hp2}]]), pada {tgl}. Tagihan bulan {bln} dihitung rata-rata. Untuk konfirmasi hubungi call center {ofpdt} atau WA {ofpdw}.

Hormat kami,
Bagian Hubungan Pelanggan
""",
)

T(
    "office_notice",
    "health",
    """
From: BPJS Kesehatan <{ofbjm}>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Status kepesertaan JKN

Kepada Yth. [[n:{n1}]]
No. Kartu [[bpjs:{bpjs1}]]

Dengan hormat, menindaklanjuti pengaduan Saudara, status kepesertaan anak Saudara, [[n:{n2}]] (No. Kartu [[bpjs:{bpjs2}]]), telah diaktifkan kembali per {tgl} sebagai peserta PBI. Apabila ada kendala, hubungi petugas kami di {mob} atau Care Center 165. Iuran mandiri dapat dibayar melalui VA {vab}.

Salam sehat,
BPJS Kesehatan Kantor Cabang Kupang
""",
    fam={2: 1},
    A={2: (2008, 2022), 1: (1970, 1994)},
)

T(
    "office_notice",
    "civil_registry",
    """
{ofdc}
{ofdcj} · email {ofdcm}

Yth. [[n:{n1}]]
Perihal: Perbaikan data Kartu Keluarga

Berdasarkan pengecekan kami, NIK istri Saudara di KK tercatat [[nik:{nikb2}]] dengan nama tertulis "[[n:{TY2}]]", seharusnya [[n:{N2}]]. Di KK Saudara ([[kk:{kkb1}]]) juga belum tercantum anak ketiga. Silakan datang ke loket 3 membawa KK asli dan buku nikah. Nomor akta kelahiran anak {akta} sudah sesuai.
Antrean online WA {ofdcw}.

Kepala Bidang Pelayanan Pendaftaran Penduduk
""",
    M=(1,),
    F=(2,),
    hh={2: 1},
)

T(
    "office_notice",
    "police",
    """
POLRESTA KUPANG KOTA
SURAT PEMBERITAHUAN PERKEMBANGAN HASIL PENYIDIKAN (SP2HP)
Nomor: B/{big}/{blnr}/{thn}/Reskrim

Kepada Yth. {sdr1} [[n:{n1}]]
di [[a:{adr1}]], Kel. {kelp1}

Menindaklanjuti Laporan Polisi nomor {ktppol}, bersama ini diberitahukan bahwa penyidik telah memeriksa saksi {sdr2} [[n:{n2}]] dan mengamankan sepeda motor dengan nomor polisi [[pl:{pl1}]]. Apabila ada pertanyaan, dapat menghubungi penyidik «Bripka [[n:{n3}]], HP [[p:{hp3}]]¦Aiptu [[n:{n3}]] di nomor [[p:{hpd3}]]».

Kasat Reskrim
""",
    M=(3,),
)

T(
    "office_notice",
    "health",
    """
JADWAL FOGGING DAN PEMBERANTASAN SARANG NYAMUK
Puskesmas {pkm1} — {BLN} {THN}
RT 03 – hari Senin – titik: depan gereja
RT 07 – hari Rabu – titik: lapangan
RT {nn} – hari Jumat – titik: pos kamling
Jumlah kasus DBD per RT: RT 01: {num} | RT 02: {num} | RT 05: {num}
Informasi: WA Puskesmas {pkmw} / telp {pkmt} / email {pkmm1}
Dinas Kesehatan Kota Kupang: {ofdkt}
""",
)

T(
    "office_notice",
    "tax_permit",
    """
PENGUMUMAN BAPENDA KOTA KUPANG
Pembayaran PBB-P2 tahun {thn} jatuh tempo {tgl}. Pembayaran melalui Bank NTT, kode billing pada SPPT (contoh: {billing}), atau VA {va}. Rekening Kas Daerah Bank NTT {kasda} hanya untuk setoran instansi.
NOP contoh penulisan: {nop}
Contoh format NPWP: {exnp}
Pertanyaan: WA {ofbpw}, telp {ofbpt}, email {ofbpm}.
Waspada penipuan yang mengatasnamakan Bapenda melalui nomor pribadi seperti {sc1}.
""",
)

T(
    "office_notice",
    "scam",
    """
INFO PENGADUAN DINAS SOSIAL KOTA KUPANG
SMS/WA {ofdsw}
Telp {ofdst}
Email {ofdsm}
Nomor-nomor yang mengaku petugas bansos:
1. {sc1} - minta pulsa
2. {sc2} - minta transfer biaya administrasi {rps}
3. {sc3} - kirim link pendaftaran palsu
Dinas Sosial tidak pernah meminta biaya apa pun.
""",
)

T(
    "office_notice",
    "health",
    """
PEMBERITAHUAN
Nomor layanan Puskesmas {pkm1} berubah mulai {tgll}.
Nomor lama: {pkmt} dan WA {mob} tidak aktif lagi.
Nomor baru: telp {pkmt} / WA {pkmw}
Pendaftaran poli rawat jalan lewat WhatsApp {pkmw}, jam 07.30–11.00.
UGD 24 JAM: {tel}
Email: {pkmm1}
""",
)

# ---------------------------------------------------------------- long_report

T(
    "long_report",
    "scam",
    """
LAPORAN PENGADUAN — PENIPUAN MENGATASNAMAKAN BANSOS
Kepada: Unit Pengaduan Kota Kupang / Polresta Kupang Kota

Pelapor
Nama : [[n:{n1}]]
NIK : «[[nik:{nikb1}]]¦[[nik:{niks1}]]»
Alamat : [[a:{adr1}]], Kel. {kelp1}
HP : [[p:{hpd1}]] (WA aktif)

Kronologi
1. Tanggal {lalu} jam {jam} saya ditelpon nomor {sc1}, mengaku petugas Dinas Sosial, katanya saya dapat bantuan {rpb}.
2. Saya diminta transfer biaya administrasi {rps} ke rekening {bank2} [[b:{acc2}]] a.n. [[n:{n2}]].
3. Setelah transfer, nomor {sc1} tidak aktif. Nomor lain {sc2} WA minta tambah {rps} lewat DANA {sc3}. Itu tipu-tipu.
4. Tanggal {tgl} saya lapor ke SPKT, nomor {ktppol}.

Bukti: {scr}, bukti transfer ref {ref}.
Permohonan: rekening a.n. [[n:{n2}]] diblokir dan uang saya dikembalikan.

Hormat saya,
[[n:{n1}]]
""",
)

T(
    "long_report",
    "land",
    """
Pengaduan: Deposit kontrakan tidak dikembalikan

Saya [[n:{n1}]], mahasiswa «Undana¦Politeknik Negeri Kupang¦Unwira», NIK [[nik:{nikb1}]], HP [[p:{hp1}]], email «[[e:{emp1}]]¦[[e:{emx1}]]».

Sejak {lalu} saya kontrak rumah tinggal milik {hon2} [[n:{n2}]] di [[a:{ad2}]], Kel. {kelp2}, {rpj}/tahun. Deposit {rpb} saya transfer ke rekening pemilik, {bank2} [[b:{acc2}]] a.n. [[n:{n2}]]. Kontrak selesai {tgl}, rumah sudah saya serahkan bersih, tetapi deposit tidak dikembalikan. {hon2} [[n:{g2}]] (HP [[p:{hp2}]]) tidak angkat telepon. Ketua RT setempat sudah memediasi satu kali.

Sekarang saya tinggal di {bz1}, {bzj1}. Mohon bantuan mediasi dari kelurahan atau Dinas Perumahan.

[[n:{n1}]]
""",
    B={1: "kos"},
    A={1: (1999, 2006)},
)

T(
    "long_report",
    "tax_permit",
    """
Hal: NPWP usaha saya dianggap NPWP badan

Yth. Unit Pengaduan / KPP Pratama Kupang,
Saya [[n:{n1}]], pemilik «warung makan¦bengkel las¦toko kelontong» di rumah (usaha perorangan). NPWP pribadi sy «[[npwp:{npd1}]]¦[[npwp:{npm1}]]¦[[npwp:{nps1}]]»; sejak 2024 pakai NIK [[npwp:{npn1}]]. NITKU lokasi usaha: [[npwp:{npu1}]].

Masalahnya:
- Pemasok saya {cv1} (NPWP {cvnp1}) menulis NPWP saya di faktur [[npwp:{npk1}]] (kurang satu angka), jadi PPN tidak bisa dikreditkan.
- Istri saya, [[n:{n2}]], guru honor di {sek1}, NPWP [[npwp:{npd2}]]. Bendahara sekolah memotong PPh dengan NPWP bendahara {bnp} tapi bukti potong atas nama saya.
- Kring Pajak 1500200 sibuk, email informasi@pajak.go.id belum dibalas sejak {lalu}.

Kontak saya: [[p:{hpb1}]], [[e:{em1}]].
Terima kasih.
""",
    M=(1,),
    F=(2,),
    fam={2: 1},
    B={1: "cv"},
)

T(
    "long_report",
    "health",
    """
KRONOLOGI PELAYANAN DI «RSUD S.K. LERIK¦RS BHAYANGKARA¦RSUD PROF. DR. W. Z. JOHANNES»
Pasien : [[n:{n2}]] (anak, {umur2} tahun), No. RM {rm}, No. Kartu JKN [[bpjs:{bpjs2}]]
Penanggung jawab : [[n:{n1}]] (ayah), NIK [[nik:{nikb1}]], HP [[p:{hpd1}]]

{tgl} jam {jam}: masuk IGD karena demam tinggi, diperiksa dr. [[n:{n3}]]. Trombosit {big} ribu.
{tgl} jam {jam2}: SEP {sep} terbit, tapi kami disuruh beli obat di apotek luar, {bz1} ({bzw1}), {rps}.
{tgl2}: kasir minta bayar {rpb} untuk kamar kelas II, padahal hak kelas III.
Kami sudah hubungi pengaduan rumah sakit {tel} dan Care Center BPJS 165.

Mohon Dinas Kesehatan dan BPJS Kesehatan menindaklanjuti.
[[n:{n1}]]
""",
    M=(1,),
    fam={2: 1},
    A={1: (1975, 1994), 2: (2012, 2022)},
    B={1: "apotek"},
)

T(
    "long_report",
    "school",
    """
PENGADUAN PPDB TAHUN {thn}
Nama orang tua : [[n:{n1}]]
Nama anak : [[n:{n2}]], NISN {nisn}
NIK anak : [[nik:{nikb2}]]
No. KK : [[kk:{kkb1}]]
Alamat : [[a:{adr1}]], Kel. {kelp1}
HP : [[p:{hp1}]]

Anak kami mendaftar jalur zonasi di {sekn1} dengan nomor pendaftaran {tiketn}. Jarak rumah ke sekolah menurut aplikasi {num}00 meter, tetapi anak kami tidak diterima, sedangkan calon siswa dari luar zona diterima. Panitia PPDB (WA {mob}, email {seknm1}) tidak menjawab. Kepala sekolah, {hon3} [[n:{n3}]], mengatakan kuota sudah penuh.

Mohon Dinas Pendidikan meninjau hasil seleksi.
""",
    fam={2: 1},
    A={2: (2010, 2014), 1: (1970, 1990)},
)

T(
    "long_report",
    "social_aid",
    """
Kepada Yth. Lurah {kel1} dan Dinas Sosial Kota Kupang
Kami warga yang layak tetapi tidak menerima BPNT:
1. [[n:{n1}]] ({umur1}) – NIK [[nik:{nikb1}]] – [[a:{rt1}]]
2. [[n:{n2}]] ({umur2}) – NIK [[nik:{nikb2}]] – [[a:{rt2}]]
3. [[n:{n3}]] ({umur3}) – NIK «[[nik:{nikb3}]]¦[[nik:{nikt3}]]» – [[a:{rt3}]]
Pendamping PKH kelurahan, Sdri. [[n:{n4}]], sudah kami temui tanggal {lalu}; nomor pendamping [[p:{hp4}]] tidak pernah diangkat. Menurut pengumuman di kantor lurah, penerima di wilayah kami ada {big} KK, tetapi banyak yang mampu.
Disampaikan oleh: [[n:{n5}]], HP [[p:{hp5}]]
""",
    F=(4,),
    A={1: (1940, 1960), 2: (1945, 1975), 3: (1950, 1985)},
)

T(
    "long_report",
    "transport",
    """
LAPORAN KECELAKAAN ANGKUTAN UMUM
Pada {hari1}, {tgl} sekitar jam {jam}, bus {bz1} dengan plat [[pl:{pl2}]] menabrak sepeda motor saya ([[pl:{pl1}]]) di {jln1}. Sopir bus bernama [[n:{n2}]] (HP [[p:{hp2}]]) sempat berhenti, lalu pergi. Pihak perusahaan melalui telepon {bzt1} dan WA {bzw1} hanya menyuruh saya datang ke kantor mereka di {bzj1}.
Saksi: [[n:{n3}]], pedagang di lokasi, [[p:{hpd3}]].
Laporan Satlantas: {ktppol}.
Biaya perbaikan motor {rp}, biaya berobat {rpb}.

Pelapor: [[n:{n1}]], [[a:{adr1}]], Kel. {kelp1}, HP [[p:{hpb1}]]
""",
    M=(2,),
    B={1: "travel"},
)

T(
    "long_report",
    "market",
    """
PAGUYUBAN PEDAGANG PASAR «OEBA¦KASIH NAIKOTEN¦OESAPA»
Sekretariat: {seat1} — Telp. {tel} — email paguyuban.pedagangpasar.kpg@gmail.com
NPWP {kopnp1} · Rekening Bank NTT {kopacc1}

Nomor : {big}/PPP/{blnr}/{thn}
Perihal : Keberatan kenaikan retribusi dan relokasi

Kepada Yth. Kepala {ofdg}
Dengan hormat, menindaklanjuti surat edaran nomor {surat}, kami menyampaikan keberatan atas kenaikan retribusi dari «Rp 3.000 menjadi Rp 5.000¦Rp 5.000 menjadi Rp 10.000¦Rp 2.000 menjadi Rp 7.500» per hari dan rencana relokasi {big} lapak ke lantai dua. Rapat anggota tanggal {lalu} dihadiri {big} pedagang. Pungutan listrik {rpk} per lapak tidak disertai karcis.

Hormat kami,
Pengurus
""",
)

T(
    "long_report",
    "scam",
    """
RANGKUMAN LAPORAN PENIPUAN — FORUM WARGA PEDULI KOTA, {BLN} {THN}
Modus 1: telepon mengaku petugas Dukcapil, minta foto KTP dan kode OTP. Nomor yang dipakai: {sc1}, {sc2}.
Modus 2: SMS menang undian Bank NTT, disuruh transfer pajak hadiah ke rekening {kasda}.
Modus 3: kurir palsu kirim file APK lewat WA {sc3}.
Modus 4: pinjol ilegal, penagih pakai nomor {sc4}, tidak sebut nama.
Jumlah laporan: {big}. Kerugian warga: {rpb}.
Laporan diteruskan ke Polresta (SPKT {ofprt}) dan aduannomor.id.
""",
)

T(
    "long_report",
    "village",
    """
REKAP PENGADUAN UNIT PENGADUAN KOTA KUPANG — {BLN} {THN}
Kanal: SMS 1708 {big}, WA {mob} {big}, LAPOR! {nn}, surat {num}.
Per perangkat daerah: PUPR {nn}, PDAM {nn}, DLHK {nn}, Dukcapil {nn}, Dinas Sosial {num}.
Tiket terlama belum selesai: {tiket} ({lalu}), {tiket2} ({lalu2}).
Penerima bantuan per RT di Kel. {kel1}: RT 01: {nn} KK, RT 02: {nn} KK, RT 03: {nn} KK.
Nomor surat pengantar: {surat}.
Disusun oleh Bagian Organisasi Setda Kota Kupang, telp {tel}, email {ofbgm}.
""",
)

T(
    "long_report",
    "water",
    """
KELUHAN BERSAMA PELANGGAN PDAM — {jln1}
Sejak {lalu} air hanya mengalir 2 jam seminggu. Tagihan tetap penuh. Contoh tagihan pelanggan: no sambungan {samb} {rpl}, no sambungan {samb2} {rpl2}, no sambungan {samb3} {rpl3}.
Meteran rusak: {meter}, {meter2}.
Sudah lapor call center {ofpdt} (tiket {tiketn}) dan WA {ofpdw}.
Depot swasta di sekitar: {bz1} ({bzw1}), {bz2} ({bzw2}), harga tangki «Rp 100.000¦Rp 125.000¦Rp 150.000».
Kami minta PDAM menjadwalkan ulang distribusi dan menghapus denda.
Warga RT 05 dan RT 06 Kel. {kel1}
""",
    B={1: "depot", 2: "depot"},
)

# ---------------------------------------------------------------- tax numbers beside NIKs and cards, in every style's writing

T(
    "office_notice",
    "tax_permit",
    """
Rekap NPWP tenaga kontrak {ofds} (diminta bendahara)
1. [[n:{n1}]] — [[npwp:{npn1}]]
2. [[n:{n2}]] — «[[npwp:{nps2}]]¦[[npwp:{npd2}]]»
3. [[n:{n3}]] — [[npwp:{npz3}]]
4. [[n:{n4}]] — belum punya, NIK [[nik:{nikb4}]]
5. [[n:{n5}]] — «[[npwp:{npns5}]]¦[[npwp:{npm5}]]»
Catatan: NPWP bendahara {bnp} jangan dicantumkan di SPT. Data dikirim ke email {ofdsm} paling lambat {tgl2}. Pertanyaan ke WA {mob}.
""",
)

T(
    "ocr_scan",
    "tax_permit",
    """
SUSUNAN PENGURUS {KOP1} (hasil pindai)
Badan Hukum No. {ahu} · NPWP Koperasi : {kopnp1}
Jabatan   Nama   NIK   NPWP   HP
Ketua   [[n:{N1}]]   [[nik:{niks1}]]   [[npwp:{npn1}]]   [[p:{hpb1}]]
Sekretaris   [[n:{N2}]]   [[nik:{niks2}]]   «[[npwp:{npd2}]]¦[[npwp:{npo2}]]»   [[p:{hpd2}]]
Bendahara   [[n:{N3}]]   [[nik:{niks3}]]   [[npwp:{npb3}]]   [[p:{hpb3}]]
Alamat sekretariat: {seat1}, Kupang · Telp. {kopt1} · {kopm1}
""",
)

T(
    "sms_caps",
    "tax_permit",
    SMS
    + """
KOTKUPANG SY PEDAGANG DI PASAR «OEBA¦KASIH¦OESAPA». «NPWP SY YG LAMA [[npwp:{npb1}]] SDH TDK BISA DIPAKAI, SKRG PAKAI [[npwp:{npn1}]] (SAMA DGN NIK).¦NIK SY [[npwp:{npn1}]] SDH JD NPWP, TP DI APLIKASI OSS DITOLAK.¦NPWP SY [[npwp:{npo1}]] DITOLAK DI OSS, KATANYA HRS 16 DIGIT.» TP KOPERASI PASAR MINTA NPWP KOPERASI {kopnp1} UTK SURAT LAPAK. MANA YG BENAR? «[[n:{N1}]]¦TRIMS [[n:{N1}]]¦[[n:{N1}]] [[p:{hpo1}]]»
""",
)

T(
    "web_form",
    "tax_permit",
    """
LAPOR! | Formulir Pengaduan
Judul Laporan: Permohonan NIB di OSS ditolak karena NPWP
Isi Laporan: Permohonan NIB usaha saya ditolak dua kali dengan keterangan "NPWP tidak valid". Data yang saya isi:
1. Nama Pelaku Usaha : [[n:{N1}]]
2. NPWP : «[[npwp:{npn1}]]¦[[npwp:{npd1}]]¦[[npwp:{npl1}]]»
3. NIK : [[nik:{nikb1}]]
4. Alamat Usaha : [[a:{AD1}]] (RUMAH SENDIRI)
5. Email : [[e:{em1}]]
Usaha kakak saya, {cv1} (NPWP {cvnp1}), lancar didaftarkan. Petugas DPMPTSP bilang tanya ke KPP, KPP bilang tanya ke OSS. Kendala OSS: WA {ofptw}.
Instansi Tujuan: {ofpt}
No. HP : [[p:{hp1}]]
""",
    B={1: "cv"},
)

T(
    "voice_note",
    "tax_permit",
    """
{vn}
{salam}. Beta [[n:{n1}]], pensiunan guru. Beta pi KPP tanya, 'jadi sekarang NPWP beta apa?' Dia bilang, 'Bapa pung NIK tu, [[npwp:{npn1}]].' Ma di bank, waktu urus taspen, dong masih minta yang lama, [[npwp:{nps1}]]. Beta pung istri [[n:{n2}]] ju ada NPWP, [[npwp:{npd2}]], ma dong bilang sekarang pake NIK dia, [[npwp:{npn2}]]. Beta bingung. Tolong bantu jelaskan, telpon beta di [[p:{hps1}]] ko rumah [[p:{rum1}]].
""",
    M=(1,),
    F=(2,),
    hh={2: 1},
    A={1: (1955, 1964), 2: (1958, 1968)},
)

T(
    "long_report",
    "health",
    """
Hal: Potongan pajak insentif tenaga kesehatan salah nama

Kami tenaga kesehatan di Puskesmas {pkm1} melaporkan bahwa bukti potong PPh 21 insentif bulan {bln} tertukar:
- perawat [[n:{n1}]], NPWP «[[npwp:{npd1}]]¦[[npwp:{npn1}]]», tercatat dengan NIK [[nik:{nikb2}]] milik bidan [[n:{n2}]];
- NPWP dokter : [[npwp:{npd3}]] (dr. [[n:{n3}]]) tidak tercantum sama sekali;
- bendahara Puskesmas {pkm1} (NPWP {bnp}) bilang data dari Dinkes.
Nomor bukti potong {bupot}. Kami sudah mengirim email ke {pkmm1} dan menelpon Dinkes {ofdkt}, belum ada jawaban.
Narahubung: [[n:{n1}]], HP [[p:{hpd1}]]
""",
    F=(2,),
)

# ---------------------------------------------------------------- end of templates

if __name__ == "__main__":
    main()
