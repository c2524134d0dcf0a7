# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, PLR0917, RUF001, RUF005, SIM905
"""Write tests/data/redaction_dev63.jsonl: whose number and whose tax number, told in prose.

Complaints and reports people write in their own words about public services in Kota Kupang
(water, power, roads, schools, hospitals, the civil registry, social aid, the tax office, the
police) and about people and businesses (landlords, drivers, sellers, contractors, neighbours,
debt collectors, officials): SMS to 1708 in capitals and in lower case, WhatsApp chats and
forwards, web forms' free text, e-mails to an office, Facebook posts and comments, call centre
transcripts, field officers' visit notes and offices' replies quoting the complaint. The clue to
whose a number is stands in a sentence, often far from the number or after it; a person's NPWP
(old, or the NIK that is now the NPWP) stands next to a body's, a treasurer's and NIKs that are
only NIKs.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{hp1}``,
``{npd1}``, ``{of_pdam_tel}``, ``{scam}`` ...) and alternatives (``«one¦other»``, nested ones
drawn innermost first), each filled several times with invented values; span offsets are
computed from the markers. Run ``python3 tests/data/make_redaction_dev63.py`` (standard library
only, deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
``@`` token with the forty characters before it; ``--show N SEED`` prints N texts drawn at random
with their spans marked; ``--dry`` writes nothing; ``--style S`` builds one style only and writes
nothing.
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

SEED = 63_2026_1208
OUT = Path(__file__).with_name("redaction_dev63.jsonl")
PREFIX = "d63"
FILLS = 9

# marker key -> kind of the guide
KINDS = {
    "n": "name",
    "p": "phone",
    "e": "email",
    "a": "address",
    "nik": "nik",
    "kk": "kk",
    "npwp": "npwp",
    "bpjs": "bpjs",
    "b": "bank_account",
    "pl": "plate",
}
STYLES = (
    "sms_caps",
    "sms_lower",
    "wa_chat",
    "wa_forward",
    "web_form",
    "email_office",
    "fb_post",
    "call_transcript",
    "visit_note",
    "office_reply",
)
THEMES = (
    "water",
    "power",
    "roads",
    "school",
    "health",
    "civil_registry",
    "social_aid",
    "tax",
    "police",
    "private_dealings",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 6,
    "name": 450,
    "phone": 250,
    "npwp": 90,
    "email": 40,
    "bank_account": 40,
    "nik": 60,
    "address": 70,
    "plate": 30,
    "kk": 20,
    "bpjs": 20,
    "themes": 10,
}
# words that may stand right before a name but never open its span
TITLES = set(
    """
    bapak ibu pak bu bpk bp sdr sdri saudara saudari ny nn tn dr drs dra ir pdt pastor romo
    h hj om tanta mama bapa oma opa nona kak kaka ka usi nyong bung mbak mas ko ci enci ade
    yth lurah camat guru bidan ketua sekretaris bendahara kepala direktur petugas admin
    operator pelapor penelepon penerima pemilik penyewa pemohon saksi ttd salam hormat dari nama
    an atas from to saya sy sa beta kami anak istri suami adik kakak tetangga almarhum alm
    sopir driver kurir ojek tukang penjual pembeli kasir perawat mantri mandor pelaksana toko
    kios bengkel travel depot tangki apotek laundry cv ud pt koperasi ksp yayasan panitia
    pendamping kader penagih pengirim bripka brigpol aiptu ipda iptu serka kapten wali kelas
    dengan deng dan yang pihak kpm wp siswa pasien keluarga kel
    """.split()
)
# name words many people share, which the repeat check leaves alone
SHARED = set(
    """
    made wayan ketut nyoman gede putu komang kadek luh ode daeng umbu rambu sitti sri tri dwi
    muhammad nur dewi
    """.split()
)

# ---------------------------------------------------------------- people (written for dev63)

M_LOCAL = """Yermias Obed Semuel Frengki Jefri Ebed Melki Zakarias Petrus Yakob Hendrik Andreas
Efraim Nikson Welem Yosias Ishak Matius Elias Demas Gerson Sefnat Oktovianus Arnold Dominggus
Marthen Simson Yunus Habel Rudolf Alfons Ferdinand Yeskiel Imanuel Jhoni Sakarias""".split()
F_LOCAL = """Yuliana Martha Naomi Ester Debora Selfina Orpa Yosina Adriana Margaretha Meriana Ribka
Sarlota Yunita Ferderika Kristina Astrid Welmince Fransina Serlin Novi Lenny Apriana Mersi Delvi
Herlina Agustina Imelda Wilhelmina Ruth Dorkas Susana Rahel Marlin Selvi Enjel Nelci Yanti""".split()
M_FLORES = """Fransiskus Yosef Aloysius Ignasius Bernadus Emanuel Kornelis Stefanus Gabriel
Wilibrodus Vinsensius Hironimus Rofinus Mikael Laurensius Florianus Yohanes Benediktus Silvester
Agustinus""".split()
F_FLORES = """Maria Theresia Bernadeta Veronika Skolastika Magdalena Anastasia Yasinta Fransiska
Emerensiana Klara Anjelina Yovita Modesta Elisabeth Katarina Sisilia Regina Paskalia""".split()
FAMILY = {
    "timor": """Nenohai Tamonob Nubatonis Kaesmetan Ninu Nomleni Oenunu Tapatab Nenometa Benufinit
    Kause Bilaut Takaeb Tanono Nakamnanu Nubnafi Banoet Naitboho Kolloh Nitbani Neolaka Sanam
    Taopan Atok Seran Bria Nahak Klau Selan Tualaka Fallo Koa Liu""".split(),
    "rote": """Ndolu Messakh Pandie Lenggu Ndaong Henukh Kiuk Lapenangga Nalle Saudale Tungga Foeh
    Dethan Haning Pellokila Mooy Adoe Ndoen Fanggidae Ndaumanu""".split(),
    "sabu": """Bire Lado Hege Djami Wadu Lomi Bengu Tade Rohi Ludji Mone Ngara""".split()
    + ["Riwu Rohi", "Dju Lado", "Tuka Lomi", "Pono Wadu", "Kana Hege"],
    "flores": """Lewar Koten Gobang Wungo Rangga Bhoki Parera Fernandez Sogen Hurint Liwun Maran
    Kewuan Lamanepa Moa Beding Tokan Openg""".split()
    + ["da Gomez", "de Rosari"],
    "sumba": """Hunggu Ngongo Njurumana Kareri Mbiliyora Kaborang Hamapati Lewu""".split(),
    "alor": """Malaikosa Mautuka Lakamau Maure Takalapeta Fanataf Laumal Dopong Pulinggomang
    Tanglaa""".split(),
}
SUMBA_GIVEN = {
    False: ["Umbu Kudu", "Umbu Remu", "Umbu Nggaba", "Umbu Lapu", "Umbu Tagela"],
    True: ["Rambu Konda", "Rambu Atu", "Rambu Wulang", "Rambu Lika"],
}
# full names of people from elsewhere: (men, women)
OTHER = {
    "bali": (
        [
            "I Made Sudarsana",
            "I Ketut Wirata",
            "I Wayan Arsana",
            "I Nyoman Sujana",
            "I Gede Mahendra",
            "I Komang Astawa",
        ],
        [
            "Ni Luh Putu Ariani",
            "Ni Kadek Sumiati",
            "Ni Made Sukerti",
            "Ni Ketut Sriasih",
            "Ni Wayan Kartini",
            "Ni Komang Suastini",
        ],
    ),
    "bugis": (
        [
            "Hasanuddin Daeng Tika",
            "Rusdi Daeng Sikki",
            "Muhammad Syukri",
            "Syamsul Bahri",
            "Arifuddin Lamba",
            "Haerul Saleh",
        ],
        [
            "Nurhayati Daeng Kebo",
            "Sitti Hadijah",
            "Darmawati Arsyad",
            "Hasnah Daeng Bau",
            "Rosmini Latif",
        ],
    ),
    "buton": (
        ["La Ode Kamaluddin", "La Ode Arman", "La Udin", "La Ode Yusran", "La Hamiru"],
        ["Wa Ode Hasnah", "Wa Ode Rahmawati", "Wa Lina", "Wa Ode Nurhaeni", "Wa Sariama"],
    ),
    "jawa": (
        [
            "Sutrisno",
            "Bambang Wijayanto",
            "Agus Priyanto",
            "Joko Santoso",
            "Dwi Purwanto",
            "Heru Prasetyo",
            "Wahyu Nugroho",
        ],
        [
            "Sri Wahyuni",
            "Endang Susilowati",
            "Tri Handayani",
            "Sumiati",
            "Nur Aini Rahayu",
            "Dewi Kusumawati",
        ],
    ),
    "chinese": (
        [
            "Lim Swie Liong",
            "Oei Kok Hwa",
            "Tjhin Bun Seng",
            "Kho Kian Tjoe",
            "Ang Tjong Hin",
            "Hendra Lim",
            "Robert Tjhin",
            "Steven Oei",
        ],
        [
            "Ang Mei Hwa",
            "Oei Kim Lan",
            "Go Siu Fong",
            "Thung Lian Nio",
            "Kho Ay Hoa",
            "Yulia Ang",
            "Lanny Go",
            "Meliana Thung",
        ],
    ),
}
CH_SURNAMES = {"Ang", "Lim", "Oei", "Tjhin", "Go", "Kho", "Thung"}
ORIGIN_W = (
    ("timor", 24), ("rote", 18), ("sabu", 12), ("flores", 14), ("sumba", 5), ("alor", 5),
    ("bali", 5), ("bugis", 5), ("buton", 4), ("jawa", 5), ("chinese", 5),
)  # fmt: skip
# where people who do not live in the city come from: regency codes of their NIK
HOME_REGENCY = {
    "timor": ["5301", "5302", "5303", "5304", "5321"],
    "rote": ["5314", "5301"],
    "sabu": ["5320", "5301"],
    "flores": ["5306", "5307", "5308", "5309", "5310", "5313", "5316"],
    "sumba": ["5311", "5312", "5317", "5318"],
    "alor": ["5305"],
    "bali": ["5103", "5171", "5108"],
    "bugis": ["7371", "7311", "7314"],
    "buton": ["7404", "7472"],
    "jawa": ["3578", "3374", "3471"],
    "chinese": ["5371", "3578"],
}

# ---------------------------------------------------------------- places (written for dev63)

# Kota Kupang: kecamatan code -> (kecamatan, kelurahan)
KOTA = {
    "01": (
        "Alak",
        [
            "Alak",
            "Batuplat",
            "Fatufeto",
            "Mantasi",
            "Manulai II",
            "Manutapen",
            "Naioni",
            "Namosain",
            "Nunbaun Delha",
            "Nunbaun Sabu",
            "Nunhila",
            "Penkase Oeleta",
        ],
    ),
    "02": (
        "Maulafa",
        [
            "Belo",
            "Fatukoa",
            "Kolhua",
            "Maulafa",
            "Naikolan",
            "Naimata",
            "Oepura",
            "Penfui",
            "Sikumana",
        ],
    ),
    "03": (
        "Oebobo",
        ["Fatululi", "Kayu Putih", "Liliba", "Oebobo", "Oebufu", "Oetete", "Tuak Daun Merah"],
    ),
    "04": (
        "Kota Raja",
        [
            "Airnona",
            "Bakunase",
            "Bakunase II",
            "Fontein",
            "Kuanino",
            "Naikoten I",
            "Naikoten II",
            "Nunleu",
        ],
    ),
    "05": ("Kelapa Lima", ["Kelapa Lima", "Lasiana", "Oesapa", "Oesapa Barat", "Oesapa Selatan"]),
    "06": (
        "Kota Lama",
        [
            "Airmata",
            "Bonipoi",
            "Fatubesi",
            "Merdeka",
            "Nefonaek",
            "Oeba",
            "Pasir Panjang",
            "Solor",
            "Tode Kisar",
        ],
    ),
}
KELURAHAN = [k for _, ks in KOTA.values() for k in ks]
HOME_STREETS = """Jl. Beringin|Jl. Sirsak|Jl. Delima|Jl. Manggis|Jl. Rambutan|Jl. Markisa|Jl. Kedondong
|Jl. Belimbing|Jl. Cemara|Jl. Pinang|Jl. Akasia|Jl. Salak|Jl. Nenas|Jl. Cempaka|Jl. Teratai
|Jl. Srikaya|Jl. Kasuari|Jl. Pelikan|Jl. Rajawali|Jl. Cendrawasih|Jl. Bajawa|Jl. Larantuka
|Jl. Waingapu|Jl. Kalabahi|Jl. Atambua|Jl. Ruteng|Jl. Lontar II|Jl. Sukun Raya|Jl. Kelapa Gading
|Jl. Fetor Foenay Gg. 3|Jl. Beringin Gg. 2|Jl. Ende Gg. 4|Gg. Pelita|Gg. Sejahtera|Gg. Harapan
|Gg. Mawar Putih|Lr. Sukacita|Lr. Damai Indah""".replace("\n", "").split("|")
ESTATES = [
    "Perumnas Oebufu",
    "BTN Kolhua",
    "Perum Graha Naimata",
    "Perumahan Bumi Lopo Indah",
    "Perum Taman Penfui",
    "Perumahan Citra Oesapa",
]
PUBLIC_STREETS = """Jl. H.R. Koroh|Jl. Adisucipto|Jl. Perintis Kemerdekaan|Jl. Cak Doko|Jl. Moh. Hatta
|Jl. Sam Ratulangi|Jl. Suprapto|Jl. Jend. Sudirman|Jl. Veteran|Jl. Kejora|Jl. Bakti Karya|Jl. Oekam
|Jl. Tom Pello|Jl. Urip Sumoharjo|Jl. Ahmad Yani|Jl. Siliwangi|Jl. Garuda|Jl. R.A. Kartini
|Jl. Polisi Militer|Jl. Prof. Dr. Herman Johannes""".replace("\n", "").split("|")
MARKETS = [
    "Pasar Oeba",
    "Pasar Kasih Naikoten",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Oebobo",
    "Pasar Kuanino",
]
SCHOOLS = [
    "SD Inpres Bakunase 2", "SDN Oetete 1", "SD GMIT Kuanino 3", "SD Inpres Liliba", "SDN Naikoten 2",
    "SMPN 9 Kupang", "SMPN 13 Kupang", "SMAN 7 Kupang", "SMKN 4 Kupang", "SMAN 2 Kupang",
]  # fmt: skip
PUSKESMAS = [
    "Puskesmas Oesapa",
    "Puskesmas Sikumana",
    "Puskesmas Bakunase",
    "Puskesmas Pasir Panjang",
    "Puskesmas Oepoi",
    "Puskesmas Alak",
    "Puskesmas Naioni",
    "Puskesmas Manutapen",
    "Puskesmas Penfui",
]
HOSPITALS = [
    "RSUD S.K. Lerik",
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang",
    "RS Leona",
    "RS Mamami",
]
ROUTES = ["jalur 1", "jalur 2", "jalur 3", "jalur 5", "jalur 6", "jalur 7", "jalur 10", "jalur 15"]
HOSTS = (
    ("gmail.com", 18),
    ("yahoo.com", 4),
    ("yahoo.co.id", 3),
    ("ymail.com", 1),
    ("outlook.com", 1),
    ("hotmail.com", 1),
    ("rocketmail.com", 1),
)
BANKS = (("Bank NTT", 8), ("BRI", 8), ("BNI", 4), ("Mandiri", 3), ("BCA", 2), ("BSI", 1))
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
MOBILE_W = (
    ("0812", 10), ("0813", 12), ("0821", 8), ("0822", 8), ("0823", 8), ("0852", 10), ("0853", 10),
    ("0851", 2), ("0811", 2), ("0815", 1), ("0817", 1), ("0818", 1), ("0819", 1), ("0857", 2),
    ("0856", 1), ("0858", 1), ("0877", 1), ("0878", 1), ("0895", 1), ("0896", 1), ("0897", 1),
    ("0898", 1), ("0881", 1), ("0882", 1), ("0838", 1), ("0831", 1),
)  # fmt: skip
MOBILE_PREFIXES = {p for p, _ in MOBILE_W} | {
    "0814",
    "0816",
    "0832",
    "0833",
    "0855",
    "0859",
    "0883",
    "0887",
    "0888",
    "0889",
    "0899",
}
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
LETTER_FOR_CAPS = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

# ---------------------------------------------------------------- values


def pick(rng: random.Random, weighted: tuple) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def misread(rng: random.Random, d: str, share: float = 0.3, caps: bool = False) -> str:
    """Letters a scan or a hurried thumb puts for digits: at least one, never in the first two."""
    table = LETTER_FOR_CAPS if caps else LETTER_FOR
    spots = [k for k, c in enumerate(d) if c in table and k > 1]
    out = list(d)
    for k in spots:
        if rng.random() < share:
            out[k] = table[d[k]]
    if out == list(d) and spots:
        k = rng.choice(spots)
        out[k] = table[d[k]]
    return "".join(out)


def new_mobile(rng: random.Random) -> str:
    return pick(rng, MOBILE_W) + digits(rng, rng.choice((7, 8, 8, 8, 8, 8, 8, 9)))


def groups(d: str) -> list[str]:
    return [d[:4], d[4:8], d[8:]]


def write_mobile(rng: random.Random, d: str, how: str) -> str:
    """A mobile (digits opening 08) in one of the writings people use."""
    n = d[1:]
    g = groups(d)
    if how == "b":
        return d
    if how == "d":
        return "-".join(g)
    if how == "s":
        return " ".join(g)
    if how == "t":
        return ".".join(g)
    if how == "i":
        form = rng.choice(
            (
                "+62 %s-%s-%s",
                "+62%s%s%s",
                "+62 %s %s %s",
                "+62 %s%s%s",
                "(+62) %s-%s-%s",
                "+62%s-%s-%s",
            )
        )
        return form % (n[:3], n[3:7], n[7:])
    if how == "k":
        form = rng.choice(("62%s%s%s", "62 %s %s %s", "62-%s-%s-%s", "62%s %s %s"))
        return form % (n[:3], n[3:7], n[7:])
    if how == "o":
        return rng.choice(
            (
                misread(rng, d),
                "-".join([g[0]] + [misread(rng, x) for x in g[1:]]),
                " ".join([g[0]] + [misread(rng, x) for x in g[1:]]),
            )
        )
    if how == "oc":  # letters for digits in a text written in capitals
        return rng.choice(
            (
                misread(rng, d, caps=True),
                "-".join(misread(rng, x, caps=True) for x in g),
                " ".join(misread(rng, x, caps=True) for x in g),
            )
        )
    if how == "n":  # over a line break
        cut = rng.choice((4, 6, 8))
        return d[:cut] + "\n" + d[cut:]
    if how == "u":
        return rng.choice(("_", " • ", "·")).join(g)
    if how == "x":  # in threes
        threes = [d[k : k + 3] for k in range(0, len(d), 3)]
        if len(threes[-1]) == 1:
            threes[-2:] = [threes[-2] + threes[-1]]
        return " ".join(threes)
    return write_mobile(
        rng, d, pick(rng, (("b", 7), ("d", 4), ("s", 4), ("t", 1), ("i", 2), ("k", 2), ("x", 1)))
    )


def mistype(rng: random.Random, d: str) -> str:
    """The same mobile with one digit dropped, doubled or swapped with its neighbour."""
    k = rng.randint(5, len(d) - 2)
    how = rng.choice("dps")
    if how == "d":
        out = d[:k] + d[k + 1 :]
    elif how == "p":
        out = d[:k] + d[k] + d[k:]
    else:
        out = d[:k] + d[k + 1] + d[k] + d[k + 2 :]
    return out if out != d else d[:k] + d[k + 1 :]


def new_six(rng: random.Random) -> str:
    return "8" + rng.choice("1234567") + digits(rng, 4)


def landline(rng: random.Random, six: str) -> str:
    form = rng.choice(
        ("0380 {a}", "(0380) {h} {t}", "0380-{a}", "0380 {h} {t}", "(0380) {a}", "0380-{h}-{t}")
    )
    return form.format(a=six, h=six[:3], t=six[3:])


def bank_account(rng: random.Random, bank: str, block: bool = False) -> str:
    """An account number in the shape its bank gives it."""
    if bank == "Bank NTT":
        body = "%s.%s.%s.%s-%s" % (
            rng.choice(("001", "002", "004", "012", "017", "021", "031")),
            rng.choice(("01", "02", "03")),
            rng.choice(("01", "02", "11")),
            digits(rng, 6),
            digits(rng, 1),
        )
        return re.sub(r"\D", "", body) if block or rng.random() < 0.4 else body
    if bank == "BRI":
        unit = rng.choice(("0223", "3391", "4650", "5127", "6038", "7429", "1985"))
        if not block and rng.random() < 0.45:
            return "%s-01-%s-%s-%s" % (
                unit,
                digits(rng, 6),
                rng.choice(("50", "53", "52")),
                digits(rng, 1),
            )
        return "%s01%s%s%s" % (unit, digits(rng, 6), rng.choice(("50", "53", "52")), digits(rng, 1))
    if bank == "BNI":
        return rng.choice(("0", "1", "1", "2")) + digits(rng, 9)
    if bank == "Mandiri":
        branch = rng.choice(("161", "162", "183", "189"))
        if not block and rng.random() < 0.4:
            return "%s-00-%s-%s" % (branch, digits(rng, 7), digits(rng, 1))
        return "%s00%s%s" % (branch, digits(rng, 7), digits(rng, 1))
    if bank == "BCA":
        return rng.choice(("316", "739", "029", "442")) + digits(rng, 7)
    return "7" + rng.choice("0123") + digits(rng, 8)  # BSI


def vehicle_plate(rng: random.Random, region: str = "DH") -> str:
    letters = "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2, 2)))
    )
    number = str(rng.randint(10, 9999))
    return rng.choice(("%s %s %s", "%s %s %s", "%s %s %s", "%s%s%s", "%s-%s-%s")) % (
        region,
        number,
        letters,
    )


PERSON_NP = "05 06 07 08 09 14 15 16 24 25 26 34 35 36 44 45 46 47 48 49 54 55 56 57 58 59 64 65 66 67 68 69 74 75 76 77 78 79 84 85 86 87 88 89 94 95 96".split()
BODY_NP = "01 02 03 21 31 41 61 70 71 80 81 82 83".split()


def person_npwp(rng: random.Random) -> str:
    """An old individual NPWP (15 digits) of a tax office of NTT."""
    return (
        rng.choice(PERSON_NP)
        + digits(rng, 7)
        + rng.choice(("920", "920", "920", "920", "921", "922", "924"))
        + "000"
    )


def body_npwp(rng: random.Random) -> str:
    return (
        rng.choice(BODY_NP)
        + digits(rng, 7)
        + rng.choice(("920", "920", "920", "921"))
        + rng.choice(("000", "000", "000", "001"))
    )


def treasurer_npwp(rng: random.Random) -> str:
    return "00" + digits(rng, 7) + "920000"


def dot_npwp(o: str) -> str:
    return "%s.%s.%s.%s-%s.%s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])


def rupiah(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def date_id(d: datetime.date) -> str:
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


# ---------------------------------------------------------------- people


class Person:
    """An invented person: names, birth, numbers, home and mailbox, all consistent."""

    def __init__(
        self,
        rng: random.Random,
        sex: str,
        origin: str,
        avoid: set[str],
        family: Person | None = None,
        years: tuple[int, int] = (1958, 2004),
        local: bool = True,
    ) -> None:
        self.rng = rng
        self.sex = sex
        f = sex == "f"
        if family is not None:
            origin = family.origin
        self.origin = origin
        for _ in range(400):
            if origin in OTHER:
                full = rng.choice(OTHER[origin][f])
                w = full.split()
                if origin == "chinese":
                    if w[0] in CH_SURNAMES:
                        fam_, given = w[0], " ".join(w[1:])
                        if family is not None and family.family in CH_SURNAMES:
                            fam_ = family.family
                            full = fam_ + " " + given
                    else:
                        given, fam_ = w[0], w[-1]
                        if family is not None and family.family in CH_SURNAMES:
                            fam_ = family.family
                            full = given + " " + fam_
                elif origin == "bali":
                    given, fam_ = " ".join(w[:2]), w[-1]
                elif w[0] in ("La", "Wa"):
                    given, fam_ = (" ".join(w[:3]) if w[1] == "Ode" else " ".join(w[:2])), w[-1]
                elif len(w) > 2 and w[1] == "Daeng":
                    given, fam_ = w[0], " ".join(w[1:])
                else:
                    given, fam_ = w[0], w[-1]
                self.given, self.family, self.full = given, fam_, full
            else:
                if origin == "sumba" and rng.random() < 0.6:
                    first = rng.choice(SUMBA_GIVEN[f])
                elif origin == "flores" or (
                    origin in ("timor", "alor", "sumba") and rng.random() < 0.3
                ):
                    first = rng.choice(F_FLORES if f else M_FLORES)
                else:
                    first = rng.choice(F_LOCAL if f else M_LOCAL)
                if not first.startswith(("Umbu", "Rambu")) and rng.random() < 0.18:
                    second = rng.choice((F_LOCAL + F_FLORES) if f else (M_LOCAL + M_FLORES))
                    if second != first:
                        first += " " + (second[0] + "." if rng.random() < 0.4 else second)
                fam_ = family.family if family is not None else rng.choice(FAMILY[origin])
                self.given = first if first.startswith(("Umbu", "Rambu")) else first.split()[0]
                self.family = fam_
                self.full = first + " " + fam_
            words = {slug(x) for x in self.full.split()} - SHARED
            if family is not None:
                if self.given == family.given or self.full == family.full:
                    continue
                words -= {slug(x) for x in family.full.split()}
            if not words & avoid and len(self.full) <= 32:
                break
        else:
            raise SystemExit("no name fits %s" % origin)
        self.birth = datetime.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        if family is not None:
            self.region, self.kel, self.kec = family.region, family.kel, family.kec
        elif local or origin == "chinese":
            code = rng.choice(sorted(KOTA))
            self.kec, kels = KOTA[code]
            self.kel = rng.choice(kels)
            self.region = "5371" + code
        else:
            self.region = rng.choice(HOME_REGENCY[origin]) + "%02d" % rng.randint(1, 14)
            self.kel, self.kec = rng.choice(KELURAHAN), ""
        day = self.birth.day + (40 if f else 0)
        self.nik = "%s%02d%02d%02d%04d" % (
            self.region,
            day,
            self.birth.month,
            self.birth.year % 100,
            rng.randint(1, 300),
        )
        if family is not None:
            self.kk = family.kk
        else:
            made = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
            self.kk = "%s%02d%02d%02d%04d" % (
                self.region,
                made.day,
                made.month,
                made.year % 100,
                rng.randint(1, 6999),
            )
        self.npwp_old = person_npwp(rng)
        self.bpjs = "000" + str(rng.randint(10**9, 10**10 - 1))
        self.mobile = new_mobile(rng)
        self.mobile2 = new_mobile(rng)
        self.home = new_six(rng)
        self.bank = pick(rng, BANKS)
        self.account = bank_account(rng, self.bank)
        region = {"flores": "EB", "sumba": "ED", "alor": "DH"}.get(origin, "DH")
        self.plate = vehicle_plate(rng, region if rng.random() < 0.3 else "DH")
        self.rt, self.rw = rng.randint(1, 45), rng.randint(1, 15)
        self.street = rng.choice(HOME_STREETS)
        self.house = str(rng.randint(1, 150)) + rng.choice(("", "", "", "", "", "A", "B"))
        self.estate = rng.choice(ESTATES)
        self.block = "%s No. %d" % (rng.choice("ABCDEFGHJK"), rng.randint(1, 70))
        if family is not None:
            self.rt, self.rw, self.street, self.house, self.home = (
                family.rt,
                family.rw,
                family.street,
                family.house,
                family.home,
            )
            self.estate, self.block = family.estate, family.block
        self.mail = self.mailbox()
        self.chat = ""

    def words(self) -> list[str]:
        drop = {
            "I",
            "Ni",
            "La",
            "Wa",
            "Ode",
            "Daeng",
            "Umbu",
            "Rambu",
            "da",
            "de",
            "Made",
            "Wayan",
            "Ketut",
            "Nyoman",
            "Gede",
            "Putu",
            "Kadek",
            "Komang",
            "Luh",
        }
        out = [slug(w) for w in self.full.split() if w not in drop and len(slug(w)) > 1]
        return out or [slug(self.given)]

    def mailbox(self) -> str:
        rng = self.rng
        w = self.words()
        g, f = w[0], w[-1]
        y = self.birth.year
        local = rng.choice((
            "%s.%s" % (g, f), "%s%s%02d" % (g, f, rng.randint(1, 99)), "%s_%s" % (g, f), "%s%s" % (f, y % 100),
            "%s.%s%d" % (g, f, y % 100), "%s%s" % (g[0], f), "%s%d" % (g, y), "%s.%s" % (f, g),
            "%s%s%d" % (g[:3], f, rng.randint(1, 9)), "%s.%s.%02d" % (g, f[:4], rng.randint(1, 99)),
        ))  # fmt: skip
        return local + "@" + pick(rng, HOSTS)

    # writings ---------------------------------------------------------------------------------

    def chat_name(self) -> str:
        """The name a phone saved for this person, as a chat export shows it."""
        if not self.chat:
            rng = self.rng
            fam1 = self.family.split()[-1]
            if fam1 in self.given.split() or self.given == self.full:  # La Hamiru, Sutrisno
                self.chat = rng.choice((self.full, self.full.lower(), self.full.upper()))
            else:
                self.chat = rng.choice(
                    (
                        self.full,
                        self.given,
                        "%s %s" % (self.given, fam1[0]),
                        self.given.lower(),
                        self.full.lower(),
                        "%s %s" % (self.given, fam1),
                    )
                )
        return self.chat

    def nik_w(self, how: str, d: str | None = None) -> str:
        d = d or self.nik
        rng = self.rng
        if how == "b":
            return d
        if how == "s":
            return " ".join(d[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
        if how == "o":
            return misread(rng, d, 0.25)
        if how == "oc":
            return misread(rng, d, 0.25, caps=True)
        if how == "n":
            cut = rng.choice((6, 8, 10))
            return d[:cut] + "\n" + d[cut:]
        if how == "c":
            return ", ".join(d[k : k + 4] for k in range(0, 16, 4))
        if how == "p":
            return " ".join(d[k : k + 2] for k in range(0, 16, 2))
        return self.nik_w(pick(rng, (("b", 9), ("s", 3), ("t", 1))), d)

    def npwp_w(self, how: str) -> str:
        o = self.npwp_old
        rng = self.rng
        if how == "d":
            return dot_npwp(o)
        if how == "b":
            return o
        if how == "s":
            return "%s %s %s %s %s %s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
        if how == "m":
            mark = rng.choice((".", "-"))
            return mark.join((o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:]))
        if how == "z":
            return "0" + o
        if how == "zd":
            return "0" + dot_npwp(o)
        if how == "n":
            return self.nik
        if how == "ns":
            return " ".join(self.nik[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return self.nik + "000000"
        if how == "tu":  # the NITKU of one of a sole trader's places of business
            return self.nik + "00000" + rng.choice("123")
        if how == "o":
            return misread(rng, dot_npwp(o), 0.3).replace("S", "5").replace("B", "8")
        if how == "oc":
            return misread(rng, dot_npwp(o), 0.3, caps=True).replace("S", "5").replace("B", "8")
        if how == "l":
            t = dot_npwp(o)
            cut = rng.choice((7, 11, 13))  # after a dot or the dash, as a narrow column breaks it
            return t[:cut] + "\n" + t[cut:]
        if how == "x":
            t = dot_npwp(o)
            return t[:12] + " " + t[12:]
        if how == "c":  # the NIK read out in fours with commas, given as the NPWP asked for
            return ", ".join(self.nik[k : k + 4] for k in range(0, 16, 4))
        if how == "e":  # typed a digit short, still in its layout
            t = dot_npwp(o)
            k = rng.choice((4, 6, 9, 13))
            return t[:k] + t[k + 1 :]
        return self.npwp_w(pick(rng, (("d", 7), ("n", 3), ("b", 1), ("m", 1), ("s", 1))))

    def email_w(self, how: str, domain: str = "") -> str:
        rng = self.rng
        local, host = self.mail.split("@")
        hname, _, tld = host.partition(".")
        if how == "p":
            return self.mail
        if how == "x":
            return rng.choice((
                "%s @ %s" % (local, host), "%s @%s" % (local, host), "%s(at)%s" % (local, host),
                "%s [at] %s [dot] %s" % (local, hname, tld.replace(".", " [dot] ")),
                "%s at %s dot %s" % (local, hname, tld.replace(".", " dot ")), "%s(et)%s" % (local, host),
                "%s[@]%s" % (local, host), "%s@%s(titik)%s" % (local, hname, tld), "%s (keong) %s" % (local, host),
                "%s@%s titik %s" % (local, hname, tld),
            ))  # fmt: skip
        if how == "n":
            return rng.choice(("%s\n@%s" % (local, host), "%s@\n%s" % (local, host)))
        if how == "c":
            return "%s@%s,%s" % (local, hname, tld)
        if how == "k":  # a person's own mailbox on a workplace's domain
            w = self.words()
            head = rng.choice(("%s.%s", "%s%s", "%s_%s")) % (w[0], w[-1]) if len(w) > 1 else w[0]
            return head + "@" + (domain or "kupangkota.go.id")
        return self.email_w(pick(rng, (("p", 6), ("x", 2))))

    def rt_w(self, how: str) -> str:
        rng = self.rng
        rt, rw = self.rt, self.rw
        if how == "n":  # an RT alone
            return rng.choice(("RT %02d" % rt, "RT %d" % rt, "RT %03d" % rt, "RT.%02d" % rt))
        if how == "f":  # an identity card's field
            return "RT/RW : %03d/%03d" % (rt, rw)
        if how == "l":
            return rng.choice(
                (
                    "rt %d rw %d" % (rt, rw),
                    "rt %02d/rw %02d" % (rt, rw),
                    "rt.%02d rw.%02d" % (rt, rw),
                    "rt %d/%d" % (rt, rw),
                )
            )
        return rng.choice(
            (
                "RT %02d/RW %02d" % (rt, rw),
                "RT %03d/RW %03d" % (rt, rw),
                "RT %d RW %d" % (rt, rw),
                "RT.%02d/RW.%02d" % (rt, rw),
                "RT %02d RW %02d" % (rt, rw),
                "RT %d/RW %d" % (rt, rw),
            )
        )

    def address_w(self, how: str) -> str:
        rng = self.rng
        no = rng.choice(("No. ", "No.", "No ", "no. ", "nomor ")) + self.house
        if how == "s":  # street and number
            return "%s %s" % (self.street, no)
        if how == "r":  # street, number and RT/RW
            return "%s %s%s%s" % (self.street, no, rng.choice((", ", " ", ", ")), self.rt_w(""))
        if how == "e":  # a housing estate's block
            return "%s Blok %s" % (self.estate, self.block)
        return self.address_w(rng.choice("sssrrre"))


# ---------------------------------------------------------------- bodies (written for dev63)

CORES = """Sumber Berkat|Kasih Setia|Lontar Mas|Nusa Permai|Lopo Indah|Bintang Timur|Sehati|Karya Mandala
|Mutiara Sabu|Teluk Biru|Oesapa Jaya|Bukit Zaitun|Dua Saudara|Tirta Naimata|Cahaya Rote|Surya Kencana
|Mitra Usaha|Anugerah Baru|Pelita Kasih|Fajar Timor|Gunung Mutis|Berkat Ilahi|Sinar Kolhua|Lestari Alam
|Permata Hati|Maju Bersama""".replace("\n", "").split("|")
BIZ_KIND = {
    "depot": ("Depot Air {c}", "depot"),
    "tangki": ("Tangki Air {c}", "tangki"),
    "bengkel": ("Bengkel {c}", "bengkel"),
    "travel": ("{c} Travel", "travel"),
    "bus": ("PO {c}", "po"),
    "toko": ("Toko {c}", "toko"),
    "kios": ("Kios {c}", "kios"),
    "apotek": ("Apotek {c}", "apotek"),
    "laundry": ("{c} Laundry", "laundry"),
    "cv": ("CV {c}", "cv"),
    "ud": ("UD {c}", "ud"),
    "pt": ("PT {c}", "pt"),
    "kop": ("Koperasi {c}", "kop"),
    "ksp": ("KSP {c}", "ksp"),
    "yay": ("Yayasan {c}", "yayasan"),
}
LENDERS = ["DanaKilat", "PinjamYuk", "UangCepat88", "KrediTimor", "RupiahKu Now", "KasKita"]
BIZ_FIELDS = {"wa", "wb", "tel", "np", "nt", "acc", "jl", "em", "ig", "c"}


class Body:
    """An invented business or body: its name and its own lines, mailbox, NPWP, account, seat."""

    def __init__(self, rng: random.Random, kind: str, used: set[str]) -> None:
        pattern, word = BIZ_KIND[kind]
        core = rng.choice([c for c in CORES if c not in used] or CORES)
        used.add(core)
        self.core = core
        self.name = pattern.format(c=core)
        self.wa = new_mobile(rng)
        self.wb = new_mobile(rng)
        self.tel = landline(rng, new_six(rng))
        self.np = dot_npwp(body_npwp(rng))
        self.nt = "0" + re.sub(r"\D", "", self.np) + "000000"
        bank = pick(rng, BANKS)
        self.acc = "%s %s" % (bank, bank_account(rng, bank))
        self.jl = "%s No. %d" % (rng.choice(PUBLIC_STREETS), rng.randint(1, 160))
        self.em = rng.choice(("%s%s@gmail.com", "%s.%s@gmail.com", "%s%s@yahoo.co.id")) % (
            word,
            slug(core),
        )
        self.ig = "@%s.kupang" % slug(core)
        self.rng = rng

    def field(self, f: str) -> str:
        rng = self.rng
        if f == "":
            return self.name
        if f == "c":
            return self.core
        if f in ("wa", "wb"):
            return write_mobile(rng, getattr(self, f), "")
        return getattr(self, f)


# offices: code -> (name, short name, mailbox, seat)
OFFICES = {
    "pdam": (
        "Perumda Air Minum Kota Kupang",
        "PDAM",
        "layanan@airminumkupang.co.id",
        "Jl. Perintis Kemerdekaan No. 9",
    ),
    "pln": ("PLN UP3 Kupang", "PLN", "pelayanan.up3kpg@pln.co.id", "Jl. Jend. Sudirman No. 38"),
    "pupr": ("Dinas PUPR Kota Kupang", "PUPR", "pupr@kupangkota.go.id", "Jl. S.K. Lerik No. 6"),
    "dik": (
        "Dinas Pendidikan dan Kebudayaan Kota Kupang",
        "Dikbud",
        "dikbud@kupangkota.go.id",
        "Jl. S.K. Lerik No. 14",
    ),
    "kes": (
        "Dinas Kesehatan Kota Kupang",
        "Dinkes",
        "dinkes@kupangkota.go.id",
        "Jl. S.K. Lerik No. 3",
    ),
    "duk": (
        "Dinas Kependudukan dan Pencatatan Sipil Kota Kupang",
        "Dukcapil",
        "dukcapil@kupangkota.go.id",
        "Jl. Timor Raya No. 52",
    ),
    "sos": (
        "Dinas Sosial Kota Kupang",
        "Dinsos",
        "dinsos@kupangkota.go.id",
        "Jl. Moh. Hatta No. 25",
    ),
    "kpp": ("KPP Pratama Kupang", "KPP", "kpp.kupang@pajak.go.id", "Jl. Palapa No. 2"),
    "bap": ("Bapenda Kota Kupang", "Bapenda", "bapenda@kupangkota.go.id", "Jl. Soeharto No. 80"),
    "pol": (
        "Polresta Kupang Kota",
        "Polresta",
        "spkt.polrestakupang@gmail.com",
        "Jl. Jend. Sudirman No. 1",
    ),
    "hub": (
        "Dinas Perhubungan Kota Kupang",
        "Dishub",
        "dishub@kupangkota.go.id",
        "Jl. Tom Pello No. 4",
    ),
    "upk": (
        "Unit Pengaduan Kasih Kota Kupang",
        "UPK",
        "pengaduankasih@kupangkota.go.id",
        "Jl. S.K. Lerik No. 1",
    ),
    "bpjs": (
        "BPJS Kesehatan Cabang Kupang",
        "BPJS Kesehatan",
        "kc.kupang@bpjs-kesehatan.go.id",
        "Jl. Palapa No. 16",
    ),
    "rsud": ("RSUD S.K. Lerik", "RSUD", "rsudsklerik@kupangkota.go.id", "Jl. Timor Raya No. 134"),
    "omb": (
        "Ombudsman RI Perwakilan NTT",
        "Ombudsman NTT",
        "ntt@ombudsman.go.id",
        "Jl. Veteran No. 7",
    ),
}
OFFICE_FIELDS = {"", "s", "em", "jl", "tel", "wa"}

# ---------------------------------------------------------------- filling state


class Fill:
    """What one filling of a template has drawn: its people, bodies, office lines and clock."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, Person] = {}
        self.bodies: dict[str, Body] = {}
        self.used_cores: set[str] = set()
        self.avoid: set[str] = set(spec["avoid"])
        self.day = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
        self.minute = rng.randint(6 * 60, 20 * 60)
        self.stamp = rng.choice(
            (
                "[{d}/{m}/{Y} {H}.{M}]",
                "{d}/{m}/{y} {H}.{M} -",
                "[{H}.{M}, {dd}/{mm}/{Y}]",
                "[{d}/{m}/{y}, {H}.{M}]",
            )
        )

    def person(self, i: int) -> Person:
        if i not in self.people:
            spec = self.spec
            rng = self.rng
            if i in spec["opp"]:
                sex = "m" if self.person(spec["opp"][i]).sex == "f" else "f"
            elif i in spec["F"]:
                sex = "f"
            elif i in spec["M"]:
                sex = "m"
            else:
                sex = rng.choice("mf")
            head = spec["fam"].get(i)
            family = self.person(head) if head is not None else None
            origin = spec["O"].get(i) or pick(rng, ORIGIN_W)
            years = spec["A"].get(i, (1958, 2004))
            p = Person(
                rng, sex, origin, self.avoid, family=family, years=years, local=i not in spec["L"]
            )
            self.avoid |= set(p.words()) - SHARED
            self.people[i] = p
        return self.people[i]

    def body(self, kind: str, i: str) -> Body:
        key = kind + i
        if key not in self.bodies:
            self.bodies[key] = Body(self.rng, kind, self.used_cores)
        return self.bodies[key]

    def tick(self) -> str:
        self.minute = min(
            self.minute + self.rng.choice((0, 1, 1, 2, 3, 5, 8, 14, 26)), 23 * 60 + 59
        )
        d = self.day
        h, m = divmod(self.minute, 60)
        return self.stamp.format(
            d=d.day,
            m=d.month,
            dd="%02d" % d.day,
            mm="%02d" % d.month,
            Y=d.year,
            y="%02d" % (d.year % 100),
            H="%02d" % h,
            M="%02d" % m,
        )


# ---------------------------------------------------------------- placeholders

SIR = {
    "m": ("Bapak", "Pak", "Sdr.", "Om", "Bapa", "istri", "Saudara"),
    "f": ("Ibu", "Bu", "Sdri.", "Tanta", "Mama", "suami", "Saudari"),
}


def person_value(fl: Fill, name: str, i: int) -> str | None:
    """A person's placeholder, or None when the name is not a person's."""
    rng = fl.rng
    p = fl.person(i) if name in PERSON_KEYS else None
    if p is None:
        return None
    if name == "n":
        return p.full
    if name == "g":
        return p.given
    if name == "f":
        return p.family
    if name == "l":
        return p.full.lower()
    if name == "lg":
        return p.given.lower()
    if name == "c":
        return p.chat_name()
    if name == "ini":
        return "%s. %s" % (p.given[0], p.family)
    if name in ("hon", "pak", "sdr", "kin", "bt", "pas", "sdw"):
        return SIR[p.sex][("hon", "pak", "sdr", "kin", "bt", "pas", "sdw").index(name)]
    if name == "umur":
        return str(2026 - p.birth.year)
    if name == "lahirx":  # a birth date a few weeks off the one the NIK carries
        return date_id(p.birth + datetime.timedelta(days=rng.choice((-1, 1)) * rng.randint(3, 40)))
    if name == "lahir":
        return "%02d-%02d-%d" % (p.birth.day, p.birth.month, p.birth.year)
    if name == "tl":
        return "Kupang, %s" % date_id(p.birth)
    if name == "kel":
        return p.kel
    if name == "kec":
        return p.kec or "Oebobo"
    if name.startswith("hp"):
        how = name[2:]
        if how == "e":
            return mistype(rng, p.mobile)
        return write_mobile(rng, p.mobile, how)
    if name.startswith("hq"):
        return write_mobile(rng, p.mobile2, name[2:])
    if name == "tel":
        return landline(rng, p.home)
    if name.startswith("nik"):
        return p.nik_w(name[3:])
    if name.startswith("kk"):
        return p.nik_w(name[2:] or "b", p.kk)
    if name.startswith("np"):
        return p.npwp_w(name[2:])
    if name == "bpjs":
        return p.bpjs
    if name == "bpjss":
        return "%s %s %s %s" % (p.bpjs[:4], p.bpjs[4:8], p.bpjs[8:12], p.bpjs[12:])
    if name.startswith("em"):
        return p.email_w(name[2:], fl.cache.get("__domain", ""))
    if name == "bank":
        return p.bank
    if name == "acc":
        return p.account
    if name == "accb":
        return re.sub(r"\D", "", p.account)
    if name.startswith("rt"):
        return p.rt_w(name[2:])
    if name.startswith("ad"):
        return p.address_w(name[2:])
    if name == "pl":
        return p.plate
    raise SystemExit("unknown person placeholder %r" % name)


PERSON_KEYS = set(
    """n g f l lg c ini hon pak sdr kin bt pas sdw umur lahir lahirx tl kel kec hp hpb hpd hps hpt hpi hpk hpo hpoc hpn
    hpx hpu hpe hq hqb hqd hqs hqi tel nik nikb niks nikt niko nikoc nikn nikc nikp kk kkb kks kkt kko
    np npd npb nps npm npz npzd npn npns npt nptu npo npoc npl npx npe bpjs bpjss em emp emx emn emc
    emk bank acc accb rt rtn rtl rtf ad ads adr ade pl kkp kkc npc""".split()
)


def amount(rng: random.Random, low: int, high: int, step: int = 500) -> int:
    return rng.randrange(low // step, high // step + 1) * step


def rp(rng: random.Random, v: int) -> str:
    return rng.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s", "Rp %s")) % rupiah(v)


def lookalike(fl: Fill, name: str) -> str:
    """A value that looks like personal data and is none: never labelled."""
    rng = fl.rng
    d = fl.day
    if name == "t":
        return fl.tick()
    if name == "tgl":
        x = d - datetime.timedelta(days=rng.randint(0, 60))
        return rng.choice(("%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d")) % (x.day, x.month, x.year)
    if name == "tglini":  # the day of the text
        return rng.choice(("%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d")) % (d.day, d.month, d.year)
    if name in ("tglh", "tglfh"):  # a weekday and its date, past or to come
        x = (
            d - datetime.timedelta(days=rng.randint(1, 20))
            if name == "tglh"
            else d + datetime.timedelta(days=rng.randint(1, 14))
        )
        return "%s, %s" % (
            DAYS[x.weekday()],
            rng.choice(("%02d/%02d/%d" % (x.day, x.month, x.year), date_id(x))),
        )
    if name == "sdx":
        return rng.choice([x for x in SCHOOLS if x.startswith("SD")])
    if name == "smp":
        return rng.choice([x for x in SCHOOLS if x.startswith("SMP")])
    if name.startswith("surat") and name != "suratkpp":
        code = name[5:].upper() or rng.choice(
            ("DINSOS", "PUPR", "DUKCAPIL", "DIKBUD", "DINKES", "UPK", "SEK")
        )
        return "%d/%d/%s/%s/%d" % (
            rng.choice((400, 420, 460, 470, 500, 600, 690, 700, 800)),
            rng.randint(10, 999),
            code,
            ("I II III IV V VI VII VIII IX X XI XII".split())[d.month - 1],
            d.year,
        )
    if name == "tglf":  # a day still to come
        x = d + datetime.timedelta(days=rng.randint(1, 21))
        return rng.choice(("%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d")) % (x.day, x.month, x.year)
    if name == "tglwini":
        return date_id(d)
    if name == "tglw":
        return date_id(d - datetime.timedelta(days=rng.randint(0, 60)))
    if name == "tgls":
        x = d - datetime.timedelta(days=rng.randint(0, 20))
        return "%d/%d" % (x.day, x.month)
    if name == "nosurpol":
        return "B/%d/%s/%d/Reskrim" % (
            rng.randint(10, 990),
            ("I II III IV V VI VII VIII IX X XI XII".split())[d.month - 1],
            d.year,
        )
    if name in ("rpplnhi", "rpairhi"):
        return rp(
            rng,
            amount(rng, 400000, 950000, 500)
            if name == "rpplnhi"
            else amount(rng, 250000, 600000, 500),
        )
    if name in ("rpplnlo", "rpairlo"):
        return rp(
            rng,
            amount(rng, 85000, 250000, 500)
            if name == "rpplnlo"
            else amount(rng, 35000, 150000, 500),
        )
    if name == "thnlalu":
        return str(d.year - 1)
    if name == "blnnext":
        return MONTHS[d.month % 12]
    if name == "nota":
        return rng.choice(
            (
                "NT-%05d" % rng.randint(1, 99999),
                "%04d/%s/%d" % (rng.randint(1, 9999), rng.choice(("PJ", "INV", "NJ")), d.year),
                "No.%06d" % rng.randint(1, 999999),
            )
        )
    if name == "salam":  # the greeting the chat's clock calls for
        m = fl.minute
        return (
            "pagi"
            if m < 11 * 60
            else "siang"
            if m < 15 * 60
            else "sore"
            if m < 18 * 60 + 30
            else "malam"
        )
    if name == "jamr":  # hours of a service or a works
        a = rng.randint(7, 13)
        return "%02d.00%s%02d.00" % (
            a,
            rng.choice(("–", "-", " - ", " s/d ")),
            a + rng.randint(2, 6),
        )
    if name == "hariini":
        return "%s, %s" % (DAYS[d.weekday()], date_id(d))
    if name == "jam":
        return "%02d.%02d" % (rng.randint(6, 22), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)))
    if name == "hari":
        return rng.choice(DAYS)
    if name == "bln":
        return MONTHS[(d.month - 1 - rng.randint(0, 2)) % 12]
    if name == "rp":
        return rp(rng, amount(rng, 50000, 1500000, 5000))
    if name == "rpm":
        return rp(rng, amount(rng, 1500000, 9000000, 50000))
    if name == "rpkos":
        return rp(rng, amount(rng, 350000, 1200000, 50000))
    if name == "rptangki":
        return rp(rng, amount(rng, 100000, 300000, 10000))
    if name == "rpair":
        return rp(rng, amount(rng, 35000, 450000, 500))
    if name == "rppln":
        return rp(rng, amount(rng, 85000, 950000, 500))
    if name == "noreg":
        return "SPMB-%d-%06d" % (d.year, rng.randint(1, 999999))
    if name == "rpk":
        return rp(rng, amount(rng, 5000, 90000, 1000))
    if name == "rpj":
        return rp(rng, amount(rng, 5000000, 95000000, 250000))
    if name == "ribu":
        return "%d ribu" % rng.choice((50, 75, 100, 150, 200, 250, 300, 350))
    if name == "tiket":
        return rng.choice(
            (
                "#LPR-%d-%02d%02d-%04d" % (d.year, d.month, d.day, rng.randint(1, 9999)),
                "LAPOR-5371-%d-%05d" % (d.year, rng.randint(1, 99999)),
                "%02d%02d-%04d-%03d"
                % (d.year % 100, d.month, rng.randint(1000, 9999), rng.randint(100, 999)),
            )
        )
    if name == "idpel":
        return "53" + rng.choice(("1", "2")) + digits(rng, 9)
    if name == "meter":
        return rng.choice(("14", "45", "32")) + digits(rng, 9)
    if name == "token":
        t = digits(rng, 20)
        return (
            " ".join(t[k : k + 4] for k in range(0, 20, 4))
            if rng.random() < 0.6
            else "-".join(t[k : k + 4] for k in range(0, 20, 4))
        )
    if name == "samb":
        return "%02d-%02d-%06d" % (rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 999999))
    if name == "va":
        return rng.choice(("8808 %s %s %s", "88888 %s%s%s", "7%s%s%s")) % (
            digits(rng, 4),
            digits(rng, 4),
            digits(rng, 4),
        )
    if name == "billing":
        return "82%d%02d%02d%s" % (d.year % 100, d.month, d.day, digits(rng, 9))
    if name == "suratkpp":
        return rng.choice(
            (
                "S-%d/KPP.2001/%d" % (rng.randint(100, 9999), d.year),
                "S-%d/WPJ.31/KP.0103/%d" % (rng.randint(100, 999), d.year),
            )
        )
    if name == "nop":
        return "53.71.0%d0.00%d.0%02d-0%03d.0" % (
            rng.randint(1, 6),
            rng.randint(1, 9),
            rng.randint(1, 99),
            rng.randint(1, 999),
        )
    if name == "ord":
        return rng.choice(
            (
                "INV/%d%02d%02d/MPL/%s" % (d.year, d.month, d.day, digits(rng, 10)),
                "ORD-%s" % digits(rng, 9),
                "%s%s" % (d.strftime("%y%m%d"), digits(rng, 6)),
            )
        )
    if name == "resi":
        return rng.choice(
            ("JP%s" % digits(rng, 10), "KPG%s" % digits(rng, 9), "0%s" % digits(rng, 11))
        )
    if name == "npsn":
        return "5030" + digits(rng, 4)
    if name == "nisn":
        return "0" + digits(rng, 9)
    if name == "nip":
        y = rng.randint(1968, 1996)
        return "%d%02d%02d %d%02d %d %03d" % (
            y,
            rng.randint(1, 12),
            rng.randint(1, 28),
            y + rng.randint(22, 30),
            rng.randint(1, 12),
            rng.randint(1, 2),
            rng.randint(1, 20),
        )
    if name == "antri":
        return "%s-%03d" % (rng.choice("ABCD"), rng.randint(1, 250))
    if name == "kw":
        return "%04d/KW/%s/%d" % (rng.randint(1, 9999), rng.choice(("RSUD", "APT", "TU")), d.year)
    if name == "rm":
        return "%02d-%02d-%02d" % (rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99))
    if name == "akta":
        return "5371-LU-%02d%02d%d-%04d" % (
            rng.randint(1, 28),
            rng.randint(1, 12),
            d.year - rng.randint(0, 8),
            rng.randint(1, 9999),
        )
    if name == "lp":
        return "LP/B/%d/%s/%d/SPKT/POLRESTA KUPANG KOTA/POLDA NTT" % (
            rng.randint(100, 999),
            ("I II III IV V VI VII VIII IX X XI XII".split())[d.month - 1],
            d.year,
        )
    if name == "dtks":
        return "%d%s" % (d.year, digits(rng, 12))
    if name in ("scam", "mob"):
        return write_mobile(rng, new_mobile(rng), "")
    if name == "mobb":
        return new_mobile(rng)
    if name == "fix":
        return landline(rng, new_six(rng))
    if name == "nptr":
        return dot_npwp(treasurer_npwp(rng))
    if name == "npbd":
        return dot_npwp(body_npwp(rng))
    if name == "acx":
        return bank_account(rng, "Bank NTT")
    if name == "otp":
        return digits(rng, 6)
    if name == "kamar":
        return str(rng.randint(1, 24))
    if name == "tiang":
        return "%s-%02d/%03d" % (
            rng.choice(("TR", "PJU", "TM")),
            rng.randint(1, 40),
            rng.randint(1, 300),
        )
    if name == "jml":
        return str(rng.randint(3, 60))
    if name == "hari_n":
        return str(rng.randint(3, 12))
    if name == "km":
        return "%d,%d km" % (rng.randint(1, 9), rng.randint(1, 9))
    if name == "meterx":
        return "%d meter" % rng.randint(20, 900)
    if name == "jlx":
        return rng.choice(PUBLIC_STREETS)
    if name == "pasar":
        return rng.choice(MARKETS)
    if name == "sekolah":
        return rng.choice(SCHOOLS)
    if name == "pkm":
        return rng.choice(PUSKESMAS)
    if name == "rs":
        return rng.choice(HOSPITALS)
    if name == "kelx":
        return rng.choice(KELURAHAN)
    if name == "rute":
        return rng.choice(ROUTES)
    if name == "lender":
        return rng.choice(LENDERS)
    if name == "rtx":
        return rng.choice(("RT %02d", "RT %d", "RT %03d")) % rng.randint(1, 45)
    if name == "rwx":
        return "%02d" % rng.randint(1, 15)
    if name == "kode":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    if name == "sim":
        return digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4)
    if name == "idpelz":
        return "62" + digits(rng, 10)
    if name == "bupot":
        return "1.1-%02d.%02d-%07d" % (d.month, d.year % 100, rng.randint(1, 9999999))
    if name == "efin":
        return digits(rng, 10)
    if name == "ntpn":
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    if name == "kwh":
        return str(rng.randint(40, 480))
    if name == "daya":
        return rng.choice(("R1/900 VA", "R1M/900 VA", "R1/1300 VA", "R1/2200 VA", "R1/450 VA"))
    if name == "pbg":
        return "SK-PBG-5371-%02d%02d%d-%02d" % (d.day, d.month, d.year, rng.randint(1, 99))
    if name == "nokend":
        return "MH1%s" % "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
    if name == "tahap":
        return str(rng.randint(1, 4))
    if name == "imei":
        return "35" + digits(rng, 13)
    if name == "thn":
        return str(d.year - rng.randint(0, 1))
    if name == "imgdate":
        return "%d%02d%02d_%02d%02d%02d" % (
            d.year,
            d.month,
            d.day,
            rng.randint(6, 22),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )
    if name == "rank":
        return rng.choice(("Bripka", "Brigpol", "Aipda", "Bripda"))
    if name == "pct":
        return "%d%%" % rng.randint(10, 90)
    raise SystemExit("unknown placeholder %r" % name)


def office_value(fl: Fill, code: str, field: str) -> str:
    name, short, mail, seat = OFFICES[code]
    rng = fl.rng
    if field == "":
        return name
    if field == "s":
        return short
    if field == "em":
        return mail
    if field == "jl":
        return seat
    if field == "tel":
        return landline(rng, new_six(rng))
    if field == "wa":
        return write_mobile(rng, new_mobile(rng), "")
    raise SystemExit("unknown office field %r" % field)


def value(fl: Fill, name: str, index: str) -> str:
    if name in PERSON_KEYS:
        return person_value(fl, name, int(index or 1)) or ""
    if name.startswith("of_"):
        rest = name[3:]
        code, _, field = rest.partition("_")
        return office_value(fl, code, field)
    kind, _, field = name.partition("_")
    if kind in BIZ_KIND and field in BIZ_FIELDS | {""}:
        return fl.body(kind, index).field(field)
    return lookalike(fl, name)


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z_]+?)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
NUMERIC_KEYS = re.compile(r"(hp|hq|tel|nik|kk|np|bpjs|acc|scam|mob|fix|wa|wb)")


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``, the innermost first."""
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        name, index = m.group(1), m.group(2)
        low = name.lower()
        key = "{%s%s}" % (low, index)
        if (
            not index
            and low not in PERSON_KEYS
            and not low.startswith("of_")
            and low.partition("_")[0] not in BIZ_KIND
        ):
            out = value(fl, low, index)  # an unnumbered look-alike is drawn afresh each time
        else:
            if key not in fl.cache:
                fl.cache[key] = value(fl, low, index)
            out = fl.cache[key]
        if name.isupper() and name != low:  # {N1}: {n1} in capitals
            if NUMERIC_KEYS.search(low):
                out = out.replace("l", "I")  # a digit read as a letter is a capital one in capitals
            out = out.upper()
        return out

    return PLACEHOLDER.sub(sub, template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    """The text without its markers, the spans and the values labelled."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    pos = length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        if m.group(1) not in KINDS:
            raise SystemExit("unknown marker %r" % m.group(1))
        val = m.group(2)
        spans.append({"kind": KINDS[m.group(1)], "start": length, "end": length + len(val)})
        values.append(val)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, values


# ---------------------------------------------------------------- checks

NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
PROVINCES = {"53", "51", "73", "74", "35", "33", "34"}
ADDRESS_START = re.compile(
    r"(?i)(jl\.|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perum|perumnas|perumahan|btn|kompleks)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\s*\(keong\)\s*|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
EDGE = ".,;:!?-/'\")]}>|_•·*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
GLUED_AFTER = ("Tempat", "Nama", "NAMA", "Alamat", "ALAMAT", "Agama", "NIK", "Pekerjaan")
GLUED_BEFORE = ("NIK", "Nama", "NAMA", "Alamat", "HP", "KK")
PLATE = re.compile(r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}")


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted): a mobile's prefix or Kupang's 0380."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-._•·/\n]", seg):
        return False
    clean = id_digits(seg)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 7:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in MOBILE_PREFIXES or (clean.startswith("0380") and len(clean) in (10, 11))


def name_title(seg: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if len(words) > 1 and words[0] in ("wa", "la"):  # Buton's names open with Wa and La
        return False
    return words[0] in TITLES


def digit_stream(text: str) -> tuple[list[int], str]:
    """Positions of the digits of the text (letters read for digits inside numbers counted)."""
    pos = []
    for tok in re.finditer(r"\S+", text):
        t = tok.group()
        numeric = sum(c.isdigit() for c in t) >= 2
        for k, c in enumerate(t):
            if c.isdigit() or (numeric and c in "OlISB"):
                pos.append(tok.start() + k)
    return pos, "".join(text[k] for k in pos).translate(DIGIT_FOR)


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or re.search(r"[ \t]\n", text) or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if (
        re.search(r"\w [.,;](\s|$)", text)
        or "( " in text
        or " )" in text
        or re.search(r"[^\s|] {2,}[^\s|]", text)
    ):
        bad.append("a space before a stop, a comma or a bracket, or two spaces in prose")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    for s, v in zip(spans, values, strict=True):
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not (0 <= st < en <= len(text)) or seg != v:
            bad.append("bad span")
            continue
        if kind not in KINDS.values():
            bad.append("kind %r" % kind)
        if (
            seg != seg.strip()
            or seg[0] in EDGE
            or seg[-1] in EDGE
            or not seg[-1].isalnum()
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
        ):
            bad.append("edge %r" % seg)
        if st > 0 and text[st - 1].isalnum() and not text[:st].endswith(GLUED_BEFORE):
            bad.append("glued before %r" % seg)
        if en < len(text) and text[en].isalnum() and not text[en:].startswith(GLUED_AFTER):
            bad.append("glued after %r" % seg)
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            if name_title(seg):
                bad.append("title %r" % seg)
            if "@" in seg or sum(c.isalpha() for c in seg) < 2 or any(c.isdigit() for c in seg):
                bad.append("name chars %r" % seg)
        elif kind == "phone" and not phone_ok(seg):
            bad.append("phone %r" % seg)
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OlISB .,\-\n]", seg)
                or d[:2] not in PROVINCES
                or not 15 <= len(d) <= 17
            ):
                bad.append("%s %r" % (kind, seg))
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (14, 15, 16, 22) or re.search(r"[^0-9OlIB .\-\n]", seg)
        ):
            bad.append("npwp %r" % seg)
        elif kind == "bpjs" and (len(id_digits(seg)) != 13 or not id_digits(seg).startswith("000")):
            bad.append("bpjs %r" % seg)
        elif kind == "bank_account" and (
            not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append("account %r" % seg)
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append("email %r" % seg)
        elif kind == "address" and (not ADDRESS_START.match(seg) or not re.search(r"\d", seg)):
            bad.append("address %r" % seg)
        elif kind == "plate" and not PLATE.fullmatch(seg.upper()):
            bad.append("plate %r" % seg)
    # every other occurrence of a labelled value in the same text is labelled too
    pos, joined = digit_stream(text)
    for s in spans:
        seg = text[s["start"] : s["end"]]
        kind = s["kind"]
        if kind == "name":
            for word in re.findall(r"[A-Za-z']{3,}", seg):
                if word.lower() in SHARED:
                    continue
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append("unlabelled name word %r" % word)
        elif kind == "email":
            local = AT_FORM.split(seg)[0].split("\n")[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
            if kind == "plate":
                squeezed = re.sub(r"[ -]", "", seg).upper()
                for m in PLATE.finditer(text.upper()):
                    if re.sub(r"[ -]", "", m.group()) == squeezed and not all(
                        inside[m.start() : m.end()]
                    ):
                        bad.append("unlabelled plate %r" % seg)
        elif kind in NUMERIC:
            d = id_digits(seg) if kind != "bank_account" else re.sub(r"\D", "", seg)
            if kind == "npwp" and len(d) == 22:  # a NITKU: the NIK inside it is what counts
                d = d[:16]
            cores = {d}
            if kind == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
            for core in sorted(cores):
                at = joined.find(core)
                while at != -1:
                    if not all(inside[pos[k]] for k in range(at, at + len(core))):
                        bad.append("unlabelled repeat of %r" % seg)
                    at = joined.find(core, at + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/:,]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"bapak|pak|bpk|bp|tn|sdr|saudara|om|bapa|opa|suami|ayah|bung|mas|nyong|ko|bripka|aiptu|brigpol|la"
FEMALE_WORDS = r"ibu|bu|ny|nyonya|sdri|saudari|mama|tanta|oma|nona|istri|mbak|ci|enci|bidan|usi|wa"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % (MALE_WORDS, FEMALE_WORDS)
)
MALE_SET = set(MALE_WORDS.split("|"))
TEMPLATES: list[tuple] = []


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    O: dict[int, str] | None = None,
    fam: dict[int, int] | None = None,
    A: dict[int, tuple[int, int]] | None = None,
    L: tuple[int, ...] = (),
    D: str = "",
    opp: dict[int, int] | None = None,
) -> None:
    """Register a template: its style, theme and text, and what it says of its people (F women,
    M men, O an origin per person, fam a member of a head's family, A the years a person was
    born in, L people who do not live in the city, D the domain of a workplace's mailboxes, opp a
    spouse of the other sex than the person given)."""
    TEMPLATES.append(
        (
            style,
            theme,
            text.strip("\n"),
            {
                "F": F,
                "M": M,
                "O": O or {},
                "fam": fam or {},
                "A": A or {},
                "L": set(L),
                "D": D,
                "opp": opp or {},
            },
        )
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    """The template's spec with the sex a title or a kin word gives a person, and the words of
    the template's own text, which no name may take."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        word = m.group(1).lower()
        if word in ("wa", "la"):  # WA before a name is WhatsApp's, not Buton's
            continue
        auto["M" if word in MALE_SET else "F"].add(int(m.group(2)))
    both = (auto["M"] | set(base["M"])) & (auto["F"] | set(base["F"]))
    if both:
        raise SystemExit("a person given both sexes: %s\n%s" % (sorted(both), chosen[:300]))
    bare = PLACEHOLDER.sub(" ", MARKER.sub(lambda m: " " + m.group(2) + " ", chosen))
    return {
        "F": set(base["F"]) | auto["F"],
        "M": set(base["M"]) | auto["M"],
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
        "A": dict(base["A"]),
        "L": set(base["L"]),
        "opp": dict(base["opp"]),
        "avoid": {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)},
    }


def build(only: str = "") -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, base) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        if only and style != only:
            continue
        made = tries = 0
        last: list[str] = []
        while made < FILLS:
            tries += 1
            if tries > 900:
                raise SystemExit(
                    "template %d (%s/%s) keeps failing: %s\n%s"
                    % (number, style, theme, last, template[:400])
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            if base["D"]:
                fl.cache["__domain"] = base["D"]
            text, spans, values = extract(fill(chosen, fl))
            last = problems(text, spans, values)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append("a text without spans needs %d look-alikes" % FLOORS["lookalikes"])
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    return [
        {
            "id": "%s-%04d" % (PREFIX, k),
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]


# ---------------------------------------------------------------- report


def table(records: list[dict[str, object]], field: str, values: tuple[str, ...]) -> None:
    kinds = sorted(KINDS.values())
    print("| %s | texts | without spans | %s |" % (field, " | ".join(kinds)))
    print("|---|---:|---:|%s" % ("---:|" * len(kinds)))
    total: Counter[str] = Counter()
    for v in values:
        rows = [r for r in records if r[field] == v]
        c = Counter(s["kind"] for r in rows for s in r["spans"])
        total.update(c)
        empty = sum(1 for r in rows if not r["spans"])
        print("| %s | %d | %d | %s |" % (v, len(rows), empty, " | ".join(str(c[k]) for k in kinds)))
    empty = sum(1 for r in records if not r["spans"])
    print(
        "| **total** | %d | %d | %s |"
        % (len(records), empty, " | ".join(str(total[k]) for k in kinds))
    )


def writing(kind: str, seg: str) -> str:
    """How a labelled value is written, for the report."""
    if kind == "name":
        if "\n" in seg:
            return "over a line break"
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        if "\n" in seg:
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|titik|\(at\)|\(et\)|keong", seg):
            return "written to dodge scrapers"
        if re.search(r",\w+$", seg):
            return "a comma for the dot"
        if seg.endswith((".go.id", ".sch.id", ".ac.id", ".co.id")) and "yahoo" not in seg:
            return "a person's own on a workplace's domain"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt/rw", seg):
            return "an identity card's RT/RW field"
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone" if "/" in seg or re.search(r"(?i)rw", seg) else "RT alone"
        if re.match(r"(?i)perum|btn|kompleks", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OlISB]", seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        if len(d) == 22:
            return "NITKU (the NIK and six digits)"
        if len(d) == 14:
            return "old NPWP a digit short"
        if len(d) == 15:
            if seg.count("-") == 1 and "." in seg and " " not in seg:
                return "15 digits dotted"
            if " " in seg and re.search(r"[.\-]", seg):
                return "15 digits dotted, a stray space"
            if re.search(r"[.\-]", seg):
                return "15 digits, one mark between groups"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        if d[0] == "0":
            return "16 digits (0 and the old number)"
        return "16 digits (the NIK), spaced" if " " in seg else "16 digits (the NIK)"
    if kind == "phone":
        if seg.startswith(("+62", "(+62)")):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•·/]", seg):
            return "underscores, bullets, slashes or middle dots"
        if "." in seg:
            return "dots"
        if re.fullmatch(r"\d{3}( \d{3})+( \d{1,4})?", seg):
            return "in threes"
        if len(id_digits(seg)) not in (11, 12, 13):
            return "an odd length (mistyped)"
    if kind in ("nik", "kk") and ", " in seg:
        return "in fours with commas"
    if kind in ("nik", "kk") and re.fullmatch(r"\d\d( \d\d){7}", seg):
        return "in pairs"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(r: dict[str, object], pattern: str) -> list[re.Match[str]]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return [m for m in re.finditer(pattern, r["text"]) if not any(inside[m.start() : m.end()])]


RUN = r"[+(]?\d[\d .\-()_•·]{3,}\d|\d{4,}"


def report(records: list[dict[str, object]], digest: str) -> None:
    print("SHA-256", digest)
    print(
        "templates",
        len(TEMPLATES),
        "texts",
        len(records),
        "spans",
        sum(len(r["spans"]) for r in records),
    )
    empty = sum(1 for r in records if not r["spans"])
    print("without spans %d (%.1f %%)" % (empty, 100 * empty / max(1, len(records))))
    per_t = Counter((t[0], bool(MARKER.search(t[2]))) for t in TEMPLATES)
    print(
        "templates per style (with spans, without):",
        {s: (per_t[s, True], per_t[s, False]) for s in STYLES},
    )
    lengths = [len(r["text"]) for r in records] or [0]
    lines = [r["text"].count("\n") + 1 for r in records] or [0]
    print(
        "length of a text: %d to %d characters (%d on average), %d to %d lines (%d on average)"
        % (
            min(lengths),
            max(lengths),
            sum(lengths) / len(lengths),
            min(lines),
            max(lines),
            sum(lines) / len(lines),
        )
    )
    print()
    table(records, "style", STYLES)
    print()
    table(records, "theme", THEMES)
    per = Counter(s["kind"] for r in records for s in r["spans"])
    print()
    print("spans per kind:", ", ".join("%s %d" % kv for kv in per.most_common()))
    for kind in sorted(KINDS.values()):
        c = Counter(
            writing(kind, r["text"][s["start"] : s["end"]])
            for r in records
            for s in r["spans"]
            if s["kind"] == kind
        )
        print("%s writings:" % kind, ", ".join("%s %d" % kv for kv in sorted(c.items())))
    runs = phones = ats = 0
    for r in records:
        for m in unlabelled(r, r"[+(]?\d[\d .\-()_•·]{6,}\d"):
            if sum(c.isdigit() for c in m.group()) >= 9:
                runs += 1
                phones += phone_ok(m.group().strip(" ()"))
        ats += len(unlabelled(r, r"\S*@\S*"))
    print("unlabelled runs of nine digits or more:", runs)
    print("of them shaped as a mobile or a Kupang line:", phones)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        for m in unlabelled(r, RUN + r"|\S*@\S*"):
            before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
            print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
    """Print texts drawn at random with their spans marked, for reading."""
    for r in random.Random(seed).sample(records, min(count, len(records))):
        text = r["text"]
        out = []
        pos = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            out.append(text[pos : s["start"]])
            out.append("⟦%s|%s⟧" % (s["kind"], text[s["start"] : s["end"]]))
            pos = s["end"]
        out.append(text[pos:])
        print("=== %s %s/%s" % (r["id"], r["style"], r["theme"]))
        print("".join(out))
        print()


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in (
        "name",
        "phone",
        "npwp",
        "email",
        "bank_account",
        "nik",
        "address",
        "plate",
        "kk",
        "bpjs",
    ):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)
    for r in records:
        if not r["spans"]:
            assert lookalikes(r["text"]) >= FLOORS["lookalikes"], r["id"]


def main() -> None:
    only = sys.argv[sys.argv.index("--style") + 1] if "--style" in sys.argv else ""
    records = build(only)
    if not only:
        check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if "--dry" not in sys.argv and not only:
        OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())
    if "--review" in sys.argv:
        review(records)
    if "--show" in sys.argv:
        k = sys.argv.index("--show")
        count = int(sys.argv[k + 1])
        seed = int(sys.argv[k + 2]) if len(sys.argv) > k + 2 and sys.argv[k + 2].isdigit() else 1
        show(records, count, seed)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate. «a¦b» draws one branch.
# A placeholder in capitals ({N1}, {HPOC1}) is its lower-case one in capitals.
# Person i: {n1} full name, {g1} given, {f1} family, {l1}/{lg1} lower case, {c1} the name a phone
# saved, {ini1} initial and family, {hon1} Bapak/Ibu, {pak1} Pak/Bu, {sdr1} Sdr./Sdri., {kin1}
# Om/Tanta, {bt1} Bapa/Mama, {umur1}, {lahir1}, {tl1}; {hp1} mobile (hpb block, hpd dashes, hps
# spaces, hpt dots, hpi +62, hpk 62, hpo letters for digits, hpoc the same in capitals, hpn over a
# line, hpx threes, hpu underscores, bullets or slashes, hpe mistyped), {hq1} a second mobile,
# {tel1} home line; {nik1} (nikb, niks fours, nikt dots, niko letters, nikn over a line, nikc
# commas, nikp pairs), {kk1} ({kkb1}, {kks1}); {np1} NPWP (npd dotted, npb block, nps spaced, npm
# one mark, npz 0 and the old number, npzd, npn the NIK, npns spaced, npt NITKU, nptu NITKU of a
# place of business, npo/npoc a scan, npl over a line, npx a stray space, npe a digit short);
# {bpjs1} ({bpjss1}); {em1} (emp plain, emx dodged, emn over a line, emc a comma for the dot, emk
# on a workplace's domain); {bank1} {acc1} ({accb1}); {rt1} RT/RW, {rtn1} RT alone, {rtl1} lower
# case, {rtf1} a card's field; {ad1} home (ads street, adr with RT/RW, ade an estate's block),
# {kel1}, {kec1}; {pl1} plate.
# Bodies {KIND_FIELD1}: KIND depot tangki bengkel travel bus toko kios apotek laundry cv ud pt kop
# ksp yay; FIELD '' name, c core, wa wb mobiles, tel, np NPWP, nt NITKU, acc, jl seat, em, ig.
# Offices {of_CODE_FIELD}: CODE pdam pln pupr dik kes duk sos kpp bap pol hub upk bpjs rsud omb;
# FIELD '' name, s short, em, jl, tel, wa.
# Look-alikes (never labelled; unnumbered ones drawn afresh): {t} chat stamp {tgl} {tglw} {tgls}
# {jam} {hari} {bln} {rp} {rpk} {rpj} {ribu} {tiket} {idpel} {idpelz} {meter} {token} {samb} {va}
# {billing} {surat} {nop} {ord} {resi} {npsn} {nisn} {nip} {antri} {kw} {rm} {akta} {lp} {dtks}
# {scam} {mob} {mobb} {fix} {nptr} {npbd} {acx} {otp} {kamar} {tiang} {jml} {hari_n} {km} {meterx}
# {jlx} {pasar} {sekolah} {pkm} {rs} {kelx} {rute} {lender} {rtx} {rwx} {kode} {sim} {bupot}
# {efin} {ntpn} {kwh} {daya} {pbg} {nokend} {tahap} {pct}.

# ---------------------------------------------------------------- sms_caps
# SMS to 1708 in the format KOTKUPANG(SPASI)KELUHAN, in capitals and the usual abbreviations.

T(
    "sms_caps",
    "water",
    """
KOTKUPANG AIR PDAM DI «[[a:{RT1}]]¦[[a:{RTN1}]]» KEL. {KEL1} SDH {HARI_N} HARI TDK MENGALIR. NO SAMBUNGAN SY {SAMB}. SY SDH TLP CALL CENTER PDAM {OF_PDAM_TEL} TP TDK ADA YG ANGKAT. «TETANGGA SY {PAK2} [[n:{N2}]] JUGA SAMA, HP DIA [[p:{HP2}]].¦ANAK SY BELI AIR DI {TANGKI1} ({TANGKI_WA1}) HARGA {RPTANGKI}, MAHAL SEKALI.¦DI SPANDUK SEDOT AIR DEKAT GEREJA ADA NOMOR {MOB}, TP ITU NOMOR TANGKI, BUKAN PDAM.» MHN DIBANTU. «[[n:{N1}]] [[p:{HP1}]]¦DARI [[n:{N1}]], HP [[p:{HPD1}]]¦[[n:{N1}]] [[p:{HPOC1}]]¦SY [[n:{N1}]], NO SY [[p:{HPB1}]]¦[[n:{N1}]] [[p:{HPE1}]] MAAF SALAH, YG BENAR [[p:{HPB1}]]»
""",
)

T(
    "sms_caps",
    "tax",
    """
KOTKUPANG SY [[n:{N1}]] «PEDAGANG SAYUR¦PENJUAL IKAN¦PEDAGANG SEMBAKO» DI {PASAR}. NPWP SY YG LAMA «[[npwp:{NPD1}]]¦[[npwp:{NPS1}]]¦[[npwp:{NPB1}]]» APA MSH BERLAKU? «KATANYA SKRG PAKAI NIK [[npwp:{NPN1}]].¦PETUGAS BILANG SKRG NPWP SAMA DGN NIK, JD SY PAKAI [[npwp:{NPN1}]].¦TP WAKTU LAPOR SPT DITOLAK, KATANYA HARUS SAMA DENGAN NIK SY [[nik:{NIKB1}]].» NPWP KOPERASI PASAR {NPBD} SDH SY KASIH JUGA KE PETUGAS TP DIA BILANG ITU PUNYA KOPERASI. «MHN PENJELASAN.¦TOLONG DIJAWAB.» «HP [[p:{HP1}]]¦WA [[p:{HPB1}]]¦[[p:{HPOC1}]]»
""",
)

T(
    "sms_caps",
    "social_aid",
    """
KOTKUPANG SY MAU LAPOR UTK «MAMA [[n:{N2}]]¦BAPA [[n:{N2}]]¦OMA [[n:{N2}]]» (NIK «[[nik:{NIKB2}]]¦[[nik:{NIKOC2}]]») SDH {TAHAP} TAHAP TDK TERIMA «PKH¦BPNT¦BLT». PENDAMPING NO {MOB} TDK MAU ANGKAT. «KEMARIN ADA YG TLP DR {SCAM} NGAKU DR DINSOS, MINTA NO KK. SY TDK KASIH.¦ADA WA DR {SCAM} BILANG BANTUAN CAIR KALAU KIRIM FOTO KK, SY TDK KIRIM.» NO KK KAMI [[kk:{KKB2}]]. TRIMS. [[n:{N1}]], WARGA «[[a:{RT1}]]¦[[a:{RTN1}]]» KEL. {KEL1} «[[p:{HP1}]]¦HP [[p:{HPD1}]]»
""",
    fam={1: 2},
    A={2: (1938, 1960), 1: (1975, 1995)},
)

T(
    "sms_caps",
    "private_dealings",
    """
KOTKUPANG SY [[n:{N1}]] DITEROR PENAGIH PINJOL {LENDER}. «MEREKA PAKAI NOMOR {SCAM1} DAN {SCAM2}, TDK SEBUT NAMA.¦PENAGIH TLP DR {SCAM1}, LALU DR {SCAM2}, TDK MAU SEBUT NAMA.» SKRG MEREKA TLP JUGA «ADIK SY¦KAKA SY¦IPAR SY» [[n:{N2}]] DI NO [[p:{HP2}]] DAN «BOS SY¦TETANGGA SY» [[n:{N3}]] [[p:{HP3}]], BILANG SY MALING. «PENAGIH ATAS NAMA [[n:{N4}]] PAKAI NOMOR [[p:{HP4}]] JUGA DATANG KE RUMAH.¦YG DATANG KE RUMAH NAMANYA [[n:{N4}]], DIA KASI NOMOR [[p:{HP4}]].¦» SY SDH LAPOR SPKT, DISURUH LAPOR LEWAT WA {MOB}. HP SY «[[p:{HP1}]]¦[[p:{HP1}]] / [[p:{HQ1}]]¦[[p:{HPB1}]] ATAU [[p:{HQB1}]]»
""",
    M=(4,),
)

T(
    "sms_caps",
    "roads",
    """
KOTKUPANG SOPIR BEMO {RUTE} PLAT [[pl:{PL2}]] UGAL2AN DAN HAMPIR TABRAK ANAK SY DI DEPAN {SEKOLAH} TGL {TGL} JAM {JAM}. «SOPIRNYA [[n:{N2}]] [[p:{HPOC2}]], NOMOR DPT DR TEMAN SY.¦KATA ORG DI PANGKALAN NAMANYA [[n:{N2}]], HP [[p:{HP2}]].» «SY TLP POOL BEMO {FIX} TDK ANGKAT.¦NO DISHUB {OF_HUB_TEL} JUGA TDK ANGKAT.» MHN DISHUB TINDAK. [[n:{N1}]] «[[p:{HP1}]]¦WARGA [[a:{RTN1}]] {KEL1}»
""",
    M=(2,),
)

T(
    "sms_caps",
    "power",
    """
KOTKUPANG LISTRIK DI {JLX} «DEKAT {PASAR}¦DEPAN {PKM}» PADAM SEJAK JAM {JAM}, SDH {HARI_N} KALI BULAN INI. ID PELANGGAN {IDPEL}, NO METER {METER}. SDH TLP 123 DAN WA PLN {OF_PLN_WA}, NO LAPORAN {TIKET}. «TOKEN {TOKEN} YG SY BELI TGL {TGL} JUGA TDK MASUK.¦KULKAS RUSAK, RUGI {RP}.» MHN DITINDAKLANJUTI. TRIMS
""",
)

T(
    "sms_caps",
    "police",
    """
KOTKUPANG SY DAPAT SMS DR {SCAM1} «BILANG SY MENANG UNDIAN¦KATANYA SY TERPILIH DAPAT BANSOS» {RPJ} DR «BANK NTT¦PT POS¦KEMENSOS». SY DISURUH TLP {SCAM2} UTK KLAIM DAN KIRIM KODE {OTP}. «TGL {TGL} JAM {JAM}.¦MASUK {TGL} JAM {JAM}.» APA INI PENIPUAN? «KALAU IYA MHN DIBLOKIR.¦TOLONG POLISI CEK.»
""",
)

T(
    "sms_caps",
    "school",
    """
KOTKUPANG {SEKOLAH} MINTA UANG «KOMITE¦PEMBANGUNAN¦SERAGAM» {RP} PER SISWA, BAYAR KE REK KOMITE BANK NTT {ACX} ATAU VA {VA}. SURAT NO {SURATKOMITE} TGL {TGL}. NPSN SEKOLAH {NPSN}. INFO PANITIA {MOB}. ANAK YG BLM BAYAR TDK BOLEH IKUT UJIAN TGL {TGLS}. APA BOLEH? MHN DINAS CEK.
""",
)

# ---------------------------------------------------------------- sms_lower
# SMS to 1708 typed in lower case, Kupang Malay and short forms.

T(
    "sms_lower",
    "civil_registry",
    """
kotkupang sy [[n:{l1}]] «mo tanya¦mau tanya», ktp el sy su {hari_n} bln blm jadi. nik sy «[[nik:{nikb1}]]¦[[nik:{niko1}]]¦[[nik:{nikb1}]]» «no kk [[kk:{kkb1}]]¦kk [[kk:{kkb1}]]¦no kk sy [[kk:{kks1}]]». no antrian {antri} tgl {tgl}. tlp dukcapil {of_duk_tel} sonde angkat. kalo su jadi tolong sms ke nomor ini [[p:{hpb1}]] «ato ke sa pung kaka [[n:{lg2}]] [[p:{hp2}]]¦ato wa ke ade sa [[n:{lg2}]] di [[p:{hp2}]]¦ato ke nomer bapa sa [[p:{hp2}]]». makasih
""",
    fam={2: 1},
)

T(
    "sms_lower",
    "private_dealings",
    """
kotkupang sy anak kos di {kelx}. «bapa kos¦pemilik kos» [[n:{l2}]] putus air pdam krn dia sendiri «tunggak¦sonde bayar» rekening bulan {bln}. sy su bayar kos {rpkos}/bln. «hp bapa kos [[p:{hp2}]] tp dia blok sy.¦sy su wa dia di [[p:{hp2}]] tp cuma baca sa.» kata pdam no samb {samb} atas nama dia. sy pung nomor [[p:{hpx1}]]. tolong dibantu. «[[n:{lg1}]]¦- [[n:{l1}]]¦sa [[n:{lg1}]]»
""",
    M=(2,),
    A={1: (1998, 2007)},
    L=(1,),
)

T(
    "sms_lower",
    "tax",
    """
kotkupang sy [[n:{l1}]] guru honor di {sekolah}. bendahara minta npwp semua guru honor «utk potong pajak¦utk bukti potong». «sy blm punya npwp, pakai nik sj boleh? [[nik:{nikb1}]].¦npwp sy yg lama [[npwp:{npd1}]] tp dong bilang skrg pake nik. ini punya sy [[npwp:{npn1}]].¦ini punya sy [[npwp:{npn1}]], su kirim lewat wa ke bendahara tp blm dibalas.¦npwp sy yg lama [[npwp:{npb1}]], apa bisa?» npwp bendahara sekolah di bukti potong «{nptr}¦tertulis {nptr}», itu bukan punya sy to? «hp¦wa» [[p:{hp1}]]
""",
)

T(
    "sms_lower",
    "health",
    """
kotkupang anak sy [[n:{lg2}]] «ditolak di igd¦disuruh pulang dr igd» {rs} krn kartu jkn [[bpjs:{bpjs2}]] katanya tdk aktif. padahal kami peserta pbi. nik anak [[nik:{nikb2}]]. «sy su tlp bpjs 165 tp disuruh ke kantor.¦kantor bpjs {of_bpjs_tel} sibuk terus.» skrg bayar umum {rp}. tolong dicek. hub sy [[p:{hp1}]] ([[n:{lg1}]])
""",
    fam={2: 1},
    A={2: (2010, 2022), 1: (1978, 1996)},
)

T(
    "sms_lower",
    "police",
    """
kotkupang tetangga sy [[n:{l2}]] «di [[a:{ads2}]]¦sebelah rumah sy» bakar sampah «tiap malam¦tiap sore», asap masuk rumah, anak sy sesak napas. «dia pung oto [[pl:{pl2}]] jg parkir tutup jalan.¦oto pick up dia [[pl:{pl2}]] parkir depan pagar sy.¦» sy su tegur tp dia marah2. ketua {rtx} su tau tp diam sa. tolong polisi ato lurah datang. sy [[n:{lg1}]], warga «[[a:{rtl1}]]¦[[a:{rt1}]]», hp «[[p:{hp1}]]¦[[p:{hpo1}]]¦[[p:{hpu1}]]»
""",
)

T(
    "sms_lower",
    "power",
    """
kotkupang lampu jalan di {jlx} mati su {hari_n} hari, tiang no {tiang}. «sy su lapor lewat pln mobile deng 123, no laporan {tiket}¦su lapor ke 123, tiket {tiket}» tp blm ada tindak lanjut. tgl {tgl} ada motor jatuh jam {jam}. wa pln {of_pln_wa} cuma balas otomatis. tolong dinas pupr ato pln cek, «makasih¦trims»
""",
)

T(
    "sms_lower",
    "water",
    """
kotkupang harga air tangki di {kelx} naik jd {rptangki} per «tangki¦5000 liter». sy pesan di {tangki1} no {tangki_wa1}, dia bilang pdam mati jd mahal. «id pelanggan pdam sy {samb}, tagihan bulan {bln} {rpair} padahal air sonde jalan.¦no sambungan {samb}, tagihan {bln} tetap {rpair}.» kode bayar {billing}. pdam tlp {of_pdam_tel} sonde angkat. tolong diatur harga tangki
""",
)

T(
    "sms_lower",
    "school",
    """
kotkupang pendaftaran «sd online di {sdx}¦smp online di {smp}» «sonde bisa¦error terus» dari tgl {tgl}. nisn anak {nisn}, no pendaftaran {noreg}. operator sekolah blg hub no {mob} tp sonde balas. «website minta kode {kode}¦otp {otp} sonde masuk». npsn sekolah {npsn}. tolong dinas pendidikan bantu, batas daftar tgl {tgls}
""",
)

# ---------------------------------------------------------------- wa_chat
# WhatsApp chats as an export shows them: a stamp, the name the phone saved, the message.

T(
    "wa_chat",
    "social_aid",
    """
{t} [[n:{c1}]]: Ma, petugas kelurahan minta NIK deng KK mama untuk data «BLT¦PKH¦bansos lansia»
{t} Mama: Ini mama pung NIK [[nik:{nikb2}]]
{t} Mama: KK [[kk:{kkb2}]]
{t} [[n:{c1}]]: Nomor HP mama yg aktif yg mana? «[[p:{hpb2}]] ato [[p:{hqb2}]]?¦Yg [[p:{hpb2}]] to?»
{t} Mama: «Yg [[p:{hqb2}]] su mati. Pake yg [[p:{hpb2}]] sa¦Iya yg itu. Kalo sonde angkat telpon bapa [[p:{hp3}]]»
{t} [[n:{c1}]]: Ok ma. Petugasnya «namanya [[n:{n4}]], dia kasi nomor [[p:{hp4}]]¦Ibu [[n:{n4}]], nomornya [[p:{hp4}]]». Kalo ada yg telpon mengaku dari Dinsos minta pulsa, jang kasi e
{t} Mama: Iya. Kemarin ada yg «WA dari {scam}, bilang dia dari Dinsos¦telpon pake {scam}, ngaku petugas bansos», mama sonde layani
""",
    F=(2,),
    M=(3,),
    fam={1: 2},
    A={2: (1948, 1968), 1: (1975, 1998)},
)

T(
    "wa_chat",
    "private_dealings",
    """
{t} [[n:{c1}]]: Selamat {salam} «bapa¦om», beta mau tanya uang jaminan kos {rpkos} kapan dikembalikan? Beta su keluar dari kamar {kamar} tgl {tgl}
{t} [[n:{c2}]]: Nanti kalo kamar su dicek. Mau transfer ke mana?
{t} [[n:{c1}]]: «{bank1} [[b:{acc1}]] a.n. [[n:{n1}]]¦Rek {bank1} [[b:{acc1}]] atas nama beta sendiri¦{bank1} [[b:{accb1}]] a.n. [[n:{N1}]]»
{t} [[n:{c2}]]: Ok. Kalo sa lupa, telpon sa pung «istri¦maitua» [[n:{g3}]] di [[p:{hp3}]], dia yg pegang uang kos
{t} [[n:{c1}]]: Siap. Kalo nomor ini [[p:{hp1}]] sonde aktif, WA ke nomor kantor beta {mob} sa
{t} [[n:{c2}]]: Nomor kantor tu sapa pung?
{t} [[n:{c1}]]: Itu nomor WA «kantor travel¦bengkel¦toko» tempat beta karja, nanti dong sambung ke beta
""",
    M=(2,),
    F=(3,),
    fam={3: 2},
    A={1: (1996, 2005)},
)

T(
    "wa_chat",
    "tax",
    """
{t} [[n:{c1}]]: Kaka, sa mau lapor SPT tapi di aplikasi minta NPWP 16 digit. Sa pung yang lama «[[npwp:{npd1}]]¦[[npwp:{npm1}]]¦[[npwp:{npo1}]] (sa ketik dari foto kartu)»
{t} [[n:{c2}]]: Su ganti ade. Skrg NPWP orang pribadi pake NIK. Jadi NPWP ade sekarang apa?
{t} [[n:{c1}]]: «Pakai NIK, [[npwp:{npn1}]]¦[[npwp:{npn1}]] (NIK)¦Berarti [[npwp:{npn1}]] to?»
{t} [[n:{c2}]]: Iya. Terus bukti potong dari kantor ada?
{t} [[n:{c1}]]: Ada, dari bendahara «Dinas PUPR¦Dinas Sosial¦Sekretariat DPRD». NPWP bendahara di situ {nptr}, nomor bukti potong {bupot}
{t} [[n:{c2}]]: Ok itu bukan ade pung. «Laundry ade pung NPWP usaha ada?¦Kios ade ada NPWP badan?»
{t} [[n:{c1}]]: «Sonde, laundry pake NPWP CV kaka ipar {npbd}¦Kios pake NPWP koperasi {npbd}»
{t} [[n:{c2}]]: Itu lain. Kirim sa EFIN ade ko beta bantu
{t} [[n:{c1}]]: EFIN {efin}. Makasih kaka
""",
)

T(
    "wa_chat",
    "private_dealings",
    """
{t} [[n:{c1}]]: Selamat {salam} kaka, motor «Vario¦Beat¦NMax» yg dijual di FB tu masih ada?
{t} [[n:{c2}]]: Masih. Plat [[pl:{pl2}]], pajak hidup sampe {bln}
{t} [[n:{c1}]]: Bisa liat di rumah?
{t} [[n:{c2}]]: Datang sa di «[[a:{ads2}]]¦[[a:{adr2}]]». Kalo sa sonde ada, telpon sa pung ade [[n:{g3}]] [[p:{hp3}]]
{t} [[n:{c1}]]: Ok. Tadi «dealer {toko1} tawar juga, nomor dorang {toko_wa1}¦showroom {ud1} ju ada, nomor dorang {ud_wa1}», tapi lebih mahal
{t} [[n:{c2}]]: Beta jual sendiri sa, bukan dealer. Ini nomor beta pribadi, «[[p:{hp2}]]¦[[p:{hpo2}]]» kalo WA sonde masuk
{t} [[n:{c1}]]: Siap kaka, besok jam {jam}
""",
    fam={3: 2},
)

T(
    "wa_chat",
    "police",
    """
{t} [[n:{c1}]]: Selamat {salam} Pak, beta mau lapor HP hilang di «bemo {rute}¦{pasar}¦depan {pkm}»
{t} SPKT Polresta Kupang Kota: Selamat {salam}. Silakan datang ke SPKT bawa KTP dan dus HP. Info {of_pol_tel}
{t} [[n:{c1}]]: Nomor yang hilang [[p:{hp1}]]. Beta sekarang pake nomor «ade¦kaka¦ipar», [[p:{hp2}]] ([[n:{g2}]])
{t} SPKT Polresta Kupang Kota: IMEI HP-nya?
{t} [[n:{c1}]]: IMEI {imei}. «Tadi ada yg WA ke nomor yg baru dari {scam}, bilang HP ada di dia, minta tebusan {rp}¦Tadi ada yg telpon pake {scam} bilang dia dari kepolisian, minta transfer {rp}»
{t} SPKT Polresta Kupang Kota: Jangan transfer. Nomor laporan nanti {lp}
""",
)

T(
    "wa_chat",
    "power",
    """
{t} Mama: Kaka, token listrik su bunyi. Beli di mana?
{t} Kaka: Beli di aplikasi sa ma. ID pelanggan berapa?
{t} Mama: Liat di meteran, {idpel}
{t} Kaka: Su beli «Rp 50.000¦Rp 100.000¦Rp 20.000». Token: {token}
{t} Mama: Su masuk, tapi cepat habis. Kenapa «daya¦tarif» {daya} mahal e
{t} Kaka: Kalo ada gangguan telpon 123 ato WA PLN {of_pln_wa}, jang telpon nomor di stiker tiang {mob}, itu bukan PLN
{t} Mama: Ok. Bapa bilang tagihan PDAM bulan {bln} ju naik, {rpair}, kode bayar {billing}
""",
)

T(
    "wa_chat",
    "civil_registry",
    """
{t} Chatbot Dukcapil: Selamat datang di layanan online Dukcapil Kota Kupang. Ketik 1 untuk KTP-el, 2 untuk KK, 3 untuk akta
{t} Saya: «2¦1¦3»
{t} Chatbot Dukcapil: Nomor antrian Anda {antri} untuk tanggal {tglf}, jam layanan «08.00-12.00¦08.00-14.00¦09.00-13.00». Kode booking {kode}
{t} Saya: Kalau tidak bisa datang?
{t} Chatbot Dukcapil: Silakan jadwal ulang lewat WA {of_duk_wa} atau telepon {of_duk_tel}. Pengaduan: SMS 1708
{t} Saya: Ok terima kasih
{t} Chatbot Dukcapil: Nomor tiket Anda {tiket}. Survei kepuasan: ketik 1-5
""",
)

T(
    "wa_chat",
    "private_dealings",
    """
{t} {toko1}: Selamat {salam} kak, pesanan «semen dan besi¦seng dan paku¦keramik» sudah kami proses. No. nota {nota}
{t} Saya: Total berapa?
{t} {toko1}: Total {rpm}, transfer ke {toko_acc1} a.n. {TOKO1} atau VA {va}
{t} Saya: Minta faktur pajak ya, untuk proyek kantor
{t} {toko1}: Siap kak. NPWP toko kami {toko_np1}. Sopir antar besok jam {jam}, resi {resi}
{t} Saya: Sopirnya siapa?
{t} {toko1}: Sopir kantor kak, nanti telpon dari nomor toko {toko_wa1}
""",
)

# ---------------------------------------------------------------- wa_forward
# Messages forwarded in WhatsApp groups, often under the forwarder's line.

T(
    "wa_forward",
    "health",
    """
«Dari: [[n:{n1}]] ([[p:{hp1}]])¦Diteruskan dari [[n:{n1}]] [[p:{hpi1}]]¦Forward dari [[n:{c1}]]»
*INFO POSYANDU «MAWAR¦MELATI¦ANGGREK» KEL. {KELX1}*
Penimbangan balita dan lansia {tglfh} jam «08.00¦08.30¦09.00» di halaman «gereja¦kantor lurah».
Bawa buku KIA dan kartu JKN. Pendaftaran lewat WA {mob}.
Yang belum terdaftar hubungi kader [[n:{n2}]] «[[p:{hp2}]]¦di [[p:{hpd2}]]» atau bidan kelurahan, «Ibu [[n:{n3}]] ([[p:{hp3}]])¦bidan [[n:{n3}]], WA [[p:{hp3}]]».
Info lanjut: {pkm1} {fix}
""",
    F=(3,),
)

T(
    "wa_forward",
    "police",
    """
*WASPADA PENIPUAN*
«Ada nomor {scam1} mengaku petugas Dukcapil, minta NIK dan foto KK lewat WA.¦Ada WA dari {scam1} pake foto Pak Lurah, minta transfer pulsa.¦Nomor {scam1} telpon warga, bilang dari PLN, suru bayar tunggakan.» Nomor lain yg dipakai {scam2}. JANGAN dilayani.
Info dari «[[n:{n1}]] (korban)¦ibu [[n:{n1}]], warga [[a:{rt1}]] yg su kena¦[[n:{n1}]], warga [[a:{rtn1}]] Kel. {kel1}»: «bisa konfirmasi ke [[p:{hp1}]]¦nomor dia [[p:{hp1}]]». Uang su transfer {rp} ke rek {bank4} [[b:{acc4}]] a.n. [[n:{n4}]].
«Sebarkan ke grup keluarga.¦Mohon diteruskan.¦Hati-hati bapa mama.»
""",
)

T(
    "wa_forward",
    "police",
    """
«*DICARI*¦*MOHON BANTUAN*¦Tolong share»
Anak kami [[n:{n2}]], umur {umur2} th, «keluar rumah¦pulang sekolah» hari {hari} jam {jam} belum pulang. Terakhir dilihat di {jlx} dekat {pasar}. Pakai «seragam SMP¦kaos merah¦jaket hitam».
Yang lihat mohon hubungi «bapanya [[n:{n1}]] [[p:{hp1}]] atau mamanya [[n:{g3}]] [[p:{hp3}]]¦[[n:{n1}]] (bapa) [[p:{hp1}]] / [[p:{hq1}]]¦mama [[n:{n3}]] [[p:{hpd3}]]» atau Polsek terdekat {fix}.
Rumah kami di «[[a:{ad1}]]¦[[a:{adr1}]]», Kel. {kel1}.
""",
    M=(1,),
    F=(3,),
    fam={2: 1, 3: 1},
    A={2: (2010, 2014), 1: (1970, 1988), 3: (1972, 1990)},
)

T(
    "wa_forward",
    "roads",
    """
«Diteruskan:¦Forward dari grup warga:¦Dari grup RT sebelah:»
Kontraktor «drainase¦jalan¦talud» di {jlx} gali saluran lalu tinggal «sudah 3 minggu¦sejak {tgl}». Papan proyek tulis {cv1}, NPWP {cv_np1}, nilai kontrak {rpj}, no kontrak {suratpupr}, HP pelaksana {cv_wa1}. Nomor di papan itu sonde aktif.
«Pelaksana lapangan¦Mandor» namanya [[n:{n2}]], nomor dia [[p:{hp2}]] (beda deng nomor di papan). «Dia bilang tunggu material.¦Dia bilang uang belum cair.»
Yang mau lapor ke PUPR: {of_pupr_tel} atau WA {of_pupr_wa}.
- [[n:{n1}]], «warga [[a:{rt1}]]¦[[a:{ads1}]]»
""",
    M=(2,),
)

T(
    "wa_forward",
    "tax",
    """
«Dari grup guru honor:¦Diteruskan dari bendahara:¦Forward:»
Rekap NPWP guru honor {sekolah1} (diminta bendahara)
1. [[n:{n1}]] — «[[npwp:{npd1}]]¦[[npwp:{npl1}]]¦[[npwp:{npoc1}]]»
2. [[n:{n2}]] — [[npwp:{npn2}]]
3. [[n:{n3}]] — «belum punya, NIK [[nik:{nikb3}]]¦[[npwp:{nps3}]]»
4. [[n:{n4}]] — «[[npwp:{npz4}]]¦[[npwp:{npd4}]]»
NPWP bendahara sekolah: {nptr}. NPSN {npsn}.
Yang belum kirim, japri ke «bendahara¦operator» {mob} sebelum tgl {tglf}. «Kalau ada salah, WA sa [[p:{hp5}]] ([[n:{g5}]])¦Koreksi kirim ke sa, [[n:{n5}]], [[p:{hp5}]]»
""",
)

T(
    "wa_forward",
    "social_aid",
    """
*INFO PENGADUAN {OF_SOS}*
SMS/WA: {of_sos_wa}
Telepon: {of_sos_tel}
Email: {of_sos_em}
Layanan Senin-Jumat jam 08.00-15.00
Pengaduan bansos juga bisa lewat SMS 1708 atau lapor.go.id, nomor tiket dikirim otomatis (contoh: {tiket}).
«Jangan layani nomor {scam} yang minta biaya administrasi {rpk}.¦Dinsos tidak pernah minta pulsa. Nomor {scam} bukan nomor resmi.»
Diteruskan dari grup kelurahan {kelx}.
""",
)

T(
    "wa_forward",
    "social_aid",
    """
«Terusan¦Diteruskan berkali-kali»
*BANTUAN UMKM {RPM} CAIR HARI INI!!!* Kirim NIK dan foto KK ke WA {scam1}. Cepat sebelum kuota habis, batas {tglf} jam {jam}. Pendaftaran juga lewat link bit.ly/umkm{otp}.
---
Admin grup: Bapa mama, itu HOAX. «Nomor {scam1} dan {scam2} su dilapor ke polisi.¦Nomor {scam1} bukan nomor dinas, yang {scam2} juga.» Info resmi hanya dari Diskop {fix} atau web dinas.
""",
)

T(
    "wa_forward",
    "water",
    """
*PERUMDA AIR MINUM KOTA KUPANG*
Jadwal distribusi air minggu ini:
- {hari}: RT 01–RT 08 Kel. {kelx}, jam {jamr}
- {hari}: RT 09–RT 15 Kel. {kelx}, jam {jamr}
Gangguan lapor WA {of_pdam_wa} atau call center {of_pdam_tel}. Tagihan bisa dicek dengan nomor sambungan (contoh {samb}) di aplikasi.
«Diteruskan oleh admin grup RT.¦Dari grup kelurahan.»
""",
)

# ---------------------------------------------------------------- web_form
# The free text of LAPOR!'s web form, under its field labels.

T(
    "web_form",
    "power",
    """
Judul Laporan: «Tagihan listrik naik tidak wajar¦Tagihan PLN melonjak»
Kategori: Energi dan Sumber Daya Mineral
Isi Laporan: «Saya [[n:{n1}]], pelanggan PLN¦Dengan hormat, saya [[n:{n1}]] pelanggan pascabayar» dengan ID pelanggan {idpel}, daya {daya}. Tagihan bulan {bln} {rpplnhi}, biasanya hanya {rpplnlo}. Petugas catat meter tidak pernah datang ke rumah saya di «[[a:{adr1}]]¦[[a:{ads1}]]», Kel. {kel1}. Saya sudah telepon 123 (nomor laporan {tiket}) dan diminta datang ke kantor PLN di {of_pln_jl}. «Nomor yang bisa dihubungi: [[p:{hp1}]] atau telepon rumah [[p:{tel1}]].¦Mohon hubungi saya di [[p:{hpd1}]], kalau tidak aktif ke rumah [[p:{tel1}]].»
Lokasi Kejadian: Kel. {kel1}, Kec. {kec1}
Tanggal Kejadian: {tgl}
""",
)

T(
    "web_form",
    "roads",
    """
Judul Laporan: Galian pipa di depan rumah tidak ditutup
Kategori: Infrastruktur
Isi Laporan: Jalan di depan rumah saya «di [[a:{ads1}]]¦([[a:{adr1}]])» digali untuk pipa PDAM sejak {tgl} dan sampai sekarang lubangnya dibiarkan. «Anak saya jatuh dari motor di situ.¦Sudah dua motor jatuh.» Mandor proyek bilang hubungi kantor {cv1} di {cv_tel1}, tapi tidak ada yang angkat. «Nomor mandor, [[n:{n2}]], [[p:{hp2}]] juga sudah tidak aktif.¦Mandornya Pak [[n:{n2}]] pernah kasih nomor [[p:{hp2}]], sekarang tidak aktif.» Mohon PUPR atau PDAM segera tutup. Saya bisa dihubungi di «[[p:{hpd1}]]¦[[p:{hpe1}]] (maaf salah ketik, yang benar [[p:{hpd1}]])». «Sekali lagi nomor saya [[p:{hpb1}]], terima kasih.¦Nomor saya sekali lagi: [[p:{hps1}]].»
Lokasi Kejadian: Kel. {kel1}
""",
    M=(2,),
)

T(
    "web_form",
    "tax",
    """
Judul Laporan: NIK tidak padan saat aktivasi Coretax
Kategori: Perpajakan
Isi Laporan: Saya [[n:{n1}]], «usaha perorangan warung makan¦penjahit rumahan¦pemilik kios pulsa». Saat aktivasi akun Coretax, NPWP 15 digit saya «[[npwp:{npd1}]]¦[[npwp:{npx1}]]» tidak bisa dipakai dan muncul pesan NIK tidak padan. NIK saya [[nik:{nikb1}]], sesuai KTP. Petugas KPP bilang cek data di Dukcapil dulu. «Di Dukcapil katanya data sudah benar, nomor antrian saya {antri}.¦Dukcapil minta fotokopi KK, No. KK [[kk:{kkb1}]].» NPWP {cv1} tempat suami kerja ({cv_np1}) bisa dipakai, tapi punya saya tidak. Mohon bantuan. HP/WA [[p:{hp1}]]
Lokasi Kejadian: {of_kpp}
""",
    F=(1,),
)

T(
    "web_form",
    "health",
    """
Judul Laporan: Disuruh beli obat sendiri padahal pasien JKN
Kategori: Kesehatan
Isi Laporan: «Ibu saya¦Mama saya» [[n:{n2}]] ({umur2} tahun), peserta BPJS Kesehatan «mandiri¦PBI» No. [[bpjs:{bpjs2}]], dirawat di {rs} kamar {kamar} sejak {tgl}. Perawat minta kami beli obat di apotek luar, kwitansi No. {kw} sebesar {rp}. «Waktu saya tanya, katanya stok kosong.¦Kata perawat obatnya tidak ditanggung.» Saya anaknya, [[n:{n1}]], HP [[p:{hp1}]], email «[[e:{emp1}]]¦[[e:{emx1}]]¦[[e:{emc1}]]». Humas rumah sakit di {fix} tidak menjawab.
""",
    F=(2,),
    fam={1: 2},
    A={2: (1940, 1962), 1: (1968, 1995)},
)

T(
    "web_form",
    "police",
    """
Judul Laporan: Karaoke di rumah tetangga sampai dini hari
Kategori: Ketenteraman dan Ketertiban Umum
Isi Laporan: Tetangga kami «[[n:{n2}]]¦Bapak [[n:{n2}]]» di [[a:{ads2}]] buka karaoke dan jual minuman setiap malam. Bunyi musik sampai jam «02.00¦03.00¦01.30». Sudah kami laporkan ke Polsek «Oebobo¦Maulafa¦Kelapa Lima» ({fix}) dan Bhabinkamtibmas lewat WA {mob}, tapi hanya datang satu kali. «Plat motor tamu yang sering parkir: [[pl:{pl3}]], [[pl:{pl4}]].¦Mobil [[pl:{pl3}]] sering parkir tutup jalan.»
Pelapor: [[n:{n1}]], warga «[[a:{rt1}]]¦[[a:{rtn1}]]», HP [[p:{hp1}]]
""",
    M=(2,),
)

T(
    "web_form",
    "roads",
    """
Judul Laporan: Lampu jalan mati {jml} titik
Kategori: Infrastruktur
Isi Laporan: Lampu penerangan jalan di {jlx1} dari depan {pkm} sampai {pasar} mati sejak {tgl}. Nomor tiang {tiang}, {tiang}, {tiang}. Jalan gelap dan sering ada jambret, sudah {hari_n} kejadian bulan {bln}. Sudah lapor ke PLN (tiket {tiket}) dan ke Dinas Perhubungan {of_hub_tel}.
Lokasi Kejadian: {jlx1}
Lampiran: IMG_{imgdate}.jpg
""",
)

T(
    "web_form",
    "school",
    """
Judul Laporan: Pungutan di sekolah
Kategori: Pendidikan
Isi Laporan: {sekolah1} (NPSN {npsn}) memungut uang «pembangunan¦perpisahan¦LKS» {rp} per siswa berdasarkan surat komite No. {suratkomite} tanggal {tgl}. Pembayaran ke rekening komite {acx} atau VA {va}. Siswa yang belum bayar tidak diberi kartu ujian tanggal {tglf}. Kami orang tua keberatan. Mohon Dinas Pendidikan ({of_dik_tel}) memeriksa.
Lokasi Kejadian: {sekolah1}
""",
)

T(
    "web_form",
    "civil_registry",
    """
Judul Laporan: Layanan online Dukcapil tidak bisa diakses
Kategori: Administrasi Kependudukan
Isi Laporan: Sejak {tgl} aplikasi antrean online Dukcapil error. Kode booking {kode} tidak terbaca, nomor antrean {antri} hangus. WA layanan {of_duk_wa} hanya dibalas otomatis dengan nomor tiket {tiket}. Telepon kantor {of_duk_tel} tidak diangkat. Kami sudah datang jam {jam} tapi disuruh pulang. Mohon perbaikan.
Lokasi Kejadian: {of_duk}, {of_duk_jl}
""",
)

# ---------------------------------------------------------------- email_office
# E-mails to an office, with their headers.

T(
    "email_office",
    "water",
    """
From: «[[n:{n1}]]¦[[n:{f1}]], [[n:{g1}]]» <«[[e:{emp1}]]¦[[e:{emp1}]]»>
To: Pengaduan PDAM <{of_pdam_em}>
Subject: «Meter air rusak, tagihan naik¦Tagihan air tidak wajar»
Date: {tglw} {jam}

Selamat siang,
Saya pelanggan dengan nomor sambungan {samb}, rumah di «[[a:{adr1}]]¦[[a:{ads1}]]», Kel. {kel1}. Meter air saya (No. {meter}) berputar terus walaupun semua keran tertutup. Tagihan bulan {bln} {rpair}. «Petugas yang datang, [[n:{n2}]], sudah foto meter dan kasih nomornya [[p:{hp2}]], tapi setelah itu tidak ada kabar.¦Sudah tiga kali saya telepon {of_pdam_tel}, nomor laporan {tiket}.»
Mohon meter diganti. Saya bisa dihubungi di [[p:{hp1}]].

Salam,
[[n:{n1}]]
""",
)

T(
    "email_office",
    "tax",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: KPP Pratama Kupang <{of_kpp_em}>
Subject: «Pemadanan NIK-NPWP¦NPWP istri dan bukti potong»

Yth. Kepala KPP Pratama Kupang,
Saya [[n:{n1}]], NPWP «[[npwp:{npd1}]]¦[[npwp:{npm1}]]», pegawai kontrak di «Dinas PUPR¦RSUD S.K. Lerik¦Kantor Camat Alak». «Bukti potong dari bendahara kantor (NPWP {nptr}) masih pakai NPWP lama saya.¦Bendahara kantor memotong PPh dengan NPWP bendahara {nptr}, nomor bukti potong {bupot}.» Apakah NPWP saya sudah dipadankan dengan NIK [[nik:{nikb1}]]?
Istri saya [[n:{n2}]] belum punya NPWP. «NIK istri [[nik:{nikb2}]]. Apakah untuk SPT cukup pakai NIK itu?¦Untuk SPT tahun ini, NPWP istri pakai NIK [[npwp:{npn2}]] saja?»
Terima kasih.
[[n:{n1}]]
HP [[p:{hp1}]]
""",
    M=(1,),
    F=(2,),
    fam={2: 1},
    A={1: (1965, 1994), 2: (1967, 1997)},
)

T(
    "email_office",
    "school",
    """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: {of_dik_em}
Subject: Pungutan «les tambahan¦uang buku» di {sekolah1}

Yth. Bapak/Ibu Kepala {of_dik},
Anak saya [[n:{n3}]] kelas «5¦6» di {sekolah1}. Wali kelas, Ibu [[n:{n2}]], minta setiap siswa bayar {rp} «untuk les sore¦untuk buku paket» dan transfer ke rekening pribadinya «{bank2} [[b:{acc2}]] a.n. [[n:{n2}]]¦[[b:{acc2}]] ({bank2}) atas nama [[n:{N2}]]», bukan ke rekening komite sekolah {acx}. Kwitansi tidak diberikan. «Waktu saya tanya lewat WA [[p:{hp2}]], saya diblokir.¦Nomor WA wali kelas [[p:{hp2}]] sudah saya lampirkan tangkapan layarnya.»
Mohon ditindaklanjuti tanpa menyebut nama anak saya.
Hormat saya,
[[n:{n1}]]
[[p:{hp1}]]
""",
    fam={3: 1},
    A={3: (2014, 2016)},
)

T(
    "email_office",
    "civil_registry",
    """
From: [[n:{n1}]] <«[[e:{emp1}]]¦[[e:{emx1}]]»>
To: Layanan Dukcapil <{of_duk_em}>
Subject: Perbaikan data anak di KK

Selamat pagi,
No. KK kami [[kk:{kkb1}]]. Anak kami [[n:{n3}]] lahir {lahirx3}, tapi NIK di KK tercatat [[nik:{nikb3}]] dengan tanggal lahir salah. Di akta kelahiran No. {akta} tanggalnya benar. Suami saya [[n:{n2}]] (NIK [[nik:{nikb2}]]) sudah datang ke kantor tanggal {tgl} dengan nomor antrean {antri}, tapi disuruh kirim email.
Alamat kami «[[a:{adr1}]]¦[[a:{ade1}]]», Kel. {kel1}. HP [[p:{hp1}]] atau [[p:{hp2}]] (suami).
Terima kasih,
[[n:{n1}]]«
[[e:{emn1}]]¦»
""",
    F=(1,),
    M=(2,),
    fam={1: 2, 3: 2},
    A={3: (2018, 2024)},
)

T(
    "email_office",
    "private_dealings",
    """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Disperindag Kota Kupang <disperindag@kupangkota.go.id>
Subject: Kulkas rusak, toko tidak mau ganti

Yth. Bidang Perlindungan Konsumen,
Tanggal {tgl} saya beli kulkas di {toko1}, {toko_jl1}, nota {nota}, harga {rpm}. Dua minggu kemudian rusak. Nomor toko {toko_wa1} tidak membalas. «Sales yang melayani, [[n:{n2}]], kasih nomor pribadinya [[p:{hp2}]], dia bilang urusan garansi bukan dia.¦Pemilik toko, Ko [[n:{n2}]], angkat telepon di nomor pribadinya [[p:{hp2}]], lalu bilang garansi hanya di Surabaya.» Di nota tertulis NPWP toko {toko_np1}.
Mohon dimediasi. Saya tinggal di «[[a:{ad1}]]¦[[a:{adr1}]]», HP [[p:{hp1}]].
[[n:{n1}]]
""",
    O={2: "chinese"},
    M=(2,),
)

T(
    "email_office",
    "roads",
    """
From: Unit Pengaduan Kasih Kota Kupang <{of_upk_em}>
Subject: [Tiket {tiket1}] Laporan Anda (jalan rusak) telah diterima
Date: {tglwini} {jam1}

Terima kasih, laporan Anda telah kami terima pada {tglini} pukul {jam1} dengan nomor tiket {tiket1}. Laporan diteruskan ke perangkat daerah terkait paling lambat 3 hari kerja dan ditindaklanjuti paling lama 5 hari kerja.
Cek status: SMS ke 1708 dengan format KOTKUPANG(SPASI)TIKET, atau WA {of_upk_wa}.
Layanan telepon {of_upk_tel} (Senin-Jumat 08.00-15.00).
Email ini dikirim otomatis dari noreply@lapor.go.id, mohon tidak membalas.
""",
)

T(
    "email_office",
    "health",
    """
From: BPJS Kesehatan <noreply@bpjs-kesehatan.go.id>
Subject: Tagihan iuran peserta mandiri bulan {bln1}

Yth. Peserta JKN,
Iuran «kelas 1 bulan {bln1} sebesar Rp 150.000¦kelas 2 bulan {bln1} sebesar Rp 100.000¦kelas 3 bulan {bln1} sebesar Rp 42.000» per orang belum terbayar. Pembayaran melalui Virtual Account {va} paling lambat tanggal {tglf}. Denda layanan rawat inap dapat dikenakan.
Informasi: Pandawa WA {of_bpjs_wa}, Care Center 165, atau kantor cabang di {of_bpjs_jl}, telp {of_bpjs_tel}.
Waspada penipuan: BPJS Kesehatan tidak pernah meminta transfer ke rekening pribadi atau menghubungi lewat nomor {scam}.
""",
)

T(
    "email_office",
    "school",
    """
From: Panitia SPMB Kota Kupang <spmb.kotakupang@gmail.com>
Subject: Pengumuman hasil seleksi jalur zonasi

Yth. Orang tua/wali calon peserta didik,
Nomor pendaftaran {noreg}, NISN {nisn}, status: DITERIMA di {sekolah1} (NPSN {npsn}). Daftar ulang tanggal {tglf} jam 08.00-12.00 dengan membawa fotokopi KK dan akta. Biaya seragam {rp} dibayar lewat VA {va}, bukan ke rekening pribadi.
Kontak panitia: telp {fix}, WA {mob}, atau email {of_dik_em}.
""",
)

# ---------------------------------------------------------------- fb_post
# Facebook posts with their comments, as copied from the page.

T(
    "fb_post",
    "police",
    """
«Warga Kupang hati-hati!¦HATI-HATI PENIPUAN!!¦Tolong share bapa mama.» Saya [[n:{n1}]] «kena tipu¦ditipu» orang yang ngaku dari «Bank NTT¦kantor pajak¦PLN» pake nomor {scam1}. Dia suruh saya transfer {rp} ke rekening {bank2} [[b:{acc2}]] a.n. [[n:{N2}]], «katanya biaya buka blokir.¦katanya denda pajak.¦katanya tunggakan listrik.» «Sudah lapor ke Polresta, nomor {lp}.¦Sudah lapor polisi.» Yang kenal orang ini tolong kabari saya di [[p:{hp1}]].
Komentar:
[[n:{c3}]]: Sa ju dapat dari {scam2} minggu lalu kaka, langsung blok
kupang_bersuara: Share biar banyak yg tau
[[n:{c4}]]: Rekening itu su pernah viral di grup lain
Humas Polresta Kupang Kota: Silakan datang ke SPKT dengan bukti transfer. Info {of_pol_tel}
""",
)

T(
    "fb_post",
    "civil_registry",
    """
«DOMPET HILANG¦Mohon bantu share¦Dicari dompet»
Dompet saya jatuh di «bemo {rute}¦ojek dari {pasar}¦sekitar {pkm}» hari {hari} jam {jam}. Isinya KTP atas nama [[n:{N1}]] (NIK [[nik:{nikb1}]]), «kartu ATM {bank1}¦kartu JKN [[bpjs:{bpjs1}]]», SIM dan uang {rp}. Yang temukan tolong hubungi «[[p:{hp1}]]¦[[p:{hpu1}]]¦[[p:{hpt1}]]» atau «{pas1}¦kaka¦ade» saya [[p:{hp2}]], ada imbalan. «Alamat saya [[a:{ad1}]].¦Rumah saya di [[a:{adr1}]].»
Komentar:
[[n:{c3}]]: Coba tanya di pos polisi depan pasar kaka, telp pos {fix}
[[n:{c4}]]: Sa ada liat tadi di kantor lurah, «su diantar orang¦ada di meja depan»
[[n:{c1}]]: Makasih banyak, sa ke sana sekarang
""",
)

T(
    "fb_post",
    "health",
    """
Terima kasih banyak untuk «bidan¦perawat» [[n:{n2}]] dari {pkm1} yang «datang jam 11 malam bantu istri saya melahirkan¦antar mama saya ke RSUD tengah malam». Telepon puskesmas {fix} sonde aktif, jadi kami telpon «HP bidan¦HP beliau» [[p:{hp2}]], «beliau langsung datang¦beliau angkat walau su tidur». Tuhan berkati {pak2} [[n:{g2}]].
Komentar:
[[n:{c3}]]: Betul, ibu [[n:{g2}]] ni baik sekali. Nomornya sa simpan ju
{pkm1}: Terima kasih atas apresiasinya. Untuk persalinan darurat silakan hubungi IGD {pkm1} di {mob} (24 jam)
[[n:{c1}]]: Siap, makasih admin
""",
    F=(2,),
)

T(
    "fb_post",
    "roads",
    """
«Truk pasir¦Dump truck» [[pl:{pl2}]] tiap hari «ngebut¦lewat jam sekolah» di {jlx} depan {sekolah1}. «Sopirnya [[n:{n2}]], orang sini juga, su ditegur tapi malah maki.¦Kata warga sopirnya namanya [[n:{n2}]].» Perusahaan «{cv1} yang punya truk, telp kantor {cv_tel1},¦{ud1} yang punya truk, telp kantor {ud_tel1},» tidak mau tanggung jawab waktu «pagar sekolah ditabrak¦anak SD diserempet» tgl {tgl}.
Komentar:
[[n:{c3}]]: Lapor Dishub saja kak, WA {of_hub_wa}
[[n:{c4}]]: Sa pung oto ju hampir kena, plat [[pl:{pl4}]] ada dashcam
info_kupang: Mantap kak, sa share
""",
    M=(2,),
)

T(
    "fb_post",
    "private_dealings",
    """
«Hati-hati dengan penjual online ini!¦Awas penipu jualan online!» Namanya [[n:{n2}]], jual «HP bekas¦motor bekas¦tiket kapal» di «grup Jual Beli Kupang¦Marketplace». Nomor WA dia [[p:{hp2}]] dan «nomor kedua [[p:{hq2}]]¦[[p:{hq2}]] (nomor lain)». Saya sudah transfer {rp} ke «{bank2} [[b:{acc2}]] a.n. [[n:{n2}]]¦rekening [[b:{acc2}]] ({bank2}) atas nama dia sendiri», barang tidak dikirim. Di profil dia tulis alamat «[[a:{ads2}]]¦[[a:{rt2}]] Kel. {kel2}» tapi kata tetangga dia su pindah.
Komentar:
[[n:{c3}]]: Sama kak, sa ju kena {rp}. Dia pake nomor «[[p:{hpb2}]]¦[[p:{hpo2}]]» juga
[[n:{c1}]]: @kupang_info tolong bantu share
""",
)

T(
    "fb_post",
    "civil_registry",
    """
Dukcapil Kota Kupang
{hariini}
PELAYANAN JEMPUT BOLA KTP-EL di Kantor Kelurahan {kelx1} tanggal {tglf}, jam 08.00-13.00. Bawa fotokopi KK. Antrean online via WA {of_duk_wa}. Informasi: {of_duk_tel}.
Komentar:
kupang_bersuara: Di {kelx2} kapan min?
Dukcapil Kota Kupang: Jadwal berikut «minggu depan¦bulan depan», pantau terus ya
«Fotokopi {toko_c1} Oebufu: Fotokopi KK Rp 500 di kami kak, depan kantor lurah, WA {mob}¦{laundry1}: Kami buka sampai malam kak, WA {laundry_wa1}»
""",
)

T(
    "fb_post",
    "power",
    """
PLN UP3 Kupang
PEMELIHARAAN JARINGAN
Hari/tgl: {hari}, {tglf}
Jam: {jamr} WITA
Area: {jlx}, {jlx}, sebagian Kel. {kelx} dan {kelx} (penyulang «Oebobo¦Kayu Putih¦Penfui» {jml})
Informasi dan pengaduan: PLN Mobile, call center 123, WA {of_pln_wa}.
Komentar:
kupang_viral: Tiap minggu padam terus
PLN UP3 Kupang: Mohon maaf kak, silakan lapor dengan ID pelanggan lewat PLN Mobile. Contoh ID: {idpel}
""",
)

T(
    "fb_post",
    "social_aid",
    """
PERHATIAN! Akun Facebook palsu mengatasnamakan «Wali Kota Kupang¦Kepala Dinas Sosial¦Camat Maulafa» menawarkan bantuan {rpm} kepada warga. Nomor yang dipakai {scam1} dan {scam2}. Pemerintah tidak pernah meminta biaya. Laporkan ke {of_pol_s} lewat WA {of_pol_wa} atau patrolisiber@polri.go.id.
Diunggah {tgl} jam {jam}
Komentar:
info_kupang: Sudah {jml} orang kena minggu ini
Dinas Kominfo Kota Kupang: Benar, itu akun palsu. Akun resmi hanya @pemkotkupang
""",
)

# ---------------------------------------------------------------- call_transcript
# Calls to a call centre written out turn by turn.

T(
    "call_transcript",
    "civil_registry",
    """
«Transkrip panggilan Unit Pengaduan Kasih, {tgl} {jam}¦Rekaman call center UPK, {tglw}»
Petugas: Selamat «pagi¦siang», Unit Pengaduan Kasih, dengan [[n:{g4}]], ada yang bisa dibantu?
Penelepon: «Iya, saya [[n:{n1}]] dari {kel1}.¦Beta [[n:{n1}]], tinggal di {kel1}.¦Saya [[n:{n1}]], Kelurahan {kel1}.» Mau tanya «KK saya belum jadi¦KK baru belum dicetak» sudah {hari_n} minggu.
Petugas: Nomor KK-nya?
Penelepon: «[[kk:{kkb1}]].¦[[kk:{kkp1}]].¦[[kk:{kkc1}]].»
Petugas: NIK-nya?
Penelepon: «[[nik:{nikc1}]].¦[[nik:{nikb1}]].¦[[nik:{nikp1}]].»
Petugas: Nomor yang bisa dihubungi?
Penelepon: «Ini nomor saya sendiri, [[p:{hps1}]].¦[[p:{hpx1}]]. Atau {pas1} saya [[p:{hp2}]].»
Petugas: Baik, kami teruskan ke Dukcapil. Untuk cek status bisa WA {of_duk_wa}, nomor tiket {tiket}.
""",
)

T(
    "call_transcript",
    "tax",
    """
Agen: Kring Pajak, selamat siang, dengan [[n:{g4}]]. Ada yang bisa dibantu?
Penelepon: Siang. Saya mau tanya NPWP saya «untuk lapor SPT¦untuk daftar PPPK¦untuk pencairan tunjangan».
Agen: Boleh nama lengkap?
Penelepon: [[n:{n1}]].
Agen: NPWP {hon1}?
Penelepon: «Yang lama [[npwp:{nps1}]], dong bilang sekarang pake NIK, [[npwp:{npn1}]].¦Pakai NIK, [[npwp:{npc1}]].¦[[npwp:{npb1}]]. Yang 16 digit saya belum tahu.¦[[npwp:{npd1}]], eh salah, [[npwp:{npe1}]]... tunggu, yang benar [[npwp:{npd1}]].»
Agen: Baik, sudah padan. NIK dan NPWP {pas1} ada?
Penelepon: NIK [[nik:{nikb2}]], NPWP belum ada.
Agen: Tidak apa-apa, cukup NIK. Bukti potong dari kantor ada?
Penelepon: Ada, NPWP pemotong {nptr}, nomor {bupot}.
Agen: Itu NPWP bendahara, bukan punya {hon1}. Untuk pertanyaan lain WA {mob}. Terima kasih.
""",
    fam={2: 1},
    A={1: (1962, 1996), 2: (1962, 1998)},
    opp={2: 1},
)

T(
    "call_transcript",
    "water",
    """
Petugas: Call center PDAM, selamat pagi.
Penelepon: Pagi, air di rumah sudah {hari_n} hari mati.
Petugas: Boleh nomor sambungannya?
Penelepon: {samb}.
Petugas: Atas nama?
Penelepon: [[n:{n2}]], «bapa mantu saya¦mertua saya¦almarhum bapa saya».
Petugas: Alamat?
Penelepon: «[[a:{adr2}]], Kel. {kel2}.¦[[a:{ads2}]], dekat {pkm}.»
Petugas: Nomor yang bisa dihubungi?
Penelepon: «HP saya [[p:{hp1}]], atau telepon rumah [[p:{tel2}]].¦[[p:{hp1}]], nama saya [[n:{n1}]].¦Telepon rumah [[p:{tel2}]], kalau tidak ada yang angkat ke HP saya [[p:{hpd1}]].»
Petugas: Baik, laporan dicatat dengan nomor {tiket}. Petugas lapangan akan datang, kalau belum datang hubungi {of_pdam_tel}.
""",
    M=(2,),
    A={2: (1938, 1962)},
)

T(
    "call_transcript",
    "police",
    """
Petugas: SPKT Polresta Kupang Kota, selamat malam.
Penelepon: Malam Pak, saya mau lapor penipuan. Tadi sore ada yang telpon dari {scam1}, mengaku petugas «Dukcapil¦Dinas Sosial¦BPJS», minta kode OTP.
Petugas: Nama {hon1}?
Penelepon: [[n:{n1}]].
Petugas: Nomor {hon1} yang ditelepon?
Penelepon: [[p:{hp1}]].
Petugas: Ada transfer?
Penelepon: Ada, {rp} ke rekening «{bank3} [[b:{acc3}]] a.n. [[n:{N3}]]¦[[b:{accb3}]] {bank3}, atas nama [[n:{n3}]]». Setelah itu nomor {scam1} tidak aktif, «ada nomor lain {scam2} yang WA lagi¦lalu {scam2} kirim SMS lagi».
Petugas: Baik, datang ke SPKT besok bawa bukti transfer. Nomor laporan {lp}.
""",
)

T(
    "call_transcript",
    "social_aid",
    """
Petugas: Dinas Sosial, selamat siang, dengan [[n:{g4}]].
Penelepon: Siang. Saya mau tanya bantuan «PKH¦BPNT» mama saya, [[n:{n2}]], su «dua¦tiga» tahap sonde masuk.
Petugas: NIK «mama¦ibunya»?
Penelepon: [[nik:{nikb2}]]. «Ini di KK tatulis begitu.¦Sama dengan di KTP.»
Petugas: Di data kami status «dinonaktifkan¦sedang verifikasi» sejak {bln}. Sudah hubungi pendamping?
Penelepon: «Pendamping PKH kelurahan, Ibu [[n:{n3}]], nomornya [[p:{hp3}]] tidak aktif.¦Sudah, pendamping [[n:{n3}]] di [[p:{hp3}]] bilang tunggu.» TKSK kecamatan {mob} juga tidak angkat.
Petugas: Baik, kami catat dengan nomor {tiket}. Nomor yang bisa dihubungi?
Penelepon: «[[p:{hp1}]]¦[[p:{hpx1}]]». «Nama saya [[n:{n1}]], anaknya.¦Saya anaknya, [[n:{n1}]].»
""",
    F=(2,),
    fam={1: 2},
    A={2: (1942, 1965)},
)

T(
    "call_transcript",
    "power",
    """
Agen: PLN 123, selamat malam.
Penelepon: Malam, listrik di rumah padam sejak jam {jam}.
Agen: Boleh ID pelanggannya?
Penelepon: {idpel}.
Agen: Terdaftar daya {daya}. Apakah tetangga juga padam?
Penelepon: Satu gang padam, tiang nomor {tiang}.
Agen: Laporan kami catat dengan nomor {tiket}. Petugas akan datang paling lambat {hari_n} jam. Status bisa dicek di PLN Mobile.
Penelepon: Token yang saya beli tadi, {token}, belum sempat masuk.
Agen: Token tetap tersimpan. Ada lagi?
Penelepon: Tidak, terima kasih.
""",
)

T(
    "call_transcript",
    "water",
    """
Petugas: PDAM, selamat siang.
Penelepon: Siang, tagihan saya bulan ini {rpairhi}, biasanya cuma {rpairlo}.
Petugas: Boleh nomor sambungannya?
Penelepon: {samb}.
Petugas: Pemakaian tercatat {jml} meter kubik. Nomor meter {meter}?
Penelepon: Betul. Kode bayar saya {billing}.
Petugas: Kami ajukan pengecekan, nomor laporan {tiket}. Petugas datang tanggal {tglf}.
Penelepon: Kalau tidak datang?
Petugas: Silakan ke loket di {of_pdam_jl} atau WA {of_pdam_wa}.
""",
)

T(
    "call_transcript",
    "police",
    """
Operator 110: Polisi, ada yang bisa dibantu?
Penelepon: Ada kecelakaan di {jlx} dekat {pasar}, motor tabrak pembatas jalan.
Operator 110: Jam berapa?
Penelepon: Sekitar {jam}. Korban satu, sudah dibawa ke {rs}.
Operator 110: Kendaraan lain ada?
Penelepon: Tidak ada, motor sendiri. Kira-kira {meterx} dari lampu merah.
Operator 110: Baik, kami teruskan ke Satlantas. Nomor kejadian {tiket}. Kalau ada perkembangan hubungi {of_pol_tel}.
Penelepon: Ambulans {pkm} {fix} juga sudah ditelepon jam {jam}.
""",
)

# ---------------------------------------------------------------- visit_note
# Field officers' notes of a visit, typed from their forms.

T(
    "visit_note",
    "social_aid",
    """
CATATAN KUNJUNGAN VERIFIKASI «PKH¦BPNT¦DTKS»
Tanggal: {tglini}
Petugas: [[n:{n4}]] (TKSK Kec. {kec1})
KPM: [[n:{N1}]]
NIK: «[[nik:{nikb1}]]¦[[nik:{niks1}]]¦[[nik:{nikn1}]]»
No. KK: [[kk:{kkb1}]]
Alamat: [[a:{adr1}]], Kel. {kel1}
HP: «[[p:{hp2}]]¦[[p:{hpn2}]]» (milik anak, [[n:{g2}]])
ID DTKS: {dtks}
Hasil: Rumah «semi permanen¦dinding bebak¦papan», {hari_n} orang tinggal. KPM lansia, tidak bekerja. «Anak kerja ojek, motor [[pl:{pl2}]].¦Tidak punya kendaraan.» Nomor HP lama KPM [[p:{hq1}]] sudah tidak aktif. Data layak dipertahankan.
""",
    fam={2: 1},
    A={1: (1940, 1958), 2: (1975, 1998)},
)

T(
    "visit_note",
    "water",
    """
LAPORAN KUNJUNGAN LAPANGAN PDAM
No. SPK: {suratpdam}
Tgl: {tglini}
Pelanggan: [[n:{n1}]], No. samb {samb}
Alamat sambungan: [[a:{ads1}]], Kel. {kel1}
Temuan: meter No. {meter} «macet¦bocor di sambungan¦terpasang terbalik». Rumah disewakan; penyewa [[n:{n2}]] ([[p:{hp2}]]), pemilik «[[n:{g1}]] tinggal di {kelx}¦tinggal di luar kota».
Pemilik bisa dihubungi di [[p:{hp1}]]«, telp rumah [[p:{tel1}]]¦».
Tindak lanjut: ganti meter, biaya {rpair} ditagih ke rekening air.
Petugas: [[n:{ini3}]]
""",
)

T(
    "visit_note",
    "school",
    """
CATATAN HOME VISIT {SMP1}
Hari/Tanggal: {hariini}
Siswa: [[n:{n2}]] (kelas «7B¦8A¦9C», NISN {nisn})
Orang tua: [[n:{n1}]] ({bt1}), pekerjaan «nelayan¦buruh bangunan¦jual sayur di pasar»
Alamat: «[[a:{adr1}]]¦[[a:{ade1}]]», Kel. {kel1}
HP orang tua: [[p:{hp1}]]
Hasil: Siswa tidak masuk {hari_n} hari karena membantu orang tua «bekerja¦jaga adik». Orang tua berjanji anak masuk hari {hari}. «Wali kelas [[n:{n3}]] ([[p:{hp3}]]) akan pantau tiap minggu.¦Nomor wali kelas [[p:{hp3}]] ([[n:{g3}]]) sudah diberikan ke orang tua.»
Dicatat oleh: [[n:{n4}]], guru BK
Telp sekolah: {fix}
""",
    fam={2: 1},
    A={2: (2010, 2013)},
)

T(
    "visit_note",
    "tax",
    """
LAPORAN KUNJUNGAN AR KPP PRATAMA KUPANG
Tanggal: {tglini}
Wajib Pajak: [[n:{n1}]]
NPWP: «[[npwp:{npd1}]]¦[[npwp:{npn1}]]»
Usaha: «warung makan¦bengkel motor¦kios sembako» (usaha perorangan) di rumah, [[a:{adr1}]]
NITKU lokasi usaha: [[npwp:{nptu1}]]
Hasil: WP belum lapor SPT Tahunan {thnlalu}. Omzet menurut WP ± {rpj} per tahun. Pasangan: [[n:{n2}]], NIK [[nik:{nikb2}]], belum punya NPWP, «cukup NIK¦disarankan memakai NIK».
Pemasok utama {ud1} (NPWP {ud_np1}) dan {kop1} (NPWP {kop_np1}).
HP WP: [[p:{hp1}]], email «[[e:{emp1}]]¦[[e:{emx1}]]¦[[e:{emn1}]]»
AR: [[n:{ini3}]], NIP {nip}
""",
    fam={2: 1},
    A={1: (1962, 1992), 2: (1962, 1994)},
    opp={2: 1},
)

T(
    "visit_note",
    "police",
    """
LAPORAN KUNJUNGAN BHABINKAMTIBMAS KEL. {KEL1}
Hari/tgl: {hariini} jam {jam}
Perihal: «sengketa batas tanah¦ribut soal parkir¦utang piutang» antara keluarga [[n:{f1}]] dan keluarga [[n:{f2}]]
Pihak I: [[n:{n1}]], [[a:{adr1}]], HP «[[p:{hp1}]]¦[[p:{hpn1}]]»
Pihak II: [[n:{n2}]], [[a:{ads2}]], HP [[p:{hp2}]], kendaraan [[pl:{pl2}]]
Saksi: Ketua {rtx} dan [[n:{n3}]] ([[p:{hp3}]])
Hasil: Kedua pihak sepakat «berdamai¦ukur ulang batas tanah tgl {tglf}¦bayar cicilan {rp} per bulan». Dibuatkan surat pernyataan No. {suratkel}.
Bhabinkamtibmas: Bripka [[n:{n4}]]
""",
    O={1: "rote", 2: "timor"},
    M=(4,),
)

T(
    "visit_note",
    "roads",
    """
LAPORAN PEMERIKSAAN LAPANGAN
Paket: Rehabilitasi «drainase¦jalan lingkungan» {jlx}
No. Kontrak: {suratpupr}
Penyedia: {cv1} (NPWP {cv_np1})
Tanggal: {tglini}
Hasil: Progres fisik {pct}, rencana {pct}. Panjang saluran {meterx}, lebar «40¦50¦60¦80» cm. Galian STA 0+{jml}0 belum ditutup. Papan proyek terpasang, kontak pelaksana {cv_wa1}.
Rekomendasi: teguran tertulis. PPK: telp {of_pupr_tel}.
""",
)

T(
    "visit_note",
    "health",
    """
CATATAN KUNJUNGAN POSYANDU BINAAN {PKM1}
Tgl: {tglini}
Jumlah balita ditimbang: RT 01: {jml} | RT 02: {jml} | RT 03: {jml}
Balita gizi kurang: {hari_n} anak, dirujuk ke {pkm1}.
Vitamin A dibagikan {jml} kapsul, PMT {jml} paket (anggaran {rp}).
Kader hadir {hari_n} orang. Pendaftaran posyandu bulan depan lewat WA {mob}.
""",
)

T(
    "visit_note",
    "health",
    """
LAPORAN PENYELIDIKAN EPIDEMIOLOGI DBD
Lokasi: Kel. {kelx}
Tanggal: {tglini}
Kasus: {hari_n} orang (warga {rtx} dan {rtx}), dirawat di {rs}.
Pemeriksaan jentik: {jml} rumah, ABJ {pct}.
Fogging dijadwalkan {tglfh} jam «06.00¦06.30¦16.00¦16.30». Informasi: {pkm1} telp {fix}, WA {mob}.
Petugas surveilans: tim {pkm1}
""",
)

# ---------------------------------------------------------------- office_reply
# Offices' replies, quoting the complaint they answer.

T(
    "office_reply",
    "social_aid",
    """
«TANGGAPAN¦TINDAK LANJUT PENGADUAN» {OF_SOS}
Nomor: {suratdinsos}
Yth. {sdr1} [[n:{n1}]]
Menanggapi pengaduan {sdw1} melalui SP4N-LAPOR! nomor {tiket} tanggal {tgl} dari nomor [[p:{hp1}]]:
> «Mama saya [[n:{n2}]] sudah {tahap} tahap tidak terima PKH.¦Bantuan untuk mama [[n:{n2}]] berhenti sejak {bln}.» NIK [[nik:{nikb2}]].
Dengan ini kami sampaikan bahwa atas nama [[n:{N2}]] (NIK [[nik:{nikb2}]]) «telah diverifikasi dan diaktifkan kembali mulai tahap berikut¦tercatat pindah domisili sehingga dinonaktifkan; silakan lapor ke kelurahan». Silakan hubungi pendamping PKH Kel. {kel1}, {sdr3} [[n:{n3}]], di [[p:{hp3}]]. «Informasi lain: WA Dinsos {of_sos_wa}.¦Pengaduan lanjutan: {of_sos_tel}.»
Kepala Dinas Sosial Kota Kupang,
ttd
""",
    F=(2,),
    fam={1: 2},
    A={2: (1940, 1962)},
)

T(
    "office_reply",
    "tax",
    """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KPP PRATAMA KUPANG
Nomor: {suratkpp}
Yth. {hon1} [[n:{n1}]]
«[[a:{adr1}]]¦[[a:{ads1}]]», Kel. {kel1}
Menjawab pertanyaan {hon1} melalui Kring Pajak tanggal {tgl}:
> «NPWP sy yg lama [[npwp:{npd1}]], apa masih berlaku? Katanya sekarang pakai NIK.¦Sy mau tanya NPWP sy [[npwp:{npd1}]] sudah diganti NIK atau belum.»
Dengan hormat kami sampaikan bahwa NPWP {hon1} telah dipadankan. Sejak 1 Juli 2024 NPWP orang pribadi adalah NIK, sehingga NPWP {hon1} sekarang «[[npwp:{npn1}]]¦[[npwp:{npns1}]]», dan NITKU {hon1} adalah [[npwp:{npt1}]]. NPWP lama tetap dapat digunakan sampai seluruh layanan beralih.
Adapun nomor {nptr} pada bukti potong {hon1} adalah NPWP bendahara instansi pemberi kerja, bukan milik {hon1}.
Untuk informasi lebih lanjut hubungi Kring Pajak 1500200 atau {of_kpp_tel}.
Kepala Kantor,
ttd
""",
)

T(
    "office_reply",
    "water",
    """
From: {of_pdam} <{of_pdam_em}>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Re: «Air tidak mengalir¦Meter air rusak¦Pipa bocor depan rumah»

Yth. {hon1} [[n:{n1}]],
Terima kasih atas laporan {hon1} (nomor {tiket}) mengenai «air tidak mengalir¦kebocoran pipa» di [[a:{adr1}]]. Petugas kami, [[n:{n2}]], akan «datang pada {tglfh}¦menghubungi {hon1} pada {tglfh} melalui nomor [[p:{hp1}]] yang {hon1} cantumkan». Untuk pertanyaan lain silakan hubungi call center {of_pdam_tel} atau WA {of_pdam_wa}.
Hormat kami,
Humas PDAM

Pada {tglw} {jam}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Air di rumah saya sudah {hari_n} hari mati. No. sambungan {samb}. HP [[p:{hp1}]].
""",
)

T(
    "office_reply",
    "police",
    """
POLRESTA KUPANG KOTA
SATUAN RESERSE KRIMINAL
Nomor: {nosurpol}
Perihal: Pemberitahuan perkembangan hasil penyelidikan (SP2HP)
Kepada Yth. {sdr1} [[n:{n1}]]
di [[a:{ad1}]]
1. Rujukan: Laporan Polisi Nomor {lp} tanggal {tgl} tentang kehilangan sepeda motor «Honda Beat¦Yamaha Mio¦Honda Vario» warna «hitam¦merah» nomor polisi [[pl:{pl1}]], nomor rangka {nokend}.
2. Penyidik telah memeriksa saksi [[n:{n3}]] «(tetangga pelapor)¦(pemilik kios dekat rumah pelapor)» dan meminta rekaman CCTV dari {toko1}.
3. Untuk informasi lebih lanjut, pelapor dapat menghubungi penyidik pembantu «Bripka¦Brigpol¦Aipda» [[n:{n2}]], HP [[p:{hp2}]].
KASAT RESKRIM
ttd
""",
    M=(2,),
)

T(
    "office_reply",
    "health",
    """
RSUD S.K. LERIK KOTA KUPANG
Jl. Timor Raya No. 134, Kupang. Telp. {fix}
Nomor: {suratrsud}
Perihal: Tanggapan pengaduan
Yth. {sdr1} [[n:{n1}]]
Menanggapi pengaduan {sdw1} tanggal {tgl} tentang pasien [[n:{n2}]] (No. RM {rm}) peserta JKN nomor «[[bpjs:{bpjss2}]]¦[[bpjs:{bpjs2}]]», kami sampaikan bahwa «obat yang diminta dibeli di luar adalah obat di luar formularium nasional¦kekosongan obat terjadi karena keterlambatan distribusi». Biaya {rp} sesuai kwitansi No. {kw} akan dikembalikan melalui rekening yang {sdw1} sebutkan, «{bank1} [[b:{acc1}]] a.n. [[n:{n1}]]¦nomor [[b:{acc1}]] ({bank1})».
Untuk koordinasi, silakan hubungi Humas RSUD di WA {mob} atau petugas pengaduan kami, «Ibu [[n:{n3}]] di [[p:{hp3}]]¦[[n:{n3}]] ([[p:{hp3}]])».
Direktur,
ttd
""",
    fam={2: 1},
)

T(
    "office_reply",
    "roads",
    """
TANGGAPAN {OF_PUPR}
Nomor: {suratpupr}
Pelapor: Dirahasiakan
Nomor tiket: {tiket}
Isi pengaduan: Jalan berlubang di {jlx1} sejak {bln}, sudah {hari_n} motor jatuh.
Tanggapan: Ruas {jlx1} masuk paket pemeliharaan rutin tahun {thn} dengan nilai {rpj}, kontrak No. {suratpupr}. Penambalan dijadwalkan mulai {tglf}. Informasi lanjut: {of_pupr_tel} atau WA {of_pupr_wa}.
""",
)

T(
    "office_reply",
    "power",
    """
From: PLN UP3 Kupang <{of_pln_em}>
Subject: Tanggapan laporan {tiket1}

Yth. Pelanggan,
Laporan dengan nomor {tiket1} untuk ID pelanggan {idpel} (tarif {daya}) telah kami tindak lanjuti pada {tgl} jam {jam}. Penyebab gangguan: «kabel SR putus¦MCB rusak¦sambungan di tiang longgar». Stand meter saat pemeriksaan {kwh} kWh, nomor meter {meter}. Kompensasi {rpk} akan masuk pada tagihan bulan {blnnext}. Hubungi 123 atau WA {of_pln_wa}.
""",
)

T(
    "office_reply",
    "civil_registry",
    """
PENGUMUMAN {OF_DUK}
Nomor layanan WhatsApp «berubah¦telah diganti» mulai {tglf}.
Nomor lama: {mob} dan {mob} tidak aktif lagi.
Nomor baru: WA {of_duk_wa} / telp {of_duk_tel}.
Jam layanan: Senin-Kamis 08.00-15.00, Jumat 08.00-11.00.
Waspada nomor {scam} yang mengaku petugas Dukcapil dan meminta biaya {rpk}.
Nomor surat: {suratdukcapil}
""",
)

if __name__ == "__main__":
    main()
