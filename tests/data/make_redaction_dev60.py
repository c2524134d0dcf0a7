# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, PLR0917
"""Write tests/data/redaction_dev60.jsonl: everyday money and utilities in Kota Kupang.

Prepaid and postpaid electricity (PLN customer IDs, meter numbers, 20-digit tokens), water bills
of the city's water company, mobile operators (SIM cards, data packages, IMEI, ported numbers,
short codes and premium SMS), online shops and marketplaces, couriers and their tracking numbers,
online motorcycle taxis and food delivery, digital wallets tied to a phone number, bank transfers,
virtual accounts and QRIS, cooperatives and small lenders, and small traders invoicing a public
body: whose number, whose mailbox, whose account and whose NPWP it is when a person, a shop, a
courier company, an operator, an office and a scam are named in one text.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{hpd1}``,
``{sh1}`` ...) and alternatives (``«one¦other»``, one drawn per filling), each filled several
times with invented values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev60.py`` (standard library only, deterministic);
``--review`` also prints every unlabelled run of digits and every unlabelled ``@`` token with the
forty characters before it; ``--show N SEED`` prints N texts drawn at random with their spans
marked; ``--dry`` writes nothing; ``--style S`` builds one style only and writes nothing.
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

SEED = 60_2026_1207
OUT = Path(__file__).with_name("redaction_dev60.jsonl")
PREFIX = "d60"
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
    "wa_chat",
    "marketplace_review",
    "receipt_invoice",
    "payment_confirmation",
    "desk_complaint",
    "desk_reply",
    "social_post",
    "register_table",
    "scam_warning",
)
THEMES = (
    "electricity",
    "water",
    "mobile_operator",
    "marketplace",
    "courier",
    "ride_food",
    "e_wallet",
    "bank_transfer",
    "cooperative_loan",
    "trader_invoice",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 5,
    "name": 400,
    "phone": 200,
    "npwp": 60,
    "email": 50,
    "bank_account": 60,
    "nik": 40,
    "themes": 10,
}
# words that may stand before a name but never open its span: titles, kin words, roles, trades
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "pdt",
    "ir", "hj", "h", "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "ka",
    "ade", "usi", "nyong", "bung", "bli", "kel", "keluarga", "yth", "saudara", "saudari", "ketua",
    "kepala", "bendahara", "direktur", "petugas", "admin", "operator", "pelapor", "penerima",
    "pengirim", "pemilik", "penjual", "pembeli", "kurir", "driver", "sopir", "ojek", "kasir",
    "teller", "agen", "pelanggan", "nasabah", "anggota", "debitur", "penagih", "collector",
    "ttd", "salam", "hormat", "dari", "nama", "an", "atas", "to", "from", "cc", "re", "saya", "sy",
    "sa", "beta", "kami", "anak", "istri", "suami", "adik", "kakak", "tetangga", "dan", "deng",
    "tujuan", "sumber", "via", "toko", "kios", "warung", "depot", "counter", "tim", "cs",
}  # fmt: skip
# name words that many people share and that stand alone in texts as other words too
SHARED = {
    "made", "wayan", "ketut", "nyoman", "gede", "putu", "komang", "kadek", "luh", "daeng", "umbu",
    "rambu", "ode", "sitti", "siti", "sri", "andi", "muhammad", "abdul", "maria", "dewi", "ayu",
    "tri", "dwi", "eko", "lay", "go", "ong", "lie", "mei", "hwa", "lan", "kok", "ah", "tjia",
    "la", "wa", "lena", "ratu", "manu", "bunga", "muda", "lopo", "sau", "tagu", "hina", "lado",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev60)

GIVEN = {
    "timor": (
        ("Yermias", "Oktovianus", "Kornelis", "Marthen", "Semuel", "Yusak", "Ebenhaezer", "Melkianus", "Obed", "Frengky", "Aleksander", "Yulius", "Nikson", "Efraim", "Yoksan", "Zakarias", "Benyamin", "Jitro", "Gidion", "Simson", "Nehemia", "Elkana", "Yunus", "Matias"),
        ("Yuliana", "Orpa", "Ester", "Naomi", "Debora", "Ribka", "Adriana", "Marlin", "Welmince", "Yohana", "Selvi", "Novita", "Serlin", "Agustina", "Fransina", "Elsi", "Mince", "Yanti", "Ance", "Herlina", "Margrita", "Yuneta", "Sarlota", "Mariam"),
    ),
    "flores": (
        ("Fransiskus", "Yohanes", "Aloysius", "Kristoforus", "Petrus", "Paulus", "Bernadus", "Yosef", "Agustinus", "Silvester", "Lambertus", "Dominikus", "Ignasius", "Valentinus", "Gregorius", "Hironimus", "Florianus", "Arnoldus", "Vinsensius", "Wilibrodus", "Kanisius", "Emanuel"),
        ("Maria", "Theresia", "Yosefina", "Agnes", "Skolastika", "Magdalena", "Veronika", "Kristina", "Anastasia", "Bernadeta", "Fransiska", "Yasinta", "Florentina", "Margareta", "Modesta", "Emiliana", "Getrudis", "Imelda", "Oktaviana", "Yuliana", "Lusia", "Elisabeth"),
    ),
}  # fmt: skip
FAMILY = {
    "timor": ("Sabneno", "Tlonaen", "Taneo", "Nitbani", "Kase", "Nope", "Oematan", "Tefbana", "Boimau", "Selan", "Sanam", "Tanesib", "Neolaka", "Banunaek", "Nubatonis", "Lakapu", "Bria", "Nenosono", "Sakan", "Kolo", "Tnunay", "Oetpah", "Benu", "Tefa"),
    "rote": ("Ndoen", "Pellokila", "Messakh", "Zacharias", "Adoe", "Lenggu", "Haning", "Feoh", "Dethan", "Pandie", "Henuk", "Nalle", "Ballo", "Saudale", "Tungga", "Mbuik", "Ndolu", "Keluanan", "Ndaomanu", "Manubulu", "Fanggidae", "Mooy"),
    "sabu": ("Riwu Kaho", "Dju Dara", "Ga Lena", "Bire", "Haba", "Rihi", "Ludji", "Talo", "Lomi", "Djami", "Hede", "Wadu", "Radja", "Dami", "Mone", "Kana Nguru", "Hege", "Jawa Raja"),
    "flores": ("Goa", "Lewar", "Making", "Kelen", "Tukan", "Wangge", "Dhae", "Parera", "da Costa", "Fernandez", "Lamak", "Kewuan", "Hurek", "Wua", "Djawa", "Nggili", "Meko", "Sareng", "Wutun", "Tokan", "Sogen", "Bhoko", "Mbete", "Koten"),
    "alor": ("Lapenangga", "Maro", "Malaikosa", "Maufani", "Mautuka", "Laumalay", "Blegur", "Padabang", "Dopong", "Manimau", "Koly", "Gomang", "Retebana", "Atamau"),
    "sumba": ("Ndima", "Hungu", "Lede", "Kaborang", "Wora", "Hamba", "Marambah", "Nggau", "Tanggu", "Kalumbang", "Landu", "Pajaru"),
}  # fmt: skip
SUMBA = {
    "m": ("Umbu Ndapa", "Umbu Rara", "Umbu Djaka", "Umbu Nggiku", "Yohanis", "Daniel", "Melkisedek", "Umbu Tunggu"),
    "f": ("Rambu Kahi", "Rambu Anamila", "Rambu Yiwa", "Rambu Lika", "Marselina", "Yuliana", "Rambu Hada"),
}  # fmt: skip
OTHER = {
    "bali": (
        ("I Wayan Sudarma", "I Made Astawa", "I Ketut Widiana", "I Nyoman Suardika", "I Gede Budiasa", "I Komang Adi Saputra", "I Putu Agus Darmawan", "I Kadek Wirayasa"),
        ("Ni Wayan Sukerti", "Ni Made Suartini", "Ni Ketut Rasmini", "Ni Nyoman Ayu Lestari", "Ni Putu Diah Pratiwi", "Ni Luh Gede Sriasih", "Ni Kadek Yuliantari"),
    ),
    "bugis": (
        ("Baharuddin Daeng Tompo", "Syamsul Alam", "Andi Hasbullah", "Muhammad Ikbal Jufri", "Hasanuddin Daeng Nai", "Abdul Rahman Said", "Arifin Daeng Sewang"),
        ("Sitti Hajar", "Andi Nurhayati", "Rosmiati Daeng Bau", "Hasnawati Amir", "Nurbaya Daeng Kanang", "Sitti Aisyah Latif"),
    ),
    "buton": (
        ("La Ode Hamiru", "La Ode Kaimuddin", "La Sudi", "La Ode Abdul Hafid", "La Madi"),
        ("Wa Ode Rosmini", "Wa Ode Nurhaeda", "Wa Ina", "Wa Ode Hasnia", "Wa Sia"),
    ),
    "java": (
        ("Sutrisno", "Bambang Wahyudi", "Agus Setiawan", "Dwi Cahyono", "Slamet Riyadi", "Eko Prasetyo", "Joko Susilo", "Heru Santoso"),
        ("Sri Lestari", "Endang Purwaningsih", "Tri Handayani", "Siti Khotimah", "Rina Wulandari", "Dewi Kartika Sari", "Sumarni"),
    ),
    "chinese": (
        ("Liem Kok Hwa", "Tjong Ah Kiong", "Ong Tjin Siong", "Go Boen Liong", "Vincent Halim", "Kwee Han Liong", "Tjia Eng Hoat"),
        ("Ong Giok Lan", "Go Siok Lie", "Kwee Mei Hwa", "Tjia Lie Ling", "Fransiska Liem", "Sherly Tanoto", "Liem Swie Lan"),
    ),
}  # fmt: skip
CHINESE_SURNAMES = {"Liem", "Tjong", "Ong", "Go", "Kwee", "Tjia"}
ORIGINS = (
    ("timor", 24), ("rote", 15), ("sabu", 12), ("flores", 15), ("sumba", 6), ("alor", 6),
    ("bali", 5), ("bugis", 5), ("buton", 4), ("java", 4), ("chinese", 4),
)  # fmt: skip
NTT = ("timor", "rote", "sabu", "flores", "alor", "sumba")
# regency codes of a NIK per origin (Kota Kupang's 5371 everywhere: people move to the city)
REGION = {
    "timor": ("5371", "5371", "5301", "5302", "5303", "5304", "5321"),
    "rote": ("5371", "5314", "5314"),
    "sabu": ("5371", "5320", "5320"),
    "flores": ("5371", "5306", "5307", "5308", "5309", "5310", "5313"),
    "alor": ("5371", "5305", "5305"),
    "sumba": ("5371", "5311", "5312", "5317"),
    "bali": ("5371", "5171", "5103"),
    "bugis": ("5371", "7371", "7308"),
    "buton": ("5371", "7472", "7404"),
    "java": ("5371", "3578", "3374", "3471"),
    "chinese": ("5371", "5371", "3578"),
}
PROVINCES = {"53", "51", "73", "74", "35", "33", "34"}

# ---------------------------------------------------------------- places (written for dev60)

KELURAHAN = (
    "Oesapa", "Oesapa Barat", "Lasiana", "Kelapa Lima", "Oebufu", "Kayu Putih", "Liliba",
    "Tuak Daun Merah", "Penfui", "Naimata", "Sikumana", "Kolhua", "Bello", "Fatukoa", "Naikolan",
    "Maulafa", "Oepura", "Fatululi", "Oebobo", "Kuanino", "Naikoten I", "Bakunase", "Airnona",
    "Fontein", "Oeba", "Pasir Panjang", "Nunbaun Sabu", "Namosain", "Alak", "Manutapen",
    "Mantasi", "Fatufeto", "Naioni", "Batuplat", "Nefonaek", "Oetete",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Lontar Raya", "Jl. Nuri", "Jl. Merak", "Jl. Bougenvil", "Jl. Flamboyan", "Jl. Anggrek",
    "Jl. Kamboja", "Jl. Asoka", "Jl. Kesuma", "Jl. Bajawa", "Jl. Lembata", "Jl. Ketapang",
    "Jl. Beringin", "Jl. Kasuari", "Jl. Perkutut", "Jl. Belibis", "Jl. Tekukur", "Jl. Elang",
    "Jl. Rajawali", "Jl. Gelatik", "Jl. Kutilang", "Gg. Salak", "Gg. Kedondong", "Gg. Belimbing",
    "Gg. Sirsak", "Jl. Ikan Tongkol", "Jl. Ikan Kerapu", "Jl. Oekam", "Jl. Nasipanaf",
    "Jl. Fetor Funay", "Jl. Sonbai", "Jl. Kolhua Raya", "Jl. Bakti Karya", "Jl. Manafe",
    "Lr. Pelangi", "Jl. Tanah Merah", "Jl. Oebonik", "Jl. Kenari Raya", "Jl. Air Lobang",
)  # fmt: skip
ESTATES = (
    "Perumahan Citra Lontar Blok", "Griya Oesapa Indah Blok", "Perum Sasando Permai Blok",
    "Kompleks BTN Oebufu Blok", "Perumahan Graha Naimata Blok",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. Timor Raya", "Jl. Soeharto",
    "Jl. Moh. Hatta", "Jl. Jend. Sudirman", "Jl. R. A. Kartini", "Jl. W. J. Lalamentik",
    "Jl. Herewila", "Jl. Adisucipto", "Jl. Cak Doko", "Jl. Perintis Kemerdekaan", "Jl. Veteran",
    "Jl. H. R. Koroh", "Jl. Urip Sumoharjo", "Jl. Siliwangi", "Jl. Ahmad Yani", "Jl. Samratulangi",
)  # fmt: skip
BANKS = ("Bank NTT", "Bank NTT", "BRI", "BRI", "BRI", "BNI", "BNI", "Mandiri", "BCA", "BSI")
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id",
    "ymail.com", "outlook.com", "icloud.com",
)  # fmt: skip

# ---------------------------------------------------------------- bodies (written for dev60)

SHOP_KINDS = (
    "Toko", "Toko", "Kios", "Counter", "Depot Air", "Warung Makan", "Laundry", "Toko Bangunan",
    "Grosir", "Toko Elektronik", "Apotek", "Catering",
)  # fmt: skip
SHOP_WORDS = (
    ("Sinar", "Fatululi"), ("Berkat", "Oesapa"), ("Kasih", "Karunia"), ("Lontar", "Jaya"),
    ("Cahaya", "Naikoten"), ("Harapan", "Baru"), ("Sumber", "Rejeki Oeba"), ("Mitra", "Sejati"),
    ("Tunas", "Penfui"), ("Flobamora", "Permai"), ("Sasando", "Indah"), ("Mutiara", "Kolhua"),
    ("Anugerah", "Liliba"), ("Surya", "Kencana"), ("Bintang", "Timur"), ("Rejeki", "Lasiana"),
    ("Pelangi", "Oebobo"), ("Nusa", "Indah"), ("Sehati", "Bakunase"), ("Maju", "Bersama"),
)  # fmt: skip
COMPANY_FORMS = ("CV", "CV", "CV", "PT", "UD")
COMPANY_WORDS = (
    ("Timor", "Karya Mandiri"), ("Sabu", "Permai"), ("Lopo", "Sejahtera"), ("Fatuleu", "Indah"),
    ("Mutis", "Jaya Abadi"), ("Kelimutu", "Teknik"), ("Tiga", "Putra Rote"), ("Nusa", "Cendana"),
    ("Karang", "Mas Kupang"), ("Amarasi", "Makmur"), ("Oenesu", "Perkasa"), ("Batu", "Merah"),
)  # fmt: skip
# full name, short name, mailbox slug, domain
OFFICES = (
    ("Dinas Pendidikan dan Kebudayaan Kota Kupang", "Dikbud", "dikbud", "kupangkota.go.id"),
    ("Dinas Kesehatan Kota Kupang", "Dinkes", "dinkes", "kupangkota.go.id"),
    ("Sekretariat DPRD Kota Kupang", "Setwan", "setwan", "kupangkota.go.id"),
    ("Dinas Lingkungan Hidup dan Kebersihan Kota Kupang", "DLHK", "dlhk", "kupangkota.go.id"),
    ("BPBD Kota Kupang", "BPBD", "bpbd", "kupangkota.go.id"),
    ("Dinas Koperasi, Usaha Kecil dan Menengah Kota Kupang", "Diskop UKM", "diskopukm", "kupangkota.go.id"),
    ("Kantor Kecamatan Maulafa", "Kecamatan Maulafa", "kec.maulafa", "kupangkota.go.id"),
    ("Kantor Kelurahan Oesapa Barat", "Kelurahan Oesapa Barat", "kel.oesapabarat", "kupangkota.go.id"),
    ("SMP Negeri 11 Kupang", "SMPN 11", "smpn11kupang", "gmail.com"),
    ("Puskesmas Oepoi", "Puskesmas Oepoi", "pkmoepoi", "gmail.com"),
    ("Dinas Perhubungan Kota Kupang", "Dishub", "dishub", "kupangkota.go.id"),
    ("Badan Pendapatan Daerah Kota Kupang", "Bapenda", "bapenda", "kupangkota.go.id"),
)  # fmt: skip
COURIERS = ("JNE", "J&T Express", "SiCepat", "Pos Indonesia", "AnterAja", "Ninja Xpress", "Lion Parcel", "SPX Express", "ID Express")  # fmt: skip
MARKETS = ("Shopee", "Shopee", "Tokopedia", "Lazada", "TikTok Shop", "Blibli")
RIDES = ("Maxim", "Grab", "Gojek", "Maxim", "inDrive")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay", "DANA", "LinkAja")
OPERATORS = ("Telkomsel", "Telkomsel", "Indosat", "XL", "Tri", "Smartfren")
MOTORS = ("Honda Beat hitam", "Honda Vario putih", "Yamaha Mio merah", "Honda Scoopy krem", "Yamaha NMAX abu-abu", "Honda Supra X biru", "Yamaha Fino hijau")  # fmt: skip
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember")  # fmt: skip
MON3 = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MOBILE = (
    ("0812", 13), ("0813", 14), ("0821", 10), ("0822", 9), ("0823", 9), ("0852", 14), ("0853", 12),
    ("0851", 3), ("0811", 2), ("0815", 3), ("0816", 2), ("0857", 3), ("0858", 3), ("0817", 2),
    ("0818", 2), ("0819", 3), ("0859", 1), ("0877", 2), ("0878", 3), ("0895", 2), ("0896", 2),
    ("0897", 1), ("0881", 1), ("0882", 1), ("0838", 2), ("0831", 1), ("0856", 2), ("0898", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0832", "0833", "0855", "0899", "0883", "0887"}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

# ---------------------------------------------------------------- values


def _w(rng: random.Random, pairs: tuple) -> str:
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def _ascii(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _ocr(rng: random.Random, digits: str, share: float = 0.3) -> str:
    """Letters read for some digits, as a scan reads them (at least one)."""
    out = [OCR_SUBS[c] if c in OCR_SUBS and rng.random() < share else c for c in digits]
    if out == list(digits):
        k = next((i for i, c in enumerate(digits) if c in OCR_SUBS and i > 1), None)
        if k is not None:
            out[k] = OCR_SUBS[digits[k]]
    return "".join(out)


def mobile_number(rng: random.Random) -> str:
    prefix = _w(rng, MOBILE)
    return prefix + _d(rng, rng.choice((7, 8, 8, 8, 8, 9)))


def phone_writing(rng: random.Random, d: str, how: str) -> str:
    """A mobile number (digits, opening 08) written as people write it."""
    n = d[1:]
    groups = [d[:4], d[4:8], d[8:]]
    if how == "b":
        return d
    if how == "d":
        return "-".join(groups)
    if how == "s":
        return " ".join(groups)
    if how == "t":
        return ".".join(groups)
    if how == "i":
        return rng.choice(
            (
                "+62 %s-%s-%s" % (n[:3], n[3:7], n[7:]),
                "+62%s" % n,
                "+62 %s %s %s" % (n[:3], n[3:7], n[7:]),
                "+62 %s" % n,
                "(+62) %s %s %s" % (n[:3], n[3:7], n[7:]),
            )
        )
    if how == "k":
        return rng.choice(
            (
                "62%s" % n,
                "62 %s %s %s" % (n[:3], n[3:7], n[7:]),
                "62-%s-%s-%s" % (n[:3], n[3:7], n[7:]),
            )
        )
    if how == "o":
        return rng.choice(
            (
                _ocr(rng, d),
                "-".join(_ocr(rng, g) for g in groups),
                " ".join(_ocr(rng, g) for g in groups),
            )
        )
    if how == "n":
        cut = rng.choice((4, 6, 8))
        return d[:cut] + "\n" + d[cut:]
    if how == "u":
        return rng.choice(("_", " • ", "·")).join(groups)
    if how == "m":  # masked by an app: no longer a number anyone can call
        return d[:4] + "****" + d[-4:]
    if how == "x":  # masked the other way
        return "+62" + n[:3] + "-****-" + n[-4:]
    return phone_writing(rng, d, rng.choice("bbbbdddssstiikk"))


def account(rng: random.Random, bank: str) -> str:
    """An account number in its bank's shape."""
    if bank == "BRI":
        unit = rng.choice(("0245", "0592", "4567", "7331", "0348", "2105"))
        if rng.random() < 0.6:
            return "%s-01-%s-%s-%s" % (unit, _d(rng, 6), rng.choice(("50", "53", "51")), _d(rng, 1))
        return "%s01%s%s%s" % (unit, _d(rng, 6), rng.choice(("50", "53")), _d(rng, 1))
    if bank == "Bank NTT":
        if rng.random() < 0.6:
            return "%s.%s.%s.%s-%s" % (
                rng.choice(("001", "002", "007", "013")),
                rng.choice(("01", "02")),
                rng.choice(("01", "02", "03")),
                _d(rng, 6),
                _d(rng, 1),
            )
        return "%s%s%s%s%s" % (
            rng.choice(("001", "002", "007")),
            rng.choice(("01", "02")),
            "02",
            _d(rng, 6),
            _d(rng, 1),
        )
    if bank == "Mandiri":
        if rng.random() < 0.5:
            return "161-00-%s-%s" % (_d(rng, 7), _d(rng, 1))
        return "16100%s" % _d(rng, 8)
    if bank == "BCA":
        return rng.choice(
            ("315%s" % _d(rng, 7), "315-%s-%s" % (_d(rng, 3), _d(rng, 4)), "0%s" % _d(rng, 9))
        )
    if bank == "BSI":
        return "7" + _d(rng, 9)
    return rng.choice(
        ("0" + str(rng.randint(1, 9)) + _d(rng, 8), "1" + _d(rng, 9), "0" + _d(rng, 9))
    )  # BNI


def plate(rng: random.Random) -> str:
    region = rng.choice(("DH", "DH", "DH", "DH", "DH", "EB", "ED"))
    letters = "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2, 2)))
    )
    num = str(rng.randint(1, 9999))
    return rng.choice(("%s %s %s", "%s %s %s", "%s %s %s", "%s%s%s", "%s-%s-%s")) % (
        region,
        num,
        letters,
    )


def body_npwp(rng: random.Random) -> str:
    """An old NPWP of a body (15 digits): its first two digits a body's."""
    return (
        rng.choice(
            ("01", "02", "03", "31", "41", "60", "70", "71", "73", "80", "83", "90", "93", "96")
        )
        + _d(rng, 7)
        + rng.choice(("920", "920", "921", "924"))
        + "000"
    )


def dotted(o: str) -> str:
    return "%s.%s.%s.%s-%s.%s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])


class Person:
    """An invented person: names, birth, numbers and mailbox, all consistent."""

    def __init__(
        self,
        rng: random.Random,
        sex: str,
        origin: str,
        avoid: set[str],
        family: Person | None = None,
        years: tuple[int, int] = (1960, 2004),
    ) -> None:
        self.rng = rng
        self.sex = sex
        self.origin = origin
        m = 0 if sex == "m" else 1
        for _ in range(500):
            if origin in OTHER:
                full = rng.choice(OTHER[origin][m])
                words = full.split()
                if origin == "chinese" and words[0] in CHINESE_SURNAMES:
                    self.family, self.given = words[0], " ".join(words[1:])
                elif origin == "bali":
                    self.family, self.given = words[-1], words[-1]
                elif words[0] in ("La", "Wa"):
                    self.given = words[2] if words[1] == "Ode" else words[1]
                    self.family = words[-1]
                elif words[0] == "Andi" or "Daeng" in words:
                    self.given = words[1] if words[0] == "Andi" else words[0]
                    self.family = words[-1]
                else:
                    self.given, self.family = words[0], words[-1]
                if (
                    family is not None
                    and origin == "chinese"
                    and family.family in CHINESE_SURNAMES
                    and words[0] in CHINESE_SURNAMES
                ):
                    full = family.family + " " + self.given
                    self.family = family.family
                self.full = full
            else:
                if origin == "sumba":
                    first = rng.choice(SUMBA[sex])
                    fam = family.family if family else rng.choice(FAMILY["sumba"])
                    self.given = first if first.startswith(("Umbu", "Rambu")) else first.split()[-1]
                else:
                    pool = GIVEN["flores" if origin == "flores" else "timor"][m]
                    if origin in ("rote", "sabu", "alor") and rng.random() < 0.3:
                        pool = GIVEN["flores"][m]
                    first = rng.choice(pool)
                    if rng.random() < 0.2:
                        second = rng.choice(GIVEN["timor" if origin == "flores" else "flores"][m])
                        if second != first:
                            first = (
                                first + " " + (second[0] + "." if rng.random() < 0.4 else second)
                            )
                    fam = family.family if family else rng.choice(FAMILY[origin])
                    self.given = first.split()[0]
                self.family = fam
                self.full = first + " " + fam
            if not (({_ascii(w) for w in self.full.split()} - SHARED) & avoid):
                break
        else:
            raise SystemExit("no name fits: %s %s" % (origin, sorted(avoid)[:20]))
        year = rng.randint(*years)
        self.birth = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        self.region = rng.choice(REGION[origin]) + "%02d" % rng.randint(1, 6)
        if family is not None:
            self.region = family.region
        elif not self.region.startswith("5371"):
            self.region = self.region[:4] + "%02d" % rng.randint(1, 18)
        day = self.birth.day + (40 if sex == "f" else 0)
        self.nik = "%s%02d%02d%02d%04d" % (
            self.region,
            day,
            self.birth.month,
            self.birth.year % 100,
            rng.randint(1, 250),
        )
        if family is not None:
            self.kk = family.kk
        else:
            issued = datetime.date(rng.randint(2009, 2025), rng.randint(1, 12), rng.randint(1, 28))
            self.kk = "%s%02d%02d%02d%04d" % (
                self.region,
                issued.day,
                issued.month,
                issued.year % 100,
                rng.randint(1, 4999),
            )
        self.npwp_old = (
            rng.choice(
                (
                    "04",
                    "05",
                    "06",
                    "07",
                    "08",
                    "09",
                    "15",
                    "24",
                    "44",
                    "47",
                    "54",
                    "66",
                    "76",
                    "82",
                    "92",
                )
            )
            + _d(rng, 7)
            + rng.choice(("920", "920", "920", "921", "922", "924"))
            + "000"
        )
        self.bpjs = "000" + "%010d" % rng.randint(10**8, 10**10 - 1)
        self.mobile = mobile_number(rng)
        self.mobile2 = mobile_number(rng)
        self.home = "8%05d" % rng.randint(0, 99999)
        self.bank = rng.choice(BANKS)
        self.account = account(rng, self.bank)
        self.plate = plate(rng)
        self.street = rng.choice(HOME_STREETS)
        self.house = str(rng.randint(1, 150)) + rng.choice(("", "", "", "", "", "A", "B"))
        self.rt = "%03d" % rng.randint(1, 45) if rng.random() < 0.5 else "%02d" % rng.randint(1, 45)
        self.rw = "%03d" % rng.randint(1, 14) if len(self.rt) == 3 else "%02d" % rng.randint(1, 14)
        self.kel = rng.choice(KELURAHAN)
        self.estate = "%s %s No. %d" % (
            rng.choice(ESTATES),
            rng.choice("ABCDEFGHJK"),
            rng.randint(1, 60),
        )
        self.mail = mailbox(rng, self)
        self.mail2 = self.mail
        while self.mail2.split("@")[0] == self.mail.split("@")[0]:
            self.mail2 = mailbox(rng, self)

    # the writings of each number -------------------------------------------------------------

    def phone(self, how: str, second: bool = False) -> str:
        return phone_writing(self.rng, self.mobile2 if second else self.mobile, how)

    def landline(self) -> str:
        h = self.home
        return self.rng.choice(
            (
                "0380 %s" % h,
                "(0380) %s %s" % (h[:3], h[3:]),
                "0380-%s" % h,
                "0380 %s %s" % (h[:3], h[3:]),
            )
        )

    def nik_w(self, how: str, d: str | None = None) -> str:
        d = d or self.nik
        rng = self.rng
        if how == "b":
            return d
        if how == "s":
            return " ".join(d[i : i + 4] for i in range(0, 16, 4))
        if how == "t":
            return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
        if how == "o":
            return _ocr(rng, d, 0.2)
        if how == "n":
            cut = rng.choice((5, 8, 10))
            return d[:cut] + "\n" + d[cut:]
        if how == "c":
            return ", ".join(d[i : i + 4] for i in range(0, 16, 4))
        if how == "p":
            return " ".join(d[i : i + 2] for i in range(0, 16, 2))
        return self.nik_w(rng.choice("bbbbbbbsst"), d)

    def npwp_w(self, how: str) -> str:
        o = self.npwp_old
        rng = self.rng
        if how == "d":
            return dotted(o)
        if how == "b":
            return o
        if how == "s":
            return "%s %s %s %s %s %s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
        if how == "z":
            return "0" + o
        if how == "n":
            return self.nik
        if how == "t":
            return self.nik + "000000"
        if how == "o":
            return _ocr(rng, dotted(o), 0.3).replace("S", "5").replace("B", "8")
        if how == "l":
            cut = rng.choice((6, 9, 11))
            return dotted(o)[:cut] + "\n" + dotted(o)[cut:]
        if how == "m":
            sep = rng.choice((".", "-"))
            return sep.join((o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:]))
        return self.npwp_w(rng.choice("dddddbsznn"))

    def email_w(self, how: str) -> str:
        rng = self.rng
        local, host = self.mail.split("@")
        hname, _, tld = host.partition(".")
        if how == "p":
            return self.mail
        if how == "x":
            return rng.choice(
                (
                    "%s @ %s" % (local, host),
                    "%s @%s" % (local, host),
                    "%s(at)%s" % (local, host),
                    "%s [at] %s [dot] %s" % (local, hname, tld.replace(".", " [dot] ")),
                    "%s at %s dot %s" % (local, hname, tld.replace(".", " dot ")),
                    "%s(et)%s" % (local, host),
                    "%s[@]%s" % (local, host),
                    "%s@%s(titik)%s" % (local, hname, tld),
                    "%s @ %s titik %s" % (local, hname, tld.replace(".", " titik ")),
                )
            )
        if how == "n":
            return rng.choice(("%s\n@%s" % (local, host), "%s@\n%s" % (local, host)))
        if how == "c":
            return "%s@%s,%s" % (local, hname, tld)
        if how == "q":  # another mailbox of the same person
            return self.mail2
        if how == "k":  # the person's own mailbox at the city's offices
            words = [
                _ascii(w)
                for w in self.full.split()
                if w not in ("I", "Ni", "La", "Wa", "Ode", "Daeng", "Andi")
            ]
            if len(words) == 1:
                return "%s@kupangkota.go.id" % words[0]
            return rng.choice(("%s.%s@kupangkota.go.id", "%s%s@kupangkota.go.id")) % (
                words[0],
                words[-1],
            )
        return self.email_w(rng.choice("ppppx"))


def mailbox(rng: random.Random, p: Person) -> str:
    words = [
        _ascii(w)
        for w in p.full.split()
        if _ascii(w) and w not in ("I", "Ni", "La", "Wa", "Ode", "Daeng", "Andi")
    ]
    g, f = words[0], words[-1]
    local = rng.choice((
        "%s.%s" % (g, f), "%s%s%d" % (g, f, rng.randint(1, 99)), "%s_%s" % (f, g),
        "%s.%s%d" % (f, g, p.birth.year % 100), "%s%s" % (g[0], f), "%s%d" % (g, p.birth.year),
        "%s.%s%02d" % (g, f[:4], rng.randint(1, 99)), "%s%s%s" % (g, rng.choice(("_", ".")), f[:3]),
    ))  # fmt: skip
    return local + "@" + rng.choice(HOSTS)


class Shop:
    """An invented shop, stall or online store: a business, none of its lines a person's."""

    def __init__(
        self, rng: random.Random, used: set[str], kinds: tuple[str, ...] = SHOP_KINDS
    ) -> None:
        while True:
            kind = rng.choice(kinds)
            a, b = rng.choice(SHOP_WORDS)
            if a not in used:
                break
        self.words = "%s %s" % (a, b)
        self.name = "%s %s" % (kind, self.words)
        self.slug = _ascii(a + b)
        self.handle = rng.choice(("%s.%s", "%s_%s", "%s%s")) % (_ascii(a), _ascii(b)) + rng.choice(
            ("", "", ".kpg", "_kupang", "official")
        )
        self.wa = mobile_number(rng)
        self.tel = rng.choice(("(0380) 8%02d %03d", "0380-8%02d%03d", "0380 8%02d%03d")) % (
            rng.randint(0, 99),
            rng.randint(0, 999),
        )
        self.mail = (
            rng.choice(
                (
                    "%s@gmail.com",
                    "order.%s@gmail.com",
                    "%skupang@gmail.com",
                    "admin.%s@yahoo.co.id",
                    "cs.%s@gmail.com",
                )
            )
            % self.slug
        )
        self.seat = "%s No. %d" % (rng.choice(PUBLIC_STREETS), rng.randint(1, 160))
        self.bank = rng.choice(("BRI", "BNI", "BCA", "Bank NTT", "Mandiri"))
        self.account = account(rng, self.bank)
        self.npwp = dotted(body_npwp(rng))
        self.npwpd = "P.2.%07d.%02d.%02d" % (
            rng.randint(1, 9999999),
            rng.randint(1, 20),
            rng.randint(1, 12),
        )
        self.nmid = "ID10%011d" % rng.randint(0, 10**11 - 1)


class Company:
    """An invented company (CV, PT, UD): its NPWP, NITKU, lines, seat, account, none a person's."""

    def __init__(self, rng: random.Random, used: set[str]) -> None:
        while True:
            form = rng.choice(COMPANY_FORMS)
            a, b = rng.choice(COMPANY_WORDS)
            if a not in used:
                break
        self.words = "%s %s" % (a, b)
        self.name = "%s %s" % (form, self.words)
        self.slug = _ascii(a + b)
        self.domain = self.slug + rng.choice((".co.id", ".com", ".id"))
        self.npwp_old = body_npwp(rng)
        self.npwp = dotted(self.npwp_old)
        self.mail = rng.choice(("admin", "info", "keuangan", "pajak", "kantor")) + "@" + self.domain
        self.tel = rng.choice(("(0380) 8%02d %03d", "0380-8%02d%03d", "0380 8%02d%03d")) % (
            rng.randint(0, 99),
            rng.randint(0, 999),
        )
        self.wa = mobile_number(rng)
        self.seat = "%s No. %d" % (rng.choice(PUBLIC_STREETS), rng.randint(1, 160))
        self.bank = rng.choice(("BRI", "BNI", "Bank NTT", "Mandiri"))
        self.account = account(rng, self.bank)


class Fill:
    """The values of one filling of a template, drawn once per placeholder."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.people: dict[int, Person] = {}
        self.shops: dict[int, Shop] = {}
        self.companies: dict[int, Company] = {}
        self.cache: dict[str, str] = {}
        self.date = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))
        self.clock = rng.randint(6 * 60, 20 * 60)
        self.lines: dict[int, int] = {}

    def person(self, i: int) -> Person:
        if i not in self.people:
            spec = self.spec
            fam = spec["fam"].get(i)
            head = self.person(fam) if fam else None
            sex = "f" if i in spec["F"] else "m" if i in spec["M"] else self.rng.choice("mf")
            origin = spec["O"].get(i) or (head.origin if head else _w(self.rng, ORIGINS))
            if isinstance(origin, tuple):
                origin = self.rng.choice(origin)
            avoid = set(spec["avoid"]) | {
                _ascii(w)
                for p in self.people.values()
                for w in p.full.split()
                if len(_ascii(w)) >= 3
            }
            if head is not None:
                avoid -= {_ascii(w) for w in (head.family or "").split()}
            self.people[i] = Person(
                self.rng, sex, origin, avoid, head, spec["A"].get(i, (1960, 2004))
            )
        return self.people[i]

    def shop(self, i: int) -> Shop:
        if i not in self.shops:
            used = {s.words.split()[0] for s in self.shops.values()}
            self.shops[i] = Shop(self.rng, used, self.spec["S"].get(i, SHOP_KINDS))
        return self.shops[i]

    def company(self, i: int) -> Company:
        if i not in self.companies:
            used = {c.words.split()[0] for c in self.companies.values()}
            self.companies[i] = Company(self.rng, used)
        return self.companies[i]


# ---------------------------------------------------------------- figures and look-alikes

# goods and services a small trader sells to an office, by trade: name, unit, lowest and highest price
ITEM_GROUPS = (
    (("Kertas HVS A4 70 gr", "rim", 52000, 62000), ("Tinta printer Epson 003", "botol", 85000, 110000), ("Map plastik kancing", "lusin", 30000, 45000), ("Ordner folio", "buah", 28000, 36000), ("Pulpen hitam", "pak", 22000, 30000)),
    (("Snack box rapat", "kotak", 15000, 25000), ("Nasi kotak", "kotak", 30000, 45000), ("Air mineral gelas", "dus", 22000, 28000), ("Kue kering toples", "toples", 60000, 90000), ("Kopi dan teh rapat", "paket", 75000, 120000)),
    (("Sapu lidi", "ikat", 8000, 15000), ("Karung sampah", "lembar", 3000, 5000), ("Cairan pembersih lantai", "jerigen", 65000, 90000), ("Kantong plastik sampah besar", "pak", 18000, 26000), ("Sarung tangan karet", "pasang", 12000, 20000)),
    (("Sewa tenda 4x6", "unit", 350000, 500000), ("Sewa kursi plastik", "buah", 4000, 6000), ("Sewa sound system", "hari", 600000, 900000), ("Spanduk MMT 1x3 m", "lembar", 90000, 150000), ("Dekorasi panggung", "paket", 750000, 1250000)),
    (("Fotokopi dan jilid laporan", "eksemplar", 25000, 45000), ("Cetak stiker retribusi", "lembar", 1500, 3000), ("Cetak map berlogo", "buah", 6000, 9500), ("Cetak undangan", "lembar", 2500, 4500), ("Laminating kartu", "lembar", 3000, 5000)),
    (("Servis AC split 1 PK", "unit", 150000, 250000), ("Ganti lampu LED 18 watt", "titik", 45000, 65000), ("Servis printer", "unit", 125000, 200000), ("Perbaikan kran dan pipa", "titik", 85000, 150000), ("Isi ulang freon AC", "unit", 175000, 275000)),
)  # fmt: skip
PLACES = (
    "Pasar Oebobo", "Transmart Kupang", "Lippo Plaza", "Terminal Oebobo", "Bandara El Tari", "Pasar Kasih Naikoten",
    "Undana Penfui", "Pelabuhan Tenau", "Taman Nostalgia", "Pasar Oeba", "Gereja Kota Kupang", "Flobamora Mall",
    "Kampus Unwira", "RSUD S. K. Lerik", "Bundaran Tirosa", "Pasar Inpres Naikoten",
)  # fmt: skip
COURIER_DOMAINS = {
    "JNE": "jne.co.id", "J&T Express": "jet.co.id", "SiCepat": "sicepat.com", "Pos Indonesia": "posindonesia.co.id",
    "AnterAja": "anteraja.id", "Ninja Xpress": "ninjaxpress.co", "Lion Parcel": "lionparcel.com", "SPX Express": "spx.co.id",
    "ID Express": "idexpress.com",
}  # fmt: skip
# home-made food sold by a person: name, unit, lowest and highest price
FOODS = (
    ("kue lapis", "1 loyang", 85000, 120000), ("bolu pandan", "1 loyang", 60000, 90000), ("kue cucur", "1 kotak isi 20", 40000, 60000),
    ("se'i sapi", "1/2 kg", 75000, 95000), ("se'i babi", "1/2 kg", 80000, 100000), ("jagung bose", "1 rantang", 35000, 50000),
    ("kue rambut", "1 toples", 45000, 65000), ("sambal lu'at", "1 botol", 25000, 35000),
)  # fmt: skip
PACKAGES = (
    "paket Internet 25GB 30 hari", "paket combo 18GB + nelpon", "paket malam 10GB", "paket harian 2GB",
    "paket OMG 35GB", "paket Freedom 30GB", "kuota belajar 15GB", "paket unlimited apps 7 hari",
)  # fmt: skip


def _rupiah(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _money(rng: random.Random, lo: int, hi: int, step: int = 500) -> int:
    return rng.randrange(lo // step, hi // step + 1) * step


def _date_w(rng: random.Random, d: datetime.date) -> str:
    return rng.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MON3[d.month - 1], d.year),
        )
    )


def courier(fl: Fill, index: str) -> str:
    key = "{kur%s}" % index
    if key not in fl.cache:
        fl.cache[key] = fl.rng.choice(COURIERS)
    return fl.cache[key]


MARKET_DOMAINS = {"Shopee": "shopee.co.id", "Tokopedia": "tokopedia.com", "Lazada": "lazada.co.id", "TikTok Shop": "tiktok.com", "Blibli": "blibli.com"}  # fmt: skip


def market(fl: Fill, index: str) -> str:
    key = "{mk%s}" % index
    if key not in fl.cache:
        fl.cache[key] = fl.rng.choice(MARKETS)
    fl.cache["{mkd%s}" % index] = MARKET_DOMAINS[fl.cache[key]]
    return fl.cache[key]


def lookalike(fl: Fill, name: str, index: str) -> str | None:
    r = fl.rng
    d = fl.date
    if name == "kur":
        return courier(fl, index)
    if name == "mk":
        return market(fl, index)
    if name == "ride":
        return r.choice(RIDES)
    if name == "wal":
        w = r.choice(WALLETS)
        fl.cache["{wald}"] = {
            "DANA": "dana.id",
            "OVO": "ovo.id",
            "GoPay": "gojek.com",
            "ShopeePay": "shopee.co.id",
            "LinkAja": "linkaja.id",
        }[w]
        return w
    if name == "opr":
        o = r.choice(OPERATORS)
        fl.cache["{opd}"] = {
            "Telkomsel": "telkomsel.co.id",
            "Indosat": "im3.id",
            "XL": "xl.co.id",
            "Tri": "tri.co.id",
            "Smartfren": "smartfren.com",
        }[o]
        return o
    if name == "mkb":  # a market that takes bill payments, drawn for {order1}
        m = r.choice(("Tokopedia", "Shopee", "Blibli", "Lazada"))
        fl.cache["{mk%s}" % index] = m
        return m
    if name == "coop":
        return r.choice(
            (
                "KSP Sehati Mandiri",
                "Kopdit Sinar Harapan",
                "KSP Lontar Sejahtera",
                "Koperasi Mitra Usaha Timor",
                "KSP Dana Flobamora",
                "Kopdit Pelita Kasih",
            )
        )
    if name in ("pinjol", "pinjolx"):
        p = r.choice(
            [
                x
                for x in (
                    "DanaKilat88",
                    "PinjamCepat Express",
                    "KreditMudah Now",
                    "UangKita Plus",
                    "RupiahGo",
                    "CairTunai",
                )
                if x != fl.cache.get("{pinjol}")
            ]
        )
        fl.cache["__pslug"] = _ascii(p)
        return p
    if name == "pslug":
        return fl.cache.get("__pslug", "cairtunai")
    if name == "kurmail":
        c = courier(fl, index)
        return "%s@%s" % (r.choice(("cs", "customercare", "care", "help")), COURIER_DOMAINS[c])
    if name == "mks":  # a market's name as one word
        return _ascii(market(fl, index))
    if name in ("prod", "produ", "prodp"):  # one home-made food per filling, its unit and its price
        if "__prod" not in fl.cache:
            k = r.randrange(len(FOODS))
            fl.cache["__prod"] = "%d|%d" % (k, _money(r, FOODS[k][2], FOODS[k][3], 2500))
        k, price = (int(x) for x in fl.cache["__prod"].split("|"))
        return {"prod": FOODS[k][0], "produ": FOODS[k][1], "prodp": "Rp " + _rupiah(price)}[name]
    if name == "kurcc":
        return r.choice(("(021) %d %04d", "021-%d-%04d")) % (
            r.randint(2000, 8999),
            r.randint(0, 9999),
        )
    if name == "motor":
        return r.choice(MOTORS)
    if name == "paket":
        return r.choice(PACKAGES)
    if name == "idpel":
        return "53" + _d(r, 10)
    if name == "meter":
        return r.choice(("14", "45", "56", "32", "86")) + _d(r, 9)
    if name == "token":
        t = _d(r, 20)
        return r.choice(("-", " ", "")).join(t[i : i + 4] for i in range(0, 20, 4))
    if name == "samb":
        return "%02d-%02d-%06d" % (r.randint(1, 9), r.randint(1, 30), r.randint(1, 999999))
    if name in ("resix", "resiy", "resiz"):  # another parcel of the same courier
        return lookalike(fl, "resi", index)
    if name == "resi":
        c = courier(fl, index)
        return {
            "JNE": "01" + _d(r, 14), "J&T Express": "JP" + _d(r, 10), "SiCepat": "00" + _d(r, 10),
            "Pos Indonesia": "P26%02d%02d%07d" % (d.month, d.day, r.randint(0, 9999999)),
            "AnterAja": "1100" + _d(r, 10), "Ninja Xpress": "NLIDAP" + _d(r, 9),
            "Lion Parcel": "99LP" + _d(r, 11), "SPX Express": "SPXID0" + _d(r, 11), "ID Express": "IDE70" + _d(r, 10),
        }[c]  # fmt: skip
    if name == "order":
        m = market(fl, index)
        if m == "Shopee":
            return "26%02d%02d" % (d.month, d.day) + "".join(
                r.choice("0123456789ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(8)
            )
        if m == "Tokopedia":
            return "INV/2026%02d%02d/MPL/%s" % (d.month, d.day, _d(r, 10))
        if m == "Lazada":
            return "3" + _d(r, 14)
        if m == "TikTok Shop":
            return "57" + _d(r, 16)
        return "12" + _d(r, 9)
    if name == "inv":
        return r.choice(("INV/%03d/%s/2026", "%03d/NOTA/%s/2026", "INV-%03d-%s-26")) % (
            r.randint(1, 250),
            ROMAN[d.month - 1],
        )
    if name == "kw":
        return r.choice(("KW/%03d/%s/2026", "%03d/KWT/%s/2026")) % (
            r.randint(1, 250),
            ROMAN[d.month - 1],
        )
    if name == "va":
        return r.choice(
            (
                "8808" + _d(r, 12),
                "8277" + _d(r, 12),
                "988" + _d(r, 13),
                "70012" + _d(r, 11),
                "12345" + _d(r, 10),
            )
        )
    if name == "vax":  # a wallet's top-up code: a prefix and a mobile number nobody here owns
        return r.choice(("70001", "39358", "3901", "122", "301341")) + mobile_number(r)
    if name == "ref":
        return r.choice(
            (
                "%012d" % r.randint(0, 10**12 - 1),
                "FT26%03d%08d" % (r.randint(1, 365), r.randint(0, 10**8 - 1)),
                "2026%012d" % r.randint(0, 10**12 - 1),
            )
        )
    if name == "trx":
        return r.choice(
            (
                "TRX%s%s" % ("2026%02d%02d" % (d.month, d.day), _d(r, 7)),
                "%s%s" % ("2026%02d%02d" % (d.month, d.day), _d(r, 10)),
                "DN%s" % _d(r, 14),
            )
        )
    if name == "rrn":
        return _d(r, 12)
    if name == "imei":
        return r.choice(("35", "86", "35", "86", "99")) + _d(r, 13)
    if name == "iccid":
        return "8962" + r.choice(("10", "01", "11", "21")) + _d(r, 13)
    if name == "otp":
        return _d(r, r.choice((4, 6, 6)))
    if name == "pin":
        return _d(r, 6)
    if name == "rp":
        return "Rp " + _rupiah(_money(r, 15000, 950000, 500))
    if name == "rpb":
        return "Rp " + _rupiah(_money(r, 1000000, 18000000, 50000))
    if name == "rps":
        return "Rp " + _rupiah(_money(r, 2000, 95000, 500))
    if name == "rpt":  # a token's price
        v = r.choice((20000, 50000, 100000, 200000, 500000))
        fl.cache["__rpt"] = str(v)
        return "Rp " + _rupiah(v)
    if name == "rbt":  # a token's price as people say it
        v, w = r.choice(
            (
                (50000, "50rb"),
                (50000, "50 ribu"),
                (100000, "100rb"),
                (100000, "seratus ribu"),
                (200000, "200rb"),
            )
        )
        fl.cache["__rpt"] = str(v)
        return w
    if name == "rptt":  # the token's price and the admin fee
        return "Rp " + _rupiah(int(fl.cache.get("__rpt", "50000")) + 2500)
    if name == "rpair":  # a household's water bill, from its use when the text gives it
        if "__kubik" in fl.cache:
            return "Rp " + _rupiah(
                int(fl.cache["__kubik"]) * r.choice((5500, 6000, 6500, 7000)) + 10000
            )
        return "Rp " + _rupiah(_money(r, 42000, 385000, 500))
    if name == "rpl":  # a household's postpaid electricity bill
        return "Rp " + _rupiah(_money(r, 120000, 980000, 1))
    if name == "rpo":  # a short ride's fare
        return "Rp " + _rupiah(_money(r, 9000, 46000, 500))
    if name == "rpk":  # a parcel's postage
        return "Rp " + _rupiah(_money(r, 9000, 68000, 1000))
    if name == "rpg":  # goods bought online
        return "Rp " + _rupiah(_money(r, 39000, 2450000, 1000))
    if name == "rpang":  # a cooperative's monthly instalment
        return "Rp " + _rupiah(_money(r, 250000, 1750000, 5000))
    if name == "rpden":  # a late fee
        return "Rp " + _rupiah(_money(r, 10000, 60000, 2500))
    if name == "rb":
        return "%d%s" % (
            r.choice((25, 50, 75, 100, 150, 200, 250, 300, 500)),
            r.choice(("rb", " ribu", "RB", "k")),
        )
    if name == "tgl":
        return _date_w(r, d - datetime.timedelta(days=r.randint(0, 40)))
    if name == "day":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if name == "dayl":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if name == "rom":
        return ROMAN[d.month - 1]
    if name == "bln":
        return MONTHS[d.month - 1]
    if name == "t":  # a clock that only moves on
        fl.clock += r.randint(1, 14)
        return "%02d.%02d" % (fl.clock // 60 % 24, fl.clock % 60)
    if name in ("pagi", "siang", "sore", "malam"):  # set the clock of a chat; writes nothing
        lo, hi = {"pagi": (6, 9), "siang": (10, 13), "sore": (15, 17), "malam": (18, 21)}[name]
        fl.clock = r.randint(lo * 60, hi * 60)
        return ""
    if name == "tglf":  # a date to come
        return _date_w(r, d + datetime.timedelta(days=r.randint(1, 14)))
    if name == "jam":
        return r.choice(("%02d.%02d", "%02d:%02d")) % (r.randint(6, 22), r.randint(0, 59))
    if name == "voucher":
        return (
            "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))
            + _d(r, 4)
            + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
        )
    if name == "promo":
        return r.choice(("HEMAT", "KUPANG", "GAJIAN", "ONGKIR", "NTT", "FLASH")) + r.choice(
            ("25", "11", "12", "50", "10RB", "DIS")
        )
    if name == "kwh":  # from the token's price when the text gives it
        if "__rpt" in fl.cache:
            v = int(fl.cache["__rpt"]) * 0.97 / r.choice((1352.0, 1444.7))
        else:
            v = r.randint(130, 3400) / 10
        return ("%.1f kWh" % v).replace(".", ",")
    if name == "ppj":  # street lighting tax on a token
        return "RP " + _rupiah(round(int(fl.cache.get("__rpt", "50000")) * 0.03))
    if name == "daya":
        return r.choice(
            ("R1/900 VA", "R1M/900 VA", "R1/1300 VA", "R1/2200 VA", "B1/2200 VA", "R1/1300VA")
        )
    if name == "faktur":
        return r.choice(
            ("04002600%09d" % r.randint(0, 10**9 - 1), "010.026-26.%08d" % r.randint(0, 10**8 - 1))
        )
    if name == "nop":
        return "53.71.0%02d.0%02d.0%02d-%04d.0" % (
            r.randint(10, 60),
            r.randint(1, 20),
            r.randint(1, 60),
            r.randint(1, 2000),
        )
    if name == "tiket":
        return r.choice(
            (
                "#%08d" % r.randint(0, 10**8 - 1),
                "K-2026%02d%05d" % (d.month, r.randint(0, 99999)),
                "CS-%d-%06d" % (d.year, r.randint(0, 999999)),
                "%s%07d" % (r.choice(("IN", "TCK", "LPR")), r.randint(0, 9999999)),
            )
        )
    if name == "nib":
        return "91%011d" % r.randint(0, 10**11 - 1)
    if name == "scam":
        return phone_writing(r, mobile_number(r), r.choice("bbbddsikk"))
    if name == "scamb":
        return mobile_number(r)
    if name == "short":
        return r.choice(("9133", "99899", "1212", "96633", "97889", "98555", "3636"))
    if name == "num":
        return str(r.randint(2, 9))
    if name == "kubik":
        fl.cache["__kubik"] = str(r.randint(8, 46))
        return fl.cache["__kubik"]
    if name == "stand":
        a = r.randint(100, 9000)
        return "%05d - %05d" % (a, a + r.randint(8, 46))
    if name == "gb":
        return "%d,%d GB" % (r.randint(0, 24), r.randint(0, 9))
    if name == "km":
        return "%d,%d km" % (r.randint(1, 14), r.randint(0, 9))
    if name == "kode":  # an order's code in a ride or food app
        return r.choice(("A-", "GF-", "M", "")) + "".join(
            r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(r.choice((6, 8)))
        )
    if name == "nmid":
        return "ID10%011d" % r.randint(0, 10**11 - 1)
    if name == "hdl":  # a seller's or a page's handle, nobody's name
        return (
            r.choice(
                (
                    "second",
                    "hp_murah",
                    "gadget",
                    "lapak",
                    "barang_bekas",
                    "jualbeli",
                    "olshop",
                    "preloved",
                )
            )
            + r.choice((".kupang", "_kpg", "kupang", ".ntt", "_oebobo", "_penfui"))
            + r.choice(("", "", "2", "_official", "88"))
        )
    if name == "rev":  # a reviewer's name as a marketplace masks it
        return r.choice("abdefjklmnrsty") + "*****" + r.choice("aeinoy0123456789")
    if name == "zip":
        return str(
            r.choice(
                (
                    85111,
                    85112,
                    85113,
                    85114,
                    85115,
                    85116,
                    85117,
                    85118,
                    85119,
                    85141,
                    85142,
                    85148,
                    85221,
                    85228,
                    85361,
                )
            )
        )
    if name == "shot":  # a screenshot's file name as a phone makes it
        return r.choice(
            (
                "Screenshot_2026%02d%02d-%02d%02d%02d.jpg",
                "IMG-2026%02d%02d-WA%02d%02d%02d.jpg",
                "Screenshot_2026-%02d-%02d-%02d-%02d-%02d.png",
            )
        ) % (d.month, d.day, r.randint(6, 22), r.randint(0, 59), r.randint(0, 59))
    if name in ("trade", "ord", "ordp"):  # one trade per filling, its orders and their prices
        if "__trade" not in fl.cache:
            fl.cache["__trade"] = r.choice(("Laundry", "Catering", "Kue"))
        trade = fl.cache["__trade"]
        if name == "trade":
            return trade
        key = "__ord%s" % index
        if key not in fl.cache:
            if trade == "Laundry":
                kg = r.randint(3, 12)
                fl.cache[key] = "%s %d kg|%d" % (
                    r.choice(("cuci setrika", "cuci kering", "setrika")),
                    kg,
                    kg * r.choice((6000, 7000, 8000)),
                )
            elif trade == "Catering":
                n = r.choice((10, 15, 20, 25, 30, 40, 50))
                fl.cache[key] = "nasi kotak %d|%d" % (n, n * r.choice((30000, 35000, 40000)))
            else:
                n = r.randint(1, 5)
                fl.cache[key] = "%s %d loyang|%d" % (
                    r.choice(("kue lapis", "bolu pandan", "kue talam")),
                    n,
                    n * r.choice((85000, 100000, 120000)),
                )
        desc, price = fl.cache[key].split("|")
        return desc if name == "ord" else "Rp " + _rupiah(int(price))
    if name == "opcc":  # the operator's own customer line, after {opr}
        return {
            "Telkomsel": "188",
            "Indosat": "185",
            "XL": "817",
            "Tri": "123",
            "Smartfren": "888",
        }[fl.cache.get("{opr}", "Telkomsel")]
    if name == "npwpb":  # a body's NPWP
        return dotted(body_npwp(r))
    if name == "bh":  # a cooperative's legal entity number
        return "%d/BH/XXIV/%d" % (r.randint(100, 999), r.randint(2005, 2022))
    if name == "imeix":
        return lookalike(fl, "imei", index)
    if name == "bankx":
        return r.choice(("BRI", "BNI", "Bank NTT", "Mandiri", "BCA"))
    if name == "accx":  # a body's account at Bank NTT
        return account(r, "Bank NTT")
    if name == "sisa":  # what a member still owes
        return "Rp " + _rupiah(_money(r, 400000, 14500000, 50000))
    if name == "kelx":  # a kelurahan as an area, nobody's home
        used = fl.cache.setdefault("__kels", "")
        k = r.choice([k for k in KELURAHAN if k not in used.split("|")])
        fl.cache["__kels"] = used + "|" + k
        return k
    if name == "kurh":  # a courier's social-media handle
        return {"JNE": "@jne_id", "J&T Express": "@jntexpressid", "SiCepat": "@sicepat_ekspres", "Pos Indonesia": "@posindonesia.ig", "AnterAja": "@anteraja.id", "Ninja Xpress": "@ninjaxpress.id", "Lion Parcel": "@lionparcel", "SPX Express": "@spxexpress.id", "ID Express": "@idexpress.id"}[courier(fl, index)]  # fmt: skip
    if name == "mkh":  # a market's social-media handle
        return {"Shopee": "@shopee_id", "Tokopedia": "@tokopedia", "Lazada": "@lazada_id", "TikTok Shop": "@tiktokshop_id", "Blibli": "@blibli"}[market(fl, index)]  # fmt: skip
    if name == "tempatx":
        return r.choice([t for t in PLACES if t != fl.cache.get("{tempat}")])
    if name == "tempat":
        return r.choice(PLACES)
    if name == "link":
        return r.choice(("bit.ly/", "s.id/", "tinyurl.com/", "cutt.ly/")) + "".join(
            r.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(7)
        )
    if name == "pdamtel":
        return r.choice(("(0380) 8%02d %03d", "0380-8%02d%03d", "0380 8%02d%03d")) % (
            r.randint(0, 99),
            r.randint(0, 999),
        )
    if name == "waof":
        return phone_writing(r, mobile_number(r), r.choice("bbdds"))
    if name == "itn":
        if "__group" not in fl.cache:
            fl.cache["__group"] = str(r.randrange(len(ITEM_GROUPS)))
        group = ITEM_GROUPS[int(fl.cache["__group"])]
        k = r.randrange(len(group))
        while k in fl.lines:
            k = r.randrange(len(group))
        fl.lines[k] = 0
        fl.cache["__item%s" % index] = str(k)
        return group[k][0]
    if name in ("itq", "itu", "ith", "itj"):
        k = int(fl.cache["__item%s" % index])
        item = ITEM_GROUPS[int(fl.cache["__group"])][k]
        key = "__q%s" % index
        if key not in fl.cache:
            fl.cache[key] = str(r.randint(2, 40) if item[3] < 200000 else r.randint(1, 4))
            fl.cache["__h%s" % index] = str(_money(r, item[2], item[3], 500))
        q, h = int(fl.cache[key]), int(fl.cache["__h%s" % index])
        fl.lines[k] = q * h
        if name == "itq":
            return str(q)
        if name == "itu":
            return item[1]
        if name == "ith":
            return _rupiah(h)
        return _rupiah(q * h)
    if name == "sum":
        return _rupiah(sum(fl.lines.values()))
    if name == "ppn":  # 12 % of eleven twelfths of the sum
        return _rupiah(round(sum(fl.lines.values()) * 0.11))
    if name == "pph":  # 1.5 % withheld
        return _rupiah(round(sum(fl.lines.values()) * 0.015))
    if name == "grand":
        return _rupiah(sum(fl.lines.values()) + round(sum(fl.lines.values()) * 0.11))
    if name == "pjl":  # a public street for a body's seat
        return "%s No. %d" % (r.choice(PUBLIC_STREETS), r.randint(1, 160))
    return None


def office(fl: Fill, i: int) -> tuple[str, str, str, str]:
    key = "__office%d" % i
    if key not in fl.cache:
        used = {fl.cache[k] for k in fl.cache if k.startswith("__office")}
        while True:
            pick = "%d" % fl.rng.randrange(len(OFFICES))
            if pick not in used:
                break
        fl.cache[key] = pick
    return OFFICES[int(fl.cache[key])]


def value(fl: Fill, name: str, index: str) -> str:
    r = fl.rng
    i = int(index or "1")
    found = lookalike(fl, name, index)
    if found is not None:
        return found
    if name.startswith("of"):
        full, short, box, dom = office(fl, i)
        if name == "of":
            return full
        if name == "ofs":
            return short
        if name == "ofm":
            return r.choice(("%s@%s", "keuangan.%s@%s", "sekretariat.%s@%s", "pengadaan.%s@%s")) % (
                box,
                dom,
            )
        if name == "oftel":
            return r.choice(("(0380) 8%02d%03d", "0380-8%02d %03d", "0380 8%02d%03d")) % (
                r.randint(0, 99),
                r.randint(0, 999),
            )
        if name == "ofwa":
            return phone_writing(r, mobile_number(r), r.choice("bbdds"))
        if name == "ofjl":
            return "%s No. %d" % (r.choice(PUBLIC_STREETS), r.randint(1, 120))
        if name == "ofnp":  # the office treasurer's withholding NPWP
            return "00.%s.%s.%s-920.000" % (_d(r, 3), _d(r, 3), _d(r, 1))
    if name.startswith("sh"):
        s = fl.shop(i)
        if name == "shwa":
            return phone_writing(r, s.wa, "")
        return {
            "sh": s.name, "shw": s.words, "shwab": s.wa, "shtel": s.tel, "shm": s.mail, "shig": s.handle,
            "shjl": s.seat, "shbank": s.bank, "shacc": s.account, "shnp": s.npwp, "shnpd": s.npwpd, "shnmid": s.nmid,
        }[name]  # fmt: skip
    if name.startswith("cv"):
        c = fl.company(i)
        if name == "cvwa":
            return phone_writing(r, c.wa, "d")
        return {
            "cv": c.name, "cvn": c.npwp, "cvb": c.npwp_old, "cvz": "0" + c.npwp_old,
            "cvt": "0" + c.npwp_old + "000000", "cvm": c.mail, "cvtel": c.tel,
            "cvjl": c.seat, "cvbank": c.bank, "cvacc": c.account,
        }[name]  # fmt: skip
    p = fl.person(i)
    if name in ("n", "l"):
        return p.full.lower() if name == "l" else p.full
    if name in ("g", "lg"):
        return p.given.lower() if name == "lg" else p.given
    if name == "f":
        return p.family
    if name.startswith("hp"):
        return p.phone(name[2:])
    if name.startswith("hq"):
        return p.phone(name[2:], second=True)
    if name == "tel":
        return p.landline()
    if name.startswith("nik"):
        return p.nik_w(name[3:])
    if name.startswith("kk"):
        return p.nik_w(name[2:] or r.choice("bbbbs"), p.kk)
    if name.startswith("np"):
        return p.npwp_w(name[2:])
    if name == "bpjs":
        return p.bpjs
    if name == "bpjss":
        b = p.bpjs
        return "%s %s %s %s" % (b[:4], b[4:8], b[8:12], b[12:])
    if name.startswith("em"):
        return p.email_w(name[2:])
    if name == "bank":
        return p.bank
    if name == "acc":
        return p.account
    if name == "accm":
        digits = re.sub(r"\D", "", p.account)
        return r.choice(("****", "xxxx", "*** *** ")) + digits[-4:]
    if name == "ad":
        return (
            "%s No. %s" % (p.street, p.house)
            if r.random() < 0.8
            else "%s no %s" % (p.street, p.house)
        )
    if name == "adr":
        return r.choice(
            (
                "%s No. %s, RT %s/RW %s",
                "%s No %s RT %s RW %s",
                "%s No. %s, RT %s / RW %s",
                "%s no.%s RT.%s/RW.%s",
            )
        ) % (p.street, p.house, p.rt, p.rw)
    if name == "rt":
        return r.choice(
            ("RT %s/RW %s", "RT %s RW %s", "RT %s / RW %s", "RT.%s/RW.%s", "rt %s rw %s")
        ) % (p.rt, p.rw)
    if name == "rtn":
        return "RT %s" % p.rt
    if name == "est":
        return p.estate
    if name == "kel":
        return p.kel
    if name == "pl":
        return p.plate
    if name == "msk":
        words = p.full.split()
        return " ".join(
            w[0] + "*" * max(2, len(w) - 2) + (w[-1] if len(w) > 3 else "") for w in words[:2]
        )
    if name == "c":  # the name a contact was saved under in a phone, drawn once
        return r.choice(
            (
                p.full,
                p.given,
                p.given,
                p.given.lower(),
                "%s %s" % (p.given, p.family[0]),
                p.full.lower(),
            )
        )
    if name == "vap":
        # a wallet's top-up virtual account: a bank's prefix and the person's own mobile
        return r.choice(("70001", "39358", "3901", "122")) + p.mobile
    if name in (
        "hon",
        "hons",
        "kin",
        "mb",
    ):  # the honorific or the Kupang kin word that fits the person
        return {
            "hon": ("Bapak", "Ibu"),
            "hons": ("Pak", "Bu"),
            "kin": ("Om", "Tanta"),
            "mb": ("Bapa", "Mama"),
        }[name][p.sex == "f"]
    if name == "app":  # the mobile banking app of the person's bank
        return {"BRI": "BRImo", "Mandiri": "Livin' by Mandiri", "BNI": "wondr by BNI", "Bank NTT": "Bank NTT Mobile", "BCA": "BCA mobile", "BSI": "BSI Mobile"}[p.bank]  # fmt: skip
    if name == "bankd":
        return {"BRI": "bri.co.id", "Mandiri": "bankmandiri.co.id", "BNI": "bni.co.id", "Bank NTT": "bankntt.co.id", "BCA": "bca.co.id", "BSI": "bankbsi.co.id"}[p.bank]  # fmt: skip
    if name == "pnip":
        # a civil servant's number (outside the ten kinds): birth, appointment, sex, serial
        b = p.birth
        return "%d%02d%02d%d%02d%d%03d" % (
            b.year,
            b.month,
            b.day,
            min(b.year + r.randint(23, 30), 2024),
            r.randint(1, 12),
            2 if p.sex == "f" else 1,
            r.randint(1, 9),
        )
    if name == "bpjsva":
        # a self-paid member's virtual account: 88888, the card's last eleven digits
        return "88888" + p.bpjs[2:]
    if name == "anggota":  # a member's number at a cooperative
        return "%s.%04d" % (r.choice(("01", "02", "03")), r.randint(1, 4000))
    if name == "umur":
        return str(fl.date.year - p.birth.year)
    raise SystemExit("unknown placeholder {%s%s}" % (name, index))


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
NOCACHE = {"t"}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``, the innermost first."""
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name in NOCACHE:
            return value(fl, name, index)
        if name.isupper():  # {N1}: {n1} in capitals
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = value(fl, name.lower(), index)
            return fl.cache[low].upper()
        if key not in fl.cache:
            fl.cache[key] = value(fl, name, index)
        return fl.cache[key]

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
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perum|griya|kompleks)")
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
PUNCT_EDGE = ".,;:!?-/'\")]}>|_•·*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-._•·\n]", seg):
        return False
    clean = re.sub(r"[^0-9OlISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 7:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    """The digits of a number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OlISB]", "", seg).translate(OCR_BACK))


def name_title(seg: str) -> bool:
    """Whether a name's span opens with a title, a kin word or a role."""
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if len(words) > 1 and words[0] == "wa":  # Buton's women's names open with Wa
        return False
    return words[0] in TITLES


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or re.search(r"[ \t]\n", text) or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if re.search(r"\w [.,](\s|$)", text) or "( " in text or "  ," in text:
        bad.append("a space before a full stop or a comma")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    for s, v in zip(spans, values, strict=True):
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not (0 <= st < en <= len(text)) or not seg or seg != v:
            bad.append("bad span")
            continue
        if kind not in KINDS.values():
            bad.append("kind %r" % kind)
        if (
            seg != seg.strip()
            or seg[0] in PUNCT_EDGE
            or seg[-1] in PUNCT_EDGE
            or not seg[-1].isalnum()
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
        ):
            bad.append("edge %r" % seg)
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            if name_title(seg):
                bad.append("title %r" % seg)
            if "@" in seg or "\n" in seg or any(c.isdigit() for c in seg) or "*" in seg:
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
            len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9OlI ,.\-\n]", seg)
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
        elif kind == "plate" and not re.fullmatch(
            r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}", seg.upper()
        ):
            bad.append("plate %r" % seg)
    # every other occurrence of a labelled value in the same text is labelled too
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
                for m in re.finditer(r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}", text.upper()):
                    if re.sub(r"[ -]", "", m.group()) == squeezed and not all(
                        inside[m.start() : m.end()]
                    ):
                        bad.append("unlabelled plate %r" % seg)
        elif kind in NUMERIC:
            d = id_digits(seg) if kind != "bank_account" else re.sub(r"\D", "", seg)
            if len(d) < 8:
                continue
            if kind == "npwp" and len(d) == 22:  # a NITKU: its NIK is the part that counts
                d = d[:16]
            pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
            joined = "".join(text[k] for k in pos).translate(OCR_BACK)
            cores = {d}
            if kind == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
            for core in sorted(cores):
                start = joined.find(core)
                while start != -1:
                    if not all(inside[pos[k]] for k in range(start, start + len(core))):
                        bad.append("unlabelled repeat of %r" % seg)
                    start = joined.find(core, start + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/:]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"bapak|pak|bpk|bp|tn|sdr|om|bapa|opa|suami|ayah|bung|bli|abang|bang|kaka laki|mas"
FEMALE_WORDS = r"ibu|bu|ny|nyonya|sdri|mama|tanta|oma|nona|istri|usi|mbak|kaka nona"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s*,?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % (MALE_WORDS, FEMALE_WORDS)
)
MALE_SET = set(MALE_WORDS.split("|"))


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    O: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
    A: dict[int, tuple[int, int]] | None = None,
    S: dict[int, tuple[str, ...]] | None = None,
) -> tuple:
    """A template: its style, theme, text and what it says of its people (F women, M men, O an
    origin per person, fam a member of a head's family, A the years a person was born in) and of
    its shops (S the kinds of business a shop may be)."""
    return (
        style,
        theme,
        text.strip("\n"),
        {"F": F, "M": M, "O": O or {}, "fam": fam or {}, "A": A or {}, "S": S or {}},
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    """The template's spec with the sex a kin word or a title gives a person, and the words of
    the template's own text, which no name may take."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
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
        "S": dict(base["S"]),
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
            if tries > 800:
                raise SystemExit(
                    "template %d (%s/%s) keeps failing: %s\n%s"
                    % (number, style, theme, last, template[:400])
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            text, spans, values = extract(fill(chosen, fl))
            last = problems(text, spans, values)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append("a text without spans needs five look-alikes")
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
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        if "\n" in seg:
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|titik|\(at\)|\(et\)", seg):
            return "written to dodge scrapers"
        if re.search(r",\w+$", seg):
            return "a comma for the dot"
        if seg.endswith(".go.id"):
            return "a person's own on an office's domain"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|kompleks|griya", seg):
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
            return "NITKU (NIK and six zeros)"
        if len(d) == 15:
            if "." in seg and "-" in seg and seg.count("-") == 1:
                return "15 digits dotted"
            if re.search(r"[.\-]", seg):
                return "15 digits, one mark between groups"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        return "16 digits (the NIK)" if d[0] != "0" else "16 digits (0 and the old number)"
    if kind == "phone":
        if seg.startswith(("+62", "(+62)")):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•·]", seg):
            return "underscores, bullets or middle dots"
        if "." in seg:
            return "dots"
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


RUN = r"[+(]?\d[\d .\-()_•·]{4,}\d|\d{5,}"


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
    for kind in ("name", "phone", "npwp", "email", "bank_account", "nik"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
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
# A placeholder in capitals ({N1}, {ADR1}, {SH1}) is its lower-case one in capitals.
# Person i: {n1} full name ({l1} lower case), {g1}/{lg1} the given name, {f1} the family name,
# {c1} the name a phone saved the person under, {hon1}/{hons1}/{kin1}/{mb1} the honorific or kin
# word that fits the person; {hp1} mobile (hpb block, hpd dashes, hps spaces, hpt dots, hpi +62,
# hpk 62, hpo letters for digits, hpn over a line, hpu underscores or bullets; hpm and hpx masked
# by an app, never labelled), {hq1} a second mobile; {tel1} home landline; {nik1} (nikb, niks
# fours, nikt dots, niko letters, nikn over a line, nikc commas, nikp pairs), {kk1} ({kkb1},
# {kks1}); {np1} NPWP (npd dotted, npb block, nps spaced groups, npz 0 and the old number, npn the
# NIK, npt NITKU, npo a scan, npl over a line, npm one mark between groups); {bpjs1} ({bpjss1}
# groups, {bpjsva1} the self-paid member's VA); {em1} (emp plain, emx dodged, emn over a line, emc
# a comma for the dot, emq a second mailbox, emk the person's own at the city's offices); {bank1}
# {acc1}, {accm1} an app's masked account, {app1} the bank's app, {bankd1} its domain; {ad1}
# street and number, {adr1} with RT/RW, {rt1} RT/RW alone, {rtn1} RT alone, {est1} an estate's
# block, {kel1}; {pl1}; {msk1} a name masked by an app; {vap1} a wallet's top-up VA holding the
# person's mobile; {pnip1} a civil servant's number; {anggota1} a member's number; {umur1}.
# Shop i (a business; T(..., S=) gives its kinds): {sh1} {shw1} {shwa1} {shwab1} {shtel1} {shm1}
# {shig1} {shjl1} {shbank1} {shacc1} {shnp1} {shnpd1} {shnmid1}. Company i: {cv1} {cvn1} {cvb1}
# {cvz1} {cvt1} {cvm1} {cvtel1} {cvwa1} {cvjl1} {cvbank1} {cvacc1}. Office i: {of1} {ofs1} {ofm1}
# {oftel1} {ofwa1} {ofjl1} {ofnp1} (its treasurer's NPWP).
# Look-alikes (never labelled): {kur1} courier with {resi1} {resix1} {resiy1} {resiz1}, {kurh1},
# {kurmail1}, {kurcc}; {mk1} market with {order1} {mkd1} {mkh1} {mks1}, {mkb1} a market taking
# bills; {ride} {wal} {wald} {opr} {opd} {opcc} {motor} {paket} {idpel} {meter} {token} {samb}
# {inv} {kw} {va} {vax} {ref} {trx} {rrn} {imei} {imeix} {iccid} {otp} {pin} {rp} {rpb} {rps}
# {rpt} {rptt} {rbt} {rpair} {rpl} {rpo} {rpk} {rpg} {rpang} {rpden} {sisa} {rb} {tgl} {tglf}
# {day} {dayl} {bln} {rom} {t} (a clock that moves on; {pagi} {siang} {sore} {malam} set it)
# {jam} {voucher} {promo} {kwh} {ppj} {daya} {faktur} {nop} {tiket} {nib} {npwpb} {bh} {scam}
# {scamb} {short} {num} {kubik} {stand} {gb} {km} {kode} {nmid} {pdamtel} {waof} {pjl} {kelx}
# {tempat} {tempatx} {link} {shot} {hdl} {rev} {zip} {coop} {pinjol} {pinjolx} {pslug} {accx}
# {bankx} {trade} {ord1} {ordp1} {prod} {produ} {prodp}; invoice lines {itn1} {itq1} {itu1}
# {ith1} {itj1} and their {sum} {ppn} {pph} {grand}.

TEMPLATES: list[tuple] = []

# ---------------------------------------------------------------- sms_caps

TEMPLATES += [
    T(
        "sms_caps",
        "electricity",
        """
KOTKUPANG «SY¦SAYA» [[n:{N1}]] «WARGA¦DARI» [[a:{RT1}]] KEL {KEL1}. TGL {TGL} SY BELI TOKEN LISTRIK {RPT} LWT «BRIMO¦DANA¦SHOPEE¦ALFAMART OEBUFU» TP SAMPE SKRG TOKEN «TDK MASUK¦BLM MASUK¦GAGAL TRS». NO METER {METER}, ID PEL {IDPEL}, NO REF {REF}. SDH TLP PLN 123 DISURUH TUNGGU 1X24 JAM. «LAMPU SDH MATI DR SEMALAM¦METERAN BUNYI TIT TIT TRS¦ANAK2 MAU BELAJAR GELAP». «MHN¦TLG» DIBANTU. «HP¦WA» [[p:{hp1}]]«¦ EMAIL [[e:{EMX1}]]»
""",
    ),
    T(
        "sms_caps",
        "water",
        """
KOTKUPANG PDAM. TAGIHAN AIR BLN {BLN} SY {RPAIR} PADAHAL AIR MATI «2 MGG¦SDH 3 MINGGU¦HAMPIR SEBULAN», KLUAR CUMA ANGIN. METER JALAN TRS. NO SAMB {SAMB} A.N. [[n:{N1}]]«, ¦ »[[a:{ADR1}]] KEL. {KEL1}. TLP KANTOR PDAM {PDAMTEL} «TDK ADA YG ANGKAT¦SIBUK TRS¦TDK AKTIF». SY BELI AIR TANGKI «RP 150RB¦175 RIBU¦RP 200.000» SEKALI ISI. «MOHON¦MHN» DICEK. [[n:{G1}]] [[p:{hpo1}]]
""",
    ),
    T(
        "sms_caps",
        "mobile_operator",
        """
«KOTKUPANG¦KOTKUPANG KELUHAN» PULSA SY «HILANG¦TERPOTONG» TRS {RPS} TIAP HARI KRN ADA SMS DR {SHORT} «REG KONTEN¦LANGGANAN GAME¦RBT LAGU» PADAHAL SY TDK PERNAH DAFTAR. SDH KETIK UNREG KE {SHORT} TP MSH POTONG. «TLP 188 DISURUH DTG KE GRAPARI BAWA KTP¦CS {OPR} BILANG HRS KE GERAI BAWA KTP». NO YG KENA [[p:{hp1}]] A.N. [[n:{N1}]]. «NOMOR INI SDH 10 THN SY PAKAI, BARU PINDAH KARTU KE {OPR} TP NOMOR TETAP.¦HP SY «BARU¦DR SODARA», IMEI {IMEI}, KATANYA BLM TERDAFTAR JD SINYAL «HILANG¦CUMA SOS».» TLG DIBANTU
""",
    ),
    T(
        "sms_caps",
        "ride_food",
        """
KOTKUPANG SY MAU LAPOR DRIVER {RIDE} A.N. [[n:{N2}]] PLAT [[pl:{PL2}]] {MOTOR}. «TGL {TGL} JAM {JAM}¦TADI MALAM JAM «20.15¦21.30¦19.45¦22.10»» ANTAR SY DR {TEMPAT} KE RUMAH, ONGKOS DI APLIKASI «18RB TP DIA MINTA 40RB¦RP 22.000 TP MINTA 50 RIBU¦15RB, DIA MINTA 35RB». KODE ORDER {KODE}. SY TDK MAU BAYAR DIA MARAH2 «DI DEPAN RUMAH¦DEPAN GANG». NO DIA [[p:{hp2}]]. SY [[n:{N1}]] «HP¦NO HP» [[p:{hp1}]]
""",
        M=(2,),
    ),
    T(
        "sms_caps",
        "electricity",
        """
KOTKUPANG SY BELI TOKEN {RPT} DI KIOS DEPAN {TEMPAT}, DPT TOKEN {TOKEN} TP WKT DIMASUKKAN KELUAR «TULISAN GAGAL¦REJECT¦PERIKSA». NO METER {METER}, ID PEL {IDPEL}, DAYA {DAYA}. STRUK TULIS {KWH}. KIOS BILANG HRS LAPOR KE PLN 123 ATAU APLIKASI PLN MOBILE, SDH LAPOR NO TIKET {TIKET} TP «BLM ADA KABAR¦TDK ADA PETUGAS DTG» {NUM} HARI. «PLN TOLONG PERHATIKAN¦TRIMS»
""",
    ),
    T(
        "sms_caps",
        "e_wallet",
        """
KOTKUPANG HATI2 ADA SMS DR {SCAM} BILANG SALDO «DANA¦OVO» SY DPT HADIAH {RPB}, DISURUH KLIK {LINK} LALU MASUKKAN PIN. «TRS¦HBS ITU» ADA YG TLP DR {SCAM2} NGAKU CS «DANA¦OVO» MINTA KODE OTP {OTP}. SY TDK KASI. «TOLONG DIBLOKIR NOMOR2 INI¦MHN DITINDAK», BANYAK ORANG TUA DI KAMPUNG KENA «SALDO HABIS¦TERTIPU {RPB}». CS RESMI DANA CUMA 1500445, OVO 1500696
""",
    ),
    T(
        "sms_caps",
        "trader_invoice",
        """
KOTKUPANG SY [[n:{N1}]], PEDAGANG KECIL «USAHA PERORANGAN, SUPLAI «SNACK RAPAT¦NASI KOTAK¦AIR GALON»¦JUAL KUE DI RUMAH, SUPLAI SNACK RAPAT» KE {OFS2} SEJAK {BLN}. NOTA NO {INV} {RP} BLM DIBAYAR. BENDAHARA MINTA NPWP, SY KASI [[npwp:«{npd1}¦{nps1}¦{npb1}»]] TP KATANYA HRS 16 DIGIT, JD SY KASI NIK SY [[npwp:{npn1}]] SBG NPWP. SKRG KATANYA TUNGGU EFAKTUR. «BUKTI POTONG DIKIRIM KE EMAIL SY [[e:{EMP1}]]¦EMAIL SY [[e:{EMX1}]] TDK TERIMA APA2». MHN DIBANTU. HP [[p:{hp1}]]
""",
    ),
    T(
        "sms_caps",
        "mobile_operator",
        """
KOTKUPANG INI SMS DARI {OPR} YG SY TERIMA TIAP HARI: "INFO: SISA KUOTA ANDA {GB} BERLAKU S/D {TGLF} 23:59. PERPANJANG {PAKET} HANYA {RPS}, KETIK REG KIRIM KE {SHORT}. CS {OPCC}". «SY TDK PERNAH DAFTAR TP PULSA {RPS2} HILANG¦PULSA TERPOTONG {RPS2} PADAHAL TDK PAKAI». PELANGGAN LAIN DI {KELX} JG SAMA. NO TIKET {TIKET}. TLG {OPR} DITEGUR
""",
    ),
]


# ---------------------------------------------------------------- wa_chat

TEMPLATES += [
    T(
        "wa_chat",
        "bank_transfer",
        """
«{sore}[{day} {t}] [[n:{c1}]]: Selamat sore kak¦{malam}[{day} {t}] [[n:{c1}]]: Selamat malam kak», {prod} masih ada ko?
[{day} {t}] [[n:{c2}]]: Ada kak, {produ} {prodp}. Mau ambil brp?
[{day} {t}] [[n:{c1}]]: 2 kak. Bisa antar ko? Alamat sa [[a:{adr1}]], «dekat {tempat}¦samping gereja¦masuk lorong depan kios pulsa», Kel. {kel1}
[{day} {t}] [[n:{c2}]]: Bisa kak, ongkir 10rb. Transfer ke {bank2} [[b:{acc2}]] a.n. [[n:{n2}]] ya kak. Nanti sa pung «adik¦ponakan» yg antar, «dia pung nomor¦nomornya» [[p:{hp3}]] «(a.n. [[n:{g3}]])¦nama [[n:{g3}]]»
[{day} {t}] [[n:{c1}]]: Su transfer kak, ini buktinya. No ref {ref}. Kalo «adik¦dia» su sampe tlpn sa di [[p:{hp1}]] e, bel rusak
[{day} {t}] [[n:{c2}]]: Siap kak, makasih banyak 🙏
""",
    ),
    T(
        "wa_chat",
        "ride_food",
        """
Ini chat sy dgn driver «GrabFood¦GoFood¦Maxim Food» tadi malam, pesanan {kode} dari «Se'i Babi Aroma¦Ayam Geprek Oebobo¦Bakso Solo Kuanino¦Martabak Bangka Oesapa»:

Driver ([[n:{n2}]] • [[pl:{pl2}]]): Kak sa su di depan, rumah yg mana?
Saya: [[a:{ad1}]], pagar «hijau¦biru» kak
Driver: Kak sa tunggu 15 menit ni, makanan su dingin. Tlpn kakak sonde angkat
Saya: Sa sonde dapat tlpn apa2 kak. Nomor sa [[p:{hp1}]]
Driver: Ok sa cancel sa e

Akhirnya pesanan dibatalkan «tp¦padahal» saldo {wal} sa {rp} su terpotong. Nomor driver di aplikasi [[p:{hp2}]], sy WA sonde dibalas. Mohon «dikembalikan¦dibantu». «Sy¦Saya» [[n:{n1}]]
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "courier",
        """
{siang}[{day} {t}] Kurir [[n:{g2}]] {kur1}: Selamat siang, paket a.n. [[n:{N1}]] «resi¦no resi» {resi1} alamat «[[a:{ADR1}]]¦[[a:{RT1}]] KEL. {KEL1}» betul? Sa sonde dapat rumahnya
[{day} {t}] [[n:{c1}]]: Iya kak betul. Rumah sa di belakang {tempat}, cat kuning
[{day} {t}] Kurir [[n:{g2}]] {kur1}: COD {rpg} ya kak, siapkan uang pas
[{day} {t}] [[n:{c1}]]: Loh sa su bayar pake {wal} kak, bukan COD. Order {order1} di {mk1}
[{day} {t}] Kurir [[n:{g2}]] {kur1}: Di resi tertulis COD kak. Kalo mau komplain ke CS {kur1} sa, atau kakak telpon sa pung «koordinator¦korlap» [[p:{hp3}]] (Pak [[n:{g3}]])
[{day} {t}] [[n:{c1}]]: Ok kak, nanti sa telpon
""",
        M=(2, 3),
    ),
    T(
        "wa_chat",
        "cooperative_loan",
        """
{pagi}[{day} {t}] Mama [[n:{g2}]]: Selamat pagi Ibu, angsuran ke-{num} su jatuh tempo «kemarin¦hari ini» e. {rpang} tambah denda {rpden}
[{day} {t}] [[n:{c1}]]: Pagi Mama, maaf sa baru gajian minggu depan. Boleh mundur ko?
[{day} {t}] Mama [[n:{g2}]]: Sonde bisa Ibu, koperasi pung aturan begitu. Transfer sa ke rek sa pribadi {bank2} [[b:{acc2}]] a.n. [[n:{n2}]], nanti sa setor ke kantor
[{day} {t}] [[n:{c1}]]: Mama, kenapa bukan ke rek koperasi? Kemarin Pak Ketua bilang harus lewat rek koperasi atau bayar di kantor, ada kwitansi
[{day} {t}] Mama [[n:{g2}]]: Sama sa Ibu. Kalo sonde bayar minggu ini sa datang ke rumah
[{day} {t}] [[n:{c1}]]: Nanti sa bayar di kantor sa. Trus KTP sa «[[nik:{nik1}]]¦yg NIK [[nik:{nikb1}]]¦NIK [[nik:{nikc1}]]» masih di Mama to, kapan kembalikan? Itu bukan jaminan
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "electricity",
        """
[{day} {t}] mama: Kaka, token listrik su bunyi. Beli dolo {rbt}
[{day} {t}] kaka: Iya ma, sa beli lewat {wal} ni. ID pel berapa?
[{day} {t}] mama: Liat di meteran sa, {meter}. Eh salah itu nomor meter. ID pel {idpel}
[{day} {t}] kaka: Su. Token {token}, {kwh}. Masukkan sekarang e
[{day} {t}] mama: Su masuk. Paket dari {mk1} ju su sampe, resi {resi1}. Kurir minta ongkir lagi {rpk}, sa kasi sa
[{day} {t}] kaka: Mama sonde usah kasi, su gratis ongkir. Nanti sa komplain di aplikasi. Besok sa pulang @ jam {jam}
""",
    ),
    T(
        "wa_chat",
        "marketplace",
        """
[{day} {t}] {SH1}: 🔥PROMO GAJIAN🔥 Pulsa & kuota murah! {paket} cuma {rps}. Token PLN semua nominal, admin 2rb. Order ketik TOKEN#ID PEL#NOMINAL kirim ke WA {shwa1}
[{day} {t}] {SH1}: Contoh: TOKEN#{idpel}#100000. Transfer {shbank1} {shacc1} a.n. {SH1}, QRIS juga bisa (NMID {shnmid1})
[{day} {t}] Admin Grup: Maaf, grup ini khusus info pemadaman PLN. Promo jualan di grup sebelah e
[{day} {t}] Admin Grup: Info: padam terencana {tglf} jam 09.00-15.00 WITA, penyulang «Oesapa¦Liliba¦Kuanino» 20 kV. Pengaduan PLN 123
[{day} {t}] {SH1}: Siap admin 🙏 @ semua maaf e
""",
        S={1: ("Counter", "Kios Pulsa", "Konter")},
    ),
    T(
        "wa_chat",
        "trader_invoice",
        """
{pagi}[{day} {t}] {hons2} [[n:{g2}]] Bendahara {ofs3}: Selamat pagi {mb1}, utk pencairan nota «snack rapat¦nasi kotak¦ATK» bulan {bln} mohon kirim NPWP, no rekening deng email e
[{day} {t}] [[n:{c1}]]: Pagi {hons2}. NPWP sa [[npwp:«{npd1}¦{npn1}¦{npz1}¦{nps1}»]] (usaha perorangan), rek {bank1} [[b:{acc1}]] a.n. [[n:{n1}]], email [[e:«{emp1}¦{emx1}¦{emc1}»]]
[{day} {t}] {hons2} [[n:{g2}]] Bendahara {ofs3}: Ok, sa catat. Scan nota deng kwitansi bermaterai kirim ke email kantor {ofm3} sa e, jangan ke email pribadi sa. NPWP bendahara kami {ofnp3} untuk e-Bupot
[{day} {t}] [[n:{c1}]]: Siap {hons2}. Nota no {inv} total {rp}. Kalo ada kurang telpon sa di [[p:{hp1}]]
[{day} {t}] {hons2} [[n:{g2}]] Bendahara {ofs3}: 👍
""",
    ),
    T(
        "wa_chat",
        "courier",
        """
{siang}[{day} {t}] Admin {sh1}: Selamat siang kak, mau request pickup {num} paket hari ini, alamat gudang {shjl1}
[{day} {t}] {kur1} Pickup Kupang: Siang kak. Mohon kirim kode booking dan berat total ya
[{day} {t}] Admin {sh1}: Kode booking {kode}, total «12¦15¦8,5¦21» kg. Resi {resi1}, {resix1}, {resiy1}
[{day} {t}] {kur1} Pickup Kupang: Noted kak, kurir datang @ 15.00-17.00. Tagihan ongkir «Rp 384.000¦Rp 512.000¦Rp 276.000» ditransfer ke VA {va} sebelum «14.00¦15.00» WITA
[{day} {t}] Admin {sh1}: Siap. Kalo kurir telat kami hubungi CS {kurcc} e
[{day} {t}] {kur1} Pickup Kupang: Boleh kak, atau email {kurmail1} 🙏
""",
    ),
]


# ---------------------------------------------------------------- marketplace_review

TEMPLATES += [
    T(
        "marketplace_review",
        "marketplace",
        """
Ajukan Pengembalian Barang/Dana
Pesanan: {order1} ({mk1})
Produk: «Rice cooker 1,8 L x1 @ Rp «289.000¦315.500¦342.000»¦Sepatu sekolah hitam no 38 x1 @ Rp «129.000¦145.000»¦Kipas angin berdiri 16 inch x1 @ Rp «248.000¦275.900»¦Powerbank 20.000 mAh x1 @ Rp «179.000¦215.000»¦Setrika listrik x1 @ Rp «119.000¦156.500»»
Alasan: «Barang rusak¦Barang tidak sesuai pesanan¦Barang tidak berfungsi»
Deskripsi: Barang datang «penyok¦mati total¦salah ukuran¦warna beda», dus sobek. Video unboxing sdh sy lampirkan. Sy minta refund ke «ShopeePay¦saldo akun» sy, bukan voucher. Kalo perlu hubungi sy di [[p:{hp1}]] (WA) atau email [[e:«{emp1}¦{emx1}»]]. Paket dikirim {kur1} resi {resi1}, diterima «tetangga¦ipar» sy [[n:{n2}]] krn sy kerja.
Alamat pengiriman:
[[n:{n1}]] | [[p:{hpk1}]]
[[a:«{adr1}¦{est1}»]], Kel. {kel1}, Kota Kupang, Nusa Tenggara Timur {zip}
""",
    ),
    T(
        "marketplace_review",
        "bank_transfer",
        """
⭐⭐ «Kecewa¦Kapok beli online¦Hati-hati». Beli «HP bekas dari akun @{hdl}, katanya mulus, ternyata IMEI {imei} terblokir. Akunnya ternyata pribadi, namanya [[n:{n2}]]. Sy su transfer «Rp 2.350.000¦Rp 3.100.000¦1,8 jt»¦laptop bekas dari akun @{hdl}, katanya normal, ternyata LCD bergaris. Akunnya ternyata pribadi, namanya [[n:{n2}]]. Sy su transfer «Rp 4.500.000¦Rp 3.750.000¦5 jt»¦kulkas 2 pintu dari akun @{hdl}, katanya dingin, ternyata freon bocor. Akunnya ternyata pribadi, namanya [[n:{n2}]]. Sy su transfer «Rp 1.650.000¦Rp 2.000.000»» ke rek {bank2} [[b:{acc2}]] a.n. [[n:{n2}]], «dia¦orangnya» janji ganti tp sampai skrg tdk ada. Dia pung WA [[p:{hp2}]] skrg blokir sy. Yg mau beli hati2.
- [[n:{g1}]], {kel1}
""",
    ),
    T(
        "marketplace_review",
        "courier",
        """
Chat dengan CS {mk1}
Saya: Paket sy «hilang¦tdk sampai», status «terkirim¦delivered» tgl {tgl} tp sy tdk terima. Resi {kur1} {resi1}. Foto bukti kirim bukan rumah sy. Penerima tertulis "[[n:{N2}]]", sy tdk kenal.
CS: Mohon maaf atas ketidaknyamanannya Kak. Boleh dibantu nama, nomor HP dan alamat lengkap penerima?
Saya: [[n:{n1}]], [[p:{hp1}]], [[a:«{adr1}¦{est1}»]] Kel. {kel1}
CS: Terima kasih Kak [[n:{g1}]]. Laporan sudah kami teruskan ke tim logistik dengan nomor tiket {tiket}, estimasi 3x24 jam. Update akan dikirim ke email [[e:{emp1}]] dan notifikasi aplikasi.
Saya: Ok, sy tunggu. Tolong jgn ditutup sebelum uang {rpg} kembali
""",
    ),
    T(
        "marketplace_review",
        "e_wallet",
        """
Ulasan Google Play • [[n:{n1}]] • ★☆☆☆☆ • {tgl}
Saldo {wal} sy {rp} «hilang¦terpotong» tanpa transaksi. Akun sy [[p:{hp1}]] tiba2 logout, pas masuk lagi saldo tinggal «0¦Rp 1.250». CS minta foto KTP + selfie, sy kirim KTP «NIK [[nik:{nik1}]]¦dgn NIK [[nik:{niks1}]]» tp sampe skrg tdk ada kabar, cuma dibalas "sedang diproses" tiket {tiket}. Tolong «diperbaiki¦dikembalikan». Sy tdk pernah kasi OTP ke siapa2.
Tanggapan developer: Hai Kak [[n:{g1}]], mohon maaf atas kendalanya. Silakan cek email dari noreply@{wald} untuk update tiket dan pastikan email di akun sudah benar (format seperti nama@example.com). Tim kami tidak pernah meminta PIN/OTP.
""",
    ),
    T(
        "marketplace_review",
        "marketplace",
        """
Ulasan dari {rev} • ★★★★★ • Variasi: «Hitam, XL¦Merah, M¦Coklat, 40»
Mantap! Pesan {num} pcs @ {rps}, sampai dalam 2 hari pake {kur1} (resi {resi1}). Packing rapi, bonus stiker. Seller fast respon, chat jam 22.00 tetap dibalas. No pesanan {order1}. Pasti repeat order di @{shig1} 👍 Kode voucher {voucher} masih bisa dipake, diskon «5rb¦10rb¦Rp 7.500». Yg mau tanya2 DM aja ke IG seller ya, jgn ke sy 😅
Ulasan dari {rev2} • ★★★☆☆
Barang ok tp ongkir ke Kupang «Rp 38.000¦Rp 45.000¦Rp 52.000», hampir sama dgn harga barang. Sampe @ «20.15¦21.40¦19.30» malam, kurir baik.
""",
    ),
    T(
        "marketplace_review",
        "marketplace",
        """
Balasan Penjual ({SH1}): Halo Kak, mohon maaf atas kendalanya 🙏 Untuk pesanan {order1} sudah kami cek, barang dikirim {tgl} via {kur1} resi {resi1} dalam kondisi baik (ada video packing). Silakan ajukan pengembalian lewat fitur Komplain maks 2x24 jam atau hubungi CS kami WA {shwa1} (Senin-Sabtu 08.00-17.00) / email {shm1}. Mohon jangan transfer ke rekening selain pembayaran resmi {mk1} ya Kak, hati-hati penipuan yang mengatasnamakan toko kami. Terima kasih 🙏
""",
        S={1: ("Toko", "Toko Elektronik", "Grosir")},
    ),
    T(
        "marketplace_review",
        "marketplace",
        """
Komplain ke {mk1} - pesanan {order1}
Sy bayar lewat VA {va} tgl {tgl} {rpg}, uang sdh keluar dr rekening tp status pesanan masih "Belum Dibayar" dan pesanan dibatalkan otomatis. Bukti transfer ref {ref} sdh sy upload. Penjual ({sh2}) bilang hubungi {mk1} sj, email toko {shm2} tdk dibalas.
Mohon pengembalian dana ke rekening sy {bank1} [[b:{acc1}]] a.n. [[n:{n1}]] atau saldo akun. Balasan kirim ke email [[e:«{emp1}¦{emx1}¦{emn1}»]], jgn ke no-reply. Kontak [[p:{hp1}]].
""",
        S={2: ("Toko", "Toko Elektronik", "Grosir")},
    ),
    T(
        "marketplace_review",
        "courier",
        """
Diskusi Produk
Tanya ({rev}): Kak, bisa kirim ke Kupang? Ongkir @ berapa? Sy di {kelx}
Jawab (Penjual): Bisa kak, via {kur1} reguler {rpk}/kg, estimasi 5-7 hari. Pengiriman tiap hari @ 16.00 WIB, resi keluar malamnya. Contoh resi minggu lalu ke Kupang: {resi1}
Tanya ({rev2}): Kak ready warna hitam? Sy mau {num} pcs, ada grosir?
Jawab (Penjual): Ready kak. Grosir min 12 pcs @ {rps}. Pakai kode {promo} diskon 5%. Info lengkap IG @{shig1} ya kak
""",
    ),
]


# ---------------------------------------------------------------- receipt_invoice

TEMPLATES += [
    T(
        "receipt_invoice",
        "trader_invoice",
        """
NOTA / INVOICE
No: {inv}      Tgl: {dayl}
Dari   : [[n:{N1}]] «(usaha perorangan)
Alamat : [[a:{ADR1}]]¦(usaha perorangan)
Alamat : [[a:{ADR1}]] (RUMAH SENDIRI)¦(usaha perorangan, {SHW1})
Alamat : [[a:{ADR1}]] (RUMAH SENDIRI)», KEL. {KEL1}, KOTA KUPANG
NPWP   : [[npwp:«{npd1}¦{npb1}¦{nps1}¦{npn1}¦{npm1}¦{npz1}¦{npo1}»]]
HP/WA  : [[p:{hp1}]]
Kepada : Bendahara Pengeluaran {OF1}
NPWP Bendahara : {ofnp1}

No | Uraian | Vol | Harga Satuan | Jumlah
1 | {itn1} | {itq1} {itu1} | {ith1} | {itj1}
2 | {itn2} | {itq2} {itu2} | {ith2} | {itj2}
3 | {itn3} | {itq3} {itu3} | {ith3} | {itj3}
TOTAL Rp {sum}

Pembayaran ke {bank1} [[b:{acc1}]] a.n. [[n:{N1}]]
Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "receipt_invoice",
        "trader_invoice",
        """
KWITANSI
No. {kw}
Sudah terima dari : Bendahara «{of1}¦BOS {of1}»
Untuk pembayaran  : {itn1} ({itq1} {itu1} x Rp {ith1}) kegiatan tgl {tgl}
Uang sejumlah     : Rp {itj1},-
Pajak             : PPh «Pasal 22¦Pasal 23» dipotong Rp {pph}

Kupang, {dayl}
Yang menerima,
(materai 10.000)

[[n:{n1}]]
NIK  : [[nik:«{nikb1}¦{niks1}¦{nikt1}»]]
NPWP : [[npwp:«{npd1}¦{npn1}¦{npt1}¦{nps1}¦{npl1}»]]
Rek. {bank1} [[b:{acc1}]]
HP «[[p:{hp1}]]¦[[p:{hpd1}]]¦[[p:{hpn1}]]»
""",
    ),
    T(
        "receipt_invoice",
        "water",
        """
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
{pjl} Telp. {pdamtel}
REKENING AIR - «BULAN¦BLN» {BLN} 2026
«No. Sambungan¦N0. Sambungan¦No Samb» : {samb}
«Nama¦N a m a¦NAMA» : [[n:{N1}]]
«Alamat¦A1amat¦ALAMAT» : [[a:{ADR1}]]
Gol. Tarif : R2 (Rumah Tangga)
Stand Meter : {stand}   Pemakaian : {kubik} m3
Biaya Beban : Rp 10.000   Denda : Rp 0
Total Tagihan : {RPAIR}
Bayar paling lambat tgl 20 di loket PDAM, Bank NTT, Kantor Pos atau aplikasi. Pengaduan: {pdamtel2} / WA {waof}
«Catatan tulis tangan: sdh bayar {tgl}, tp msh tagih. [[n:{g1}]] [[p:{hpo1}]]¦»
""",
    ),
    T(
        "receipt_invoice",
        "trader_invoice",
        """
Faktur Pajak
Kode dan Nomor Seri Faktur Pajak : {faktur}
Pengusaha Kena Pajak
Nama    : {CV1}
Alamat  : {CVJL1}, KOTA KUPANG
NPWP    : {cvn1}
Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak
Nama    : [[n:{N2}]]
Alamat  : [[a:{ADR2}]], KUPANG
NPWP    : [[npwp:«{npn2}¦{npd2}»]]
NITKU   : [[npwp:{npt2}]]
No | Nama Barang Kena Pajak | Harga Jual
1 | {itn1} {itq1} x Rp {ith1} | {itj1}
2 | {itn2} {itq2} x Rp {ith2} | {itj2}
Dasar Pengenaan Pajak : {sum}
PPN : {ppn}
KUPANG, {dayl}
[[n:{N3}]]
«Direktur¦Pimpinan»
""",
    ),
    T(
        "receipt_invoice",
        "electricity",
        """
{SH1}
{SHJL1}
TELP/WA {shwa1}
NPWP : {shnp1}
--------------------------------
STRUK PEMBELIAN LISTRIK PRABAYAR
NO METER   : {meter}
IDPEL      : {idpel}
NAMA       : {MSK1}
TARIF/DAYA : {daya}
NO REF     : {ref}
RP BAYAR   : {RPT}
ADMIN BANK : RP 2.500
PPJ        : {ppj}
JML KWH    : {kwh}
STROOM/TOKEN : {token}
--------------------------------
Informasi Hubungi Call Center 123
KASIR: 02   {day} {jam}
""",
        S={1: ("Counter", "Kios", "Toko")},
    ),
    T(
        "receipt_invoice",
        "trader_invoice",
        """
{CV1}
{CVJL1}, Kupang - Telp. {cvtel1} - Email {cvm1}
NPWP {cvn1} / NITKU {cvt1}

INVOICE No. {inv}
Kepada Yth. Pejabat Pembuat Komitmen
{of1}
{ofjl1}
NPWP Bendahara {ofnp1}

Pekerjaan : Pengadaan {itn1} dan {itn2}
No. SPK   : 027/{num}/SPK/{bln}/2026
1. {itn1}  {itq1} {itu1} x Rp {ith1} = Rp {itj1}
2. {itn2}  {itq2} {itu2} x Rp {ith2} = Rp {itj2}
Jumlah Rp {sum}
PPN Rp {ppn}
Total Rp {grand}
Mohon ditransfer ke rekening giro {cvbank1} {cvacc1} a.n. {CV1}.
Hormat kami,
Direksi
""",
    ),
    T(
        "receipt_invoice",
        "cooperative_loan",
        """
{COOP}
Badan Hukum No. {bh} · {pjl}
NPWP {npwpb}
BUKTI SETORAN ANGSURAN
No. {kw}        Tgl {day}
Nama Anggota : [[n:{N1}]]
No. Anggota  : {anggota1}
NIK          : [[nik:«{nikb1}¦{niko1}¦{niks1}¦{nikn1}»]]
Alamat       : [[a:«{ADR1}¦{RT1}»]]
Pinjaman ke-{num}, angsuran ke-{num2} dari 12
Denda        : {rpden}
Total setor  : {rpang}
Sisa pinjaman: {sisa}
Kasir : [[n:{g2}]]
Simpan bukti ini. Pembayaran hanya di kantor atau rek koperasi Bank NTT {accx} a.n. {COOP}.
""",
    ),
    T(
        "receipt_invoice",
        "mobile_operator",
        """
{SH1}
{SHJL1} · WA {shwa1}
NOTA SERVIS No. {inv}
Tgl masuk: {tgl}   Tgl ambil: {tglf}
Unit   : «Samsung A12¦Oppo A16¦Xiaomi Redmi 10¦Vivo Y21»
IMEI 1 : {imei}
IMEI 2 : {imeix}
Keluhan: «LCD pecah¦tidak bisa cas¦sinyal hilang setelah ganti SIM¦mati total kena air»
Biaya  : {rp}   DP : Rp 50.000
Garansi 30 hari (segel tidak rusak). Barang tidak diambil 3 bulan di luar tanggung jawab kami.
""",
        S={1: ("Counter", "Konter")},
    ),
]


# ---------------------------------------------------------------- payment_confirmation

TEMPLATES += [
    T(
        "payment_confirmation",
        "bank_transfer",
        """
{app1}
Transaksi Berhasil
{dayl} • {jam} WITA
No. Ref {ref}
Sumber Dana
[[n:{N1}]]
{bank1} {accm1}
Tujuan
[[n:{N2}]]
{bank2} [[b:{acc2}]]
Nominal {rp}
Biaya Admin Rp «0¦2.500¦6.500»
Catatan: «bayar arisan¦cicilan motor¦uang kos {bln}¦titip beli sembako¦bayar sewa tenda»
«¦
Om [[n:{g2}]], ini bukti transfer e. Tolong cek dolo.¦
Kaka, su transfer. Kalo su masuk WA sa di [[p:{hp1}]] e»
""",
    ),
    T(
        "payment_confirmation",
        "e_wallet",
        """
DANA
Kirim Uang Berhasil
Ke [[n:{N2}]]
DANA • [[p:{hpd2}]]
Jumlah {rp}
Metode: Saldo DANA
ID Transaksi {trx}
{dayl} {jam}
Pesan: «utk beli obat¦ganti uang bensin¦uang sekolah ade¦bayar listrik»

Ma, sa su kirim ke DANA Mama pung nomor [[p:{hp2}]] e. Kalo sonde masuk tlpn sa di [[p:{hp1}]]. Jang kasi tau kode OTP ke orang lain
""",
        F=(2,),
    ),
    T(
        "payment_confirmation",
        "marketplace",
        """
QRIS • Pembayaran Berhasil
Merchant: «[[n:{N2}]]¦KIOS [[n:{N2}]]¦LAPAK [[n:{N2}]] PASAR KASIH»
NMID: {nmid}
Terminal ID: A01
Nominal {rps}
RRN {rrn}
Dibayar dengan {wal}
{dayl} {jam}

Kaka [[n:{g2}]], sa su bayar pake QRIS e, «2 ikat sayur deng 1 kg tomat¦ikan kombong 3 ekor¦beras 5 kg». Tolong simpan dolo, nanti sore sa ambil. [[n:{g1}]]
""",
    ),
    T(
        "payment_confirmation",
        "e_wallet",
        """
Top Up GoPay
Status: «Menunggu¦Gagal¦Diproses»
Ke akun: [[n:{n1}]] ({hpm1})
Metode: BCA Virtual Account {vap1}
Jumlah {rp} + biaya Rp 1.000
{dayl} {jam}

Saldo belum masuk padahal di m-BCA sudah terpotong (No. Ref {ref}). Sdh chat CS, tiket {tiket}, katanya tunggu 3x24 jam. Ini sdh «4 hari¦seminggu». Mohon dibantu. «Salam¦Trims», [[n:{g1}]]
""",
    ),
    T(
        "payment_confirmation",
        "electricity",
        """
Pembayaran Berhasil ✅
PLN Prabayar
Nomor Meter {meter}
ID Pelanggan {idpel}
Nama {MSK1}
Tarif/Daya {daya}
Nominal {rpt}
Biaya Admin Rp 2.500
Total Bayar {rptt}
Token Listrik
{token}
{kwh}
No. Referensi {ref}
{dayl}, {jam} WITA
Simpan bukti ini. Info: PLN Mobile / Call Center 123
""",
    ),
    T(
        "payment_confirmation",
        "water",
        """
Tagihan PDAM Kota Kupang
Status: Berhasil
No. Pelanggan {samb}
Nama Pelanggan {MSK1}
Periode {bln} 2026
Pemakaian {kubik} m³
Tagihan {rpair}
Biaya Admin Rp «2.500¦3.000»
Dibayar lewat {mkb1} ({wal})
ID Transaksi {trx}
No. Invoice {order1}
{dayl} {jam}
Butuh bantuan? Pusat Bantuan {mk1} atau pengaduan PDAM {pdamtel}
""",
    ),
    T(
        "payment_confirmation",
        "bank_transfer",
        """
Pembayaran Berhasil
BPJS Kesehatan
Nomor VA      : {bpjsva2}
Nama Peserta  : [[n:{N2}]]
Periode       : {bln} 2026
«Jumlah Peserta: 3 orang
Total Bayar   : Rp 105.000¦Jumlah Peserta: 4 orang
Total Bayar   : Rp 140.000¦Jumlah Peserta: 2 orang
Total Bayar   : Rp 70.000»
No. Ref       : {ref}
{dayl} {jam}

«Ma, iuran BPJS «bulan ini¦{bln}» su sa bayar e. No kartu mama¦Tanta, iuran BPJS «bulan ini¦{bln}» su sa bayar e. No kartu tanta» [[bpjs:«{bpjs2}¦{bpjss2}»]], kalo ke puskesmas bawa KTP sa. Kalo ada apa2 tlpn sa [[p:{hp1}]]. [[n:{g1}]]
""",
        F=(2,),
    ),
    T(
        "payment_confirmation",
        "marketplace",
        """
BRImo - Pembayaran BRIVA Berhasil
Nomor BRIVA   : {va}
Nama          : «TOKOPEDIA¦SHOPEE INDONESIA¦LAZADA¦BLIBLI»
Keterangan    : Pembayaran {order1}
Nominal       : {rpg}
Biaya Admin   : Rp 1.000
No. Ref       : {ref}
Waktu         : {dayl} {jam} WITA
Simpan resi ini sebagai bukti pembayaran yang sah. Info BRI 14017 / callbri@bri.co.id
""",
    ),
]


# ---------------------------------------------------------------- desk_complaint

TEMPLATES += [
    T(
        "desk_complaint",
        "electricity",
        """
Judul Laporan: «Token listrik tidak masuk¦Tagihan listrik pascabayar melonjak¦Meteran listrik diganti tanpa pemberitahuan»
Isi Laporan: Selamat «siang¦pagi». Sy [[n:{n1}]], pelanggan PLN dgn ID pelanggan {idpel}«¦ (masih atas nama almarhum bapak sy [[n:{n3}]])». Rumah sy di [[a:{adr1}]], Kel. {kel1}. «Tagihan bulan {bln} {rpl}, biasanya cuma Rp 180 ribuan. Petugas catat meter tdk pernah datang, angka stand di struk ({stand}) tdk sama dgn meteran.¦Sy beli token {rpt} tgl {tgl} lewat {wal}, No Ref {ref}, tp token tdk pernah dikirim dan saldo sdh terpotong.¦Tgl {tgl} ada petugas ganti meteran sy, no meter lama {meter}, tdk ada berita acara dan skrg token lama {kwh} hilang.» Sdh lapor ke PLN 123 dgn nomor laporan {tiket}, belum ada tindak lanjut. Mohon bantuan.
Lokasi Kejadian: Kota Kupang
Kontak: [[p:{hp1}]] / [[e:«{em1}¦{emx1}¦{emn1}¦{emc1}»]]
""",
        M=(3,),
    ),
    T(
        "desk_complaint",
        "mobile_operator",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Customer Care {opr} <cs@{opd}>
Subject: Nomor tidak bisa dipakai setelah ganti kartu

Yth. Customer Care {opr},
Sy pemilik nomor [[p:{hp1}]] sejak «2012¦2015¦2009». Tgl {tgl} sy ganti kartu (SIM rusak) di gerai {opr} Kupang, ICCID kartu baru {iccid}. Setelah itu nomor tdk bisa dipakai, SMS OTP dari bank tdk masuk. Sy registrasi ulang pakai NIK [[nik:{nik1}]] dan KK [[kk:{kk1}]], tp muncul pesan "NIK sudah terdaftar di 3 nomor lain". Sy tdk pernah daftar nomor lain. Mohon dicek dan diblokir nomor2 lain yg pakai NIK sy.
Untuk konfirmasi bisa hubungi nomor sy yg lain [[p:{hq1}]] atau telp rumah [[p:{tel1}]].
Hormat sy,
[[n:{n1}]]
""",
    ),
    T(
        "desk_complaint",
        "water",
        """
Selamat «pagi¦siang» PDAM. Beta mau lapor, «aer¦air» di beta pung rumah su «3 minggu¦dua minggu» sonde jalan, padahal tetangga dong ada aer. No samb {samb} atas nama «beta pung bapa [[n:{n2}]]¦beta sendiri, [[n:{n1}]]». Rumah di [[a:{adr1}]] Kel. {kel1}, «dekat {tempat}¦belakang gereja». Beta su telpon kantor {pdamtel} juga sonde angkat, datang ke kantor di {pjl} katanya tunggu petugas. Tagihan tetap datang {rpair}. Tolong dicek. Nomor WA beta [[p:{hp1}]]«¦, email [[e:{emx1}]]». Makasih. [[n:{g1}]]
""",
        M=(2,),
    ),
    T(
        "desk_complaint",
        "cooperative_loan",
        """
Kepada Yth. «Kepala Dinas Koperasi dan UKM Kota Kupang¦OJK Provinsi NTT¦Satgas PASTI»
Perihal: Pengaduan penagihan pinjaman

Sy yg bertanda tangan di bawah ini:
Nama    : [[n:{n1}]]
NIK     : [[nik:{nik1}]]
No. KK  : [[kk:{kk1}]]
Alamat  : [[a:{adr1}]], Kel. {kel1}
No. HP  : [[p:{hp1}]]
melaporkan «{coop} yg «menagih dengan kasar¦menahan KTP asli sy walaupun pinjaman sdh lunas»¦aplikasi pinjaman "{pinjol}" yg «menagih dengan kasar¦menyebarkan data sy ke kontak HP»». Pinjaman sy {rpb} sdh lunas tgl {tgl} (bukti transfer ref {ref}). Penagih «tdk sebut nama, pakai nomor {scam} dan {scam2},¦yg datang ke rumah mengaku bernama [[n:{n2}]], nomornya [[p:{hp2}]],» mengancam «sebar foto sy¦datang bawa orang». Bukti terlampir.
Kupang, {dayl}
Hormat sy,
[[n:{n1}]]
""",
    ),
    T(
        "desk_complaint",
        "courier",
        """
Pelapor: Dirahasiakan
Kategori: Jasa Pengiriman
Isi: Kantor cabang {kur1} di {pjl} sering tutup jam kerja. Paket sy (resi {resi1}) sdh «12¦15¦9» hari status "on process di gateway Kupang". Call center {kur1} {kurcc} selalu sibuk, email {kurmail1} tdk dibalas. Ongkir sdh dibayar {rpk}. Bukan cuma sy, di grup WA kompleks ada resi {resix1} dan {resiy1} juga sama. Mohon Dinas Perdagangan tegur.
Lampiran: {shot}
""",
    ),
    T(
        "desk_complaint",
        "marketplace",
        """
PENGADUAN KONSUMEN
Nama Pelapor : (tidak dicantumkan)
Teradu       : {SH1}, {shjl1} (IG @{shig1}, WA {shwa1})
Kronologi    : Tgl {tgl} sy bayar DP «Rp 500.000¦Rp 750.000¦Rp 1.000.000¦Rp 1.500.000» utk «TV LED 32 inch¦kulkas 1 pintu¦mesin cuci 7 kg» via transfer ke {shbank1} {shacc1} a.n. {SH1}, dijanjikan barang datang 7 hari. Sdh sebulan belum ada. Admin toko cuma balas "sabar kak, barang di kapal". Nota no {inv}, bukti transfer ref {ref}. Mohon difasilitasi.
Email toko   : {shm1}
""",
        S={1: ("Toko Elektronik", "Toko")},
    ),
    T(
        "desk_complaint",
        "bank_transfer",
        """
From: «[[n:{n1}]]¦"[[n:{n1}]]"» <[[e:{emp1}]]>
To: Pengaduan Nasabah <pengaduan@{bankd1}>
Cc: «konsumen@ojk.go.id¦»
Subject: Rekening diblokir tanpa pemberitahuan

Selamat siang,
Sy nasabah dgn rekening {bank1} [[b:{acc1}]] a.n. [[n:{N1}]] (NIK [[nik:{nik1}]]). Sejak {tgl} rekening tdk bisa dipakai transfer, di ATM muncul "rekening diblokir". Sy tdk pernah terima pemberitahuan. Gaji honor dan uang jualan «kue¦sayur» sy masuk ke rekening ini. Di kantor cabang katanya hrs ke CS bawa buku tabungan, sdh 2x datang antri tp sistem offline.
Mohon dibantu. Balasan ke email ini atau ke email sy yg lain [[e:{emq1}]], HP/WA [[p:{hp1}]].
Terima kasih,
[[n:{n1}]]
[[a:{adr1}]], Kupang
""",
    ),
    T(
        "desk_complaint",
        "ride_food",
        """
Judul: Tarif ojek online di Kupang naik sendiri
Isi: Sy mau lapor tarif {ride} dan aplikasi lain di Kupang. Jarak {km} dari {tempat} ke {tempatx} kemarin «Rp 18.000¦Rp 21.500¦Rp 24.000», hari ini jam {jam} jadi «Rp 38.000¦Rp 41.500¦Rp 45.000» katanya "tarif sibuk". Kode promo {promo} juga tdk bisa dipakai. Sy bandingkan 3 order (kode {kode}, {kode2}, {kode3}). Mohon Dishub cek apakah sesuai aturan tarif batas atas. Identitas mohon dirahasiakan.
""",
    ),
]


# ---------------------------------------------------------------- desk_reply

TEMPLATES += [
    T(
        "desk_reply",
        "electricity",
        """
Yth. «Bapak¦Ibu» [[n:{n1}]],
Terima kasih telah menghubungi PLN UP3 Kupang. Laporan «Bapak/Ibu¦Anda» dari «nomor [[p:{hp1}]]¦nomor [[p:{hpi1}]]¦telepon rumah [[p:{tel1}]]» tanggal {tgl} telah kami terima dengan nomor {tiket}. Untuk ID pelanggan {idpel} (no meter {meter}), token {kwh} telah kami kirim ulang: {token}. Apabila masih terkendala, silakan hubungi Contact Center PLN 123, aplikasi PLN Mobile, atau email pln123@pln.co.id.
«Petugas kami [[n:{n2}]] ([[p:{hp2}]]) akan menghubungi untuk penjadwalan pemeriksaan meter.¦»
Salam,
Tim Layanan Pelanggan PLN UP3 Kupang
""",
    ),
    T(
        "desk_reply",
        "water",
        """
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
{pjl}, Telp. {pdamtel}
Nomor   : 690/{num}{num2}/PDAM/{rom}/2026
Perihal : Tanggapan Pengaduan

Kepada Yth.
«Sdr.¦Sdri.» [[n:{n1}]]
di [[a:{adr1}]]
Kel. {kel1}

Menindaklanjuti pengaduan Saudara tanggal {tgl} mengenai «air tidak mengalir¦tagihan yang tidak sesuai¦meter air yang rusak» pada sambungan nomor {samb}, bersama ini kami sampaikan bahwa petugas kami «Bapak¦Sdr.» [[n:{n2}]] ([[p:{hp2}]]) akan melakukan pengecekan ke lokasi pada {tglf}. Tagihan bulan {bln} sebesar {rpair} «ditangguhkan¦akan dikoreksi» sampai hasil pemeriksaan keluar.
Demikian disampaikan, atas perhatiannya diucapkan terima kasih.

Direktur Umum,
[[n:{n3}]], «S.T.¦S.E., M.M.¦S.Sos»
""",
    ),
    T(
        "desk_reply",
        "bank_transfer",
        """
Yth. {hon1} [[n:{n1}]],
Menanggapi pengaduan no. {tiket} atas transfer {rp} pada {tgl} ke rekening {bank2} [[b:{acc2}]] a.n. [[n:{N2}]] (salah transfer), kami sampaikan bahwa kami telah menghubungi bank penerima. Penerima belum bersedia mengembalikan dana. Sesuai ketentuan, bank tidak dapat mendebet rekening penerima tanpa persetujuan pemiliknya; {hon1} dapat membuat laporan ke kepolisian. Dana akan dikreditkan ke rekening {hon1} {bank1} [[b:{acc1}]] apabila penerima menyetujui.
Untuk informasi lebih lanjut hubungi «Call Center Bank NTT (0380) 833 178 atau email pengaduan@bankntt.co.id¦Call Center BRI 14017 atau email callbri@bri.co.id¦BNI Call 1500046 atau email bnicall@bni.co.id».
Hormat kami,
Unit Pengaduan Nasabah
""",
    ),
    T(
        "desk_reply",
        "marketplace",
        """
From: {mk1} Care <no-reply@{mkd1}>
To: [[e:{emp1}]]
Subject: [{tiket}] Update pengajuan pengembalian dana

Halo [[n:{g1}]],
Pengajuan pengembalian dana untuk pesanan {order1} telah disetujui. Dana {rpg} akan dikembalikan ke «ShopeePay¦GoPay¦saldo akun» yang terhubung dengan nomor «[[p:{hpb1}]]¦{hpm1}» dalam 1x24 jam. Kurir {kur1} akan menjemput barang di alamat «[[a:{adr1}]]¦[[a:{ad1}]]¦[[a:{est1}]]» pada {tglf}.
Jika Kakak tidak merasa mengajukan, segera hubungi kami melalui Pusat Bantuan di aplikasi. {mk1} tidak pernah meminta kode OTP, PIN, atau password.

Salam hangat,
[[n:{n5}]]
Tim Layanan Pelanggan {mk1}
""",
    ),
    T(
        "desk_reply",
        "mobile_operator",
        """
Pelanggan Yth, terima kasih telah menghubungi {opr}. Keluhan Anda tercatat dengan nomor {tiket}. Untuk cek sisa kuota tekan *888#, untuk berhenti berlangganan konten ketik UNREG spasi KODE kirim ke {short}. Perangkat dengan IMEI {imei} belum terdaftar di sistem CEIR; silakan daftarkan IMEI melalui Bea Cukai maks 90 hari sejak kedatangan. Penggantian kartu hanya di gerai resmi dengan membawa KTP asli. Info lebih lanjut: email cs@{opd} atau Twitter/X @{opr}Care. Abaikan bila sudah terselesaikan. {jam} WITA
""",
    ),
    T(
        "desk_reply",
        "e_wallet",
        """
Tanggapan Admin LAPOR! Kota Kupang:
Terima kasih atas laporan Saudara. Pemerintah Kota Kupang dan Bapenda tidak pernah meminta transfer atau kode OTP melalui DANA/OVO. Nomor {scam} dan {scam2} yang mengaku petugas bukan nomor resmi. Laporan telah diteruskan ke Polresta Kupang Kota (patroli siber) dan Kominfo untuk pemblokiran, nomor tindak lanjut {tiket}. Saluran resmi pengaduan: SMS 1708, WA center {waof}, email pengaduan@kupangkota.go.id, web lapor.go.id. Saldo yang sudah terkirim dapat dilaporkan ke CS DANA 1500445 dengan melampirkan ID transaksi {trx}.
""",
    ),
    T(
        "desk_reply",
        "trader_invoice",
        """
{OF1}
{ofjl1} · Telp. {oftel1} · {ofm1}
Nomor   : 900/{num}{num2}/{ofs1}/{rom}/2026
Perihal : Tanggapan atas keterlambatan pembayaran

Kepada Yth.
«Sdr.¦Sdri.» [[n:{n2}]]
pemilik usaha perorangan
di [[a:{adr2}]]

Menanggapi pengaduan Saudara melalui SP4N-LAPOR! nomor {tiket}, kami sampaikan bahwa pembayaran nota nomor {inv} sebesar «Rp 1.250.000¦Rp 2.375.000¦Rp 860.000¦Rp 1.725.500» tertunda karena NPWP pada nota ([[npwp:«{npd2}¦{npm2}¦{npb2}»]]) tidak valid pada sistem. Sejak 2024 NPWP orang pribadi menggunakan NIK; mohon Saudara memperbarui NPWP pada nota menjadi [[npwp:{npn2}]] (NITKU [[npwp:{npt2}]]). Bukti potong PPh akan dikirim ke email [[e:{emp2}]]. Informasi lebih lanjut hubungi Bendahara Pengeluaran di {oftel1} (jam kerja) atau email {ofm1}. NPWP bendahara: {ofnp1}.

Kepala «Sub Bagian Keuangan¦Bagian Umum»,
[[n:{n3}]], «S.E.¦S.Ak.¦S.Sos.»
NIP {pnip3}«¦
Email: [[e:{emk3}]]»
""",
    ),
    T(
        "desk_reply",
        "courier",
        """
Halo Kak, mohon maaf atas keterlambatan kiriman dengan resi {resi1}. Saat ini paket berada di {kur1} Hub Kupang dan dijadwalkan diantar {tglf}. Untuk klaim keterlambatan silakan isi formulir di {link} dengan melampirkan resi dan foto paket, atau hubungi Customer Care {kurcc} (07.00-22.00 WIB) / email {kurmail1}. Kami tidak pernah meminta transfer atau kode OTP melalui WA pribadi. Ongkir yang sudah dibayar ({rpk}) akan dikembalikan jika keterlambatan lebih dari 3 hari sesuai SLA. Terima kasih. -Admin
""",
    ),
]


# ---------------------------------------------------------------- social_post

TEMPLATES += [
    T(
        "social_post",
        "bank_transfer",
        """
[[n:{n1}]]
{num} jam · 🌏
«Hati2¦Waspada» bosong semua. Sy beli «HP Oppo second¦sepeda anak¦kasur busa no 3¦kompor gas 2 tungku» di FB dari akun "[[n:{n2}]]" yg ngaku tinggal di {kelx}. Sy su transfer «Rp 650.000¦Rp 1.150.000¦Rp 875.000¦Rp 1.400.000» ke rek {bank2} [[b:{acc2}]] a.n. [[n:{N2}]], abis itu dia blokir sy. Nomor WA dia [[p:{hp2}]]. Mohon share biar sonde ada korban lain 🙏 @polrestakupangkota @infokupang
Komentar
[[n:{c3}]]: Sama kak, sa ju kena dari akun ini bulan lalu «Rp 500 ribu¦Rp 750.000¦1 jt lebih»
kupang_bersuara: Su lapor polisi ko kak?
[[n:{c1}]]: Su kak, tgl {tgl} di SPKT, blm ada kabar
""",
    ),
    T(
        "social_post",
        "marketplace",
        """
[[n:{n1}]]
{num} jam · Grup Jual Beli Kupang
DIJUAL «motor Vario 125 thn 2019, pajak hidup, BPKB a.n. sendiri, plat [[pl:{pl1}]], harga «Rp 13.500.000¦Rp 14.750.000¦13,9 jt»¦HP Samsung A54 8/256 fullset, IMEI {imei} resmi, garansi habis {tglf}, harga «Rp 3.900.000¦Rp 4.250.000¦4,1 jt»¦kulkas 2 pintu, masih dingin, pemakaian 3 thn, harga «Rp 1.800.000¦Rp 2.100.000¦1,95 jt»» nego tipis. COD area {kelx}. Minat hub/WA [[p:«{hp1}¦{hpu1}¦{hpt1}»]] «([[n:{g1}]])¦a.n. [[n:{g1}]]¦atau telp rumah [[p:{tel1}]]». No PHP!
Komentar
[[n:{c2}]]: Kak masih ada? Bisa kredit ko
[[n:{c1}]]: Masih kak, sonde bisa kredit. Inbox sa e
lapak_kupang_88: Up 👍
""",
    ),
    T(
        "social_post",
        "courier",
        """
Tolong bantu share 🙏 Paket sy dr {mk1} resi {kur1} {resi1} status «diterima¦delivered» padahal sy tdk terima apa2. Di foto bukti, paket ditaruh di pagar rumah orang. Nama penerima di resi [[n:{N1}]], alamat [[a:{adr1}]] Kel. {kel1}. Kalo ada yg liat paket dus coklat a.n. sy, tolong WA [[p:{hp1}]]. {kurh1} {mkh1}
Komentar
{sh2}: Kak coba lapor ke kantor {kur1} di {pjl}, buka jam 08.00-17.00
[[n:{c2}]]: Sa ju pernah begini kak, akhirnya paket ketemu di rumah tetangga
""",
        S={2: ("Laundry", "Toko", "Counter")},
    ),
    T(
        "social_post",
        "ride_food",
        """
Terima kasih banyak untuk driver {ride} «Om¦Kaka¦Bang» [[n:{g2}]] plat [[pl:{pl2}]] yg antar balik dompet sy yg jatuh di «motor¦mobil» tadi {jam}. Isinya KTP, ATM, uang {rp}, semua lengkap 🙏 «Semoga rejeki lancar Om.¦Tuhan berkati.» @{ride}_kupang @infokupang
Komentar
[[n:{c3}]]: Om [[n:{g2}]] memang baik, sa langganan
[[n:{c4}]]: Masih ada orang baik di Kupang 🙏
{ride} Kupang: Terima kasih kak, apresiasi sudah kami teruskan 🙏
""",
        M=(2,),
    ),
    T(
        "social_post",
        "marketplace",
        """
{sh1} @{shig1}
🛒 PROMO GAJIAN 🛒
Beras 5 kg @ Rp «72.000¦74.500», minyak 2 L @ Rp «38.500¦39.000», gula 1 kg @ Rp «17.000¦18.500»
Gratis antar area {kelx} dan {kelx2}, min belanja 150rb
Order: WA {shwa1} / telp {shtel1}
Transfer: {shbank1} {shacc1} a.n. {SH1}
Kode promo {promo} berlaku s/d {tglf} jam 23.59
#kupang #belanjakupang #{shig1}
""",
        S={1: ("Toko", "Grosir", "Kios")},
    ),
    T(
        "social_post",
        "electricity",
        """
PLN UP3 Kupang
{num} jam · 🌏
📢 Pemeliharaan jaringan {tglf} pukul 08.00-14.00 WITA. Wilayah: {kelx}, {kelx2} dan sebagian {kelx3}. Pelanggan yang butuh info hubungi PLN Mobile atau Call Center 123. #PLNKupang
Komentar
kupang_bersuara: @plnup3kupang kemarin su padam 4 jam, sekarang lagi?
mama_muda_oebufu: Token sa baru isi 100rb @ malam, tiba2 padam 😭
PLN UP3 Kupang: Mohon maaf kak, silakan kirim ID pelanggan via DM untuk kami cek 🙏
{sh1}: Kami tetap buka kak, pakai genset. WA {shwa1}
""",
        S={1: ("Laundry", "Warung Makan", "Counter")},
    ),
    T(
        "social_post",
        "water",
        """
[[n:{n1}]]
{num} jam · 🌏
@pdamkotakupang sa pung aer su «2¦3» minggu sonde jalan di [[a:{rt1}]] Kel. {kel1} 😤 Tagihan tetap datang {rpair}. Su telpon {pdamtel} sonde angkat. No samb {samb}. Kalo admin mau balas, DM atau email sa [[e:«{emx1}¦{emp1}¦{emc1}»]]
Komentar
PDAM Tirta Lontar: Selamat siang kak, mohon maaf 🙏 Silakan kirim no sambungan dan alamat lengkap via DM atau WA pengaduan {waof} untuk kami teruskan ke petugas wilayah
[[n:{c2}]]: Sama kak, di [[a:{rt2}]] ju begitu
[[n:{c1}]]: Su kirim DM e
""",
    ),
    T(
        "social_post",
        "ride_food",
        """
kupang_info
📣 Tarif ojol di Kupang per {dayl}: jarak dekat (4 km pertama) mulai Rp 9.200, selanjutnya @ Rp 2.300/km. Jam sibuk 17.00-19.00 ada biaya tambahan. Promo {ride}: pake kode {promo} potongan 50% maks 10rb s/d {tglf}. Info: Dishub Kota Kupang / @dishubkotakupang
Komentar
ojol_kupang_bersatu: Tarif sekarang sonde cukup beli bensin @ Rp 10.000/liter 😅
kupang_bersuara: @{ride}_id tolong perhatikan driver dong
mama_muda_oebufu: Order {kode} tadi {jam} kena {rpo} padahal cuma {km}
""",
    ),
]


# ---------------------------------------------------------------- register_table

TEMPLATES += [
    T(
        "register_table",
        "cooperative_loan",
        """
DAFTAR ANGGOTA MENUNGGAK ANGSURAN - {COOP} - PER {DAYL}
No | Nama Anggota | NIK | No HP | Sisa Pinjaman | Tunggakan
1 | [[n:{N1}]] | [[nik:{nikb1}]] | [[p:{hpb1}]] | {sisa1} | {num1} bln
2 | [[n:{N2}]] | [[nik:{nikb2}]] | [[p:{hpd2}]] | {sisa2} | {num2} bln
3 | [[n:{N3}]] | [[nik:{nikb3}]] | [[p:{hpb3}]] | {sisa3} | {num3} bln
4 | [[n:{N4}]] | [[nik:«{nikb4}¦{niko4}»]] | [[p:{hps4}]] | {sisa4} | {num4} bln
Catatan: penagihan hanya oleh petugas resmi koperasi dengan surat tugas. Pembayaran ke rekening koperasi Bank NTT {accx} a.n. {COOP} atau di kantor, Senin-Jumat 08.00-15.00.
""",
    ),
    T(
        "register_table",
        "trader_invoice",
        """
DAFTAR PENYEDIA BARANG/JASA {OF1} TA 2026
No;Penyedia;Bentuk;NPWP;Pemilik;HP Pemilik;Rekening
1;{CV1};Badan usaha;{cvn1};[[n:{N2}]];[[p:{hpb2}]];{cvbank1} {cvacc1}
2;[[n:{N3}]];Perorangan;[[npwp:«{npd3}¦{npn3}¦{npb3}»]];[[n:{N3}]];[[p:{hpb3}]];{bank3} [[b:{acc3}]]
3;{SH1};Usaha perseorangan;[[npwp:«{npn4}¦{npd4}¦{npt4}»]];[[n:{N4}]];[[p:{hpd4}]];{bank4} [[b:{acc4}]]
4;{CV2};Badan usaha;{cvn2};[[n:{N5}]];[[p:{hpb5}]];{cvbank2} {cvacc2}
Catatan: NPWP bendahara {ofnp1}; pembayaran LS ke rekening penyedia.
""",
    ),
    T(
        "register_table",
        "water",
        """
DAFTAR TUNGGAKAN REKENING AIR - WILAYAH PELAYANAN {KELX}
No Samb | Nama Pelanggan | Alamat | Bulan | Jumlah
{samb1} | [[n:{N1}]] | [[a:{AD1}]] | {num1} | {rpair1}
{samb2} | [[n:{N2}]] | [[a:{ADR2}]] | {num2} | {rpair2}
{samb3} | {SH1} | {SHJL1} | {num3} | {rpair3}
{samb4} | [[n:{N4}]] | [[a:{AD4}]] | {num4} | {rpair4}
Ket: pelanggan yang belum melunasi s/d {tglf} akan disegel. Info {pdamtel}
""",
        S={1: ("Depot Air", "Warung Makan", "Laundry")},
    ),
    T(
        "register_table",
        "marketplace",
        """
{trade} - daftar pelanggan {bln}
Nama Pelanggan,Alamat,HP,Order,Tagihan,Status
[[n:{n1}]],[[a:{ad1}]],[[p:{hpb1}]],{ord1},{ordp1},«lunas¦belum»
[[n:{n2}]],[[a:{ad2}]],[[p:{hpb2}]],{ord2},{ordp2},«lunas¦DP 50rb»
Kantor {ofs3},{ofjl3},{oftel3},{ord3},{ordp3},belum
[[n:{n4}]],[[a:{ad4}]],[[p:{hpk4}]],{ord4},{ordp4},lunas
""",
    ),
    T(
        "register_table",
        "mobile_operator",
        """
DAFTAR KONTAK LAYANAN PENGADUAN (dibagikan Kelurahan {KELX})
Layanan | Telepon | WhatsApp | Email
PLN UP3 Kupang | 123 | {waof1} | pln123@pln.co.id
PDAM Tirta Lontar | {pdamtel} | {waof2} | pelanggan@pdamkotakupang.co.id
{opr} | {opcc} | {waof3} | cs@{opd}
{kur1} Kupang | {kurcc} | {waof4} | {kurmail1}
Pengaduan Pemkot | SMS 1708 | {waof5} | pengaduan@kupangkota.go.id
Darurat | 112 | - | -
""",
    ),
    T(
        "register_table",
        "e_wallet",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA {KELX}
No | Nomor | Modus | Tgl Lapor
1 | {scamb1} | ngaku CS DANA, minta OTP | {tgl1}
2 | {scam2} | hadiah undian {opr}, minta transfer pajak hadiah | {tgl2}
3 | {scam3} | ngaku kurir, kirim file .APK | {tgl3}
4 | {scamb4} | pinjol tagih utang orang lain | {tgl4}
5 | {scam5} | ngaku petugas PLN, minta bayar ganti meter «Rp 750.000¦Rp 1.200.000¦Rp 850.000» | {tgl5}
Sumber: laporan warga di grup, diteruskan ke patroli siber Polresta. Jangan diangkat, jangan kirim OTP/PIN.
""",
    ),
    T(
        "register_table",
        "cooperative_loan",
        """
REKAP DATA ANGGOTA {COOP} - KELOMPOK {KELX}
No;Nama;No. Anggota;NIK;No. KK;No. BPJS Kes;HP;Email
1;[[n:{N1}]];{anggota1};[[nik:{nikb1}]];[[kk:{kkb1}]];[[bpjs:{bpjs1}]];[[p:{hpb1}]];[[e:{emp1}]]
2;[[n:{N2}]];{anggota2};[[nik:{nikb2}]];[[kk:{kkb2}]];[[bpjs:{bpjs2}]];[[p:{hpb2}]];-
3;[[n:{N3}]];{anggota3};[[nik:{nikb3}]];[[kk:{kkb3}]];[[bpjs:{bpjs3}]];[[p:{hpd3}]];[[e:{emp3}]]
4;[[n:{N4}]];{anggota4};[[nik:{nikb4}]];[[kk:{kkb4}]];-;[[p:{hpb4}]];-
Dibuat oleh pengurus untuk pendataan asuransi pinjaman. Rahasia, jangan disebar.
""",
        fam={2: 1},
    ),
    T(
        "register_table",
        "courier",
        """
MANIFEST PENGIRIMAN {KUR1} - DROP POINT {KELX} - {DAY}
No | Resi | Tujuan | Berat | Ongkir | Status
1 | {resi1} | Kel. {kelx2} | 1 kg | {rpk1} | OTW
2 | {resix1} | Kel. {kelx3} | 3 kg | {rpk2} | Terkirim
3 | {resiy1} | Kel. {kelx4} | 2 kg | {rpk3} | Gagal kirim (alamat tdk ditemukan)
4 | {resiz1} | Kel. {kelx5} | 5 kg | {rpk4} | COD {rpg}
Setoran COD ke rekening giro {KUR1} Bank NTT {accx} paling lambat «16.00¦17.00» WITA. Kendala hubungi CS {kurcc}
""",
    ),
]


# ---------------------------------------------------------------- scam_warning

TEMPLATES += [
    T(
        "scam_warning",
        "e_wallet",
        """
*Diteruskan*
Dari: [[n:{n1}]] ([[p:{hp1}]])
⚠️ WASPADA PENIPUAN ⚠️
Ada yg telpon «ngaku kurir {kur1}¦ngaku CS {wal}¦ngaku petugas PLN» pake nomor {scam}, bilang ada «paket¦hadiah¦refund», trus minta kode OTP yg masuk SMS. Jangan kasi! Mama sa su kena, saldo {wal} habis {rp}. Nomor lain yg dipakai: {scam2} deng {scam3}.
Kalo ada yg mau tanya2, WA sa pribadi [[p:{hpd1}]] sa. - [[n:{g1}]]
""",
    ),
    T(
        "scam_warning",
        "e_wallet",
        """
Bapa mama, hati2 e. Kemarin sa pung mama [[n:{g2}]] ditelpon nomor {scam} ngaku dari «bank¦BRI¦kantor pos», katanya dapat bansos {rpb}. Mama disuruh buka aplikasi DANA, kasi tau kode. Abis itu saldo DANA mama [[p:{hp2}]] pindah ke rekening {bank3} [[b:{acc3}]]. Sa su lapor ke polisi deng ke DANA (1500445), tiket {tiket}. Kalo ada yg tau rekening ini tolong kasi tau.
[[n:{n1}]], warga [[a:{rt1}]] Kel. {kel1}
""",
    ),
    T(
        "scam_warning",
        "mobile_operator",
        """
INFO DARI GRUP WARGA: Nomor [[p:{hp2}]] a.n. [[n:{n2}]] ini penipu, «ngaku jual token listrik murah¦jual pulsa transfer murah¦tawarkan pasang WiFi murah», minta transfer dulu ke {wal} lalu hilang. Korban su {num} orang di {kelx}. Kalo dia WA, jang layani. Info dari [[n:{c1}]] (korban), bisa konfirmasi ke [[p:{hp1}]]. Screenshot terlampir: {shot}
""",
    ),
    T(
        "scam_warning",
        "electricity",
        """
Waspada petugas PLN gadungan! Tadi pagi ada 2 orang «pake seragam biru¦pake rompi PLN» datang ke rumah sa di [[a:{adr1}]], bilang meteran harus diganti bayar {rp}. Sa telpon PLN 123, katanya sonde ada jadwal ganti meter di {kelx}. Petugas asli PLN yg sa kenal, Pak [[n:{n2}]] ([[p:{hp2}]]), juga bilang itu bukan orang PLN. Yg datang naik motor plat [[pl:{pl3}]], sa sempat foto. Kalo ada yg liat, kabari sa [[p:{hp1}]]. [[n:{g1}]]
""",
    ),
    T(
        "scam_warning",
        "courier",
        """
Pesan berantai, tolong teruskan:
⚠️ Modus baru: kurir palsu kirim file "Foto Paket.apk" atau "Surat Tilang.pdf.apk" lewat WA dari nomor {scam1} dan {scam2}. Kalo dibuka, HP disadap, m-banking dikuras. {kur1} resmi tidak pernah kirim file lewat WA. Cek resi cuma di web/aplikasi resmi. Call center {kur1} {kurcc}, email {kurmail1}. Su ada korban di Kupang rugi {rpb}. Dikirim {tgl} @ {jam}
""",
    ),
    T(
        "scam_warning",
        "bank_transfer",
        """
‼️ JANGAN DIKLIK ‼️
Isi SMS: "Nasabah Yth, tarif transfer {bankx} berubah jadi Rp 150.000/bulan. Jika tidak setuju isi formulir {link} sebelum pukul {jam} hari ini. Info CS: {scam}"
Ini PENIPUAN. Bank tidak pernah ubah tarif lewat SMS/WA. Nomor pengirim {scam2}. Kalo su isi data, segera blokir kartu ATM lewat call center resmi (BRI 14017, BNI 1500046, Bank NTT (0380) 833 178) dan lapor ke OJK 157.
""",
    ),
    T(
        "scam_warning",
        "marketplace",
        """
⚠️ HATI2 PENIPUAN JUAL BELI ONLINE ⚠️
Ada akun FB "{shw3} Official" yg jual «HP¦kulkas¦motor bekas¦sembako grosir» murah. Admin namanya [[n:{g2}]], WA [[p:{hp2}]], minta transfer dulu ke rek {bank2} [[b:{acc2}]] a.n. [[n:{N2}]], lalu kirim resi palsu {resi1}. Abis itu ada email dari refund.{mks1}.ntt@gmail.com bilang dana bisa kembali kalo kirim kode OTP, itu juga penipu, bukan {mk1}.
Sa korban, rugi {rpg}. Su lapor ke SPKT Polresta. Yg mau bantu info atau sama2 korban, hubungi sa [[p:{hp1}]] «/ [[e:{emx1}]]¦atau email [[e:{emp1}]]». [[n:{n1}]]
""",
    ),
    T(
        "scam_warning",
        "cooperative_loan",
        """
WASPADA KOPERASI DAN PINJOL ILEGAL
Satgas PASTI dan OJK NTT mengingatkan: aplikasi "{pinjol}" dan "{pinjolx}" tidak terdaftar. Modus: pinjaman cair «Rp 1.500.000¦Rp 2.000.000¦Rp 800.000», dipotong 40%, tenor 7 hari, bunga @ 1%/hari. Penagih pakai nomor {scam}, {scam2}, {scam3} dan email penagihan.{pslug}@gmail.com. Jangan beri akses kontak dan galeri. Cek legalitas di kontak OJK 157, WA 081-157-157-157, email konsumen@ojk.go.id. Lapor lewat {link}
""",
    ),
]


if __name__ == "__main__":
    main()
