# ruff: noqa: E501, UP031, T201, PLR0911, PLR0912, RUF005
"""Write redaction_dev18.jsonl: numbers and mailboxes, which a person hides and which stay.

Deterministic (seed 20261218). Templates are hand-written; ``{X}`` placeholders are filled from
lists, labelled values become inline ``[[kind:value]]`` markers, and the markers are stripped into
exact character offsets, every span checked.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261218
OUT = Path(__file__).with_name("redaction_dev18.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
STYLES = [
    "letter",
    "sms_plain",
    "sms_caps",
    "whatsapp",
    "web_form",
    "social",
    "call_transcript",
    "email_thread",
    "kupang_malay",
    "spreadsheet",
]
THEMES = ["phones", "npwp", "nik", "emails", "mixed"]
FILLS = 3
TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "bpk.",
    "sdr",
    "sdr.",
    "sdri.",
    "ny.",
    "bidan",
    "lurah",
    "guru",
    "dr.",
    "drs.",
    "pdt.",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kakak",
    "adik",
    "serka",
    "bripka",
    "briptu",
    "aipda",
    "suster",
    "pastor",
    "mr.",
    "mrs.",
    "yth.",
    "saudara",
    "sdri",
    "ny",
    "ibu.",
    "camat",
    "kaka",
    "ade",
    "usi",
    "bung",
}

R = random.Random(SEED)

MEN = [
    "Yohanes",
    "Agustinus",
    "Yakobus",
    "Obed",
    "Aser",
    "Yermias",
    "Nehemia",
    "Efraim",
    "Kornelis",
    "Godlief",
    "Mesakh",
    "Lodewyk",
    "Soleman",
    "Wellem",
    "Hironimus",
    "Blasius",
    "Marthen",
    "Daud",
    "Frans",
    "Petrus",
    "Paulus",
    "Simon",
    "Yusuf",
    "Nikodemus",
    "Umbu Manu",
    "Ketut",
    "Made",
    "Wayan",
    "Nyoman",
    "Andi",
    "Baso",
    "Muhammad Ridwan",
    "Abdul Rahman",
    "Hasan",
    "Umar",
    "Budi",
    "Slamet",
    "Joko",
    "Bambang",
    "Hendra",
    "Rudolf",
    "Dominggus",
    "Fransiskus",
    "Stefanus",
    "Benyamin",
    "Yulius",
    "Arnold",
    "Melkianus",
    "Gidion",
    "Piet",
    "Alfons",
    "Rony",
    "Sutomo",
    "Eko",
    "Rahmat",
    "Sahat",
    "Togar",
    "Ronald",
    "Jefri",
    "Kevin",
    "Yopi",
    "Decky",
    "Hengky",
    "Johny",
    "Ferdinan",
    "Anderias",
    "Titus",
    "Lukas",
    "Markus",
]
WOMEN = [
    "Yuliana",
    "Ester",
    "Rut",
    "Rambu Tamar",
    "Yanti",
    "Erni",
    "Sance",
    "Orpa",
    "Getruida",
    "Arnoldina",
    "Welhelmina",
    "Oktovina",
    "Siti Aminah",
    "Maria Goreti",
    "Indah",
    "Kasih",
    "Mei Hwa",
    "Siu Lan",
    "Ni Luh",
    "Kadek",
    "Nur Aini",
    "Fatimah",
    "Sri",
    "Dewi",
    "Wulan",
    "Ratna",
    "Sartika",
    "Agustina",
    "Marlin",
    "Selfi",
    "Apriani",
    "Novi",
    "Gracia",
    "Debora",
    "Yasinta",
    "Magdalena",
    "Veronika",
    "Theresia",
    "Anace",
    "Yustina",
    "Imelda",
    "Sofia",
    "Meri",
    "Lodia",
    "Naomi",
    "Rosalina",
    "Margaretha",
    "Elisabeth",
    "Dorkas",
    "Febri",
    "Santi",
    "Lenny",
    "Vivi",
    "Juwita",
    "Butet",
    "Sarah",
    "Aisyah",
    "Halimah",
    "Yuni",
]
FAMS = [
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
    "Adoe",
    "Haba",
    "Kapitan",
    "Toelle",
    "Sinlae",
    "Selan",
    "Touselak",
    "Nomleni",
    "Oematan",
    "Tnunay",
    "Taebenu",
    "Neolaka",
    "Ga Lena",
    "Dju Dara",
    "Bire",
    "Mone",
    "Lede",
    "Kana",
    "Nahak",
    "Seran",
    "Bria",
    "Koli",
    "Lamablawa",
    "Goran",
    "Kelen",
    "Wangge",
    "Pareira",
    "Da Costa",
    "Laka Lena",
    "Djami",
    "Mautuka",
    "Atapeni",
    "Maure",
    "Wila",
    "Tamelab",
    "Lapenangga",
    "Hadjon",
    "Suryani",
    "Wijaya",
    "Santoso",
    "Prasetyo",
    "Suartha",
    "Ariana",
    "Mahendra",
    "Hamzah",
    "Daeng Matta",
    "Syarif",
    "Alkatiri",
    "Bahasuan",
    "Baswedan",
    "Siregar",
    "Simanjuntak",
    "Nainggolan",
    "Lumban Tobing",
    "Wowor",
    "Rumondor",
    "Pattikawa",
    "Latuheru",
    "Tahapary",
    "Liem",
    "Tan",
    "Go",
    "Ong",
    "Lim",
    "Kho",
    "Sabneno",
    "Missa",
    "Lake",
    "Dethan",
    "Sjioen",
    "Uly",
]

KEL = [
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Oepura",
    "Naikolan",
    "Maulafa",
    "Sikumana",
    "Penfui",
    "Kolhua",
    "Fatukoa",
    "Naimata",
    "Belo",
    "Kelapa Lima",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Pasir Panjang",
    "Fatubesi",
    "Namosain",
    "Nunbaun Sabu",
    "Nunhila",
    "Alak",
    "Manulai II",
    "Penkase Oeleta",
    "Naioni",
    "Bakunase",
    "Kuanino",
    "Airnona",
    "Fontein",
    "Oetete",
    "Naikoten I",
    "Fatululi",
    "Solor",
    "Merdeka",
    "Bonipoi",
]
KEC = ["Oebobo", "Maulafa", "Kelapa Lima", "Alak", "Kota Raja", "Kota Lama"]
STREETS = [
    "Nangka",
    "Sukun",
    "Kenari",
    "Jambu",
    "Kelinci",
    "Nuri",
    "Cendana",
    "Flamboyan",
    "Kakatua",
    "Merpati",
    "Anggrek",
    "Melati",
    "Kamboja",
    "Delima",
    "Salak",
    "Manggis",
    "Bakau",
    "Cemara",
    "Lontar",
    "Gewang",
    "Asam",
    "Kapuk",
    "Beringin",
    "Mahoni",
    "Srikaya",
    "Matani",
    "Oelnasi",
    "Fetor Funay",
    "Bajawa",
    "Ende",
    "Sabu",
    "Alor",
    "Rote",
]
ROADS = [
    "Jl. El Tari",
    "Jl. Soeharto",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Timor Raya",
    "Jl. Adisucipto",
    "Jl. Amabi",
    "Jl. Herewila",
    "Jl. Moh. Hatta",
]
PKM = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oesapa",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Puskesmas Pasir Panjang",
    "Puskesmas Naioni",
    "Puskesmas Alak",
]
SCHOOL = [
    "SMPN 5 Kupang",
    "SDN Oebobo 2",
    "SMAN 3 Kupang",
    "SMKN 4 Kupang",
    "SD Inpres Oepura 2",
    "SMPK St. Theresia",
    "SDK St. Yoseph",
    "SMAN 1 Kupang",
    "SMPN 2 Kupang",
]
OFFICES = [
    "Dukcapil Kota Kupang",
    "Dinas Sosial",
    "Bapenda Kota Kupang",
    "PDAM Kota Kupang",
    "Dinas PUPR",
    "DLHK Kota Kupang",
    "Dishub Kota Kupang",
    "KPP Pratama Kupang",
    "Kantor Pertanahan Kota Kupang",
    "Dinas Kesehatan",
    "Kelurahan {KEL}",
    "Kecamatan {KEC}",
]
BIZ = [
    "Depo Air Oebufu",
    "Depo Isi Ulang Tirta Lontar",
    "Bengkel Maju Motor",
    "Bengkel Sinar Timor",
    "Toko Sinar Abadi",
    "Toko Bangunan Flobamora",
    "Travel Kupang-Soe Jaya",
    "Travel Timor Express",
    "Pangkalan Ojek Kuanino",
    "Rental Mobil Sasando",
    "Salon Cantik Ayu",
    "Catering Dapur Mama",
    "Apotek Kasih Ibu",
    "Laundry Bersih Wangi",
    "Foto Copy Berkat",
    "Counter Pulsa Liliba Cell",
    "Toko Umbu Jaya",
    "Warung Kopi Sasando",
    "Rental Motor Oesapa",
    "Catering Berkat Timor",
    "Bengkel Las Karya Lontar",
    "Depo Air Tirta Naioni",
    "Salon Nona Manis",
    "Toko Roti Surya",
]
COMP = [
    "CV Timor Jaya",
    "CV Sinar Timor",
    "CV Karya Lontar",
    "PT Flobamora Sejahtera",
    "UD Laut Timor",
    "UD Berkat Usaha",
    "CV Nusa Cendana",
    "PT Sasando Mandiri Konstruksi",
    "CV Oebobo Teknik",
    "UD Sumber Rejeki",
    "PT Bintang Timur Kupang",
    "CV Anugerah Kolhua",
]
KOPS = [
    "Koperasi Pedagang Ikan",
    "KSP Tunas Harapan",
    "Koperasi Serba Usaha Sasando",
    "Kopdit Swasti Sari",
    "Koperasi Nelayan Oesapa",
    "Koperasi Karyawan PDAM",
]
YAYASAN = [
    "Yayasan Pendidikan Kristen Kupang",
    "Yayasan Bina Insani",
    "Yayasan Sosial Lontar",
    "BUMDes Sejahtera",
    "Yayasan Panti Asuhan Kasih",
]
MAILHOST = [
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "rocketmail.com",
]
GOVHOST = [
    "kupangkota.go.id",
    "nttprov.go.id",
    "belajar.id",
    "pdamkotakupang.co.id",
    "bankntt.co.id",
    "undana.ac.id",
    "pajak.go.id",
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

PREF = [
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
    "0811",
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
    "0831",
    "0838",
]


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mobile_digits():
    return R.choice(PREF) + dg(R.choice([7, 8, 8, 8]))


def write_mobile(d, how=None):
    """Write the mobile number d (08...) in one of the ways people do."""
    how = how or R.choice(["b", "d", "s", "dot", "i", "i2", "i3", "62", "62s", "b", "s", "d"])
    a, rest = d[:4], d[4:]
    parts = [rest[:4], rest[4:]] if len(rest) > 4 else [rest]
    if how == "b":
        return d
    if how == "d":
        return "-".join([a, *parts])
    if how == "s":
        return " ".join([a, *parts])
    if how == "dot":
        return ".".join([a, *parts])
    if how == "i":
        return "+62 " + a[1:] + "-" + "-".join(parts)
    if how == "i2":
        return "+62" + d[1:]
    if how == "i3":
        return "+62 " + a[1:] + " " + " ".join(parts)
    if how == "62":
        return "62" + d[1:]
    if how == "62s":
        return "62 " + a[1:] + " " + " ".join(parts)
    if how == "ocr":
        s = list(d)
        for i in R.sample(range(1, len(s)), 3):
            s[i] = {"0": "O", "1": "l", "5": "S", "8": "B"}.get(s[i], s[i])
        return "".join(s)
    if how == "n":
        return a + " " + rest[:4] + "\n" + rest[4:]
    if how == "fw":
        return "".join(chr(0xFF10 + int(c)) for c in d)
    raise ValueError(how)


def landline(how=None):
    d = "8" + dg(5)
    how = how or R.choice(["s", "p", "p3", "d", "b"])
    return {
        "s": "0380 " + d,
        "p": "(0380) " + d,
        "p3": "(0380) " + d[:3] + " " + d[3:],
        "d": "0380-" + d,
        "b": "0380" + d,
    }[how]


REGS = ["71"] * 6 + [
    "01",
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "20",
    "21",
]


def nik_digits(female):
    day = R.randint(1, 28) + (40 if female else 0)
    return (
        "53"
        + R.choice(REGS)
        + "%02d" % R.randint(1, 12)
        + "%02d" % day
        + "%02d" % R.randint(1, 12)
        + "%02d" % R.randint(50, 99)
        + "%04d" % R.randint(1, 40)
    )


def kk_digits():
    return (
        "53"
        + R.choice(REGS)
        + "%02d" % R.randint(1, 12)
        + "%02d" % R.randint(1, 28)
        + "%02d" % R.randint(1, 12)
        + "%02d" % R.randint(5, 25)
        + "%04d" % R.randint(1, 3999)
    )


def ocr(d, n=2):
    s = list(d)
    pos = [i for i, c in enumerate(s) if c in "0158"]
    for i in R.sample(pos, min(n, len(pos))):
        s[i] = {"0": "O", "1": "l", "5": "S", "8": "B"}[s[i]]
    return "".join(s)


def write_nik(d, how=None):
    how = how or R.choice(["b", "b", "g", "d", "ocr", "b", "g"])
    if how == "b":
        return d
    if how == "g":
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if how == "d":
        return ".".join([d[:2], d[2:4], d[4:6], d[6:12], d[12:]])
    if how == "ocr":
        return ocr(d, R.choice([1, 2, 3]))
    if how == "15":
        return d[:10] + d[11:]
    if how == "17":
        return d[:9] + R.choice("0123456789") + d[9:]
    if how == "fw":
        return "".join(chr(0xFF10 + int(c)) for c in d)
    if how == "n":
        k = R.choice([6, 8, 10])
        return d[:k] + "\n" + d[k:]
    if how == "call":
        return " ".join(d[i : i + 2] for i in range(0, 16, 2))
    if how == "call4":
        return ", ".join(d[i : i + 4] for i in range(0, 16, 4))
    if how == "dash":
        return "-".join(d[i : i + 4] for i in range(0, 16, 4))
    raise ValueError(how)


def npwp_old_digits():
    return "%02d" % R.randint(1, 99) + dg(7) + R.choice(["920", "921", "922", "923"]) + "000"


def write_npwp(d, how=None):
    how = how or R.choice(["f", "f", "f", "t", "s", "dot", "ocr"])
    f = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    if how == "f":
        return f
    if how == "t":
        return d
    if how == "s":
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {d[9:12]} {d[12:]}"
    if how == "dot":
        return f.replace("-", ".")
    if how == "ocr":
        return ocr(f, 2)
    if how == "n":
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.\n{d[8]}-{d[9:12]}.{d[12:]}"
    if how == "dash2":
        return f"{d[:2]}-{d[2:5]}-{d[5:8]}-{d[8]}-{d[9:12]}-{d[12:]}"
    raise ValueError(how)


def slug(s):
    return re.sub(r"[^a-z]", "", s.lower())


def mailbox(g, f):
    g, f = slug(g.split()[0]), slug(f)
    local = R.choice(
        [
            f"{g}.{f}",
            f"{g}{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}{f}{R.randint(1, 99)}",
            f"{g}.{f}{R.randint(70, 99)}",
            f"{g[0]}.{f}",
            f"{g}-{f}",
            f"{g}{R.randint(10, 2000)}",
        ]
    )
    return local, R.choice(MAILHOST)


def dodge(local, host):
    h, tld = host.split(".", 1)
    how = R.choice(range(12))
    return [
        f"{local} @ {host}",
        f"{local}@ {h} .{tld}",
        f"{local}(at){host}",
        f"{local} [at] {h} [dot] {tld.replace('.', ' [dot] ')}",
        f"{local} at {h} dot {tld.replace('.', ' dot ')}",
        f"{local}(keong){host}",
        f"{local}(et){host}",
        f"{local}[@]{host}",
        f"{local} @{host}",
        f"{local}@{h}(titik){tld.replace('.', '(titik)')}",
        f"{local}@{h} titik {tld.replace('.', ' titik ')}",
        f"{local.replace('.', ' [dot] ')} [at] {h} [dot] {tld.replace('.', ' [dot] ')}",
    ][how]


def fw(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def bank(kind=None):
    kind = kind or R.choice(["BRI", "BNI", "Mandiri", "BCA", "Bank NTT"])
    if kind == "BRI":
        return kind, R.choice([f"{dg(4)}-01-{dg(6)}-5{dg(1)}-{dg(1)}", "4" + dg(14)])
    if kind == "BNI":
        return kind, R.choice(["0" + dg(9), "08" + dg(8)])
    if kind == "Mandiri":
        return kind, R.choice([f"1{dg(2)}-00-{dg(7)}-{dg(1)}", "1" + dg(12)])
    if kind == "BCA":
        return kind, R.choice([dg(10), f"{dg(3)}-{dg(7)}"])
    return kind, R.choice(
        [
            f"00{R.randint(1, 9)}.0{R.randint(1, 9)}.0{R.randint(1, 9)}.{dg(6)}-{dg(1)}",
            "00" + dg(11),
        ]
    )


def plate():
    return (
        R.choice(["DH", "DH", "DH", "EB", "ED", "EA"])
        + R.choice([" ", " ", ""])
        + str(R.randint(1, 9999))
        + R.choice([" ", " ", ""])
        + R.choice(["A", "AK", "AB", "AC", "BK", "AH", "K", "AJ"])
    )


def street_addr():
    s = R.choice(STREETS)
    n = R.randint(1, 140)
    return R.choice(
        [
            f"Jl. {s} No. {n}",
            f"Jl. {s} No {n}",
            f"Gg. {s} No. {n}",
            f"Jl. {s} Gg. {R.randint(1, 9)} No. {n}",
            f"Jl. {s} No. {n}{R.choice('AB')}",
            f"Lr. {s} No. {n}",
            f"Jln. {s} no. {n}",
            f"Perumnas Blok {R.choice('ABCDFGH')} No. {n}",
            f"BTN Kolhua Blok {R.choice('CDEF')}{R.randint(1, 9)} No. {n}",
        ]
    )


def rt_only():
    a, b = R.randint(1, 40), R.randint(1, 12)
    return R.choice(
        [
            f"RT {a:02d}/RW {b:02d}",
            f"RT {a} RW {b}",
            f"RT {a:03d}/RW {b:03d}",
            f"rt {a} rw {b}",
            f"RT {a}/RW {b}",
            f"RT.{a:02d}/RW.{b:02d}",
        ]
    )


def full_addr():
    r = R.random()
    if r < 0.45:
        return street_addr()
    if r < 0.75:
        return street_addr() + R.choice([", ", " "]) + rt_only()
    return rt_only()


class Person:
    def __init__(self, female, used_g, used_f):
        pool = WOMEN if female else MEN
        g = R.choice([x for x in pool if x not in used_g])
        f = R.choice([x for x in FAMS if x not in used_f])
        used_g.add(g)
        used_f.add(f)
        self.female, self.g, self.f = female, g, f
        self.mob = mobile_digits()
        self.nikd = nik_digits(female)
        self.kkd = kk_digits()
        self.npwpd = npwp_old_digits()
        self.local, self.host = mailbox(g, f)
        self.tel = landline()
        self.govhost = R.choice(
            [
                "kupangkota.go.id",
                "kupangkota.go.id",
                "kupangkota.go.id",
                "nttprov.go.id",
                "pdamkotakupang.co.id",
                "bankntt.co.id",
                "undana.ac.id",
            ]
        )
        self.maildodge = dodge(self.local, self.host)

    def attr(self, a):
        """(kind, value) for an attribute; kind None means not labelled."""
        gw = self.g.split()[0]
        simple = {
            "": ("name", f"{self.g} {self.f}"),
            "g": ("name", self.g),
            "g1": ("name", gw),
            "f": ("name", self.f),
            "gf": ("name", f"{gw} {self.f}"),
            "ini": ("name", f"{gw[0]}. {self.f}"),
            "hp": ("phone", write_mobile(self.mob)),
            "tel": ("phone", self.tel),
            "nik": ("nik", write_nik(self.nikd)),
            "kk": ("kk", write_nik(self.kkd)),
            "npwp": ("npwp", write_npwp(self.npwpd)),
            "npwp16": ("npwp", self.nikd),
            "npwp16g": ("npwp", write_nik(self.nikd, "g")),
            "npwp16o": ("npwp", "0" + self.npwpd),
            "mail": ("email", f"{self.local}@{self.host}"),
            "maild": ("email", self.maildodge),
            "mailgov": ("email", f"{slug(gw)}.{slug(self.f)}@{self.govhost}"),
            "mailbel": ("email", f"{slug(gw)}.{slug(self.f)}@belajar.id"),
            "addr": ("address", full_addr()),
            "street": ("address", street_addr()),
            "rt": ("address", rt_only()),
            "plate": ("plate", plate()),
            "bpjs": ("bpjs", "000" + dg(10)),
            "rekbri": ("bank_account", bank("BRI")[1]),
            "rekbni": ("bank_account", bank("BNI")[1]),
            "rekntt": ("bank_account", bank("Bank NTT")[1]),
            "rekmandiri": ("bank_account", bank("Mandiri")[1]),
        }
        if a in simple:
            return simple[a]
        if a.startswith("hp"):
            return "phone", write_mobile(self.mob, a[2:])
        if a.startswith("npwp16"):
            return "npwp", write_nik(self.nikd, a[6:])
        if a.startswith("npwp"):
            return "npwp", write_npwp(self.npwpd, a[4:])
        if a.startswith("nik"):
            return "nik", write_nik(self.nikd, a[3:])
        if a.startswith("kk"):
            return "kk", write_nik(self.kkd, a[2:])
        if a.startswith("tel"):
            return "phone", self.tel
        raise KeyError(a)


def d2():
    return "%02d" % R.randint(1, 28)


def tgl():
    return R.choice(
        [
            f"{R.randint(1, 28)} {R.choice(MONTHS)} 2026",
            f"{d2()}/{R.randint(1, 12):02d}/2026",
            f"{d2()}-{R.randint(1, 12):02d}-2026",
        ]
    )


def office_mail():
    return R.choice(
        [
            "pengaduan@kupangkota.go.id",
            "dukcapil@kupangkota.go.id",
            "humas@kupangkota.go.id",
            "dinsos.kotakupang@gmail.com",
            "pdam.kotakupang@gmail.com",
            "bapenda@kupangkota.go.id",
            "pkm.oebobo@gmail.com",
            "tu.smpn5kupang@gmail.com",
            "kelurahan.oesapa@gmail.com",
            "dlhk@kupangkota.go.id",
            "kpp.kupang@pajak.go.id",
            "puskesmas.sikumana@gmail.com",
            "ombudsman.ntt@ombudsman.go.id",
            "dinkes.kotakupang@gmail.com",
            "lurah.fatululi@gmail.com",
            "camat.oebobo@kupangkota.go.id",
            "cs@bankntt.co.id",
            "helpdesk@lapor.go.id",
            "kub.nelayan.bakunase@gmail.com",
            "pengaduan.rsud@gmail.com",
        ]
    )


LOOK = {
    "KEL": lambda: R.choice(KEL),
    "KEC": lambda: R.choice(KEC),
    "ROAD": lambda: R.choice(ROADS),
    "PKM": lambda: R.choice(PKM),
    "SCHOOL": lambda: R.choice(SCHOOL),
    "BIZ": lambda: R.choice(BIZ),
    "COMP": lambda: R.choice(COMP),
    "KOP": lambda: R.choice(KOPS),
    "YAY": lambda: R.choice(YAYASAN),
    "STR": lambda: "Jl. " + R.choice(STREETS),
    "DEPO": lambda: R.choice(
        [
            "Depo Air Oebufu",
            "Depo Isi Ulang Tirta Lontar",
            "Depo Air Tirta Naioni",
            "Depo Air Segar Liliba",
        ]
    ),
    "BENGKEL": lambda: R.choice(
        [
            "Bengkel Maju Motor",
            "Bengkel Sinar Timor",
            "Bengkel Las Karya Lontar",
            "Bengkel Motor Berkat Oesapa",
        ]
    ),
    "TRAVEL": lambda: R.choice(
        [
            "Travel Kupang-Soe Jaya",
            "Travel Timor Express",
            "Travel Flobamora Indah",
            "Travel Atambua Sejati",
        ]
    ),
    "SALON": lambda: R.choice(
        ["Salon Cantik Ayu", "Salon Nona Manis", "Salon Bunga Kupang", "Salon Melati Oebobo"]
    ),
    "CATER": lambda: R.choice(
        ["Catering Dapur Mama", "Catering Berkat Timor", "Catering Sasando", "Catering Rasa Lontar"]
    ),
    "RENTAL": lambda: R.choice(
        [
            "Rental Mobil Sasando",
            "Rental Motor Oesapa",
            "Rental Mobil Timor Indah",
            "Rental Mobil Lontar",
        ]
    ),
    "TOKO": lambda: R.choice(
        [
            "Toko Sinar Abadi",
            "Toko Bangunan Flobamora",
            "Toko Umbu Jaya",
            "Toko Roti Surya",
            "Apotek Kasih Ibu",
            "Foto Copy Berkat",
        ]
    ),
    "COUNTER": lambda: R.choice(
        ["Counter Pulsa Liliba Cell", "Counter Berkat Ponsel", "Toko HP Kupang Jaya"]
    ),
    "BIZHP": lambda: write_mobile(mobile_digits()),
    "OFCHP": lambda: write_mobile(mobile_digits(), R.choice(["d", "s", "b"])),
    "SCAMHP": lambda: write_mobile(mobile_digits()),
    "OFCTEL": lambda: landline(R.choice(["p", "p3", "d", "s"])),
    "MOB": mobile_digits,
    "NPWPB": lambda: write_npwp(npwp_old_digits(), R.choice(["f", "f", "t", "s"])),
    "NPWPB16": lambda: "0" + npwp_old_digits(),
    "FAKTUR": lambda: f"0{R.choice(['10', '40', '70'])}.{R.randint(0, 9)}{dg(2)}-26.{dg(8)}",
    "NOP": lambda: f"53.71.0{R.randint(10, 70)}.0{dg(2)}.0{dg(2)}-{dg(4)}.0",
    "NIP": lambda: (
        f"19{R.randint(65, 95)}{R.randint(1, 12):02d}{d2()} 20{R.randint(5, 20):02d}{R.randint(1, 12):02d} {R.randint(1, 2)} 00{R.randint(1, 9)}"
    ),
    "NIPB": lambda: (
        f"19{R.randint(65, 95)}{R.randint(1, 12):02d}{d2()}20{R.randint(5, 20):02d}{R.randint(1, 12):02d}{R.randint(1, 2)}00{R.randint(1, 9)}"
    ),
    "NISN": lambda: "00" + dg(8),
    "BPJSTK": lambda: "2" + dg(10),
    "SURAT": lambda: (
        f"{R.choice(['470', '400', '500', '900', '973', '800'])}/{R.randint(10, 999)}/{R.choice(['DKPS', 'DINSOS', 'BPD', 'KEL-OBB', 'PUPR', 'SETDA'])}/{R.choice(['X', 'XI', 'XII'])}/2026"
    ),
    "IDPEL": lambda: "53" + R.choice(["12", "13", "14"]) + dg(8),
    "METER": lambda: "1" + dg(10),
    "NOSAMB": lambda: f"0{R.randint(1, 9)}-0{R.randint(1, 9)}-{dg(6)}",
    "TIX": lambda: R.choice(
        [
            f"#LPR-2026-{dg(4)}-{dg(4)}",
            f"LAPOR-5371-2026-{dg(5)}",
            f"26{dg(2)}-{dg(4)}-{dg(3)}",
            f"#{dg(7)}",
        ]
    ),
    "VA": lambda: R.choice(
        [f"8808 {dg(4)} {dg(4)} {dg(4)}", f"88{dg(14)}", f"BRIVA {dg(5)} {mobile_digits()}"]
    ),
    "BILL": lambda: "82026" + dg(10),
    "TRX": lambda: "2026" + dg(12),
    "TOKEN": lambda: " ".join(dg(4) for _ in range(5)),
    "RESI": lambda: "JP" + dg(10),
    "UANG": lambda: R.choice(
        [
            "Rp 1.500.000",
            "Rp 250.000",
            "Rp75.000",
            "Rp 2,3 juta",
            "150 ribu",
            "Rp 500.000",
            "Rp 1.250.000",
            "Rp 85.000",
        ]
    ),
    "TGL": tgl,
    "JAM": lambda: f"{R.randint(7, 21):02d}.{R.choice(['00', '15', '30', '45', '10', '05'])}",
    "N": lambda: str(R.randint(2, 9)),
    "NN": lambda: str(R.randint(10, 60)),
    "NRT": lambda: str(R.randint(1, 40)),
    "SIM": lambda: dg(12),
    "PASPOR": lambda: "C" + dg(7),
    "OFCMAIL": office_mail,
    "KTA": lambda: dg(10),
    "NORUT": lambda: f"{R.randint(1, 9)}{dg(2)}",
    "KODE": lambda: dg(6),
    "NOKTP": lambda: dg(6),
    # labelled without a person
    "PLATE": lambda: ("plate", plate()),
    "ADDR": lambda: ("address", full_addr()),
    "RT": lambda: ("address", rt_only()),
    "STREETA": lambda: ("address", street_addr()),
    "KKX": lambda: ("kk", write_nik(kk_digits())),
    "NIKX": lambda: ("nik", write_nik(nik_digits(R.random() < 0.5))),
}

PH = re.compile(r"\{([A-Z]+[0-9]*)(?:\.([a-z0-9]+))?(?:\|([ulrcfs]+))?\}")
OPT = re.compile(r"<<(.*?)>>", re.S)
MARK = re.compile(r"\[\[([A-Za-z_]+):(.*?)\]\]", re.S)


def fill(src):
    src = OPT.sub(lambda m: R.choice(m.group(1).split("||")), src)
    people, used_g, used_f, cache = {}, set(), set(), {}
    minutes = [R.randint(7 * 60, 20 * 60)]

    def clock():
        minutes[0] += R.choice([1, 2, 3, 5, 8, 12, 20])
        return f"{minutes[0] // 60 % 24:02d}.{minutes[0] % 60:02d}"

    def person(key):
        if key not in people:
            female = key[0] == "F" or (key[0] in "PG" and R.random() < 0.5)
            people[key] = Person(female, used_g, used_f)
        return people[key]

    def rep(m):
        key, attr, mod = m.group(1), m.group(2) or "", m.group(3) or ""
        if attr == "fg":
            pp = person(key)
            return f"[[name:{pp.f}]], [[name:{pp.g}]]"
        if key[0] in "MFPG" and key[1:].isdigit():
            kind, val = person(key).attr(attr)
        elif key.rstrip("0123456789") in LOOK:
            base = key.rstrip("0123456789")
            if base != key and key in cache:
                v = cache[key]
            else:
                v = LOOK[base]() if base != "JAM" else clock()
                cache[key] = v
            kind, val = v if isinstance(v, tuple) else (None, v)
        else:
            raise KeyError(key)
        if "u" in mod:
            val = val.upper()
        if "l" in mod:
            val = val.lower()
        if "f" in mod:
            val = fw(val)
        if "s" in mod:
            val = slug(val)
        if "r" in mod or kind is None:
            return val
        return f"[[{kind}:{val}]]"

    return PH.sub(rep, src)


def strip(marked):
    text, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        text.append(marked[last : m.start()])
        pos += m.start() - last
        val = m.group(2)
        spans.append({"kind": m.group(1).lower(), "start": pos, "end": pos + len(val)})
        text.append(val)
        pos += len(val)
        last = m.end()
    text.append(marked[last:])
    return "".join(text), spans


def check(text, spans, tid):
    def bad(msg):
        sys.exit(f"{tid}: {msg}")

    if re.search(r"\[\[|\]\]|[{}]|<<|>>|\|\|", text):
        bad("marker or placeholder left")
    prev = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        k, a, b = s["kind"], s["start"], s["end"]
        v = text[a:b]
        if k not in KINDS:
            bad(f"kind {k}")
        if not v or a < prev:
            bad(f"empty or overlapping {k}")
        prev = b
        if not (v[0].isalnum() or (k == "phone" and v[0] in "+(")):
            bad(f"{k} starts badly: {v[0]!r}")
        if not v[-1].isalnum():
            bad(f"{k} ends badly: {v[-1]!r}")
        al = sum(c.isalnum() for c in v)
        if k == "name":
            if v.split()[0].lower() in TITLES or "@" in v or any(c.isdigit() for c in v):
                bad(f"name {v!r}")
        elif k in ("nik", "kk") and not 15 <= al <= 17:
            bad(f"{k} length {v!r}")
        elif k == "npwp" and al not in (15, 16):
            bad(f"npwp length {v!r}")
        elif k == "phone" and not 9 <= sum(c.isalnum() for c in v) <= 14:
            bad(f"phone {v!r}")
        elif k == "bpjs" and al != 13:
            bad("bpjs")
        elif k == "email" and not re.search(r"@|\(at\)|\[at\]| at |\(keong\)|\(et\)", v, re.I):
            bad(f"email {v!r}")


TEMPLATES = []


def t(style, theme, src):
    TEMPLATES.append((style, theme, src))


# ---------------------------------------------------------------- phones
P = "phones"
t(
    "letter",
    P,
    "Kepada Yth. Lurah {KEL1}\ndi tempat\n\nDengan hormat, saya {M1}, warga {M1.rt} Kel. {KEL1}, melaporkan bahwa depot air di ujung gang menjual air tanpa izin. Nomor depot yang tertulis di spanduknya {BIZHP}. Mohon ditertibkan. Bila perlu konfirmasi, hubungi HP saya {M1.hp}.\n\nHormat saya,\n{M1}",
)
t(
    "letter",
    P,
    "Kepada Yth. Kepala {PKM1}\n\nKami sampaikan bahwa nomor pendaftaran online puskesmas {OFCHP} tidak pernah dibalas sejak {TGL}. Call center Dinkes (0380) 8{NORUT}{NORUT} juga sibuk terus. Kami mohon ada petugas yang menjawab. Surat ini kami tulis atas nama warga pengguna layanan.\n\nHormat kami,\nForum Warga Peduli Kota",
)
t(
    "letter",
    P,
    "Perihal: Penipuan mengatasnamakan PLN\n\nYth. Manajer PLN UP3 Kupang,\nPada {TGL} ada telepon dari {SCAMHP} yang mengaku petugas PLN dan meminta transfer {UANG} untuk ganti meteran. ID pelanggan kami {IDPEL}. Kami tidak mentransfer. Mohon diumumkan agar warga waspada; pengaduan resmi tetap lewat PLN 123.\n\nSalam,\nPengurus RT",
)
t(
    "letter",
    P,
    "Kepada Yth. Kapolsek Kelapa Lima\n\nSaya, {F1}, pemilik kios sembako di {F1.street}, Kel. {KEL1}. Kios ini rumah saya sendiri. Sejak {TGL} ada orang menelepon dari nomor {M3.hp} mengancam saya. Anak saya {M2.g} juga menerima SMS dari nomor yang sama. Nomor saya yang aktif: {F1.hpd}, telepon rumah {F1.tel}.\n\nHormat saya,\n{F1}",
)
t(
    "sms_plain",
    P,
    "KOTKUPANG sy mau lapor bengkel {BENGKEL} di {ROAD} pasang harga tdk wajar, no wa bengkel {BIZHP}. sy dikasi nota tanpa cap. tks",
)
t(
    "sms_plain",
    P,
    "KOTKUPANG selamat sore, sy {G1.g|l} dr kel {KEL1}. lampu jalan mati 2 minggu, sdh telp hotline PLN 123 tdk ada respon. kalo perlu hub sy di {G1.hpb}",
)
t(
    "sms_plain",
    P,
    "KOTKUPANG Ada sms dr {SCAMHP} ngaku dr Dinsos bilang sy dpt BLT {UANG} asal kirim pulsa. Itu penipuan kah? Tolong umumkan. Pengaduan resmi ke 1708 ya",
)
t(
    "sms_plain",
    P,
    "KOTKUPANG tukang ojek pangkalan depan pasar tu nomornya {BIZHP}, dong pasang tarif {UANG} ke Oesapa, terlalu mahal. mohon dishub tegur",
)
t(
    "sms_caps",
    P,
    "KOTKUPANG SAYA {M1.g} WARGA {M1.rt} KEL {KEL1}. {TRAVEL} DENGAN NO {BIZHP} TIDAK ANTAR BARANG SAYA KE SOE PADAHAL SUDAH BAYAR {UANG}. HP SAYA {M1.hp}",
)
t(
    "sms_caps",
    P,
    "KOTKUPANG MOHON INFO NOMOR WA PENGADUAN DUKCAPIL YG BENAR, SAYA DAPAT 2 NOMOR {OFCHP} DAN {OFCHP}. MANA YG RESMI? TERIMA KASIH",
)
t(
    "sms_caps",
    P,
    "KOTKUPANG HATI2 ADA TELPON DARI {SCAMHP} MENGAKU PETUGAS BANK MINTA KODE OTP. SUDAH ADA 3 WARGA RT {NRT} KENA. CALL CENTER BANK 14017 BILANG ITU BUKAN MEREKA",
)
t(
    "sms_caps",
    P,
    "KOTKUPANG SAYA PENJUAL MOTOR BEKAS PRIBADI BUKAN DEALER. IKLAN SAYA DI FB DIPAKAI ORANG LAIN DENGAN NOMOR {M2.hp}. NOMOR SAYA YANG ASLI {F1.hp}. NAMA SAYA {F1}",
)
t(
    "whatsapp",
    P,
    "[{TGL1} {JAM}] Admin Puskesmas: Selamat pagi, untuk pendaftaran silakan WA ke nomor kami {OFCHP} atau telp {OFCTEL}.\n[{TGL1} {JAM}] {F1|l}: baik bu, tapi nomor itu tdk aktif. bisa hubungi sy di {F1.hp} kalau ada jadwal\n[{TGL1} {JAM}] Admin Puskesmas: Baik ibu, kami catat.",
)
t(
    "whatsapp",
    P,
    "[{TGL1} {JAM}] {M1}: teman2 hati2 nomor {SCAMHP} ngaku dari Dukcapil minta foto KTP\n[{TGL1} {JAM}] {F2}: iya beta ju dapat, katanya petugas perekaman\n[{TGL1} {JAM}] {M1}: lapor saja ke pengaduan 1708 ko",
)
t(
    "whatsapp",
    P,
    "[{TGL1} {JAM}] Grup Warga RT: Info catering murah utk acara syukuran: {CATER} WA {BIZHP}, rental tenda {BIZHP}\n[{TGL1} {JAM}] Grup Warga RT: Salon rias pengantin jg ada, telp {BIZHP}",
)
t(
    "whatsapp",
    P,
    "[{TGL1} {JAM}] {M1|l}: kak nomor tukang sumur bor yang kemarin berapa?\n[{TGL1} {JAM}] {F2|l}: om {M3.g} pung hp {M3.hps}, dia kerja sendiri sa\n[{TGL1} {JAM}] {M1|l}: makasih kak",
)
t(
    "web_form",
    P,
    "Nama Pelapor: {F1}\nNo. HP/WA: {F1.hp}\nKategori: Perhubungan\nIsi Laporan: {RENTAL} (telp {BIZHP}) menahan KTP saya sebagai jaminan dan tidak mau mengembalikan. Nopol mobil sewaan {PLATE}.\nLokasi: {ROAD}",
)
t(
    "web_form",
    P,
    "Judul: Nomor layanan tidak aktif\nKategori: Kesehatan\nKerahasiaan: Anonim\nIsi: Call center RSUD 119 dan nomor WA informasi rumah sakit {OFCHP} tidak bisa dihubungi pada {TGL} malam. Pasien harus antar sendiri.\nNomor tiket: {TIX}",
)
t(
    "web_form",
    P,
    "Nama: anonim\nIsi laporan: Ada akun yang jual paket umroh murah pakai nomor {SCAMHP}, bilang dia dari travel resmi {TRAVEL}. Travelnya sendiri sudah klarifikasi di nomor kantor {OFCTEL}. Mohon diusut.\nTanggal kejadian: {TGL}",
)
t(
    "web_form",
    P,
    "Nama Lengkap: {M1}\nAlamat: {M1.addr}, Kel. {KEL1}\nTelepon rumah: {M1.tel}\nHP: {M1.hpi}\nUraian: Tetangga saya {F2} buka bengkel las di depan rumah sampai jam 23.00. Nomor bengkel di papan: {BIZHP}.",
)
t(
    "social",
    P,
    "Info buat warga Kupang: Depo air isi ulang yang airnya kotor itu {DEPO}, nomor di galon {BIZHP}. Sudah lapor ke Dinkes lewat WA center {OFCHP}. #kupang #airbersih\n\nKomentar:\nkupang_bersuara: sama, beta ju beli di situ\nwarga_oebufu: bagus lapor saja",
)
t(
    "social",
    P,
    "{F1} menulis: Tolong bantu share, bapak saya {M2} (68 th) hilang sejak {TGL} di sekitar Pasar Oebobo. Kalau lihat tolong hubungi {F1.hp} atau kakak saya {M3.g} {M3.hp}. Terima kasih.",
)
t(
    "social",
    P,
    "HATI-HATI PENIPUAN! Nomor {SCAMHP} dan {SCAMHP} mengaku dari Bapenda Kota Kupang, minta bayar denda pajak kendaraan lewat transfer. Bapenda tidak pernah minta lewat WA. Info resmi: {OFCTEL}.",
)
t(
    "social",
    P,
    "@LAPOR1708 ojek online di depan Bandara El Tari dilarang naik oleh pangkalan. Nomor koordinator pangkalan {BIZHP} tidak mau angkat. Dishub tolong turun tangan. #Kupang",
)
t(
    "call_transcript",
    P,
    "Petugas: Call center 112 Kota Kupang, ada yang bisa dibantu?\nPenelepon: Ada kebakaran kecil di dapur tetangga, {RT} Kel. {KEL1}.\nPetugas: Nama bapak?\nPenelepon: {M1}.\nPetugas: Nomor yang bisa dihubungi?\nPenelepon: {M1.hps}.\nPetugas: Baik, Damkar menuju lokasi.",
)
t(
    "call_transcript",
    P,
    "Agen: Selamat siang, PDAM Kota Kupang. Untuk pengaduan selanjutnya bapak bisa hubungi kami di {OFCTEL} atau WA center {OFCHP}.\nPelanggan: Nomor sambungan saya {NOSAMB}, air sudah lima hari mati.\nAgen: Baik, tiket {TIX} sudah kami buat.",
)
t(
    "call_transcript",
    P,
    "Operator: Dishub, selamat pagi.\nPenelepon: Pak, ada angkot lampu {N} yang sopirnya mabuk, nopolnya {PLATE}.\nOperator: Dengan siapa saya bicara?\nPenelepon: {F1}, rumah saya di {F1.street}.\nOperator: Nomor ibu?\nPenelepon: {F1.hpdot}, atau telepon rumah {F1.tel}.",
)
t(
    "call_transcript",
    P,
    "CS: Bank NTT, dengan {F2.g} bisa dibantu?\nNasabah: Saya ditelepon nomor {SCAMHP} yang bilang dari Bank NTT, minta PIN.\nCS: Itu bukan nomor kami bapak. Nomor resmi kami hanya {OFCTEL}, kami tidak pernah minta PIN.\nNasabah: Baik.",
)
t(
    "email_thread",
    P,
    "From: {F1} <{F1.mail}>\nTo: pengaduan@kupangkota.go.id\nSubject: Salon di samping rumah\n\nSelamat siang. {SALON} (WA {BIZHP}) membuang limbah cat rambut ke got depan rumah saya di {F1.street}. Mohon ditindaklanjuti. HP saya {F1.hp}.\n\nSalam,\n{F1}",
)
t(
    "email_thread",
    P,
    "From: Humas PDAM Kota Kupang <humas@pdamkotakupang.co.id>\nTo: pelanggan\nSubject: Nomor layanan baru\n\nMulai {TGL} pengaduan gangguan dapat disampaikan ke call center {OFCTEL}, WA center {OFCHP} dan SMS 1708. Nomor lama {OFCHP} tidak aktif lagi.\n\nHumas PDAM Kota Kupang\nTelp. {OFCTEL}",
)
t(
    "email_thread",
    P,
    "Subject: Re: Penipuan atas nama Dinas Sosial\n\n> Apakah nomor {SCAMHP} itu benar petugas PKH?\n\nBukan. Nomor yang mengaku petugas PKH itu penipu. Pendamping resmi hanya menghubungi lewat kantor kelurahan, telp {OFCTEL}.\n\nDinas Sosial Kota Kupang\nBidang Perlindungan Sosial\nWA {OFCHP}",
)
t(
    "email_thread",
    P,
    "Pada {TGL} {JAM}, {M1} <{M1.mail}> menulis:\n> Nomor HP wartawan kami {M1.g1} adalah {M1.hp}, silakan hubungi untuk konfirmasi berita. Nomor redaksi {OFCTEL}.\n\nTerima kasih Pak {M1.g1}, kami akan hubungi.\n{F2}\nStaf Humas",
)
t(
    "kupang_malay",
    P,
    "KOTKUPANG beta mau lapor, itu {BENGKEL} dong buang oli di kali. nomor bengkel {BIZHP}. beta pung nomor {G1.hp}, nama {G1.g}",
)
t(
    "kupang_malay",
    P,
    "KOTKUPANG bosong hati2 e, ada orang telpon pake nomor {SCAMHP} bilang dia dari PLN, minta doi ganti kabel. beta sonde kasi.",
)
t(
    "kupang_malay",
    P,
    "Kaka, kalo mau pesan kue untuk sidi, telpon sa {CATER} di {BIZHP}. Ko kalo mau yang rumahan, mama {F1.g} jual sendiri, dia pung hp {F1.hp}.",
)
t(
    "kupang_malay",
    P,
    "KOTKUPANG puskesmas pung nomor WA {OFCHP} tu sonde pernah balas. beta su chat dari hari senin. tolong dolo kasi tau dong",
)
t(
    "spreadsheet",
    P,
    "No;Nama Usaha;Jenis;Telepon\n1;{DEPO};depot air;{BIZHP}\n2;{BENGKEL};bengkel;{BIZHP}\n3;{TRAVEL};travel;{OFCTEL}\n4;{SALON};salon;{BIZHP}",
)
t(
    "spreadsheet",
    P,
    "Nama Pelapor,No HP,Kelurahan,Keluhan\n{M1},{M1.hpb},{KEL},lampu jalan mati\n{F2},{F2.hpd},{KEL},air PDAM keruh\n{M3},{M3.hp},{KEL},sampah tdk diangkut",
)
t(
    "spreadsheet",
    P,
    "Nomor Penipu | Mengaku Sebagai | Tanggal Laporan\n{SCAMHP} | petugas Dukcapil | {TGL}\n{SCAMHP} | admin PKH | {TGL}\n{SCAMHP} | kurir paket | {TGL}",
)
t(
    "spreadsheet",
    P,
    "Instansi\tTelepon\tWhatsApp\n{PKM}\t{OFCTEL}\t{OFCHP}\n{SCHOOL}\t{OFCTEL}\t{OFCHP}\nKelurahan {KEL}\t{OFCTEL}\t{OFCHP}",
)


# ---------------------------------------------------------------- npwp
N = "npwp"
t(
    "letter",
    N,
    "Kepada Yth. Kepala KPP Pratama Kupang\n\nSaya yang bertanda tangan di bawah ini, {F1}, NIK {F1.nik}, NPWP {F1.npwp}, memohon pembetulan data karena NPWP saya tercatat ganda dengan NPWP {F1.npwp16}. Saya pedagang perorangan di Pasar Oebobo.\n\nHormat saya,\n{F1}",
)
t(
    "letter",
    N,
    "Nomor: {SURAT}\nPerihal: Permohonan pembayaran termin\n\nKepada Yth. PPK Dinas PUPR\n\n{COMP}, NPWP {NPWPB}, beralamat di {STR} No. {NN}, dengan ini mengajukan pembayaran termin II sesuai faktur pajak {FAKTUR}. Nilai {UANG}.\n\nDirektur",
)
t(
    "letter",
    N,
    "Kepada Yth. Bendahara {SCHOOL1}\n\nBersama ini saya sampaikan NPWP pribadi saya untuk pemotongan PPh honor: {M1.npwp}. Nama di NPWP {M1|u}. NIP tidak ada karena saya guru honor.\n\nHormat saya,\n{M1}",
)
t(
    "letter",
    N,
    "Perihal: Keberatan PBB\n\nYth. Kepala Bapenda Kota Kupang,\nKami pengurus {KOP} (NPWP {NPWPB}) mengajukan keberatan atas SPPT PBB tahun 2026 dengan NOP {NOP}. Surat ketetapan nomor {SURAT}. Nilai ketetapan {UANG} tidak sesuai luas bangunan.\n\nKetua Pengurus",
)
t(
    "sms_plain",
    N,
    "KOTKUPANG sy {F1.g|l}, npwp sy {F1.npwpt} sdh 3 kali ditolak di aplikasi coretax katanya tdk valid. mohon bantuan kpp",
)
t(
    "sms_plain",
    N,
    "KOTKUPANG mau tanya npwp cv kami {NPWPB} kenapa blm muncul di sistem pengadaan? no surat {SURAT}. trims",
)
t(
    "sms_plain",
    N,
    "KOTKUPANG bendahara sekolah minta npwp semua guru honor. ini punya sy {M1.npwp16}, nama {M1|l}. tlg dicek di sistem",
)
t(
    "sms_plain",
    N,
    "KOTKUPANG faktur {FAKTUR} dr toko bangunan tdk bisa dikreditkan, npwp toko {NPWPB} katanya non aktif. sy rugi {UANG}",
)
t(
    "sms_caps",
    N,
    "KOTKUPANG SAYA {M1} NPWP {M1.npwps} MINTA EFIN ULANG SUDAH 2 MINGGU TDK ADA BALASAN DR KPP",
)
t(
    "sms_caps",
    N,
    "KOTKUPANG NPWP BENDAHARA {SCHOOL1} {NPWPB} TDK BISA DIPAKAI SETOR PPH HONOR BULAN INI, KODE BILLING {BILL} GAGAL",
)
t(
    "sms_caps",
    N,
    "KOTKUPANG NPWP ALM BAPAK SAYA {M2} {M2.npwp} MASIH DITAGIH PAJAK PADAHAL SUDAH MENINGGAL {TGL}. MOHON DIHAPUS. DARI {F1.g}",
)
t(
    "sms_caps",
    N,
    "KOTKUPANG NOP {NOP} DAN NPWP YAYASAN {NPWPB} TERCATAT BEDA ALAMAT. MOHON DINAS PERBAIKI. TERIMA KASIH",
)
t(
    "whatsapp",
    N,
    "[{TGL1} {JAM}] Bendahara SMP: Bapak/ibu guru honor mohon kirim NPWP hari ini.\n[{TGL1} {JAM}] {F1}: {F1.npwp}\n[{TGL1} {JAM}] {M2|l}: punya sy {M2.npwp16}\n[{TGL1} {JAM}] Bendahara SMP: terima kasih",
)
t(
    "whatsapp",
    N,
    "[{TGL1} {JAM}] {M1}: ini foto npwp sy, hasil scan:\nNPWP : {M1.npwpocr}\nNAMA : {M1|u}\n[{TGL1} {JAM}] Admin KPP: Baik pak, kami cek.",
)
t(
    "whatsapp",
    N,
    "[{TGL1} {JAM}] Admin Koperasi: Info: NPWP {KOP} {NPWPB}. Untuk faktur pembelian pupuk pakai nomor ini.\n[{TGL1} {JAM}] Admin Koperasi: NOP gudang {NOP}",
)
t(
    "whatsapp",
    N,
    "[{TGL1} {JAM}] {F1|l}: npwp usaha sy perorangan, jadi pakai npwp pribadi sy ya {F1.npwpt}\n[{TGL1} {JAM}] {M2|l}: ok kak, nanti sy masukkan di faktur",
)
t(
    "web_form",
    N,
    "Nama Wajib Pajak: {M1}\nNPWP: {M1.npwp}\nNIK: {M1.nik}\nAlamat: {M1.addr}\nKeluhan: Tagihan PBB NOP {NOP} atas nama saya padahal tanah sudah dijual tahun lalu.",
)
t(
    "web_form",
    N,
    "Nama Badan: {COMP}\nNPWP Badan: {NPWPB}\nAlamat Usaha: {STR} No. {NN}\nKeluhan: Faktur {FAKTUR} ditolak. Nomor SPM {SURAT}.\nKontak: kantor {OFCTEL}",
)
t(
    "web_form",
    N,
    "Kategori: Perpajakan\nIsi: NPWP 16 digit sa sekarang sama dengan NIK, {F1.npwp16}, tapi di aplikasi masih minta yang lama {F1.npwp}. Mohon petunjuk.\nPelapor: {F1}",
)
t(
    "web_form",
    N,
    "Kategori: Pengadaan\nIsi: Pemenang tender rehab {SCHOOL1} adalah {COMP} NPWP {NPWPB16}, padahal kontraktor ini sudah diblacklist. Nomor kontrak {SURAT}. Nilai {UANG}.\nKerahasiaan: Rahasia",
)
t(
    "social",
    N,
    "Admin, mau tanya. NPWP toko {NPWPB} di struk belanja {TOKO} apakah asli? Nomor faktur {FAKTUR}. Takut struk palsu. #pajak",
)
t(
    "social",
    N,
    "{M1} berbagi: Akhirnya NPWP sy {M1.npwp} bisa dipadankan dengan NIK. Ternyata harus datang ke KPP langsung. Terima kasih petugas yang sabar.",
)
t(
    "social",
    N,
    "Postingan ulang: Dijual tanah 300 m2 di Kolhua, SHM, NOP {NOP}, PBB lunas. Hubungi kantor notaris {OFCTEL}. (bukan milik pribadi admin)",
)
t(
    "social",
    N,
    "Komentar:\n{F1|l}: npwp mama sy {F2} {F2.npwps} dipakai orang buat pinjol!\n{M3|l}: lapor polisi kaka\nadmin_kupanginfo: silakan lapor ke KPP lewat kring pajak 1500200",
)
t(
    "call_transcript",
    N,
    "Petugas: Kring Pajak, dengan siapa?\nPenelepon: {F1}.\nPetugas: NPWP ibu?\nPenelepon: {F1.npwp}.\nPetugas: Baik, NPWP ibu aktif. Kode billing {BILL} berlaku sampai {TGL}.",
)
t(
    "call_transcript",
    N,
    "Petugas: Ada yang bisa dibantu?\nPenelepon: Saya bendahara koperasi, NPWP koperasi kami {NPWPB} tidak terbaca.\nPetugas: Untuk badan silakan datang ke KPP dengan akta. Nomor antrean {KODE}.",
)
t(
    "call_transcript",
    N,
    "Operator: Layanan Bapenda, selamat siang.\nWajib pajak: Saya mau tanya NPWPD {CATER}, nomornya {NPWPB}.\nOperator: Itu nomor usaha ya bapak. Tagihan bulan ini {UANG}, VA {VA}.",
)
t(
    "call_transcript",
    N,
    "Petugas: Nomor pokok wajib pajak bapak?\nPenelepon: Sebentar, saya baca dari kartu... {M1.npwps}.\nPetugas: Atas nama?\nPenelepon: {M1}.",
)
t(
    "email_thread",
    N,
    "From: {M1} <{M1.mail}>\nTo: kpp.kupang@pajak.go.id\nSubject: Pemadanan NIK-NPWP\n\nNPWP lama saya {M1.npwp}, NIK {M1.nikg}. Mohon dipadankan.\n\nTerima kasih,\n{M1}",
)
t(
    "email_thread",
    N,
    "From: Bagian Keuangan <keuangan@sinartimor.co.id>\nTo: ppk.pupr@kupangkota.go.id\nSubject: Faktur termin II\n\nTerlampir faktur {FAKTUR}, NPWP perusahaan {NPWPB}, rekening perusahaan sesuai kontrak {SURAT}.\n\nBagian Keuangan",
)
t(
    "email_thread",
    N,
    "Subject: Fwd: NPWP bendahara\n\n---------- Forwarded message ---------\nFrom: Bendahara {SCHOOL1} <bendahara.sekolah.kupang@gmail.com>\n\nNPWP bendahara {NPWPB} dipakai untuk setor PPh 21 guru. Jangan pakai NPWP pribadi.\n\nTU",
)
t(
    "email_thread",
    N,
    "Pada {TGL}, {F1} <{F1.mail}> menulis:\n> NPWP saya {F1.npwpn}\n> tolong dicek\n\nIbu {F1.g1}, NPWP ibu sudah aktif kembali.\nKPP Pratama Kupang",
)
t(
    "kupang_malay",
    N,
    "KOTKUPANG beta pung NPWP {M1.npwp} su mati ko apa, kenapa bank sonde terima. beta {M1.g}",
)
t(
    "kupang_malay",
    N,
    "Koperasi di kampung pung NPWP {NPWPB}, tapi ketua bilang itu NPWP dia pribadi. Mana yang betul? beta sonde mangarti",
)
t(
    "kupang_malay",
    N,
    "KOTKUPANG toko bangunan kasi nota ada NPWP toko {NPWPB} deng faktur {FAKTUR} ma harga naik sonde jelas",
)
t(
    "kupang_malay",
    N,
    "Mama {F1.g} tu jual kue sendiri, dia pung NPWP pribadi {F1.npwp16g}. Dinas minta NPWP untuk izin usaha, jadi beta kirim yang itu.",
)
t(
    "spreadsheet",
    N,
    "No,Nama Wajib Pajak,NPWP,Jenis\n1,{M1|u},{M1.npwp},orang pribadi\n2,{COMP},{NPWPB},badan\n3,{F2|u},{F2.npwp16},orang pribadi\n4,{KOP},{NPWPB},badan",
)
t(
    "spreadsheet",
    N,
    "Nama Rekanan | NPWP | No Faktur | Nilai\n{COMP} | {NPWPB} | {FAKTUR} | {UANG}\n{COMP} | {NPWPB} | {FAKTUR} | {UANG}\n{YAY} | {NPWPB} | {FAKTUR} | {UANG}",
)
t(
    "spreadsheet",
    N,
    "NIP\tNama Guru\tNPWP\n{NIP}\t{F1}\t{F1.npwp}\n-\t{M2}\t{M2.npwpt}\n{NIP}\t{F3}\t{F3.npwp16}",
)
t(
    "spreadsheet",
    N,
    "NOP;Letak Objek;Kelurahan;NPWP Pemilik Badan\n{NOP};{STR};{KEL};{NPWPB}\n{NOP};{STR};{KEL};{NPWPB}\n{NOP};{STR};{KEL};-",
)


# ---------------------------------------------------------------- nik
K = "nik"
t(
    "letter",
    K,
    "Kepada Yth. Kepala Dinas Dukcapil Kota Kupang\n\nSaya {F1}, NIK {F1.nik}, No. KK {F1.kk}, memohon perbaikan tanggal lahir anak saya {M2.g} (NIK {M2.nik}) yang tertulis salah pada akta. Nomor register akta {SURAT}.\n\nHormat saya,\n{F1}",
)
t(
    "letter",
    K,
    "Perihal: Pemblokiran NIK\n\nYth. Dukcapil,\nNIK ayah kami almarhum {M1}, {M1.nikd}, masih dipakai untuk pinjaman online. Kami lampirkan surat kematian nomor {SURAT}. KK kami {M1.kkg}.\n\nHormat kami,\nkeluarga {M1.f}",
)
t(
    "letter",
    K,
    "Kepada Yth. Kepala Bapenda\n\nBersama ini kami lampirkan SPPT dengan NOP {NOP}, ID pelanggan PLN {IDPEL} dan nomor sambungan PDAM {NOSAMB} sebagai bukti alamat objek pajak. Mohon koreksi luas tanah.\n\nHormat kami,\nPengurus Gereja GMIT Kasih",
)
t(
    "letter",
    K,
    "Kepada Yth. Kepala {SCHOOL1}\n\nDengan hormat, kami sampaikan data siswa penerima PIP: NISN {NISN}, NISN {NISN}, NISN {NISN}. Kode pembayaran {BILL} dan nomor VA {VA} tidak bisa dibuka.\n\nKomite Sekolah",
)
t(
    "sms_plain",
    K,
    "KOTKUPANG nik sy {F1.nik15} tdk terdaftar di dtks pdhl sdh urus di kelurahan. nama {F1|l} kel {KEL1}",
)
t(
    "sms_plain",
    K,
    "KOTKUPANG id pelanggan pln {IDPEL} token {TOKEN} tdk masuk, sdh bayar {UANG} no transaksi {TRX}",
)
t(
    "sms_plain",
    K,
    "KOTKUPANG ktp el sy sdh 6 bln blm jadi, nik {M1.nikg}, no antrian {KODE}. mohon dukcapil cek",
)
t(
    "sms_plain",
    K,
    "KOTKUPANG tiket {TIX} blm ada tindak lanjut. kode billing {BILL}, va {VA}, tgl {TGL}",
)
t("sms_caps", K, "KOTKUPANG NIK SAYA {M1.nikocr} DIPAKAI ORANG UTK SIM CARD. NAMA SAYA {M1}")
t(
    "sms_caps",
    K,
    "KOTKUPANG KK SAYA DOBEL. NO KK LAMA {P1.kk} NO KK BARU {KKX}. MOHON DIHAPUS SATU. DARI {P1.g} DI {KEL1}",
)
t(
    "sms_caps",
    K,
    "KOTKUPANG NO METER PDAM {METER} DAN NO SAMBUNGAN {NOSAMB} BEDA DI TAGIHAN. TAGIHAN {UANG}. TOLONG CEK",
)
t(
    "sms_caps",
    K,
    "KOTKUPANG NIK ISTRI SAYA {F1.nik17} TDK MUNCUL DI KIS. NO KARTU KIS {F1.bpjs}. SAYA {M2.g}",
)
t(
    "whatsapp",
    K,
    "[{TGL1} {JAM}] {F1}: kak ini nik sy {F1.nikn}\n[{TGL1} {JAM}] Admin Kelurahan: Baik ibu, kami input ke DTKS.\n[{TGL1} {JAM}] {F1}: terima kasih",
)
t(
    "whatsapp",
    K,
    "[{TGL1} {JAM}] Admin Dukcapil: Untuk cek status berkas silakan kirim nomor antrean, bukan NIK. Contoh nomor antrean: {KODE}\n[{TGL1} {JAM}] Admin Dukcapil: Layanan buka Senin-Jumat 08.00-15.00",
)
t(
    "whatsapp",
    K,
    "[{TGL1} {JAM}] {M1|l}: ini data buat bantuan:\nNIK: {M1.nikfw}\nKK: {M1.kk}\n[{TGL1} {JAM}] Pendamping PKH: ok om, sy catat",
)
t(
    "whatsapp",
    K,
    "[{TGL1} {JAM}] {F1|l}: bayar pbb pake kode bayar {BILL} ya?\n[{TGL1} {JAM}] {M2|l}: iya, NOP di sppt {NOP}, jangan salah\n[{TGL1} {JAM}] {F1|l}: ok",
)
t(
    "web_form",
    K,
    'Nama: {F1}\nNIK: {F1.nikg}\nNo. KK: {F1.kkd}\nAlamat: {F1.addr}\nKeluhan: Nama di KK tertulis "[[name:{F1.g|r} {F2.f|r}]]", seharusnya {F1}.',
)
t(
    "web_form",
    K,
    "Kategori: Kependudukan\nNomor Tiket: {TIX}\nIsi: Antrean online Dukcapil {TGL} penuh terus. Nomor antrean {KODE} dipanggil tapi loket tutup jam {JAM}.\nKerahasiaan: Anonim",
)
t(
    "web_form",
    K,
    "Nama Pemohon: {M1}\nNo. Induk Kependudukan: {M1.nikd}\nNISN anak: {NISN}\nIsi: Anak saya {M2.g} tidak dapat PIP padahal NISN sudah benar.",
)
t(
    "web_form",
    K,
    "Jenis: Bantuan Sosial\nIsi: BPNT bulan ini tidak cair. Kode penyaluran {KTA}, kode transaksi {TRX}, tanggal {TGL}. Mohon Dinsos cek.\nPelapor: Anonim",
)
t(
    "social",
    K,
    "Jangan sebar foto KTP ya! Tetangga saya {F1.g} difoto KTPnya, NIK {F1.nikd} dipakai pinjol. Sekarang ditagih {UANG}. #kupang #pinjol",
)
t(
    "social",
    K,
    "Info Dukcapil: cetak KTP-el bisa tiap <<Sabtu||Sabtu pagi||hari Sabtu mulai {JAM}>> di Mal Pelayanan Publik. Bawa nomor antrean dari aplikasi. Contoh format nomor: {KODE}. Tidak perlu kirim NIK lewat komentar!",
)
t(
    "social",
    K,
    "Komentar:\n{M1|l}: admin, nik sy {M1.nik} kok tdk terdaftar BPJS?\nadmin_bpjs_kupang: silakan DM, jangan tulis NIK di kolom komentar bapak.",
)
t(
    "social",
    K,
    "Struk bayar PDAM bulan ini: no sambungan {NOSAMB}, no meter {METER}, tagihan {UANG}, ID transaksi {TRX}. Naik 2x lipat! Ada yang sama? #PDAMKupang",
)
t(
    "call_transcript",
    K,
    "Petugas: Dukcapil Kota Kupang, ada yang bisa dibantu?\nPenelepon: Saya mau cek KTP saya, NIK {F1.nikcall}.\nPetugas: Atas nama?\nPenelepon: {F1}.\nPetugas: KTP ibu sudah bisa diambil.",
)
t(
    "call_transcript",
    K,
    "Petugas: Nomor KK bapak?\nPenelepon: {M1.kkcall4}.\nPetugas: Dan NIK bapak?\nPenelepon: {M1.nikcall4}.\nPetugas: Baik, datanya sudah padan. Nomor pengaduan {TIX}.",
)
t(
    "call_transcript",
    K,
    "Agen: PLN 123, ID pelanggannya?\nPelanggan: {IDPEL}.\nAgen: Nomor meter?\nPelanggan: {METER}.\nAgen: Baik, laporan gangguan nomor {TIX} sudah kami teruskan.",
)
t(
    "call_transcript",
    K,
    "Petugas: BPJS Kesehatan, nomor kartunya?\nPenelepon: {F1.bpjs}.\nPetugas: NIK?\nPenelepon: {F1.nik}.\nPetugas: Status aktif, ibu {F1.g1}. Tagihan {UANG}.",
)
t(
    "email_thread",
    K,
    "From: {M1} <{M1.mail}>\nTo: dukcapil@kupangkota.go.id\nSubject: NIK tidak aktif\n\nNIK saya {M1.nik}, KK {M1.kk}. Status di aplikasi tidak aktif.\n\n{M1}",
)
t(
    "email_thread",
    K,
    "From: noreply@lapor.go.id\nSubject: Status laporan {TIX}\n\nLaporan Anda telah didisposisikan ke Dinas Dukcapil Kota Kupang pada {TGL}. Silakan pantau di https://www.lapor.go.id.\n\nEmail ini dikirim otomatis.",
)
t(
    "email_thread",
    K,
    "Subject: Re: Data KK\n\n> Di KK saya ({P1.kk}) nama istri salah\n> NIK istri di KK tercatat {F2.nik}\n\nSudah kami perbaiki. Silakan cetak ulang.\nDukcapil Kota Kupang",
)
t(
    "email_thread",
    K,
    "From: Bendahara BOS <bos.smpn2kupang@gmail.com>\nSubject: Data NISN\n\nNISN {NISN}, {NISN} dan {NISN} belum masuk Dapodik. Kode registrasi {KODE}.\n\nTata Usaha {SCHOOL1}",
)
t(
    "kupang_malay",
    K,
    "KOTKUPANG beta pung KTP hilang, NIK {M1.nik}. bisa urus baru ko sonde? beta {M1.g}",
)
t("kupang_malay", K, "KOTKUPANG NIK di KK tatulis {P1.nik}, ma di KTP lain. bosong tolong dolo")
t(
    "kupang_malay",
    K,
    "Ini nomor antrean Dukcapil {KODE} deng nomor tiket {TIX}. Su dua minggu sonde ada kabar. Tagihan PDAM ju naik {UANG}.",
)
t(
    "kupang_malay",
    K,
    "Mama pung NIK {F1.nikocr}, tapi dong bilang mama su meninggal di data. Mama masih hidup! Mama nama {F1}.",
)
t(
    "spreadsheet",
    K,
    "No KK: {M1.kk}\nNo | Nama | NIK | Hubungan\n1 | {M1|u} | {M1.nikb} | KEPALA KELUARGA\n2 | [[name:{F2.g|ur} {M1.f|ur}]] | {F2.nikb} | ISTRI\n3 | [[name:{M3.g|ur} {M1.f|ur}]] | {M3.nikb} | ANAK",
)
t(
    "spreadsheet",
    K,
    "ID Pelanggan,No Meter,Tarif,Tagihan\n{IDPEL},{METER},R1/900VA,{UANG}\n{IDPEL},{METER},R1/1300VA,{UANG}\n{IDPEL},{METER},R1/450VA,{UANG}",
)
t(
    "spreadsheet",
    K,
    "Nama Penerima;NIK;Kelurahan;Nominal\n{F1};{F1.nik};{KEL};{UANG}\n{M2};{M2.nikd};{KEL};{UANG}\n{F3};{F3.nikocr};{KEL};{UANG}",
)
t(
    "spreadsheet",
    K,
    "NISN\tNama Sekolah\tKode Bayar\n{NISN}\t{SCHOOL}\t{BILL}\n{NISN}\t{SCHOOL}\t{BILL}\n{NISN}\t{SCHOOL}\t{BILL}",
)


# ---------------------------------------------------------------- emails
E = "emails"
t(
    "letter",
    E,
    "Kepada Yth. Kepala Dinas Pendidikan Kota Kupang\n\nSaya {F1}, guru honor di {SCHOOL1}. Pengumuman seleksi PPPK dikirim ke email dinas saya {F1.mailgov}, bukan ke email pribadi {F1.mail}. Mohon disamakan. Tembusan: tu.smpn5kupang@gmail.com.\n\nHormat saya,\n{F1}",
)
t(
    "letter",
    E,
    "Kepada Yth. Sekretaris Daerah Kota Kupang\n\nKami <<mohon||minta dengan hormat||berharap>> agar semua surat balasan dikirim ke sekretariat.forumwarga@gmail.com dan bukan ke noreply@lapor.go.id yang tidak bisa dibalas. <<Laman||Situs||Website>> www.kupangkota.go.id juga belum mencantumkan alamat pengaduan@kupangkota.go.id.\n\nHormat kami,\nForum Warga Peduli Kota",
)
t(
    "letter",
    E,
    "Perihal: Surat palsu atas nama Kemensos\n\nYth. Kepala Dinas Sosial,\n<<Warga kami||Beberapa warga||Lima warga>> menerima surat dari bansos.kemensos.ntt@gmail.com yang meminta data rekening. Mohon diumumkan bahwa alamat itu bukan milik kementerian. Pengaduan resmi ke dinsos.kotakupang@gmail.com.\n\nKetua RT {NRT}, {TGL}",
)
t(
    "letter",
    E,
    "Kepada Yth. Lurah {KEL1}\n\nSaya {M1}, tinggal di {M1.addr}. Saya sudah mengirim berkas ke lurah.{KEL1|sl}@gmail.com tetapi belum dijawab. Balasan dapat dikirim ke {M1.maild}.\n\nHormat saya,\n{M1}",
)
t(
    "sms_plain",
    E,
    "KOTKUPANG sy sdh kirim berkas ke dukcapil@kupangkota.go.id tp tdk dibalas 2 minggu. tiket {TIX}. mohon cek",
)
t(
    "sms_plain",
    E,
    "KOTKUPANG email sy {F1.maild} blm terima balasan dr bkpsdm soal sk honor. nama {F1|l}",
)
t(
    "sms_plain",
    E,
    "KOTKUPANG <<ada email||tadi ada email||kemarin sy dpt email>> dr bpjs.kesehatan.kupang@gmail.com minta foto kartu, itu resmi kah? pengaduan bpjs 165 tdk nyambung",
)
t(
    "sms_plain",
    E,
    "KOTKUPANG bapenda tolong aktifkan email ke wajib pajak. sy daftar pakai email {M1.mail} tp notif ke noreply@pajak.go.id sj",
)
t(
    "sms_caps",
    E,
    "KOTKUPANG EMAIL SAYA {M1.mail} DIHACK DAN DIPAKAI KIRIM PENIPUAN KE GRUP GURU. NAMA SAYA {M1}",
)
t(
    "sms_caps",
    E,
    "KOTKUPANG ALAMAT EMAIL PENGADUAN PDAM YG DI STRUK PDAM.KOTAKUPANG@GMAIL.COM TDK AKTIF SEJAK {TGL}. MOHON DIPERBAIKI",
)
t(
    "sms_caps",
    E,
    "KOTKUPANG BALASAN DIKIRIM KE {F1.maild} SAJA KARENA HP SAYA RUSAK. TERIMA KASIH, {F1.g}",
)
t(
    "sms_caps",
    E,
    "KOTKUPANG AKUN IG @DISDUKCAPIL_KUPANG_RESMI ITU PALSU, MINTA KIRIM DATA KE DUKCAPIL.KUPANG.RESMI@GMAIL.COM. TOLONG UMUMKAN, SUDAH {N} ORANG KIRIM",
)
t(
    "whatsapp",
    E,
    "[{TGL1} {JAM}] {F1}: Kak, bisa kirim formulir ke email saya? {F1.mail}\n[{TGL1} {JAM}] Admin Kelurahan: Baik ibu, kami kirim dari kelurahan.{KEL1|sl}@gmail.com ya.",
)
t(
    "whatsapp",
    E,
    "[{TGL1} {JAM}] Info Sekolah: Pendaftaran PPDB hanya lewat https://ppdb.kupangkota.go.id. Pertanyaan ke panitia.ppdb.kupang@gmail.com. Jangan kirim berkas ke email pribadi guru.\n[{TGL1} {JAM}] Info Sekolah: IG sekolah @smpn5kupang",
)
t(
    "whatsapp",
    E,
    "[{TGL1} {JAM}] {M1|l}: email pak {M2.g1} {M2.maild} ya, bukan yg kantor\n[{TGL1} {JAM}] {F3|l}: sip sdh sy kirim\n[{TGL1} {JAM}] {M1|l}: tks",
)
t(
    "whatsapp",
    E,
    "[{TGL1} {JAM}] {F1|l}: ada yg tau email camat?\n[{TGL1} {JAM}] {M2|l}: camat.{KEC1|sl}@kupangkota.go.id, tp lebih cepat ke humas@kupangkota.go.id\n[{TGL1} {JAM}] {F1|l}: makasih",
)
t(
    "web_form",
    E,
    "Nama: {M1}\nEmail: {M1.mail}\nNo. HP: {M1.hp}\nIsi: Saya tidak menerima kode verifikasi dari noreply@lapor.go.id saat daftar akun. Sudah cek folder spam.",
)
t(
    "web_form",
    E,
    "Nama: Anonim\nEmail: -\nIsi: Website https://disdukcapil.kupangkota.go.id tidak bisa diakses dari {TGL}. Email helpdesk@kupangkota.go.id juga memantulkan surat. Screenshot: IMG_2026{KODE}@kupang.jpg",
)
t(
    "web_form",
    E,
    "Nama Pelapor: {F1}\nSurel: [[email:{F1.g1|sr}.{F1.f|sr}@kupangkota.go.id]]\nJabatan: staf kelurahan\nIsi: Email dinas saya (kupangkota.go.id) dipakai orang untuk mendaftar pinjol. Mohon diblokir.",
)
t(
    "web_form",
    E,
    "Kategori: Pendidikan\nIsi: Sekolah minta kirim tugas ke tugas.smpn5kupang@gmail.com dan osis.smpn2kupang@gmail.com, tapi kotak surat penuh sejak {TGL}. Contoh di edaran malah user@example.com.\nPelapor: orang tua murid",
)
t(
    "social",
    E,
    "Buat yang mau lapor soal jalan rusak, kirim foto ke pupr@kupangkota.go.id atau tag @pemkotkupang. Batas kirim {TGL}. Jangan ke email pribadi pegawai. #KupangKotaKasih",
)
t(
    "social",
    E,
    "{F1} menulis: Saya kehilangan dompet di angkot lampu {N}. Isinya KTP dan kartu ATM. Kalau ada yang temukan, email saya {F1.maild} atau WA {F1.hp}.",
)
t(
    "social",
    E,
    "Komentar:\n{M1|l}: admin boleh minta email dinkes?\nDinkes Kota Kupang: dinkes.kotakupang@gmail.com ya bapak\n{F2|l}: sy sdh kirim ke situ, tdk dibalas. email sy {F2.mail} kalau admin mau hubungi",
)
t(
    "social",
    E,
    "Awas! Ada email dari cs.pln.ntt@gmail.com berisi tagihan palsu {UANG}. PLN hanya pakai domain pln.co.id. Cek di web www.pln.co.id atau PLN Mobile. Info: @pln_ntt",
)
t(
    "call_transcript",
    E,
    "Petugas: Untuk salinan putusan kami kirim via email. Alamat email bapak?\nPenelepon: {M1.mail}.\nPetugas: Nama lengkap?\nPenelepon: {M1}.\nPetugas: Baik, dikirim dari pengaduan@kupangkota.go.id.",
)
t(
    "call_transcript",
    E,
    "Agen: Bank NTT, dengan {F1.g} bisa dibantu?\nNasabah: Saya dapat email dari cs.bankntt.resmi@gmail.com minta update data.\nAgen: Itu bukan email kami, email resmi kami cs@bankntt.co.id.\nNasabah: Terima kasih.",
)
t(
    "call_transcript",
    E,
    "Petugas: Email ibu apa?\nPenelepon: {F1.maild}.\nPetugas: Maaf, huruf depannya?\nPenelepon: Sama dengan nama saya, {F1.g}.\nPetugas: Baik.",
)
t(
    "call_transcript",
    E,
    "Operator: Ombudsman NTT, selamat pagi.\nPenelepon: Mau kirim laporan lewat email, alamatnya apa?\nOperator: Ke ntt@ombudsman.go.id, atau lewat website ombudsman.go.id. Sertakan nomor tiket {TIX}.",
)
t(
    "email_thread",
    E,
    'From: "{F1}" <{F1.mail}>\nTo: Humas Pemkot Kupang <humas@kupangkota.go.id>\nCc: {M2.fg} <{M2.mail}>\nSubject: Pengaduan lampu jalan\n\nLampu jalan di {ROAD} mati. Mohon dicek.\n\n{F1}',
)
t(
    "email_thread",
    E,
    "From: noreply@lapor.go.id\nTo: pelapor\nSubject: Laporan {TIX} ditindaklanjuti\n\nLaporan Anda diteruskan ke DLHK Kota Kupang (dlhk@kupangkota.go.id). Jangan membalas email ini.\n\n-- \nSP4N-LAPOR!",
)
t(
    "email_thread",
    E,
    "Pada {TGL} {JAM}, {F1} <{F1.mailgov}> menulis:\n> Mohon kirim daftar penerima ke guru-honor@googlegroups.com\n\nSudah saya kirim, Bu.\n{M2}\n{M2.mail}",
)
t(
    "email_thread",
    E,
    "From: {M1.fg} <{M1.mailgov}>\nTo: bendahara.sekolah.kupang@gmail.com\nSubject: SPJ\n\nMohon SPJ dikirim ke email bidang keuangan.dinas@kupangkota.go.id.\n\nSalam",
)
t(
    "kupang_malay",
    E,
    "KOTKUPANG beta su kirim foto ke email kantor dukcapil@kupangkota.go.id ma dong sonde balas. beta pung email {M1.maild}",
)
t(
    "kupang_malay",
    E,
    "Bosong jang kirim data ke bansos.kemensos.ntt@gmail.com e, itu tipu. Dinsos sonde pake email gmail begitu. Su {N} orang kena.",
)
t(
    "kupang_malay",
    E,
    "Kaka {F1.g}, nanti kirim sa ke beta pung email {M2.mail}, jang ke kantor pung. Beta pung bos sonde boleh liat.",
)
t(
    "kupang_malay",
    E,
    "KOTKUPANG web pajak.go.id sonde bisa buka dari jam {JAM}, email kpp.kupang@pajak.go.id ju pantul. bagaimana ni",
)
t(
    "spreadsheet",
    E,
    "Nama,Email,Kelurahan\n{F1},{F1.mail},{KEL}\n{M2},{M2.mail},{KEL}\n{F3},{F3.mail},{KEL}",
)
t(
    "spreadsheet",
    E,
    "Instansi | Email | Website\nDukcapil | dukcapil@kupangkota.go.id | disdukcapil.kupangkota.go.id\nDLHK | dlhk@kupangkota.go.id | dlhk.kupangkota.go.id\nPuskesmas Oebobo | pkm.oebobo@gmail.com | telp {OFCTEL}",
)
t(
    "spreadsheet",
    E,
    "Nama Kelompok;Email;Ketua\nPoktan Sumber Makmur;poktan.sumbermakmur@gmail.com;{M1}\nKUB Nelayan Bakunase;kub.nelayan.bakunase@gmail.com;{M2}\nKSP Tunas Harapan;ksp.tunasharapan@yahoo.co.id;{F3}",
)
t(
    "spreadsheet",
    E,
    "Pengirim\tAlamat\tKeterangan\nnoreply@lapor.go.id\t-\totomatis\ncs@bankntt.co.id\t-\tCS bank\nbansos.kemensos.ntt@gmail.com\t-\tpalsu\nhelpdesk@lapor.go.id\t-\thelpdesk, masuk {TGL}",
)


# ---------------------------------------------------------------- mixed
X = "mixed"
t(
    "letter",
    X,
    "Kepada Yth. Wali Kota Kupang\nc.q. Unit Pengaduan Kasih\n\nSaya {M1}, NIK {M1.nik}, NPWP {M1.npwp}, tinggal di {M1.addr}, Kel. {KEL1}. Saya menyewa ruko dari {COMP} (NPWP {NPWPB}) dan diminta membayar PBB NOP {NOP} yang seharusnya kewajiban pemilik. Telp rumah {M1.tel}, HP {M1.hp}, email {M1.mail}.\n\nHormat saya,\n{M1}",
)
t(
    "letter",
    X,
    "Kepada Yth. Kepala Dinas Sosial Kota Kupang\n\nKami pengurus KSP Tunas Harapan (NPWP {NPWPB}, telp kantor {OFCTEL}, email ksp.tunasharapan@yahoo.co.id) melaporkan adanya penipuan lewat nomor {SCAMHP} yang mengaku dari Dinsos. Kerugian anggota {UANG}. Nomor laporan polisi STPL/{NN}/XI/2026.\n\nKetua Pengurus",
)
t(
    "letter",
    X,
    "Perihal: Data ganda penerima bantuan\n\nYth. Lurah {KEL1},\nIbu saya {F1} (NIK {F1.nikd}, KK {F1.kk}) tercatat dua kali, sekali dengan nomor HP {F1.hp} dan sekali dengan nomor HP saya {M2.hp}. Mohon dirapikan. Balasan ke {M2.maild}.\n\nHormat saya,\n{M2}",
)
t(
    "letter",
    X,
    "Nomor: {SURAT}\nLampiran: 1 berkas\nPerihal: Undangan rapat\n\nKepada Yth. Ketua RT se-Kelurahan {KEL1}\n\nMohon hadir pada {TGL} pukul {JAM} di kantor kelurahan. Konfirmasi ke {OFCTEL} atau kelurahan.{KEL1|s}@gmail.com.\n\nLurah {KEL1}",
)
t(
    "sms_plain",
    X,
    "KOTKUPANG sy {F1|l} nik {F1.nik} hp {F1.hp}. bpjs sy {F1.bpjs} nonaktif pdhl pbi. mohon dinsos cek",
)
t(
    "sms_plain",
    X,
    "KOTKUPANG tiket {TIX}: {DEPO} no {BIZHP} jual air tanpa uji lab. dinkes wa center {OFCHP} tdk balas. npwp depot {NPWPB}",
)
t(
    "sms_plain",
    X,
    "KOTKUPANG sy ditipu org ngaku kurir, no {SCAMHP}, suruh transfer ke rek BRI {M1.rekbri} a.n {M1|l}. sy kirim {UANG}. tlg polisi usut",
)
t(
    "sms_plain",
    X,
    "KOTKUPANG kode billing {BILL} dan va {VA} utk bayar pbb nop {NOP} gagal terus. bapenda telp {OFCTEL} sibuk",
)
t(
    "sms_caps",
    X,
    "KOTKUPANG SAYA {M1} NIK {M1.nikg} NO HP {M1.hp} EMAIL {M1.mail} MINTA DATA DTKS DIPERBAIKI. ALAMAT {M1.addr}",
)
t(
    "sms_caps",
    X,
    "KOTKUPANG ID PEL {IDPEL} TOKEN {TOKEN} BELUM MASUK. CALL CENTER 123 SURUH TUNGGU. NO TRANSAKSI {TRX}",
)
t(
    "sms_caps",
    X,
    "KOTKUPANG TUKANG BANGUNAN {M1} HP {M1.hp} KABUR BAWA UANG {UANG}. DIA KERJA SENDIRI BUKAN KONTRAKTOR. KTP DIA NIK {M1.nik}. DARI {F2.g}",
)
t(
    "sms_caps",
    X,
    "KOTKUPANG WA CENTER DUKCAPIL {OFCHP} DAN EMAIL DUKCAPIL@KUPANGKOTA.GO.ID TDK RESPON. NO ANTREAN {KODE}",
)
t(
    "whatsapp",
    X,
    "[{TGL1} {JAM}] {M1}: Bu {F2.g1}, ini data sy utk BLT: NIK {M1.nik}, KK {M1.kk}, rek BNI {M1.rekbni}\n[{TGL1} {JAM}] {F2}: ok pak, HP bapak yg aktif?\n[{TGL1} {JAM}] {M1}: {M1.hp}",
)
t(
    "whatsapp",
    X,
    "[{TGL1} {JAM}] Admin Kelurahan: Pengumuman: pendaftaran bantuan lewat kantor, telp {OFCTEL}, email kelurahan.{KEL1|s}@gmail.com. Waspada nomor {SCAMHP} yang mengaku staf kelurahan.\n[{TGL1} {JAM}] Admin Kelurahan: NPWP BUMDes {NPWPB} hanya untuk laporan keuangan.",
)
t(
    "whatsapp",
    X,
    "[{TGL1} {JAM}] {F1|l}: pak rt, nomor sy ganti {F1.hp}, email {F1.maild}\n[{TGL1} {JAM}] {M2|l}: ok ibu {F1.g1|l}, sy update\n[{TGL1} {JAM}] {F1|l}: tinggal di {F1.street} ya pak, bukan yg lama",
)
t(
    "whatsapp",
    X,
    "[{TGL1} {JAM}] Info PLN: Gangguan di Kel. {KEL1}. Pengaduan: PLN 123 / WA {OFCHP}. Jangan layani nomor {SCAMHP} yang minta biaya.\n[{TGL1} {JAM}] Info PLN: ID pelanggan contoh: {IDPEL}",
)
t(
    "web_form",
    X,
    "Nama: {F1}\nNIK: {F1.nik}\nNPWP: {F1.npwp}\nHP: {F1.hp}\nEmail: {F1.mail}\nAlamat: {F1.addr}\nIsi: Saya membeli tanah dengan NOP {NOP} dari {M2}, tetapi BPHTB ditagih dua kali. Kode billing {BILL}.",
)
t(
    "web_form",
    X,
    "Instansi terlapor: Puskesmas Sikumana\nIsi: Nomor WA pendaftaran {OFCHP} dan telepon {OFCTEL} tidak aktif. Email puskesmas.sikumana@gmail.com tidak dibalas. NPWP bendahara puskesmas {NPWPB} ada di kuitansi.\nPelapor: Anonim",
)
t(
    "web_form",
    X,
    "Nama Pelapor: {M1}\nHP: {M1.hp}\nIsi: Saya ditipu akun yang jual tiket kapal, nomor {SCAMHP}, mengaku dari ASDP. Saya transfer ke rekening Mandiri {M3.rekmandiri} a.n. {M3}. NIK yang dia kirim sebagai jaminan {M3.nik}.",
)
t(
    "web_form",
    X,
    "Kategori: Perizinan\nNomor permohonan: {SURAT}\nIsi: CV Timor Jaya (NPWP {NPWPB}, email admin@timorjaya.co.id, kantor {OFCTEL}) mengurus izin sejak {TGL}, belum keluar.\nKerahasiaan: Rahasia",
)
t(
    "social",
    X,
    "Mohon bantuan! Adik saya {F2} (NIK {F2.nik}) jadi korban calo TKI. Calo pakai nomor {SCAMHP} dan mengaku dari BP2MI. Hubungi saya {M1} di {M1.hp} atau {M1.mail}.",
)
t(
    "social",
    X,
    "UMKM Kupang! Kue lapis {CATER}: WA {BIZHP}, IG @kuelapis.kupang, email order.kuelapis@gmail.com. NPWP usaha {NPWPB}. Melayani pesanan untuk acara. #umkmkupang",
)
t(
    "social",
    X,
    "Komentar:\n{F1|l}: sy jual rumah sendiri di {F1.street}, hub {F1.hp}\n{M2|l}: bukan lewat agen kah?\n{F1|l}: bukan, milik pribadi. email {F1.mail}",
)
t(
    "social",
    X,
    "Thread: daftar kontak darurat Kota Kupang\nDamkar 113 / {OFCTEL}\nPolresta 110\nPMI {OFCTEL}\nPLN 123\nPDAM WA {OFCHP}\nEmail pengaduan@kupangkota.go.id\nSimpan ya!",
)
t(
    "call_transcript",
    X,
    "Petugas: Pengaduan Kasih, dengan siapa?\nPenelepon: {F1}, NIK {F1.nik}.\nPetugas: Nomor HP ibu?\nPenelepon: {F1.hp}.\nPetugas: Email?\nPenelepon: {F1.maild}.\nPetugas: Nomor tiket ibu {TIX}.",
)
t(
    "call_transcript",
    X,
    "Agen: Call center BPJS 165, nomor kartu?\nPenelepon: {M1.bpjs}.\nAgen: NIK?\nPenelepon: {M1.nikg}.\nAgen: Atas nama {M1}?\nPenelepon: Ya.\nAgen: Tunggakan {UANG}, VA {VA}.",
)
t(
    "call_transcript",
    X,
    "Petugas: Kami dari Bapenda. Nomor kami {OFCTEL}, email bapenda@kupangkota.go.id.\nWajib pajak: Baik, NOP saya {NOP}.\nPetugas: Kode billing {BILL}, bayar sebelum {TGL}.",
)
t(
    "call_transcript",
    X,
    "Operator: 112, ada apa?\nPenelepon: Tetangga saya {M1} pingsan di rumahnya {M1.street}.\nOperator: Nomor bapak?\nPenelepon: {M2.hp}, nama saya {M2}.\nOperator: Ambulans dari {PKM1} menuju.",
)
t(
    "email_thread",
    X,
    "From: {M1} <{M1.mail}>\nTo: pengaduan@kupangkota.go.id\nSubject: Penipuan sewa rumah\n\nSaya transfer {UANG} ke rek Mandiri {M3.rekmandiri} a.n. {M3}, HP {M3.hp}, yang mengaku pemilik rumah di {M3.street}. NIK yang dia kirim {M3.nik}.\n\n{M1}\n{M1.hp}",
)
t(
    "email_thread",
    X,
    "From: Tata Usaha {SCHOOL1} <tu.sekolah.kupang@gmail.com>\nSubject: Pengumuman\n\nPembayaran komite lewat VA {VA}. NPWP sekolah {NPWPB}. Kontak: telp {OFCTEL}, WA {OFCHP}.\n\nTata Usaha {SCHOOL1}\nTelp. {OFCTEL}",
)
t(
    "email_thread",
    X,
    "Pada {TGL}, {F1} <{F1.mail}> menulis:\n> HP saya {F1.hp}, NIK {F1.nik}, NPWP {F1.npwp16}.\n> Alamat {F1.addr}.\n\nBaik ibu {F1.g1}, data sudah kami terima.\n{M2}\n{M2.mailgov}",
)
t(
    "email_thread",
    X,
    "Subject: Fwd: Penipuan\n\n> From: bansos.kemensos.ntt@gmail.com\n> Selamat, Anda penerima bansos. Hubungi {SCAMHP} (admin Kemensos).\n\nIni penipuan. Mohon diumumkan.\nHumas Dinsos\nTelp. {OFCTEL}",
)
t(
    "kupang_malay",
    X,
    "KOTKUPANG beta {F1.g}, NIK {F1.nik}, HP {F1.hp}. beta pung mama pung KIS {F2.bpjs} sonde bisa pake di RS. tolong dolo",
)
t(
    "kupang_malay",
    X,
    "Bosong hati2, ada yang telpon pake {SCAMHP}, bilang dari bank, minta rekening deng NIK. Bank pung nomor resmi {OFCTEL} sa.",
)
t(
    "kupang_malay",
    X,
    "KOTKUPANG om {M1.g} tu jual sapi sendiri, bukan pedagang. dia pung HP {M1.hp}, NIK {M1.nik}. dia ditipu pembeli pake rek {M3.rekbri} a.n {M3}",
)
t(
    "kupang_malay",
    X,
    "KOTKUPANG PDAM pung WA {OFCHP} sonde angkat, no sambungan {NOSAMB}, tagihan {UANG}. beta su kirim email ke pdam.kotakupang@gmail.com",
)
t(
    "spreadsheet",
    X,
    "No,Nama,NIK,No HP,Email,Alamat\n1,{M1},{M1.nik},{M1.hp},{M1.mail},{M1.street}\n2,{F2},{F2.nik},{F2.hp},{F2.mail},-\n3,{M3},{M3.nik},{M3.hp},-,-",
)
t(
    "spreadsheet",
    X,
    "Nama Usaha | NPWP | Telepon | Email\nToko Sinar Abadi | {NPWPB} | {BIZHP} | admin.tokosinar@gmail.com\nCV Karya Lontar | {NPWPB} | {OFCTEL} | info@karyalontar.co.id\nKopdit Swasti Sari | {NPWPB} | {OFCHP} | kopdit.swastisari@gmail.com",
)
t(
    "spreadsheet",
    X,
    "Tiket\tKategori\tNomor Terkait\tKet\n{TIX}\tPLN\t{IDPEL}\tID pelanggan\n{TIX}\tPDAM\t{NOSAMB}\tno sambungan\n{TIX}\tPBB\t{NOP}\tNOP",
)
t(
    "spreadsheet",
    X,
    "Nama Pedagang;NPWP;HP;No Los\n{M1};{M1.npwp};{M1.hp};{NORUT}\nUD Laut Timor;{NPWPB};{BIZHP};{NORUT}\n{F2};{F2.npwp16};{F2.hpd};{NORUT}",
)


# ---------------------------------------------------------------- more, mostly with personal data
t(
    "letter",
    P,
    "Kepada Yth. Kepala Dinas Perhubungan\n\nSaya {M1}, sopir angkot lampu {N} milik sendiri, nopol {M1.plate}. Saya ditilang petugas yang nomornya {M2.hp}, namanya {M2.g1}, tanpa surat. Pengaduan lewat hotline Dishub {OFCTEL} tidak diangkat. HP saya {M1.hpi}.\n\nHormat saya,\n{M1}",
)
t(
    "sms_plain",
    P,
    "KOTKUPANG sy {F1.g|l}, pemilik warung sendiri di {F1.street}, hp sy {F1.hps}. petugas retribusi minta uang tanpa karcis. nomor dia {M2.hp}, namanya {M2.g1}",
)
t(
    "sms_caps",
    P,
    "KOTKUPANG KALO YG {BIZHP} ITU NOMOR BENGKEL, BUKAN NOMOR SAYA. NOMOR SAYA {M1.hp}. SAYA {M1} KORBAN SERVIS ASAL ASALAN",
)
t(
    "whatsapp",
    P,
    "[{TGL1} {JAM}] Kelurahan {KEL1}: Selamat pagi, nomor kami {OFCHP} khusus chat. Untuk surat pindah silakan datang.\n[{TGL1} {JAM}] {M1}: baik, kalau sudah jadi tolong telp sy {M1.hp} atau rumah {M1.tel}\n[{TGL1} {JAM}] Kelurahan {KEL1}: Siap pak {M1.g1}",
)
t(
    "web_form",
    P,
    "Nama Pelapor: {F1}\nHP: {F1.hpocr}\nIsi: Saya beli HP bekas dari penjual pribadi, hub {M2.hp} ({M2.g1|l}), ternyata barang curian. Penjual tinggal di {M2.street}. {COUNTER} ({BIZHP}) juga terima barang itu.",
)
t(
    "social",
    P,
    "{M1|l}: dicari saksi tabrak lari di {ROAD} {TGL} jam {JAM}, motor {PLATE}. yg liat hub sy {M1.hp} atau adik sy {F2.g|l} {F2.hpd}. bukan nomor polisi ya, polisi di 110",
)
t(
    "call_transcript",
    P,
    "Petugas: Pengaduan Kasih, selamat siang.\nPenelepon: Saya wartawan, {M1}. Nomor saya {M1.hp}. Saya mau konfirmasi soal nomor kantor camat {OFCTEL} yang tidak aktif.\nPetugas: Baik pak, nanti humas hubungi bapak.",
)
t(
    "email_thread",
    P,
    "From: {F1} <{F1.mail}>\nTo: pengaduan@kupangkota.go.id\nSubject: Nomor yang tertulis di spanduk\n\nNomor {BIZHP} di papan nama kios itu nomor lama toko, sudah bukan milik siapa-siapa. Yang benar pemilik kios, ibu {F2}, HP {F2.hp}.\n\nSalam, {F1.g}",
)
t(
    "kupang_malay",
    P,
    "KOTKUPANG itu pangkalan ojek depan pasar Kuanino tu nomor {BIZHP}, ma yang pukul beta tu ojek nama {M1.g}, dia pung HP {M1.hp}. beta {M2.g}, {M2.rt}",
)
t(
    "spreadsheet",
    P,
    "No,Nama Kader,Posyandu,HP\n1,{F1},Posyandu Bunga Bakung,{F1.hp}\n2,{F2},Posyandu Kasih Ibu,{F2.hps}\n3,{F3},Posyandu Melati,{F3.hpdot}\n4,Sekretariat Posyandu,-,{OFCHP}",
)
t(
    "letter",
    N,
    "Kepada Yth. Kepala KPP Pratama Kupang\n\nSaya, {M1}, pemilik {COMP}, beralamat di {M1.street}, Kel. {KEL1}. NPWP perusahaan saya {NPWPB} sudah aktif, tetapi NPWP pribadi saya {M1.npwp} diblokir tanpa pemberitahuan.\n\nHormat saya,\n{M1}",
)
t(
    "sms_plain",
    N,
    "KOTKUPANG npwp koperasi tempat sy menjadi anggota {NPWPB} dipakai potong shu sy. sy {F1|l}, hp {F1.hp}",
)
t(
    "sms_caps",
    N,
    "KOTKUPANG NPWP SY {F1.npwpdot} DIBLOKIR KARENA SALAH NAMA. DI KARTU TERTULIS [[NAME:{F1.g|ur} {M2.f|ur}]]. NIK {F1.nik}",
)
t(
    "whatsapp",
    N,
    "[{TGL1} {JAM}] {M1|l}: pak ini npwp istri sy {F2} {F2.npwpn}\n[{TGL1} {JAM}] Petugas Bapenda: terima kasih, NPWPD restoran tetap atas nama usaha ya\n[{TGL1} {JAM}] {M1|l}: iya pak, itu yg sy kirim npwp pribadi dia",
)
t(
    "web_form",
    N,
    "Nama: {F1}\nNPWP: {F1.npwp16g}\nNIP: {NIP}\nIsi: NPWP saya diisi NIP oleh bendahara sehingga bukti potong salah. NPWP bendahara dinas {NPWPB} tertulis sebagai pemotong.",
)
t(
    "social",
    N,
    "Tolong! Nama di NPWP {M1|u} dipakai bikin faktur {FAKTUR} oleh {COMP}. NPWP saya {M1.npwp}. Ada yang tahu cara lapor? #pajak #kupang",
)
t(
    "call_transcript",
    N,
    "Petugas: Kring Pajak. NPWP bapak?\nPenelepon: Yang lama {M1.npwpt}, yang baru katanya sama dengan NIK, {M1.npwp16}.\nPetugas: Betul. Nama?\nPenelepon: {M1}.",
)
t(
    "email_thread",
    N,
    "From: {M1.fg} <{M1.mailgov}>\nTo: kpp.kupang@pajak.go.id\nSubject: NPWP ibu saya\n\nNPWP almarhumah ibu saya, {F2}, {F2.npwp}, mohon dihapus. NPWP badan usaha keluarga {NPWPB} tetap aktif.\n\n{M1}",
)
t(
    "kupang_malay",
    N,
    "KOTKUPANG beta pung NPWP {F1.npwpt} ma bank bilang NPWP tu pung {COMP}. beta bukan CV, beta jual ikan sendiri. {F1.g} di {F1.rt}",
)
t(
    "spreadsheet",
    N,
    "Nama Pemilik,NPWP,Usaha\n{M1},{M1.npwp},kios sendiri\nUD Berkat Usaha,{NPWPB},toko\n{F2},{F2.npwp},warung rumah\nKoperasi Nelayan Oesapa,{NPWPB},koperasi",
)
t(
    "letter",
    K,
    "Kepada Yth. Kepala Dukcapil\n\nSaya {M1}, NIK {M1.nik15} (tertulis 15 angka di fotokopi lama), mohon cetak ulang KTP. NIK istri saya {F2} di KK tatulis {F2.nik}. No. KK {M1.kkocr}.\n\nHormat saya,\n{M1}",
)
t(
    "sms_plain",
    K,
    "KOTKUPANG nik sy {F1.nik} tp bpjs ketenagakerjaan {BPJSTK} blm bisa klaim. no kartu kis {F1.bpjs}. sy {F1.g|l}",
)
t(
    "sms_caps",
    K,
    "KOTKUPANG NIK ANAK SAYA {M2.nikn} TIDAK MUNCUL DI DAPODIK. NISN {NISN}. SAYA {F1}",
)
t(
    "whatsapp",
    K,
    "[{TGL1} {JAM}] {F1|l}: kak sy kirim foto KTP_{F1.nikb}.jpg\n[{TGL1} {JAM}] {F1|l}: sama Screenshot_2026-11-0{N}-09-41-22_WhatsApp.jpg\n[{TGL1} {JAM}] Admin Kelurahan: diterima ibu",
)
t(
    "web_form",
    K,
    "Nama Lengkap: {M1|u}\nNIK: {M1.nikd}\nNo KK: {M1.kk}\nAlamat: {M1.addr}\nID Pelanggan PLN: {IDPEL}\nIsi: Subsidi listrik dicabut padahal NIK sudah terdaftar.",
)
t(
    "social",
    K,
    "{F1|l}: min, KTP mama sy {F2} hilang di angkot, NIK {F2.nikocr}. kalau ada yg temu hub {F1.hp}",
)
t(
    "call_transcript",
    K,
    "Petugas: Dinsos, pendataan DTKS. Nama kepala keluarga?\nPenelepon: {M1}.\nPetugas: Nomor KK?\nPenelepon: {M1.kkcall}.\nPetugas: NIK istri?\nPenelepon: {F2.nikcall}, nama {F2.g}.",
)
t(
    "email_thread",
    K,
    "From: {F1} <{F1.maild}>\nTo: dukcapil@kupangkota.go.id\nSubject: Akta anak\n\nNIK anak saya {M2.g}: {M2.nikfw}. No. KK {F1.kk}. Kode pembayaran {BILL} bukan untuk akta?\n\n{F1}",
)
t(
    "kupang_malay",
    K,
    "KOTKUPANG beta pung bapa {M1.g} pung NIK {M1.nik17}, dong bilang angka lebe. beta {F2}, HP {F2.hp}",
)
t(
    "spreadsheet",
    K,
    "No;Nama Pemohon;NIK;No KK;RT/RW\n1;{M1|u};{M1.nikb};{M1.kkb};{M1.rt}\n2;{F2|u};{F2.nikg};{F2.kkb};{F2.rt}\n3;{M3|u};{M3.nikocr};{M3.kkb};{M3.rt}",
)
t(
    "letter",
    E,
    "Kepada Yth. Ketua Komite {SCHOOL1}\n\nSaya {F1}, orang tua murid {M2.g}. Bendahara sekolah meminta uang dikirim lewat email bendahara.sekolah.kupang@gmail.com padahal sekolah punya alamat resmi tu.sekolah.{KEL1|s}@gmail.com. Balasan mohon ke {F1.mail}.\n\nSalam,\n{F1}",
)
t(
    "sms_plain",
    E,
    "KOTKUPANG email sy {M1.maild} dipake daftar bansos org lain. nama sy {M1|l} hp {M1.hpb}",
)
t(
    "sms_caps",
    E,
    "KOTKUPANG MOHON SK DIKIRIM KE {F1.mail} BUKAN KE KEPEGAWAIAN@KUPANGKOTA.GO.ID. SAYA {F1}",
)
t(
    "whatsapp",
    E,
    "[{TGL1} {JAM}] {M1}: ini email pribadi sy {M1.maild}\n[{TGL1} {JAM}] {F2}: sy {F2.maild} ya\n[{TGL1} {JAM}] Admin Grup: email grup tetap rt{NRT}.{KEL1|s}@gmail.com",
)
t(
    "web_form",
    E,
    "Nama: {F1}\nEmail: {F1.maild}\nIsi: Saya daftar akun lapor.go.id tapi link verifikasi https://warga:rahasia@portal.lapor.go.id/verif tidak jalan. Email dari noreply@lapor.go.id masuk spam.",
)
t(
    "social",
    E,
    "{M1|l}: sy sdh kirim CV ke rekrutmen.pemkotkupang@gmail.com, balas ke {M1.mail} ya min\nadmin: rekrutmen resmi hanya lewat https://sscasn.bkn.go.id kaka",
)
t(
    "call_transcript",
    E,
    "Petugas: Email ibu untuk kirim salinan?\nPenelepon: {F1.mail}. Jangan ke email kantor saya, itu info@{BIZ|s}.com.\nPetugas: Baik ibu {F1.g1}.",
)
t(
    "email_thread",
    E,
    'From: {M1} <{M1.mail}>\nTo: "{F2}" <{F2.mailgov}>\nSubject: Re: Pengaduan air\n\nPada {TGL}, {F2} <{F2.mailgov}> menulis:\n> Mohon kirim foto meter.\n\nSudah saya lampirkan, Bu {F2.g1}.\n\n{M1}',
)
t(
    "kupang_malay",
    E,
    "KOTKUPANG beta su kirim email dari {F1.maild} ke dinsos.kotakupang@gmail.com ma sonde dibalas. beta {F1.g}",
)
t(
    "spreadsheet",
    E,
    "Nama Guru|Email Belajar.id|Email Pribadi\n{F1}|{F1.mailbel}|{F1.mail}\n{M2}|{M2.mailbel}|{M2.maild}\n{F3}|{F3.mailbel}|-",
)
t(
    "letter",
    X,
    "Kepada Yth. Kapolresta Kupang Kota\n\nSaya {F1}, NIK {F1.nik}, tinggal di {F1.addr}. Saya ditipu orang yang mengaku dari Bank NTT lewat {SCAMHP} dan menguras rekening Bank NTT saya {F1.rekntt}. Nomor saya {F1.hp}, email {F1.mail}.\n\nHormat saya,\n{F1}",
)
t(
    "sms_plain",
    X,
    "KOTKUPANG hub sy {M1.hp} ({M1.g|l}). motor sy {M1.plate} hilang di parkiran pasar, karcis no {KODE}",
)
t(
    "sms_caps",
    X,
    "KOTKUPANG DARI {M1|u} DI {KEL1|u}. NIK {M1.nik}, NPWP {M1.npwp}, HP {M1.hp}. KENAPA PBB NOP {NOP} NAIK JADI {UANG}",
)
t(
    "whatsapp",
    X,
    "[{TGL1} {JAM}] {F1|l}: info utk bantuan banjir: nama {F1|l}, nik {F1.nik}, hp {F1.hp}, alamat {F1.addr}\n[{TGL1} {JAM}] Posko Kelurahan: terdata ibu. Posko telp {OFCTEL}",
)
t(
    "web_form",
    X,
    "Pelapor: {M1}\nNIK: {M1.nik}\nHP: {M1.hp}\nEmail: {M1.maild}\nIsi: Kontraktor {COMP} (NPWP {NPWPB}) merusak pipa di depan rumah saya {M1.street}. Mandor proyek {M2}, HP {M2.hp}.",
)
t(
    "social",
    X,
    "{F1}: BPJS anak sy {M2.g} no {M2.bpjs} ditolak RS. CS BPJS 165 bilang nonaktif. Ada yang sama? Kontak sy {F1.hp}",
)
t(
    "call_transcript",
    X,
    "Petugas: Ada yang bisa dibantu?\nPenelepon: Saya {M1}, NIK {M1.nikg}. HP saya {M1.hp}. Rumah {M1.tel}.\nPetugas: Keluhannya?\nPenelepon: Tagihan PDAM no sambungan {NOSAMB} {UANG}.",
)
t(
    "email_thread",
    X,
    "From: {F1} <{F1.mail}>\nTo: pengaduan@kupangkota.go.id\n\nNIK {F1.nik}\nKK {F1.kk}\nNPWP {F1.npwp}\nHP {F1.hp}\nAlamat {F1.addr}\n\nMohon data saya di DTKS diperbaiki.\n{F1}",
)
t(
    "kupang_malay",
    X,
    "KOTKUPANG beta {M1.g}, tinggal di {M1.addr}. beta pung HP {M1.hp}, email {M1.mail}. tetangga {F2} pung anjing gigit beta pung anak",
)
t(
    "spreadsheet",
    X,
    "Nama Pelapor\tNIK\tHP\tNopol\n{M1}\t{M1.nik}\t{M1.hp}\t{M1.plate}\n{F2}\t{F2.nik}\t{F2.hp}\t{F2.plate}\n{M3}\t{M3.nik}\t{M3.hp}\t-",
)


def build():
    records, seen = [], set()
    for style, theme, src in TEMPLATES:
        if style not in STYLES or theme not in THEMES:
            sys.exit(f"unknown style or theme: {style} {theme}")
        made = 0
        for _ in range(60):
            marked = fill(src)
            if style == "sms_caps":
                marked = marked.upper()
            text, spans = strip(marked)
            if text in seen:
                continue
            seen.add(text)
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
            made += 1
            if made == FILLS:
                break
        if made < FILLS:
            sys.exit(f"template gives too few distinct texts: {src[:60]!r}")
    R.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        rid = f"d18-{i:04d}"
        check(r["text"], r["spans"], rid)
        out.append(
            {
                "id": rid,
                "text": r["text"],
                "spans": r["spans"],
                "style": r["style"],
                "theme": r["theme"],
            }
        )
    return out


def table(records, key, values):
    kinds = sorted(KINDS)
    lines = [
        f"| {key} | texts | without spans | " + " | ".join(kinds) + " |",
        "|---|---:|---:|" + "---:|" * len(kinds),
    ]
    for v in values + ["**total**"]:
        rs = records if v == "**total**" else [r for r in records if r[key] == v]
        c = Counter(s["kind"] for r in rs for s in r["spans"])
        empty = sum(not r["spans"] for r in rs)
        lines.append(
            f"| {v} | {len(rs)} | {empty} | " + " | ".join(str(c[k]) for k in kinds) + " |"
        )
    return "\n".join(lines)


def main():
    records = build()
    counts = Counter((s, th) for s, th, _ in TEMPLATES)
    for s in STYLES:
        for th in THEMES:
            if counts[(s, th)] == 0:
                sys.exit(f"no template for {s} x {th}")
    per_style = Counter(r["style"] for r in records)
    if len(records) < 600 or min(per_style.values()) < 40:
        sys.exit("floors not met")
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(data, encoding="utf-8")
    print("texts", len(records), "templates", len(TEMPLATES))
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())
    print(table(records, "theme", THEMES))
    print(table(records, "style", STYLES))
    st = Counter((s, th) for s, th, _ in TEMPLATES)
    print("| style | " + " | ".join(THEMES) + " |")
    for s in STYLES:
        print(f"| {s} | " + " | ".join(str(st[(s, th)] * FILLS) for th in THEMES) + " |")


if __name__ == "__main__":
    main()
