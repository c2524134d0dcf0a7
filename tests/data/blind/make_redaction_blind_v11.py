# ruff: noqa: E501
"""Write the eleventh blind redaction corpus (``redaction_blind_v11.jsonl``).

Hand-written templates with inline ``[[kind:value]]`` labels; placeholders in braces are filled
from lists with a ``random.Random`` seeded 20261231, so every run writes the same file. The
script strips the labels, computes exact offsets and checks every span.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
import sys
from pathlib import Path

SEED = 20261231
OUT = Path(__file__).with_name("redaction_blind_v11.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "sdr",
    "sdri",
    "ny",
    "bidan",
    "lurah",
    "guru",
    "dr",
    "drs",
    "pdt",
    "serka",
    "bripka",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "mr",
    "mrs",
    "ustadz",
    "pnt",
    "suster",
    "sr",
    "ama",
    "ina",
    "kaka",
    "adik",
    "bripda",
    "aiptu",
    "ir",
    "h",
    "hj",
    "prof",
    "ns",
    "yth",
}

MALE = [
    "Yohanes",
    "Marthen",
    "Yakobus",
    "Frans",
    "Dominggus",
    "Agustinus",
    "Yosef",
    "Petrus",
    "Paulus",
    "Simon",
    "Melkianus",
    "Obed",
    "Soleman",
    "Imanuel",
    "Nikodemus",
    "Herman",
    "Rudolf",
    "Hendrik",
    "Ferdinand",
    "Jefri",
    "Ardi",
    "Budi",
    "Eko",
    "Agus",
    "Ahmad",
    "Muhammad",
    "Abdullah",
    "Husein",
    "Rahmat",
    "Sutrisno",
    "Joko",
    "Kevin",
    "Stefanus",
    "Umbu Manu",
    "Umbu Ndeta",
    "I Wayan",
    "I Made",
    "I Ketut",
    "Andi Baso",
    "Kornelis",
    "Yermias",
    "Zakarias",
    "Aloysius",
    "Gabriel",
    "Arnoldus",
    "Benyamin",
    "Daniel",
    "Ruben",
    "Seprianus",
    "Markus",
    "Wellem",
    "Junus",
    "Hiskia",
    "Lukas",
    "Ricky",
    "Fransiskus",
    "Oktovianus",
    "Johny",
    "Alfred",
    "Nathan",
    "Yulius",
    "Ignasius",
    "Hasan",
    "Salim",
    "Daeng Rahman",
]
FEMALE = [
    "Maria",
    "Yuliana",
    "Agustina",
    "Selfina",
    "Yanti",
    "Erni",
    "Novi",
    "Gracia",
    "Anace",
    "Sofia",
    "Ester",
    "Lodia",
    "Yustina",
    "Rosalina",
    "Dewi",
    "Sri",
    "Siti",
    "Fatimah",
    "Aisyah",
    "Mei Hwa",
    "Siu Lan",
    "Veronika",
    "Theresia",
    "Margaretha",
    "Elisabeth",
    "Dorkas",
    "Naomi",
    "Rahel",
    "Debora",
    "Ribka",
    "Kristina",
    "Martha",
    "Mariana",
    "Apriani",
    "Vivi",
    "Mega",
    "Rambu Tamar",
    "Rambu Ana",
    "Ni Luh Putu",
    "Ni Made",
    "Andi Nurul",
    "Yohana",
    "Orpa",
    "Sarlota",
    "Adriana",
    "Wilhelmina",
    "Florentina",
    "Bernadeta",
    "Imelda",
    "Susana",
    "Fransiska",
    "Katarina",
    "Meliana",
    "Juita",
    "Lusia",
    "Santi",
    "Oktavia",
    "Nurhayati",
    "Sulastri",
    "Kezia",
    "Mince",
    "Deli",
    "Hana",
    "Febi",
]
FAMILY = [
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
    "Selan",
    "Taek",
    "Nubatonis",
    "Tnunay",
    "Sabneno",
    "Oematan",
    "Boimau",
    "Kolo",
    "Nahak",
    "Seran",
    "Bria",
    "Adoe",
    "Lenggu",
    "Messakh",
    "Henukh",
    "Haning",
    "Ndoen",
    "Dju Dara",
    "Ga Lena",
    "Lado",
    "Bire",
    "Haba",
    "Tadu Hungu",
    "Kore",
    "Wadu",
    "Rohi",
    "Djawa",
    "Da Costa",
    "Parera",
    "Fernandez",
    "Wangge",
    "Mbete",
    "Kapitan",
    "Sogen",
    "Kelen",
    "Making",
    "Ola",
    "Hunga",
    "Lewu",
    "Kaborang",
    "Ndapa",
    "Wohangara",
    "Maro",
    "Lakapu",
    "Djobo",
    "Mau",
    "Padafani",
    "Susanto",
    "Wibowo",
    "Prasetyo",
    "Sulistyo",
    "Handayani",
    "Rahayu",
    "Sudarma",
    "Ariani",
    "Mappanyukki",
    "Latif",
    "Tan",
    "Liem",
    "Tjoa",
    "Kwee",
    "Tamelab",
    "Baswedan",
    "Alhabsyi",
    "Assegaf",
    "Bahasuan",
    "Alkatiri",
    "Siregar",
    "Simanjuntak",
    "Nainggolan",
    "Hutapea",
    "Wenas",
    "Lumenta",
    "Pangemanan",
    "Rumondor",
    "Pattiasina",
    "Latuheru",
    "Tuhumury",
    "Sahetapy",
    "Manuputty",
    "Missa",
    "Neonufa",
    "Toelle",
    "Sinlae",
    "Bano",
    "Tallo",
    "Nope",
    "Koroh",
    "Pellokila",
]
STREETS = [
    "Nangka",
    "Kenari",
    "Kelinci",
    "Herewila",
    "Rote",
    "Sabu",
    "Timor Raya",
    "Alfons Nisnoni",
    "W.J. Lalamentik",
    "Bajawa",
    "Jambu",
    "Durian",
    "Mangga",
    "Cak Doko",
    "Perintis Kemerdekaan",
    "Samratulangi",
    "Kartini",
    "Nuri",
    "Merpati",
    "Kakatua",
    "Kancil",
    "Rusa",
    "Sapi",
    "Fetor Funay",
    "Oebobo Raya",
    "Sumba",
    "Flores",
    "Alor",
    "Bougenvil",
    "Matani",
    "Kaca Piring",
    "Adisucipto",
    "Penfui Timur",
    "Manulai",
    "Oeleta",
    "Gunung Mutis",
    "Soverdi",
    "Bundaran PU",
]
LANES = [
    "Kakatua",
    "Merpati",
    "Sepakat",
    "Asoka",
    "Anggrek",
    "Melati",
    "Mawar",
    "Rukun",
    "3",
    "7",
    "Lontar",
    "Cemara",
    "Dahlia",
]
KEL = [
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Naikoten I",
    "Naikolan",
    "Kuanino",
    "Fontein",
    "Airnona",
    "Bakunase",
    "Fatululi",
    "Oepura",
    "Sikumana",
    "Bello",
    "Kolhua",
    "Penfui",
    "Maulafa",
    "Naimata",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Kelapa Lima",
    "Pasir Panjang",
    "Namosain",
    "Nunbaun Sabu",
    "Nunhila",
    "Alak",
    "Manulai II",
    "Penkase Oeleta",
    "Fatufeto",
    "Manutapen",
    "Mantasi",
    "Nefonaek",
    "Solor",
    "Merdeka",
    "Bonipoi",
    "Fatubesi",
    "Belo",
    "Fatukoa",
    "Naioni",
    "Batuplat",
    "Tuak Daun Merah",
    "Oetete",
    "Oebobo Baru",
]
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
PKM = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Bakunase",
    "Puskesmas Pasir Panjang",
    "Puskesmas Kupang Kota",
    "Puskesmas Oesapa",
    "Puskesmas Naioni",
    "Puskesmas Alak",
    "Puskesmas Penfui",
    "Puskesmas Oepoi",
]
SCH = [
    "SD Inpres Oepura 2",
    "SMPN 5 Kupang",
    "SMAN 3 Kupang",
    "SMKN 4 Kupang",
    "SDN Bertingkat Kuanino",
    "SMPN 13 Kupang",
    "SD GMIT Fatululi",
    "SMPK St. Theresia",
    "SDK St. Yoseph",
    "SMAN 1 Kupang",
    "SD Inpres Liliba",
    "SMPN 2 Kupang",
    "MTsN Kota Kupang",
]
CO = [
    "CV Sinar Timor",
    "CV Karya Lontar",
    "UD Laut Timor",
    "PT Flobamora Jaya",
    "CV Nusa Cendana",
    "Toko Sinar Abadi",
    "UD Sumber Rejeki",
    "CV Timor Mandiri",
    "PT Sasando Prima",
    "Toko Bangunan Maju Jaya",
    "CV Kupang Indah Konstruksi",
    "KSP Tunas Harapan",
    "Koperasi Pedagang Ikan Oeba",
    "Yayasan Kasih Lontar",
    "BUMDes Sehati",
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
    "icloud.com",
]
OMAIL = [
    "pengaduan@kupangkota.go.id",
    "dukcapil@kupangkota.go.id",
    "humas.kotakupang@gmail.com",
    "bapenda.kotakupang@gmail.com",
    "dinsos.kotakupang@gmail.com",
    "pdam.kotakupang@gmail.com",
    "noreply@lapor.go.id",
    "admin@lapor.go.id",
    "cs@pdamkupang.co.id",
    "helpdesk@kupangkota.go.id",
    "pln.up3kupang@gmail.com",
    "dlhk.kotakupang@gmail.com",
    "pupr@kupangkota.go.id",
    "ombudsman.ntt@ombudsman.go.id",
    "sekretariat@dprdkotakupang.go.id",
    "tu.smpn5kupang@gmail.com",
    "bpjskes.kupang@gmail.com",
    "kpp.kupang@pajak.go.id",
]
PHONE_PREFIX = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
    "0817",
    "0818",
    "0819",
    "0859",
    "0877",
    "0878",
    "0831",
    "0838",
    "0895",
    "0896",
    "0897",
    "0898",
    "0881",
    "0882",
    "0857",
    "0856",
    "0815",
]
REGENCY = ["71"] * 6 + [f"{n:02d}" for n in range(1, 22)]


class Person:
    def __init__(self, rng: random.Random, female: bool | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        self.given = rng.choice(FEMALE if self.female else MALE)
        self.family = rng.choice(FAMILY)


def d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def nik_digits(rng: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = rng.random() < 0.5
    reg = rng.choice(REGENCY)
    dist = f"{rng.randint(1, 6 if reg == '71' else 14):02d}"
    day = rng.randint(1, 28) + (40 if female else 0)
    yy = rng.choice([*range(55, 100), *range(8)])
    return f"53{reg}{dist}{day:02d}{rng.randint(1, 12):02d}{yy:02d}{rng.randint(1, 160):04d}"


def fmt_nik(rng: random.Random, s: str) -> str:
    m = rng.choice(["block", "block", "block", "four", "four", "dots", "dash"])
    if m == "four":
        return group(s, [4, 4, 4, 4], " ")
    if m == "dots":
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:12]}.{s[12:]}"
    if m == "dash":
        return group(s, [4, 4, 4, 4], "-")
    return s


def kk_digits(rng: random.Random) -> str:
    reg = rng.choice(REGENCY)
    return (
        f"53{reg}{rng.randint(1, 6):02d}{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}"
        f"{rng.randint(8, 25):02d}{rng.randint(1, 9999):04d}"
    )


def npwp(rng: random.Random) -> str:
    m = rng.choice(["old", "old", "old", "sixteen", "niklike"])
    if m == "old":
        return (
            f"{rng.randint(1, 99):02d}.{d(rng, 3)}.{d(rng, 3)}.{d(rng, 1)}-"
            f"{rng.choice(['920', '921', '922', '924', '925'])}.000"
        )
    if m == "sixteen":
        return "0" + d(rng, 15)
    return nik_digits(rng)


def phone(rng: random.Random, style: str | None = None) -> str:  # noqa: PLR0911
    p = rng.choice(PHONE_PREFIX)
    rest = d(rng, rng.choice([7, 8, 8]))
    full = p + rest
    m = style or rng.choice(
        ["plain", "plain", "dash", "space", "dot", "plus62sp", "plus62", "62", "62sp"]
    )
    if m == "plain":
        return full
    if m == "dash":
        return f"{full[:4]}-{full[4:8]}-{full[8:]}"
    if m == "space":
        return f"{full[:4]} {full[4:8]} {full[8:]}"
    if m == "dot":
        return f"{full[:4]}.{full[4:8]}.{full[8:]}"
    if m == "plus62sp":
        return f"+62 {full[1:4]}-{full[4:8]}-{full[8:]}"
    if m == "plus62":
        return "+62" + full[1:]
    if m == "62":
        return "62" + full[1:]
    return f"62 {full[1:4]} {full[4:8]} {full[8:]}"


def landline(rng: random.Random) -> str:
    n = "8" + d(rng, 5)
    return rng.choice(
        [
            f"0380 {n}",
            f"(0380) {n[:3]} {n[3:]}",
            f"0380-{n}",
            f"0380 {n[:3]} {n[3:]}",
            f"(0380) {n}",
        ]
    )


def local(rng: random.Random, p: Person) -> str:
    g = p.given.lower().replace(" ", "")
    f = p.family.lower().replace(" ", "")
    return rng.choice(
        [
            f"{g}.{f}{rng.randint(1, 99)}",
            f"{g}{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}{rng.randint(70, 99)}",
            f"{g[0]}{f}{rng.randint(1, 30)}",
            f"{f}{g}",
            f"{g}.{f}",
        ]
    )


def email(rng: random.Random, p: Person) -> str:
    return f"{local(rng, p)}@{rng.choice(HOSTS)}"


def email_odd(rng: random.Random, p: Person) -> str:
    loc = local(rng, p)
    host = rng.choice(["gmail", "yahoo", "ymail", "outlook"])
    return rng.choice(
        [
            f"{loc} at {host} dot com",
            f"{loc} [at] {host} [dot] com",
            f"{loc}(at){host}.com",
            f"{loc} @ {host}.com",
            f"{loc}(keong){host}.com",
            f"{loc}[@]{host}.com",
            f"{loc}@{host} titik com",
            f"{loc} @{host}.com",
            f"{loc}(et){host}.com",
        ]
    )


def bank(rng: random.Random, which: str) -> str:
    if which == "BRI":
        s = d(rng, 4) + "01" + d(rng, 9)
        return rng.choice([s, f"{s[:4]}-{s[4:6]}-{s[6:12]}-{s[12:14]}-{s[14]}"])
    if which == "BNI":
        head = rng.choice(["0", "08", "1"])
        return head + d(rng, 10 - len(head))
    if which == "MDR":
        s = rng.choice(["161", "182", "150"]) + d(rng, 10)
        return rng.choice([s, f"{s[:3]}-{s[3:5]}-{s[5:12]}-{s[12]}"])
    if which == "BCA":
        return rng.choice(["0", "1", "3", "7"]) + d(rng, 9)
    if which == "BSI":
        return "7" + d(rng, 9)
    s = "0" + d(rng, 2) + "01" + "02" + d(rng, 6) + d(rng, 1)
    return rng.choice([f"{s[:3]}.{s[3:5]}.{s[5:7]}.{s[7:13]}-{s[13]}", s])


def plate(rng: random.Random) -> str:
    reg = rng.choice(["DH", "DH", "DH", "EB", "ED", "DH"])
    num = str(rng.randint(1, 9999))
    suf = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2])))
    sep = rng.choice([" ", " ", ""])
    return f"{reg}{sep}{num}{sep}{suf}"


def rtrw(rng: random.Random) -> str:
    rt, rw = rng.randint(1, 45), rng.randint(1, 12)
    return rng.choice(
        [
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT {rt:02d} RW {rw:02d}",
            f"RT.{rt:02d}/RW.{rw:02d}",
            f"RT {rt}/RW {rw}",
            f"rt {rt} rw {rw}",
            f"RT {rt:02d}/RW {rw:02d}",
        ]
    )


def addr(rng: random.Random) -> str:
    s, n, g = rng.choice(STREETS), rng.randint(1, 180), rng.choice(LANES)
    n2 = f"{n}{rng.choice(['', '', '', 'A', 'B'])}"
    return rng.choice(
        [
            f"Jl. {s} No. {n2}",
            f"Jl. {s} No.{n}",
            f"Jln. {s} No {n}",
            f"Jalan {s} Nomor {n}",
            f"Jl. {s} Gg. {g} No. {n}",
            f"Gg. {g} No. {n}",
            f"Jl. {s} No. {n}, {rtrw(rng)}",
            f"Jl. {s} No. {n2} {rtrw(rng)}",
            f"Lr. {g} No. {n}",
            f"Perumnas Blok {rng.choice('ABCDEFGH')} No. {n}",
            f"BTN Kolhua Blok {rng.choice('ABCDEFGHJK')}{rng.randint(1, 9)} No. {n}",
            f"jl {s.lower()} no {n} {rtrw(rng)}",
        ]
    )


def rupiah(rng: random.Random) -> str:
    v = rng.choice([5, 10, 25, 50, 75, 100, 150, 250, 300, 500, 750, 1200, 1500, 2500, 3500])
    v *= 1000
    dotted = f"{v:,}".replace(",", ".")
    return rng.choice([f"Rp {dotted}", f"Rp{dotted}", f"Rp. {dotted},-", f"{v // 1000} ribu"])


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


def date(rng: random.Random) -> str:
    dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    return rng.choice([f"{dd:02d}/{mm:02d}/{yy}", f"{dd} {MONTHS[mm - 1]} {yy}", f"{dd}-{mm}-{yy}"])


def simple(rng: random.Random, key: str) -> str:  # noqa: PLR0911, PLR0912
    if key == "NIK":
        return fmt_nik(rng, nik_digits(rng))
    if key == "NIKB":
        return nik_digits(rng)
    if key == "KK":
        s = kk_digits(rng)
        return rng.choice([s, s, group(s, [4, 4, 4, 4], " ")])
    if key in {"NPWP", "NPWPB"}:
        return npwp(rng)
    if key == "NPWPO":
        return (
            f"{rng.randint(1, 99):02d}.{d(rng, 3)}.{d(rng, 3)}.{d(rng, 1)}-"
            f"{rng.choice(['920', '921', '922'])}.000"
        )
    if key == "HP":
        return phone(rng)
    if key == "HPI":
        return phone(rng, "plus62sp")
    if key == "HPC":
        return phone(rng, "plain")
    if key == "TEL":
        return landline(rng)
    if key == "OTEL":
        n = "8" + d(rng, 5)
        return rng.choice([f"(0380) {n[:3]} {n[3:]}", f"0380-{n[:3]} {n[3:]}", f"0380 {n}"])
    if key == "OWA":
        return phone(rng, rng.choice(["dash", "plain", "space"]))
    if key == "BPJS":
        s = "000" + d(rng, 10)
        return rng.choice([s, s, group(s, [4, 4, 4, 1], " ")])
    if key in {"BRI", "BNI", "MDR", "BCA", "BSI", "BNTT"}:
        return bank(rng, key)
    if key == "PLATE":
        return plate(rng)
    if key == "ADDR":
        return addr(rng)
    if key == "ADDRS":
        s, n = rng.choice(STREETS), rng.randint(1, 180)
        return rng.choice(
            [
                f"JL. {s.upper()} NO. {n}",
                f"JL {s.upper()} NO {n}",
                f"GG. {rng.choice(LANES).upper()} NO. {n}",
            ]
        )
    if key == "RTRWN":
        return f"{rng.randint(1, 45):03d}/{rng.randint(1, 12):03d}"
    if key == "RPK":
        return (
            rng.choice(["Rp ", "Rp", "Rp. "])
            + f"{rng.choice([5, 8, 10, 12, 15, 20, 25, 35, 40, 60])}.000"
        )
    if key == "RTRW":
        return rtrw(rng)
    if key == "RT":
        return f"RT {rng.randint(1, 40):02d}"
    if key == "ST":
        return rng.choice(STREETS)
    if key == "KEL":
        return rng.choice(KEL)
    if key == "KEC":
        return rng.choice(KEC)
    if key == "PKM":
        return rng.choice(PKM)
    if key == "SCH":
        return rng.choice(SCH)
    if key == "CO":
        return rng.choice(CO)
    if key == "OMAIL":
        return rng.choice(OMAIL)
    if key == "TKT":
        return rng.choice(
            [
                f"LPR-2026-{d(rng, 4)}-{d(rng, 4)}",
                f"#{d(rng, 7)}",
                f"LAPOR-5371-2026-{d(rng, 5)}",
                f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 3)}",
            ]
        )
    if key == "VA":
        return rng.choice(
            [
                f"8808 {d(rng, 4)} {d(rng, 4)} {d(rng, 4)}",
                "88908" + d(rng, 11),
                f"BRIVA {d(rng, 5)}{d(rng, 10)}",
            ]
        )
    if key == "BILL":
        return "8202" + d(rng, 11)
    if key == "NOP":
        return f"53.71.0{rng.randint(10, 60)}.0{d(rng, 2)}.0{d(rng, 2)}-{d(rng, 4)}.0"
    if key == "NIP":
        return rng.choice([f"19{d(rng, 6)} {d(rng, 6)} {d(rng, 1)} {d(rng, 3)}", "19" + d(rng, 16)])
    if key == "NISN":
        return "00" + d(rng, 8)
    if key == "IDPEL":
        return "5312" + d(rng, 8)
    if key == "TOKEN":
        return " ".join(d(rng, 4) for _ in range(5))
    if key == "NOSAMB":
        return f"0{rng.randint(1, 9)}-0{rng.randint(1, 9)}-{d(rng, 6)}"
    if key == "SURAT":
        return rng.choice(
            [
                f"{rng.randint(100, 900)}/{rng.randint(10, 999)}/DKP/{rng.choice(['XI', 'X', 'IV'])}/2026",
                f"503/PBG/2026/{d(rng, 5)}",
                f"470/{d(rng, 3)}/KEL.{rng.choice(KEL).upper()}/2026",
            ]
        )
    if key == "RP":
        return rupiah(rng)
    if key == "TGL":
        return date(rng)
    if key == "JAM":
        return f"{rng.randint(6, 22):02d}.{rng.choice(['00', '15', '30', '45', '10', '05'])}"
    if key == "NO":
        return str(rng.randint(2, 40))
    if key == "NUM":
        return str(rng.randint(3, 250))
    if key == "N":
        p = Person(rng)
        return f"{p.given} {p.family}"
    if key == "G":
        return Person(rng).given
    if key == "F":
        return rng.choice(FAMILY)
    if key == "SIM":
        return d(rng, 12)
    if key == "KPJ":
        return rng.choice(["KPJ ", ""]) + d(rng, 11)
    if key == "YEAR":
        return str(rng.choice([2024, 2025, 2026]))
    raise KeyError(key)


PERSON_KEYS = {"N", "G", "F", "NIK", "HP", "EM", "EMO", "EMW", "TEL", "NPWP", "NIKB", "NG"}
TOKEN_RE = re.compile(r"\{([A-Z]+)(\d?)\}")
LABEL_RE = re.compile(r"\[\[([a-zA-Z_]+):(.+?)\]\]", re.DOTALL)


def fill(template: str, rng: random.Random) -> str:
    people: dict[str, Person] = {}
    cache: dict[str, str] = {}

    def person(i: str) -> Person:
        if i not in people:
            while True:
                p = Person(rng, {"5": False, "6": False, "7": True, "8": True}.get(i))
                if all(p.given != q.given and p.family != q.family for q in people.values()):
                    break
            people[i] = p
        return people[i]

    def sub(m: re.Match[str]) -> str:
        key, idx = m.group(1), m.group(2)
        if not idx:
            return simple(rng, key)
        ck = key + idx
        if ck in cache:
            return cache[ck]
        if key in PERSON_KEYS:
            p = person(idx)
            val = {
                "N": lambda: f"{p.given} {p.family}",
                "G": lambda: p.given,
                "F": lambda: p.family,
                "NG": lambda: p.given.split()[-1],
                "NIK": lambda: fmt_nik(rng, nik_digits(rng, p.female)),
                "NIKB": lambda: nik_digits(rng, p.female),
                "HP": lambda: phone(rng),
                "TEL": lambda: landline(rng),
                "EM": lambda: email(rng, p),
                "EMO": lambda: email_odd(rng, p),
                "EMW": lambda: (
                    f"{local(rng, p)}@{rng.choice(['kupangkota.go.id', 'pdamkupang.co.id', 'nttprov.go.id'])}"
                ),
                "NPWP": lambda: npwp(rng),
            }[key]()
        else:
            val = simple(rng, key)
        cache[ck] = val
        return val

    return TOKEN_RE.sub(sub, template)


def casing(text: str, mode: str, rng: random.Random) -> str:
    if mode == "A":
        mode = rng.choice(["U", "L", "K", "U"])
    if mode == "U":
        return text.upper()
    if mode == "L":
        return text.lower()
    return text


def strip_labels(raw: str) -> tuple[str, list[dict[str, object]]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in LABEL_RE.finditer(raw):
        before = raw[pos : m.start()]
        out.append(before)
        length += len(before)
        kind, value = m.group(1).lower(), m.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


def check(text: str, spans: list[dict[str, object]], where: str) -> None:
    assert "[[" not in text, where
    assert "]]" not in text, where
    assert not TOKEN_RE.search(text), where
    assert "{" not in text, where
    assert "}" not in text, where
    last = -1
    for sp in sorted(spans, key=lambda s: s["start"]):
        kind, start, end, value = sp["kind"], sp["start"], sp["end"], sp["value"]
        assert kind in KINDS, (where, kind)
        assert end > start, where
        assert text[start:end] == value, where
        assert start >= last, (where, "overlap", value)
        last = end
        first_ok = value[0] not in string.punctuation + " \n\t" or (
            kind == "phone" and value[0] in "+("
        )
        assert first_ok, (where, value)
        assert value[-1] not in string.punctuation + " \n\t", (where, value)
        if kind == "name":
            word = re.split(r"[\s.]", value.lower())[0]
            assert word not in TITLES, (where, value)
    # every other occurrence of a labelled name or number is labelled too
    for sp in spans:
        value = sp["value"]
        if len(value) < 4 or sp["kind"] == "address":
            continue
        pat = re.compile(r"(?<![\w])" + re.escape(value) + r"(?![\w])")
        for m in pat.finditer(text):
            covered = any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans)
            assert covered, (where, "unlabelled repeat", value)


# ---------------------------------------------------------------- templates

TEMPLATES: dict[str, list[str]] = {}

TEMPLATES["lapor_ticket"] = [
    "Nomor Tiket: {TKT}\nKategori: Air Minum\nJudul: Air PDAM tidak mengalir 9 hari\nIsi Laporan: Sudah 9 hari air tidak keluar di rumah kami [[address:{ADDR}]], Kel. {KEL}. Tagihan tetap datang {RP}. ID sambungan {NOSAMB}.\nPelapor: [[name:{N1}]]\nKontak: [[phone:{HP1}]]\nStatus: Diteruskan ke PDAM",
    "Tiket {TKT} | Status: Menunggu Verifikasi\nKategori: Administrasi Kependudukan\nIsi: KTP-el saya hilang, sudah lapor polisi tapi di Dukcapil disuruh bawa surat pengantar lagi. NIK [[nik:{NIK1}]], KK [[kk:{KK}]].\nNama pelapor: [[name:{N1}]]\nEmail: [[email:{EM1}]]",
    "Disposisi tiket {TKT} diterima Dinas PUPR Kota Kupang pada {TGL} pukul {JAM} WITA. Lokasi: jalan berlubang di Jl. {ST} depan {SCH}. Estimasi penanganan 14 hari kerja. Hubungi call center 1708 atau {OTEL} (Dinas PUPR).",
    "LAPOR! - Tindak lanjut\nNo. Laporan: {TKT}\nInstansi: Dinas Sosial Kota Kupang\nTanggapan: Pelapor atas nama Ibu [[name:{N7}]] sudah terdaftar di DTKS dengan NIK [[nik:{NIK7}]]. Bantuan PKH tahap IV dicairkan ke rekening BNI [[bank_account:{BNI}]] a.n. [[name:{N7}]] pada {TGL}.",
    "Judul: Pungli di loket Samsat\nIsi Laporan: Waktu bayar pajak motor [[plate:{PLATE}]] saya dimintai uang tambahan {RP} tanpa kuitansi oleh petugas bernama [[name:{G2}]]. Saya [[name:{N1}]], tinggal di [[address:{ADDR}]].\nLampiran: IMG_2026{NO}11.jpg\nStatus: Diproses",
    "Kategori: Perpajakan Daerah\nIsi Laporan: Tagihan PBB rumah saya NOP {NOP} naik dua kali lipat jadi {RP}. Mohon dicek. NPWP saya [[npwp:{NPWP1}]].\nNama: [[name:{N1}]]\nAlamat: [[address:{ADDR}]], Kel. {KEL}\nNo HP/WA: [[phone:{HP1}]]",
    "Status laporan {TKT}: SELESAI\nTanggapan Bapenda Kota Kupang: Kenaikan NJOP sesuai Perwali tahun {YEAR}. Keberatan dapat diajukan ke loket Bapenda, Jl. {ST} No. {NO}, Senin-Jumat 08.00-15.00, atau email {OMAIL}. Terima kasih.",
    "Nomor Tiket: {TKT}\nKategori: Kesehatan\nIsi: Anak saya [[name:{G2}]] ditolak berobat di {PKM} karena kartu KIS katanya tidak aktif, padahal no kartu [[bpjs:{BPJS}]] baru dicek aktif di aplikasi. Mohon penjelasan.\nPelapor: [[name:{N1}]] / [[email:{EM1}]]",
    "Tiket baru masuk {TGL} {JAM}\nAsal: SMS 1708\nKategori: Lingkungan Hidup\nRingkasan: sampah menumpuk di TPS Jl. {ST} dekat Pasar Oebobo sudah 2 minggu. Kode wilayah 5371. Diteruskan ke DLHK ({OTEL}).",
    "Kategori: Pendidikan\nJudul: Dana PIP belum cair\nIsi Laporan: Anak saya [[name:{N2}]] (NISN {NISN}) di {SCH} belum terima PIP tahun {YEAR}. Kata sekolah harus buka rekening BRI sendiri. Rekening sudah ada [[bank_account:{BRI}]] a.n. [[name:{N1}]].\nAlamat pelapor: [[address:{ADDR}]]\nHP: [[phone:{HP1}]]",
    "Laporan {TKT} digabung dengan laporan {TKT} karena topik sama: lampu jalan mati di sepanjang Jl. {ST} Kel. {KEL}. Penanggung jawab: Dinas Perhubungan. Kontak hotline Dishub {OTEL}.",
    "Kategori: Pertanahan\nIsi: Tanah warisan orang tua kami di Kel. {KEL} disertifikatkan orang lain. Pemilik asli almarhum [[name:{N2}]], NIK [[nik:{NIK2}]]. Kami ahli waris: [[name:{N1}]] (NIK [[nik:{NIK1}]]) dan [[name:{N3}]].\nSurat keterangan kelurahan No. {SURAT}",
    "Nomor Tiket: {TKT}\nKategori: Perizinan\nIsi Laporan: PBG untuk toko kami belum terbit sejak {TGL}, nomor registrasi {SURAT}. Pemohon [[name:{N1}]], NPWP pribadi [[npwp:{NPWP1}]], email [[email:{EM1}]]. Sudah bayar retribusi kode billing {BILL}.",
    "Isi Laporan: Ada truk pengangkut pasir [[plate:{PLATE}]] tiap malam lewat jalan lingkungan [[address:{RTRW}]] Kel. {KEL}, jalan jadi rusak. Pelapor [[name:{N1}]] ([[phone:{HP1}]]).\nStatus: Diteruskan ke Satpol PP",
    "Tanggapan Dukcapil Kota Kupang atas tiket {TKT}: KTP-el sudah dicetak dan bisa diambil di loket 3 Mal Pelayanan Publik dengan membawa bukti pendaftaran. Informasi: WA center {OWA} (hanya chat), email {OMAIL}.",
    "Kategori: Bantuan Sosial\nIsi: BLT dari kelurahan diberikan ke orang yang rumahnya bagus, kami yang miskin tidak dapat. Saya [[name:{N7}]], janda, KK [[kk:{KK}]], tinggal di [[address:{ADDR}]]. Mohon diperiksa.\nEmail: [[email:{EMO7}]]",
    "Rekap LAPOR! Kota Kupang {TGL}: 37 laporan masuk, 21 diteruskan, 9 selesai. Terbanyak: air bersih (12), jalan (8), adminduk (6). Rata-rata waktu tanggap 3,4 hari. Laporan tertua {TKT}.",
    "Nomor Tiket: {TKT}\nKategori: Pasar\nIsi: Retribusi lapak di Pasar Kasih Naikoten naik dari {RP} jadi {RP} per bulan tanpa sosialisasi. Kami pedagang sayur. Pelapor [[name:{N1}]], NIK [[nik:{NIK1}]], HP [[phone:{HP1}]].",
    "Kategori: Transportasi\nIsi Laporan: Sopir angkot lampu 5 [[plate:{PLATE}]] ugal-ugalan dan menurunkan penumpang di tengah jalan El Tari, {TGL} sekitar jam {JAM}.\nPelapor: [[name:{N1}]]\nEmail: [[email:{EM1}]]\nLampiran: video_{NO}.mp4",
    "Status {TKT}: DITUTUP\nAlasan: laporan tidak dilengkapi lokasi dan bukti. Silakan buat laporan baru di lapor.go.id atau SMS ke 1708 dengan format KOTKUPANG#isi laporan. Nomor pengaduan Ombudsman NTT: {OTEL}.",
    "Tiket {TKT}\nKategori: Penipuan\nIsi: Ada akun WA pakai foto Pak Lurah {KEL} minta transfer {RP} untuk 'biaya bantuan bedah rumah'. Nomor yang dipakai {OWA}, mengaku staf kelurahan. Mohon diumumkan. Pelapor [[name:{N1}]], NPWP [[npwp:{NPWP1}]] (saya lampirkan karena diminta di form).",
]

TEMPLATES["sms_1708"] = [
    "A|KOTKUPANG#air pdam sdh 5 hr tdk jalan di [[address:{RTRW}]] kel {KEL}. tolong dibantu. [[name:{N1}]] [[phone:{HP1}]]",
    "U|KOTKUPANG lampu jalan di Jl {ST} depan gereja mati 2 minggu, gelap, rawan jambret. mohon Dishub cek.",
    "A|kotkupang#sy [[name:{N1}]] nik [[nik:{NIK1}]] mau tanya kenapa bansos bpnt sy tdk masuk lg sejak {TGL}. alamat [[address:{ADDR}]]",
    "U|KOTKUPANG#SAMPAH DI TPS PASAR OEBA SUDAH BAU SEKALI, TRUK DLHK TDK DATANG 4 HARI. MOHON DITINDAK. WARGA {KEL}",
    "A|Kotkupang Sy [[name:{G1}]] mau lapor guru honor di {SCH} blm terima gaji 3 bln. npwp sy [[npwp:{NPWP1}]] sdh diserahkan ke bendahara. hp [[phone:{HP1}]]",
    "U|KOTKUPANG#JALAN KE KEL {KEL} RUSAK PARAH LUBANG BESAR DEPAN SD, SUDAH 2 MOTOR JATUH. TOLONG PUPR. TIKET LAMA {TKT} BLM ADA KABAR",
    "A|KOTKUPANG#Tetangga sy bakar sampah plastik tiap sore asapnya masuk rumah, anak sy asma. sy [[name:{N1}]] di [[address:{ADDR}]]. sdh tegur tp tdk mau dgr",
    "U|KOTKUPANG TOLONG PLN, LISTRIK PADAM 3X SEHARI DI {KEL}. ID PEL {IDPEL}. TOKEN {TOKEN} SDH MASUK TAPI METERAN ERROR",
    "A|kotkupang#mhn info cara urus akta lahir anak yg lahir di rumah. sy [[name:{N1}]] kk [[kk:{KK}]] no wa [[phone:{HP1}]] trims",
    "U|KOTKUPANG#BIDAN DI {PKM} MINTA BAYAR {RP} UNTUK PERSALINAN PADAHAL ADA BPJS NO [[bpjs:{BPJS}]]. ISTRI SY [[name:{N7}]]. DARI [[name:{N5}]]",
    "A|KOTKUPANG#Ada yg tlp ngaku dr Bapenda bilang pajak kendaraan sy tunggak, suruh transfer ke {OWA}. itu penipu ya? hati2 warga",
    "U|KOTKUPANG PENGADUAN: KERAN UMUM DEKAT KANTOR LURAH {KEL} RUSAK SEJAK {TGL}. WARGA ANTRI DI SUMUR BOR GEREJA. MOHON PERBAIKAN",
    "A|kotkupang#sy [[name:{N1}]], email [[email:{EM1}]]. sdh 2x lapor lewat web tp tdk ada balasan, no laporan {TKT}. mohon ditindak",
    "U|KOTKUPANG#ANJING LIAR DI PASAR INPRES NAIKOTEN GIGIT 2 ANAK MINGGU INI. DINAS PETERNAKAN TOLONG TANGKAP. INFO PASAR {OTEL}",
    "A|KOTKUPANG#Sy pedagang kios di pasar oeba, NPWP [[npwp:{NPWP1}]] a.n [[name:{N1}]], ditagih pajak restoran pdhl sy jual sembako. mhn penjelasan Bapenda. HP [[phone:{HP1}]]",
    "U|KOTKUPANG#JADWAL VAKSIN POLIO DI POSYANDU BUNGA BAKUNG KAPAN? SUDAH 2X DIBATALKAN, TERAKHIR {TGL}. TRIMS",
    "A|kotkupang#motor sy [[plate:{PLATE}]] ditilang di jl el tari tp surat tilang beda nama. sy [[name:{N1}]] tinggal [[address:{ADDR}]] kel {KEL}. hp [[phone:{HP1}]]",
    "U|KOTKUPANG#MOHON BANTUAN, RUMAH KAMI DI [[address:{ADDR}]] KEBANJIRAN TIAP HUJAN KRN GOT TERSUMBAT. [[name:{N1}]] / [[phone:{HP1}]]",
    "A|KOTKUPANG#harga minyak tanah di pangkalan {KEL} {RPK} per liter, lebih mahal dr HET. pangkalan tdk pasang papan harga",
    "U|KOTKUPANG#SY [[name:{N1}]] NIK [[nik:{NIK1}]] NPWP [[npwp:{NPWP1}]]. IZIN USAHA SY DI OSS DITOLAK KRN DATA NIK TDK COCOK. MOHON BANTU",
    "A|KOTKUPANG#apakah pengaduan 1708 ini dibaca? sdh 3x sms soal parkir liar di depan RS, tiket {TKT}.",
]

TEMPLATES["wa_forward"] = [
    "[{TGL} 07.12] [[name:{N1}]]: Bpk/Ibu, air di [[address:{RTRW}]] mati lagi\n[{TGL} 07.15] [[name:{N2}]]: sama di sini, sdh lapor PDAM di {OTEL} tapi sibuk terus\n[{TGL} 07.20] Admin Kelurahan: Sudah kami teruskan ke PDAM, mohon sabar.",
    "L|*Diteruskan*\nselamat pagi bapa ibu, sy [[name:{N1}]] dari {KEL}. anak sy [[name:{G2}]] hilang sejak kemarin sore pakai baju merah. kalau ada yg lihat tolong hub [[phone:{HP1}]] atau bawa ke rumah [[address:{ADDR}]]. tuhan berkati",
    "*Pesan berantai*\nHATI-HATI! Ada nomor {OWA} mengaku petugas PLN minta data token dan kode OTP. PLN tidak pernah minta OTP. Pengaduan resmi PLN 123. Sebarkan ke grup keluarga.",
    "[{JAM}] [[name:{N1}]]: sy sdh kirim berkas PKH ke pendamping, NIK [[nik:{NIK1}]] sama KK [[kk:{KK}]]\n[{JAM}] Pendamping PKH {KEL}: baik Ibu, nanti sy input\n[{JAM}] [[name:{N1}]]: terima kasih",
    "L|Forwarded many times\ninfo lowongan guru honor {SCH} kirim lamaran ke {OMAIL} paling lambat {TGL}. bukan pungutan, gratis. hoaks kalau ada yg minta uang",
    "[{TGL} 19.40] [[name:{N1}]]: tolong bantu sebar. motor sy honda beat hitam [[plate:{PLATE}]] hilang di parkiran Pasar Oebobo jam {JAM}. info ke [[phone:{HP1}]]\n[{TGL} 19.42] [[name:{N2}]]: sy sebar ke grup ojek",
    "L|[{JAM}] [[name:{G1}]]: kaka sy mau tanya, email dinas sy [[email:{EMW1}]] tdk bisa login di simpeg\n[{JAM}] [[name:{G2}]]: coba hubungi helpdesk@kupangkota.go.id kaka\n[{JAM}] [[name:{G1}]]: ok makasih",
    "*Diteruskan dari grup RT*\nPengumuman: fogging DBD hari Sabtu {TGL} jam 15.00 untuk warga RT 05 dan RT 06. Rumah tolong dibuka. Info Puskesmas {OTEL}.",
    "[{TGL} 21.05] [[name:{N1}]]: ini nomor rekening untuk sumbangan duka keluarga [[name:{F2}]], BRI [[bank_account:{BRI}]] a.n. [[name:{N2}]]\n[{TGL} 21.07] [[name:{N3}]]: sdh transfer {RP} ya",
    "L|*diteruskan*\nawas penipuan, akun fb 'Bantuan Sosial NTT' minta data ktp dan foto kk, katanya bansos {RP}. pengaduan resmi dinsos {OTEL}. jangan kirim data",
    "[{JAM}] [[phone:{HPI1}]]: selamat siang ibu, sy mau tanya pendaftaran posyandu\n[{JAM}] [[name:{N1}]]: siang, datang saja hari Kamis di Posyandu Melati bawa buku KIA\n[{JAM}] [[phone:{HPI1}]]: baik trima kasih",
    "Chat WhatsApp dengan [[name:{N1}]]\n{TGL} 10.11 - [[name:{N1}]]: Pak, NPWP sy [[npwp:{NPWP1}]] ya untuk SPT\n{TGL} 10.13 - [[name:{N2}]]: Oke, email konfirmasi ke [[email:{EM1}]]?\n{TGL} 10.14 - [[name:{N1}]]: ya betul",
    "L|[{JAM}] grup warga: besok kerja bakti bersihkan got sepanjang jl {ST}, bawa parang dan karung\n[{JAM}] ketua rt: jam 6 pagi kumpul di pos ronda\n[{JAM}] grup warga: siap",
    "*Diteruskan*\nDicari pemilik dompet jatuh di bemo jurusan Oesapa. Isi KTP a.n. [[name:{N1}]], NIK [[nik:{NIK1}]], alamat [[address:{ADDR}]]. Sekarang dititip di pos polisi Kuanino.",
    "[{TGL} 08.01] [[name:{N1}]]: Bpk2 sy mau jual tanah kavling di Kel. {KEL} 10x20, sertifikat SHM, harga nego. Hubungi [[phone:{HP1}]] ya\n[{TGL} 08.30] [[name:{N2}]]: lokasi pas dimana om?\n[{TGL} 08.33] [[name:{N1}]]: belakang {SCH}",
    "L|[{JAM}] mama: nona, kk baru su jadi ko?\n[{JAM}] [[name:{G1}]]: belum ma, dukcapil bilang tunggu 2 minggu\n[{JAM}] mama: ok, jang lupa ambil di loket 2",
    "*Info penting*\nJadwal pemadaman bergilir PLN ULP Kupang {TGL}: 09.00-13.00 wilayah {KEL}, {KEL}, {KEL}. Info dan pengaduan: PLN 123 / WA {OWA}.",
    "Pesan dari [[name:{N1}]] ([[phone:{HP1}]]) diteruskan admin: Sy warga [[address:{RTRW}]] {KEL}, mohon tetangga yg parkir truk [[plate:{PLATE}]] di depan gang jangan tutup jalan ambulans.",
    "L|[{TGL} 16.20] [[name:{N1}]]: kaka, email sy [[email:{EMO1}]] ya, kirim saja formulir beasiswa ke situ\n[{TGL} 16.25] [[name:{N2}]]: siap, sy kirim malam",
    "*Diteruskan*\nWarga Kota Kupang, pembayaran PBB {YEAR} sudah bisa lewat BRIVA. Kode bayar = NOP tanpa titik, contoh {NOP}. Jatuh tempo 31 Agustus. Jangan bayar ke perorangan.",
    "[{JAM}] [[name:{N1}]]: pak rt, tetangga [[name:{N2}]] di [[address:{ADDR}]] pingsan, sudah telp ambulans 112 belum datang\n[{JAM}] Ketua RT 04: sy ke sana sekarang",
]

TEMPLATES["email_reply"] = [
    "From: [[name:{N1}]] <[[email:{EM1}]]>\nTo: Pengaduan Kota Kupang <{OMAIL}>\nSubject: Re: Laporan {TKT}\n\nSelamat siang,\nSampai hari ini air belum mengalir di rumah kami [[address:{ADDR}]]. Mohon tindak lanjut.\n\nSalam,\n[[name:{N1}]]\nHP [[phone:{HP1}]]\n\n> Pada {TGL}, Pengaduan Kota Kupang <{OMAIL}> menulis:\n> Laporan Bapak sudah kami teruskan ke PDAM.",
    "Dari: Humas Pemkot Kupang <humas.kotakupang@gmail.com>\nKepada: warga\nPerihal: Jadwal layanan keliling Dukcapil\n\nLayanan perekaman KTP-el keliling akan hadir di Kantor Kelurahan {KEL} pada {TGL} pukul 09.00-14.00. Informasi: {OTEL} atau WA center {OWA}.\n\nHumas Pemkot Kupang",
    'Subject: Keberatan SPPT PBB\nFrom: "[[name:{N1}]]" <[[email:{EM1}]]>\n\nYth. Kepala Bapenda,\nSaya [[name:{N1}]], NPWP [[npwp:{NPWP1}]], pemilik rumah di [[address:{ADDR}]], keberatan atas SPPT NOP {NOP} sebesar {RP}. Luas bangunan tercatat salah.\n\nHormat saya,\n[[name:{N1}]]',
    "On {TGL}, [[name:{N2}]] <[[email:{EM2}]]> wrote:\n> Bu, apakah data anak saya sudah masuk Dapodik?\n\nSudah Pak, NISN {NISN} aktif. Mohon jangan kirim data pribadi lewat email lagi.\n\n--\nTata Usaha {SCH}\nTelp. {OTEL}",
    "From: [[name:{F1}]], [[name:{G1}]] <[[email:{EMW1}]]>\nSent: {TGL} {JAM}\nTo: sekretariat@dprdkotakupang.go.id\nSubject: FW: Aduan warga soal drainase\n\nMohon diagendakan. Pelapor [[name:{N2}]] ([[phone:{HP2}]]), rumahnya [[address:{ADDR}]], tergenang tiap hujan.",
    "Subject: Konfirmasi pembayaran retribusi\nFrom: noreply@lapor.go.id\n\nPembayaran dengan kode billing {BILL} sebesar {RP} telah diterima pada {TGL} {JAM}. Nomor transaksi 2026{NO}0917004512. Simpan email ini sebagai bukti.",
    "Kepada Yth. BPJS Kesehatan Cabang Kupang\n\nSaya [[name:{N1}]], peserta mandiri no kartu [[bpjs:{BPJS}]], NIK [[nik:{NIK1}]]. Iuran sudah dibayar lewat VA {VA} tetapi status masih menunggak.\nMohon balas ke [[email:{EM1}]] atau telp rumah [[phone:{TEL1}]].\n\nTerima kasih,\n[[name:{N1}]]",
    "From: Dinas Sosial Kota Kupang <dinsos.kotakupang@gmail.com>\nTo: [[name:{N7}]] <[[email:{EM7}]]>\nSubject: Re: Pengaduan BPNT\n\nYth. Ibu [[name:{G7}]],\nSetelah kami cek, KK [[kk:{KK}]] tercatat pindah domisili. Silakan perbarui di Dukcapil.\n\nHormat kami,\nBidang Linjamsos",
    "Subject: Fwd: Penawaran kerja sama\n---------- Forwarded message ---------\nFrom: {CO} <info@{NO}sinar.co.id>\nKami menawarkan jasa pengurusan izin cepat. NPWP perusahaan {NPWPB}, alamat kantor Jl. {ST} No. {NO}. Hubungi kami di {OWA}.\n\nApakah ini resmi? Mohon dicek.",
    "Dari: [[name:{N1}]] <[[email:{EMO1}]]>\nPerihal: Ijazah ditahan sekolah\n\nAnak saya [[name:{N2}]] lulus tahun {YEAR} dari {SCH} tetapi ijazah ditahan karena tunggakan komite {RP}. Kami tinggal di [[address:{ADDR}]]. Mohon bantuan Dinas Pendidikan.\n\n[[name:{N1}]]",
    "Pada {TGL} {JAM}, [[name:{N1}]] <[[email:{EM1}]]> menulis:\n> Mohon info kenapa NPWP saya [[npwp:{NPWP1}]] tidak bisa dipadankan dengan NIK.\n\nYth. Bapak/Ibu, silakan datang ke KPP Pratama Kupang dengan KTP asli. Layanan Senin-Kamis.\n\nKPP Pratama Kupang\nkpp.kupang@pajak.go.id",
    'To: "Sdri. [[name:{N7}]]" <[[email:{EM7}]]>\nCc: [[name:{N2}]] <[[email:{EM2}]]>\nSubject: Undangan klarifikasi\n\nDengan hormat, kami mengundang Saudari dan suami untuk klarifikasi sengketa batas tanah di Kel. {KEL} pada {TGL} di kantor kelurahan.\n\nLurah {KEL}',
    "Subject: Laporan kerusakan meteran\nFrom: {OMAIL}\n\nPelanggan dengan ID pelanggan {IDPEL} melaporkan meteran rusak. Petugas akan datang {TGL}. Nomor sambungan {NOSAMB}. Bila ada pertanyaan hubungi hotline {OTEL}.",
    "From: [[name:{N1}]] <[[email:{EM1}]]>\nTo: pupr@kupangkota.go.id\nSubject: Tiang listrik miring depan rumah\n\nTiang di depan rumah saya, [[address:{ADDR}]], miring sejak angin kencang {TGL}. Kabel hampir kena atap. Nomor yang bisa dihubungi [[phone:{HP1}]].\n\nTerima kasih\n[[name:{G1}]]",
    "Re: Re: Pungutan seragam\n\n> From: [[name:{N1}]] <[[email:{EM1}]]>\n> Sekolah minta {RP} untuk seragam batik.\n\nKami sudah tegur kepala sekolah. Pungutan itu dibatalkan. Salam, Inspektorat Kota Kupang, surat {SURAT}.",
    "From: Bank NTT Cabang Kupang <cs@bankntt.co.id>\nSubject: Pemberitahuan\n\nBank NTT tidak pernah meminta PIN atau OTP. Waspadai pesan dari nomor {OWA} yang mengaku CS Bank NTT. Call center resmi 1500 055.",
    "Subject: Permohonan surat keterangan domisili\nFrom: [[name:{N1}]] <[[email:{EM1}]]>\n\nSaya [[name:{N1}]], NIK [[nik:{NIK1}]], NPWP [[npwp:{NPWP1}]], tinggal di [[address:{ADDR}]] sejak {YEAR}. Mohon dibuatkan surat domisili untuk usaha perorangan saya.\n\nHormat saya",
    "Dari: Panitia PPDB {SCH} <ppdb.sekolah{NO}@gmail.com>\nPerihal: Pengumuman hasil seleksi\n\nDaftar peserta yang diterima dapat dilihat di papan pengumuman sekolah mulai {TGL}. Daftar ulang dengan biaya {RP} untuk seragam. Info: {OTEL}.",
    "Sent from my iPhone\n\nOn {TGL}, at {JAM}, [[name:{N1}]] <[[email:{EM1}]]> wrote:\n> Rekening untuk pengembalian dana: Mandiri [[bank_account:{MDR}]] a.n. [[name:{N1}]]\n\nSudah kami proses. Dana {RP} masuk 3 hari kerja.",
    "From: [[name:{N7}]] <[[email:{EM7}]]>\nSubject: Suami saya [[name:{N5}]] belum terdaftar KIS\n\nNIK suami [[nik:{NIK5}]], KK [[kk:{KK}]]. Kami tinggal di [[address:{ADDR}]].\n\n[[name:{G7}]]",
    "Subject: Notifikasi LAPOR!\nFrom: noreply@lapor.go.id\n\nLaporan Anda {TKT} telah mendapat tanggapan dari Dinas Kesehatan Kota Kupang. Masuk ke akun Anda untuk membaca tanggapan. Jangan membalas email ini.",
]

TEMPLATES["phone_log"] = [
    "Catatan panggilan {TGL} {JAM}\nPetugas: Call center 1708, ada yang bisa dibantu?\nPelapor: Sa mau lapor air tidak jalan.\nPetugas: Nama Bapak?\nPelapor: [[name:{N5}]].\nPetugas: Alamat?\nPelapor: [[address:{ADDR}]], Kel. {KEL}.\nPetugas: Nomor yang bisa dihubungi?\nPelapor: [[phone:{HP5}]].",
    "Log 1708 | {TGL} | durasi 04:12\nPenelepon menanyakan jadwal pengambilan KTP-el. Diarahkan ke Dukcapil (WA center {OWA}). Tidak ada data pribadi dicatat. Tiket {TKT}.",
    "Petugas: NIK Ibu?\nPenelepon: [[nik:{NIKB7}]].\nPetugas: Nomor KK?\nPenelepon: [[kk:{KK}]].\nPetugas: Baik, atas nama [[name:{N7}]] ya Bu, datanya sudah masuk DTKS sejak {YEAR}.",
    "Catatan: Penelepon Bpk. [[name:{N5}]], warga [[address:{RTRW}]] Kel. {KEL}, melapor pohon tumbang menutup jalan setapak ke rumahnya. Call back [[phone:{HP5}]]. Diteruskan BPBD ({OTEL}).",
    "{JAM} Panggilan masuk dari nomor [[phone:{HP1}]]\nPelapor: Saya [[name:{G1}]], mau tanya BPJS saya kenapa dinonaktifkan.\nPetugas: BPJS Kesehatan, nomor kartunya?\nPelapor: [[bpjs:{BPJS}]].\nPetugas: Itu PBI dari APBD, dinonaktifkan karena data NIK ganda. Silakan ke Dinsos.",
    "Petugas: Selamat pagi, layanan pengaduan. \nPenelepon: Pagi, sa dapat telpon dari {OWA}, mengaku petugas Dukcapil, minta foto KTP. Itu betul?\nPetugas: Bukan nomor kami, Bu. Nomor kami {OTEL} dan WA {OWA}. Jangan kirim data.",
    "Rekap shift pagi {TGL}: 23 panggilan, 4 soal listrik (PLN 123), 6 soal air, 3 soal sampah, sisanya informasi. Panggilan terlama 09.42-09.58. Tidak ada eskalasi.",
    "Petugas: NPWP Bapak?\nPelapor: Yang baru katanya sama dengan NIK, [[npwp:{NIKB5}]].\nPetugas: Atas nama?\nPelapor: [[name:{N5}]], usaha bengkel sendiri.\nPetugas: Email untuk kirim bukti?\nPelapor: [[email:{EM5}]].",
    "Catatan petugas [[name:{N2}]] ({TGL}): pelapor [[name:{N1}]] marah karena tiket {TKT} tidak ditindaklanjuti. Pelapor tinggal di [[address:{ADDR}]]. Janji telpon balik ke [[phone:{HP1}]] besok jam {JAM}.",
    "Penelepon: Halo, sa mau lapor, ada mobil [[plate:{PLATE}]] parkir di depan rumah sa tiga hari.\nPetugas: Rumah Bapak di mana?\nPenelepon: [[address:{ADDR}]].\nPetugas: Nama Bapak?\nPenelepon: [[name:{N5}]].\nPetugas: Baik, kami teruskan ke Dishub.",
    "Petugas: Nomor KTP Bapak berapa?\nPelapor: [[nik:{NIK5}]].\nPetugas: Nama lengkap?\nPelapor: [[name:{N5}]]. Sa punya istri juga, [[name:{N7}]], NIK [[nik:{NIK7}]].\nPetugas: Terima kasih, data bansos kami cek dulu.",
    "Panggilan {JAM}: penelepon tanya biaya balik nama sertifikat di BPN. Dijelaskan biaya PNBP sesuai aturan, dibayar dengan kode billing {BILL}. Nomor BPN Kota Kupang {OTEL}. Selesai.",
    "Petugas: Ibu mau kirim dokumen lewat email?\nPelapor: Iya, dari email sa [[email:{EMO7}]].\nPetugas: Nama Ibu?\nPelapor: [[name:{N7}]], NPWP [[npwp:{NPWP7}]].\nPetugas: Baik, kirim ke {OMAIL}.",
    "Catatan panggilan darurat {TGL}: kebakaran kios di Pasar Oeba, dilaporkan pedagang [[name:{N1}]] ([[phone:{HP1}]]). Damkar diberangkatkan {JAM}. Tidak ada korban.",
    "Petugas: Nomor rekening untuk pengembalian?\nPelapor: BRI [[bank_account:{BRI}]], atas nama sa sendiri [[name:{N1}]].\nPetugas: Nomor HP aktif?\nPelapor: [[phone:{HP1}]].\nPetugas: Baik, proses 14 hari kerja.",
    "Log panggilan tidak tersambung: 5 kali dari nomor pengaduan internal ext. 204, pukul {JAM}-{JAM}. Gangguan jaringan Telkom, tiket gangguan {TKT}.",
    "Penelepon: Sa dari {KEL}, mau lapor guru anak sa, Ibu [[name:{N7}]], pukul anak sa [[name:{G3}]] di kelas.\nPetugas: Nama Ibu/Bapak?\nPenelepon: [[name:{N1}]].\nPetugas: Sekolahnya?\nPenelepon: {SCH}.",
    "Petugas: Alamat email Bapak?\nPelapor: [[email:{EM5}]].\nPetugas: Dan nomor telepon rumah?\nPelapor: [[phone:{TEL5}]], kalau HP [[phone:{HP5}]].\nPetugas: Baik Pak [[name:{G5}]], kami catat.",
    "Catatan supervisor: petugas shift malam lupa mencatat nomor tiket pada 3 panggilan ({JAM}, {JAM}, {JAM}). Mohon setiap panggilan dicatat di aplikasi dengan format tiket {TKT}.",
    "Panggilan dari [[name:{N1}]] ([[phone:{HP1}]]): NPWP sa [[npwp:{NPWP1}]] dipakai orang buat pinjol. NIK [[nik:{NIK1}]]. Disarankan lapor ke Polresta dan KPP. Tiket {TKT}.",
    "Petugas: Plat kendaraan dinas yang Ibu lihat?\nPelapor: [[plate:{PLATE}]], mobil merah plat merah, dipakai antar anak sekolah.\nPetugas: Jam berapa?\nPelapor: Jam {JAM} di depan {SCH}.",
]

TEMPLATES["ocr_form"] = [
    "PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNIK : [[nik:{NIKB1}]]\nNama : [[name:{N1}]]\nTempat/Tgl Lahir : KUPANG, {TGL}\nAlamat : [[address:{ADDRS}]]\n[[address:RT/RW : {RTRWN}]]\nKel/Desa : {KEL}\nKecamatan : {KEC}\nAgama : KRISTEN",
    "U|KARTU KELUARGA\nNo. [[kk:{KK}]]\nNama Kepala Keluarga : [[name:{N5}]]\nAlamat : [[address:{ADDR}]]\nNo | Nama Lengkap | NIK | Hubungan\n1 | [[name:{N5}]] | [[nik:{NIKB5}]] | KEPALA KELUARGA\n2 | [[name:{N7}]] | [[nik:{NIKB7}]] | ISTRI",
    "FORMULIR PENGADUAN\nNama Pelapor : [[name:{N1}]]\nNo. HP : [[phone:{HP1}]]\nEmail : [[email:{EM1}]]\nJenis Pengaduan : Air Bersih\nUraian : Meter air dicabut petugas tanpa pemberitahuan, padahal tagihan lunas {RP}.",
    "SURAT KETERANGAN\nNomor: {SURAT}\nLurah {KEL} menerangkan bahwa pasar mingguan di lapangan kelurahan dibuka setiap Sabtu pukul 06.00-11.00. Retribusi {RP} per lapak.\nKOP: PEMERINTAH KOTA KUPANG, KECAMATAN {KEC}, Jl. {ST} No. {NO}, Telp. {OTEL}",
    "U|FORMULIR PENDAFTARAN NPWP ORANG PRIBADI\nNama Wajib Pajak: [[name:{N1}]]\nNIK: [[nik:{NIKB1}]]\nNPWP: [[npwp:{NPWP1}]]\nAlamat: [[address:{ADDR}]]\nNo. Telp: [[phone:{HP1}]]\nEmail: [[email:{EM1}]]",
    "KARTU INDONESIA SEHAT\nNo. Kartu : [[bpjs:{BPJS}]]\nNama : [[name:{N1}]]\nNIK : [[nik:{NIKB1}]]\nFaskes Tk. I : {PKM}\nKelas : III (PBI)",
    "SURAT PERNYATAAN\nYang bertanda tangan di bawah ini:\nNama : [[name:{N1}]]\nNIK : [[nik:{NIK1}]]\nAlamat : [[address:{ADDR}]], Kel. {KEL}\nmenyatakan bahwa saya belum pernah menerima bantuan bedah rumah.\nKupang, {TGL}\nttd\n[[name:{N1}]]",
    "U|STRUK PEMBAYARAN\nTOKO SINAR ABADI\nJL. {ST} NO. {NO} KUPANG\nNPWP : {NPWPB}\nTGL {TGL} {JAM}\nSEMEN 40KG x2 {RP}\nTOTAL {RP}\nKASIR: 03\nTERIMA KASIH",
    "BUKU TABUNGAN\nBANK NTT\nNAMA : [[name:{N1}]]\nNO. REKENING : [[bank_account:{BNTT}]]\nCABANG : KUPANG\nALAMAT : [[address:{ADDR}]]",
    "FORMULIR PERMOHONAN PINDAH\nNo. KK Asal : [[kk:{KK}]]\nNama Pemohon : [[name:{N1}]]\nAlamat Asal : [[address:{ADDR}]]\nAlamat Tujuan : [[address:{ADDR}]]\nAlasan pindah : pekerjaan\nNo HP : [[phone:{HP1}]]",
    "SURAT TILANG\nNo. {NO}{NUM}{NUM}\nNama : [[name:{N1}]]\nNo. SIM : {SIM}\nNo. Pol : [[plate:{PLATE}]]\nPasal : 281 jo 77\nDenda titipan : {RP}\nBayar melalui {VA}",
    "DAFTAR HADIR SOSIALISASI PBB\nHari/Tanggal: {TGL}\nTempat: Aula Kelurahan {KEL}\nPeserta: 42 orang (daftar terlampir, tidak dipublikasikan)\nNarasumber: Bapenda Kota Kupang\nMateri: NOP, SPPT, cara bayar lewat VA",
    "N I K : [[nik:{NIKB1}]]\nN a m a : [[name:{N1}]]\nGol. Darah : O\nAlamat : [[address:{ADDRS}]]\n[[address:RT/RW : {RTRWN}]]\nPekerjaan : WIRASWASTA\nBerlaku Hingga : SEUMUR HIDUP",
    "FORMULIR KEBERATAN PAJAK DAERAH\nNama Wajib Pajak : [[name:{N1}]]\nNPWPD/NPWP : [[npwp:{NPWP1}]]\nNOP : {NOP}\nAlamat Objek : Kel. {KEL}\nAlamat Wajib Pajak : [[address:{ADDR}]]\nEmail : [[email:{EM1}]]",
    "U|PENGUMUMAN HASIL SELEKSI PPPK GURU\nNO | NO PESERTA | NIP | KETERANGAN\n1 | {NUM}{NUM} | {NIP} | LULUS\n2 | {NUM}{NUM} | {NIP} | LULUS\nDitetapkan di Kupang, {TGL}",
    "SURAT KETERANGAN USAHA\nNama : [[name:{N1}]]\nNIK : [[nik:{NIK1}]]\nNPWP : [[npwp:{NPWP1}]]\nJenis Usaha : Kios sembako (rumah sendiri)\nAlamat Usaha : [[address:{ADDR}]]\nNo. HP : [[phone:{HP1}]]",
    "REKENING AIR PDAM\nNo. Sambungan : {NOSAMB}\nPeriode : {TGL}\nPemakaian : {NO} m3\nTagihan : {RP}\nDenda : {RP}\nBayar sebelum tanggal 20. Pengaduan: {OTEL}",
    "U|FORMULIR PENDAFTARAN BPJS KESEHATAN MANDIRI\nNAMA : [[name:{N1}]]\nNIK : [[nik:{NIKB1}]]\nNO KK : [[kk:{KK}]]\nALAMAT : [[address:{ADDR}]]\nNO HP : [[phone:{HP1}]]\nEMAIL : [[email:{EM1}]]",
    "KWITANSI\nTelah terima dari : [[name:{N1}]]\nUang sejumlah : {RP}\nUntuk pembayaran : sewa kamar kos bulan {TGL}\nKupang, {TGL}\nPenerima : [[name:{N2}]]",
    "FAKTUR PAJAK\nPengusaha Kena Pajak: {CO}\nNPWP : {NPWPB}\nAlamat : Jl. {ST} No. {NO}, Kupang\nPembeli: [[name:{N1}]]\nNPWP : [[npwp:{NPWP1}]]\nAlamat : [[address:{ADDR}]]\nDPP {RP} PPN {RP}",
    "SURAT IZIN KERAMAIAN\nNomor: {SURAT}\nAcara: Pesta nikah\nPenanggung jawab: [[name:{N1}]]\nTempat: rumah sendiri, [[address:{ADDR}]]\nWaktu: {TGL} pukul 18.00-23.00\nKontak: [[phone:{HP1}]]",
]

TEMPLATES["neighbourhood_notice"] = [
    "PENGUMUMAN RT 0{NO} RW 0{NO} KELURAHAN {KEL}\nKerja bakti membersihkan saluran air hari Minggu, {TGL}, pukul 06.30. Setiap KK mengirim satu orang. Iuran sampah bulan ini {RP}.\nKetua RT 0{NO}",
    "NOTULEN RAPAT WARGA\nHari/tanggal: {TGL}\nTempat: rumah Ketua RT, [[address:{ADDR}]]\nHadir: 31 KK\nPimpinan rapat: [[name:{N1}]]\nNotulis: [[name:{N2}]]\nKeputusan: iuran keamanan naik jadi {RP} per bulan.",
    "Kepada Yth. Lurah {KEL}\nKami warga [[address:RT 0{NO}]] mengeluhkan bau dari peternakan babi milik Bpk. [[name:{N5}]] di [[address:{ADDR}]]. Sudah ditegur tiga kali.\nHormat kami,\nWarga RT 0{NO}",
    "INFORMASI POSYANDU MAWAR\nJadwal penimbangan balita: setiap tanggal 10, pukul 08.00 di pos ronda. Kader: Ibu [[name:{N7}]] ([[phone:{HP7}]]) dan Ibu [[name:{N8}]]. Bawa buku KIA.",
    "PENGUMUMAN KELURAHAN {KEL}\nPendataan ulang penerima bansos dimulai {TGL}. Bawa KTP dan KK asli ke kantor kelurahan, Jl. {ST} No. {NO}. Tidak dipungut biaya. Pengaduan: {OTEL}.",
    "Daftar warga penerima BLT Dana Kelurahan tahap II\n1. [[name:{N1}]] ({NUM})\n2. [[name:{N2}]] ({NUM})\n3. [[name:{N3}]] ({NUM})\nDiumumkan untuk sanggahan sampai {TGL}.",
    "U|RT 0{NO} JUARA 1 LOMBA KEBERSIHAN KELURAHAN {KEL} TAHUN {YEAR}, RT 1{NO} JUARA 2. HADIAH {RP} DISERAHKAN DI AULA KELURAHAN {TGL}.",
    "Undangan\nKepada Bapak/Ibu warga RW 0{NO}, hadiri musyawarah pembangunan sumur bor di rumah Bpk. [[name:{N5}]], [[address:{ADDR}]], pada {TGL} pukul 19.00. Konfirmasi ke Sekretaris RW [[name:{N2}]], HP [[phone:{HP2}]].",
    "BERITA ACARA\nPada hari ini {TGL} telah diserahkan bantuan paket sembako kepada Sdri. [[name:{N7}]], NIK [[nik:{NIK7}]], warga [[address:{RTRW}]] Kel. {KEL}, korban kebakaran rumah.\nYang menyerahkan: [[name:{N2}]]",
    "PENGUMUMAN\nDiberitahukan kepada warga bahwa air tangki PDAM untuk wilayah {KEL} dijadwalkan setiap Selasa dan Jumat. Pemesanan tambahan lewat hotline PDAM {OTEL}, harga {RP} per tangki.",
    "Surat Pengantar RT\nNomor: {NO}/RT.0{NO}/{YEAR}\nYang bertanda tangan di bawah ini Ketua RT menerangkan bahwa [[name:{N1}]], NIK [[nik:{NIK1}]], KK [[kk:{KK}]], benar warga kami yang tinggal di [[address:{ADDR}]].\nKetua RT\n[[name:{N2}]]",
    "Notulen rapat RW {TGL}: dibahas lampu jalan mati di Jl. {ST}, keamanan malam, dan sampah di kali. Usulan ke kelurahan: 6 titik lampu baru. Ketua RW 0{NO} menutup rapat pukul 21.15.",
    "Pengumuman kehilangan: telah hilang KTP dan kartu ATM BRI a.n. [[name:{N1}]], NIK [[nik:{NIK1}]], di sekitar Pasar Kuanino. Bagi yang menemukan hubungi [[phone:{HP1}]] atau antar ke [[address:{ADDR}]].",
    "Laporan bendahara RT 1{NO} bulan ini: saldo awal {RP}, iuran masuk {RP}, beli lampu jalan {RP}, sumbangan duka {RP}. Saldo akhir {RP}. Rekening RT di BRI Unit Oebobo.",
    "Kepada warga yang mengontrak di rumah milik keluarga [[name:{F1}]] ([[address:{ADDR}]]), mohon melapor diri ke Ketua RT paling lambat {TGL} untuk pendataan penduduk non permanen. Bawa KTP asal.",
    "Ucapan terima kasih\nKeluarga besar [[name:{F1}]] mengucapkan terima kasih atas bantuan warga pada ibadah pemakaman almarhum [[name:{N1}]] di [[address:{ADDR}]]. Tuhan memberkati.",
    "Edaran Lurah {KEL} No. {SURAT}: warga dilarang membuang sampah ke saluran dan kali. Pelanggar dikenai denda sesuai Perda {RP}. Laporan pelanggaran ke Trantib kelurahan {OTEL}.",
    "Informasi: Sekretariat RT 0{NO} RW 0{NO} pindah ke Jl. {ST} No. {NO}. Pelayanan surat pengantar Senin-Sabtu pukul 16.00-19.00. Email grup rt0{NO}.wargarukun@gmail.com",
    "Daftar jaga ronda minggu ini:\nSenin: [[name:{N1}]], [[name:{N2}]]\nRabu: [[name:{N3}]], [[name:{N4}]]\nSabtu: semua bapak-bapak. Yang tidak jaga denda {RP}.",
    "PENGUMUMAN\nPembagian kupon daging kurban di Masjid Al-Ikhlas {KEL} pada {TGL} pukul 09.00. Panitia: Bpk. [[name:{N5}]] ([[phone:{HP5}]]). Warga non-muslim juga mendapat bagian.",
    "Surat keberatan warga RT 0{NO}/RW 0{NO} atas pembangunan menara telekomunikasi di lahan kosong Jl. {ST}. Ditandatangani 47 kepala keluarga. Diserahkan ke kelurahan {TGL}, nomor agenda {SURAT}.",
]

TEMPLATES["facebook_post"] = [
    "[[name:{N1}]]\n{TGL} · Publik\nPemkot Kupang tolong lihat jalan ke Kel. {KEL} ini, lubang sebesar kolam ikan. Tiap hari anak sekolah lewat sini. #KupangKotaKasih @pemkotkupang\n👍 214 · 57 komentar",
    "Komentar\n[[name:{N1}]]: Sama di tempat kami [[address:{RTRW}]] {KEL} air juga mati 1 minggu\n[[name:{N2}]]: lapor saja ke 1708 kaka, biasanya cepat\n[[name:{N1}]]: sdh lapor, tiket {TKT}, blm ada kabar",
    "INFO KUPANG (grup publik)\nHati-hati penipuan mengatasnamakan Dukcapil. Nomor {OWA} mengaku petugas, minta transfer {RP} untuk KTP cepat jadi. Dukcapil tidak memungut biaya! Share biar keluarga tahu.",
    "[[name:{N1}]] berbagi postingan.\nTolong bantu doa dan donasi untuk adik kami [[name:{N2}]] yang dirawat di RSUD Prof. Dr. W. Z. Johannes karena gagal ginjal. Donasi ke BRI [[bank_account:{BRI}]] a.n. [[name:{N7}]] (mama pasien). Kontak [[phone:{HP1}]].",
    "Selamat pagi Kota Kupang. Pasar Oebobo hari ini: cabai {RPK}/kg, tomat {RPK}/kg, ikan tembang {RPK}/tumpuk. Harga naik karena cuaca. Sumber: pantauan lapangan admin.",
    "L|[[name:{N1}]]\nsa mau jual motor vario thn {YEAR}, plat [[plate:{PLATE}]], pajak hidup, surat lengkap. harga {RP} nego. minat inbox atau wa [[phone:{HP1}]]. lokasi [[address:{ADDR}]]",
    "Postingan Dinas Kesehatan Kota Kupang: Vaksinasi HPV untuk siswi kelas 5 dan 6 SD dimulai {TGL}. Informasi di puskesmas terdekat atau call center {OTEL}. #CegahKankerServiks",
    "[[name:{N5}]] — merasa kecewa\nSudah 3 kali urus KK di Dukcapil, selalu disuruh kembali. KK sa nomor [[kk:{KK}]] masih tulis nama istri salah, [[name:{N7}]] jadi '[[name:{G7} {F5}]]'. Tolong pak wali!",
    "Balasan\n[[name:{N1}]]: Ibu, coba kirim email ke {OMAIL} lampirkan foto KK\n[[name:{N2}]]: sudah bu, dari email sa [[email:{EM2}]], tapi tidak dibalas\n[[name:{N1}]]: sabar bu, antri",
    "Warga Kota Kupang, BBM di SPBU Jl. {ST} antri sampai 2 km sejak pagi. Kendaraan umum tidak kebagian. Mohon Pertamina dan Pemkot cek. Foto: kiriman netizen.",
    "L|[[name:{N1}]]\nanjing sa digigit anjing tetangga, dong tidak mau tanggung jawab. tetangga sa [[name:{N2}]] tinggal di [[address:{ADDR}]]. sa mau lapor kemana?",
    "Lowongan kerja: Toko Bangunan Maju Jaya butuh 2 orang kasir. Kirim lamaran ke tokomajujaya.kupang@gmail.com atau WA {OWA} (admin toko). Alamat toko Jl. {ST} No. {NO}.",
    "[[name:{N1}]]\nDi kelurahan disuruh bayar {RP} buat surat keterangan tidak mampu. Ini resmi kah? Sa tinggal di [[address:{ADDR}]], NIK [[nik:{NIK1}]] kalau mau cek. Jangan persulit rakyat kecil.",
    "Komentar pada postingan Humas Pemkot:\n[[name:{N1}]]: Pak, tolong perhatikan sekolah kami {SCH}, atap bocor\n[[name:{N2}]]: betul, anak sa juga di situ\nHumas Pemkot Kupang: Terima kasih, sudah kami teruskan ke Dinas Pendidikan.",
    "MOHON DIBAGIKAN: Telah ditemukan seorang nenek tersesat di Terminal Oebobo, mengaku bernama [[name:{N7}]]. Keluarga yang merasa kehilangan hubungi [[name:{N2}]] di [[phone:{HP2}]].",
    "Jadwal pelayanan Samsat Keliling minggu ini: Senin di Kantor Camat {KEC}, Rabu di Lippo Plaza, Jumat di Kelurahan {KEL}. Bawa STNK dan KTP asli. Info Samsat {OTEL}.",
    "[[name:{N1}]]\nTerima kasih PLN, tiang listrik depan rumah kami di [[address:{ADDR}]] sudah diganti cepat. Petugasnya ramah, Bapak [[name:{N5}]]. Mantap 👍",
    "L|[[name:{N1}]]: sa punya email [[email:{EMO1}]], sapa yang mau kirim info lowongan guru, kirim ke situ e. sa lulusan pgsd {YEAR}\n[[name:{N2}]]: semangat nona",
    "Postingan Polresta Kupang Kota: Ada laporan pencurian kendaraan di wilayah {KEL}. Warga diimbau pasang kunci ganda. Laporan kehilangan ke SPKT atau call center 110.",
    "[[name:{N1}]]\nSa dapat SMS dapat hadiah {RP} dari Bank NTT, suruh klik link. Nomor pengirim {OWA}. Jangan tertipu! Bank NTT resmi tidak pernah kirim link begitu.",
    "Komentar\n[[name:{N7}]]: NPWP sa [[npwp:{NPWP7}]] tidak bisa dipakai lapor SPT, katanya harus pakai NIK. Bagaimana ini?\nKPP Pratama Kupang: Silakan datang ke kantor kami, Ibu. Bawa KTP.",
]

TEMPLATES["officer_memo"] = [
    "NOTA DINAS\nKepada: Kabid Pelayanan\nDari: Unit Pengaduan\nHal: Tiket {TKT}\nPelapor [[name:{N1}]] (NPWP [[npwp:{NPWP1}]]) menyampaikan keberatan atas denda PBB. Mohon klarifikasi paling lambat {TGL}.",
    "Disposisi Kepala Unit: teruskan ke Bapenda. Catatan: NPWP badan {CO} {NPWPB} tidak terkait pelapor; yang dilaporkan NPWP pribadi pelapor [[npwp:{NPWP1}]] a.n. [[name:{N1}]]. Jangan digabung.",
    "Memo internal {TGL}: Mulai minggu depan setiap tiket yang menyebut NIK atau nomor HP warga wajib disamarkan sebelum diteruskan ke OPD. Format tiket tetap {TKT}. Pertanyaan ke admin sistem ext. 211.",
    "Catatan verifikasi: Pelapor [[name:{N1}]], NIK [[nik:{NIK1}]], NPWP [[npwp:{NPWP1}]], email [[email:{EM1}]]. Data cocok dengan Dukcapil. Laporan layak ditindaklanjuti. Verifikator: [[name:{N2}]].",
    "DISPOSISI\nNo. Agenda: {SURAT}\nDiteruskan kepada: Dinas Perhubungan\nIsi ringkas: pengaduan parkir liar di depan Pasar Kasih Naikoten, jam {JAM}-{JAM}.\nCatatan pimpinan: segera tindak, laporkan dalam 3 hari.",
    "Untuk Sdr. [[name:{N5}]] (staf Bidang Pajak): mohon cek NPWP wajib pajak [[name:{N7}]] [[npwp:{NPWP7}]] dan suaminya [[name:{N6}]] [[npwp:{NPWP6}]]; keduanya mengaku sudah bayar {RP}. Kirim hasil ke email dinas saya [[email:{EMW4}]]. - [[name:{N4}]]",
    "Rekap mingguan Unit Pengaduan ({TGL}): masuk 64, selesai 41, dalam proses 18, ditolak 5. Kanal: SMS 1708 (29), LAPOR! web (22), WA center (9), datang langsung (4). Disusun oleh Subbag Data.",
    "Catatan rapat koordinasi dengan PDAM {TGL}: 12 tiket air mati di Kel. {KEL} dan {KEL}. PDAM janji distribusi tangki. Kontak PDAM untuk unit: hotline {OTEL}, WA pengaduan {OWA}.",
    "Memo: Pelapor [[name:{N1}]] meminta identitasnya dirahasiakan. Nomor HP [[phone:{HP1}]] dan alamat [[address:{ADDR}]] hanya untuk petugas. Kasus dugaan pungli oleh oknum staf kelurahan {KEL}.",
    "Hasil klarifikasi lapangan {TGL}: rumah pelapor [[name:{N1}]] di [[address:{ADDR}]] memang tergenang 30 cm. Penyebab: gorong-gorong tersumbat. Diteruskan ke PUPR surat {SURAT}. Foto terlampir. Petugas: [[name:{N2}]], NIP {NIP}.",
    "Catatan: Email dari [[email:{EM1}]] atas nama [[name:{N1}]] minta salinan laporan {TKT}. Sebelum dikirim, cocokkan NIK pelapor [[nik:{NIK1}]]. Salinan tanpa data pihak ketiga.",
    "Nota: Permohonan informasi publik dari LSM tentang jumlah pengaduan tahun {YEAR} per kelurahan. Siapkan tabel tanpa identitas. Batas waktu 10 hari kerja, surat {SURAT}. Kontak LSM via {OMAIL}.",
    "Disposisi Kabag Organisasi: laporan [[name:{N1}]] soal dana BOS di {SCH} teruskan ke Inspektorat. Pelapor guru honor, NPWP [[npwp:{NPWP1}]], rekening gaji Bank NTT [[bank_account:{BNTT}]]. Lindungi pelapor.",
    "Catatan serah terima shift: 3 tiket belum dijawab ({TKT}, {TKT}, {TKT}). Server SMS gateway sempat mati {JAM}-{JAM}. Sudah dilaporkan ke Diskominfo.",
    "Kepada Yth. Kepala Dukcapil\nMohon bantuan pemadanan data: [[name:{N5}]], NIK [[nik:{NIK5}]], KK [[kk:{KK}]]; istrinya [[name:{N7}]], NIK [[nik:{NIK7}]]. Keduanya tidak muncul di SIAK. Terima kasih.\nKoordinator Unit Pengaduan",
    "Catatan verifikasi tiket {TKT}: NPWP yang disebut pelapor ternyata milik {CO} ({NPWPB}), bukan pribadi. Pelapor [[name:{N1}]] adalah karyawan, bukan pemilik. Dialihkan ke KPP.",
    "Lembar disposisi: Aduan kendaraan dinas [[plate:{PLATE}]] dipakai ke pesta malam hari oleh staf [[name:{N1}]]. Teruskan ke BKPSDM dan Bagian Umum. Pelapor minta dirahasiakan.",
    "Memo: akun email unit berganti dari pengaduan.kupang@gmail.com ke pengaduan@kupangkota.go.id per {TGL}. Semua balasan otomatis disesuaikan. Tidak ada perubahan nomor 1708.",
    "Telaah staf: pelapor [[name:{N1}]] ([[email:{EMO1}]]) menulis alamat emailnya dengan 'at' dan 'dot'. Balasan sudah dikirim {TGL}. NPWP [[npwp:{NPWP1}]] dilampirkan untuk keberatan pajak reklame usaha perorangan.",
    "Daftar pelapor yang minta ditelepon balik:\n1. [[name:{N1}]] - [[phone:{HP1}]] - air\n2. [[name:{N2}]] - [[phone:{HP2}]] - KTP\n3. [[name:{N3}]] - [[phone:{HP3}]] - jalan\nPetugas: mohon diselesaikan hari ini.",
    "Catatan: Surat dari {CO}, NPWP {NPWPB}, alamat kantor Jl. {ST} No. {NO}, mengadukan pemutusan kontrak proyek drainase. Bukan pengaduan pelayanan publik; teruskan ke Bagian Hukum.",
]

TEMPLATES["kupang_malay"] = [
    "Bapa dong di kantor, tolong e, air su mati satu minggu di [[address:{RTRW}]] {KEL}. Botong su beli air tangki {RP} satu kali. Sa [[name:{N1}]], nomor [[phone:{HP1}]].",
    "L|kotkupang sa mau lapor, jalan pi kampung {KEL} su rusak parah, oto sonde bisa lewat. anak skolah jalan kaki lewat lumpur. tolong perbaiki kotong pung jalan",
    "Sa pung nama [[name:{N1}]], NIK [[nik:{NIK1}]]. Sa su daftar KIS dari tahun lalu ma sampe sekarang sonde ada kabar. Kartu BPJS lama nomor [[bpjs:{BPJS}]] su mati.",
    "Om dong di Dinsos, kenapa sa pung mama [[name:{N7}]] sonde dapat BLT lai? Dia pung NIK [[nik:{NIK7}]], tinggal di [[address:{ADDR}]]. Dia su tua, sonde karja.",
    "Lampu jalan di depan gereja di Jl. {ST} mati su dua minggu, malam gelap skali. Ada orang mabuk dong bakumpul di situ. Tolong Dishub datang lia.",
    "Sa pung tetangga, Om [[name:{G5}]], tiap malam putar musik kuat-kuat sampe jam 2. Dia pung rumah di [[address:{ADDR}]]. Su tegur ma dia marah. Sa [[name:{N2}]].",
    "Pak, sa mau tanya, NPWP sa [[npwp:{NPWP1}]] ni masih bisa pake ko sonde? Orang pajak bilang sekarang pake NIK sa. Sa [[name:{N1}]], jual ikan di Pasar Oeba.",
    "Anak sa [[name:{G2}]] di {SCH} dong minta bayar uang komite {RP}, kalo sonde bayar sonde bisa ikut ujian. Sa sonde punya doi. Sa pung nomor [[phone:{HP1}]], [[name:{N1}]].",
    "Harga beras di Pasar Kasih naik terus, satu karung {RP}. Operasi pasar kapan lai? Botong orang kecil su sonde mampu. Bulog tolong e.",
    "Ada orang telpon dari {OWA}, bilang dia dari Dinas Sosial, suru sa transfer {RP} ko bansos cair. Sa sonde kasi. Kasi tau orang laen jang tatipu.",
    "Sa mau lapor, sa pung motor [[plate:{PLATE}]] ilang di depan kos di [[address:{ADDR}]]. Su lapor polisi ma sonde ada kabar. Sa [[name:{N1}]], WA [[phone:{HP1}]].",
    "Om lurah, itu tanah di belakang sa pung rumah [[address:{ADDR}]] ada orang mau ambil, bilang itu dia pung. Dia nama [[name:{N2}]]. Sa pung surat lengkap, NIK [[nik:{NIK1}]].",
    "Kotong warga di {KEL} su bosan deng sampah di kali. Tiap hujan banjir masuk rumah. DLHK tolong angkut. Nomor DLHK {OTEL} sonde ada yang angkat.",
    "Sa pung email [[email:{EM1}]], tolong kirim bukti laporan ke situ. Sa su lapor soal meteran PDAM, ID sambungan {NOSAMB}, tagihan tiba-tiba {RP}. Sa [[name:{N1}]].",
    "Bidan di puskesmas sonde mau layani sa pung bini [[name:{N7}]] karena KK belum ganti. KK sa nomor [[kk:{KK}]]. Sa [[name:{N5}]]. Tolong dong.",
    "PLN e, listrik mati-hidup tiap sore di {KEL}, sa pung kulkas su rusak. ID pelanggan {IDPEL}. Ganti rugi bisa ko sonde?",
    "Sa [[name:{N1}]] dari [[address:{RTRW}]] {KEL}. Jalan lingkungan depan botong pung rumah su hancur gara-gara truk pasir [[plate:{PLATE}]] lewat tiap hari.",
    "Tanta [[name:{G7}]] yang jual kue di depan {SCH} dapa usir Satpol PP, dong ambil dia pung meja. Dia sonde jual di trotoar, dia jual di dia pung halaman sendiri, [[address:{ADDR}]].",
    "Sa pung NPWP [[npwp:{NPWP1}]], usaha bengkel kacil. Orang pajak datang tagih {RP}, sa sonde mangarti. Sa [[name:{N1}]], email [[email:{EMO1}]].",
    "Pengumuman dari gereja: ibadah syukur panen hari Minggu {TGL} jam 16.00. Jemaat bawa hasil kebun. Sonde ada pungutan.",
    "Sa pung bapa tua [[name:{N5}]] su meninggal, ma dia pung nama masih ada di KK. NIK dia [[nik:{NIK5}]]. Sa mau urus akta kematian, apa sa harus bawa? Sa pung email [[email:{EM2}]], [[name:{N2}]].",
]

TEMPLATES["lapor_ticket"] += [
    "Nomor Tiket: {TKT}\nKategori: Perpajakan\nIsi Laporan: Saya dan istri sama-sama punya NPWP, punya saya [[npwp:{NPWP5}]] dan istri saya [[name:{N7}]] [[npwp:{NPWP7}]]. Waktu lapor SPT sistem bilang NPWP istri ganda dengan NIK [[nik:{NIK7}]].\nPelapor: [[name:{N5}]]\nEmail: [[email:{EM5}]]",
    "Kategori: Jaminan Kesehatan\nIsi: Klaim rawat inap bapak saya [[name:{N5}]] (no kartu JKN [[bpjs:{BPJS}]]) ditolak RS dengan alasan iuran telat. Penggantian biaya {RP} mohon ke rekening BNI [[bank_account:{BNI}]] a.n. [[name:{N1}]]. NPWP saya [[npwp:{NPWP1}]].\nStatus: Diteruskan ke BPJS Kesehatan Cabang Kupang",
]
TEMPLATES["sms_1708"] += [
    "U|KOTKUPANG#SY [[name:{N5}]] NIK [[nik:{NIK5}]] NO KIS [[bpjs:{BPJS}]]. KARTU SY DINONAKTIFKAN TANPA ALASAN. NPWP ISTRI [[npwp:{NPWP7}]] SUDAH DIPADANKAN. MOHON DICEK",
]
TEMPLATES["wa_forward"] += [
    "[{TGL} 09.30] [[name:{N1}]]: bu bendahara, ini NPWP sy [[npwp:{NPWP1}]] dan no BPJS [[bpjs:{BPJS}]] utk data guru honor\n[{TGL} 09.41] Bendahara {SCH}: sdh sy terima pak, NPWP bendahara sekolah {NPWPB} nanti di bukti potong",
]
TEMPLATES["email_reply"] += [
    "From: [[name:{N1}]] <[[email:{EM1}]]>\nTo: bendahara.dinkes@kupangkota.go.id\nSubject: Honor kader belum masuk\n\nYth. Bendahara,\nHonor kader posyandu bulan {TGL} belum masuk. Rekening saya BRI [[bank_account:{BRI}]] a.n. [[name:{N1}]], NPWP [[npwp:{NPWP1}]], NIK [[nik:{NIK1}]].\n\nSalam,\n[[name:{G1}]]",
]
TEMPLATES["phone_log"] += [
    "Petugas: Nomor kartu BPJS Bapak?\nPelapor: [[bpjs:{BPJS}]].\nPetugas: NPWP untuk data pemberi kerja?\nPelapor: Sa kerja sendiri, NPWP pribadi [[npwp:{NPWP5}]].\nPetugas: Nama?\nPelapor: [[name:{N5}]]. NIK [[nik:{NIK5}]].",
]
TEMPLATES["ocr_form"] += [
    "DAFTAR PEMBAYARAN HONOR GURU TIDAK TETAP\n{SCH} - Bulan {TGL}\nNo | Nama | NPWP | No. Rek Bank NTT | Jumlah\n1 | [[name:{N1}]] | [[npwp:{NPWP1}]] | [[bank_account:{BNTT}]] | {RP}\n2 | [[name:{N2}]] | [[npwp:{NPWP2}]] | [[bank_account:{BNTT}]] | {RP}\nNPWP Bendahara: {NPWPB}",
]
TEMPLATES["neighbourhood_notice"] += [
    "Daftar warga yang diusulkan PBI JKN dari RW 0{NO}\nNama;NIK;No Kartu BPJS\n[[name:{N1}]];[[nik:{NIKB1}]];[[bpjs:{BPJS}]]\n[[name:{N2}]];[[nik:{NIKB2}]];[[bpjs:{BPJS}]]\n[[name:{N3}]];[[nik:{NIKB3}]];[[bpjs:{BPJS}]]\nDiserahkan ke Dinsos {TGL}.",
]
TEMPLATES["facebook_post"] += [
    "[[name:{N1}]]\nUntuk teman-teman UMKM Kupang: sa su urus NPWP usaha perorangan sa [[npwp:{NPWP1}]] gratis di KPP, jangan mau bayar calo {RP}. Tanya-tanya boleh ke email sa [[email:{EM1}]].",
]
TEMPLATES["officer_memo"] += [
    "Hasil pemadanan NPWP pelapor keberatan pajak restoran:\n1. [[name:{N1}]] - NPWP [[npwp:{NPWP1}]] - cocok\n2. [[name:{N2}]] - NPWP [[npwp:{NPWP2}]] - tidak cocok, cek NIK [[nik:{NIK2}]]\n3. [[name:{N3}]] - NPWP [[npwp:{NPWP3}]] - cocok\nCatatan: NPWP {CO} {NPWPB} dikeluarkan dari daftar (badan).",
    "Catatan: Pelapor [[name:{N1}]] (BPJS [[bpjs:{BPJS}]], NIK [[nik:{NIK1}]]) mengadukan penolakan pasien di {PKM}. NPWP [[npwp:{NPWP1}]] dicantumkan pelapor untuk klaim ganti biaya. Teruskan ke Dinkes, tembusan BPJS Kesehatan.",
]
TEMPLATES["kupang_malay"] += [
    "Sa pung laki [[name:{N5}]] su pi karja di Malaysia, ma dia pung NPWP [[npwp:{NPWP5}]] masih dapa tagih pajak. Sa mau tanya, sa bisa urus ko sonde? Sa pung KIS [[bpjs:{BPJS}]], nama [[name:{N7}]], NPWP sa [[npwp:{NPWP7}]].",
]


def main() -> None:
    rng = random.Random(SEED)
    seen: set[str] = set()
    records = []
    uses: dict[str, int] = {}
    for style, templates in TEMPLATES.items():
        for ti, tpl in enumerate(templates):
            mode, body = (tpl[0], tpl[2:]) if tpl[1:2] == "|" else ("K", tpl)
            for _ in range(3):
                for _attempt in range(30):
                    raw = casing(fill(body, rng), mode, rng)
                    text, spans = strip_labels(raw)
                    if text not in seen:
                        break
                else:
                    raise SystemExit(f"cannot vary {style} #{ti}")
                check(text, spans, f"{style} #{ti}")
                seen.add(text)
                uses[f"{style}{ti}"] = uses.get(f"{style}{ti}", 0) + 1
                records.append((style, text, spans))
    rng.shuffle(records)
    lines = []
    for n, (style, text, spans) in enumerate(records, start=1):
        clean = [
            {"kind": s["kind"], "start": s["start"], "end": s["end"]}
            for s in sorted(spans, key=lambda s: s["start"])
        ]
        lines.append(
            json.dumps(
                {"id": f"b11-{n:04d}", "text": text, "spans": clean, "style": style},
                ensure_ascii=False,
            )
        )
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert max(uses.values()) <= 3
    kinds: dict[str, int] = {}
    styles: dict[str, list[int]] = {}
    for style, _text, spans in records:
        st = styles.setdefault(style, [0, 0])
        st[0] += 1
        st[1] += 0 if spans else 1
        for s in spans:
            kinds[str(s["kind"])] = kinds.get(str(s["kind"]), 0) + 1
    report = {
        "texts": len(records),
        "templates": len(uses),
        "without": sum(1 for r in records if not r[2]),
        "kinds": dict(sorted(kinds.items(), key=lambda kv: -kv[1])),
        "styles": styles,
        "sha256": hashlib.sha256(OUT.read_bytes()).hexdigest(),
    }
    sys.stdout.write(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
