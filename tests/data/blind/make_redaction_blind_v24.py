"""Write the twenty-fourth blind redaction corpus, ``redaction_blind_v24.jsonl``.

Hand-written templates, ten styles, labels inline; every value comes from
``random.Random(20270124)``, so two runs write the same file byte for byte. Run it from anywhere::

    python tests/data/blind/make_redaction_blind_v24.py

It checks every text (see ``check``), writes the file next to itself and prints its SHA-256 and
its counts. The corpus is frozen once written: see ``README-redaction-v24.md``.
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

SEED = 20270124
OUT = Path(__file__).with_name("redaction_blind_v24.jsonl")
FILLS = 3
MAX_DRAWS = 400


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


KINDS = frozenset(
    {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
)

# ---------------------------------------------------------------------------------------------
# Pools. Every name, number and mailbox here is invented.

GIVEN_W = words(
    "Yuliana Agustina Yohana Selfina Marlin Dorkas Ester Fransiska Natalia Yunita Priska "
    "Oktaviana Kristina Magdalena Veronika Imelda Rosalina Sarlota Margaretha Lodia Yasinta "
    "Adriana Mersi Welmince Debora Ance Sofia Elisabeth Serly Novita Grasela Yustina Martha "
    "Regina Lusia Apriana Angelina Theresia Herlina Meliana Olivia Deasy Winda Susana Yakoba "
    "Selvi Nelci Filomena Korneli Orpa Efrosina Paulina Wilhelmina Aplonia Erna Hendrika "
    "Beatrix Florentina Getrudis Juliana Katarina Maria Naomi Rut Yosefina Agnes Melania Oktofina"
)
GIVEN_M = words(
    "Yosef Fransiskus Agustinus Markus Matias Petrus Paulus Simon Stefanus Dominggus Obed Yakob "
    "Melkianus Ebed Frengky Deki Viktor Aleksander Alfons Benyamin Gabriel Ignasius "
    "Kornelis Lukas Marthen Nikodemus Oktovianus Rudolf Soleman Titus Wilhelmus Yermias Yulius "
    "Zakarias Abraham Mikael Adrianus Blasius Kristoforus Leonardus Hendrik Ronald Gerson "
    "Imanuel Elias Arnold Erik Yusuf Ismail Efraim Yoel Piter Sem Yunus Marselinus Anselmus "
    "Klemens Bernadus Godlif Harun Nelson Roni Semuel Yance Welem Yoksan Aris Andreas"
)
MARGA = words(
    "Ndun Manafe Tefa Benu Lay Bessie Therik Pah Nenobais Tanone Amalo Fanggidae Mooy Lobo "
    "Sabneno Tunliu Tuames Boimau Neonufa Kolimon Selan Ully Oematan Adoe Dethan Haba Kapitan "
    "Lakapu Loasana Tnunay Lenggu Nalle Foeh Bire Rohi Djami Tamelab Seran Nahak Kelen Sogen "
    "Tualaka Radja Meko Pandie Saudale Sinlae Messakh Toelle Pellokila Taopan Nitbani Banunaek "
    "Bolla Dillak Kiuk Nope Snae Faot Kause Nubatonis Mnune Sakan Liunokas Asbanu "
    "Huan Kefi Nomleni Mella"
)
MARGA2 = (
    "Riwu Kaho",
    "Dju Dara",
    "Ga Lena",
    "Dae Pono",
    "Lado Lere",
    "Hege Leba",
    "Lay Ratu",
    "Koro Bana",
    "Dimu Heo",
    "Mone Weo",
)
NICK_M = (
    "Nyong",
    "Ose",
    "Eto",
    "Ucu",
    "Tole",
    "Dedi",
    "Ancu",
    "Ketu",
    "Odi",
    "Eki",
    "Bobi",
    "Ipen",
    "Edo",
    "Boy",
)
NICK_W = ("Ita", "Lili", "Momo", "Ocha", "Yuyun", "Nonce", "Uli", "Tuti", "Eci", "Ichi", "Neti")
# (full name, the name a person is called by, family name) of other origins.
X_M = (
    ("I Wayan Sutama", "Wayan", "Sutama"),
    ("I Ketut Arsana", "Ketut", "Arsana"),
    ("I Made Suardika", "Made", "Suardika"),
    ("I Nyoman Widiarta", "Nyoman", "Widiarta"),
    ("La Ode Hamiru", "Hamiru", "Hamiru"),
    ("La Ode Safiun", "Safiun", "Safiun"),
    ("Umbu Yiwa Landu", "Umbu Yiwa", "Landu"),
    ("Umbu Kaledi Hambandima", "Umbu Kaledi", "Hambandima"),
    ("Syamsuddin Daeng Naba", "Syamsuddin", "Naba"),
    ("Tan Kok Liong", "Kok Liong", "Tan"),
    ("Agus Wibisono", "Agus", "Wibisono"),
    ("Yosef Boli Kelen", "Yosef", "Kelen"),
    ("Husein Assegaf", "Husein", "Assegaf"),
)
X_W = (
    ("Ni Luh Sukerti", "Luh", "Sukerti"),
    ("Ni Made Suartini", "Suartini", "Suartini"),
    ("Ni Komang Wirasti", "Komang", "Wirasti"),
    ("Wa Ode Hasnia", "Hasnia", "Hasnia"),
    ("Wa Ode Sitti Rahma", "Rahma", "Rahma"),
    ("Rambu Ana Hamu", "Rambu Ana", "Hamu"),
    ("Rambu Konda Lakalena", "Rambu Konda", "Lakalena"),
    ("Hasnah Daeng Tasi", "Hasnah", "Tasi"),
    ("Lie Siu Mei", "Siu Mei", "Lie"),
    ("Go Kim Hwa", "Kim Hwa", "Go"),
    ("Endang Purwaningsih", "Endang", "Purwaningsih"),
    ("Maria Sedo Ola", "Maria", "Ola"),
    ("Salma Alhadar", "Salma", "Alhadar"),
)

# Regency codes of NTT, their names and the plates' letters.
REGENCIES = {
    "01": ("Kabupaten Kupang", "DH"),
    "02": ("Timor Tengah Selatan", "DH"),
    "03": ("Timor Tengah Utara", "DH"),
    "04": ("Belu", "DH"),
    "05": ("Alor", "DH"),
    "06": ("Flores Timur", "EB"),
    "07": ("Sikka", "EB"),
    "08": ("Ende", "EB"),
    "09": ("Ngada", "EB"),
    "10": ("Manggarai", "EB"),
    "11": ("Sumba Timur", "ED"),
    "12": ("Sumba Barat", "ED"),
    "13": ("Lembata", "EB"),
    "14": ("Rote Ndao", "DH"),
    "15": ("Manggarai Barat", "EB"),
    "18": ("Sumba Barat Daya", "ED"),
    "20": ("Sabu Raijua", "DH"),
    "21": ("Malaka", "DH"),
    "71": ("Kota Kupang", "DH"),
}
HOME_STREETS = (
    "Nangka",
    "Kenari",
    "Flamboyan",
    "Cendana",
    "Kelapa",
    "Bougenville",
    "Anggrek",
    "Jambu",
    "Manggis",
    "Rambutan",
    "Srikaya",
    "Delima",
    "Beringin",
    "Lontar",
    "Gewang",
    "Pisang",
    "Belimbing",
    "Sirsak",
    "Matani",
    "Bakti",
    "Kelinci",
    "Rusa",
    "Kancil",
    "Tunas",
    "Cemara",
    "Asam",
    "Kuanino",
    "Fontein",
    "Nusa Indah",
    "Bundaran",
    "Oekam",
    "Sumba",
    "Alor",
    "Rote",
    "Sabu",
    "Lembata",
    "Tebing",
    "Pahlawan",
    "Mangga",
    "Pinang",
)
HOME_LANES = (
    "Kakatua",
    "Merpati",
    "Nuri",
    "Rajawali",
    "Elang",
    "Pipit",
    "Kasuari",
    "Bangau",
    "Jalak",
    "Walet",
    "Cenderawasih",
    "Perkutut",
    "Kutilang",
    "Sepakat",
    "Harapan",
)
ESTATES = (
    "Perumnas",
    "Griya Liliba",
    "Perum Oesapa Permai",
    "BTN Kolhua",
    "Kompleks Perumnas",
    "Perum Naimata Indah",
    "Griya Sikumana",
    "BTN Penfui",
)
MONTHS = (
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
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
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
    "icloud.com",
)
MOBILE_PREFIXES = (
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
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
    "0881",
    "0882",
)

# Public places and bodies (never labelled).
KELURAHAN = (
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Fatululi",
    "Oetete",
    "Naikoten I",
    "Naikoten II",
    "Bonipoi",
    "Solor",
    "Merdeka",
    "Airmata",
    "Oeba",
    "Nefonaek",
    "Pasir Panjang",
    "Kelapa Lima",
    "Oesapa",
    "Oesapa Barat",
    "Oesapa Selatan",
    "Lasiana",
    "Penkase Oeleta",
    "Alak",
    "Nunbaun Sabu",
    "Nunbaun Delha",
    "Namosain",
    "Fatufeto",
    "Nunhila",
    "Mantasi",
    "Manulai II",
    "Manutapen",
    "Batuplat",
    "Naioni",
    "Maulafa",
    "Oepura",
    "Sikumana",
    "Fatukoa",
    "Kolhua",
    "Naimata",
    "Penfui",
    "Belo",
    "Naikolan",
    "Bakunase",
    "Bakunase II",
    "Kuanino",
    "Nunleu",
    "Airnona",
    "Fontein",
    "Tode Kisar",
    "Lai-Lai Besi Kopan",
)
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kota Raja", "Kelapa Lima", "Kota Lama")
PUSKESMAS = (
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Bakunase",
    "Puskesmas Pasir Panjang",
    "Puskesmas Oepoi",
    "Puskesmas Kupang Kota",
    "Puskesmas Alak",
    "Puskesmas Naioni",
    "Puskesmas Penfui",
    "Puskesmas Oesapa",
    "Puskesmas Manutapen",
    "Puskesmas Oebobo",
    "Puskesmas Kota Raja",
)
HOSPITALS = (
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS Siloam Kupang",
    "RS Leona",
    "RS Mamami",
    "RS St. Carolus Borromeus",
    "RSAU El Tari",
    "RS Kartini Kupang",
)
SCHOOLS = (
    "SDN Oetete 2",
    "SD Inpres Oepura 2",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMPN 12 Kupang",
    "SMAN 1 Kupang",
    "SMAN 3 Kupang",
    "SMAN 6 Kupang",
    "SMKN 2 Kupang",
    "SMKN 4 Kupang",
    "SMPK St. Theresia",
    "SDK St. Yoseph Naikoten",
    "SD GMIT Kuanino 3",
    "MTsN Kota Kupang",
    "SDN Bakunase 2",
    "SMP Negeri 8 Kupang",
)
MARKETS = (
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Kuanino",
    "Pasar Penfui",
    "Pasar Oesapa",
    "Pasar Inpres Naikoten",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. W.J. Lalamentik",
    "Jl. Herman Yohanes",
    "Jl. Adisucipto",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Moh. Hatta",
    "Jl. Sam Ratulangi",
    "Jl. Ahmad Yani",
    "Jl. Cak Doko",
    "Jl. Amabi",
    "Jl. Jenderal Sudirman",
    "Jl. Veteran",
    "Jl. Perintis Kemerdekaan",
    "Jl. Thamrin",
    "Jl. R.A. Kartini",
    "Jl. S.K. Lerik",
    "Jl. Fetor Funay",
    "Jl. H.R. Koroh",
    "Jl. Alfons Nisnoni",
    "Jl. Frans Lebu Raya",
    "Jl. Kapten Tendean",
    "Jl. Prof. Dr. Herman Johannes",
    "Jl. Eltari II",
    "Jl. Bajawa",
    "Jl. Siliwangi",
    "Jl. Urip Sumoharjo",
    "Jl. Shopping Center",
)
CHURCHES = (
    "GMIT Koinonia",
    "GMIT Kaisarea BTN",
    "GMIT Betel Oesapa",
    "GMIT Imanuel Oepura",
    "Gereja Katolik St. Yoseph Naikoten",
    "Paroki St. Maria Assumpta",
    "GMIT Paulus",
    "GMIT Efata Liliba",
    "Masjid Al-Ikhlas Oeba",
    "Masjid Raya Nurussa'adah",
)
SHOPS = (
    "Toko Sinar Abadi",
    "Toko Bangunan Sumber Rejeki",
    "UD Laut Timor",
    "Kios Berkat",
    "Toko Harapan Jaya",
    "Apotek Kasih Ibu",
    "Fotokopi Cahaya Oesapa",
    "Depot Air Tirta Lestari",
    "Counter Flobamora Cell",
    "Bengkel Maju Motor",
    "Toko Mas Sasando",
    "Laundry Bersih Kilat",
    "Warung Makan Budi Rasa",
    "Toko Elektronik Surya Timor",
)
COMPANIES = (
    "CV Sinar Timor",
    "CV Karya Lontar",
    "PT Flobamora Jaya",
    "CV Tiga Saudara Timor",
    "PT Sasando Konstruksi",
    "CV Nusa Cendana Mandiri",
    "CV Bintang Fatuleu",
    "PT Timor Beton Perkasa",
    "CV Mutiara Semau",
    "UD Bapak Tani",
)
COOPS = (
    "Koperasi Tunas Harapan",
    "KSP Kopdit Swasti Sari",
    "Koperasi Pedagang Ikan Oeba",
    "KSU Karya Tani Baumata",
    "Koperasi Nelayan Teluk Kupang",
    "BUMDes Oelnasi Sejahtera",
)
HANDLES = (
    "kupang_bersuara",
    "infokupangkota",
    "ntt_terkini",
    "kupangviral",
    "suarawargakpg",
    "oebobo_updates",
    "flobamora.info",
    "pasar.kupang",
    "lasiana_pantai",
    "kpg_hari_ini",
)

OPENERS = frozenset(
    words(
        """bapak ibu pak bu bpk sdr sdri ny nn om tanta tante mama bapa oma opa kak kaka kakak nona
    bidan guru lurah camat ketua serka bripka briptu brigpol aiptu aipda ipda iptu kapten mayor
    letda lettu pdt dr drs dra ir hj h alm almh pelapor petugas pasien kader penelepon ttd sy
    saya beta sa nama yth dari from to cc kepada staf penagih nasabah agen admin pendeta romo
    pastor suster ama ina bpk. adik adek ade anak istri suami tetangga warga pemohon penerima
    kel keluarga mr mrs ms sir madam"""
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


# ---------------------------------------------------------------------------------------------
# People.


def working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    if at < len(digits):
        parts.append(digits[at:])
    return sep.join(p for p in parts if p)


def letters_for_digits(rng: random.Random, number: str, count: int) -> str:
    """Read letters for some digits, as a scan or a hurried hand does (`O`, `l`, `I`, `S`, `B`)."""
    chars = list(number)
    spots = [i for i, c in enumerate(chars) if c in "0158" and i > 0]
    for i in rng.sample(spots, min(count, len(spots))):
        chars[i] = {"0": "O", "1": rng.choice("lI"), "5": "S", "8": "B"}[chars[i]]
    return "".join(chars)


def mobile_digits(rng: random.Random) -> str:
    prefix = rng.choice(MOBILE_PREFIXES)
    rest = "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 8, 8, 8))))
    return prefix + rest


def write_mobile(rng: random.Random, digits: str, style: str = "any") -> str:  # noqa: PLR0911
    body = digits[1:]
    if style == "any":
        style = rng.choice(("plain", "plain", "dash", "space", "dot", "intl", "intl0", "62", "62s"))
    if style == "plain":
        return digits
    if style == "dash":
        return group(digits, (4, 4), "-")
    if style == "space":
        return group(digits, (4, 4), " ")
    if style == "dot":
        return group(digits, (4, 4), ".")
    if style == "intl":
        return "+62 " + group(body, (3, 4), "-")
    if style == "intl0":
        return "+62" + body
    if style == "62":
        return "62" + body
    return "62 " + group(body, (3, 4), " ")


def fixed_line(rng: random.Random) -> str:
    local = "8" + "".join(str(rng.randrange(10)) for _ in range(5))
    form = rng.randrange(4)
    if form == 0:
        return "0380 " + local
    if form == 1:
        return "(0380) " + local
    if form == 2:
        return "0380-" + local
    return "(0380) " + local[:3] + " " + local[3:]


class Person:
    """One person of a text: name, numbers, home, all drawn at once from the key."""

    def __init__(self, rng: random.Random, key: str, taken: set[str]) -> None:  # noqa: PLR0912
        found = re.fullmatch(r"([wm])([oytcbx]*)(\d+)(k?)", key)
        if not found:
            raise SystemExit(f"bad person key {key!r}")
        sex, flags, _, kupang = found.groups()
        self.woman = sex == "w"
        if "o" in flags:
            year = rng.randint(1938, 1960)
        elif "y" in flags:
            year = rng.randint(1998, 2006)
        elif "t" in flags:
            year = rng.randint(2008, 2011)
        elif "c" in flags:
            year = rng.randint(2012, 2021)
        elif "b" in flags:
            year = rng.randint(2018, 2021)
        else:
            year = rng.randint(1962, 1988)
        self.minor = year >= 2008
        for _ in range(200):
            if "x" in flags:
                full, called, family = rng.choice(X_W if self.woman else X_M)
                given = full
                if full.endswith(" " + family) and family != called:
                    given = full[: -len(family)].strip()
            else:
                pool = GIVEN_W if self.woman else GIVEN_M
                first = rng.choice(pool)
                given = first
                if not self.minor and rng.random() < 0.3:
                    middle = rng.choice(pool)
                    if middle != first:
                        given = f"{first} {middle}"
                family = rng.choice(MARGA2) if rng.random() < 0.125 else rng.choice(MARGA)
                full = f"{given} {family}"
                called = first
            nick = rng.choice(NICK_W if self.woman else NICK_M)
            words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", f"{full} {called} {nick}")}
            if not words & taken:
                break
        else:
            raise SystemExit("cannot draw a person")
        taken |= words
        self.full, self.given, self.called, self.family, self.nick = (
            full,
            given,
            called,
            family,
            nick,
        )
        self.year = year
        if kupang or rng.random() < 2 / 3:
            self.regency = "71"
            self.district = f"{rng.randint(1, 6):02d}"
        else:
            self.regency = rng.choice(sorted(set(REGENCIES) - {"71"}))
            self.district = f"{rng.randint(1, 24):02d}"
        born = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        self.born = born
        day = born.day + (40 if self.woman else 0)
        self.nik = (
            f"53{self.regency}{self.district}{day:02d}{born.month:02d}"
            f"{born.year % 100:02d}{rng.randint(1, 350):04d}"
        )
        issued = date(2008, 1, 1) + timedelta(days=rng.randrange(6500))
        self.kk = (
            f"53{self.regency}{self.district}{issued.day:02d}{issued.month:02d}"
            f"{issued.year % 100:02d}{rng.randint(1, 9999):04d}"
        )
        head = rng.choice(
            (
                "07",
                "08",
                "09",
                "14",
                "15",
                "24",
                "25",
                "35",
                "36",
                "44",
                "45",
                "46",
                "49",
                "55",
                "58",
                "66",
                "69",
                "71",
                "73",
                "76",
                "79",
                "82",
                "84",
                "86",
                "91",
                "92",
                "93",
                "96",
                "98",
            )
        )
        self.npwp_digits = (
            head
            + "".join(str(rng.randrange(10)) for _ in range(7))
            + rng.choice(("920", "920", "921"))
            + "000"
        )
        self.bpjs = "000" + "".join(str(rng.randrange(10)) for _ in range(10))
        self.mobile = mobile_digits(rng)
        self.mobile_style = rng.choice(
            ("plain", "plain", "dash", "space", "dot", "intl", "intl0", "62", "62s")
        )
        self.home_line = fixed_line(rng)
        self.accounts = {
            "bri": "".join(str(rng.randrange(10)) for _ in range(15)),
            "bni": str(rng.randint(1, 7)) + "".join(str(rng.randrange(10)) for _ in range(9)),
            "mdr": "1" + "".join(str(rng.randrange(10)) for _ in range(12)),
            "ntt": "0" + "".join(str(rng.randrange(10)) for _ in range(13)),
            "bca": str(rng.randint(1, 8)) + "".join(str(rng.randrange(10)) for _ in range(9)),
            "bsi": "7" + "".join(str(rng.randrange(10)) for _ in range(9)),
        }
        self.account_style = rng.random() < 0.5
        self.street = rng.choice(HOME_STREETS)
        self.lane = rng.choice(HOME_LANES)
        self.house = str(rng.randint(1, 140)) + (rng.choice("ABC") if rng.random() < 0.1 else "")
        self.home_form = rng.randrange(7)
        self.estate = rng.choice(ESTATES)
        self.block = rng.choice("ABCDEFGHJK")
        self.rt_no, self.rw_no = rng.randint(1, 42), rng.randint(1, 14)
        self.rt_form = rng.randrange(7)
        self.plate_no = str(rng.randint(1, 9999))
        self.plate_suffix = "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2, 2, 3)))
        )
        self.plate_spaced = rng.random() < 0.8
        self.email_form = rng.randrange(7)
        self.email_host = rng.choice(FREE_HOSTS)
        self.email_num = rng.choice(
            ("", str(rng.randint(1, 99)), str(born.year), f"{born.year % 100:02d}")
        )
        self.dodge = rng.randrange(9)
        self.cut = rng.randrange(3)
        self.nik_form = rng.randrange(3)
        self.kk_form = rng.randrange(2)
        self.npwp_form = rng.randrange(6)
        self.bpjs_form = rng.randrange(3)
        self.scan_form = rng.randrange(2)
        self.scan_rng = random.Random(rng.random())
        self.work = rng.choice(
            (
                "petani",
                "nelayan",
                "pedagang",
                "wiraswasta",
                "ibu rumah tangga" if self.woman else "sopir",
                "guru honor",
                "karyawan swasta",
                "tukang ojek" if not self.woman else "penjahit",
                "PNS",
            )
        )

    # -- writings -------------------------------------------------------------------------

    def mail_local(self) -> str:  # noqa: PLR0911
        given = self.called.lower().replace(" ", "")
        family = self.family.lower().replace(" ", "")
        num = self.email_num
        form = self.email_form
        if form == 0:
            return f"{given}.{family}{num}"
        if form == 1:
            return f"{given}{family}{num}"
        if form == 2:
            return f"{family}.{given}{num}"
        if form == 3:
            return f"{given}_{family}{num}"
        if form == 4:
            return f"{given[0]}{family}{num or '88'}"
        if form == 5:
            return f"{given}{num or '77'}"
        return f"{self.nick.lower()}.{family}{num}"

    def value(self, gen: str, rng: random.Random) -> str:  # noqa: PLR0911, PLR0912
        if gen == "nama":
            return self.full
        if gen == "dpn":
            return self.given
        if gen == "pgl":
            return self.called
        if gen == "marga":
            return self.family
        if gen == "nick":
            return self.nick
        if gen == "scan":
            return self.scan()
        if gen == "salah":
            return self.misspelt()
        if gen == "nik2":
            return " ".join(self.nik[i : i + 2] for i in range(0, 16, 2))
        if gen == "nikn":
            return self.nik[:8] + "\n" + self.nik[8:]
        if gen == "nikc":
            return group(self.nik, (4, 4, 4), ", ")
        if gen in {"nik", "nikp", "nikg", "nikd", "nikl"}:
            form = {"nikp": 0, "nikg": 1, "nikd": 2}.get(gen, self.nik_form)
            if gen == "nikl":
                return letters_for_digits(self.scan_rng, self.nik, 2)
            if form == 0:
                return self.nik
            if form == 1:
                return group(self.nik, (4, 4, 4), " ")
            n = self.nik
            return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"
        if gen in {"kk", "kkp", "kkg"}:
            form = {"kkp": 0, "kkg": 1}.get(gen, self.kk_form)
            return self.kk if form == 0 else group(self.kk, (4, 4, 4), " ")
        if gen in {"npwp", "npwpo", "npwps", "npwpx", "npwpp"}:
            d = self.npwp_digits
            dotted = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
            form = {"npwpo": 0, "npwps": 1, "npwpx": 2, "npwpp": 4}.get(gen, self.npwp_form)
            if form in {0, 5}:
                return dotted
            if form == 1:
                return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {d[9:12]} {d[12:]}"
            if form == 2:
                if self.scan_rng.random() < 0.5:
                    return dotted.replace(".", ",", 1)
                return dotted[:-3] + "OOO"
            if form == 3:
                return "0" + d
            return d
        if gen == "npwpn":
            return self.nik
        if gen == "npwp0":
            return "0" + self.npwp_digits
        if gen == "nitku":
            return self.nik + "000000"
        if gen in {"bpjs", "bpjsp", "bpjsl"}:
            form = {"bpjsp": 0, "bpjsl": 2}.get(gen, self.bpjs_form)
            if form == 0:
                return self.bpjs
            if form == 1:
                return group(self.bpjs, (4, 4, 4), " ")
            return letters_for_digits(self.scan_rng, self.bpjs, 2)
        if gen in {"hp", "hpp", "hpw", "hpd", "hpl"}:
            if gen == "hpl":
                return letters_for_digits(self.scan_rng, group(self.mobile, (4, 4), "-"), 3)
            style = {"hpp": "plain", "hpw": "intl", "hpd": "dash"}.get(gen, self.mobile_style)
            return write_mobile(rng, self.mobile, style)
        if gen == "telr":
            return self.home_line
        if gen == "mail":
            return f"{self.mail_local()}@{self.email_host}"
        if gen == "mailk":
            given = self.called.lower().replace(" ", "")
            return f"{given}.{self.family.lower().replace(' ', '')}@kupangkota.go.id"
        if gen == "maild":
            return self.dodged()
        if gen == "mailc":
            local, host = self.mail_local(), self.email_host
            if self.cut == 0:
                return f"{local}\n@{host}"
            if self.cut == 1:
                return f"{local}@\n{host}"
            head, _, tail = host.rpartition(".")
            return f"{local}@{head}.\n{tail}"
        if gen in self.accounts:
            number = self.accounts[gen]
            if not self.account_style:
                return number
            if gen == "bri":
                return group(number, (4, 2, 6, 2), "-")
            if gen == "ntt":
                return f"{number[:3]}.{number[3:5]}.{number[5:7]}.{number[7:13]}-{number[13]}"
            if gen == "mdr":
                return group(number, (3, 2, 7), "-")
            return number
        if gen == "plat":
            letters = REGENCIES[self.regency][1]
            sep = " " if self.plate_spaced else ""
            return f"{letters}{sep}{self.plate_no}{sep}{self.plate_suffix}"
        if gen == "rmh":
            return self.home()
        if gen == "blok":
            return f"{self.estate} Blok {self.block} No. {self.house}"
        if gen == "rt":
            return self.rtrw()
        if gen == "rtl":
            return f"RT {self.rt_no:02d}" if self.rt_form % 2 else f"RT {self.rt_no}"
        if gen == "rtp":
            return f"{self.rt_no:03d}/{self.rw_no:03d}"
        return self.attribute(gen)

    def attribute(self, gen: str) -> str:  # noqa: PLR0911
        if gen == "umur":
            return str(2026 - self.year)
        if gen == "lahir":
            return f"{self.born.day:02d}-{self.born.month:02d}-{self.born.year}"
        if gen == "lahirl":
            return f"{self.born.day} {MONTHS[self.born.month - 1]} {self.born.year}"
        if gen == "ttl":
            place = "Kupang" if self.regency in {"71", "01"} else REGENCIES[self.regency][0]
            return f"{place}, {self.born.day:02d}-{self.born.month:02d}-{self.born.year}"
        if gen == "jk":
            return "PEREMPUAN" if self.woman else "LAKI-LAKI"
        if gen == "kerja":
            return self.work
        if gen == "asal":
            return REGENCIES[self.regency][0]
        raise SystemExit(f"unknown person generator {gen!r}")

    def scan(self) -> str:
        text = self.full.upper()
        words = text.split(" ")
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        if self.scan_form == 0 and len(word) >= 5:
            cut = self.scan_rng.randint(2, len(word) - 2)
            words[longest] = word[:cut] + " " + word[cut:]
        else:
            spots = [i for i, c in enumerate(word) if c in "SBOIGA" and i > 0]
            if not spots:
                spots = [i for i, c in enumerate(word) if c in "SBOIGA"]
            if spots and len(word) >= 3:
                i = self.scan_rng.choice(spots)
                swap = {"S": "5", "B": "8", "O": "0", "I": "1", "G": "6", "A": "4"}[word[i]]
                words[longest] = word[:i] + swap + word[i + 1 :]
            else:
                cut = max(1, len(word) // 2)
                words[longest] = word[:cut] + " " + word[cut:]
        return " ".join(words)

    def misspelt(self) -> str:
        """The full name as a clerk typed it: one letter of its longest word doubled or changed."""
        words = self.full.split(" ")
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        i = self.scan_rng.randint(1, len(word) - 2) if len(word) > 2 else len(word) - 1
        near = {
            "a": "e",
            "e": "a",
            "i": "y",
            "y": "i",
            "o": "u",
            "u": "o",
            "k": "c",
            "c": "k",
            "s": "z",
            "f": "p",
            "p": "f",
            "t": "d",
            "d": "t",
            "n": "m",
            "m": "n",
            "l": "r",
            "r": "l",
            "b": "p",
            "g": "k",
            "h": "k",
            "j": "y",
            "w": "v",
            "v": "w",
            "z": "s",
        }
        char = word[i]
        if self.scan_rng.random() < 0.4 or char.lower() not in near:
            changed = word[: i + 1] + char + word[i + 1 :]
        else:
            swap = near[char.lower()]
            changed = word[:i] + (swap.upper() if char.isupper() else swap) + word[i + 1 :]
        words[longest] = changed
        return " ".join(words)

    def home(self) -> str:  # noqa: PLR0911
        form, house = self.home_form, self.house
        if form == 0:
            return f"Jl. {self.street} No. {house}"
        if form == 1:
            return f"Gg. {self.lane} No. {house}"
        if form == 2:
            return f"Jl. {self.street} Gg. {self.rt_no % 9 + 1} No. {house}"
        if form == 3:
            return f"Jln. {self.street} no {house}"
        if form == 4:
            return f"Jalan {self.street} Nomor {house}"
        if form == 5:
            return f"Lr. {self.lane} No. {house}"
        return f"Jl. {self.street} No.{house}"

    def rtrw(self) -> str:
        rt, rw = self.rt_no, self.rw_no
        return (
            f"RT {rt:02d}/RW {rw:02d}",
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT {rt:02d} RW {rw:02d}",
            f"RT {rt} RW {rw}",
            f"RT.{rt:02d}/RW.{rw:02d}",
            f"RT {rt:03d}/{rw:03d}",
            f"RT {rt:02d}/RW {rw:02d}",
        )[self.rt_form]

    def dodged(self) -> str:
        local, host = self.mail_local(), self.email_host
        name, _, tld = host.partition(".")
        return (
            f"{local} @ {host}",
            f"{local} @{host}",
            f"{local}(at){host}",
            f"{local} [at] {name} [dot] {tld.replace('.', ' [dot] ')}",
            f"{local} at {name} dot {tld.replace('.', ' dot ')}",
            f"{local}(keong){name}(titik){tld.replace('.', '(titik)')}",
            f"{local}[@]{host}",
            f"{local}@{name},{tld}",
            f"{local} (at) {host}",
        )[self.dodge]


PERSON_GENS = {
    "nama": "name",
    "dpn": "name",
    "pgl": "name",
    "marga": "name",
    "nick": "name",
    "scan": "name",
    "salah": "name",
    "nik": "nik",
    "nikp": "nik",
    "nikg": "nik",
    "nikd": "nik",
    "nikl": "nik",
    "nik2": "nik",
    "nikc": "nik",
    "nikn": "nik",
    "kk": "kk",
    "kkp": "kk",
    "kkg": "kk",
    "npwp": "npwp",
    "npwpo": "npwp",
    "npwps": "npwp",
    "npwpx": "npwp",
    "npwpp": "npwp",
    "npwpn": "npwp",
    "npwp0": "npwp",
    "nitku": "npwp",
    "bpjs": "bpjs",
    "bpjsp": "bpjs",
    "bpjsl": "bpjs",
    "hp": "phone",
    "hpp": "phone",
    "hpw": "phone",
    "hpd": "phone",
    "hpl": "phone",
    "telr": "phone",
    "mail": "email",
    "mailk": "email",
    "maild": "email",
    "mailc": "email",
    "bri": "bank_account",
    "bni": "bank_account",
    "mdr": "bank_account",
    "ntt": "bank_account",
    "bca": "bank_account",
    "bsi": "bank_account",
    "plat": "plate",
    "rmh": "address",
    "blok": "address",
    "rt": "address",
    "rtl": "address",
    "rtp": "address",
}
#: Attributes of a person that are none of the guide's ten kinds: allowed outside labels.
ATTRIBUTE_GENS = frozenset({"umur", "lahir", "lahirl", "ttl", "jk", "kerja", "asal"})


# ---------------------------------------------------------------------------------------------
# The values of one text.

PLACE_POOLS = {
    "kel": KELURAHAN,
    "kec": KECAMATAN,
    "pkm": tuple(dict.fromkeys(PUSKESMAS)),
    "sek": SCHOOLS,
    "psr": MARKETS,
    "jln": PUBLIC_STREETS,
    "rs": HOSPITALS,
    "grj": CHURCHES,
    "toko": SHOPS,
    "cv": COMPANIES,
    "kop": COOPS,
    "handle": HANDLES,
}
AMOUNTS = {  # (low, high, step) by the key's first letter
    "t": (1_000, 9_000, 1_000),
    "s": (5_000, 95_000, 5_000),
    "a": (50_000, 350_000, 5_000),
    "m": (100_000, 2_475_000, 25_000),
    "l": (2_500_000, 59_750_000, 250_000),
    "x": (150_000_000, 2_950_000_000, 50_000_000),
}
TIMES = {
    "p": (7 * 60, 11 * 60 + 30),
    "s": (12 * 60, 16 * 60 + 30),
    "m": (17 * 60 + 30, 22 * 60 + 30),
}


def slug(place: str) -> str:
    return re.sub(r"[^a-z0-9]", "", place.lower().replace("puskesmas", ""))


def dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


class Fill:
    """The people, places, dates and numbers of one text, each drawn once per key."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.cache: dict[tuple[str, str], str] = {}
        self.used: dict[str, set[str]] = {}
        self.base = working_day(date(2026, 1, 5) + timedelta(days=rng.randrange(320)))
        self.times: dict[str, list[int]] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self.rng, key, self.taken)
        return self.people[key]

    def value(self, gen: str, arg: str) -> str:
        if (gen, arg) not in self.cache:
            self.cache[gen, arg] = self.draw(gen, arg)
        return self.cache[gen, arg]

    def day(self, key: str) -> date:
        if ("day", key) in self.cache:
            return date.fromisoformat(self.cache["day", key])
        found = re.fullmatch(r"([bd])(\d)", key or "d1")
        if not found:
            raise SystemExit(f"bad date key {key!r}")
        letter, index = found.group(1), int(found.group(2))
        if letter == "d" and index == 1:
            result = self.base
        elif letter == "d":
            result = working_day(self.day(f"d{index - 1}") + timedelta(days=self.rng.randint(1, 5)))
        elif index == 1:
            result = working_day(self.base - timedelta(days=self.rng.randint(12, 75)))
        else:
            earlier = self.day(f"b{index - 1}") - timedelta(days=self.rng.randint(10, 60))
            result = working_day(earlier)
        self.cache["day", key] = result.isoformat()
        return result

    def minutes(self, key: str) -> int:
        found = re.fullmatch(r"([psm])(\d)", key or "p1")
        if not found:
            raise SystemExit(f"bad time key {key!r}")
        letter, index = found.group(1), int(found.group(2))
        if letter not in self.times:
            low, high = TIMES[letter]
            self.times[letter] = sorted(self.rng.sample(range(low, high, 1), 6))
        return self.times[letter][index - 1]

    def place(self, pool: str, arg: str) -> str:
        used = self.used.setdefault(pool, set())
        choices = [p for p in PLACE_POOLS[pool] if p not in used]
        chosen = self.rng.choice(choices)
        used.add(chosen)
        return chosen

    def draw(self, gen: str, arg: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen in PLACE_POOLS:
            return self.place(gen, arg)
        if gen in {"kelm", "pkmm"}:
            place = self.value("kel" if gen == "kelm" else "pkm", arg)
            if gen == "pkmm":
                return rng.choice(
                    (f"pkm{slug(place)}@gmail.com", f"puskesmas{slug(place)}@gmail.com")
                )
            return rng.choice(
                (
                    f"kelurahan{slug(place)}@gmail.com",
                    f"kel.{slug(place)}@kupangkota.go.id",
                    f"lurah.{slug(place)}@gmail.com",
                )
            )
        if gen in {"tgl", "tgls", "tgll", "hari", "bln", "tglp"}:
            day = self.day(arg)
            if gen == "tgl":
                return f"{day.day:02d}/{day.month:02d}/{day.year}"
            if gen == "tgls":
                return f"{day.day:02d}-{day.month:02d}-{day.year}"
            if gen == "tglp":
                return f"{day.day}/{day.month}"
            if gen == "tgll":
                return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
            if gen == "hari":
                return DAYS[day.weekday()]
            return MONTHS[day.month - 1]
        if gen in {"jam", "pukul"}:
            minutes = self.minutes(arg)
            if gen == "pukul":
                minutes -= minutes % 15
            return f"{minutes // 60:02d}.{minutes % 60:02d}"
        if gen == "rp":
            low, high, step = AMOUNTS[(arg or "a")[0]]
            return dotted(rng.randrange(low, high + 1, step))
        if gen == "n":
            found = re.match(r"(\d+)-(\d+)", arg)
            if not found:
                raise SystemExit(f"bad count {arg!r}")
            return str(rng.randint(int(found.group(1)), int(found.group(2))))
        if gen in {"nrt", "nrw"}:
            used = self.used.setdefault(gen, set())
            number = rng.choice([n for n in range(1, 43 if gen == "nrt" else 15) if n not in used])
            used.add(number)
            return f"{number:02d}"
        if gen == "telk":
            return fixed_line(rng)
        if gen == "hpk":
            return write_mobile(rng, mobile_digits(rng))
        if gen == "hpkl":
            return letters_for_digits(rng, group(mobile_digits(rng), (4, 4), "-"), 3)
        if gen == "npwpb":
            d = rng.choice(("01", "02", "03", "21", "31", "42", "53", "61", "70", "80", "94"))
            d += digits(rng, 7) + rng.choice(("920", "921")) + "000"
            if rng.random() < 0.8:
                return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {d[9:12]} {d[12:]}"
        if gen == "rekb":
            bank = arg.rstrip("0123456789") or rng.choice(("bri", "bni", "mdr", "ntt", "bca"))
            if bank == "bri":
                return group(digits(rng, 15), (4, 2, 6, 2), "-")
            if bank == "ntt":
                d = "0" + digits(rng, 13)
                return f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}"
            if bank == "mdr":
                return "1" + digits(rng, 12)
            return str(rng.randint(1, 7)) + digits(rng, 9)
        if gen == "tiket":
            return rng.choice(
                (
                    f"#LPR-2026-{digits(rng, 4)}-{digits(rng, 4)}",
                    f"LAPOR-5371-2026-{digits(rng, 5)}",
                    f"26{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}",
                    f"KPG-{digits(rng, 6)}",
                )
            )
        if gen == "va":
            return rng.choice(
                (
                    group("8808" + digits(rng, 12), (4, 4, 4), " "),
                    "88888" + digits(rng, 11),
                    "12345 0" + digits(rng, 11),
                )
            )
        if gen == "billing":
            return "8" + "2026" + digits(rng, 10)
        if gen == "kodebayar":
            return "03" + "2026" + digits(rng, 10)
        if gen == "plnid":
            return "53" + digits(rng, 10)
        if gen == "meter":
            return "14" + digits(rng, 9)
        if gen == "token":
            return group(digits(rng, 20), (4, 4, 4, 4), "-")
        if gen == "samb":
            return f"{rng.randint(1, 12):02d}-{rng.randint(1, 20):02d}-{digits(rng, 6)}"
        if gen == "nop":
            return (
                f"53.71.0{rng.randint(10, 60)}.0{rng.randint(10, 30):02d}."
                f"0{digits(rng, 2)}-{digits(rng, 4)}.0"
            )
        if gen == "nip":
            year = rng.randint(1968, 1994)
            return (
                f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} "
                f"{year + rng.randint(22, 30)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} "
                f"{rng.randint(1, 12):03d}"
            )
        if gen == "nisn":
            return "0" + digits(rng, 9)
        if gen == "nib":
            return "9120" + digits(rng, 9)
        if gen == "ref":
            day = self.day("d1")
            return f"{day.year}{day.month:02d}{day.day:02d}" + digits(rng, 8)
        if gen == "antri":
            return f"{rng.choice('ABCD')}-{rng.randint(1, 140):03d}"
        if gen == "surat":
            unit = arg.rstrip("0123456789") or "Kel"
            return (
                f"{rng.choice((470, 400, 800, 900, 503, 140))}/{rng.randint(10, 999)}/{unit}/2026"
            )
        if gen == "akta":
            day = self.day("b1")
            return f"5371-LT-{day.day:02d}{day.month:02d}{day.year}-{digits(rng, 4)}"
        if gen == "kpj":
            return "2" + digits(rng, 10)
        if gen == "kks":
            return group("6013" + digits(rng, 12), (4, 4, 4), " ")
        if gen == "rangka":
            return (
                "MH1"
                + "".join(rng.choice("JKMLH") for _ in range(2))
                + digits(rng, 3)
                + rng.choice("ABK")
                + "K"
                + digits(rng, 6)
            )
        if gen == "nim":
            return "2" + digits(rng, 9)
        raise SystemExit(f"unknown generator {gen!r}")


# ---------------------------------------------------------------------------------------------
# Templates: alternatives, labels, placeholders.

TOKEN = re.compile(r"\[\[(?:(\w+):)?|\]\]|\{([a-z][a-z0-9]*)([\^_]?)(?::([^{}]*))?\}")


def expand(rng: random.Random, text: str) -> str:
    """Choose one branch of every ``{?a|b|c}``, nested ones too."""
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


def unwrap(block: str) -> str:
    """Join continued lines: two spaces go on after one space, two spaces and `|` with none."""
    lines: list[str] = []
    for line in block.split("\n"):
        if line.startswith("  |") and lines:
            lines[-1] += line[3:]
        elif line.startswith("  ") and lines:
            lines[-1] += " " + line[2:]
        else:
            lines.append(line)
    return "\n".join(lines)


def templates_of(source: str) -> list[str]:
    blocks = [unwrap(b.strip("\n")) for b in source.split("~~~")]
    return [b for b in blocks if b.strip()]


Span = tuple[str, int, int]


def render(  # noqa: PLR0912
    template: str, rng: random.Random
) -> tuple[str, list[Span], dict[int, str]]:
    """Fill a template: the text, its spans and, per span holding one value alone, that value."""
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
            kind = str(label["kind"])
            spans.append((kind, int(label["start"]), length))  # type: ignore[call-overload]
            values = label["values"]
            if len(values) == 1 and not label["literal"]:  # type: ignore[arg-type]
                expected[len(spans) - 1] = values[0]  # type: ignore[index]
            label = None
            continue
        gen, case, arg = found.group(2), found.group(3), found.group(4) or ""
        if gen in PERSON_GENS or gen in ATTRIBUTE_GENS:
            if gen in PERSON_GENS and label is None:
                raise SystemExit(f"personal value {{{gen}:{arg}}} outside a label")
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


def read_digits(number: str) -> str | None:
    """The digits of a labelled number, letters read for digits; None if other letters."""
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


RUN = re.compile(r"\d(?:[" + re.escape(SEPARATORS) + r"]{0,3}\d)*")


def inside(spans: list[Span], start: int, end: int) -> bool:
    return any(s <= start and end <= e for _, s, e in spans)


def check(text: str, spans: list[Span], expected: dict[int, str]) -> list[str]:
    """What is wrong with a filled text (an empty list when nothing is)."""
    markers = ("[[", "]]", "{", "}", "~~~", "@CAPS", "@lower")
    problems = [f"marker {marker!r} left" for marker in markers if marker in text]
    ordered = sorted(spans, key=lambda s: (s[1], s[2]))
    for (_, _, end), (_, start, _) in itertools.pairwise(ordered):
        if start < end:
            problems.append("overlap")
    for index, (kind, start, end) in enumerate(spans):
        value = text[start:end]
        if kind not in KINDS:
            problems.append(f"kind {kind!r}")
            continue
        if not 0 <= start < end <= len(text):
            problems.append("span outside")
            continue
        if index in expected and expected[index] != value:
            problems.append(f"{kind} {value!r} is not its value")
        first_ok = value[0].isalnum() or (kind == "phone" and value[0] in "+(")
        if not first_ok or not value[-1].isalnum():
            problems.append(f"{kind} {value!r} has an edge")
        problems.extend(check_kind(kind, value))
    problems.extend(check_repeats(text, spans))
    return problems


def check_kind(kind: str, value: str) -> list[str]:  # noqa: PLR0911, PLR0912
    if kind == "name":
        first = re.split(r"[\s.,]", value, maxsplit=1)[0].lower()
        if first in OPENERS:
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
        if kind == "bpjs" and not number.startswith("000"):
            return [f"bpjs {value!r} does not open 000"]
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
    if kind == "email":
        low = value.lower()
        dodges = ("@", " at ", "(at)", "[at]", "(keong)", "(et)", "[@]")
        if not any(d in low for d in dodges):
            return [f"email {value!r} without @"]
        return []
    return []


def check_repeats(text: str, spans: list[Span]) -> list[str]:
    """Every other occurrence of a labelled number, plate or name word lies inside a span."""
    problems = []
    plain = normalised(text)
    runs = []
    for run in RUN.finditer(plain):
        places = [run.start() + i for i, c in enumerate(run.group(0)) if c.isdigit()]
        runs.append(("".join(plain[p] for p in places), places))
    for kind, start, end in spans:
        value = text[start:end]
        if kind in NUMERIC:
            number = read_digits(value) or ""
            tail = number[-9:]
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
    """The checker accepts a good text and refuses each kind of mistake it is there for."""

    def spans_of(text: str, *labelled: tuple[str, str]) -> list[Span]:
        out = []
        for kind, value in labelled:
            start = text.index(value)
            out.append((kind, start, start + len(value)))
        return out

    good = "Sy Maria Tefa, HP 081234567890, NIK 5371044507850012. Ttd Maria Tefa"
    spans = spans_of(
        good, ("name", "Maria Tefa"), ("phone", "081234567890"), ("nik", "5371044507850012")
    )
    spans.append(("name", good.rindex("Maria Tefa"), len(good)))
    assert not check(good, spans, {}), check(good, spans, {})
    bad = [
        ("Sy Maria Tefa. Keluarga Tefa marah.", [("name", "Maria Tefa")], {}),
        ("Ibu Maria Tefa datang.", [("name", "Ibu Maria Tefa")], {}),
        ("HP 081234567890, sekali lagi 081234567890 ya", [("phone", "081234567890")], {}),
        ("HP 081234567890 atau +62 812-3456-7890 ya", [("phone", "081234567890")], {}),
        ("Salam, Maria Tefa.", [("name", "Maria Tefa.")], {}),
        ("NIK 53710445078500 ya", [("nik", "53710445078500")], {}),
        ("nopol DH 1234 AB ya", [("plate", "nopol DH 1234 AB")], {}),
        ("di Jl. Nangka No. 4 ya", [("address", "Nangka No. 4")], {}),
        ("surel maria.tefa gmail.com ya", [("email", "maria.tefa gmail.com")], {}),
        ("BPJS 1234567890123 ya", [("bpjs", "1234567890123")], {}),
        ("NIP 197804122005011003 ya", [("nip", "197804122005011003")], {}),
        ("Sy {nama:w1} ya", [], {}),
        ("Sy Maria Tefa ya", [("name", "Maria Tefa"), ("name", "Tefa ya")], {}),
        ("Sy Maria Tefa ya", [("name", "Maria Tefa")], {0: "Maria Benu"}),
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
        for template in templates_of(source):
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
                    }
                )
    rng.shuffle(records)
    lines = []
    for number, record in enumerate(records, start=1):
        numbered = {"id": f"xv24-{number:04d}", **record}
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

SMS_1708 = """
@CAPS
KOTKUPANG TOKEN PLN SY TDK MASUK2 PADAHAL SDH BELI RP {rp:a1} DI {?COUNTER PULSA|AGEN
  BRILINK|KIOS} DEKAT {grj:1} JAM {jam:p1}. ID PEL {plnid:1}, NO TOKEN {token:1}. MHN DIBANTU,
  LAMPU SDH MATI DR SEMALAM. [[{nama:m1}]] HP [[{hp:m1}]]
~~~
@lower
kotkupang mohon bantu, sy [[{nama:w1}]] nik [[{nikp:w1}]] mau aktivasi coretax tp npwp lama sy
  [[{npwpo:w1}]] blm padan dgn nik. kpp blg hrs datang lgsg, sy kerja di pasar tdk bisa tinggal.
  hp [[{hpp:w1}]]
~~~
@CAPS
KOTKUPANG SY PENJUAL IKAN DI {psr:1}. KARCIS RETRIBUSI NAIK DR RP {?2.000 JD RP 5.000|3.000 JD RP
  5.000|2.000 JD RP 4.000} TANPA PEMBERITAHUAN, PETUGAS TDK KASI KARCIS. MHN DICEK. DARI
  [[{nama:m1}]] [[address:{rtl:m1}]] KEL {kel:1}
~~~
@lower
kotkupang sy ajukan kur di bri unit {kel:1} sjk {tgl:b1}. berkas sdh lengkap: ktp, kk
  [[{kkp:m1}]], npwp [[{npwpn:m1}]] (sama dgn nik), surat ket usaha. smp skrg blm ada kabar,
  mantri blg tunggu saja. mohon info. [[{pgl:m1}]] [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG SY DAPAT SMS DR {hpk:1} KATANYA NIK SY TERPILIH BANSOS RP {rp:l1}, DISURUH KIRIM FOTO
  KTP DAN KK KE WA ITU. APA BENAR DR DINSOS? SY BLM KIRIM. NIK SY [[{nik:w1}]]. {?TRIMS|MAKASIH}
  [[{nama:w1}]]
~~~
@lower
kotkupang kartu kis mama sy [[{bpjsp:wo1}]] ditolak waktu berobat di {pkm:1} {tgl:b1}, katanya
  nonaktif padahal pbi. nik mama [[{nikp:wo1}]]. tolong diaktifkan, mama sakit gula. sy anaknya
  [[{nama:m1}]] hp [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG MOTOR SY [[{plat:m1}]] DIANGKUT PETUGAS DISHUB DI DEPAN {toko:1} {jln:1} JAM {jam:s1},
  PADAHAL SY PARKIR DI TEMPAT RESMI. SY DISURUH BAYAR RP {rp:a1} TANPA KWITANSI. SY
  [[{nama:m1}]] WA [[{hp:m1}]]
~~~
@lower
kotkupang rumah sy di [[address:{rmh:w1}, {rt:w1}]] kel {kel:1} sdh 2x didata bedah rumah tp tdk
  dapat, yg rumah tembok malah dapat. sy janda, anak 3. no kk [[{kk:w1}]]. mohon keadilan.
  [[{nama:w1}]]
~~~
@CAPS
KOTKUPANG AIR PDAM DI [[address:{rtl:m1}]] KEL {kel:1} SDH {n:6-12a} HARI TDK JALAN. SDH LAPOR KE
  HOTLINE PDAM {telk:1} TDK ANGKAT. NO SAMB {samb:1}. MHN PERHATIAN. {?SALAM|TRIMS}
  [[{nama:m1}]] [[{hp:m1}]]
~~~
@lower
kotkupang sy guru honor di {sek:1}. bendahara minta npwp utk potong pajak honor. npwp sy yg 16
  digit [[{npwpn:w1}]] ditolak aplikasi, katanya tdk terdaftar. tolong dijelaskan harus urus
  dmn. [[{nama:w1}]] hp [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG DOMPET SY ISI KTP DAN KARTU NPWP HILANG DI BEMO JURUSAN {kel:1} HARI {hari:b1}. NIK
  [[{nikg:m1}]], NPWP [[{npwpo:m1}]] A.N. [[{nama:m1}]]. KALAU ADA YG TEMU TOLONG HUB
  [[{hp:m1}]] ATAU ANTAR KE KANTOR LURAH {kel:2}. TRIMS
~~~
@lower
kotkupang td jam {jam:s1} ada yg telp dr {hpk:1} ngaku petugas dukcapil, minta kode otp yg masuk
  ke hp sy. sy tdk kasih. nomor sy [[{hpp:w1}]] mohon dicatat kalau ada apa2. [[{pgl:w1}]] di
  {kel:1}
~~~
@CAPS
KOTKUPANG AKTA LAHIR ANAK SY [[name:{dpn:wc1} {marga:m1}]] SDH 2 BLN BLM JADI. NO REGISTRASI
  {akta:1}. NIK ANAK [[{nik:wc1}]], KK [[{kkp:m1}]]. TIAP DATANG DISURUH TUNGGU. BAPAK
  [[{nama:m1}]]
~~~
@lower
kotkupang sy kirim email ke pln tgl {tgl:b1} dr [[{mail:m1}]] blm dibalas. id pel {plnid:1},
  tagihan bln {bln:d1} rp {rp:m1} padahal biasanya rp {rp:a1}. rumah cuma 2 lampu dan 1 kulkas.
  mhn dicek. [[{nama:m1}]]
~~~
@CAPS
KOTKUPANG BANTUAN LANSIA DR DINSOS UTK MAMA SY BLM MASUK KE REK BRI [[{bri:wo1}]] A.N.
  [[{nama:wo1}]]. TEMAN SE RT SDH TERIMA {tgl:b1}. NIK MAMA [[{nikp:wo1}]]. WA SY [[{hpp:w1}]]
~~~
@lower
kotkupang tetangga sy [[{nama:m2}]] di [[address:{rmh:m2}]] buka bengkel las di rumah smp jam 11
  malam, bising dan asap masuk rumah. sdh tegur tdk mau. sy [[{nama:w1}]] rumah sebelah, hp
  [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG JALAN DI {jln:1} DEPAN {sek:1} BERLUBANG BESAR, MINGGU INI SDH {n:2-5a} MOTOR JATUH.
  MOHON DINAS PUPR SEGERA TAMBAL SEBELUM ADA KORBAN. TRIMS
~~~
@lower
kotkupang lampu jalan di {jln:1} dr {rs:1} smp ke bundaran mati semua sejak {tgl:b1}. malam
  gelap, rawan jambret. mohon perbaikan
~~~
@CAPS
KOTKUPANG ADA SMS DARI {hpk:1} BILANG SY MENANG UNDIAN BANK NTT RP {rp:l1}, SY DISURUH TLP
  {hpk:2} UTK KLAIM. INI PENIPUAN KAH? MOHON DITINDAK
~~~
@lower
kotkupang sy bayar pbb lewat va {va:1} tgl {tgl:b1} rp {rp:a1} tp di aplikasi masih tertulis
  belum lunas. nop {nop:1}. mohon bapenda cek
~~~
@CAPS
KOTKUPANG ANTRIAN DI DUKCAPIL HARI {hari:d1} PANJANG SEKALI, NO ANTRIAN SY {antri:1} DARI JAM
  {jam:p1} SMP JAM {jam:s1} BLM DIPANGGIL. LOKET CUMA 2 YG BUKA, PETUGAS BANYAK MAIN HP.
~~~
@lower
kotkupang wa center dukcapil {hpk:1} dan call center {telk:1} tdk pernah balas. tiket lapor sy
  {tiket:1} sdh 2 minggu tdk ada tanggapan. tolong
~~~
@CAPS
KOTKUPANG SAMPAH DI TPS BELAKANG {psr:1} SDH 1 MINGGU TDK DIANGKUT, BAU SAMPAI KE {pkm:1}. MOHON
  DLH KIRIM TRUK HARI INI
~~~
@lower
kotkupang tarif bemo jurusan {kel:1} - terminal {kel:2} naik sendiri jd rp {?5.000|6.000},
  harusnya rp {?3.000|4.000}. sopir bilang bbm naik. anak sekolah paling susah. mohon dishub
  tertibkan
~~~
@CAPS
KOTKUPANG TAGIHAN PDAM BLN {bln:d1} RP {rp:a1} PADAHAL AIR TDK JALAN SEBULAN. NO SAMB {samb:1},
  KODE BAYAR {kodebayar:1}. MOHON DIKOREKSI SEBELUM TGL 20.
~~~
@lower
kotkupang ambulans {pkm:1} tdk bisa dihubungi di {hpk:1} jam {jam:m1} td, pasien sesak. petugas
  piket bilang telp 119 saja. mohon diperbaiki pelayanannya
"""

WA_CHAT = """
[{tgl:d1} {jam:p1}] [[name:{dpn:w1} {marga:mo1}]]: Kaka, Taspen minta data bapa lagi untuk
  otentikasi. NIK bapa [[{nik:mo1}]] to?
[{tgl:d1} {jam:p2}] [[name:{dpn:m2} {marga:mo1}]]: Iya. NPWP bapa yang lama [[{npwpo:mo1}]], tapi
  petugas bilang sekarang pake NIK sa
[{tgl:d1} {jam:p3}] [[name:{dpn:w1} {marga:mo1}]]: Ok. Rekening BRI bapa [[{bri:mo1}]] a.n.
  [[{nama:mo1}]] masih aktif ko?
[{tgl:d1} {jam:p4}] [[name:{dpn:m2} {marga:mo1}]]: Masih. Hari {hari:d2} beta antar bapa ke
  kantor Taspen {jln:1}
~~~
[{tgl:d1} {jam:m1}] [[{nama:w1}]]: Selamat malam Pak RT, sy mau minta surat keterangan domisili
  untuk lamar kerja di {toko:1}. Ini data sy:
NIK: [[{nikp:w1}]]
No. KK: [[{kkp:w1}]]
Alamat: [[address:{rmh:w1}, {rt:w1}]]
[{tgl:d1} {jam:m2}] Pak RT [[{pgl:m1}]]: Baik ibu, besok pagi ambil di rumah, atau sy kirim PDF
  dari email sy [[{mail:m1}]]. Bawa fotokopi KTP 1 lembar.
[{tgl:d1} {jam:m3}] [[{nama:w1}]]: Terima kasih Pak [[{pgl:m1}]] 🙏
~~~
[{tgl:b1} {jam:s1}] [[{nama:m1}]]: Bro, Avanza [[{plat:m2}]] su sy kembalikan jam 2 tadi, tangki
  full. Deposit Rp {rp:m1} kapan transfer?
[{tgl:b1} {jam:s2}] [[{nama:m2}]]: Nanti sore e. Rekening BNI [[{bni:m1}]] to?
[{tgl:b1} {jam:s3}] [[{nama:m1}]]: Betul, a.n. [[{nama:m1}]]
[{tgl:d1} {jam:p1}] [[{nama:m1}]]: Su 2 minggu belum masuk. Sy telpon [[{hp:m2}]] juga sonde
  angkat. Sy lapor polisi e
~~~
[{tgl:d1} {jam:m1}] [[{nama:m1}]]: Ibu bendahara, uang perpisahan kelas 9 Rp {rp:a1} transfer ke
  mana?
[{tgl:d1} {jam:m2}] [[{nama:w1}]]: Ke rekening panitia a.n. sy, Bank NTT [[{ntt:w1}]]. Bukti
  transfer kirim ke WA sy [[{hp:w1}]] e bapa
[{tgl:d1} {jam:m3}] [[{nama:m1}]]: Siap ibu. Su kirim, atas nama anak [[name:{dpn:wt1}
  {marga:m1}]] kelas 9B
~~~
{tgl:d1}, {jam:s1} - Ibu Kos [[{pgl:w1}]]: Nona, kelurahan minta data anak kos baru. Kirim NIK
  deng nomor KK e
{tgl:d1}, {jam:s2} - [[{nama:wy1}]]: Ini mama. NIK [[{nik:wy1}]], KK [[{kkg:wy1}]]. Asal dari
  {asal:wy1}
{tgl:d1}, {jam:s3} - Ibu Kos [[{pgl:w1}]]: Ok nona. Uang kos bulan depan Rp {rp:a1} e, jang lupa
~~~
[{tgl:d1} {jam:p1}] [[name:{dpn:w2} {marga:wo1}]]: Kaka, mama su masuk {rs:1} ruang Cempaka.
  Kartu KIS mama [[{bpjs:wo1}]], NIK [[{nikp:wo1}]]. Kaka kirim foto KK ke beta
[{tgl:d1} {jam:p2}] [[name:{dpn:m1} {marga:wo1}]]: Ok. Rumah sakit minta nomor keluarga yang bisa
  dihubungi
[{tgl:d1} {jam:p3}] [[name:{dpn:w2} {marga:wo1}]]: Kasi beta pung nomor saja, [[{hp:w2}]]
~~~
[{tgl:d1} {jam:m1}] [[{nama:m1}]]: Bapa mama, motor Vario hitam [[{plat:m1}]] hilang di depan
  rumah tadi jam {jam:s1}. Kalo ada yang lihat tolong info ke [[{hp:m1}]]
[{tgl:d1} {jam:m2}] [[{nama:w1}]]: Astaga. Su lapor polisi ko?
[{tgl:d1} {jam:m3}] [[{nama:m1}]]: Su, di Polsek. Nomor laporan LP/B/{n:100-900a}/{n:1-12b}/2026
~~~
[{tgl:d1} {jam:p1}] [[{nama:m1}]]: Selamat pagi, sy mau pisah KK karena su menikah. KK lama
  [[{kkp:mo1}]] atas nama bapa sy [[name:{dpn:mo1} {marga:m1}]]
[{tgl:d1} {jam:p2}] Dukcapil Kota Kupang: Selamat pagi. Silakan isi formulir F-1.06, bawa buku
  nikah dan KK asli. Antrian online via WA {hpk:1}
[{tgl:d1} {jam:p3}] [[{nama:m1}]]: Istri sy [[{nama:w1}]] NIK [[{nik:w1}]] masih ikut KK orang
  tua di {asal:w1}, bisa sekalian?
~~~
[{tgl:d1} {jam:s1}] {hpk:1}: Bapak [[{nama:m1}]], tagihan aplikasi DanaKilat Rp {rp:m1} jatuh
  tempo hari ini. Bayar ke VA {va:1}
[{tgl:d1} {jam:s2}] [[{nama:m1}]]: Sy tidak pernah pinjam. Data KTP sy [[{nik:m1}]] dipakai orang
  lain
[{tgl:d1} {jam:s3}] {hpk:1}: Kalau tidak bayar hari ini data bapak kami sebar ke semua kontak
~~~
[{tgl:d1} {jam:m1}] [[{nama:w1}]]: Syalom bapa mama. Data jemaat rayon {n:2-9a} yang diusulkan
  terima bantuan diakonia:
1. [[{nama:wo1}]] ({umur:wo1} th) NIK [[{nikp:wo1}]]
2. [[{nama:mo1}]] ({umur:mo1} th) NIK [[{nikp:mo1}]]
3. [[{nama:w2}]], janda, NIK [[{nikp:w2}]], HP [[{hp:w2}]]
[{tgl:d1} {jam:m2}] [[{nama:m1}]]: Terima kasih ibu, sy teruskan ke majelis hari {hari:d2}
~~~
[{tgl:d1} {jam:m1}] Ibu Wali Kelas [[{pgl:w1}]]: Mama, dana PIP untuk [[name:{dpn:mt1}
  {marga:m2}]] su cair. Cek di rekening BRI Simpel anak e
[{tgl:d1} {jam:m2}] [[{nama:w2}]]: Terima kasih ibu. NISN dia {nisn:1} to? Rekening yang
  [[{bri:mt1}]]?
[{tgl:d1} {jam:m3}] Ibu Wali Kelas [[{pgl:w1}]]: Betul mama. Ambil di BRI unit {kel:1}, bawa KIP
~~~
[{tgl:d1} {jam:p1}] [[{nama:mo1}]]: Tiang listrik di depan rumah sa miring mau rebah. Su telpon
  PLN 123 tapi belum datang
[{tgl:d1} {jam:p2}] [[{nama:w1}]]: Bapa, PLN minta nomor yang bisa dihubungi. Bapa pung telp
  rumah [[{telr:mo1}]] to?
[{tgl:d1} {jam:p3}] [[{nama:mo1}]]: Iya itu. Alamat [[address:{rmh:mo1}, {rt:mo1}]]
~~~
[{tgl:b1} {jam:s1}] [[{nama:m1}]]: Om, untuk balik nama tanah di notaris perlu NPWP Om. Yang lama
  [[{npwps:m2}]] masih pake?
[{tgl:b1} {jam:s2}] [[{nama:m2}]]: Yang lama sonde pake lagi. Notaris bilang pake NIK sa,
  [[{npwpn:m2}]]
[{tgl:b1} {jam:s3}] [[{nama:m1}]]: Ok Om. Beta pung NPWP [[{npwpn:m1}]] su kirim ke notaris ju.
  BPHTB nanti beta yang bayar, kode billing {billing:1}
~~~
[{tgl:d1} {jam:p1}] Bidan [[{nama:w1}]]: Mama [[{pgl:w2}]], besok imunisasi campak untuk
  [[{dpn:wb1}]]. Bawa buku KIA deng kartu KIS
[{tgl:d1} {jam:p2}] [[{nama:w2}]]: Baik bidan. Kartu KIS anak belum jadi, pake punya sy
  [[{bpjsp:w2}]] boleh?
[{tgl:d1} {jam:p3}] Bidan [[{nama:w1}]]: Sonde bisa mama, harus kartu anak sendiri. Urus di
  kantor BPJS {jln:1}
~~~
{tgl:d1}, {jam:m1} - [[{nama:m1}]]: Teman-teman, rumah keluarga [[{marga:m2}]] di
  [[address:{rtl:m2}]] terbakar tadi sore. Yang mau bantu bisa transfer ke rek Mandiri
  [[{mdr:w2}]] a.n. [[{nama:w2}]] (istri Pak [[{pgl:m2}]])
{tgl:d1}, {jam:m2} - [[{nama:w1}]]: Tuhan tolong. Beta kirim pakaian besok pagi
~~~
[{tgl:d1} {jam:p1}] Admin RT {nrt:1}: Info: ada kambing lepas di jalan gang, yang punya tolong
  ikat
[{tgl:d1} {jam:p2}] [[{nama:w1}]]: Itu kambing punya Om [[{pgl:m1}]], nomornya [[{hp:m1}]]. Sayur
  di kebun beta habis dimakan
[{tgl:d1} {jam:p3}] [[{nama:m1}]]: Maaf mama, sebentar beta ikat
~~~
[{tgl:d1} {jam:p1}] Kader Posyandu Melati: Selamat pagi mama-mama. Penimbangan bulan {bln:d1}
  hari {hari:d2} jam {pukul:p2} di halaman {grj:1}. Bawa buku KIA
[{tgl:d1} {jam:p3}] mama: Ok kader
~~~
[{tgl:d1} {jam:s1}] PDAM Kota Kupang: Terima kasih, laporan gangguan anda tercatat dengan nomor
  {tiket:1}. Petugas akan ke lokasi dalam 2x24 jam. Call center {telk:1}
~~~
[{tgl:d1} {jam:m1}] {hpk:1}: Selamat! Nomor anda terpilih mendapatkan bantuan UMKM Rp {rp:l1}.
  Kirim foto KTP deng KK ke WA {hpk:2} sebelum jam 12 malam
[{tgl:d1} {jam:m2}] mama: Ini tipu to?
[{tgl:d1} {jam:m3}] bapa: Tipu. Jang kirim apa-apa
~~~
[{tgl:d1} {jam:p1}] Bapenda Kota Kupang: Yth. Wajib Pajak, batas bayar PBB-P2 tahun 2026 tanggal
  {tgll:d3}. Bayar lewat VA {va:1} atau kode billing di SPPT. Info {telk:1}
~~~
[{tgl:d1} {jam:s1}] Admin Kelurahan: Jadwal tangki air bersih minggu ini: RT {nrt:1} hari
  {hari:d1}, RT {nrt:2} hari {hari:d2}, RT {nrt:3} hari {hari:d3}. Siapkan drum masing-masing
~~~
[{tgl:d1} {jam:p1}] Bank NTT: Nasabah Yth, Bank NTT tidak pernah meminta PIN, OTP atau password.
  Hati-hati penipuan atas nama bank. Call center {telk:1}
~~~
[{tgl:d1} {jam:m1}] Sekretariat Jemaat: Syalom. Persembahan syukur HUT jemaat bisa lewat rekening
  Majelis Jemaat Bank NTT {rekb:ntt1}. Terima kasih bapa mama
[{tgl:d1} {jam:m2}] Sekretariat Jemaat: Laporan keuangan dibacakan hari Minggu
~~~
[{tgl:d1} {jam:s1}] Wali Kelas 8A: Ujian tengah semester mulai {tgll:d2}. Uang ujian Rp {rp:s1}
  bayar lewat VA sekolah {va:1}. Yang belum lunas SPP tetap boleh ikut ujian
~~~
{tgl:d1}, {jam:p1} - Dishub Kota Kupang: Info penutupan {jln:1} hari {hari:d2} pukul
  {pukul:p2}-{pukul:s1} untuk pawai. Kendaraan dialihkan lewat {jln:2}. Info {hpk:1}
~~~
[{tgl:d1} {jam:s1}] Puskesmas Info: Layanan poli umum hari Sabtu tutup jam 12.00. Pendaftaran
  lewat WA {hpk:1}, gawat darurat tetap buka 24 jam
[{tgl:d1} {jam:s2}] grup warga: Terima kasih infonya
"""

LAPOR_FORM = """
Nomor Tiket: {tiket:1}
Judul: Tidak bisa aktivasi akun Coretax
Kategori: Perpajakan
Isi Laporan: Saya sudah mencoba aktivasi akun Coretax sejak {tgl:b1}. NIK saya [[{nikp:m1}]]
  terbaca belum padan, padahal NPWP lama saya [[{npwpo:m1}]] masih aktif. Petugas KPP meminta
  saya datang langsung, tetapi antrean penuh sampai minggu depan.
Nama Pelapor: [[{nama:m1}]]
Email: [[{mail:m1}]]
No. HP: [[{hp:m1}]]
Rahasiakan identitas: Tidak
~~~
FORMULIR PERMOHONAN IZIN KERAMAIAN
Nama Pemohon : [[{nama:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[address:{rmh:m1}, {rt:m1}]] Kel. {kel:1}
No. HP/WA : [[{hp:m1}]]
Jenis Kegiatan : Pesta pernikahan anak
Tempat : Halaman rumah sendiri
Waktu : {tgll:d2}, pukul {pukul:m1} s.d. selesai
~~~
Judul: Sambungan PDAM liar
Isi Laporan: Tetangga kami, [[{nama:m1}]] di [[address:{rmh:m1}]], menyambung pipa langsung dari
  pipa induk tanpa meter. Sejak itu air di [[address:{rtl:w1}]] hanya mengalir kecil. No.
  sambungan kami {samb:1}.
Lokasi: Kel. {kel:1}
Nama Pelapor: Dirahasiakan
Kontak (hanya untuk petugas): [[{hp:w1}]]
~~~
Layanan: Pengaduan Bantuan Sosial
NIK Pelapor: [[{nikp:w1}]]
No. KK: [[{kkp:w1}]]
Nama: [[{nama:w1}]]
Nomor KKS: {kks:1}
Uraian: Sejak tahap 2 tahun 2026 bantuan PKH tidak masuk ke KKS. Pendamping mengatakan data saya
  tidak padan di DTSEN, padahal KTP dan KK sudah diperbarui {tgl:b1}.
HP: [[{hp:w1}]]
~~~
Judul: Truk proyek merusak pagar rumah
Isi Laporan: Tanggal {tgl:b1} truk proyek drainase [[{plat:m2}]] milik {cv:1} mundur dan menabrak
  pagar rumah saya di [[address:{rmh:m1}]]. Sopirnya, [[{nama:m2}]], berjanji mengganti, tetapi
  sampai sekarang tidak ada. Kontraktor tidak bisa dihubungi di {hpk:1}.
Nama Pelapor: [[{nama:m1}]]
Telepon: [[{hp:m1}]]
~~~
Tanggapan Bapenda Kota Kupang:
Yth. Bapak [[{nama:m1}]], validasi BPHTB atas NOP {nop:1} tertunda karena NPWP yang diinput
  ([[{npwpo:m1}]]) belum sesuai dengan data Coretax. Mohon unggah ulang dengan NIK
  [[{npwpn:m1}]] sebagai NPWP melalui laman e-BPHTB. Informasi: {telk:1}.
~~~
PERMOHONAN SURAT KETERANGAN USAHA
Nama : [[{nama:w1}]]
NIK : [[{nikp:w1}]]
NPWP (usaha perorangan) : [[{npwpo:w1}]]
Nama Usaha : Kios {?Berkat|Harapan|Sederhana} {?Baru|Jaya|Abadi}
Alamat Usaha : [[address:{rmh:w1}]] (rumah sendiri)
NIB : {nib:1}
HP : [[{hp:w1}]]
~~~
Judul: Kartu BPJS nonaktif karena tunggakan perusahaan
Isi Laporan: Saya karyawan {toko:1}. Kartu JKN saya [[{bpjsp:m1}]] dan istri [[{bpjsp:w1}]]
  nonaktif sejak {bln:b1} karena iuran tidak dibayar perusahaan, padahal gaji dipotong tiap
  bulan. Istri saya [[{nama:w1}]] sedang hamil 8 bulan.
Pelapor: [[{nama:m1}]] / [[{hp:m1}]]
~~~
Jenis Layanan: Permohonan pengembalian kelebihan bayar PKB
Nomor Polisi: [[{plat:w1}]]
Nama Pemilik: [[{nama:w1}]]
NIK: [[{nikp:w1}]]
NPWP: [[{npwpo:w1}]]
Rekening pengembalian: Bank NTT [[{ntt:w1}]] a.n. [[{nama:w1}]]
Keterangan: Terbayar dua kali lewat e-Samsat tanggal {tgl:b1}, kode bayar {kodebayar:1}.
~~~
Judul: Beasiswa Pemkot belum cair
Isi Laporan: Saya mahasiswa Undana, NIM {nim:1}, lolos beasiswa Pemkot tahap 1 (pengumuman
  {tgl:b1}). Dana belum masuk ke rekening BNI saya [[{bni:wy1}]]. Email ke
  beasiswa@kupangkota.go.id tidak dibalas.
Nama: [[{nama:wy1}]]
NIK: [[{nik:wy1}]]
Email: [[{mail:wy1}]]
~~~
Judul: Lapak dipindah tanpa pemberitahuan
Isi Laporan: Saya pedagang sayur di {psr:1}, lapak nomor B-{n:10-99a}. Tanggal {tgl:b1} petugas
  UPTD Pasar memindahkan lapak saya ke belakang dan meminta uang Rp {rp:a1}. Kartu pedagang saya
  atas nama [[{nama:w1}]], NIK [[{nik:w1}]].
Kontak: [[{hp:w1}]]
~~~
Isi Laporan: Meter listrik rumah saya di [[address:{rmh:m1}, {rt:m1}]] dicabut petugas P2TL
  tanggal {tgl:b1} dengan tuduhan pelanggaran, dan saya diminta membayar Rp {rp:l1}. ID
  pelanggan {plnid:1}, nomor meter {meter:1}. Pelanggan masih atas nama almarhum ayah saya,
  [[name:{dpn:mo1} {marga:m1}]].
Nama Pelapor: [[{nama:m1}]]
No. Telepon: [[{hp:m1}]] / [[{telr:m1}]]
~~~
PERMOHONAN KARTU IDENTITAS ANAK (KIA)
Nama Anak : [[name:{dpn:mc1} {marga:m1}]]
NIK Anak : [[{nikp:mc1}]]
No. KK : [[{kkp:m1}]]
Nama Ayah : [[{nama:m1}]]
Nama Ibu : [[{nama:w1}]]
Email pemohon : [[{mail:w1}]]
No. HP pemohon : [[{hp:w1}]]
~~~
Judul: Pungutan uang seragam
Isi Laporan: Di {sek:1}, wali kelas 7C, Ibu [[{nama:w2}]], meminta setiap siswa membayar Rp
  {rp:a1} untuk seragam batik lewat rekening pribadinya BRI [[{bri:w2}]]. Anak saya
  [[name:{dpn:mt1} {marga:m1}]] belum bayar dan ditegur di depan kelas.
Rahasiakan identitas: Ya
Nama Pelapor: [[{nama:m1}]]
~~~
Judul: Surat keterangan hidup untuk ibu saya
Isi Laporan: Ibu saya [[{nama:wo1}]] ({umur:wo1} th), pensiunan guru, NIK [[{nikd:wo1}]], tinggal
  di [[address:{rmh:wo1}]] Kel. {kel:1}. Kantor lurah menolak membuat surat keterangan hidup
  karena ibu tidak bisa datang (stroke). Mohon petugas datang ke rumah.
Kontak pelapor (anak): [[{nama:m1}]], [[{hpw:m1}]], [[{maild:m1}]]
~~~
FORMULIR LAPOR DIRI PENDUDUK PENDATANG
Nama : [[{nama:my1}]]
NIK : [[{nikg:my1}]]
No. KK daerah asal : [[{kk:my1}]]
Asal : {asal:my1}
Alamat di Kupang : [[address:{rmh:m2}, {rt:m2}]] (kos)
Pemilik rumah : [[{nama:m2}]] (HP [[{hp:m2}]])
Keperluan : kuliah
~~~
Nomor Tiket: {tiket:1}
Status: Selesai
Tanggapan Dinas PUPR: Perbaikan jalan di {jln:1} sudah masuk jadwal tahun anggaran 2027. Untuk
  sementara lubang ditimbun sirtu pada {tgll:d2}. Terima kasih atas laporannya.
~~~
Judul: Lampu jalan mati
Lokasi: {jln:1} depan {sek:1}
Isi Laporan: Sudah sebulan lampu jalan mati, anak sekolah pulang les jam {jam:m1} lewat jalan
  gelap.
Nama Pelapor: Dirahasiakan
Rahasiakan identitas: Ya
~~~
SURVEI KEPUASAN PELAYANAN
Layanan: Pembuatan KTP-el
Tanggal: {tgl:d1}
Nilai: {n:2-5a} dari 5
Saran: Loket dibuka lebih pagi, ruang tunggu ditambah kipas.
~~~
LEMBAR DISPOSISI
No. Agenda: {n:100-999a}
Tanggal terima: {tgl:d1}
Dari: Bagian Organisasi Setda Kota Kupang
Nomor surat: {surat:Org}
Perihal: Tindak lanjut pengaduan {tiket:1}
Diteruskan kepada: Kepala Bidang Pelayanan, untuk diselesaikan paling lambat {tgl:d3}
~~~
Tanggapan Bapenda Kota Kupang:
Tagihan PBB atas NOP {nop:1} sudah kami koreksi. Silakan bayar dengan kode billing {billing:1}
  paling lambat {tgll:d3}. Informasi: {telk:1} atau WA Bapenda {hpk:1}.
~~~
Judul: Penipuan mengatasnamakan Dinas Sosial
Isi Laporan: Ada nomor {hpk:1} mengaku petugas Dinas Sosial dan meminta transfer Rp {rp:a1} untuk
  pencairan bansos. Beberapa tetangga sudah kirim uang.
Nama Pelapor: Dirahasiakan
~~~
REKAP PENGADUAN BULAN {bln^:d1}
Masuk: {n:90-160a} | Diproses: {n:10-30b} | Selesai: {n:60-89c}
Terbanyak: air bersih, jalan rusak, administrasi kependudukan
Kanal: SMS 1708, WA {hpk:1}, web lapor.go.id
~~~
Judul: Sampah di pasar
Lokasi: {psr:1}
Isi Laporan: Sampah menumpuk di lorong ikan sejak hari {hari:b1}, pembeli sepi karena bau. Karcis
  kebersihan Rp {rp:t1} tetap ditagih setiap hari.
~~~
Tanggapan Dukcapil Kota Kupang:
Untuk perubahan data KK silakan datang ke loket 3 setiap hari kerja pukul 08.00-14.00 dengan
  membawa dokumen asli. Antrean online WA {hpk:1}, email pengaduan.dukcapil@kupangkota.go.id.
~~~
Judul: Pertanyaan NIB untuk tender
Pelapor: {cv:1}
NPWP Badan: {npwpb:1}
NIB: {nib:1}
Isi Laporan: NIB kami tidak muncul di SPSE sejak {tgl:b1} sehingga tidak bisa ikut tender. Mohon
  bantuan DPMPTSP.
"""

EMAIL_THREAD = """
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: bpkad@kupangkota.go.id
Subject: Honor narasumber belum dibayar

Selamat siang Bapak/Ibu,
Saya narasumber pelatihan UMKM tanggal {tgl:b1}. Honor belum masuk karena kata staf NPWP saya
  salah. NPWP lama saya [[{npwpo:m1}]], tetapi sekarang sudah pakai NIK [[{npwpn:m1}]]. Rekening
  Mandiri [[{mdr:m1}]] a.n. saya sendiri.
Salam,
[[{nama:m1}]]
~~~
From: [[{marga:w1}]], [[{dpn:w1}]] <[[{mail:w1}]]>
To: keberatan.pbb@kupangkota.go.id
Subject: Keberatan NJOP NOP {nop:1}

Dengan hormat,
NJOP tanah saya naik hampir dua kali lipat. Rumah kami di [[address:{rmh:w1}, {rt:w1}]] tidak
  berubah. Terlampir KTP (NIK [[{nik:w1}]]), kartu NPWP ([[{npwpx:w1}]]) dan SPPT tahun lalu.
Hormat saya,
[[{nama:w1}]]
HP [[{hp:w1}]]
~~~
From: [[{nama:mx1}]] <[[{mail:mx1}]]>
To: dukcapil@kupangkota.go.id
Subject: Birth certificate for our son

Dear Sir/Madam,
My wife [[{nama:w1}]] gave birth to our son [[{dpn:mc1}]] at {rs:1} on {tgll:b1}. Our family card
  number is [[{kkp:mx1}]] and my wife's NIK is [[{nik:w1}]]. Could you tell us what else we need
  for the birth certificate? I work in Darwin and can only be reached by e-mail or WhatsApp
  [[{hpw:mx1}]].
Kind regards,
[[{nama:mx1}]]
~~~
From: Sekretariat Kelurahan {kel:1} <{kelm:1}>
To: [[{mail:m1}]]; [[{mail:w1}]];
[[{mailc:w2}]]
Subject: Undangan verifikasi calon penerima bedah rumah

Yth. Bapak [[{nama:m1}]], Ibu [[{nama:w1}]] dan Ibu [[{nama:w2}]],
mohon hadir di kantor kelurahan hari {hari:d2}, {tgll:d2}, pukul {pukul:p2}, membawa KTP dan KK
  asli.
~~~
From: [[{nama:w1}]] <[[{mailk:w1}]]>
To: [[{mail:m1}]]
Subject: Re: Data warga RT untuk DTSEN

Bapak [[{pgl:m1}]], data yang bapak kirim kurang NIK istri. Yang ada baru NIK bapak [[{nikp:m1}]]
  dan No. KK [[{kkp:m1}]]. Mohon dilengkapi paling lambat {hari:d2}.
Salam,
[[{nama:w1}]]
Staf Kesejahteraan Sosial, Kelurahan {kel:1}
~~~
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: keuangan.rsud@kupangkota.go.id
Cc: [[{mail:w2}]]
Subject: Jasa pelayanan bulan {bln:b1}

Selamat pagi,
Jasa pelayanan saya bulan lalu dipotong pajak 20 persen karena katanya tidak ada NPWP. NPWP
  perawat saya [[{npwpn:w1}]] sudah saya serahkan ke Ibu [[{nama:w2}]] di bagian keuangan
  tanggal {tgl:b1}. Mohon dikoreksi.
Terima kasih,
[[{nama:w1}]], perawat ruang {?Mawar|Kenanga|Anyelir}
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: pengaduan@pdamkotakupang.co.id
Subject: Pipa bocor depan rumah
Lampiran: IMG_20261105_0731.jpg, video@2x.mp4

Sudah 10 hari pipa dinas bocor di depan rumah saya, [[address:{rmh:m1}]] Kel. {kel:1}. Air
  terbuang, meteran saya tetap jalan. No. sambungan {samb:1}. Telp rumah [[{telr:m1}]].
~~~
From: [[{nama:w1}]] <[[{maild:w1}]]>
To: perlindungan.konsumen@nttprov.go.id
Subject: Dealer tahan STNK

Saya beli motor kredit di dealer {?Timor Motor|Flobamora Honda|Sasando Yamaha} tanggal {tgl:b1}.
  Cicilan lunas, tapi STNK untuk [[{plat:w1}]] belum diberikan. Dealer hanya membalas dari
  cs.kupang@timormotor.co.id bahwa masih diproses.
Hormat saya, [[{nama:w1}]], [[{hp:w1}]]
~~~
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: bendahara.smpn12kupang@gmail.com
Subject: Re: NPWP guru honor

Ibu bendahara, ini punya saya [[{npwpn:w1}]], sesuai yang diminta kemarin.

Pada {hari:b1}, {tgll:b1} {jam:s1}, Bendahara SMPN 12 <bendahara.smpn12kupang@gmail.com> menulis:
> Mohon semua guru honor kirim NPWP paling lambat Jumat.
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: kur.kupang@bankmandiri.co.id
Subject: Pengajuan KUR mikro

Selamat siang,
Saya pedagang sembako di {psr:1}, mengajukan KUR Rp {rp:l1}. Data: NIK [[{nikp:m1}]], NPWP
  pribadi [[{npwpo:m1}]], rekening Mandiri [[{mdr:m1}]]. Usaha saya di rumah,
  [[address:{rmh:m1}]].
[[{nama:m1}]] / [[{hp:m1}]]
~~~
Pada {hari:d2}, {tgll:d2} {jam:p1}, [[{nama:w1}]] <[[{mail:w1}]]> menulis:
> Terima kasih Pak [[{pgl:m1}]]. Kartu KIS mama saya [[{bpjs:wo1}]] sudah aktif kembali.
>
> > From: [[{nama:m1}]] <[[{mailk:m1}]]>
> > Ibu [[{pgl:w1}]], data mama ibu sudah kami usulkan ulang ke Dinsos.
~~~
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
To: "Sdr. [[{nama:m1}]]" <[[{mail:m1}]]>
Subject: Jawaban permohonan informasi

Yth. Sdr. [[{nama:m1}]],
permohonan informasi tentang anggaran drainase {kel:1} kami teruskan ke Dinas PUPR. Nomor
  registrasi PPID/{n:100-999a}/2026.
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: layanan@bpjs-kesehatan.go.id
Subject: Pindah faskes sekeluarga

Mohon pindah faskes kami dari {pkm:1} ke {pkm:2} karena pindah rumah ke [[address:{blok:m1}]]:
1. [[{nama:m1}]] - [[{bpjsp:m1}]]
2. [[{nama:w1}]] - [[{bpjsp:w1}]]
3. [[name:{dpn:mc1} {marga:m1}]] - [[{bpjsp:mc1}]]
Terima kasih.
~~~
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: sanggah.pppk@kupangkota.go.id
Subject: Sanggahan hasil seleksi administrasi

Nama [[{nama:w1}]], NIK [[{nikg:w1}]], nomor peserta {n:10000-99999a}. Status saya TMS karena
  ijazah tidak terbaca, padahal sudah diunggah ulang {tgl:b1}. Saya bisa dihubungi di
  [[{hp:w1}]].
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: kpp.kupang@pajak.go.id
Subject: NPWP istri

Selamat siang,
Istri saya [[{nama:w1}]] punya NPWP sendiri [[{npwpo:w1}]] sejak buka usaha. Sekarang kami mau
  gabung NPWP suami-istri. NIK saya [[{nikp:m1}]], NPWP saya [[{npwpn:m1}]]. Mohon petunjuk.
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: ombudsman.ntt@ombudsman.go.id
Subject: Pengaduan pungutan SKTM

Petugas kelurahan {kel:1} meminta Rp {rp:s1} untuk SKTM anak saya [[name:{dpn:wt1} {marga:m1}]].
  Saya minta kuitansi tidak diberikan. KK kami [[{kkg:m1}]].
Salam, [[{nama:m1}]]
~~~
From: LAPOR! <noreply@lapor.go.id>
Subject: Laporan {tiket:1} telah ditindaklanjuti

Laporan Anda telah diteruskan ke Dinas Lingkungan Hidup Kota Kupang. Jangan membalas email ini.
~~~
From: Dinkes Kota Kupang <dinkes.kotakupang@gmail.com>
To: pkmoebobo@gmail.com; pkmsikumana@gmail.com; pkmbakunase@gmail.com
Subject: Laporan kasus DBD minggu ke-{n:10-48a}

Mohon laporan kasus DBD dikirim paling lambat {hari:d2} pukul {pukul:s1}. Format terlampir
  (laporan_dbd@v2.xlsx).
~~~
From: Bagian Keuangan {cv:1} <keuangan@timorjaya-group.co.id>
To: bendahara.sdninpres.oepura2@gmail.com
Subject: Invoice pengadaan ATK

Terlampir invoice Rp {rp:l1}. NPWP perusahaan {npwpb:1}. Pembayaran ke rekening perusahaan BRI
  {rekb:bri1}.
~~~
From: Forum Guru Honor <guru-honor@googlegroups.com>
To: guru-honor@googlegroups.com
Subject: [guru-honor] Jadwal audiensi dengan DPRD

Audiensi dijadwalkan {hari:d2}, {tgll:d2} pukul {pukul:p1} di ruang Kelimutu. Konfirmasi ke
  sekretariat forum.
~~~
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
Subject: Waspada email palsu

Sejak {tgll:b1} beredar email dari bansos.kemensos.ntt@gmail.com yang meminta data KTP dan KK.
  Itu bukan email resmi. Pengaduan resmi hanya lewat SMS 1708 dan pengaduan@kupangkota.go.id.
~~~
From: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
To: wp-kupang-920@lists.pajak.go.id
Subject: Batas lapor SPT

Asistensi pelaporan SPT Tahunan dibuka di KPP mulai {tgll:d2} pukul {pukul:p1}. Contoh format
  NPWP 15 digit: 09.123.456.7-920.000. Layanan Kring Pajak 1500200.
~~~
From: Tim TI Diskominfo <tik@kupangkota.go.id>
To: tim-aplikasi@kupangkota.go.id
Subject: Rilis aplikasi pengaduan versi {n:2-4a}.{n:0-9b}

Kode sudah di git@github.com:kupangkota/pengaduan.git, cabang rilis. Uji coba di
  https://uji:rahasia@lapor-uji.kupangkota.go.id sampai {tgl:d3}.
~~~
From: Kelurahan {kel:1} <{kelm:1}>
To: kec.{n:1-6a}@kupangkota.go.id
Subject: Laporan bulanan {bln:d1}

Terlampir laporan bulanan: penduduk datang {n:10-40b} jiwa, pindah {n:5-20c} jiwa, surat
  keterangan {n:100-300d} lembar.
~~~
From: Bank NTT <notifikasi@bankntt.co.id>
Subject: Transaksi berhasil

Transfer Rp {rp:m1} ke rekening penampung {rekb:ntt1} berhasil pada {tgl:d1} {jam:s1}. Ref
  {ref:1}.
~~~
From: Pokja Pemilihan <ukpbj@kupangkota.go.id>
Subject: Pengumuman pemenang

Pemenang paket rehabilitasi saluran {kel:1}: {cv:1}, NPWP {npwpb:1}, harga Rp {rp:x1}. Masa
  sanggah sampai {tgl:d3}.
"""

CALL_NOTE = """
CATATAN PANGGILAN 112 - {tgl:d1} {jam:m1}
Penelepon: [[{nama:m1}]], [[{hp:m1}]]
Kejadian: tabrakan pick-up [[{plat:m2}]] dengan motor [[{plat:m3}]] di {jln:1} dekat {toko:1}.
  Pengendara motor, [[{nama:m3}]], luka di kepala, dibawa ke {rs:1}.
Diteruskan: Satlantas, ambulans PSC 119
~~~
Petugas: Dukcapil Kota Kupang, selamat siang. Ada yang bisa dibantu?
Penelepon: Mau tanya KTP saya kenapa belum bisa dicetak.
Petugas: NIK Ibu?
Penelepon: [[{nik2:w1}]].
Petugas: Atas nama?
Penelepon: [[{nama:w1}]].
Petugas: Datanya masih ganda dengan KK lama. Nomor KK Ibu yang baru?
Penelepon: [[{kkp:w1}]].
Petugas: Baik, kami ajukan penghapusan data ganda. Silakan cek lagi hari {hari:d2}.
~~~
LOG HOTLINE PENGADUAN AIR - {tgl:d1}
{jam:p1} | [[{nama:m1}]] | [[{hpp:m1}]] | air mati 4 hari, [[address:{rt:m1}]]
{jam:p2} | penelepon tidak sebut nama | [[{hp:w1}]] | meteran bocor
{jam:p3} | Komite {sek:1} | {hpk:1} | minta tangki untuk sekolah
{jam:s1} | [[{nama:w2}]] | [[{hp:w2}]] | tagihan naik, no samb {samb:1}
~~~
Agen: Kring Pajak, dengan [[{pgl:w1}]], ada yang bisa dibantu?
Penelepon: Saya mau lapor SPT tapi lupa NPWP.
Agen: NPWP Bapak?
Penelepon: Yang lama sudah hilang kartunya. Yang baru katanya sama dengan NIK, [[{npwpn:m1}]].
Agen: Betul Pak, sekarang NIK sebagai NPWP. Atas nama?
Penelepon: [[{nama:m1}]].
Agen: Silakan login Coretax dengan NIK tersebut.
~~~
Petugas: BPJS Kesehatan Care Center 165. Nomor kartunya?
Penelepon: [[{bpjsp:wo1}]].
Petugas: Atas nama siapa, Pak?
Penelepon: [[{nama:wo1}]], mama saya. Kartunya ditolak di {pkm:1}.
Petugas: Status kartu nonaktif karena pindah segmen. Silakan ke kantor cabang dengan KK.
Penelepon: Nomor saya [[{hp:m1}]] kalau ada kabar.
~~~
Petugas: Bank NTT, selamat pagi. Nomor rekening?
Nasabah: [[{ntt:w1}]].
Petugas: Nama ibu kandung?
Nasabah: [[{nama:wo1}]].
Petugas: Terima kasih Ibu [[{pgl:w1}]]. Kartu ATM sudah kami blokir. Silakan ke cabang {jln:1}
  bawa KTP.
~~~
PLN 123 - {tgl:d1} {jam:m1}
Pelanggan [[{nama:m1}]] lapor rumah padam sendiri, tetangga menyala.
Alamat: [[address:{rmh:m1}, {rt:m1}]], Kel. {kel:1}
ID pelanggan: {plnid:1}
HP: [[{hp:m1}]]
Tindak lanjut: regu yantek ke lokasi, estimasi {n:1-3a} jam.
~~~
DAMKAR KOTA KUPANG - {tgl:d1} {jam:s1}
Penelepon [[{nama:w1}]] ([[{hp:w1}]]) melapor dapur rumah tetangganya, [[{nama:m1}]], terbakar di
  [[address:{rmh:m1}]]. Dua unit berangkat {jam:s2}. Api padam {jam:s3}, tidak ada korban.
~~~
UPTD PPA - catatan telepon {tgl:d1}
Pelapor: [[{nama:w1}]], guru {sek:1}, [[{hp:w1}]]
Korban: [[name:{dpn:wt1} {marga:m1}]] ({umur:wt1} th), murid kelas 8
Terlapor: ayah tiri, [[{nama:m1}]], tinggal di [[address:{rmh:m1}, {rt:m1}]]
Tindak lanjut: penjangkauan bersama Bhabinkamtibmas hari {hari:d2}
~~~
Petugas: Samsat Kupang, ada yang bisa dibantu?
Penelepon: Mau balik nama motor bekas, nomor polisi [[{plat:m2}]].
Petugas: Pemilik lama masih ada?
Penelepon: Sudah meninggal. Namanya [[{nama:m2}]]. Saya anaknya, [[name:{dpn:m1} {marga:m2}]],
  NIK [[{nikp:m1}]].
Petugas: Bawa akta kematian, surat ahli waris dan BPKB asli.
~~~
POLSEK KELAPA LIMA - laporan via telepon {tgl:d1} {jam:m1}
Pelapor [[{nama:w1}]] kehilangan HP di angkot jurusan {kel:1}. Nomor di HP yang hilang
  [[{hp:w1}]], IMEI {n:100000-999999a}{n:100000-999999b}{n:100-999c}. Dihubungi lewat HP suami,
  [[{nama:m1}]], [[{hp:m1}]].
~~~
CALL NOTE - English line, {tgl:d1}
Caller: [[{nama:mx1}]], staying in Kupang for work. His mother [[{nama:wo1}]], JKN card no.
  [[{bpjsp:wo1}]], was refused at {pkm:1}. Callback number [[{hpw:mx1}]].
Action: forwarded to BPJS branch office.
~~~
SERAH TERIMA SHIFT - {tgl:d1} {jam:m1}
Belum selesai:
- [[{nama:w1}]] ([[{hp:w1}]]) tanya bantuan seragam sekolah, belum ada jawaban Dinas Pendidikan
- [[{nama:m1}]], [[address:{rt:m1}]], lapor drainase tersumbat, tunggu PUPR
- penelepon anonim [[{hp:m2}]], tanya jadwal vaksin rabies
- [[{nama:m3}]] tanya NPWP lama [[{npwpo:m3}]] tidak bisa login Coretax, sudah dijelaskan pakai
  NIK [[{npwpn:m3}]]
Petugas jaga: [[{nama:w2}]]
~~~
Petugas: Dinas Sosial, selamat siang.
Penelepon: Mau cek PKH saya, Pak.
Petugas: Sebutkan NIK Ibu.
Penelepon: [[{nikc:w1}]].
Petugas: Nama lengkap?
Penelepon: [[{nama:w1}]].
Petugas: Ibu masuk tahap 3, penyaluran lewat KKS di BNI. Bukti kami kirim ke email, alamatnya?
Penelepon: [[{maild:w1}]].
~~~
Petugas: PDAM, nomor sambungannya?
Penelepon: {samb:1}.
Petugas: Atas nama?
Penelepon: [[{nama:m1}]]. Meteran di rumah saya hilang dicuri tadi malam.
Petugas: Bisa dihubungi di nomor berapa?
Penelepon: Telepon rumah [[{telr:m1}]], HP [[{hpp:m1}]].
~~~
Kelurahan {kel:1} - telepon masuk {jam:p1}
Penelepon [[{nama:w1}]] lapor anjing tetangga, [[{nama:m1}]], sudah gigit anak saya [[{dpn:wc1}]]
  dan dua anak lain. Anjingnya nama {?Bleki|Tiger|Doki}. Diteruskan ke Dinas Peternakan untuk
  observasi rabies.
~~~
CATATAN 112 - {tgl:d1} {jam:p1}
Pipa PDAM pecah di {jln:1} dekat {sek:1}, air menggenang setinggi lutut. Diteruskan ke PDAM
  {telk:1}. Penelepon tidak sebut nama.
~~~
Petugas: Satlantas, selamat pagi.
Penelepon: Jadwal SIM keliling minggu ini di mana?
Petugas: {hari:d1} di {psr:1}, {hari:d2} di halaman {grj:1}, jam {pukul:p2} sampai {pukul:s1}.
Penelepon: Terima kasih.
~~~
ANONIM - {tgl:d1} {jam:s1}
Penelepon melapor SMS dari {hpk:1} mengaku dari PLN dan meminta transfer Rp {rp:a1} untuk ganti
  meter. Dicatat, diteruskan ke Polresta.
~~~
Petugas: Bapenda, ada yang bisa dibantu?
Penelepon: Ada diskon PBB bulan ini?
Petugas: Ada, pemutihan denda sampai {tgll:d3}. Bayar pakai kode billing di SPPT, atau cek di
  {telk:1}.
~~~
CATATAN 112 - {tgl:d1} {jam:m1}
Sapi mati di tengah {jln:1} arah {kel:1}, kendaraan menumpuk. Diteruskan ke Dinas Peternakan dan
  Satlantas.
~~~
Petugas: Kelurahan {kel:1}, selamat pagi.
Penelepon: Pelayanan jemput bola KTP hari apa?
Petugas: Hari {hari:d2} di aula kelurahan, pukul {pukul:p2}. Bawa KK asli.
~~~
CATATAN 112 - {tgl:d1} {jam:s1}
Banjir di underpass {jln:1}, dua mobil mogok. Penelepon dari pos polisi lalu lintas. Diteruskan
  ke BPBD {telk:1} dan Damkar.
~~~
Petugas: Dinas Pendidikan, ada yang bisa dibantu?
Penelepon: Tanya zonasi, rumah kami dekat {sek:1} tapi tidak diterima.
Petugas: Jarak dihitung dari titik koordinat di KK. Silakan ajukan sanggahan lewat WA {hpk:1}
  sampai {tgl:d2}.
~~~
Agen: Call center, selamat siang.
Penelepon: Kapal ke Rote hari {hari:d2} jam berapa?
Agen: Kapal cepat jam {pukul:p1} dari Tenau, tiket Rp {rp:a1}. Info lanjut hubungi ASDP {telk:1}.
~~~
Petugas: DPMPTSP, ada yang bisa dibantu?
Penelepon: Dari {cv:1}, mau tanya NPWP badan kami {npwpb:1} tidak bisa dipakai di OSS.
Petugas: Silakan perbarui data di Coretax dulu, lalu sinkron ulang NIB {nib:1}.
~~~
Agen: Kring Pajak, selamat sore.
Penelepon: Saya mau tanya NPWP istri saya. Dulu dia punya sendiri, [[{npwps:w1}]].
Agen: Atas nama siapa?
Penelepon: [[{nama:w1}]].
Agen: Kalau mau digabung dengan suami, NPWP Bapak?
Penelepon: [[{npwpn:m1}]], sama dengan NIK saya.
Agen: Baik, ajukan penghapusan NPWP istri lewat Coretax.
"""

SOCIAL_POST = """
DICARI 🙏 Bapa kami [[{nama:mo1}]] ({umur:mo1} th), biasa dipanggil Opa [[{nick:mo1}]], keluar
  rumah tadi pagi jam {jam:p1} dan belum pulang. Bapa sudah pikun, pakai kemeja batik coklat.
  Terakhir dilihat di {psr:1}. Kalau ketemu tolong hubungi [[{hp:w1}]] ([[{pgl:w1}]]) atau antar
  ke rumah, [[address:{rmh:mo1}, {rt:mo1}]]. #kupang
~~~
dukcapilkotakupang
Cek status KTP-el bisa lewat DM, sertakan NIK.
Komentar
[[{nama:w1}]]: Min, NIK [[{nikp:w1}]] sudah rekam dari {bln:b1} belum cetak
[[name:{pgl_:m1} {marga_:m1}]]: kk sy [[{kkp:m1}]] masih nama lama, sdh ganti 2 bulan lalu
[[{nama:w2}]]: Min, NPWP lama sy [[{npwpo:w2}]] sdh dipadankan ke NIK blm? Di Coretax masih gagal
dukcapilkotakupang: Silakan datang ke loket 2 dengan KK asli kak. Untuk NPWP silakan ke KPP
~~~
DIJUAL TANAH + RUMAH setengah jadi, luas 300 m2, SHM, di [[address:{rmh:m1}]] Kel. {kel:1}. Harga
  Rp {rp:x1} nego. Pemilik langsung, hubungi [[{nama:m1}]] [[{hp:m1}]]. Calo jangan.
~~~
Butuh darah golongan {?O|A|B|AB} segera untuk mama kami, [[{nama:wo1}]], di {rs:1} ruang
  {?Cempaka|Kelimutu|Teratai}. Pendonor bisa langsung ke PMI atau hubungi anaknya, [[{nama:m1}]]
  [[{hp:m1}]]. Terima kasih banyak 🙏
~~~
Dinas PUPR Kota Kupang
Pekerjaan drainase {kel:1} selesai minggu depan.
Komentar
[[{nama:m1}]]: Got depan rumah sa di [[address:{rmh:m1}]] malah tersumbat sejak proyek
[[{nama:w1}]]: Di [[address:{rt:w1}]] sama, air masuk rumah tiap hujan
kupangviral: mantap PUPR 👍
~~~
Terima kasih untuk dokter [[{nama:w1}]] dan perawat [[{nama:m1}]] di {pkm:1} yang sabar merawat
  anak saya [[{dpn:mc1}]] waktu demam tinggi tengah malam. Tuhan berkati 🙏 #pelayananbaik
~~~
⚠️ HATI-HATI dengan orang ini: [[{nama:m1}]], sering pakai motor [[{plat:m1}]]. Pinjam uang ke
  beberapa tetangga di {kel:1}, total hampir Rp {rp:l1}, dengan alasan anak sakit. Minta
  transfer ke BNI [[{bni:m1}]] a.n. [[{nama:m1}]]. Sekarang nomornya [[{hp:m1}]] tidak aktif.
~~~
{toko:1}
LOWONGAN KERJA: kasir dan pramuniaga. Kirim lamaran ke email kami.
Komentar
[[{nama:wy1}]]: Sudah kirim kak dari [[{mail:wy1}]] 🙏
[[{nama:my1}]]: Saya kirim dari [[{mail:my1}]], mohon dicek kak
{toko:1}: Akan kami cek ya kak
~~~
Info tabrak lari tadi jam {jam:m1} di {jln:1}. Mobil pick-up putih [[{plat:m2}]] tabrak anak
  sekolah lalu kabur. Korban [[name:{dpn:mt1} {marga:m1}]] sekarang di {rs:1}. Yang lihat
  kejadian tolong hubungi bapaknya, [[{nama:m1}]], [[{hp:m1}]]
~~~
Mari bantu [[{dpn:wb1}]] ({umur:wb1} th), anak kami yang harus operasi jantung di Surabaya.
  Donasi bisa ke rekening BRI [[{bri:w1}]] a.n. [[{nama:w1}]] (mamanya). Kontak [[{hp:w1}]].
  Terima kasih orang-orang baik.
~~~
MOTOR HILANG: Beat merah putih [[{plat:m1}]] hilang di parkiran {pkm:1} hari {hari:b1} siang.
  Info sekecil apa pun tolong hubungi [[{hp:m1}]] ([[{pgl:m1}]]). Ada imbalan.
~~~
Ojek online tadi minta tambahan Rp {rp:s1} dari {kel:1} ke bandara, padahal aplikasi sudah bayar.
  Nama di aplikasi [[{nama:m1}]], motor [[{plat:m1}]]. Tolong diperhatikan ya aplikator 😤
~~~
Terima pesanan kue kering Natal 🎄 buatan sendiri. Nastar, kastengel, putri salju Rp
  {rp:a1}/toples. Pesan ke saya [[{nama:w1}]], WA [[{hp:w1}]], ambil di rumah
  [[address:{rmh:w1}]] dekat {grj:1}.
~~~
Siapa tahu jual beras lokal murah?
Komentar
Toko Sembako {?Harapan Jaya|Sumber Berkat|Dua Saudara}: Ada kak, datang ke toko saja, WA {hpk:1}
[[{nama:w1}]]: Saya jual beras merah dari kampung, Rp {rp:s1}/kg, WA [[{hp:w1}]]
[[{nama:m1}]]: mantap mama [[{pgl:w1}]]
~~~
Selamat jalan bapa, guru, sahabat kami [[{nama:mo1}]]. Rumah duka di [[address:{rmh:mo1}]] Kel.
  {kel:1}. Ibadah pelepasan hari {hari:d2} jam {pukul:p2}. Dari kami keluarga besar
  [[{marga:mo1}]].
~~~
Anak kos cari teman sekamar, cewek, dekat Undana. Kos di [[address:{rmh:w2}]] punya Ibu
  [[{nama:w2}]], Rp {rp:a1}/bulan sudah listrik air. Minat chat [[{nama:wy1}]] [[{hp:wy1}]]
~~~
⚠️ WASPADA PENIPUAN ⚠️ Polresta Kupang Kota mengimbau warga tidak melayani nomor {hpk:1}, {hpk:2}
  dan {hpk:3} yang mengaku petugas bansos dan meminta data KTP. #polrestakupangkota
~~~
Disdukcapil Kota Kupang buka layanan Sabtu {tgll:d2} pukul {pukul:p2}-{pukul:s1} di {psr:1}. Bawa
  KK asli. Antrian online via WA {hpk:1}.
~~~
Macet parah di {jln:1} depan {rs:1} dari jam {jam:s1}, ada perbaikan pipa. Cari jalan lain lewat
  {jln:2} gais.
~~~
SEDOT WC "BERKAH ABADI" murah, cepat, bersih. Rp {rp:a1}. HUB: {hpk:1} / {hpk:2}. Melayani Kota &
  Kab. Kupang
~~~
Harga di {psr:1} hari ini: cabai rawit Rp {rp:s1}/kg, bawang merah Rp {rp:s2}/kg, ikan tembang Rp
  {rp:s3}/tumpuk. Mahal euy.
~~~
Sapi lepas lagi di {jln:1} malam-malam. Sudah dua motor jatuh minggu ini. Dinas Peternakan tolong
  tertibkan pemilik ternak. #kupangbersuara
~~~
Kucing saya hilang di sekitar {grj:1}, warna oranye, namanya {?Oren|Mochi|Belang}. Tolong kabari
  di kolom komentar ya 🐱
~~~
Ada bus ke Atambua besok pagi?
Komentar
Bus Timor Mas: Ada kak, jam 06.00 dari terminal. WA {hpk:1}
Damri Kupang: Kami juga kak, tiket Rp {rp:a1}, WA {hpk:2}
oebobo_updates: mantap
~~~
Jadwal Posyandu Anggrek bulan {bln:d1}: {hari:d1} di {grj:1}, {hari:d2} di pos RW {nrw:1}.
  Imunisasi dasar lengkap. Info kader {hpk:1}.
~~~
Air PDAM di {kel:1} mati lagi 3 hari. Ini sudah ke berapa kali bulan ini? @pdamkotakupang tolong
  kasih jadwal yang jelas.
Komentar
kupang_bersuara: sama di sini
ntt_terkini: Oesapa juga kering
"""

LETTER_MINUTES = """
SURAT PERNYATAAN AHLI WARIS
Kami yang bertanda tangan di bawah ini, ahli waris dari almarhum [[{nama:mo1}]] (NIK
  [[{nikp:mo1}]], NPWP [[{npwpo:mo1}]]), yang meninggal di Kupang pada {tgll:b1}:
1. [[{nama:wo1}]], istri, NIK [[{nikp:wo1}]]
2. [[name:{dpn:m1} {marga:mo1}]], anak, NIK [[{nikp:m1}]]
3. [[name:{dpn:w1} {marga:mo1}]], anak, NIK [[{nikp:w1}]]
menyatakan bahwa tabungan almarhum di Bank NTT [[{ntt:mo1}]] menjadi hak kami bersama.
Kupang, {tgll:d1}
~~~
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[{nama:wo1}]]
NIK : [[{nik:wo1}]]
Alamat : [[address:{rmh:wo1}, {rt:wo1}]], Kel. {kel:1}
memberi kuasa kepada:
Nama : [[{nama:m1}]]
NIK : [[{nik:m1}]]
untuk mengambil bantuan sosial lansia atas nama pemberi kuasa karena sakit.
Pemberi kuasa, [[{nama:wo1}]]          Penerima kuasa, [[{nama:m1}]]
~~~
BERITA ACARA MEDIASI
Pada hari {hari:d1}, {tgll:d1}, di kantor Kelurahan {kel:1} telah dilakukan mediasi sengketa
  batas tanah antara keluarga [[{marga:m1}]] dan keluarga [[{marga:m2}]].
Pihak I: [[{nama:m1}]], tinggal di [[address:{rmh:m1}]]
Pihak II: [[{nama:m2}]], tinggal di [[address:{rmh:m2}]]
Hasil: kedua pihak sepakat pengukuran ulang oleh BPN tanggal {tgll:d3}.
Mediator: Lurah {kel:1}
~~~
SURAT KETERANGAN DOMISILI USAHA
Nomor: {surat:Kel}
Lurah {kel:1} menerangkan bahwa:
Nama : [[{nama:w1}]]
NIK : [[{nikp:w1}]]
NPWP : [[{npwpo:w1}]]
benar mempunyai usaha jahit pakaian di rumahnya, [[address:{rmh:w1}, {rt:w1}]], sejak tahun
  {n:2010-2022a}.
~~~
Kepada Yth.
Kepala Bapenda Kota Kupang
di Kupang
Perihal: Permohonan balik nama SPPT PBB

Dengan hormat,
saya [[{nama:m1}]], NIK [[{nikp:m1}]], NPWP [[{npwpn:m1}]], mohon balik nama SPPT atas NOP
  {nop:1} dari nama penjual, [[{nama:m2}]], ke nama saya. Jual beli dilakukan di hadapan PPAT
  tanggal {tgll:b1}.
Hormat saya,
[[{nama:m1}]]
~~~
SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini, [[{nama:w1}]], pelaku usaha mikro keripik pisang,
  menyatakan bahwa saya belum memiliki NPWP dan menggunakan NIK [[{nikp:w1}]] untuk pendaftaran
  bantuan modal usaha. Demikian pernyataan ini saya buat dengan sebenarnya.
Kupang, {tgll:d1}
[[{nama:w1}]]
~~~
NOTULEN RAPAT MAJELIS JEMAAT GMIT {?KOINONIA|BETEL OESAPA|EFATA LILIBA|IMANUEL OEPURA}
Hari/tanggal: {hari:d1}, {tgll:d1}
Acara: penetapan penerima beras diakonia
Diputuskan penerima:
- [[{nama:wo1}]] (KK [[{kkp:wo1}]])
- [[{nama:mo1}]] (KK [[{kkp:mo1}]])
- keluarga [[{marga:m1}]] di [[address:{rtl:m1}]]
Notulis: [[{nama:w1}]]
~~~
SURAT PENGANTAR
Nomor: {n:10-99a}/RT/{bln:d1}/2026
Ketua RT {nrt:1} RW {nrw:1} Kelurahan {kel:1} menerangkan bahwa [[{nama:my1}]], NIK
  [[{nik:my1}]], benar warga kami yang beralamat di [[address:{rmh:my1}]], berkelakuan baik dan
  tidak pernah terlibat perkara. Surat ini untuk pengurusan SKCK.
Ketua RT, [[{nama:m2}]]
~~~
SURAT PERJANJIAN JUAL BELI KENDARAAN
Pihak Pertama: [[{nama:m1}]], NIK [[{nikp:m1}]], alamat [[address:{rmh:m1}]]
Pihak Kedua: [[{nama:m2}]], NIK [[{nikp:m2}]], alamat [[address:{rmh:m2}]]
Pihak Pertama menjual sepeda motor Honda Supra nomor polisi [[{plat:m1}]], nomor rangka
  {rangka:1}, seharga Rp {rp:l1}.
Kupang, {tgll:d1}
~~~
BERITA ACARA SERAH TERIMA BANTUAN BEDAH RUMAH
Telah diserahkan bantuan bahan bangunan senilai Rp {rp:l1} kepada:
1. [[{nama:wo1}]], NIK [[{nikp:wo1}]], [[address:{rt:wo1}]]
2. [[{nama:m1}]], NIK [[{nikp:m1}]], [[address:{rt:m1}]]
Yang menyerahkan: Lurah {kel:1}
Saksi: [[{nama:m2}]], Ketua LPM
~~~
Kepada Yth. Kepala Dinas Sosial Kota Kupang
Perihal: Sanggahan data DTSEN

Dengan hormat, kami keluarga [[{nama:m1}]] (No. KK [[{kkg:m1}]]) keberatan karena ditetapkan
  desil 8, padahal saya buruh harian dan istri, [[{nama:w1}]], tidak bekerja. Rumah kami di
  [[address:{rmh:m1}]] masih berdinding bebak.
Hormat kami,
[[{nama:m1}]]
~~~
SURAT IZIN ORANG TUA
Saya [[{nama:w1}]], orang tua dari [[name:{dpn:mt1} {marga:m1}]], siswa kelas XI {sek:1},
  mengizinkan anak saya mengikuti kemah di Camplong tanggal {tgll:d2}. Bila ada sesuatu hubungi
  saya di [[{hp:w1}]] atau ayahnya, [[{nama:m1}]], [[{hp:m1}]].
~~~
NOTULEN RAPAT WARGA RT {nrt:1}
Hadir {n:20-45a} KK. Iuran keamanan naik jadi Rp {rp:s1}/bulan. Iuran disetor ke bendahara,
  [[{nama:w1}]], atau transfer ke rekening BRI [[{bri:w1}]] a.n. [[{nama:w1}]].
Ketua RT: [[{nama:m1}]]
~~~
SURAT KUASA PENGAMBILAN KARTU KIS
Saya [[{nama:wo1}]], peserta JKN [[{bpjsp:wo1}]], memberi kuasa kepada cucu saya [[{nama:wy1}]],
  NIK [[{nik:wy1}]], untuk mengambil kartu KIS yang dicetak ulang di kantor BPJS Kesehatan.
Kupang, {tgll:d1}
~~~
SURAT TANDA PENERIMAAN LAPORAN KEHILANGAN
Pelapor [[{nama:m1}]], lahir di {ttl:m1}, alamat [[address:{rmh:m1}]], melaporkan kehilangan
  dompet berisi KTP (NIK [[{nikp:m1}]]), kartu NPWP ([[{npwpo:m1}]]) dan kartu BPJS
  ([[{bpjsp:m1}]]) di sekitar {psr:1} pada {tgll:b1}.
~~~
SURAT PERNYATAAN
Saya [[{nama:m1}]], pemilik usaha perorangan bengkel las, NPWP pribadi [[{npwpo:m1}]], menyatakan
  bersedia memindahkan kegiatan las dari rumah saya di [[address:{rmh:m1}]] paling lambat
  {tgll:d3}, sesuai kesepakatan dengan warga.
~~~
Kepada Yth. Lurah {kel:1}
Majelis jemaat merekomendasikan keluarga [[{nama:m1}]] dan [[{nama:w1}]], No. KK [[{kkp:m1}]],
  tinggal di [[address:{rmh:m1}, {rt:m1}]], sebagai calon penerima bantuan rumah layak huni.
  Rumah keluarga ini rusak berat akibat angin kencang.
Ketua Majelis, Pdt. [[{nama:w2}]]
~~~
SURAT EDARAN
Nomor: {surat:Setda}
Sehubungan dengan bulan puasa, jam kerja ASN Lingkup Pemerintah Kota Kupang Senin-Kamis
  08.00-15.00, Jumat 08.00-11.30. Demikian untuk dilaksanakan.
~~~
UNDANGAN
BAPPEDA KOTA KUPANG
Jl. Timor Raya No. {n:10-200a}, Telp. {telk:1}
Mengundang Lurah se-Kecamatan {kec:1} pada {hari:d2}, {tgll:d2}, pukul {pukul:p2}, acara
  Musrenbang kecamatan.
~~~
NOTULEN RAPAT KOORDINASI BANJIR
Tanggal {tgll:d1}. Hadir BPBD, PUPR, Dinas Sosial, Lurah {kel:1}. Keputusan: normalisasi kali di
  {kel:1} mulai {tgll:d3}; posko di kantor lurah, kontak Pusdalops {telk:1}.
~~~
PENGUMUMAN PEMENANG TENDER
Paket: Pembangunan talud {kel:1}
Pemenang: {cv:1}
NPWP: {npwpb:1}
Nilai: Rp {rp:x1}
~~~
KEPUTUSAN LURAH {kel^:1}
Nomor: {surat:Kel}
Tentang pemekaran RT {nrt:1} RW {nrw:1} menjadi dua RT, berlaku sejak {tgll:d1}.
~~~
WARTA JEMAAT GMIT {?KOINONIA|BETEL OESAPA|EFATA LILIBA|IMANUEL OEPURA}
Persembahan syukur dapat disalurkan ke rekening Majelis Jemaat Bank NTT {rekb:ntt1}. NPWP Majelis
  Jemaat {npwpb:1}. Ibadah minggu jam 07.00 dan 17.00.
~~~
NOTA DINAS
Kepada: Kepala Bidang Bina Marga
Dari: Sekretaris Dinas PUPR
Hal: Laporan kerusakan {jln:1}, tiket {tiket:1}, mohon survei tanggal {tgll:d2}.
~~~
PEMBERITAHUAN
Sehubungan pekerjaan jaringan pipa, {jln:1} ditutup sebagian tanggal {tgll:d2} s.d. {tgll:d3}.
  Mohon maaf atas ketidaknyamanan.
~~~
Kepada Yth. Bapak/Ibu warga RT {nrt:1}
Mengundang kerja bakti membersihkan saluran hari {hari:d2}, {tgll:d2}, pukul 06.30. Bawa parang
  dan sekop.
Ketua RT {nrt:1}
~~~
SURAT KETERANGAN PENGHASILAN
Yang bertanda tangan di bawah ini menerangkan bahwa [[{nama:m1}]], NIK [[{nikp:m1}]], NPWP
  [[{npwpn:m1}]], bekerja sebagai sopir pada {toko:1} dengan penghasilan Rp {rp:m1} per bulan.
  Surat ini untuk pengajuan KPR.
Kupang, {tgll:d1}
"""

OCR_SCAN = """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[{nikl:m1k}]]
N a m a : [[{scan:m1k}]]
Tempat/Tgl Lahir : {ttl^:m1k}
Jenis Kelamin : {jk:m1k} Gol. Darah : O
Alamat : [[address:{rmh^:m1k}]]
[[address:RT/RW : {rtp:m1k}]]
Kel/Desa : {kel^:1}
Kecamatan : {kec^:1}
Pekerjaan : {kerja^:m1k}
~~~
KARTU KELUARGA
No. [[{kkp:m1k}]]
Nama Kepala Keluarga : [[{scan:m1k}]]
Alamat : [[address:{rmh^:m1k}]] [[address:RT/RW : {rtp:m1k}]]
No | Nama Lengkap | NIK | Jenis Kelamin | Status
1 | [[{nama^:m1k}]] | [[{nikp:m1k}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[{nama^:w1k}]] | [[{nikp:w1k}]] | PEREMPUAN | ISTRI
3 | [[name:{dpn^:wc1k} {marga^:m1k}]] | [[{nikl:wc1k}]] | PEREMPUAN | ANAK
~~~
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[{npwpx:w1}]]
[[{scan:w1}]]
NIK : [[{nikp:w1}]]
[[address:{rmh^:w1}]] {kel^:1}
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgls:b1}
~~~
KARTU INDONESIA SEHAT
No. Kartu : [[{bpjsl:wo1}]]
Nama : [[{scan:wo1}]]
NIK : [[{nikl:wo1}]]
Tgl. Lahir : {lahir:wo1}
Faskes Tingkat I : {pkm^:1}
~~~
BRI BritAma
NO. REKENING : [[{bri:m1}]]
NAMA : [[{scan:m1}]]
ALAMAT : [[address:{rmh^:m1} {rt^:m1}]] KUPANG
TGL BUKA : {tgls:b2}
~~~
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NO. REGISTRASI : [[{plat:m1}]]
NAMA PEMILIK : [[{nama^:m1}]]
ALAMAT : [[address:{rmh^:m1}]] KEL. {kel^:1}
MERK/TYPE : HONDA / NF125 TR
NO. RANGKA : {rangka:1}
BERLAKU S/D : {tgls:d3}
~~~
KWITANSI
Sudah terima dari : [[{nama^:w1}]]
Uang sebanyak : Rp {rp:m1}
Untuk pembayaran : sewa kamar bulan {bln^:d1}
Kupang, {tgll:d1}
Yang menerima,
[[{nama:m1}]]
HP [[{hpl:m1}]]
~~~
Kepada Yth Bapak Lurah {kel:1}
Sy [[{nama:wo1}]] umur {umur:wo1} thn tinggal di [[address:{rt:wo1}]] mohon bantu surat
  keterangan tdk mampu utk cucu sy [[{nama:wt1}]] sekolah di {sek:1}. NIK sy [[{nikl:wo1}]].
  Kalau ada perlu tlp anak sy [[{hpl:m1}]] ([[{pgl:m1}]])
Hormat sy [[{nama:wo1}]]
~~~
SPT TAHUNAN PPh ORANG PRIBADI 1770 S
NPWP : [[{npwpx:m1}]]
NAMA WAJIB PAJAK : [[{scan:m1}]]
NIK : [[{nikp:m1}]]
STATUS : K/2  NPWP ISTRI : [[{npwpx:w1}]]
PEKERJAAN : {kerja^:m1}
NO. TELP : [[{hp:m1}]]
~~~
KUTIPAN AKTA PERKAWINAN
Nomor {akta:1}
Pada tanggal {tgll:b1} telah dicatat perkawinan antara
[[name:{dpn^:m1} {marga^:mo1}]]
anak dari [[{nama^:mo1}]] dan [[{nama^:wo1}]]
dengan
[[name:{dpn^:w1} {marga^:mo2}]]
anak dari [[{nama^:mo2}]] dan [[{nama^:wo2}]]
~~~
BUKTI TRANSFER
BANK NTT MOBILE
TGL : {tgl:d1} {jam:s1}
REK. ASAL : [[{ntt:w1}]]
NAMA TUJUAN : [[{nama^:m1}]]
REK. TUJUAN : BRI [[{bri:m1}]]
NOMINAL : Rp {rp:m1}
BERITA : bayar kayu
REF : {ref:1}
~~~
DAFTAR PENERIMA BANTUAN (hal. 2)
NIK : [[{nikn:w1}]]
Nama : [[{nama^:w1}]]
NIK : [[{nikp:m1}]]
Nama : [[{nama^:m1}]]
~~~
DICARI
ANAK HILANG
[[{nama^:mt1}]] ({umur:mt1} TH)
TERAKHIR TERLIHAT DI {psr^:1}
HUB. [[{hpl:w1}]]
(MAMA [[{pgl^:w1}]])
~~~
KARTU PESERTA BPJS KETENAGAKERJAAN
No. KPJ : {kpj:1}
Nama : [[{scan:m1}]]
NIK : [[{nikl:m1}]]
Perusahaan : {cv^:1}
~~~
SURAT KETERANGAN CATATAN KEPOLISIAN
Nama : [[{scan:w1}]]
Tempat/Tgl Lahir : {ttl^:w1}
NIK : [[{nikp:w1}]]
Alamat : [[address:{rmh^:w1} {rt^:w1}]] KEL. {kel^:1}
Keperluan : MELAMAR PEKERJAAN
~~~
SERTIPIKAT HAK MILIK
Nomor Hak : {n:1000-9999a}
Pemegang Hak : [[{nama^:m1}]]
NIK : [[{nikp:m1}]]
Letak Tanah : Kel. {kel:1}, Kec. {kec:1}
NIB Tanah : 24.{n:10-99b}.{n:10-99c}.{n:10-99d}.{n:10000-99999e}
~~~
KOPERASI SIMPAN PINJAM
KARTU ANGGOTA No. {n:1000-9999a}
Nama : [[{scan:w1}]]
NIK : [[{nikp:w1}]]
NPWP : [[{npwpo:w1}]]
No. HP : [[{hpl:w1}]]
Rek. Bank NTT : [[{ntt:w1}]]
~~~
PDAM KOTA KUPANG
BUKTI PEMBAYARAN
No. Samb : {samb:1}
Periode : {bln^:b1} 2026
Tagihan : Rp {rp:a1}
Denda : Rp {rp:t1}
Loket : {kel^:1}
~~~
{toko^:1}
{jln^:1} No. {n:1-150a}
Telp {telk:1}
NPWP : {npwpb:1}
PARACETAMOL 500 2 X Rp {rp:t1}
TOTAL Rp {rp:s1}
~~~
SURAT PEMBERITAHUAN PAJAK TERUTANG PBB
NOP : {nop:1}
NAMA WAJIB PAJAK : {grj^:1}
LETAK OBJEK PAJAK : {jln^:1}
PBB TERUTANG : Rp {rp:m1}
JATUH TEMPO : {tgls:d3}
~~~
KARCIS PARKIR
UPT PARKIR DISHUB KOTA KUPANG
No. Seri {n:100000-999999a}
Roda 2 Rp {rp:t1}
{tgl:d1} {jam:s1}
~~~
DISDUKCAPIL KOTA KUPANG
NOMOR ANTRIAN
{antri:1}
Layanan: KTP-el
{tgl:d1} {jam:p1}
Harap menunggu panggilan
~~~
TIKET BUS
PO. TIMOR MAS
Kupang - Atambua
Kursi {n:1-40a}
Rp {rp:a1}
Agen: {telk:1} / {hpk:1}
~~~
STRUK PEMBELIAN TOKEN
ID PEL {plnid:1}
NO METER {meter:1}
RP BAYAR {rp:a1}
TOKEN {token:1}
~~~
SPANDUK KELURAHAN {kel^:1}
PEMBERANTASAN SARANG NYAMUK
HUB. PETUGAS : {hpkl:1}
~~~
{cv^:1}
{jln^:1} No. {n:1-150a}, Kupang
INVOICE No. INV/{n:100-999b}/2026
Kepada : {sek^:1}
NPWP : {npwpb:1}
Total : Rp {rp:l1}
~~~
BUKTI PEMOTONGAN PPh PASAL 21
NOMOR : 1.1-{n:10-12a}.26-{n:1000000-9999999b}
A. IDENTITAS PENERIMA PENGHASILAN
NPWP/NIK : [[{npwpn:w1}]]
NAMA : [[{scan:w1}]]
C. IDENTITAS PEMOTONG
NPWP : {npwpb:1}
NAMA : {sek^:1}
"""

REGISTER_NOTICE = """
No,Nama Pemohon,NIK,No KK,Alamat,No HP
1,[[{nama:w1}]],[[{nikp:w1}]],[[{kkp:w1}]],[[{rmh:w1}]],[[{hpp:w1}]]
2,[[{nama:m1}]],[[{nikp:m1}]],[[{kkp:m1}]],[[{rmh:m1}]],[[{hpp:m1}]]
3,[[{nama:wo1}]],[[{nikp:wo1}]],[[{kkp:wo1}]],[[{rt:wo1}]],-
~~~
DATA PELAKU USAHA MIKRO KELURAHAN {kel^:1}
Nama Usaha;Nama Pemilik;NIK;NPWP;HP Pemilik
Kios {?Sederhana|Beta Bisa|Sonde Lupa};[[{nama:w1}]];[[{nikp:w1}]];[[{npwpn:w1}]];[[{hp:w1}]]
Bengkel Motor {?Anugerah|Pelangi|Tunas};[[{nama:m1}]];[[{nikp:m1}]];[[{npwpo:m1}]];[[{hp:m1}]]
{cv:1};(badan usaha);-;{npwpb:1};{hpk:1}
~~~
Rekap NPWP tenaga kontrak {?Dinas Lingkungan Hidup|Kelurahan {kel:1}|Dinas Perhubungan} (diminta
  bendahara)
[[{nama:w1}]] — [[{npwpn:w1}]]
[[{nama:m1}]] — [[{npwps:m1}]]
[[{nama:w2}]] — [[{npwp0:w2}]]
[[{nama:m2}]] — belum punya, NIK [[{nikp:m2}]]
~~~
DAFTAR LANSIA POSYANDU {?KASIH|SEJAHTERA|BAHAGIA} BULAN {bln^:d1}
No\tNama\tNo. KIS\tHP Keluarga
1\t[[{nama:wo1}]]\t[[{bpjsp:wo1}]]\t[[{hp:w1}]] (anak)
2\t[[{nama:mo1}]]\t[[{bpjsp:mo1}]]\t[[{hp:m1}]] (cucu)
3\t[[{nama:wo2}]]\t[[{bpjsp:wo2}]]\t-
~~~
DAFTAR CALON PENERIMA BLT KELURAHAN {kel^:1} (hal. 3)
No Nama NIK No. KK RT/RW
11 [[{nama^:w1k}]] [[{nikp:w1k}]] [[{kkp:w1k}]] [[{rtp:w1k}]]
12 [[{nama^:m1k}]] [[{nikp:m1k}]] [[{kkp:m1k}]] [[{rtp:m1k}]]
13 [[{nama^:wo1k}]] [[{nikp:wo1k}]] [[{kkp:wo1k}]] [[{rtp:wo1k}]]
~~~
PENERIMA BEASISWA PEMKOT TAHAP 2
1. [[{nama:wy1}]] - BNI [[{bni:wy1}]] - HP orang tua [[{hp:wo1}]]
2. [[{nama:my1}]] - BNI [[{bni:my1}]] - HP orang tua [[{hp:mo1}]]
3. [[{nama:wy2}]] - BNI [[{bni:wy2}]] - HP orang tua [[{hp:w1}]]
Pencairan di BNI {jln:1} mulai {tgll:d2}.
~~~
DATA OJEK PANGKALAN {psr^:1}
Nama | Nopol | HP
[[{nama:m1}]] | [[{plat:m1}]] | [[{hp:m1}]]
[[{nama:m2}]] | [[{plat:m2}]] | [[{hp:m2}]]
[[{nama:my1}]] | [[{plat:my1}]] | [[{hp:my1}]]
Korlap Pangkalan: {hpk:1}
~~~
BUKU TAMU KELURAHAN {kel^:1} - {tgl:d1}
Jam | Nama | Keperluan | HP
{jam:p1} | [[{nama:w1}]] | surat pindah | [[{hp:w1}]]
{jam:p2} | Kurir JNE | antar paket | {hpk:1}
{jam:p3} | [[{nama:m1}]] | SKTM anak | [[{hp:m1}]]
~~~
REGISTER LAPORAN PENIPUAN - UNIT SIBER
Tgl | Nomor Pelaku | Nama Pelaku | Modus
{tgl:b1} | [[{hp:m1}]] | [[{nama:m1}]] | jual motor bodong lewat FB
{tgl:b2} | {hpk:1} | tidak diketahui | mengaku petugas PLN
{tgl:d1} | [[{hp:w1}]] | [[{nama:w1}]] | arisan online
~~~
USULAN PBI JK BARU
NIK | No. KK | Nama | Kartu lama
[[{nikp:wo1}]] | [[{kkp:wo1}]] | [[{nama:wo1}]] | [[{bpjsp:wo1}]]
[[{nikp:m1}]] | [[{kkp:m1}]] | [[{nama:m1}]] | -
[[{nikp:w1}]] | [[{kkp:w1}]] | [[{nama:w1}]] | [[{bpjsp:w1}]]
~~~
PESERTA PELATIHAN DESAIN GRAFIS BLK KUPANG
1. [[{nama:wy1}]] ({umur:wy1}) [[{mail:wy1}]]
2. [[{nama:my1}]] ({umur:my1}) [[{mail:my1}]]
3. [[{nama:my2}]] ({umur:my2}) [[{mail:my2}]]
Pembukaan {hari:d2}, {tgll:d2}, pukul {pukul:p2}.
~~~
KONTAK KETUA RT KELURAHAN {kel^:1}
RT | Nama Ketua | HP
{nrt:1} | [[{nama:m1}]] | [[{hp:m1}]]
{nrt:2} | [[{nama:w1}]] | [[{hp:w1}]]
{nrt:3} | [[{nama:m2}]] | [[{hp:m2}]]
Kantor Lurah | - | {telk:1}
~~~
PENERIMA BPNT YANG BELUM MENGAMBIL BANTUAN
1. [[{nama:wo1}]] ([[address:{rtl:wo1}]])
2. [[{nama:w1}]] ([[address:{rtl:w1}]])
3. [[{nama:mo1}]] ([[address:{rtl:mo1}]])
Batas pengambilan {tgll:d3} di kantor pos {kel:1}.
~~~
No KK [[{kkp:m1k}]]
1 [[{nama^:m1k}]] [[{nikp:m1k}]] KEPALA KELUARGA
2 [[{nama^:w1k}]] [[{nikp:w1k}]] ISTRI
3 [[name:{dpn^:mc1k} {marga^:m1k}]] [[{nikp:mc1k}]] ANAK
4 [[name:{dpn^:wb1k} {marga^:m1k}]] [[{nikp:wb1k}]] ANAK
~~~
VAKSINASI RABIES KELURAHAN {kel^:1} - {tgl:d1}
Pemilik;HP;Nama hewan;Umur
[[{nama:m1}]];[[{hp:m1}]];{?Bleki|Doki|Tiger};2 th
[[{nama:w1}]];[[{hp:w1}]];{?Snowy|Moli|Coki};8 bln
[[{nama:mo1}]];-;{?Jeki|Bruno|Kopi};4 th
~~~
DATA GURU HONOR UNTUK TPP - {sek^:1}
Nama;NIK;NPWP;Rek. Bank NTT
[[{nama:w1}]];[[{nikp:w1}]];[[{npwpn:w1}]];[[{ntt:w1}]]
[[{nama:m1}]];[[{nikp:m1}]];[[{npwpo:m1}]];[[{ntt:m1}]]
[[{nama:w2}]];[[{nikp:w2}]];[[{npwpn:w2}]];[[{ntt:w2}]]
~~~
DAFTAR PUSKESMAS KOTA KUPANG
Puskesmas | Alamat | Telepon
{pkm:1} | {jln:1} No. {n:1-99a} | {telk:1}
{pkm:2} | {jln:2} No. {n:1-99b} | {telk:2}
{pkm:3} | {jln:3} No. {n:1-99c} | {telk:3}
~~~
TARIF RETRIBUSI PARKIR (PERDA 2026)
Roda 2: Rp {?1.000|2.000}
Roda 4: Rp {?3.000|5.000}
Truk/bus: Rp {?5.000|10.000}
Berlaku mulai {tgll:d2} di {psr:1}, {psr:2} dan {jln:1}.
~~~
JADWAL PELAYANAN DUKCAPIL JEMPUT BOLA
{hari:d1} {tgl:d1} - Kelurahan {kel:1}
{hari:d2} {tgl:d2} - Kelurahan {kel:2}
{hari:d3} {tgl:d3} - Kelurahan {kel:3}
Pukul 09.00-13.00. Bawa KK asli.
~~~
REKAP CETAK KTP-EL BULAN {bln^:d1}
Kecamatan {kec:1}: {n:100-400a}
Kecamatan {kec:2}: {n:100-400b}
Kecamatan {kec:3}: {n:100-400c}
Total blangko tersisa: {n:500-2000d}
~~~
PANGKALAN LPG 3 KG RESMI KECAMATAN {kec^:1}
Pangkalan Berkat | {jln:1} No. {n:1-120a} | {hpk:1}
Pangkalan Sumber Hidup | {jln:2} No. {n:1-120b} | {hpk:2}
Pangkalan Anugerah | {jln:3} No. {n:1-120c} | {hpk:3}
HET Rp {?18.000|19.000}/tabung
~~~
Mitra | Alamat | Telepon
BRI Cabang Kupang | {jln:1} No. {n:1-99a} | {telk:1}
BNI KCP {kel:1} | {jln:2} No. {n:1-99b} | {telk:2}
Bank NTT KCU | {jln:3} No. {n:1-99c} | {telk:3}
~~~
REGISTER PENGADUAN JALAN RUSAK
Tiket | Lokasi | Status
{tiket:1} | {jln:1} | survei
{tiket:2} | {jln:2} | dikerjakan
{tiket:3} | {jln:3} | selesai {tgl:b1}
~~~
JADWAL ANGKUT SAMPAH KELURAHAN {kel^:1}
RT {nrt:1}, RT {nrt:2}: {hari:d1} pagi
RT {nrt:3}, RT {nrt:4}: {hari:d2} pagi
Taruh sampah di depan gang sebelum jam 06.00.
~~~
KUOTA BEASISWA PER SEKOLAH
{sek:1} (NPSN 5{n:1000000-9999999a}): {n:5-20b} siswa
{sek:2} (NPSN 5{n:1000000-9999999c}): {n:5-20d} siswa
{sek:3} (NPSN 5{n:1000000-9999999e}): {n:5-20f} siswa
~~~
DAFTAR KOPERASI AKTIF
Koperasi | NPWP | Rekening
{kop:1} | {npwpb:1} | Bank NTT {rekb:ntt1}
{kop:2} | {npwpb:2} | BRI {rekb:bri2}
{kop:3} | {npwpb:3} | BNI {rekb:bni3}
~~~
DAFTAR HONOR NARASUMBER SOSIALISASI {?STUNTING|PENGELOLAAN SAMPAH|ADMINDUK} - {tgll:d1}
Nama | Instansi/Profesi | NPWP | Honor
[[{nama:w1}]] | bidan praktik | [[{npwpo:w1}]] | Rp {rp:m1}
[[{nama:m1}]] | tokoh masyarakat | [[{npwpn:m1}]] | Rp {rp:m2}
[[{nama:m2}]] | dosen Undana | [[{npwps:m2}]] | Rp {rp:m3}
~~~
REKAP PERMOHONAN PBG RUMAH TINGGAL - {bln^:d1}
Pemohon;NIK;NPWP;Lokasi;Status
[[{nama:m1}]];[[{nikp:m1}]];[[{npwpn:m1}]];Kel. {kel:1};verifikasi
[[{nama:w1}]];[[{nikp:w1}]];[[{npwpo:w1}]];Kel. {kel:2};terbit
[[{nama:m2}]];[[{nikp:m2}]];[[{npwpo:m2}]];Kel. {kel:3};perbaikan gambar
"""

KUPANG_MALAY = """
Selamat siang bapa ibu. Beta [[{nama:wo1}]], janda pensiunan. Gaji pensiun bulan ini sonde masuk
  di beta pung rekening BRI [[{bri:wo1}]]. Taspen bilang data NPWP beta sonde cocok. NPWP lama
  [[{npwps:wo1}]], ma dong bilang sekarang pake NIK sa, [[{npwpn:wo1}]]. Tolong bantu e. Beta
  pung nomor [[{hp:wo1}]]
~~~
Pak, beta mau lapor. Beta pung adik [[{nama:wy1}]], katong panggil dia [[{nick:wy1}]], dapa tipu
  lowongan kerja ke Malaysia. Dong minta uang Rp {rp:l1} deng foto KTP, NIK [[{nik:wy1}]]. Yang
  urus tu orang nama [[{nama:m2}]], nomor [[{hp:m2}]]. Sekarang dia su hilang. Beta
  [[{nama:w1}]], WA [[{hp:w1}]]
~~~
Bapa lurah, got di depan beta pung rumah di [[address:{rmh:m1}, {rt:m1}]] su tasumbat sampah dari
  atas. Kalo ujan aer masuk sampe dapur. Su lapor pak RT ma sonde ada yang datang. Beta
  [[{nama:m1}]]
~~~
Beta pung anak [[name:{dpn:mt1} {marga:m1}]] di {sek:1} sonde dapa PIP ju, padahal katong pung KK
  [[{kkp:m1}]] su masuk DTKS. Guru bilang urus sendiri di dinas. Beta kerja tukang, sonde ada
  waktu. Tolong bantu. Beta pung nomor [[{hp:m1}]] ([[{pgl:m1}]])
~~~
Ada orang pake motor [[{plat:m2}]] tiap malam balap di {jln:1}, ribut sampe jam 2. Dong pung
  rumah di [[address:{rmh:m2}]], bapanya [[{nama:mo2}]]. Su tegur ma dia marah balik. Tolong
  polisi datang. Dari [[{pgl:w1}]], [[address:{rtl:w1}]]
~~~
Mama beta [[{nama:wo1}]] su 3 bulan sonde dapa beras bansos. Di kelurahan dong bilang mama pung
  NIK [[{nikp:wo1}]] sonde ada di data. Padahal taun lalu dapa. Beta anak, [[{nama:w1}]], nomor
  [[{hp:w1}]]
~~~
Beta pung KK [[{kkg:m1}]] tatulis beta pung nama [[{salah:m1}]], salah ketik. Beta pung nama yang
  betul [[{nama:m1}]]. Su dua kali pi Dukcapil, dong suru tunggu sa. Beta perlu KK untuk daftar
  anak sekolah. HP [[{hp:m1}]], email [[{maild:m1}]]
~~~
Ini nomor [[{hp:m2}]] punya [[{nama:m2}]], dia pinjam beta pung uang Rp {rp:m1} bilang mau bayar
  rumah sakit. Su 4 bulan sonde kembali, WA ju sonde balas. Beta [[{nama:w1}]] tinggal di
  [[address:{rtl:w1}]], mau lapor ke mana?
~~~
Beta mau tanya, NPWP beta yang lama [[{npwpo:m1}]] masih bisa pake ko sonde? Bendahara sekolah
  minta NPWP untuk beta pung honor, dong bilang su ganti NIK. Beta pung NIK [[{nikp:m1}]].
  Terima kasih. [[{pgl:m1}]], guru honor di {sek:1}
~~~
Beta pung bapa [[{nama:mo1}]] masuk {rs:1} pake BPJS [[{bpjs:mo1}]], ma dong suru beli obat
  sendiri Rp {rp:m1}. Katanya obat kosong. Bapa su tua, uang sonde ada. Beta [[name:{dpn:w1}
  {marga:mo1}]], HP [[{hp:w1}]]
~~~
Tetangga [[{nama:w2}]] di [[address:{rmh:w2}]] tiap hari bakar sampah plastik, asap masuk beta
  pung rumah. Beta pung anak [[{dpn:wc1}]] batuk terus. Su omong baik-baik ma dia sonde mau
  dengar. Beta [[{nama:w1}]], [[{hp:w1}]]
~~~
Katong su bayar uang komite Rp {rp:a1} ke rekening BRI [[{bri:w2}]] a.n. [[{nama:w2}]], bendahara
  komite. Ma anak dong masih dapa tagih lai di sekolah. Bukti transfer ada. Beta [[{nama:m1}]],
  bapa dari [[{dpn:mt1}]]
~~~
Oto pick-up [[{plat:m2}]] tabrak beta pung pagar malam kemarin trus lari. Beta su foto nomor
  polisi. Rumah beta [[address:{rmh:m1}]]. Tolong polisi cari. [[{nama:m1}]] [[{hp:m1}]]
~~~
Beta pung KTP ilang waktu di {psr:1}. NIK [[{nik:w1}]]. Beta su buat surat kehilangan di polsek
  ma Dukcapil minta KK asli, KK [[{kkp:w1}]] ada di beta pung kaka di {asal:w1}. Bisa pake
  fotokopi sa ko? [[{nama:w1}]]
~~~
Ada orang, namanya [[{nama:m2}]], ngaku dari Dinas Sosial lewat WA [[{hp:m2}]], minta katong
  kirim NIK deng KK untuk bantuan. Beta su kirim beta pung NIK [[{nikp:w1}]] baru sadar.
  Sekarang bagaimana? Beta [[{nama:w1}]]
~~~
Pak, meter aer PDAM di beta pung rumah [[address:{rmh:m1}]] jalan terus padahal aer sonde kaluar.
  Tagihan bulan ini Rp {rp:a1}. Beta pung nomor sambungan {samb:1}. Kalo petugas mau datang
  telpon beta [[{hp:m1}]] atau beta pung maitua [[{hp:w1}]]
~~~
Permisi, beta mau daftar usaha jual ikan asar. Petugas OSS minta NPWP, beta sonde punya. Beta
  pake NIK sa boleh ko? [[{nikp:w1}]]. Beta pung nama [[{nama:w1}]], tinggal di
  [[address:{blok:w1}]]
~~~
Jalan di {jln:1} dekat {pkm:1} talobang besar, oto deng motor tabalek su banyak kali. Tolong PUPR
  datang tambal sebelum ada yang mati
~~~
Anjing liar di {psr:1} banyak sekali, kemarin ada anak sekolah dapa gigit. Dinas Peternakan
  tolong tangkap dong
~~~
Puskesmas di {kel:1} hari Sabtu jam 11 su tutup, padahal papan tulis buka sampe jam 12. Katong
  datang jauh-jauh pulang sonde dapa periksa
~~~
Harga aer tangki naik sendiri jadi Rp {?150.000|175.000|200.000} satu tangki 5000 liter. Depot
  bilang solar naik. Katong di {kel:1} sonde ada aer PDAM, terpaksa beli. Pemerintah tolong atur
  harga
~~~
Asap dari TPA Alak masuk sampe {kel:1}, malam-malam bau sampe sesak. Su taun-taun begini. DLH
  tolong urus
~~~
Sopir bemo jurusan {kel:1} sonde mau angkut anak sekolah, bilang bayar kurang. Katong pung anak
  dong jalan kaki pulang. Dishub tolong tegur
~~~
Ada WA {hpk:1} ngaku admin Dukcapil, bilang KTP katong su diblokir, suru klik link. Tipu-tipu
  itu, bapa mama jang percaya
~~~
Antrian di Dukcapil dari pagi jam 6 katong su datang, nomor antrian {antri:1} baru dapa panggil
  jam {jam:s1}. Email pengaduan.dukcapil@kupangkota.go.id ju sonde balas. Tolong tambah petugas
~~~
Lampu merah di simpang {jln:1} su mati dua minggu, oto deng motor baku tabrak. Polisi ju sonde
  jaga. Dishub tolong perbaiki
~~~
Beta pung laki [[{nama:m1}]] su meninggal bulan lalu. Dia pung NPWP lama [[{npwpo:m1}]] masih ada
  tagihan SPT. Beta pung NPWP sendiri sama deng NIK, [[{npwpn:w1}]]. Kantor pajak bilang harus
  urus hapus NPWP. Bagaimana caranya? Beta [[{nama:w1}]], HP [[{hp:w1}]]
"""

STYLES = {
    "sms_1708": SMS_1708,
    "wa_chat": WA_CHAT,
    "lapor_form": LAPOR_FORM,
    "email_thread": EMAIL_THREAD,
    "call_note": CALL_NOTE,
    "social_post": SOCIAL_POST,
    "letter_minutes": LETTER_MINUTES,
    "ocr_scan": OCR_SCAN,
    "register_notice": REGISTER_NOTICE,
    "kupang_malay": KUPANG_MALAY,
}


if __name__ == "__main__":
    main()
