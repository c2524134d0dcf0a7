"""Write the nineteenth blind redaction corpus, ``redaction_blind_v19.jsonl``.

Hand-written templates, ten styles, labels inline; every value comes from one seeded generator,
so two runs write the same file byte for byte. See ``README-redaction-v19.md`` for the syntax, the
checks and what the texts hold. Run it from anywhere::

    python tests/data/blind/make_redaction_blind_v19.py
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

SEED = 20270119
FILL_TIMES = 3
MAX_DRAWS = 400
OUT = Path(__file__).with_name("redaction_blind_v19.jsonl")
KINDS = {
    "nik",
    "kk",
    "npwp",
    "phone",
    "email",
    "bpjs",
    "bank_account",
    "plate",
    "name",
    "address",
}

# --------------------------------------------------------------------------- pools


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


MEN = _words(
    "Yohanes Fransiskus Marthen Yakobus Agustinus Melkianus Dominggus Yosef Petrus Paulus "
    "Stefanus Simon Daniel Ebed Obed Markus Lukas Matias Yermias Nikodemus Aleksander Benyamin "
    "Kornelis Hendrik Roni Deki Viktor Gabriel Yulius Emanuel Arnoldus Blasius Kristoforus "
    "Ferdinand Adrianus Yunus Elias Soleman Habel Rudolf Godlief Welem Alfred Seprianus "
    "Oktovianus Novri Jemmy Andreas Piter Efraim Titus Yonathan Ricky Mesakh Yusuf Ismail "
    "Hironimus Silvester Bonefasius Yanuarius Sefnat Herman Leonard Ambrosius Salmun Zadrak"
)
WOMEN = _words(
    "Maria Agustina Yuliana Rosalina Selfina Dorkas Martha Yosefina Magdalena Ester Ruth "
    "Debora Fransiska Veronika Florentina Anastasia Theresia Priska Serly Novita Yanti Erni "
    "Marlin Selvi Meri Juliana Herlina Mince Orpa Naomi Lodia Elisabeth Bernadeta Kristina "
    "Regina Wilhelmina Apriani Lusia Yunita Oktaviana Mariana Sofia Imelda Helena Karolina "
    "Margaretha Yohana Ludia Adriana Fince Asnat Welmince Dortea Getruida Hermina Yasinta "
    "Emerensiana Paulina Sance Yofita Nurhayati Siti"
)
YOUNG_MEN = _words(
    "Jefri Kenzo Aldi Nando Rival Brian Jordan Ryan Dimas Vino Gilbert Kevin Rendy Frengky "
    "Yosua Marvel Gerald Aprianus Yandri Juan Christian Farel Steven Rio"
)
YOUNG_WOMEN = _words(
    "Gresia Keysha Queen Cindy Vania Tasya Chelsea Angel Kezia Natalia Greis Mikhaela Jesika "
    "Valen Anjeli Felisia Clara Aurel Sheren Priskila Yuni Nadia Febi Lia"
)
OLD_MEN = _words(
    "Lazarus Zakarias Frederik Nikolas Yohanis Isak Abraham Kornelius Gerson Hiskia Zeth "
    "Mozes Yafet Lambertus Gaspar Melkisedek"
)
OLD_WOMEN = _words(
    "Sarlota Yuditha Adelheid Katarina Sara Agusta Ribka Lea Susana Elsina Yakomina Dina "
    "Ursula Rahel Yomima Sofiana"
)
MIDDLE_M = _words("Aloysius Gregorius Damianus Laurensius Andreas Fransiskus Yosef Petrus")
MIDDLE_W = _words("Goreti Imaculata Anjelina Kristin Yosefina Theresia Rosa Lusiana")
FAMILIES = _words(
    "Ndun Manafe Tefa Benu Lay Bessie Therik Pah Nenobais Tanone Amalo Fanggidae Mooy Lobo "
    "Tnunay Boimau Sabneno Nubatonis Tlonaen Liunokas Taopan Kapioru Henukh Pellokila Neolaka "
    "Amtiran Seran Nahak Bria Klau Kase Selan Sinlae Oematan Banunaek Tuames Toelle Adoe Lakapu "
    "Baok Laka Lomi Bana Messakh Dethan Kolimon Nalle Foenay Kiuk Sjioen Tupen Koten Kelen "
    "Haba Fanda Bolla Ludji Bire Kana Dimu Ndolu Mbatu Sanam Leo Ninu Otta Taek Meko Missa "
    "Tukan Bollu Rihi Wadu Hede Tosi Djami Tamelab Loasana Tunliu Mbana Huky Saudale Pandie"
)
FAMILIES += [
    "Riwu Kaho",
    "Ga Lena",
    "Dju Dara",
    "Mone Ratu",
    "Ludji Pau",
    "Radja Haba",
    "Bunga Lede",
]
NICKS_M = _words("Nyong Ose Aten Ongen Minggus Ucu Eki Obe Ton Anis Eto Bule Ferdi Sefa Ande")
NICKS_W = _words("Ince Ati Ela Ecy Imel Vivi Yuli Ani Ita Ona Tini Kety Osi Nel")
XENIC_M = (
    ("I Made Suarta", "I Made", "Suarta"),
    ("I Ketut Wirawan", "I Ketut", "Wirawan"),
    ("La Ode Rahman", "Rahman", "Rahman"),
    ("Umbu Tamu Ndima", "Umbu Tamu", "Ndima"),
    ("Kaharuddin Daeng Ngalle", "Kaharuddin", "Ngalle"),
    ("Go Tjong Hin", "Tjong Hin", "Go"),
    ("Budi Santoso", "Budi", "Santoso"),
    ("Petrus Kelake Tokan", "Petrus", "Tokan"),
    ("I Gede Mahendra", "I Gede", "Mahendra"),
    ("Umbu Manu Paranggi", "Umbu Manu", "Paranggi"),
    ("Lie Kian Hok", "Kian Hok", "Lie"),
    ("La Ode Sarimu", "Sarimu", "Sarimu"),
)
XENIC_W = (
    ("Ni Luh Putu Ariani", "Ni Luh Putu", "Ariani"),
    ("Wa Ode Nurmala", "Nurmala", "Nurmala"),
    ("Rambu Ana Ndakularak", "Rambu Ana", "Ndakularak"),
    ("Ong Mei Ling", "Mei Ling", "Ong"),
    ("Sri Wahyuni", "Sri", "Wahyuni"),
    ("Rosmiati Daeng Sikki", "Rosmiati", "Sikki"),
    ("Ni Made Sukerti", "Ni Made", "Sukerti"),
    ("Rambu Tamar Hambandima", "Rambu Tamar", "Hambandima"),
    ("Lie Siu Lan", "Siu Lan", "Lie"),
    ("Maria Nogo Ola", "Maria Nogo", "Ola"),
)
# regency code, its town, districts
REGENCIES = (
    ("5371", "Kupang", 6),
    ("5301", "Oelamasi", 24),
    ("5302", "Soe", 32),
    ("5303", "Kefamenanu", 24),
    ("5304", "Atambua", 12),
    ("5305", "Kalabahi", 17),
    ("5307", "Maumere", 21),
    ("5308", "Ende", 21),
    ("5311", "Waingapu", 22),
    ("5313", "Lewoleba", 9),
    ("5314", "Baa", 11),
    ("5320", "Seba", 6),
)
KELURAHAN = (
    ("Oebobo", "Oebobo"),
    ("Oebufu", "Oebobo"),
    ("Fatululi", "Oebobo"),
    ("Kayu Putih", "Oebobo"),
    ("Liliba", "Oebobo"),
    ("Tuak Daun Merah", "Oebobo"),
    ("Oetete", "Oebobo"),
    ("Naikoten I", "Kota Raja"),
    ("Naikoten II", "Kota Raja"),
    ("Bakunase", "Kota Raja"),
    ("Kuanino", "Kota Raja"),
    ("Airnona", "Kota Raja"),
    ("Nunleu", "Kota Raja"),
    ("Oesapa", "Kelapa Lima"),
    ("Oesapa Barat", "Kelapa Lima"),
    ("Lasiana", "Kelapa Lima"),
    ("Kelapa Lima", "Kelapa Lima"),
    ("Maulafa", "Maulafa"),
    ("Penfui", "Maulafa"),
    ("Sikumana", "Maulafa"),
    ("Kolhua", "Maulafa"),
    ("Naimata", "Maulafa"),
    ("Oepura", "Maulafa"),
    ("Fatukoa", "Maulafa"),
    ("Alak", "Alak"),
    ("Namosain", "Alak"),
    ("Nunbaun Sabu", "Alak"),
    ("Manulai II", "Alak"),
    ("Manutapen", "Alak"),
    ("Batuplat", "Alak"),
    ("Fontein", "Kota Lama"),
    ("Oeba", "Kota Lama"),
    ("Solor", "Kota Lama"),
    ("Bonipoi", "Kota Lama"),
    ("Airmata", "Kota Lama"),
    ("Pasir Panjang", "Kota Lama"),
)
PUSKESMAS = _words(
    "Oebobo Oepoi Bakunase Sikumana Penfui Oesapa Pasir_Panjang Alak Manutapen Naioni "
    "Kupang_Kota Kota_Raja"
)
SCHOOLS_SD = _words(
    "SD Inpres Oepura 2|SDN Oetete 1|SD Inpres Kayu Putih|SDN Bakunase 2|SD GMIT Naikoten 1|"
    "SDI Liliba|SDN Sikumana 3|SD Inpres Oesapa Kecil|SDK Don Bosco 2|SDN Fontein 1",
    "|",
)
SCHOOLS_SMP = _words(
    "SMPN 2 Kupang|SMPN 5 Kupang|SMPN 8 Kupang|SMPN 13 Kupang|SMPK Giovanni|SMPN 16 Kupang", "|"
)
SCHOOLS_SMA = _words(
    "SMAN 1 Kupang|SMAN 3 Kupang|SMAN 6 Kupang|SMKN 2 Kupang|SMKN 4 Kupang|SMAK Giovanni", "|"
)
MARKETS = _words("Oebobo|Kasih Naikoten|Oeba|Kuanino|Oesapa|Penfui|Kampung Solor", "|")
PUBLIC_STREETS = _words(
    "Jl. El Tari|Jl. Frans Seda|Jl. Piet A. Tallo|Jl. W.J. Lalamentik|Jl. Adisucipto|"
    "Jl. Timor Raya|Jl. Soeharto|Jl. Prof. Dr. Herman Yohanes|Jl. Sam Ratulangi|"
    "Jl. Jend. Sudirman|Jl. Cak Doko|Jl. Frans Lebu Raya|Jl. Alfons Nisnoni|Jl. Moh. Hatta|"
    "Jl. Ahmad Yani|Jl. Kapten Tendean|Jl. Ade Irma Suryani|Jl. Bundaran PU|Jl. Fetor Funay",
    "|",
)
HOME_STREETS = _words(
    "Nangka Kenari Sukun Rote Flores Amabi Bakti Nuri Merpati Kakatua Jambu Kelapa Lontar "
    "Cendana Herewila Palapa Bajawa Manggis Kecapi Delima Mawar Anggrek Kamboja Beringin "
    "Kedondong Srikaya Matani Oebufu_Raya Kartini Sumba Alor Sabu Ikan_Paus Tuna Kerapu "
    "Perintis_Kemerdekaan Fetor_Funay Sam_Ratulangi Kejora Badak Kancil Rusa Timor_Raya"
)
LANES = _words("Sepakat Damai Rukun Harapan Kasih Mawar Melati Sejahtera Bahagia Bersatu")
HOSPITALS = _words(
    "RSUD Prof. Dr. W. Z. Johannes|RS Bhayangkara Drs. Titus Uly|RSUD S.K. Lerik|"
    "RS St. Carolus Borromeus|RS Siloam Kupang|RS Leona|RS Mamami|RSAU El Tari",
    "|",
)
HOSTS = _words(
    "gmail.com gmail.com gmail.com gmail.com yahoo.com yahoo.co.id ymail.com rocketmail.com "
    "outlook.com hotmail.com"
)
OFFICE_HOSTS = _words("kupangkota.go.id nttprov.go.id undana.ac.id guru.belajar.id kupangkab.go.id")
TOWNS = {r[0]: r[1] for r in REGENCIES}
REGENCY_NAMES = {
    "5371": "KOTA KUPANG",
    "5301": "KABUPATEN KUPANG",
    "5302": "KABUPATEN TIMOR TENGAH SELATAN",
    "5303": "KABUPATEN TIMOR TENGAH UTARA",
    "5304": "KABUPATEN BELU",
    "5305": "KABUPATEN ALOR",
    "5307": "KABUPATEN SIKKA",
    "5308": "KABUPATEN ENDE",
    "5311": "KABUPATEN SUMBA TIMUR",
    "5313": "KABUPATEN LEMBATA",
    "5314": "KABUPATEN ROTE NDAO",
    "5320": "KABUPATEN SABU RAIJUA",
}
MONTHS = _words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
MOBILE_PREFIXES = _words(
    "0811 0812 0813 0821 0822 0823 0852 0853 0851 0814 0815 0816 0855 0856 0857 0858 0817 "
    "0818 0819 0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0887 0888"
)
OCR_OUT = {"0": "O", "1": "l", "8": "B", "5": "S"}
OCR_IN = {"O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "S": "5", "B": "8"}

TITLES = {
    t.lower()
    for t in _words(
        "Bapak Ibu Pak Bu Bpk Sdr Sdri Ny Om Tanta Mama Bapa Oma Opa Kak Kaka Nona Bidan Guru "
        "Lurah Camat Ketua Serka Bripka Aipda Brigpol Pdt Dr Drs Almarhum Alm Almh Pelapor "
        "Petugas Pasien Kader Penelepon Ttd Sy Saya Beta Nama Yth Dear Mr Mrs Ms Saudara Hormat "
        "Salam Perawat Dokter Pendeta Romo Pastor Ustad Haji Hj Adik Ade Anak Istri Suami Nenek "
        "Kakek Dari From To Kepada Penerima Pemohon Pemilik Pembeli Penjual Tetangga Warga"
    )
}
ADDRESS_START = re.compile(
    r"(Jl\.|Jln\.?|Jalan|Gg\.|Gang|RT|Perumnas|Perum|Kompleks|BTN|Griya|Lr\.|\d{3}/\d{3})", re.I
)
PLATE_SHAPE = re.compile(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{1,3}", re.I)
DODGES = (" at ", "(at)", "[at]", "(keong)", "[@]", "(et)")
NUMERIC = {
    "nik": (15, 17),
    "kk": (16, 16),
    "npwp": (15, 16),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}


def to_digits(value: str) -> str:
    """The digits of a number, letters read for digits mapped back."""
    return "".join(OCR_IN.get(c, c) for c in value if c.isdigit() or c in OCR_IN)


def ocr(value: str, rng: random.Random, share: float = 0.35) -> str:
    """A number as a scan or a hand reads it: some digits turned into letters."""
    out = []
    for c in value:
        if c in OCR_OUT and rng.random() < share:
            out.append("I" if c == "1" and rng.random() < 0.4 else OCR_OUT[c])
        else:
            out.append(c)
    result = "".join(out)
    return result if result != value else value.replace("0", "O", 1)


def scan_name(value: str, rng: random.Random) -> str:
    """A name as a scan reads it: a stray space inside a word, or a digit for a letter."""
    words = value.split(" ")
    at = max(range(len(words)), key=lambda i: (len(words[i]), i))
    word = words[at]
    if rng.random() < 0.5 and len(word) >= 5:
        cut = rng.randint(2, len(word) - 2)
        words[at] = word[:cut] + " " + word[cut:]
    else:
        for letter, digit in (("S", "5"), ("O", "0"), ("B", "8"), ("I", "1")):
            if letter in word[1:]:
                words[at] = word[0] + word[1:].replace(letter, digit, 1)
                break
        else:
            return value
    return " ".join(words)


def groups(value: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(value[at : at + size])
        at += size
    if at < len(value):
        out.append(value[at:])
    return sep.join(out)


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


# --------------------------------------------------------------------------- people


class Person:
    """One invented person of one text: every value the templates can ask of them."""

    def __init__(self, key: str, text: Fill) -> None:
        rng = text.rng
        self.rng = rng
        prefix = re.match(r"[a-z]+", key).group(0)
        self.woman = prefix.endswith("w")
        year = {
            "y": (1998, 2006),
            "c": (2008, 2021),
            "o": (1938, 1960),
        }.get(prefix[0] if len(prefix) == 2 else "", (1962, 1988))
        self.year = rng.randint(*year)
        if prefix[0] == "x":
            self.year = rng.randint(1965, 1995)
            pool = XENIC_W if self.woman else XENIC_M
            choices = [p for p in pool if not text.taken(p[1], p[2])]
            self.full, self.given, self.fam = rng.choice(choices)
            self.first = self.given
        else:
            pool = {
                "m": MEN,
                "w": WOMEN,
                "ym": YOUNG_MEN,
                "yw": YOUNG_WOMEN,
                "cm": YOUNG_MEN + MEN[:30],
                "cw": YOUNG_WOMEN + WOMEN[:30],
                "om": OLD_MEN + MEN[:20],
                "ow": OLD_WOMEN + WOMEN[:20],
            }[prefix]
            self.first = text.pick(pool)
            self.given = self.first
            if prefix in {"m", "w", "om", "ow"} and rng.random() < 0.3:
                middle = text.pick(MIDDLE_W if self.woman else MIDDLE_M)
                self.given = f"{self.first} {middle}"
            if prefix[0] == "c" and rng.random() < 0.8:
                self.fam = text.person("m" + (re.sub(r"\D", "", key) or "1")).fam
            else:
                self.fam = text.pick(FAMILIES)
            self.full = f"{self.given} {self.fam}"
        self.nick = text.pick(NICKS_W if self.woman else NICKS_M)
        if key.endswith("k") or rng.random() < 2 / 3:
            self.reg, districts = "5371", 6
        else:
            code = rng.choice(REGENCIES[1:])
            self.reg, districts = code[0], code[2]
        self.town = TOWNS[self.reg]
        self.district = f"{rng.randint(1, districts):02d}"
        self.day, self.month = rng.randint(1, 28), rng.randint(1, 12)
        day = self.day + (40 if self.woman else 0)
        serial = f"{rng.choice((0, 0, 0, 1)) * 1000 + rng.randint(1, 260):04d}"
        self.nikp = (
            f"{self.reg}{self.district}{day:02d}{self.month:02d}{self.year % 100:02d}{serial}"
        )
        self.nik = rng.choice(
            (
                self.nikp,
                self.nikp,
                self.nikp,
                groups(self.nikp, (4, 4, 4, 4), " "),
                groups(self.nikp, (4, 4, 4, 4), " "),
                groups(self.nikp, (2, 2, 2, 6, 4), "."),
            )
        )
        issue = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(5, 25):02d}"
        self.kkp = f"{self.reg}{self.district}{issue}{rng.randint(1, 3999):04d}"
        self.kk = rng.choice((self.kkp, self.kkp, groups(self.kkp, (4, 4, 4, 4), " ")))
        head = rng.choice(("24", "09", "47", "58", "66", "75", "81", "92", "15", "35", "44"))
        body = head + digits(rng, 7) + rng.choice(("920", "921", "922")) + "000"
        self.npwpd = f"{body[:2]}.{body[2:5]}.{body[5:8]}.{body[8]}-{body[9:12]}.{body[12:]}"
        self.npwps = groups(body, (2, 3, 3, 1, 3, 3), " ")
        self.npwp = self.npwpd if rng.random() < 0.8 else self.npwps
        self.npwpo = self.npwpd[:-3] + "OOO"
        card = "000" + str(rng.randint(1, 3)) + digits(rng, 9)
        self.bpjsp = card
        self.bpjs = card if rng.random() < 0.7 else groups(card, (4, 4, 4, 1), " ")
        self.hpp = rng.choice(MOBILE_PREFIXES) + digits(rng, rng.choice((7, 8, 8, 8)))
        self.hp = self.write_mobile(self.hpp)
        self.homep = "0380" + "8" + digits(rng, 5)
        line = self.homep[4:]
        self.home = rng.choice(
            (
                f"0380 {line}",
                f"(0380) {line}",
                f"0380-{line}",
                f"(0380) {line[:3]} {line[3:]}",
            )
        )
        self.mailbox(text)
        self.accounts()
        letters = "DH"
        if self.reg in {"5307", "5308", "5313"}:
            letters = "EB"
        elif self.reg == "5311":
            letters = "ED"
        suffix = "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2)))
        )
        number = str(rng.randint(1, 9999))
        self.plate = rng.choice(
            (
                f"{letters} {number} {suffix}",
                f"{letters} {number} {suffix}",
                f"{letters}{number}{suffix}",
            )
        )
        self.home_address(text)

    def write_mobile(self, p: str) -> str:
        rng = self.rng
        rest = p[1:]
        return rng.choice(
            (
                p,
                p,
                p,
                groups(p, (4, 4), "-"),
                groups(p, (4, 4), " "),
                groups(p, (4, 4), "."),
                "+62 " + groups(rest, (3, 4), "-"),
                "+62" + rest,
                "62" + rest,
                "62 " + groups(rest, (3, 4), " "),
            )
        )

    def mailbox(self, text: Fill) -> None:
        rng = self.rng
        first = self.first.lower().replace(" ", "")
        fam = self.fam.lower().replace(" ", "")
        number = str(rng.randint(1, 99)) if rng.random() < 0.6 else str(self.year)
        local = rng.choice(
            (
                f"{first}.{fam}{number}",
                f"{fam}{first}{number}",
                f"{first}_{fam}",
                f"{first}{fam[:3]}{number}",
                f"{fam}.{first}",
                f"{first}{number}",
            )
        )
        host = rng.choice(HOSTS)
        self.mloc, self.mhost = local, host
        self.mail = f"{local}@{host}"
        self.mailk = f"{first}.{fam}@{rng.choice(OFFICE_HOSTS)}"
        name, dot, tld = host.partition(".")
        tld_words = tld.replace(".", " dot ")
        self.maild = rng.choice(
            (
                f"{local} @ {host}",
                f"{local} @{host}",
                f"{local}@ {host}",
                f"{local}(at){host}",
                f"{local} [at] {name} [dot] {tld.replace('.', ' [dot] ')}",
                f"{local} at {name} dot {tld_words}",
                f"{local}(keong){name}(titik){tld.replace('.', '(titik)')}",
                f"{local}[@]{host}",
                f"{local}@{name},{tld}",
            )
        )
        del text, dot

    def accounts(self) -> None:
        rng = self.rng
        bri = f"{digits(rng, 4)}-01-{digits(rng, 6)}-5{rng.randint(0, 3)}-{rng.randint(0, 9)}"
        self.rekbri = bri if rng.random() < 0.6 else bri.replace("-", "")
        self.rekbni = "0" + str(rng.randint(1, 9)) + digits(rng, 8)
        mdr = f"1{rng.choice(('61', '52', '43', '80'))}00{digits(rng, 9)}"
        self.rekmdr = mdr if rng.random() < 0.5 else groups(mdr, (3, 2, 7), "-")
        self.rekbca = str(rng.randint(1, 8)) + digits(rng, 9)
        self.rekbsi = "7" + digits(rng, 9)
        ntt = f"{rng.choice(('001', '002', '010', '031'))}.01.{rng.choice(('02', '03'))}."
        ntt += f"{digits(rng, 6)}-{rng.randint(0, 9)}"
        self.rekntt = ntt if rng.random() < 0.7 else to_digits(ntt)

    def home_address(self, text: Fill) -> None:
        rng = self.rng
        street = text.pick(HOME_STREETS).replace("_", " ")
        number = f"{rng.randint(1, 140)}{rng.choice(('', '', '', '', 'A', 'B'))}"
        self.addr = rng.choice(
            (
                f"Jl. {street} No. {number}",
                f"Jl. {street} No. {number}",
                f"Jl. {street} No {number}",
                f"Jl. {street} Gg. {rng.randint(1, 9)} No. {number}",
                f"Gg. {rng.choice(LANES)} No. {number}",
                f"Jln. {street} no {number}",
                f"Jalan {street} Nomor {number}",
                f"Perumnas Blok {rng.choice('ABCDEFGHK')} No. {number}",
            )
        )
        rt, rw = rng.randint(1, 45), rng.randint(1, 15)
        self.rt = rng.choice(
            (
                f"RT {rt:02d}/RW {rw:02d}",
                f"RT {rt:03d}/RW {rw:03d}",
                f"RT {rt:02d} RW {rw:02d}",
                f"RT {rt} RW {rw}",
                f"RT.{rt:02d}/RW.{rw:02d}",
                f"RT {rt:03d}/{rw:03d}",
            )
        )
        self.rtk = f"{rt:03d}/{rw:03d}"

    def value(self, gen: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen == "nik1":
            return self.nikp[:8]
        if gen == "nik2":
            return self.nikp[8:]
        if gen == "niko":
            return ocr(self.nikp, rng)
        if gen == "kko":
            return ocr(self.kkp, rng)
        if gen == "bpjso":
            return ocr(self.bpjsp, rng)
        if gen == "hpo":
            return (
                ocr(self.hpp, rng, 0.3)
                if rng.random() < 0.5
                else groups(ocr(self.hpp, rng), (4, 4), "-")
            )
        if gen == "npwpn":
            return self.nikp
        if gen == "dob":
            return f"{self.day:02d}-{self.month:02d}-{self.year}"
        if gen == "dobl":
            return f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if gen == "age":
            return str(2026 - self.year)
        if gen == "pob":
            return self.town
        if gen == "sex":
            return "PEREMPUAN" if self.woman else "LAKI-LAKI"
        if gen == "fullo":
            return scan_name(self.full.upper(), rng)
        if gen == "kab":
            return REGENCY_NAMES[self.reg]
        if gen == "ini":
            return f"{self.first[0]}. {self.fam}"
        return getattr(self, gen)


PERSON_GENS = {
    "full": "name",
    "given": "name",
    "first": "name",
    "fam": "name",
    "nick": "name",
    "ini": "name",
    "fullo": "name",
    "nik": "nik",
    "nikp": "nik",
    "niko": "nik",
    "nik1": "nik",
    "nik2": "nik",
    "kk": "kk",
    "kkp": "kk",
    "kko": "kk",
    "npwp": "npwp",
    "npwpd": "npwp",
    "npwps": "npwp",
    "npwpn": "npwp",
    "npwpo": "npwp",
    "bpjs": "bpjs",
    "bpjsp": "bpjs",
    "bpjso": "bpjs",
    "hp": "phone",
    "hpp": "phone",
    "hpo": "phone",
    "home": "phone",
    "mail": "email",
    "maild": "email",
    "mailk": "email",
    "mloc": "email",
    "mhost": "email",
    "rekbri": "bank_account",
    "rekbni": "bank_account",
    "rekmdr": "bank_account",
    "rekbca": "bank_account",
    "rekbsi": "bank_account",
    "rekntt": "bank_account",
    "plate": "plate",
    "addr": "address",
    "rt": "address",
    "rtk": "address",
    "dob": "",
    "dobl": "",
    "age": "",
    "pob": "",
    "sex": "",
    "town": "",
    "kab": "",
}

DAYS = _words("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")


class Fill:
    """The values of one filling of one template: people and look-alikes, one per key."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.people: dict[str, Person] = {}
        self.memo: dict[tuple[str, str], str] = {}
        self.names: set[str] = set()

    def taken(self, *words: str) -> bool:
        return any(w in self.names for w in words)

    def pick(self, pool: list[str] | tuple[str, ...]) -> str:
        value = self.rng.choice([p for p in pool if p not in self.names])
        self.names.add(value)
        return value

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(key, self)
            self.names.update((self.people[key].given, self.people[key].fam))
        return self.people[key]

    def value(self, gen: str, key: str) -> str:
        if (gen, key) not in self.memo:
            if gen in PERSON_GENS:
                self.memo[gen, key] = self.person(key).value(gen)
            else:
                self.memo[gen, key] = OTHER[gen](self, key)
        return self.memo[gen, key]

    # look-alikes and places -------------------------------------------------------------

    def kel_pair(self, key: str) -> tuple[str, str]:
        if ("_kel", key) not in self.memo:
            used = {v for (g, _), v in self.memo.items() if g == "_kel"}
            pair = self.rng.choice([k for k in KELURAHAN if "|".join(k) not in used])
            self.memo["_kel", key] = "|".join(pair)
        kel, kec = self.memo["_kel", key].split("|")
        return kel, kec

    def phone_like(self, prefixes: tuple[str, ...] | list[str]) -> str:
        rng = self.rng
        p = rng.choice(prefixes) + digits(rng, rng.choice((7, 8, 8)))
        return rng.choice(
            (
                p,
                groups(p, (4, 4), "-"),
                groups(p, (4, 4), " "),
                "+62 " + groups(p[1:], (3, 4), "-"),
                "+62" + p[1:],
                "62" + p[1:],
            )
        )

    def office_line(self) -> str:
        line = "8" + digits(self.rng, 5)
        return self.rng.choice(
            (f"(0380) {line}", f"0380-{line}", f"(0380) {line[:3]} {line[3:]}", f"0380 {line}")
        )

    def date(self, key: str) -> tuple[int, int, int]:
        if ("_date", "") not in self.memo:
            base = self.rng.randint(1, 300)
            while (datetime.date(2026, 1, 1) + datetime.timedelta(base - 1)).weekday() > 4:
                base = self.rng.randint(1, 300)
            self.memo["_date", ""] = str(base)
        base = int(self.memo["_date", ""])
        step = int(re.sub(r"\D", "", key) or 1) - 1
        if ("_step", key) not in self.memo:
            self.memo["_step", key] = str(step * self.rng.randint(2, 9))
        day_of_year = base + int(self.memo["_step", key])
        month_days = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
        month = 0
        while day_of_year > month_days[month]:
            day_of_year -= month_days[month]
            month += 1
        return day_of_year, month + 1, 2026

    def time(self, key: str) -> str:
        period = key[0]
        order = int(key[1:] or 1)
        if ("_base", period) not in self.memo:
            start = {"p": (7, 10), "s": (12, 15), "m": (19, 21)}[period]
            self.memo["_base", period] = str(
                self.rng.randint(*start) * 60 + self.rng.randint(0, 50)
            )
        minutes = int(self.memo["_base", period])
        for i in range(2, order + 1):
            if ("_inc", f"{period}{i}") not in self.memo:
                self.memo["_inc", f"{period}{i}"] = str(self.rng.randint(1, 14))
            minutes += int(self.memo["_inc", f"{period}{i}"])
        return f"{minutes // 60:02d}.{minutes % 60:02d}"


def _amount(fill: Fill, key: str) -> str:
    rng = fill.rng
    low, high, step = {
        "t": (1, 10, 1),
        "s": (5, 100, 5),
        "m": (100, 2500, 25),
        "l": (2500, 60000, 250),
    }[key[0]]
    value = rng.randrange(low, high, step) * 1000
    text = f"{value:,}".replace(",", ".")
    return rng.choice((f"Rp {text}", f"Rp{text}", f"Rp. {text}", f"Rp {text}"))


def _date(fill: Fill, key: str) -> str:
    day, month, year = fill.date(key)
    return f"{day:02d}/{month:02d}/{year}"


def _date_long(fill: Fill, key: str) -> str:
    day, month, year = fill.date(key)
    return f"{day} {MONTHS[month - 1]} {year}"


def _body_account(fill: Fill, key: str) -> str:
    rng = fill.rng
    ntt = f"{rng.choice(('001', '002', '010'))}.01.0{rng.randint(1, 3)}."
    ntt += f"{digits(rng, 6)}-{rng.randint(0, 9)}"
    bri = f"{digits(rng, 4)}-01-{digits(rng, 6)}-30-{rng.randint(0, 9)}"
    if key == "ntt":
        return ntt
    if key == "bri":
        return bri
    return rng.choice((ntt, bri, "0" + digits(rng, 9)))


def _ticket(fill: Fill, key: str) -> str:
    rng = fill.rng
    del key
    return rng.choice(
        (
            f"LPR-2026-{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 4)}",
            f"#{rng.randint(2601, 2611)}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"LAPOR-5371-2026-{digits(rng, 5)}",
            f"{rng.randint(2601, 2611)}{digits(rng, 7)}",
        )
    )


def _letter(fill: Fill, key: str) -> str:
    rng = fill.rng
    code = rng.choice(("470", "400", "503", "800", "005", "460", "140", "900"))
    unit = key.upper() if key.isalpha() else rng.choice(("DUKCAPIL", "DINSOS", "PUPR", "SETDA"))
    roman = rng.choice(("I", "III", "IV", "VI", "VIII", "IX", "X", "XI"))
    return f"{code}/{rng.randint(10, 999)}/{unit}/{roman}/2026"


OTHER = {
    "kel": lambda f, k: f.kel_pair(k)[0],
    "kec": lambda f, k: f.kel_pair(k)[1],
    "pkm": lambda f, k: f.rng.choice(PUSKESMAS).replace("_", " "),
    "sd": lambda f, k: f.rng.choice(SCHOOLS_SD),
    "smp": lambda f, k: f.rng.choice(SCHOOLS_SMP),
    "sma": lambda f, k: f.rng.choice(SCHOOLS_SMA),
    "pasar": lambda f, k: f.rng.choice(MARKETS),
    "jln": lambda f, k: f.rng.choice(PUBLIC_STREETS),
    "rs": lambda f, k: f.rng.choice(HOSPITALS),
    "ofc": lambda f, k: f.office_line(),
    "owa": lambda f, k: f.phone_like(("0811", "0812", "0813", "0821", "0822", "0852", "0853")),
    "scam": lambda f, k: f.phone_like(MOBILE_PREFIXES),
    "bnpwp": lambda f, k: (
        f"{f.rng.choice(('01', '02', '03', '31', '71', '80'))}."
        f"{digits(f.rng, 3)}.{digits(f.rng, 3)}."
        f"{f.rng.randint(0, 9)}-{f.rng.choice(('920', '921', '922'))}.000"
    ),
    "brek": _body_account,
    "tiket": _ticket,
    "va": lambda f, k: f.rng.choice(
        ("8808 " + groups(digits(f.rng, 12), (4, 4, 4), " "), "88810" + digits(f.rng, 11))
    ),
    "bill": lambda f, k: "82026" + digits(f.rng, 10),
    "rp": _amount,
    "tgl": _date,
    "tgll": _date_long,
    "jam": lambda f, k: f.time(k),
    "hari": lambda f, k: DAYS[datetime.date(*reversed(f.date(k))).weekday()],
    "nip": lambda f, k: (
        f"19{f.rng.randint(65, 95)}{f.rng.randint(1, 12):02d}{f.rng.randint(1, 28):02d} "
        f"20{f.rng.randint(5, 22):02d}{f.rng.randint(1, 12):02d} {f.rng.randint(1, 2)} "
        f"{f.rng.randint(1, 12):03d}"
    ),
    "pln": lambda f, k: "5312" + digits(f.rng, 8),
    "meter": lambda f, k: "14" + digits(f.rng, 9),
    "token": lambda f, k: groups(digits(f.rng, 20), (4, 4, 4, 4, 4), f.rng.choice(("-", " "))),
    "pdam": lambda f, k: f"{f.rng.randint(1, 9):02d}-{f.rng.randint(1, 30):02d}-{digits(f.rng, 6)}",
    "nop": lambda f, k: (
        f"53.71.0{f.rng.randint(10, 60)}.00{f.rng.randint(1, 9)}.{digits(f.rng, 3)}-"
        f"{digits(f.rng, 4)}.0"
    ),
    "surat": _letter,
    "nisn": lambda f, k: "00" + digits(f.rng, 8),
    "npsn": lambda f, k: "5030" + digits(f.rng, 4),
    "nib": lambda f, k: "9120" + digits(f.rng, 9),
    "rm": lambda f, k: f"{f.rng.randint(1, 9):02d}-{f.rng.randint(10, 99)}-{f.rng.randint(10, 99)}",
    "antri": lambda f, k: f"{f.rng.choice('ABCD')}-{f.rng.randint(1, 140):03d}",
    "trx": lambda f, k: "2026" + digits(f.rng, 12),
    "n": lambda f, k: str(
        f.rng.randint(int(k) if k.isdigit() else 2, (int(k) if k.isdigit() else 2) * 5)
    ),
    "ket": lambda f, k: f"{f.rng.randint(1, 9)}",
}

# --------------------------------------------------------------------------- templates

PLACE = re.compile(r"\{([a-z0-9]+)([\^_]?):([a-z0-9]+)\}")
AUTO = re.compile(r"\[\[\{([a-z0-9]+)([\^_]?):([a-z0-9]+)\}\]\]")
SINGLE = re.compile(r"\[\[([a-z_]+):(\{[a-z0-9]+[\^_]?:[a-z0-9]+\})\]\]")
LABEL = re.compile(r"\[\[([a-z_]+):")


def templates_of(block: str) -> list[str]:
    """The templates of one style: blocks separated by ``~~~``, continued lines joined."""
    out = []
    for raw in block.strip("\n").split("\n~~~\n"):
        lines: list[str] = []
        for line in raw.split("\n"):
            if line.startswith("  ") and lines:
                lines[-1] += " " + line.strip()
            else:
                lines.append(line)
        out.append("\n".join(lines).strip("\n"))
    return out


def choose(template: str, rng: random.Random) -> str:
    """Resolve ``{?a|b|c}`` alternatives, innermost first."""
    pattern = re.compile(r"\{\?([^{}]*(?:\{[a-z0-9]+[\^_]?:[a-z0-9]+\}[^{}]*)*)\}")
    while True:
        match = pattern.search(template)
        if not match:
            return template
        options = match.group(1).split("|")
        template = template[: match.start()] + rng.choice(options) + template[match.end() :]


def fill(template: str, rng: random.Random, style: str) -> tuple[str, list[dict[str, object]]]:
    """One text and its spans from one template."""
    mode = ""
    if template.startswith(("@CAPS\n", "@lower\n")):
        mode, template = template.split("\n", 1)
    values = Fill(rng, style)
    template = choose(template, rng)
    template = AUTO.sub(
        lambda m: f"[[{PERSON_GENS[m.group(1)]}:{{{m.group(1)}{m.group(2)}:{m.group(3)}}}]]",
        template,
    )
    singles = [SINGLE.fullmatch(m.group(0)) for m in _labels(template)]
    expected = [None if m is None else m.group(2) for m in singles]

    def put(match: re.Match[str]) -> str:
        value = values.value(match.group(1), match.group(3))
        if match.group(2) == "^":
            return value.upper()
        if match.group(2) == "_":
            return value.lower()
        return value

    filled_expected = [None if e is None else PLACE.sub(put, e) for e in expected]
    filled = PLACE.sub(put, template)
    text, spans = _strip(filled)
    if mode == "@CAPS":
        text = text.upper()
    elif mode == "@lower":
        text = text.lower()
    for span, value in zip(spans, filled_expected, strict=True):
        got = text[span["start"] : span["end"]]
        if value is not None and got.lower() != value.lower():
            raise ValueError("a span differs from its value")
        if value is not None and not mode and got != value:
            raise ValueError("a span differs from its value")
    return text, spans


def _labels(template: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\[\[[a-z_]+:.*?\]\]", template, re.S))


def _strip(marked: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    at, length, open_kind, open_start = 0, 0, "", 0
    while at < len(marked):
        match = LABEL.match(marked, at)
        if match and not open_kind:
            open_kind, open_start = match.group(1), length
            at = match.end()
            continue
        if marked.startswith("]]", at) and open_kind:
            spans.append({"kind": open_kind, "start": open_start, "end": length})
            open_kind = ""
            at += 2
            continue
        out.append(marked[at])
        length += 1
        at += 1
    if open_kind:
        raise ValueError("a label is not closed")
    return "".join(out), spans


# --------------------------------------------------------------------------- checks


def _inside(spans: list[dict[str, object]], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def _number_runs(text: str) -> list[tuple[str, list[int]]]:
    runs = []
    for match in re.finditer(r"[0-9OlIBS](?:[0-9OlIBS]|[ .\-\n](?=[0-9OlIBS]))*", text):
        chunk = match.group(0)
        if sum(c.isdigit() for c in chunk) < 6:
            continue
        found, positions = [], []
        for offset, c in enumerate(chunk):
            if c.isdigit() or c in OCR_IN:
                found.append(OCR_IN.get(c, c))
                positions.append(match.start() + offset)
        runs.append(("".join(found), positions))
    return runs


def check(text: str, spans: list[dict[str, object]], style: str) -> str:  # noqa: PLR0911, PLR0912
    """Why a filled text is wrong, or an empty string."""
    if any(m in text for m in ("[[", "]]", "{", "}", "@CAPS", "@lower")):
        return "a marker is left"
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for first, second in itertools.pairwise(ordered):
        if second["start"] < first["end"]:
            return "spans overlap"
    runs = _number_runs(text)
    for span in ordered:
        kind, value = span["kind"], text[span["start"] : span["end"]]
        if kind not in KINDS:
            return f"unknown kind {kind}"
        if not value[-1].isalnum() or (not value[0].isalnum() and value[0] not in "+("):
            return f"{kind} span has an edge: {value!r}"
        if kind == "name":
            word = re.split(r"[\s.,]+", value)[0].lower()
            if word in TITLES:
                return f"a title opens a name: {value!r}"
            if "@" in value or (any(c.isdigit() for c in value) and style != "ocr_scan"):
                return f"a name holds a digit or @: {value!r}"
            for part in set(re.findall(r"[A-Za-z]{3,}", value)):
                for hit in re.finditer(rf"(?<![A-Za-z]){re.escape(part)}(?![A-Za-z])", text, re.I):
                    if not _inside(spans, hit.start(), hit.end()):
                        return f"a name word is left: {part!r}"
        if kind in NUMERIC:
            found = to_digits(value)
            low, high = NUMERIC[kind]
            if not low <= len(found) <= high:
                return f"{kind} has {len(found)} digits: {value!r}"
            if kind == "bpjs" and not found.startswith("000"):
                return "a BPJS card not opening 000"
            tail = found[-9:]
            for number, positions in runs:
                for hit in re.finditer(f"(?={tail})", number):
                    start, end = positions[hit.start()], positions[hit.start() + len(tail) - 1] + 1
                    if not _inside(spans, start, end):
                        return f"a repeat of a {kind} is left"
        if kind == "plate":
            if not PLATE_SHAPE.fullmatch(value):
                return f"not a plate: {value!r}"
            loose = r"\s?".join(re.escape(c) for c in value.replace(" ", ""))
            for hit in re.finditer(loose, text, re.I):
                if not _inside(spans, hit.start(), hit.end()):
                    return "a repeat of a plate is left"
        if kind == "address" and not ADDRESS_START.match(value):
            return f"an address opens wrongly: {value!r}"
        if kind == "email" and "@" not in value and not any(d in value for d in DODGES):
            return f"a mailbox without @: {value!r}"
    return ""


def self_test() -> None:
    """The checker accepts a good text and refuses the faults it is there to catch."""
    good = "Sy Yohanes Ndun, HP 081234567890, NIK 5371041205890003."
    spans = [
        {"kind": "name", "start": 3, "end": 15},
        {"kind": "phone", "start": 20, "end": 32},
        {"kind": "nik", "start": 38, "end": 54},
    ]
    assert check(good, spans, "sms_1708") == "", check(good, spans, "sms_1708")
    bad = (
        (good + " Ndun lagi.", spans),
        (good, [{"kind": "name", "start": 0, "end": 15}, *spans[1:]]),
        (good + " WA 0812-3456-7890.", spans),
        (good + " WA 081234567890", spans),
        (good, [*spans[:2], {"kind": "nik", "start": 38, "end": 55}]),
        (good, [*spans, {"kind": "phone", "start": 25, "end": 30}]),
        (good + " {hp:m1}", spans),
        ("NIK 53710412058", [{"kind": "nik", "start": 4, "end": 15}]),
        ("plat DH 1234 AB", [{"kind": "plate", "start": 0, "end": 15}]),
        ("di Jl. Nangka No. 4", [{"kind": "address", "start": 7, "end": 19}]),
        ("mail yohanes.gmail.com", [{"kind": "email", "start": 5, "end": 22}]),
        ("BPJS 1234567890123", [{"kind": "bpjs", "start": 5, "end": 18}]),
    )
    for text, wrong in bad:
        assert check(text, wrong, "sms_1708"), text


def build() -> tuple[list[dict[str, object]], Counter[str], dict[str, list[int]]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    per_style: dict[str, list[int]] = {}
    for style, block in TEMPLATES.items():
        items = templates_of(block)
        clean = sum(1 for t in items if "[[" not in t)
        per_style[style] = [len(items), clean]
        for number, template in enumerate(items, start=1):
            for _ in range(FILL_TIMES):
                for _draw in range(MAX_DRAWS):
                    try:
                        text, spans = fill(template, rng, style)
                    except (ValueError, IndexError) as error:
                        problem = str(error)
                    else:
                        problem = check(text, spans, style) or ("twice" if text in seen else "")
                    if not problem:
                        break
                else:
                    raise SystemExit(f"{style} template {number}: {problem}")
                seen.add(text)
                spans.sort(key=lambda s: (s["start"], s["end"]))
                records.append({"text": text, "spans": spans, "style": style})
    rng.shuffle(records)
    kinds: Counter[str] = Counter(s["kind"] for r in records for s in r["spans"])
    return records, kinds, per_style


def main() -> None:
    self_test()
    records, kinds, per_style = build()
    lines = []
    for number, record in enumerate(records, start=1):
        item = {"id": f"xv19-{number:04d}", **record}
        lines.append(json.dumps(item, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    write = sys.stdout.write
    without = sum(1 for r in records if not r["spans"])
    write(f"{OUT.name}: {len(records)} texts, {sum(kinds.values())} spans, {without} without\n")
    write(f"SHA-256 {digest}\n")
    for kind, count in kinds.most_common():
        write(f"  {kind:13} {count}\n")
    for style, (templates, clean) in per_style.items():
        texts = [r for r in records if r["style"] == style]
        style_kinds = Counter(s["kind"] for r in texts for s in r["spans"])
        row = " ".join(f"{k}={style_kinds[k]}" for k in sorted(KINDS))
        empty = sum(1 for r in texts if not r["spans"])
        write(f"  {style:16} templates={templates} clean={clean} texts={len(texts)} ")
        write(f"without={empty} spans={sum(style_kinds.values())} {row}\n")


# One block per style; see the README for the syntax.
TEMPLATES = {
    "sms_1708": """
@CAPS
KOTKUPANG TIANG LISTRIK DEPAN RMH SY DI [[address:{addr:m1}, {rt:m1}]] KEL {kel:1}
  MIRING KE PAGAR SJK HUJAN {hari:1} KMRN. SDH LAPOR PLN BLM DATANG. SY [[{full:m1}]] HP
  [[{hp:m1}]]
~~~
@lower
kotkupang sy [[{given:w1}]] mau urus surat pindah ke {?soe|atambua|ende|kalabahi},
  petugas di kantor lurah {kel:1} minta {rp:m} baru mau proses. itu resmi ka? nik sy
  [[{nik:w1}]]
~~~
@CAPS
KOTKUPANG ANAK SY [[{first:cm1}]] DIGIGIT ANJING LIAR {tgl:1}, DI PUSKESMAS {pkm:1}
  VAKSIN RABIES KOSONG. DISURUH KE {rs:1} TP HRS BAYAR. KIS ANAK [[{bpjs:cm1}]]. DARI
  [[{full:m1}]]
~~~
@lower
kotkupang mobil pick up [[{plate:m2}]] tiap malam buang pasir di mulut gang kami, got
  tersumbat. sdh tegur sopir tp dia bilang itu pesanan. tlg dishub atau satpol pp cek.
  [[{first:m1}]] {kel:1}
~~~
@CAPS
KOTKUPANG SY [[{full:w1}]] PENERIMA BLT DANA KELURAHAN, SDH 2 BLN TDK MASUK KE REK BANK
  NTT [[{rekntt:w1}]] A.N. [[{full:w1}]]. DI KANTOR BILANG DATA SDH DIKIRIM. TLG CEK
~~~
@lower
kotkupang nik sy [[{nik:m1}]] di kk baru no [[{kk:m1}]] tp di aplikasi bpjs masih keluar
  kk lama. sy tdk bisa daftar anak. mohon dukcapil bantu sinkron. salam, [[{full:m1}]]
~~~
@CAPS
KOTKUPANG TETANGGA SY [[{full:m2}]] TIAP MLM PUTAR ORGEN TUNGGAL SAMPAI JAM 2, ANAK2 MAU
  UJIAN. RMH DIA [[{addr:m2}]] PERSIS SAMPING. SDH LAPOR KETUA RT TDK ADA TINDAKAN.
  [[{first:w1}]]
~~~
@lower
kotkupang {sd:1} minta uang seragam batik {rp:s} per anak, pdhl katanya gratis. anak sy
  [[{first:cw1}]] kelas {?2|3|4|5}. kalau tdk bayar tdk dapat seragam. mama
  [[{first:w1}]] hp [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG SY DAFTAR PPPK TAPI NPWP SY [[{npwp:m1}]] DITOLAK SISTEM KATANYA TDK VALID.
  PDHL SPT SDH LAPOR TIAP THN. MOHON BANTU. [[{full:m1}]]
~~~
@lower
kotkupang sy sdh kirim keluhan lampu jalan lewat web tgl {tgl:1} tp tdk ada balasan. tlg
  balas ke email sy [[{mail:w1}]] atau sms ke no ini. trims, [[{given:w1}]]
~~~
@CAPS
KOTKUPANG BAPAK SY [[{full:om1}]] DITOLAK DI {rs:1} KRN BPJS [[{bpjs:om1}]] KATANYA
  NONAKTIF, PDHL PBI. SKRG DI RMH SESAK NAPAS. TOLONG. [[{first:m1}]] ANAKNYA [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG DOMPET SY HILANG DI TERMINAL OEBOBO {tgl:1}, ISI KTP NIK [[{nik:w1}]] DAN ATM.
  KALAU ADA YG TEMU TLG HUB [[{hp:w1}]]. [[{full:w1}]]
~~~
@lower
kotkupang kebun kami di {kel:1} dipagar keluarga [[{fam:m2}]] tanpa ijin, pdhl
  sertifikat atas nama bapa sy [[{full:om1}]]. minta bpn turun ukur ulang. [[{first:m1}]]
~~~
@CAPS
KOTKUPANG SOPIR TAKSI ONLINE PLAT [[{plate:m2}]] MINTA TAMBAH {rp:s} DI LUAR APLIKASI
  DARI BANDARA EL TARI. NAMA DRIVER DI APLIKASI [[{full:m2}]]. SY [[{full:w1}]]
~~~
@CAPS
KOTKUPANG SDH BAYAR AIR TANGKI {?RP 150.000|RP 175.000|RP 200.000} KE PETUGAS TGL
  {tgl:1} TP SAMPAI SKRG TDK DIANTAR. SY [[{full:w1}]] [[{hpo:w1}]]
~~~
@lower
kotkupang mau tanya utk balik nama motor [[{plate:m1}]] dari almarhum bapa sy
  [[{full:om1}]] syaratnya apa sj di samsat? sy [[{first:m1}]] dari {kel:1}
~~~
@lower
kotkupang sy [[{full:w1}]] warga [[{rt:w1}]] kel {kel:1}. got depan rmh sdh 2 bln tdk
  dikeruk, nyamuk banyak, anak sy demam berdarah. hp [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG GAJI HONOR SY DI KANTOR CAMAT {kec:1} 3 BLN BLM DIBAYAR. REK BRI
  [[{rekbri:m1}]] A.N. [[{full:m1}]]. MOHON INSPEKTORAT CEK
~~~
@CAPS
KOTKUPANG JALAN BERLUBANG BESAR DI {jln:1} DEKAT BANDARA EL TARI SDH 3 BLN, MOTOR SERING
  JATUH. TLG PUPR TAMBAL SEBELUM MUSIM HUJAN
~~~
@lower
kotkupang sampah di pasar {pasar:1} sdh {n:3} hari tdk diangkut, bau sampai ke jalan
  raya. truk dlhk kapan datang?
~~~
@CAPS
KOTKUPANG SY DAPAT SMS DARI {scam:1} KATANYA SY MENANG UNDIAN {rp:l} DARI BANK NTT,
  DISURUH TRANSFER BIAYA ADMIN. ITU PENIPU KAN? TLG DIBLOKIR
~~~
@lower
kotkupang token listrik {token:1} ditolak terus "token sdh terpakai", id pelanggan
  {pln:1}. sdh tlp pln 123 suruh tunggu. sdh 2 hari gelap
~~~
@CAPS
KOTKUPANG HOTLINE PDAM {ofc:1} TDK PERNAH DIANGKAT DARI PAGI. AIR MATI DI KEL {kel:1}
  SEJAK {hari:1}
~~~
@lower
kotkupang tagihan retribusi sampah pakai kode billing {bill:1} tdk bisa dibayar di bank,
  katanya kode kadaluarsa. mohon diterbitkan ulang
~~~
@CAPS
KOTKUPANG KAPAN BUS SEKOLAH GRATIS LEWAT {jln:1} LAGI? ANAK2 SMP JALAN KAKI 3 KM SEJAK
  {tgl:1}
~~~
@lower
kotkupang terima kasih dinas pupr, drainase di {jln:1} sdh dibersihkan, banjir tdk masuk
  rumah warga lagi. salam damai
~~~
@CAPS
KOTKUPANG LAPORAN SY NO TIKET {tiket:1} TGL {tgl:1} BLM ADA TINDAK LANJUT SAMPAI SKRG.
  MOHON INFO
~~~
@lower
kotkupang puskesmas {pkm:1} hari sabtu sdh tutup jam {jam:p1} pdhl papan tulis buka
  sampai 12.00. pasien lansia pulang tanpa obat
~~~
@lower
kotkupang sy [[{full:m1}]] guru honor di {sd:1}, npwp sy [[{npwp:m1}]] sdh 2x diminta
  bendahara tp tunjangan tetap dipotong pajak 2 kali. mohon bkpsdm cek
""",
    "wa_chat": """
[{tgl:1} {jam:m1}] [[{full:m1}]]: Selamat malam bapa mama. Beras bantuan sudah turun di
  kantor lurah {kel:1}. Yang dapat tahap ini: [[{full:w1}]], [[{full:om1}]],
  [[{full:w2}]]. Bawa KTP dan KK asli.
[{tgl:1} {jam:m2}] [[{first:w1}]]: Terima kasih Pak RT 🙏
~~~
[{tgl:1} {jam:s1}] Pelatih Futsal: Mama bapa, untuk daftar turnamen futsal pelajar kirim
  NIK dan No KK anak paling lambat besok.
[{tgl:1} {jam:s2}] Mama [[{first:cm1}]]: Pak, ini punya [[{first:cm1}]]: [[{nikp:cm1}]]
  / [[{kkp:m1}]]
[{tgl:1} {jam:s3}] Pelatih Futsal: Sip mama, sudah masuk
~~~
[{tgl:1} {jam:p1}] [[{full:w1}]]: Selamat pagi ibu, kami sudah keluar dari kamar kemarin
  sore. Uang jaminan {rp:m} tolong kirim ke BRI [[{rekbri:w1}]] a.n. [[{full:w1}]] e
[{tgl:1} {jam:p2}] Ibu Kos: Nanti sa cek kamar dulu, kalau kipas rusak sa potong
~~~
@lower
[{jam:m1}] [[{first:w1}]]: oma su pindah ke ruang {?cempaka|kelimutu|sasando} kamar
  {n:2}. kartu bpjs oma no [[{bpjs:ow1}]] su kasi di perawat jaga
[{jam:m2}] [[{first:m2}]]: ok besok pagi beta ganti jaga
[{jam:m3}] [[{first:w1}]]: bawa termos deng selimut e
~~~
{tgl:1}, {jam:p1} - [[{full:m1}]]: Info bapa mama, motor Beat hitam plat [[{plate:m1}]]
  hilang di depan rumah [[{addr:m1}]] tadi subuh. Kalau lihat tolong kabari [[{hp:m1}]]
{tgl:1}, {jam:p2} - [[{full:w1}]]: Astaga, semoga cepat ketemu om
~~~
[{tgl:1} {jam:s1}] Pendamping PKH [[{first:w1}]]: Selamat siang KPM. Pencairan tahap 4
  di kantor pos {kel:1} hari {hari:1}. Kalau ada kendala WA saya langsung di
  [[{hp:w1}]], jangan layani nomor lain.
~~~
[{tgl:1} {jam:m1}] Wali Kelas 4B: Bapa/mama, mohon kirim NISN dan NIK anak untuk data
  PIP paling lambat {hari:1}.
[{tgl:1} {jam:m2}] [[{full:w1}]]: Ibu guru, punya [[{first:cw1}]] NISN {nisn:1}, NIK
  [[{nik:cw1}]]
[{tgl:1} {jam:m3}] Wali Kelas 4B: Terima kasih mama
~~~
[{tgl:1} {jam:m1}] [[{full:ym1}]]: Teman2 pemuda, mari bantu [[{first:yw1}]] yang
  operasi usus buntu di {rs:1}. Sumbangan bisa ke BNI [[{rekbni:yw2}]] a.n.
  [[{full:yw2}]] (bendahara pemuda).
[{tgl:1} {jam:m2}] [[{first:ym2}]]: Siap kaka, sa su transfer {rp:s}
~~~
@lower
[{jam:s1}] [[{first:w1}]]: kaka, toko bangunan di {jln:1} ada cari kasir, kirim lamaran
  lewat email
[{jam:s2}] [[{first:w2}]]: beta sonde ada laptop. kirim dulu ke beta pung email
  [[{mail:w2}]] nanti beta print di fotokopi
~~~
[{tgl:1} {jam:p1}] Mantri BRI [[{first:m2}]]: Ibu, untuk KUR di atas 50 juta perlu NPWP
  suami juga.
[{tgl:1} {jam:p2}] [[{full:w1}]]: Pak, NPWP suami sa [[{full:m1}]] ini: [[{npwp:m1}]]
[{tgl:1} {jam:p3}] Mantri BRI [[{first:m2}]]: Ok ibu, besok bawa fotokopi
~~~
[{tgl:1} {jam:m1}] [[{full:m1}]]: Hati2 bapa mama, ada yg pinjam uang sama anak kos di
  sini. Nomornya [[{hp:m2}]] a.n. [[{full:m2}]], sa su transfer {rp:m} baru dia blok sa.
~~~
[{tgl:1} {jam:p1}] Kader [[{first:w2}]]: Mama [[{first:w1}]], adik su 9 bulan, imunisasi
  campak besok di posyandu. Alamat masih di [[{rt:w1}]] to?
[{tgl:1} {jam:p2}] [[{first:w1}]]: Iya kak, tapi sekarang tinggal sementara di rumah oma
  di [[{addr:ow1}]]
~~~
[{tgl:1} {jam:s1}] [[{first:m1}]]: Kaka, KK lama [[{kk:m1}]] su ditarik Dukcapil waktu
  urus nama adik. KK baru ambil hari {hari:1}.
[{tgl:1} {jam:s2}] kaka: Ok, nanti sa antar
~~~
@lower
[{jam:m1}] [[{full:m1}]]: motor sa jual {rp:l}, plat [[{plate:m1}]], bpkb a.n. sendiri,
  pajak hidup. minat wa [[{hp:m1}]]
[{jam:m2}] [[{first:m2}]]: nego bisa kaka?
[{jam:m3}] [[{first:m1}]]: tipis ade
~~~
[{tgl:1} {jam:s1}] [[{full:w1}]]: Selamat siang bapa ibu komite. Yang belum terima kartu
  KIP silakan hubungi Ibu [[{first:w2}]] di tata usaha, HP [[{hp:w2}]]
~~~
[{jam:p1}] [[{first:w1}]]: Om, tolong kirim uang kos ke OVO [[{hp:ym1}]], yang punya
  nama [[{full:ym1}]], beta pung anak laki.
[{jam:p2}] Om [[{first:m1}]]: Ok, sore e
~~~
[{tgl:1} {jam:m1}] [[{full:m1}]]: Bapa mama, rapat RT besok malam di rumah sa,
  [[address:{addr:m1}, {rt:m1}]]. Bahas air bersih.
[{tgl:1} {jam:m2}] [[{first:w1}]]: Hadir Pak RT
~~~
[{tgl:1} {jam:p1}] [[{first:xw1}]]: Bu bidan, anak sa demam sejak semalam. Kartu KIS
  anak [[{bpjs:cm2}]] masih aktif to?
[{tgl:1} {jam:p2}] Bidan [[{first:w2}]]: Bawa ke puskesmas jam 8 mama, nanti sa cek di
  aplikasi
~~~
[{tgl:1} {jam:s1}] [[{full:m1}]]: Adik, ini email sa yang baru: [[{maild:m1}]]. Yang
  lama su dibobol orang.
[{tgl:1} {jam:s2}] [[{first:yw1}]]: Ok kaka, sa simpan
~~~
[{tgl:1} {jam:p1}] Bendahara Sekolah: Selamat pagi bapa ibu guru honor, mohon kirim NPWP
  masing2 hari ini untuk potongan pajak.
[{tgl:1} {jam:p2}] [[{full:w1}]]: Ibu, NPWP sa yang baru sama dengan NIK, ini punya sa
  [[{npwpn:w1}]]
[{tgl:1} {jam:p3}] [[{full:m1}]]: NPWP sa [[{npwp:m1}]] ibu
~~~
[{tgl:1} {jam:p1}] Admin Kelurahan {kel:1}: Info pemadaman listrik {hari:1} jam {jam:p2}
  sampai 14.00 di wilayah {kel:1}, pemeliharaan jaringan PLN.
~~~
[{jam:m1}] Puskesmas {pkm:1}: Jadwal posyandu lansia bulan ini tanggal {tgl:1}. Bawa
  buku KMS dan kartu JKN. Info: WA {owa:1}
~~~
[{tgl:1} {jam:s1}] grup warga: Diteruskan: "Kirim NIK dan KK ke WA {scam:1} untuk dapat
  bantuan {rp:l}. Cepat sebelum kuota habis."
[{tgl:1} {jam:s2}] Admin RT 12: Itu hoax bapa mama, jangan kirim apa-apa.
~~~
{tgl:1}, {jam:p1} - Bendahara RT: Iuran sampah bulan ini {rp:s} per KK, transfer ke
  rekening RT di Bank NTT {brek:ntt} atau bayar tunai di pos kamling.
~~~
@lower
[{jam:m1}] mama: su makan ko?
[{jam:m2}] bapa: belum, masih antre di dukcapil, nomor {antri:1}
[{jam:m3}] mama: sabar e
~~~
[{tgl:1} {jam:p1}] PDAM Tirta Lontar: Gangguan pipa transmisi di {jln:1}, distribusi air
  ke {kel:1} dan {kel:2} terganggu sampai {tgl:2}. Pengaduan hubungi {ofc:1}.
~~~
[{tgl:1} {jam:s1}] Operator Sekolah: Pembagian rapor hari {hari:1} jam {jam:p1}.
  Tunggakan komite bisa dibayar ke rekening komite Bank NTT {brek:ntt}.
~~~
[{jam:s1}] Dinas Kesehatan Kota Kupang: Fogging di {kel:1} hari {hari:1} mulai jam
  {jam:p1}. Tutup makanan dan minuman, kandang ayam juga.
~~~
[{tgl:1} {jam:m1}] adik: kaka, tagihan PLN bulan ini {rp:m}, ID pelanggan {pln:1}, sa su
  bayar di alfamart.
[{tgl:1} {jam:m2}] kaka: ok makasih
~~~
[{tgl:1} {jam:p1}] Samsat Kupang: Program pemutihan pajak kendaraan sampai {tgl:2}. Cek
  tagihan via WA {owa:1}. Kode billing {bill:1} berlaku 2x24 jam.
""",
    "lapor_form": """
Judul: Surat keterangan ahli waris tertahan dua bulan
Isi Laporan: Saya mengurus surat keterangan ahli waris untuk tanah almarhum ayah saya
  [[name:{given:om1} {fam:m1}]] di Kelurahan {kel:1} sejak {tgll:1}. Sampai sekarang
  belum ditandatangani lurah tanpa alasan yang jelas.
Kategori: Administrasi Kependudukan
Nama Pelapor: [[{full:m1}]]
NIK: [[{nik:m1}]]
No. HP: [[{hp:m1}]]
Alamat: [[address:{addr:m1}, {rt:m1}]], Kel. {kel:1}
~~~
Judul: Pasien JKN diminta bayar selisih kamar
Isi Laporan: Ibu saya [[{full:ow1}]], peserta JKN kelas 3 dengan no kartu
  [[{bpjs:ow1}]], dirawat di {rs:1} sejak {tgl:1}. Karena kelas 3 penuh, keluarga
  diminta bayar selisih kamar {?Rp 250.000|Rp 300.000|Rp 350.000|Rp 400.000} per malam.
Nama Pelapor: [[{full:w1}]]
Email: [[{mail:w1}]]
Rahasiakan identitas: Tidak
~~~
Judul: Mobil dinas parkir di tempat hiburan malam
Isi Laporan: Mobil dinas pelat merah [[{plate:m2}]] hampir tiap malam parkir di depan
  tempat karaoke di {jln:1} sampai jam 2 pagi. Mohon Inspektorat menertibkan.
Nama Pelapor: Dirahasiakan
Anonim: Ya
Nomor Tiket: {tiket:1}
~~~
FORMULIR PERMOHONAN INFORMASI PUBLIK - PPID KOTA KUPANG
Nama Pemohon: [[{full:ym1}]]
NIK: [[{nik:ym1}]]
Pekerjaan: Mahasiswa
Alamat: [[{addr:ym1}]], Kel. {kel:1}
Email: [[{mail:ym1}]]
Informasi yang diminta: Rincian anggaran pemeliharaan drainase Kecamatan {kec:1} tahun 2026
Cara memperoleh: salinan elektronik melalui email
~~~
Tanggapan Dinas Perhubungan Kota Kupang atas laporan {tiket:1}:
Terima kasih Bapak [[{full:m1}]]. Angkot dengan nomor polisi [[{plate:m2}]] yang
  dilaporkan menurunkan penumpang di tengah jalan sudah kami panggil. Pemilik kendaraan,
  Sdr. [[{full:m2}]], telah diberi teguran tertulis.
~~~
LEMBAR DISPOSISI
Nomor Agenda: {surat:org}
Dari: Admin SP4N-LAPOR! Kota Kupang
Perihal: Laporan Sdri. [[{full:w1}]] (HP [[{hp:w1}]]) tentang genangan air di depan
  rumahnya, [[{addr:w1}]]
Diteruskan kepada: Kabid Sumber Daya Air Dinas PUPR
Isi disposisi: Segera tinjau lokasi dan laporkan dalam 3 hari kerja.
~~~
F-1.06 FORMULIR PERNYATAAN PERUBAHAN ELEMEN DATA KEPENDUDUKAN
Nama Lengkap: [[{full^:w1}]]
NIK: [[{nikp:w1}]]
Nomor KK: [[{kkp:w1}]]
Elemen data yang berubah: Tempat lahir
Semula: {?KUPANG|SOE|ATAMBUA}
Menjadi: {?BAA|SEBA|ENDE}
Alasan: salah ketik saat perekaman {tgl:1}
~~~
lapor.kupangkota.go.id - Form Pengaduan Warga
Kategori: Lingkungan Hidup
Uraian: Kandang babi milik tetangga, [[{full:m2}]], persis di belakang dapur kami. Bau
  dan lalat masuk rumah, anak kecil sering diare. Sudah dibicarakan di RT tapi tidak ada
  perubahan.
Lokasi kejadian: [[address:{addr:m1}, {rt:m1}]]
Nama: [[{full:m1}]]
Telepon: [[{hp:m1}]]
~~~
FORMULIR KEBERATAN PBB-P2
Nama Wajib Pajak: [[{full^:m1}]]
NPWP: [[{npwp:m1}]]
NOP: {nop:1}
Alamat Wajib Pajak: [[{addr^:m1}]]
Alasan keberatan: NJOP naik hampir tiga kali lipat dibanding tahun lalu, sedangkan tanah
  tidak berubah.
~~~
Judul: Ijazah anak ditahan sekolah
Isi Laporan: Anak saya [[{full:ym1}]] lulus dari {sma:1} tahun 2025, tapi ijazahnya
  ditahan karena tunggakan uang komite {rp:m}. Dia tidak bisa melamar kerja. Mohon Dinas
  Pendidikan menindaklanjuti.
Nama Pelapor: [[{full:w1}]]
No. HP: [[{hp:w1}]]
~~~
Judul: Mohon bantuan korban kebakaran
Isi Laporan: Rumah kami di [[address:{addr:m1}, {rt:m1}]] terbakar habis pada {tgll:1}.
  Kami enam orang sekarang menumpang di rumah saudara. Mohon bantuan Dinas Sosial.
  Rekening BRI [[{rekbri:m1}]] a.n. [[{full:m1}]].
Nama Pelapor: [[{full:m1}]]
~~~
Judul: Bayi belum masuk KK setelah tiga bulan
Isi Laporan: Anak kami [[{first:cw1}]] lahir {tgll:1} di Puskesmas {pkm:1}. Berkas sudah
  lengkap tetapi namanya belum masuk di KK nomor [[{kk:m1}]]. Kami sudah bolak-balik
  empat kali ke Dukcapil.
Nama Pelapor: [[{full:m1}]]
NIK Pelapor: [[{nik:m1}]]
~~~
Judul: Ujian praktik SIM diminta bayar
Isi Laporan: Waktu ujian praktik SIM C di Satlantas tanggal {tgl:1}, petugas Bripka
  [[{fam:m2}]] menawarkan lulus tanpa ujian dengan bayar {rp:m}. Teman saya yang menolak
  disuruh ulang minggu depan.
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
~~~
Judul: Penerima bantuan sudah meninggal masih terdaftar
Isi Laporan: Tetangga kami Oma [[{full:ow1}]] sudah meninggal {tgll:1}, tetapi namanya
  masih tercantum sebagai penerima BPNT, sementara Mama [[{full:w2}]] yang janda dan
  tinggal sendiri tidak terdaftar. NIK Mama [[{first:w2}]]: [[{nik:w2}]]
Nama Pelapor: [[{full:m1}]]
~~~
Judul: Beasiswa daerah belum cair
Isi Laporan: Saya penerima beasiswa mahasiswa berprestasi Pemkot tahun 2026, NIM
  {nisn:1}. Dana semester ini belum masuk, padahal teman lain sudah.
Nama: [[{full:yw1}]]
Email: [[{mail:yw1}]]
No. HP/WA: [[{hp:yw1}]]
~~~
Judul: Pembayaran PBB terdebet dua kali
Isi Laporan: Pembayaran PBB dengan kode billing {bill:1} terdebet dua kali dari rekening
  Mandiri saya [[{rekmdr:m1}]] pada {tgl:1}. Mohon kelebihan {rp:m} dikembalikan.
Nama Pelapor: [[{full:m1}]]
NPWP: [[{npwp:m1}]]
~~~
Judul: Sepeda motor ditahan Dishub tanpa surat
Isi Laporan: Motor saya [[{plate:m1}]] diangkut petugas Dishub di depan Pasar {pasar:1}
  padahal parkir di kantong parkir resmi. Tidak ada berita acara. Saya [[{full:m1}]], HP
  [[{hp:m1}]].
Kategori: Perhubungan
~~~
Judul: Rumah terendam karena proyek jalan
Isi Laporan: Sejak pelebaran {jln:1} saluran ditimbun, air hujan masuk ke rumah orang
  tua saya Bapak [[name:{given:om1} {fam:w1}]] di [[address:{addr:om1}, {rt:om1}]].
  Lantai rusak dan kasur basah.
Nama Pelapor: [[{full:w1}]]
Telepon rumah: [[{home:w1}]]
~~~
Judul: Lampu jalan mati
Isi Laporan: Lampu PJU di {jln:1} depan {rs:1} mati sepanjang 300 meter sejak {tgl:1}.
  Banyak jambret malam hari.
Kategori: Penerangan Jalan Umum
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
~~~
Tanggapan Bapenda Kota Kupang:
Terima kasih atas laporan {tiket:1}. Kode billing {bill:1} sudah diperpanjang sampai
  {tgl:2}. Informasi lebih lanjut hubungi {ofc:1} atau WA {owa:1} pada jam kerja.
~~~
Rekap laporan SP4N-LAPOR! Kota Kupang per kanal
SMS 1708: {n:10} laporan
WA {owa:1}: {n:9} laporan
Web lapor.kupangkota.go.id: {n:8} laporan
Selesai ditindaklanjuti: {n:7}
~~~
Judul: Antrean online Dukcapil penuh terus
Isi Laporan: Sejak {tgl:1} kuota antrean online selalu penuh pukul 07.00. Nomor antrean
  {antri:1} baru didapat setelah tiga hari mencoba.
Anonim: Ya
~~~
Judul: Retribusi pasar ditagih dua kali
Isi Laporan: Pedagang sayur di Pasar {pasar:1} ditagih retribusi dua kali sehari, karcis
  {rp:t} oleh UPTD dan {rp:t2} lagi oleh oknum tanpa karcis.
Rahasiakan identitas: Ya
~~~
Survei Kepuasan Layanan Pengaduan
Nomor tiket: {tiket:1}
Kecepatan tanggapan: 3
Kejelasan jawaban: 4
Saran: Balasan admin jangan hanya "sudah diteruskan", sebutkan kapan dikerjakan.
~~~
DISPOSISI
Nomor: {surat:setda}
Dari: Sekretariat Daerah
Kepada: Kepala Pelaksana BPBD Kota Kupang
Perihal: Tanah longsor di Kelurahan {kel:1}, Kec. {kec:1}
Isi: Tinjau dan koordinasi dengan Pusdalops {ofc:1}.
~~~
Judul: Penipuan telepon mengaku Dukcapil
Isi Laporan: Ada yang telepon dari {scam:1}, mengaku petugas Dukcapil, minta foto KTP
  dan kode OTP yang masuk ke HP. Mohon warga diingatkan.
Anonim: Ya
Nomor Tiket: {tiket:1}
~~~
Judul: Aspal mengelupas di {jln:1}
Isi Laporan: Aspal mengelupas dekat SPBU, sudah {n:2} pengendara jatuh minggu ini.
Kategori: Infrastruktur
Nomor Tiket: {tiket:1}
~~~
Status laporan {tiket:1}: diteruskan ke Dinas Lingkungan Hidup dan Kebersihan ({tgl:1}).
  Batas tindak lanjut: {tgl:2}. Kontak unit: pengaduan.dlhk@kupangkota.go.id
""",
    "email_thread": """
From: [[{fam:m1}]], [[{first:m1}]] <[[{mail:m1}]]>
To: pengaduan@kupangkota.go.id
Subject: Drainase tersumbat di depan rumah

Yth. Admin Pengaduan,
Saluran air di depan rumah saya, [[{addr:m1}]], Kel. {kel:1}, tersumbat sejak proyek
  trotoar bulan lalu. Setiap hujan air masuk ke teras.
Mohon ditindaklanjuti.
Salam,
[[{first:m1}]]
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: dukcapil@kupangkota.go.id
Subject: e-KTP for my wife

Dear Sir/Madam,
I am working in Darwin and my wife [[{full:w1}]] (NIK [[{nik:w1}]]) has been waiting
  since {tgll:1} for her e-KTP at Dukcapil Kota Kupang. Could you tell us when it can be
  collected? Her phone is [[{hp:w1}]].
Kind regards,
[[{full:m1}]]
~~~
From: "Sdri. [[{full:w1}]]" <[[{mailk:w1}]]>
To: bkpsdm@kupangkota.go.id
Subject: Kenaikan pangkat belum diproses

Selamat pagi,
Usul kenaikan pangkat saya, NIP {nip:1}, sudah diunggah sejak {tgll:1} tetapi statusnya
  masih "menunggu verifikasi". Mohon informasinya.
Hormat saya,
[[{full:w1}]]
~~~
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
To: [[{full:m1}]] <[[{mail:m1}]]>
Subject: Re: Sampah di kali

Yth. Bapak [[{first:m1}]], laporan Bapak sudah kami teruskan ke DLHK dengan nomor {tiket:1}.

Pada {tgll:1} {jam:p1}, [[{full:m1}]] <[[{mail:m1}]]> menulis:
> Sampah menumpuk di kali dekat Pasar {pasar:1}, baunya sampai ke rumah kami.
~~~
Subject: Fwd: Formulir pendaftaran pelatihan menjahit

Teks lampiran (PDF):
Nama: [[{full:w1}]]
Email: [[email:{mloc:w1}@
{mhost:w1}]]
Telepon: [[{hp:w1}]]
Alamat: [[{addr:w1}]]
~~~
From: [[{full:ym1}]] <[[{mail:ym1}]]>
To: disnaker@kupangkota.go.id
Subject: Kartu AK1 belum bisa diunduh

Selamat siang. Saya sudah daftar kartu pencari kerja sejak {tgl:1}, tapi PDF-nya tidak
  bisa diunduh. Kalau email ini penuh, mohon balas ke alamat saya yang lain:
  [[{maild:ym1}]].
Terima kasih,
[[{first:ym1}]]
~~~
From: [[{full:w1}]] <[[{mail:w1}]]>
To: kipk@undana.ac.id
Subject: Berkas KIP Kuliah

Berikut data orang tua untuk verifikasi:
Ayah: [[{full:m1}]], NPWP [[{npwp:m1}]]
Ibu: [[{full:w1}]], NIK [[{nik:w1}]]
Penghasilan gabungan per bulan: {rp:m}
Salam, mama dari [[{first:yw1}]]
~~~
From: [[{full:w1}]] <[[{mail:w1}]]>
To: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Cc: [[{fam:m2}]], [[{first:m2}]] <[[{mail:m2}]]>
Subject: Bantuan alat bantu dengar untuk ayah

Yth. Bapak/Ibu, ayah saya [[name:{given:om1} {fam:w1}]] sudah tidak bisa mendengar sejak
  tahun lalu. Nomor kartu BPJS beliau [[{bpjs:om1}]]. Apakah ada bantuan alat bantu
  dengar untuk lansia? Suami saya di Cc.
Terima kasih.
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: BNI Kantor Cabang Kupang <kupang@bni.co.id>
Subject: Kartu ATM tertelan

Kartu ATM saya tertelan di mesin ATM {jln:1} pada {tgl:1} pukul {jam:m1}. Nomor rekening
  BNI [[{rekbni:m1}]] a.n. [[{full:m1}]]. Mohon kartu bisa diambil di cabang. HP
  [[{hp:m1}]].
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: samsat.kupang@nttprov.go.id
Subject: Mutasi kendaraan dari Ende

Selamat siang. Motor saya [[{plate:m1}]] dibeli dari [[{full:m2}]] dan masih terdaftar
  di Samsat Ende. Apa saja syarat mutasi ke Kota Kupang? Apakah perlu kehadiran pemilik
  lama?
Salam, [[{first:m1}]]
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: lurah.{?oebufu|liliba|oesapa}@kupangkota.go.id
Subject: Keluhan warga soal anjing liar

Saya teruskan keluhan Mama [[{full:w2}]], warga [[{rt:w2}]], yang anaknya digigit anjing
  liar {hari:1} lalu. Mohon kelurahan berkoordinasi dengan Dinas Peternakan.
[[{full:m1}]]
~~~
From: UPTD Puskesmas {pkm:1} <puskesmas.kotakupang@gmail.com>
To: [[{full:m1}]] <[[{mail:m1}]]>
Subject: Re: Jadwal kunjungan rumah

Yth. Bapak [[{first:m1}]], kunjungan perawat untuk istri Bapak dijadwalkan {hari:1},
  {tgl:1}. Jika ada perubahan silakan hubungi petugas kami Ibu [[{full:w2}]] di [[{hp:w2}]].
~~~
From: [[{full:xm1}]] <[[{mail:xm1}]]>
To: dukcapil@kupangkota.go.id
Subject: Permohonan Kartu Identitas Anak

Yth. Dukcapil, saya mohon penerbitan KIA untuk anak saya [[{first:cw1}]], NIK
  [[{nik:cw1}]], yang tercatat di KK [[{kk:xm1}]]. Berkas terlampir.
Hormat saya,
[[{full:xm1}]]
~~~
From: [[{full:w1}]] <[[{mail:w1}]]>
To: ppdb@kupangkota.go.id
Subject: Zonasi SMP anak saya

Anak saya [[{full:cw1}]] tidak diterima di {smp:1} padahal rumah kami di
  [[address:{addr:w1}, {rt:w1}]] hanya {n:3}00 meter dari sekolah. Mohon ditinjau ulang.
  Telp rumah [[{home:w1}]].
~~~
Catatan surel masuk {tgl:1}: From: [[{fam:w1}]], [[{first:w1}]] <[[{mail:w1}]]> tentang
  pohon mahoni miring di depan rumahnya. Diteruskan ke Dinas Lingkungan Hidup.
~~~
From: [[{full:om1}]] <[[{mail:om1}]]>
To: taspen.kupang@taspen.co.id
Subject: Gaji pensiun belum masuk

Yth. TASPEN, gaji pensiun saya bulan ini belum masuk ke rekening Bank NTT
  [[{rekntt:om1}]] a.n. [[{full:om1}]]. Telp rumah [[{home:om1}]].
Hormat saya, pensiunan guru.
~~~
To: "Sdr. [[{full:m2}]]" <[[{mail:m2}]]>
From: Sekretariat Kecamatan {kec:1} <sekretariat.kecamatan@kupangkota.go.id>
Subject: Undangan klarifikasi

Dengan hormat, sehubungan dengan laporan warga tentang bangunan di atas saluran di
  [[{addr:m2}]], Saudara diundang hadir di kantor camat {hari:1}, {tgl:1} pukul {jam:p1}.
~~~
From: noreply@lapor.go.id
To: pelapor@example.com
Subject: Laporan Anda telah diverifikasi

Laporan dengan nomor {tiket:1} telah diverifikasi dan diteruskan ke instansi terkait.
  Jangan balas email ini.
~~~
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
To: media-kupang@googlegroups.com
Subject: Siaran pers: perbaikan {jln:1}

Perbaikan {jln:1} dimulai {tgl:1} dan ditargetkan selesai {tgl:2}. Pengendara diminta
  melewati jalur alternatif. Kontak humas: {ofc:1}.
~~~
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: peserta@example.com
Subject: Pengingat iuran

Iuran bulan ini dapat dibayar melalui VA {va:1} sebelum tanggal 10. Informasi: Care
  Center 165 atau Pandawa WA {owa:1}.
~~~
From: Bansos Kemensos NTT <bansos.kemensos.ntt@gmail.com>
To: warga.kupang@googlegroups.com
Subject: SELAMAT ANDA TERPILIH

Anda terpilih menerima bantuan {rp:l}. Kirim foto KTP dan KK ke WA {scam:1} hari ini juga.

-- Diteruskan oleh admin milis: ini penipuan, jangan dibalas.
~~~
From: Bidang Aplikasi Informatika <aptika@kupangkota.go.id>
To: tim-lapor@kupangkota.go.id
Subject: Perubahan repo bot pengaduan

Mulai {tgl:1} repo dipindah ke git@github.com:pemkot-kupang/lapor-bot.git. Ikon baru ada
  di lampiran denah@2x.png. Uji coba dengan akun user@example.com.
~~~
From: KPP Pratama Kupang <wp-kupang-920@lists.pajak.go.id>
To: wajib-pajak@lists.pajak.go.id
Subject: Batas pelaporan SPT

Batas pelaporan SPT Tahunan tinggal {n:3} hari. Layanan asistensi di KPP Pratama Kupang,
  Jl. Palapa No. 4, setiap hari kerja. Pertanyaan: {ofc:1}.
~~~
From: Tata Usaha {smp:1} <tu.sekolah.kupang@gmail.com>
To: komite.sekolah@gmail.com
Subject: Jadwal pembagian rapor

Pembagian rapor {hari:1}, {tgl:1} pukul {jam:p1}. Iuran komite dapat ditransfer ke
  rekening komite Bank NTT {brek:ntt}. Kontak: telp {ofc:1}.
~~~
From: PDAM Tirta Lontar <pelanggan@pdamkupang.co.id>
To: pelanggan@example.com
Subject: Tagihan air

Tagihan nomor sambungan {pdam:1} bulan ini {rp:s}, jatuh tempo {tgl:1}. Pengaduan: {ofc:1}.
~~~
From: Bagian Organisasi Setda <organisasi@kupangkota.go.id>
To: pejabat-penghubung@kupangkota.go.id
Subject: Rekap laporan per kanal

Rekap minggu ini: SMS 1708 {n:9} laporan, web {n:8} laporan, WA {owa:1} {n:7} laporan.
  Mohon tindak lanjut sebelum {tgl:1}.
~~~
From: Flobamora Tour & Travel <info@flobamoratravel.co.id>
To: penumpang@example.com
Subject: Perubahan jadwal kapal

Keberangkatan KM {?Sirimau|Awu|Lambelu} ke Ende diundur ke {tgl:1} pukul {jam:s1}.
  Perubahan tiket hubungi {owa:1}.
""",
    "call_note": """
Petugas: Dukcapil Kota Kupang, dengan [[{first:w2}]], ada yang bisa dibantu?
Penelepon: Saya mau tanya KTP saya belum jadi sejak bulan lalu.
Petugas: NIK Bapak?
Penelepon: [[{nikp:m1}]].
Petugas: Atas nama?
Penelepon: [[{full:m1}]].
Petugas: Masih menunggu blangko, Pak. Nanti kami kabari lewat SMS.
~~~
Catatan call center 112, {tgl:1} {jam:m1}: penelepon [[{full:w1}]] ([[{hp:w1}]])
  melaporkan pohon tumbang menimpa dapur rumahnya di [[{addr:w1}]]. Tidak ada korban.
  Diteruskan ke BPBD dan Damkar.
~~~
LOG HOTLINE PDAM {tgl:1}
Jam | Penelepon | Nomor | Keluhan
{jam:p1} | [[{full:m1}]] | [[{hp:m1}]] | air keruh sejak pagi
{jam:p2} | penelepon tidak sebut nama | [[{hp:w1}]] | meteran bocor
{jam:p3} | Kantor Lurah {kel:1} | {ofc:1} | pipa pecah di depan kantor
~~~
Agen: Bank NTT, selamat siang. Ada yang bisa dibantu?
Nasabah: Transfer saya gagal tapi saldo terpotong.
Agen: Nomor rekening?
Nasabah: [[{rekntt:m1}]].
Agen: Atas nama?
Nasabah: [[{full:m1}]].
Agen: Transaksi {trx:1} gagal di sistem, dana kembali paling lambat 3 hari kerja.
~~~
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[{bpjsp:w1}]].
Petugas: Peserta atas nama [[{full:w1}]], status aktif, faskes pertama Puskesmas {pkm:1}.
Penelepon: Kenapa di apotek ditolak?
Petugas: Coba minta rujukan ulang, Ibu.
~~~
Petugas: Bapenda, selamat pagi. NPWP bapak?
Penelepon: Yang baru katanya sama dengan NIK, [[{npwpn:m1}]].
Petugas: Baik, NOP {nop:1} atas nama [[{full:m1}]], tagihan {rp:m}, jatuh tempo {tgl:1}.
~~~
@lower
{jam:m1} penelepon [[{first:w1}]] (tdk sebut marga) minta ambulans utk suami sesak
  napas, alamat [[{addr:w1}]] dkt pasar {pasar:1}. hp [[{hp:w1}]]. ambulans brgkt {jam:m2}.
~~~
Call note {tgl:1} {jam:s1}: caller [[{full:m1}]] reported a hit-and-run near {jln:1}.
  The car's plate was [[{plate:m2}]], a white pick-up. Caller's number [[{hp:m1}]].
  Passed to Satlantas.
~~~
Pelapor: Saya mau tanya PKH, KK saya [[{kk:w1}]] tidak muncul di cek bansos.
Petugas: Nama kepala keluarga?
Pelapor: [[{full:m1}]], suami saya.
Petugas: Baik, kami teruskan ke pendamping wilayah.
~~~
Catatan call center: penelepon [[{full:om1}]] ([[{home:om1}]], telp rumah) menanyakan
  jadwal vaksin lansia di Puskesmas {pkm:1}. Dijawab: {hari:1} pukul {jam:p1}.
~~~
Petugas: Surat balasannya mau dikirim lewat email, Ibu? Emailnya apa?
Penelepon: [[{mail:w1}]].
Petugas: Atas nama?
Penelepon: [[{full:w1}]].
~~~
Petugas: Samsat, selamat siang. Nomor polisinya?
Penelepon: [[{plate:m1}]].
Petugas: Terdaftar atas nama [[{full:m1}]], pajak mati sejak {tgl:1}, denda {rp:m}.
~~~
Pelapor Bpk. [[{full:m1}]], warga [[{rt:m1}]] Kel. {kel:1}, no samb {pdam:1}: meter air
  mati, tagihan dihitung rata-rata. Petugas cek {hari:1}.
~~~
DAMKAR {tgl:1} {jam:m1}
Penelepon [[{first:m1}]] [[{hp:m1}]]: kebakaran rumah Oma [[{full:ow1}]] di
  [[{addr:ow1}]]. Unit 2 berangkat {jam:m2}, api padam {jam:m3}.
~~~
Penelepon melapor ditipu [[{full:m2}]] yang menjanjikan kerja di kapal pesiar. Nomor
  yang dipakai [[{hp:m2}]], uang {rp:l} dikirim ke rekening BRI [[{rekbri:m2}]].
  Penelepon: [[{full:w1}]], [[{hp:w1}]].
~~~
Petugas: Dinas Sosial, ada yang bisa dibantu?
Penelepon: Saya mau daftar kursi roda untuk bapak saya.
Petugas: Nama bapak?
Penelepon: [[{full:om1}]].
Petugas: NIK-nya?
Penelepon: [[{nik:om1}]].
Petugas: Alamat?
Penelepon: [[address:{addr:om1}, {rt:om1}]].
~~~
SERAH TERIMA SHIFT PAGI {tgl:1}
- Keluhan Ibu [[{full:w1}]] (HP [[{hp:w1}]]) soal sampah belum diangkut, sudah
  diteruskan ke DLHK.
- Bapak [[{full:m1}]] minta salinan surat keterangan, dikirim ke [[{mail:m1}]].
~~~
Petugas: UPP Dinkes. Pasiennya siapa?
Penelepon: Anak saya, [[{full:cm1}]], umur {n:2} tahun.
Petugas: Kartu JKN?
Penelepon: [[{bpjs:cm1}]].
Petugas: Aktif. Silakan ke IGD {rs:1}.
~~~
Rekap kanal pengaduan hari ini: Telepon {ofc:1}: {n:5} laporan; WA {owa:1}: {n:9}
  laporan; SMS 1708: {n:4} laporan.
~~~
Petugas: PLN 123, ID pelanggan?
Penelepon: {pln:1}.
Petugas: Ada gangguan gardu di {kel:1}, estimasi menyala pukul {jam:s1}.
~~~
Catatan: penelepon anonim melaporkan SMS dari {scam:1} berisi link undian berhadiah
  mobil. Sudah diteruskan ke patroli siber.
~~~
Puskesmas {pkm:1} menelepon {jam:s1}: minta ambulans rujuk pasien persalinan ke {rs:1}.
  Kontak puskesmas {ofc:1}. Ambulans tiba {jam:s2}.
~~~
Petugas: PDAM, boleh nomor sambungannya?
Penelepon: {pdam:1}.
Petugas: Tagihan bulan ini {rp:m}. Ada tunggakan dua bulan.
~~~
Penelepon: Saya mau tanya pajak motor.
Petugas: Kalau begitu silakan ke {ofc:1}, itu bagian pajak kendaraan Samsat.
~~~
Serah terima shift malam {tgl:1}: {n:4} laporan banjir di Kel. {kel:1}, 1 pohon tumbang
  di {jln:1}, tiket {tiket:1} menunggu BPBD. Pusdalops {ofc:1}.
~~~
Penelepon tanya kode billing PBB {bill:1} yang tidak bisa dibayar di ATM. Dijelaskan
  kode kedaluwarsa, diterbitkan ulang.
~~~
LOG TELEPON {tgl:1}
{jam:s1} | Komite Sekolah {smp:1} | {owa:1} | tanya dana BOS
{jam:s2} | Bus Tiara Mas | {owa:2} | izin trayek
{jam:s3} | Kurir JNE | {owa:3} | alamat kantor
~~~
Penelepon: Token saya {token:1} ditolak, nomor meter {meter:1}.
Petugas: Itu token bulan lalu, Pak. Coba beli ulang, nanti saldo dikembalikan.
~~~
Petugas: KPP Pratama Kupang, dengan [[{first:w2}]]. NPWP Ibu?
Penelepon: [[{npwps:w1}]].
Petugas: Atas nama [[{full:w1}]], SPT tahun lalu belum dilaporkan, Ibu.
""",
    "social_post": """
Ditemukan dompet coklat di angkot lampu {n:2} jurusan Oebobo, isinya KTP a.n.
  [[{full:m1}]] dan kartu ATM. Yang kenal tolong hubungi sa di [[{hp:w1}]]. #kupang
Komentar:
[[{full_:w2}]]: itu sa pung om, nanti sa kasi tau
~~~
DICARI! Anak kami [[{full:cw1}]], umur {n:3} tahun, terakhir terlihat di Pasar {pasar:1}
  hari {hari:1} sore, pakai baju seragam SD. Yang melihat tolong hubungi bapanya
  [[{hp:m1}]]. Mohon dibagikan 🙏
~~~
Dibutuhkan segera darah golongan O untuk pasien [[{full:ow1}]] yang dirawat di {rs:1}.
  Yang bisa bantu hubungi [[{first:w1}]] di [[{hp:w1}]]. Tuhan berkati.
~~~
Mari bantu adik [[{first:cm1}]] yang harus operasi jantung di Surabaya. Donasi bisa ke
  rekening BRI [[{rekbri:w1}]] a.n. [[{full:w1}]] (mamanya). Terima kasih orang baik.
~~~
PDAM, air di {kel:1} su 5 hari sonde jalan!!
Komentar:
[[{full:m1}]]: di [[{rt:m1}]] juga mati total
[[{full:w1}]]: sama, beta beli air tangki {rp:s}
kupang_bersuara: @pdamkupang tolong dijawab
~~~
Terima kasih Pak Lurah [[{full:m2}]] yang su turun langsung bersihkan got di {kel:1}
  sama warga hari Sabtu. Pemimpin yang kerja, bukan cuma foto.
~~~
Truk tangki plat [[{plate:m2}]] bocor solar sepanjang {jln:1} tadi pagi, dua motor
  jatuh. Tolong Dishub cek kendaraan ini.
~~~
Open order kue kering Natal 🎄 nastar, kastengel, putri salju. Pesan WA [[{hp:w1}]].
  Pembayaran ke BRI [[{rekbri:w1}]] a.n. [[{full:w1}]]. Antar gratis area Oebobo.
~~~
Hati-hati dengan [[{full:m2}]], ngaku bisa urus masuk CPNS. Sa su kasi {rp:l} dan
  sekarang dia hilang. Nomor dia [[{hp:m2}]], terakhir tinggal di [[{addr:m2}]].
~~~
Kartu KIS hilang a.n. [[{full:ow1}]] no [[{bpjs:ow1}]], jatuh di sekitar {rs:1}. Yang
  temukan tolong antar ke kantor lurah {kel:1}. Terima kasih.
~~~
Teman-teman, FB sa di-hack. Jangan kirim uang kalau ada yang minta atas nama sa. Email
  pemulihan sa [[{mail:yw1}]], kalau ada yang tahu caranya tolong bantu. - [[{first:yw1}]]
~~~
Sa jual kue rumahan, mau ikut e-katalog tapi NPWP pribadi sa [[{npwp:w1}]] katanya tidak
  valid. Ada yang pernah alami? #umkmkupang
Komentar:
Kios Berkah Oebufu: sama kak, kami juga
~~~
Tolong bapa camat {kec:1}, sengketa tanah antara keluarga [[{fam:m1}]] dan keluarga
  [[{fam:m2}]] di {kel:1} su mau baku pukul. Mohon mediasi cepat.
~~~
Dukcapil Kota Kupang: Pencetakan KK kini bisa di kelurahan.
Komentar:
[[{full:m1}]]: Admin, KK sa [[{kk:m1}]] su dua bulan belum cetak
Dukcapil Kota Kupang: Silakan DM nomor antrean, Bapak.
~~~
Anak sa [[{first:cw1}]] NIK-nya [[{nik:cw1}]] beda satu angka di akta. Sekarang sonde
  bisa daftar SD. Ada yang pernah urus perbaikan di Dukcapil? #tanyakupang
~~~
Motor Vario merah plat [[{plate:m1}]] hilang di parkiran {rs:1} {tgl:1} malam. STNK a.n.
  [[{full:m1}]]. Info sekecil apa pun hubungi [[{hp:m1}]].
~~~
Selamat jalan bapa guru [[{full:om1}]]. Terima kasih su ajar katong baca tulis di
  {sd:1}. Damai di sisi Bapa.
Komentar:
[[{full:m1}]]: Beliau guru sa juga 😢
~~~
Mau tanya, KTP a.n. mama sa [[{full:w1}]] dengan NIK [[{nik:w1}]] kenapa di aplikasi JKN
  muncul nama orang lain? Su lapor ke BPJS tapi disuruh ke Dukcapil.
~~~
Dukcapil Kota Kupang membuka layanan KTP keliling di Kelurahan {kel:1} hari {hari:1}
  pukul {jam:p1}. Antrian online via WA {owa:1}. Bawa fotokopi KK.
~~~
WASPADA! Ada nomor {scam:1} yang mengaku anggota Polresta Kupang Kota dan minta transfer
  untuk urus tilang. Polisi tidak pernah minta uang lewat WA.
~~~
Lubang di {jln:1} depan {rs:1} makin besar, sudah ada mobil yang patah per. Kapan
  ditambal? @dinaspupr_kotakupang
~~~
Pasar {pasar:1} banjir lagi setelah hujan deras siang ini. Pedagang ikan terpaksa jualan
  di pinggir jalan.
~~~
SEDOT WC BERKAH ABADI - murah, cepat, bersih. Area Kota Kupang dan sekitarnya. WA {owa:1}
Komentar:
Kos Melati Oebufu: Kami langganan di sini, mantap
~~~
Info kamar kos kosong di sekitar Undana?
Komentar:
Kos Griya Liliba: Ada kak, {rp:m} per bulan, WA {owa:1}
kupang_info: coba cek di grup jual beli
~~~
Posyandu Bunga Bakung {kel:1} buka {hari:1} pukul {jam:p1}. Ada imunisasi, timbang, dan
  PMT. Mama-mama jangan lupa bawa buku KIA.
~~~
Macet total di {jln:1} karena galian pipa PDAM. Pengendara dari arah {kel:1} sebaiknya
  lewat jalur lain.
~~~
{rs:1}
2 hr
Pendaftaran poli rawat jalan sekarang lewat WhatsApp {owa:1}, buka Senin-Jumat 07.00-12.00.
~~~
Harga air tangki di {kel:1} sekarang {rp:s} per 5.000 liter. Terima kasih sopir tangki
  yang tetap antar walau jalan rusak.
""",
    "letter_minutes": """
SURAT PERNYATAAN TIDAK MAMPU
Yang bertanda tangan di bawah ini:
Nama: [[{full:m1}]]
NIK: [[{nik:m1}]]
Tempat/Tgl. Lahir: {pob:m1}, {dob:m1}
Alamat: [[address:{addr:m1}, {rt:m1}]], Kel. {kel:1}
menyatakan bahwa saya tidak mampu membayar biaya perawatan istri saya [[{full:w1}]] di
  {rs:1}.
Kupang, {tgll:1}
Yang menyatakan,
[[{full:m1}]]
~~~
BERITA ACARA MEDIASI
Pada hari {hari:1}, {tgll:1}, bertempat di Kantor Lurah {kel:1}, telah dilakukan mediasi
  antara:
Pihak I: [[{full:w1}]], beralamat di [[{addr:w1}]]
Pihak II: [[{full:m2}]], beralamat di [[{addr:m2}]]
tentang utang {rp:l} yang belum dikembalikan. Pihak II bersedia mencicil {rp:m} per
  bulan mulai bulan depan.
Mengetahui, Lurah {kel:1}
~~~
SURAT KUASA
Yang bertanda tangan di bawah ini, [[{full:w1}]], NIK [[{nik:w1}]], memberi kuasa kepada
  [[{full:ym1}]], NIK [[{nik:ym1}]], anak kandung saya, untuk mengambil akta kelahiran
  cucu saya [[name:{given:cw1} {fam:ym1}]] di Dinas Kependudukan dan Pencatatan Sipil
  Kota Kupang.
Kupang, {tgll:1}
Pemberi kuasa, [[{full:w1}]]    Penerima kuasa, [[{full:ym1}]]
~~~
PEMERINTAH KOTA KUPANG
KECAMATAN {kec^:1}
KELURAHAN {kel^:1}
SURAT KETERANGAN DOMISILI
Nomor: {surat:kel}
Lurah {kel:1} menerangkan bahwa:
Nama: [[{full:m1}]]
NIK: [[{nik:m1}]]
benar berdomisili di [[address:{addr:m1}, {rt:m1}]], Kelurahan {kel:1}, sejak tahun 2019.
~~~
BERITA ACARA SERAH TERIMA BANTUAN KURSI RODA
Pada hari ini {hari:1}, {tgll:1}, Dinas Sosial Kota Kupang menyerahkan satu unit kursi
  roda kepada:
Nama: [[{full:om1}]]
NIK: [[{nik:om1}]]
No. Kartu JKN: [[{bpjs:om1}]]
Alamat: [[{rt:om1}]] Kel. {kel:1}
Yang menerima, diwakili anak: [[{full:w1}]]
~~~
Kepada Yth.
Kepala Perwakilan Ombudsman RI Provinsi NTT
di Kupang

Dengan hormat, saya [[{full:m1}]], beralamat di [[{addr:m1}]], melaporkan permintaan
  uang {rp:l} oleh oknum di DPMPTSP untuk mempercepat PBG rumah tinggal saya. Bukti
  percakapan terlampir. Saya dapat dihubungi di [[{hp:m1}]] atau [[{mail:m1}]].
Hormat saya,
[[{full:m1}]]
~~~
SURAT PERNYATAAN AHLI WARIS
Kami yang bertanda tangan di bawah ini adalah ahli waris dari almarhum [[{full:om1}]]:
1. [[{full:ow1}]], NIK [[{nik:ow1}]], istri
2. [[name:{given:m1} {fam:om1}]], NIK [[{nik:m1}]], anak
3. [[name:{given:w1} {fam:om1}]], NIK [[{nik:w1}]], anak
Demikian pernyataan ini dibuat dengan sebenarnya.
~~~
Perihal: Permohonan pindah sekolah
Kepada Yth. Kepala {sd:1}
Dengan hormat, saya [[{full:m1}]], orang tua dari [[{full:cm1}]] (NISN {nisn:1}), mohon
  surat pindah karena kami pindah tugas ke {?Soe|Atambua|Kalabahi}. Alamat baru kami
  belum tetap; surat dapat dikirim lewat [[{mail:m1}]].
Hormat saya, [[{full:m1}]]
~~~
Kupang, {tgll:1}
Kepada Yth. Pimpinan Bank Mandiri KCP Kupang
Perihal: Permohonan restrukturisasi KUR
Saya [[{full:w1}]], debitur KUR dengan rekening [[{rekmdr:w1}]], NPWP [[{npwp:w1}]],
  mohon keringanan angsuran karena usaha warung saya tutup setelah banjir.
Hormat saya,
[[{full:w1}]]
~~~
SURAT KETERANGAN HILANG
Nomor: {surat:spkt}
Telah datang melapor: [[{full:m1}]], pekerjaan wiraswasta, alamat [[{addr:m1}]], bahwa
  telah kehilangan BPKB sepeda motor nomor polisi [[{plate:m1}]] pada {tgll:1} di
  sekitar {pasar:1}.
~~~
SURAT KETERANGAN USAHA
Lurah {kel:1} menerangkan bahwa [[{full:w1}]], NIK [[{nik:w1}]], benar memiliki usaha
  jahit pakaian di rumah sendiri, [[address:{addr:w1}, {rt:w1}]], sejak tahun 2021.
~~~
SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK KEBENARAN DATA KELAHIRAN
Nama ayah: [[{full:m1}]]
NIK ayah: [[{nik:m1}]]
Nama ibu: [[{full:w1}]]
NIK ibu: [[{nik:w1}]]
Nomor KK: [[{kk:m1}]]
Menyatakan bahwa anak kami [[{first:cw1}]] lahir di rumah pada {tgll:1} dibantu bidan
  [[{first:w2}]].
~~~
NOTULEN RAPAT KOMITE {smp^:1}
Hari/tanggal: {hari:1}, {tgll:1}
1. Bapak [[{full:m1}]] (orang tua kelas 8) mengusulkan iuran dihapus untuk keluarga PKH.
2. Ibu [[{full:w1}]] menyampaikan bahwa bendahara komite [[{full:w2}]] akan membuka
  rekening baru di BRI a.n. pribadi, [[{rekbri:w2}]], sampai rekening komite aktif.
3. Rapat ditutup pukul {jam:s1}.
~~~
Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Perihal: Perbaikan data peserta
Saya [[{full:w1}]], peserta JKN nomor [[{bpjs:w1}]], NIK [[{nik:w1}]], mohon perbaikan
  tanggal lahir yang tercatat salah di aplikasi sejak {tgl:1}. Data yang benar sesuai
  KTP: {dobl:w1}.
Hormat saya, [[{full:w1}]]
~~~
SURAT PERNYATAAN
Saya [[{full:m1}]], pemilik kendaraan [[{plate:m1}]], menyatakan bersedia membongkar
  bangunan kios yang melewati garis sempadan di depan rumah saya, [[address:{addr:m1},
  {rt:m1}]], paling lambat {tgll:2}.
Kupang, {tgll:1}
[[{full:m1}]]
~~~
BERITA ACARA PEMERIKSAAN SETEMPAT
Tim kelurahan {kel:1} memeriksa rumah [[{full:ow1}]] di [[address:{addr:ow1}, {rt:ow1}]]
  yang retak akibat getaran alat berat proyek. Hadir: [[{full:m1}]] (anak),
  [[{full:m2}]] (Ketua RT). Kerusakan: dinding dapur retak {n:2} meter.
~~~
Yth. Bapak Wali Kota Kupang
Kami warga Gg. {?Sepakat|Damai|Rukun} mengucapkan terima kasih atas pengaspalan jalan
  lingkungan. Tertanda atas nama warga: [[{full:m1}]], HP [[{hp:m1}]].
~~~
SURAT EDARAN
Nomor: {surat:setda}
Tentang: Jam kerja ASN selama bulan {?November|Desember}
Jam pelayanan kantor pemerintah Kota Kupang: Senin-Kamis 07.30-15.30, Jumat 07.30-11.00.
  Pelayanan pengaduan tetap melalui SMS 1708.
~~~
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KUPANG
Jl. Timor Raya Km. 5, Telp. {ofc:1}
UNDANGAN
Nomor: {surat:pupr}
Mengharap kehadiran Bapak/Ibu pada rapat koordinasi penanganan genangan di {jln:1},
  {hari:1}, {tgll:1}, pukul {jam:p1}.
~~~
NOTA DINAS
Kepada: Kepala Bidang Bina Marga
Dari: Sekretaris Dinas
Nomor: {surat:pupr}
Hal: Tindak lanjut laporan {tiket:1} tentang jalan berlubang di {jln:1}. Mohon survei
  lokasi dan laporan foto paling lambat {tgll:1}.
~~~
WARTA JEMAAT GMIT {?Koinonia|Paulus|Ebenhaezer|Betel}
Ibadah syukur panen {hari:1} pukul {?09.00|16.00|17.00}. Persembahan pembangunan pastori
  dapat disalurkan ke rekening Majelis Jemaat Bank NTT {brek:ntt}. Terima kasih atas
  persembahan minggu lalu {rp:m}.
~~~
KOPERASI SERBA USAHA TUNAS HARAPAN
NPWP: {bnpwp:1}
UNDANGAN RAPAT ANGGOTA TAHUNAN
Hari/tanggal: {hari:1}, {tgll:1}
Simpanan wajib dapat disetor ke rekening koperasi BRI {brek:bri}.
~~~
KEPUTUSAN LURAH {kel^:1}
Nomor: {surat:kel}
Tentang: Pembentukan Tim Kebersihan Lingkungan RT 01 sampai RT {n:10}
Menimbang: keluhan warga RT 01 sampai RT {n:10} tentang sampah di saluran.
~~~
NOTULEN RAPAT WARGA RT {n:9} / RW {n:3}
Agenda: persiapan lomba kebersihan. Hasil: kerja bakti {hari:1} pukul {jam:p1}; iuran
  {rp:s} per KK; warga RT {n:9} siap ikut lomba tingkat kelurahan.
~~~
LAPORAN PEMERIKSAAN PEKERJAAN
Paket: Rehabilitasi saluran {jln:1}
Penyedia: CV Karya Lontar, NPWP {bnpwp:1}, rekening Bank NTT {brek:ntt}
Nilai kontrak: {rp:l}
Progres fisik: {n:10} persen per {tgll:1}.
~~~
PENGUMUMAN
Sehubungan dengan perbaikan jembatan di {jln:1}, jalan ditutup mulai {tgll:1} sampai
  {tgll:2}. Kendaraan dialihkan lewat {jln:2}. Informasi: Dinas Perhubungan {ofc:1}.
~~~
{sd^:1}
Jl. {?Kenari|Sukun|Amabi} No. {n:5}, Telp. {ofc:1}
SURAT EDARAN KEPADA ORANG TUA
Pembayaran iuran kegiatan akhir tahun sebesar {rp:s} dapat disetor ke rekening sekolah
  Bank NTT {brek:ntt} a.n. {sd:1}.
""",
    "ocr_scan": """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
N I K : [[{niko:m1k}]]
N a m a : [[{fullo:m1k}]]
Tempat/Tgl Lahir : {pob^:m1k}, {dob:m1k}
Jenis Kelamin : {sex:m1k}   Gol. Darah : {?O|A|B|-}
Alamat : [[{addr^:m1k}]]
RT/RW : [[{rtk:m1k}]]
Kel/Desa : {kel^:1}
Kecamatan : {kec^:1}
Agama : {?KRISTEN|KATHOLIK|ISLAM}
~~~
KARTU KELUARGA
No. [[{kko:w1k}]]
Nama Kepala Keluarga : [[{full^:w1k}]]
Alamat : [[{addr^:w1k}]]
RT/RW : [[{rtk:w1k}]]
No | Nama Lengkap | NIK | Status
1 | [[{full^:w1k}]] | [[{nikp:w1k}]] | KEPALA KELUARGA
2 | [[{full^:cm1}]] | [[{niko:cm1}]] | ANAK
3 | [[{full^:cw1}]] | [[{nikp:cw1}]] | ANAK
~~~
SURAT IZIN MENGEMUDI
{nib:1}
1. [[{full^:m1}]]
2. {pob^:m1}, {dob:m1}
3. {?O|A|B} - {sex:m1}
4. [[address:{addr^:m1} {rt:m1}]]
5. {?KARYAWAN SWASTA|WIRASWASTA|PNS|PETANI}
6. POLRESTA KUPANG KOTA
~~~
KUTIPAN AKTA NIKAH
Nomor: {surat:kua}
Suami : [[{full^:m1}]]   NIK : [[{niko:m1}]]
Istri : [[{full^:w1}]]   NIK : [[{nikp:w1}]]
Tanggal akad : {tgll:1}
Wali : [[{full^:om1}]]
~~~
KARTU TANI
[[{fullo:m1}]]
NIK [[{nikp:m1}]]
BNI [[{rekbni:m1}]]
KELOMPOK TANI SUMBER MAKMUR - DESA {?BAUMATA|OELNASI|NOELBAKI}
~~~
MUTASI REKENING
TANGGAL  KETERANGAN                               NOMINAL
{tgl:1}  TRF DARI [[{full^:m2}]]  [[{rekbri:m2}]]   {rp:m} CR
{tgl:2}  TARIK TUNAI ATM {jln^:1}                {rp:m2} DB
{tgl:3}  TRF DARI [[{full^:w2}]]  [[{rekbni:w2}]]   {rp:s} CR
~~~
KWITANSI
No : {n:40}
Telah terima dari : [[{full:yw1}]]
Uang sejumlah : {rp:m}
Untuk pembayaran : sewa kamar kos bulan {?Oktober|November|Desember}
Kupang, {tgll:1}
Penerima,
[[{full:w1}]]
HP [[{hpo:w1}]]
~~~
LAPORAN HASIL BELAJAR
Nama Peserta Didik : [[{full^:cm1}]]
NISN : {nisn:1}
Sekolah : {sd^:1}
Nama Orang Tua/Wali : [[{full^:m1}]]
Alamat : [[{addr^:m1}]]
~~~
SERTIFIKAT VAKSINASI RABIES (HEWAN)
Pemilik : [[{fullo:m1}]]
NIK : [[{niko:m1}]]
Alamat : [[{addr^:m1}]]
Nama hewan : {?BOBI|MANIS|BLEKI} (anjing)
Tanggal vaksin : {tgl:1}
~~~
BPJS KETENAGAKERJAAN
KPJ : {nib:1}
NAMA : [[{full^:m1}]]
NIK : [[{nikp:m1}]]
TGL LAHIR : {dob:m1}
~~~
SURAT RUJUKAN
Puskesmas {pkm:1}
Kepada Yth. dokter poli {?penyakit dalam|anak|mata} {rs:1}
Nama pasien : [[{full:w1}]]
No. Kartu : [[{bpjso:w1}]]
Alamat : [[{addr:w1}]]
Diagnosa : {?hipertensi|katarak|diabetes melitus}
~~~
BUKU PEMILIK KENDARAAN BERMOTOR
Nomor Registrasi : [[{plate:m1}]]
Nama Pemilik : [[{fullo:m1}]]
Alamat : [[{addr^:m1}]]
Merk/Type : {?HONDA/VARIO 125|YAMAHA/NMAX|SUZUKI/CARRY}
Tahun Pembuatan : {?2015|2018|2019|2021|2023}
~~~
SURAT KETERANGAN LAHIR
{rs:1}
Telah lahir seorang bayi {?perempuan|laki-laki} pada {tgll:1}
Nama Ibu : [[{full^:w1}]]
NIK Ibu : [[nik:{nik1:w1}
{nik2:w1}]]
Nama Ayah : [[{full^:m1}]]
~~~
DATA KELUARGA (cek bansos)
No KK[[{kkp:m1}]]Nama Kepala Keluarga[[{full^:m1}]]Alamat[[{addr^:m1}]]Status BPNT :
  TIDAK AKTIF
~~~
Kepada Yth Bapak Lurah
Sy mau lapor got di samping rumah sy tersumbat sampah plastik dari atas, kalau hujan air
  masuk rmh. Mohon dibantu. Hub sy [[{hpo:w1}]]
Hormat sy
[[{full:w1}]]
~~~
KARTU NPWP
NPWP : [[{npwpo:m1}]]
[[{full^:m1}]]
NIK : [[{nikp:m1}]]
[[address:{addr^:m1} {rt:m1}]]
KPP PRATAMA KUPANG
~~~
KARTU IDENTITAS ANAK
NIK : [[{niko:cw1}]]
Nama : [[{full^:cw1}]]
No. KK : [[{kkp:m1}]]
Nama Kepala Keluarga : [[{full^:m1}]]
~~~
STRUK TRANSFER ATM
TGL {tgl:1} JAM {jam:s1}
BANK TUJUAN BRI
REK TUJUAN [[{rekbri:w1}]]
NAMA TUJUAN [[{full^:w1}]]
JUMLAH {rp:m}
~~~
PDAM TIRTA LONTAR KOTA KUPANG
BUKTI PEMBAYARAN
No. Sambungan : {pdam:1}
Periode : {?OKTOBER|NOVEMBER} 2026
Tagihan : {rp:s}
Petugas loket : LOKET 2
~~~
APOTEK KASIH IBU
Jl. {?Sukun|Nangka|Bakti} No. {n:5}, Kupang
NPWP : {bnpwp:1}
Paracetamol 500mg x10  {rp:s}
Amoksisilin 500mg x15  {rp:s2}
~~~
KARCIS RETRIBUSI PASAR {pasar^:1}
No. Seri {n:90}{n:40}
Tarif {rp:t}
Berlaku 1 hari
~~~
SPPT PBB P2 TAHUN 2026
NOP : {nop:1}
LETAK OBJEK PAJAK : {jln^:1}
PBB TERHUTANG : {rp:m}
JATUH TEMPO : {tgl:1}
~~~
STRUK PEMBELIAN TOKEN
ID PEL : {pln:1}
NO METER : {meter:1}
STROOM/TOKEN : {token:1}
RP BAYAR : {rp:m}
~~~
SPANDUK KELURAHAN {kel^:1}
FOGGING GRATIS {hari^:1} {tgl:1}
HUB. PETUGAS : {owa:1}
~~~
NOMOR ANTREAN
DUKCAPIL KOTA KUPANG
{antri:1}
{tgll:1} {jam:p1}
Loket perekaman KTP-el
~~~
TIKET BUS DAMRI KUPANG - {?SOE|KEFAMENANU|ATAMBUA}
Tgl : {tgl:1}  Jam : {jam:p1}
Kursi : {n:4}
Harga : {rp:s}
~~~
LAUNDRY BERSIH KILAT
Jl. {?Kelapa|Rote|Flores} No. {n:5}, Telp/WA {owa:1}
Nota : {n:80}
Cuci setrika 5 kg  {?Rp 30.000|Rp 35.000|Rp 40.000}
~~~
DISPOSISI KEPALA DINAS
No. Agenda : {surat:1}
Diteruskan kepada : Sekretaris
Isi : pelajari dan buat telaahan staf, laporkan {tgl:1}
""",
    "register_notice": """
DAFTAR PENERIMA KACAMATA GRATIS LANSIA - KELURAHAN {kel^:1}
No | Nama | NIK | RT/RW | Umur
1 | [[{full^:om1}]] | [[{nikp:om1}]] | [[{rtk:om1}]] | {age:om1}
2 | [[{full^:ow1}]] | [[{nikp:ow1}]] | [[{rtk:ow1}]] | {age:ow1}
3 | [[{full^:ow2}]] | [[{nikp:ow2}]] | [[{rtk:ow2}]] | {age:ow2}
~~~
Data balita stunting Posyandu {?Melati|Kenanga|Bunga Bakung} bulan {?Oktober|November}:
1. [[{first:cm1}]] (ibu: [[{full:w1}]]) - {n:8} bulan
2. [[{first:cw1}]] (ibu: [[{full:w2}]]) - {n:7} bulan
3. [[{first:cm2}]] (ibu: [[{full:w3}]]) - {n:6} bulan
Kader: [[{full:w4}]]
~~~
No,Nama,NIK,No KK,Alamat,Keterangan
1,[[{full^:m1}]],[[{nikp:m1}]],[[{kkp:m1}]],[[{addr^:m1}]],PINDAH DOMISILI
2,[[{full^:w1}]],[[{nikp:w1}]],[[{kkp:w1}]],[[{addr^:w1}]],SALAH TULIS NAMA
~~~
DAFTAR OJEK PANGKALAN {pasar^:1}
Nama;Nopol;HP
[[{full:m1}]];[[{plate:m1}]];[[{hp:m1}]]
[[{full:m2}]];[[{plate:m2}]];[[{hp:m2}]]
[[{full:m3}]];[[{plate:m3}]];[[{hp:m3}]]
~~~
BUKU TAMU KOS {?GRIYA ANUGERAH|PONDOK MAWAR|BERKAT SION}
Nama Penghuni | NIK | Asal | HP
[[{full:yw1}]] | [[{nik:yw1}]] | {pob:yw1} | [[{hp:yw1}]]
[[{full:yw2}]] | [[{nik:yw2}]] | {pob:yw2} | [[{hp:yw2}]]
~~~
Peserta sunat massal HUT Kota Kupang
No. Nama Anak (umur) - Orang tua - HP
1. [[{full:cm1}]] ({?6|7|8|9}) - [[{full:m1}]] - [[{hp:m1}]]
2. [[{full:cm2}]] ({?9|10|11|12}) - [[{full:m2}]] - [[{hp:m2}]]
~~~
SENSUS JEMAAT GMIT {?Betel|Sion|Imanuel} RAYON {n:3}
No KK	Kepala Keluarga	Jumlah Jiwa
[[{kkp:m1}]]	[[{full:m1}]]	{n:2}
[[{kkp:m2}]]	[[{full:m2}]]	{n:3}
[[{kkp:w1}]]	[[{full:w1}]]	{n:1}
~~~
Vaksinasi ternak babi (ASF) - RT {n:9}
Pemilik | HP | Jumlah
[[{full:m1}]] | [[{hp:m1}]] | {n:2} ekor
[[{full:ow1}]] | [[{hp:ow1}]] | {n:1} ekor
Petugas: drh. [[{full:w2}]]
~~~
PEREKAMAN ULANG KTP-EL RUSAK - POSKO MAHASISWA UNDANA {tgl:1}
1 [[{full^:ym1}]] [[{nikp:ym1}]]
2 [[{full^:yw1}]] [[{nikp:yw1}]]
3 [[{full^:ym2}]] [[{nikp:ym2}]]
~~~
Peserta pendaftaran JKN keliling Kel. {kel:1}
Nama,No. Kartu,Faskes
[[{full:w1}]],[[{bpjsp:w1}]],Puskesmas {pkm:1}
[[{full:m1}]],[[{bpjsp:m1}]],Puskesmas {pkm:1}
[[{full:ow1}]],[[{bpjsp:ow1}]],Puskesmas {pkm:1}
~~~
DAFTAR HADIR PELATIHAN DIGITAL MARKETING UMKM
No | Nama | Usaha | Email
1 | [[{full:w1}]] | kue kering | [[{mail:w1}]]
2 | [[{full:w2}]] | tenun ikat | [[{mail:w2}]]
3 | CV Sasando Kreatif | souvenir | cvsasandokreatif@gmail.com
~~~
REKAP NPWP TENAGA HONORER KELURAHAN {kel^:1} (diminta bendahara)
[[{full:m1}]] - [[{npwp:m1}]]
[[{full:w1}]] - [[{npwp:w1}]]
[[{full:ym1}]] - [[{npwpn:ym1}]] (NIK sebagai NPWP)
~~~
Penerima bantuan bibit jagung Kelompok Tani {?Harapan Baru|Sinar Pagi|Tunas Muda}
No | Nama | NIK | Rekening BRI
1 | [[{full:m1}]] | [[{nik:m1}]] | [[{rekbri:m1}]]
2 | [[{full:m2}]] | [[{nik:m2}]] | [[{rekbri:m2}]]
~~~
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Nama pelaku
{scam:1} | ngaku petugas PLN | tidak diketahui
[[{hp:m1}]] | pinjam uang atas nama teman | [[{full:m1}]]
{scam:2} | hadiah undian | tidak diketahui
~~~
Pendaftar rumah layak huni 2027 - {kel:1}
Nama: [[{full:w1}]] | Alamat: [[{rt:w1}]] | HP: [[{hp:w1}]]
Nama: [[{full:om1}]] | Alamat: [[{rt:om1}]] | HP: [[{hp:om1}]]
~~~
JADWAL RONDA RT {n:9}
Senin: [[{first:m1}]], [[{first:m2}]]
Rabu: [[{first:m3}]], [[{first:m4}]]
Sabtu: [[{first:m5}]], Pak RT
~~~
Daftar pemilik mobil yang parkir di bahu {jln:1} (razia {tgl:1})
[[{plate:m1}]] - [[{full:m1}]]
[[{plate:m2}]] - [[{full:m2}]]
[[{plate:w1}]] - [[{full:w1}]]
~~~
Pemohon surat keterangan tidak mampu minggu ini:
1. [[{full:w1}]], [[address:{addr:w1}, {rt:w1}]], untuk berobat
2. [[{full:m1}]], [[address:{addr:m1}, {rt:m1}]], untuk sekolah anak
~~~
DIREKTORI LAYANAN PENGADUAN KOTA KUPANG
Instansi | Telepon | WhatsApp
Dinas Kependudukan | {ofc:1} | {owa:1}
Dinas Sosial | {ofc:2} | {owa:2}
PDAM Tirta Lontar | {ofc:3} | {owa:3}
~~~
JADWAL FOGGING
{hari:1}: RT 01-RT 04 Kel. {kel:1}
{hari:2}: RT 05-RT 09 Kel. {kel:1}
Kontak Puskesmas {pkm:1}: {ofc:1}
~~~
JUMLAH KPM BPNT PER RT - KEL. {kel^:1}
RT 01: {n:10}
RT 02: {n:11}
RT 03: {n:12}
RT 04: {n:13}
~~~
TARIF RETRIBUSI PASAR {pasar^:1}
Los ikan {rp:s}/hari
Kios {rp:m}/bulan
Parkir motor {rp:t}
~~~
Jadwal posyandu Kel. {kel:1}
Posyandu Kasih Ibu - {hari:1} {tgl:1}
Posyandu Bunga Bakung - {hari:2} {tgl:2}
Pendaftaran: WA {owa:1}
~~~
DAFTAR NIB USAHA MIKRO TERBIT
No | Nama Usaha | NIB | Kelurahan
1 | Kios Sumber Rejeki | {nib:1} | {kel:1}
2 | UD Laut Timor | {nib:2} | {kel:2}
~~~
REKAP PENGADUAN PER KANAL {?OKTOBER|NOVEMBER}
SMS 1708: {n:20}
WA {owa:1}: {n:15}
Telepon {ofc:1}: {n:6}
~~~
DAFTAR APOTEK JAGA MALAM
Apotek Kimia Farma {jln:1} | {ofc:1}
Apotek K24 {jln:2} | {owa:1}
~~~
JADWAL PENGANTARAN AIR TANGKI KELURAHAN {kel^:1}
{hari:1}: RT 03, RT 05
{hari:2}: RT 07, RT 11
Sopir tangki: hubungi kantor lurah {ofc:1}
~~~
KONTRAK PEKERJAAN JALAN LINGKUNGAN 2026
Paket | Penyedia | NPWP | Nilai
Rabat beton Gg. {?Damai|Rukun} | CV Timor Jaya | {bnpwp:1} | {rp:l}
Drainase {jln:1} | CV Karya Lontar | {bnpwp:2} | {rp:l2}
""",
    "kupang_malay": """
Selamat sore. Beta [[{full:w1}]], tinggal di [[address:{addr:w1}, {rt:w1}]]. Su satu
  minggu ni air PDAM sonde jalan, katong beli air tangki terus. Tolong dong lia katong
  sedikit. HP beta [[{hp:w1}]]
~~~
Bapa, beta pung anak [[{first:cm1}]] kena pukul deng anak SMP di depan sekolah, kepala
  bengkak. Guru bilang itu di luar pagar jadi bukan dong pung urusan. Beta mau lapor ko
  mana? [[{full:m1}]]
~~~
Pak, beta pung mama [[{full:ow1}]] pung kartu BPJS [[{bpjs:ow1}]] sonde bisa pake di
  puskesmas, dong bilang su mati. Padahal mama ni janda, dapa PBI. Tolong cek ko.
~~~
Beta su kasi doi {rp:m} ke [[{full:m2}]], dia bilang bisa urus beta pung anak masuk
  polisi. Sekarang dia sonde angkat telpon lai. Dia pung nomor [[{hp:m2}]]. Beta pung
  nama [[{full:m1}]].
~~~
Ada anak muda di katong pung gang, dong panggil dia [[{nick:ym1}]], tiap malam mabuk ko
  bakalai di jalan. Warga su takut keluar malam. Tolong polisi patroli di [[{rt:m1}]].
  Beta [[{first:m1}]].
~~~
Beta pung NIK [[{nik:w1}]] di Dukcapil tatulis nama orang lain, jadi beta sonde bisa
  ambil bantuan. Beta su datang tiga kali, dong suru tunggu terus. [[{full:w1}]]
~~~
Beta pung anak nona [[{first:cw1}]] lahir {tgll:1} ma sampe sekarang sonde masuk di KK
  [[{kk:m1}]]. Dong bilang blangko habis. Beta pung laki [[{full:m1}]] kerja di
  Malaysia, jadi beta sendiri yang urus.
~~~
Bapa lurah, beta pung bengkel las di rumah sa, [[{addr:m1}]], ma petugas pajak datang
  tagih pajak reklame {rp:m} untuk papan kecil. Itu papan nama sa ko. Beta [[{full:m1}]].
~~~
Tadi pagi ada mobil pick up [[{plate:m2}]] buang sampah ke kali di bawah jembatan
  {jln:1}. Beta su foto. Itu bukan sekali dua kali.
~~~
Beta mau lamar kerja di Pemkot ma dong suru kirim lewat email. Beta pung email
  [[{mail:ym1}]], tolong kasi tau kalo su masuk. [[{full:ym1}]]
~~~
Oma [[{full:ow1}]] pung rumah di [[{addr:ow1}]] su mau rubu, atap bocor semua. Oma
  tinggal sendiri, anak-anak di Jawa. Tolong Dinas Sosial datang lia.
~~~
Tanah di bawah beta pung dapur longsor setelah hujan kemarin, tinggal satu meter lai ko
  rubu. Alamat [[address:{addr:m1}, {rt:m1}]]. Beta [[{full:m1}]] [[{hp:m1}]]
~~~
Beta pung bapa kos [[{full:m2}]] potong listrik ke beta pung kamar, padahal beta su
  bayar {rp:m}. Dia bilang beta talambat. Beta ada kwitansi. [[{first:yw1}]]
~~~
Ada orang telpon dari {scam:1}, dia bilang dia dari Dinas Sosial, minta beta pung NIK
  deng foto KK. Beta sonde kasi. Beta pung nomor [[{hp:w1}]] kalo mau tanya. [[{first:w1}]]
~~~
Oto angkot beta pung laki [[{plate:m1}]] ditahan polisi di {jln:1}, dong bilang surat
  sonde lengkap, padahal baru bayar pajak. Beta [[{full:w1}]], laki beta [[{full:m1}]].
~~~
NPWP beta [[{npwp:m1}]] sonde bisa baca di sistem e-katalog, dong suru ke KPP ma KPP
  suru ke Pemkot. Beta pusing. [[{first:m1}]]
~~~
Beta pung anak pung kartu JKN [[{bpjs:cm1}]] mati, ma beta pung kartu masih idup. Kenapa
  bisa begitu? Beta [[{full:w1}]], di [[{rt:w1}]] Kel. {kel:1}.
~~~
Om [[{first:m2}]] yang jual ikan di pasar {pasar:1} bilang mau kasi pinjam doi, kirim ke
  Dana [[{hp:m1}]] yang punya beta, [[{full:m1}]]. Ma sampe sekarang sonde masuk. Itu
  beta pung nomor sendiri.
~~~
Katong keluarga [[{fam:m1}]] di [[{rt:m1}]] su tiga bulan sonde dapa air, padahal bayar
  terus. Tolong PDAM.
~~~
Beta pung kaka [[{full:m2}]] tinggal di [[address:{addr:m2}, {rt:m2}]] ma dia pung nama
  sonde ada di DPT. Dia su 17 tahun lebih. Tolong KPU cek. Kaka pung NIK [[{nik:m2}]].
~~~
Beta lapor ee, jalan di {jln:1} dekat {rs:1} lubang besar, oto dong talapas ban. Su
  berapa bulan sonde ada yang datang tambal.
~~~
Sampah di pasar {pasar:1} tatumpuk sampe ke jalan, bau minta ampun. Petugas sampah dong
  datang cuma satu kali satu minggu.
~~~
PDAM pung nomor {ofc:1} sonde pernah angkat. Katong mau lapor pipa pecah di {kel:1} ma
  sonde ada yang dengar.
~~~
Ada orang pake baju PLN datang ke rumah-rumah bilang mau ganti meteran, minta doi
  {rp:m}. Katong tanya PLN 123 dong bilang sonde ada petugas begitu. Hati-hati ee bosong
  samua.
~~~
Uang komite di {smp:1} naik jadi {rp:s} satu bulan. Katong ni orang susah, mau bayar
  pake apa?
~~~
Antre di Dukcapil dari jam 6 pagi, dapa nomor {antri:1}, jam 12 dong su tutup. Besok
  datang lai. Capek ee.
~~~
Tagihan PLN beta naik jadi {rp:m}, padahal sonde ada barang baru. ID pelanggan {pln:1}.
  Tolong cek meteran ko.
~~~
Ongkos angkot sekarang {rp:t} ko? Sopir dong minta lebih dari tarif. Dishub tolong atur.
~~~
Ada pesan berantai bilang air PDAM di {kel:1} ada racun. Itu hoax ko sonde? Katong takut
  minum.
~~~
Terima kasih Dinas PUPR su pasang lampu jalan di {jln:1}. Sekarang anak-anak pulang les
  malam su sonde takut.
~~~
Beta jual ikan kering, usaha perorangan. Waktu daftar jadi penyedia makanan sekolah,
  NPWP pribadi sa [[{npwp:w1}]] ditolak, dong bilang harus NPWP badan. Kalo bayar muka,
  kirim ke rek BRI beta [[{rekbri:w1}]] a.n. [[{full:w1}]].
""",
}


if __name__ == "__main__":
    main()
