"""Write ``redaction_blind_v22.jsonl``: the twenty-second blind redaction corpus.

The texts come from hand-written templates (below, per style), each filled three times by
seeded generators; labels are written inline and turned into character offsets here. Every
filled text is checked (see ``check``) and drawn again when a check fails. The output is the
same on every run: ``random.Random(20270122)`` is the only source of chance. Run it with the
project's Python; it rewrites the file and prints its SHA-256 and its counts.

Template syntax (see ``README-redaction-v22.md``): templates of a style are separated by lines
``~~~``; a line indented by two spaces continues the line above (joined with one space);
``[[kind:...]]`` labels what is inside; ``[[{gen:key}]]`` labels one value with its generator's
kind; ``{gen:key}`` is a value left unlabelled; ``{gen^:key}`` and ``{gen_:key}`` give it in
capitals or lower case; ``{?a|b|c}`` picks one alternative; a template opening with ``@CAPS`` or
``@lower`` is written wholly so; ``\\t`` is a tab and ``\\uXXXX`` a character.
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

SEED = 20270122
OUT = Path(__file__).with_name("redaction_blind_v22.jsonl")
PREFIX = "xv22"
FILLS = 3
DRAWS = 400
KINDS = (
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
)

# --------------------------------------------------------------------------- word pools


def words(text: str, sep: str | None = None) -> list[str]:
    """The words of ``text`` (pools are written as one string, to keep them short)."""
    return text.split(sep)


WOMEN = words(
    "Maria Yuliana Agustina Selfina Yohana Margaretha Ester Dorkas Rosalina Febriana Novita "
    "Yanti Meri Sisilia Imelda Florida Adriana Kristina Marlin Priska Oktaviana Hermina Yasinta "
    "Elisabeth Magdalena Susana Ribka Debora Yuneti Martha Serlin Anita Lince Yosefina Veronika "
    "Regina Ferderika Jublina Naomi Yunita Apriani Delfi Erna Mince Nelci Orpa Paulina Santi "
    "Welmina Ardelina Asnat Batseba Dewi Ernawati Fransina Grasela Hendrika Irene Yusmina Lusia "
    "Merlin Nurhayati Ovi Petronela Rahel Sofia Teresia Wilda Yulita Mariana Sarlin Nova"
)
MEN = words(
    "Yohanes Agustinus Fransiskus Petrus Paulus Yosef Markus Simon Daniel Yakobus Melkianus "
    "Dominggus Aleksander Kornelis Benyamin Gabriel Stefanus Matheus Yeremias Obed Zakarias "
    "Frengki Roni Deki Welem Yulius Adrianus Hendrik Imanuel Ferdinand Laurens Viktor Aloysius "
    "Nikolaus Ruben Semuel Habel Yunus Efraim Titus Arnoldus Rikardus Albertus Ignasius Herman "
    "Jemy Melki Oktovianus Sefnat Lukas Bernadus Elias Filipus Gerson Hironimus Isak "
    "Kristofel Marthen Nehemia Piter Rudolf Silvester Thomas Yoakim Abraham Daud Ebed"
)
YOUNG_W = words(
    "Kezia Gresia Velin Angel Rista Friska Meylan Tesa Olivia Sindi Cantika Brigita Clara Dela "
    "Evlin Gaby Inggrid Jesika Karin Lia Mikaela Nadia Putri Rere Selvi Tasya Vina Wulan Yesi"
)
YOUNG_M = words(
    "Jefta Kenzo Mikha Elkana Rivaldo Juan Gerald Rendi Alfon Yefta Ricky Brayen Cristo Dion "
    "Edo Fandi Gilbert Heru Ivan Jonathan Kevin Leon Marvel Noval Owen Randi Stev Tian Valen"
)
OLD_W = words(
    "Sarlota Dortia Yakomina Karolina Lodia Adelina Agnes Salomi Yuliana Hana Elsina Dina "
    "Maria Sara Rut Yokbet Mariam Selvina Lea Martina"
)
OLD_M = words(
    "Lazarus Lodewyk Zadrak Yakob Nahor Soleman Esau Gidion Mesakh Frans Abner Barnabas Eliezer "
    "Hosea Lamek Matias Nikodemus Ote Saul Yeskial"
)
NICK_W = words("Noni Ati Eti Nela Uci Ema Lin Ici Eta Oce")
NICK_M = words("Nyong Ose Ancu Eki Tius Anis Yos Roy Boy Ocen Eman Deni")
FAMILY = words(
    "Ndun Manafe Tefa Benu Bessie Therik Nenobais Tanone Amalo Fanggidae Mooy Lobo Tnunay "
    "Boimau Sabneno Liunokas Neolaka Tamelab Tunliu Kolimon Lakapu Toelle Oematan Nubatonis "
    "Banunaek Tlonaen Ataupah Mboeik Nggili Messakh Adoe Bolla Dethan Foenay Haba Henuk Kapitan "
    "Kase Lenggu Lomi Nalle Ndoen Ninu Pandie Radja Rohi Saudale Selan Seuk Sine Taek Takoy "
    "Tapatab Ully Wadu Djami Dimu Kiuk Koen Lau Leba Lulu Manoe Nope Nitbani Oni Pellokila "
    "Sinlae Sjah Snae Teuf Tualaka Tuan Bunga Kause Missa Laka Kolo Bani Nahak Seran Bere Klau "
    "Lewar Hurek Making Kewuan Dasilva Goncalves Kabosu Kaesmetan Lopo Nomleni Obe Pong Sau "
    "Sogen Tukan Uly Ximenes Zadrak Boimasa Nino Lay Pah Ratu Sabu_"
)
FAMILY = [f for f in FAMILY if not f.endswith("_") and f not in ("Bunga", "Tuan", "Zadrak")]
FAMILY2 = words(
    "Riwu Kaho|Ga Lena|Dju Dara|Mone Ratu|Ludji Pau|Kana Hau|Lado Bire|Bara Padji|Hede Bire|"
    "Dara Kian|Riwu Rohi|Tede Ludji|Wele Rihi|Lere Dima",
    "|",
)
OTHERS_W = words(
    "Ni Luh Putu Ariani|Ni Kadek Sriani|Ni Made Wartini|Wa Ode Nurmala|Wa Ode Sitti Hasnah|"
    "Rambu Ana Ndakularak|Rambu Hada Tamar|Rosmiati Daeng Sikki|Go Siu Lan|Tjoe Mei Hwa|"
    "Sri Wahyuningsih|Endang Purwanti|Maria Ina Sogen|Theresia Peni Koten|Siti Aminah Nusi",
    "|",
)
OTHERS_M = words(
    "I Wayan Sudarma|I Made Suarta|I Ketut Arsana|I Nyoman Mertayasa|La Ode Ridwan|"
    "La Ode Muhamad Saleh|Umbu Ndeta Hamandangu|Umbu Manu Paranggi|Kaharuddin Daeng Ngalle|"
    "Liem Kok Hin|Ong Tjong Hin|Bambang Susilo|Agus Salim Tualaka|Yosef Lewo Hurint|"
    "Abdul Gani Lamahoda",
    "|",
)
#: the given name a person of ``OTHERS_*`` is called by, and the part taken as a family name
OTHER_PARTS = {
    "Ni Luh Putu Ariani": ("Ariani", "Ariani"),
    "Ni Kadek Sriani": ("Sriani", "Sriani"),
    "Ni Made Wartini": ("Wartini", "Wartini"),
    "Wa Ode Nurmala": ("Nurmala", "Nurmala"),
    "Wa Ode Sitti Hasnah": ("Hasnah", "Hasnah"),
    "Rambu Ana Ndakularak": ("Rambu Ana", "Ndakularak"),
    "Rambu Hada Tamar": ("Rambu Hada", "Tamar"),
    "Rosmiati Daeng Sikki": ("Rosmiati", "Sikki"),
    "Go Siu Lan": ("Siu Lan", "Go"),
    "Tjoe Mei Hwa": ("Mei Hwa", "Tjoe"),
    "Sri Wahyuningsih": ("Sri", "Wahyuningsih"),
    "Endang Purwanti": ("Endang", "Purwanti"),
    "Maria Ina Sogen": ("Maria", "Sogen"),
    "Theresia Peni Koten": ("Theresia", "Koten"),
    "Siti Aminah Nusi": ("Siti", "Nusi"),
    "I Wayan Sudarma": ("I Wayan", "Sudarma"),
    "I Made Suarta": ("I Made", "Suarta"),
    "I Ketut Arsana": ("I Ketut", "Arsana"),
    "I Nyoman Mertayasa": ("I Nyoman", "Mertayasa"),
    "La Ode Ridwan": ("Ridwan", "Ridwan"),
    "La Ode Muhamad Saleh": ("Saleh", "Saleh"),
    "Umbu Ndeta Hamandangu": ("Umbu Ndeta", "Hamandangu"),
    "Umbu Manu Paranggi": ("Umbu Manu", "Paranggi"),
    "Kaharuddin Daeng Ngalle": ("Kaharuddin", "Ngalle"),
    "Liem Kok Hin": ("Kok Hin", "Liem"),
    "Ong Tjong Hin": ("Tjong Hin", "Ong"),
    "Bambang Susilo": ("Bambang", "Susilo"),
    "Agus Salim Tualaka": ("Agus", "Tualaka"),
    "Yosef Lewo Hurint": ("Yosef", "Hurint"),
    "Abdul Gani Lamahoda": ("Abdul", "Lamahoda"),
}

# Regencies of NTT (code, place of birth) and Kota Kupang's districts.
REGENCIES = (
    ("01", "Kupang"),
    ("02", "Soe"),
    ("03", "Kefamenanu"),
    ("04", "Atambua"),
    ("05", "Kalabahi"),
    ("06", "Larantuka"),
    ("07", "Maumere"),
    ("08", "Ende"),
    ("10", "Ruteng"),
    ("11", "Waingapu"),
    ("14", "Ba'a"),
    ("20", "Seba"),
    ("21", "Betun"),
)
KEL_KEC = (
    ("Oebobo", "Oebobo"),
    ("Oebufu", "Oebobo"),
    ("Kayu Putih", "Oebobo"),
    ("Liliba", "Oebobo"),
    ("Tuak Daun Merah", "Oebobo"),
    ("Fatululi", "Oebobo"),
    ("Oetete", "Oebobo"),
    ("Naikoten I", "Kota Raja"),
    ("Naikoten II", "Kota Raja"),
    ("Fontein", "Kota Raja"),
    ("Airnona", "Kota Raja"),
    ("Bakunase", "Kota Raja"),
    ("Kuanino", "Kota Raja"),
    ("Nunleu", "Kota Raja"),
    ("Oepura", "Maulafa"),
    ("Naikolan", "Maulafa"),
    ("Maulafa", "Maulafa"),
    ("Kolhua", "Maulafa"),
    ("Sikumana", "Maulafa"),
    ("Penfui", "Maulafa"),
    ("Belo", "Maulafa"),
    ("Fatukoa", "Maulafa"),
    ("Naimata", "Maulafa"),
    ("Oesapa", "Kelapa Lima"),
    ("Oesapa Barat", "Kelapa Lima"),
    ("Oesapa Selatan", "Kelapa Lima"),
    ("Lasiana", "Kelapa Lima"),
    ("Kelapa Lima", "Kelapa Lima"),
    ("Pasir Panjang", "Kota Lama"),
    ("Alak", "Alak"),
    ("Namosain", "Alak"),
    ("Nunbaun Sabu", "Alak"),
    ("Nunbaun Delha", "Alak"),
    ("Penkase Oeleta", "Alak"),
    ("Manulai II", "Alak"),
    ("Batuplat", "Alak"),
    ("Mantasi", "Alak"),
    ("Fatufeto", "Alak"),
    ("Naioni", "Alak"),
    ("Manutapen", "Alak"),
    ("Nunhila", "Alak"),
    ("Bonipoi", "Kota Lama"),
    ("Solor", "Kota Lama"),
    ("Merdeka", "Kota Lama"),
    ("Oeba", "Kota Lama"),
    ("Fatubesi", "Kota Lama"),
    ("Tode Kisar", "Kota Lama"),
    ("Nefonaek", "Kota Lama"),
    ("LLBK", "Kota Lama"),
)
HOME_STREETS = words(
    "Nangka Kenari Kelapa Jambu Sukun Kancil Kakatua Merpati Nuri Rajawali Cendana Lontar Bakti "
    "Amabi Rote Sabu Flores Bajawa Alor Ende Sumba Kerapu Tongkol Belanak Mangga Delima Kedondong "
    "Matani Oeleu Fetor Kirana Cempaka Teratai Anggrek Melati Seroja Tanjung Beringin Asoka "
    "Mentari Pelangi Bougenville Gelatik Kasuari Pipit Elang Jalak Garuda Bangau Kutilang"
)
HOME_STREETS2 = words(
    "Perintis Kemerdekaan|Cak Doko|Bundaran PU|Timor Raya|Kelinci Raya|Bukit Hijau|Air Lobang|"
    "Oebananta|Swakarsa|Batu Kadera|Damai Sejahtera|Taebenu|Ikan Paus|Tuna Indah|Nusa Indah",
    "|",
)
ESTATES = (
    "Perumnas Blok",
    "BTN Kolhua Blok",
    "Griya Liliba Blok",
    "Perum Bumi Lestari Blok",
    "Griya Tenau Permai Blok",
    "Perum Citra Oesapa Blok",
    "Kompleks Perumahan Sasando Blok",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. W.J. Lalamentik",
    "Jl. Soeharto",
    "Jl. Moh. Hatta",
    "Jl. R.A. Kartini",
    "Jl. Sam Ratulangi",
    "Jl. Adisucipto",
    "Jl. Herman Yohanes",
    "Jl. Alfons Nisnoni",
    "Jl. Timor Raya",
    "Jl. Frans Lebu Raya",
    "Jl. Kapten Tendean",
    "Jl. Jenderal Sudirman",
    "Jl. Urip Sumoharjo",
    "Jl. Siliwangi",
    "Jl. Veteran",
    "Jl. Fetor Funay",
    "Jl. H.R. Koroh",
)
HOSPITALS = (
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS St. Carolus Borromeus",
    "RS Siloam Kupang",
    "RSAU dr. Moh. Moenir",
    "RS Mamami",
    "RS Kartini Kupang",
)
PUSKESMAS = words(
    "Oebobo|Oepoi|Sikumana|Bakunase|Kupang Kota|Pasir Panjang|Alak|Penfui|Oesapa|Naioni|"
    "Manutapen|Kotaraja|Oebufu",
    "|",
)
SCHOOLS = (
    "SD Inpres Oepura 2",
    "SD Negeri Bertingkat Naikoten",
    "SD GMIT Kuanino 3",
    "SDK St. Yoseph Naikoten",
    "SMP Negeri 2 Kupang",
    "SMP Negeri 5 Kupang",
    "SMP Negeri 12 Kupang",
    "SMPK St. Theresia",
    "SMA Negeri 1 Kupang",
    "SMA Negeri 3 Kupang",
    "SMK Negeri 3 Kupang",
    "MTsN Kota Kupang",
    "SD Inpres Oetete 1",
    "SMP Negeri 8 Kupang",
    "SMA Negeri 5 Kupang",
    "SMK Negeri 2 Kupang",
    "SD Negeri Oesapa Barat",
)
MARKETS = (
    "Pasar Kasih Naikoten",
    "Pasar Oebobo",
    "Pasar Oeba",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Kuanino",
)
CHURCHES = (
    "GMIT Jemaat Kota Baru",
    "GMIT Paulus",
    "GMIT Koinonia",
    "GMIT Betlehem Oesapa",
    "Gereja Katedral Kristus Raja",
    "Paroki St. Yoseph Naikoten",
    "GMIT Efata Liliba",
    "Masjid Raya Nurussa'adah",
)
COMPANIES = (
    "CV Sinar Timor",
    "CV Karya Lontar",
    "CV Flobamora Jaya",
    "PT Timor Mandiri Konstruksi",
    "CV Cendana Utama",
    "UD Laut Timor",
    "CV Tiga Saudara Timor",
    "PT Sasando Nusa Logistik",
    "CV Bintang Sabu",
    "UD Bapak Tani",
)
COOPS = (
    "Koperasi Tunas Harapan",
    "KSP Kasih Sejahtera",
    "KSU Karya Tani Baumata",
    "Koperasi Pedagang Ikan Oeba",
    "KSP Flobamora Mandiri",
    "Koperasi Nelayan Teluk Kupang",
)
SHOPS = (
    "Toko Sinar Abadi",
    "Toko Bangunan Sumber Rejeki",
    "Apotek Kasih Ibu",
    "Toko Berkat Jaya",
    "Kios Mama Ester",
    "Toko Damai Sentosa",
    "Salon Nona Manis",
    "Fotokopi Cahaya Oesapa",
    "Bengkel Maju Motor",
    "Depot Air Murni Lestari",
)
OFFICE_MAILS = (
    "pengaduan@kupangkota.go.id",
    "dukcapil@kupangkota.go.id",
    "dinsos.kotakupang@gmail.com",
    "bapenda@kupangkota.go.id",
    "humas.setda@kupangkota.go.id",
    "ppid@kupangkota.go.id",
    "dinkes.kotakupang@gmail.com",
    "pdam.tirtalontar@gmail.com",
    "kpp.kupang@pajak.go.id",
    "kcu.kupang@bpjs-kesehatan.go.id",
    "lurah.oebufu@gmail.com",
    "camat.maulafa@kupangkota.go.id",
    "dishub@kupangkota.go.id",
    "dlhk.kotakupang@gmail.com",
)
MONTHS = words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
DAYS = words("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")
JOBS_W = words("ibu rumah tangga|guru honor|pedagang sayur|perawat|penjual kue|pegawai swasta", "|")
JOBS_M = words("nelayan|sopir angkot|tukang ojek|petani|buruh bangunan|PNS|wiraswasta|satpam", "|")
MOBILE_PREFIXES = words(
    "0811 0812 0813 0821 0822 0823 0852 0853 0851 0814 0815 0816 0855 0856 0857 0858 0817 "
    "0818 0819 0859 0877 0878 0838 0831 0832 0895 0896 0897 0898 0899 0881 0882 0887"
)
NTT_BRANCH = words("001 002 003 004 005 006 010 011 012 020 023 031")

# --------------------------------------------------------------------------- helpers

OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr(rng: random.Random, text: str, count: int = 2) -> str:
    """Read one to ``count`` digits of ``text`` as letters, as a scan or a hurried hand does."""
    spots = [i for i, c in enumerate(text) if c in OCR]
    chars = list(text)
    for i in rng.sample(spots, min(len(spots), rng.randint(1, count))):
        chars[i] = "I" if chars[i] == "1" and rng.random() < 0.3 else OCR[chars[i]]
    return "".join(chars)


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def group(text: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(text[at : at + size])
        at += size
    if at < len(text):
        parts.append(text[at:])
    return sep.join(p for p in parts if p)


def rupiah(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Person:
    """One invented person: names, birth, region and numbers, written on demand."""

    def __init__(self, rng: random.Random, key: str, taken: set[str]) -> None:
        self.rng = rng
        group_key = key.rstrip("0123456789k")
        self.sex = "w" if group_key.endswith("w") else "m"
        self.kind = group_key[:-1] if len(group_key) > 1 else ""
        kupang = key.endswith("k") or rng.random() < 2 / 3
        years = {
            "": (1962, 1988),
            "y": (1998, 2006),
            "c": (2012, 2021),
            "b": (2018, 2021),
            "t": (2008, 2011),
            "o": (1938, 1960),
            "x": (1965, 1992),
        }[self.kind]
        self.birth = datetime.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        if kupang:
            self.reg, self.place, self.dist = "71", "Kupang", f"0{rng.randint(1, 6)}"
        else:
            self.reg, self.place = rng.choice(REGENCIES)
            self.dist = f"{rng.randint(1, 24):02d}"
        for _ in range(200):
            self._names(rng)
            words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", self.full + " " + self.nick)}
            if not words & taken:
                taken |= words
                break
        self._numbers(rng)

    def _names(self, rng: random.Random) -> None:
        self.middle = ""
        if self.kind == "x":
            self.full = rng.choice(OTHERS_W if self.sex == "w" else OTHERS_M)
            self.first, self.fam = OTHER_PARTS[self.full]
            self.given = self.full
        else:
            pool = {
                ("", "w"): WOMEN,
                ("", "m"): MEN,
                ("o", "w"): OLD_W,
                ("o", "m"): OLD_M,
            }.get((self.kind, self.sex), YOUNG_W if self.sex == "w" else YOUNG_M)
            self.first = rng.choice(pool)
            if self.kind in ("", "o") and rng.random() < 0.3:
                self.middle = rng.choice(WOMEN if self.sex == "w" else MEN)
                if self.middle == self.first:
                    self.middle = ""
            self.fam = rng.choice(FAMILY2) if rng.random() < 0.12 else rng.choice(FAMILY)
            self.given = f"{self.first} {self.middle}".strip()
            self.full = f"{self.given} {self.fam}"
        self.nick = rng.choice(NICK_W if self.sex == "w" else NICK_M)

    def _numbers(self, rng: random.Random) -> None:
        b = self.birth
        day = b.day + (40 if self.sex == "w" else 0)
        self.nikv = f"53{self.reg}{self.dist}{day:02d}{b.month:02d}{b.year % 100:02d}"
        self.nikv += f"{rng.randint(1, 60):04d}"
        issued = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.kkv = f"53{self.reg}{self.dist}{issued:%d%m%y}{rng.randint(1, 9999):04d}"
        self.npwpv = f"{rng.choice((4, 5, 6, 7, 8, 9, 24, 25, 34, 35, 44, 45, 54, 55, 64, 66, 74, 75, 84, 86, 94, 96)):02d}"  # noqa: E501
        self.npwpv += digits(rng, 7) + f"92{rng.choice('01')}000"
        self.bpjsv = "000" + str(rng.randint(1, 3)) + digits(rng, 9)
        self.mobile = rng.choice(MOBILE_PREFIXES) + digits(rng, rng.choice((7, 8, 8, 8)))
        self.landline = "8" + digits(rng, 5)
        self.rt, self.rw = rng.randint(1, 42), rng.randint(1, 14)
        self.plate_v = (
            rng.choice(("DH", "DH", "DH", "EB", "ED")),
            str(rng.randint(1000, 9999)),
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2)))),
        )
        self.street = self._street(rng)
        self.write: dict[str, str] = {}
        self.mail_local = self._mail_local(rng)

    def _street(self, rng: random.Random) -> str:  # noqa: PLR0911
        roll = rng.random()
        num = str(rng.randint(1, 140)) + (rng.choice("AB") if rng.random() < 0.1 else "")
        name = rng.choice(HOME_STREETS) if rng.random() < 0.75 else rng.choice(HOME_STREETS2)
        if roll < 0.45:
            return f"Jl. {name} {rng.choice(('No.', 'No', 'no.', 'No.'))} {num}"
        if roll < 0.55:
            return f"Jl. {name} Gg. {rng.randint(1, 9)} No. {num}"
        if roll < 0.65:
            return f"Gg. {rng.choice(HOME_STREETS)} No. {num}"
        if roll < 0.72:
            return f"Jln. {name} no {num}"
        if roll < 0.78:
            return f"Jalan {name} Nomor {num}"
        if roll < 0.82:
            return f"Lr. {rng.choice(HOME_STREETS)} No. {num}"
        return f"{rng.choice(ESTATES)} {rng.choice('ABCDEFGH')}{rng.choice(('', '', '2', '3'))} No. {num}"  # noqa: E501

    def _mail_local(self, rng: random.Random) -> str:
        first = self.first.split()[-1].lower()
        fam = self.fam.replace(" ", "").lower()
        yy = str(self.birth.year % 100).zfill(2)
        return rng.choice(
            (
                f"{first}.{fam}{yy}",
                f"{first}{fam}",
                f"{first}_{fam}",
                f"{fam}.{first}",
                f"{first}{yy}{fam[:3]}",
                f"{first[0]}{fam}{rng.randint(1, 99)}",
                f"{first}.{fam}",
            )
        )

    # writings ---------------------------------------------------------------------------

    def value(self, gen: str) -> str:
        if gen not in self.write:
            self.write[gen] = self._value(gen)
        return self.write[gen]

    def _value(self, gen: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        nik = self.nikv
        if gen in ("full", "first", "given", "fam", "nick"):
            return getattr(self, gen)
        if gen == "init":
            return f"{self.first[0]}. {self.fam}"
        if gen == "scan":
            full = self.full.upper()
            words = full.split()
            longest = max(range(len(words)), key=lambda i: len(words[i]))
            word = words[longest]
            if rng.random() < 0.5 and len(word) > 4:
                cut = rng.randint(2, len(word) - 2)
                words[longest] = word[:cut] + " " + word[cut:]
            else:
                spots = [i for i, c in enumerate(word) if c in "SBOI"]
                if not spots:
                    cut = rng.randint(2, len(word) - 2)
                    words[longest] = word[:cut] + " " + word[cut:]
                else:
                    i = rng.choice(spots)
                    words[longest] = word[:i] + "58010"["SBOI".index(word[i])] + word[i + 1 :]
            return " ".join(words)
        if gen == "age":
            return str(2026 - self.birth.year - (self.birth.month > 11))
        if gen == "lahir":
            return f"{self.birth:%d-%m-%Y}"
        if gen == "ttl":
            return f"{self.place}, {self.birth:%d-%m-%Y}"
        if gen == "jk":
            return "PEREMPUAN" if self.sex == "w" else "LAKI-LAKI"
        if gen == "place":
            return self.place
        if gen == "kerja":
            return rng.choice(JOBS_W if self.sex == "w" else JOBS_M)
        if gen == "nik":
            return rng.choice(
                (nik, nik, nik, group(nik, (4, 4, 4), " "), group(nik, (2, 2, 2, 6), "."))
            )
        if gen == "nikp":
            return nik
        if gen == "nikg":
            return group(nik, (4, 4, 4), " ")
        if gen == "nikd":
            return group(nik, (2, 2, 2, 6), ".")
        if gen == "niko":
            return ocr(rng, nik, 3)
        if gen == "nikx":
            return nik[:-1] if rng.random() < 0.5 else nik[:9] + nik[8:]
        if gen == "nikbr":
            cut = rng.choice((5, 6, 8, 10, 12))
            return nik[:cut] + "\n" + nik[cut:]
        if gen == "nikpr":
            return group(nik, (2, 2, 2, 2, 2, 2, 2), " ")
        if gen == "nikc":
            return group(nik, (4, 4, 4), ", ")
        if gen == "kk":
            return self.kkv if rng.random() < 0.7 else group(self.kkv, (4, 4, 4), " ")
        if gen == "kkp":
            return self.kkv
        if gen == "kko":
            return ocr(rng, self.kkv, 2)
        n = self.npwpv
        if gen == "npwp":
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"
        if gen == "npwps":
            return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8]} {n[9:12]} {n[12:]}"
        if gen == "npwpp":
            return n
        if gen == "npwpo":
            old = f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}."
            return old + "OOO" if rng.random() < 0.5 else old.replace(".", ",", 1) + "000"
        if gen == "npwpn":
            return nik
        if gen == "nitku":
            return nik + "000000"
        if gen == "bpjs":
            return self.bpjsv if rng.random() < 0.7 else group(self.bpjsv, (4, 4, 4), " ")
        if gen == "bpjsp":
            return self.bpjsv
        if gen == "bpjso":
            return ocr(rng, self.bpjsv, 2)
        m = self.mobile
        if gen == "hp":
            return rng.choice(
                (
                    m,
                    m,
                    m,
                    group(m, (4, 4), "-"),
                    group(m, (4, 4), " "),
                    group(m, (4, 4), "."),
                    "+62 " + group(m[1:], (3, 4), "-"),
                    "+62" + m[1:],
                    "62" + m[1:],
                    "62 " + group(m[1:], (3, 4), " "),
                )
            )
        if gen == "hpp":
            return m
        if gen == "hpwa":
            return "+62 " + group(m[1:], (3, 4), "-")
        if gen == "hpi":
            return rng.choice(("+62" + m[1:], "+62 " + group(m[1:], (3, 4), " "), "62" + m[1:]))
        if gen == "hpo":
            return ocr(rng, rng.choice((m, group(m, (4, 4), "-"), group(m, (4, 4), " "))), 3)
        if gen == "hpx":
            return rng.choice(
                (
                    group(m, (4, 4), "_"),
                    group(m, (4, 4), " \u2022 "),
                    "(+62) " + group(m[1:], (3, 4), " "),
                )
            )
        if gen == "tel":
            line = self.landline
            return rng.choice(
                (f"0380 {line}", f"(0380) {line}", f"(0380) {line[:3]} {line[3:]}", f"0380-{line}")
            )
        if gen == "mail":
            return f"{self.mail_local}@{rng.choice(('gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'outlook.com', 'rocketmail.com'))}"  # noqa: E501
        if gen == "maild":
            local = self.mail_local
            return rng.choice(
                (
                    f"{local} @ gmail.com",
                    f"{local}(at)yahoo.com",
                    f"{local} [at] gmail [dot] com",
                    f"{local} at yahoo dot com",
                    f"{local}(keong)gmail(titik)com",
                    f"{local}[@]gmail.com",
                    f"{local} @gmail.com",
                    f"{local}@gmail,com",
                )
            )
        if gen == "mailgo":
            return f"{self.first.split()[-1].lower()}.{self.fam.replace(' ', '').lower()}@kupangkota.go.id"  # noqa: E501
        if gen == "mailbr":
            return f"{self.mail_local}\n@{rng.choice(('gmail.com', 'yahoo.com'))}"
        if gen == "bri":
            v = f"{rng.randint(1, 9999):04d}01{digits(rng, 6)}5{rng.randint(0, 3)}{rng.randint(1, 9)}"  # noqa: E501
            return rng.choice((v, group(v, (4, 2, 6, 2), "-")))
        if gen == "bni":
            return f"{rng.choice(('0', '1', '1', '2', '3'))}{digits(rng, 9)}"
        if gen == "mdr":
            v = f"1{rng.choice(('61', '52', '44', '81'))}00{digits(rng, 8)}"
            return rng.choice((v, group(v, (3, 2, 7), "-")))
        if gen == "bntt":
            v = f"{rng.choice(NTT_BRANCH)}01{rng.choice(('02', '03'))}{digits(rng, 7)}"
            return rng.choice((v, f"{v[:3]}.{v[3:5]}.{v[5:7]}.{v[7:13]}-{v[13]}"))
        if gen == "bca":
            return f"{rng.choice('0123478')}{digits(rng, 9)}"
        if gen == "bsi":
            return f"7{digits(rng, 9)}"
        if gen == "addr":
            return self.street
        if gen == "rt":
            rt, rw = self.rt, self.rw
            return rng.choice(
                (
                    f"RT {rt:02d}/RW {rw:02d}",
                    f"RT {rt:03d}/RW {rw:03d}",
                    f"RT {rt:02d} RW {rw:02d}",
                    f"RT {rt} RW {rw}",
                    f"RT.{rt:02d}/RW.{rw:02d}",
                    f"RT {rt:03d}/{rw:03d}",
                )
            )
        if gen == "rtone":
            return f"RT {rng.choice((str(self.rt), f'{self.rt:02d}'))}"
        if gen == "rtktp":
            return f"{self.rt:03d}/{self.rw:03d}"
        if gen == "home":
            rt, rw = self.rt, self.rw
            return f"{self.street}, " + rng.choice(
                (f"RT {rt:02d}/RW {rw:02d}", f"RT {rt:03d}/RW {rw:03d}", f"RT {rt} RW {rw}")
            )
        if gen == "plate":
            a, b, c = self.plate_v
            return rng.choice((f"{a} {b} {c}", f"{a} {b} {c}", f"{a}{b}{c}"))
        raise KeyError(gen)


PERSON_GENS = {
    **dict.fromkeys(("full", "first", "given", "fam", "nick", "init", "scan"), "name"),
    **dict.fromkeys(("nik", "nikp", "nikg", "nikd", "niko", "nikx", "nikbr", "nikpr"), "nik"),
    "nikc": "nik",
    **dict.fromkeys(("kk", "kkp", "kko"), "kk"),
    **dict.fromkeys(("npwp", "npwps", "npwpp", "npwpo", "npwpn", "nitku"), "npwp"),
    **dict.fromkeys(("bpjs", "bpjsp", "bpjso"), "bpjs"),
    **dict.fromkeys(("hp", "hpp", "hpwa", "hpi", "hpo", "hpx", "tel"), "phone"),
    **dict.fromkeys(("mail", "maild", "mailgo", "mailbr"), "email"),
    **dict.fromkeys(("bri", "bni", "mdr", "bntt", "bca", "bsi"), "bank_account"),
    **dict.fromkeys(("addr", "rt", "rtone", "rtktp", "home"), "address"),
    "plate": "plate",
    **dict.fromkeys(("age", "lahir", "ttl", "jk", "kerja", "place"), ""),
}


class Fill:
    """The values of one text: people by key, and one value per (generator, key)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.values: dict[tuple[str, str], str] = {}
        self.used: dict[str, set[str]] = {}
        start = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randint(0, 320))
        while start.weekday() > 4:
            start += datetime.timedelta(days=1)
        self.dates = {"d1": start}
        later = start
        for key in ("d2", "d3", "d4"):
            later += datetime.timedelta(days=rng.randint(1, 6))
            while later.weekday() > 4:
                later += datetime.timedelta(days=1)
            self.dates[key] = later
        self.dates["b1"] = start - datetime.timedelta(days=rng.randint(20, 60))
        self.dates["b2"] = self.dates["b1"] - datetime.timedelta(days=rng.randint(20, 90))
        self.times: dict[str, str] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self.rng, key, self.taken)
        return self.people[key]

    def unique(self, pool: str, make: object) -> str:
        seen = self.used.setdefault(pool, set())
        for _ in range(100):
            value = make()  # type: ignore[operator]
            if value not in seen:
                seen.add(value)
                return value
        raise RuntimeError(pool)

    def get(self, gen: str, key: str) -> str:
        if gen in PERSON_GENS:
            return self.person(key).value(gen)
        if (gen, key) not in self.values:
            self.values[gen, key] = self.make(gen, key)
        return self.values[gen, key]

    def time(self, key: str) -> str:
        if not self.times:
            rng = self.rng
            for band, lo, hi in (
                ("p", 7 * 60, 11 * 60 + 30),
                ("s", 12 * 60 + 15, 16 * 60 + 30),
                ("m", 18 * 60, 21 * 60 + 30),
            ):
                picks = sorted(rng.randint(lo, hi) for _ in range(4))
                for i, minute in enumerate(picks, start=1):
                    self.times[f"{band}{i}"] = f"{minute // 60:02d}.{minute % 60:02d}"
        return self.times[key]

    def quarter(self, key: str) -> str:
        hour, minute = self.time(key).split(".")
        return f"{hour}.{int(minute) // 15 * 15:02d}"

    def make(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen in ("kel", "kec"):
            kel, kec = self.unique_pair(key)
            return kel if gen == "kel" else kec
        simple = {
            "pkm": lambda: "Puskesmas " + rng.choice(PUSKESMAS),
            "sch": lambda: rng.choice(SCHOOLS),
            "sd": lambda: rng.choice([s for s in SCHOOLS if s.startswith("SD")]),
            "smp": lambda: rng.choice([s for s in SCHOOLS if s.startswith(("SMP", "MTs"))]),
            "sma": lambda: rng.choice([s for s in SCHOOLS if s.startswith(("SMA", "SMK"))]),
            "pasar": lambda: rng.choice(MARKETS),
            "jalan": lambda: rng.choice(PUBLIC_STREETS),
            "rs": lambda: rng.choice(HOSPITALS),
            "gereja": lambda: rng.choice(CHURCHES),
            "cv": lambda: rng.choice(COMPANIES),
            "kop": lambda: rng.choice(COOPS),
            "toko": lambda: rng.choice(SHOPS),
            "omail": lambda: rng.choice(OFFICE_MAILS),
        }
        if gen in simple:
            return self.unique("sch" if gen in ("sd", "smp", "sma") else gen, simple[gen])
        if gen in ("ofc", "ofcp"):
            line = self.unique("ofc", lambda: "8" + digits(rng, 5))
            if gen == "ofcp":
                return f"0380{line}"
            return rng.choice(
                (f"(0380) {line}", f"0380-{line}", f"(0380) {line[:3]} {line[3:]}", f"0380 {line}")
            )
        if gen in ("owa", "scam", "bizhp"):
            m = self.unique("mobile", lambda: rng.choice(MOBILE_PREFIXES) + digits(rng, 8))
            return rng.choice(
                (
                    m,
                    group(m, (4, 4), "-"),
                    group(m, (4, 4), " "),
                    "+62 " + group(m[1:], (3, 4), "-"),
                )
            )
        if gen == "scamo":
            m = self.unique("mobile", lambda: rng.choice(MOBILE_PREFIXES) + digits(rng, 8))
            return ocr(rng, group(m, (4, 4), "-"), 3)
        if gen == "bnpwp":
            v = self.unique(
                "npwp", lambda: f"0{rng.randint(1, 3)}{digits(rng, 7)}92{rng.choice('01')}000"
            )
            return f"{v[:2]}.{v[2:5]}.{v[5:8]}.{v[8]}-{v[9:12]}.{v[12:]}"
        if gen == "brek":
            v = f"{rng.choice(NTT_BRANCH)}01{rng.choice(('02', '03'))}{digits(rng, 7)}"
            return rng.choice((v, f"{v[:3]}.{v[3:5]}.{v[5:7]}.{v[7:13]}-{v[13]}"))
        if gen == "tiket":
            return rng.choice(
                (
                    f"#LPR-2026-{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 9999):04d}",  # noqa: E501
                    f"LAPOR-5371-2026-{rng.randint(1, 99999):05d}",
                    f"{rng.randint(2601, 2612)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
                    f"LPR{digits(rng, 9)}",
                )
            )
        if gen == "va":
            return rng.choice(
                (
                    group("8808" + digits(rng, 12), (4, 4, 4), " "),
                    "88888" + digits(rng, 11),
                    "7" + digits(rng, 15),
                )
            )
        if gen == "bill":
            return "82026" + f"{rng.randint(1, 12):02d}" + digits(rng, 8)
        if gen == "pln":
            return f"53{rng.choice(('12', '13', '14'))}{digits(rng, 8)}"
        if gen == "meter":
            return f"{rng.choice(('14', '32', '45', '56'))}{digits(rng, 9)}"
        if gen == "token":
            return group(digits(rng, 20), (4, 4, 4, 4), " ")
        if gen == "pdam":
            return (
                f"{rng.randint(1, 9):02d}-{rng.randint(1, 20):02d}-{rng.randint(1000, 769999):06d}"
            )
        if gen == "nop":
            return f"53.71.0{rng.randint(10, 60)}.0{rng.randint(10, 99)}.0{rng.randint(10, 99)}-{rng.randint(1, 9999):04d}.0"  # noqa: E501
        if gen == "nip":
            y = rng.randint(1968, 1992)
            return f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {y + rng.randint(22, 30)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"  # noqa: E501
        if gen == "nisn":
            return "0" + str(rng.randint(8, 21)).zfill(2) + digits(rng, 7)
        if gen == "nib":
            return "91" + digits(rng, 11)
        if gen == "npsn":
            return "5010" + digits(rng, 4)
        if gen == "trx":
            return "2026" + digits(rng, 12)
        if gen == "surat":
            unit = key.rstrip("0123456789").upper() or "DS"
            return f"{rng.choice((400, 470, 500, 503, 800, 900, 140, 474))}/{rng.randint(10, 999)}/{unit}/{rng.choice(('I', 'IV', 'VII', 'IX', 'XI'))}/2026"  # noqa: E501
        if gen == "antri":
            return f"{rng.choice('ABCD')}-{rng.randint(1, 140):03d}"
        if gen == "sim":
            return group(digits(rng, 12), (4, 4), "-")
        if gen == "rp":
            band = key[0]
            lo, hi, step = {
                "t": (1000, 9000, 500),
                "s": (5000, 95000, 5000),
                "m": (100000, 2475000, 25000),
                "l": (2500000, 59750000, 250000),
                "a": (50000, 350000, 500),
                "x": (150000000, 2950000000, 5000000),
            }[band]
            return "Rp " + self.unique("rp", lambda: rupiah(rng.randrange(lo, hi + 1, step)))
        if gen == "n":
            return self.unique("n", lambda: str(rng.randint(2, 9)))
        if gen == "nn":
            return self.unique("nn", lambda: str(rng.randint(11, 95)))
        if gen == "rtn":
            return self.unique("rtn", lambda: str(rng.randint(1, 42)))
        if gen in ("tgl", "tgll", "hari", "bln", "tgls"):
            d = self.dates[key]
            if gen == "tgl":
                return f"{d:%d/%m/%Y}"
            if gen == "tgls":
                return f"{d:%d-%m-%Y}"
            if gen == "tgll":
                return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
            if gen == "hari":
                return DAYS[d.weekday()]
            return MONTHS[d.month - 1]
        if gen == "jam":
            return self.time(key)
        if gen == "pukul":
            return self.quarter(key)
        raise KeyError(gen)

    def unique_pair(self, key: str) -> tuple[str, str]:
        if ("kel", key) not in self.values:
            pair = self.unique("kelpair", lambda: "|".join(self.rng.choice(KEL_KEC)))
            kel, kec = pair.split("|")
            self.values["kel", key] = kel
            self.values["kec", key] = kec
        return self.values["kel", key], self.values["kec", key]


# --------------------------------------------------------------------------- templates

TOKEN = re.compile(
    r"\[\[\{(?P<lg>[a-z0-9]+)(?P<lc>[\^_]?):(?P<lk>[A-Za-z0-9]+)\}\]\]"
    r"|\[\[(?P<kind>[a-z_]+):"
    r"|(?P<close>\]\])"
    r"|\{(?P<g>[a-z0-9]+)(?P<c>[\^_]?):(?P<k>[A-Za-z0-9]+)\}"
)
CHOICE = re.compile(r"\{\?((?:[^{}]|\{[^{}?]*\})*)\}")
LEFT = re.compile(r"\[\[|\]\]|\{[a-z0-9]+[\^_]?:[A-Za-z0-9]+\}|\{\?")


def parse(block: str) -> list[str]:
    """Split a style's block into templates: continued lines joined, escapes read."""
    templates, lines = [], []
    for raw in [*block.strip("\n").split("\n"), "~~~"]:
        if raw.strip() == "~~~":
            body = "\n".join(lines).strip("\n")
            if body:
                body = body.replace("\\t", "\t")
                body = re.sub(
                    r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})",
                    lambda m: chr(int(m.group(1) or m.group(2), 16)),
                    body,
                )
                templates.append(body)
            lines = []
        elif raw.startswith("  ") and lines:
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw)
    return templates


Span = tuple[str, int, int, str | None]


def fill(template: str, rng: random.Random) -> tuple[str, list[Span]]:  # noqa: PLR0912
    """Fill ``template``: the text and its spans (kind, start, end, the single value or None)."""
    case = ""
    if template.startswith(("@CAPS\n", "@lower\n")):
        case, template = (
            template[1:5] if template[1] == "C" else "lower",
            template.split("\n", 1)[1],
        )
    while True:
        found = CHOICE.search(template)
        if not found:
            break
        options = re.split(r"\|(?![^{]*\})", found.group(1))
        template = template[: found.start()] + rng.choice(options) + template[found.end() :]
    values = Fill(rng)
    out: list[str] = []
    at = 0
    spans: list[tuple[str, int, int, str | None]] = []
    opened: list[object] = []  # [kind, start, literal chars, placeholders, value]
    pos = 0
    for match in TOKEN.finditer(template):
        literal = template[pos : match.start()]
        out.append(literal)
        at += len(literal)
        if literal and opened:
            opened[2] += len(literal)  # type: ignore[operator]
        pos = match.end()
        gen = match.group("lg") or match.group("g")
        if match.group("kind"):
            if opened:
                raise ValueError("nested span in: " + template[:60])
            opened = [match.group("kind"), at, 0, 0, None]
            continue
        if match.group("close"):
            if not opened:
                raise ValueError("stray ]] in: " + template[:60])
            kind, start, chars, count, value = opened
            single = value if chars == 0 and count == 1 else None
            spans.append((kind, start, at, single))  # type: ignore[arg-type]
            opened = []
            continue
        key = match.group("lk") or match.group("k")
        mark = match.group("lc") or match.group("c")
        value = values.get(gen, key)
        value = value.upper() if mark == "^" else value.lower() if mark == "_" else value
        labelled = bool(match.group("lg"))
        kind = PERSON_GENS.get(gen, "")
        if kind and not labelled and not opened:
            raise ValueError(f"{gen}:{key} outside a span in: " + template[:60])
        if labelled:
            if not kind:
                raise ValueError(f"{gen} has no kind")
            spans.append((kind, at, at + len(value), value))
        elif opened:
            opened[3] += 1  # type: ignore[operator]
            opened[4] = value
        out.append(value)
        at += len(value)
    out.append(template[pos:])
    if opened:
        raise ValueError("unclosed span in: " + template[:60])
    text = "".join(out)
    if case:
        changed = text.upper() if case == "CAPS" else text.lower()
        if len(changed) != len(text):
            raise ValueError("case changes length")
        text = changed
        spans = [
            (k, s, e, None if v is None else v.upper() if case == "CAPS" else v.lower())
            for k, s, e, v in spans
        ]
    return text, spans


# --------------------------------------------------------------------------- checks

OPENERS = frozenset(
    words(
        "bapak ibu pak bu bpk sdr sdri ny om tanta mama bapa oma opa kak kaka nona bidan guru "
        "lurah camat ketua serka bripka aipda brigpol bripda ipda pdt dr drs drh almarhum alm "
        "almh pelapor petugas pasien kader penelepon ttd sy saya beta nama yth dear mr mrs ms "
        "saudara saudari hormat salam perawat dokter pendeta haji hj adik anak istri suami nenek "
        "kakek dari from to cc kepada penerima pemohon pemilik pembeli penjual tetangga warga "
        "mantri pendamping kepala sekretaris bendahara operator admin wali sopir nasabah peserta "
        "siswa mahasiswa a.n an atas dengan deng keluarga pihak romo suster ama ina sa dia mbak "
        "mas ipar ponakan cucu tante paman bibi jemaat sekdes kapolsek babinsa kapten mayor"
    )
)
SEPARATORS = " .-_,()+\u2022\u00b7\n/"
READ = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
NUMERIC = {"nik": (15, 17), "kk": (16, 16), "bpjs": (13, 13), "bank_account": (10, 16)}
PLATE = re.compile(r"^[A-Z]{1,2} ?\d{1,4} ?[A-Z]{1,3}$", re.IGNORECASE)
ADDRESS = re.compile(
    r"^(jl\.|jln\.|jalan |gg\.|lr\.|rt[ .]|rt/rw|perumnas|perum |griya|btn|kompleks|\d{3}/\d{3})",
    re.IGNORECASE,
)
DODGES = (" at ", "(at)", "[at]", "(keong)", "[@]", "(et)")
RUN = re.compile(r"[0-9](?:[0-9]|[ .,\-_\n\u2022\u00b7]{1,3}(?=[0-9]))*")


def number_of(span_text: str) -> str | None:
    """The digits of a labelled number (letters read for digits), or None if it is no number."""
    chars = [c for c in span_text if c not in SEPARATORS]
    if not chars or any(not (c.isdigit() or c in READ) for c in chars):
        return None
    return "".join(READ.get(c, c) for c in chars)


def check(text: str, spans: list[tuple[str, int, int, str | None]]) -> str | None:  # noqa: PLR0911, PLR0912
    """Why a filled text is wrong, or None."""
    if LEFT.search(text):
        return "marker left"
    inside = [False] * len(text)
    last_end = -1
    for kind, start, end, value in sorted(spans, key=lambda s: s[1]):
        part = text[start:end]
        if kind not in KINDS:
            return f"kind {kind}"
        if start < last_end:
            return "overlap"
        last_end = end
        if not part or not part[-1].isalnum():
            return f"end of {part!r}"
        if not part[0].isalnum() and not (kind == "phone" and part[0] in "+("):
            return f"start of {part!r}"
        if value is not None and part != value:
            return f"value {part!r} != {value!r}"
        for i in range(start, end):
            inside[i] = True
        if kind == "name":
            first = part.split()[0].lower().rstrip(".,")
            if first in OPENERS or "@" in part:
                return f"name {part!r}"
            if any(c.isdigit() for c in part) and not re.search(r"[A-Z]\d|\d[A-Z]", part):
                return f"digit in name {part!r}"
        elif kind == "plate":
            if not PLATE.match(part):
                return f"plate {part!r}"
        elif kind == "address":
            if not ADDRESS.match(part):
                return f"address {part!r}"
        elif kind == "email":
            if "@" not in part and not any(d in part.lower() for d in DODGES):
                return f"email {part!r}"
        else:
            number = number_of(part)
            if number is None:
                return f"not a number {part!r}"
            if kind == "phone":
                if not 9 <= len(number) <= 14:
                    return f"phone {part!r}"
            elif kind == "npwp":
                if len(number) not in (15, 16, 22):
                    return f"npwp {part!r}"
            else:
                lo, hi = NUMERIC[kind]
                if not lo <= len(number) <= hi:
                    return f"{kind} {part!r}"
                if kind == "bpjs" and not number.startswith("000"):
                    return f"bpjs {part!r}"
    # every other occurrence of a labelled number, plate or name word lies inside a span
    runs = []
    for run in RUN.finditer(text):
        places = [i for i in range(run.start(), run.end()) if text[i].isdigit()]
        runs.append(("".join(text[i] for i in places), places))
    for kind, start, end, _ in spans:
        part = text[start:end]
        if kind == "name":
            for word in re.findall(r"[A-Za-z]{3,}", part):
                for hit in re.finditer(rf"(?<![A-Za-z]){word}(?![A-Za-z])", text, re.IGNORECASE):
                    if not all(inside[hit.start() : hit.end()]):
                        return f"name word {word!r} uncovered"
        elif kind == "plate":
            bare = part.replace(" ", "")
            pattern = r"\s?".join(re.escape(c) for c in bare)
            for hit in re.finditer(pattern, text, re.IGNORECASE):
                if not all(inside[hit.start() : hit.end()]):
                    return f"plate {part!r} uncovered"
        elif kind not in ("address", "email"):
            number = number_of(part)
            tail = (number or "")[-9:]
            if len(tail) < 9:
                continue
            for found, places in runs:
                for hit in re.finditer(f"(?={tail})", found):
                    if not all(inside[places[hit.start() + j]] for j in range(9)):
                        return f"number {part!r} uncovered"
    return None


def self_test() -> None:
    """The checker accepts a good text and refuses the faults it is there to catch."""
    good = "Sy Yohanes Ndun, HP 081234567890, NIK 5371041205850003. Salam, Yohanes"
    spans = [
        ("name", 3, 15, "Yohanes Ndun"),
        ("phone", 20, 32, "081234567890"),
        ("nik", 38, 54, None),
        ("name", 63, 70, None),
    ]
    assert check(good, spans) is None, check(good, spans)
    bad = [
        (good, spans[:-1], "name word"),
        ("Ibu Maria Tefa", [("name", 0, 14, None)], "name"),
        ("HP 081234567890 / 081234567890", [("phone", 3, 15, None)], "number"),
        ("HP 081234567890 / +6281234567890", [("phone", 3, 15, None)], "number"),
        ("HP 081234567890.", [("phone", 3, 16, None)], "end"),
        ("Maria Tefa", [("name", 0, 10, None), ("name", 6, 10, None)], "overlap"),
        ("NIK {nik:m1}", [], "marker"),
        ("NIK 53710412058", [("nik", 4, 15, None)], "nik"),
        ("plat DH 1234 AB", [("plate", 0, 15, None)], "plate"),
        ("di Jl. Nangka No. 4", [("address", 7, 19, None)], "address"),
        ("mail maria.gmail.com", [("email", 5, 20, None)], "email"),
        ("BPJS 1234567890123", [("bpjs", 5, 18, None)], "bpjs"),
        ("ada 081234567890", [("phonenumber", 4, 16, None)], "kind"),
        ("Maria Tefa", [("name", 0, 10, "Maria Teva")], "value"),
    ]
    for text, marks, why in bad:
        found = check(text, marks)
        assert found is not None, text
        assert why in found, (text, found)
    text, marks = fill("Sy [[{full:w1}]], HP [[{hp:w1}]]", random.Random(1))
    assert check(text, marks) is None
    assert len(marks) == 2


# --------------------------------------------------------------------------- build


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    self_test()
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for style, block in TEMPLATES.items():
        for number, template in enumerate(parse(block), start=1):
            clean = "[[" not in template
            for _ in range(FILLS):
                for _ in range(DRAWS):
                    text, spans = fill(template, rng)
                    why = check(text, spans)
                    if why is None and text not in seen:
                        break
                else:
                    sys.exit(f"{style} template {number} cannot be filled: {why}")
                if clean and spans:
                    sys.exit(f"{style} template {number}")
                seen.add(text)
                records.append(
                    {
                        "text": text,
                        "spans": [
                            {"kind": k, "start": s, "end": e}
                            for k, s, e, _ in sorted(spans, key=lambda s: s[1])
                        ],
                        "style": style,
                        "template": number,
                        "clean": clean,
                    }
                )
    rng.shuffle(records)
    return records


def main() -> None:
    records = build()
    lines = []
    for i, record in enumerate(records, start=1):
        item = {
            "id": f"{PREFIX}-{i:04d}",
            "text": record["text"],
            "spans": record["spans"],
            "style": record["style"],
        }
        lines.append(json.dumps(item, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    kinds: Counter[str] = Counter()
    per: dict[str, Counter[str]] = {}
    for record in records:
        style = str(record["style"])
        row = per.setdefault(style, Counter())
        row["texts"] += 1
        row["without"] += not record["spans"]
        row["clean_templates"] += bool(record["clean"])
        for span in record["spans"]:  # type: ignore[attr-defined]
            kinds[span["kind"]] += 1
            row[span["kind"]] += 1
            row["spans"] += 1
    write = sys.stdout.write
    write(f"sha256 {hashlib.sha256(data).hexdigest()}\n")
    total_without = sum(row["without"] for row in per.values())
    write(f"texts {len(records)} without {total_without} spans {sum(kinds.values())}\n")
    for kind, count in kinds.most_common():
        write(f"  {kind:13} {count}\n")
    write("style            tpl clean texts without spans " + " ".join(KINDS) + "\n")
    for style in TEMPLATES:
        row = per[style]
        cells = " ".join(str(row[k]) for k in KINDS)
        write(
            f"  {style:15} {row['texts'] // FILLS:3} {row['clean_templates'] // FILLS:5} "
            f"{row['texts']:5} {row['without']:7} {row['spans']:5} {cells}\n"
        )


TEMPLATES = {
    "sms_1708": r"""
@CAPS
KOTKUPANG SY [[{full:w1}]] WARGA [[{rt:w1}]] KEL {kel:1}. SDH {n:a} MGG AIR PDAM TDK MENGALIR, SY
  BELI AIR TANGKI {?RP 150.000|RP 175.000|RP 200.000} SEKALI ISI. MOHON BANTUAN. HP [[{hp:w1}]]
~~~
@lower
kotkupang anak sy [[{first:cw1}]] tdk dpt KIP krn NIK di dapodik beda dgn KK. nik anak
  [[{nikp:cw1}]], no kk [[{kk:m1}]]. sdh ke {sch:1} tp disuruh ke dukcapil. trims, [[{first:m1}]]
  [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG MOTOR SY [[{plate:m1}]] HILANG DI PARKIRAN {pasar:1} TGL {tgl:d1} JAM {jam:p1}. SY BAYAR
  PARKIR {rp:t1} TP KARCIS TDK DIKASIH. TLG DIPERIKSA. [[{full:m1}]] [[{hpo:m1}]]
~~~
@lower
kotkupang bantuan sembako lansia utk mama sy [[{full:ow1}]] tdk diterima bln ini pdhl nama
  terdaftar di kelurahan {kel:1}. no kis mama [[{bpjs:ow1}]]. tlg balas ke no [[{hp:w1}]], sy
  anaknya [[{first:w1}]]
~~~
@CAPS
KOTKUPANG TOLONG DICEK, SY DIMINTAI {rp:s1} WKT AMBIL AKTA KELAHIRAN ANAK SY [[{first:bm1}]] DI
  LOKET. SY [[{full:w1}]] NIK [[{nik:w1}]] DARI [[{rtone:w1}]] KEL {kel:1}
~~~
@lower
kotkupang tetangga sy pak [[{full:m2}]] di [[{addr:m2}]] bakar sampah plastik tiap malam, asap
  masuk kamar anak sy yg asma. sdh tegur tp tdk mau dengar. - [[{first:w1}]] [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG HONOR GURU SY BLM MASUK KE REK BANK NTT [[{bntt:w1}]] A.N. [[{full:w1}]] SDH {n:a} BLN.
  SY HONOR DI {sch:1}. MOHON DINAS P DAN K CEK. HP/WA [[{hp:w1}]]
~~~
@lower
kotkupang mau tanya, npwp lama sy [[{npwp:m1}]] apa msh dipake utk lapor spt? katanya skrg pake nik
  [[{npwpn:m1}]]. kantor pajak suru lewat coretax tp sy tdk bisa login. [[{first:m1}]]
~~~
@CAPS
KOTKUPANG ANGKOT [[{plate:m9}]] JURUSAN {kel:1} UGAL2AN, HAMPIR TABRAK ANAK SY [[{first:cw1}]] DI
  ZEBRA CROSS DEPAN {sch:1} JAM {jam:p1}. MOHON DISHUB TINDAK. [[{full:w1}]] [[{hp:w1}]]
~~~
@lower
kotkupang ambulans {pkm:1} tdk datang wkt bapa sy [[{full:om1}]] sesak napas mlm td jam {jam:m1}.
  no bpjs bapa [[{bpjsp:om1}]]. akhirnya sewa oto tetangga {?rp 150.000|rp 200.000|rp 250.000}. sy
  [[{first:w1}]] [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG SY [[{full:m1}]] SDH KIRIM LAPORAN KE EMAIL {omail:1} TGL {tgl:b1} TP BLM ADA BALASAN.
  EMAIL SY [[{mail:m1}]]. RUMAH SY [[{home:m1}]] KEL {kel:1} SELOKAN TERSUMBAT
~~~
@lower
kotkupang sy jual sayur di {pasar:1}, tiap hari ditagih {rp:t1} tanpa karcis. yg tagih bilang
  namanya [[{first:m2}]], katanya dari dinas. benar ka? sy [[{full:w1}]] hp [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG KK SY DOBEL. NO KK LAMA [[{kkp:m1}]] DAN YG BARU [[{kkp:m2}]], DUA2NYA ADA NAMA SY. NIK
  SY [[{nikp:m1}]]. BPJS ISTRI JADI TDK AKTIF. MOHON DIBANTU. [[{first:m1}]] [[{hp:m1}]]
~~~
@lower
kotkupang sy [[{first:w1}]] dari {kel:1}, rumah sy di [[{addr:w1}]] kena banjir kiriman dari got
  besar {jalan:1}. ada 2 anak kecil. mohon bantuan terpal dan beras. hp [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG ANAK SY [[{full:tw1}]] NISN {nisn:1} TDK MUNCUL DI PIP. NIK ANAK [[{nik:tw1}]]. REK BRI
  [[{bri:w1}]] A.N. SY [[{full:w1}]]. HP [[{hpp:w1}]]
~~~
@lower
kotkupang santunan kematian utk almarhum suami sy [[{full:om1}]] blm cair, akta kematian sdh keluar
  tgl {tgl:b1}. sy [[{full:ow1}]] nik [[{nik:ow1}]] hp [[{hp:ow1}]]
~~~
@CAPS
KOTKUPANG LAMPU JALAN DI {jalan:1} MATI SDH {n:a} MGG, DEPAN {sch:1}. ANAK2 PULANG LES JAM {jam:m1}
  GELAP SEKALI. TLG DIPERBAIKI. TERIMA KASIH
~~~
@lower
kotkupang tagihan pdam no samb {pdam:1} bln {bln:d1} jadi {rp:a1}, pdhl air cuma jalan {n:a} hari
  dlm seminggu. mohon dicek meteran {meter:1}
~~~
@CAPS
KOTKUPANG SY DPT SMS DR {scam:1} KATANYA SY MENANG UNDIAN {rp:l1} DARI PLN. SY DISURUH TLP {scam:2}
  UTK KLAIM. APA BENAR? SY TDK KASIH DATA APA2
~~~
@lower
kotkupang token pln {token:1} ditolak terus, id pelanggan {pln:1}. beli td jam {jam:s1} di
  minimarket dekat {sch:1}. kwh tinggal {n:a}
~~~
@CAPS
KOTKUPANG NO TIKET {tiket:1} SDH {nn:a} HARI BLM ADA TINDAK LANJUT. JALAN BERLUBANG DI {jalan:1}
  DEKAT {rs:1} MAKIN BESAR, SDH {n:a} MOTOR JATUH
~~~
@lower
kotkupang wa pengaduan dukcapil {owa:1} sdh centang dua tp tdk dibalas, call center {ofc:1} jg tdk
  angkat dari pagi. mau tanya syarat kia
~~~
@CAPS
KOTKUPANG KODE BILLING PBB {bill:1} SDH EXPIRED TGL {tgl:b1}, SKRG HRS BAYAR {rp:m1} PLUS DENDA?
  NOP {nop:1}. MOHON PENJELASAN BAPENDA
~~~
@lower
kotkupang sampah di {pasar:1} tdk diangkut {n:a} hari, bau sampai ke {sch:1}. oto sampah dlh
  terakhir datang {hari:b1}. terima kasih
~~~
@CAPS
KOTKUPANG TERIMA KASIH DAMKAR YG CEPAT DATANG WKT KEBAKARAN KIOS DI {kel:1} TGL {tgl:d1} JAM
  {jam:s1}. TDK ADA KORBAN. SALAM DAMAI
~~~
@lower
kotkupang ada yg telpon dari {scam:1} ngaku petugas pajak, minta kode otp yg masuk ke hp. nomor itu
  penipu to? hotline {ofc:1} tdk aktif jadi sy lapor sini
""",
    "wa_chat": r"""
[{tgl:d1} {jam:p1}] [[{first:w1}]]: Kaka, ini data oma utk daftar PBI di kelurahan
[{tgl:d1} {jam:p2}] [[{first:w1}]]: Nama di KTP [[{full:ow1}]], NIK [[{nikp:ow1}]]
[{tgl:d1} {jam:p2}] [[{first:w1}]]: No KK [[{kkp:ow1}]]
[{tgl:d1} {jam:p3}] [[{given:m1}]]: Ok adik. Oma pung HP sonde aktif, pake sa beta pung nomor
  [[{hp:m1}]] di formulir
[{tgl:d1} {jam:p4}] [[{first:w1}]]: Siap kaka \U0001f64f
~~~
[{tgl:d1}, {jam:m1}] Grup Air Bersih RT: Bapa mama, yg belum dapat air tangki minggu ini tulis nama
  deng alamat e
[{tgl:d1}, {jam:m2}] [[{full:w1}]]: [[{first:w1}]], [[{addr:w1}]], sudah {n:a} hari kosong
[{tgl:d1}, {jam:m3}] [[{full:m1}]]: [[{first:m1}]] [[{addr:m1}]] blm dapat. Kalo tangki datang
  telpon sa [[{hp:m1}]]
[{tgl:d1}, {jam:m4}] [[{full:m2}]]: Sudah beta catat. Besok pagi tangki dari {kel:1} masuk
~~~
[{tgl:d1} {jam:p1}] [[{first:w1}]]: Selamat pagi ibu, sy mau urus surat pindah ke
  {?Atambua|Soe|Kefamenanu|Kalabahi}
[{tgl:d1} {jam:p2}] Staf Kel [[{first:w2}]]: Pagi ibu. Kirim foto KTP deng KK, sama nomor KK ketik
  di sini
[{tgl:d1} {jam:p3}] [[{first:w1}]]: NIK sy [[{nik:w1}]], KK [[{kk:w1}]]. Suami [[{first:m1}]] NIK
  [[{nik:m1}]]
[{tgl:d1} {jam:p4}] Staf Kel [[{first:w2}]]: Baik, nanti {hari:d2} ibu datang ambil surat pengantar
  di loket 2
~~~
{tgl:d1}, {jam:s1} - [[{full:m1}]]: Sapa yg mau motor Beat {?2019|2020|2021}, plat [[{plate:m1}]],
  pajak hidup sampai {bln:d1} 2027
{tgl:d1}, {jam:s2} - [[{first:m2}]]: Harga brapa om?
{tgl:d1}, {jam:s3} - [[{full:m1}]]: {?Rp 9.500.000|Rp 11.000.000|Rp 12.500.000} nego. Langsung WA
  sa [[{hp:m1}]]
{tgl:d1}, {jam:s4} - [[{first:m2}]]: Om [[{first:m1}]] beta japri e
~~~
[{tgl:d1} {jam:p1}] [[{hpwa:w1}]]: Selamat pagi PDAM, meteran di rumah sy bocor dari semalam
[{tgl:d1} {jam:p2}] PDAM Tirta Lontar: Selamat pagi. Mohon kirim nomor sambungan, nama dan alamat
[{tgl:d1} {jam:p3}] [[{hpwa:w1}]]: No samb {pdam:1}, a.n. [[{full:m1}]] (suami), [[{home:w1}]], Kel
  {kel:1}
[{tgl:d1} {jam:p4}] PDAM Tirta Lontar: Terima kasih ibu. Petugas kami akan datang hari ini. Info
  lanjut hubungi {ofc:1}
~~~
[{tgl:d1} {jam:s1}] Ketua Kader [[{first:w1}]]: Ibu2 kader, kirim nomor rekening utk uang transport
  bulan {bln:d1}
[{tgl:d1} {jam:s2}] [[{first:w2}]]: Rek BRI [[{bri:w2}]] a.n. [[{full:w2}]]
[{tgl:d1} {jam:s3}] [[{first:w3}]]: Bank NTT [[{bntt:w3}]] a.n. [[{full:w3}]]
[{tgl:d1} {jam:s4}] [[{first:w1}]]: Ok sudah lengkap, {rp:s1} per orang e
~~~
[{tgl:d1} {jam:m1}] Wali Kelas: Selamat malam bapa mama, anak yg blm kumpul NIK utk KIP tolong
  kirim malam ini
[{tgl:d1} {jam:m2}] [[{full:w1}]]: Malam ibu guru. Anak [[{full:cm1}]], NIK [[{nikp:cm1}]]
[{tgl:d1} {jam:m2}] [[{full:w1}]]: Kalo ada kurang, telpon sa di [[{hp:w1}]] ibu
[{tgl:d1} {jam:m3}] Wali Kelas: Baik mama [[{first:cm1}]], terima kasih
~~~
[{tgl:d1} {jam:p1}] [[{first:m1}]]: Sapa kenal ini orang? Beta dapat dompet di halte depan {rs:1}
[{tgl:d1} {jam:p1}] [[{first:m1}]]: Isi KTP a.n. [[{full:w2}]], alamat [[{home:w2}]], Kel {kel:1}.
  Ada kartu ATM juga
[{tgl:d1} {jam:p2}] [[{first:w3}]]: Itu mama [[{first:w2}]] tinggal di dekat beta pung rumah, nanti
  beta kasi tau
[{tgl:d1} {jam:p3}] [[{first:m1}]]: Suru telpon sa [[{hp:m1}]] ko ambil
~~~
[{tgl:d1} {jam:s1}] [[{full:m1}]]: Pak [[{first:m2}]], token listrik kos sudah habis, beta su
  transfer uang kos bulan {bln:d1}
[{tgl:d1} {jam:s2}] [[{full:m2}]]: Iya, masuk di BNI [[{bni:m2}]] to?
[{tgl:d1} {jam:s2}] [[{full:m1}]]: Iya pak, {rp:m1}. Bukti transfer {trx:1}
[{tgl:d1} {jam:s3}] [[{full:m2}]]: Ok, nanti beta isi token {rp:s1}
~~~
[{tgl:d1}, {jam:m1}] [[{first:m1}]] Ojek Pangkalan: Kawan2, [[{first:m2}]] tabrakan di {jalan:1},
  motor dia [[{plate:m2}]]
[{tgl:d1}, {jam:m2}] [[{first:m1}]] Ojek Pangkalan: Yg tabrak pake motor [[{plate:m3}]], lari ke
  arah {kel:1}
[{tgl:d1}, {jam:m2}] [[{first:m4}]]: Sekarang [[{first:m2}]] di IGD {rs:1}. Keluarga telpon sa
  [[{hp:m4}]]
~~~
[{tgl:d1} {jam:p1}] Penyuluh Perikanan: Nelayan yg mau kartu KUSUKA, kirim NIK, nama kapal, HP
[{tgl:d1} {jam:p2}] [[{full:m1}]]: NIK [[{nik:m1}]], kapal {?KM Kasih Setia|KM Harapan Baru|KM
  Bintang Laut}, HP [[{hp:m1}]]
[{tgl:d1} {jam:p3}] [[{full:m2}]]: [[{nik:m2}]] / [[{hp:m2}]]. Kapal sa pinjam punya om
[{tgl:d1} {jam:p4}] Penyuluh Perikanan: Ok, data masuk. Foto KTP kirim ke email {omail:1}
~~~
[{tgl:d1} {jam:m1}] [[{full:w1}]]: Hati2 bapa mama, ada nomor {scam:1} ngaku dari Dinsos, minta
  foto KTP utk BLT
[{tgl:d1} {jam:m1}] [[{full:w1}]]: Kalo mau tanya bansos yg benar, telpon sa saja [[{hp:w1}]], sa
  kader PKH {kel:1}
[{tgl:d1} {jam:m2}] [[{first:m1}]]: Trima kasih mama [[{first:w1}]]
~~~
[{tgl:d1} {jam:s1}] [[{first:yw1}]]: Bapa, beta di Jakarta ni. Tolong cek bapa pung kartu BPJS di
  puskesmas
[{tgl:d1} {jam:s1}] [[{first:yw1}]]: Nomor [[{bpjsp:m1}]] atas nama [[{full:m1}]]
[{tgl:d1} {jam:s3}] [[{first:m1}]]: Dong bilang sonde aktif, tunggakan {rp:m1}
[{tgl:d1} {jam:s4}] [[{first:yw1}]]: Nanti beta bayar lewat VA {va:1}
~~~
[{tgl:d1} {jam:m1}] Panitia Pesta Nikah: Sumbangan keluarga bisa transfer ke rekening panitia
[{tgl:d1} {jam:m1}] Panitia Pesta Nikah: Bank NTT [[{bntt:w1}]] a.n. [[{full:w1}]] (bendahara
  panitia)
[{tgl:d1} {jam:m2}] [[{full:m1}]]: Su kirim {rp:m1}, mama [[{first:w1}]] cek e
[{tgl:d1} {jam:m3}] [[{full:w1}]]: Su masuk om, trima kasih banyak
~~~
[{tgl:d1} {jam:p1}] [[{hpwa:w1}]]: Pagi, mau daftar imunisasi anak sy [[{full:bw1}]], umur 9 bulan
[{tgl:d1} {jam:p2}] Admin {pkm:1}: Pagi ibu. Kirim NIK anak dan nama ibu
[{tgl:d1} {jam:p3}] [[{hpwa:w1}]]: NIK [[{nikp:bw1}]], KIS [[{bpjs:bw1}]], ibu [[{full:w1}]]
[{tgl:d1} {jam:p4}] Admin {pkm:1}: Terdaftar, antrian {antri:1}, datang {hari:d2} jam 08.00
~~~
[{tgl:d1} {jam:m1}] Ibu Kos [[{first:w1}]]: Anak kos baru tolong isi data utk lapor RT
[{tgl:d1} {jam:m2}] [[{full:yw2}]]: Nama [[{full:yw2}]]
NIK [[{nik:yw2}]]
Asal {place:yw2}
HP [[{hp:yw2}]]
Motor [[{plate:yw2}]]
[{tgl:d1} {jam:m3}] Ibu Kos [[{first:w1}]]: Ok nona, trima kasih
~~~
[{tgl:d1} {jam:p1}] Admin Kelurahan {kel:1}: Jadwal posyandu bulan {bln:d1}: RT 01\u2013RT 05 hari
  {hari:d1}, RT 06\u2013RT 10 hari {hari:d2}. Bawa buku KIA
[{tgl:d1} {jam:p2}] grup warga: Trima kasih info
~~~
[{tgl:d1} {jam:s1}] Info PLN UP3 Kupang: Pemeliharaan jaringan {hari:d2} {tgl:d2} jam {pukul:p1}
  s/d {pukul:s2}. Wilayah {kel:1} dan {kel:2}. Info: PLN 123
[{tgl:d1} {jam:s2}] mama: Su cas hp dolo
~~~
[{tgl:d1}, {jam:m1}] mama: Aer su jalan ko?
[{tgl:d1}, {jam:m2}] bapa: Belum, PDAM bilang pipa di {jalan:1} pecah
[{tgl:d1}, {jam:m3}] mama: Beli tangki saja, {?Rp 150.000|Rp 175.000|Rp 200.000}
~~~
[{tgl:d1} {jam:p1}] Bapenda Kota Kupang: Yth. Wajib Pajak, jatuh tempo PBB {tgl:d3}. Bayar via VA
  {va:1} atau kanal Bank NTT. Info: {ofc:1}
~~~
[{tgl:d1} {jam:m1}] grup warga: *HOAX* Pendaftaran BLT lewat WA {scam:1}, kirim foto KK. Itu
  tipu-tipu, jangan kirim apa2
[{tgl:d1} {jam:m2}] mama: Astaga, tadi hampir kirim
~~~
[{tgl:d1} {jam:p1}] Dukcapil Kota Kupang: Layanan Senin\u2013Jumat 08.00\u201315.00, Sabtu
  08.00\u201312.00 mulai {tgl:d2}. Antrian online via WA {owa:1}. Pengaduan SMS 1708
~~~
[{tgl:d1} {jam:s1}] {pkm:1}: Fogging {hari:d2}: RT {rtn:a} jam 07.00, RT {rtn:b} jam 09.00. Tutup
  makanan dan air minum
[{tgl:d1} {jam:s2}] grup warga: Siap
~~~
[{tgl:d1} {jam:p1}] Bank NTT CS: Layanan ATM di {kel:1} terganggu {tgl:d1} sampai {jam:s1}.
  Transaksi gagal dikembalikan maks. 3 hari kerja. Call center {ofc:1}
~~~
[{tgl:d1} {jam:m1}] Sekretariat Jemaat: Ibadah syukur {hari:d2} jam {pukul:m2} di {gereja:1}.
  Persembahan bisa ke rek Majelis Jemaat Bank NTT {brek:1}
~~~
[{tgl:d1} {jam:p1}] Dishub Kota Kupang: Penutupan {jalan:1} {hari:d2} {pukul:p2}\u2013{pukul:s2}
  utk pawai. Kendaraan lewat {jalan:2}. Parkir tepi jalan {rp:t1}
""",
    "lapor_form": r"""
LAPOR! SP4N \u2014 Laporan Baru
Judul: KTP-el sudah direkam berbulan-bulan tapi belum dicetak
Isi Laporan: Saya rekam KTP-el di Dukcapil tanggal {tgl:b2}. Setiap datang petugas bilang blanko
  habis. Saya butuh KTP untuk melamar kerja.
Kategori: Administrasi Kependudukan
Nama Pelapor: [[{full:yw1}]]
NIK: [[{nikp:yw1}]]
No. HP: [[{hp:yw1}]]
Email: [[{mail:yw1}]]
Alamat: [[{home:yw1}]], Kel. {kel:1}
~~~
Judul: Petugas loket minta uang untuk surat keterangan ahli waris
Isi Laporan: Tanggal {tgl:d1} saya ke kantor kelurahan {kel:1}. Petugas loket, ibu [[{first:w2}]],
  minta {rp:m1} supaya surat cepat jadi. Saya tidak punya uang sebanyak itu. Kalau perlu
  keterangan, saya bisa dihubungi di [[{hp:m1}]].
Rahasiakan identitas: Ya
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
~~~
PORTAL LAYANAN KOTA KUPANG \u2014 Permohonan SKTM Online
Nama Lengkap : [[{full:w1}]]
NIK : [[{nikp:w1}]]
No. KK : [[{kkp:w1}]]
Alamat : [[{addr:w1}]]
RT/RW : [[{rt:w1}]]
Kelurahan : {kel:1}
Pekerjaan : {kerja:w1}
No. HP/WA : [[{hp:w1}]]
Keperluan : keringanan biaya rawat inap suami di {rs:1}
~~~
Judul: Kartu KIS anak tidak aktif waktu berobat
Isi Laporan: Anak saya [[{full:cm1}]] ditolak di IGD {rs:1} karena kartu JKN [[{bpjsp:cm1}]] tidak
  aktif. Padahal kami peserta PBI. NIK anak [[{nik:cm1}]]. Saya terpaksa bayar {rp:m1}.
Nama Pelapor: [[{full:w1}]]
Telepon: [[{hp:w1}]]
Kategori: Kesehatan
~~~
Tanggapan Dinas Lingkungan Hidup dan Kebersihan
Nomor Tiket: {tiket:1}
Kami telah menghubungi pelapor, Bapak [[{full:m1}]], melalui nomor [[{hp:m1}]] pada {tgl:d2}.
  Tumpukan sampah di samping rumah beliau di [[{addr:m1}]] sudah diangkut tim kebersihan {kel:1}.
  Untuk informasi lanjut silakan hubungi {ofc:1} (jam kerja).
~~~
Form Pengaduan Parkir \u2014 Dinas Perhubungan
Lokasi: depan rumah pelapor, [[{home:w1}]]
Uraian: Mobil pick-up [[{plate:m2}]] parkir menutup pintu pagar {n:a} hari berturut-turut.
  Pemiliknya, Pak [[{first:m2}]], tinggal di gang sebelah dan tidak mau pindah kalau ditegur.
Pelapor: [[{full:w1}]] / [[{hp:w1}]]
~~~
Judul: Bantuan modal UMKM belum masuk rekening
Isi Laporan: Saya penerima bantuan usaha mikro tahap {n:a} (jual ikan kering). Nama saya ada di
  pengumuman tanggal {tgl:b1}, tapi dana belum masuk ke rekening BRI saya [[{bri:w1}]] a.n.
  [[{full:w1}]]. NIK [[{nik:w1}]], NIB {nib:1}.
Kontak: [[{hp:w1}]]
~~~
FORMULIR PERMOHONAN INFORMASI PUBLIK (PPID Kota Kupang)
Nama: [[{full:m1}]]
Pekerjaan: {?mahasiswa|wartawan lepas|pengurus LSM}
Alamat: [[{home:m1}]], Kupang
Email: [[{maild:m1}]]
No. Telp: [[{hp:m1}]]
Rincian informasi: daftar penerima bedah rumah Kelurahan {kel:1} tahun 2026
Cara memperoleh: softcopy lewat email
~~~
Judul: Tetangga tutup saluran air dengan cor beton
Isi Laporan: Tetangga saya Bapak [[{full:m2}]] di [[{addr:m2}]] mengecor saluran depan rumahnya
  untuk parkir mobil. Sekarang air hujan masuk ke rumah saya di [[{addr:w1}]]. Sudah lapor ke Ketua
  RT tapi belum ada jalan keluar.
Nama Pelapor: [[{full:w1}]]
No HP: [[{hp:w1}]]
~~~
Judul: Sekolah tahan rapor karena belum bayar uang komite
Isi Laporan: Anak saya [[{first:tw1}]] kelas {?X|XI|XII} di {sma:1}. Rapor ditahan karena uang
  komite {rp:m1} belum lunas. Wali kelas, Ibu [[{first:w2}]], bilang itu perintah kepala sekolah.
Nama Pelapor: [[{full:m1}]]
Telepon/WA: [[{hp:m1}]]
Kategori: Pendidikan
~~~
PORTAL KOTA KUPANG \u2014 Pengaduan Layanan Ketenagakerjaan
Nama : [[{full:ym1}]]
NIK : [[{nik:ym1}]]
Email : [[{maild:ym1}]]
HP : [[{hp:ym1}]]
Isi : Kartu kuning (AK-1) saya sudah {nn:a} hari belum terbit. Saya daftar online tanggal {tgl:b1},
  nomor pendaftaran {antri:1}.
~~~
Judul: SPPT PBB masih atas nama ayah yang sudah meninggal
Isi Laporan: NOP {nop:1}. Ayah saya [[{full:om1}]] meninggal tahun {?2021|2022|2023}. Saya sudah
  ajukan balik nama ke Bapenda dengan NPWP saya [[{npwp:m1}]] tapi berkas dikembalikan tanpa
  alasan.
Nama Pelapor: [[{full:m1}]]
HP: [[{hp:m1}]]
~~~
Formulir Laporan Kehilangan Dokumen Kependudukan
1. Nama : [[{full:m1}]]
2. NIK : [[{nik:m1}]]
3. Nomor KK : [[{kk:m1}]]
4. Alamat : [[{home:m1}]]
5. Dokumen hilang : KTP-el dan Kartu Keluarga
6. Lokasi hilang : {pasar:1}
7. No. HP : [[{hp:m1}]]
~~~
Judul: Dana pensiun janda belum dibayar
Isi Laporan: Suami saya almarhum [[{full:om1}]], pensiunan guru, meninggal {tgl:b2}. Pensiun janda
  seharusnya masuk ke rekening Mandiri saya [[{mdr:ow1}]] mulai bulan {bln:b1}, tapi sampai
  sekarang belum ada.
Nama Pelapor: [[{full:ow1}]]
No. Telepon Rumah: [[{tel:ow1}]]
~~~
Judul: Oknum petugas minta uang di terminal
Isi Laporan: Saya sopir angkot [[{plate:m1}]] jurusan {kel:1}. Tanggal {tgl:d1} jam {jam:p1}
  petugas Dishub yang bernama Pak [[{first:m2}]] minta {rp:s1} supaya angkot saya boleh ambil
  penumpang di terminal.
Nama Pelapor: [[{full:m1}]]
HP: [[{hp:m1}]]
~~~
PERMOHONAN IZIN KERAMAIAN (Portal Kota Kupang)
Nama Pemohon : [[{full:m1}]]
NIK : [[{nikp:m1}]]
Alamat : [[{home:m1}]]
Acara : pesta nikah anak, [[{full:yw1}]]
Tanggal : {tgl:d3}
No. HP : [[{hp:m1}]]
Catatan petugas: berkas kurang surat pengantar RT
~~~
Judul: Akun OSS tidak bisa terhubung dengan NPWP
Isi Laporan: Saya pelaku usaha perorangan (bengkel las di rumah). NPWP pribadi saya [[{npwp:m1}]]
  tidak terbaca di OSS. Petugas bilang harus pakai NIK [[{npwpn:m1}]] sebagai NPWP, tapi sistem
  tetap menolak. NIB saya {nib:1}.
Nama Pelapor: [[{full:m1}]]
Email: [[{mail:m1}]]
~~~
Judul: Jalan berlubang di depan {rs:1}
Isi Laporan: Lubang besar di {jalan:1} sudah {nn:a} hari. Tanggal {tgl:d1} jam {jam:m1} ada
  pengendara motor jatuh.
Kategori: Infrastruktur
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
~~~
Status Laporan {tiket:1}
Status: Diteruskan ke Dinas PUPR Kota Kupang ({tgl:d2})
Tanggapan: Perbaikan drainase di {jalan:1} masuk jadwal bulan {bln:d3}. Informasi lebih lanjut:
  {ofc:1}
~~~
Rekap Laporan SP4N-LAPOR! Kota Kupang bulan {bln:d1}
Masuk: {nn:a} | Diproses: {nn:b} | Selesai: {n:a}
Kategori terbanyak: air bersih, jalan rusak, administrasi kependudukan
Kanal: SMS 1708, website, WA {owa:1}
~~~
Judul: Pungutan di {pasar:1} tanpa karcis
Isi Laporan: Setiap pagi pedagang ditagih {rp:t1} oleh orang yang mengaku petugas pasar. Tidak ada
  karcis retribusi.
Rahasiakan identitas: Ya
Nama Pelapor: Dirahasiakan
~~~
Judul: Telepon penipuan mengatasnamakan Dukcapil
Isi Laporan: Saya ditelpon nomor {scam:1} yang mengaku petugas Dukcapil, minta kode OTP untuk
  "aktivasi KTP digital". Nomor itu juga kirim link lewat WA.
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
~~~
LEMBAR DISPOSISI
Nomor Surat: {surat:org1}
Dari: Bagian Organisasi Setda
Kepada: Kepala Dinas Kependudukan dan Pencatatan Sipil
Tanggal: {tgl:d1}
Isi: Tindak lanjuti laporan {tiket:1} paling lambat {tgl:d3}
~~~
Survei Kepuasan Layanan Pengaduan \u2014 {bln:d1} 2026
Responden: {nn:a} orang
Puas: {nn:b}% | Cukup: {n:a}% | Tidak puas: sisanya
Catatan: responden minta balasan lebih cepat lewat SMS 1708
~~~
Form Laporan Lampu Jalan
Lokasi: {jalan:1}, dekat {gereja:1}
Jumlah titik mati: {n:a}
Foto: IMG_2026{n:b}{nn:a}.jpg
Dilaporkan: {tgl:d1} {jam:m1}
~~~
Tanggapan Dinas Kesehatan Kota Kupang
Terima kasih atas laporan {tiket:1}. Tim sudah ke {pkm:1} tanggal {tgl:d2}. Obat hipertensi sudah
  tersedia kembali. Pengaduan layanan kesehatan: WA {owa:1} / {ofc:1}
""",
    "email_thread": r"""
From: [[{full:w1}]] <[[{mail:w1}]]>
To: dukcapil@kupangkota.go.id
Subject: Perbaikan tempat lahir di Kartu Keluarga

Selamat pagi Bapak/Ibu,
Di KK kami nomor [[{kkp:m1}]] tempat lahir anak saya [[{full:cw1}]] tertulis Kupang, seharusnya
  {?Atambua|Ende|Waingapu|Maumere}. NIK anak [[{nikp:cw1}]]. Mohon petunjuk syaratnya.

Hormat saya,
[[{full:w1}]]
HP [[{hp:w1}]]
~~~
From: [[{full:m2}]] <[[{mailgo:m2}]]>
To: [[{mail:w1}]]
Subject: Re: Tunggakan retribusi sampah

Ibu [[{first:w1}]], tagihan retribusi sampah rumah ibu di [[{addr:w1}]] sudah kami koreksi menjadi
  {rp:s1} per bulan. Kode bayar baru {bill:1}.

Salam,
[[{full:m2}]]
Bidang Pendapatan Lain-lain, Bapenda

Pada {hari:d1}, {tgll:d1} {jam:p1}, [[{full:w1}]] <[[{mail:w1}]]> menulis:
> Saya ditagih retribusi sampah {rp:m1} untuk rumah tinggal, padahal rumah saya bukan usaha.
~~~
From: [[{full:w1}]] <[[{mail:w1}]]>
To: dukcapil@kupangkota.go.id
Subject: Death certificate for my late mother

Dear Sir or Madam,
I work in Darwin as an aged-care nurse. My mother, [[{full:ow1}]] (NIK [[{nikp:ow1}]]), passed away
  in Kupang on {tgll:b2}. I need her death certificate for her pension. My brother [[{first:m1}]]
  can collect it; his number is [[{hpi:m1}]].
Kind regards,
[[{first:w1}]]
~~~
From: [[{fam:m1}]], [[{first:m1}]] <[[{mail:m1}]]>
To: ulp@kupangkota.go.id
Subject: Pembayaran termin 2 pekerjaan drainase

Yth. Pejabat Pembuat Komitmen,
Pekerjaan drainase {jalan:1} oleh {cv:1} (NPWP {bnpwp:1}) sudah selesai 100% sejak {tgl:b1}. Termin
  2 senilai {rp:x1} belum dibayar ke rekening perusahaan {brek:1}. Mohon kabar, bisa hubungi saya
  langsung di [[{hp:m1}]].

[[{full:m1}]]
Direktur
~~~
From: [[{full:w1}]] <[[{mailgo:w1}]]>
To: bkpsdm@kupangkota.go.id
Subject: Tunjangan sertifikasi triwulan {?I|II|III}

Dengan hormat, saya guru di {sch:1}, NIP {nip:1}. Tunjangan sertifikasi saya belum masuk ke
  rekening Bank NTT [[{bntt:w1}]]. Bendahara minta NPWP saya, sudah saya kirim: [[{npwp:w1}]].
Email dinas saya ini yang aktif.

[[{full:w1}]], S.Pd.
~~~
From: [[{full:yw1}]] <[[{mail:yw1}]]>
To: beasiswa@kupangkota.go.id
Subject: Beasiswa Kota Kupang belum cair

Selamat siang. Saya penerima beasiswa mahasiswa berprestasi 2026, NIK [[{nik:yw1}]]. Dana belum
  masuk ke rekening BNI saya [[{bni:yw1}]] a.n. [[{full:yw1}]]. Email cadangan saya
  [[{maild:yw1}]], HP [[{hp:yw1}]].
Terima kasih.
~~~
From: Ketua RT [[{full:m1}]] <[[{mail:m1}]]>
To: "Sdr. [[{full:m2}]]" <[[{mail:m2}]]>, "Ibu [[{full:w3}]]" <[[{mail:w3}]]>
Subject: Jadwal kerja bakti dan iuran sampah

Bapak/Ibu, kerja bakti {hari:d2} jam 07.00. Iuran sampah {rp:s1} bisa dititip ke rumah saya di
  [[{addr:m1}]].
Salam, [[{first:m1}]]
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: pengaduan@kupangkota.go.id
Subject: Istri pasien BPJS disuruh beli obat sendiri

Istri saya [[{full:w1}]] dirawat di {rs:1} sejak {tgl:b1}, peserta BPJS Kesehatan no.
  [[{bpjs:w1}]]. Kami disuruh beli obat di apotek luar {rp:m1}. Apakah itu benar? Nomor saya
  [[{hp:m1}]].
Terima kasih,
[[{first:m1}]]
~~~
From: [[{full:m2}]] <[[{mailgo:m2}]]>
To: [[{mail:m1}]]
Cc: bphtb@kupangkota.go.id
Subject: Validasi BPHTB NOP {nop:1}

Bapak [[{first:m1}]], BPHTB atas jual beli dari Ibu [[{full:w3}]] kepada Bapak (NIK [[{nikp:m1}]])
  sudah divalidasi tanggal {tgl:d2}. Silakan lanjut ke notaris.

[[{full:m2}]]
Bapenda Kota Kupang
~~~
From: [[{full:w1}]] <[[{mail:w1}]]>
To: ppid@kupangkota.go.id
Subject: Keberatan atas jawaban PPID

Keberatan saya atas jawaban permohonan {tiket:1}. Identitas: [[{full:w1}]], NIK [[{nik:w1}]],
  alamat [[{home:w1}]]. Kontak: [[{mailbr:w1}]] / [[{hp:w1}]]
~~~
From: [[{full:m1}]] <[[{mail:m1}]]>
To: samsat.kupang@gmail.com
Subject: Bukti bayar pajak kendaraan

Selamat siang. Saya sudah bayar pajak motor [[{plate:m1}]] lewat transfer dari rekening BRI saya
  [[{bri:m1}]] tanggal {tgl:d1} ({?Rp 287.000|Rp 312.500|Rp 245.000|Rp 398.000}, ref {trx:1}), tapi
  e-Samsat masih tulis belum bayar.
Mohon dicek.
[[{full:m1}]] \u2014 [[{hp:m1}]]
~~~
From: [[{full:w1}]] <[[{mail:w1}]]>
To: dpmptsp@kupangkota.go.id
Subject: PBG rumah tinggal ditolak

Saya mengajukan PBG untuk rumah tinggal di [[{home:w1}]]. Berkas ditolak karena NPWP saya
  [[{npwps:w1}]] "tidak valid". Padahal NPWP itu masih aktif dan saya lapor SPT tiap tahun. Bisa
  dibantu? WA [[{hp:w1}]].
~~~
From: [[{full:w1}]] <[[{mail:w1}]]>
To: {?tu.sman3kupang@gmail.com|kepsek.smkn2kupang@gmail.com|tatausaha.sman5kupang@gmail.com}
Subject: Anak saya dipukul teman di kelas

Bapak Kepala Sekolah, anak saya [[{full:tm1}]] kelas XI pulang dengan memar {tgl:d1}. Wali kelas,
  Pak [[{first:m2}]], belum memberi penjelasan. Mohon kami dipanggil. Telepon rumah [[{tel:w1}]].

[[{first:w1}]] (mama [[{first:tm1}]])
~~~
Salam, [[{first:m1}]]. Kami sudah bicara dengan pihak kelurahan, silakan datang {hari:d3}.

> From: [[{full:m1}]] <[[{mail:m1}]]>
> Sent: {tgll:d1} {jam:m1}
> Subject: Sengketa batas tanah keluarga [[{fam:m3}]]
> Batas tanah di belakang rumah kami digeser keluarga [[{fam:m3}]]. Saya minta lurah mediasi. HP
  [[{hp:m1}]]
~~~
From: [[{full:ym1}]] <[[{mail:ym1}]]>
To: rekrutmen.pemkotkupang@gmail.com
Subject: Sanggah hasil seleksi administrasi PPPK

Saya [[{full:ym1}]], NIK [[{nikp:ym1}]], dinyatakan tidak memenuhi syarat karena ijazah tidak
  terbaca. Berkas sudah saya unggah ulang. Alamat: [[{home:ym1}]]. HP [[{hp:ym1}]].
~~~
From: Paguyuban PKL Kota Lama <pkl.kotalama@gmail.com>
To: satpolpp@kupangkota.go.id
Subject: Penertiban lapak di {pasar:1}

Kami pedagang kaki lima minta waktu {n:a} hari sebelum lapak dibongkar. Ketua paguyuban, Bapak
  [[{full:m1}]], bisa dihubungi di [[{hp:m1}]]; sekretaris, Ibu [[{full:w2}]], di [[{hp:w2}]].
~~~
From: LAPOR! <noreply@lapor.go.id>
To: pelapor
Subject: Laporan {tiket:1} telah ditindaklanjuti

Laporan Anda telah ditanggapi oleh Pemerintah Kota Kupang pada {tgl:d2} {jam:s1}. Silakan beri
  penilaian melalui lapor.go.id.
~~~
From: Seksi Farmasi Dinkes <dinkes.kotakupang@gmail.com>
To: puskesmas-kotakupang@googlegroups.com
Subject: Laporan stok obat {bln:d1}

Yth. Kepala Puskesmas, mohon kirim LPLPO paling lambat {tgl:d3}. Stok paracetamol di gudang farmasi
  tinggal {nn:a} ribu tablet.
~~~
From: KPP Pratama Kupang <wp-kupang-920@lists.pajak.go.id>
Subject: Batas lapor SPT Tahunan

Yth. Wajib Pajak, SPT Tahunan orang pribadi dilaporkan paling lambat 31 Maret. NPWP 15 digit
  (contoh format 09.123.456.7-920.000) kini diganti NIK. Informasi: Kring Pajak 1500200 atau
  {ofc:1}.
~~~
From: {?Kelurahan Oebufu <kelurahan.oebufu|Kelurahan Liliba <kelurahan.liliba|Kelurahan Sikumana
  <kelurahan.sikumana|Kelurahan Oesapa <kelurahan.oesapa}@gmail.com>
To: kecamatan@kupangkota.go.id
Subject: Laporan bulanan {bln:d1}

Kelahiran {n:a}, kematian {n:b}, pindah datang {nn:a}, surat keterangan terbit {nn:b}. Nomor surat
  pengantar {surat:kel1}.
~~~
From: {cv:1} <{?penjualan|keuangan|marketing}.kupang@gmail.com>
To: tu.{?smpn5|smpn2|sman3}kupang@gmail.com
Subject: Invoice pengadaan meja kursi

Invoice {surat:inv1}, total {rp:l1}. NPWP {bnpwp:1}. Pembayaran ke rekening {cv:1} Bank NTT
  {brek:1}.
~~~
From: Dinas Sosial Kota Kupang <dinsos.kotakupang@gmail.com>
Subject: Balasan otomatis

Terima kasih, email Anda kami terima {tgl:d1} {jam:p1}. Layanan Senin\u2013Jumat 08.00\u201315.00.
  Pengaduan bansos: WA {owa:1} atau {ofc:1}.
~~~
From: Humas Pemkot Kupang <humas.setda@kupangkota.go.id>
To: warga-kupang@googlegroups.com
Subject: Waspada email palsu bansos

Sejak {tgl:b1} beredar email dari bansos.kemensos.ntt@gmail.com yang minta data KTP dan KK untuk
  "bansos {bln:d1}". Itu bukan email resmi. Laporkan ke pengaduan@kupangkota.go.id.
~~~
From: PDAM Tirta Lontar <pdam.tirtalontar@gmail.com>
Subject: Gangguan distribusi air {tgl:d2}

Perbaikan pipa transmisi di {jalan:1}. Wilayah terdampak: {kel:1}, {kel:2}. Air normal kembali
  {hari:d3}. Hotline {ofc:1}.
~~~
From: Tim Aplikasi Kupang Smart <kupangsmart@kupangkota.go.id>
To: diskominfo@kupangkota.go.id
Subject: Rilis versi {n:a}.{nn:a}

Kode sudah di git@github.com:pemkotkupang/kupang-smart.git, tag v{n:a}.{nn:a}. Tangkapan layar
  IMG_2026@kupang.jpg dan denah@2x.png terlampir. Uji coba {tgl:d2}.
~~~
From: UPTD Samsat Kota Kupang <samsat.kotakupang@gmail.com>
Subject: Program pemutihan pajak kendaraan

Pemutihan denda berlaku sampai {tgl:d3}. Bayar lewat kode bayar e-Samsat atau kantor Samsat
  {jalan:1}. Info {ofc:1}.
""",
    "call_note": r"""
CATATAN PANGGILAN 112 \u2014 {tgl:d1} {jam:m1}
Penelepon: [[{full:m1}]], HP [[{hp:m1}]]
Kejadian: tabrakan mobil dan motor di simpang {jalan:1}. Mobil [[{plate:m2}]] berhenti, motor
  [[{plate:m3}]] pengendaranya luka di kepala.
Tindak lanjut: ambulans dan Satlantas dikirim {jam:m2}
~~~
Petugas: Dukcapil Kota Kupang, selamat siang, ada yang bisa dibantu?
Penelepon: Siang, saya mau cek KTP saya sudah jadi atau belum.
Petugas: NIK Bapak?
Penelepon: [[{nikpr:m1}]].
Petugas: Atas nama?
Penelepon: [[{full:m1}]].
Petugas: Sudah cetak, bisa diambil {hari:d2} di loket {n:a}. Nomor HP yang aktif?
Penelepon: [[{hp:m1}]]
~~~
LOG HOTLINE DINAS SOSIAL \u2014 {tgl:d1}
Jam | Penelepon | Nomor | Isi
{jam:p1} | [[{full:w1}]] | [[{hp:w1}]] | tanya jadwal BPNT bulan {bln:d1}
{jam:p2} | penelepon tidak sebut nama | [[{hp:m2}]] | lapor tetangga lansia tinggal sendiri
{jam:p3} | Komite Sekolah {sch:1} | {bizhp:1} | minta data PIP
{jam:s1} | [[{full:m3}]] | [[{hp:m3}]] | KKS tertelan mesin ATM
~~~
PLN 123 \u2014 Catatan Gangguan
Pelapor: [[{full:w1}]]
ID Pelanggan: {pln:1}
Alamat: [[{home:w1}]], Kel. {kel:1}
No. HP: [[{hp:w1}]]
Keluhan: listrik padam sejak {jam:m1}, rumah tetangga menyala. MCB turun terus.
Status: regu dikirim {jam:m3}
~~~
Agen: BPJS Kesehatan, dengan [[{first:w2}]], ada yang bisa dibantu?
Penelepon: Mau cek kartu anak saya, katanya dipindah ke faskes lain.
Agen: Nomor kartunya?
Penelepon: [[{bpjsp:cw1}]].
Agen: Atas nama?
Penelepon: [[{full:cw1}]], anak saya. Saya ibunya, [[{full:w1}]].
Agen: Faskes sekarang {pkm:1}. Bisa diubah lewat aplikasi atau kantor cabang.
~~~
UPTD PPA Kota Kupang \u2014 Catatan Hotline (rahasia)
Pelapor: [[{full:w2}]] (tante korban), HP [[{hp:w2}]]
Korban: [[{first:cw1}]], {age:cw1} tahun
Alamat korban: [[{home:w1}]]
Ringkasan: anak sering dipukul ayah tiri. Ibu korban, [[{full:w1}]], takut melapor.
Tindak lanjut: kunjungan rumah {hari:d2}
~~~
Laporan Damkar {tgl:d1} {jam:s1}
Penelepon dari telepon rumah [[{tel:m1}]] a.n. [[{full:m1}]]
Lokasi: dapur rumah di [[{addr:m1}]], Kel. {kel:1}
Unit berangkat {jam:s2}, api padam {jam:s3}. Kerugian sekitar {rp:l1}.
~~~
Petugas: Bank NTT, selamat pagi.
Nasabah: Kartu ATM saya terblokir setelah salah PIN.
Petugas: Nomor rekening?
Nasabah: [[{bntt:m1}]].
Petugas: Nama ibu kandung?
Nasabah: [[{full:ow1}]].
Petugas: Baik Bapak [[{first:m1}]], silakan datang ke cabang bawa KTP. Nomor HP yang terdaftar
  masih [[{hp:m1}]]?
Nasabah: Masih.
~~~
Dukcapil \u2014 catatan telepon {tgl:d1}
Penelepon [[{full:m1}]] mau urus KIA untuk anak [[{first:bw1}]] yang lahir {tgl:b2}. No. KK
  [[{kk:m1}]]. Diminta datang bawa akta. Callback [[{hp:m1}]].
~~~
Call note (English) {tgl:d1} {jam:p2}
Caller [[{full:m1}]] reports his mother [[{full:ow1}]] fell in the bathroom and cannot stand. Home:
  [[{addr:m1}]], {kel:1}. Ambulance requested. Callback [[{hpi:m1}]].
~~~
Petugas: Polsek {?Oebobo|Maulafa|Alak|Kelapa Lima}, ada yang bisa dibantu?
Penelepon: Beta pung motor ilang di parkiran gereja.
Petugas: Plat nomornya?
Penelepon: [[{plate:m1}]], Vario hitam.
Petugas: Nama Bapak?
Penelepon: [[{full:m1}]]. Nomor beta [[{hp:m1}]].
~~~
SERAH TERIMA SHIFT CALL CENTER {tgl:d1} 14.00
1. Ibu [[{full:w1}]] ([[{hp:w1}]]) \u2014 air PDAM keruh, tiket {tiket:1}, belum selesai
2. Bapak [[{full:m2}]] ([[{hp:m2}]]) \u2014 anak demam tinggi, sudah diarahkan ke {pkm:1}
3. Penelepon anonim dari [[{hp:m3}]] \u2014 jalan longsor di {jalan:1}, diteruskan ke PUPR
~~~
Kring Pajak \u2014 catatan panggilan
Penelepon: [[{full:w1}]], pedagang kue
NPWP lama: [[{npwp:w1}]]
Pertanyaan: apakah NPWP lama masih berlaku. Dijelaskan NPWP sekarang = NIK. Penelepon sebut NIK
  [[{nikp:w1}]] untuk dicek padan.
Hasil: sudah padan, bisa login coretax.
~~~
Samsat \u2014 catatan telepon
Penelepon: [[{full:m1}]] (NIK [[{nik:m1}]])
Pertanyaan: balik nama motor [[{plate:m1}]] yang dibeli dari [[{full:m2}]]. BPKB masih a.n.
  penjual.
Jawaban: bawa KTP asli penjual atau surat kuasa.
~~~
Petugas: PDAM Tirta Lontar, selamat sore.
Penelepon: Sore. Meteran air di rumah saya hilang dicuri.
Petugas: Nomor sambungan?
Penelepon: {pdam:1}.
Petugas: Atas nama dan alamat?
Penelepon: [[{full:w1}]], [[{home:w1}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[{hp:w1}]]
~~~
Ambulans 119 \u2014 {tgl:d1} {jam:m2}
Penelepon: [[{full:m1}]] (anak pasien)
Pasien: [[{full:om1}]], {age:om1} th, sesak
Alamat jemput: [[{home:m1}]]
HP penelepon: [[{hp:m1}]]
BPJS pasien: [[{bpjsp:om1}]]
Ambulans tiba {jam:m3}, pasien dibawa ke {rs:1}
~~~
Petugas: Pengaduan Kota Kupang.
Penelepon: Mau lapor lampu jalan mati.
Petugas: Untuk penerangan jalan silakan ke Dishub, {ofc:1}.
Penelepon: Sudah, tidak diangkat.
Petugas: Kalau begitu ke WA center {owa:1} ya Bapak.
~~~
REKAP PANGGILAN 112 \u2014 {bln:d1}
Total 2{nn:a} panggilan: kebakaran {n:a}, kecelakaan {n:b}, ambulans {nn:b}, iseng sisanya.
Waktu respon rata-rata {n:c} menit.
~~~
Log panggilan iseng {tgl:d1}
{jam:m1} nomor tersembunyi, diam saja
{jam:m2} anak-anak tertawa, ditutup
{jam:m3} minta diputar lagu, ditutup
Catatan: dilaporkan ke operator seluler
~~~
Penelepon: Samsat buka hari Sabtu?
Petugas: Samsat {jalan:1} buka Sabtu {pukul:p1}\u201312.00. Samsat keliling ada di {pasar:1}
  {hari:d2}.
Penelepon: Terima kasih.
~~~
Catatan: penelepon tidak mau sebut nama, melapor nomor {scam:1} yang mengaku petugas BPJS Kesehatan
  dan minta transfer {rp:m1} untuk "aktivasi kartu". Disarankan lapor ke Polresta.
~~~
Petugas: Nomor sambungan PDAM?
Penelepon: {pdam:1}.
Petugas: Tagihan {bln:d1} {rp:a1}, jatuh tempo {tgl:d3}.
Penelepon: Kenapa naik?
Petugas: Ada pemakaian {nn:a} kubik. Kami cek meter {hari:d2}.
~~~
Catatan 112 {tgl:d1} {jam:s1}
Pohon tumbang menutup {jalan:1} dekat {sch:1}. Penelepon anonim, tidak ada korban. BPBD dan Damkar
  dikirim. Jalan dibuka {jam:s3}.
~~~
PLN 123 \u2014 {tgl:d1}
Gangguan penyulang {?Oebobo|Penfui|Oesapa|Alak} {jam:m1}. Wilayah padam: {kel:1}, {kel:2}.
  Perkiraan nyala {jam:m3}.
~~~
Penelepon: Bus Damri ke bandara jam berapa?
Petugas: Jadwal Damri {pukul:p1}, {pukul:p3}, {pukul:s2}. Loket Damri (0380) 8{nn:a}{nn:b}{n:a}.
~~~
Penelepon: BLT bulan ini kapan cair?
Petugas: Jadwal penyaluran diumumkan kelurahan. Info resmi WA center Dinas Sosial {owa:1}. Jangan
  layani nomor lain yang minta biaya.
""",
    "social_post": r"""
[[{full:m1}]]
{n:a} jam \u00b7 Kupang
Sapa kenal pemilik buku tabungan BRI ini? Beta dapat di ATM dekat {pasar:1}. Nama di buku
  [[{full:w2}]], no rek [[{bri:w2}]]. Yang kenal hub beta [[{hp:m1}]], nanti beta antar ke bank.
~~~
Dinas PUPR Kota Kupang
Perbaikan drainase tahap 2 dimulai {tgl:d2}. Mohon maaf atas ketidaknyamanan.
Komentar:
[[name:{first_:w1} {fam_:w1}]]: di [[{rt:w1}]] {kel:1} got tersumbat dari bulan lalu pak
[[{full:m2}]]: Depan rumah sa [[{addr:m2}]] juga, air masuk rumah
kupang_bersuara: semoga bukan janji saja
~~~
DIBUTUHKAN SEGERA donor darah golongan {?O|A|B|AB} untuk bapak kami [[{full:om1}]] yang cuci darah
  di {rs:1}. Yang bisa bantu hubungi [[{first:w1}]] [[{hp:w1}]] atau [[{first:m2}]] [[{hp:m2}]].
  Tuhan berkati \U0001f64f
~~~
DIJUAL RUMAH tanpa perantara. Luas tanah {nn:a}0 m\u00b2, SHM, di [[{home:m1}]], Kel. {kel:1}.
  Harga {rp:x1} nego. Pemilik: [[{full:m1}]], WA [[{hp:m1}]]
~~~
HATI-HATI dengan orang ini: [[{full:m1}]], pinjam uang {rp:l1} ke banyak ibu-ibu di {kel:1} dengan
  alasan modal usaha, lalu hilang. Rekening yang dia pakai BRI [[{bri:m1}]], HP [[{hp:m1}]] sudah
  tidak aktif. Sudah lapor polisi {tgl:b1}.
~~~
dukcapilkotakupang
KTP-el yang sudah jadi bisa diambil di kantor kecamatan mulai {tgl:d2}.
Komentar
[[name:{first_:w1} {fam_:w1}]]: min, NIK sy [[{nikp:w1}]] sdh rekam {tgl:b2} blm jadi
dukcapilkotakupang: Silakan DM kak
[[{given_:m2}]]: punya beta juga belum, rekam di {kel:1}
~~~
ORANG HILANG. Nama [[{full:om1}]], {age:om1} tahun, pikun, keluar rumah {hari:d1} pagi pakai kemeja
  biru. Rumah di [[{home:om1}]]. Yang lihat tolong hubungi anaknya [[{full:w1}]] [[{hp:w1}]]
~~~
Terima kasih untuk perawat [[{full:w1}]] di {pkm:1} yang jaga mama sa semalaman waktu sesak. Orang
  baik seperti ibu [[{first:w1}]] jarang ada. Salam dari kami keluarga [[{fam:m2}]].
~~~
Tabrak lari di {jalan:1} jam {jam:m1} tadi. Motor pelaku [[{plate:m2}]] warna merah. Korban adik
  kami [[{full:ym1}]], sekarang di IGD {rs:1}. Ada yang punya rekaman CCTV tolong hubungi
  [[{hp:w1}]] (kakak korban)
~~~
Bapa mama, kami guru {sma:1} galang dana untuk operasi mata siswa kami [[{full:tw1}]]. Bantuan bisa
  transfer ke rekening BRI [[{bri:w2}]] a.n. [[{full:w2}]] (wali kelas). Konfirmasi [[{hp:w2}]].
  Donasi barang bisa diantar ke sekolah, WA panitia {bizhp:1}. Terima kasih
~~~
Kue Kupang Bersatu
Cari kue lapis untuk acara syukuran {hari:d2}
Komentar:
[[{full:w1}]]: sa jual kue lapis deng bolu, info WA [[{hp:w1}]]
[[{full:w2}]]: sa juga terima pesanan kak, [[{hp:w2}]]
Fotokopi Cahaya Oesapa: kami juga cetak undangan kak
~~~
Om [[{first:m1}]] di [[{rtone:m1}]] {kel:1} pung anjing gigit anak saya [[{first:cw2}]] waktu
  pulang sekolah. Anjing namanya Boni, tidak pernah diikat. Sudah bicara baik-baik tapi om bilang
  itu anjing penjaga.
~~~
Dicari pemilik mobil [[{plate:m2}]] yang parkir depan rumah kami di [[{addr:w1}]] sudah {n:a} hari.
  Kami tidak bisa keluar garasi. Yang kenal tolong sampaikan. - [[{full:w1}]]
~~~
Sudah dua kali honor narasumber saya dipotong pajak, di {?Bappeda|Dinas Kesehatan|Dinas Pariwisata}
  dan di kecamatan. NPWP saya [[{npwp:w1}]] jelas terdaftar. Ke mana harus minta kelebihan
  potongan? #pajak #kupang
~~~
Info lowongan admin toko di {kel:1}
Komentar:
[[{full:yw1}]]: kak, bisa kirim info ke email sy [[{maild:yw1}]]?
[[{full:yw2}]]: sy juga kak [[{mail:yw2}]]
Toko Berkat Jaya: kirim lamaran langsung ke toko kak
~~~
Selamat jalan [[{full:om1}]]. Ibadah penghiburan malam ini jam {pukul:m2} di rumah duka,
  [[{home:om1}]]. Keluarga besar [[{fam:om1}]] mohon doa. Info [[{first:w1}]] [[{hp:w1}]]
~~~
Dukcapil Kota Kupang
Layanan Sabtu {tgl:d1} buka {pukul:p1}\u201312.00 khusus perekaman KTP-el pelajar. Antrian online
  via WA {owa:1}.
~~~
WASPADA PENIPUAN mengatasnamakan Polresta Kupang Kota. Contoh nomor yang dilaporkan warga:
  {scam:1}, {scam:2}. Polisi tidak pernah minta transfer. Pengaduan: 110.
~~~
Macet parah di {jalan:1} arah {kel:1} jam {jam:s2}. Ada truk mogok depan {sch:1}. Cari jalan lain e
~~~
PDAM Tirta Lontar
Air mati {hari:d2} di {kel:1} karena perbaikan pipa.
Komentar:
Kos Melati Oebufu: kami juga kering kak
kupangviral: tiap minggu begini
Depot Air Murni Lestari: air galon tersedia, antar gratis
~~~
Harga di {pasar:1} hari ini: beras {rp:s1}/kg, cabai {rp:s2}/kg, ikan tongkol {rp:s3}/ekor. Sumber:
  Disperindag.
~~~
Sapi lepas lagi di {jalan:1} dekat {rs:1}. Sudah {n:a} kali bulan ini hampir tabrakan. Satpol PP
  tolong tertibkan pemilik ternak.
~~~
Info fogging
Komentar:
warga_liliba: kapan ke RT kami?
kupangsehat: jadwal RT {rtn:a} dan RT {rtn:b} hari {hari:d2}, tanya puskesmas ya
mama_muda_kupang: trima kasih info
~~~
Terima kasih Damkar Kota Kupang, cepat sekali datang waktu rumput terbakar di {kel:1} tadi siang.
  Salam damai dari kami warga.
~~~
Info untuk yang kehilangan anjing kecil warna coklat di {kel:1}, namanya Manis. Sekarang dititip di
  kantor kelurahan.
~~~
Pertanyaan
Ada bus ke Soe {hari:d2} pagi?
Komentar:
Bus Tiara Mas: Kami kak, berangkat {pukul:p1}, WA {bizhp:1}
Damri Kupang: Kami juga ada kak, loket {ofc:1}
""",
    "letter_minutes": r"""
SURAT KETERANGAN DOMISILI
Nomor: {surat:rt1}
Yang bertanda tangan di bawah ini Ketua RT {rtn:a} Kelurahan {kel:1} menerangkan bahwa:
Nama : [[{full:w1}]]
NIK : [[{nikp:w1}]]
Tempat/Tgl Lahir : {ttl:w1}
Alamat : [[{home:w1}]]
benar berdomisili di wilayah kami sejak tahun {?2015|2018|2020}.
Kupang, {tgll:d1}
Ketua RT,
[[{full:m2}]]
~~~
NOTULEN RAPAT WARGA
Hari/Tanggal: {hari:d1}, {tgll:d1}
Tempat: rumah Bapak [[{full:m1}]], [[{addr:m1}]]
Hadir: [[{full:m1}]], [[{full:w2}]], [[{full:m3}]], [[{full:w4}]] dan {nn:a} warga lain
Pembahasan: pipa PDAM bocor di depan rumah [[{first:w2}]] sejak {tgl:b1}. Disepakati lapor ke PDAM
  lewat [[{first:m3}]].
Notulis: [[{first:w4}]]
~~~
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[{full:ow1}]]
NIK : [[{nik:ow1}]]
Alamat : [[{home:ow1}]]
memberi kuasa kepada:
Nama : [[{full:w2}]]
NIK : [[{nik:w2}]]
Hubungan : anak kandung
untuk mengambil bantuan sosial tunai bulan {bln:d1} di Kantor Pos karena pemberi kuasa sakit.
Kupang, {tgll:d1}
Pemberi kuasa [[{first:ow1}]] \u2014 Penerima kuasa [[{first:w2}]]
~~~
SURAT PERNYATAAN AHLI WARIS
Kami ahli waris dari almarhum [[{full:om1}]] (NIK [[{nikp:om1}]]), meninggal {tgll:b2}, yaitu:
1. [[{full:ow1}]] (istri), NIK [[{nikp:ow1}]]
2. [[name:{first:m2} {fam:om1}]] (anak), NIK [[{nikp:m2}]]
3. [[name:{first:w3} {fam:om1}]] (anak), NIK [[{nikp:w3}]]
menyatakan bahwa rumah peninggalan almarhum di [[{addr:om1}]] menjadi milik bersama ahli waris.
Kupang, {tgll:d1}
~~~
SURAT PERMOHONAN
Kepada Yth. Lurah {kel:1}
Dengan hormat, saya [[{full:w1}]], NIK [[{nik:w1}]], No. KK [[{kk:w1}]], tinggal di [[{home:w1}]],
  memohon bantuan perbaikan atap rumah yang rusak diterpa angin {tgl:b1}. Suami saya [[{first:m1}]]
  buruh harian, anak {n:a} orang.
Hormat saya,
[[{full:w1}]]
HP [[{hp:w1}]]
~~~
BERITA ACARA SERAH TERIMA BANTUAN KAMBING
Pada {hari:d1}, {tgll:d1}, Dinas Pertanian menyerahkan bantuan kepada:
1. [[{full:m1}]] \u2014 NIK [[{nikp:m1}]] \u2014 [[{rtone:m1}]]
2. [[{full:w2}]] \u2014 NIK [[{nikp:w2}]] \u2014 [[{rtone:w2}]]
3. [[{full:m3}]] \u2014 NIK [[{nikp:m3}]] \u2014 [[{rtone:m3}]]
masing-masing 2 ekor. Diketahui Lurah {kel:1}.
~~~
SURAT KETERANGAN USAHA
Nomor: {surat:kel1}
Lurah {kel:1} menerangkan bahwa [[{full:w1}]], NIK [[{nikp:w1}]], NPWP [[{npwp:w1}]], benar
  mempunyai usaha warung sembako di rumahnya, [[{home:w1}]], sejak tahun {?2017|2019|2021}.
Surat ini untuk pengajuan KUR.
~~~
NOTULEN MEDIASI SENGKETA BATAS TANAH
Pihak: keluarga [[{fam:m1}]] (diwakili [[{full:m1}]]) dan keluarga [[{fam:m2}]] (diwakili
  [[{full:m2}]])
Tempat: Kantor Kelurahan {kel:1}, {tgll:d1}
Hasil: batas dikembalikan sesuai patok tahun 1998. [[{first:m2}]] bersedia membongkar pagar dalam
  {n:a} minggu.
Mediator: Lurah {kel:1}
~~~
SURAT PERNYATAAN TIDAK MAMPU
Saya [[{full:m1}]], NIK [[{nik:m1}]], pekerjaan {kerja:m1}, orang tua dari [[{full:tw1}]], siswa
  {sma:1}, menyatakan tidak mampu membayar uang pembangunan {rp:m1}. Mohon keringanan.
Kupang, {tgll:d1}
[[{full:m1}]]
~~~
Kepada Yth. Kepala {sd:1}
Perihal: Permohonan pindah sekolah
Dengan hormat, saya [[{full:w1}]], orang tua dari [[{full:cm1}]] kelas {?III|IV|V}, mohon surat
  pindah ke {sd:2} karena kami pindah rumah ke [[{addr:w1}]]. Telepon [[{hp:w1}]].
Hormat saya, [[{first:w1}]]
~~~
SURAT REKOMENDASI
Majelis Jemaat {gereja:1} menerangkan bahwa Sdri. [[{full:yw1}]], NIK [[{nik:yw1}]], anggota jemaat
  aktif dari keluarga Bapak [[{full:m1}]], layak menerima beasiswa pendidikan.
Ketua Majelis, Pdt. [[{full:m2}]], S.Th.
~~~
SURAT PENGANTAR RT
Nomor: {n:a}/RT/{bln:d1}/2026
Nama : [[{full:ym1}]]
Tempat/Tgl Lahir : {ttl:ym1}
NIK : [[{nikp:ym1}]]
Alamat : [[address:{addr:ym1}, {rt:ym1}]]
Keperluan : pembuatan SKCK
Ketua RT, [[{full:m2}]]
~~~
NOTULEN RAPAT KADER POSYANDU {?MAWAR|BUNGA BAKUNG|KASIH IBU}
Tanggal: {tgl:d1}
Hadir: [[{full:w1}]] (ketua), [[{full:w2}]], [[{full:w3}]]
1. Honor kader bulan {bln:d1} dibayar lewat rekening: [[{first:w2}]] Bank NTT [[{bntt:w2}]],
  [[{first:w3}]] BRI [[{bri:w3}]].
2. Timbangan rusak, [[{first:w1}]] lapor ke {pkm:1}.
~~~
Kepada Yth. Kepala Bapenda Kota Kupang
Perihal: Permohonan keringanan PBB
Saya [[{full:om1}]], NIK [[{nik:om1}]], NPWP [[{npwp:om1}]], pemilik rumah tinggal dengan NOP
  {nop:1}. PBB tahun ini naik menjadi {rp:m1}. Saya pensiunan dan mohon keringanan.
Hormat saya, [[{full:om1}]]
Telp. rumah [[{tel:om1}]]
~~~
SURAT PERJANJIAN SEWA KIOS
Pihak I: [[{full:m1}]], NIK [[{nik:m1}]], NPWP [[{npwp:m1}]], alamat [[{home:m1}]], HP [[{hp:m1}]]
Pihak II: [[{full:w2}]], NIK [[{nik:w2}]], alamat [[{home:w2}]], HP [[{hp:w2}]]
Pihak I menyewakan kios di {pasar:1} kepada Pihak II selama 1 tahun dengan harga {rp:l1}.
~~~
SURAT TANDA PENERIMAAN LAPORAN KEHILANGAN
Nomor: STPL/{nn:a}/{bln:d1}/2026/SPKT
Telah melapor: [[{full:w1}]], NIK [[{nik:w1}]], alamat [[{home:w1}]]
Barang hilang: dompet berisi KTP, kartu ATM BRI rek. [[{bri:w1}]], STNK motor [[{plate:w1}]]
Tempat: sekitar {pasar:1}, {tgll:d1}
~~~
Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Perihal: Pendaftaran bayi baru lahir
Saya [[{full:w1}]], peserta JKN nomor [[{bpjsp:w1}]], mohon bayi saya [[{full:bw1}]] (lahir
  {tgl:b1}) didaftarkan dalam KK nomor [[{kkp:w1}]].
Hormat saya, [[{first:w1}]]
~~~
SURAT EDARAN
Nomor: {surat:setda1}
Tentang jam kerja ASN selama bulan {bln:d1}
Jam kerja Senin\u2013Kamis {?07.30|08.00}\u201315.00 mulai {tgl:d2}, Jumat sampai 14.00. Pelayanan
  publik tetap buka.
Sekretaris Daerah Kota Kupang
~~~
BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA KUPANG
Jl. S.K. Lerik, Telp. {ofc:1}, email bappeda@kupangkota.go.id
UNDANGAN
Nomor: {surat:bappeda1}
Musrenbang Kecamatan {kec:1}, {hari:d2} {tgll:d2} jam {pukul:p2}, di aula kantor camat.
~~~
NOTULEN RAPAT KOORDINASI BANJIR
Tanggal: {tgl:d1}
Hadir: Kepala Pelaksana BPBD, Kepala Dinas PUPR, Camat {kec:1}, Lurah {kel:1}
Kesimpulan: normalisasi kali di {kel:1} mulai {tgl:d3}. Posko siaga 24 jam: {ofc:1}.
~~~
PENGUMUMAN PEMENANG TENDER
Paket: Rehabilitasi Saluran {jalan:1}
Pemenang: {cv:1}
NPWP: {bnpwp:1}
Alamat: {jalan:2} No. {nn:a}, Kupang
Nilai: {rp:x1}
Pokja Pemilihan UKPBJ Kota Kupang
~~~
KEPUTUSAN LURAH {kel^:1}
Nomor: {surat:kel1}
Tentang pemekaran RT {rtn:a} menjadi RT {rtn:a} dan RT {rtn:b}. Batas baru mengikuti jalan setapak
  ke {sch:1}.
~~~
WARTA JEMAAT {gereja^:1}
Ibadah minggu {tgll:d2}. Persembahan syukur bisa lewat rekening Majelis Jemaat Bank NTT {brek:1}
  (NPWP Majelis Jemaat {bnpwp:1}).
~~~
NOTA DINAS
Kepada: Kepala Bidang Bina Marga
Dari: Sekretaris Dinas PUPR
Tanggal: {tgl:d1}
Perihal: percepatan laporan fisik paket {jalan:1}, progres {nn:a}%.
~~~
PENGUMUMAN
Dalam rangka HUT Kota Kupang, {jalan:1} ditutup {hari:d2} {pukul:p1}\u2013{pukul:s1}. Kendaraan
  dialihkan ke {jalan:2}. Dishub Kota Kupang.
~~~
BERITA ACARA PEMERIKSAAN PEKERJAAN
Nomor: {surat:pupr1}
Pekerjaan drainase {jalan:1}, kontrak {surat:ppk1}, nilai {rp:x1}. Hasil pemeriksaan {tgl:d2}:
  volume sesuai, {n:a} titik perlu perbaikan.
""",
    "ocr_scan": r"""
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[{niko:w1k}]]
N a m a : [[{scan:w1k}]]
Tempat/Tgl Lahir : KUPANG, {lahir:w1k}
Jenis Kelamin : {jk:w1k} Gol. Darah : -
Alamat : [[{addr^:w1k}]]
[[address:RT/RW : {rtktp:w1k}]]
Kel/Desa : {kel^:1}
Kecamatan : {kec^:1}
Agama : KRISTEN
~~~
KARTU KELUARGA
No. [[{kkp:m1k}]]
Nama Kepala Keluarga : [[{full^:m1k}]]
Alamat : [[{addr^:m1k}]]
No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan
1 | [[{full^:m1k}]] | [[{nikp:m1k}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[{full^:w1k}]] | [[{nikp:w1k}]] | PEREMPUAN | ISTRI
3 | [[name:{first^:cm1k} {fam^:m1k}]] | [[{nikp:cm1k}]] | LAKI-LAKI | ANAK
~~~
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[{npwpo:m1}]]
[[{scan:m1}]]
NIK : [[{nikp:m1}]]
[[address:{addr^:m1} {rt^:m1}]] {kel^:1} KOTA KUPANG
KPP PRATAMA KUPANG
~~~
KARTU INDONESIA SEHAT
No. Kartu : [[{bpjso:w1}]]
Nama : [[{scan:w1}]]
Tgl. Lahir : {lahir:w1}
NIK : [[{nikp:w1}]]
Faskes Tingkat I : {pkm^:1}
~~~
BRI
BUKU TABUNGAN BRITAMA
NAMA : [[{scan:m1}]]
NO. REKENING : [[{bri:m1}]]
ALAMAT : [[{home^:m1}]]
UNIT KERJA : BRI UNIT {kel^:1}
~~~
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NO. REGISTRASI : [[{plate^:m1}]]
NAMA PEMILIK : [[{scan:m1}]]
ALAMAT : [[{home^:m1}]]
MERK/TYPE : HONDA/NF125
NO. RANGKA : MH1JB{nib:1}
BERLAKU S/D : {tgls:d3}
~~~
KWITANSI
No : {n:a}{nn:a}
Sudah terima dari : [[{full:m1}]]
Uang sejumlah : {rp:l1}
Untuk pembayaran : sewa rumah di [[{addr:w2}]] selama 1 (satu) tahun
Kupang, {tgll:d1}
Yang menerima,
[[{full:w2}]]
HP [[{hpo:w2}]]
~~~
Kepada Yth Bpk Lurah {kel:1}
Sy [[{full_:w1}]] mau lapor, tetangga sy [[{full_:m2}]] buat kandang babi dekat sumur kami di
  [[{addr_:w1}]]. air sumur sdh bau. sdh tegur {n:a} kali. kl perlu hub sy [[{hpo:w1}]]
trims
~~~
KUTIPAN AKTA KELAHIRAN
No. 5371-LT-{nn:a}0{n:b}2026-00{nn:b}
NIK : [[{nikp:cw1}]]
Bahwa di KUPANG pada tanggal {tgll:b1} telah lahir [[{scan:cw1}]] anak ke-{n:a} perempuan dari ayah
  [[{full^:m1}]] dan ibu [[{full^:w1}]]
~~~
SURAT IZIN MENGEMUDI
1. [[{scan:m1}]]
2. {ttl:m1}
3. {?A|B|C} {jk:m1}
4. [[address:{addr^:m1} {rt^:m1}]]
5. {kerja^:m1}
No. {sim:1}
~~~
BANK NTT
BUKTI TRANSFER
TANGGAL : {tgl:d1} {jam:s1}
DARI : [[{full^:m1}]] [[{bntt:m1}]]
KE : [[{full^:w2}]] [[{bntt:w2}]]
JUMLAH : {rp:m1}
BERITA : UANG SEKOLAH [[{first^:cw2}]]
NO. REF : {trx:1}
~~~
SIKS-NG | Data Penerima
NIK[[{nikp:w1}]]Nama[[{full^:w1}]]Alamat[[{addr^:w1}]]Desil1StatusAKTIF
NIK[[{nikp:m2}]]Nama[[{full^:m2}]]Alamat[[{addr^:m2}]]Desil2StatusNONAKTIF
~~~
SPT TAHUNAN PPh WAJIB PAJAK ORANG PRIBADI 1770 SS
NPWP : [[{npwps:m1}]]
NAMA WAJIB PAJAK : [[{scan:m1}]]
NIK : [[{nikp:m1}]]
STATUS : K/{n:a}
NPWP ISTRI : [[{npwp:w2}]]
PENGHASILAN BRUTO : {?Rp 54.000.000|Rp 62.400.000|Rp 48.750.000|Rp 71.200.000}
~~~
SURAT KETERANGAN KEMATIAN
Nomor : {surat:kel1}
Nama : [[{scan:om1}]]
NIK : [[{niko:om1}]]
Umur : {age:om1} tahun
Telah meninggal dunia pada {tgl:b1} di rumah, [[{home^:om1}]]
Pelapor : [[{full^:w2}]] (anak), HP [[{hp:w2}]]
~~~
TANDA TERIMA HONORARIUM NARASUMBER
Nama : [[{full:w1}]]
NPWP : [[{npwp:w1}]]
Honor : {rp:m1}
PPh 21 : 5% (dipotong)
Ditransfer ke : BNI [[{bni:w1}]]
Tanda tangan : ttd
~~~
DICARI MOTOR HILANG
HONDA BEAT HITAM [[{plate^:m1}]]
HILANG {tgl:d1} DI {pasar^:1}
YANG MELIHAT HUB. [[{hpo:m1}]] ([[{first^:m1}]])
~~~
No KK [[{kko:m1k}]]
1 [[{full^:m1k}]] [[{niko:m1k}]] KEPALA KELUARGA
2 [[{full^:w1k}]] [[{nikp:w1k}]] ISTRI
3 [[name:{first^:tw1k} {fam^:m1k}]] [[{nikp:tw1k}]] ANAK
~~~
FORMULIR PERMOHONAN PINDAH WNI
Nama Lengkap : [[{scan:xw1}]]
NIK : [[{nikp:xw1}]]
No. KK : [[{kkp:xw1}]]
Alamat Asal : [[{addr^:xw1}]], {kel^:1}
Alamat Tujuan : DESA {?NAIBONAT|OELAMASI|CAMPLONG}, KAB. KUPANG
Alasan Pindah : PEKERJAAN
~~~
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
BUKTI PEMBAYARAN REKENING AIR
NO SAMB : {pdam:1}
PERIODE : {bln^:d1} 2026
TAGIHAN : {rp:a1}
DENDA : {rp:t1}
LOKET : {kel^:1}
~~~
APOTEK KASIH IBU
{jalan:1} No. {nn:a}, Kupang
NPWP : {bnpwp:1}
Amoxicillin 500 mg x 10 {rp:s1}
Paracetamol x 10 {rp:t1}
Terima kasih, semoga lekas sembuh
~~~
SURAT PEMBERITAHUAN PAJAK TERUTANG PBB 2026
NOP : {nop:1}
NAMA WAJIB PAJAK : GMIT JEMAAT {?EFATA LILIBA|KOINONIA|BETLEHEM OESAPA}
ALAMAT WP : {jalan^:1}
PBB TERHUTANG : {rp:m1}
JATUH TEMPO : {tgls:d3}
~~~
DINAS PERHUBUNGAN KOTA KUPANG
KARCIS PARKIR TEPI JALAN
No. {nn:a}{nn:b}{n:a}
RODA 2 {rp:t1}
{tgls:d1}
~~~
DUKCAPIL KOTA KUPANG
NOMOR ANTRIAN
{antri:1}
LAYANAN: KTP-EL / KIA
{tgls:d1} {jam:p1}
~~~
PO. {?TIARA MAS|GEMILANG|SINAR TIMOR}
TIKET BUS
KUPANG - {?SOE|KEFAMENANU|ATAMBUA}
{tgls:d2} {pukul:p1}
HARGA {rp:s1}
KANTOR : {jalan^:1}, TELP {ofc:1}
~~~
STRUK PEMBELIAN LISTRIK PRABAYAR
IDPEL : {pln:1}
NO METER : {meter:1}
TOKEN : {token:1}
RP BAYAR : {?Rp 100.000|Rp 200.000|Rp 50.000|Rp 500.000}
{tgls:d1} {jam:s1}
~~~
PEMERINTAH KOTA KUPANG
FOGGING MASAL {kel^:1}
{hari^:d2}, {tgls:d2}
HUB. PETUGAS : {scamo:1}
~~~
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
Jl. Timor Raya Km. 5, Telp. {ofc:1}
SURAT PERINTAH MEMBAYAR
Nomor : {surat:pupr1}
Bendahara Pengeluaran, NPWP {bnpwp:1}
Jumlah : {rp:x1}
~~~
BAPENDA KOTA KUPANG
BUKTI SETORAN PAJAK DAERAH
NPWPD : P.2.{n:a}{nn:a}.{nn:b}.{n:b}
NAMA USAHA : {?WARUNG MAKAN BUDI RASA|RUMAH MAKAN SEDERHANA TIMOR|CATERING LONTAR}
JENIS PAJAK : PAJAK RESTORAN
MASA : {bln^:b1} 2026
KODE BAYAR : {bill:1}
JUMLAH : {rp:m1}
""",
    "register_notice": r"""
Daftar Pemohon Bantuan Air Bersih Kel. {kel:1}
No,Nama Pemohon,NIK,Alamat,No HP
1,[[{full:w1}]],[[{nikp:w1}]],[[{addr:w1}]],[[{hpp:w1}]]
2,[[{full:m2}]],[[{nikp:m2}]],[[{addr:m2}]],[[{hpp:m2}]]
3,[[{full:w3}]],[[{nikp:w3}]],[[{addr:w3}]],[[{hpp:w3}]]
4,[[{full:m4}]],[[{nikp:m4}]],[[{addr:m4}]],[[{hpp:m4}]]
~~~
DATA LANSIA PENERIMA PERMAKANAN \u2014 {kel^:1}
No | Nama | Umur | RT/RW | HP Keluarga
1 | [[{full:ow1}]] | {age:ow1} | [[{rt:ow1}]] | [[{hp:w5}]]
2 | [[{full:om2}]] | {age:om2} | [[{rt:om2}]] | [[{hp:m6}]]
3 | [[{full:ow3}]] | {age:ow3} | [[{rt:ow3}]] | [[{hp:w7}]]
4 | [[{full:om4}]] | {age:om4} | [[{rt:om4}]] | [[{hp:m8}]]
~~~
Daftar kader posyandu & rekening honor
Nama\tHP\tBank\tNo. Rekening
[[{full:w1}]]\t[[{hp:w1}]]\tBRI\t[[{bri:w1}]]
[[{full:w2}]]\t[[{hp:w2}]]\tBank NTT\t[[{bntt:w2}]]
[[{full:w3}]]\t[[{hp:w3}]]\tBNI\t[[{bni:w3}]]
~~~
Peserta Pelatihan Menjahit {?LPK Cendana|BLK Kupang|Dinas Nakertrans}, angkatan {n:a}
1. [[{full:yw1}]] ({age:yw1}) \u2014 [[{hp:yw1}]]
2. [[{full:w2}]] ({age:w2}) \u2014 [[{hp:w2}]]
3. [[{full:yw3}]] ({age:yw3}) \u2014 [[{hp:yw3}]]
4. [[{full:w4}]] ({age:w4}) \u2014 [[{hp:w4}]]
5. [[{full:yw5}]] ({age:yw5}) \u2014 [[{hp:yw5}]]
~~~
DATA OJEK PANGKALAN {pasar^:1} (untuk rompi dan KTA)
Nama;NIK;Plat;HP
[[{full:m1}]];[[{nikp:m1}]];[[{plate:m1}]];[[{hpp:m1}]]
[[{full:m2}]];[[{nikp:m2}]];[[{plate:m2}]];[[{hpp:m2}]]
[[{full:ym3}]];[[{nikp:ym3}]];[[{plate:ym3}]];[[{hpp:ym3}]]
~~~
DAFTAR CALON PENERIMA BEDAH RUMAH 2026
No Nama NIK No. KK RT/RW
1 [[{full^:m1}]] [[{nikp:m1}]] [[{kkp:m1}]] [[{rtktp:m1}]]
2 [[{full^:w2}]] [[{nikp:w2}]] [[{kkp:w2}]] [[{rtktp:w2}]]
3 [[{full^:m3}]] [[{nikp:m3}]] [[{kkp:m3}]] [[{rtktp:m3}]]
~~~
Register UMKM binaan Kelurahan {kel:1}
Nama Usaha | Pemilik | HP Pemilik | NPWP
Kios Sembako Berkat | [[{full:w1}]] | [[{hp:w1}]] | [[{npwp:w1}]]
Jahit Permak | [[{full:m2}]] | [[{hp:m2}]] | [[{npwpn:m2}]]
{cv:1} | (badan usaha) | {bizhp:1} | {bnpwp:1}
Kue Rumahan | [[{full:w3}]] | [[{hp:w3}]] | belum ada
~~~
BUKU TAMU KELURAHAN {kel^:1} \u2014 {tgl:d1}
Jam | Nama | Keperluan | HP
{jam:p1} | [[{full:m1}]] | surat pengantar SKCK | [[{hp:m1}]]
{jam:p2} | [[{full:w2}]] | legalisir KK | [[{hp:w2}]]
{jam:p3} | Kurir JNE | antar paket dinas | {bizhp:1}
{jam:s1} | [[{full:ow3}]] | surat keterangan janda | [[{hp:ow3}]]
~~~
Rekap NPWP tenaga kontrak {?Kelurahan|Puskesmas|Kecamatan} (diminta bendahara)
[[{full:w1}]] \u2014 [[{npwpn:w1}]]
[[{full:m2}]] \u2014 [[{npwps:m2}]]
[[{full:w3}]] \u2014 [[{npwp:w3}]]
[[{full:m4}]] \u2014 belum punya, NIK [[{nikp:m4}]]
~~~
PENERIMA BEASISWA KOTA KUPANG 2026 (SMA/SMK)
Nama Siswa, Sekolah, No Rek BNI, HP Orang Tua
[[{full:tw1}]], {sma:1}, [[{bni:tw1}]], [[{hp:w5}]]
[[{full:tm2}]], {sma:2}, [[{bni:tm2}]], [[{hp:m6}]]
[[{full:tw3}]], {sma:3}, [[{bni:tw3}]], [[{hp:w7}]]
~~~
REGISTER LAPORAN PENIPUAN \u2014 Unit Siber Polresta
Nomor | Nama pelaku | Modus | Tgl
[[{hp:m1}]] | [[{full:m1}]] | jual motor fiktif | {tgl:b1}
{scam:1} | tidak diketahui | ngaku petugas PLN | {tgl:b2}
[[{hp:w2}]] | [[{full:w2}]] | arisan online | {tgl:d1}
{scam:2} | tidak diketahui | undian berhadiah | {tgl:d1}
~~~
PENGUMUMAN
Penerima Bantuan Stimulan Perumahan Swadaya Kelurahan {kel:1}:
1. [[{full:m1}]], [[{home:m1}]]
2. [[{full:ow2}]], [[{home:ow2}]]
3. [[{full:w3}]], [[{home:w3}]]
Penerima diminta hadir {hari:d2} {tgl:d2} jam {pukul:p1} membawa KTP dan KK.
~~~
Daftar Usulan PBI JK Baru \u2014 {kel:1}
Nama | NIK | No Kartu Lama
[[{full:w1}]] | [[{nikp:w1}]] | [[{bpjsp:w1}]]
[[{full:m2}]] | [[{nikp:m2}]] | [[{bpjsp:m2}]]
[[{full:cw3}]] | [[{nikp:cw3}]] | [[{bpjsp:cw3}]]
[[{full:ow4}]] | [[{nikp:ow4}]] | [[{bpjsp:ow4}]]
~~~
Peserta Kelas Digital Marketing UMKM
Nama,Email,HP
[[{full:w1}]],[[{mail:w1}]],[[{hp:w1}]]
[[{full:ym2}]],[[{mail:ym2}]],[[{hp:ym2}]]
[[{full:w3}]],[[{mail:w3}]],[[{hp:w3}]]
~~~
Salinan KK untuk verifikasi DTKS
No KK [[{kkp:m1}]]
1 [[{full^:m1}]] [[{nikp:m1}]] KEPALA KELUARGA
2 [[{full^:w1}]] [[{nikp:w1}]] ISTRI
3 [[name:{first^:cm1} {fam^:m1}]] [[{nikp:cm1}]] ANAK
4 [[{full^:ow2}]] [[{nikp:ow2}]] MERTUA
Verifikator: [[{full:w3}]], {tgl:d1}
~~~
Kontak Ketua RT Kelurahan {kel:1}
RT | Nama Ketua | HP
{rtn:a} | [[{full:m1}]] | [[{hp:m1}]]
{rtn:b} | [[{full:w2}]] | [[{hp:w2}]]
{rtn:c} | [[{full:m3}]] | [[{hp:m3}]]
Kantor Lurah | - | {ofc:1}
~~~
Direktori Layanan Pengaduan
Instansi;Telepon;WhatsApp
Dukcapil;{ofc:1};{owa:1}
Dinas Sosial;{ofc:2};{owa:2}
PDAM Tirta Lontar;{ofc:3};{owa:3}
PLN UP3 Kupang;123;{owa:4}
~~~
TARIF RETRIBUSI {pasar^:1}
Los daging {rp:s1}/hari
Lapak sayur {rp:t1}/hari
Kios {rp:m1}/bulan
Perda Kota Kupang No. {n:a} Tahun 2023
~~~
Jadwal Fogging {kel:1}
RT | Hari | Titik kumpul
RT {rtn:a} | {hari:d1} | depan {gereja:1}
RT {rtn:b} | {hari:d2} | halaman {sch:1}
RT {rtn:c} | {hari:d3} | pos kamling
~~~
Jumlah KPM BPNT per RT \u2014 {kel:1}
RT 01: {nn:a} KPM | RT 02: {nn:b} KPM | RT 03: {nn:c} KPM | RT 04: {n:a} KPM
Penyaluran {tgl:d2} di {?kantor pos|kantor lurah|aula gereja}
~~~
Apotek buka malam
Nama | Alamat | Telepon
Apotek Kasih Ibu | {jalan:1} No. {nn:a} | {ofc:1}
Apotek K24 {kel:1} | {jalan:2} No. {nn:b} | {ofc:2}
Apotek Sehat Selalu | {jalan:3} No. {n:a} | {bizhp:1}
~~~
Paket Jalan Lingkungan 2026
Paket;Penyedia;NPWP Penyedia;Nilai
{jalan:1};{cv:1};{bnpwp:1};{rp:x1}
{jalan:2};{cv:2};{bnpwp:2};{rp:x2}
~~~
Laporan per kanal \u2014 {bln:d1}
SMS 1708: {nn:a} laporan
WA {owa:1}: {nn:b} laporan
Telepon {ofc:1}: {n:a} laporan
Website: {nn:c} laporan
~~~
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{scam:1} | ngaku petugas Dukcapil | {tgl:b1}
{scam:2} | hadiah undian Bank NTT | {tgl:b2}
{scam:3} | minta OTP aktivasi BPJS | {tgl:d1}
~~~
Jadwal Posyandu {bln:d1}
Lokasi | Hari | Kontak
Posyandu Bunga Bakung | {hari:d1} | {owa:1}
Posyandu Kasih Ibu | {hari:d2} | {owa:2}
~~~
Jadwal air tangki gratis BPBD
{hari:d1}: RT {rtn:a}, RT {rtn:b}
{hari:d2}: RT {rtn:c}, RT {rtn:d}
Koordinasi Pusdalops {ofc:1}
""",
    "kupang_malay": r"""
Selamat siang bapa ibu di kantor pengaduan. Beta mau lapor, beta pung tetangga Om [[{first:m2}]]
  pung babi lepas tiap hari masok beta pung kebun di [[{addr:w1}]], sayur habis semua. Su omong
  baik-baik tapi dia bilang "biar sa". Beta [[{full:w1}]], nomor [[{hp:w1}]].
~~~
Bapa, beta pung anak [[{first:cm1}]] sonde dapat tempat di {sch:1} padahal katong pung rumah di
  [[{home:w1}]], jalan kaki sa 5 menit. Yang dapat malah anak-anak dari jauh. Zonasi ni bagaimana?
  Beta mama [[{first:w1}]], WA [[{hp:w1}]]
~~~
Oto tangki aer dari kelurahan su {n:a} minggu sonde datang di katong pung [[{rt:m1}]]. Orang kaya
  beli aer {?Rp 150.000|Rp 175.000|Rp 200.000} satu tangki, kami orang susah tunggu sa. Tolong e.
  Beta [[{full:m1}]], [[{hp:m1}]]
~~~
Kaka dong, beta pung KTP su rusak, NIK [[{nik:w1}]]. Beta su ke Dukcapil {n:a} kali, dong bilang
  blanko habis. Beta butuh KTP untuk ambil uang di bank. Beta [[{full:w1}]], kalo ada info kasi tau
  di [[{hp:w1}]] e.
~~~
Ojek online plat [[{plate:m2}]] tabrak beta pung mama [[{full:ow1}]] di {jalan:1} ju lari. Mama
  sekarang di {rs:1}, kaki patah. Sapa yang lia tolong hubungi beta, [[{first:m1}]], di
  [[{hp:m1}]].
~~~
Beta pung anak [[{first:tw1}]] dapat PIP dari sekolah tapi uang sonde masuk di rekening BRI
  [[{bri:tw1}]] atas nama dia. Bank bilang rekening belum aktif. Sekolah bilang urus sendiri. Beta
  bingung. [[{full:w1}]] [[{hp:w1}]]
~~~
Beta su bayar {rp:l1} ke Om [[{full:m2}]] untuk urus sertifikat tanah, dia bilang dia kenal orang
  di BPN. Su {nn:a} bulan sonde ada kabar. Dia pung nomor [[{hp:m2}]] su sonde aktif. Beta
  [[{full:m1}]], tinggal di [[{rtone:m1}]] {kel:1}.
~~~
Beta mau tanya. Beta pung NPWP lama [[{npwp:m1}]], ma dong bilang sekarang pake NIK sa,
  [[{npwpn:m1}]]. Jadi yang lama tu buang ko? Beta pegawai swasta, kantor minta untuk potong pajak.
  [[{first:m1}]]
~~~
Ada orang pake beta pung KTP untuk pinjam uang online. NIK beta [[{nikp:w1}]]. Sekarang penagih
  telpon pake nomor {scam:1} deng {scam:2}, maki-maki beta. Beta sonde pernah pinjam! Beta
  [[{full:w1}]], nomor beta [[{hp:w1}]].
~~~
Lampu jalan di katong pung [[{rt:m1}]] {kel:1} su mati {nn:a} hari. Malam gelap, anak nona-nona
  takut pulang. Su lapor ke ketua RT tapi sonde ada jalan. Salam, [[{full:m1}]]
~~~
Beta pung oma [[{full:ow1}]] pung kartu BPJS [[{bpjs:ow1}]] sonde aktif lai, padahal dulu gratis.
  Oma su {age:ow1} taun, sonde bisa jalan jauh. Kalo petugas mau datang rumah, telpon beta pung
  cucu [[{first:ym1}]] di [[{hp:ym1}]].
~~~
Beta pung nama di KTP [[{full:w1}]], ma di KK tatulis tabalek, [[name:{fam:w1} {given:w1}]]. Bank
  sonde mau proses. NIK [[{nikp:w1}]]. Bisa bantu ko?
~~~
Beta pung anak [[{full:cw1}]], dong panggil dia [[{nick:cw1}]] sa, jatuh di got depan {sch:1} yang
  sonde ada tutup. Kepala bocor. Rumah sakit bilang dia pung kartu KIS [[{bpjs:cw1}]] sonde aktif.
  Got tu su lama terbuka. Beta bapa [[{first:m1}]] [[{hp:m1}]].
~~~
Beta pung motor ilang di depan {gereja:1} waktu ibadah malam. Plat [[{plate:m1}]], Vario putih.
  Sapa yang lia tolong hubungi beta [[{full:m1}]], [[{hp:m1}]]. Su lapor polisi.
~~~
Sapa yang pung oto [[{plate:m3}]]? Su {n:a} hari parkir di beta pung rumah pung depan,
  [[{addr:w1}]]. Beta sonde bisa kasi keluar motor. Beta [[{first:w1}]].
~~~
Beta daftar Kartu Prakerja tapi kode OTP sonde masuk di beta pung email [[{maild:ym1}]]. Beta su
  coba {n:a} kali. Sapa yang bisa bantu? Beta [[{full:ym1}]], HP [[{hp:ym1}]]
~~~
Beta [[{first:xm1}]], nomor [[{hp:xm1}]]. Beta baru pindah dari {?Denpasar|Makassar|Surabaya},
  tinggal di [[{home:xm1}]]. Mau urus KTP Kupang tapi dong minta surat pindah asli. Beta pung istri
  [[{full:w2}]] su dapat, beta belum.
~~~
Jalan di {jalan:1} pas depan {rs:1} tu talobang besar, kemarin malam ada oto pick up patah per.
  Sonde ada tanda apa-apa. Tolong kasi tanda dolo.
~~~
Anjing liar di {kel:1} su gigit {n:a} anak minggu ni. Malam dong jalan rombongan. Dinas Peternakan
  tolong datang tangkap e.
~~~
Puskesmas {?Oebobo|Sikumana|Bakunase|Oesapa} tu jam 12 su tutup, padahal papan tulis buka sampai
  jam 2. Katong datang dari jauh sonde dilayani. Tolong tegur.
~~~
Aer tangki swasta su naik jadi {?Rp 250.000 satu tangki, dolu Rp 175.000|Rp 300.000 satu tangki,
  dolu Rp 200.000|Rp 225.000 satu tangki, dolu Rp 150.000}. Katong di {kel:1} sonde ada pilihan,
  PDAM sonde jalan. Pemerintah tolong atur harga.
~~~
Sekolah minta uang foto wisuda TK {rp:m1}, padahal katong su bayar uang komite. Ini wajib ko sonde?
  Sekolah di {kel:1}.
~~~
Asap dari TPA Alak masok sampai katong pung kampung di {kel:1} tiap malam. Anak-anak batuk. Sapa
  yang bakar sampah di sana? Tolong DLH cek.
~~~
Sopir angkot jurusan {kel:1} sonde mau angkut kalo katong turun dekat, dong bilang rugi. Padahal
  tarif {rp:t1} sama sa. Dishub tolong tegur.
~~~
Ada nomor {scam:1} WA beta, bilang dia dari Dukcapil, suru kirim foto KTP deng KK untuk "data
  ulang". Itu tipu-tipu to? Beta sonde kirim.
~~~
Antrean di Dukcapil dari subuh, jam {jam:p1} su nomor {antri:1}. Tolong buka loket lebe banyak,
  katong orang kerja.
""",
}


if __name__ == "__main__":
    main()
