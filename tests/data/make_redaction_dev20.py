# ruff: noqa: E501, UP031, T201, RUF001, PLR0911, PLR0912, PT018
"""Write ``redaction_dev20.jsonl``: whose phone number is it?

Hand-written templates of complaint texts from Kota Kupang (Facebook group posts, classified
ads and price lists, RT/RW, church and school WhatsApp groups, online-loan threats, ojek, taxi
and travel disputes, rental and kos disputes, project boards and posters, call-centre notes,
letters of objection, Kupang Malay voice notes, SMS to 1708 in capitals), with inline labels and
placeholders filled from seeded lists. Run ``python3 make_redaction_dev20.py``: it writes the
corpus next to this file, checks every span and prints the SHA-256 and the count tables.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "redaction_dev20.jsonl"
RNG = random.Random(20261220)
FILLS = 5

KINDS = ("nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address")
STYLES = (
    "facebook",
    "iklan",
    "wa_grup",
    "pinjol",
    "transport",
    "kos",
    "papan",
    "callcentre",
    "keberatan",
    "voice_note",
    "sms_caps",
)
THEMES = ("own", "others", "offices", "business", "scams", "mixed")

# ---------------------------------------------------------------------------------------------
# Names (invented people: random pairs, no two people of a text sharing a given or family name)

MALE = [
    "Yohanes",
    "Yakob",
    "Marthen",
    "Dominggus",
    "Agustinus",
    "Paulus",
    "Yeremias",
    "Melkianus",
    "Semuel",
    "Arnold",
    "Yance",
    "Obed",
    "Nikodemus",
    "Stefanus",
    "Petrus",
    "Umbu Rara",
    "Umbu Nggiku",
    "Imanuel",
    "Soleman",
    "Viktor",
    "Rudolf",
    "Hendrik",
    "Gabriel",
    "Aloysius",
    "Yosef",
    "Bernadus",
    "Benyamin",
    "Elias",
    "Ferdinand",
    "Herman",
    "Jefry",
    "Roni",
    "Bambang",
    "Joko",
    "Slamet",
    "Wahyu",
    "I Wayan",
    "I Made",
    "I Ketut",
    "Syamsul",
    "Rahmat",
    "Muhammad Yusuf",
    "Parlindungan",
    "Togar",
    "Rio",
    "Izaak",
    "Johny",
    "Abdullah",
    "Hasan",
    "Umar",
    "Kornelis",
    "Matheos",
    "Lukas",
    "Simon",
    "Daniel",
    "Kian Liong",
    "Hok",
    "Frengky",
    "Alfred",
    "Goris",
]
FEMALE = [
    "Maria",
    "Yuliana",
    "Agustina",
    "Rosalina",
    "Martha",
    "Selfi",
    "Ester",
    "Debora",
    "Magdalena",
    "Yustina",
    "Anace",
    "Sofia",
    "Elisabeth",
    "Ferderika",
    "Yohana",
    "Naomi",
    "Lodia",
    "Theresia",
    "Veronika",
    "Rambu Ana",
    "Rambu Tamar",
    "Ni Luh Putu",
    "Ni Made",
    "Mei Hwa",
    "Siu Lan",
    "Mei Ling",
    "Sri",
    "Endang",
    "Wulan",
    "Fatimah",
    "Aisyah",
    "Nurhayati",
    "Grace",
    "Meyske",
    "Febiola",
    "Oktovina",
    "Erni",
    "Vivi",
    "Yanti",
    "Apriani",
    "Dewi",
    "Lusia",
    "Adriana",
    "Welmince",
    "Orpa",
    "Sarlota",
    "Margaretha",
    "Florida",
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
    "Haba",
    "Dethan",
    "Ga Lena",
    "Dju Dara",
    "Bire",
    "Nahak",
    "Seran",
    "Bria",
    "Klau",
    "Taek",
    "Sabneno",
    "Selan",
    "Toelle",
    "Adoe",
    "Tnunay",
    "Banunaek",
    "Neonufa",
    "Kapitan",
    "Sinlae",
    "Pandie",
    "Lado",
    "Ully",
    "Messakh",
    "Foeh",
    "Laka Lena",
    "Wadu",
    "Ruku",
    "Wohangara",
    "Kapita",
    "Ndima",
    "Paranggi",
    "Maufani",
    "Lanma",
    "Da Costa",
    "Parera",
    "Fernandez",
    "Wangge",
    "Santoso",
    "Wibowo",
    "Susanto",
    "Prasetyo",
    "Sudarsana",
    "Wirawan",
    "Daeng Matta",
    "Liem",
    "Simanjuntak",
    "Lumban Tobing",
    "Siregar",
    "Nainggolan",
    "Wowor",
    "Tumbelaka",
    "Sondakh",
    "Rumengan",
    "Pattikawa",
    "Tuhumury",
    "Latuconsina",
    "Alkatiri",
    "Bachmid",
    "Assegaf",
    "Kolo",
    "Hurek",
]

# ---------------------------------------------------------------------------------------------
# Places, bodies and look-alikes (never labelled)

KEL = [
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Fatululi",
    "Oepura",
    "Sikumana",
    "Naikolan",
    "Bello",
    "Fatukoa",
    "Kolhua",
    "Penfui",
    "Maulafa",
    "Naimata",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Kelapa Lima",
    "Pasir Panjang",
    "Nefonaek",
    "Namosain",
    "Alak",
    "Manulai II",
    "Penkase Oeleta",
    "Batuplat",
    "Fatufeto",
    "Nunbaun Sabu",
    "Naioni",
    "Bakunase",
    "Kuanino",
    "Oetete",
    "Airnona",
    "Fontein",
    "Solor",
    "Oeba",
    "Nunhila",
    "Mantasi",
]
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
ROAD = [
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Adi Sucipto",
    "Jl. Amabi",
    "Jl. Moh. Hatta",
    "Jl. Sam Ratulangi",
    "Jl. Perintis Kemerdekaan",
    "Jl. Herewila",
    "Jl. Cak Doko",
    "Jl. Bundaran PU",
    "Jl. Jenderal Sudirman",
]
PKM = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oepoi",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Puskesmas Alak",
    "Puskesmas Penfui",
    "Puskesmas Naioni",
    "Puskesmas Pasir Panjang",
    "Puskesmas Oesapa",
    "Puskesmas Manutapen",
]
SCHOOL = [
    "SD Inpres Oepura 2",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMAN 1 Kupang",
    "SMKN 4 Kupang",
    "SD GMIT Oebufu",
    "SDK St. Yoseph Naikoten",
    "SMPN 13 Kupang",
    "SD Inpres Liliba",
    "SMAN 3 Kupang",
]
GEREJA = [
    "GMIT Paulus",
    "GMIT Kota Baru",
    "GMIT Efata Liliba",
    "GMIT Betlehem Oesapa",
    "GMIT Imanuel Oepura",
    "GMIT Syalom Airnona",
]
PASAR = [
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Kuanino",
    "Pasar Penfui",
    "Pasar Oesapa",
]
OFC = [
    "Kantor Kelurahan Oebufu",
    "DLHK Kota Kupang",
    "Kantor Camat Maulafa",
    "Kantor Kelurahan Oesapa",
    "UPT Pasar Kota Kupang",
]
DEPO = [
    "Depot Air Tirta Oebufu",
    "Depot Air Sumber Hidup",
    "Depot Air Mata Air Kolhua",
    "Depot Isi Ulang Berkat Lasiana",
    "Depot Air Segar Penfui",
]
BENGKEL = [
    "Bengkel Karya Baru Motor",
    "Bengkel Las Flobamora",
    "Bengkel Sinar Jaya Oesapa",
    "Bengkel Mobil Timor Teknik",
    "Bengkel Maju Motor",
]
TRAVEL = [
    "Travel Timor Express",
    "Travel Sabu Jaya",
    "Travel Flobamora Trans",
    "Travel Atambua Raya",
    "Travel Soe Permai",
]
RENTAL = ["Rental Mobil Cendana", "Rental Sasando", "Rental Lontar Jaya", "Rental Nusa Kupang"]
KOS = [
    "Kos Putri Melati",
    "Kos Anugerah",
    "Kost Bintang Timur",
    "Kos Berkat Oebufu",
    "Kos Griya Liliba",
    "Kost Pelangi Penfui",
]
CATER = ["Catering Sari Rasa", "Catering Dapur Sasando", "Catering Berkat Mama", "Catering Lontar"]
TOKO = [
    "Toko Sinar Abadi",
    "Toko Bangunan Karya Sejati",
    "UD Laut Timor",
    "Toko Elektronik Maju Jaya",
    "Toko Harapan Baru",
    "UD Berkat Usaha",
]
TOKOKUE = ["Toko Kue Berkat", "Dapur Kue Flobamora", "Kue Ulang Tahun Manis Kupang"]
SALON = ["Salon Nona Manis", "Salon Cantik Kupang", "Salon Flamboyan"]
CV = [
    "CV Karya Lontar",
    "CV Timor Jaya Konstruksi",
    "CV Sinar Flobamora",
    "PT Nusa Cendana Bangun",
    "CV Bintang Selatan",
    "CV Tiga Putra Kupang",
]
APP = ["DanaKilat", "PinjamCepat88", "KoinRupiah", "UangKita Now", "DompetKilat", "CairAja"]
TAKSI = ["Taksi Lontar", "Taksi Kupang Permai", "Taksi Bandara Flobamora"]
AGEN = ["Kupang Properti Jaya", "Rumah Kita Realty", "Lontar Properti"]
LES = ["Bimbel Cerdas Flobamora", "Les Privat Bintang", "Bimbel Juara Kupang"]
KSP = ["KSP Sinar Harapan", "Kopdit Flobamora Jaya", "KSP Tunas Baru"]
KOPKAR = ["Kopkar Sejahtera", "Koperasi Karyawan Lontar", "Koperasi Karyawan Sasando"]
PANGKALAN = ["depan Pasar Kuanino", "Bundaran PU", "depan Undana Penfui", "simpang Oepura"]
BANKAPP = ["BRImo", "m-banking BNI", "Bank NTT mobile"]
OFCMAIL = ["pengaduan@kupangkota.go.id", "konsumen@ojk.go.id", "humas@kupangkota.go.id"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = [
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
]
STREET = [
    "Jl. Nangka",
    "Jl. Kenari",
    "Jl. Jambu",
    "Jl. Lontar",
    "Jl. Kakatua",
    "Jl. Manggis",
    "Jl. Cemara",
    "Jl. Flamboyan",
    "Jl. Nusa Indah",
    "Jl. Bakau",
    "Jl. Kelinci",
    "Jl. Kecapi",
    "Jl. Srikaya",
    "Jl. Anggrek",
    "Jl. Rambutan",
    "Jl. Kuantan",
]
LANE = ["Gg. Merpati", "Gg. Sepakat", "Gg. Mawar", "Gg. Asoka", "Lr. Damai", "Gg. Cendana"]

PREFIXES = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0851",
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
    "0899",
    "0881",
    "0882",
    "0887",
    "0831",
    "0838",
]
REGENCIES = ["71"] * 6 + [
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "10",
    "11",
    "14",
    "17",
    "20",
    "21",
]


def digits(n: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(n))


def mobile() -> str:
    return RNG.choice(PREFIXES) + digits(RNG.choice([7, 8, 8, 8]))


OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def write_mobile(d: str, how: str) -> str:
    if how == "b":
        return d
    if how == "d":
        return "%s-%s-%s" % (d[:4], d[4:8], d[8:])
    if how == "s":
        return "%s %s %s" % (d[:4], d[4:8], d[8:])
    if how == "dot":
        return "%s.%s.%s" % (d[:4], d[4:8], d[8:])
    if how == "i":
        return "+62 %s-%s-%s" % (d[1:4], d[4:8], d[8:])
    if how == "p":
        return "+62" + d[1:]
    if how == "62":
        return "62" + d[1:]
    if how == "62s":
        return "62 %s %s %s" % (d[1:4], d[4:8], d[8:])
    if how == "n":
        return "%s %s\n%s" % (d[:4], d[4:8], d[8:])
    if how == "ocr":
        chars = list(d)
        places = [i for i, c in enumerate(chars) if c in OCR and i > 1]
        for i in RNG.sample(places, min(2, len(places))):
            chars[i] = OCR[chars[i]]
        if RNG.random() < 0.5:
            chars[0] = "O"
        return "".join(chars)
    raise ValueError(how)


def any_mobile(d: str) -> str:
    return write_mobile(
        d, RNG.choice(["b", "b", "b", "d", "d", "s", "s", "dot", "i", "p", "62", "62s"])
    )


def landline() -> str:
    local = "8" + digits(5)
    return RNG.choice(
        [
            "0380 %s" % local,
            "(0380) %s" % local,
            "(0380) %s %s" % (local[:3], local[3:]),
            "0380-%s" % local,
            "0380%s" % local,
            "(0380) %s-%s" % (local[:3], local[3:]),
        ]
    )


def nik_digits(female: bool) -> str:
    day = RNG.randint(1, 28) + (40 if female else 0)
    return "53%s%02d%02d%02d%02d%04d" % (
        RNG.choice(REGENCIES),
        RNG.randint(1, 12),
        day,
        RNG.randint(1, 12),
        RNG.choice(list(range(55, 100)) + list(range(6))),
        RNG.randint(1, 180),
    )


def kk_digits() -> str:
    return "53%s%02d%02d%02d%02d%04d" % (
        RNG.choice(REGENCIES),
        RNG.randint(1, 12),
        RNG.randint(1, 28),
        RNG.randint(1, 12),
        RNG.randint(8, 25),
        RNG.randint(1, 3000),
    )


def write_nik(d: str, how: str) -> str:
    if how == "":
        how = RNG.choice(["b", "b", "g", "d"])
    if how == "b":
        return d
    if how == "g":
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if how == "d":
        return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
    raise ValueError(how)


def money(low: int, high: int, step: int) -> str:
    value = RNG.randrange(low, high, step)
    text = f"{value:,}".replace(",", ".")
    return RNG.choice(["Rp %s" % text, "Rp%s" % text, "Rp. %s" % text])


def slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


LOOK = {
    "KEL": lambda: RNG.choice(KEL),
    "KEC": lambda: RNG.choice(KEC),
    "ROAD": lambda: RNG.choice(ROAD),
    "PKM": lambda: RNG.choice(PKM),
    "SCHOOL": lambda: RNG.choice(SCHOOL),
    "GEREJA": lambda: RNG.choice(GEREJA),
    "PASAR": lambda: RNG.choice(PASAR),
    "OFC": lambda: RNG.choice(OFC),
    "DEPO": lambda: RNG.choice(DEPO),
    "BENGKEL": lambda: RNG.choice(BENGKEL),
    "TRAVEL": lambda: RNG.choice(TRAVEL),
    "RENTAL": lambda: RNG.choice(RENTAL),
    "KOS": lambda: RNG.choice(KOS),
    "CATER": lambda: RNG.choice(CATER),
    "TOKO": lambda: RNG.choice(TOKO),
    "TOKOKUE": lambda: RNG.choice(TOKOKUE),
    "SALON": lambda: RNG.choice(SALON),
    "CV": lambda: RNG.choice(CV),
    "APP": lambda: RNG.choice(APP),
    "TAKSI": lambda: RNG.choice(TAKSI),
    "AGEN": lambda: RNG.choice(AGEN),
    "LES": lambda: RNG.choice(LES),
    "KSP": lambda: RNG.choice(KSP),
    "KOPKAR": lambda: RNG.choice(KOPKAR),
    "PANGKALAN": lambda: RNG.choice(PANGKALAN),
    "BANKAPP": lambda: RNG.choice(BANKAPP),
    "OFCMAIL": lambda: RNG.choice(OFCMAIL),
    "HARI": lambda: RNG.choice(HARI),
    "BULAN": lambda: RNG.choice(BULAN),
    "OFCTEL": landline,
    "BIZTEL": landline,
    "OFCHP": lambda: any_mobile(mobile()),
    "BIZHP": lambda: any_mobile(mobile()),
    "SCAMHP": lambda: any_mobile(mobile()),
    "TIX": lambda: RNG.choice(
        [
            "#LPR-2026-%04d-%04d" % (RNG.randint(1, 9999), RNG.randint(1, 9999)),
            "LAPOR-5371-2026-%05d" % RNG.randint(1, 99999),
            "26%02d-%04d-%03d" % (RNG.randint(1, 12), RNG.randint(0, 9999), RNG.randint(0, 999)),
        ]
    ),
    "UANG": lambda: money(150_000, 5_000_000, 50_000),
    "HARGA": lambda: money(15_000, 400_000, 5_000),
    "NILAI": lambda: (
        "Rp %s,00" % f"{RNG.randrange(180_000_000, 2_400_000_000, 1_000):,}".replace(",", ".")
    ),
    "TGL": lambda: RNG.choice(
        [
            "%d/%d/2026" % (RNG.randint(1, 28), RNG.randint(1, 11)),
            "%d %s 2026" % (RNG.randint(1, 28), RNG.choice(BULAN)),
            "%02d-%02d-2026" % (RNG.randint(1, 28), RNG.randint(1, 11)),
        ]
    ),
    "NIP": lambda: (
        "19%02d%02d%02d 20%02d%02d %d %03d"
        % (
            RNG.randint(65, 95),
            RNG.randint(1, 12),
            RNG.randint(1, 28),
            RNG.randint(5, 20),
            RNG.randint(1, 12),
            RNG.randint(1, 2),
            RNG.randint(1, 20),
        )
    ),
    "IDPEL": lambda: "5312%08d" % RNG.randint(0, 99_999_999),
    "METER": lambda: "14%09d" % RNG.randint(0, 999_999_999),
    "NOSAMB": lambda: (
        "%02d-%02d-%06d" % (RNG.randint(1, 9), RNG.randint(1, 12), RNG.randint(1, 999_999))
    ),
    "VA": lambda: RNG.choice(
        [
            "8808 %s %s %s" % (digits(4), digits(4), digits(4)),
            "BRIVA 12345 %s" % mobile(),
            "8277%s" % digits(12),
        ]
    ),
    "KODE": lambda: digits(6),
    "KODEB": lambda: "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "NOTA": lambda: "INV/2026/%02d/%04d" % (RNG.randint(1, 11), RNG.randint(1, 9999)),
    "LP": lambda: (
        "LP/B/%d/%s/2026/SPKT" % (RNG.randint(100, 999), RNG.choice(["IX", "X", "XI", "VIII"]))
    ),
    "KONTRAK": lambda: (
        "600/%03d/PPK-BM/PUPR/%s/2026"
        % (RNG.randint(1, 400), RNG.choice(["VI", "VII", "VIII", "IX"]))
    ),
    "SURAT": lambda: (
        "%d/%03d/%s/2026"
        % (
            RNG.choice([300, 660, 470, 500]),
            RNG.randint(1, 800),
            RNG.choice(["DLHK", "KEL", "PEM", "UM"]),
        )
    ),
    "IZIN": lambda: "503/PBG/2026/%05d" % RNG.randint(1, 99999),
    "NPWPB": lambda: (
        "%02d.%03d.%03d.%d-92%d.000"
        % (
            RNG.randint(1, 99),
            RNG.randint(0, 999),
            RNG.randint(0, 999),
            RNG.randint(0, 9),
            RNG.randint(0, 3),
        )
    ),
    "NOP": lambda: (
        "53.71.0%02d.0%02d.0%02d-%04d.0"
        % (RNG.randint(10, 60), RNG.randint(1, 20), RNG.randint(1, 99), RNG.randint(1, 9999))
    ),
    "LAMBUNG": lambda: "KT-%03d" % RNG.randint(1, 400),
    "HANDLE": lambda: (
        "@kos_kupang_%s%d" % (RNG.choice(["murah", "nyaman", "promo"]), RNG.randint(1, 99))
    ),
    "KELAS": lambda: RNG.choice(["4A", "4B", "5A", "5C", "6B", "VII-3", "VIII-2", "IX-1"]),
    "BIZADDR": lambda: "%s No. %d" % (RNG.choice(ROAD), RNG.randint(1, 150)),
    "OFCADDR": lambda: "%s No. %d" % (RNG.choice(ROAD), RNG.randint(1, 80)),
    "TKNUM": lambda: "%011d" % RNG.randint(10**9, 10**11 - 1),
    "N": lambda: str(RNG.randint(2, 9)),
    "NN": lambda: str(RNG.randint(10, 60)),
    "NRT": lambda: "%02d" % RNG.randint(1, 30),
    "PPDB": lambda: "ppdb%dkupang@gmail.com" % RNG.randint(1, 40),
}

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
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "serka",
    "bripka",
    "bripda",
    "aipda",
    "ipda",
    "mandor",
    "sopir",
    "alm",
    "almarhum",
    "ketua",
    "pemilik",
}

PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d*)(?:\.([a-z0-9]+))?(?:\|([a-z]+))?\}")
OPTION = re.compile(r"<<(.*?)>>", re.S)
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)


class Fill:
    def __init__(self) -> None:
        self.people: dict[str, dict[str, object]] = {}
        self.cache: dict[tuple[str, str], tuple[str, str]] = {}
        self.used_given: set[str] = set()
        self.used_family: set[str] = set()
        self.clock = RNG.randint(6 * 60, 19 * 60)

    def person(self, letter: str, key: str) -> dict[str, object]:
        if key not in self.people:
            female = letter == "F" or (letter == "P" and RNG.random() < 0.5)
            pool = FEMALE if female else MALE
            given = RNG.choice([g for g in pool if g not in self.used_given])
            family = RNG.choice([f for f in FAMILY if f not in self.used_family])
            self.used_given.add(given)
            self.used_family.add(family)
            self.people[key] = {"g": given, "f": family, "female": female, "hp": mobile()}
        return self.people[key]

    def person_value(self, letter: str, key: str, attr: str) -> tuple[str, str]:
        p = self.person(letter, key)
        given, family, female = str(p["g"]), str(p["f"]), bool(p["female"])
        if attr in ("", "n"):
            return "name", "%s %s" % (given, family)
        if attr == "g":
            return "name", given
        if attr == "f":
            return "name", family
        if attr.startswith("hp"):
            how = attr[2:]
            if how == "":
                return "phone", any_mobile(str(p["hp"]))
            return "phone", write_mobile(str(p["hp"]), how)
        if attr == "tel":
            return "phone", landline()
        if attr.startswith("nik"):
            return "nik", write_nik(nik_digits(female), attr[3:])
        if attr.startswith("kk"):
            return "kk", write_nik(kk_digits(), attr[2:])
        if attr == "mail":
            local = RNG.choice(
                [
                    "%s.%s%d" % (slug(given), slug(family), RNG.randint(1, 99)),
                    "%s%s" % (slug(given), slug(family)),
                    "%s_%s%d" % (slug(family), slug(given)[:4], RNG.randint(70, 99)),
                ]
            )
            return "email", "%s@%s" % (
                local,
                RNG.choice(["gmail.com", "yahoo.co.id", "gmail.com", "ymail.com"]),
            )
        if attr == "npwp":
            return "npwp", "%02d.%03d.%03d.%d-92%d.000" % (
                RNG.randint(1, 99),
                RNG.randint(0, 999),
                RNG.randint(0, 999),
                RNG.randint(0, 9),
                RNG.randint(0, 3),
            )
        if attr == "addr":
            return "address", address()
        if attr == "rt":
            return "address", rt_rw()
        if attr == "plate":
            return "plate", plate()
        if attr == "bpjs":
            return "bpjs", "000" + digits(10)
        if attr == "rekbri":
            return "bank_account", "%s-01-%s-%s-%s" % (digits(4), digits(6), digits(2), digits(1))
        if attr == "rekbni":
            return "bank_account", digits(10)
        if attr == "rekmandiri":
            return "bank_account", "%s-%s-%s-%s" % (
                RNG.choice(["153", "161", "152"]),
                digits(2),
                digits(7),
                digits(1),
            )
        if attr == "rekntt":
            return "bank_account", "%s.%s.%s.%s-%s" % (
                digits(3),
                digits(2),
                digits(2),
                digits(6),
                digits(1),
            )
        raise ValueError("unknown attribute %s" % attr)

    def sub(self, m: re.Match[str]) -> str:
        letters, index, attr, mods = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
        key = letters + index
        cache_key = (key, attr)
        if cache_key in self.cache:
            kind, value = self.cache[cache_key]
        else:
            kind, value = self.draw(letters, index, key, attr, m.group(0))
            self.cache[cache_key] = (kind, value)
        if "u" in mods:
            value = value.upper()
        if "l" in mods:
            value = value.lower()
        return value if (not kind or "r" in mods) else "[[%s:%s]]" % (kind, value)

    def draw(self, letters: str, index: str, key: str, attr: str, whole: str) -> tuple[str, str]:
        """One value per placeholder key and attribute in a fill; modifiers apply after."""
        if letters in ("M", "F", "P") and index:
            return self.person_value(letters, key, attr)
        if letters == "PLATE":
            return "plate", plate()
        if letters == "RT":
            return "address", rt_rw()
        if letters == "JAM":
            self.clock += RNG.randint(1, 40)
            return "", "%02d.%02d" % (self.clock // 60 % 24, self.clock % 60)
        if letters in LOOK:
            if attr:
                raise ValueError("look-alike with an attribute: %s" % whole)
            return "", LOOK[letters]()
        raise ValueError("unknown placeholder %s" % whole)


def address() -> str:
    n = RNG.randint(1, 140)
    rt, rw = RNG.randint(1, 40), RNG.randint(1, 12)
    form = RNG.randrange(7)
    if form == 0:
        return "%s No. %d" % (RNG.choice(STREET), n)
    if form == 1:
        return "%s No. %d, RT %03d/RW %03d" % (RNG.choice(STREET), n, rt, rw)
    if form == 2:
        return "%s No %d RT %02d RW %02d" % (RNG.choice(STREET), n, rt, rw)
    if form == 3:
        return "%s No. %d%s" % (RNG.choice(LANE), n, RNG.choice(["", "A", "B"]))
    if form == 4:
        return "Perumnas Blok %s No. %d" % (RNG.choice("ABCDEFGH"), n)
    if form == 5:
        return "%s Gg. %d No. %d" % (RNG.choice(STREET), RNG.randint(1, 9), n)
    return "RT %02d/RW %02d" % (rt, rw)


def rt_rw() -> str:
    rt, rw = RNG.randint(1, 40), RNG.randint(1, 12)
    return RNG.choice(
        [
            "RT %02d/RW %02d" % (rt, rw),
            "RT %03d RW %03d" % (rt, rw),
            "RT %d/RW %d" % (rt, rw),
            "RT %02d" % rt,
        ]
    )


def plate() -> str:
    region = RNG.choice(["DH"] * 6 + ["EB", "ED"])
    number = RNG.randint(1000, 9999)
    suffix = "".join(RNG.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(RNG.choice([1, 2, 2])))
    return RNG.choice(
        ["%s %d %s" % (region, number, suffix)] * 4 + ["%s%d%s" % (region, number, suffix)]
    )


# ---------------------------------------------------------------------------------------------
# Templates

TEMPLATES: list[tuple[str, str, str]] = []


def t(style: str, theme: str, source: str) -> None:
    assert style in STYLES and theme in THEMES, (style, theme)
    TEMPLATES.append((style, theme, source))


# --- facebook: group posts (buy/sell, lost and found, "info Kupang") forwarded as complaints ---

t(
    "facebook",
    "own",
    'Saya teruskan postingan saya sendiri di grup FB "Info Kupang Terkini", karena sudah {N} hari belum ada kabar:\n\n[DICARI] Dompet coklat hilang di sekitar {PASAR} hari {HARI} sore. Isi: KTP a.n. {F1|u}, ATM, STNK motor {F1.plate}. Bagi yang menemukan mohon hubungi {F1.hp} (WA) atau adik saya {F2.g} di {F2.hp}. Ada imbalan {UANG}.\n\nKe pengelola {PASAR}: tolong cek CCTV pintu masuk. Satpam bilang harus lapor ke kantor pasar, tapi telp kantor {OFCTEL} tidak aktif.',
)
t(
    "facebook",
    "own",
    'Mohon ditindaklanjuti. Akun FB "Admin Kelurahan {KEL}" posting foto daftar penerima bantuan tanggal {TGL}. Di foto itu kelihatan nama saya {F1}, NIK {F1.nik}, dan nomor HP saya {F1.hpd}, juga nomor suami saya {M1.g} {M1.hp}. Sekarang kami sering ditelepon orang tidak dikenal. Saya sudah komen minta dihapus tapi belum. <<Yang saya minta: foto dihapus atau disensor.||Mohon fotonya diganti yang sudah disensor.>> Kontak saya yang aktif {F1.hpd}.',
)
t(
    "facebook",
    "others",
    'Saya {P2} mau lapor penipuan jual beli di grup FB "Jual Beli Motor Bekas Kupang". Ini postingannya saya salin:\n\n{M1}\n{TGL} pukul {JAM}\nDIJUAL Vario 125 thn 2018 pajak hidup, surat lengkap, plat {M1.plate}. Harga {UANG} nego tipis. Minat WA {M1.hp}. COD area {KEL}.\n\nSaya sudah transfer tanda jadi {HARGA} ke rek BRI {M1.rekbri} a.n. {M1|u}. Setelah itu nomornya tidak aktif dan akun FB-nya hilang. Mohon dibantu diteruskan ke Polresta. No HP saya {P2.hp}.',
)
t(
    "facebook",
    "others",
    'Keberatan atas postingan di grup FB "Info Kupang" tanggal {TGL}. Akun {P2} menulis: "Ditemukan dompet di angkot lampu {N} jurusan {KEL}. Isi KTP a.n. {M1|u}, NIK {M1.nik}, alamat {M1.addr}, Kel. {KEL2}. Yang kenal suruh hubungi saya {P2.hp}." Dompet itu punya bapak saya. Terima kasih sudah ditemukan, tapi NIK dan alamat bapak jadi tersebar<<.|| ke ribuan anggota grup.>> Mohon admin grup diminta hapus. Saya {F3}, HP {F3.hp}.',
)
t(
    "facebook",
    "offices",
    'Forward dari grup FB "Info Kupang Terkini":\n\nNOMOR PENTING KOTA KUPANG (simpan e!)\n- Polisi 110\n- Damkar 113\n- Ambulans 119 / PSC {OFCTEL1}\n- PLN 123\n- Perumda Air Minum {OFCTEL2} / WA {OFCHP1}\n- Pengaduan Pemkot: SMS 1708, WA {OFCHP2}\n\nLaporan saya: tanggal {TGL} rumah tetangga terbakar di {KEL}, kami telepon 113 berkali-kali tidak masuk, telp PSC juga sibuk. Mohon nomor di daftar ini dicek masih aktif atau tidak.',
)
t(
    "facebook",
    "offices",
    'Postingan di grup FB "Suara Warga Kupang" yang saya bikin {TGL}:\n"WA Dukcapil Kota Kupang {OFCHP1} sudah 3 hari centang satu. Telp kantor {OFCTEL} juga tidak diangkat. Mau urus akta lahir anak saja susah."\nKomentar:\n{P1|l}: sama kaka, beta juga. Kata petugas di loket harus lewat WA {OFCHP2}, itu nomor baru.\n{P2}: coba datang langsung sa, bawa KK asli.\nMohon kejelasan nomor WA resmi Dukcapil yang aktif.',
)
t(
    "facebook",
    "business",
    'Saya mau adukan {TOKO}. Ini iklan mereka di grup FB "Jual Beli Kupang":\n\nPROMO SEMEN 40 KG hanya {HARGA}! Stok terbatas. Antar gratis area kota. WA {BIZHP1} / {BIZHP2}, telp toko {BIZTEL}.\n\nSemen yang diantar ke rumah sudah keras, sebagian sak robek. Waktu ditelepon ke {BIZHP1}, admin bilang tidak bisa tukar. Nota nomor {NOTA}. Mohon Dinas Perdagangan tegur.',
)
t(
    "facebook",
    "business",
    'Forward dari grup FB "Info Kupang": warga keluhkan air galon {DEPO} bau. Admin depot balas di komentar: "Silakan hubungi CS depot {BIZHP}." Sudah saya hubungi, dibilang nanti diganti, tapi tidak ada. Akhirnya pemilik depot sendiri, Bapak {M1}, kasih nomor pribadinya {M1.hp} dan janji ganti {N} galon. Sampai hari ini belum. Mohon Dinas Kesehatan periksa kualitas air depot itu. Saya {F2.g}, {KEL}.',
)
t(
    "facebook",
    "scams",
    'Hati-hati! Saya copy dari grup FB "Info Kupang Terkini": Ada akun atas nama "Dinas Sosial Kota Kupang Official" bikin postingan pendaftaran BLT {UANG}, syaratnya kirim foto KTP dan KK ke WA {SCAMHP}. Nomor itu mengaku admin Dinsos. Kami sudah cek, nomor resmi Dinsos bukan itu. Mohon Dinas Sosial bikin klarifikasi di halaman resmi supaya mama-mama di {KEL} tidak tertipu.',
)
t(
    "facebook",
    "scams",
    'Laporan penipuan giveaway. Halaman FB "Bank NTT Peduli Nasabah" (bukan halaman resmi) bikin kuis berhadiah motor. Pemenang disuruh hubungi admin {SCAMHP1}/{SCAMHP2} dan bayar ongkos kirim {HARGA} ke VA {VA}. Yang mengaku admin bilang dia dari bagian promosi Bank NTT. <<Call center resmi Bank NTT lain.||Bank NTT tidak pernah bikin kuis begitu.>> Tolong diblokir.',
)
t(
    "facebook",
    "mixed",
    'Forward dari grup FB "Info Kupang":\n\nMOTOR HILANG!! Scoopy merah plat {M1.plate}, hilang di depan rumah kami {M1.addr} Kel. {KEL} malam tadi jam {JAM}. Yang lihat tolong info ke {M1.hp} ({M1.g}) atau langsung ke Polsek {KEC} {OFCTEL}.\n\nSudah lapor ke Polsek, nomor laporan {LP}. Mohon patroli malam di {KEL} ditambah.',
)
t(
    "facebook",
    "mixed",
    'Saya laporkan postingan di grup FB "Kos-kosan Kupang":\n"Terima kos putri dekat Undana, {HARGA}/bln, air PDAM, listrik token sendiri. Hub Ibu {F1.g} {F1.hpn}"\nSaya sudah bayar DP ke rek BNI {F1.rekbni} a.n. {F1}. Pas datang ke {F1.addr}, kamarnya ternyata sudah penuh dan Ibu {F1.g} tidak mau kembalikan uang. Nomor kantor kelurahan {OFCTEL} tidak diangkat. Kontak saya {F2.hp}, {F2}.',
)

# --- iklan: classified ads, price lists, brochures pasted into a complaint ---

t(
    "iklan",
    "own",
    "Saya pasang iklan di koran dan di grup, tapi foto rumah saya dipakai orang lain untuk iklan palsu. Iklan asli saya:\nDIJUAL RUMAH TYPE 45, SHM, {F1.addr}, Kel. {KEL}. Harga {NILAI} nego. Hub pemilik: {F1.hp} ({F1.g})\nIklan palsu yang beredar memakai foto rumah saya tapi nomor lain. Mohon tidak dipercaya. Nomor saya hanya {F1.hp}. Salam, {F1}",
)
t(
    "iklan",
    "own",
    "Mohon bantuan Dinas Koperasi dan UKM. Saya usaha kue rumahan, iklan saya:\n--\nKUE KERING NATAL & TAHUN BARU\nNastar {HARGA1}/toples, Kastengel {HARGA2}/toples\nPesan: {F1.g} {F1.hp} / suami {M1.g} {M1.hp}\n--\nSaya daftar pelatihan UMKM tanggal {TGL} tapi nama saya {F1} tidak ada di daftar peserta. NIK saya {F1.nik}, NPWP usaha perorangan saya {F1.npwp}.",
)
t(
    "iklan",
    "others",
    "Iklan ini saya temukan ditempel di tiang listrik depan rumah, sepertinya sudah lama. Isinya:\n\nDIJUAL TANAH 10x20, dekat {PKM}. HUB: {M1.hpocr} (PEMILIK)\n\nMasalahnya, tanah itu tanah keluarga kami, bukan punya orang yang pasang iklan. Namanya {M1}, dia tetangga. Kami sudah tanya ke kelurahan, katanya urus ke BPN. Mohon bantu mediasi. Saya {F2}, {F2.addr}.",
)
t(
    "iklan",
    "others",
    "Daftar jual ternak Natal yang dibagikan di grup RT (saya salin):\n1. Kambing jantan 25 kg – {HARGA1} – Om {M1.g} {M1.hp}\n2. Kambing betina – {HARGA2} – Bapa {M2.g} {M2.hps}\n3. Babi 60 kg – {HARGA3} – Tanta {F1.g} {F1.hpd}\nKeluhan: Om {M1.g} jual kambing yang sakit, mati 2 hari setelah beli. Mohon Dinas Peternakan periksa ternak yang dijual di {KEL}.",
)
t(
    "iklan",
    "offices",
    "Saya salin daftar tarif yang ditempel di loket {OFC}:\nTARIF RETRIBUSI SAMPAH\n- Rumah tangga: {HARGA1}/bulan\n- Kios/warung: {HARGA2}/bulan\n- Rumah makan: {HARGA3}/bulan\nPengaduan: telp {OFCTEL} / WA {OFCHP}\nPetugas pungut di gang kami minta {HARGA4}, lebih dari tarif. Mohon dijelaskan. Nomor WA di papan itu tidak pernah dibalas.",
)
t(
    "iklan",
    "offices",
    "Brosur PPDB {SCHOOL} yang dibagikan:\nPENDAFTARAN PESERTA DIDIK BARU 2026/2027\nJalur zonasi, afirmasi, prestasi\nInfo: TU sekolah {OFCTEL}, WA panitia {OFCHP1} / {OFCHP2}\nEmail: {PPDB}\nKeluhan: nomor panitia di brosur tidak ada yang aktif, pendaftaran online error sejak {TGL}. Tiket pengaduan saya {TIX}.",
)
t(
    "iklan",
    "business",
    "Daftar harga air tangki yang dikirim {DEPO} lewat WA:\nAIR TANGKI 5.000 LITER\nDalam kota: {HARGA1}\n{KEL1}/{KEL2}: {HARGA2}\nPenfui/Naimata: {HARGA3}\nPesan: {BIZHP1} / {BIZHP2} (admin)\nKeluhan saya: tanggal {TGL} harga dinaikkan jadi {HARGA4} tanpa pemberitahuan, dan air yang datang keruh. Mohon Perumda dan Dinas Perdagangan awasi harga air tangki swasta.",
)
t(
    "iklan",
    "business",
    "Iklan rental yang saya pakai:\n{RENTAL}\nSewa Avanza/Innova lepas kunci {HARGA1}/hari, dengan sopir {HARGA2}/hari\nHub: {BIZHP} | Kantor: {BIZTEL}\nSaya sewa 3 hari, mobil {PLATE} mogok di jalan ke Soe. Sopirnya, Om {M1.g}, kasih nomor dia {M1.hp}, katanya kalau ada apa-apa langsung ke dia sa. Tapi uang jaminan {UANG} belum dikembalikan rental. Saya {P2}, {P2.hp}.",
)
t(
    "iklan",
    "scams",
    "Iklan lowongan yang beredar, tolong dicek:\nLOWONGAN PETUGAS KEBERSIHAN PEMKOT KUPANG\nGaji {UANG}, tanpa tes\nDaftar: kirim CV + foto KTP ke WA {SCAMHP} (Bagian Kepegawaian)\nBiaya seragam {HARGA}\nApakah betul ini dari BKPSDM? Kalau penipuan, mohon diumumkan.",
)
t(
    "iklan",
    "scams",
    "Ada iklan ditempel di halte depan {PASAR}:\nPINJAMAN DANA CEPAT TANPA JAMINAN\nResmi terdaftar OJK\nProses 1 jam cair\nHub/WA: {SCAMHP1} atau {SCAMHP2}\nKode promo: {KODE}\nSaya sudah cek di situs OJK, nama perusahaannya tidak ada. Teman saya ditipu biaya admin {HARGA}. Tolong dicabut iklannya.",
)
t(
    "iklan",
    "mixed",
    "Iklan saya di koran lokal tanggal {TGL}:\nDIJUAL: Honda Beat 2020, plat {M1.plate}, BPKB ada. {UANG}. Hub {M1.hpb} / {M1.tel} (rumah). Alamat: {M1.addr}.\nYang datang lihat motor ternyata bawa kabur motor waktu test drive. Orang itu telepon dari nomor {P2.hp}, mengaku namanya {P2.g}. Laporan polisi {LP}. Mohon dibantu.",
)
t(
    "iklan",
    "mixed",
    "Daftar harga yang dikirim katering untuk acara syukuran keluarga:\n{CATER}\nPaket A {HARGA1}/pax, Paket B {HARGA2}/pax\nTelp {BIZHP}\nDP 50% ke rek Mandiri {F1.rekmandiri} a.n. {F1} (pemilik)\n\nMakanan yang datang basi, {NN} orang dari keluarga {M2.f} dibawa ke {PKM}. Saya {M2}, HP {M2.hp}, alamat {M2.addr}.",
)

# --- wa_grup: RT/RW, church and school parents' WhatsApp groups ---

t(
    "wa_grup",
    "own",
    "[{TGL} {JAM1}] {M1}: Selamat sore bapa mama warga RT {NRT}. Beta mau info, air PDAM di beta pung rumah {M1.addr} sudah 5 hari sonde jalan.\n[{TGL} {JAM2}] {F2}: Sama Om, kami juga.\n[{TGL} {JAM3}] {M1}: Kalau ada yang mau lapor bersama, WA beta sa di {M1.hp}. Atau istri {F3.g} {F3.hp}.\n\n(Saya forward ke LAPOR! supaya ditindaklanjuti.)",
)
t(
    "wa_grup",
    "own",
    'Pengumuman dari grup WA Jemaat {GEREJA} Rayon {N} yang saya teruskan:\n"Shalom. Bagi jemaat yang belum terdata untuk kartu BPJS PBI, silakan kirim nama, NIK dan nomor HP ke sekretaris rayon, Ibu {F1} ({F1.hp}). Kantor majelis: {OFCTEL}."\nSaya sudah kirim data saya: {M2}, NIK {M2.nik}, HP {M2.hpb}, no kartu KIS lama {M2.bpjs}. Tapi sampai sekarang nama saya tidak masuk. Mohon Dinas Sosial cek.',
)
t(
    "wa_grup",
    "others",
    'Forward dari grup WA "Warga RT {NRT} {KEL}":\n[{TGL} {JAM1}] Ketua RT: Warga yang mau urus surat pengantar, hubungi beta langsung di {M1.hp}. Jangan ke rumah malam-malam.\n[{TGL} {JAM2}] {F2|l}: Pak RT {M1.g}, beta su WA dari kemarin sonde dibalas.\n\nSaya adukan Ketua RT {M1} yang minta uang {HARGA} untuk surat pengantar. Nomornya {M1.hp}. Saya {F2}.',
)
t(
    "wa_grup",
    "others",
    "Grup WA Orang Tua Kelas {KELAS} {SCHOOL}:\n[{TGL} {JAM1}] Wali Kelas: Bapa mama, iuran perpisahan {HARGA} per anak, transfer ke rek BRI {F1.rekbri} a.n. {F1} (bendahara komite). Konfirmasi ke {F1.hp}.\n[{TGL} {JAM2}] {P2}: Ibu, apa ini sudah disetujui komite?\n[{TGL} {JAM3}] Wali Kelas: Yang keberatan japri sa.\nSaya keberatan karena dana BOS sudah ada. Mohon Dinas P dan K cek.",
)
t(
    "wa_grup",
    "offices",
    'Pengumuman di grup WA warga yang saya teruskan:\n"Info dari Kelurahan {KEL}: pendataan DTKS dibuka tanggal {TGL} jam {JAM1}–{JAM2} di kantor kelurahan. Bawa KK dan KTP asli. Info lebih lanjut telp kantor {OFCTEL} atau WA pelayanan {OFCHP}."\nKeluhan: kantor tutup di jam itu, WA pelayanan hanya balas otomatis. Warga RT {NRT1} dan RT {NRT2} sudah dua kali datang sia-sia.',
)
t(
    "wa_grup",
    "offices",
    "[{TGL} {JAM1}] Info Sekolah: Yth. orang tua siswa {SCHOOL}, pembagian rapor hari {HARI} jam {JAM2}. Pengambilan ijazah hubungi TU {OFCTEL} atau WA sekolah {OFCHP}.\n[{TGL} {JAM3}] Info Sekolah: Mohon tidak menelepon guru malam hari, gunakan nomor sekolah.\n\nSaya teruskan ini karena ijazah anak saya tertahan {N} bulan dengan alasan tunggakan {HARGA}. WA sekolah tidak pernah dibalas.",
)
t(
    "wa_grup",
    "business",
    'Forward dari grup WA jemaat:\n"Promo dari anggota jemaat yang buka usaha: {CATER} terima pesanan nasi kotak untuk ibadah syukur. Pesan di WA {BIZHP1} atau telp {BIZTEL}. {SALON} juga buka di samping gereja, WA {BIZHP2}."\nKeluhan saya: nasi kotak dari {CATER} untuk acara di {GEREJA} tanggal {TGL} basi, {NN} orang sakit perut. Mohon Dinas Kesehatan periksa izin usahanya.',
)
t(
    "wa_grup",
    "business",
    "[{TGL} {JAM1}] {F1}: Ada yang tau nomor tukang sedot WC? Beta pung septic tank penuh.\n[{TGL} {JAM2}] {M2}: Sedot WC Berkah, {BIZHP}. Tapi mahal.\n[{TGL} {JAM3}] {M3}: Telp beta pung adik sa, {M4.g}, dia punya truk sedot sendiri. {M4.hp}\n[{TGL} {JAM4}] {F1}: Makasih Om.\n\nSaya teruskan ke LAPOR!: Sedot WC Berkah buang limbah di kali dekat {KEL}. Sudah ada foto truknya, plat {PLATE}.",
)
t(
    "wa_grup",
    "scams",
    "[{TGL} {JAM1}] Admin Grup: Hati-hati bapa mama, ada nomor {SCAMHP} mengaku dari Perumda Air Minum, bilang meter air mau diganti dan minta transfer {HARGA}.\n[{TGL} {JAM2}] Admin Grup: Nomor resmi Perumda cuma {OFCTEL}.\n\nMohon Perumda bikin pengumuman resmi, sudah ada warga yang kirim uang.",
)
t(
    "wa_grup",
    "scams",
    'Teruskan dari grup WA orang tua murid {SCHOOL}:\n"Ada yang kirim pesan ke bapa mama, nomor {SCAMHP1}, mengaku wali kelas dan bilang anak kecelakaan, minta transfer untuk operasi. Ada juga {SCAMHP2} yang mengaku dari Dinas Pendidikan minta biaya beasiswa PIP {HARGA}."\nMohon Dinas P dan K dan kepolisian tindak lanjuti.',
)
t(
    "wa_grup",
    "mixed",
    "Pengumuman Majelis Jemaat {GEREJA} (grup WA):\n1. Ibadah pemakaman alm. {M1} hari {HARI} jam {JAM1} di rumah duka {M1.addr}.\n2. Keluarga yang mau bantu hubungi anak almarhum, {F2.g} {F2.hp} atau {M3.g} {M3.hpd}.\n3. Kantor majelis {OFCTEL}.\nKeluhan: jalan ke rumah duka gelap, lampu jalan mati sudah sebulan. Mohon PLN/Dinas PUPR perbaiki.",
)
t(
    "wa_grup",
    "mixed",
    "[{TGL} {JAM1}] {F1}: Bapa mama RT {NRT} ({KEL}), motor beta pung anak {M2.g} hilang tadi malam. Vario hitam {PLATE}.\n[{TGL} {JAM2}] {M3}: Sudah lapor polisi ka?\n[{TGL} {JAM3}] {F1}: Su lapor Polsek, no laporan {LP}. Kalau ada yang lihat info ke beta {F1.hp} atau {M2.g} {M2.hp}.\n\nMohon patroli di wilayah kami.",
)

# --- pinjol: online-loan debt collection threats forwarded ---

t(
    "pinjol",
    "own",
    'Saya {F1}, NIK {F1.nik}. Saya pinjam di aplikasi {APP} {UANG}, sudah bayar tapi masih ditagih. Mereka sebar data saya ke kontak. Pesan yang dikirim ke adik saya {F2.g} ({F2.hp}):\n"KAMI DARI {APP|u}. SAUDARI {F1|u} DENGAN NO HP {F1.hpb} TELAH GAGAL BAYAR. JIKA TIDAK DILUNASI HARI INI DATA AKAN DISEBAR."\nNomor saya {F1.hpb}. Mohon OJK dan polisi tindak.',
)
t(
    "pinjol",
    "own",
    'Ini SMS ancaman yang masuk ke HP saya ({M1.hpi}) tanggal {TGL} jam {JAM}:\n"Bpk {M1} tagihan {APP} {UANG} jatuh tempo. Bayar ke VA {VA} sebelum jam 17.00. Kalau tidak, foto KTP Bapak dikirim ke semua kontak dan ke kantor."\nSaya tidak pernah pinjam di {APP}. Yang pinjam pakai KTP saya, NIK {M1.nik}, yang hilang bulan lalu. Istri saya {F2.g} juga ditelepon di {F2.hp}.',
)
t(
    "pinjol",
    "others",
    'Saya mau adukan DC (penagih) pinjol {APP}. Yang datang ke rumah dua orang, satu mengaku namanya {M1}, kasih nomor pribadi dia {M1.hp}, bilang kalau mau nego telp dia langsung, jangan ke aplikasi. Dia foto rumah kami dan ancam tempel stiker "RUMAH PENUNGGAK". Nomor CS {APP} yang di aplikasi {BIZHP} tidak pernah angkat. Saya {F2}, {F2.addr}.',
)
t(
    "pinjol",
    "others",
    "Data kontak saya disebar pinjol {APP}. Mereka kirim WA ke:\n- mama saya {F1.g}, {F1.hpd}\n- tetangga, Om {M2.g} {M2.hps}\n- atasan di kantor, Bapak {M3}, {M3.hp}\nIsi pesannya fitnah bahwa saya penipu. Nomor yang kirim: {SCAMHP} (mengaku dari kantor hukum {APP}). Saya {P4}, HP {P4.hp}.",
)
t(
    "pinjol",
    "offices",
    'Saya mau tanya ke mana lapor pinjol ilegal. Di poster di kantor kelurahan tertulis: "Pengaduan OJK 157, WA {OFCHP}. Email {OFCMAIL}". Saya sudah telepon 157 tapi disuruh isi formulir online, tiket {TIX}. Polresta bilang harus ke unit Siber, telp {OFCTEL}. Tolong dibantu, DC {APP} sudah datang ke rumah {N} kali.',
)
t(
    "pinjol",
    "offices",
    'SMS masuk dari nomor {SCAMHP} yang mengaku dari OJK: "Pinjaman Anda di {APP} akan dilaporkan ke SLIK OJK, segera lunasi." Setahu saya OJK tidak kirim SMS begitu. Nomor OJK yang di website cuma 157 dan WA {OFCHP}. <<Mohon dijelaskan mana nomor resmi.||Tolong kasih tahu nomor resmi OJK Kupang.>>',
)
t(
    "pinjol",
    "business",
    'Saya pinjam di koperasi simpan pinjam {KSP} {UANG}, tapi penagihnya kasar. Brosur koperasi: "{KSP}, {BIZADDR}, telp kantor {BIZTEL}, WA {BIZHP}". Bunganya {N}% per bulan, tidak sesuai yang ditulis di brosur. Mohon Dinas Koperasi cek izinnya.',
)
t(
    "pinjol",
    "business",
    "Ini chat dari DC {APP}:\n[{TGL} {JAM1}] DC {APP}: Selamat siang, Bapak {M1}? Tagihan Bapak sudah lewat 30 hari.\n[{TGL} {JAM2}] {M1}: Sudah saya bayar lewat {BANKAPP}, ini bukti transfer.\n[{TGL} {JAM3}] DC {APP}: Itu belum masuk sistem. Hubungi CS kami {BIZHP1}.\nNomor DC yang chat itu {BIZHP2}, dari kantor {APP} katanya. Saya {M1}, HP {M1.hp}. Mohon dibantu.",
)
t(
    "pinjol",
    "scams",
    'Waspada! Ada SMS dari {SCAMHP1} mengaku dari Bank NTT: "Pinjaman KUR Anda disetujui {UANG}, klik link dan isi data." Ada juga telepon dari {SCAMHP2} mengaku petugas BRI minta kode OTP. Saya tidak pernah ajukan pinjaman. Tolong diblokir.',
)
t(
    "pinjol",
    "scams",
    'Ada pesan WA dari {SCAMHP}: "Selamat! Anda terpilih pinjaman tanpa bunga dari {APP}, cukup bayar biaya admin {HARGA} ke VA {VA}." Nomor itu mengaku dari {APP} yang terdaftar di OJK. Sudah {N} orang di kantor saya yang terima pesan sama. Saya {F1}, HP {F1.hp}. Mohon ditindak.',
)
t(
    "pinjol",
    "mixed",
    "Kronologi: tanggal {TGL} saya pinjam {UANG} di {APP} untuk biaya sekolah anak. Data: {F1}, NIK {F1.nik}, rek BRI {F1.rekbri}. Sekarang DC telepon dari nomor {BIZHP} (katanya kantor {APP}) dan ancam datang ke {F1.addr}. Mereka juga WA suami saya {M2.g} {M2.hp} dan kakak saya di Atambua {F3.g} {F3.hp62}. Kontak saya {F1.hp}. Tiket LAPOR lama {TIX}.",
)
t(
    "pinjol",
    "mixed",
    "Laporan ke Unit Pengaduan Kasih. Sa pung kakak {M1} (HP {M1.hp}) dapat telepon dari DC yang bilang namanya {M2.g}. Nomor DC itu {M2.hp}, dia bilang itu nomor pribadi, kantor {APP} tidak ada di Kupang. Dia datang pake motor plat {M2.plate} dan ambil paksa HP kakak. Kakak tinggal di {M1.addr}. Mohon polisi tangkap.",
)

# --- transport: ojek, taxi, angkot and travel disputes ---

t(
    "transport",
    "own",
    "Saya penumpang {TRAVEL} jurusan Kupang–Atambua tanggal {TGL}. Tas saya hilang di bagasi. Waktu pesan saya kasih nomor saya {F1.hp} dan nomor suami {M2.hp} ({M2.g}), tapi sampai sekarang travel tidak telepon balik. Admin travel {BIZHP} hanya baca. Isi tas: ijazah anak dan KTP saya, NIK {F1.nik}. Mohon Dishub bantu.\n{F1}",
)
t(
    "transport",
    "own",
    "KRONOLOGI: Saya {M1} naik {TAKSI} dari pelabuhan Tenau ke {KEL} jam {JAM}. Argo tidak dinyalakan, sopir minta {HARGA}. HP saya ketinggalan di taksi. Nomor HP itu {M1.hpd}, sekarang dipegang orang lain, sudah saya blokir. Nomor yang bisa dihubungi: {M1.tel} (rumah) atau anak saya {F2.hp}. Taksi bernomor lambung {LAMBUNG}.",
)
t(
    "transport",
    "others",
    "Mohon Dishub tindak sopir angkot lampu {N} jurusan {KEL1}–{KEL2}. Sopir angkot plat {M1.plate} ugal-ugalan dan pukul anak saya yang protes. Sopir itu namanya {M1}, nomor dia {M1.hp} (dapat dari penumpang lain). Pemilik angkot, Bapak {M2}, kami telepon di {M2.hp} tapi dia bilang bukan urusannya. Kejadian {TGL} jam {JAM} di {ROAD}.",
)
t(
    "transport",
    "others",
    "Saya driver ojol, mau lapor penumpang yang tidak bayar. Order tanggal {TGL}, jemput di {F1.addr}, nama di aplikasi {F1}, nomor {F1.hp}. Sampai tujuan dia lari. Aplikasi bilang bukan tanggung jawab mereka. Saya {M2}, plat motor saya {M2.plate}, HP {M2.hp}.",
)
t(
    "transport",
    "offices",
    "Keluhan ke Dishub Kota Kupang: nomor pengaduan angkutan umum yang ditempel di angkot ({OFCHP}) tidak aktif. Telp kantor Dishub {OFCTEL} hanya jam kerja. Kemarin angkot lampu {N} menurunkan penumpang di tengah jalan {ROAD}. Nomor lambung {LAMBUNG}. Mohon ada nomor pengaduan yang aktif 24 jam.",
)
t(
    "transport",
    "offices",
    "Penumpang kapal ke Rote tanggal {TGL}: tiket habis di loket, tapi calo jual {HARGA}. Di papan pengumuman pelabuhan ada nomor pengaduan ASDP {OFCHP} dan KSOP {OFCTEL}, tidak ada yang angkat. Kode booking saya {KODEB}. Mohon ditertibkan.",
)
t(
    "transport",
    "business",
    'Saya adukan {TRAVEL}. Iklan di Facebook: "Kupang–Soe–Kefa–Atambua tiap hari, jemput antar alamat, {HARGA}. Booking {BIZHP1} / {BIZHP2}". Saya booking tanggal {TGL}, bayar DP. Mobil tidak datang. Nomor booking tidak aktif, kantor travel di {ROAD} tutup. Kode booking {KODEB}.',
)
t(
    "transport",
    "business",
    "Sengketa dengan {RENTAL}. Saya sewa motor {N} hari, waktu kembalikan ada goresan, rental minta ganti {UANG}. Nomor rental {BIZHP}. Pegawai yang serah terima, {M1.g}, kasih nomor dia {M1.hp}, katanya motor itu memang sudah lecet sebelumnya, tapi sekarang dia tidak mau jadi saksi. Motor plat {PLATE}. Saya {F2}, {F2.hp}.",
)
t(
    "transport",
    "scams",
    "Hati-hati penipuan tiket kapal. Akun WA {SCAMHP} mengaku agen resmi ASDP, jual tiket Kupang–Larantuka {HARGA}, minta transfer ke VA {VA}. Tiket tidak pernah dikirim. Agen ASDP resmi tidak pakai nomor itu. Tolong diblokir dan diumumkan.",
)
t(
    "transport",
    "scams",
    "Ada orang telepon dari {SCAMHP}, mengaku dari kantor Grab Kupang, bilang akun driver saya dibekukan dan minta kode OTP {KODE}. Setelah saya kasih, saldo dompet {HARGA} hilang. <<Nomor itu bilang dia dari Grab, padahal CS Grab tidak pernah telepon.||CS Grab bilang mereka tidak pernah telepon driver.>> Saya {M1}, plat {M1.plate}, HP {M1.hp}. Mohon ditindak.",
)
t(
    "transport",
    "mixed",
    "{TRAVEL} tinggalkan mama saya {F1} di Kefa. Mama (HP {F1.hpocr}) sudah bayar {HARGA}. Sopir travel, Om {M2.g}, nomor dia {M2.hp}, bilang mobil penuh. Admin travel {BIZHP} hanya minta maaf. Mama sekarang menginap di rumah keluarga {M3.f}. Mohon Dishub NTT tindak. Saya anaknya {M4}, HP {M4.hp}.",
)
t(
    "transport",
    "mixed",
    "Laporan tabrak lari: tanggal {TGL} jam {JAM} di {ROAD}, motor plat {PLATE} tabrak bapak saya {M1} yang jalan kaki. Pelaku ojek pangkalan. Pangkalan ojek {PANGKALAN} tu nomor {BIZHP}, katanya tidak kenal. Saksi, Tanta {F2.g}, bisa dihubungi di {F2.hp}. Bapak dirawat di RSUD Prof. Dr. W. Z. Johannes. Kontak keluarga {M3.hp}.",
)

# --- kos: rental and boarding-house disputes ---

t(
    "kos",
    "own",
    "Saya {F1}, mahasiswi, tinggal di {KOS} kamar {N}. Uang jaminan {UANG} tidak dikembalikan waktu saya pindah. Ibu kos tahan KTP saya (NIK {F1.nik}). HP saya {F1.hp}, HP orang tua di Ende {M2.hp} ({M2.g}). Nomor {KOS} di papan nama {BIZHP} sudah blokir saya.",
)
t(
    "kos",
    "own",
    "Keberatan ke Dinas Perkim. Saya sewa rumah di {M1.addr} sejak {TGL}. Pemilik rumah putus listrik dan air karena saya protes atap bocor. Kontrak sewa saya simpan. Kontak saya {M1.hpi}, istri saya {F2} {F2.hpb}. Nomor ID pelanggan PLN rumah itu {IDPEL}.",
)
t(
    "kos",
    "others",
    'Mohon bantuan mediasi. Pemilik kos, Bapak {M1}, naikkan sewa dari {HARGA1} jadi {HARGA2} tanpa pemberitahuan dan usir anak-anak kos yang tidak mau bayar. Kos itu tidak ada nama, hanya papan "TERIMA KOS PUTRA HUB {M1.hpb}" di depan rumahnya, {M1.addr}. Anak saya {M3.g} tinggal di sana. Saya {F2}, HP {F2.hp}.',
)
t(
    "kos",
    "others",
    "Tetangga sebelah, {M1}, sewakan kamar ke {N} anak kos, parkir motor di gang dan musik sampai pagi. Kami sudah tegur. Anak kosnya yang paling ribut namanya {M2.g}, nomornya {M2.hp}. Pemilik sendiri HP {M1.hp}. Ketua RT bilang urusan pribadi. Kami warga {RT} melaporkan supaya kelurahan turun tangan.",
)
t(
    "kos",
    "offices",
    "Pertanyaan ke Dinas Perkim: apakah kos-kosan wajib izin? Di {KEL} ada {NN} kos baru, sampah menumpuk di {ROAD}. Saya sudah telepon kelurahan {OFCTEL}, disuruh WA ke DLHK {OFCHP}. DLHK bilang urusan kelurahan. Tiket pengaduan {TIX}.",
)
t(
    "kos",
    "offices",
    "Anak kos di {KEL} mau urus surat keterangan domisili untuk daftar kerja. Kantor kelurahan minta surat dari pemilik kos dan pengantar RT, lalu bayar {HARGA}. Apakah resmi? Layanan informasi kelurahan: telp {OFCTEL}, WA {OFCHP}. Sudah dihubungi, tidak ada balasan. Mohon penjelasan Dukcapil.",
)
t(
    "kos",
    "business",
    'Saya adukan {KOS}. Papan di depan: "{KOS|u} – TERIMA PUTRI – AC, WIFI – HUB {BIZHP}". Waktu masuk dijanjikan WiFi, ternyata tidak ada. Uang bulan ini {HARGA} sudah dibayar ke rekening usaha kos. Admin kos hanya balas "nanti dicek". Mohon Dinas Perdagangan dan DPMPTSP periksa.',
)
t(
    "kos",
    "business",
    'Agen properti "{AGEN}" di {ROAD} (telp kantor {BIZTEL}, WA {BIZHP}) sewakan rumah yang ternyata sedang sengketa. Pemilik aslinya, Ibu {F1}, datang dan bilang tidak pernah kasih kuasa. Nomor Ibu {F1.g}: {F1.hp}. Uang sewa setahun {UANG} sudah saya bayar ke agen. Kuitansi {NOTA}. Saya {M2}, {M2.hp}.',
)
t(
    "kos",
    "scams",
    "Penipuan kos online: akun IG {HANDLE} pasang iklan kos murah di {KEL}, minta DP {HARGA} lewat transfer. Admin WA {SCAMHP} mengaku pengelola {KOS}. Pengelola asli {KOS} bilang nomor itu bukan nomor mereka. Mohon diblokir.",
)
t(
    "kos",
    "scams",
    "Ada nomor {SCAMHP} mengaku petugas Dinas Perkim, datang ke kos-kosan di {KEL} bilang harus bayar izin kos {UANG} hari itu juga. Tidak ada surat tugas, kuitansi tulisan tangan nomor {NOTA}. Nomor Dinas Perkim yang asli di website {OFCTEL}. Apakah betul ada pungutan itu?",
)
t(
    "kos",
    "mixed",
    "Saya {F1}, tinggal di kontrakan {F1.addr}. Pemilik rumah, Om {M2}, masuk ke rumah waktu saya tidak ada dan ambil tabung gas. Nomor dia {M2.hp}, kalau ditelepon marah-marah. Saya sudah lapor Ketua RT, Bapak {M3}, HP {M3.hp}. Mohon bantuan mediasi dari kelurahan ({OFCTEL}). No KK saya {F1.kk}.",
)
t(
    "kos",
    "mixed",
    "Data kos yang saya sewa:\nNama kos: {KOS}\nPemilik: {M1}\nHP pemilik: {M1.hp}\nAlamat kos: {F2.addr}\nPenyewa: {F2}\nHP penyewa: {F2.hp}\nMasalah: token listrik dibeli penyewa tapi meter {METER} dipakai bersama {N} kamar. Pemilik tidak mau pasang meter sendiri. Nomor pengaduan PLN 123 bilang itu urusan pemilik.",
)

# --- papan: project boards, posters, banners and stickers photographed and typed out ---

t(
    "papan",
    "own",
    "Saya ketik ulang poster yang kami tempel sendiri:\n\nDICARI ANAK HILANG\nNama: {F1}\nUmur: {N} tahun\nTerakhir terlihat di {PASAR}, {TGL}\nHubungi: {M2.hp} (bapak) / {F3.hp} (mama)\n\nPoster ini dirobek petugas Satpol PP di {ROAD}. Mohon jangan dirobek dulu, anak kami belum ketemu.",
)
t(
    "papan",
    "own",
    "Ini pengumuman yang saya tempel di depan rumah saya karena saluran air tersumbat oleh proyek:\n\nKEPADA KONTRAKTOR PROYEK SALURAN {ROAD|u}: JANGAN BUANG TANAH DI DEPAN RUMAH KAMI. HUB PEMILIK RUMAH {M1|u} {M1.hps}\n\nSudah 2 minggu tidak ada yang hubungi. Rumah saya {M1.addr}. Mohon Dinas PUPR tegur kontraktor.",
)
t(
    "papan",
    "others",
    "Papan proyek di ujung gang kami (saya ketik ulang):\nPEKERJAAN: REHABILITASI SALURAN DRAINASE {ROAD|u}\nNO. KONTRAK: {KONTRAK}\nNILAI: {NILAI}\nPELAKSANA: {CV1|u}\nPENGAWAS: {CV2|u}\nWAKTU: 90 HARI KALENDER\n\nPekerjaan berhenti sebulan, galian terbuka. Mandor di lapangan, Pak {M1.g}, kasih nomor dia {M1.hp} tapi sudah tidak aktif. Anak tetangga jatuh ke galian. Mohon PUPR tindak lanjuti.",
)
t(
    "papan",
    "others",
    "Poster yang ditempel di tiang-tiang sekitar {KEL}:\n\nAWAS PENCURI! ORANG INI {M1|u}, ALAMAT {M1.addr|u}, HP {M1.hpb}. SUDAH CURI AYAM WARGA. KALAU LIHAT HUB {M2.hp}\n\nYang dituduh di poster itu tetangga kami, belum ada bukti. Ini pencemaran nama baik. Mohon kelurahan turunkan poster itu.",
)
t(
    "papan",
    "offices",
    "Papan informasi di depan {PKM} (saya foto, ketik ulang):\nJAM PELAYANAN: SENIN–JUMAT 08.00–14.00, SABTU 08.00–11.00\nUGD 24 JAM: {OFCTEL}\nPENDAFTARAN ONLINE WA: {OFCHP1}\nPENGADUAN: {OFCHP2}\nNomor pengaduan di papan itu sudah tidak terdaftar. Kemarin anak demam tinggi jam {JAM}, UGD tidak ada dokter. Mohon Dinkes perbaiki.",
)
t(
    "papan",
    "offices",
    "Papan proyek jalan di {KEL}:\nKEGIATAN: PENINGKATAN JALAN LINGKUNGAN\nSUMBER DANA: DAU TA 2026\nNILAI KONTRAK: {NILAI}\nNO. SPK: {KONTRAK}\nPENGADUAN: DINAS PUPR KOTA KUPANG {OFCTEL}\n\nBaru {N} bulan jalan sudah retak. Papan proyek sudah dicabut. Mohon diperiksa kualitasnya.",
)
t(
    "papan",
    "business",
    "Spanduk yang dipasang di pagar sekolah {SCHOOL}:\nLES PRIVAT CALISTUNG & MATEMATIKA\n{LES}\nDaftar: {BIZHP1} / {BIZHP2}\nBiaya {HARGA}/bulan\nApakah boleh sekolah negeri dipakai untuk promosi les berbayar? Guru-guru juga paksa murid ikut les itu.",
)
t(
    "papan",
    "business",
    "Poster di tembok {PASAR}:\nSEDOT WC – BUANG SAMPAH – ANGKUT PUING\nMURAH & CEPAT\nHUB: {BIZHP}\n\nTruk usaha itu buang puing di lahan kosong samping rumah saya, {M1.addr}. Sopirnya bilang disuruh bosnya. Saya {M1}, HP {M1.hp}.",
)
t(
    "papan",
    "scams",
    'Stiker ditempel di meteran listrik rumah-rumah di {KEL}:\n"PLN PEDULI – GANTI METER GRATIS – HUB PETUGAS {SCAMHP}"\nOrang yang datang minta {HARGA}. Saya sudah cek ke PLN 123, mereka bilang tidak ada program itu. Mohon PLN umumkan.',
)
t(
    "papan",
    "scams",
    'Brosur dibagikan di depan {PASAR}: "Bantuan modal UMKM dari Kementerian, daftar via WA {SCAMHP1}, biaya administrasi {HARGA}. Kantor perwakilan: {SCAMHP2}." Nomor-nomor itu mengaku dari kementerian. Dinas Koperasi bilang tidak ada program itu. Mohon diusut.',
)
t(
    "papan",
    "mixed",
    "Papan proyek pembangunan talud di belakang rumah kami:\nPELAKSANA: {CV1}\nKONSULTAN: {CV2}\nHP PENGAWAS LAPANGAN: {OFCHP}\n\nTalud itu ambruk dan timpa dapur rumah {F1} di {F1.addr}. Kami sudah telepon nomor pengawas di papan, dia bilang bukan urusannya. Mandor, Om {M2.g}, HP {M2.hpd}, bilang tunggu bos. Keluarga {F1.f} sekarang tinggal menumpang. Kontak saya {M3.hp}.",
)
t(
    "papan",
    "mixed",
    "Poster acara yang ditempel di kantor kelurahan:\nLOMBA KEBERSIHAN ANTAR-RT {KEL|u}\nPendaftaran: Sekretariat Kelurahan, telp {OFCTEL}\nKetua Panitia: {M1|u} ({M1.hp})\nHADIAH JUARA 1 {UANG}\nPemenang tahun lalu, RT {NRT}, sampai sekarang belum terima hadiah. Ketua panitia tidak angkat telepon.",
)

# --- callcentre: notes and logs of calls to 112, the Unit Pengaduan, offices, PLN ---

t(
    "callcentre",
    "own",
    "CATATAN CALL CENTER 112 – {TGL} {JAM}\nPenelepon: {F1}\nNo. penelepon: {F1.hp}\nNo. alternatif: {M2.hp} (suami)\nLokasi: {F1.addr}, Kel. {KEL}\nKejadian: pohon tumbang timpa rumah, tidak ada korban.\nDiteruskan ke: BPBD, telp {OFCTEL}\nPetugas: {P3.g}\nNo. tiket: {TIX}",
)
t(
    "callcentre",
    "own",
    "Log pengaduan Unit Pengaduan Kasih\nTanggal: {TGL}\nKanal: telepon ke {OFCHP}\nPelapor: {M1} (NIK {M1.nik})\nKontak: {M1.hpdot} / rumah {M1.tel}\nE-mail: {M1.mail}\nIsi: keluhan tagihan air {UANG} padahal rumah kosong 2 bulan. No. sambungan {NOSAMB}.\nTindak lanjut: diteruskan ke Perumda, nomor tiket {TIX}.",
)
t(
    "callcentre",
    "others",
    "Catatan telepon masuk – Dinas Sosial\n{TGL} {JAM}\nPenelepon mengaku tetangga dari Ibu {F1} (lansia, tinggal sendiri di {F1.addr}). Ibu {F1.g} belum terima BPNT 3 bulan. Nomor HP Ibu {F1.g} (dipegang cucu {M2.g}): {M2.hp}. Penelepon tidak mau sebut nama, nomor masuk {P3.hp}.\nTindak lanjut: pendamping PKH kelurahan dihubungi.",
)
t(
    "callcentre",
    "others",
    "CALL CENTER PLN 123 – rekap keluhan\nPelanggan: {M1}\nID pel: {IDPEL}\nTelp: {M1.hp}\nKeluhan: tetangga, {M2}, sambung listrik ilegal dari meteran pelanggan. No HP tetangga yang diberikan pelanggan: {M2.hpd}\nStatus: dijadwalkan P2TL {TGL}\nAgent: {F3.g}",
)
t(
    "callcentre",
    "offices",
    "Catatan operator 112:\n{JAM1} – panggilan masuk, penelepon tidak bicara, putus.\n{JAM2} – laporan kebakaran lahan di {KEL}, diteruskan ke Damkar 113 dan Polsek {KEC} ({OFCTEL1}).\n{JAM3} – info nomor {PKM} ditanyakan, diberikan {OFCTEL2}.\nCatatan supervisor: nomor WA Damkar {OFCHP} tidak aktif, mohon diperbarui.",
)
t(
    "callcentre",
    "offices",
    "Rekap pengaduan telepon Bapenda, {TGL}:\n1. Wajib pajak tanya NOP {NOP}, tagihan PBB naik. Diarahkan ke loket.\n2. Tanya nomor WA layanan PBB, diberikan {OFCHP}.\n3. Keluhan telp kantor {OFCTEL} tidak diangkat jam istirahat.\nJumlah panggilan: {NN}.",
)
t(
    "callcentre",
    "business",
    "Catatan CS: penelepon anonim laporkan {BENGKEL} di {ROAD} buang oli bekas ke selokan. Nomor bengkel di spanduk {BIZHP}. Penelepon juga sebut {TOKO} jual gas LPG di atas HET, {HARGA}, telp toko {BIZTEL}. Diteruskan ke DLHK dan Disperindag. Tiket {TIX}.",
)
t(
    "callcentre",
    "business",
    'LOG TELEPON – Disperindag\nPenelepon: {F1}, HP {F1.hp}\nTerlapor: {DEPO}, WA depot {BIZHP}\nKeluhan: galon isi ulang berlumut. Pemilik depot, {M2}, bilang ke penelepon "telepon saya langsung sa" di {M2.hp}.\nTindak lanjut: uji sampel {TGL}.',
)
t(
    "callcentre",
    "scams",
    "Catatan call center Bank NTT (disalin nasabah):\nNasabah: {F1}, HP terdaftar {F1.hpd}\nNasabah lapor terima telepon dari {SCAMHP} yang mengaku petugas Bank NTT minta update data dan kode OTP. Nasabah belum kasih. Call center menyampaikan bahwa bank tidak pernah minta OTP, nomor resmi hanya 14017 dan {OFCTEL}. Nomor tiket {TIX}.",
)
t(
    "callcentre",
    "scams",
    "Call center Dukcapil – catatan {TGL}\nWarga tanya tentang SMS dari {SCAMHP1} dan {SCAMHP2} yang mengaku dari Dukcapil, minta transfer {HARGA} untuk percepatan cetak KTP-el. Dijelaskan bahwa layanan Dukcapil gratis dan WA resmi {OFCHP}. Nomor-nomor tersebut diteruskan ke Polresta.",
)
t(
    "callcentre",
    "mixed",
    "CATATAN PENGADUAN TELEPON\nTgl: {TGL} Jam: {JAM}\nNama pelapor: {M1}\nNIK: {M1.nikg}\nHP: {M1.hp}\nAlamat: {M1.addr}\nKasus: motor dinas kelurahan plat {PLATE} dipakai untuk antar anak sekolah oleh staf, {M2}.\nNomor staf yang diberikan pelapor: {M2.hp}\nDiteruskan ke Inspektorat. Tiket {TIX}.",
)
t(
    "callcentre",
    "mixed",
    "Transkrip singkat:\nPetugas: Unit Pengaduan, dengan {F1.g}, ada yang bisa dibantu?\nPenelepon: Saya {M2} dari {KEL}. Mau lapor petugas parkir di {PASAR} minta {HARGA}.\nPetugas: Nomor Bapak yang bisa dihubungi?\nPenelepon: {M2.hps}. Atau anak saya {F3.g}, {F3.hp}.\nPetugas: Baik, kami teruskan ke Dishub. Kalau ada kendala hubungi kami di {OFCHP}.",
)

# --- keberatan: letters of objection ---

t(
    "keberatan",
    "own",
    "Kupang, {TGL}\nKepada Yth.\nKepala Bapenda Kota Kupang\ndi Kupang\n\nPerihal: Keberatan atas SPPT PBB Tahun 2026\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : {M1}\nNIK : {M1.nik}\nNPWP : {M1.npwp}\nAlamat : {M1.addr}, Kel. {KEL}\nNo. HP : {M1.hp}\nEmail : {M1.mail}\n\nmengajukan keberatan atas SPPT PBB NOP {NOP} dengan tagihan {UANG}, naik tiga kali lipat dari tahun lalu. Bersama ini saya lampirkan fotokopi KTP dan SPPT.\n\nHormat saya,\n\n{M1}",
)
t(
    "keberatan",
    "own",
    "Perihal: Surat keberatan tagihan air\n\nKepada Yth. Direktur Perumda Air Minum Kota Kupang\n\nSaya {F1}, pelanggan No. sambungan {NOSAMB}, tinggal di {F1.addr}. Tagihan bulan {BULAN} sebesar {UANG}, padahal meteran tidak jalan. Mohon pemeriksaan ulang. Saya bisa dihubungi di {F1.hpn}\natau telepon rumah {F1.tel}.\n\nHormat saya,\n{F1}",
)
t(
    "keberatan",
    "others",
    "Kepada Yth. Lurah {KEL}\nPerihal: Keberatan atas bengkel las di lingkungan rumah\n\nKami warga yang bertanda tangan di bawah ini keberatan atas bengkel las milik Bapak {M1} di rumahnya, {M1.addr}, yang beroperasi sampai malam. Kami sudah bicara dengan Bapak {M1.g} (HP {M1.hp}) tapi tidak ada perubahan.\n\n1. {M2} – {M2.hp}\n2. {F3} – {F3.hpd}\n3. {M4} – {M4.hps}",
)
t(
    "keberatan",
    "others",
    "Perihal: Keberatan atas pemasangan tower di samping rumah\n\nKepada Yth. Kepala DPMPTSP Kota Kupang\n\nSaya {F1} keberatan karena pemilik lahan, Bapak {M2}, menyewakan tanahnya untuk tower tanpa musyawarah. Nomor HP Bapak {M2.g}: {M2.hp62}. Kontraktor {CV} (kantor {BIZTEL}) bilang izin sudah lengkap, nomor izin {IZIN}. Mohon ditinjau.\n\nHormat saya,\n{F1}\nHP {F1.hp}",
)
t(
    "keberatan",
    "offices",
    "Kepada Yth. Kepala Dinas Dukcapil Kota Kupang\nPerihal: Keberatan atas layanan\n\nDengan hormat, kami Forum Warga Peduli Kota menyampaikan keberatan karena antrean di loket {N} tidak dilayani sejak jam {JAM}. Nomor WA layanan {OFCHP} dan telepon kantor {OFCTEL} yang tertera di kop surat Dinas tidak aktif. Mohon perbaikan.\n\nHormat kami,\nForum Warga Peduli Kota",
)
t(
    "keberatan",
    "offices",
    "KOP: DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN KOTA KUPANG\n{OFCADDR} Telp. {OFCTEL} WA {OFCHP}\n\nNomor: {SURAT}\nPerihal: Jawaban atas keberatan warga\n\nMenanggapi surat keberatan warga RT {NRT} Kel. {KEL} tertanggal {TGL} mengenai TPS liar di {ROAD}, kami sampaikan bahwa pengangkutan akan dijadwalkan ulang. Pengaduan lanjutan ke {OFCHP}.\n\na.n. Kepala Dinas\nSekretaris\nNIP {NIP}",
)
t(
    "keberatan",
    "business",
    "Kepada Yth. Kepala Dinas Perindustrian dan Perdagangan\nPerihal: Keberatan atas praktik {TOKO}\n\nKami keberatan atas {TOKO} ({BIZADDR}, telp {BIZTEL}, WA {BIZHP}) yang menjual minyak tanah di atas HET, {HARGA} per liter. Nota pembelian nomor {NOTA} terlampir. NPWP toko yang tertera di nota: {NPWPB}.\n\nHormat kami,\nPengurus Forum Pedagang {PASAR}",
)
t(
    "keberatan",
    "business",
    "Perihal: Keberatan atas penagihan bengkel\n\nSaya {M1}, pemilik mobil {M1.plate}, keberatan atas tagihan {BENGKEL} ({BIZHP}) sebesar {UANG} untuk perbaikan yang tidak dikerjakan. Kepala bengkel, Bapak {M2}, sudah saya hubungi di nomor pribadinya {M2.hp}, tetapi tidak ada itikad baik. Faktur {NOTA}.\n\nHormat saya,\n{M1}\n{M1.hpd}",
)
t(
    "keberatan",
    "scams",
    "Kepada Yth. Kapolresta Kupang Kota\nPerihal: Laporan penipuan atas nama instansi\n\nKami pengurus {KOPKAR} menerima telepon dari {SCAMHP1} yang mengaku dari Inspektorat, meminta uang {UANG} agar temuan audit tidak diteruskan. Nomor {SCAMHP2} juga mengaku dari media online dan minta uang iklan. Mohon diusut.\n\nHormat kami,\nPengurus",
)
t(
    "keberatan",
    "scams",
    "Perihal: Keberatan atas SMS tagihan pajak kendaraan\n\nSaya menerima SMS dari {SCAMHP} yang mengaku Samsat Kupang dan menagih denda pajak {HARGA} ke VA {VA}. Padahal pajak kendaraan saya sudah lunas. Mohon Bapenda Provinsi NTT memberi klarifikasi dan memblokir nomor tersebut. Layanan Samsat resmi yang saya tahu {OFCTEL}.",
)
t(
    "keberatan",
    "mixed",
    "Kupang, {TGL}\nKepada Yth. Kepala Dinas Sosial Kota Kupang\nPerihal: Keberatan dicoret dari DTKS\n\nNama: {F1}\nNIK: {F1.nik}\nNo. KK: {F1.kk}\nAlamat: {F1.addr}\nHP: {F1.hpb}\n\nSaya dicoret dari DTKS tanpa pemberitahuan, padahal suami saya {M2} sakit stroke dan tidak bekerja. Pendamping PKH, Ibu {F3}, bilang nama saya diganti orang lain. Nomor pendamping: {F3.hp}.\n\nHormat saya,\n{F1}",
)
t(
    "keberatan",
    "mixed",
    "Kepada Yth. Lurah {KEL}\nPerihal: Keberatan atas surat teguran\n\nSaya {M1}, pemilik kios di depan rumah sendiri, {M1.addr}, menerima surat teguran nomor {SURAT} karena kios dianggap melanggar. Kios itu bagian dari rumah saya. Mohon ditinjau. Nomor HP saya {M1.hp}; nomor kantor kelurahan yang tertulis di surat, {OFCTEL}, tidak aktif.\n\nTembusan: Camat {KEC}\n\n{M1}",
)

# --- voice_note: Kupang Malay voice notes typed out ---

t(
    "voice_note",
    "own",
    "[VN 1:12, diketik ulang] Selamat siang Bapa Ibu di Unit Pengaduan. Beta {F1.g} dari {KEL}. Beta mau lapor, lampu jalan di beta pung gang su mati satu bulan. Anak-anak sonde berani pulang malam. Kalo mau tanya-tanya, telpon beta di {F1.hp} sa, atau beta pung laki {M2.g} di {M2.hp}. Makasih banyak e.",
)
t(
    "voice_note",
    "own",
    "[Voice note 0:48 – transkrip] Halo, beta {M1}. Beta pung nomor HP yang lama {M1.hpb} su hilang, jadi nomor yang terdaftar di Dukcapil sonde bisa terima OTP. Sekarang beta pake nomor baru {P2.hpd}. Beta pung NIK {M1.nik}. Tolong ganti dolo, beta mau urus BPJS.",
)
t(
    "voice_note",
    "others",
    "[VN 2:05 dari grup, diketik] Woe, bosong tau ko sonde, Om {M1.g} yang jual daging babi di samping {PASAR} tu, dia pung daging su bau. Beta beli kemarin, satu rumah sakit perut. Om tu pung nomor {M1.hp}, beta su telpon dia bilang bukan dia pung salah. Tolong dinas kesehatan periksa dolo. Beta {F2}.",
)
t(
    "voice_note",
    "others",
    "[VN ditranskrip] Pak, beta pung tetangga, Tanta {F1.g}, tiap malam bakar sampah plastik, asap masuk ke rumah. Kami su tegur, dia marah. Dia pung anak {M2.g} kasi nomor {M2.hpdot}, bilang kalo ada apa-apa telpon dia sa. Beta su telpon, dia sonde angkat. Rumah dong di {F1.addr}. Tolong e.",
)
t(
    "voice_note",
    "offices",
    "[VN 0:55, diketik ulang] Selamat pagi. Beta mau tanya, nomor WA {PKM} yang di papan tu {OFCHP}, beta su WA dari kemarin, sonde ada yang bales. Telepon {OFCTEL} juga sonde angkat. Beta pung mama mau kontrol gula darah. Jadi bagaimana ni? Makasih.",
)
t(
    "voice_note",
    "offices",
    "[VN 1:30 – transkrip] Bapa mama dong, ini info dari Kelurahan {KEL}: kalo mau daftar imunisasi anak, WA ke {OFCHP1} atau datang langsung ke posyandu. Tapi beta su WA, dong bilang pake nomor lain, {OFCHP2}. Jadi yang mana yang betul? Tolong kelurahan kasi jelas dolo.",
)
t(
    "voice_note",
    "business",
    "[VN dari sopir pick-up, diketik] Beta mau lapor {DEPO} yang jual air tangki pake harga sesuka hati. Kemarin {HARGA1}, hari ini {HARGA2}. Dong pung nomor {BIZHP}, kalo telpon dong bilang sopir yang atur harga. Tolong pemerintah atur harga air tangki dolo.",
)
t(
    "voice_note",
    "business",
    "[VN ditranskrip] Bosong, beta pesan kue ulang tahun di {TOKOKUE}, dong pung nomor di Facebook {BIZHP}. Kue datang su rusak. Yang antar tu dong pung karyawan, {M1.g}, kasi beta dia pung nomor {M1.hp}, bilang nanti bos ganti. Sampe sekarang sonde ada. Beta {F2}, nomor beta {F2.hp}.",
)
t(
    "voice_note",
    "scams",
    "[VN 0:40, diketik] Awas e bapa mama dong! Ada orang telpon pake nomor {SCAMHP}, dia bilang dia dari Dinas Sosial, bilang kita dapat bantuan {UANG}, tapi harus kirim foto KTP deng KK dolo. Itu tipu! Jang kasi! Ada lagi yang telpon dari {P1.hp}, mengaku dari kampung yang sama deng beta, mau pinjam uang.",
)
t(
    "voice_note",
    "scams",
    '[VN 1:02 diketik ulang] Beta dapat WA dari {SCAMHP1}, dia bilang dia kurir J&T, kirim file "foto paket.apk". Beta pung ade {F1.g} buka, langsung HP dia ({F1.hp}) kena hack, WA dia kirim pesan minta pulsa ke semua. Ada lagi nomor {SCAMHP2} bilang dari kantor pos. Tolong polisi tangkap dong.',
)
t(
    "voice_note",
    "mixed",
    "[VN 2:11 ditranskrip] Selamat sore. Beta {M1}, tinggal di {M1.addr}. Beta pung motor plat {M1.plate} ditahan di kantor Dishub, bilang parkir liar. Beta su telpon Dishub {OFCTEL}, dong suru bayar denda {HARGA}. Tapi petugas yang tahan, namanya {M2.g}, minta bayar tunai ke dia, kasi nomor dia {M2.hp}. Itu resmi ko sonde? Beta pung nomor {M1.hp}.",
)
t(
    "voice_note",
    "mixed",
    "[VN 1:45 – transkrip] Halo, ini beta {F1}, mama dari {M2.g}, murid {SCHOOL}. Wali kelas, Ibu {F3}, minta uang les tambahan {HARGA}, kalo sonde bayar anak sonde dapat nilai. Ibu {F3.g} pung nomor {F3.hp}, beta pung nomor {F1.hp}. Nomor sekolah {OFCTEL} sonde pernah angkat.",
)

# --- sms_caps: SMS to 1708 in capitals (the whole text is put in capitals after filling) ---

t(
    "sms_caps",
    "own",
    "KOTKUPANG AIR PDAM DI RUMAH SAYA {M1.addr} MATI 1 MINGGU. NO SAMBUNGAN {NOSAMB}. HUB SAYA {M1.hpb}/{F2.hpb} (ISTRI). {M1}",
)
t(
    "sms_caps",
    "own",
    "KOTKUPANG SAYA {F1} NIK {F1.nik} SUDAH {N} BULAN KTP BELUM JADI. NO HP SAYA {F1.hpocr} TIDAK BISA TERIMA SMS DUKCAPIL. MOHON BANTU. TIKET {TIX}",
)
t(
    "sms_caps",
    "others",
    "KOTKUPANG TETANGGA SAYA {M1} DI {M1.addr} PELIHARA BABI DEKAT SUMUR WARGA. SUDAH DITEGUR. NO HP DIA {M1.hpb}. TOLONG DINAS TINDAK. DARI {F2.g} DI {KEL}",
)
t(
    "sms_caps",
    "others",
    "KOTKUPANG PETUGAS PARKIR DI {PASAR} NAMA {M1} MINTA {HARGA} PADAHAL KARCIS 2000. NOMOR DIA {M1.hp}. MOTOR SAYA {P2.plate} DIA TAHAN KUNCI. MOHON DISHUB TINDAK",
)
t(
    "sms_caps",
    "offices",
    "KOTKUPANG NOMOR WA PENGADUAN PDAM {OFCHP} DAN TELP {OFCTEL} TIDAK AKTIF. AIR MATI DI {KEL} SUDAH {N} HARI. MOHON DITINDAKLANJUTI",
)
t(
    "sms_caps",
    "offices",
    "KOTKUPANG MOHON INFO NOMOR RESMI {PKM}. DI PAPAN TULIS {OFCHP1} TAPI DI FB TULIS {OFCHP2}. MANA YG AKTIF? TIKET {TIX}",
)
t(
    "sms_caps",
    "business",
    "KOTKUPANG {TOKO} DI {ROAD} JUAL GAS 3 KG {HARGA}. DI ATAS HET. NO TOKO {BIZHP}. NOTA NO {NOTA}. MOHON DISPERINDAG CEK",
)
t(
    "sms_caps",
    "business",
    "KOTKUPANG SAYA {F1}, PEMILIK WARUNG MAKAN DI {KEL}. HP SAYA {F1.hp}. PETUGAS RETRIBUSI MINTA {HARGA} TANPA KARCIS. NOMOR WA WARUNG {BIZHP} SUDAH DIA BLOKIR",
)
t(
    "sms_caps",
    "scams",
    "KOTKUPANG AWAS PENIPUAN. NOMOR {SCAMHP} NGAKU PETUGAS PLN MINTA TRANSFER {HARGA} UNTUK GANTI METER. SUDAH ADA {N} WARGA RT {NRT} KENA",
)
t(
    "sms_caps",
    "scams",
    "KOTKUPANG SAYA DAPAT WA DARI {SCAMHP1} DAN {SCAMHP2} NGAKU ADMIN BANSOS KEMENSOS MINTA FOTO KK. BENAR KAH? TOLONG INFO",
)
t(
    "sms_caps",
    "mixed",
    "KOTKUPANG MOTOR SAYA {M1.plate} HILANG DI DEPAN {PKM} TGL {TGL}. SUDAH LAPOR POLSEK {LP}. HUB {M1.hp} ({M1.g}). SATPAM PUSKESMAS TIDAK MAU KASI CCTV",
)
t(
    "sms_caps",
    "mixed",
    "KOTKUPANG ANAK SAYA {F1.g} DI {SCHOOL} DITAMPAR GURU {M2}. HP GURU ITU {M2.hp}. KEPSEK TIDAK RESPON, TELP SEKOLAH {OFCTEL}. SAYA {F3}, WARGA {F3.rt}, HP {F3.hp}",
)


# ---------------------------------------------------------------------------------------------
# Filling and checking

OCR_LETTERS = "OolISB"


def count_digits(value: str, letters: str = "") -> int:
    return sum(1 for c in value if c.isdigit() or c in letters)


def render(source: str, style: str) -> tuple[str, list[dict[str, object]]]:
    fill = Fill()
    text = OPTION.sub(lambda m: RNG.choice(m.group(1).split("||")), source)
    text = PLACEHOLDER.sub(fill.sub, text)
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = length = 0
    for m in MARK.finditer(text):
        before = text[pos : m.start()]
        out.append(before)
        length += len(before)
        value = m.group(2)
        spans.append(
            {"kind": m.group(1), "start": length, "end": length + len(value), "value": value}
        )
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if style == "sms_caps":
        upper = plain.upper()
        assert len(upper) == len(plain)
        plain = upper
        for span in spans:
            span["value"] = str(span["value"]).upper()
    return plain, spans


def check(text: str, spans: list[dict[str, object]], where: str) -> None:
    for bad in ("{", "}", "[[", "]]", "<<", ">>", "||"):
        if bad in text:
            raise AssertionError("%s: marker %r left in the text" % (where, bad))
    last_end = -1
    for span in sorted(spans, key=lambda s: int(s["start"])):
        kind, start, end = str(span["kind"]), int(span["start"]), int(span["end"])
        value = text[start:end]
        if kind not in KINDS:
            raise AssertionError("%s: unknown kind %s" % (where, kind))
        if not 0 <= start < end <= len(text):
            raise AssertionError("%s: span outside the text" % where)
        if value != span["value"]:
            raise AssertionError("%s: span %r is not its value %r" % (where, value, span["value"]))
        if start < last_end:
            raise AssertionError("%s: overlapping spans at %d" % (where, start))
        last_end = end
        first, final = value[0], value[-1]
        if first.isspace() or (not first.isalnum() and not (kind == "phone" and first in "+(")):
            raise AssertionError("%s: %s span %r opens badly" % (where, kind, value))
        if final.isspace() or not final.isalnum():
            raise AssertionError("%s: %s span %r ends badly" % (where, kind, value))
        if kind == "name":
            if "@" in value or any(c.isdigit() for c in value):
                raise AssertionError("%s: name %r holds a digit or @" % (where, value))
            if value.split()[0].strip(".").lower() in TITLES:
                raise AssertionError("%s: name %r opens with a title" % (where, value))
        elif kind == "phone":
            n = count_digits(value, OCR_LETTERS + "L")
            if not 9 <= n <= 14:
                raise AssertionError("%s: phone %r has %d digits" % (where, value, n))
        elif kind in ("nik", "kk"):
            n = count_digits(value, OCR_LETTERS + "L")
            if not 15 <= n <= 17:
                raise AssertionError("%s: %s %r has %d digits" % (where, kind, value, n))
        elif kind == "npwp":
            if count_digits(value) not in (15, 16):
                raise AssertionError("%s: npwp %r" % (where, value))
        elif kind == "bpjs":
            if count_digits(value) != 13:
                raise AssertionError("%s: bpjs %r" % (where, value))
        elif kind == "bank_account":
            if not 10 <= count_digits(value) <= 16:
                raise AssertionError("%s: account %r" % (where, value))
        elif kind == "email" and "@" not in value:
            raise AssertionError("%s: email %r" % (where, value))


def covered(spans: list[dict[str, object]], start: int, end: int) -> bool:
    return any(int(s["start"]) <= start and end <= int(s["end"]) for s in spans)


def clashes(text: str, spans: list[dict[str, object]]) -> bool:
    """True when a labelled name or number also stands somewhere unlabelled in the text.

    A name is looked for whole, in any case; a number also by its digits alone, so the same
    number written another way elsewhere must be labelled too.
    """
    positions = [i for i, c in enumerate(text) if c.isdigit()]
    digit_string = "".join(text[i] for i in positions)
    for span in spans:
        if span["kind"] == "address":
            continue
        value = text[int(span["start"]) : int(span["end"])]
        pattern = r"(?<![0-9A-Za-z])%s(?![0-9A-Za-z])" % re.escape(value)
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if not covered(spans, m.start(), m.end()):
                return True
        if span["kind"] != "name":
            core = re.sub(r"\D", "", value)
            if len(core) >= 9:
                for m in re.finditer(re.escape(core), digit_string):
                    start, end = positions[m.start()], positions[m.end() - 1] + 1
                    if not covered(spans, start, end):
                        return True
    return False


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    cells = Counter((style, theme) for style, theme, _ in TEMPLATES)
    for style in STYLES:
        for theme in THEMES:
            if cells[(style, theme)] < 1:
                raise AssertionError("no template for %s × %s" % (style, theme))
    number = 0
    for index, (style, theme, source) in enumerate(TEMPLATES):
        for fill_no in range(FILLS):
            where = "template %d (%s/%s) fill %d" % (index, style, theme, fill_no)
            for _attempt in range(200):
                text, spans = render(source, style)
                check(text, spans, where)
                if text in seen or clashes(text, spans):
                    continue
                break
            else:
                raise AssertionError("%s: no clean fill" % where)
            seen.add(text)
            number += 1
            records.append(
                {
                    "id": "d20-%04d" % number,
                    "text": text,
                    "spans": [
                        {"kind": s["kind"], "start": s["start"], "end": s["end"]}
                        for s in sorted(spans, key=lambda s: int(s["start"]))
                    ],
                    "style": style,
                    "theme": theme,
                }
            )
    return records


def table(records: list[dict[str, object]], key: str, order: tuple[str, ...]) -> list[str]:
    head = "| %s | texts | without spans | %s |" % (key, " | ".join(sorted(KINDS)))
    lines = [head, "|---|---:|---:|%s" % ("---:|" * len(KINDS))]
    total_kinds: Counter[str] = Counter()
    total_texts = total_empty = 0
    for value in order:
        group = [r for r in records if r[key] == value]
        kinds = Counter(str(s["kind"]) for r in group for s in r["spans"])  # type: ignore[union-attr]
        empty = sum(1 for r in group if not r["spans"])
        total_kinds.update(kinds)
        total_texts += len(group)
        total_empty += empty
        lines.append(
            "| %s | %d | %d | %s |"
            % (value, len(group), empty, " | ".join(str(kinds[k]) for k in sorted(KINDS)))
        )
    lines.append(
        "| **total** | %d | %d | %s |"
        % (total_texts, total_empty, " | ".join(str(total_kinds[k]) for k in sorted(KINDS)))
    )
    return lines


def main() -> int:
    records = build()
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(payload)
    digest = hashlib.sha256(payload).hexdigest()
    by_style = Counter(str(r["style"]) for r in records)
    empty = sum(1 for r in records if not r["spans"])
    spans = Counter(str(s["kind"]) for r in records for s in r["spans"])  # type: ignore[union-attr]
    assert len(records) >= 650, len(records)
    assert len(by_style) >= 11 and min(by_style.values()) >= 40, by_style
    assert empty / len(records) >= 0.30, empty
    print(
        "%s: %d texts, %d spans, %d texts (%.1f %%) without any span"
        % (OUT.name, len(records), sum(spans.values()), empty, 100 * empty / len(records))
    )
    print("SHA-256 %s" % digest)
    print()
    print("Spans per kind: " + ", ".join("%s %d" % (k, n) for k, n in spans.most_common()))
    print()
    print("\n".join(table(records, "theme", THEMES)))
    print()
    print("\n".join(table(records, "style", STYLES)))
    print()
    cell: defaultdict[tuple[str, str], int] = defaultdict(int)
    for r in records:
        cell[(str(r["style"]), str(r["theme"]))] += 1
    print("| style | %s |" % " | ".join(THEMES))
    print("|---|%s" % ("---:|" * len(THEMES)))
    for style in STYLES:
        print("| %s | %s |" % (style, " | ".join(str(cell[(style, theme)]) for theme in THEMES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
