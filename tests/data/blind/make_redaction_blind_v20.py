# ruff: noqa: RUF001
"""Write the twentieth blind redaction corpus, ``redaction_blind_v20.jsonl``.

The templates below were written by hand from ``docs/redaction-annotation-guide.md`` alone; see
``README-redaction-v20.md``. Run with any Python 3.11: the output is the same on every run
(``random.Random(20270120)``), and the script prints its SHA-256 and its counts.

Template syntax: templates are blocks of text per style, separated by ``~~~``; a line indented
by two spaces continues the line above (joined with one space). ``[[kind:...]]`` labels what is
inside with ``kind``; ``[[{gen:key}]]`` labels one value with its generator's kind; ``{gen:key}``
is a value left unlabelled unless it sits inside a label; ``{gen^:key}`` and ``{gen_:key}`` give
it in capitals or lower case; ``{?a|b}`` picks one alternative; a template opening with
``@CAPS`` or ``@lower`` is written wholly so.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("redaction_blind_v20.jsonl")


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, as a tuple."""
    return tuple(text.split())


SEED = 20270120
FILLS = 3
MAX_DRAWS = 400
GUIDE_KINDS = (
    "name",
    "address",
    "phone",
    "nik",
    "email",
    "plate",
    "bank_account",
    "kk",
    "npwp",
    "bpjs",
)
STYLES = (
    "sms_1708",
    "wa_chat",
    "lapor_form",
    "email_thread",
    "call_note",
    "social_post",
    "letter_minutes",
    "ocr_scan",
    "register_notice",
    "kupang_malay",
)

# ---------------------------------------------------------------------------------------------
# Pools

WOMEN = words(
    "Maria Yuliana Agustina Sofia Marta Dorkas Selvina Erni Novita Priska Kornelia Mariana "
    "Yohana Serlin Oktovina Debora Lodia Naomi Rosalina Yustina Herlina Elisabeth Magdalena "
    "Anjelina Veronika Imelda Apriani Florentina Delfiana Arnoldina Welmince Adriana Fransiska "
    "Paulina Ermelinda Theresia Yosina Margaretha Filomena Katarina Susana Hermina Petronela "
    "Kristina Yuli Merlin Adelina Regina Beatrix Lusia Emiliana Oktaviana Hendrika"
)
MEN = words(
    "Yohanes Agustinus Yakob Dominggus Melkianus Deki Petrus Paulus Markus Simon Yosef Aloysius "
    "Benyamin Soleman Ebed Yermias Nikodemus Daniel Obed Matheus Hendrik Arnold Rudolf Ferdinand "
    "Viktor Imanuel Kornelis Blasius Oktovianus Godlief Elias Lukas Marthen Alfred Gabriel "
    "Stefanus Fransiskus Yulius Adrianus Abraham Ishak Ruben Filipus Mikael Roby Herman Albertus "
    "Yeremia Semuel Hironimus Kristofel Wilem Leonard Sefnat"
)
YOUNG_WOMEN = words(
    "Angel Sherly Vivi Meldy Olin Tasya Cindy Reren Ivon Febi Jesika Yuni Gisel Anggi Rista "
    "Ester Ayu Venny Dina Marlin Selly Nelci"
)
YOUNG_MEN = words(
    "Ricky Gerson Aldo Rian Kevin Dion Fiko Eldo Vino Ferdi Yandi Rendy Edo Jodi Ryan Andre "
    "Steven Rival Alfon Daud Yonas Gilang"
)
GIRLS = words(
    "Kezia Naura Clara Michelle Aurel Keyla Nadin Zefanya Grace Livia Cantika Shalom Eunike "
    "Vania Alya Bella Queen Tiara"
)
BOYS = words(
    "Gilbert Jason Nathan Bryan Efraim Kenan Josua Arkan Rafa Nael Devan Elkana Fredo Yosua "
    "Abiel Reyhan Gibran Aksel"
)
OLD_WOMEN = words(
    "Sarlota Yuditha Ribka Welmina Orpa Sara Yakomina Selfina Martina Dina Agustina Lea Ruth"
)
OLD_MEN = words(
    "Lazarus Zakarias Nahor Habel Yosias Salmon Marthinus Ruben Yusak Lamech Eliezer Barnabas "
    "Gideon Mesak"
)
MIDDLE_W = words("Goreti Imakulata Fransiska Yasinta Margareta Kristiani Anastasia Bernadeta")
MIDDLE_M = words("Aloysius Yoseph Fransiskus Petrus Dominikus Kristoforus Mikhael Benediktus")
FAMILIES = words(
    "Ndun Manafe Tefa Benu Bessie Therik Nenobais Tanone Amalo Fanggidae Mooy Lobo Tnunay "
    "Boimau Sabneno Nubatonis Tlonaen Liunokas Kapioru Neolaka Amtiran Tamelab Loasana Tunliu "
    "Huky Saudale Pandie Kolimon Selan Adoe Haba Bire Nahak Seran Tukan Kelen Dethan Lomi Meko "
    "Banunaek Oematan Lakapu Tuames Toelle Foeh Mesakh Koroh Dillak Nalle Ully Lenggu Taneo "
    "Ndoen Sinlae Neonufa Baok Lapenangga Djahi Kase Mauboy Nope Faot Lalus Nitbani Sjioen "
    "Ratukore Letuna Kiuk Tapatab Ballo Oenunu Pellokila Nenabu Zacharias Kiko Lerik Tallo"
)
FAMILIES = (
    *FAMILIES,
    "Riwu Kaho",
    "Ga Lena",
    "Dju Dara",
    "Mone Ratu",
    "Ludji Pau",
    "Kana Hau",
    "Lado Bire",
    "Huru Dimu",
)
NICKS_M = words("Ucu Eki Oce Tino Ancu Ito Yance Nyong Ose Uce Boy Edi Oni Nus")
NICKS_W = words("Eda Neli Ati Noni Ime Ucu Oce Eti Lin Ina")
# (full name, given part used alone, family part or None), women then men
ETHNIC_W = (
    ("Ni Made Sukerti", "Ni Made", "Sukerti"),
    ("Ni Ketut Sriani", "Ni Ketut", "Sriani"),
    ("Wa Ode Hasna", "Wa Ode Hasna", None),
    ("Rambu Hana Lunggi", "Rambu Hana", "Lunggi"),
    ("Hasnah Daeng Bau", "Hasnah", "Daeng Bau"),
    ("Tan Mei Hwa", "Mei Hwa", "Tan"),
    ("Sri Rahayu", "Sri", "Rahayu"),
    ("Yosefina Ina Kewa", "Yosefina", "Ina Kewa"),
    ("Ni Luh Gede Widiastuti", "Ni Luh", "Widiastuti"),
    ("Lie Siu Lan", "Siu Lan", "Lie"),
)
ETHNIC_M = (
    ("I Wayan Sudarma", "I Wayan", "Sudarma"),
    ("I Nyoman Artawan", "I Nyoman", "Artawan"),
    ("La Ode Saleh", "La Ode Saleh", None),
    ("Umbu Kudu Praing", "Umbu Kudu", "Praing"),
    ("Syamsuddin Daeng Tompo", "Syamsuddin", "Daeng Tompo"),
    ("Liem Kok Hin", "Kok Hin", "Liem"),
    ("Bambang Susilo", "Bambang", "Susilo"),
    ("Yosef Boli Kelen", "Yosef", "Boli Kelen"),
    ("I Gede Suparta", "I Gede", "Suparta"),
    ("Go Tjong Hwa", "Tjong Hwa", "Go"),
)
# regency code, regency, birthplace, plate letters, district count
REGENCIES = (
    ("71", "Kota Kupang", "Kupang", "DH", 6),
    ("01", "Kabupaten Kupang", "Oelamasi", "DH", 24),
    ("02", "Timor Tengah Selatan", "Soe", "DH", 32),
    ("03", "Timor Tengah Utara", "Kefamenanu", "DH", 24),
    ("04", "Belu", "Atambua", "DH", 12),
    ("05", "Alor", "Kalabahi", "DH", 17),
    ("06", "Flores Timur", "Larantuka", "EB", 19),
    ("07", "Sikka", "Maumere", "EB", 21),
    ("08", "Ende", "Ende", "EB", 21),
    ("11", "Sumba Timur", "Waingapu", "ED", 22),
    ("13", "Lembata", "Lewoleba", "EB", 9),
    ("14", "Rote Ndao", "Baa", "DH", 10),
    ("20", "Sabu Raijua", "Seba", "DH", 6),
    ("21", "Malaka", "Betun", "DH", 12),
)
KELURAHAN = (
    ("Alak", ("Alak", "Batuplat", "Fatufeto", "Mantasi", "Manutapen", "Namosain", "Naioni")),
    ("Maulafa", ("Maulafa", "Belo", "Fatukoa", "Kolhua", "Naikolan", "Naimata", "Penfui")),
    ("Oebobo", ("Oebobo", "Oebufu", "Fatululi", "Kayu Putih", "Liliba", "Tuak Daun Merah")),
    ("Kelapa Lima", ("Kelapa Lima", "Oesapa", "Oesapa Barat", "Oesapa Selatan", "Lasiana")),
    ("Kota Raja", ("Bakunase", "Airnona", "Kuanino", "Naikoten I", "Nunleu", "Fontein")),
    ("Kota Lama", ("Airmata", "Bonipoi", "Fatubesi", "Merdeka", "Oeba", "Pasir Panjang")),
)
PUSKESMAS = (
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Puskesmas Alak",
    "Puskesmas Naioni",
    "Puskesmas Oesapa",
    "Puskesmas Pasir Panjang",
    "Puskesmas Manutapen",
    "Puskesmas Oepoi",
    "Puskesmas Penfui",
)
SCHOOLS = (
    "SD Inpres Kolhua",
    "SDN Oetete 1",
    "SD GMIT Kuanino 2",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMPN 12 Kupang",
    "SMAN 3 Kupang",
    "SMKN 4 Kupang",
    "SDK St. Yoseph Naikoten",
    "MTsN Kota Kupang",
    "SD Inpres Oepura 2",
)
MARKETS = ("Pasar Oebobo", "Pasar Kasih Naikoten", "Pasar Oeba", "Pasar Kuanino", "Pasar Penfui")
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Adisucipto",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Prof. Dr. Herman Yohanes",
    "Jl. Amabi",
    "Jl. Cak Doko",
    "Jl. Moh. Hatta",
    "Jl. Perintis Kemerdekaan",
    "Jl. R.A. Kartini",
    "Jl. Frans Lebu Raya",
    "Jl. Sam Ratulangi",
    "Jl. Jend. Sudirman",
    "Jl. Kapten Tendean",
    "Jl. Fetor Funay",
    "Jl. Alfons Nisnoni",
)
HOSPITALS = (
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS Siloam Kupang",
    "RS Leona",
    "RS Kartini Kupang",
    "RS St. Carolus Borromeus",
)
HOME_STREETS = words(
    "Nangka Kenari Kelapa Jambu Nuri Merpati Rote Sabu Flores Bakti Beringin Cemara Cendana "
    "Lontar Sukun Mangga Kakatua Perkutut Rambutan Kedondong Delima Matani Kelinci Durian "
    "Anggrek Melati Teratai Kamboja Kasuari Rajawali Belibis Pelikan Alor Sumba Semangka "
    "Salak Srikaya Manggis Jeruk Pinang Asoka Tanjung Kenanga Herewila Oeleu Bougenville"
)
LANES = words("Sepakat Damai Rukun Harapan Mawar Nusa Indah Sentosa Karya Bersama Sejahtera")
FREE_HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "rocketmail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
)
OFFICE_HOSTS = ("kupangkota.go.id", "nttprov.go.id", "kupangkab.go.id")
MOBILE_PREFIXES = words(
    "0811 0812 0813 0821 0822 0823 0851 0852 0853 0814 0815 0816 0855 0856 0857 0858 0817 "
    "0818 0819 0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0838 0831"
)
MONTHS = words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
JOBS_W = ("Ibu rumah tangga", "Pedagang", "Guru honor", "Wiraswasta", "Petani", "Karyawan swasta")
JOBS_M = ("Petani", "Nelayan", "Sopir", "Wiraswasta", "Buruh harian", "Tukang", "Karyawan swasta")
UNITS = {
    "kel": "KEL",
    "kec": "KEC",
    "dinkes": "DINKES",
    "pupr": "PUPR",
    "duk": "DUKCAPIL",
    "dinsos": "DINSOS",
    "sek": "SEK",
    "pkm": "PKM",
    "bap": "BAPENDA",
    "dlh": "DLHK",
    "dishub": "DISHUB",
}
OCR_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B"}
PHONE_OCR = {"0": "O", "8": "B", "1": "I", "5": "S"}
READ_BACK = str.maketrans("OolISB", "001158")

# ---------------------------------------------------------------------------------------------
# Values


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def group(s: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(s[i : i + size])
        i += size
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


def ocr(rng: random.Random, s: str, table: dict[str, str], share: float = 0.3) -> str:
    out = [table[c] if c in table and rng.random() < share else c for c in s]
    if out == list(s):
        for i, c in enumerate(s):
            if c in table:
                out[i] = table[c]
                break
    return "".join(out)


class Person:
    """One person of one text: name, birth, numbers, home."""

    def __init__(self, ctx: Context, key: str) -> None:  # noqa: PLR0912
        rng = ctx.rng
        self.ctx = ctx
        kind = key.rstrip("0123456789k")
        self.woman = kind.endswith("w")
        age = kind[:-1] if kind[-1:] in "wm" else ""
        year_now = 2026
        if age == "y":
            born = rng.randint(1998, 2006)
        elif age == "c":
            born = rng.randint(2008, 2021)
        elif age == "t":
            born = rng.randint(2008, 2011)
        elif age == "o":
            born = rng.randint(1938, 1960)
        else:
            born = rng.randint(1962, 1988)
        self.birth = datetime.date(born, rng.randint(1, 12), rng.randint(1, 28))
        self.age = year_now - born
        if key.endswith("k") or rng.random() < 2 / 3:
            region = REGENCIES[0]
        else:
            region = rng.choice(REGENCIES[1:])
        self.district = rng.randint(1, region[4])
        father_key = "m" + (re.sub(r"\D", "", key) or "1") + "k"
        if key.endswith("k") and key[0] in "ct" and father_key not in ctx.people:
            ctx.person(father_key)
        father = ctx.people.get(father_key)
        if age in ("c", "t") and father is not None:
            region, self.district = father.region, father.district
        self.region = region
        number = re.sub(r"\D", "", key) or "1"
        self.ethnic = None
        for _ in range(200):
            middle = ""
            family_from = None
            if age == "x":
                self.ethnic = rng.choice(ETHNIC_W if self.woman else ETHNIC_M)
                full, given, fam = self.ethnic
                first = given.split()[-1] if given.startswith(("I ", "Ni ")) else given
                family = fam or ""
                parts = full.split()
            else:
                if age == "y":
                    pool = YOUNG_WOMEN if self.woman else YOUNG_MEN
                elif age in ("c", "t"):
                    pool = GIRLS if self.woman else BOYS
                elif age == "o":
                    pool = OLD_WOMEN if self.woman else OLD_MEN
                else:
                    pool = WOMEN if self.woman else MEN
                first = rng.choice(pool)
                if age in ("", "o") and rng.random() < 0.3:
                    middle = rng.choice(MIDDLE_W if self.woman else MIDDLE_M)
                family = rng.choice(FAMILIES)
                if age in ("c", "t") and (key.endswith("k") or rng.random() < 0.8):
                    family_from = "m" + number + "k"
                    if family_from not in ctx.people and not key.endswith("k"):
                        family_from = "m" + number
                    family = ctx.person(family_from).family
                given = f"{first} {middle}".strip()
                full = f"{given} {family}"
                parts = full.split()
            nick = rng.choice(NICKS_W if self.woman else NICKS_M)
            mine = {w.lower() for w in [*parts, nick] if len(w) >= 3}
            shared = {w.lower() for w in family.split()} if family_from else set()
            if middle and middle == first:
                continue
            if not (mine - shared) & ctx.used:
                break
        ctx.used |= mine
        self.first, self.given, self.family, self.full, self.nick = (
            first,
            given,
            family,
            full,
            nick,
        )
        serial = rng.randint(1, 260)
        day = self.birth.day + (40 if self.woman else 0)
        self.nik = (
            "53"
            + region[0]
            + f"{self.district:02d}"
            + f"{day:02d}{self.birth.month:02d}{self.birth.year % 100:02d}"
            + f"{serial:04d}"
        )
        issued = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.kk = (
            "53"
            + region[0]
            + f"{self.district:02d}"
            + issued.strftime("%d%m%y")
            + f"{rng.randint(1, 9999):04d}"
        )
        kpp = rng.choice(("920", "920", "921", "922", "923", "924"))
        self.npwp15 = str(rng.randint(40, 99)) + digits(rng, 7) + kpp + "000"
        self.bpjs = "000" + digits(rng, 10)
        prefix = rng.choice(MOBILE_PREFIXES)
        self.mobile = prefix + digits(rng, rng.choice((7, 8, 8, 8, 8)))
        self.landline = "03808" + digits(rng, 5)
        self.plate_letters = region[3]


class Context:
    """The values of one text, drawn on demand and kept per generator and key."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.values: dict[tuple[str, str], str] = {}
        self.used: set[str] = set()
        self.numbers: set[str] = set()
        self.base = datetime.date(2026, 1, 12) + datetime.timedelta(days=rng.randint(0, 300))
        while self.base.weekday() > 4:
            self.base += datetime.timedelta(days=1)
        self.dates: dict[str, datetime.date] = {}
        self.hours: dict[str, int] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self, key)
        return self.people[key]

    def fresh(self, make: object) -> str:
        for _ in range(100):
            value = make()  # type: ignore[operator]
            if value not in self.numbers:
                self.numbers.add(value)
                return value
        raise RuntimeError("no fresh value")

    def value(self, gen: str, key: str) -> str:
        if (gen, key) not in self.values:
            if gen not in GENERATORS:
                raise KeyError(f"unknown generator {gen}")
            self.values[(gen, key)] = GENERATORS[gen](self, key)
        return self.values[(gen, key)]

    def date(self, key: str) -> datetime.date:
        if key not in self.dates:
            rng = self.rng
            n = int(re.sub(r"\D", "", key) or "1")
            if key.startswith("b"):  # before the text's first date
                day = self.base - datetime.timedelta(days=n * rng.randint(6, 25))
            elif n == 1:
                day = self.base
            else:
                day = self.date(f"d{n - 1}") + datetime.timedelta(days=rng.randint(1, 12))
            if not key.startswith("b"):
                while day.weekday() > 4:
                    day += datetime.timedelta(days=1)
            self.dates[key] = day
        return self.dates[key]

    def minutes(self, key: str) -> int:
        if key not in self.hours:
            rng = self.rng
            n = int(re.sub(r"\D", "", key) or "1")
            start = {"p": (7, 10), "s": (13, 15), "m": (19, 21)}[key[0]]
            if n == 1:
                self.hours[key] = rng.randint(*start) * 60 + rng.randrange(0, 60)
            else:
                self.hours[key] = self.minutes(f"{key[0]}{n - 1}") + rng.randint(4, 50)
        return self.hours[key]


def p(ctx: Context, key: str) -> Person:
    return ctx.person(key)


def gen_full(ctx: Context, key: str) -> str:
    return p(ctx, key).full


def gen_given(ctx: Context, key: str) -> str:
    return p(ctx, key).given


def gen_first(ctx: Context, key: str) -> str:
    return p(ctx, key).first


def gen_fam(ctx: Context, key: str) -> str:
    return p(ctx, key).family


def gen_nick(ctx: Context, key: str) -> str:
    return p(ctx, key).nick


def gen_init(ctx: Context, key: str) -> str:
    person = p(ctx, key)
    return f"{person.first[0]}. {person.family}"


def gen_ocrname(ctx: Context, key: str) -> str:
    rng = ctx.rng
    parts = p(ctx, key).full.upper().split()
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    word = parts[longest]
    if rng.random() < 0.5 and len(word) >= 5:
        cut = rng.randint(2, len(word) - 2)
        parts[longest] = word[:cut] + " " + word[cut:]
    else:
        swaps = {"O": "0", "I": "1", "S": "5", "B": "8", "A": "4", "E": "3"}
        spots = [i for i, c in enumerate(word) if c in swaps]
        if spots:
            i = rng.choice(spots)
            parts[longest] = word[:i] + swaps[word[i]] + word[i + 1 :]
        else:
            parts[longest] = word[:2] + " " + word[2:]
    return " ".join(parts)


def nik_writing(rng: random.Random, nik: str, style: str) -> str:
    if style == "g":
        return group(nik, (4, 4, 4, 4), " ")
    if style == "d":
        return group(nik, (2, 2, 2, 6, 4), ".")
    return nik


def gen_nik(ctx: Context, key: str) -> str:
    style = ctx.rng.choice("ppppgd")
    return nik_writing(ctx.rng, p(ctx, key).nik, style)


def gen_nikp(ctx: Context, key: str) -> str:
    return p(ctx, key).nik


def gen_nikg(ctx: Context, key: str) -> str:
    return nik_writing(ctx.rng, p(ctx, key).nik, "g")


def gen_nikocr(ctx: Context, key: str) -> str:
    return ocr(ctx.rng, p(ctx, key).nik, {**OCR_DIGITS, "1": ctx.rng.choice("lI")}, 0.25)


def gen_nikbr(ctx: Context, key: str) -> str:
    nik = p(ctx, key).nik
    cut = ctx.rng.choice((5, 6, 8, 10))
    return nik[:cut] + "\n" + nik[cut:]


def gen_nikpairs(ctx: Context, key: str) -> str:
    return group(p(ctx, key).nik, (2,) * 8, " ")


def gen_nikcomma(ctx: Context, key: str) -> str:
    return group(p(ctx, key).nik, (4, 4, 4, 4), ", ")


def gen_nik15(ctx: Context, key: str) -> str:
    nik = p(ctx, key).nik
    i = ctx.rng.randrange(6, 16)
    return nik[:i] + nik[i + 1 :]


def gen_kk(ctx: Context, key: str) -> str:
    kk = p(ctx, key).kk
    return group(kk, (4, 4, 4, 4), " ") if ctx.rng.random() < 0.25 else kk


def gen_kkp(ctx: Context, key: str) -> str:
    return p(ctx, key).kk


def gen_kkocr(ctx: Context, key: str) -> str:
    return ocr(ctx.rng, p(ctx, key).kk, OCR_DIGITS, 0.2)


def npwp_old(s: str, style: str) -> str:
    if style == "s":
        return group(s, (2, 3, 3, 1, 3, 3), " ")
    if style == "p":
        return s
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8]}-{s[9:12]}.{s[12:]}"


def gen_npwp(ctx: Context, key: str) -> str:
    return npwp_old(p(ctx, key).npwp15, ctx.rng.choice("ddddsp"))


def gen_npwpd(ctx: Context, key: str) -> str:
    return npwp_old(p(ctx, key).npwp15, "d")


def gen_npwpocr(ctx: Context, key: str) -> str:
    dotted = npwp_old(p(ctx, key).npwp15, "d")
    if ctx.rng.random() < 0.6:
        return dotted[:-3] + "OOO"
    return dotted.replace(".", ",", 1)


def gen_npwpnik(ctx: Context, key: str) -> str:
    nik = p(ctx, key).nik
    return group(nik, (4, 4, 4, 4), " ") if ctx.rng.random() < 0.2 else nik


def gen_bpjs(ctx: Context, key: str) -> str:
    b = p(ctx, key).bpjs
    return group(b, (4, 4, 4), " ") if ctx.rng.random() < 0.2 else b


def gen_bpjsocr(ctx: Context, key: str) -> str:
    b = p(ctx, key).bpjs
    return b[:3] + ocr(ctx.rng, b[3:], {"0": "O", "8": "B", "1": "l"}, 0.25)


PHONE_STYLES = "pppddsstiin"


def phone_writing(rng: random.Random, s: str, style: str) -> str:
    rest = s[1:]
    shapes = {
        "d": group(s, (4, 4), "-"),
        "s": group(s, (4, 4), " "),
        "o": group(s, (4, 4), "."),
        "t": "+62 " + group(rest, (3, 4), "-"),
        "i": "+62" + rest,
        "n": "62" + rest,
        "m": "62 " + group(rest, (3, 4), " "),
        "u": group(s, (4, 4), "_"),
        "b": "(+62) " + group(rest, (3, 4), " "),
    }
    return shapes.get(style, s)


def gen_hp(ctx: Context, key: str) -> str:
    return phone_writing(ctx.rng, p(ctx, key).mobile, ctx.rng.choice(PHONE_STYLES + "omub"))


def gen_hpp(ctx: Context, key: str) -> str:
    return p(ctx, key).mobile


def gen_hpwa(ctx: Context, key: str) -> str:
    return phone_writing(ctx.rng, p(ctx, key).mobile, "t")


def gen_hpocr(ctx: Context, key: str) -> str:
    s = p(ctx, key).mobile
    written = ocr(ctx.rng, s, PHONE_OCR, 0.3)
    return group(written, (4, 4), ctx.rng.choice(("", "-", " ")))


def gen_hpbr(ctx: Context, key: str) -> str:
    s = group(p(ctx, key).mobile, (4, 4), " ")
    return s[:9] + "\n" + s[10:]


def gen_home(ctx: Context, key: str) -> str:
    s = p(ctx, key).landline
    style = ctx.rng.choice("abcd")
    if style == "a":
        return f"0380 {s[4:]}"
    if style == "b":
        return f"(0380) {s[4:]}"
    if style == "c":
        return f"0380-{s[4:]}"
    return f"(0380) {s[4:7]} {s[7:]}"


def local_part(ctx: Context, person: Person) -> str:
    rng = ctx.rng
    first = re.sub(r"[^a-z]", "", person.first.lower())
    fam = re.sub(r"[^a-z]", "", (person.family or person.first).lower())
    nn = str(rng.randint(1, 99))
    yy = f"{person.birth.year % 100:02d}"
    return rng.choice(
        (
            f"{first}.{fam}",
            f"{fam}{first}{nn}",
            f"{first}{yy}",
            f"{first}_{fam}{nn}",
            f"{first[0]}{fam}{yy}",
            f"{fam}.{first}{nn}",
            f"{first}{fam}",
        )
    )


def gen_mail(ctx: Context, key: str) -> str:
    return f"{local_part(ctx, p(ctx, key))}@{ctx.rng.choice(FREE_HOSTS)}"


def gen_maildin(ctx: Context, key: str) -> str:
    person = p(ctx, key)
    first = re.sub(r"[^a-z]", "", person.first.lower())
    fam = re.sub(r"[^a-z]", "", (person.family or "x").lower())
    return f"{first}.{fam}@{ctx.rng.choice(OFFICE_HOSTS)}"


def gen_maildodge(ctx: Context, key: str) -> str:
    rng = ctx.rng
    local = local_part(ctx, p(ctx, key))
    host = rng.choice(("gmail", "yahoo", "ymail", "gmail"))
    shapes = (
        f"{local} @ {host}.com",
        f"{local}(at){host}.com",
        f"{local} [at] {host} [dot] com",
        f"{local} at {host} dot com",
        f"{local}(keong){host}(titik)com",
        f"{local}[@]{host}.com",
        f"{local} @{host}.com",
        f"{local}@{host},com",
        f"{local}(et){host} titik com",
    )
    return shapes[rng.randrange(len(shapes))]


def gen_mailbr(ctx: Context, key: str) -> str:
    local = local_part(ctx, p(ctx, key))
    host = ctx.rng.choice(FREE_HOSTS)
    if ctx.rng.random() < 0.5:
        return f"{local}@\n{host}"
    return f"{local}\n@{host}"


def gen_bri(ctx: Context, key: str) -> str:
    rng = ctx.rng
    s = f"{rng.randint(1000, 7999):04d}01{digits(rng, 6)}{rng.randint(10, 59)}{rng.randrange(10)}"
    return group(s, (4, 2, 6, 2), "-") if rng.random() < 0.6 else s


def gen_bni(ctx: Context, key: str) -> str:
    rng = ctx.rng
    return rng.choice(("0", "1", "1")) + digits(rng, 9)


def gen_mandiri(ctx: Context, key: str) -> str:
    rng = ctx.rng
    s = rng.choice(("161", "152", "143")) + "00" + digits(rng, 8)
    return group(s, (3, 2, 7), "-") if rng.random() < 0.4 else s


def gen_bca(ctx: Context, key: str) -> str:
    rng = ctx.rng
    return rng.choice(("315", "034", "783", "146")) + digits(rng, 7)


def gen_bsi(ctx: Context, key: str) -> str:
    return "7" + digits(ctx.rng, 9)


def gen_bntt(ctx: Context, key: str) -> str:
    rng = ctx.rng
    s = rng.choice(("001", "002", "003", "006")) + "01" + rng.choice(("02", "03")) + digits(rng, 7)
    return f"{s[:3]}.{s[3:5]}.{s[5:7]}.{s[7:13]}-{s[13]}" if rng.random() < 0.6 else s


def gen_addr(ctx: Context, key: str) -> str:
    rng = ctx.rng
    street = rng.choice(HOME_STREETS)
    no = str(rng.randint(1, 140))
    if rng.random() < 0.12:
        no += rng.choice("ABC")
    shapes = (
        f"Jln. {street} no {no}",
        f"Jalan {street} Nomor {no}",
        f"Jl. {street} Gg. {rng.randint(1, 9)} No. {no}",
        f"Gg. {rng.choice(LANES)} No. {no}",
        f"Jl. {street} No {no}",
        f"Jl. {street} No. {no}",
        f"Jl. {street} No. {no}",
        f"Jl. {street} No. {no}",
    )
    return shapes[rng.randrange(len(shapes))]


def gen_perum(ctx: Context, key: str) -> str:
    rng = ctx.rng
    block = rng.choice("ABCDEFGHJK") + rng.choice(("", "", "1", "2"))
    no = rng.randint(1, 150)
    return rng.choice(
        (
            f"Perumnas Blok {block} No. {no}",
            f"Griya Liliba Blok {block} No. {no}",
            f"BTN Kolhua Blok {block} No. {no}",
            f"Perum Oesapa Indah Blok {block} No {no}",
            f"Kompleks Perumnas Blok Kenanga Blok {block} No. {no}",
        )
    )


def rt_numbers(ctx: Context, key: str) -> tuple[int, int]:
    if ("rtn", key) not in ctx.values:
        ctx.values[("rtn", key)] = f"{ctx.rng.randint(1, 42)}/{ctx.rng.randint(1, 14)}"
    a, b = ctx.values[("rtn", key)].split("/")
    return int(a), int(b)


def gen_rt(ctx: Context, key: str) -> str:
    rt, rw = rt_numbers(ctx, key)
    return ctx.rng.choice(
        (
            f"RT {rt:02d}/RW {rw:02d}",
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT {rt:02d} RW {rw:02d}",
            f"RT {rt} RW {rw}",
            f"RT.{rt:02d}/RW.{rw:02d}",
            f"RT {rt:03d}/{rw:03d}",
        )
    )


def gen_rtonly(ctx: Context, key: str) -> str:
    rt, _ = rt_numbers(ctx, key)
    return f"RT {rt:02d}" if ctx.rng.random() < 0.5 else f"RT {rt}"


def gen_rtktp(ctx: Context, key: str) -> str:
    rt, rw = rt_numbers(ctx, key)
    return f"{rt:03d}/{rw:03d}"


def gen_plate(ctx: Context, key: str) -> str:
    rng = ctx.rng
    person = ctx.people.get(key)
    letters = person.plate_letters if person else rng.choice(("DH", "DH", "DH", "EB", "ED"))
    num = rng.randint(1, 9999)
    suffix = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2))))
    if rng.random() < 0.2:
        return f"{letters}{num}{suffix}"
    return f"{letters} {num} {suffix}"


def gen_age(ctx: Context, key: str) -> str:
    return str(p(ctx, key).age)


def gen_dob(ctx: Context, key: str) -> str:
    return p(ctx, key).birth.strftime("%d-%m-%Y")


def gen_lahir(ctx: Context, key: str) -> str:
    d = p(ctx, key).birth
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def gen_dobc(ctx: Context, key: str) -> str:
    return p(ctx, key).birth.strftime("%d%m%Y")


def gen_pob(ctx: Context, key: str) -> str:
    return p(ctx, key).region[2]


def gen_ttl(ctx: Context, key: str) -> str:
    person = p(ctx, key)
    return f"{person.region[2].upper()}, {person.birth.strftime('%d-%m-%Y')}"


def gen_sex(ctx: Context, key: str) -> str:
    return "PEREMPUAN" if p(ctx, key).woman else "LAKI-LAKI"


def gen_kab(ctx: Context, key: str) -> str:
    return p(ctx, key).region[1]


def gen_job(ctx: Context, key: str) -> str:
    person = p(ctx, key)
    return ctx.rng.choice(JOBS_W if person.woman else JOBS_M)


def place(ctx: Context, key: str) -> tuple[str, str]:
    if ("place", key) not in ctx.values:
        kec, kels = ctx.rng.choice(KELURAHAN)
        ctx.values[("place", key)] = f"{kec}|{ctx.rng.choice(kels)}"
    kec, kel = ctx.values[("place", key)].split("|")
    return kec, kel


def gen_kel(ctx: Context, key: str) -> str:
    return place(ctx, key)[1]


def gen_kec(ctx: Context, key: str) -> str:
    return place(ctx, key)[0]


def gen_kels(ctx: Context, key: str) -> str:
    return re.sub(r"[^a-z]", "", place(ctx, key)[1].lower())


def gen_kecs(ctx: Context, key: str) -> str:
    return re.sub(r"[^a-z]", "", place(ctx, key)[0].lower())


def pick(tag: str, pool: tuple[str, ...]):
    """A generator drawing from ``pool``, a different value for each key of one text."""

    def make(ctx: Context, key: str) -> str:
        taken = [v for (g, _), v in ctx.values.items() if g == tag]
        choices = [x for x in pool if x not in taken] or list(pool)
        return ctx.rng.choice(choices)

    return make


def gen_offtel(ctx: Context, key: str) -> str:
    rng = ctx.rng

    def make() -> str:
        n = rng.choice("8888") + digits(rng, 5)
        shape = rng.randrange(4)
        if shape == 0:
            return f"(0380) {n[:3]} {n[3:]}"
        if shape == 1:
            return f"0380-{n}"
        if shape == 2:
            return f"(0380) {n}"
        return f"0380 {n[:3]} {n[3:]}"

    return ctx.fresh(make)


def gen_offwa(ctx: Context, key: str) -> str:
    rng = ctx.rng
    return ctx.fresh(
        lambda: phone_writing(
            rng, rng.choice(MOBILE_PREFIXES) + digits(rng, 8), rng.choice("pddsti")
        )
    )


def gen_scam(ctx: Context, key: str) -> str:
    rng = ctx.rng
    return ctx.fresh(
        lambda: phone_writing(
            rng,
            rng.choice(MOBILE_PREFIXES) + digits(rng, rng.choice((7, 8, 8))),
            rng.choice(PHONE_STYLES),
        )
    )


def gen_npwpb(ctx: Context, key: str) -> str:
    rng = ctx.rng
    s = rng.choice(("01", "02", "03", "31", "66", "70", "80", "81", "83")) + digits(rng, 7)
    return npwp_old(s + rng.choice(("920", "921")) + "000", "d")


def gen_accb(ctx: Context, key: str) -> str:
    return gen_bntt(ctx, key)


def gen_tiket(ctx: Context, key: str) -> str:
    rng = ctx.rng
    return rng.choice(
        (
            f"LPR-2026-{digits(rng, 4)}-{digits(rng, 4)}",
            f"#{rng.randint(2601, 2612)}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"LAPOR-5371-2026-{digits(rng, 5)}",
            f"{rng.randint(2601, 2612)}{digits(rng, 7)}",
        )
    )


def gen_va(ctx: Context, key: str) -> str:
    return "8808 " + group(digits(ctx.rng, 12), (4, 4, 4), " ")


def gen_briva(ctx: Context, key: str) -> str:
    return f"{ctx.rng.randint(10000, 99999)}{digits(ctx.rng, 11)}"


def gen_billing(ctx: Context, key: str) -> str:
    return "82026" + digits(ctx.rng, 10)


def gen_plnid(ctx: Context, key: str) -> str:
    return "5312" + digits(ctx.rng, 8)


def gen_meter(ctx: Context, key: str) -> str:
    return "14" + digits(ctx.rng, 9)


def gen_token(ctx: Context, key: str) -> str:
    return group(digits(ctx.rng, 20), (4, 4, 4, 4, 4), " ")


def gen_samb(ctx: Context, key: str) -> str:
    rng = ctx.rng
    return f"{rng.randint(1, 12):02d}-{rng.randint(1, 20):02d}-{digits(rng, 6)}"


def gen_nop(ctx: Context, key: str) -> str:
    rng = ctx.rng
    return f"53.71.0{rng.randint(10, 60)}.00{rng.randint(1, 9)}.{digits(rng, 3)}-{digits(rng, 4)}.0"


def gen_nip(ctx: Context, key: str) -> str:
    rng = ctx.rng
    y = rng.randint(1968, 1992)
    return (
        f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} "
        f"{y + rng.randint(22, 30)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} 0{digits(rng, 2)}"
    )


def gen_nrp(ctx: Context, key: str) -> str:
    return f"{ctx.rng.randint(75, 99)}{digits(ctx.rng, 6)}"


def gen_rangka(ctx: Context, key: str) -> str:
    return "MH1" + "".join(ctx.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))


def gen_mesin(ctx: Context, key: str) -> str:
    return ctx.rng.choice(("JM51E", "KF41E", "E3X9E", "JFZ2E")) + digits(ctx.rng, 7)


def gen_offocr(ctx: Context, key: str) -> str:
    rng = ctx.rng
    number = rng.choice(MOBILE_PREFIXES) + digits(rng, 8)
    return group(ocr(rng, number, PHONE_OCR, 0.3), (4, 4), rng.choice(("", " ")))


def gen_nisn(ctx: Context, key: str) -> str:
    return "00" + digits(ctx.rng, 8)


def gen_nim(ctx: Context, key: str) -> str:
    return f"{ctx.rng.choice(('2303', '2403', '2503'))}0{digits(ctx.rng, 5)}"


def gen_nib(ctx: Context, key: str) -> str:
    return "91202" + digits(ctx.rng, 8)


def gen_kpj(ctx: Context, key: str) -> str:
    return "2" + digits(ctx.rng, 10)


def gen_sim(ctx: Context, key: str) -> str:
    return f"{digits(ctx.rng, 4)}-{digits(ctx.rng, 4)}-{digits(ctx.rng, 4)}"


def gen_trx(ctx: Context, key: str) -> str:
    return "2026" + digits(ctx.rng, 12)


def gen_antri(ctx: Context, key: str) -> str:
    return f"{ctx.rng.choice('ABCD')}-{ctx.rng.randint(1, 180):03d}"


def gen_surat(ctx: Context, key: str) -> str:
    rng = ctx.rng
    unit = UNITS.get(re.sub(r"\d", "", key), "SEKR")
    code = rng.choice(("470", "400", "800", "005", "900", "440", "474", "503"))
    return f"{code}/{rng.randint(10, 999):03d}/{unit}/{rng.choice(MONTHS_ROMAN)}/2026"


MONTHS_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI")


POOLS = {
    "t": (1_000, 9_000, 500),
    "s": (5_000, 95_000, 5_000),
    "m": (100_000, 2_475_000, 25_000),
    "l": (2_500_000, 59_750_000, 250_000),
}


def amount(ctx: Context, key: str) -> str:
    low, high, step = POOLS[key[0]]
    rng = ctx.rng
    return ctx.fresh(lambda: f"{rng.randrange(low, high + 1, step):,}".replace(",", "."))


def gen_rp(ctx: Context, key: str) -> str:
    return "Rp " + amount(ctx, key)


def gen_amt(ctx: Context, key: str) -> str:
    return amount(ctx, key)


def gen_date(ctx: Context, key: str) -> str:
    return ctx.date(key).strftime("%d/%m/%Y")


def gen_tgl(ctx: Context, key: str) -> str:
    d = ctx.date(key)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def gen_bln(ctx: Context, key: str) -> str:
    d = ctx.date(key)
    return f"{MONTHS[d.month - 1]} {d.year}"


def gen_hari(ctx: Context, key: str) -> str:
    return DAYS[ctx.date(key).weekday()]


def gen_jam(ctx: Context, key: str) -> str:
    m = ctx.minutes(key)
    return f"{m // 60:02d}.{m % 60:02d}"


def gen_n(ctx: Context, key: str) -> str:
    low, high = {"a": (2, 9), "b": (10, 60), "c": (61, 400)}.get(key[0], (2, 9))
    return ctx.fresh(lambda: str(ctx.rng.randint(low, high)))


def gen_rtn(ctx: Context, key: str) -> str:
    return ctx.fresh(lambda: f"{ctx.rng.randint(1, 42):02d}")


GENERATORS = {
    name[4:]: fn for name, fn in list(globals().items()) if name.startswith("gen_") and callable(fn)
}
GENERATORS.update(
    {
        "pkm": pick("pkm", PUSKESMAS),
        "sch": pick("sch", SCHOOLS),
        "psr": pick("psr", MARKETS),
        "jln": pick("jln", PUBLIC_STREETS),
        "rs": pick("rs", HOSPITALS),
    }
)
KIND_OF = {
    "full": "name",
    "given": "name",
    "first": "name",
    "fam": "name",
    "nick": "name",
    "init": "name",
    "ocrname": "name",
    "nik": "nik",
    "nikp": "nik",
    "nikg": "nik",
    "nikocr": "nik",
    "nikbr": "nik",
    "nik15": "nik",
    "nikpairs": "nik",
    "nikcomma": "nik",
    "hpwa": "phone",
    "kk": "kk",
    "kkp": "kk",
    "kkocr": "kk",
    "npwp": "npwp",
    "npwpd": "npwp",
    "npwpocr": "npwp",
    "npwpnik": "npwp",
    "bpjs": "bpjs",
    "bpjsocr": "bpjs",
    "hp": "phone",
    "hpp": "phone",
    "hpocr": "phone",
    "hpbr": "phone",
    "home": "phone",
    "mail": "email",
    "maildin": "email",
    "maildodge": "email",
    "mailbr": "email",
    "bri": "bank_account",
    "bni": "bank_account",
    "mandiri": "bank_account",
    "bca": "bank_account",
    "bsi": "bank_account",
    "bntt": "bank_account",
    "addr": "address",
    "perum": "address",
    "rt": "address",
    "rtonly": "address",
    "rtktp": "address",
    "plate": "plate",
}


# ---------------------------------------------------------------------------------------------
# Filling a template

TOKEN = re.compile(r"\[\[(?:([a-z_]+):)?|\]\]|\{\?([^{}]*)\}|\{([a-z0-9]+)([\^_]?):([a-z0-9]+)\}")


def split_templates(block: str) -> list[str]:
    """The templates of one style's block, continued lines joined."""
    templates = []
    for raw in block.split("~~~"):
        lines: list[str] = []
        for line in raw.strip("\n").split("\n"):
            if line.startswith("  ") and lines:
                lines[-1] += " " + line[2:]
            else:
                lines.append(line)
        text = "\n".join(lines).strip()
        if text:
            templates.append(text)
    return templates


Span = tuple[str, int, int]


def fill(  # noqa: PLR0912
    template: str, rng: random.Random
) -> tuple[str, list[Span], list[tuple[Span, str]], str]:
    """Fill ``template``: its text, its spans, the spans holding one value, and its case."""
    ctx = Context(rng)
    case = ""
    if template.startswith(("@CAPS\n", "@lower\n")):
        case, template = template.split("\n", 1)
    out: list[str] = []
    length = 0
    stack: list[list] = []
    spans: list[Span] = []
    checks: list[tuple[Span, str]] = []
    pos = 0

    def add(piece: str, *, literal: bool) -> None:
        nonlocal length
        out.append(piece)
        length += len(piece)
        for frame in stack:
            if literal:
                frame[3] = True

    for m in TOKEN.finditer(template):
        if template[pos : m.start()]:
            add(template[pos : m.start()], literal=True)
        pos = m.end()
        token = m.group(0)
        if token.startswith("[["):
            kind = m.group(1)
            if kind is None:
                nxt = TOKEN.match(template, m.end())
                if not nxt or not nxt.group(3):
                    raise ValueError("[[ without a kind: " + template[m.end() : m.end() + 30])
                kind = KIND_OF[nxt.group(3)]
            stack.append([kind, length, [], False])
        elif token == "]]":
            kind, start, values, other = stack.pop()
            span = (kind, start, length)
            spans.append(span)
            if len(values) == 1 and not other:
                checks.append((span, values[0]))
        elif m.group(2) is not None:
            add(rng.choice(m.group(2).split("|")), literal=True)
        else:
            gen, mod, key = m.group(3), m.group(4), m.group(5)
            value = ctx.value(gen, key)
            if mod == "^":
                value = value.upper()
            elif mod == "_":
                value = value.lower()
            add(value, literal=False)
            for frame in stack:
                frame[2].append(value)
    if template[pos:]:
        add(template[pos:], literal=True)
    if stack:
        raise ValueError("unclosed label: " + template[:60])
    raw = "".join(out)
    text = raw.upper() if case == "@CAPS" else raw.lower() if case == "@lower" else raw
    if len(text) != len(raw):
        raise ValueError("a change of case moved the offsets")
    spans.sort(key=lambda s: (s[1], s[2]))
    return text, spans, checks, case


# ---------------------------------------------------------------------------------------------
# Checking a filled text

OPENERS = words(
    "bapak ibu pak bu bpk sdr sdri ny om tanta mama bapa oma opa kak kaka nona bidan guru lurah "
    "camat ketua serka bripka aipda brigpol bripda ipda pdt dr drs drh almarhum alm almh pelapor "
    "petugas pasien kader penelepon ttd sy saya beta nama yth dear mr mrs saudara saudari hormat "
    "salam perawat dokter pendeta haji hajjah adik anak istri suami nenek kakek dari from to "
    "kepada penerima pemohon pemilik pembeli penjual tetangga warga mantri pendamping ustadz "
    "romo pastor suster sus tuan nyonya kepala sekretaris bendahara operator admin wali sopir "
    "cc an a.n atas bersama dengan deng deng. pengirim nasabah peserta siswa mahasiswa"
)
NUMERIC = {
    "nik": (15, 17),
    "kk": (16, 16),
    "npwp": (15, 16),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}
PLATE = re.compile(r"^[A-Z]{1,2} ?\d{1,4} ?[A-Z]{1,3}$", re.IGNORECASE)
ADDRESS = re.compile(
    r"^(Jl\.|Jln\.|Jalan|Gg\.|Lr\.|RT|Perumnas|Perum|Griya|BTN|Kompleks|\d{3}/\d{3})",
    re.IGNORECASE,
)
DODGES = ("@", "(at)", "[at]", " at ", "(keong)", "[@]", "(et)")
RUN = re.compile(r"[\dOlISB](?:[\dOlISB]|[ .\-\n_·•,](?=[\dOlISB]))*")
LEFTOVER = re.compile(r"\[\[|\]\]|\{[a-z0-9]+[\^_]?:[a-z0-9]+\}|\{\?|~~~|@CAPS|@lower")


def letters_digits(s: str) -> str:
    return re.sub(r"[^0-9]", "", s.translate(READ_BACK))


def inside(spans: list[Span], start: int, end: int) -> bool:
    return any(s <= start and end <= e for _, s, e in spans)


def problems(  # noqa: PLR0912
    text: str, spans: list[Span], checks: list, case: str, style: str
) -> list[str]:
    """What is wrong with a filled text (nothing for a good one)."""
    found = []
    if LEFTOVER.search(text):
        found.append("marker left")
    for (_kind, start, end), value in checks:
        got = text[start:end]
        if (got.lower() != value.lower()) if case else (got != value):
            found.append(f"span {got!r} is not its value {value!r}")
    last_end = -1
    for kind, start, end in spans:
        piece = text[start:end]
        if kind not in GUIDE_KINDS:
            found.append(f"kind {kind}")
        if start < last_end:
            found.append("overlap")
        last_end = max(last_end, end)
        if not piece:
            found.append("empty span")
            continue
        first_ok = piece[0].isalnum() or (kind == "phone" and piece[0] in "+(")
        if not first_ok or not piece[-1].isalnum():
            found.append(f"{kind} {piece!r} opens or ends with a space or punctuation")
        if kind == "name":
            opener = piece.split()[0].lower().rstrip(".,:")
            if opener in OPENERS:
                found.append(f"name {piece!r} opens with {opener}")
            if "@" in piece or (re.search(r"\d", piece) and style != "ocr_scan"):
                found.append(f"name {piece!r} holds a digit or @")
        if kind in NUMERIC:
            low, high = NUMERIC[kind]
            count = len(letters_digits(piece))
            if not low <= count <= high:
                found.append(f"{kind} {piece!r} has {count} digits")
            if kind == "bpjs" and not letters_digits(piece).startswith("000"):
                found.append(f"bpjs {piece!r} does not open 000")
        if kind == "plate" and not PLATE.match(piece):
            found.append(f"plate {piece!r}")
        if kind == "address" and not ADDRESS.match(piece):
            found.append(f"address {piece!r}")
        if kind == "email" and not any(d in piece for d in DODGES):
            found.append(f"email {piece!r} without @")
    for kind, start, end in spans:
        piece = text[start:end]
        if kind in NUMERIC:
            tail = letters_digits(piece)[-9:]
            for run in RUN.finditer(text):
                chars = enumerate(run.group(0))
                positions = [run.start() + i for i, c in chars if c.translate(READ_BACK).isdigit()]
                normal = "".join(text[i].translate(READ_BACK) for i in positions)
                at = normal.find(tail)
                while at != -1:
                    end_at = positions[at + len(tail) - 1] + 1
                    if not inside(spans, positions[at], end_at):
                        found.append(f"{kind} {piece!r} repeated outside a span")
                    at = normal.find(tail, at + 1)
        if kind == "plate":
            bare = re.sub(r"\s", "", piece)
            pattern = r"\s?".join(re.escape(c) for c in bare)
            found.extend(
                f"plate {piece!r} repeated outside a span"
                for m in re.finditer(pattern, text, re.IGNORECASE)
                if not inside(spans, m.start(), m.end())
            )
        if kind == "name":
            for word in re.findall(r"[A-Za-z]{3,}", piece):
                pattern = r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])"
                found.extend(
                    f"name word {word!r} outside a span"
                    for m in re.finditer(pattern, text, re.IGNORECASE)
                    if not inside(spans, m.start(), m.end())
                )
    return found


def self_test() -> None:
    """The checker accepts a good text and refuses the faults it is there for."""
    good = "Sy Yohanes Ndun, HP 081234567890, NIK 5371041205890003."
    g = [("name", 3, 15), ("phone", 20, 32), ("nik", 38, 54)]
    assert problems(good, g, [], "", "sms_1708") == [], problems(good, g, [], "", "sms_1708")
    bad = {
        "name repeated": (good + " ndun", g),
        "title opening": ("Ibu Maria Tefa", [("name", 0, 14)]),
        "phone repeated": (good + " WA 0812-3456-7890", g),
        "phone repeated +62": (good + " WA +6281234567890", g),
        "trailing stop": (good, [("name", 3, 15), ("phone", 20, 32), ("nik", 38, 55)]),
        "overlap": (good, [("name", 3, 15), ("phone", 14, 32), ("nik", 38, 54)]),
        "marker left": (good + " {full:m1}", g),
        "short nik": ("NIK 53710412058", [("nik", 4, 15)]),
        "plate with word": ("plat DH 1234 AB", [("plate", 0, 15)]),
        "address cut": ("Jl. Nangka No. 4", [("address", 4, 16)]),
        "email without @": ("yohanes.ndun", [("email", 0, 12)]),
        "bpjs opening 123": ("BPJS 1230001234567", [("bpjs", 5, 18)]),
        "unknown kind": ("NISN 0012345678", [("nisn", 5, 15)]),
    }
    for what, (text, spans) in bad.items():
        assert problems(text, spans, [], "", "sms_1708"), what
    assert problems("x", [("name", 0, 1)], [(("name", 0, 1), "y")], "", "sms_1708")


# ---------------------------------------------------------------------------------------------
# Writing the corpus


def main() -> None:  # noqa: PLR0912
    self_test()
    rng = random.Random(SEED)
    records: list[dict] = []
    seen: set[str] = set()
    per_style: Counter[str] = Counter()
    templates_per_style: Counter[str] = Counter()
    without_per_style: Counter[str] = Counter()
    clean_templates = 0
    for style in STYLES:
        for template in split_templates(TEMPLATES[style]):
            templates_per_style[style] += 1
            if "[[" not in template:
                clean_templates += 1
            for _ in range(FILLS):
                for _draw in range(MAX_DRAWS):
                    text, spans, checks, case = fill(template, rng)
                    faults = problems(text, spans, checks, case, style)
                    if not faults and text not in seen:
                        break
                else:
                    sys.exit(f"cannot fill ({style}): {template[:80]!r}: {faults}")
                seen.add(text)
                records.append(
                    {
                        "text": text,
                        "spans": [{"kind": k, "start": s, "end": e} for k, s, e in spans],
                        "style": style,
                    }
                )
                per_style[style] += 1
                if not spans:
                    without_per_style[style] += 1
    rng.shuffle(records)
    lines = []
    for number, record in enumerate(records, start=1):
        ordered = {"id": f"xv20-{number:04d}", **record}
        lines.append(json.dumps(ordered, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    kinds: Counter[str] = Counter()
    by_style_kind: Counter[tuple[str, str]] = Counter()
    for record in records:
        for span in record["spans"]:
            kinds[span["kind"]] += 1
            by_style_kind[(record["style"], span["kind"])] += 1
    print("sha256", hashlib.sha256(data).hexdigest())  # noqa: T201
    print(  # noqa: T201
        "texts",
        len(records),
        "without spans",
        sum(without_per_style.values()),
        "spans",
        sum(kinds.values()),
        "templates",
        sum(templates_per_style.values()),
        "clean templates",
        clean_templates,
    )
    for kind in sorted(GUIDE_KINDS, key=lambda k: -kinds[k]):
        print(f"{kind:13} {kinds[kind]}")  # noqa: T201
    header = "style            tpl texts clean spans " + " ".join(k[:5] for k in GUIDE_KINDS)
    print(header)  # noqa: T201
    for style in STYLES:
        row = [by_style_kind[(style, k)] for k in GUIDE_KINDS]
        print(  # noqa: T201
            f"{style:16} {templates_per_style[style]:3} {per_style[style]:5} "
            f"{without_per_style[style]:5} {sum(row):5} " + " ".join(f"{n:5}" for n in row)
        )


TEMPLATES = {
    "sms_1708": r"""
@CAPS
KOTKUPANG TIANG LAMPU JALAN DEPAN RMH SY DI [[{addr:m1}]] ROBOH KENA ATAP DAPUR SEJAK {hari:d1}
  MALAM. PLN BLG ITU URUSAN DISHUB, DISHUB BLG PLN. TLG DIBANTU SBLM HUJAN. [[{full:m1}]]
  [[{hpocr:m1}]]
~~~
@lower
kotkupang sy [[{full:w1}]] nik [[{nik:w1}]]. suami sy [[{full:m1}]] meninggal {tgl:b1} tp akta
  kematian blm keluar dr dukcapil sdh 2 bln, pdhl berkas lengkap. uang duka dr kantor tdk bisa
  dicairkan tanpa akta. hp [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG AMBULANS {pkm:a} MINTA UANG BENSIN {rp:s1} WAKTU ANTAR MAMA SY KE {rs:a} {hari:d1}
  MALAM. APA BENAR PASIEN HRS BAYAR? SY [[{full:w1}]] NIK [[{nik:w1}]] HP [[{hp:w1}]]
~~~
@lower
kotkupang meteran air di rmh sy [[address:{addr:m1}, {rt:m1}]] kel {kel:a} hilang dicuri tadi
  malam, no samb {samb:a}. hotline pdam {offtel:a} tdk diangkat. sy [[{first:m1}]] wa [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG SY GURU HONOR DI {sch:a}. GAJI TIAP BLN DIPOTONG PPH TP BUKTI POTONG TDK PERNAH
  DIKASIH, JADI SPT SY KURANG BAYAR. NPWP SY [[{npwp:w1}]]. MOHON DICEK. [[{full:w1}]] [[{hp:w1}]]
~~~
@lower
kotkupang kartu kis anak sy [[{first:cw1}]] no [[{bpjs:cw1}]] tdk aktif waktu berobat di {pkm:a},
  pdhl nik dia [[{nik:cw1}]] sdh masuk kk. petugas blg urus ke dinsos. tlg dibantu. mama
  [[{first:w1}]] [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG SY DAPAT SMS DARI {scam:a} KATANYA SY MENANG UNDIAN BANK NTT {rp:l1} DAN DISURUH
  TRANSFER BIAYA ADMIN {rp:m1}. SY TDK KIRIM. TLG DIUMUMKAN SUPAYA WARGA TDK TERTIPU. SY
  [[{full:m1}]] HP [[{hp:m1}]]
~~~
@lower
kotkupang mobil pick up [[{plate:a}]] tiap malam parkir tutup jalan masuk gang ke rmh kami di
  [[{rt:m1}]] kel {kel:a}. sdh ditegur tdk mau dengar, ambulans pernah tdk bisa masuk. dari
  [[{first:m1}]]
~~~
@CAPS
KOTKUPANG SY MAU DAFTAR PPPK TP NPWP SY DITOLAK SISTEM. KATA KPP NPWP SY SKRG SAMA DGN NIK
  [[{npwpnik:m1}]] TP DI FORM TETAP MERAH. KMN SY HRS MENGADU? [[{full:m1}]] HP [[{hp:m1}]]
~~~
@lower
kotkupang uang pip anak sy {rp:m1} blm masuk ke rek bri [[{bri:w1}]] a.n. [[{full:w1}]]. sekolah
  blg sdh cair dr bulan lalu. tlg dicek ke bank. wa sy [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG KK SY NO [[{kkp:m1}]] SDH 3 BLN DI DUKCAPIL BLM DICETAK, ALASAN BLANGKO HABIS. ANAK SY
  MAU DAFTAR SEKOLAH BUTUH KK BARU. SY [[{full:m1}]] DARI {kel:a}, NIK [[{nik:m1}]]
~~~
@lower
kotkupang ojek online plat [[{plate:a}]] tabrak anak sy [[{first:cm1}]] di {jln:a} lalu lari,
  {hari:d1} jam {jam:s1}. sdh lapor polisi blm ada kabar. sy [[{full:m1}]] [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG MOHON BALASAN LAPORAN {tiket:a} DIKIRIM KE EMAIL SY [[{mail:w1}]] KRN HP SY RUSAK DAN
  SMS TDK MASUK. TRIMS. [[{full:w1}]]
~~~
@lower
kotkupang telp rumah sy [[{home:m1}]] mati sdh seminggu, tiang telkom patah di {jln:a} dekat
  {sch:a}. mohon diteruskan ke telkom. sy [[{full:m1}]], warga [[{rt:m1}]] kel {kel:a}
~~~
@CAPS
KOTKUPANG NIK SY [[{nik:w1}]] DIPAKAI ORANG UTK PINJAMAN ONLINE. SY DITAGIH {rp:m1} PDHL TDK
  PERNAH PINJAM. YG NAGIH PAKAI NOMOR {scam:a}. SY [[{full:w1}]] HP [[{hp:w1}]]
~~~
@lower
kotkupang bpjs bapa sy [[{full:om1}]] no kartu [[{bpjs:om1}]] msh ditagih iuran {rp:s1} tiap bln
  pdhl sdh meninggal {tgl:b1}. kami sdh bawa akta ke kantor bpjs tp disuruh bolak balik. anak
  [[{first:m1}]] hp [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG SY [[{full:xm1}]] PEDAGANG DI {psr:a}. LAPAK SY DIBONGKAR PETUGAS PASAR TANPA SURAT,
  PDHL RETRIBUSI SY BAYAR TIAP HARI {rp:t1}. NIK [[{nik:xm1}]] HP [[{hpocr:xm1}]]
~~~
@lower
kotkupang sy [[{full:yw1}]] mahasiswi, nik [[{nikp:yw1}]]. ktp sy hilang di {psr:a}, waktu urus
  di dukcapil disuruh bawa surat polisi dulu, di polisi disuruh bawa kk. kk sy [[{kk:m1}]] ada di
  kampung. tlg solusinya. [[{hp:yw1}]]
~~~
@CAPS
KOTKUPANG JALAN DI {jln:a} DEPAN {sch:a} BERLUBANG BESAR, SDH 2 MOTOR JATUH MINGGU INI. MOHON
  DITAMBAL SEBELUM MUSIM HUJAN.
~~~
@lower
kotkupang lampu jalan di jl. w.j. lalamentik dekat bundaran pu mati 3 titik sejak {tgl:b1}. gelap
  sekali, sdh ada jambret tas {hari:d1} malam.
~~~
@CAPS
KOTKUPANG ADA SMS DR {scam:a} BILANG SY MENANG UNDIAN {rp:l1} DARI BANK NTT. INI PENIPUAN KAN?
  TLG DIUMUMKAN KE WARGA.
~~~
@lower
kotkupang tagihan pln sy naik jadi {rp:m1} pdhl pemakaian sama. id pelanggan {plnid:a}, meter
  {meter:a}. sdh tlp pln 123 blm ada jawaban.
~~~
@CAPS
KOTKUPANG ANTRIAN DI DUKCAPIL HARI {hari:d1} SY DAPAT NOMOR {antri:a} TP SAMPAI JAM {jam:s1} BLM
  DIPANGGIL. LOKET CUMA 2 YG BUKA, YG LAIN KOSONG.
~~~
@lower
kotkupang kode billing retribusi sampah {billing:a} tdk bisa dibayar di teller bank ntt, katanya
  kadaluarsa. mohon diperpanjang atau kirim kode baru.
~~~
@CAPS
KOTKUPANG TERIMA KASIH UTK PETUGAS DLHK YG SDH ANGKUT SAMPAH DI {psr:a} HARI {hari:d1} PAGI.
  SEMOGA RUTIN, JGN TUNGGU VIRAL DULU.
~~~
@lower
kotkupang laporan sy {tiket:a} sdh 2 minggu status msh 'diproses'. kapan ditindaklanjuti?
  drainase di {jln:a} msh tersumbat.
~~~
@CAPS
KOTKUPANG CALL CENTER PDAM {offtel:a} TDK PERNAH DIANGKAT. AIR DI KEL {kel:a} MATI SEJAK
  {hari:d1}, TANGKI SWASTA SKRG {?RP 150.000|RP 175.000|RP 200.000} SEKALI ANTAR.
~~~
@lower
kotkupang va pembayaran pbb {va:a} ditolak atm, nop {nop:a}. mohon info cara bayar lain sebelum
  jatuh tempo {tgl:d2}.
~~~
@CAPS
KOTKUPANG PENGADUAN 1708 SDH 3X SY KIRIM SOAL ANJING LIAR DI {jln:a} BELUM ADA TINDAK LANJUT.
  ANAK SEKOLAH TAKUT LEWAT.
~~~
@CAPS
KOTKUPANG SY PENSIUNAN GURU. TASPEN POTONG PAJAK DUA KALI BULAN INI. NPWP SY [[{npwp:om1}]] NIK
  [[{nik:om1}]]. MOHON DICEK. [[{full:om1}]] [[{hp:om1}]]
""",
    "wa_chat": r"""
[{date:d1} {jam:s1}] [[{full:m1}]]: Selamat sore bapa mama warga RT {rtn:a}. Pemkot buka nikah
  massal gratis bulan depan. Yang mau ikut kirim NIK suami, NIK istri deng No. KK ke sa paling
  lambat {hari:d2}.
[{date:d1} {jam:s2}] [[{full:w2}]]: Pak RT, kami ikut. Suami [[{full:m3}]] NIK [[{nik:m3}]], sa
  [[{nik:w2}]], KK [[{kk:m3}]]
[{date:d1} {jam:s3}] [[{full:m1}]]: Su catat ibu [[{first:w2}]], terima kasih
~~~
[{date:d1} {jam:m1}] [[{first:m1}]]: Motor Beat [[{plate:m1}]] masih ada kaka, harga {?Rp 9,5
  jt|Rp 11 jt|Rp 8,7 jt} nego sampai habis. BPKB atas nama sa sendiri.
[{date:d1} {jam:m2}] [[{first:yw2}]]: Boleh kaka. Kalau jadi sa transfer ke mana?
[{date:d1} {jam:m3}] [[{first:m1}]]: BRI [[{bri:m1}]] a.n. [[{full:m1}]]. Besok sa antar ke kos
  di [[{addr:yw2}]] sekalian cek fisik.
[{date:d1} {jam:m4}] [[{first:yw2}]]: Ok. Sa pung WA yang lain [[{hp:yw2}]] e, ini HP kantor
~~~
[{date:d1} {jam:p1}] Bidan [[{first:w1}]]: Mama-mama, imunisasi campak di {pkm:a} hari {hari:d2}
  jam 08.00. Bawa buku KIA deng KK.
[{date:d1} {jam:p2}] [[{full:w2}]]: Bidan, anak sa [[{first:cw2}]] belum ada NIK di KK, baru
  lahir {tgl:b1}. Boleh ikut?
[{date:d1} {jam:p3}] Bidan [[{first:w1}]]: Boleh mama. Nanti sekalian urus KIA, bawa KK no
  [[{kk:m2}]] yang asli ee
~~~
[{date:d1} {jam:s1}] Wali Kelas 3A: Selamat sore bapak ibu. Untuk pembukaan Tabungan SimPel siswa
  di BNI, mohon kirim nama anak, nama ibu kandung dan NIK ibu.
[{date:d1} {jam:s2}] [[{full:w1}]]: [[{full:cm1}]], ibu [[{full:w1}]], NIK [[{nik:w1}]]
[{date:d1} {jam:s3}] [[{full:w2}]]: [[{full:cw2}]], ibu [[{first:w2}]], NIK [[{nikg:w2}]]
[{date:d1} {jam:s4}] Wali Kelas 3A: Terima kasih mama dua. Yang lain ditunggu sampai {hari:d2}.
~~~
[{date:d1} {jam:p1}] Kak [[{first:yw1}]]: Om, mama su masuk IGD {rs:a}. Petugas minta kartu BPJS
  mama deng KTP.
[{date:d1} {jam:p2}] Om [[{first:m2}]]: Kartu ada di lemari. Nomornya [[{bpjs:ow1}]], NIK mama
  [[{nik:ow1}]]. Om datang jam 10
[{date:d1} {jam:p3}] Kak [[{first:yw1}]]: Ok om. Ruangan Cempaka no 4. Kalau om su di parkiran
  telpon sa [[{hp:yw1}]]
~~~
[{date:d1} {jam:s1}] [[{first:w1}]]: Ibu, kantor sa minta NPWP pemilik rumah untuk potong PPh
  sewa. Boleh kirim?
[{date:d1} {jam:s2}] [[{full:w2}]]: Boleh nona. Ini NPWP sa [[{npwp:w2}]]. Uang sewa tahun depan
  transfer ke Mandiri [[{mandiri:w2}]] saja, a.n. sa sendiri.
[{date:d1} {jam:s3}] [[{first:w1}]]: Siap ibu, nanti bukti potongnya sa kirim ke WA ini
~~~
[{date:d1} {jam:m1}] [[{full:m1}]]: Daftar peserta retret pemuda yang su bayar:
1. [[{full:ym2}]] - [[{hp:ym2}]]
2. [[{full:yw3}]] - [[{hp:yw3}]]
3. [[{full:yw4}]] - [[{hp:yw4}]]
Yang lain bayar ke bendahara paling lambat {hari:d2}, {?Rp 150.000|Rp 200.000|Rp 250.000} per
  orang.
~~~
[{date:d1} {jam:m1}] [[{full:w1}]]: *Hati-hati* deng [[{full:m2}]] yang mengaku bisa urus anak
  masuk polisi. Dia minta {rp:l1}, sa pung ipar su tertipu. Nomornya [[{hp:m2}]], rumah dia di
  [[{addr:m2}]].
[{date:d1} {jam:m2}] [[{first:w3}]]: Ada juga nomor {scam:a} yang ngaku dari Polda minta uang
  pendaftaran, sonde tau sapa
[{date:d1} {jam:m3}] [[{first:w1}]]: Sudah lapor di SPKT, tunggu panggilan
~~~
[{date:d1} {jam:p1}] [[{first:w1}]]: Om [[{first:m2}]] tangki air, sa pesan 1 tangki ke rumah
  [[address:{addr:w1}, {rt:w1}]] hari ini bisa?
[{date:d1} {jam:p2}] [[{first:m2}]]: Bisa kaka, jam 2 siang. {?Rp 120.000|Rp 150.000|Rp 130.000}
  ee
[{date:d1} {jam:p3}] [[{first:w1}]]: Ok. Kalau su dekat telpon [[{hp:w1}]]
~~~
{date:d1}, {jam:m1} - [[{full:m1}]]: Pangkalan LPG di {kel:a} minta KTP baru boleh beli gas 3 kg
{date:d1}, {jam:m2} - [[{full:w2}]]: Iya, sa tadi kasih NIK [[{nik:w2}]] baru dapat 1 tabung
{date:d1}, {jam:m3} - [[{full:m1}]]: Sa pung NIK [[{nikp:m1}]] katanya su dipake orang lain bulan
  ini. Ini bagaimana?
~~~
[{date:d1} {jam:p1}] [[{hpwa:w1}]]: Selamat pagi, sa mau urus KIA anak.
[{date:d1} {jam:p2}] Admin Dukcapil Kota Kupang: Selamat pagi. Silakan kirim nama anak, NIK anak,
  No KK dan foto akta lahir.
[{date:d1} {jam:p3}] [[{hpwa:w1}]]: [[{full:cw1}]], NIK [[{nikp:cw1}]], KK [[{kk:m1}]]. Akta sa
  kirim foto
[{date:d1} {jam:p4}] Admin Dukcapil Kota Kupang: Terima kasih. KIA bisa diambil di loket 3 hari
  {hari:d2}, bawa nomor antrean.
~~~
[{date:d1} {jam:s1}] Sekretaris KSP: Koperasi minta NPWP anggota untuk laporan SHU. NPWP koperasi
  sendiri {npwpb:a}, jangan dikirim itu.
[{date:d1} {jam:s2}] [[{full:m1}]]: NPWP sa [[{npwp:m1}]]
[{date:d1} {jam:s3}] [[{full:w2}]]: Sa belum punya NPWP, pakai NIK sa sa boleh? [[{nikp:w2}]]
[{date:d1} {jam:s4}] [[{full:m3}]]: NPWP sa yang baru sama deng NIK: [[{npwpnik:m3}]]
~~~
[{date:d1} {jam:m1}] [[{first:w1}]]: Bapa, transfer ke rek BNI sa [[{bni:w1}]] e, untuk bayar
  uang komite {rp:m1}.
[{date:d1} {jam:m2}] [[{first:m2}]]: Ok. Motor juga su di bengkel, WA bengkel {offwa:a} dong
  bilang besok baru selesai
[{date:d1} {jam:m3}] [[{first:w1}]]: Ok bapa, hati-hati pulang
~~~
[{date:d1} {jam:s1}] Guru Sekolah Minggu: Pendaftaran lomba baca Alkitab anak:
1. [[{full:cw1}]] ({age:cw1})
2. [[{full:cm2}]] ({age:cm2})
3. [[{full:cw3}]] ({age:cw3})
Orang tua yang belum daftar hubungi Kak [[{first:yw4}]] di [[{hp:yw4}]]
~~~
[{date:d1} {jam:m1}] [[{full:w1}]]: Mobil [[{plate:m2}]] parkir depan pagar sa dari sore, sapa
  pung? Sa mau keluar antar anak ke RS.
[{date:d1} {jam:m2}] [[{full:m2}]]: Maaf kaka, itu sa pung. Sebentar sa pindah.
[{date:d1} {jam:m3}] [[{first:w1}]]: Terima kasih om [[{first:m2}]]
~~~
[{date:d1} {jam:p1}] [[{full:xw1}]]: Bu bidan, anak sa [[{first:cm2}]] demam dari semalam. Kartu
  KIS dia [[{bpjs:cm2}]], boleh langsung ke {pkm:a}?
[{date:d1} {jam:p2}] Bidan [[{first:w3}]]: Boleh ibu. Bawa juga KK, antre di poli anak.
~~~
[{date:d1} {jam:p1}] Admin Kelurahan {kel:a}: Pengumuman: pelayanan surat pindah hanya
  Senin–Kamis jam 08.00–14.00. Info lanjut WA kelurahan {offwa:a}.
[{date:d1} {jam:p2}] grup warga: Siap, terima kasih infonya
~~~
[{date:d1} {jam:p1}] PDAM Kota Kupang: Gangguan pipa transmisi di {jln:a}. Air di Kel. {kel:a}
  dan sekitarnya mati {hari:d1} s/d {hari:d2}. Info hotline {offtel:a}.
[{date:d1} {jam:p2}] Admin RT {rtn:a}: Bapa mama tampung air dulu e
~~~
[{date:d1} {jam:m1}] grup warga: *PENTING* Bantuan BLT {rp:m1} cair minggu ini, kirim NIK deng
  foto KK ke WA {scam:a} sebelum kuota habis!!
[{date:d1} {jam:m2}] Admin RT {rtn:a}: Itu hoax bapa mama. Jangan kirim apa-apa ke nomor itu.
~~~
[{date:d1} {jam:s1}] Posyandu Bunga Bakung: Jadwal posyandu bulan ini hari {hari:d2} {tgl:d2} jam
  08.00 di halaman gereja. Bawa buku KIA.
[{date:d1} {jam:s2}] mama: Siap
~~~
[{date:d1} {jam:p1}] Bapenda Kota Kupang: Yth. Wajib Pajak, batas bayar PBB tahun 2026 tanggal
  {tgl:d2}. Kode billing bisa dicek via WA {offwa:a}. Abaikan jika sudah bayar.
~~~
[{date:d1} {jam:m1}] Wali Kelas 5B: Bapak ibu, besok anak-anak bawa uang foto {rp:s1} dan pakai
  baju adat. Terima kasih.
[{date:d1} {jam:m2}] bapa: Siap ibu guru
~~~
{date:d1}, {jam:m1} - mama: Token listrik habis, tolong beli {rp:s1}
{date:d1}, {jam:m2} - bapa: Su beli. {token:a}
{date:d1}, {jam:m3} - mama: Su masuk, terima kasih
~~~
[{date:d1} {jam:p1}] {pkm:a}: Info fogging minggu ini: RT 03 Senin, RT 05 Rabu, RT 11 Jumat.
  Tutup makanan dan air minum.
[{date:d1} {jam:p2}] Admin RT 05: Terima kasih infonya
~~~
[{date:d1} {jam:s1}] Satpol PP Kota Kupang: Penertiban lapak di {psr:a} hari {hari:d2}. Pedagang
  yang keberatan silakan datang ke kantor, telp {offtel:a}.
~~~
[{date:d1} {jam:m1}] Majelis Jemaat GMIT Kota Baru: Persembahan syukur HUT jemaat bisa ditransfer
  ke rekening Majelis Jemaat Bank NTT {accb:a}. Tuhan berkati.
[{date:d1} {jam:m2}] grup jemaat: Amin
~~~
[{date:d1} {jam:s1}] Bendahara Sekolah: Bapak ibu guru honor, kirim NPWP masing-masing untuk
  bukti potong.
[{date:d1} {jam:s2}] [[{full:w1}]]: [[{npwpd:w1}]]
[{date:d1} {jam:s3}] [[{full:m2}]]: [[{npwpnik:m2}]] (NIK sa, kata KPP itu su jadi NPWP)
[{date:d1} {jam:s4}] [[{full:yw3}]]: Sa kirim lewat email dari [[{mail:yw3}]] e ibu
""",
    "lapor_form": r"""
LAPOR! - Formulir Pengaduan
Judul: Pungutan legalisir ijazah di {sch:a}
Isi Laporan: Saya alumni tahun 2019. Untuk legalisir 5 lembar ijazah saya diminta {rp:s1} per
  lembar tanpa kuitansi. Teman-teman juga sama.
Kategori: Pendidikan
Nama Pelapor: [[{full:yw1}]]
NIK: [[{nikp:yw1}]]
No. HP: [[{hp:yw1}]]
Email: [[{mail:yw1}]]
Rahasiakan identitas: Ya
~~~
Portal Pengaduan Pemkot Kupang - Formulir Online
Nama Lengkap : [[{full:w1}]]
NIK : [[{nikp:w1}]]
NPWP : [[{npwpnik:w1}]] (NIK sebagai NPWP)
Alamat : [[address:{addr:w1}, {rt:w1}]], Kel. {kel:a}
Isi Pengaduan : Permohonan izin usaha mikro untuk kios sembako di rumah saya ditolak di OSS
  karena NPWP dianggap tidak valid, padahal NIB {nib:a} sudah terbit. Mohon dibantu DPMPTSP.
~~~
LAPOR! Nomor Tiket: {tiket:a}
Judul: Petugas loket meminta uang balik nama
Isi Laporan: Pada {hari:d1}, {tgl:d1} saya mengurus balik nama mobil [[{plate:a}]] di Samsat
  Kupang. Pegawai loket bernama [[{full:m2}]] meminta {rp:m1} supaya berkas cepat selesai, tanpa
  kuitansi.
Kategori: Pelayanan Publik
Nama Pelapor: Dirahasiakan
Anonim: Ya
~~~
PERMOHONAN INFORMASI PUBLIK (PPID Kota Kupang)
Nama Pemohon : [[{full:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[{addr:m1}]] [[{rt:m1}]], Kel. {kel:a}, Kec. {kec:a}
No. Telp/HP : [[{hp:m1}]]
Email : [[{mail:m1}]]
Informasi yang diminta : Daftar penerima BLT Dana Kelurahan {kel:a} tahun 2026 dan besaran
  bantuan per KPM.
Tujuan : Pengawasan oleh warga.
~~~
Tindak Lanjut Laporan {tiket:a}
Dari: Dinas Lingkungan Hidup dan Kebersihan
Laporan Sdr. [[{full:m1}]] (HP [[{hp:m1}]]) tentang tumpukan sampah di {jln:a} telah
  ditindaklanjuti pada {tgl:d1}. Truk sampah dijadwalkan lewat setiap {hari:d2}. Untuk konfirmasi
  hubungi {offtel:a}.
Status: Selesai
~~~
Judul: Biaya pengukuran PTSL diminta lagi
Isi Laporan: Tanah kami di Kel. {kel:a} ikut PTSL 2026. Petugas desa sudah tarik {rp:m1}, lalu
  ada lagi orang kantor pertanahan minta {rp:m2} untuk ukur ulang. Pemilik tanah atas nama bapak
  saya [[{full:om1}]], NIK [[{nik:om1}]], KK [[{kk:om1}]].
Pelapor: [[name:{first:m2} {fam:om1}]]
HP: [[{hp:m2}]]
~~~
Formulir Pengaduan Online
Nama : [[{full:w1}]]
No. HP/WA : [[{hp:w1}]]
Lokasi kejadian : depan rumah saya, [[{addr:w1}]]
Uraian : Galian pipa PDAM di depan rumah ditinggal terbuka sejak {tgl:b1}. Anak saya jatuh ke
  lubang kemarin sore. Kontraktor tidak pernah datang lagi.
Tanggal : {date:d1}
~~~
LAPOR! - Kartu JKN PBI dinonaktifkan
Isi Laporan: Kartu PBI saya no [[{bpjs:w1}]] dinonaktifkan tanpa pemberitahuan. Saya janda, tidak
  bekerja. Waktu berobat di {pkm:a} disuruh bayar umum {rp:m1}.
Nama Pelapor: [[{full:w1}]]
NIK: [[{nik:w1}]]
No HP: [[{hpocr:w1}]]
Kategori: Kesehatan
~~~
Portal Pengaduan - Sampah tidak diangkut
Nama : [[{full:m1}]]
Alamat : [[{rt:m1}]], Kel. {kel:a}
HP : [[{hp:m1}]]
Pengaduan : Truk sampah sudah 3 minggu tidak lewat di lorong kami. Bak penampungan di {jln:a}
  penuh dan bau.
~~~
Judul: Bangunan tetangga menutup saluran air
Isi Laporan: Keluarga [[{fam:m2}]] membangun pagar tembok di atas saluran air antara rumah kami
  di [[{addr:m1}]] dan rumah mereka. Setiap hujan air masuk ke kamar. Sudah dimediasi Ketua RT
  {rtn:a} tapi tidak ada hasil.
Nama Pelapor: [[{full:m1}]]
No. HP: [[{hp:m1}]]
~~~
FORMULIR PERUBAHAN DATA KEPENDUDUKAN (F-1.06)
Nama : [[{full^:w1}]]
NIK : [[{nikp:w1}]]
No. KK : [[{kkp:m1}]]
Perubahan : Agama tertulis ISLAM, seharusnya KRISTEN PROTESTAN
Alamat : [[{addr^:w1}]] [[{rt:w1}]]
No. HP : [[{hp:w1}]]
~~~
LAPOR! - Beasiswa Pemkot tidak cair
Isi Laporan: Saya [[{full:yw1}]], mahasiswa Undana NIM {nim:a}, NIK [[{nik:yw1}]]. Saya lulus
  seleksi beasiswa Pemkot 2026 tapi dana {rp:l1} belum masuk ke rekening BRI ibu saya
  [[{bri:w2}]] a.n. [[{full:w2}]], karena saya belum punya rekening sendiri.
No HP: [[{hp:yw1}]]
~~~
Portal Pengaduan Pemkot Kupang
Kategori : Pajak Daerah
Isi : SPPT PBB tahun ini tertulis atas nama [[{full:om1}]] (almarhum), NOP {nop:a}. Kami ahli
  waris mau balik nama ke nama saya [[name:{first:m1} {fam:om1}]], NIK [[{nik:m1}]], NPWP
  [[{npwpd:m1}]]. Di Bapenda disuruh tunggu 3 bulan.
HP : [[{hp:m1}]]
~~~
LAPOR! Nomor Tiket: {tiket:a}
Judul: Tunjangan profesi guru triwulan II belum dibayar
Isi Laporan: Saya guru di {sch:a}, NIP {nip:a}. TPG triwulan II belum masuk ke rekening Bank NTT
  saya [[{bntt:w1}]]. Di Dinas Pendidikan dibilang NPWP saya [[{npwp:w1}]] tidak cocok dengan
  data.
Nama Pelapor: [[{full:w1}]]
Email: [[{maildin:w1}]]
~~~
Formulir Pengaduan Online - Penipuan mengatasnamakan Dukcapil
Isi Laporan: Saya ditelpon nomor {scam:a} mengaku petugas Dukcapil, minta foto KTP dan kode OTP
  untuk "aktivasi IKD". Saya tidak kasih. Mohon diumumkan.
Nama : [[{full:m1}]]
NIK : [[{nik:m1}]]
No. HP : [[{hp:m1}]]
~~~
LAPOR! - Bayar pajak kendaraan online gagal
Isi Laporan: Saya bayar PKB mobil [[{plate:m1}]] lewat aplikasi Samsat pada {tgl:d1}, saldo
  terpotong {rp:m1} (ref {trx:a}) tapi status masih belum bayar. STNK atas nama saya
  [[{full:m1}]], NIK [[{nik:m1}]].
No HP: [[{hp:m1}]]
~~~
Portal Pengaduan Pemkot Kupang
Nama : [[{full:m1}]]
NIK : [[{nikp:m1}]]
NPWP : [[{npwp:m1}]]
Pengaduan : Saya pemilik usaha perorangan bengkel las di rumah. Pajak reklame papan nama ditagih
  {rp:m1} per tahun, padahal papannya kecil. NPWPD saya belum keluar.
Alamat : [[address:{addr:m1}, {rt:m1}]]
HP : [[{hp:m1}]]
~~~
LAPOR! Nomor Tiket: {tiket:a}
Judul: Jalan berlubang di {jln:a}
Isi Laporan: Lubang besar di depan {sch:a}, sudah ada pengendara jatuh. Mohon segera diperbaiki.
Kategori: Infrastruktur
Nama Pelapor: Dirahasiakan
Anonim: Ya
~~~
Tindak Lanjut Laporan {tiket:a}
Dari: Dinas PUPR Kota Kupang
Laporan tentang jalan berlubang di {jln:a} telah diteruskan ke Bidang Bina Marga. Perbaikan
  dijadwalkan {tgl:d2}. Surat tugas nomor {surat:pupr}.
Status: Dalam proses
~~~
Rekap Pengaduan Minggu Ini
SMS 1708: {n:b1} laporan
LAPOR!: {n:b2} laporan
Portal Pemkot: {n:b3} laporan
WA Pengaduan {offwa:a}: {n:b4} laporan
Terbanyak: air bersih dan sampah.
~~~
LAPOR! - Status Laporan
Nomor Tiket: {tiket:a}
Instansi: Dinas Kesehatan Kota Kupang
Status: Menunggu tanggapan (hari ke-5)
Isi: Antrean poli umum {pkm:a} dibuka jam {jam:p1} padahal jadwal 07.30.
~~~
Formulir Pengaduan Online
Nama : Dirahasiakan
Lokasi kejadian : {psr:a}
Uraian : Retribusi kebersihan ditarik dua kali, pagi oleh petugas pasar ({rp:t1}) dan siang oleh
  orang tanpa seragam ({rp:t2}). Karcis tidak diberikan.
~~~
Disposisi Kepala Dinas Sosial
Nomor: {surat:dinsos}
Perihal: Laporan {tiket:a} tentang bantuan lansia tidak tepat sasaran di Kel. {kel:a}
Diteruskan kepada: Kabid Linjamsos untuk verifikasi lapangan paling lambat {tgl:d2}.
~~~
LAPOR! - Survei Kepuasan
Terima kasih telah menggunakan LAPOR!. Laporan {tiket:a} telah selesai. Beri penilaian 1–5
  melalui tautan di aplikasi sebelum {tgl:d2}.
~~~
Portal Pengaduan Pemkot Kupang - Balasan Admin
Kode billing retribusi IMB Anda {billing:a} sudah diperpanjang sampai {tgl:d2}. Pembayaran
  melalui Bank NTT atau VA {va:a}. Pertanyaan: {offtel:a}.
~~~
LAPOR! Nomor Tiket: {tiket:a}
Judul: Lampu lalu lintas mati di simpang {jln:a}
Isi Laporan: Sejak {hari:d1} lampu merah mati, polisi tidak ada, sering hampir tabrakan jam
  pulang sekolah.
Kategori: Perhubungan
Rahasiakan identitas: Ya
~~~
Formulir Pengaduan Online
Nama : Dirahasiakan
Uraian : Dinas Perhubungan menaikkan tarif parkir di {rs:a} jadi {?Rp 5.000|Rp 4.000} untuk motor
  tanpa pengumuman. Karcis lama masih {?Rp 2.000|Rp 3.000}. Mohon dijelaskan dasar hukumnya.
~~~
LAPOR! - NPWP saya dipakai perusahaan lain
Isi Laporan: Di DJP Online tercatat saya pegawai PT yang tidak saya kenal, ada bukti potong dari
  pemberi kerja NPWP {npwpb:a}. NPWP saya [[{npwpd:m1}]]. Saya petani, tidak pernah kerja di
  perusahaan.
Nama Pelapor: [[{full:m1}]]
NIK: [[{nik:m1}]]
No HP: [[{hp:m1}]]
""",
    "email_thread": r"""
From: [[{fam:w1}]], [[{first:w1}]] <[[{maildin:w1}]]>
To: Bidang GTK Dinas Pendidikan <gtk.dikbud@kupangkota.go.id>
Subject: Permohonan surat rekomendasi mutasi

Yth. Kabid GTK,
Saya guru di {sch:a}, NIP {nip:a}, mohon surat rekomendasi mutasi ke {sch:b} karena mengikuti
  suami yang dipindahtugaskan. Berkas saya lampirkan.
Hormat saya,
[[{full:w1}]]
HP [[{hp:w1}]]
~~~
From: [[{full:yw1}]] <[[{mail:yw1}]]>
To: pengaduan@kupangkota.go.id
Subject: My mother's health card

Dear Sir/Madam,
I work in Hong Kong and my mother [[{full:ow2}]] lives alone in Kel. {kel:a}. Her JKN card no.
  [[{bpjs:ow2}]] was rejected at {pkm:a} last week. Her NIK is [[{nik:ow2}]]. Could someone from
  the office check her status? Her neighbour's phone is [[{hp:w3}]] ([[{first:w3}]]).
Thank you,
[[{first:yw1}]]
~~~
Ini punya sy:
[[{nikp:m1}]]
[[{kkp:m1}]]

Pada {hari:d1}, {tgl:d1} {jam:p1}, Seksi Pelayanan Kel. {kel:a} <kel.pelayanan.kupang@gmail.com>
  menulis:
> Yth. Bapak [[{full:m1}]],
> Mohon kirim NIK lalu No. KK untuk verifikasi surat keterangan domisili.
~~~
From: "Sdr. [[{full:m1}]]" <[[{mail:m1}]]>
To: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
Subject: BPHTB waris

Selamat siang,
Kami mengurus balik nama sertifikat tanah almarhum ayah kami [[name:{first:om2} {fam:m1}]]. NPWP
  almarhum [[{npwpd:om2}]], NIK saya [[{nik:m1}]]. Berapa BPHTB yang harus dibayar untuk waris,
  dan apakah NJOP dari SPPT {nop:a} yang dipakai?
Terima kasih,
[[{full:m1}]]
~~~
From: [[{full:yw1}]] <[[{mail:yw1}]]>
To: rekrutmen.rsud@kupangkota.go.id
Subject: Lamaran Perawat - [[{full:yw1}]]

DATA PELAMAR
Nama: [[{full:yw1}]]
Tempat/Tgl Lahir: {ttl:yw1}
NIK: [[{nikp:yw1}]]
Alamat: [[address:{addr:yw1}, {rt:yw1}]], Kel. {kel:a}
HP: [[{hp:yw1}]]
Email cadangan: [[{maildodge:yw1}]]
~~~
From: [[{fam:m1}]], [[{first:m1}]] <[[{mail:m1}]]>
To: PLN UP3 Kupang <up3kupang@pln.co.id>
Subject: Penggantian meter rusak

Meter listrik di rumah kami ({meter:a}, ID pelanggan {plnid:a}) berbunyi terus dan token tidak
  bisa masuk sejak {tgl:b1}. Petugas bisa hubungi saya di [[{hp:m1}]] atau istri [[{full:w2}]] di
  [[{hp:w2}]].
Salam,
[[{first:m1}]]
~~~
From: Bagian Umum Setda <umum.setda@kupangkota.go.id>
To: "Sdri. [[{full:w1}]]" <[[{maildin:w1}]]>; [[{full:m2}]] <[[{maildin:m2}]]>
Cc: humas@kupangkota.go.id
Subject: Undangan rapat persiapan HUT Kota

Dengan hormat, mengundang Ibu [[{first:w1}]] dan Bapak [[{first:m2}]] pada rapat {hari:d2},
  {tgl:d2} pukul 09.00 di Ruang Garuda Kantor Wali Kota.
~~~
Nama : [[{full:w1}]]
Email : [[{mailbr:w1}]]
No. HP : [[{hp:w1}]]
Pesan : Saya sudah kirim berkas kartu kuning lewat email tiga kali tapi tidak ada balasan dari
  Disnaker. Mohon dicek.
(dikirim dari formulir kontak disnaker.kupangkota.go.id)
~~~
From: [[{full:w1}]] <[[{mail:w1}]]>
To: KUR BRI Unit Oebobo <kur.oebobo@bri.co.id>
Subject: Klaim asuransi KUR suami meninggal

Bapak/Ibu,
Suami saya [[{full:m2}]] (NIK [[{nik:m2}]]) meninggal {tgl:b1}. Pinjaman KUR atas nama beliau
  masih didebet dari rekening [[{bri:m2}]]. Mohon proses klaim asuransi jiwa. KK kami
  [[{kk:m2}]], NIK saya [[{nik:w1}]].
Hormat saya,
[[{full:w1}]]
~~~
From: HRD PT Sasando Makmur <hrd@sasandomakmur.co.id>
To: [[{full:w1}]] <[[{mail:w1}]]>
Subject: Data NPWP karyawan untuk bukti potong

Bu [[{first:w1}]], berikut NPWP karyawan bagian gudang yang sudah kami terima:
1. [[{full:m2}]] - [[{npwp:m2}]]
2. [[{full:m3}]] - [[{npwpnik:m3}]] (NIK sebagai NPWP)
3. [[{full:w4}]] - [[{npwp:w4}]]
4. [[{full:m5}]] - [[{npwpd:m5}]]
NPWP perusahaan tetap {npwpb:a}.
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: kelurahan.{kels:a}@gmail.com
Subject: Saluran di lorong kami

Selamat pagi Pak Lurah,
Kami warga [[{rt:m1}]] mohon saluran di Gg. Sepakat dibersihkan. Rumah saya dan rumah
  [[{full:w2}]] di ujung gang sudah kemasukan air dua kali.
Salam,
[[{full:m1}]]
~~~
Terima kasih, sudah kami terima.

> From: [[{full:m1}]] <[[{mail:m1}]]>
> Sent: {hari:d1}, {tgl:d1}
> To: pengaduan@kupangkota.go.id
> Subject: Anjing tetangga
> Anjing milik [[{full:m2}]] sudah menggigit dua anak di [[{rtonly:m1}]]. Tolong Dinas Peternakan
  datang vaksin dan tertibkan.
~~~
From: Yayasan Peduli Disabilitas Flobamora <ypdf.kupang@gmail.com>
To: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Subject: Usulan penerima kaki palsu

Berikut usulan kami:
1. [[{full:m1}]], NIK [[{nik:m1}]], HP [[{hp:m1}]]
2. [[{full:w2}]], NIK [[{nik:w2}]], HP [[{hp:w2}]]
3. [[{full:om3}]], NIK [[{nik:om3}]], HP anak [[{hp:m4}]]
Koordinator lapangan kami: {offwa:a} (sekretariat).
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: Samsat Kupang <samsat.kupang@gmail.com>
Subject: Blokir STNK mobil yang sudah dijual

Mobil saya [[{plate:m1}]] sudah saya jual ke [[{full:m2}]] pada {tgl:b1}, tapi sampai sekarang
  belum balik nama dan tagihan pajak progresif masuk ke saya. NIK saya [[{nik:m1}]]. Mohon blokir
  STNK.
~~~
From: [[{full:xw1}]] <[[{mail:xw1}]]>
To: Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>
Subject: Akta lahir anak

Selamat siang,
Akta lahir anak saya [[{first:cw2}]] tertulis nama ibu salah. NIK saya [[{nik:xw1}]], KK
  [[{kk:xw1}]]. Mohon informasi syaratnya. HP [[{hp:xw1}]].
~~~
Pada {hari:d1}, {tgl:d1} {jam:s1}, [[{full:m1}]] <[[{mail:m1}]]> menulis:
> Pak, kontraktor minta NPWP pribadi saya untuk kontrak sewa alat. Apakah yang lama atau yang
  baru?

Yang baru sudah sama dengan NIK Bapak: [[{npwpnik:m1}]]. Yang lama [[{npwp:m1}]] masih bisa
  dipakai sampai akhir tahun.
Salam, [[{full:w2}]]
KPP Pratama Kupang
~~~
From: noreply@lapor.go.id
To: pelapor@example.com
Subject: Laporan {tiket:a} telah ditanggapi

Laporan Anda telah ditanggapi oleh Dinas PUPR Kota Kupang. Silakan login untuk melihat tanggapan.
  Email ini dikirim otomatis, jangan dibalas.
~~~
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: peserta.kupang@lists.bpjs-kesehatan.go.id
Subject: Pengingat iuran

Peserta Yth., iuran bulan ini jatuh tempo {tgl:d2}. Bayar melalui VA {va:a} atau kantor pos.
  Informasi: Care Center 165 atau Pandawa WA {offwa:a}.
~~~
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
To: media-kupang@googlegroups.com
Subject: Siaran pers: Pasar murah {hari:d2}

Pemkot Kupang menggelar pasar murah di {psr:a} pada {tgl:d2}. Beras 5 kg {?Rp 55.000|Rp 58.000|Rp
  60.000}, minyak goreng {?Rp 15.000|Rp 14.000} per liter. Kontak media: {offtel:a}.
~~~
From: Bagian Organisasi <organisasi@kupangkota.go.id>
To: admin-opd@kupangkota.go.id
Subject: Format laporan SP4N

Contoh pengisian alamat surel pelapor: user@example.com. Lampiran bernama rekap@2x.png dan
  template_lapor@kupang.xlsx. Repo aplikasi: git@github.com:pemkot-kupang/lapor-sync.git
Format baru berlaku mulai {tgl:d2}.
~~~
From: KPP Pratama Kupang <wp-kupang-920@lists.pajak.go.id>
To: Wajib Pajak
Subject: Batas lapor SPT

Yth. Wajib Pajak, KPP membuka layanan asistensi SPT Tahunan orang pribadi pada {hari:d2},
  {tgl:d2}. Layanan asistensi di KPP Pratama Kupang - Jl. Soeharto No. 118, Kring Pajak 1500200.
~~~
From: Kantor Kelurahan {kel:a} <kel.{kels:a}@gmail.com>
To: Kecamatan {kec:a} <kec.{kecs:a}@kupangkota.go.id>
Subject: Laporan bulanan

Bersama ini kami kirim laporan bulanan kependudukan dan surat nomor {surat:kel}. Jumlah surat
  pindah yang terbit: {n:b1}.
~~~
From: Bansos Kemensos NTT <bansos.kemensos.ntt@gmail.com>
To: penerima
Subject: Pencairan bantuan

Selamat! Anda terpilih menerima bantuan {rp:l1}. Balas email ini dengan foto KTP dan nomor
  rekening.

---
Diteruskan oleh Dinas Sosial: email di atas PALSU, bukan dari Kemensos. Abaikan.
~~~
From: Tata Usaha {sch:a} <tu.sekolah.kupang@gmail.com>
To: ortu-kelas6@googlegroups.com
Subject: Jadwal ujian sekolah

Ujian sekolah dimulai {hari:d2}, {tgl:d2}. Kartu ujian diambil di TU. Kontak: telp {offtel:a}, WA
  {offwa:a}.
~~~
From: Flobamora Tour & Travel <info@flobamoratour.co.id>
To: dinpar@kupangkota.go.id
Subject: Data kunjungan wisata

Terlampir data kunjungan wisatawan ke Pantai Lasiana bulan lalu: {n:c1} orang. Hubungi kami di
  {offwa:a} untuk konfirmasi.
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: Pemadanan NPWP suami istri

Selamat siang, kami suami istri mau lapor SPT terpisah. NPWP saya [[{npwp:m1}]], NPWP istri saya
  [[{full:w2}]] [[{npwp:w2}]]. Di DJP Online NPWP istri ditolak dan diminta harus sama dengan NIK
  dia [[{nik:w2}]]. Mohon petunjuk.
Salam,
[[{first:m1}]]
""",
    "call_note": r"""
Catatan Call Center 112 - {tgl:d1} {jam:s1}
Pelapor: Bpk. [[{full:m1}]] (HP [[{hp:m1}]]) melaporkan anaknya [[{full:cm1}]] ({age:cm1} th)
  hilang saat berenang di Pantai Lasiana sejak {jam:s2}. Diteruskan ke Basarnas dan Polsek Kelapa
  Lima.
~~~
Transkrip panggilan Bank NTT Call Center
Petugas: Selamat pagi, Bank NTT, dengan [[{first:w2}]], ada yang bisa dibantu?
Nasabah: Kartu ATM saya terblokir setelah salah PIN.
Petugas: Nomor rekening?
Nasabah: [[{bntt:m1}]].
Petugas: Atas nama?
Nasabah: [[{full:m1}]].
Petugas: NIK Bapak?
Nasabah: [[{nikp:m1}]].
Petugas: Baik, silakan datang ke kantor cabang dengan KTP.
~~~
Catatan telepon PDAM - {date:d1}
Petugas: Nomor sambungan?
Penelepon: {samb:a}.
Petugas: Atas nama?
Penelepon: [[{full:w1}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[{hp:w1}]]. Air sudah lima hari tidak jalan, Bu.
Petugas: Kami jadwalkan cek {hari:d2}.
~~~
LOG HOTLINE DINAS SOSIAL - {date:d1}
Jam | Penelepon | HP | Keluhan
{jam:p1} | [[{full:w1}]] | [[{hp:w1}]] | BPNT belum cair 2 bulan
{jam:p2} | penelepon tidak sebut nama | [[{hp:m2}]] | tanya syarat KIS
{jam:p3} | Komite {sch:a} | {offwa:a} | data siswa yatim
{jam:p4} | [[{full:om3}]] | [[{hp:om3}]] | lansia tidak terdata PKH
~~~
BPJS Kesehatan Care Center 165
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[{bpjs:w1}]].
Petugas: Atas nama?
Penelepon: [[{full:w1}]], NIK [[{nikp:w1}]].
Petugas: Kartu Ibu aktif, faskes {pkm:a}. Untuk pindah faskes bisa lewat aplikasi.
~~~
Catatan telepon KPP Pratama Kupang - {tgl:d1}
Petugas: NPWP bapak?
Penelepon: Yang lama [[{npwp:m1}]]. Yang baru katanya sama dengan NIK, [[{npwpnik:m1}]].
Petugas: Nama sesuai KTP?
Penelepon: [[{full:m1}]].
Catatan: validasi NIK-NPWP belum padan, diminta datang ke KPP.
~~~
Catatan Damkar Kota Kupang {date:d1} {jam:m1}
Penelepon [[{full:w1}]] (telp rumah [[{home:w1}]]) melaporkan api dari kabel listrik di rumah
  tetangga, [[{addr:m2}]]. Pemilik rumah [[{full:m2}]] sedang di luar kota. Unit 2 berangkat
  {jam:m2}.
~~~
Transkrip panggilan Samsat
Petugas: Nomor polisi kendaraan?
Penelepon: [[{plate:m1}]].
Petugas: Atas nama?
Penelepon: [[{full:m1}]].
Petugas: Pajak Bapak terlambat 2 tahun, denda {rp:m1}. Bisa bayar lewat e-Samsat.
~~~
@lower
catatan malam hotline dinsos {date:d1}
{jam:m1} penelepon [[{first:w1}]] (tdk sebut marga) minta bantuan makanan utk 3 anak, suami
  sakit. tinggal di [[{rt:w1}]] kel {kel:a}. hp [[{hp:w1}]]
{jam:m2} penelepon tanya jadwal pasar murah, dijawab sesuai info humas
~~~
Call note (duty officer, English)
{jam:m1} Caller: Mrs [[{full:w1}]], phone [[{hp:w1}]], reported her husband's motorbike
  [[{plate:m2}]] stolen at the parking lot of {psr:a}. Husband: [[{full:m2}]]. Referred to
  Polresta Kupang Kota.
~~~
Transkrip panggilan Dukcapil
Petugas: NIK Ibu?
Penelepon: [[{nikpairs:w1}]].
Petugas: Nama ibu kandung?
Penelepon: [[{full:ow2}]].
Petugas: Data Ibu sudah padan. KTP bisa dicetak di kelurahan.
~~~
SERAH TERIMA SHIFT CALL CENTER - {date:d1}
1. [[{full:m1}]] ([[{hp:m1}]]) lapor lampu jalan mati di {jln:a}, sudah diteruskan ke Dishub.
2. [[{full:w2}]] ([[{hp:w2}]]) komplain antrean {rs:a}, minta ditelepon balik besok pagi.
3. Panggilan iseng dari {scam:a} tiga kali, sudah diblokir.
~~~
Catatan UPTD PPA - rahasia
Penelepon: [[{full:w1}]], {age:w1} th, melaporkan kekerasan oleh suami [[{full:m2}]]. Tinggal di
  [[address:{addr:w1}, {rt:w1}]]. Nomor aman untuk dihubungi: [[{hp:w3}]] (kakak, [[{first:w3}]]).
Tindak lanjut: pendampingan {hari:d2}.
~~~
Catatan Call Center Ambulans {date:d1} {jam:p1}
Panggilan dari {pkm:a}: pasien [[{full:om1}]] ({age:om1} th), sesak napas, dirujuk ke {rs:a}.
  Keluarga: anak [[{first:m2}]], HP [[{hp:m2}]]. Alamat jemput [[{addr:om1}]].
~~~
Transkrip panggilan PLN 123
Petugas: ID pelanggan PLN?
Penelepon: {plnid:a}.
Petugas: Nomor HP yang terdaftar?
Penelepon: [[{hp:m1}]].
Petugas: Atas nama?
Penelepon: [[{full:m1}]].
Petugas: Gangguan di gardu, estimasi menyala {jam:s1}.
~~~
Catatan Satgas Pinjol Ilegal - {date:d1}
Penelepon [[{full:w1}]] (HP [[{hp:w1}]]) melaporkan rentenir [[{full:m2}]] yang menahan KTP warga
  sebagai jaminan. Nomor rentenir [[{hp:m2}]], rumahnya di [[{addr:m2}]]. KTP pelapor NIK
  [[{nik:w1}]] masih ditahan.
~~~
REKAP PANGGILAN HOTLINE PEMKOT - {date:d1}
Telepon {offtel:a}: {n:b1} panggilan
WA Pengaduan {offwa:a}: {n:b2} pesan
SMS 1708: {n:b3} pesan
Topik terbanyak: air bersih, lampu jalan, sampah.
~~~
Transkrip panggilan Disdukcapil
Penelepon: Jam berapa loket buka hari Sabtu?
Petugas: Hari Sabtu loket tutup, Bapak. Senin–Jumat 08.00–15.00.
Penelepon: Kalau mau tanya lagi?
Petugas: Silakan ke {offtel:a} atau WA layanan {offwa:a}.
~~~
Catatan telepon masuk - {date:d1} {jam:s1}
Penelepon anonim melaporkan ada orang pakai nomor {scam:a} mengaku petugas PKH, minta uang
  administrasi {rp:s1}. Tidak menyebut nama. Diteruskan ke Dinsos untuk peringatan warga.
~~~
Transkrip panggilan PDAM
Petugas: Boleh nomor sambungannya?
Penelepon: {samb:a}.
Petugas: Tagihan bulan ini {rp:m1}, jatuh tempo {tgl:d2}.
Penelepon: Kok naik terus?
Petugas: Ada kebocoran setelah meter, silakan cek.
~~~
LOG DAMKAR {date:d1}
{jam:s1} kebakaran alang-alang di belakang {sch:a}, 1 unit, padam {jam:s2}
{jam:s3} evakuasi sarang tawon di {kel:a}, selesai
{jam:s4} pohon tumbang di {jln:a}, koordinasi DLHK
~~~
@lower
catatan malam 112 {date:d1}
{jam:m1} penelepon tadi bilang ada kecelakaan di {jln:a}, ambulans dikirim
{jam:m2} panggilan putus, dicoba telpon balik tdk aktif
{jam:m3} info genangan di bawah jembatan liliba
~~~
Catatan Bapenda - panggilan {date:d1}
Penelepon minta kode billing PBB diperpanjang. Kode lama {billing:a}, kode baru {billing:b},
  berlaku s/d {tgl:d2}. Penelepon tidak memberi nama.
~~~
Agen: Selamat siang, Call Center Pemkot. Untuk pertanyaan soal izin bangunan silakan hubungi
  DPMPTSP {offtel:a}. Untuk pertanyaan lain WA {offwa:a}.
Penelepon: Terima kasih.
~~~
CATATAN PANGGILAN PUSKESMAS {date:d1}
{jam:p1} tanya jadwal vaksin rabies, dijawab {hari:d2} di {pkm:a}
{jam:p2} tanya stok obat ARV, diarahkan ke {rs:a}
{jam:p3} keluhan antrean poli gigi, dicatat
~~~
Transkrip panggilan Dinas Perhubungan
Penelepon: Angkot jalur 3 sekarang sampai jam berapa?
Petugas: Sampai jam {?19.00|20.00}. Tarif tetap {?Rp 5.000|Rp 4.000}, pelajar {?Rp 3.000|Rp
  2.000}.
Penelepon: Kalau sopir minta lebih?
Petugas: Catat nomor lambung dan laporkan ke {offtel:a}.
~~~
Catatan telepon Bapenda - {date:d1}
Penelepon [[{full:w1}]] (HP [[{hp:w1}]]) minta NPWPD untuk katering rumahan. NPWP pribadi
  [[{npwp:w1}]]. NPWPD katering lama {npwpb:a} sudah dicabut. Disarankan datang dengan KTP.
~~~
Transkrip panggilan BPJS Kesehatan
Petugas: Nomor kartu anak?
Penelepon: [[{bpjs:cm1}]].
Petugas: NIK anak?
Penelepon: [[{nikcomma:cm1}]].
Petugas: Nama?
Penelepon: [[{full:cm1}]].
Petugas: Kartu anak Ibu nonaktif karena iuran keluarga menunggak {rp:m1}.
""",
    "social_post": r"""
DICARI 🙏 Opa [[{full:om1}]] ({age:om1} th), pikun, keluar rumah dari [[{addr:om1}]] sejak
  {hari:d1} sore pakai baju kaos merah. Yang lihat tolong hubungi anaknya [[{first:m2}]] di
  [[{hp:m2}]]. Terima kasih keluarga Kupang 🙏
~~~
Dijual tanah 15x20 di Kel. {kel:a}, sertifikat SHM, dekat {sch:a}. Harga {?Rp 185 juta|Rp 210
  juta|Rp 160 juta} nego. Hub pemilik [[{hp:m1}]] ([[{first:m1}]]). Bukan calo.
~~~
Dukcapil Kota Kupang
Pelayanan KTP-el keliling hari {hari:d2} di Kantor Camat {kec:a}.
Komentar:
[[{full_:w1}]]: Min, sa pung KTP su rekam dari tahun lalu belum cetak. NIK [[{nik:w1}]]
dukcapilkotakupang: Silakan datang ke loket 2 dengan bukti rekam ya kak.
[[{full:m2}]]: Anak sa juga sama, su 8 bulan
~~~
URGENT butuh donor trombosit golongan darah O untuk anak kami [[{full:cm1}]] ({age:cm1} th) yang
  dirawat karena DBD di {rs:a}. Yang bisa bantu hubungi bapaknya [[{full:m1}]] [[{hp:m1}]]. Tuhan
  memberkati 🙏
~~~
Terima kasih banyak untuk bidan [[{full:w1}]] dari {pkm:a} yang jam 2 pagi masih mau datang bantu
  sa pung istri melahirkan di rumah. Pelayanan luar biasa 🙏 - [[{full:m2}]]
~~~
Mohon perhatian @pemkotkupang 🙏 Mobil dinas plat merah [[{plate:a}]] dipakai ke Pantai Lasiana
  hari Minggu bawa keluarga. Ini mobil negara atau mobil pribadi?
~~~
HATI-HATI PENIPUAN ‼️ Akun FB atas nama [[{full:m1}]] jual HP second murah, sudah tipu 5 orang di
  Kupang. Transfer ke BRI [[{bri:m1}]] a.n. [[{full:m1}]] lalu diblokir. Nomornya [[{hp:m1}]].
  Share supaya tidak ada korban lagi.
~~~
Ada yang tahu kos putri dekat Undana? Budget {rp:m1}/bulan.
Komentar:
Kos Melati Penfui: Ada kak, WA {offwa:a}
[[{full:w1}]]: Sa ada kamar kosong di rumah, 2 menit dari kampus, WA [[{hp:w1}]] kak
[[{first_:yw2}]]: ikut pantau
~~~
Rumah keluarga [[{fam:m1}]] di [[{rt:m1}]] Kel. {kel:a} terbakar tadi subuh, habis semua dokumen.
  Yang mau bantu bisa transfer ke rek BNI [[{bni:w2}]] a.n. [[{full:w2}]] (istri korban) atau
  antar pakaian langsung. 🙏
~~~
Min @kupanginfo, kenapa nama dan NIK sa [[{nik:w1}]] ada di daftar penerima bansos yang ditempel
  di kantor lurah? Itu data pribadi. Sa [[{full:w1}]], dan sa bahkan sonde terima apa-apa.
~~~
Motor Scoopy putih [[{plate:m1}]] hilang di parkiran {psr:a} tadi siang jam {jam:s1}. Kalau ada
  yang lihat tolong info ke [[{hp:m1}]] atau inbox. STNK a.n. [[{full:m1}]].
~~~
@pemkotkupang sudah 3x saya kirim email dari [[{mail:w1}]] soal drainase depan rumah di
  [[{addr:w1}]] tapi tidak dibalas. Apa emailnya masih aktif?
~~~
Lampu jalan di lorong kami mati semua 😩
Komentar:
[[{full_:m1}]]: di [[{rtonly:m1}]] juga mati total dari minggu lalu
[[{full:w2}]]: Sama di belakang {sch:a}
kupang_bersuara: sudah lapor 1708 belum?
~~~
Yang ikut pelatihan Kartu Prakerja gelombang kemarin, insentif sa belum masuk padahal rek BNI
  [[{bni:yw1}]] sudah benar. NIK [[{nik:yw1}]], nomor prakerja {trx:a}. Ada yang sama? -
  [[{first:yw1}]]
~~~
Selamat jalan [[{full:w1}]], perawat {pkm:a} yang melayani warga {kel:a} lebih dari 20 tahun. Doa
  kami untuk suami [[{first:m2}]] dan anak-anak. 🕊️
~~~
Info kehilangan: dompet coklat berisi KTP a.n. [[{full:xm1}]], kartu BPJS [[{bpjs:xm1}]] dan SIM,
  hilang di angkot jalur 10. Yang temukan mohon hubungi [[{hp:xm1}]], ada imbalan.
~~~
Dijual cepat Avanza 2015, plat [[{plate:m1}]], pajak hidup. {?Rp 128 jt|Rp 135 jt|Rp 119 jt}
  nego. Hub [[{hp:m1}]] ([[{first:m1}]]) bukan showroom.
~~~
Dukcapil Kota Kupang
Layanan perekaman KTP-el untuk pemilih pemula di {sch:a} hari {hari:d2}. Antrian online via WA
  {offwa:a}.
~~~
⚠️ Waspada penipuan yang mengatasnamakan Polresta Kupang Kota melalui nomor {scam:a}. Polisi
  tidak pernah minta transfer uang. Laporkan ke 110.
~~~
Jalan di {jln:a} depan {sch:a} rusak parah, lubang sebesar kolam ikan. Sudah 3 bulan.
  @pemkotkupang @dinaspuprkotakupang
~~~
Pasar {kel:a} banjir lagi setiap hujan. Pedagang sayur terpaksa jualan di pinggir jalan. Drainase
  tersumbat sampah.
~~~
Sedot WC Cahaya Timor: Melayani seluruh Kota Kupang, harga mulai {?Rp 350.000|Rp 400.000|Rp
  450.000}, proses cepat. WA {offwa:a}. Kritik & saran: {offwa:b}
Komentar:
Kos Flamboyan Oebufu: Langganan kami kak 👍
~~~
RSUD S.K. Lerik
1 mg
Mulai {tgl:d2}, pendaftaran poli rawat jalan lewat WhatsApp {offwa:a}. Pasien BPJS bawa kartu dan
  rujukan.
~~~
Macet total di {jln:a} karena pemasangan pipa PDAM. Sabar semua 😅 Lewat jalur Bundaran PU lebih
  lancar.
~~~
Posyandu Kasih Ibu di {kel:a} kembali buka hari {hari:d2}. Ada pemberian vitamin A dan PMT.
  Mama-mama jangan lupa bawa buku KIA.
~~~
Harga air tangki naik lagi jadi {?Rp 150.000|Rp 175.000|Rp 200.000} per 5000 liter 😭 Kapan PDAM
  lancar di {kel:a}?
Komentar:
Tangki Air Berkah: Kami masih {?Rp 100.000|Rp 120.000} kak, WA {offwa:a}
~~~
Terima kasih petugas DLHK yang pagi-pagi su bersihkan sampah di {psr:a}. Semoga terus begini 👏
~~~
Sa tukang jahit rumahan, mau ikut pengadaan seragam sekolah lewat e-katalog tapi NPWP pribadi sa
  [[{npwpd:w1}]] sonde bisa diverifikasi. Ada yang pernah? 🙏 - [[{full:w1}]]
""",
    "letter_minutes": r"""
SURAT PERNYATAAN BELUM MENIKAH

Yang bertanda tangan di bawah ini:
Nama : [[{full:yw1}]]
NIK : [[{nikp:yw1}]]
Tempat/Tgl. Lahir : {ttl:yw1}
Alamat : [[address:{addr:yw1}, {rt:yw1}]], Kel. {kel:a}, Kec. {kec:a}
Menyatakan dengan sebenarnya bahwa saya belum pernah menikah. Surat ini dibuat untuk melamar
  kerja.
Kupang, {tgl:d1}
Yang menyatakan,
[[{full:yw1}]]
~~~
BERITA ACARA PENGEMBALIAN BARANG BUKTI
Pada hari ini {hari:d1}, {tgl:d1}, telah diserahkan kembali 1 (satu) unit sepeda motor Honda
  Vario nomor polisi [[{plate:m1}]] kepada pemiliknya:
Nama : [[{full:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[{addr:m1}]], Kel. {kel:a}
Yang menyerahkan: Bripka [[{fam:m2}]], NRP {nrp:a}
~~~
Kepada Yth. Kepala DLHK Kota Kupang
Perihal: Permohonan keringanan retribusi sampah

Saya yang bertanda tangan di bawah ini, [[{full:ow1}]], NIK [[{nik:ow1}]], tinggal di
  [[address:{addr:ow1}, {rt:ow1}]], janda lansia tanpa penghasilan tetap, mohon keringanan
  retribusi sampah rumah tangga {rp:t1} per bulan yang tertunggak sejak tahun lalu.
Hormat saya,
[[{full:ow1}]]
HP anak: [[{hp:m2}]]
~~~
NOTULEN RAPAT RT {rtn:a} / RW {rtn:b}
Hari/Tanggal: {hari:d1}, {tgl:d1}
Acara: Mediasi batas tanah antara keluarga [[{fam:m1}]] dan keluarga [[{fam:m2}]]
Hadir: Ketua RT, [[{full:m1}]], [[{full:m2}]], tokoh masyarakat
Hasil: Kedua pihak sepakat menunggu pengukuran ulang dari BPN pada {tgl:d2}. Sementara pagar
  tidak dibangun.
Notulis: [[{full:w3}]]
~~~
PEMERINTAH KOTA KUPANG
KELURAHAN {kel^:a}
SURAT KETERANGAN USAHA
Nomor: {surat:kel}
Lurah {kel:a} menerangkan bahwa:
Nama : [[{full:w1}]]
NIK : [[{nikp:w1}]]
Alamat : [[{addr:w1}]] [[{rt:w1}]]
benar memiliki usaha kios sembako di rumah sendiri sejak 2019.
Lurah {kel:a},
[[{full:m2}]]
NIP {nip:a}
~~~
SURAT PENGANTAR RT
Nomor: {n:b1}/RT/{n:a1}/2026
Ketua RT {rtn:a} RW {rtn:b} Kel. {kel:a} menerangkan bahwa:
Nama : [[{full:m1}]]
NIK : [[{nik:m1}]]
No. KK : [[{kk:m1}]]
adalah benar warga kami, berdomisili di [[{addr:m1}]]. Pengantar ini untuk mengurus SKCK.
Ketua RT,
[[{full:m3}]]
~~~
BERITA ACARA KESEPAKATAN GANTI RUGI
Pihak I [[{full:m1}]], NIK [[{nik:m1}]], pemilik kebun di [[{rt:m1}]].
Pihak II [[{full:m2}]], NIK [[{nik:m2}]], pemilik ternak babi.
Pihak II sepakat mengganti tanaman jagung yang dirusak ternaknya sebesar {rp:m1}, dibayar paling
  lambat {tgl:d2}. Disaksikan Ketua RT dan Babinsa.
~~~
Kepada Yth. Kepala Bapenda Kota Kupang
Perihal: Permohonan penutupan NPWPD

Dengan hormat, saya [[{full:w1}]], pemilik usaha perorangan warung makan di [[{addr:w1}]] (rumah
  sendiri), NPWP usaha perorangan [[{npwp:w1}]], mohon NPWPD warung saya ditutup karena usaha
  sudah berhenti sejak {tgl:b1}.
Hormat saya,
[[{full:w1}]]
HP [[{hp:w1}]]
~~~
SURAT PERNYATAAN ORANG TUA ASUH
Saya [[{full:w1}]], NIK [[{nik:w1}]], menyatakan bahwa [[{full:cm2}]], NISN {nisn:a}, adalah anak
  asuh saya sejak orang tuanya meninggal dan tinggal bersama saya di [[{addr:w1}]]. Pernyataan
  ini untuk pendaftaran sekolah di {sch:a}.
Kupang, {tgl:d1}
[[{full:w1}]]
~~~
NOTULEN RAPAT KELOMPOK NELAYAN "SAMUDERA KASIH" OESAPA
Tanggal: {tgl:d1}
Penerima bantuan mesin tempel dari DKP:
1. [[{full:m1}]] - NIK [[{nik:m1}]]
2. [[{full:m2}]] - NIK [[{nik:m2}]]
3. [[{full:m3}]] - NIK [[{nik:m3}]]
Bendahara kelompok: [[{full:w4}]], HP [[{hp:w4}]]
~~~
Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang
Perihal: Permohonan akta kematian

Dengan hormat, saya [[{full:m1}]], NIK [[{nik:m1}]], No. KK [[{kk:m1}]], mohon diterbitkan akta
  kematian ayah saya [[name:{first:om2} {fam:m1}]], NIK [[{nik:om2}]], yang meninggal pada
  {tgl:b1} di {rs:a}.
Hormat saya,
[[{full:m1}]]
~~~
SURAT PERJANJIAN JUAL BELI SEPEDA MOTOR
Pihak I (penjual): [[{full:m1}]], NIK [[{nik:m1}]], HP [[{hp:m1}]]
Pihak II (pembeli): [[{full:w2}]], NIK [[{nik:w2}]], HP [[{hp:w2}]]
Objek: Yamaha NMAX, nopol [[{plate:m1}]], harga {?Rp 21.500.000|Rp 23.000.000|Rp 19.750.000},
  dibayar lunas pada penandatanganan.
Kupang, {tgl:d1}
~~~
SURAT TEGURAN
Nomor: {n:b1}/RT {rtn:a}/2026
Kepada Yth. Sdr. [[{full:m1}]]
di [[{addr:m1}]]
Berdasarkan keluhan warga, ternak babi milik Saudara dilepas dan merusak tanaman tetangga. Mohon
  dikandangkan paling lambat {tgl:d2}.
Ketua RT {rtn:a}
[[{full:m2}]]
~~~
Kepada Yth. Ketua DPRD Kota Kupang
Perihal: Relokasi pedagang {psr:a}

Kami pedagang menolak dipindah ke lantai 2 yang belum ada listrik dan air. Perwakilan pedagang:
1. [[{full:w1}]], NIK [[{nik:w1}]], HP [[{hp:w1}]]
2. [[{full:m2}]], NIK [[{nik:m2}]], HP [[{hp:m2}]]
3. [[{full:xw3}]], NIK [[{nik:xw3}]], HP [[{hp:xw3}]]
~~~
SURAT KETERANGAN PENGHASILAN ORANG TUA
Nama : [[{full:m1}]]
NIK : [[{nik:m1}]]
NPWP : [[{npwp:m1}]]
Pekerjaan : {job:m1}
Penghasilan per bulan : {rp:m1}
Orang tua dari : [[name:{first:yw2} {fam:m1}]] (calon penerima KIP Kuliah)
Mengetahui Lurah {kel:a}
~~~
SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK
Saya [[{full:w1}]], NIK [[{nik:w1}]], No. KK [[{kk:w1}]], HP [[{hp:w1}]], menyatakan bertanggung
  jawab penuh atas kebenaran data perubahan KK (penambahan anggota keluarga: [[{full:cw2}]]).
Kupang, {tgl:d1}
~~~
SURAT EDARAN
Nomor: {surat:sek}
Tentang Penyesuaian Jam Kerja
Jam pelayanan seluruh perangkat daerah Senin–Kamis 07.30–15.30, Jumat 07.30–14.00, mulai
  {tgl:d2}. Pelayanan darurat tetap melalui 112.
~~~
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
Jl. Timor Raya Km. 5, Telp. {offtel:a}, WA {offwa:a}
UNDANGAN
Nomor: {surat:pupr}
Mengundang Saudara untuk sosialisasi pelebaran {jln:a} pada {hari:d2}, {tgl:d2} pukul 09.00 di
  Aula Kantor Camat {kec:a}.
~~~
NOTA DINAS
Dari : Kepala Bidang Pelayanan
Kepada : Kepala Dinas Dukcapil
Nomor : {surat:duk}
Perihal : Kekosongan blangko KTP-el
Stok blangko tinggal {n:b1} keping per {tgl:d1}. Mohon pengadaan tambahan.
~~~
WARTA JEMAAT GMIT PNIEL OEBUFU
Ibadah syukur HUT jemaat {hari:d2}, {tgl:d2}. Persembahan dapat ditransfer ke rekening Majelis
  Jemaat Bank NTT {accb:a}. NPWP Majelis Jemaat {npwpb:a}.
~~~
KOPERASI SERBA USAHA TUNAS MEKAR
NPWP {npwpb:a}
UNDANGAN RAPAT ANGGOTA TAHUNAN
Rapat diadakan {hari:d2}, {tgl:d2} di aula koperasi. Simpanan wajib dapat dibayar melalui
  rekening koperasi Bank NTT {accb:a}.
~~~
KEPUTUSAN LURAH {kel^:a}
Nomor: {surat:kel}
Tentang Pembentukan Pengurus RT 01 sampai RT 24 Masa Bakti 2026–2029.
Keputusan ini berlaku sejak tanggal ditetapkan, {tgl:d1}.
~~~
BERITA ACARA PEMERIKSAAN PEKERJAAN
Pekerjaan: Rehabilitasi saluran {jln:a}
Penyedia: CV Karya Flobamora, NPWP {npwpb:a}, rekening Bank NTT {accb:a}
Nilai kontrak: Rp {n:c1}.{?250|500|750}.000
Hasil pemeriksaan {tgl:d1}: progres 100%, diterima.
~~~
PENGUMUMAN PENUTUPAN JALAN
Sehubungan dengan pengaspalan, {jln:a} ditutup {hari:d2} pukul 22.00 s/d {?04.00|05.00} keesokan
  harinya. Kendaraan dialihkan. Informasi: Dishub {offtel:a}.
~~~
SURAT EDARAN KEPALA {sch^:a}
Nomor: {surat:sek}
Pembayaran uang komite semester ganjil {rp:m1} melalui rekening sekolah Bank NTT {accb:a} a.n.
  {sch:a}. Tidak menerima pembayaran tunai kepada guru.
~~~
NOTULEN RAPAT KOORDINASI BANJIR
Tanggal: {tgl:d1}
Hadir: BPBD, PUPR, DLHK, camat se-Kota Kupang
Keputusan: normalisasi saluran di {jln:a} dan {jln:b} mulai {tgl:d2}; posko di Kantor Camat
  {kec:a}, Pusdalops {offtel:a}.
~~~
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[{full:w1}]]
NPWP : [[{npwpd:w1}]]
Alamat : [[address:{addr:w1}, {rt:w1}]]
memberi kuasa kepada:
Nama : [[{full:ym2}]]
NIK : [[{nikp:ym2}]]
NPWP : [[{npwpnik:ym2}]]
untuk melaporkan SPT Tahunan saya tahun pajak 2025 di KPP Pratama Kupang.
Kupang, {tgl:d1}
Pemberi kuasa, [[{full:w1}]]
""",
    "ocr_scan": r"""
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
N I K : [[{nikocr:m1k}]]
N a m a : [[{ocrname:m1k}]]
Tempat/Tgl Lahir : {ttl:m1k}
Jenis Kelamin : {sex:m1k}   Gol. Darah : O
Alamat : [[{addr^:m1k}]]
[[address:RT/RW : {rtktp:m1k}]]
Kel/Desa : {kel^:a}
Kecamatan : {kec^:a}
Agama : KRISTEN
~~~
KARTU KELUARGA
No. [[{kkocr:m1k}]]
Nama Kepala Keluarga : [[{full^:m1k}]]
Alamat : [[{addr^:m1k}]]
[[address:RT/RW : {rtktp:m1k}]]
No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan
1 | [[{full^:m1k}]] | [[{nikocr:m1k}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[{full^:w2k}]] | [[{nikp:w2k}]] | PEREMPUAN | ISTRI
3 | [[{full^:cw1k}]] | [[{nikp:cw1k}]] | PEREMPUAN | ANAK
~~~
Layanan Bansos - tangkapan layar
NIK[[{nikp:w1k}]]Nama[[{full^:w1k}]]Alamat[[{addr^:w1k}]]Status : TIDAK PADAN
Keterangan : data KK [[{kkp:w1k}]] belum sinkron
~~~
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[{npwpocr:m1}]]
[[{ocrname:m1}]]
NIK : [[{nikp:m1}]]
[[address:{addr^:m1} {rt:m1}]]
KEL. {kel^:a} KEC. {kec^:a} KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar : {date:b1}
~~~
KARTU INDONESIA SEHAT
No. Kartu : [[{bpjsocr:w1}]]
Nama : [[{ocrname:w1}]]
NIK : [[{nikp:w1}]]
Tgl. Lahir : {dob:w1}
Faskes Tingkat I : {pkm^:a}
~~~
BANK NTT
BUKU TABUNGAN SIMPEDA
NAMA : [[{full^:m1}]]
NO. REKENING : [[{bntt:m1}]]
ALAMAT : [[{addr^:m1}]] KUPANG
TGL BUKA : {date:b1}
~~~
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NO. REGISTRASI : [[{plate:m1}]]
NAMA PEMILIK : [[{ocrname:m1}]]
ALAMAT : [[address:{addr^:m1} {rt:m1}]] KEL. {kel^:a}
MERK/TYPE : HONDA / VARIO 125
NO. RANGKA : {rangka:a}
NO. MESIN : {mesin:a}
~~~
KWITANSI
No : {n:c1}
Sudah terima dari : [[{full:yw1}]]
Uang sejumlah : {rp:m1}
Untuk pembayaran : sewa kamar kos bulan ini
Kupang, {tgl:d1}
Penerima,
[[{full:w2}]]
HP [[{hpocr:w2}]]
~~~
KUTIPAN AKTA KELAHIRAN
No. 5371-LT-{dobc:cw1k}-0{n:c1}
NIK [[{nikp:cw1k}]]
Bahwa di KUPANG pada tanggal {lahir:cw1k} telah lahir [[{full^:cw1k}]]
anak ke-2 dari ayah [[{full^:m1k}]] dan ibu [[{full^:w2}]]
~~~
KARTU PELAJAR {?SMAN 3 KUPANG|SMKN 4 KUPANG|SMAN 1 KUPANG|SMK KATOLIK ST. PIUS X}
Nama : [[{ocrname:tm1}]]
NISN : {nisn:a}
TTL : {ttl:tm1}
Alamat : [[{addr^:tm1}]]
HP Ortu : [[{hpocr:m2}]]
~~~
SURAT NIKAH GEREJA
GMIT JEMAAT KOINONIA KUPANG
Telah diteguhkan pernikahan kudus antara
[[{full^:m1}]] NIK [[{nikocr:m1}]]
dengan
[[{full^:w2}]] NIK [[{nikocr:w2}]]
Kupang, {tgl:b1}
Pdt. [[{full:w3}]], S.Th
~~~
BRI ATM - TRANSFER
TGL {date:d1} JAM {jam:s1}
REK TUJUAN : [[{bri:w1}]]
NAMA TUJUAN : [[{full^:w1}]]
JUMLAH : {rp:m1}
NO REF : {trx:a}
~~~
FORMULIR BIODATA KELUARGA (F-1.01)
Nama Kepala Keluarga : [[{full^:m1k}]]
No. KK : [[{kkocr:m1k}]]
Alamat : [[{addr^:m1k}]]
Telepon : [[{home:m1k}]]
1 [[{full^:m1k}]] [[{nikp:m1k}]] KEPALA KELUARGA
2 [[{full^:cm1k}]] [[{nikocr:cm1k}]] ANAK
~~~
Kepada Yth Bapak Lurah {kel:a}
sy [[{full:w1}]] tinggal di [[{rt:w1}]] mohon bantuan surat keterangan
tidak mampu utk anak sy [[{first:cw2}]] berobat di {rs:a}.
NIK sy [[{nikocr:w1}]] HP [[{hpocr:w1}]]
hormat sy [[{first:w1}]]
~~~
BUKU PEMILIK KENDARAAN BERMOTOR
Nomor Registrasi : [[{plate:m1}]]
Nama Pemilik : [[{ocrname:m1}]]
Alamat : [[{addr^:m1}]]
No. KTP : [[{nikocr:m1}]]
Nomor BPKB : Q-{n:c1}{n:c2}{n:b1}
~~~
SURAT ELIGIBILITAS PESERTA
{rs^:a}
Tgl.SEP : {date:d1}No.Kartu : [[{bpjsocr:ow1}]]
Nama : [[{full^:ow1}]]NIK : [[{nikp:ow1}]]
Poli : PENYAKIT DALAM
~~~
PDAM TIRTA LONTAR KOTA KUPANG
BUKTI PEMBAYARAN
No. Sambungan : {samb:a}
Periode : {bln:b1}
Pemakaian : {n:b1} m3
Total : Rp {n:c1}.{?500|000}
Kasir : LOKET 2
~~~
APOTEK KASIH IBU OEBOBO
{jln:a} No. {n:b1}
NPWP : {npwpb:a}
Paracetamol 500 mg 10 tab Rp 5.000
Amoxicillin 500 mg 10 tab Rp 12.000
TOTAL Rp 17.000
Kasir : {?01|02|03} {date:d1} {jam:s1}
~~~
SURAT PEMBERITAHUAN PAJAK TERUTANG PBB
NOP : {nop:a}
NAMA WAJIB PAJAK : GMIT JEMAAT SION OEPURA
ALAMAT WP : {jln:a} NO. {n:b1}
PBB TERUTANG : {rp:m1}
JATUH TEMPO : {tgl:d2}
~~~
PLN PREPAID TOKEN
ID PEL : {plnid:a}
NO METER : {meter:a}
STROOM/TOKEN : {token:a}
RP BAYAR : {?Rp 50.000|Rp 100.000|Rp 200.000|Rp 500.000}
TGL : {date:d1} {jam:m1}
~~~
NOMOR ANTRIAN
DUKCAPIL KOTA KUPANG
{antri:a}
{hari:d1}, {date:d1} {jam:p1}
Layanan : PERUBAHAN DATA
Sisa antrian : {n:b1}
~~~
SPANDUK KELURAHAN {kel^:a}
FOGGING DBD {hari^:d2} {date:d2}
RT 01 - RT 08
HUB. PETUGAS : {offocr:a}
~~~
T0KO BANGUNAN SUMBER JAYA
{jln^:a} N0. {n:b1}
TELP/WA {offocr:a}
SEMEN 50 KG x 5 @ RP 78.000
TOTAL RP 390.000
TGL {date:d1}
~~~
KARCIS PARKIR
{rs^:a}
MOTOR {?Rp 2.000|Rp 3.000}
{date:d1} {jam:p1}
No. {n:c1}{n:c2}
~~~
TIKET BUS DAMRI
KUPANG - SOE
{hari:d1} {date:d1} {jam:p1}
KURSI {n:b1}
HARGA {rp:s1}
~~~
DISPOSISI
Surat dari : Camat {kec:a}
No. Surat : {surat:kec}
Tgl : {date:d1}
Diteruskan ke : Sekretaris, Kabid Pelayanan
Isi : segera tindak lanjuti
~~~
BUKTI PEMOTONGAN PPh PASAL 21
NOMOR : 1.1-{n:b1}.26-{n:c1}{n:c2}
A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP : [[{npwpocr:w1}]]
A.2 NIK : [[{nikp:w1}]]
A.3 NAMA : [[{ocrname:w1}]]
C. IDENTITAS PEMOTONG
C.1 NPWP : {npwpb:a}
C.2 NAMA : {sch^:a}
""",
    "register_notice": r"""
No,Nama Pemohon,NIK,Alamat,No HP
1,[[{full:m1}]],[[{nikp:m1}]],[[{addr:m1}]],[[{hpp:m1}]]
2,[[{full:w2}]],[[{nikp:w2}]],[[{addr:w2}]],[[{hpp:w2}]]
3,[[{full:m3}]],[[{nikp:m3}]],[[{addr:m3}]],[[{hpp:m3}]]
~~~
Rekap NPWP guru honor (diminta bendahara {sch:a})
[[{full:w1}]] — [[{npwpd:w1}]]
[[{full:m2}]] — [[{npwpnik:m2}]]
[[{full:w3}]] — [[{npwpd:w3}]]
[[{full:yw4}]] — [[{npwpnik:yw4}]]
[[{full:m5}]] — [[{npwp:m5}]]
NPWP bendahara sekolah {npwpb:a} (untuk SSP)
~~~
BUKU TAMU KANTOR KELURAHAN {kel^:a}
Tanggal | Nama | Alamat | HP | Keperluan
{date:d1} | [[{full:w1}]] | [[{rt:w1}]] | [[{hp:w1}]] | surat pindah
{date:d1} | [[{full:m2}]] | [[{addr:m2}]] | [[{hp:m2}]] | SKTM
{date:d1} | Kurir JNE | - | {offwa:a} | antar paket kantor
~~~
DAFTAR PENERIMA BANTUAN BIBIT IKAN LELE 2026
No | Nama | NIK | Rekening BRI
1 | [[{full^:m1}]] | [[{nikp:m1}]] | [[{bri:m1}]]
2 | [[{full^:m2}]] | [[{nikp:m2}]] | [[{bri:m2}]]
3 | [[{full^:w3}]] | [[{nikp:w3}]] | [[{bri:w3}]]
~~~
No Nama NIK No. KK RT/RW
1 [[{full^:m1}]] [[{nikp:m1}]] [[{kkp:m1}]] [[{rtktp:m1}]]
2 [[{full^:w2}]] [[{nikp:w2}]] [[{kkp:w2}]] [[{rtktp:w2}]]
~~~
DAFTAR PESERTA SENAM LANSIA POSYANDU
Nama;Umur;No. BPJS;HP Keluarga
[[{full:ow1}]];{age:ow1};[[{bpjs:ow1}]];[[{hp:w4}]]
[[{full:om2}]];{age:om2};[[{bpjs:om2}]];[[{hp:m5}]]
[[{full:ow3}]];{age:ow3};[[{bpjs:ow3}]];[[{hp:ow3}]]
~~~
DATA KENDARAAN PENGHUNI KOS
Kamar	Nama	Nopol	HP
1	[[{full:ym1}]]	[[{plate:ym1}]]	[[{hp:ym1}]]
2	[[{full:yw2}]]	[[{plate:yw2}]]	[[{hp:yw2}]]
3	[[{full:ym3}]]	[[{plate:ym3}]]	[[{hp:ym3}]]
~~~
REGISTER LAPORAN PENIPUAN - UNIT SIBER
No | Nama pelaku | Nomor | Modus
1 | [[{full:m1}]] | [[{hp:m1}]] | jual tiket kapal palsu
2 | tidak diketahui | {scam:a} | undian Bank NTT
3 | tidak diketahui | {scam:b} | mengaku petugas PLN
4 | [[{full:w2}]] | [[{hp:w2}]] | arisan online
~~~
PENDATAAN PEMILIK RUMAH KOS (Bapenda)
Nama Pemilik | NIK | NPWP | HP | Alamat Pemilik
[[{full:w1}]] | [[{nikp:w1}]] | [[{npwpd:w1}]] | [[{hp:w1}]] | [[{addr:w1}]]
[[{full:m2}]] | [[{nikp:m2}]] | [[{npwpnik:m2}]] | [[{hp:m2}]] | [[{addr:m2}]]
[[{full:xw3}]] | [[{nikp:xw3}]] | [[{npwpd:xw3}]] | [[{hp:xw3}]] | [[{addr:xw3}]]
~~~
Daftar peserta pelatihan barista Disnaker:
1. [[{full:ym1}]] ({age:ym1}) - [[{hp:ym1}]]
2. [[{full:yw2}]] ({age:yw2}) - [[{hp:yw2}]]
3. [[{full:ym3}]] ({age:ym3}) - [[{hp:ym3}]]
4. [[{full:yw4}]] ({age:yw4}) - [[{hp:yw4}]]
~~~
USULAN BEDAH RUMAH KEL. {kel^:a}
Nama KK | NIK | No. KK | RT/RW
[[{full:m1}]] | [[{nikp:m1}]] | [[{kkp:m1}]] | [[{rt:m1}]]
[[{full:ow2}]] | [[{nikp:ow2}]] | [[{kkp:ow2}]] | [[{rt:ow2}]]
~~~
REGISTER UMKM BINAAN
Nama Usaha | Pemilik | NIK Pemilik | HP Pemilik | NIB
Kue Kering Sasando | [[{full:w1}]] | [[{nikp:w1}]] | [[{hp:w1}]] | {nib:a}
Tenun Ikat Mama | [[{full:w2}]] | [[{nikp:w2}]] | [[{hp:w2}]] | {nib:b}
UD Laut Timor | (badan usaha) | - | {offwa:a} | {nib:c}
~~~
DAFTAR NIK TIDAK PADAN - KEL. {kel^:a}
1 [[{full^:m1}]] [[{nikocr:m1}]]
2 [[{full^:w2}]] [[{nikocr:w2}]]
3 [[{full^:m3}]] [[{nikocr:m3}]]
Mohon warga di atas datang ke kelurahan membawa KK asli.
~~~
PERSEMBAHAN SYUKUR PEMBANGUNAN PASTORI
1. Keluarga [[{fam:m1}]] {rp:m1}
2. [[{full:w2}]] {rp:m2}
3. [[{full:m3}]] {rp:m3}
4. NN {rp:s1}
~~~
DATA KIP SISWA {sch^:a}
Nama Siswa | NISN | Nama Ibu | NIK Ibu | HP
[[{full:cm1}]] | {nisn:a} | [[{full:w1}]] | [[{nikp:w1}]] | [[{hp:w1}]]
[[{full:cw2}]] | {nisn:b} | [[{full:w2}]] | [[{nikp:w2}]] | [[{hp:w2}]]
~~~
DAFTAR PENGEMUDI OJEK PANGKALAN {psr^:a}
Nama | Nopol | HP | NIK
[[{full:m1}]] | [[{plate:m1}]] | [[{hp:m1}]] | [[{nikp:m1}]]
[[{full:m2}]] | [[{plate:m2}]] | [[{hp:m2}]] | [[{nikp:m2}]]
~~~
REKAP NPWP PENERIMA HONOR NARASUMBER (Bagian Keuangan)
Nama | NPWP | Instansi
[[{full:m1}]] | [[{npwpd:m1}]] | Undana
[[{full:w2}]] | [[{npwpnik:w2}]] | {pkm:a}
[[{full:m3}]] | [[{npwpd:m3}]] | Dinas PUPR
[[{full:xm4}]] | [[{npwp:xm4}]] | {rs:a}
~~~
DIREKTORI LAYANAN PENGADUAN KOTA KUPANG
Instansi;Alamat;Telepon;WhatsApp
Dinas Sosial;{jln:a} No. {n:b1};{offtel:a};{offwa:a}
PDAM Tirta Lontar;{jln:b} No. {n:b2};{offtel:b};{offwa:b}
Dukcapil;{jln:c} No. {n:b3};{offtel:c};{offwa:c}
~~~
TARIF RETRIBUSI {psr^:a}
Los daging {rp:t1}/hari
Lapak sayur {rp:t2}/hari
Kios {?Rp 150.000|Rp 200.000|Rp 250.000}/bulan
Parkir motor {?Rp 2.000|Rp 1.000}
~~~
JADWAL FOGGING DBD {kec^:a}
RT | Hari | Jam
RT 04 | {hari:d1} | 07.00
RT 09 | {hari:d2} | 07.00
RT 12 | {hari:d3} | 15.00
~~~
JUMLAH KPM PER RT - KEL. {kel^:a}
RT 01: {n:b1} KPM
RT 02: {n:b2} KPM
RT 03: {n:b3} KPM
~~~
APOTEK BUKA MALAM (24 JAM)
Apotek K-24 Oebobo | {jln:a} | {offwa:a}
Apotek Kimia Farma | {jln:b} | {offtel:a}
Apotek Kasih Ibu | {jln:c} | {offwa:b}
~~~
PAKET PEKERJAAN JALAN 2026
No | Paket | Penyedia | NPWP Penyedia | Nilai
1 | Hotmix {jln:a} | CV Timor Jaya | {npwpb:a} | Rp {n:c1}.{?150|480|900}.000
2 | Drainase {jln:b} | CV Karang Indah | {npwpb:b} | Rp {n:c2}.{?250|700|060}.000
~~~
REKAP LAPORAN PER KANAL - {tgl:d1}
Kanal | Jumlah
SMS 1708 | {n:b1}
WA {offwa:a} | {n:b2}
Telepon {offtel:a} | {n:b3}
~~~
JADWAL TANGKI AIR BERSIH BPBD
RT 05 {hari:d1}
RT 07 {hari:d2}
RT 10 {hari:d3}
Kontak Pusdalops {offtel:a}
~~~
JADWAL POSYANDU {kel^:a}
Posyandu | Hari | Lokasi | Kontak
Bunga Bakung | {hari:d1} | Gereja Efata | {offwa:a}
Kasih Ibu | {hari:d2} | Aula Kelurahan | {offwa:b}
~~~
REKAP PEMASOK MAKAN BERGIZI {sch^:a}
No | Nama Pemasok | NIK | NPWP | Rekening
1 | [[{full:w1}]] | [[{nikp:w1}]] | [[{npwpnik:w1}]] | [[{bri:w1}]]
2 | [[{full:w2}]] | [[{nikp:w2}]] | [[{npwpd:w2}]] | [[{bni:w2}]]
3 | UD Sumber Rejeki | - | {npwpb:a} | {accb:a}
4 | [[{full:m3}]] | [[{nikp:m3}]] | [[{npwpd:m3}]] | [[{bntt:m3}]]
~~~
DATA PASIEN HOME CARE {pkm^:a}
Nama | Umur | No. Kartu JKN | Alamat | HP Keluarga
[[{full:ow1}]] | {age:ow1} | [[{bpjs:ow1}]] | [[{addr:ow1}]] | [[{hp:w4}]]
[[{full:om2}]] | {age:om2} | [[{bpjs:om2}]] | [[{addr:om2}]] | [[{hp:m5}]]
[[{full:ow3}]] | {age:ow3} | [[{bpjs:ow3}]] | [[{addr:ow3}]] | [[{hp:w6}]]
""",
    "kupang_malay": r"""
Selamat pagi bapa ibu. Beta [[{full:w1}]], NIK [[{nik:w1}]], rumah di [[address:{addr:w1},
  {rt:w1}]]. Tetangga pung pohon kelapa su miring ke beta pung atap, kalo angin kencang pasti
  rubu. Su omong baik-baik dong sonde mau potong. Tolong Kelurahan {kel:a} datang lia. HP
  [[{hp:w1}]]
~~~
Bapa ibu, Om [[{first:m1}]] yang jual ikan di {psr:a} tu su ambil beta pung uang {rp:m1} untuk
  pesan ikan kerapu, sampe sekarang ikan sonde datang. Nomor dia [[{hp:m1}]], tiap telpon sonde
  angkat. Beta [[{first:w2}]], [[{hp:w2}]]
~~~
Beta pung KTP deng ATM jatuh di oto jalur 6 plat [[{plate:a}]] hari {hari:d1} sore. Sapa yang
  dapa tolong kasi tau. NIK beta [[{nik:m1}]], nama [[{full:m1}]]. Beta pung nomor [[{hp:m1}]]
~~~
Mama [[{full:ow1}]] pung kartu BPJS [[{bpjs:ow1}]] tiba-tiba sonde aktif, padahal PBI. Dong di
  {pkm:a} bilang musti urus di Dinsos. Mama su tua, sonde bisa jalan jauh. Beta anak
  [[{first:m2}]] minta tolong, [[{hp:m2}]]
~~~
Ada nomor {scam:a} telpon sa, bilang dia dari Dinas Sosial, minta beta pung NIK deng foto KK.
  Beta sonde kasi. Tolong kasi tau warga. Beta [[{full:m1}]] dari [[{rt:m1}]] Kel. {kel:a}, nomor
  beta [[{hp:m1}]]
~~~
Beta pung NPWP lama [[{npwp:w1}]], ma dong bilang sekarang pake NIK sa, [[{npwpnik:w1}]]. Tapi di
  aplikasi sonde bisa login. Sapa yang bisa bantu? [[{full:w1}]]
~~~
Beta pung adik nona [[{first:yw1}]] kerja di Kalimantan su 6 bulan sonde ada kabar. Terakhir dia
  WA dari nomor [[{hp:yw1}]]. NIK dia [[{nik:yw1}]]. Tolong BP3MI bantu cari. Kaka
  [[name:{first:m2} {fam:yw1}]], [[{hp:m2}]]
~~~
KK lama [[{kk:w1}]] masih ada beta pung nama, padahal beta su kawin dan su masuk di laki pung KK
  [[{kk:m2}]]. Jadi dobel, BPJS sonde bisa urus. Beta [[{full:w1}]], NIK [[{nik:w1}]]
~~~
Beta su kirim lamaran ke Dinas Kesehatan lewat email dari beta pung email [[{mail:yw1}]] dari
  bulan lalu, sampe sekarang sonde ada balasan. Ini masih buka ko sonde? [[{first:yw1}]]
~~~
Dana PIP anak masuk ke rek BRI [[{bri:w1}]] a.n. [[{full:w1}]], ma pas beta ambil tinggal
  {rp:m1}. Sekolah bilang ada potongan. Potongan apa? Beta mama dari [[{first:cm2}]], HP
  [[{hp:w1}]]
~~~
Bapa [[{full:om1}]] su meninggal dua tahun lalu, ma nama masih ada di daftar pemilih deng masih
  dapa undangan BLT. Beta anak, [[name:{first:m2} {fam:om1}]], NIK [[{nik:m2}]]. Tolong dihapus
  supaya sonde jadi masalah.
~~~
Tiap malam ada anak muda balap liar di {jln:a}, pake motor plat [[{plate:ym1}]]. Dong panggil dia
  [[{nick:ym1}]] sa. Su hampir tabrak orang tua. Polisi tolong patroli.
~~~
Ibu kos [[{full:w1}]] putus listrik kamar beta padahal beta su bayar lewat rekening BNI dia
  [[{bni:w1}]] tanggal {tgl:b1}. Dia bilang belum terima. Beta [[{full:yw2}]], [[{hp:yw2}]]
~~~
Katong keluarga [[{fam:m1}]] di [[{rt:m1}]] Kel. {kel:a} su tiga minggu sonde dapa air PDAM.
  Tangki swasta mahal, {?Rp 150.000|Rp 175.000|Rp 200.000} sekali antar. Beta [[{first:m1}]],
  [[{hp:m1}]]
~~~
Beta pung kios di rumah, [[{addr:w1}]]. NPWP usaha perorangan [[{npwp:w1}]]. Dong dari Bapenda
  datang tagih pajak reklame untuk papan kecil. Ini betul ko? [[{full:w1}]]
~~~
Om [[{first:m1}]] ada tangki air, nomornya [[{hp:m1}]]. Beta su pesan, ma RT sebelah bilang air
  dia dari sumur bor sonde bersih. Dinkes tolong cek. Dari beta [[{first:w2}]]
~~~
Beta pung laki [[{full:m1}]] pung NIK [[{nik:m1}]] di KK tatulis [[{nik15:m1}]], kurang satu
  angka. Jadi BPJS tolak. Beta [[{first:w2}]], HP [[{hpocr:w2}]]
~~~
Jalan di {jln:a} depan {sch:a} su rusak parah, lubang dalam. Motor jatuh tiap hari. Pemkot tolong
  perbaiki sebelum ada yang mati.
~~~
Sampah di {psr:a} su tatumpuk dari minggu lalu, bau busuk sampe ke rumah-rumah. Truk DLHK sonde
  datang.
~~~
Beta su telpon PDAM {offtel:a} dari pagi sonde angkat. Air mati su lima hari di {kel:a}.
~~~
Hati-hati bapa mama, ada orang ngaku petugas PLN masuk rumah bilang mau ganti meteran, minta
  {rp:m1}. Dong pake seragam palsu. PLN sonde pernah minta uang di rumah.
~~~
Oto jalur 3 skarang minta {?Rp 7.000|Rp 8.000|Rp 10.000} di {jln:a}, padahal tarif {?Rp 4.000|Rp
  5.000}. Sopir bilang minyak naik. Dishub tolong cek.
~~~
Ada pesan berantai bilang air PDAM di {kel:a} ada racun. Itu hoax ko sonde? Katong su takut minum.
~~~
Terima kasih Dinkes su fogging di {kel:a} hari {hari:d1}. Nyamuk su kurang.
~~~
Antre di Dukcapil dari jam 6 pagi hari {hari:d1}, jam 12 bilang blangko habis. Besok datang lagi.
  Ini sonde adil.
~~~
{pkm:a} tutup jam 12 siang hari {hari:d1}, padahal papan tulis buka sampe jam 2. Beta bawa anak
  demam jadi pulang lagi.
~~~
Anjing liar di {jln:a} su gigit dua anak sekolah. Dinas Peternakan tolong tangkap sebelum ada
  rabies.
~~~
Bendahara sekolah minta NPWP semua guru honor. Ini punya sa [[{npwpnik:w1}]], ma dong bilang
  sonde terbaca di sistem. Beta [[{full:w1}]], guru honor di {sch:a}.
""",
}


if __name__ == "__main__":
    main()
