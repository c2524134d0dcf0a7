# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev56.jsonl: small businesses and the people behind them.

Traders, sole proprietors, workshops, laundries, caterers, travel agents, couriers, boarding
houses, pharmacies, clinics and salons of Kota Kupang, next to their owners, customers, workers
and applicants: whose phone number, whose mailbox, whose NPWP it is when a business and a person
share them. Ten styles: marketplace and "jual beli Kupang" posts, complaints about businesses,
procurement papers, tax papers, UMKM permits and aid, market stalls and levies, job posts and
applications, rentals and kos adverts, help desks and duty rotas, WhatsApp Business catalogues
and receipts.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{hp1}``,
``{npn1}``, ``{laundry1}``, ``{biz}`` ...) and alternatives (``«one¦other»``, one drawn per
filling), each filled five times with invented values; span offsets are computed from the
markers. Run ``python3 tests/data/make_redaction_dev56.py`` (standard library only,
deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
``@`` token with the forty characters before it; ``--show N SEED`` prints N texts drawn at random
with their spans marked; ``--dry`` writes nothing.
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

SEED = 56_2026_1207
OUT = Path(__file__).with_name("redaction_dev56.jsonl")
PREFIX = "d56"
FILLS = 5

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
    "marketplace",
    "biz_complaint",
    "procurement",
    "tax_paper",
    "umkm_permit",
    "market_levy",
    "job_post",
    "rental_ad",
    "helpdesk",
    "wa_business",
)
THEMES = (
    "online_trade",
    "services",
    "transport_courier",
    "procurement",
    "tax",
    "permits_aid",
    "market",
    "jobs",
    "housing",
    "banking",
    "scam_fraud",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 5,
    "npwp": 100,
    "phone": 300,
    "name": 400,
    "email": 50,
    "themes": 10,
}
# words that may stand before a name but never open its span
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "pdt",
    "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "ade", "adik", "nene",
    "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "bendahara", "sekretaris",
    "pendamping", "admin", "owner", "pemilik", "bos", "koh", "ci", "cik", "mas", "mbak", "ttd",
    "salam", "hormat", "dari", "nama", "an", "a.n", "atas", "pelapor", "pemohon", "penyedia",
    "direktur", "manajer", "mandor", "kurir", "sopir", "driver", "mekanik", "apoteker", "bidan",
    "lurah", "camat", "guru", "apt", "ustadz", "haji", "hj", "h", "almarhum", "alm", "istri", "suami",
    "anak", "hp", "wa", "sa", "sy", "saya", "beta", "agen", "cs", "operator", "kasir", "hrd",
    "staf", "pelanggan", "penerima", "pengirim", "mantri", "narahubung", "kontak", "to", "from",
    "cc", "re", "linmas", "satpam", "pihak", "kel", "ama", "ina", "mace", "usi", "enu", "nyong",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev56)
# given names common in Timor, Rote, Sabu, Flores and Alor (mostly Christian)
GIVEN_M = (
    "Yohanis", "Marthen", "Obed", "Yeremias", "Semuel", "Yusak", "Melkianus", "Ferdinandus",
    "Arnoldus", "Kornelis", "Aleksander", "Nikolaus", "Gabriel", "Lukas", "Simon", "Petrus",
    "Paulus", "Yosua", "Imanuel", "Agustinus", "Frederik", "Hendrikus", "Dominggus", "Zakarias",
    "Elias", "Yakobus", "Markus", "Efraim", "Roni", "Jefri", "Deni", "Alfred", "Stefanus",
    "Wilhelmus", "Benediktus", "Fransiskus", "Yulius", "Anderias", "Matheos", "Rudolf",
    "Ebenhaezer", "Oktovianus", "Soleman", "Yunus", "Amos", "Nehemia", "Adrianus", "Piter",
    "Sefnat", "Ishak", "Yosef", "Bernadus", "Gregorius", "Kristoforus", "Vinsensius", "Aloysius",
    "Hironimus", "Silvester", "Maksimus", "Yoakim", "Servas", "Julianus", "Ariston", "Melianus",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Agustina", "Margaretha", "Dorkas", "Selfina", "Yohana", "Marlin", "Novita",
    "Ester", "Rosalina", "Serlina", "Yunita", "Anjelina", "Febriana", "Oktaviana", "Priska",
    "Sarlota", "Welmina", "Martha", "Debora", "Lusia", "Kristin", "Natalia", "Imelda", "Erni",
    "Santi", "Mersi", "Apriana", "Delfi", "Yuneti", "Florentina", "Veronika", "Getrudis",
    "Theresia", "Fransiska", "Yasinta", "Elisabet", "Adriana", "Ance", "Mery", "Nelci", "Yanti",
    "Ruth", "Hana", "Lidia", "Regina", "Sofia", "Maria", "Orpa", "Naomi", "Yemima", "Frida",
)  # fmt: skip
FAMILY = {
    "timor": (
        "Nubatonis", "Taneo", "Banunaek", "Sabneno", "Tnunay", "Oematan", "Boimau", "Neonufa",
        "Nitbani", "Tlonaen", "Nomleni", "Kolo", "Fallo", "Tamelab", "Bana", "Nope", "Takene",
        "Benu", "Atok", "Tefa", "Sonbai", "Liufeto", "Selan", "Missa", "Tanesib",
    ),
    "rote": (
        "Ndolu", "Fanggidae", "Pellokila", "Haning", "Henukh", "Nalle", "Lenggu", "Messakh",
        "Adoe", "Mooy", "Sinlae", "Ndoen", "Feoh", "Dethan", "Therik", "Tanone", "Ndun",
        "Manafe", "Zacharias", "Amalo", "Foeh", "Bessie", "Lusi", "Mbuik",
    ),
    "sabu": (
        "Riwu Kaho", "Dju Dara", "Ga Lena", "Djami", "Haba", "Huki", "Rihi", "Wadu", "Radja",
        "Lado", "Tede", "Bengu", "Ludji", "Bire", "Lomi", "Kore", "Bule Logo", "Rohi", "Lay",
    ),
    "flores": (
        "Kelen", "Lewar", "Koten", "Sogen", "Hurek", "Maran", "Leyn", "Wangge", "Bhoga",
        "Nggebu", "Tukan", "Parera", "Da Costa", "Wuwur", "Djogo", "Lamahoda", "Goa", "Meko",
        "Bolen", "Ruing", "Mbete", "Rato",
    ),
    "alor": (
        "Malaikosa", "Blegur", "Lahal", "Mautuka", "Kafolamau", "Laumaki", "Maure", "Padafani",
        "Mabilehi", "Molina",
    ),
}  # fmt: skip
SUMBA_GIVEN = {
    "M": ("Umbu Ndeta", "Umbu Remu", "Umbu Djaga", "Umbu Kahumbu", "Umbu Lapu", "Umbu Pati"),
    "F": ("Rambu Lika", "Rambu Konda", "Rambu Hada", "Rambu Eti", "Rambu Yuli", "Rambu Ata"),
}
SUMBA_FAMILY = ("Praing", "Hamakonda", "Kapita", "Hunggu", "Meha", "Landu", "Tanggu", "Nggiku")
# (sex, full name, the name a person is called by, the name that closes it)
OTHER_PEOPLE = {
    "bali": (
        ("M", "I Made Sudarsana", "Made", "Sudarsana"),
        ("M", "I Ketut Wirawan", "Ketut", "Wirawan"),
        ("M", "I Gede Astawa", "Gede", "Astawa"),
        ("M", "I Nyoman Suarjana", "Nyoman", "Suarjana"),
        ("M", "I Wayan Artana", "Wayan", "Artana"),
        ("M", "I Komang Yasa", "Komang", "Yasa"),
        ("F", "Ni Luh Putu Ariani", "Ariani", "Ariani"),
        ("F", "Ni Kadek Sukerti", "Kadek", "Sukerti"),
        ("F", "Ni Komang Sriasih", "Komang", "Sriasih"),
        ("F", "Ni Nyoman Sumerti", "Nyoman", "Sumerti"),
        ("F", "Ni Wayan Lastri", "Lastri", "Lastri"),
    ),
    "bugis": (
        ("M", "Haerul Daeng Nai", "Haerul", "Daeng Nai"),
        ("M", "Kaharudin Daeng Tompo", "Kaharudin", "Daeng Tompo"),
        ("M", "Andi Syamsuddin", "Syamsuddin", "Syamsuddin"),
        ("M", "Muhammad Arsyad", "Arsyad", "Arsyad"),
        ("M", "Abdul Rahman Daeng Sese", "Rahman", "Daeng Sese"),
        ("F", "Nurhayati Daeng Kanang", "Nurhayati", "Daeng Kanang"),
        ("F", "Andi Nurlela", "Nurlela", "Nurlela"),
        ("F", "Sitti Aminah", "Aminah", "Aminah"),
        ("F", "Rosmiati Daeng Bau", "Rosmiati", "Daeng Bau"),
    ),
    "buton": (
        ("M", "La Ode Hamiru", "Hamiru", "Hamiru"),
        ("M", "La Ode Safarudin", "Safarudin", "Safarudin"),
        ("M", "La Ode Muhamad Jufri", "Jufri", "Jufri"),
        ("F", "Wa Ode Nurjana", "Nurjana", "Nurjana"),
        ("F", "Wa Ode Sitti Marni", "Marni", "Marni"),
        ("F", "Wa Ode Hasria", "Hasria", "Hasria"),
    ),
    "java": (
        ("M", "Bambang Suryanto", "Bambang", "Suryanto"),
        ("M", "Agus Prasetyo", "Agus", "Prasetyo"),
        ("M", "Joko Susilo", "Joko", "Susilo"),
        ("M", "Heru Wibowo", "Heru", "Wibowo"),
        ("M", "Eko Budiarto", "Eko", "Budiarto"),
        ("F", "Sri Wahyuni", "Wahyuni", "Wahyuni"),
        ("F", "Endang Lestari", "Endang", "Lestari"),
        ("F", "Tri Handayani", "Handayani", "Handayani"),
        ("F", "Dwi Rahayu", "Rahayu", "Rahayu"),
        ("F", "Retno Wulandari", "Retno", "Wulandari"),
    ),
    "chinese": (
        ("M", "Tan Kok Liong", "Kok Liong", "Tan"),
        ("M", "Go Hok Tjoan", "Hok Tjoan", "Go"),
        ("M", "Liem Bun Seng", "Bun Seng", "Liem"),
        ("M", "Yap Tjong Kie", "Tjong Kie", "Yap"),
        ("M", "Hengky Gunawan", "Hengky", "Gunawan"),
        ("M", "Rudy Tanoto", "Rudy", "Tanoto"),
        ("F", "Go Mei Hwa", "Mei Hwa", "Go"),
        ("F", "Oei Siu Lan", "Siu Lan", "Oei"),
        ("F", "Kwee Lian Nio", "Lian Nio", "Kwee"),
        ("F", "Lie Mei Ling", "Mei Ling", "Lie"),
        ("F", "Yenny Halim", "Yenny", "Halim"),
        ("F", "Meliana Santoso", "Meliana", "Santoso"),
    ),
}
ORIGINS = (
    ("timor", 18), ("rote", 15), ("sabu", 10), ("flores", 13), ("alor", 5), ("sumba", 6),
    ("bali", 6), ("bugis", 6), ("buton", 4), ("java", 6), ("chinese", 7),
)  # fmt: skip
NTT = ("timor", "rote", "sabu", "flores", "alor", "sumba")
# region codes of a NIK per origin (a person from elsewhere mostly holds a Kota Kupang card)
REGION = {
    "timor": ("5301", "5302", "5303", "5304", "5321"),
    "rote": ("5314",),
    "sabu": ("5320", "5301"),
    "flores": ("5306", "5307", "5308", "5309", "5310", "5313", "5316"),
    "alor": ("5305",),
    "sumba": ("5311", "5312", "5317", "5318"),
    "bali": ("5171", "5103", "5108"),
    "bugis": ("7371", "7372", "7311"),
    "buton": ("7401", "7472", "7404"),
    "java": ("3578", "3374", "3515", "3471"),
    "chinese": ("5371",),
}
# words several people may carry, or ordinary words too: they make no two people the same and
# an unlabelled occurrence of them elsewhere is no repeat of a name
SHARED = {
    "made", "ketut", "nyoman", "komang", "wayan", "gede", "kadek", "putu", "luh", "daeng", "umbu",
    "rambu", "ode", "sri", "tri", "dwi", "andi", "sitti", "abdul", "muhammad", "mei",
}  # fmt: skip
PROVINCES = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
    "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
    "81", "82", "91", "92", "94",
}  # fmt: skip

# ---------------------------------------------------------------- places and bodies (written for dev56)
KELURAHAN = (
    "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Oetete", "Naikoten I",
    "Fontein", "Kuanino", "Nunleu", "Airnona", "Bakunase", "Naikolan", "Oepura", "Sikumana",
    "Belo", "Kolhua", "Fatukoa", "Penfui", "Naimata", "Oesapa", "Oesapa Barat", "Lasiana",
    "Pasir Panjang", "Oeba", "Fatubesi", "Nefonaek", "Solor", "Airmata", "Namosain",
    "Nunbaun Sabu", "Manulai II", "Batuplat", "Mantasi", "Fatufeto", "Naioni", "Manutapen",
)  # fmt: skip
KECAMATAN = ("Oebobo", "Maulafa", "Kelapa Lima", "Kota Raja", "Alak", "Kota Lama")
HOME_STREETS = (
    "Jl. Kejora", "Jl. Fetor Foenay", "Jl. Bakti Karya", "Jl. Matani Raya", "Jl. Bougenville",
    "Jl. Cendana", "Jl. Kuda Laut", "Jl. Teratai", "Jl. Oekam", "Jl. Air Lobang", "Jl. Kamboja",
    "Jl. Pulau Sumba", "Jl. Pulau Solor", "Jl. Gunung Mutis", "Jl. Delima", "Jl. Sirsak",
    "Jl. Srikaya", "Jl. Belimbing", "Jl. Oepoi", "Jl. Lontar Gg. 3", "Gg. Sepakat", "Gg. Rukun",
    "Gg. Sehati", "Lr. Pelita", "Jl. Bakunase Gg. Lestari", "Jl. Kelinci", "Jl. Tebing Hijau",
    "Jl. Batu Cadas", "Jl. Rantai Emas", "Jl. Pendidikan", "Jalan Kenanga", "Jl. Dusun Liliba",
)  # fmt: skip
ESTATES = (
    "Perumnas Blok", "BTN Kolhua Blok", "Perum Citra Lasiana Blok", "Griya Sikumana Permai Blok",
    "Perumahan Oesapa Indah Blok", "Kompleks Perumahan Bumi Liliba Blok",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. Timor Raya", "Jl. Soeharto", "Jl. El Tari", "Jl. Adisucipto", "Jl. Frans Seda",
    "Jl. W.J. Lalamentik", "Jl. Perintis Kemerdekaan", "Jl. Sam Ratulangi", "Jl. Piet A. Tallo",
    "Jl. Jend. Sudirman", "Jl. Moh. Hatta", "Jl. Ahmad Yani", "Jl. Cak Doko", "Jl. R.A. Kartini",
    "Jl. Herewila", "Jl. Kapten Tendean", "Jl. Amabi", "Jl. Bajawa", "Jl. Thamrin",
    "Jl. Untung Surapati", "Jl. H.R. Koroh", "Jl. Samratulangi III",
)  # fmt: skip
MARKETS = (
    "Pasar Inpres Naikoten", "Pasar Oeba", "Pasar Oebobo", "Pasar Kuanino", "Pasar Oesapa",
    "Pasar Kasih Naikoten", "Pasar Penfui",
)  # fmt: skip
BANKS = ("Bank NTT", "BRI", "BNI", "Mandiri", "BSI", "BCA")
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com",
         "hotmail.com", "outlook.com", "rocketmail.com")  # fmt: skip
BUSINESS = {
    "bengkel": (
        "Bengkel Motor Harapan Oesapa", "Bengkel Sinar Jaya Motor Fatululi",
        "Bengkel Cahaya Teknik Liliba", "Bengkel Motor Tunas Muda Oebufu",
        "Bengkel Mandiri Motor Penfui", "Bengkel Kawan Setia Kuanino",
    ),
    "laundry": (
        "Laundry Harum Oebobo", "Kilat Laundry Penfui", "Laundry Bersih Sehat Naikoten",
        "Wangi Laundry Kayu Putih", "Laundry Express Oesapa", "Super Clean Laundry Liliba",
    ),
    "katering": (
        "Katering Rasa Flobamora", "Dapur Sasando Catering", "Katering Se'i Mantap",
        "Katering Berkat Oebufu", "Catering Nikmat Lestari", "Katering Tiga Rasa Kuanino",
    ),
    "travel": (
        "Travel Sabana Raya", "Travel Mutis Jaya", "Travel Fatuleu Indah", "Bus Kenari Mas",
        "Travel Timor Lestari", "Travel Amfoang Ekspres",
    ),
    "kurir": ("JNE", "J&T Express", "SiCepat", "Pos Indonesia", "Ninja Xpress", "AnterAja",
              "Lion Parcel", "ID Express"),
    "kos": (
        "Kos Putri Kasuari", "Kos Sumber Berkat Oebufu", "Kos Lontar Hijau", "Kos Fajar Liliba",
        "Kos Eksklusif Cemara Penfui", "Kos Pelangi Oesapa",
    ),
    "apotek": (
        "Apotek Flamboyan", "Apotek Sehat Sentosa Oesapa", "Apotek Cemara Farma",
        "Apotek Bintang Liliba", "Apotek Oebobo Farma", "Apotek Nusa Medika",
    ),
    "klinik": (
        "Klinik Pratama Medika Oebobo", "Klinik Pratama Lontar Sehat", "Klinik Pratama Citra Husada",
        "Klinik Pratama Tunas Harapan", "Klinik Pratama Bakti Mulia Penfui",
    ),
    "salon": (
        "Salon Mawar Merah", "Barbershop Gentleman Kupang", "Salon Cantik Sehati",
        "Salon & Spa Anggrek Penfui", "Rumah Cantik Liliba", "Salon Sisir Emas",
    ),
    "elektronik": ("Toko Elektronik Bintang Timur", "Sinar Terang Elektronik", "Maju Elektronik Kupang",
                   "Toko Elektronik Cahaya Baru"),
    "bangunan": ("Toko Bangunan Cahaya Fontein", "Toko Bangunan Maju Bersama", "TB Sumber Rejeki Oebufu",
                 "Toko Besi Sinar Liliba"),
    "sembako": ("Toko Sembako Berkat Abadi", "Toko Sembako Murah Oesapa", "Grosir Sembako Sinar Kuanino",
                "Toko Harapan Baru Oeba"),
    "cell": ("Toko HP Flobamora Cell", "Lontar Cell", "Kupang Phone Center", "Sasando Cell Oebobo"),
    "atk": ("Toko ATK Pena Mas", "Fotokopi & ATK Cahaya Oesapa", "Toko Buku dan ATK Pelita"),
    "kue": ("Toko Kue Manis Rasa", "Roti Kenari Bakery", "Kue Lontar Oebobo"),
    "pakaian": ("Toko Pakaian Mode Baru", "Butik Anggun Kupang", "Toko Baju Sasando Fashion"),
    "cv": (
        "CV Karya Lontar Mandiri", "CV Mitra Sasando", "CV Flobamora Teknik", "CV Bintang Fatuleu",
        "CV Cahaya Mutis", "CV Teluk Kupang Abadi", "CV Nusa Lontar Konstruksi",
    ),
    "pt": (
        "PT Nusa Kupang Perkasa", "PT Timor Raya Logistik", "PT Sasando Mitra Niaga",
        "PT Flobamora Digital Solusi", "PT Kupang Sentosa Distribusi",
    ),
    "ud": ("UD Sinar Oeba", "UD Tunas Harapan Kuanino", "UD Berkat Laut Timor",
           "UD Mulia Jaya Oesapa", "UD Cahaya Sumba"),
    "kop": (
        "Koperasi Pedagang Pasar Inpres", "KSP Lontar Sejahtera", "Kopdit Pelita Timor",
        "Koperasi Nelayan Oeba Mandiri", "KSU Tani Makmur Oelnasi",
    ),
    "depot": ("Depot Air Oebufu Segar", "Depot Air Gunung Mutis", "Depot Isi Ulang Sumber Hidup",
              "Depot Air Tirta Lasiana"),
    "hotel": ("Hotel Teluk Biru", "Penginapan Sasando Inn", "Guest House Cendana Liliba",
              "Hotel Flobamora Indah"),
    "rental": ("Rental Mobil Fatuleu Trans", "Kupang Rent Car", "Sasando Trans Rent Car",
               "Timor Rental Mobil"),
    "handle": ("kupangstore_official", "lapak.oebufu", "gadget_kupang", "sembako_murah_kpg",
               "jualbeli.kupang.id", "barangbekas_kpg", "olshop_flobamora"),
    "pasar": MARKETS,
}  # fmt: skip
# words of a business's name that do not make its mailbox
BUSINESS_WORDS = {
    "bengkel", "motor", "mobil", "laundry", "katering", "catering", "dapur", "travel", "bus",
    "kos", "putri", "putra", "eksklusif", "apotek", "klinik", "pratama", "utama", "gigi", "salon",
    "spa", "barbershop", "rumah", "toko", "bangunan", "elektronik", "sembako", "pakaian", "hp",
    "atk", "kue", "cv", "pt", "ud", "koperasi", "ksp", "kopdit", "ksu", "depot", "air", "isi",
    "ulang", "hotel", "penginapan", "guest", "house", "rental", "kecantikan", "&", "ac", "las",
    "tb", "besi", "grosir", "murah", "fotokopi", "buku", "dan", "roti", "bakery", "butik", "baju",
    "fashion", "center", "phone",
}  # fmt: skip
# offices: name, short form, a line, a mailbox
OFFICES = (
    ("Dinas Penanaman Modal dan PTSP Kota Kupang", "DPMPTSP", "dpmptsp@kupangkota.go.id"),
    ("Dinas Koperasi dan UKM Kota Kupang", "Diskop UKM", "diskopukm@kupangkota.go.id"),
    ("Dinas Perindustrian dan Perdagangan Kota Kupang", "Disperindag", "disperindag@kupangkota.go.id"),
    ("Badan Pendapatan Daerah Kota Kupang", "Bapenda", "bapenda@kupangkota.go.id"),
    ("Dinas Tenaga Kerja Kota Kupang", "Disnaker", "disnaker@kupangkota.go.id"),
)  # fmt: skip
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# mobile prefixes with weights (Telkomsel leads in NTT, then Indosat and XL)
MOBILE = (
    ("0812", 14), ("0813", 16), ("0821", 10), ("0822", 12), ("0823", 8), ("0852", 15),
    ("0853", 13), ("0811", 3), ("0851", 5), ("0815", 2), ("0816", 1), ("0856", 2),
    ("0857", 3), ("0858", 2), ("0817", 1), ("0818", 1), ("0819", 2), ("0859", 1), ("0877", 1),
    ("0878", 2), ("0831", 1), ("0838", 1), ("0895", 2), ("0896", 1), ("0897", 1), ("0881", 1),
    ("0882", 1), ("0899", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0832", "0833", "0855", "0898", "0887", "0888"}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
NBSP = "\u00a0"

# the time a chat or a log opens, from the greeting of its first lines
GREETING_HOURS = {
    "pagi": (7 * 60, 10 * 60 + 20),
    "siang": (11 * 60, 14 * 60),
    "sore": (15 * 60, 17 * 60 + 30),
    "malam": (19 * 60, 21 * 60 + 30),
}
GREETING = re.compile(r"(?i)\b(?:selamat\s+|slmt\s+|met\s+)(pagi|siang|sore|malam)\b")


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.used_words: set[str] = set()
        self.numbers: set[str] = set()
        self.picked: dict[str, set[str]] = {}
        self.bodies: dict[tuple[str, int], str] = {}
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 25)
        start, end = GREETING_HOURS.get(str(spec.get("greet", "")), (7 * 60 + 30, 17 * 60))
        self.minute = rng.randint(start, end)
        self.gaps = [0] + [rng.choice((1, 1, 2, 2, 3, 4, 6, 9, 13, 20, 35, 58)) for _ in range(50)]

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(500):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    def pick(self, pool: str, items: tuple[str, ...]) -> str:
        """A member of a pool not drawn before in this filling."""
        seen = self.picked.setdefault(pool, set())
        left = [x for x in items if x not in seen] or list(items)
        v = self.rng.choice(left)
        seen.add(v)
        return v

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            rest = r.choice((7, 8, 8, 8, 8, 8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "g", "h", "t", "i", "p", "j", "k", "m", "q", "c", "u", "v", "w"),
                (30, 14, 13, 5, 4, 3, 8, 5, 7, 6, 3, 1, 2, 1, 1, 1),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "g": f"{a} {raw[4:7]} {raw[7:]}" if len(raw) == 11 else f"{a} {b} {c}",
            "h": f"{a}-{raw[4:7]}-{raw[7:]}" if len(raw) == 11 else f"{a}-{b}-{c}",
            "t": f"{a}.{b}.{c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "p": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "m": f"62 {a[1:]} {b} {c}",
            "q": f"62-{a[1:]}-{b}-{c}",
            "c": f"(+62) {a[1:]} {b} {c}",
            "u": f"{a}_{b}_{c}",
            "v": f"{a} • {b} • {c}",
            "w": f"{a}{NBSP}{b}{NBSP}{c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 1]
            out = list(base)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = "I" if out[p] == "1" and r.random() < 0.4 else OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        if how == "x":  # a plain writing
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "i", "j", "k")))
        if how == "l":  # local writings only (08…)
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "g", "h", "t")))
        if how == "z":  # international writings only
            return self.write_mobile(raw, r.choice(("i", "p", "j", "k", "m", "c", "q")))
        raise KeyError(how)

    def write_land(self, raw: str, how: str = "") -> str:
        a, b = raw[:4], raw[4:]
        forms = (
            f"{a} {b}",
            f"({a}) {b}",
            f"{a}-{b}",
            f"({a}) {b[:3]} {b[3:]}",
            f"{a} {b[:3]} {b[3:]}",
            f"{a}-{b[:3]}-{b[3:]}",
            f"{a}{b}",
            f"+62 380 {b}",
        )
        if how == "p":  # no international form
            return self.rng.choice(forms[:7])
        return self.rng.choices(forms, (14, 12, 12, 8, 6, 3, 3, 2))[0]

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK in a writing people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (76, 18, 6))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "c":  # read out in fours with commas
            return ", ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "p":  # read out in pairs
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        if how == "n":  # broken over a line
            k = r.choice((4, 6, 8, 10, 12))
            return raw[:k] + "\n" + raw[k:]
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in "0158" and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "m":  # a digit left out (15 digits)
            k = r.randint(6, 15)
            return raw[:k] + raw[k + 1 :]
        if how == "e":  # a digit typed twice (17 digits)
            k = r.randint(6, 15)
            return raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        old = p["npwp15"]
        r = self.rng
        if how == "":
            how = r.choice(("d", "d", "d", "b", "n", "n"))
        if how == "d":
            return _dotted(old)
        if how == "b":  # the old number in one block
            return old
        if how == "s":  # the old number in its groups with spaces
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "e":  # one mark between all its groups
            sep = r.choice((".", "-"))
            return sep.join((old[:2], old[2:5], old[5:8], old[8], old[9:12], old[12:]))
        if how == "y":  # dotted with the 0 of the new form
            return "0" + old[:2] + "." + _dotted(old)[3:]
        if how == "z":  # the old number with a 0 before it: 16 digits
            return "0" + old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "t":  # the person's NITKU: the NIK and six zeros
            return p["nikraw"] + "000000"
        if how == "u":  # a sole trader's second place of business: the NIK and its number
            return p["nikraw"] + "00000" + str(r.randint(1, 3))
        if how == "o":  # as a scan reads it
            out = list(_dotted(old))
            cands = [k for k, ch in enumerate(out) if ch in "01." and k > 2]
            for k in r.sample(cands, min(2, len(cands))):
                out[k] = {"0": "O", "1": "l", ".": ","}[out[k]]
            return "".join(out)
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        if how in ("", "b"):
            return raw
        if how == "o":  # as a scan reads it: a letter for a digit
            cands = [k for k in range(4, 13) if raw[k] in "018"]
            if not cands:
                return raw
            k = self.rng.choice(cands)
            return raw[:k] + OCR_SUBS[raw[k]] + raw[k + 1 :]
        return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (80, 20))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice(("a", "b", "d", "h", "g", "t", "e", "q", "y", "c", "s"))
        parts = host.split(".")
        forms = {
            "a": f"{local} [at] " + " [dot] ".join(parts),
            "b": f"{local}(at){host}",
            "d": f"{local} at " + " dot ".join(parts),
            "h": f"{local} @{host}",
            "g": f"{local} @ {host}",
            "t": f"{local}@" + "(titik)".join(parts),
            "e": f"{local}(et){host}",
            "q": f"{local}[@]{host}",
            "y": f"{local}(keong){host}",
            "c": f"{local}@{parts[0]}," + ".".join(parts[1:]),
            "s": f"{local}@{parts[0]} titik " + " titik ".join(parts[1:]),
            "n": f"{local}\n@{host}",
            "k": p["office_mail"],
            "j": p["tax_mail"],
            "f": p["joined_mail"],
        }
        return forms[how]

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        spec = self.spec
        fam = spec["fam"]
        head = self.person(fam[i]) if i in fam else None
        for _ in range(800):
            if i in spec["F"]:
                sex = "F"
            elif i in spec["M"]:
                sex = "M"
            else:
                sex = r.choice("MF")
            origin = spec["O"].get(i) or (
                head["origin"]
                if head
                else r.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
            )
            if isinstance(origin, tuple):
                origin = r.choice(origin)
            if origin == "sumba":
                given = r.choice(SUMBA_GIVEN[sex])
                family = head["f"] if head else r.choice(SUMBA_FAMILY)
                full = f"{given} {family}"
            elif origin in OTHER_PEOPLE:
                _, full, given, family = r.choice([x for x in OTHER_PEOPLE[origin] if x[0] == sex])
                if origin == "chinese" and head and head["origin"] == "chinese":
                    family = head["f"]
                    full = f"{family} {given}" if " " in given else f"{given} {family}"
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY[origin])
                full = f"{given} {family}"
            words = {w.lower() for w in full.split() if len(w) > 2} - SHARED
            if head is not None and family == head["f"] and origin in (*NTT, "chinese"):
                words -= {w.lower() for w in family.split()}
            if head is not None and full == head["n"]:
                continue
            if words & self.used_words or (head is None and family.lower() in self.used_words):
                continue
            if any(w in self.spec["avoid"] for w in words):
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name %d" % i)
        if i in spec["E"]:
            year = r.randint(1948, 1962)
        elif i in spec["Y"]:  # a school leaver or a young applicant
            year = r.randint(self.year - 27, self.year - 19)
        else:
            year = r.randint(1964, 2002)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < (0.55 if origin in NTT else 0.75):  # most live in Kota Kupang
            district = "5371" + r.choice(("01", "02", "03", "04", "05", "06"))
        else:
            district = r.choice(REGION[origin]) + "%02d" % r.randint(1, 16)
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 2400)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 25))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice(
                        (
                            7,
                            8,
                            9,
                            14,
                            15,
                            24,
                            25,
                            35,
                            44,
                            46,
                            47,
                            58,
                            66,
                            69,
                            73,
                            76,
                            82,
                            86,
                            92,
                            96,
                        )
                    ),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "920", "920", "921", "922", "924")),
                )
            )
        )
        gl = re.sub(r"[^a-z]", "", given.lower().split()[-1])
        fl = re.sub(r"[^a-z]", "", family.lower())
        if fl == gl:  # a name of one part (Balinese, Bugis, Butonese)
            fl = re.sub(r"[^a-z]", "", full.lower().split()[-2]) if len(full.split()) > 1 else "kpg"
            fl = fl if len(fl) > 2 else "ntt"
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}kpg",
                f"{gl}.{fl}{r.randint(1, 9)}",
                f"{fl}{gl[:3]}{yy}",
                f"{gl}{fl[:3]}.ntt",
                f"{gl}{fl}.kupang",
            )
        )
        if r.random() < 0.14:
            ad = "%s %s%s No. %d" % (
                r.choice(ESTATES),
                r.choice("ABCDEFGHJK"),
                r.choice(("", "", str(r.randint(1, 9)))),
                r.randint(1, 48),
            )
        else:
            street = r.choice(HOME_STREETS)
            house = str(r.randint(1, 160)) + r.choice(("", "", "", "", "", "", "A", "B"))
            no = r.choice(("No. ", "No. ", "No. ", "No ", "no. ", "Nomor ", "No."))
            ad = f"{street} {no}{house}"
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = full.upper()
        p = {
            "n": full,
            "N": up,
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "lf": family.lower(),
            "sex": sex,
            "origin": origin,
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "mob2": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "office_mail": r.choice(
                (
                    f"{gl}.{fl}@kupangkota.go.id",
                    f"{gl[0]}{fl}@kupangkota.go.id",
                    f"{gl}.{fl}@pajak.go.id",
                    f"{gl}{fl[:4]}@nttprov.go.id",
                )
            ),
            "tax_mail": f"{gl}.{fl}@pajak.go.id",
            "joined_mail": "%s@%s" % (re.sub(r"[^a-z]", "", full.lower()), r.choice(HOSTS)),
            "work_local": r.choice((f"{gl}.{fl}", f"{gl[0]}{fl}", f"{gl}")),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "lahirb": "%d %s %d" % (dd, MONTHS[mm - 1], year),
            "age": str(self.year - year),
            "bank": bank,
            "rek": self.account(bank),
            "ad": ad,
            "adr": f"{ad}, {rt}" if r.random() < 0.7 else f"{ad} {rt}",
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 12)),
            "pl": self.plate(),
            "pkel": r.choice(KELURAHAN),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 42), r.randint(1, 14)
        return r.choice(
            (
                "RT %03d/RW %03d" % (a, b),
                "RT %02d/RW %02d" % (a, b),
                "RT %d RW %d" % (a, b),
                "RT %02d/%02d" % (a, b),
                "RT.%02d/RW.%02d" % (a, b),
                "rt %d rw %d" % (a, b),
                "RT %02d RW %02d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        sep = r.choice((" ", " ", " ", ""))
        return "%s%s%d%s%s" % (
            r.choice(("DH", "DH", "DH", "DH", "DH", "EB", "ED")),
            sep,
            r.randint(1000, 9999),
            sep,
            r.choice(("AB", "AK", "KB", "KN", "BF", "AE", "KH", "AT", "C", "AJ", "KL", "FA", "A")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":  # 15 digits: branch 4, 01, serial 6, check 2, 1
            d = (
                "%04d" % r.randint(100, 9999)
                + "01"
                + self.digits(6)
                + r.choice("0135")
                + self.digits(2)
            )
            return self.fresh(
                lambda: r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            )
        if bank == "BNI":  # 10 digits
            return self.fresh(lambda: "0" + r.choice("1234679") + self.digits(8))
        if bank == "Mandiri":  # 13 digits
            d = r.choice(("161", "149", "152", "180")) + "00" + self.digits(8)
            return self.fresh(lambda: r.choice((d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}")))
        if bank == "Bank NTT":  # 001.01.02.123456-7 or a block
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s.%s.%s.%s-%d"
                        % (r.choice(("001", "002", "010", "034")), "01", r.choice(("01", "02")),
                           self.digits(6), r.randint(0, 9)),
                        r.choice(("0010102", "0020101", "0340102")) + self.digits(7),
                    )
                )
            )  # fmt: skip
        if bank == "BCA":  # 10 digits
            d = r.choice(("31", "03", "78", "84", "20")) + self.digits(8)
            return self.fresh(
                lambda: r.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:7]} {d[7:]}"))
            )
        return self.fresh(lambda: "7" + r.choice("12345") + self.digits(8))  # BSI: 10 digits

    # -- businesses
    def body(self, kind: str, i: int) -> str:
        key = (kind, i)
        if key not in self.bodies:
            self.bodies[key] = self.pick(kind, BUSINESS[kind])
        return self.bodies[key]

    def body_mail(self, kind: str, i: int) -> str:
        r = self.rng
        name = self.body(kind, i)
        words = [re.sub(r"[^a-z]", "", w.lower()) for w in name.split()]
        own = [w for w in words if w and w not in BUSINESS_WORDS] or [w for w in words if w]
        kw = [w for w in words if w in BUSINESS_WORDS and w not in ("cv", "pt", "ud", "&")]
        joined = "".join(own)
        if kind == "kurir":
            return (
                r.choice(("customercare", "cs", "halo"))
                + "@"
                + joined
                + r.choice((".co.id", ".id"))
            )
        if kind in ("cv", "pt", "ud", "kop"):
            return r.choice(
                (
                    f"{joined}@gmail.com",
                    f"{kind}{joined}@yahoo.co.id",
                    f"admin@{joined}.co.id",
                    f"info@{joined}.co.id",
                    f"{'.'.join(own)}@gmail.com",
                )
            )
        pre = kw[0] if kw else kind
        return r.choice(
            (
                f"{joined}{pre}@gmail.com",
                f"{pre}.{joined}@gmail.com",
                f"{joined}.kupang@gmail.com",
                f"admin.{joined}@gmail.com",
                f"cs@{joined}.id",
                f"{pre}{joined}.kpg@yahoo.com",
            )
        )

    def office(self, i: int) -> tuple[str, str, str]:
        key = ("office", i)
        if key not in self.bodies:
            self.bodies[key] = self.pick("office", tuple(o[0] for o in OFFICES))
        return next(o for o in OFFICES if o[0] == self.bodies[key])

    def home(self) -> str:
        """A home's address with nobody of the filling named as living there."""
        r = self.rng
        if r.random() < 0.3:
            return "%s %s No. %d" % (r.choice(ESTATES), r.choice("ABCDEFGHJK"), r.randint(1, 48))
        return "%s No. %d" % (r.choice(HOME_STREETS), r.randint(1, 160))

    def body_npwp(self, how: str = "") -> str:
        d = _old_body(self, (1, 2, 3, 21, 31, 61, 62, 70, 74, 83, 90, 96))
        how = how or self.rng.choice(("d", "d", "d", "b", "z"))
        return {
            "d": _dotted(d),
            "b": d,
            "z": "0" + d,
            "t": "0" + d + "00000" + self.rng.choice("0123"),
        }[how]

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "lahir", "lahirb", "age", "bank", "rek",
            "ad", "adr", "rt", "rtk", "pl", "pkel",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name in BUSINESS:
            return self.body(name, i)
        for suffix in ("mail", "wa", "tel", "jl", "npwp", "nitku", "rek", "nib"):
            base = name[: -len(suffix)]
            if name.endswith(suffix) and base in BUSINESS:
                if suffix == "mail":
                    return self.body_mail(base, i)
                if suffix == "wa":
                    return self.write_mobile(self.mobile_raw(), "x")
                if suffix == "tel":
                    return self.write_land(self.land_raw())
                if suffix == "jl":
                    return "%s No. %d" % (self.pick("jl", PUBLIC_STREETS), self.rng.randint(1, 150))
                if suffix == "npwp":
                    return self.body_npwp()
                if suffix == "nitku":
                    return self.body_npwp("t")
                if suffix == "rek":  # a bank's name and the body's account in its shape
                    bank = self.rng.choice(BANKS)
                    return f"{bank} {self.account(bank)}"
                return OTHER_VALUES["nib"](self, i)
        if name == "jk":  # the sex as a card writes it
            return "LAKI-LAKI" if self.person(i)["sex"] == "M" else "PEREMPUAN"
        if name == "lp":
            return "L" if self.person(i)["sex"] == "M" else "P"
        if name == "s":  # how a chat saved the person: one writing for the whole chat
            p = self.person(i)
            return self.rng.choice((p["n"], p["n"], p["g"], p["l"], p["lg"]))
        if name.startswith("rk"):  # the person's account in a named bank
            bank = {"bri": "BRI", "bni": "BNI", "mdr": "Mandiri", "ntt": "Bank NTT", "bca": "BCA",
                    "bsi": "BSI"}[name[2:]]  # fmt: skip
            return self.account(bank)
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name == "tr":
            return self.write_land(self.person(i)["land"], "p")
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("np"):
            return self.write_npwp(self.person(i), name[2:])
        if name.startswith("bpjs"):
            return self.write_bpjs(self.person(i)["bpjsraw"], name[4:])
        if (
            name.startswith("emat") and name[4:] in BUSINESS
        ):  # the person's own at the business's domain
            mail = self.body_mail(name[4:], 1)
            domain = (
                mail.split("@")[1]
                if not mail.endswith(HOSTS)
                else re.sub(r"[^a-z]", "", self.body(name[4:], 1).lower()) + ".co.id"
            )
            return self.person(i)["work_local"] + "@" + domain
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


# ---------------------------------------------------------------- bodies' numbers and look-alikes


def _dotted(d: str) -> str:
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def _old_body(fl: Fill, first: tuple[int, ...]) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice(first),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "920", "921")),
                r.choice(("000", "000", "000", "001")),
            )
        )
    )


def _date(fl: Fill, i: int) -> datetime.date:
    """The i-th date of a filling: later indexes fall later; no Sunday."""
    base = datetime.date(fl.year, fl.month, fl.day)
    d = base + datetime.timedelta(days=3 * (i - 1) + fl.rng.randint(0, 2) * (i > 1))
    return d + datetime.timedelta(days=1) if d.weekday() == 6 else d


def _tgl(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return fl.rng.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%d-%d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS_SHORT[d.month - 1], d.year),
        )
    )


def _tgll(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _hari(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%s, %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)


def _minute(fl: Fill, i: int) -> int:
    return fl.minute + sum(fl.gaps[:i])


def _ts(fl: Fill, i: int) -> str:
    """A chat's time stamp; the messages of one chat follow each other."""
    m = _minute(fl, i)
    d = datetime.date(fl.year, fl.month, fl.day) + datetime.timedelta(days=m // 1440)
    return "[%02d/%02d/%d %02d.%02d]" % (d.day, d.month, d.year, m // 60 % 24, m % 60)


def _hm(fl: Fill, i: int) -> str:
    m = _minute(fl, i)
    return "%02d.%02d" % (m // 60 % 24, m % 60)


def _money(fl: Fill, low: int, high: int, step: int) -> str:
    r = fl.rng
    v = r.randint(low // step, high // step) * step
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-", "Rp %s")) % s


def _order(fl: Fill, i: int) -> str:
    r = fl.rng
    d = _date(fl, i)
    stamp = "%02d%02d%02d" % (d.year % 100, d.month, d.day)
    alnum = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    return r.choice(
        (
            stamp + alnum,
            "INV/%d%02d%02d/MPL/%d" % (d.year, d.month, d.day, r.randint(1000000000, 4999999999)),
            "#ORD-%s-%04d" % (stamp, r.randint(1, 9999)),
            "%s%s" % (stamp, fl.digits(6)),
        )
    )


def _resi(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "JP" + fl.digits(10),
            "JX" + fl.digits(10),
            "0040" + fl.digits(8),
            "KPG" + fl.digits(9),
            "P%02d%02d" % (fl.year % 100, fl.month) + fl.digits(9),
            "NLIDAP" + fl.digits(8),
            "1000" + fl.digits(10),
            "IDE" + fl.digits(12),
        )
    )


def _surat(fl: Fill, i: int) -> str:
    r = fl.rng
    rm = ROMAN[fl.month - 1]
    return r.choice(
        (
            "500.%d/%03d/%s/%d" % (r.randint(1, 9), r.randint(1, 900), rm, fl.year),
            "400.%d/%03d/%s/%d" % (r.randint(1, 9), r.randint(1, 500), rm, fl.year),
            "B.%03d/%02d/%d" % (r.randint(1, 300), fl.month, fl.year),
            "510/%03d/%s/%d" % (r.randint(1, 700), rm, fl.year),
        )
    )


def _spk(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%03d/SPK/%s/%s/%d" % (r.randint(1, 400), r.choice(("PPK-DISPERINDAG", "DISKOPUKM", "BAG.UMUM", "PPK-DPMPTSP")), ROMAN[fl.month - 1], fl.year),
            "SPK-%d-%02d-%04d" % (fl.year, fl.month, r.randint(1, 9999)),
            "027.%d/%03d/SPK/%d" % (r.randint(1, 9), r.randint(1, 300), fl.year),
        )
    )  # fmt: skip


def _faktur(fl: Fill, i: int) -> str:
    r = fl.rng
    yy = fl.year % 100
    return r.choice(
        (
            "010.%03d-%02d.%08d" % (r.randint(0, 9), yy, r.randint(1, 99999999)),
            "04002%02d%010d" % (yy, r.randint(1, 9999999999)),
        )
    )


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1994)
    d = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 30), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


def _kg(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(("%d kg", "%d,5 kg", "%d kg", "%d gr")) % r.choice(
        (1, 2, 3, 4, 5, 10, 25, 50, 250, 500)
    )


OTHER_VALUES = {
    # bodies', desks' and scams' numbers
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "x"),
    "owaz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "owao": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "biz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "bizo": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "bizl": lambda fl, i: fl.write_land(fl.land_raw()),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "short": lambda fl, i: fl.rng.choice(("1708", "112", "1500200", "14017", "1500046", "110")),
    "csn": lambda fl, i: fl.rng.choice(("1500", "1500", "14")) + fl.digits(3),
    "npx": lambda fl, i: fl.body_npwp(),
    "npxd": lambda fl, i: fl.body_npwp("d"),
    "npxz": lambda fl, i: fl.body_npwp("z"),
    "nitkux": lambda fl, i: fl.body_npwp("t"),
    "npbend": lambda fl, i: fl.rng.choice((_dotted, lambda d: "0" + d))(_old_body(fl, (0,))),
    "npxex": lambda fl, i: fl.rng.choice(("09.123.456.7-920.000", "01.234.567.8-920.000", "00.000.000.0-000.000", "12.345.678.9-012.345")),
    "rekx": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "rekxbri": lambda fl, i: fl.account("BRI"),
    "rekxbni": lambda fl, i: fl.account("BNI"),
    "rekxbca": lambda fl, i: fl.account("BCA"),
    "rekxmdr": lambda fl, i: fl.account("Mandiri"),
    "rekxbsi": lambda fl, i: fl.account("BSI"),
    # look-alikes
    "nib": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("91203", "81202", "12200", "22104", "02203")) + fl.digits(8)),
    "billing": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("0", "0", "1", "8")) + fl.digits(14)),
    "ntpn": lambda fl, i: "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(16)),
    "faktur": _faktur,
    "bpe": lambda fl, i: "BPE-%08d/CT/KPP.2402/%d" % (fl.rng.randint(1, 99999999), fl.year),
    "bupot": lambda fl, i: "%d.%d-%02d.%02d-%07d" % (fl.rng.choice((1, 1, 2)), fl.rng.randint(1, 3), fl.month, fl.year % 100, fl.rng.randint(1, 9999999)),
    "npwpd": lambda fl, i: "P.2.%07d.%02d.%02d" % (fl.rng.randint(1, 9999999), fl.rng.randint(1, 12), fl.rng.randint(1, 9)),
    "va": lambda fl, i: fl.rng.choice(("8808 " + " ".join(fl.digits(4) for _ in range(3)), "88810" + fl.digits(11), "7007" + fl.digits(12), "39358" + fl.digits(11))),
    "order": _order,
    "resi": _resi,
    "sku": lambda fl, i: "%s-%s%03d" % (fl.rng.choice(("SKU", "BRG", "KPG", "SMB")), fl.rng.choice(("A", "B", "K", "M", "TX")), fl.rng.randint(1, 999)),
    "inv": lambda fl, i: "INV/%d/%02d/%04d" % (fl.year, fl.month, fl.rng.randint(1, 3000)),
    "kwit": lambda fl, i: "%04d/KW/%02d/%d" % (fl.rng.randint(1, 999), fl.month, fl.year),
    "nota": lambda fl, i: "%s-%02d%02d-%04d" % (fl.rng.choice(("NT", "TRX", "NOTA", "LDR")), fl.year % 100, fl.month, fl.rng.randint(1, 9999)),
    "spk": _spk,
    "rup": lambda fl, i: str(fl.rng.randint(40000000, 59999999)),
    "paket": lambda fl, i: "EPURCHASING-%d-%09d" % (fl.year, fl.rng.randint(1, 999999999)),
    "akad": lambda fl, i: "B.%04d/KC-XIV/KUR/%02d/%d" % (fl.rng.randint(1, 9999), fl.month, fl.year),
    "tiket": lambda fl, i: fl.rng.choice(("TKT-%02d%02d-%05d" % (fl.year % 100, fl.month, fl.rng.randint(1, 99999)), "#%d" % fl.rng.randint(1000000, 9999999), "LAPOR-5371-%d-%05d" % (fl.year, fl.rng.randint(1, 99999)))),
    "surat": _surat,
    "karcis": lambda fl, i: "%07d" % fl.rng.randint(1, 999999),
    "los": lambda fl, i: "%s-%02d" % (fl.rng.choice("ABCDEFG"), fl.rng.randint(1, 60)),
    "nmid": lambda fl, i: "ID" + fl.digits(13),
    "idpel": lambda fl, i: fl.fresh(lambda: "53" + fl.rng.choice("1234") + fl.digits(9)),
    "otp": lambda fl, i: fl.digits(6),
    "kbli": lambda fl, i: fl.rng.choice(("47111", "47211", "56101", "96012", "45201", "49431", "56210", "47521", "55130", "96111")),
    "nip": _nip,
    "booking": lambda fl, i: "".join(fl.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "serial": lambda fl, i: fl.digits(fl.rng.randint(9, 12)),
    "home": lambda fl, i: fl.home(),
    "kpj": lambda fl, i: fl.rng.choice(("2", "1")) + fl.digits(10),
    "nikop": lambda fl, i: "5371" + fl.digits(4) + "%04d" % fl.rng.randint(2010, 2026) + fl.digits(4),
    "rp": lambda fl, i: _money(fl, 50000, 2500000, 25000),
    "rps": lambda fl, i: _money(fl, 5000, 95000, 5000),
    "rpm": lambda fl, i: _money(fl, 100000, 900000, 25000),
    "rpb": lambda fl, i: _money(fl, 2000000, 45000000, 250000),
    "rpk": lambda fl, i: _money(fl, 10000000, 100000000, 5000000),
    "kg": _kg,
    "tgl": _tgl,
    "tgll": _tgll,
    "hari": _hari,
    "dname": lambda fl, i: DAYS[_date(fl, i).weekday()],
    "jam": lambda fl, i: "%02d.%02d" % (fl.rng.randint(8, 16), fl.rng.choice((0, 0, 15, 30, 30, 45))),
    "ts": _ts,
    "hm": _hm,
    "thn": lambda fl, i: str(fl.year),
    "thl": lambda fl, i: str(fl.year - 1),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "rtn": lambda fl, i: "%02d" % fl.rng.randint(1, 42),
    "rwn": lambda fl, i: "%02d" % fl.rng.randint(1, 14),
    "num": lambda fl, i: str(fl.rng.randint(3, 60)),
    "pct": lambda fl, i: fl.rng.choice(("0,5", "1", "2", "2,5", "5", "10", "11", "12")),
    # places and offices
    "kel": lambda fl, i: fl.pick("kel", KELURAHAN),
    "kec": lambda fl, i: fl.pick("kec", KECAMATAN),
    "jl": lambda fl, i: fl.pick("jl", PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.pick("jl", PUBLIC_STREETS), fl.rng.randint(1, 140)),
    "bnk": lambda fl, i: fl.pick("bnk", BANKS),
    "off": lambda fl, i: fl.office(i)[0],
    "offs": lambda fl, i: fl.office(i)[1],
    "offmail": lambda fl, i: fl.office(i)[2],
}  # fmt: skip

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
PERSON_KEYS = {"N", "G", "F"}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``."""
    return ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)


MONEY = re.compile(r"\{(Rp|jt)(\d+)-(\d+)\}")


def money(fl: Fill, unit: str, low: int, high: int) -> str:
    """{Rp50-90}: a sum between Rp 50.000 and Rp 90.000; {jt10-25}: 10 to 25 million, as people write it."""
    r = fl.rng
    if unit == "jt":
        v = r.randint(low, high)
        return r.choice(("%d jt", "%d juta", "Rp %d jt", "%djt", "Rp %d.000.000")) % v
    step = (
        1
        if high <= 20
        else 5
        if high <= 200
        else 25
        if high <= 2000
        else 250
        if high <= 20000
        else 1000
    )
    v = r.randint(low // step, high // step) * step * 1000
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-", "Rp %s", "Rp %s")) % f"{v:,}".replace(
        ",", "."
    )


def fill(template: str, fl: Fill) -> str:
    template = MONEY.sub(
        lambda m: money(fl, m.group(1), int(m.group(2)), int(m.group(3))), template
    )

    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1 and name not in PERSON_KEYS:  # {KEL}: {kel} in capitals
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = fl.value(name.lower(), index)
            return fl.cache[low].upper()
        if key not in fl.cache:
            fl.cache[key] = fl.value(name, index)
        return fl.cache[key]

    return PLACEHOLDER.sub(sub, template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    """The text without its markers, the spans and the values labelled."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        kind = KINDS[m.group(1).lower()]
        val = m.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(val)})
        values.append(val)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, values


# ---------------------------------------------------------------- checks

NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
ADDRESS_START = re.compile(
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|rt\d|perumnas|perum\b|perumahan|btn|griya|kompleks|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
PUNCT_EDGE = ".,;:!?-/'\")]}>|_•"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # str.splitlines splits on these


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OolISB]", "", seg)):
        return False
    if re.search(r"[^0-9OolISB +()\-._•\n\u00a0]", seg):
        return False
    clean = re.sub(r"[^0-9OolISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    """The digits of a number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OolISB]", "", seg).translate(OCR_BACK))


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or " \n" in text or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if re.search(r"\S [.,](\s|$)", text) or "( " in text:
        bad.append("a space before a full stop or a comma (an empty alternative?)")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    for s, v in zip(spans, values, strict=True):
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not seg or seg != v or not (0 <= st < en <= len(text)):
            bad.append("bad span")
            continue
        if kind not in KINDS.values():
            bad.append("kind")
        if (
            seg != seg.strip()
            or seg[0] in PUNCT_EDGE
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
            or seg[-1] in PUNCT_EDGE
            or not seg[-1].isalnum()
        ):
            bad.append(f"edge {seg!r}")
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            words = re.split(r"[\s.,]+", seg.lower())
            if words[0] in TITLES or " ".join(words[:2]) in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or "\n" in seg or any(c.isdigit() for c in seg):
                bad.append(f"name chars {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OolISB .,\-\n]", seg)
                or d[:2] not in PROVINCES
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9OlI ,.\-\n]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs":
            d = id_digits(seg)
            if len(d) != 13 or not d.startswith("000"):
                bad.append(f"bpjs {seg!r}")
        elif kind == "bank_account" and (
            not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append(f"account {seg!r}")
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append(f"email {seg!r}")
        elif kind == "address" and (not ADDRESS_START.match(seg) or not re.search(r"\d", seg)):
            bad.append(f"address {seg!r}")
        elif kind == "plate" and not re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}", seg.upper()):
            bad.append(f"plate {seg!r}")
    # every other occurrence of a labelled value in the same text is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        if s["kind"] == "name":
            for word in re.findall(r"[A-Za-z']{3,}", seg):
                if word.lower() in SHARED:
                    continue
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append(f"unlabelled name word {word!r}")
        elif s["kind"] == "email":
            local = AT_FORM.split(seg)[0].split(" [dot] ")[0].split("\n")[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in NUMERIC:
            d = id_digits(seg) if s["kind"] != "bank_account" else re.sub(r"\D", "", seg)
            if len(d) < 8:
                continue
            if s["kind"] == "npwp" and len(d) == 22:  # a NITKU: its NIK is the part that counts
                d = d[:16]
            pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
            joined = "".join(text[k] for k in pos).translate(OCR_BACK)
            cores = {d}
            if s["kind"] == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
            for core in sorted(cores):
                start = joined.find(core)
                while start != -1:
                    if not all(inside[pos[k]] for k in range(start, start + len(core))):
                        bad.append(f"unlabelled repeat of {seg!r}")
                    start = joined.find(core, start + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = (
    r"om|opa|bapa|pak|bpk|bapak|bp|tn|sdr|suami|ayah|koh|mas|almarhum|alm|bang|kakak laki-laki"
)
FEMALE_WORDS = (
    r"mama|oma|tanta|ibu|bu|ny|nyonya|sdri|nona|nn|istri|mbak|ci|cik|almarhumah|almh|bidan"
)
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|kos)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
    % (MALE_WORDS, FEMALE_WORDS)
)
MALE_SET = set(MALE_WORDS.split("|"))


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    Y: tuple[int, ...] = (),
    orig: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
) -> tuple:
    return (
        style,
        theme,
        text.strip("\n"),
        {"F": F, "M": M, "E": E, "Y": Y, "O": orig or {}, "fam": fam or {}},
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    """The template's spec, with the sex a kin word or a title gives a person, and the words of
    the template's own text, which no name may take."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
    both = (auto["M"] | set(base["M"])) & (auto["F"] | set(base["F"]))
    if both:
        raise SystemExit(f"a person given both sexes: {sorted(both)}\n{chosen[:300]}")
    greet = GREETING.search(chosen[:300])
    bare = PLACEHOLDER.sub(" ", MARKER.sub(lambda m: " " + m.group(2) + " ", chosen))
    return {
        "greet": greet.group(1).lower() if greet else "",
        "F": set(base["F"]) | auto["F"],
        "M": set(base["M"]) | auto["M"],
        "E": set(base["E"]),
        "Y": set(base["Y"]),
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
        "avoid": {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)},
    }


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, base) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        made = 0
        tries = 0
        last: list[str] = []
        while made < FILLS:
            tries += 1
            if tries > 800:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:400]}"
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            marked = fill(chosen, fl)
            text, spans, values = extract(marked)
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
        print(
            "| %s | %d | %d | %s |"
            % (
                v,
                len(rows),
                sum(1 for r in rows if not r["spans"]),
                " | ".join(str(c[k]) for k in kinds),
            )
        )
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)|titik", seg):
            return "written to dodge scrapers"
        if re.search(r"\.go\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt|\d", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|btn|griya|kompleks", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b|\brt\.", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if kind == "npwp" and ", " in seg:
        return "the NIK read in fours with commas"
    if re.search(r"[OolISB]", seg) or (kind == "npwp" and "," in seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        if len(d) == 22:
            return "NITKU (NIK and six digits)"
        if len(d) == 15:
            if "." in seg and "-" in seg:
                return "15 digits dotted"
            if re.search(r"[.\-]", seg):
                return "15 digits, one mark between all groups"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        if "." in seg:
            return "16 digits dotted (0 and the old number)"
        return (
            "16 digits (the NIK)"
            if d[:2] in PROVINCES and d[0] != "0"
            else "16 digits (0 and the old number)"
        )
    if kind == "phone":
        if NBSP in seg:
            return "no-break spaces"
        if seg.startswith("(+62)"):
            return "(+62)"
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•]", seg):
            return "underscores or bullets"
        if "." in seg:
            return "dots"
    if kind in ("nik", "kk") and "," in seg:
        return "in fours with commas"
    if kind in ("nik", "kk") and len(id_digits(seg)) != 16:
        return "15 or 17 digits"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(r: dict[str, object], pattern: str) -> list[re.Match[str]]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return [m for m in re.finditer(pattern, r["text"]) if not any(inside[m.start() : m.end()])]


RUN = r"[+(]?\d[\d .\-()_•\u00a0]{4,}\d|\d{5,}"


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
    print("without spans %d (%.1f %%)" % (empty, 100 * empty / len(records)))
    per_t = Counter((t[0], bool(MARKER.search(t[2]))) for t in TEMPLATES)
    print(
        "templates per style (with spans, without):",
        {s: (per_t[s, True], per_t[s, False]) for s in STYLES},
    )
    lengths = [len(r["text"]) for r in records]
    lines = [r["text"].count("\n") + 1 for r in records]
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
    print("spans per kind:", ", ".join(f"{k} {v}" for k, v in per.most_common()))
    for kind in sorted(KINDS.values()):
        c = Counter(
            writing(kind, r["text"][s["start"] : s["end"]])
            for r in records
            for s in r["spans"]
            if s["kind"] == kind
        )
        print(f"{kind} writings:", ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    runs = phones = ats = 0
    for r in records:
        for m in unlabelled(r, r"[+(]?\d[\d .\-()_•\u00a0]{6,}\d"):
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
    for kind in ("npwp", "phone", "name", "email"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)
    for r in records:
        if not r["spans"]:
            assert lookalikes(r["text"]) >= FLOORS["lookalikes"], r["id"]


def main() -> None:
    records = build()
    loose = "--loose" in sys.argv
    if not loose:
        check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if "--dry" not in sys.argv and not loose:
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1}/{lg1} the name a person is
# called by, {f1}/{F1}/{lf1} the family name, {s1} one saved writing for a whole chat;
# {hp1} the person's mobile ({hpb1} block, {hpd1} dashes, {hps1} spaces, {hpg1} 4-3-rest,
# {hph1} 4-3-rest with dashes, {hpt1} dots, {hpi1} +62 with dashes, {hpp1} +62 with spaces,
# {hpj1} +62 in a block, {hpk1} 62 in a block, {hpm1} 62 with spaces, {hpq1} 62 with dashes,
# {hpc1} (+62), {hpu1} underscores, {hpv1} bullets, {hpw1} no-break spaces, {hpo1} letters for
# digits, {hpn1} over a line, {hpx1} plain, {hpl1} local, {hpz1} international); {hq1} a second
# mobile; {tr1} the home's landline; {nik1} ({nikb1}, {niks1} fours, {nikt1} dots, {nikc1}
# commas, {nikp1} pairs, {nikn1} over a line, {niko1} letters for digits, {nikm1} a digit left
# out, {nike1} a digit typed twice); {kk1} the same (fam={2: 1} makes 2 a member of 1's family);
# {np1} NPWP ({npd1} dotted, {npb1} one block, {nps1} spaced groups, {npe1} one mark between all
# groups, {npy1} dotted with the new form's 0, {npz1} 0 and the old number, {npn1} the NIK,
# {npt1} the person's NITKU, {npu1} a sole trader's second place's NITKU, {npo1} as a scan reads
# it); {bpjs1} ({bpjss1} groups, {bpjso1} letters); {em1} ({emp1} plain, {emx1} a dodge, {emn1}
# over a line, {emk1} on an office's host); {bank1}/{rek1}, {rkbri1} {rkbni1} {rkmdr1}
# {rkntt1} {rkbca1} {rkbsi1}; {ad1} street and number, {adr1} with RT/RW, {rt1} RT/RW alone,
# {rtk1} a table's cell; {lahir1} {lahirb1} {age1} {pl1} plate {pkel1} where they live, {jk1}
# {lp1} sex. Not a person's: {laundry1} and the other businesses of BUSINESS, with {laundrymail1}
# its mailbox, {laundrywa1} its mobile, {laundrytel1} its line, {laundryjl1} its seat,
# {laundrynpwp1} {laundrynitku1} {laundryrek1} {laundrynib1}; {owa} {owaz} {owao} an office's or a
# desk's mobile, {otel} an office's line, {biz} {bizo} {bizl} a business's numbers, {scam},
# {short}, {csn}; {npx} {npxd} {npxz} a body's NPWP, {nitkux} a body's NITKU, {npbend} a
# treasurer's, {npxex} an example; {rekx} {rekntt} bodies' accounts; look-alikes {nib} {billing}
# {ntpn} {faktur} {bpe} {bupot} {npwpd} {va} {order} {resi} {sku} {inv} {kwit} {nota} {spk}
# {rup} {paket} {akad} {tiket} {surat} {karcis} {los} {nmid} {idpel} {otp} {kbli} {nip}
# {booking} {serial}; figures {rp} {rps} {rpm} {rpb} {rpk} {kg} {tgl} {tgll} {hari} {dname}
# {jam} {ts} {hm} {thn} {thl} {bln} {rtn} {rwn} {num} {pct}; places {kel} {kec} {jl} {jlno}
# {bnk} {pasar}; {KEL} and the like give the capitals.

TEMPLATES: list[tuple] = []

# ================================================================ marketplace
# Online shop listings, marketplace pages and Facebook "jual beli Kupang" posts: a person's own
# sale (phone) beside shops', dealers' and agents' pages commenting with their lines.
TEMPLATES += [
    T(
        "marketplace",
        "online_trade",
        """
JUAL BELI KUPANG« (JBK)¦ - JBK Official¦»
[[n:{n1}]] · {num1} mnt
Dijual motor «Vario 125¦Beat Street¦NMAX¦Scoopy¦Mio M3» thn «2018¦2019¦2020», plat [[pl:{pl1}]], pajak hidup sampe {bln} {thn}, surat2 lengkap BPKB a.n. sendiri. Harga {jt9-24} «nego tipis¦nego sampe jadi¦pas». Mesin halus, ban baru ganti bulan lalu.
Minat serius hub «sy¦langsung» [[p:{hp1}]]« (WA aktif)¦ (bisa telp/WA)¦». Lokasi «Oesapa¦Liliba¦Kayu Putih¦Sikumana¦Penfui», bisa COD.

{num2} komentar
[[n:{n2}]]
«Masih ada kak?¦Boleh kurang ko kaka?¦Sa mau liat dolo, besok bisa?»
    [[n:{n1}]]
    Masih kak, japri sa sa.
«Dealer Motor Sinar Oesapa¦Yamaha Flobamora Motor¦Honda Kenari Motor»
Mau yang baru? Kredit DP mulai {Rp500-2500}, angsuran ringan, proses 1 hari. Info & simulasi kredit WA {biz1} 🏍️
""",
    ),
    T(
        "marketplace",
        "online_trade",
        """
[[n:{n1}]]
«Selamat pagi¦Shalom¦Slmt sore» kaka dong semua 🙏 Sa terima pesanan kue kering: nastar {Rp60-95}/toples, kastengel {Rp70-110}/toples, kue lapis «Surabaya¦legit» {Rp150-275}/loyang. PO tutup tgl {tgl1}.
Pesan lewat WA sa langsung [[p:{hp1}]] «atau¦/» telp [[p:{hq1}]]. Ambil di rumah, [[a:{adr1}]]« Kel. {pkel1}¦ (belakang gereja)¦», atau diantar «khusus Oebobo–Oesapa¦dalam kota» ongkir {Rp10-25}.

Komentar
«Toko Kue Manis Rasa¦Roti Kenari Bakery¦Kue Lontar Oebobo»: Kami jg ready kue kering kak, «cek katalog¦order» di WA {biz1} 😊
[[n:{n2}]]: Sa pesan 2 toples nastar e «mama¦kaka»
[[n:{n1}]]: Siap kaka [[n:{g2}]], sa catat ee 🙏
""",
        F=(1,),
    ),
    T(
        "marketplace",
        "online_trade",
        """
{handle1} | Toko Sembako Online Kupang
⭐ 4.«8¦9» | {num1}rb terjual | Dikirim dari Kota Kupang
READY STOK: beras «premium¦medium» 5 kg {Rp68-82}, minyak goreng 2 L {Rp36-44}, gula pasir 1 kg {Rp17-19}, telur 1 rak {Rp55-65}.
Pesanan eceran chat admin toko WA {biz1} (admin), buka {jam1}–20.00.
Untuk partai besar / reseller langsung hubungi owner: «Koh¦Ci» [[n:{n1}]] [[p:{hp1}]].
Pembayaran: transfer rek toko BCA {rekxbca1} a.n. {SEMBAKO1} atau QRIS (NMID {nmid1}).
Kode voucher {thn}: KUPANGHEMAT — potongan {Rp10-25} min. belanja {Rp200-300}.
""",
        orig={1: "chinese"},
    ),
    T(
        "marketplace",
        "online_trade",
        """
DIJUAL TANAH «PEKARANGAN¦KAVLING¦KOSONG» – {KEL1}
Luas ± {num1}0 m², sertifikat SHM, jalan masuk «2 mobil bisa papasan¦lebar 4 meter¦pakai rabat beton». Lokasi persis di samping rumah sy, [[a:{adr1}]]. Harga {jt150-480} «nego¦bisa nego tipis¦pas, tdk nego».
Pemilik langsung, tanpa perantara/calo. Hub [[n:{g1}]] [[p:{hp1}]]« (WA)¦ (telp/SMS)¦».

Komentar
[[n:{n2}]]: Brp per meter kak?
[[n:{n1}]]: «Sa japri ee¦Cek WA kaka»
«Kupang Properti Center¦Rumah Idaman Kupang Realty¦Flobamora Properti»: Kami bisa bantu pasarkan kak, komisi 2,5%. Kantor kami {jlno1}, telp {bizl1}.
""",
    ),
    T(
        "marketplace",
        "scam_fraud",
        """
[[n:{n1}]] › JUAL BELI HP BEKAS KUPANG
WTS «iPhone 11 64GB¦Samsung A54 8/256¦Redmi Note 12 8/128¦Oppo Reno 8» «ex iBox¦inter¦garansi resmi», BH 8«6¦9»%, fullset, harga {Rp2500-4800}. Bisa cek dulu di rumah atau ketemu di «Lippo¦Transmart¦Flobamora Mall».
Nomor sy [[p:{hp1}]] (WA).
⚠️ INFO: ada nomor {scam1} yang pake foto postingan sy trus minta DP lewat DANA. Itu BUKAN sy. Sy tdk pernah minta DP!

Komentar
[[n:{n2}]]: Benar kak, kemarin sy jg di WA nomor itu, ngaku admin grup.
[[n:{n3}]]: Sa ju dapa, dia minta DP {Rp200-500} ke DANA. Sonde jadi.
Admin JBHP Kupang: Sudah kami catat ya. Transaksi aman hanya COD.
""",
    ),
    T(
        "marketplace",
        "online_trade",
        """
OPEN PO «TENUN IKAT¦SELENDANG TENUN¦SARUNG TENUN» 🧵
Kain tenun motif «Rote¦Sabu¦Amarasi¦Sumba¦Alor» ukuran ± 2 m, harga {Rp600-1500}/lembar, selendang {Rp150-300}, syal {Rp75-125}. Pengerjaan 2–3 minggu.
Pembayaran: transfer ke rek pribadi sy [[b:{rkbri1}]] (BRI) a.n. [[n:{n1}]] atau rek kelompok BNI {rekxbni1} a.n. «Kelompok Tenun Lontar Sehati¦Sanggar Tenun Fatuleu».
Konfirmasi & pengiriman: WA [[p:{hp1}]]« atau email [[e:{emx1}]]¦». Kirim lewat {kurir1}, berat ± {kg1}, ongkir ditanggung pembeli.
Salam, [[n:{g1}]] 🙏
""",
        F=(1,),
        orig={1: ("rote", "sabu", "timor", "sumba", "alor")},
    ),
    T(
        "marketplace",
        "online_trade",
        """
📌 DAFTAR PENJUAL TERPERCAYA GRUP JUAL BELI KUPANG – update {tgl1}
No | Nama Penjual | Jualan | WA
1 | [[n:{n1}]] | sayur & ikan, {pasar1} | [[p:{hp1}]]
2 | {UD1} | sembako grosir | {udwa1}
3 | [[n:{n2}]] | pulsa, token, paket data | [[p:{hp2}]]
4 | [[n:{n3}]] | kue basah (rumahan) | [[p:{hp3}]]
5 | {laundry1} | laundry kiloan | {laundrywa1}
Yang tdk ada di daftar ini «hati-hati¦waspada» ya. Laporan penipuan kirim ke admin grup, jangan ke nomor penjual.
""",
    ),
    T(
        "marketplace",
        "transport_courier",
        """
[[n:{n1}]]
Sa sewakan mobil pribadi «Avanza¦Xenia¦Innova Reborn¦Calya» [[pl:{pl1}]], «lepas kunci¦plus sopir» {Rp300-450}/hari, BBM tanggung sendiri. Syarat: KTP asli + SIM A, «jaminan motor¦deposit {Rp500-1000}». Hub sa [[p:{hp1}]].

Komentar
{RENTAL1}: Kami juga ready unit Hiace & Innova, lepas kunci {Rp350-700}/hari. Hub: {rentalwa1}
[[n:{n2}]]: Tgl {tgl1} kosong ko om?
    [[n:{n1}]]: Kosong kaka, WA sa sa.
""",
        M=(1,),
    ),
    T(
        "marketplace",
        "online_trade",
        """
[[n:{n2}]] · «2 j¦5 j¦Kemarin pukul {jam1}»
Mama sa, mama [[n:{g1}]], jual ikan segar dari «Oeba¦Namosain¦Tablolong» tiap pagi di {pasar1} meja {los1} ➡️ tongkol {Rp20-35}/ekor, kembung {Rp20-30}/tumpuk, cakalang {Rp40-75}/ekor.
Sapa yang mau pesan antar ke rumah, WA mama pung nomor [[p:{hp1}]] ato sa pung [[p:{hp2}]]. Mama sonde pake FB 😅

Komentar
[[n:{n3}]]: Mantap «ade¦kaka», besok sa pesan 2 ekor tongkol.
""",
        F=(1,),
    ),
]

TEMPLATES += [
    T(
        "marketplace",
        "online_trade",
        """
{ELEKTRONIK1} – PROMO AKHIR BULAN 🔥
«Rice cooker 1,8 L¦Kipas angin 16"¦Dispenser galon bawah» {sku1}: {Rp420-560} ➡️ {Rp280-399}
«Kulkas 1 pintu¦TV LED 32"¦Mesin cuci 8 kg» {sku2}: {Rp2600-3400} ➡️ {Rp1900-2500}
Garansi resmi 1 thn. Gratis antar dalam kota min. belanja {Rp500-1000}.
Alamat: {elektronikjl1}, Kupang. Buka «Senin–Sabtu¦setiap hari» 08.00–21.00.
Order / tanya stok: WA {elektronikwa1} | Telp {elektroniktel1}
Email: {elektronikmail1}
""",
    ),
    T(
        "marketplace",
        "online_trade",
        """
Pesanan Selesai ✔
No. Pesanan: {order1}
Waktu pemesanan: {tgl1} {jam1}
Penjual: {handle1}
Produk: «Sepatu sekolah hitam¦Tas ransel anak¦Seragam SD merah putih» ukuran «34¦36¦38» ×2 — {Rp150-380}
Ongkir ({kurir1} REG, «1 kg¦2 kg¦1,5 kg»): {Rp18-45}
Voucher toko: -{Rp5-15}
Metode bayar: «Virtual Account {va1}¦COD (bayar di tempat)¦ShopeePay»
No. Resi: {resi1}
Butuh bantuan? Chat penjual atau hubungi Pusat Bantuan {csn1}.
""",
    ),
    T(
        "marketplace",
        "online_trade",
        """
PERATURAN GRUP «JUAL BELI KUPANG¦JUAL BELI ONLINE KOTA KUPANG» (update {tgl1})
1. Wajib tulis harga & lokasi. Contoh: "Dijual kulkas 2 pintu, Rp 1.500.000, Oebobo, hub 0812-3456-7890".
2. Dilarang posting pinjol, judi online, MLM, obat keras.
3. Transaksi di luar tanggung jawab admin. Utamakan COD di tempat ramai.
4. Lapor penipuan: kirim screenshot ke WA admin {owa1} atau email «jbk.kupang.admin@gmail.com¦admin.jualbelikupang@gmail.com».
5. Maks. 3 postingan per hari (06.00–22.00 WITA).
Anggota: «48,2 rb¦112 rb¦76,5 rb¦93 rb» | Dibuat {thl}
""",
    ),
    T(
        "marketplace",
        "online_trade",
        """
{KATERING1}
Terima pesanan nasi kotak, prasmanan, tumpeng & se'i untuk syukuran, wisuda, ibadah keluarga 🍱
Paket A {Rp25-35}/kotak | Paket B {Rp40-60}/kotak | Prasmanan mulai {Rp65-95}/orang
Min. order 30 kotak, pesan paling lambat H-2.
📍 {kateringjl1}
📞 WA {kateringwa1} / {kateringtel1}
✉️ {kateringmail1}
DP 50% ke rek usaha «BCA {rekxbca1}¦BRI {rekxbri1}¦Bank NTT {rekntt1}» a.n. {KATERING1}
NIB {kateringnib1} | PIRT {num1}{num2}0{num3}
""",
    ),
    T(
        "marketplace",
        "scam_fraud",
        """
⚠️ WASPADA PENIPUAN JUAL BELI ONLINE ⚠️
Admin rekap laporan anggota minggu ini ({tgl1} s/d {tgl2}):
1. {scam1} – jual HP murah, minta DP {Rp200-500} lewat DANA, lalu blokir
2. {scam2} – ngaku kurir {kurir1}, minta bayar "ongkir tambahan" {Rp15-50}
3. {scam3} – kirim file .apk "cek resi {resi1}"
4. {scam4} – «jual tiket pesawat promo¦jual pulsa murah¦ngaku admin grup», minta transfer {Rp150-900}
Jangan transfer sebelum barang dilihat. Jangan klik link/apk dari nomor tdk dikenal.
""",
    ),
]

# ================================================================ biz_complaint
# Complaints about workshops, laundries, caterers, travel agents, couriers, boarding houses,
# pharmacies, clinics and salons, quoting the businesses' numbers and mailboxes beside the
# complainants' own and the owners', drivers' and staff's own numbers.
TEMPLATES += [
    T(
        "biz_complaint",
        "services",
        """
Judul: Pakaian hilang di laundry, pemilik «tdk mau ganti rugi¦cuma mau ganti sedikit»
Isi Laporan: Selamat «siang¦sore», sy [[n:{n1}]], tinggal di [[a:{adr1}]], Kel. {pkel1}. Tgl {tgl1} sy antar cucian «12¦15¦18¦20» potong ke {laundry1} ({laundryjl1}), nota no {nota1}, berat «4,5¦6¦7,5» kg, bayar {Rp30-60}.
Waktu ambil tgl {tgl2}, «3 potong kemeja kerja¦1 jas dan 2 kemeja¦seragam kantor 2 stel» sy hilang. Sy sdh hubungi WA laundry {laundrywa1} tapi cuma dibalas "nanti dicek". Sy juga telp pemiliknya, Ibu [[n:{n2}]], di nomor pribadinya [[p:{hp2}]], katanya ganti rugi maksimal 10x ongkos cuci.
Mohon Disperindag bantu mediasi. Nomor sy [[p:{hp1}]].
""",
    ),
    T(
        "biz_complaint",
        "services",
        """
Kepada Yth.
Kepala Dinas Perindustrian dan Perdagangan Kota Kupang
di Kupang

Dengan hormat,
Sy [[n:{n1}]], pemilik motor «Honda Beat¦Yamaha Mio¦Suzuki Satria¦Honda Vario» nopol [[pl:{pl1}]], mengadukan {bengkel1} di {bengkeljl1}. Tgl {tgl1} motor sy masuk servis ganti kampas rem, perkiraan biaya {Rp75-150}. Waktu ambil sy ditagih {Rp450-900} dgn alasan ganti «kampas kopling¦rantai dan gir¦aki dan busi» tanpa tanya sy dulu. Mekaniknya, [[n:{g3}]], bilang itu perintah bos. Sy sdh telp bengkel {bengkeltel1} dan WA {bengkelwa1} tapi tdk ada tanggapan.
Mohon ditindaklanjuti. Sy bisa dihubungi di [[p:{hp1}]] atau email [[e:{em1}]].

Hormat sy,
[[n:{n1}]]
""",
        M=(3,),
    ),
    T(
        "biz_complaint",
        "transport_courier",
        """
LAPOR! Paket sy hilang di {kurir1}
Resi {resi1}, dikirim dari «Surabaya¦Jakarta¦Makassar» tgl {tgl1}, isi «HP¦laptop¦obat-obatan¦sepatu» nilai {Rp900-4500}. Di aplikasi status "delivered" tgl {tgl2} jam {jam1}, penerima "YBS". Padahal sy tdk terima apa2. Alamat kirim sy jelas: [[a:{adr1}]], Kel. {pkel1}.
Kurir yg antar a.n. [[n:{n2}]] (HP [[p:{hp2}]]), waktu sy telp dia bilang paket sdh ditaruh di depan pagar. CS {kurir1} {csn1} hanya kasih nomor tiket {tiket1}. Sdh 2 minggu tdk ada kabar.
Pelapor: [[n:{n1}]] / [[p:{hp1}]]
""",
        M=(2,),
    ),
    T(
        "biz_complaint",
        "transport_courier",
        """
[[n:{n1}]] ▸ Info Kupang Hari Ini
Hati2 naik {TRAVEL1}!! Sy pesan kursi ke «Soe¦Atambua¦Kefamenanu¦Betun» tgl {tgl1} lewat admin travel WA {travelwa1}, sdh transfer {Rp150-250} ke rek travel BRI {rekxbri1} a.n. {TRAVEL1}. Jam 5 pagi mobil tdk datang. Sopirnya, [[n:{n2}]], telp sa pake nomor [[p:{hp2}]] bilang mobil rusak, suru tunggu. Sampe jam 10 tdk datang. Uang blm dikembalikan.
Yg mau lapor sama2, ini nomor sa [[p:{hp1}]].

Komentar
{TRAVEL1}: Mohon maaf kak, silakan hubungi kantor kami {traveltel1} untuk refund.
[[n:{n3}]]: Sama! Tgl {tgl2} sa jg ditinggal.
""",
        M=(2,),
    ),
    T(
        "biz_complaint",
        "housing",
        """
Kategori: Perlindungan Konsumen
Sy mahasiswi Undana, [[n:{n1}]]. Sy kos di {kos1} sejak {thl}. Kos itu di {kosjl1}, dikelola pemilik yg tinggal di samping kos, Ibu [[n:{n2}]] (HP [[p:{hp2}]]). Waktu sy pindah tgl {tgl1}, uang jaminan {Rp500-1000} tdk dikembalikan dgn alasan cat dinding kotor. Padahal sy sdh bersihkan.
Sy minta dikembalikan ke rek sy [[b:{rkbni1}]] (BNI) a.n. [[n:{n1}]], tp ibu kos blokir WA sy. Nomor sy [[p:{hp1}]].
""",
        F=(1,),
        Y=(1,),
    ),
    T(
        "biz_complaint",
        "services",
        """
Yth. Admin LAPOR! / Balai POM di Kupang
Sy [[n:{n1}]] beli «sirup batuk anak¦salep kulit¦vitamin anak» di {apotek1} ({apotekjl1}) tgl {tgl1}, struk no {nota1}, {Rp35-120}. Sampai rumah baru sy lihat tgl kedaluwarsanya sdh lewat. Sy balik ke apotek, apotekernya, [[n:{n2}]], mau tukar tapi tdk mau kembalikan uang. Sy hubungi WA apotek {apotekwa1} tdk dibalas.
Obat itu untuk anak sy [[n:{g3}]] yg sdh sempat minum 2 sendok. Mohon apotek tsb diperiksa. HP sy [[p:{hp1}]].
""",
        Y=(3,),
        fam={3: 1},
    ),
    T(
        "biz_complaint",
        "services",
        """
FORMULIR PENGADUAN PELAYANAN KESEHATAN
Pelapor     : [[n:{n1}]]
No. HP      : [[p:{hp1}]]
Email       : [[e:{em1}]]
Uraian      : Tgl {tgl1} sy bawa «mama¦bapa» sy [[n:{n2}]] periksa di {klinik1}. Kami peserta JKN, no kartu [[bpjs:{bpjs2}]], dan klinik ini faskes tingkat pertama kami. Tapi petugas pendaftaran bilang kuota BPJS hari itu habis dan minta bayar umum {Rp150-350}, kuitansi no {kwit1}. dr. [[n:{n3}]] yg periksa jg bilang "itu urusan admin". Sy sdh email ke {klinikmail1} tapi tdk dibalas.
Harapan     : Biaya dikembalikan dan klinik ditegur BPJS Kesehatan Cabang Kupang.
""",
        E=(2,),
        fam={1: 2},
    ),
    T(
        "biz_complaint",
        "services",
        """
{ts1} [[n:{s1}]]: Min, sy mau lapor. Sy pesan paket rias pengantin di {salon1} utk tgl {tgl3}. DP {Rp1000-3000} sdh sy transfer ke rek BRI [[b:{rkbri2}]] a.n. [[n:{n2}]], pemilik salon, krn katanya rek salon lagi bermasalah. Skrg salon tutup, WA salon {salonwa1} tdk aktif, nomor pribadi Ibu [[n:{g2}]] [[p:{hp2}]] jg tdk diangkat.
{ts2} Admin Disperindag Kota Kupang: Terima kasih kak. Mohon kirimkan bukti transfer dan nomor yg bisa dihubungi.
{ts3} [[n:{s1}]]: Bukti sdh sy kirim ke email pengaduan.konsumen@kupangkota.go.id, no sy [[p:{hp1}]].
""",
        F=(1, 2),
    ),
    T(
        "biz_complaint",
        "services",
        """
YTH DINKES KOTA KUPANG. SY [[n:{N1}]] MAU LAPOR KERACUNAN MAKANAN DI ACARA SYUKURAN KELUARGA TGL {tgl1}. NASI KOTAK DARI CATERING MILIK [[n:{N2}]] DI «OEBUFU¦LILIBA¦PENFUI¦OESAPA», PESAN LEWAT HP DIA [[p:{hp2}]]. {num1} ORG MUNTAH2, 3 DIRAWAT DI RSUD. CATERING TSB TDK ADA IZIN PIRT. HUB SY [[p:{hp1}]]. RMH SY [[a:{ADR1}]]
""",
    ),
]

TEMPLATES += [
    T(
        "biz_complaint",
        "transport_courier",
        """
Nomor Laporan: {tiket1}
Pelapor: Dirahasiakan
Kategori: Transportasi Darat
Isi: Bus «Kenari Mas¦Sabana Raya¦Timor Lestari» jurusan Kupang–«Soe¦Kefa¦Atambua» tgl {tgl1} jam {jam1} menaikkan tarif dari {Rp80-100} jadi {Rp120-150} tanpa pemberitahuan. Waktu penumpang protes, kondektur suruh telp kantor {bizl1}, tapi tdk diangkat.
Tindak lanjut Dinas Perhubungan ({tgl2}): Sudah dikonfirmasi ke pengelola PO melalui call center {otel1}. Tarif dikembalikan sesuai SK {surat1}. Penumpang yg dirugikan dapat minta selisih di loket Terminal Oebobo, bawa tiket.
""",
    ),
    T(
        "biz_complaint",
        "services",
        """
Yth. Customer Care {APOTEK1},
Sy mau komplain transaksi tgl {tgl1} jam {jam1} di cabang {kel1}, no struk {nota1}, total {Rp120-450}. Kartu debit sy terpotong 2 kali, ref. EDC {serial1} dan {serial2}. Mohon dicek.

---
Balasan {tgl2}:
Terima kasih, laporan Bapak/Ibu tercatat dgn no tiket {tiket1}. Dana akan dikembalikan maks. 14 hari kerja ke rekening asal. Info lanjut: WA {apotekwa1} / telp {apotektel1} / {apotekmail1}.
""",
    ),
    T(
        "biz_complaint",
        "transport_courier",
        """
Info Kupang Terkini
📦 Banyak warga keluhkan paket {kurir1} tertahan di gudang «Oesapa¦Penfui¦Bolok» sejak {tgl1}. Contoh resi yg dikirim warga ke redaksi: {resi1}, {resi2}, {resi3}.
Pihak {kurir1} Kupang lewat CS {csn1} menyatakan keterlambatan krn kapal dari Surabaya telat sandar. Paket dijanjikan tiba {tgl2}. Yg paketnya blm sampai bisa hubungi WA customer care {owa1} (Senin–Sabtu 08.00–17.00).
""",
    ),
    T(
        "biz_complaint",
        "services",
        """
PEMBERITAHUAN {LAUNDRY1}
Mulai {tgl1} tarif cuci kiloan naik jadi {Rp7-10}/kg (min. 3 kg), setrika saja {Rp5-7}/kg, bedcover {Rp25-40}/pcs. Antar jemput gratis min. «5¦7» kg radius 3 km.
Keluhan soal nota lama (mis. no {nota1}) dilayani sampai {tgl2}.
Kritik & saran: WA {laundrywa1} | {laundrymail1} | {laundryjl1}
""",
    ),
    T(
        "biz_complaint",
        "market",
        """
Keluhan harga LPG 3 kg
Warga {kel1} mengeluh harga gas melon di pangkalan di {jlno1} sampai {Rp28-35} per tabung, padahal HET {Rp18-19}. Pangkalan itu terdaftar dgn ID {serial1} di agen {pt1}.
Hasil cek Disperindag tgl {tgl1}: stok {num1} tabung, harga dijual {Rp25-30}. Pangkalan diberi teguran tertulis no {surat1}.
Pengaduan harga LPG: Hiswana Migas {otel1}, WA Disperindag {owa1}, call center Pertamina 135.
""",
    ),
]

# ================================================================ procurement
# Government procurement papers: SPK, kuitansi, berita acara, e-katalog, offers and statements;
# a sole supplier's own NPWP (often the NIK), NIK, home and account beside CVs', PTs' and UDs'
# NPWPs, seats, lines and mailboxes, and treasurers' NPWPs.
TEMPLATES += [
    T(
        "procurement",
        "procurement",
        """
PEMERINTAH KOTA KUPANG
{OFF1}
{jlno1}, Telp. {otel1}

SURAT PERINTAH KERJA (SPK)
Nomor: {spk1}
Paket Pekerjaan : Pengadaan «konsumsi rapat¦jasa servis AC kantor¦cetak spanduk dan baliho¦perbaikan meja kursi»
Kode RUP        : {rup1}
Nilai           : {Rp8000-48000} (sudah termasuk pajak)

Yang bertanda tangan di bawah ini:
Nama    : [[n:{n1}]]
NIP     : {nip1}
Jabatan : Pejabat Pembuat Komitmen
selanjutnya disebut PPK; dan
Nama    : [[n:{N2}]]
NIK     : [[nik:{nik2}]]
NPWP    : [[npwp:{npn2}]]
Alamat  : [[a:{adr2}]], Kel. {pkel2}
No. HP  : [[p:{hp2}]]
bertindak sebagai penyedia perorangan, selanjutnya disebut Penyedia.
Pembayaran melalui rekening Bank NTT [[b:{rkntt2}]] a.n. [[n:{N2}]].

Kupang, {tgll1}
PPK,                          Penyedia,
[[n:{n1}]]            [[n:{N2}]]
""",
    ),
    T(
        "procurement",
        "procurement",
        """
KUITANSI
No. {kwit1}
Sudah terima dari : Bendahara Pengeluaran {off1}
Uang sejumlah     : {Rp1500-9000}
Untuk pembayaran  : «Honorarium narasumber kegiatan pelatihan UMKM¦Sewa tenda dan kursi kegiatan bazar¦Jasa tukang perbaikan atap kantor¦Belanja makan minum rapat koordinasi»

Kupang, {tgll1}
Yang menerima,
(meterai 10.000)
[[n:{n1}]]
NIK  : [[nik:{nik1}]]
NPWP : [[npwp:{np1}]]

Setuju dibayar,                       Lunas dibayar,
Pejabat Pembuat Komitmen              Bendahara Pengeluaran
[[n:{n2}]]                  [[n:{n3}]]
NIP {nip1}              NIP {nip2}

PPh dipotong {Rp30-180}, disetor dgn kode billing {billing1}, NTPN {ntpn1}. NPWP bendahara: {npbend1}
""",
    ),
    T(
        "procurement",
        "procurement",
        """
BERITA ACARA SERAH TERIMA HASIL PEKERJAAN
Nomor: {surat1}

Pada hari ini, {hari1}, kami yang bertanda tangan di bawah ini:
1. [[n:{n1}]], Pejabat Pembuat Komitmen pada {off1}, selanjutnya disebut PIHAK PERTAMA;
2. {CV1}, NPWP {cvnpwp1}, berkedudukan di {cvjl1}, dalam hal ini diwakili oleh [[n:{n2}]] selaku Direktur, selanjutnya disebut PIHAK KEDUA.
PIHAK KEDUA telah menyerahkan hasil pekerjaan «rehabilitasi los pasar¦pengadaan meja kursi kantor¦pemasangan paving blok¦pengecatan gedung kantor» sesuai SPK {spk1} dengan nilai {Rp45000-190000}, dan PIHAK PERTAMA telah menerimanya dalam keadaan baik.
Pembayaran ke rekening {CV1} di {cvrek1}.

PIHAK KEDUA,                      PIHAK PERTAMA,
[[n:{n2}]]                  [[n:{n1}]]
""",
    ),
    T(
        "procurement",
        "procurement",
        """
REKAP PESANAN E-KATALOG LOKAL KOTA KUPANG — TRIWULAN «I¦II¦III»
No | Kode Paket | Penyedia | NPWP Penyedia | Nilai
1 | {paket1} | {CV1} | {cvnpwp1} | {Rp12000-95000}
2 | {paket2} | {UD1} | {udnpwp1} | {Rp5000-30000}
3 | {paket3} | [[n:{N1}]] (perorangan) | [[npwp:{npn1}]] | {Rp3000-15000}
4 | {paket4} | {PT1} | {ptnitku1} | {Rp50000-180000}
5 | {paket5} | [[n:{N2}]] (perorangan) | [[npwp:{npd2}]] | {Rp2000-9000}
Catatan: penyedia perorangan baris 3 menggunakan NIK sebagai NPWP; baris 4 NITKU cabang Kupang.
Disusun oleh: Pejabat Pengadaan [[n:{n3}]], {tgl1}
""",
    ),
    T(
        "procurement",
        "procurement",
        """
Sy [[n:{n1}]], penyedia perorangan pengadaan «ATK¦makan minum rapat¦jasa kebersihan kantor» di {offs1} thn {thn}. SPK no {spk1} nilai {Rp9000-45000}, pekerjaan selesai {tgl1}, BAST sdh ditandatangani. Tapi sampai {tgl2} pembayaran blm masuk. Waktu sy tanya bagian keuangan, katanya NPWP sy "tdk valid". Padahal NPWP pribadi sy [[npwp:«{npd1}¦{npe1}¦{npy1}»]] sdh padan dgn NIK [[nik:{nik1}]].
Rekening sy Bank NTT [[b:{rkntt1}]] a.n. sy sendiri. Mohon dibantu. HP/WA [[p:{hp1}]]
""",
    ),
    T(
        "procurement",
        "procurement",
        """
DAFTAR PEMBAYARAN UPAH TUKANG
Kegiatan : Rehab «los Pasar Oeba¦kios Pasar Kasih¦saluran drainase Pasar Oebobo»
Periode  : {tgl1} s/d {tgl2}
No | Nama | NIK | Hari | Upah | No. Rekening
1 | [[n:{N1}]] | [[nik:{nik1}]] | 12 | {Rp1500-2400} | BRI [[b:{rkbri1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | 12 | {Rp1500-2400} | Bank NTT [[b:{rkntt2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | 10 | {Rp1200-2000} | BRI [[b:{rkbri3}]]
Mandor: [[n:{n4}]] (HP [[p:{hp4}]])
Diperiksa PPTK {offs1}, {tgl3}
""",
        M=(1, 2, 3, 4),
    ),
    T(
        "procurement",
        "procurement",
        """
From: Pejabat Pengadaan {offs1} <pengadaan.barangjasa@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Cc: {cvmail1}
Subject: Klarifikasi penawaran paket {paket1}

Yth. «Sdr.¦Sdri.» [[n:{n1}]],
Sehubungan dgn penawaran {cv1} (NPWP {cvnpwp1}) untuk paket tsb, mohon dilengkapi: (1) NIB perusahaan, (2) KTP direktur, (3) bukti lapor SPT Tahunan {thl}. Dokumen dikirim paling lambat {tgl2} ke email ini. Untuk konfirmasi hubungi «Ibu¦Bpk.» [[n:{n2}]] di [[p:{hp2}]] (jam kerja).

Salam,
[[n:{n2}]]
Pejabat Pengadaan {offs1}
""",
    ),
    T(
        "procurement",
        "procurement",
        """
SURAT PENAWARAN HARGA
Kepada Yth. Pejabat Pengadaan {off1}
Dengan hormat, kami {UD1} (usaha perorangan) mengajukan penawaran untuk «pengadaan alat kebersihan¦pengadaan air minum galon¦cetak buku panduan»:
Pemilik               : [[n:{N1}]]
NIK                   : [[nik:{nik1}]]
NPWP usaha perorangan : [[npwp:{npd1}]]
NIB                   : {nib1}
Alamat usaha          : {udjl1}
HP pemilik            : [[p:{hp1}]]
Telp usaha            : {udwa1}
Email usaha           : {udmail1}
Total penawaran {Rp4000-19000}, berlaku 30 hari sejak {tgll1}.
Hormat kami,
[[n:{N1}]]
""",
    ),
    T(
        "procurement",
        "procurement",
        """
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama            : [[n:{n1}]]
NIK             : [[nik:{nik1}]]
NPWP pribadi    : [[npwp:{np1}]]
Jabatan         : Direktur {CV1}
Alamat rumah    : [[a:{adr1}]], Kel. {pkel1}
Telp. rumah     : [[p:{tr1}]]
Alamat kantor   : {cvjl1}
Telp. kantor    : {cvtel1}
NPWP perusahaan : {cvnpwp1}
menyatakan dengan sebenarnya bahwa {cv1} tidak sedang dikenakan sanksi daftar hitam dan tidak dalam pengawasan pengadilan.
Kupang, {tgll1}
[[n:{n1}]]
""",
    ),
]

TEMPLATES += [
    T(
        "procurement",
        "procurement",
        """
PENGUMUMAN PEMENANG
Kode Tender : {rup1}
Nama Paket  : «Rehabilitasi Los Pasar Oeba¦Pembangunan Drainase Pasar Kuanino¦Pengadaan Gerobak UMKM»
Satker      : {off1}
Pagu        : {Rp250000-950000}
HPS         : {Rp240000-900000}
Pemenang    : {CV1}
NPWP        : {cvnpwp1}
Alamat      : {cvjl1}
Harga Terkoreksi : {Rp230000-880000}
Masa sanggah 5 hari kalender s/d {tgl2}. Informasi: LPSE Kota Kupang, telp {otel1}, email lpse@kupangkota.go.id
""",
    ),
    T(
        "procurement",
        "procurement",
        """
SURAT PERINTAH KERJA
Nomor: {spk1}
Pihak I : PPK {off1}, {jlno1}
Pihak II: {PT1}, NPWP {ptnpwp1}, NIB {ptnib1}, berkedudukan di {ptjl1}, telp {pttel1}, email {ptmail1}
Pekerjaan: «Pengadaan laptop dan printer¦Jasa konsultansi pengawasan¦Pengadaan jaringan internet kantor»
Nilai: {Rp60000-240000}, jangka waktu {num1} hari kalender mulai {tgl1}.
Rekening Pihak II: {ptrek1} a.n. {PT1}
Jaminan pelaksanaan no {serial1} dari Jamkrida NTT.
""",
    ),
    T(
        "procurement",
        "procurement",
        """
DAFTAR PAKET E-PURCHASING {thn} — {OFFS1}
Kode Paket | Produk | Penyedia | NPWP/NITKU | Status
{paket1} | «Kertas HVS A4 80 gr (rim)¦Tinta printer original» | {UD1} | {udnpwp1} | Selesai
{paket2} | «Air mineral galon¦Snack box rapat» | {CV1} | {cvnitku1} | Dikirim
{paket3} | «Kursi lipat¦Meja lipat» | {PT1} | {ptnpwp1} | Menunggu BAST
Total {Rp15000-99000}. Unduh bukti di katalog.inaproc.id, helpdesk {owa1}.
""",
    ),
    T(
        "procurement",
        "procurement",
        """
KUITANSI
No. {kwit1}
Telah terima dari : Bendahara Pengeluaran {off1}
Uang sebesar      : {Rp3000-25000}
Untuk pembayaran  : «Belanja alat tulis kantor¦Belanja bahan bangunan¦Belanja cetak spanduk» sesuai SPK {spk1}
Kupang, {tgll1}
Yang menerima,
{UD1}
NPWP {udnpwp1}
(cap & meterai)
Pajak: PPN dan PPh 22 dipungut sesuai ketentuan (faktur {faktur1}, billing {billing1}, NTPN {ntpn1}). NPWP bendahara {npbend1}.
""",
    ),
    T(
        "procurement",
        "procurement",
        """
LAYANAN PENGADAAN SECARA ELEKTRONIK (LPSE) KOTA KUPANG
Pemberitahuan: sistem SPSE akan maintenance {hari1} pukul 22.00–02.00 WITA.
Verifikasi akun penyedia baru dilayani Senin–Jumat 08.00–15.00 di {jlno1}, bawa NIB, NPWP badan & akta.
Helpdesk: telp {otel1} | WA {owa1} | lpse@kupangkota.go.id
Tiket kendala yg sedang diproses: {tiket1}, {tiket2}, {tiket3}.
""",
    ),
]

# ================================================================ tax_paper
# Withholding slips, tax invoices, SPT questions, NPWPs registered through an employer, sole
# traders whose NIK is their NPWP, NITKUs of their places; companies', employers' and
# treasurers' NPWPs and NITKUs beside them.
TEMPLATES += [
    T(
        "tax_paper",
        "tax",
        """
BUKTI PEMOTONGAN PPh PASAL 21 BAGI BUKAN PEGAWAI
Nomor: {bupot1}
A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP/NIK : [[npwp:«{npn1}¦{npn1}¦{npo1}¦{npd1}»]]
A.2 Nama     : [[n:{N1}]]
A.3 NITKU    : [[npwp:{npt1}]]
B. PPh DIPOTONG
Kode objek 21-100-«07¦08» | Bruto {Rp2000-9000} | Tarif 5% x 50% | Masa {bln} {thn}
C. IDENTITAS PEMOTONG
C.1 NPWP/NITKU    : {cvnitku1}
C.2 Nama          : {CV1}
C.3 Tanggal       : {tgl1}
C.4 Penandatangan : [[n:{N2}]]
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak: {faktur1}
Pengusaha Kena Pajak
Nama   : {BANGUNAN1}
Alamat : {BANGUNANJL1}, KUPANG
NPWP   : {bangunannpwp1}
Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak
Nama   : [[n:{N1}]]
Alamat : [[a:{ADR1}]], KOTA KUPANG
NPWP   : [[npwp:{npn1}]]
NITKU  : [[npwp:{npt1}]]
No | Nama Barang | Harga Jual
1 | «Semen 40 kg x 50 sak¦Keramik 40x40 x 30 dus¦Besi beton 10 mm x 40 btg» | {Rp3000-9000}
2 | «Pasir 1 ret¦Cat tembok 25 kg x 4¦Pipa PVC 3 inci x 12» | {Rp1000-3500}
PPN 12% sesuai ketentuan, referensi {inv1}
Kupang, {tgll1}
[[n:{n2}]]
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
[[n:{n1}]] › Info Pajak «Kupang¦NTT» (grup)
Kaka dong, sa mau tanya. Dulu sa kerja di {pt1}, NPWP sa didaftar lewat kantor, no NPWP lama [[npwp:«{npd1}¦{nps1}¦{npb1}¦{npe1}»]]. Skrg sa su keluar, buka usaha «jual pulsa¦laundry rumahan¦warung makan» sendiri. Waktu lapor SPT di coretax, NPWP lama sonde bisa, katanya skrg pake NIK sa, [[npwp:{npn1}]]. NPWP kantor lama {ptnpwp1} masih muncul di bukti potong lama. Sa harus isi yg mana e?

Komentar
Edukasi Pajak KPP Kupang: Selamat siang kak, skrg NPWP orang pribadi = NIK. Untuk bantuan silakan ke KPP atau Kring Pajak 1500200.
[[n:{n2}]]: Sama kaka, sa ju bgitu.
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
{ts1} [[n:{s1}]]: Selamat pagi, sy usaha perorangan jual sembako di {pasar1}. Sy tdk punya NPWP lama. Bendahara kantor yg beli barang di sy minta NPWP utk faktur. Pakai NIK sj boleh?
{ts2} Helpdesk KPP Pratama Kupang: Selamat pagi Bapak/Ibu. Betul, NIK sudah berfungsi sebagai NPWP bagi WP orang pribadi setelah diaktivasi di Coretax. Mohon kirim NIK untuk dicek.
{ts3} [[n:{s1}]]: [[nik:{nikb1}]]
{ts4} Helpdesk KPP Pratama Kupang: NIK tsb sudah aktif a.n. [[n:{N1}]]. NITKU lokasi usaha: [[npwp:{npu1}]]. Silakan sampaikan ke bendahara.
{ts5} [[n:{s1}]]: Terima kasih. Bendahara minta jg NPWP toko, sy bilang tdk ada, usaha sy pribadi.
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[n:{n2}]] <[[e:{emj2}]]>
Cc: pengaduan.kppkupang@pajak.go.id
Subject: Tanya PPh final 0,5% usaha perorangan

Selamat siang «Bapak¦Ibu» [[n:{g2}]],
Sy pemilik «{katering1}¦{laundry1}¦{bengkel1}», usaha perorangan. NPWP sy [[npwp:«{npd1}¦{npe1}¦{npy1}¦{npz1}»]] (daftar sendiri thn «2019¦2020¦2021»). Omzet thn lalu ± {Rp400000-2800000}. Apakah sy masih boleh pakai PPh final 0,5%? Usaha ini tdk berbadan hukum, rekening usaha jg masih a.n. sy pribadi, BRI [[b:{rkbri1}]].
HP sy [[p:{hp1}]].

Terima kasih,
[[n:{n1}]]
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
Perihal: Permohonan Pencabutan Pengukuhan PKP
Kepada Yth. Kepala KPP Pratama Kupang
Yang bertanda tangan di bawah ini:
Nama         : [[n:{N1}]]
NPWP         : [[npwp:{npd1}]]
NIK          : [[nik:{nik1}]]
Alamat       : [[a:{ADR1}]], KEL. {PKEL1}
No. HP       : [[p:{hp1}]]
Email        : [[e:{emp1}]]
Nama usaha   : {SEMBAKO1} (usaha perorangan)
Alamat usaha : {SEMBAKOJL1}
mengajukan pencabutan pengukuhan PKP krn peredaran usaha thn {thl} di bawah Rp 4,8 miliar. Terlampir SPT Masa PPN terakhir (BPE {bpe1}).
Kupang, {tgll1}
[[n:{N1}]]
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
{ts1} [[n:{s1}]]: Mama, KPP minta mama pung NPWP lama deng NIK ko padan. Yg di kartu kuning tu.
{ts2} mama: Ini e: [[npwp:«{npd2}¦{nps2}¦{npb2}»]]
{ts3} mama: NIK mama [[nik:{nik2}]]
{ts4} [[n:{s1}]]: Bapa pung NPWP [[npwp:{npd3}]]. Tapi {cv1} pung NPWP {cvnpwp1} jg masuk ko?
{ts5} mama: Itu NPWP CV, jang campur. Bapa pung pribadi yg tadi tu sa.
""",
        F=(2,),
        M=(3,),
        fam={1: 3, 2: 3},
    ),
    T(
        "tax_paper",
        "tax",
        """
SURAT KETETAPAN PAJAK DAERAH (SKPD)
Pajak Barang dan Jasa Tertentu atas Makanan dan/atau Minuman
Nomor: {surat1}
Nama Usaha    : «Warung Makan Bambu Kuning¦Rumah Makan Lontar Sari¦Depot Bakso Pak Kumis¦Warung Se'i Oebufu Raya»
NPWPD         : {npwpd1}
Alamat Usaha  : {jlno1}
Nama Pemilik  : [[n:{N1}]]
NIK Pemilik   : [[nik:{nik1}]]
NPWP Pemilik  : [[npwp:{npn1}]]
HP Pemilik    : [[p:{hp1}]]
Masa Pajak    : {bln} {thn}
«Omzet         : Rp 18.000.000
Pajak 10%     : Rp 1.800.000¦Omzet         : Rp 25.500.000
Pajak 10%     : Rp 2.550.000¦Omzet         : Rp 42.000.000
Pajak 10%     : Rp 4.200.000¦Omzet         : Rp 9.750.000
Pajak 10%     : Rp 975.000»
Kode bayar    : {billing1} (Bank NTT / QRIS)
Jatuh tempo {tgl2}. Info: Bapenda Kota Kupang {otel1}.
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
Judul: NITKU outlet kedua blm muncul di Coretax
Sy [[n:{n1}]], usaha laundry perorangan dgn 2 outlet («Oesapa¦Liliba¦Penfui» dan «Oebobo¦Kuanino¦Naikoten»). NPWP sy sdh pakai NIK: [[npwp:{npn1}]], NITKU outlet pertama [[npwp:{npt1}]]. Outlet kedua sdh didaftarkan tgl {tgl1} (tanda terima {serial1}), tapi NITKU-nya blm muncul, jadi pemasok sabun {ud1} (NPWP {udnpwp1}) tdk bisa buat faktur utk outlet itu.
Mohon KPP bantu. HP/WA [[p:{hp1}]], email [[e:{em1}]].
""",
    ),
]

TEMPLATES += [
    T(
        "tax_paper",
        "tax",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak: {faktur1}
Pengusaha Kena Pajak
Nama   : {PT1}
Alamat : {PTJL1}, KUPANG
NPWP   : {ptnpwp1}
Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak
Nama   : {CV1}
Alamat : {CVJL1}, KUPANG
NPWP   : {cvnpwp1}
NITKU  : {cvnitku1}
1 | «Jasa angkutan barang Surabaya–Kupang¦Sewa alat berat 5 hari¦Pengadaan genset 20 kVA» | {Rp15000-95000}
Referensi: {inv1}, PO {serial1}
Kupang, {tgll1}
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
BUKTI PEMOTONGAN PPh PASAL 23
Nomor: {bupot1}
Masa Pajak: {bln} {thn}
Penerima Penghasilan : {CV1}
NPWP/NITKU           : {cvnitku1}
Jenis Penghasilan    : «Jasa konstruksi¦Sewa kendaraan¦Jasa katering» (kode objek 24-104-«14¦21¦46»)
Penghasilan Bruto    : {Rp10000-75000}
Tarif 2%
Pemotong             : {PT1}
NPWP/NITKU Pemotong  : {ptnitku1}
Dokumen dasar        : Invoice {inv1} tgl {tgl1}
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
PENGUMUMAN KPP PRATAMA KUPANG
Batas lapor SPT Tahunan Orang Pribadi: 31 Maret {thn}; Badan: 30 April {thn}.
Format NPWP: orang pribadi pakai NIK (16 digit), badan pakai 0 + 15 digit NPWP lama, contoh 09.123.456.7-920.000 menjadi 0091234567920000.
Asistensi SPT di Lobi KPP, {jlno1}, Senin–Jumat 08.00–15.00.
Kring Pajak 1500200 | WA layanan {owa1} | telp {otel1} | informasi@pajak.go.id
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
BUKTI PENERIMAAN NEGARA
Kode Billing     : {billing1}
NTPN             : {ntpn1}
NTB              : {serial1}
NPWP             : {npxd1}
Nama WP          : {CV1}
Akun/KJS         : 411128-«420¦402»
Masa/Tahun       : {bln} {thn}
Jumlah Setor     : {Rp500-25000}
Tanggal Bayar    : {tgl1} {jam1} WITA
Bank Persepsi    : «Bank NTT¦BRI¦Mandiri» KC Kupang
""",
    ),
    T(
        "tax_paper",
        "tax",
        """
REKAP PEMOTONGAN PAJAK BENDAHARA {OFFS1} — {BLN} {thn}
NPWP Bendahara: {npbend1}
No | SPM | Rekanan | NPWP Rekanan | PPN | PPh
1 | {serial1} | {CV1} | {cvnpwp1} | {Rp500-4000} | {Rp90-600}
2 | {serial2} | {UD1} | {udnpwp1} | {Rp100-900} | {Rp30-200}
3 | {serial3} | {PT1} | {ptnitku1} | {Rp2000-9000} | {Rp300-1800}
Disetor dgn billing {billing1}, NTPN {ntpn1}, tgl {tgl1}.
""",
    ),
]

# ================================================================ umkm_permit
# NIB and OSS, PIRT, BLT UMKM and KUR: owners' identity blocks, homes, mobiles and mailboxes
# beside the businesses' seats, lines, mailboxes and NIBs.
TEMPLATES += [
    T(
        "umkm_permit",
        "permits_aid",
        """
DATA PELAKU USAHA — OSS RBA (USAHA PERSEORANGAN)
1. Nama Pelaku Usaha  : [[n:{N1}]]
2. NIK                : [[nik:{nik1}]]
3. NPWP               : [[npwp:{npn1}]]
4. Alamat Pelaku Usaha: [[a:{ADR1}]], KEL. {PKEL1}, KEC. {KEC1}
5. HP pemilik         : [[p:{hp1}]]
6. Email pemilik      : [[e:{emp1}]]
7. Nama Usaha         : «USAHA KUE BERKAT LESTARI¦WARUNG SEMBAKO SUMBER REJEKI¦JAHIT MODIS OESAPA¦LAS SINAR TIMOR»
8. Alamat Usaha       : «SAMA DENGAN ALAMAT PELAKU USAHA (RUMAH SENDIRI)¦{JLNO1}»
9. Telp usaha         : {biz1}
10. KBLI              : {kbli1}
11. Modal usaha       : {Rp5000-45000}
NIB terbit: {nib1} tgl {tgl1}
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
DAFTAR PENERIMA BANTUAN PRODUKTIF USAHA MIKRO — KEL. {KEL1}
No | Nama | NIK | Jenis Usaha | No. Rek BRI | Ket
1 | [[n:{N1}]] | [[nik:{nik1}]] | warung sembako | [[b:{rkbri1}]] | cair
2 | [[n:{N2}]] | [[nik:{nik2}]] | jual kue | [[b:{rkbri2}]] | cair
3 | {KOP1} | {serial1} | simpan pinjam | {rekxbri1} | ditolak (badan usaha)
4 | [[n:{N3}]] | [[nik:{nik3}]] | ojek «online¦pangkalan» | [[b:{rkbri3}]] | NIK tdk padan
Diverifikasi Diskop UKM, {tgl1}. Pengaduan: WA {owa1}
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
FORMULIR PERMOHONAN KUR MIKRO — BRI UNIT {KEL1}
Nama Debitur   : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
No. KK         : [[kk:{kk1}]]
Nama Pasangan  : [[n:{N2}]]
NIK Pasangan   : [[nik:{nik2}]]
Alamat         : [[a:{ADR1}]]
HP             : [[p:{hp1}]]« / telp rumah [[p:{tr1}]]¦»
Jenis Usaha    : «Kios pulsa¦Warung makan¦Usaha tenun¦Bengkel motor»
Lama Usaha     : «2¦3¦5¦7» tahun
Plafon diajukan: {Rp10000-50000}
Rek. Simpedes  : [[b:{rkbri1}]]
Mantri         : [[n:{n3}]] (HP [[p:{hp3}]])
No. Aplikasi   : {akad1}
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
Yth. Admin DPMPTSP Kota Kupang,
Sy [[n:{n1}]] mau lapor. NIB sy {nib1} sdh terbit tgl {tgl1}, tapi nama usaha tertulis "«Toko Berkat¦Usaha Jahit¦Kios Pulsa»" padahal sy isi "«Toko Berkat Abadi¦Jahit Modis¦Kios Pulsa Lontar Cell»". NIK sy [[nik:{nik1}]]. Sy sdh telp helpdesk OSS {csn1} & WA DPMPTSP {owa1}, disuruh datang ke MPP bawa KTP.
Mohon dibantu perbaiki online sj krn sy jaga usaha sendiri. Nomor sy [[p:{hp1}]].
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
PERMOHONAN SPP-IRT
Nama Usaha            : {kue1}
Nama Pemilik          : [[n:{N1}]]
NIK Pemilik           : [[nik:{nik1}]]
Alamat Pemilik        : [[a:{adr1}]]
Alamat Usaha/Produksi : {kuejl1}
Telp usaha            : {kuewa1}
HP pemilik            : [[p:{hp1}]]
Email usaha           : {kuemail1}
Email pemilik         : [[e:{em1}]]
Jenis pangan          : «Kue kering¦Roti manis¦Bolu pandan¦Kue lapis legit»
Tgl penyuluhan keamanan pangan: {tgl1}, sertifikat no {serial1}
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
Grup "UMKM Binaan Diskop Kupang {thn}"
{ts1} Pendamping Diskop UKM: Selamat pagi bapa mama pelaku usaha. Utk pelatihan tgl {tgl2}, mohon kirim: Nama / NIK / nama usaha / HP.
{ts2} [[n:{s1}]]: [[n:{n1}]] / [[nik:{nik1}]] / «jual kue¦jahit¦tenun ikat» / [[p:{hp1}]]
{ts3} [[n:{s2}]]: [[n:{N2}]] / [[nik:{nik2}]] / «bengkel las¦sablon kaos¦pangkas rambut» / [[p:{hp2}]]
{ts4} {UD1}: Kami UD ka, pakai NIB {udnib1} sj ko? Kontak kami {udwa1}
{ts5} Pendamping Diskop UKM: Bisa pak, sekalian NPWP usaha.
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC1}
KELURAHAN {KEL1}
{jlno1}, Telp. {otel1}

SURAT KETERANGAN USAHA
Nomor: {surat1}
Lurah {kel1} menerangkan bahwa:
Nama             : [[n:{N1}]]
NIK              : [[nik:{nik1}]]
No. KK           : [[kk:«{kk1}¦{kks1}»]]
Tempat/Tgl Lahir : Kupang, {lahir1}
Alamat           : [[a:{ADR1}]]
benar memiliki usaha «warung sembako¦jahit pakaian¦kios pulsa¦bengkel motor» di rumahnya sendiri sejak {thl}.
Surat ini dibuat untuk «pengajuan KUR¦pendaftaran NIB¦BLT UMKM».
Kupang, {tgll1}
Lurah {kel1},
[[n:{n2}]]
NIP {nip1}
""",
    ),
    T(
        "umkm_permit",
        "banking",
        """
LAPOR! Pengajuan KUR sy ditolak krn "SLIK kol 5" padahal sy tdk pernah pinjam. Nama [[n:{n1}]], NIK [[nik:{nik1}]], KK [[kk:{kk1}]]. Petugas {bnk1} unit bilang ada kredit online atas NIK sy di aplikasi «Pinjam Cepat¦UangKita¦Dana Kilat» sejak {thl}. Sy curiga KTP sy dipakai org lain.
No rekening tabungan sy [[b:{rkbri1}]]. Mohon OJK bantu. HP [[p:{hp1}]]
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
PENDATAAN UMKM KEL. {KEL1} — RT {rtn1}/RW {rwn1}
No;Nama Pemilik;NIK;Nama Usaha;HP Pemilik;RT/RW
1;[[n:{N1}]];[[nik:{nik1}]];Kios sembako;[[p:{hp1}]];[[a:{rtk1}]]
2;[[n:{N2}]];[[nik:{nik2}]];Jual ikan keliling;[[p:{hp2}]];[[a:{rtk2}]]
3;{KOP1};-;Simpan pinjam;{kopwa1};{kopjl1}
4;[[n:{N3}]];[[nik:{nik3}]];Jahit;[[p:{hp3}]];[[a:{rtk3}]]
Pendata: kader PKK, {tgl1}
""",
    ),
]

TEMPLATES += [
    T(
        "umkm_permit",
        "permits_aid",
        """
INFO LAYANAN NIB GRATIS — MAL PELAYANAN PUBLIK KOTA KUPANG
Syarat: KTP, NPWP/NIK, email aktif, nomor HP aktif.
Jadwal: Senin–Kamis 08.00–14.00, Jumat 08.00–11.00, loket {num1}.
KBLI populer: {kbli1} (warung sembako), {kbli2} (rumah makan), {kbli3} (reparasi).
Kendala OSS: WA {owa1} | telp {otel1} | dpmptsp@kupangkota.go.id
Antrian online: {owa2}
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: {nib1}
Nama Pelaku Usaha : {PT1}
NPWP              : {ptnpwp1}
Alamat Kantor     : {PTJL1}, KUPANG
Telepon           : {pttel1}
Email             : {ptmail1}
KBLI              : {kbli1} – risiko menengah rendah
Diterbitkan       : {tgll1}
Dokumen ini diterbitkan sistem OSS berdasarkan PP 28/2025. Verifikasi: oss.go.id, kode QR {serial1}.
""",
    ),
    T(
        "umkm_permit",
        "banking",
        """
KUR {bnk1} {thn} — Bunga 6% efektif/thn
KUR Mikro s/d Rp 100 jt, tenor s/d 5 thn, tanpa agunan tambahan s/d Rp 100 jt.
Contoh angsuran: pinjaman «Rp 10.000.000, 12 bln ≈ Rp 884.000¦Rp 25.000.000, 24 bln ≈ Rp 1.167.000¦Rp 50.000.000, 36 bln ≈ Rp 1.575.000»/bln.
Syarat: KTP, KK, NIB/SKU, usaha min. 6 bln.
Info: Call center {csn1} | WA {owa1} | Kantor Cabang {jlno1}, telp {otel1}
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
PENGUMUMAN DINAS KOPERASI DAN UKM KOTA KUPANG
Nomor: {surat1}
Pendaftaran bantuan modal usaha mikro tahap «I¦II» dibuka {tgl1} s/d {tgl2}, kuota {num1}0 pelaku usaha.
Daftar lewat SMS ke {owa1} format: UMKM#NIK#NAMA#JENIS USAHA (contoh: UMKM#5371xxxxxxxxxxxx#NAMA#KUE).
Bantuan {Rp1000-2400} ditransfer ke rekening BRI penerima. Tidak dipungut biaya!
Pengaduan: telp {otel1}, diskopukm@kupangkota.go.id
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
REGISTER IZIN KOPERASI KOTA KUPANG {thn}
No | Nama Koperasi | Nomor Induk Koperasi | NPWP | Telp
1 | {KOP1} | {nikop1} | {kopnpwp1} | {koptel1}
2 | {KOP2} | {nikop2} | {kopnpwp2} | {kopwa2}
3 | {KOP3} | {nikop3} | {kopnpwp3} | {koptel3}
Badan hukum disahkan dgn SK Menkumham; NIB masing-masing: {nib1}, {nib2}, {nib3}.
""",
    ),
]

# ================================================================ market_levy
# Market stalls and levies: traders, stall keepers, collectors and the people who rent stalls
# on, their numbers and accounts, beside the market office's account, lines and tickets.
TEMPLATES += [
    T(
        "market_levy",
        "market",
        """
Kepada Yth. Kepala UPTD {pasar1}
Dengan hormat,
Sy [[n:{n1}]], pedagang sayur di {pasar1} los {los1}. Mulai {tgl1} sy ditarik retribusi 2x sehari: pagi oleh petugas yg pakai karcis resmi (no {karcis1}, {Rp2-5}) dan sore oleh org yg mengaku petugas, [[n:{n2}]], tanpa karcis, {Rp5-10}. Waktu sy tolak, dia ancam los sy dikasih org lain. Sy punya saksi, Mama [[n:{g3}]] yg jual di los sebelah.
Mohon ditertibkan. HP sy [[p:{hp1}]].
Hormat sy,
[[n:{n1}]]
""",
        M=(2,),
    ),
    T(
        "market_levy",
        "market",
        """
[[n:{n1}]] › Suara Pedagang {pasar1}
Bapa mama dong, ada yg sama ko? Sewa kios thn ini katong disuru transfer ke rek pribadi petugas, BRI [[b:{rkbri2}]] a.n. [[n:{n2}]], bukan ke rekening resmi UPTD Pasar Bank NTT {rekntt1}. Sa su transfer {Rp1500-3000} tgl {tgl1}, kuitansi cuma tulis tangan. Sa pung kios di samping kios [[n:{n3}]], blok {los1}.

Komentar
[[n:{n4}]]: Sama kaka, sa ju transfer ke rek yg sama.
UPTD {pasar1}: Pembayaran sewa HANYA ke rekening resmi atau loket. Silakan lapor ke kantor kami, telp {otel1}.
""",
    ),
    T(
        "market_levy",
        "market",
        """
DAFTAR PEDAGANG RELOKASI KE GEDUNG BARU {PASAR1}
No | Nama Pedagang | NIK | Jenis Dagangan | Los Lama | Los Baru | HP
1 | [[n:{N1}]] | [[nik:{nik1}]] | sayur | {los1} | {los2} | [[p:{hp1}]]
2 | {UD1} | - | sembako grosir | {los3} | {los4} | {udwa1}
3 | [[n:{N2}]] | [[nik:{nik2}]] | ikan kering | {los5} | {los6} | [[p:{hp2}]]
4 | [[n:{N3}]] | [[nik:{nik3}]] | sirih pinang | {los7} | {los8} | [[p:{hp3}]]
Diverifikasi koordinator pedagang [[n:{n4}]], {tgl1}. Kepala UPTD (ttd).
""",
    ),
    T(
        "market_levy",
        "market",
        """
NOTULEN MEDIASI SENGKETA LOS {PASAR1}
Hari/Tgl : {hari1}, jam {jam1}
Tempat   : Kantor UPTD Pasar
Hadir    : 1. [[n:{n1}]] (pemegang kartu los {los1})
           2. [[n:{n2}]] (pedagang yg menempati los)
           3. Kepala UPTD Pasar
           4. Ketua Paguyuban Pedagang, [[n:{n3}]]
Pokok masalah: los {los1} disewakan lagi oleh [[n:{g1}]] kepada [[n:{g2}]] seharga {Rp300-750}/bln, padahal los milik Pemkot dan tdk boleh dipindahtangankan.
Kesepakatan: (1) sewa ulang dihentikan per {tgl2}; (2) [[n:{g2}]] tetap berdagang dgn kartu los atas namanya sendiri; (3) tunggakan retribusi {Rp150-450} dilunasi di loket.
Kontak para pihak: [[n:{g1}]] [[p:{hp1}]], [[n:{g2}]] [[p:{hp2}]].
""",
    ),
    T(
        "market_levy",
        "market",
        """
[[n:{n1}]]
Hari ni di {pasar1} ada lai org minta "uang keamanan" {Rp5-20} per meja. Dong bilang suruhan [[n:{n2}]]. Mama sa, [[n:{g3}]], jual sayur di pintu 2 dari thn «2010¦2015¦2018», baru ini dimintai bgini. Sapa yg dapa ju, lapor ke Polsek ko ke UPTD. Jang takut!
""",
        F=(3,),
        M=(2,),
        fam={3: 1},
    ),
    T(
        "market_levy",
        "market",
        """
YTH BAPAK WALIKOTA. SY [[n:{N1}]] PEDAGANG IKAN DI {PASAR1}, NIK [[nik:{nik1}]]. KAMI DIPUNGUT RETRIBUSI {Rp5-10}/HARI TANPA KARCIS OLEH OKNUM. LOS KAMI BOCOR, SALURAN TERSUMBAT SDH «3¦4¦5¦7» HARI. MOHON DITINJAU. HP [[p:«{hpo1}¦{hp1}¦{hpl1}»]]
""",
    ),
    T(
        "market_levy",
        "market",
        """
PAGUYUBAN PEDAGANG {PASAR1}
Sekretariat: Los {los1}, {pasar1} — email ppp.pasarkupang@gmail.com
Nomor   : 0{num1}/PPP/{thn}
Perihal : Keberatan kenaikan retribusi

Kepada Yth. Ketua DPRD Kota Kupang
Dengan hormat, kami {num2}0 pedagang menyatakan keberatan atas kenaikan retribusi harian dari {Rp2-3} menjadi {Rp5-10} sesuai Perwali no {surat1}. Kondisi los banyak yg bocor dan pembeli sepi.
Demikian, atas perhatiannya kami ucapkan terima kasih.

Ketua,                                 Sekretaris,
[[n:{n1}]] (HP [[p:{hp1}]])      [[n:{n2}]] (HP [[p:{hp2}]])
""",
    ),
    T(
        "market_levy",
        "market",
        """
SURAT PERNYATAAN PENGALIHAN HAK PAKAI KIOS
Pihak I : [[n:{N1}]], NIK [[nik:{nik1}]], alamat [[a:{adr1}]]
Pihak II: [[n:{N2}]], NIK [[nik:{nik2}]], alamat [[a:{adr2}]]
Pihak I mengalihkan hak pakai kios no {los1} {pasar1} kepada Pihak II dgn ganti biaya renovasi {Rp5000-15000}. Pihak II wajib membayar retribusi sesuai ketentuan.
Kupang, {tgll1}
Pihak I, [[n:{N1}]]          Pihak II, [[n:{N2}]]
Saksi: 1. [[n:{n3}]]  2. [[n:{n4}]]
Mengetahui: Kepala UPTD Pasar (ttd)
""",
    ),
    T(
        "market_levy",
        "market",
        """
Sy [[n:{n1}]], punya kios sembako kecil di teras rumah sy sendiri, [[a:{adr1}]]. Bulan lalu ada petugas datang tagih "retribusi kios" {Rp25-75}/bln dan minta NPWPD. Kios ini bukan di pasar. Sy sdh tanya ke Bapenda {otel1}, katanya tdk ada retribusi begitu. Sy jg sdh punya NPWP pribadi [[npwp:{npd1}]], apa perlu NPWPD lagi?
Mohon penjelasan. HP sy [[p:{hp1}]]
""",
    ),
]

TEMPLATES += [
    T(
        "market_levy",
        "market",
        """
PENGUMUMAN UPTD PENGELOLAAN PASAR KOTA KUPANG
Nomor: {surat1}
Mulai {tgl1} tarif retribusi pelayanan pasar sesuai Perda:
- Los terbuka {Rp2-3}/hari
- Kios {Rp150-300}/bulan
- Meja ikan {Rp3-5}/hari
Pembayaran hanya di loket UPTD atau transfer ke rekening penerimaan Bank NTT {rekntt1}. Setiap pembayaran wajib diberi karcis/kuitansi bernomor seri.
Pengaduan: WA {owa1} | telp {otel1}
""",
    ),
    T(
        "market_levy",
        "market",
        """
REKAP PENERIMAAN RETRIBUSI HARIAN — {PASAR1}
Tanggal: {tgl1}
Blok A: {num1} los, karcis mulai no {karcis1}, setoran {Rp60-150}
Blok B: {num2} los, setoran {Rp50-140}
Blok C (ikan): {num3} meja, setoran {Rp90-250}
Kios: {num4} unit (bulanan, setor via Bank NTT {rekntt1})
Total disetor: {Rp200-550}, slip no {serial1}
Petugas pungut: Tim Blok A–C
""",
    ),
    T(
        "market_levy",
        "market",
        """
PEMBERITAHUAN RELOKASI SEMENTARA
Sehubungan dgn rehabilitasi gedung {pasar1} (SPK {spk1}, nilai {Rp900000-2500000}), pedagang los blok «A dan B¦C dan D» dipindahkan ke lapangan parkir mulai {tgl2} sampai pekerjaan selesai (± 4 bulan).
Pengundian lokasi lapak: {hari1}, jam {jam1}, di kantor UPTD.
Jumlah lapak sementara: {num1}0. Bawa kartu los asli.
Info: UPTD Pasar {otel1} / WA {owa1}
""",
    ),
    T(
        "market_levy",
        "market",
        """
*IURAN SAMPAH DAN KEAMANAN RT {rtn1}*
Bulan {bln} {thn}
- Iuran sampah: {Rp10-20}/KK
- Keamanan: {Rp10-25}/KK
- Retribusi sampah RT {rtn1} ke DLHK: {Rp150-400}/bln (kode bayar {billing1})
Transfer ke rek RT BRI {rekxbri1} atau bayar ke bendahara RT paling lambat tgl {tgl1}.
Terima kasih bapa mama 🙏
""",
    ),
    T(
        "market_levy",
        "market",
        """
CARA BAYAR RETRIBUSI PASAR PAKAI QRIS
1. Scan QRIS di tiang los (NMID {nmid1}).
2. Masukkan nominal sesuai karcis: {Rp2-5}.
3. Simpan bukti bayar, tunjukkan ke petugas.
Bayar lewat VA Bank NTT juga bisa: {va1}.
Gagal bayar / saldo terpotong? Hubungi Bank NTT {csn1} atau WA UPTD {owa1} (jam 08.00–16.00).
""",
    ),
]

# ================================================================ job_post
# Job vacancy posts and applications: the company's HR desk, line and mailbox beside the
# applicant's own mobile, mailbox, NIK and NPWP, and named contacts and shop owners.
TEMPLATES += [
    T(
        "job_post",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: {ptmail1}
Subject: Lamaran «Staf Admin Gudang¦Kasir¦Sales Lapangan¦Driver» — [[n:{n1}]]

Dengan hormat,
Sy [[n:{n1}]], lulusan «SMK Negeri 1 Kupang¦Undana jurusan Manajemen¦Politeknik Negeri Kupang» thn {thl}, mengajukan lamaran utk posisi tsb sesuai info loker {pt1} di Instagram. Bersama email ini sy lampirkan CV, surat lamaran, KTP (NIK [[nik:{nik1}]]) dan NPWP ([[npwp:{npn1}]]).
Sy tinggal di [[a:{adr1}]], Kel. {pkel1}, dan bisa dihubungi di [[p:{hp1}]].

Hormat sy,
[[n:{n1}]]
""",
        Y=(1,),
    ),
    T(
        "job_post",
        "jobs",
        """
[[n:{n1}]] › LOKER KUPANG & SEKITARNYA
Dicari 1 org karyawati utk jaga toko «kue¦pakaian¦sembako» di «Oebufu¦Kuanino¦Oesapa». Syarat: perempuan, max 30 thn, jujur, bisa hitung. Gaji {Rp1500-2500} + makan siang. Yg minat langsung WA sa, Ibu [[n:{g1}]] [[p:{hp1}]]. Jang telp ke nomor toko {biz1} e, itu untuk pelanggan.

Komentar
[[n:{n2}]]: Sa minat kak, su WA.
{PT1}: Kami jg buka loker sales, kirim CV ke {ptmail1}, WA {ptwa1} (HRD)
""",
        F=(2,),
    ),
    T(
        "job_post",
        "jobs",
        """
LOKER {BENGKEL1}
Dibutuhkan mekanik motor 2 org, pengalaman min 1 thn, punya SIM C. Lamaran antar langsung ke {bengkeljl1} atau WA {bengkelwa1} (admin).

Komentar
[[n:{n1}]]: Sa minat om. Umur {age1}, tinggal di «Oesapa¦Liliba¦Sikumana», pengalaman 2 thn di bengkel resmi. WA [[p:{hp1}]]
[[n:{n2}]]: Masih buka ko? Ini sa pung ade pung nomor [[p:{hp3}]], nama [[n:{g3}]], tamat SMK otomotif. CV dia bisa kirim ke email apa? Dia pung email [[e:{emx3}]]
{bengkel1}: Masih kak, silakan antar lamaran hari kerja jam 08.00–16.00.
""",
        M=(1, 3),
        Y=(1, 3),
        fam={3: 2},
    ),
    T(
        "job_post",
        "jobs",
        """
Kupang, {tgll1}
Perihal: Lamaran Pekerjaan
Kepada Yth. Pimpinan {hotel1}
di Kupang

Dengan hormat, yang bertanda tangan di bawah ini:
Nama                     : [[n:{n1}]]
Tempat/Tgl Lahir         : «Kupang¦Soe¦Kefamenanu¦Ba'a», {lahirb1}
NIK                      : [[nik:{nik1}]]
Pendidikan               : «D3 Perhotelan¦SMK Pariwisata¦S1 Pariwisata»
Alamat                   : [[a:{adr1}]]
No. HP/WA                : [[p:{hp1}]]
Telp. rumah              : [[p:{tr1}]]
Email                    : [[e:{em1}]]
No. BPJS Kesehatan       : [[bpjs:{bpjs1}]]
No. BPJS Ketenagakerjaan : {kpj1}
dengan ini mengajukan lamaran sbg «resepsionis¦waiter¦housekeeping».

Hormat sy,
[[n:{n1}]]
""",
        Y=(1,),
    ),
    T(
        "job_post",
        "jobs",
        """
{ts1} HRD {PT1}: Selamat siang, benar ini dgn [[n:{n1}]]? Kami dari {pt1}. Lamaran anda utk posisi «admin¦kasir¦staf gudang» lolos seleksi berkas. Mohon hadir interview {hari2} jam {jam1} di kantor kami {ptjl1}. Bawa KTP asli & CV. Konfirmasi ke nomor ini ya.
{ts2} [[n:{s1}]]: Siang pak, benar. Sy siap hadir.
{ts3} HRD {PT1}: Baik. Kalau ada kendala hubungi «Ibu¦Bpk» [[n:{n2}]] (staf HRD) di [[p:{hp2}]], jangan ke nomor kantor {pttel1} krn sering sibuk.
{ts4} [[n:{s1}]]: Siap, terima kasih. Nomor sy yg lain [[p:{hq1}]] kalau yg ini tdk aktif.
""",
        Y=(1,),
    ),
    T(
        "job_post",
        "jobs",
        """
LOWONGAN KERJA — {KATERING1}
Dibutuhkan: juru masak (2), pelayan (3). Penempatan: dapur {kateringjl1}.
Gaji sesuai UMK Kota Kupang + uang lembur. Kirim lamaran ke {kateringmail1} paling lambat {tgl1}.
Narahubung: [[n:{n1}]] [[p:{hp1}]] (jam kerja)
""",
    ),
    T(
        "job_post",
        "jobs",
        """
PENGUMUMAN HASIL SELEKSI TENAGA HARIAN LEPAS {PT1}
No | Nama | NIK | Posisi | Ket
1 | [[n:{N1}]] | [[nik:«{nik1}¦{nikm1}»]] | helper gudang | LULUS
2 | [[n:{N2}]] | [[nik:{nik2}]] | sopir | LULUS
3 | [[n:{N3}]] | [[nik:{nik3}]] | admin | CADANGAN
Peserta lulus wajib hadir {hari1} jam 08.00 membawa KTP, KK dan buku rekening BRI. Info: HRD {ptwa1}
""",
        M=(2,),
    ),
    T(
        "job_post",
        "jobs",
        """
FORMULIR PENDAFTARAN JOB FAIR KOTA KUPANG {thn}
No. Peserta   : JF-{thn}-0{num1}{num2}
Nama          : [[n:{N1}]]
NIK           : [[nik:{nik1}]]
Jenis Kelamin : {jk1}
Tgl Lahir     : {lahir1}
Pendidikan    : «SMA¦SMK¦D3¦S1»
HP            : [[p:{hp1}]]
Email         : [[e:{em1}]]
Alamat        : [[a:{ADR1}]]
No. Kartu AK/1: {serial1}
Perusahaan dilamar: 1. {PT1} 2. {HOTEL1} 3. {CV1}
""",
        Y=(1,),
    ),
    T(
        "job_post",
        "jobs",
        """
Lapor ke Disnaker Kota Kupang
Sy [[n:{n1}]], mantan karyawan {pt1} bagian «gudang¦kasir¦pengiriman». Gaji bulan {bln} sampai skrg blm dibayar {Rp2500-4500}. Perusahaan (NPWP {ptnpwp1}) jg potong PPh 21 sy tp bukti potong tdk dikasih. Sdh email ke {ptmail1} tdk dibalas, WA HRD {ptwa1} diblokir.
Gaji biasanya masuk rekening sy BRI [[b:{rkbri1}]]. HP sy [[p:{hp1}]].
""",
    ),
]

TEMPLATES += [
    T(
        "job_post",
        "jobs",
        """
WE ARE HIRING — {PT1}
Posisi: «Staf Administrasi¦Sales Canvasser¦Teknisi Jaringan» (penempatan Kupang)
Kualifikasi: min. «SMK¦D3» semua jurusan, usia 20–30 thn, SIM C.
Kirim CV ke {ptmail1} dgn subjek POSISI_NAMA paling lambat {tgl1}.
Walk-in interview: {hari2}, jam 09.00–12.00 di {ptjl1}.
Info: WA {ptwa1} (HRD) | telp {pttel1}
#lokerkupang #lokerntt
""",
    ),
    T(
        "job_post",
        "jobs",
        """
JOB FAIR KOTA KUPANG {thn}
Diselenggarakan Dinas Tenaga Kerja Kota Kupang, {tgll1} s/d {tgll2}, pukul 09.00–15.00 WITA.
Lokasi: «Aula El Tari¦Gedung Sasando¦Lapangan Kantor Wali Kota».
{num1} perusahaan, ± {num2}0 lowongan. Booth no. 1–{num3}.
Pendaftaran online: WA {owa1} atau disnaker@kupangkota.go.id, kuota {num4}00 peserta.
Gratis, tidak dipungut biaya! Bawa kartu AK/1, CV min. 5 rangkap.
""",
    ),
    T(
        "job_post",
        "scam_fraud",
        """
⚠️ HATI-HATI LOKER PALSU ⚠️
Beredar pesan WA dari {scam1} mengaku HRD {PT1}, menawarkan kerja kapal pesiar/hotel di Bali dgn gaji {Rp8000-15000}. Pelamar diminta transfer "biaya seragam dan medical check up" {Rp750-1500} lewat DANA ke nomor {scam2}.
{PT1} menegaskan rekrutmen resmi hanya lewat {ptmail1} dan tidak dipungut biaya apa pun. Nomor resmi kantor: {pttel1}.
Laporan warga diterima Disnaker (tiket {tiket1}, {tiket2}).
""",
    ),
    T(
        "job_post",
        "jobs",
        """
DICARI 2 ORANG KASIR
{SEMBAKO1}
Syarat: pria/wanita, usia 18–28 thn, min. SMA/SMK, bisa komputer, siap shift pagi/sore.
Gaji pokok {Rp1800-2600} + bonus target.
Lamaran diantar ke toko, {sembakojl1} (jam 09.00–17.00) atau kirim ke WA toko {sembakowa1}.
Loker ditutup {tgl1}.
""",
    ),
    T(
        "job_post",
        "jobs",
        """
REKRUTMEN MITRA KURIR {KURIR1} KUPANG
Syarat: usia 18–40 thn, punya motor sendiri & SIM C aktif, HP Android.
Pendapatan {Rp2-3}/paket, insentif harian s/d {Rp75-150}.
Pendaftaran: datang ke hub {kurirjl1} bawa KTP, SIM, STNK, SKCK. Info lanjut WA {owa1} (rekrutmen) atau {kurirmail1}.
Kode referal: KPG{num1}{num2}
""",
    ),
]

# ================================================================ rental_ad
# Rentals and kos adverts: owners renting from home (their homes, mobiles, accounts, plates)
# beside boarding houses', agencies', hotels' and rental companies' lines and seats.
TEMPLATES += [
    T(
        "rental_ad",
        "housing",
        """
[[n:{n1}]] › INFO KOS KUPANG
Terima kos putri «dekat Undana¦dekat Unwira¦dekat Poltekkes», kamar mandi dalam, listrik token sendiri, {Rp500-900}/bln. Lokasi di samping rumah sy, [[a:{adr1}]], Kel. {pkel1}. Hub Ibu [[n:{g1}]] [[p:{hp1}]]« (WA)¦».

Komentar
{kos1}: Kami jg ada kamar kosong kak, {Rp600-1000}/bln, HUB {koswa1}
[[n:{n2}]]: Masih ada ko mama?
""",
    ),
    T(
        "rental_ad",
        "housing",
        """
Kemarin sa lewat di «Oebufu¦Penfui¦Liliba¦Oesapa», ada papan tulis "KOS PUTRA «SEJAHTERA¦HARAPAN¦BAHAGIA», 8 KAMAR, HUB [[p:«{hpo1}¦{hp1}»]] (IBU [[n:{G1}]])". Sa telp, ibu kos bilang tinggal 1 kamar {Rp450-750}/bln termasuk air. Sapa yg cari kos putra, langsung telp sa.
- [[n:{n2}]]
""",
        F=(1,),
    ),
    T(
        "rental_ad",
        "housing",
        """
RUMAH DIKONTRAKKAN
Type 45, 2 kamar tidur, carport, air PDAM lancar, listrik 1300 VA. Lokasi [[a:{ad1}]] (rumah pribadi, pemilik pindah tugas ke «Ende¦Maumere¦Atambua¦Waingapu»). Harga {jt15-30}/thn, min. 1 thn.
Hub pemilik [[n:{n1}]] [[p:{hp1}]] / [[p:{hq1}]].
""",
    ),
    T(
        "rental_ad",
        "transport_courier",
        """
SEWA MOBIL HARIAN — MILIK PRIBADI, BUKAN RENTAL
1. «Avanza¦Xenia¦Calya» [[pl:{pl1}]] – {Rp300-400}/hari lepas kunci
2. «Innova Reborn¦Fortuner¦Hiace» [[pl:{pl2}]] – {Rp600-900}/hari + sopir
Syarat: KTP Kupang + SIM A aktif. Antar jemput bandara El Tari bisa.
Hub [[n:{n1}]] [[p:{hp1}]]
""",
    ),
    T(
        "rental_ad",
        "housing",
        """
{ts1} [[n:{s1}]]: Selamat pagi Om. Sa su keluar dari kontrakan tgl {tgl1}, kunci su kasi ke Om pung anak. Deposit {Rp500-1500} tolong transfer ke sa pung rek BNI [[b:{rkbni1}]] a.n. [[n:{n1}]] e.
{ts2} [[n:{s2}]]: Pagi. Nanti Om cek rumah dolo. Ada lampu pecah.
{ts3} [[n:{s1}]]: Lampu tu su pecah dari awal Om, sa ada foto.
{ts4} [[n:{s2}]]: Ok Om transfer {Rp300-450} dolo, sisa potong lampu.
{ts5} [[n:{s1}]]: Baik Om. Kalo sa pung nomor ni sonde aktif, telp ke [[p:{hq1}]] sa.
""",
        M=(2,),
    ),
    T(
        "rental_ad",
        "housing",
        """
SURAT PERJANJIAN SEWA RUMAH
Pada hari ini {hari1} yang bertanda tangan di bawah ini:
Pihak Pertama (pemilik) : [[n:{N1}]], NIK [[nik:{nik1}]], alamat [[a:{adr1}]], HP [[p:{hp1}]]
Pihak Kedua (penyewa)   : [[n:{N2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]]
Objek sewa: rumah tinggal di [[a:{home1}]], Kel. {kel1}.
Jangka waktu 1 thn sejak {tgll1}, harga {jt12-25}, dibayar lunas via transfer ke rek Mandiri [[b:{rkmdr1}]] a.n. Pihak Pertama.
Kerusakan kecil ditanggung Pihak Kedua; pajak PBB (NOP 53.71.0{num1}.0{num2}.0{num3}-0{num4}7.0) tetap tanggungan Pihak Pertama.
Saksi: 1. [[n:{n3}]]  2. [[n:{n4}]]
""",
    ),
    T(
        "rental_ad",
        "housing",
        """
[[n:{n1}]]
Permisi kaka dong, sa cari kos «putri¦campur» dekat «Undana Penfui¦Unwira¦Poltekkes Liliba», budget max {Rp500-800}/bln. Yg ada info WA sa [[p:{hp1}]]« atau email [[e:{emx1}]]¦» ya. Makasih 🙏

Komentar
{kos1}: Ada kak, {Rp650-900}/bln, WA {koswa1}
[[n:{n2}]]: Di sa pung rumah ada 1 kamar kosong, [[a:{adr2}]]. WA [[p:{hp2}]]
""",
        Y=(1,),
    ),
    T(
        "rental_ad",
        "transport_courier",
        """
RENTAL MOTOR HARIAN
Rental motor milik Bapak [[n:{n1}]] di rumahnya, [[a:{adr1}]]. «Beat¦Scoopy¦Vario» {Rp75-100}/hari, NMAX {Rp150-200}/hari. Jaminan KTP asli + SIM C.
Hub/WA [[p:{hp1}]]. Antar ke hotel/bandara tambah {Rp25-50}.
""",
    ),
    T(
        "rental_ad",
        "housing",
        """
INFO KONTRAKAN BULANAN — {KEL1}
3 pintu kontrakan, 1 kamar + dapur + KM dalam, {Rp600-900}/bln, air & listrik token sendiri. Lokasi belakang {pasar1}.
Pembayaran tiap tgl 5 via transfer ke rek BRI [[b:{rkbri1}]] a.n. [[n:{N1}]] (pemilik).
Hub [[p:{hp1}]]
""",
    ),
]

TEMPLATES += [
    T(
        "rental_ad",
        "housing",
        """
{KOS1} – TERIMA «PUTRI¦PUTRA¦KARYAWAN»
✅ Kamar 3x4, kasur, lemari, AC/kipas
✅ WiFi, parkir motor, CCTV 24 jam
Harga {Rp700-1200}/bln | {Rp3500-6000}/6 bln
Alamat: {kosjl1}
HUB {koswa1} / {kostel1}
Survei dulu, DP {Rp100-200} untuk booking.
""",
    ),
    T(
        "rental_ad",
        "housing",
        """
«Kupang Properti Center¦Rumah Idaman Kupang Realty¦Flobamora Properti» — LISTING #{num1}{num2}
Disewakan ruko 2 lantai, {jlno1}. LT {num3}0 m², LB {num4}0 m², SHGB.
Harga {jt45-120}/thn, nego. Cocok untuk kantor, klinik, minimarket.
Survei lokasi: telp kantor {bizl1} / WA marketing {biz1}
Kode properti: KPC-{thn}-{karcis1}
""",
    ),
    T(
        "rental_ad",
        "housing",
        """
{HOTEL1} – PROMO MENGINAP {BLN}
Superior {Rp350-450}/malam | Deluxe {Rp500-650}/malam | Family {Rp750-950}/malam (incl. sarapan 2 org)
Kode promo: KUPANG{num1}, berlaku s/d {tgl1}.
Reservasi: WA {hotelwa1} | Front office {hoteltel1} | {hotelmail1}
Alamat: {hoteljl1}, Kupang
""",
    ),
    T(
        "rental_ad",
        "transport_courier",
        """
DAFTAR HARGA {RENTAL1}
Avanza/Xenia lepas kunci: {Rp300-400}/hari
Innova Reborn + sopir: {Rp750-950}/hari (12 jam)
Hiace 15 seat + sopir: {Rp1200-1600}/hari
Drop bandara El Tari: {Rp100-150}
Booking: WA {rentalwa1} | Telp {rentaltel1}
Kantor: {rentaljl1}
""",
    ),
    T(
        "rental_ad",
        "scam_fraud",
        """
⚠️ WASPADA PENIPUAN SEWA KOS ONLINE
Beberapa mahasiswa melapor ditipu iklan kos murah di FB. Pelaku minta DP {Rp300-500} lewat e-wallet ke nomor {scam1}, lalu nomor dinonaktifkan. Nomor lain yg dipakai: {scam2} dan {scam3}.
Tips: survei langsung, jangan DP sebelum lihat kamar, minta kuitansi bernomor.
Laporan diterima Polresta Kupang Kota, LP no {tiket1}.
""",
    ),
]

# ================================================================ helpdesk
# Help desks, chatbots, call centres, duty rotas and customer service numbers of shops, banks,
# couriers and offices: the desks' and bots' lines beside callers' own numbers and the named
# staff on duty with their own mobiles.
TEMPLATES += [
    T(
        "helpdesk",
        "banking",
        """
Chat dengan Asisten Virtual Bank NTT
Bot: Halo! Sy asisten virtual Bank NTT. Ketik 1 Blokir kartu, 2 Cek transaksi, 3 Bicara dgn agen.
Anda: 1
Bot: Untuk blokir kartu ATM, mohon masukkan nomor rekening Anda.
Anda: [[b:{rkntt1}]]
Bot: Mohon masukkan NIK sesuai data bank.
Anda: [[nik:{nik1}]]
Bot: Terima kasih. Kartu ATM a.n. [[n:{N1}]] telah diblokir sementara. Nomor referensi {tiket1}. Penggantian kartu di kantor cabang terdekat. Info: call center {csn1} atau WA resmi {owa1}.
Anda: Nomor HP sy jg mau ganti ke [[p:{hp1}]]
Bot: Penggantian nomor HP hanya di kantor cabang dgn membawa KTP asli.
""",
    ),
    T(
        "helpdesk",
        "permits_aid",
        """
JADWAL PIKET HELPDESK OSS — MAL PELAYANAN PUBLIK KOTA KUPANG
Bulan {bln} {thn}
Hari | Petugas | HP
Senin | [[n:{n1}]] | [[p:{hp1}]]
Selasa | [[n:{n2}]] | [[p:{hp2}]]
Rabu | Petugas loket 3 | {owa1}
Kamis | [[n:{n3}]] | [[p:{hp3}]]
Jumat | Linmas MPP | {owa2}
Nomor layanan resmi: WA {owa3}, telp {otel1}. Nomor pribadi petugas hanya untuk koordinasi internal.
""",
    ),
    T(
        "helpdesk",
        "transport_courier",
        """
Transkrip panggilan — Call Center {KURIR1} ({csn1})
Agen: Selamat siang, {kurir1} dgn [[n:{g2}]], ada yg bisa dibantu?
Penelepon: Siang mbak, paket sy blm sampai. Resi {resi1}.
Agen: Baik, atas nama siapa?
Penelepon: [[n:{n1}]].
Agen: Alamat pengiriman?
Penelepon: [[a:{adr1}]], Kel. {pkel1}.
Agen: Nomor HP yg bisa dihubungi kurir?
Penelepon: [[p:{hp1}]].
Agen: Paket tertahan di hub Kupang krn alamat kurang lengkap. Kami jadwalkan kirim ulang {tgl2}. Nomor komplain {tiket1}.
""",
        F=(2,),
    ),
    T(
        "helpdesk",
        "permits_aid",
        """
{ts1} [[n:{s1}]]: Selamat siang admin, sy tdk bisa login OSS, lupa password. Email yg sy daftar dulu [[e:{em1}]].
{ts2} Helpdesk OSS DPMPTSP: Selamat siang. Mohon kirim NIB dan NIK pemilik.
{ts3} [[n:{s1}]]: NIB {nib1}
{ts4} [[n:{s1}]]: NIK [[nik:{nik1}]]
{ts5} Helpdesk OSS DPMPTSP: Link reset sdh dikirim ke email tsb. Nomor HP terdaftar di OSS masih nomor lama [[p:{hq1}]], mau diganti?
{ts6} [[n:{s1}]]: Iya ganti ke nomor ini sj, [[p:{hp1}]].
{ts7} Helpdesk OSS DPMPTSP: Baik, sdh kami ajukan. Tiket {tiket1}.
""",
    ),
    T(
        "helpdesk",
        "online_trade",
        """
{ts1} [[n:{s1}]]: Kak, sa mau pesan «galon 2¦beras 25 kg¦gas 12 kg» antar ke rumah.
{ts2} {sembako1}: Siap kak. Mohon kirim nama, alamat lengkap & no HP ya 🙏
{ts3} [[n:{s1}]]: [[n:{n1}]] / [[a:{adr1}]], Kel. {pkel1} / [[p:{hp1}]]
{ts4} {sembako1}: Total {Rp45-350}, bayar COD atau transfer ke rek toko BRI {rekxbri1}. Kurir kami, [[n:{g2}]], antar jam {jam1}.
{ts5} [[n:{s1}]]: Ok COD sa.
""",
        M=(2,),
    ),
    T(
        "helpdesk",
        "services",
        """
LOG PENGADUAN HOTLINE DISPERINDAG — {tgl1}
Jam | Nama | Nomor | Keluhan | Tindak lanjut
{hm1} | [[n:{n1}]] | [[p:{hp1}]] | harga minyak goreng di {pasar1} | diteruskan ke tim pasar
{hm2} | {KOP1} | {kopwa1} | izin usaha koperasi | info ke Diskop UKM
{hm3} | penelepon tidak sebut nama | [[p:{hp2}]] | timbangan pedagang daging curang | dijadwalkan tera ulang
{hm4} | [[n:{n3}]] | [[p:{hp3}]] | laundry hilangkan pakaian | mediasi {tgl2}
{hm5} | {BENGKEL1} | {bengkeltel1} | tanya izin usaha bengkel | info ke DPMPTSP
""",
    ),
    T(
        "helpdesk",
        "banking",
        """
From: Customer Care Bank NTT <halo@bankntt.co.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Tanggapan pengaduan no {tiket1}

Yth. «Bapak¦Ibu» [[n:{n1}]],
Terima kasih atas laporan terkait transfer {Rp250-2500} dari rekening Anda [[b:{rkntt1}]] tgl {tgl1} yg gagal namun saldo terpotong. Dana telah dikembalikan tgl {tgl2} dgn referensi {serial1}.
Jika masih ada pertanyaan, hubungi call center {csn1} atau WA {owa1}.

Hormat kami,
Customer Care Bank NTT
""",
    ),
    T(
        "helpdesk",
        "services",
        """
JADWAL APOTEKER JAGA — {APOTEK1} (buka 24 jam)
Senin–Rabu (07.00–15.00): apt. [[n:{n1}]], HP [[p:{hp1}]]
Kamis–Sabtu (07.00–15.00): apt. [[n:{n2}]], HP [[p:{hp2}]]
Shift malam: apt. [[n:{n3}]], HP [[p:{hp3}]]
Pemesanan obat & tanya stok: WA apotek {apotekwa1} (bukan nomor apoteker).
Resep BPJS diambil di loket 2, no antrian lewat {apotektel1}.
""",
    ),
    T(
        "helpdesk",
        "banking",
        """
FORMULIR PENGADUAN NASABAH — BRI KC KUPANG
No. Pengaduan   : {tiket1}
Nama Nasabah    : [[n:{N1}]]
No. Rekening    : [[b:{rkbri1}]]
NIK             : [[nik:{nik1}]]
No. HP          : [[p:{hp1}]]
Email           : [[e:{em1}]]
Jenis Pengaduan : «ATM tertelan¦Saldo terpotong¦Transaksi QRIS gagal»
Kronologi       : Tgl {tgl1} jam {jam1} di ATM {jl1}, transaksi tarik tunai {Rp500-2500} gagal tapi saldo berkurang.
Petugas CS      : [[n:{n2}]]
SLA penyelesaian 10 hari kerja. Cek status: call center 14017 / 1500017.
""",
    ),
]

TEMPLATES += [
    T(
        "helpdesk",
        "services",
        """
DAFTAR LAYANAN PENGADUAN KONSUMEN — KOTA KUPANG
Instansi | Telepon | WhatsApp | Email
Disperindag Kota Kupang | {otel1} | {owa1} | disperindag@kupangkota.go.id
BPSK Kota Kupang | {otel2} | {owa2} | bpsk.kotakupang@gmail.com
Balai POM di Kupang | {otel3} | {owa3} | ulpk.kupang@pom.go.id
Bank NTT | {csn1} | {owa4} | halo@bankntt.co.id
Diperbarui {tgl1}
""",
    ),
    T(
        "helpdesk",
        "banking",
        """
Chat dengan Asisten Virtual {BNK1}
Bot: Halo! Pilih menu: 1 Info saldo, 2 Info KUR, 3 Lokasi kantor, 4 Bicara dgn agen
Anda: 2
Bot: Bunga KUR Mikro 6%/thn, plafon s/d Rp 100.000.000. Syarat: KTP, KK, NIB/SKU. Simulasi: ketik SIMULASI#JUMLAH#TENOR, contoh SIMULASI#25000000#24
Anda: SIMULASI#{num1}000000#24
Bot: Estimasi angsuran {Rp450-2200}/bln. Ajukan di unit terdekat atau hubungi {csn1}. Sesi berakhir {hm1}. Ref {tiket1}.
""",
    ),
    T(
        "helpdesk",
        "permits_aid",
        """
JADWAL PIKET LOKET PERIZINAN — DPMPTSP KOTA KUPANG
Senin | Petugas loket 1 | {owa1}
Selasa | Petugas loket 2 | {owa2}
Rabu | Back office OSS | {otel1}
Kamis | Petugas loket 1 | {owa1}
Jumat | Petugas piket | {owa3}
Jam layanan 08.00–15.00 (Jumat s/d 11.00). Antrian online: {owa4}. Email: dpmptsp@kupangkota.go.id
""",
    ),
    T(
        "helpdesk",
        "services",
        """
PENGUMUMAN PERUBAHAN NOMOR LAYANAN {APOTEK1}
Mulai {tgl1} nomor layanan kami berubah:
Nomor lama: {apotektel1} / WA {owa1} (tidak aktif lagi)
Nomor baru: telp {bizl1} / WA {biz1}
Pesan antar obat: {owa2}
Email: {apotekmail1}
Mohon maaf atas ketidaknyamanannya.
""",
    ),
    T(
        "helpdesk",
        "online_trade",
        """
Pesan otomatis — {CELL1}
Halo kak 👋 Terima kasih sudah menghubungi kami.
Jam buka: Senin–Sabtu 08.00–21.00, Minggu 10.00–18.00.
Format order: NAMA#ALAMAT#NO HP#PRODUK
Contoh: Budi#Jl. Contoh No. 1#081234567890#Pulsa 50rb
Pulsa 25rb {Rp26-27} | 50rb {Rp50-51} | Token 100rb {Rp101-103}
Transfer ke BCA {rekxbca1} a.n. {CELL1}. Kirim bukti ke nomor ini ya.
""",
    ),
]

# ================================================================ wa_business
# WhatsApp Business catalogues, chats and receipts: customers' names, mobiles, addresses and
# plates on notes and orders; sole traders' own NPWP and account on their invoices; the shops'
# headings, lines, NPWPs and accounts unlabelled.
TEMPLATES += [
    T(
        "wa_business",
        "online_trade",
        """
{SEMBAKO1}
{sembakojl1}, Kupang
Telp/WA {sembakowa1}
NPWP {sembakonpwp1}
--------------------------------
NOTA No. {nota1}   {tgl1} {jam1}
Pelanggan : [[n:{n1}]]
HP        : [[p:{hp1}]]
Kirim ke  : [[a:{adr1}]]
--------------------------------
Beras 25 kg     1 x {Rp300-380}
Minyak 2 L      2 x {Rp36-44}
Gula 1 kg       3 x {Rp17-19}
Ongkir              {Rp10-20}
--------------------------------
Bayar: «Tunai¦Transfer BRI¦QRIS»
Barang yg sdh dibeli tdk dapat dikembalikan.
""",
    ),
    T(
        "wa_business",
        "online_trade",
        """
{ts1} {kue1}: Halo kak! Terima kasih sdh chat {kue1} 🎂 Ketik KATALOG untuk lihat menu.
{ts2} [[n:{s1}]]: Pesan kue ultah ukuran 20 cm, coklat, utk tgl {tgl2}.
{ts3} {kue1}: Siap kak, harga {Rp250-400}. Mohon isi format: Nama / Alamat / HP / Tulisan di kue
{ts4} [[n:{s1}]]: [[n:{n1}]] / [[a:{adr1}]] / [[p:{hp1}]] / "Selamat ulang tahun [[n:{g2}]] ke-«5¦7¦10¦17»"
{ts5} {kue1}: DP 50% ke rek BCA {rekxbca1} a.n. {KUE1} ya kak. No pesanan {order1}.
""",
        Y=(2,),
        fam={2: 1},
    ),
    T(
        "wa_business",
        "services",
        """
KONFIRMASI PESANAN — {KATERING1}
No. Order : {order1}
Pemesan   : [[n:{n1}]] ([[p:{hp1}]])
Acara     : «syukuran wisuda¦ibadah keluarga¦ulang tahun» tgl {tgl2}, «30¦50¦75¦100» pax
Lokasi    : [[a:{adr1}]]
Menu      : nasi, se'i «babi¦sapi», sayur bunga pepaya, sambal lu'at, buah
Total     : {Rp2500-9000}
DP 50% transfer ke rek usaha {kateringrek1} a.n. {KATERING1}. Kalau transfer dari luar kota bisa jg ke rek pribadi pemilik, BNI [[b:{rkbni2}]] a.n. [[n:{n2}]].
CS: {kateringwa1}
""",
    ),
    T(
        "wa_business",
        "services",
        """
{LAUNDRY1}
{laundryjl1} | WA {laundrywa1}
NOTA {nota1}
Masuk: {tgl1} {jam1}   Selesai: {tgl2}
Nama: [[n:{n1}]]   HP: [[p:{hp1}]]
Cuci + setrika «4,5¦6¦3,5» kg x {Rp7-10}
Bedcover 1 x {Rp25-40}
Status: «LUNAS¦BELUM BAYAR»
*Pakaian yg tdk diambil 30 hari di luar tanggung jawab kami.
""",
    ),
    T(
        "wa_business",
        "tax",
        """
INVOICE {inv1}
Dari    : [[n:{n1}]] — «Jasa Las & Teralis¦Jasa Sablon Kaos¦Jasa Service AC» (usaha perorangan)
NPWP    : [[npwp:{npn1}]]
Alamat  : [[a:{adr1}]] (rumah sekaligus tempat usaha)
HP/WA   : [[p:{hp1}]]
Kepada  : {CV1}
NPWP    : {cvnpwp1}
Alamat  : {cvjl1}
Uraian | Qty | Harga
Pekerjaan sesuai PO {serial1} | {num1} | {Rp150-900}
Pembayaran ke BRI [[b:{rkbri1}]] a.n. [[n:{n1}]], paling lambat {tgl2}.
""",
    ),
    T(
        "wa_business",
        "transport_courier",
        """
{KURIR1} — TANDA TERIMA KIRIMAN
No. Resi : {resi1}   Tgl: {tgl1}
PENGIRIM : [[n:{N1}]] / [[p:{hp1}]]
           [[a:{ADR1}]], KUPANG
PENERIMA : [[n:{N2}]] / [[p:{hp2}]]
           [[a:{ADR2}]], «ENDE¦ATAMBUA¦WAINGAPU¦MAUMERE»
Isi: «pakaian¦dokumen¦oleh-oleh se'i» | Berat «1¦2¦3» kg | Ongkos {Rp35-120}
Layanan REG, estimasi 3–5 hari
Agen {kurir1} {kel1}, telp {kurirwa1}
""",
    ),
    T(
        "wa_business",
        "online_trade",
        """
KATALOG MINGGU INI 🛒
- «Se'i babi¦Se'i sapi» 1 kg {Rp180-260}
- Jagung bose 1 porsi {Rp15-25}
- Kue cucur 10 biji {Rp15-25}
Pesan H-1, ambil di rumah atau antar «Oebobo¦Oesapa¦Kuanino» dan sekitarnya.
Sa sendiri yg masak e, order langsung ke WA sa [[p:{hp1}]] — [[n:{g1}]]
""",
    ),
    T(
        "wa_business",
        "online_trade",
        """
*LIST PO IKAN ASAP — {tgl1}*
1. [[n:{n1}]] - 2 ekor - [[p:{hp1}]]
2. [[n:{n2}]] - 1 kg - [[p:{hp2}]]
3. Kantor Lurah {kel1} - 5 kg - {otel1}
4. [[n:{n3}]] - 3 ekor - [[p:{hp3}]]
Ambil di rumah sa ya, [[a:{adr4}]]. Transfer ke BRI [[b:{rkbri4}]] a.n. [[n:{n4}]]
""",
    ),
    T(
        "wa_business",
        "services",
        """
{BENGKEL1}
{bengkeljl1} — WA {bengkelwa1}
NOTA SERVIS No. {nota1}
Tgl       : {tgl1}
Pelanggan : [[n:{n1}]]
No. Polisi: [[pl:{pl1}]]
Motor     : «Beat¦Vario¦NMAX¦Mio» KM {num1}{num2}0
Jasa servis {Rp50-85} | Oli {Rp45-65} | Kampas rem {Rp40-75}
Mekanik   : [[n:{g2}]]
Garansi servis 7 hari.
""",
        M=(2,),
    ),
]

TEMPLATES += [
    T(
        "wa_business",
        "online_trade",
        """
📒 Katalog {CELL1}
1. Pulsa 25rb — {Rp26-27} (SKU PLS-25)
2. Paket data 15 GB — {Rp60-75} (SKU DT-15)
3. Token PLN 50rb — {Rp51-53}
4. Powerbank 10.000 mAh — {Rp150-250} ({sku1})
5. Casing HP — {Rp25-45}
Order: WA {cellwa1} | Toko: {celljl1}
Buka 08.00–21.00
""",
    ),
    T(
        "wa_business",
        "online_trade",
        """
Terima kasih sdh berbelanja di {ATK1} 🙏
Pembayaran:
• Transfer BRI {rekxbri1} a.n. {ATK1}
• Mandiri {rekxmdr1} a.n. {ATK1}
• QRIS NMID {nmid1}
• VA {va1}
Kirim bukti transfer ke WA ini, pesanan diproses max 1x24 jam. Cek status: ketik STATUS#{order1}
""",
    ),
    T(
        "wa_business",
        "online_trade",
        """
{ELEKTRONIK1}
{ELEKTRONIKJL1}
TELP {elektroniktel1}
NPWP {elektroniknpwp1}
No: {nota1}  Kasir: 02  {tgl1} {jam1}
Pelanggan: UMUM
Kipas angin 16"    1 x {Rp250-350}
Stop kontak        2 x {Rp25-45}
Lampu LED 12W      4 x {Rp20-35}
Tunai {Rp500-600}
Barang yg sudah dibeli tidak dapat ditukar.
""",
    ),
    T(
        "wa_business",
        "online_trade",
        """
Status pesanan {order1}:
✅ {tgl1} {jam1} Pesanan diterima
✅ {tgl1} Pembayaran dikonfirmasi ({Rp85-450})
🚚 {tgl2} Dikirim via {kurir1}, resi {resi1}
📦 Estimasi tiba {tgl3}
Pertanyaan? Balas pesan ini atau telp {bizl1}.
""",
    ),
    T(
        "wa_business",
        "online_trade",
        """
{DEPOT1} — HARGA TERBARU
Isi ulang galon 19 L: {Rp5-7}
Galon baru + isi: {Rp45-60}
Antar dalam radius 2 km gratis (min. 2 galon)
Pesan: WA {depotwa1} / telp {depottel1}
Nomor di galon sama dgn nomor WA.
Hasil uji lab Dinkes no {surat1} tgl {tgl1}: LAYAK.
""",
    ),
]


# ================================================================ more cases of the guide, one template per style
TEMPLATES += [
    T(
        "helpdesk",
        "tax",
        """
Transkrip panggilan Kring Pajak 1500200 — {tgl1}
Agen: Kring Pajak, dgn [[n:{g2}]], selamat siang, ada yg bisa dibantu?
Penelepon: Siang mbak. Sy punya usaha «kios sembako¦warung makan¦bengkel las» sendiri, mau terbitkan faktur utk bendahara dinas, tp sy tdk punya NPWP toko.
Agen: Usaha perorangan cukup pakai NPWP pribadi bapak. NPWP bapak?
Penelepon: Pakai NIK, [[npwp:«{nikc1}¦{nikb1}»]].
Agen: Baik, atas nama?
Penelepon: [[n:{n1}]].
Agen: NPWP sudah aktif. NITKU tempat usaha bapak [[npwp:{npu1}]]. Di faktur cukup isi NIK/NITKU tsb; NPWP bendahara dinas ({npbend1}) dipakai bendahara utk setor PPh.
Penelepon: Kalau mau konsultasi langsung?
Agen: Bisa ke KPP Pratama Kupang, {jlno1}, atau WA layanan {owa1}. Nomor tiket {tiket1}.
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "marketplace",
        "online_trade",
        """
TOKO [[n:{N1}]] — «SEMBAKO & KEBUTUHAN HARIAN¦BANGUNAN & LISTRIK¦ALAT TULIS & FOTOKOPI»
Buka tiap hari 06.00–21.00 di {pasar1}, kios {los1}.
Pesan antar: WA [[p:{hp1}]] (pemilik langsung) | Telp toko {bizl1}
Email: [[e:{emf1}]]
Bayar bisa transfer atau DANA ke [[p:{hq1}]] a.n. [[n:{n1}]].

Komentar
«Kios Mama Ester¦Warung Om Tande¦Salon Nona Cantik»: Mantap kaka, sukses e 🙏
[[n:{n2}]]: Besok sa pesan semen 10 sak ee
""",
    ),
    T(
        "biz_complaint",
        "services",
        """
Judul: Air tangki kotor, dijual mahal
Sy [[n:{n1}]] warga Kel. {pkel1}. Tgl {tgl1} sy pesan air tangki 5.000 liter {Rp150-250}. Om [[n:{g2}]] ada tangki, nomornya [[p:{hp2}]], biasa antar ke kompleks kami. Air yg datang keruh dan bau. Waktu sy telp, dia suruh telp nomor lain, {biz1}. Kalo yg {biz1} itu nomor {depot1} di {depotjl1}.
Saksi mata, tukang ojek pangkalan, [[n:{n3}]] ([[p:{hp3}]]), lihat tangki isi air dari kali.
Mohon Dinkes cek. HP sy [[p:{hp1}]].
""",
        M=(3,),
    ),
    T(
        "tax_paper",
        "tax",
        """
Grup WA "Pelaku Usaha Oebobo"
{ts1} [[n:{s1}]]: Kawan2, utk lapor SPT thn ini yg dipakai NPWP {cv1} {cvnpwp1} ato NPWP pribadi sa [[npwp:{npd1}]]?
{ts2} [[n:{s2}]]: Kalo CV, NPWP badan lapor SPT Badan sendiri. Pribadi lapor pribadi.
{ts3} [[n:{s1}]]: Ok. Di bukti potong dr dinas tertulis:
NPWP : {cvnpwp1}
Nama WP : {CV1}
jadi itu punya CV e.
{ts4} [[n:{s2}]]: Iya. Sa usaha perorangan, NPWP usaha perorangan sa = NIK [[npwp:{npn2}]], jadi cukup satu.
{ts5} [[n:{s3}]]: Di formulir bantuan UMKM ada kolom NIK/NPWP, sa isi begini: NIK/NPWP : [[nik:{nik3}]]. Betul ko?
{ts6} [[n:{s2}]]: Betul kaka.
""",
    ),
    T(
        "job_post",
        "jobs",
        """
FORMULIR DATA KARYAWAN BARU — {HOTEL1}
Nama lengkap   : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
NPWP           : [[npwp:{np1}]]
No. KK         : [[kk:{kk1}]]
No. BPJS Kes.  : [[bpjs:{bpjs1}]]
BPJS TK (KPJ)  : {kpj1}
Alamat         : [[a:{adr1}]]
HP pribadi     : [[p:{hp1}]]
Email pribadi  : [[e:{emp1}]]
Email kantor   : [[e:{emathotel1}]]
Rekening gaji  : Mandiri [[b:{rkmdr1}]]
Diisi HRD: No. induk karyawan KRY-{thn}-0{num1}, mulai kerja {tgl1}, email HRD {hotelmail1}, telp {hoteltel1}
""",
        Y=(1,),
    ),
    T(
        "rental_ad",
        "housing",
        """
INFO KOS — DARI PEMILIK LANGSUNG
{kos1}, alamat kos: {kosjl1} (10 kamar, ada penjaga, parkir luas). Harga {Rp600-1000}/bln.
Pemilik tinggal terpisah, kalau mau survei janjian dulu: [[n:{n1}]], [[p:{hp1}]].
Bayar sewa bisa antar ke rumah sy, [[a:{adr1}]], atau transfer BRI [[b:{rkbri1}]] a.n. [[n:{n1}]].
""",
    ),
    T(
        "umkm_permit",
        "permits_aid",
        """
REKAP PENGAJUAN NIB MELALUI PENDAMPING — KEC. {KEC1}
1. Nama Pelaku Usaha : {KOP1}
   NPWP              : {kopnpwp1}
   HP                : {kopwa1}
2. Nama Pelaku Usaha : [[n:{N1}]]
   NPWP              : [[npwp:{npn1}]]
   HP                : [[p:{hp1}]]
3. Nama Pelaku Usaha : [[n:{N2}]]
   NPWP              : [[npwp:«{npd2}¦{npb2}»]]
   HP                : [[p:{hp2}]]
Pendamping: [[n:{n3}]] ([[p:{hp3}]]), {tgl1}
""",
    ),
    T(
        "procurement",
        "procurement",
        """
DAFTAR PENERIMAAN HONORARIUM NARASUMBER
Kegiatan: Pelatihan «Pemasaran Digital¦Pembukuan Sederhana¦Pengemasan Produk» bagi UMKM, {tgl1}
No | Nama | NPWP | Bruto | Tanda tangan
1 | [[n:{n1}]] | [[npwp:{npn1}]] | {Rp900-1800} | ttd
2 | [[n:{n2}]] | [[npwp:«{npd2}¦{nps2}»]] | {Rp900-1800} | ttd
3 | [[n:{n3}]] | [[npwp:{npn3}]] | {Rp600-1200} | ttd
PPh 21 disetor Bendahara Pengeluaran Diskop UKM, NPWP {npbend1}, billing {billing1}.
""",
    ),
    T(
        "market_levy",
        "market",
        """
CATATAN PETUGAS RETRIBUSI — {PASAR1}, {tgl1}
- Kios «Mama Ester¦Mama Lina¦Om Tande» (sembako): lunas {bln}, karcis {karcis1}
- Samping kios Mama [[n:{g1}]] ada lapak liar, pedagang a.n. [[n:{n2}]], HP [[p:{hp2}]], sdh ditegur
- Kios {los1} dikunci, pemilik [[n:{n3}]] tunggak 3 bln ({Rp450-900})
Setoran hari ini {Rp300-700}, slip {serial1}
""",
        F=(1,),
    ),
    T(
        "wa_business",
        "services",
        """
Diteruskan:
Foto spanduk (teks): "SEDOT WC «BERKAH JAYA¦TUNTAS¦LANCAR» — HUB {biz1} / {biz2}"
Yg pasang spanduk itu Om [[n:{g1}]], tetangga sa, rumahnya di [[a:{adr1}]]. Kalo mau murah telp langsung dia pung HP pribadi [[p:{hp1}]] sa, bilang dari [[n:{g2}]].
""",
    ),
]


if __name__ == "__main__":
    main()
