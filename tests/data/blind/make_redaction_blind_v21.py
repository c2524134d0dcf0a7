"""Write the twenty-first blind redaction corpus, ``redaction_blind_v21.jsonl``.

The texts are written from ``docs/redaction-annotation-guide.md`` alone (see
``README-redaction-v21.md``). Every template carries its labels inline and is filled three times
from ``random.Random(20270121)``; the script checks every filled text, writes the file, prints
its SHA-256 and its counts. Run it again and the file is the same, byte for byte.

Template syntax: ``[[kind:...]]`` labels what lies between the colon and the brackets,
``[[{gen:key}]]`` labels one value with its generator's kind, ``{gen:key}`` fills a value left
unlabelled, ``{?a|b}`` picks one alternative, ``^``/``_`` after a generator's name give capitals
or lower case, a first line ``@CAPS``/``@lower`` writes the whole text so, ``\\t`` is a tab, and
a line opening with two spaces continues the line above (joined with one space).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

SEED = 20270121
OUT = Path(__file__).with_name("redaction_blind_v21.jsonl")
PREFIX = "xv21"
FILLS = 3
KINDS = (
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

# ---------------------------------------------------------------------------------------------
# Pools


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


W_GIVEN = _words(
    "Maria Yuliana Agustina Anace Yustina Marlin Selfi Dorkas Yohana Rosalina Elisabeth "
    "Magdalena Ferderika Novita Yanti Erni Lodia Priska Debora Naomi Ester Mersi Deviana "
    "Fransiska Ignasia Kristina Martha Welmince Orpa Adelina Sisilia Oktaviana Serly Juliana "
    "Herlina Margaretha Imelda Veronika Florentina Nurhayati Halimah Salma Agnes Theresia "
    "Katarina Beatrix Yofita Sance Melkiana Dominika Yasinta Merlyn Regina Wilhelmina Jubelina "
    "Aplonia Dina Yuni Ance Elsi Nelci Rince Yublina Antonia Getrudis Emiliana Yosefina"
)
M_GIVEN = _words(
    "Yohanes Yakob Frans Dominggus Melkianus Petrus Paulus Simon Marthen Ebed Soleman Yermias "
    "Aleksander Yosef Agustinus Kornelis Daniel Semuel Obed Habel Nikodemus Viktor Benyamin "
    "Gabriel Markus Lukas Stefanus Yunus Matheus Roni Deki Jefri Hendrik Yulius Ferdinand "
    "Oktovianus Zakarias Imanuel Arnold Efraim Abraham Isak Ahmad Abdul Hasan Usman Yusuf "
    "Ismail Kaharudin Andreas Bernadus Fransiskus Rofinus Lambertus Kristofel Albertus "
    "Hironimus Vinsensius Elias Mesakh Piter Yopi Titus Adrianus Wellem Sefnat Nahor"
)
YW_GIVEN = _words(
    "Kezia Eunike Meldy Gracia Velin Cindy Angel Tiara Nadia Yolanda Gisel Febri Anjeli Vania "
    "Tasya Stevani Inggrid Dewinta Marsha Olivia Claudia Ribka Sintia Yuan"
)
YM_GIVEN = _words(
    "Rival Arkan Ricky Dimas Fandi Jonatan Kevin Aldo Revan Kristo Ardi Sandro Vicky Marvel "
    "Ryan Yeremia Gerson Riki Yandri Jefta Dion Alvin Erik Frengki"
)
CW_GIVEN = _words(
    "Keyla Gaby Chelsea Mikha Abigail Clara Ivana Naura Aurel Michelle Shalom Elsa Kayla "
    "Jesica Mutiara Shinta Lovely Kanaya"
)
CM_GIVEN = _words(
    "Nathan Elvan Divo Josua Kenzo Arsen Jovan Kalvin Rafael Gilbert Yehezkiel Noval Reyhan "
    "Gibran Farel Elkana Yosua Daud"
)
OW_GIVEN = _words(
    "Sarlota Yakomina Petronela Adriana Dortia Mina Bertha Naema Lea Yuliana Martha Apolonia "
    "Katarina Susana Elisabet Sofia Yohana Ruth"
)
OM_GIVEN = _words(
    "Lazarus Lamech Eliezer Martinus Salomon Welhelmus Hendrikus Frederik Filipus Eduard "
    "Ruben Nikolaus Yeremias Lodewyk Karel Zadrak Hermanus Barnabas"
)
FAMILIES = (
    *_words(
        "Ndun Manafe Tefa Benu Lay Bessie Therik Pah Nenobais Tanone Amalo Fanggidae Mooy "
        "Lobo Tnunay Boimau Sabneno Liunokas Neolaka Tamelab Tunliu Pandie Kolimon Lakapu "
        "Tuames Toelle Koroh Ndoen Sinlae Neonufa Lapenangga Mauboy Nitbani Sjioen "
        "Ratukore Pellokila Oenunu Seuk Bana Ully Adoe Oematan Selan Haba Missa Nahak "
        "Seran Bria Taek Klau Atok Laka Koli Tualaka Dethan Kelen Meko Fallo Nope Tlonaen "
        "Banunaek Baun Nubatonis Kase Snae Manuain Lomi Djami Rohi Malelak Kapitan Bollu "
        "Nalle Amtiran Lakapu Foenay Sabaat Ninu Tapatab Sogen Kolo Ataupah Tallo Radja "
        "Lenggu Messakh Bire Wadu Hege Nggili Lomboan Mboeik"
    ),
    *("Riwu Kaho", "Ga Lena", "Dju Dara", "Mone Ratu", "Ludji Pau", "Kana Hau", "Lado Bire"),
)
FAMILIES = tuple(dict.fromkeys(FAMILIES))
W_NICK = _words("Ati Noni Eda Ita Ety Yeni Ocha Lusi Ince Mely Nela")
M_NICK = _words("Eki Ancu Nyong Ose Eto Odi Kris Nus Bo Anis Deki Ucu")
# People of other names: (full, given, family, sex)
X_PEOPLE = (
    ("I Wayan Sudarma", "I Wayan", "Sudarma", "m"),
    ("I Ketut Arsana", "I Ketut", "Arsana", "m"),
    ("I Made Suardika", "I Made", "Suardika", "m"),
    ("Ni Made Sukerti", "Ni Made", "Sukerti", "w"),
    ("Ni Luh Putu Ariani", "Ni Luh Putu", "Ariani", "w"),
    ("Wa Ode Hasna", "Wa Ode", "Hasna", "w"),
    ("Wa Ode Nurmala", "Wa Ode", "Nurmala", "w"),
    ("La Ode Saleh", "La Ode", "Saleh", "m"),
    ("La Ode Ridwan", "La Ode", "Ridwan", "m"),
    ("Umbu Kudu Praing", "Umbu Kudu", "Praing", "m"),
    ("Umbu Ndeta Hamandangu", "Umbu Ndeta", "Hamandangu", "m"),
    ("Rambu Hana Lunggi", "Rambu Hana", "Lunggi", "w"),
    ("Rambu Ana Ndakularak", "Rambu Ana", "Ndakularak", "w"),
    ("Syamsuddin Daeng Tompo", "Syamsuddin", "Daeng Tompo", "m"),
    ("Rosmiati Daeng Sikki", "Rosmiati", "Daeng Sikki", "w"),
    ("Tan Mei Hwa", "Mei Hwa", "Tan", "w"),
    ("Go Siu Lan", "Siu Lan", "Go", "w"),
    ("Liem Kok Hin", "Kok Hin", "Liem", "m"),
    ("Sri Rahayu", "Sri", "Rahayu", "w"),
    ("Bambang Susilo", "Bambang", "Susilo", "m"),
    ("Yosef Boli Kelen", "Yosef Boli", "Kelen", "m"),
    ("Maria Ina Sogen", "Maria Ina", "Sogen", "w"),
)
REGENCIES = (
    ("01", "Kupang"),
    ("02", "Timor Tengah Selatan"),
    ("03", "Timor Tengah Utara"),
    ("04", "Belu"),
    ("05", "Alor"),
    ("06", "Flores Timur"),
    ("07", "Sikka"),
    ("08", "Ende"),
    ("11", "Sumba Timur"),
    ("13", "Lembata"),
    ("14", "Rote Ndao"),
    ("20", "Sabu Raijua"),
    ("21", "Malaka"),
)
BIRTHPLACES = {
    "01": "Oelamasi",
    "02": "Soe",
    "03": "Kefamenanu",
    "04": "Atambua",
    "05": "Kalabahi",
    "06": "Larantuka",
    "07": "Maumere",
    "08": "Ende",
    "11": "Waingapu",
    "13": "Lewoleba",
    "14": "Baa",
    "20": "Seba",
    "21": "Betun",
    "71": "Kupang",
}
JOBS_W = ("Ibu Rumah Tangga", "Guru Honor", "Pedagang", "Penjahit", "Perawat", "Wiraswasta")
JOBS_M = ("Petani", "Nelayan", "Sopir", "Tukang", "Wiraswasta", "Buruh Harian Lepas", "Ojek")
HOME_STREETS = (
    *_words(
        "Nangka Kenari Jambu Bakau Kelapa Merpati Nuri Kakatua Flamboyan Cendana Lontar Manggis "
        "Rambutan Delima Kecapi Matani Oebonik Herewila Bajawa Rote Sabu Belu Kelinci Kancil Rusa "
        "Beringin Oekam Anggrek Melati Cempaka Mawar Kamboja Srikaya Sirsak Pepaya Belimbing "
        "Tanjung Bougenville Kasuari Elang Pelikan Camar Gelatik Kutilang Murai"
    ),
    "Air Lobang",
    "Alfons Nisnoni",
    "W.J. Lalamentik",
    "Fetor Funay",
    "Timor Raya",
    "Perintis Kemerdekaan",
    "Batu Kadera",
    "Nusa Indah",
    "Bunga Raya",
)
LANES = _words("Kakatua Sepakat Damai Pelita Anggrek Harapan Sejahtera Kenanga Mekar Rukun")
ESTATES = (
    "Perumnas",
    "BTN Kolhua",
    "Griya Liliba",
    "Perum Lopo Indah",
    "Griya Permata Oesapa",
    "Kompleks Perumnas",
    "Perumahan Citra Oebufu",
)
KECAMATAN = {
    "Alak": (
        *_words("Alak Namosain Fatufeto Batuplat Mantasi Manutapen Nunhila Naioni"),
        *("Manulai II", "Nunbaun Sabu", "Nunbaun Delha", "Penkase Oeleta"),
    ),
    "Maulafa": _words("Maulafa Kolhua Penfui Sikumana Fatukoa Naikolan Oepura Belo Naimata"),
    "Oebobo": (*_words("Oebobo Fatululi Oetete Oebufu Liliba"), "Kayu Putih", "Tuak Daun Merah"),
    "Kelapa Lima": (*_words("Oesapa Lasiana"), "Kelapa Lima", "Oesapa Barat", "Oesapa Selatan"),
    "Kota Raja": (
        *_words("Kuanino Airnona Bakunase Fontein Nunleu"),
        *("Naikoten I", "Naikoten II", "Bakunase II"),
    ),
    "Kota Lama": (
        *_words("LLBK Solor Oeba Fatubesi Merdeka Nefonaek Bonipoi Airmata"),
        *("Tode Kisar", "Pasir Panjang"),
    ),
}
KELURAHAN = tuple((kel, kec) for kec, kels in KECAMATAN.items() for kel in kels)
PUSKESMAS = (
    *_words("Oebobo Sikumana Bakunase Oesapa Alak Penfui Naioni Manutapen Oepoi Nunbaun Fatukoa"),
    *("Kupang Kota", "Pasir Panjang", "Nunbaun Sabu"),
)
SCHOOLS = (
    "SDN Oetete 1",
    "SD Inpres Oepura 2",
    "SD Inpres Naikoten 1",
    "SDN Bakunase 2",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMPN 8 Kupang",
    "SMPN 13 Kupang",
    "SMAN 1 Kupang",
    "SMAN 3 Kupang",
    "SMAN 6 Kupang",
    "SMKN 2 Kupang",
    "SMKN 4 Kupang",
    "SDK St. Yoseph 2",
    "SMPK St. Theresia",
    "MTsN Kota Kupang",
)
MARKETS = (
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Kuanino",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Sam Ratulangi",
    "Jl. Adisucipto",
    "Jl. Perintis Kemerdekaan",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Frans Lebu Raya",
    "Jl. Prof. Dr. Herman Yohanes",
    "Jl. Cak Doko",
    "Jl. Kapten Tendean",
    "Jl. Amabi",
    "Jl. R.A. Kartini",
    "Jl. Alfons Nisnoni",
    "Jl. Fetor Funay",
    "Jl. Thamrin",
)
HOSPITALS = (
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS St. Carolus Borromeus",
    "RS Siloam Kupang",
    "RS Leona",
    "RS Mamami",
)
CHURCHES = (
    "GMIT Jemaat Koinonia",
    "GMIT Jemaat Kota Baru",
    "GMIT Jemaat Efata Liliba",
    "Paroki St. Yoseph Naikoten",
    "GMIT Jemaat Imanuel Oepura",
    "GMIT Jemaat Betel Oesapa",
)
COMPANIES = (
    "CV Sinar Timor",
    "CV Karya Lontar",
    "CV Flobamora Teknik",
    "PT Nusa Cendana Konstruksi",
    "UD Laut Timor",
    "CV Tiga Saudara Timor",
    "UD Sumber Rejeki",
    "CV Sasando Mandiri",
    "PT Timor Raya Sejahtera",
    "CV Oebobo Jaya",
)
COOPS = (
    "KSP Tunas Harapan",
    "Koperasi Pedagang Ikan Oeba",
    "KSU Karya Tani Baumata",
    "Koperasi Serba Usaha Lontar Mandiri",
    "KSP Kasih Sejahtera",
    "Koperasi Nelayan Teluk Kupang",
)
SHOPS = (
    "Toko Sinar Abadi",
    "Toko Bangunan Sumber Rejeki",
    "Apotek Kasih Ibu",
    "Bengkel Maju Motor",
    "Fotokopi Cahaya Oesapa",
    "Counter Flobamora Cell",
    "Depot Air Tirta Oebufu",
    "Toko Berkat Jaya",
    "Salon Nona Manis",
    "Kios Mama Ester",
    "Sedot WC Berkah Abadi",
    "Laundry Bersih Kilat",
)
FREE_HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "rocketmail.com",
    "hotmail.com",
)
MONTHS = _words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
DAYS = _words("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")
MOBILE_PREFIXES = _words(
    "0811 0812 0813 0821 0822 0823 0852 0853 0851 0814 0815 0816 0855 0856 0857 0858 0817 "
    "0818 0819 0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0838 0831 0832"
)
BANK_SHAPES = {
    "bri": ((4, 2, 6, 2, 1), "-"),
    "bni": ((10,), ""),
    "mandiri": ((3, 2, 7, 1), "-"),
    "bntt": ((3, 2, 2, 6, 1), "."),
    "bca": ((10,), ""),
    "bsi": ((10,), ""),
}
LETTERS_FOR_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B"}
DIGIT_OF_LETTER = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}

# ---------------------------------------------------------------------------------------------
# One text's values


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    if at < len(digits):
        out.append(digits[at:])
    return sep.join(part for part in out if part)


def _old_npwp(digits: str) -> str:
    return f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}.{digits[8]}-{digits[9:12]}.{digits[12:]}"


def _working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class Person:
    """One person of a text, drawn from a key (``w1``, ``m2k``, ``cw1``, ``xm1`` ...)."""

    def __init__(self, text: Text, key: str) -> None:
        rng = text.rng
        self.key = key
        kind = re.match(r"[a-z]+", key).group()
        self.kupang = key.endswith("k")
        self.sex = "w" if kind.endswith("w") else "m"
        self.group = kind[:-1] if len(kind) > 1 else ""
        number = re.search(r"\d+", key)
        father = None
        if self.group in ("c", "t", "b") and number:
            fkey = "m" + number.group() + ("k" if self.kupang else "")
            father = text.person(fkey)
        if self.group == "x":
            choices = [p for p in X_PEOPLE if p[3] == self.sex and text.free_words(p[0])]
            full, given, fam, _ = rng.choice(choices)
            self.given, self.fam, self.full = given, fam, full
            self.first = given
        else:
            pool = {
                ("", "w"): W_GIVEN,
                ("", "m"): M_GIVEN,
                ("y", "w"): YW_GIVEN,
                ("y", "m"): YM_GIVEN,
                ("c", "w"): CW_GIVEN,
                ("c", "m"): CM_GIVEN,
                ("t", "w"): YW_GIVEN,
                ("t", "m"): YM_GIVEN,
                ("b", "w"): CW_GIVEN,
                ("b", "m"): CM_GIVEN,
                ("o", "w"): OW_GIVEN,
                ("o", "m"): OM_GIVEN,
            }[(self.group, self.sex)]
            self.first = rng.choice([g for g in pool if text.free_words(g)])
            text.reserve(self.first)
            given = self.first
            if self.group in ("", "o") and rng.random() < 0.3:
                middle_pool = W_GIVEN if self.sex == "w" else M_GIVEN
                middle = rng.choice([g for g in middle_pool if text.free_words(g)])
                text.reserve(middle)
                given = f"{self.first} {middle}"
            self.given = given
            if father is not None and (self.kupang or rng.random() < 0.8):
                self.fam = father.fam
            else:
                self.fam = rng.choice([f for f in FAMILIES if text.free_words(f)])
            self.full = f"{self.given} {self.fam}"
        text.reserve(self.full)
        nicks = W_NICK if self.sex == "w" else M_NICK
        self.nick = rng.choice([n for n in nicks if text.free_words(n)])
        text.reserve(self.nick)
        # birth
        lo, hi = {
            "": (1962, 1988),
            "x": (1962, 1990),
            "y": (1998, 2006),
            "c": (2008, 2021),
            "t": (2008, 2011),
            "b": (2018, 2021),
            "o": (1938, 1960),
        }[self.group]
        self.birth = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        if father is not None and father.birth.year + 20 > self.birth.year:
            self.birth = self.birth.replace(year=max(self.birth.year, father.birth.year + 22))
        if father is not None and self.fam == father.fam:
            self.reg, self.dist = father.reg, father.dist
        elif self.kupang or rng.random() < 2 / 3:
            self.reg, self.dist = "71", f"0{rng.randint(1, 6)}"
        else:
            self.reg = rng.choice(REGENCIES)[0]
            self.dist = f"{rng.randint(1, 24):02d}"
        day = self.birth.day + (40 if self.sex == "w" else 0)
        serial = f"{rng.randint(1, 160):04d}"
        self.nik = f"53{self.reg}{self.dist}{day:02d}{self.birth:%m}{self.birth:%y}{serial}"
        issued = date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.kk = f"53{self.reg}{self.dist}{issued:%d%m%y}{rng.randint(1, 9999):04d}"
        head = rng.choice(_words("07 08 09 15 24 25 35 36 44 45 46 54 55 66 67 73 77 82 84 86 92"))
        body = "".join(str(rng.randint(0, 9)) for _ in range(7))
        self.npwp = f"{head}{body}{rng.choice(['920', '921', '922', '923'])}000"
        self.bpjs = f"000{rng.randint(0, 8)}" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        self.mobile = text.new_mobile()
        self.home = "8" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        self.plate_parts = (
            rng.choice(("DH", "DH", "DH", "DH", "DH", "DH", "EB", "EB", "ED")),
            str(rng.randint(1000, 9899)),
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2]))),
        )
        self.accounts: dict[str, str] = {}
        self.street = rng.choice([s for s in HOME_STREETS if text.free_words(s)])
        self.house = str(rng.randint(1, 140)) + rng.choice(
            ("", "", "", "", "", "", "", "", "A", "B")
        )
        self.rt = rng.randint(1, 42)
        self.rw = rng.randint(1, 14)
        self.mail_local = self._mail_local(rng)
        self.host = rng.choice(FREE_HOSTS)

    def _mail_local(self, rng: random.Random) -> str:
        first = self.first.split()[-1].lower()
        fam = self.fam.replace(" ", "").lower()
        yy = f"{self.birth:%y}"
        return rng.choice(
            [
                f"{first}.{fam}{yy}",
                f"{first}{fam}",
                f"{fam}.{first}",
                f"{first}_{fam}{rng.randint(1, 99)}",
                f"{first}{rng.randint(10, 99)}",
                f"{first[0]}{fam}{yy}",
                f"{fam}{first}{rng.randint(1, 9)}",
            ]
        )

    def account(self, bank: str, rng: random.Random) -> str:
        if bank not in self.accounts:
            sizes, sep = BANK_SHAPES[bank]
            digits = "".join(str(rng.randint(0, 9)) for _ in range(sum(sizes)))
            if bank == "bntt":
                digits = "0" + rng.choice(["01", "02", "03"]) + digits[3:]
            if bank == "bni":
                digits = "0" + digits[1:]
            elif digits.startswith("08"):
                digits = "1" + digits[1:]
            self.accounts[bank] = _group(digits, sizes, sep) if rng.random() < 0.7 else digits
        return self.accounts[bank]


def _digits(n: int, rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _letters_for_digits(number: str, rng: random.Random) -> str:
    chars = list(number)
    spots = [i for i, c in enumerate(chars) if c in LETTERS_FOR_DIGITS]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        chars[i] = LETTERS_FOR_DIGITS[chars[i]]
    return "".join(chars)


MOBILE_STYLES = (
    *("plain", "plain", "plain", "plain", "plain", "plain", "dash", "dash", "dash"),
    *("space", "space", "dot", "plus", "plus", "plusplain", "62", "62space", "bracket", "under"),
)


def _mobile_writing(digits: str, rng: random.Random, style: str = "") -> str:
    rest = digits[1:]  # after the 0
    a, b, c = rest[:3], rest[3:7], rest[7:]
    styles = {
        "plain": digits,
        "dash": f"0{a}-{b}-{c}",
        "space": f"0{a} {b} {c}",
        "dot": f"0{a}.{b}.{c}",
        "plus": f"+62 {a}-{b}-{c}",
        "plusplain": f"+62{rest}",
        "62": f"62{rest}",
        "62space": f"62 {a} {b} {c}",
        "bracket": f"(+62) {a} {b} {c}",
        "under": f"0{a}_{b}_{c}",
    }
    if not style:
        style = rng.choice(MOBILE_STYLES)
    return styles[style]


def _landline(digits: str, rng: random.Random) -> str:
    return rng.choice(
        [
            f"0380 {digits}",
            f"(0380) {digits}",
            f"0380-{digits}",
            f"(0380) {digits[:3]} {digits[3:]}",
            f"0380 {digits[:3]} {digits[3:]}",
        ]
    )


PERSON_KEY = re.compile(r"^(?:y|c|t|o|x|b)?[wm]\d+k?$")
GEN_KIND = {
    **dict.fromkeys(["full", "given", "first", "fam", "nick", "ini", "ocr"], "name"),
    **dict.fromkeys(["nik", "nikp", "nikg", "nikd", "nikx", "nikl", "nikpair", "nikcomma"], "nik"),
    "nikbr": "nik",
    **dict.fromkeys(["kk", "kkp", "kkx"], "kk"),
    **dict.fromkeys(["npwp", "npwpd", "npwpn", "npwpx", "nitku"], "npwp"),
    **dict.fromkeys(["bpjs", "bpjsx"], "bpjs"),
    **dict.fromkeys(["hp", "hpp", "hpx", "hpd", "wa", "home"], "phone"),
    **dict.fromkeys(["mail", "maild", "mailg"], "email"),
    **dict.fromkeys(["addr", "rt", "addrrt", "rt1", "rtktp", "blok"], "address"),
    "plate": "plate",
    **dict.fromkeys(["bri", "bni", "mandiri", "bntt", "bca", "bsi"], "bank_account"),
}


PERSONAL = frozenset(GEN_KIND) | {"ttl", "lahir", "umur", "kab", "job", "jk"}


class Text:
    """The values of one text: people, places, numbers and dates, each drawn once per key."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.words: set[str] = set()
        self.values: dict[tuple[str, str], str] = {}
        self.used: set[str] = set()
        self.mobiles: set[str] = set()
        self.base = date(2026, 1, 5) + timedelta(days=rng.randint(0, 320))
        self.base = _working_day(self.base)
        self.times: dict[str, int] = {}

    # -- names
    def free_words(self, name: str) -> bool:
        return all(w.lower() not in self.words for w in re.findall(r"[A-Za-z]{3,}", name))

    def reserve(self, name: str) -> None:
        self.words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", name))

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self, key)
        return self.people[key]

    def new_mobile(self) -> str:
        while True:
            prefix = self.rng.choice(MOBILE_PREFIXES)
            number = prefix + _digits(self.rng.choice([7, 8, 8, 8]), self.rng)
            if number not in self.mobiles:
                self.mobiles.add(number)
                return number

    def pick(self, pool: tuple | list, tag: str) -> object:
        """Draw from a pool, never the same value twice in one text."""
        choices = [p for p in pool if (tag, str(p)) not in self.used]
        value = self.rng.choice(choices)
        self.used.add((tag, str(value)))
        return value

    # -- dates and times
    def day(self, key: str) -> date:
        if ("day", key) not in self.values:
            rng = self.rng
            n = int(key[1:] or 1)
            if key[0] == "d":
                day = self.base
                for _ in range(n - 1):
                    day = _working_day(day + timedelta(days=rng.randint(1, 9)))
            else:  # b: before d1
                day = self.base - timedelta(days=sum(rng.randint(3, 40) for _ in range(n)))
            self.values[("day", key)] = day.isoformat()
        return date.fromisoformat(self.values[("day", key)])

    def time(self, key: str) -> str:
        start, spread = {"p": (7 * 60 + 5, 120), "s": (13 * 60, 120), "m": (18 * 60 + 30, 80)}[
            key[0]
        ]
        if key[0] not in self.times:
            self.times[key[0]] = start + self.rng.randint(0, spread)
        n = int(key[1:] or 1)
        minutes = self.times[key[0]]
        for i in range(2, n + 1):
            tkey = ("step", f"{key[0]}{i}")
            if tkey not in self.values:
                self.values[tkey] = str(self.rng.randint(3, 30))
            minutes += int(self.values[tkey])
        return f"{minutes // 60:02d}.{minutes % 60:02d}"

    # -- values
    def value(self, gen: str, key: str) -> str:
        if (gen, key) not in self.values:
            self.values[(gen, key)] = self._make(gen, key)
        return self.values[(gen, key)]

    def _make(self, gen: str, key: str) -> str:  # noqa: PLR0911
        rng = self.rng
        if gen in PERSONAL and PERSON_KEY.match(key):
            return self._personal(gen, self.person(key))
        if gen in ("tgl", "tgll", "tglp", "hari", "bln", "thn", "tgls"):
            day = self.day(key)
            return {
                "tgl": f"{day:%d/%m/%Y}",
                "tglp": f"{day:%d-%m-%Y}",
                "tgls": f"{day.day}/{day.month}",
                "tgll": f"{day.day} {MONTHS[day.month - 1]} {day.year}",
                "hari": DAYS[day.weekday()],
                "bln": MONTHS[day.month - 1],
                "thn": str(day.year),
            }[gen]
        if gen == "jam":
            return self.time(key)
        if gen == "rp":
            lo, hi, step = {
                "t": (1, 9, 1000),
                "s": (5, 95, 1000),
                "m": (4, 99, 25000),
                "l": (100, 2390, 25000),
            }[key[0]]
            amount = self.pick(range(lo * step, hi * step + 1, step), "rp")
            return "Rp " + f"{amount:,}".replace(",", ".")
        if gen == "n":
            return str(self.pick(range(2, 41), "n"))
        if gen in ("kel", "kec", "kelm", "kecm"):
            kel, kec = self._place("kel", key, KELURAHAN)
            name = kel if gen.startswith("kel") else kec
            return name.lower().replace(" ", "") if gen.endswith("m") else name
        pools = {
            "pkm": PUSKESMAS,
            "sek": SCHOOLS,
            "pasar": MARKETS,
            "jalan": PUBLIC_STREETS,
            "rs": HOSPITALS,
            "gereja": CHURCHES,
            "cv": COMPANIES,
            "kop": COOPS,
            "toko": SHOPS,
        }
        if gen in pools:
            return str(self._place(gen, key, pools[gen]))
        if gen == "otel":
            return _landline(self._unique("8" + _digits(5, rng)), rng)
        if gen in ("owa", "scam"):
            return _mobile_writing(self.new_mobile(), rng)
        if gen == "npwpb":
            head = rng.choice(_words("01 02 03 21 31 70 76 80 81 83"))
            digits = head + _digits(7, rng) + rng.choice(["920", "921", "922"]) + "000"
            return _old_npwp(digits)
        if gen == "acctb":
            return _group("0" + _digits(13, rng), (3, 2, 2, 6, 1), ".")
        return self._code(gen, key)

    def _unique(self, value: str) -> str:
        while ("num", value) in self.used:
            value = value[:-1] + str((int(value[-1]) + 1) % 10)
        self.used.add(("num", value))
        return value

    def _place(self, gen: str, key: str, pool: tuple) -> object:
        if (gen + "!", key) not in self.values:
            index = self.pick(range(len(pool)), gen)
            self.values[(gen + "!", key)] = str(index)
        return pool[int(self.values[(gen + "!", key)])]

    def _code(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        year = self.base.year
        if gen == "tiket":
            return rng.choice(
                [
                    f"#LPR-{year}-{_digits(4, rng)}-{_digits(4, rng)}",
                    f"LAPOR-5371-{year}-{_digits(5, rng)}",
                    f"{str(year)[2:]}{_digits(2, rng)}-{_digits(4, rng)}-{_digits(3, rng)}",
                    f"LPR{_digits(9, rng)}",
                ]
            )
        if gen == "va":
            return (
                rng.choice(["8808", "8877", "7001"])
                + " "
                + " ".join(_digits(4, rng) for _ in range(3))
            )
        if gen == "billing":
            return "8" + f"{year}" + _digits(10, rng)
        if gen == "kodebayar":
            return "03" + f"{year}" + _digits(10, rng)
        if gen == "idpln":
            return "53" + rng.choice(["12", "13", "14"]) + _digits(8, rng)
        if gen == "meter":
            return rng.choice(["14", "45", "56"]) + _digits(9, rng)
        if gen == "token":
            return "-".join(_digits(4, rng) for _ in range(5))
        if gen == "samb":
            return f"{rng.randint(1, 20):02d}-{rng.randint(1, 30):02d}-{_digits(6, rng)}"
        if gen == "nop":
            return (
                f"53.71.0{rng.randint(10, 60)}.0{_digits(2, rng)}.0{_digits(2, rng)}"
                f"-{_digits(4, rng)}.0"
            )
        if gen == "nip":
            born = date(rng.randint(1968, 1994), rng.randint(1, 12), rng.randint(1, 28))
            start = f"{rng.randint(1995, 2022)}{rng.randint(1, 12):02d}"
            return f"{born:%Y%m%d} {start} {rng.randint(1, 2)} {rng.randint(1, 30):03d}"
        if gen == "nisn":
            return "00" + _digits(8, rng)
        if gen == "nim":
            return f"2{rng.randint(1, 5)}0{_digits(7, rng)}"
        if gen == "surat":
            unit = key.upper() if key.isalpha() else "KEL"
            code = rng.choice(["470", "400", "005", "800", "900", "140"])
            return f"{code}/{rng.randint(12, 980)}/{unit}/{year}"
        if gen == "trx":
            return f"{year}{self.base:%m%d}" + _digits(8, rng)
        if gen == "antri":
            return f"{rng.choice('ABCD')}-{rng.randint(1, 140):03d}"
        if gen == "nib":
            return "912" + _digits(10, rng)
        if gen == "bpjstk":
            return "2" + _digits(10, rng)
        if gen == "sim":
            return _digits(12, rng)
        if gen == "rangka":
            return "MH1" + "".join(rng.choice("JKMN") for _ in range(2)) + _digits(12, rng)
        if gen == "prakerja":
            return " ".join(_digits(4, rng) for _ in range(4))
        raise KeyError(gen)

    def _personal(self, gen: str, p: Person) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen == "full":
            return p.full
        if gen == "given":
            return p.given
        if gen == "first":
            return p.first
        if gen == "fam":
            return p.fam
        if gen == "nick":
            return p.nick
        if gen == "ini":
            return f"{p.first[0]}. {p.fam}"
        if gen == "ocr":
            return self._ocr_name(p.full.upper())
        if gen in ("nik", "nikp", "nikg", "nikd"):
            if gen == "nik":
                gen = rng.choice(
                    ("nikp", "nikp", "nikp", "nikp", "nikp", "nikp", "nikg", "nikg", "nikd")
                )
            n = p.nik
            return {
                "nikp": n,
                "nikg": _group(n, (4, 4, 4, 4), " "),
                "nikd": f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}",
            }[gen]
        if gen == "nikl":
            return _letters_for_digits(p.nik, rng)
        if gen == "nikx":
            n = p.nik
            return rng.choice(
                [
                    _letters_for_digits(n, rng),
                    n[:9] + n[10:],
                    n[:11] + n[10] + n[11:],
                ]
            )
        if gen == "nikpair":
            return " ".join(p.nik[i : i + 2] for i in range(0, 16, 2))
        if gen == "nikcomma":
            return ", ".join(p.nik[i : i + 4] for i in range(0, 16, 4))
        if gen == "nikbr":
            cut = rng.choice([5, 8, 8, 10])
            return p.nik[:cut] + "\n" + p.nik[cut:]
        if gen in ("kk", "kkp"):
            if gen == "kkp" or rng.random() < 0.7:
                return p.kk
            return _group(p.kk, (4, 4, 4, 4), " ")
        if gen == "kkx":
            return _letters_for_digits(p.kk, rng)
        if gen in ("npwp", "npwpd"):
            w = (
                "dot"
                if gen == "npwpd"
                else rng.choice(("dot", "dot", "dot", "dot", "space", "plain"))
            )
            n = p.npwp
            if w == "dot":
                return _old_npwp(n)
            if w == "space":
                return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8]} {n[9:12]} {n[12:]}"
            return n
        if gen == "npwpn":
            return p.nik if rng.random() < 0.8 else _group(p.nik, (4, 4, 4, 4), " ")
        if gen == "npwpx":
            old = _old_npwp(p.npwp)
            return rng.choice([old[:-3] + "OOO", old.replace(".", ",", 1)])
        if gen == "nitku":
            return p.nik + "000000"
        if gen == "bpjs":
            return p.bpjs if rng.random() < 0.7 else _group(p.bpjs, (4, 4, 4, 1), " ")
        if gen == "bpjsx":
            return _letters_for_digits(p.bpjs, rng)
        if gen == "hp":
            return _mobile_writing(p.mobile, rng)
        if gen == "hpp":
            return p.mobile
        if gen == "hpd":
            return _mobile_writing(p.mobile, rng, "dash")
        if gen == "hpx":
            writing = _mobile_writing(p.mobile, rng, rng.choice(["plain", "dash", "space"]))
            return _letters_for_digits(writing, rng)
        if gen == "wa":
            rest = p.mobile[1:]
            return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
        if gen == "home":
            return _landline(p.home, rng)
        if gen == "mail":
            return f"{p.mail_local}@{p.host}"
        if gen == "maild":
            host, _, tld = p.host.partition(".")
            return rng.choice(
                [
                    f"{p.mail_local} @ {p.host}",
                    f"{p.mail_local}(at){p.host}",
                    f"{p.mail_local} [at] {host} [dot] {tld.replace('.', ' [dot] ')}",
                    f"{p.mail_local} at {host} dot {tld.replace('.', ' dot ')}",
                    f"{p.mail_local}(keong){host}(titik){tld.replace('.', '(titik)')}",
                    f"{p.mail_local}[@]{p.host}",
                    f"{p.mail_local} @{p.host}",
                    f"{p.mail_local}@{host},{tld}",
                ]
            )
        if gen == "mailg":
            first = p.first.split()[-1].lower()
            return f"{first}.{p.fam.replace(' ', '').lower()}@kupangkota.go.id"
        if gen == "addr":
            return self._street(p)
        if gen == "rt":
            return self._rtrw(p)
        if gen == "addrrt":
            return self._street(p) + rng.choice([", ", " "]) + self._rtrw(p)
        if gen == "rt1":
            return rng.choice([f"RT {p.rt:02d}", f"RT {p.rt}", f"RT {p.rt:03d}"])
        if gen == "rtktp":
            return f"{p.rt:03d}/{p.rw:03d}"
        if gen == "blok":
            block = rng.choice("ABCDEFGH") + rng.choice(["", "2", "3"])
            return f"{rng.choice(ESTATES)} Blok {block} No. {p.house}"
        if gen == "plate":
            a, b, c = p.plate_parts
            spaced = f"{a} {b} {c}"
            return rng.choice((spaced, spaced, spaced, spaced, f"{a}{b}{c}", f"{a} {b}{c}"))
        if gen in BANK_SHAPES:
            return p.account(gen, rng)
        if gen == "ttl":
            return f"{BIRTHPLACES.get(p.reg, 'Kupang')}, {p.birth:%d-%m-%Y}"
        if gen == "lahir":
            return f"{p.birth:%d-%m-%Y}"
        if gen == "umur":
            before = self.base < p.birth.replace(year=self.base.year)
            return str(self.base.year - p.birth.year - before)
        if gen == "kab":
            return dict(REGENCIES).get(p.reg, "Kota Kupang") if p.reg != "71" else "Kota Kupang"
        if gen == "job":
            return rng.choice(JOBS_W if p.sex == "w" else JOBS_M)
        if gen == "jk":
            return "PEREMPUAN" if p.sex == "w" else "LAKI-LAKI"
        raise KeyError(gen)

    def _ocr_name(self, name: str) -> str:
        rng = self.rng
        words = name.split(" ")
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        if len(word) >= 5 and rng.random() < 0.5:
            cut = rng.randint(2, len(word) - 2)
            words[longest] = word[:cut] + " " + word[cut:]
        else:
            swaps = {"S": "5", "B": "8", "O": "0", "I": "1"}
            spots = [i for i, c in enumerate(word) if c in swaps and i > 0]
            if spots:
                i = rng.choice(spots)
                words[longest] = word[:i] + swaps[word[i]] + word[i + 1 :]
        return " ".join(words)

    def _street(self, p: Person) -> str:
        rng = self.rng
        form = rng.choice(
            ("jl", "jl", "jl", "jl", "jl", "jl", "jln", "jalan", "gg", "lane", "blok")
        )
        if form == "jl":
            return f"Jl. {p.street} No{rng.choice(['.', '', '.'])} {p.house}"
        if form == "jln":
            return f"Jln. {p.street} no {p.house}"
        if form == "jalan":
            return f"Jalan {p.street} Nomor {p.house}"
        if form == "gg":
            return f"Gg. {rng.choice(LANES)} No. {p.house}"
        if form == "lane":
            return f"Jl. {p.street} Gg. {rng.randint(1, 9)} No. {p.house}"
        return f"{rng.choice(ESTATES)} Blok {rng.choice('ABCDEFGH')} No. {p.house}"

    def _rtrw(self, p: Person) -> str:
        rt, rw = p.rt, p.rw
        return self.rng.choice(
            [
                f"RT {rt:03d}/RW {rw:03d}",
                f"RT {rt:02d}/RW {rw:02d}",
                f"RT {rt:02d} RW {rw:02d}",
                f"RT {rt} RW {rw}",
                f"RT.{rt:02d}/RW.{rw:02d}",
                f"RT {rt:03d}/{rw:03d}",
            ]
        )


# ---------------------------------------------------------------------------------------------
# Filling a template

TOKEN = re.compile(r"\{([a-z0-9]+)([\^_]?):([A-Za-z0-9]+)\}")
LABEL = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
CHOICE = re.compile(r"\{\?([^{}]*)\}")
WHOLE_VALUE = re.compile(r"\[\[(\{([a-z0-9]+)[\^_]?:[A-Za-z0-9]+\})\]\]")


def fill(template: str, text: Text) -> tuple[str, list[tuple[str, int, int]], list[str | None]]:
    """Fill one template: the text, its spans and, per span, the value it must equal."""
    body, mode = template, ""
    for directive in ("@CAPS\n", "@lower\n"):
        if body.startswith(directive):
            body, mode = body[len(directive) :], directive[1:-1]
    body = body.replace("\\t", "\t")
    body = CHOICE.sub(lambda m: text.rng.choice(m.group(1).split("|")), body)
    body = WHOLE_VALUE.sub(lambda m: f"[[{GEN_KIND[m.group(2)]}:{m.group(1)}]]", body)

    def sub(part: str) -> str:
        def one(m: re.Match[str]) -> str:
            value = text.value(m.group(1), m.group(3))
            return {"^": value.upper(), "_": value.lower()}.get(m.group(2), value)

        return TOKEN.sub(one, part)

    pieces: list[str] = []
    spans: list[tuple[str, int, int]] = []
    expected: list[str | None] = []
    length = pos = 0
    for m in LABEL.finditer(body):
        before = sub(body[pos : m.start()])
        pieces.append(before)
        length += len(before)
        content = sub(m.group(2))
        spans.append((m.group(1), length, length + len(content)))
        expected.append(content if TOKEN.fullmatch(m.group(2)) else None)
        pieces.append(content)
        length += len(content)
        pos = m.end()
    pieces.append(sub(body[pos:]))
    out = "".join(pieces)
    if mode == "CAPS":
        out = out.upper()
        expected = [None if e is None else e.upper() for e in expected]
    elif mode == "lower":
        out = out.lower()
        expected = [None if e is None else e.lower() for e in expected]
    return out, spans, expected


# ---------------------------------------------------------------------------------------------
# Checking a filled text

NOT_NAME_OPENERS = frozenset(
    _words(
        "bapak ibu pak bu bpk sdr sdri ny om tanta mama bapa oma opa kak kaka nona bidan guru "
        "lurah camat ketua serka bripka aipda brigpol bripda ipda pdt dr drs drh almarhum alm "
        "almh pelapor petugas pasien kader penelepon ttd sy saya beta nama yth dear mr mrs "
        "saudara saudari hormat salam perawat dokter pendeta haji adik anak istri suami nenek "
        "kakek dari from to cc kepada penerima pemohon pemilik pembeli penjual tetangga warga "
        "mantri pendamping kepala sekretaris bendahara operator admin wali sopir nasabah peserta "
        "siswa mahasiswa a.n an atas dengan deng keluarga kel pihak ustad romo suster ama ina "
        "bpk. mr. dr. jl jln rt no"
    )
)
SPACE_OR_PUNCT = re.compile(r"[\s.,;:!?\-/()\[\]\"'<>|]")
ADDRESS_OPENING = re.compile(
    r"(?i)^(jl\.|jln\.|jalan |gg\.|lr\.|rt|perumnas|perum |griya|btn|kompleks|\d{3}/\d{3}$)"
)
PLATE_SHAPE = re.compile(r"(?i)^[a-z]{1,2} ?\d{1,4} ?[a-z]{0,3}$")
MAIL_SIGN = re.compile(r"@|\(at\)|\[at\]| at |\(keong\)|\[@\]|\(et\)")
DIGIT_RANGE = {
    "nik": (15, 17),
    "kk": (16, 16),
    "npwp": (15, 22),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}
SEPARATORS = "[ .,\\-_\u2022\u00b7\\n]?"
DIGIT_CLASS = {"0": "[0Oo]", "1": "[1lI]", "5": "[5S]", "8": "[8B]"}


def _as_digits(value: str) -> str:
    return "".join(DIGIT_OF_LETTER.get(c, c) for c in value if c.isdigit() or c in DIGIT_OF_LETTER)


def _inside(start: int, end: int, spans: list[tuple[str, int, int]]) -> bool:
    return any(s <= start and end <= e for _, s, e in spans)


def problems(  # noqa: PLR0912
    text: str, spans: list[tuple[str, int, int]], expected: list[str | None], style: str
) -> list[str]:
    """What is wrong with a filled text (an empty list when nothing is)."""
    found: list[str] = []
    if "[[" in text or "]]" in text or TOKEN.search(text) or "{?" in text:
        found.append("marker left")
    last_end = -1
    for (kind, start, end), want in sorted(
        zip(spans, expected, strict=True), key=lambda x: x[0][1]
    ):
        value = text[start:end]
        if kind not in KINDS:
            found.append(f"kind {kind}")
            continue
        if not value:
            found.append("empty span")
            continue
        if start < last_end:
            found.append(f"overlap at {start}")
        last_end = max(last_end, end)
        if want is not None and value != want:
            found.append(f"span {value!r} is not its value {want!r}")
        opens_ok = kind == "phone" and value[0] in "+("
        if (SPACE_OR_PUNCT.match(value[0]) and not opens_ok) or SPACE_OR_PUNCT.match(value[-1]):
            found.append(f"space or punctuation at an end of {value!r}")
        if kind == "name":
            first = value.split()[0].lower().rstrip(".")
            if first in NOT_NAME_OPENERS or first + "." in NOT_NAME_OPENERS:
                found.append(f"name opens with {first!r}")
            if "@" in value or (re.search(r"\d", value) and style != "ocr_scan"):
                found.append(f"name {value!r} holds @ or a digit")
        if kind in DIGIT_RANGE:
            digits = _as_digits(value)
            lo, hi = DIGIT_RANGE[kind]
            if not lo <= len(digits) <= hi:
                found.append(f"{kind} {value!r} has {len(digits)} digits")
            if kind == "bpjs" and not digits.startswith("000"):
                found.append(f"bpjs {value!r} does not open 000")
        if kind == "plate" and not PLATE_SHAPE.match(value):
            found.append(f"plate {value!r}")
        if kind == "address" and not ADDRESS_OPENING.match(value):
            found.append(f"address {value!r}")
        if kind == "email" and not MAIL_SIGN.search(value):
            found.append(f"email {value!r}")
    # every other occurrence of a labelled number, plate or name word is inside a span
    for kind, start, end in spans:
        value = text[start:end]
        if kind in DIGIT_RANGE or kind == "plate":
            if kind == "plate":
                pattern = r"\s?".join(re.escape(c) for c in value.replace(" ", ""))
                flags = re.IGNORECASE
            else:
                tail = _as_digits(value)[-9:]
                pattern = SEPARATORS.join(DIGIT_CLASS.get(c, c) for c in tail)
                flags = 0
            found.extend(
                f"{kind} {value!r} repeated outside a span"
                for m in re.finditer(pattern, text, flags)
                if not _inside(m.start(), m.end(), spans)
            )
        if kind == "name":
            for word in re.findall(r"[A-Za-z]{3,}", value):
                found.extend(
                    f"name word {word!r} outside a span"
                    for m in re.finditer(rf"(?<![A-Za-z]){word}(?![A-Za-z])", text, re.IGNORECASE)
                    if not _inside(m.start(), m.end(), spans)
                )
    return found


def self_test() -> None:
    """The checker accepts a good text and refuses each kind of fault."""
    good = "Sy Maria Ndun, HP 081234567890, NIK 5371044512880003. Salam, Maria"
    spans = [("name", 3, 13), ("phone", 18, 30), ("nik", 36, 52), ("name", 61, 66)]
    assert problems(good, spans, [None] * 4, "sms_1708") == [], problems(
        good, spans, [None] * 4, ""
    )
    bad_cases = [
        (good, spans[:3]),  # the second Maria uncovered
        ("Bapak Yohanes Ndun", [("name", 0, 18)]),  # a title opening the name
        ("HP 081234567890 atau 081234567890", [("phone", 3, 15)]),  # repeated phone
        ("HP 081234567890 atau +62 812-3456-7890", [("phone", 3, 15)]),  # its +62 writing
        ("NIK 5371044512880003.", [("nik", 4, 21)]),  # trailing full stop
        ("Yohanes Ndun", [("name", 0, 7), ("name", 5, 12)]),  # overlap
        ("Nama {full:w1}", [("name", 5, 14)]),  # placeholder left
        ("NIK 53710445128", [("nik", 4, 15)]),  # eleven digits
        ("plat DH 1234 AB", [("plate", 0, 15)]),  # the word inside the plate
        ("di Jl. Nangka No. 4", [("address", 7, 19)]),  # cut from its Jl.
        ("mail yohanes.gmail.com", [("email", 5, 22)]),  # no @
        ("BPJS 1234567890123", [("bpjs", 5, 18)]),  # not opening 000
        ("NIK 5371044512880003", [("nisn", 4, 20)]),  # a kind outside the guide
    ]
    for text, bad in bad_cases:
        assert problems(text, bad, [None] * len(bad), "sms_1708"), text
    assert problems("Nama Maria", [("name", 5, 10)], ["Marta"], "sms_1708")  # not its value


def templates_of(style_text: str) -> list[str]:
    """Split a style's block into templates, joining continued lines."""
    out = []
    for block in style_text.strip("\n").split("\n~~~\n"):
        lines: list[str] = []
        for line in block.strip("\n").split("\n"):
            if line.startswith("  ") and lines:
                lines[-1] += " " + line.strip()
            else:
                lines.append(line)
        out.append("\n".join(lines))
    return out


def build() -> tuple[list[dict[str, object]], dict[str, tuple[int, int]]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    per_style: dict[str, tuple[int, int]] = {}
    for style, block in TEMPLATES.items():
        templates = templates_of(block)
        clean = 0
        for number, template in enumerate(templates, start=1):
            labelled = "[[" in template
            clean += not labelled
            for _ in range(FILLS):
                for _attempt in range(400):
                    out, spans, expected = fill(template, Text(rng))
                    if out not in seen and not problems(out, spans, expected, style):
                        break
                else:
                    why = problems(out, spans, expected, style) or ["duplicate text"]
                    msg = f"{style} template {number} cannot be filled: {why[:3]}"
                    raise SystemExit(msg)
                seen.add(out)
                records.append(
                    {
                        "text": out,
                        "spans": [
                            {"kind": k, "start": s, "end": e}
                            for k, s, e in sorted(spans, key=lambda x: x[1])
                        ],
                        "style": style,
                    }
                )
        per_style[style] = (len(templates), clean)
    rng.shuffle(records)
    for index, record in enumerate(records, start=1):
        record["id"] = f"{PREFIX}-{index:04d}"
    return records, per_style


def main() -> None:
    self_test()
    records, per_style = build()
    lines = [
        json.dumps(
            {"id": r["id"], "text": r["text"], "spans": r["spans"], "style": r["style"]},
            ensure_ascii=False,
        )
        for r in records
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    out = sys.stdout
    out.write(f"{OUT.name}: {len(records)} texts, {sum(kinds.values())} spans, ")
    out.write(f"{sum(1 for r in records if not r['spans'])} without any span\n")
    out.write(f"SHA-256 {hashlib.sha256(data).hexdigest()}\n")
    for kind in KINDS:
        out.write(f"  {kind:13} {kinds[kind]}\n")
    for style, (count, clean) in per_style.items():
        mine = [r for r in records if r["style"] == style]
        by_kind = Counter(s["kind"] for r in mine for s in r["spans"])
        row = " ".join(f"{by_kind[k]}" for k in KINDS)
        empty = sum(1 for r in mine if not r["spans"])
        out.write(
            f"  {style:16} templates {count} (clean {clean}) texts {len(mine)}"
            f" without {empty} spans {sum(by_kind.values())}: {row}\n"
        )


TEMPLATES = {
    "sms_1708": r"""
@CAPS
KOTKUPANG POHON MANGGA DI PINGGIR JALAN TUMBANG KENA ATAP DAPUR SY WAKTU ANGIN KENCANG {hari:b1}
  MALAM. SDH LAPOR KE KELURAHAN {kel:1} TAPI BLM ADA PETUGAS DTG. RMH SY [[address:{addr:w1}
  {rt:w1}]]. MOHON BPBD BANTU POTONG. [[name:{full:w1}]] HP [[{hp:w1}]]
~~~
@lower
kotkupang sy [[name:{full:m1}]] nik [[{nik:m1}]] warga [[address:{rt:m1}]] kel {kel:1}. bantuan
  beras 10 kg bln {bln:b1} sy tdk dapat pdhl nama sy ada di daftar penerima yg ditempel di
  kantor lurah. tlg dicek. trims
~~~
@CAPS
KOTKUPANG ANAK SY [[name:{first:bm1}]] DITOLAK DAFTAR DI {?SDN OETETE 1|SD INPRES OEPURA 2|SDN
  BAKUNASE 2} KRN KATANYA KUOTA PENUH, PDHL RMH KAMI DI [[address:{addr:m1}]], CUMA 300 METER
  DARI SEKOLAH. MOHON PENJELASAN DINAS PENDIDIKAN. SY BAPAKNYA [[name:{full:m1}]] [[{hp:m1}]]
~~~
@lower
kotkupang ktp el sy tercetak tgl lahir salah, hrsnya {lahir:w1}. nik [[{nikx:w1}]]. sdh 2x ke
  dukcapil blm diperbaiki, blanko habis katanya. sy [[name:{full:w1}]]
~~~
@CAPS
KOTKUPANG SY BELI TOKEN PLN {?RP 100.000|RP 50.000|RP 200.000} TGL {tgl:b1} TAPI TDK BISA MASUK
  METERAN, NO METER {meter:1}. SDH TLP PLN 123 KATANYA TUNGGU. SAMPAI SKRG LAMPU MATI.
  [[name:{full:m1}]] [[address:{rt:m1}]] KEL {kel:1} HP [[{hp:m1}]]
~~~
@lower
kotkupang sy pedagang sayur di {pasar:1}. mau ajukan kur di bank, diminta npwp. kata petugas
  pajak npwp sy skrg sama dgn nik, [[{npwpn:w1}]]. tp di sistem bank blm bisa. ini bgmn?
  [[name:{first:w1}]] {?hp|wa} [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG MOTOR SY [[{plate:m1}]] DIDEREK DISHUB DEPAN {?TOKO BERKAT JAYA|APOTEK KASIH
  IBU|FOTOKOPI CAHAYA} {jalan:1} {hari:b1} SIANG, PDHL PARKIR DI TEMPAT YG ADA TUKANG PARKIR. SY
  SDH BAYAR PARKIR {?RP 2.000|RP 3.000}. DIMANA AMBIL MOTOR? [[name:{full:m1}]] {?HP|WA}
  [[{hp:m1}]]
~~~
@lower
kotkupang sy dapat sms dr {scam:1} katanya rekening bansos sy diblokir, suru klik link. apa
  benar? nomor sy sendiri [[{hp:w1}]]. mohon diteruskan ke polisi. [[name:{full:w1}]]
~~~
@CAPS
KOTKUPANG MAMA SY [[name:{full:ow1}]] DITOLAK DI {rs:1} KRN KARTU BPJS [[{bpjs:ow1}]] TDK AKTIF.
  PDHL PBI DARI PEMKOT. MOHON DINSOS CEK. SY ANAKNYA [[name:{full:w1}]] HP [[{hp:w1}]]
~~~
@lower
kotkupang sy bayar pbb lewat mobile banking, uang terpotong 2x {rp:m1}. sdh lapor bapenda
  katanya dikembalikan ke rek bri sy [[{bri:m1}]] a.n. [[name:{full:m1}]] tp sdh 3 minggu blm
  masuk. trims
~~~
@CAPS
KOTKUPANG ANAK KAMI [[name:{given:bw1}]] SDH UMUR 5 THN TAPI BLM MASUK KK. NO KK [[{kk:m1}]].
  BERKAS SDH DIANTAR KE KELURAHAN {kel:1} TGL {tgl:b1}. MOHON DIBANTU. BAPAKNYA
  [[name:{full:m1}]] HP [[{hp:m1}]]
~~~
@lower
kotkupang tetangga sy om [[name:{first:m2}]] tiap sore bakar sampah plastik, asap masuk rumah,
  anak sy sesak napas. sdh tegur tdk mau dengar. rmh kami [[address:{addr:w1}]] kel {kel:1}.
  mohon dlh tegur. [[name:{full:w1}]]
~~~
@CAPS
KOTKUPANG SY GURU PNS DI {sek:1}, NIP {nip:1}. TUNJANGAN SY BLN {bln:b1} DIPOTONG PAJAK 2X. NPWP
  SY [[{npwp:w1}]] SDH TERDAFTAR. MOHON BPKAD CEK. [[name:{full:w1}]] [[{hpx:w1}]]
~~~
@lower
kotkupang sy sdh 2x lapor soal saluran depan rmh [[address:{addr:m1}]] tersumbat, tiket
  {tiket:1}, tp blm ada balasan. mohon jawaban dikirim ke email sy [[{mail:m1}]].
  [[name:{full:m1}]]
~~~
@CAPS
KOTKUPANG BAK SAMPAH DI UJUNG GANG KAMI SDH PENUH 2 MINGGU, BAU DAN BANYAK LALAT. TRUK DLH TDK
  LEWAT LAGI. {?TLG|MOHON} DIANGKUT. [[name:{full:xm1}]] [[{hpx:xm1}]]
~~~
@lower
kotkupang sy beli hp bekas di fb dr sdr [[name:{full:ym1}]], sdh transfer {rp:m1} ke dana
  [[{hp:ym1}]] tp barang tdk dikirim. nomor dia skrg tdk aktif. sy mau lapor kemana?
  [[name:{full:w1}]] wa [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG TELEPON RUMAH SY [[{home:om1}]] MATI SEJAK GALIAN PIPA DI DEPAN RMH {tgl:b1}. KABEL
  TERPUTUS. SY LANSIA, SMS INI PAKAI HP CUCU. ALAMAT [[address:{addrrt:om1}]]. MOHON TELKOM DAN
  PUPR BANTU. [[name:{full:om1}]]
~~~
@lower
kotkupang sy cek di web kominfo, nik sy [[{nik:w1}]] dipakai registrasi {n:1} nomor hp yg sy tdk
  kenal. mohon dukcapil bantu blokir. sy [[name:{full:w1}]], nomor sy yg asli cuma [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG SY SOPIR ANGKOT LAMPU 5, OTO SY [[{plate:m1}]] DITAHAN PETUGAS KRN KIR MATI. SDH BAYAR
  {rp:s1} DI LOKET TAPI KUITANSI TDK DIKASIH. SY [[name:{full:m1}]] NIK [[{nik:m1}]] HP
  [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG PAGAR BESI JEMBATAN DI {jalan:1} DEKAT {rs:1} SDH PATAH {?3|4|5|6} METER, BAHAYA UTK
  ANAK SEKOLAH. MOHON PUPR SEGERA PASANG. TRIMS
~~~
@lower
kotkupang got besar di {jalan:1} meluap tiap hujan, air masuk ke los ikan {pasar:1}. laporan
  sebelumnya tiket {tiket:1} tgl {tgl:b1} blm ada tindak lanjut. mohon dinas pupr turun cek
~~~
@CAPS
KOTKUPANG ADA SMS DR {scam:1} KATANYA DR BPJS KESEHATAN, KARTU SY DIBLOKIR HRS TLP {scam:2} HARI
  INI JUGA. APA BENAR? MOHON INFO KE WARGA SUPAYA JGN TERTIPU
~~~
@lower
kotkupang mau tanya, pbg rumah sy sdh keluar no {surat:pbg} tp kode billing retribusi
  {billing:1} tdk bisa dibayar di bank ntt, katanya kadaluarsa. jumlahnya {rp:l1}. hrs ke mana?
~~~
@CAPS
KOTKUPANG KODE BAYAR E-SAMSAT {kodebayar:1} SDH SY BAYAR {rp:m1} LEWAT ATM TGL {tgl:b1} TAPI
  STATUS MSH BELUM LUNAS. CALL CENTER SAMSAT {otel:1} TDK ANGKAT. MOHON DICEK
~~~
@lower
kotkupang terima kasih utk petugas damkar yg cepat datang waktu kios terbakar di {pasar:1}
  {hari:b1} malam. api cepat padam, warga bisa tidur damai. tuhan berkati
~~~
@CAPS
KOTKUPANG BUS KOTA JURUSAN {kel:1} - TERMINAL {?OEBOBO|KUPANG|NOELBAKI} SDH 2 MINGGU TDK JALAN
  JAM {jam:p1}. ANAK SEKOLAH TERPAKSA NAIK OJEK {?RP 10.000|RP 15.000}. MOHON DISHUB JELASKAN
~~~
@lower
kotkupang token listrik {token:1} ditolak terus di meteran no {meter:1}, id pel {idpln:1}. beli
  di konter pulsa tgl {tgl:b1}. pln 123 bilang tunggu 3x24 jam. sdh lewat
~~~
@CAPS
KOTKUPANG MAU TANYA APAKAH WA CENTER DISDUKCAPIL {owa:1} ITU RESMI? SY KIRIM BERKAS AKTA LAHIR
  KE SITU TAPI BLM ADA BALASAN SJK {tgl:b1}
~~~
@lower
kotkupang obat di apotek puskesmas {pkm:1} habis sdh {?3|4|5|6} hari, pasien lansia disuruh beli
  di luar {rp:s1}. mohon dinkes perhatikan. terima kasih
~~~
@CAPS
KOTKUPANG RETRIBUSI SAMPAH RT {n:1} DI KEL {kel:1} NAIK JADI {?RP 15.000|RP 20.000} TANPA
  SOSIALISASI. APA ADA PERWALI BARU? MOHON DLH JELASKAN KE WARGA
~~~
@CAPS
KOTKUPANG NPWP SY YG LAMA [[{npwp:m1}]] APA MSH BERLAKU? KATANYA SKRG PAKAI NIK [[{npwpn:m1}]].
  SY MAU LAPOR SPT TAPI DJP ONLINE TDK BISA LOGIN. [[name:{full:m1}]]
~~~
@lower
kotkupang sy dan istri mau gabung npwp. npwp sy [[{npwp:m1}]], npwp istri [[{npwp:w1}]]. kpp
  bilang hrs datang berdua bawa kk [[{kk:m1}]]. apa bisa diwakilkan? [[name:{full:m1}]]
  [[{hp:m1}]]
""",
    "wa_chat": r"""
[{tgl:d1} {jam:s1}] [[name:{first:w1}]]: Kaka, Taspen minta foto KTP deng buku tabungan mama
  untuk pensiun janda bapa
[{tgl:d1} {jam:s2}] [[name:{first:m1}]]: Nanti sa kirim. NIK mama [[{nik:ow1}]], rekening BRI
  [[{bri:ow1}]] a.n. [[name:{full:ow1}]]
[{tgl:d1} {jam:s3}] [[name:{first:w1}]]: Ok. Nomor HP mama yang didaftar pakai [[{hp:ow1}]] ko?
[{tgl:d1} {jam:s4}] [[name:{first:m1}]]: Iya, itu mama pung nomor
~~~
[{tgl:d1} {jam:p1}] Ibu Kos [[name:{first:w1}]]: Selamat pagi adik, Pak RT minta data anak kos
  untuk wajib lapor. Kirim foto KTP ya
[{tgl:d1} {jam:p2}] [[name:{full:yw1}]]: Pagi ibu. NIK sa [[{nik:yw1}]], alamat asal
  [[address:{addrrt:yw1}]]. HP [[{hp:yw1}]]
[{tgl:d1} {jam:p3}] Ibu Kos [[name:{first:w1}]]: Terima kasih, nanti ibu antar ke Pak RT
  [[name:{full:m2}]]
~~~
[{tgl:d1} {jam:m1}] [[name:{full:m1}]]: Kawan2 ojek, motor Vario hitam plat [[{plate:m2}]] pung
  [[name:{first:m2}]] hilang di depan {pasar:1} tadi sore. Kalau lihat kasih tau
[{tgl:d1} {jam:m2}] [[name:{first:m3}]]: Siap. Nomor [[name:{first:m2}]] berapa?
[{tgl:d1} {jam:m3}] [[name:{full:m1}]]: [[{hp:m2}]], atau lapor ke Polsek {kec:1} {otel:1}
~~~
[{tgl:d1} {jam:p1}] Kader [[name:{first:w1}]]: Mama [[name:{first:w2}]], adik
  [[name:{first:bm2}]] pung kartu KIS su jadi? Bidan minta nomornya untuk data imunisasi
[{tgl:d1} {jam:p2}] [[name:{full:w2}]]: Su jadi kaka. Nomor kartu [[{bpjs:bm2}]]. NIK adik
  [[{nik:bm2}]]
[{tgl:d1} {jam:p3}] Kader [[name:{first:w1}]]: Siap, terima kasih mama
~~~
[{tgl:d1} {jam:p1}] [[name:{full:m1}]]: Selamat pagi Pak [[name:{first:m2}]], sa mau tanya BPHTB
  untuk tanah yang sa beli dari [[name:{full:om1}]], NOP {nop:1}
[{tgl:d1} {jam:p2}] Pak [[name:{first:m2}]] Bapenda: Pagi Pak. Kirim NPWP deng KTP pembeli
[{tgl:d1} {jam:p3}] [[name:{full:m1}]]: NPWP [[{npwp:m1}]], NIK [[{nik:m1}]]
[{tgl:d1} {jam:p4}] Pak [[name:{first:m2}]] Bapenda: Kode billing nanti sa kirim, nilainya
  sekitar {rp:l1}
~~~
[{tgl:d1} {jam:m1}] [[name:{first:w1}]]: Kaka, Dukcapil minta NIK deng No KK mama untuk perbaiki
  nama yang salah di KTP
[{tgl:d1} {jam:m2}] [[name:{first:w2}]]: NIK mama [[{nik:ow1}]], No KK [[{kk:ow1}]]. Nama di KK
  [[name:{full:ow1}]] tapi di KTP cuma [[name:{first:ow1}]]
[{tgl:d1} {jam:m3}] [[name:{first:w1}]]: Ok besok sa bawa ke Dukcapil jam {jam:p1}
~~~
Grup Pendamping Desa Kab. Kupang
[{tgl:d1} {jam:s1}] Admin Pendamping: Bapak ibu, kirim NPWP untuk honor bulan {bln:d1} paling
  lambat {hari:d2}
[{tgl:d1} {jam:s2}] [[name:{full:w1}]]: NPWP sa yang lama [[{npwp:w1}]], tapi katanya sekarang
  pakai NIK [[{npwpn:w1}]]
[{tgl:d1} {jam:s3}] [[name:{full:m1}]]: Sa pung NPWP [[{npwpn:m1}]] (NIK sebagai NPWP)
[{tgl:d1} {jam:s4}] Admin Pendamping: Terima kasih. NPWP bendahara dinas {npwpb:1} hanya untuk
  bukti potong
~~~
[{tgl:d1} {jam:p1}] Bank NTT CS: Selamat pagi, dengan [[name:{first:w1}]], ada yang bisa
  dibantu?
[{tgl:d1} {jam:p2}] [[{wa:m1}]]: Pagi kak, ATM saya tertelan di mesin depan {pasar:1}. Rekening
  [[{bntt:m1}]] a.n. [[name:{full:m1}]]
[{tgl:d1} {jam:p3}] Bank NTT CS: Baik Bapak [[name:{first:m1}]], mohon NIK untuk verifikasi
[{tgl:d1} {jam:p4}] [[{wa:m1}]]: [[{nikp:m1}]]
[{tgl:d1} {jam:p5}] Bank NTT CS: Terima kasih, kartu dapat diambil di kantor cabang {hari:d2}
  jam {jam:p6}
~~~
[{tgl:d1} {jam:s1}] [[name:{full:w1}]]: Selamat sore bapa mama, anjing kami warna hitam putih,
  nama Boni, lepas dari rumah tadi pagi. Kalau lihat tolong hubungi [[{hp:w1}]]
[{tgl:d1} {jam:s2}] [[name:{first:m1}]]: Tadi sa lihat ada anjing hitam putih di belakang
  {gereja:1}
[{tgl:d1} {jam:s3}] [[name:{full:w1}]]: Terima kasih Om [[name:{first:m1}]], sa ke sana sekarang
~~~
[{tgl:d1} {jam:p1}] [[name:{first:m1}]] Tukang: Bu, pasir 1 ret sudah jalan dari Takari, sopir
  Om [[name:{first:m2}]] [[{hp:m2}]]
[{tgl:d1} {jam:p2}] [[name:{full:w1}]]: Suruh antar ke [[address:{addr:w1}]], rumah cat hijau.
  Harga {?Rp 1.200.000|Rp 1.350.000} to?
[{tgl:d1} {jam:p3}] [[name:{first:m1}]] Tukang: Ya bu, bayar cash ke sopir
~~~
[{tgl:d1} {jam:m1}] Panitia Natal Jemaat: Syalom, sumbangan bisa transfer ke rekening panitia
  a.n. [[name:{full:w1}]] Bank NTT [[{bntt:w1}]]. Konfirmasi ke bendahara
[{tgl:d1} {jam:m2}] [[name:{full:m1}]]: Sudah transfer {rp:m1} ya ibu [[name:{first:w1}]]
[{tgl:d1} {jam:m3}] [[name:{full:w1}]]: Terima kasih Bapak, Tuhan memberkati
~~~
[{tgl:d1} {jam:p1}] Ketua Kelompok Nelayan: Yang mau dapat rekomendasi solar subsidi, kirim NIK,
  No KK deng nama kapal hari ini
[{tgl:d1} {jam:p2}] [[name:{full:m1}]]: NIK [[{nik:m1}]] KK [[{kk:m1}]] kapal KM Bintang Laut
[{tgl:d1} {jam:p3}] [[name:{full:m2}]]: [[{nikp:m2}]] / [[{kkp:m2}]], kapal KM Sinar Pagi
~~~
{tgl:d1}, {jam:m1} - [[name:{first:yw1}]]: Mama, BPJS sa mau pindah faskes ke Surabaya, kirim
  foto kartu
{tgl:d1}, {jam:m2} - Mama: Nomor kartu [[{bpjs:yw1}]]. NIK ko [[{nik:yw1}]]
{tgl:d1}, {jam:m3} - [[name:{first:yw1}]]: Makasih ma. Nanti sa telpon dari nomor baru
  [[{hp:yw1}]]
~~~
[{tgl:d1} {jam:s1}] [[name:{full:m1}]]: Om [[name:{first:m2}]], plat motor sa [[{plate:m1}]]
  patah kena tabrak. Ganti TNKB di Samsat berapa?
[{tgl:d1} {jam:s2}] [[name:{first:m2}]] Biro Jasa: PNBP {?Rp 60.000|Rp 100.000}, bawa STNK asli
  deng KTP. Kalau mau titip sa urus, kirim NIK
[{tgl:d1} {jam:s3}] [[name:{full:m1}]]: [[{nik:m1}]]. Besok sa antar STNK ke rumah Om di
  [[address:{addr:m2}]]
~~~
[{tgl:d1} {jam:m1}] Sekretariat Paroki: Pendaftaran permandian bulan {bln:d2}: kirim nama anak,
  nama orang tua dan no HP
[{tgl:d1} {jam:m2}] [[name:{full:w1}]]: Anak: [[name:{full:bw1}]]. Ortu: [[name:{full:m1}]] dan
  [[name:{full:w1}]]. HP [[{hp:w1}]]
[{tgl:d1} {jam:m3}] Sekretariat Paroki: Terima kasih, kursus orang tua hari {hari:d2} jam
  {jam:m4}
~~~
[{tgl:d1} {jam:s1}] Operator Dapodik SMPN 8 Kupang: Ibu, NISN anak {nisn:1} sudah aktif. Kartu
  PIP dikirim lewat email orang tua
[{tgl:d1} {jam:s2}] [[name:{full:w1}]]: Pak, email sa [[{mail:w1}]]. Anak sa
  [[name:{full:tw1}]], kelas 9B
[{tgl:d1} {jam:s3}] Operator Dapodik SMPN 8 Kupang: Baik ibu, sudah dicatat
~~~
[{tgl:d1} {jam:p1}] Staf Kelurahan [[name:{first:w1}]]: Pak, untuk bantuan modal UMKM perlu NPWP
  usaha atau pribadi
[{tgl:d1} {jam:p2}] [[name:{full:m1}]]: Sa usaha perorangan, NPWP pribadi sy [[{npwp:m1}]].
  Kalau koperasi tempat sa anggota, NPWP koperasi {npwpb:1}
[{tgl:d1} {jam:p3}] Staf Kelurahan [[name:{first:w1}]]: Pakai yang pribadi saja pak. Kirim juga
  nomor HP aktif
[{tgl:d1} {jam:p4}] [[name:{full:m1}]]: [[{hp:m1}]]
~~~
[{tgl:d1} {jam:p1}] Admin Kelurahan {kel:1}: Jadwal kerja bakti bersihkan got: RT {n:1} hari
  {hari:d2}, RT {n:2} hari {hari:d3}. Bawa parang deng sekop. Info Kantor Lurah {otel:1}
[{tgl:d1} {jam:p2}] grup warga: Siap, terima kasih
~~~
[{tgl:d1} {jam:s1}] Info Warga {kel:1}: Diteruskan dari PLN UP3 Kupang: pemeliharaan jaringan
  {hari:d2} {tgl:d2} jam {jam:p1} sampai {jam:p2}, area {jalan:1} dan sekitarnya. Info PLN 123
[{tgl:d1} {jam:s2}] Admin RT: Tolong simpan air dan isi daya HP
~~~
[{tgl:d1} {jam:m1}] grup warga: *Diteruskan* Selamat! NIK anda terpilih terima BLT {rp:l1}.
  Hubungi {scam:1} untuk pencairan
[{tgl:d1} {jam:m2}] Admin Kelurahan: Itu hoax bapa mama. Jangan kirim data ke nomor itu.
  Pengaduan resmi ke SMS 1708
~~~
[{tgl:d1} {jam:m1}] mama: Tagihan PDAM bulan ini {rp:s1}, ID pelanggan {samb:1}. Kenapa naik
  lagi
[{tgl:d1} {jam:m2}] bapa: Nanti sa tanya di loket PDAM {?Jl. Kelapa Lima|Oebobo}. Dong pung call
  center {otel:1} sonde angkat
[{tgl:d1} {jam:m3}] mama: Bayar sebelum tanggal 20 biar sonde kena denda
~~~
[{tgl:d1} {jam:p1}] Sekretariat Kecamatan {kec:1}: Undangan rapat koordinasi lurah se-kecamatan
  nomor {surat:kec}, {hari:d2} {tgll:d2} jam {jam:p2}, aula kantor camat
[{tgl:d1} {jam:p2}] Kelurahan {kel:1}: Siap hadir
~~~
[{tgl:d1} {jam:p1}] Puskesmas {pkm:1}: Stok vaksin campak tinggal {n:1} vial. Mohon dropping
  sebelum posyandu {hari:d2}
[{tgl:d1} {jam:p2}] Dinkes Kota Kupang: Bisa ambil di IFK {hari:d2} pagi, kontak IFK {otel:1}
~~~
[{tgl:d1} {jam:m1}] Admin RT 05: Selamat malam bapa mama. Iuran sampah bulan {bln:d1} {?Rp
  10.000|Rp 15.000} per rumah, bayar ke bendahara RT paling lambat {hari:d2}
[{tgl:d1} {jam:m2}] grup warga: Baik
~~~
[{tgl:d1} {jam:p1}] Bapenda Kota Kupang: Batas bayar PBB-P2 tahun {thn:d1} tanggal 31 Agustus.
  Bayar lewat VA {va:1} atau loket Bank NTT. Info {otel:1}
[{tgl:d1} {jam:p2}] grup warga: Terima kasih infonya
~~~
[{tgl:d1} {jam:s1}] Bank NTT: Terima kasih telah menghubungi Bank NTT. Untuk pengaduan kartu ATM
  silakan hubungi call center {otel:1} atau WA resmi {owa:1}. Jangan berikan PIN dan kode OTP
  kepada siapa pun
~~~
[{tgl:d1} {jam:m1}] Grup Jemaat {gereja:1}: Latihan paduan suara Kasih Setia {hari:d2} jam
  {jam:m2}. Persembahan syukur minggu lalu {rp:l1}. Terima kasih bapa mama
[{tgl:d1} {jam:m3}] grup jemaat: Amin
~~~
[{tgl:d1} {jam:s1}] Sekretaris Paduan Suara: Bapa mama anggota, RRI minta NPWP untuk honor
  rekaman. Kirim di sini
[{tgl:d1} {jam:s2}] [[name:{full:w1}]]: [[{npwp:w1}]]
[{tgl:d1} {jam:s3}] [[name:{full:m1}]]: NPWP sa sama deng NIK, [[{npwpn:m1}]]
[{tgl:d1} {jam:s4}] [[name:{full:w2}]]: Sa pung [[{npwp:w2}]]. Kalau NPWP gereja {npwpb:1} itu
  bukan untuk kita to?
[{tgl:d1} {jam:s5}] Sekretaris Paduan Suara: Betul mama, yang pribadi saja
""",
    "lapor_form": r"""
SP4N-LAPOR! | Nomor Tiket: {tiket:1}
Judul: Pungutan untuk surat keterangan tidak mampu
Isi Laporan: Saya urus SKTM di Kantor Lurah {kel:1} untuk berobat anak. Staf loket atas nama
  Sdr. [[name:{full:m2}]] minta uang {rp:s1} "uang administrasi" tanpa kuitansi. Mohon ditindak.
Kategori: Pelayanan Publik
Nama Pelapor: [[name:{full:w1}]]
No. HP: [[{hp:w1}]]
~~~
Portal Pengaduan Kota Kupang
Nama Lengkap : [[name:{full:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[address:{addrrt:m1}]], Kel. {kel:1}
No. HP/WA : [[{hp:m1}]]
Email : [[{mail:m1}]]
Kategori : Ketertiban Umum
Uraian : Tempat karaoke di samping rumah saya buka sampai jam 02.00 setiap malam. Anak-anak
  tidak bisa tidur. Sudah lapor ke Pol PP {tgl:b1} belum ada tindakan.
~~~
SP4N-LAPOR!
Rahasiakan identitas: Ya
Judul: Nilai rapor anak diubah
Isi Laporan: Anak saya [[name:{full:tw1}]] di {sek:1} nilainya diubah setelah saya protes soal
  pungutan les {rp:s1}. Wali kelas Ibu [[name:{full:w2}]]. Saya [[name:{full:w1}]], NIK
  [[{nik:w1}]], bisa dihubungi di [[{hp:w1}]].
Tiket: {tiket:1}
~~~
Formulir Pengaduan Layanan Kesehatan
Nama Pelapor : [[name:{full:m1}]]
NIK Pelapor : [[{nik:m1}]]
Nama Pasien : [[name:{full:cw1}]] (anak)
No. Kartu JKN-KIS : [[{bpjs:cw1}]]
Keluhan : Kartu PBI anak saya tiba-tiba nonaktif waktu mau berobat di Puskesmas {pkm:1}. Kata
  petugas harus daftar ulang di Dinas Sosial.
No. HP : [[{hp:m1}]]
~~~
Portal Pengaduan Kota Kupang - Kategori: Pajak Daerah
Nama Wajib Pajak: [[name:{full:w1}]]
NPWP/NIK: [[{npwpn:w1}]]
NOP: {nop:1}
Isi: Di SPPT PBB {thn:d1} nama saya tertulis "Almh. [[name:{full:w1}]]". Saya masih hidup. Mohon
  diperbaiki. Telp rumah [[{home:w1}]]
~~~
SP4N-LAPOR! | {tiket:1}
Judul: Gudang di samping rumah
Isi Laporan: Gudang {cv:1} di sebelah rumah saya di [[address:{addr:m1}]] bongkar muat semen
  setiap malam, debu masuk rumah. Kami sudah bicara dengan mandor, tidak ada perubahan.
Pelapor: [[name:{full:m1}]] / [[{hp:m1}]]
~~~
Tindak Lanjut Dinas Lingkungan Hidup atas laporan {tiket:1}
Petugas kami sudah menghubungi pelapor Ibu [[name:{full:w1}]] di [[{hp:w1}]] pada {tgl:d1} dan
  meninjau lokasi tumpukan sampah di belakang [[address:{addr:w1}]]. Truk dijadwalkan {hari:d2}.
  Kontak DLH: {otel:1}
~~~
SP4N-LAPOR!
Judul: Mobil dinas untuk antar anak sekolah
Isi Laporan: Mobil dinas plat merah [[{plate:m2}]] setiap pagi jam {jam:p1} antar anak ke
  {sek:1} lalu dipakai ke pasar. Mohon Inspektorat periksa.
Nama Pelapor: [[name:{full:m1}]]
Kontak: [[{mail:m1}]]
~~~
Pengaduan Beasiswa Kota Kupang
Nama Mahasiswa : [[name:{full:yw1}]]
NIM : {nim:1}
Perguruan Tinggi : Universitas Nusa Cendana
Rekening BNI : [[{bni:yw1}]]
No. HP : [[{hp:yw1}]]
Keluhan : Dana beasiswa semester ini belum masuk ke rekening saya, padahal teman satu angkatan
  sudah terima {tgl:b1}.
~~~
FORMULIR PERMOHONAN INFORMASI PUBLIK (PPID)
Nama Pemohon : [[name:{full:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[address:{addr:m1}]], {kel:1}
Email : [[{maild:m1}]]
Informasi yang dimohon : Daftar penerima bantuan rumah layak huni Kel. {kel:1} tahun {thn:d1}
Cara memperoleh : softcopy
~~~
SP4N-LAPOR! | Nomor Tiket: {tiket:1}
Judul: Ditagih pinjol padahal tidak pernah pinjam
Isi Laporan: NIK saya [[{nik:w1}]] dipakai orang untuk pinjaman online. Penagih telpon setiap
  hari pakai nomor {scam:1} dan {scam:2}, tidak sebut nama. Nomor saya [[{hp:w1}]] juga disebar
  ke kontak. Mohon OJK dan Polda bantu.
Nama Pelapor: [[name:{full:w1}]]
~~~
Formulir Pengaduan Dinas Sosial
Nama : [[name:{full:w1}]]
No. KK : [[{kk:om1}]]
Hubungan : anak
Nama Lansia : [[name:{full:om1}]]
NIK Lansia : [[{nik:om1}]]
Keluhan : Bapak saya lansia tunggal, tahun lalu terima ASLUT tapi tahun ini namanya hilang dari
  daftar. Rumah kami [[address:{rt:w1}]] {kel:1}.
~~~
Portal Pengaduan Kota Kupang - Pajak Restoran
Saya [[name:{full:w1}]], jual nasi kuning di teras rumah sendiri [[address:{addr:w1}]]. Petugas
  bilang warung saya kena pajak restoran 10% dan harus pakai NPWPD {?warung|usaha}. NPWP pribadi
  saya [[{npwp:w1}]]. Omzet saya cuma {rp:s1} per hari. Apa benar harus bayar?
HP: [[{hp:w1}]]
~~~
FORMULIR KEBERATAN PBB-P2
Nama Wajib Pajak : [[name:{full:m1}]]
NIK : [[{nik:m1}]]
NPWP : [[{npwp:m1}]]
Alamat Wajib Pajak : [[address:{addrrt:m1}]]
NOP : {nop:1}
Letak Objek : {jalan:1}, {kel:1}
Alasan : Luas bangunan di SPPT 180 m2, yang sebenarnya 72 m2.
~~~
SP4N-LAPOR! | {tiket:1}
Judul: Bidan minta bayaran untuk akta
Isi Laporan: Waktu anak saya [[name:{full:bm1}]] lahir, Bidan [[name:{first:w2}]] di praktik
  swasta minta {rp:s1} untuk urus surat lahir ke Dukcapil, padahal gratis. Saya
  [[name:{full:m1}]], [[{hp:m1}]]
~~~
Laporan Kehilangan Dokumen - Disdukcapil
Nama : [[name:{full:m1}]]
Dokumen hilang : Kartu Keluarga
Nomor KK : [[{kk:m1}]]
Kronologi : Tas hilang di angkot jurusan {kel:1} tanggal {tgl:b1}.
No. Telepon : [[{hp:m1}]]
~~~
SP4N-LAPOR! | Nomor Tiket: {tiket:1}
Nama Pelapor: Dirahasiakan
Judul: Jalan berlubang di {jalan:1}
Isi Laporan: Lubang besar di depan {rs:1}, sudah {?3|4|5|7} pengendara jatuh bulan ini. Mohon
  ditambal.
Kategori: Infrastruktur
~~~
Tindak lanjut Dinas PUPR Kota Kupang atas laporan {tiket:1}: tim pemeliharaan jalan sudah
  menambal lubang di {jalan:1} pada {hari:d2} {tgl:d2}. Bila masih ada kerusakan hubungi
  {otel:1} pada jam kerja.
~~~
Rekap Laporan SP4N-LAPOR! Kota Kupang bulan {bln:d1}
Dinas PUPR: {?41 laporan, selesai 33|38 laporan, selesai 29|52 laporan, selesai 40}
Dinas Lingkungan Hidup: {n:3} laporan
Disdukcapil: {n:4} laporan
Rata-rata waktu tindak lanjut: 4 hari kerja
~~~
Portal Pengaduan Kota Kupang
Nama : Anonim
Judul : Harga gas elpiji 3 kg di pangkalan
Uraian : {toko:1} di {jalan:1} jual elpiji 3 kg {?Rp 30.000|Rp 35.000}, di atas HET Rp 21.000.
  Nomor di papan pangkalan {owa:1} tidak pernah angkat.
~~~
Status Laporan {tiket:1}
Diterima: {tgl:d1} {jam:p1}
Diverifikasi: {tgl:d2}
Didisposisikan ke: Dinas Perhubungan Kota Kupang
Status: Dalam proses
~~~
Portal Pengaduan Kota Kupang
Nama : Tidak disebutkan
Kategori : Kesehatan
Uraian : Antrean di {rs:1} loket BPJS mulai jam {?05.30|06.00|05.45} tapi loket baru buka jam
  {?08.00|08.30}. Lansia berdiri lama. Mohon sistem antrean online.
~~~
SP4N-LAPOR!
Nama Pelapor: Dirahasiakan
Isi Laporan: Saya ditelpon nomor {scam:1} yang mengaku petugas Dukcapil, minta kode OTP untuk
  aktivasi IKD. Setelah itu WA saya diambil alih. Mohon warga diingatkan.
Tiket: {tiket:1}
~~~
LEMBAR DISPOSISI
Nomor Agenda : {n:1}/{bln:d1}
Surat dari : Bagian Organisasi Setda Kota Kupang
Nomor Surat : {surat:org}
Perihal : Tindak lanjut laporan SP4N-LAPOR! {tiket:1}
Diteruskan kepada : Kabid Rehabilitasi Sosial
~~~
Portal Pengaduan Kota Kupang - Pajak Daerah
Nama WP : {gereja:1}
NOP : {nop:1}
Isi : Pembayaran PBB lewat VA {va:1} sebesar {rp:m1} gagal tiga kali di mobile banking. Mohon
  kode baru.
~~~
Hasil Survei Kepuasan Masyarakat Unit Pengaduan Kasih semester I
Responden: {n:1}0 orang
Nilai IKM: 82,4 (Baik)
Unsur terendah: waktu tindak lanjut
Kanal terbanyak: SMS 1708 dan lapor.kupangkota.go.id
~~~
Formulir Pemadanan NIK-NPWP - KPP Pratama Kupang
Nama : [[name:{full:w1}]]
NIK/NPWP : [[{nikp:w1}]]
NPWP lama : [[{npwp:w1}]]
Email : [[{mail:w1}]]
Keterangan : Saat validasi muncul "NIK belum padan". Sudah coba 3 kali.
~~~
SP4N-LAPOR! | {tiket:1}
Judul: Pembayaran proyek ditahan karena NPWP
Isi Laporan: Saya kontraktor perorangan. Pembayaran pekerjaan pagar {sek:1} ditahan karena NPWP
  saya [[{npwp:m1}]] dianggap tidak valid, padahal sekarang NPWP/NIK saya [[{npwpn:m1}]] sudah
  aktif.
Nama Pelapor: [[name:{full:m1}]]
HP: [[{hp:m1}]]
""",
    "email_thread": r"""
From: [[name:{full:w1}]] <[[{mail:w1}]]>
To: DPMPTSP Kota Kupang <dpmptsp@kupangkota.go.id>
Subject: Izin PIRT kue rumahan

Selamat siang Bapak/Ibu,
Saya membuat kue kering di rumah [[address:{addr:w1}]] dan ingin mengurus izin PIRT. Di OSS
  diminta NPWP; NPWP pribadi saya [[{npwp:w1}]], NIK [[{nik:w1}]]. Apakah cukup atau harus NPWP
  usaha?

Salam,
[[name:{full:w1}]]
HP [[{hp:w1}]]
~~~
Subject: Re: Pengembalian kelebihan bayar retribusi

Ibu [[name:{first:w1}]], kelebihan bayar {rp:m1} akan ditransfer ke rekening yang Ibu sebutkan
  paling lambat {tgll:d2}.

Hormat kami,
[[name:{full:m2}]]
Bidang Pendapatan, Bapenda Kota Kupang
[[{mailg:m2}]]

Pada {hari:d1}, {tgll:d1} {jam:p1}, [[name:{full:w1}]] <[[{mail:w1}]]> menulis:
> Saya bayar retribusi dua kali. Mohon dikembalikan ke BRI [[{bri:w1}]] a.n. [[name:{full:w1}]].
~~~
From: [[name:{full:w1}]] <[[{mail:w1}]]>
To: Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>
Subject: Family card question

Dear Sir/Madam,
I write for my husband, an Australian citizen who does not read Indonesian. My NIK is
  [[{nik:w1}]] and we live at [[address:{addrrt:w1}]], Kupang. Our family card number is
  [[{kk:w1}]]. May he be added to the family card as a foreign spouse, and which office handles
  his stay permit?
Regards,
[[name:{full:w1}]]
WhatsApp [[{hp:w1}]]
~~~
From: [[name:{full:m1}]] <[[{mail:m1}]]>
To: Komite {sek:1} <komite.sekolah.kupang@gmail.com>
Subject: Sumbangan komite

Yth. Bapak Ketua Komite,
Anak saya [[name:{full:tm1}]] kelas XI diminta bayar sumbangan {rp:m1} ke rekening komite
  {acctb:1} a.n. Komite Sekolah. Kami keluarga tidak mampu dan punya KIP. Mohon keringanan.
Hormat saya,
[[name:{full:m1}]] ([[{hp:m1}]])
~~~
From: [[name:{fam:w1}]], [[name:{given:w1}]] <[[{mail:w1}]]>
To: Dinas Kesehatan Kota Kupang <dinkes@kupangkota.go.id>
Subject: SIP perawat

Saya perawat RSUD, NPWP [[{npwp:w1}]], NIK [[{nik:w1}]], mengajukan perpanjangan SIP sejak
  {tgl:b1} tetapi belum terbit. Mohon informasinya.
[[name:{full:w1}]]
~~~
To: kc.kupang@bpjs-kesehatan.go.id
From: [[name:{full:m1}]] <[[{mail:m1}]]>
Subject: Iuran mandiri terpotong dua kali

Iuran kelas 3 untuk keluarga kami (No. KK [[{kk:m1}]]) terpotong dua kali bulan {bln:b1}. Nomor
  kartu: saya [[{bpjs:m1}]], istri [[{bpjs:w1}]], anak [[{bpjs:cm1}]]. Mohon dikembalikan atau
  dihitung bulan depan.
Terima kasih,
[[name:{full:m1}]]
~~~
From: [[name:{full:yw1}]] <[[{mail:yw1}]]>
To: ppid@kupangkota.go.id
Subject: Balasan permohonan data

Mohon balasan dikirim juga ke alamat cadangan saya [[{maild:yw1}]] karena kotak masuk utama
  sering penuh. Saya mahasiswa yang meminta data kemiskinan per kelurahan.
[[name:{full:yw1}]]
~~~
From: [[name:{full:ow1}]] <[[{mail:ow1}]]>
To: ASABRI Kupang <kupang@asabri.co.id>
Subject: Pensiun janda belum masuk

Suami saya almarhum Serka [[name:{full:om1}]] meninggal {tgll:b1}. Berkas pensiun janda sudah
  diserahkan. Rekening Mandiri saya [[{mandiri:ow1}]], NIK [[{nik:ow1}]]. Sampai sekarang belum
  ada pembayaran.
Hormat saya,
[[name:{full:ow1}]]
Telp rumah [[{home:ow1}]]
~~~
From: Kantor Notaris <notaris.ppat.kupang@gmail.com>
To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
Subject: Sertipikat klien

Dengan hormat, sertipikat atas nama klien kami Bapak [[name:{full:m1}]], NIK [[{nik:m1}]],
  alamat [[address:{addr:m1}]], sudah 8 bulan di loket. Mohon kabar.
Notaris [[name:{full:w2}]], S.H., M.Kn.
~~~
From: [[name:{full:m1}]] <[[{mail:m1}]]>
To: Dinas PUPR Kota Kupang <pupr@kupangkota.go.id>
Subject: Termin pekerjaan drainase

Saya, Direktur {cv:1}, menanyakan pembayaran termin II pekerjaan drainase. NPWP perusahaan
  {npwpb:1}, rekening perusahaan Bank NTT {acctb:1}. HP saya [[{hp:m1}]].
[[name:{full:m1}]]
~~~
From: [[name:{full:ym1}]] <[[{mail:ym1}]]>
To: bappeda@kupangkota.go.id
Subject: Lamaran magang

Saya mahasiswa Perencanaan Wilayah, NIK [[{nik:ym1}]], domisili [[address:{addrrt:ym1}]]. Saya
  melamar magang 3 bulan. Bisa dihubungi di [[{hp:ym1}]].
Hormat saya, [[name:{full:ym1}]]
~~~
> From: [[name:{full:m1}]] <[[{mail:m1}]]>
> Sent: {tgl:b1}
> Subject: Batas tanah
> Pagar keluarga [[name:{fam:m2}]] masuk 2 meter ke tanah keluarga kami.

Tanggapan Lurah {kel:1}: Mediasi antara keluarga [[name:{fam:m1}]] dan keluarga
  [[name:{fam:m2}]] dijadwalkan {hari:d2} {tgll:d2} di kantor kelurahan.
~~~
From: [[name:{full:w1}]] <[[{mail:w1}]]>
To: Ombudsman NTT <ombudsman.ntt@ombudsman.go.id>
Subject: Pasien JKN ditolak

Bapak saya [[name:{full:om1}]] (kartu JKN [[{bpjs:om1}]]) ditolak di {rs:1} tanggal {tgl:b1}
  dengan alasan kamar penuh, lalu ditawari kamar VIP bayar sendiri. Saya mohon Ombudsman
  memeriksa.
[[name:{full:w1}]], [[{hp:w1}]]
~~~
From: [[name:{full:xm1}]] <[[{mail:xm1}]]>
To: Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>
Subject: Pindah datang

Saya pindah dari Denpasar dengan SKPWNI nomor {surat:skpwni}. NIK [[{nik:xm1}]], No. KK lama
  [[{kk:xm1}]]. Alamat baru [[address:{addrrt:xm1}]], Kel. {kel:1}. Mohon jadwal rekam.
[[name:{full:xm1}]]
~~~
From: [[name:{full:w1}]] <[[{mailg:w1}]]>
To: Dinas Pendidikan Kota Kupang <dikbud@kupangkota.go.id>
Subject: Tunjangan sertifikasi

Saya guru di {sek:1}, NIK [[{nik:w1}]], email dinas saya ini. Tunjangan triwulan II belum cair.
  Mohon dicek.
Salam, [[name:{first:w1}]]
~~~
From: [[name:{full:m1}]] <[[{mail:m1}]]>
To: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Subject: Email palsu atas nama Dinas Sosial

Saya terima email dari bansos.kemensos.ntt@gmail.com yang minta NIK dan No KK untuk BLT. Apakah
  itu resmi? Saya tidak kirim apa-apa. Nomor saya [[{hp:m1}]] kalau perlu konfirmasi.
[[name:{full:m1}]]
~~~
From: LAPOR! <noreply@lapor.go.id>
Subject: Laporan {tiket:1} telah ditindaklanjuti

Yth. Pelapor, laporan Anda telah ditindaklanjuti oleh Dinas Perhubungan Kota Kupang pada
  {tgl:d1}. Silakan beri penilaian di aplikasi. Email ini dikirim otomatis, mohon tidak dibalas.
~~~
From: DPMPTSP Kota Kupang <dpmptsp@kupangkota.go.id>
To: pelaku-usaha-kupang@googlegroups.com
Subject: Sosialisasi OSS RBA

Sosialisasi perizinan berbasis risiko diadakan {hari:d2} {tgll:d2} jam {?09.00|09.30|10.00} di
  Aula DPMPTSP. Bawa NIB (contoh: {nib:1}). Info: {otel:1}.
~~~
From: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
To: wp-kupang-920@lists.pajak.go.id
Subject: Batas lapor SPT Masa

Batas lapor SPT Masa PPh 21 bulan {bln:b1} adalah tanggal 20. Layanan Kring Pajak 1500200,
  helpdesk KPP {otel:1}.
~~~
From: Kelurahan {kel:1} <kelurahan.{kelm:1}@gmail.com>
To: Kecamatan {kec:1} <kec.{kecm:1}@kupangkota.go.id>
Subject: Laporan bulanan

Bersama ini kami kirim laporan kependudukan bulan {bln:b1}, surat nomor {surat:kel}. Lahir
  {?11|14|9}, meninggal {?3|5|2}, pindah {?7|12|16}.
~~~
From: Kelurahan {kel:1} <pelayanan.kel{n:1}@gmail.com>
Subject: Fwd: WASPADA email palsu

Warga menerima email dari bpjs.kesehatan.ntt.resmi@gmail.com yang meminta transfer {rp:m1} untuk
  aktivasi kartu. BPJS Kesehatan tidak pernah meminta transfer. Pengaduan resmi Care Center 165.
~~~
From: Dinas Kesehatan Kota Kupang <dinkes@kupangkota.go.id>
Subject: Balasan otomatis

Terima kasih. Kantor tutup {hari:d1} - {hari:d2} karena cuti bersama. Untuk keadaan darurat
  hubungi 119 atau hotline Dinkes {owa:1}.
~~~
From: {toko:1} <{?admin.toko|penjualan.toko|order.toko}@gmail.com>
To: Tata Usaha {sek:1} <tu.sekolah.kupang@gmail.com>
Subject: Faktur ATK

Terlampir faktur alat tulis kantor {rp:m1}. NPWP toko {npwpb:1}. Pembayaran ke rekening toko
  Bank NTT {acctb:1}.
~~~
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
Subject: Peta jalur pawai

Terlampir denah@2x.png jalur pawai HUT Kota {tgl:d2}. Unduh juga di
  https://warga:rahasia@portal.kupangkota.go.id/peta. Penutupan jalan {jalan:1} jam
  {jam:p1}-{jam:p2}.
~~~
From: Bank NTT <notifikasi@bankntt.co.id>
Subject: Pemeliharaan sistem

Nasabah yth, layanan mobile banking tidak tersedia {hari:d2} {tgll:d2} pukul {jam:m1}-{jam:m2}
  WITA. Call center {otel:1}.
~~~
From: KIP Kuliah Undana <kipk@undana.ac.id>
To: penerima-kipk-2026@googlegroups.com
Subject: Pencairan biaya hidup

Biaya hidup semester ganjil {rp:l1} dicairkan {tgll:d2}. Mahasiswa yang rekeningnya diblokir
  hubungi loket Bank di kampus. Informasi: {otel:1}.
~~~
From: [[name:{full:om1}]] <[[{mail:om1}]]>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: NITKU pensiunan

Saya pensiunan guru. NPWP lama saya [[{npwp:om1}]]. Di e-Faktur toko tempat saya beli ada isian
  NITKU; apakah NITKU saya [[{nitku:om1}]] benar? Mohon penjelasan.
Hormat saya, [[name:{full:om1}]]
~~~
From: [[name:{full:w1}]] <[[{mail:w1}]]>
To: Panitia Seminar Bappeda <seminar.bappeda@kupangkota.go.id>
Subject: Data narasumber

Berikut data saya untuk honor narasumber: NPWP yang saya gunakan [[{npwpn:w1}]] (NIK), rekening
  BRI [[{bri:w1}]] a.n. [[name:{full:w1}]].
Salam, [[name:{first:w1}]]
""",
    "call_note": r"""
Catatan Call Center 112 Kota Kupang, {tgl:d1} {jam:m1}
Penelepon: [[name:{full:m1}]], [[{hp:m1}]]
Laporan: tiang listrik miring hampir roboh di depan rumahnya, [[address:{addrrt:m1}]], Kel.
  {kel:1}. Kabel menyentuh pagar seng.
Tindakan: diteruskan ke PLN UP3 Kupang dan Damkar.
~~~
Petugas: Dukcapil Kota Kupang, selamat pagi. Ada yang bisa dibantu?
Penelepon: Pagi. Sa mau cek KTP yang sudah rekam tapi belum cetak.
Petugas: NIK Bapak?
Penelepon: [[{nikpair:m1}]].
Petugas: Atas nama?
Penelepon: [[name:{full:m1}]].
Petugas: Baik Pak [[name:{first:m1}]], blanko sudah ada, silakan ambil {hari:d2} di loket
  {antri:1}.
~~~
Log Hotline Dinas Sosial {tgl:d1}
Jam | Penelepon | Nomor | Perihal
{jam:p1} | [[name:{full:w1}]] | [[{hp:w1}]] | BPNT bulan {bln:b1} belum cair
{jam:p2} | penelepon tidak sebut nama | [[{hp:m1}]] | tanya syarat PKH
{jam:p3} | Komite Sekolah {sek:1} | {owa:1} | undangan rapat
{jam:p4} | [[name:{full:m2}]] | [[{hp:m2}]] | ibu lansia belum terima ASLUT
~~~
Agen: Bank NTT, dengan [[name:{first:w2}]]. Ada yang bisa dibantu?
Nasabah: Rekening saya diblokir, tidak bisa tarik tunai.
Agen: Nomor rekening?
Nasabah: [[{bntt:w1}]].
Agen: Nama lengkap dan NIK?
Nasabah: [[name:{full:w1}]], NIK [[{nikcomma:w1}]].
Agen: Rekening Ibu dormant, silakan aktivasi di kantor cabang dengan KTP asli.
~~~
Petugas: BPJS Kesehatan Care Center, nomor kartunya?
Penelepon: [[{bpjs:w1}]].
Petugas: Atas nama siapa?
Penelepon: Anak saya, [[name:{full:cw1}]].
Petugas: Status kartu aktif, faskes pertama Puskesmas {pkm:1}.
~~~
Petugas: KPP Pratama Kupang. NPWP bapak?
Penelepon: Yang lama [[{npwp:m1}]], yang baru katanya sama dengan NIK, [[{npwpn:m1}]].
Petugas: Betul Pak, sekarang login DJP Online pakai NIK. Atas nama?
Penelepon: [[name:{full:m1}]].
~~~
Petugas: Samsat Kupang. Nomor polisi kendaraannya?
Penelepon: [[{plate:m1}]].
Petugas: Atas nama?
Penelepon: [[name:{full:om1}]], bapak saya, sudah meninggal.
Petugas: Untuk balik nama waris bawa akta kematian dan KK. Pajak terutang {rp:m1}.
~~~
Catatan Damkar {tgl:d1} {jam:m1}: penelepon [[name:{full:w1}]] ([[{home:w1}]], telp rumah)
  melapor api dari dapur tetangga, rumah keluarga [[name:{fam:m2}]], [[address:{addr:m2}]]. Unit
  2 berangkat {jam:m2}, api padam {jam:m3}.
~~~
Catatan UPTD PPA {tgl:d1}
Pelapor [[name:{full:w1}]] menyampaikan mengalami kekerasan dari suami. Tinggal di
  [[address:{rt:w1}]] Kel. {kel:1}. Nomor aman: HP kakak perempuan, [[name:{full:w2}]],
  [[{hp:w2}]]. Jangan hubungi nomor pelapor sendiri.
Tindak lanjut: pendampingan psikolog {hari:d2}.
~~~
PLN 123 - Catatan gangguan
ID pelanggan {idpln:1}, penelepon [[name:{full:m1}]], HP [[{hp:m1}]]. Listrik padam satu rumah
  sejak {jam:s1}, MCB turun terus. Alamat [[address:{addr:m1}]]. Petugas yantek dijadwalkan
  {jam:s2}.
~~~
@lower
catatan malam call center {tgl:d1}
{jam:m1} penelepon [[name:{first:w1}]] (tdk sebut marga) nangis, anak [[name:{first:cm1}]] demam
  tinggi, tdk ada oto ke rs. hp [[{hp:w1}]]. diteruskan ke ambulans puskesmas {pkm:1}.
{jam:m2} penelepon tanya jadwal kapal, diarahkan ke asdp.
~~~
Call note, 112 Kupang, {tgl:d1} {jam:m1} (English, caller is a volunteer teacher)
Caller: [[name:{full:yw1}]], phone [[{hp:yw1}]]
Report: neighbour's dog bit her landlady's son [[name:{first:cm1}]] on the way to school near
  [[address:{addr:w1}]]. Landlady Mrs [[name:{full:w1}]] took him to {pkm:1}.
~~~
Catatan Call Center Pemkot {tgl:d1}
Penelepon [[name:{full:m1}]] ([[{hp:m1}]]) melapor ditelpon nomor {scam:1} yang mengaku petugas
  Dinas Sosial dan minta transfer {rp:s1} untuk pencairan PKH. Penelepon tidak transfer. Dicatat
  sebagai peringatan.
~~~
Serah terima shift call center, {tgl:d1} {jam:m1}
1. [[name:{full:w1}]] ([[{hp:w1}]]), [[address:{addrrt:w1}]]: air PDAM tidak mengalir 6 hari.
  Sudah diteruskan ke PDAM.
2. [[name:{full:m1}]] ([[{hp:m1}]]): pohon tumbang di {jalan:1}, sudah dipotong Damkar.
3. Penelepon tanpa nama: tanya jadwal vaksin, diarahkan ke {pkm:1}.
~~~
Petugas: Dinas Sosial, sudah terdaftar DTKS? Nomor KK?
Penelepon: [[{kk:w1}]].
Petugas: Nama kepala keluarga?
Penelepon: [[name:{full:m1}]], suami saya.
Petugas: Terdaftar, tapi status PKH dicoret bulan {bln:b1}. Silakan ajukan sanggahan ke
  kelurahan.
~~~
Catatan Ambulans 119, {tgl:d1} {jam:p1}
Pasien: [[name:{full:om1}]], {umur:om1} th, sesak napas
Kartu JKN: [[{bpjs:om1}]]
Alamat jemput: [[address:{addrrt:om1}]], Kel. {kel:1}
Penelepon: cucu, [[name:{full:ym1}]], [[{hp:ym1}]]
Tujuan: {rs:1}
~~~
Petugas: Silakan hubungi langsung Dinas Perhubungan di {otel:1}, Pak. Kami hanya menerima
  laporan darurat.
Penelepon: Baik, terima kasih.
~~~
Rekap panggilan 112 Kota Kupang, {bln:b1}
Kebakaran: {n:1}
Kecelakaan: {n:2}
Pohon tumbang: {n:3}
Panggilan iseng: {n:4}
Rata-rata waktu respons: 11 menit
~~~
Petugas: PDAM Kota Kupang, boleh nomor sambungannya?
Penelepon: {samb:1}.
Petugas: Tagihan bulan ini {?Rp 87.500|Rp 112.000|Rp 64.300}, ada tunggakan 2 bulan. Bisa
  dibayar di loket atau VA {va:1}.
~~~
Petugas: Jadwal bus Damri ke bandara mulai jam {jam:p1}, setiap 40 menit, tarif {?Rp 25.000|Rp
  30.000}. Info lengkap di loket terminal atau {otel:1}.
~~~
Log telepon masuk Sekretariat Kelurahan {kel:1}
{jam:p1} | UD Laut Timor | {owa:1} | tanya izin usaha
{jam:p2} | Kurir JNE | {owa:2} | antar paket untuk kantor
{jam:p3} | Puskesmas {pkm:1} | {otel:1} | jadwal posyandu
~~~
Catatan call center {tgl:d1}: {n:1} panggilan iseng dari nomor yang sama sejak {jam:m1}, nomor
  diblokir sementara sesuai SOP. Tidak ada laporan darurat.
~~~
Petugas: Kantor Samsat buka Senin-Jumat 08.00-15.00, Sabtu 08.00-12.00. Samsat keliling
  {hari:d2} di halaman {pasar:1}. Pembayaran pakai kode bayar {kodebayar:1} berlaku 2 jam.
~~~
Catatan pendaftaran Puskesmas {pkm:1}: poli umum 08.00-12.00, poli gigi Selasa dan Kamis.
  Pendaftaran online lewat WA {owa:1}. Hari ini {n:1} pasien lewat WA, {n:2} langsung.
~~~
Catatan call center {tgl:d1}: penelepon (nomor disembunyikan) melapor pesan WA dari {scam:1}
  yang mengaku admin Kemensos dan minta foto KTP. Diberi saran jangan menanggapi. Dilaporkan ke
  patroli siber.
~~~
Petugas: Bapenda Kota Kupang. Kode billing {billing:1} sudah kedaluwarsa, Pak. Kami terbitkan
  yang baru, berlaku sampai {tgl:d2}. Jumlah tetap {rp:m1}.
~~~
Petugas: Kring Pajak, dengan [[name:{first:w2}]]. NPWP ibu?
Penelepon: [[{npwp:w1}]].
Petugas: Atas nama?
Penelepon: [[name:{full:w1}]]. Suami saya juga, NPWP [[{npwp:m1}]], mau pisah harta.
Petugas: Untuk pisah harta ibu perlu datang ke KPP. NIK ibu untuk catatan?
Penelepon: [[{nik:w1}]].
~~~
Catatan Helpdesk Bapenda {tgl:d1}: pelapor [[name:{full:m1}]] ([[{hp:m1}]]) tanya BPHTB. Sebut
  NPWP [[{npwp:m1}]] dan NIK [[{nik:m1}]]. Diarahkan isi SSPD online.
""",
    "social_post": r"""
DITEMUKAN dompet coklat di angkot lampu 10 tadi siang. Isi KTP atas nama [[name:{full:w1}]], NIK
  [[{nik:w1}]], dan kartu ATM. Yang kenal tolong kasih tau, bisa ambil di rumah sa. WA
  [[{hp:m1}]] ([[name:{first:m1}]])
~~~
Mohon bantuan bapa mama, mama saya [[name:{full:ow1}]] dirawat di {rs:1} butuh darah golongan O
  3 kantong hari ini. Yang bisa donor hubungi sa [[name:{full:w1}]] [[{hp:w1}]]. Tuhan berkati 🙏
~~~
DIJUAL RUMAH tipe 45, SHM, di [[address:{addr:m1}]], dekat {sek:1}. Harga {?Rp 450 juta|Rp 520
  juta} nego. Pemilik langsung, hub [[name:{first:m1}]] [[{hp:m1}]]
~~~
Dinas PUPR Kota Kupang
Genangan di {jalan:1} sudah ditangani tim drainase hari ini.
Komentar:
[[name:{full:w1}]]: di [[address:{rt1:w1}]] {kel:1} juga banjir sampai lutut pak, mohon dicek
[[name:{full:m1}]]: got depan rumah sa [[address:{addr:m1}]] tertutup beton ruko
Dinas PUPR Kota Kupang: Terima kasih informasinya, kami jadwalkan peninjauan.
~~~
Viral! Sopir angkot plat [[{plate:m2}]] ugal-ugalan di {jalan:1}, hampir tabrak anak sekolah jam
  {jam:p1} tadi. Mohon Dishub tindak. - [[name:{full:w1}]]
~~~
Terima kasih banyak untuk Bripka [[name:{full:m2}]] dari Polsek {kec:1} yang kembalikan tas sa
  yang tertinggal di pos, isi laptop dan uang {rp:m1} utuh. Polisi baik masih ada. -
  [[name:{full:w1}]]
~~~
ORANG HILANG
Nama: [[name:{full:tw1}]]
Umur: {umur:tw1} tahun
Terakhir terlihat {hari:b1} sore di depan {pasar:1}, pakai baju seragam {?SMAN 1 Kupang|SMAN 3
  Kupang|SMKN 2 Kupang}.
Yang melihat mohon hubungi bapaknya [[name:{full:m1}]] [[{hp:m1}]] atau mamanya [[{hp:w1}]]
~~~
Dijual cepat Honda Beat {?2019|2020|2021}, pajak hidup, plat [[{plate:m1}]], surat lengkap a.n.
  sendiri. Harga {?Rp 11 juta|Rp 12,5 juta} nego tipis. COD di Kupang. Minat hub [[{hp:m1}]]
  ([[name:{first:m1}]])
~~~
Hati-hati dengan [[name:{full:m2}]], pinjam uang sa {rp:m1} janji kembali bulan lalu, sekarang
  nomor [[{hp:m2}]] sudah blokir sa. Dia minta transfer ke BRI [[{bri:m2}]] a.n.
  [[name:{full:m2}]]. Yang kenal tolong ingatkan. - [[name:{full:w1}]]
~~~
Disdukcapil Kota Kupang
Layanan perbaikan data KK dibuka setiap hari kerja.
Komentar:
[[name:{full:w1}]]: Min, KK sa no [[{kk:w1}]] nama anak salah tulis, sudah 2 bulan belum jadi
Disdukcapil Kota Kupang: Mohon maaf Ibu, silakan datang ke loket 3 dengan KK asli.
~~~
Mohon doa dan bantuan, anak kami [[name:{full:cm1}]] harus operasi jantung di Surabaya. Bantuan
  bisa ke rek BRI [[{bri:w1}]] a.n. [[name:{full:w1}]] (mamanya). Info: [[{hp:w1}]]
~~~
@kupangkotaofficial mohon infonya pak, anak sa belum dapat jadwal vaksin di sekolah. Bisa balas
  ke email sa [[{mail:w1}]] - [[name:{full:w1}]], guru {sek:1}
~~~
Komentar untuk Pemkot Kupang: Pak, sa kontraktor perorangan, NPWP sy [[{npwp:m1}]] terblokir di
  LPSE sejak ganti NIK [[{nik:m1}]]. Bagaimana ikut tender? - [[name:{full:m1}]]
~~~
Dicari pemilik motor Vario merah plat [[{plate:m2}]] yang parkir 3 hari di depan rumah sa di
  [[address:{addr:w1}]]. Kalau tidak ada yang ambil sa lapor polisi. - [[name:{first:w1}]]
~~~
Ditemukan KTP atas nama [[name:{full:xw1}]] di halaman {gereja:1} kemarin sore. Sudah sa titip
  di pos satpam gereja. Share ya. - [[name:{full:m1}]]
~~~
Om [[name:{first:m2}]] yang jual sayur keliling di kompleks kami hilang sejak {hari:b1},
  keluarga cari. Anaknya [[name:{full:w2}]] bisa dihubungi di [[{hp:w2}]]. Om biasa pakai topi
  merah.
~~~
Disdukcapil Kota Kupang: Layanan perekaman KTP-el hari {hari:d2} buka jam 08.00-14.00. Antrean
  online via WA {owa:1}. Jangan percaya calo!
~~~
Polresta Kupang Kota: WASPADA penipuan atas nama pejabat. Nomor {scam:1} dan {scam:2} mengaku
  staf Wali Kota dan minta transfer. Laporkan ke 110.
~~~
Macet total di {jalan:1} arah {rs:1} dari jam {jam:s1}. Truk mogok di tanjakan. Cari jalan lain
  kawan2.
~~~
PDAM Kota Kupang: Pengaliran air ke Kel. {kel:1} dan {kel:2} terganggu {hari:d2} karena
  perbaikan pipa transmisi. Info gangguan {otel:1}.
~~~
Ada yang tahu kos putri dekat Undana?
Komentar:
Kos Melati Oebufu: ada kak, {?Rp 750.000|Rp 850.000}/bulan, WA {owa:1}
Laundry Bersih Kilat: sekalian langganan laundry kak 😁
~~~
Harga di {pasar:1} pagi ini: cabai rawit {rp:s1}/kg, bawang merah {rp:s2}/kg, ikan tembang
  {rp:s3}/ember. Naik semua 😩
~~~
Sapi lepas lagi di {jalan:1} dekat {sek:1}, hampir tabrak motor. Pemiliknya tolong ikat sapi!
  Satpol PP tolong tertibkan.
~~~
Terima kasih Tim Damkar Kota Kupang dan {rs:1} yang cepat tangani korban kecelakaan di {jalan:1}
  tadi malam. Kasih dan damai untuk kita semua.
~~~
Puskesmas {pkm:1}: Jadwal imunisasi kejar: RT {n:1} {hari:d2}, RT {n:2} {hari:d3}. Bawa buku
  KIA. Info {otel:1}.
~~~
Samsat Kupang: Program pemutihan denda PKB sampai {tgll:d3}. Bayar lewat e-Samsat atau Samsat
  keliling di {pasar:1}. Call center {otel:1}.
""",
    "letter_minutes": r"""
SURAT KETERANGAN DOMISILI
Nomor: {n:1}/RT/{bln:d1}/{thn:d1}
Yang bertanda tangan di bawah ini Ketua RT {n:2} Kelurahan {kel:1} menerangkan bahwa:
Nama : [[name:{full:w1}]]
NIK : [[{nik:w1}]]
Alamat : [[address:{addrrt:w1}]]
benar berdomisili di wilayah kami sejak tahun {?2015|2018|2020}.
Kupang, {tgll:d1}
Ketua RT, [[name:{full:m2}]]
~~~
NOTULEN RAPAT WARGA
Hari/tanggal: {hari:d1}, {tgll:d1}
Tempat: Kantor Lurah {kel:1}
Acara: Rencana pembangunan menara air
Hadir: Lurah {kel:1}, Babinsa, [[name:{full:m1}]] (pemilik lahan), [[name:{full:m2}]],
  [[name:{full:w1}]]
Hasil: Bapak [[name:{first:m1}]] bersedia hibahkan tanah 6 x 6 meter. Akta hibah diurus
  kelurahan.
Notulis: [[name:{full:yw1}]]
~~~
SURAT KUASA
Saya, [[name:{full:ow1}]], NIK [[{nik:ow1}]], alamat [[address:{addr:ow1}]], memberi kuasa
  kepada anak saya [[name:{full:w1}]], NIK [[{nik:w1}]], untuk mengambil uang pensiun saya di
  kantor Taspen Kupang bulan {bln:d1}.
Kupang, {tgll:d1}
Pemberi kuasa, [[name:{full:ow1}]]
Penerima kuasa, [[name:{full:w1}]]
~~~
SURAT KETERANGAN AHLI WARIS
Almarhum [[name:{full:om1}]] meninggal pada {tgll:b1} dan meninggalkan ahli waris:
1. [[name:{first:w1} {fam:om1}]], NIK [[{nik:w1}]], anak
2. [[name:{first:m1} {fam:om1}]], NIK [[{nik:m1}]], anak
3. [[name:{first:m2} {fam:om1}]], NIK [[{nik:m2}]], anak
Diketahui Lurah {kel:1}, [[name:{full:m3}]]
~~~
Kepada Yth. Bapak Wali Kota Kupang
Dengan hormat, saya [[name:{full:w1}]], ibu dari [[name:{full:cm1}]] yang lumpuh sejak lahir.
  Kami mohon bantuan kursi roda. Anak saya peserta JKN [[{bpjs:cm1}]] tetapi kursi roda tidak
  ditanggung. Kami tinggal di [[address:{addrrt:w1}]].
Hormat saya,
[[name:{full:w1}]] (HP [[{hp:w1}]])
~~~
SURAT PERNYATAAN BELUM MEMILIKI RUMAH
Nama : [[name:{full:m1}]]
NIK : [[{nik:m1}]]
No. KK : [[{kk:m1}]]
NPWP : [[{npwp:m1}]]
Alamat sekarang : [[address:{addrrt:m1}]] (kontrak)
menyatakan belum memiliki rumah dan mengajukan bantuan Rumah Layak Huni.
Kupang, {tgll:d1}
[[name:{full:m1}]]
~~~
BERITA ACARA PENYERAHAN BANTUAN BIBIT BABI
Pada {hari:d1} {tgll:d1} Dinas Peternakan menyerahkan 2 ekor bibit babi kepada:
1. [[name:{full:m1}]] - NIK [[{nik:m1}]] - [[address:{rt1:m1}]]
2. [[name:{full:w1}]] - NIK [[{nik:w1}]] - [[address:{rt1:w1}]]
3. [[name:{full:m2}]] - NIK [[{nik:m2}]] - [[address:{rt1:m2}]]
Yang menyerahkan, Kabid Peternakan. Yang menerima, perwakilan kelompok [[name:{full:m1}]].
~~~
SURAT KETERANGAN USAHA
Nomor: {surat:kel}
Lurah {kel:1} menerangkan bahwa [[name:{full:w1}]], NIK [[{nik:w1}]], NPWP [[{npwpn:w1}]] (NIK
  sebagai NPWP), mempunyai usaha jahit pakaian di rumah sendiri [[address:{addr:w1}]] sejak
  {?2016|2019|2021}.
Lurah {kel:1},
[[name:{full:m2}]]
~~~
Perihal: Permohonan cetak ulang KK
Kepada Yth. Kepala Disdukcapil Kota Kupang
Saya [[name:{full:w1}]], NIK [[{nik:w1}]], telah bercerai dengan [[name:{full:m1}]] berdasarkan
  putusan PA Kupang. Mohon KK lama [[{kk:m1}]] dipecah dan dibuatkan KK baru untuk saya dan anak
  [[name:{full:cw1}]].
Hormat saya, [[name:{full:w1}]]
~~~
NOTULEN RAPAT RT {n:1} / RW {n:2} Kel. {kel:1}
Pokok bahasan: jadwal ronda malam
Koordinator ronda: [[name:{full:m1}]] (HP [[{hp:m1}]])
Regu I: [[name:{first:m2}]], [[name:{first:m3}]], [[name:{first:m4}]]
Iuran keamanan {?Rp 10.000|Rp 20.000} per KK per bulan.
Notulis: [[name:{full:w1}]]
~~~
SURAT PENGANTAR NIKAH
Calon suami: [[name:{full:ym1}]], NIK [[{nik:ym1}]]
Calon istri: [[name:{full:yw1}]], NIK [[{nik:yw1}]]
Orang tua calon istri: [[name:{full:m1}]] dan [[name:{full:w1}]]
Alamat calon istri: [[address:{addrrt:yw1}]]
Kupang, {tgll:d1}. Lurah {kel:1}
~~~
Kepada Yth. Direktur {rs:1}
Perihal: Permohonan keringanan biaya
Suami saya [[name:{full:m1}]] dirawat 12 hari, kartu BPJS [[{bpjs:m1}]] nonaktif karena
  tunggakan. Tagihan {rp:l1}. Kami mohon dapat dicicil.
Hormat saya,
[[name:{full:w1}]], [[{hp:w1}]]
~~~
SURAT PERJANJIAN SEWA KIOS
Pihak I: [[name:{full:om1}]], NIK [[{nik:om1}]], pemilik kios di {pasar:1}
Pihak II: [[name:{full:w1}]], NIK [[{nik:w1}]], alamat [[address:{addr:w1}]]
Sewa {?Rp 6.000.000|Rp 7.200.000} per tahun dibayar ke rekening Bank NTT [[{bntt:om1}]] a.n.
  [[name:{full:om1}]].
~~~
Kepada Yth. Kepala KPP Pratama Kupang
Saya [[name:{full:w1}]], ibu rumah tangga, NPWP lama [[{npwp:w1}]], NIK [[{nik:w1}]], mohon NPWP
  saya dinonaktifkan karena tidak lagi berpenghasilan sejak {thn:d1}.
Hormat saya, [[name:{full:w1}]]
~~~
SURAT EDARAN
Nomor: {surat:setda}
Sehubungan dengan cuti bersama, pelayanan di lingkup Pemerintah Kota Kupang ditiadakan {hari:d2}
  {tgll:d2}. Layanan darurat tetap melalui 112.
a.n. Wali Kota Kupang, Sekretaris Daerah
~~~
BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA KUPANG
Jl. S.K. Lerik, Kupang. Telp. {otel:1}
UNDANGAN
Nomor: {surat:bappeda}
Musrenbang Kecamatan {kec:1}, {hari:d2} {tgll:d2}, jam {jam:p1}, Aula Kantor Camat.
~~~
NOTULEN RAPAT KOORDINASI BANJIR
Peserta: BPBD, Dinas PUPR, Dinas Sosial, Camat {kec:1}, Lurah {kel:1}
1. Dinas PUPR normalisasi saluran {jalan:1} mulai {hari:d2}.
2. Dinas Sosial siapkan {n:1} paket sembako.
3. Posko di kantor lurah, piket 24 jam {owa:1}.
~~~
PENGUMUMAN PEMENANG TENDER
Paket: Rehabilitasi saluran {jalan:1}
Pemenang: {cv:1}, NPWP {npwpb:1}
Nilai: {?Rp 487.500.000|Rp 612.300.000}
Masa sanggah {tgll:d2} s/d {tgll:d3}.
~~~
KEPUTUSAN LURAH {kel^:1}
Nomor: {surat:kel}
tentang Penetapan Batas Wilayah RT 01 sampai dengan RT 24
Berlaku sejak {tgll:d1}.
~~~
WARTA JEMAAT {gereja^:1}
Persembahan minggu lalu {rp:l1}. Persembahan dapat ditransfer ke rekening Majelis Jemaat Bank
  NTT {acctb:1}, NPWP Majelis Jemaat {npwpb:1}.
Ibadah rayon {hari:d2} jam {jam:m1}.
~~~
BERITA ACARA PEMERIKSAAN PEKERJAAN
Pekerjaan: Pembangunan talud {jalan:1}
Penyedia: {cv:1} (NPWP {npwpb:1})
Progres fisik 100%. Nomor kontrak {surat:pupr}.
~~~
SURAT EDARAN BAPENDA
Jatuh tempo PBB-P2 {thn:d1} tanggal 30 September. Pembayaran melalui Bank NTT, kantor pos, atau
  VA {va:1}. Denda 2% per bulan.
~~~
PENGUMUMAN
Dalam rangka Festival Kota, {jalan:1} ditutup {hari:d2} jam {jam:s1}-{jam:m1}. Kendaraan
  dialihkan melalui {jalan:2}.
Dinas Perhubungan Kota Kupang
~~~
NOTA DINAS
Kepada: Kepala Bagian Umum
Dari: Kepala Subbagian Keuangan
Perihal: Sisa anggaran ATK triwulan III {rp:l1}
Mohon pengadaan disesuaikan. Nomor: {surat:keu}
~~~
SURAT PERNYATAAN PEMADANAN NIK SEBAGAI NPWP
Nama : [[name:{full:m1}]]
NPWP lama : [[{npwp:m1}]]
NPWP baru (NIK) : [[{npwpn:m1}]]
Alamat : [[address:{addrrt:m1}]]
Menyatakan data di atas benar.
Kupang, {tgll:d1}
[[name:{full:m1}]]
~~~
Kepada Yth. Bendahara {sek:1}
Bersama ini kami sampaikan NPWP guru honor untuk pemotongan PPh 21:
1. [[name:{full:w1}]] - [[{npwp:w1}]]
2. [[name:{full:m1}]] - [[{npwpn:m1}]]
3. [[name:{full:w2}]] - [[{npwp:w2}]]
Kepala Sekolah, [[name:{full:m2}]]
""",
    "ocr_scan": r"""
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
N I K : [[{nikl:w1k}]]
N a m a : [[{ocr:w1k}]]
Tempat/Tgl Lahir : {ttl^:w1k}
Jenis Kelamin : PEREMPUAN Gol. Darah : O
Alamat : [[address:{addr^:w1k}]]
[[address:RT/RW : {rtktp:w1k}]]
Kel/Desa : {kel^:1}
~~~
KARTU KELUARGA
No. [[{kkx:m1k}]]
Nama Kepala Keluarga : [[{ocr:m1k}]]
Alamat : [[address:{addr^:m1k}]]
No | Nama Lengkap | NIK | Hubungan
1 | [[name:{full^:m1k}]] | [[{nikp:m1k}]] | KEPALA KELUARGA
2 | [[name:{full^:w1}]] | [[{nikp:w1}]] | ISTRI
3 | [[name:{full^:cw1k}]] | [[{nikp:cw1k}]] | ANAK
~~~
KARTU NPWP
NPWP : [[{npwpx:m1}]]
[[{ocr:m1}]]
NIK : [[{nikp:m1}]]
[[address:{addr^:m1}]]
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgl:b1}
~~~
KARTU INDONESIA SEHAT
No. Kartu : [[{bpjsx:ow1}]]
Nama : [[{ocr:ow1}]]
Tgl. Lahir : {lahir:ow1}
Faskes Tingkat I : PUSKESMAS {pkm^:1}
~~~
BRI Unit {kel:1}
BUKU TABUNGAN BritAma
NAMA : [[{ocr:w1}]]
NO. REKENING : [[{bri:w1}]]
ALAMAT : [[address:{addrrt^:w1}]]
~~~
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NO. REGISTRASI : [[{plate:m1}]]
NAMA PEMILIK : [[{ocr:m1}]]
ALAMAT : [[address:{addrrt^:m1}]] KUPANG
MERK/TYPE : HONDA / NF125
NO. RANGKA : {rangka:1}
~~~
KWITANSI
Telah terima dari : [[name:{full:m1}]]
Uang sejumlah : {?Rp 9.500.000|Rp 11.000.000}
Untuk pembayaran : 1 (satu) ekor sapi jantan
Kupang, {tgl:d1}
Penjual, [[name:{full:m2}]]
~~~
Kepada Yth Bpk Lurah {kel:1}
sy [[name:{full:w1}]] mohon dibuatkan surat keterangan tidak mampu utk anak sy
  [[name:{first:yw1}]] kuliah. rumah sy [[address:{addr:w1}]]. kalau ada yg kurang tlp sy di
  [[{hpx:w1}]].
hormat sy
[[name:{full:w1}]]
~~~
SURAT KETERANGAN KEMATIAN
Nomor : {surat:kel}
Nama : [[{ocr:om1}]]
NIK : [[{nik:om1}]]
Alamat : [[address:{addrrt^:om1}]]
Meninggal tanggal : {tgl:b1} di {rs^:1}
Pelapor : [[name:{first:w1} {fam:om1}]] (anak)
~~~
KARTU IDENTITAS ANAK
NIK : [[{nikp:cm1k}]]
Nama : [[{ocr:cm1k}]]
No. KK : [[{kkp:m1k}]]
Nama Kepala Keluarga : [[{ocr:m1k}]]
Berlaku s/d : {tgl:d3}
~~~
SURAT IZIN MENGEMUDI C
No. {sim:1}
1. [[{ocr:ym1}]]
2. {ttl^:ym1}
4. [[address:{addrrt^:ym1}]]
POLRESTA KUPANG KOTA
~~~
SPT TAHUNAN PPh ORANG PRIBADI 1770 S
NPWP : [[{npwpd:w1}]]
Nama Wajib Pajak : [[{ocr:w1}]]
NIK : [[{nik:w1}]]
Pekerjaan : {job^:w1}
Penghasilan neto setahun : {rp:l1}
~~~
BANK NTT - BUKTI TRANSFER
PENGIRIM : [[{ocr:m1}]]
REK ASAL : [[{bntt:m1}]]
PENERIMA : [[{ocr:w1}]]
REK TUJUAN : [[{bntt:w1}]]
JUMLAH : {rp:m1}
REF : {trx:1}
~~~
Aplikasi SIKS-NG - cetak layar
NIK[[{nikp:w1}]]Nama[[{ocr:w1}]]Alamat[[address:{addr^:w1}]]Status DTKSAktifPBI JKYa
~~~
SURAT KETERANGAN KEMATIAN - LAMPIRAN
Nama ahli waris : [[{ocr:w1}]]
NIK : [[{nikbr:w1}]]
Hubungan : ISTRI
~~~
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
Jl. Kelapa Lima No. 2, Telp. {otel:1}
BUKTI PEMBAYARAN REKENING AIR
No. Sambungan : {samb:1}
Periode : {bln^:b1} {thn:d1}
Total : {rp:s1}
~~~
APOTEK KASIH IBU
{jalan:1} No. {n:1}
NPWP : {npwpb:1}
{?Paracetamol 500 mg 1 strip Rp 5.000
Amoksisilin 500 mg 1 strip Rp 12.000
TOTAL Rp 17.000|Paracetamol 500 mg 2 strip Rp 10.000
Oralit 5 sachet Rp 7.500
TOTAL Rp 17.500|Amlodipin 5 mg 1 strip Rp 8.000
Vitamin C 1 botol Rp 25.000
TOTAL Rp 33.000}
~~~
SPPT PBB-P2 {thn:d1}
NOP : {nop:1}
Nama WP : {gereja^:1}
Letak Objek : {jalan^:1}
PBB Terutang : {rp:m1}
~~~
KARCIS PARKIR
UPTD Perparkiran Kota Kupang
Seri {antri:1} No. {nisn:1}
Roda 2 : {?Rp 2.000|Rp 1.000}
Tgl {tgl:d1}
~~~
DISDUKCAPIL KOTA KUPANG
NOMOR ANTREAN
{antri:1}
Layanan: KTP-el
{tgl:d1} {jam:p1}
~~~
PO. {?TIARA MAS|SINAR TIMOR|PALAPA} - TIKET BUS
Kupang - {?Soe|Kefamenanu|Atambua}
Berangkat {tgl:d2} {jam:p1}
Kursi 12 - Harga {?Rp 80.000|Rp 120.000|Rp 150.000}
Info: {owa:1}
~~~
STRUK PEMBELIAN TOKEN PLN
No Meter : {meter:1}
ID Pel : {idpln:1}
Token : {token:1}
Rp Bayar : {?Rp 102.500|Rp 52.500|Rp 202.500}
~~~
SPANDUK KELURAHAN {kel^:1}
FOGGING GRATIS {hari^:d2} {tgl:d2}
HUB. PETUGAS : 0B{?12|13|52}-{?3S7|4O9|8B2}{?1|2|7}-{?O|1|8}{?44|52|17}{?6|9}
~~~
T0KO BANGUNAN SUMBER REJEKI
{jalan^:1} NO. {n:1}
TELP/WA 0B{?13|52|21} {?4O2|3S9|B17}{?1|6} {?1|8}{?O7|29|54}{?3|5}
SEMEN 50 KG 10 SAK {?Rp 750.000|Rp 780.000|Rp 820.000}
~~~
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
Jl. Timor Raya Km. 5, Telp. {otel:1}
NPWP Bendahara : {npwpb:1}
Nomor : {surat:pupr}
~~~
BUKTI PEMOTONGAN PPh PASAL 21
A.1 NPWP : [[{npwpd:w1}]]
A.2 NIK : [[{nikp:w1}]]
A.3 Nama : [[{ocr:w1}]]
C. IDENTITAS PEMOTONG
C.1 NPWP : {npwpb:1}
C.2 Nama : {?PUSKESMAS|DINAS KESEHATAN KOTA KUPANG|RSUD S.K. LERIK}
~~~
KUITANSI HONOR NARASUMBER
Telah terima dari Bappeda Kota Kupang uang {rp:m1}
Nama : [[{ocr:m1}]]
NPWP : [[{npwpx:m1}]]
Kupang, {tgl:d1}
""",
    "register_notice": r"""
Daftar peserta SIM gratis pengemudi ojek - Dishub Kota Kupang
No,Nama,NIK,No HP,Nopol
1,[[name:{full:m1}]],[[{nikp:m1}]],[[{hpp:m1}]],[[{plate:m1}]]
2,[[name:{full:m2}]],[[{nikp:m2}]],[[{hpp:m2}]],[[{plate:m2}]]
3,[[name:{full:ym1}]],[[{nikp:ym1}]],[[{hpp:ym1}]],[[{plate:ym1}]]
~~~
Penerima sembako lansia Kel. {kel:1}
Nama;NIK;RT/RW;HP Keluarga
[[name:{full:ow1}]];[[{nikp:ow1}]];[[address:{rtktp:ow1}]];[[{hpp:w1}]]
[[name:{full:om1}]];[[{nikp:om1}]];[[address:{rtktp:om1}]];[[{hpp:m1}]]
[[name:{full:ow2}]];[[{nikp:ow2}]];[[address:{rtktp:ow2}]];[[{hpp:w2}]]
~~~
Rekap NPWP tenaga kontrak (diminta bendahara)
[[name:{full:w1}]] — [[{npwpn:w1}]]
[[name:{full:m1}]] — [[{npwp:m1}]]
[[name:{full:w2}]] — [[{npwp:w2}]]
[[name:{full:m2}]] — belum punya, NIK [[{nik:m2}]]
~~~
DAFTAR CALON PENERIMA BANTUAN RUMAH
No  Nama  NIK  No. KK  RT/RW
1  [[name:{full^:m1}]]  [[{nikp:m1}]]  [[{kkp:m1}]]  [[address:{rtktp:m1}]]
2  [[name:{full^:w1}]]  [[{nikp:w1}]]  [[{kkp:w1}]]  [[address:{rtktp:w1}]]
3  [[name:{full^:m2}]]  [[{nikp:m2}]]  [[{kkp:m2}]]  [[address:{rtktp:m2}]]
~~~
Peserta pelatihan menjahit LPK Kota Kupang angkatan {n:1}:
1. [[name:{full:w1}]] ({umur:w1}) - [[{hp:w1}]]
2. [[name:{full:w2}]] ({umur:w2}) - [[{hp:w2}]]
3. [[name:{full:yw1}]] ({umur:yw1}) - [[{hp:yw1}]]
4. [[name:{full:yw2}]] ({umur:yw2}) - [[{hp:yw2}]]
~~~
Register UMKM Kel. {kel:1}
Nama Usaha | Pemilik | NIK Pemilik | HP Pemilik | NPWP
Kue Kering Lontar | [[name:{full:w1}]] | [[{nikp:w1}]] | [[{hpp:w1}]] | [[{npwp:w1}]]
Bengkel Las Karya | [[name:{full:m1}]] | [[{nikp:m1}]] | [[{hpp:m1}]] | [[{npwpn:m1}]]
{cv:1} | (badan usaha) | - | {owa:1} | {npwpb:1}
~~~
BUKU TAMU KANTOR LURAH {kel^:1} - {tgl:d1}
Nama | Alamat | Keperluan | HP
[[name:{full:w1}]] | [[address:{addrrt:w1}]] | surat pindah | [[{hpp:w1}]]
[[name:{full:m1}]] | [[address:{addrrt:m1}]] | SKTM | [[{hpp:m1}]]
Kurir JNE | - | antar paket | {owa:1}
~~~
Usulan PBI JK baru, Kel. {kel:1}, {bln:d1}
Nama,NIK,No Kartu Lama
[[name:{full:w1}]],[[{nikp:w1}]],[[{bpjs:w1}]]
[[name:{full:m1}]],[[{nikp:m1}]],[[{bpjs:m1}]]
[[name:{full:cw1}]],[[{nikp:cw1}]],[[{bpjs:cw1}]]
~~~
REGISTER LAPORAN PENIPUAN - Unit Siber Polresta
Tgl | Nama pelaku | Nomor pelaku | Modus
{tgl:b1} | [[name:{full:m1}]] | [[{hpp:m1}]] | jual HP fiktif
{tgl:b2} | tidak diketahui | {scam:1} | mengaku petugas PLN
{tgl:d1} | [[name:{full:m2}]] | [[{hpp:m2}]] | arisan online
~~~
Kelompok Tani "Sumber Berkat" - rekening penerima subsidi pupuk
Nama | Bank | No Rekening
[[name:{full:m1}]] | BRI | [[{bri:m1}]]
[[name:{full:m2}]] | BRI | [[{bri:m2}]]
[[name:{full:w1}]] | Bank NTT | [[{bntt:w1}]]
~~~
PENGUMUMAN PENERIMA BEASISWA KOTA KUPANG
1. [[name:{full:yw1}]] - Undana
2. [[name:{full:ym1}]] - Politeknik Negeri Kupang
3. [[name:{full:yw2}]] - Unwira
Pencairan {tgll:d2} di Bank NTT. Info {otel:1}.
~~~
Daftar tunggakan PKB - Samsat Kupang
Nopol\tNama Pemilik\tAlamat
[[{plate:m1}]]\t[[name:{full^:m1}]]\t[[address:{addrrt^:m1}]]
[[{plate:w1}]]\t[[name:{full^:w1}]]\t[[address:{addr^:w1}]]
[[{plate:m2}]]\t[[name:{full^:m2}]]\t[[address:{addrrt^:m2}]]
~~~
Peserta Pelatihan Digital Marketing UMKM
Nama;Email;HP
[[name:{full:w1}]];[[{mail:w1}]];[[{hpp:w1}]]
[[name:{full:m1}]];[[{mail:m1}]];[[{hpp:m1}]]
[[name:{full:yw1}]];[[{mail:yw1}]];[[{hpp:yw1}]]
~~~
DAFTAR NIK TIDAK PADAN - DTKS Kel. {kel:1}
1 [[name:{full^:w1}]] [[{nikl:w1}]] PEREMPUAN
2 [[name:{full^:m1}]] [[{nikl:m1}]] LAKI-LAKI
3 [[name:{full^:om1}]] [[{nikl:om1}]] LAKI-LAKI
~~~
Data pedagang {pasar:1} untuk KUR
Nama | NIK | NPWP | HP
[[name:{full:w1}]] | [[{nikp:w1}]] | [[{npwp:w1}]] | [[{hpp:w1}]]
[[name:{full:w2}]] | [[{nikp:w2}]] | [[{npwpn:w2}]] | [[{hpp:w2}]]
[[name:{full:m1}]] | [[{nikp:m1}]] | [[{npwp:m1}]] | [[{hpp:m1}]]
{kop:1} | - | {npwpb:1} | {owa:1}
~~~
Daftar wali murid penerima PIP {sek:1}
No | Nama Siswa | NISN | Nama Ibu | NIK Ibu | HP
1 | [[name:{full:tw1}]] | {nisn:1} | [[name:{full:w1}]] | [[{nikp:w1}]] | [[{hpp:w1}]]
2 | [[name:{full:tm2}]] | {nisn:2} | [[name:{full:w2}]] | [[{nikp:w2}]] | [[{hpp:w2}]]
~~~
Direktori layanan pengaduan
Instansi;Telepon;WhatsApp
Disdukcapil Kota Kupang;{otel:1};{owa:1}
PDAM Tirta Lontar;{otel:2};{owa:2}
Dinas Sosial;{otel:3};{owa:3}
SP4N-LAPOR!;SMS 1708;-
~~~
Tarif retribusi {pasar:1} (Perda)
Los ikan: {rp:t1}/hari
Kios: {?Rp 150.000|Rp 200.000}/bulan
Lapak sayur: {rp:t2}/hari
Parkir motor: Rp 2.000
~~~
Jadwal fogging Kel. {kel:1}
RT {n:1} - {hari:d2} {jam:p1}
RT {n:2} - {hari:d3} {jam:p2}
Petugas Puskesmas {pkm:1}, info {otel:1}
~~~
Jumlah KPM BPNT per RT, Kel. {kel:1}
RT 01: {n:1} KPM | RT 02: {n:2} KPM | RT 03: {n:3} KPM | RT 04: {n:4} KPM
~~~
Apotek buka malam di Kota Kupang
Apotek Kasih Ibu | {jalan:1} | {otel:1}
Apotek Kimia Farma | {jalan:2} | {otel:2}
Apotek Sehat Oebobo | {jalan:3} | {owa:1}
~~~
Daftar paket pekerjaan jalan {thn:d1}
No | Paket | Penyedia | NPWP Penyedia | Nilai
1 | Hotmix {jalan:1} | {cv:1} | {npwpb:1} | {?Rp 1.240.000.000|Rp 980.500.000}
2 | Talud {jalan:2} | {cv:2} | {npwpb:2} | {?Rp 455.000.000|Rp 610.700.000}
~~~
Rekap laporan per kanal, {bln:b1}
Kanal | Jumlah
SMS 1708 | {n:1}
LAPOR! web | {n:2}
WA {owa:1} | {n:3}
Telepon {otel:1} | {n:4}
~~~
Jadwal posyandu bulan {bln:d1}
Lokasi | Hari | Jam
Posyandu Bunga Bakung | {hari:d2} | {jam:p1}
Posyandu Kasih Ibu | {hari:d3} | {jam:p2}
Kontak Puskesmas {pkm:1}: {otel:1}
~~~
Jadwal angkut sampah DLH
Kel. {kel:1}: Senin, Kamis
Kel. {kel:2}: Selasa, Jumat
Kel. {kel:3}: Rabu, Sabtu
Pengaduan: {owa:1}
~~~
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{scam:1} | undian berhadiah | {tgl:b1}
{scam:2} | mengaku petugas bansos | {tgl:b2}
{scam:3} | kirim link APK | {tgl:d1}
~~~
Penerima honor TKS Puskesmas {pkm:1} bulan {bln:d1}
Nama | NIK | NPWP | Rekening Bank NTT
[[name:{full:w1}]] | [[{nikp:w1}]] | [[{npwp:w1}]] | [[{bntt:w1}]]
[[name:{full:m1}]] | [[{nikp:m1}]] | [[{npwpn:m1}]] | [[{bntt:m1}]]
[[name:{full:yw1}]] | [[{nikp:yw1}]] | [[{npwp:yw1}]] | [[{bntt:yw1}]]
~~~
Wajib pajak restoran orang pribadi - Bapenda
Nama Pemilik | NPWP Pribadi | NPWPD | Usaha
[[name:{full:w1}]] | [[{npwp:w1}]] | P.2.{n:1}.0{n:2} | warung nasi
[[name:{full:m1}]] | [[{npwp:m1}]] | P.2.{n:3}.0{n:4} | kedai kopi
[[name:{full:w2}]] | [[{npwpn:w2}]] | P.2.{n:5}.0{n:6} | katering rumahan
""",
    "kupang_malay": r"""
Selamat siang bapa mama di kantor. Beta [[name:{full:yw1}]], anak kos di [[address:{addr:w2}]].
  Beta su keluar dari kos tapi ibu kos [[name:{full:w2}]] sonde mau kembalikan uang jaminan {?Rp
  500.000|Rp 600.000|Rp 750.000}. Beta su minta bae-bae, dia marah-marah. Beta pung nomor
  [[{hp:yw1}]].
~~~
Pak Lurah, Om [[name:{first:m2}]] pung kandang babi di belakang beta pung rumah bau sampe masuk
  kamar. Katong di [[address:{rt:w1}]] su tegur dia dua kali, dia bilang "sonde ada urusan".
  Tolong lia dolo. Dari [[name:{first:w1}]]
~~~
Beta pung sepupu [[name:{full:m2}]] pake beta pung KTP buat pinjam uang di koperasi. Beta pung
  NIK [[{nik:m1}]]. Sekarang koperasi datang tagih beta. Beta sonde pernah tanda tangan apa-apa.
  Tolong bantu. [[name:{full:m1}]]
~~~
Tadi pagi ojek online tabrak beta pung anak [[name:{first:cw1}]] di depan {sek:1} lalu lari.
  Motor Scoopy putih, plat [[{plate:m2}]]. Anak luka di kaki. Beta [[name:{full:w1}]], HP
  [[{hp:w1}]].
~~~
Beta pung bapa su meninggal dua taon lalu, tapi NPWP bapa [[{npwp:om1}]] masih dapat surat
  teguran dari kantor pajak. Bapa pung nama [[name:{full:om1}]]. Beta mesti urus di mana? -
  [[name:{full:w1}]]
~~~
Bendahara minta NPWP semua guru honor. Ini punya sy [[{npwpn:w1}]]. Tapi katanya NIK sonde bisa
  dipake di aplikasi sekolah. Katong mesti bikin apa? [[name:{full:w1}]], guru honor {sek:1}
~~~
Kalo ada orang meninggal dan perlu tenda deng kursi, Om [[name:{full:m2}]] ada tenda, nomornya
  [[{hp:m2}]]. Harga murah, dia orang baik. Ini info dari beta [[name:{first:w1}]], sonde ada
  urusan deng kelurahan.
~~~
Nomor {scam:1} tu bilang dia dari Bapenda, suru beta bayar pajak motor lewat dia. Beta sonde
  kasi. Beta pung nomor sendiri [[{hp:m1}]], kalo mau tanya. Salam, [[name:{full:m1}]]
~~~
Beta su kirim berkas lamaran PPPK tapi sonde ada balasan. Kalo ada info, tolong kirim ke email
  beta [[{mail:yw1}]] ko telpon [[{hp:yw1}]]. Makasi banyak. - [[name:{first:yw1}]]
~~~
Dong pung anak, dong panggil dia [[name:{nick:cm2}]], tiap sore lempar batu ke beta pung atap
  seng. Atap su bocor. Beta su bilang ke dia pung bapa, [[name:{full:m2}]], tapi sonde ada
  perubahan. Beta di [[address:{addrrt:w1}]]. [[name:{first:w1}]]
~~~
Beta pung laki pung KK lama [[{kk:m1}]], KK baru sonde jadi-jadi. Di KK lama beta pung nama
  masih tatulis [[name:{full:w1}]], padahal su kawin. Beta [[name:{full:w1}]], NIK [[{nik:w1}]].
~~~
Beta [[name:{given:xm1}]], nomor [[{hp:xm1}]]. Beta tinggal di [[address:{addr:xm1}]] su 5 taon,
  tapi KTP masih Bali. Mau pindah jadi KTP Kupang, mesti bawa apa sa?
~~~
Uang PIP beta pung anak katanya su masuk ke rek BNI beta [[{bni:w1}]], tapi beta cek sonde ada.
  Atas nama [[name:{full:w1}]]. Tolong cek ee.
~~~
Beta pung motor hilang di depan {gereja:1} waktu ibadah pagi. Vario item plat [[{plate:m1}]]. Su
  lapor polisi tapi belum ada kabar. [[name:{full:m1}]], [[{hp:m1}]]
~~~
Oma [[name:{full:ow1}]] pung kartu BPJS [[{bpjs:ow1}]] sonde bisa pake di puskesmas, katanya
  nonaktif. Oma su tua, sonde bisa jalan jauh. Kalo mau hubungi, cucu [[name:{first:ym1}]] di
  [[{hp:ym1}]].
~~~
HP beta ganti. Nomor lama [[{hpp:w1}]] su mati, nomor baru [[{hp:w2}]]. Tolong ganti di data
  bansos. Beta [[name:{full:w1}]], [[address:{rt1:w1}]] Kel. {kel:1}.
~~~
Jalan di {jalan:1} dekat {pasar:1} su rusak parah, lobang besar-besar. Kalo ujan oto deng motor
  jatu. Tolong pemerintah perbaiki ko.
~~~
Sampah di {pasar:1} su tatumpuk sampe ke jalan, bau sekali. Truk sampah sonde datang su satu
  minggu. Dinas tolong angkut.
~~~
Aer PDAM di Kel. {kel:1} sonde jalan su satu minggu. Beta telpon {otel:1} sonde ada yang angkat.
  Katong beli aer tangki {?Rp 100.000|Rp 150.000} satu kali. Tolong ee.
~~~
Ada orang datang ke rumah-rumah di Kel. {kel:1} bilang dong petugas sensus, minta uang {rp:t1}
  per rumah. Beta rasa itu tipu-tipu. Kelurahan tolong kasi tau warga.
~~~
Oto angkot lampu {?5|7|10} pasang musik keras sekali, anak sekolah sonde bisa omong. Sopir juga
  isap rokok dalam oto. Dishub tolong tegur.
~~~
Listrik di {kel:1} mati dari jam {jam:m1} sampe pagi, sonde ada pemberitahuan. Beta su telpon
  PLN 123 dong bilang gangguan. Tiap minggu begini.
~~~
Lampu merah di perempatan {jalan:1} rusak su tiga hari, oto deng motor baku tabrak. Polisi lalu
  lintas tolong jaga.
~~~
Makasi banyak Pemkot Kupang, beta pung anak di {sek:1} dapat seragam gratis {hari:b1} kemarin.
  Semoga taun depan lanjut. Tuhan berkati.
~~~
WA Dukcapil {owa:1} tu resmi ko sonde? Beta kirim foto KK ke situ tapi sonde ada balasan su tiga
  hari.
~~~
Ada info di grup bilang KTP lama sonde berlaku lagi mulai bulan {bln:d2}, mesti ganti bayar
  {rp:s1}. Itu hoax ko betul? Dukcapil tolong jelaskan.
~~~
Beta pung NPWP lama [[{npwp:w1}]], ma dong bilang sekarang pake NIK sa, [[{npwpn:w1}]]. Jadi
  yang mana yang beta tulis di formulir? Beta [[name:{full:w1}]].
~~~
Beta mau daftar usaha jual kue, ma dong minta NPWP. Beta pung laki pung NPWP [[{npwp:m1}]],
  boleh pake ko sonde? Laki nama [[name:{full:m1}]]. Beta [[name:{first:w1}]], WA [[{hp:w1}]].
""",
}


if __name__ == "__main__":
    main()
