"""Write the eighteenth blind redaction corpus, ``redaction_blind_v18.jsonl``, from templates.

Every template below was written by hand from ``docs/redaction-annotation-guide.md`` and carries
its labels inline: ``[[kind:...]]`` labels what lies between the colon and the closing brackets,
``[[{gen:key}]]`` labels one value with the kind its generator makes. ``{gen:key}`` is a value
drawn by a seeded generator (one value per generator and key in a text; ``gen^`` gives it in
capitals, ``gen_`` in lower case); ``{?a|b|c}`` picks one alternative. A template opening with
``@CAPS`` or ``@lower`` is written wholly so. A line indented by two spaces continues the line
above. Every template is filled three times; every fill is checked (see ``problems``) and drawn
again when it fails. The output is the same on every run: ``random.Random(20270118)``.

Run: ``.venv/bin/python tests/data/blind/make_redaction_blind_v18.py``
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

SEED = 20270118
OUT = Path(__file__).parent / "redaction_blind_v18.jsonl"
KINDS = frozenset(
    {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
)
FILLS = 3
DRAWS = 400

# ---------------------------------------------------------------------------------------------
# Pools (every person, number and mailbox is invented)


def words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


MEN = words(
    "Yohanes Markus Yakobus Daniel Fransiskus Agustinus Petrus Melkianus Yermias Semuel Obed "
    "Ebed Hendrik Frederik Matheus Kornelis Simon Yosef Aloysius Benediktus Dominggus Marthen "
    "Ruben Arnoldus Gabriel Heronimus Nikolaus Stefanus Viktor Lukas Adrianus Yulius Bernadus "
    "Rikardus Paulus Zakarias Elias Yunus Imanuel Godlief Ferdinand Wellem Thobias Amos Habel "
    "Nelson Oktovianus Charles Ismail Anselmus Kristofel Lambertus Salmun Efraim Mesakh Roni"
)
WOMEN = words(
    "Maria Yohana Agustina Yuliana Margaretha Elisabeth Dorkas Ester Naomi Debora Marlina "
    "Selfina Yanti Sofia Kristina Veronika Florentina Anastasia Yustina Martha Lodia Mariana "
    "Adriana Oktovina Welmince Yosina Orpa Mince Ferderika Sesilia Theresia Priska Natalia "
    "Rosalina Serlina Febriani Meri Anjelina Apriana Yakomina Imelda Ribka Susana Lusia Regina "
    "Salomi Grasela Hermina Paulina Filomena Wilhelmina"
)
YOUNG_MEN = words("Kevin Jefri Rio Aldo Gerald Jordan Rivaldo Brian Gilbert Reinhard Yosua Kelvin")
YOUNG_WOMEN = words("Cindy Jesika Angel Novita Gresia Tiara Melani Stevani Sherly Vanessa Yunita")
BOYS = words("Kenzo Ezra Kefas Gibran Rafael Jovan Arkan Nathan Gavin Elkana Marvel Abner")
GIRLS = words("Kezia Keysha Olivia Naura Clara Abigail Queen Chelsi Aurel Gwen Tabita Yemima")
OLD_MEN = words("Lazarus Gerson Obaja Korinus Hiskia Zadrak Nehemia Filipus Laurens Alberth")
OLD_WOMEN = words("Sarlota Dina Lea Yuditha Rahel Marta Hana Nelci Agnes Bertha Ruth Yakoba")
FAMILIES = words(
    "Ndun,Manafe,Tefa,Benu,Lay,Bessie,Therik,Pah,Nenobais,Tanone,Amalo,Fanggidae,Mooy,Ratu,Lobo,"
    "Tnunay,Boimau,Sabneno,Nubatonis,Laitabun,Tlonaen,Ataupah,Nomleni,Tunliu,Bollu,Riwu Kaho,"
    "Ga Lena,Dju Dara,Mone Ratu,Ludji Pau,Radja Haba,Adoe,Kolo,Seran,Nahak,Bria,Klau,Atok,"
    "Lakapu,Banunaek,Missa,Selan,Dethan,Fallo,Foenay,Haba,Lomi,Oematan,Messakh,Sinlae,Wadu,"
    "Bana,Loasana,Neonufa,Toelle,Pandie,Djami,Hurek,Koten,Tukan,Maran,Lewar,Bataona,Fernandez,"
    "Kapitan,Nalle,Bunga Lede,Tamelab,Liunokas,Nope,Taopan,Snae,Kapioru,Tasuib,Mbura,Henukh,"
    "Lerrick,Saudale,Pellokila,Kiuk,Neolaka,Tallan,Sjah,Baok,Amtiran,Tome,Nitbani,Sikky",
    ",",
)
OTHERS_M = (
    ("I Made", "Sudarsana"),
    ("I Ketut", "Artawan"),
    ("I Wayan", "Sukerta"),
    ("La Ode", "Rahmat"),
    ("Umbu", "Manu Paranggi"),
    ("Andi", "Baso Daeng Sila"),
    ("Ahmad", "Wahyudi"),
    ("Mohamad", "Rizal"),
    ("Abdul", "Gani Lamahoda"),
    ("Go", "Tjong Hin"),
)
OTHERS_W = (
    ("Ni Luh Putu", "Sriani"),
    ("Ni Ketut", "Warsini"),
    ("Wa Ode", "Hasnawati"),
    ("Rambu", "Ana Ndakularak"),
    ("Siti", "Aminah"),
    ("Nurhayati", "Daeng Ngai"),
    ("Ong", "Mei Ling"),
    ("Sri", "Wahyuningsih"),
    ("Fatimah", "Lamabelawa"),
    ("Kadek", "Ayu Lestari"),
)
NICKS = words("Nyong Ose Aten Ongen Ince Dodi Ance Neli Yoka Eton Minggus Ferdi Niko Ebi Noni")

# Regencies of NTT with their codes and districts; Kota Kupang first.
REGENCIES = (
    ("71", 6, ("Kupang",)),
    ("01", 24, ("Oelamasi", "Babau", "Oesao", "Camplong")),
    ("02", 32, ("Soe", "Niki-Niki")),
    ("03", 24, ("Kefamenanu",)),
    ("04", 12, ("Atambua",)),
    ("05", 17, ("Kalabahi",)),
    ("06", 19, ("Larantuka",)),
    ("07", 21, ("Maumere",)),
    ("08", 21, ("Ende",)),
    ("11", 22, ("Waingapu",)),
    ("14", 10, ("Ba'a",)),
    ("20", 6, ("Seba",)),
)
KELURAHAN = {
    "Alak": "Alak,Batuplat,Fatufeto,Manulai II,Manutapen,Mantasi,Namosain,Nunbaun Delha,"
    "Nunbaun Sabu,Nunhila,Penkase Oeleta,Naioni",
    "Maulafa": "Maulafa,Belo,Fatukoa,Kolhua,Naikolan,Naimata,Oepura,Penfui,Sikumana",
    "Oebobo": "Oebobo,Fatululi,Kayu Putih,Liliba,Oebufu,Oetete,Tuak Daun Merah",
    "Kelapa Lima": "Kelapa Lima,Lasiana,Oesapa,Oesapa Barat,Oesapa Selatan",
    "Kota Raja": "Kuanino,Naikoten I,Naikoten II,Fontein,Airnona,Bakunase,Bakunase II,Nunleu",
    "Kota Lama": "Airmata,Bonipoi,Fatubesi,Merdeka,Nefonaek,Oeba,Pasir Panjang,Solor,Tode Kisar",
}
KEL = tuple((k.strip(), kec) for kec, row in KELURAHAN.items() for k in row.split(","))
PUSKESMAS = ("Oebobo", "Sikumana", "Bakunase", "Oesapa", "Pasir Panjang", "Alak", "Penfui")
PUSKESMAS += ("Naioni", "Manutapen", "Oepoi", "Kupang Kota", "Oesapa Barat")
HOSPITALS = (
    "RSUD S.K. Lerik",
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang",
    "RS St. Carolus Borromeus",
    "RS Leona",
    "RS Mamami",
    "RS Tentara Wirasakti",
)
SCHOOLS = (
    "SD Inpres Oepura 2",
    "SDN Bakunase 1",
    "SD GMIT Kuanino 3",
    "SDK St. Yoseph Naikoten",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMPN 16 Kupang",
    "SMPK St. Theresia",
    "SMAN 1 Kupang",
    "SMAN 3 Kupang",
    "SMKN 2 Kupang",
    "SMKN 4 Kupang",
    "MTsN Kota Kupang",
)
MARKETS = ("Pasar Oebobo", "Pasar Kasih Naikoten", "Pasar Oeba", "Pasar Oesapa", "Pasar Kuanino")
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Adi Sucipto",
    "Jl. Prof. Dr. Herman Yohanes",
    "Jl. Sam Ratulangi",
    "Jl. Jenderal Sudirman",
    "Jl. Cak Doko",
    "Jl. Perintis Kemerdekaan",
    "Jl. Kapten Tendean",
    "Jl. Alfons Nisnoni",
    "Jl. H.R. Koroh",
    "Jl. Ade Irma Suryani",
    "Jl. Frans Lebu Raya",
    "Jl. Bundaran PU",
    "Jl. Oebobo Raya",
    "Jl. Fetor Funay",
)
HOME_STREETS = words(
    "Nangka Kenari Flamboyan Cendana Kelapa Jambu Sukun Anggrek Kelinci Merpati Nuri Rajawali "
    "Bakti Manggis Beringin Lontar Bajawa Amabi Kakatua Cempaka Srikaya Kedondong Belimbing "
    "Gelatik Cenderawasih Mangga Nusa Indah Kamboja Asoka Teratai Sirsak Pisang Kelor Asam"
)
LANES = ("Mawar", "Melati", "Sepakat", "Harapan", "Kenanga", "Sejahtera", "Bougenvil", "Nuri")
PREFIXES = words(
    "0811 0812 0813 0821 0822 0823 0852 0853 0814 0815 0816 0855 0856 0857 0858 0817 0818 0819 "
    "0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0838 0831 0832"
)
HOSTS = words(
    "gmail.com gmail.com gmail.com gmail.com yahoo.com yahoo.co.id ymail.com outlook.com "
    "rocketmail.com hotmail.com"
)
BULAN = words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
HARI = words("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")
PLACES = ("Kupang", "Soe", "Atambua", "Kefamenanu", "Kalabahi", "Ba'a", "Ende", "Maumere")
PLACES += ("Waingapu", "Larantuka", "Seba", "Oelamasi", "Camplong")
WORK = ("PETANI", "WIRASWASTA", "MENGURUS RUMAH TANGGA", "PNS", "NELAYAN", "GURU", "BURUH HARIAN")
WORK += ("PELAJAR/MAHASISWA", "KARYAWAN SWASTA", "PENSIUNAN", "SOPIR", "PEDAGANG")
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# ---------------------------------------------------------------------------------------------
# Drawing values


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def groups(text: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(text[at : at + size])
        at += size
    if at < len(text):
        parts.append(text[at:])
    return sep.join(p for p in parts if p)


def ocr(rng: random.Random, text: str, count: int) -> str:
    """Letters read for digits, as a scan or a hurried thumb gives them."""
    swap = {"0": "O", "1": "l", "8": "B", "5": "S"}
    spots = [i for i, c in enumerate(text) if c in swap and i > 1]
    chars = list(text)
    for i in rng.sample(spots, min(count, len(spots))):
        chars[i] = swap[chars[i]]
    return "".join(chars)


def write_mobile(rng: random.Random, number: str) -> str:  # noqa: PLR0911
    body = number[1:]
    way = rng.randrange(10)
    if way == 0:
        return groups(number, (4, 4), "-")
    if way == 1:
        return groups(number, (4, 4), " ")
    if way == 2:
        return groups(number, (4, 4), ".")
    if way == 3:
        return "+62 " + groups(body, (3, 4), "-")
    if way == 4:
        return "+62" + body
    if way == 5:
        return "62" + body
    if way == 6:
        return "62 " + groups(body, (3, 4), " ")
    return number


class Person:
    """One invented person: names, numbers and a home, drawn together."""

    def __init__(self, rng: random.Random, key: str, regency: str, taken: set[str]) -> None:
        self.rng = rng
        woman = key.startswith(("w", "yw", "cw", "ow", "xw"))
        self.woman = woman
        if key.startswith("c"):
            pool, years = (GIRLS if woman else BOYS), (2008, 2021)
        elif key.startswith("y"):
            pool, years = (YOUNG_WOMEN if woman else YOUNG_MEN), (1998, 2006)
        elif key.startswith("o"):
            pool, years = (OLD_WOMEN if woman else OLD_MEN), (1938, 1960)
        else:
            pool, years = (WOMEN if woman else MEN), (1962, 1988)
        if key.startswith("x"):
            given, family = rng.choice(OTHERS_W if woman else OTHERS_M)
            while given in taken or family in taken:
                given, family = rng.choice(OTHERS_W if woman else OTHERS_M)
            self.given, self.first, self.family = given, given, family
        else:
            first = rng.choice([n for n in pool if n not in taken])
            taken.add(first)
            given = first
            if not key.startswith("c") and rng.random() < 0.3:
                middle = rng.choice([n for n in (WOMEN if woman else MEN) if n not in taken])
                taken.add(middle)
                given = f"{first} {middle}"
            self.given, self.first = given, first
            self.family = rng.choice([f for f in FAMILIES if f not in taken])
        taken.update({self.first, self.family, self.given})
        self.full = f"{self.given} {self.family}"
        self.nick = rng.choice([n for n in NICKS if n not in taken])
        taken.add(self.nick)
        code, districts, places = next(r for r in REGENCIES if r[0] == regency)
        if rng.random() < 0.15:
            code, districts, places = rng.choice(REGENCIES)
        self.pob = rng.choice(places if rng.random() < 0.7 else PLACES)
        year = rng.randint(*years)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        self.dob = f"{day:02d}-{month:02d}-{year}"
        self.year = year
        district = f"{rng.randint(1, districts):02d}"
        self.region = f"53{code}{district}"
        serial = f"{rng.randint(1, 60):04d}" if rng.random() < 0.8 else digits(rng, 4)
        self.nik = f"{self.region}{day + 40 * woman:02d}{month:02d}{year % 100:02d}{serial}"
        issued = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2009, 2025))
        self.kk = f"{self.region}{issued[0]:02d}{issued[1]:02d}{issued[2] % 100:02d}"
        self.kk += f"{rng.randint(1, 9999):04d}"
        self.npwp = f"{rng.randint(40, 99)}{digits(rng, 7)}{rng.choice('1234567890')}"
        self.npwp_tail = rng.choice(("920", "921", "920", "924"))
        self.bpjs = "000" + str(rng.randint(1, 3)) + digits(rng, 9)
        self.mobile = rng.choice(PREFIXES) + digits(rng, rng.choice((7, 8, 8, 8)))
        self.mobile_written = write_mobile(rng, self.mobile)
        self.home = "8" + digits(rng, 5)
        self.home_written = rng.choice(
            (
                "0380 " + self.home,
                "(0380) " + self.home[:3] + " " + self.home[3:],
                "0380-" + self.home,
                "(0380) " + self.home,
            )
        )
        self.mailbox = self.make_mail()
        self.mail_way = rng.randrange(9)
        self.street = rng.choice(HOME_STREETS)
        self.number = str(rng.randint(1, 140)) + ("" if rng.random() < 0.85 else rng.choice("ABC"))
        self.rt = rng.randint(1, 45)
        self.rw = rng.randint(1, 15)
        self.accounts: dict[str, str] = {}

    def make_mail(self) -> str:
        rng = self.rng
        first = self.first.lower().replace(" ", "")
        family = self.family.lower().replace(" ", "")
        yy = f"{self.year % 100:02d}"
        local = rng.choice(
            (
                f"{first}.{family}",
                f"{first}{family}{yy}",
                f"{first}_{family}",
                f"{family}.{first}{yy}",
                f"{first}{yy}",
                f"{first[0]}{family}{rng.randint(1, 99)}",
                f"{first}.{family}{rng.randint(1, 9)}",
            )
        )
        return f"{local}@{rng.choice(HOSTS)}"

    def mail(self, dodged: bool) -> str:  # noqa: PLR0911
        local, host = self.mailbox.split("@")
        if not dodged:
            return self.mailbox
        name, _, tld = host.partition(".")
        way = self.mail_way
        if way == 0:
            return f"{local} @ {host}"
        if way == 1:
            return f"{local}(at){host}"
        if way == 2:
            return f"{local} [at] {name} [dot] {tld}"
        if way == 3:
            return f"{local} at {name} dot {tld}"
        if way == 4:
            return f"{local}(keong){name}(titik){tld}"
        if way == 5:
            return f"{local} @{host}"
        if way == 6:
            return f"{local}@{name},{tld}"
        if way == 7:
            return f"{local}[@]{host}"
        return f"{local}@ {host}"

    def account(self, bank: str) -> str:
        rng = self.rng
        if bank not in self.accounts:
            plain = rng.random() < 0.5
            if bank == "bri":
                raw = digits(rng, 4) + "01" + digits(rng, 9)
                way = raw if plain else groups(raw, (4, 2, 6, 2), "-")
            elif bank == "ntt":
                raw = "0" + rng.choice(("01", "02", "03", "11")) + "01" + "02" + digits(rng, 7)
                way = raw if plain else groups(raw, (3, 2, 2, 6), ".")
                way = way if plain else way[:-1] + "-" + way[-1]
            elif bank == "mandiri":
                raw = "1" + rng.choice(("43", "61", "52")) + "00" + digits(rng, 8)
                way = raw if plain else groups(raw, (3, 2, 7), "-")
            elif bank == "bni":
                raw = rng.choice(("0", "1", "2")) + digits(rng, 9)
                way = raw
            elif bank == "bca":
                raw = rng.choice(("315", "046", "783")) + digits(rng, 7)
                way = raw
            else:
                raw = "7" + digits(rng, 9)
                way = raw
            self.accounts[bank] = way
        return self.accounts[bank]


def date_text(rng: random.Random, way: int) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 11)
    if way == 0:
        return f"{day:02d}/{month:02d}/2026"
    if way == 1:
        return f"{day} {BULAN[month - 1]} 2026"
    return f"{day:02d}-{month:02d}-2026"


def amount(rng: random.Random) -> str:
    value = rng.choice((5, 10, 15, 20, 25, 35, 50, 75, 100, 150, 250, 300, 500, 750, 1500, 2350))
    value *= 1000
    text = f"{value:,}".replace(",", ".")
    return rng.choice((f"Rp {text}", f"Rp{text}", f"Rp. {text}", f"Rp {text},-"))


def office_line(rng: random.Random) -> str:
    rest = rng.choice("8") + digits(rng, 5)
    return rng.choice(
        (f"(0380) {rest[:3]} {rest[3:]}", f"0380-{rest}", f"0380 {rest}", f"(0380) {rest}")
    )


def plate(rng: random.Random) -> str:
    area = rng.choice(("DH", "DH", "DH", "DH", "EB", "ED"))
    number = str(rng.randint(1, 9999))
    suffix = "".join(rng.choice(LETTERS) for _ in range(rng.choice((1, 2, 2))))
    way = rng.randrange(6)
    if way == 0:
        return f"{area}{number}{suffix}"
    if way == 1:
        return f"{area} {number} {suffix}".lower()
    return f"{area} {number} {suffix}"


def lookalike(rng: random.Random, gen: str) -> str:  # noqa: PLR0911, PLR0912
    """Numbers and codes that are not personal data."""
    if gen == "amt":
        return amount(rng)
    if gen == "date":
        return date_text(rng, 0)
    if gen == "tgl":
        return date_text(rng, 1)
    if gen == "jam":
        return f"{rng.randint(7, 11):02d}.{rng.choice(('00', '15', '30', '45', '10', '50'))}"
    if gen == "jamb":
        return f"{rng.randint(12, 17):02d}.{rng.choice(('00', '15', '30', '45', '10', '50'))}"
    if gen == "malam":
        return f"{rng.choice((19, 20, 21, 22, 23))}.{rng.choice(('05', '20', '35', '45', '55'))}"
    if gen == "ticket":
        return rng.choice(
            (
                f"#LPR-2026-{rng.randint(1, 11):02d}{rng.randint(1, 28):02d}-{digits(rng, 4)}",
                f"LAPOR-5371-2026-{digits(rng, 5)}",
                f"26{rng.randint(1, 11):02d}-{digits(rng, 4)}-{digits(rng, 3)}",
                f"KPG/ADU/{digits(rng, 4)}/2026",
            )
        )
    if gen == "va":
        return groups("8808" + digits(rng, 12), (4, 4, 4), " ")
    if gen == "billing":
        return "8" + "2026" + digits(rng, 10)
    if gen == "plnid":
        return "5312" + digits(rng, 8)
    if gen == "meter":
        return "14" + digits(rng, 9)
    if gen == "token":
        return groups(digits(rng, 20), (4, 4, 4, 4), " ")
    if gen == "pdam":
        return f"{rng.randint(1, 9):02d}-{rng.randint(1, 20):02d}-{digits(rng, 6)}"
    if gen == "nop":
        block = f"0{rng.randint(10, 60)}.00{rng.randint(1, 9)}"
        return f"53.71.{block}.{digits(rng, 3)}-{digits(rng, 4)}.0"
    if gen == "nip":
        year = rng.randint(1968, 1992)
        born = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        return f"{born} {year + 24}0{rng.randint(1, 9)} {rng.randint(1, 2)} 00{rng.randint(1, 9)}"
    if gen == "nisn":
        return "00" + digits(rng, 8)
    if gen == "npsn":
        return "5" + rng.choice("03") + digits(rng, 6)
    if gen == "nib":
        return "91203" + digits(rng, 8)
    if gen == "trx":
        return "2026" + digits(rng, 12)
    if gen == "letter":
        return rng.choice(
            (
                "/".join(
                    (
                        rng.choice(("470", "400", "503", "700", "800")),
                        digits(rng, 3),
                        rng.choice(("KEL", "DKPS", "DINSOS", "INSP", "PUPR")),
                        rng.choice(("IX", "X", "XI")),
                        "2026",
                    )
                ),
                f"503/PBG/2026/{digits(rng, 5)}",
                f"5371-LU-{rng.randint(1, 28):02d}{rng.randint(1, 11):02d}2026-{digits(rng, 4)}",
            )
        )
    if gen == "oline":
        return office_line(rng)
    if gen in {"owa", "scam"}:
        number = rng.choice(PREFIXES) + digits(rng, rng.choice((7, 8, 8)))
        return write_mobile(rng, number)
    if gen == "bnpwp":
        return f"0{rng.randint(1, 3)}.{digits(rng, 3)}.{digits(rng, 3)}.{rng.randint(1, 9)}-920.000"
    if gen == "brek":
        return rng.choice(("001.01.02.", "001.02.01.")) + digits(rng, 6) + "-" + digits(rng, 1)
    if gen == "n":
        return str(rng.randint(2, 48))
    if gen == "rm":
        return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"
    if gen == "queue":
        return f"{rng.choice('ABCD')}-{rng.randint(1, 120):03d}"
    if gen == "plate":
        return plate(rng)
    if gen == "rtno":
        return str(rng.randint(1, 45))
    raise KeyError(gen)


PERSON_GENS = {
    "name": "name",
    "given": "name",
    "first": "name",
    "family": "name",
    "nick": "name",
    "init": "name",
    "nik": "nik",
    "nikp": "nik",
    "niko": "nik",
    "nikbad": "nik",
    "kk": "kk",
    "kko": "kk",
    "npwp": "npwp",
    "npwpn": "npwp",
    "npwpo": "npwp",
    "npwps": "npwp",
    "bpjs": "bpjs",
    "bpjso": "bpjs",
    "hp": "phone",
    "hpp": "phone",
    "hpo": "phone",
    "home": "phone",
    "mail": "email",
    "maild": "email",
    "mlocal": "email",
    "mhost": "email",
    "nikhead": "nik",
    "niktail": "nik",
    "rekbri": "bank_account",
    "rekbni": "bank_account",
    "rekntt": "bank_account",
    "rekmandiri": "bank_account",
    "rekbca": "bank_account",
    "rekbsi": "bank_account",
    "addr": "address",
    "rt": "address",
    "rtn": "address",
    "rtktp": "address",
    "plateof": "plate",
}
OTHER_GENS = {"dob", "pob", "age", "kel", "kec", "pkm", "hosp", "school", "market", "street"}
OTHER_GENS |= {"sex", "work", "kelmail", "kab", "day", "sd", "smp"}


class Filler:
    """The values of one text: one value per generator and key."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.values: dict[tuple[str, str], str] = {}
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.regency = "71" if rng.random() < 0.67 else rng.choice(REGENCIES[1:])[0]
        self.kel: dict[str, tuple[str, str]] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            person = Person(self.rng, key, self.regency, self.taken)
            if key.startswith("c") and "m1" in self.people and self.rng.random() < 0.8:
                person.family = self.people["m1"].family
                person.full = f"{person.given} {person.family}"
                person.mailbox = person.make_mail()
            self.people[key] = person
        return self.people[key]

    def value(self, gen: str, key: str) -> str:
        if (gen, key) not in self.values:
            self.values[gen, key] = self.draw(gen, key)
        return self.values[gen, key]

    def draw(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen in PERSON_GENS:
            return self.personal(gen, key)
        if gen in {"kel", "kec", "kelmail"}:
            if key not in self.kel:
                self.kel[key] = rng.choice(KEL)
            kel, kec = self.kel[key]
            if gen == "kelmail":
                host = rng.choice(("@gmail.com", "@kupangkota.go.id"))
                return "kel." + kel.lower().replace(" ", "") + host
            return kel if gen == "kel" else kec
        if gen == "pkm":
            return rng.choice(PUSKESMAS)
        if gen == "hosp":
            return rng.choice(HOSPITALS)
        if gen == "school":
            return rng.choice(SCHOOLS)
        if gen in {"sd", "smp"}:
            return rng.choice([s for s in SCHOOLS if s.upper().startswith(gen.upper())])
        if gen == "market":
            return rng.choice(MARKETS)
        if gen == "street":
            return rng.choice(PUBLIC_STREETS)
        if gen == "day":
            return rng.choice(HARI)
        if gen == "kab":
            return rng.choice(("Kabupaten Kupang", "TTS", "Rote Ndao", "Sabu Raijua", "Alor"))
        if gen in {"dob", "pob", "age", "sex", "work"}:
            person = self.person(key)
            if gen == "dob":
                return person.dob
            if gen == "pob":
                return person.pob
            if gen == "age":
                return str(2026 - person.year)
            if gen == "sex":
                return "PEREMPUAN" if person.woman else "LAKI-LAKI"
            return rng.choice(WORK)
        return lookalike(rng, gen)

    def personal(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen == "plateof":
            return plate(rng)
        p = self.person(key)
        if gen == "name":
            return p.full
        if gen == "given":
            return p.given
        if gen == "first":
            return p.first
        if gen == "family":
            return p.family
        if gen == "nick":
            return p.nick
        if gen == "init":
            return f"{p.first[0]}. {p.family}"
        if gen == "nik":
            way = rng.randrange(10)
            if way < 7:
                return p.nik
            if way < 9:
                return groups(p.nik, (4, 4, 4), " ")
            return f"{p.nik[:2]}.{p.nik[2:4]}.{p.nik[4:6]}.{p.nik[6:12]}.{p.nik[12:]}"
        if gen == "nikp":
            return p.nik
        if gen == "niko":
            return ocr(rng, p.nik, rng.randint(1, 3))
        if gen == "nikbad":
            cut = rng.randint(6, 14)
            if rng.random() < 0.6:
                return p.nik[:cut] + p.nik[cut + 1 :]
            return p.nik[:cut] + rng.choice("0123456789") + p.nik[cut:]
        if gen == "kk":
            return p.kk if rng.random() < 0.85 else groups(p.kk, (4, 4, 4), " ")
        if gen == "kko":
            return ocr(rng, p.kk, 2)
        if gen == "npwp":
            n = p.npwp
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{p.npwp_tail}.000"
        if gen == "npwps":
            n = p.npwp
            return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8]} {p.npwp_tail} 000"
        if gen == "npwpo":
            n = p.npwp
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{p.npwp_tail}.OOO"
        if gen == "npwpn":
            return p.nik
        if gen == "bpjs":
            way = rng.randrange(5)
            return p.bpjs if way < 4 else groups(p.bpjs, (4, 4, 4), " ")
        if gen == "bpjso":
            return ocr(rng, p.bpjs, 2)
        if gen == "hp":
            return p.mobile_written
        if gen == "hpp":
            return p.mobile
        if gen == "hpo":
            return groups(ocr(rng, p.mobile, 3), (4, 4), rng.choice(("-", " ", "")))
        if gen == "home":
            return p.home_written
        if gen == "mail":
            return p.mail(dodged=False)
        if gen == "maild":
            return p.mail(dodged=True)
        if gen in {"mlocal", "mhost"}:
            return p.mailbox.split("@")[gen == "mhost"]
        if gen == "nikhead":
            return p.nik[:8]
        if gen == "niktail":
            return p.nik[8:]
        if gen.startswith("rek"):
            return p.account(gen[3:])
        if gen == "addr":
            return self.address(p)
        if gen == "rt":
            return self.rt(p)
        if gen == "rtn":
            return f"RT {p.rt:02d}" if rng.random() < 0.5 else f"RT {p.rt}"
        if gen == "rtktp":
            return f"{p.rt:03d}/{p.rw:03d}"
        raise KeyError(gen)

    def address(self, p: Person) -> str:  # noqa: PLR0911
        rng = self.rng
        way = rng.randrange(12)
        if way < 5:
            return f"Jl. {p.street} No. {p.number}"
        if way == 5:
            return f"Jl. {p.street} Gg. {rng.randint(1, 9)} No. {p.number}"
        if way == 6:
            return f"Gg. {rng.choice(LANES)} No. {p.number}"
        if way == 7:
            return f"Jln. {p.street} no {p.number}"
        if way == 8:
            return f"Jalan {p.street} Nomor {p.number}"
        if way == 9:
            return f"Perumnas Blok {rng.choice('ABCDEFGH')} No. {p.number}"
        if way == 10:
            return f"Jl. {p.street} No.{p.number}"
        return f"Jl. {p.street} Gg. {rng.choice(LANES)} No. {p.number}"

    def rt(self, p: Person) -> str:
        rt, rw = p.rt, p.rw
        return self.rng.choice(
            (
                f"RT {rt:02d}/RW {rw:02d}",
                f"RT {rt:03d}/RW {rw:03d}",
                f"RT {rt:02d} RW {rw:02d}",
                f"RT {rt} RW {rw}",
                f"RT.{rt:02d}/RW.{rw:02d}",
                f"RT {rt:03d}/{rw:03d}",
                f"RT {rt:02d}/RW {rw:02d}",
            )
        )


# ---------------------------------------------------------------------------------------------
# Templates, per style

TEMPLATES = {
    "sms_1708": """
@CAPS
KOTKUPANG truk sampah sdh 2 minggu tdk masuk di {?lorong|gang} kami, sampah su bau sampai ke
  jalan.
  Sy [[{name:m1}]] [[{rt:m1}]] Kel. {kel:1}. Hp [[{hp:m1}]]
~~~
@lower
kotkupang sekolah {sd:1} minta uang foto wisuda {amt:1} per anak, anak sy [[{first:cw1}]]
  kelas 6 blm bayar jd tdk boleh ikut latihan. mohon ditegur. ortu [[{name:w1}]]
~~~
@CAPS
KOTKUPANG SY SDH REKAM KTP-EL SEJAK {date:1} TAPI SAMPAI SKRG BLM CETAK, KATANYA BLANGKO HABIS.
  NIK [[{nik:m1}]] A.N. [[{name:m1}]]. TLG DIBANTU KRN MAU URUS KERJA
~~~
@lower
kotkupang meteran pdam di depan rumah sy dicuri orang tadi malam. no sambungan {pdam:1}.
  alamat [[{addr:w1}]] kel. {kel:1}. mohon cepat dipasang baru. [[{name:w1}]]
~~~
@CAPS
KOTKUPANG TETANGGA BAKAR SAMPAH PLASTIK TIAP MALAM DI BELAKANG RUMAH, ASAP MASUK KAMAR ANAK
  SY YG SAKIT ASMA. SDH TEGUR TDK DIDENGAR. KAMI DI [[{rt:w1}]] KEL. {kel:1}. DARI [[{name:w1}]]
~~~
@CAPS
KOTKUPANG MOTOR SY [[{plateof:1}]] DIANGKUT DISHUB DI {market:1} PDHL SY PARKIR DI TEMPAT
  RESMI DAN SDH BAYAR KARCIS {amt:1}. MOHON PENJELASAN. [[{name:m1}]] [[{hp:m1}]]
~~~
@lower
kotkupang kartu kis sy tdk aktif sejak pindah dr {kab:1} ke kota. no kartu [[{bpjs:w1}]].
  di Puskesmas {pkm:1} disuruh bayar umum {amt:1}. tlg dibantu. [[{first:w1}]]
~~~
@CAPS
KOTKUPANG PENSIUN MAMA SY [[{name:ow1}]] SDH 2 BLN TDK MASUK KE REK BRI [[{rekbri:ow1}]].
  DI KANTOR POS DISURUH KE TASPEN, DI TASPEN DISURUH KE BANK. SY ANAKNYA [[{name:m1}]]
~~~
@lower
kotkupang sy dpt sms dari {scam:1} katanya sy menang undian {amt:1} dr bank, disuruh kirim
  pin. itu penipu kah? sy tdk balas. kalau perlu hubungi sy di [[{hp:w1}]]. [[{first:w1}]]
~~~
@CAPS
KOTKUPANG DI [[{rt:m2}]] ADA OMA [[{name:ow1}]] UMUR {age:ow1} TH TINGGAL SENDIRI, RUMAH BOCOR
  DAN BLM PERNAH DAPAT BANTUAN APAPUN. MOHON DINSOS TURUN. PELAPOR [[{name:m2}]] TETANGGANYA
~~~
@lower
kotkupang sy baru nikah mau pecah kk dari kk orang tua no [[{kk:m1}]], tp di kelurahan
  disuruh bawa surat pengantar rt dulu, pdhl rt blm ada. bgmn? [[{name:m1}]] [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG SY JUAL IKAN PERORANGAN, MAU DAFTAR JADI PENYEDIA KATERING SEKOLAH TAPI NPWP SY
  [[{npwp:m1}]] DITOLAK SISTEM. MOHON BANTUAN DARI BAGIAN PENGADAAN. [[{name:m1}]]
~~~
@lower
kotkupang sdh 3x lapor lampu jalan mati di {street:1} blm ada tanggapan. mohon balasan ke
  email sy [[{maild:w1}]] krn hp sy sering mati. terima kasih. [[{name:w1}]]
~~~
@CAPS
KOTKUPANG TIANG LISTRIK MIRING MAU JATUH KE RUMAH SY DI [[{addr:m1}]] KEL. {kel:1}. PLN BLG
  ITU BUKAN TIANG MEREKA. TOLONG SIAPA YG TANGGUNG JAWAB. [[{name:m1}]]
~~~
@lower
kotkupang tadi malam jam {malam:1} mama sy [[{first:ow1}]] sesak napas, ambulans Puskesmas
  {pkm:1}
  tdk mau jemput katanya sopir tdk ada. akhirnya naik ojek ke {hosp:1}. [[{name:w1}]]
  [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG ANAK SY [[{name:cw1}]] NIK [[{nik:cw1}]] TDK DITERIMA JALUR ZONASI DI {smp:1}
  PDHL RUMAH KAMI CUMA 300 M DI [[{addr:m1}]]. MOHON DICEK. BAPAKNYA [[{name:m1}]]
~~~
@lower
kotkupang sy [[{name:ym1}]] mahasiswa, mau tanya syarat surat keterangan tidak mampu utk
  beasiswa.
  sdh ke kantor lurah {kel:1} 2x tdk ada petugas. wa sy [[{hp:ym1}]]
~~~
@CAPS
KOTKUPANG LUBANG BESAR DI {street:1} DEPAN BANK NTT SUDAH 1 BULAN, SDH {n:1} MOTOR JATUH. TOLONG
  DINAS PUPR SEGERA TAMBAL SEBELUM ADA KORBAN
~~~
@lower
kotkupang mau tanya jam buka dukcapil hari sabtu. laporan sy sebelumnya nomor {ticket:1} blm
  dijawab. terima kasih
~~~
@CAPS
KOTKUPANG TOKEN PLN SY DITOLAK TERUS, ID PEL {plnid:1}, TOKEN {token:1} DIBELI {tgl:1}
  SEHARGA {amt:1}. CALL CENTER 123 SIBUK. TLG DIBANTU
~~~
@lower
kotkupang ada sms dari {scam:1} bilang nik sy terpilih bansos {amt:1} suruh klik link. itu benar
  dari dinsos atau penipu? banyak warga yg dapat juga
~~~
@CAPS
KOTKUPANG PENAGIH RETRIBUSI DI {market:1} MINTA {amt:1} TAPI KARCIS CUMA TULIS {amt:2}.
  PEDAGANG SAYUR DI LOS BELAKANG SEMUA MENGELUH. MOHON DICEK
~~~
@lower
kotkupang kode billing pbb sy {billing:1} sdh kadaluarsa sebelum sy bayar. nop {nop:1}. harus
  minta baru di mana? bapenda bisa lewat wa?
~~~
@CAPS
KOTKUPANG LAMPU MERAH DI PERTIGAAN {street:1} MATI SEJAK {day:1} PAGI, JAM {jam:1} HAMPIR
  TABRAKAN. POLISI TIDAK ADA YG ATUR
~~~
@lower
kotkupang terima kasih utk dinas pupr, jalan di depan Puskesmas {pkm:1} su diaspal. laporan
  {ticket:1}
  bisa ditutup. salam damai
~~~
@CAPS
KOTKUPANG AIR PDAM DI KEL. {kel:1} KERUH WARNA COKLAT SUDAH 4 HARI. NO SAMBUNGAN {pdam:1}.
  HOTLINE
  PDAM {oline:1} TIDAK DIANGKAT
~~~
@lower
kotkupang nomor wa pengaduan dinas kebersihan {owa:1} tdk pernah balas, kantor {oline:1}
  jg tdk angkat. sampah di {market:1} numpuk sampai ke jalan
~~~
@CAPS
KOTKUPANG SY [[{name:m1}]] PESERTA PBI NO KARTU [[{bpjs:m1}]], ISTRI [[{name:w1}]] NO
  [[{bpjs:w1}]]. OBAT DARI DOKTER TDK ADA DI APOTEK RS, DISURUH BELI DI LUAR {amt:1}. MOHON
  DICEK
~~~
@lower
kotkupang sy pedagang sayur perorangan di {market:1}, mau daftar lapak resmi tp diminta npwp.
  npwp sy
  [[{npwp:w1}]] sdh dikasi tp petugas blg harus npwp badan. sy [[{name:w1}]] rmh [[{addr:w1}]]
""",
    "wa_chat": """
[{date:1} 20.14] [[{name:w1}]]: Kaka, Oma pung kartu KIS nomor berapa? Dong di IGD {hosp:1}
  minta
[{date:1} 20.16] [[{name:m1}]]: [[{bpjs:ow1}]] atas nama [[{name:ow1}]]
[{date:1} 20.17] [[{name:w1}]]: Ok makasih, beta kasi ke perawat
[{date:1} 20.31] [[{name:m1}]]: Kalo dong minta bayar, telpon beta. Jang bayar dulu
~~~
[{date:1} 06.40] Admin Kelurahan {kel:1}: Jadwal tangki air bersih hari ini: RT 03 pagi, RT
  07 siang
[{date:1} 06.52] [[{name:w1}]]: Pak admin, rumah kami di [[{addr:w1}]] minggu lalu sonde dapat
[{date:1} 06.55] Admin Kelurahan {kel:1}: Baik ibu, nanti sopir singgah. Ibu pung nomor aktif?
[{date:1} 06.57] [[{name:w1}]]: [[{hp:w1}]]
~~~
[{date:1} 10.03] Admin Kelurahan {kel:1}: Mohon warga yang belum terdata BPNT kirim NIK dan
  No KK
[{date:1} 10.20] [[{name:m1}]]: Ini punya sy: [[{nikp:m1}]] / [[{kk:m1}]]
[{date:1} 10.21] [[{name:m1}]]: Sy tinggal di [[{rt:m1}]], baru pindah dari {kab:1}
[{date:1} 10.40] Admin Kelurahan {kel:1}: Sudah dicatat bapak
~~~
[{date:1} 21.05] [[{name:m1}]]: Bapa mama, anak saya [[{first:cm1}]] sakit tifus, masuk {hosp:1}
[{date:1} 21.07] [[{name:m1}]]: Kalau ada yang mau bantu bisa lewat rekening BRI [[{rekbri:w1}]]
  a.n. [[{name:w1}]] (istri saya)
[{date:1} 21.12] [[{name:w2}]]: Tuhan kasi sembuh nyong [[{first:cm1}]]
~~~
[{jam:1}] [[{first_:m1}]]: kaka, motor yg sa beli dari [[{name:m2}]] tu plat [[{plateof:1}]],
  BPKB blm dikasi
[{jam:1}] [[{first_:m1}]]: dia pung nomor [[{hp:m2}]] su sonde aktif
[{jamb:2}] [[{name:w1}]]: lapor ke polsek sa, bawa kuitansi {amt:1} tu
~~~
{date:1}, 19.40 - [[{name:w1}]]: Selamat malam pak RT, tuan rumah kos [[{name:m2}]] ancam
  usir kami
  padahal sewa sudah dibayar sampai {tgl:1}
{date:1}, 19.42 - [[{name:w1}]]: Kamar kami di [[{addr:m2}]], Kel. {kel:1}
{date:1}, 19.50 - Ketua RT: Besok sa panggil dia ke rumah
~~~
[{date:1} 07.12] [[{name:w1}]]: Bapa mama dong, oto angkot [[{plateof:1}]] tadi pagi ngebut
  di depan
  {school:1}, hampir tabrak anak kelas 1
[{date:1} 07.15] [[{name:m1}]]: Betul, sa lihat juga. Su foto, nanti kirim ke Dishub
[{date:1} 07.16] Wali Kelas 1B: Terima kasih infonya bapa ibu
~~~
[{date:1} 16.02] [[{name:m1}]]: Selamat sore. Saya Lurah {kel:1}, [[{name:m1}]]. Besok kerja
  bakti
  jam 06.30 di pantai. Yang tidak bisa ikut hubungi saya [[{hp:m1}]]
[{date:1} 16.10] [[{name:w1}]]: Siap Pak [[{first:m1}]]
~~~
[{date:1} 13.22] [[{name:yw1}]]: Kak, sa su kirim berkas PPPK ke panitia, tapi balasan harus
  ke email
  pribadi. Sa pung [[{mail:yw1}]], betul to?
[{date:1} 13.25] [[{name:w1}]]: Betul adik. Jang lupa cek folder spam
~~~
[{date:1} 09.10] [[{name:w1}]]: Data bayi posyandu bulan ini:
1. [[{first:cw1}]] anak dari ibu [[{name:w2}]], BB 7,2 kg
2. [[{first:cm1}]] anak dari ibu [[{name:w3}]], BB 8,1 kg
[{date:1} 09.12] Bidan Puskesmas: Terima kasih kader
~~~
[{date:1} 18.30] [[{name:m1}]]: Pak operator, sy honorer di {school:1}, mau isi data PPPK.
  NPWP sy
  [[{npwp:m1}]], NIK [[{nik:m1}]]. Sudah betul?
[{date:1} 18.41] Operator Sekolah: Sudah pak
~~~
[{date:1} 22.03] [[{name:ow1}]]: Nak, om [[{first:m1}]] bilang ko pung email ganti?
[{date:1} 22.10] [[{name:m2}]]: Iya mama, yang baru [[{maild:m2}]]. Yang lama sudah tidak
  bisa buka
[{date:1} 22.11] [[{name:ow1}]]: Ok nanti mama kasi tau om
~~~
{date:1}, 03.12 - [[{name:m1}]]: Air masuk rumah sampai lutut, kami di
  [[address:{addr:m1} {rt:m1}]].
  Ada anak kecil 2 orang. Tolong BPBD
{date:1}, 03.15 - [[{name:w1}]]: Sa teruskan ke grup relawan. Om [[{first:m1}]] pung HP
  [[{hp:m1}]] to?
{date:1}, 03.16 - [[{name:m1}]]: Iya
~~~
[{date:1} 17.45] [[{name:w1}]]: Hati-hati, ada WA dari {scam:1} ngaku petugas PLN minta transfer
  {amt:1} untuk ganti meteran. Saya hampir kirim
[{date:1} 17.47] [[{name:m1}]]: Sa juga dapat. Kalau mau lapor, sa pung nomor [[{hp:m1}]],
  kita ke polsek sama-sama
~~~
[{date:1} 11.02] [[{name:m1}]]: Selamat siang ibu guru, anak sa [[{name:cw1}]] belum dapat kartu
  pelajar. NISN {nisn:1}
[{date:1} 11.30] [[{name:w1}]]: Baik bapak, besok ibu urus di TU
[{date:1} 11.31] [[{name:m1}]]: Terima kasih ibu [[{first:w1}]]
~~~
[{jam:1}] mama: Nona, token listrik habis. Beli yang {amt:1} sa
[{jam:1}] mama: ID pelanggan {plnid:1}
[{jamb:2}] bapa: Su beli. Token {token:1}
~~~
[{date:1} 08.00] Admin Kelurahan {kel:1}: Info fogging {day:1} {tgl:1}: RT 01 sampai RT 09
  jam 15.00.
  Rumah mohon dibuka. Info lanjut WA kelurahan {owa:1}
~~~
[{date:1} 19.00] Grup RT 05: Rapat warga {day:1} jam 19.00 di rumah ketua RT. Iuran keamanan
  naik jadi {amt:1} per bulan mulai {tgl:1}
[{date:1} 19.04] Bendahara RT: Yang belum bayar bulan lalu harap lunasi
~~~
[{date:1} 07.30] Puskesmas {pkm:1}: Imunisasi campak {day:1} {tgl:1} jam 08.00-12.00.
  Pendaftaran
  lewat WA {owa:1} atau datang langsung. Bawa buku KIA
~~~
*Diteruskan*
Kirim NIK dan KK ke WA {scam:1} untuk dapat BLT {amt:1}. Cepat sebelum kuota habis!
[{date:1} 12.10] Admin RT 14: Itu HOAX bapa mama, jangan kirim data apa-apa
~~~
[{date:1} 14.20] PDAM Tirta Lontar: Pemberitahuan gangguan pipa di {street:1}. Air mati di Kel.
  {kel:1} dan sekitarnya {tgl:1} jam 09.00 sampai 18.00. Pengaduan {oline:1}
~~~
[{jam:1}] bapa: ade su bayar uang sekolah?
[{jam:1}] adik: su bapa, {amt:1}, kuitansi no {ticket:1}
[{jamb:2}] mama: puji Tuhan
~~~
[{date:1} 10.00] Operator {sd:1}: Jadwal ANBK kelas 5 {day:1} {tgl:1}. NPSN sekolah {npsn:1}.
  Siswa datang jam 07.00 pakai seragam
~~~
[{date:1} 09.15] Dishub Kota Kupang: Tarif parkir baru di {market:1} mulai {tgl:1}: motor
  {amt:1},
  mobil {amt:2}. Aduan juru parkir liar ke WA {owa:1}
~~~
[{date:1} 08.05] Info Samsat: Program pemutihan pajak kendaraan sampai {tgl:1}. Kode bayar
  {billing:1} hanya contoh. Pertanyaan ke {oline:1}
~~~
[{date:1} 15.30] Admin Grup Nelayan: Pendaftaran kartu KUSUKA di kantor Dinas Perikanan,
  {street:1}. Bawa KTP asli. Info WA dinas {owa:1}
[{date:1} 15.34] Admin Grup Nelayan: Gratis, tidak ada pungutan
~~~
[{date:1} 08.20] [[{name:w1}]]: Kaka, petugas RS minta Bapa pung NPWP deng nomor kartu BPJS
[{date:1} 08.24] [[{name:m1}]]: NPWP [[{npwp:om1}]], kartu BPJS [[{bpjs:om1}]]
[{date:1} 08.25] [[{name:m1}]]: Atas nama [[{name:om1}]], jang salah tulis
[{date:1} 08.30] [[{name:w1}]]: Ok kaka
~~~
[{date:1} 19.10] Ketua Kelompok Tani: Bendahara tolong kirim nomor rekening anggota untuk
  subsidi
[{date:1} 19.25] [[{name:w1}]]: 1. [[{name:m1}]] BRI [[{rekbri:m1}]]
2. [[{name:m2}]] BRI [[{rekbri:m2}]]
3. [[{name:w2}]] BRI [[{rekbri:w2}]]
[{date:1} 19.27] Ketua Kelompok Tani: Terima kasih ibu [[{first:w1}]]
""",
    "lapor_form": """
Judul Laporan: Diminta bayar untuk akta kematian
Isi Laporan: Bapak saya almarhum [[{name:om1}]] (NIK [[{nik:om1}]]) meninggal {tgl:1}. Waktu
  urus
  akta kematian di kelurahan {kel:1} saya diminta {amt:1} tanpa kuitansi. Setahu saya gratis.
Kategori: Administrasi Kependudukan
Pelapor: [[{name:w1}]]
No. HP: [[{hp:w1}]]
~~~
FORMULIR PENGADUAN - lapor.kupangkota.go.id
Nama Lengkap : [[{name:m1}]]
NIK : [[{nikp:m1}]]
Alamat : [[address:{addr:m1}, {rt:m1}]], Kel. {kel:1}
No. HP/WA : [[{hp:m1}]]
Email : [[{mail:m1}]]
Uraian : Sisa galian saluran di depan rumah dibiarkan sejak {tgl:1}, anak-anak jatuh ke lubang.
~~~
Nomor Tiket: {ticket:1}
Rahasiakan identitas: Ya
Nama Pelapor: Dirahasiakan
Isi Laporan: Petugas loket perizinan bernama [[{name:m1}]] minta uang pelicin {amt:1} supaya
  PBG cepat keluar. Kejadian {day:1} {tgl:1} sekitar jam {jam:1}.
Lokasi: Mal Pelayanan Publik, {street:1}
~~~
Judul: KIS PBI istri dan anak tiba-tiba nonaktif
Isi: Kartu istri saya [[{name:w1}]] nomor [[{bpjs:w1}]] dan anak [[{name:cm1}]] nomor
  [[{bpjs:cm1}]] nonaktif sejak {tgl:1}. Kami tidak mampu bayar mandiri.
Pelapor: [[{name:m1}]], [[{rt:m1}]] Kel. {kel:1}
~~~
Judul: Dana PIP anak belum cair
Isi Laporan: Anak saya [[{name:cw1}]] siswi {smp:1} terdaftar penerima PIP. Rekening BRI
  [[{rekbri:cw1}]] atas nama anak saya, tapi dana belum masuk. Sekolah bilang tanya ke bank.
Pelapor: [[{name:w1}]] / [[{hp:w1}]]
~~~
PERMOHONAN INFORMASI PUBLIK (PPID Kota Kupang)
Nama : [[{name:m1}]]
Pekerjaan : Mahasiswa
Alamat : [[{addr:m1}]] Kel. {kel:1}
Email : [[{maild:m1}]]
Informasi yang diminta : Daftar penerima hibah rumah ibadah tahun 2026
Tujuan : Penelitian skripsi
~~~
Tanggapan Dinas Pekerjaan Umum dan Penataan Ruang atas tiket {ticket:1}:
Yth. Bapak [[{name:m1}]], saluran di depan rumah Bapak di [[{addr:m1}]] sudah dijadwalkan
  dibersihkan {tgl:1}. Untuk koordinasi lapangan silakan hubungi kantor kami {oline:1}.
~~~
Judul Laporan: NPWP ditolak saat bayar BPHTB
Isi: Saya beli tanah NOP {nop:1}. Di loket Bapenda NPWP saya [[{npwp:m1}]] ditolak, katanya
  tidak valid, padahal aktif. Mohon penjelasan. Pelapor [[{name:m1}]], HP [[{hp:m1}]]
~~~
Judul: Mobil dinas dipakai antar jemput anak
Isi Laporan: Mobil plat merah [[{plateof:1}]] setiap pagi jam 06.30 antar anak sekolah ke
  {school:1} lalu dipakai belanja di {market:1}. Mohon ditertibkan.
Anonim: Ya
~~~
Layanan: Perubahan Data Kartu Keluarga
No. KK : [[{kk:w1}]]
NIK Pemohon : [[{nik:w1}]]
Nama Pemohon : [[{name:w1}]]
Keterangan : Nama suami di KK tertulis "[[name:{given:m1} {family:m1}h]]", yang benar
  [[{name:m1}]].
~~~
Judul: Dokter tidak ada di poli
Isi Laporan: Mama saya [[{name:ow1}]] (No. RM {rm:1}) antri di poli penyakit dalam {hosp:1}
  dari jam 07.00, sampai jam 13.00 dokter tidak datang. Perawat [[{first:yw1}]] hanya bilang
  sabar.
Pelapor: [[{name:m1}]]
~~~
DISPOSISI
Dari: Bagian Organisasi Setda Kota Kupang
Kepada: Kepala Dinas Sosial
Tiket: {ticket:1}
Pelapor: [[{name:w1}]] ([[{hp:w1}]])
Isi ringkas: Lansia atas nama [[{name:ow1}]] di [[{rt:ow1}]] Kel. {kel:1} belum terima bantuan
Batas tindak lanjut: 5 hari kerja
~~~
Judul: Tetangga bangun rumah di atas saluran
Isi Laporan: Tetangga saya [[{name:m2}]] membangun dapur di atas saluran air di samping rumahnya
  [[{addr:m2}]]. Setiap hujan air masuk ke rumah kami di [[{addr:m1}]].
Pelapor: [[{name:m1}]]
~~~
Judul: Listrik rumah sering padam sendiri
Isi: ID pelanggan {plnid:1}, alamat [[address:{addr:w1} {rt:w1}]]. Sudah lapor ke PLN 123, nomor
  pengaduan {ticket:1}, belum ada petugas datang.
Nama: [[{name:w1}]]
~~~
PENGADUAN LAYANAN ADMINDUK
Nama : [[{name:xm1}]]
NIK : [[{nik:xm1}]]
No. KK : [[{kk:xm1}]]
Jenis layanan : Penggantian KTP-el hilang
Keluhan : Sudah 3 minggu, status di aplikasi masih "diproses".
Kontak : [[{hp:xm1}]]
~~~
Judul: Tagihan rumah sakit padahal peserta JKN
Isi Laporan: Saya [[{name:w1}]], peserta JKN mandiri [[{bpjs:w1}]], rawat inap di {hosp:1}
  tapi disuruh beli obat sendiri {amt:1}. Kuitansi ada.
Nomor HP: [[{hp:w1}]]
~~~
Nomor Tiket: {ticket:1}
Nama Pelapor: Dirahasiakan
Kategori: Infrastruktur
Isi Laporan: Jembatan kecil di {street:1} dekat Puskesmas {pkm:1} retak, kendaraan berat
  tetap lewat.
Status: Diteruskan ke Dinas PUPR
~~~
Tanggapan Dinas Kebersihan atas tiket {ticket:1}
Status: Selesai
Truk sampah sudah dijadwalkan ulang untuk Kel. {kel:1} setiap {day:1}. Informasi lanjut hubungi
  kantor kami {oline:1} atau WA layanan {owa:1}.
~~~
REKAP PENGADUAN BULAN {?SEPTEMBER|OKTOBER|NOVEMBER} 2026
SMS 1708 : {n:1} laporan
Web lapor.kupangkota.go.id : {n:2} laporan
WA Center {owa:1} : {n:3} laporan
Langsung ke loket : {n:4} laporan
~~~
Judul: Lampu jalan mati total
Isi Laporan: Sepanjang {street:1} dari Puskesmas {pkm:1} sampai {market:1} lampu mati sejak
  {tgl:1}.
  Rawan jambret.
Anonim: Ya
Nomor Tiket: {ticket:1}
~~~
JAWABAN PERMOHONAN INFORMASI
Nomor: {letter:1}
Dokumen yang diberikan: Rencana Kerja Dinas 2026, daftar paket pekerjaan jalan, surat
  keputusan {letter:2}. Keberatan dapat diajukan ke PPID Utama paling lambat {tgl:1}.
~~~
Judul: Antrian online Dukcapil selalu penuh
Isi: Tiap jam 00.00 dibuka, jam 00.05 kuota habis. Nomor tiket sebelumnya {ticket:1}.
Kategori: Pelayanan Publik
Rahasiakan identitas: Ya
~~~
Judul: Retribusi lapak naik tanpa sosialisasi
Isi Laporan: Di {market:1} retribusi harian naik dari {amt:1} ke {amt:2}. Tidak ada surat
  edaran. Nama Pelapor: Dirahasiakan
~~~
HASIL SURVEI KEPUASAN MASYARAKAT - UNIT LAYANAN {?DUKCAPIL|DPMPTSP|BAPENDA}
Periode: Triwulan III 2026
Responden: {n:1}0 orang
Nilai IKM: 8{n:2},{n:3}
Saran terbanyak: ruang tunggu panas, nomor antrian {queue:1} dipanggil tidak berurutan.
~~~
Judul: Telepon mengaku petugas Dukcapil
Isi Laporan: Saya ditelpon {scam:1}, mengaku petugas Dukcapil, minta foto KTP dan kode OTP.
  Saya tidak kasih. Mohon diumumkan ke warga.
Nama Pelapor: Dirahasiakan
~~~
LEMBAR DISPOSISI
Nomor Agenda: {letter:1}
Dari: Bagian Organisasi
Kepada: Kadis PUPR
Perihal: Tindak lanjut {n:1} laporan SP4N-LAPOR! tentang drainase di Kel. {kel:1}
Diterima: {date:1}
~~~
Judul: Klaim JHT dan kartu KIS
Isi Laporan: Saya [[{name:m1}]] baru di-PHK. Nomor BPJS Ketenagakerjaan {nib:1} sudah diurus,
  tapi kartu KIS saya [[{bpjs:m1}]] dan anak [[{name:cw1}]] [[{bpjs:cw1}]] ikut nonaktif
  karena dulu didaftarkan perusahaan. Mohon dialihkan ke PBI.
Kontak: [[{hp:m1}]]
~~~
FORMULIR PENGADUAN PAJAK DAERAH
Nama Wajib Pajak : [[{name:w1}]]
NPWP Pribadi : [[{npwp:w1}]]
NPWPD usaha : {bnpwp:1} (Catering Lontar Sari)
Alamat rumah : [[{addr:w1}]]
Keluhan : Tagihan pajak restoran dihitung dua kali untuk bulan {?Agustus|September|Oktober}.
""",
    "email_thread": """
From: [[{name:m1}]] <[[{mail:m1}]]>
To: pengaduan@kupangkota.go.id
Subject: Sertifikat tanah belum selesai 2 tahun

Selamat siang. Saya mengajukan pemecahan sertifikat sejak {tgl:1} (berkas {letter:1}) dan
sampai hari ini belum selesai. Rumah saya di [[{addr:m1}]], Kel. {kel:1}. Mohon dibantu.
HP [[{hp:m1}]]

Salam,
[[{name:m1}]]
~~~
From: [[{family:w1}]], [[{given:w1}]] <[[{mail:w1}]]>
To: beasiswa@kupangkota.go.id
Subject: Nama tidak muncul di pengumuman beasiswa

Yth. Panitia, saya [[{name:w1}]], NIK [[{nik:w1}]], sudah lulus seleksi berkas tapi nama saya
tidak ada di pengumuman tahap 2. Mohon dicek.
~~~
Subject: Re: Pengaduan air PDAM

Terima kasih Ibu, keluhan sudah kami teruskan ke unit distribusi.
Hormat kami, Humas PDAM Tirta Lontar

Pada {day:1}, {tgl:1} {jam:1}, [[{name:w1}]] <[[{mail:w1}]]> menulis:
> Air di rumah kami [[{addr:w1}]] sudah 5 hari tidak mengalir. No sambungan {pdam:1}.
> [[{first:w1}]]
~~~
From: [[{name:xw1}]] <[[{mail:xw1}]]>
To: info@dispar.kupangkota.go.id
Subject: Complaint about a taxi driver at El Tari airport

Dear Sir/Madam, on {tgl:1} a taxi with plate [[{plateof:1}]] charged me {amt:1} for a ten-minute
ride and kept my change. The driver said his name was [[{first:m1}]]. Please follow up.
Regards, [[{name:xw1}]]
~~~
From: [[{name:w1}]] <[[{mail:w1}]]>
To: bkpsdm@kupangkota.go.id
Cc: [[{name:w2}]] <[[{mail:w2}]]>
Subject: Tunjangan sertifikasi belum masuk

Saya guru di {school:1}, NIP {nip:1}. Tunjangan triwulan III belum masuk ke rekening Bank NTT
[[{rekntt:w1}]]. Rekan saya Ibu [[{first:w2}]] (cc) juga sama.
~~~
From: [[{name:m1}]] <[[{mail:m1}]]>
To: dukcapil@kupangkota.go.id
Subject: Lampiran KTP rusak

Terlampir foto KTP saya: KTP_[[{nikp:m1}]].jpg dan surat keterangan RT. KTP saya retak di bagian
chip. Mohon info kapan bisa cetak ulang. Terima kasih, [[{first:m1}]]
~~~
From: Tata Usaha {school:1} <tu.sekolah{n:1}@gmail.com>
To: disdik@kupangkota.go.id
Subject: Teruskan keluhan orang tua

Kami teruskan keluhan Bapak [[{name:m1}]] (HP [[{hp:m1}]]), orang tua dari [[{name:cm1}]],
tentang bus sekolah yang tidak lewat {street:1}. Telp sekolah {oline:1}.
~~~
From: [[{name:m1}]] <[[{mail:m1}]]>
To: kc.kupang@bpjs-kesehatan.go.id
Subject: Pindah faskes

Mohon pindah faskes pertama saya dari Puskesmas {pkm:1} ke dokter keluarga dekat rumah. No
  kartu JKN
[[{bpjs:m1}]], NIK [[{nik:m1}]]. Alamat baru [[{addr:m1}]].
~~~
From: [[{name:w1}]] <[[email:{mlocal:w1}@kupangkota.go.id]]>
To: inspektorat@kupangkota.go.id
Subject: Laporan pribadi

Saya pegawai di Dinas Koperasi, menulis dari email dinas saya. Atasan saya meminta potongan
{amt:1} dari uang perjalanan dinas. Mohon identitas saya dirahasiakan. [[{first:w1}]]
~~~
From: [[{name:om1}]] <[[{mail:om1}]]>
To: kpp.kupang@pajak.go.id
Subject: NPWP untuk potongan pajak pensiun

Saya pensiunan guru. NPWP saya [[{npwp:om1}]], tapi di slip pensiun tertulis tanpa NPWP
sehingga dipotong lebih besar. Mohon diperbaiki.
~~~
From: "Sdr. [[{name:m1}]]" <[[{mail:m1}]]>
To: "Pengaduan Kota Kupang" <pengaduan@kupangkota.go.id>
Subject: Pungli di pelabuhan ikan

Di TPI Oeba setiap perahu dimintai {amt:1} tanpa karcis. Saya nelayan, perahu saya ditahan
{day:1} kemarin. [[{name:m1}]]
~~~
From: [[{name:w1}]] <[[{mail:w1}]]>
To: ppdb@kupangkota.go.id
Subject: Kartu keluarga untuk pendaftaran

Nomor KK kami [[{kk:w1}]] ditolak sistem PPDB untuk anak saya [[{name:cw1}]], katanya tidak
terdaftar. KK baru dicetak {tgl:1}. Mohon bantuan.
~~~
To: pengaduan@kupangkota.go.id
Subject: Banjir di gang

Gang di belakang rumah kami tergenang setiap hujan, air masuk ke rumah Om [[{first:om1}]].
Balas ke: [[email:{mlocal:m1}@
{mhost:m1}]]
[[{name:m1}]], [[{rt:m1}]]
~~~
From: ETLE Polda NTT <noreply@etle-ntt.id>
To: [[{name:m1}]] <[[{mail:m1}]]>
Subject: Konfirmasi pelanggaran

Kendaraan [[{plateof:1}]] terekam melanggar lampu merah di {street:1} pada {date:1} {jam:1}.
Pemilik terdaftar: [[{name:m1}]]. Konfirmasi paling lambat 7 hari.
~~~
From: [[{name:w1}]] <[[{maild:w1}]]>
To: dinsos@kupangkota.go.id
Subject: Bantuan disabilitas

Anak saya [[{first:cm1}]] tuna netra, belum dapat bantuan ATENSI. Kami di [[{rt:w1}]]
Kel. {kel:1}. Telp rumah [[{home:w1}]], HP [[{hp:w1}]]. Salam, [[{first:w1}]]
~~~
From: noreply@lapor.go.id
To: pelapor@example.com
Subject: Laporan Anda {ticket:1} telah ditindaklanjuti

Laporan Anda telah dibalas oleh Pemerintah Kota Kupang. Silakan masuk ke akun Anda untuk
melihat tanggapan. Jangan membalas email ini.
~~~
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
To: media-kupang@googlegroups.com
Subject: Siaran pers: jam layanan Mal Pelayanan Publik

Mulai {tgl:1} MPP di {street:1} buka {day:1} sampai Jumat 08.00-15.00. Informasi {oline:1}.
~~~
From: kpp.kupang@pajak.go.id
To: wp-kupang-920@lists.pajak.go.id
Subject: Batas lapor SPT

Batas lapor SPT Tahunan badan {tgl:1}. Asistensi di KPP Pratama Kupang, {street:1}. Layanan
Kring Pajak 1500200.
~~~
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: faskes-kupang@googlegroups.com
Subject: Jadwal rekonsiliasi

Rekonsiliasi data peserta {day:1} {tgl:1} jam {jam:1}. Konfirmasi ke {oline:1} atau Pandawa
WA {owa:1}.
~~~
From: Tim IT Portal <helpdesk@kupangkota.go.id>
To: admin-opd@kupangkota.go.id
Subject: Pembaruan portal pengaduan {tgl:1}

Repositori baru: git@github.com:pemkotkupang/lapor-portal.git. Ikon baru ada di berkas
logo@2x.png. Akun uji coba user@example.com tidak perlu dihapus.
~~~
From: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
To: pendamping-pkh@googlegroups.com
Subject: Waspada email palsu

Beredar email dari bansos.kemensos.ntt@gmail.com yang meminta data KPM. Itu bukan email kami.
Laporkan ke {oline:1}.
~~~
From: Kantor Camat Oebobo <camat.oebobo@kupangkota.go.id>
To: kel.oebufu@gmail.com, kel.liliba@gmail.com
Subject: Undangan rapat

Rapat koordinasi penanganan sampah {day:1} {tgl:1} jam {jam:1} di aula kecamatan. Nomor
surat {letter:1}.
~~~
From: Flobamora Tour & Travel <cs@flobamoratravel.co.id>
To: pelanggan@flobamoratravel.co.id
Subject: Perubahan jadwal kapal

Jadwal kapal Kupang-Rote {tgl:1} berubah ke jam {jam:1}. Perubahan tiket hubungi {owa:1}.
~~~
From: BRI <notifikasi@bri.co.id>
To: nasabah@bri.co.id
Subject: Waspada penipuan

BRI tidak pernah meminta PIN atau kode OTP. Waspada penipuan yang mengatasnamakan BRI melalui
nomor pribadi seperti {scam:1}. Hubungi Contact BRI 1500017.
~~~
From: Sekretariat DPRD Kota Kupang <setwan@kupangkota.go.id>
To: fraksi-dprd@kupangkota.go.id
Subject: Reses masa sidang III

Jadwal reses {tgl:1} sampai {tgl:2}. Anggaran per titik {amt:1}. Laporan reses dikirim ke
setwan paling lambat {tgl:3}.
~~~
From: [[{name:m1}]] <[[{mail:m1}]]>
To: informasi@pajak.go.id
Subject: NPWP istri

Selamat pagi. NPWP saya sekarang sama dengan NIK, [[{npwpn:m1}]]. Istri saya [[{name:w1}]]
punya NPWP sendiri [[{npwp:w1}]] sejak sebelum menikah. Apakah harus digabung?
~~~
From: [[{name:w1}]] <[[{mail:w1}]]>
To: kc.kupang@bpjs-kesehatan.go.id
Subject: Penambahan anggota keluarga

Mohon ditambahkan anak saya [[{name:cm1}]] ke kepesertaan keluarga. Kartu saya [[{bpjs:w1}]],
kartu suami [[{name:m1}]] [[{bpjs:m1}]]. No. KK [[{kk:m1}]].
""",
    "call_note": """
CATATAN CALL CENTER 112 - {date:1} {jam:1}
Penelepon: [[{name:m1}]], HP [[{hp:m1}]]
Kejadian: kebakaran dapur di rumah keluarga [[{family:m2}]], [[{addr:m2}]]
Tindak lanjut: Damkar diberangkatkan {?5|7|10} menit kemudian, tidak ada korban jiwa
~~~
Petugas: Dukcapil Kota Kupang, selamat pagi. Ada yang bisa dibantu?
Penelepon: Pagi. Sa mau cek KTP sudah jadi atau belum.
Petugas: NIK Bapak?
Penelepon: [[{nikp:m1}]].
Petugas: Atas nama?
Penelepon: [[{name:m1}]].
Petugas: Sudah bisa diambil di loket 3, bawa resi.
~~~
LOG TELEPON PENGADUAN {date:1}
Jam | Penelepon | Nomor | Keluhan
08.12 | [[{name:w1}]] | [[{hp:w1}]] | sampah tidak diangkut
09.40 | Komite {school:1} | {owa:1} | jadwal bantuan bangku
10.05 | [[{name:m1}]] | [[{hp:m1}]] | lampu jalan mati
~~~
Catatan PDAM {date:1}: Pelapor Ibu [[{name:w1}]], [[{addr:w1}]], melapor pipa bocor depan rumah.
  No sambungan {pdam:1}. Teknisi dijadwalkan besok pagi. Kontak pelapor [[{hp:w1}]].
~~~
Petugas: Bank NTT, dengan [[{first:yw1}]], ada yang bisa dibantu?
Nasabah: Saya mau blokir ATM, hilang tadi di {market:1}.
Petugas: Nomor rekening?
Nasabah: [[{rekntt:m1}]].
Petugas: Atas nama?
Nasabah: [[{name:m1}]].
~~~
Petugas: Dinas Sosial, selamat siang.
Penelepon: Siang. Sa mau tanya kartu KIS mama sa masih aktif ko sonde.
Petugas: Nomor kartunya?
Penelepon: [[{bpjs:ow1}]].
Petugas: Atas nama?
Penelepon: [[{name:ow1}]]. Sa anaknya, [[{first:w1}]].
~~~
@lower
shift malam {date:1}. {malam:1} penelepon [[{first:w1}]] (tdk sebut marga) lapor anjing liar
  gigit anak di [[{rt:w1}]]. disarankan ke Puskesmas {pkm:1}. hp [[{hp:w1}]]
~~~
Call note, {date:1} {jam:1}. Caller: [[{name:xm1}]], new resident from Bali.
He asked how to add his newborn [[{first:cw1}]] to the family card. Our family card number is
  [[{kk:xm1}]], he said. Advised to bring the birth certificate to Dukcapil.
~~~
Catatan call center Dishub {date:1}: penelepon [[{name:m1}]] ([[{hp:m1}]]) melapor truk
  pasir [[{plateof:1}]] parkir di trotoar {street:1} sejak pagi, menghalangi pejalan kaki.
~~~
Petugas: Nomor KK Ibu?
Penelepon: [[{kk:w1}]].
Petugas: Nama kepala keluarga?
Penelepon: [[{name:m1}]], suami saya.
Petugas: Baik, data PBI Ibu masih diverifikasi.
~~~
Petugas: NPWP bapak?
Penelepon: Yang lama [[{npwp:m1}]], yang baru katanya sama dengan NIK, [[{npwpn:m1}]].
Petugas: Baik, kami cek di sistem pajak daerah.
Penelepon: Nama saya [[{name:m1}]], usaha bengkel perorangan.
~~~
Agen: Selamat sore, UPP Dinas Kesehatan dengan [[{first:yw1}]], ada yang bisa dibantu?
Penelepon: Sore. Saya [[{name:w1}]], mau lapor bidan di Puskesmas {pkm:1} minta uang {amt:1}
  untuk
  surat rujukan.
Agen: Baik ibu, nomor yang bisa dihubungi?
Penelepon: [[{hp:w1}]].
~~~
{date:1} {jam:1} | penelepon tidak sebut nama | [[{home:w1}]] | air got meluap ke jalan depan
  Puskesmas {pkm:1}, minta dinas turun
~~~
Petugas: Balasan mau dikirim lewat apa, pak?
Penelepon: Email saja, [[{maild:m1}]].
Petugas: Atas nama?
Penelepon: [[{name:m1}]]. Tiket saya {ticket:1}.
~~~
Catatan: penelepon [[{name:w1}]] lapor ditelpon {scam:1} yang mengaku petugas Bapenda, minta
  transfer {amt:1} untuk denda PBB. Penelepon tidak transfer. Kontak penelepon [[{hp:w1}]].
~~~
Catatan call center: penelepon [[{name:om1}]] ([[{home:om1}]], telp rumah) minta dijemput
  ambulans untuk cuci darah di {hosp:1} setiap {day:1}. Alamat [[address:{addr:om1} {rt:om1}]].
~~~
REKAP CALL CENTER {date:1}
SMS 1708: {n:1} pesan
Telepon {oline:1}: {n:5} panggilan
WA Center {owa:1}: {n:2} pesan
Terjawab: {n:3} | Tidak terjawab: {n:4}
~~~
Catatan {date:1} {jam:1}: penelepon anonim lapor nomor {scam:1} kirim SMS "Selamat! NIK anda
  terpilih bansos". Disarankan tidak membalas dan lapor ke operator.
~~~
LOG TELEPON {date:1}
10.58 | UD Laut Timor | {owa:1} | izin lapak ikan
11.15 | Kurir JNE | {owa:2} | alamat kantor tidak ditemukan
11.40 | Komite {school:1} | {owa:3} | undangan rapat
~~~
Penelepon: Listrik di Kel. {kel:1} padam dari jam {jam:1}.
Petugas: ID pelanggan?
Penelepon: {plnid:1}.
Petugas: Gangguan jaringan, perkiraan nyala jam {jamb:2}. Nomor laporan {ticket:1}.
~~~
Petugas: Maaf, nomor itu bukan nomor kami. Nomor resmi kami {oline:1} dan WA {owa:1}. Jangan
  layani nomor lain yang minta biaya.
Penelepon: Baik, terima kasih.
~~~
Penelepon: Kode billing PBB saya {billing:1} tidak bisa dibayar di Indomaret.
Petugas: Kode itu sudah kedaluwarsa {tgl:1}. Silakan cetak ulang dengan NOP {nop:1}.
~~~
{jam:1} | penelepon tidak sebut nama | - | tanya jadwal pembuatan SIM keliling di {market:1}
{jamb:2} | penelepon tidak sebut nama | - | tanya syarat legalisir ijazah
~~~
Penelepon: Saya mau tanya tiket {ticket:1}, sudah 2 minggu belum ada jawaban.
Petugas: Sudah diteruskan ke Dinas PUPR {date:1}. Kami ingatkan lagi hari ini.
~~~
Catatan {date:1}: Puskesmas {pkm:1} minta ambulans rujukan ke {hosp:1}, kontak puskesmas
  {oline:1}.
  Ambulans berangkat {jam:1}, tiba {?25|40|50} menit kemudian.
~~~
SERAH TERIMA SHIFT {date:1}
Laporan masuk {n:1}, selesai {n:2}, diteruskan ke OPD {n:3}.
Catatan: WA Center {owa:1} sempat gangguan jam {jam:1}.
~~~
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[{bpjs:w1}]].
Petugas: Atas nama?
Penelepon: [[{name:w1}]]. Mau pindah dari kelas 1 ke kelas 3, tidak sanggup bayar {amt:1}.
Petugas: Bisa, minimal satu tahun di kelas lama.
~~~
Petugas: Untuk pengembalian pajak kendaraan, mohon NIK dan NPWP.
Penelepon: NIK [[{nik:m1}]], NPWP [[{npwps:m1}]].
Petugas: Atas nama?
Penelepon: [[{name:m1}]], motor [[{plateof:1}]].
""",
    "social_post": """
DITEMUKAN map biru di angkot jalur 10 tadi siang, isinya ijazah SMA dan transkrip atas nama
[[{name:ym1}]]. Yang kenal tolong kabari, sa simpan di rumah. WA [[{hp:w1}]] ([[{first:w1}]])
~~~
Terima jahit seragam sekolah dan kebaya, harga bersahabat. Bisa ambil di rumah [[{addr:w1}]]
  Kel. {kel:1}. WA [[{hp:w1}]] (Mama [[{first:w1}]])
~~~
Mohon bantu share. Opa kami [[{name:om1}]] ({age:om1} th) pikun, keluar rumah dari {day:1} sore
  pakai baju batik coklat. Rumah kami di [[{rt:m1}]] Kel. {kel:1}. Info hubungi [[{hp:m1}]]
  ([[{first:m1}]])
~~~
Komentar:
[[{name_:w1}]]: di rumah sa juga air su 3 hari sonde jalan
[[name:{first_:m2} {family_:m2}]]: sama, daerah {kel:1} kering
kupang_bersuara: sudah tag PDAM?
~~~
Terima kasih banyak untuk suster [[{name:yw1}]] di Puskesmas {pkm:1} yang sabar layani mama
  sa waktu
  malam-malam datang sesak. Tuhan berkati. - [[{name:m1}]]
~~~
TABRAK LARI di {street:1} tadi malam jam {malam:1}. Mobil pick up hitam plat [[{plateof:1}]],
  korban
  anak muda namanya [[{name:ym1}]] sekarang di {hosp:1}. Yang punya rekaman CCTV tolong kirim.
~~~
Dibutuhkan segera darah golongan O untuk mama [[{name:ow1}]], dirawat di {hosp:1} ruang
  Kenanga. Hubungi anaknya [[{name:w1}]] [[{hp:w1}]]. Terima kasih
~~~
GALANG DANA operasi jantung adik [[{name:cw1}]] ({age:cw1} th). Bantuan bisa ke rekening BNI
  [[{rekbni:m1}]] a.n. [[{name:m1}]] (bapaknya). Sekecil apapun sangat berarti.
~~~
Hati-hati teman-teman, ada yang tawarkan kerja di kapal pesiar minta uang {amt:1}. Namanya
  [[{name:m2}]], nomornya [[{hp:m2}]]. Saya sudah transfer dan dia hilang. - [[{first:w1}]]
~~~
Kenapa KIS saya [[{bpjs:w1}]] nonaktif padahal tiap bulan ada di daftar PBI? Sudah 2x ke
  kantor BPJS. Ada yang bisa bantu? [[{name:w1}]]
~~~
Teman-teman, email saya [[{mail:m1}]] diretas sejak kemarin. Kalau ada pesan minta pinjam
  uang dari email itu, jangan dilayani. - [[{name:m1}]]
~~~
dukcapilkotakupang: Silakan cek status dokumen lewat aplikasi.
[[{name:w1}]]: Admin, KK sa [[{kk:w1}]] diajukan {tgl:1} belum jadi sampai sekarang
dukcapilkotakupang: Mohon kirim ke DM ya ibu
~~~
Salut untuk Pak Lurah {kel:1}, Bapak [[{name:m1}]], yang ikut angkat sampah bersama warga
  Minggu pagi tadi. Semoga lurah lain ikut. #KupangBersih
~~~
Ada yang tahu cara aktivasi NPWP lama? Punya sa [[{npwp:w1}]] dibilang tidak valid waktu
  daftar UMKM. Sa jual kue perorangan. Terima kasih infonya. [[{first:w1}]]
~~~
Bengkel Las Karya Baru: Kami bisa buatkan pagar kak, WA {owa:1}
[[{name:m1}]]: Kak, pagar rumah sa di [[{addr:m1}]] roboh kena angin, bisa survei besok?
Bengkel Las Karya Baru: Bisa kak
~~~
Parkir sembarang di depan rumah kami tiap malam, mobil [[{plateof:1}]] dan [[{plateof:2}]]
  tutup jalan masuk. Sudah tegur tetap begitu. Kami di [[{addr:w1}]]. [[{name:w1}]]
~~~
Dukcapil Kota Kupang
2 j
Layanan perekaman KTP-el keliling {day:1} {tgl:1} di Kantor Kelurahan {kel:1}. Antrian online
  via
  WA {owa:1}. Gratis, tidak dipungut biaya.
~~~
Jalan di {street:1} dekat Puskesmas {pkm:1} berlubang dalam sekali, semalam ada pengendara
  jatuh. Dinas
  PUPR tolong lihat ke sini. #KupangBisa
~~~
Polresta Kupang Kota
Waspada penipuan! Nomor {scam:1} dan {scam:2} mengaku pendamping PKH meminta transfer {amt:1}.
  Laporkan ke SPKT atau WA {owa:1}.
~~~
Komentar:
kupangviral: {?parah|astaga|kasihan}
Dinkes Kota Kupang: Terima kasih infonya, sudah kami teruskan ke Puskesmas {pkm:1}.
berita_ntt: mantap
~~~
Posyandu Bunga Bakung {kel:1} bulan ini buka {day:1} {tgl:1} jam 08.00. Ada pemberian vitamin A
  dan timbang balita. Bawa buku KIA ya mama-mama.
~~~
{market:1} banjir lagi, los ikan terendam. Pedagang rugi. Kapan saluran diperbaiki? Sudah lapor
  lewat SMS 1708 nomor tiket {ticket:1}.
~~~
{hosp:1}
1 mg
Pendaftaran poli rawat jalan lewat WhatsApp {owa:1} mulai {tgl:1}. Pasien JKN bawa kartu dan
  surat rujukan.
~~~
Macet panjang di {street:1} karena perbaikan pipa PDAM sampai {tgl:1}. Pengendara disarankan
  lewat {street:2}.
~~~
SEDOT WC BERKAH ABADI - cepat, bersih, bergaransi. Harga mulai {amt:1}. WA {owa:1}
~~~
Harga air tangki di {kel:1} naik jadi {amt:1} per 5000 liter. Dulu {amt:2}. Terima kasih
  untuk yang masih jual harga lama. Salam damai.
~~~
Sa mau tanya, kartu JKN anak sa [[{first:cm1}]] nomor [[{bpjs:cm1}]] kenapa ditolak di {hosp:1}?
  Katanya belum 14 hari setelah daftar. Anak demam tinggi. - [[{name:w1}]]
~~~
Dinas Sosial Kota Kupang: Bagi yang belum terdaftar DTKS silakan ke kelurahan masing-masing.
[[{name:m1}]]: Admin, NIK sa [[{nik:m1}]] su daftar dari {tgl:1} tapi belum masuk DTKS
[[{name:w1}]]: sama pak, sa juga
""",
    "letter_minutes": """
SURAT PERNYATAAN JUAL BELI TANAH
Yang bertanda tangan di bawah ini:
1. Nama : [[{name:m1}]], NIK [[{nikp:m1}]], alamat [[{addr:m1}]], selaku Penjual
2. Nama : [[{name:m2}]], NIK [[{nikp:m2}]], alamat [[{addr:m2}]], selaku Pembeli
menyatakan jual beli sebidang tanah NOP {nop:1} seharga {?Rp 85.000.000|Rp 150.000.000|Rp
  210.000.000}, disaksikan Ketua RT.
~~~
NOTULEN MEDIASI SENGKETA BATAS TANAH
Hari/tanggal: {day:1}, {tgl:1}, tempat Kantor Kelurahan {kel:1}
Pihak I: keluarga [[{family:m1}]], diwakili [[{name:m1}]]
Pihak II: keluarga [[{family:m2}]], diwakili [[{name:m2}]]
Hasil: kedua pihak sepakat pengukuran ulang oleh BPN. Biaya ditanggung bersama.
~~~
SURAT KUASA
Saya [[{name:ow1}]], NIK [[{nik:ow1}]], karena sakit tidak dapat hadir, memberi kuasa kepada
  anak
saya [[{name:w1}]], NIK [[{nik:w1}]], untuk mengambil bantuan BLT di Kantor Pos {kel:1}.
Kupang, {tgl:1}
Pemberi kuasa [[{name:ow1}]]      Penerima kuasa [[{name:w1}]]
~~~
SURAT KETERANGAN USAHA
Nomor: {letter:1}
Lurah {kel:1} menerangkan bahwa:
Nama : [[{name:w1}]]
NIK : [[{nikp:w1}]]
Alamat : [[address:{addr:w1} {rt:w1}]]
benar memiliki usaha warung sembako di rumah sendiri sejak 2019.
~~~
BERITA ACARA SERAH TERIMA BANTUAN RUMAH TIDAK LAYAK HUNI
Pada {day:1}, {tgl:1}, telah diserahkan bantuan bahan bangunan senilai {?Rp 15.000.000|Rp
  17.500.000|Rp 20.000.000} kepada:
Nama : [[{name:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[{rt:m1}]] Kel. {kel:1}
Sisa dana ditransfer ke rekening BRI [[{rekbri:m1}]] a.n. penerima.
~~~
Kepada Yth. Kepala Bapenda Kota Kupang
Perihal: Permohonan keringanan PBB
Saya [[{name:ow1}]], janda pensiunan, pemilik rumah di [[{addr:ow1}]] dengan NOP {nop:1}.
  Tagihan
PBB tahun ini {amt:1}, naik tiga kali lipat. Mohon keringanan.
Hormat saya, [[{name:ow1}]]
~~~
Kepada Yth. Kepala Ombudsman RI Perwakilan NTT
Perihal: Rapor anak ditahan sekolah
Saya [[{name:w1}]], ibu dari [[{name:cm1}]] siswa kelas 9 {smp:1}. Rapor anak saya ditahan
karena uang komite {amt:1} belum lunas. Alamat saya [[{addr:w1}]], HP [[{hp:w1}]].
~~~
NOTULEN RAPAT WARGA RT 09 / RW 04 KEL. {kel:1}
Hadir: {n:1} KK. Pemimpin rapat: Ketua RT.
1. Bapak [[{name:m1}]] usul iuran sampah {amt:1} per bulan. Disetujui.
2. Ibu [[{name:w1}]] minta lampu di gang diganti. Ditampung.
3. Rapat berikut {tgl:1}.
~~~
SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK
Saya [[{name:m1}]], NIK [[{nikp:m1}]], kepala keluarga dengan No. KK [[{kk:m1}]], menyatakan
bahwa data perubahan KK yang saya ajukan adalah benar. Kupang, {tgl:1}. Ttd [[{name:m1}]]
~~~
Perihal: Permohonan izin keramaian
Dengan hormat, kami keluarga [[{family:m1}]] akan mengadakan syukuran pernikahan anak kami
[[{first:yw1}]] pada {tgl:1} di rumah kami [[{addr:m1}]]. Penanggung jawab [[{name:m1}]],
  HP [[{hp:m1}]].
~~~
SURAT KETERANGAN TANDA LAPOR KEHILANGAN
Nomor: {letter:1}
Telah melapor [[{name:m1}]], alamat [[{addr:m1}]], kehilangan STNK sepeda motor nomor polisi
  [[{plateof:1}]] di sekitar {market:1} pada {tgl:1}.
~~~
PERMOHONAN BANTUAN PASANG BARU LISTRIK (BPBL)
Nama : [[{name:w1}]]
NIK : [[{nik:w1}]]
No. KK : [[{kk:w1}]]
Alamat : [[address:{addr:w1}, {rt:w1}]]
Keterangan: rumah masih menumpang listrik tetangga.
~~~
Kepada Yth. Kepala BKPSDM Kota Kupang
Saya [[{name:w1}]], NIP {nip:1}, mohon perbaikan data NPWP di aplikasi gaji. NPWP saya yang
  benar
[[{npwp:w1}]], bukan milik orang lain yang tercantum sekarang. Terima kasih. [[{name:w1}]]
~~~
NOTULEN MUSRENBANG KELURAHAN {kel:1}
Usulan:
- Bapak [[{name:m1}]] (tokoh masyarakat): pengerasan jalan ke Puskesmas {pkm:1}
- Ibu [[{name:w1}]] (PKK): pelatihan tenun
- Sdr. [[{name:ym1}]] (Karang Taruna): lapangan voli
Semua usulan dicatat untuk dibawa ke Musrenbang Kecamatan {kec:1}.
~~~
SURAT KUASA PENCAIRAN PENSIUN JANDA
Saya [[{name:ow1}]], NIK [[{nik:ow1}]], pemilik rekening Bank NTT [[{rekntt:ow1}]], memberi
  kuasa
kepada [[{name:m1}]] untuk mengurus pencairan di kantor TASPEN Kupang.
~~~
SURAT PERNYATAAN BELUM MENIKAH
Yang bertanda tangan di bawah ini:
Nama : [[{name:yw1}]]
Tempat/Tgl Lahir : {pob:yw1}, {dob:yw1}
Alamat : [[{addr:yw1}]]
Email : [[{mail:yw1}]]
menyatakan belum pernah menikah. Surat ini untuk melamar kerja.
~~~
SURAT EDARAN
Nomor: {letter:1}
Kepada seluruh ASN lingkup Pemerintah Kota Kupang, apel pagi wajib diikuti setiap {day:1} jam
07.15 di halaman Balai Kota. Ketidakhadiran dicatat sebagai pelanggaran disiplin.
~~~
PEMERINTAH KOTA KUPANG
DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN
Jl. Timor Raya No. {n:1}, Telp. {oline:1}
UNDANGAN
Nomor: {letter:1}
Mengharap kehadiran Lurah se-Kecamatan {kec:1} pada {day:1}, {tgl:1} jam {jam:1}.
~~~
NOTULEN RAPAT WARGA RT 14 RW 05
Keputusan: iuran keamanan {amt:1} per KK per bulan, ronda bergilir mulai {tgl:1}, kas RT
sekarang {amt:2}. Rapat ditutup jam 21.00 dengan doa.
~~~
BERITA ACARA PEMERIKSAAN PEKERJAAN
Pekerjaan: rehabilitasi saluran {street:1}
Penyedia: CV Timor Karya, NPWP {bnpwp:1}
Nilai kontrak {amt:1}, dibayar ke rekening giro CV Timor Karya Bank NTT {brek:1}.
Hasil: pekerjaan selesai 100%.
~~~
SURAT EDARAN {school:1}
Uang komite semester ganjil {amt:1} dapat dibayar ke rekening sekolah Bank NTT {brek:1}
a.n. Komite Sekolah paling lambat {tgl:1}.
~~~
NOTA DINAS
Kepada: Kepala Bagian Hukum
Dari: Kepala Dinas Perhubungan
Nomor: {letter:1}
Hal: Telaah rancangan Perwal tarif angkutan kota. Mohon dibahas {day:1}, {tgl:1}.
~~~
PENGUMUMAN
Nomor: {letter:1}
Hasil seleksi administrasi tenaga kebersihan kota dapat dilihat di papan pengumuman Dinas
  mulai {tgl:1}. Sanggahan paling lambat {tgl:2} ke kantor Dinas di {street:1}.
~~~
WARTA JEMAAT GMIT {?KOINONIA|BETEL OESAPA|PAULUS}
Ibadah Minggu jam 07.00 dan 17.00. Persembahan syukur dapat ditransfer ke rekening Majelis
  Jemaat Bank NTT {brek:1}. Informasi kantor jemaat {oline:1}.
~~~
UNDANGAN RAPAT ANGGOTA TAHUNAN
KOPERASI SIMPAN PINJAM TUNAS HARAPAN, NPWP {bnpwp:1}
Hari {day:1}, {tgl:1}, jam {jam:1}, di aula koperasi. Simpanan wajib dapat disetor ke rekening
  koperasi {brek:1}.
~~~
KEPUTUSAN LURAH {kel^:1}
Nomor: {letter:1}
tentang penetapan lokasi Posyandu Kasih Ibu di gedung serbaguna kelurahan, berlaku sejak
  tanggal ditetapkan.
~~~
Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Perihal: Perbaikan data tanggungan
Saya [[{name:m1}]], NIK [[{nik:m1}]], peserta [[{bpjs:m1}]], mohon perbaikan data istri saya
[[{name:w1}]] (kartu [[{bpjs:w1}]]) yang tertulis sebagai anak. Hormat saya, [[{name:m1}]]
~~~
SURAT PERNYATAAN PENGHASILAN ORANG TUA
Nama : [[{name:m1}]]
NIK : [[{nikp:m1}]]
NPWP : [[{npwp:m1}]]
Pekerjaan : {work:m1}
Alamat : [[address:{addr:m1}, {rt:m1}]]
menyatakan penghasilan per bulan {amt:1}, untuk beasiswa anak saya [[{name:yw1}]].
""",
    "ocr_scan": """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[{niko:w1}]]
N a m a : [[{name^:w1}]]
Tempat/Tgl Lahir : {pob^:w1}, {dob:w1}
Jenis Kelamin : PEREMPUAN Gol. Darah : O
Alamat : [[{addr^:w1}]]
RT/RW : [[{rtktp:w1}]]
Kel/Desa : {kel^:1}
~~~
KARTU KELUARGA
No. [[{kko:m1}]]
Nama Kepala Keluarga : [[{name^:m1}]]
No | Nama Lengkap | NIK | Hubungan
1 | [[{name^:m1}]] | [[{nikp:m1}]] | KEPALA KELUARGA
2 | [[{name^:w1}]] | [[{niko:w1}]] | ISTRI
3 | [[{name^:cm1}]] | [[{nikp:cm1}]] | ANAK
~~~
KARTU INDONESIA SEHAT
No. Kartu : [[{bpjso:w1}]]
Nama : [[{name^:w1}]]
Tgl. Lahir : {dob:w1}
Faskes Tingkat I : PUSKESMAS {pkm^:1}
~~~
BANK RAKYAT INDONESIA
BUKU TABUNGAN BRITAMA
NAMA : [[{name^:m1}]]
NO. REKENING : [[{rekbri:m1}]]
ALAMAT : [[address:{addr^:m1} {rt^:m1}]]
~~~
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NOMOR REGISTRASI : [[{plateof^:1}]]
NAMA PEMILIK : [[{name^:w1}]]
ALAMAT : [[{addr^:w1}]] KEL. {kel^:1}
MERK/TYPE : HONDA / VARIO 125
~~~
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[{npwpo:m1}]]
[[{name^:m1}]]
NIK : [[{nik:m1}]]
KPP PRATAMA KUPANG
~~~
SURAT KETERANGAN LAHIR
Telah lahir seorang anak {sex:cw1}
Nama bayi : [[{first^:cw1}]]
Nama ibu : [[{name^:w1}]] NIK [[{niko:w1}]]
Nama ayah : [[{name^:m1}]]
Penolong persalinan : Bidan [[{first^:yw1}]]
~~~
kpd yth bpk lurah
sy [[{name_:w1}]] mau lapor got di dpn rmh sy tsumbat sdh 1 bln, air masuk rmh kalo ujan.
rmh sy di [[{addr_:w1}]]. tlg dibantu. hp sy [[{hpo:w1}]]
~~~
FORMULIR PERMOHONAN AKTA KELAHIRAN
Nama Anak : [[{name^:cm1}]]
Nama Ayah Nama Ibu
[[{name^:m1}]] [[{name^:w1}]]
NIK Ayah : [[{nikp:m1}]]
NIK Ibu : [[{niko:w1}]]
~~~
KWITANSI SEWA KIOS
{market^:1}
Telah terima dari : [[{name^:w1}]]
Uang sejumlah : {amt:1}
Untuk : sewa kios blok C bulan {?OKTOBER|NOVEMBER|SEPTEMBER} 2026
No. Kwitansi : {ticket:1}
~~~
BUKTI PELANGGARAN (TILANG)
No. Reg : {ticket:1}
Nama : [[{name^:ym1}]]
No. SIM : {nib:1}
No. Pol : [[{plateof^:1}]]
Pasal : 287 ayat (1) UU LLAJ
~~~
SURAT RUJUKAN
PUSKESMAS {pkm^:1}
Nama pasien : [[{name^:om1}]]
NIK : [[{niko:om1}]]
No. BPJS : [[{bpjs:om1}]]
Dirujuk ke : {hosp^:1}
~~~
NIK[[{nikp:m1}]]Nama[[{name^:m1}]]Alamat[[{addr^:m1}]]RT/RW[[{rtktp:m1}]]
~~~
ATM BANK NTT
TRANSFER ANTAR REKENING
REK TUJUAN : [[{rekntt:w1}]]
NAMA TUJUAN : [[{name^:w1}]]
JUMLAH : {amt:1}
REF : {trx:1}
~~~
FORMULIR PENDAFTARAN PBI JK
Nama : [[{name^:m1}]]
NIK : [[nik:{nikhead:m1}
{niktail:m1}]]
No. KK : [[{kk:m1}]]
No. HP : [[{hpo:m1}]]
~~~
KARTU PESERTA TASPEN
NAMA : [[{name^:om1}]]
NIP : {nip:1}
REKENING : BANK MANDIRI [[{rekmandiri:om1}]]
~~~
PDAM TIRTA LONTAR KOTA KUPANG
BUKTI PEMBAYARAN
No. Sambungan : {pdam:1}
Pemakaian : {n:1} m3
Total : {amt:1}
Tgl Bayar : {date:1}
~~~
KARCIS PARKIR
UPTD PERPARKIRAN DISHUB KOTA KUPANG
No. Seri : {ticket:1}
Tarif : {amt:1}
{market^:1}
~~~
SURAT PEMBERITAHUAN PAJAK TERUTANG PBB-P2 2026
NOP : {nop:1}
LETAK OBJEK PAJAK : {street^:1}
PBB YANG HARUS DIBAYAR : {amt:1}
JATUH TEMPO : {tgl:1}
~~~
T0KO BANGUNAN SUMBER REJEKI
{street^:1} NO. {n:1}
TELP/WA {owa:1}
NPWP : {bnpwp:1}
SEMEN 50 KG x 10 {amt:1}
~~~
SPANDUK KELURAHAN {kel^:1}
GERAKAN JUMAT BERSIH
HUB. PETUGAS : {owa:1}
~~~
STRUK PEMBELIAN TOKEN
No. Meter : {meter:1}
ID Pel : {plnid:1}
Token : {token:1}
Nominal : {amt:1}
~~~
SURAT SETORAN PAJAK DAERAH
Kode Billing : {billing:1}
Jenis : Pajak Restoran
Jumlah : {amt:1}
Tanggal : {date:1}
~~~
DISPOSISI
No. Surat : {letter:1}
Tgl Terima : {date:1}
Diteruskan kepada : Sekretaris / Kabid Pelayanan
Catatan : segera tindak lanjuti
~~~
{hosp^:1}
NOMOR ANTRIAN
{queue:1}
POLI ANAK
{date:1} {jam:1}
~~~
KARCIS RETRIBUSI PASAR
{market^:1}
No. {ticket:1}
Rp. 2.000
Simpan karcis ini sebagai bukti pembayaran
~~~
SURAT KETERANGAN TERDAFTAR
Nomor : {letter:1}
NPWP : [[{npwpo:w1}]]
NAMA : [[{name^:w1}]]
ALAMAT : [[address:{addr^:w1} {rt^:w1}]]
KPP PRATAMA KUPANG
~~~
KARTU JKN-KIS
Nomor Kartu : [[{bpjso:m1}]]
Nama : [[{name^:m1}]]
NIK : [[{niko:m1}]]
Faskes : PUSKESMAS {pkm^:1}
Kelas : III
""",
    "register_notice": """
DAFTAR PENERIMA BANTUAN BIBIT JAGUNG - KELOMPOK TANI TUNAS MUDA
No,Nama,NIK,No KK,No HP
1,[[{name:m1}]],[[{nikp:m1}]],[[{kk:m1}]],[[{hpp:m1}]]
2,[[{name:w1}]],[[{nikp:w1}]],[[{kk:w1}]],[[{hpp:w1}]]
3,[[{name:m2}]],[[{nikp:m2}]],[[{kk:m2}]],-
~~~
Daftar peserta vaksin influenza lansia - Puskesmas {pkm:1}
No;Nama;Umur;RT/RW
1;[[{name:ow1}]];{age:ow1};[[{rtktp:ow1}]]
2;[[{name:om1}]];{age:om1};[[{rtktp:om1}]]
3;[[{name:ow2}]];{age:ow2};[[{rtktp:ow2}]]
~~~
DATA JURU PARKIR RESMI {market^:1}
No | Nama | NIK | HP
1 | [[{name^:m1}]] | [[{nikp:m1}]] | [[{hp:m1}]]
2 | [[{name^:m2}]] | [[{nikp:m2}]] | [[{hp:m2}]]
Koordinator: UPTD Perparkiran, telp {oline:1}
~~~
DAFTAR KORBAN KEBAKARAN {kel^:1}, {tgl:1}
1. [[{name:m1}]] ({age:m1})
2. [[{name:w1}]] ({age:w1})
3. [[{name:cw1}]] ({age:cw1})
4. [[{name:om1}]] ({age:om1})
Posko bantuan di kantor kelurahan.
~~~
Rekap NPWP dan rekening guru honor (diminta bendahara sekolah)
Nama	NPWP	Rekening Bank NTT
[[{name:w1}]]	[[{npwp:w1}]]	[[{rekntt:w1}]]
[[{name:m1}]]	[[{npwpn:m1}]]	[[{rekntt:m1}]]
~~~
DATA PENGEMUDI OJEK ONLINE YANG TERJARING RAZIA {date:1}
No | Nama | Nopol | Pelanggaran
1 | [[{name:ym1}]] | [[{plateof:1}]] | parkir di trotoar
2 | [[{name:m1}]] | [[{plateof:2}]] | tanpa helm penumpang
3 | [[{name:ym2}]] | [[{plateof:3}]] | melawan arus
~~~
REGISTER RUMAH KOS KEL. {kel^:1}
Pemilik | Alamat | HP Pemilik | Kamar
[[{name:w1}]] | [[{addr:w1}]] | [[{hp:w1}]] | 8
[[{name:m1}]] | [[{addr:m1}]] | [[{hp:m1}]] | 12
~~~
Peserta pelatihan pemasaran digital UMKM
Nama Peserta,Usaha,Email
[[{name:w1}]],keripik pisang,[[{mail:w1}]]
[[{name:yw1}]],tenun ikat,[[{mail:yw1}]]
CV Lontar Kreasi (badan usaha),kerajinan,cvlontarkreasi@gmail.com
~~~
PENGUMUMAN PENERIMA BEASISWA PEMKOT 2026
1. [[{name:yw1}]] - Undana
2. [[{name:ym1}]] - Politeknik Negeri Kupang
3. [[{name:yw2}]] - UNWIRA
Pencairan {tgl:1} di Bank NTT, bawa KTP dan buku tabungan.
~~~
PESERTA PBI JK BARU {kel^:1}
Nama | No. Kartu | NIK
[[{name:w1}]] | [[{bpjs:w1}]] | [[{nikp:w1}]]
[[{name:om1}]] | [[{bpjs:om1}]] | [[{nikp:om1}]]
~~~
REGISTER LAPORAN PENIPUAN POLSEK {?OEBOBO|KELAPA LIMA|MAULAFA}
No | Nomor pelaku | Nama pelaku | Modus
1 | {scam:1} | tidak diketahui | hadiah undian
2 | [[{hp:m1}]] | [[{name:m1}]] | jual motor bodong
3 | {scam:2} | tidak diketahui | mengaku petugas PLN
~~~
DAFTAR PEMILIK TANAH TERDAMPAK PELEBARAN {street^:1}
No | Nama | NIK | NOP | Rekening ganti rugi
1 | [[{name:m1}]] | [[{nikp:m1}]] | {nop:1} | BRI [[{rekbri:m1}]]
2 | [[{name:w1}]] | [[{nikp:w1}]] | {nop:2} | BRI [[{rekbri:w1}]]
~~~
DAFTAR HADIR PELATIHAN KADER POSYANDU
No | Nama | HP | Email
1 | [[{name:w1}]] | [[{hp:w1}]] | [[{mail:w1}]]
2 | [[{name:w2}]] | [[{hp:w2}]] | -
3 | [[{name:yw1}]] | [[{hp:yw1}]] | [[{mail:yw1}]]
~~~
JADWAL RONDA {?RT 11|RT 27|RT 05}
Senin: [[{name:m1}]], [[{name:m2}]]
Rabu: [[{name:m3}]] ([[{hp:m3}]])
Jumat: [[{name:ym1}]]
Yang berhalangan wajib ganti hari.
~~~
DATA PENDATANG BARU BULAN INI
Nama KK | No. KK | Asal
[[{name:m1}]] | [[{kk:m1}]] | {kab:1}
[[{name:xm1}]] | [[{kk:xm1}]] | Bali
[[{name:w1}]] | [[{kk:w1}]] | {kab:2}
~~~
CALON PENGANTIN NIKAH MASSAL {tgl:1}
1. [[{name:m1}]] (NIK [[{nikp:m1}]]) dan [[{name:w1}]] (NIK [[{nikp:w1}]])
2. [[{name:m2}]] (NIK [[{nikp:m2}]]) dan [[{name:w2}]] (NIK [[{nikp:w2}]])
~~~
Instansi;Alamat;Telepon
Dukcapil Kota Kupang;{street:1} No. {n:1};{oline:1}
Dinas Sosial;{street:2} No. {n:2};{oline:2}
Bapenda;{street:3} No. {n:3};{oline:3}
~~~
JADWAL FOGGING KEL. {kel^:1}
{day:1}: RT 01-RT 04
Rabu: RT 05-RT 09
Jumat: RT 10-RT 14
Mulai jam 15.00. Info {owa:1}
~~~
Jumlah KPM BPNT per RT, Kel. {kel:1}
RT 01: {n:1} KPM | RT 02: {n:2} KPM | RT 03: {n:3} KPM | RT 04: {n:4} KPM
~~~
TARIF RETRIBUSI {market^:1}
Los daging : {amt:1} / hari
Lapak sayur : {amt:2} / hari
Kios : {amt:3} / bulan
~~~
JADWAL POSYANDU {kel^:1}
Posyandu | Lokasi | Hari
Bunga Bakung | Gedung Serbaguna | {day:1}
Kasih Ibu | Gereja GMIT | Kamis
Pendaftaran kader {owa:1}
~~~
Nama Usaha | NIB | Jenis
Warung Sasando | {nib:1} | kuliner
Fotokopi Berkat Jaya | {nib:2} | jasa
Laundry Bersih Kilat | {nib:3} | jasa
~~~
Nomor Penipu | Mengaku Sebagai
{scam:1} | petugas Dukcapil
{scam:2} | admin BPJS Kesehatan
{scam:3} | kurir J&T
~~~
LAPORAN PER KANAL MINGGU INI
SMS 1708: {n:1}
WA {owa:1}: {n:2}
Telepon {oline:1}: {n:3}
Web: {n:4}
~~~
REKENING BOS SEKOLAH
{school:1} | Bank NTT {brek:1}
{school:2} | Bank NTT {brek:2}
~~~
PAKET PEKERJAAN JALAN 2026
No | Lokasi | Penyedia | Nilai
1 | {street:1} | CV Timor Jaya | {amt:1}
2 | {street:2} | CV Karya Lontar | {amt:2}
~~~
DAFTAR TENAGA HONOR {kel^:1} YANG DIDAFTARKAN JKN
Nama | No. Kartu | NIK
[[{name:m1}]] | [[{bpjs:m1}]] | [[{nikp:m1}]]
[[{name:w1}]] | [[{bpjs:w1}]] | [[{nikp:w1}]]
[[{name:ym1}]] | [[{bpjs:ym1}]] | [[{nikp:ym1}]]
~~~
PEMOHON KUR MIKRO - PENDAMPINGAN DINAS KOPERASI
Nama Pemohon | NPWP | HP
[[{name:w1}]] | [[{npwp:w1}]] | [[{hp:w1}]]
[[{name:m1}]] | [[{npwpn:m1}]] | [[{hp:m1}]]
CV Flobamora Niaga | {bnpwp:1} | {owa:1}
""",
    "kupang_malay": """
Pak, beta pung anak [[{first:cm1}]] dapa pukul di sekolah {school:1}, guru [[{name:m2}]] yang
  pukul. Anak su takut pi sekolah. Beta [[{name:w1}]], HP [[{hp:w1}]]
~~~
Su satu minggu air sonde jalan di katong pung [[{rt:m1}]] Kel. {kel:1}. Katong beli air tangki
  {amt:1} satu kali. Tolong bapa dong. Beta [[{name:m1}]] [[{hp:m1}]]
~~~
Ada orang mau jual tanah pekuburan keluarga [[{family:m1}]] di {kel:1}, padahal tanah tu
  katong pung warisan dari opa. Beta su lapor ke RT tapi sonde ada tindakan. [[{name:m1}]]
~~~
Beta pung mama [[{name:ow1}]] pung kartu BPJS [[{bpjs:ow1}]] su mati, padahal dong bilang PBI.
  Pas mama masuk {hosp:1} suru bayar sendiri. Bagemana ni? [[{first:w1}]]
~~~
Beta su transfer uang buku {amt:1} ke rekening BRI [[{rekbri:w2}]] a.n. [[{name:w2}]], dia
  bilang
  dia guru kelas. Sampe sekarang buku sonde ada. Beta [[{name:w1}]]
~~~
Ada anak muda di gang sini, dong panggil dia [[{nick:ym1}]], tiap malam mabok deng putar musik
  keras sampe jam 2. Bapa RT su tegur sonde mau dengar. Katong di [[{rt:w1}]]. [[{first:w1}]]
~~~
Beta pung NIK [[{nik:m1}]] di sistem Dukcapil tatulis orang lain pung nama. Jadi beta sonde
  bisa urus BPJS. Tolong cek ko. [[{name:m1}]]
~~~
Beta pung KK [[{kk:w1}]] sonde ada beta pung anak paling kecil [[{first:cw1}]]. Su dua kali
  pi kantor Dukcapil dong bilang tunggu. [[{name:w1}]] [[{hp:w1}]]
~~~
Beta usaha bengkel sendiri di rumah, NPWP beta [[{npwp:m1}]]. Bapenda kirim tagihan pajak
  reklame padahal beta sonde pasang papan nama. Beta [[{name:m1}]]
~~~
Oto pick up [[{plateof:1}]] tiap sore buang sampah di kali dekat Puskesmas {pkm:1}. Sa su
  foto. Bau
  sampe ke rumah dong. - [[{first:m1}]]
~~~
Beta su kirim berkas lamaran ke Dinas, tapi dong bilang balasan lewat email. Beta pung email
  [[{maild:yw1}]]. Kalo ada apa-apa kasi tau beta ee. [[{name:yw1}]]
~~~
Oma [[{name:ow1}]] di [[{rt:ow1}]] tinggal sendiri, anak dong di Kalimantan. Rumah su mau rubu.
  Tolong dinsos datang lia. Yang lapor beta [[{name:w1}]], tetangga.
~~~
Rumah beta di [[{addr:m1}]] Kel. {kel:1} kena longsor tadi malam, dapur su jatuh ke kali.
  Tolong BPBD. Beta [[{name:m1}]], nomor [[{hp:m1}]]
~~~
Tuan rumah [[{name:m2}]] potong listrik katong pung kamar kos gara-gara telat bayar dua hari.
  Padahal katong su janji bayar. Beta [[{first:yw1}]] [[{hp:yw1}]]
~~~
Nomor {scam:1} telpon beta, dia bilang dia dari Dinas Sosial, minta beta pung foto KTP. Beta
  sonde kasi. Kalo mau tanya beta, nomor beta [[{hp:w1}]]. [[{first:w1}]]
~~~
Ini beta [[{name:m1}]], sopir angkot jalur 3. Polisi tahan beta pung oto [[{plateof:1}]] padahal
  surat lengkap. Dong minta uang {amt:1} baru kasi lepas.
~~~
Jalan di {street:1} su rusak parah, {?lubang besar-besar|aspal su hancur|lubang dalam
  sekali}. Oto deng motor baku tabrak hindar
  lubang. Sonde ada yang urus ko?
~~~
Lampu jalan di {street:1} mati su {n:1} minggu. Malam-malam gelap sekali, orang takut lewat.
~~~
Sampah di {market:1} tatumpuk sampe tutup jalan, su dari {day:1} lalu. Bau busuk. Petugas
  kebersihan ada ko sonde?
~~~
Beta telpon PDAM {oline:1} dari pagi sibuk terus. Air su tiga hari sonde jalan di Kel. {kel:1}.
~~~
Hati-hati bosong, nomor {scam:1} ni bilang dia petugas PLN, suru transfer {amt:1} untuk ganti
  meteran. Itu tipu-tipu.
~~~
Uang sekolah di {school:1} naik jadi {amt:1}, ditambah uang gedung {amt:2}. Katong orang kecil
  mau bayar pake apa?
~~~
Antri di Dukcapil dari jam 5 pagi, jam {jam:1} dong bilang kuota su habis. Besok datang lai.
  Capek
  bolak balik.
~~~
Tagihan PLN beta naik dua kali lipat jadi {amt:1}. ID pelanggan {plnid:1}. Beta sonde pake AC.
~~~
Ongkos angkot ke {market:1} su naik jadi {amt:1} padahal harga bensin sonde naik. Sopir dong
  bilang ikut pemerintah.
~~~
Ada yang kirim pesan di grup: "Kirim NIK ke WA {scam:1}, dapat bantuan {amt:1}". Itu hoax to?
  Jang kirim apa-apa e.
~~~
Bendahara minta katong pung NPWP untuk honor panitia. Beta pung NPWP [[{npwps:m1}]], ma
  dong bilang sonde terbaca di sistem. Beta [[{name:m1}]], tolong kasi tau harus bagemana.
~~~
Beta pung ana [[{first:cw1}]] pung kartu JKN [[{bpjs:cw1}]] dong bilang sonde aktif, padahal
  beta pung kartu [[{bpjs:w1}]] aktif. Satu KK ju. Beta [[{name:w1}]]
""",
}


# ---------------------------------------------------------------------------------------------
# Filling a template

TOKEN = re.compile(r"\[\[(?:(\w+):)?|\]\]|\{\?([^{}]*)\}|\{([a-z]+)([\^_]?):(\w+)\}")


def kind_of(gen: str) -> str:
    return PERSON_GENS[gen]


def fill(template: str, filler: Filler) -> tuple[str, list[dict[str, object]]]:  # noqa: PLR0912
    """The text of one fill and its spans; a label of one placeholder alone is marked exact."""
    mode = ""
    if template.startswith(("@CAPS\n", "@lower\n")):
        mode, template = template.split("\n", 1)
    out: list[str] = []
    length = 0
    spans: list[dict[str, object]] = []
    label: dict[str, object] | None = None
    at = 0
    for match in TOKEN.finditer(template):
        literal = template[at : match.start()]
        at = match.end()
        out.append(literal)
        length += len(literal)
        if label is not None and literal:
            label["literal"] = True
        token = match.group(0)
        if token.startswith("[["):
            if label is not None:
                raise ValueError("nested label: " + template[:60])
            label = {"kind": match.group(1), "start": length, "values": [], "literal": False}
        elif token == "]]":
            if label is None:
                raise ValueError("closing without label: " + template[:60])
            label["end"] = length
            spans.append(label)
            label = None
        elif match.group(2) is not None:
            choice = filler.rng.choice(match.group(2).split("|"))
            out.append(choice)
            length += len(choice)
            if label is not None and choice:
                label["literal"] = True
        else:
            gen, case, key = match.group(3), match.group(4), match.group(5)
            value = filler.value(gen, key)
            value = value.upper() if case == "^" else value.lower() if case == "_" else value
            out.append(value)
            length += len(value)
            if label is not None:
                label["values"].append(value)  # type: ignore[union-attr]
                if label["kind"] is None:
                    label["kind"] = kind_of(gen)
    if label is not None:
        raise ValueError("unclosed label: " + template[:60])
    tail = template[at:]
    out.append(tail)
    text = "".join(out)
    if mode == "@CAPS":
        text = text.upper()
    elif mode == "@lower":
        text = text.lower()
    if len(text) != length + len(tail):
        raise ValueError("case change moved the offsets")
    return text, spans


# ---------------------------------------------------------------------------------------------
# Checking a filled text

TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "sdr",
    "sdri",
    "ny",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "kak",
    "kaka",
    "nona",
    "bidan",
    "guru",
    "lurah",
    "camat",
    "ketua",
    "serka",
    "bripka",
    "aipda",
    "pdt",
    "dr",
    "drs",
    "almarhum",
    "alm",
    "almh",
    "pelapor",
    "petugas",
    "pasien",
    "kader",
    "penelepon",
    "ttd",
    "sy",
    "saya",
    "beta",
    "nama",
    "yth",
    "dear",
    "mr",
    "mrs",
    "saudara",
    "saudari",
    "an",
    "hormat",
    "salam",
    "tuan",
    "nyonya",
}
OCR_DIGIT = str.maketrans("OolISB", "001158")
OPENERS = re.compile(r"(?i)^(jl\.|jln\.|jalan|gg\.|lr\.|rt|perumnas|perum|griya|kompleks|btn)")
PLATE = re.compile(r"(?i)^[a-z]{1,2} ?\d{1,4} ?[a-z]{1,3}$")
MAIL = re.compile(r"@|\(at\)|\[at\]| at |\(keong\)|\[@\]|\(et\)")
DIGIT_RUN = re.compile(r"[0-9OlISB](?:[ .\-]?[0-9OlISB])*")
NUMERIC = {
    "nik": (15, 17),
    "kk": (16, 16),
    "npwp": (15, 16),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}


def covered(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e, _ in spans)


def problems(text: str, raw: list[tuple[int, int, str]], style: str = "") -> list[str]:  # noqa: PLR0912
    """Everything wrong with a filled text; an empty list when it is good."""
    found: list[str] = []
    spans = sorted(raw)
    if any(m in text for m in ("[[", "]]", "{", "}")):
        found.append("marker left")
    for (_s1, e1, _), (s2, _e2, _) in itertools.pairwise(spans):
        if s2 < e1:
            found.append(f"overlap at {s2}")
    for start, end, kind in spans:
        part = text[start:end]
        if kind not in KINDS:
            found.append(f"unknown kind {kind}")
        if not 0 <= start < end <= len(text):
            found.append("outside the text")
            continue
        first_ok = part[0].isalnum() or (kind == "phone" and part[0] in "+(")
        if not first_ok or not part[-1].isalnum():
            found.append(f"{kind} {part!r} has an edge")
        if kind in NUMERIC:
            low, high = NUMERIC[kind]
            count = sum(c.isdigit() for c in part.translate(OCR_DIGIT))
            if not low <= count <= high:
                found.append(f"{kind} {part!r} has {count} digits")
            if kind == "bpjs" and not part.translate(OCR_DIGIT).startswith("000"):
                found.append(f"bpjs {part!r} does not open 000")
        if kind == "name":
            word = re.split(r"[\s.,]+", part)[0].lower()
            if word in TITLES:
                found.append(f"name {part!r} opens with a title")
            if "@" in part or (style != "ocr_scan" and any(c.isdigit() for c in part)):
                found.append(f"name {part!r} holds a digit or @")
        if kind == "plate" and not PLATE.match(part):
            found.append(f"plate {part!r} is no plate")
        if kind == "address" and not (OPENERS.match(part) or re.match(r"^\d{3}/\d{3}$", part)):
            found.append(f"address {part!r} opens oddly")
        if kind == "email" and not MAIL.search(part):
            found.append(f"email {part!r} has no @")
    found += repeats(text, spans)
    return found


def repeats(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """Another occurrence of a labelled number, plate or name word outside every span."""
    found: list[str] = []
    runs = []
    for run in DIGIT_RUN.finditer(text):
        places = [run.start() + i for i, c in enumerate(run.group()) if c.isalnum()]
        runs.append(("".join(text[i] for i in places).translate(OCR_DIGIT), places))
    for start, end, kind in spans:
        part = text[start:end]
        if kind in NUMERIC:
            number = "".join(c for c in part.translate(OCR_DIGIT) if c.isdigit())
            needle = number[-9:]
            for joined, places in runs:
                at = joined.find(needle)
                while at >= 0:
                    cells = places[at : at + len(needle)]
                    if not covered(spans, cells[0], cells[-1] + 1):
                        found.append(f"{kind} {part!r} repeated outside a span")
                    at = joined.find(needle, at + 1)
        elif kind == "plate":
            squeeze = re.sub(r"\s", "", part).lower()
            pattern = r"\s?".join(re.escape(c) for c in squeeze)
            hits = re.finditer(r"(?i)(?<![a-z0-9])" + pattern + r"(?![a-z0-9])", text)
            if any(not covered(spans, m.start(), m.end()) for m in hits):
                found.append(f"plate {part!r} repeated outside a span")
        elif kind == "name":
            for word in re.findall(r"[A-Za-z]{3,}", part):
                hits = re.finditer(r"(?i)(?<![A-Za-z])" + word + r"(?![A-Za-z])", text)
                if any(not covered(spans, m.start(), m.end()) for m in hits):
                    found.append(f"name word {word!r} outside a span")
    return found


def self_test() -> None:
    """The checker refuses what it should and accepts a good text."""
    good = "Sy Maria Tefa, HP 081234567890, NIK 5371014505880003. Maria minta tolong."
    g = [(3, 13, "name"), (18, 30, "phone"), (36, 52, "nik"), (54, 59, "name")]
    assert problems(good, g) == [], problems(good, g)
    bad = [
        ("Sy Maria Tefa minta. Maria lagi.", [(3, 13, "name")]),
        ("Surat Ibu Maria Tefa.", [(6, 20, "name")]),
        ("HP 081234567890 atau 0812-3456-7890.", [(3, 15, "phone")]),
        ("HP 081234567890 atau 081234567890.", [(3, 15, "phone")]),
        ("HP 081234567890.", [(3, 16, "phone")]),
        ("Nama Maria Tefa.", [(5, 15, "name"), (11, 15, "name")]),
        ("Nama {name:m1} Tefa.", [(15, 19, "name")]),
        ("NIK 53710145058.", [(4, 15, "nik")]),
        ("plat DH 1234 AB", [(0, 15, "plate")]),
        ("rumah di Jl. Nangka No. 4", [(13, 25, "address")]),
        ("mail tefa.maria.gmail.com", [(5, 25, "email")]),
        ("bpjs 1234567890123", [(5, 18, "bpjs")]),
    ]
    for text, spans in bad:
        assert problems(text, spans), text


# ---------------------------------------------------------------------------------------------
# Writing the corpus


def blocks(source: str) -> list[str]:
    """The templates of one style: blocks between ``~~~`` lines, continued lines joined."""
    found = []
    for block in source.split("~~~"):
        lines: list[str] = []
        for line in block.strip("\n").split("\n"):
            if line.startswith("  ") and lines:
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.rstrip())
        text = "\n".join(lines).strip("\n")
        if text:
            found.append(text)
    return found


def build() -> tuple[list[dict[str, object]], dict[str, list[int]]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    stats: dict[str, list[int]] = {}
    for style, source in TEMPLATES.items():
        templates = blocks(source)
        clean = 0
        for template in templates:
            clean += "[[" not in template
            for _ in range(FILLS):
                for _draw in range(DRAWS):
                    filler = Filler(rng)
                    text, labels = fill(template, filler)
                    spans = [(int(s["start"]), int(s["end"]), str(s["kind"])) for s in labels]  # type: ignore[call-overload]
                    wrong = problems(text, spans, style)
                    for s in labels:
                        values = s["values"]
                        exact = len(values) == 1 and not s["literal"]  # type: ignore[arg-type]
                        if exact:
                            got = text[int(s["start"]) : int(s["end"])]  # type: ignore[call-overload]
                            want = str(values[0])  # type: ignore[index]
                            if template.startswith("@"):
                                got, want = got.lower(), want.lower()
                            if got != want:
                                wrong.append("span differs from its value")
                    if not wrong and text not in seen:
                        break
                else:
                    raise SystemExit(f"cannot fill ({style}): {template[:80]!r}: {wrong}")
                seen.add(text)
                records.append(
                    {
                        "text": text,
                        "spans": [{"kind": k, "start": s, "end": e} for s, e, k in sorted(spans)],
                        "style": style,
                    }
                )
        stats[style] = [len(templates), clean]
    rng.shuffle(records)
    for number, record in enumerate(records, start=1):
        record["id"] = f"xv18-{number:04d}"
    return records, stats


def main() -> None:
    self_test()
    records, stats = build()
    lines = [
        json.dumps(
            {"id": r["id"], "text": r["text"], "spans": r["spans"], "style": r["style"]},
            ensure_ascii=False,
        )
        for r in records
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    kinds: Counter[str] = Counter()
    per_style: Counter[str] = Counter()
    clean_texts: Counter[str] = Counter()
    span_style: Counter[str] = Counter()
    cell: Counter[tuple[str, str]] = Counter()
    for r in records:
        style = str(r["style"])
        per_style[style] += 1
        spans = r["spans"]
        clean_texts[style] += not spans  # type: ignore[operator]
        for s in spans:  # type: ignore[attr-defined]
            kinds[s["kind"]] += 1
            span_style[style] += 1
            cell[style, s["kind"]] += 1
    out = sys.stdout
    out.write(f"sha256 {hashlib.sha256(data).hexdigest()}\n")
    templates = sum(v[0] for v in stats.values())
    clean_templates = sum(v[1] for v in stats.values())
    out.write(f"templates {templates} (without personal data {clean_templates})\n")
    out.write(f"texts {len(records)} without spans {sum(clean_texts.values())}")
    out.write(f" spans {sum(kinds.values())}\n")
    for kind, count in kinds.most_common():
        out.write(f"  {kind:13} {count}\n")
    order = [k for k, _ in kinds.most_common()]
    out.write(
        "style | templates | clean templates | texts | clean texts | spans | "
        + " ".join(order)
        + "\n"
    )
    for style in TEMPLATES:
        row = " ".join(str(cell[style, k]) for k in order)
        out.write(
            f"  {style:15} {stats[style][0]:3} {stats[style][1]:3} {per_style[style]:4}"
            f" {clean_texts[style]:4} {span_style[style]:5} | {row}\n"
        )


if __name__ == "__main__":
    main()
