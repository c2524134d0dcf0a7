"""Write the seventh blind redaction corpus, ``redaction_blind_v7.jsonl``.

The texts are hand-written templates. Personal data is marked inline as ``[[kind:value]]`` (the
kind written short: ``n`` name, ``a`` address, ``ph`` phone, ``e`` email, ``rek`` bank account;
``nik``, ``kk``, ``npwp``, ``bpjs`` and ``plate`` as they are). Values are filled in from
placeholders: ``{p1.full}`` is the full name of the text's first person (``m1``/``f1`` for a man
or a woman), ``{p1.nik}`` that person's NIK, ``{kel}`` a kelurahan and so on; a modifier after
``!`` changes the writing (``!u`` capitals, ``!l`` lower case, ``!t`` title case, ``!fw``
full-width, ``!nb`` no-break spaces, ``!zw`` zero-width spaces inside, ``!ocr`` OCR letters for
digits, ``!ocrn`` an OCR slip in a name), also on a literal (``{=NIK!fw}``). Dates, times,
amounts and RT numbers rise within a text (``{date}`` before ``{date2}``). ``{~a|b}`` picks one of
its branches. The script strips the markers, writes
exact character offsets and checks every span: non-empty, equal to its value, no space or
punctuation at either end (a phone may open with ``+`` or ``(``), no overlaps, a kind from the
guide; and that no placeholder or marker is left, no text is there twice, and the corpus has its
size. Every value comes from ``random.Random(20261221)``: the output is the same on every run.

Run from the repository's root::

    python tests/data/blind/make_redaction_blind_v7.py
"""

from __future__ import annotations

import datetime
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path
from typing import NoReturn

SEED = 20261221
OUT = Path(__file__).with_name("redaction_blind_v7.jsonl")
WITH_DATA_PER_STYLE = 38
WITHOUT_DATA_PER_STYLE = 20
MIN_TEXTS = 560
MIN_SPANS = 1100
MIN_PER_KIND = 30
#: The kinds, in the order of their counts (most first).
KIND_ORDER = (
    "name",
    "phone",
    "address",
    "nik",
    "email",
    "npwp",
    "kk",
    "bpjs",
    "bank_account",
    "plate",
)
SHORT = {
    "n": "name",
    "a": "address",
    "ph": "phone",
    "e": "email",
    "rek": "bank_account",
    "nik": "nik",
    "kk": "kk",
    "npwp": "npwp",
    "bpjs": "bpjs",
    "plate": "plate",
}
NBSP = "\u00a0"
ZWSP = "\u200b"

# ---------------------------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------------------------

MALE = (
    "Yohanes",
    "Yakob",
    "Marthen",
    "Dominggus",
    "Frans",
    "Petrus",
    "Paulus",
    "Kornelis",
    "Ferdinand",
    "Oktovianus",
    "Yosef",
    "Herman",
    "Sefnat",
    "Agus",
    "Melkianus",
    "Stefanus",
    "Arnoldus",
    "Daniel",
    "Simon",
    "Matheus",
    "Nikodemus",
    "Viktor",
    "Aleksander",
    "Yermias",
    "Ruben",
    "Benyamin",
    "Obed",
    "Gustaf",
    "Hendrik",
    "Fredrik",
    "Yulius",
    "Markus",
    "Lukas",
    "Roni",
    "Jefri",
    "Made",
    "Ketut",
    "Wayan",
    "Budi",
    "Joko",
    "Slamet",
    "Ahmad",
    "Hasan",
    "Abdullah",
    "Yusuf",
    "Ridwan",
    "Hendra",
    "Ricky",
    "Nelson",
    "Alfons",
    "Anselmus",
    "Gabriel",
    "Laurens",
    "Mikael",
    "Blasius",
    "Emanuel",
    "Rofinus",
    "Primus",
    "Semuel",
    "Ishak",
    "Elias",
    "Adrianus",
    "Godlief",
    "Jermias",
    "Zakarias",
    "Hironimus",
    "Maksimus",
    "Yeremias",
    "Aris",
    "Deni",
    "Fajar",
    "Irfan",
    "Kristian",
    "Yunus",
    "Welem",
    "Robert",
)
FEMALE = (
    "Maria",
    "Agustina",
    "Yuliana",
    "Selfi",
    "Elisabeth",
    "Gracia",
    "Novi",
    "Meri",
    "Ance",
    "Lodia",
    "Marselina",
    "Yanti",
    "Erni",
    "Vivi",
    "Dewi",
    "Rosalina",
    "Sofia",
    "Ribka",
    "Debora",
    "Yohana",
    "Martha",
    "Margaretha",
    "Kristina",
    "Theresia",
    "Fransiska",
    "Veronika",
    "Yustina",
    "Magdalena",
    "Helena",
    "Ester",
    "Naomi",
    "Sarlota",
    "Orpa",
    "Mince",
    "Welmince",
    "Dorkas",
    "Siti",
    "Fatimah",
    "Nurhayati",
    "Aisyah",
    "Wahyuni",
    "Yenny",
    "Lily",
    "Susan",
    "Angela",
    "Anita",
    "Rini",
    "Ratna",
    "Marlin",
    "Serly",
    "Putu",
    "Oktavia",
    "Yuni",
    "Febri",
    "Santi",
    "Irene",
    "Lusia",
    "Ermelinda",
    "Adriana",
    "Paulina",
    "Yasinta",
    "Rosa",
    "Herlina",
    "Juliana",
    "Delfi",
)
COMPOUND_MALE = (
    "Yohanes Paulus",
    "Petrus Kanisius",
    "Fransiskus Xaverius",
    "Yosef Arnoldus",
    "Mikael Yoseph",
    "Antonius Dony",
    "Mesakh Yunus",
)
COMPOUND_FEMALE = (
    "Maria Goreti",
    "Anna Maria",
    "Maria Imakulata",
    "Yohana Fransiska",
    "Maria Yasinta",
    "Siti Nurhaliza",
    "Maria Magdalena",
)
FAMILY = (
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
    "Ratu",
    "Lobo",
    "Sabneno",
    "Selan",
    "Adoe",
    "Haba",
    "Kapitan",
    "Uly",
    "Nahak",
    "Bire",
    "Daeng",
    "Neonufa",
    "Ga Lena",
    "Dju Dara",
    "Dethan",
    "Foenay",
    "Lona",
    "Ndoen",
    "Messakh",
    "Nalle",
    "Henuk",
    "Ndolu",
    "Pello",
    "Tungga",
    "Rohi",
    "Kana",
    "Lado",
    "Wadu",
    "Dida",
    "Tafuli",
    "Nenometa",
    "Banunaek",
    "Tlonaen",
    "Nubatonis",
    "Oematan",
    "Taneo",
    "Da Costa",
    "Parera",
    "Fernandez",
    "Da Silva",
    "Wuwur",
    "Koten",
    "Seran",
    "Maro",
    "Laukamang",
    "Padabang",
    "Malaikosa",
    "Zacharias",
    "Saudale",
    "Santoso",
    "Wibowo",
    "Prasetyo",
    "Hartono",
    "Suardana",
    "Mappiasse",
    "Liem",
    "Halim",
    "Wijaya",
    "Gunawan",
    "Bachmid",
    "Alkatiri",
    "Assegaf",
    "Bahasuan",
    "Kareri",
    "Hunga",
    "Ndapamerang",
    "Lakapu",
    "Dupe",
    "Leo",
    "Tallo",
    "Nope",
    "Mesah",
    "Kause",
    "Boimau",
    "Djami",
    "Manek",
    "Bria",
    "Klau",
    "Atok",
    "Sinlae",
)
NICKNAMES = (
    "Ati",
    "Ose",
    "Eto",
    "Ecy",
    "Ilo",
    "Ipi",
    "Obi",
    "Teti",
    "Uci",
    "Ela",
    "Nyoter",
    "Ongen",
)
BIRTHPLACES = (
    "KUPANG",
    "SOE",
    "KEFAMENANU",
    "ATAMBUA",
    "BAA",
    "SEBA",
    "KALABAHI",
    "WAINGAPU",
    "ENDE",
    "MAUMERE",
    "LARANTUKA",
    "RUTENG",
    "BAJAWA",
    "OELAMASI",
    "BETUN",
    "DENPASAR",
    "MAKASSAR",
)
JOBS = (
    "WIRASWASTA",
    "PETANI/PEKEBUN",
    "PELAJAR/MAHASISWA",
    "MENGURUS RUMAH TANGGA",
    "KARYAWAN SWASTA",
    "GURU",
    "PEGAWAI NEGERI SIPIL",
    "NELAYAN/PERIKANAN",
    "SOPIR",
    "PEDAGANG",
    "BELUM/TIDAK BEKERJA",
    "BURUH HARIAN LEPAS",
    "TUKANG KAYU",
)
RELIGIONS = ("KRISTEN", "KRISTEN", "KATHOLIK", "KATHOLIK", "ISLAM", "HINDU")
# Kota Kupang's kelurahan and kecamatan, and other NTT places.
KELURAHAN = (
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Oesapa",
    "Oesapa Barat",
    "Oesapa Selatan",
    "Lasiana",
    "Kelapa Lima",
    "Pasir Panjang",
    "Fatululi",
    "Oetete",
    "Naikoten I",
    "Naikoten II",
    "Naikolan",
    "Bakunase",
    "Bakunase II",
    "Kuanino",
    "Nunleu",
    "Fontein",
    "Airnona",
    "Oepura",
    "Sikumana",
    "Bello",
    "Fatukoa",
    "Naimata",
    "Penfui",
    "Maulafa",
    "Kolhua",
    "Namosain",
    "Nunbaun Sabu",
    "Nunbaun Delha",
    "Alak",
    "Manulai II",
    "Manutapen",
    "Fatufeto",
    "Mantasi",
    "Penkase Oeleta",
    "Batuplat",
    "Belo",
    "Merdeka",
    "Solor",
    "Oeba",
    "Fatubesi",
    "Tode Kisar",
    "Nefonaek",
    "Bonipoi",
    "Airmata",
    "Lai-Lai Besi Kopan",
    "Oebananta",
)
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Nangka",
    "Sukun",
    "Kenari",
    "Kelinci",
    "Rote",
    "Sumba",
    "Flores",
    "Alor",
    "Amabi",
    "Herewila",
    "Jambu",
    "Mangga",
    "Kejora",
    "Bakti",
    "Fetor Funay",
    "Kamboja",
    "Bajawa",
    "Sam Ratulangi",
    "Veteran",
    "Oepoi",
    "R.A. Kartini",
    "Jati",
    "Matani",
    "Kancil",
    "Rusa",
    "Kakatua",
    "Merpati",
    "Perkutut",
    "Nuri",
    "Cemara",
    "Beringin",
    "Mahoni",
    "Lontar",
    "Gewang",
    "Manggis",
    "Delima",
    "Salak",
    "Srikaya",
    "Anggrek",
    "Melati",
    "Mawar",
    "Kenanga",
    "Teratai",
    "Dahlia",
    "Adisucipto",
    "Perintis Kemerdekaan",
    "W.J. Lalamentik",
    "Frans Seda",
    "Piet A. Tallo",
    "Timor Raya",
    "Suratim",
    "Kolhua",
    "Nefo",
    "Oekam",
    "Samratulangi III",
    "Bundaran PU",
    "Tompello",
    "Air Lobang",
    "Pulau Indah",
    "Sumatera",
    "Bimoku",
    "Yos Sudarso",
    "Pahlawan",
    "Cendana",
    "Kedondong",
    "Durian",
)
LANES = (
    "Kakatua",
    "Sepakat",
    "Damai",
    "Rukun",
    "Melati",
    "Kelor",
    "Asoka",
    "Nusa",
    "Sejahtera",
    "Harapan",
    "Pisang",
    "Jeruk",
    "Pelita",
    "Beo",
    "Cendrawasih",
)
COMPLEXES = (
    ("Perumnas", "Blok Kenanga"),
    ("Perum BTN Kolhua", "Blok"),
    ("Perumahan Griya Nusantara", "Blok"),
    ("Kompleks Perumnas", "Blok Flamboyan"),
    ("Perum Citra Land Oesapa", "Blok"),
    ("Perumahan Oebufu Indah", "Blok"),
    ("Kompleks Asrama Polri Oebobo", "Blok"),
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. W.J. Lalamentik",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Adisucipto",
    "Jl. Perintis Kemerdekaan",
    "Jl. Amabi",
    "Jl. Kelinci",
    "Jl. Cak Doko",
    "Jl. Moh. Hatta",
    "Jl. Sudirman",
    "Jl. Herewila",
    "Jl. Bundaran PU",
    "Jl. Jenderal Ahmad Yani",
    "Jl. Siliwangi",
    "Jl. Eltari II",
    "Jl. Oekam",
    "Jl. Fetor Funay",
    "Jl. Matani Raya",
    "Jl. Kejora",
    "Jl. R.A. Kartini",
    "Jl. Nangka",
    "Jl. Sam Ratulangi",
)
PUSKESMAS = (
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Bakunase",
    "Puskesmas Oesapa",
    "Puskesmas Pasir Panjang",
    "Puskesmas Alak",
    "Puskesmas Naioni",
    "Puskesmas Penfui",
    "Puskesmas Kupang Kota",
    "Puskesmas Oepoi",
    "Puskesmas Manutapen",
    "Puskesmas Kota Kupang",
)
HOSPITALS = (
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS Siloam Kupang",
    "RS Mamami",
    "RSIA Dedari",
    "RS Leona",
    "RS Kartini",
)
SCHOOLS = (
    "SD Inpres Oepura 2",
    "SD Inpres Liliba",
    "SDN Oetete 1",
    "SMPN 5 Kupang",
    "SMPN 2 Kupang",
    "SMPN 11 Kupang",
    "SMAN 1 Kupang",
    "SMAN 3 Kupang",
    "SMKN 2 Kupang",
    "SDK St. Yoseph 2",
    "SMPK St. Theresia",
    "SD GMIT Oebufu",
    "SMAN 5 Kupang",
    "SD Inpres Naikoten 1",
)
MARKETS = (
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Kuanino",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Lili",
)
CHURCHES = (
    "Gereja GMIT Paulus",
    "Gereja GMIT Kota Baru",
    "Gereja Katedral Kristus Raja",
    "GMIT Imanuel Oepura",
    "Gereja St. Yoseph Naikoten",
    "Masjid Raya Nurusaadah",
)
OFFICES = (
    "Dinas Dukcapil",
    "Dinas PUPR",
    "DLHK",
    "Dinas Sosial",
    "Dinas Perhubungan",
    "Bapenda",
    "Satpol PP",
    "Dinas Kesehatan",
    "Dinas Pendidikan dan Kebudayaan",
    "Kantor Camat Oebobo",
    "Kantor Kelurahan Oesapa",
    "PDAM",
    "PLN UP3 Kupang",
    "Samsat Kupang",
    "BPJS Kesehatan",
    "Dinas Perumahan dan Kawasan Permukiman",
    "DPMPTSP",
    "Dinas Koperasi",
)
BANK_FORMS = ("BRI", "BRI", "Bank NTT", "Bank NTT", "BNI", "Mandiri", "BCA")
MOBILE_PREFIXES = (
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0815",
    "0816",
    "0857",
    "0858",
    "0817",
    "0818",
    "0819",
    "0877",
    "0878",
    "0838",
    "0895",
    "0896",
    "0881",
    "0882",
)
MAIL_HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "icloud.com",
    "rocketmail.com",
)
WORK_HOSTS = (
    "kupangkota.go.id",
    "nttprov.go.id",
    "staf.undana.ac.id",
    "guru.smp.belajar.id",
    "guru.sd.belajar.id",
    "kemenag.go.id",
    "bankntt.co.id",
)
PLATE_AREAS = ("DH", "DH", "DH", "DH", "EB", "ED")
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
REGIONS = ("5371",) * 8 + (
    "5301",
    "5301",
    "5302",
    "5303",
    "5304",
    "5305",
    "5306",
    "5307",
    "5310",
    "5311",
    "5314",
    "5320",
    "5321",
)

# ---------------------------------------------------------------------------------------------
# Writings
# ---------------------------------------------------------------------------------------------

FULL_WIDTH = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in string.ascii_letters + string.digits + ".-/:"}
)
OCR_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_LETTERS = {"S": "5", "O": "0", "I": "1", "B": "8", "A": "4", "G": "6"}


def ocr_digits(rng: random.Random, value: str) -> str:
    """Read one to three digits of ``value`` as letters, the way a scan or a hurried hand does."""
    places = [i for i, c in enumerate(value) if c in OCR_DIGITS]
    chars = list(value)
    for i in rng.sample(places, min(len(places), rng.randint(1, 3))):
        chars[i] = OCR_DIGITS[chars[i]]
        if chars[i] == "l" and rng.random() < 0.3:
            chars[i] = "I"
    return "".join(chars)


def ocr_name(rng: random.Random, value: str) -> str:
    """A scan's slip in a name in capitals: a stray space inside a word, or a digit for a letter."""
    words = value.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    swappable = [i for i, c in enumerate(word) if c in OCR_LETTERS and i > 0]
    if swappable and rng.random() < 0.5:
        i = rng.choice(swappable)
        word = word[:i] + OCR_LETTERS[word[i]] + word[i + 1 :]
    else:
        i = rng.randint(2, max(2, len(word) - 2))
        word = word[:i] + " " + word[i:]
    words[longest] = word
    return " ".join(words)


def zero_width(rng: random.Random, value: str) -> str:
    """Put one or two zero-width spaces between letters or digits inside ``value``."""
    places = [i for i in range(1, len(value)) if value[i - 1].isalnum() and value[i].isalnum()]
    chosen = sorted(rng.sample(places, min(len(places), rng.randint(1, 2))), reverse=True)
    for i in chosen:
        value = value[:i] + ZWSP + value[i:]
    return value


MODIFIERS = {
    "u": lambda rng, value: value.upper(),
    "l": lambda rng, value: value.lower(),
    "t": lambda rng, value: value.title(),
    "fw": lambda rng, value: value.translate(FULL_WIDTH),
    "nb": lambda rng, value: value.replace(" ", NBSP),
    "zw": zero_width,
    "ocr": ocr_digits,
    "ocrn": ocr_name,
}


def modify(rng: random.Random, value: str, modifier: str) -> str:
    """Apply one writing modifier (see the module's docstring)."""
    return MODIFIERS[modifier](rng, value)


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def group(value: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(value[at : at + size])
        at += size
    if at < len(value):
        parts.append(value[at:])
    return sep.join(p for p in parts if p)


class Person:
    """A made-up person: a name and the identity numbers, contacts and home that go with it."""

    def __init__(self, rng: random.Random, female: bool, taken: set[str]) -> None:
        self.rng = rng
        self.female = female
        while True:
            if rng.random() < 0.12:
                given = rng.choice(COMPOUND_FEMALE if female else COMPOUND_MALE)
            else:
                given = rng.choice(FEMALE if female else MALE)
            family = rng.choice(FAMILY)
            if given.split()[0] not in taken and family not in taken:
                break
        taken.update({given.split()[0], family})
        self.given = given
        self.family = family
        self.cache: dict[str, str] = {}
        self.birth = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1952, 2008))
        self.region = rng.choice(REGIONS)
        self.bank = rng.choice(BANK_FORMS)

    def get(self, attr: str) -> str:
        if attr not in self.cache:
            self.cache[attr] = getattr(self, "_" + attr)()
        return self.cache[attr]

    # names
    def _full(self) -> str:
        return f"{self.given} {self.family}"

    def _first(self) -> str:
        return self.given.split()[0]

    def _given(self) -> str:
        return self.given

    def _fam(self) -> str:
        return self.family

    def _init(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def _mid(self) -> str:
        middle = self.rng.choice("ABDEFHJKLMNRSTY")
        return f"{self.given.split()[0]} {middle}. {self.family}"

    def _typo(self) -> str:
        fam = self.family
        i = self.rng.randint(1, len(fam) - 2)
        if fam[i] == " ":
            i -= 1
        fam = fam[:i] + (fam[i] * 2 if self.rng.random() < 0.5 else "") + fam[i + 1 :]
        if fam == self.family:
            fam = self.family[:-1] + "i"
        return f"{self.given} {fam}"

    def _nick(self) -> str:
        return self.rng.choice(NICKNAMES)

    # numbers
    def _nikraw(self) -> str:
        day, month, year = self.birth
        day += 40 if self.female else 0
        district = f"{self.rng.randint(1, 6):02d}"
        serial = f"{self.rng.randint(1, 60):04d}"
        return f"{self.region}{district}{day:02d}{month:02d}{year % 100:02d}{serial}"

    def _nik(self) -> str:
        return self.get("nikraw")

    def _nikg(self) -> str:
        return group(self.get("nikraw"), (4, 4, 4, 4), " ")

    def _nikd(self) -> str:
        n = self.get("nikraw")
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"

    def _nika(self) -> str:
        return self.get("nikraw")[:8]

    def _nikb(self) -> str:
        return self.get("nikraw")[8:]

    def _nik15(self) -> str:
        n = self.get("nikraw")
        i = self.rng.randint(6, 14)
        return n[:i] + n[i + 1 :]

    def _nik17(self) -> str:
        n = self.get("nikraw")
        i = self.rng.randint(6, 15)
        return n[:i] + n[i] + n[i:]

    def _kkraw(self) -> str:
        district = f"{self.rng.randint(1, 6):02d}"
        issued = f"{self.rng.randint(1, 28):02d}{self.rng.randint(1, 12):02d}"
        year = f"{self.rng.randint(5, 25):02d}"
        return f"{self.region}{district}{issued}{year}{self.rng.randint(1, 40):04d}"

    def _kk(self) -> str:
        return self.get("kkraw")

    def _kkg(self) -> str:
        return group(self.get("kkraw"), (4, 4, 4, 4), " ")

    def _npwpraw(self) -> str:
        head = self.rng.choice(("24", "25", "57", "66", "71", "80", "83", "85", "86", "91", "09"))
        return head + digits(self.rng, 7) + "92" + str(self.rng.randint(0, 2)) + "000"

    def _npwp(self) -> str:
        n = self.get("npwpraw")
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"

    def _npwp16(self) -> str:
        return self.get("nikraw")

    def _npwp0(self) -> str:
        return "0" + self.get("npwpraw")

    def _mobile(self) -> str:
        prefix = self.rng.choice(MOBILE_PREFIXES)
        return prefix + digits(self.rng, self.rng.choice((7, 8, 8, 8, 8, 9)))

    def _hp0(self) -> str:
        return self.get("mobile")

    def _hpsa(self) -> str:
        return group(self.get("mobile")[:8], (4, 4), " ")

    def _hpsb(self) -> str:
        return self.get("mobile")[8:]

    def _hpd(self) -> str:
        return group(self.get("mobile"), (4, 4), "-")

    def _hps(self) -> str:
        return group(self.get("mobile"), (4, 4), " ")

    def _hpdot(self) -> str:
        return group(self.get("mobile"), (4, 4), ".")

    def _hpi(self) -> str:
        rest = self.get("mobile")[1:]
        return "+62 " + group(rest, (3, 4), "-")

    def _hpi2(self) -> str:
        return "+62" + self.get("mobile")[1:]

    def _hp62(self) -> str:
        return "62" + self.get("mobile")[1:]

    def _hp62s(self) -> str:
        return "62 " + group(self.get("mobile")[1:], (3, 4), " ")

    def _hp(self) -> str:
        return self.get(self.rng.choice(("hp0", "hp0", "hpd", "hps", "hpdot", "hpi", "hpi2")))

    def _tel(self) -> str:
        rest = "8" + digits(self.rng, 5)
        return self.rng.choice(
            (f"0380 {rest}", f"(0380) {rest[:4]} {rest[4:]}", f"0380-{rest[:3]} {rest[3:]}")
        )

    def _mailuser(self) -> str:
        first = self.given.split()[0].lower()
        fam = self.family.lower().replace(" ", "")
        number = str(self.rng.randint(1, 99)) if self.rng.random() < 0.6 else ""
        return self.rng.choice(
            (
                f"{first}.{fam}{number}",
                f"{first}_{fam}{number}",
                f"{fam}{first}{number}",
                f"{first}{number}{fam[:3]}",
                f"{first[0]}{fam}{number}",
                f"{fam}.{first}",
                f"{first}{fam}{self.birth[2]}",
            )
        )

    def _mail(self) -> str:
        return f"{self.get('mailuser')}@{self.rng.choice(MAIL_HOSTS)}"

    def _mailw(self) -> str:
        first = self.given.split()[0].lower()
        fam = self.family.lower().replace(" ", "")
        return f"{first}.{fam}@{self.rng.choice(WORK_HOSTS)}"

    def _mailguru(self) -> str:
        first = self.given.split()[0].lower()
        fam = self.family.lower().replace(" ", "")
        level = self.rng.choice(("sd", "smp"))
        return f"{first}.{fam}@guru.{level}.belajar.id"

    def _mailkota(self) -> str:
        first = self.given.split()[0].lower()
        fam = self.family.lower().replace(" ", "")
        return f"{first}.{fam}@kupangkota.go.id"

    def _maild(self) -> str:
        user = self.get("mailuser")
        host = self.rng.choice(("gmail", "yahoo", "ymail", "outlook"))
        return self.rng.choice(
            (
                f"{user} @ {host}.com",
                f"{user}@ {host} .com",
                f"{user}(at){host}.com",
                f"{user} [at] {host} [dot] com",
                f"{user} at {host} dot com",
                f"{user}(keong){host}.com",
                f"{user}(et){host}.com",
                f"{user}[@]{host}.com",
                f"{user} @{host}.com",
                f"{user}@{host}(titik)com",
                f"{user}@{host} titik com",
                user.replace(".", " [dot] ") + f" [at] {host} [dot] com",
            )
        )

    def _bpjs(self) -> str:
        return "000" + digits(self.rng, 10)

    def _bpjsg(self) -> str:
        return group(self.get("bpjs"), (4, 4, 4), " ")

    def _rek(self) -> str:
        bank = self.bank
        if bank == "BRI":
            n = digits(self.rng, 4) + "01" + digits(self.rng, 9)
            if self.rng.random() < 0.6:
                return f"{n[:4]}-{n[4:6]}-{n[6:12]}-{n[12:14]}-{n[14]}"
            return n
        if bank == "Bank NTT":
            n = "0" + digits(self.rng, 2) + ".0" + digits(self.rng, 1) + ".0"
            return n + digits(self.rng, 1) + "." + digits(self.rng, 6) + "-" + digits(self.rng, 1)
        if bank == "BNI":
            head = self.rng.choice(("0", "08", "1", "2"))
            return head + digits(self.rng, 10 - len(head))
        if bank == "Mandiri":
            n = "1" + self.rng.choice(("61", "80", "43")) + "00" + digits(self.rng, 8)
            return n if self.rng.random() < 0.5 else f"{n[:3]}-{n[3:5]}-{n[5:12]}-{n[12:]}"
        return self.rng.choice(("315", "034", "785", "198")) + digits(self.rng, 7)

    def _bank(self) -> str:
        return self.bank

    def _plate(self) -> str:
        area = self.rng.choice(PLATE_AREAS)
        number = str(self.rng.randint(1001, 9899))
        letters = "".join(
            self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.choice((1, 2, 2)))
        )
        return f"{area} {number} {letters}"

    def _platens(self) -> str:
        return self.get("plate").replace(" ", "")

    # home
    def _street(self) -> str:
        return self.rng.choice(HOME_STREETS)

    def _houseno(self) -> str:
        number = str(self.rng.randint(1, 140))
        if self.rng.random() < 0.12:
            number += self.rng.choice("ABC")
        return number

    def _jl(self) -> str:
        street, no = self.get("street"), self.get("houseno")
        return self.rng.choice(
            (
                f"Jl. {street} No. {no}",
                f"Jl. {street} No. {no}",
                f"Jl. {street} No {no}",
                f"Jln. {street} no. {no}",
                f"Jalan {street} Nomor {no}",
                f"Jl {street} no {no}",
            )
        )

    def _rtn(self) -> str:
        return str(self.rng.randint(1, 42))

    def _rwn(self) -> str:
        return str(self.rng.randint(1, 14))

    def _rtrw(self) -> str:
        rt, rw = int(self.get("rtn")), int(self.get("rwn"))
        return self.rng.choice(
            (
                f"RT {rt:02d} RW {rw:02d}",
                f"RT {rt:03d}/RW {rw:03d}",
                f"RT {rt}/RW {rw}",
                f"RT {rt:02d}/RW {rw:02d}",
                f"RT.{rt:02d}/RW.{rw:02d}",
                f"RT {rt} RW {rw}",
                f"RT{rt:02d}/RW{rw:02d}",
            )
        )

    def _rt(self) -> str:
        rt = int(self.get("rtn"))
        return f"RT {rt}" if self.rng.random() < 0.5 else f"RT {rt:02d}"

    def _ktprt(self) -> str:
        return f"{int(self.get('rtn')):03d}/{int(self.get('rwn')):03d}"

    def _jlrt(self) -> str:
        return f"{self.get('jl')}{self.rng.choice((', ', ' ', ' '))}{self.get('rtrw')}"

    def _gg(self) -> str:
        lane = self.rng.choice(LANES)
        return self.rng.choice(
            (
                f"Gg. {lane} No. {self.get('houseno')}",
                f"Jl. {self.get('street')} Gg. {self.rng.randint(1, 9)} No. {self.get('houseno')}",
                f"Lr. {lane} No. {self.get('houseno')}",
                f"Gang {lane} No {self.get('houseno')}",
            )
        )

    def _blok(self) -> str:
        complex_, block = self.rng.choice(COMPLEXES)
        letter = self.rng.choice("ABCDEFGHJK")
        block = f"{block} {letter}" if block == "Blok" else f"{block} Blok {letter}"
        return f"{complex_} {block} No. {self.get('houseno')}"

    def _kel(self) -> str:
        return self.rng.choice(KELURAHAN)

    def _kec(self) -> str:
        return self.rng.choice(KECAMATAN)

    # other fields (never labelled)
    def _bday(self) -> str:
        day, month, year = self.birth
        return f"{day:02d}-{month:02d}-{year}"

    def _ttl(self) -> str:
        return f"{self.rng.choice(BIRTHPLACES)}, {self.get('bday')}"

    def _age(self) -> str:
        return str(2026 - self.birth[2])

    def _job(self) -> str:
        return self.rng.choice(JOBS)

    def _agama(self) -> str:
        return self.rng.choice(RELIGIONS)

    def _sex(self) -> str:
        return "PEREMPUAN" if self.female else "LAKI-LAKI"


# ---------------------------------------------------------------------------------------------
# Values that are not personal data
# ---------------------------------------------------------------------------------------------


def _dates(rng: random.Random) -> list[int]:
    """Day numbers that rise, so that a chronology's dates follow each other."""
    day = rng.randint(0, 600)
    days = []
    for _ in range(SEQUENCE_LENGTH):
        days.append(day)
        day += rng.randint(1, 21)
    return days


def _date(rng: random.Random, day_number: int) -> str:
    when = FIRST_DAY + datetime.timedelta(days=day_number)
    day, month, year = when.day, when.month, when.year
    return rng.choice(
        (
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {MONTHS[month - 1]} {year}",
            f"{day}-{month:02d}-{year}",
            f"{day} {MONTHS[month - 1][:3]} {year % 100}",
        )
    )


def _day(rng: random.Random) -> str:
    return f"{rng.choice(DAYS)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} 2026"


def _times(rng: random.Random) -> list[int]:
    minute = rng.randint(6 * 12, 16 * 12) * 5
    minutes = []
    for _ in range(SEQUENCE_LENGTH):
        minutes.append(minute)
        minute += rng.choice((5, 10, 15, 20, 25, 40, 55, 70))
    return minutes


def _time(rng: random.Random, minute: int) -> str:
    return f"{minute // 60 % 24:02d}.{minute % 60:02d}"


AMOUNTS = (25, 50, 75, 100, 150, 200, 250, 300, 350, 500, 750, 1200, 1500, 2500)
SMALL_AMOUNTS = (3, 5, 7, 10, 15, 20, 25, 35, 50, 75, 100)


def _amounts(rng: random.Random) -> list[int]:
    return sorted(rng.sample(AMOUNTS, SEQUENCE_LENGTH))


def _small_amounts(rng: random.Random) -> list[int]:
    return sorted(rng.sample(SMALL_AMOUNTS, SEQUENCE_LENGTH))


def _rp(rng: random.Random, amount: int) -> str:
    return rng.choice(
        (
            f"Rp {amount * 1000:,}".replace(",", "."),
            f"Rp{amount * 1000:,}".replace(",", "."),
            f"{amount} ribu" if amount < 1000 else f"{amount / 1000:g} juta".replace(".", ","),
            f"Rp. {amount * 1000:,},-".replace(",", "."),
        )
    )


def _rtnos(rng: random.Random) -> list[int]:
    return sorted(rng.sample(range(1, 41), SEQUENCE_LENGTH))


def _ticket(rng: random.Random) -> str:
    return rng.choice(
        (
            f"#LPR-2026-{rng.randint(101, 1231):04d}-{rng.randint(1, 999):04d}",
            f"{rng.randint(2601, 2612)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
            f"LAPOR-5371-2026-{rng.randint(100, 99999):05d}",
            f"TKT/{rng.randint(1, 12):02d}/2026/{rng.randint(1, 9999):05d}",
        )
    )


def _billing(rng: random.Random) -> str:
    return "82026" + digits(rng, 10)


def _va(rng: random.Random) -> str:
    return group("8808" + digits(rng, 12), (4, 4, 4, 4), " ")


def _trx(rng: random.Random) -> str:
    return "2026" + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(rng, 8)


def _plnid(rng: random.Random) -> str:
    return "5312" + digits(rng, 8)


def _meter(rng: random.Random) -> str:
    return "14" + digits(rng, 9)


def _token(rng: random.Random) -> str:
    return group(digits(rng, 20), (4, 4, 4, 4, 4), " ")


def _pdam(rng: random.Random) -> str:
    return f"{rng.randint(1, 9):02d}-{rng.randint(1, 12):02d}-{digits(rng, 6)}"


def _nop(rng: random.Random) -> str:
    return (
        f"53.71.0{rng.randint(10, 60)}.00{rng.randint(1, 9)}.0{digits(rng, 2)}-{digits(rng, 4)}.0"
    )


def _letterno(rng: random.Random) -> str:
    code = rng.choice(("INSP", "DKCS", "PUPR", "KEL.OBB", "Kec.KL", "DLHK"))
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        (
            f"{rng.choice((470, 700, 800, 900, 600))}/{rng.randint(10, 999)}/{code}/2026",
            f"503/PBG/2026/{rng.randint(1, 999):05d}",
            f"5371-LU-{day:02d}{month:02d}2026-{rng.randint(1, 99):04d}",
            f"B-{rng.randint(10, 999)}/Kel.{rng.choice(('OSP', 'LLB', 'FTL'))}/XI/2026",
        )
    )


def _queue(rng: random.Random) -> str:
    return f"{rng.choice('ABC')}-{rng.randint(1, 140):03d}"


def _officetel(rng: random.Random) -> str:
    return rng.choice(
        (
            f"(0380) 8{rng.randint(20, 39)} {digits(rng, 3)}",
            f"0380-8{rng.randint(20, 39)}{digits(rng, 3)}",
            f"0380 8{digits(rng, 5)}",
        )
    )


def _officewa(rng: random.Random) -> str:
    return group(rng.choice(MOBILE_PREFIXES) + digits(rng, 8), (4, 4), "-")


def _count(rng: random.Random) -> str:
    return str(rng.randint(2, 14))


def _year(rng: random.Random) -> str:
    return str(rng.randint(2014, 2025))


def _wadate(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"


def _wadateshort(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/26"


def _wadatelong(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026"


def _nisn(rng: random.Random) -> str:
    return "0" + str(rng.randint(10, 19)) + digits(rng, 7)


def _nip(rng: random.Random) -> str:
    return (
        f"{rng.randint(1965, 1990)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} "
        f"{rng.randint(1990, 2015)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} "
        f"{rng.randint(1, 12):03d}"
    )


def _rangka(rng: random.Random) -> str:
    return "MH1" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(14))


def _mesin(rng: random.Random) -> str:
    return rng.choice(("JM", "KF", "JF")) + digits(rng, 2) + "E" + digits(rng, 7)


def _npwpbody(rng: random.Random) -> str:
    n = rng.choice(("01", "02", "03", "31", "21")) + digits(rng, 7) + "92" + digits(rng, 1) + "000"
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"


def _kpj(rng: random.Random) -> str:
    return str(rng.randint(10, 26)) + digits(rng, 9)


OFFICE_MAILS = (
    "pengaduan@kupangkota.go.id",
    "dukcapil@kupangkota.go.id",
    "dinkes.kotakupang@gmail.com",
    "humas@kupangkota.go.id",
    "bapenda.kotakupang@gmail.com",
    "helpdesk@lapor.go.id",
    "dlhk.kotakupang@gmail.com",
    "pupr@kupangkota.go.id",
    "kelurahan.oesapa@gmail.com",
    "sekretariat.dprdkotakupang@gmail.com",
    "pengaduan.pdamkupang@gmail.com",
    "inspektorat@kupangkota.go.id",
    "dinsos.kotakupang@yahoo.co.id",
)


def _officeaddr(rng: random.Random) -> str:
    return f"{rng.choice(PUBLIC_STREETS)} No. {rng.randint(1, 90)}"


GENERATORS = {
    "wadate": _wadate,
    "wadateshort": _wadateshort,
    "wadatelong": _wadatelong,
    "nisn": _nisn,
    "nip": _nip,
    "rangka": _rangka,
    "mesin": _mesin,
    "npwpbody": _npwpbody,
    "kpj": _kpj,
    "officeaddr": _officeaddr,
    "omail": lambda rng: rng.choice(OFFICE_MAILS),
    "month": lambda rng: rng.choice(MONTHS),
    "kidage": lambda rng: str(rng.randint(4, 13)),
    "age": lambda rng: str(rng.randint(19, 78)),
    "rwno": lambda rng: str(rng.randint(1, 12)),
    "weekday": lambda rng: rng.choice(DAYS),
    "nick": lambda rng: rng.choice(NICKNAMES),
    "day": _day,
    "ticket": _ticket,
    "billing": _billing,
    "va": _va,
    "trx": _trx,
    "plnid": _plnid,
    "meter": _meter,
    "token": _token,
    "pdam": _pdam,
    "nop": _nop,
    "letterno": _letterno,
    "queue": _queue,
    "officetel": _officetel,
    "officewa": _officewa,
    "count": _count,
    "year": _year,
    "kel": lambda rng: rng.choice(KELURAHAN),
    "kec": lambda rng: rng.choice(KECAMATAN),
    "street": lambda rng: rng.choice(PUBLIC_STREETS),
    "pusk": lambda rng: rng.choice(PUSKESMAS),
    "rs": lambda rng: rng.choice(HOSPITALS),
    "school": lambda rng: rng.choice(SCHOOLS),
    "market": lambda rng: rng.choice(MARKETS),
    "church": lambda rng: rng.choice(CHURCHES),
    "office": lambda rng: rng.choice(OFFICES),
    "hour": lambda rng: str(rng.randint(1, 11)),
}


SEQUENCE_LENGTH = 6
FIRST_DAY = datetime.date(2025, 1, 6)
#: Values that rise inside a text ({date}, {date2}, ...): how to draw them, how to write one.
SEQUENCES = {
    "date": (_dates, _date),
    "time": (_times, _time),
    "rp": (_amounts, _rp),
    "rps": (_small_amounts, _rp),
    "rtno": (_rtnos, lambda rng, number: str(number)),
}


class Context:
    """The values of one text: each placeholder is drawn once and reused inside the text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.values: dict[str, str] = {}
        self.sequences: dict[str, list[int]] = {}
        self.taken: set[str] = set()

    def person(self, key: str) -> Person:
        if key not in self.people:
            female = {"m": False, "f": True}.get(key[0], self.rng.random() < 0.5)
            self.people[key] = Person(self.rng, female, self.taken)
        return self.people[key]

    def draw(self, key: str) -> str:
        base = key.rstrip(string.digits)
        if base in SEQUENCES:
            draw, write = SEQUENCES[base]
            if base not in self.sequences:
                self.sequences[base] = draw(self.rng)
            return write(self.rng, self.sequences[base][int(key[len(base) :] or 0)])
        others = {v for k, v in self.values.items() if k.rstrip(string.digits) == base}
        for _ in range(20):
            value = GENERATORS[base](self.rng)
            if value not in others:
                return value
        return value

    def literal(self, value: str, modifiers: str) -> str:
        for modifier in modifiers.split("!")[1:]:
            value = modify(self.rng, value, modifier)
        return value

    def value(self, placeholder: str) -> str:
        key, *modifiers = placeholder.split("!")
        if "." in key:
            who, attr = key.split(".", 1)
            value = self.person(who).get(attr)
        else:
            if key not in self.values:
                self.values[key] = self.draw(key)
            value = self.values[key]
        for modifier in modifiers:
            value = modify(self.rng, value, modifier)
        return value


LITERAL = re.compile(r"\{=([^{}!]*)((?:![a-z]+)*)\}")
PLACEHOLDER = re.compile(r"\{([a-z]+[0-9]*(?:\.[a-z0-9]+)?(?:![a-z]+)*)\}")
CHOICE = re.compile(r"\{~([^{}]*)\}")
MARKER = re.compile(r"\[\[([a-z]+):(.*?)\]\]", re.DOTALL)
LINE_BREAKERS = set("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def render(template: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    """Fill a template and turn its markers into spans."""
    context = Context(rng)
    filled = LITERAL.sub(lambda m: context.literal(m.group(1), m.group(2)), template.strip("\n"))
    filled = PLACEHOLDER.sub(lambda m: context.value(m.group(1)), filled)
    while CHOICE.search(filled):
        filled = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), filled)
    text, spans, at = [], [], 0
    length = 0
    for match in MARKER.finditer(filled):
        before = filled[at : match.start()]
        text.append(before)
        length += len(before)
        kind, value = SHORT[match.group(1)], match.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value), "value": value})
        text.append(value)
        length += len(value)
        at = match.end()
    text.append(filled[at:])
    return "".join(text), spans


def fail(message: str) -> NoReturn:
    raise SystemExit(message)


def check(text: str, spans: list[dict[str, object]]) -> None:
    """Fail loudly on a malformed span or a leftover marker."""
    if any(leftover in text for leftover in ("[[", "]]", "{~", "{=")) or PLACEHOLDER.search(text):
        fail(f"a marker or a placeholder is left: {text!r}")
    if LINE_BREAKERS & set(text):
        fail(f"a character that splits lines: {text!r}")
    previous_end = 0
    for span in sorted(spans, key=lambda s: int(str(s["start"]))):
        start, end, kind = int(str(span["start"])), int(str(span["end"])), str(span["kind"])
        value = text[start:end]
        if kind not in KIND_ORDER or not value or value != span["value"]:
            fail(f"a bad span: {span!r}")
        if start < previous_end:
            fail(f"spans overlap: {text!r}")
        previous_end = end
        first_ok = value[0].isalnum() or (kind == "phone" and value[0] in "+(")
        if not first_ok or not value[-1].isalnum():
            fail(f"a span that starts or ends with a space or punctuation: {kind} {value!r}")


STYLES: dict[str, tuple[list[str], list[str]]] = {}

# ---------------------------------------------------------------------------------------------
# sms_caps: SMS to 1708 with the KOTKUPANG prefix
# ---------------------------------------------------------------------------------------------

STYLES["sms_caps"] = (
    [
        """{~KOTKUPANG |KOTKUPANG#|KOTKUPANG }SY [[n:{p1.full!u}]] WRG [[a:{p1.rtrw}]] KEL \
{p1.kel!u}. AIR PDAM SDH {count} HR TDK MENGALIR, TGL {date} PETUGAS DTG CEK TP BLM ADA \
PERBAIKAN. MHN DITINDAKLANJUTI. HP [[ph:{p1.hp0}]]""",
        """KOTKUPANG MHN INFO, KTP SY HILANG DI {market!u} TGL {date}. NIK [[nik:{p1.nik}]] A.N \
[[n:{p1.full!u}]]. BGMN CARA URUS BARU, APA HRS BAWA SRT KEHILANGAN DR POLSEK? TRMKSH""",
        """KOTKUPANG KK SAYA DOBEL. NO KK LAMA [[kk:{p1.kk}]], YG BARU [[kk:{p2.kk}]]. NAMA SY \
[[n:{p1.full!u}]] ADA DI DUA2NYA SHG BANSOS DITOLAK. MHN DIBANTU DUKCAPIL. [[ph:{p1.hps}]]""",
        """KOTKUPANG KIS ANAK SY [[n:{f2.first!u}]] NO KARTU [[bpjs:{f2.bpjs}]] TDK AKTIF PDHL \
PBI. DI {pusk!u} DISURUH BAYAR UMUM {rp}. SY [[n:{m1.full!u}]] [[a:{m1.rt}]] KEL \
{m1.kel!u}, HP [[ph:{m1.hp}]]""",
        """KOTKUPANG MOTOR SY [[plate:{p1.plate}]] DIANGKUT PETUGAS DISHUB DI DEPAN {market!u} \
{day!u} JAM {time}. PDHL PARKIR DI TEMPAT RESMI. DIMINTA TEBUS {rp} TANPA KWITANSI. \
[[n:{p1.full!u}]] HP [[ph:{p1.hpd}]]""",
        """KOTKUPANG PUNGLI DI LOKET {~DUKCAPIL|KEL {kel!u}|KECAMATAN {kec!u}}. PETUGAS \
PEREMPUAN A.N [[n:{f2.first!u}]] MINTA {rp} SPY KTP CPT JADI. SY TDK MAU BAYAR, BERKAS SY \
DITAHAN. PELAPOR [[n:{p1.full!u}]], NIK [[nik:{p1.nik}]]""",
        """KOTKUPANG BANTUAN PIP ANAK SY [[n:{p2.first!u}]] BLM MASUK KE REK {p1.bank!u} \
[[rek:{p1.rek}]] A.N [[n:{p1.full!u}]]. SEKOLAH BILANG SDH CAIR {date}. MHN DICEK. TKS""",
        """KOTKUPANG SY GURU HONOR DI {school!u}. BENDAHARA MINTA NPWP, SDH SY KASIH \
[[npwp:{p1.npwp}]] TP HONOR {count} BLN BLM CAIR. A.N [[n:{p1.full!u}]] [[ph:{p1.hp0}]]""",
        """KOTKUPANG SY SDH KIRIM BERKAS IZIN PBG LWT EMAIL [[e:{p1.mail}]] SEJAK {date} TP BLM \
ADA BALASAN DR DPMPTSP. NO PERMOHONAN {letterno}. [[n:{p1.first!u}]] [[ph:{p1.hps}]]""",
        """KOTKUPANG TETANGGA SEBELAH RUMAH SY, [[n:{p2.full!u}]], BUKA BENGKEL LAS DI RMHNYA \
SMP JAM 12 MLM, BISING & ASAP. SDH LAPOR KETUA RT {rtno} TP TDK DIGUBRIS. RMH SY \
[[a:{p1.jl!u}]]. [[n:{p1.first!u}]] [[ph:{p1.hpd}]]""",
        """KOTKUPANG LAMPU JLN DI [[a:{p1.rtrw}]] KEL {p1.kel!u} MATI SDH 1 BLN, ANAK2 PULANG \
LES GELAP. MHN DINAS PERKIM PERBAIKI. [[n:{p1.full!u}]] [[ph:{p1.hp}]]""",
        """KOTKUPANG NAMA DI KTP-EL SY TERTULIS "[[n:{p1.typo!u}]]", HARUSNYA \
[[n:{p1.full!u}]]. NIK [[nik:{p1.nikg}]]. SDH 2X KE DUKCAPIL BLM DIPERBAIKI. HP \
[[ph:{p1.hp0}]]""",
        """KOTKUPANG SY [[n:{m1.full!u}]] LANSIA {~67|71|74|69|80} THN, TUNJANGAN LANSIA BLN \
{~OKTOBER|SEPTEMBER|NOVEMBER} BLM TERIMA. HUB ANAK SY [[n:{f2.first!u}]] DI [[ph:{f2.hp}]] \
ATAU TELP RMH [[ph:{m1.tel}]]""",
        """KOTKUPANG SENGKETA BATAS TANAH ANTARA KELUARGA [[n:{p1.fam!u}]] DAN KELUARGA \
[[n:{p2.fam!u}]] DI KEL {kel!u} SDH 3 KALI RIBUT. MHN BPN & LURAH MEDIASI. NOP {nop}. \
[[n:{p3.full!u}]] [[ph:{p3.hp0}]]""",
        """KOTKUPANG SAMPAH DI DEPAN RUMAH SY [[a:{p1.jlrt!u}]] SDH {count} HR TDK DIANGKUT \
DLHK. BAU & BANYAK LALAT. {~MHN SEGERA|TOLONG DIANGKUT}. [[n:{p1.full!u}]]""",
        """KOTKUPANG ANAK SY [[n:{f2.first!u} {m1.fam!u}]] DITOLAK DI {school!u} KRN ZONASI, \
PDHL RUMAH KAMI DI [[a:{m1.jl!u}]] CUMA 500 M DR SEKOLAH. NO KK [[kk:{m1.kk}]]. \
[[n:{m1.first!u}]] [[ph:{m1.hpd}]]""",
        """KOTKUPANG MOBIL DINAS PLAT MERAH [[plate:{p9.plate}]] TIAP HR MINGGU DIPAKAI KE \
PANTAI LASIANA UTK ACARA KELUARGA. MHN DITEGUR. PELAPOR [[n:{p1.first!u}]] \
{~HP [[ph:{p1.hp0}]]|WA [[ph:{p1.hp62}]]}""",
        """KOTKUPANG TAGIHAN PDAM NO SAMBUNGAN {pdam} BLN INI {rp2} PDHL BIASA {rp}. METERAN \
SDH RUSAK. A.N [[n:{p1.full!u}]] [[a:{p1.gg!u}]] KEL {p1.kel!u}""",
        """kotkupang sy [[n:{p1.full!l}]] mau tanya, akta lahir anak sy [[n:{f2.first!l}]] sdh \
2 bln blm jadi. no registrasi {ticket}. nik sy [[nik:{p1.nik}]] hp [[ph:{p1.hp0}]] tks""",
        """KOTKUPANG LISTRIK DI [[a:{p1.rtrw}]] KEL {p1.kel!u} PADAM TIAP MLM SDH 1 MGG. ID PEL \
{plnid}. SDH TELP PLN 123 TP TDK ADA TINDAKAN. [[n:{p1.full!u}]] [[ph:{p1.hps}]]""",
        """KOTKUPANG BPJS KESEHATAN MANDIRI SY NO [[bpjs:{p1.bpjs}]] SDH BAYAR TP STATUS MSH \
MENUNGGAK {count} BLN. BUKTI BAYAR {date} KODE BAYAR {billing}. [[n:{p1.full!u}]] EMAIL \
[[e:{p1.mail!u}]]""",
        """KOTKUPANG MHN BANTU TAMBAH NAMA ANAK KE KK. NO KK [[kk:{p1.kkg}]], KEPALA KELUARGA \
[[n:{p1.full!u}]], ANAK BARU LAHIR [[n:{f2.first!u} {p1.fam!u}]]. DI KEL BILANG TUNGGU \
BLANGKO. HP [[ph:{p1.hp}]]""",
        """KOTKUPANG JALAN MASUK KE RUMAH SY DI [[a:{p1.gg!u}]] DIGALI PIPA SDH {count} HR TDK \
DITUTUP, MOTOR TDK BISA LEWAT. [[n:{p1.full!u}]] WA [[ph:{p1.hp62}]]""",
        """KOTKUPANG RETRIBUSI SAMPAH DITAGIH DOBEL LWT REK AIR. MINTA REFUND KE REK \
{p1.bank!u} [[rek:{p1.rek}]] A.N [[n:{p1.full!u}]]. [[ph:{p1.hpdot}]]""",
        """KOTKUPANG TABRAK LARI DI {street!u} {day!u} MLM, PELAKU MOBIL PICK UP \
[[plate:{p9.plate}]]. KORBAN TETANGGA SY [[n:{p2.full!u}]] MSH DIRAWAT DI {rs!u}. SY \
[[n:{p1.first!u}]] SAKSI, [[ph:{p1.hp0}]]""",
        """KOTKUPANG NAMA MAMA SY [[n:{f2.full!u}]] NIK [[nik:{f2.nikd}]] HILANG DR DAFTAR BPNT \
PDHL TIAP BLN TERIMA. SKRG DIBILANG SDH MENINGGAL. MAMA MSH HIDUP! [[n:{m1.first!u}]] \
[[ph:{m1.hp}]]""",
        """KOTKUPANG#SY [[n:{f1.full!u}]] PEMILIK KIOS SEMBAKO DI DEPAN RMH SY [[a:{f1.jlrt!u}]]. \
PETUGAS PASAR MINTA RETRIBUSI {rps}/HR PDHL BUKAN DI PASAR. MHN PENJELASAN. HP \
[[ph:{f1.hpd}]]""",
        """KOTKUPANG MHN BANTUAN BEDAH RUMAH, RMH SY [[a:{p1.blok!u}]] ATAP BOCOR & DINDING \
RETAK. SDH DAFTAR {year} BLM ADA KABAR. [[n:{p1.full!u}]] NIK [[nik:{p1.nik}]] HP \
[[ph:{p1.hp0}]]""",
        """KOTKUPANG PAJAK MOTOR [[plate:{p1.platens}]] SDH SY BAYAR DI SAMSAT KELILING {date} \
TP DI APLIKASI MSH TUNGGAK {rp}. BUKTI BAYAR {trx}. [[n:{p1.full!u}]] [[ph:{p1.hpi2}]]""",
        """KOTKUPANG SY [[n:{f1.first!u}]] PENJUAL IKAN DI {market!u}. PETUGAS RETRIBUSI A.N \
[[n:{m2.full!u}]] MINTA UANG KEAMANAN {rps} TIAP MINGGU. NPWP SY [[npwp:{f1.npwp16}]] \
(USAHA PERORANGAN) TP TETAP DITAGIH. [[ph:{f1.hp0}]]""",
        """KOTKUPANG NPWP SY [[npwp:{p1.npwp16}]] (16 DIGIT) DITOLAK DI OSS UTK IZIN USAHA, \
KATANYA TDK VALID. A.N [[n:{p1.full!u}]] HP [[ph:{p1.hp0}]]""",
        """KOTKUPANG KARTU JKN ISTRI SY [[n:{f2.first!u}]] NO [[bpjs:{f2.bpjs}]] DAN ANAK \
[[n:{f3.first!u}]] NO [[bpjs:{f3.bpjs}]] TDK MUNCUL DI FASKES. KK [[kk:{m1.kk}]]. \
[[n:{m1.full!u}]]""",
        """KOTKUPANG SY [[n:{p1.full!u}]] NPWP [[npwp:{p1.npwp}]] MINTA BUKTI POTONG PAJAK \
HONOR SY DIKOREKSI, DIHITUNG 2X OLEH BENDAHARA {school!u}. EMAIL [[e:{p1.mail}]] \
[[ph:{p1.hpd}]]""",
        """KOTKUPANG NPWP ISTRI SY [[npwp:{f2.npwp}]] DIPAKAI ORG LAIN UTK DAFTAR USAHA. NO KK \
KAMI [[kk:{m1.kk}]]. MHN DICEK KPP & DUKCAPIL. [[n:{m1.full!u}]] [[ph:{m1.hp0}]]""",
    ],
    [
        """KOTKUPANG JALAN RUSAK PARAH DI {street!u} DEPAN {school!u}, LUBANG BESAR SDH {count} \
BLN. SDH 2 ORG JATUH. MHN DINAS PUPR SEGERA TAMBAL. TKS""",
        """KOTKUPANG LAMPU JLN MATI SEPANJANG {street!u} DR {market!u} SMP BUNDARAN. MHN \
DIPERBAIKI SBLM NATAL. TRMKSH""",
        """KOTKUPANG TOKEN LISTRIK SDH DIISI {token} TP DITOLAK METER, ID PEL {plnid}. SDH TELP \
PLN 123 DISURUH TUNGGU. NO TRX {trx} TGL {date}""",
        """KOTKUPANG LAPORAN SY NO TIKET {ticket} SDH {count} HR BLM ADA TINDAK LANJUT. MHN INFO \
STATUSNYA. TKS""",
        """KOTKUPANG {market!u} SAMPAH MENUMPUK DI PINTU MASUK, RETRIBUSI TETAP DITARIK {rps} PER \
LAPAK TIAP HR. MHN DLHK ANGKUT""",
        """KOTKUPANG ADA SMS NGAKU DR DINAS SOSIAL, NOMOR {officewa}, SURUH TRANSFER {rp} UTK \
CAIRKAN BANSOS. HATI2 WARGA, INI PENIPUAN""",
        """KOTKUPANG KODE BILLING PBB {billing} TDK BISA DIBAYAR DI BANK NTT, NOP {nop}. MHN \
BAPENDA CEK. JATUH TEMPO {date}""",
        """KOTKUPANG PAK LURAH, WARGA RT {rtno} KEL {kel!u} MENGELUH AIR PDAM KERUH SDH \
SEMINGGU. MHN DICEK""",
        """KOTKUPANG ANTRIAN DI {office!u} PANJANG, NOMOR ANTRI {queue} BARU DIPANGGIL JAM \
{time} PDHL DTG JAM 7. LOKET CUMA 1 BUKA. MHN DITAMBAH""",
        """KOTKUPANG HOTLINE PDAM {officetel} TDK PERNAH DIANGKAT, WA CENTER {officewa} JG TDK \
BALAS. KAMI HRS LAPOR KE MANA?""",
        """KOTKUPANG SRT TEGURAN NO {letterno} DR SATPOL PP SDH KELUAR TP BANGUNAN LIAR DI \
{street!u} MSH BERDIRI. MHN TINDAK TEGAS""",
        """KOTKUPANG TERIMA KASIH PAK LURAH {kel!u} & PETUGAS DLHK, SAMPAH DI KALI SDH \
DIBERSIHKAN. SEMOGA RUTIN. SALAM DAMAI""",
        """KOTKUPANG KETUA RT {rtno} MINTA UANG {rp} UTK SRT PENGANTAR KTP. APA MEMANG ADA TARIF? \
MHN PENJELASAN""",
        """KOTKUPANG ANGKOT JURUSAN {kel!u}-TERMINAL NAIKKAN TARIF SEPIHAK JADI {rps}. DISHUB \
TOLONG TERTIBKAN""",
        """KOTKUPANG VA BAYAR SPP {va} GAGAL TERUS DI ATM, {school!u} BILANG HRS LUNAS SBLM \
UJIAN {date}""",
        """kotkupang pohon tumbang di {street} dekat {church}, tutup setengah jalan sejak jam \
{time}. tolong BPBD/DLHK potong""",
        """KOTKUPANG OBAT DI {pusk!u} KOSONG, PASIEN DISURUH BELI DI APOTEK LUAR {rp}. KAMI \
PESERTA KIS. MHN DINKES CEK""",
    ],
)

# ---------------------------------------------------------------------------------------------
# whatsapp: chats, exports with senders and times, forwards, voice-note transcripts
# ---------------------------------------------------------------------------------------------

STYLES["whatsapp"] = (
    [
        """
[{wadate} {time1}] [[n:{p1.full}]]: Permisi admin, sy mau lapor air sdh 4 hari tdk jalan \
di [[a:{p1.rtrw}]] Kel. {p1.kel}
[{wadate} {time2}] Admin Kelurahan {p1.kel}: Baik Bapak/Ibu, mohon kirim nama lengkap \
dan no HP yg bisa dihubungi
[{wadate} {time3}] [[n:{p1.full}]]: [[n:{p1.full}]], [[ph:{p1.hp}]]
[{wadate} {time4}] Admin Kelurahan {p1.kel}: Baik, sdh kami teruskan ke PDAM dgn nomor tiket \
{ticket}. Terima kasih
""",
        """
{wadateshort} {time1} - [[n:{f1.first!l}]]: kaka, kartu KIS mama nomornya brapa? petugas RS \
minta
{wadateshort} {time2} - [[n:{m2.full}]]: [[bpjs:{f3.bpjs}]] atas nama [[n:{f3.full}]]
{wadateshort} {time3} - [[n:{f1.first!l}]]: ok makasih. nanti sy foto KK jg ya, no KK \
[[kk:{f3.kk}]] kan?
{wadateshort} {time4} - mama: jgn lupa bawa surat rujukan dari {pusk}
""",
        """
*Diteruskan*
INFO ANAK HILANG
Nama: [[n:{f1.full}]] ({kidage} thn)
Terakhir terlihat di {market} hari {weekday} sore, pakai baju kuning.
Yg melihat mohon hubungi bapaknya [[n:{m2.first}]] [[ph:{m2.hpd}]] atau tanta \
[[n:{f3.first}]] [[ph:{f3.hp0}]]
Tolong sebarkan \U0001f64f
""",
        """
[{wadate} {time1}] [[n:{m1.first!l}]]: (Pesan suara 0:48, ditranskrip) "...iya ibu, sy \
[[n:{m1.full}]] dari Kelurahan {m1.kel}, rumah sy di [[a:{m1.jl}]], tembok rumah retak krn \
alat berat proyek jalan. Kontraktor tdk mau tanggung jawab. Nanti ibu telp sy di \
[[ph:{m1.hpi}]] sa..."
[{wadate} {time2}] Admin Perkim: Baik Bapak, kami jadwalkan peninjauan {weekday} depan
""",
        """
[{time1}] [[n:{f1.first!l}]]: Ibu [[n:{f2.first}]], pemilik kos tu nama lengkapnya sapa?
[{time2}] [[n:{f2.first!l}]]: [[n:{m3.full}]]. rumahnya di [[a:{m3.gg}]]
[{time3}] [[n:{f1.first!l}]]: ok sy mau lapor ke lurah, deposit {rp} tdk dikembalikan
[{time4}] [[n:{f2.first!l}]]: lapor jg ke 1708 ibu
""",
        """
[{wadate} {time1}] [[n:{m1.full}]]: Bapak ibu, yg sdh kumpul fotokopi KK utk bantuan sembako: \
1. [[n:{m2.full}]] 2. [[n:{f3.full}]] 3. [[n:{m4.full}]]
[{wadate} {time2}] [[n:{f3.first}]]: Om [[n:{m1.first}]], KK sy no [[kk:{f3.kk}]] sdh sy \
titip di rumah
[{wadate} {time3}] [[n:{m1.full}]]: Siap tanta, terima kasih
""",
        """
[{wadate} {time1}] [[n:{p1.full}]]: <lampiran: KTP_[[nik:{p1.nik}]].jpg>
[{wadate} {time1}] [[n:{p1.full}]]: <lampiran: IMG-20261105-WA00{count}.jpg>
[{wadate} {time1}] [[n:{p1.full}]]: Ini KTP dan KK sy pak
[{wadate} {time2}] Admin Dukcapil: Baik, berkas kami terima. Nomor antrian online \
{queue}
""",
        """
{wadateshort} {time1} - [[n:{f1.first!l}]]: Pak, email sy sdh ganti jadi [[e:{f1.mail}]]. \
Yg lama sdh tdk aktif
{wadateshort} {time2} - [[n:{m2.full}]]: Ok nanti sy update di data pemohon. NIK ibu \
[[nik:{f1.nikg}]] kan?
{wadateshort} {time3} - [[n:{f1.first!l}]]: Betul pak \U0001f64f
""",
        """
_Forwarded_
Mohon doa & bantuan utk adik kami [[n:{m1.full}]] ({kidage} thn) yg dirawat di {rs} krn DBD. \
Bantuan bisa ke rek {f2.bank} [[rek:{f2.rek}]] a.n. [[n:{f2.full}]] (mamanya). Konfirmasi WA \
[[ph:{f2.hp}]]. Tuhan memberkati
""",
        """
[{wadate} {time1}] [[n:{m1.full}]]: Selamat pagi ibu guru [[n:{f2.first}]], anak sy \
[[n:{m3.first}]] kelas 5B, NISN {nisn}, KIP nya blm cair smp skrg
[{wadate} {time2}] [[n:{f2.full}]]: Pagi bapak, nanti sy tanya operator sekolah ya
[{wadate} {time3}] [[n:{m1.full}]]: Terima kasih ibu
""",
        """
[{wadate} {time1}] [[n:{f1.full}]]: Sy sdh telp petugas PLN yg datang td, nomor dia \
[[ph:{m2.hp0}]], namanya [[n:{m2.first}]]. Katanya tunggu besok
[{wadate} {time2}] [[n:{m3.full}]]: Ok ibu, sy jg sdh lapor ke PLN 123, no laporan {ticket}
""",
        """
[{wadatelong} {time1}] [[n:{p1.full}]]: Pak RT, motor sy [[plate:{p1.plate}]] hilang semalam \
di depan rumah, [[a:{p1.jl}]]. Sdh lapor Polsek {kec}
[{wadatelong} {time2}] Pak RT: Astaga. Sy bantu sebar di grup ya
[{wadatelong} {time3}] [[n:{p1.full}]]: Makasih pak
""",
        """
Transkrip pesan suara dari [[n:{f1.full}]] ({wadate}, {time1}):
"Selamat siang, sy mau lapor. Bapa sy [[n:{m2.full}]] pasien BPJS, no kartu \
[[bpjs:{m2.bpjsg}]], disuruh beli obat sendiri di luar {rs}, total {rp}. Sy ada simpan \
kwitansinya. Kalau perlu hubungi sy di [[ph:{f1.hpd}]]."
""",
        """
*Diteruskan*
Info pendaftaran imunisasi anak di {pusk}: WA pendaftaran {officewa} (admin puskesmas). Kalau \
ada kendala, hubungi kader posyandu kami, mama [[n:{f1.first}]] [[ph:{f1.hp0}]].
""",
        """
[{time1}] [[n:{m1.first!l}]]: bro, si [[n:{nick}]] yg tinggal di [[a:{m2.rtrw}]] tu su dapat \
bantuan rumah ko?
[{time2}] [[n:{m3.first!l}]]: belum, dia pung nama sonde ada di daftar
[{time3}] [[n:{m1.first!l}]]: nanti sy tanya om [[n:{m4.first}]] di kelurahan
""",
        """
[{wadate} {time1}] [[n:{m1.full}]]: Ibu ini data sy utk daftar DTKS ya
Nama: [[n:{m1.full}]]
NIK : [[nik:{m1.nika}
{m1.nikb}]]
Alamat: [[a:{m1.jlrt}]] Kel. {m1.kel}
HP: [[ph:{m1.hp}]]
[{wadate} {time2}] [[n:{f2.full}]]: Sdh sy catat pak
""",
        """
[{wadate} {time1}] [[n:{m1.full}]]: Sy dapat dompet di bemo jurusan {kel}. Isinya KTP a.n. \
[[n:{f2.full!u}]] NIK [[nik:{f2.nik}]] dan kartu ATM {f2.bank}. Yg kenal tolong hubungi sy \
[[ph:{m1.hps}]]
[{wadate} {time2}] [[n:{f3.full}]]: Itu tetangga sy pak, sy kasih tau dia
""",
        """
{wadateshort} {time1} - [[n:{f1.full}]]: Pak, tugas anak sy sdh dikirim ke email bapak \
[[e:{m2.mailguru}]] ya
{wadateshort} {time2} - [[n:{m2.full}]]: Sdh sy terima ibu. Lain kali kirim ke email sekolah \
saja: tu.smpn5kupang@gmail.com
""",
        """
[{wadate} {time1}] [[n:{f1.first!l}]]: ojek yg antar sy td minta {rps2}, pdhl biasa {rps}. \
motornya [[plate:{m2.plate!l}]], katanya nama [[n:{m2.first}]]
[{wadate} {time2}] [[n:{f3.first!l}]]: lapor ke dishub sa kaka
""",
        """
[{wadate} {time1}] [[n:{f2.full}]]: Kak, nomor rekening utk arisan berapa?
[{wadate} {time2}] [[n:{m1.full}]]: Rek {m1.bank} [[rek:{m1.rek}]] a.n. [[n:{m1.full}]]
[{wadate} {time3}] [[n:{f2.full}]]: Sdh transfer {rp} ya kak
""",
        """
[{wadatelong} {time1}] [[n:{f1.full}]]: Ini data oma utk daftar bantuan lansia:
[{wadatelong} {time1}] [[n:{f1.full}]]: Oma [[n:{f2.full}]], NIK [[nik:{f2.nikd}]], KK \
[[kk:{f2.kkg}]]
[{wadatelong} {time2}] [[n:{m3.first}]]: Alamat oma ikut KK lama: [[a:{f2.jlrt}]]
""",
        """
{wadateshort} {time1} - [[n:{m1.full}]]: Permisi, kami keluarga [[n:{m1.fam}]] di \
[[a:{m1.blok}]] mau lapor saluran air tersumbat depan rumah
{wadateshort} {time2} - Admin Perkim: Baik pak, sdh dicatat. Tiket {ticket}
{wadateshort} {time3} - [[n:{m1.full}]]: Terima kasih
""",
        """
[{wadate} {time1}] [[n:{m1.full}]]: (voice note 1:12) "Om, beta ada di kantor Samsat ni. Dong \
bilang beta pung oto [[plate:{m1.plate}]] masih tunggak pajak dua tahun, padahal beta su bayar. \
Om [[n:{m2.first}]] bisa bantu tanya ko?"
[{wadate} {time2}] [[n:{m2.first!l}]]: sonde bisa ni, om ada di Soe. telp saja \
[[n:{f3.first}]] di [[ph:{f3.hps}]]
""",
        """
[{wadate} {time1}] [[n:{f1.first}]] ({f1.kel}): Permisi, mau tanya prosedur pindah domisili. \
Sy pindah dari [[a:{f1.jlrt}]] ke rumah baru di [[a:{f1.blok}]]
[{wadate} {time2}] Admin Dukcapil: Silakan bawa KK asli dan surat pindah dari kelurahan asal
""",
        """
_Pesan diteruskan_
Selamat pagi. Sy [[n:{m1.full}]], penjual sayur keliling, nomor ini [[ph:{m1.hp0}]] khusus \
pesanan. Yg mau pesan utk acara, WA sa. Alamat rumah [[a:{m1.gg}]] dekat {church}.
""",
        """
[{wadate} {time1}] [[n:{f1.full}]]: Pak [[n:{m2.first}]], NPWP sy [[npwp:{f1.npwp}]], \
alamat email [[e:{f1.mail}]]. Mohon dibantu pengajuan PBG-nya
[{wadate} {time2}] [[n:{m2.full}]]: Baik ibu, nanti sy input
""",
        """
[{wadate} {time1}] Bendahara {school}: Bapak ibu guru honor, mohon kirim NPWP hari ini utk \
pencairan honor
[{wadate} {time2}] [[n:{f1.full}]]: [[npwp:{f1.npwp}]]
[{wadate} {time2}] [[n:{m2.full}]]: NPWP sy [[npwp:{m2.npwp16}]] bu
[{wadate} {time3}] [[n:{f3.first!l}]]: sy blm punya NPWP bu, pakai NIK [[nik:{f3.nik}]] boleh?
""",
        """
{wadateshort} {time1} - [[n:{m1.full}]]: Ini nomor JKN kita semua ya, buat daftar ulang
{wadateshort} {time1} - [[n:{m1.full}]]: Bapa [[bpjs:{m1.bpjs}]], Mama [[bpjs:{f2.bpjs}]], \
[[n:{f3.first}]] [[bpjs:{f3.bpjs}]]
{wadateshort} {time2} - [[n:{f3.first!l}]]: ok bapa. KK nya no [[kk:{m1.kk}]] kan?
""",
        """
[{wadate} {time1}] Admin Bapenda: Mohon kirim nomor rekening utk pengembalian kelebihan bayar \
PBB, Bapak
[{wadate} {time2}] [[n:{m1.full}]]: {m1.bank} [[rek:{m1.rek}]] a.n. [[n:{m1.full}]], NPWP \
[[npwp:{m1.npwp}]], email [[e:{m1.mail}]]
[{wadate} {time3}] Admin Bapenda: Terima kasih, diproses 14 hari kerja
""",
        """
[{wadate} {time1}] [[n:{f1.full}]]: Bendahara minta NPWP semua guru honor. Ini punya sy \
[[npwp:{f1.npwp16}]]. Tolong teruskan ya kak
[{wadate} {time2}] [[n:{f2.full}]]: Siap ibu
""",
        """
[{wadate} {time1}] [[n:{f1.full}]]: Pak, utk pengajuan KPR subsidi, NPWP sy [[npwp:{f1.npwp}]] \
dan NPWP suami [[npwp:{m2.npwp16}]]. Slip gaji menyusul
[{wadate} {time2}] [[n:{m3.full}]]: Baik ibu, nanti sy cek di sistem
""",
    ],
    [
        """
*Diteruskan berkali-kali*
HATI-HATI PENIPUAN! Ada WA yang mengaku dari {office}, nomor {officewa}, minta data KTP dan \
kode OTP utk "verifikasi bansos". {office} tidak pernah minta data lewat WA. Laporkan ke call \
center 112.
""",
        """
[{wadate} {time1}] Admin Kelurahan {kel}: Pelayanan perekaman KTP-el keliling hari {weekday} \
jam 08.00-12.00 di aula kantor kelurahan. Bawa fotokopi KK. Info: {officetel}
[{wadate} {time2}] Admin Kelurahan {kel}: Mohon diteruskan ke warga RT {rtno} sampai RT \
{rtno2}
""",
        """
[{time1}] Info Kupang: jln di {street} depan {school} ambles, hati2 yg lewat malam
[{time2}] Info Kupang: sdh dilaporkan ke PUPR, no laporan {ticket}
""",
        """
{wadateshort} {time1} - mama: token listrik sdh habis, beli di mana?
{wadateshort} {time2} - mama: ini no meter {meter}, tolong beli 100 ribu
{wadateshort} {time3} - mama: tokennya {token}
""",
        """
*Diteruskan*
Jadwal gilir air PDAM minggu ini: Kel. {kel} hari {weekday}, Kel. {kel2} hari {weekday2}. \
Keluhan hubungi hotline PDAM {officetel} atau WA center {officewa}.
""",
        """
<lampiran: Screenshot_2026-{count}-12-09-41-22_WhatsApp.jpg>
Ini bukti transfer td. No. Ref {trx}, ke PDAM Kota Kupang, VA {va}, nominal {rp}
""",
        """
(Pesan suara 0:31, ditranskrip) "iya kaka, air di sini su mati dari kemarin sore. Katong su \
tampung air hujan sa. Tolong lapor ke PDAM dong..."
""",
        """
[{wadate} {time1}] Grup Bengkel: WA bengkel {officewa}, buka jam 08.00-17.00. Apotek K24 \
Oebobo {officewa2} buka 24 jam
""",
        """
[{wadate} {time1}] Panitia 17an: Hasil lomba: RT {rtno} juara 1, RT {rtno2} juara 2. Final \
bola kaki RT {rtno3} vs RT {rtno4} hari {weekday} sore di lapangan kelurahan. Salam damai!
""",
        """
*Diteruskan*
Info pemadaman listrik {day} pukul {time1}-{time2} utk Kel. {kel} dan sekitarnya. Info: PLN \
123 / WA {officewa}
""",
        """
[{wadate} {time1}] Admin Samsat: Antrian hari ini sdh sampai {queue}. Loket pembayaran tutup \
jam 14.00. Pembayaran non tunai lewat kode billing {billing}
""",
        """
[{time1}] Grup RT {rtno}: Kerja bakti hari {weekday} jam 07.00, kumpul di depan {church}. \
Bawa parang dan karung
[{time2}] Grup RT {rtno}: \U0001f44d\U0001f44d
""",
        """
_Forwarded_
Kepada Bapak/Ibu orang tua murid {school}: pembayaran komite lewat VA {va} paling lambat \
{date}. Pertanyaan ke Tata Usaha {officetel}. Terima kasih
""",
        """
[{wadate} {time1}] Info Kupang: Kalo yg {officewa} itu nomor bengkel, bukan nomor PDAM. Jangan \
transfer apa2 ke sana
""",
    ],
)

# ---------------------------------------------------------------------------------------------
# web_form: identity blocks in many layouts
# ---------------------------------------------------------------------------------------------

STYLES["web_form"] = (
    [
        """
Formulir Pengaduan Online - SP4N LAPOR! Kota Kupang
Nama Lengkap : [[n:{p1.full}]]
NIK : [[nik:{p1.nik}]]
No. HP/WA : [[ph:{p1.hp}]]
Email : [[e:{p1.mail}]]
Alamat : [[a:{p1.jlrt}]], Kel. {p1.kel}, Kec. {p1.kec}
Kategori : Infrastruktur
Isi Pengaduan : Saluran air di depan rumah tersumbat sejak {date}, air meluap ke jalan setiap \
hujan.
""",
        """
| Data | Isian |
|---|---|
| Nama | [[n:{p1.full!u}]] |
| NIK | [[nik:{p1.nikg}]] |
| No. KK | [[kk:{p1.kk}]] |
| Telepon | [[ph:{p1.hpd}]] |
| Alamat | [[a:{p1.jlrt}]] |
| Kelurahan | {p1.kel} |
| Keluhan | KK belum diperbarui setelah anak lahir, sudah {count} minggu |
""",
        """
nama,nik,no_hp,email,alamat,keluhan
"[[n:{p1.full}]]",[[nik:{p1.nik}]],[[ph:{p1.hp0}]],[[e:{p1.mail}]],"[[a:{p1.jlrt}]]",\
"Tagihan air {rp} padahal meter rusak"
""",
        """
{"pelapor": {"nama": "[[n:{p1.full}]]", "nik": "[[nik:{p1.nik}]]", "telp": \
"[[ph:{p1.hpi2}]]", "email": "[[e:{p1.mail}]]"}, "lokasi": "{street} depan {school}", \
"kategori": "Jalan Rusak", "tiket": "{ticket}"}
""",
        """
Nama Pelapor\t[[n:{p1.full}]]
No. Identitas (NIK)\t[[nik:{p1.nik}]]
Nomor Kartu JKN-KIS\t[[bpjs:{p1.bpjs}]]
Faskes\t{pusk}
No. HP\t[[ph:{p1.hps}]]
Uraian\tDiminta membayar {rp} untuk obat yang seharusnya ditanggung JKN
""",
        """
Permohonan Perubahan Data KK
No. KK : [[kk:{m1.kk}]]
Kepala Keluarga : [[n:{m1.full}]]
Anggota yang ditambahkan:
1. [[n:{f2.given} {f2.fam}]] (istri), NIK [[nik:{f2.nik}]]
2. [[n:{f3.first} {m1.fam}]] ({kidage} bln), anak
Alamat : [[a:{m1.jlrt}]] Kel. {m1.kel}
Kontak : [[ph:{m1.hp}]]
""",
        """
Formulir Pengembalian Kelebihan Bayar Retribusi
Nama pemohon: [[n:{p1.full}]]
NPWP: [[npwp:{p1.npwp}]]
Bank: {p1.bank}
No. Rekening: [[rek:{p1.rek}]]
Atas nama: [[n:{p1.full}]]
No. bukti setor: {billing}
Jumlah: {rp}
""",
        """
PENGADUAN PAJAK KENDARAAN
Nama Pemilik : [[n:{p1.full!u}]]
Alamat : [[a:{p1.jl!u}]] {p1.kel!u}
No. Polisi : [[plate:{p1.plate}]]
No. Rangka : {rangka}
No. Mesin : {mesin}
Keluhan : Pajak sudah dibayar di Samsat Keliling {date} tetapi masih tercatat tunggakan {rp}.
""",
        """
Nama Wajib Pajak: [[n:{p1.full!u}]]
NPWP: [[npwp:{p1.npwp16}]]
NOP: {nop}
Letak objek pajak: Kel. {kel}
Alamat wajib pajak: [[a:{p1.jlrt}]]
No. HP: [[ph:{p1.hp}]]
Keberatan: NJOP naik tiga kali lipat tanpa pemberitahuan.
""",
        """
DATA TERLAPOR
Nama : [[n:{m2.full}]] (petugas loket)
Instansi : {office}
DATA PELAPOR
Nama : [[n:{f1.full}]]
HP : [[ph:{f1.hp}]]
Email : [[e:{f1.maild}]]
Kronologi : Petugas meminta {rp} agar berkas diproses hari itu juga.
""",
        """
Formulir Aduan Pendidikan
Nama orang tua/wali: [[n:{f1.full}]]
Nama siswa: [[n:{m2.first} {f1.fam}]]
NISN: {nisn}
Sekolah: {school}
No. WA: [[ph:{f1.hp62}]]
Aduan: Ijazah ditahan karena tunggakan uang komite {rp}.
""",
        """
pelapor:
  nama: [[n:{p1.full}]]
  nik: '[[nik:{p1.nik}]]'
  hp: '[[ph:{p1.hp0}]]'
  alamat: '[[a:{p1.gg}]], Kel. {p1.kel}'
laporan:
  kategori: Kebersihan
  isi: Tempat sampah sementara di ujung gang penuh sejak {date}
""",
        """
Nama: [[n:{p1.full}]]; NIK: [[nik:{p1.nik}]]; HP: [[ph:{p1.hpd}]]; Alamat: [[a:{p1.rtrw}]] \
Kel. {p1.kel}; Aduan: lampu jalan mati {count} tiang; Tiket: {ticket}
""",
        """
Nama Lengkap*
[[n:{f1.full}]]
Nomor Induk Kependudukan*
[[nik:{f1.nikg}]]
Nama Ibu Kandung*
[[n:{f2.full}]]
Alamat Email*
[[e:{f1.mail}]]
Isi Laporan*
Data saya di aplikasi bansos tertulis meninggal dunia.
""",
        """
Terima kasih, [[n:{p1.full}]]. Laporan Anda nomor {ticket} sudah kami terima dan salinannya \
dikirim ke [[e:{p1.mail}]]. Petugas akan menghubungi Anda di [[ph:{p1.hp}]] dalam 3 hari kerja.
""",
        """
[
  {"no": 1, "nama": "[[n:{p1.full}]]", "hp": "[[ph:{p1.hp0}]]", "rt_rw": "[[a:{p1.rtrw}]]"},
  {"no": 2, "nama": "[[n:{p2.full}]]", "hp": "[[ph:{p2.hp0}]]", "rt_rw": "[[a:{p2.rtrw}]]"}
]
""",
        """
Pengaduan Kendaraan Dinas
Nomor polisi kendaraan: [[plate:{p9.plate}]]
Lokasi: {market}, {day} pukul {time}
Uraian: Mobil dinas dipakai belanja keluarga di luar jam kerja.
Pelapor: [[n:{p1.first}]] ([[ph:{p1.hp}]])
""",
        """
Nama lengkap : [[n:{f1.full}]]
Tempat/tgl lahir : {f1.ttl!t}
NIK : [[nik:{f1.nik}]]
No. BPJS Kesehatan : [[bpjs:{f1.bpjsg}]]
Telp rumah : [[ph:{f1.tel}]]
HP : [[ph:{f1.hp}]]
Alamat : [[a:{f1.blok}]]
""",
        """
Nama\t:\t[[n:{p1.full!u}]]
NIK\t:\t[[nik:{p1.nik}]]
No. KK\t:\t[[kk:{p1.kkg}]]
Alamat\t:\t[[a:{p1.jl!u}]]
[[a:RT/RW\t:\t{p1.ktprt}]]
""",
        """
Data penerima BLT yang belum menerima:
nama;nik;bank;no_rek
[[n:{p1.full}]];[[nik:{p1.nik}]];{p1.bank};[[rek:{p1.rek}]]
[[n:{p2.full}]];[[nik:{p2.nik}]];{p2.bank};[[rek:{p2.rek}]]
""",
        """
Form Keberatan Tilang Parkir
Nama : [[n:{p1.full}]]
No. Kendaraan : [[plate:{p1.platens}]]
No. Karcis : {queue}/{count}
HP : [[ph:{p1.hpdot}]]
Alasan keberatan : Kendaraan diparkir di halaman rumah sendiri, [[a:{p1.jl}]].
""",
        """
Nama Usaha : Warung {~Makan Sederhana|Kopi Sejahtera|Sembako Berkat}
Pemilik : [[n:{f1.full}]]
NPWP pribadi pemilik : [[npwp:{f1.npwp}]]
Alamat usaha/rumah : [[a:{f1.jlrt}]]
HP pemilik : [[ph:{f1.hp}]]
Keluhan : Izin usaha mikro ditolak sistem OSS.
""",
        """
Data guru honor {school} untuk pencairan honor {month}
no,nama,npwp,bank,no_rekening
1,[[n:{p1.full}]],[[npwp:{p1.npwp}]],{p1.bank},[[rek:{p1.rek}]]
2,[[n:{p2.full}]],[[npwp:{p2.npwp}]],{p2.bank},[[rek:{p2.rek}]]
3,[[n:{p3.full}]],[[npwp:{p3.npwp16}]],{p3.bank},[[rek:{p3.rek}]]
""",
        """
Layanan Pengaduan Pajak Daerah
Nama Wajib Pajak : [[n:{p1.full}]]
NPWP : [[npwp:{p1.npwp}]]
NIK : [[nik:{p1.nik}]]
Email : [[e:{p1.mail}]]
No. HP : [[ph:{p1.hp}]]
Jenis pajak : PBB-P2
NOP : {nop}
Uraian : Tagihan tahun {year} sudah lunas tetapi masih muncul di sistem.
""",
        """
Form Perubahan Data Peserta JKN
No. KK : [[kk:{m1.kk}]]
Peserta 1 : [[n:{m1.full}]] / [[bpjs:{m1.bpjs}]]
Peserta 2 : [[n:{f2.full}]] / [[bpjs:{f2.bpjs}]]
Alasan : pindah faskes ke {pusk}
Kontak : [[ph:{m1.hp}]] / [[e:{m1.mail}]]
""",
        """
Pendaftaran Izin Usaha Mikro
Nama pemilik : [[n:{f1.full}]]
NIK : [[nik:{f1.nik}]]
NPWP pribadi : [[npwp:{f1.npwp16}]]
Nama usaha : Kios {~Berkat|Sejahtera|Harapan} (usaha perorangan)
Alamat rumah : [[a:{f1.jlrt}]]
Email : [[e:{f1.mail}]]
Keluhan : Permohonan ditolak karena "NPWP tidak sesuai".
""",
        """
Formulir Bantuan Modal Usaha Mikro
Nama : [[n:{p1.full}]]
NIK : [[nik:{p1.nik}]]
No. KK : [[kk:{p1.kkg}]]
NPWP : [[npwp:{p1.npwp}]]
Bank / No. Rek : {p1.bank} / [[rek:{p1.rek}]]
HP : [[ph:{p1.hp}]]
""",
    ],
    [
        """
Nama Lengkap : (dirahasiakan)
NIK : -
No. HP : -
Kategori : Pungutan Liar
Lokasi : {office}, loket {count}
Isi : Petugas meminta {rp} untuk mempercepat proses. Kejadian {date} pukul {time}.
Nomor tiket : {ticket}
""",
        """
{"kategori": "Jalan Rusak", "lokasi": "{street}", "kelurahan": "{kel}", "anonim": true, \
"tiket": "{ticket}", "lampiran": "IMG_20261104_0912.jpg"}
""",
        """
Jenis layanan : Listrik
ID Pelanggan PLN : {plnid}
No. Meter : {meter}
Token terakhir : {token}
Keluhan : Token tidak masuk, sudah lapor ke PLN 123.
""",
        """
Nama WP : CV Timor Jaya Abadi
NPWP Badan : {npwpbody}
NOP : {nop}
Kode billing : {billing}
Keluhan : Pembayaran PBB tidak terkonfirmasi.
""",
        """
| Lokasi | Masalah | Sejak |
|---|---|---|
| {street} | Lampu jalan mati | {date} |
| {street2} depan {school} | Lubang di jalan | {date2} |
| {market} | Saluran tersumbat | {date3} |
""",
        """
Nama Sekolah : SMPN 2 Kupang
Email sekolah : osis.smpn2kupang@gmail.com
Telp : {officetel}
Aduan : Atap ruang kelas {~7B|8A|9C} bocor sejak {date}, kegiatan belajar dipindah ke perpustakaan.
""",
        """
Nomor permohonan : {letterno}
Jenis izin : PBG
Tanggal pengajuan : {date}
Status : Verifikasi teknis sejak {count} hari
Pertanyaan : Kapan jadwal peninjauan lapangan?
""",
        """
lokasi,kelurahan,masalah,sejak
"{street}","{kel}","drainase tersumbat","{date}"
"{market}","{kel2}","atap los bocor","{date2}"
"depan {pusk}","{kel3}","trotoar rusak","{date3}"
""",
        """
Nama Usaha : Toko Sinar Abadi
NPWP Toko : {npwpbody}
Alamat Usaha : {officeaddr}
Telp Toko : {officewa}
Keluhan : Izin reklame belum terbit.
""",
        """
Instansi terlapor : {office}
Nomor telepon instansi : {officetel}
WA pengaduan instansi : {officewa}
Email instansi : {omail}
Isi : Layanan tutup sebelum jam 15.00 padahal jadwal Senin-Jumat 08.00-15.00.
""",
        """
Kegiatan : Ibadah padang
Penyelenggara : {church}, {officeaddr}
Tanggal : {date}
Izin keramaian : {letterno}
Pertanyaan : Apakah perlu rekomendasi kelurahan?
""",
        """
Layanan : Call Center 112
Waktu panggilan : {date} {time}
Durasi tunggu : {count} menit
Keluhan : Panggilan tidak diangkat saat ada kebakaran di {kel}.
""",
    ],
)

# ---------------------------------------------------------------------------------------------
# kupang_malay: beta, sonde, pung, katong, dong, su
# ---------------------------------------------------------------------------------------------

STYLES["kupang_malay"] = (
    [
        """Pak, beta [[n:{f1.full}]] dari [[a:{f1.rtrw}]] Kel. {f1.kel}. Air su sonde jalan dari \
hari {weekday}. Katong su lapor ke PDAM ma dong sonde datang-datang. Beta pung nomor \
[[ph:{f1.hp}]].""",
        """Om dong, beta pung motor [[plate:{m1.plate}]] dong angkat di {market} padahal beta \
parkir di tampa resmi. Dong minta {rp} baru kasi kaluar. Beta [[n:{m1.first}]], nomor WA \
[[ph:{m1.hp0}]].""",
        """Beta mau tanya, beta pung KTP ilang di bemo. NIK [[nik:{p1.nik}]] atas nama \
[[n:{p1.full}]]. Kermana ko urus ulang? Beta su pi Dukcapil ma dong bilang blangko abis.""",
        """Tanta [[n:{f2.first}]] di [[a:{f2.jl}]] pung got tasumbat, air masuk ke katong pung \
rumah ju. Katong su omong deng dia ma sonde ada hasil. Beta [[n:{m1.full}]], HP \
[[ph:{m1.hpd}]].""",
        """Bapa ketua RT su bilang nanti, nanti, sampe sekarang beta pung KK sonde jadi-jadi. KK \
nomor [[kk:{p1.kk}]]. Beta pung nama [[n:{p1.full}]], tinggal di [[a:{p1.rtrw}]].""",
        """Katong warga [[a:{p1.rtrw}]] Kel. {p1.kel} mau lapor, lampu jalan mati su satu \
bulan. Malam talalu galap, ana-ana sekolah takut pulang. - [[n:{p1.full}]]""",
        """Beta pung tetangga, [[n:{m2.full}]], dia pung anak [[n:{f3.first}]] sonde dapa KIP \
padahal dong susah. Dong panggil dia [[n:{nick}]] sa. Mama dia pung nomor [[ph:{f4.hp}]], \
bosong telpon sa.""",
        """Beta pung mama [[n:{f2.full}]] pung kartu KIS nomor [[bpjs:{f2.bpjs}]] sonde bisa pake \
di {rs}. Dong bilang su sonde aktif. Padahal sonde parna bayar te PBI. Tolong cek do. \
[[n:{m1.first}]] [[ph:{m1.hp}]]""",
        """Beta jual kue di rumah sa, sonde ada toko. Dinas minta NPWP, beta kasi beta pung NPWP \
pribadi [[npwp:{p1.npwp}]] ma dong bilang salah. Kermana ni? Beta [[n:{p1.full}]].""",
        """Bapa dong, uang BLT beta pung mama sonde masuk-masuk ke rekening {f2.bank} \
[[rek:{f2.rek}]] atas nama [[n:{f2.full}]]. Katong su tunggu tiga bulan. Beta ana dia, \
[[n:{m1.first}]], nomor [[ph:{m1.hp}]].""",
        """Beta su kirim berkas lewat email [[e:{p1.mail}]] dari minggu lalu ma sonde ada yang \
balas. Dong bilang kirim ke {omail}. Su kirim ju. Kermana ni? [[n:{p1.full}]]""",
        """Beta kos di [[a:{p1.gg}]], ma pemilik kos [[n:{m2.full}]] tahan beta pung KTP ko beta \
sonde lari. Padahal beta su bayar {rp}. Itu bole ko sonde?""",
        """Oto pick up [[plate:{p9.plate}]] tiap malam bawa laju di {street}, su ampir tabrak ana \
kecil. Katong su tegor ma sopir bilang dia pung bos [[n:{m2.full}]] orang basar. Tolong polisi \
dong datang.""",
        """Nona [[n:{f1.first}]] dari [[a:{f1.rt}]] su dua hari sonde pulang. Dia pung mama, \
[[n:{f2.full}]], su lapor polisi. Sapa yang lia, telpon [[ph:{f2.hp}]].""",
        """Guru [[n:{m2.first}]] di {school} minta katong bayar {rp} ko ana-ana bisa iko ujian. \
Katong orang susah, sonde ada doi. Beta [[n:{f1.full}]], mama dari [[n:{m3.first}]] kelas 6.""",
        """Beta pung NIK di KK [[nik:{p1.nik}]] ma di KTP lain lai. KK nomor [[kk:{p1.kkg}]]. \
Dong bilang harus pi Dukcapil deng antri dari jam 6 pagi. Beta karja, sonde bisa. - \
[[n:{p1.first}]]""",
        """Bosong ada tau sonde, [[n:{m2.full}]] yang jadi petugas parkir di {market} tu minta \
doi lebe. Dia pung HP [[ph:{m2.hp0}]], katong su simpan. Tolong tegor dia.""",
        """Beta [[n:{f1.first}]], tinggal di [[a:{f1.blok}]]. Tiap malam ada orang bakar sampah \
plastik di lahan kosong, asap masuk rumah. Beta pung ana sakit sesak. Telpon beta di \
[[ph:{f1.tel}]] ko [[ph:{f1.hp}]].""",
        """Kalo mau kirim foto-foto, kirim ke beta pung email [[e:{p1.maild}]] sa, te beta pung \
WA rusak. [[n:{p1.full}]]""",
        """Om [[n:{m1.first}]] deng Tanta [[n:{f2.first}]] dong pung rumah di [[a:{m1.jl}]] \
rubuh kena angin kencang tadi malam. Dong sonde ada tampa tinggal. Tolong Dinas Sosial bantu. \
NIK om [[nik:{m1.nik}]].""",
        """Katong dua keluarga, keluarga [[n:{p1.fam}]] deng keluarga [[n:{p2.fam}]], baku \
marah soal batas tanah. RT su angkat tangan. Tolong Pak Lurah {kel} bantu mediasi.""",
        """Beta su bayar pajak motor [[plate:{p1.platens}]] di Samsat, ma di aplikasi masih \
tunggak {rp}. Bukti bayar nomor {trx}. Tolong cek. [[n:{p1.full}]], [[ph:{p1.hp62s}]]""",
        """Usi [[n:{f1.first}]] yang jual sayur di depan beta pung rumah, [[a:{m2.jlrt}]], dong \
usir deng Satpol PP. Dia sonde ada tampa lain. Beta [[n:{m2.full}]] yang kasi dia pinjam \
tampa.""",
        """Beta pung bapa, almarhum [[n:{m1.full}]], pung NPWP [[npwp:{m1.npwp}]] masih kena \
tagihan pajak. Kermana ko tutup? Beta ana sulung, [[n:{f2.first}]], nomor [[ph:{f2.hp0}]].""",
        """Beta pung ade, [[n:{m3.first}]], pung motor [[plate:{m3.plate!l}]] dong tahan di pos \
polisi {kel}, \
dong minta {rp} ko bisa ame. Sonde ada surat tilang. Beta kaka dia, [[n:{f1.full}]].""",
        """Beta pung rekening {p1.bank} [[rek:{p1.rek}]] dong potong {rp} tiap bulan, bilang \
asuransi. Beta sonde parna daftar! Beta [[n:{p1.full}]], email [[e:{p1.mail}]].""",
        """Bendahara sekolah minta katong guru honor pung NPWP. Beta su kasi beta pung \
[[npwp:{f1.npwp}]], ma honor masih sonde cair. Beta [[n:{f1.full}]], guru di {school}, \
email [[e:{f1.mail}]].""",
        """Beta pung ana [[n:{f2.first}]] pung kartu KIS nomor [[bpjs:{f2.bpjs}]] deng beta pung \
kartu [[bpjs:{m1.bpjs}]] dua-dua sonde aktif. KK katong [[kk:{m1.kk}]]. Tolong bantu do. \
[[n:{m1.full}]] [[ph:{m1.hp}]]""",
        """Beta pung mantu, [[n:{m2.full}]], pung NPWP [[npwp:{m2.npwp}]] dong pake ko daftar \
usaha \
orang lain. Sapa yang bekin bagitu? Beta [[n:{f1.full}]], nomor [[ph:{f1.hp0}]].""",
        """Beta pung KK [[kk:{p1.kk}]] su ganti baru ma NPWP [[npwp:{p1.npwp}]] masih pake alamat \
lama. Kantor pajak bilang urus di Dukcapil, Dukcapil bilang urus di pajak. Kermana ni? \
[[n:{p1.full}]]""",
    ],
    [
        """Katong pung jalan di {street} su rusak talalu, lubang basar-basar. Su banyak yang \
jatuh motor. PUPR dong kapan mau datang?""",
        """Lampu jalan di depan {school} mati su dua minggu. Ana-ana pulang les galap. Tolong \
dong.""",
        """Sampah di {market} su batumpuk, bau sampe ke jalan. Retribusi dong tarik tiap hari \
{rps} \
ma sampah sonde diangkat.""",
        """Air PDAM su sonde jalan tiga hari di Kel. {kel}. Katong su telpon hotline PDAM \
{officetel} ma sonde ada yang angkat.""",
        """Ada orang WA ngaku dari Dinas Sosial, nomor {officewa}, minta katong transfer {rp} ko \
bansos cair. Hati-hati e, itu tipu!""",
        """Terima kasih banyak Dinas PUPR, jalan di {street} su bae. Tuhan berkati.""",
        """Pak RT bilang warga RT {rtno} sampe RT {rtno2} mau ada pendataan bansos, ma sonde \
jelas kapan. Katong tunggu sa.""",
        """Bemo jurusan {kel} sonde mau masuk terminal, dong turun penumpang di jalan. Dishub dong \
di mana?""",
        """Beta su antri di {office} dari jam 7, nomor antrian {queue}, sampe jam 12 belum \
dipanggil. Parcuma.""",
        """Token listrik katong su isi {token} ma sonde masuk. ID pelanggan {plnid}. PLN tolong \
cek do.""",
        """Anjing liar banyak di Kel. {kel}, su gigit ana kecil dua orang. Dinas Peternakan \
tolong tangkap dong.""",
        """Harga minyak tanah di pangkalan naik jadi {rps} satu liter. Dong bilang stok abis ma \
malam-malam jual ke pengecer. Tolong cek.""",
        """Lomba kebersihan kelurahan: RT {rtno} juara 1, RT {rtno2} juara 2. Hadiah sonde dikasi \
sampe sekarang.""",
        """Sekolah {school} minta sumbangan pembangunan {rp}. Komite Sekolah bilang wajib. Itu \
bole ko?""",
        """Pangkalan ojek depan {market} tu nomor {officewa}, dong pasang harga suka-suka. \
Dishub tolong atur.""",
    ],
)

# ---------------------------------------------------------------------------------------------
# letter: formal letters and e-mails
# ---------------------------------------------------------------------------------------------

STYLES["letter"] = (
    [
        """
Kupang, {date}

Kepada Yth.
Bapak Lurah {p1.kel}
di Tempat

Perihal: Permohonan Surat Keterangan Tidak Mampu

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama : [[n:{p1.full}]]
NIK : [[nik:{p1.nik}]]
Tempat/Tgl. Lahir : {p1.ttl!t}
Alamat : [[a:{p1.jlrt}]], Kel. {p1.kel}
No. HP : [[ph:{p1.hp}]]

mengajukan permohonan Surat Keterangan Tidak Mampu untuk keperluan pengobatan anak saya, \
[[n:{f2.first} {p1.fam}]], di {rs}.

Demikian permohonan ini saya sampaikan. Atas perhatian Bapak saya ucapkan terima kasih.

Hormat saya,

[[n:{p1.full}]]
""",
        """
From: [[n:{p1.full}]] <[[e:{p1.mail}]]>
To: bapenda.kotakupang@gmail.com
Cc: "[[n:{m2.full}]]" <[[e:{m2.mail}]]>, Humas Pemkot Kupang <humas@kupangkota.go.id>
Subject: Keberatan atas tagihan PBB NOP {nop}

Yth. Bapenda Kota Kupang,

Saya menerima tagihan PBB tahun 2026 sebesar {rp2} untuk rumah saya di [[a:{p1.jl}]], padahal \
tahun lalu hanya {rp}. Mohon penjelasan dasar kenaikannya. Saudara saya, [[n:{m2.first}]], \
saya tembuskan karena ikut mengurus.

Salam,
[[n:{p1.full}]]
HP [[ph:{p1.hp}]]
""",
        """
From: "[[n:{p1.fam}]], [[n:{p1.given}]]" <[[e:{p1.mailw}]]>
To: Inspektorat Kota Kupang <inspektorat@kupangkota.go.id>
Date: {day} {time}
Subject: Laporan dugaan pungutan di loket {office}

Bapak/Ibu Inspektur,

Pada {date} saya mendampingi ibu saya, [[n:{f2.full}]], mengurus akta kematian almarhum ayah \
saya. Petugas loket bernama [[n:{m3.first}]] meminta {rp} "uang rokok". Kuitansi tidak \
diberikan.

Terima kasih,
[[n:{p1.given}]]
""",
        """
PEMERINTAH KOTA KUPANG
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
{officeaddr}, Kupang - Telp. {officetel} - WA {officewa}
Email: dukcapil@kupangkota.go.id

Nomor : {letterno}
Lampiran : -
Perihal : Tanggapan Pengaduan

Kepada Yth.
Sdr. [[n:{p1.full}]]
[[a:{p1.jlrt}]]
Kel. {p1.kel}, Kec. {p1.kec}

Menindaklanjuti pengaduan Saudara melalui SP4N-LAPOR! nomor {ticket} tentang perbaikan data \
KK nomor [[kk:{p1.kk}]], dengan ini kami sampaikan bahwa perbaikan telah selesai dan KK dapat \
diambil di loket 3.

Kepala Dinas,

ttd

[[n:{m2.full}]], S.Sos., M.Si
NIP. {nip}
""",
        """
Kepada Yth. Bapak Camat {kec}
di Kupang

Perihal: Keluhan debu pabrik batako

Dengan hormat,
Kami warga [[a:{m1.rtrw}]] Kelurahan {kel} melaporkan bahwa pabrik batako di ujung jalan \
beroperasi sampai malam dan debunya masuk ke rumah-rumah. Beberapa anak sudah batuk.

Yang bertanda tangan:
1. [[n:{m1.full}]] (ttd)
2. [[n:{f2.full}]] (ttd)
3. [[n:{m3.full}]] (ttd)

Mengetahui,
Ketua RT {m1.rtn}
[[n:{m4.full}]]
""",
        """
Kupang, {date}
Kepada Yth. Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang

Dengan hormat,
Saya, [[n:{f1.full}]], orang tua dari [[n:{m2.first} {f1.fam}]], siswa kelas VIII {school}, \
menyampaikan keberatan atas pungutan {rp} untuk "les tambahan" yang diwajibkan wali kelas, \
Ibu [[n:{f3.full}]], S.Pd.

Saya dapat dihubungi di [[ph:{f1.hp}]] atau [[e:{f1.mail}]].

Hormat saya,
[[n:{f1.full}]]

Tembusan:
1. Kepala {school}
2. Ombudsman RI Perwakilan NTT (ombudsman.ntt@ombudsman.go.id)
3. Arsip
""",
        """
Dari: [[n:{f1.full}]] <[[e:{f1.mailkota}]]>
Kepada: helpdesk@lapor.go.id
Perihal: Akun LAPOR tidak bisa masuk

Selamat siang,
Saya [[n:{f1.full}]], staf Bagian Umum {office}. Akun saya terdaftar dengan email dinas saya \
di atas dan NIK [[nik:{f1.nik}]], tetapi sejak {date} selalu muncul "akun tidak ditemukan". \
Bila perlu konfirmasi, silakan hubungi HP saya [[ph:{f1.hp}]].

Terima kasih.
[[n:{f1.full}]]
Bagian Umum {office}
Telp. kantor {officetel}
""",
        """
SURAT KUASA

Yang bertanda tangan di bawah ini:
Nama : [[n:{f1.full}]]
NIK : [[nik:{f1.nik}]]
Alamat : [[a:{f1.jlrt}]]
selanjutnya disebut PEMBERI KUASA.

Nama : [[n:{m2.full}]]
NIK : [[nik:{m2.nikg}]]
Alamat : [[a:{m2.gg}]]
selanjutnya disebut PENERIMA KUASA.

untuk mengurus pencairan dana bantuan pada {f1.bank} rekening nomor [[rek:{f1.rek}]] atas nama \
pemberi kuasa.

Kupang, {date}
Penerima Kuasa, Pemberi Kuasa,
[[n:{m2.full}]] [[n:{f1.full}]]
""",
        """
Kepada Yth.
Kepala KPP Pratama Kupang

Perihal: Permohonan penghapusan NPWP

Dengan hormat,
Saya [[n:{f1.full}]], NIK [[nik:{f1.nik}]], ahli waris dari almarhum [[n:{m2.full}]] dengan \
NPWP [[npwp:{m2.npwp}]], memohon penghapusan NPWP tersebut karena wajib pajak telah meninggal \
dunia pada {date}. Surat keterangan kematian nomor {letterno} terlampir.

Hormat saya,
[[n:{f1.full}]]
[[a:{f1.jl}]], Kupang
""",
        """
CV TIMOR JAYA ABADI
Kontraktor Umum - {officeaddr}, Kupang - Telp. {officetel}
NPWP: {npwpbody}

Kupang, {date}
Kepada Yth. PPK Dinas PUPR Kota Kupang
Perihal: Klarifikasi keterlambatan pekerjaan drainase {street}

Dengan hormat,
Keterlambatan disebabkan hujan dan keterlambatan material. Kami mohon perpanjangan waktu {count} \
hari kalender sesuai kontrak nomor {letterno}.

Hormat kami,
Direktur

[[n:{m1.full}]]
""",
        """
Pada {day} pukul {time}, [[n:{m1.full}]] <[[e:{m1.mail}]]> menulis:
> Yth. Admin PDAM, air di rumah saya [[a:{m1.jlrt}]] tidak mengalir sejak {date}. Mohon dicek.
> [[n:{m1.first}]]

Yth. Bapak [[n:{m1.fam}]],
Terima kasih atas laporannya. Petugas kami akan datang besok. Nomor pengaduan {ticket}.
Salam,
Layanan Pelanggan PDAM Kota Kupang
""",
        """
Kepada Yth. Kepala Kantor BPJS Kesehatan Cabang Kupang

Dengan hormat,
Kami sekeluarga peserta JKN-KIS PBI yang kartunya tiba-tiba nonaktif:

No | Nama | No. Kartu JKN-KIS
1 | [[n:{m1.full}]] | [[bpjs:{m1.bpjs}]]
2 | [[n:{f2.full}]] | [[bpjs:{f2.bpjs}]]
3 | [[n:{f3.first} {m1.fam}]] | [[bpjs:{f3.bpjs}]]

Mohon kartu kami diaktifkan kembali.

Hormat kami,
[[n:{m1.full}]]
HP [[ph:{m1.hp}]]
""",
        """
Kepada Yth. Kapolresta Kupang Kota
Perihal: Laporan kehilangan kendaraan

Dengan hormat,
Saya [[n:{p1.full}]], beralamat di [[a:{p1.jlrt}]], Kel. {p1.kel}, melaporkan kehilangan sepeda \
motor dengan nomor polisi [[plate:{p1.plate}]], nomor rangka {rangka}, pada {date} di parkiran \
{market}. Saya dapat dihubungi di [[ph:{p1.hp}]].

Hormat saya,
[[n:{p1.full}]]
""",
        """
To: [[n:{f2.full}]] <[[e:{f2.mailguru}]]>
Cc: tatausaha.sdgmitoebufu@gmail.com
Subject: Izin tidak masuk sekolah

Selamat pagi Ibu [[n:{f2.first}]],
Anak saya [[n:{m3.first}]] (kelas 4A) hari ini sakit demam dan tidak masuk sekolah. Surat \
dokter menyusul.

Salam, [[n:{m1.first}]]
""",
        """
---------- Forwarded message ---------
Dari: [[n:{f1.full}]] <[[e:{f1.mail}]]>
Tanggal: {day}
Subjek: Keluhan tagihan air
Kepada: <cs@pdamkotakupang.co.id>

Nomor sambungan {pdam}, atas nama [[n:{f1.full}]], alamat [[a:{f1.blok}]]. Tagihan bulan ini \
{rp} padahal rumah kosong selama sebulan.
""",
        """
SURAT KETERANGAN
Yang bertanda tangan di bawah ini, Ketua RT {rtno}/RW {rwno} Kelurahan {kel}, menerangkan \
bahwa [[n:{f2.full}]], NIK [[nik:{f2.nik}]], benar berdomisili di [[a:{f2.jl}]] dan tergolong \
keluarga kurang mampu.

Kupang, {date}
Ketua RT {rtno}/RW {rwno}

[[n:{m1.full}]]
HP [[ph:{m1.hp}]]
""",
        """
Kupang, {date}
Kepada Yth. Tim Pengadaan Tanah Jalan Lingkar Luar

Dengan hormat,
Saya [[n:{m1.full}]], pemilik bidang tanah yang terkena pelebaran jalan, memohon agar ganti \
rugi ditransfer ke rekening {m1.bank} nomor [[rek:{m1.rek}]] atas nama [[n:{m1.full}]]. \
Salinan sertifikat dan NPWP saya ([[npwp:{m1.npwp}]]) terlampir.

Hormat saya,
[[n:{m1.full}]]
""",
        """
SURAT PERNYATAAN

Saya yang bertanda tangan di bawah ini:
Nama : [[n:{p1.full!u}]]
NPWP : [[npwp:{p1.npwp16}]]
Pekerjaan : {p1.job}
Alamat : [[a:{p1.jlrt!u}]]

menyatakan bahwa saya tidak memiliki penghasilan tetap selama tahun {year}.

Kupang, {date}
Yang menyatakan,
[[n:{p1.full!u}]]
""",
        """
Yth. Panitia PPDB {school},

Saya ingin menanyakan hasil seleksi anak saya, [[n:{f2.first} {m1.fam}]]. Sampai hari ini \
namanya belum muncul. Balasan mohon dikirim ke email [[e:{m1.maild}]] karena email lama saya \
sudah tidak aktif.

Hormat saya,
- [[n:{m1.full!l}]]
""",
        """
Dengan hormat,
Bersama surat ini saya, [[n:{m1.full}]], pemilik rumah di [[a:{m1.gg}]], mengadukan tetangga \
saya, Sdr. [[n:{m2.full}]], yang membangun pagar melewati batas tanah. Sudah dimediasi di \
kelurahan tanggal {date}, tetapi tidak ada hasil.

Salam damai,
[[n:{m1.first}]]
""",
        """
Kupang, {date}
Kepada Yth. Kepala Bapenda Kota Kupang

Perihal: Permohonan pengembalian kelebihan pembayaran pajak

Dengan hormat,
Saya [[n:{m1.full}]], NPWP [[npwp:{m1.npwp}]], beralamat di [[a:{m1.jlrt}]], telah membayar \
PBB tahun {year} dua kali (kode billing {billing}). Mohon kelebihan {rp} dikembalikan ke \
rekening {m1.bank} nomor [[rek:{m1.rek}]] atas nama saya sendiri.

Hormat saya,
[[n:{m1.full}]]
""",
        """
From: [[n:{m1.full}]] <[[e:{m1.mail}]]>
To: kpp.kupang@pajak.go.id
Subject: NPWP istri tidak bisa dipadankan

Yth. Petugas KPP Pratama Kupang,
NPWP istri saya, [[n:{f2.full}]], [[npwp:{f2.npwp}]], tidak bisa dipadankan dengan NIK \
[[nik:{f2.nik}]]. Mohon petunjuk. Istri saya bisa dihubungi di [[e:{f2.mail}]].

Terima kasih,
[[n:{m1.first}]]
""",
        """
PEMERINTAH KOTA KUPANG
KELURAHAN {kel!u}
{officeaddr} - Telp. {officetel}

SURAT KETERANGAN DOMISILI
Nomor: {letterno}

Lurah {kel} menerangkan bahwa:
Nama : [[n:{p1.full}]]
NIK : [[nik:{p1.nik}]]
No. KK : [[kk:{p1.kk}]]
Alamat : [[a:{p1.jlrt}]]
benar berdomisili di wilayah Kelurahan {kel}.

Lurah {kel},
[[n:{m2.full}]], S.STP
""",
        """
Kepada Yth. BPJS Kesehatan Cabang Kupang
Perihal: Penggantian biaya obat

Dengan hormat,
Saya [[n:{f1.full}]] (no. kartu JKN [[bpjs:{f1.bpjs}]]) dan suami saya [[n:{m2.full}]] (no. \
kartu [[bpjs:{m2.bpjs}]]) membeli obat sendiri sebesar {rp} karena stok di {rs} kosong. Mohon \
penggantian ke rekening {f1.bank} [[rek:{f1.rek}]] a.n. [[n:{f1.full}]].

Hormat saya,
[[n:{f1.full}]]
""",
        """
SURAT PERNYATAAN AHLI WARIS

Kami ahli waris almarhum [[n:{m1.full}]] (NPWP [[npwp:{m1.npwp}]], KK [[kk:{m1.kk}]]):
1. [[n:{f2.full}]] (istri)
2. [[n:{m3.first} {m1.fam}]] (anak)
menyatakan bahwa dana pensiun almarhum agar ditransfer ke rekening {f2.bank} [[rek:{f2.rek}]] \
atas nama [[n:{f2.full}]].

Kupang, {date}
""",
    ],
    [
        """
PEMERINTAH KOTA KUPANG
DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN
{officeaddr}, Kupang - Telp. {officetel}

Nomor : {letterno}
Sifat : Penting
Perihal : Jadwal pengangkutan sampah

Kepada Yth. Para Lurah se-Kota Kupang

Bersama ini kami sampaikan jadwal pengangkutan sampah yang baru mulai {date}. Truk akan \
melintas Senin-Sabtu pukul 05.00-09.00.

a.n. Kepala Dinas
Sekretaris
(ttd dan cap)
""",
        """
From: noreply@lapor.go.id
To: (pelapor)
Subject: Status laporan {ticket}

Yth. Pelapor,
Laporan Anda dengan nomor {ticket} telah diteruskan kepada {office}. Instansi wajib \
menindaklanjuti dalam 5 hari kerja. Mohon tidak membalas email ini.
""",
        """
FORUM WARGA PEDULI KOTA
Kupang, {date}

Kepada Yth. Ketua DPRD Kota Kupang

Dengan hormat,
Kami menyampaikan keprihatinan atas rusaknya {street} yang belum diperbaiki sejak {year}. \
Kami mohon DPRD memanggil Dinas PUPR.

Koordinator Forum
(ttd)
""",
        """
Yth. Wajib Pajak PBB-P2 Kota Kupang,
Pembayaran PBB tahun 2026 dapat dilakukan dengan kode billing, misalnya untuk NOP {nop} kode \
billing {billing}. Jatuh tempo {date}. Informasi: Bapenda Kota Kupang {officetel}.
""",
        """
UNDANGAN
Kepada Yth. Bapak/Ibu Jemaat
Ibadah syukur HUT jemaat akan dilaksanakan pada {day} pukul {time} di Gereja GMIT Paulus, Jl. \
Thamrin No. 7, Kupang. Salam damai dalam kasih Kristus.
Majelis Jemaat
""",
        """
From: osis.smpn2kupang@gmail.com
To: orangtua.smpn2kupang@gmail.com
Subject: Study tour kelas IX

Bapak/Ibu orang tua siswa, study tour ke Soe dilaksanakan {date}. Biaya {rp} dibayar lewat VA \
{va}.
Salam,
Panitia
""",
        """
TOKO SINAR ABADI
{officeaddr}, Kupang
NPWP: {npwpbody}

Kepada Yth. Bapenda Kota Kupang
Perihal: Keberatan pajak reklame

Kami keberatan atas penetapan pajak reklame {rp} untuk papan nama toko kami. Ketetapan \
nomor {letterno}.

Hormat kami,
Manajemen Toko Sinar Abadi
""",
        """
Kepada Yth. Bapak Lurah {kel}

Kami mohon perbaikan saluran air yang sudah tersumbat sejak {date}. Air meluap setiap hujan \
dan masuk ke jalan.

Hormat kami,
Warga RT {rtno}
""",
        """
Kepada Yth. Manajer PLN UP3 Kupang
Perihal: Gangguan meter prabayar

Dengan hormat,
Meter dengan ID pelanggan {plnid} dan nomor meter {meter} menolak token {token} sejak {date}. \
Mohon pemeriksaan.

Hormat kami,
Pengurus Masjid
""",
        """
RSUD PROF. DR. W. Z. JOHANNES KUPANG
Jl. Moh. Hatta No. 19, Kupang - Telp. {officetel}

Nomor : {letterno}
Perihal : Jawaban atas pengaduan nomor {ticket}

Menanggapi pengaduan tentang antrean di poli rawat jalan, kami sampaikan bahwa mulai {date} \
pendaftaran dapat dilakukan secara daring.

Direktur
(ttd)
""",
        """
To: dinkes.kotakupang@gmail.com, dlhk.kotakupang@gmail.com
Cc: pengaduan@kupangkota.go.id
Subject: Genangan dan jentik di {market}

Yth. Bapak/Ibu,
Saluran di belakang los ikan {market} tergenang sejak {date}. Banyak jentik nyamuk. Mohon \
penanganan.
""",
        """
OMBUDSMAN REPUBLIK INDONESIA
PERWAKILAN PROVINSI NUSA TENGGARA TIMUR

Nomor : {letterno}
Perihal : Permintaan klarifikasi

Yth. Kepala {office}
Kami menerima laporan masyarakat nomor {ticket}. Mohon klarifikasi tertulis dalam 14 hari. \
Korespondensi: ombudsman.ntt@ombudsman.go.id.
""",
    ],
)

# ---------------------------------------------------------------------------------------------
# social: posts, comments, replies, handles
# ---------------------------------------------------------------------------------------------

STYLES["social"] = (
    [
        """
Info Kupang Raya \u00b7 Grup publik
[[n:{f1.full}]]
{hour} jam
Selamat malam admin, izin share. Motor saya Beat merah [[plate:{f1.plate}]] hilang di \
parkiran {market} tadi siang. Yang lihat tolong hubungi [[ph:{f1.hp}]]. Terima kasih \U0001f64f
Komentar
[[n:{m2.full}]]: Sabar kaka, sudah lapor polisi?
  Balasan dari [[n:{f1.full}]]: Sudah kaka, di Polsek {kec}
""",
        """
@pemkotkupang @dlhk.kotakupang tolong sampah di depan rumah kami [[a:{p1.jl}]] sdh seminggu \
tdk diangkut. Bau sekali. - [[n:{p1.first}]]
""",
        """
@PLN123 listrik di [[a:{p1.rtrw}]] Kel. {p1.kel} padam lagi!! sdh 3x minggu ini. ID pel \
{plnid}. Kapan beres?
""",
        """
DICARI DONOR DARAH GOL. O+ utk bapak kami [[n:{m1.full}]] yg sedang dirawat di {rs}. \
Hubungi [[n:{f2.first}]] [[ph:{f2.hp}]] / [[ph:{m3.hp}]] ([[n:{m3.first}]]). Tuhan berkati
""",
        """
Viral! Oknum petugas Samsat bernama [[n:{m1.full}]] diduga minta uang {rp} utk balik nama \
kendaraan [[plate:{m2.plate}]] milik warga. Korban, [[n:{m2.full}]], sudah lapor ke Ombudsman. \
#Kupang #Pungli
""",
        """
DITEMUKAN KTP a.n. [[n:{f1.full!u}]], NIK [[nik:{f1.nik}]], di depan {school} pagi ini. Yg \
kenal tolong tag orangnya. KTP sy titip di pos satpam. - [[n:{m2.first}]]
""",
        """
Komentar:
[[n:{f1.full}]]: [[n:{f2.first}]] [[n:{m3.full}]] coba lihat ini, bukannya ini jalan depan \
rumah kalian?
[[n:{f2.full}]]: Iya kaka, sdh 2 bulan begini
[[n:{m3.full}]]: Sudah lapor ke 1708, belum ada respon
""",
        """
DIJUAL CEPAT motor Vario {year}, plat [[plate:{m1.plate}]], surat lengkap, pajak hidup. Minat \
hubungi pemilik langsung [[ph:{m1.hp}]] ([[n:{m1.first}]]). Bisa dilihat di rumah, \
[[a:{m1.jlrt}]], Kel. \
{m1.kel}.
""",
        """
Turut berduka cita atas berpulangnya Bapak [[n:{m1.full}]], Ketua RT {rtno} yang selalu \
melayani warga. Selamat jalan [[n:{m1.first}]], Tuhan menyertai keluarga yang ditinggalkan.
""",
        """
Ada yg tau cara ganti email di akun SIAP Dukcapil? Email lama sy [[e:{p1.mail}]] sdh tdk \
aktif. Kalau ada yg bisa bantu, email sy yg baru [[e:{p1.maild}]]. Makasih
""",
        """
Itu rumah Om [[n:{m1.first}]] di [[a:{m1.blok}]] sdh 2 tahun tdk dapat air PDAM, pipa dinas \
lewat depan rumah tapi tdk pernah disambung. @pdamkotakupang tolong!
""",
        """
Mohon bantu share. Anak saya [[n:{f2.first}]] kelas 3 di {school} ditahan rapornya krn \
belum bayar komite {rp}. Apa boleh begitu? Saya [[n:{f1.full}]], [[ph:{f1.hps}]].
""",
        """
KIS saya no [[bpjs:{p1.bpjs}]] ditolak di {pusk} dengan alasan pindah faskes, padahal saya \
tidak pernah pindah. Ada yang pernah alami? #BPJS #Kupang
""",
        """
Sudah 3 bulan KK saya tidak bisa dicetak, no KK [[kk:{p1.kk}]]. Katanya data ganda dengan \
orang lain. Ada yg tau harus ke mana? Sy [[n:{p1.full}]] dari {p1.kel}.
""",
        """
Ini NPWP sy [[npwp:{p1.npwp}]] kok di DJP Online tidak terdaftar ya? Padahal sudah dipakai \
lapor SPT {year}. Mohon pencerahan.
""",
        """
LIVE komentar:
[[n:{m1.full}]]: Pak Wali, jalan di {street} kapan diaspal?
[[n:{f2.full}]]: Air di [[a:{f2.rtrw}]] Kel. {f2.kel} mati terus pak
[[n:{m3.full!l}]]: lampu jalan di kompleks kami jg mati
""",
        """
Terima kasih buat ibu bidan [[n:{f1.first}]] di {pusk} yang sabar melayani mama saya tengah \
malam. Orang baik seperti ibu jarang. - [[n:{f2.full}]]
""",
        """
Bukan promosi. Saya tukang servis AC rumahan, bukan toko. WA pribadi [[ph:{m1.hp0}]] \
([[n:{m1.first}]]). Bisa dipanggil ke rumah area {kec}.
""",
        """
@satpolpp.kotakupang lapak saya di depan rumah sendiri, [[a:{f1.jlrt}]], kenapa ikut \
dibongkar? Saya [[n:{f1.full}]], punya izin dari kelurahan.
""",
        """
Balasan untuk [[n:{m1.full}]]:
Betul pak, anak saya [[n:{m2.first}]] juga kena. Sekolah minta transfer ke rekening pribadi \
bendahara, {f3.bank} [[rek:{f3.rek}]] a.n. [[n:{f3.full}]]. Aneh kan?
""",
        """
Keluarga [[n:{p1.fam}]] mengucapkan terima kasih kepada Damkar Kota Kupang yg cepat datang \
saat rumah kami di [[a:{p1.jl}]] terbakar semalam. Tuhan berkati petugas semua.
""",
        """
Cari kos putri dekat Undana, hubungi saya [[n:{f1.first}]] [[ph:{f1.hp62}]] atau email \
[[e:{f1.mail}]]. Budget {rp}/bulan.
""",
        """
Guru honor Kupang, ada yg NPWP-nya tiba2 "non efektif"? Punya sy [[npwp:{f1.npwp}]], padahal \
tiap bulan dipotong PPh. Kalau ada info, email sy [[e:{f1.mail}]] \U0001f64f
""",
        """
Mohon bantuan admin. KIS anak saya [[n:{f2.first}]] no [[bpjs:{f2.bpjs}]] tidak aktif, padahal \
sudah masuk KK kami [[kk:{m1.kk}]]. Ke mana harus urus? - [[n:{m1.full}]]
""",
        """
Terima kasih BPJS Kesehatan Cabang Kupang, kartu bapak saya [[n:{m1.full}]] no \
[[bpjs:{m1.bpjsg}]] sudah aktif kembali setelah saya lapor minggu lalu. Pelayanan cepat \
\U0001f44d
""",
    ],
    [
        """
@pemkotkupang jalan di {street} depan {school} rusak parah, kapan diperbaiki? \
#KupangKotaKasih #JalanRusak
""",
        """
Info Kupang \u00b7 {hour} jam
Mulai {date} {street} ditutup sementara untuk pengecoran. Pengendara diminta lewat jalur \
alternatif. Info lalu lintas: Dishub {officetel}.
""",
        """
Pemkot Kupang: Terima kasih atas laporannya. Sudah kami teruskan ke Dinas PUPR dengan nomor \
tiket {ticket}. Salam Kupang Kota Kasih.
""",
        """
@PLN123 token saya {token} gagal terus, ID pel {plnid}. Sudah 2 hari gelap!
""",
        """
AWAS PENIPUAN! Akun yg mengatasnamakan Dinas Sosial minta transfer {rp} ke WA {officewa} \
utk "biaya admin bansos". Dinas Sosial tidak pernah memungut biaya. Laporkan ke 1708.
""",
        """
@dlhk.kotakupang jadwal angkut sampah di Kel. {kel} jadi hari apa sekarang? Sudah {count} \
hari truk tidak lewat.
Komentar (4)
- kami jg sama, sampah sdh menggunung
- sabar, truknya rusak katanya
""",
        """
Forum Warga Peduli Kota mengajak warga hadir di dialog publik soal air bersih, {day} pukul \
{time} di aula {office}. Terbuka untuk umum.
""",
        """
Indah sekali taman bunga di Taman Nostalgia sore ini. Terima kasih petugas DLHK yang merawat. \
Kupang makin damai \U0001f338
""",
        """
Pertandingan voli antar-RT: RT {rtno} vs RT {rtno2}, {day} sore. Ayo dukung tim kesayangan! \
#KelurahanSehat
""",
        """
Penerbangan dari Bandara El Tari delay 3 jam lagi. Ada yang tahu nomor pengaduan maskapai? \
Call center bandara {officetel} tidak diangkat.
""",
        """
Pengumuman {pusk}: pelayanan imunisasi hari {weekday} pukul 08.00-12.00. Pendaftaran WA \
{officewa} (admin puskesmas). Bawa buku KIA.
""",
        """
Antrean di {office} pagi ini sampai nomor {queue}. Yang mau urus KTP datang lebih pagi. \
Loket buka Senin-Jumat 08.00-15.00.
""",
        """
Grup RT {rtno}: kerja bakti {day} jam 06.30. Warga RT {rtno} sampai RT {rtno2} diharapkan hadir. \
Salam damai.
""",
    ],
)

# ---------------------------------------------------------------------------------------------
# officer_note: a complaint officer's notes of calls, visits, counters, follow-ups
# ---------------------------------------------------------------------------------------------

STYLES["officer_note"] = (
    [
        """Catatan petugas {date} {time}: telp masuk dari Ibu [[n:{f1.full}]] (HP [[ph:{f1.hp}]]), \
warga [[a:{f1.rtrw}]] Kel. {f1.kel}. Melaporkan sampah tidak diangkut {count} hari. Tindak \
lanjut: diteruskan ke DLHK, tiket {ticket}.""",
        """
Kunjungan lapangan {day}
Rumah pelapor Bpk. [[n:{m1.full}]], [[a:{m1.jlrt}]]. Retak dinding akibat getaran alat berat \
proyek drainase. Difoto {count} lembar. Ditemui juga tetangga, Ibu [[n:{f2.full}]], yang \
mengalami hal sama. Rekomendasi: undang kontraktor ke kelurahan.
""",
        """Loket 2, antrian {queue}. Pemohon [[n:{p1.full}]] NIK [[nik:{p1.nik}]] datang utk cetak \
ulang KTP. Blangko habis, diberi resi {ticket}. Pemohon keberatan, minta dihubungi di \
[[ph:{p1.hpd}]] bila blangko datang.""",
        """Follow-up {date}: sdh dihubungi kembali Sdr. [[n:{m1.full}]] lewat WA [[ph:{m1.hpi}]]. \
Sdr. [[n:{m1.first}]] menyatakan air sdh mengalir sejak pagi. Laporan ditutup.""",
        """Pelapor Bpk. [[n:{m1.full}]], warga [[a:{m1.rtrw}]], lapor lampu jalan mati {count} \
tiang di sepanjang gang. Diteruskan ke Dinas Perkim. Pelapor minta kabar lewat SMS ke \
[[ph:{m1.hp0}]].""",
        """
Pelapor datang ke loket pengaduan membawa KK [[kk:{p1.kkg}]] dan kartu KIS ibunya, \
[[n:{f2.full}]], no [[bpjs:{f2.bpjs}]]. Kartu dinyatakan nonaktif sejak {date}. Sudah \
dikonfirmasi ke BPJS Kesehatan via telepon kantor {officetel}. Menunggu reaktivasi.
""",
        """
Terlapor: petugas parkir a.n. [[n:{m2.full}]], HP [[ph:{m2.hp}]] (nomor pribadi, diberikan \
Kepala UPT Parkir). Pelapor: [[n:{f1.full}]], [[ph:{f1.hp0}]]. Dugaan: tarif parkir {rps} tanpa \
karcis di {market}.
""",
        """Refund retribusi {rp} ditransfer ke rek {p1.bank} [[rek:{p1.rek}]] a.n. \
[[n:{p1.full}]] pada {date}. Bukti transfer No. Ref {trx}. Pelapor sudah konfirmasi terima.""",
        """
Pelapor pemilik usaha perorangan (kios pulsa), NPWP pribadi [[npwp:{p1.npwp}]]. Pelapor juga \
menunjukkan faktur dari CV Sumber Rejeki dengan NPWP {npwpbody}. Keluhan: pajak daerah \
ditagih dua kali. Kontak pelapor [[ph:{p1.hp}]].
""",
        """Kendaraan [[plate:{p1.plate}]] milik Sdr. [[n:{p1.full}]] ditahan di pool Dishub sejak \
{date}. Denda sesuai perda {rp}, pelapor mengaku diminta {rp2}. Dijadwalkan klarifikasi \
dengan petugas lapangan [[n:{m2.first}]].""",
        """Pelapor diarahkan menghubungi call center PDAM {officetel}. Nomor pelapor \
[[ph:{p1.hp}]], nama [[n:{p1.full}]], sambungan no. {pdam}.""",
        """Pelapor [[n:{f1.full}]] minta jawaban dikirim ke email pribadi [[e:{f1.mail}]], bukan \
ke email kantornya. Dicatat di sistem.""",
        """
Verifikasi lapangan rumah tidak layak huni, [[a:{m1.jlrt}]]:
1. [[n:{m1.full}]] ({age}) - kepala keluarga
2. [[n:{f2.full}]] ({age2}) - istri
3. [[n:{f3.first} {m1.fam}]] ({kidage}) - anak
Kondisi atap bocor, lantai tanah. Diusulkan ke program bedah rumah {year}.
""",
        """Petugas penerima: [[n:{f1.first}]]. Telp {time} dari [[n:{m2.full}]], mengeluh nomor \
dia [[ph:{m2.hps}]] diblokir admin grup kelurahan setelah mengkritik pelayanan. Diteruskan ke \
Kasi Pemerintahan.""",
        """
Catatan kunjungan rumah Oma [[n:{f1.full}]], [[a:{f1.gg}]]. NIK di formulir tertulis \
[[nik:{f1.nik15}]] (kurang satu digit). Oma tidak dapat BPNT {count} bulan. Anak oma, \
[[n:{m2.first}]], HP [[ph:{m2.hp0}]].
""",
        """a.n. pelapor [[n:{p1.full}]] (telp rumah [[ph:{p1.tel}]]), keluhan: suara musik dari \
tempat hiburan di {street} sampai jam 2 pagi. Tempat hiburan bukan rumah warga. Diteruskan ke \
Satpol PP.""",
        """
Terlapor: [[n:{m2.full}]], tetangga pelapor, rumah di [[a:{m2.jl}]]. Anjingnya menggigit anak \
pelapor ([[n:{f3.first}]], {kidage} th). Pelapor: [[n:{f1.full}]] [[ph:{f1.hp}]]. Dimediasi \
Babinsa dan kelurahan {date}.
""",
        """Ortu murid, Ibu [[n:{f1.full}]], lapor anaknya [[n:{m2.first}]] tidak dapat ijazah krn \
tunggakan {rp} di {school}. Dikonfirmasi ke kepala sekolah. HP pelapor [[ph:{f1.hpd}]].""",
        """
NIK pelapor di formulir:
NIK : [[nik:{p1.nika}
{p1.nikb}]]
Nama : [[n:{p1.full}]]
Catatan: pelapor minta perbaikan status perkawinan di KK [[kk:{p1.kk}]].
""",
        """Kunjungan ke rumah pelapor [[n:{m1.full}]] di [[a:{m1.blok}]]: meteran PLN dicabut \
tanpa \
pemberitahuan. ID pel {plnid}. Petugas PLN yang datang mengaku bernama [[n:{m2.first}]]. Foto \
terlampir.""",
        """
Tindak lanjut tiket {ticket}:
- {date}: hubungi pelapor [[n:{f1.first}]] di [[ph:{f1.hp}]], tidak diangkat
- {date2}: kirim email ke [[e:{f1.maild}]]
- {date3}: pelapor datang langsung, diterima Kasi Pelayanan [[n:{m2.full}]]
""",
        """Pemohon akta kelahiran a.n. anak [[n:{f2.first} {m1.fam}]], ayah [[n:{m1.full}]] \
(NIK [[nik:{m1.nikd}]]), ibu [[n:{f3.full}]] (NIK [[nik:{f3.nik}]]). Berkas lengkap, selesai \
{date}.""",
        """Sdr. [[n:{m1.full}]] melaporkan mobil dinas [[plate:{p9.plate}]] parkir di trotoar \
depan {office} setiap hari. Pelapor kirim foto lewat WA [[ph:{m1.hp62}]].""",
        """Catatan loket: pemohon pindah datang dari Kab. Kupang, [[n:{p1.full}]], NIK \
[[nik:{p1.nik}]], tujuan [[a:{p1.jlrt}]], Kel. {p1.kel}. NPWP [[npwp:{p1.npwp16}]] dicatat \
untuk sinkronisasi data.""",
        """Pemohon [[n:{f1.full}]] (NPWP [[npwp:{f1.npwp}]]) mengurus penghapusan NPWP suaminya, \
almarhum [[n:{m2.full}]], NPWP [[npwp:{m2.npwp}]]. Berkas kurang akta kematian. Pemohon diminta \
kembali {date}. Email pemohon [[e:{f1.mail}]].""",
        """
Reaktivasi JKN sekeluarga, KK [[kk:{m1.kkg}]]:
- [[n:{m1.full}]], kartu [[bpjs:{m1.bpjs}]]
- [[n:{f2.full}]], kartu [[bpjs:{f2.bpjs}]]
- [[n:{f3.first} {m1.fam}]], kartu [[bpjs:{f3.bpjs}]]
Status: diusulkan ke Dinsos {date}. Kontak [[ph:{m1.hp}]].
""",
        """Loket 3 {date}: KK [[kk:{p1.kk}]] dicetak ulang a.n. kepala keluarga [[n:{p1.full}]], \
karena KK lama rusak terkena banjir. Pemohon minta notifikasi lewat email [[e:{p1.maild}]].""",
        """Permohonan SKTM: pemohon [[n:{f1.full}]], KK [[kk:{f1.kk}]], NPWP [[npwp:{f1.npwp16}]] \
(dicantumkan pemohon sendiri). Bantuan biaya sekolah anak ditransfer ke rek {f1.bank} \
[[rek:{f1.rek}]]. Diverifikasi {date}.""",
        """Pelapor [[n:{m1.full}]], pedagang perorangan di {market}, menunjukkan dua tagihan \
pajak: satu atas NPWP pribadinya [[npwp:{m1.npwp}]], satu atas NPWP [[npwp:{m1.npwp16}]] (NIK \
yang dipadankan). Diteruskan ke Bapenda utk dihapus salah satu.""",
    ],
    [
        """Catatan {date}: telp masuk tanpa identitas (pelapor menolak sebut nama). Lampu jalan di \
{street} mati. Diteruskan ke Dinas Perkim, tiket {ticket}.""",
        """Rekap loket {date}: {count} pemohon, antrian terakhir {queue}. Blangko KTP tersisa 12. \
Printer rusak jam {time}-{time2}.""",
        """Follow-up tiket {ticket}: Dinas PUPR membalas surat {letterno}, perbaikan {street} \
dijadwalkan minggu ke-2 {month}.""",
        """Kunjungan ke {pusk}: keluhan antrean panjang diverifikasi. Kepala Puskesmas menjelaskan \
2 dokter sedang cuti. Jadwal dokter pengganti dipasang di papan informasi.""",
        """Telp dari warga (anonim) tentang tagihan PDAM No. sambungan {pdam}, tagihan {rp}. \
Disarankan hubungi hotline PDAM {officetel}.""",
        """Rapat koordinasi {date}: hadir Ketua RT {rtno}, Ketua RT {rtno2}, Lurah {kel} (diwakili \
Sekretaris Kelurahan), Bhabinkamtibmas. Dibahas pembagian air tangki.""",
        """Pemeriksaan token: no meter {meter}, token {token} gagal. ID pel {plnid}. Diteruskan ke \
PLN UP3 Kupang.""",
        """Pertemuan dgn warga RT {rtno} Kel. {kel}: warga mengeluh bau dari TPS. DLHK berjanji \
memindahkan kontainer {date}.""",
        """Pelapor (tidak mau disebut namanya) melaporkan SMS penipuan dari nomor yang mengaku \
petugas PLN ({officewa}), minta transfer {rp} ke VA {va}. Diteruskan ke Polresta.""",
        """Cek berkas PBG No. {letterno}: kurang gambar struktur. Pemohon badan usaha diberi waktu \
{count} hari. Kontak perusahaan {officetel}.""",
        """Kunjungan ke {market}: penarikan retribusi {rps} per lapak tanpa karcis dikonfirmasi \
oleh \
pedagang. Kepala UPT Pasar dipanggil klarifikasi {date}.""",
        """Telp ke hotline 112 {date} pukul {time}: kebakaran lahan di {kel}. Damkar tiba {count} \
menit kemudian. Tidak ada korban.""",
        """Follow-up surat {office} nomor {letterno}: bantuan air bersih dikirim ke Kel. {kel} \
dengan 4 mobil tangki pada {date}. Koordinasi lewat WA center {officewa}.""",
    ],
)

# ---------------------------------------------------------------------------------------------
# call_transcript: a call-centre or hotline conversation written out
# ---------------------------------------------------------------------------------------------

STYLES["call_transcript"] = (
    [
        """
Petugas: Selamat pagi, layanan pengaduan 1708 Kota Kupang, dengan siapa saya bicara?
Pelapor: Pagi, Pak. Saya [[n:{f1.full}]].
Petugas: Baik Ibu [[n:{f1.first}]]. Boleh nomor yang bisa dihubungi?
Pelapor: [[ph:{f1.hps}]].
Petugas: Saya ulangi, [[ph:{f1.hps}]], betul?
Pelapor: Betul.
Petugas: Apa yang mau dilaporkan, Bu?
Pelapor: Air PDAM di [[a:{f1.rtrw}]] Kel. {f1.kel} mati sudah seminggu.
Petugas: Baik, laporan kami catat dengan nomor {ticket}.
""",
        """
Petugas: Call center Dukcapil, dengan [[n:{f2.first}]], ada yang bisa dibantu?
Pelapor: Saya mau tanya KTP saya, Nona. Sudah tiga bulan belum jadi.
Petugas: Boleh sebutkan NIK-nya, Pak?
Pelapor: [[nik:{m1.nikg}]].
Petugas: Atas nama?
Pelapor: [[n:{m1.full}]].
Petugas: Baik Pak [[n:{m1.fam}]], status KTP Bapak sudah tercetak, bisa diambil di loket 4.
""",
        """
Petugas: Hotline Dishub, selamat siang.
Pelapor: Siang. Motor saya diangkut di depan {market}, plat [[plate:{m1.plate}]].
Petugas: Atas nama siapa, Pak?
Pelapor: [[n:{m1.full}]]. Saya parkir cuma lima menit, Pak.
Petugas: Kendaraan ada di pool Dishub, Pak. Denda {rp}, dibayar lewat kode billing.
Pelapor: Tapi petugas di lapangan minta {rp2} tunai.
Petugas: Itu tidak benar, Pak. Boleh nomor HP Bapak untuk tindak lanjut?
Pelapor: [[ph:{m1.hp0}]].
""",
        """
Petugas: Selamat sore, 1708.
Pelapor: Sore, Pak. Beta [[n:{m1.first}]] dari [[a:{m1.rtrw}]] Kel. {m1.kel}. Pak, dana BLT \
beta pung mama sonde masuk.
Petugas: Nama mama siapa, Pak?
Pelapor: [[n:{f2.full}]]. Rekening {f2.bank}, nomor [[rek:{f2.rek}]].
Petugas: Baik, kami cek ke Dinas Sosial. Nomor yang bisa dihubungi?
Pelapor: Ini sa, [[ph:{m1.hp}]].
""",
        """
Petugas: BPJS Kesehatan Care Center, dengan [[n:{f3.first}]]. Ada yang bisa dibantu?
Pelapor: Kartu KIS saya tidak bisa dipakai di {rs}.
Petugas: Boleh nomor kartunya, Bu?
Pelapor: [[bpjs:{f1.bpjs}]].
Petugas: Atas nama Ibu [[n:{f1.full}]]?
Pelapor: Iya.
Petugas: Status Ibu PBI dan aktif, Bu. Kami hubungi rumah sakit. Nomor Ibu masih \
[[ph:{f1.hpd}]]?
Pelapor: Masih.
""",
        """
Petugas: Pengaduan 1708, dengan [[n:{m3.first}]]. Silakan.
Pelapor: Pak, saya mau lapor tetangga saya, [[n:{m2.full}]], buang limbah babi ke got. Baunya \
sampai ke rumah saya di [[a:{m1.jl}]].
Petugas: Nama Bapak?
Pelapor: [[n:{m1.full}]].
Petugas: Baik Pak [[n:{m1.first}]], laporan kami teruskan ke DLHK dan kelurahan.
""",
        """
Petugas: Halo, selamat pagi, ini dengan Bapak [[n:{m1.full}]]?
Pelapor: Iya, betul.
Petugas: Kami dari pengaduan 1708 menindaklanjuti laporan Bapak nomor {ticket} soal jalan di \
depan rumah Bapak, [[a:{m1.gg}]]. Sudah diperbaiki?
Pelapor: Sudah, Pak, kemarin sore. Terima kasih.
Petugas: Sama-sama, Pak. Laporan kami tutup.
""",
        """
Petugas: Layanan pengaduan pajak daerah, selamat siang.
Pelapor: Siang, Bu. Saya mau tanya kenapa NPWP saya [[npwp:{p1.npwp}]] dipakai di tagihan \
pajak restoran. Saya tidak punya restoran.
Petugas: Boleh nama lengkap Bapak/Ibu?
Pelapor: [[n:{p1.full}]].
Petugas: Baik, kami cek. Hasilnya kami kirim ke email?
Pelapor: Boleh, [[e:{p1.mail}]].
""",
        """
Petugas: 1708, selamat malam.
Pelapor: Malam, Kak. Saya [[n:{f1.full}]], [[a:{f1.jlrt}]]. Ada orang mabuk lempar batu ke \
rumah kami, pelakunya [[n:{m2.first}]], anak kos sebelah.
Petugas: Ibu aman sekarang?
Pelapor: Aman, Kak, sudah ada Pak RT.
Petugas: Kami teruskan ke Polsek {kec} dan Bhabinkamtibmas. Nomor Ibu?
Pelapor: [[ph:{f1.hp}]].
""",
        """
Petugas: Selamat pagi, call center PLN.
Pelapor: Pagi. Meteran rumah saya bunyi terus. Saya [[n:{m1.full}]], alamat [[a:{m1.blok}]].
Petugas: ID pelanggannya, Pak?
Pelapor: {plnid}.
Petugas: Baik, petugas akan datang. Nomor telepon Bapak?
Pelapor: Telepon rumah [[ph:{m1.tel}]], atau HP [[ph:{m1.hp0}]].
""",
        """
Petugas: Pengaduan 1708. Dengan siapa?
Pelapor: [[n:{m1.first}]], Ketua RT {m1.rtn}.
Petugas: Silakan, Pak RT.
Pelapor: Kami warga [[a:{m1.rtrw}]] Kel. {m1.kel} sudah dua minggu tidak dapat air tangki.
Petugas: Baik, kami teruskan ke PDAM. Nomor Pak RT?
Pelapor: [[ph:{m1.hpd}]].
""",
        """
Petugas: Layanan 1708. Ada yang bisa dibantu?
Pelapor: Mau lapor KK saya, Pak. Nomornya [[kk:{m1.kk}]]. Nama istri saya, [[n:{f2.full}]], \
tidak ada di KK.
Petugas: Nama Bapak?
Pelapor: [[n:{m1.full}]].
Petugas: Bapak bisa datang ke Dukcapil bawa buku nikah. Kami juga catat nomor Bapak.
Pelapor: [[ph:{m1.hpi}]].
""",
        """
Petugas: Halo, 1708.
Pelapor: Halo, Nona. Beta mau lapor guru di {school}, Pak [[n:{m2.first}]], pukul beta pung \
ana, [[n:{m3.first}]].
Petugas: Astaga. Ibu dengan siapa?
Pelapor: Beta [[n:{f1.full}]].
Petugas: Ibu [[n:{f1.first}]], kami teruskan ke Dinas Pendidikan dan P2TP2A. Nomor Ibu?
Pelapor: [[ph:{f1.hp0}]].
""",
        """
Petugas: Selamat siang, pengaduan Samsat.
Pelapor: Siang, Pak. Saya sudah bayar pajak mobil [[plate:{m1.plate}]] lewat aplikasi, tapi \
STNK belum disahkan.
Petugas: Atas nama siapa, Pak?
Pelapor: [[n:{m1.full}]], NIK [[nik:{m1.nik}]].
Petugas: Pembayaran masuk, Pak. Pengesahan bisa di Samsat mana saja.
""",
        """
Petugas: 1708, selamat pagi.
Pelapor: Pagi. Saya [[n:{f1.full}]]. Saya kirim berkas ke email dinas, tapi balasannya dari \
alamat [[e:{m2.mail}]], katanya itu email pribadi petugas bernama [[n:{m2.first}]]. Itu \
resmi atau tidak?
Petugas: Email resmi dinas hanya yang berakhiran go.id, Bu. Kami akan cek petugas itu.
""",
        """
Petugas: Pengaduan 1708, dengan [[n:{f3.first}]].
Pelapor: Saya mau lapor rentenir, Nona. Namanya [[n:{m2.full}]], tinggal di [[a:{m2.jlrt}]]. \
Bunganya 30 persen sebulan.
Petugas: Bapak dengan siapa?
Pelapor: Tidak usah sebut nama, Nona. Catat nomor saja, [[ph:{m1.hp}]].
""",
        """
Petugas: Selamat sore, layanan aduan Dinas Sosial.
Pelapor: Sore, Bu. Saya [[n:{f1.full}]]. Nama saya di data PKH tertulis "[[n:{f1.typo}]]", \
jadi bantuan tidak bisa cair.
Petugas: NIK Ibu?
Pelapor: [[nik:{f1.nik}]].
Petugas: Baik, kami ajukan perbaikan nama.
""",
        """
Petugas: 1708, selamat pagi.
Pelapor: Pagi. Saya mau lapor bidan di {pusk}.
Petugas: Siapa nama bidannya, Bu?
Pelapor: Bidan [[n:{f2.first}]]. Dia minta {rp} untuk surat keterangan lahir anak saya, \
[[n:{m3.first}]].
Petugas: Ibu dengan siapa dan nomor berapa?
Pelapor: [[n:{f1.full}]], [[ph:{f1.hp62}]].
""",
        """
Petugas: Pengaduan 1708, selamat siang.
Pelapor: Siang, Pak. Saya [[n:{m1.full}]], pensiunan guru. Uang pensiun saya di rekening \
{m1.bank} [[rek:{m1.rek}]] terpotong {rp} tanpa penjelasan.
Petugas: Bapak sudah tanya ke bank?
Pelapor: Sudah, katanya potongan dari kantor.
Petugas: Baik Pak [[n:{m1.fam}]], kami teruskan ke BKPSDM.
""",
        """
Petugas: Selamat malam, 112 Kota Kupang.
Pelapor: Pak, ada kebakaran di rumah tetangga, [[a:{m2.jl}]]!
Petugas: Ada orang di dalam?
Pelapor: Oma [[n:{f3.first}]] tinggal sendiri, Pak!
Petugas: Damkar menuju lokasi. Nama dan nomor Bapak?
Pelapor: [[n:{m1.first}]], [[ph:{m1.hps}]].
""",
        """
Petugas: Pengaduan 1708.
Pelapor: Mau lapor, Kak. Pengumuman penerima KIP kuliah, nama adik saya [[n:{m2.full}]] hilang. \
Padahal NIK dia [[nik:{m2.nikd}]] sudah terdaftar.
Petugas: Kakak dengan siapa?
Pelapor: [[n:{f1.first}]]. Email saya [[e:{f1.maild}]].
""",
        """
Petugas: Layanan beasiswa Pemkot, selamat pagi.
Pelapor: Pagi, Bu. Pendaftaran beasiswa anak saya ditolak, katanya NPWP orang tua tidak valid.
Petugas: Boleh NPWP-nya, Pak?
Pelapor: [[npwp:{m1.npwp}]], atas nama saya, [[n:{m1.full}]].
Petugas: Di sistem tercatat berbeda satu digit, Pak. Kami kirim formulir perbaikan ke email \
Bapak?
Pelapor: Boleh, [[e:{m1.mail}]].
""",
        """
Petugas: BPJS Kesehatan Care Center, selamat siang.
Pelapor: Siang. Saya mau cek dua kartu, Mbak. Punya saya [[bpjs:{f1.bpjs}]] dan anak saya \
[[bpjs:{m2.bpjs}]].
Petugas: Atas nama?
Pelapor: Saya [[n:{f1.full}]], anak saya [[n:{m2.first}]].
Petugas: Kartu anak Ibu belum didaftarkan di KK, Bu. Nomor KK-nya?
Pelapor: [[kk:{f1.kk}]].
""",
        """
Petugas: 1708, selamat pagi.
Pelapor: Pagi. KK saya tertukar dengan KK orang lain, Pak. Nomor KK saya [[kk:{p1.kkg}]], tapi \
isinya nama keluarga [[n:{p2.fam}]].
Petugas: Nama Bapak/Ibu?
Pelapor: [[n:{p1.full}]], HP [[ph:{p1.hp}]].
Petugas: Kami teruskan ke Dukcapil, tiket {ticket}.
""",
        """
Petugas: 1708, selamat siang.
Pelapor: Siang. Saya mau lapor, bantuan PKH saya ditransfer ke rekening orang lain. Rekening \
saya {f1.bank} [[rek:{f1.rek}]].
Petugas: Atas nama?
Pelapor: [[n:{f1.full}]]. KK saya [[kk:{f1.kk}]].
Petugas: Baik Ibu, kami teruskan ke Dinas Sosial dan bank penyalur.
""",
        """
Petugas: Layanan pajak daerah, selamat pagi.
Pelapor: Pagi. Saya dan istri sama-sama dapat tagihan pajak kos-kosan. NPWP saya \
[[npwp:{m1.npwp}]], istri [[npwp:{f2.npwp}]].
Petugas: Nama Bapak?
Pelapor: [[n:{m1.full}]].
Petugas: Baik, cukup satu NPWP yang ditagih, Pak. Kami koreksi.
""",
    ],
    [
        """
Petugas: Selamat pagi, layanan pengaduan 1708 Kota Kupang.
Pelapor: Pagi. Saya tidak mau sebut nama, Pak. Mau lapor jalan berlubang di {street}.
Petugas: Baik, tidak apa-apa. Di dekat mana, Pak?
Pelapor: Depan {school}.
Petugas: Laporan kami catat dengan nomor {ticket}.
""",
        """
Petugas: Dukcapil, selamat siang.
Penelepon: Siang. Loket buka jam berapa?
Petugas: Senin-Jumat 08.00-15.00, Bu. Bisa juga daftar antrean lewat WA {officewa}.
Penelepon: Terima kasih.
""",
        """
Petugas: Bapenda, selamat pagi.
Penelepon: Pagi, Bu. Kode billing PBB saya {billing}, NOP {nop}, kenapa ditolak di ATM?
Petugas: Kode itu sudah kedaluwarsa, Pak. Kami terbitkan yang baru.
""",
        """
Petugas: 1708, selamat sore.
Penelepon: Sore. Saya dapat WA dari nomor {officewa}, katanya dari Dinas Sosial, minta transfer \
{rp}.
Petugas: Itu penipuan, Pak. Dinas Sosial tidak pernah minta uang. Jangan ditransfer.
""",
        """
Petugas: Call center PLN, selamat malam.
Penelepon: Malam. Token saya {token} ditolak, ID pelanggan {plnid}.
Petugas: Baik, kami buatkan laporan gangguan nomor {ticket}.
""",
        """
Petugas: Layanan 1708.
Penelepon: Pak, lampu jalan di {street} dari {market} sampai {church} mati semua.
Petugas: Sejak kapan, Bu?
Penelepon: Sejak {date}.
Petugas: Kami teruskan ke Dinas Perkim.
""",
        """
Petugas: Selamat siang, 1708.
Penelepon: Siang. Ini bengkel? Mau servis motor.
Petugas: Maaf, Pak, ini layanan pengaduan Pemkot. Nomor bengkel mungkin {officewa}.
Penelepon: Oh, maaf, salah sambung.
""",
        """
Petugas: BPJS Ketenagakerjaan, selamat pagi.
Penelepon: Pagi. Saldo JHT saya tidak muncul, nomor KPJ {kpj}.
Petugas: Mohon datang ke kantor cabang dengan kartu peserta, Pak.
""",
        """
Petugas: Pengaduan 1708.
Penelepon: Ada pohon tumbang di {street} depan {pusk}, tutup jalan.
Petugas: Baik, kami teruskan ke BPBD dan DLHK. Terima kasih, Pak.
""",
        """
Petugas Dinas PUPR: Selamat pagi, ini PDAM?
Petugas PDAM: Betul, Pak.
Petugas Dinas PUPR: Soal tiket {ticket}, pipa PDAM bocor di galian drainase {street}. Bisa kirim \
tim?
Petugas PDAM: Siap, hari ini jam {time}.
""",
        """
Petugas: Layanan pengaduan 1708, selamat pagi.
Penelepon: Pagi. Antrean di {office} sudah sampai {queue}, kapan loket tambahan dibuka?
Petugas: Kami sampaikan ke kepala dinas, Bu.
""",
        """
Petugas: Hotline Satpol PP.
Penelepon: Pak, ada bangunan liar di trotoar {street}. Sudah ada surat teguran {letterno}, tapi \
belum dibongkar.
Petugas: Baik, kami jadwalkan penertiban.
""",
    ],
)

# ---------------------------------------------------------------------------------------------
# chronology: long complaints telling what happened day by day
# ---------------------------------------------------------------------------------------------

STYLES["chronology"] = (
    [
        """
Kronologi sengketa pagar

{day}: Tetangga saya, [[n:{m2.full}]], mulai membangun pagar tembok di batas tanah kami. Saya \
tegur baik-baik, tetapi ia mengatakan tanah itu milik keluarga [[n:{m2.fam}]] sejak dulu.

Dua hari kemudian saya melapor ke Ketua RT {rtno}, Bapak [[n:{m3.full}]]. Pak [[n:{m3.first}]] \
datang mengukur dan menyatakan pagar melewati batas sekitar 60 cm.

Minggu berikutnya mediasi di kantor kelurahan gagal. Sertifikat saya nomor {letterno} \
menunjukkan batas yang jelas. NOP tanah {nop}.

Saya mohon Pemkot membantu. Saya [[n:{m1.full}]], rumah di [[a:{m1.jlrt}]], HP [[ph:{m1.hp}]].
""",
        """
Kronologi pelayanan di {rs}

Tanggal {date}, bapak saya [[n:{m1.full}]] (peserta JKN-KIS no. [[bpjs:{m1.bpjs}]]) dibawa \
ke IGD karena sesak napas. Setelah menunggu {count} jam, dokter jaga, dr. [[n:{f2.first}]], \
menyatakan harus rawat inap tetapi kamar kelas 3 penuh.

Keesokan harinya perawat meminta kami membeli obat sendiri di apotek luar seharga {rp}. \
Kuitansi kami simpan.

Hari ketiga kami diminta menandatangani pernyataan naik kelas perawatan atas biaya sendiri. \
Kakak saya, [[n:{f3.full}]], menolak.

Saya [[n:{m4.full}]], anak pasien. Mohon ditindaklanjuti. Kontak: [[ph:{m4.hp}]] / \
[[e:{m4.mail}]].
""",
        """
KRONOLOGI PENAHANAN KENDARAAN

1. {day}, sekitar pukul {time}, motor saya [[plate:{p1.plate}]] diparkir di depan {office}.
2. Pukul {time2} motor sudah tidak ada. Juru parkir bernama [[n:{m2.first}]] mengatakan motor \
diangkut petugas.
3. Di pool Dishub petugas meminta {rp} tanpa kuitansi. Saya menolak dan meminta slip denda \
resmi.
4. Hari berikutnya motor baru keluar setelah saya membayar lewat kode billing {billing}.
5. Saya meminta uang yang sempat saya titipkan kepada petugas, {rp2}, dikembalikan ke rekening \
{p1.bank} [[rek:{p1.rek}]] atas nama [[n:{p1.full}]].

Hormat saya,
[[n:{p1.full}]] ([[ph:{p1.hp}]])
""",
        """
Kronologi pengurusan KK

{date}: Saya datang ke Dukcapil untuk memisahkan KK dari orang tua. KK lama nomor \
[[kk:{m1.kk}]] atas nama kepala keluarga [[n:{m1.full}]] (ayah saya).

Petugas loket, Ibu [[n:{f2.first}]], meminta surat pengantar RT/RW dan kelurahan. Saya kembali \
{date2} dengan berkas lengkap dan mendapat nomor antrean {queue}.

Sampai hari ini KK baru belum terbit. Admin WA Dukcapil ({officewa}) hanya menjawab "sedang \
diproses".

Data saya: [[n:{f3.full}]], NIK [[nik:{f3.nik}]], [[a:{f3.blok}]], HP [[ph:{f3.hp}]].
""",
        """
Kronologi pungutan di sekolah

Awal semester, wali kelas anak saya, Ibu [[n:{f2.full}]], mengumumkan "uang les" {rp} per \
bulan yang wajib dibayar.

Bulan kedua, anak saya [[n:{m3.first}]] tidak diizinkan ikut ulangan karena belum membayar. \
Teman sekelasnya, [[n:{f4.first}]], mengalami hal yang sama.

Saya menemui kepala sekolah pada {date}. Beliau berjanji menegur, tetapi pungutan berjalan \
terus. Bukti transfer ke rekening pribadi Ibu [[n:{f2.first}]] ({f2.bank} [[rek:{f2.rek}]]) saya \
lampirkan.

Pelapor: [[n:{m1.full}]], orang tua murid {school}, [[ph:{m1.hps}]].
""",
        """
Kronologi bantuan sosial mama saya

Mama saya, [[n:{f1.full}]], NIK [[nik:{f1.nik}]], penerima BPNT sejak {year}.

Bulan lalu bantuan tidak cair. Di kelurahan, petugas pendamping bernama [[n:{m2.first}]] \
mengatakan nama mama sudah dicoret karena "mampu". Rumah mama di [[a:{f1.jl}]] berdinding \
bebak dan berlantai tanah.

{date}: Saya ke Dinas Sosial. Petugas mengatakan data berasal dari kelurahan.

{date2}: Saya kembali ke kelurahan, petugas pendamping tidak ada. Nomor HP-nya \
[[ph:{m2.hp0}]] tidak aktif.

Saya [[n:{m3.full}]], anak beliau, mohon bantuan. [[ph:{m3.hp}]]
""",
        """
Kronologi honor guru

Saya [[n:{f1.full}]], guru honorer di {school} sejak {year}.

Bulan Juli bendahara sekolah meminta NPWP semua guru honor. Saya serahkan NPWP saya \
[[npwp:{f1.npwp}]]. Teman saya, [[n:{m2.full}]], belum punya NPWP, lalu diminta memakai NIK.

Agustus dan September honor tidak dibayar. Bendahara, Bapak [[n:{m3.first}]], mengatakan dana \
BOS belum cair.

Oktober honor dibayar sebagian, {~Rp 600.000|Rp 750.000|Rp 900.000}, ke rekening {f1.bank} saya \
[[rek:{f1.rek}]], tanpa slip.

Mohon Dinas Pendidikan memeriksa. Email saya [[e:{f1.mail}]].
""",
        """
Kronologi akses jalan

Sejak {date}, jalan setapak menuju rumah kami di [[a:{m1.gg}]] ditutup dengan seng oleh \
pemilik tanah sebelah, Bapak [[n:{m2.full}]]. Jalan itu sudah dipakai warga puluhan tahun.

Keesokan harinya Oma [[n:{f3.first}]] (78 tahun) harus memanjat tembok untuk berobat ke \
{pusk}.

Lurah {kel} sudah memanggil kedua pihak. Pak [[n:{m2.first}]] meminta ganti rugi {~Rp \
5.000.000|10 juta|Rp 7.500.000}.

Kami keluarga [[n:{m1.fam}]] memohon jalan dibuka. Kontak: [[n:{m1.full}]], [[ph:{m1.hp}]], \
[[e:{m1.maild}]].
""",
        """
Kronologi arisan

Saya ikut arisan yang dikelola tetangga saya, [[n:{f2.full}]], tinggal di [[a:{f2.jlrt}]]. \
Setoran {rp} per bulan ditransfer ke rekening {f2.bank} [[rek:{f2.rek}]] atas nama \
[[n:{f2.full}]].

{date}: Giliran saya menerima, tetapi uang tidak diberikan. Ibu [[n:{f2.first}]] beralasan \
peserta lain belum setor.

{date2}: Rumah Ibu [[n:{f2.first}]] kosong. Tetangga mengatakan ia pindah ke Soe.

Anggota lain yang dirugikan: [[n:{f3.full}]] dan [[n:{f4.full}]].

Saya [[n:{f1.full}]], [[ph:{f1.hp}]]. Sudah lapor Polresta dengan nomor laporan {letterno}.
""",
        """
Kronologi meteran listrik

{day}: Dua orang mengaku petugas PLN datang ke rumah saya, [[a:{m1.blok}]], dan mengganti \
meteran tanpa surat tugas. Salah satunya bernama [[n:{m2.first}]].

Tiga hari kemudian token {token} yang saya beli tidak bisa masuk. ID pelanggan {plnid}.

Saya telepon PLN 123 dan diberi nomor laporan {ticket}. Petugas PLN yang datang kemudian, \
Bapak [[n:{m3.full}]], mengatakan meteran saya bukan meteran resmi.

Saya [[n:{m1.full}]], HP [[ph:{m1.hpi}]].
""",
        """
KRONOLOGI BANJIR DAN BANTUAN

{date}: Hujan deras, air masuk ke rumah saya di [[a:{m1.jlrt}]] setinggi lutut. Tembok dapur \
roboh.

{date2}: Petugas BPBD mendata. Data KK kami: [[kk:{m1.kkg}]], kepala keluarga [[n:{m1.full}]], \
istri [[n:{f2.full}]] (NIK [[nik:{f2.nik}]]).

Dua minggu kemudian tetangga sudah menerima bantuan {rp}, kami belum. Kata petugas, NIK \
kepala keluarga [[nik:{m1.nik}]] "tidak valid".

Mohon diperiksa. HP [[ph:{m1.hp}]].
""",
        """
Kronologi pungutan di Samsat

Hari pertama saya mengurus balik nama mobil [[plate:{p1.plate}]] yang saya beli dari \
[[n:{m2.full}]]. Calo di depan kantor bernama [[n:{m3.first}]] menawarkan bantuan {rp}.

Hari kedua, di loket, petugas meminta "biaya percepatan" {rp2}. Saya menolak.

Hari kelima berkas dikembalikan karena "cek fisik belum ada", padahal sudah.

Saya [[n:{p1.full}]], NIK [[nik:{p1.nik}]], [[a:{p1.jl}]]. Mohon diusut.
""",
        """
Kronologi tagihan air

{month}: Tagihan PDAM rumah kami, nomor sambungan {pdam}, naik dari {rp} menjadi {rp2}.

Saya melapor ke loket PDAM. Petugas, Ibu [[n:{f2.first}]], mencatat laporan dan berjanji \
mengirim petugas.

Dua minggu kemudian petugas datang dan menyatakan meteran rusak. Namun tagihan bulan berikutnya \
tetap tinggi.

Pelanggan: [[n:{m1.full}]], alamat [[a:{m1.gg}]], Kel. {m1.kel}. Telp rumah [[ph:{m1.tel}]], \
HP [[ph:{m1.hpd}]].
""",
        """
Kronologi anak saya di Puskesmas

{day}, pagi: Anak saya [[n:{f3.first} {m1.fam}]] (2 tahun) demam tinggi. Kami ke {pusk}. \
Antrean nomor {queue}.

Siang: Kami diperiksa bidan [[n:{f2.first}]], diberi obat penurun panas.

Malam: Anak kejang, kami bawa ke {rs}. Dokter mengatakan anak terkena DBD dan terlambat \
dirujuk.

Kami tidak menyalahkan siapa pun, tetapi mohon pelayanan malam di puskesmas diperbaiki. \
Kartu KIS anak [[bpjs:{f3.bpjs}]].

[[n:{m1.full}]], [[a:{m1.rtrw}]], [[ph:{m1.hp0}]]
""",
        """
Kronologi penipuan atas nama saya

{date}: Teman-teman saya menerima WA dari nomor yang memakai foto saya, meminta pinjaman {rp}. \
Itu bukan nomor saya. Nomor saya [[ph:{f1.hp}]].

{date2}: Akun palsu itu juga mengirim foto KTP saya, NIK [[nik:{f1.nik}]], yang dulu saya \
serahkan ke koperasi simpan pinjam.

Teman saya, [[n:{m2.full}]], sudah mentransfer uang. Saya sudah lapor ke Polresta.

Saya [[n:{f1.full}]], email [[e:{f1.mail}]].
""",
        """
Kronologi pembongkaran lapak

Saya berjualan di depan rumah sendiri, [[a:{f1.jlrt}]], sejak {year}.

{date}: Petugas Satpol PP datang dan memberi surat teguran nomor {letterno}. Saya jelaskan \
lapak di halaman rumah, bukan di trotoar.

{date2}: Lapak dibongkar saat saya di gereja. Tetangga saya, [[n:{m2.full}]], menyaksikan dan \
merekam video.

Kerugian sekitar {rp}. Saya [[n:{f1.full}]], NIK [[nik:{f1.nik}]], HP [[ph:{f1.hp}]].
""",
        """
Kronologi izin usaha

{date}: Saya mendaftar izin usaha mikro (usaha perorangan) lewat OSS dengan NPWP pribadi \
[[npwp:{f1.npwp16}]].

{date2}: Permohonan ditolak karena NPWP "terdaftar atas badan usaha". Petugas DPMPTSP, Bapak \
[[n:{m2.first}]], memeriksa dan menemukan NPWP saya tertukar dengan NPWP CV Maju Bersama \
({npwpbody}).

Minggu berikutnya saya ke KPP. Petugas meminta surat keterangan dari kelurahan.

Saya [[n:{f1.full}]], [[a:{f1.jlrt}]], HP [[ph:{f1.hp}]], email [[e:{f1.mail}]].
""",
        """
Kronologi kartu JKN keluarga kami

{date}: Istri saya, [[n:{f2.full}]] (kartu [[bpjs:{f2.bpjs}]]), melahirkan di {rs}. Kartu \
dinyatakan nonaktif, kami diminta membayar {~Rp 2.500.000|Rp 3.200.000|4 juta}.

{date2}: Saya ke kantor BPJS membawa KK [[kk:{m1.kk}]]. Petugas mengatakan kartu dinonaktifkan \
karena data kami dianggap ganda.

Bayi kami, [[n:{m3.first}]], belum bisa didaftarkan. Kartu saya sendiri [[bpjs:{m1.bpjs}]] \
masih aktif.

Saya [[n:{m1.full}]], HP [[ph:{m1.hp}]].
""",
        """
Kronologi potongan pajak honor

Januari: Honor saya sebagai tenaga kontrak dipotong PPh, bukti potong memakai NPWP saya \
[[npwp:{m1.npwp}]].

April: Potongan kedua muncul atas NPWP yang sama dari kantor lama, padahal saya sudah pindah.

Juni: Saya minta bukti potong ke bendahara, Ibu [[n:{f2.first}]]. Beliau meminta saya \
menghubungi KPP.

Saya mohon kelebihan potongan dikembalikan ke rekening {m1.bank} [[rek:{m1.rek}]] a.n. \
[[n:{m1.full}]]. Email [[e:{m1.maild}]].
""",
        """
Kronologi santunan kematian

{date}: Suami saya, [[n:{m1.full}]], meninggal dunia. Saya mengajukan santunan kematian ke \
Dinas Sosial dengan KK [[kk:{m1.kk}]] dan NPWP almarhum [[npwp:{m1.npwp}]].

{date2}: Petugas, Ibu [[n:{f3.first}]], meminta rekening atas nama saya. Saya serahkan \
{f2.bank} [[rek:{f2.rek}]].

Tiga bulan berlalu, santunan belum cair. Saya [[n:{f2.full}]], HP [[ph:{f2.hp}]].
""",
    ],
    [
        """
Kronologi perbaikan jalan {street}

{date}: Warga melapor lubang besar di depan {school} melalui 1708, tiket {ticket}.

{date2}: Dinas PUPR meninjau lokasi dan menjanjikan perbaikan dalam dua minggu.

{date3}: Belum ada perbaikan. Seorang pengendara ojek jatuh dan dibawa ke {rs}.

Sampai hari ini lubang hanya ditutup batu. Mohon Wali Kota menegur dinas terkait.
""",
        """
Kronologi air bersih di Kel. {kel}

Minggu pertama {month}: air PDAM mengalir hanya malam hari.
Minggu kedua: air tidak mengalir sama sekali. Hotline PDAM {officetel} sibuk terus.
Minggu ketiga: mobil tangki datang sekali, tidak cukup untuk semua.
Minggu keempat: PDAM mengumumkan perbaikan pompa di Baumata.

Kami mohon jadwal distribusi yang jelas dan diumumkan lewat kelurahan.
""",
        """
Kronologi relokasi pedagang {market}

{date}: Pedagang diberi tahu akan dipindah ke los baru.
{date2}: Los baru belum selesai, atap bocor, listrik belum ada.
{date3}: Retribusi tetap ditarik {rps} per hari.

Pedagang meminta Kepala UPT Pasar dan Dinas Koperasi menunda relokasi sampai los siap.
""",
        """
Kronologi pemadaman listrik

{day}: Listrik padam pukul {time} sampai {time2}. Tidak ada pemberitahuan.
Hari berikutnya: padam lagi tiga jam. PLN 123 memberi nomor laporan {ticket}.
Hari ketiga: kulkas pedagang es di pasar rusak.

Mohon PLN UP3 Kupang memberi jadwal pemeliharaan sebelumnya.
""",
        """
Kronologi pelayanan KTP

Senin: Blangko KTP habis. Pemohon diberi resi.
Rabu: Blangko datang terbatas, dibagi 50 per hari. Antrean sampai nomor {queue}.
Jumat: Printer rusak, pelayanan berhenti pukul {time}.

Kami mohon Dinas Dukcapil menambah loket dan memperbaiki alat. Informasi antrean lewat WA \
{officewa} tidak pernah dibalas.
""",
        """
Kronologi pungutan komite

Awal tahun ajaran, Komite Sekolah {school} menetapkan sumbangan {rp} per siswa.
Bulan berikutnya siswa yang belum membayar tidak diberi kartu ujian.
Orang tua sudah menyurati kepala sekolah dengan surat tertanggal {date}.

Sampai sekarang tidak ada jawaban. Kami mohon Dinas Pendidikan menjelaskan aturannya.
""",
        """
Kronologi drainase

{date}: Proyek drainase {street} dimulai, papan proyek mencantumkan nilai kontrak Rp \
{~1,2|2,4|3,7|4,5} miliar dan nomor kontrak {letterno}.
{date2}: Galian dibiarkan terbuka, tanpa pagar pengaman.
{date3}: Seorang anak jatuh ke galian.

CV pelaksana tidak bisa dihubungi. Telepon kantor yang tertera di papan proyek, {officetel}, \
tidak aktif.
""",
        """
Kronologi angkutan kota

Sejak {month}, bemo jurusan {kel}-Terminal Kupang tidak lagi masuk terminal.
Penumpang diturunkan di simpang, tarif dinaikkan menjadi {rps}.
Warga sudah melapor ke Dishub, nomor laporan {ticket}.

Sampai sekarang tidak ada penertiban. Pelajar terpaksa berjalan kaki satu kilometer.
""",
        """
Kronologi sampah di TPS {kel}

Hari 1: Kontainer penuh, sampah meluber ke jalan.
Hari 3: Warga membakar sampah, asap masuk ke {school}.
Hari 5: Truk DLHK datang, hanya mengangkut setengah.
Hari 7: Kontainer penuh lagi.

Mohon jadwal pengangkutan ditambah. Pengaduan sebelumnya: {ticket}.
""",
        """
Kronologi penerangan jalan

{date}: Tiga tiang lampu di {street} padam setelah hujan angin.
{date2}: Warga melapor ke 1708.
{date3}: Petugas datang, mengganti satu lampu.

Dua tiang masih padam. Jalan itu dilalui pelajar dan pedagang pasar subuh.
""",
    ],
)

# ---------------------------------------------------------------------------------------------
# mixed: full-width, no-break and zero-width spaces, scanned cards with OCR slips, lists, tables
# ---------------------------------------------------------------------------------------------

STYLES["mixed"] = (
    [
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
{~NIK|NlK|N I K} : [[nik:{p1.nik!ocr}]]
{~Nama|N a m a} : [[n:{p1.full!u!ocrn}]]
Tempat/Tgl Lahir : {p1.ttl}
Jenis Kelamin : {p1.sex} Gol. Darah : -
Alamat : [[a:{p1.jl!u}]]
[[a:RT/RW : {p1.ktprt}]]
Kel/Desa : {p1.kel!u}
Kecamatan : {p1.kec!u}
Agama : {p1.agama}
Status Perkawinan : KAWIN
Pekerjaan : {p1.job}
Kewarganegaraan : WNI
Berlaku Hingga : SEUMUR HIDUP
""",
        """
NIK : [[nik:{p1.nik}]]
Nama : [[n:{p1.full!u}]]Tempat/Tgl Lahir : {p1.ttl}
Jenis Kelamin : {p1.sex}
Alamat : [[a:{p1.jl!u}]]
[[a:RT/RW : {p1.ktprt}]]
""",
        """
PROVINSI NUSA TENGGARA TIMUR
KABUPATEN KUPANG
NIK : [[nik:{p1.nik}]]
Nama : [[n:{p1.given!u}
{p1.fam!u}]]
Tempat/Tgl Lahir : {p1.ttl}
Alamat : [[a:{p1.gg!u}]]
[[a:RT/RW : {p1.ktprt}]]
""",
        """
KARTU KELUARGA
No. [[kk:{m1.kk}]]
Nama Kepala Keluarga : [[n:{m1.full!u}]]
Alamat : [[a:{m1.jl!u}]]
[[a:RT/RW : {m1.ktprt}]]
Desa/Kelurahan : {m1.kel!u}
No | Nama Lengkap | NIK | Jenis Kelamin | Status Hubungan
1 | [[n:{m1.full!u}]] | [[nik:{m1.nik}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[n:{f2.full!u}]] | [[nik:{f2.nik}]] | PEREMPUAN | ISTRI
3 | [[n:{f3.first!u} {m1.fam!u}]] | [[nik:{f3.nik}]] | PEREMPUAN | ANAK
""",
        """
KARTU KELUARGA
No. KK : [[kk:{m1.kk!ocr}]]
Kepala Keluarga : [[n:{m1.full!u!ocrn}]]
Alamat : [[a:{m1.jlrt!u}]]
1 [[n:{m1.full!u}]] [[nik:{m1.nik!ocr}]] LAKI-LAKI
2 [[n:{f2.full!u}]] [[nik:{f2.nik}]] PEREMPUAN
""",
        """
NPWP : [[npwp:{p1.npwp}]]
[[n:{p1.full!u}]]
NIK : [[nik:{p1.nik}]]
[[a:{p1.jlrt!u}]] {p1.kel!u} KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar {date}
""",
        """
{=NIK!fw}{=:!fw}[[nik:{p1.nik!fw}]]
{=Nama!fw}{=:!fw}[[n:{p1.full!fw}]]
{=HP!fw}{=:!fw}[[ph:{p1.hpd!fw}]]
{=Alamat!fw}{=:!fw}[[a:{p1.jlrt!fw}]]
""",
        """
Nama:\u00a0[[n:{p1.full!nb}]]
HP:\u00a0[[ph:{p1.hps!nb}]]
NIK:\u00a0[[nik:{p1.nikg!nb}]]
Alamat:\u00a0[[a:{p1.jlrt!nb}]]
""",
        """
(disalin dari aplikasi) Nama: [[n:{p1.full!zw}]], NIK: [[nik:{p1.nik!zw}]], WA: \
[[ph:{p1.hp0!zw}]], email: [[e:{p1.mail}]]
""",
        """
Daftar warga terdampak banjir {kel}:
1. [[n:{m1.full}]] ({age})
2. [[n:{f2.full}]] ({age2})
3. [[n:{m3.full}]] ({age3})
4. [[n:{f4.full}]] ({age4})
Data dari Ketua RT {rtno}, dikirim {date}.
""",
        """
No | Nama | Umur | Keterangan
1 | [[n:{m1.full!u}]] | {~67|72|78|81} | lansia, tinggal sendiri
2 | [[n:{f2.full!u}]] | {age} | disabilitas
3 | [[n:{f3.full!l}]] | {~22|26|29|33} | ibu hamil
""",
        """
KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{p1.bpjs}]]
Nama : [[n:{p1.full!u}]]
Tgl Lahir : {p1.bday}
Faskes Tingkat I : {pusk!u}
""",
        """
BUKU TABUNGAN
{p1.bank!u}
NAMA : [[n:{p1.full!u}]]
NO. REKENING : [[rek:{p1.rek}]]
ALAMAT : [[a:{p1.jl!u}]] KUPANG
""",
        """
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NO. REGISTRASI : [[plate:{p1.plate}]]
NAMA PEMILIK : [[n:{p1.full!u}]]
ALAMAT : [[a:{p1.jlrt!u}]] {p1.kel!u}
MERK/TYPE : HONDA / VARIO 125
NO. RANGKA : {rangka}
NO. MESIN : {mesin}
""",
        """
nomor wa sy [[ph:{p1.hp0!ocr}]] (td sy tulis di kertas, mohon dicek). nama sy \
[[n:{p1.full!l}]], KTP [[nik:{p1.nik!ocr}]]
""",
        """
Data penerima bantuan sembako:
No | Nama | NIK | Alamat
1 | [[n:{p1.full!u}]] | [[nik:{p1.nik}]] | [[a:{p1.rtrw}]]
2 | [[n:{p2.full!u}]] | [[nik:{p2.nik}]] | [[a:{p2.rtrw}]]
3 | [[n:{p3.full!u}]] | [[nik:{p3.nik}]] | [[a:{p3.rtrw}]]
""",
        """
Nama\u00a0:\u00a0[[n:{f1.full}]]
NIK\u00a0:\u00a0[[nik:{f1.nik!fw}]]
KK\u00a0:\u00a0[[kk:{f1.kk!fw}]]
No. BPJS\u00a0:\u00a0[[bpjs:{f1.bpjs}]]
HP\u00a0:\u00a0[[ph:{f1.hpi!nb}]]
""",
        """
[[n:{p1.full!u!fw}]]
{=NPWP!fw} [[npwp:{p1.npwp!fw}]]
{=HP!fw} [[ph:{p1.hp0!fw}]]
""",
        """
NOTA PEMBELIAN
Toko Bangunan Berkat Jaya, {officeaddr} - Telp. {officewa}
Pembeli : [[n:{m1.full}]]
Alamat kirim : [[a:{m1.jlrt}]]
HP pembeli : [[ph:{m1.hp}]]
Ongkos kirim .......... {rp}
Semen 10 sak .......... {rp2}
""",
        """
Plat: [[plate:{p1.plate!zw}]] | Pemilik: [[n:{p1.full!zw}]] | HP: [[ph:{p1.hps!nb}]] | Rek \
{p1.bank}: [[rek:{p1.rek}]]
""",
        """
Nama\t\tNIK\t\t\tHP
[[n:{p1.full}]]\t[[nik:{p1.nik}]]\t[[ph:{p1.hp0}]]
[[n:{p2.full}]]\t[[nik:{p2.nikg}]]\t[[ph:{p2.hpd}]]
""",
        """
Email:\u00a0[[e:{p1.mail!zw}]]
Nama\u00a0Pemohon:\u00a0[[n:{p1.full}]]
No.\u00a0KK:\u00a0[[kk:{p1.kk!zw}]]
Telp\u00a0rumah:\u00a0[[ph:{p1.tel!nb}]]
""",
        """
NPWP\u200b: [[npwp:{p1.npwp!zw}]]
Nama Wajib Pajak: [[n:{p1.full!u}]]
Alamat: [[a:{p1.blok!u}]]
""",
        """
{=NPWP!fw} : [[npwp:{p1.npwp!fw}]]
{=NAMA!fw} : [[n:{p1.full!u!fw}]]
{=NIK!fw} : [[nik:{p1.nik!fw}]]
""",
        """
No | Nama Peserta | No. Kartu JKN | Faskes
1 | [[n:{m1.full!u}]] | [[bpjs:{m1.bpjs}]] | {pusk!u}
2 | [[n:{f2.full!u}]] | [[bpjs:{f2.bpjs}]] | {pusk!u}
3 | [[n:{f3.first!u} {m1.fam!u}]] | [[bpjs:{f3.bpjs}]] | {pusk!u}
""",
        """
{=KARTU KELUARGA!fw}
{=No.!fw} [[kk:{m1.kk!fw}]]
{=Kepala Keluarga!fw} : [[n:{m1.full!u}]]
Email\u00a0: [[e:{m1.mail}]]
""",
        """
NPWP\u00a0:\u00a0[[npwp:{p1.npwp}]]
NAMA\u00a0:\u00a0[[n:{p1.full!u!nb}]]
NO.\u00a0KK\u00a0:\u00a0[[kk:{p1.kkg!nb}]]
REK\u00a0{p1.bank!u}\u00a0:\u00a0[[rek:{p1.rek}]]
""",
    ],
    [
        """
TOKO SINAR ABADI
{officeaddr}, Kupang
NPWP : {npwpbody}
{=No. Nota!fw} {=00412!fw}
Semen Tonasa 50kg x 10 .... {rp}
Besi 10mm x 20 ............ {rp2}
Dibayar tunai
Terima kasih atas kunjungan Anda
""",
        """
STRUK PEMBELIAN TOKEN
ID\u00a0Pel\u00a0:\u00a0{plnid}
No\u00a0Meter\u00a0:\u00a0{meter}
Token\u00a0:\u00a0{token}
Nominal\u00a0:\u00a0{rp}
""",
        """
SPPT PBB-P2 2026
NOP : {nop}
Nama Wajib Pajak : CV TIMOR JAYA ABADI
Letak Objek Pajak : {street!u} KUPANG
PBB terutang : {rp}
Kode billing : {billing}
""",
        """
Kontak layanan:
Call center\u00a0112
Hotline PDAM\u00a0{officetel}
WA Dukcapil\u00a0{officewa}
Pengaduan\u00a01708
""",
        """
Rekap pengaduan per kelurahan ({month}):
| Kelurahan | Selesai | Dalam proses |
|---|---:|---:|
| {kel} | {count} | {count2} |
| {kel2} | {count3} | {count4} |
| {kel3} | {count5} | {count6} |
""",
        """
KARTU PESERTA BPJS KETENAGAKERJAAN
No. KPJ : {kpj}
Program : JHT, JKK, JKM
(kartu ditemukan di {market}, diserahkan ke pos satpam)
""",
        """
{=Nomor tiket!fw}{=:!fw} {ticket!fw}
{=VA!fw}{=:!fw} {va!fw}
{=Jumlah!fw}{=:!fw} {rp!fw}
""",
        """
<lampiran: Screenshot_2026-{count}-04-09-41-22_WhatsApp.jpg>
<lampiran: IMG_20261105_0912.jpg>
Ini foto jalan berlubang di {street}, diambil {date}.
""",
        """
Daftar fasilitas kesehatan:
1. {pusk} - {officeaddr} - Telp. {officetel}
2. {rs} - {officeaddr2} - Telp. {officetel2}
3. Apotek K24 Oebobo - {officewa}
""",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN\u00a0{kec!u}
KELURAHAN\u00a0{kel!u}
{officeaddr}\u00a0Telp.\u00a0{officetel}
Nomor : {letterno}
""",
        """
Jadwal\u200b bemo {kel}\u2013Terminal: 06.00, 06.30, 07.00, 07.30 ... 18.00. Tarif {rps}. \
Pengaduan Dishub {officetel}.
""",
        """
Hasil lomba kebersihan:
| Peringkat | RT |
|---|---|
| 1 | RT {rtno} |
| 2 | RT {rtno2} |
| 3 | RT {rtno3} |
""",
    ],
)

# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------


def build() -> list[dict[str, object]]:
    """Fill every style's templates in a fixed order and return the records, shuffled."""
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for style, (with_data, without_data) in STYLES.items():
        plan = [with_data[i % len(with_data)] for i in range(WITH_DATA_PER_STYLE)]
        plan += [without_data[i % len(without_data)] for i in range(WITHOUT_DATA_PER_STYLE)]
        for number, template in enumerate(plan):
            for _ in range(50):
                text, spans = render(template, rng)
                if text not in seen:
                    break
            else:
                fail(f"{style} template {number} gives the same text every time")
            check(text, spans)
            if (number < WITH_DATA_PER_STYLE) != bool(spans):
                fail(f"{style} template {number}: personal data where none belongs, or none")
            seen.add(text)
            records.append(
                {
                    "text": text,
                    "spans": [
                        {"kind": s["kind"], "start": s["start"], "end": s["end"]}
                        for s in sorted(spans, key=lambda s: int(str(s["start"])))
                    ],
                    "style": style,
                }
            )
    rng.shuffle(records)
    return [{"id": f"b7-{i:04d}", **record} for i, record in enumerate(records, start=1)]


def check_totals(records: list[dict[str, object]]) -> Counter[str]:
    """The corpus's size: texts, spans, kinds in their order, styles."""
    kinds: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    for record in records:
        styles[str(record["style"])] += 1
        for span in record["spans"]:  # type: ignore[attr-defined]
            kinds[span["kind"]] += 1
    if len(records) < MIN_TEXTS or sum(kinds.values()) < MIN_SPANS:
        fail(f"too small: {len(records)} texts, {sum(kinds.values())} spans")
    counts = [kinds[kind] for kind in KIND_ORDER]
    if counts != sorted(counts, reverse=True) or len(set(counts)) != len(counts):
        fail(f"kinds out of order: {dict(kinds)}")
    if min(counts) < MIN_PER_KIND:
        fail(f"a kind under {MIN_PER_KIND}: {dict(kinds)}")
    if min(styles.values()) < 50:
        fail(f"a style under 50 texts: {dict(styles)}")
    return kinds


def main() -> None:
    records = build()
    kinds = check_totals(records)
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    styles = Counter(str(r["style"]) for r in records)
    clean = Counter(str(r["style"]) for r in records if not r["spans"])
    report = [f"{len(records)} texts, {sum(kinds.values())} spans"]
    report += [f"  {style}: {styles[style]} texts, {clean[style]} without" for style in STYLES]
    report += [f"  {kind}: {kinds[kind]}" for kind in KIND_ORDER]
    sys.stdout.write("\n".join(report) + "\n")


if __name__ == "__main__":
    main()
