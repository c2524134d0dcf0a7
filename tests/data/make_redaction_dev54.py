# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev54.jsonl: whose phone number it is, and whose mailbox.

The texts are the contact details that come with complaints from Kota Kupang and the rest of
NTT: WhatsApp forwards and broadcasts, posters and flyers copied into a complaint, e-mail threads
with signatures and quoted replies, web forms and intake records, reports of scams, debt
collectors and online loans, call-centre and hotline tickets, directories and lists, business
adverts and receipts, letters with letterheads, and chat transcripts. People's own mobiles, home
lines and mailboxes stand next to the lines and mailboxes of offices, units, hotlines, businesses,
churches, schools, programmes, desks, scams and loan apps, and next to look-alikes (orders,
tickets, tracking, billing, VA, meters, tokens, amounts, dates and times).

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{hp1}``,
``{owa1}`` ...) and alternatives (``«one¦other»``, one drawn per filling), each filled five times
with invented values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev54.py`` (standard library only, deterministic);
``--review`` also prints every unlabelled run of digits and every unlabelled ``@`` token with the
forty characters before it; ``--show N SEED`` prints N texts drawn at random with their spans
marked; ``--dry`` writes nothing.
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

SEED = 54_2026_1208
OUT = Path(__file__).with_name("redaction_dev54.jsonl")
PREFIX = "d54"
FILLS = 5

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
    "wa_broadcast",
    "poster_flyer",
    "email_thread",
    "web_form",
    "scam_report",
    "hotline_ticket",
    "directory",
    "business_ad",
    "letterhead",
    "chat_transcript",
)
SCANNED = {"poster_flyer"}  # posters are often photographed and read by OCR
THEMES = (
    "neighbourhood",
    "utilities",
    "health",
    "education",
    "social_aid",
    "public_services",
    "scam_fraud",
    "commerce",
    "transport",
    "events",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 5,
    "phone": 400,
    "email": 100,
    "name": 500,
    "themes": 10,
}
# words that may stand before a name but never open its span
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "pdt",
    "pnt", "dkn", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa",
    "nona", "kak", "kaka", "adik", "ade", "yth", "saudara", "saudari", "ketua", "kepala", "petugas",
    "bendahara", "sekretaris", "kader", "pendamping", "admin", "alm", "almh", "ttd", "salam",
    "dari", "hormat", "atas", "anak", "istri", "suami", "nama", "pelapor", "penelepon", "pemohon",
    "kel", "h", "hj", "ustadz", "sopir", "tukang", "pemilik", "an", "a.n", "ko", "ci", "hp", "wa",
    "sa", "beta", "sy", "saya", "perawat", "operator", "agen", "bripka", "aipda", "brigpol", "briptu",
    "mas", "mbak", "nene", "ama", "ina", "dokter", "pasien", "tetangga", "kakak", "staf", "cp",
    "koordinator", "narahubung", "wali", "majelis", "penatua", "diaken", "pemesan", "pembeli",
    "penerima", "pengirim", "driver", "ojek", "teknisi", "yang", "to", "from", "cc", "re", "kontak",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev54)
# given names heard in Kupang, Timor, Rote, Sabu, Flores and Alor (mostly Christian)
GIVEN_M = (
    "Yohanis", "Marthen", "Semuel", "Yermias", "Obet", "Melkianus", "Frengky", "Agustinus",
    "Petrus", "Paulus", "Yosep", "Daud", "Yakobus", "Matias", "Soleman", "Arnoldus", "Ferdinand",
    "Dominggus", "Rudolf", "Ishak", "Lukas", "Markus", "Yusak", "Nikson", "Oktovianus",
    "Stefanus", "Gregorius", "Aloysius", "Kornelis", "Hendrik", "Elias", "Imanuel", "Zakarias",
    "Yonas", "Elkana", "Benyamin", "Apolos", "Yitro", "Alfons", "Welem", "Habel", "Sefanya",
    "Ruben", "Gidion", "Efraim", "Nehemia", "Yulius", "Herman", "Roni", "Jemi", "Meki", "Ande",
    "Adrianus", "Kristo", "Sony", "Jhon", "Feri", "Gusti", "Reinhard", "Yandri",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Marlin", "Dorkas", "Selfina", "Sarlota", "Adriana", "Agustina", "Florentina",
    "Magdalena", "Kristina", "Yohana", "Ester", "Naomi", "Debora", "Rahel", "Lodia", "Ance",
    "Meri", "Novita", "Sisilia", "Elisabeth", "Priska", "Selvi", "Getruida", "Filomena",
    "Yasinta", "Veronika", "Imelda", "Marta", "Lusia", "Oktovina", "Imakulata", "Febriana",
    "Yustina", "Erni", "Hana", "Yunita", "Fransiska", "Margaretha", "Susana", "Rosalina",
    "Anjelina", "Regina", "Welmince", "Orpa", "Yempi", "Nelci", "Merlin", "Dortea", "Apriani",
    "Mince", "Yeni", "Santi", "Ivon", "Novi", "Feby", "Ricka", "Lenny", "Sherly", "Yosina",
)  # fmt: skip
FAMILY = {
    "timor": (
        "Nubatonis", "Tnesi", "Sanam", "Banunaek", "Boimau", "Oematan", "Taneo", "Nope", "Kase",
        "Sabneno", "Tualaka", "Selan", "Tanaem", "Kolo", "Benu", "Nomleni", "Neonbasu", "Tamonob",
        "Baun", "Nitbani", "Taopan", "Neonufa", "Lakapu", "Missa", "Tefa", "Nenobais", "Amalo",
        "Atok", "Tefbana", "Bana", "Tlonaen", "Oeleu", "Nakmofa", "Tafuli", "Seuk", "Kollo",
    ),
    "rote": (
        "Ndun", "Manafe", "Mooy", "Fanggidae", "Messakh", "Dethan", "Lenggu", "Haning", "Feoh",
        "Nalle", "Henukh", "Pellokila", "Tungga", "Sinlae", "Mbuik", "Saudale", "Ndaomanu",
        "Panie", "Therik", "Pah", "Toelle", "Adoe", "Zacharias", "Tanone", "Bessie", "Ully",
        "Ndoen", "Nggebu", "Lusi", "Foes",
    ),
    "sabu": (
        "Riwu Kaho", "Dju Dara", "Ga Lena", "Bire", "Rohi", "Haba", "Lado", "Djami", "Kore",
        "Wadu", "Ludji", "Hegi", "Tuka", "Lomi", "Rihi", "Dimu", "Radja", "Huki", "Pandie",
        "Lede", "Djo", "Ratu Edo", "Mone", "Bengu", "Kaleka", "Tadu Hungu",
    ),
    "flores": (
        "Da Costa", "Parera", "Kelen", "Tukan", "Koten", "Lamahoda", "Hurint", "Seran", "Nahak",
        "Wuwur", "Kewa", "Bollu", "Ratu", "Lobo", "Dopo", "Meko", "Djawa", "Nuwa", "Sogen",
        "Beribe", "Lewar", "Hayon", "Keupung", "Ujan", "Fernandez", "Mbete", "Wangge", "Lengari",
        "Soge", "Bura",
    ),
    "alor": ("Maro", "Mautuka", "Djahamou", "Laupada", "Alelang", "Mokoni", "Atapada", "Lanlu",
             "Mallaka", "Kamengmau", "Pulinggomang"),
}  # fmt: skip
REGION = {
    "timor": ("5301", "5302", "5303", "5304", "5321"),
    "rote": ("5314",),
    "sabu": ("5320",),
    "flores": ("5306", "5307", "5308", "5309", "5310", "5313"),
    "alor": ("5305",),
    "sumba": ("5311", "5312", "5317", "5318"),
    "balinese": ("5371",),
    "bugis": ("5371", "5301"),
    "buton": ("5371",),
    "javanese": ("5371",),
    "chinese": ("5371",),
    "arab": ("5371",),
}
SUMBA_GIVEN = {
    "M": ("Umbu Djoka", "Umbu Lango", "Umbu Rara Meha", "Umbu Nggiku", "Umbu Kudu", "Umbu Pati"),
    "F": ("Rambu Ata", "Rambu Kahi", "Rambu Yuli", "Rambu Hada", "Rambu Lika", "Rambu Koni"),
}
SUMBA_FAMILY = ("Kapita", "Katanga", "Djurumana", "Lunggi", "Wohangara", "Nggaba",
                "Ndapamerang", "Tanggu Hana", "Hamakonda", "Njurumana")  # fmt: skip
# (sex, full name, the name a person is called by, the family or last name)
OTHER_PEOPLE = {
    "balinese": (
        ("M", "I Made Suarjana", "I Made", "Suarjana"),
        ("M", "I Ketut Arsana", "I Ketut", "Arsana"),
        ("M", "I Wayan Sudarma", "I Wayan", "Sudarma"),
        ("M", "I Nyoman Adnyana", "I Nyoman", "Adnyana"),
        ("M", "I Gede Mahendra Putra", "I Gede", "Mahendra"),
        ("F", "Ni Luh Putu Sriani", "Sriani", "Sriani"),
        ("F", "Ni Made Wartini", "Wartini", "Wartini"),
        ("F", "Ni Komang Ayu Lestiani", "Lestiani", "Lestiani"),
        ("F", "Ni Wayan Sukerti", "Sukerti", "Sukerti"),
    ),
    "bugis": (
        ("M", "Syamsuddin Daeng Rani", "Syamsuddin", "Daeng Rani"),
        ("M", "Abdul Rahman Daeng Tompo", "Abdul Rahman", "Daeng Tompo"),
        ("M", "Ilham Daeng Sewang", "Ilham", "Daeng Sewang"),
        ("F", "Hasnawati Daeng Ngai", "Hasnawati", "Daeng Ngai"),
        ("F", "Rosmini Daeng Baji", "Rosmini", "Daeng Baji"),
        ("F", "Nurhayati Daeng Caya", "Nurhayati", "Daeng Caya"),
    ),
    "buton": (
        ("M", "La Ode Hamzah", "Hamzah", "La Ode"),
        ("M", "La Ode Syarifuddin", "Syarifuddin", "La Ode"),
        ("M", "La Ode Muhamad Arsyad", "Arsyad", "La Ode"),
        ("F", "Wa Ode Sitti Rahma", "Rahma", "Wa Ode"),
        ("F", "Wa Ode Halimah", "Halimah", "Wa Ode"),
        ("F", "Wa Ode Nurjannah", "Nurjannah", "Wa Ode"),
    ),
    "javanese": (
        ("M", "Budi Santoso", "Budi", "Santoso"),
        ("M", "Agus Prasetyo", "Agus", "Prasetyo"),
        ("M", "Slamet Riyadi", "Slamet", "Riyadi"),
        ("M", "Eko Wibowo", "Eko", "Wibowo"),
        ("M", "Joko Susilo", "Joko", "Susilo"),
        ("F", "Sri Wahyuningsih", "Sri", "Wahyuningsih"),
        ("F", "Tri Handayani", "Tri", "Handayani"),
        ("F", "Siti Aminah", "Siti", "Aminah"),
        ("F", "Endang Purwanti", "Endang", "Purwanti"),
    ),
    "chinese": (
        ("M", "Oei Kim Liong", "Kim Liong", "Oei"),
        ("M", "Lim Tjoen Sen", "Tjoen Sen", "Lim"),
        ("M", "Tjong Hok Lay", "Hok Lay", "Tjong"),
        ("F", "Tan Lie Hwa", "Lie Hwa", "Tan"),
        ("F", "Lim Siok Bie", "Siok Bie", "Lim"),
        ("M", "Hendra Wijaya", "Hendra", "Wijaya"),
        ("F", "Meiliana Tanudjaja", "Meiliana", "Tanudjaja"),
        ("M", "Steven Halim", "Steven", "Halim"),
        ("F", "Vivian Gunawan", "Vivian", "Gunawan"),
    ),
    "arab": (
        ("M", "Ahmad Bachmid", "Ahmad", "Bachmid"),
        ("M", "Umar Baadilla", "Umar", "Baadilla"),
        ("F", "Fatma Assegaf", "Fatma", "Assegaf"),
        ("F", "Nur Aini Bachrun", "Nur Aini", "Bachrun"),
    ),
}
ORIGINS = (
    ("timor", 24), ("rote", 20), ("sabu", 13), ("flores", 16), ("sumba", 6), ("alor", 4),
    ("balinese", 3), ("bugis", 3), ("buton", 2), ("javanese", 4), ("chinese", 4), ("arab", 1),
)  # fmt: skip
# words of names that more than one person may share
SHARED = {"made", "ketut", "nyoman", "wayan", "gede", "komang", "luh", "daeng", "umbu", "rambu",
          "ode", "sri", "abdul", "nur", "putu"}  # fmt: skip

# ---------------------------------------------------------------- places and bodies (written for dev54)
KELURAHAN = (
    "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Oetete", "Naikoten I",
    "Nunleu", "Bakunase", "Kuanino", "Fontein", "Airnona", "Naikolan", "Penfui", "Oesapa",
    "Lasiana", "Kelapa Lima", "Pasir Panjang", "Fatubesi", "Oeba", "Nefonaek", "Solor",
    "Airmata", "Alak", "Namosain", "Nunbaun Delha", "Penkase Oeleta", "Fatufeto", "Mantasi",
    "Manutapen", "Batuplat", "Naioni", "Sikumana", "Kolhua", "Oepura", "Belo", "Fatukoa",
    "Naimata", "Maulafa", "Oesapa Selatan",
)  # fmt: skip
KECAMATAN = ("Oebobo", "Kelapa Lima", "Kota Raja", "Alak", "Maulafa", "Kota Lama")
HOME_STREETS = (
    "Jl. Nangka", "Jl. Cak Doko", "Jl. Kenari", "Jl. Jambu", "Jl. Amabi", "Jl. Kelinci",
    "Jl. Rote", "Jl. Palapa", "Jl. Bajawa", "Jl. Suratim", "Jl. Antariksa", "Jl. Bakti Karya",
    "Jl. Fetor Funay", "Jl. Air Lobang", "Jl. Kampung Baru", "Jl. Oekam", "Jl. Nusa Indah",
    "Jl. Mawar", "Jl. Kakatua", "Jl. Pulau Semau", "Jl. Taebenu", "Jl. Lontar", "Jl. Sepakat",
    "Jl. Matani", "Jl. Gunung Fatuleu", "Jl. Pemuda", "Jl. Bhakti", "Jl. Kartini",
    "Jl. Flamboyan", "Jl. Cemara", "Jl. Manggis", "Jl. Sirsak", "Jl. Belimbing", "Jl. Merpati",
    "Jl. Nuri", "Jl. Mangga", "Gg. Kenanga", "Gg. Cempaka", "Gg. Melati", "Gg. Sepakat",
    "Gg. Kasuari", "Gg. Lontar 3", "Lr. Damai", "Jl. Oebufu Raya", "Jl. Naimata",
    "Jl. Sumba Gg. 2", "Jl. Kejora", "Jl. Cendana", "Jl. Sasando",
)  # fmt: skip
ESTATES = (
    "Perumnas Blok", "BTN Kolhua Blok", "Perum Lopo Indah Permai Blok", "Perumahan Oesapa Indah Blok",
    "Griya Penfui Asri Blok", "Perum Citra Liliba Blok", "Perumahan Nasipanaf Blok",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Soeharto", "Jl. Timor Raya", "Jl. Adisucipto",
    "Jl. Perintis Kemerdekaan", "Jl. W.J. Lalamentik", "Jl. Herewila", "Jl. Sam Ratulangi",
    "Jl. Piet A. Tallo", "Jl. R.A. Kartini", "Jl. Moh. Hatta", "Jl. Urip Sumoharjo",
    "Jl. Jend. Sudirman", "Jl. Veteran", "Jl. Thamrin", "Jl. Ahmad Yani", "Jl. S.K. Lerik",
    "Jl. Bundaran PU", "Jl. Tompello", "Jl. Siliwangi", "Jl. Pahlawan", "Jl. Samratulangi",
)  # fmt: skip
PUSK = (
    "Puskesmas Oepoi", "Puskesmas Pasir Panjang", "Puskesmas Sikumana", "Puskesmas Bakunase",
    "Puskesmas Penfui", "Puskesmas Oesapa", "Puskesmas Alak", "Puskesmas Naioni",
    "Puskesmas Manutapen", "Puskesmas Kupang Kota", "Puskesmas Oebobo", "Puskesmas Oebufu",
)  # fmt: skip
SCHOOLS = (
    "SMPN 3 Kupang", "SMPN 11 Kupang", "SMPN 16 Kupang", "SMAN 2 Kupang", "SMAN 6 Kupang",
    "SMKN 1 Kupang", "SD Inpres Oesapa Kecil 1", "SDN Bakunase 2", "SD GMIT Kuanino 3",
    "SMPK St. Yoseph", "SD Inpres Naikoten 1", "MTsN Kota Kupang", "SMA Kristen Mercusuar",
)  # fmt: skip
CHURCHES = (
    "GMIT Betel Oesapa", "GMIT Efata Liliba", "GMIT Imanuel Oepura", "GMIT Sion Naikoten",
    "GMIT Pniel Oebufu", "GMIT Syalom Airnona", "GMIT Kalvari Sikumana", "GMIT Getsemani Kolhua",
    "GMIT Ebenhaezer Oeba",
)  # fmt: skip
SHOPS = (
    "Toko Sinar Flobamora", "Toko Bangunan Karya Lontar", "Toko Harapan Baru Oeba",
    "Toko Sumber Berkat", "Toko Mitra Jaya", "Toko Rejeki Timor", "Toko Cahaya Sasando",
)  # fmt: skip
WORKSHOPS = ("Bengkel Karya Motor", "Bengkel Las Sumber Terang", "Bengkel Sinar Jaya Motor",
             "Bengkel Berkat Oesapa", "Bengkel Mandiri Penfui")  # fmt: skip
LAUNDRIES = ("Laundry Wangi Oebufu", "Kilat Laundry Penfui", "Laundry Bersih Liliba",
             "Fresh Wash Oesapa", "Laundry Sasando")  # fmt: skip
CATERERS = ("Catering Lopo Rasa", "Dapur Mama Flobamora", "Catering Se'i Berkat",
            "Rumah Makan Lopo Oesapa")  # fmt: skip
TRAVELS = ("Travel Timor Express", "Travel Nusa Lontar", "Travel Sinar Kefa",
           "Travel Atambua Jaya", "Travel Soe Permai")  # fmt: skip
RENTALS = ("Rental Mobil Flobamora Trans", "Sasando Rent Car", "Lontar Rental",
           "Kupang Jaya Rent")  # fmt: skip
KOS = ("Kos Putri Cendana", "Kos Griya Penfui", "Kos Melati Oebufu", "Kos Putra Lontar",
       "Kos Pelangi Liliba")  # fmt: skip
SEDOT = ("Sedot WC Berkah Timor", "Sedot WC Sumber Bersih", "Sedot WC Lancar Jaya")
TANKS = ("Air Tangki Berkat Oesapa", "Tangki Air Sumber Hidup", "Air Bersih Lontar Jaya")
COPIES = ("Fotokopi Bintang Oebobo", "Fotokopi & Print Kampus Penfui", "Digital Print Sasando",
          "Fotokopi Berkat Naikoten")  # fmt: skip
BIMBEL = ("Bimbel Cerdas Flobamora", "Bimbel Bintang Timur", "LBB Prestasi Kupang",
          "Bimbel Lentera Ilmu")  # fmt: skip
COUNTERS = ("Counter Pulsa Berkat Cell", "Lontar Cell", "Kios Pulsa Sinar Oeba",
            "Oesapa Phone Center")  # fmt: skip
COMPANIES = ("CV Timor Karya Mandiri", "CV Lopo Sejahtera", "PT Flobamora Niaga Utama",
             "CV Nusa Cendana Teknik", "PT Sasando Prima Logistik", "CV Tiga Putra Semau")  # fmt: skip
COOPS = ("Koperasi Pedagang Pasar Oebobo", "KSP Lontar Mandiri", "Kopdit Sehati Oesapa",
         "Koperasi Nelayan Pasir Panjang")  # fmt: skip
LOAN_APPS = ("DanaKilat", "TunaiGo", "KrediMudah", "RupiahCepat Plus", "DompetKita Pro",
             "PinjamanPas", "UangSegera")  # fmt: skip
COURIERS = ("J&T", "JNE", "SiCepat", "Pos Indonesia", "AnterAja", "Ninja Xpress")
POSYANDU = ("Posyandu Cempaka", "Posyandu Seroja", "Posyandu Anggrek", "Posyandu Tunas Harapan",
            "Posyandu Flamboyan", "Posyandu Lestari")  # fmt: skip
MARKETS = ("Pasar Oebobo", "Pasar Kasih Naikoten", "Pasar Oeba", "Pasar Penfui", "Pasar Kuanino",
           "Pasar Oesapa")  # fmt: skip
PETS = ("Popi", "Blacky", "Moli", "Cino", "Jeki", "Piko", "Snowy", "Kopi")
BANKS = ("Bank NTT", "BRI", "BNI", "Mandiri", "BCA", "BSI")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
         "gmail.com", "hotmail.com", "outlook.com", "rocketmail.com", "gmail.com")  # fmt: skip
# an employer's host a person's own mailbox may stand on
WORK_HOSTS = ("kupangkota.go.id", "kupangkota.go.id", "nttprov.go.id", "undana.ac.id",
              "kemenag.go.id", "bankntt.co.id", "pln.co.id", "kupangkab.go.id")  # fmt: skip
# mobile prefixes with weights (Telkomsel leads in NTT)
MOBILE = (
    ("0812", 14), ("0813", 17), ("0821", 10), ("0822", 12), ("0823", 9), ("0852", 15),
    ("0853", 14), ("0811", 3), ("0851", 5), ("0815", 1), ("0817", 1), ("0818", 1),
    ("0819", 2), ("0856", 2), ("0857", 3), ("0858", 2), ("0877", 1), ("0878", 2),
    ("0838", 1), ("0895", 2), ("0896", 1), ("0897", 1), ("0898", 1), ("0881", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0816", "0831", "0832", "0833", "0855", "0859",
                                     "0899", "0887", "0888", "0889"}  # fmt: skip
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

# the time a chat or a log opens, from the greeting of its first lines
GREETING_HOURS = {
    "pagi": (6 * 60 + 30, 10 * 60 + 30),
    "siang": (11 * 60, 14 * 60),
    "sore": (15 * 60, 17 * 60 + 45),
    "malam": (18 * 60 + 45, 21 * 60 + 30),
}
GREETING = re.compile(r"(?i)\b(?:selamat\s+|slmt\s+|met\s+)?(pagi|siang|sore|malam)\b")


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
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 25)
        start, end = GREETING_HOURS.get(str(spec.get("greet", "")), (7 * 60, 19 * 60))
        self.minute = rng.randint(start, end)
        self.gaps = [0] + [rng.choice((0, 1, 1, 2, 2, 3, 4, 6, 9, 13, 20, 35)) for _ in range(40)]

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(400):
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
            rest = r.choice((7, 7, 8, 8, 8, 8, 8, 8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "g", "h", "t", "i", "p", "j", "k", "m", "q", "c", "u", "v", "w"),
                (28, 14, 13, 5, 4, 4, 9, 6, 7, 6, 3, 1, 2, 1, 1, 1),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        if how in ("g", "h") and len(raw) != 11:  # 4-3-4 is how an eleven-digit number is split
            how = "s" if how == "g" else "d"
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "g": f"{a} {raw[4:7]} {raw[7:]}",
            "h": f"{a}-{raw[4:7]}-{raw[7:]}",
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
            "w": f"{a}·{b}·{c}",
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
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in "0158" and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        old = p["npwp15"]
        if how == "":
            how = self.rng.choice(("d", "d", "d", "b", "n"))
        if how == "d":
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "b":
            return old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "t":  # the person's NITKU
            return p["nikraw"] + "000000"
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        if how in ("", "b"):
            return raw
        return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (75, 25))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice(("a", "b", "d", "h", "g", "t", "e", "q", "y", "c", "s", "w"))
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
            "w": f"{local}@ {parts[0]} .{'.'.join(parts[1:])}",
            "n": r.choice((f"{local}\n@{host}", f"{local}@\n{host}")),
            "k": p["work_mail"],
            "l": p["school_mail"],
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
        for _ in range(600):
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
                call = given.split()[-1]
            elif origin in OTHER_PEOPLE:
                _, full, call, family = r.choice([x for x in OTHER_PEOPLE[origin] if x[0] == sex])
                given = call
                if head is not None and origin == "chinese" and full.startswith(family + " "):
                    family = head["f"]  # a child keeps the father's clan name
                    full = f"{family} {call}"
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY[origin])
                full = f"{given} {family}"
                call = given
            words = {w.lower() for w in full.split() if len(w) > 2} - SHARED
            if head is not None and family == head["f"]:
                words -= {w.lower() for w in family.split()}
            if words & self.used_words or (head is None and family.lower() in self.used_words):
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name %d" % i)
        if i in spec["E"]:
            year = r.randint(1944, 1960)
        elif i in spec["Y"]:
            year = r.randint(self.year - 17, self.year - 6)
        elif i in spec["S"]:  # leaving junior high school
            year = r.randint(self.year - 16, self.year - 15)
        else:
            year = r.randint(1962, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < 0.6:
            district = "5371" + r.choice(("01", "02", "03", "04", "05", "06"))
        else:
            district = r.choice(REGION[origin]) + "%02d" % r.randint(1, 14)
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 1600)
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
                    r.choice((5, 7, 8, 9, 14, 24, 35, 44, 47, 58, 66, 69, 73, 77, 86, 92)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "920", "921", "924")),
                )
            )
        )
        gl = re.sub(r"[^a-z]", "", call.lower().split()[-1])
        fl = re.sub(r"[^a-z]", "", family.lower())
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}kupang",
                f"{gl}.{fl}{r.randint(1, 9)}",
                f"{fl}{gl[:3]}{yy}",
                f"{gl}{fl[:3]}.ntt",
                f"{gl}{fl}official",
                f"{gl}.{fl[:4]}{yy}",
            )
        )
        if r.random() < 0.12:
            ad = "%s %s%s No. %d" % (
                r.choice(ESTATES),
                r.choice("ABCDEFGHJK"),
                r.choice(("", "", str(r.randint(1, 9)))),
                r.randint(1, 48),
            )
        else:
            street = r.choice(HOME_STREETS)
            house = str(r.randint(1, 150)) + r.choice(("", "", "", "", "", "", "A", "B"))
            no = r.choice(("No. ", "No. ", "No. ", "No ", "no. ", "Nomor ", "No."))
            ad = f"{street} {no}{house}"
        rt = self.rtrw()
        bank = r.choice(BANKS)
        p = {
            "n": full,
            "N": full.upper(),
            "l": full.lower(),
            "g": call,
            "G": call.upper(),
            "lg": call.lower(),
            "f": family,
            "F": family.upper(),
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
            "work_mail": r.choice(
                (
                    f"{gl}.{fl}@{r.choice(WORK_HOSTS)}",
                    f"{gl[0]}{fl}@{r.choice(WORK_HOSTS)}",
                    f"{fl}.{gl}@{r.choice(WORK_HOSTS)}",
                )
            ),
            "school_mail": "%s%s%s@guru.%s.belajar.id"
            % (gl, r.choice(("", ".", "")), fl, r.choice(("sd", "smp", "sma", "smk"))),
            "age": str(self.year - year),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "bank": bank,
            "rek": self.account(bank),
            "ad": ad,
            "adr": f"{ad}, {rt}" if r.random() < 0.7 else f"{ad} {rt}",
            "rt": rt,
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
            r.choice(("DH", "DH", "DH", "DH", "DH", "EB", "ED", "DH", "EA")),
            sep,
            r.randint(1000, 9999),
            sep,
            r.choice(("AB", "AK", "KB", "KN", "BF", "AE", "KH", "AT", "C", "AJ", "KL", "FA", "KC")),
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

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {"n", "N", "l", "g", "G", "lg", "f", "F", "age", "lahir", "bank", "rek", "ad",
                  "adr", "rt", "pl", "pkel"}  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name.endswith("slug"):  # {shopslug2}: the mailbox name of {shop2}
            key = "{%s%s}" % (name[:-4], index)
            if key not in self.cache:
                self.cache[key] = self.value(name[:-4], index)
            return slug(self.cache[key])
        if name == "s":  # how a chat saved the person: one writing for the whole chat
            p = self.person(i)
            return self.rng.choice((p["n"], p["n"], p["g"], p["l"], p["lg"], p["g"] + " " + p["f"]))
        if name == "jk":
            return "L" if self.person(i)["sex"] == "M" else "P"
        if name.startswith("rk"):  # the person's account in a named bank
            bank = {"bri": "BRI", "bni": "BNI", "mdr": "Mandiri", "ntt": "Bank NTT",
                    "bca": "BCA", "bsi": "BSI"}[name[2:]]  # fmt: skip
            return self.account(bank)
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name.startswith("tr"):
            return self.write_land(self.person(i)["land"], name[2:])
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("np"):
            return self.write_npwp(self.person(i), name[2:])
        if name.startswith("bpjs"):
            return self.write_bpjs(self.person(i)["bpjsraw"], name[4:])
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


# ---------------------------------------------------------------- bodies' numbers and look-alikes


def _date(fl: Fill, i: int) -> datetime.date:
    """The i-th date of a filling: later indexes fall later; no Sunday."""
    base = datetime.date(fl.year, fl.month, fl.day)
    d = base + datetime.timedelta(days=3 * (i - 1) + fl.rng.randint(0, 1) * (i > 1))
    return d + datetime.timedelta(days=1) if d.weekday() == 6 else d


def _tgl(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return fl.rng.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%d-%d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year),
            "%d/%d/%02d" % (d.day, d.month, d.year % 100),
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
    form = fl.cache.setdefault("_tsform", fl.rng.choice(("dt", "dt", "da", "hm")))
    if form == "dt":
        return "[%02d/%02d/%d %02d.%02d]" % (d.day, d.month, d.year, m // 60 % 24, m % 60)
    if form == "da":
        return "%02d/%02d/%02d %02d.%02d -" % (d.day, d.month, d.year % 100, m // 60 % 24, m % 60)
    return "[%02d.%02d]" % (m // 60 % 24, m % 60)


def _hm(fl: Fill, i: int) -> str:
    m = _minute(fl, i)
    return "%02d.%02d" % (m // 60 % 24, m % 60)


def _jamr(fl: Fill, i: int) -> str:
    r = fl.rng
    a = r.randint(7, 13)
    b = a + r.randint(2, 5)
    sep = r.choice(("–", "-", " - ", " s.d. ", " sampai "))
    return "%02d.%02d%s%02d.%02d" % (a, r.choice((0, 0, 30)), sep, b, r.choice((0, 0, 30)))


def _maildate(fl: Fill, i: int) -> str:
    """A mail client's date for a quoted reply, in Indonesian or English."""
    d = _date(fl, i)
    m = _minute(fl, i * 5)
    if fl.rng.random() < 0.55:
        return "%s, %d %s %d pukul %02d.%02d" % (
            DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, m // 60 % 24, m % 60,
        )  # fmt: skip
    return "%s, %d %s %d at %02d:%02d" % (
        DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1], d.year, m // 60 % 24, m % 60,
    )  # fmt: skip


def _money(fl: Fill, low: int, high: int, step: int) -> str:
    r = fl.rng
    v = r.randint(low // step, high // step) * step
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-", "Rp %s")) % s


def _tiket(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "#LPR-%d-%04d-%04d" % (fl.year, r.randint(1, 9999), r.randint(1, 9999)),
            "TKT-%02d%02d-%05d" % (fl.year % 100, fl.month, r.randint(1, 99999)),
            "%04d-%04d-%03d" % (r.randint(1000, 9999), r.randint(1, 9999), r.randint(1, 999)),
            "#%d" % r.randint(1000000, 9999999),
            "112/%d/%02d/%05d" % (fl.year, fl.month, r.randint(1, 99999)),
        )
    )


def _surat(fl: Fill, i: int) -> str:
    r = fl.rng
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    return r.choice(
        (
            "400.%d/%03d/%s/%d"
            % (r.randint(1, 9), r.randint(1, 900), roman[fl.month - 1], fl.year),
            "005/%03d/UM/%d" % (r.randint(1, 900), fl.year),
            "B.%03d/%02d/%d" % (r.randint(1, 300), fl.month, fl.year),
            "800/%03d/%s/%d" % (r.randint(1, 700), roman[fl.month - 1], fl.year),
            "%03d/SK/%s/%d" % (r.randint(1, 300), roman[fl.month - 1], fl.year),
        )
    )


def _old_body(fl: Fill) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: "%02d%03d%03d%d%s%s"
        % (r.choice((1, 2, 3, 21, 31, 53, 61, 62, 70, 74, 83, 90)), r.randint(0, 999),
           r.randint(0, 999), r.randint(0, 9), r.choice(("920", "920", "921")),
           r.choice(("000", "000", "001")))
    )  # fmt: skip


def _npx(fl: Fill, i: int) -> str:
    """A body's NPWP (a company, a cooperative, a shop): dotted, a block, or 0 and the old number."""
    d = _old_body(fl)
    dotted = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    return fl.rng.choice((dotted, dotted, d, "0" + d))


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
    d = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 30), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


def _resi(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: r.choice(
            (
                "JP" + fl.digits(10),
                "0" + fl.digits(2) + "1" + fl.digits(12),
                "SPXID0" + fl.digits(11),
                "JX" + fl.digits(10),
                "P" + fl.digits(2) + "0" + fl.digits(2) + "KPG" + fl.digits(6),
                "0088" + fl.digits(8),
            )
        )
    )


def _order(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: r.choice(
            (
                "%02d%02d%02d%s" % (fl.year % 100, fl.month, fl.day,
                                    "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ0123456789") for _ in range(8))),
                "INV/%d%02d%02d/MPL/%d" % (fl.year, fl.month, fl.day, r.randint(1000000000, 9999999999)),
                "ORD-" + fl.digits(9),
                "58" + fl.digits(13),
            )
        )
    )  # fmt: skip


def _file(fl: Fill, i: int) -> str:
    r = fl.rng
    d = _date(fl, i)
    stamp = "%d%02d%02d" % (d.year, d.month, d.day)
    return r.choice(
        (
            "IMG-%s-WA%04d.jpg" % (stamp, r.randint(1, 400)),
            "Screenshot_%s-%02d%02d%02d_WhatsApp.jpg" % (stamp, r.randint(7, 21), r.randint(0, 59), r.randint(0, 59)),
            "VID-%s-WA%04d.mp4" % (stamp, r.randint(1, 90)),
        )
    )  # fmt: skip


def _kls(fl: Fill, i: int) -> str:
    """A class of the school the text names (SD, SMP/MTs or SMA/SMK)."""
    if "{school}" not in fl.cache:
        fl.cache["{school}"] = fl.value("school", "")
    school = fl.cache["{school}"]
    if school.upper().startswith("SD"):
        pool = ("IV A", "V B", "VI", "III", "V A")
    elif school.upper().startswith(("SMA", "SMK")):
        pool = ("X-2", "XI IPA 1", "XI IPS 2", "XII-3", "X TKJ 1")
    else:
        pool = ("VII A", "VII C", "VIII B", "IX A", "VIII D")
    return fl.rng.choice(pool)


OTHER_VALUES = {
    # bodies' and scams' numbers
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "x"),
    "owaz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "owal": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "l"),
    "owao": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "otelp": lambda fl, i: fl.write_land(fl.land_raw(), "p"),
    "ext": lambda fl, i: str(fl.rng.randint(101, 349)),
    "biz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "bizl": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "l"),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scaml": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "l"),
    "scamz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "short": lambda fl, i: fl.rng.choice(("1708", "112", "110", "113", "123", "165", "171")),
    "tollfree": lambda fl, i: (
        fl.rng.choice(("0800 1 ", "0800-1-", "0800-1"))
        + "%03d %03d" % (fl.rng.randint(100, 999), fl.rng.randint(0, 999))
    ),
    "cc": lambda fl, i: "1500" + "%03d" % fl.rng.randint(0, 999),
    "npx": _npx,
    "rekx": lambda fl, i: fl.account(fl.cache.get("{bnk}") or fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "rekbri": lambda fl, i: fl.account("BRI"),
    # look-alikes
    "tiket": _tiket,
    "surat": _surat,
    "resi": _resi,
    "order": _order,
    "billing": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("0", "0", "1", "8")) + fl.digits(14)),
    "va": lambda fl, i: fl.fresh(
        lambda: fl.rng.choice(
            (
                "8808 " + " ".join(fl.digits(4) for _ in range(3)),
                "88810" + fl.digits(11),
                "7007" + fl.digits(12),
                "12345" + fl.digits(10),
                "3901" + fl.digits(12),
            )
        )
    ),
    "meter": lambda fl, i: fl.fresh(lambda: "14" + fl.digits(9)),
    "idpel": lambda fl, i: fl.fresh(lambda: "53" + fl.rng.choice("1234") + fl.digits(9)),
    "token": lambda fl, i: "-".join(fl.digits(4) for _ in range(5)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d"
        % (
            fl.rng.choice([k for k in range(1, 31) if k != 8]),
            fl.rng.randint(1, 30),
            fl.rng.randint(1, 999999),
        )
    ),
    "nip": _nip,
    "npsn": lambda fl, i: "503" + fl.digits(5),
    "nisn": lambda fl, i: "0" + fl.digits(9),
    "inv": lambda fl, i: "INV/%d/%02d/%04d" % (fl.year, fl.month, fl.rng.randint(1, 3000)),
    "nota": lambda fl, i: "%05d" % fl.rng.randint(1, 99999),
    "kwit": lambda fl, i: "%04d/KW/%02d/%d" % (fl.rng.randint(1, 999), fl.month, fl.year),
    "antrian": lambda fl, i: "%s-%03d" % ("ABCD"[fl.day % 4], 9 * i + fl.rng.randint(0, 8)),
    "otp": lambda fl, i: fl.digits(6),
    "pin": lambda fl, i: fl.digits(4),
    "file": _file,
    "trx": lambda fl, i: fl.fresh(
        lambda: "%d%02d%02d" % (fl.year, fl.month, fl.day) + fl.digits(8)
    ),
    "rp": lambda fl, i: _money(fl, 50000, 2500000, 25000),
    "rps": lambda fl, i: _money(fl, 5000, 95000, 5000),
    "rpm": lambda fl, i: _money(fl, 100000, 900000, 25000),
    "rpb": lambda fl, i: _money(fl, 2000000, 45000000, 250000),
    "tgl": _tgl,
    "tgll": _tgll,
    "hari": _hari,
    "dname": lambda fl, i: DAYS[_date(fl, i).weekday()],
    "jam": lambda fl, i: (
        "%02d.%02d" % (fl.rng.randint(8, 15), fl.rng.choice((0, 0, 15, 30, 30, 45)))
    ),
    "jamr": _jamr,
    "ts": _ts,
    "hm": _hm,
    "md": _maildate,
    "thn": lambda fl, i: str(fl.year),
    "thl": lambda fl, i: str(fl.year - fl.rng.randint(3, 9)),
    "rtn": lambda fl, i: "%02d" % fl.rng.randint(1, 42),
    "rwn": lambda fl, i: "%02d" % fl.rng.randint(1, 14),
    "num": lambda fl, i: str(fl.rng.randint(3, 40)),
    "kls": _kls,
    # places, bodies
    "kel": lambda fl, i: fl.pick("kel", KELURAHAN),
    "kec": lambda fl, i: fl.pick("kec", KECAMATAN),
    "jl": lambda fl, i: fl.pick("jl", PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.pick("jl", PUBLIC_STREETS), fl.rng.randint(1, 140)),
    "pusk": lambda fl, i: fl.pick("pusk", PUSK),
    "school": lambda fl, i: fl.pick("school", SCHOOLS),
    "church": lambda fl, i: fl.pick("church", CHURCHES),
    "shop": lambda fl, i: fl.pick("shop", SHOPS),
    "workshop": lambda fl, i: fl.pick("workshop", WORKSHOPS),
    "laundry": lambda fl, i: fl.pick("laundry", LAUNDRIES),
    "caterer": lambda fl, i: fl.pick("caterer", CATERERS),
    "travel": lambda fl, i: fl.pick("travel", TRAVELS),
    "rental": lambda fl, i: fl.pick("rental", RENTALS),
    "kos": lambda fl, i: fl.pick("kos", KOS),
    "sedot": lambda fl, i: fl.pick("sedot", SEDOT),
    "tank": lambda fl, i: fl.pick("tank", TANKS),
    "copy": lambda fl, i: fl.pick("copy", COPIES),
    "bimbel": lambda fl, i: fl.pick("bimbel", BIMBEL),
    "counter": lambda fl, i: fl.pick("counter", COUNTERS),
    "cv": lambda fl, i: fl.pick("cv", COMPANIES),
    "kop": lambda fl, i: fl.pick("kop", COOPS),
    "loan": lambda fl, i: fl.pick("loan", LOAN_APPS),
    "kurir": lambda fl, i: fl.pick("kurir", COURIERS),
    "posy": lambda fl, i: fl.pick("posy", POSYANDU),
    "pasar": lambda fl, i: fl.pick("pasar", MARKETS),
    "pet": lambda fl, i: fl.pick("pet", PETS),
    "bnk": lambda fl, i: fl.pick("bnk", BANKS),
    # more figures
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "thnb": lambda fl, i: str(fl.year + 1),
    "rpk": lambda fl, i: _money(fl, 5000, 40000, 1000),
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
    "reg": lambda fl, i: "%03d/REG/%02d/%d" % (fl.rng.randint(1, 700), fl.month, fl.year),
    "dtks": lambda fl, i: fl.fresh(lambda: "5371" + fl.digits(4) + "000" + fl.digits(7)),
    "nib": lambda fl, i: fl.fresh(
        lambda: fl.rng.choice(("91203", "81202", "12200")) + fl.digits(8)
    ),
}

# words a body's name drops when it becomes a mailbox or a handle
SLUG_DROP = {"toko", "kos", "bengkel", "laundry", "catering", "travel", "rental", "mobil", "sedot",
             "wc", "air", "tangki", "fotokopi", "print", "bimbel", "lbb", "counter", "pulsa", "cv",
             "pt", "koperasi", "ksp", "kopdit", "jemaat", "paroki", "posyandu", "pasar", "dan", "&"}  # fmt: skip
SLUG_SHORT = {"puskesmas": "pkm", "gmit": "gmit"}


def slug(name: str) -> str:
    """A body's name as its mailbox or handle writes it (``Puskesmas Oepoi`` → ``pkmoepoi``)."""
    words = [SLUG_SHORT.get(w, w) for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    kept = [w for w in words if w not in SLUG_DROP] or words
    return "".join(kept)


PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
PERSON_KEYS = {"N", "G", "F"}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``."""
    return ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if (
            name.isupper() and len(name) > 1 and name not in PERSON_KEYS
        ):  # {KEL} is {kel} in capitals
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = fl.value(name.lower(), index)
            return fl.cache[low].upper()
        if key not in fl.cache:
            fl.cache[key] = fl.value(name, index)
        return fl.cache[key]

    return PLACEHOLDER.sub(sub, template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|rt\d|perumnas|perum|perumahan|btn|griya|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
PUNCT_EDGE = ".,;:!?-/'\")]}>|"


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9OI]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OolISB]", "", seg)):
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


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if "\r" in text or " \n" in text or text != text.strip():
        bad.append("carriage return or trailing space")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    scan = style in SCANNED
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
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9 .\-]", seg)
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
    del scan
    # every other occurrence of a labelled value in the same text is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        if s["kind"] == "name":
            for word in re.findall(r"[A-Za-z]{3,}", seg):
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append(f"unlabelled name word {word!r}")
        elif s["kind"] == "email":
            local = AT_FORM.split(seg)[0].split(" [dot] ")[0]
            if len(local) < 5:  # nama@contoh.com: "nama" is a word of the form too
                continue
            for m in re.finditer(r"(?<![\w.])%s(?![\w])" % re.escape(local), text, re.IGNORECASE):
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
            for core in cores:
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


MALE_WORDS = r"om|opa|bapa|pak|bpk|bapak|bp|suami|ayah|tn|sdr|ama|ko|mas|almarhum|alm|pnt|pdt"
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|istri|bidan|nona|nn|ny|sdri|ina|ci|mbak|almarhumah|almh|nyonya|kaka nona"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|rt|guru|bidan|lurah)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
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
    S: tuple[int, ...] = (),
    orig: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
) -> tuple:
    return (
        style,
        theme,
        text.strip("\n"),
        {"F": F, "M": M, "E": E, "Y": Y, "S": S, "O": orig or {}, "fam": fam or {}},
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    """The template's spec, with the sex a kin word, a title or a spouse's word gives a person."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
    both = auto["M"] & auto["F"]
    if both - set(base["F"]) - set(base["M"]):
        raise SystemExit(f"a person given both sexes: {sorted(both)}\n{chosen[:300]}")
    greet = GREETING.search(chosen[:300])
    return {
        "greet": greet.group(1).lower() if greet else "",
        "F": set(base["F"]) | (auto["F"] - set(base["M"])),
        "M": set(base["M"]) | (auto["M"] - set(base["F"])),
        "E": set(base["E"]),
        "Y": set(base["Y"]),
        "S": set(base["S"]),
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
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
            if tries > 600:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:400]}"
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            marked = fill(chosen, fl)
            text, spans, values = extract(marked)
            last = problems(text, spans, values, style)
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)|titik| \.", seg):
            return "written to dodge scrapers"
        if re.search(
            r"\.(go\.id|ac\.id|co\.id|belajar\.id)$", seg, re.IGNORECASE
        ) and not seg.endswith("yahoo.co.id"):
            return "a person's own on an employer's host"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt|\d", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|btn|griya", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if kind == "phone":
        if re.search(r"[OolISB]", seg):
            return "letters for digits"
        if seg.startswith("(+62)"):
            return "(+62)"
        if re.match(r"\+62 ?-?380", seg):
            return "Kupang landline, +62"
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•·]", seg):
            return "underscores, bullets or middle dots"
        if "." in seg:
            return "dots"
    if re.search(r"[OolISB]", seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        if len(d) == 22:
            return "NITKU"
        if len(d) == 15:
            return "15 digits dotted" if "." in seg else "15 digits in one block"
        return "16 digits (the NIK)"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


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
        "length of a text: %d to %d characters, %d on average; %d to %d lines, %d on average"
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
    runs = ats = phones = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()_•·]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
                if phone_ok(m.group().strip()):
                    phones += 1
        for m in re.finditer(r"\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                ats += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("of them shaped as a mobile or a Kupang line:", phones)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    """Every unlabelled run of digits and every unlabelled @ token, with the forty characters before it."""
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()_•·]{4,}\d|\d{5,}|\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
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
    for kind in ("phone", "email", "name"):
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
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate. «a¦b» draws one branch.
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1}/{lg1} the name a person is
# called by, {f1}/{F1} family name, {s1} how a chat saved the person; {hp1} the person's mobile
# ({hpb1} block, {hpd1} dashes, {hps1} spaces, {hpg1} 4-3-rest, {hph1} 4-3-rest with dashes,
# {hpt1} dots, {hpi1} +62 with dashes, {hpp1} +62 with spaces, {hpj1} +62 in a block, {hpk1} 62
# in a block, {hpm1} 62 with spaces, {hpq1} 62 with dashes, {hpc1} (+62), {hpu1} underscores,
# {hpv1} bullets, {hpw1} middle dots, {hpo1} letters for digits, {hpn1} over a line, {hpx1}
# plain, {hpl1} local, {hpz1} international); {hq1} a second mobile (same suffixes); {tr1} the home
# line ({trp1} no +62); {nik1} ({nikb1} {niks1} {nikt1} {niko1}); {kk1}; {npd1} {npb1} {npn1}
# {npt1} NPWP; {bpjs1} ({bpjss1}); {em1} ({emp1} plain, {emx1} a dodge, {emn1} over a line,
# {emk1} on an employer's host); {bank1}/{rek1}, {rkbri1} … an account in a named bank; {ad1}
# street and number, {adr1} with RT/RW, {rt1} RT/RW alone; {pl1} plate; {age1} {lahir1} {pkel1}.
# Not a person's: {owa} an office's, a desk's or a committee's mobile ({owaz} international,
# {owal} local, {owao} letters), {otel} an office's line, {ext}, {biz} {bizl} a business's mobile,
# {scam} {scaml} {scamz} a scam's, {short}, {tollfree}, {cc}; {npx} a body's NPWP, {rekx}
# {rekntt} a body's account; look-alikes {tiket} {surat} {resi} {order} {billing} {va} {meter}
# {idpel} {token} {samb} {nip} {npsn} {nisn} {inv} {nota} {kwit} {antrian} {otp} {pin} {file}
# {trx}; figures {rp} {rps} {rpm} {rpb} {tgl} {tgll} {hari} {dname} {jam} {jamr} {ts} {hm} {md}
# {thn} {thl} {rtn} {rwn} {num} {kls}; places and bodies {kel} {kec} {jl} {jlno} {pusk} {school}
# {church} {shop} {workshop} {laundry} {caterer} {travel} {rental} {kos} {sedot} {tank} {copy}
# {bimbel} {counter} {cv} {kop} {loan} {kurir} {posy} {pasar} {pet} {bnk}; {KEL} and the like
# give the capitals.

TEMPLATES: list[tuple] = []

# ================================================================ wa_broadcast
# WhatsApp forwards and broadcasts: notices of RTs, churches, schools, posyandu, outages, with
# numbers to call. The Ketua RT, a cadre, a wali kelas, a tank's owner give their own mobiles; the
# office, the desk on duty, the committee and the secretariat do not.
TEMPLATES += [
    T(
        "wa_broadcast",
        "utilities",
        """
*Diteruskan*
PENGUMUMAN RT {rtn1}/RW {rwn1} KEL. {KEL}
Selamat sore bapa mama warga RT {rtn1} yg beta hormati. Info dari PDAM: air mati hari {dname2}, {tgll2} jam {jamr} karena perbaikan pipa induk di {jl}. «Tolong tampung air dari sekarang.¦Mohon siapkan bak penampung dari malam.»
Yg mau pesan air tangki bisa hub Om [[n:{g2}]] [[p:{hp2}]], dia ada tangki 5.000 liter, «Rp 150.000 sekali antar¦harga Rp 175.000 dalam kelurahan¦Rp 125.000 sa».
Keluhan ke call center PDAM {otel1} atau WA pengaduan {owa1}, jang telpon beta tengah malam 🙏
Data KK warga baru «kirim ke email beta [[e:{emp1}]]¦kirim ke beta pung email [[e:{emp1}]]» atau antar ke rumah.
Ketua RT {rtn1}
[[n:{n1}]]
HP [[p:{hp1}]]
""",
    ),
    T(
        "wa_broadcast",
        "health",
        """
Forwarded
*INFO {POSY} RT {rtn1}*
Shalom bapa mama. Posyandu bulan ini «hari {dname1}, {tgll1}¦tanggal {tgll1}» jam 08.00 di «halaman gereja¦rumah Ketua RT¦balai RT». Bawa buku KIA«¦ dan kartu JKN anak». Ada imunisasi campak-rubela dan vitamin A.
Kader bertugas:
- Mama [[n:{g1}]] [[p:{hp1}]]
- Kak [[n:{n2}]] [[p:{hp2}]]
- [[n:{n3}]] [[p:{hp3}]]
HP kader jaga (bergilir): {owa1}
Pendaftaran imunisasi lewat WA {PUSK} {owa2}, jam layanan {jamr}.
Tuhan memberkati 🙏
""",
        F=(2, 3),
    ),
    T(
        "wa_broadcast",
        "events",
        """
WARTA JEMAAT {CHURCH}
Minggu, {tgll1}
1. Ibadah rumah tangga minggu ini di rumah «Bpk.¦Ibu¦keluarga» [[n:{n1}]], [[a:{adr1}]], jam 18.30.
2. Persembahan syukur dari Kel. [[n:{f2}]] dan Kel. [[n:{f3}]].
3. Pendaftaran katekisasi sidi hubungi Pnt. [[n:{n4}]] ([[p:{hp4}]]) paling lambat {tgll2}.
4. Kantor gereja buka Selasa–Jumat {jamr}, telp {otel1}. Sumbangan pembangunan pastori ditransfer ke rekening Majelis Jemaat Bank NTT {rekntt}.
Info lanjut: WA sekretariat {owa1}.
""",
        orig={
            2: ("timor", "rote", "sabu", "flores", "alor"),
            3: ("timor", "rote", "sabu", "flores"),
        },
    ),
    T(
        "wa_broadcast",
        "utilities",
        """
Dari: [[n:{n1}]] ([[p:{hp1}]])
Diteruskan dari grup «warga¦jemaat¦alumni»:
📢 *PEMELIHARAAN JARINGAN PLN UP3 KUPANG*
Hari/tgl : {hari2}
Jam      : {jamr}
Wilayah  : {kel}, {kel2}, sebagian {jl}
Alasan   : pemeliharaan «gardu¦jaringan SUTM¦trafo»
Info & pengaduan: PLN 123 / aplikasi PLN Mobile / WA resmi {owa1}
«Beli token jangan lewat nomor yg tidak jelas.¦Mohon maaf atas ketidaknyamanan.»
""",
    ),
    T(
        "wa_broadcast",
        "education",
        """
*Pengumuman Kelas {kls} – {SCHOOL}*
Yth. Bapak/Ibu orang tua murid. Rapat orang tua hari {dname2}, {tgll2} jam {jam} di ruang kelas. Agenda: «study tour¦ujian praktik¦perpisahan» dan iuran komite. Iuran ditransfer ke rekening komite Bank NTT {rekntt} a.n. Komite {school}, bukan ke rekening pribadi guru.
Kalau ada pertanyaan silakan WA wali kelas, Ibu [[n:{n1}]], di [[p:{hp1}]] (jam kerja saja ya), atau telp TU sekolah {otel1}.
Terima kasih 🙏
""",
    ),
    T(
        "wa_broadcast",
        "neighbourhood",
        """
*DICARI!!!*
Motor Honda Beat «hitam¦putih merah¦biru» nopol [[pl:{pl1}]], no. mesin JM31E-1{otp}, hilang tadi malam di depan «kios¦warung» dekat {pasar}.
Kalau ada yg lihat tolong hubungi pemilik [[n:{g1}]] [[p:{hp1}]] / [[p:{hq1}]] atau langsung lapor ke Polsek «Oebobo¦Kelapa Lima¦Maulafa» {otel1}.
Ada imbalan {rpm1}. Tolong share ke grup lain 🙏
""",
    ),
    T(
        "wa_broadcast",
        "social_aid",
        """
Diteruskan berkali-kali
*INFO PENYALURAN BLT KEL. {KEL}*
Penerima yg namanya ada di daftar silakan ambil di kantor kelurahan hari {dname1} {tgll1} jam {jamr}, bawa KTP dan KK asli.
Yg nama tidak ada tapi merasa layak, hubungi pendamping wilayah {owa1} (jam kerja).
Warga RT 01 sampai RT 15 bisa juga ke Pendamping PKH Kelurahan {kel}, Sdri. [[n:{n1}]], WA [[p:{hp1}]].
Jangan percaya yg minta uang «{rps1}¦{rpm1}» untuk urus nama masuk, laporkan ke SMS 1708 atau WA pengaduan Dinsos {owa2}.
""",
    ),
    T(
        "wa_broadcast",
        "neighbourhood",
        """
*IURAN SAMPAH DAN KEAMANAN RT {rtn1} BULAN {BLN}*
Bapa mama, iuran bulan ini «{rps1}¦{rps2}» per KK. Bisa bayar langsung ke bendahara atau transfer ke rek «BRI [[b:{rkbri1}]]¦BNI [[b:{rkbni1}]]¦Bank NTT [[b:{rkntt1}]]» a.n. [[n:{n1}]] (bendahara). Konfirmasi bukti transfer ke WA bendahara [[p:{hp1}]].
Petugas angkut sampah DLHK datang tiap Selasa dan Jumat jam 06.00. Kalau sampah sonde diangkut, lapor ke WA DLHK {owa1}, jangan ke bendahara.
Salam,
Ketua RT {rtn1}, [[n:{n2}]]
""",
    ),
    T(
        "wa_broadcast",
        "health",
        """
🆘 *DIBUTUHKAN SEGERA DONOR DARAH GOL. «O+¦A+¦B+¦AB+»*
Untuk pasien a.n. [[n:{n1}]] ({age1} th), dirawat di «RSUD S.K. Lerik¦RSUD Prof. Dr. W. Z. Johannes¦RS Siloam Kupang¦RS Leona» ruang «ICU¦bedah¦penyakit dalam», butuh «2¦3¦4» kantong.
Yg bisa bantu langsung ke UTD PMI Kota Kupang ({jlno}), sebut nama pasien.
Hub keluarga: [[n:{g2}]] [[p:{hp2}]] / [[n:{g3}]] [[p:{hp3}]]
Info stok darah PMI: {otel1}
Mohon dibantu share 🙏
""",
    ),
    # ---- without spans
    T(
        "wa_broadcast",
        "utilities",
        """
*INFO GANGGUAN PLN*
Yth. pelanggan PLN UP3 Kupang, terkait gangguan penyulang «Oesapa¦Naikoten¦Penfui¦Bakunase» pada {hari1} pukul {hm1} WITA, aliran listrik di sebagian wilayah {kel}, {kel2} dan {kel3} padam. Petugas sedang melakukan perbaikan, estimasi normal «2 jam¦3 jam¦sore ini».
Pelaporan gangguan: PLN 123, aplikasi PLN Mobile, atau WA resmi {owa1}. Cek tagihan: ketik CEK<spasi>IDPEL kirim ke WA {owa2}.
Jangan berikan ID pelanggan, nomor meter dan kode token kepada pihak yang mengaku petugas.
Kode gangguan: {tiket}
#PLNMelayani @pln.up3kupang
""",
    ),
    T(
        "wa_broadcast",
        "public_services",
        """
*LAYANAN JEMPUT BOLA DISDUKCAPIL KOTA KUPANG*
Perekaman KTP-el & cetak KIA di Kel. {kel}:
- RT 01–RT 04: {dname1}, {tgll1}
- RT 05–RT 09: {dname2}, {tgll2}
- RT 10–RT 14: {dname3}, {tgll3}
Tempat: aula kelurahan, jam {jamr}.
Syarat: fotokopi KK, surat pengantar RT/RW, «pas foto anak untuk KIA¦akta lahir untuk KIA».
Antrian online via WA {owa1}. Info: {otel1} atau email disdukcapil@kupangkota.go.id.
Layanan GRATIS, tidak dipungut biaya!
""",
    ),
    T(
        "wa_broadcast",
        "scam_fraud",
        """
⚠️ *HATI-HATI PENIPUAN* ⚠️
Beredar pesan WA dari nomor {scam1} dan {scam2} yang mengaku petugas Dinas Sosial, minta transfer {rpm1} untuk "biaya pencairan bansos". Ada juga yg kirim email dari bansos.kemensos.kupang@gmail.com dan link bit.ly/bansos-{otp}.
Dinas Sosial TIDAK PERNAH memungut biaya. Info resmi hanya lewat call center {cc1}, WA center Kemensos {owa1} atau datang ke kantor di {jlno}.
Kalau su terlanjur transfer segera lapor ke bank dan polisi (110).
Sebarkan ke keluarga!
""",
    ),
    T(
        "wa_broadcast",
        "events",
        """
*JADWAL PELAYANAN KANTOR {CHURCH}*
Senin: tutup
Selasa–Jumat: {jamr}
Sabtu: 08.00–12.00
Urusan baptisan, nikah, atestasi: sekretariat jemaat, telp {otel1} / WA {owa1}.
Email: {churchslug}@gmail.com
Persembahan lewat transfer: Bank NTT {rekntt} / BRI {rekbri} a.n. Majelis Jemaat.
Ibadah Minggu: 06.00, 09.00 dan 17.00.
""",
    ),
    T(
        "wa_broadcast",
        "education",
        """
*PPDB {SCHOOL} TAHUN AJARAN {thn}/{thnb}*
Pendaftaran online: {tgll1} s.d. {tgll4}
Kuota: 224 siswa (7 rombel)
Jalur: zonasi 50%, afirmasi 15%, perpindahan tugas 5%, prestasi 30%
Berkas: KK, akta lahir, rapor, NISN
Helpdesk PPDB: WA {owa1} / {owa2} (jam {jamr})
Email: ppdb.{schoolslug}@gmail.com
NPSN {npsn}
""",
    ),
]

# ================================================================ poster_flyer
# Posters, flyers, signs and banners copied into a complaint: a kos whose sign names its owner, a
# private tutor, a finder, a tournament's contact persons, a house for sale by its owner; beside
# the lines of tutoring businesses, travels, sedot WC, counters and committees.
TEMPLATES += [
    T(
        "poster_flyer",
        "commerce",
        """
Yth. Admin Pengaduan Kota Kupang, sy mau lapor penipuan kos. Sy lihat brosur ini ditempel di tiang listrik depan kampus Undana Penfui:

"{KOS}
TERIMA PUTRI – KAMAR MANDI DALAM – WIFI
{rpm1}/BULAN
HUB. [[p:{hp1}]]
(IBU [[n:{N1}]])"

Sy su transfer DP {rpm2} ke rek BRI [[b:{rkbri1}]] a.n. [[n:{N1}]] tgl {tgl1}. Waktu sy datang {tgl2}, kamar su ada orang, ibu kos sonde angkat telpon lagi. Mohon dibantu.
[[n:{n2}]], mahasiswi, HP [[p:{hp2}]]
""",
        F=(1, 2),
    ),
    T(
        "poster_flyer",
        "education",
        """
Mohon ditertibkan brosur yg ditempel di pagar {SCHOOL}, anak-anak jadi ribut. Isi brosurnya:

1) {BIMBEL}
Bimbingan belajar SD–SMA, «kelas kecil max 8 siswa¦tryout tiap bulan». Pendaftaran WA {biz1} / {biz2}. {jlno}. IG @{bimbelslug}

2) LES PRIVAT MATEMATIKA & IPA
Guru berpengalaman, bisa datang ke rumah. {rps1}/pertemuan.
Hub: Kak [[n:{g1}]] [[p:{hp1}]]

Sy bukan melarang les, tapi tempel brosur di pagar sekolah itu tidak pantas.
– [[n:{n2}]], orang tua murid
""",
    ),
    T(
        "poster_flyer",
        "public_services",
        """
Foto pengumuman di papan info {pasar}:
"DITEMUKAN DOMPET WARNA «COKLAT¦HITAM» BERISI KTP A.N. [[n:{N1}]], KARTU ATM «BRI¦BNI¦BANK NTT» DAN SIM C. YANG MERASA MEMILIKI HUB. «[[p:{hpl2}]]¦[[p:{hpo2}]]» ([[n:{N2}]])"
(foto dibaca pakai aplikasi, mungkin ada huruf yang salah)
Sy pemilik dompet itu. Sy su telpon nomor itu «3 kali¦berkali-kali» tapi sonde diangkat, ada yg bilang dompet su diserahkan ke pos satpam pasar. Pos satpam pung nomor {owa1} ju sonde aktif. Mohon bantuan UPTD pasar.
Terima kasih, [[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "poster_flyer",
        "commerce",
        """
Ini poster lowongan yang sy dapat di FB:
"DICARI KARYAWATI «KASIR¦ADMIN TOKO¦PRAMUNIAGA» – {SHOP}
Syarat: wanita, usia 18–30 thn, min. SMA/SMK, jujur & rajin.
Kirim lamaran ke email: «hrd¦rekrut¦karir».{shopslug}@gmail.com atau WA {biz1} (HRD).
Paling lambat {tgll3}."
Sy su kirim lamaran dari email sy [[e:{emp1}]] tgl {tgl1}, sampai sekarang tidak ada balasan, di WA cuma centang satu. Apakah lowongan ini benar? Sy takut foto KTP sy disalahgunakan.
[[n:{n1}]] – [[p:{hp1}]]
""",
        F=(1,),
    ),
    T(
        "poster_flyer",
        "events",
        """
Brosur ini dibagi di grup, tapi panitia minta uang pendaftaran dua kali. Mohon Pak Lurah cek.

TURNAMEN FUTSAL ANTAR RT SE-KELURAHAN {KEL} – PIALA LURAH {thn}
Pendaftaran {rpm1}/tim, paling lambat {tgll1}
Technical meeting: {hari2}, jam {jam}, aula kelurahan
Hadiah: juara 1 «Rp 3.000.000¦Rp 5.000.000¦Rp 2.500.000» + piala, juara 2 & 3 piala + bola
Juara tahun lalu: RT {rtn1}
WA panitia: {owa1} / {owa2}
CP: [[n:{n1}]] ([[p:{hp1}]]), [[n:{n2}]] ([[p:{hp2}]])
""",
    ),
    T(
        "poster_flyer",
        "transport",
        """
Sy mau lapor sopir travel yang ugal-ugalan. Sy pesan dari brosur ini:
"{TRAVEL}
KUPANG – SOE – KEFA – ATAMBUA
BERANGKAT TIAP HARI JAM 06.00 & 13.00
TIKET «RP 150.000¦RP 175.000¦RP 200.000»
HUB/WA: {bizl1} / {bizl2}"
Sopirnya bilang namanya [[n:{g1}]], HP [[p:{hp1}]], mobil Avanza «putih¦silver» plat [[pl:{pl1}]]. Di «Takari¦Camplong¦Niki-Niki» dia bawa 120 km/jam sambil main HP, waktu ditegur dia marah. Mohon Dishub tindak.
Sy [[n:{n2}]], HP [[p:{hp2}]].
""",
        M=(1,),
    ),
    T(
        "poster_flyer",
        "commerce",
        """
Tolong ditertibkan spanduk-spanduk liar di pagar taman {jl}. Sy catat isinya:
– "{SEDOT} – CEPAT, BERSIH, BERGARANSI – HUB {bizl1}"
– "DIJUAL RUMAH TYPE 45, SHM, «RP 450 JT¦RP 385 JT¦RP 520 JT» NEGO. HUB [[p:{hp1}]] ([[n:{G1}]])"
– "TERIMA SERVIS KULKAS & AC PANGGILAN – WA {biz2}"
– "{COUNTER} – PULSA, PAKET DATA, TOKEN LISTRIK – {bizl3}"
Spanduk diikat di pohon peneduh, ada yang dipaku. Kalau dibiarkan taman jadi kotor.
""",
    ),
    T(
        "poster_flyer",
        "health",
        """
Sy mau tanya apakah praktik bidan di brosur ini punya izin? Brosurnya dibagi di posyandu:
"PRAKTIK MANDIRI BIDAN [[n:{N1}]], A.Md.Keb
Melayani: periksa hamil, KB suntik & implan, imunisasi, persalinan normal
Tempat: di rumah, [[a:{adr1}]], Kel. {pkel1}
HP/WA: [[p:{hp1}]]
Buka setiap hari 07.00–20.00"
Tetangga sy bilang dia bukan bidan lagi. Mohon Dinkes cek.
– [[n:{n2}]]
""",
        F=(1,),
    ),
    T(
        "poster_flyer",
        "neighbourhood",
        """
Diteruskan dari grup «RT¦kompleks»:
"DICARI ANJING HILANG 🐕
Nama: {pet}
Jenis kampung, warna «coklat putih¦hitam¦belang», kalung merah
Hilang sejak {dname1} sore di sekitar {jl}.
Yang menemukan mohon hub [[n:{g1}]] [[p:{hp1}]]. Ada imbalan {rpm1}."
Katanya anjing ini ditangkap petugas razia rabies. Mohon info kandang penampungan Dinas Peternakan nomor berapa? Nomor yang di web {otel1} sonde aktif.
""",
    ),
    # ---- without spans
    T(
        "poster_flyer",
        "public_services",
        """
PAJAK BUMI DAN BANGUNAN (PBB-P2) TAHUN {thn}
Jatuh tempo: 31 Agustus {thn}
Bayar di: Bank NTT, kantor pos, minimarket, aplikasi «BRImo¦Tokopedia¦DANA»
Cek tagihan: WA {owa1}, ketik NOP (contoh format {nop})
Keterangan lunas diambil di loket Bapenda, {jlno}
Telp {otel1} · email bapenda@kupangkota.go.id · IG @bapenda.kotakupang
"Orang bijak taat pajak"
""",
    ),
    T(
        "poster_flyer",
        "commerce",
        """
{COPY}
Fotokopi Rp 300/lbr · Print warna Rp 2.000 · Jilid · Laminating · Pas foto
Cetak spanduk mulai {rpm1}
WA {biz1}
{jlno} (depan «Undana¦SMAN 1¦Kantor Pos»)
Buka Senin–Sabtu {jamr}
""",
    ),
    T(
        "poster_flyer",
        "commerce",
        """
JOB FAIR KOTA KUPANG {thn}
{hari1}, jam {jamr}, Aula «El Tari¦Rumah Jabatan Wali Kota»
30+ perusahaan · 1.200 lowongan
Daftar gratis: bursakerja.kotakupang@gmail.com atau WA panitia {owa1}
Info Disnaker: {otel1} psw {ext}
Bawa CV, fotokopi KTP dan kartu AK1
""",
    ),
    T(
        "poster_flyer",
        "scam_fraud",
        """
WASPADA PENIPUAN MENGATASNAMAKAN «BANK NTT¦BRI¦BNI»!
Bank tidak pernah meminta PIN, OTP, password atau kode verifikasi melalui telepon, SMS, WhatsApp maupun nomor pribadi seperti {scam1} atau {scam2}.
Hubungi hanya call center {cc1}, bebas pulsa {tollfree}, kantor cabang {otel1}, atau WA resmi {owa1} (centang hijau).
Tarif transfer tidak pernah diubah lewat link. Laporkan ke halobank@«bankntt.co.id¦bri.co.id¦bni.co.id».
""",
    ),
    T(
        "poster_flyer",
        "events",
        """
BAZAR AMAL & LELANG KUE
PANITIA PEMBANGUNAN GEDUNG {CHURCH}
{hari1}, jam {jamr}, halaman gereja
Kupon {rps1} (1 porsi se'i babi + minum)
Pemesanan kupon & konfirmasi: WA panitia {owa1} / {owa2}
Sumbangan: Bank NTT {rekntt} (rekening panitia)
Info sekretariat: {otel1}
""",
    ),
]

# ================================================================ email_thread
# Mail threads with signatures and quoted replies: residents' own mailboxes (free hosts, an
# employer's host, dodged, cut by a line break), their names in headers (``Family, Given`` too),
# beside offices', units', posts', companies' and no-reply mailboxes and their signature lines.
TEMPLATES += [
    T(
        "email_thread",
        "utilities",
        """
Subject: Re: Saluran air tersumbat di depan rumah
From: Bidang SDA Dinas PUPR Kota Kupang <sda.pupr@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Date: {md2}

Yth. Sdr/i [[n:{n1}]],
Terima kasih atas laporannya. Laporan sudah kami catat dengan nomor {tiket}. Tim pembersihan saluran akan turun paling lambat 3 hari kerja. Bila mendesak hubungi piket «{owa1}¦{otel3}».

Salam,
Bidang Sumber Daya Air
Dinas PUPR Kota Kupang
{jlno} | Telp. {otel1} | Fax {otel2}

Pada {md1}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Dengan hormat,
> Saluran drainase di depan rumah sy di [[a:{adr1}]], Kel. {pkel1}, tersumbat sampah dan lumpur sejak «musim hujan¦bulan lalu». Kalau hujan air masuk ke halaman.
> Foto terlampir ({file1}).
> Salam,
> [[n:{n1}]]
> HP/WA [[p:{hp1}]]
""",
    ),
    T(
        "email_thread",
        "education",
        """
From: [[n:{n1}]] <[[e:{emk1}]]>
To: Subbag Kepegawaian Dinas Pendidikan <kepegawaian.dikbud@kupangkota.go.id>
Cc: kepsek.{schoolslug}@gmail.com
Subject: Tunjangan sertifikasi triwulan «I¦II¦III» belum masuk
Date: {md1}

Dengan hormat,
Sy guru «IPA¦Matematika¦Bahasa Indonesia» di {school}, NIP {nip}. Tunjangan sertifikasi triwulan ini belum masuk ke rekening sy {bank1} [[b:{rek1}]], padahal guru lain sudah. NPWP sy «[[npwp:{npd1}]]¦[[npwp:{npn1}]] (sudah padan NIK)» sudah sy setor ke bendahara. Mohon dicek.
Balasan bisa ke email dinas sy ini atau WA [[p:{hp1}]].

Hormat sy,
[[n:{n1}]], S.Pd.

-----
From: Subbag Kepegawaian Dinas Pendidikan <kepegawaian.dikbud@kupangkota.go.id>
Date: {md3}
Kami sudah teruskan ke Bidang GTK. Untuk konfirmasi silakan hubungi Sub Bagian Umum {otel1} psw {ext}. Mohon tidak membalas ke alamat noreply.dikbud@kupangkota.go.id.
""",
    ),
    T(
        "email_thread",
        "utilities",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
To: pelanggan@pdamkotakupang.co.id
Subject: Tagihan air naik tapi air jarang mengalir
Date: {md1}

Selamat siang,
No. sambungan {samb} a.n. [[n:{n1}]], alamat [[a:{adr1}]]. Tagihan bulan {bln} {rp1}, padahal air mengalir cuma dua kali seminggu. No. meter {meter}. Mohon dicek.
HP [[p:{hp1}]], telp rumah [[p:{tr1}]].

---
From: PDAM Kota Kupang <noreply@pdamkotakupang.co.id>
Date: {md2}
Email ini dikirim otomatis, mohon tidak dibalas. Pengaduan Anda tercatat dengan nomor {tiket}. Untuk informasi hubungi call center {otel2} atau WA {owa1}.
""",
        orig={1: ("timor", "rote", "sabu", "flores", "alor")},
    ),
    T(
        "email_thread",
        "public_services",
        """
---------- Forwarded message ---------
Dari: Admin Pengaduan Kota Kupang <pengaduan@kupangkota.go.id>
Date: {md2}
Subject: Fwd: Permohonan perbaikan data KK
To: Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>

Mohon ditindaklanjuti. Pelapor dapat dihubungi di [[p:{hp1}]].
Admin UPP

---------- Forwarded message ---------
From: [[n:{n1}]] <[[e:{em1}]]>
Date: {md1}
To: pengaduan@kupangkota.go.id

Selamat pagi, sy mau perbaiki tanggal lahir anak sy di KK, tertulis «2016¦2017» padahal «2015¦2014». No KK [[kk:{kk1}]], NIK sy [[nik:{nik1}]]. Sy sudah bawa akta ke loket tapi disuruh kirim email dulu.
HP [[p:{hp1}]], atau telp rumah [[p:{tr1}]] sore hari.
Terima kasih.
[[n:{n1}]]
""",
    ),
    T(
        "email_thread",
        "scam_fraud",
        """
Subject: Fw: Pemberitahuan penonaktifan kartu JKN
From: [[n:{n1}]] <[[e:{emp1}]]>
To: kc.kupang@bpjs-kesehatan.go.id
Date: {md2}

Selamat siang, sy terima email di bawah. Apakah ini benar dari BPJS? Kartu JKN sy [[bpjs:{bpjs1}]] masih aktif kah? Sy tidak klik linknya.
Terima kasih,
[[n:{n1}]]
[[p:{hp1}]]

-----Original Message-----
From: BPJS Kesehatan <bpjskesehatan.layanan.ntt@gmail.com>
To: [[e:{emp1}]]
Sent: {md1}
Subject: Pemberitahuan penonaktifan kartu JKN

Yth. Peserta, kartu Anda akan dinonaktifkan karena tunggakan {rp1}. Segera verifikasi data di http://bpjs-verifikasi-{otp}.xyz/login atau hubungi petugas kami di {scam1}.
""",
    ),
    T(
        "email_thread",
        "social_aid",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Kelurahan {kel} <kelurahan.{kelslug}@gmail.com>
Subject: Re: Data warga belum terima BPNT
Date: {md2}

Selamat pagi Pak Lurah,
Sy Ketua RT {rtn1}/RW {rwn1}. Berikut warga sy yang terdaftar DTKS tapi belum terima BPNT tahap ini:
1. [[n:{n2}]] ({age2} th, lansia) – HP [[p:{hp2}]]
2. [[n:{n3}]] ({age3} th, lansia) – HP [[p:{hp3}]]
3. [[n:{n4}]] ({age4} th) – tidak punya HP, bisa hubungi anaknya [[p:{hp5}]]
Mohon dibantu cek ke Dinsos.

Salam,
[[n:{n1}]]
Ketua RT {rtn1}/RW {rwn1}
HP [[p:{hp1}]]

Pada {md1}, Kelurahan {kel} <kelurahan.{kelslug}@gmail.com> menulis:
> Yth. Ketua RT se-Kelurahan {kel}, mohon kirim data warga DTKS yang belum terima BPNT paling lambat {tgll2}. Konfirmasi ke kantor kelurahan {otel1} atau WA operator {owa1}.
""",
        E=(2, 3, 4),
    ),
    T(
        "email_thread",
        "education",
        """
From: Panitia PMB <pmb@undana.ac.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Re: Tanya jadwal daftar ulang
Date: {md2}

Yth. Sdr/i, konfirmasi daftar ulang sudah kami kirim ulang. Jika belum masuk, cek folder spam atau hubungi helpdesk WA {owa1} (Senin–Jumat {jamr}).
Panitia PMB

Pada {md1}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Selamat siang, sy calon mahasiswa jalur «SNBT¦mandiri», no. peserta {otp}{pin}. Sy belum terima email konfirmasi. Tolong kirim juga ke [[e:{emx1}]] (sy tulis begini supaya tidak kena spam).
> Hormat sy,
> [[n:{n1}]]
> HP [[p:{hpz1}]]
""",
        Y=(),
    ),
    T(
        "email_thread",
        "commerce",
        """
From: HRD {CV} <hrd@{cvslug}.co.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Undangan interview – Staf Administrasi
Date: {md2}

Yth. Sdr/i [[n:{n1}]],
Terima kasih telah melamar. Kami mengundang Anda interview pada {hari4} pukul {jam} di kantor kami, {jlno}. Konfirmasi kehadiran kepada Ibu [[n:{n2}]] (HRD) di [[p:{hp2}]] paling lambat {tgll3}.

Hormat kami,
HRD {CV}
Telp. {otel1} | WA {biz1}
www.{cvslug}.co.id

Pada {md1}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Dengan hormat, bersama ini sy lampirkan CV, surat lamaran dan NPWP («[[npwp:{npd1}]]¦[[npwp:{npn1}]]») untuk posisi staf administrasi. Sy dapat dihubungi di [[p:{hp1}]].
""",
    ),
    T(
        "email_thread",
        "public_services",
        """
(dicetak dari Outlook, kolom pengirim sempit)
Dari    : [[n:{n1}]]
Email   : [[e:{emn1}]]
Telp.   : [[p:{tr1}]] (rumah)
HP      : «[[p:{hp1}]]¦[[p:{hpn1}]]»
Perihal : Keberatan nilai PBB {thn}
Tanggal : {md1}

Yth. Bapenda Kota Kupang,
NOP {nop} a.n. [[n:{n1}]]. Nilai PBB naik dari {rps1} menjadi {rp1} tanpa pemberitahuan. Mohon penjelasan.

Balasan dari Bapenda Kota Kupang <bapenda@kupangkota.go.id>, {md2}:
Keberatan diajukan tertulis ke loket Bapenda ({jlno}) dengan fotokopi SPPT dan KTP. Info {otel1}.
""",
    ),
    # ---- without spans
    T(
        "email_thread",
        "health",
        """
From: Dinas Kesehatan Kota Kupang <dinkes@kupangkota.go.id>
To: Kepala Puskesmas se-Kota Kupang <pkm-kotakupang@googlegroups.com>
Subject: Laporan mingguan kasus DBD minggu ke-{num}
Date: {md1}

Yth. Kepala Puskesmas,
Mohon laporan W2 kasus DBD dikirim paling lambat {hari2} pukul 12.00 ke surveilans.dinkes@kupangkota.go.id. Format terlampir (W2_DBD_{thn}.xlsx).
Narahubung: Seksi Surveilans, telp {otel1} psw {ext}, WA {owa1}.
Fax {otel2}. Surat nomor {surat}.

---
From: {PUSK} <{puskslug}@gmail.com>
Date: {md2}
Laporan terlampir. Total kasus {num2}, rawat inap 2.
""",
    ),
    T(
        "email_thread",
        "commerce",
        """
From: BRI <notifikasi@bri.co.id>
To: nasabah
Subject: Notifikasi Transaksi
Date: {md1}

Nasabah Yth., transaksi pembayaran ke virtual account {va} sebesar {rp1} berhasil pada {tgl1} {hm1}. No. referensi {trx}.
Jika Anda tidak melakukan transaksi ini, segera hubungi Contact BRI 1500017, WA {owa1} atau callbri@bri.co.id.
BRI tidak pernah meminta PIN, OTP atau password.
""",
    ),
    T(
        "email_thread",
        "commerce",
        """
From: {kurir} <no-reply@tracking-{kurirslug}.co.id>
Subject: Paket Anda sedang dikirim
Date: {md1}

Pesanan {order} dengan nomor resi {resi} sedang dalam perjalanan dari Surabaya ke Kupang. Estimasi tiba {tgll3}.
Ongkir {rps1}, COD {rp1}.
Pertanyaan: cs@{kurirslug}.co.id · WA CS {owa1} · call center {cc1}
Jangan bagikan kode OTP {otp} kepada kurir.
""",
    ),
    T(
        "email_thread",
        "education",
        """
From: guru-honor-kotakupang@googlegroups.com
To: guru-honor-kotakupang@googlegroups.com
Subject: [guru-honor] Jadwal verval dapodik semester genap
Date: {md1}

Rekan-rekan, verval dapodik dibuka {tgll1} s.d. {tgll3}. Operator sekolah silakan login ke dapodik.kotakupang.go.id. Kendala aplikasi WA {owa1} atau email dapodik.kotakupang@gmail.com. NPSN yang belum sinkron: {npsn}, {npsn2}.
--
Anda menerima pesan ini karena berlangganan grup guru-honor-kotakupang. Untuk berhenti kirim email ke guru-honor-kotakupang+unsubscribe@googlegroups.com.
""",
    ),
    T(
        "email_thread",
        "scam_fraud",
        """
Diteruskan oleh Admin LAPOR! untuk verifikasi:
From: Direktorat Jenderal Pajak <djp.coretax.kupang@gmail.com>
To: undisclosed-recipients:;
Subject: Pengembalian kelebihan pajak (restitusi) Anda
Date: {md1}

Wajib Pajak Yth., Anda berhak menerima restitusi {rpb1}. Kirim foto KTP, NPWP dan buku rekening ke WA {scam1} paling lambat {tgll2}, atau klik https://coretax-djp-{otp}.site.
Catatan admin: alamat resmi DJP hanya @pajak.go.id, Kring Pajak 1500200.
""",
    ),
]

# ================================================================ web_form
# Web forms and intake records with a contact field: LAPOR!, a kelurahan's guest book, UMKM
# data, PLN Mobile, PPID, SIKS-NG, PPDB, a puskesmas queue, an AK/1 card; beside business lines,
# an office's WhatsApp, an example number and a blank or a body's form.
TEMPLATES += [
    T(
        "web_form",
        "scam_fraud",
        """
FORMULIR PENGADUAN – LAPOR! SP4N
Nomor tiket   : {tiket}
Tanggal       : {tgl1} {hm1}
Nama Pelapor  : [[n:{n1}]]
NIK           : [[nik:{nik1}]]
No. HP/WA     : [[p:{hp1}]]
Email         : [[e:{em1}]]
Alamat        : [[a:{adr1}]], Kel. {pkel1}
Kategori      : Penipuan mengatasnamakan instansi
Isi Laporan   : Sy ditelpon nomor {scam1} yang mengaku petugas «PLN, katanya meteran listrik¦Dukcapil, katanya data KTP¦Bapenda, katanya PBB» sy bermasalah dan minta kode OTP. Sy tidak kasih. Mohon instansi terkait umumkan supaya warga lain tidak tertipu.
Lampiran      : {file1}
Kerahasiaan   : Tidak dirahasiakan
""",
    ),
    T(
        "web_form",
        "public_services",
        """
BUKU TAMU DIGITAL – KANTOR KELURAHAN {KEL}
Waktu kunjungan : {tgl1} {jam}
Nama            : [[n:{n1}]]
No. HP          : [[p:{hp1}]]
Alamat          : [[a:RT {rtn1}/RW {rwn1}]], Kel. {kel}
Keperluan       : Surat keterangan «domisili¦tidak mampu¦usaha»
Petugas layanan : [[n:{n2}]]
Status          : Selesai
Catatan petugas : Pemohon minta dihubungi lewat WA bila surat sudah ditandatangani Lurah. Telp kantor {otel1} sedang rusak, sementara pakai WA kantor {owa1}.
""",
    ),
    T(
        "web_form",
        "commerce",
        """
FORMULIR PENDATAAN UMKM – DINAS KOPERASI & UKM KOTA KUPANG
1. Nama Usaha     : {shop}
2. Jenis Usaha    : «bahan bangunan¦sembako¦alat tulis»
3. Nama Pemilik   : [[n:{n1}]]
4. NIK Pemilik    : [[nik:{nik1}]]
5. HP Pemilik     : [[p:{hp1}]]
6. Email Pemilik  : [[e:{em1}]]
7. Telp/WA Usaha  : {biz1}
8. Email Usaha    : {shopslug}@gmail.com
9. Alamat Usaha   : {jlno}
10. Alamat Rumah  : [[a:{adr1}]]
11. NPWP Usaha    : {npx}
12. NPWP Pemilik  : [[npwp:{np1}]]
13. Omzet/bulan   : {rpb1}
Petugas pendata: Seksi UMKM, telp {otel1}
""",
    ),
    T(
        "web_form",
        "utilities",
        """
PLN Mobile – Pengaduan
ID Pelanggan : {idpel}
No. Meter    : {meter}
Nama         : [[n:{N1}]]
No. HP       : [[p:{hpz1}]]
Email        : [[e:{emp1}]]
Jenis        : Token tidak masuk
Keterangan   : Beli token {rp1} lewat «BRImo¦DANA¦minimarket» tgl {tgl1} jam {hm1}, no. ref {trx}, tapi token tidak muncul. Token: {token}.
No. Laporan  : {tiket}
Status       : Diteruskan ke ULP, petugas akan menghubungi Anda.
""",
    ),
    T(
        "web_form",
        "public_services",
        """
FORMULIR PERMOHONAN INFORMASI PUBLIK – PPID KOTA KUPANG
Nama lengkap*                             : [[n:{n1}]]
No. KTP*                                  : [[nik:{nik1}]]
Alamat*                                   : [[a:{adr1}]]
Nomor HP aktif* (contoh: 081234567890)    : [[p:{hp1}]]
Email «(contoh: user@example.com)¦(contoh: [[e:nama@contoh.com]])» : [[e:{emp1}]]
Informasi yang diminta                    : «Daftar penerima BLT¦Rincian anggaran perbaikan jalan» Kel. {kel} tahun {thl}
Cara menerima                             : «email¦ambil langsung»
Diterima oleh                             : Petugas PPID, {tgl1} {jam}
No. registrasi                            : {reg}
PPID Kota Kupang · ppid@kupangkota.go.id · {otel1}
""",
    ),
    T(
        "web_form",
        "social_aid",
        """
USULAN DTKS – APLIKASI SIKS-NG (cetak)
Kecamatan / Kelurahan : {kec} / {kel}
Nama Kepala Keluarga  : [[n:{N1}]]
No. KK                : [[kk:{kk1}]]
NIK                   : [[nik:{nik1}]]
Alamat                : [[a:{adr1}]]
Jumlah anggota        : «4¦5¦6» orang
No. HP                : [[p:{hp2}]] (milik anak: [[n:{N2}]])
Pekerjaan             : «buruh harian¦nelayan¦tukang ojek»
Penghasilan/bulan     : {rpm1}
Operator              : Operator SIKS-NG Kel. {kel}
HP pendamping         : {owa1}
Tgl input             : {tgl1}
ID usulan             : {dtks}
""",
        fam={2: 1},
    ),
    T(
        "web_form",
        "education",
        """
FORMULIR PENDAFTARAN PESERTA DIDIK BARU – «SMAN 2 KUPANG¦SMAN 6 KUPANG¦SMKN 1 KUPANG¦SMA KRISTEN MERCUSUAR»
NISN             : {nisn}
Nama Siswa       : [[n:{N2}]]
Tempat/Tgl Lahir : Kupang, {lahir2}
Asal Sekolah     : «SMPN 3 Kupang¦SMPN 11 Kupang¦SMPN 16 Kupang¦SMPK St. Yoseph¦MTsN Kota Kupang»
Nama Ayah/Wali   : [[n:{N1}]]
Pekerjaan        : «PNS¦wiraswasta¦petani¦sopir»
No. HP Ortu      : [[p:{hp1}]]
Email Ortu       : [[e:{em1}]]
Alamat           : [[a:{adr1}]]
Kontak sekolah   : TU {otel1} · Operator PPDB {owa1}
""",
        M=(1,),
        S=(2,),
        fam={2: 1},
    ),
    T(
        "web_form",
        "health",
        """
PENDAFTARAN ONLINE – {PUSK}
No. Antrian     : {antrian}
Poli            : «Umum¦KIA¦Gigi¦Lansia»
Nama Pasien     : [[n:{n1}]]
No. BPJS/KIS    : [[bpjs:{bpjs1}]]
NIK             : [[nik:{nik1}]]
No. HP          : [[p:{hp1}]]
No. HP keluarga : [[p:{hp2}]] («anak¦kakak¦adik»)
Keluhan         : «demam 3 hari¦batuk pilek¦kontrol tensi»
Daftar via WA {owa1} atau loket, info {otel1}.
""",
    ),
    T(
        "web_form",
        "commerce",
        """
KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA (AK/1) – DISNAKER KOTA KUPANG
No. Pendaftaran  : {reg}
NIK              : [[nik:{nik1}]]
Nama             : [[n:{N1}]]
Jenis Kelamin    : {jk1}
Tempat/Tgl Lahir : «Kupang¦Soe¦Ba'a¦Seba¦Waingapu», {lahir1}
Alamat           : [[a:{adr1}]]
No. HP/WA        : [[p:{hp1}]]
E-mail           : [[e:{emx1}]]
Pendidikan       : «SMK¦D3¦S1»
Pengantar kerja  : Seksi Penempatan, telp {otel1} psw {ext}
Berlaku s.d.     : {tgl4}
""",
    ),
    # ---- without spans
    T(
        "web_form",
        "public_services",
        """
FORMULIR PENGADUAN MASYARAKAT (contoh pengisian)
Nama         : ..............................
NIK          : ................ (16 digit)
No. HP/WA    : 08xx-xxxx-xxxx (contoh: 081234567890)
Email        : (contoh: user@example.com)
Isi laporan  : ..............................
Kirim formulir ke pengaduan@kupangkota.go.id atau WA {owa1}, SMS 1708, telp {otel1}.
Jam layanan Senin–Jumat 08.00–15.30. Tiket dikirim otomatis dari noreply@lapor.go.id.
""",
    ),
    T(
        "web_form",
        "commerce",
        """
PENDAFTARAN KEMITRAAN – DINAS KOPERASI & UKM
Nama Pelaku Usaha : {KOP}
Bentuk            : Koperasi
NIB               : {nib}
NPWP              : {npx}
Telepon           : {otel1}
WhatsApp          : {owa1}
Email             : {kopslug}@gmail.com
Alamat Usaha      : {jlno}
Jumlah anggota    : {num}0
Tgl daftar        : {tgl1}
""",
    ),
    T(
        "web_form",
        "public_services",
        """
LAPOR! – Detail Laporan {tiket}
Nama Pelapor  : Dirahasiakan
No. HP        : (disembunyikan)
Kategori      : Infrastruktur – Penerangan jalan
Isi           : Lampu jalan di {jl} dari simpang {kel} sampai depan {school} mati sejak {tgl1}. Jalan gelap, «sudah 2 kali¦beberapa kali» ada jambret.
Disposisi     : Dinas Perhubungan (PJU), telp {otel1}, WA {owa1}
Status        : Ditindaklanjuti {tgl3}
""",
    ),
    T(
        "web_form",
        "health",
        """
PEMUTAKHIRAN DATA FASILITAS KESEHATAN – DINKES KOTA KUPANG
Nama Faskes    : {PUSK}
Kode Faskes    : 2402{otp}
Alamat         : {jlno}
Telepon        : {otel1}
WA Pendaftaran : {owa1}
Email          : {puskslug}@gmail.com
Jam layanan    : Senin–Kamis {jamr}, Jumat 07.30–11.00
UGD 24 jam     : {otel2}
Diisi tanggal  : {tgl1}
""",
    ),
    T(
        "web_form",
        "public_services",
        """
KONFIRMASI PEMBAYARAN PBB-P2 (e-SPPT)
NOP           : {nop}
Tahun pajak   : {thn}
Nama WP       : (tidak ditampilkan)
Pokok         : {rp1}
Denda         : {rps1}
Kode billing  : {billing}
Bayar via VA  : {va}
Tgl bayar     : {tgl2} {hm1}
NTPD          : {trx}
Bukti ini sah tanpa tanda tangan. Info Bapenda {otel1} / WA {owa1}.
""",
    ),
]

# ================================================================ scam_report
# Reports of scams, debt collectors and online loans: the numbers and mailboxes that called or
# wrote stay unlabelled unless their user is named; the writer's own, a relative's, a named
# collector's, a seller dealt with as a person, the real officer's are labelled.
TEMPLATES += [
    T(
        "scam_report",
        "scam_fraud",
        """
«Selamat pagi¦Slmt pagi» admin, sy mau lapor penipuan. Tadi pagi ada yang telpon sy pake nomor {scam1}, ngaku petugas Dukcapil, katanya data KTP sy harus diaktivasi ulang dan minta sy sebut kode OTP yang masuk. Sy sempat kasih satu kode, langsung WA sy tidak bisa dibuka. Sekarang ada orang pake WA sy untuk pinjam uang ke keluarga.
Nomor WA sy yang dibajak: [[p:{hp1}]]
Nomor sy yang lain (aktif): [[p:{hq1}]]
Mohon diblokir dan diumumkan. [[n:{n1}]], warga [[a:{rt1}]], Kel. {pkel1}.
""",
    ),
    T(
        "scam_report",
        "scam_fraud",
        """
Sy mau lapor aplikasi pinjol {loan}. Sy pinjam {rpm1} tgl {tgl1}, jatuh tempo {tgl4}. Belum jatuh tempo collector su teror sy pakai nomor {scaml1}, {scaml2} dan {scamz3}, tidak sebut nama. Mereka juga telpon sy pung mama di [[p:{hp2}]] dan bos di kantor, bilang sy penipu.
Tadi ada satu penagih atas nama [[n:{n3}]] pakai nomor [[p:{hp3}]], ancam mau datang ke rumah.
Email dari cs.{loanslug}@gmail.com juga masuk tiap hari.
Sy siap bayar sesuai kontrak, tapi tolong OJK dan polisi tindak cara penagihan begini.
[[n:{n1}]] – [[p:{hp1}]]
""",
        F=(2,),
    ),
    T(
        "scam_report",
        "commerce",
        """
Sy tertipu jual beli online di grup FB «Jual Beli Kupang¦Pasar Online Kota Kupang¦JB Oesapa Penfui». Penjual akun FB "[[n:{n2}]]" jual HP «iPhone 11 Rp 4.500.000¦Samsung A54 Rp 3.800.000¦Oppo Reno 8 Rp 3.250.000». Sy chat WA dia di [[p:{hp2}]], dia suruh transfer ke rek BNI [[b:{rkbni2}]] a.n. [[n:{N2}]]. Sy transfer {tgl1}, janji kirim lewat {kurir} dengan resi {resi}, tapi resi itu palsu dan WA sy diblokir.
Mohon dibantu. [[n:{n1}]], HP [[p:{hp1}]]
""",
    ),
    T(
        "scam_report",
        "scam_fraud",
        """
SY DPT SMS DR {scam1} BILANG SY MENANG UNDIAN {rpb1} DR «TELKOMSEL¦SHOPEE¦BANK NTT», SY DISURUH TLP {scam2} UTK KLAIM DAN TRANSFER BIAYA ADM {rpm1}. SY SONDE TRANSFER. TOLONG DIBLOKIR NOMOR2 ITU. SY [[n:{N1}]] HP [[p:{hp1}]] TRIMS
""",
    ),
    T(
        "scam_report",
        "scam_fraud",
        """
Bapa mama hati-hati e. Kemarin malam ada nomor {scam1} WA beta, ngaku beta pung anak [[n:{g2}]] yang kuliah di «Malang¦Surabaya¦Yogya», bilang HP hilang jadi pake nomor baru, minta kirim {rpm1} ke rek BRI [[b:{rkbri3}]] a.n. [[n:{n3}]], katanya teman kos.
Beta telpon anak pung nomor asli [[p:{hp2}]], ternyata dia aman-aman sa, sonde pernah ganti nomor.
Jadi kalo ada yang ngaku keluarga minta uang, telpon dulu nomor yang lama.
Dari [[n:{n1}]], warga [[a:{rt1}]] Kel. {pkel1}
""",
        fam={2: 1},
    ),
    T(
        "scam_report",
        "scam_fraud",
        """
Lapor: aplikasi {loan} sebar data pribadi sy ke semua kontak. Mereka kirim foto KTP sy (NIK [[nik:{nik1}]]) ke teman-teman sy, antara lain [[n:{n2}]] ([[p:{hp2}]]) dan [[n:{n3}]] ([[p:{hp3}]]), dengan tulisan "DPO penipu". Nomor yang kirim: {scam1} dan {scamz2}. Di aplikasi ada nomor CS {biz1} dan email support@{loanslug}.id, tapi tidak pernah dibalas.
Mohon ditindak. Sy bisa dihubungi di [[p:{hp1}]] atau email [[e:{em1}]].
[[n:{n1}]]
""",
    ),
    T(
        "scam_report",
        "scam_fraud",
        """
Kepada Yth. Bank NTT «Kantor Cabang Utama¦KCP Oesapa¦KCP Oebobo»,
Sy nasabah dengan nomor rekening [[b:{rkntt1}]] a.n. [[n:{n1}]]. Tgl {tgl1} sy terima email di alamat sy [[e:{emp1}]] dari «banknttcare.id@gmail.com¦layanan.bankntt.ntt@gmail.com» berisi link perubahan tarif transfer. Sy isi user dan password di link itu, besoknya saldo berkurang {rpb1} ke VA {va}.
Sy su blokir lewat call center {cc1}. Mohon diproses. HP sy [[p:{hp1}]].
Hormat sy,
[[n:{n1}]]
""",
    ),
    T(
        "scam_report",
        "social_aid",
        """
Min, sy mau tanya nomor [[p:{hp2}]] a.n. [[n:{n2}]] ini benar petugas PKH ko? Dia minta sy transfer {rpm1} biar nama sy masuk penerima. Sy sempat transfer lewat DANA ke {scam1} (nomor lain, tidak ada nama).
Pendamping PKH kami yang asli tu Kak [[n:{n3}]], nomornya [[p:{hp3}]], dia bilang tidak kenal orang ini.
Sy [[n:{n1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "scam_report",
        "transport",
        """
Sy dapat telpon dari {scam1} yang mengaku debt collector resmi «leasing¦dealer», katanya motor sy plat [[pl:{pl1}]] nunggak 3 bulan dan mau ditarik. Padahal sy su lunas {tgl1}. Dia kasi nomor lain [[p:{hp2}]], nama [[n:{g2}]], suruh sy transfer denda {rpm1}. Sy cek ke kantor «leasing¦dealer» di {jlno}, katanya tidak ada karyawan dengan nama itu. Kantor dong pung nomor {otel1}.
Mohon ditindak. [[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    # ---- without spans
    T(
        "scam_report",
        "scam_fraud",
        """
HIMBAUAN POLRESTA KUPANG KOTA
Waspada modus telepon mengaku petugas «Dukcapil¦PLN¦Bapenda» yang meminta kode OTP atau data KTP. Contoh nomor yang dilaporkan warga: {scam1}, {scam2}, {scamz3}.
Jangan berikan kode OTP kepada siapa pun. Laporkan ke call center 110, WA Polresta {owa1} atau SPKT {otel1}.
Laporan patroli siber: patrolisiber@polri.go.id
""",
    ),
    T(
        "scam_report",
        "scam_fraud",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA (update {tgl2})
No | Nomor | Modus | Tgl lapor
1 | {scam1} | ngaku Dinsos, minta biaya pencairan | {tgl1}
2 | {scam2} | undian berhadiah {rpb1} | {tgl1}
3 | {scamz3} | ngaku kurir {kurir}, kirim file .apk | {tgl2}
4 | {scam4} | ngaku petugas PLN, minta OTP | {tgl2}
5 | {scam5} | lowongan kerja palsu | {tgl2}
Sumber: laporan ke SMS 1708 dan WA pengaduan {owa1}
""",
    ),
    T(
        "scam_report",
        "commerce",
        """
PENGUMUMAN {CV}
Beredar lowongan kerja atas nama {CV}: "Dibutuhkan 20 staf, gaji «Rp 4.500.000¦Rp 5.200.000¦Rp 6.000.000», hubungi HRD WA {scam1}, email rekrutmen.{cvslug}@gmail.com, biaya seragam {rpm1}".
{CV} TIDAK PERNAH membuka lowongan tersebut dan tidak memungut biaya. Informasi resmi hanya melalui telp {otel1} dan email hrd@{cvslug}.co.id.
Kupang, {tgll1}
Manajemen
""",
    ),
    T(
        "scam_report",
        "scam_fraud",
        """
Kumpulan SMS/WA penipuan yang masuk ke warga minggu ini (disalin dari screenshot):
{scamz1}: Yth bapak/ibu, kami dari PLN UP3 Kupang, meteran anda terdeteksi bermasalah, hubungi petugas kami di {scam2}
{scam3}: Selamat! Nomor anda terpilih dapat {rpb1} dari program «Telkomsel Poin¦Shopee Ulang Tahun». Kode klaim {otp}
{scamz4}: Paket anda tertahan, lihat foto paket: Foto_Paket_{pin}.apk
Semua nomor di atas bukan nomor resmi. Call center PLN 123, Telkomsel 188.
""",
    ),
    T(
        "scam_report",
        "scam_fraud",
        """
PINJAMAN ONLINE CAIR 5 MENIT TANPA JAMINAN!!!
Limit sampai {rpb1}, bunga 0,3%/hari, tenor 91 hari.
Cukup KTP, langsung cair ke rekening / DANA / OVO.
Daftar: WA admin {scam1} atau {scam2}
Kode promo: KUPANG{pin}
(Iklan ini masuk ke SMS warga tiap hari. OJK: cek legalitas di 157 atau WA {owa1}.)
""",
    ),
]

# ================================================================ hotline_ticket
# Call-centre and hotline tickets and their follow-ups: 112, Disdukcapil, PDAM, 1708, Dinkes,
# Dinas Sosial, BPJS 165, PLN 123. A caller's own line is personal whether or not the caller
# gives a name; an office's, a unit's, a body's or a scam's line is not.
TEMPLATES += [
    T(
        "hotline_ticket",
        "neighbourhood",
        """
CALL CENTER 112 KOTA KUPANG – CATATAN PANGGILAN
No. tiket     : {tiket}
Waktu         : {tgl1} {hm1}
Penelepon     : [[n:{n1}]]
No. penelepon : [[p:{hp1}]]
Lokasi        : {jl} depan {school}
Kejadian      : pohon tumbang menutup jalan, «kabel listrik putus¦tidak ada korban»
Diteruskan ke : BPBD {otel1} / Damkar 113 / PLN 123
Operator      : [[n:{n2}]]
Status        : selesai {hm3}
""",
    ),
    T(
        "hotline_ticket",
        "public_services",
        """
LOG LAYANAN – CALL CENTER DISDUKCAPIL KOTA KUPANG – {tgl1}
{hm1} Penelepon anonim dari [[p:{hp1}]] menanyakan syarat pindah domisili dari «Kabupaten Kupang¦Rote Ndao¦TTS» ke Kota Kupang. Dijelaskan: KK asli, KTP-el, surat pindah. Penelepon menolak sebut nama.
{hm2} Penelepon yang sama menelepon lagi dari nomor lain [[p:{hq1}]], minta nomor WA antrian; diberikan WA antrian {owa1}.
{hm3} Telp dari {school} ({otel1}) minta jadwal perekaman KTP siswa kelas XII.
Petugas: [[n:{n2}]]
""",
    ),
    T(
        "hotline_ticket",
        "utilities",
        """
PERUMDA AIR MINUM KOTA KUPANG – TIKET PENGADUAN {tiket}
Tgl masuk  : {tgl1} via «telepon¦WA¦loket»
Pelapor    : [[n:{n1}]]
No. samb.  : {samb}
Alamat     : [[a:{adr1}]]
Kontak     : [[p:{hp1}]] / [[e:{em1}]]
Keluhan    : air tidak mengalir «sudah 5 hari¦sejak minggu lalu», meter berputar tapi kosong
Tindak lanjut {tgl2}: dicek teknisi [[n:{n2}]] (HP [[p:{hp2}]]), ada kebocoran pipa dinas di {jl}, sudah diperbaiki.
Konfirmasi pelapor {tgl3}: air sudah mengalir. Tiket ditutup.
Call center PDAM: {otel1} | WA {owa1}
""",
    ),
    T(
        "hotline_ticket",
        "public_services",
        """
REKAP PANGGILAN HOTLINE DISDUKCAPIL – {tgl1}
Jam   | Penelepon                  | Nomor        | Keluhan
{hm1} | [[n:{n1}]]                 | [[p:{hp1}]]  | «KTP belum jadi 3 bulan¦antrian online penuh»
{hm2} | penelepon tidak sebut nama | [[p:{hp2}]]  | tanya jadwal perekaman
{hm3} | Komite {school}            | {owa1}       | minta jemput bola di sekolah
{hm4} | [[n:{l3}]]                 | [[p:{hp3}]]  | KK belum dicetak
{hm5} | {PUSK}                     | {otel1}      | koordinasi data bayi baru lahir
""",
    ),
    T(
        "hotline_ticket",
        "neighbourhood",
        """
SMS 1708 – MASUK {tgl1} {hm1}
Pengirim : [[p:{hpk1}]]
Isi      : KOTKUPANG lampu jalan di {jl} mati «sudah 2 minggu¦sejak bulan lalu», gelap sekali. «Dari [[n:{n1}]] warga [[a:RT {rtn1}]]¦Mohon cepat diperbaiki. [[n:{l1}]]»
Disposisi: Dinas Perhubungan (PJU), telp {otel1}
Balasan SMS {tgl2}: Terima kasih, laporan diteruskan ke Dishub. No. tiket {tiket}.
Tindak lanjut {tgl3}: 3 titik lampu diganti oleh regu PJU.
""",
    ),
    T(
        "hotline_ticket",
        "health",
        """
TRANSKRIP PANGGILAN – LAYANAN INFORMASI DINKES KOTA KUPANG
Petugas: Selamat «pagi¦siang», Dinas Kesehatan Kota Kupang, dengan [[n:{g2}]], ada yang bisa dibantu?
Pelapor: Halo, sy mau tanya vaksin «HPV¦rabies¦campak» untuk anak sy di mana?
Petugas: Bisa di puskesmas terdekat. Boleh tahu nama dan nomor yang bisa dihubungi?
Pelapor: [[n:{n1}]]. Nomor kami [[p:{hp1}]].
Petugas: Baik. Pendaftaran bisa WA {PUSK} {owa1}, atau telepon kami di {otel1}. Nomor kami yang lama {otel2} sudah tidak aktif.
Pelapor: Oke, makasih.
""",
    ),
    T(
        "hotline_ticket",
        "social_aid",
        """
CATATAN CALL CENTER DINAS SOSIAL – {tgl1}
{hm1} penelepon [[n:{n1}]] ([[p:{trp1}]], telp rumah) menanyakan bansos lansia untuk ibunya, [[n:{n2}]] ({age2} th), belum cair sejak «Maret¦tahap 2».
Dicek di SIKS-NG: terdaftar, status «belum salur¦rekening KKS belum aktif».
Penelepon diarahkan ke pendamping wilayah {owa1} dan ke bank penyalur untuk aktivasi KKS. Hasil cek dikirim ke email penelepon [[e:{emp1}]].
Petugas: [[n:{n3}]]
""",
        E=(2,),
        F=(2,),
    ),
    T(
        "hotline_ticket",
        "health",
        """
BPJS KESEHATAN CARE CENTER 165 – Tiket {tiket}
Penelepon : [[n:{n1}]]
No. Kartu : [[bpjs:{bpjs1}]]
NIK       : [[nik:{nik1}]]
HP        : [[p:{hpi1}]]
Keluhan   : kartu status non-aktif, padahal «iuran dibayar pemberi kerja¦peserta PBI»
Solusi    : diarahkan ke kantor cabang Kupang / Pandawa WA {owa1}
Agen      : [[n:{g2}]]
""",
    ),
    T(
        "hotline_ticket",
        "utilities",
        """
PLN 123 – LAPORAN GANGGUAN
No. laporan : {tiket}
IDPEL       : {idpel}
Nama        : [[n:{N1}]]
Telp        : [[p:{hpz1}]]
Alamat      : [[a:{adr1}]]
Gangguan    : padam 1 rumah, MCB turun terus
Petugas     : Yantek ULP «Kupang¦Kupang Timur», telp {otel1}
Selesai     : {tgl1} {hm2}
""",
    ),
    # ---- without spans
    T(
        "hotline_ticket",
        "public_services",
        """
REKAP KANAL PENGADUAN KOTA KUPANG – {BLN} {thn}
Kanal                      | Laporan masuk
SMS 1708                   | {num}
WA {owa1}                  | {num3}
Telepon {otel1}            | {num5}
pengaduan@kupangkota.go.id | {num7}
Tiket terbuka terlama: {tiket}, {tiket2}
Disusun oleh Bagian Organisasi, ext. {ext}
""",
    ),
    T(
        "hotline_ticket",
        "public_services",
        """
TIKET {tiket} – Pelapor: Dirahasiakan
Isi: Telepon {otel1} di kantor «Dinas Perizinan¦Bapenda¦Dukcapil» sonde ada yang angkat dari jam 08.00 sampai 12.00, WA {owa1} juga cuma centang satu. Sy su datang {tgl1} disuruh telp sa.
Disposisi: Bagian Organisasi Setda, telp {otel2} psw {ext}
Tanggapan {tgl2}: Saluran telepon sedang gangguan, sementara gunakan WA {owa2}.
""",
    ),
    T(
        "hotline_ticket",
        "public_services",
        """
From: Helpdesk TI <helpdesk.ti@kupangkota.go.id>
To: Bidang Aplikasi Informatika <aptika@kupangkota.go.id>
Subject: [Tiket #{otp}] Portal pengaduan tidak bisa diakses

Laporan dari kanal WA {owa1} sejak {hm1}: portal lapor.kupangkota.go.id error 502. Sudah dicoba dari jaringan kantor ext. {ext}. Mohon cek server 10.10.{num}.{num2}.
Eskalasi ke vendor: support@{cvslug}.co.id / {otel1}
""",
    ),
    T(
        "hotline_ticket",
        "transport",
        """
LOG POSKO ANGKUTAN LEBARAN/NATAL – DISHUB KOTA KUPANG – {tgl1}
{hm1} | Terminal Oebobo          | {otel1}  | bus ke Soe penuh, minta tambahan armada
{hm2} | {TRAVEL}                 | {biz1}   | lapor 2 unit berangkat jam 13.00
{hm3} | Pelabuhan Tenau (ASDP)   | {otel2}  | jadwal kapal ke Rote mundur
{hm4} | Posko Dishub Bundaran PU | {owa1}   | arus ramai lancar
Petugas posko: regu 2
""",
    ),
    T(
        "hotline_ticket",
        "scam_fraud",
        """
TIKET {tiket} – Kategori: Penipuan
Pelapor: Dirahasiakan
Isi: Nomor {scam1} dan {scam2} telpon warga «mengaku petugas PKH¦mengaku staf Wali Kota», minta transfer {rpm1}. Ada juga yang kirim email dari bansos.dinsos.kupang@gmail.com.
Tindak lanjut {tgl2}: diteruskan ke Dinas Sosial ({otel1}) dan Polresta (WA {owa1}). Himbauan dipasang di akun resmi @pemkotkupang.
""",
    ),
]

# ================================================================ directory
# Directories and lists: a school's staff, an RT's heads of household, an ojek base's drivers,
# market stalls, a church council per rayon, a kelurahan's contacts, cadres, a class's parents, a
# job fair's applicants; the rows of offices, posts, stalls and companies beside them.
TEMPLATES += [
    T(
        "directory",
        "education",
        """
DAFTAR GURU & PEGAWAI {SCHOOL} – T.A. {thn}/{thnb}
Telp sekolah {otel1} · Email tu.{schoolslug}@gmail.com · NPSN {npsn}
No | Nama | Jabatan | HP | Email belajar.id
1 | [[n:{n1}]], S.Pd. | Kepala Sekolah | [[p:{hp1}]] | [[e:{eml1}]]
2 | [[n:{n2}]], S.Pd. | Wakasek Kurikulum | [[p:{hp2}]] | [[e:{eml2}]]
3 | [[n:{n3}]] | Guru «IPA¦Matematika¦PJOK» | [[p:{hp3}]] | [[e:{eml3}]]
4 | [[n:{n4}]], S.Kom | Operator | [[p:{hp4}]] | operator.{schoolslug}@gmail.com
5 | [[n:{n5}]] | Bendahara BOS | [[p:{hp5}]] | –
6 | – | Pos Satpam | {owa1} | –
""",
    ),
    T(
        "directory",
        "neighbourhood",
        """
DATA KEPALA KELUARGA RT {rtn1}/RW {rwn1} KEL. {KEL} (untuk grup WA & jadwal ronda)
No | Nama KK | Alamat | HP
1 | [[n:{N1}]] | [[a:{ad1}]] | [[p:{hp1}]]
2 | [[n:{N2}]] | [[a:{ad2}]] | [[p:{hp2}]]
3 | [[n:{N3}]] | [[a:{ad3}]] | [[p:{hp3}]]
4 | [[n:{N4}]] | [[a:{ad4}]] | –
5 | [[n:{N5}]] | [[a:{ad5}]] | [[p:{hp5}]]
Pos ronda: {owa1} (HP pos, bergilir)
Ketua RT: Bpk. [[n:{n6}]] [[p:{hp6}]]
""",
    ),
    T(
        "directory",
        "transport",
        """
DAFTAR OJEK PANGKALAN DEPAN {PASAR} (update {tgl1})
Pangkalan: {owa1} (HP pangkalan, siapa yang jaga angkat)
1. [[n:{n1}]] – [[p:{hp1}]] – Vario «hitam¦merah» [[pl:{pl1}]]
2. [[n:{n2}]] – [[p:{hp2}]] – Beat [[pl:{pl2}]]
3. [[n:{g3}]] – [[p:{hp3}]] / [[p:{hq3}]]
4. [[n:{n4}]] – [[p:{hp4}]] – Supra [[pl:{pl4}]]
Korlap: Om [[n:{g5}]] [[p:{hp5}]]
Tarif dalam kota «Rp 10.000–Rp 25.000¦Rp 10 ribu sampai 30 ribu». Keluhan ke Dishub {otel1}.
""",
        M=(1, 2, 3, 4),
    ),
    T(
        "directory",
        "commerce",
        """
DAFTAR PEDAGANG LOS IKAN {PASAR} – UPTD PASAR
No Los | Nama Pedagang | Jenis | HP
A-01 | [[n:{N1}]] | ikan segar | [[p:{hp1}]]
A-02 | [[n:{N2}]] | ikan kering | [[p:{hp2}]]
A-03 | {KOP} | es balok | {otel1}
A-04 | [[n:{N3}]] | ikan segar | [[p:{hp3}]]
A-05 | Kios Mama Rosa | sayur & bumbu | {bizl1}
A-06 | [[n:{N4}]] | cumi & udang | [[p:{hp4}]]
Retribusi {rps1}/hari. Kantor UPTD: {otel2}.
""",
    ),
    T(
        "directory",
        "events",
        """
DAFTAR MAJELIS JEMAAT {CHURCH} PER RAYON
Rayon 1 – Pnt. [[n:{n1}]] ([[p:{hp1}]]), Dkn. [[n:{n2}]] ([[p:{hp2}]])
Rayon 2 – Pnt. [[n:{n3}]] ([[p:{hp3}]])
Rayon 3 – Pnt. [[n:{n4}]] ([[p:{hp4}]]), Pnt. [[n:{n5}]]
Rayon 4 – kosong (sementara hubungi kantor gereja)
Pendeta jemaat: Pdt. [[n:{n6}]], S.Th ([[p:{hp6}]])
Kantor gereja: {otel1} / WA {owa1}
""",
    ),
    T(
        "directory",
        "neighbourhood",
        """
KONTAK PENTING KELURAHAN {KEL}
Kantor Kelurahan ......... {otel1}
Lurah (HP dinas) ......... {owa1}
Bhabinkamtibmas .......... {owa2}
Babinsa .................. {owa3}
{PUSK} ........ {otel2}
Damkar ................... 113
Ketua RT 01: Bpk. [[n:{n1}]] [[p:{hp1}]]
Ketua RT 02: Ibu [[n:{n2}]] [[p:{hp2}]]
Ketua RT 03: Bpk. [[n:{n3}]] [[p:{hp3}]]
Linmas: [[n:{n4}]] [[p:{hp4}]]
""",
    ),
    T(
        "directory",
        "health",
        """
JADWAL KADER {POSY} BULAN {BLN}
Minggu I : Kak [[n:{g1}]], Mama [[n:{g2}]], [[n:{g3}]]
Minggu III: Mama [[n:{g2}]], [[n:{g4}]]
Kontak kader:
[[n:{g1}]] – [[p:{hp1}]]
[[n:{g2}]] – [[p:{hp2}]]
[[n:{g3}]] – [[p:{hp3}]]
[[n:{g4}]] – [[p:{hp4}]]
Bidan kelurahan: Bidan [[n:{n5}]], [[p:{hp5}]]
Info imunisasi: WA {PUSK} {owa1}
""",
        F=(2, 3, 4, 5),
    ),
    T(
        "directory",
        "education",
        """
KONTAK ORANG TUA SISWA KELAS {kls} – {SCHOOL}
No | Nama Siswa | Nama Orang Tua | No HP
1 | [[n:{N1}]] | [[n:{N2}]] | [[p:{hp2}]]
2 | [[n:{N3}]] | [[n:{N4}]] | [[p:{hp4}]]
3 | [[n:{N5}]] | [[n:{N6}]] | [[p:{hp6}]]
4 | [[n:{N7}]] | [[n:{N8}]] | [[p:{hp8}]] / [[p:{hq8}]]
Wali kelas: [[n:{n9}]] – [[p:{hp9}]]
Grup WA kelas dikelola TU sekolah ({owa1}).
""",
        Y=(1, 3, 5, 7),
        fam={1: 2, 3: 4, 5: 6, 7: 8},
    ),
    T(
        "directory",
        "commerce",
        """
No,Nama Pelamar,HP,Email,Alamat,Posisi
1,[[n:{n1}]],[[p:{hpb1}]],[[e:{emp1}]],"[[a:{adr1}]]",Admin
2,[[n:{n2}]],[[p:{hpk2}]],[[e:{emp2}]],"[[a:{adr2}]]",Kasir
3,[[n:{n3}]],[[p:{hpd3}]],[[e:{emp3}]],"[[a:{adr3}]]",Gudang
4,Perwakilan {CV},{otel1},hrd@{cvslug}.co.id,{jlno},-
""",
    ),
    # ---- without spans
    T(
        "directory",
        "public_services",
        """
DAFTAR NOMOR EXTENSION BALAI KOTA KUPANG
Operator / informasi ........ 0
Bagian Umum ................. {ext1}
Bagian Organisasi ........... {ext2}
Bagian Hukum ................ {ext3}
Bagian Protokol ............. {ext4}
Unit Layanan Pengaduan ...... {ext5}
Telp. {otel1} (hunting) · Fax {otel2}
Email: setda@kupangkota.go.id · humas@kupangkota.go.id
""",
    ),
    T(
        "directory",
        "health",
        """
Puskesmas | Alamat | Telp | WA Pendaftaran | Email
{PUSK1} | {jlno1} | {otel1} | {owa1} | {puskslug1}@gmail.com
{PUSK2} | {jlno2} | {otel2} | {owa2} | {puskslug2}@gmail.com
{PUSK3} | {jlno3} | {otel3} | {owa3} | {puskslug3}@gmail.com
Sumber: Dinkes Kota Kupang, {tgl1}
""",
    ),
    T(
        "directory",
        "neighbourhood",
        """
NOMOR DARURAT KOTA KUPANG
Call center darurat ...... 112
Polisi ................... 110
Pemadam kebakaran ........ 113 / {otel1}
Ambulans ................. 119
Pengaduan bansos (bebas pulsa) {tollfree}
PLN gangguan ............. 123
PDAM ..................... {otel2}
BPBD (Pusdalops) ......... {otel3} / WA {owa1}
UGD RSUD ................. {otel4}
Basarnas Kupang .......... {otel5}
""",
    ),
    T(
        "directory",
        "commerce",
        """
Nama Usaha | Alamat Usaha | Telp/WA
{SHOP} | {jlno1} | {biz1}
{LAUNDRY} | {jlno2} | {biz2}
{WORKSHOP} | {jlno3} | {otel1}
{COPY} | {jlno4} | {biz3}
{CATERER} | {jlno5} | {biz4}
Data UMKM binaan Dinas Koperasi, {tgl1}
""",
    ),
    T(
        "directory",
        "transport",
        """
JADWAL & KONTAK TRAVEL KUPANG – DARATAN TIMOR
Jurusan | Travel | Telp/WA | Berangkat
Kupang–Soe | {TRAVEL1} | {biz1} | 06.00, 13.00
Kupang–Kefa | {TRAVEL2} | {biz2} / {biz3} | 07.00
Kupang–Atambua | {TRAVEL3} | {otel1} | 06.00, 19.00
Terminal Oebobo: {otel2}
""",
    ),
]

# ================================================================ business_ad
# Business adverts and receipts with WhatsApp numbers: the shop's, the laundry's, the workshop's,
# the rental's and the travel's lines stay unlabelled; a buyer's, a customer's, a private seller's,
# a home baker's, a rental owner's own, an e-wallet's owner and a home tutor's are labelled.
TEMPLATES += [
    T(
        "business_ad",
        "commerce",
        """
Ini nota sy, barang sudah dibayar DP tapi belum dikirim sampai sekarang, toko bilang sopir sakit:
{SHOP}
{jlno}, Kupang
Telp/WA {biz1}
NPWP {npx}
--------------------------------
NOTA No. {nota}          {tgl1}
Pembeli      : [[n:{N1}]]
HP           : [[p:{hp1}]]
Alamat kirim : [[a:{adr1}]]
Semen 50 kg x 10 sak
Besi 10 mm x 12 batang
Seng gelombang x 15 lembar
DP           : {rpm1}
Sisa         : bayar saat barang tiba
Barang yang sudah dibeli tidak dapat dikembalikan.
""",
    ),
    T(
        "business_ad",
        "transport",
        """
[[n:{n1}]] · «Jual Beli Kupang¦Pasar Online Kupang¦JB Kota Kupang»
DIJUAL CEPAT Honda «Vario 125¦Beat¦Scoopy» th {thl}, plat [[pl:{pl1}]], pajak hidup s/d {BLN} {thnb}, surat lengkap, BPKB a.n. sendiri. Harga «Rp 14.500.000¦Rp 11.750.000¦Rp 17.000.000» nego tipis.
Minat hub [[p:{hp1}]] ([[n:{g1}]])
Lokasi {kel}.
Komentar:
[[n:{l2}]]: Masih ka kak? Sa su WA, sa pung nomor [[p:{hp2}]]
[[n:{s1}]]: Masih kak, cek WA e
""",
    ),
    T(
        "business_ad",
        "commerce",
        """
[[n:{s1}]]: Selamat pagi semua, «sa terima pesanan kue¦beta buka PO kue» minggu ini: «nastar Rp 85.000/toples¦kastengel Rp 90.000/toples¦lapis legit Rp 175.000/loyang¦bolu pandan Rp 60.000/loyang», kue rambut Rp 25.000/bungkus. Pesan paling lambat {tgll2}. Info WA [[p:{hp1}]] ya. Antar gratis wilayah {kel}.
[[n:{s2}]]: Sa pesan 2 e kak, antar hari Sabtu bisa?
[[n:{s1}]]: Siap kak, nanti sa WA
{CATERER}: Kami juga terima pesanan nasi kotak dan se'i, WA {biz1}
""",
    ),
    T(
        "business_ad",
        "commerce",
        """
{LAUNDRY}
{jlno} · WA {biz1}
Nota : {nota}   Masuk: {tgl1}   Ambil: {tgl3}
Nama : [[n:{n1}]]
HP   : [[p:{hp1}]]
Cuci setrika 5 kg x Rp 7.000
Bed cover 1 x «Rp 25.000¦Rp 30.000»
Status: LUNAS
Cucian tidak diambil > 30 hari di luar tanggung jawab kami.
---
Komplain: 2 potong baju sy hilang, admin laundry bilang tidak tahu. Mohon Disperindag tegur.
""",
    ),
    T(
        "business_ad",
        "transport",
        """
Sy mau komplain rental mobil. Sy sewa lewat brosur "{RENTAL} – Avanza/Xenia lepas kunci {rpm1}/hari, Innova + sopir «Rp 750.000¦Rp 850.000¦Rp 900.000»/hari, HUB {biz1} / {biz2}". Pemilik rental, [[n:{n2}]], kasih sy nomor pribadinya [[p:{hp2}]] untuk urusan deposit. Deposit {rp2} sampai sekarang belum dikembalikan, padahal mobil plat [[pl:{pl2}]] sudah sy kembalikan {tgl1}.
[[n:{n1}]], HP [[p:{hp1}]]
""",
    ),
    T(
        "business_ad",
        "neighbourhood",
        """
Sy foto papan nama kos di samping rumah sy:
"{KOS}
TERIMA «PUTRA¦PUTRI¦PUTRA/PUTRI»
KAMAR KOSONG 2
HUB. «[[p:{hp1}]]¦[[p:{hpo1}]]»
(«IBU¦MAMA¦BAPAK» [[n:{N1}]])"
Kos ini buang air limbah ke got depan rumah sy, bau sekali. Sy tinggal di [[a:{adr2}]]. Sudah bicara baik-baik tapi tidak ada perubahan.
– [[n:{n2}]]
""",
    ),
    T(
        "business_ad",
        "transport",
        """
{WORKSHOP}
{jlno} – Telp {otel1} / WA {biz1}
INVOICE {inv}
Tgl        : {tgl1}
Pelanggan  : [[n:{n1}]]
No. HP     : [[p:{hp1}]]
Email      : [[e:{emp1}]]
Kendaraan  : «Honda Vario¦Yamaha NMax¦Suzuki Carry» / [[pl:{pl1}]]
Jasa servis          {rps1}
Ganti oli            {rps2}
Kampas rem           {rps3}
Mekanik: [[n:{g2}]]
NPWP/NITKU pelanggan: [[npwp:{npt1}]]
NPWP bengkel: {npx}
""",
        M=(2,),
    ),
    T(
        "business_ad",
        "commerce",
        """
Bukti transfer DANA
Ke       : [[p:{hp2}]] ([[n:{N2}]])
Jumlah   : {rpm1}
Biaya    : Rp0
ID Trans : {trx}
Waktu    : {tgl1} {hm1}
Catatan  : «arisan bulan ini¦bayar kue¦uang sewa»
Sy transfer ke DANA tetangga sy yang punya nama [[n:{n2}]] tapi dia bilang belum masuk, saldo sy su terpotong. CS DANA di {cc1} suruh tunggu 3x24 jam. Mohon dibantu.
[[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "business_ad",
        "education",
        """
Sy [[n:{n1}]], guru SD «honor¦pensiunan», buka les baca-tulis-hitung untuk anak SD kelas 1–3 di rumah sy, [[a:{adr1}]], Kel. {pkel1}. Senin–Jumat jam 15.00–17.00, «Rp 150.000¦Rp 200.000¦Rp 100.000»/bulan. Daftar lewat WA sy [[p:{hp1}]]«¦ atau telp rumah [[p:{tr1}]]».
«Tempat terbatas, 10 anak saja.¦Bisa bayar per minggu.»
""",
    ),
    # ---- without spans
    T(
        "business_ad",
        "commerce",
        """
{SHOP}
PROMO AKHIR BULAN!
Semen 50 kg «Rp 78.000¦Rp 82.500»/sak · Seng 0,3 mm «Rp 65.000¦Rp 72.000»/lembar · Cat tembok 5 kg «Rp 135.000¦Rp 150.000»
Gratis antar dalam kota untuk belanja di atas «Rp 2.000.000¦Rp 1.500.000»
Alamat {jlno}
Telp/WA {biz1} · IG @{shopslug}
Buka {jamr}
""",
    ),
    T(
        "business_ad",
        "commerce",
        """
WARUNG MAKAN {CATERER}
{jlno}
Telp {otel1}
NPWP : {npx}
-----------------------------
No. {nota}   {tgl1} {hm1}
Kasir: 02    Pembeli: UMUM
Nasi se'i babi   2 x «Rp 30.000¦Rp 35.000»
Es jeruk         2 x «Rp 8.000¦Rp 10.000»
Terima kasih, datang kembali
""",
    ),
    T(
        "business_ad",
        "utilities",
        """
{TANK}
Air bersih siap antar 24 jam
5.000 liter  «Rp 150.000¦Rp 175.000»
1.200 liter  «Rp 60.000¦Rp 75.000»
Pesan WA {biz1} / {biz2}
Melayani {kel}, {kel2}, {kel3} dan sekitarnya
«Air sumur bor, sudah uji lab.¦Sopir sopan, tepat waktu.»
""",
    ),
    T(
        "business_ad",
        "commerce",
        """
{COUNTER}
Pulsa 5K Rp 6.500 · 10K Rp 11.500 · 25K Rp 26.000
Token PLN 20rb Rp 22.500 · 50rb Rp 52.500
Cek kuota *888# · *363# · *123#
Transfer DANA/OVO biaya Rp 2.000
WA {biz1} (fast respon)
""",
    ),
    T(
        "business_ad",
        "transport",
        """
{TRAVEL}
Kupang – Soe – Kefa – Atambua
Berangkat 06.00 / 13.00 / 19.00
Tiket «Rp 150.000¦Rp 175.000¦Rp 200.000», paket & dokumen mulai {rps1}
Booking: {biz1} / {biz2}
Kantor: {jlno}, telp {otel1}
Jemput antar alamat dalam kota Kupang
""",
    ),
]

# ================================================================ letterhead
# Letters with letterheads (telp, fax, e-mail) and their signatories: a kelurahan's, a company's,
# a school's, a church's, a puskesmas's, a forum's and an RT's headings stay unlabelled; the
# persons they write to and about, and those who sign for themselves, are labelled.
TEMPLATES += [
    T(
        "letterhead",
        "public_services",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC}
KELURAHAN {KEL}
{jlno}, Telp. {otel1}, Fax. {otel2}, Email: kel.{kelslug}@kupangkota.go.id

Nomor   : {surat}
Perihal : Undangan klarifikasi

Kepada Yth.
Sdr. [[n:{n1}]]
di [[a:{adr1}]]

Dengan hormat, sehubungan dengan laporan warga tentang «pagar yang melewati batas jalan¦ternak babi yang dilepas di jalan», Saudara diundang hadir di kantor kelurahan pada {hari2} pukul {jam}. Bila berhalangan mohon menghubungi Kasi Trantib di {owa1}.

Lurah {kel},
[[n:{n2}]], S.Sos
NIP {nip}
""",
    ),
    T(
        "letterhead",
        "utilities",
        """
Kupang, {tgll1}
Perihal : Keberatan tagihan air
Lamp.   : 1 berkas

Kepada Yth.
Direktur Perumda Air Minum Kota Kupang
di {jlno}

Dengan hormat,
Sy yang bertanda tangan di bawah ini:
Nama      : [[n:{n1}]]
NIK       : [[nik:{nik1}]]
Alamat    : [[a:{adr1}]]
No. samb. : {samb}
HP/WA     : [[p:{hp1}]]
Email     : [[e:{em1}]]
mengajukan keberatan atas tagihan bulan {bln} sebesar {rp1}, padahal rata-rata sy bayar {rps1} per bulan dan air hanya mengalir dua kali seminggu.
Hormat sy,

[[n:{n1}]]
""",
    ),
    T(
        "letterhead",
        "neighbourhood",
        """
RUKUN TETANGGA {rtn1} / RUKUN WARGA {rwn1}
KELURAHAN {KEL} – KECAMATAN {KEC}

Nomor   : 0{num}/RT.{rtn1}/{thn}
Perihal : Permohonan perbaikan jalan lingkungan

Kepada Yth. Lurah {kel}
di tempat

Dengan hormat, kami warga [[a:RT {rtn1}/RW {rwn1}]] melaporkan jalan lingkungan sepanjang ±200 m dari depan rumah Bpk. [[n:{n3}]] sampai simpang {jl} rusak berat dan tergenang saat hujan. Mohon dimasukkan dalam usulan Musrenbang {thnb}.

Ketua RT {rtn1},                  Sekretaris,
[[n:{n1}]]                        [[n:{n2}]]
HP [[p:{hp1}]]
Tembusan: Camat {kec}
""",
    ),
    T(
        "letterhead",
        "commerce",
        """
{CV}
{jlno}, Kupang – Telp. {otel1} – WA {biz1} – Email: admin@{cvslug}.co.id

Nomor : {surat}
Kupang, {tgll1}

Kepada Yth.
Bapak [[n:{n1}]]
[[a:{adr1}]]
Kupang

Perihal: Penawaran pemasangan «pagar besi¦kanopi¦tandon air»
Dengan hormat, menindaklanjuti permintaan Bapak melalui telepon ([[p:{hp1}]]) pada {tgll1}, bersama ini kami sampaikan penawaran harga sebesar {rpb1} sudah termasuk material dan ongkos pasang. Penawaran berlaku 14 hari.

Hormat kami,
{CV}

[[n:{n2}]]
Direktur
""",
        M=(1,),
    ),
    T(
        "letterhead",
        "education",
        """
PEMERINTAH KOTA KUPANG – DINAS PENDIDIKAN DAN KEBUDAYAAN
{SCHOOL}
NPSN {npsn} · {jlno} · Telp. {otel1} · Email: {schoolslug}@gmail.com

Nomor : {surat}
Hal   : Panggilan orang tua

Kepada Yth. Orang tua/wali dari [[n:{n1}]] (kelas {kls})
di tempat

Dengan hormat, kami mengundang Bapak/Ibu hadir di sekolah pada {hari2} jam {jam} untuk membicarakan «kehadiran¦perilaku¦nilai» ananda. Konfirmasi kehadiran kepada wali kelas, [[n:{n2}]], HP/WA [[p:{hp2}]], email [[e:«{eml2}¦{emk2}»]].

Kepala Sekolah,
[[n:{n3}]], S.Pd., M.Pd.
NIP {nip}
""",
        Y=(1,),
    ),
    T(
        "letterhead",
        "events",
        """
MAJELIS JEMAAT {CHURCH}
Sekretariat: {jlno}, Kupang · Telp. {otel1} · Email: {churchslug}@gmail.com

SURAT KETERANGAN ANGGOTA JEMAAT
Nomor: {surat}

Yang bertanda tangan di bawah ini Ketua Majelis Jemaat menerangkan bahwa:
Nama       : [[n:{n1}]]
Tgl lahir  : {lahir1}
Alamat     : [[a:{adr1}]]
No. HP     : [[p:{hp1}]]
adalah benar anggota jemaat Rayon {num}, aktif dalam pelayanan, untuk keperluan «pengurusan beasiswa¦melamar kerja¦pencatatan nikah».

Kupang, {tgll1}
Ketua Majelis Jemaat,
Pdt. [[n:{n2}]], S.Th
""",
    ),
    T(
        "letterhead",
        "health",
        """
{PUSK}
{jlno} · Telp. {otel1} · WA pendaftaran {owa1}

SURAT RUJUKAN
Nomor: {surat}
Kepada Yth. dokter spesialis «penyakit dalam¦paru» RSUD S.K. Lerik
Mohon pemeriksaan dan penanganan lebih lanjut pasien:
Nama            : [[n:{n1}]]
Umur            : {age1} th
No. BPJS        : [[bpjs:{bpjs1}]]
Alamat          : [[a:{adr1}]]
No. HP keluarga : [[p:{hp2}]] («anak¦kakak¦adik»)
Diagnosa        : «hipertensi tidak terkontrol¦anemia berat¦diabetes melitus dengan luka kaki»
Dokter pemeriksa,
dr. [[n:{n3}]]
""",
    ),
    T(
        "letterhead",
        "neighbourhood",
        """
FORUM WARGA PEDULI LINGKUNGAN KEL. {KEL}
Sekretariat: {jlno} · email: forumwarga.{kelslug}@gmail.com

Kupang, {tgll1}
Kepada Yth. Kepala Dinas Lingkungan Hidup dan Kebersihan Kota Kupang
Perihal: Tumpukan sampah di TPS {jl}

Dengan hormat, sampah di TPS {jl} sudah «dua minggu¦10 hari» tidak diangkut, bau dan lalat sampai ke rumah warga. Mohon segera diangkut dan jadwal truk dipastikan.

Koordinator: [[n:{n1}]] ([[p:{hp1}]])
Sekretaris : [[n:{n2}]] ([[p:{hp2}]])
""",
    ),
    T(
        "letterhead",
        "public_services",
        """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
Alamat : [[a:{adr1}]]
HP     : [[p:{hp1}]]
selanjutnya disebut Pemberi Kuasa, memberi kuasa kepada:
Nama   : [[n:{n2}]]
NIK    : [[nik:{nik2}]]
Alamat : [[a:{adr2}]]
HP     : [[p:{hp2}]]
untuk mengurus «pengambilan KTP-el¦pencetakan KK baru¦legalisir akta kelahiran» atas nama Pemberi Kuasa di Disdukcapil Kota Kupang.
Kupang, {tgll1}
Penerima Kuasa,            Pemberi Kuasa,
[[n:{n2}]]                 [[n:{n1}]]
""",
    ),
    # ---- without spans
    T(
        "letterhead",
        "health",
        """
PEMERINTAH KOTA KUPANG
DINAS KESEHATAN
{jlno}, Kupang · Telp/Fax {otel1} · Email dinkes@kupangkota.go.id

Nomor : {surat}
Sifat : Penting
Hal   : Pelaksanaan Bulan Imunisasi Anak Sekolah

Kepada Yth. Kepala Puskesmas se-Kota Kupang
Dalam rangka BIAS tahun {thn}, mohon puskesmas menyusun jadwal ke sekolah mulai {tgll2} dan melapor ke Seksi Imunisasi paling lambat {tgll4}.
Narahubung: Seksi Imunisasi, telp {otel2} psw {ext}, WA {owa1}.
Dokumen ini ditandatangani secara elektronik (TTE) oleh Kepala Dinas Kesehatan.
""",
    ),
    T(
        "letterhead",
        "neighbourhood",
        """
PEMERINTAH KOTA KUPANG
BADAN PENANGGULANGAN BENCANA DAERAH
{jlno} · Telp. {otel1} · Pusdalops {otel2} · bpbd@kupangkota.go.id

Nomor : {surat}
Hal   : Undangan rapat siaga banjir

Kepada Yth. Lurah se-Kota Kupang
Rapat pada {hari2} pukul {jam} di ruang rapat BPBD. Konfirmasi kehadiran ke {owaz1} paling lambat {tgll1}.
Ditandatangani secara elektronik oleh Kepala Pelaksana BPBD.
""",
    ),
    T(
        "letterhead",
        "utilities",
        """
PT PLN (PERSERO) UP3 KUPANG
{jlno}, Kupang · Telp. {otel1} · Contact Center PLN 123

Nomor : {surat}
Hal   : Pemberitahuan pemeliharaan jaringan

Kepada Yth. Pelanggan PLN di wilayah {kel} dan {kel2}
Pada {hari2} pukul {jamr} akan dilakukan pemeliharaan jaringan, aliran listrik padam sementara. Informasi: aplikasi PLN Mobile atau WA {owa1}. Email: up3kupang@pln.co.id.
Manajer UP3 Kupang (TTE)
""",
    ),
    T(
        "letterhead",
        "commerce",
        """
{CV}
{jlno}, Kupang · Telp. {otel1} · Fax {otel2} · Email info@{cvslug}.co.id
NPWP {npx}

Nomor : {surat}
Kepada Yth. Kepala Dinas PUPR Kota Kupang
Perihal: Penawaran harga pekerjaan rehabilitasi drainase

Bersama ini kami sampaikan penawaran sebesar {rpb1}. Pembayaran ke rekening perusahaan {bnk} {rekx} a.n. {CV}.
Kontak administrasi: WA {biz1}.
Direktur (ttd dan cap)
""",
    ),
    T(
        "letterhead",
        "education",
        """
{SCHOOL}
NPSN {npsn} · {jlno} · Telp. {otel1}

Nomor : {surat}
Hal   : Pembayaran iuran komite semester genap

Kepada Yth. Bapak/Ibu Orang Tua/Wali Siswa
Iuran komite semester genap {rpm1} dibayar paling lambat {tgll3} melalui rekening sekolah Bank NTT {rekntt} a.n. {school}. Bukti transfer dikirim ke WA Tata Usaha {owa1} atau email tu.{schoolslug}@gmail.com.
Kepala Sekolah (TTE)
""",
    ),
]

# ================================================================ chat_transcript
# Chat transcripts where people give their numbers in turn: an arisan, a kelurahan's admin, a
# warning about a scam, a wedding committee, a family, an ojek, a lost phone, an unsaved sender,
# a wali kelas; senders that are offices, desks, groups or kin words are no names.
TEMPLATES += [
    T(
        "chat_transcript",
        "events",
        """
{ts1} [[n:{s1}]]: Selamat malam mama-mama arisan, bulan ini yg dapat arisan mama [[n:{g2}]] e 🙏 Setor ke DANA dia [[p:{hp2}]] atau cash.
{ts2} [[n:{s2}]]: Makasih mama 🙏 Yg mau transfer bank bisa ke BRI [[b:{rkbri2}]] e
{ts3} [[n:{s3}]]: Beta pung nomor baru [[p:{hp3}]] e, yg lama [[p:{hq3}]] su hilang
{ts4} mama: Sa su transfer {rpm1} ya
{ts5} [[n:{s1}]]: Sip. Yg belum setor: mama [[n:{g4}]] deng kaka [[n:{g5}]]
""",
        F=(1, 2, 3, 4, 5),
    ),
    T(
        "chat_transcript",
        "public_services",
        """
{ts1} [[n:{s1}]]: Slmt pagi admin, sy mau urus surat pindah. Syaratnya apa sa?
{ts2} Admin Kelurahan {kel}: Selamat pagi. Bawa KK asli, KTP-el, surat pengantar RT. Antrian online lewat WA kantor {owa1} ya.
{ts3} [[n:{s1}]]: Baik. Kalau sudah jadi tolong kabari ke nomor sy [[p:{hp1}]], ini nomor pribadi
{ts4} Admin Kelurahan {kel}: Siap. Telp kantor {otel1} lagi gangguan, jadi WA saja.
{ts5} [[n:{s1}]]: Oke makasih. Sy tinggal di [[a:{rt1}]], pengantarnya ke Pak RT [[n:{g2}]] to?
{ts6} Admin Kelurahan {kel}: Betul
""",
    ),
    T(
        "chat_transcript",
        "social_aid",
        """
{ts1} [[n:{s1}]]: Bapa mama hati-hati, ada nomor {scam1} WA beta ngaku pendamping PKH, minta {rpm1} biar bansos cair
{ts2} [[n:{s2}]]: Sama, beta ju dapat dari {scam2}, dia bilang dari Dinsos
{ts3} [[n:{s3}]]: Itu bukan. Pendamping asli tu Kak [[n:{g4}]], nomor dia [[p:{hp4}]]. Dia sonde pernah minta uang
{ts4} [[n:{s1}]]: Oke makasih. Beta su lapor ke 1708
{ts5} [[n:{s4}]]: Betul bapa mama, beta pendamping PKH Kel. {kel}, nomor beta cuma [[p:{hp4}]]. Kalo ada yg minta uang lapor ke WA pengaduan Dinsos {owa1}.
""",
    ),
    T(
        "chat_transcript",
        "events",
        """
{ts1} [[n:{s1}]]: Shalom keluarga, rapat panitia nikah [[n:{g2}]] deng [[n:{g3}]] hari {dname2} jam 19.00 di rumah Om [[n:{g4}]], [[a:{ad4}]].
{ts2} [[n:{s5}]]: Siap. Sumbangan keluarga bisa transfer ke rekening panitia a.n. [[n:{n5}]] «BRI [[b:{rkbri5}]]¦Bank NTT [[b:{rkntt5}]]» e
{ts3} [[n:{s6}]]: Nomor WA panitia yg mana? {owa1} ko?
{ts4} [[n:{s1}]]: Iya itu WA panitia. Kalo mau tanya katering telp langsung {CATERER} {biz1}
{ts5} [[n:{s6}]]: Oke, sa pung nomor baru [[p:{hp6}]] e tolong simpan
""",
        M=(2,),
        F=(3,),
    ),
    T(
        "chat_transcript",
        "utilities",
        """
{ts1} [[n:{s1}]]: Kaka, oma pung HP rusak. Kalo mau telpon oma pake nomor rumah [[p:{trp2}]] sa
{ts2} kaka: Oke. Listrik di rumah oma masih mati ko?
{ts3} [[n:{s1}]]: Masih. Beta su lapor ke PLN 123, nomor laporan {tiket}. IDPEL oma {idpel}
{ts4} kaka: Nanti beta telp petugas yantek, tadi dong kasi nomor {owa1}
{ts5} [[n:{s1}]]: Sip. Oma pung alamat tu [[a:{ad2}]] e, bilang ke petugas
""",
        E=(2,),
        F=(2,),
    ),
    T(
        "chat_transcript",
        "transport",
        """
{ts1} [[n:{s1}]]: Kaka ojek, besok pagi jemput di rumah, [[a:{ad1}]], jam 06.30 ke bandara e
{ts2} [[n:{s2}]]: Siap kaka. Kalo sa terlambat telpon sa di [[p:{hp2}]], WA sa sonde aktif
{ts3} [[n:{s1}]]: Oke. Kalo sonde angkat sa telp ke pangkalan {owa1} ko?
{ts4} [[n:{s2}]]: Iya, tu nomor pangkalan. Motor sa [[pl:{pl2}]] warna hitam
{ts5} [[n:{s1}]]: Sip
""",
    ),
    T(
        "chat_transcript",
        "events",
        """
{ts1} [[n:{s1}]]: Sapa yg HP hilang di ibadah tadi? Sa temu HP «Samsung¦Oppo¦Vivo» warna hitam di kursi belakang
{ts2} [[n:{s2}]]: Itu sa pung ponakan [[n:{g3}]] pung. Bisa telpon ke sa [[p:{hp2}]]
{ts3} [[n:{s1}]]: Oke nanti sa antar. Rumah di mana?
{ts4} [[n:{s2}]]: [[a:{adr2}]], dekat kios
{ts5} [[n:{s1}]]: Siap, besok pagi sa antar
""",
    ),
    T(
        "chat_transcript",
        "neighbourhood",
        """
{ts1} [[p:{hpj1}]]: Selamat pagi pak, sy [[n:{g1}]] «tetangga baru¦yg kontrak rumah» di samping, mau tanya jadwal angkut sampah di RT sini
{ts2} [[n:{s2}]]: Pagi. Angkut sampah tiap Selasa deng Jumat jam 6 pagi. Iuran {rps1} per bulan
{ts3} {scamz3}: Yth bapak/ibu, kami dari PLN UP3 Kupang, meteran anda terdeteksi bermasalah, hubungi petugas kami di {scam4}
{ts4} [[n:{s2}]]: Itu penipu, jang layani
{ts5} [[p:{hpj1}]]: Oke makasih pak
""",
    ),
    T(
        "chat_transcript",
        "education",
        """
{ts1} [[n:{s1}]]: Pak, rapor anak sy [[n:{g2}]] belum dikirim. Kirim ke email sy sa: [[e:{emx1}]]
{ts2} Wali Kelas {kls}: Baik ibu, nanti sy kirim dari email sekolah {schoolslug}@gmail.com
{ts3} [[n:{s1}]]: Atau WA ke sy pung nomor [[p:{hp1}]]
{ts4} Wali Kelas {kls}: Siap ibu
""",
        F=(1,),
        Y=(2,),
        fam={2: 1},
    ),
    # ---- without spans
    T(
        "chat_transcript",
        "health",
        """
{ts1} Admin {PUSK}: Selamat pagi, antrian online hari ini dibuka. Ketik DAFTAR#POLI#NIK kirim ke {owa1}
{ts2} Petugas Loket: Nomor antrian A-001 sampai A-0{num} sudah penuh untuk poli umum
{ts3} Admin {PUSK}: Poli gigi masih ada kuota 12. Info {otel1}
{ts4} Petugas Loket: Apotek buka sampai jam 14.00, UGD 24 jam {otel2}
""",
    ),
    T(
        "chat_transcript",
        "neighbourhood",
        """
{ts1} Admin RT {rtn1}: Info jadwal fogging hari ini: RT {rtn2}, RT {rtn3} dan RT {rtn1}, mulai jam 15.00
{ts2} Admin RT {rtn1}: Dari Dinkes, call center {otel1}. Tutup tempat air dan simpan makanan
{ts3} Grup warga: 👍
{ts4} Admin RT {rtn1}: Iuran sampah {BLN} {rps1}, bayar ke pos ronda. Pos ronda {owa1}
""",
    ),
    T(
        "chat_transcript",
        "commerce",
        """
{ts1} Saya: Kak masih buka?
{ts2} {COPY}: Buka kak sampai jam 21.00
{ts3} Saya: Mau print 40 lembar, file kirim ke mana?
{ts4} {COPY}: Kirim ke WA {biz1} atau email {copyslug}@gmail.com kak. Print warna Rp 2.000/lembar, hitam putih Rp 500
{ts5} Saya: Oke, transfer ke mana?
{ts6} {COPY}: QRIS di kasir saja kak, atau VA {va}
""",
    ),
    T(
        "chat_transcript",
        "utilities",
        """
{ts1} mama: Token listrik habis, sapa yg beli?
{ts2} kaka: Sa su beli 100rb di counter, token {token}
{ts3} bapa: Kalo sonde masuk telp PLN 123, atau WA PLN {owa1}
{ts4} ade: Su masuk, sisa {num}1 kWh
{ts5} mama: Air PDAM juga mati, nomor pengaduan PDAM {otel1} sonde angkat
""",
    ),
    T(
        "chat_transcript",
        "public_services",
        """
{ts1} Chatbot Dukcapil Kota Kupang: Selamat datang. Ketik 1 cek status KTP-el, 2 antrian online, 3 syarat KK, 4 bicara dengan petugas
{ts2} Saya: 2
{ts3} Chatbot Dukcapil Kota Kupang: Antrian online dibuka Senin–Jumat {jamr}. Nomor antrian Anda: {antrian}. Datang 15 menit sebelum dipanggil.
{ts4} Saya: 4
{ts5} Chatbot Dukcapil Kota Kupang: Petugas sedang sibuk. Silakan hubungi {otel1} atau WA {owa1}.
""",
    ),
]


if __name__ == "__main__":
    main()
