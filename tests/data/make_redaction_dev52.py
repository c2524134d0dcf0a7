# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401
"""Write tests/data/redaction_dev52.jsonl: money, business and tax paperwork.

Whose e-mail address is it, and whose NPWP? Hand-written templates with inline labels
(``[[kind:...]]``) and placeholders (``{n1}``, ``{em1}``, ``{npwp1}``, ``{cvmail1}``,
``{cvnpwp1}``, ``{offmail1}``, ``{scam}`` ...), each filled three times with invented values; span
offsets are computed from the markers. Run ``python3 tests/data/make_redaction_dev52.py``
(standard library only, deterministic). ``--review`` also prints every unlabelled run of digits
and every unlabelled ``@`` token with the forty characters before it; ``--show N SEED`` prints N
texts drawn at random with their spans marked, for reading; ``--dry`` writes nothing.
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

SEED = 52_2026_1207
OUT = Path(__file__).with_name("redaction_dev52.jsonl")
PREFIX = "d52"
FILLS = 3

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
    "email_thread",
    "invoice_receipt",
    "tender_procurement",
    "tax_letter",
    "umkm_registration",
    "payment_notification",
    "job_application",
    "letterhead_signature",
    "scam_mailbox",
    "web_form",
)
THEMES = (
    "tax",
    "procurement",
    "banking",
    "small_business",
    "employment",
    "scam_fraud",
    "schools",
    "church_community",
    "village_admin",
    "trade_services",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "email": 150,
    "npwp": 100,
    "name": 300,
    "phone": 80,
    "themes": 10,
    "lookalikes": 4,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "saudara", "saudari", "ny", "nn",
    "tn", "dr", "drs", "dra", "ir", "prof", "pdt", "pnt", "dkn", "bidan", "lurah", "camat", "guru",
    "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "adik", "ade", "yth",
    "ketua", "kepala", "direktur", "manajer", "bendahara", "sekretaris", "staf", "admin",
    "petugas", "pengurus", "pemilik", "owner", "hrd", "an", "a.n", "atas", "nama", "ttd", "salam",
    "hormat", "dari", "kepada", "from", "to", "cc", "sy", "saya", "beta", "sa", "hp", "telp",
    "email", "h", "hj", "haji", "ustadz", "mr", "mrs", "ms", "kasir", "pembeli", "penerima",
    "pelapor", "pemohon", "penyedia", "wp", "pj", "plt", "kabid", "kasi", "kadis", "operator",
    "sales", "marketing", "pak rt", "ketua rt", "mas", "mbak", "ko", "ci", "cik", "koh",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev52)
# given names of Timor, Rote, Sabu, Flores and Alor (mostly Christian)
GIVEN_M = (
    "Yohanis", "Marthen", "Yakobus", "Frederik", "Obed", "Simon", "Paulus", "Melkianus",
    "Yeremias", "Nikolaus", "Stefanus", "Agustinus", "Dominggus", "Ferdinand", "Kornelis",
    "Aleksander", "Hendrikus", "Isak", "Markus", "Yosua", "Elias", "Lukas", "Habel", "Gabriel",
    "Yulius", "Arnoldus", "Benediktus", "Wilhelmus", "Efraim", "Apolos", "Ebenhaezer", "Zakarias",
    "Semuel", "Daniel", "Petrus", "Leonardus", "Fransiskus", "Vinsensius", "Adrianus",
    "Oktovianus", "Jefri", "Ricky", "Defri", "Ardi", "Roni", "Melki", "Ambros", "Kristo", "Gerson",
    "Yoel", "Rudolf", "Marselinus", "Sebastianus", "Hironimus", "Kasimirus", "Bonefasius",
    "Yunus", "Titus", "Yorim", "Gidion", "Alfons", "Yanto", "Welem", "Mikhael", "Robert Anderson",
    "Yohanes Paulus", "Jhon Piter",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Maria", "Sarlota", "Orpa", "Mariance", "Yohana", "Ester", "Debora", "Ribka",
    "Agustina", "Selfina", "Dorkas", "Margaretha", "Naomi", "Febriyanti", "Lidia", "Kristina",
    "Veronika", "Elisabet", "Fransiska", "Anjelina", "Mersi", "Jeni", "Ivon", "Meliana", "Priska",
    "Susana", "Theresia", "Getrudis", "Rosalinda", "Yasinta", "Martha", "Hendrika", "Blandina",
    "Yustina", "Marlin", "Oktaviana", "Imelda", "Serly", "Novita", "Adelina", "Welmince", "Yemima",
    "Magdalena", "Paskalia", "Emerensiana", "Asnat", "Mirna", "Filomena", "Sesilia", "Regina",
    "Maria Goreti", "Anastasia", "Yulita", "Delfi", "Erlin", "Santi Yuliani", "Kornelia",
)  # fmt: skip
FAMILY = {
    "timor": (
        "Taneo",
        "Nope",
        "Banunaek",
        "Kolo",
        "Sapay",
        "Nubatonis",
        "Neolaka",
        "Tamelab",
        "Lakapu",
        "Taopan",
        "Missa",
        "Boimau",
        "Oematan",
        "Tnunay",
        "Selan",
        "Tuames",
        "Sabneno",
        "Nitbani",
        "Nuban",
        "Toelle",
        "Baun",
        "Atok",
        "Usboko",
        "Tanaem",
        "Faot",
        "Nomleni",
        "Sanam",
        "Kolimon",
        "Abineno",
        "Foenay",
        "Snae",
        "Tabun",
        "Manbait",
        "Oenunu",
        "Tafuli",
        "Seran",
        "Bria",
        "Nahak",
        "Klau",
        "Luan",
        "Kefi",
        "Naitboho",
    ),
    "rote": (
        "Pellokila",
        "Ndolu",
        "Messakh",
        "Adoe",
        "Henuk",
        "Mesah",
        "Ndoen",
        "Haning",
        "Bolla",
        "Lenggu",
        "Ndoki",
        "Saudale",
        "Nalle",
        "Dethan",
        "Pandie",
        "Mbuik",
        "Daik",
        "Nggili",
        "Feoh",
        "Sinlae",
        "Ully",
        "Zadrak Ndun",
    ),
    "sabu": (
        "Riwu",
        "Bire",
        "Lado",
        "Kore",
        "Tadu",
        "Lomi",
        "Ludji",
        "Djami",
        "Radja",
        "Hede",
        "Rohi",
        "Wadu",
        "Huma",
        "Lede",
        "Kore Mega",
        "Lede Kana",
        "Dimu Heo",
    ),
    "flores": (
        "Da Silva",
        "Parera",
        "Fernandez",
        "Koten",
        "Tukan",
        "Lamabelawa",
        "Ola",
        "Goran",
        "Sareng",
        "Bataona",
        "Wungo",
        "Kewuan",
        "Hurint",
        "Jehaut",
        "Dalu",
        "Jemadu",
        "Ngadut",
        "Tanggur",
        "Wea",
        "Dhosa",
        "Bhara",
        "Moa",
        "Meko",
        "Lewar",
        "Keraf",
        "Rangga",
        "Boro",
        "Sogen",
        "Tokan",
        "Leu",
        "Mite",
        "Uran",
        "Beribe",
        "Da Cunha",
    ),
    "alor": (
        "Lapenangga",
        "Maure",
        "Mokoni",
        "Blegur",
        "Malaikari",
        "Kafolamau",
        "Maukari",
        "Lamma Koha",
        "Atapada",
        "Molina",
        "Djahamou",
        "Kolly",
        "Penlaana",
        "Retebana",
        "Gomang",
    ),
}
# (sex, given, family); Sumba's Umbu and Rambu are part of the given name
SUMBA = (
    ("M", "Umbu Rihi", "Ndapamerang"), ("M", "Umbu Tamu", "Hambapraing"), ("M", "Umbu Nggaba", "Kapita"),
    ("M", "Umbu Pura", "Pekuwali"), ("M", "Umbu Djanggu", "Ndjurumana"), ("M", "Umbu Kaleka", "Lunggi"),
    ("F", "Rambu Kahi", "Tarambiha"), ("F", "Rambu Ana", "Hamakonda"), ("F", "Rambu Eti", "Wohangara"),
    ("F", "Rambu Lika", "Kahiluma"), ("F", "Rambu Anggung", "Kapita"), ("F", "Rambu Hada", "Pekuwali"),
)  # fmt: skip
BALI = (
    ("M", "I Wayan", "Sudarsana"), ("M", "I Made", "Arsana"), ("M", "I Nyoman", "Widiantara"),
    ("M", "I Ketut", "Suparta"), ("M", "I Gede", "Mahendra"), ("M", "I Putu", "Adnyana"),
    ("M", "I Komang", "Wirawan"), ("F", "Ni Luh Ayu", "Lestari"), ("F", "Ni Made Sri", "Wahyuni"),
    ("F", "Ni Nyoman Eka", "Pratiwi"), ("F", "Ni Ketut", "Dewantari"), ("F", "Ni Putu Ratna", "Sari"),
    ("F", "Ni Kadek", "Yuliantari"),
)  # fmt: skip
# Bugis and Makassar, Butonese, Javanese: (sex, given, family) where the name splits so
BUGIS = (
    ("M", "Baharuddin", "Daeng Siala"), ("M", "Syamsul", "Daeng Tompo"), ("M", "Haerul", "Anwar"),
    ("M", "Ridwan", "Lamappa"), ("M", "Amiruddin", "Daeng Ngopa"), ("F", "Nurhayati", "Daeng Kanang"),
    ("F", "Rahmawati", "Daeng Ngai"), ("F", "Hasnah", "Lamusu"), ("F", "Sitti Aminah", "Lamaddukelleng"),
)  # fmt: skip
BUTON = (
    ("M", "La Ode", "Rasyid"), ("M", "La Ode", "Hamrin"), ("M", "La Ode", "Syarifuddin"),
    ("M", "La Ode", "Ilham"), ("F", "Wa Ode", "Hasmiati"), ("F", "Wa Ode", "Nurjannah"),
    ("F", "Wa Ode", "Sartini"),
)  # fmt: skip
JAWA = (
    ("M", "Agus", "Setiawan"), ("M", "Bambang", "Wibisono"), ("M", "Joko", "Prasetyo"),
    ("M", "Wahyu", "Nugroho"), ("M", "Eko", "Purnomo"), ("M", "Dimas Aryo", "Pamungkas"),
    ("F", "Sri", "Rahayu"), ("F", "Endang", "Purwaningsih"), ("F", "Dwi", "Handayani"),
    ("F", "Siti", "Khotijah"), ("F", "Retno", "Wulandari"), ("F", "Yuni", "Astuti"),
)  # fmt: skip
# Chinese-Indonesian: family first with a two-syllable given name, or an Indonesian name
CHINESE = (
    ("F", "Mei Ling", "Ong", "ff"), ("M", "Kim Hok", "Tan", "ff"), ("F", "Swie Giok", "Liem", "ff"),
    ("F", "Hong Lan", "Oei", "ff"), ("M", "Bun Liong", "Tjoa", "ff"), ("F", "Siu Hwa", "Go", "ff"),
    ("M", "Hendra", "Gunawan", ""), ("F", "Lili", "Setiawati", ""), ("F", "Yenny", "Halim", ""),
    ("M", "Budiman", "Tanuwijaya", ""), ("M", "Ferry", "Kurniadi", ""), ("F", "Vivian", "Santoso", ""),
)  # fmt: skip
# words that many persons share: two persons of one text may both carry them
SHARED = {
    "umbu", "rambu", "ode", "daeng", "wayan", "made", "nyoman", "ketut", "gede", "putu", "komang",
    "luh", "kadek", "sri", "maria", "yohanes", "siti", "sitti",
}  # fmt: skip
ORIGINS = (
    ("local", 64), ("sumba", 6), ("bali", 6), ("bugis", 5), ("buton", 4), ("jawa", 8), ("chinese", 7),
)  # fmt: skip
# where a text speaks of a congregation or of a mosque, its persons come from these
FAITH_ORIGINS = {
    "christian": (("local", 74), ("sumba", 9), ("chinese", 8), ("jawa", 3)),
    "muslim": (("bugis", 40), ("buton", 30), ("jawa", 30)),
}
RELIGION = {
    "local": ("Kristen Protestan", "Kristen Protestan", "Katolik"), "sumba": ("Kristen Protestan", "Katolik"),
    "bali": ("Hindu",), "bugis": ("Islam",), "buton": ("Islam",), "jawa": ("Islam", "Islam", "Kristen Protestan"),
    "chinese": ("Buddha", "Kristen Protestan", "Katolik"),
}  # fmt: skip

# ---------------------------------------------------------------- places (written for dev52)
KELURAHAN = (
    "Oebobo", "Oebufu", "Liliba", "Kayu Putih", "Tuak Daun Merah", "Oetete", "Naikoten I",
    "Kuanino", "Fontein", "Bakunase", "Airnona", "Nunleu", "Oeba", "Fatubesi", "Solor",
    "Oesapa", "Oesapa Selatan", "Lasiana", "Kelapa Lima", "Pasir Panjang", "Penfui", "Maulafa",
    "Kolhua", "Naimata", "Sikumana", "Fatukoa", "Naikolan", "Belo", "Oepura", "Alak",
    "Manulai II", "Manutapen", "Fatufeto", "Namosain", "Nunbaun Sabu", "Nunhila", "Batuplat",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
VILLAGES = (
    "Desa Oelnasi", "Desa Baumata Timur", "Desa Penfui Timur", "Desa Noelbaki", "Desa Oebelo",
    "Desa Tarus", "Desa Bolok", "Desa Kuanheun", "Desa Oeletsala", "Desa Nunkurus",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Ikan Paus", "Jl. Ikan Tongkol", "Jl. Sabu Raijua", "Jl. Lontar Baru", "Jl. Belimbing",
    "Jl. Cemara", "Jl. Kampung Baru", "Jl. Perkutut", "Jl. Merak", "Jl. Taebenu", "Jl. Matani Raya",
    "Jl. Kejora", "Jl. Bumi Asri", "Jl. Mawar Merah", "Jl. Kuanino Atas", "Jl. Fetor Funay",
    "Jl. Gunung Mutis", "Jl. Kelimutu", "Jl. Batu Cadas", "Jl. Kakaktua", "Jl. Sirsak",
    "Jl. Delima", "Jl. Bougenville", "Jl. Nanas", "Jl. Kedondong", "Gg. Anggrek II",
    "Gg. Rambutan", "Gg. Pelita", "Gg. Salak", "Lr. Kenanga", "Jl. Bakti Karya Gg. 4",
    "Jl. Oekam", "Jl. Nusa Lontar", "Jl. Sumba Gg. Delima",
)  # fmt: skip
ESTATES = (
    "Perumnas Blok", "BTN Kolhua Blok", "Perum Griya Permata Oebufu Blok",
    "Perumahan Lopo Permai Blok", "Kompleks Puri Liliba Blok", "Perum Taman Naimata Blok",
)  # fmt: skip
# public streets and business seats (never a home here)
PUBLIC_STREETS = (
    "Jl. Soeharto", "Jl. Timor Raya", "Jl. El Tari", "Jl. Frans Seda", "Jl. W.J. Lalamentik",
    "Jl. Adisucipto", "Jl. R.A. Kartini", "Jl. Sam Ratulangi", "Jl. Cak Doko", "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman", "Jl. Herewila", "Jl. Thamrin", "Jl. Veteran", "Jl. Perintis Kemerdekaan",
    "Jl. H.R. Koroh", "Jl. Kaswari", "Jl. Palapa", "Jl. Ahmad Yani", "Jl. Siliwangi",
    "Jl. Urip Sumoharjo", "Jl. Untung Suropati", "Jl. Kosasih", "Jl. Bundaran Tirosa",
)  # fmt: skip

# ---------------------------------------------------------------- bodies (written for dev52)
# each body: its name; its own domain's stem; the mailbox writings it uses
BODIES = {
    "cv": (
        "CV Karya Flobamora",
        "CV Bintang Lontar",
        "CV Anugerah Sasando",
        "CV Nekamese Konstruksi",
        "CV Tirosa Mandiri",
        "CV Batu Karang Timor",
        "CV Cahaya Oesapa",
        "CV Mutiara Teluk",
        "CV Lopo Karya",
        "CV Dua Putra Rote",
        "CV Tiga Saudara Timor",
        "CV Fajar Namosain",
    ),
    "pt": (
        "PT Nusa Cendana Perkasa",
        "PT Timor Raya Logistik",
        "PT Sabana Energi Nusantara",
        "PT Kupang Digital Solusi",
        "PT Laut Sawu Perikanan",
        "PT Flobamora Agro Lestari",
        "PT Semau Bahari Wisata",
        "PT Sumber Air Naimata",
    ),
    "ud": (
        "UD Pelangi Oeba",
        "Toko Sembako Oetete Jaya",
        "UD Sinar Pagi Oesapa",
        "Toko Kelontong Maju Bersama",
        "UD Laris Manis Penfui",
        "UD Berkat Tani Oebobo",
    ),
    "tb": (
        "Toko Bangunan Harapan Baru",
        "UD Sumber Berkat",
        "Toko Besi Bintang Oebobo",
        "UD Tiga Bersaudara",
        "Toko Bangunan Lontar Makmur",
        "UD Batu Alam Oeba",
    ),
    "atk": (
        "Toko ATK Pena Emas",
        "Fotokopi Cahaya Liliba",
        "Toko Buku Sinar Kuanino",
        "UD Gita Stationery",
    ),
    "konv": (
        "Konveksi Sinar Fatululi",
        "Konveksi Berkat Oepura",
        "Konveksi Lontar Jaya",
        "Penjahit Seragam Citra Naikoten",
    ),
    "ren": ("Sasando Rent Car", "Timor Trans Rental", "Flobamora Car Rental", "Kupang Jaya Trans"),
    "lau": (
        "Laundry Bersih Wangi Oesapa",
        "Laundry Kilat Penfui",
        "Clean Express Laundry Liliba",
        "Laundry Harum Sari Bakunase",
    ),
    "dea": ("Dealer Honda Flobamora Motor", "Yamaha Timor Jaya Motor", "Suzuki Sinar Oebobo Motor"),
    "hot": (
        "Hotel Nusa Lontar",
        "Hotel Pantai Lasiana Indah",
        "Hotel Cendana Residence",
        "Hotel Teluk Semau",
        "Hotel Flobamora Inn",
    ),
    "cet": (
        "Percetakan Sasando Grafika",
        "Flores Offset",
        "Sinar Print Oebobo",
        "Digital Print Liliba",
        "Percetakan Timor Aksara",
        "Kupang Sablon & Printing",
    ),
    "cat": (
        "Catering Rasa Lopo",
        "Dapur Se'i Oebufu",
        "Catering Pondok Selera",
        "Catering Berkat Sion",
        "Catering Kuah Asam Bahari",
        "Dapur Nona Manis",
    ),
    "kop": (
        "KSP Lontar Sejahtera",
        "Koperasi Produsen Garam Bolok",
        "Kopdit Sehati Oebufu",
        "KSU Tani Makmur Penfui",
        "Koperasi Nelayan Teluk Kupang",
        "Koperasi Wanita Tenun Sikumana",
        "Koperasi Konsumen Guru Kota Kupang",
    ),
    "yay": (
        "Yayasan Harapan Sasando",
        "Yayasan Pelita Hati Kupang",
        "Yayasan Lopo Belajar Flobamora",
        "Yayasan Panti Asuhan Tunas Bangsa",
        "Yayasan Peduli Disabilitas Timor",
    ),
    "grj": (
        "GMIT Jemaat Efrata Liliba",
        "GMIT Jemaat Syalom Airnona",
        "GMIT Jemaat Elim Naikolan",
        "GMIT Jemaat Sion Kolhua",
        "GMIT Jemaat Betlehem Oesapa",
        "GMIT Jemaat Maranatha Bakunase",
        "GMIT Jemaat Getsemani Penfui",
    ),
    "smk": (
        "SMKN 2 Kupang",
        "SMKN 5 Kupang",
        "SMK Kristen Kupang",
        "SMK Katolik Santo Pius",
        "SMK Negeri 1 Kupang Tengah",
    ),
    "sek": (
        "SMPN 9 Kupang",
        "SMAN 6 Kupang",
        "SD Inpres Oetete 3",
        "SMK Kristen Kupang",
        "SDN Fontein 1",
        "SMPK St. Yoseph Naikoten",
        "SMKN 4 Kupang",
        "TK Pelangi Kasih Oepura",
    ),
    "um": (
        "Keripik Pisang Lopo Rasa",
        "Sambal Lu'at Nona Rote",
        "Kue Rambut Kolhua",
        "Tenun Ikat Sumba Lestari",
        "Madu Hutan Timor Asli",
        "Abon Ikan Bahari Oesapa",
        "Jagung Bose Instan Flobamora",
        "Kopi Bajawa Seduh Kupang",
        "Dodol Rumput Laut Semau",
        "Minyak Kelapa Kampung Nekamese",
    ),
    "bum": (
        "BUMDes Oelnasi Maju",
        "BUMDes Tarus Sejahtera",
        "BUMDes Baumata Bersatu",
        "BUMDes Noelbaki Mandiri",
        "BUMDes Oebelo Garam Jaya",
    ),
}
BODY_FIELDS = (
    "",
    "stem",
    "mail",
    "dom",
    "npwp",
    "npwpz",
    "nitku",
    "jl",
    "hp",
    "tel",
    "rek",
    "bank",
    "role",
)
ROLE_LOCALS = ("admin", "info", "cs", "keuangan", "marketing", "sales", "office", "finance", "halo")
OFFICES = (
    # name, short name, mailbox, seat
    ("Badan Pendapatan Daerah Kota Kupang", "Bapenda", "bapenda@kupangkota.go.id", "Jl. S.K. Lerik No. 1"),
    ("Dinas Penanaman Modal dan PTSP Kota Kupang", "DPMPTSP", "dpmptsp@kupangkota.go.id", "Jl. Timor Raya No. 118"),
    ("Dinas Koperasi dan UKM Kota Kupang", "Diskop UKM", "diskopukm@kupangkota.go.id", "Jl. Palapa No. 9"),
    ("Dinas Tenaga Kerja Kota Kupang", "Disnaker", "disnaker@kupangkota.go.id", "Jl. Frans Seda No. 61"),
    ("Dinas Perindustrian dan Perdagangan Kota Kupang", "Disperindag", "disperindag@kupangkota.go.id", "Jl. Cak Doko No. 18"),
    ("Bagian Pengadaan Barang dan Jasa Setda Kota Kupang", "UKPBJ", "pbj.setda@kupangkota.go.id", "Jl. S.K. Lerik No. 1"),
    ("Badan Pengelola Keuangan dan Aset Daerah Kota Kupang", "BPKAD", "bpkad@kupangkota.go.id", "Jl. S.K. Lerik No. 1"),
    ("Inspektorat Daerah Kota Kupang", "Inspektorat", "inspektorat@kupangkota.go.id", "Jl. Adisucipto No. 7"),
    ("Dinas Pendidikan dan Kebudayaan Kota Kupang", "Dinas P dan K", "dikbud@kupangkota.go.id", "Jl. Perintis Kemerdekaan No. 5"),
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
BANK_MAIL = {
    "BRI": "callbri@bri.co.id", "BNI": "bnicall@bni.co.id", "Mandiri": "mandiricare@bankmandiri.co.id",
    "Bank NTT": "halo@bankntt.co.id", "BCA": "halobca@bca.co.id", "BSI": "contactus@bankbsi.co.id",
}  # fmt: skip
MARKET_DOMAIN = {
    "Shopee": "shopee.co.id", "Tokopedia": "tokopedia.com", "Lazada": "lazada.co.id",
    "TikTok Shop": "tiktokshop.com", "Blibli": "blibli.com",
}  # fmt: skip
MOSQUES = (
    "Masjid Al-Ikhlas Bonipoi",
    "Masjid Nurul Huda Oeba",
    "Masjid Baitul Makmur Oesapa",
    "Masjid At-Taubah Airmata",
)
# mailboxes scams use, posing as offices, programmes and companies (never a person's)
SCAM_MAIL = {
    "tax": (
        "djp.coretax.kupang@gmail.com",
        "kpp.pratama.kupang.id@gmail.com",
        "coretax.verifikasi.npwp@outlook.com",
        "layanan.djp.kupang@yahoo.com",
    ),
    "lpse": (
        "lpse.kupangkota.verifikasi@gmail.com",
        "helpdesk-lpse@kupangkota-go.id",
        "verifikasi.spse.ntt@outlook.com",
    ),
    "job": (
        "hrd.recruitment.kupang@gmail.com",
        "rekrutmen.karyawan.ntt@gmail.com",
        "hr.dept.kupangjaya@outlook.com",
    ),
    "halal": (
        "sertifikat.halal.gratis.ntt@gmail.com",
        "bpjph.halal.kupang@yahoo.com",
        "sehati.halal.ntt@gmail.com",
    ),
    "bea": (
        "beasiswa.pemkotkupang@gmail.com",
        "beasiswa.ntt.cerdas@yahoo.com",
        "panitia.beasiswa.kupang@gmail.com",
    ),
    "bpjs": (
        "klaimjht.bpjstk@gmail.com",
        "bpjstk.kupang.klaim@outlook.com",
        "jht.online.ntt@gmail.com",
    ),
    "mkt": (
        "shopee.care.refund@gmail.com",
        "tokopedia-care.id@outlook.com",
        "refund.lazada.ntt@gmail.com",
    ),
}
PINJOL = ("TunaiKilatID", "PinjamanSahabat", "DompetCair", "KasMudah77")
KIOS = (
    "Kios Tanta Ros",
    "Kios Oma Lince",
    "Kios Om Bento",
    "Kios Mama Yuli Oeba",
    "Lapak Nona Ance",
)
# what shops, printers, caterers and stalls sell: (item, low price, high price, step, fewest, most)
ITEMS = {
    "b": (("Semen Tonasa 50 kg (sak)", 68000, 78000, 500, 5, 40), ("Paku 7 cm (kg)", 22000, 28000, 500, 1, 10),
          ("Seng gelombang 0,3 (lbr)", 58000, 72000, 1000, 10, 40), ("Cat tembok 5 kg (klg)", 95000, 160000, 5000, 1, 6),
          ("Pipa PVC 3/4 (btg)", 32000, 45000, 1000, 2, 12), ("Besi beton 10 mm (btg)", 78000, 92000, 1000, 5, 30)),
    "a": (("Kertas HVS A4 70gr (rim)", 48000, 62000, 1000, 2, 20), ("Map plastik kancing (pak)", 25000, 40000, 1000, 1, 5),
          ("Tinta printer 664 (btl)", 28000, 45000, 1000, 2, 8), ("Pulpen hitam (pak)", 18000, 30000, 1000, 1, 4),
          ("Ordner folio (bh)", 24000, 35000, 1000, 2, 12), ("Amplop coklat F4 (pak)", 20000, 32000, 1000, 1, 5)),
    "f": (("Nasi kotak se'i babi", 35000, 55000, 2500, 30, 250), ("Nasi kotak ayam", 25000, 40000, 2500, 30, 250),
          ("Snack box 3 macam", 12000, 20000, 1000, 30, 250), ("Air mineral 600 ml (dus)", 45000, 60000, 1000, 3, 20),
          ("Kue lapis legit (loyang)", 150000, 250000, 5000, 1, 6), ("Jagung bose (porsi)", 10000, 18000, 1000, 20, 120)),
    "s": (("Beras 25 kg (krg)", 310000, 360000, 5000, 1, 3), ("Minyak goreng 2 L", 34000, 42000, 500, 1, 6),
          ("Gula pasir (kg)", 17000, 19500, 500, 1, 10), ("Telur ayam (rak)", 52000, 65000, 1000, 1, 4),
          ("Bawang merah (kg)", 38000, 60000, 1000, 1, 5), ("Cabai rawit (kg)", 45000, 90000, 5000, 1, 3)),
    "p": (("Spanduk flexi 3x1 m", 75000, 120000, 5000, 1, 10), ("Stiker vinyl A3", 15000, 25000, 1000, 5, 50),
          ("Kartu nama (box)", 45000, 75000, 5000, 1, 5), ("Nota 2 ply (buku)", 12000, 20000, 1000, 10, 50),
          ("Baliho 4x6 m", 650000, 950000, 25000, 1, 3), ("Undangan hardcover (lbr)", 3500, 7000, 500, 100, 500)),
}  # fmt: skip
EWALLETS = ("DANA", "OVO", "GoPay", "ShopeePay", "LinkAja")
MARKETS = ("Shopee", "Tokopedia", "Lazada", "TikTok Shop", "Blibli")
COURIERS = ("J&T Express", "JNE", "SiCepat", "Pos Indonesia", "Lion Parcel", "AnterAja")
POSES = (
    "Direktorat Jenderal Pajak", "KPP Pratama Kupang", "Coretax DJP", "Bank NTT", "BRI",
    "LPSE Kota Kupang", "BPJS Ketenagakerjaan", "OSS RI", "BPJPH Kemenag", "Disnaker Kota Kupang",
    "PT Pos Indonesia", "Bapenda Kota Kupang",
)  # fmt: skip
JOB_HANDLES = ("@lokerkupang.id", "@infoloker_ntt", "@kupangkerja", "@lowongan.flobamora")
HANDLES = (
    "@bapendakotakupang",
    "@kpp_kupang",
    "@umkmkupang",
    "@lpsekotakupang",
    "@infokupangkota",
    "@pasarkupang_online",
)
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")  # fmt: skip
HOSTS = ("gmail.com",) * 9 + ("yahoo.com", "yahoo.com", "yahoo.co.id", "yahoo.co.id", "ymail.com", "outlook.com",
         "hotmail.com", "rocketmail.com", "icloud.com")  # fmt: skip
OFFICE_HOSTS = ("kupangkota.go.id", "kupangkota.go.id", "nttprov.go.id", "kupangkab.go.id")
# mobile prefixes and weights: Telkomsel leads in NTT, then Indosat, XL/Axis, Tri, Smartfren
MOBILE = (
    ("0812", 16), ("0813", 18), ("0821", 10), ("0822", 12), ("0823", 9), ("0852", 15),
    ("0853", 13), ("0811", 3), ("0851", 4), ("0815", 1), ("0816", 1), ("0856", 2), ("0857", 3),
    ("0858", 2), ("0817", 1), ("0818", 1), ("0819", 2), ("0859", 1), ("0877", 1), ("0878", 2),
    ("0831", 1), ("0838", 1), ("0895", 2), ("0896", 1), ("0897", 1), ("0881", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {
    "0814",
    "0832",
    "0833",
    "0855",
    "0898",
    "0899",
    "0883",
    "0887",
    "0889",
}
OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
# regency and district codes (Kota Kupang most often)
DISTRICTS = (
    "537101", "537102", "537103", "537104", "537105", "537106", "537103", "537105", "537102",
    "530101", "530104", "530113", "530206", "530301", "530402", "530503", "530601", "530705",
    "530808", "531002", "531101", "531404", "531601", "532002",
)  # fmt: skip
# tax codes of persons' and bodies' old NPWPs (first two digits), and KPP codes
NPWP_PERSON = (
    4,
    5,
    7,
    8,
    9,
    14,
    15,
    24,
    25,
    34,
    35,
    44,
    45,
    54,
    55,
    64,
    66,
    73,
    76,
    82,
    86,
    91,
    94,
)
NPWP_BODY = (1, 2, 3, 21, 31, 41, 53, 61, 62, 70, 72, 80, 83, 90)
KPP = ("920", "920", "920", "920", "921", "924", "926")


# ---------------------------------------------------------------- values


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.bodies: dict[str, dict[str, str]] = {}
        self.used_words: set[str] = set()
        self.numbers: set[str] = set()
        self.picked: dict[str, set[str]] = {}
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 26)
        self.minute = rng.randint(7 * 60, 18 * 60)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(300):
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
            return prefix + str(r.randint(1, 9)) + self.digits(r.choice((7, 7, 7, 8, 6)))

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(0, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str = "") -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "g", "t", "i", "p", "j", "k", "m", "c"),
                (32, 15, 14, 5, 3, 8, 6, 7, 5, 3, 2),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "g": f"{a} {raw[4:7]} {raw[7:]}",
            "t": f"{a}.{b}.{c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "p": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "m": f"62 {a[1:]} {b} {c}",
            "c": f"(+62) {a[1:]} {b} {c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR and k > 1]
            out = list(base)
            for p in r.sample(pos, min(r.randint(1, 2), len(pos))):
                out[p] = OCR[out[p]]
            return "".join(out)
        if how == "n":  # cut by a line break
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:7] + "\n" + raw[7:]))
        if how == "l":  # local writings only
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "g", "t")))
        if how == "z":  # international writings only
            return self.write_mobile(raw, r.choice(("i", "p", "j", "k", "m", "c")))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        forms = (
            f"{a} {b}",
            f"{a}-{b}",
            f"({a}) {b}",
            f"({a}) {b[:3]} {b[3:]}",
            f"{a} {b[:3]} {b[3:]}",
            f"{a}{b}",
        )
        return self.rng.choices(forms, (14, 12, 14, 8, 6, 3))[0]

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK as people write it or a scanner reads it."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (75, 18, 7))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "n":  # cut by a line break
            k = r.choice((6, 8, 10))
            return raw[:k] + "\n" + raw[k:]
        if how == "o":  # letters scanned for digits
            pos = [k for k, ch in enumerate(raw) if ch in "0158" and k > 2]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 2), len(pos))):
                out[p] = OCR[out[p]]
            return "".join(out)
        raise KeyError(how)

    def write_npwp(self, old: str, nik: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choice(("d", "d", "d", "n"))
        if how == "d":  # the old 15 digits dotted
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "s":  # its groups with spaces
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "b":  # the old 15 digits in one block
            return old
        if how == "z":  # 0 and the old number: 16 digits
            return "0" + old
        if how == "n":  # the NIK as the NPWP
            return nik
        if how == "t":  # a person's NITKU: the NIK and six zeros
            return nik + "000000"
        if how == "o":  # as a scan reads it
            d = self.write_npwp(old, nik, "d")
            if r.random() < 0.5:
                return d[:2] + "," + d[3:]
            return d[:-3] + d[-3:].replace("0", "O")
        if how == "l":  # cut by a line break
            d = self.write_npwp(old, nik, "d")
            k = r.choice((6, 9, 11))
            return d[:k] + "\n" + d[k:]
        raise KeyError(how)

    # -- e-mail
    def write_email(self, local: str, host: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("p", "x"), (80, 20))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice(("a", "b", "d", "h", "g", "t", "s", "e", "k", "q", "c", "m", "y"))
        parts = host.split(".")
        if how == "m" and not host.endswith(".com"):
            how = "c"
        if how == "w" and "." not in local:
            how = "a"
        forms = {
            "a": f"{local} [at] " + " [dot] ".join(parts),
            "b": f"{local}(at){host}",
            "d": f"{local} at " + " dot ".join(parts),
            "h": f"{local} @{host}",
            "g": f"{local} @ {host}",
            "t": f"{local}@" + "(titik)".join(parts),
            "s": f"{local}@" + " titik ".join(parts),
            "e": f"{local}(et){host}",
            "k": f"{local}(keong){host}",
            "q": f"{local}[@]{host}",
            "c": f"{local}@{parts[0]}," + ".".join(parts[1:]),
            "m": f"{local}@{host[:-4]}com",
            "y": f"{local}@ {parts[0]} ." + ".".join(parts[1:]),
            "w": local.replace(".", " [dot] ") + " [at] " + " [dot] ".join(parts),
            "n": r.choice(
                (
                    f"{local}\n@{host}",
                    f"{local}@\n{host}",
                    f"{local}@{parts[0]}.\n" + ".".join(parts[1:]),
                )
            ),
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
        for _ in range(500):
            if i in spec["F"]:
                sex = "F"
            elif i in spec["M"]:
                sex = "M"
            else:
                sex = r.choice("MF")
            if head:
                origin = head["origin"]
            elif i in spec["O"]:
                origin = spec["O"][i] if isinstance(spec["O"][i], str) else r.choice(spec["O"][i])
            else:
                pool = FAITH_ORIGINS.get(spec["faith"], ORIGINS)
                choices = [
                    (o, w) for o, w in pool if not (i in spec["split"] and o in ("buton", "bugis"))
                ]
                origin = r.choices([o for o, _ in choices], [w for _, w in choices])[0]
            order = ""
            if origin == "local":
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                island = head["island"] if head else r.choice(tuple(FAMILY))
                family = head["f"] if head else r.choice(FAMILY[island])
            else:
                island = origin
                pool = {"sumba": SUMBA, "bali": BALI, "bugis": BUGIS, "buton": BUTON, "jawa": JAWA}
                if origin == "chinese":
                    _, given, family, order = r.choice([x for x in CHINESE if x[0] == sex])
                else:
                    _, given, family = r.choice([x for x in pool[origin] if x[0] == sex])
                if head and origin in ("sumba", "chinese") and order == head["order"]:
                    family = head["f"]
            full = f"{family} {given}" if order == "ff" else f"{given} {family}"
            if origin == "buton":  # La Ode / Wa Ode and a given name: no family name of its own
                given, family = full, full.rsplit(maxsplit=1)[-1]
            words = {w.lower() for w in full.split() if len(w) > 2} - SHARED
            if head is not None and family == head["f"]:
                words -= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name %d %r" % (i, spec))
        if i in spec["E"]:
            year = r.randint(1945, 1962)
        elif i in spec["Y"]:
            year = r.randint(self.year - 29, self.year - 19)
        else:
            year = r.randint(1964, 2002)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        district = head["district"] if head is not None else r.choice(DISTRICTS)
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
        old = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice(NPWP_PERSON),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(KPP),
                )
            )
        )
        if origin == "buton":
            gl, fl = (
                re.sub(r"[^a-z]", "", full.lower().split()[-1]),
                full.lower().split()[0] + "ode",
            )
        else:
            gl = re.sub(
                r"[^a-z]",
                "",
                given.lower().split()[-1]
                if origin in ("bali", "sumba")
                else given.lower().split()[0],
            )
            fl = re.sub(r"[^a-z]", "", family.lower().replace(" ", ""))
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}{r.choice(('kupang', 'ntt', 'kpg', ''))}",
                f"{gl}.{fl}{r.randint(1, 9)}",
                f"{fl}{gl[:3]}{yy}",
                f"{gl}-{fl}",
            )
        )
        if local.startswith(("-", ".", "_")) or not re.match(r"[a-z]", local):
            local = gl + fl
        if r.random() < 0.12:
            ad = "%s %s%d No. %d" % (
                r.choice(ESTATES),
                r.choice("ABCDEFGHJK"),
                r.randint(1, 12),
                r.randint(1, 45),
            )
        else:
            street = r.choice(HOME_STREETS)
            house = str(r.randint(1, 140)) + r.choice(("", "", "", "", "", "", "A", "B"))
            no = r.choice(("No. ", "No. ", "No. ", "No ", "no. ", "Nomor ", "No."))
            ad = f"{street} {no}{house}"
        rt = self.rtrw()
        bank = r.choice(BANKS)
        p = {
            "n": full,
            "N": full.upper(),
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "lf": family.lower(),
            "slug": gl + fl,
            "sex": sex,
            "jk": "Perempuan" if sex == "F" else "Laki-laki",
            "agama": r.choice(RELIGION[origin]),
            "origin": origin,
            "island": island,
            "order": order,
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "old": old,
            "bpjsraw": self.fresh(lambda: "000" + self.digits(10)),
            "mob": self.mobile_raw(),
            "mob2": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "local2": r.choice(
                (
                    f"{gl}{fl[:3]}{r.randint(100, 999)}",
                    f"{fl}.{gl}.{yy}",
                    f"{gl}{r.choice(('', '.'))}{r.choice(('kupang', 'ntt', 'timor', 'official'))}{yy}",
                )
            ),
            "host2": r.choice(HOSTS),
            "olocal": r.choice((f"{gl}.{fl}", f"{gl[0]}{fl}", f"{gl}{fl[:4]}", f"{fl}.{gl}")),
            "ohost": r.choice(OFFICE_HOSTS),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "tlahir": "%d %s %d" % (dd, MONTHS[mm - 1], year),
            "age": str(self.year - year),
            "bank": bank,
            "rek": self.account(bank),
            "rekntt": self.account("Bank NTT"),
            "rekbri": self.account("BRI"),
            "rekmdr": self.account("Mandiri"),
            "rekbni": self.account("BNI"),
            "rekbsi": self.account("BSI"),
            "ad": ad,
            "adr": f"{ad}, {rt}" if r.random() < 0.7 else f"{ad} {rt}",
            "rt": rt,
            "AD": ad.upper(),
            "RTU": rt.upper(),
            "pl": self.plate(),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 40), r.randint(1, 13)
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
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "EB", "ED", "DK")),
            r.randint(1000, 9999),
            r.choice(("AB", "AK", "KB", "KN", "BF", "AE", "KH", "AT", "C", "AJ", "KL", "A")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":  # 15 digits: branch, 01, serial, check digits
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
                        % (
                            r.choice(("001", "002", "011", "034")),
                            "01",
                            r.choice(("01", "02")),
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        r.choice(("0010102", "0020101", "0110102")) + self.digits(7),
                    )
                )
            )
        if bank == "BCA":  # 10 digits
            d = r.choice(("31", "03", "78", "84", "20")) + self.digits(8)
            return self.fresh(
                lambda: r.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:7]} {d[7:]}"))
            )
        return self.fresh(lambda: "7" + r.choice("12345") + self.digits(8))  # BSI: 10 digits

    # -- bodies
    def body(self, kind: str, i: int) -> dict[str, str]:
        key = f"{kind}{i}"
        if key in self.bodies:
            return self.bodies[key]
        r = self.rng
        name = self.pick("body-" + kind, BODIES[kind])
        stem = re.sub(
            r"^(cv|pt|ud|toko bangunan|toko besi|toko buku|toko sembako|toko kelontong|toko|fotokopi|konveksi|penjahit seragam|laundry|dealer|hotel|percetakan|catering|dapur|ksp|ksu|kopdit|koperasi|yayasan|gmit jemaat|paroki|gereja|bumdes|apotek|sambal|kue|keripik|tenun ikat|madu hutan|abon ikan|dodol|minyak kelapa)\s+",
            "",
            name.lower(),
        )
        stem = re.sub(r"[^a-z0-9]", "", stem.replace("&", "dan"))
        lead = {
            "cv": "cv",
            "pt": "pt",
            "kop": "kop",
            "yay": "yayasan",
            "grj": "gereja",
            "bum": "bumdes",
        }.get(kind, "")
        dom = stem[:18] + r.choice(
            (".co.id", ".com", ".id", ".or.id" if kind in ("yay", "grj", "kop") else ".co.id")
        )
        if kind in ("sek", "smk"):
            dom = stem + ".sch.id"
        role = r.choice(ROLE_LOCALS)
        free = r.choice(
            (
                f"{lead}.{stem}@gmail.com" if lead else f"{stem}@gmail.com",
                f"{stem}.kupang@gmail.com",
                f"{stem}@yahoo.co.id",
                f"{stem}{r.randint(1, 99)}@gmail.com",
            )
        )
        mail = r.choice((f"{role}@{dom}", free, free))
        old = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s%s"
                % (
                    r.choice(NPWP_BODY),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(KPP),
                    r.choice(("000", "000", "001")),
                )
            )
        )
        bank = r.choice(BANKS)
        b = {
            "": name,
            "stem": stem,
            "mail": mail,
            "dom": dom,
            "role": f"{role}@{dom}",
            "npwp": f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}",
            "npwpz": "0" + old,
            "nitku": "0" + old + "000000",
            "jl": "%s No. %d" % (self.pick("jl", PUBLIC_STREETS), r.randint(1, 160)),
            "hp": self.write_mobile(self.mobile_raw()),
            "tel": self.write_land(self.land_raw()),
            "bank": bank,
            "rek": self.account(bank),
        }
        self.bodies[key] = b
        return b

    def office(self, i: int) -> tuple[str, str, str, str]:
        key = "office%d" % i
        if key not in self.cache:
            self.cache[key] = self.pick("office", tuple("|".join(o) for o in OFFICES))
        return tuple(self.cache[key].split("|"))  # type: ignore[return-value]

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "lahir", "tlahir", "age", "bank", "rek",
            "ad", "adr", "rt", "pl", "AD", "RTU", "rekntt", "rekbri", "rekmdr", "rekbni", "rekbsi", "jk", "slug", "agama",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name == "ADR":
            p = self.person(i)
            return p["adr"].upper()
        if name == "bankmail":
            return BANK_MAIL[self.person(i)["bank"]]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        for kind in BODIES:
            if name.startswith(kind) and name[len(kind) :] in BODY_FIELDS:
                return self.body(kind, i)[name[len(kind) :]]
        if name.startswith("off"):
            o = self.office(i)
            field = name[3:]
            if field == "":
                return o[0]
            if field == "s":
                return o[1]
            if field == "mail":
                return o[2]
            if field == "jl":
                return o[3]
            if field == "tel":
                return self.write_land(self.land_raw())
            if field == "wa":
                return self.write_mobile(self.mobile_raw())
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name == "tr":
            return self.write_land(self.person(i)["land"])
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("npwp"):
            p = self.person(i)
            return self.write_npwp(p["old"], p["nikraw"], name[4:])
        if name == "bpjs":
            return self.person(i)["bpjsraw"]
        if name == "bpjss":
            d = self.person(i)["bpjsraw"]
            return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}"
        if name.startswith(
            "ep"
        ):  # a second mailbox of the person ({epx1} written to dodge scrapers)
            p = self.person(i)
            return self.write_email(p["local2"], p["host2"], name[2:] or "p")
        if name.startswith("em"):
            p = self.person(i)
            how = name[2:]
            if how == "o":  # the person's own mailbox on an office's host
                return f"{p['olocal']}@{p['ohost']}"
            if how == "v":  # a lecturer's own mailbox on the university's host
                return f"{p['olocal']}@staf.undana.ac.id"
            if how == "u":  # a teacher's own account on the ministry's learning host
                return f"{p['olocal']}@guru.belajar.id"
            if how == "f":  # a city employee's own mailbox on the city's host
                return f"{p['olocal']}@kupangkota.go.id"
            if how == "j":  # a tax officer's own mailbox
                return f"{p['olocal']}@pajak.go.id"
            if how.startswith("c") and how[1:] in BODIES:  # on a company's or a body's own domain
                return f"{p['olocal']}@{self.body(how[1:], 1)['dom']}"
            return self.write_email(p["local"], p["host"], how)
        raise KeyError(name)


# ---------------------------------------------------------------- figures and look-alikes


def _date(fl: Fill, i: int) -> datetime.date:
    """The i-th date of a filling: later indexes fall later; no Sunday."""
    base = datetime.date(fl.year, fl.month, fl.day)
    d = base + datetime.timedelta(days=5 * (i - 1) + fl.rng.randint(0, 3))
    return d + datetime.timedelta(days=1) if d.weekday() == 6 else d


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _tgl(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return fl.rng.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%d-%02d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
        )
    )


def _tglp(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _hari(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%s, %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)


def _mdate(fl: Fill, i: int) -> str:
    """A mail client's date line, in Indonesian or in English."""
    d = _date(fl, i)
    m = fl.minute + 37 * (i - 1) + fl.rng.randint(0, 20)
    hh, mm = m // 60 % 24, m % 60
    if fl.rng.random() < 0.5:
        return "%s, %d %s %d pukul %02d.%02d" % (
            DAYS[d.weekday()][:3],
            d.day,
            MONTHS[d.month - 1][:3],
            d.year,
            hh,
            mm,
        )
    return "%s, %d %s %d %02d:%02d:%02d +0800" % (
        EN_DAYS[d.weekday()],
        d.day,
        EN_MONTHS[d.month - 1],
        d.year,
        hh,
        mm,
        fl.rng.randint(0, 59),
    )


def _jam(fl: Fill, i: int) -> str:
    m = fl.minute + 23 * (i - 1)
    return "%02d.%02d" % (m // 60 % 24, m % 60)


def _money(fl: Fill, low: int, high: int, step: int) -> str:
    r = fl.rng
    v = r.randint(low // step, high // step) * step
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-", "Rp %s,00")) % s


def _npwpx(fl: Fill, i: int) -> str:
    """A body's NPWP: the old 15 digits dotted, or 0 and the old number."""
    r = fl.rng
    d = fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice(NPWP_BODY),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(KPP),
                r.choice(("000", "000", "001")),
            )
        )
    )
    return r.choice((f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",) * 3 + ("0" + d,))


def _msgid(fl: Fill, i: int) -> str:
    r = fl.rng
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    core = "".join(r.choice(chars) for _ in range(r.randint(18, 28)))
    return r.choice(
        (
            "<CA%s@mail.gmail.com>" % core,
            "<%s.%d@smtp.kupangkota.go.id>" % (core[:12], r.randint(1000, 99999)),
            "<%d.%s@mx.pajak.go.id>" % (r.randint(10**9, 10**10), core[:10]),
        )
    )


def _file(fl: Fill, i: int) -> str:
    r = fl.rng
    d = _date(fl, i)
    return r.choice(
        (
            "Screenshot_%d%02d%02d-%02d%02d%02d.jpg"
            % (d.year, d.month, d.day, r.randint(7, 21), r.randint(0, 59), r.randint(0, 59)),
            "scan_npwp_%d%02d%02d.pdf" % (d.year, d.month, d.day),
            "IMG-%d%02d%02d-WA%04d.jpg" % (d.year, d.month, d.day, r.randint(1, 900)),
        )
    )


def _same(fl: Fill, name: str, i: int) -> str:
    """The value of another placeholder of this filling ({mkt1} for {mktdom1}), drawn if not yet."""
    keys = ("{%s%d}" % (name, i), "{%s}" % name) if i == 1 else ("{%s%d}" % (name, i),)
    for k in keys:
        if k in fl.cache:
            return fl.cache[k]
    v = OTHER_VALUES[name](fl, i)
    for k in keys:
        fl.cache[k] = v
    return v


def _vilmail(fl: Fill, i: int) -> str:
    stem = _same(fl, "vil", i).lower().replace("desa ", "").replace(" ", "")
    return (
        fl.rng.choice(
            (
                "pemdes.%s@gmail.com",
                "desa%s@gmail.com",
                "sekretariat.desa%s@yahoo.co.id",
                "pemdes%s@kupangkab.go.id",
            )
        )
        % stem
    )


def _items(fl: Fill, kind: str) -> str:
    """Two to four lines of a note and its total, in the sums they make."""
    r = fl.rng
    total = 0
    lines = []
    for name, low, high, step, fewest, most in r.sample(ITEMS[kind], r.randint(2, 4)):
        qty = r.randint(fewest, most)
        price = r.randint(low // step, high // step) * step
        total += qty * price
        lines.append(
            "%-26s %3d x %s = %s"
            % (name, qty, f"{price:,}".replace(",", "."), f"{qty * price:,}".replace(",", "."))
        )
    lines.append("TOTAL%s Rp %s" % (" " * 27, f"{total:,}".replace(",", ".")))
    return "\n".join(lines)


def _link(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "https://operator:%s@ftp.%s/arsip/"
            % (
                r.choice(("kupang2026", "rahasia123", "lpse!2026")),
                r.choice(("sasandografika.com", "karyaflobamora.co.id", "kupangkota.go.id")),
            ),
            "ftp://anonymous@ftp.%s/pub/" % r.choice(("kupangkota.go.id", "nttprov.go.id")),
            "https://admin:admin@192.168.%d.%d:8080/laporan" % (r.randint(0, 9), r.randint(2, 250)),
        )
    )


OTHER_VALUES = {
    # bodies', offices' and scams' numbers and mailboxes
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw()),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "biz": lambda fl, i: fl.write_mobile(fl.mobile_raw()),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw()),
    "scamz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "npwpx": _npwpx,
    "rekx": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "msgid": _msgid,
    "file": _file,
    "fileat": lambda fl, i: fl.rng.choice(
        (
            "logo@2x.png",
            "ttd-direktur@300dpi.png",
            "kop-surat@2x.jpg",
            "stempel@hd.png",
            "banner-promo@3x.webp",
        )
    ),
    "mktdom": lambda fl, i: MARKET_DOMAIN[_same(fl, "mkt", i)],
    "vilmail": _vilmail,
    "kios": lambda fl, i: fl.pick("kios", KIOS),
    "rayon": lambda fl, i: str(fl.rng.randint(1, 14)),
    "masjid": lambda fl, i: fl.pick("masjid", MOSQUES),
    "scamtax": lambda fl, i: fl.pick("scamtax", SCAM_MAIL["tax"]),
    "scamlpse": lambda fl, i: fl.pick("scamlpse", SCAM_MAIL["lpse"]),
    "scamjob": lambda fl, i: fl.pick("scamjob", SCAM_MAIL["job"]),
    "scamhalal": lambda fl, i: fl.pick("scamhalal", SCAM_MAIL["halal"]),
    "scambea": lambda fl, i: fl.pick("scambea", SCAM_MAIL["bea"]),
    "scambpjs": lambda fl, i: fl.pick("scambpjs", SCAM_MAIL["bpjs"]),
    "scammkt": lambda fl, i: fl.pick("scammkt", SCAM_MAIL["mkt"]),
    "pinjol": lambda fl, i: fl.pick("pinjol", PINJOL),
    "pinjolmail": lambda fl, i: "cs.%s@gmail.com" % _same(fl, "pinjol", i).lower(),
    "ptfood": lambda fl, i: fl.pick(
        "ptfood", ("PT Laut Sawu Perikanan", "PT Flobamora Agro Lestari", "PT Rasa Timor Pangan")
    ),
    "ptpmi": lambda fl, i: fl.pick(
        "ptpmi",
        (
            "PT Citra Tenaga Timor",
            "PT Nusa Karya Mandiri Sejahtera",
            "PT Flobamora Jasa Penempatan",
        ),
    ),
    "rplap": lambda fl, i: _money(fl, 8500000, 14500000, 50000),
    "masjidmail": lambda fl, i: (
        "takmir.%s@gmail.com"
        % re.sub(r"[^a-z]", "", _same(fl, "masjid", i).lower().replace("masjid ", ""))
    ),
    "kelstem": lambda fl, i: re.sub(r"[^a-z0-9]", "", _same(fl, "kel", i).lower()),
    "nim": lambda fl, i: (
        "%02d0301%04d" % (fl.year % 100 - fl.rng.randint(1, 4), fl.rng.randint(1, 300))
    ),
    "rppax": lambda fl, i: _money(fl, 45000, 95000, 2500),
    "itemss": lambda fl, i: _items(fl, "s"),
    "nisn": lambda fl, i: "00" + fl.digits(8),
    "itemsb": lambda fl, i: _items(fl, "b"),
    "itemsa": lambda fl, i: _items(fl, "a"),
    "itemsf": lambda fl, i: _items(fl, "f"),
    "itemsp": lambda fl, i: _items(fl, "p"),
    "link": _link,
    "ex": lambda fl, i: fl.rng.choice(
        (
            "nama@example.com",
            "user@example.org",
            "emailanda@example.net",
            "contoh@domain.test",
            "nama.anda@example.com",
        )
    ),
    # look-alikes
    "paspor": lambda fl, i: fl.rng.choice("CEX") + fl.digits(7),
    "nuptk": lambda fl, i: fl.digits(16),
    "nikop": lambda fl, i: fl.fresh(
        lambda: "5371" + fl.rng.choice(("03", "04", "05")) + fl.digits(10)
    ),
    "pirt": lambda fl, i: "2065371%08d-%02d" % (fl.rng.randint(0, 10**8 - 1), (fl.year + 5) % 100),
    "nib": lambda fl, i: fl.fresh(lambda: "9120" + fl.digits(9)),
    "halal": lambda fl, i: "ID53110%s" % fl.digits(12),
    "kbli": lambda fl, i: fl.rng.choice(
        ("10792", "10710", "47111", "56101", "18111", "14111", "47591", "41011", "43211")
    ),
    "faktur": lambda fl, i: fl.rng.choice(
        (
            "010.000-%02d.%08d" % (fl.year % 100, fl.rng.randint(10**7, 10**8 - 1)),
            "04002%d%09d" % (fl.year % 100, fl.rng.randint(0, 10**9 - 1)),
        )
    ),
    "bill": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("0", "1", "7")) + fl.digits(14)),
    "ntpn": lambda fl, i: "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(16)),
    "bupot": lambda fl, i: (
        "%d.%d-%02d.%02d-%07d"
        % (
            fl.rng.randint(1, 2),
            fl.rng.randint(1, 3),
            fl.month,
            fl.year % 100,
            fl.rng.randint(0, 9999999),
        )
    ),
    "bpe": lambda fl, i: "BPE-%08d/CT/KPP.920/%d" % (fl.rng.randint(0, 10**8 - 1), fl.year),
    "nop": lambda fl, i: (
        "53.71.0%02d.0%02d.%03d-%04d.%d"
        % (
            fl.rng.randint(10, 60),
            fl.rng.randint(1, 20),
            fl.rng.randint(1, 99),
            fl.rng.randint(1, 9999),
            fl.rng.randint(0, 7),
        )
    ),
    "inv": lambda fl, i: fl.rng.choice(
        (
            "INV/%d/%02d/%04d" % (fl.year, fl.month, fl.rng.randint(1, 999)),
            "INV-%d%02d%03d" % (fl.year % 100, fl.month, fl.rng.randint(1, 999)),
            "%03d/INV/%s/%d"
            % (
                fl.rng.randint(1, 300),
                ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[
                    fl.month - 1
                ],
                fl.year,
            ),
        )
    ),
    "kwit": lambda fl, i: "%04d" % fl.rng.randint(1, 2500),
    "po": lambda fl, i: "PO-%d-%05d" % (fl.year, fl.rng.randint(1, 99999)),
    "spk": lambda fl, i: (
        "%03d/SPK/%s/%s/%d"
        % (
            fl.rng.randint(1, 400),
            fl.rng.choice(("PUPR", "DIKBUD", "BPKAD", "SETDA")),
            ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[
                fl.month - 1
            ],
            fl.year,
        )
    ),
    "tender": lambda fl, i: fl.fresh(lambda: "%d%s000" % (fl.rng.randint(10, 99), fl.digits(6))),
    "rup": lambda fl, i: fl.fresh(lambda: str(fl.rng.randint(40000000, 59999999))),
    "npsn": lambda fl, i: "503" + fl.digits(5),
    "resi": lambda fl, i: (
        fl.rng.choice(("JP", "JX", "CGK", "SPXID", "LP", "TKP"))
        + fl.digits(fl.rng.choice((10, 11, 12)))
    ),
    "order": lambda fl, i: fl.rng.choice(
        (
            "%d%02d%02d%s"
            % (
                fl.year % 100,
                fl.month,
                fl.day,
                "".join(fl.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
            ),
            "INV/%d%02d%02d/MPL/%d"
            % (fl.year, fl.month, fl.day, fl.rng.randint(10**9, 10**10 - 1)),
        )
    ),
    "trx": lambda fl, i: fl.fresh(
        lambda: "%d%02d%02d%s" % (fl.year, fl.month, fl.day, fl.digits(fl.rng.choice((10, 11, 12))))
    ),
    "ref": lambda fl, i: fl.fresh(lambda: fl.digits(12)),
    "otp": lambda fl, i: fl.digits(6),
    "va": lambda fl, i: fl.rng.choice(
        (
            "8808" + fl.digits(12),
            "88810" + fl.digits(11),
            "7007" + fl.digits(12),
            "3901" + fl.digits(12),
        )
    ),
    "tiket": lambda fl, i: fl.rng.choice(
        (
            "#LPR-%d-%04d" % (fl.year, fl.rng.randint(1, 9999)),
            "TKT-%07d" % fl.rng.randint(1, 9999999),
        )
    ),
    "suratkpp": lambda fl, i: "S-%d/KPP.2001/%d" % (fl.rng.randint(100, 9999), fl.year),
    "suratukpbj": lambda fl, i: (
        "027/%03d/UKPBJ/%s/%d" % (fl.rng.randint(1, 500), ROMAN[fl.month - 1], fl.year)
    ),
    "suratbapenda": lambda fl, i: (
        "973/%03d/BAPENDA/%s/%d" % (fl.rng.randint(1, 900), ROMAN[fl.month - 1], fl.year)
    ),
    "suratkel": lambda fl, i: (
        "503/%03d/KEL/%s/%d" % (fl.rng.randint(1, 400), ROMAN[fl.month - 1], fl.year)
    ),
    "suratdesa": lambda fl, i: "140/%03d/DS/%d" % (fl.rng.randint(1, 300), fl.year),
    "suratdinas": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("027", "900", "005")),
            fl.rng.randint(1, 900),
            fl.rng.choice(("SETDA", "BPKAD", "DPMPTSP", "DISPERINDAG")),
            fl.year,
        )
    ),
    "suratori": lambda fl, i: (
        "%04d/LM/%s/%d/KUPANG" % (fl.rng.randint(1, 2000), ROMAN[fl.month - 1], fl.year)
    ),
    "surat": lambda fl, i: fl.rng.choice(
        (
            "S-%d/WPJ.33/KP.04/%d" % (fl.rng.randint(100, 9999), fl.year),
            "900/%03d/BPKAD/%d" % (fl.rng.randint(1, 900), fl.year),
            "027/%03d/UKPBJ/%d" % (fl.rng.randint(1, 500), fl.year),
            "503/%03d/DPMPTSP/%d" % (fl.rng.randint(1, 900), fl.year),
        )
    ),
    "pin": lambda fl, i: fl.digits(4),
    "kodeposs": lambda fl, i: fl.rng.choice(
        (
            "85111",
            "85112",
            "85113",
            "85114",
            "85115",
            "85116",
            "85117",
            "85118",
            "85119",
            "85228",
            "85361",
        )
    ),
    "ijazah": lambda fl, i: (
        "DN-%02d/D-SMA/K13/%02d/%07d"
        % (fl.rng.randint(1, 34), fl.year % 100 - fl.rng.randint(4, 9), fl.rng.randint(0, 9999999))
    ),
    "bpjstk": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("1", "2")) + fl.digits(10)),
    "sim": lambda fl, i: fl.digits(4) + "-" + fl.digits(4) + "-" + fl.digits(4),
    "nip": lambda fl, i: (
        "19%02d%02d%02d %d%02d %d %03d"
        % (
            fl.rng.randint(68, 96),
            fl.rng.randint(1, 12),
            fl.rng.randint(1, 28),
            fl.rng.randint(2010, 2022),
            fl.rng.randint(1, 12),
            fl.rng.randint(1, 2),
            fl.rng.randint(1, 30),
        )
    ),
    # figures
    "rp": lambda fl, i: _money(fl, 150000, 4000000, 25000),
    "rps": lambda fl, i: _money(fl, 5000, 95000, 500),
    "rpm": lambda fl, i: _money(fl, 100000, 900000, 5000),
    "rpb": lambda fl, i: _money(fl, 2000000, 45000000, 50000),
    "rpx": lambda fl, i: _money(fl, 150000000, 4800000000, 1000000),
    "rpd": lambda fl, i: _money(fl, 80000000, 450000000, 500000),
    "qty": lambda fl, i: str(fl.rng.randint(2, 60)),
    "num": lambda fl, i: str(fl.rng.randint(3, 99)),
    "pct": lambda fl, i: fl.rng.choice(("0,5", "1", "2", "11", "12", "10")),
    "tgl": _tgl,
    "tglp": _tglp,
    "hari": _hari,
    "mdate": _mdate,
    "jam": _jam,
    "thn": lambda fl, i: str(fl.year),
    "thnl": lambda fl, i: str(fl.year - 1),
    "bln": lambda fl, i: MONTHS[(fl.month - 1 + i - 1) % 12],
    "rtn": lambda fl, i: "%02d" % fl.rng.randint(1, 40),
    "rwn": lambda fl, i: "%02d" % fl.rng.randint(1, 13),
    # places, bodies, things
    "kel": lambda fl, i: fl.pick("kel", KELURAHAN),
    "kec": lambda fl, i: fl.pick("kec", KECAMATAN),
    "vil": lambda fl, i: fl.pick("vil", VILLAGES),
    "jl": lambda fl, i: fl.pick("jl", PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.pick("jl", PUBLIC_STREETS), fl.rng.randint(1, 160)),
    "bnk": lambda fl, i: fl.pick("bnk", BANKS),
    "ewal": lambda fl, i: fl.pick("ewal", EWALLETS),
    "mkt": lambda fl, i: fl.pick("mkt", MARKETS),
    "kurir": lambda fl, i: fl.pick("kurir", COURIERS),
    "pose": lambda fl, i: fl.pick("pose", POSES),
    "handle": lambda fl, i: fl.pick("handle", HANDLES),
    "lokerhandle": lambda fl, i: fl.pick("lokerhandle", JOB_HANDLES),
}

PERSON_UPPER = {"N", "G", "F", "AD", "ADR", "RTU"}
PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and name not in PERSON_UPPER:  # {CV1} is {cv1} in capitals: the same draw
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = fl.value(name.lower(), index)
            return fl.cache[low].upper()
        if key not in fl.cache:
            fl.cache[key] = fl.value(name, index)
        return fl.cache[key]

    return PLACEHOLDER.sub(sub, template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    """The text without markers, its spans and the values labelled."""
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perumnas|perum|perumahan|btn|kompleks)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
GLUED_COM = re.compile(r"(?i)[a-z](com)$")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters scanned for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OlSB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OlSB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    """The digits of a number, letters scanned for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OlISB]", "", seg).translate(OCR_BACK))


def problems(text: str, spans: list[dict[str, object]]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
    if "\r" in text or " \n" in text or text != text.strip():
        bad.append("carriage return or stray spaces")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    for s in spans:
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not seg or not (0 <= st < en <= len(text)):
            bad.append("empty or outside span")
            continue
        if kind not in KINDS.values():
            bad.append("kind %r" % kind)
        if (
            seg != seg.strip()
            or not seg[-1].isalnum()
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
        ):
            bad.append("edge %r" % seg)
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            words = re.split(r"[\s.,]+", seg.lower())
            if words[0] in TITLES or " ".join(words[:2]) in TITLES:
                bad.append("title %r" % seg)
            if (
                "@" in seg
                or "\n" in seg
                or any(c.isdigit() for c in seg)
                or "<" in seg
                or '"' in seg
            ):
                bad.append("name chars %r" % seg)
        elif kind == "phone" and not phone_ok(seg):
            bad.append("phone %r" % seg)
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OlISB .,\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append("%s %r" % (kind, seg))
        elif kind == "npwp":
            if len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9O .,\-\n]", seg):
                bad.append("npwp %r" % seg)
        elif kind == "bpjs":
            d = id_digits(seg)
            if len(d) != 13 or not d.startswith("000") or re.search(r"[^0-9 ]", seg):
                bad.append("bpjs %r" % seg)
        elif kind == "bank_account":
            if not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg):
                bad.append("account %r" % seg)
        elif kind == "email":
            at = AT_FORM.search(seg)
            if (
                not at
                or not at.start()
                or not (DOT_FORM.search(seg[at.end() :]) or GLUED_COM.search(seg))
            ):
                bad.append("email %r" % seg)
        elif kind == "address":
            if not ADDRESS_START.match(seg) or not re.search(r"\d", seg):
                bad.append("address %r" % seg)
        elif kind == "plate" and not re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}", seg.upper()):
            bad.append("plate %r" % seg)
    # every other occurrence of a labelled value in the same text is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        if s["kind"] == "name":
            for word in re.findall(r"[A-Za-z']{3,}", seg):
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append("unlabelled name word %r" % word)
        elif s["kind"] == "email":
            local = re.split(
                r"(?i)\s*@|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\]|\s+\[dot\]\s+|\n", seg
            )[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif s["kind"] in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif s["kind"] in NUMERIC:
            d = id_digits(seg) if s["kind"] != "bank_account" else re.sub(r"\D", "", seg)
            if s["kind"] == "npwp" and len(d) == 22:  # a NITKU: the NIK inside it is what counts
                d = d[:16]
            cores = {d}
            if s["kind"] == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
            pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
            joined = "".join(text[k] for k in pos).translate(OCR_BACK)
            for core in cores:
                if len(core) < 8:
                    continue
                start = joined.find(core)
                while start != -1:
                    if not all(inside[pos[k]] for k in range(start, start + len(core))):
                        bad.append("unlabelled repeat of %r" % seg)
                    start = joined.find(core, start + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .,\-/]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"bapak|bpk|pak|bp|sdr|saudara|tn|om|bapa|opa|suami|ayah|mr|ko|koh|bung|kaka laki-laki"
FEMALE_WORDS = (
    r"ibu|bu|sdri|saudari|ny|nn|nona|mama|tanta|oma|istri|mrs|ms|ci|cik|bidan|mbak|maitua"
)


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    Y: tuple[int, ...] = (),
    orig: dict[int, str] | None = None,
    fam: dict[int, int] | None = None,
) -> tuple:
    """A template: its style, its theme, its text and what sets its persons."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)(?<![A-Za-z])(?:%s)\.?\s+\"?(?:(?:sy|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:120]
    split = {int(m.group(1)) for m in re.finditer(r"\{(?:g|f|G|F|lg|lf)(\d+)\}", text)}
    faith = ""
    if re.search(r"Takmir|Masjid|zakat|BAZNAS|buka puasa", text):
        faith = "muslim"
    elif re.search(r"GMIT|Jemaat|Pdt\.|Pnt\.|Dkn\.|Syalom|Shalom|Tuhan", text):
        faith = "christian"
    spec = {
        "F": tuple(sorted(set(F) | (auto["F"] - set(M)))),
        "M": tuple(sorted(set(M) | (auto["M"] - set(F)))),
        "E": tuple(sorted(set(E))),
        "Y": set(Y),
        "O": dict(orig or {}),
        "fam": fam or {},
        "split": split,
        "faith": faith,
    }
    return (style, theme, text.strip("\n"), spec)


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, spec) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        made = 0
        tries = 0
        last: list[str] = []
        while made < FILLS:
            tries += 1
            if tries > 600:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:500]}"
                )
            fl = Fill(rng, spec)
            text, spans, _values = extract(fill(template, fl))
            last = problems(text, spans)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append("a text without spans needs four look-alikes")
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
            return "cut by a line break"
        if (
            "@" not in seg
            or re.search(r"\s@|@\s|\[@\]|,|\(titik\)|titik| \.", seg)
            or (GLUED_COM.search(seg) and not seg.lower().endswith(".com"))
        ):
            return "dodged"
        if re.search(r"(?i)\.go\.id$", seg):
            return "a person's own on an office's host"
        if not re.search(r"(?i)@(gmail|yahoo|ymail|outlook|hotmail|rocketmail|icloud)\.", seg):
            return "a person's own on a company's or a body's domain"
        return "plain, on a free host"
    if kind == "address":
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|btn|kompleks", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b|rt\.", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-]", seg) else "one block"
    if "\n" in seg:
        return "cut by a line break"
    if kind == "npwp":
        d = id_digits(seg)
        if re.search(r"[O,]", seg):
            return "as a scan reads it"
        if len(d) == 22:
            return "NITKU"
        if len(d) == 15:
            return (
                "old, dotted"
                if "." in seg
                else "old, spaced groups"
                if " " in seg
                else "old, one block"
            )
        return "16 digits (the NIK)" if d.startswith("53") else "16 digits (0 and the old number)"
    if re.search(r"[OlSB]", seg):
        return "letters for digits"
    if kind == "phone":
        if seg.startswith("(+62)"):
            return "(+62)"
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if "." in seg:
            return "dots"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(records: list[dict[str, object]]):
    """Every unlabelled run of digits and every unlabelled @ token, with its record."""
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{4,}\d|\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                yield r, m


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
    runs = phones = ats = npwps = 0
    for r, m in unlabelled(records):
        tok = m.group()
        if "@" in tok:
            ats += 1
            continue
        if sum(c.isdigit() for c in tok) >= 9:
            runs += 1
            if phone_ok(tok.strip()):
                phones += 1
        before = r["text"][max(0, m.start() - 45) : m.start()]
        if re.search(r"(?i)npwp|nitku", before) and len(re.sub(r"\D", "", tok)) in (15, 16, 22):
            npwps += 1
    print(
        "unlabelled runs of nine digits or more:",
        runs,
        "- shaped as a mobile or a Kupang line:",
        phones,
    )
    print("unlabelled numbers of an NPWP's length after NPWP or NITKU:", npwps)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r, m in unlabelled(records):
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
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("email", "npwp", "name", "phone"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


def main() -> None:
    records = build()
    if "--loose" not in sys.argv:
        check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if "--dry" not in sys.argv and "--loose" not in sys.argv:
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
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1}/{lg1} given name, {f1}/{F1}/
# {lf1} family name; {hp1} mobile in a random writing ({hpb1} block, {hpd1} dashes, {hps1} spaces,
# {hpg1} 4-3-rest, {hpt1} dots, {hpi1} +62 dashes, {hpp1} +62 spaces, {hpj1} +62 block, {hpk1} 62
# block, {hpm1} 62 spaces, {hpc1} (+62), {hpo1} letters for digits, {hpn1} cut by a line break,
# {hpl1} local only, {hpz1} international only); {hq1} a second mobile; {tr1} home landline;
# {nik1} ({nikb1}, {niks1} fours, {nikt1} dots, {nikn1} cut, {niko1} letters for digits); {kk1}
# the family card, same suffixes; {npwp1} ({npwpd1} old dotted, {npwps1} old spaced, {npwpb1} old
# block, {npwpz1} 0 and the old number, {npwpn1} the NIK, {npwpt1} NITKU, {npwpo1} as a scan reads
# it, {npwpl1} cut by a line break); {bpjs1} ({bpjss1} in groups); {em1} ({emp1} plain, {emx1} a
# dodge, {ema1} … {emy1} a given dodge, {emw1} dots as words, {emn1} cut by a line break, {emo1}
# the person's own on an office's host, {emccv1}/{emcpt1}/… on body 1's own domain); {bank1}
# {rek1} an account; {ad1} street and number, {adr1} with RT/RW, {rt1} RT/RW alone; {lahir1}
# {tlahir1} {age1}; {pl1} plate.
# Bodies {cv1} {pt1} {ud1} {cet1} (printer) {cat1} (caterer) {kop1} {yay1} {grj1} (church) {sek1}
# (school) {bum1} (BUMDes), each with fields: {cvmail1} its mailbox, {cvrole1} a role mailbox on
# its domain, {cvdom1}, {cvnpwp1} (old dotted), {cvnpwpz1} (0 and the old number), {cvnitku1},
# {cvjl1} its seat, {cvhp1}, {cvtel1}, {cvrek1}/{cvbank1}; capitals {CV1} {CVJL1} {CVMAIL1}.
# Offices {off1} {offs1} {offmail1} {offjl1} {offtel1} {offwa1} ({OFF1} capitals).
# Not a person's: {owa} {otel} {biz} {scam} {scamz} {npwpx} {rekx}; {msgid} {file} {link} {ex};
# look-alikes {nib} {halal} {kbli} {faktur} {bill} {ntpn} {bupot} {bpe} {nop} {inv} {kwit} {po}
# {spk} {tender} {rup} {npsn} {resi} {order} {trx} {ref} {otp} {va} {tiket} {surat} {pin}
# {kodeposs} {ijazah} {bpjstk} {sim} {nip}; figures {rp} {rps} {rpm} {rpb} {rpx} {qty} {num} {pct}
# {tgl} {tglp} {hari} {mdate} {jam} {thn} {thnl} {bln} {rtn} {rwn}; places and things {kel} {kec}
# {vil} {jl} {jlno} {bnk} {ewal} {mkt} {kurir} {pose} {handle}.

TEMPLATES: list[tuple] = []


# ---------------------------------------------------------------- email_thread
TEMPLATES += [
    T(
        "email_thread",
        "tax",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: KPP Pratama Kupang <kpp.pratama.kupang@pajak.go.id>
Cc: [[n:{n2}]] <[[e:{emp2}]]>
Date: {mdate1}
Subject: Penggabungan NPWP istri ke NPWP suami

Selamat pagi Bapak/Ibu petugas KPP,

Saya [[n:{n1}]], NPWP [[npwp:{npwpd1}]]. Istri saya [[n:{n2}]] dulu punya NPWP sendiri [[npwp:{npwpd2}]] waktu masih kerja di {cv1}. Sekarang dia su berhenti kerja dan kami mau gabung jadi satu saja (NPWP suami). Apa cukup kirim surat pernyataan lewat email ini atau harus datang ke kantor di Jl. Soeharto?

Terima kasih.
[[n:{n1}]]
HP [[p:{hp1}]]
""",
        M=(1,),
    ),
    T(
        "email_thread",
        "procurement",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Pokja Pemilihan UKPBJ <pbj.setda@kupangkota.go.id>
Subject: Re: Klarifikasi dokumen penawaran {cv1} - kode tender {tender1}

Yth. Pokja,

Menanggapi undangan klarifikasi, kami lampirkan ulang akta perubahan dan NPWP perusahaan ({cv1}, NPWP {cvnpwp1}). Mohon surat-menyurat berikutnya dikirim juga ke email kantor {cvmail1}, karena email pribadi saya ini kadang telat dibuka.

Hormat kami,
[[n:{n1}]]
Direktur {cv1}
{cvjl1}, Kupang
Telp. {cvtel1}

> Pada {mdate1}, Pokja Pemilihan UKPBJ <pbj.setda@kupangkota.go.id> menulis:
> Dengan hormat, sehubungan dengan evaluasi kualifikasi paket RUP {rup1}, penyedia diminta hadir klarifikasi pada {hari2} pukul 10.00 WITA. Harap membawa dokumen asli.
""",
    ),
    T(
        "email_thread",
        "trade_services",
        """
From: {ud1} <{udmail1}>
To: {cet1} <{cetmail1}>
Date: {mdate1}
Subject: Minta penawaran cetak nota 2 ply

Selamat siang {cet1},
Kami mau cetak nota kontan 2 ply ukuran 1/4 folio, {qty1} buku, dengan kop toko dan NPWP toko ({udnpwp1}). Tolong kirim harga dan lama pengerjaan. Kalau bisa sekalian stempel warna biru.

Salam,
Admin {ud1}
{udjl1}
WA {udhp1}

---
From: {cet1} <{cetmail1}>
Date: {mdate2}
Subject: RE: Minta penawaran cetak nota 2 ply

Harga per buku Rp 17.500, minimal 10 buku. DP 50% ke rekening {cetbank1} {cetrek1} a.n. {CET1}. Pengerjaan 4 hari kerja.
File desain kirim ke {cetrole1} saja. Nomor kantor kami {cettel1}.
""",
    ),
    T(
        "email_thread",
        "employment",
        """
From: "[[n:{n1}]]" <[[e:{emp1}]]>
To: rekrutmen@{ptdom1}
Subject: Lamaran Staf Admin Gudang - [[n:{n1}]]

Dengan hormat,
Bersama email ini saya mengirimkan lamaran untuk posisi Staf Admin Gudang di {pt1} sesuai info di akun {lokerhandle1}. Terlampir CV, scan KTP, ijazah dan kartu BPJS Ketenagakerjaan ({bpjstk1}).
Saya bisa dihubungi di [[p:{hp1}]] (WA aktif).

Hormat saya,
[[n:{n1}]]

-----
From: HRD {pt1} <rekrutmen@{ptdom1}>
To: [[e:{emp1}]]
Date: {mdate2}

Terima kasih, lamaran Saudara/i sudah kami terima. Jadwal psikotes {hari2} jam 08.00 di kantor {ptjl1}. Konfirmasi kehadiran ke Ibu [[n:{n2}]] (HRD) di [[p:{hp2}]], atau telepon kantor {pttel1} ext. 104.
""",
        Y=(1,),
    ),
    T(
        "email_thread",
        "church_community",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Sekretariat {grj1} <{grjmail1}>
Subject: Minta bukti persembahan untuk lapor SPT

Shalom Bapak/Ibu Majelis,
Untuk pelaporan SPT Tahunan {thnl1} saya perlu bukti sumbangan pembangunan gedung gereja yang saya transfer ke rekening pembangunan {grjbank1} {grjrek1} tanggal {tgl1} sebesar {rpb1}. Mohon dibuatkan tanda terima yang mencantumkan NPWP gereja ({grjnpwp1}) dan NPWP saya [[npwp:{npwp1}]] atas nama [[n:{n1}]].

Tuhan memberkati,
[[n:{n1}]]
""",
    ),
    T(
        "email_thread",
        "schools",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Bendahara {sek1} <bendahara@{sekdom1}>
Date: {mdate2}
Subject: Re: Pengumpulan NPWP guru honor

Selamat sore Ibu Bendahara,
Ini punya saya: [[npwp:{npwpn1}]] (NPWP su pakai NIK). Kalau perlu yang lama juga: [[npwp:{npwpd1}]].
Salam,
[[n:{n1}]], guru honor mapel IPA

> On {mdate1}, Bendahara {sek1} <bendahara@{sekdom1}> wrote:
> Yth. Bapak/Ibu guru honor, mohon kirim NPWP masing-masing paling lambat hari Jumat untuk pemotongan PPh 21 honor triwulan. NPWP bendahara sekolah {npwpx1} jangan dipakai, itu untuk setor saja.
""",
    ),
    T(
        "email_thread",
        "tax",
        """
From: Direktorat Jenderal Pajak <no-reply@coretax.pajak.go.id>
To: {cvmail1}
Date: {mdate1}
Subject: Bukti Penerimaan Elektronik SPT Masa PPN

Yth. Wajib Pajak {CV1}
NPWP  : {cvnpwpz1}
NITKU : {cvnitku1}

SPT Masa PPN masa {bln1} {thn1} telah diterima dengan nomor {bpe1}.
Kode billing kurang bayar {bill1} telah dilunasi, NTPN {ntpn1}.

Email ini dikirim otomatis, mohon tidak membalas. Informasi: Kring Pajak 1500200 atau informasi@pajak.go.id.
""",
    ),
    T(
        "email_thread",
        "banking",
        """
From: Bank NTT KCU Kupang <kredit.kcukupang@bankntt.co.id>
To: {kop1} <{kopmail1}>
Date: {mdate1}
Subject: Pencairan kredit modal kerja koperasi

Yth. Pengurus {kop1},
Kredit modal kerja dengan nomor perjanjian {ref1} telah dicairkan ke rekening giro koperasi {rekx1} pada {tgl1}.
Angsuran pertama jatuh tempo {tgl3} sebesar {rpb1}, dibayar melalui autodebet atau VA {va1}.
Mohon lengkapi NPWP koperasi ({kopnpwp1}) yang belum tercantum di aplikasi kredit, serta akta perubahan pengurus terakhir.
Pertanyaan dapat disampaikan ke Bagian Kredit, telp {otel}.

Salam,
Unit Kredit Komersial
""",
    ),
    T(
        "email_thread",
        "village_admin",
        """
From: Sekretariat {vil1} <{vilmail1}>
To: BPKAD Kabupaten Kupang <bpkad@kupangkab.go.id>
Date: {mdate1}
Subject: Data NPWP perangkat desa untuk potongan PPh 21 Siltap

Dengan hormat, bersama ini kami kirim data NPWP perangkat {vil1}:
1. [[n:{n1}]] (Kepala Desa) - [[npwp:{npwpd1}]]
2. [[n:{n2}]] (Sekretaris Desa) - [[npwp:{npwpn2}]]
3. [[n:{n3}]] (Kaur Keuangan) - belum ada, pakai NIK [[nik:{nik3}]]
NPWP desa sendiri {npwpx1} sudah terdaftar sebagai pemotong sejak {thnl1}.

Salam,
Sekretariat {vil1}
""",
    ),
    T(
        "email_thread",
        "trade_services",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: {cat1} <{catmail1}>
Date: {mdate1}
Subject: Komplain pesanan nasi kotak acara syukuran

Selamat malam,
Sy pesan 150 nasi kotak untuk syukuran di rumah, [[a:{adr1}]], Kel. {kel1}. Yang datang kurang 15 kotak dan lauk se'i su basi. Sudah bayar lunas {rpb1} ke rekening {catbank1} {catrek1}. Mohon pengembalian dana ke rekening saya [[b:{rek1}]] ({bank1}) a.n. [[n:{n1}]].
Nomor saya [[p:{hp1}]].

---
Balasan {cat1} ({mdate2}):
Mohon maaf Bapak/Ibu, keluhan sudah kami teruskan ke pemilik. Admin kami akan menghubungi lewat WA {cathp1}.
""",
    ),
    T(
        "email_thread",
        "small_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Dinas Koperasi dan UKM Kota Kupang <diskopukm@kupangkota.go.id>
Subject: Pendaftaran pelatihan pengemasan produk

Selamat siang Bapak/Ibu,
Saya [[n:{n1}]], pemilik usaha {um1} (usaha perorangan, NIB {nib1}). Mau daftar pelatihan pengemasan dan label halal bulan depan. Data singkat:
- Alamat produksi: rumah sendiri, [[a:{adr1}]]
- HP/WA: [[p:{hp1}]]
- Email usaha: {ummail1}
Untuk surat-menyurat mohon ke email pribadi saya ini saja, yang email usaha jarang dibuka.

Terima kasih,
[[n:{n1}]]
""",
    ),
    T(
        "email_thread",
        "tax",
        """
---------- Forwarded message ---------
Dari: [[n:{n1}]] <[[e:{emccv1}]]>
Tanggal: {mdate1}
Subjek: Kekurangan dokumen SPT Tahunan
Ke: [[n:{n2}]] <[[e:{emp2}]]>

Bapak [[n:{g2}]] yth,
Untuk SPT Bapak tahun {thnl1}: bukti potong dari {pt1} (pemberi kerja, NPWP {ptnpwp1}) sudah kami terima. Yang masih kurang NPWP istri, Ibu [[n:{n3}]], kalau beliau pisah harta. NPWP Bapak sendiri [[npwp:{npwpd2}]] status aktif, tapi perlu divalidasi dengan NIK di Coretax.

Salam,
[[n:{n1}]]
Konsultan Pajak, {cv1}
{cvtel1}

---
Tolong dibantu ya, ini dari konsultan pajak kantor. Sa belum paham yang pisah harta.
- [[n:{g2}]]
""",
    ),
    T(
        "email_thread",
        "procurement",
        """
From: LPSE Kota Kupang <no-reply@lpse.kupangkota.go.id>
To: {cvmail1}
Date: {mdate1}
Subject: [SPSE] Undangan Pembuktian Kualifikasi

Kepada Yth. {CV1}
NPWP {cvnpwp1}

Paket        : Rehabilitasi Saluran Drainase Kel. {kel1} Tahap II
Kode Tender  : {tender1}
Nilai HPS    : {rpx1}
Jadwal       : {hari2}, 09.00 - 12.00 WITA
Tempat       : Ruang Pokja UKPBJ Lt. 2 Kantor Wali Kota, Jl. S.K. Lerik No. 1

Email ini dikirim otomatis oleh sistem. Jangan membalas ke alamat ini; hubungi helpdesk.lpse@kupangkota.go.id atau telp {otel}.
""",
    ),
    T(
        "email_thread",
        "employment",
        """
From: Rekrutmen {pt1} <rekrutmen@{ptdom1}>
To: undisclosed-recipients:;
Date: {mdate1}
Subject: Jadwal wawancara tahap 2

Kepada para pelamar yang lolos tahap 1,
Wawancara tahap 2 dilaksanakan {hari2} jam 09.00 di {ptjl1}. Peserta wajib bawa KTP asli, SKCK dan kartu BPJS Ketenagakerjaan (kalau ada). Nomor peserta sesuai lampiran (mulai nomor {kwit1}).
Pertanyaan dikirim ke rekrutmen@{ptdom1} atau WA HRD {pthp1} (jam kerja). Jangan transfer uang kepada siapa pun yang mengatasnamakan perusahaan.

Message-ID: {msgid1}
""",
    ),
    T(
        "email_thread",
        "church_community",
        """
From: Komisi Pemuda {grj1} <pemuda-{grjstem1}@googlegroups.com>
To: pemuda-{grjstem1}@googlegroups.com
Date: {mdate1}
Subject: [Pemuda] Laporan keuangan bazar Natal

Syalom semua,
Hasil bazar: pemasukan {rpb1}, pengeluaran {rpb2}. Saldo su disetor ke rekening Majelis Jemaat {bnk1} {rekx1}. Nota-nota sudah discan ({file1}).
Kalau ada pertanyaan, balas ke milis ini atau ke sekretariat {grjmail1}. Nomor WA komisi {owa}.
--
Anda menerima pesan ini karena berlangganan grup "Pemuda {grj1}". Untuk berhenti, kirim email ke pemuda-{grjstem1}+unsubscribe@googlegroups.com.
""",
    ),
    T(
        "email_thread",
        "tax",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emf1}]]>
To: KPP Pratama Kupang <kpp.pratama.kupang@pajak.go.id>
Cc: Subbag Kepegawaian <kepegawaian.bkpsdm@kupangkota.go.id>
Date: {mdate1}
Subject: NPWP saya terdaftar ganda

Selamat siang,
Setelah pemadanan NIK, di Coretax muncul dua NPWP atas nama saya: yang lama [[npwp:{npwps1}]] dan yang sekarang [[npwp:{npwpn1}]]. Bendahara kantor minta hanya satu untuk bukti potong. Mohon petunjuk mana yang dinonaktifkan.
Saya pakai email dinas karena email pribadi lupa password.

[[n:{n1}]]
NIP {nip1}
""",
    ),
    T(
        "email_thread",
        "banking",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Layanan Nasabah {bank1} <{bankmail1}>
Date: {mdate1}
Subject: Transfer gagal tapi saldo terpotong (ref {ref1})

Selamat pagi,
Pada {tgl1} jam {jam1} saya transfer {rpm1} dari rekening saya [[b:{rek1}]] ke rekening anak saya [[n:{n2}]] di {bank2} [[b:{rek2}]]. Status di aplikasi gagal, tapi saldo saya terpotong. No. referensi {ref1}. Mohon dicek dan dikembalikan.
Terlampir screenshot ({file1}).

Terima kasih.
[[n:{n1}]]
[[p:{hp1}]]
""",
        fam={2: 1},
    ),
    T(
        "email_thread",
        "schools",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Tata Usaha {sek1} <{sekmail1}>
Date: {mdate1}
Subject: Kwitansi uang komite a.n. [[n:{n2}]] kelas VIII-B

Selamat pagi Bapak/Ibu TU,
Saya orang tua dari [[n:{n2}]] (NISN {nisn1}). Sa sudah transfer uang komite semester ganjil {rpm1} ke rekening komite {bnk1} {rekx1} tanggal {tgl1}, tapi di buku siswa masih tertulis belum lunas. Bukti transfer terlampir. Mohon kwitansi dikirim ke email ini.

Hormat saya,
[[n:{n1}]]
[[p:{hp1}]]
""",
        fam={2: 1},
    ),
    T(
        "email_thread",
        "trade_services",
        """
From: {mkt1} Seller Centre <no-reply@{mktdom1}>
To: {udmail1}
Date: {mdate1}
Subject: Dana penjualan periode {bln1} telah dicairkan

Halo {ud1},
Penghasilan toko sebesar {rpb1} telah ditransfer ke rekening terdaftar {udbank1} ****{pin1} a.n. {UD1}.
No. penarikan : {trx1}
Biaya layanan : {rps1}
PPh final 0,5% dipotong atas NPWP toko {udnpwp1}.
Pertanyaan? Kunjungi Pusat Edukasi Penjual. Email ini tidak dipantau.
""",
    ),
    T(
        "email_thread",
        "village_admin",
        """
From: Kantor Camat Kupang Tengah <kec.kupangtengah@kupangkab.go.id>
To: pemdes.oelnasi@gmail.com, desabaumatatimur@gmail.com, sekdes.penfuitimur@yahoo.co.id
Cc: bumdes.tarussejahtera@gmail.com, kasi.pmd.kupangtengah@gmail.com
Date: {mdate1}
Subject: Batas akhir penyampaian APBDes Perubahan {thn1}

Yth. Kepala Desa se-Kecamatan Kupang Tengah,
Mohon APBDes Perubahan TA {thn1} beserta rekap pajak (PPN/PPh) yang dipungut bendahara desa dikirim paling lambat {tglp2}. NPWP bendahara desa wajib dicantumkan pada setiap SSP. Desa yang belum setor pajak triwulan III: Desa Oelnasi ({rpm1}), Desa Tarus ({rpm2}).
Kontak Kasi PMD kecamatan: {owa}.

Salam,
Sekretariat Kecamatan Kupang Tengah
Telp. {otel}
""",
    ),
    T(
        "email_thread",
        "small_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: {kop1} <{kopmail1}>
Date: {mdate1}
Subject: Penarikan simpanan sukarela

Selamat siang pengurus,
Saya anggota nomor {kwit1} atas nama [[n:{n1}]], NIK [[nik:{nik1}]]. Mau tarik simpanan sukarela {rpb1} untuk biaya kuliah anak. Tolong transfer ke rek {bank1} saya [[b:{rek1}]] a.n. [[n:{n1}]]. Kalau perlu telpon: [[p:{hp1}]].
Salam,
[[n:{g1}]]

---
Balasan pengurus ({mdate2}):
Permohonan diterima. Penarikan di atas {rpm1} diproses 3 hari kerja. Biaya transfer antarbank {rps1} ditanggung anggota. Info lanjut WA sekretariat {kophp1}.
""",
    ),
    T(
        "email_thread",
        "employment",
        """
From: Rekrutmen {pt1} <rekrutmen@{ptdom1}>
To: [[e:{emp1}]]
Date: {mdate2}
Subject: Re: Pertanyaan lowongan driver

Selamat siang Bapak [[n:{g1}]],
Untuk posisi driver, SIM B1 umum wajib. SIM A saja tidak cukup. Silakan lengkapi dan kirim ulang lamaran.
Salam, [[n:{n2}]] - Tim Rekrutmen

Pada {mdate1}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Selamat pagi, saya mau tanya lowongan driver. Saya punya SIM A no {sim1} dan biasa bawa mobil pick up [[pl:{pl1}]] milik sendiri. Alamat saya [[a:{adr1}]] Kel. {kel1}. HP [[p:{hp1}]].
""",
    ),
    T(
        "email_thread",
        "procurement",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Inspektorat Daerah Kota Kupang <inspektorat@kupangkota.go.id>
Date: {mdate1}
Subject: Pengaduan dugaan pengaturan tender {tender1}

Dengan hormat,
Saya [[n:{n1}]], wakil direktur {cv1}. Kami ikut tender rehab gedung sekolah kode {tender1}. Sebelum penetapan pemenang, ada email dari alamat pribadi [[e:{emp2}]] atas nama [[n:{n2}]] yang mengaku anggota pokja, minta "uang koordinasi" 5% dari HPS ({rpx1}). Pemenang akhirnya {cv2} (NPWP {cvnpwp2}) yang penawarannya lebih tinggi.
Bukti email saya lampirkan (PDF dengan header lengkap).
Saya siap dihubungi di [[p:{hp1}]].
""",
    ),
    T(
        "email_thread",
        "procurement",
        """
From: {cet1} <{cetmail1}>
To: {offmail1}
Cc: keuangan@{cetdom1}
Date: {mdate1}
Subject: Tagihan cetak spanduk dan baliho sosialisasi

Yth. Bendahara Pengeluaran {off1},
Terlampir invoice {inv1} untuk cetak {qty1} spanduk dan 4 baliho, total {rpb1} (termasuk PPN). Faktur pajak {faktur1} sudah diterbitkan atas NPWP bendahara {npwpx1}.
Pembayaran mohon ke rekening {CET1} di {cetbank1} {cetrek1}.

Salam,
Bagian Keuangan {cet1}
{cetjl1} | {cettel1}
""",
    ),
]


# ---------------------------------------------------------------- invoice_receipt
TEMPLATES += [
    T(
        "invoice_receipt",
        "trade_services",
        """
{TB1}
{TBJL1}, KUPANG
TELP {tbtel1} / WA {tbhp1}
NPWP : {tbnpwp1}
--------------------------------------------
No. Nota : {kwit1}      {tgl1} {jam1}
{itemsb1}
--------------------------------------------
Kasir : 03    Pelanggan : UMUM
Barang yg sudah dibeli tidak dapat ditukar/dikembalikan.
""",
    ),
    T(
        "invoice_receipt",
        "trade_services",
        """
{CV1}
Kontraktor Umum & Renovasi Rumah
{cvjl1}, Kupang | Telp {cvtel1} | {cvmail1}
NPWP {cvnpwp1}

INVOICE No. {inv1}
Tanggal : {tgl1}

Kepada Yth.
Bapak [[n:{n1}]]
[[a:{adr1}]], Kel. {kel1}
NPWP [[npwp:{npwpn1}]]

Pekerjaan : renovasi dapur dan kamar mandi (SPK No. {po1})
Tagihan   : termin II, 40% dari nilai kontrak {rpb1}
Pembayaran ke rekening {cvbank1} {cvrek1} a.n. {CV1}

Hormat kami,
[[n:{n2}]]
Direktur
""",
    ),
    T(
        "invoice_receipt",
        "trade_services",
        """
{CAT1}
Melayani pesta nikah, syukuran & rapat kantor
{catjl1} - WA {cathp1} - IG @{catstem1}

SURAT PENAWARAN HARGA
No. {kwit1}/SPH/{thn1}

Kepada Yth.
Ibu [[n:{n1}]]
HP [[p:{hp1}]]

Acara        : pesta nikah anak, {hari2}
Lokasi       : rumah keluarga, [[a:{adr1}]]
Jumlah tamu  : kurang lebih 400 orang
Menu paket B : nasi putih, se'i sapi, ikan kuah asam, sayur bunga pepaya, buah, air mineral
Harga per pax {rppax1} (belum termasuk tenda dan kursi)
DP 30% ke {catbank1} {catrek1} a.n. {CAT1}

Hormat kami,
{cat1}
""",
    ),
    T(
        "invoice_receipt",
        "procurement",
        """
KUITANSI
No. {kwit1}

Sudah terima dari : Bendahara Pengeluaran {off1}
Uang sejumlah     : {rpb1}
Untuk pembayaran  : belanja makan minum rapat koordinasi ({qty1} kotak)

                              Kupang, {tglp1}
Setuju dibayar,               Yang menerima,
PPTK                          [[n:{N1}]]
[[n:{n2}]]                    NPWP : [[npwp:{npwpd1}]]
NIP {nip1}                    Pemilik {cat1}

Lunas dibayar,
Bendahara Pengeluaran
[[n:{n3}]]
NIP {nip2}
""",
    ),
    T(
        "invoice_receipt",
        "small_business",
        """
{CET1}
Offset - Digital Printing - Sablon
{CETJL1}, KUPANG | {cettel1} | {cetmail1}
NPWP {cetnpwp1}

PENAWARAN HARGA No. {kwit1}/PNW/{thn1}
Kepada Yth. Pengurus {kop1}
Perihal: cetak buku anggota dan kartu simpanan

Buku anggota (A5, 40 hlm, cover art carton)   {qty1}0 eks x Rp 9.500
Kartu simpanan (art paper 260 gr)             500 lbr x Rp 1.200
Stempel warna                                 2 bh x Rp 85.000
Harga belum termasuk PPN. Penawaran berlaku 14 hari.
Pembayaran ke {cetbank1} {cetrek1} a.n. {CET1}.

Hormat kami,
Bagian Pemasaran
""",
    ),
    T(
        "invoice_receipt",
        "trade_services",
        """
INVOICE
{order1}

DITERBITKAN ATAS NAMA
Penjual : {atk1}

UNTUK
Pembeli           : [[n:{n1}]]
Tanggal Pembelian : {tglp1}
Alamat Pengiriman :
[[n:{n1}]] ([[p:{hpk1}]])
[[a:{adr1}]], Kel. {kel1}, Kec. {kec1}
Kota Kupang, Nusa Tenggara Timur {kodeposs1}

Kurir : {kurir1} - Reguler (gratis ongkir)
{itemsa1}
Metode Pembayaran : {ewal1}

Invoice ini sah dan diproses oleh komputer. Silakan hubungi {mkt1} Care apabila kamu membutuhkan bantuan.
""",
    ),
    T(
        "invoice_receipt",
        "tax",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak : {faktur1}

Pengusaha Kena Pajak
Nama   : {PT1}
Alamat : {PTJL1}, KUPANG
NPWP   : {ptnpwpz1}

Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak
Nama   : [[n:{N1}]]
Alamat : [[a:{ADR1}]], KEL. {KEL1}, KOTA KUPANG
NPWP   : [[npwp:{npwpn1}]]
NITKU  : [[npwp:{npwpt1}]]

No. | Nama Barang Kena Pajak / Jasa Kena Pajak | Harga Jual
1   | Pemasangan instalasi listrik rumah 2.200 VA | {rpb1}
Dasar Pengenaan Pajak dan PPN sesuai e-Faktur.

KUPANG, {tglp1}
[[n:{N2}]]
""",
    ),
    T(
        "invoice_receipt",
        "procurement",
        """
{CV1}
{CVJL1}, KUPANG | TELP. {cvtel1} | EMAIL {cvmail1}
NPWP {cvnpwp1}

INVOICE No. {inv1}
Kepada Yth. Pejabat Pembuat Komitmen
{OFF1}
{offjl1}, Kupang
Pembeli : {OFF1}, NPWP {npwpx1}

Pekerjaan     : pemeliharaan ruang kerja dan instalasi listrik (SPK {spk1})
Nilai kontrak : {rpb1}
Termin        : 100%
Mohon dibayarkan ke rekening giro {cvbank1} {cvrek1} a.n. {CV1}.

Hormat kami,
{CV1}
(cap perusahaan)
""",
    ),
    T(
        "invoice_receipt",
        "church_community",
        """
TANDA TERIMA PERSEMBAHAN
{GRJ1}
No. {kwit1}/TTP/{thn1}

Telah terima dari : Kel. [[n:{f1}]]
Sejumlah          : {rpb1}
Untuk             : persembahan syukur ulang tahun pernikahan ke-25
Disetor ke rekening pembangunan {grjbank1} {grjrek1}

Kupang, {tglp1}
Bendahara Majelis Jemaat,
[[n:{n2}]]

NPWP Majelis Jemaat {grjnpwp1} (untuk keperluan pelaporan pajak jemaat)
""",
    ),
    T(
        "invoice_receipt",
        "schools",
        """
{KONV1}
Seragam sekolah, kantor & gereja
{KONVJL1} KUPANG - TELP {konvtel1} - WA {konvhp1}
NPWP {konvnpwp1}

INVOICE {inv1}
Kepada : {SEK1} (NPSN {npsn1})
NPWP Sekolah : {npwpx1}

Seragam batik sekolah  120 stel x Rp 145.000 = Rp 17.400.000
Topi dan dasi          120 set  x Rp 35.000  = Rp 4.200.000
Total Rp 21.600.000
Pembayaran transfer ke {konvbank1} {konvrek1} a.n. {KONV1}
""",
    ),
    T(
        "invoice_receipt",
        "banking",
        """
KWITANSI ANGSURAN
{DEA1}
{deajl1}, Kupang - Telp {deatel1}

No. Kwitansi  : {kwit1}
No. Kontrak   : {ref1}
Diterima dari : [[n:{n1}]]
Alamat        : [[a:{adr1}]]
HP            : [[p:{hp1}]]
Untuk         : angsuran ke-7 dari 24, sepeda motor [[pl:{pl1}]]
Jumlah        : {rpm1}
Denda         : {rps1}
Jatuh tempo berikut {tglp3}. Pembayaran lewat VA {va1}.

Kasir,
[[n:{n2}]]
""",
    ),
    T(
        "invoice_receipt",
        "trade_services",
        """
{LAU1}
{laujl1} | WA {lauhp1}
NOTA No. {kwit1}
Masuk   : {tgl1} {jam1}
Selesai : {tgl2}
Cuci setrika  6,5 kg x Rp 8.000  = Rp 52.000
Bed cover     1 bh   x Rp 35.000 = Rp 35.000
Total Rp 87.000 | DP Rp 50.000 | Sisa Rp 37.000
No. member 0{num1}{num2}
Kehilangan/kerusakan diganti maks. 10x ongkos cuci.
""",
    ),
    T(
        "invoice_receipt",
        "small_business",
        """
NOTA PENJUALAN No. {kwit1}
{um1}
Usaha rumahan, alamat (rumah sendiri): [[a:{adr1}]], Kel. {kel1}
Pemilik : [[n:{n1}]] / WA [[p:{hp1}]]
NPWP usaha perorangan : [[npwp:{npwpn1}]]

Kepada : {hot1}, Bagian Purchasing
NPWP hotel : {hotnpwp1}

Produk untuk oleh-oleh tamu, 60 bks x Rp 25.000 = Rp 1.500.000
Dibayar transfer ke {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]

Kupang, {tglp1}
""",
    ),
    T(
        "invoice_receipt",
        "village_admin",
        """
{BUM1}
Unit Usaha Air Bersih
NPWP {bumnpwp1}

KUITANSI No. {kwit1}
Telah terima dari : [[n:{n1}]] (warga Dusun II, [[a:{rt1}]])
Uang sejumlah     : {rpm1}
Untuk pembayaran  : 2 tangki air bersih @ 5.000 liter, diantar {tgl1}

Penerima,
Bendahara BUMDes
[[n:{n2}]]
""",
    ),
    T(
        "invoice_receipt",
        "schools",
        """
PENAWARAN HARGA
Pekerjaan las pagar dan teralis jendela

Kepada Yth. Kepala {sek1}
di {sekjl1}

Saya [[n:{n1}]], tukang las, mengajukan penawaran:
- Pagar besi hollow 4x4 panjang 24 m: Rp 9.800.000
- Teralis jendela 6 unit: Rp 3.600.000
- Cat dan ongkos pasang sudah termasuk
NPWP saya [[npwp:{npwpd1}]]. Pembayaran bisa ke rek {bank1} [[b:{rek1}]] a.n. saya sendiri.
Bengkel di rumah, [[a:{ad1}]]. HP/WA [[p:{hp1}]].

Hormat saya,
[[n:{n1}]]
""",
        M=(1,),
    ),
    T(
        "invoice_receipt",
        "tax",
        """
{ATK1}
{atkjl1}, Kupang
NPWP {atknpwp1}
STRUK PENJUALAN {kwit1}
{tgl1} {jam1}
{itemsa1}
Harga sudah termasuk PPN 11%
Nama Pembeli : UMUM
NPWP Pembeli : 00.000.000.0-000.000
No. Faktur   : {faktur1}
Terima kasih atas kunjungan Anda. Kritik & saran WA {atkhp1}
""",
    ),
    T(
        "invoice_receipt",
        "trade_services",
        """
{REN1}
Sewa mobil lepas kunci & dengan sopir
{renjl1} | WA {renhp1}

INVOICE SEWA No. {inv1}
Penyewa      : [[n:{n1}]]
NIK (jaminan KTP asli) : [[nik:{nik1}]]
HP           : [[p:{hp1}]]
Kendaraan    : Toyota Avanza, [[pl:{pl1}]]
Lama sewa    : 3 hari ({tgl1} s/d {tgl2})
Harga        : 3 x Rp 350.000 = Rp 1.050.000
BBM ditanggung penyewa. Keterlambatan dikenakan Rp 50.000/jam.
""",
    ),
    T(
        "invoice_receipt",
        "church_community",
        """
{CAT1}
{catjl1} - WA {cathp1}

PENAWARAN KONSUMSI
Kepada Yth. Panitia HUT ke-{num1} {grj1}
Tanggal acara: {hari2}

{itemsf1}

DP 50% paling lambat H-7 ke {catbank1} {catrek1} a.n. {CAT1}.
Hormat kami,
{cat1}
""",
    ),
    T(
        "invoice_receipt",
        "employment",
        """
{PT1}
SLIP GAJI - {BLN1} {thn1}

Nama Karyawan : [[n:{N1}]]
NIK Karyawan  : KPG-{kwit1}
Jabatan       : Staf Gudang
Status PTKP   : K/1
NPWP          : [[npwp:{npwpn1}]]
No. BPJS Kes  : [[bpjs:{bpjs1}]]
No. BPJS TK   : {bpjstk1}
Rekening      : {bank1} [[b:{rek1}]]

Gaji pokok          {rpb1}
Tunjangan transport {rpm1}
Potongan BPJS       {rps1}
PPh 21 (TER)        {rps2}
Slip ini dicetak otomatis, tidak memerlukan tanda tangan.
""",
    ),
    T(
        "invoice_receipt",
        "banking",
        """
BUKTI SETORAN TUNAI
{cvbank1} KCP Oebobo        Tgl {tgl1}  Jam {jam1}
No. Rekening Tujuan : {cvrek1}
Nama Pemilik Rek.   : {CV1}
Jumlah              : {rpb1}
Berita              : pelunasan termin II SPK {spk1}
Penyetor            : staf {cv1}
Teller 03 / Ref {ref1}
Simpan bukti ini sebagai tanda pembayaran yang sah.
""",
    ),
    T(
        "invoice_receipt",
        "trade_services",
        """
NOTA
{kios1} - Pasar Oebobo los C no. {num1}
Tgl {tgl1}

Kepada : Bpk. [[n:{n1}]] (warung makan)
HP     : [[p:{hp1}]]

{itemss1}
Sudah bayar {rpm1}, sisa hutang dibayar minggu depan.
""",
    ),
    T(
        "invoice_receipt",
        "tax",
        """
SURAT TANDA TERIMA SETORAN (STTS) PBB-P2
Tahun Pajak {thn1}

NOP          : {nop1}
Nama WP      : [[n:{N1}]]
Alamat WP    : [[a:{ADR1}]], KEL. {KEL1}
Letak Objek  : {JL1}, KEL. {KEL2}
Jumlah bayar : {rpm1}
Tempat bayar : Bank NTT Capem Oebobo
NTPD         : {ntpn1}
Tgl bayar    : {tgl1}
Bukti ini sah tanpa tanda tangan petugas.
""",
    ),
    T(
        "invoice_receipt",
        "procurement",
        """
JAMINAN PENAWARAN
Nomor Jaminan : {ref1}
Nilai         : {rpb1}
Terjamin      : {CV1}, NPWP {cvnpwp1}, {CVJL1} KUPANG
Penerima      : Pokja Pemilihan UKPBJ Kota Kupang
Paket         : Pembangunan Talud Penahan Tanah Kel. {kel1}, kode tender {tender1}
Penjamin      : PT Jamkrida NTT, Jl. Frans Seda No. 21, telp {otel}
Berlaku       : {tglp1} s/d {tglp3}
Verifikasi keaslian: kirim nomor jaminan ke verifikasi@jamkridantt.co.id
""",
    ),
    T(
        "invoice_receipt",
        "trade_services",
        """
KWITANSI
Telah terima dari : [[n:{n1}]]
Uang sebesar      : {rpb1}
Untuk pembayaran  : sewa rumah 1 tahun (mulai {bln1} {thn1}), di [[a:{adr1}]]

Kupang, {tglp1}
Yang menerima (pemilik rumah),
[[n:{n2}]]
Rek. {bank2} [[b:{rek2}]]
""",
    ),
]


# ---------------------------------------------------------------- tender_procurement
TEMPLATES += [
    T(
        "tender_procurement",
        "procurement",
        """
PENGUMUMAN TENDER
Nomor: {suratukpbj1}

Pokja Pemilihan UKPBJ Kota Kupang mengumumkan tender pekerjaan konstruksi:
Nama paket   : Peningkatan Jalan Lingkungan Kel. {kel1} dan Kel. {kel2}
Kode tender  : {tender1}
Kode RUP     : {rup1}
Sumber dana  : APBD Kota Kupang TA {thn1}
Nilai HPS    : {rpx1}
Kualifikasi  : usaha kecil, SBU BG004
Download dokumen : {tglp1} s/d {tglp2}
Pendaftaran dan pemasukan penawaran melalui https://lpse.kupangkota.go.id
Pertanyaan: helpdesk.lpse@kupangkota.go.id, telp {otel}, WA helpdesk {owa}
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
BERITA ACARA HASIL PEMILIHAN
Nomor : {suratukpbj1}
Paket : Rehabilitasi Gedung Kantor Kelurahan {kel1}    Kode tender : {tender1}

No | Nama Penyedia | NPWP | Harga Penawaran | Hasil Evaluasi
1 | {CV1} | {cvnpwp1} | {rpx1} | memenuhi, calon pemenang
2 | {CV2} | {cvnpwp2} | {rpx2} | tidak memenuhi (SKK tidak sesuai)
3 | {PT1} | {ptnpwpz1} | {rpx3} | tidak memenuhi (jaminan penawaran)

Pokja Pemilihan:
1. [[n:{n1}]] (Ketua)
2. [[n:{n2}]] (Sekretaris)
3. [[n:{n3}]] (Anggota)
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
{CV1}
{CVJL1}, Kupang - Telp. {cvtel1} - Email {cvmail1}

Nomor  : {kwit1}/SGH/{thn1}
Perihal: Sanggahan atas hasil pemilihan tender {tender1}

Kepada Yth. Pokja Pemilihan UKPBJ Kota Kupang

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama            : [[n:{n1}]]
Jabatan         : Direktur
Perusahaan      : {CV1}
NPWP perusahaan : {cvnpwp1}
menyampaikan sanggahan karena penawaran kami dinyatakan gugur dengan alasan personel manajerial tidak memiliki SKK, padahal SKK Sdr. [[n:{n2}]] (No. registrasi {ref1}) masih berlaku sampai {thn1}.
Untuk komunikasi lebih lanjut silakan hubungi saya langsung di HP [[p:{hp1}]] atau email pribadi [[e:{emp1}]].

Hormat kami,
[[n:{n1}]]
Direktur
""",
    ),
    T(
        "tender_procurement",
        "village_admin",
        """
PENGUMUMAN PENGADAAN
Tim Pelaksana Kegiatan (TPK) {vil1}

Pengadaan material rabat beton jalan dusun, Dana Desa TA {thn1}
Pagu anggaran : {rpd1}
Volume        : 300 m x 3 m x 0,12 m
Penyedia yang berminat memasukkan penawaran ke sekretariat TPK di Kantor Desa paling lambat {tglp1} pukul 12.00 WITA.
Syarat: NIB, NPWP badan atau perorangan, rekening atas nama usaha, surat pernyataan sanggup.
Info: sekretariat TPK {owa} atau email {vilmail1}.
""",
    ),
    T(
        "tender_procurement",
        "schools",
        """
Kepada Yth. Inspektorat Daerah Kota Kupang
Perihal: Pengaduan pengadaan laptop dana BOS {sek1}

Dengan hormat,
Kami orang tua murid melaporkan pembelian 12 unit laptop lewat SIPLah senilai {rpb1} yang barangnya tidak pernah ada di sekolah. Penyedianya toko online {atk1} (NPWP {atknpwp1}), tapi pemilik tokonya ternyata suami bendahara sekolah, Bapak [[n:{n1}]] (HP [[p:{hp1}]]). Bendahara sekolah sendiri Ibu [[n:{n2}]].
Kami minta identitas pelapor dirahasiakan.

Pelapor: Dirahasiakan
""",
        fam={2: 1},
    ),
    T(
        "tender_procurement",
        "procurement",
        """
SURAT PESANAN (E-PURCHASING)
Nomor Paket       : EPURC-{thn1}-{rup1}
Pemesan           : PPK {off1}
Nama PPK          : [[n:{n1}]]
NIP               : {nip1}
Email PPK         : [[e:{emf1}]]
Penyedia          : {PT1}
NPWP Penyedia     : {ptnpwp1}
Alamat Penyedia   : {ptjl1}, Kupang
Email Penyedia    : {ptmail1}
Barang            : Laptop Core i5 8GB, 10 unit @ {rplap1}
Alamat pengiriman : {offjl1}, Kupang
Status            : menunggu konfirmasi penyedia
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
DAFTAR PENYEDIA TERVERIFIKASI - SIKaP
No;Nama Usaha;NPWP Badan;Email;Telepon;Alamat
1;{CV1};{cvnpwp1};{cvmail1};{cvtel1};{cvjl1}
2;{PT1};{ptnpwp1};{ptmail1};{pttel1};{ptjl1}
3;{TB1};{tbnpwp1};{tbmail1};{tbhp1};{tbjl1}
4;{CET1};{cetnpwp1};{cetmail1};{cettel1};{cetjl1}
Sumber: UKPBJ Kota Kupang, per {tglp1}
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
Yth. Dinas PUPR Kota Kupang,
Proyek pengaspalan jalan di lingkungan kami su berhenti sejak {tglp1}. Di papan proyek tertulis: nilai kontrak {rpx1}, no. kontrak {spk1}, pelaksana {CV1}, konsultan pengawas {CV2}. Jalan su dikeruk tapi dibiarkan begitu, debu masuk rumah dan anak-anak batuk.
Pelaksana lapangan namanya Pak [[n:{n1}]], HP [[p:{hp1}]], sudah dua minggu tidak angkat telpon.
Saya [[n:{n2}]], warga [[a:{rt2}]] Kel. {kel1}. Mohon ditindaklanjuti.
""",
    ),
    T(
        "tender_procurement",
        "church_community",
        """
UNDANGAN PENAWARAN HARGA
Panitia Pembangunan Gedung Kebaktian {grj1}
Sekretariat: kompleks gereja, {grjjl1}
Email: pembangunan.{grjstem1}@gmail.com

Panitia mengundang toko bangunan dan supplier untuk memasukkan penawaran harga material (semen, besi beton, seng, keramik). Penawaran ditujukan kepada Ketua Panitia.
Ketua Panitia    : Pnt. [[n:{n1}]] - HP [[p:{hp1}]]
Bendahara        : Dkn. [[n:{n2}]]
Rekening panitia : {grjbank1} {grjrek1} a.n. Panitia Pembangunan
Batas pemasukan  : {tglp2}
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
RINGKASAN ADENDUM KONTRAK
Nomor adendum : {spk1}/ADD-1
Paket         : Pembangunan Drainase Primer Kel. {kel1}
Para pihak    : PPK {off1} dan {CV1} (NPWP {cvnpwp1})
Nilai awal    : {rpx1}
Nilai adendum : {rpx2}
Perpanjangan waktu 30 hari kalender karena curah hujan tinggi ({tglp1} s/d {tglp3}).
Jaminan pelaksanaan diperpanjang, nomor {ref1}, penjamin Bank NTT.
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
FORMULIR ISIAN KUALIFIKASI
A. Data Administrasi
1. Nama badan usaha : {CV1}
2. Status           : Pusat
3. Alamat kantor    : {cvjl1}, Kupang
4. Telepon          : {cvtel1}
5. Email            : {cvmail1}
6. NPWP badan       : {cvnpwp1}
B. Pengurus
Nama          : [[n:{n1}]]
NIK           : [[nik:{nik1}]]
Jabatan       : Direktur Utama
Alamat rumah  : [[a:{adr1}]], Kel. {kel1}
C. Pemegang saham
1. [[n:{n1}]] - 60%
2. [[n:{n2}]] - 40%, NPWP [[npwp:{npwpd2}]]
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
DAFTAR PERSONEL MANAJERIAL
Penyedia: {CV1}
No | Nama | Jabatan | NPWP | SKK
1 | [[n:{n1}]] | Manajer Pelaksana | [[npwp:{npwpd1}]] | SKK Madya {ref1}
2 | [[n:{n2}]] | Manajer Teknik | [[npwp:{npwpn2}]] | SKK Muda {ref2}
3 | [[n:{n3}]] | Ahli K3 Konstruksi | [[npwp:{npwpd3}]] | SKK Muda {ref3}
Keterangan: NPWP perusahaan {cvnpwp1} tercantum di formulir kualifikasi.
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
Nomor    : {suratukpbj1}
Lampiran : -
Hal      : Jawaban sanggahan

Yth. Direktur {CV1}
{CVJL1}, Kupang
Email: {cvmail1}

Menindaklanjuti sanggahan Saudara tanggal {tglp1} atas paket kode tender {tender1}, Pokja menyatakan sanggahan TIDAK DITERIMA karena SKK personel manajerial tercatat kedaluwarsa pada sistem LPJK per {tglp2}.
Apabila tidak sependapat, penyedia dapat menyampaikan pengaduan kepada APIP (Inspektorat Daerah, inspektorat@kupangkota.go.id, telp {otel}).

Pokja Pemilihan UKPBJ Kota Kupang
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
Kepada Yth. Bapak Wali Kota Kupang
cq. Kepala BPKAD

Saya [[n:{n1}]], pemilik usaha katering rumahan (usaha perorangan). Bulan {bln1} saya antar konsumsi rapat ke {off1} sebanyak 6 kali, total {rpb1}, sesuai pesanan staf. Sampai sekarang belum dibayar. Kwitansi sudah saya tanda tangan dengan NPWP saya [[npwp:{npwpd1}]] dan no rek {bank1} [[b:{rek1}]] atas nama sendiri.
Email bendahara ({offmail1}) sudah saya kirimi 3 kali tapi tidak dibalas.
Mohon bantuan Bapak.

[[n:{n1}]]
[[p:{hp1}]]
""",
    ),
    T(
        "tender_procurement",
        "schools",
        """
RENCANA KEGIATAN DAN ANGGARAN SEKOLAH (RKAS) - PERUBAHAN
{SEK1}   NPSN {npsn1}   NPWP {npwpx1}
Tahun anggaran {thn1}

Kode | Uraian | Penyedia (SIPLah) | Jumlah
05.02.01 | Pengadaan ATK | {atk1} | {rpb1}
05.08.02 | Pemeliharaan ringan ruang kelas | {tb1} | {rpb2}
07.12.01 | Langganan daya dan jasa | PLN / PDAM | {rpm1}
Disahkan Dinas Pendidikan dan Kebudayaan Kota Kupang, {tglp1}.
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
Nomor : {suratdinas1}
Hal   : Undangan klarifikasi dan negosiasi harga

Kepada Yth.
Sdr. [[n:{n1}]]
Direktur {CV1}
di Kupang
(email [[e:{emp1}]]; tembusan {cvmail1})

Sehubungan dengan pengadaan langsung pemeliharaan gedung kantor, Saudara diundang hadir pada {hari2} pukul 09.00 WITA di ruang rapat {offs1}, {offjl1}. Harap membawa dokumen asli dan stempel perusahaan.

Pejabat Pengadaan,
[[n:{n2}]]
NIP {nip1}
""",
    ),
    T(
        "tender_procurement",
        "village_admin",
        """
Salam. Sa mau lapor soal papan informasi APBDes {vil1}. Di baliho tertulis "Rabat beton 300 m - {rpd1} - TPK: [[n:{n1}]]", tapi yang dikerjakan cuma kurang lebih 120 m. Sisa semen dibawa pulang ke rumah ketua TPK di [[a:{rt1}]]. Truk BUMDes juga dipakai gratis, rekening BUMDes {rekx1} sonde ada pemasukan sewa.
Pelapor: [[n:{n2}]], [[p:{hp2}]]
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
PENGUMUMAN PEMENANG
Berdasarkan Berita Acara Hasil Pemilihan Nomor {suratukpbj1}, Pokja menetapkan:
1. Paket Peningkatan Jalan Kel. {kel1}: {CV1}, {CVJL1}, NPWP {cvnpwp1}, harga terkoreksi {rpx1}
2. Paket Rehabilitasi Pasar Kel. {kel2}: {CV2}, {CVJL2}, NPWP {cvnpwp2}, harga terkoreksi {rpx2}
3. Paket Pengadaan Mebel Sekolah: {PT1}, {PTJL1}, NPWP {ptnpwp1}, harga terkoreksi {rpd1}
Masa sanggah 5 hari kalender mulai {tglp1}. Sanggahan disampaikan melalui SPSE.
""",
    ),
    T(
        "tender_procurement",
        "employment",
        """
Bapa ibu di Disnaker, beta ni buruh harian di proyek gedung puskesmas yang dikerja {CV1}. Su 2 bulan kami 14 orang sonde dapat upah, total kira2 {rpb1}. Mandor bilang uang belum cair dari dinas, tapi dinas bilang su bayar termin II. Direktur CV tu Bapak [[n:{n1}]], dia pung nomor [[p:{hp1}]] ma sonde mau angkat.
Beta [[n:{n2}]], tinggal di [[a:{adr2}]], HP [[p:{hp2}]].
""",
        M=(2,),
    ),
    T(
        "tender_procurement",
        "procurement",
        """
DAFTAR PEMBAYARAN UPAH TUKANG
Proyek    : Pagar dan Gapura {sek1}
Pelaksana : {CV1}

No | Nama | NIK | No. Rek | Bank | Jumlah
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[b:{rek1}]] | {bank1} | {rpb1}
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[b:{rek2}]] | {bank2} | {rpb2}
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[b:{rek3}]] | {bank3} | {rpm1}

Mengetahui,
Pelaksana Lapangan {CV1}
""",
        M=(1, 2, 3),
    ),
    T(
        "tender_procurement",
        "procurement",
        """
PEMBERITAHUAN LPSE KOTA KUPANG
Verifikasi akun penyedia baru wajib membawa: akta pendirian, NIB, NPWP badan, KTP direktur dan surat kuasa (jika dikuasakan).
Layanan verifikasi Senin-Jumat 08.00-14.00 di Lt. 2 Kantor Wali Kota, Jl. S.K. Lerik No. 1.
Akun yang belum diverifikasi per {tglp1}: {qty1} penyedia.
Kontak helpdesk: helpdesk.lpse@kupangkota.go.id | {otel} | WA {owa}
Contoh email akun penyedia: {ex1} (gunakan email badan usaha, bukan email pribadi staf).
""",
    ),
    T(
        "tender_procurement",
        "schools",
        """
Saya orang tua siswa baru di {sek1}. Kami diwajibkan beli seragam di satu tempat saja, {konv1}, harga {rpm1} per paket, lebih mahal dari pasar. Ternyata pemiliknya ipar kepala sekolah. Pembayaran disuruh transfer ke rekening pribadi [[b:{rek1}]] a.n. [[n:{n1}]] ({bank1}), bukan ke rekening usaha. Kepala sekolah Bapak [[n:{n2}]] bilang itu kesepakatan komite, padahal rapat komite tidak pernah ada.
Nama saya [[n:{n3}]], HP [[p:{hp3}]].
""",
    ),
    T(
        "tender_procurement",
        "church_community",
        """
PENGUMUMAN
Majelis Jemaat {grj1} membuka kesempatan bagi kontraktor (CV/PT) untuk pembangunan rumah pastori.
Dokumen dapat diambil di kantor majelis, {grjjl1}, atau diminta lewat email {grjmail1}.
Syarat: NIB, NPWP badan, SBU BG001, pengalaman minimal 3 tahun.
Nilai perkiraan {rpd1}, sumber dana persembahan jemaat.
NPWP Majelis Jemaat {grjnpwp1} untuk keperluan faktur.
Informasi: sekretariat majelis {grjtel1}.
""",
    ),
    T(
        "tender_procurement",
        "procurement",
        """
REGISTRASI AKUN PENYEDIA (SIKaP)
Nama Badan Usaha  : {CV1}
Bentuk Usaha      : CV
NPWP Badan        : {cvnpwp1}
Email Badan Usaha : {cvmail1}
Telepon Kantor    : {cvtel1}
Penanggung Jawab (PIC)
Nama PIC  : [[n:{n1}]]
Jabatan   : Direktur
NIK PIC   : [[nik:{nik1}]]
HP PIC    : [[p:{hp1}]]
Email PIC : [[e:{emp1}]]
Username  : {cvstem1}_{num1}
""",
    ),
]


# ---------------------------------------------------------------- tax_letter
TEMPLATES += [
    T(
        "tax_letter",
        "tax",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR WILAYAH DJP NUSA TENGGARA
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
Jl. Soeharto No. 118, Kupang 85111, Telp. {otel}, kpp.pratama.kupang@pajak.go.id

Nomor : {suratkpp1}
Hal   : Teguran penyampaian SPT Tahunan PPh Orang Pribadi

Yth. [[n:{N1}]]
NPWP [[npwp:{npwpd1}]]
[[a:{ADR1}]]
KEL. {KEL1}, KEC. {KEC1}, KOTA KUPANG

Berdasarkan administrasi perpajakan kami, Saudara belum menyampaikan SPT Tahunan PPh Orang Pribadi tahun pajak {thnl1}. Sesuai Pasal 7 UU KUP, atas keterlambatan tersebut dikenakan sanksi administrasi Rp 100.000 (kode billing {bill1}).
Apabila Saudara telah menyampaikan SPT, mohon abaikan surat ini.

a.n. Kepala Kantor
Kepala Seksi Pelayanan,
[[n:{n2}]]
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
Coretax DJP - Kotak Masuk
Kepada   : {CV1}
NPWP     : {cvnpwpz1}
NITKU    : {cvnitku1}
Tanggal  : {tgl1}
Perihal  : Permintaan penjelasan atas data dan/atau keterangan (SP2DK)

Berdasarkan data pemungutan PPh Pasal 22 oleh {off1} (NPWP {npwpx1}) terdapat penghasilan sebesar {rpx1} yang belum dilaporkan pada SPT Tahunan Badan tahun {thnl1}.
Penjelasan disampaikan paling lambat 14 hari sejak surat ini, melalui menu Layanan Wajib Pajak atau langsung ke KPP Pratama Kupang.
Dokumen ini ditandatangani secara elektronik.
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
Pesan Coretax - Kotak Masuk
Perihal: Aktivasi Akun Wajib Pajak Berhasil

Yth. [[n:{N1}]]
NIK/NPWP : [[nik:{nik1}]]

Akun Coretax Anda telah aktif pada {tgl1} {jam1} WITA. Data kontak yang terdaftar:
Email    : [[e:{emp1}]]
Nomor HP : [[p:{hpj1}]]
Apabila Anda tidak melakukan aktivasi ini, segera hubungi Kring Pajak 1500200 atau kunjungi KPP terdekat.
Pesan ini dikirim oleh sistem (no-reply@coretax.pajak.go.id) dan tidak perlu dibalas.
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
INDUK SPT TAHUNAN PPh ORANG PRIBADI 1770 S - TAHUN PAJAK {thnl1}
Nama Wajib Pajak : [[n:{N1}]]
NPWP             : [[npwp:{npwpn1}]]
Pekerjaan        : karyawan swasta
Status           : K/2, pisah harta TIDAK
NPWP Suami/Istri : -
Pemotong PPh 21  : {PT1}, NPWP {ptnpwp1}, bukti potong {bupot1}
Daftar harta:
1. Rumah tinggal [[a:{AD1}]], perolehan {thnl1}
2. Sepeda motor Honda Vario [[pl:{pl1}]], perolehan 2021
3. Tabungan {bank1}, saldo {rpb1}
Status SPT : NIHIL
Disampaikan {tglp1}, BPE {bpe1}
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
BUKTI PEMOTONGAN PPh PASAL 23
Nomor : {bupot1}

A. IDENTITAS WAJIB PAJAK YANG DIPOTONG
A.1 NPWP  : {cvnpwpz1}
A.2 NITKU : {cvnitku1}
A.3 Nama  : {CV1}
B. PAJAK PENGHASILAN YANG DIPOTONG
Jenis penghasilan : jasa konsultansi
DPP {rpb1}, tarif 2%, PPh dipotong {rpm1}
Dokumen dasar : SPK {spk1}
C. IDENTITAS PEMOTONG
C.1 NPWP : {npwpx1}
C.2 Nama : BENDAHARA PENGELUARAN {OFF1}
C.3 Tanggal : {tgl1}
""",
    ),
    T(
        "tax_letter",
        "schools",
        """
BUKTI PEMOTONGAN PPh PASAL 21 BAGI BUKAN PEGAWAI
Nomor : {bupot1}

A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP/NIK : [[npwp:{npwpn1}]]
A.2 Nama     : [[n:{N1}]]
A.3 NITKU    : [[npwp:{npwpt1}]]
B. PENGHASILAN
Honor guru tidak tetap {bln1} {thn1}, bruto {rpm1}, PPh dipotong {rps1}
C. IDENTITAS PEMOTONG
C.1 NPWP : {npwpx1}
C.2 Nama : BENDAHARA {SEK1}
C.3 Nama penandatangan : [[n:{n2}]]
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
Kepada Yth. Kepala KPP Pratama Kupang
Perihal: Permohonan penghapusan NPWP orang tua yang sudah meninggal

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
Alamat : [[a:{adr1}]], Kel. {kel1}
Email  : [[e:{emp1}]]
adalah anak kandung dari almarhum [[n:{n2}]] (NPWP [[npwp:{npwpd2}]]) yang meninggal dunia pada {tglp1}. Bersama ini saya lampirkan akta kematian nomor {ref1}, surat keterangan ahli waris dari kelurahan dan fotokopi KK.
Mohon NPWP almarhum dihapus karena tidak ada warisan yang belum terbagi.

Hormat saya,
[[n:{n1}]]
""",
        M=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "tax_letter",
        "tax",
        """
INFO PAJAK - KPP PRATAMA KUPANG
Batas lapor SPT Tahunan: orang pribadi 31 Maret {thn1}, badan 30 April {thn1}.
Format NPWP 16 digit: orang pribadi memakai NIK; badan memakai 0 + NPWP lama 15 digit.
Contoh: NPWP lama 01.234.567.8-920.000 menjadi 0012345678920000, NITKU kantor pusat 0012345678920000000000.
Layanan asistensi Coretax di KPP, Jl. Soeharto No. 118, Senin-Jumat 08.00-15.00.
Kring Pajak 1500200 | informasi@pajak.go.id | {handle1}
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
SURAT PEMBERITAHUAN PAJAK TERUTANG (SPPT) PBB-P2 TAHUN {thn1}
NOP : {nop1}
LETAK OBJEK PAJAK : {JL1}, KEL. {KEL1}
NAMA DAN ALAMAT WAJIB PAJAK :
[[n:{N1}]]
[[a:{ADR1}]]
KEL. {KEL2}, KOTA KUPANG
Luas bumi 300 m2, luas bangunan 72 m2
PBB terutang {rpm1}
Jatuh tempo {tglp2}
Tempat pembayaran: Bank NTT, kantor pos, minimarket atau QRIS. Kode bayar sama dengan NOP.
BAPENDA KOTA KUPANG - Telp {otel} - bapenda@kupangkota.go.id
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
SURAT KETETAPAN PAJAK DAERAH (SKPD) PAJAK REKLAME
Nomor : {suratbapenda1}

Nama Pemilik   : [[n:{N1}]]
Nama Usaha     : {UD1}
Alamat Usaha   : {UDJL1}, KUPANG
NPWPD          : {npwpx1}
HP Pemilik     : [[p:{hp1}]]
Telp Usaha     : {udtel1}
Objek reklame  : papan nama 2 x 1 m, satu muka
Pajak terutang : {rpm1}, kode bayar {bill1}
Jatuh tempo    : {tglp2}
""",
    ),
    T(
        "tax_letter",
        "church_community",
        """
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
Nomor : {suratkpp1}
Sifat : Biasa
Hal   : Penjelasan status Pengusaha Kena Pajak

Yth. Pengurus {YAY1}
{YAYJL1}, Kupang
NPWP {yaynpwpz1} / NITKU {yaynitku1}

Menjawab surat Saudara nomor {kwit1}/YYS/{thn1}, yayasan yang hanya menyelenggarakan pendidikan tidak wajib dikukuhkan sebagai PKP. Permohonan pencabutan PKP dapat diajukan melalui Coretax dengan melampirkan laporan kegiatan.
Konsultasi: {otel} atau {yaymail1} (tembusan).
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
Permohonan Perubahan Data Wajib Pajak - Coretax
Nomor permohonan : {ref1}
NPWP             : [[npwp:{npwpn1}]]
Nama             : [[n:{N1}]]
Data yang diubah :
- Email  : [[e:{emp1}]] menjadi [[e:{ep1}]]
- Nomor HP : [[p:{hp1}]] menjadi [[p:{hq1}]]
- Alamat : tetap
Status : disetujui {tglp1}
Diproses oleh petugas TPT: [[n:{n2}]]
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
SURAT KUASA KHUSUS

Yang bertanda tangan di bawah ini:
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
NPWP   : [[npwp:{npwpd1}]]
Alamat : [[a:{adr1}]]

memberi kuasa kepada:
Nama      : [[n:{n2}]]
NIK       : [[nik:{nik2}]]
Pekerjaan : karyawan {cv1}, konsultan pajak (izin KEP-{kwit1}/IP.B/PJ/2019)

untuk mengurus pemindahbukuan setoran PPh Final 0,5% dengan NTPN {ntpn1} yang salah NPWP.

Kupang, {tglp1}
Penerima kuasa,          Pemberi kuasa,
[[n:{n2}]]               [[n:{n1}]]
""",
    ),
    T(
        "tax_letter",
        "trade_services",
        """
PEMBERITAHUAN - BAPENDA KOTA KUPANG
Yth. Pengelola {CAT1}
NPWPD {npwpx1}
{catjl1}, Kupang

Berdasarkan data e-tax, laporan omzet masa {bln1} {thn1} belum masuk. Setoran PBJT makanan dan minuman 10% dilakukan melalui VA Bank NTT {va1}.
Info: Bidang Pendataan {otel}, WA {owa}, email bapenda@kupangkota.go.id.
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
Transkrip Live Chat Kring Pajak - {tgl1}
Agen: Selamat siang, dengan [[n:{g2}]], ada yang bisa dibantu?
Pengguna: siang kaka, beta mau tanya NPWP lama sonde bisa login coretax
Agen: Boleh disebutkan nama lengkap dan NPWP Bapak?
Pengguna: [[n:{n1}]]. NPWP lama [[npwp:{npwpd1}]], yang baru katanya sama dengan NIK, [[npwp:{npwpn1}]]
Agen: Baik. Email yang terdaftar?
Pengguna: [[e:{emp1}]] tapi su lupa kata sandi
Agen: Silakan reset lewat menu Lupa Kata Sandi, tautan dikirim ke email terdaftar. Nomor tiket {tiket1}.
""",
        M=(1,),
    ),
    T(
        "tax_letter",
        "small_business",
        """
SPT MASA PPN - Masa {bln1} {thn1}
NPWP PKP : [[npwp:{npwpn1}]]
Nama PKP : [[n:{N1}]]
Alamat   : [[a:{ADR1}]], KUPANG
Email    : [[e:{emp1}]]
Usaha    : perdagangan eceran bahan bangunan (usaha perorangan)
PPN keluaran {rpb1}
PPN masukan  {rpb2}
Status : kurang bayar, kode billing {bill1}
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
VALIDASI BPHTB - BAPENDA KOTA KUPANG
No. validasi    : {ref1}
NOP             : {nop1}
Jenis perolehan : jual beli
Nilai perolehan : {rpx1}
BPHTB terutang {rpb1}, kode bayar {bill1}, dibayar {tgl1}
PPAT : Kantor Notaris/PPAT, {jlno1}, Kupang, telp {otel}
Catatan: data wajib pajak disamarkan pada salinan ini.
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
Rekap NPWP tenaga kontrak {off1} (diminta bendahara)
1. [[n:{n1}]] — [[npwp:{npwpn1}]]
2. [[n:{n2}]] — [[npwp:{npwpz2}]]
3. [[n:{n3}]] — [[npwp:{npwps3}]]
4. [[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
Dikirim ke email bendahara {offmail1} paling lambat {tglp1}.
""",
    ),
    T(
        "tax_letter",
        "church_community",
        """
Kepada Yth. Bendahara Pengeluaran {off1}
Perihal: koreksi NPWP pada bukti potong honor khotbah

Dengan hormat,
Pada bukti potong honor narasumber ibadah Natal pegawai bulan {bln1}, NPWP yang dicantumkan adalah NPWP Majelis Jemaat {grj1} ({grjnpwp1}). Honor itu saya terima pribadi, jadi mohon dikoreksi ke NPWP saya pribadi [[npwp:{npwpn1}]].

Salam dan doa,
Pdt. [[n:{n1}]], S.Th.
Ketua Majelis Jemaat {grj1}
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
PENGUMUMAN
Layanan asistensi pelaporan SPT Tahunan melalui Coretax dibuka di:
1. KPP Pratama Kupang, Jl. Soeharto No. 118 - Senin s.d. Jumat 08.00-15.00
2. Pojok Pajak Lippo Plaza Kupang, Jl. Veteran - Sabtu 10.00-16.00
3. Tax Center Undana, Jl. Adisucipto, Penfui - Rabu dan Kamis
Antrean online: WA {owa}. Pertanyaan: {otel} ext. 210, kpp.pratama.kupang@pajak.go.id
Batas pelaporan SPT orang pribadi 31 Maret {thn1}.
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
SURAT PERNYATAAN

Saya yang bertanda tangan di bawah ini:
Nama      : [[n:{n1}]]
NIK       : [[nik:{nik1}]]
NPWP      : [[npwp:{npwpn1}]]
Alamat    : [[a:{adr1}]]
Pekerjaan : pedagang kue (usaha rumahan)
menyatakan bahwa sejak suami saya alm. [[n:{n2}]] meninggal, penghasilan saya setahun di bawah PTKP. Mohon NPWP saya ditetapkan sebagai Non Efektif.

Kupang, {tglp1}
[[n:{n1}]]
""",
        F=(1,),
        M=(2,),
        fam={1: 2},
    ),
    T(
        "tax_letter",
        "employment",
        """
From: e-Bupot Unifikasi <no-reply@pajak.go.id>
To: [[e:{emp1}]]
Subject: Bukti Pemotongan PPh 21 Tahunan (1721-A1) Tahun {thnl1}

Yth. [[n:{n1}]],
Bukti pemotongan PPh Pasal 21 nomor {bupot1} telah diterbitkan oleh {PT1} (NPWP pemotong {ptnpwpz1}) untuk:
NITKU penerima : [[npwp:{npwpt1}]]
Masa perolehan : 01 - 12
Silakan unduh di Coretax menu Dokumen Saya.
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
PEMBERITAHUAN
Coretax DJP akan menjalani pemeliharaan sistem pada {hari1} pukul 22.00-02.00 WIB.
Selama pemeliharaan, pembuatan kode billing dan e-Faktur tidak dapat dilakukan.
Jika menerima email dari alamat selain @pajak.go.id yang meminta kode OTP, abaikan. Contoh email palsu yang dilaporkan: coretax.djp.update@gmail.com, admin@djp-pajak-online.com
Info: Kring Pajak 1500200, {handle1}, pengaduan@pajak.go.id
Ref. pengumuman PENG-{kwit1}/PJ.09/{thn1}
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Kanwil DJP Nusa Tenggara <kanwil.nusra@pajak.go.id>
Subject: Keluhan pelayanan AR KPP Pratama Kupang

Yth. Kepala Kanwil,
Saya wajib pajak orang pribadi, NPWP [[npwp:{npwpn1}]]. Account Representative saya, Bapak [[n:{n2}]] ([[e:{emj2}]]), sudah 3 minggu tidak membalas permohonan pengembalian kelebihan bayar. Waktu saya telpon ke nomor HP-nya [[p:{hp2}]] dia bilang tunggu saja. Mohon perhatian.

Hormat saya,
[[n:{n1}]]
""",
    ),
]


# ---------------------------------------------------------------- umkm_registration
TEMPLATES += [
    T(
        "umkm_registration",
        "small_business",
        """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA : {nib1}

Pelaku Usaha
Nama Pelaku Usaha : [[n:{N1}]]
Status            : Usaha Perorangan (UMK)
NIK               : [[nik:{nik1}]]
NPWP              : [[npwp:{npwpn1}]]
Alamat            : [[a:{ADR1}]], KEL. {KEL1}, KEC. {KEC1}
Nomor Telepon     : [[p:{hpj1}]]
Email             : [[e:{emp1}]]

Kegiatan Usaha
KBLI {kbli1} - Industri makanan ringan
Lokasi usaha : sama dengan alamat pelaku usaha
Diterbitkan {tglp1} oleh Lembaga OSS
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA : {nib1}

Nama Pelaku Usaha : {PT1}
Jenis badan usaha : Perseroan Terbatas (PT)
NPWP badan        : {ptnpwpz1}
Alamat kantor     : {PTJL1}, KOTA KUPANG
Email perusahaan  : {ptmail1}
Telepon           : {pttel1}
KBLI              : {kbli1}, {kbli2}
Status penanaman modal : PMDN
Diterbitkan {tglp1}. Dokumen ini diterbitkan sistem OSS RBA dan tidak memerlukan cap.
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
FORMULIR PERMOHONAN SERTIFIKAT HALAL (SELF DECLARE)
Nama Usaha       : {um1}
Jenis produk     : makanan ringan
Email Usaha      : {ummail1}
Nama Pemilik     : [[n:{n1}]]
NIK Pemilik      : [[nik:{nik1}]]
Email Pemilik    : [[e:{emp1}]]
No. HP Pemilik   : [[p:{hp1}]]
Pendamping PPH   : [[n:{n2}]] (No. registrasi pendamping {ref1})
Lembaga pendamping : LP3H Undana
Nomor pendaftaran  : SH{thn1}-1-{ref2}
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
DATA KOPERASI - ONLINE DATA SYSTEM
Nama Koperasi        : {KOP1}
Nomor Induk Koperasi : {nikop1}
Badan hukum          : AHU-{kwit1}.AH.01.26.Tahun {thnl1}
NPWP                 : {kopnpwp1}
Alamat               : {kopjl1}, Kupang
Email                : {kopmail1}
Telp                 : {koptel1}
Jumlah anggota       : {num1}4 orang
RAT terakhir         : {thnl1}
Sertifikat NIK koperasi berlaku s.d. 31 Desember {thn1}.
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
DAFTAR ANGGOTA BARU {KOP1} - {BLN1} {thn1}
No | Nama Anggota | NIK | Simpanan Pokok
1 | [[n:{N1}]] | [[nik:{nik1}]] | Rp 100.000
2 | [[n:{N2}]] | [[nik:{nik2}]] | Rp 100.000
3 | [[n:{N3}]] | [[nik:{nikt3}]] | Rp 100.000
Disahkan rapat pengurus {tglp1}. NPWP koperasi {kopnpwp1}.
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
PENDATAAN UMKM KOTA KUPANG {thn1}
Nama Usaha          : {kios1}
Jenis Usaha         : kios sembako
Lokasi              : Pasar Oeba, los B
Nama Pemilik Usaha  : [[n:{n1}]]
HP Pemilik          : [[p:{hp1}]]
Telp Usaha          : {biz1}
Email Pemilik       : [[e:{emp1}]]
Omzet per bulan     : {rpb1}
Petugas pendata     : [[n:{n2}]]
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
From: Sistem OSS <noreply@oss.go.id>
To: {kopmail1}
Date: {mdate1}
Subject: NIB Anda telah terbit

Yth. {KOP1},
Nomor Induk Berusaha (NIB) {nib1} telah terbit untuk KBLI {kbli1}.
NPWP terdaftar : {kopnpwpz1}
Silakan unduh dokumen NIB pada menu Perizinan Berusaha. Untuk bantuan hubungi Contact Center OSS 1500-586 atau email kontak@oss.go.id.
Pesan ini dikirim otomatis.
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
Live chat OSS - {tgl1} {jam1}
Pengguna: Selamat siang, sa mau reset password akun OSS, email akun su sonde aktif
CS OSS: Baik Bapak/Ibu, mohon sebutkan nama, NIK dan NIB.
Pengguna: Nama saya [[n:{n1}]], NIK [[nik:{nik1}]], NIB {nib1}
CS OSS: Email akun terdaftar [[e:{emp1}]], betul?
Pengguna: betul. Mau ganti ke [[e:{ep1}]]
CS OSS: Silakan ajukan perubahan lewat menu Hak Akses dengan melampirkan KTP. Nomor tiket {tiket1}.
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
SERTIFIKAT HALAL
Nomor : {halal1}

Diberikan kepada:
Nama Pelaku Usaha : [[n:{N1}]]
Nama Usaha        : {UM1}
Alamat            : [[a:{ADR1}]] (RUMAH SENDIRI), KOTA KUPANG
Jenis produk      : makanan ringan dan olahan ikan
Tanggal terbit    : {tglp1}
Badan Penyelenggara Jaminan Produk Halal - Kementerian Agama RI
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
Direktori UMKM Binaan Disperindag Kota Kupang
Nama Usaha | Alamat Usaha | Telp Usaha | Email Usaha
{um1} | {jlno1} | {biz1} | {ummail1}
{um2} | {jlno2} | {biz2} | {ummail2}
{ud1} | {udjl1} | {udtel1} | {udmail1}
{cat1} | {catjl1} | {cathp1} | {catmail1}
Data per {tglp1}. Koreksi data ke disperindag@kupangkota.go.id
""",
    ),
    T(
        "umkm_registration",
        "village_admin",
        """
PENDAFTARAN BUMDES - SISTEM INFORMASI DESA
Nama BUMDes      : {BUM1}
NPWP BUMDes      : {bumnpwp1}
Email BUMDes     : {bummail1}
Direktur         : [[n:{n1}]]
NIK Direktur     : [[nik:{nik1}]]
HP Direktur      : [[p:{hp1}]]
Email Direktur   : [[e:{emp1}]]
Rekening BUMDes  : {bumbank1} {bumrek1}
Unit usaha       : air bersih, simpan pinjam, penggilingan jagung
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
PERMOHONAN SPP-IRT
Nama Pemilik/Penanggung Jawab : [[n:{n1}]]
NIK                           : [[nik:{nik1}]]
Alamat rumah produksi (rumah sendiri) : [[a:{adr1}]], Kel. {kel1}
No. HP                        : [[p:{hp1}]]
Jenis pangan                  : kue kering (kue rambut, kue kelapa)
Nomor P-IRT lama (jika ada)   : {pirt1}
Sertifikat penyuluhan keamanan pangan No. {kwit1}/PKP/Dinkes/{thn1}
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
PENGUMUMAN DISKOP UKM KOTA KUPANG
Pendampingan pembuatan NIB dan sertifikat halal gratis bagi UMKM, {hari1}, 09.00 WITA di Aula Diskop UKM, Jl. Palapa No. 9.
Kuota 100 peserta. Daftar lewat bit.ly/umkm-kupang-{num1} atau WA admin {owa}.
Bawa KTP, email aktif dan nomor HP yang terhubung WhatsApp. Contoh penulisan email: {ex1}
Info: diskopukm@kupangkota.go.id / {otel}
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
SUSUNAN PENGURUS DAN PENGAWAS {KOP1}
Masa bakti lima tahun, ditetapkan RAT {thn1}
Ketua      : [[n:{n1}]] — NPWP [[npwp:{npwpd1}]]
Sekretaris : [[n:{n2}]] — NPWP [[npwp:{npwpn2}]]
Bendahara  : [[n:{n3}]] — NPWP [[npwp:{npwpd3}]]
Pengawas   : [[n:{n4}]]
NPWP koperasi {kopnpwp1}, rekening koperasi {kopbank1} {koprek1}
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC1}
KELURAHAN {KEL1}
{jlno1}, Telp. {otel}

SURAT KETERANGAN USAHA
Nomor: {suratkel1}
Lurah {kel1} menerangkan bahwa:
Nama              : [[n:{n1}]]
NIK               : [[nik:{nik1}]]
Tempat/Tgl lahir  : Kupang, {tlahir1}
Alamat            : [[a:{adr1}]]
benar memiliki usaha jualan jagung bose dan se'i di depan rumahnya sejak {thnl1}. Surat ini dibuat untuk pengajuan KUR di {bank1}.

Lurah {kel1},
[[n:{n2}]]
NIP {nip1}
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
CEKLIS PENDAFTARAN NIB (OSS RBA) - PERORANGAN
1. NIK dan data KTP sesuai Dukcapil
2. Email aktif (contoh penulisan: {ex1})
3. Nomor HP aktif yang terhubung WhatsApp, contoh 0812-0000-0000
4. NPWP jika ada. Contoh format 16 digit: 0912345678920000 (badan) atau sama dengan NIK (orang pribadi)
5. KBLI, misalnya {kbli1} atau {kbli2}
6. Alamat usaha dan titik koordinat
Pendampingan: Mal Pelayanan Publik Kota Kupang loket 7, {otel}
""",
    ),
    T(
        "umkm_registration",
        "banking",
        """
FORMULIR PERMOHONAN KUR MIKRO - {BANK1}
Nama Debitur       : [[n:{N1}]]
NIK                : [[nik:{nik1}]]
NPWP               : [[npwp:{npwpn1}]]
Nama Pasangan      : [[n:{N2}]]
NIK Pasangan       : [[nik:{nik2}]]
Alamat             : [[a:{ADR1}]]
No. HP             : [[p:{hp1}]]
Jenis usaha        : warung makan dan katering rumahan
Lama usaha         : 4 tahun
Plafon diajukan    : {rpb1}
Rekening pencairan : [[b:{rek1}]]
Agunan tambahan    : BPKB sepeda motor [[pl:{pl1}]]
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "umkm_registration",
        "small_business",
        """
UNDANGAN RAPAT ANGGOTA TAHUNAN (RAT) TAHUN BUKU {thnl1}
{KOP1}
Badan hukum No. AHU-{kwit1}.AH.01.26 | NPWP {kopnpwp1}

Hari/tanggal : {hari1}
Tempat       : Aula Kantor Lurah {kel1}
Acara        : laporan pengurus dan pengawas, pembagian SHU {rpd1}, rencana kerja {thn1}
Konfirmasi kehadiran ke sekretariat {kophp1}.

Pengurus {KOP1}
""",
    ),
    T(
        "umkm_registration",
        "trade_services",
        """
PENDAFTARAN PEDAGANG KAMPUNG KULINER KOTA KUPANG
No. lapak      : {num1}
Nama Pedagang  : [[n:{n1}]]
Nama Lapak     : {kios1}
NIK            : [[nik:{nik1}]]
Alamat rumah   : [[a:{adr1}]]
HP/WA          : [[p:{hp1}]]
Jualan         : se'i, jagung bose, es kelapa muda
Retribusi per bulan {rpm1} via QRIS Bapenda (NMID ID10{ref1})
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
From: SIHALAL <noreply@halal.go.id>
To: [[e:{emp1}]]
Subject: Pengajuan sertifikasi halal dikembalikan

Yth. [[n:{n1}]],
Pengajuan sertifikasi halal nomor SH{thn1}-1-{ref1} untuk {um1} dikembalikan oleh pendamping PPH, [[n:{n2}]], karena foto bahan baku dan alur produksi belum lengkap. Silakan perbaiki dalam 14 hari kerja.
Bantuan: layanan@halal.go.id | Call center 146
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
ASOSIASI UMKM FLOBAMORA - DAFTAR ANGGOTA AKTIF (PER {tglp1})
No | Nama Usaha | NIB | Kategori
1 | {um1} | {nib1} | makanan
2 | {um2} | {nib2} | makanan
3 | {um3} | {nib3} | kerajinan
4 | {cat1} | {nib4} | jasa boga
Sekretariat: {jlno1}, email asosiasi.umkmflobamora@gmail.com, WA {owa}
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
DATA PENERIMA BANTUAN PERALATAN UMKM {thn1} - DISPERINDAG KOTA KUPANG
No;Nama Pelaku Usaha;NIK;NPWP;Jenis Bantuan
1;[[n:{N1}]];[[nik:{nik1}]];[[npwp:{npwpn1}]];oven gas
2;[[n:{N2}]];[[nik:{nik2}]];[[npwp:{npwpd2}]];mesin penggiling
3;{KOP1};-;{kopnpwp1};freezer box
4;[[n:{N3}]];[[nik:{nik3}]];-;etalase kaca
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
Kepada Yth. DPMPTSP Kota Kupang

Saya [[n:{n1}]], NIK [[nik:{nik1}]]. Waktu mau urus NIB untuk usaha kue, sistem OSS bilang NIK saya sudah terdaftar sebagai pelaku usaha "{UD1}" dengan email yang bukan milik saya (di layar tertulis an***@gmail.com). Saya tidak pernah daftar usaha itu. Mohon data tersebut dihapus supaya saya bisa daftar.
Email saya yang benar [[e:{emp1}]], HP [[p:{hp1}]].
Terima kasih.
""",
    ),
    T(
        "umkm_registration",
        "small_business",
        """
LAMPIRAN SERTIFIKAT HALAL
Nomor : {halal1}
Pelaku usaha : {PTFOOD1}
NIB {nib1} | NPWP {npwpx1}
Daftar produk:
1. Abon ikan tuna original 100 g
2. Abon ikan tuna pedas 100 g
3. Sambal lu'at botol 150 ml
Pabrik : {jlno1}, Kupang
Verifikasi keaslian: bpjph.halal.go.id/cek/{ref1}
""",
    ),
]


# ---------------------------------------------------------------- payment_notification
TEMPLATES += [
    T(
        "payment_notification",
        "banking",
        """
*Diteruskan*
BRImo - Transaksi Berhasil
{tgl1}, {jam1} WITA
No. Ref : {ref1}
Sumber Dana
[[n:{N1}]]
BRI ****{pin1}
Tujuan
[[n:{N2}]]
{bank2} - [[b:{rek2}]]
Nominal {rpm1}
Biaya Admin Rp 2.500
Catatan: DP lemari kayu jati

Bapa ibu, ini bukti transfer ke penjual lemari di grup FB jual beli Kupang. Su 3 minggu barang sonde dikirim. Penjual namanya [[n:{n2}]], HP [[p:{hp2}]], sekarang nomor sa su diblok. Mohon dibantu. - [[n:{g1}]]
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
Ini SMS dari bank masuk tadi pagi, sa sonde rasa ada transaksi:
"BNI: Rek 0xxxxx{pin1} debet Rp 150.000 pd {tgl1} {jam1} ke VA {va1} Ref {ref1}. Info BNI Call 1500046"
Ini potongan apa e? Sapa yang tau tolong jelaskan. Sa su telpon cabang di {otel} tapi sibuk terus.
""",
    ),
    T(
        "payment_notification",
        "trade_services",
        """
{MKT1}: Pesanan {order1} telah dikirim
Paket diantar {kurir1} ke:
[[n:{n1}]] | [[p:{hpm1}]]
[[a:{adr1}]], Kel. {kel1}, Kec. {kec1}, Kota Kupang, NTT {kodeposs1}
No. resi : {resi1}
Estimasi tiba {tglp2}

Su 10 hari belum sampai. Kurir bilang alamat tidak ditemukan, padahal rumah sa jelas di pinggir jalan. Tolong dicek e.
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
DANA
Kirim Uang Berhasil
{rpm1}
Ke [[n:{N1}]]
DANA [[p:{hpl1}]]
ID Transaksi {trx1}
{tgl1} • {jam1}
Pesan: uang arisan bulan {bln1}

(diteruskan ke grup oleh bendahara arisan, [[n:{n2}]])
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
MUTASI REKENING - {BANK1}
No. Rekening : [[b:{rek1}]]
Nama         : [[n:{N1}]]
Tanggal | Keterangan | Mutasi
{tgl1} | TRF DARI [[n:{N2}]] [[b:{rek2}]] | 750.000 CR
{tgl2} | TRF DARI {PT1} {ptrek1} | 4.250.000 CR
{tgl3} | BIAYA ADM | 12.500 DB
{tgl4} | TARIK TUNAI ATM KUPANG | 500.000 DB
Saldo akhir {rpb1}
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
Pembayaran Berhasil
BPJS Kesehatan - iuran mandiri kelas III
No. VA          : {va1}
Nama Peserta    : A***** M**** (disamarkan)
Jumlah peserta  : 4 orang
Periode         : {BLN1} {thn1}
Total bayar     : Rp 140.000
No. Referensi   : {ref1}
Waktu           : {tgl1} {jam1}
""",
    ),
    T(
        "payment_notification",
        "trade_services",
        """
From: Tokopedia <noreply@tokopedia.com>
To: [[e:{emp1}]]
Date: {mdate1}
Subject: Dana refund pesanan {order1} sudah dikembalikan

Hai [[n:{g1}]],
Dana sebesar {rpm1} sudah dikembalikan ke rekening {bank1} [[b:{rek1}]] a.n. [[n:{N1}]].
Dana akan masuk paling lambat 1x24 jam hari kerja. Email ini dikirim otomatis, jangan dibalas.
""",
    ),
    T(
        "payment_notification",
        "church_community",
        """
Bank NTT Mobile
TRANSFER BERHASIL
Tanggal : {tgl1} {jam1}
Dari    : [[b:{rekntt1}]] - [[n:{N1}]]
Ke      : {grjrek1} - MAJELIS JEMAAT {GRJ1}
Jumlah  : {rpm1}
Berita  : persembahan syukur keluarga
No. Ref : {ref1}

Syalom ibu sekretaris, sa su transfer persembahan syukur, mohon dicatat di warta minggu: dari Kel. [[n:{f1}]]. Terima kasih.
""",
    ),
    T(
        "payment_notification",
        "trade_services",
        """
QRIS - Pembayaran Berhasil
Merchant : {CAT1}
NMID     : ID10{ref1}
Terminal : A01
Nominal  : {rpm1}
Acquirer : {bnk1}
RRN      : {ref2}
Waktu    : {tgl1} {jam1}
Saldo sa terpotong 2 kali, ini bukti dari kasir. Yang kedua mohon dikembalikan.
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
OVO
Transfer Berhasil
Ke      : [[n:{N1}]] ([[p:{hpl1}]])
Jumlah  : {rpm1}
Biaya   : Rp 0
Ref     : {trx1}

Mama, ini uang sekolah [[n:{g2}]] bulan ini e. Sa kirim ke OVO mama pung nomor.
""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "payment_notification",
        "scam_fraud",
        """
Sa dapat SMS ini tadi malam: "BRI: Rekening Anda diblokir sementara. Segera verifikasi di bit.ly/bri-verif{num1} atau hubungi CS kami {scam}". Sa hampir klik.
Rekening sa di {bank1} [[b:{rek1}]] aman kah? Mohon info.
[[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "payment_notification",
        "trade_services",
        """
{KURIR1}: Paket dengan resi {resi1} tertahan di gudang transit Kupang karena alamat kurang lengkap. Lengkapi alamat di aplikasi paling lambat {tglp2} atau hubungi call center {otel}.
Abaikan pesan yang meminta transfer biaya tambahan ke rekening pribadi.
Kode pengambilan di gerai: {otp1}
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
From: Bank NTT <notifikasi@bankntt.co.id>
To: [[e:{emp1}]]
Date: {mdate1}
Subject: Pembukaan rekening Tabungan Flobamora berhasil

Yth. [[n:{N1}]],
Rekening Anda telah aktif.
Nomor Rekening  : [[b:{rekntt1}]]
Jenis           : Tabungan Flobamora
Cabang          : KCP Oebobo
Email terdaftar : [[e:{emp1}]]
No. HP          : [[p:{hp1}]]
Bank NTT tidak pernah meminta PIN, OTP atau data kartu lewat telepon maupun WhatsApp. Layanan nasabah: {otel}.
""",
    ),
    T(
        "payment_notification",
        "procurement",
        """
Livin' by Mandiri
Transfer Berhasil
Dari    : [[n:{N1}]] - [[b:{rekmdr1}]]
Ke      : {CV1} - {cvbank1} {cvrek1}
Jumlah  : {rpb1}
Berita  : DP renovasi rumah
No. Ref : {ref1}
Tanggal : {tgl1} {jam1}

Pak, ini bukti DP ke CV, tapi tukang belum datang2. Direktur CV bilang tunggu material.
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
*Diteruskan*
Pemberitahuan: angsuran KUR ke-{num1} sebesar {rpm1} akan didebet otomatis dari rekening Anda ****{pin1} pada {tglp2}. Pastikan saldo mencukupi. Info {bnk1}: {otel}.
Kalau saldo kurang, denda {rps1} per hari?? Sapa yang tau?
""",
    ),
    T(
        "payment_notification",
        "trade_services",
        """
GoPay - Pembayaran berhasil
Kirim ke : [[n:{N1}]]
Nomor    : [[p:{hpl1}]]
Jumlah   : {rpm1}
ID       : {trx1}

Ini bukti bayar DP motor bekas ke penjual di FB, Honda Supra [[pl:{pl1}]]. Penjual tidak datang di tempat COD. Rumahnya katanya di [[a:{rt1}]] Kel. {kel1}, tapi warga bilang tidak kenal dia.
""",
    ),
    T(
        "payment_notification",
        "schools",
        """
{BANK1} - Bukti Transfer
Pengirim  : [[n:{N1}]] / [[b:{rek1}]]
Penerima  : KOMITE {SEK1} / {rekx1}
Jumlah    : {rpm1}
Berita    : sumbangan komite a.n. [[n:{n2}]] kls XI
Waktu     : {tgl1} {jam1}

Bapak/Ibu TU, ini bukti bayar komite anak saya. Mohon kwitansi dititip lewat anak saja. Terima kasih.
""",
        fam={2: 1},
    ),
    T(
        "payment_notification",
        "banking",
        """
ATM BERSAMA
{BNK1} KUPANG - {KEL1}
TGL {tgl1}  JAM {jam1}
TERMINAL  {ref1}
NO. URUT  {kwit1}
PENARIKAN TUNAI
JUMLAH    {rpm1}
SALDO     {rpb1}
Ini struk tarik tunai, uang sonde keluar tapi saldo terpotong. Su lapor ke call center, nomor laporan {tiket1}.
""",
    ),
    T(
        "payment_notification",
        "tax",
        """
E-SAMSAT NTT - Pembayaran PKB Berhasil
Nomor Polisi   : [[pl:{pl1}]]
Nama Pemilik   : [[n:{N1}]]
Alamat         : [[a:{ADR1}]]
PKB + SWDKLLJ  : {rpm1}
Kode bayar     : {bill1}
Berlaku s.d.   : {tglp3}
Cetak e-TBPKP di gerai Samsat dengan membawa KTP asli dan STNK.
""",
    ),
    T(
        "payment_notification",
        "church_community",
        """
BSI Mobile - Transfer Berhasil
Dari      : [[n:{N1}]] / [[b:{rekbsi1}]]
Ke        : BAZNAS KOTA KUPANG / {rekx1}
Nominal   : {rpm1}
Keterangan: zakat penghasilan {bln1}
Mohon bukti setor zakat dikirim ke email saya [[e:{emp1}]], dengan NPWP muzakki [[npwp:{npwpn1}]] untuk pengurang penghasilan bruto. NPWP BAZNAS ({npwpx1}) sudah tercantum di formulir.
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
PROMO {BNK1} KANTOR CABANG KUPANG
Bunga deposito spesial 5,25% p.a. untuk penempatan minimal {rpb1} periode {tglp1} s/d {tglp3}.
Info dan pemesanan: customer service cabang {otel} atau WA Bank {owa} (resmi, centang hijau).
Waspada penipuan yang mengatasnamakan bank melalui email atau nomor pribadi.
""",
    ),
    T(
        "payment_notification",
        "employment",
        """
From: Payroll {PT1} <payroll@{ptdom1}>
To: [[e:{emp1}]]
Date: {mdate1}
Subject: Slip dan transfer gaji {bln1} {thn1}

Yth. [[n:{N1}]],
Gaji periode {bln1} {thn1} telah ditransfer ke rekening {bank1} [[b:{rek1}]] a.n. [[n:{N1}]] pada {tgl1}.
Slip gaji terlampir dengan kata sandi tanggal lahir (ddmmyyyy).
Pertanyaan ke HR: hr@{ptdom1}
""",
    ),
    T(
        "payment_notification",
        "small_business",
        """
{MKT1} Seller: Pesanan Baru!
No. pesanan : {order1}
Produk      : keripik pisang 250 g x 4
Dikirim ke  : [[n:{n1}]], [[p:{hpk1}]]
Alamat      : [[a:{adr1}]], Kel. {kel1}, Kota Kupang
Kurir       : {kurir1}
Segera kemas dan serahkan ke kurir sebelum {tglp2} {jam1}.

(sa forward ke ade yang urus pengiriman, jang salah alamat lagi)
""",
    ),
    T(
        "payment_notification",
        "banking",
        """
Tagihan PayLater bulan {bln1}
Total tagihan : {rpm1}
Jatuh tempo   : {tglp2}
Bayar lewat VA {va1} atau minimarket dengan kode {bill1}.
Denda keterlambatan {rps1} per hari.
Butuh bantuan? Chat CS di aplikasi. Jangan bagikan kode OTP {otp1} ke siapa pun.
""",
    ),
]


# ---------------------------------------------------------------- job_application
TEMPLATES += [
    T(
        "job_application",
        "employment",
        """
DAFTAR RIWAYAT HIDUP

Nama lengkap      : [[n:{n1}]]
Tempat/Tgl lahir  : Kupang, {tlahir1}
NIK               : [[nik:{nik1}]]
Jenis kelamin     : {jk1}
Agama             : {agama1}
Alamat            : [[a:{adr1}]], Kel. {kel1}, Kec. {kec1}
No. HP/WA         : [[p:{hp1}]]
Email             : [[e:{emp1}]]

Pendidikan
- SMAN 3 Kupang (No. ijazah {ijazah1})
- D3 Akuntansi Politeknik Negeri Kupang, IPK 3,41

Pengalaman kerja
- Kasir di {ud1}
- Admin keuangan di {pt1}

Referensi
- [[n:{n2}]], supervisor di {pt1}, HP [[p:{hp2}]]
""",
        Y=(1,),
    ),
    T(
        "job_application",
        "employment",
        """
Kupang, {tglp1}
Lampiran : 1 berkas
Perihal  : Lamaran pekerjaan

Kepada Yth.
HRD {PT1}
{ptjl1}
di Kupang

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama             : [[n:{n1}]]
Tempat/tgl lahir : Soe, {tlahir1}
Alamat           : [[a:{adr1}]]
No. HP           : [[p:{hp1}]]
Email            : [[e:{emp1}]]
mengajukan lamaran untuk posisi staf administrasi sesuai informasi di akun {lokerhandle1}. Sebagai bahan pertimbangan saya lampirkan CV, fotokopi ijazah, KTP dan pas foto.
Besar harapan saya dapat diterima.

Hormat saya,
[[n:{n1}]]
""",
        Y=(1,),
    ),
    T(
        "job_application",
        "employment",
        """
LOWONGAN KERJA
{PT1} membutuhkan:
1. Staf gudang (2 orang) - pria, maks. 30 tahun, SIM C
2. Admin keuangan (1 orang) - min. D3 Akuntansi, paham e-Faktur
Lamaran dikirim ke rekrutmen@{ptdom1} paling lambat {tglp1}, subjek POSISI_NAMA.
Info: WA HRD {pthp1} (chat saja, tidak menerima telepon).
Alamat kantor: {ptjl1}, Kupang. Proses rekrutmen GRATIS, tidak dipungut biaya apa pun.
""",
    ),
    T(
        "job_application",
        "schools",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: {YAY1} <{yaymail1}>
Date: {mdate1}
Subject: Lamaran guru Matematika

Dengan hormat Bapak/Ibu Pengurus {yay1},
Saya [[n:{n1}]], S.Pd., lulusan Pendidikan Matematika Undana. Bersama ini saya lampirkan CV, ijazah, transkrip, KTP, NPWP ([[npwp:{npwpn1}]]), kartu BPJS Kesehatan ([[bpjs:{bpjs1}]]) dan sertifikat PPL.
Saya bersedia ditempatkan di sekolah mana pun di bawah yayasan.

Hormat saya,
[[n:{n1}]], S.Pd.
HP [[p:{hp1}]]
""",
    ),
    T(
        "job_application",
        "employment",
        """
CURRICULUM VITAE
Name          : [[n:{n1}]]
Date of birth : {lahir1}
Address       : [[a:{adr1}]], Kupang, East Nusa Tenggara
Phone         : [[p:{hpp1}]]
Email         : [[e:{emp1}]]

Experience
Field Officer, {yay1} (child protection programme, Kupang and Rote)
Enumerator, BPS Kota Kupang (population census)
Languages: Indonesian, English (IELTS 6.5), Kupang Malay, Dawan

Reference
[[n:{n2}]], Programme Manager, {yay1}, [[e:{emcyay2}]]
""",
    ),
    T(
        "job_application",
        "employment",
        """
BURSA KERJA DISNAKER KOTA KUPANG - {hari1}
Tempat: Aula Kantor Wali Kota, Jl. S.K. Lerik No. 1
Perusahaan peserta:
- {PT1} | lowongan 12 | rekrutmen@{ptdom1} | {pttel1}
- {PT2} | lowongan 5  | {ptmail2} | {pttel2}
- {hot1} | lowongan 8 | {hotmail1} | {hottel1}
- {CV1} | lowongan 20 (tukang, pelaksana) | {cvmail1} | {cvhp1}
Pendaftaran pencari kerja: bawa kartu AK/I, CV, KTP. Info: {otel} / disnaker@kupangkota.go.id
""",
    ),
    T(
        "job_application",
        "employment",
        """
FORMULIR PENDAFTARAN TENAGA HARIAN LEPAS (THL)
{OFF1} - TAHUN {thn1}
Nama lengkap      : [[n:{N1}]]
NIK               : [[nik:{nik1}]]
No. KK            : [[kk:{kk1}]]
NPWP              : [[npwp:{npwpn1}]]
No. Rek Bank NTT  : [[b:{rekntt1}]]
Alamat            : [[a:{adr1}]]
HP                : [[p:{hp1}]]
Email             : [[e:{emp1}]]
Posisi dilamar    : operator komputer
""",
    ),
    T(
        "job_application",
        "employment",
        """
Berikut data pelamar yang disalin dari CV (PDF), mohon diteruskan ke user:
Nama: [[n:{n1}]]
Email: [[e:{emn1}]]
HP: [[p:{hpn1}]]
Posisi: sales counter
Pengalaman: 2 tahun di {ud1}
Catatan HR: kolom CV sempit, email dan nomor terpotong waktu disalin.
""",
    ),
    T(
        "job_application",
        "employment",
        """
From: Rekrutmen {pt1} <rekrutmen@{ptdom1}>
To: (daftar pelamar, bcc)
Date: {mdate1}
Subject: Hasil seleksi administrasi

Kepada Yth. Pelamar,
Terima kasih atas minat Anda bergabung dengan {pt1}. Setelah seleksi administrasi, kami belum dapat melanjutkan lamaran Anda pada periode ini. Data lamaran kami simpan 6 bulan.
Nomor pendaftaran Anda tercantum pada email sebelumnya (REG-{thn1}-{kwit1}).
Salam, Tim Rekrutmen {pt1}
Message-ID: {msgid1}
""",
    ),
    T(
        "job_application",
        "employment",
        """
Lamaran kerja sopir
Nama       : [[n:{n1}]]
Umur       : {age1} thn
Alamat     : [[a:{adr1}]]
SIM B1 umum no. {sim1}
Pengalaman : sopir truk ekspedisi 5 thn, sopir travel Kupang-Soe 3 thn
Kendaraan pribadi : pick up [[pl:{pl1}]] (bisa dipakai antar barang)
HP/WA      : [[p:{hp1}]]
Referensi  : Bapak [[n:{n2}]] (pemilik travel), [[p:{hp2}]]
""",
        M=(1,),
    ),
    T(
        "job_application",
        "employment",
        """
Selamat siang ibu, beta mau lamar kerja jaga toko di {ud1} yang pasang pengumuman di depan toko tu. Beta nama [[n:{n1}]], umur {age1}, tamat SMK Tata Niaga. Rumah di [[a:{rt1}]] Kel. {kel1}, dekat sa. Ini nomor beta [[p:{hp1}]], kalau sonde aktif bisa telpon beta pung mama, [[n:{n2}]] [[p:{hp2}]]. Terima kasih ibu.
""",
        Y=(1,),
        F=(2,),
        fam={1: 2},
    ),
    T(
        "job_application",
        "employment",
        """
RENCANA KEBUTUHAN TENAGA KERJA {thn1}
{PT1} - cabang Kupang
NPWP {ptnpwp1} | NIB {nib1}
Divisi gudang: 4 orang (kontrak 1 tahun)
Divisi keuangan: 1 orang (tetap)
Divisi penjualan: 3 orang (kontrak)
Anggaran gaji per bulan {rpb1}, BPJS Ketenagakerjaan dan Kesehatan ditanggung perusahaan.
Laporan ke Disnaker melalui wajib lapor ketenagakerjaan (WLKP) No. {ref1}.
""",
    ),
    T(
        "job_application",
        "employment",
        """
Pesan LinkedIn (disalin)
[[n:{n1}]] · Talent Acquisition di {pt1}
Halo [[n:{g2}]], profil Anda cocok untuk posisi Tax Officer di kantor Kupang. Kalau berminat, kirim CV ke email kerja saya [[e:{emcpt1}]] (jangan ke info@{ptdom1}, itu jarang dibuka).
[[n:{n2}]]: Terima kasih Ibu, CV sudah saya kirim dari [[e:{emp2}]].
""",
        F=(1,),
    ),
    T(
        "job_application",
        "schools",
        """
Nomor : {kwit1}/SMK/PKL/{thn1}
Hal   : Permohonan tempat Praktik Kerja Lapangan

Kepada Yth. Pimpinan {PT1}
di Kupang

Dengan hormat, kami mengajukan siswa berikut untuk PKL di perusahaan Bapak/Ibu selama 3 bulan:
1. [[n:{n1}]] - NISN {nisn1}
2. [[n:{n2}]] - NISN {nisn2}
Guru pembimbing: [[n:{n3}]], S.Pd., HP [[p:{hp3}]]
Surat balasan dapat dikirim ke email sekolah {smkmail1}.

Kepala {smk1},
[[n:{n4}]]
""",
    ),
    T(
        "job_application",
        "employment",
        """
PEMERIKSAAN KESEHATAN CALON KARYAWAN
Peserta rekrutmen {pt1} diperiksa di Klinik Pratama Sehat Bersama, {jlno1}, Kupang.
Jadwal: {hari1} dan {hari2}, 07.30-11.00 WITA, puasa 8 jam.
Biaya Rp 275.000 ditanggung perusahaan; bawa surat pengantar bernomor (KRY-{thn1}-{kwit1}).
Konfirmasi ke klinik {otel} atau WA admin klinik {owa}.
Hasil dikirim langsung ke hr@{ptdom1}.
""",
    ),
    T(
        "job_application",
        "church_community",
        """
DAFTAR RIWAYAT HIDUP - CALON TENAGA ADMINISTRASI
{GRJ1}
Nama                 : [[n:{n1}]]
NIK                  : [[nik:{nik1}]]
NPWP                 : [[npwp:{npwpd1}]]
No. kartu JKN-KIS    : [[bpjs:{bpjs1}]]
No. BPJS Ketenagakerjaan : {bpjstk1}
Rekening             : {bank1} [[b:{rek1}]]
Alamat               : [[a:{adr1}]]
Email                : [[e:{em1}]]
Rekomendasi          : Pnt. [[n:{n2}]] (Ketua Rayon 3)
""",
    ),
    T(
        "job_application",
        "employment",
        """
SURAT KETERANGAN KERJA
Yang bertanda tangan di bawah ini, pemilik {ud1}, menerangkan bahwa:
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
Alamat : [[a:{adr1}]]
telah bekerja sebagai pramuniaga di toko kami selama 3 tahun dengan baik dan jujur, dan berhenti atas permintaan sendiri.

Kupang, {tglp1}
Pemilik,
[[n:{n2}]]
{ud1}, {udjl1}, telp {udtel1}
""",
    ),
    T(
        "job_application",
        "employment",
        """
INFO KARTU AK/I (KARTU KUNING) - DISNAKER KOTA KUPANG
Syarat: fotokopi KTP dan ijazah terakhir, pas foto 3x4 dua lembar, email aktif.
Pendaftaran online: karirhub.kemnaker.go.id, kemudian verifikasi di loket 3 Mal Pelayanan Publik, Jl. Frans Seda.
Layanan gratis, selesai hari itu juga. Pengaduan pungutan: {otel} atau disnaker@kupangkota.go.id
Jam layanan Senin-Jumat 08.00-14.30 WITA. Antrean hari ini nomor {kwit1}.
""",
    ),
    T(
        "job_application",
        "employment",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: karier@{ptdom1}
Date: {mdate1}
Subject: Lamaran Junior Web Developer

Halo tim HR {pt1},
Saya [[n:{n1}]], lulusan Ilmu Komputer Undana. Proyek yang pernah saya kerjakan:
- Sistem antrean puskesmas: git@github.com:kupang-dev/sistem-antrian.git
- Demo (login tamu): https://demo:demo123@staging.{ptdom1}/antrian
CV terlampir. HP/WA [[p:{hp1}]].
Terima kasih.
""",
        Y=(1,),
    ),
    T(
        "job_application",
        "employment",
        """
Selamat sore grup Loker Kupang 🙏
Sa [[n:{n1}]], umur {age1} thn, cari kerja admin / kasir / jaga toko. Tamat SMA, bisa komputer (Word, Excel). Siap kerja shift.
Yang butuh bisa hubungi WA [[p:{hp1}]] atau email [[e:{emx1}]]. Tuhan berkati 🙏
""",
        Y=(1,),
    ),
    T(
        "job_application",
        "employment",
        """
DOKUMEN YANG WAJIB DISERAHKAN KARYAWAN BARU
1. Fotokopi KTP dan KK
2. NPWP pribadi (jika belum punya, cukup NIK; contoh format NPWP lama 09.876.543.2-920.000)
3. Buku rekening Bank NTT atas nama sendiri
4. Email pribadi yang aktif, contoh {ex1}
5. Kartu BPJS Kesehatan (jika sudah terdaftar)
Serahkan ke bagian HR {pt1}, lantai 2, {ptjl1}. Pertanyaan: hr@{ptdom1} / ext. 201 ({pttel1}).
""",
    ),
    T(
        "job_application",
        "employment",
        """
FORMULIR CALON PEKERJA MIGRAN INDONESIA
Nama CPMI      : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
No. Paspor     : {paspor1}
Negara tujuan  : Malaysia (perkebunan sawit)
P3MI           : {PTPMI1}
Alamat         : [[a:{adr1}]]
HP             : [[p:{hp1}]]
Email          : [[e:{emp1}]]
Keluarga yang dapat dihubungi : [[n:{n2}]] (istri), HP [[p:{hp2}]]
Diverifikasi petugas BP3MI NTT: [[n:{n3}]]
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "job_application",
        "schools",
        """
FORMULIR LAMARAN GURU HONORER - {SEK1}
Nama lengkap    : [[n:{n1}]]
NUPTK           : {nuptk1}
NIK             : [[nik:{nik1}]]
NPWP            : [[npwp:{npwpn1}]]
Email belajar.id : [[e:{emu1}]]
HP              : [[p:{hp1}]]
Mapel           : Bahasa Indonesia
Bersedia mengajar 24 jam per minggu dengan honor dari dana BOS.
""",
    ),
    T(
        "job_application",
        "employment",
        """
LAPORAN PKL - STRUKTUR ORGANISASI {PT1}
Direksi            : direksi@{ptdom1}
Keuangan dan pajak : finance@{ptdom1}
Gudang             : gudang@{ptdom1}
SDM                : hr@{ptdom1}
Telepon kantor {pttel1}, faks {otel}
NPWP perusahaan {ptnpwp1}, NIB {nib1}
""",
    ),
]


# ---------------------------------------------------------------- letterhead_signature
TEMPLATES += [
    T(
        "letterhead_signature",
        "trade_services",
        """
{PT1}
{PTJL1}, Kupang 85111 | Telp. {pttel1} | {ptmail1} | www.{ptdom1}
NPWP {ptnpwp1} | NIB {nib1}
________________________________________________

Nomor : {kwit1}/ADM/{thn1}
Hal   : Pemberitahuan perubahan alamat kantor

Kepada Yth. Kepala {OFF1}
di Kupang

Dengan hormat, bersama ini kami beritahukan bahwa mulai {tglp1} kantor kami pindah ke {jlno1}, Kupang. Nomor telepon, email dan rekening perusahaan tidak berubah.

Hormat kami,
Manajemen {PT1}
""",
    ),
    T(
        "letterhead_signature",
        "church_community",
        """
GEREJA MASEHI INJILI DI TIMOR (GMIT)
MAJELIS JEMAAT
{GRJ1}
Sekretariat: {grjjl1}, Kupang | Telp {grjtel1} | {grjmail1}
NPWP {grjnpwp1}

SURAT KETERANGAN ANGGOTA JEMAAT
No. {kwit1}/MJ/{thn1}
Majelis Jemaat menerangkan bahwa:
Nama   : [[n:{n1}]]
Alamat : [[a:{adr1}]]
Rayon  : {rayon1}
adalah anggota jemaat yang aktif dan berkelakuan baik. Surat ini diberikan untuk keperluan melamar pekerjaan.

Ketua Majelis Jemaat,         Sekretaris,
Pdt. [[n:{n2}]], S.Th.        [[n:{n3}]]
""",
    ),
    T(
        "letterhead_signature",
        "schools",
        """
PEMERINTAH KOTA KUPANG
DINAS PENDIDIKAN DAN KEBUDAYAAN
{SEK1}
NPSN {npsn1} | {sekjl1}, Kupang | Telp. {sektel1} | Email {sekmail1}

SURAT KETERANGAN AKTIF BELAJAR
Nomor: 421/{kwit1}/{thn1}
Kepala {sek1} menerangkan bahwa:
Nama siswa      : [[n:{n1}]]
NISN            : {nisn1}
Kelas           : VIII
Nama orang tua  : [[n:{n2}]]
adalah benar siswa aktif pada tahun pelajaran {thnl1}/{thn1}. Surat ini dibuat untuk keperluan pengurusan PIP.

Kepala Sekolah,
[[n:{n3}]]
NIP {nip1}
""",
        fam={1: 2},
    ),
    T(
        "letterhead_signature",
        "village_admin",
        """
PEMERINTAH KABUPATEN KUPANG
KECAMATAN KUPANG TENGAH
{VIL1}
Email {vilmail1}

SURAT KETERANGAN DOMISILI USAHA
Nomor: {suratdesa1}
Kepala {vil1} menerangkan bahwa:
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
Alamat : [[a:{rt1}]], Dusun I, {vil1}
Usaha  : kios sembako dan pulsa, dijalankan di rumah sendiri (alamat sama)

Kepala {vil1},
[[n:{n2}]]
""",
    ),
    T(
        "letterhead_signature",
        "church_community",
        """
{YAY1}
Akta Notaris No. {num1} Tahun 2011 | SK Kemenkumham AHU-{ref1}.AH.01.04.Tahun {thnl1}
Sekretariat: {yayjl1}, Kupang | Telp {yaytel1} | {yaymail1}
NPWP {yaynpwp1} | Rek. {yaybank1} {yayrek1} a.n. {YAY1}

Nomor : {kwit1}/YYS/{thn1}
Hal   : Permohonan dukungan dana kegiatan

Kepada Yth. Pimpinan {PT1}
di Kupang

Yayasan akan menyelenggarakan pelatihan keterampilan bagi 60 remaja putus sekolah dengan total biaya {rpd1}. Bantuan Bapak/Ibu dapat disalurkan ke rekening yayasan di atas.

Hormat kami,
Pengurus {YAY1}
""",
    ),
    T(
        "letterhead_signature",
        "procurement",
        """
Terima kasih atas konfirmasinya. Dokumen asli akan kami kirim lewat kurir besok pagi.

Salam,
[[n:{n1}]]
Staf Administrasi Proyek
{PT1}
{ptjl1}, Kupang
HP/WA: [[p:{hp1}]] | Kantor: {pttel1}
Email: [[e:{emcpt1}]] | {ptrole1}
www.{ptdom1}
""",
    ),
    T(
        "letterhead_signature",
        "trade_services",
        """
Baik kak, desain undangan sudah kami kirim ulang ke email. Silakan dicek, kalau ada revisi balas saja.

--
[[n:{n1}]]
Owner, {cet1}
HP/WA pribadi: [[p:{hp1}]]
Order & info: {cethp1} (admin)
{cetjl1}, Kupang
IG @{cetstem1}
""",
    ),
    T(
        "letterhead_signature",
        "schools",
        """
KOMITE {SEK1}
Sekretariat: {sekjl1}, Kupang | Email: komite.{sekstem1}@gmail.com
NPWP Komite {npwpx1}
Rekening Komite: {bnk1} {rekx1}

PEMBERITAHUAN
Kepada Yth. Bapak/Ibu orang tua/wali siswa
Sesuai hasil rapat pleno komite tanggal {tglp1}, sumbangan sukarela untuk pembangunan toilet siswa sebesar {rpm1} per siswa, dapat diangsur 3 kali. Kwitansi resmi dikeluarkan bendahara komite.

Komite Sekolah
""",
    ),
    T(
        "letterhead_signature",
        "village_admin",
        """
{BUM1}
Badan Usaha Milik Desa
NPWP {bumnpwp1} | {bummail1} | WA layanan {bumhp1}

Nomor : {kwit1}/BUMDes/{thn1}
Hal   : Tunggakan iuran air bersih

Kepada Yth.
Bapak [[n:{n1}]]
[[a:{rt1}]], Dusun II
di tempat

Berdasarkan catatan kami, iuran air bersih Bapak belum dibayar 4 bulan (total {rpm1}). Mohon dilunasi paling lambat {tglp2} di kantor BUMDes.

Direktur BUMDes,
[[n:{n2}]]
""",
    ),
    T(
        "letterhead_signature",
        "church_community",
        """
TAKMIR {MASJID1}
Sekretariat: {jlno1}, Kupang | Email {masjidmail1}
NPWP Masjid {npwpx1}

Nomor : {kwit1}/TKM/{thn1}
Hal   : Undangan buka puasa bersama

Kepada Yth. Bapak/Ibu jamaah dan warga sekitar
Kami mengundang Bapak/Ibu pada buka puasa bersama, {hari1}, pukul 17.45 WITA di halaman masjid.
Narahubung: Sdr. [[n:{n1}]] ([[p:{hp1}]])

Ketua Takmir,          Sekretaris,
H. [[n:{n2}]]          [[n:{n3}]]
""",
        orig={1: "bugis", 2: "buton", 3: "jawa"},
        M=(2,),
    ),
    T(
        "letterhead_signature",
        "trade_services",
        """
{HOT1}
{hotjl1}, Kupang | Reservasi {hottel1} | WA {hothp1} | {hotmail1}
NPWP {hotnpwp1}

KONFIRMASI RESERVASI No. RSV-{thn1}-{kwit1}
Kepada : {PT1} (u.p. Bagian Umum)
Kamar deluxe 6 unit, {tglp1} s/d {tglp2}, tarif korporat {rpm1}/malam
Pembayaran transfer ke {hotbank1} {hotrek1} a.n. {HOT1} atau kartu kredit perusahaan.

Front Office {hot1}
""",
    ),
    T(
        "letterhead_signature",
        "tax",
        """
KKP FLOBAMORA TAX & ACCOUNTING
Izin Kantor Konsultan Pajak No. KEP-{kwit1}/IP.B/PJ/2021
{jlno1}, Kupang | {otel} | admin@flobamoratax.co.id

Kupang, {tglp1}
Kepada Yth.
Ibu [[n:{n1}]]
[[a:{adr1}]]
NPWP [[npwp:{npwpd1}]]

Perihal: Hasil review SPT Tahunan {thnl1}
Dengan hormat, setelah kami periksa, SPT Ibu kurang bayar {rpm1} karena penghasilan sewa kios belum dilaporkan. Kode billing telah kami buatkan: {bill1}.

Hormat kami,
[[n:{n2}]], S.E., BKP
Partner
""",
    ),
    T(
        "letterhead_signature",
        "schools",
        """
{YAY1}
TAMAN KANAK-KANAK TUNAS CENDANA
NPSN {npsn1} | {yayjl1}, Kupang | Telp {yaytel1}

SURAT TAGIHAN
Kepada Yth. Orang tua/wali ananda [[n:{n1}]] (Kelompok B)
Bapak [[n:{n2}]]
Uang sekolah bulan {bln1} dan {bln2} belum dibayar: {rpm1}. Pembayaran ke rekening yayasan {yaybank1} {yayrek1} a.n. {YAY1}, bukti transfer diserahkan ke guru kelas.

Kepala TK,
[[n:{n3}]]
""",
        fam={1: 2},
    ),
    T(
        "letterhead_signature",
        "village_admin",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC1}
KELURAHAN {KEL1}
{jlno1}, Kupang | Telp {otel} | kel.{kelstem1}@kupangkota.go.id

PENGUMUMAN
Pembagian SPPT PBB-P2 tahun {thn1} dilaksanakan per RT:
- {hari1}: RT 01 s/d RT 08
- {hari2}: RT 09 s/d RT 16
Bertempat di kantor kelurahan pukul 08.00-12.00 WITA. Wajib pajak membawa SPPT tahun lalu. Pembayaran di Bank NTT atau QRIS Bapenda.

Lurah {kel1}
""",
    ),
    T(
        "letterhead_signature",
        "trade_services",
        """
Bapak/Ibu, terlampir penawaran harga sesuai permintaan Bapak/Ibu minggu lalu. Harga berlaku 14 hari, sudah termasuk PPN.

Salam,
[[n:{n1}]] (Marketing)
{PT1}
Telp kantor {pttel1} | HP [[p:{hp1}]]
[[e:{emcpt1}]]
""",
    ),
    T(
        "letterhead_signature",
        "church_community",
        """
WARTA JEMAAT {GRJ1} - Minggu, {tglp1}

PERSEMBAHAN SYUKUR
- dari Kel. [[n:{f1}]] (HUT perkawinan ke-30)
- dari Kel. [[n:{f2}]] (kelahiran anak)
- kolekte gabungan Rayon {rayon1} dari Kel. {kel1}
Persembahan dapat juga ditransfer ke rekening Majelis Jemaat {grjbank1} {grjrek1}.
Pelayan Firman minggu depan: Pdt. [[n:{n3}]]
Sekretariat: {grjtel1} | {grjmail1}
""",
    ),
    T(
        "letterhead_signature",
        "employment",
        """
MEMO INTERNAL
{PT1}
Dari      : Manajer SDM
Kepada    : Seluruh karyawan cabang Kupang
Tembusan  : Direksi
Tanggal   : {tglp1}
Perihal   : Pemutakhiran NPWP 16 digit

Seluruh karyawan wajib memastikan NPWP sudah dipadankan dengan NIK paling lambat {tglp2}. Bukti potong PPh 21 akan diterbitkan atas NPWP 16 digit. Pertanyaan ke hr@{ptdom1} atau ext. 201 ({pttel1}).
NPWP perusahaan sebagai pemotong: {ptnpwpz1}
""",
    ),
    T(
        "letterhead_signature",
        "small_business",
        """
{KOP1}
Badan Hukum No. AHU-{ref1} | NPWP {kopnpwp1}
Kantor: {kopjl1}, Kupang | Telp {koptel1} | {kopmail1}

Nomor : {kwit1}/KSP/{thn1}
Hal   : Pemberitahuan tunggakan pinjaman

Kepada Yth.
Sdr. [[n:{n1}]]
Anggota No. {kwit2}
[[a:{adr1}]]

Pinjaman No. PJ-{ref2} menunggak 3 bulan, total {rpb1}. Mohon diselesaikan paling lambat {tglp2} di kantor atau transfer ke rekening koperasi {kopbank1} {koprek1}.

Ketua,                 Bendahara,
[[n:{n2}]]             [[n:{n3}]]
""",
    ),
    T(
        "letterhead_signature",
        "schools",
        """
UNIVERSITAS NUSA CENDANA
FAKULTAS EKONOMI DAN BISNIS - PROGRAM STUDI AKUNTANSI
Jl. Adisucipto, Penfui, Kupang | Telp. {otel} | prodi.akuntansi@undana.ac.id

SURAT REKOMENDASI
Saya yang bertanda tangan di bawah ini, [[n:{n1}]], dosen Program Studi Akuntansi (email [[e:{emv1}]]), merekomendasikan [[n:{n2}]] (NIM {nim1}) untuk mengikuti program magang di KPP Pratama Kupang. Yang bersangkutan aktif di Tax Center Undana dan pernah menjadi relawan pajak.

Kupang, {tglp1}
[[n:{n1}]], S.E., M.Ak.
""",
    ),
    T(
        "letterhead_signature",
        "trade_services",
        """
{CET1}
Digital printing - offset - sablon kaos
{cetjl1}, Kupang | WA order {cethp1} | {cetmail1}
NPWP {cetnpwp1}

DAFTAR HARGA {BLN1} {thn1}
{itemsp1}
Harga belum termasuk desain. Pembayaran tunai, QRIS atau transfer ke {cetbank1} {cetrek1}.
""",
    ),
    T(
        "letterhead_signature",
        "village_admin",
        """
RUKUN TETANGGA {rtn1} / RUKUN WARGA {rwn1}
KELURAHAN {KEL1} - KECAMATAN {KEC1}

SURAT PENGANTAR
Nomor: {kwit1}/RT/{thn1}
Ketua RT {rtn1}/RW {rwn1} Kelurahan {kel1} menerangkan bahwa:
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
Alamat : [[a:{ad1}, RT {rtn1}/RW {rwn1}]]
adalah benar warga kami dan bermaksud mengurus NIB untuk usaha las di rumahnya.

Kupang, {tglp1}
Ketua RT {rtn1},
[[n:{n2}]]
HP [[p:{hp2}]]
""",
    ),
    T(
        "letterhead_signature",
        "church_community",
        """
MAJELIS SINODE GEREJA MASEHI INJILI DI TIMOR
{jlno1}, Kupang | Telp {otel} | sekretariat@sinodegmit.or.id

SURAT EDARAN
Nomor: {kwit1}/MS-GMIT/{thn1}
Kepada Yth. Majelis Jemaat se-Klasis Kota Kupang
Perihal: Pelaporan pajak honor pelayan dan NPWP jemaat

1. Setiap jemaat memakai NPWP Majelis Jemaat sendiri sebagai pemotong PPh 21 honor.
2. NPWP sinode ({npwpx1}) tidak boleh dipakai jemaat.
3. Laporan dikirim ke bendahara@sinodegmit.or.id paling lambat {tglp1}.

Majelis Sinode GMIT
""",
    ),
    T(
        "letterhead_signature",
        "procurement",
        """
> Mohon faktur pajak dikirim ulang, NPWP kami sudah 16 digit.

--
[[n:{n1}]]
Finance & Tax | {pt1}
M: [[p:{hpp1}]] | T: {pttel1}
E: [[e:{emcpt1}]]
{ptjl1}, Kupang - Indonesia

DISCLAIMER: Email ini dan lampirannya bersifat rahasia dan hanya untuk penerima yang dituju. Jika Anda bukan penerima yang dimaksud, hapus email ini dan beri tahu kami di {ptrole1}.
""",
    ),
    T(
        "letterhead_signature",
        "village_admin",
        """
TIM PENGGERAK PKK KELURAHAN {KEL1}
Sekretariat: Kantor Lurah {kel1}, {jlno1} | pkk.{kelstem1}@gmail.com
Rekening PKK: {bnk1} {rekx1}

PEMBERITAHUAN
Lomba masak olahan pangan lokal tingkat kelurahan, {hari1}. Pendaftaran per dasawisma paling lambat {tglp1}, biaya {rps1}. Hadiah juara 1 {rpm1}.

Ketua TP PKK Kelurahan
""",
    ),
]


# ---------------------------------------------------------------- scam_mailbox
TEMPLATES += [
    T(
        "scam_mailbox",
        "tax",
        """
Kepada Yth. KPP Pratama Kupang

Saya [[n:{n1}]] mau melaporkan email yang saya terima tanggal {tgl1} dari alamat {scamtax1} dengan nama pengirim "KPP Pratama Kupang". Isinya meminta saya memperbarui data NPWP lewat tautan coretax-djp-update.com dan mengisi nomor rekening serta foto KTP. Email itu dikirim ke alamat saya [[e:{emp1}]].
Apakah benar itu dari KPP? Saya belum isi apa-apa. NPWP saya [[npwp:{npwpn1}]].

Terima kasih,
[[n:{n1}]] / [[p:{hp1}]]
""",
    ),
    T(
        "scam_mailbox",
        "tax",
        """
WASPADA EMAIL PALSU MENGATASNAMAKAN BAPENDA KOTA KUPANG
Beredar email dari bapenda.kupangkota@gmail.com dan pajakdaerah.kupang@yahoo.com yang meminta wajib pajak membayar tunggakan PBB ke rekening pribadi.
Email resmi Bapenda hanya bapenda@kupangkota.go.id. Pembayaran PBB hanya melalui Bank NTT, kantor pos dan kanal resmi dengan kode bayar sesuai NOP (contoh NOP {nop1}).
Pengaduan: {otel} / WA Bapenda {owa}
""",
    ),
    T(
        "scam_mailbox",
        "procurement",
        """
Kepada Yth. UKPBJ Kota Kupang
Perihal: Laporan email penipuan verifikasi akun penyedia

Kami {CV1} (NPWP {cvnpwp1}) menerima email dari "LPSE Kota Kupang" <{scamlpse1}> yang meminta biaya verifikasi ulang akun SPSE sebesar {rpm1}, ditransfer ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]. Email itu masuk ke email perusahaan {cvmail1} dan ke email pribadi direktur [[e:{emp1}]].
Mohon konfirmasi apakah benar ada biaya tersebut.

Hormat kami,
[[n:{n1}]]
Direktur, HP [[p:{hp1}]]
""",
    ),
    T(
        "scam_mailbox",
        "employment",
        """
Sa mau lapor. Anak sa [[n:{n2}]] dapat email dari "HRD {PT1}" <{scamjob1}> bilang dia lolos seleksi dan harus bayar biaya pelatihan dan seragam {rpm1} ke rekening {bank3} [[b:{rek3}]] a.n. [[n:{n3}]]. Su transfer. Ternyata {pt1} bilang dong sonde pernah buka lowongan, email resmi dong cuma rekrutmen@{ptdom1}.
Email anak sa yang dipakai daftar: [[e:{emp2}]]. Nomor sa [[p:{hp1}]].
- [[n:{n1}]]
""",
        fam={2: 1},
    ),
    T(
        "scam_mailbox",
        "banking",
        """
INFO KEAMANAN BANK NTT
Bank NTT tidak pernah mengirim email dari alamat gmail, yahoo atau outlook. Contoh email palsu yang dilaporkan nasabah: banknttcare@gmail.com, notifikasi.bankntt@outlook.com, halo-bankntt.co.id@mail.ru.
Email resmi berakhiran @bankntt.co.id. Jangan klik tautan yang meminta PIN, OTP atau nomor kartu.
Laporkan ke layanan nasabah {otel} atau WA resmi {owa} (centang hijau). Kode laporan mengikuti format SEC-{thn1}-{kwit1}.
""",
    ),
    T(
        "scam_mailbox",
        "small_business",
        """
Selamat siang Diskop. Sa pelaku usaha {um1}. Kemarin sa dapat email dari {scamhalal1} judulnya "Program Sertifikat Halal Gratis {thn1}". Katanya gratis tapi harus bayar biaya administrasi {rpm1} ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]. Sa sonde bayar. Ini resmi ko sonde?
Sa [[n:{n1}]], WA [[p:{hp1}]], email [[e:{emp1}]].
""",
    ),
    T(
        "scam_mailbox",
        "church_community",
        """
Syalom Bapak/Ibu Majelis. Mau lapor: beberapa anggota jemaat dapat email dari [[e:pdt.{slug2}.gmit@gmail.com]], mengaku Pdt. [[n:{n2}]], minta sumbangan mendesak untuk pembangunan pastori ke rekening {bank3} [[b:{rek3}]] a.n. [[n:{n3}]]. Pendeta kami sonde pernah pakai email itu; email beliau yang benar [[e:{emp2}]]. Mohon diumumkan di warta.
[[n:{n1}]], bendahara rayon {rayon1}, [[p:{hp1}]]
""",
    ),
    T(
        "scam_mailbox",
        "tax",
        """
Sampel email phishing yang diterima pegawai (untuk bahan sosialisasi, data penerima dihapus):
From: Direktorat Jenderal Pajak <notifikasi@djp-coretax.info>
Reply-To: {scamtax1}
Subject: [PENTING] NPWP Anda akan dinonaktifkan
Yth. Wajib Pajak,
Sistem kami mendeteksi NPWP Anda belum divalidasi. Klik https://djp-coretax.info/validasi?id={ref1} dalam 1x24 jam. Siapkan NIK, NPWP dan nomor rekening.
Message-ID: {msgid1}
Ciri-ciri: domain bukan pajak.go.id, Reply-To ke gmail, ancaman waktu.
""",
    ),
    T(
        "scam_mailbox",
        "procurement",
        """
Saya [[n:{n1}]] mau melapor. Saya dapat email dari "Sekretariat Daerah Kota Kupang" <undangan@kupangkota-go.id> (pakai tanda strip, bukan titik) yang menawarkan proyek penunjukan langsung asal bayar "fee administrasi". Karena percaya, saya transfer {rpb1} ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]. Setelah itu email tidak dibalas lagi.
Email saya [[e:{emp1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "scam_mailbox",
        "scam_fraud",
        """
Sa mau adukan pinjol {pinjol1}. Sa pinjam {rpm1}, sekarang ditagih {rpb1}. Email tagihan datang dari {pinjolmail1} dan su dikirim juga ke kontak-kontak sa. Penagih mengaku namanya [[n:{n2}]], telpon dari [[p:{hp2}]] tiap pagi jam 6.
Sa [[n:{n1}]], email sa [[e:{emp1}]].
""",
    ),
    T(
        "scam_mailbox",
        "scam_fraud",
        """
REKAP LAPORAN EMAIL PHISHING - DISKOMINFO KOTA KUPANG ({bln1} {thn1})
No | Alamat email | Mengaku sebagai | Tgl lapor | Jumlah pelapor
1 | {scamtax1} | KPP Pratama Kupang | {tgl1} | {num1}
2 | {scamlpse1} | LPSE Kota Kupang | {tgl2} | {num2}
3 | {scamhalal1} | BPJPH Kemenag | {tgl3} | {num3}
4 | bantuan.kemensos.kupang@gmail.com | Kemensos | {tgl4} | {num4}
Laporan baru: aduan.siber@kupangkota.go.id
""",
    ),
    T(
        "scam_mailbox",
        "procurement",
        """
Kepada Yth. Kapolresta Kupang Kota cq. Unit Siber

Saya [[n:{n1}]], staf keuangan {pt1}. Tanggal {tgl1} kami menerima invoice pemasok {CV1} dari alamat finance@{cvstem1}-invoice.com. Invoice itu mencantumkan rekening baru {bank2} [[b:{rek2}]] a.n. [[n:{n2}]], bukan rekening perusahaan {cvbank1} {cvrek1}. Kami transfer {rpb1}. Ternyata email asli mereka {cvrole1} tidak pernah mengirim invoice itu.
Kontak saya: [[e:{emcpt1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "scam_mailbox",
        "schools",
        """
Selamat pagi, saya mahasiswa, [[n:{n1}]]. Saya dapat email dari {scambea1} berjudul "Beasiswa Pemkot Kupang {thn1}", diminta kirim NIK, foto KTP dan KK, lalu transfer biaya verifikasi {rps1}. Saya sudah kirim NIK saya [[nik:{nik1}]] tapi belum transfer. Apakah ini resmi?
Email saya [[e:{emp1}]], HP [[p:{hp1}]]. Orang tua saya, [[n:{n2}]], juga ditelpon dari nomor {scam} yang mengaku petugas beasiswa.
""",
        Y=(1,),
        fam={1: 2},
    ),
    T(
        "scam_mailbox",
        "scam_fraud",
        """
UNIT SIBER SATRESKRIM POLRESTA KUPANG KOTA
Modus penipuan lewat email yang dilaporkan bulan {bln1}: undangan tender palsu, lowongan kerja berbayar, restitusi pajak palsu.
Alamat yang dipakai pelaku antara lain {scamlpse1}, {scamjob1} dan {scamtax1}.
Laporkan ke SPKT atau email siber.polrestakupang@gmail.com, WA pengaduan {owa}, call center 110.
""",
    ),
    T(
        "scam_mailbox",
        "scam_fraud",
        """
Mohon maaf kepada teman-teman dan keluarga. Email saya [[e:{emp1}]] diretas sejak kemarin. Pelaku kirim pesan ke semua kontak minta pinjam uang {rpm1} untuk "biaya rumah sakit" ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]. Itu BUKAN saya. Jangan transfer. Kalau ragu, telpon saya langsung [[p:{hp1}]].
- [[n:{n1}]]
""",
    ),
    T(
        "scam_mailbox",
        "employment",
        """
Sa dapat email dari {scambpjs1} tentang pencairan JHT online, diminta isi NIK, nomor BPJS Ketenagakerjaan dan rekening. Sa su isi: NIK [[nik:{nik1}]], no KPJ {bpjstk1}, rek {bank1} [[b:{rek1}]]. Sekarang sa takut. Apa ini BPJS asli?
Sa [[n:{n1}]], email [[e:{emp1}]].
""",
    ),
    T(
        "scam_mailbox",
        "banking",
        """
Bank NTT mengingatkan: akun resmi hanya @bankntt_official (Instagram) dan email berakhiran @bankntt.co.id.
Akun palsu yang dilaporkan: @bankntt.care, @cs_bankntt, email banknttcare@gmail.com.
Jangan pernah memberikan OTP. Layanan nasabah {otel}, nomor laporan terakhir SEC-{thn1}-{kwit1}.
""",
    ),
    T(
        "scam_mailbox",
        "tax",
        """
Yth. Kring Pajak. Saya terima email "Pemberitahuan Restitusi" dari {scamtax1}: "Anda berhak atas pengembalian pajak Rp 9.450.000. Kirim data ke email ini." Saya sudah balas dengan NPWP saya [[npwp:{npwpd1}]] dan nomor rekening [[b:{rek1}]] ({bank1}) sebelum sadar itu palsu. Apa yang harus saya lakukan?
[[n:{n1}]], [[e:{emp1}]]
""",
    ),
    T(
        "scam_mailbox",
        "trade_services",
        """
Ada email "{MKT1} Care" <{scammkt1}> bilang pesanan sa {order1} gagal dan dana dikembalikan kalau sa konfirmasi alamat dan kode OTP. Email itu sebut nama dan alamat sa lengkap: [[n:{n1}]], [[a:{adr1}]]. Berarti data pembeli bocor dari penjual? Sa sonde kasi OTP.
Sa pung nomor [[p:{hp1}]].
""",
    ),
    T(
        "scam_mailbox",
        "employment",
        """
PENGUMUMAN {PT1}
{PT1} tidak pernah memungut biaya apa pun dalam proses rekrutmen. Email resmi rekrutmen hanya rekrutmen@{ptdom1}.
Abaikan email dari {scamjob1} atau alamat gmail lain yang mengatasnamakan perusahaan.
Konfirmasi lowongan: {pttel1} (jam kerja). Laporan dapat dikirim ke legal@{ptdom1}.
""",
    ),
    T(
        "scam_mailbox",
        "schools",
        """
Bapak/Ibu TU {sek1}, beberapa orang tua dapat email dari kepsek.{sekstem1}@gmail.com yang minta uang buku paket {rpm1} ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]. Kepala sekolah bilang itu bukan email beliau. Sa orang tua dari [[n:{n3}]] kelas IX, nama sa [[n:{n1}]], HP [[p:{hp1}]].
""",
        fam={3: 1},
    ),
    T(
        "scam_mailbox",
        "banking",
        """
Laporan dari lansia: Bapak [[n:{n1}]] (pensiunan guru, NIK [[nik:{nik1}]]) menerima email dari "TASPEN Kupang" <taspen.kupang.otentikasi@gmail.com> yang meminta otentikasi ulang dengan mengirim foto KTP, buku rekening Bank NTT [[b:{rekntt1}]] dan nomor HP. Anaknya, [[n:{n2}]] ([[p:{hp2}]]), yang membantu melapor ke kami.
""",
        E=(1,),
        fam={2: 1},
    ),
    T(
        "scam_mailbox",
        "scam_fraud",
        """
OMBUDSMAN RI PERWAKILAN NTT
Layanan pengaduan tidak dipungut biaya. Kanal resmi: datang langsung ke {jlno1}, Kupang; email pengaduan.ntt@ombudsman.go.id; WA {owa}; telp {otel}.
Hati-hati terhadap email yang mengatasnamakan Ombudsman dari alamat ombudsman.ntt.pengaduan@gmail.com. Nomor registrasi laporan resmi berformat {suratori1}.
""",
    ),
    T(
        "scam_mailbox",
        "tax",
        """
From: KPP Pratama Kupang <kpp.pratama.kupang@pajak.go.id>
Reply-To: {scamtax1}
To: [[e:{emp1}]]
Subject: Konfirmasi data Wajib Pajak

Yth. [[n:{n1}]], mohon balas email ini dengan foto KTP dan kartu NPWP untuk pemadanan data.
----
Catatan pelapor: pengirim kelihatan asli, tapi kalau klik balas, alamat tujuan berubah jadi gmail. Saya tidak balas. Mohon diteruskan ke tim TI.
""",
    ),
]


# ---------------------------------------------------------------- web_form
TEMPLATES += [
    T(
        "web_form",
        "tax",
        """
FORMULIR PENDAFTARAN WAJIB PAJAK - CORETAX
Jenis Wajib Pajak  : Orang Pribadi
Kategori           : pengusaha / pekerja bebas
NIK                : [[nik:{nik1}]]
Nama sesuai KTP    : [[n:{N1}]]
Tempat/Tgl lahir   : Kupang / {lahir1}
Alamat             : [[a:{adr1}]], Kel. {kel1}, Kec. {kec1}
Email *            : [[e:{emp1}]]
Konfirmasi email * : [[e:{emp1}]]
Nomor HP *         : [[p:{hpj1}]]
[x] Saya menyatakan data yang diisi benar
[Kirim]
""",
    ),
    T(
        "web_form",
        "small_business",
        """
Form Kontak - diskopukm.kupangkota.go.id
Nama instansi/usaha : {CV1}
Email               : {cvmail1}
Telepon             : {cvtel1}
Kategori            : kemitraan
Pesan               : Kami menawarkan jasa pelatihan pembukuan digital untuk koperasi binaan. Profil perusahaan kami kirim ke email dinas. NPWP perusahaan {cvnpwp1}.
Dikirim {tgl1} {jam1}
Tiket {tiket1}
""",
    ),
    T(
        "web_form",
        "trade_services",
        """
LAPOR! - Sampaikan Laporan Anda
Klasifikasi      : Pengaduan
Judul            : CV kontraktor tidak kembalikan uang muka renovasi rumah
Isi laporan      : Saya bayar DP {rpb1} ke {CV1} (NPWP {cvnpwp1}) untuk renovasi rumah saya di [[a:{adr1}]], tapi pekerjaan tidak pernah dimulai. Kantor mereka di {cvjl1} sudah tutup dan nomor kantor {cvtel1} tidak aktif.
Tanggal kejadian : {tgl1}
Instansi tujuan  : Dinas PUPR Kota Kupang
Nama             : [[n:{n1}]]
Email            : [[e:{emx1}]]
HP               : [[p:{hp1}]]
[ ] Rahasia   [ ] Anonim
""",
    ),
    T(
        "web_form",
        "procurement",
        """
FORMULIR PERMOHONAN INFORMASI PUBLIK - PPID KOTA KUPANG
Nama pemohon  : [[n:{n1}]]
NIK           : [[nik:{nik1}]]
Pekerjaan     : wartawan media online
Alamat        : [[a:{adr1}]]
Email         : [[e:{emp1}]]
No. telepon   : [[p:{hp1}]]
Informasi yang diminta : dokumen kontrak dan adendum paket {tender1} (pelaksana {CV1}), termasuk daftar kuantitas dan harga.
Tujuan penggunaan      : bahan liputan
Cara memperoleh        : salinan elektronik ke email
No. registrasi permohonan : PPID-{thn1}-{kwit1}
""",
    ),
    T(
        "web_form",
        "schools",
        """
PPDB KOTA KUPANG {thn1} - PETUNJUK PENGISIAN
1. Email orang tua wajib aktif (contoh: {ex1}). Jangan pakai email sekolah.
2. NIK calon siswa 16 digit sesuai KK.
3. Jalur zonasi: jarak dihitung dari titik koordinat rumah.
Operator {sek1} (NPSN {npsn1}): WA {owa}, email {sekmail1}.
Helpdesk PPDB Dinas P dan K: {otel}, ppdb@kupangkota.go.id
""",
    ),
    T(
        "web_form",
        "employment",
        """
karirhub - Profil Pencari Kerja (tampilan cetak)
Nama         | [[n:{n1}]]
Email        | [[e:{emn1}]]
Telepon      | [[p:{hp1}]]
Pendidikan   | SMK Akuntansi
Kartu AK/I   | AK1-5371-{thn1}-{kwit1}
Lokasi kerja | Kota Kupang
""",
        Y=(1,),
    ),
    T(
        "web_form",
        "banking",
        """
PEMBUKAAN REKENING ONLINE - BANK NTT
Data nasabah
NIK              : [[nik:{nik1}]]
Nama lengkap     : [[n:{N1}]]
Nama ibu kandung : [[n:{N2}]]
NPWP             : [[npwp:{npwpn1}]]
Email            : [[e:{emp1}]]
No. HP           : [[p:{hp1}]]
Alamat domisili  : [[a:{adr1}]]
Pekerjaan        : wiraswasta
Sumber dana      : hasil usaha
Kode referal     : {kwit1}
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "web_form",
        "tax",
        """
PENDAFTARAN WAJIB PAJAK DAERAH (e-PAD)
Jenis pajak        : PBJT jasa perhotelan
Nama usaha         : {HOT1}
Alamat usaha       : {hotjl1}, Kupang
NPWP badan         : {hotnpwp1}
Email usaha        : {hotmail1}
Telepon            : {hottel1}
Jumlah kamar       : {num1}
Penanggung jawab   : (diisi pada tahap verifikasi lapangan)
NPWPD terbit       : {npwpx1}
""",
    ),
    T(
        "web_form",
        "church_community",
        """
PENDAFTARAN PEMBERKATAN NIKAH - {GRJ1} (formulir online)
Calon mempelai pria   : [[n:{n1}]]
Email                 : [[e:{emp1}]]
HP                    : [[p:{hp1}]]
Calon mempelai wanita : [[n:{n2}]]
Email                 : [[e:{emp2}]]
HP                    : [[p:{hp2}]]
Orang tua pria        : [[n:{n3}]] / [[n:{n4}]]
Tanggal pemberkatan   : {hari2}
Sudah ikut katekisasi pranikah: ya
""",
        M=(1, 3),
        F=(2, 4),
        fam={1: 3, 4: 3},
    ),
    T(
        "web_form",
        "village_admin",
        """
LAYANAN ONLINE {VIL1}
Jenis surat     : Surat Keterangan Tidak Mampu (keringanan biaya sekolah)
Nama pemohon    : [[n:{n1}]]
NIK             : [[nik:{nik1}]]
No. KK          : [[kk:{kk1}]]
Alamat          : [[a:{rt1}]], Dusun III
No. WA          : [[p:{hp1}]]
Email (opsional): [[e:{em1}]]
Keperluan       : keringanan uang komite anak di {sek1}
Status          : diproses operator desa
""",
    ),
    T(
        "web_form",
        "small_business",
        """
Pendaftaran Pelatihan Digital Marketing UMKM - Diskop UKM Kota Kupang
Nama usaha          : {um1}
Instagram usaha     : @{umstem1}
Email usaha         : {ummail1}
Nama pemilik        : [[n:{n1}]]
Email pemilik       : [[e:{emp1}]]
WhatsApp pemilik    : [[p:{hp1}]]
Alamat produksi     : [[a:{adr1}]] (rumah sendiri)
Sudah punya NIB?    : ya, {nib1}
""",
    ),
    T(
        "web_form",
        "procurement",
        """
Tiket Helpdesk LPSE #{kwit1}
Akun penyedia    : {cvstem1}_{num1}
Nama perusahaan  : {CV1}
Email perusahaan : {cvmail1}
NPWP badan       : {cvnpwp1}
Kendala          : tidak bisa unggah dokumen penawaran paket {tender1} (file 12 MB)
Balasan helpdesk : maksimal 10 MB per file. Kompres PDF lalu unggah ulang. Kontak helpdesk.lpse@kupangkota.go.id
""",
    ),
    T(
        "web_form",
        "scam_fraud",
        """
FORMULIR ADUAN PENIPUAN ONLINE
Data pelapor
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
Email  : [[e:{emp1}]]
HP     : [[p:{hp1}]]
Data terlapor
Rekening tujuan       : {bank2} [[b:{rek2}]]
Nama pemilik rekening : [[n:{n2}]]
Email yang dipakai pelaku : {scammkt1} (mengaku layanan marketplace)
Kronologi : pelaku minta transfer "biaya buka blokir akun penjual"
Kerugian  : {rpm1}
""",
    ),
    T(
        "web_form",
        "tax",
        """
Formulir Lupa EFIN / Reset Akun
NPWP           : [[npwp:{npwpd1}]]
NIK            : [[nik:{nik1}]]
Email lama     : [[e:{emp1}]]
Email baru     : [[e:{ep1}]]
Nomor HP baru  : [[p:{hq1}]]
Swafoto dengan KTP : {file1}
Permohonan diterima, nomor tiket {tiket1}. EFIN akan dikirim ke email baru.
""",
    ),
    T(
        "web_form",
        "employment",
        """
PENDAFTARAN PERUSAHAAN - JOB FAIR KUPANG {thn1}
Nama perusahaan : {PT1}
Bidang usaha    : distribusi dan logistik
NPWP            : {ptnpwp1}
Email HRD       : hr@{ptdom1}
Telepon         : {pttel1}
Nama PIC        : HRD (akan dikonfirmasi)
Jumlah lowongan : {num1}
Nomor booth     : {kwit1}
""",
    ),
    T(
        "web_form",
        "schools",
        """
PENDAFTARAN BEASISWA KOTA KUPANG CERDAS {thn1}
Nama mahasiswa  : [[n:{n1}]]
NIK             : [[nik:{nik1}]]
NIM / Kampus    : {nim1} / Universitas Nusa Cendana
Email           : [[e:{emp1}]]
HP              : [[p:{hp1}]]
Nama ayah       : [[n:{n2}]]
Nama ibu        : [[n:{n3}]]
Penghasilan orang tua per bulan : {rpb1}
Rekening penerima (atas nama mahasiswa): Bank NTT [[b:{rekntt1}]]
""",
        Y=(1,),
        M=(2,),
        F=(3,),
        fam={1: 2},
    ),
    T(
        "web_form",
        "trade_services",
        """
Form Pemesanan - www.{catdom1}
Nama          : [[n:{n1}]]
Email         : [[e:{em1}]]
WhatsApp      : [[p:{hp1}]]
Tanggal acara : {tglp2}
Jumlah porsi  : {qty1}0
Alamat acara  : [[a:{adr1}]] (rumah)
Pesan         : Mau tanya paket se'i untuk acara sidi anak, bisa antar ke rumah?
Terkirim ke   : {catrole1}
""",
    ),
    T(
        "web_form",
        "small_business",
        """
FORMULIR PENGADUAN ANGGOTA - {KOP1}
Nama pelapor : Dirahasiakan
No. anggota  : (tidak diisi)
Email        : (tidak diisi)
Isi pengaduan: Bunga pinjaman naik dari 1,5% jadi 2,5% per bulan tanpa RAT. Potongan provisi {rpm1}. Mohon penjelasan pengurus.
Diterima     : {tgl1} {jam1}, no. pengaduan {tiket1}
Tindak lanjut: diteruskan ke pengawas koperasi ({kopmail1})
""",
    ),
    T(
        "web_form",
        "small_business",
        """
PENDAFTARAN BANTUAN MODAL USAHA MIKRO {thn1}
NIK          : [[nik:{nik1}]]
No. KK       : [[kk:{kk1}]]
Nama         : [[n:{N1}]]
Alamat       : [[a:{ADR1}]]
HP           : [[p:{hp1}]]
Email        : [[e:{em1}]]
Jenis usaha  : jual kue dan es
Rekening BRI : [[b:{rekbri1}]]
Status verifikasi : menunggu pendamping
""",
    ),
    T(
        "web_form",
        "trade_services",
        """
Daftar jadi Penjual - {MKT1}
Nama toko                 : {um1}
Nama pemilik (sesuai KTP) : [[n:{n1}]]
NIK                       : [[nik:{nik1}]]
Email                     : [[e:{emp1}]]
No. HP                    : [[p:{hpk1}]]
Rekening pencairan        : {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]
Alamat pengambilan paket  : [[a:{adr1}]] (rumah)
""",
    ),
    T(
        "web_form",
        "tax",
        """
HASIL PENCARIAN - Konfirmasi Status Wajib Pajak
NPWP       : {ptnpwpz1}
Nama       : {PT1}
NITKU      : {ptnitku1}
Status     : VALID - AKTIF
Status PKP : PKP
Waktu cek  : {tgl1} {jam1}
Gunakan fitur ini hanya untuk verifikasi lawan transaksi. Contoh input: 0912345678920000.
""",
    ),
    T(
        "web_form",
        "schools",
        """
Pendaftaran PPG Dalam Jabatan {thn1}
Nama lengkap     : [[n:{n1}]]
NUPTK            : {nuptk1}
NIK              : [[nik:{nik1}]]
Akun belajar.id  : [[e:{emu1}]]
Email alternatif : [[e:{emp1}]]
HP               : [[p:{hp1}]]
Sekolah induk    : {sek1} (NPSN {npsn1})
""",
    ),
    T(
        "web_form",
        "church_community",
        """
Terima kasih atas donasi Anda!
Program      : beasiswa anak panti {yay1}
Nama donatur : Hamba Tuhan
Email        : -
Nominal      : {rpm1}
Metode       : VA {va1}
No. transaksi: {trx1}
Bukti donasi dapat dipakai sebagai pengurang penghasilan bruto; NPWP yayasan {yaynpwp1}.
""",
    ),
    T(
        "web_form",
        "employment",
        """
PENDAFTARAN PELATIHAN BERBASIS KOMPETENSI - UPTD BLK KUPANG
Kejuruan   : las listrik
Nama       : [[n:{n1}]]
NIK        : [[nik:{nik1}]]
Email      : [[e:{emc1}]]
HP         : [[p:{hp1}]]
Alamat     : [[a:{adr1}]]
Pendidikan : SMP
""",
    ),
]


# ---------------------------------------------------------------- more writings: dodged mailboxes, scans, cut lines
TEMPLATES += [
    T(
        "scam_mailbox",
        "tax",
        """
[Grup FB Info Kupang] Hati-hati e basodara. Sa dapat email dari {scamtax1} pake logo DJP, katanya NPWP sa diblokir dan harus bayar denda lewat link. Sa cek di KPP, dong bilang itu palsu, KPP sonde pernah kirim dari gmail.
Yang dapat email sama, boleh japri sa atau kirim ke [[e:{emw1}]] (sengaja sa tulis bagitu supaya sonde kena robot). Nanti kita lapor sama-sama.
- [[n:{n1}]]
""",
    ),
    T(
        "web_form",
        "tax",
        """
Formulir Keberatan Pajak Daerah - Bapenda Kota Kupang
NPWP/NIK        : [[npwp:{npwpn1}]]
Nama WP         : [[n:{N1}]]
Email           : [[e:{emp1}]]
NOP             : {nop1}
Alasan keberatan: luas bangunan di SPPT 144 m2, yang benar 72 m2.
Isi pesan tambahan: kalau email di atas tidak bisa dibalas (kadang penuh), mohon kirim ke email anak saya yang urus, [[e:{epx1}]]. Terima kasih.
No. registrasi : KBR-{thn1}-{kwit1}
""",
    ),
    T(
        "email_thread",
        "small_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: {KOP1} <{kopmail1}>
Date: {mdate1}
Subject: Ganti alamat email dan nomor HP

Selamat pagi pengurus,
Mulai bulan ini tolong kirim laporan simpanan ke alamat baru saya: [[e:{epx1}]]. Yang ini akan saya tutup. Nomor HP juga ganti dari [[p:{hp1}]] ke [[p:{hq1}]].
Terima kasih,
[[n:{n1}]] (anggota No. {kwit1})
""",
    ),
    T(
        "tax_letter",
        "tax",
        """
Hasil scan (OCR) SPT Tahunan lama, untuk pemadanan data:
N a m a    : [[n:{N1}]]
NPWP       : [[npwp:{npwpo1}]]
NIK        : [[nik:{niko1}]]
Alamat     : [[a:{ADR1}]]
Pemberi kerja : {PT1}   NPWP pemotong : {ptnpwp1}
Catatan petugas: beberapa angka terbaca huruf O, mohon dicek ulang dengan kartu asli.
""",
    ),
    T(
        "invoice_receipt",
        "tax",
        """
Teks faktur hasil scan dari PDF (kolom terpotong):
PEMBELI
Nama : [[n:{N1}]]
NPWP : [[npwp:{npwpl1}]]
Alamat : [[a:{ADR1}]]
PENJUAL
{PT1}
NPWP : {ptnpwp1}
DPP {rpb1}  PPN 12% (11/12)  Total lihat lampiran
No. seri {faktur1}
""",
    ),
    T(
        "job_application",
        "employment",
        """
Data pelamar disalin dari CV PDF (kolom sempit, baris terpotong):
Nama    : [[n:{n1}]]
NIK     : [[nik:{nikn1}]]
NPWP    : [[npwp:{npwpl1}]]
HP      : [[p:{hpn1}]]
Email   : [[e:{emn1}]]
Posisi  : admin pajak
""",
    ),
    T(
        "payment_notification",
        "scam_fraud",
        """
Ini screenshot yang sa ketik ulang (tulisan di gambar kabur):
"Kirim Uang ke DANA [[p:{hpo1}]] a.n. [[n:{N1}]] - Rp 350.000 - Berhasil"
Itu sa bayar ke penjual tiket kapal yang sa kenal di FB, [[n:{n1}]]. Dia bilang tiket dikirim ke email sa [[e:{emp2}]] tapi sampai sekarang sonde ada. Sa [[n:{n2}]].
""",
    ),
    T(
        "letterhead_signature",
        "church_community",
        """
BULETIN PEMUDA {GRJ1} - edisi {BLN1} {thn1}
Redaksi: Komisi Pemuda
Kirim tulisan ke redaksi.pemuda.{grjstem1}@gmail.com atau langsung ke penulis rubrik "Uang dan Iman", [[n:{n1}]], di [[e:{emx1}]].
Persembahan buletin: rekening Komisi Pemuda {bnk1} {rekx1}.
""",
    ),
    T(
        "job_application",
        "employment",
        """
FORMULIR PENDAFTARAN PESERTA BPJS KESEHATAN - BADAN USAHA
Badan usaha : {PT1} | NPWP {ptnpwp1} | kode BU {kwit1}
No | Nama | NIK | No. KK | No. Kartu JKN (lama)
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[kk:{kk1}]] | [[bpjs:{bpjs1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[kk:{kk2}]] | [[bpjs:{bpjs2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[kk:{kk3}]] | baru
PIC perusahaan: bagian HR, hr@{ptdom1}
""",
    ),
    T(
        "web_form",
        "small_business",
        """
Formulir Pendaftaran Anggota Koperasi (online) - {KOP1}
Nama lengkap : [[n:{n1}]]
NIK          : [[nik:{nik1}]]
No. KK       : [[kk:{kk1}]]
Email        : [[e:{emp1}]]
Email cadangan (boleh ditulis bebas) : [[e:{epx1}]]
HP/WA        : [[p:{hp1}]]
Pekerjaan    : pedagang pasar
Simpanan pokok dibayar ke rekening koperasi {kopbank1} {koprek1}
""",
    ),
]
if __name__ == "__main__":
    main()
