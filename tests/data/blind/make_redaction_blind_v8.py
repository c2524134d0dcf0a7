# ruff: noqa: E501, N802, PERF401, PLR0911
# (templates are data and run long; the labelling helpers have short capital names so the
# templates stay readable; tables are built row by row; the writers of a value have one branch per
# writing)
"""Write the eighth blind redaction corpus, ``redaction_blind_v8.jsonl``, from the guide alone.

The texts are hand-written templates with inline ``[[kind:value]]`` labels (``kind`` one of the
guide's ten). Names, identity numbers, phones, mailboxes, plates, streets and the look-alikes
around them are filled in by a ``random.Random`` seeded with 20261222, so every run writes the
same file. The script strips the labels, writes exact character offsets and checks every span:
non-empty, equal to its value, no space or punctuation at either end (a phone may open with ``+``
or ``(``), no overlaps, a kind of the guide; and that no marker is left, no text is there twice
and every other occurrence of a labelled name or number in its text is labelled too.

Run from the repository root::

    python tests/data/blind/make_redaction_blind_v8.py

It writes ``tests/data/blind/redaction_blind_v8.jsonl`` next to itself and prints the counts.
The corpus is frozen: see ``README-redaction-v8.md``. Do not run this to change it.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261222
OUT = Path(__file__).with_name("redaction_blind_v8.jsonl")
KINDS = ("nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address")
STYLES = (
    "sms_plain",
    "relayed",
    "lapor_portal",
    "email_thread",
    "spreadsheet",
    "bilingual",
    "school_health",
    "land_civil",
    "market_transport",
    "scam_warning",
)
MARK = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.DOTALL)
NBSP = "\u00a0"
ZWSP = "\u200b"

# --------------------------------------------------------------------------------------------
# Word lists (invented people; the places are Kupang's and NTT's)
# --------------------------------------------------------------------------------------------

GIVEN_M = [
    "Yohanes",
    "Yakob",
    "Marthen",
    "Paulus",
    "Petrus",
    "Yosef",
    "Fransiskus",
    "Dominggus",
    "Ferdinand",
    "Melkianus",
    "Nikodemus",
    "Arnoldus",
    "Simon",
    "Gabriel",
    "Kornelis",
    "Matheos",
    "Daniel",
    "Stefanus",
    "Obed",
    "Yermias",
    "Semuel",
    "Elias",
    "Zakarias",
    "Herman",
    "Roni",
    "Jefri",
    "Defri",
    "Alfred",
    "Adrianus",
    "Benyamin",
    "Welem",
    "Hendrik",
    "Lukas",
    "Markus",
    "Aleksander",
    "Yulius",
    "Ignasius",
    "Vinsensius",
    "Mikael",
    "Godlief",
    "Ruben",
    "Habel",
    "Yeremia",
    "Frengki",
    "Charles",
    "Aris",
    "Yunus",
    "Oktovianus",
    "Piter",
    "Anderias",
    "Lewi",
    "Nelson",
    "Efraim",
    "Marselinus",
    "Kristo",
    "Alexius",
    "Wilhelmus",
    "Silvester",
    "Emanuel",
    "Niko",
    "Thobias",
    "Lazarus",
    "Jonathan",
    "Ebenhaezer",
    "Hironimus",
    "Ambrosius",
    "Agus",
    "Rudolf",
    "Deni",
    "Sefnat",
]
GIVEN_F = [
    "Maria",
    "Agustina",
    "Yuliana",
    "Selfina",
    "Ester",
    "Debora",
    "Rut",
    "Martha",
    "Magdalena",
    "Elisabeth",
    "Anace",
    "Yanti",
    "Vivi",
    "Gracia",
    "Rosalina",
    "Yustina",
    "Meri",
    "Oktovina",
    "Adriana",
    "Lodia",
    "Sofia",
    "Dorkas",
    "Serlina",
    "Naomi",
    "Filomena",
    "Theresia",
    "Veronika",
    "Bernadeta",
    "Imelda",
    "Yohana",
    "Mariana",
    "Ningsih",
    "Ratna",
    "Novi",
    "Erni",
    "Leni",
    "Selvi",
    "Herlina",
    "Yunita",
    "Irna",
    "Susan",
    "Merlin",
    "Orpa",
    "Welhelmina",
    "Apriana",
    "Febri",
    "Sarlota",
    "Delfina",
    "Yosina",
    "Marlin",
    "Rista",
    "Ivon",
    "Kristina",
    "Florida",
    "Paulina",
    "Petronela",
    "Yuni",
    "Mince",
    "Hana",
    "Agnes",
    "Lusia",
    "Priska",
    "Santi",
    "Ririn",
    "Ola",
]
# Timor, Rote, Sabu, Flores, Sumba and Alor family names; two-word ones are one family name.
FAMILY = """Ndun|Manafe|Tefa|Benu|Lay|Bessie|Riwu Kaho|Therik|Pah|Nenobais|Tanone|Amalo|Fanggidae|
Mooy|Ratu|Lobo|Selan|Sabneno|Toelle|Nope|Neonufa|Bire|Haba|Adoe|Kapitan|Lake|Nahak|Sau|Tallo|
Tuka|Boimau|Kase|Nitbani|Kolo|Nalle|Nubatonis|Taneo|Oematan|Banunaek|Sinlae|Messakh|Foenay|
Missa|Ataupah|Benggu|Pandie|Radja|Dethan|Lenggu|Henukh|Ndolu|Ndoen|Feoh|Daik|Dae Pany|Manu|Pello|
Mbuik|Ndoy|Dju Dara|Ga Lena|Lado|Kore|Rohi|Bela|Rihi|Ludji|Huru|Tadu Hungu|Ratu Edo|Djami|Lomi|
Da Costa|Fernandez|Kelen|Boro|Wuwur|Koten|Lamabelawa|Mado|Nong|Wangge|Bhoki|Djogo|Seda|Kaborang|
Lede|Tanggu|Hunga|Ndapa|Maro|Laufa|Lakapu|Malaikosa|Mau|Saudale|Tungga|Nggebu|Kana|Bolla|
Lerrick|Sjioen|Sinaga|Tamelab|Liufeto|Otta|Kameo|Mandala|Poli|Sine|Ranoe|Leo|Ully|Bria""".replace(
    "\n", ""
).split("|")
# Javanese, Balinese, Bugis, Arabic-origin and Chinese-Indonesian names: the full name, then
# the name a person is called by alone.
OTHER_NAMES_M = """Budi Santoso/Budi|Agus Wahyudi/Agus|Slamet Riyadi/Slamet|Heru Setiawan/Heru|
Bambang Hartono/Bambang|I Made Suarjana/Made|I Wayan Sudarma/Wayan|I Ketut Arsana/Ketut|
Andi Baso Hasanuddin/Baso|Muhammad Ridwan/Ridwan|Abdullah Bahasuan/Abdullah|Salim Alhabsyi/Salim|
Husein Basalamah/Husein|Umar Baraqbah/Umar|Stefanus Lie/Stefanus|Hendra Wijaya/Hendra|
Robert Halim/Robert|Kevin Tanoto/Kevin|Rudi Gunawan/Rudi|Ahmad Fauzi/Ahmad|Ilham Syahputra/Ilham|
Taufik Hidayat/Taufik""".replace("\n", "").split("|")
OTHER_NAMES_F = """Sri Wahyuni/Sri|Dewi Lestari/Dewi|Siti Aminah/Siti|Endang Susilowati/Endang|
Ni Luh Putu Ariani/Putu|Ni Made Sukerti/Sukerti|Andi Nurhayati/Nurhayati|Fatimah Assegaf/Fatimah|
Syarifah Aljufri/Syarifah|Melinda Tan/Melinda|Yenny Halim/Yenny|Lie Siu Fong/Siu Fong|
Oei Kiem Lan/Kiem Lan|Nurul Hidayah/Nurul|Rahmawati Said/Rahmawati|Aisyah Bahasuan/Aisyah""".replace(
    "\n", ""
).split("|")
MUSLIM = {
    "Muhammad Ridwan",
    "Abdullah Bahasuan",
    "Salim Alhabsyi",
    "Husein Basalamah",
    "Umar Baraqbah",
    "Ahmad Fauzi",
    "Ilham Syahputra",
    "Taufik Hidayat",
    "Andi Baso Hasanuddin",
    "Siti Aminah",
    "Andi Nurhayati",
    "Fatimah Assegaf",
    "Syarifah Aljufri",
    "Nurul Hidayah",
    "Rahmawati Said",
    "Aisyah Bahasuan",
}
FOREIGN = [
    ("Sarah", "Mitchell", "F"),
    ("Thomas", "Becker", "M"),
    ("Kenji", "Watanabe", "M"),
    ("Liam", "Fraser", "M"),
    ("Emma", "Van Dijk", "F"),
    ("Hannah", "Schmidt", "F"),
    ("Daniel", "Whitfield", "M"),
    ("Chloe", "Dubois", "F"),
    ("Mark", "Henderson", "M"),
    ("Olivia", "Brennan", "F"),
    ("Lucas", "Moreau", "M"),
    ("Aiko", "Tanaka", "F"),
    ("Jacob", "Lindqvist", "M"),
    ("Grace", "Kowalski", "F"),
]

KEL = """Oebobo|Oebufu|Liliba|Kayu Putih|Tuak Daun Merah|Naikoten I|Naikolan|Fatululi|Oesapa|
Oesapa Barat|Oesapa Selatan|Lasiana|Kelapa Lima|Pasir Panjang|Namosain|Nunbaun Sabu|Nunbaun Delha|
Alak|Manulai II|Penkase Oeleta|Fatufeto|Airmata|Bonipoi|Solor|Oetete|Fontein|Bakunase|Kuanino|
Nunleu|Oepura|Sikumana|Bello|Kolhua|Naimata|Maulafa|Fatukoa|Penfui|Tode Kisar|Merdeka|Nefonaek|
Airnona|Batuplat|Fatubesi|Oeba|Naioni|Belo""".replace("\n", "").split("|")
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
STREETS = """Nangka|Kelapa|Sukun|Kenari|Rote|Sumba|Alor|Flores|Palapa|Kejora|Beringin|Cemara|
Bougenville|Mawar|Anggrek|Jambu|Srikaya|Matani|Oebonik|Sumatera|Garuda|Merpati|Kakatua|Nuri|
Rambutan|Pisang|Delima|Tebu|Bajawa|Herewila|Fetor Funay|Kampung Baru|Batu Kadera|Gunung Mutis|
Gunung Fatuleu|Kancil|Kelinci|Rusa|Belibis|Camar|Elang|Cendana|Ketapang|Asoka|Melati|Kamboja|
Lontar|Gewang|Pinang|Dahlia|Teratai|Flamboyan|Randu|Tuna|Kakap|Bandeng|Kerapu|Cakalang|
Sabu|Lembata|Semau|Ndao|Lamalera|Kaktus|Nusa Indah|Manunggal|Bundaran|Bhakti Karya|Swakarsa""".replace(
    "\n", ""
).split("|")
# Streets named after people: public roads, and homes too when a house number says so.
PERSON_STREETS = [
    "W.J. Lalamentik",
    "Frans Seda",
    "Piet A. Tallo",
    "El Tari",
    "Herman Yohanes",
    "Adisucipto",
    "Moh. Hatta",
    "Soeharto",
    "Cak Doko",
    "Timor Raya",
    "Perintis Kemerdekaan",
    "R.A. Kartini",
    "Sam Ratulangi",
    "Urip Sumoharjo",
    "Alfons Nisnoni",
    "H.R. Koroh",
    "Thamrin",
]
GANG = [
    "Sepakat",
    "Damai",
    "Rukun",
    "Harapan",
    "Kakatua",
    "Bahagia",
    "Sejahtera",
    "Kasih",
    "Mandiri",
]
COMPLEX = [
    "Perumnas Blok {b}",
    "BTN Kolhua Blok {b}",
    "Perumahan Citra Asri Blok {b}",
    "Perumahan Griya Oesapa Blok {b}",
    "Kompleks Perumnas Blok Kenanga Blok {b}",
    "Perum Oebobo Indah Blok {b}",
    "Perumahan Alam Sutera Penfui Blok {b}",
]
HOSTS = [
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
]
MOBILE_PREFIX = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
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
    "0881",
    "0882",
    "0887",
    "0838",
    "0831",
]
SCHOOLS = [
    "SD Inpres Oepura 2",
    "SDN Oebobo 1",
    "SD Inpres Liliba",
    "SDK St. Yoseph Naikoten",
    "SMPN 5 Kupang",
    "SMPN 2 Kupang",
    "SMPK St. Theresia",
    "SD GMIT Kuanino 3",
    "SMPN 11 Kupang",
    "SD Inpres Naikoten 1",
    "SDN Bertingkat Oeba",
    "SMPN 16 Kupang",
]
SMP = [s for s in SCHOOLS if s.startswith("SMP")]
PUSKESMAS = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oesapa",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Puskesmas Pasir Panjang",
    "Puskesmas Alak",
    "Puskesmas Penfui",
    "Puskesmas Manutapen",
    "Puskesmas Naioni",
    "Puskesmas Oepoi",
]
HOSPITALS = [
    "RSUD S.K. Lerik",
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang",
    "RS Leona",
    "RSIA Dedari",
    "RS Kartini",
    "RS Mamami",
]
MARKETS = [
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Kuanino",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Kampung Solor",
]
COMPANIES = [
    "CV Sinar Timor",
    "PT Flobamora Jaya Abadi",
    "UD Sumber Rejeki",
    "Toko Sinar Abadi",
    "CV Timor Jaya",
    "PT Nusa Lontar Logistik",
    "Toko Bangunan Kasih Abadi",
    "CV Karya Mandiri Kupang",
    "Koperasi Serba Usaha Tunas Harapan",
    "UD Bintang Timur",
    "Apotek Sehat Selalu",
    "Bengkel Maju Motor",
    "PT Sasando Niaga",
    "Toko Elektronik Damai Sejahtera",
    "CV Bunga Karang",
    "Rumah Makan Padang Sederhana",
    "Toko Obor Mas",
    "PT Derek Cepat Kupang",
]
CHURCHES = [
    "Jemaat GMIT Efata Liliba",
    "Jemaat GMIT Imanuel Oepura",
    "Jemaat GMIT Paulus Kupang",
    "Jemaat GMIT Betel Oesapa",
    "Jemaat GMIT Koinonia Kuanino",
    "Paroki St. Yoseph Pekerja Penfui",
    "Jemaat GMIT Pniel Oebufu",
    "Jemaat GMIT Syalom Airnona",
]
UNITS = [
    "Dinas PUPR",
    "Dinas Kesehatan",
    "Dinas Sosial",
    "Dinas Dukcapil",
    "DLHK",
    "Dinas Perhubungan",
    "PDAM",
    "Dinas Pendidikan",
    "Bapenda",
    "Satpol PP",
    "DPMPTSP",
    "Dinas Perdagangan",
    "BPBD",
    "Inspektorat",
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
OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}
FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}


class P:
    """A made-up person."""

    def __init__(self, given: str, family: str, sex: str, full: str | None = None) -> None:
        self.given = given
        self.family = family
        self.sex = sex
        self._full = full
        self.other = full is not None

    @property
    def full(self) -> str:
        return self._full or f"{self.given} {self.family}"

    @property
    def female(self) -> bool:
        return self.sex == "F"

    @property
    def hon(self) -> str:
        return "Ibu" if self.female else "Bapak"

    @property
    def pak(self) -> str:
        return "Bu" if self.female else "Pak"

    @property
    def sdr(self) -> str:
        return "Sdri." if self.female else "Sdr."

    @property
    def kin(self) -> str:
        return "Mama" if self.female else "Bapa"

    @property
    def om(self) -> str:
        return "Tanta" if self.female else "Om"

    @property
    def mr(self) -> str:
        return "Mrs." if self.female else "Mr."


def L(kind: str, value: str) -> str:
    """A labelled value, as the template writes it."""
    assert kind in KINDS, kind
    assert value, kind
    assert "[[" not in value, value
    assert "]]" not in value, value
    return f"[[{kind}:{value}]]"


def N(value: str) -> str:
    return L("name", value)


def A(value: str) -> str:
    return L("address", value)


def PH(value: str) -> str:
    return L("phone", value)


def EM(value: str) -> str:
    return L("email", value)


def NIK(value: str) -> str:
    return L("nik", value)


def KK(value: str) -> str:
    return L("kk", value)


def TAX(value: str) -> str:
    return L("npwp", value)


def BP(value: str) -> str:
    return L("bpjs", value)


def REK(value: str) -> str:
    return L("bank_account", value)


def PL(value: str) -> str:
    return L("plate", value)


class Gen:
    """Random values for the templates, all from one seeded ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.taken: set[str] = set()

    def fresh(self) -> None:
        """Start a new text: its people share no given name and no family name."""
        self.taken = set()

    # ---- small helpers --------------------------------------------------------------------
    def c(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def p(self, chance: float) -> bool:
        return self.r.random() < chance

    def n(self, low: int, high: int) -> int:
        return self.r.randint(low, high)

    def digits(self, count: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(count))

    # ---- people -------------------------------------------------------------------------------
    def person(self, sex: str | None = None, mixed: bool = True, muslim: bool = False) -> P:
        sex = sex or self.c("MF")
        while True:
            one = self._person(sex, mixed, muslim)
            first = one.given.split()[0]
            if first not in self.taken and one.family not in self.taken:
                self.taken.update({first, one.family})
                return one

    def _person(self, sex: str, mixed: bool, muslim: bool) -> P:
        if muslim or (mixed and self.p(0.16)):
            pool = OTHER_NAMES_F if sex == "F" else OTHER_NAMES_M
            if muslim:
                pool = [n for n in pool if n.split("/")[0] in MUSLIM]
            full, _, called = self.c(pool).partition("/")
            return P(called, full.rpartition(" ")[2], sex, full)
        given = self.c(GIVEN_F if sex == "F" else GIVEN_M)
        if self.p(0.12):
            second = self.c(GIVEN_F if sex == "F" else GIVEN_M)
            if second != given:
                given = f"{given} {second}"
        return P(given, self.c(FAMILY), sex)

    def people(self, count: int, sex: str | None = None) -> list[P]:
        return [self.person(sex) for _ in range(count)]

    def foreigner(self, sex: str | None = None) -> P:
        while True:
            given, family, one = self.c(FOREIGN)
            if given not in self.taken and sex in (None, one):
                sex = one
                self.taken.update({given, family})
                return P(given, family, sex)

    def child(self, parent: P | str | None = None, sex: str | None = None) -> P:
        """A child: the parent's family name unless the parent's name is not of the region."""
        sex = sex or self.c("MF")
        family = (None if parent.other else parent.family) if isinstance(parent, P) else parent
        while True:
            given = self.c(GIVEN_F if sex == "F" else GIVEN_M)
            if given not in self.taken:
                break
        self.taken.add(given)
        if family is None:
            while True:
                family = self.c(FAMILY)
                if family not in self.taken:
                    break
            self.taken.add(family)
        return P(given, family, sex)

    # ---- places -------------------------------------------------------------------------------
    def kel(self) -> str:
        return self.c(KEL)

    def kec(self) -> str:
        return self.c(KEC)

    def street(self) -> str:
        return self.c(STREETS)

    def house(self) -> str:
        number = str(self.n(1, 140))
        if self.p(0.12):
            number += self.c("ABC")
        return number

    def rtrw(self, kind: str | None = None) -> str:
        rt, rw = self.n(1, 42), self.n(1, 12)
        kind = kind or self.c(["pad3", "pad2", "plain", "slash", "dots", "lower", "rt"])
        if kind == "pad3":
            return f"RT {rt:03d}/RW {rw:03d}"
        if kind == "pad2":
            return f"RT {rt:02d} RW {rw:02d}"
        if kind == "plain":
            return f"RT {rt} RW {rw}"
        if kind == "slash":
            return f"RT {rt:02d}/RW {rw:02d}"
        if kind == "dots":
            return f"RT.{rt:03d}/RW.{rw:03d}"
        if kind == "lower":
            return f"rt {rt} rw {rw}"
        return f"RT {rt:02d}"

    def street_no(self, kind: str | None = None) -> str:
        name, no = self.street(), self.house()
        kind = kind or self.c(
            [
                "std",
                "std",
                "std",
                "nodot",
                "jalan",
                "jln",
                "gang_in",
                "gang",
                "lorong",
                "complex",
                "person",
            ]
        )
        if kind == "std":
            return f"Jl. {name} No. {no}"
        if kind == "nodot":
            return f"Jl. {name} No.{no}"
        if kind == "jalan":
            return f"Jalan {name} Nomor {no}"
        if kind == "jln":
            return f"Jln. {name} no {no}"
        if kind == "gang_in":
            return f"Jl. {name} Gg. {self.n(1, 9)} No. {no}"
        if kind == "gang":
            return f"Gg. {self.c(GANG)} No. {no}"
        if kind == "lorong":
            return f"Lr. {self.c(GANG)} No. {no}"
        if kind == "lower":
            return f"jl {name.lower()} no {no}"
        if kind == "person":
            return f"Jl. {self.c(PERSON_STREETS)} No. {no}"
        if kind == "complex":
            block = f"{self.c('ABCDEFGHJK')}{self.n(1, 9) if self.p(0.4) else ''}"
            return f"{self.c(COMPLEX).format(b=block)} No. {self.n(1, 40)}"
        raise ValueError(kind)

    def home(self) -> str:
        """A home address: street and number, often with RT/RW."""
        base = self.street_no()
        if self.p(0.45):
            return f"{base}, {self.rtrw(self.c(['pad3', 'slash', 'pad2']))}"
        return base

    # ---- numbers ----------------------------------------------------------------------------
    def _date6(self, female: bool, lo: int = 1950, hi: int = 2008) -> str:
        day = self.n(1, 28) + (40 if female else 0)
        return f"{day:02d}{self.n(1, 12):02d}{self.n(lo, hi) % 100:02d}"

    def region(self) -> str:
        reg = self.c(
            ["71"] * 6 + ["01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "14", "20"]
        )
        dist = self.n(1, 6) if reg == "71" else self.n(1, 24)
        return f"53{reg}{dist:02d}"

    def nik(self, female: bool | None = None, lo: int = 1950, hi: int = 2008) -> str:
        if female is None:
            female = self.p(0.5)
        return f"{self.region()}{self._date6(female, lo, hi)}{self.n(1, 320):04d}"

    def kk_no(self) -> str:
        return f"{self.region()}{self.n(1, 28):02d}{self.n(1, 12):02d}{self.n(8, 25):02d}{self.n(1, 9000):04d}"

    def fmt16(self, value: str, kind: str | None = None) -> str:
        kind = kind or self.c(["block", "block", "block", "four", "dots", "dash"])
        if kind == "block":
            return value
        if kind == "four":
            return " ".join(value[i : i + 4] for i in range(0, 16, 4))
        if kind == "dots":
            return f"{value[:2]}.{value[2:4]}.{value[4:6]}.{value[6:12]}.{value[12:]}"
        if kind == "dash":
            return f"{value[:6]}-{value[6:12]}-{value[12:]}"
        if kind == "nbsp":
            return NBSP.join(value[i : i + 4] for i in range(0, 16, 4))
        if kind == "full":
            return "".join(FULLWIDTH[d] for d in value)
        if kind == "ocr":
            return self.ocr(value)
        raise ValueError(kind)

    def ocr(self, value: str, count: int | None = None) -> str:
        chars = list(value)
        spots = [i for i, ch in enumerate(chars) if ch in OCR]
        for i in self.r.sample(spots, min(len(spots), count or self.n(1, 3))):
            chars[i] = OCR[chars[i]]
        return "".join(chars)

    def full_width(self, value: str) -> str:
        return "".join(FULLWIDTH.get(ch, ch) for ch in value)

    def npwp_old(self) -> str:
        d = self.digits(9)
        return f"{self.n(1, 9):02d}.{d[:3]}.{d[3:6]}.{d[6]}-{self.c(['920', '921', '922', '923', '924', '925'])}.000"

    def npwp16(self) -> str:
        return "0" + self.npwp_old().replace(".", "").replace("-", "")

    def npwp(self, female: bool | None = None) -> str:
        pick = self.r.random()
        if pick < 0.5:
            return self.npwp_old()
        if pick < 0.75:
            return self.fmt16(self.nik(female), self.c(["block", "block", "four", "dots"]))
        return self.npwp16()

    def mobile(self) -> str:
        return self.c(MOBILE_PREFIX) + self.digits(self.c([7, 8, 8, 8]))

    def phone(self, kind: str | None = None, digits: str | None = None) -> str:
        d = digits or self.mobile()
        kind = kind or self.c(
            ["block", "block", "dash", "space", "dot", "plus_dash", "plus", "62", "62space"]
        )
        rest = d[1:]
        if kind == "block":
            return d
        if kind == "dash":
            return f"{d[:4]}-{d[4:8]}-{d[8:]}"
        if kind == "space":
            return f"{d[:4]} {d[4:8]} {d[8:]}"
        if kind == "dot":
            return f"{d[:4]}.{d[4:8]}.{d[8:]}"
        if kind == "plus_dash":
            return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
        if kind == "plus":
            return f"+62{rest}"
        if kind == "62":
            return f"62{rest}"
        if kind == "62space":
            return f"62 {rest[:3]} {rest[3:7]} {rest[7:]}"
        if kind == "nbsp":
            return f"{d[:4]}{NBSP}{d[4:8]}{NBSP}{d[8:]}"
        if kind == "zwsp":
            return f"{d[:4]}{ZWSP}{d[4:8]}{ZWSP}{d[8:]}"
        if kind == "full":
            return self.full_width(d)
        if kind == "ocr":
            return self.ocr(d, 2)
        raise ValueError(kind)

    def landline(self, kind: str | None = None) -> str:
        d = self.c(["82", "83", "85", "88", "87"]) + self.digits(4)
        kind = kind or self.c(["space", "paren", "dash", "paren_split"])
        if kind == "space":
            return f"0380 {d}"
        if kind == "paren":
            return f"(0380) {d}"
        if kind == "dash":
            return f"0380-{d}"
        return f"(0380) {d[:3]} {d[3:]}"

    def office_line(self) -> str:
        d = self.c(["82", "83"]) + self.digits(4)
        return self.c([f"(0380) {d[:3]} {d[3:]}", f"0380-{d[:3]} {d[3:]}", f"0380 {d}"])

    def office_mobile(self) -> str:
        return self.phone(self.c(["dash", "block", "space"]))

    def email(self, who: P, host: str | None = None, kind: str | None = None) -> str:
        g = who.given.split()[0].lower()
        f = who.family.lower().replace(" ", "")
        kind = kind or self.c(["dot", "dot_num", "plain_num", "family", "under", "initial"])
        year = self.c(["77", "88", "90", "92", "95", "98", "01", "03", "12", "17", "2000"])
        user = {
            "dot": f"{g}.{f}",
            "dot_num": f"{g}.{f}{year}",
            "plain_num": f"{g}{f}{year}",
            "family": f"{f}.{g}",
            "under": f"{g}_{f}",
            "initial": f"{g[0]}{f}{self.n(1, 99)}",
        }[kind]
        return f"{user}@{host or self.c(HOSTS)}"

    def dodge(self, address: str, kind: str | None = None) -> str:
        """A private address written to dodge scrapers."""
        user, _, host = address.partition("@")
        name, _, tld = host.partition(".")
        kind = kind or self.c(
            [
                "space_at",
                "at_words",
                "brackets",
                "paren_at",
                "titik",
                "keong",
                "space_before",
                "dots_words",
                "et",
                "bracket_at",
            ]
        )
        if kind == "space_at":
            return f"{user} @ {host}"
        if kind == "at_words":
            return f"{user} at {name} dot {tld.replace('.', ' dot ')}"
        if kind == "brackets":
            return f"{user} [at] {name} [dot] {tld.replace('.', ' [dot] ')}"
        if kind == "paren_at":
            return f"{user}(at){host}"
        if kind == "titik":
            return f"{user}@{name} titik {tld.replace('.', ' titik ')}"
        if kind == "keong":
            return f"{user}(keong){host}"
        if kind == "space_before":
            return f"{user} @{host}"
        if kind == "et":
            return f"{user}(et){host}"
        if kind == "bracket_at":
            return f"{user}[@]{host}"
        if kind == "dots_words":
            return f"{user.replace('.', ' [dot] ')} [at] {name} [dot] {tld.replace('.', ' [dot] ')}"
        raise ValueError(kind)

    def bpjs(self, kind: str | None = None) -> str:
        d = "000" + self.digits(10)
        kind = kind or self.c(["block", "block", "block", "four", "dash"])
        if kind == "block":
            return d
        if kind == "four":
            return f"{d[:4]} {d[4:8]} {d[8:]}"
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"

    def account(self, bank: str | None = None) -> tuple[str, str]:
        bank = bank or self.c(["BRI", "BRI", "Bank NTT", "Bank NTT", "BNI", "Mandiri", "BCA"])
        if bank == "BRI":
            d = f"{self.n(1, 9)}{self.digits(3)}01{self.digits(6)}5{self.digits(2)}"
            value = self.c(
                [
                    f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                    d,
                    f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}",
                ]
            )
        elif bank == "Bank NTT":
            d = f"00{self.n(1, 9)}01{self.n(1, 3):02d}{self.digits(6)}{self.n(0, 9)}"
            value = self.c([f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}", d])
        elif bank == "BNI":
            d = self.c(["0", "1", "08"]) + self.digits(10)
            d = d[:10]
            value = d
        elif bank == "Mandiri":
            d = "16" + self.digits(11)
            value = self.c([d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}"])
        else:
            d = self.digits(10)
            value = self.c([d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])
        return bank, value

    def plate(self, kind: str | None = None) -> str:
        region = self.c(["DH"] * 7 + ["EB", "EB", "ED", "EA"])
        number = str(self.n(1, 9999))
        suffix = "".join(self.c("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.c([1, 2, 2, 2])))
        kind = kind or self.c(["std", "std", "std", "tight", "lower", "title"])
        if kind == "std":
            return f"{region} {number} {suffix}"
        if kind == "tight":
            return f"{region}{number}{suffix}"
        if kind == "lower":
            return f"{region} {number} {suffix}".lower()
        if kind == "title":
            return f"{region.title()} {number} {suffix.title()}"
        if kind == "dash":
            return f"{region}-{number}-{suffix}"
        raise ValueError(kind)

    # ---- look-alikes that are not personal data -----------------------------------------
    def rp(self) -> str:
        amount = self.c([5, 10, 15, 20, 25, 35, 50, 75, 100, 150, 200, 250, 300, 500, 750]) * 1000
        if self.p(0.15):
            amount *= self.c([10, 20])
        return f"Rp {amount:,}".replace(",", ".")

    def date(self) -> str:
        return self.c(
            [
                f"{self.n(1, 28)} {self.c(MONTHS)} 2026",
                f"{self.n(1, 28):02d}/{self.n(1, 11):02d}/2026",
                f"{self.n(1, 28):02d}-{self.n(1, 11):02d}-2026",
            ]
        )

    def time(self) -> str:
        return f"{self.n(6, 22):02d}.{self.c(['00', '15', '30', '45', '10', '20'])}"

    def ticket(self) -> str:
        return self.c(
            [
                f"#LPR-2026-{self.n(1000, 9999)}-{self.n(1, 999):04d}",
                f"LAPOR-5371-2026-{self.n(1, 99999):05d}",
                f"{self.n(2401, 2611)}-{self.n(1000, 9999)}-{self.n(100, 999)}",
                f"#{self.n(1000000, 9999999)}",
            ]
        )

    def billing(self) -> str:
        return "8202" + self.digits(11)

    def va(self) -> str:
        return f"8808 {self.digits(4)} {self.digits(4)} {self.digits(4)}"

    def pln_id(self) -> str:
        return "5312" + self.digits(8)

    def meter(self) -> str:
        return "1" + self.digits(10)

    def token(self) -> str:
        d = self.digits(20)
        return " ".join(d[i : i + 4] for i in range(0, 20, 4))

    def pdam_no(self) -> str:
        return f"{self.n(1, 9):02d}-{self.n(1, 12):02d}-{self.digits(6)}"

    def nop(self) -> str:
        return f"53.71.0{self.n(10, 60)}.00{self.n(1, 9)}.0{self.n(10, 99)}-0{self.digits(3)}.0"

    def letter_no(self) -> str:
        return self.c(
            [
                f"{self.c(['700', '400', '470', '503', '050', '800'])}/{self.n(10, 999)}/{self.c(['INSP', 'DUKCAPIL', 'PUPR', 'KEL', 'DINSOS', 'DISHUB'])}/{self.c(['XI', 'X', 'XII'])}/2026",
                f"503/PBG/2026/{self.digits(5)}",
                f"5371-LU-{self.n(10, 28)}{self.n(1, 11):02d}2026-{self.digits(4)}",
            ]
        )

    def trx(self) -> str:
        return "2026" + self.digits(12)

    def nib(self) -> str:
        return "91203" + self.digits(8)

    def nisn(self) -> str:
        return "0" + self.digits(9)

    def nip(self) -> str:
        return f"19{self.n(65, 95)}{self.n(1, 12):02d}{self.n(1, 28):02d} 20{self.n(5, 20):02d}{self.n(1, 12):02d} {self.c('12')} {self.digits(3)}"

    def company_npwp(self) -> str:
        return self.c([self.npwp_old().replace("-92", "-9" + self.c("2")), self.npwp16()])


def strip(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Remove the labels, returning the text and its spans."""
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[position : match.start()]
        text_parts.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value)})
        text_parts.append(value)
        length += len(value)
        position = match.end()
    text_parts.append(marked[position:])
    return "".join(text_parts), spans


def edge_ok(kind: str, value: str) -> bool:
    first, last = value[0], value[-1]
    if not (first.isalnum() or (kind == "phone" and first in "+(")):
        return False
    return last.isalnum()


class ProblemError(Exception):
    pass


def check(text: str, spans: list[dict[str, object]]) -> None:
    if "[[" in text or "]]" in text or "{" in text or "}" in text:
        raise ProblemError(f"marker left: {text!r}")
    ordered = sorted(spans, key=lambda s: int(s["start"]))  # type: ignore[arg-type]
    for one, two in itertools.pairwise(ordered):
        if int(two["start"]) < int(one["end"]):  # type: ignore[arg-type]
            raise ProblemError(f"overlap in {text!r}")
    for span in spans:
        kind, start, end = str(span["kind"]), int(span["start"]), int(span["end"])  # type: ignore[call-overload]
        value = text[start:end]
        if kind not in KINDS or not value or not edge_ok(kind, value):
            raise ProblemError(f"bad span {kind} {value!r} in {text!r}")
        # every other occurrence of the same value (a name said again, a number repeated) is
        # labelled too
        if len(value) >= 4 and kind != "address":
            for found in re.finditer(re.escape(value), text):
                a, b = found.start(), found.end()
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    continue
                if not any(
                    s["kind"] == kind and int(s["start"]) <= a and b <= int(s["end"])  # type: ignore[call-overload]
                    for s in spans
                ):
                    raise ProblemError(f"{kind} {value!r} said again unlabelled in {text!r}")
    for word in re.findall(r"\[\[|\]\]|\bNone\b", text):
        raise ProblemError(f"{word!r} in {text!r}")


TEMPLATES: list[tuple[str, int, object]] = []
_TURNS: dict[str, itertools.cycle[str]] = {}


def in_turn(key: str, *kinds: str) -> str:
    """The next of ``kinds`` for a template filled more than once, so each writing appears."""
    return next(_TURNS.setdefault(key, itertools.cycle(kinds)))


def T(style: str, times: int = 1):  # type: ignore[no-untyped-def]
    """Register a template for ``style``, filled ``times`` times."""
    assert style in STYLES, style

    def register(function):  # type: ignore[no-untyped-def]
        TEMPLATES.append((style, times, function))
        return function

    return register


# --------------------------------------------------------------------------------------------
# sms_plain: SMS to 1708, KOTKUPANG in lower and mixed case, typos, no punctuation
# --------------------------------------------------------------------------------------------


def kot(g: Gen) -> str:
    return g.c(
        [
            "kotkupang",
            "kotkupang",
            "kotkupang",
            "Kotkupang",
            "KotKupang",
            "kotKupang",
            "kotkupang",
            "KOTkupang",
            "kotkupng",
            "kot kupang",
        ]
    )


def low(value: str) -> str:
    return value.lower()


def sms_rp(g: Gen) -> str:
    """An amount as SMS writers put it: 50rb, 1,5jt, rp 75000."""
    thousands = g.c([10, 15, 20, 25, 50, 75, 100, 150, 200, 250, 300, 500])
    return g.c([f"{thousands}rb", f"rp {thousands}000", f"{thousands} ribu", f"rp{thousands}rb"])


@T("sms_plain", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} air pdam sdh {g.n(3, 9)} hr tdk jalan di {A(g.rtrw('lower'))} kel {low(g.kel())} warga hrs beli air tangki 1 tangki {sms_rp(g)} mhn segra dicek {N(low(p.full))} {PH(g.phone())}"


@T("sms_plain", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} sy {N(low(p.full))} mau tanya ktp el sy blm jadi sdh {g.n(2, 7)} bln sjk rekam di dukcapil nik {NIK(g.nik(p.female))} mohon infonya"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} lampu jln mati depan rmh sy {A(g.street_no('lower'))} kel {low(g.kel())} sdh 2 mgg gelap skali takut maling tlg diperbaiki trims {N(low(p.given))}"


@T("sms_plain")
def _(g: Gen) -> str:
    m, p = g.person("F"), g.person()
    return f"{kot(g)} sampah di bak dekat rmh tanta {N(low(m.given))} di {A(g.rtrw('lower'))} sdh 2 mgg tdk diangkut bau skali lalat bnyk tlg dlh angkut {N(low(p.full))}"


@T("sms_plain")
def _(g: Gen) -> str:
    m = g.person("F")
    c = g.child(m)
    return f"{kot(g)} mhn bantu anak sy {N(low(c.given))} tdk dpt pip pdhl sdh daftar di {low(g.c(SCHOOLS))} nik anak {NIK(g.nik(c.female, 2012, 2019))} sy ibunya {N(low(m.full))}"


@T("sms_plain", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} kartu kis sy tdk aktif waktu berobat di {low(g.c(PUSKESMAS))} pdhl sy pbi no kartu {BP(g.bpjs())} an {N(low(p.full))} tlp {PH(g.phone())}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person("M")
    return f"{kot(g)} motor sy {PL(g.plate('lower'))} ditahan petugas dishub di terminal oebobo tanpa surat tilang sy disuru bayar {sms_rp(g)} resmi ato tdk {N(low(p.given))} wa {PH(g.phone())}"


@T("sms_plain")
def _(g: Gen) -> str:
    m = g.person("F")
    return f"{kot(g)} mama sy {N(low(m.full))} sdh {g.n(3, 8)} bln tdk terima pkh no kk {KK(g.kk_no())} mhn dicek di dinsos kmi org susah"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} tetangga sy bakar sampah plastik tiap mlm asap masuk ke rmh sy di {A(g.street_no('lower') + ' ' + g.rtrw('lower'))} sdh tegur tp tdk mau dengar {N(low(p.full))}"


@T("sms_plain")
def _(g: Gen) -> str:
    f = g.person("M", mixed=False)
    p = g.child(f)
    return f"{kot(g)} sertifikat tanah alm bapa sy {N(low(f.full))} di bpn blm keluar sdh 2 thn nik alm {NIK(g.nik(False, 1940, 1965))} sy anaknya {N(low(p.given))} hp {PH(g.phone())}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    _bank, acct = g.account("Bank NTT")
    return f"{kot(g)} dana bantuan umkm blm masuk ke rek bank ntt sy {REK(acct)} an {N(low(p.full))} sdh {g.n(2, 5)} bln dijanjikan tlg dicek"


@T("sms_plain", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} gaji sy guru honor {low(g.c(SCHOOLS))} blm dibayar {g.n(3, 5)} bln bendahara minta npwp sy {TAX(g.npwp(p.female))} sdh sy kasih tp tetap blm cair {N(low(p.full))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} tolong balas ke email sy sj {EM(g.email(p))} hp sy rusak tdk bs terima sms {N(low(p.full))}"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} sy mw lpr jln rsak dpn rmh sy {A(g.street_no('lower') + ' ' + g.rtrw('lower'))} kel {low(g.kel())} lubang bsr skali sdh ada yg jatuh motor hp sy {PH(g.phone('block'))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    c = g.child(p)
    return f"{kot(g)} anak sy {N(low(c.given))} demam tinggi ditolak di igd {low(g.c(HOSPITALS))} krn kis blm aktif no kis {BP(g.bpjs('block'))} tlg dibantu sy {N(low(p.full))} {PH(g.phone())}"


@T("sms_plain", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} sy {N(low(p.full))} warga {A(g.rtrw('lower'))} kel {low(g.kel())} mau tanya knp bantuan beras kami tdk dpt lg bln ini"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} nmr sy dulu {PH(g.phone('block'))} skrg ganti {PH(g.phone('block'))} tlg update nmr pelapor atas nama {N(low(p.full))} no laporan {g.ticket()}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} petugas kelurahan {low(g.kel())} minta uang {sms_rp(g)} utk urus kk baru no kk sy {KK(g.kk_no())} an {N(low(p.full))} apa ini resmi"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} nik sy {NIK(g.ocr(g.nik(p.female)))} tdk terdaftar di dtks pdhl sy org tdk mampu tlg dicek {N(low(p.given))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    nik = g.nik(p.female)
    cut = g.n(4, 14)
    return f"{kot(g)} ktp sy ditolak waktu daftar bpjs nik {NIK(nik[:cut] + nik[cut + 1 :])} katanya salah tlg cek {N(low(p.full))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} mobil pick up {PL(g.plate(g.c(['lower', 'tight'])))} parkir di bahu jln depan rmh sy {A(g.street_no('lower'))} tiap hr sdh {g.n(2, 6)} bln sy {N(low(p.full))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"KotKupang Sy {N(p.full)} Mohon Bantuan Jalan Masuk Ke Rumah Sy {A(f'Jl {g.street()} No {g.house()}')} Rusak Parah Tdk Bs Dilewati Ambulans {PH(g.phone('dash'))}"


@T("sms_plain")
def _(g: Gen) -> str:
    b, p = g.person("F"), g.person("F")
    return f"{kot(g)} sy ibu hamil 7 bln di {A(g.rtrw('lower'))} kel {low(g.kel())} bidan {N(low(b.given))} di pustu tdk pernah ada tiap sy periksa tlg dicek {N(low(p.given))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} knp tagihan pdam sy naik jd {sms_rp(g)} pdhl rmh kosong no sambungan {g.pdam_no()} an {N(low(p.full))} alamat {A(g.street_no('lower'))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person("M")
    return f"{kot(g)} sy {N(low(p.given))} sopir angkot lampu {g.n(1, 12)} oto sy {PL(g.plate('lower'))} kena tilang di jln el tari tp petugas tdk kasih surat cm minta {sms_rp(g)} {PH(g.phone())}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} tlg tindak org mabuk tiap mlm di pos ronda {A(g.rtrw('lower'))} kel {low(g.kel())} bikin ribut smp jam 3 pagi sy {N(low(p.full))} {PH(g.phone())}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} sy sdh kirim berkas ke email dinas tp blm ada balasan email sy {EM(g.dodge(g.email(p), 'at_words'))} {N(low(p.full))}"


@T("sms_plain")
def _(g: Gen) -> str:
    n = g.person("M")
    return f"{kot(g)} bpk {N(low(n.full))} tetangga sy sakit stroke sdh 2 mgg tdk ada petugas puskesmas dtg rumahnya di {A(g.street_no('lower'))} tlg dikunjungi hp sy {PH(g.phone(g.c(['block', 'space'])))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} nomor wa sy {PH(g.phone('ocr'))} tlg hubungi sy soal laporan kemarin {g.ticket()} sy {N(low(p.given))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person("F")
    return f"{kot(g)} sy mama {N(low(p.given))} mau tanya akte lahir anak sy blm jadi padahal sdh antar berkas nik sy {NIK(g.fmt16(g.nik(True), 'four'))} hp {PH(g.phone('space'))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} got depan rmh sy tersumbat air masuk rmh tiap hujan rmh sy dekat kantor lurah di {A(g.street_no('lower'))} tlg dibersihkan {N(low(p.full))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} sy {N(low(p.given))} mau lapor pohon besar miring di dpn rmh sy {A(f'jl {low(g.c(PERSON_STREETS))} no {g.house()}')} bisa roboh kena angin tlg dipotong {PH(g.phone('block'))}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    _bank, acct = g.account("BNI")
    return f"{kot(g)} uang beasiswa anak sy blm masuk rek bni {REK(acct)} an {N(low(p.full))} pdhl tmn2 sdh trima sjk bln lalu"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} npwp sy {TAX(g.npwp(p.female))} tdk bs dipakai daftar pbg katanya blm padan tlg bantu {N(low(p.full))} {PH(g.phone())}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person("M")
    return f"{kot(g)} sy {N(low(p.full))} pemilik oto {PL(g.plate('tight'))} oto sy ditabrak truk sampah dlhk di jln soeharto sopir lari tlg diproses"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} kk sy hilang waktu banjir no kk {KK(g.kk_no())} mau buat baru hrs bawa apa sy {N(low(p.given))} tinggal di {A(g.rtrw('lower'))} kel {low(g.kel())}"


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"KotKupang Mohon Dicek Npwp Sy {TAX(g.npwp_old())} Dobel Dgn Nama Org Lain Sy {N(p.full)}"
    )


@T("sms_plain")
def _(g: Gen) -> str:
    p = g.person()
    return f"{kot(g)} email sy {EM(g.dodge(g.email(p), 'space_before'))} tlg kirim bukti laporan kesitu sy {N(low(p.full))}"


# sms_plain without personal data
@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} lampu jln di jl el tari dekat bundaran pu mati sdh 1 mgg gelap skali mohon diperbaiki"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} knp tagihan pdam bln ini {sms_rp(g)} pdhl air cm jalan mlm hari no sambungan {g.pdam_no()}"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} token listrik {g.token()} tdk bs masuk sdh coba 3 kali id pel {g.pln_id()}"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} trima kasih petugas dlh sampah di pasar kasih naikoten sdh diangkut pagi ini indah skali skrg"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} laporan sy no {g.ticket()} blm ada tanggapan sdh {g.n(2, 4)} mgg mohon ditindaklanjuti"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} pak lurah warga rt {g.n(1, 30):02d} mengeluh air tdk jalan sdh {g.n(3, 8)} hr mohon pdam cek"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} jalan di jl kelinci oebufu digali utk pipa tdk ditutup lg sdh 2 mgg bahaya utk motor"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} hotline pdam {g.office_line()} tdk pernah diangkat mhn perhatian"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} ketua rt {g.n(1, 30):02d} rw {g.n(1, 9):02d} kel {low(g.kel())} minta uang sampah {sms_rp(g)} per bln apakah ada aturannya"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} kpn pendaftaran ppdb smp negeri dibuka thn ini jalur zonasi sy blm dpt info"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} wa pengaduan dukcapil {g.office_mobile()} tdk aktif tlg diganti nomornya"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} kode billing pbb {g.billing()} sdh sy bayar tgl {g.date()} tp di sistem blm lunas"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} bunga pinjaman koperasi di {low(g.c(MARKETS))} {g.n(10, 30)} persen sebulan apa boleh begitu"


@T("sms_plain")
def _(g: Gen) -> str:
    return (
        f"{kot(g)} anjing liar bnyk di jln frans seda dekat bandara el tari bahaya utk anak sekolah"
    )


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} kapan vaksin campak di {low(g.c(PUSKESMAS))} ada lg sy sdh 2 kali dtg kosong"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} got di samping smpn 5 kupang tersumbat air meluap ke jln tiap hujan"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} apakah bayar retribusi sampah lewat va {g.va()} resmi dr dlhk atau tdk"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} tolong pak lurah {low(g.kel())} bnyk babi lepas di jln masuk kantor lurah"


@T("sms_plain")
def _(g: Gen) -> str:
    return "KotKupang Mohon Info Syarat Pindah Datang Dari Kab Kupang Ke Kota Apa Perlu Surat Dari Desa"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} damai skali kalau pdam jalan tiap hr trims pak wali kota"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} sms pengaduan 1708 ini masih aktif atau tdk sy sms dr kmrn tdk dibls"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} pasar {low(g.kel())} becek skali los ikan bau tlg dibersihkan sblm hari raya"


@T("sms_plain")
def _(g: Gen) -> str:
    return (
        f"{kot(g)} call center 112 sy tlp tdk ada yg angkat waktu kebakaran kmrn mlm jam {g.time()}"
    )


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} tiang listrik miring di jl {low(g.c(PERSON_STREETS))} hampir roboh bahaya"


@T("sms_plain")
def _(g: Gen) -> str:
    return f"{kot(g)} tolong dishub atur lalu lintas di depan {low(g.c(SCHOOLS))} jam {g.time()} macet total"


# --------------------------------------------------------------------------------------------
# relayed: a village head, Ketua RT, pastor, teacher or cadre relaying residents' complaints
# --------------------------------------------------------------------------------------------

DESA = [
    "Oelnasi",
    "Penfui Timur",
    "Noelbaki",
    "Oebelo",
    "Tanah Merah",
    "Mata Air",
    "Oeteta",
    "Baumata",
    "Oefafi",
    "Nitneo",
]


def age(g: Gen) -> int:
    return g.n(24, 81)


@T("relayed", 2)
def _(g: Gen) -> str:
    head, a, b, c = g.people(4)
    return (
        f"Selamat pagi admin 1708. Sy Ketua RT {g.n(1, 30):02d}/RW {g.n(1, 9):02d} Kel. {g.kel()}, {N(head.full)}, meneruskan keluhan warga sy soal air PDAM yg sdh {g.n(6, 14)} hari tdk mengalir:\n"
        f"1. {N(a.full)} ({age(g)}), {A(g.home())}\n"
        f"2. {b.hon} {N(b.full)}, {A(g.street_no())}\n"
        f"3. {N(c.full)} ({age(g)}), warga baru, blm punya sambungan sendiri\n"
        f"Mohon PDAM segera turun. Kontak sy {PH(g.phone())}."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    pastor = g.person(mixed=False)
    a, b, c = g.people(3)
    church = g.c([c for c in CHURCHES if "GMIT" in c])
    return (
        f"Syalom. Sy {N(pastor.full)}, pendeta {church}, meneruskan keluhan anggota jemaat yg datang ke pastori minggu ini. "
        f"{a.hon} {N(a.full)} (HP {PH(g.phone())}) rumahnya kebanjiran tiap hujan krn got di depan rumahnya, {A(g.street_no())}, tersumbat. "
        f"{b.kin} {N(b.full)}, lansia yg tinggal sendiri di {A(g.rtrw('slash'))}, blm pernah terima BLT. "
        f"{c.sdr} {N(c.full)} kehilangan KTP waktu banjir, NIK {NIK(g.nik(c.female))}, dan blm bisa urus yg baru.\n"
        f"Salam, Pdt. {N(pastor.full)}, S.Th."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    t, c1, c2 = g.person(), g.child(), g.child()
    m = g.person("F")
    return (
        f"Yth. Admin LAPOR, sy {N(t.full)}, S.Pd., guru kelas {g.n(2, 6)} {g.c(SCHOOLS)}. Sy teruskan keluhan orang tua murid: "
        f"orang tua {N(c1.full)} dan {N(c2.full)} blm terima dana PIP sejak semester lalu, padahal nama anak2 sdh ada di SK. "
        f"Ibu dari {N(c1.given)}, Bu {N(m.full)}, bisa dihubungi di {PH(g.phone())}. Terima kasih."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    cadre, m1, m2, m3 = g.people(4, "F")
    k1, k2, k3 = g.child(m1), g.child(m2), g.child(m3)
    return (
        f"Laporan kader Posyandu Bunga Bakung Kel. {g.kel()}: balita gizi kurang yg blm dapat PMT sejak {g.c(MONTHS)}:\n"
        f"1. {N(k1.full)} ({g.n(1, 4)} th), anak dari Ibu {N(m1.full)}\n"
        f"2. {N(k2.full)} ({g.n(7, 11)} bln), ibunya {N(m2.given)}\n"
        f"3. {N(k3.full)} ({g.n(1, 4)} th), no KIS {BP(g.bpjs())}\n"
        f"Kader: {N(cadre.full)}, HP {PH(g.phone())}"
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    kades, a, b = g.person("M"), g.person("M"), g.person("F")
    return (
        f"Dengan hormat, sy {N(kades.full)}, Kepala Desa {g.c(DESA)}, Kec. Kupang Tengah, meneruskan keluhan warga desa kami. "
        f"Bapak {N(a.full)} dan istrinya {N(b.given)} sdh didata sbg penerima BLT Dana Desa tp nama mereka hilang di daftar tahap 2. "
        f"NIK Bapak {N(a.given)}: {NIK(g.fmt16(g.nik(False)))}, No. KK {KK(g.kk_no())}. "
        f"Mohon Dinas Sosial Kabupaten membantu. Hormat kami, {N(kades.full)}"
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    lurah, a, b, c = g.people(4)
    return (
        f"Lurah {g.kel()}, {N(lurah.full)}, S.Sos, menyampaikan keluhan tiga warga yg datang ke kantor kelurahan hari ini ({g.date()}):\n"
        f"- {a.sdr} {N(a.full)}, {A(g.home())}: atap rumah rusak diterpa angin, blm ada bantuan BPBD;\n"
        f"- {b.hon} {N(b.full)}, {A(g.street_no())}: pohon tumbang menimpa pagar;\n"
        f"- {N(c.full)}, HP {PH(g.phone())}: air got masuk rumah.\n"
        f"Data lengkap ada pada kami."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    head, x = g.person(), g.person("M")
    rt1, rt2 = g.n(1, 20), g.n(21, 40)
    return (
        f"Sy {N(head.full)}, Ketua RT {rt1:02d}, menyampaikan keluhan warga RT {rt1:02d} dan RT {rt2:02d}: jalan setapak ke kali longsor sesudah hujan semalam. "
        f"Yg paling parah rumah Om {N(x.full)} di {A(g.street_no())}, dinding dapur sdh retak dan tanah di belakang turun setengah meter. "
        f"Mohon BPBD datang lihat. HP sy {PH(g.phone())}."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    cadre, a, b = g.person("F"), g.person("F"), g.person("M")
    return (
        f"Sy {N(cadre.full)}, kader PKK Dasawisma Melati, mau teruskan keluhan lansia di lingkungan kami. "
        f"Oma {N(a.full)} ({g.n(70, 88)} thn) dan Opa {N(b.full)} ({g.n(70, 90)} thn) sdh 3 bulan tdk dapat kunjungan posyandu lansia. "
        f"Rumah Oma {N(a.given)} di {A(g.home())}. Kartu KIS Oma: {BP(g.bpjs())}."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    t = g.person()
    c1, c2, c3 = g.child(), g.child(), g.child()
    return (
        f"Pak admin, ini beta {N(t.full)}, guru di {g.c(SCHOOLS)}. Beta mau sampaikan orang tua dong pung keluhan. "
        f"Anak dong {N(c1.given)}, {N(c2.given)} deng {N(c3.given)} sonde dapat baju seragam gratis, padahal dong pung nama su masuk daftar. "
        f"Mama dari {N(c2.given)} su datang ke sekolah dua kali. Beta pung nomor {PH(g.phone())}."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    head, a, b, c = g.people(4)
    return (
        f"Nama2 warga RT sy yg layak BPNT tp blm masuk DTKS:\n"
        f"- {N(a.full.upper())}, KK {KK(g.kk_no())}\n"
        f"- {N(b.full.upper())}, KK {KK(g.kk_no())}\n"
        f"- {N(c.full.upper())}, KK {KK(g.fmt16(g.kk_no(), 'four'))}\n"
        f"Mohon dicek. Ketua RT {g.n(1, 30):02d}, {N(head.full)}, HP {PH(g.phone())}"
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    elder, a, b = g.person("M"), g.person(mixed=False), g.person()
    return (
        f"Salam sejahtera. Sy Pnt. {N(elder.full)}, penatua {g.c(CHURCHES)}, meneruskan keluhan dua keluarga jemaat. "
        f"Keluarga {N(a.family)} di {A(g.rtrw('pad3'))} Kel. {g.kel()} sdh 2 minggu tdk dapat air PDAM, "
        f"sedangkan {b.hon} {N(b.full)} tagihan airnya naik jadi {g.rp()} padahal meteran rusak. "
        f"Nomor {b.pak} {N(b.given)}: {PH(g.phone())}."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    head = g.person()
    f1, f2 = g.person(mixed=False), g.person(mixed=False)
    return (
        f"Laporan Ketua RT {g.n(1, 30):02d}/RW {g.n(1, 9):02d} Kel. {g.kel()}: sengketa batas tanah antara keluarga {N(f1.family)} dan keluarga {N(f2.family)} di {A(g.rtrw('slash'))} sudah sampai saling ancam. "
        f"Sy sdh 2 kali panggil mediasi tapi tdk selesai. Mohon bantuan kelurahan dan kecamatan. {N(head.full)}, HP {PH(g.phone())}"
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    ustadz, a, b = (
        g.person("M", muslim=True),
        g.person("M", muslim=True),
        g.person("F", muslim=True),
    )
    return (
        f"Assalamualaikum. Sy Ustadz {N(ustadz.full)}, pengurus Masjid Nurul Iman Kel. {g.kel()}, meneruskan keluhan jamaah. "
        f"Bpk. {N(a.full)} sdh 4 bulan tdk menerima bantuan PKH, NIK {NIK(g.nik(False))}. "
        f"Ibu {N(b.full)}, janda dgn 3 anak di {A(g.home())}, ditolak waktu urus BPJS PBI. "
        f"Wassalam, {N(ustadz.full)}"
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    cadre = g.person("F")
    m1, m2 = g.people(2, "F")
    k1, k2 = g.child(m1), g.child(m2)
    return (
        f"Kader posyandu {N(cadre.given)} melaporkan: vaksin MR di {g.c(PUSKESMAS)} habis, 2 anak blm dapat. "
        f"{N(k1.full)} anak {N(m1.full)} (no kartu JKN {BP(g.bpjs())}) dan {N(k2.full)} anak {N(m2.full)} (no kartu JKN {BP(g.bpjs())}). "
        f"Mohon dinkes cek stok."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    head = g.person()
    return (
        f"Pak, sy {N(head.full)}, Ketua RT {g.n(1, 30):02d}. Rumah sy di {A(g.home())} sekarang jadi posko pengungsi sementara. "
        f"Ada {g.n(5, 14)} KK yg rumahnya terendam. Kami perlu tikar, air bersih dan makanan bayi. HP {PH(g.phone())}."
    )


@T("relayed")
def _(g: Gen) -> str:
    teacher, a, b = g.person(), g.person(), g.person()
    return (
        f"Sy {N(teacher.full)}, wali kelas {g.n(7, 9)}A {g.c(SMP)}, meneruskan pesan dari dua orang tua:\n"
        f'"{a.hon} {N(a.full)}: anak sy sdh bayar uang komite {g.rp()} tapi kwitansinya tdk dikasih."\n'
        f'"{b.hon} {N(b.full)}: tolong sekolah jangan tahan rapor anak sy, sy sdh cicil."\n'
        f"Kedua orang tua minta nama mereka disampaikan ke dinas. Email sy {EM(g.email(teacher))}"
    )


@T("relayed")
def _(g: Gen) -> str:
    head, a = g.person(), g.person("F")
    bank, acct = g.account()
    return (
        f"Sy Ketua RW {g.n(1, 9):02d} Kel. {g.kel()}, {N(head.full)}. Warga sy {a.hon} {N(a.full)} tinggal di {A(g.home())} "
        f"minta uang santunan kematian suaminya ditransfer ke rekening {bank} {REK(acct)} a.n. {N(a.full)}, krn tdk bisa datang ke dinsos."
    )


@T("relayed", 2)
def _(g: Gen) -> str:
    head, a, b = g.person(), g.person("F"), g.person("M")
    return (
        f"Pak admin, sy Ketua RT {g.n(1, 30):02d}, ini sy teruskan pesan warga di grup:\n"
        f"[{g.n(1, 28):02d}/{g.n(1, 12):02d}/2026 {g.n(6, 21):02d}.{g.n(10, 59)}] {N(a.full)}: air su 5 hari sonde jalan, beta pung anak kecil dong mandi pake air galon\n"
        f"[{g.n(6, 21):02d}.{g.n(10, 59)}] {N(low(b.given))}: sama di rumah beta, {A(g.street_no())}\n"
        f"[{g.n(6, 21):02d}.{g.n(10, 59)}] Admin Kelurahan: sudah diteruskan ke PDAM\n"
        f"Sy {N(head.full)}, HP {PH(g.phone())}"
    )


@T("relayed")
def _(g: Gen) -> str:
    pastor, a, b = g.person(), g.person("F", mixed=False), g.person("M")
    return (
        f"Salam damai,\nSY PDT. {N(pastor.full.upper())} MENYAMPAIKAN KELUHAN JEMAAT KAMI {N(a.full.upper())} YG RUMAHNYA DI {A(g.street_no('std').upper())} TERENDAM TIAP HUJAN KRN GOT DITUTUP PROYEK. "
        f"WARGA KAMI {N(b.full.upper())} JUGA SAMA. MOHON PUPR TINJAU."
    )


@T("relayed")
def _(g: Gen) -> str:
    cadre, a = g.person("F"), g.person("F")
    c = g.child(a, "M")
    return (
        f"Sy {N(cadre.full)}, kader posyandu. Mama {N(a.given)} pung anak laki-laki yang dong panggil {N(g.c(['Nyong', 'Ucu', 'Ote', 'Boy']))} (nama aslinya {N(c.full)}) su 3 bulan berat badan sonde naik. "
        f"Dong tinggal di {A(g.rtrw('pad2'))}. Mohon ahli gizi puskesmas datang lihat."
    )


@T("relayed")
def _(g: Gen) -> str:
    lurah, p = g.person("M"), g.person("M")
    return (
        f"Dari Lurah {g.kel()} Pak {N(lurah.given)}: keluhan Bpk. {N(p.full)} soal pagar tetangga yang makan jalan sudah kami mediasi. "
        f"Nomor dia {PH(g.phone())}, namanya {N(p.given)}, kalau dinas mau konfirmasi langsung."
    )


@T("relayed")
def _(g: Gen) -> str:
    head, a, b = g.person(), g.person(), g.person()
    return (
        f"Laporan Ketua RT {g.n(1, 30):02d}: dua warga minta bantuan rumah tidak layak huni.\n"
        f"a. {N(a.full)}, {A(g.home())}, telp rumah {PH(g.landline())}\n"
        f"b. {N(b.full)}, {A(g.home())}, KK {KK(g.kk_no())}\n"
        f"Ketua RT, {N(head.full)}"
    )


# relayed without personal data
@T("relayed")
def _(g: Gen) -> str:
    rt = g.n(1, 30)
    return f"Ketua RT {rt:02d} menyampaikan keluhan warga RT {rt:02d} dan RT {rt + 1:02d} Kel. {g.kel()}: air PDAM tdk mengalir sejak hari {g.c(DAYS)}. Mohon ditindaklanjuti."


@T("relayed")
def _(g: Gen) -> str:
    return f"Pak Lurah, warga RT {g.n(1, 30):02d} mengeluh jalan masuk ke Posyandu Bunga Bakung rusak dan becek. Ibu2 yg bawa balita susah lewat."


@T("relayed")
def _(g: Gen) -> str:
    return f"Salam dari warga RT {g.n(1, 30):02d} Kel. {g.kel()}. Kami mohon lampu jalan di Jl. Amabi diperbaiki, sdh 3 minggu gelap.\nWarga RT {g.n(1, 30):02d}"


@T("relayed")
def _(g: Gen) -> str:
    return "Atas nama majelis Jemaat GMIT Paulus Kupang, kami teruskan keluhan jemaat: jalan ke gereja di Jl. Thamrin No. 7 berlubang besar dan sudah dua kali ada motor jatuh."


@T("relayed")
def _(g: Gen) -> str:
    return f"Kader posyandu meneruskan: stok vitamin A di Posyandu Bunga Bakung habis sejak bulan lalu, {g.n(20, 45)} balita blm dapat. Mohon dinkes kirim."


@T("relayed")
def _(g: Gen) -> str:
    return f"Kami para Ketua RT di Kel. {g.kel()} meneruskan keluhan warga RT 01 sampai RT {g.n(18, 29)} soal sampah yg tdk diangkut 2 minggu. Tolong DLHK tambah armada."


@T("relayed")
def _(g: Gen) -> str:
    return f"Para guru {g.c(SCHOOLS)} meneruskan keluhan orang tua murid: atap 3 ruang kelas bocor, anak2 belajar di teras. Sdh lapor ke dinas sejak {g.c(MONTHS)}."


@T("relayed")
def _(g: Gen) -> str:
    rt = g.n(1, 30)
    return f"Pengumuman dari Ketua RT {rt:02d}/RW {g.n(1, 9):02d}: iuran keamanan dibayar di Sekretariat RT {rt:02d}, Jl. Kenari No. 2, tiap Sabtu jam {g.time()}. Keluhan soal iuran sudah kami teruskan ke kelurahan."


@T("relayed")
def _(g: Gen) -> str:
    return f"Lomba kebersihan kelurahan: RT {g.n(10, 19)} juara 1, RT 0{g.n(1, 9)} juara 2, tapi hadiah blm diberikan sampai sekarang. Kami wakili warga mohon kejelasan."


@T("relayed")
def _(g: Gen) -> str:
    return f"Grup RT {g.n(1, 30):02d}: air PDAM mati lagi, sdh hari ke-{g.n(2, 6)}. Pak RT tolong teruskan ke 1708 ya."


@T("relayed")
def _(g: Gen) -> str:
    return f"Kami Forum RT/RW Kel. {g.kel()} menyampaikan keluhan warga: truk pasir lewat Jl. Timor Raya tiap malam tanpa terpal, debu masuk ke rumah2."


@T("relayed")
def _(g: Gen) -> str:
    return f"Kepala Desa {g.c(DESA)} meneruskan keluhan warga: sampah dari kota dibuang di pinggir jalan desa oleh truk tanpa plat. Mohon DLHK tindak."


@T("relayed")
def _(g: Gen) -> str:
    return f"Bapak/Ibu warga RT {g.n(1, 30):02d} yth, info dari kelurahan: keluhan soal air sudah diteruskan ke PDAM, nomor laporan {g.ticket()}. Mohon sabar."


@T("relayed")
def _(g: Gen) -> str:
    return "Pendeta jemaat meneruskan keluhan warga: jalan ke pekuburan umum di Jl. Gunung Mutis becek dan gelap, banyak lansia jatuh waktu ibadah penghiburan."


@T("relayed")
def _(g: Gen) -> str:
    return f"Guru2 PAUD di Kel. {g.kel()} meneruskan keluhan orang tua: insentif kader dan guru PAUD blm dibayar sejak {g.c(MONTHS)}. Mohon Dinas Pendidikan jelaskan."


@T("relayed")
def _(g: Gen) -> str:
    return f"Keluhan warga di RT {g.n(1, 9)} sampai RT {g.n(10, 20)} Kel. Liliba: truk tangki air swasta jual air {g.rp()} per tangki, padahal PDAM janji kirim gratis. Disampaikan oleh Ketua RW."


@T("relayed")
def _(g: Gen) -> str:
    return f"Pak Lurah, tim RT {g.n(1, 30):02d} minta izin pakai halaman kantor kelurahan untuk kerja bakti hari {g.c(DAYS)}. Warga juga minta karung sampah dari DLHK."


@T("relayed")
def _(g: Gen) -> str:
    return f"Petugas Pendamping PKH Kel. {g.kel()} meneruskan: {g.n(8, 30)} keluarga penerima belum bisa cairkan bantuan karena mesin EDC di agen rusak. Mohon Dinas Sosial koordinasi dengan bank."


@T("relayed")
def _(g: Gen) -> str:
    return f"Koordinator Forum Warga Peduli Kota meneruskan keluhan warga Kel. {g.kel()}: pembangunan drainase di Jl. Soeharto dikerjakan malam hari sampai jam 2, bising sekali."


# --------------------------------------------------------------------------------------------
# lapor_portal: SP4N-LAPOR! submissions and their follow-up replies
# --------------------------------------------------------------------------------------------

TOPICS = [
    ("Jalan rusak di depan rumah", "Dinas PUPR"),
    ("Air PDAM tidak mengalir", "PDAM"),
    ("Sampah tidak diangkut", "DLHK"),
    ("Bantuan sosial tidak diterima", "Dinas Sosial"),
    ("KTP elektronik belum dicetak", "Dinas Dukcapil"),
    ("Lampu jalan padam", "Dinas Perhubungan"),
    ("Pungutan di sekolah", "Dinas Pendidikan"),
    ("Pelayanan puskesmas lambat", "Dinas Kesehatan"),
]


def portal_head(g: Gen) -> str:
    return g.c(["SP4N-LAPOR!", "LAPOR!", "lapor.go.id", "Aplikasi SP4N-LAPOR!"])


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    title, unit = g.c(
        [t for t in TOPICS if t[1] in ("Dinas PUPR", "PDAM", "DLHK", "Dinas Perhubungan")]
    )
    return (
        f"Judul Laporan: {title}\n"
        f"Isi Laporan: Sudah {g.n(2, 6)} minggu masalah ini tidak ditangani. Rumah saya di {A(g.home())} Kel. {g.kel()} paling terdampak. Mohon {unit} segera turun ke lokasi.\n"
        f"Tanggal Kejadian: {g.date()}\n"
        f"Kategori: {g.c(['Infrastruktur', 'Lingkungan Hidup', 'Sosial', 'Kependudukan', 'Kesehatan'])}\n"
        f"Nama Pelapor: {N(p.full)}\n"
        f"No. HP: {PH(g.phone())}\n"
        f"Email: {EM(g.email(p))}\n"
        f"Rahasiakan identitas: Tidak"
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    _title, unit = g.c(TOPICS)
    return (
        f"Tindak lanjut dari {unit} Kota Kupang ({g.date()}):\n"
        f"Terima kasih {p.sdr} {N(p.full)} atas laporan {g.ticket()}. Petugas kami, {o.pak} {N(o.full)}, sudah meninjau lokasi di depan rumah {p.sdr} di {A(g.street_no())} pada {g.c(DAYS)} pagi dan pekerjaan dijadwalkan minggu depan. "
        f"Bila ada kendala, {p.sdr} {N(p.given)} dapat menghubungi layanan pengaduan kami di {g.office_line()}.\n"
        f"Status: Dalam Proses"
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Tanggapan Pelapor ({g.date()} {g.time()}): Saya {N(p.full)} belum puas. Petugas tidak pernah datang ke rumah saya di {A(g.home())}, "
        f"dan nomor saya {PH(g.phone())} tidak pernah dihubungi. Mohon laporan dibuka kembali."
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Permintaan kelengkapan data dari Dinas Dukcapil Kota Kupang:\n"
        f"Mohon {p.sdr} {N(p.full)} melengkapi NIK dan nomor KK agar data dapat diperiksa.\n\n"
        f"Balasan pelapor:\n"
        f"Berikut data saya. NIK {NIK(g.fmt16(g.nik(p.female)))}, KK {KK(g.kk_no())}. Terima kasih."
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    unit = g.c(UNITS)
    month = g.n(1, 11)
    days = sorted(g.r.sample(range(1, 29), 5))
    stamp = [f"{day:02d}/{month:02d}/2026 {g.time()}" for day in days]
    return (
        f"Riwayat laporan {g.ticket()}\n"
        f"[{stamp[0]}] Laporan dibuat oleh {N(p.full)}\n"
        f"[{stamp[1]}] Diverifikasi oleh Admin {portal_head(g)} Kota Kupang\n"
        f"[{stamp[2]}] Didisposisikan kepada {unit}\n"
        f"[{stamp[3]}] Tindak lanjut: {unit} meminta pelapor menghubungi {g.office_line()}\n"
        f"[{stamp[4]}] {N(p.full)} memberi tanggapan: terima kasih, masalah sudah selesai"
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p, clerk = g.person(), g.person()
    return (
        f"Judul: Pungutan liar di loket Dukcapil\n"
        f"Isi: Pada {g.date()} saya mengurus KK di loket 3. Petugas loket bernama {N(clerk.full)} meminta {g.rp()} agar KK selesai hari itu. "
        f"Saya tidak punya bukti kwitansi. Saya bersedia dihubungi di {PH(g.phone())}.\n"
        f"Pelapor: {N(p.full)}\nRahasia: Ya"
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    bank, acct = g.account()
    return (
        f"Laporan: Saya membayar retribusi IMB dua kali ({g.rp()}) dengan kode billing {g.billing()} dan {g.billing()}. "
        f"Mohon kelebihan bayar dikembalikan ke rek {bank} {REK(acct)} a.n. {N(p.full)}. Bukti bayar saya lampirkan (bukti_{g.n(1, 9)}.jpg)."
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p, o = g.person("F"), g.person()
    return (
        f"Tindak lanjut BPJS Kesehatan Cabang Kupang: Kepesertaan JKN Ibu {N(p.full)} dengan nomor kartu {BP(g.bpjs())} sudah aktif kembali per {g.date()}. "
        f"Silakan berobat di FKTP terdaftar. Petugas: {N(o.full)}."
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Judul: Mobil dinas dipakai ke pesta\nIsi: Mobil dinas {g.c(UNITS)} dengan plat {PL(g.plate('std'))} terlihat parkir di acara pesta nikah di Kel. {g.kel()} hari {g.c(DAYS)} malam sampai jam 02.00. "
        f"Foto terlampir.\nPelapor: {N(p.full)} ({PH(g.phone())})"
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p, n = g.person(), g.person()
    return (
        f"Judul: Bangunan tanpa izin menutup saluran air\n"
        f"Isi: Tetangga saya, {n.hon} {N(n.full)}, membangun pagar dan kios di atas saluran air di samping rumahnya di {A(g.street_no())}. "
        f"Air hujan sekarang masuk ke rumah saya. Saya sudah tanya ke kelurahan, katanya tidak ada izin PBG dengan nomor 503/PBG/2026/{g.digits(5)} seperti yang ditempel di pagar.\n"
        f"Pelapor: {N(p.full)}, {A(g.street_no())}"
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Saya, {N(p.full)}, NIK {NIK(g.nik(p.female))}, beralamat di {A(g.home())}, Kel. {g.kel()}, Kec. {g.kec()}, dengan ini melaporkan bahwa nama saya tercoret dari daftar penerima BPNT tanpa pemberitahuan. "
        f"Nomor KK saya {KK(g.kk_no())}. Mohon penjelasan dari Dinas Sosial."
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    return (
        f"Balasan Instansi (Inspektorat Kota Kupang): Laporan {p.sdr} {N(p.full)} tentang dugaan pungutan oleh oknum pegawai kelurahan sudah kami terima dan sedang didalami. "
        f"Tim pemeriksa yang dipimpin {N(o.full)} akan menghubungi pelapor melalui email {EM(g.email(p))}. Nomor surat tugas: {g.letter_no()}."
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    child = g.child(p)
    return (
        f"Kategori: Pendidikan\nIsi Laporan: Anak saya {N(child.full)} tidak diterima di {g.c(SMP)} lewat jalur zonasi, padahal rumah kami di {A(g.street_no())} hanya 400 meter dari sekolah. "
        f"Yang diterima justru anak dari luar kecamatan. Nomor pendaftaran PPDB {g.n(2026000, 2026999)}.\nNama Pelapor: {N(p.full)}\nTelepon: {PH(g.phone())}"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"{portal_head(g)} - Laporan Anda telah diteruskan.\n"
        f"Yth. {N(p.full)}, laporan Anda dengan nomor tracking {g.ticket()} telah diteruskan kepada {g.c(UNITS)} Kota Kupang. "
        f"Pemberitahuan berikutnya dikirim ke {EM(g.email(p))}.\n-- Email ini dikirim otomatis oleh noreply@lapor.go.id"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Isi Laporan: Truk pengangkut pasir {PL(g.plate(g.c(['std', 'tight'])))} dan {PL(g.plate('dash'))} tiap malam melintas di jalan lingkungan {A(g.rtrw('pad2'))} Kel. {g.kel()}, jalan jadi rusak dan berdebu. "
        f"Mohon Dishub tertibkan.\nPelapor: {N(p.full)}"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Tanggapan pelapor: Terima kasih DPMPTSP sudah menindaklanjuti. Tetapi NPWP saya {TAX(g.npwp(p.female))} masih tercatat tidak valid di sistem sehingga izin usaha saya belum bisa terbit. "
        f"Mohon dicek lagi. {N(p.full)}"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p, q = g.person(), g.person("F")
    return (
        f"Laporan ini saya buat mewakili ibu saya, {q.hon} {N(q.full)} ({g.n(60, 85)} thn), yang tidak bisa memakai aplikasi. Ibu tinggal di {A(g.home())}. "
        f"Kartu KIS ibu ({BP(g.bpjs())}) dinonaktifkan sejak {g.c(MONTHS)}. Kontak saya: {N(p.full)}, {PH(g.phone())}."
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Judul: Saluran air di depan rumah tersumbat\nIsi: Saluran di depan {A(g.street_no('person'))} (rumah saya) tersumbat sejak proyek jalan. Air hujan masuk sampai ke ruang tamu.\n"
        f"Nama: {N(p.full)}\nTelp rumah: {PH(g.landline())}"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    number = g.phone("block")
    return (
        f"Isi Laporan: Mohon petugas menghubungi saya di nomor {PH(number[:8] + chr(10) + number[8:])} (nomor terpotong di formulir), karena saya tidak bisa datang ke kantor. "
        f"Saya {N(p.full)}, laporan soal air PDAM keruh."
    )


@T("lapor_portal", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Judul: Izin usaha tidak terbit\nIsi: Saya mengajukan NIB sebagai usaha perorangan sejak {g.c(MONTHS)}. NPWP saya {TAX(g.npwp(p.female))} dan NIK saya {NIK(g.nik(p.female))} sudah padan, tetapi DPMPTSP minta surat keterangan domisili lagi.\n"
        f"Pelapor: {N(p.full)}\nEmail: {EM(g.email(p))}"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    return (
        f"Tindak lanjut Bapenda Kota Kupang: Keberatan PBB {p.sdr} {N(p.full)} (NPWP {TAX(g.npwp_old())}) sudah diproses. SPPT perbaikan dapat diambil di loket 2. "
        f"Petugas penanggung jawab: {N(o.full)}.\nStatus: Selesai"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    c = g.child(p)
    _bank, acct = g.account("BNI")
    return (
        f"Kategori: Sosial\nIsi Laporan: Dana PIP anak saya {N(c.full)} tidak pernah masuk ke rekening BNI {REK(acct)}. Saat dicek di bank katanya rekening belum diaktivasi sekolah.\n"
        f"Nama Pelapor: {N(p.full)}\nNo. KK: {KK(g.kk_no())}"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    return f"Tanggapan pelapor: Nomor HP saya yang di formulir salah, yang benar {PH(g.phone(g.c(['nbsp', 'zwsp'])))}. Saya {N(p.full)}. Terima kasih."


@T("lapor_portal")
def _(g: Gen) -> str:
    p, n = g.person(), g.person("M")
    return (
        f"Judul: Anjing peliharaan tetangga menggigit anak\nIsi: Anjing milik Om {N(n.given)} di {A(g.street_no())} sudah dua kali menggigit anak-anak yang lewat. Mohon Satpol PP dan Dinas Peternakan tindak.\n"
        f"Pelapor: {N(p.full)}, {PH(g.phone())}"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Judul: Tagihan PDAM tidak wajar\nIsi: Tagihan air rumah saya bulan ini Rp {g.n(4, 9)}{g.c(['00', '50'])}.000, biasanya Rp 80.000. No. sambungan {g.pdam_no()}.\n"
        f"Nama: {N(p.full)}\nAlamat: {A(g.street_no('complex'))}\nHP: {PH(g.phone())}"
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p, q = g.person(), g.person("F")
    return (
        f"Judul: Lansia tidak dapat bantuan\nIsi: Nenek {N(q.full)} ({g.n(75, 92)} thn) tinggal sendiri di {A(g.home())}, NIK {NIK(g.nik(True, 1930, 1950))}, tidak pernah dapat bantuan lansia. "
        f"Saya tetangganya, {N(p.full)}."
    )


@T("lapor_portal")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Tanggapan Satpol PP Kota Kupang: Terima kasih {p.sdr} {N(p.full)}. Tim sudah menertibkan lapak di trotoar Jl. Soeharto pada {g.date()}. "
        f"Untuk laporan lanjutan gunakan nomor tiket {g.ticket()}.\nStatus: Selesai"
    )


# lapor_portal without personal data (more)
@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Laporan {g.ticket()} ditolak karena bukan kewenangan Pemerintah Kota Kupang (jalan nasional). Laporan diteruskan ke BPJN NTT."


@T("lapor_portal")
def _(g: Gen) -> str:
    return "Judul: Pohon tumbang di Jl. Piet A. Tallo\nIsi: Pohon besar tumbang menutup setengah jalan dekat Bundaran Tirosa sejak tadi malam. Mohon BPBD dan DLHK segera potong.\nRahasiakan identitas: Ya"


# lapor_portal without personal data
@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Laporan Anda dengan nomor tracking {g.ticket()} telah diteruskan kepada {g.c(UNITS)} Kota Kupang. Terima kasih telah menggunakan {portal_head(g)}.\n-- noreply@lapor.go.id"


@T("lapor_portal")
def _(g: Gen) -> str:
    unit = g.c(UNITS)
    return f"Tindak lanjut dari {unit} Kota Kupang: Pekerjaan perbaikan sudah selesai pada {g.date()}. Laporan ditutup. Untuk informasi lebih lanjut hubungi {g.office_line()} atau pengaduan@kupangkota.go.id.\nStatus: Selesai"


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Judul: Lampu jalan mati di Jl. Frans Seda\nIsi: Lampu jalan di sepanjang Jl. Frans Seda dari bundaran sampai Bandara El Tari mati semua sejak {g.date()}. Rawan kecelakaan.\nRahasiakan identitas: Ya"


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Status laporan {g.ticket()} berubah menjadi: Menunggu tanggapan pelapor. Jika dalam 10 hari tidak ada tanggapan, laporan akan ditutup otomatis."


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Disposisi: Admin {portal_head(g)} Kota Kupang meneruskan laporan {g.ticket()} kepada Inspektorat dengan surat nomor {g.letter_no()}. Batas waktu tindak lanjut 5 hari kerja."


@T("lapor_portal")
def _(g: Gen) -> str:
    return "Judul: Sampah menumpuk di Pasar Oebobo\nIsi: Sampah di belakang los sayur Pasar Oebobo sudah seminggu tidak diangkut. Baunya sampai ke Puskesmas Oebobo di Jl. Sukun No. 12.\nKategori: Lingkungan Hidup"


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Tanggapan PDAM Kota Kupang: Gangguan distribusi di wilayah Kel. {g.kel()} disebabkan perbaikan pipa transmisi. Air normal kembali {g.date()} pukul {g.time()}. Info: hotline PDAM {g.office_line()}, WA center {g.office_mobile()}."


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Judul: Pungutan di SMPN {g.n(1, 20)} Kupang\nIsi: Komite sekolah meminta sumbangan {g.rp()} per siswa untuk pagar. Apakah ini sesuai aturan? Nomor surat edaran komite {g.n(1, 99):03d}/KOM/{g.c(['X', 'XI'])}/2026.\nRahasiakan identitas: Ya"


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Laporan {g.ticket()} telah selesai ditindaklanjuti oleh {g.c(UNITS)}. Berikan penilaian Anda atas tindak lanjut ini (1-5 bintang) di {portal_head(g)}."


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Isi Laporan: Pembayaran PBB dengan NOP {g.nop()} sudah lunas tahun 2026 (kode bayar {g.billing()}) tetapi SPPT masih menunjukkan tunggakan. Mohon Bapenda perbaiki.\nRahasiakan identitas: Ya"


@T("lapor_portal")
def _(g: Gen) -> str:
    return "Judul: Drainase Jl. El Tari tersumbat\nIsi: Saluran di depan SMPK St. Theresia tersumbat sampah dan air meluap ke jalan setiap hujan. Mohon dibersihkan sebelum musim hujan puncak."


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Pemberitahuan: Laporan {g.ticket()} dialihkan dari Dinas Kesehatan ke RSUD S.K. Lerik karena menyangkut pelayanan rumah sakit. Kontak humas RSUD: {g.office_line()}."


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Judul: Antrean panjang di Samsat\nIsi: Antrean bayar pajak kendaraan di Samsat Kupang mengular sampai ke jalan, pelayanan baru buka jam {g.time()}. Ini kewenangan provinsi, mohon diteruskan.\nKategori: Pelayanan Publik"


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Tindak lanjut Dinas Sosial: Berdasarkan verifikasi, {g.n(12, 60)} KPM di Kel. {g.kel()} sudah dimasukkan kembali ke DTKS per {g.date()}. Pencairan tahap berikut melalui Kantor Pos. Informasi: WA pengaduan Dinsos {g.office_mobile()}."


@T("lapor_portal")
def _(g: Gen) -> str:
    return f"Laporan anonim: Ada kios yang jual minuman keras dekat {g.c(SCHOOLS)} sampai malam. Mohon Satpol PP tertibkan. Lokasi: sebelah Toko Sinar Abadi di Jl. Soeharto No. 45."


# --------------------------------------------------------------------------------------------
# email_thread: threads with quoted replies, From:/Dari: headers and signatures
# --------------------------------------------------------------------------------------------

SHORT_DAYS = ["Sen", "Sel", "Rab", "Kam", "Jum"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
OFFICE_MAILBOXES = [
    "pengaduan@kupangkota.go.id",
    "humas@kupangkota.go.id",
    "dukcapil@kupangkota.go.id",
    "dinsos.kotakupang@gmail.com",
    "pdam.kotakupang@gmail.com",
    "dinkes.kotakupang@gmail.com",
    "pupr@kupangkota.go.id",
    "sekretariat.dlhk@kupangkota.go.id",
    "bapenda@kupangkota.go.id",
    "helpdesk@lapor.go.id",
]


def id_date(g: Gen) -> str:
    return f"{g.c(SHORT_DAYS)}, {g.n(1, 28)} {g.c(MONTHS)[:3]} 2026 pukul {g.n(7, 21):02d}.{g.n(0, 59):02d}"


def en_date(g: Gen) -> str:
    return (
        f"{g.c(EN_DAYS)}, {g.n(1, 28)} {g.c(EN_MONTHS)} 2026 at {g.n(7, 21):02d}:{g.n(0, 59):02d}"
    )


def office_sig(g: Gen, unit: str) -> str:
    return g.c(
        [
            f"Bagian Humas\\n{unit} Kota Kupang\\nTelp. {g.office_line()} | WA {g.office_mobile()}",
            f"Sekretariat {unit} Kota Kupang\\nJl. {g.street()} No. {g.n(1, 60)}, Kupang\\nTelp. {g.office_line()}",
            f"Admin Pengaduan {unit}\\nWA center {g.office_mobile()}",
        ]
    ).replace("\\n", "\n")


@T("email_thread", 2)
def _(g: Gen) -> str:
    p = g.person()
    mail = g.email(p)
    return (
        f"From: {N(p.full)} <{EM(mail)}>\n"
        f"To: pengaduan@kupangkota.go.id\n"
        f"Subject: Keluhan air PDAM tidak mengalir\n"
        f"Date: {id_date(g)}\n\n"
        f"Selamat siang Bapak/Ibu,\n"
        f"Air PDAM di rumah kami di {A(g.home())} Kel. {g.kel()} sudah {g.n(5, 12)} hari tidak mengalir. Kami sudah telepon hotline tetapi tidak diangkat.\n"
        f"Mohon bantuan.\n\n"
        f"Salam,\n{N(p.full)}\nHP {PH(g.phone())}"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    p = g.person()
    mail = g.email(p)
    unit = "Dinas PUPR"
    return (
        f"Dari: Humas Pemkot Kupang <humas@kupangkota.go.id>\n"
        f"Kepada: {N(p.full)} <{EM(mail)}>\n"
        f"Perihal: Re: Jalan rusak depan rumah\n\n"
        f"Yth. {p.sdr} {N(p.given)},\n"
        f"Terima kasih, laporan Anda sudah kami teruskan ke {unit} dengan nomor {g.ticket()}.\n\n"
        f"Hormat kami,\n{office_sig(g, unit)}\n\n"
        f"Pada {id_date(g)}, {N(p.full)} <{EM(mail)}> menulis:\n"
        f"> Yth. Humas,\n"
        f"> Saya tinggal di {A(g.street_no())}. Jalan di depan rumah berlubang dalam sejak {g.c(MONTHS)}.\n"
        f"> Salam, {N(p.given)}"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    o, p = g.person(), g.person()
    office_mail = g.email(o, "kupangkota.go.id", g.c(["dot", "initial"]))
    return (
        f"From: {N(o.family)}, {N(o.given)} <{EM(office_mail)}>\n"
        f'To: "{p.sdr} {N(p.full)}" <{EM(g.email(p))}>\n'
        f"Cc: kabid.pelayanan@dukcapil.kupangkota.go.id\n"
        f"Subject: RE: NIK ganda di KK\n\n"
        f"{p.sdr} {N(p.given)}, NIK Anda {NIK(g.nik(p.female))} memang tercatat di dua KK. KK lama sudah kami nonaktifkan; silakan ambil KK baru di loket 2 dengan membawa bukti pengajuan.\n\n"
        f"Salam,\n{N(o.full)}\nDinas Dukcapil Kota Kupang"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    p, q = g.person(), g.person()
    return (
        f"Terima kasih banyak, Pak. Air sudah mengalir lagi sejak tadi pagi.\n\n"
        f"{N(p.full)}\n\n"
        f"On {en_date(g)}, {N(q.full)} <{EM(g.email(q, 'pdam-kupang.co.id', 'dot'))}> wrote:\n"
        f"> Selamat pagi Ibu/Bapak {N(p.family)},\n"
        f"> Petugas kami sudah mengganti pipa dinas di depan rumah Ibu/Bapak di {A(g.street_no())}. Mohon dicek.\n"
        f">\n"
        f"> {N(q.full)}\n"
        f"> Bagian Distribusi PDAM Kota Kupang"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    a, b, c = g.person(), g.person(), g.person("F")
    return (
        f"---------- Forwarded message ---------\n"
        f"From: {N(a.full)} <{EM(g.email(a))}>\n"
        f"Date: {en_date(g)}\n"
        f"Subject: Bantuan sosial tidak tepat sasaran\n"
        f"To: {N(b.full)} <{EM(g.email(b))}>\n\n"
        f"{b.pak} {N(b.given)}, tolong teruskan ke Dinsos. Tetangga kami {c.hon} {N(c.full)} di {A(g.rtrw('slash'))} tidak pernah dapat bantuan padahal suaminya sakit. KK {KK(g.kk_no())}.\n"
        f"Salam, {N(a.given)}"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    t = g.person()
    own = g.email(t, "kupangkota.go.id", g.c(["dot", "family"]))
    return (
        f"Kepada Yth. Admin Dinas Pendidikan,\n\n"
        f"Saya {N(t.full)}, S.Pd., guru {g.c(SCHOOLS)}. Tunjangan sertifikasi saya triwulan III belum cair. NPWP saya {TAX(g.npwp(t.female))}, rekening gaji Bank NTT {REK(g.account('Bank NTT')[1])}.\n"
        f"Mohon balasan ke email dinas saya {EM(own)} atau ke HP {PH(g.phone())}.\n\n"
        f"Hormat saya,\n{N(t.full)}, S.Pd."
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Subject: Re: Re: Keberatan tagihan PBB\n\n"
        f"Bapak/Ibu, mohon jangan balas ke alamat kantor saya lagi. Tolong balas ke alamat pribadi saya: {EM(g.dodge(g.email(p), in_turn('pbb', 'paren_at', 'titik')))}\n\n"
        f"{N(p.full)}\n\n"
        f">> NOP {g.nop()} atas nama {N(p.full)} masih tercatat tunggakan tahun 2024.\n"
        f">> Bapenda Kota Kupang"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    return (
        f"Dari: {N(o.full)} <{EM(g.email(o, 'kupangkota.go.id', 'dot'))}>\n"
        f"Kepada: {N(p.full)} <{EM(g.email(p))}>\n"
        f"Tanggal: {id_date(g)}\n"
        f"Perihal: Verifikasi data BPNT\n\n"
        f"{p.hon} {N(p.given)} yth., data Ibu/Bapak sudah kami cek. Nomor KK {KK(g.kk_no())} terdaftar di DTKS sejak 2024, tetapi NIK {NIK(g.nik(p.female))} tertulis di data lama sebagai sudah pindah. Kami perbaiki minggu ini.\n\n"
        f"Salam,\n{N(o.full)}\nStaf Seksi Pendataan, Dinas Sosial Kota Kupang\nWA saya: {PH(g.phone())}"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    a, b, c = g.people(3)
    return (
        f"To: pengaduan@kupangkota.go.id\n"
        f"Cc: {N(a.full)} <{EM(g.email(a))}>, {N(b.full)} <{EM(g.email(b))}>, ketua.rt07@gmail.com\n"
        f"From: {N(c.full)} <{EM(g.email(c))}>\n"
        f"Subject: Lampu jalan gang kami padam\n\n"
        f"Kami tiga keluarga di {A(g.street_no('gang'))}, {A(g.street_no('gang'))} dan {A(g.street_no('gang'))} sudah sebulan gelap. Mohon Dishub pasang lampu.\n"
        f"- {N(c.given)}"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    return (
        f"Yth. {o.hon} {N(o.full)},\n\n"
        f"Terima kasih atas balasan {o.hon}. Berikut nomor kartu BPJS anak saya {BP(g.bpjs())} dan NIK-nya {NIK(g.nik(None, 2014, 2020))}. "
        f"Anak saya dirawat di {g.c(HOSPITALS)} sejak {g.date()}.\n\n"
        f"Hormat saya,\n{N(p.full)}\n\n"
        f"-----Original Message-----\n"
        f"From: {N(o.full)} [mailto:{EM(g.email(o, 'bpjs-kesehatan.go.id', 'dot'))}]\n"
        f"Sent: {en_date(g)}\n"
        f"Subject: Pengaduan kepesertaan JKN\n\n"
        f"Mohon kirim nomor kartu dan NIK peserta."
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    p = g.person()
    mail = g.email(p)
    return (
        f"Dear admin,\n\nSaya sudah 3 kali kirim email tapi tidak ada balasan. Laporan saya tentang truk {PL(g.plate())} yang tiap hari parkir di trotoar depan rumah saya di {A(g.home())}.\n\n"
        f"{N(p.full)} | {EM(mail)} | {PH(g.phone())}\n\n"
        f"On {en_date(g)}, {N(p.full)} <{EM(mail)}> wrote:\n"
        f"> Sudah 2 minggu truk parkir di trotoar. Mohon ditertibkan."
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Dari: {N(p.full)} <{EM(g.email(p, g.c(['undana.ac.id', 'bankntt.co.id', 'kupangkota.go.id']), 'dot'))}>\n"
        f"Kepada: dlhk@kupangkota.go.id\n"
        f"Perihal: Pembakaran sampah di lahan kosong\n\n"
        f"Setiap sore ada pembakaran sampah di lahan kosong sebelah rumah saya ({A(g.home())}). Asapnya masuk ke kamar anak saya yang asma.\n\n"
        f"{N(p.full)}\n{PH(g.landline())} (rumah)"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p, q = g.person("F"), g.person()
    return (
        f"Re: Akta kelahiran belum jadi\n\n"
        f"Mama {N(p.given)}, berkasnya sudah lengkap, akta bisa diambil hari {g.c(DAYS)}.\n"
        f"{N(q.full)}\n\n"
        f"Pada {id_date(g)} {N(p.full)} <{EM(g.email(p))}> menulis:\n"
        f">{q.pak} {N(q.given)}, akta anak sy {N(g.child(p).full)} sdh 2 bulan blm jadi. No HP sy {PH(g.phone())}."
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"From: {N(p.full)} <{EM(g.email(p))}>\nTo: bapenda@kupangkota.go.id\nSubject: Keberatan PBB dan NPWP\n\n"
        f"Yth. Bapenda,\nNPWP saya {TAX(g.npwp(p.female))} dan NPWP istri saya {TAX(g.npwp(True))} terdaftar di dua objek pajak yang sama. Mohon dipisahkan.\n\n"
        f"Salam,\n{N(p.full)}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    return (
        f"Re: Kelebihan bayar retribusi\n\nBaik {o.pak}, berikut rekening saya: Mandiri {REK(g.account('Mandiri')[1])} a.n. {N(p.full)}.\n\n"
        f"{N(p.full)}\n\n"
        f"Pada {id_date(g)}, {N(o.full)} <{EM(g.email(o, 'kupangkota.go.id', 'dot'))}> menulis:\n"
        f"> Mohon {p.hon} kirim nomor rekening untuk pengembalian kelebihan bayar.\n"
        f"> Bendahara Penerimaan DPMPTSP"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Subject: Formulir pengaduan\n\nDi formulir tertulis 'isi email, contoh: {EM('nama@contoh.com')}'. Saya sudah isi dengan alamat saya {EM(g.email(p))}, tapi tetap ditolak.\n\n"
        f"{N(p.full)}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    a, b = g.person(), g.person()
    return (
        f'Dari: {N(a.full)} <{EM(g.email(a))}>\nKepada: "{b.hon} {N(b.full)}" <{EM(g.email(b))}>, dinsos.kotakupang@gmail.com\nPerihal: Fwd: data KPM\n\n'
        f"{b.hon} {N(b.given)}, data ibu saya: NIK {NIK(g.nik(True, 1940, 1960))}, KK {KK(g.kk_no())}, tinggal di {A(g.home())}. Mohon dibantu masukkan ke DTKS.\n\n{N(a.given)}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Subject: Re: Re: Re: Lampu jalan\n\nTerima kasih, lampunya sudah menyala.\n\n{N(p.given)}\n\n"
        f"> > > Sy {N(p.full)}, rumah {A(g.street_no())}, lampu jalan di depan rumah mati 3 minggu.\n"
        f"> > Sudah kami teruskan ke Dishub.\n"
        f"> Petugas dijadwalkan {g.c(DAYS)}."
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    c = g.child(p)
    return (
        f"From: {N(p.full)} <{EM(g.email(p))}>\nTo: ppdb@disdik.kupangkota.go.id\nSubject: Data PPDB salah\n\n"
        f'Nama anak saya di pengumuman tertulis "{N(c.given + " " + c.family[:-1])}", seharusnya {N(c.full)}. NIK anak {NIK(g.nik(c.female, 2012, 2014))}, no KK {KK(g.kk_no())}.\n\n'
        f"Hormat saya,\n{N(p.full)}\n{PH(g.phone())}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Dari: {N(p.full)} <{EM(g.email(p))}>\nPerihal: Sumbangan sekolah\n\n"
        f"Saya keberatan dengan permintaan komite {g.c(SMP)} untuk transfer {g.rp()} ke rekening komite Bank NTT {g.account('Bank NTT')[1]}. "
        f"Saya sudah bayar uang seragam. Mohon Dinas Pendidikan menjelaskan.\n\n{N(p.full)}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    return (
        f"On {en_date(g)}, {N(o.family)}, {N(o.given)} <{EM(g.email(o, 'kupangkota.go.id', 'family'))}> wrote:\n"
        f"> Mohon kirim ulang foto KTP, yang kemarin buram.\n\n"
        f"Sudah saya kirim ulang, {o.pak}. NIK saya {NIK(g.fmt16(g.nik(p.female), 'dots'))}.\n{N(p.full)}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"To: pengaduan@kupangkota.go.id\nFrom: {N(p.full)} <{EM(g.email(p))}>\nSubject: Pungutan di Samsat\n\n"
        f"Waktu balik nama motor {PL(g.plate())} saya diminta {g.rp()} di luar tarif resmi. Saya tahu ini kewenangan provinsi, mohon diteruskan.\n\n{N(p.full)}\nHP {PH(g.phone('zwsp'))}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    return f"Subject: Data pelapor\n\nMohon alamat email pelapor diganti menjadi {EM(g.dodge(g.email(p), 'bracket_at'))} karena email lama sudah tidak aktif.\n\n{N(p.full)}"


@T("email_thread")
def _(g: Gen) -> str:
    p, o = g.person(), g.person("F")
    return (
        f"Dari: {N(p.full)} <{EM(g.email(p))}>\nKepada: {N(o.full)} <{EM(g.email(o, 'kupangkota.go.id', 'dot'))}>\nCc: pengaduan@kupangkota.go.id\nPerihal: Terima kasih\n\n"
        f"Ibu {N(o.given)}, terima kasih sudah membantu urusan akta anak kami sampai selesai. Pelayanan Ibu sangat baik.\n\nSalam hormat,\n{N(p.full)}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"From: {N(p.full)} <{EM(g.email(p))}>\nSubject: Anjing tetangga\nAttachments: IMG_2026{g.n(1, 12):02d}{g.n(1, 28):02d}_{g.n(100000, 999999)}.jpg, VID_2026{g.n(1, 12):02d}{g.n(1, 28):02d}.mp4\n\n"
        f"Anjing tetangga lepas tiap malam dan masuk ke halaman rumah kami di {A(g.home())}. Foto dan video terlampir.\n\n{N(p.full)}"
    )


@T("email_thread", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Subject: NPWP untuk honor narasumber\n\nYth. Bendahara Bappeda,\nBerikut data saya untuk pembayaran honor narasumber: NPWP {TAX(g.npwp(p.female))}, rekening BRI {REK(g.account('BRI')[1])} a.n. {N(p.full)}.\n\n"
        f"Salam,\n{N(p.full)}\nDosen Undana"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"To: warga.rt05.oebufu@googlegroups.com\nFrom: {N(p.full)} <{EM(g.email(p))}>\nSubject: Hasil rapat dengan PDAM\n\n"
        f"Bapak/Ibu warga, PDAM janji perbaikan pipa selesai {g.c(DAYS)}. Kalau belum, kita lapor lagi ke 1708.\n\n{N(p.given)}, sekretaris RT"
    )


@T("email_thread")
def _(g: Gen) -> str:
    p, o = g.person("F"), g.person("F")
    return (
        f"Pada {id_date(g)}, {N(o.full)} <{EM(g.email(o, g.c(['gmail.com', 'yahoo.co.id']), 'dot_num'))}> menulis:\n"
        f"> Pak, saya bidan {N(o.given)} dari Pustu {g.kel()}. Ibu hamil atas nama {N(p.full)} perlu dirujuk, mohon bantu ambulans.\n\n"
        f"Ambulans sudah berangkat ke rumah Ibu {N(p.given)} di {A(g.street_no())}. Kontak sopir lewat posko.\n\nPosko Ambulans Dinkes\nTelp. {g.office_line()}"
    )


# email_thread without personal data (more)
@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"From: BPJS Kesehatan <noreply@bpjs-kesehatan.go.id>\nSubject: Informasi iuran\n\n"
        f"Iuran JKN bulan {g.c(MONTHS)} dapat dibayar melalui VA {g.va()}. Email ini dikirim otomatis."
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"Dari: Humas Pemkot Kupang <humas@kupangkota.go.id>\nKepada: redaksi@pos-kupang.com\nPerihal: Siaran pers layanan pengaduan\n\n"
        f"Sepanjang {g.c(MONTHS)} layanan 1708 menerima {g.n(300, 900)} laporan, {g.n(60, 95)} persen sudah ditindaklanjuti. Kanal: SMS 1708, lapor.go.id, pengaduan@kupangkota.go.id."
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"From: sekretariat.dlhk@kupangkota.go.id\nSubject: Otomatis: Di luar kantor\n\n"
        f"Terima kasih atas email Anda. Sekretariat DLHK sedang kegiatan lapangan sampai {g.date()}. Untuk keadaan darurat hubungi {g.office_line()}."
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"Dari: CV Sinar Timor <cv.sinartimor@gmail.com>\nKepada: pupr@kupangkota.go.id\nPerihal: Tagihan termin II\n\n"
        f"Bersama ini kami sampaikan tagihan termin II pekerjaan drainase Jl. El Tari. NPWP perusahaan {g.company_npwp()}, rekening perusahaan Bank NTT {g.account('Bank NTT')[1]}.\n\n"
        f"Direktur CV Sinar Timor"
    )


# email_thread without personal data
@T("email_thread")
def _(g: Gen) -> str:
    unit = g.c(UNITS)
    return (
        f"From: Sekretariat {unit} <{g.c(OFFICE_MAILBOXES)}>\n"
        f"To: pengaduan@kupangkota.go.id\n"
        f"Subject: Laporan tindak lanjut {g.ticket()}\n\n"
        f"Dengan hormat, bersama ini kami sampaikan bahwa laporan tersebut sudah ditindaklanjuti pada {g.date()}. Berita acara terlampir (BA_{g.digits(6)}.pdf).\n\n"
        f"{office_sig(g, unit)}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"From: SP4N-LAPOR! <noreply@lapor.go.id>\n"
        f"Subject: [LAPOR!] Status laporan {g.ticket()}\n\n"
        f"Laporan Anda telah didisposisikan kepada {g.c(UNITS)} Kota Kupang. Jangan membalas email ini. Bantuan: helpdesk@lapor.go.id"
    )


@T("email_thread")
def _(g: Gen) -> str:
    school = g.c(SMP)
    box = school.lower().replace(" ", "").replace(".", "")
    return (
        f"Dari: Tata Usaha {school} <tu.{box}@gmail.com>\n"
        f"Kepada: {g.c(OFFICE_MAILBOXES)}\n"
        f"Perihal: Data siswa penerima PIP\n\n"
        f"Terlampir data siswa penerima PIP semester ganjil. Mohon konfirmasi penerimaan.\n\n"
        f"Tata Usaha\nTelp. {g.office_line()}\nWA {g.office_mobile()}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        "Subject: Cara mengisi formulir pengaduan daring\n\n"
        "Isi kolom email dengan alamat Anda sendiri, misalnya user@example.com, lalu unggah foto KTP dengan nama file seperti KTP_pelapor.jpg. "
        "Formulir bisa dibuka di https://warga:rahasia@portal.kupangkota.go.id/form (akun bersama untuk kios layanan).\n\n"
        f"Admin Pengaduan\nDiskominfo Kota Kupang\nTelp. {g.office_line()}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"Dari: camat.oebobo@kupangkota.go.id\n"
        f"Kepada: lurah.fatululi@gmail.com; lurah.oebufu@gmail.com\n"
        f"Perihal: Rekap keluhan warga minggu ke-{g.n(1, 4)}\n\n"
        f"Mohon para lurah mengirim rekap keluhan warga RT 01 sampai RT {g.n(20, 35)} paling lambat {g.c(DAYS)}. Format rekap sama dengan bulan lalu (rekap_{g.c(MONTHS).lower()}.xlsx).\n\n"
        f"Sekretariat Kecamatan Oebobo"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"From: Ombudsman RI Perwakilan NTT <ombudsman.ntt@ombudsman.go.id>\n"
        f"To: inspektorat@kupangkota.go.id\n"
        f"Subject: Permintaan klarifikasi {g.letter_no()}\n\n"
        f"Kami meminta klarifikasi atas laporan masyarakat terkait pungutan di loket pelayanan. Mohon tanggapan dalam 14 hari. Kontak: {g.office_line()}."
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"Re: Foto kerusakan jalan\n\n"
        f"Fotonya sudah kami terima: IMG_2026{g.n(1, 12):02d}{g.n(1, 28):02d}_0{g.n(100, 999)}.jpg dan denah@2x.png. "
        f"Lokasi di Jl. Kelinci Oebufu akan ditinjau tim PUPR hari {g.c(DAYS)}.\n\n"
        f"> Lampiran foto jalan rusak di Jl. Kelinci Oebufu, dekat SD Inpres Liliba.\n\n"
        f"Bidang Bina Marga\nDinas PUPR Kota Kupang\nJl. Timor Raya Km. 5\nTelp. {g.office_line()}"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"From: Koperasi Tunas Harapan <ksp.tunasharapan@yahoo.co.id>\n"
        f"To: dinas.koperasi@kupangkota.go.id\n"
        f"Subject: Keberatan penagihan retribusi\n\n"
        f"Koperasi kami (NPWP {g.company_npwp()}) keberatan atas tagihan retribusi {g.rp()}. Bukti setor terlampir.\n\n"
        f"Pengurus KSP Tunas Harapan\nJl. {g.street()} No. {g.n(1, 80)}, Kupang"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"Subject: Undangan rapat koordinasi pengaduan\n\n"
        f"Yth. Kepala {g.c(UNITS)}, Kepala {g.c(UNITS)} dan Kepala {g.c(UNITS)},\n"
        f"Rapat koordinasi penanganan pengaduan diadakan {g.c(DAYS)}, {g.date()}, pukul {g.time()} di ruang rapat Wali Kota. Mohon hadir atau mengutus pejabat yang menangani pengaduan.\n\n"
        f"Sekretariat Daerah Kota Kupang\nsetda@kupangkota.go.id"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"From: cs@pdam-kupang.co.id\n"
        f"Subject: Jadwal pemadaman distribusi\n\n"
        f"Pelanggan yth, distribusi air di Kel. {g.kel()} dan Kel. {g.kel()} dihentikan sementara {g.date()} pukul {g.time()} untuk perbaikan pipa. Info lanjut WA center {g.office_mobile()}.\n\n"
        f"-- \nCustomer Service PDAM Kota Kupang"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"Dari: Admin Sistem <admin@pengaduan.kupangkota.go.id>\n"
        f"Perihal: Perubahan repositori aplikasi\n\n"
        f"Kode aplikasi pengaduan dipindah. Remote baru: git@github.com:pemkot-kupang/pengaduan.git. Akses FTP lama ftp://anonymous@arsip.kupangkota.go.id ditutup mulai {g.date()}."
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"Kepada: penyuluh@dinkes.kupangkota.go.id\n"
        f"Cc: osis.smpn2kupang@gmail.com\n"
        f"Perihal: Penyuluhan kesehatan reproduksi\n\n"
        f"Mohon jadwal penyuluhan di SMPN 2 Kupang untuk kelas IX, sebanyak {g.n(120, 240)} siswa. Aula sekolah tersedia hari {g.c(DAYS)}.\n\n"
        f"Kepala SMPN 2 Kupang"
    )


@T("email_thread")
def _(g: Gen) -> str:
    return (
        f"Re: Pertanyaan soal pajak reklame\n\n"
        f"Terima kasih. Mohon alamat bapenda.kupangkota [at] gmail [dot] com dicantumkan di spanduk pengumuman supaya warga tahu. Pembayaran lewat VA {g.va()}.\n\n"
        f"> Apakah email resmi Bapenda memang yang di Gmail?\n\n"
        f"Bidang Pendapatan\nBapenda Kota Kupang\nTelp. {g.office_line()}"
    )


# --------------------------------------------------------------------------------------------
# spreadsheet: rows exported from a complaint register or an aid list (CSV, TSV, pipes)
# --------------------------------------------------------------------------------------------


def csv_cell(value: str) -> str:
    return f'"{value}"' if "," in value.replace("[[", "").replace("]]", "") else value


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["no,nama,nik,no_kk,alamat,kelurahan,keterangan"]
    for i in range(1, g.n(3, 5) + 1):
        p = g.person()
        nik = g.nik(p.female)
        nik_cell = f"'{NIK(nik)}" if g.p(0.3) else NIK(nik)
        home = A(g.home())
        rows.append(
            f"{i},{N(p.full.upper())},{nik_cell},{KK(g.kk_no())},{csv_cell(home)},{g.kel()},{g.c(['layak', 'layak', 'verifikasi ulang', 'meninggal', 'pindah'])}"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["Tanggal\tNo. Tiket\tNama Pelapor\tNo. HP\tKategori\tStatus"]
    for _ in range(g.n(4, 6)):
        if g.p(0.25):
            who, hp = g.c(["Anonim", "Dirahasiakan", "(tanpa nama)"]), "-"
        else:
            p = g.person()
            who, hp = N(p.full), PH(g.phone(g.c(["block", "block", "dash", "62"])))
        rows.append(
            f"{g.date()}\t{g.ticket()}\t{who}\t{hp}\t{g.c(['Air Bersih', 'Jalan', 'Sampah', 'Bansos', 'Adminduk', 'Kesehatan'])}\t{g.c(['Selesai', 'Proses', 'Disposisi'])}"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["| NO | NAMA | NO KARTU KIS | NIK | FASKES |", "|---|---|---|---|---|"]
    for i in range(1, g.n(3, 5) + 1):
        p = g.person()
        rows.append(
            f"| {i} | {N(p.full.upper())} | {BP(g.bpjs('block'))} | {NIK(g.nik(p.female))} | {g.c(PUSKESMAS).upper()} |"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["Nama;Bank;No Rekening;Nominal;Keterangan"]
    for _ in range(g.n(3, 5)):
        p = g.person()
        bank, acct = g.account()
        rows.append(
            f"{N(p.full)};{bank};{REK(acct)};{g.rp()};{g.c(['BLT tahap 2', 'insentif kader', 'santunan kematian', 'honor RT'])}"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["No | Nopol | Pemilik | Jenis | Pelanggaran | Denda"]
    for i in range(1, g.n(3, 5) + 1):
        p = g.person()
        rows.append(
            f"{i} | {PL(g.plate(g.c(['std', 'std', 'tight'])))} | {N(p.full.upper())} | {g.c(['R2', 'R4', 'Pick up', 'Truk'])} | {g.c(['parkir di trotoar', 'muatan lebih', 'tanpa KIR', 'parkir liar'])} | {g.rp()}"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    school = g.c(SCHOOLS)
    rows = [f"DAFTAR GURU HONOR {school.upper()}", "NO,NAMA,NPWP,BANK,NO REK"]
    for i in range(1, g.n(3, 5) + 1):
        p = g.person()
        bank, acct = g.account(g.c(["Bank NTT", "Bank NTT", "BRI"]))
        rows.append(f"{i},{N(p.full)},{TAX(g.npwp(p.female))},{bank},{REK(acct)}")
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["Name,Given Name,Family Name,Phone 1 - Value,E-mail 1 - Value"]
    for _ in range(g.n(3, 4)):
        p = g.person(mixed=False)
        rows.append(
            f"{N(p.full)},{N(p.given)},{N(p.family)},{PH(g.phone(g.c(['plus', 'plus_dash', 'block'])))},{EM(g.email(p))}"
        )
    rows.append(f"Kantor Lurah {g.kel()},,,{g.office_line()},")
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    head = g.person("M", mixed=False)
    wife = g.person("F", mixed=False)
    kids = [g.child(head) for _ in range(g.n(1, 3))]
    rows = [
        f"KARTU KELUARGA No. {KK(g.kk_no())}",
        f"Nama Kepala Keluarga : {N(head.full.upper())}",
        f"Alamat : {A(g.street_no('std').upper())}",
        f"{A(f'RT/RW : {g.n(1, 40):03d}/{g.n(1, 12):03d}')}",
        "No | Nama Lengkap | NIK | Jenis Kelamin | Status Hubungan",
        f"1 | {N(head.full.upper())} | {NIK(g.nik(False, 1960, 1990))} | LAKI-LAKI | KEPALA KELUARGA",
        f"2 | {N(wife.given.upper() + ' ' + head.family.upper())} | {NIK(g.nik(True, 1965, 1995))} | PEREMPUAN | ISTRI",
    ]
    for i, kid in enumerate(kids, start=3):
        rows.append(
            f"{i} | {N(kid.full.upper())} | {NIK(g.nik(kid.female, 2005, 2022))} | {'PEREMPUAN' if kid.female else 'LAKI-LAKI'} | ANAK"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["nama_balita;nama_ibu;tgl_lahir;bb_kg;no_kis"]
    for _ in range(g.n(3, 4)):
        m = g.person("F")
        k = g.child(m)
        kis = BP(g.bpjs("block")) if g.p(0.75) else "belum ada"
        rows.append(
            f"{N(k.full)};{N(m.full)};{g.n(1, 28):02d}/{g.n(1, 12):02d}/{g.n(2022, 2025)};{g.n(6, 14)},{g.n(0, 9)};{kis}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["tgl|nopol|lokasi derek|pemilik|hp pemilik|biaya"]
    for _ in range(g.n(3, 4)):
        p = g.person()
        rows.append(
            f"{g.date()}|{PL(g.plate('tight'))}|depan {g.c(MARKETS)}|{N(p.full)}|{PH(g.phone('block'))}|{g.rp()}"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["NAMA;ALAMAT;RT/RW;KELURAHAN;DESIL"]
    for _ in range(g.n(3, 5)):
        p = g.person()
        rows.append(
            f"{N(p.full.upper())};{A(g.street_no('std').upper())};{A(f'{g.n(1, 40):03d}/{g.n(1, 12):03d}')};{g.kel().upper()};{g.n(1, 4)}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["No | Nama | Umur | L/P | NIK | Keterangan"]
    for i in range(1, g.n(4, 6) + 1):
        p = g.person()
        rows.append(
            f"{i} | {N(p.full)} | {g.n(18, 80)} | {'P' if p.female else 'L'} | {NIK(g.fmt16(g.nik(p.female), g.c(['block', 'block', 'four'])))} | {g.c(['lansia', 'disabilitas', 'janda', '-', 'sakit kronis'])}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["no,nama peserta,asal,email,no hp"]
    for i in range(1, g.n(3, 5) + 1):
        p = g.person()
        rows.append(
            f"{i},{N(p.full)},Kel. {g.kel()},{EM(g.email(p))},{PH(g.phone(g.c(['block', 'dash'])))}"
        )
    rows.append(f"{i + 1},Panitia,Diskominfo,kominfo@kupangkota.go.id,{g.office_line()}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["NOP\tNAMA WAJIB PAJAK\tNPWP\tPBB 2026\tSTATUS"]
    for _ in range(g.n(3, 4)):
        p = g.person()
        npwp = TAX(g.npwp_old()) if g.p(0.7) else "-"
        rows.append(
            f"{g.nop()}\t{N(p.full.upper())}\t{npwp}\t{g.rp()}\t{g.c(['LUNAS', 'BELUM', 'KEBERATAN'])}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["No,Nama Penerima,NIK,No HP,Nominal BST"]
    for i in range(1, g.n(3, 5) + 1):
        p = g.person()
        rows.append(
            f"{i},{N(p.full)},{NIK(g.nik(p.female))},{PH(g.phone(g.c(['block', '62'])))},{g.rp()}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["| Tanggal | Pelapor | Alamat Pelapor | Isi Singkat |", "| --- | --- | --- | --- |"]
    for _ in range(g.n(3, 4)):
        p = g.person()
        rows.append(
            f"| {g.date()} | {N(p.full)} | {A(g.home())} | {g.c(['air mati', 'got tersumbat', 'lampu jalan padam', 'sampah menumpuk', 'pohon tumbang'])} |"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["NO\tNAMA WAJIB PAJAK\tNPWP\tJENIS USAHA\tSTATUS"]
    for i in range(1, g.n(3, 5) + 1):
        p = g.person()
        rows.append(
            f"{i}\t{N(p.full.upper())}\t{TAX(g.npwp(p.female))}\t{g.c(['kios', 'warung makan', 'bengkel rumahan', 'jahit'])} (perorangan)\t{g.c(['aktif', 'tidak aktif'])}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["nama;nik;no_kk;no_hp;rek_bank_ntt"]
    for _ in range(g.n(3, 4)):
        p = g.person()
        rows.append(
            f"{N(p.full)};{NIK(g.nik(p.female))};{KK(g.kk_no())};{PH(g.phone('block'))};{REK(g.account('Bank NTT')[1])}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["| Kader | Posyandu | HP | Email |", "|---|---|---|---|"]
    for name in g.r.sample(
        ["Bunga Bakung", "Melati", "Kasih Ibu", "Anggrek", "Sejahtera", "Cendana"], 3
    ):
        p = g.person("F")
        rows.append(f"| {N(p.full)} | Posyandu {name} | {PH(g.phone())} | {EM(g.email(p))} |")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["No;Nama Siswa;NISN;Kelas;Nama Ibu;No KK"]
    for i in range(1, g.n(3, 4) + 1):
        m = g.person("F")
        c = g.child(m)
        rows.append(
            f"{i};{N(c.full.upper())};{g.nisn()};{g.n(1, 6)};{N(m.full.upper())};{KK(g.kk_no())}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["tanggal,pelapor,email_pelapor,unit,status"]
    for _ in range(g.n(3, 5)):
        p = g.person()
        rows.append(
            f"{g.date()},{N(p.full)},{EM(g.email(p))},{g.c(UNITS)},{g.c(['selesai', 'proses'])}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["NO | NAMA | NO. KIS | ALAMAT | TELP"]
    for i in range(1, g.n(3, 4) + 1):
        p = g.person()
        rows.append(
            f"{i} | {N(p.full)} | {BP(g.bpjs(g.c(['block', 'four'])))} | {A(g.home())} | {PH(g.phone())}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Nopol,Pemilik,Alamat Pemilik,Tgl Ditahan,Lokasi"]
    for _ in range(g.n(3, 4)):
        p = g.person()
        rows.append(
            f'{PL(g.plate(g.c(["std", "dash", "tight"])))},{N(p.full)},"{A(g.home())}",{g.date()},{g.c(MARKETS)}'
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["No\tNama\tNIK\tBPJS\tKeterangan"]
    for i in range(1, g.n(4, 5) + 1):
        p = g.person()
        rows.append(
            f"{i}\t{N(p.full)}\t{NIK(g.nik(p.female))}\t{BP(g.bpjs('block'))}\t{g.c(['PBI dinonaktifkan', 'pindah faskes', 'data ganda', 'meninggal'])}"
        )
    return "\n".join(rows)


@T("spreadsheet", 2)
def _(g: Gen) -> str:
    rows = ["No,Nama,Jabatan,No Rek BRI,NPWP,Honor"]
    for i, role in enumerate(["Ketua RT", "Sekretaris RT", "Bendahara RT", "Ketua RW"], start=1):
        p = g.person()
        rows.append(
            f"{i},{N(p.full)},{role},{REK(g.account('BRI')[1])},{TAX(g.npwp(p.female))},{g.rp()}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Armada;Nopol;Sopir;Rute"]
    for i in range(1, g.n(3, 5) + 1):
        d = g.person("M")
        rows.append(f"Truk DLHK {i:02d};{PL(g.plate('std'))};{N(d.full)};Kel. {g.kel()} - TPA Alak")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["NO,NAMA PETUGAS KEBERSIHAN,NO REK BANK NTT,UPAH"]
    for i in range(1, g.n(4, 6) + 1):
        p = g.person()
        rows.append(f"{i},{N(p.full.upper())},{REK(g.account('Bank NTT')[1])},{g.rp()}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    market = g.c(MARKETS)
    rows = [f"Kios {market}", "No Kios | Nama Pemilik | HP Pemilik | Dagangan"]
    for _ in range(g.n(3, 4)):
        p = g.person()
        rows.append(
            f"{g.c('ABCD')}-{g.n(1, 40):02d} | {N(p.full)} | {PH(g.phone())} | {g.c(['ikan', 'sayur', 'sembako', 'pakaian'])}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["nama_anak\tnik_anak\ttgl_lahir\tnama_ortu\timunisasi"]
    for _ in range(g.n(3, 4)):
        m = g.person("F")
        c = g.child(m)
        rows.append(
            f"{N(c.full)}\t{NIK(g.nik(c.female, 2023, 2025))}\t{g.n(1, 28):02d}-{g.n(1, 12):02d}-{g.n(2023, 2025)}\t{N(m.full)}\t{g.c(['MR', 'DPT-3', 'Polio', 'BCG'])}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Tgl | Pelapor | Alamat | RT/RW | Keluhan"]
    for _ in range(g.n(3, 4)):
        p = g.person()
        rows.append(
            f"{g.date()} | {N(p.full)} | {A(g.street_no())} | {A(g.rtrw(g.c(['pad3', 'slash'])))} | {g.c(['air mati', 'sampah', 'jalan rusak'])}"
        )
    return "\n".join(rows)


# spreadsheet without personal data (more)
@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Unit;Jan;Feb;Mar;Apr"]
    for unit in g.r.sample(UNITS, 5):
        rows.append(f"{unit};{g.n(0, 60)};{g.n(0, 60)};{g.n(0, 60)};{g.n(0, 60)}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["No Surat,Tanggal,Perihal,Tujuan"]
    for _ in range(4):
        rows.append(
            f"{g.letter_no()},{g.date()},{g.c(['Tindak lanjut pengaduan', 'Undangan rapat', 'Permintaan data'])},{g.c(UNITS)}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Jadwal Angkut Sampah", "Hari|Kelurahan|Jam"]
    for day in DAYS[:5]:
        rows.append(f"{day}|{g.kel()}, {g.kel()}|{g.time()}")
    return "\n".join(rows)


# spreadsheet without personal data
@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Kategori;Jumlah;Selesai;Proses;Rata-rata hari"]
    for cat in ["Air Bersih", "Jalan", "Sampah", "Bansos", "Adminduk", "Kesehatan", "Pendidikan"]:
        total = g.n(10, 300)
        done = g.n(0, total)
        rows.append(f"{cat};{total};{done};{total - done};{g.n(1, 14)},{g.n(0, 9)}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Instansi|Telepon|WA Pengaduan|Email"]
    for unit, box in [
        ("Dinas Dukcapil", "dukcapil@kupangkota.go.id"),
        ("PDAM", "pdam.kotakupang@gmail.com"),
        ("Dinas Sosial", "dinsos.kotakupang@gmail.com"),
        ("DLHK", "sekretariat.dlhk@kupangkota.go.id"),
    ]:
        rows.append(f"{unit}|{g.office_line()}|{g.office_mobile()}|{box}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Nama Penyedia,NPWP,Alamat,Nilai Kontrak"]
    for company in g.r.sample(COMPANIES, 4):
        rows.append(
            f'{company},{g.company_npwp()},"Jl. {g.street()} No. {g.n(1, 90)}, Kupang",{g.rp()}'
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["NPSN\tNama Sekolah\tAlamat\tTelp"]
    for school in g.r.sample(SCHOOLS, 4):
        rows.append(
            f"{g.n(50300000, 50309999)}\t{school}\tJl. {g.street()} No. {g.n(1, 60)}\t{g.office_line()}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    kel = g.kel()
    rows = ["Kelurahan,RT,Jumlah KK,Jumlah Jiwa,Terdampak Banjir"]
    for rt in sorted(g.r.sample(range(1, 30), 5)):
        rows.append(f"{kel},RT {rt:02d},{g.n(30, 90)},{g.n(120, 400)},{g.c(['ya', 'tidak'])}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Tiket;Tanggal;Pelapor;Kategori;Unit"]
    for _ in range(5):
        rows.append(
            f"{g.ticket()};{g.date()};{g.c(['Anonim', 'Dirahasiakan', 'Anonim'])};{g.c(['Pungli', 'Jalan', 'Sampah'])};{g.c(UNITS)}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["No Sambungan|Golongan|Pemakaian m3|Tagihan"]
    for _ in range(5):
        rows.append(f"{g.pdam_no()}|{g.c(['R1', 'R2', 'N1', 'S1'])}|{g.n(5, 60)}|{g.rp()}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Uraian,Pagu,Realisasi,Sisa"]
    for item in ["Perbaikan pipa", "Pengadaan meter air", "Sosialisasi", "Operasional call center"]:
        a, b = g.n(50, 900) * 1000000, g.n(10, 49) * 1000000
        rows.append(f"{item},{a},{b},{a - b}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Posyandu\tVitamin A\tObat Cacing\tPMT (paket)"]
    for name in ["Bunga Bakung", "Melati", "Kasih Ibu", "Anggrek", "Sejahtera"]:
        rows.append(f"Posyandu {name}\t{g.n(0, 80)}\t{g.n(0, 80)}\t{g.n(0, 40)}")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    market = g.c(MARKETS)
    rows = [f"DATA KIOS {market.upper()}", "No Kios;Nama Usaha;Jenis;Retribusi/bln"]
    for company in g.r.sample(
        [
            "Toko Sinar Abadi",
            "UD Sumber Rejeki",
            "Toko Obor Mas",
            "Kios Damai",
            "Warung Indah",
            "UD Bintang Timur",
        ],
        4,
    ):
        rows.append(
            f"{g.c('ABCD')}-{g.n(1, 40):02d};{company};{g.c(['sembako', 'pakaian', 'ikan', 'sayur'])};{g.rp()}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["ID Transaksi,Tanggal,Kode Billing,Nominal,Kanal"]
    for _ in range(4):
        rows.append(
            f"{g.trx()},{g.date()},{g.billing()},{g.rp()},{g.c(['Bank NTT', 'QRIS', 'Kantor Pos', 'Indomaret'])}"
        )
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["Kelurahan\tLaporan Masuk\tDitindaklanjuti\tPersentase"]
    for kel in g.r.sample(KEL, 6):
        a = g.n(10, 120)
        b = g.n(5, a)
        rows.append(f"{kel}\t{a}\t{b}\t{round(100 * b / a)}%")
    return "\n".join(rows)


@T("spreadsheet")
def _(g: Gen) -> str:
    rows = ["ID Pelanggan PLN|Tarif|Daya|Keluhan"]
    for _ in range(4):
        rows.append(
            f"{g.pln_id()}|R1|{g.c(['900', '1300', '2200'])} VA|{g.c(['token tidak masuk', 'meter rusak', 'tegangan turun'])}"
        )
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# bilingual: Indonesian mixed with English, written by a foreigner or for an English form
# --------------------------------------------------------------------------------------------

COUNTRIES = [
    "Australia",
    "Germany",
    "the Netherlands",
    "Japan",
    "New Zealand",
    "France",
    "Sweden",
    "Canada",
]


def foreign_mobile(g: Gen) -> tuple[str, str]:
    return g.c(
        [
            (f"+61 4{g.digits(2)} {g.digits(3)} {g.digits(3)}", "Australian"),
            (f"+49 15{g.digits(1)} {g.digits(7)}", "German"),
            (f"+31 6 {g.digits(4)} {g.digits(4)}", "Dutch"),
            (f"+64 21 {g.digits(3)} {g.digits(4)}", "New Zealand"),
        ]
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    f = g.foreigner()
    return (
        f"Hello, my name is {N(f.full)}, I'm a volunteer teacher from {g.c(COUNTRIES)} living at {A(g.home())}, Kel. {g.kel()}. "
        f"The neighbours' karaoke goes on until 3 am almost every night. I asked nicely twice. Could Satpol PP please check? "
        f"You can reach me on WhatsApp {PH(g.phone(g.c(['plus_dash', 'plus'])))} or {EM(g.email(f))}."
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Full name: {N(p.full)}\n"
        f"ID number (NIK): {NIK(g.fmt16(g.nik(p.female)))}\n"
        f"Mobile: {PH(g.phone())}\n"
        f"Email: {EM(g.email(p))}\n"
        f"Home address: {A(g.home())}, Kupang\n"
        f"Complaint: The water supply has been cut for {g.n(4, 12)} days without any notice. Please send a water truck."
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    m = g.person("F")
    return (
        f"Guys please help share ya, my mom {N(m.full)} lost her wallet di angkot lampu {g.n(1, 12)} this morning, isinya KTP (NIK {NIK(g.nik(True))}), kartu BPJS {BP(g.bpjs())} dan ATM BRI. "
        f"If found please contact {PH(g.phone())}. Thank you so much!!"
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    n, p = g.person("M"), g.person()
    return (
        f"Dear Sir/Madam,\nI would like to report that my neighbour Mr. {N(n.full)} has been burning plastic waste every evening behind his house at {A(g.street_no())}. "
        f"The smoke goes straight into our bedroom and my son has asthma. We live next door, at {A(g.street_no())}.\n"
        f"Kind regards,\n{N(p.full)}"
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    f, p = g.foreigner("F"), g.person()
    return (
        f"Our homestay guest, {f.mr} {N(f.full)} from {g.c(COUNTRIES)}, had her bag snatched by two men on a motorbike near {g.c(MARKETS)} yesterday around {g.time()}. "
        f"Polisi sudah dilapor, tapi we also want the city to fix the street lights there. Please contact me, {N(p.full)}, the owner of the homestay, at {PH(g.phone())}."
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"FYI my NPWP {TAX(g.npwp(p.female))} is already valid, tapi di sistem OSS masih error waktu daftar NIB. Sudah 2 weeks nunggu. Please help, thanks. - {N(p.full)}"


@T("bilingual", 2)
def _(g: Gen) -> str:
    f = g.foreigner()
    mail = g.email(f)
    return (
        f"From: {N(f.full)} <{EM(mail)}>\nTo: pengaduan@kupangkota.go.id\nSubject: Stray dogs near the school\n\n"
        f"Hi, there is a pack of stray dogs near {g.c(SCHOOLS)}. One of them bit a kid last week. My address is {A(g.street_no())} in case someone needs to come and see.\n"
        f"Cheers,\n{N(f.given)}"
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"Hi admin, saya mau komplain, the street light in front of my house at {A(g.home())} has been off for two weeks. Gelap banget, takut ada maling. Thanks, {N(p.full)} ({PH(g.phone())})"


@T("bilingual", 2)
def _(g: Gen) -> str:
    f = g.foreigner("M")
    w = g.person("F")
    return (
        f"Selamat siang. Saya {N(f.full)}, from {g.c(COUNTRIES)}, tinggal di {A(g.home())}. My wife {N(w.full)} sudah antri 3 kali di Dukcapil for her new KTP, NIK {NIK(g.nik(True))}, "
        f"but every time the blangko is habis. My KITAS is valid until 2027, I just want to understand the process. Terima kasih."
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    p = g.person()
    bank, acct = g.account()
    return f"I paid the retribusi twice by mistake (kode billing {g.billing()}). Please transfer the refund to my account: {bank} {REK(acct)}, account name {N(p.full)}. Contact: {EM(g.email(p))}"


@T("bilingual", 2)
def _(g: Gen) -> str:
    d = g.person("M")
    return (
        f"We rented a car from a local guy for our trip to Lasiana, plate {PL(g.plate())}. It was towed from the beach parking this afternoon and nobody can tell us where it is. "
        f"The driver, {N(d.full)}, says Dishub took it. His number is {PH(g.phone())}. Who do we contact?"
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    p, m = g.person(), g.person("F")
    return (
        f"My mother {N(m.full)}'s BPJS card no. {BP(g.bpjs())} was deactivated without notice, so she had to pay cash at {g.c(HOSPITALS)}. "
        f"She is PBI (subsidised). Please check. - {N(p.full)}, {PH(g.phone())}"
    )


@T("bilingual")
def _(g: Gen) -> str:
    f = g.foreigner()
    number, where = foreign_mobile(g)
    return (
        f"Hi, I'm {N(f.full)}, researcher at Undana, staying at {A(g.street_no())}. Trash has not been collected in our lane for 3 weeks. "
        f"Please call me: {PH(number)} (my {where} number, WhatsApp) or {PH(g.phone('plus_dash'))}."
    )


@T("bilingual")
def _(g: Gen) -> str:
    a = g.person()
    b = g.person("F")
    return (
        f"Kak admin, aku mau report ya. Kos-kosan aku di {A(g.street_no())}, ibu kos {N(b.given)} minta bayar air PDAM extra {g.rp()} per month padahal meteran cuma satu. Is that allowed? "
        f"Aku {N(a.full)}, mahasiswa. Email aku {EM(g.dodge(g.email(a), 'space_at'))}"
    )


@T("bilingual")
def _(g: Gen) -> str:
    f = g.foreigner("M")
    p = g.person("F")
    return (
        f"Dear Ms. {N(p.full)},\nThank you for helping me at the Dukcapil counter yesterday. As you asked, here is my wife's family card number: {KK(g.kk_no())}. "
        f"My passport number is C{g.digits(7)}.\nBest regards,\n{N(f.full)}"
    )


@T("bilingual", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Tax ID (NPWP): {TAX(g.npwp(p.female))}\nName: {N(p.full)}\nBusiness type: home-based catering (sole proprietor)\n"
        f"Problem: my OSS account says 'NPWP tidak valid'. Please advise. Contact: {PH(g.phone('plus'))}"
    )


@T("bilingual")
def _(g: Gen) -> str:
    f = g.foreigner("M")
    w = g.person("F", mixed=False)
    return (
        f"Hello, I'm {N(f.full)}, married to an Indonesian citizen, {N(w.full)}. We need to add me to her family card (KK no. {KK(g.kk_no())}). "
        f"The counter said come back next week three times already. Our home: {A(g.home())}."
    )


@T("bilingual")
def _(g: Gen) -> str:
    p = g.person("M")
    bank, acct = g.account()
    return (
        f"Bro admin, my dad {N(p.full)} is a driver for the DLHK garbage truck, his salary for {g.c(MONTHS)} belum masuk ke {bank} {REK(acct)}. "
        f"Can you check with the finance department? Thanks a lot."
    )


@T("bilingual")
def _(g: Gen) -> str:
    f = g.foreigner()
    return (
        f"Dear City of Kupang, I am {N(f.full)}, a tourist. A taxi driver (car {PL(g.plate())}) charged me Rp 350.000 from the airport to Jl. Sumatera and refused to use the meter. "
        f"Please take action. My email: {EM(g.email(f))}"
    )


@T("bilingual")
def _(g: Gen) -> str:
    p = g.person("F")
    c = g.child(p)
    return (
        f"Hi, my daughter {N(c.given)} (NIK {NIK(g.nik(True, 2013, 2016))}) was not accepted at {g.c(SMP)} although we live 300 m away at {A(g.street_no())}. "
        f"The zoning system is not fair. - {N(p.full)}, mother"
    )


@T("bilingual")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Hi kak, aku mau tanya soal BPJS. My card number {BP(g.bpjs())} says 'tidak aktif' di app Mobile JKN, padahal I pay every month. Nama aku {N(p.full)}. "
        f"WA aku di {PH(g.phone('62'))} ya, thank you!"
    )


@T("bilingual")
def _(g: Gen) -> str:
    f = g.foreigner()
    p = g.person("M")
    return (
        f"I'm {N(f.full)} from an NGO working on water access. In Kel. {g.kel()}, Mr. {N(p.full)} (community leader, {PH(g.phone())}) told us the PDAM pipe has been broken for 2 months. "
        f"Residents at {g.rtrw('pad3')} buy water every day."
    )


@T("bilingual")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Hello, I want to complain about the KTP printing. My e-KTP was recorded in 2023 but still not printed. Name: {N(p.full.upper())}, NIK {NIK(g.fmt16(g.nik(p.female), 'four'))}, "
        f"address {A(g.street_no('std'))}, RT/RW as on my KK."
    )


@T("bilingual")
def _(g: Gen) -> str:
    f = g.foreigner("F")
    return (
        f"I am Sister {N(f.full)}, a missionary nurse at a clinic in Kel. {g.kel()}. Many children here have no BPJS. One mother, {N(g.person('F').full)}, "
        f"was told to pay Rp 400.000 at the puskesmas. Please help. You can email me: {EM(g.email(f))}"
    )


@T("bilingual")
def _(g: Gen) -> str:
    f = g.foreigner()
    host = g.person("M", mixed=False)
    return (
        f"Hi, I'm an exchange student staying with the {N(host.family)} family at {A(g.home())}. The garbage truck has not come for a month and the neighbours burn it. "
        f"My host father, Mr. {N(host.full)}, says complaining is useless, but I wanted to try. - {N(f.given)}"
    )


@T("bilingual")
def _(g: Gen) -> str:
    p, h = g.person("F"), g.person("M")
    return (
        f"Please call my husband Mr. {N(h.full)} at {PH(g.phone('plus_dash'))}, he speaks Indonesian better than me. The problem: the water meter at our house, {A(g.street_no())}, was taken by PDAM staff without a letter. "
        f"- {N(p.full)}"
    )


@T("bilingual")
def _(g: Gen) -> str:
    f, landlord = g.foreigner(), g.person("M")
    return (
        f"My landlord, Mr. {N(landlord.full)}, cut off the water to my room because I complained about the rent. His number is {PH(g.phone())}. I live at {A(g.street_no('gang'))}. "
        f"Is there a tenant protection office? - {N(f.full)}"
    )


@T("bilingual")
def _(g: Gen) -> str:
    p = g.person()
    c = g.child(p)
    return (
        f"Student name: {N(c.full)}\nFather's name: {N(p.full) if not p.female else '-'}\nMother's name: {N(g.person('F').full) if not p.female else N(p.full)}\n"
        f"Family card no.: {KK(g.kk_no())}\nIssue: scholarship (PIP) not received since {g.c(MONTHS)}."
    )


# bilingual without personal data (more)
@T("bilingual")
def _(g: Gen) -> str:
    return "Can someone explain the difference between BPJS Kesehatan and BPJS Ketenagakerjaan? My employer only pays one of them."


@T("bilingual")
def _(g: Gen) -> str:
    return "Road to Bolok port is totally dark at night, no street lights from Alak to the port. Trucks everywhere. Please fix before someone dies."


@T("bilingual")
def _(g: Gen) -> str:
    return f"Great service at Dukcapil today, done in {g.n(15, 40)} minutes! Terima kasih banyak to the staff at loket {g.n(1, 6)}."


# bilingual without personal data
@T("bilingual")
def _(g: Gen) -> str:
    return "Hi, where can I report a pothole on Jl. El Tari near the airport? It's huge, a motorbike fell in last night. Thanks!"


@T("bilingual")
def _(g: Gen) -> str:
    return f"The hotline 112 is not working, tried three times tonight around {g.time()}. Is there another emergency number for fires in Kupang?"


@T("bilingual")
def _(g: Gen) -> str:
    return "Thank you so much, love the new taman kota! So clean now, indah sekali. Please keep it this way."


@T("bilingual")
def _(g: Gen) -> str:
    return f"Is the tourist information centre on Jl. Sumatera open on Sunday? Their number {g.office_line()} never picks up."


@T("bilingual")
def _(g: Gen) -> str:
    return f"Please fix the traffic light at Bundaran PU, it's been blinking yellow all week. Very dangerous at rush hour, especially jam {g.time()}."


@T("bilingual")
def _(g: Gen) -> str:
    return "Dear admin, the website lapor.go.id gives error 502 since this morning. I cannot submit my complaint. Is there a WhatsApp number?"


@T("bilingual")
def _(g: Gen) -> str:
    return f"How do I pay the parking retribution? A parking attendant at {g.c(MARKETS)} gave me VA {g.va()}, is that legit or scam?"


@T("bilingual")
def _(g: Gen) -> str:
    return "Hello, what documents do I need to register a birth certificate (akta kelahiran) for a baby born to a foreign father? Thank you."


@T("bilingual")
def _(g: Gen) -> str:
    return f"The beach at Lasiana is full of plastic again after the weekend. Who is in charge, DLHK or the province? Volunteers can help on {g.c(['Saturday', 'Sunday'])}."


@T("bilingual")
def _(g: Gen) -> str:
    return "Quick question: apakah Puskesmas Oesapa open on Saturday? The board says Senin-Jumat 08.00-14.00 but Google Maps says otherwise."


@T("bilingual")
def _(g: Gen) -> str:
    return f"Heads up: the WA center of PDAM {g.office_mobile()} replies only in office hours. For leaks at night call hotline {g.office_line()}."


@T("bilingual")
def _(g: Gen) -> str:
    return f"Ticket {g.ticket()} still open after 3 weeks. Nobody came to check the broken drain near SMPK St. Theresia. Please follow up, thanks."


@T("bilingual")
def _(g: Gen) -> str:
    return "Sorry for my bad Indonesian. Jalan ke Pantai Pasir Panjang sangat rusak, many holes, tourists complain. Who can fix it? Thank you very much."


@T("bilingual")
def _(g: Gen) -> str:
    return f"FYI the angkot lampu {g.n(1, 12)} no longer goes via Jl. Frans Seda after {g.time()}, so students at Undana walk in the dark. Can Dishub look into it?"


# --------------------------------------------------------------------------------------------
# school_health: schools, puskesmas, hospitals, BPJS, midwives, teachers, parents, children
# --------------------------------------------------------------------------------------------

WARDS = ["Kelimutu", "Flamboyan", "Cendana", "Anggrek", "Komodo", "Sasando", "ICU", "Bougenville"]


@T("school_health", 2)
def _(g: Gen) -> str:
    m = g.person("F")
    c = g.child(m)
    t = g.person("F")
    return (
        f"Anak sy {N(c.full)}, kelas {g.n(1, 6)} {g.c([x for x in SCHOOLS if x.startswith('SD')])}, dihukum berdiri di luar kelas oleh wali kelasnya Ibu {N(t.full)} karena blm bayar uang komite {g.rp()}. "
        f"NISN anak {g.nisn()}. Sy mamanya, {N(m.full)}, HP {PH(g.phone())}."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy {N(p.full)}, peserta BPJS Kesehatan no {BP(g.bpjs())}, ditolak berobat di {g.c(PUSKESMAS)} krn katanya faskes sy di tempat lain. "
        f"Padahal sy sdh pindah faskes sejak {g.c(MONTHS)}. Rumah sy di {A(g.home())}."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    f, d = g.person("M", mixed=False), g.person()
    p = g.child(f)
    return (
        f"Bapa sy, {N(f.full)}, dirawat di {g.c(HOSPITALS)} ruang {g.c(WARDS)} sejak {g.date()}. Dokter penanggung jawabnya dr. {N(d.full)}, Sp.PD jarang visit, sudah 3 hari tidak datang. "
        f"No. RM {g.n(10, 99)}-{g.n(10, 99)}-{g.n(10, 99)}, kartu JKN {BP(g.bpjs())}. Sy anaknya {N(p.full)}, {PH(g.phone())}."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    b, p = g.person("F"), g.person("F")
    return (
        f"Bidan {N(b.given)} di Pustu {g.kel()} minta {g.rp()} utk persalinan padahal sy pakai KIS {BP(g.bpjs())}. "
        f"Katanya itu uang jasa. Sy {N(p.full)}, {A(g.home())}."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    p = g.person()
    c = g.child(p)
    return (
        f"Formulir PPDB SMP Negeri\nNama calon siswa: {N(c.full.upper())}\nNIK: {NIK(g.nik(c.female, 2012, 2014))}\nNo. KK: {KK(g.kk_no())}\n"
        f"Alamat: {A(g.home())}\nNama orang tua/wali: {N(p.full)}\nHP orang tua: {PH(g.phone())}\nSekolah asal: {g.c([x for x in SCHOOLS if x.startswith('SD')])}"
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy peserta BPJS Kesehatan mandiri no {BP(g.bpjs())} kelas 3, tiap bulan bayar lewat Bank Mandiri. Bulan ini sdh bayar tapi status masih tidak aktif waktu berobat di {g.c(PUSKESMAS)}. "
        f"Mohon dicek. {N(p.full)}"
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    t = g.person()
    return (
        f"Sy {N(t.full)}, S.Pd., guru PNS di {g.c(SCHOOLS)}, NIP {g.nip()}. Tunjangan sy dipotong {g.rp()} tiap bulan oleh bendahara sekolah tanpa penjelasan. "
        f"Sy bisa dihubungi di {PH(g.phone())}."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    p = g.person()
    c = g.child(p)
    return (
        f"Anak sy {N(c.given)} ({g.n(9, 18)} bln) blm dapat imunisasi MR krn vaksin kosong di {g.c(PUSKESMAS)} sdh 2 bulan. Posyandu Bunga Bakung juga tdk ada. "
        f"Sy {p.kin.lower()}nya, {N(p.full)}, {PH(g.phone())}."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy {N(p.full)} mau tanya, kartu BPJS Ketenagakerjaan sy (KPJ {g.digits(11)}) dan BPJS Kesehatan sy ({BP(g.bpjs())}) dua-duanya tidak bisa dipakai. "
        f"Yg Kesehatan katanya tunggakan perusahaan. Sy kerja di {g.c(COMPANIES)}."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    m = g.person("F")
    c = g.child(m)
    return (
        f"Anak kami {N(c.full)} jatuh dari tangga sekolah di {g.c(SCHOOLS)} waktu jam istirahat. Guru piket bawa ke {g.c(PUSKESMAS)} tapi tidak ada yang kabari kami sampai jam {g.time()}. "
        f"Mama {N(m.given)} baru tahu dari tetangga. Mohon Dinas Pendidikan tegur sekolah."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    clerk, p = g.person(), g.person()
    return (
        f"Petugas pendaftaran di {g.c(PUSKESMAS)}, namanya {N(clerk.full)}, membentak ibu-ibu lansia yang antre dari jam 7. "
        f"Saya {N(p.full)} melihat sendiri tgl {g.date()}. Kartu antrean no. {g.n(20, 90)}."
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    ks = g.person()
    p = g.person()
    return (
        f"Kepala {g.c(SMP)}, {N(ks.full)}, S.Pd., M.Pd., mewajibkan siswa kelas IX ikut les tambahan {g.rp()} per bulan. Yang tidak ikut diancam tidak dapat nilai. "
        f"Saya orang tua murid, {N(p.full)}. Email {EM(g.email(p))}"
    )


@T("school_health", 2)
def _(g: Gen) -> str:
    driver = g.person("M")
    return (
        f"Ambulans {g.c(PUSKESMAS)} dengan nomor polisi {PL(g.plate())} dipakai sopirnya, {N(driver.full)}, untuk antar keluarga ke pesta di Kel. {g.kel()}. "
        f"Waktu itu ada pasien darurat yang menunggu."
    )


@T("school_health")
def _(g: Gen) -> str:
    p = g.person()
    c1, c2 = g.child(p), g.child(p)
    return (
        f"Sy {N(p.full)}, orang tua dari {N(c1.given)} (kelas 3) dan {N(c2.given)} (kelas 5) di {g.c([x for x in SCHOOLS if x.startswith('SD')])}. "
        f"Komite minta sumbangan pembangunan {g.rp()} per anak ditransfer ke rekening komite sekolah BRI {g.account('BRI')[1]}. Apa ini wajib?"
    )


@T("school_health")
def _(g: Gen) -> str:
    p = g.person("F")
    c = g.child(p)
    return (
        f"Data pasien rujukan\nNama pasien: {N(c.full)}\nNIK: {NIK(g.nik(c.female, 2015, 2022))}\nNo. BPJS: {BP(g.bpjs())}\nNama ibu: {N(p.full)}\n"
        f"Alamat: {A(g.home())}\nRujukan dari: {g.c(PUSKESMAS)}\nKe: {g.c(HOSPITALS)}"
    )


@T("school_health")
def _(g: Gen) -> str:
    t = g.person("F")
    return (
        f"Saya {N(t.full)}, guru honor di {g.c(SCHOOLS)} sejak 2015. Honor kami Rp 750.000 belum dibayar 4 bulan. "
        f"Sudah lapor ke kepala sekolah dan komite. Kalau perlu konfirmasi, email saya {EM(g.dodge(g.email(t, kind='dot_num'), 'dots_words'))}."
    )


@T("school_health")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy {N(p.full)}, guru honor {g.c(SCHOOLS)}. Insentif guru honor dari Pemkot blm masuk ke rek Bank NTT sy {REK(g.account('Bank NTT')[1])}. "
        f"Bendahara bilang NPWP sy {TAX(g.npwp(p.female))} tidak cocok. Mohon dicek Disdik."
    )


@T("school_health")
def _(g: Gen) -> str:
    p = g.person("F")
    c = g.child(p)
    return (
        f"Pendaftaran bayi baru lahir ke BPJS ditolak karena KK blm diperbarui. Nama bayi {N(c.full)}, lahir di {g.c(HOSPITALS)} {g.date()}. "
        f"KK kami {KK(g.kk_no())}, kartu JKN ibu {BP(g.bpjs())}. Sy ibunya, {N(p.full)}."
    )


@T("school_health")
def _(g: Gen) -> str:
    p = g.person("F")
    return f"Nama sy memang {N(g.c(['Indah', 'Kasih']) + ' ' + p.family)}, bukan nama toko. Tolong petugas BPJS jangan bilang data sy salah. No kartu {BP(g.bpjs())}."


@T("school_health")
def _(g: Gen) -> str:
    p = g.person()
    return f"ANAK KAMI {N(g.child(p).given.upper())} DITOLAK MASUK KELAS KARENA RAMBUT PANJANG. SEKOLAH {g.c(SCHOOLS).upper()}. KAMI ORANG TUA, {N(p.full.upper())}, TELP RUMAH {PH(g.landline())}."


@T("school_health")
def _(g: Gen) -> str:
    n, p = g.person("F"), g.person()
    return f"Perawat {N(n.full)} di {g.c(PUSKESMAS)} menyuntik anak sy tanpa menjelaskan obatnya, lalu anak sy demam tinggi. Sy minta Dinkes periksa. {N(p.full)}, {PH(g.phone())}, {A(g.home())}"


@T("school_health")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Pasien atas nama {N(p.full.upper())}, NIK {NIK(g.nik(p.female))}, No. BPJS {BP(g.bpjs())}, dipulangkan paksa dari {g.c(HOSPITALS)} padahal masih demam. "
        f"No. rekam medis {g.n(100000, 999999)}. Keluarga minta penjelasan."
    )


@T("school_health")
def _(g: Gen) -> str:
    d, p = g.person(), g.person()
    pusk = g.c(PUSKESMAS)
    return f"Kepala {pusk}, dr. {N(d.full)}, jarang ada di tempat, pasien menunggu sampai siang. Sy {N(p.full)} sudah 3 kali datang. HP {PH(g.phone())}."


@T("school_health")
def _(g: Gen) -> str:
    p = g.person("F")
    c, b = g.child(p), g.child()
    return (
        f"Anak sy {N(c.given)}, kelas {g.n(7, 9)} {g.c(SMP)}, dipukul kakak kelasnya yang bernama {N(b.full)} di kamar mandi sekolah. Guru BK tidak mau tindak. "
        f"Sy mamanya, {N(p.full)}, rumah di {A(g.home())}."
    )


@T("school_health")
def _(g: Gen) -> str:
    b, p = g.person("F"), g.person("F")
    return f"Bidan desa {N(b.full)} minta KTP dan KK suami sy untuk urus akta bayi, tapi sudah 2 bulan berkas belum kembali. KK kami {KK(g.kk_no())}. Sy {N(p.full)}, {PH(g.phone())}."


@T("school_health")
def _(g: Gen) -> str:
    p = g.person()
    return f"Sy kader jumantik {N(p.full)}. Rumah kosong di sebelah rumah sy, {A(g.street_no())}, penuh jentik nyamuk, pemiliknya tinggal di Surabaya. Mohon Dinkes fogging di {A(g.rtrw('pad2'))}."


@T("school_health")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Tagihan {g.c(HOSPITALS)}\nNo. Invoice INV/2026/{g.c(['X', 'XI'])}/{g.n(1000, 9999)}\nPasien: {N(p.full)}\nNo. Kartu JKN: {BP(g.bpjs())}\nTotal: {g.rp()}\n\n"
        f"Kenapa pasien BPJS masih ditagih obat yang katanya tidak ditanggung?"
    )


# school_health without personal data (more)
@T("school_health")
def _(g: Gen) -> str:
    return f"Klinik gigi di {g.c(PUSKESMAS)} tutup sejak {g.c(MONTHS)} karena kursi gigi rusak. Pasien dirujuk ke RSUD, antrean panjang."


@T("school_health")
def _(g: Gen) -> str:
    return f"Ruang kelas {g.c(SCHOOLS)} dipakai untuk gudang logistik pemilu, anak-anak belajar bergantian. Kapan dikosongkan?"


@T("school_health")
def _(g: Gen) -> str:
    return f"Nomor antrean BPJS online di RSUD S.K. Lerik habis jam 6 pagi. Layanan 165 bilang kuota harian {g.n(80, 150)} pasien. Mohon ditambah."


# school_health without personal data
@T("school_health")
def _(g: Gen) -> str:
    return f"Jadwal posyandu di Kel. {g.kel()} bulan ini mundur tanpa pemberitahuan. Ibu-ibu sdh datang bawa balita jam {g.time()} tapi petugas tidak ada."


@T("school_health")
def _(g: Gen) -> str:
    return f"Vaksin campak dan rubela kosong di Puskesmas Oepoi sejak {g.c(MONTHS)}. Kapan Dinkes kirim stok?"


@T("school_health")
def _(g: Gen) -> str:
    return "SMPK St. Theresia dan SDK St. Yoseph Naikoten pulang bersamaan jam 12, jalan macet total. Mohon Dishub atur."


@T("school_health")
def _(g: Gen) -> str:
    return f"Antrean BPJS di RSUD Prof. Dr. W. Z. Johannes dari jam 5 pagi, loket baru buka jam {g.time()}. Call center BPJS 165 juga sibuk terus."


@T("school_health")
def _(g: Gen) -> str:
    return f"Kenapa nomor antrean online RS Siloam Kupang hanya sampai {g.n(30, 60)} per hari? Pasien dari jauh tidak kebagian."


@T("school_health")
def _(g: Gen) -> str:
    return f"Toilet di {g.c(SCHOOLS)} rusak semua, anak-anak harus pulang ke rumah kalau mau buang air. Sudah setahun dilaporkan ke komite."


@T("school_health")
def _(g: Gen) -> str:
    return f"Posyandu Bunga Bakung butuh timbangan baru, yang lama rusak. Kader sudah lapor ke {g.c(PUSKESMAS)} tapi belum ada jawaban."


@T("school_health")
def _(g: Gen) -> str:
    return f"Apakah pungutan uang seragam {g.rp()} di SMPN {g.n(1, 20)} Kupang resmi? Surat edaran nomor {g.letter_no()} tidak menyebut seragam."


@T("school_health")
def _(g: Gen) -> str:
    return "Dokter umum di Puskesmas Alak hanya ada hari Senin dan Kamis. Hari lain pasien dilayani perawat. Mohon Dinkes tambah dokter."


@T("school_health")
def _(g: Gen) -> str:
    return f"Pendaftaran PPDB SD tahun ini lewat ppdb.kupangkota.go.id error terus. Nomor bantuan {g.office_mobile()} (WA Disdik) tidak membalas."


@T("school_health")
def _(g: Gen) -> str:
    return "RS Bhayangkara Drs. Titus Uly menolak pasien BPJS malam hari karena kamar penuh. Mohon info rumah sakit mana yang masih menerima."


@T("school_health")
def _(g: Gen) -> str:
    return f"Program makan bergizi di {g.c([x for x in SCHOOLS if x.startswith('SD')])} menunya nasi dan tahu saja selama seminggu. Orang tua murid kelas 1 sampai 6 minta evaluasi."


@T("school_health")
def _(g: Gen) -> str:
    return "Apotek di Puskesmas Sikumana kehabisan obat hipertensi. Pasien disuruh beli di Apotek Sehat Selalu dengan uang sendiri."


@T("school_health")
def _(g: Gen) -> str:
    return f"Fogging DBD di Kel. {g.kel()} baru dilakukan sesudah {g.n(3, 9)} anak dirawat. Kenapa tidak dari awal musim hujan?"


# --------------------------------------------------------------------------------------------
# land_civil: land disputes, civil registry (KTP, KK, akta), tax and permits, look-alike numbers
# --------------------------------------------------------------------------------------------


def ktp_date(g: Gen, female: bool) -> tuple[str, str]:
    """A birth date and the NIK that encodes it."""
    day, month, year = g.n(1, 28), g.n(1, 12), g.n(1955, 2004)
    nik = (
        f"{g.region()}{day + (40 if female else 0):02d}{month:02d}{year % 100:02d}{g.n(1, 320):04d}"
    )
    return f"{day:02d}-{month:02d}-{year}", nik


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person(mixed=False)
    born, nik = ktp_date(g, p.female)
    rt = f"RT/RW : {g.n(1, 40):03d}/{g.n(1, 12):03d}"
    return (
        f"PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\n"
        f"NIK : {NIK(g.ocr(nik, g.n(0, 2)) if g.p(0.5) else nik)}\n"
        f"Nama : {N(p.full.upper())}\n"
        f"Tempat/Tgl Lahir : KUPANG, {born}\n"
        f"Jenis Kelamin : {'PEREMPUAN' if p.female else 'LAKI-LAKI'}   Gol. Darah : {g.c(['O', 'A', 'B', 'AB', '-'])}\n"
        f"Alamat : {A(g.street_no(g.c(['std', 'gang_in', 'gang'])).upper())}\n"
        f"   {A(rt)}\n"
        f"   Kel/Desa : {g.kel().upper()}\n"
        f"   Kecamatan : {g.kec().upper()}\n"
        f"Agama : {g.c(['KRISTEN', 'KATOLIK', 'ISLAM'])}\n"
        f"Status Perkawinan : {g.c(['KAWIN', 'BELUM KAWIN'])}\n"
        f"Berlaku Hingga : SEUMUR HIDUP\n\n"
        f"KTP ini yang dipakai untuk daftar bansos tapi ditolak sistem. Mohon dicek."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    given = g.c(GIVEN_F + GIVEN_M).upper()
    family = g.c([f for f in FAMILY if " " not in f]).upper()
    g.taken.update({given.title(), family.title()})
    cut = g.n(2, len(family) - 1)
    broken = g.c([f"{given} {family[:cut]} {family[cut:]}", f"{given}\n{family}"])
    female = given.title() in GIVEN_F
    born, nik = ktp_date(g, female)
    return (
        f"Hasil scan KTP yg sy kirim ke aplikasi:\n"
        f"N I K : {NIK(nik)}\n"
        f"N a m a : {N(broken)}\n"
        f"Tempat/Tgl Lahir : SOE, {born}\n"
        f"Alamat : {A(g.street_no('std').upper())}\n"
        f"{A(f'RT/RW : {g.n(1, 40):03d}/{g.n(1, 12):03d}')}\n"
        f"Kenapa nama sy terbaca terpisah begitu? Verifikasi online selalu gagal."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    f1, f2, p = g.person("M", mixed=False), g.person(mixed=False), g.person()
    kel = g.kel()
    return (
        f"Mohon bantuan mediasi sengketa batas tanah antara keluarga {N(f1.family)} dan keluarga {N(f2.family)} di {A(g.rtrw('slash'))} Kel. {kel}. "
        f"Tanah kami bersertifikat SHM No. {g.n(100, 9999):05d}/{kel} atas nama alm. {N(f1.full)}, NOP {g.nop()}. Pagar keluarga {N(f2.family)} sudah masuk 2 meter. "
        f"Sy cucu almarhum, {N(p.full)}, HP {PH(g.phone())}."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    m = g.person("F", mixed=False)
    c = g.child(m)
    wrong = m.given[:-1] + g.c(["i", "e", "y"]) if m.given[-1] in "aei" else m.given + "h"
    return (
        f'Akta kelahiran anak sy {N(c.full)} nomor 5371-LU-{g.n(10, 28)}{g.n(1, 12):02d}2025-{g.digits(4)} salah tulis nama ibu: tertulis "{N(wrong + " " + m.family)}", seharusnya {N(m.full)}. '
        f"Sy sdh bawa KK dan buku nikah ke Dukcapil tapi disuruh bolak balik. NIK sy {NIK(g.nik(True))}."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy {N(p.full)}, NIK {NIK(g.nik(p.female))}, NPWP {TAX(g.npwp_old())}. Tagihan PBB rumah sy (NOP {g.nop()}) naik dari Rp {g.n(80, 300)}.000 jadi Rp {g.n(1, 3)}.{g.n(100, 900)}.000 tanpa pemberitahuan. "
        f"Mohon Bapenda jelaskan dasar kenaikannya."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    f = g.person("M", mixed=False)
    p = g.child(f)
    return (
        f"SPPT PBB tahun 2026 masih atas nama alm. bapa sy {N(f.full)}, NOP {g.nop()}. Bapa sdh meninggal 2019, akta kematian no {g.n(100, 999)}/{g.n(2019, 2020)}. "
        f"Sy mau balik nama ke sy, {N(p.full)}, NIK {NIK(g.fmt16(g.nik(p.female), 'four'))}. Syaratnya apa saja?"
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Permohonan PBG rumah tinggal saya dengan No. registrasi 503/PBG/2026/{g.digits(5)} atas nama {N(p.full)} sudah 4 bulan belum terbit. "
        f"Lokasi bangunan di rumah saya sendiri, {A(g.home())}. Petugas DPMPTSP minta tambahan {g.rp()} tanpa kwitansi."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    p, w = g.person("M"), g.person("F")
    return (
        f"NIK istri sy {N(w.full)} di KK tercatat {NIK(g.nik(True))}, tapi di KTP-nya {NIK(g.nik(True))}. Di KK sy ({KK(g.kk_no())}) juga tanggal lahirnya salah. "
        f"Mohon diperbaiki. Sy {N(p.full)}."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    nik = g.nik(p.female)
    cut = g.n(5, 12)
    extra = nik[:cut] + str(g.n(0, 9)) + nik[cut:]
    return f"Waktu isi form online sy salah ketik NIK {NIK(extra)} (kelebihan satu angka) dan sekarang pengajuan KIA anak sy terkunci. Nama sy {N(p.full)}, telp {PH(g.phone())}."


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy punya usaha perorangan jual bahan bangunan. NPWP pribadi sy {TAX(g.npwp(p.female))} sdh terdaftar di OSS, tapi NIB tidak bisa terbit krn katanya NPWP tidak padan dengan NIK {NIK(g.nik(p.female))}. "
        f"Mohon dibantu. {N(p.full)}"
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    p, q = g.person(), g.person()
    company = g.c([c for c in COMPANIES if c.startswith(("PT", "CV"))])
    return (
        f"Tanah warisan keluarga kami di Kel. {g.kel()} dijual oleh {q.hon.lower()} {N(q.full)} kepada {company}, NPWP {g.company_npwp()}, tanpa persetujuan ahli waris lain. "
        f"Akta jual belinya nomor {g.n(10, 300)}/2026. Sy salah satu ahli waris, {N(p.full)}, {PH(g.phone())}."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"Bendahara minta NPWP semua guru honor. Ini punya sy {TAX(g.nik(p.female))}. Tapi katanya tidak valid di e-Bupot, padahal sdh padan NIK. Mohon info. {N(p.full)}"


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"NPWP koperasi tempat saya menjadi anggota {g.company_npwp()} diblokir sehingga SHU anggota tidak bisa dibagi. Saya {N(p.full)}, anggota sejak 2018, rumah {A(g.home())}."


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy {N(p.full)} sudah pindah dari {A(g.home())} ke {A(g.home())} sejak {g.c(MONTHS)}. Surat pindah sudah keluar, tapi KTP baru masih alamat lama. "
        f"No. KK baru {KK(g.kk_no())}."
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    f = g.person("M", mixed=False)
    p = g.child(f)
    return (
        f"Bapa sy {N(f.full)} meninggal {g.date()}. Untuk akta kematian sy sdh serahkan KTP alm (NIK {NIK(g.nik(False, 1940, 1965))}) dan KK ({KK(g.fmt16(g.kk_no(), g.c(['block', 'four'])))}). "
        f"Sampai sekarang akta blm jadi, padahal dana duka dari Dinsos perlu akta. {N(p.full)}"
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    nik = g.nik(p.female)
    cut = g.c([8, 10, 11])
    return (
        f"Data permohonan KTP-el\nNama : {N(p.full.upper())}\nNIK : {NIK(nik[:cut] + chr(10) + nik[cut:])}\n"
        f"Alasan : rusak\nNo. antrean {g.n(10, 99)}, loket {g.n(1, 5)}"
    )


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"No. KK : {KK(g.ocr(g.kk_no(), 2))}\nNama kepala keluarga : {N(p.full.upper())}\nKK ini hasil foto yg kabur, mohon petugas cek angka yg benar di database."


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Saya, {N(p.full)}, pemilik CV Maju Bersama, beralamat di {A(g.home())}, keberatan atas pencabutan izin usaha kami oleh DPMPTSP. "
        f"CV Maju Bersama, NPWP {g.company_npwp()}, beralamat di Jl. Soeharto No. {g.n(1, 90)}, sudah membayar semua retribusi."
    )


@T("land_civil")
def _(g: Gen) -> str:
    p = g.person()
    return f"ＮＩＫ saya {NIK(g.fmt16(g.nik(p.female), 'full'))} ditolak waktu daftar akun online, katanya format salah. Saya salin dari aplikasi di HP. {N(p.full)}"  # noqa: RUF001


@T("land_civil")
def _(g: Gen) -> str:
    p = g.person()
    return f"Sy {N(p.full)}, NIK {NIK(g.fmt16(g.nik(p.female), 'nbsp'))}, sdh rekam KTP-el sejak 2024 tapi statusnya masih 'belum cetak'. Kenapa?"


@T("land_civil")
def _(g: Gen) -> str:
    p = g.person()
    q = g.person()
    return (
        f"Lahan kami di belakang rumah kami, {A(g.street_no())}, diklaim oleh {N(q.full)} dengan sertifikat yang terbit 2025. "
        f"Kami punya SHM No. {g.n(100, 9999):05d} terbit 1998. Sudah lapor ke BPN dengan nomor berkas {g.n(10000, 99999)}/2026. {N(p.full)}"
    )


@T("land_civil")
def _(g: Gen) -> str:
    full = g.c(["ABDULLAH BAHASUAN", "UMAR BARAQBAH", "SALIM ALHABSYI"])
    g.taken.update(full.title().split())
    born, nik = ktp_date(g, False)
    return f"NIK : {NIK(nik)}\nNama : {N(full)}Tempat/Tgl Lahir : KUPANG, {born}\nHasil scan KTP di aplikasi begini, nama dan tempat lahir menyatu. Mohon diperbaiki."


@T("land_civil")
def _(g: Gen) -> str:
    given = g.c(["BUDI", "YAKOB", "PAULUS", "MARIA"])
    family = g.c(["SABNENO", "BENU", "SELAN", "BESSIE"])
    g.taken.update({given.title(), family.title()})
    ocr = family.replace("S", "5", 1) if "S" in family else family.replace("B", "8", 1)
    born, nik = ktp_date(g, given == "MARIA")
    return f"Data dari scan KTP:\nNama : {N(given + ' ' + ocr)}\nNIK : {NIK(nik)}\nLahir : {born}\nNama saya jadi ada angkanya. Tolong dikoreksi di sistem."


@T("land_civil", 2)
def _(g: Gen) -> str:
    p, w = g.person("M"), g.person("F")
    return f"Sy mau lapor SPT tahunan. NPWP sy {TAX(g.npwp_old())}, NPWP istri sy {N(w.given)} {TAX(g.npwp(True))}. Kenapa di sistem istri tercatat sbg tanggungan sy? {N(p.full)}"


@T("land_civil", 2)
def _(g: Gen) -> str:
    f = g.person("M", mixed=False)
    p = g.child(f)
    return f"Warisan alm. bapa sy {N(f.full)} (NPWP alm {TAX(g.npwp_old())}) masih tercatat wajib pajak aktif dan ditagih denda. Sy anaknya, {N(p.full)}, minta NPWP alm dihapus."


@T("land_civil")
def _(g: Gen) -> str:
    p = g.person()
    return f"KK SAYA DOBEL, NAMA SAYA ADA DI KK ORANG TUA DAN DI KK SAYA SENDIRI ({KK(g.kk_no())}). SAYA {N(p.full.upper())}. MOHON DIHAPUS SATU."


@T("land_civil", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"Bendahara kantor minta NPWP kami, sy kirim punya sy: {TAX(g.npwp16())}. Tapi NPWP bendahara {g.company_npwp()} yang dipakai di bukti potong. Mana yang benar? {N(p.full)}"


# land_civil without personal data
@T("land_civil")
def _(g: Gen) -> str:
    return f"NOP {g.nop()} tahun 2026 tagihannya {g.rp()}, padahal tahun lalu jauh lebih kecil. Apakah NJOP di Kel. {g.kel()} naik?"


@T("land_civil")
def _(g: Gen) -> str:
    return f"Blangko KTP-el di Dukcapil habis lagi sejak {g.date()}. Warga disuruh pakai surat keterangan dulu. Sampai kapan?"


@T("land_civil")
def _(g: Gen) -> str:
    return "Tanah kosong di Jl. Timor Raya Km 8 dipakai buang puing bangunan. Siapa pemiliknya dan kenapa dibiarkan?"


@T("land_civil")
def _(g: Gen) -> str:
    return f"Surat nomor {g.letter_no()} dari kelurahan soal pengukuran ulang tanah tidak sampai ke warga. Tolong diumumkan di papan kantor lurah."


@T("land_civil")
def _(g: Gen) -> str:
    return f"Izin PBG toko di Jl. Soeharto nomor 503/PBG/2026/{g.digits(5)} terpasang, tapi bangunannya sampai ke badan jalan. Mohon dicek DPMPTSP."


@T("land_civil")
def _(g: Gen) -> str:
    return f"Nomor transaksi {g.trx()} untuk pembayaran BPHTB sudah sukses di bank tapi belum tercatat di Bapenda. Kode billing {g.billing()}."


@T("land_civil")
def _(g: Gen) -> str:
    return f"NIB {g.nib()} atas nama {g.c(COMPANIES)} tidak muncul di OSS padahal sudah terbit {g.date()}. Mohon DPMPTSP bantu."


@T("land_civil")
def _(g: Gen) -> str:
    return f"Kantor BPN Kota Kupang di Jl. Frans Seda antreannya panjang sekali, nomor antrean {g.n(100, 300)} baru dipanggil sore. Apa tidak bisa online?"


@T("land_civil")
def _(g: Gen) -> str:
    return f"Kenapa akta kelahiran anak sekarang harus diambil sendiri di kantor? Dulu bisa lewat kelurahan. Kami di Kel. {g.kel()} jauh dari Dukcapil."


@T("land_civil")
def _(g: Gen) -> str:
    return f"PT Flobamora Jaya Abadi, NPWP badan {g.company_npwp()}, membangun gudang di lahan sengketa dekat Jl. Timor Raya. Warga minta izin lingkungannya diperiksa."


@T("land_civil")
def _(g: Gen) -> str:
    return f"Sertifikat tanah program PTSL di Kel. {g.kel()} sudah dijanjikan {g.c(MONTHS)} tahun lalu. Sampai sekarang warga belum terima satu pun."


@T("land_civil")
def _(g: Gen) -> str:
    return f"Apakah pengurusan KK karena pisah rumah dipungut biaya? Di loket diminta {g.rp()} untuk map dan materai."


@T("land_civil")
def _(g: Gen) -> str:
    return f"Nomor registrasi permohonan akta kematian 5371-KM-{g.n(10, 28)}{g.n(1, 12):02d}2026-{g.digits(4)} sudah lewat 14 hari kerja. Status di aplikasi masih 'verifikasi'."


@T("land_civil")
def _(g: Gen) -> str:
    return f"Retribusi persetujuan bangunan untuk rumah tipe 36 berapa? Kalkulator di website menunjukkan {g.rp()}, petugas bilang lain."


# --------------------------------------------------------------------------------------------
# market_transport: markets, shops, drivers, plates, towing, fines, receipts and invoices
# --------------------------------------------------------------------------------------------


def shop(g: Gen) -> str:
    return g.c([c for c in COMPANIES if c.startswith(("Toko", "UD", "CV", "PT"))])


@T("market_transport", 2)
def _(g: Gen) -> str:
    d, p = g.person("M"), g.person()
    return (
        f"Sopir angkot lampu {g.n(1, 12)} dengan plat {PL(g.plate())} ugal-ugalan dan merokok sambil nyetir, penumpang anak sekolah ketakutan. "
        f"Namanya kalau tidak salah {N(d.given)}. Sy penumpang, {N(p.full)}, {PH(g.phone())}."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    bank, acct = g.account(g.c(["BRI", "BNI", "Bank NTT"]))
    return (
        f"Mobil sy {PL(g.plate())} diderek dari depan rumah sy sendiri di {A(g.home())}. Petugas bilang harus tebus {g.rp()} dan transfer ke rek {bank} {REK(acct)} a.n. {N(o.full)}, katanya rekening petugas lapangan. "
        f"Apa ini resmi? {N(p.full)}"
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    cashier, p = g.person(), g.person()
    store = shop(g)
    return (
        f"{store.upper()}\nJl. {g.street()} No. {g.n(1, 90)} Kupang\nNPWP: {g.company_npwp()}\nNo. Nota: {g.n(10000, 99999)}  Tgl: {g.date()}\nKasir: {N(cashier.given)}\n"
        f"Semen 50kg x {g.n(5, 30)}\nBesi 10mm x {g.n(5, 40)}\nTotal: {g.rp()}\n\n"
        f"Nota di atas untuk barang yang sdh sy bayar lunas tapi tidak diantar sampai sekarang. Sy {N(p.full)}, HP {PH(g.phone())}."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p = g.person()
    seller = shop(g)
    return (
        f"FAKTUR PAJAK\nPenjual: {seller}\nNPWP Penjual: {g.company_npwp()}\n"
        f"Pembeli: {N(p.full)}\nNPWP Pembeli: {TAX(g.npwp(p.female))}\nAlamat Pembeli: {A(g.home())}\n"
        f"DPP: {g.rp()}  PPN: {g.rp()}\n\nFaktur ini salah nama, mohon dibantu koreksi."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p = g.person("F")
    return (
        f"Sy {N(p.full)}, pedagang sayur di {g.c(MARKETS)} los {g.c('ABCD')} no {g.n(1, 40)}. Petugas pasar tarik retribusi {g.rp()} tiap hari tanpa karcis. "
        f"Kalau tidak bayar lapak kami dibongkar. HP sy {PH(g.phone())}."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p = g.person("M")
    return (
        f"Motor sy {PL(g.plate())} hilang waktu parkir di depan {g.c(MARKETS)}. Tukang parkir bilang tidak tanggung jawab. "
        f"Orang di sana suruh hubungi koordinator, pangkalan ojek depan Pasar Kuanino tu nomor {g.office_mobile()}, tapi tidak diangkat. Sy {N(p.full)}, {PH(g.phone())}."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p, o = g.person("M"), g.person("M")
    return (
        f"SIM C sy no {g.digits(12)} ditahan waktu razia di Jl. El Tari, motor {PL(g.plate())}. Petugas yg namanya {N(o.full)} minta {g.rp()} biar SIM dikembalikan tanpa sidang. "
        f"Sy {N(p.full)}."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    j, p = g.person("M"), g.person()
    return (
        f"Juru parkir di depan {shop(g)}, namanya {N(j.full)}, minta Rp 5.000 padahal karcis resmi Rp 2.000. Kalau tidak mau dia marah-marah. "
        f"Tolong Dishub tertibkan. {N(p.given)}"
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    d, p = g.person("M"), g.person()
    return (
        f"Sy naik travel ke Soe tgl {g.date()}, telp travel {g.office_mobile()}. Sopirnya, {N(d.full)}, bawa mobil {PL(g.plate())} ugal-ugalan dan muat penumpang sampai 12 orang. "
        f"Sy {N(p.full)}, {PH(g.phone())}."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p = g.person()
    market = g.c(MARKETS)
    return (
        f"Sy pemilik toko sembako di {market}, HP {PH(g.phone())}. NPWP toko {g.company_npwp()} sudah terdaftar, tapi retribusi kios kami ditagih dua kali oleh dua petugas berbeda. "
        f"{N(p.full)}"
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Faktur dari Bengkel Maju Motor: NPWP {g.company_npwp()}\nPelanggan: {N(p.full)}\nNo. Pol: {PL(g.plate('std'))}\nServis: ganti kampas rem, oli\nTotal: {g.rp()}\n\n"
        f"Bengkel ini pakai bahu jalan untuk servis, mobil pelanggan parkir sampai ke tengah jalan."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    m = g.person("F")
    return (
        f"Mama {N(m.full)} papalele ikan di {g.c(MARKETS)}, dong usir dari tempat jual yg su 10 tahun. Petugas bilang tempat itu su dikontrak orang lain. "
        f"Mama pung anak bisa dihubungi di {PH(g.phone())}."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    o, p = g.person("M"), g.person()
    return (
        f"Truk {PL(g.plate())} milik {o.hon} {N(o.full)} tiap hari muat pasir lebih dari kapasitas lewat jalan lingkungan {A(g.rtrw('pad2'))}, jalan sudah hancur. "
        f"Sudah ditegur tapi jawabnya dia punya izin. {N(p.full)}"
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy {N(p.full)} kena denda parkir {g.rp()} di {g.c(MARKETS)}, kwitansi no {g.n(1000, 9999)}, mobil {PL(g.plate())}. "
        f"Sy sudah bayar tapi bukti bayar tidak dikasih. Tolong dikirim ke email {EM(g.email(p))}."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p = g.person("F")
    return (
        f"Sy jual kue dari rumah, {A(g.home())}, dan pesan lewat HP {PH(g.phone())}. Petugas Satpol PP datang bilang sy harus urus izin {g.rp()} atau tutup. "
        f"Apa usaha rumahan juga wajib? {N(p.full)}"
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    bank, acct = g.account(g.c(["BCA", "BRI", "Mandiri"]))
    return (
        f"Sy transfer DP {g.rp()} ke rek {bank} {REK(acct)} a.n. {N(o.full)} untuk beli motor bekas {PL(g.plate())} yang diiklankan di grup jual beli Kupang. "
        f"Sesudah transfer nomornya tidak aktif. {N(p.full)}, {PH(g.phone())}"
    )


@T("market_transport")
def _(g: Gen) -> str:
    a, b = g.person("M"), g.person()
    return (
        f"Kondektur bus Kupang-Atambua, {N(a.full)}, menurunkan penumpang lansia di tengah jalan karena tidak mau tambah bayar. Penumpang itu {b.hon} {N(b.full)}, tetangga saya. "
        f"Busnya {PL(g.plate())}."
    )


@T("market_transport")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy {N(p.full)}, sopir pick up {PL(g.plate('tight'))}. Di Terminal Oebobo kami dipungut {g.rp()} tiap masuk tanpa karcis. "
        f"Sy bisa jadi saksi, hubungi {PH(g.phone())}."
    )


@T("market_transport")
def _(g: Gen) -> str:
    p = g.person("F")
    return f"Kios sekaligus rumah sy di {A(g.street_no())} dibongkar Satpol PP karena katanya melanggar sempadan jalan. Padahal sy tinggal di situ dengan 3 anak. {N(p.full)}, {PH(g.phone())}"


@T("market_transport")
def _(g: Gen) -> str:
    p = g.person("M")
    return (
        f"Sy {N(p.full)}, sopir bemo {PL(g.plate('lower'))}. Tiap pagi di depan {g.c(MARKETS)} ada orang minta uang keamanan Rp 10.000. Kalau tidak bayar kaca mobil dipukul. "
        f"NIK sy {NIK(g.nik(False))} kalau perlu data."
    )


@T("market_transport", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"INVOICE\nKepada: {N(p.full)}\nAlamat: {A(g.home())}\nNPWP: {TAX(g.npwp(p.female))}\n"
        f"Dari: {shop(g)}, NPWP {g.company_npwp()}\nJasa angkut material {g.rp()}\n\nInvoice ini ditagih dua kali ke saya."
    )


@T("market_transport")
def _(g: Gen) -> str:
    p, o = g.person(), g.person("M")
    return f"Bus sekolah gratis Pemkot {PL(g.plate())} sering telat. Sopirnya, Pak {N(o.given)}, bilang bensin tidak cukup. Anak sy jadi terlambat tiap hari. {N(p.full)}, orang tua murid."


@T("market_transport")
def _(g: Gen) -> str:
    p = g.person()
    return f"Sy {N(p.full)} pesan tabung gas lewat telp pangkalan, {g.office_mobile()}, ternyata nomor travel. Yg benar pangkalan di {g.c(MARKETS)}. Harga gas 3 kg di sana {g.rp()}, di atas HET."


@T("market_transport")
def _(g: Gen) -> str:
    p = g.person("M")
    return f"Sy {N(p.full)}, tukang ojek pangkalan Oesapa. Motor sy {PL(g.plate())} ditahan Dishub karena katanya parkir liar, padahal itu pangkalan resmi. HP sy {PH(g.phone())}."


@T("market_transport")
def _(g: Gen) -> str:
    p = g.person("F")
    return f"Pembeli online bayar pakai transfer ke rek BRI sy {REK(g.account('BRI')[1])} a.n. {N(p.full)}, lalu lapor ke bank bilang ditipu padahal barang sudah dikirim. Rekening sy diblokir. Sy jual baju dari rumah."


@T("market_transport")
def _(g: Gen) -> str:
    d = g.person("M")
    return f"Angkot {PL(g.plate('tight'))} menabrak pagar sekolah lalu sopirnya, {N(d.given)}, kabur. Saksi banyak. Mohon Dishub cek izin trayeknya."


# market_transport without personal data
@T("market_transport")
def _(g: Gen) -> str:
    return f"Harga cabai di Pasar Oebobo naik jadi Rp {g.n(60, 120)}.000 per kg. Dinas Perdagangan tolong operasi pasar."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Angkot lampu {g.n(1, 12)} tidak lewat Jl. Frans Seda lagi sesudah jam {g.time()}. Anak sekolah jalan kaki jauh."


@T("market_transport")
def _(g: Gen) -> str:
    store = shop(g)
    return (
        f"{store.upper()}\nJl. {g.street()} No. {g.n(1, 90)} Kupang\nNPWP: {g.company_npwp()}\nKasir: 03\nNo. {g.n(10000, 99999)}\n"
        f"Beras 25kg x 1  {g.rp()}\nMinyak 2L x 2  {g.rp()}\n\nStruk ini menunjukkan harga beras di atas HET."
    )


@T("market_transport")
def _(g: Gen) -> str:
    return (
        f"Apotek K24 Oebobo {g.office_mobile()} jual obat keras tanpa resep. Mohon Dinkes periksa."
    )


@T("market_transport")
def _(g: Gen) -> str:
    return f"WA bengkel {g.office_mobile()} yang ada di stiker itu tidak bisa dihubungi. Bengkel itu pakai trotoar Jl. Soeharto untuk parkir motor servis."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Kalo yg {g.office_mobile()} itu nomor bengkel, bukan nomor Dishub. Jadi yang derek mobil kemarin siapa? Tidak ada surat tugas."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Nomor {g.office_mobile()} di papan nama kios tu nomor lama toko, sudah tidak aktif. Kios itu buang sampah ke got tiap malam."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Derek resmi Dishub bisa dihubungi di {g.office_line()}. Jangan percaya orang yang minta tebusan langsung di lokasi."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Tarif angkot di Terminal Kupang naik jadi Rp {g.c(['5.000', '6.000', '7.000'])} tanpa pengumuman. Apa sudah ada SK Wali Kota?"


@T("market_transport")
def _(g: Gen) -> str:
    return f"Faktur dari Bengkel Maju Motor: NPWP {g.company_npwp()}, nomor faktur {g.n(100, 999)}.{g.n(100, 999)}-26.{g.digits(8)}. Bengkel ini tidak mau kasih faktur kalau tidak diminta."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Karcis retribusi {g.c(MARKETS)} no {g.n(1, 9999):06d} tertulis Rp 2.000 tapi petugas tarik Rp 5.000. Sudah lama begini."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Toko Sinar Abadi di Jl. Soeharto No. 45 bongkar muat barang di badan jalan jam {g.time()}, macet sampai Bundaran PU."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Pangkalan ojek depan Pasar Kuanino tu nomor {g.office_mobile()}, mereka pasang tarif Rp 30.000 ke bandara. Ojek online dilarang masuk."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Jadwal bus DAMRI ke Bandara El Tari tidak sesuai papan. Bus jam {g.time()} sering tidak datang. Info layanan {g.office_line()}."


@T("market_transport")
def _(g: Gen) -> str:
    return f"Rumah Makan Padang Sederhana di Jl. {g.c(PERSON_STREETS)} parkir pelanggannya sampai dua lapis. Telp rumah makan {g.office_line()} tidak pernah diangkat."


# --------------------------------------------------------------------------------------------
# scam_warning: scams and extortion, numbers posing as offices', accounts, dodged mailboxes
# --------------------------------------------------------------------------------------------

POSING_MAILBOXES = [
    "bansos.kemensos.ntt@gmail.com",
    "pajak.kupang.resmi@gmail.com",
    "dukcapil.kotakupang.online@gmail.com",
    "rekrutmen.pemkotkupang@gmail.com",
    "bpjs.kesehatan.kupang@yahoo.com",
    "inspektorat.kotakupang.id@gmail.com",
]


@T("scam_warning", 2)
def _(g: Gen) -> str:
    o = g.person()
    bank, acct = g.account(g.c(["BRI", "BNI", "Mandiri"]))
    return (
        f"Hati-hati! Ada WA yang mengaku dari Dinas Sosial, nomor {g.office_mobile()}, minta transfer {g.rp()} untuk 'biaya admin' pencairan BST ke rek {bank} {REK(acct)} a.n. {N(o.full)}. "
        f"Dinsos tidak pernah minta biaya apa pun. Tolong sebarkan."
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy {N(p.full)} ditelepon orang yang mengaku petugas BPJS, katanya kartu sy mau dinonaktifkan. Dia minta NIK dan nomor KK. "
        f"Sy sudah terlanjur kasih NIK {NIK(g.nik(p.female))} dan KK {KK(g.kk_no())}. Apa yang harus sy lakukan? HP sy {PH(g.phone())}."
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    o, w, p = g.person("M"), g.person("F"), g.person()
    bank, acct = g.account()
    return (
        f"Oknum pegawai {g.c(['DPMPTSP', 'Dinas Perdagangan', 'Dinas PUPR'])} bernama {N(o.full)} minta uang {g.rp()} agar izin usaha sy cepat keluar. Uang disuruh transfer ke rekening istrinya, {bank} {REK(acct)} a.n. {N(w.full)}. "
        f"Bukti transfer sy simpan. {N(p.full)}"
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Ada email dari {g.c(POSING_MAILBOXES)} minta data KTP dan foto selfie untuk 'verifikasi bansos'. Itu bukan email resmi. "
        f"Kalau ada yang sudah kirim data, hubungi sy di {EM(g.dodge(g.email(p), in_turn('posing', 'brackets', 'keong')))} supaya kita lapor sama-sama. {N(p.given)}"
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Dapat surat tagihan pajak dari pajak.kupang.resmi@gmail.com — resmi atau tidak? Di surat tertulis denda {g.rp()} dan harus bayar ke VA {g.va()}. "
        f"Sy {N(p.full)}, wajib pajak NPWP {TAX(g.npwp(p.female))}."
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person("F")
    c = g.child(p)
    return (
        f"Awas modus 'mama minta pulsa' versi baru. Sy dapat SMS dari nomor {PH(g.phone('block'))} mengaku anak sy {N(c.given)}, katanya HP rusak dan minta transfer {g.rp()}. "
        f"Padahal {N(c.given)} ada di rumah. Nomor anak sy yang asli {PH(g.phone())}. {N(p.full)}"
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Lowongan honorer Pemkot Kupang yang beredar di Facebook itu penipuan. Pendaftar diminta kirim berkas ke rekrutmen.pemkotkupang@gmail.com dan bayar {g.rp()}. "
        f"Adik sy sudah kena. Yang mau lapor bersama bisa kontak sy, {N(p.full)}, WA {PH(g.phone())}."
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Debt collector pinjol menyebar data sy ke semua kontak: nama {N(p.full)}, NIK {NIK(g.fmt16(g.nik(p.female), g.c(['block', 'four'])))}, foto KTP, dan alamat rumah {A(g.home())}. "
        f"Mereka juga ancam datang ke kantor. Sy mau lapor ke mana?"
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    s1, p = g.person("M"), g.person()
    return (
        f"Tanah di Kel. {g.kel()} dijual dua kali oleh {N(s1.full)}. Sy sudah bayar DP {g.rp()}, ternyata tanah itu juga dijual ke orang lain. Nomor dia {PH(g.phone())}, sekarang tidak aktif. "
        f"Sy {N(p.full)}, {PH(g.phone())}."
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    _bank, acct = g.account("Bank NTT")
    return (
        f"Ada yang telepon dari nomor {g.office_mobile()} mengaku CS Bank NTT, bilang sy menang undian dan minta kode OTP. Sy sempat sebut nomor rekening sy {REK(acct)} tapi tidak kasih OTP. "
        f"Apakah rekening sy aman? {N(p.full)}"
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p, k = g.person(), g.person()
    return (
        f"Orang yang mengaku wartawan, namanya {N(k.full)}, datang ke {g.c(SCHOOLS)} dan minta uang {g.rp()} ke kepala sekolah supaya berita soal dana BOS tidak dimuat. "
        f"Sy guru di sana, {N(p.full)}."
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Nomor WA sy {PH(g.phone())} dibajak sejak kemarin dan dipakai pinjam uang ke teman-teman gereja. Kalau ada yang dapat pesan dari nomor itu atas nama {N(p.full)}, jangan transfer. "
        f"Sekarang sy pakai {PH(g.phone())} sementara."
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Sy dapat email 'Inspektorat Kota Kupang' <inspektorat.kotakupang.id@gmail.com> yang minta sy bayar {g.rp()} supaya laporan terhadap sy dihentikan. "
        f"Sy tidak pernah dilapor apa-apa. Balasan tolong ke alamat sy {EM(g.dodge(g.email(p), 'et'))}. {N(p.full)}"
    )


@T("scam_warning")
def _(g: Gen) -> str:
    p = g.person("F")
    _bank, acct = g.account("BRI")
    return (
        f"Mama sy {N(p.full)} ditipu orang yang bilang bisa urus sertifikat tanah cepat. Uang {g.rp()} ditransfer dari rekening mama, BRI {REK(acct)}, ke orang itu. "
        f"Orangnya pakai nama Pak Camat, tapi nomor WA-nya {g.office_mobile()} bukan nomor kantor camat."
    )


@T("scam_warning")
def _(g: Gen) -> str:
    p, q = g.person(), g.person()
    return (
        f"Warga RT kami jadi korban arisan bodong yang dikelola {q.hon} {N(q.full)} di {A(g.home())}. Total uang warga {g.rp()} tidak kembali. "
        f"Sy koordinator korban, {N(p.full)}, {PH(g.phone())}, email {EM(g.email(p))}."
    )


@T("scam_warning")
def _(g: Gen) -> str:
    p = g.person()
    return (
        f"Modus baru: kurir paket minta sy bayar ongkir COD {g.rp()} untuk paket yang tidak pernah sy pesan, alamat tujuan {A(g.street_no())}, nama penerima {N(p.full)} — itu nama dan rumah sy. "
        f"Dari mana mereka dapat data sy?"
    )


@T("scam_warning")
def _(g: Gen) -> str:
    p = g.person()
    return f"Saya {N(p.full)}. Ada yang mengirim email atas nama saya dari alamat palsu, padahal email saya yang asli {EM(g.email(p))}. Mohon abaikan permintaan uang apa pun atas nama saya."


@T("scam_warning")
def _(g: Gen) -> str:
    p = g.person()
    _bank, acct = g.account("BNI")
    return f"Penipu minta sy kirim uang ke BRIVA 12345 {g.mobile()} katanya biaya administrasi KUR. Untung sy cek dulu. Sy sempat kasih nomor rek BNI sy {REK(acct)} ke dia. {N(p.full)}"


@T("scam_warning")
def _(g: Gen) -> str:
    p, o = g.person(), g.person("M")
    return (
        f"Pemerasan: seorang pegawai Satpol PP, {N(o.full)}, datang ke warung sy di {A(g.home())} (warung di depan rumah) dan minta {g.rp()} per bulan supaya tidak digusur. "
        f"Plat motornya {PL(g.plate())}. Sy {N(p.full)}."
    )


@T("scam_warning", 2)
def _(g: Gen) -> str:
    p = g.person()
    return f"Ada yang pakai NPWP sy {TAX(g.npwp(p.female))} untuk faktur pajak perusahaan yang sy tidak kenal. Sy baru tahu waktu lapor SPT. Sy {N(p.full)}, NIK {NIK(g.nik(p.female))}."


@T("scam_warning")
def _(g: Gen) -> str:
    p = g.person()
    return f"Hati-hati, ada akun FB mengaku 'Admin Bansos Kota Kupang' minta kirim foto KK. Sy sudah terlanjur kirim KK sy {KK(g.kk_no())}. Tolong Dukcapil blokir kalau disalahgunakan. {N(p.full)}"


@T("scam_warning")
def _(g: Gen) -> str:
    p = g.person()
    return f"Kartu BPJS sy {BP(g.bpjs())} dipakai orang lain berobat di klinik swasta, tercatat 3 kunjungan yang sy tidak pernah datang. Sy {N(p.full)}, {PH(g.phone())}."


@T("scam_warning")
def _(g: Gen) -> str:
    p = g.person()
    return f"Pengaduan: 112 atau WA {g.office_mobile()} — itu yang tertulis di selebaran palsu 'Pemadam Kebakaran' yang minta iuran. Sy {N(p.full)} sudah foto selebarannya."


@T("scam_warning")
def _(g: Gen) -> str:
    p, o = g.person(), g.person("M")
    return (
        f"Orang yang mengaku petugas Dukcapil datang ke rumah sy di {A(g.home())} dan foto KTP serta KK sy. Katanya untuk 'pemutakhiran data'. Dia bilang namanya {N(o.full)}. "
        f"Setelah sy cek ke kelurahan, tidak ada petugas begitu. {N(p.full)}"
    )


@T("scam_warning")
def _(g: Gen) -> str:
    p, o = g.person(), g.person()
    _bank, acct = g.account("BCA")
    return (
        f"Sy korban investasi bodong 'arisan online Kupang'. Sy transfer {g.rp()} ke rek BCA {REK(acct)} a.n. {N(o.full)}. Sudah 3 bulan tidak ada keuntungan dan admin hilang. "
        f"Korban lain silakan hubungi sy, {N(p.full)}, {PH(g.phone())}."
    )


@T("scam_warning")
def _(g: Gen) -> str:
    p = g.person()
    return f"Penipuan COD: paket datang ke rumah sy, {A(g.home())}, atas nama {N(p.full)}, isinya batu. Kurir minta bayar {g.rp()} dan sudah terlanjur dibayar mama. Resi JP{g.digits(10)}."


# scam_warning without personal data (more)
@T("scam_warning")
def _(g: Gen) -> str:
    return f"Hati-hati modus 'salah transfer': ada yang kirim Rp {g.n(100, 900)}.000 lalu minta dikembalikan ke rekening lain. Kembalikan hanya lewat bank."


@T("scam_warning")
def _(g: Gen) -> str:
    return "Info: akun Instagram @pemkotkupang.bansos bukan akun resmi. Akun resmi Pemkot tidak pernah meminta data pribadi lewat DM."


@T("scam_warning")
def _(g: Gen) -> str:
    return "Waspada SMS berisi link APK 'Undangan Pernikahan' atau 'Surat Tilang'. Jangan dipasang, bisa kuras rekening. Laporkan nomor pengirim ke 1708 atau aduannomor.id."


# scam_warning without personal data
@T("scam_warning")
def _(g: Gen) -> str:
    return f"PENGUMUMAN: Dinas Sosial Kota Kupang tidak pernah meminta biaya pencairan bansos. Abaikan WA dari nomor {g.office_mobile()} yang mengaku admin PKH."


@T("scam_warning")
def _(g: Gen) -> str:
    return "Waspada! Email bansos.kemensos.ntt@gmail.com bukan email resmi Kemensos. Jangan kirim foto KTP dan KK ke alamat itu."


@T("scam_warning")
def _(g: Gen) -> str:
    return f"Ada WA yang mengaku dari Dukcapil, nomor {g.office_mobile()}, menawarkan KTP jadi dalam sehari dengan bayar {g.rp()}. Itu penipuan, pelayanan Dukcapil gratis."


@T("scam_warning")
def _(g: Gen) -> str:
    return f"Hati-hati SMS undian berhadiah mengatasnamakan Bank NTT. Bank tidak pernah minta kode OTP. Call center resmi hanya {g.office_line()}."


@T("scam_warning")
def _(g: Gen) -> str:
    return f"Kode OTP {g.digits(6)} jangan diberikan ke siapa pun, termasuk yang mengaku petugas BPJS. Call center BPJS Kesehatan 165."


@T("scam_warning")
def _(g: Gen) -> str:
    return "Satu-satunya kanal pengaduan resmi Pemkot: SMS 1708 dengan awalan KOTKUPANG, lapor.go.id dan pengaduan [at] kupangkota [dot] go [dot] id. Selain itu palsu."


@T("scam_warning")
def _(g: Gen) -> str:
    return f"Info: WA admin PKH {g.office_mobile()} yang beredar di grup warga adalah nomor palsu. Pendamping PKH resmi datang langsung dengan kartu tugas."


@T("scam_warning")
def _(g: Gen) -> str:
    return "Link pendaftaran bantuan UMKM http://bantuan-umkm-kupang.xyz minta data rekening. Itu situs palsu. Pendaftaran resmi hanya di kantor Dinas Koperasi."


@T("scam_warning")
def _(g: Gen) -> str:
    return f"Ada orang keliling mengaku petugas PDAM dan menagih {g.rp()} untuk ganti meteran. PDAM tidak menagih di rumah. Pembayaran resmi lewat VA {g.va()} atau loket."


@T("scam_warning")
def _(g: Gen) -> str:
    return f"Penipuan lowongan PPPK: pelaku minta transfer dan kirim berkas ke rekrutmen.pemkotkupang@gmail.com. BKPSDM tidak memungut biaya. Info resmi {g.office_line()}."


@T("scam_warning")
def _(g: Gen) -> str:
    return "Ada yang mengaku staf Inspektorat dan menelepon kepala sekolah minta 'uang koordinasi'. Inspektorat tidak pernah begitu. Laporkan ke 1708 dengan nomor laporan, bukan ke nomor pribadi."


@T("scam_warning")
def _(g: Gen) -> str:
    return "Waspada pesan berantai: 'Pemkot bagi sembako gratis, klik link dan isi NIK'. Itu hoaks. Pemkot tidak membagikan sembako lewat link."


@T("scam_warning")
def _(g: Gen) -> str:
    return f"Nomor {g.office_mobile()} mengaku Kapolsek dan minta uang damai ke warga yang motornya ditahan. Itu bukan nomor polisi. Hubungi 110 kalau ragu."


@T("scam_warning")
def _(g: Gen) -> str:
    return "Mailbox dukcapil.kotakupang.online@gmail.com mengirim 'formulir pembaruan data' ke warga. Dukcapil hanya pakai dukcapil@kupangkota.go.id. Jangan dibalas."


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    g = Gen(rng)
    made: list[tuple[str, str, list[dict[str, object]]]] = []
    seen: set[str] = set()
    for style, times, template in TEMPLATES:
        for _ in range(times):
            for _attempt in range(30):
                g.fresh()
                text, spans = strip(template(g))  # type: ignore[operator]
                try:
                    check(text, spans)
                except ProblemError:
                    if _attempt == 29:
                        raise
                    continue
                if text not in seen:
                    break
            else:
                raise ProblemError("no fresh text")
            seen.add(text)
            made.append((style, text, spans))
    rng.shuffle(made)
    return [
        {"id": f"b8-{number:04d}", "text": text, "spans": spans, "style": style}
        for number, (style, text, spans) in enumerate(made, start=1)
    ]


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    styles = Counter(str(r["style"]) for r in records)
    clean = Counter(str(r["style"]) for r in records if not r["spans"])
    kinds = Counter(str(s["kind"]) for r in records for s in r["spans"])  # type: ignore[attr-defined]
    out = sys.stdout
    out.write(f"{len(records)} texts, {sum(kinds.values())} spans\n")
    for style in STYLES:
        out.write(f"  {style}: {styles[style]} texts, {clean[style]} without personal data\n")
    for kind, count in kinds.most_common():
        out.write(f"  {kind}: {count}\n")


if __name__ == "__main__":
    main()
