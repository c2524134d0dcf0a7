# ruff: noqa: E501
"""Write the twenty-fifth blind redaction corpus, ``redaction_blind_v25.jsonl``.

Hand-written templates in ten styles, with their labels inline, filled from pools of invented
people, numbers, mailboxes, homes and plates. Every value comes from ``random.Random(SEED)``, so
two runs write the same file byte for byte. Run it from anywhere::

    python tests/data/blind/make_redaction_blind_v25.py

It checks every filled text (see ``check``), writes the file next to itself and prints its
SHA-256 and its counts. The corpus is frozen once written: see ``README-redaction-v25.md``.

Template syntax (a template is a block of a style's text; blocks are parted by a line ``~~~``):

- the block's first line ``=theme`` names its theme; a line ``@CAPS`` or ``@lower`` after it
  writes the whole text in capitals or in lower case;
- ``[[kind:...]]`` labels everything inside with ``kind``; ``[[{gen:key}]]`` labels one value
  with the kind its generator makes;
- ``{gen:key}`` fills a value; a person's generator (see ``PERSON_GENS``) outside a label stops
  the script, other generators outside labels write the look-alikes; ``{gen^:key}`` and
  ``{gen_:key}`` give the value in capitals or lower case;
- ``{?a|b|c}`` keeps one branch, nested ones too; ``\\t`` is a tab.
"""

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

SEED = 20261207
OUT = Path(__file__).with_name("redaction_blind_v25.jsonl")
FILLS = 3
MAX_DRAWS = 500

KINDS = frozenset(
    {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
)


def split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# ---------------------------------------------------------------------------------------------
# Pools of people. Every person, number and mailbox is invented. The names of the people in the
# seed articles (mayors, officials, facilitators) are kept out.

WOMEN = split(
    """Adriana Agnes Aprilia Arnoldina Beatriks Dorkas Elisabet Elsye Ferderika Fransiska
    Grasela Herlina Imelda Ivon Yohana Yosefina Karolina Kornelia Lodia Lusia Magdalena
    Margaretha Mersi Naomi Novita Oktaviana Paulina Priska Rahel Regina Roswita Sarlota Selfiana
    Serly Susana Theresia Veronika Welmince Yuliana Yunita Deviana Meliana Anjelina Debora Orpa
    Ribka Yakoba Aleta Ermelinda Florida Hendrika Yustina Kristina Lamria Marselina Nelci
    Petronela Rosalinda Sofia Trifena Vinsensia Wilhelmina Zeni Efrosina"""
)
MEN = split(
    """Abraham Adrianus Aleksander Ambrosius Arnold Benediktus Blasius Dominikus Efraim Eliaser
    Ferdinan Frengki Gabriel Gerson Habel Hendrik Ishak Yakobus Yeremias Yohanis Yosua Kornelis
    Laurens Lukas Markus Melkianus Mikael Natanael Obaja Oktovianus Petrus Rudolof Samuel Simon
    Stefanus Teofilus Urbanus Viktor Wilem Yunus Zakarias Marthen Nikolas Sefanya Herman Alfons
    Bernabas Demas Elkana Fredrik Gideon Heronimus Isak Klemens Lorens Matias Nehemia Onisimus
    Paskalis Rikardus Silvester Tobias Yeskiel Agustinus Aloysius"""
)
FAMILIES = {
    "timor": split(
        """Bana Boimau Nenabu Sabneno Tlonaen Nubatonis Banunaek Faot Kolo Missa Nomleni
        Oematan Selan Taneo Tefnay Seran Nahak Tunliu Naitboho Tamonob Bisilisin Neonbeni Lopo
        Abineno Nitbani Sanam Tanesib Kase Amtiran Taloim Nope Sonbay Atok"""
    ),
    "rote": split(
        """Ndoen Mooy Fanggidae Pandie Henukh Bessie Ndolu Messakh Haning Lenggu Nalle Saudale
        Tungga Amalo Dethan Foeh Kiuk Panie Pellokila Sinlae Toelle Tanone Manafe Ndun Mbuik
        Lona Thene Zacharias Ndaomanu Daik"""
    ),
    "sabu": (
        "Rohi",
        "Ludji",
        "Lay",
        "Huru",
        "Mone",
        "Dimu",
        "Tede",
        "Wadu",
        "Rihi",
        "Djawa",
        "Kana",
        "Hede",
        "Bire",
        "Djami",
        "Tede Rohi",
        "Lado Wadu",
        "Ludji Kana",
        "Hede Bire",
        "Ratu Rihi",
        "Bara Dimu",
    ),
    "flores": (
        "Parera",
        "Lewar",
        "Kelen",
        "Making",
        "Koten",
        "Tukan",
        "Hurint",
        "Goran",
        "Sogen",
        "Maran",
        "Wuwur",
        "Betan",
        "Ngara",
        "Djogo",
        "Bhoko",
        "Sedu",
        "Mbete",
        "Dhae",
        "Djata",
        "Fernandez",
        "da Costa",
        "Lamanepa",
        "Nggoro",
        "Woda",
        "Ruing",
    ),
    "alor": split("Mautuka Retebana Malaikosa Laufa Maubana Blegur Moumau Lanmai Tulle Oilsana"),
}
ORIGINS = ("timor", "timor", "timor", "rote", "rote", "sabu", "flores", "flores", "sumba", "alor")
SUMBA_MEN = split("Ndilu Remu Pati Tamu Ndeta Hina Kahumbu Mbani")
SUMBA_WOMEN = split("Hada Kahi Konda Yuli Lika Ata Mbaku Tamar")
SUMBA_FAMILIES = split("Lende Kaborang Hamakonda Wunu Ndapamerang Palandi Maramba Tanggu Hunggu")
NICK_MEN = ("Abe", "Ando", "Boy", "Dedi", "Edo", "Jhon", "Roni", "Tino", "Uyo", "Ateng", "Nus")
NICK_WOMEN = ("Ela", "Ichi", "Lia", "Nesi", "Oncy", "Rara", "Sisi", "Tati", "Vivi", "Yeyen")
OTHERS = {  # people whose names are not of NTT's families: (given parts, family parts, called)
    "bali_m": (
        ("I Wayan", "I Made", "I Nyoman", "I Ketut", "I Gede", "I Putu", "I Komang"),
        ("Suarjana", "Wirawan", "Astawa", "Sudarsana", "Sukarta", "Adnyana", "Parwata"),
    ),
    "bali_w": (
        ("Ni Luh", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Komang"),
        ("Widiastuti", "Sukarini", "Darmayanti", "Ariani", "Suryani", "Astiti", "Sriasih"),
    ),
    "bugis_m": (
        ("Rahmat", "Syamsul", "Baharuddin", "Jumadi", "Arifin", "Hamzah", "Andi Baso"),
        ("Daeng Manessa", "Daeng Tompo", "Daeng Rate", "Daeng Lallo", "Daeng Nai"),
    ),
    "bugis_w": (
        ("Nurhayati", "Hasnawati", "Rosmawati", "Marhani", "Sitti Aminah", "Andi Tenri"),
        ("Daeng Caya", "Daeng Ngai", "Daeng Kebo", "Daeng Sanga"),
    ),
    "buton_m": (
        ("La Ode",),
        ("Hamiru", "Kaimuddin", "Sabaruddin", "Rusdin", "Jamaluddin", "Muhtar", "Safaruddin"),
    ),
    "buton_w": (
        ("Wa Ode",),
        ("Salmia", "Rahmatia", "Nurfia", "Hasria", "Murniati", "Sitti Jahra", "Kasmia"),
    ),
    "jawa_m": (
        ("Bambang", "Joko", "Slamet", "Dwi", "Eko", "Heru", "Teguh"),
        ("Suprapto", "Susilo", "Widodo", "Purnomo", "Prasetyo", "Santoso", "Riyanto"),
    ),
    "jawa_w": (
        ("Sri", "Endang", "Tri", "Nanik", "Siti", "Sumarni", "Yuni"),
        ("Wahyuni", "Lestari", "Handayani", "Rahayu", "Khotijah", "Purwanti", "Mulyani"),
    ),
    "cina_m": (
        ("Liem Bun", "Tjoa Kim", "Oei Hong", "Hendrik", "Stefanus", "Go Tjeng", "Tan Siong"),
        ("Tjoe", "Hok", "Gie", "Sutanto", "Tanujaya", "Kwang", "Lim"),
    ),
    "cina_w": (
        ("Lie Siu", "Ong Kim", "Go Giok", "Lily", "Meliana", "Kwee Lian", "Tjong Mei"),
        ("Ling", "Nio", "Lan", "Halim", "Gunawan", "Hoa", "Fong"),
    ),
}
BIRTHPLACES = {
    "timor": ("Kupang", "Soe", "Kefamenanu", "Atambua", "Oelamasi", "Betun"),
    "rote": ("Ba'a", "Kupang", "Oelaba"),
    "sabu": ("Seba", "Kupang", "Menia"),
    "flores": ("Ende", "Maumere", "Larantuka", "Bajawa", "Ruteng", "Lewoleba", "Kupang"),
    "sumba": ("Waingapu", "Waikabubak", "Tambolaka", "Kupang"),
    "alor": ("Kalabahi", "Kupang"),
    "bali": ("Denpasar", "Singaraja", "Kupang", "Tabanan"),
    "bugis": ("Makassar", "Bone", "Kupang", "Pare-Pare"),
    "buton": ("Baubau", "Kupang", "Wakatobi"),
    "jawa": ("Surabaya", "Malang", "Kupang", "Kediri", "Solo"),
    "cina": ("Kupang", "Surabaya", "Makassar"),
}
REGENCIES = {  # two digits after 53, by origin
    "timor": ("01", "02", "03", "04", "21"),
    "rote": ("14",),
    "sabu": ("20",),
    "flores": ("06", "07", "08", "09", "10", "13", "16"),
    "sumba": ("11", "12", "17", "18"),
    "alor": ("05",),
}
PLATE_LETTERS = {"sumba": "ED", "flores": "EB"}
JOBS = (
    "Wiraswasta",
    "Petani",
    "Nelayan",
    "Guru",
    "Ibu Rumah Tangga",
    "Karyawan Swasta",
    "PNS",
    "Pedagang",
    "Sopir",
    "Tukang Ojek",
    "Buruh Harian Lepas",
    "Honorer",
    "Pensiunan",
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
MOBILE_PREFIXES = split(
    """0811 0812 0813 0821 0822 0823 0851 0852 0853 0814 0815 0816 0855 0856 0857 0858 0817
    0818 0819 0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0883 0831 0832 0838"""
)
MONTHS = split(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# ---------------------------------------------------------------------------------------------
# Pools of homes.

HOME_STREETS = split(
    """Kesambi Sirsak Kedondong Srikaya Belimbing Alpukat Delima Anggur Rambutan Lamtoro
    Kelimutu Batukadera Bonipoi Merak Cendrawasih Elang Rajawali Camar Kakaktua Walet Pelikan
    Gelatik Bajawa Lembata Semau Flores Sabu Alor Tenau Kamboja Flamboyan Bougenvil Kenanga
    Cempaka Teratai Asoka Dahlia Seroja Cemara Mahoni Beringin Lontar Kelor"""
)
LANES = split("Sepakat Rukun Harapan Bersatu Sejahtera Anggrek Mawar Kenari Cendana Kemuning")
ESTATES = (
    "Perumnas Blok",
    "BTN Kolhua Blok",
    "Perum Oesapa Permai Blok",
    "Griya Liliba Asri Blok",
    "Kompleks Perumahan Guru Blok",
    "Perum Fatululi Indah Blok",
    "BTN Naimata Blok",
)

# ---------------------------------------------------------------------------------------------
# Pools of places, offices and businesses (look-alikes).

KELURAHAN = (
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
    "Belo",
    "Fatukoa",
    "Kolhua",
    "Maulafa",
    "Naikolan",
    "Naimata",
    "Oepura",
    "Penfui",
    "Sikumana",
    "Fatululi",
    "Kayu Putih",
    "Liliba",
    "Oebobo",
    "Oebufu",
    "Tuak Daun Merah",
    "Airnona",
    "Bakunase",
    "Bakunase II",
    "Fontein",
    "Kuanino",
    "Naikoten I",
    "Naikoten II",
    "Nunleu",
    "Oetete",
    "Airmata",
    "Solor",
    "Merdeka",
    "Oeba",
    "Fatubesi",
    "Tode Kisar",
    "Pasir Panjang",
    "Oesapa",
    "Oesapa Barat",
    "Oesapa Selatan",
    "Lasiana",
    "Kelapa Lima",
)
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kota Raja", "Kelapa Lima", "Kota Lama")
PUSKESMAS = (
    "Puskesmas Alak",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Puskesmas Manutapen",
    "Puskesmas Naioni",
    "Puskesmas Oebobo",
    "Puskesmas Oepoi",
    "Puskesmas Oesapa",
    "Puskesmas Pasir Panjang",
    "Puskesmas Penfui",
    "Puskesmas Sikumana",
)
HOSPITALS = (
    "RSUD S.K. Lerik",
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang",
    "RSIA Dedari",
    "RS Mamami",
    "RSAD Wirasakti",
    "RS Leona",
)
SD_SCHOOLS = (
    "SD Inpres Naikoten 1",
    "SDN Bakunase 2",
    "SD GMIT Kuanino 3",
    "SDI Liliba",
    "SDN Oetete 1",
    "SD Inpres Oesapa Kecil",
)
SMP_SCHOOLS = (
    "SMPN 3 Kupang",
    "SMPN 8 Kupang",
    "SMPN 16 Kupang",
    "SMP Kristen 2 Kupang",
    "MTsN Kota Kupang",
)
SMA_SCHOOLS = (
    "SMAN 1 Kupang",
    "SMAN 6 Kupang",
    "SMAN 10 Kupang",
    "SMKN 2 Kupang",
    "SMKN 4 Kupang",
    "SMA Katolik Giovanni",
)
SCHOOLS = SD_SCHOOLS + SMP_SCHOOLS + SMA_SCHOOLS + ("TK Tunas Harapan Oesapa",)
MARKETS = (
    "Pasar Oeba",
    "Pasar Inpres Naikoten",
    "Pasar Kasih Naikoten",
    "Pasar Oebobo",
    "Pasar Kuanino",
    "Pasar Oesapa",
    "Pasar Penfui",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. W.J. Lalamentik",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Adisucipto",
    "Jl. Sam Ratulangi",
    "Jl. Cak Doko",
    "Jl. H.R. Koroh",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Perintis Kemerdekaan",
    "Jl. Herewila",
    "Jl. R.A. Kartini",
    "Jl. Veteran",
    "Jl. Amabi",
    "Jl. Bundaran PU",
    "Jl. Prof. Dr. Herman Yohanes",
    "Jl. Thamrin",
    "Jl. Kapten Piere Tendean",
)
GMIT_CHURCHES = (
    "GMIT Efata Liliba",
    "GMIT Betlehem Oesapa",
    "GMIT Kaisarea BTN",
    "GMIT Pniel Oebobo",
    "GMIT Syalom Airnona",
    "GMIT Anugerah Bakunase",
    "GMIT Imanuel Oepura",
    "GMIT Getsemani Penfui",
)
CHURCHES = (
    "GMIT Efata Liliba",
    "GMIT Betlehem Oesapa",
    "GMIT Kaisarea BTN",
    "GMIT Pniel Oebobo",
    "GMIT Syalom Airnona",
    "GMIT Anugerah Bakunase",
    "GMIT Imanuel Oepura",
    "GMIT Getsemani Penfui",
    "Paroki St. Yoseph Naikoten",
    "Paroki Kristus Raja Katedral",
    "Paroki St. Fransiskus Asisi Kolhua",
)
SHOPS = (
    "Toko Bangunan Flobamor Jaya",
    "Toko Tiga Dara",
    "Apotek Sehat Oebobo",
    "Fotokopi Lontar Mandiri",
    "Bengkel Motor Nusa Indah",
    "Depot Air Sumber Hidup",
    "Laundry Cepat Bersih",
    "Kios Pulsa Sasando Cell",
    "Warung Se'i Baun",
    "Toko Roti Citra Rasa",
    "Salon Cantika",
    "Sedot WC Lancar Jaya",
    "Rental Mobil Flobamora Trans",
    "Toko Elektronik Surya Timur",
    "Percetakan Karya Baru",
    "Meubel Jati Indah",
    "Katering Dapur Lontar",
    "Toko Sembako Berkat Oeba",
)
COMPANIES = (
    "CV Karya Sasando",
    "CV Timor Bangun Persada",
    "PT Nusa Lontar Konstruksi",
    "UD Sumber Rejeki Oeba",
    "CV Flobamora Teknik",
    "PT Kupang Prima Niaga",
    "CV Cahaya Selatan",
    "PT Sarana Timor Utama",
    "CV Mitra Karang Indah",
)
COOPS = (
    "KSP Flobamora Sejahtera",
    "Koperasi Nelayan Teluk Kupang",
    "KSU Tunas Lontar",
    "Koperasi Wanita Sehati",
    "Koperasi Pedagang Pasar Oeba",
    "KSP Mitra Usaha Bersama",
)
HOTELS = (
    "Hotel Sasando Indah",
    "Hotel Teluk Lasiana",
    "Hotel Kristal Timur",
    "Hotel Pantai Lontar",
)
TRAVELS = ("Travel Timor Express", "Travel Lontar Jaya", "Bus Sinar Gemilang", "Travel Nusa Trans")
HANDLES = (
    "kupang_info",
    "infokupangraya",
    "suara.oebobo",
    "kupang24jam",
    "ntt_update",
    "warga.kotakupang",
    "lensa_flobamora",
    "kupangterkini",
)
BANKS = ("BRI", "BRI", "BNI", "Mandiri", "Bank NTT", "Bank NTT", "BCA", "BSI")

OPENERS = frozenset(
    split(
        """bapak ibu pak bu bpk sdr sdri ny nn om tanta tante mama bapa oma opa kak kaka kakak
        nona bidan guru lurah camat ketua serka bripka briptu brigpol aiptu aipda ipda iptu
        kapten mayor pdt dr drs dra ir hj h alm almh pelapor petugas pasien kader penelepon ttd
        sy saya beta sa nama yth dari from to cc kepada staf penagih nasabah agen admin pendeta
        romo pastor suster ama ina adik adek ade anak istri suami tetangga warga pemohon
        penerima kel keluarga mr mrs ms sdri. pemilik pembeli penjual saudara saudari dengan
        oleh an a.n. atas jemaat majelis diaken penatua sekretaris bendahara koordinator"""
    )
)
ADDRESS_OPENERS = (
    "jl.",
    "jln.",
    "jalan ",
    "gg.",
    "lr.",
    "rt",
    "perumnas",
    "perum ",
    "griya ",
    "btn ",
    "kompleks ",
)
LETTER_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
NUMERIC = {
    "nik": (15, 17),
    "kk": (16, 16),
    "npwp": (15, 22),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at : at + size])
        at += size
    if at < len(number):
        parts.append(number[at:])
    return sep.join(p for p in parts if p)


def lettered(rng: random.Random, number: str, count: int) -> str:
    """Letters read for some digits, as a scan or a hurried thumb gives them."""
    chars = list(number)
    spots = [i for i, c in enumerate(chars) if c in "0158" and i > 1]
    for i in sorted(rng.sample(spots, min(count, len(spots)))):
        chars[i] = {"0": rng.choice("OO"), "1": rng.choice("lI"), "5": "S", "8": "B"}[chars[i]]
    return "".join(chars)


def write_mobile(rng: random.Random, number: str, form: str = "any") -> str:  # noqa: PLR0911
    """A mobile as people write it: plain, grouped, international, with letters."""
    body = number[1:]
    if form == "any":
        form = rng.choice(
            ("plain", "plain", "plain", "dash", "space", "dot", "intl", "intl0", "62", "62s", "par")
        )
    if form == "plain":
        return number
    if form == "dash":
        return group(number, (4, 4), "-")
    if form == "space":
        return group(number, (4, 4), " ")
    if form == "dot":
        return group(number, (4, 4), ".")
    if form == "intl":
        return "+62 " + group(body, (3, 4), "-")
    if form == "intl0":
        return "+62" + body
    if form == "62":
        return "62" + body
    if form == "par":
        return "(+62) " + group(body, (3, 4), " ")
    if form == "letters":
        return lettered(rng, group(number, (4, 4), rng.choice(("-", " ", ""))), 3)
    return "62 " + group(body, (3, 4), " ")


def mobile_number(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + digits(rng, rng.choice((7, 8, 8, 8)))


def fixed_line(rng: random.Random) -> str:
    local = "8" + digits(rng, 5)
    form = rng.randrange(5)
    if form == 0:
        return "0380 " + local
    if form == 1:
        return "(0380) " + local
    if form == 2:
        return "0380-" + local
    if form == 3:
        return "(0380) " + local[:3] + " " + local[3:]
    return "0380-" + local[:3] + " " + local[3:]


def bank_account(rng: random.Random, bank: str) -> str:
    """An account number in its bank's shape."""
    if bank == "BRI":
        number = digits(rng, 4) + "01" + digits(rng, 6) + rng.choice(("50", "53")) + digits(rng, 1)
        return rng.choice((number, group(number, (4, 2, 6, 2), "-")))
    if bank == "BNI":
        return rng.choice("0123") + digits(rng, 9)
    if bank == "Mandiri":
        number = rng.choice(("161", "152", "131")) + "00" + digits(rng, 8)
        return rng.choice((number, group(number, (3, 2, 7), "-")))
    if bank == "Bank NTT":
        n = "0" + rng.choice(("01", "02", "11", "21")) + "01" + "02" + digits(rng, 7)
        return rng.choice((n, f"{n[:3]}.{n[3:5]}.{n[5:7]}.{n[7:13]}-{n[13]}"))
    if bank == "BCA":
        return rng.choice(("314", "315", "029")) + digits(rng, 7)
    return "7" + digits(rng, 9)  # BSI


def old_npwp(rng: random.Random, *, body: bool) -> str:
    head = (
        rng.choice(("01", "02", "03", "00"))
        if body
        else rng.choice(
            split(
                "07 08 09 24 25 26 44 45 46 47 49 54 55 58 59 66 67 69 73 75 76 79 82 84 86 92 94 97 99"
            )
        )
    )
    return head + digits(rng, 7) + rng.choice(("920", "920", "920", "921", "922")) + "000"


def write_npwp(rng: random.Random, number: str, form: str = "any") -> str:
    dotted = f"{number[:2]}.{number[2:5]}.{number[5:8]}.{number[8]}-{number[9:12]}.{number[12:]}"
    if form == "any":
        form = rng.choice(("dot", "dot", "dot", "dot", "space", "plain", "zero"))
    if form == "dot":
        return dotted
    if form == "space":
        return group(number, (2, 3, 3, 1, 3), " ")
    if form == "plain":
        return number
    if form == "zero":
        return "0" + number
    if form == "scan":
        if rng.random() < 0.5:
            return dotted.replace(".", ",", 1)
        return dotted[:-3] + "OOO"
    raise ValueError(form)


def dodged(rng: random.Random, local: str, host: str) -> str:  # noqa: PLR0911
    """A private mailbox written to dodge scrapers."""
    name, _, tld = host.partition(".")
    form = rng.randrange(9)
    if form == 0:
        return f"{local} @ {host}"
    if form == 1:
        return f"{local}(at){host}"
    if form == 2:
        return f"{local} [at] {name} [dot] {tld}"
    if form == 3:
        return f"{local} at {name} dot {tld}"
    if form == 4:
        return f"{local}(keong){name}(titik){tld}"
    if form == 5:
        return f"{local}[@]{host}"
    if form == 6:
        return f"{local}@{name},{tld}"
    if form == 7:
        return f"{local} @{host}"
    return f"{local}@ {host}"


def ascii_word(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


class Person:
    """One person of a text, drawn whole from the key (``w`` a woman, ``m`` a man; ``o`` old,
    ``y`` young, ``t`` a pupil, ``c`` a child, ``b`` a child at primary school, ``i`` a small child, ``x`` a name of another origin, ``k`` a Kota
    Kupang card)."""

    def __init__(self, rng: random.Random, key: str, taken: set[str]) -> None:  # noqa: PLR0912
        found = re.fullmatch(r"([wm])([oytcbixk]*)(\d+)", key)
        if not found:
            raise SystemExit(f"bad person key {key!r}")
        self.woman = found.group(1) == "w"
        mods = found.group(2)
        if "o" in mods:
            year = rng.randint(1941, 1960)
        elif "y" in mods:
            year = rng.randint(1997, 2005)
        elif "t" in mods:
            year = rng.randint(2008, 2011)
        elif "c" in mods:
            year = rng.randint(2012, 2021)
        elif "b" in mods:
            year = rng.randint(2016, 2020)
        elif "i" in mods:
            year = rng.randint(2021, 2025)
        else:
            year = rng.randint(1963, 1992)
        self.adult = year < 2007
        self.birth = date(year, rng.randint(1, 12), rng.randint(1, 28))
        for _ in range(200):
            self._draw_name(rng, mods)
            words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", self.full + " " + self.nick)}
            if not words & taken:
                taken.update(words)
                break
        else:
            raise SystemExit("cannot draw a name")
        if "k" in mods or rng.random() < 0.7 or self.origin not in REGENCIES:
            self.region = "5371" + f"{rng.randint(1, 6):02d}"
            self.home_region = "kupang"
        else:
            self.region = "53" + rng.choice(REGENCIES[self.origin]) + f"{rng.randint(1, 24):02d}"
            self.home_region = self.origin
        day = self.birth.day + (40 if self.woman else 0)
        self.nik = (
            self.region
            + f"{day:02d}{self.birth.month:02d}{self.birth.year % 100:02d}"
            + f"{rng.randint(1, 420):04d}"
        )
        issued = date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.kk = (
            self.region
            + f"{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}"
            + f"{rng.randint(1, 9999):04d}"
        )
        self.npwp = old_npwp(rng, body=False)
        self.bpjs = "000" + rng.choice("12") + digits(rng, 9)
        self.mobile = mobile_number(rng)
        self.home_line = fixed_line(rng)
        self.bank = rng.choice(BANKS)
        self.account = bank_account(rng, self.bank)
        letters = PLATE_LETTERS.get(self.home_region, "DH")
        self.plate_parts = (
            letters,
            str(rng.randint(1000, 9999)) if rng.random() < 0.85 else str(rng.randint(10, 999)),
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2, 2)))),
        )
        self.street = rng.choice(HOME_STREETS)
        self.lane = rng.choice(LANES)
        self.house = str(rng.randint(1, 140)) + ("" if rng.random() < 0.85 else rng.choice("ABC"))
        self.rt_num = rng.randint(1, 45)
        self.rw_num = rng.randint(1, 14)
        self.estate = rng.choice(ESTATES)
        self.block = rng.choice("ABCDEFGHK") + (
            "" if rng.random() < 0.7 else str(rng.randint(1, 4))
        )
        self.host = rng.choice(FREE_HOSTS)
        self.local = self._local(rng)
        self.birthplace = rng.choice(BIRTHPLACES[self.origin.split("_")[0]])
        self.job = rng.choice(JOBS) if self.adult else "Pelajar/Mahasiswa"

    def _draw_name(self, rng: random.Random, mods: str) -> None:
        if "x" in mods:
            group_ = rng.choice(("bali", "bugis", "buton", "jawa", "cina"))
            self.origin = group_
            givens, families = OTHERS[group_ + ("_w" if self.woman else "_m")]
            self.given = rng.choice(givens)
            self.family = rng.choice(families)
            if group_ == "bali":
                self.called = self.given.split()[1]
            elif group_ == "buton":
                self.called = self.family.split()[0]
            elif group_ == "cina" and " " in self.given:
                self.called = self.given.split()[0] + " " + self.family
            else:
                self.called = self.given.split()[-1] if group_ != "bugis" else self.given.split()[0]
            self.full = f"{self.given} {self.family}"
            self.nick = self.called
            return
        self.origin = rng.choice(ORIGINS)
        if self.origin == "sumba":
            first = "Rambu" if self.woman else "Umbu"
            self.given = first + " " + rng.choice(SUMBA_WOMEN if self.woman else SUMBA_MEN)
            self.family = rng.choice(SUMBA_FAMILIES)
            self.called = self.given
        else:
            pool = WOMEN if self.woman else MEN
            self.given = rng.choice(pool)
            if rng.random() < 0.3 and not set(mods) & set("ctbi"):
                middle = rng.choice(pool)
                if middle != self.given:
                    self.given += " " + middle
            self.family = rng.choice(FAMILIES[self.origin])
            self.called = self.given.split()[0]
        self.full = f"{self.given} {self.family}"
        self.nick = rng.choice(NICK_WOMEN if self.woman else NICK_MEN)

    def _local(self, rng: random.Random) -> str:  # noqa: PLR0911
        given = ascii_word(
            self.given.split()[-1] if self.origin == "bali" else self.given.split()[0]
        )
        family = ascii_word(self.family.split()[-1])
        year = f"{self.birth.year % 100:02d}"
        form = rng.randrange(7)
        if form == 0:
            return f"{given}.{family}{year}"
        if form == 1:
            return f"{given}{family}"
        if form == 2:
            return f"{family}.{given}"
        if form == 3:
            return f"{given}_{family}{rng.randint(1, 99)}"
        if form == 4:
            return f"{given}{self.birth.year}"
        if form == 5:
            return f"{given[0]}{family}{year}"
        return f"{given}.{family}"

    # -- values ---------------------------------------------------------------------------

    def value(self, gen: str, rng: random.Random) -> str:  # noqa: PLR0911, PLR0912
        nik = self.nik
        if gen == "nama":
            return self.full
        if gen == "dpn":
            return self.given
        if gen == "marga":
            return self.family
        if gen == "pgl":
            return self.called
        if gen == "nick":
            return self.nick
        if gen == "scan":
            return self._scan(rng)
        if gen == "salah":
            return self._misspelt(rng)
        if gen == "nik":
            return rng.choice((nik, nik, nik, group(nik, (4, 4, 4), " "), self._dotted_nik()))
        if gen == "nikp":
            return nik
        if gen == "nikg":
            return group(nik, (4, 4, 4), " ")
        if gen == "nikd":
            return self._dotted_nik()
        if gen == "nikl":
            return lettered(rng, nik, rng.randint(2, 3))
        if gen == "nik2":
            return group(nik, (2,) * 7, " ")
        if gen == "nikc":
            return group(nik, (4, 4, 4), ", ")
        if gen == "nikn":
            cut = rng.choice((5, 6, 8, 10))
            return nik[:cut] + "\n" + nik[cut:]
        if gen == "nik15":
            return nik[:15]
        if gen == "kk":
            return rng.choice((self.kk, self.kk, group(self.kk, (4, 4, 4), " ")))
        if gen == "kkp":
            return self.kk
        if gen == "kkg":
            return group(self.kk, (4, 4, 4), " ")
        if gen == "kkc":
            return group(self.kk, (4, 4, 4), ", ")
        if gen == "kk2":
            return group(self.kk, (2,) * 7, " ")
        if gen == "kkl":
            return lettered(rng, self.kk, 2)
        if gen == "npwp":
            return write_npwp(rng, self.npwp)
        if gen == "npwpo":
            return write_npwp(rng, self.npwp, "dot")
        if gen == "npwps":
            return write_npwp(rng, self.npwp, "space")
        if gen == "npwpx":
            return write_npwp(rng, self.npwp, "scan")
        if gen == "npwp0":
            return write_npwp(rng, self.npwp, "zero")
        if gen == "npwpn":
            return nik
        if gen == "nitku":
            return nik + "000000"
        if gen == "bpjs":
            return rng.choice((self.bpjs, self.bpjs, group(self.bpjs, (4, 4, 4), " ")))
        if gen == "bpjsp":
            return self.bpjs
        if gen == "bpjsl":
            return lettered(rng, self.bpjs, 2)
        if gen == "hp":
            return write_mobile(rng, self.mobile)
        if gen == "hpp":
            return self.mobile
        if gen == "hpd":
            return write_mobile(rng, self.mobile, "dash")
        if gen == "hpi":
            return write_mobile(rng, self.mobile, rng.choice(("intl", "intl0", "62", "62s", "par")))
        if gen == "hpl":
            return write_mobile(rng, self.mobile, "letters")
        if gen == "hpn":
            return self.mobile[:4] + "-" + self.mobile[4:8] + "-\n" + self.mobile[8:]
        if gen == "telr":
            return self.home_line
        if gen == "mail":
            return f"{self.local}@{self.host}"
        if gen == "maild":
            return dodged(rng, self.local, self.host)
        if gen == "mailk":
            given = ascii_word(self.given.split()[0])
            return f"{given}.{ascii_word(self.family.split()[-1])}@kupangkota.go.id"
        if gen == "mailc":
            whole = f"{self.local}@{self.host}"
            cut = rng.choice((len(self.local), len(self.local) + 1, whole.rindex(".") + 1))
            return whole[:cut] + "\n" + whole[cut:]
        if gen == "rek":
            return self.account
        if gen == "rekn":
            return self.other_account(rng, "Bank NTT")
        if gen == "rekr":
            return self.other_account(rng, "BRI")
        if gen == "plat":
            letters, number, suffix = self.plate_parts
            return rng.choice(
                (f"{letters} {number} {suffix}",) * 3
                + (f"{letters}{number}{suffix}", f"{letters} {number}{suffix}")
            )
        if gen == "rmh":
            return self._home(rng)
        if gen == "rt":
            return self._rt(rng)
        if gen == "rtl":
            return rng.choice(
                (f"RT {self.rt_num:02d}", f"RT {self.rt_num}", f"RT {self.rt_num:03d}")
            )
        if gen == "rtp":
            return f"{self.rt_num:03d}/{self.rw_num:03d}"
        if gen == "blok":
            return f"{self.estate} {self.block} No. {rng.randint(1, 60)}"
        return self.attribute(gen)

    def attribute(self, gen: str) -> str:  # noqa: PLR0911
        """What describes the person and is none of the ten kinds."""
        if gen == "umur":
            return str(2026 - self.birth.year)
        if gen == "lahir":
            return f"{self.birth.day:02d}-{self.birth.month:02d}-{self.birth.year}"
        if gen == "ttl":
            return (
                f"{self.birthplace}, {self.birth.day:02d}-{self.birth.month:02d}-{self.birth.year}"
            )
        if gen == "tempat":
            return self.birthplace
        if gen == "jk":
            return "PEREMPUAN" if self.woman else "LAKI-LAKI"
        if gen == "kerja":
            return self.job
        if gen == "bank":
            return self.bank
        if gen == "kktgl":
            return f"{self.kk[6:8]}-{self.kk[8:10]}-20{self.kk[10:12]}"
        if gen == "thn":
            return str(self.birth.year)
        raise SystemExit(f"unknown person generator {gen!r}")

    def other_account(self, rng: random.Random, bank: str) -> str:
        """The person's account at a bank the text names (their main one if it is that bank)."""
        return self.account if self.bank == bank else bank_account(rng, bank)

    def _dotted_nik(self) -> str:
        nik = self.nik
        return f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"

    def _scan(self, rng: random.Random) -> str:
        words = self.full.upper().split()
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        if rng.random() < 0.5 and len(word) > 4:
            cut = rng.randint(2, len(word) - 2)
            words[longest] = word[:cut] + " " + word[cut:]
        else:
            swaps = [i for i, c in enumerate(word) if c in "OISB" and 0 < i < len(word) - 1]
            if swaps:
                i = rng.choice(swaps)
                words[longest] = (
                    word[:i] + {"O": "0", "I": "1", "S": "5", "B": "8"}[word[i]] + word[i + 1 :]
                )
            else:
                cut = rng.randint(2, len(word) - 2) if len(word) > 4 else 1
                words[longest] = word[:cut] + " " + word[cut:]
        return " ".join(words)

    def _misspelt(self, rng: random.Random) -> str:
        words = self.full.split()
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        i = rng.randint(1, len(word) - 2)
        if rng.random() < 0.5:
            word = word[:i] + word[i] + word[i:]
        else:
            swap = {"a": "e", "e": "i", "i": "y", "o": "u", "u": "o", "y": "i", "k": "c", "s": "z"}
            word = word[:i] + swap.get(word[i], "h") + word[i + 1 :]
        words[longest] = word
        return " ".join(words)

    def _home(self, rng: random.Random) -> str:  # noqa: PLR0911
        form = rng.randrange(8)
        if form == 0:
            return f"Jl. {self.street} No. {self.house}"
        if form == 1:
            return f"Jl. {self.street} No.{self.house}"
        if form == 2:
            return f"Jln. {self.street} no {self.house}"
        if form == 3:
            return f"Jalan {self.street} Nomor {self.house}"
        if form == 4:
            return f"Gg. {self.lane} No. {self.house}"
        if form == 5:
            return (
                f"Jl. {self.street} Gg. {rng.choice(('I', 'II', 'III', '2', '4'))} No. {self.house}"
            )
        if form == 6:
            return f"Lr. {self.lane} No. {self.house}"
        return f"Jl. {self.street} No {self.house}"

    def _rt(self, rng: random.Random) -> str:  # noqa: PLR0911
        rt, rw = self.rt_num, self.rw_num
        form = rng.randrange(7)
        if form == 0:
            return f"RT {rt:03d}/RW {rw:03d}"
        if form == 1:
            return f"RT {rt:02d}/RW {rw:02d}"
        if form == 2:
            return f"RT {rt:02d} RW {rw:02d}"
        if form == 3:
            return f"RT {rt} RW {rw}"
        if form == 4:
            return f"RT.{rt:03d}/RW.{rw:03d}"
        if form == 5:
            return f"RT {rt:03d}/{rw:03d}"
        return f"RT {rt:02d}/RW {rw}"


PERSON_GENS = {
    **dict.fromkeys(("nama", "dpn", "marga", "pgl", "nick", "scan", "salah"), "name"),
    **dict.fromkeys(
        ("nik", "nikp", "nikg", "nikd", "nikl", "nik2", "nikc", "nikn", "nik15"), "nik"
    ),
    **dict.fromkeys(("kk", "kkp", "kkg", "kkl", "kkc", "kk2"), "kk"),
    **dict.fromkeys(("npwp", "npwpo", "npwps", "npwpx", "npwp0", "npwpn", "nitku"), "npwp"),
    **dict.fromkeys(("bpjs", "bpjsp", "bpjsl"), "bpjs"),
    **dict.fromkeys(("hp", "hpp", "hpd", "hpi", "hpl", "hpn", "telr"), "phone"),
    **dict.fromkeys(("mail", "maild", "mailk", "mailc"), "email"),
    **dict.fromkeys(("rek", "rekn", "rekr"), "bank_account"),
    "plat": "plate",
    **dict.fromkeys(("rmh", "rt", "rtl", "rtp", "blok"), "address"),
}
ATTRIBUTE_GENS = frozenset(
    {"umur", "lahir", "ttl", "tempat", "jk", "kerja", "bank", "thn", "kktgl"}
)


PLACE_POOLS = {
    "kel": KELURAHAN,
    "kec": KECAMATAN,
    "pkm": PUSKESMAS,
    "rs": HOSPITALS,
    "sek": SCHOOLS,
    "sd": SD_SCHOOLS,
    "smp": SMP_SCHOOLS,
    "sma": SMA_SCHOOLS,
    "psr": MARKETS,
    "jln": PUBLIC_STREETS,
    "grj": CHURCHES,
    "gmit": GMIT_CHURCHES,
    "toko": SHOPS,
    "cv": COMPANIES,
    "kop": COOPS,
    "hotel": HOTELS,
    "travel": TRAVELS,
    "handle": HANDLES,
}
AMOUNTS = {  # (low, high, step) by the key's first letter
    "t": (1_000, 9_000, 500),
    "s": (5_000, 95_000, 5_000),
    "a": (50_000, 350_000, 25_000),
    "m": (100_000, 2_500_000, 50_000),
    "l": (2_500_000, 60_000_000, 250_000),
    "x": (150_000_000, 3_000_000_000, 5_000_000),
}
BODY_BANKS = {
    "rekntt": "Bank NTT",
    "rekbri": "BRI",
    "rekbni": "BNI",
    "rekmdr": "Mandiri",
    "rekbsi": "BSI",
}
TIMES = {
    "p1": (7, 8),
    "p2": (9, 11),
    "s1": (12, 13),
    "s2": (14, 16),
    "m1": (17, 18),
    "m2": (19, 22),
}


def slug(place: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", "", place.lower()).split()
    drop = {"gmit", "jemaat", "paroki", "st", "puskesmas", "toko", "cv", "pt", "ud", "ksp", "ksu"}
    return "".join(w for w in words if w not in drop)


def dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class Fill:
    """The values of one text: its people, places, dates and look-alike numbers, by key."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.cache: dict[tuple[str, str], str] = {}
        self.used: dict[str, set[str]] = {}
        first = date(2026, 1, 5) + timedelta(days=rng.randrange(320))
        self.d1 = working_day(first)

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self.rng, key, self.taken)
        return self.people[key]

    def day(self, key: str) -> date:
        if ("day", key) not in self.cache:
            rng = self.rng
            step = int(key[1:])
            if key == "d1":
                found = self.d1
            elif key.startswith("d"):  # after the day before it
                found = working_day(self.day(f"d{step - 1}") + timedelta(days=rng.randint(1, 5)))
            elif key.startswith("b"):  # before d1, b2 before b1
                later = self.d1 if step == 1 else self.day(f"b{step - 1}")
                found = later - timedelta(days=rng.randint(3, 12))
                while found.weekday() >= 5:
                    found -= timedelta(days=1)
            else:
                raise SystemExit(f"bad date key {key!r}")
            self.cache["day", key] = found.isoformat()
        return date.fromisoformat(self.cache["day", key])

    def pick(self, pool_name: str, key: str) -> str:
        pool = PLACE_POOLS[pool_name]
        if (pool_name, key) not in self.cache:
            used = self.used.setdefault(pool_name, set())
            choices = [p for p in pool if p not in used]
            found = self.rng.choice(choices)
            used.add(found)
            self.cache[pool_name, key] = found
        return self.cache[pool_name, key]

    def value(self, gen: str, arg: str) -> str:
        if gen in PLACE_POOLS:
            return self.pick(gen, arg)
        if (gen, arg) in self.cache:
            return self.cache[gen, arg]
        found = self._new(gen, arg)
        self.cache[gen, arg] = found
        return found

    def _new(self, gen: str, arg: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen == "tgl":
            d = self.day(arg)
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if gen == "tgld":
            d = self.day(arg)
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if gen == "tgll":
            d = self.day(arg)
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if gen == "tglm":  # the Sunday after the day
            d = self.day(arg)
            d += timedelta(days=6 - d.weekday() or 7)
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if gen == "tgls":
            d = self.day(arg)
            return f"{d.day}/{d.month}"
        if gen == "tgly":
            d = self.day(arg)
            return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        if gen == "mm":
            low = "abcdef".index(arg) * 10
            return f"{rng.randint(low, low + 9):02d}"
        if gen == "hari":
            return DAYS[self.day(arg).weekday()]
        if gen == "bln":
            return MONTHS[self.day(arg).month - 1]
        if gen == "jam":
            low, high = TIMES[arg]
            return f"{rng.randint(low, high):02d}.{rng.choice(('00', '05', '10', '15', '20', '30', '40', '45', '50'))}"
        if gen == "rp":
            low, high, step = AMOUNTS[arg[0]]
            return dotted(rng.randrange(low, high + 1, step))
        if gen == "n":
            low, high = (int(x) for x in arg.split("-"))
            return str(rng.randint(low, high))
        if gen == "nrt":
            return f"{rng.randint(1, 45):02d}"
        if gen == "nrw":
            return f"{rng.randint(1, 14):02d}"
        if gen == "telk":
            return fixed_line(rng)
        if gen == "hpk":
            return write_mobile(rng, mobile_number(rng))
        if gen == "hpkp":
            return mobile_number(rng)
        if gen == "hpkl":
            return write_mobile(rng, mobile_number(rng), "letters")
        if gen == "npwpb":
            return write_npwp(
                rng, old_npwp(rng, body=True), rng.choice(("dot", "dot", "dot", "plain"))
            )
        if gen == "nitkub":
            return "0" + old_npwp(rng, body=True) + "000000"
        if gen == "bankb":
            return rng.choice(BANKS)
        if gen == "rekb":
            return bank_account(rng, self.value("bankb", arg))
        if gen in BODY_BANKS:
            return bank_account(rng, BODY_BANKS[gen])
        if gen == "tiket":
            form = rng.randrange(4)
            if form == 0:
                return (
                    f"#LPR-2026-{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 4)}"
                )
            if form == 1:
                return f"LAPOR-5371-2026-{digits(rng, 5)}"
            if form == 2:
                return f"26{rng.randint(1, 12):02d}-{digits(rng, 4)}-{digits(rng, 3)}"
            return f"KPG-2026-{rng.randint(1, 12):02d}-{digits(rng, 4)}"
        if gen == "va":
            return rng.choice(("8808 ", "7001 ", "8277 ")) + group(digits(rng, 12), (4, 4), " ")
        if gen == "briva":
            return f"{rng.randint(10000, 99999)} {mobile_number(rng)}"
        if gen == "billing":
            return "82026" + digits(rng, 10)
        if gen == "kodebayar":
            return "0312026" + digits(rng, 9)
        if gen == "plnid":
            return "53" + digits(rng, 10)
        if gen == "meter":
            return "14" + digits(rng, 9)
        if gen == "token":
            return group(digits(rng, 20), (4, 4, 4, 4), "-")
        if gen == "samb":
            return f"{rng.randint(1, 9):02d}-{rng.randint(1, 30):02d}-{digits(rng, 6)}"
        if gen == "nop":
            return f"53.71.0{rng.randint(10, 60)}.0{rng.randint(10, 40)}.0{rng.randint(10, 99)}-{digits(rng, 4)}.0"
        if gen == "nip":
            year = rng.randint(1966, 1995)
            return f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {year + rng.randint(22, 30)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"
        if gen == "nisn":
            return "0" + digits(rng, 9)
        if gen == "nim":
            return f"{rng.randint(20, 25)}0{rng.randint(1, 9)}0{digits(rng, 5)}"
        if gen == "nib":
            return "9120" + digits(rng, 9)
        if gen == "kpj":
            return rng.choice(("21", "23", "25")) + digits(rng, 9)
        if gen == "kks":
            return group("601301" + digits(rng, 10), (4, 4, 4), " ")
        if gen == "imei":
            return "35" + digits(rng, 13)
        if gen == "ref":
            return rng.choice(("TRX", "REF", "FT")) + "2026" + digits(rng, 8)
        if gen == "antri":
            return f"{rng.choice('ABCD')}-{rng.randint(1, 180):03d}"
        if gen == "surat":
            code = rng.choice(("470", "400.7", "800", "503", "045.2", "900", "474.1", "027"))
            unit = re.sub(r"\d", "", arg) or rng.choice(
                ("KEL", "DUKCAPIL", "DINSOS", "PUPR", "DLHK", "BPBD", "SET", "DINKES")
            )
            roman = split("I II III IV V VI VII VIII IX X XI XII")[self.d1.month - 1]
            return f"{code}/{rng.randint(12, 999)}/{unit}/{roman}/2026"
        if gen == "akta":
            return f"5371-{arg.rstrip('0123456789') or 'LT'}-{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}2026-{digits(rng, 4)}"
        if gen == "resi":
            return rng.choice(("JP", "JX", "TKP", "SPXID")) + digits(rng, 10)
        if gen == "rangka":
            return (
                "MH1"
                + "".join(rng.choice("JKFGH") for _ in range(2))
                + digits(rng, 2)
                + rng.choice("ABCDE")
                + digits(rng, 2)
                + "K"
                + digits(rng, 6)
            )
        if gen == "lp":
            roman = split("I II III IV V VI VII VIII IX X XI XII")[self.d1.month - 1]
            return f"LP/B/{rng.randint(40, 900)}/{roman}/2026/SPKT/POLRESTA KUPANG KOTA"
        if gen == "spt":
            return f"S-{digits(rng, 5)}/KPP.2001/2026"
        if gen == "slug":
            pool, key = re.fullmatch(r"([a-z]+)(\d+)", arg).groups()
            return slug(self.value(pool, key))
        if gen == "kelm":
            kel = slug(self.value("kel", arg))
            return rng.choice(
                (
                    f"kel.{kel}@gmail.com",
                    f"kelurahan{kel}@kupangkota.go.id",
                    f"kantorlurah.{kel}@gmail.com",
                )
            )
        if gen == "sekm":
            return slug(self.value("sek", arg)) + rng.choice(("@gmail.com", "@yahoo.co.id"))
        if gen == "grjm":
            return "sekretariat." + slug(self.value("gmit", arg)) + "@gmail.com"
        if gen == "tokom":
            return slug(self.value("toko", arg)) + rng.choice(("@gmail.com", ".kupang@gmail.com"))
        if gen == "cvm":
            return slug(self.value("cv", arg)) + rng.choice(("@gmail.com", "@yahoo.com"))
        if gen == "kopm":
            return slug(self.value("kop", arg)) + "@gmail.com"
        if gen == "pkmm":
            return "pkm" + slug(self.value("pkm", arg)) + "@gmail.com"
        raise SystemExit(f"unknown generator {gen!r}")


# ---------------------------------------------------------------------------------------------
# Templates to texts.

TOKEN = re.compile(r"\[\[(?:(\w+):)?|\]\]|\{([a-z][a-z0-9]*)([\^_]?)(?::([^{}]*))?\}")


def expand(rng: random.Random, text: str) -> str:
    """Keep one branch of every ``{?a|b|c}``, nested ones too."""
    out, at = [], 0
    while True:
        start = text.find("{?", at)
        if start < 0:
            out.append(text[at:])
            return "".join(out)
        out.append(text[at:start])
        depth, cut, parts, i = 1, start + 2, [], start + 2
        while depth:
            char = text[i]
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if not depth:
                    parts.append(text[cut:i])
            elif char == "|" and depth == 1:
                parts.append(text[cut:i])
                cut = i + 1
            i += 1
        out.append(expand(rng, rng.choice(parts)))
        at = i


def templates_of(source: str) -> list[tuple[str, str]]:
    """The (theme, template) pairs of a style's source."""
    found = []
    for raw in source.split("\n~~~\n"):
        block = raw.strip("\n")
        if not block.strip():
            continue
        head, _, body = block.partition("\n")
        if not head.startswith("="):
            raise SystemExit(f"a template without its theme: {block[:60]!r}")
        found.append((head[1:].strip(), body.replace("\\t", "\t")))
    return found


Span = tuple[str, int, int]


def render(template: str, rng: random.Random) -> tuple[str, list[Span], dict[int, str]]:  # noqa: PLR0912
    """Fill a template: its text, its spans and, per span holding one value alone, that value."""
    text = expand(rng, template)
    mode = ""
    for marker in ("@CAPS\n", "@lower\n"):
        if text.startswith(marker):
            mode, text = marker.strip(), text[len(marker) :]
    fill = Fill(rng)
    out: list[str] = []
    length = at = 0
    spans: list[Span] = []
    expected: dict[int, str] = {}
    label: dict[str, object] | None = None
    for found in TOKEN.finditer(text):
        literal = text[at : found.start()]
        out.append(literal)
        length += len(literal)
        if label is not None and literal:
            label["literal"] = True
        at = found.end()
        token = found.group(0)
        if token.startswith("[["):
            if label is not None:
                raise SystemExit(f"nested label in {template[:60]!r}")
            label = {"kind": found.group(1), "start": length, "values": [], "literal": False}
            continue
        if token == "]]":
            if label is None:
                raise SystemExit(f"stray ]] in {template[:60]!r}")
            spans.append((str(label["kind"]), int(label["start"]), length))  # type: ignore[call-overload]
            values = label["values"]
            if len(values) == 1 and not label["literal"]:  # type: ignore[arg-type]
                expected[len(spans) - 1] = values[0]  # type: ignore[index]
            label = None
            continue
        gen, case, arg = found.group(2), found.group(3), found.group(4) or ""
        if gen in PERSON_GENS or gen in ATTRIBUTE_GENS:
            if gen in PERSON_GENS and label is None:
                raise SystemExit(
                    f"personal value {{{gen}:{arg}}} outside a label in {template[:60]!r}"
                )
            person = fill.person(arg)
            key = ("person:" + gen, arg)
            if key not in fill.cache:
                fill.cache[key] = person.value(gen, rng)
            value = fill.cache[key]
        else:
            value = fill.value(gen, arg)
        if case == "^":
            value = value.upper()
        elif case == "_":
            value = value.lower()
        if label is not None:
            if label["kind"] is None:
                label["kind"] = PERSON_GENS.get(gen)
            label["values"].append(value)  # type: ignore[union-attr]
        out.append(value)
        length += len(value)
    out.append(text[at:])
    result = "".join(out)
    if label is not None:
        raise SystemExit(f"unclosed label in {template[:60]!r}")
    if mode == "@CAPS":
        result = result.upper()
        expected = {i: v.upper() for i, v in expected.items()}
    elif mode == "@lower":
        result = result.lower()
        expected = {i: v.lower() for i, v in expected.items()}
    if len(result) != length + len(text) - at:
        raise SystemExit("a change of case changed the length")
    return result, spans, expected


# ---------------------------------------------------------------------------------------------
# The checker.

SEPARATORS = " .,-_\u2022\u00b7\n"
RUN = re.compile(r"\d(?:[" + re.escape(SEPARATORS) + r"]{0,3}\d)*")
EMAIL_DODGES = ("@", " at ", "(at)", "[at]", "(keong)", "(et)", "[@]")


def read_digits(number: str) -> str | None:
    """The digits of a labelled number, letters read for digits; None if it holds other letters."""
    out = []
    for char in number:
        if char.isdigit():
            out.append(char)
        elif char in LETTER_DIGITS:
            out.append(LETTER_DIGITS[char])
        elif char.isalpha():
            return None
    return "".join(out)


def normalised(text: str) -> str:
    """The text with letters read for digits where a digit stands beside them."""
    chars = list(text)
    for i, char in enumerate(text):
        if char in LETTER_DIGITS:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.isdigit() or after.isdigit():
                chars[i] = LETTER_DIGITS[char]
    return "".join(chars)


def inside(spans: list[Span], start: int, end: int) -> bool:
    return any(s <= start and end <= e for _, s, e in spans)


def check(text: str, spans: list[Span], expected: dict[int, str]) -> list[str]:
    """What is wrong with a filled text (an empty list when nothing is)."""
    markers = ("[[", "]]", "{", "}", "~~~", "@CAPS", "@lower")
    problems = [f"marker {marker!r} left" for marker in markers if marker in text]
    ordered = sorted(spans, key=lambda s: (s[1], s[2]))
    problems.extend(
        "overlap" for (_, _, end), (_, start, _) in itertools.pairwise(ordered) if start < end
    )
    for index, (kind, start, end) in enumerate(spans):
        if kind not in KINDS:
            problems.append(f"kind {kind!r}")
            continue
        if not 0 <= start < end <= len(text):
            problems.append("span outside")
            continue
        value = text[start:end]
        if index in expected and expected[index] != value:
            problems.append(f"{kind} {value!r} is not its value")
        first_ok = value[0].isalnum() or (kind == "phone" and value[0] in "+(")
        if not first_ok or not value[-1].isalnum():
            problems.append(f"{kind} {value!r} has an edge")
        problems.extend(check_kind(kind, value))
    problems.extend(check_repeats(text, spans))
    return problems


def check_kind(kind: str, value: str) -> list[str]:  # noqa: PLR0911, PLR0912
    """The shape of one span's value."""
    if kind == "name":
        first = re.split(r"[\s,]", value, maxsplit=1)[0].lower().rstrip(".")
        if first in OPENERS or first + "." in OPENERS:
            return [f"name {value!r} opens with {first!r}"]
        if "@" in value:
            return [f"name {value!r} holds @"]
        for match in re.finditer(r"\d", value):
            i = match.start()
            around = value[max(0, i - 1) : i + 2]
            if value != value.upper() or not any(c.isalpha() for c in around):
                return [f"name {value!r} holds a digit"]
        return []
    if kind in NUMERIC:
        number = read_digits(value)
        if number is None:
            return [f"{kind} {value!r} holds letters"]
        low, high = NUMERIC[kind]
        if not low <= len(number) <= high:
            return [f"{kind} {value!r} has {len(number)} digits"]
        if kind == "npwp" and len(number) not in {15, 16, 22}:
            return [f"npwp {value!r} has {len(number)} digits"]
        if kind in {"nik", "kk"} and not number.startswith("53"):
            return [f"{kind} {value!r} is not from NTT"]
        if kind == "bpjs" and not number.startswith("000"):
            return [f"bpjs {value!r} does not open 000"]
        if kind == "phone" and not number.startswith(("08", "628", "0380")):
            return [f"phone {value!r} opens wrong"]
        return []
    if kind == "plate":
        if not re.fullmatch(r"(?i)(DH|EB|ED) ?\d{1,4} ?[A-Z]{1,3}", value):
            return [f"plate {value!r}"]
        return []
    if kind == "address":
        low = value.lower()
        if not (low.startswith(ADDRESS_OPENERS) or re.match(r"\d{3}/\d{3}", value)):
            return [f"address {value!r} opens wrong"]
        return []
    if kind == "email" and not any(d in value.lower() for d in EMAIL_DODGES):
        return [f"email {value!r} without @"]
    return []


def check_repeats(text: str, spans: list[Span]) -> list[str]:
    """Every other occurrence of a labelled number, plate, mailbox, home or name word lies
    inside a span too."""
    problems = []
    plain = normalised(text)
    runs = []
    for run in RUN.finditer(plain):
        places = [run.start() + i for i, c in enumerate(run.group(0)) if c.isdigit()]
        runs.append(("".join(plain[p] for p in places), places))
    for kind, start, end in spans:
        value = text[start:end]
        if kind in NUMERIC:
            tail = (read_digits(value) or "")[-9:]
            if not tail:
                problems.append(f"{kind} {value!r} holds no number")
                continue
            for found, places in runs:
                at = found.find(tail)
                while at >= 0:
                    if not inside(spans, places[at], places[at + len(tail) - 1] + 1):
                        problems.append(f"{kind} {value!r} repeated outside a span")
                    at = found.find(tail, at + 1)
        elif kind == "plate":
            parts = re.findall(r"[A-Za-z]+|\d+", value)
            pattern = r"(?i)(?<![A-Za-z0-9])" + r"\s*".join(parts) + r"(?![A-Za-z0-9])"
            problems.extend(
                f"plate {value!r} repeated outside a span"
                for found in re.finditer(pattern, text)
                if not inside(spans, found.start(), found.end())
            )
        elif kind in {"email", "address"}:
            problems.extend(
                f"{kind} {value!r} repeated outside a span"
                for found in re.finditer(re.escape(value), text, re.IGNORECASE)
                if not inside(spans, found.start(), found.end())
            )
        elif kind == "name":
            for word in re.findall(r"[A-Za-z]{3,}", value):
                pattern = r"(?i)(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])"
                problems.extend(
                    f"name word {word!r} outside a span"
                    for found in re.finditer(pattern, text)
                    if not inside(spans, found.start(), found.end())
                )
    return problems


def self_test() -> None:
    """The checker accepts a good text and refuses each mistake it is there to catch."""

    def spans_of(text: str, *labelled: tuple[str, str]) -> list[Span]:
        out = []
        for kind, value in labelled:
            start = text.index(value)
            out.append((kind, start, start + len(value)))
        return out

    good = "Sy Yuliana Selan, HP 081339402211, NIK 5371045511880007. Salam, Yuliana Selan"
    spans = spans_of(
        good, ("name", "Yuliana Selan"), ("phone", "081339402211"), ("nik", "5371045511880007")
    )
    spans.append(("name", good.rindex("Yuliana Selan"), len(good)))
    assert not check(good, spans, {}), check(good, spans, {})
    bad = [
        ("Sy Yuliana Selan. Keluarga Selan marah.", [("name", "Yuliana Selan")], {}),
        ("Ibu Yuliana Selan datang.", [("name", "Ibu Yuliana Selan")], {}),
        ("Om Gerson datang.", [("name", "Om Gerson")], {}),
        ("HP 081339402211, sekali lagi 0813-3940-2211 ya", [("phone", "081339402211")], {}),
        ("HP 081339402211 atau +62 813-3940-2211 ya", [("phone", "081339402211")], {}),
        ("Salam, Yuliana Selan.", [("name", "Yuliana Selan.")], {}),
        ("NIK 53710455118800 ya", [("nik", "53710455118800")], {}),
        ("nopol DH 4410 KB ya", [("plate", "nopol DH 4410 KB")], {}),
        ("di Jl. Kesambi No. 4 ya", [("address", "Kesambi No. 4")], {}),
        ("surel yuli.selan gmail.com ya", [("email", "yuli.selan gmail.com")], {}),
        ("BPJS 1234567890123 ya", [("bpjs", "1234567890123")], {}),
        ("NIP 197804122005011003 ya", [("nip", "197804122005011003")], {}),
        ("Sy {nama:w1} ya", [], {}),
        ("Sy Yuliana Selan ya", [("name", "Yuliana Selan"), ("name", "Selan ya")], {}),
        ("Sy Yuliana Selan ya", [("name", "Yuliana Selan")], {0: "Yuliana Bana"}),
        ("mail yuli@gmail.com, cc yuli@gmail.com", [("email", "yuli@gmail.com")], {}),
        ("KK 1271045511880007 ya", [("kk", "1271045511880007")], {}),
    ]
    for text, labelled, expected in bad:
        assert check(text, spans_of(text, *labelled), expected), text
    text, spans, expected = render(
        "Sy [[{nama:w1}]], HP [[{hp:w1}]], [[address:{rmh:w1}, {rt:w1}]]", random.Random(1)
    )
    assert not check(text, spans, expected), (text, check(text, spans, expected))
    assert [kind for kind, _, _ in spans] == ["name", "phone", "address"]


def main() -> None:
    self_test()
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    table: dict[str, Counter[str]] = {}
    for style, source in STYLES.items():
        counts = table.setdefault(style, Counter())
        for theme, template in templates_of(source):
            counts["templates"] += 1
            clean = "[[" not in template
            counts["clean templates"] += clean
            for _ in range(FILLS):
                problems: list[str] = []
                for _ in range(MAX_DRAWS):
                    text, spans, expected = render(template, rng)
                    problems = check(text, spans, expected)
                    if text in seen:
                        problems.append("a text already written")
                    if not problems:
                        break
                else:
                    raise SystemExit(f"cannot fill {template[:70]!r}: {problems[:3]}")
                seen.add(text)
                counts["texts"] += 1
                counts["clean texts"] += not spans
                for kind, _, _ in spans:
                    counts[kind] += 1
                    counts["spans"] += 1
                records.append(
                    {
                        "text": text,
                        "spans": [
                            {"kind": k, "start": s, "end": e}
                            for k, s, e in sorted(spans, key=lambda x: x[1])
                        ],
                        "style": style,
                        "theme": theme,
                    }
                )
    rng.shuffle(records)
    lines = []
    for number, record in enumerate(records, start=1):
        numbered = {"id": f"b25-{number:04d}", **record}
        lines.append(json.dumps(numbered, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    report(table, hashlib.sha256(data).hexdigest())


def report(table: dict[str, Counter[str]], sha: str) -> None:
    total: Counter[str] = Counter()
    for counts in table.values():
        total.update(counts)
    out = sys.stdout
    out.write(f"{OUT.name}\nSHA-256 {sha}\n")
    out.write(
        f"texts {total['texts']}, without spans {total['clean texts']}, "
        f"spans {total['spans']}, templates {total['templates']} "
        f"({total['clean templates']} without personal data)\n"
    )
    kinds = sorted(KINDS, key=lambda k: (-total[k], k))
    out.write("".join(f"{k} {total[k]}\n" for k in kinds))
    head = ["style", "tpl", "clean", "texts", "clean", "spans", *kinds]
    out.write("\t".join(head) + "\n")
    for style, c in table.items():
        row = [
            style,
            c["templates"],
            c["clean templates"],
            c["texts"],
            c["clean texts"],
            c["spans"],
            *(c[k] for k in kinds),
        ]
        out.write("\t".join(str(x) for x in row) + "\n")


# ---------------------------------------------------------------------------------------------
# The templates, one block of text per style.

SMS_1708 = r"""
=keamanan
@CAPS
KOTKUPANG TEMPAT KARAOKE {?BARU |}DI {jln:1} DEKAT {sek:1} BUKA SMP JAM 3 PAGI, MUSIK KERAS, ORG MABUK BERKELAHI DI JALAN. NOMOR DI SPANDUKNYA {hpk:1} TDK PERNAH ANGKAT. KAMI SDH {n:2-3} MINGGU TDK BISA TIDUR. SY [[{nama:m1}]] WARGA [[address:{rtl:m1}]] KEL {kel:1}, HP [[{hp:m1}]]
~~~
=pendidikan
@lower
kotkupang anak sy [[name:{dpn:wt1} {marga:m1}]] kls 12 di {sma:1}, rapor ditahan krn blm lunas uang komite rp {rp:a1}. disuruh transfer ke rek {bankb:1} {rekb:1} a.n. komite sekolah. nisn anak {nisn:1}. sy mamanya [[{nama:w1}]], wa [[{hp:w1}]]. mhn dibantu
~~~
=kependudukan
@CAPS
KOTKUPANG KTP EL SY PATAH, SDH DAFTAR CETAK ULANG LEWAT WA DUKCAPIL {hpk:1} TGL {tgl:b1} TP BLM ADA JADWAL. NIK [[{nik:m1}]] NO KK [[{kk:m1}]]. ANTRIAN ONLINE NO {antri:1}. MOHON INFO KAPAN BISA AMBIL. [[{nama:m1}]]
~~~
=kesehatan
@lower
kotkupang anak sy [[{dpn:mb2}]] demam berdarah, skrg dirawat di {rs:1} pakai bpjs no [[{bpjsp:mb2}]]. di [[address:{rt:w1}]] kel {kel:1} sdh {n:3-5} anak kena dbd bulan ini tp blm ada fogging. sdh tlp {pkm:1} di {telk:1} katanya tunggu jadwal. mohon cepat. [[{pgl:w1}]] {?hp|no hp|wa} [[{hp:w1}]]
~~~
=listrik
@CAPS
KOTKUPANG POHON TUMBANG TIMPA KABEL LISTRIK DI DEPAN RUMAH SY [[address:{rmh:m1}]] KEL {kel:1} SEJAK JAM {jam:m1} TD MALAM. SDH TLP PLN 123 TP BLM DATANG, KABEL MASIH MENYALA DAN ANAK2 LEWAT. ID PEL SY {plnid:1}. [[{nama:m1}]] [[{hpp:m1}]]
~~~
=pungli
@lower
kotkupang sy sopir truk sayur dr soe, tiap masuk pelabuhan tenau dimintai rp {rp:s1} tanpa karcis oleh org yg ngaku petugas. truk sy [[{plat:m1}]]. kalau tdk kasih tdk boleh bongkar. mohon ditertibkan. [[{nama:m1}]] hp [[{hp:m1}]]
~~~
=penipuan
@CAPS
KOTKUPANG SY DAPAT WA DR {hpk:1} NGAKU CS {bank:w1}, BILANG REKENING SY DIBLOKIR DAN MINTA KODE OTP. REK SY [[{rek:w1}]]. SY TDK KASIH, SDH LAPOR KE KANTOR CABANG. MOHON NOMOR ITU DITINDAK. [[{nama:w1}]] [[{hp:w1}]]
~~~
=perumahan
@lower
kotkupang sy anak kos di [[address:{rmh:wy1}]] kel {kel:1}. ibu kos [[{nama:w2}]] (hp [[{hp:w2}]]) putus listrik kamar krn sy telat bayar 3 hari, padahal sewa rp {?500.000|650.000|750.000} sdh lunas bln lalu. sy mahasiswa, tdk bs belajar. [[{pgl:wy1}]] [[{hp:wy1}]]
~~~
=kesehatan
@CAPS
KOTKUPANG SY PESERTA BPJS KESEHATAN MANDIRI KELAS 3, NO KARTU [[{bpjs:m1}]]. TUNGGAKAN SDH SY BAYAR LEWAT VA {va:1} TGL {tgl:b1} TP KARTU MASIH TDK AKTIF WAKTU ISTRI MAU MELAHIRKAN DI {rs:1}. CALL CENTER 165 SURUH TUNGGU 14 HARI. [[{nama:m1}]] [[{hpl:m1}]]
~~~
=kesehatan
@lower
kotkupang posyandu di [[address:{rtl:w1}]] kel {kel:1} sdh 2 bln tdk buka, anak sy [[{dpn:wc1}]] blm dapat imunisasi campak. info kader posyandu {hpk:1} tdk dibalas. mohon {pkm:1} turun. [[{nama:w1}]] [[{hp:w1}]]
~~~
=bencana
@CAPS
KOTKUPANG RUMAH TETANGGA SY [[{nama:mo2}]] DI [[address:{rmh:mo2}]] TERBAKAR TADI SUBUH, SEMUA HABIS TERMASUK KTP DAN KK. NO KK DIA [[{kk:mo2}]] MASIH ADA DI FOTO HP SY. MOHON DINSOS DAN BPBD BANTU. SY [[{nama:w1}]] HP [[{hp:w1}]]
~~~
=pajak
@lower
kotkupang sy pedagang kios kecil, dapat surat dr kpp minta lapor spt. npwp lama sy [[{npwpo:w1}]], skrg katanya pake nik [[{npwpn:w1}]]. sdh tlp kring pajak 1500200 tdk nyambung. mohon penjelasan. [[{nama:w1}]]
~~~
=keamanan
@CAPS
KOTKUPANG MOTOR SY HONDA BEAT HITAM [[{plat:m1}]] HILANG DI PARKIRAN {psr:1} JAM {jam:s1}. SDH LAPOR POLSEK, NO {lp:1}. NO RANGKA {rangka:1}. TUKANG PARKIR TDK MAU TANGGUNG JWB PADAHAL SY BAYAR RP 2.000. [[{nama:m1}]] WA [[{hp:m1}]]
~~~
=ketenagakerjaan
@lower
kotkupang sy kirim lamaran program magang ke jepang ke email disnaker.kotakupang@gmail.com tgl {tgl:b1} tp tdk ada balasan, tlp kantor {telk:1} jg tdk angkat. email sy [[{mail:my1}]] hp [[{hp:my1}]]. apa masih dibuka? [[{pgl:my1}]]
~~~
=kesehatan
@CAPS
KOTKUPANG HONOR KADER POSYANDU 3 BULAN BLM MASUK KE REK [[{rek:w1}]] {bank:w1} A.N. [[{nama:w1}]]. KADER LAIN SDH TERIMA. SDH TANYA KE {pkm:1} KATANYA DATA REK SALAH. MOHON DICEK. WA [[{hp:w1}]]
~~~
=tata ruang
@lower
kotkupang keluarga [[{marga:m2}]] bangun pagar tembok di atas saluran air depan rumah sy [[address:{rmh:w1}]], skrg air hujan masuk rumah. rt sdh tegur tdk dihiraukan. mohon pupr atau satpol pp cek. sy [[{nama:w1}]] hp [[{hp:w1}]]
~~~
=perikanan
@CAPS
KOTKUPANG SY NELAYAN DI {kel:1}, MAU URUS KARTU KUSUKA UTK BELI SOLAR SUBSIDI TP DITOLAK KRN NIK SY [[{nik:m1}]] TDK PADAN DGN KK [[{kkp:m1}]]. DUKCAPIL BILANG DATA SDH BENAR. MOHON DIBANTU. [[{nama:m1}]] HP [[{hp:m1}]]
~~~
=penipuan
@CAPS
KOTKUPANG SY TERTIPU BELI HP LEWAT FB. PENJUAL BERNAMA [[{nama:m2}]], WA [[{hp:m2}]], SY TRANSFER RP {rp:m1} KE REK {bank:m2} [[{rek:m2}]] A.N. [[{nama:m2}]] TGL {tgl:b1}. BARANG TDK DIKIRIM, NOMOR SDH TDK AKTIF. MOHON DIBANTU. [[{pgl:w1}]] [[{hp:w1}]]
~~~
=penerangan jalan
@CAPS
KOTKUPANG LAMPU JALAN DI {jln:1} DARI {sek:1} SAMPAI {grj:1} MATI SUDAH {n:2-4} MINGGU. SDH LAPOR KE DISHUB {telk:1} KATANYA TUNGGU ANGGARAN. MALAM GELAP, SDH ADA YG JATUH DARI MOTOR.
~~~
=penipuan
@lower
kotkupang ada nomor {hpk:1} kirim sms ke bbrp warga di kel {kel:1}, katanya dari dinas sosial, minta foto ktp dan kk utk bansos rp {rp:m1}. itu resmi atau tipu? mohon diumumkan ke warga.
~~~
=air bersih
@CAPS
KOTKUPANG AIR PDAM DI KEL {kel:1} KUNING DAN BAU SEJAK HARI {hari:b1}. NO SAMB {samb:1}. HOTLINE PDAM {telk:1} DAN WA {hpk:1} TDK ADA JAWABAN. TAGIHAN BLN INI RP {rp:a1} TETAP DITAGIH.
~~~
=pasar
@lower
kotkupang wc umum di {psr:1} dikunci terus, pedagang dan pembeli disuruh bayar rp {rp:t1} di wc rumah org. retribusi pasar tiap hari rp {rp:t2} tetap ditarik. tolong disperindag cek
~~~
=penipuan
@CAPS
KOTKUPANG SY DAPAT SMS DR {hpk:1} KATANYA SY MENANG UNDIAN 1 UNIT MOTOR DARI {?TELKOMSEL|INDOSAT|BANK NTT}, DISURUH TLP {hpk:2} DAN BELI PULSA RP {rp:a1} UTK BIAYA ADM. APA INI PENIPUAN? TRIMS
~~~
=pajak
@lower
kotkupang sppt pbb thn ini nop {nop:1} tagihan naik dr rp {rp:a1} jd rp {rp:m1}, luas bangunan salah ditulis. sdh ke loket bapenda di {jln:1} disuruh isi formulir keberatan. kode billing {billing:1} blm sy bayar. mohon koreksi
~~~
=ketertiban
@CAPS
KOTKUPANG PEDAGANG DI DEPAN {sek:1} JUALAN SAMPAI KE BADAN JALAN, MACET TIAP JAM {jam:p1} DAN JAM {jam:s2}. SATPOL PP {telk:1} BILANG NANTI PATROLI. SAMPAI SKRG TDK ADA.
~~~
=kependudukan
@lower
kotkupang tolong cek, nomor wa pengaduan dukcapil {hpk:1} yg di website sama yg di spanduk kantor lurah {kel:1} ({hpk:2}) beda. mana yg resmi? sy mau urus akta kematian.
~~~
=sampah
@CAPS
KOTKUPANG TRUK SAMPAH DLHK SDH {n:2-3} MINGGU TDK MASUK {?JALAN|GANG} DI BELAKANG {pkm:1}. SAMPAH SDH MENUMPUK, BANYAK LALAT. RETRIBUSI SAMPAH RP {?10.000|15.000|20.000}/BLN TETAP DITAGIH LEWAT REKENING PDAM. MOHON DIANGKUT SEBELUM HARI {hari:d2}.
~~~
=perhubungan
@lower
kotkupang harga tiket kapal cepat ke rote di pelabuhan tenau naik jd rp {rp:a1}, calo jual di luar loket. loket asdp {telk:1} tdk angkat, wa agen {hpk:1} cuma balas "tiket habis". tolong dishub atur
~~~
=drainase
@lower
kotkupang proyek drainase di {jln:1} dikerjakan {cv:1}, di papan proyek tertulis npwp {npwpb:1} nilai rp {rp:x1}. galian dibiarkan terbuka sdh 2 minggu tanpa pagar, kemarin ada anak jatuh. kontak di papan {hpk:1} tdk aktif. mohon pupr tegur kontraktor
"""

WA_GROUP = r"""
=keamanan
[{tgl:d1} 18.{mm:b}] Admin RT {nrt:1}: Jadwal ronda minggu ini bapa-bapa e 🙏
Senin: [[{nama:m1}]], [[{nama:m2}]]
Selasa: [[{nama:m3}]], [[{pgl:m4}]]
Rabu: [[{nama:m6}]]
Kalau ada kejadian hubungi pos polisi {telk:1} atau Bhabinkamtibmas {hpk:1}.
[{tgl:d1} 18.{mm:d}] [[{nama:m2}]]: Siap pak. Tapi Senin beta ada dinas luar, tukar dengan Om [[{pgl:m5}]] bisa ko?
[{tgl:d1} 18.{mm:f}] [[{pgl:m5}]]: Oke, beta ganti. HP beta [[{hp:m5}]] kalo ada apa2
~~~
=duka
[{tgl:d1} 05.{mm:c}] Sekretariat Jemaat: Berita duka. Telah meninggal dunia Bapak [[{nama:mo1}]] (umur {umur:mo1} thn) tadi subuh di {rs:1}. Jenazah disemayamkan di rumah duka [[address:{rmh:mo1}, {rt:mo1}]]. Ibadah penghiburan malam ini jam 19.00.
[{tgl:d1} 06.{mm:a}] [[{nama:w2}]]: Turut berduka 🙏 Tuhan kuatkan keluarga [[{marga:mo1}]]
[{tgl:d1} 07.{mm:b}] [[{nama:m3}]]: Bagi yang mau bantu, bisa lewat rek {bank:w4} [[{rek:w4}]] a.n. [[name:{dpn:w4} {marga:mo1}]] (anak almarhum). Info lain ke kantor gereja {telk:1}.
~~~
=kependudukan
[{tgl:d1} 20.{mm:a}] [[{hpi:w1}]]: Selamat malam Pak RT, beta warga baru di [[address:{rmh:w1}]], kontrak rumah Om [[{nama:mo2}]]. Nama beta [[{nama:w1}]]. Mau lapor diri, ini NIK beta [[{nik:w1}]] deng KK [[{kk:w1}]]
[{tgl:d1} 20.{mm:c}] Pak RT [[{pgl:m3}]]: Malam Ibu. Su beta catat. Besok Ibu bawa fotokopi ke kantor lurah, atau kirim ke WA kelurahan {hpk:1} sa.
[{tgl:d1} 20.{mm:d}] [[{hpi:w1}]]: Baik pak, terima kasih 🙏
~~~
=gereja
[{tgl:d1} 10.{mm:b}] Majelis Rayon {n:1-9}: Syalom. Pendaftaran baptis kudus bulan {bln:d3} ditutup hari {hari:d2}. Syarat: fotokopi KK, akta lahir anak, surat nikah gereja orang tua. Kirim ke WA kantor jemaat {hpk:1} atau ke beta [[{nama:w1}]] [[{hp:w1}]].
[{tgl:d1} 11.{mm:a}] [[{nama:m2}]]: Syalom ibu. Beta daftar anak [[name:{dpn:mi3} {marga:m2}]], lahir {lahir:mi3}. KK [[{kkp:m2}]]. Mama dia [[{nama:w4}]].
[{tgl:d1} 11.{mm:d}] [[{nama:w1}]]: Su masuk bapa. Nanti hari Kamis katekisasi orang tua di pastori jam 17.00 e
~~~
=iuran
[{tgl:d1} 19.{mm:a}] Bendahara RT [[{pgl:w1}]]: Bapa mama, iuran sampah deng keamanan bulan {bln:d1} Rp {rp:s1}. Bisa bayar tunai ke beta atau transfer ke rek {bankb:1} {rekb:1} (rekening RT). Yang bulan lalu su transfer ke rek pribadi beta {bank:w1} [[{rek:w1}]], aman sa, su beta setor semua.
[{tgl:d1} 19.{mm:c}] [[{nama:m2}]]: Ibu, beta su transfer tadi ke rekening RT. Bukti beta kirim japri.
[{tgl:d1} 19.{mm:e}] [[{nick:w3}]]: Hari Sabtu kerja bakti di got depan {grj:1} to?
~~~
=gereja
[{tgl:d1} 09.{mm:a}] Pemuda {gmit:1}: Syalom kaka adik. Pendaftaran retret pemuda ke Camplong tanggal {tgll:d3} sudah dibuka. Biaya Rp {rp:a1}, transfer ke rek panitia {bankb:1} {rekb:1} a.n. Panitia Retret Pemuda. Koordinator pendaftaran: Kak [[{nama:wy1}]] [[{hp:wy1}]].
[{tgl:d1} 09.{mm:d}] [[{nama:my2}]]: Kak, beta daftar 3 orang:
1. [[{nama:mt3}]] (16)
2. [[{nama:wt4}]] (15)
3. [[{nama:my2}]] (19)
[{tgl:d1} 10.{mm:a}] [[{pgl:wy1}]]: Su masuk adik 🙏
~~~
=keamanan
[{tgl:d1} 13.{mm:b}] [[{nama:w1}]]: Bapa mama tolong, beta pung anak [[{dpn:mb2}]] umur {umur:mb2} thn belum pulang dari {sd:1}. Pake baju merah putih. Kalo liat tolong telpon [[{hp:w1}]] 🙏🙏
[{tgl:d1} 13.{mm:e}] [[{nama:m3}]]: Ada di samping kios Mama [[{pgl:w4}]] ni, dia main deng beta pung anak. Aman ibu.
[{tgl:d1} 13.{mm:f}] [[{nama:w1}]]: Puji Tuhan. Makasih banyak bapa
~~~
=gereja
[{tgl:d1} 16.{mm:a}] Koor Ibu-Ibu Rayon {n:1-9}: Latihan hari {hari:d2} jam 16.00 di pastori. Baju seragam su bisa ambil di penjahit di {jln:1}, WA {hpk:1}. Sisa bayar Rp {rp:a1}.
[{tgl:d1} 16.{mm:c}] [[{nama:w1}]]: Beta sonde bisa ambil, nanti beta pung adik [[{pgl:w2}]] yang ambil e. Nomor dia [[{hp:w2}]]
[{tgl:d1} 16.{mm:e}] Koor Ibu-Ibu Rayon {n:1-9}: Oke mama
~~~
=keamanan
[{tgl:d1} 06.{mm:a}] [[{nama:m1}]]: Bapa mama, tadi malam motor Vario beta [[{plat:m1}]] hilang di depan rumah [[address:{rmh:m1}]]. CCTV tetangga rekam dua orang pake Mio plat [[{plat:m2}]]. Su lapor Polsek, nomor laporan {lp:1}.
[{tgl:d1} 06.{mm:c}] Admin RT {nrt:1}: Semua warga tolong cek CCTV masing-masing. Info ke beta atau langsung ke Polsek {telk:1}.
~~~
=kesehatan
[{tgl:d1} 08.{mm:a}] Pak RT [[{pgl:m1}]]: Dinas Sosial minta data warga yang kartu KIS tidak aktif. Kirim nama, NIK, no kartu ke beta paling lambat hari {hari:d2}. Info Dinsos: {telk:1}.
[{tgl:d1} 08.{mm:c}] [[{nama:w2}]]: Pak RT, mama beta [[{nama:wo3}]], NIK [[{nik:wo3}]], no kartu KIS [[{bpjs:wo3}]]. Kartu ditolak di {pkm:1} minggu lalu.
[{tgl:d1} 08.{mm:e}] [[{nama:m4}]]: Beta pung bapa ju pak. [[name:{dpn:mo5} {marga:m4}]] NIK [[{nikp:mo5}]] kartu [[{bpjsp:mo5}]]
~~~
=gereja
[{tgl:d1} 17.{mm:a}] Panitia Pesta Panen: Syalom. Persembahan pesta panen bisa transfer ke rekening Majelis Jemaat {gmit:1} di Bank NTT {rekntt:1}. Untuk konfirmasi hubungi bendahara panitia Ibu [[{nama:w1}]] di [[{hp:w1}]].
Daftar donatur minggu ini:
1. Kel. [[{marga:m2}]] - Rp {rp:a1}
2. Kel. [[{marga:m3}]] - Rp {rp:a2}
3. [[{nama:w4}]] - Rp {rp:s1}
~~~
=air bersih
[{tgl:d1} 07.{mm:a}] [[{nama:w1}]]: Pipa PDAM bocor depan rumah beta [[address:{rmh:w1}]] su 3 hari. Beta su lapor ke hotline {telk:1}, dong kasi nomor petugas lapangan {hpk:1} tapi sonde angkat.
[{tgl:d1} 07.{mm:d}] Admin RT {nrt:1}: Ibu, kirim no sambungan deng nomor HP ibu, nanti beta teruskan ke kelurahan.
[{tgl:d1} 07.{mm:f}] [[{nama:w1}]]: No samb {samb:1}, HP [[{hp:w1}]]. Makasih pak
~~~
=gereja
[{tgl:d1} 12.{mm:a}] Sekretariat Jemaat: WARTA PERNIKAHAN (pengumuman pertama). Akan diteguhkan dan diberkati pernikahan antara Sdr. [[name:{dpn:m1} {marga:mo2}]], anak dari Bpk. [[{nama:mo2}]] dan Ibu [[{nama:wo3}]], dengan Sdri. [[name:{dpn:w4} {marga:mo5}]], anak dari Bpk. [[{nama:mo5}]] dan Ibu [[{nama:wo6}]], pada hari {hari:d3}, {tgll:d3} di {gmit:1}. Bagi jemaat yang mengetahui halangan, harap melapor ke Majelis. Kantor jemaat {telk:1}.
[{tgl:d1} 12.{mm:c}] [[{nama:w7}]]: Puji Tuhan 🙏
~~~
=kesehatan
{tgly:d1} 09.{mm:a} - Kader [[{pgl:w1}]]: Bapa mama, besok petugas {pkm:1} datang kunjungan rumah lansia yang sonde bisa jalan. Yang su daftar:
1. [[{nama:wo2}]] ({umur:wo2}), KIS [[{bpjs:wo2}]]
2. [[{nama:mo3}]] ({umur:mo3}), KIS [[{bpjs:mo3}]]
Yang mau tambah, japri beta di [[{hp:w1}]] e. Jangan ke nomor puskesmas {hpk:1}, itu khusus pendaftaran poli.
{tgly:d1} 09.{mm:c} - [[{nama:w4}]]: Kader, tambah beta pung oma [[{nama:wo5}]] ({umur:wo5}) e
~~~
=usaha
[{tgl:d1} 15.{mm:a}] [[{nama:w1}]]: Syalom bapa mama, beta terima pesanan kue lapis deng kue cucur untuk natal, hasilnya untuk dana pembangunan gedung gereja. Pesan di WA [[{hp:w1}]] e.
[{tgl:d1} 15.{mm:c}] [[{nama:w2}]]: Mama, beta pesan 2 loyang. Antar ke rumah [[address:{rmh:w2}]] bisa?
[{tgl:d1} 15.{mm:f}] [[{nama:m3}]]: Toko roti di {kel:1} ju terima pesanan, WA {hpk:1}, tapi mahal 😅
~~~
=lingkungan
[{tgl:d1} 17.{mm:b}] [[{nama:m1}]]: Pak RT, kandang babi keluarga [[{marga:m2}]] di belakang rumah beta bau sekali, su 2 bulan. Air kotor masuk got.
[{tgl:d1} 17.{mm:d}] Pak RT [[{pgl:m3}]]: Nanti beta bicara dengan Om [[{pgl:m2}]]. Kalau sonde bisa, kita lapor ke DLHK {telk:1}.
[{tgl:d1} 18.{mm:a}] [[{nama:m2}]]: Maaf bapa dong, minggu ini beta pindah kandang ke kebun.
~~~
=gereja
{tgly:d1} 10.{mm:a} - Sekretariat Paroki: Umat yang mau terima warta paroki lewat email, kirim alamat email ke sekretariat.paroki.kolhua@gmail.com atau balas di sini.
{tgly:d1} 10.{mm:c} - [[{nama:w1}]]: Beta pung email [[{mail:w1}]] e
{tgly:d1} 10.{mm:e} - [[{nama:m2}]]: [[{maild:m2}]] 🙏
{tgly:d1} 11.{mm:a} - [[{nama:w3}]]: Yang beta ko [[{mail:w3}]]. Makasih sekretariat
~~~
=bencana
[{tgl:d1} 06.{mm:a}] Pak RT [[{pgl:m1}]]: Data rumah yang kena banjir semalam, untuk dikirim ke BPBD ({telk:1}):
1. [[{nama:m2}]] - KK [[{kkp:m2}]]
2. [[{nama:w3}]] - KK [[{kkp:w3}]]
3. [[{nama:mo4}]] - KK [[{kkp:mo4}]]
Yang belum masuk, kirim foto KK ke beta sebelum jam 12.
[{tgl:d1} 06.{mm:d}] [[{nama:w5}]]: Pak, beta pung KK [[{kkg:w5}]]. Rumah beta air masuk sampe lutut
~~~
=pajak
[{tgl:d1} 19.{mm:a}] Bendahara Jemaat: Syalom bapa mama guru sekolah minggu. Untuk honor pelayanan triwulan ini, bendahara perlu NPWP masing-masing supaya potongan pajak sesuai. Kirim japri atau di sini sa. NPWP jemaat {npwpb:1} jangan dipake e.
[{tgl:d1} 19.{mm:c}] [[{nama:w1}]]: Ini punya beta [[{npwpn:w1}]]
[{tgl:d1} 19.{mm:d}] [[{nama:m2}]]: NPWP beta yang lama [[{npwpo:m2}]], yang baru katanya sama dengan NIK
[{tgl:d1} 19.{mm:f}] [[{nama:wy3}]]: Beta belum punya NPWP ibu, pake NIK sa boleh? [[{nikp:wy3}]]
~~~
=kesehatan
[{tgl:d1} 08.{mm:a}] Admin RT {nrt:1}: Info dari {pkm:1}: fogging minggu ini RT {nrt:2} hari {hari:d2}, RT {nrt:3} hari {hari:d3}. Warga diminta tutup makanan dan minuman. Pertanyaan: WA {hpk:1}.
[{tgl:d1} 08.{mm:c}] Ketua RT {nrt:2}: Siap, terima kasih infonya
~~~
=gereja
[{tgl:d1} 18.{mm:a}] Sekretariat Jemaat: Jadwal ibadah Minggu {tglm:d1}: 06.00, 08.30 dan 17.00. Persembahan syukur bisa transfer ke rek Majelis Jemaat {gmit:1} Bank NTT {rekntt:1} atau BRI {rekbri:1}. NPWP Majelis Jemaat {npwpb:1} untuk laporan pajak lembaga. Info: kantor jemaat {telk:1}.
~~~
=penipuan
[{tgl:d1} 21.{mm:a}] Admin RT {nrt:1}: Hati-hati bapa mama. Ada nomor {hpk:1} deng {hpk:2} telpon warga, ngaku dari PLN, bilang meteran mau diputus kalo sonde transfer Rp {rp:a1}. Jangan layani. Pengaduan resmi PLN 123.
[{tgl:d1} 21.{mm:c}] Grup RT {nrt:1}: 👍
~~~
=gereja
[{tgl:d1} 13.{mm:a}] Sekretariat Jemaat: Rekap persembahan Minggu lalu: kebaktian pagi Rp {rp:m1}, kebaktian sore Rp {rp:m2}, persembahan syukur Rp {rp:m4}. Total kolekte diakonia Rp {rp:m3}. Terima kasih bapa mama 🙏
~~~
=sampah
[{tgl:d1} 07.{mm:a}] Admin RT {nrt:1}: Mulai bulan {bln:d2} retribusi sampah RT {nrt:1} naik jadi Rp {rp:s1} per rumah, sesuai surat kelurahan nomor {surat:KEL1}. Truk DLHK masuk hari Selasa deng Jumat jam 06.00. Keluhan ke DLHK {telk:1} atau WA {hpk:1}.
~~~
=kependudukan
{tgly:d1} 08.{mm:a} - Admin Kelurahan: Dukcapil Kota Kupang buka layanan jemput bola di kantor lurah {kel:1} hari {hari:d2} jam 09.00-14.00: rekam KTP, cetak KK, akta lahir. Antrian online via WA {hpk:1}. Bawa fotokopi KK. Kuota {n:50-80} orang.
{tgly:d1} 08.{mm:c} - Admin Kelurahan: Yang sonde bisa datang karena sakit, lapor ke ketua RT masing-masing.
~~~
=gereja
[{tgl:d1} 20.{mm:a}] Panitia Lomba Paduan Suara: Hasil lomba antar rayon: Juara 1 Rayon {n:1-4}, Juara 2 Rayon {n:5-7}, Juara 3 Rayon {n:8-9}. Hadiah diambil di kantor jemaat hari {hari:d2}. Informasi panitia: {hpk:1}.
~~~
=air bersih
[{tgl:d1} 10.{mm:a}] Admin RT {nrt:1}: Ada yang tanya air tangki. Ini dari brosur: TANGKI AIR BERSIH SUMBER BERKAT, 5000 liter Rp {rp:a1}, antar cepat, HUB {hpk:1} / {hpk:2}. Yang lain: Depot {kel:1}, WA {hpk:3}.
[{tgl:d1} 10.{mm:c}] Grup Warga RT {nrt:1}: Makasih pak admin
~~~
=penipuan
{tgly:d1} 19.{mm:a} - Admin Grup: *Diteruskan* "BANTUAN KEMENSOS 2026 Rp {rp:m1} untuk pemilik KTP. Daftar segera lewat link bit.ly/bansos-ntt atau WA {hpk:1}. Kuota terbatas!!"
{tgly:d1} 19.{mm:b} - Admin Grup: Ini HOAX e bapa mama. Dinas Sosial sonde pernah minta data lewat link. Info resmi Dinsos {telk:1}.
~~~
=pendidikan
[{tgl:d1} 07.{mm:a}] Wali Kelas 5B: Selamat pagi bapa mama. Ujian semester mulai {hari:d2} {tgll:d2}. Uang ujian Rp {rp:s1} dibayar ke bendahara sekolah, bukan ke guru. Pertanyaan ke tata usaha {sek:1} {telk:1}.
[{tgl:d1} 07.{mm:c}] Wali Kelas 5B: Kartu ujian diambil hari {hari:d3} jam 10.00.
~~~
=jalan
[{tgl:d1} 16.{mm:a}] Admin RT {nrt:1}: Info Dinas PUPR: perbaikan jalan {jln:1} mulai {tgll:d2}, kendaraan dialihkan lewat {jln:2}. Pengaduan proyek ke PPK {hpk:1} atau kantor PUPR {telk:1}. Nomor kontrak {surat:PUPR1}.
"""

LAPOR_WEB = r"""
=pendidikan
Judul Laporan: Anak ditolak PPDB jalur zonasi padahal rumah dekat sekolah
Isi Laporan: Anak saya [[name:{dpn:mt1} {marga:m2}]] (NISN {nisn:1}) mendaftar di {sma:1} lewat jalur zonasi. Jarak rumah kami ke sekolah {n:300-800} meter, tetapi nama anak saya tidak masuk pengumuman, sementara anak dari kelurahan lain diterima. Waktu saya tanya ke panitia PPDB di nomor {hpk:1}, dijawab kuota penuh. Mohon penjelasan Dinas Pendidikan.
Kategori: Pendidikan
Lokasi Kejadian: Kel. {kel:1}, Kec. {kec:1}
---- identitas pelapor ----
Nama Lengkap : [[{nama:m2}]]
NIK : [[{nik:m2}]]
No. KK : [[{kk:m2}]]
Alamat : [[address:{rmh:m2}, {rt:m2}]], Kel. {kel:1}
No. HP/WA : [[{hp:m2}]]
~~~
=sosial
Judul Laporan: Bantuan penyandang disabilitas tidak cair 2 tahap
Isi Laporan: Saya [[{nama:m1}]], penyandang disabilitas fisik. Nama saya ada di SK penerima bantuan sosial disabilitas Kota Kupang tahun 2026, tetapi tahap 1 dan 2 tidak masuk ke rekening {bank:m1} saya [[{rek:m1}]]. Petugas Dinsos bilang rekening tidak padan dengan NIK [[{nikp:m1}]]. Sudah kirim data ke WA layanan Dinsos {hpk:1} sejak {tgll:b1}, belum ada balasan.
Kategori: Sosial
Nomor Tiket: {tiket:1}
Kontak pelapor: [[{hp:m1}]] / telp rumah [[{telr:m1}]]
~~~
=kependudukan
Judul Laporan: Tanggal lahir di KK salah setelah pemutakhiran data
Isi Laporan: Setelah KK kami dicetak ulang, tanggal lahir saya tertulis berbeda dengan di KTP dan akta. KK nomor [[{kkp:w1}]], NIK saya [[{nikp:w1}]]. Saya sudah ke loket Dukcapil di {jln:1}, nomor antrian {antri:1}, tetapi disuruh kembali dengan surat pengantar kelurahan. Mohon dibantu tanpa harus bolak-balik karena saya bekerja.
Identitas:
Nama: [[{nama:w1}]]
Email: [[{mail:w1}]]
Telp: [[{hp:w1}]]
Tanggapan Dinas Kependudukan dan Pencatatan Sipil ({tgl:d2}): Terima kasih. Silakan kirim foto KK, KTP dan akta ke dukcapil@kupangkota.go.id atau WA pengaduan {hpk:1}. Perbaikan dapat diproses tanpa surat pengantar.
~~~
=perizinan
Judul Laporan: Kesulitan mengurus NIB usaha katering rumahan
Isi Laporan: Saya usaha perorangan, katering kecil di rumah sendiri [[address:{rmh:w1}]] Kel. {kel:1}. Waktu isi OSS, NPWP pribadi saya [[{npwpo:w1}]] ditolak, katanya harus 16 digit. Saya coba isi [[{npwpn:w1}]] di kolom NPWP (NIK saya), tetap gagal. Helpdesk OSS {hpk:1} hanya kirim jawaban otomatis. NIB teman saya {nib:1} bisa keluar sehari.
Nama Pelapor: [[{nama:w1}]]
HP: [[{hp:w1}]]
~~~
=pertanian
Judul Laporan: Ganti rugi babi mati ASF belum dibayar
Isi Laporan: Bulan {bln:b1} lalu {n:4-9} ekor babi saya mati karena ASF dan sudah didata petugas kesehatan hewan. Dinas Pertanian janji ganti rugi lewat rekening. Data yang saya serahkan: NIK [[{nik:m1}]], rekening {bank:m1} [[{rek:m1}]] a.n. [[{nama:m1}]]. Sampai sekarang belum ada. Petugas keswan yang datang waktu itu kasih nomor {hpk:1} tapi sudah tidak aktif.
Lokasi Kejadian: Kel. {kel:1}
Pelapor: [[{nama:m1}]] / [[{hp:m1}]]
~~~
=bencana
Judul Laporan: Rumah terendam banjir, belum ada bantuan
Isi Laporan: Kami warga [[address:{rt:w1}]] Kel. {kel:1}. Hujan deras tanggal {tgll:b1} membuat air masuk ke rumah kami di [[address:{blok:w1}]] setinggi {n:40-90} cm. Kasur, beras dan buku anak rusak. Saya sudah telepon Pusdalops BPBD {telk:1} dan diminta kirim data KK. No KK kami [[{kk:w1}]]. Sudah seminggu belum ada petugas yang datang.
Identitas pelapor:
Nama: [[{nama:w1}]]
HP: [[{hp:w1}]]
~~~
=perhubungan
Judul Laporan: Mutasi motor dari Ende sudah 3 bulan belum selesai
Isi Laporan: Saya beli motor bekas dari Ende, plat lama [[plate:EB {n:1000-9999} {?AK|BL|MF}]]. Berkas mutasi masuk Samsat Kupang tanggal {tgll:b2}, kwitansi {ref:1}. Nomor polisi baru [[{plat:mk1}]] sudah keluar di sistem, tapi STNK belum bisa diambil. Tiap tanya ke WA Samsat {hpk:1} disuruh sabar.
Nama : [[{nama:mk1}]]
NIK : [[{nik:mk1}]]
HP : [[{hp:mk1}]]
~~~
=kesehatan
Judul Laporan: Pasien BPJS disuruh beli obat sendiri di apotek luar
Isi Laporan: Bapak saya [[{nama:mo1}]], peserta JKN-KIS no. kartu [[{bpjs:mo1}]], dirawat di {rs:1} sejak {tgll:b1}. Keluarga disuruh beli obat dan infus di apotek luar, total Rp {rp:m1}, dengan alasan stok kosong. Pengaduan ke unit pengaduan rumah sakit {telk:1} dan BPJS Kesehatan 165 belum ada hasil. Kuitansi apotek ada.
Nama Pelapor : [[name:{dpn:w2} {marga:mo1}]] (anak pasien)
NIK Pelapor : [[{nik:w2}]]
No. HP : [[{hp:w2}]]
~~~
=pertanahan
Judul Laporan: Nama di sertifikat tanah PTSL salah ketik
Isi Laporan: Sertifikat PTSL atas tanah saya sudah dibagikan, tetapi nama tertulis "[[{salah:m1}]]", yang benar [[{nama:m1}]] sesuai KTP (NIK [[{nik:m1}]]). Petugas BPN bilang harus ajukan perbaikan dengan biaya. Nomor berkas {surat:BPN1}. Mohon dibantu karena kesalahan dari petugas.
Kontak: [[{hp:m1}]] / [[{mail:m1}]]
~~~
=ketenagakerjaan
Judul Laporan: Upah buruh proyek drainase belum dibayar
Isi Laporan: Kami {n:6-12} orang buruh harian di proyek drainase {jln:1} yang dikerjakan {cv:1} (papan proyek: NPWP {npwpb:1}, nilai kontrak Rp {rp:x1}). Upah 3 minggu belum dibayar. Mandor bilang tunggu pencairan termin. Kontak kantor perusahaan di papan proyek {hpk:1} tidak diangkat.
Perwakilan buruh: [[{nama:m1}]], HP [[{hp:m1}]], NIK [[{nik:m1}]]
~~~
=keuangan
Judul Laporan: Pengajuan KUR ditolak karena tunggakan pinjol yang bukan saya
Isi Laporan: Saya pedagang sayur di {psr:1}. Pengajuan KUR di {bank:w1} ditolak karena katanya ada tunggakan aplikasi pinjaman online atas NIK saya [[{nik:w1}]]. Saya tidak pernah pinjam online. Mungkin KTP saya disalahgunakan waktu hilang tahun lalu. Rekening tabungan saya [[{rek:w1}]] aktif dan lancar.
Data Pelapor
Nama : [[{nama:w1}]]
NPWP : [[{npwp:w1}]]
No HP : [[{hp:w1}]]
~~~
=pendidikan
Judul Laporan: Dana KIP Kuliah semester ini belum cair
Isi Laporan: Saya mahasiswa Undana, NIM {nim:1}, penerima KIP Kuliah sejak 2024. Dana biaya hidup semester ini belum masuk. Bagian kemahasiswaan bilang NIK saya [[{nikp:my1}]] berbeda dengan data di pangkalan data. Sudah email ke kipk@undana.ac.id tapi belum dibalas.
Nama: [[{nama:my1}]]
Email: [[{mail:my1}]]
WA: [[{hp:my1}]]
~~~
=kependudukan
Judul Laporan: Nama ayah di akta kelahiran anak berbeda dengan KK
Isi Laporan: Akta kelahiran anak kami [[name:{dpn:wc1} {marga:m2}]] nomor {akta:1} menulis nama ayah "[[{salah:m2}]]", padahal di KK [[{kkp:m2}]] nama suami saya [[{nama:m2}]]. Sekolah minta semua dokumen sama.
Pelapor: [[{nama:w3}]] (ibu)
HP: [[{hp:w3}]]
~~~
=listrik
Judul Laporan: Subsidi listrik 450 VA dicabut padahal keluarga miskin
Isi Laporan: Sejak bulan {bln:b1} token listrik kami tidak lagi bersubsidi. ID pelanggan {plnid:1}. Kata PLN data kami tidak ada di DTKS. Kami penerima PKH, nomor KKS {kks:1}. KK [[{kk:w1}]], NIK kepala keluarga [[{nik:m2}]] a.n. [[{nama:m2}]] (suami).
Pelapor: [[{nama:w1}]] HP [[{hp:w1}]]
~~~
=ketertiban
Judul Laporan: Anjing tetangga gigit anak, pemilik tidak mau tanggung jawab
Isi Laporan: Anjing milik tetangga kami [[{nama:m1}]] di [[address:{rmh:m1}]] menggigit anak saya [[{dpn:mb2}]] (umur {umur:mb2} tahun) waktu pulang sekolah. Anjing itu namanya Bleki, sering dilepas. Anak sudah dapat VAR di {pkm:1} pakai kartu JKN [[{bpjsp:mb2}]]. Pemilik menolak ikat anjing. Mohon Dinas Peternakan dan kelurahan tindak.
Nama Pelapor : [[{nama:w3}]]
Alamat : [[address:{rmh:w3}, {rt:w3}]]
No. HP : [[{hp:w3}]]
~~~
=kependudukan
Judul Laporan: Permohonan perekaman KTP-el di rumah untuk ibu yang lumpuh
Isi Laporan: Ibu saya [[{nama:wo1}]] (umur {umur:wo1} tahun) lumpuh sejak stroke dan belum rekam KTP-el, sehingga kartu BPJS-nya [[{bpjs:wo1}]] tidak bisa diaktifkan. NIK ibu [[{nik:wo1}]], KK [[{kk:wo1}]]. Rumah kami di [[address:{rmh:w2}, {rt:w2}]] Kel. {kel:1}. Mohon petugas Dukcapil datang ke rumah.
Pelapor: [[{nama:w2}]] | HP [[{hp:w2}]] | [[{mail:w2}]]
~~~
=pajak
Judul Laporan: Balik nama SPPT PBB rumah warisan
Isi Laporan: SPPT PBB rumah kami NOP {nop:1} masih atas nama almarhum bapak [[{nama:mo1}]]. Kami ahli waris ingin balik nama ke nama saya. Bapenda minta NPWP ahli waris, NPWP saya [[{npwp:m2}]]. Tagihan tahun ini Rp {rp:a1} dengan kode billing {billing:1}. Apakah bisa bayar dulu sebelum balik nama?
Nama: [[name:{dpn:m2} {marga:mo1}]]
NIK: [[{nik:m2}]]
HP: [[{hp:m2}]]
~~~
=perumahan
Judul Laporan: Rumah kontrakan dijual tanpa pemberitahuan, uang muka tidak dikembalikan
Isi Laporan: Saya kontrak rumah di [[address:{rmh:w1}]] milik Bapak [[{nama:m2}]] (HP [[{hp:m2}]]) untuk 2 tahun, sudah bayar Rp {rp:l1}. Baru 8 bulan, rumah dijual dan kami disuruh keluar dalam seminggu. Sisa uang kontrak tidak mau dikembalikan. Kami sudah ke kantor lurah, Pak Lurah bilang urusan perdata.
Pelapor: [[{nama:w1}]]
NIK: [[{nikg:w1}]]
HP: [[{hp:w1}]]
~~~
=pendidikan
Judul Laporan: Guru memukul siswa di kelas
Isi Laporan: Di {sd:1} ada guru kelas {n:3-6} yang sering memukul siswa pakai penggaris kayu. Orang tua takut melapor langsung. Mohon Dinas Pendidikan turun tanpa menyebut siapa yang melapor.
Rahasiakan identitas: Ya
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
Status: Diteruskan ke Dinas Pendidikan dan Kebudayaan Kota Kupang
~~~
=drainase
Nomor Tiket: {tiket:1}
Judul: Gorong-gorong tersumbat di {jln:1}
Status: Selesai
Tanggapan Dinas PUPR Kota Kupang ({tgl:d2}): Tim UPT drainase telah membersihkan saluran sepanjang {n:80-200} meter pada {tgll:d2}. Untuk pengaduan lanjutan hubungi Seksi Drainase telp {telk:1} / WA {hpk:1}. Surat tugas nomor {surat:PUPR1}.
~~~
=survei
Survei Kepuasan Layanan LAPOR! - Kota Kupang
Nomor Tiket: {tiket:1}
Bagaimana penilaian Anda atas tindak lanjut laporan? ( ) Sangat puas (x) Puas ( ) Kurang puas
Komentar: Petugas cepat datang, tapi lampu mati lagi setelah 3 hari.
Kanal laporan: SMS 1708
Waktu penyelesaian: {n:3-9} hari kerja
~~~
=pasar
LEMBAR DISPOSISI - UNIT PENGADUAN KASIH
No. Agenda: {surat:ORG1}
Tgl terima: {tgl:d1}
Dari: Admin LAPOR! Kota Kupang (tiket {tiket:1})
Perihal: Pungutan di loket {psr:1} tanpa karcis
Diteruskan kepada: Kepala Dinas Perindustrian dan Perdagangan
Isi disposisi: Mohon ditindaklanjuti dalam 5 hari kerja dan dilaporkan melalui aplikasi. Koordinasi lewat {telk:1}.
~~~
=pajak
Judul Laporan: Tagihan PBB dobel
Isi Laporan: Satu rumah dapat dua SPPT, NOP {nop:1} dan NOP {nop:2}. Mohon dihapus salah satu.
Rahasiakan identitas: Ya
Tanggapan Badan Pendapatan Daerah ({tgl:d2}): NOP {nop:2} sudah dinonaktifkan. Silakan bayar NOP {nop:1} dengan kode billing {billing:1} atau VA Bank NTT {va:1}. Pertanyaan: (0380) 8{n:10000-99999} atau WA {hpk:1} (Senin-Jumat 08.00-15.00).
~~~
=penipuan
Judul Laporan: Penipuan mengatasnamakan Dukcapil
Isi Laporan: Ada yang telpon dari nomor {hpk:1}, mengaku petugas Dukcapil, katanya data KTP harus diperbarui lewat link dan minta kode OTP. Nomor lain juga sempat WA, {hpk:2}. Saya tidak kasih. Mohon diumumkan ke warga.
Nama Pelapor: Dirahasiakan
Kategori: Kependudukan
Nomor Tiket: {tiket:1}
~~~
=rekap
REKAP PENGADUAN BULAN {bln^:d1} 2026 - KOTA KUPANG
Kanal masuk:
- SMS 1708: {n:30-60} laporan
- WA Unit Pengaduan {hpk:1}: {n:20-45} laporan
- Telepon {telk:1}: {n:3-9} laporan
- Web lapor.go.id: {n:10-25} laporan
Terbanyak: air bersih (Perumda Tirta Lontar), jalan rusak, sampah. Tiket tertua belum selesai: {tiket:1}.
~~~
=sampah
Judul Laporan: Sampah pasar dibuang ke saluran
Isi Laporan: Di blok C {psr:1} sampah sayur dibuang ke saluran air, bau sampai ke los ikan. Los nomor 12 sampai 20 paling parah. Sudah lapor ke UPTD Pasar {telk:1}, katanya truk rusak.
Nama Pelapor: Dirahasiakan
Lokasi: {psr:1}, {jln:1}
~~~
=kependudukan
Judul Laporan: Blangko KTP habis sudah 2 bulan
Isi Laporan: Sudah rekam KTP-el sejak bulan {bln:b2} tapi selalu dijawab blangko habis. Mohon kepastian.
Nama Pelapor: Dirahasiakan
Tanggapan Disdukcapil Kota Kupang ({tgl:d2}): Blangko tersedia kembali mulai {tgll:d3}. Pengambilan di loket 3 kantor Dukcapil, {jln:1}, Senin-Jumat 08.00-14.00. Antrian online via WA {hpk:1}. Bawa bukti rekam (resi). Informasi lanjut: {telk:1}.
~~~
=perizinan
Judul Laporan: NIB badan usaha tidak bisa diterbitkan
Isi Laporan: {cv:1} beralamat di {jln:1} No. {n:2-150}, NPWP badan {npwpb:1}, sudah 2 minggu tidak bisa terbit NIB karena NPWP dianggap belum valid di OSS. Email perusahaan {cvm:1}, telp kantor {telk:1}.
Kategori: Perizinan
Tanggapan DPMPTSP ({tgl:d2}): Silakan validasi NPWP badan di DJP (NITKU {nitkub:1}) lalu ulangi. Konsultasi: Kendala OSS WA {hpk:1}, email perizinan@kupangkota.go.id.
"""

EMAIL_THREAD = r"""
=pajak
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: Layanan PBB Bapenda <pelayanan.bapenda@kupangkota.go.id>
Date: {hari:d2}, {tgll:d2} {jam:p2} WITA
Subject: Re: Balik nama SPPT rumah almarhum bapak

Selamat siang Bapak/Ibu,
Terima kasih jawabannya. Sesuai permintaan, saya lampirkan surat keterangan ahli waris dan NPWP saya [[{npwp:w1}]]. Saya sekarang tinggal di Jakarta, jadi mohon berkas bisa diproses lewat email saja. Nomor HP saya [[{hp:w1}]] (WA aktif).

Hormat saya,
[[{nama:w1}]]

Pada {hari:d1}, {tgll:d1} pukul {jam:s1}, Layanan PBB Bapenda <pelayanan.bapenda@kupangkota.go.id> menulis:
> Yth. Ibu, untuk balik nama SPPT NOP {nop:1} atas nama alm. [[name:{dpn:mo2} {marga:w1}]] mohon kirim surat keterangan ahli waris, fotokopi KTP dan NPWP ahli waris. Informasi: (0380) 8{n:20000-99999}.
~~~
=ketenagakerjaan
From: [[{nama:my1}]] <[[{mail:my1}]]>
To: magang.diskominfo@kupangkota.go.id
Subject: Lamaran magang mahasiswa - Prodi Ilmu Komputer Undana

Yth. Tim Rekrutmen Magang Diskominfo Kota Kupang,

Saya [[{nama:my1}]], mahasiswa semester 6 (NIM {nim:1}), ingin melamar program magang periode {bln:d3}. Berkas CV, transkrip dan surat pengantar kampus terlampir (CV_[[name:{pgl_:my1}]].pdf).
Saya dapat dihubungi di [[{hp:my1}]].

Salam,
[[{nama:my1}]]
~~~
=kepegawaian
From: [[{nama:w1}]] <[[{mailk:w1}]]>
To: bendahara.dikbud@kupangkota.go.id
Cc: kepegawaian.dikbud@kupangkota.go.id
Subject: Tunjangan profesi triwulan II belum masuk

Selamat pagi Ibu Bendahara,
Saya guru di {sd:1}, NIP {nip:1}. Tunjangan profesi triwulan II belum masuk ke rekening saya {bank:w1} [[{rek:w1}]]. Teman-teman satu sekolah sudah terima. NPWP saya [[{npwp:w1}]] sudah saya perbarui di aplikasi bulan lalu. Mohon dicek apakah ada data yang salah.

Salam hormat,
[[{nama:w1}]]
Guru Kelas IV, {sd:1}
HP [[{hp:w1}]]
~~~
=pariwisata
From: Reservasi {hotel:1} <reservation.{slug:hotel1}@gmail.com>
To: [[{nama:m1}]] <[[{mail:m1}]]>
Subject: Tanggapan keluhan tamu - kamar 214

Yth. Bapak [[{nama:m1}]],
Kami mohon maaf atas AC kamar yang rusak dan air panas yang tidak mengalir selama Bapak menginap. Sebagai kompensasi kami kembalikan Rp {rp:a1} ke rekening yang Bapak berikan. Bila ada pertanyaan, hubungi front office kami di {telk:1} atau WA {hpk:1}.

Hormat kami,
Guest Relation Officer
{hotel:1}

--- pesan asli ---
Dari: [[{nama:m1}]] <[[{mail:m1}]]>
> Saya menginap 3 malam, AC mati dan tidak ada yang perbaiki. Nomor saya [[{hp:m1}]] tidak pernah ditelepon balik.
~~~
=relawan
From: Relawan Literasi Kupang <relawan-literasi-kupang@googlegroups.com>
On behalf of: [[{nama:w1}]] <[[{mail:w1}]]>
Subject: [Relawan] Jadwal baca bersama di {kel:1}

Halo teman-teman relawan,
Kegiatan baca bersama anak-anak di halaman {grj:1} hari {hari:d2} jam 15.00. Yang bisa bawa buku cerita bekas, tolong kabari saya. Donasi buku juga bisa diantar ke rumah saya di [[address:{rmh:w1}]].

Salam literasi,
[[{nama:w1}]]
Koordinator Wilayah Kota Kupang
WA [[{hp:w1}]]
--
Anda menerima pesan ini karena berlangganan relawan-literasi-kupang@googlegroups.com.
~~~
=lapor
From: LAPOR! <noreply@lapor.go.id>
To: [[{mail:m1}]]
Subject: Laporan Anda {tiket:1} memerlukan informasi tambahan

Yth. Pelapor,
Instansi Dinas Sosial Kota Kupang meminta informasi tambahan atas laporan Anda. Silakan balas melalui aplikasi. Jangan membalas email ini.

---
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: LAPOR! <noreply@lapor.go.id>
Subject: Re: Laporan Anda {tiket:1} memerlukan informasi tambahan

Ini data tambahannya: NIK [[{nik:m1}]], KK [[{kk:m1}]], alamat [[address:{rmh:m1}, {rt:m1}]] Kel. {kel:1}. HP [[{hp:m1}]].
~~~
=jalan
From: [[{marga:m1}]], [[{dpn:m1}]] <[[{mailk:m1}]]>
To: Seksi Jalan PUPR <bidang.binamarga@kupangkota.go.id>
Cc: [[{nama:w2}]] <[[{mailk:w2}]]>
Subject: Fwd: Jalan berlubang depan {sek:1}

Pak Kasi, diteruskan laporan warga dari kanal LAPOR!, tiket {tiket:1}. Mohon dijadwalkan. Lokasi {jln:1}, sekitar 40 meter dari gerbang sekolah.

Salam,
[[{nama:m1}]]
Staf Bidang Bina Marga
~~~
=sosial
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Subject: Pertanyaan bantuan sembako lansia

Selamat siang. Mama saya [[{nama:wo2}]] (NIK [[{nik:wo2}]], no. KIS [[{bpjs:wo2}]]) tidak dapat sembako lansia bulan ini, padahal bulan lalu dapat. Kata pendamping wilayah harus tanya ke dinas. Mohon dijawab ke email ini atau ke alamat cadangan saya [[{maild:w1}]] karena email kantor sering penuh.

Terima kasih,
[[{pgl:w1}]]
~~~
=kependudukan
From: Sekretariat Kelurahan {kel:1} <{kelm:1}>
To: [[{mail:m1}]], [[{mail:w2}]],
 [[{mailc:m3}]], [[{mail:m4}]]
Subject: Undangan rapat pendataan penduduk pendatang

Yth. Bapak/Ibu Ketua RT,
Mohon hadir dalam rapat pendataan penduduk pendatang hari {hari:d2}, {tgll:d2} pukul 09.00 di aula kantor lurah. Bawa buku register warga masing-masing.

Sekretaris Kelurahan
~~~
=perumahan
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: Ombudsman NTT <ntt@ombudsman.go.id>
Subject: Deposit not returned by landlord - Kupang

Dear Sir/Madam,
I teach at an English course in Kupang. Until last month I rented a house at [[address:{rmh:w1}]] from Mr. [[{nama:m2}]] (his mobile [[{hp:m2}]]). When I moved out, he refused to return my deposit of {?Rp 2,000,000|Rp 3,500,000|Rp 5,000,000}, saying the walls needed paint. The village office (kantor lurah) told me to write to you.
My Indonesian phone number is [[{hpi:w1}]].

Kind regards,
[[{nama:w1}]]
~~~
=pendidikan
From: Komite {smp:1} <komite-{slug:smp1}@googlegroups.com>
Sender: [[{nama:m1}]] <[[{mail:m1}]]>
To: orangtua-{slug:smp1}@googlegroups.com
Subject: Iuran komite semester ganjil

Bapak/Ibu orang tua siswa,
Iuran komite semester ganjil Rp {rp:a1} per siswa dapat disetor ke rekening Komite di Bank NTT {rekntt:1} a.n. Komite Sekolah. Mohon tidak menitip uang lewat siswa. Bagi yang keberatan, silakan hubungi saya langsung.

Hormat kami,
[[{nama:m1}]]
Ketua Komite
HP [[{hp:m1}]]
~~~
=pendidikan
From: Admin Keuangan {cv:1} <{cvm:1}>
To: Bendahara {sma:1} <bendahara.{slug:sma1}@gmail.com>
Subject: Tagihan pengadaan meja kursi - Invoice {surat:INV1}

Yth. Ibu Bendahara,
Terlampir invoice pengadaan 40 set meja kursi siswa sebesar Rp {rp:x1}. Pembayaran ke rekening perusahaan {bankb:1} {rekb:1} a.n. {cv:1}. NPWP perusahaan {npwpb:1}.

Salam,
[[{nama:w1}]]
Admin Keuangan
{cv:1}
Telp kantor {telk:1}
HP [[{hp:w1}]]
~~~
=perizinan
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: DPMPTSP Kota Kupang <perizinan@kupangkota.go.id>
Subject: Permohonan PBG rumah tinggal - berkas kurang?

Selamat pagi,
Saya mengajukan PBG untuk rumah tinggal di [[address:{rmh:m1}]], Kel. {kel:1} (nomor registrasi {surat:DPMPTSP1}). Di aplikasi muncul "NITKU tidak valid". NITKU saya [[{nitku:m1}]] sesuai kartu NPWP baru, dan NIK saya [[{nikp:m1}]]. Mohon petunjuk.

Terima kasih,
[[{nama:m1}]]
[[{hp:m1}]]
~~~
=kesehatan
From: {pkm:1} <{pkmm:1}>
To: IGD {rs:1} <igd.rujukan@gmail.com>
Subject: Rujukan pasien atas nama [[{nama:wo1}]]

Dengan hormat, kami rujuk pasien:
Nama: [[{nama:wo1}]]
Umur: {umur:wo1} tahun
NIK: [[{nik:wo1}]]
No. BPJS: [[{bpjs:wo1}]]
Diagnosa: suspek stroke, tekanan darah 210/120.
Keluarga yang mendampingi: [[{nama:m2}]] (anak), HP [[{hp:m2}]].

dr. [[{nama:w3}]]
Dokter Jaga {pkm:1}
~~~
=kependudukan
From: Kelurahan {kel:1} <{kelm:1}>
To: [[{marga:m1}]], [[{dpn:m1}]] <[[{mail:m1}]]>; [[{marga:w2}]], [[{dpn:w2}]] <[[{mail:w2}]]>
Subject: Pengiriman data warga miskin ekstrem per RT

Bapak/Ibu Ketua RT, mohon data warga miskin ekstrem dikirim paling lambat {tgll:d3} dalam format terlampir (Nama, NIK, No KK, alamat). Kontak operator kelurahan {hpk:1}.
~~~
=pungli
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: Ombudsman RI Perwakilan NTT <ntt@ombudsman.go.id>
Cc: pengaduan@kupangkota.go.id
Subject: Pungutan surat keterangan domisili di kantor lurah

Yth. Kepala Perwakilan,
Tanggal {tgll:b1} saya mengurus surat keterangan domisili di kantor lurah {kel:1} dan diminta Rp {rp:s1} tanpa kuitansi. Surat nomor {surat:KEL1}. Identitas saya: NIK [[{nik:m1}]], alamat [[address:{rmh:m1}, {rt:m1}]]. Saya bersedia dihubungi di [[{hp:m1}]] atau telepon rumah [[{telr:m1}]].

Hormat saya,
[[{nama:m1}]]
~~~
=perbankan
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: {?Bank NTT <layanan.nasabah@bankntt.co.id>|BRI <callbri@bri.co.id>}
Subject: Sanggahan penarikan ATM yang tidak saya lakukan

Saya nasabah dengan nomor rekening [[{rek:w1}]] a.n. [[{nama:w1}]]. Tanggal {tgll:b1} jam {jam:m2} ada penarikan Rp {rp:m1} di ATM {psr:1} padahal kartu ada di tangan saya. Mohon diblokir dan diselidiki. Saya sudah telepon call center dan dapat nomor laporan {ref:1}.
HP: [[{hp:w1}]]
~~~
=gereja
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: Kantor Sinode GMIT <sinode.gmit@gmail.com>
Subject: Permohonan salinan akta nikah gereja

Syalom, kami menikah di {gmit:1} tahun 2009 tetapi akta nikah gereja hilang waktu banjir. Nama suami [[{nama:m1}]], istri [[{nama:w2}]]. Dukcapil meminta salinan untuk perbaikan KK [[{kk:m1}]]. Mohon informasi biaya dan waktunya.
Salam, [[{pgl:m1}]] ([[{hp:m1}]])
~~~
=lapor
From: LAPOR! <noreply@lapor.go.id>
To: admin.lapor@kupangkota.go.id
Subject: [Eskalasi] Laporan {tiket:1} melewati batas waktu

Laporan {tiket:1} (kategori Air Bersih) belum ditindaklanjuti instansi selama 5 hari kerja. Mohon admin daerah melakukan eskalasi. Email ini dikirim otomatis, jangan dibalas.
~~~
=kesehatan
From: Bidang P2P Dinkes Kota Kupang <p2p.dinkes.kotakupang@gmail.com>
To: {pkmm:1}, {pkmm:2}, {pkmm:3}
Subject: Laporan mingguan kasus DBD minggu ke-{n:10-45}

Yth. Kepala Puskesmas,
Mohon laporan mingguan kasus DBD dikirim setiap Senin sebelum jam 10.00 ke email ini. Format terbaru terlampir (form_DBD_v3@2x.xlsx). Koordinasi: Seksi P2P telp {telk:1} / WA {hpk:1}.

Kepala Bidang P2P
~~~
=pendidikan
From: Forum Guru Honor <guru-honor-kupang@googlegroups.com>
Subject: [Digest] 4 pesan baru

Topik: Jadwal pencairan honor triwulan III
- Bendahara dinas bilang pencairan setelah SP2D keluar, sekitar {tgll:d3}.
- Tanya: potongan PPh honor pakai NPWP atau NIK? Jawab: lihat edaran DJP nomor {spt:1}.
Topik: Pelatihan Kurikulum Merdeka di {sma:1}
- Pendaftaran lewat https://forms.gle/xyz, kuota {n:30-60} orang.
Untuk berhenti berlangganan kirim email ke guru-honor-kupang+unsubscribe@googlegroups.com
~~~
=pajak
From: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
To: wp-kupang-920@lists.pajak.go.id
Subject: Pemadanan NIK sebagai NPWP - batas akhir

Yth. Wajib Pajak,
Mulai tahun ini NIK berlaku sebagai NPWP orang pribadi. Contoh penulisan NPWP 15 digit lama: 09.123.456.7-920.000; NPWP 16 digit: NIK Anda. Spesimen kartu terlampir (NPWP 00.000.000.0-000.000). Layanan: Kring Pajak 1500200, informasi@pajak.go.id, atau loket KPP {jln:1}.
~~~
=air bersih
From: Perumda Air Minum Tirta Lontar <info@pdamkotakupang.co.id>
To: pelanggan@pdamkotakupang.co.id
Subject: Gangguan distribusi air wilayah {kec:1}

Pelanggan yth., distribusi air ke wilayah Kec. {kec:1} terganggu {hari:d2} s/d {hari:d3} karena perbaikan pipa transmisi di {jln:1}. Mobil tangki disiapkan. Informasi: call center {telk:1}, WA {hpk:1}. Tagihan dapat dibayar melalui kode bayar yang tertera di aplikasi.
~~~
=pariwisata
From: Sales {hotel:1} <sales.{slug:hotel1}@gmail.com>
To: Sekretariat Bappeda <bappeda@kupangkota.go.id>
Subject: Penawaran paket rapat setengah hari

Yth. Sekretariat,
Kami menawarkan paket rapat setengah hari Rp {rp:a1}/orang (min. 30 orang), termasuk snack dan makan siang. Pembayaran ke {bankb:1} {rekb:1} a.n. PT {hotel:1}. NPWP {npwpb:1}. Reservasi: {telk:1} / WA {hpk:1}.
~~~
=teknologi
From: Tim Aplikasi Diskominfo <dev.diskominfo@kupangkota.go.id>
To: admin-opd@kupangkota.go.id
Subject: Rilis aplikasi pengaduan v2.3

Perubahan: upload foto (contoh: IMG_2026{n:10-11}{n:10-28}_{n:100000-235959}@kupang.jpg, denah@2x.png) dan notifikasi WA. Kode sumber: git@github.com:diskominfo-kupang/pengaduan.git. Staging: https://tester:rahasia123@staging.kupangkota.go.id. Akun uji: user@example.com. Bantuan: helpdesk@kupangkota.go.id, ext. {n:100-299}.
~~~
=kesehatan
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: Dinas Kesehatan Kota Kupang <dinkes@kupangkota.go.id>
Subject: Rekonsiliasi data peserta PBI APBD bulan {bln:d1}

Terlampir rekap {n:120-400} peserta PBI APBD yang nonaktif. Mohon verifikasi sebelum {tgll:d3}. Informasi: Care Center 165, Pandawa WA {hpk:1}.
~~~
=penipuan
From: Humas Setda Kota Kupang <humas@kupangkota.go.id>
To: Admin OPD <admin-opd@kupangkota.go.id>
Subject: Waspada email palsu bansos

Beredar email dari bansos.kemensos.ntt@gmail.com dan pemkot.kupang.resmi@gmail.com yang meminta warga mengirim foto KTP dan KK. Itu bukan email resmi. Mohon diumumkan. Email resmi pemerintah kota berakhiran @kupangkota.go.id. Pengaduan: SMS 1708 atau WA {hpk:1}.
~~~
=perencanaan
From: Bappeda Kota Kupang <bappeda@kupangkota.go.id>
To: sekretariat.opd@kupangkota.go.id
Subject: Undangan Musrenbang Kecamatan {kec:1}

Dengan hormat, mengundang Kepala OPD atau yang mewakili pada Musrenbang Kecamatan {kec:1}, {hari:d3} {tgll:d3}, pukul 08.30 di aula kantor camat. Surat nomor {surat:BAPPEDA1}.
--
BAPPEDA KOTA KUPANG
{jln:1} No. {n:2-90}, Kupang
Telp. {telk:1} | bappeda@kupangkota.go.id
"""

NOTICE_REGISTER = r"""
=kesehatan
DAFTAR HADIR
Sosialisasi Pencegahan Stunting - Kelurahan {kel:1}
Hari/Tgl: {hari:d1}, {tgll:d1}    Tempat: Aula Kantor Lurah
No | Nama | NIK | Alamat (RT/RW) | No HP | TTD
1 | [[{nama:w1}]] | [[{nikp:w1}]] | [[address:{rtp:w1}]] | [[{hpp:w1}]] | ttd
2 | [[{nama:w2}]] | [[{nikp:w2}]] | [[address:{rtp:w2}]] | [[{hpp:w2}]] | ttd
3 | [[{nama:wy3}]] | [[{nikp:wy3}]] | [[address:{rtp:wy3}]] | [[{hpp:wy3}]] | ttd
4 | Petugas Gizi {pkm:1} | - | - | {hpkp:1} | ttd
~~~
=kependudukan
DAFTAR PENGHUNI KOS - [[address:{rmh:w1}]]
Pemilik: [[{nama:w1}]] (HP [[{hp:w1}]])
No\tNama\tAsal\tNIK\tNo. HP\tKamar
1\t[[{nama:my2}]]\t{tempat:my2}\t[[{nikp:my2}]]\t[[{hpp:my2}]]\t3
2\t[[{nama:wy3}]]\t{tempat:wy3}\t[[{nikp:wy3}]]\t[[{hpp:wy3}]]\t5
3\t[[{nama:my4}]]\t{tempat:my4}\t[[{nik:my4}]]\t[[{hpp:my4}]]\t6
Dilaporkan ke Ketua RT {nrt:1} tanggal {tgl:d1}.
~~~
=duka
BERITA DUKA
Telah berpulang ke rumah Bapa di Sorga
[[{nama^:wo1}]]
Lahir: {tempat:wo1}, {lahir:wo1}
Wafat: Kupang, {tgll:d1}
Disemayamkan di rumah duka [[address:{rmh:wo1}]], Kel. {kel:1}.
Ibadah pemakaman {hari:d2}, {tgll:d2} pukul 14.00, dimakamkan di TPU {kel:2}.
Yang berduka:
- [[{nama:mo2}]] (suami)
- [[name:{dpn:w3} {marga:mo2}]] dan keluarga
Kontak keluarga: [[{hp:w3}]]
~~~
=kehilangan
HILANG!!
Dompet coklat berisi KTP, SIM, kartu ATM {bank:m1} dan STNK motor [[{plat:m1}]] a.n. [[{nama^:m1}]].
Hilang di sekitar {psr:1} hari {hari:b1}.
Bagi yang menemukan mohon hubungi [[{hp:m1}]] atau antar ke [[address:{rmh:m1}]]. Imbalan sepantasnya.
~~~
=kehilangan
DICARI MOTOR HILANG
Honda Scoopy merah putih, plat [[{plat:w1}]], no rangka {rangka:1}
Hilang {tgll:b1} di parkiran {sek:1}
Info: [[{hp:w1}]] (IBU [[{pgl^:w1}]]) / Polsek {kec:1} {telk:1}
~~~
=perumahan
RUMAH DIKONTRAKKAN
3 kamar tidur, 1 kamar mandi, air PDAM lancar, listrik 1300 VA
Lokasi: [[address:{rmh:m1}]], belakang {pkm:1}
Harga Rp {?9.000.000|12.000.000|15.000.000|18.000.000}/tahun (nego)
Hub. pemilik: Bpk. [[{nama:m1}]] [[{hp:m1}]]
(tidak melalui makelar)
~~~
=perikanan
DAFTAR PENERIMA BANTUAN MESIN TEMPEL 15 PK
Kelompok Nelayan Bintang Laut, Kel. {kel:1}
No;Nama;NIK;No. KK;Nama Perahu
1;[[{nama:m1}]];[[{nikp:m1}]];[[{kkp:m1}]];Kasih Setia
2;[[{nama:m2}]];[[{nikp:m2}]];[[{kkp:m2}]];Doa Ibu
3;[[{nama:m3}]];[[{nikp:m3}]];[[{kkp:m3}]];Harapan Baru
Diketahui Penyuluh Perikanan Kec. {kec:1}, HP kantor {hpk:1}
~~~
=pendidikan
PENGUMUMAN PENERIMA BEASISWA PEMKOT KUPANG TAHAP II
(dana ditransfer ke rekening Bank NTT atas nama mahasiswa)
No | Nama | Kampus | No. Rekening
1 | [[{nama:wy1}]] | Undana | [[{rekn:wy1}]]
2 | [[{nama:my2}]] | Politeknik Negeri Kupang | [[{rekn:my2}]]
3 | [[{nama:wy3}]] | Unwira | [[{rekn:wy3}]]
Keberatan disampaikan ke Bagian Kesra Setda, telp {telk:1}, email kesra@kupangkota.go.id
~~~
=pasar
REGISTER PEDAGANG KIOS {psr^:1}
No,Nama Pemilik,NIK,NPWP,No Kios,HP
1,[[{nama:w1}]],[[{nikp:w1}]],[[{npwpo:w1}]],A-12,[[{hpp:w1}]]
2,[[{nama:m2}]],[[{nikp:m2}]],-,A-13,[[{hpp:m2}]]
3,{cv:1},-,{npwpb:1},B-02,{hpkp:1}
4,[[{nama:w3}]],[[{nikp:w3}]],[[{npwpn:w3}]],B-05,[[{hpp:w3}]]
~~~
=kesehatan
USULAN PESERTA PBI-JK APBD RT {nrt:1}/RW {nrw:1} KEL. {kel^:1}
No. Nama NIK No. KIS Lama Keterangan
1. [[{nama^:wo1}]] [[{nikp:wo1}]] [[{bpjsp:wo1}]] lansia
2. [[{nama^:m2}]] [[{nikp:m2}]] [[{bpjsp:m2}]] disabilitas
3. [[{nama^:w3}]] [[{nikp:w3}]] - belum punya
Diusulkan oleh Ketua RT, diketahui Lurah {kel:1}.
~~~
=kesehatan
REGISTER BALITA POSYANDU {?MAWAR|KENANGA|MELATI} - {bln^:d1} 2026
Nama Balita | Tgl Lahir | Nama Ibu | BB (kg) | No HP Ibu
[[{nama:mi1}]] | {lahir:mi1} | [[{nama:w2}]] | {n:8-14},{n:0-9} | [[{hpp:w2}]]
[[{nama:wi3}]] | {lahir:wi3} | [[{nama:w4}]] | {n:7-13},{n:1-8} | [[{hpp:w4}]]
Bidan pembina: [[{nama:w5}]]. Jadwal berikut {tgll:d3}. Kontak {pkm:1}: {telk:1}
~~~
=kesehatan
DONOR DARAH SUKARELA
Kerja sama PMI Kota Kupang dan Pemuda {grj:1}
{hari:d2}, {tgll:d2} | 08.00-13.00 | Halaman gereja
Syarat: umur 17-60 tahun, berat min. 45 kg, sehat
Pendaftaran: WA panitia {hpk:1} / {hpk:2}
Contact person: Sdr. [[{nama:my1}]] ([[{hp:my1}]])
~~~
=gereja
WARTA JEMAAT - CALON SIDI 2026
Berikut nama katekisan yang akan diteguhkan sidi pada hari Minggu, {tglm:d3}:
1. [[{nama:mt1}]]
2. [[{nama:wt2}]]
3. [[{nama:wt3}]]
4. [[{nama:mt4}]]
Orang tua katekisan diundang rapat {hari:d2} pukul 17.00 di pastori. Info kantor jemaat {telk:1}.
~~~
=keamanan
DATA KENDARAAN WARGA (PARKIR MALAM) RT {nrt:1}
Nama | Alamat | Nopol | HP
[[{nama:m1}]] | [[address:{rmh:m1}]] | [[{plat:m1}]] | [[{hpp:m1}]]
[[{nama:w2}]] | [[address:{rmh:w2}]] | [[{plat:w2}]] | [[{hpp:w2}]]
[[{nama:m3}]] | [[address:{rmh:m3}]] | [[{plat:m3}]] | [[{hpp:m3}]]
~~~
=pemilihan
PENGUMUMAN PANITIA PEMILIHAN KETUA RT {nrt:1}
Calon Ketua RT periode 2026-2029:
1. [[{nama:m1}]]
2. [[{nama:w2}]]
3. [[{nama:m3}]]
Pemilihan {hari:d2}, {tgll:d2} di rumah Ketua RT lama, [[address:{rmh:m4}]]. Pertanyaan ke panitia {hpk:1} (panitia).
~~~
=usaha
PESERTA PELATIHAN DIGITAL MARKETING UMKM - DISKOPNAKER KOTA KUPANG
Nama;Usaha;Email;HP
[[{nama:w1}]];Kue kering rumahan;[[{mail:w1}]];[[{hpp:w1}]]
[[{nama:m2}]];Bengkel las;[[{mail:m2}]];[[{hpp:m2}]]
Kios Berkat {kel:1};Sembako;kiosberkat.{slug:kel1}@gmail.com;{hpkp:1}
[[{nama:w3}]];Tenun ikat;[[{mail:w3}]];[[{hpp:w3}]]
~~~
=kependudukan
PEMBERITAHUAN
Petugas Dukcapil akan melakukan perekaman KTP-el di rumah warga yang sakit/lansia pada {hari:d2}, {tgll:d2}:
1. [[{nama:wo1}]] - [[address:{rmh:wo1}]]
2. [[{nama:mo2}]] - [[address:{rmh:mo2}]]
3. [[{nama:wo3}]] - [[address:{blok:wo3}]]
Keluarga mohon siapkan KK asli. Info: Seksi Pelayanan Dukcapil {hpk:1}
~~~
=transportasi
ANGGOTA PANGKALAN OJEK {psr^:1}
1. [[{nama:m1}]] - [[{plat:m1}]]
2. [[{nama:m2}]] - [[{plat:m2}]]
3. [[{nama:m3}]] - [[{plat:m3}]]
Korlap Pangkalan: [[{nama:m4}]] [[{hp:m4}]]
Pangkalan buka 05.00-22.00. Pesan ojek: {hpk:1}
~~~
=pajak
Rekap NPWP guru honor {smp:1} (diminta bendahara)
[[{nama:w1}]] — [[{npwpn:w1}]]
[[{nama:m2}]] — [[{npwps:m2}]]
[[{nama:w3}]] — [[{npwp0:w3}]]
[[{nama:m4}]] — belum punya, NIK [[{nikp:m4}]]
NPWP sekolah (bendahara pemotong) {npwpb:1} tidak dipakai untuk honor perorangan.
~~~
=layanan publik
DAFTAR KONTAK LAYANAN PUBLIK KOTA KUPANG
Instansi | Alamat | Telepon | WhatsApp
Dinas Dukcapil | {jln:1} No. {n:10-99} | {telk:1} | {hpk:1}
Dinas Sosial | {jln:2} No. {n:2-60} | {telk:2} | {hpk:2}
Perumda Tirta Lontar | {jln:3} | {telk:3} | {hpk:3}
BPBD (Pusdalops) | {jln:4} | {telk:4} | {hpk:4}
Unit Pengaduan Kasih | Balai Kota | SMS 1708 | {hpk:5}
~~~
=kesehatan
JADWAL FOGGING KEL. {kel^:1}
RT | Hari | Jam | Titik kumpul
{nrt:1} | {hari:d2} | 07.00 | depan {grj:1}
{nrt:2} | {hari:d3} | 07.00 | lapangan
{nrt:3} | {hari:d3} | 09.00 | {sd:1}
Pertanyaan: {pkm:1} {telk:1}
~~~
=air bersih
DEPOT AIR MINUM ISI ULANG "TIRTA SEHAT"
Galon 19 L: Rp {rp:t1}
Antar ke rumah (min. 3 galon): gratis
Buka setiap hari 06.00-21.00
Pesan: {hpk:1} / {hpk:2}
Hasil uji lab Dinkes no. {surat:DINKES1}
~~~
=layanan publik
NOMOR PENTING DARURAT
Ambulans / gawat darurat: 119
Polisi: 110 | Polresta Kupang Kota {telk:1}
Pemadam Kebakaran: 113 | {telk:2}
PLN: 123 | PDAM: {telk:3}
BPBD Pusdalops: {telk:4} / WA {hpk:1}
Call center darurat terpadu: 112
~~~
=jalan
PENGUMUMAN PENUTUPAN JALAN
Sehubungan dengan pengecoran {jln:1} ruas {sek:1} - {grj:1}, jalan ditutup {tgll:d2} s/d {tgll:d3} pukul 07.00-18.00. Kendaraan dialihkan lewat {jln:2}.
Pelaksana: {cv:1} (kontrak {surat:PUPR1})
Pengaduan: PPK {hpk:1} / Dinas PUPR {telk:1}
~~~
=perizinan
REKAPITULASI USAHA TERDAFTAR KEL. {kel^:1}
Nama Usaha;NPWP;Alamat Usaha;HP Kantor
{cv:1};{npwpb:1};{jln:1} No. {n:1-99};{hpkp:1}
{kop:1};{npwpb:2};{jln:2};{hpkp:2}
{toko:1};{npwpb:3};{jln:3} No. {n:100-199};{hpkp:3}
~~~
=penipuan
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA - UNIT SIBER POLRESTA KUPANG KOTA
Nomor | Modus | Tgl lapor
{hpk:1} | mengaku petugas PLN, minta transfer | {tgl:b2}
{hpk:2} | undian berhadiah Bank NTT | {tgl:b1}
{hpk:3} | mengaku kurir, kirim file APK | {tgl:d1}
Laporkan nomor lain ke WA Patroli Siber {hpk:4}.
~~~
=sosial
REKAP PENERIMA BPNT PER RT - KEL. {kel^:1}
RT 01: {n:20-40} KPM
RT 02: {n:20-40} KPM
RT 03: {n:10-30} KPM
RT 04: {n:15-35} KPM
Penyaluran di kantor pos {jln:1}, {hari:d2} mulai 08.00. Bawa KKS dan KTP.
~~~
=energi
DAFTAR PANGKALAN LPG 3 KG RESMI KEC. {kec^:1}
1. Pangkalan Sumber Gas {kel:1} - {jln:1} - {hpk:1}
2. Pangkalan Oetete Jaya - {jln:2} - {hpk:2}
3. Pangkalan Berkah - {jln:3} - {telk:1}
HET Rp {rp:s1}/tabung. Pengaduan harga: Disperindag {telk:2}
~~~
=pendidikan
JADWAL PPDB {sma^:1} TAHUN 2026
Pendaftaran online: {tgll:d1} - {tgll:d2}
Verifikasi berkas: {tgll:d3}
Jalur: zonasi, afirmasi, prestasi, perpindahan orang tua
Bantuan pendaftaran: operator sekolah {hpk:1} (jam kerja), tata usaha {telk:1}
NPSN {n:50000000-50999999} | email {slug:sma1}@gmail.com
"""

SOCIAL_POST = r"""
=jalan
[[{nama:m1}]]
{n:2-9} jam · Kupang
Jembatan kecil di {jln:1} dekat {sd:1} su patah sebelah. Anak-anak sekolah lewat tiap hari. Sudah lapor lewat SMS 1708, tiket {tiket:1}, tapi belum ada yang datang. Tolong Dinas PUPR 🙏
👍 {n:40-300}   💬 {n:10-60}
Komentar
[[{nama:w2}]]: Betul kaka, beta pung anak hampir jatuh kemarin
[[{nama_:m3}]]: rumah sa di [[address:{rtl:m3}]] ju air naik kalo hujan gara2 jembatan ni
Dinas PUPR Kota Kupang: Terima kasih informasinya. Laporan sudah kami teruskan ke UPT Jalan dan Jembatan. Info lanjut: WA {hpk:1}.
~~~
=usaha
[[{nama:w1}]]
Kemarin pukul 19.{mm:c}
Sa jual se'i babi deng se'i sapi, Rp {rp:a1}/kg. Bisa antar dalam Kota Kupang. Pesan WA [[{hp:w1}]] e kaka dong 🙏
Komentar
[[{nama:m2}]]: Mama, 2 kg se'i babi antar ke [[address:{rmh:m2}]] bisa?
Warung Se'i Baun: Mampir juga ke warung kami di {jln:1}, buka sampe malam. WA {hpk:1}
[[{pgl:w1}]]: bisa kaka, sore e
~~~
=perhubungan
{handle:1}
Video kiriman warga: bemo jurusan {kel:1} putar musik keras sampe kaca bergetar, penumpang sonde berani tegur. Plat [[{plat:m1}]]. Dishub tolong tegur ko.
Komentar
[[{nama_:w2}]]: itu sopirnya sa kenal, om [[{pgl:m3}]] dari {kel:2}
[[{nama:m4}]]: Laporkan ke Dishub {telk:1} sa
{handle:2}: 😂😂
~~~
=penipuan
[[{nama:w1}]]
Hati-hati belanja di akun FB "Olshop Murah Kupang". Sa transfer Rp {rp:m1} ke rek {bank:m2} [[{rek:m2}]] a.n. [[{nama:m2}]], barang sonde datang. Nomor WA yang dia pake [[{hp:m2}]] su blokir sa. Tolong share!!
Komentar
[[{nama:w3}]]: Sa ju kena kaka, orang yang sama
[[{nama:m4}]]: Lapor ke Polresta, Patroli Siber WA {hpk:1}
~~~
=kehilangan
[[{nama:m1}]]
Info: sa temu KTP a.n. [[{nama^:w2}]] deng kartu KIS no [[{bpjs:w2}]] di parkiran {psr:1} tadi pagi. Yang kenal tolong kasih tau, ambil di rumah sa [[address:{rmh:m1}]] atau WA [[{hp:m1}]].
Komentar
[[{nama:w3}]]: Itu sa pung tetangga, nanti sa kasih tau kaka [[{pgl:w2}]]
[[{nama:w4}]]: Orang baik 👍
~~~
=ketenagakerjaan
[[{nama:w1}]]
Dicari 1 orang perempuan jaga anak (umur 2 thn) deng bantu masak, tinggal di rumah. Gaji Rp {rp:m1}/bulan. Alamat [[address:{rmh:w1}]], dekat {pkm:1}. Hub [[{hp:w1}]] (Ibu [[{pgl:w1}]]).
Komentar
[[{nama:wy2}]]: Ibu, sa minat. Sa kirim pesan e
Yayasan Penyalur Tenaga Kerja Berkat: Kami bisa bantu carikan ibu, WA {hpk:1}
~~~
=kesehatan
[[{nama:w1}]]
Terima kasih banyak untuk bidan [[{nama:w2}]] deng suster [[{pgl:w3}]] di {pkm:1} yang tolong sa melahirkan jam 2 pagi. Pelayanan luar biasa 🙏 Anak sa [[{dpn:wi4}]] sehat.
Komentar
{pkm:1}: Terima kasih ibu, sehat selalu ibu dan bayi 🙏
[[{nama:w5}]]: Bidan [[{pgl:w2}]] memang baik hati
~~~
=kehilangan
[[{nama:m1}]]
Dicari pemilik motor Mio merah plat [[{plat:m2}]], su 3 hari parkir di depan rumah sa [[address:{rmh:m1}]]. Kunci masih tergantung. Sa su lapor Polsek {kec:1} {telk:1}. Pemilik bisa hubungi sa [[{hp:m1}]].
Komentar
[[{nama:w3}]]: Mungkin motor curian om
~~~
=pungli
[[{nama:m1}]]
Urus surat keterangan usaha di kantor lurah {kel:1} diminta Rp {rp:s1} sama staf yang namanya [[{nama:w2}]]. Katanya untuk ATK. Apa memang begitu? @pemkotkupang
Komentar
[[{nama:m3}]]: Lapor ke Unit Pengaduan Kasih, SMS 1708 atau WA {hpk:1}
Kelurahan {kel:1}: Mohon maaf bapak, silakan datang langsung ke Lurah. Layanan SKU gratis.
~~~
=usaha
[[{nama:m1}]]
DIJUAL CEPAT Honda Vario 125 tahun 2019, plat [[{plat:m1}]], surat lengkap, pajak hidup. Harga Rp {rp:l1} nego. Lokasi {kel:1}. Hub [[{hp:m1}]] (no PHP)
Komentar
[[{nama:m2}]]: Masih ada bos?
Showroom Motor Bekas Flobamora: Kami juga ada banyak pilihan, kredit DP ringan, WA {hpk:1}
~~~
=drainase
dinaspupr.kotakupang
Pekerjaan saluran drainase di {jln:1} sudah 70%. Mohon maaf atas ketidaknyamanan.
Komentar [[{nama_:w1}]]: saluran depan rumah sa [[address:{rmh:w1}]] su tersumbat lagi pak 🙏
Komentar [[{nama_:m2}]]: kapan ke {kel:1}? su 2 taun janji
Komentar {handle:1}: 👍👍
~~~
=ketenagakerjaan
Disnakertrans Kota Kupang
Pelatihan gratis menjahit dan barista untuk pencari kerja. Daftar: tulis nama, email dan nomor WA di komentar atau kirim ke WA {hpk:1}.
Komentar
[[{nama:wy1}]]: [[{nama:wy1}]], [[{mail:wy1}]], [[{hp:wy1}]] (menjahit)
[[{nama:my2}]]: daftar barista pak. [[{maild:my2}]] WA [[{hp:my2}]]
Disnakertrans Kota Kupang: Terima kasih, data sudah kami catat. Info lanjut WA {hpk:1}.
~~~
=bencana
[[{nama:w1}]]
Banjir lagi di rumah kami [[address:{rmh:w1}, {rt:w1}]] {kel:1} 😭 air masuk sampe lutut. Got depan sonde pernah dibersihkan.
Komentar
[[{nama:m2}]]: sa di [[address:{rtl:m2}]] ju sama kaka, kasur basah semua
BPBD Kota Kupang: Tim Reaksi Cepat menuju lokasi. Darurat hubungi Pusdalops {telk:1} / WA {hpk:1}.
~~~
=kehilangan
[[{nama:m1}]]
DICARI anjing hilang, jenis kampung, warna hitam putih, nama Boncel. Hilang sekitar {kel:1} hari {hari:b1}. Yang liat tolong WA [[{hp:m1}]]. Ada imbalan.
Komentar
[[{nama:w2}]]: Om, kemarin sore ada anjing begitu di depan {sd:1}
~~~
=pendidikan
[[{nama:w1}]]
Puji Tuhan, anak sa [[{nama:wy2}]] hari ini wisuda S1 Keperawatan di Kupang 🎓 Terima kasih untuk om [[{pgl:m3}]] deng tanta [[{pgl:w4}]] yang bantu biaya kuliah.
Komentar
[[{nama:m3}]]: Proficiat [[{pgl:wy2}]]!!
[[{nama:w5}]]: Selamat nona 🙏
~~~
=penipuan
[[{nama:w1}]]
Arisan online yang dipegang [[{nama:w2}]] su 3 bulan sonde bayar. Katong 20 orang setor ke rek {bank:w2} [[{rek:w2}]] a.n. dia. Sekarang nomor [[{hp:w2}]] sonde aktif. Yang tau dia tinggal di mana tolong info.
Komentar
[[{nama:w3}]]: Sa ju korban, Rp {rp:m1} 😭
[[{nama:m4}]]: Lapor polisi sa mama
~~~
=perhubungan
[[{nama:w1}]]
Terima kasih Om sopir bemo [[{nama:m2}]] (bemo plat [[{plat:m2}]]) yang antar HP sa yang ketinggalan sampe ke rumah. Masih ada orang jujur di Kupang 🙏
Komentar
[[{nama:m3}]]: Om [[{pgl:m2}]] memang baik, sa pung langganan
~~~
=pajak
[[{nama:m1}]]
Mau tanya kaka dong yang paham pajak. NPWP lama sa [[{npwpo:m1}]] masih bisa dipake lapor SPT ko? Atau harus pake NIK?
Komentar
[[{nama:w2}]]: Sekarang pake NIK kaka. Sa pung NPWP su otomatis jadi NIK, [[{npwpn:w2}]], tinggal aktivasi Coretax
KPP Pratama Kupang: Betul kak. Untuk bantuan aktivasi datang ke loket KPP {jln:1} atau Kring Pajak 1500200. Jangan bagikan NIK/NPWP di kolom komentar ya 🙏
[[{nama:m1}]]: Siap, terima kasih
~~~
=kependudukan
Dukcapil Kota Kupang
Aktivasi IKD (KTP digital) bisa di kantor kelurahan setiap Selasa dan Kamis. Bawa HP android dan email aktif. Info: WA {hpk:1}.
Komentar
[[{nama_:w1}]]: sa su coba aktivasi tapi gagal terus, NIK [[{nikp:w1}]] katanya sudah terdaftar di HP lain
[[{nama:m2}]]: email sa [[{mail:m2}]] sonde dapa kode verifikasi
Dukcapil Kota Kupang: Mohon jangan tulis NIK di komentar kak. Silakan DM atau datang ke loket IKD di {jln:1}.
~~~
=kependudukan
Dukcapil Kota Kupang
Pencetakan KIA (Kartu Identitas Anak) langsung di sekolah! Jadwal minggu ini: {sd:1} ({hari:d2}), {sd:2} ({hari:d3}). Syarat: fotokopi KK dan akta lahir. Info dan antrian: WA {hpk:1} (Senin-Jumat 08.00-15.00).
Komentar
{handle:1}: sekolah swasta kapan?
Dukcapil Kota Kupang: Menyusul kak, pantau terus info kami 🙏
~~~
=usaha
Laundry Cepat Bersih Oebufu
PROMO AKHIR BULAN! Cuci setrika Rp {rp:t1}/kg, selesai 1 hari. Antar jemput gratis area {kec:1}. Order: WA {hpk:1} / telp {telk:1}.
Komentar
Kos Melati {kel:1}: Ada kak, nanti kami order untuk anak kos
~~~
=penipuan
Polresta Kupang Kota
WASPADA PENIPUAN! Beredar pesan WA dari {hpk:1} dan {hpk:2} yang mengaku anggota Polresta dan meminta uang tebusan untuk keluarga yang "ditahan". Polisi tidak pernah meminta uang lewat WA. Laporkan ke SPKT {telk:1} atau WA Propam {hpk:3}.
Komentar
{handle:1}: sa ju dapat dari nomor itu
~~~
=pasar
Disperindag Kota Kupang
Harga bahan pokok di {psr:1} hari ini ({tgl:d1}): beras medium Rp {?13.500|14.000|14.500}/kg, minyak goreng Rp {?18.000|19.500|20.000}/liter, cabai rawit Rp {?45.000|60.000|80.000}/kg, bawang merah Rp {?38.000|42.000|50.000}/kg. Pengaduan harga: {telk:1}.
Komentar
{handle:1}: cabe mahal sekali
{handle:2}: di {psr:2} lebih murah kak
~~~
=lalu lintas
{handle:1}
Macet total di {jln:1} arah Bundaran PU sore ini, ada truk mogok. Cari jalan lain lewat {jln:2}.
Komentar
{handle:2}: su 40 menit sonde gerak
{handle:3}: Dishub mana?
Dishub Kota Kupang: Petugas sudah di lokasi. Info lalu lintas: {telk:1}
~~~
=air bersih
Perumda Air Minum Tirta Lontar
Gangguan distribusi air ke wilayah {kel:1}, {kel:2} dan {kel:3} akibat kebocoran pipa di {jln:1}. Perbaikan {hari:d1}-{hari:d2}. Permintaan tangki darurat: WA {hpk:1}. Call center {telk:1}.
Komentar
{handle:1}: su 4 hari ni kaka
Perumda Air Minum Tirta Lontar: Mohon maaf, tim masih bekerja 🙏
~~~
=ternak
{handle:1}
Babi lepas di {jln:1} depan {sek:1} lagi, hampir tabrak motor. Satpol PP tolong tertibkan. Pemilik ternak yang lepas bisa kena denda Rp {rp:a1} sesuai Perda.
Komentar
{handle:2}: tiap pagi begini
Satpol PP Kota Kupang: Terima kasih, kami patroli besok pagi. Pengaduan: {telk:1} / WA {hpk:1}
~~~
=perhubungan
ASDP Kupang
Jadwal kapal feri dari Pelabuhan Bolok minggu ini: ke Rote {hari:d1} dan {hari:d3} pukul 08.00; ke Sabu {hari:d2} pukul 14.00. Tarif penumpang dewasa Rp {rp:a1}. Info tiket: {telk:1}, WA {hpk:1}. Beli tiket hanya di loket resmi.
Komentar
{handle:1}: kapal ke Alor kapan?
~~~
=sanitasi
SEDOT WC LANCAR JAYA
Melayani Kota dan Kabupaten Kupang. Alat lengkap, harga bersahabat, bergaransi.
HUB: {hpk:1} / {hpk:2}
Komentar
Sedot WC Berkah Abadi: Kami Rp {?350.000|400.000|450.000} saja kak, WA {hpk:3}
{handle:1}: sudah pake, mantap
~~~
=kesehatan
{rs:1}
Mulai {tgll:d2}, pendaftaran poli rawat jalan lewat WhatsApp {hpk:1} (jam 07.00-12.00). Pasien BPJS bawa kartu dan surat rujukan. Pertanyaan: {telk:1}.
Komentar
{handle:1}: poli anak ada hari Sabtu?
{rs:1}: Poli anak Senin-Jumat kak 🙏
"""

CALL_NOTE = r"""
=kebakaran
CATATAN PANGGILAN DAMKAR KOTA KUPANG
Tgl/Jam: {tgl:d1} {jam:s1}
Penelepon: [[{nama:m1}]]
No. yang bisa dihubungi: [[{hp:m1}]], telp rumah [[{telr:m1}]]
Lokasi: kebun kosong di belakang rumah penelepon, [[address:{rmh:m1}]], Kel. {kel:1}
Kejadian: ilalang terbakar, api mendekat ke rumah warga
Unit: 1 unit pemadam berangkat 5 menit kemudian. Pos Damkar {kec:1} {telk:1} ikut dihubungi.
~~~
=listrik
PLN 123 - transkrip panggilan
Agen: Selamat siang, PLN 123 dengan [[{pgl:w1}]], ada yang bisa dibantu?
Pelanggan: Meteran listrik di rumah saya terbakar tadi, ada bunyi letupan.
Agen: Boleh ID pelanggannya?
Pelanggan: {plnid:1}.
Agen: Atas nama?
Pelanggan: [[{nama:m2}]].
Agen: Alamat lengkap?
Pelanggan: [[address:{rmh:m2}, {rt:m2}]], Kel. {kel:1}.
Agen: Nomor yang bisa dihubungi petugas?
Pelanggan: [[{hp:m2}]].
Agen: Email untuk kirim bukti laporan?
Pelanggan: [[{mail:m2}]].
Agen: Laporan kami terima, nomor laporan {ref:1}. Mohon jangan sentuh meteran.
~~~
=perlindungan anak dan perempuan
HOTLINE UPTD PPA KOTA KUPANG - CATATAN
Pelapor: tetangga korban, minta identitas dirahasiakan, HP [[{hp:w1}]]
Korban: [[{nama:w2}]] (±{umur:w2} th), tinggal di [[address:{rmh:w2}]]
Terduga pelaku: suami korban, [[{nama:m3}]]
Kronologi: pelapor dengar teriakan hampir tiap malam, korban terlihat memar di lengan.
Tindak lanjut: diteruskan ke Unit PPA Polresta {telk:1}, pendamping UPTD dijadwalkan {tgll:d2}.
~~~
=bencana
Pusdalops BPBD Kota Kupang - log {tgl:d1}
{jam:s1} Penelepon [[{nama:mo1}]] (lansia) dari [[address:{rt:mo1}]] Kel. {kel:1}: atap rumah terbang kena angin kencang, tinggal sendiri. Anak yang bisa dihubungi: [[{nama:w2}]] [[{hp:w2}]]. KK penelepon [[{kk:mo1}]] (untuk data bantuan).
{jam:s2} TRC berangkat ke lokasi dengan terpal dan sembako.
~~~
=pungli
Unit Pengaduan Kasih - catatan telepon masuk
Tanggal: {tgl:d1}   Petugas: [[{nama:w1}]]
Penelepon menyebut nama [[{nama:m2}]], warga [[address:{rt:m2}]] Kel. {kel:1}, HP [[{hp:m2}]].
Isi: diminta Rp {rp:s1} oleh staf kelurahan untuk surat pengantar nikah. Menurut penelepon staf itu bernama [[{pgl:w3}]].
Tindak lanjut: dibuat tiket {tiket:1}, diteruskan ke Inspektorat {telk:1}.
~~~
=kependudukan
Call Center Dukcapil Kota Kupang
Petugas: Dukcapil Kota Kupang, selamat pagi. Ada yang bisa dibantu?
Penelepon: Mau cek KTP saya, sudah rekam dari bulan {bln:b2}.
Petugas: NIK Ibu?
Penelepon: [[{nik2:w1}]].
Petugas: Nomor KK?
Penelepon: [[{kkc:w1}]].
Petugas: Atas nama?
Penelepon: [[{nama:w1}]].
Petugas: KTP sudah dicetak, bisa diambil di loket 2. Ambil nomor antrian lewat WA {hpk:1}.
~~~
=kesehatan
BPJS Kesehatan Care Center 165 - rekaman {tgl:d1}
Petugas: BPJS Kesehatan, dengan [[{pgl:w1}]], ada yang bisa dibantu?
Penelepon: Kartu anak saya ditolak di {pkm:1}, katanya nonaktif.
Petugas: Nomor kartunya?
Penelepon: [[{bpjsp:mc2}]].
Petugas: Atas nama [[{nama:mc2}]]?
Penelepon: Betul.
Petugas: Peserta didaftarkan badan usaha {cv:1} dan iuran menunggak 3 bulan. Silakan hubungi HRD perusahaan atau kantor cabang {telk:1}.
Penelepon: Kalau pindah ke mandiri bisa? NIK saya [[{nik:m3}]].
~~~
=perbankan
Call Center Bank NTT - catatan agen
Agen: Bank NTT, selamat siang.
Nasabah: Saya dapat SMS dari {hpk:1}, katanya rekening saya diblokir dan harus klik link.
Agen: Itu bukan dari kami, Bapak. Boleh nomor rekening untuk kami cek?
Nasabah: [[{rekn:m1}]].
Agen: Atas nama?
Nasabah: [[{nama:m1}]].
Agen: Rekening Bapak aman. Jangan klik link. Kanal resmi kami hanya call center {telk:1}.
~~~
=pajak
Kring Pajak 1500200 - catatan
Agen: NPWP Bapak?
Penelepon: Yang lama [[{npwpo:m1}]].
Agen: Sekarang NPWP orang pribadi pakai NIK. NIK Bapak berapa?
Penelepon: [[{nikp:m1}]].
Agen: Sudah padan. Istri Bapak punya NPWP sendiri?
Penelepon: Yang baru katanya sama dengan NIK, [[{npwpn:w2}]].
Agen: Baik, silakan lapor SPT lewat Coretax. Konsultasi tatap muka di KPP Pratama Kupang {telk:1}.
~~~
=rekap
LOG TELEPON MASUK - UNIT PENGADUAN KASIH - {tgl:d1}
Jam | Penelepon | Nomor | Keluhan | Diteruskan
08.{mm:a} | [[{nama:m1}]] | [[{hpp:m1}]] | lampu jalan mati | Dishub
09.{mm:b} | penelepon tidak sebut nama | [[{hpp:w2}]] | air PDAM keruh | Perumda Tirta Lontar
10.{mm:c} | Komite {sd:1} | {hpkp:1} | dana BOS terlambat | Dinas Pendidikan
11.{mm:d} | [[{nama:w3}]] | [[{hpp:w3}]] | KTP belum jadi | Dukcapil
13.{mm:e} | {travel:1} | {hpkp:2} | izin trayek | Dishub
~~~
=pajak kendaraan
Call center Samsat Kupang
Penelepon: Mau tanya pajak motor saya, plat [[{plat:w1}]].
Petugas: Atas nama siapa, Ibu?
Penelepon: [[{nama:w1}]].
Petugas: Pajak terutang Rp {rp:a1} ditambah denda Rp {rp:s1}. Bisa bayar lewat aplikasi Samsat Digital, kode bayar {kodebayar:1}.
Penelepon: Kalau bayar di kantor, nomor antrian ambil di mana?
Petugas: Langsung di loket, atau WA layanan {hpk:1}.
~~~
=kehilangan
Catatan call center {travel:1}
Penelepon: [[{nama:w1}]], HP [[{hp:w1}]]
Tas ransel hitam tertinggal di mobil jurusan Kupang-Soe tanggal {tgll:b1}. Sopir: [[{nama:m2}]], mobil Avanza [[{plat:m2}]].
Tindak lanjut: sopir dihubungi, tas ada. Diambil di pool {jln:1}. Kantor {telk:1}.
~~~
=keamanan
Polsek {kec:1} - catatan piket SPKT {tgl:d1}
{jam:m1} Telepon dari [[{nama:w1}]] ([[{hp:w1}]]): tetangga sebelah rumahnya, [[{nama:m2}]], bertengkar dengan [[{nama:m3}]] soal batas tanah, sempat bawa parang. Lokasi depan rumah pelapor, [[address:{rmh:w1}]].
{jam:m2} Anggota piket ke lokasi, kedua pihak diminta datang ke Polsek besok jam 09.00. Bhabinkamtibmas {kel:1} ({hpk:1}) diberi tahu.
~~~
=pariwisata
Call note - {hotel:1} front desk, {tgl:d1} {jam:m1}
Caller: Ms. [[{nama:w1}]], guest of room 305 last week.
Issue: left a black handbag with her KTP and BPJS card (no. [[{bpjs:w1}]]) in the room. Asks us to keep it until her brother [[{nama:m2}]] collects it.
Callback: [[{hp:w1}]] (WhatsApp).
Action: housekeeping found the bag; stored at the front office. Reservations line {telk:1} informed.
~~~
=sosial
Hotline Dinas Sosial Kota Kupang
Penelepon: [[{nama:w1}]], HP [[{hp:w1}]]
Laporan: lansia [[{nama:mo2}]] (±{umur:mo2} th) tinggal sendiri di [[address:{rmh:mo2}]], jarang makan, anaknya merantau. Tetangga sudah bantu sebisanya.
Tindak lanjut: TKSK kecamatan ({hpk:1}) diminta asesmen {hari:d2}. Data untuk DTKS: NIK lansia [[{nik:mo2}]], kartu KIS [[{bpjs:mo2}]] sudah nonaktif.
~~~
=rekap
SERAH TERIMA SHIFT - CALL CENTER 112 - {tgl:d1}
Shift malam ke pagi. Yang perlu ditelepon balik:
1. [[{nama:m1}]] [[{hp:m1}]] - tetangga bakar sampah plastik tiap malam, sudah diteruskan DLHK
2. [[{nama:w2}]] [[{hp:w2}]] - anak demam tinggi, ambulans {pkm:1} tidak angkat
3. penelepon anonim [[{hp:m3}]] - kecelakaan motor di {jln:1}, minta info korban
Nomor ambulans puskesmas yang benar: {hpk:1}. Laporan lengkap di aplikasi, tiket {tiket:1}.
~~~
=air bersih
Hotline Perumda Tirta Lontar - catatan {tgl:d1}
Penelepon: [[{nama:mo1}]] ([[{telr:mo1}]], telp rumah)
Keluhan: meteran air di rumah [[address:{rmh:mo1}]] berputar terus padahal keran tertutup. No sambungan {samb:1}.
Tindak lanjut: petugas meter dijadwalkan {hari:d2}; pelanggan diminta siapkan rekening air bulan lalu.
~~~
=air bersih
Hotline Perumda Tirta Lontar - catatan {tgl:d1} {jam:p1}
Pipa induk pecah di {jln:1} depan {sek:1}, air menyembur ke jalan. Pelapor tidak sebut nama, telepon dari wartel.
Diteruskan ke tim teknik {hpk:1}. Wilayah terdampak: {kel:1}, {kel:2}. Pengumuman di IG resmi.
~~~
=kependudukan
Call Center Dukcapil - rekaman
Petugas: Dukcapil, selamat siang.
Penelepon: Jam layanan hari Sabtu buka atau tidak?
Petugas: Sabtu tutup, Bapak. Senin-Jumat 08.00-15.00. Antrian online via WA {hpk:1}, atau ke Mal Pelayanan Publik {jln:1}.
Penelepon: Nomor kantor yang bisa ditelepon?
Petugas: {telk:1}, ext. {n:100-250}.
~~~
=penipuan
Catatan piket SPKT Polresta Kupang Kota - {tgl:d1}
Pelapor (tidak mau sebut nama) menerima telepon dari {hpk:1}, mengaku petugas Dukcapil, minta kode OTP. Nomor kedua {hpk:2} kirim link APK. Pelapor tidak kasih data.
Tindak lanjut: nomor dicatat di daftar pantauan Unit Siber, kode {ref:1}.
~~~
=kebakaran
DAMKAR - log panggilan {tgl:d1}
{jam:m1} Laporan asap di gudang {toko:1} {jln:1}. Unit berangkat.
{jam:m2} Sumber asap dari pembakaran sampah di lahan kosong. Alarm palsu. Unit kembali ke pos {telk:1}.
~~~
=ketertiban
Satpol PP Kota Kupang - catatan telepon
Pelapor anonim: pedagang kaki lima di trotoar {jln:1} depan {psr:1} menutup jalan pejalan kaki.
Tindak lanjut: regu patroli {n:1-4} dijadwalkan {hari:d2} pagi. Piket 24 jam {hpk:1}, kantor {telk:1}.
~~~
=rekap
LOG PANGGILAN MASUK - DINAS PENDIDIKAN - {tgl:d1}
08.{mm:a} | {sd:1} | {telk:1} | tanya jadwal ANBK
09.{mm:c} | {travel:1} | {hpkp:1} | sewa bus study tour
10.{mm:e} | Komite {smp:1} | {hpkp:2} | pencairan BOS
11.{mm:b} | {hotel:1} | {telk:2} | penawaran ruang rapat
~~~
=perhubungan
Dishub Kota Kupang - rekaman
Penelepon: Tarif bemo jurusan {kel:1} sekarang berapa? Sopir minta Rp 5.000.
Petugas: Tarif resmi Rp {?3.500|4.000} untuk umum, pelajar Rp {?2.000|2.500}. Kalau ada pelanggaran, catat nomor lambung bemo dan laporkan ke bidang angkutan (0380) 8{n:20000-99999}.
Penelepon: Nomor WA ada?
Petugas: Keluhan angkutan kota: WA {hpk:1}.
~~~
=bencana
Pusdalops BPBD - {tgl:d1} {jam:p2}
Pohon beringin tumbang menutup {jln:1} dekat {grj:1}. Pelapor pengendara yang lewat, tidak tinggalkan nomor.
{jam:s1} Tim TRC dan DLHK memotong pohon. Jalan dibuka kembali. Koordinasi lewat {telk:1}.
~~~
=perhubungan
Call note - Tourist Information Centre, {tgl:d1}
Caller asked about the ferry to Rote and Alor. Told: ASDP ticket office {telk:1}, WA {hpk:1}; fast boat from Tenau port daily 08.30, fare Rp {rp:a1}. Caller did not leave a name or number.
~~~
=rekap
SERAH TERIMA SHIFT - HOTLINE PDAM - {tgl:d1}
Tiket terbuka: {tiket:1} (air keruh {kel:1}), {tiket:2} (meter rusak, pelanggan belum bisa dihubungi), {tiket:3} (pipa bocor {jln:1}).
Mobil tangki 2 unit standby di pool. Nomor piket teknik malam ini {hpk:1}.
"""

LETTER_MINUTES = r"""
=bencana
Kupang, {tgll:d1}
Perihal: Permohonan bantuan korban kebakaran

Kepada Yth.
Bapak Lurah {kel:1}
di Tempat

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama : [[{nama:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[address:{rmh:m1}, {rt:m1}]], Kel. {kel:1}
No. HP : [[{hp:m1}]]
mengajukan permohonan bantuan karena rumah kami terbakar pada {tgll:b1}. Seluruh isi rumah habis, termasuk dokumen kependudukan. Nomor KK kami [[{kk:m1}]] (salinan dari kelurahan terlampir).
Demikian permohonan ini, atas perhatian Bapak diucapkan terima kasih.

Hormat saya,
ttd
[[{nama:m1}]]
Mengetahui, Ketua RT
~~~
=sengketa
NOTULEN RAPAT WARGA
Hari/tanggal: {hari:d1}, {tgll:d1}
Tempat: rumah Ketua RT, [[address:{rmh:m1}]]
Pimpinan rapat: [[{nama:m1}]] (Ketua RT)
Hadir: {n:18-30} KK
Pokok bahasan: jalan setapak antara tanah keluarga [[{marga:m2}]] dan keluarga [[{marga:m3}]] yang ditutup pagar.
Hasil:
1. Bapak [[{nama:m2}]] bersedia membuka pagar selebar 1,5 meter untuk jalan umum.
2. Bapak [[{nama:m3}]] mengganti biaya pagar Rp {rp:m1}.
3. Bila terjadi sengketa lagi, diselesaikan di kantor lurah.
Notulis: [[{nama:w4}]]
~~~
=kependudukan
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[{nama:wo1}]]
NIK : [[{nik:wo1}]]
Alamat : [[address:{rmh:wo1}]], Kel. {kel:1}
selanjutnya disebut Pemberi Kuasa, memberi kuasa kepada:
Nama : [[{nama:m2}]]
NIK : [[{nik:m2}]]
Hubungan : anak kandung
No. HP : [[{hp:m2}]]
untuk mengambil KTP-el atas nama Pemberi Kuasa di kantor Dinas Dukcapil Kota Kupang, karena Pemberi Kuasa sedang sakit.
Kupang, {tgll:d1}
Penerima Kuasa\t\tPemberi Kuasa
[[{nama:m2}]]\t\t[[{nama:wo1}]]
~~~
=utang piutang
SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini, [[{nama:m1}]], NIK [[{nik:m1}]], beralamat di [[address:{rmh:m1}]], menyatakan bahwa saya benar telah meminjam uang sebesar Rp {rp:l1} dari Ibu [[{nama:w2}]], NIK [[{nik:w2}]], tetangga saya, pada {tgll:b2}.
Saya berjanji mengembalikan dengan cara mencicil Rp {rp:m1} setiap bulan mulai {bln:d2} 2026 melalui transfer ke rekening {bank:w2} [[{rek:w2}]] a.n. [[{nama:w2}]].
Apabila saya lalai, saya bersedia diselesaikan secara kekeluargaan di hadapan Ketua RT dan Lurah.
Kupang, {tgll:d1}
Yang membuat pernyataan,
[[{nama:m1}]]
Saksi: [[{nama:m3}]]
~~~
=pendidikan
MAJELIS JEMAAT {gmit^:1}
Sekretariat: {jln:1}, Kupang - Telp. {telk:1}
Nomor: {surat:MJ1}
Hal: Rekomendasi
Majelis Jemaat {gmit:1} menerangkan bahwa:
Nama : [[{nama:wy1}]]
NIK : [[{nik:wy1}]]
Orang tua : [[{nama:m2}]] / [[{nama:w3}]]
adalah anggota jemaat aktif dari keluarga kurang mampu, dan layak dipertimbangkan menerima Beasiswa Pemkot Kupang.
Ketua Majelis Jemaat,
Pdt. [[{nama:w4}]], S.Th
~~~
=pendidikan
NOTULA RAPAT KOMITE {smp^:1}
Tanggal: {tgll:d1}
Hadir: Kepala Sekolah, pengurus komite, {n:40-90} orang tua siswa
Keputusan:
1. Sumbangan pembangunan pagar bersifat sukarela, tidak wajib.
2. Dana disetor ke rekening komite Bank NTT {rekntt:1} a.n. Komite Sekolah, bukan lewat wali kelas.
3. Orang tua yang ingin bertanya menghubungi bendahara komite, Ibu [[{nama:w1}]] ([[{hp:w1}]]).
Notulis: [[{nama:m2}]]
Ketua Komite: [[{nama:m3}]]
~~~
=kependudukan
PEMERINTAH KOTA KUPANG
KECAMATAN {kec^:1}
KELURAHAN {kel^:1}
{jln:1} No. {n:1-90}, Telp. {telk:1}
SURAT KETERANGAN BELUM MENIKAH
Nomor: {surat:KEL1}
Lurah {kel:1} menerangkan bahwa:
Nama : [[{nama:wy1}]]
Tempat/Tgl Lahir : {ttl:wy1}
NIK : [[{nik:wy1}]]
Pekerjaan : {kerja:wy1}
Alamat : [[address:{rmh:wy1}, {rt:wy1}]]
berdasarkan surat pengantar Ketua RT nomor {surat:RT1}, benar belum pernah menikah. Surat ini dibuat untuk melamar pekerjaan.
Lurah {kel:1},
[[{nama:m2}]]
NIP {nip:1}
~~~
=sampah
Kepada Yth. Kepala DLHK Kota Kupang
Perihal: Permohonan keringanan retribusi sampah

Saya [[{nama:w1}]], pemilik kios sembako kecil di rumah saya sendiri, [[address:{rmh:w1}]], Kel. {kel:1}. Sejak {bln:b1} retribusi sampah kios saya ditagih Rp {rp:s1}/bulan seperti toko besar, padahal sampah hanya 1 kantong per hari. NPWP usaha perorangan saya [[{npwp:w1}]]. Mohon keringanan.

Hormat saya,
[[{nama:w1}]] (HP [[{hp:w1}]], email [[{mail:w1}]])
Tembusan: Lurah {kel:1}; dlhk@kupangkota.go.id
~~~
=transportasi
BERITA ACARA SERAH TERIMA KENDARAAN
Pada hari ini {hari:d1}, {tgll:d1}, kami yang bertanda tangan di bawah ini:
1. [[{nama:m1}]], NIK [[{nik:m1}]], sebagai Pihak Pertama (pemilik)
2. [[{nama:m2}]], NIK [[{nik:m2}]], sebagai Pihak Kedua (peminjam)
Pihak Pertama menyerahkan sepeda motor Honda Supra X, nomor polisi [[{plat:m1}]], nomor rangka {rangka:1}, untuk dipakai Pihak Kedua bekerja sebagai ojek selama 3 bulan, dengan sewa Rp {rp:a1}/minggu.
Pihak Pertama\t\tPihak Kedua
[[{nama:m1}]]\t\t[[{nama:m2}]]
~~~
=kependudukan
SURAT PENGANTAR PINDAH DOMISILI
Nomor: {surat:RT1}
Ketua RT di Kelurahan {kel:1} menerangkan:
Nama Kepala Keluarga : [[{nama:m1}]]
No. KK : [[{kk:m1}]]
NIK : [[{nik:m1}]]
Alamat asal : [[address:{rmh:m1}, {rt:m1}]], Kel. {kel:1}
Alamat tujuan : [[address:{blok:m1}]], Kel. {kel:2}
Anggota keluarga yang ikut pindah:
1. [[{nama:w2}]] - istri - NIK [[{nik:w2}]]
2. [[name:{dpn:mc3} {marga:m1}]] - anak - NIK [[{nik:mc3}]]
~~~
=lalu lintas
BERITA ACARA PERDAMAIAN
Pada {tgll:d1} di Pos Lantas {jln:1} telah dilakukan perdamaian antara:
Pihak I: [[{nama:m1}]], pengemudi mobil [[{plat:m1}]], HP [[{hp:m1}]]
Pihak II: [[{nama:w2}]], pengendara motor [[{plat:w2}]], HP [[{hp:w2}]]
Pihak I bersedia mengganti biaya perbaikan motor Rp {rp:m1} dan biaya berobat Pihak II di {pkm:1} yang tidak ditanggung BPJS (no. kartu [[{bpjs:w2}]]). Klaim asuransi mobil lewat call center asuransi {telk:1}, polis {ref:1}.
Mengetahui, petugas Unit Laka Lantas.
~~~
=pasar
Kepada Yth. Kepala Dinas Perindustrian dan Perdagangan Kota Kupang
Perihal: Keberatan pembongkaran los

Saya [[{nama:w1}]], pedagang ikan di los nomor {n:10-40} {psr:1}, {jln:1}. Los saya dibongkar pada {tgll:b1} tanpa surat peringatan. Saya membayar retribusi rutin (kartu retribusi No. {n:1000-9999}) dan terdaftar dengan NPWP [[{npwp:w1}]]. Mohon los dikembalikan atau saya diberi tempat pengganti.

Hormat saya,
[[{nama:w1}]]
[[address:{rmh:w1}]]
HP [[{hp:w1}]]
~~~
=pertanahan
UNDANGAN RAPAT KELUARGA BESAR [[{marga^:mo1}]]
Kepada Yth. Bapa/Mama/Saudara keluarga besar [[{marga:mo1}]],
Dengan hormat, kami undang untuk rapat pembagian tanah warisan almarhum [[{nama:mo1}]] di {kel:1} pada {hari:d2}, {tgll:d2} pukul 16.00 di rumah [[{nama:w2}]], [[address:{rmh:w2}]].
Harap membawa fotokopi KK masing-masing. Konfirmasi kehadiran ke [[{dpn:m3}]] [[{hp:m3}]].
Hormat kami, a.n. keluarga,
[[name:{dpn:m3} {marga:mo1}]]
~~~
=kehilangan
SURAT PERNYATAAN KEHILANGAN
Yang bertanda tangan di bawah ini:
Nama : [[{nama:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[address:{rmh:m1}, {rt:m1}]]
menyatakan bahwa BPKB sepeda motor dengan nomor polisi [[{plat:m1}]] atas nama saya sendiri, nomor BPKB {ref:1}, telah hilang pada saat pindah rumah. Laporan kehilangan telah dibuat di Polresta Kupang Kota nomor {lp:1}.
Kupang, {tgll:d1}
Yang menyatakan,
[[{nama:m1}]]
~~~
=gereja
NOTULEN SIDANG MAJELIS JEMAAT {gmit^:1}
Tanggal: {tgll:d1}
Agenda 3: Penerimaan anggota jemaat pindahan
- Keluarga [[{nama:m1}]], pindah dari {tempat:m1}, KK [[{kkp:m1}]], 4 jiwa, masuk Rayon {n:1-9}.
- [[{nama:w2}]] (janda), KK [[{kkp:w2}]], 1 jiwa, masuk Rayon {n:1-9}.
Agenda 4: Laporan keuangan: saldo kas Rp {rp:l1} di rekening Majelis Jemaat {rekntt:1}.
Notulis: [[{nama:w3}]]
~~~
=kesehatan
{cv^:1}
{jln:1} No. {n:1-150}, Kupang - Telp {telk:1} - NPWP {npwpb:1}
Nomor: {surat:SDM1}
Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Perihal: Pendaftaran pekerja baru
Bersama ini kami daftarkan pekerja baru:
1. [[{nama:m1}]] - NIK [[{nik:m1}]] - no. kartu lama [[{bpjs:m1}]] - email [[{mail:m1}]]
2. [[{nama:w2}]] - NIK [[{nik:w2}]] - belum punya kartu - email [[{mail:w2}]]
Konfirmasi ke bagian personalia: {cvm:1}
Hormat kami,
[[{nama:m3}]]
Direktur
~~~
=keuangan
{kop^:1}
Badan Hukum No. {n:100-999}/BH/XXIV/2019 - NPWP {npwpb:1}
SURAT KETERANGAN ANGGOTA
Pengurus menerangkan bahwa [[{nama:w1}]], NIK [[{nik:w1}]], adalah anggota aktif dengan nomor anggota {n:1000-9999}. Pinjaman anggota dicairkan ke rekening pribadi {bank:w1} [[{rek:w1}]] a.n. [[{nama:w1}]]. Setoran angsuran ke rekening koperasi {bankb:1} {rekb:1}.
Ketua,
[[{nama:m2}]]
~~~
=kepegawaian
SURAT EDARAN
Nomor: {surat:SET1}
Tentang: Jam kerja ASN selama bulan {bln:d2}
Kepada Yth. Kepala Perangkat Daerah se-Kota Kupang
Jam kerja Senin-Kamis 07.30-15.00, Jumat 07.30-11.30. Layanan publik di Mal Pelayanan Publik tetap buka. Pengaduan layanan: SMS 1708, WA {hpk:1}, telepon {telk:1}.
Kupang, {tgll:d1}
Sekretaris Daerah Kota Kupang
~~~
=perencanaan
UNDANGAN
Nomor: {surat:BAPPEDA1}
Kepada Yth. Kepala Dinas PUPR, Kepala DLHK, Kepala BPBD, Camat {kec:1}
Acara: Rapat koordinasi penanganan banjir {kel:1} dan {kel:2}
Hari/tanggal: {hari:d2}, {tgll:d2}
Pukul: 09.00 WITA
Tempat: Ruang Garuda Balai Kota
Narahubung: Sekretariat Bappeda {telk:1}
~~~
=bencana
NOTULEN RAPAT KOORDINASI BANJIR
Tanggal: {tgll:d1}
Peserta: Dinas PUPR, DLHK, BPBD, Camat {kec:1}, Lurah {kel:1}, Lurah {kel:2}
Hasil:
1. PUPR membersihkan saluran di {jln:1} mulai {tgll:d2}.
2. DLHK menambah 2 truk angkut sampah saluran.
3. BPBD menyiagakan posko di kantor lurah {kel:1}, nomor posko {hpk:1}.
4. Warga RT {nrt:1} sampai RT {nrt:2} yang terdampak didata kelurahan.
Notulis: staf Bagian Tata Pemerintahan
~~~
=kependudukan
PENGUMUMAN KELURAHAN {kel^:1}
Nomor: {surat:KEL1}
Dalam rangka HUT Kota Kupang, kerja bakti massal dilaksanakan {hari:d2}, {tgll:d2} pukul 06.30. Pembagian lokasi: RT {nrt:1} dan RT {nrt:2} di saluran {jln:1}; RT {nrt:3} di halaman {pkm:1}. Alat disiapkan masing-masing RT. Informasi: kantor lurah {telk:1}.
~~~
=air bersih
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
{jln:1} No. {n:1-40}, Telp. {telk:1}
Nomor: {surat:PDAM1}
Perihal: Pemberitahuan penyesuaian tarif
Kepada Yth. Pelanggan
Mulai rekening bulan {bln:d2} berlaku tarif baru sesuai Perwali. Pelanggan rumah tangga A Rp {rp:t1}/m3. Pembayaran melalui loket, Bank NTT, atau kode bayar di aplikasi. Pengaduan: call center {telk:2}, WA {hpk:1}.
Direktur Utama
~~~
=kependudukan
KEPUTUSAN LURAH {kel^:1}
Nomor: {surat:KEL1}
Tentang: Pemekaran wilayah RT
Menetapkan: RT {nrt:1} dimekarkan menjadi RT {nrt:1} dan RT {nrt:2}, dengan batas jalan {jln:1}. Pengurus RT baru dipilih paling lambat {tgll:d3}.
Ditetapkan di Kupang, {tgll:d1}
~~~
=lapor
NOTA DINAS
Kepada: Kepala Perangkat Daerah
Dari: Sekretaris Daerah
Nomor: {surat:SET1}
Hal: Tindak lanjut pengaduan LAPOR! yang melewati batas waktu
Berdasarkan rekap admin, terdapat {n:12-40} tiket melewati 5 hari kerja, antara lain {tiket:1} dan {tiket:2}. Mohon pejabat penghubung menyelesaikan paling lambat {tgll:d2} dan melapor ke Bagian Organisasi {telk:1}.
~~~
=gereja
WARTA JEMAAT {gmit^:1} - MINGGU {tglm:d1}
1. Ibadah Minggu pukul 06.00, 08.30, 17.00.
2. Persembahan pembangunan pastori dapat ditransfer ke rekening Majelis Jemaat Bank NTT {rekntt:1} atau BRI {rekbri:1}. NPWP Majelis Jemaat {npwpb:1}.
3. Katekisasi sidi setiap Sabtu pukul 15.00.
4. Kantor jemaat buka Selasa-Jumat, telp {telk:1}, email {grjm:1}.
~~~
=pendidikan
{sd^:1}
NPSN {n:50100000-50199999} - {jln:1}, Kupang - Telp. {telk:1}
Nomor: {surat:SD1}
Perihal: Pemberitahuan ujian akhir semester
Kepada Yth. Bapak/Ibu Orang Tua Siswa
Ujian akhir semester dilaksanakan {tgll:d2} s/d {tgll:d3}. Tidak ada pungutan biaya ujian. Bila ada yang meminta uang atas nama sekolah, laporkan ke tata usaha atau WA sekolah {hpk:1}.
Kepala Sekolah
~~~
=koperasi
NOTULEN RAPAT ANGGOTA TAHUNAN {kop^:1}
Tahun buku 2025
Peserta: {n:80-200} anggota
Hasil: SHU Rp {rp:x1}, dibagi 40% jasa pinjaman, 30% jasa simpanan. Pinjaman maksimal naik menjadi Rp {rp:l1}. Rekening koperasi untuk setoran: {bankb:1} {rekb:1}. NPWP koperasi {npwpb:1}. Kantor: {jln:1}, telp {telk:1}.
"""

OCR_SCAN = r"""
=kependudukan
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[{nikl:wk1}]]
N a m a : [[{nama^:wk1}]]
Tempat/TgI Lahir : {ttl^:wk1}
Jenis kelamin : {jk:wk1}     Gol. Darah : -
Alamat : [[address:{rmh^:wk1}]]
[[address:RT/RW : {rtp:wk1}]]
KeI/Desa : {kel^:1}
Kecarnatan : {kec^:1}
Agama : KRISTEN
Status Perkawinan : KAWIN
Pekerjaan : {kerja^:wk1}
Berlaku Hingga : SEUMUR HIDUP
~~~
=kependudukan
KARTU KELUARGA
No. [[{kkp:mk1}]]
Nama Kepala Keluarga : [[{nama^:mk1}]]
Alamat : [[address:{rmh^:mk1}]]
[[address:RT/RW : {rtp:mk1}]]
Desa/Kelurahan : {kel^:1}
No | Nama Lengkap | NIK | Jenis Kelamin | Status Hubungan
1 | [[{nama^:mk1}]] | [[{nikp:mk1}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[{nama^:wk2}]] | [[{nikp:wk2}]] | PEREMPUAN | ISTRI
3 | [[name:{dpn^:mck3} {marga^:mk1}]] | [[{nikp:mck3}]] | LAKI-LAKI | ANAK
Dikeluarkan Tanggal : {kktgl:mk1}
~~~
=kesehatan
KARTU INDONESIA SEHAT
BPJS Kesehatan
No. Kartu : [[{bpjsl:w1}]]
Nama : [[{nama^:w1}]]
NIK : [[{nikp:w1}]]
TgI. Lahir : {lahir:w1}
Faskes Tingkat I : {pkm^:1}
Kelas Rawat : III   PBI APBD
~~~
=kendaraan
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NO. REGISTRASI : [[{plat:m1}]]
NAMA PEMILIK : [[{scan:m1}]]
ALAMAT : [[address:{rmh^:m1}]] KEL {kel^:1}
MERK/TYPE : HONDA / NF125TR
TAHUN PEMBUATAN : 2018   WARNA : HITAM
NO. RANGKA : {rangka:1}
NO. MESIN : JBK1E{n:1000000-9999999}
BERLAKU SAMPAI : {tgld:d3}
~~~
=kendaraan
BUKU PEMILIK KENDARAAN BERMOTOR
II. IDENTITAS PEMILIK
1. Nama Pemilik : [[{nama^:m1}]]
2. Alamat : [[address:{rmh^:m1}, {rt:m1}]]
3. No. KTP/TDP : [[{nik:m1}]]
III. IDENTITAS KENDARAAN
1. Nomor Registrasi : [[{plat:m1}]]
2. Merk : YAMAHA   Type : MIO M3
3. Nomor Rangka : {rangka:1}
~~~
=perbankan
BANK NTT
BUKU TABUNGAN SIMPEDA
No. Rekening : [[{rekn:w1}]]
Nama : [[{nama^:w1}]]
Alamat : [[address:{rmh^:w1}]] KUPANG
Cabang : KANTOR CABANG UTAMA KUPANG
TGL       SANDI   MUTASI         SALDO
{tgld:b2}  STR     {rp:m1}        {rp:m2}
{tgld:b1}  TRK     {rp:a1}        {rp:a2}
~~~
=kendaraan
BENGKEL MOTOR NUSA INDAH
{jln:1} No. {n:1-99} Kupang - Telp/WA {hpk:1}
NOTA SERVIS No. {n:1000-9999}
Pelanggan : [[{nama:m1}]]
No. Pol : [[{plat:m1}]]
HP : [[{hpp:m1}]]
Ganti oli + filter          Rp {rp:s1}
Kampas rem depan            Rp {rp:s2}
Jasa servis                 Rp {rp:s3}
Terima kasih atas kunjungan Anda
~~~
=sosial
PEMERINTAH KOTA KUPANG
KELURAHAN {kel^:1}
SURAT KETERANGAN TIDAK MAMPU
Nomor : {surat:KEL1}
Yang bertanda tangan di bawah ini Lurah {kel:1} menerangkan bahwa :
Nama : [[{nama^:m1}]]
NIK : [[{nik:m1}]]
No. KK : [[{kk:m1}]]
Alamat : [[address:{rmh:m1}, {rt:m1}]]
adalah benar warga kami yang tergolong keluarga tidak mampu. Surat ini diberikan untuk keringanan biaya rumah sakit di {rs:1}.
Lurah {kel:1}
[[{nama^:w2}]]
~~~
=kesehatan
SURAT RUJUKAN
{pkm^:1}
Kepada Yth. TS Dokter Spesialis Penyakit Dalam {rs:1}
Mohon pemeriksaan dan penanganan lebih lanjut pasien:
Nama : [[{nama:mo1}]]
Umur : {umur:mo1} th     JK : L
No. BPJS : [[{bpjs:mo1}]]
NIK : [[{nikn:mo1}]]
Alamat : [[address:{rmh:mo1}]]
Diagnosa : DM tipe 2 + ulkus kaki
Salam sejawat,
dr. [[{nama:w2}]]
~~~
=perumahan
SURAT PERJANJIAN SEWA RUMAH
Pihak Pertama (Pemilik) : [[{nama:mo1}]], NIK [[{nik:mo1}]]
Pihak Kedua (Penyewa) : [[{nama:w2}]], NIK [[{nik:w2}]], HP [[{hp:w2}]]
Objek sewa : rumah di [[address:{rmh:mo1}]], Kel. {kel:1}
Jangka waktu : 1 (satu) tahun, mulai {tgll:d1}
Harga sewa : Rp {?7.500.000|10.000.000|12.000.000|15.000.000} dibayar lunas di muka ke rekening Pihak Pertama {bank:mo1} [[{rek:mo1}]]
Kupang, {tgll:d1}
Pihak Pertama              Pihak Kedua
[[{scan:mo1}]]         [[{nama:w2}]]
~~~
=kesehatan
KARTU MENUJU SEHAT (KMS)
Posyandu {?Melati|Kenanga|Anggrek} - {pkm:1}
Nama Anak : [[name:{dpn:wi1} {marga:m3}]]
Tgl Lahir : {lahir:wi1}
Nama Ibu : [[{nama:w2}]]   Nama Ayah : [[{nama:m3}]]
Alamat : [[address:{rtl:w2}]] Kel. {kel:1}
No. HP Ortu : [[{hpn:w2}]]
Bln | BB (kg) | Ket
1 | 4,{n:1-9} | naik
2 | 5,{n:0-9} | naik
~~~
=pajak
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[{npwpx:m1}]]
NIK : [[{nikp:m1}]]
[[{nama^:m1}]]
[[address:{rmh^:m1}]] KEL. {kel^:1} KEC. {kec^:1} KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgld:b2}
~~~
=listrik
FORMULIR PERMOHONAN SERTIFIKAT LAIK OPERASI (SLO)
Nama Pemilik Instalasi : [[{nama:w1}]]
No. KTP : [[{nik:w1}]]
Alamat Instalasi : [[address:{rmh:w1}, RT/RW {rtp:w1}]]
No. HP : [[{hpl:w1}]]   Telp. Rumah : [[{telr:w1}]]
Daya : 1300 VA   ID Pelanggan : {plnid:1}
Email : [[{mail:w1}]]
Instalatir : {cv:1} (NIB {nib:1}, {cvm:1})
Petugas Pemeriksa : _____________
~~~
=kependudukan
Kupang, {tgll:d1}
Kepada Yth. Kepala Dinas Dukcapil Kota Kupang
Perihal : Permohonan Akta Kematian
Dengan hormat, saya yang bertanda tangan di bawah ini :
Nama : [[{nama:w1}]]
NIK : [[{nikl:w1}]]
Hubungan dengan almarhum : anak kandung
memohon diterbitkan akta kematian atas nama [[name:{dpn:mo2} {marga:w1}]], NIK [[{nik:mo2}]], No. BPJS [[{bpjsl:mo2}]], yang meninggal pada {tgll:b1} di {rs:1}.
Hormat saya,
[[{scan:w1}]]
HP [[{hpl:w1}]]
Email [[{mail:w1}]]
Tembusan: pencatatansipil.dukcapil@kupangkota.go.id
~~~
=perikanan
PAS KECIL
Nama Kapal : KM. {?Doa Ibu|Kasih Setia|Rahmat Laut} {n:1-9}
Tanda Selar : GT.{n:2-7} No.{n:100-999}/Pk
Nama Pemilik : [[{nama^:m1}]]
NIK Pemilik : [[{nikl:m1}]]
Alamat Pemilik : [[address:{rmh^:m1}]] KEL. {kel^:1}
Pelabuhan Pendaftaran : KUPANG
Dikeluarkan : {tgld:b2}
~~~
=pendidikan
IJAZAH SEKOLAH MENENGAH ATAS
Nomor Seri : M-SMA/{n:10-99}/{n:1000000-9999999}
Yang bertanda tangan di bawah ini, Kepala {sma^:1}, menerangkan bahwa:
nama : [[{nama^:my1}]]
tempat dan tanggal lahir : {ttl:my1}
nama orang tua/wali : [[name:{dpn^:m2} {marga^:my1}]]
nomor induk siswa nasional : {nisn:1}
LULUS dari satuan pendidikan berdasarkan kriteria kelulusan.
~~~
=perbankan
SLIP SETORAN TUNAI
BANK NTT  Tgl : {tgld:d1}
No. Rekening Tujuan : [[{rekn:w1}]]
Nama Pemilik Rekening : [[{nama^:w1}]]
Jumlah : Rp {rp:m1}
Terbilang : ______________________
Penyetor : [[{nama:m2}]]   Telp : [[{hp:m2}]]
Tanda tangan penyetor : ___
Teller : {n:10-99}   No. Ref : {ref:1}
~~~
=energi
SPBU {n:54851-54859}.{n:100-999}
{jln:1} - KUPANG
Shift : 2   No. Trans : {n:100000-999999}
Waktu : {tgld:d1} {jam:s1}
Pulau Pompa : 3
Nama Produk : PERTALITE
Harga/Liter : Rp 10.000
{?Volume : 2,50 L
Total Harga : Rp 25.000|Volume : 5,00 L
Total Harga : Rp 50.000|Volume : 3,00 L
Total Harga : Rp 30.000|Volume : 10,00 L
Total Harga : Rp 100.000}
TERIMA KASIH DAN SELAMAT JALAN
~~~
=pariwisata
{hotel^:1}
{jln:1} No. {n:1-80}, Kupang - Telp. {telk:1}
NPWP : {npwpb:1}
INVOICE No. INV/{n:100-999}/2026
Kepada : Dinas Pariwisata Kota Kupang
Paket rapat fullday {n:30-60} pax x Rp {rp:a1}
Total : Rp {rp:l1}
Pembayaran ke {bankb:1} {rekb:1} a.n. {hotel:1}
~~~
=kesehatan
JADWAL IMUNISASI BULAN {bln^:d1}
{pkm^:1}
Posyandu Melati - {hari:d1} - {jln:1}
Posyandu Kenanga - {hari:d2} - halaman {grj:1}
Posyandu Anggrek - {hari:d3} - kantor lurah
Info : Koordinator Imunisasi {hpkl:1}
BAWA BUKU KIA !!
~~~
=perbankan
BRI UNIT {kel^:1}
NOMOR ANTRIAN
TELLER
A{n:100-199}
{tgld:d1} {jam:p1}
Sisa antrian : {n:3-20}
Layanan pengaduan : 14017 / 1500017
~~~
=pendidikan
{smp^:1}
NPSN : {n:50300000-50399999} | NSS : 20124{n:1000000-1999999}
{jln:1}, Kupang 8511{n:1-9}, Telp. {telk:1}
PENGUMUMAN
Pembagian rapor semester ganjil {hari:d3}, {tgll:d3}, pukul 09.00. Rapor diambil oleh orang tua/wali. Tidak dipungut biaya apa pun.
Kepala Sekolah
~~~
=pajak
SURAT TANDA TERIMA SETORAN (STTS) PBB
NOP : {nop:1}
Tahun Pajak : 2026
Letak Objek : {jln:1} KEL. {kel^:1}
Jumlah Setor : Rp {rp:a1}
Tanggal Bayar : {tgld:d1}
Tempat Bayar : BANK NTT KCU KUPANG
NTPD : {n:10000000-99999999}{n:1000-9999}
~~~
=perhubungan
PT ASDP INDONESIA FERRY (PERSERO)
CABANG KUPANG
TIKET PENUMPANG
Lintasan : KUPANG (BOLOK) - ROTE (PANTAI BARU)
Golongan : DEWASA   Kelas : EKONOMI
Tanggal : {tgld:d2}  Jam : 08.00
Harga : Rp {rp:s1}
Kode Booking : {ref:1}
Simpan tiket ini selama perjalanan
~~~
=air bersih
LAPORAN HASIL UJI LABORATORIUM KESEHATAN
UPTD Laboratorium Kesehatan Kota Kupang - Telp. {telk:1}
Nomor : {surat:DINKES1}
Pengirim : DEPOT AIR MINUM TIRTA SEHAT, {jln:1}
Jenis sampel : air minum isi ulang
Total coliform : 0 /100 ml (syarat 0)
E. coli : 0 /100 ml (syarat 0)
Kesimpulan : MEMENUHI SYARAT
~~~
=usaha
TOKO BANGUNAN FLOBAMOR JAYA
{jln:1} No. {n:1-200}, Kupang
Telp. {telk:1} / WA {hpk:1}
NPWP : {npwpb:1}
NOTA No. {n:10000-99999}   Tgl {tgld:d1}
Semen Tonasa 50 kg  10 sak  Rp {rp:a1}
Besi 10 mm          12 btg  Rp {rp:a2}
Total                       Rp {rp:m1}
Barang yang sudah dibeli tidak dapat ditukar
~~~
=perizinan
TANDA TERIMA BERKAS
DPMPTSP KOTA KUPANG - MAL PELAYANAN PUBLIK
No. Registrasi : {surat:DPMPTSP1}
Jenis Izin : PBG
Tanggal Masuk : {tgld:d1}
Estimasi Selesai : {tgld:d3}
Cek status dokumen : WA {hpk:1} atau telp {telk:1}
Simpan tanda terima ini
"""

KUPANG_MALAY = r"""
=kebisingan
Selamat siang bapa ibu di Unit Pengaduan. Beta mau lapor, tetangga sebelah rumah, [[{nama:m1}]], tiap malam nyala genset besar sampe jam 2 pagi padahal PLN sonde mati. Bunyi talalu karas, beta pung mama sakit jantung sonde bisa tidor. Su omong baek-baek, dia bilang itu dia pung hak. Rumah beta di [[address:{rmh:w2}]], dia pung rumah pas di samping. Tolong ko. [[{nama:w2}]], HP [[{hp:w2}]]
~~~
=penipuan
Beta pung adi nona [[{nama:wy1}]] dapa tipu. Ada orang nama [[{nama:m2}]] janji kasi kerja di hotel di Bali, gaji 4 juta. Dia minta uang administrasi Rp {rp:m1}, adi su transfer ke rek {bank:m2} [[{rek:m2}]] a.n. [[{nama:m2}]]. Abis itu dia pung WA [[{hp:m2}]] sonde aktif lai. Katong su lapor polisi ma belum ada kabar. Mohon Disnaker bantu kasi ingat orang laen jang tatipu. Beta [[{nama:m3}]] [[{hp:m3}]]
~~~
=jalan
Bapa ibu, oto truk pasir dari galian di {kel:1} tiap hari lewat depan beta pung rumah [[address:{rmh:m1}]], jalan su ancor, debu masuk rumah. Kemarin satu truk plat [[{plat:m2}]] tabrak beta pung pagar ais lari. Sopir sonde mau tanggung. Tolong Dishub deng PUPR lia ko. [[{nama:m1}]]
~~~
=pendidikan
Selamat pagi. Beta mau tanya, beta pung ana [[name:{dpn:wb1} {marga:m2}]] kelas {n:2-5} di {sd:1} sonde dapa PIP padahal katong pung KK [[{kk:m2}]] su masuk DTKS. Guru bilang nama sonde kaluar. NISN {nisn:1}. Beta pung laki [[{nama:m2}]] kerja buruh bangunan, penghasilan sonde tentu. Tolong ko. Beta [[{pgl:w3}]], {?HP|nomor} [[{hp:w3}]]
~~~
=perumahan
Beta kontrak rumah di [[address:{rmh:w1}]] punya Om [[{nama:m2}]]. Su kaluar bulan lalu tapi uang jaminan Rp {rp:m1} sonde dikasi kembali, dia bilang tembok kotor. Padahal beta su cat ulang. Telpon dia di [[{hp:m2}]] sonde angkat. Beta harus lapor ke mana? [[{nama:w1}]] [[{hp:w1}]]
~~~
=pelayanan
Beta datang ke kantor lurah {kel:1} hari {hari:b1} jam 10 pagi mau urus surat pengantar, pintu tutup, sonde ada orang. Telpon kantor {telk:1} sonde angkat, WA kelurahan {hpk:1} cuma centang satu. Katong rakyat kecil ni mau urus apa2 susah. Beta [[{nama:m1}]] dari [[address:{rtl:m1}]] {kel:1}
~~~
=keamanan
Tolong bapa polisi deng Satpol PP. Tiap malam Minggu ana muda dong minum sopi di lapangan dekat beta pung rumah, [[address:{rmh:w1}]], ais baku pukul. Yang paling sering bikin ribut tu [[{pgl:m2}]] deng [[{nick:m3}]], dong tinggal di [[address:{rtl:m2}]]. Katong takut keluar rumah. [[{nama:w1}]] ([[{hp:w1}]])
~~~
=pertanahan
Beta mau lapor, beta pung tanta [[{nama:wo1}]] tanah warisan di {kel:1} dong ambil paksa. Keluarga [[{marga:m2}]] pasang patok baru padahal sertifikat atas nama tanta. Tanta pung NIK [[{nik:wo1}]], tinggal di [[address:{rmh:wo1}, {rt:wo1}]]. Katong su ke lurah, lurah bilang ke BPN. Mohon dibantu. Dari [[{nama:m3}]], [[{hp:m3}]]
~~~
=listrik
Bapa ibu, beta curiga tetangga [[{nama:m1}]] curi listrik, tarik kabel langsung dari tiang. Beta pung token cepat abis. ID pelanggan beta {plnid:1}. Su lapor PLN 123 dong bilang tunggu petugas P2TL. Beta takut nanti kabel konslet terbakar. [[{nama:w2}]] di [[address:{rmh:w2}]]
~~~
=kesehatan
Beta pung mama [[{nama:wo1}]] kartu KIS [[{bpjs:wo1}]], tiba2 faskes pindah ke {pkm:1} yang jauh, padahal rumah dekat {pkm:2}. Mama umur {umur:wo1}, sonde kuat jalan jauh. NIK mama [[{nikp:wo1}]]. Tolong BPJS pindah kembali. Beta ana dia, [[{nama:w2}]], WA [[{hp:w2}]]
~~~
=pajak
Beta pung bapa jual ikan di {psr:1}. Petugas pasar minta NPWP untuk daftar ulang los. Bapa sonde pernah bikin NPWP, ma orang pajak bilang sekarang NPWP orang pribadi pake NIK sa, jadi bapa pung NPWP tu [[{npwpn:mo1}]]. Betul ko? Kalo betul, kenapa dong masih minta kartu? Bapa nama [[{nama:mo1}]]. Beta [[{pgl:w2}]] [[{hp:w2}]]
~~~
=penipuan
Kemarin ada nomor [[{hp:m1}]] telpon beta, dia bilang namanya [[{nama:m1}]], mau beli beta pung motor yang beta iklan di FB. Dia suru beta pi ATM ko "verifikasi", hampir beta kasi pin. Untung beta pung ana bilang itu tipu. Tolong polisi cek dia. Beta [[{nama:m2}]] dari {kel:1}
~~~
=lalu lintas
Beta pung ana [[{dpn:mb1}]] pulang sekolah naik sepeda, dapa tabrak bemo plat [[{plat:m2}]] di {jln:1}. Sopir [[{pgl:m2}]] berhenti sebentar ais pi sa. Ana luka di kaki, su jahit di {pkm:1}. Sopir sonde mau bayar obat. Tolong Dishub tegur dia pung bemo. [[{nama:w3}]] [[{hp:w3}]]
~~~
=air bersih
Aer PDAM di katong pung RT su 3 minggu sonde jalan. Beli tangki dari usaha tangki di {kel:1} mahal, Rp {rp:a1}, nomor dong {hpk:1}. Ada Om [[{nama:m1}]] di kampung sebelah ada tangki, nomornya [[{hp:m1}]], dia jual lebih murah ma antri lama. Tolong PDAM. [[{nama:w2}]] di [[address:{rt:w2}]]
~~~
=keuangan
Beta kerja di Malaysia, kirim uang tiap bulan ke beta pung sodara [[{nama:w1}]] lewat rek {bank:w1} [[{rek:w1}]]. Bulan ini uang Rp {rp:m1} sonde masuk, bank bilang rekening dibekukan. Sodara su datang ke bank bawa KTP (NIK [[{nik:w1}]]) ma disuru tunggu. Beta [[{nama:m2}]], WA [[{hpi:m2}]]
~~~
=pendidikan
Ana dong di {smp:1} dapa paksa beli seragam batik deng baju olahraga di guru [[{nama:w1}]], Rp {rp:a1}. Kalo sonde beli, sonde boleh ikut ulangan. Beta sonde ada uang. Tolong Dinas Pendidikan. Kalo mau tanya, beta pung email [[{maild:w2}]], nama [[{nama:w2}]]
~~~
=gereja
Syalom bapa mama, katong pung jemaat [[{nama:mc1}]] umur {umur:mc1} taun sakit jantung bocor, harus operasi di Surabaya. Dia pung KIS [[{bpjs:mc1}]] sonde tanggung tiket pesawat deng biaya tinggal. Yang mau bantu bisa kirim ke rek {bank:w2} [[{rek:w2}]] a.n. [[{nama:w2}]] (mama dia), atau telpon [[{hp:w2}]]. Tuhan berkati.
~~~
=pajak
Beta pelatih koor di {grj:1}. Panitia lomba paduan suara tingkat kota bilang honor beta dipotong pajak lebih besar karena beta sonde ada NPWP. Padahal beta ada NPWP, [[{npwps:m1}]], su kasi dari awal. Dong bilang sonde terbaca di sistem. Sekarang beta harus bikin apa? [[{nama:m1}]] [[{hp:m1}]]
~~~
=transportasi
Sopir angkot jurusan {kel:1} tiap pagi tunggu penumpang lama sekali di depan {smp:1}, sampe macet panjang. Ana sekolah dong talambat. Polisi lalu lintas ada di situ ma diam sa. Tolong Dishub atur ko.
~~~
=air bersih
Aer PDAM di {kel:1} cuma jalan tenga malam, jam 1 sampe jam 3. Katong mama-mama harus bangun tampung aer. Siang sonde ada setetes. Su telpon {telk:1} dong bilang pipa rusak. Tagihan tetap Rp {rp:a1}. Sampe kapan?
~~~
=sampah
Kali di belakang {psr:1} su penuh sampah plastik, kalo ujan aer naik masuk ke los. Truk DLHK sonde pernah angkut dari situ. Orang buang sampah seenaknya. Tolong pasang papan larangan deng angkut ko.
~~~
=pelayanan
Beta antri di {pkm:1} dari jam 7 pagi, nomor antrian {antri:1}, sampe jam 12 belum dapa panggil. Dokter cuma satu. Orang tua-tua duduk di luar panas. Pendaftaran lewat WA {hpk:1} sonde dibalas. Tolong tambah petugas.
~~~
=penipuan
Ati-ati bapa mama, ada nomor {hpk:1} deng {hpk:2} telpon, bilang dia dari Bank NTT, suru kasi kode OTP. Beta pung tetangga su kena Rp {rp:m1}. Bank pung nomor resmi {telk:1}, bukan nomor HP. Jang percaya.
~~~
=kependudukan
Dukcapil pung nomor WA beda-beda. Di spanduk tulis {hpk:1}, di FB tulis {hpk:2}, di kantor lurah tempel {hpk:3}. Mana yang betul? Beta telpon semua sonde ada yang angkat. Tolong kasi satu nomor sa.
~~~
=jalan
Jalan tanah di belakang {sd:1} kalo ujan jadi lumpur, ana sekolah dong jatuh2. Su 3 taun janji mau rabat beton, sampe sekarang belum. Musrenbang tiap taun usul, hasil sonde ada. Tolong ko Pak Camat {kec:1}.
~~~
=pasar
Pasar {psr:1} tutup jam 2 siang padahal dulu sampe sore. Pedagang sayur dari {kel:1} baru sampe jam 12 su disuru bongkar. Retribusi tetap Rp {rp:t1} sehari. Petugas UPTD pasar {telk:1} bilang itu aturan baru. Aturan dari mana?
~~~
=kesehatan
Pustu di {kel:1} tutup terus, Pustu pung nomor {hpk:1} sonde aktif. Kalo ana sakit malam katong harus pi {pkm:1} jauh. Mohon Dinas Kesehatan kasi petugas jaga.
~~~
=penerangan jalan
Lampu jalan di {jln:1} dari {grj:1} sampe {sek:1} su mati dua bulan. Malam gelap gulita, su dua kali ada jambret HP. Lapor SMS 1708, tiket {tiket:1}, ma sonde ada tindak lanjut. Tolong Dishub.
~~~
=usaha
Toko bangunan di {jln:1} tulis di nota harga semen su termasuk PPN, nota ada NPWP toko {npwpb:1}, ma kasir minta tambah lai 11%. Katong beli 20 sak, jadi mahal. Toko pung nomor {hpk:1} sonde mau angkat. Itu boleh ko?
"""

STYLES = {
    "sms_1708": SMS_1708,
    "wa_group": WA_GROUP,
    "lapor_web": LAPOR_WEB,
    "email_thread": EMAIL_THREAD,
    "notice_register": NOTICE_REGISTER,
    "social_post": SOCIAL_POST,
    "call_note": CALL_NOTE,
    "letter_minutes": LETTER_MINUTES,
    "ocr_scan": OCR_SCAN,
    "kupang_malay": KUPANG_MALAY,
}


if __name__ == "__main__":
    main()
