# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev57.jsonl: community bodies and the people who run them.

Churches (GMIT congregations, parishes, mosques), schools and their committees, posyandu,
puskesmas and pustu, RT/RW and kelurahan, cooperatives and arisan groups, youth and women's
groups, farmers' and fishers' groups, village enterprises, foundations and orphanages of Kota
Kupang and NTT, next to their officers and members: whose phone number, whose mailbox, whose
account and whose NPWP it is when a body and its officers share them. Ten styles: church and
mosque announcements, school letters and committee minutes, posyandu and puskesmas notices,
RT/RW notices and dues lists, cooperative and arisan papers, donation appeals, complaints about
fees and funds, e-mail threads, registers and directories, social-aid and scholarship lists.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{hp1}``,
``{grjwa1}``, ``{kopnpwp1}`` ...) and alternatives (``«one¦other»``, one drawn per filling), each
filled five times with invented values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev57.py`` (standard library only, deterministic);
``--review`` also prints every unlabelled run of digits and every unlabelled ``@`` token with the
forty characters before it; ``--show N SEED`` prints N texts drawn at random with their spans
marked; ``--dry`` writes nothing; ``--style S`` builds one style only (with ``--loose``: no floors,
nothing written).
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

SEED = 57_2026_1207
OUT = Path(__file__).with_name("redaction_dev57.jsonl")
PREFIX = "d57"
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
    "church_notice",
    "school_letter",
    "health_post",
    "rt_notice",
    "coop_arisan",
    "donation_appeal",
    "fee_complaint",
    "email_thread",
    "directory",
    "aid_list",
)
THEMES = (
    "congregation",
    "school",
    "health",
    "neighbourhood",
    "cooperative",
    "youth_women",
    "farmers_fishers",
    "village",
    "foundation",
    "social_aid",
    "scam_fraud",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 5,
    "name": 400,
    "phone": 250,
    "bank_account": 60,
    "npwp": 40,
    "email": 40,
    "themes": 10,
}
# words that may stand before a name but never open its span: titles, kin words, roles
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "pdt",
    "pnt", "dkn", "vik", "vikaris", "pendeta", "penatua", "diaken", "romo", "rm", "pater", "sr",
    "suster", "frater", "fr", "ustadz", "ustad", "ustadzah", "kh", "hj", "h", "haji", "imam",
    "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "ade", "adik", "nene",
    "usi", "nyong", "bung", "mace", "pace", "ama", "ina", "kel", "keluarga", "yth", "saudara",
    "saudari", "ketua", "wakil", "kepala", "sekretaris", "bendahara", "koordinator", "pengasuh",
    "pembina", "kader", "bidan", "perawat", "ners", "ns", "guru", "kepsek", "wali", "operator",
    "petugas", "pendamping", "kolektor", "kasir", "admin", "pengurus", "anggota", "ttd", "salam",
    "hormat", "dari", "nama", "an", "atas", "pelapor", "pemohon", "penerima", "pasien", "lurah",
    "camat", "ketua rt", "pak rt", "linmas", "narahubung", "kontak", "hp", "wa", "sa", "sy",
    "saya", "beta", "to", "from", "cc", "re", "alm", "almarhum", "almh", "almarhumah", "istri",
    "suami", "anak", "cucu", "siswa", "siswi", "murid", "majelis", "jemaat", "warga",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev57)

GIVEN_M = (
    "Yohanis", "Markus", "Yakobus", "Frederik", "Marthen", "Obed", "Semuel", "Nikolas", "Petrus",
    "Elias", "Yermias", "Soleman", "Mesakh", "Kornelis", "Lukas", "Benyamin", "Agustinus",
    "Ferdinand", "Arnoldus", "Rudolof", "Deni", "Ronaldo", "Gerson", "Melkianus", "Kefas",
    "Zakarias", "Adrianus", "Hendrikus", "Yulius", "Viktor", "Yoel", "Hosea", "Amos", "Efraim",
    "Yonatan", "Stefanus", "Aleksander", "Sefnat", "Matheos", "Laurens", "Kristofel", "Ishak",
    "Yustus", "Aprianus", "Oktovianus", "Novri", "Dedi", "Roni", "Ardi", "Charles", "Welem",
    "Godlief", "Hanok", "Ruben", "Titus", "Yosua", "Salmun", "Filipus", "Bernadus", "Dominikus",
    "Fransiskus", "Klemens", "Aloysius", "Gabriel", "Blasius", "Paulinus", "Sebastianus",
    "Anderias", "Piter", "Yunus", "Nahor", "Apolos", "Gidion", "Simson", "Erwin", "Rian",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Marlin", "Selfina", "Yohana", "Margaretha", "Agustina", "Dorkas", "Ruth",
    "Naomi", "Ester", "Debora", "Sarlota", "Elisabeth", "Adelina", "Yosefina", "Kristina",
    "Merlin", "Novita", "Fince", "Oktovina", "Mariana", "Herlina", "Apriana", "Delviana",
    "Seprina", "Yanti", "Lusia", "Anjelina", "Veronika", "Ivonne", "Ance", "Lodia", "Rahel",
    "Sonya", "Wilhelmina", "Orpa", "Damaris", "Priska", "Febriani", "Gretha", "Mince", "Yuni",
    "Natalia", "Imelda", "Paulina", "Florida", "Theresia", "Bernadeta", "Klara", "Emerensiana",
    "Yasinta", "Hendrika", "Rosalinda", "Serly", "Mery", "Anita", "Susana", "Petronela",
    "Yunita", "Regina", "Magdalena", "Benedikta", "Anastasia", "Melani", "Juliana", "Dewinta",
    "Maria Goreti", "Sisilia", "Elsi", "Ningsi", "Erlin", "Trisna",
)  # fmt: skip
FAMILY = {
    "timor": (
        "Banunaek", "Taneo", "Sabneno", "Tnunay", "Tualaka", "Nope", "Boimau", "Selan",
        "Oematan", "Kolo", "Nitbani", "Lakapu", "Oenunu", "Tamonob", "Nubatonis", "Kause",
        "Nenometa", "Naitboho", "Tafuli", "Sanam", "Seran", "Bria", "Atok", "Nahak", "Klau",
        "Missa", "Tasuib", "Faot", "Ottu", "Sakan", "Neolaka", "Tlonaen", "Neonufa", "Taek",
        "Kolloh", "Nuban", "Haumeni", "Liunokas", "Nomleni", "Oetpah", "Sinlae", "Tefu",
        "Amfotis", "Benu", "Tefa", "Nenobais", "Tanone", "Obhetan", "Kapitan", "Fallo",
    ),
    "rote": (
        "Pello", "Ndolu", "Messakh", "Mbuik", "Daik", "Lenggu", "Haning", "Henukh", "Dethan",
        "Pandie", "Ndaumanu", "Saudale", "Foeh", "Nalle", "Balukh", "Ndoen", "Malelak", "Kiuk",
        "Bolla", "Fanggidae", "Mooy", "Amalo", "Therik", "Ndun", "Sjioen", "Zadrak", "Manoe",
        "Lusi", "Ndoki", "Adoe",
    ),
    "sabu": (
        "Lado", "Hege", "Radja", "Bire", "Haba", "Wadu", "Dida", "Lomi", "Kedoh", "Koreh", "Mone",
        "Ludji", "Rohi", "Tede", "Dimu Heo", "Tadu Hungu", "Ratu Edo", "Djo Lede", "Kale Lena",
        "Riwu Kaho", "Dju Dara", "Hina Kana",
    ),
    "flores": (
        "Jelahu", "Jemarut", "Tukan", "Koten", "Kelen", "Parera", "Gomes", "Fernandez", "Djawa",
        "Meko", "Wea", "Dhiu", "Bhoko", "Rangga", "Lewar", "Hurint", "Wutun", "Lamanepa", "Mbete",
        "Nggalu", "Liwu", "Da Silva", "De Rosari", "Kleden", "Sogen", "Bataona", "Ruing", "Dopo",
        "Lamablawa", "Wolo",
    ),
    "alor": (
        "Maro", "Laufa", "Lelang", "Mautuka", "Blegur", "Djobo", "Padafani", "Karbeka",
        "Malaikosa", "Atamau",
    ),
}  # fmt: skip
SUMBA_GIVEN = {
    "M": ("Umbu Neka", "Umbu Dedi", "Umbu Kudu", "Umbu Remu", "Umbu Hina", "Umbu Pati"),
    "F": ("Rambu Lika", "Rambu Ata", "Rambu Yuli", "Rambu Hada", "Rambu Konda", "Rambu Eti"),
}
SUMBA_FAMILY = (
    "Ndjurumana", "Malo", "Tunggu", "Lunggi", "Hingi", "Pekambani", "Ngongo", "Windi", "Wora",
    "Dapawole", "Rihi", "Landu Awang",
)  # fmt: skip
# (sex, full name, the name a person is called by, the family or last name)
OTHER_PEOPLE = {
    "bali": (
        ("M", "I Wayan Sudarsana", "Sudarsana", "Sudarsana"),
        ("M", "I Made Wiratama", "Wiratama", "Wiratama"),
        ("M", "I Nyoman Arsana", "Arsana", "Arsana"),
        ("M", "I Ketut Sukarta", "Sukarta", "Sukarta"),
        ("M", "I Gede Adnyana", "Adnyana", "Adnyana"),
        ("M", "I Komang Suparta", "Suparta", "Suparta"),
        ("F", "Ni Made Sukerti", "Sukerti", "Sukerti"),
        ("F", "Ni Luh Ariani", "Ariani", "Ariani"),
        ("F", "Ni Nyoman Suastini", "Suastini", "Suastini"),
        ("F", "Ni Ketut Rusmini", "Rusmini", "Rusmini"),
        ("F", "Ni Putu Astiti", "Astiti", "Astiti"),
        ("F", "Ni Kadek Wahyuni", "Wahyuni", "Wahyuni"),
    ),
    "bugis": (
        ("M", "Syamsuddin Daeng Tika", "Syamsuddin", "Tika"),
        ("M", "Haerul Daeng Nai", "Haerul", "Nai"),
        ("M", "Muhammad Arsyad", "Arsyad", "Arsyad"),
        ("M", "Andi Baso Rahman", "Baso", "Rahman"),
        ("M", "Hasanuddin Daeng Gassing", "Hasanuddin", "Gassing"),
        ("M", "Abdul Rahim Latief", "Rahim", "Latief"),
        ("F", "Sitti Rahmah", "Rahmah", "Rahmah"),
        ("F", "Nurhayati Daeng Kanang", "Nurhayati", "Kanang"),
        ("F", "Kasmawati", "Kasmawati", "Kasmawati"),
        ("F", "Andi Nurul Fitri", "Nurul", "Fitri"),
        ("F", "Hasnah Daeng Baji", "Hasnah", "Baji"),
    ),
    "buton": (
        ("M", "La Ode Hamidu", "Hamidu", "Hamidu"),
        ("M", "La Ode Mursalim", "Mursalim", "Mursalim"),
        ("M", "La Ode Ruslan", "Ruslan", "Ruslan"),
        ("M", "La Hasan Wolio", "Hasan", "Wolio"),
        ("F", "Wa Ode Sariama", "Sariama", "Sariama"),
        ("F", "Wa Ode Nurhaya", "Nurhaya", "Nurhaya"),
        ("F", "Wa Ode Hasmira", "Hasmira", "Hasmira"),
        ("F", "Wa Sitti Aisa", "Aisa", "Aisa"),
    ),
    "java": (
        ("M", "Sutrisno", "Sutrisno", "Sutrisno"),
        ("M", "Bambang Hariyanto", "Bambang", "Hariyanto"),
        ("M", "Agus Santoso", "Agus", "Santoso"),
        ("M", "Eko Prasetyo", "Eko", "Prasetyo"),
        ("M", "Joko Susilo", "Joko", "Susilo"),
        ("M", "Wahyu Nugroho", "Wahyu", "Nugroho"),
        ("F", "Sri Wahyuningsih", "Wahyuningsih", "Wahyuningsih"),
        ("F", "Dwi Lestari", "Lestari", "Lestari"),
        ("F", "Siti Aminah", "Aminah", "Aminah"),
        ("F", "Endang Kusumawati", "Endang", "Kusumawati"),
        ("F", "Retno Palupi", "Retno", "Palupi"),
    ),
    "chinese": (
        ("M", "Oei Kiem Liong", "Kiem Liong", "Oei"),
        ("M", "Tjio Ban Hok", "Ban Hok", "Tjio"),
        ("M", "Hendrik Salim", "Hendrik", "Salim"),
        ("M", "Felix Tanujaya", "Felix", "Tanujaya"),
        ("M", "Susanto Ong", "Susanto", "Ong"),
        ("M", "Liem Wie Kiong", "Wie Kiong", "Liem"),
        ("F", "Kwee Lian Nio", "Lian Nio", "Kwee"),
        ("F", "Yenny Tanoto", "Yenny", "Tanoto"),
        ("F", "Linda Halim", "Linda", "Halim"),
        ("F", "Meliana Tjong", "Meliana", "Tjong"),
        ("F", "The Swie Lan", "Swie Lan", "The"),
        ("F", "Oei Giok Lan", "Giok Lan", "Oei"),
    ),
}
ORIGINS = (
    ("timor", 20), ("rote", 15), ("sabu", 10), ("flores", 14), ("alor", 5), ("sumba", 6),
    ("bali", 5), ("bugis", 6), ("buton", 4), ("java", 6), ("chinese", 6),
)  # fmt: skip
NTT = ("timor", "rote", "sabu", "flores", "alor", "sumba")
FAM = ("timor", "rote", "sabu", "flores", "alor")  # where a family name alone names a family
# who holds a post in a body of one faith: GMIT and other Protestant bodies, a parish, a mosque
FAITH = {
    "c": ("timor", "rote", "sabu", "flores", "alor", "sumba", "chinese"),
    "k": ("flores", "flores", "timor", "timor", "sumba", "chinese"),
    "m": ("bugis", "buton", "java"),
}
# NIK region codes per origin (a newcomer mostly holds a Kota Kupang card)
REGION = {
    "timor": ("5301", "5302", "5303", "5304", "5321"),
    "rote": ("5314",),
    "sabu": ("5320", "5301"),
    "flores": ("5306", "5307", "5308", "5309", "5310", "5313", "5315", "5316", "5319"),
    "alor": ("5305",),
    "sumba": ("5311", "5312", "5317", "5318"),
    "bali": ("5171", "5102", "5106"),
    "bugis": ("7371", "7308", "7313"),
    "buton": ("7404", "7472", "7471"),
    "java": ("3578", "3573", "3374", "3471"),
    "chinese": ("5371", "3578"),
}
# words several people carry or ordinary words too: no two people are told apart by them, and an
# unlabelled occurrence elsewhere is no repeat of a name
SHARED = {
    "made", "ketut", "nyoman", "komang", "wayan", "gede", "kadek", "putu", "luh", "daeng", "umbu",
    "rambu", "ode", "sri", "dwi", "andi", "sitti", "siti", "abdul", "muhammad", "the", "maria",
    "goreti",
}  # fmt: skip
PROVINCES = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
    "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
    "81", "82", "91", "92", "94",
}  # fmt: skip

# ---------------------------------------------------------------- places (written for dev57)

KELURAHAN = (
    "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Naikoten I",
    "Naikoten II", "Fontein", "Oeba", "Bonipoi", "Solor", "Merdeka", "Kuanino", "Nunleu",
    "Oepura", "Sikumana", "Bello", "Fatukoa", "Kolhua", "Naimata", "Penfui", "Maulafa",
    "Naikolan", "Oesapa", "Oesapa Barat", "Oesapa Selatan", "Lasiana", "Kelapa Lima",
    "Pasir Panjang", "Nefonaek", "Airnona", "Bakunase", "Bakunase II", "Naioni", "Alak",
    "Manutapen", "Fatufeto", "Namosain", "Nunbaun Sabu", "Nunbaun Delha", "Penkase Oeleta",
    "Manulai II", "Batuplat", "Mantasi", "Nunhila", "Airmata", "Oetete",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
VILLAGES = (
    "Baumata Timur", "Oeltua", "Penfui Timur", "Noelbaki", "Tarus", "Oebelo", "Nitneo",
    "Oelpuah", "Manusak", "Tesabela", "Oelnasi", "Bokong", "Kuaklalo", "Oeletsala", "Nunkurus",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Manggis", "Jl. Delima", "Jl. Srikaya", "Jl. Belimbing", "Jl. Sirsak", "Jl. Rambutan",
    "Jl. Kedondong", "Jl. Cemara", "Jl. Gelatik", "Jl. Kasuari", "Jl. Pipit", "Jl. Jalak",
    "Jl. Mahoni", "Jl. Kelor", "Jl. Lamtoro", "Jl. Bakau", "Jl. Asam", "Jl. Flamboyan",
    "Jl. Bougenvil", "Jl. Cempaka", "Jl. Teratai", "Jl. Jambu Air", "Jl. Lembata", "Jl. Banteng",
    "Jl. Rusa", "Jl. Kancil", "Jl. Kijang", "Jl. Merak", "Jl. Camar", "Jl. Walet", "Gg. Sepakat",
    "Gg. Rajawali", "Gg. Persatuan", "Jl. Air Lobang", "Jl. Batu Kapur", "Jl. Oekam",
    "Jl. Oeleu", "Jl. Bhakti Karya", "Jl. Swasembada", "Jl. Bimoku", "Lr. Tenggiri",
    "Jl. Sumba Gg. 2", "Jl. Kelinci Gg. 4", "Jl. Matani", "Jl. Oebonik", "Jl. Tode Kisar",
)  # fmt: skip
ESTATES = (
    "Perumnas Blok", "BTN Kolhua Blok", "Perum Citra Permai Penfui Blok",
    "Perum Taman Oesapa Indah Blok", "Perumahan Lopo Indah Permai Blok", "Perum Graha Naimata Blok",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Soeharto", "Jl. Timor Raya", "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo", "Jl. Adisucipto", "Jl. Herewila", "Jl. Sam Ratulangi",
    "Jl. Jend. Sudirman", "Jl. Cak Doko", "Jl. Moh. Hatta", "Jl. Perintis Kemerdekaan",
    "Jl. R.A. Kartini", "Jl. Veteran", "Jl. Amabi", "Jl. Fetor Funay", "Jl. H.R. Koroh",
    "Jl. Ahmad Yani", "Jl. Siliwangi", "Jl. Urip Sumoharjo", "Jl. Untung Surapati",
    "Jl. Bajawa", "Jl. Kejora", "Jl. Prof. Dr. Herman Johannes", "Jl. Oematan",
)  # fmt: skip
BANKS = ("Bank NTT", "Bank NTT", "BRI", "BRI", "BNI", "Mandiri", "BSI", "BCA")
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com")  # fmt: skip

# ---------------------------------------------------------------- bodies (written for dev57)

CONGREGATIONS = (
    "Efata", "Betel", "Imanuel", "Getsemani", "Pniel", "Kalvari", "Sion", "Marturia", "Elim",
    "Syalom", "Maranatha", "Hosana", "Petra", "Nazaret", "Kanaan", "Horeb", "Moria", "Bethesda",
    "Tesalonika", "Filadelfia", "Zaitun", "Galed", "Mizpa", "Yerusalem Baru",
)  # fmt: skip
PARISHES = (
    "St. Yosef Pekerja", "Sta. Familia", "St. Fransiskus Xaverius", "Sta. Maria Fatima",
    "St. Petrus dan Paulus", "Roh Kudus", "Hati Kudus Yesus", "St. Mikael", "Kristus Raja",
)  # fmt: skip
MOSQUES = (
    "Al-Ikhlas", "Nurul Huda", "At-Taqwa", "Al-Muhajirin", "Baiturrahim", "Nurul Iman",
    "Al-Hidayah", "Ar-Rahman", "Darussalam", "Al-Falah", "Baitul Makmur",
)  # fmt: skip
FLOWERS = (
    "Melati", "Anggrek", "Mawar", "Kenanga", "Cempaka", "Teratai", "Dahlia", "Seroja", "Kamboja",
    "Asoka", "Tulip", "Sakura",
)  # fmt: skip
GOOD_WORDS = (
    "Sehati", "Lontar", "Tunas", "Harapan", "Sinar", "Bintang", "Karya", "Cahaya", "Mekar",
    "Citra", "Pelita", "Sumber", "Damai", "Berkat", "Sasando", "Cendana",
)  # fmt: skip
GOOD_WORDS2 = (
    "Mandiri", "Sejahtera", "Kasih", "Timur", "Abadi", "Bersama", "Flobamora", "Baru", "Makmur",
    "Jaya", "Lestari", "Bahagia", "Mulia", "Harapan",
)  # fmt: skip
ORPHANAGES = (
    "Kasih Karunia", "Anugerah", "Bethania", "Hati Kudus", "Kasih Agape", "Tunas Kasih",
    "Rumah Damai", "Pelita Kasih", "Sayap Kasih", "Putra Harapan",
)  # fmt: skip

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# mobile prefixes with weights (Telkomsel leads in NTT, then Indosat and XL)
MOBILE = (
    ("0812", 15), ("0813", 17), ("0821", 10), ("0822", 12), ("0823", 8), ("0852", 15),
    ("0853", 13), ("0811", 3), ("0851", 5), ("0815", 2), ("0816", 1), ("0856", 2), ("0857", 3),
    ("0858", 2), ("0817", 1), ("0818", 1), ("0819", 2), ("0859", 1), ("0877", 1), ("0878", 2),
    ("0831", 1), ("0838", 1), ("0895", 2), ("0896", 1), ("0897", 1), ("0881", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0832", "0833", "0855", "0898", "0899", "0887", "0888"}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
NBSP = "\u00a0"

GREETING_HOURS = {
    "pagi": (6 * 60 + 30, 10 * 60),
    "siang": (11 * 60, 14 * 60),
    "sore": (15 * 60, 17 * 60 + 30),
    "malam": (18 * 60 + 45, 21 * 60 + 15),
}
GREETING = re.compile(r"(?i)(?:\bselamat\s+|\bslmt\s+|\bmet\s+|:\s)(pagi|siang|sore|malam)\b")


def _dotted(d: str) -> str:
    """An old NPWP's 15 digits as the tax office writes them."""
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def _ascii(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


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
        self.bodies: dict[tuple[str, int], dict[str, str]] = {}
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 24)
        start, end = GREETING_HOURS.get(str(spec.get("greet", "")), (7 * 60 + 30, 17 * 60))
        self.minute = rng.randint(start, end)
        self.gaps = [0] + [rng.choice((1, 1, 2, 2, 3, 4, 5, 7, 11, 16, 24, 41)) for _ in range(60)]

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        """A number not drawn before in this filling."""
        for _ in range(500):
            v = make()
            key = re.sub(r"\D", "", v)
            if key not in self.numbers:
                self.numbers.add(key)
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
        )
        return self.rng.choices(forms, (14, 12, 12, 8, 6, 3, 3))[0]

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK as people write it or a scanner reads it."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (78, 17, 5))[0]
        if how == "b":
            return raw
        if how == "s":  # in fours
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":  # dotted
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "c":  # read out in fours with commas
            return ", ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "n":  # broken over a line
            k = r.choice((6, 8, 10))
            return raw[:k] + "\n" + raw[k:]
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in "0158" and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 2), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "m":  # a digit left out: 15 digits
            k = r.randint(6, 14)
            return raw[:k] + raw[k + 1 :]
        if how == "e":  # a digit typed twice: 17 digits
            k = r.randint(6, 14)
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
        if how == "z":  # 0 and the old number: 16 digits
            return "0" + old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "t":  # the person's NITKU: the NIK and six zeros
            return p["nikraw"] + "000000"
        if how == "o":  # as a scan reads it
            out = list(_dotted(old))
            cands = [k for k, ch in enumerate(out) if ch in "01" and k > 2]
            for k in r.sample(cands, min(2, len(cands))):
                out[k] = {"0": "O", "1": "l"}[out[k]]
            return "".join(out)
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        if how in ("", "b"):
            return raw
        if how == "s":
            return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
        raise KeyError(how)

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (82, 18))[0]
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
            "k": p["gov_mail"],
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
            pool = [(o, w) for o, w in ORIGINS if not spec["rel"] or o in FAITH[spec["rel"]]]
            origin = spec["O"].get(i) or (
                head["origin"] if head else r.choices([o for o, _ in pool], [w for _, w in pool])[0]
            )
            if isinstance(origin, tuple):
                origin = r.choice(origin)
            if origin == "sumba":
                given = (
                    r.choice(SUMBA_GIVEN[sex])
                    if r.random() < 0.6
                    else r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                )
                family = head["f"] if head else r.choice(SUMBA_FAMILY)
                full = f"{given} {family}"
                called = given.split()[-1] if given.startswith(("Umbu", "Rambu")) else given
            elif origin in OTHER_PEOPLE:
                young = i in spec["Y"] or (i in spec["A"] and spec["A"][i][1] < 16)
                _, full, called, family = r.choice(
                    [
                        x
                        for x in OTHER_PEOPLE[origin]
                        if x[0] == sex and not (young and "Daeng" in x[1])
                    ]
                )
                if origin == "chinese" and head is not None and head["origin"] == "chinese":
                    family = head["f"]
                    full = f"{family} {called}" if " " in called else f"{called} {family}"
                given = called
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY[origin])
                full = f"{given} {family}"
                called = given.split()[0]
            words = {w.lower() for w in full.split() if len(w) > 2} - SHARED
            if head is not None and family == head["f"]:
                words -= {w.lower() for w in family.split()}
            if head is not None and full == head["n"]:
                continue
            if words & self.used_words or (head is None and family.lower() in self.used_words):
                continue
            if any(w in spec["avoid"] for w in words):
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name %d" % i)
        if i in spec["E"]:  # the elderly
            year = r.randint(1944, 1960)
        elif i in spec["A"]:  # an age the text gives
            lo, hi = spec["A"][i]
            year = self.year - r.randint(lo, hi)
        elif i in spec["Y"]:  # children and pupils
            year = r.randint(self.year - 14, self.year - 6)
        elif i in spec["U"]:  # students and young people
            year = r.randint(self.year - 22, self.year - 15)
        else:
            year = r.randint(1962, 2000)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif spec["R"]:  # the text places everyone in one regency (Kabupaten Kupang's villages)
            district = spec["R"] + "%02d" % r.choice((1, 2, 3, 6, 7, 8, 9, 10, 15, 20, 23))
        elif r.random() < (0.6 if origin in NTT else 0.75):  # most hold a Kota Kupang card
            district = "5371" + r.choice(("01", "02", "03", "04", "05", "06"))
        else:
            district = r.choice(REGION[origin]) + "%02d" % r.randint(1, 14)
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 3100)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(9, 25))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        firsts = (4, 5, 6, 15, 16, 25, 26, 36, 45, 49, 54, 57, 68, 72, 75, 79, 84, 88, 91, 94)
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice(firsts),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "920", "921", "922", "924")),
                )
            )
        )
        gl = _ascii(called.split()[-1]) or "kupang"
        fl = _ascii(family.split()[-1])
        if fl == gl:  # one-part names: take the word before
            parts = [_ascii(w) for w in full.split()]
            fl = parts[-2] if len(parts) > 1 and len(parts[-2]) > 2 else "ntt"
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
        if r.random() < 0.15:
            ad = "%s %s%s No. %d" % (
                r.choice(ESTATES),
                r.choice("ABCDEFGHJK"),
                r.choice(("", "", str(r.randint(1, 9)))),
                r.randint(1, 48),
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
            "g": called,
            "G": called.upper(),
            "lg": called.lower(),
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
            "gov_mail": r.choice(
                (
                    f"{gl}.{fl}@kupangkota.go.id",
                    f"{gl[0]}{fl}@kupangkota.go.id",
                    f"{gl}{fl[:4]}@nttprov.go.id",
                )
            ),
            "work_local": r.choice((f"{gl}.{fl}", f"{gl[0]}{fl}", f"{gl}{fl[:2]}")),
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
            r.choice(
                ("AB", "AK", "KA", "KN", "BE", "AE", "KH", "AT", "C", "AJ", "KL", "FA", "A", "AM")
            ),
        )

    def account(self, bank: str) -> str:
        """An account number in its bank's shape."""
        r = self.rng
        if bank == "BRI":  # 15 digits: branch 4, 01, serial 6, 2, 1
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
                            r.choice(("001", "002", "004", "010", "034")),
                            "01",
                            r.choice(("01", "02")),
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        r.choice(("0010102", "0020101", "0040102", "0340102")) + self.digits(7),
                    )
                )
            )
        if bank == "BCA":  # 10 digits
            d = r.choice(("31", "03", "78", "84", "20")) + self.digits(8)
            return self.fresh(lambda: r.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}")))
        return self.fresh(lambda: "7" + r.choice("12345") + self.digits(8))  # BSI: 10 digits

    # -- community bodies: a name and the body's own mailbox, lines, seat, account and NPWP
    def body(self, kind: str, i: int) -> dict[str, str]:
        key = (kind, i)
        if key in self.bodies:
            return self.bodies[key]
        r = self.rng
        kel = self.pick("kel", KELURAHAN)
        vil = self.pick("vil", VILLAGES)
        g1, g2 = r.choice(GOOD_WORDS), r.choice(GOOD_WORDS2)
        if kind == "grj":  # a GMIT congregation: "Efata Liliba"
            cong = self.pick("cong", CONGREGATIONS)
            name, short = f"{cong} {kel}", cong
        elif kind == "par":  # a parish: "St. Mikael Penfui"
            saint = self.pick("par", PARISHES)
            name, short = f"{saint} {kel}", saint
        elif kind == "msj":  # a mosque: "Al-Ikhlas Oebobo"
            m = self.pick("msj", MOSQUES)
            name, short = f"{m} {kel}", m
        elif kind == "sd":
            no = "" if kel.endswith((" I", " II")) else " %d" % r.randint(1, 3)
            name = r.choice(
                (
                    f"SD Inpres {kel}{no}",
                    f"SDN {kel}{no}",
                    f"SD GMIT {kel}{no}",
                    f"SD Negeri {r.randint(1, 9)} Kota Kupang",
                )
            )
            short = name
        elif kind == "smp":
            name = r.choice(
                (
                    f"SMPN {r.randint(1, 21)} Kupang",
                    f"SMPN {r.randint(1, 21)} Kupang",
                    f"SMP Kristen {r.randint(1, 3)} Kupang",
                    f"SMP Negeri {r.randint(1, 21)} Kupang",
                    f"SMP Katolik {r.choice(('Giovanni', 'Sta. Familia', 'St. Mikael'))} Kupang",
                )
            )
            short = name
        elif kind == "sma":
            name = r.choice(
                (
                    f"SMAN {r.randint(1, 13)} Kupang",
                    f"SMKN {r.randint(1, 7)} Kupang",
                    f"SMA Kristen {r.randint(1, 2)} Kupang",
                    f"SMA Negeri {r.randint(1, 13)} Kupang",
                )
            )
            short = name
        elif kind == "psy":  # "Melati II Oebufu"
            name = f"{r.choice(FLOWERS)} {r.choice(('I', 'II', 'III', 'IV', '1', '2', '3'))} {kel}"
            short = name
        elif kind == "pst":  # a pustu is named after its kelurahan
            name = short = kel
        elif kind == "pkm":
            name = self.pick(
                "pkm",
                (
                    "Oebobo",
                    "Bakunase",
                    "Sikumana",
                    "Oesapa",
                    "Kupang Kota",
                    "Pasir Panjang",
                    "Naioni",
                    "Alak",
                    "Penfui",
                    "Oepoi",
                    "Manutapen",
                    "Kolhua",
                    "Fatukoa",
                    "Lasiana",
                ),
            )
            short = name
            kel = name
        elif kind == "kop":
            name = r.choice(
                (
                    f"Kopdit {g1} {g2}",
                    f"KSP {g1} {g2}",
                    f"Koperasi Wanita {g1} {g2}",
                    f"KSU {g1} {g2}",
                    f"Kopdit {g1} {kel}",
                )
            )
            short = name
        elif kind == "ars":
            name = r.choice(
                (
                    f"Arisan Mama-Mama Rayon {r.randint(1, 12)}",
                    f"Arisan Ibu-Ibu {r.choice(HOME_STREETS)[4:]}",
                    f"Arisan {g1} {g2}",
                    f"Arisan PKK RT {r.randint(1, 30):02d}",
                    f"Arisan Keluarga Besar Flobamora {kel}",
                )
            )
            short = name
        elif kind == "pmd":
            name = r.choice(
                (
                    f"Karang Taruna {g1} {kel}",
                    f"Pemuda GMIT {self.pick('cong', CONGREGATIONS)} {kel}",
                    f"OMK Paroki {self.pick('par', PARISHES)}",
                    f"Remaja Masjid {self.pick('msj', MOSQUES)}",
                    f"Komunitas Orang Muda {g1} {g2}",
                )
            )
            short = name
        elif kind == "prp":
            name = r.choice(
                (
                    f"TP PKK Kelurahan {kel}",
                    f"Kaum Perempuan GMIT {self.pick('cong', CONGREGATIONS)}",
                    f"Majelis Taklim {self.pick('msj', MOSQUES)}",
                    f"Dasa Wisma {r.choice(FLOWERS)} {r.randint(1, 9)}",
                    f"WKRI Ranting {self.pick('par', PARISHES)}",
                    f"Kelompok Perempuan {g1} {g2}",
                )
            )
            short = name
        elif kind == "tni":
            name = r.choice(
                (
                    f"Kelompok Tani {g1} {g2}",
                    f"Kelompok Tani {g2} {vil}",
                    f"Gapoktan {g1} {vil}",
                    f"Kelompok Tani {g1} {vil}",
                )
            )
            short = name
            kel = vil
        elif kind == "nel":
            name = r.choice(
                (
                    f"KUB Nelayan {g1} {g2}",
                    f"Kelompok Nelayan {g1} {kel}",
                    f"KUB {g1} Bahari {kel}",
                    f"Kelompok Pengolah Ikan {g1} {kel}",
                )
            )
            short = name
        elif kind == "bum":
            name = f"BUMDes {g1} {g2} {vil}"
            short = f"BUMDes {vil}"
            kel = vil
        elif kind == "pan":  # an orphanage, its foundation
            name = self.pick("pan", ORPHANAGES)
            short = name
        else:
            raise KeyError(kind)
        words = [_ascii(w) for w in name.split() if _ascii(w)]
        joined = "".join(words)
        place = _ascii(kel)
        head = {
            "grj": "jemaat", "par": "paroki", "msj": "masjid", "psy": "posyandu", "pkm": "pkm",
            "pst": "pustu", "pan": "panti",
        }.get(kind, "")  # fmt: skip
        if kind in ("grj", "par", "msj", "psy", "pst", "pan"):
            mail = r.choice(
                (
                    f"{head}.{'.'.join(words)}@gmail.com",
                    f"{head}{joined}@gmail.com",
                    f"{joined}.{head}@yahoo.co.id",
                    f"{head}.{words[0]}.{place}@gmail.com",
                )
            )
        elif kind == "pkm":
            mail = r.choice(
                (
                    f"pkm{place}@gmail.com",
                    f"puskesmas.{place}@gmail.com",
                    f"puskesmas{place}@kupangkota.go.id",
                )
            )
        elif kind in ("sd", "smp", "sma"):
            mail = r.choice(
                (
                    f"{joined}@gmail.com",
                    f"info@{joined}.sch.id",
                    f"{joined}@yahoo.co.id",
                    f"sekolah.{joined}@gmail.com",
                )
            )
        else:
            mail = r.choice(
                (
                    f"{'.'.join(words[:3])}@gmail.com",
                    f"{joined}@gmail.com",
                    f"{words[0]}.{''.join(words[1:])}@yahoo.co.id",
                    f"admin.{joined}@gmail.com",
                )
            )
        roles = {
            "grj": ("sekretaris", "majelis", "bendahara", "pendeta", "warta"),
            "par": ("sekretariat", "pastor.paroki", "dpp", "bendahara"),
            "msj": ("takmir", "bendahara", "remaja"),
            "sd": ("kepsek", "tu", "komite", "bendahara.bos", "operator"),
            "smp": ("kepsek", "tu", "komite", "bendahara.bos", "operator", "kesiswaan"),
            "sma": ("kepsek", "tu", "komite", "bendahara.bos", "operator", "kesiswaan"),
            "psy": ("kader", "koordinator", "kader.lansia"),
            "pkm": ("kapus", "admin", "gizi", "kia", "surveilans"),
            "pst": ("bidan", "admin"),
            "kop": ("ketua", "bendahara", "manajer", "kasir", "pengurus"),
            "ars": ("bendahara", "ketua"),
            "pmd": ("ketua", "sekretaris", "bendahara"),
            "prp": ("ketua", "sekretaris", "bendahara"),
            "tni": ("ketua", "sekretaris", "bendahara"),
            "nel": ("ketua", "bendahara"),
            "bum": ("direktur", "bendahara", "admin"),
            "pan": ("pengasuh", "bendahara", "ketua.yayasan"),
        }[kind]
        pmail = f"{r.choice(roles)}.{joined[:24]}@gmail.com"
        domain = {
            "sd": f"{joined}.sch.id", "smp": f"{joined}.sch.id", "sma": f"{joined}.sch.id",
            "kop": f"{joined[:18]}.co.id", "pan": f"{joined}.or.id", "bum": f"{place}.desa.id",
        }.get(kind, f"{joined[:18]}.or.id")  # fmt: skip
        bank = r.choice(
            (
                "Bank NTT",
                "Bank NTT",
                "Bank NTT",
                "BRI",
                "BNI",
                "BSI" if kind == "msj" else "Mandiri",
            )
        )
        acc = self.account(bank)
        old = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s%s"
                % (
                    r.choice((1, 2, 3, 21, 31, 66, 70, 74, 80, 82, 83, 90, 93)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "921")),
                    r.choice(("000", "000", "000", "001")),
                )
            )
        )
        yr = r.randint(1998, 2021)
        no = {
            "sd": "503%05d" % r.randint(1000, 99999), "smp": "503%05d" % r.randint(1000, 99999),
            "sma": "503%05d" % r.randint(1000, 99999),
            "kop": r.choice(("%d/BH/XIV.4/%d" % (r.randint(10, 950), yr), "AHU-%07d.AH.01.26.Tahun %d" % (r.randint(1, 9999999), yr))),
            "pan": "AHU-%07d.AH.01.04.Tahun %d" % (r.randint(1, 9999999), yr),
            "bum": "Perdes No. %d Tahun %d" % (r.randint(1, 12), yr),
        }.get(kind, "%03d/%s/%d" % (r.randint(1, 400), kind.upper(), yr))  # fmt: skip
        b = {
            "name": name,
            "x": short,
            "mail": mail,
            "pmail": pmail,
            "kmail": f"komite.{joined[:22]}@gmail.com",
            "bmail": f"bendahara.{joined[:20]}@gmail.com",
            "domain": domain,
            "wa": self.write_mobile(self.mobile_raw(), "x"),
            "wa2": self.write_mobile(self.mobile_raw(), "x"),
            "tel": self.write_land(self.land_raw()),
            "jl": "%s No. %d" % (self.pick("jl", PUBLIC_STREETS), r.randint(1, 150)),
            "bank": bank,
            "acc": acc,
            "rek": f"{bank} {acc}",
            "npwp": r.choice((_dotted(old), _dotted(old), old, "0" + old)),
            "no": no,
            "place": kel,
        }
        self.bodies[key] = b
        return b


# ---------------------------------------------------------------- figures and look-alikes


def _date(fl: Fill, i: int) -> datetime.date:
    """The i-th date of a filling: later indexes fall later; no Sunday unless asked."""
    base = datetime.date(fl.year, fl.month, fl.day)
    d = base + datetime.timedelta(days=3 * (i - 1) + fl.rng.randint(0, 2) * (i > 1))
    return d + datetime.timedelta(days=1) if d.weekday() == 6 else d


def _sunday(fl: Fill, i: int) -> datetime.date:
    """The i-th Sunday from the filling's date (a church's week)."""
    base = datetime.date(fl.year, fl.month, fl.day)
    return base + datetime.timedelta(days=(6 - base.weekday()) % 7 + 7 * (i - 1))


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


def _tgl_of(fl: Fill, d: datetime.date) -> str:
    return fl.rng.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%d-%d-%d" % (d.day, d.month, d.year),
        )
    )


def _tgll(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _hari(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%s, %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)


def _minggu(fl: Fill, i: int) -> str:
    d = _sunday(fl, i)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


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


def _kj(fl: Fill, i: int) -> str:
    """A hymn as a GMIT order of service cites it."""
    r = fl.rng
    book = r.choice(("KJ", "KJ", "KJ", "PKJ", "NKB", "NNBT"))
    top = {"KJ": 478, "PKJ": 296, "NKB": 220, "NNBT": 70}[book]
    verses = r.choice((":1-3", ":1,2", ":1-4", ":1,3,5", " ayat 1 dan 2", ":1", ":2-4"))
    return "%s %d%s" % (book, r.randint(1, top), verses)


def _ayat(fl: Fill, i: int) -> str:
    r = fl.rng
    book, chapters = r.choice(
        (("Mazmur", 150), ("Yohanes", 21), ("Matius", 28), ("Lukas", 24), ("Roma", 16),
         ("Yesaya", 66), ("Kisah Para Rasul", 28), ("2 Korintus", 13), ("Galatia", 6),
         ("Efesus", 6), ("Amsal", 31), ("Kejadian", 50), ("1 Petrus", 5), ("Yakobus", 5))
    )  # fmt: skip
    start = r.randint(1, 20)
    return "%s %d:%d-%d" % (book, r.randint(1, chapters), start, start + r.randint(2, 9))


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1966, 1995)
    d = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 30), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


SURAT = {
    "grj": lambda r, rm, y: (
        "%03d/MJ-GMIT/%s/%s/%d"
        % (r.randint(1, 250), r.choice(("EFT", "BTL", "SNI", "IMN", "KLV")), rm, y)
    ),
    "par": lambda r, rm, y: "%03d/SEK-PAR/%s/%d" % (r.randint(1, 150), rm, y),
    "sek": lambda r, rm, y: "421.%d/%03d/%s/%d" % (r.randint(1, 4), r.randint(1, 400), rm, y),
    "kom": lambda r, rm, y: "%03d/KOMITE/%s/%d" % (r.randint(1, 90), rm, y),
    "kel": lambda r, rm, y: "470/%03d/KEL/%s/%d" % (r.randint(1, 600), rm, y),
    "rt": lambda r, rm, y: "%02d/RT.%02d/%s/%d" % (r.randint(1, 60), r.randint(1, 30), rm, y),
    "pkm": lambda r, rm, y: "440/%03d/PKM/%s/%d" % (r.randint(1, 900), rm, y),
    "kop": lambda r, rm, y: "%03d/PENG-KSP/%s/%d" % (r.randint(1, 300), rm, y),
    "yys": lambda r, rm, y: "%03d/YYS/%s/%d" % (r.randint(1, 120), rm, y),
    "din": lambda r, rm, y: (
        "%d/%03d/%s/%d" % (r.choice((400, 420, 460, 500, 510)), r.randint(1, 999), rm, y)
    ),
}


def _surat(kind: str):
    def make(fl: Fill, i: int) -> str:
        return SURAT[kind](fl.rng, ROMAN[fl.month - 1], fl.year)

    return make


def _noba(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%02d.%04d" % (r.randint(1, 12), r.randint(1, 9999)),
            "BA-%05d" % r.randint(1, 40000),
            "%04d/KPD/%d" % (r.randint(1, 9999), r.randint(2009, fl.year)),
            "A%03d-%04d" % (r.randint(1, 120), r.randint(1, 3000)),
        )
    )


def _kwit(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%04d/KW/%02d/%d" % (r.randint(1, 999), fl.month, fl.year),
            "KWT-%02d%02d-%04d" % (fl.year % 100, fl.month, r.randint(1, 9999)),
            "%05d" % r.randint(1, 99999),
            "TT/%03d/%d" % (r.randint(1, 500), fl.year),
        )
    )


OTHER_VALUES = {
    # bodies', desks' and scams' numbers
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "x"),
    "owaz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "owal": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "l"),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "short": lambda fl, i: fl.rng.choice(("1708", "112", "119", "110", "113", "123")),
    "npx": lambda fl, i: _dotted(fl.fresh(lambda: "%02d%03d%03d%d920000" % (fl.rng.choice((1, 2, 3, 31, 66, 70, 83, 93)), fl.rng.randint(0, 999), fl.rng.randint(0, 999), fl.rng.randint(0, 9)))),
    "npbend": lambda fl, i: _dotted(fl.fresh(lambda: "00%03d%03d%d920000" % (fl.rng.randint(0, 999), fl.rng.randint(0, 999), fl.rng.randint(0, 9)))),
    "npxex": lambda fl, i: fl.rng.choice(("09.123.456.7-920.000", "01.234.567.8-920.000", "00.000.000.0-000.000", "12.345.678.9-012.345")),
    "rekx": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "rekbri": lambda fl, i: fl.account("BRI"),
    "rekbsi": lambda fl, i: fl.account("BSI"),
    # look-alikes
    "npsn": lambda fl, i: "503%05d" % fl.rng.randint(1000, 99999),
    "nisn": lambda fl, i: fl.fresh(lambda: "0%02d%07d" % (fl.rng.randint(8, 19), fl.rng.randint(0, 9999999))),
    "nip": _nip,
    "nuptk": lambda fl, i: fl.fresh(lambda: str(fl.rng.randint(1, 9)) + fl.digits(15)),
    "dtks": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("%d" % fl.year, "5371", "P5371")) + fl.digits(12)),
    "kip": lambda fl, i: "".join(fl.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
    "kks": lambda fl, i: "6013 01%s %s %s" % (fl.digits(2), fl.digits(4), fl.digits(4)),
    "kpj": lambda fl, i: fl.rng.choice(("1", "2")) + fl.digits(10),
    "noba": _noba,
    "kwit": _kwit,
    **{"surat" + k: _surat(k) for k in SURAT},
    "dig": lambda fl, i: str(fl.rng.randint(0, 9)),
    "nib": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("91203", "81202", "12200", "02203")) + fl.digits(8)),
    "idpel": lambda fl, i: fl.fresh(lambda: "53" + fl.rng.choice("1234") + fl.digits(9)),
    "samb": lambda fl, i: "%02d-%02d-%06d" % (fl.rng.randint(1, 20), fl.rng.randint(1, 30), fl.rng.randint(1, 999999)),
    "va": lambda fl, i: fl.rng.choice(("8808 " + " ".join(fl.digits(4) for _ in range(3)), "88810" + fl.digits(11), "7007" + fl.digits(12))),
    "tiket": lambda fl, i: fl.rng.choice(("#LPR-%d-%04d-%04d" % (fl.year, fl.rng.randint(1, 9999), fl.rng.randint(1, 9999)), "LAPOR-5371-%d-%05d" % (fl.year, fl.rng.randint(1, 99999)), "%02d%02d-%04d-%03d" % (fl.year % 100, fl.month, fl.rng.randint(1, 9999), fl.rng.randint(1, 999)))),
    "kartutani": lambda fl, i: "5264 %s %s %s" % (fl.digits(4), fl.digits(4), fl.digits(4)),
    "kusuka": lambda fl, i: fl.fresh(lambda: "53%02d%02d%d%s" % (fl.rng.choice((71, 1, 14)), fl.rng.randint(1, 6), fl.rng.randint(2017, 2024), fl.digits(6))),
    "rm": lambda fl, i: "%02d-%02d-%02d" % (fl.rng.randint(0, 99), fl.rng.randint(0, 99), fl.rng.randint(0, 99)),
    "faskes": lambda fl, i: "2401%04d" % fl.rng.randint(1, 9999),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCU"), fl.rng.randint(1, 140)),
    "nim": lambda fl, i: "%d%s" % (fl.rng.randint(2201, 2504), fl.digits(6)),
    "kode": lambda fl, i: "851%02d" % fl.rng.randint(11, 48),
    "otp": lambda fl, i: fl.digits(6),
    "kj": _kj,
    "ayat": _ayat,
    "ps": lambda fl, i: "%s %d" % (fl.rng.choice(("PS", "PS", "MB")), fl.rng.randint(100, 990)),
    "qs": lambda fl, i: fl.rng.choice(("QS. Al-Baqarah: 261", "QS. At-Taubah: 103", "QS. Al-Hadid: 7", "QS. Ali Imran: 92", "QS. Al-Ma'un: 1-7", "QS. Al-Insyirah: 5-6")),
    "rp": lambda fl, i: _money(fl, 50000, 2500000, 25000),
    "rps": lambda fl, i: _money(fl, 5000, 95000, 5000),
    "rpm": lambda fl, i: _money(fl, 100000, 900000, 25000),
    "rpb": lambda fl, i: _money(fl, 2000000, 45000000, 250000),
    "rpk": lambda fl, i: _money(fl, 50000000, 900000000, 5000000),
    "tgl": _tgl,
    "tgll": _tgll,
    "hari": _hari,
    "mgg": _minggu,
    "dname": lambda fl, i: DAYS[_date(fl, i).weekday()],
    "jam": lambda fl, i: "%02d.%02d" % (fl.rng.randint(8, 16), fl.rng.choice((0, 0, 15, 30, 30, 45))),
    "ts": _ts,
    "hm": _hm,
    "thn": lambda fl, i: str(fl.year),
    "thl": lambda fl, i: str(fl.year - 1),
    "thnb": lambda fl, i: str(fl.year + 1),
    "rmw": lambda fl, i: ROMAN[fl.month - 1],
    "sbt": lambda fl, i: _tgl_of(fl, datetime.date(fl.year, fl.month, fl.day) + datetime.timedelta(days=(5 - datetime.date(fl.year, fl.month, fl.day).weekday()) % 7 + 7 * (i - 1) or 7)),
    "kkn": lambda fl, i: str(fl.rng.randint(14, 48)),
    "ray": lambda fl, i: str(fl.rng.randint(1, 14)),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "blnn": lambda fl, i: MONTHS[fl.month % 12],
    "rtn": lambda fl, i: "%02d" % fl.rng.randint(1, 40),
    "rwn": lambda fl, i: "%02d" % fl.rng.randint(1, 12),
    "num": lambda fl, i: str(fl.rng.randint(3, 60)),
    "big": lambda fl, i: str(fl.rng.randint(61, 480)),
    # places
    "kel": lambda fl, i: fl.pick("kel", KELURAHAN),
    "kec": lambda fl, i: fl.pick("kec", KECAMATAN),
    "vil": lambda fl, i: fl.pick("vil", VILLAGES),
    "jl": lambda fl, i: fl.pick("jl", PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.pick("jl", PUBLIC_STREETS), fl.rng.randint(1, 140)),
    "bnk": lambda fl, i: fl.pick("bnk", BANKS),
}  # fmt: skip
BODY_KINDS = (
    "grj", "par", "msj", "sd", "smp", "sma", "psy", "pkm", "pst", "kop", "ars", "pmd", "prp",
    "tni", "nel", "bum", "pan",
)  # fmt: skip
BODY_FIELDS = (
    "pmail",
    "kmail",
    "bmail",
    "mail",
    "wa2",
    "wa",
    "tel",
    "jl",
    "bank",
    "acc",
    "rek",
    "npwp",
    "no",
    "x",
    "place",
)

SIMPLE = {
    "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "lahir", "lahirb", "age", "bank", "rek", "ad",
    "adr", "rt", "rtk", "pl", "pkel",
}  # fmt: skip
BANK_KEYS = {
    "bri": "BRI",
    "bni": "BNI",
    "mdr": "Mandiri",
    "ntt": "Bank NTT",
    "bca": "BCA",
    "bsi": "BSI",
}


def value(fl: Fill, name: str, index: str) -> str:
    """The value of one placeholder."""
    i = int(index) if index else 1
    if name in SIMPLE:
        return fl.person(i)[name]
    if name in OTHER_VALUES:
        return OTHER_VALUES[name](fl, i)
    for kind in sorted(BODY_KINDS, key=len, reverse=True):
        if name == kind:
            return fl.body(kind, i)["name"]
        if name.startswith(kind) and name[len(kind) :] in BODY_FIELDS:
            return fl.body(kind, i)[name[len(kind) :]]
    if name == "jk":  # the sex as a card writes it
        return "LAKI-LAKI" if fl.person(i)["sex"] == "M" else "PEREMPUAN"
    if name == "lp":
        return "L" if fl.person(i)["sex"] == "M" else "P"
    if name == "s":  # how a chat saved the person: one writing for the whole chat
        p = fl.person(i)
        return fl.rng.choice((p["n"], p["n"], p["g"], p["l"], p["lg"], p["g"] + " " + p["f"][:1]))
    if name.startswith("rk") and name[2:] in BANK_KEYS:  # the person's account in a named bank
        return fl.account(BANK_KEYS[name[2:]])
    if name.startswith("hp"):
        return fl.write_mobile(fl.person(i)["mob"], name[2:])
    if name.startswith("hq"):
        return fl.write_mobile(fl.person(i)["mob2"], name[2:])
    if name == "tr":
        return fl.write_land(fl.person(i)["land"])
    if name.startswith("nik"):
        return fl.write_id(fl.person(i)["nikraw"], name[3:])
    if name.startswith("kk"):
        return fl.write_id(fl.person(i)["kkraw"], name[2:])
    if name.startswith("np"):
        return fl.write_npwp(fl.person(i), name[2:])
    if name.startswith("bpjs"):
        return fl.write_bpjs(fl.person(i)["bpjsraw"], name[4:])
    if name.startswith("emat") and name[4:] in BODY_KINDS:  # the person's own at body i's domain
        return fl.person(i)["work_local"] + "@" + fl.body(name[4:], i)["domain"]
    if name.startswith("emg") and name[3:] in (
        "sd",
        "smp",
        "sma",
    ):  # a teacher's own belajar.id box
        return "%s@guru.%s.belajar.id" % (fl.person(i)["work_local"], name[3:])
    if name.startswith("em"):
        return fl.write_email(fl.person(i), name[2:])
    raise KeyError(name)


PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
MONEY = re.compile(r"\{(Rp|jt)(\d+)-(\d+)\}")
PERSON_KEYS = {"N", "G", "F"}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``."""
    return ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)


def money(fl: Fill, unit: str, low: int, high: int) -> str:
    """{Rp50-90}: a sum between Rp 50.000 and Rp 90.000; {jt10-25}: 10 to 25 million."""
    r = fl.rng
    if unit == "jt":
        v = r.randint(low, high)
        return r.choice(("%d jt", "%d juta", "Rp %d jt", "Rp %d.000.000", "Rp %d.000.000,-")) % v
    step = 1 if high <= 20 else 5 if high <= 200 else 25 if high <= 2000 else 250
    v = r.randint(low // step, high // step) * step * 1000
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-", "Rp %s")) % f"{v:,}".replace(",", ".")


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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|rt\d|perumnas|perum\b|perumahan|btn|kompleks|\d{3}/\d{3}$)"
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


def name_title(seg: str) -> bool:
    """Whether a name's span opens with a title, a kin word or a role."""
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if words[:2] in (["wa", "ode"], ["wa", "sitti"]):  # Buton's women's names open with Wa
        return False
    return words[0] in TITLES or " ".join(words[:2]) in TITLES


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or " \n" in text or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if re.search(r"\S [.,](\s|$)", text) or "( " in text or "  ." in text:
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
            if name_title(seg):
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


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/:]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"om|opa|bapa|pak|bpk|bapak|bp|tn|sdr|suami|ayah|bung|nyong|romo|rm|pater|ustadz|ustad|almarhum|alm|kakek|pace"
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|ny|nyonya|sdri|nona|nn|istri|usi|bidan|ustadzah|almarhumah|almh|nenek|sr|suster|mace"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
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
    U: tuple[int, ...] = (),
    A: dict[int, tuple[int, int]] | None = None,
    R: str = "",
    rel: str = "",
    orig: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
) -> tuple:
    """A template: its style, theme, text and what it says of its people (F women, M men, E the
    elderly, Y children of 6 to 14, U young people of 15 to 22, A ages given, orig an origin, fam
    a member of a head's family, R a regency's code for everyone's NIK, rel the faith of a body
    whose officers and members the text names: c Protestant, k Catholic, m Muslim)."""
    spec = {
        "F": F,
        "M": M,
        "E": E,
        "Y": Y,
        "U": U,
        "A": A or {},
        "R": R,
        "rel": rel,
        "O": orig or {},
        "fam": fam or {},
    }
    return (style, theme, text.strip("\n"), spec)


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
        "U": set(base["U"]),
        "A": dict(base["A"]),
        "R": base["R"],
        "rel": base["rel"],
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)|titik", seg):
            return "written to dodge scrapers"
        if re.search(r"\.(go|sch|or|co|desa)\.id$", seg, re.IGNORECASE):
            return "a person's own on a body's or an office's domain"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt|\d", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|btn|kompleks", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b|\brt\.", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OolISB]", seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        if len(d) == 22:
            return "NITKU (NIK and six zeros)"
        if len(d) == 15:
            if "." in seg and "-" in seg:
                return "15 digits dotted"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        return "16 digits (the NIK)" if d[0] != "0" else "16 digits (0 and the old number)"
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
    if kind in ("nik", "kk") and ", " in seg:
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
    both = dict.fromkeys(("phone", "email", "bank_account", "npwp"), 0)
    having = dict.fromkeys(both, 0)
    for r in records:
        kinds = {s["kind"] for s in r["spans"]}
        phone_like = any(
            phone_ok(m.group().strip(" ()"))
            for m in unlabelled(r, r"[+(]?\d[\d .\-()_•\u00a0]{6,}\d")
        )
        other = {
            "phone": phone_like,
            "email": bool(unlabelled(r, r"\S+@\S+")),
            "bank_account": bool(re.search(r"(?i)rek|bank|bri|bni|bsi", r["text"]))
            and bool(unlabelled(r, r"\d[\d.\-]{8,}\d")),
            "npwp": bool(re.search(r"NPWP", r["text"]))
            and bool(unlabelled(r, r"\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}|\b0\d{15}\b")),
        }
        for k in both:
            if k in kinds:
                having[k] += 1
                both[k] += other[k]
    print(
        "texts with a person's value and also an unlabelled one of its shape:",
        {k: (having[k], both[k]) for k in both},
    )


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
    for kind in ("name", "phone", "bank_account", "npwp", "email"):
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
    loose = "--loose" in sys.argv or bool(only)
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
# called by, {f1}/{F1}/{lf1} the family name, {s1} one saved writing for a whole chat; {hp1} the
# person's mobile ({hpb1} block, {hpd1} dashes, {hps1} spaces, {hpg1}/{hph1} 4-3-rest, {hpt1} dots,
# {hpi1}/{hpp1}/{hpj1} +62, {hpk1}/{hpm1}/{hpq1} 62, {hpc1} (+62), {hpu1} underscores, {hpv1}
# bullets, {hpw1} no-break spaces, {hpo1} letters for digits, {hpn1} over a line, {hpx1} plain,
# {hpl1} local, {hpz1} international); {hq1} a second mobile; {tr1} the home's landline; {nik1}
# ({nikb1}, {niks1} fours, {nikt1} dots, {nikc1} commas, {nikn1} over a line, {niko1} letters,
# {nikm1} 15 digits, {nike1} 17 digits); {kk1} the same (fam={2: 1} makes 2 a member of 1's
# family); {np1} NPWP ({npd1} dotted, {npb1} block, {nps1} spaced, {npz1} 0 and the old number,
# {npn1} the NIK, {npt1} NITKU, {npo1} as a scan reads it); {bpjs1} ({bpjss1} groups); {em1}
# ({emp1} plain, {emx1} a dodge, {emn1} over a line, {emk1} on a government host), {ematsmp1}
# the person's own at a body's domain; {bank1}/{rek1}, {rkbri1} {rkbni1} {rkmdr1} {rkntt1}
# {rkbca1} {rkbsi1}; {ad1} street and number, {adr1} with RT/RW, {rt1} RT/RW alone, {rtk1} a
# table's cell; {lahir1} {lahirb1} {age1} {pl1} {pkel1} {jk1} {lp1}.
# Bodies (not a person's): {grj1} a GMIT congregation, {par1} a parish, {msj1} a mosque, {sd1}
# {smp1} {sma1} schools, {psy1} a posyandu, {pkm1} a puskesmas, {pst1} a pustu, {kop1} a
# cooperative, {ars1} an arisan, {pmd1} a youth group, {prp1} a women's group, {tni1} a farmers'
# group, {nel1} a fishers' group, {bum1} a BUMDes, {pan1} an orphanage; each with the fields
# {grjmail1} its mailbox, {grjpmail1} a post's mailbox, {grjwa1}/{grjwa21} its mobiles,
# {grjtel1} its line, {grjjl1} its seat, {grjrek1} bank and account ({grjbank1}, {grjacc1}),
# {grjnpwp1}, {grjno1} its register number (NPSN, BH, AHU), {grjx1} a short name. Others: {owa}
# {owaz} {owal} {otel} desks' and roles' lines, {scam}, {short}, {npx} a body's NPWP, {npbend} a
# treasurer's, {npxex} an example, {rekx} {rekntt} {rekbri} {rekbsi} bodies' accounts; look-alikes
# {npsn} {nisn} {nip} {nuptk} {dtks} {kip} {kks} {kpj} {noba} {kwit} {surat} {nib} {idpel} {samb}
# {va} {tiket} {kartutani} {kusuka} {rm} {antri} {nim} {kode} {otp} {kj} {ayat} {ps} {qs};
# figures {rp} {rps} {rpm} {rpb} {rpk} {Rp50-90} {jt1-5} {tgl} {tgll} {hari} {mgg} {dname}
# {jam} {ts} {hm} {thn} {thl} {bln} {blnn} {rtn} {rwn} {num} {big}; places {kel} {kec} {vil}
# {jl} {jlno} {bnk}.

TEMPLATES: list[tuple] = []

# ---------------------------------------------------------------- church_notice
TEMPLATES += [
    T(
        "church_notice",
        "congregation",
        """
WARTA JEMAAT GMIT {GRJ1}
Minggu, {mgg1}

1. Ibadah Minggu pagi jam 07.00 dipimpin oleh Pdt. [[n:{n1}]], S.Th, ibadah sore jam 17.00 dipimpin Vik. [[n:{n2}]]. Nyanyian pembukaan {kj1}, bacaan {ayat1}.
2. Persembahan syukur: Kel. [[n:{f3}]]–[[n:{f4}]] atas HUT pernikahan ke-25, «Bpk.¦Bapak» [[n:{n5}]] atas kesembuhan, «Ibu¦Ny.» [[n:{n6}]] atas kelulusan anaknya.
3. Ibadah rayon {ray1} hari Jumat jam 18.00 bertempat di rumah Kel. [[n:{f7}]], [[a:{adr7}]].
4. Persembahan Minggu lalu: pagi {rp1}, sore {rp2}. Persembahan dapat ditransfer ke rekening Majelis Jemaat {grjrek1}, konfirmasi ke kantor jemaat {grjtel1}.
5. Mohon doa untuk Oma [[n:{n8}]] yang sedang dirawat di RSUD S.K. Lerik.
""",
        rel="c",
        E=(8,),
        orig={3: FAM, 4: FAM, 7: FAM},
    ),
    T(
        "church_notice",
        "congregation",
        """
{ts1} [[n:{s1}]]: Selamat malam bapa mama rayon {ray1} 🙏 Ibadah rayon besok jam 18.00 di rumah Om [[n:{n2}]], [[a:{adr2}]] (masuk lorong samping kios). Pemimpin ibadah Pnt. [[n:{n3}]], nyanyian {kj1}.
{ts2} [[n:{s4}]]: Amin. Sa bawa kue deng teh e
{ts3} [[n:{s1}]]: Makasih mama. Yang mau kasi persembahan syukur ulang tahun, kasi langsung ke bendahara rayon Usi [[n:{g5}]] di [[p:{hp5}]]. Jang kirim ke WA kantor jemaat {grjwa1}, itu nomor admin kantor sa.
{ts4} [[n:{s5}]]: Iya bapa mama, bisa juga transfer ke rek beta pribadi «BRI [[b:{rkbri5}]]¦BNI [[b:{rkbni5}]]» a.n. [[n:{n5}]], nanti beta catat di buku rayon.
""",
        rel="c",
        F=(4,),
    ),
    T(
        "church_notice",
        "congregation",
        """
PENGUMUMAN PAROKI {PAR1}
Minggu Biasa ke-{num1}, {mgg1}

1. Jadwal misa: Sabtu 18.00, Minggu 06.00 dan 08.30. Misa pagi dipersembahkan oleh Romo [[n:{n1}]], Pr. Lagu pembukaan {ps1}.
2. Pengumuman perkawinan (pertama kali): Sdr. [[n:{n2}]], putra dari Bpk. [[n:{n3}]] dan Ibu [[n:{n4}]], dengan Sdri. [[n:{n5}]], putri dari Bpk. [[n:{n6}]] dan Ibu [[n:{n7}]]. Umat yang mengetahui adanya halangan mohon melapor ke sekretariat paroki {partel1}.
3. KUB St. Agustinus mengadakan doa rosario di rumah Bapak [[n:{n8}]], [[a:{adr8}]], Rabu jam 19.00.
4. Kolekte kedua hari ini untuk Aksi Puasa Pembangunan. Kolekte minggu lalu {rpb1}.
5. Pendaftaran komuni pertama: formulir di sekretariat, info lewat WA sekretariat {parwa1}.
""",
        rel="k",
        orig={1: "flores"},
        fam={2: 3, 5: 6},
    ),
    T(
        "church_notice",
        "congregation",
        """
PENGUMUMAN TAKMIR MASJID {MSJ1}

1. Kajian rutin ba'da Maghrib malam Jumat bersama Ustadz [[n:{n1}]], tema {qs1}.
2. Penerimaan zakat fitrah {Rp40-50} per jiwa mulai {tgl1} di serambi masjid. Amil bertugas: Bpk. [[n:{n2}]] dan Ibu [[n:{n3}]].
3. Infaq pembangunan tempat wudhu dapat disalurkan ke {msjrek1} a.n. Takmir Masjid {msjx1}.
4. Informasi: sekretariat takmir {msjwa1}, atau langsung ke bendahara, Bpk. [[n:{n4}]] ([[p:{hp4}]]).

Wassalamu'alaikum wr. wb.
""",
        rel="m",
        orig={
            1: ("bugis", "buton", "java"),
            2: ("bugis", "buton", "java"),
            3: ("bugis", "buton", "java"),
            4: ("bugis", "buton"),
        },
    ),
    T(
        "church_notice",
        "congregation",
        """
BERITA DUKA
Majelis Jemaat GMIT {grj1} menyampaikan bahwa telah dipanggil pulang ke rumah Bapa di sorga saudara kita «Bpk.¦Bapak» [[n:{n1}]] (umur {age1} tahun) pada {hari1} jam {jam1}, di rumah duka [[a:{adr1}]].
Ibadah penghiburan malam ini jam 19.00, ibadah pemakaman besok jam 14.00 di TPU Kapadala.
Keluarga yang berduka: istri «Ibu¦Mama» [[n:{n2}]], anak-anak [[n:{g3}]], [[n:{g4}]] dan [[n:{g5}]].
Kontak keluarga: [[n:{g3}]] «([[p:{hp3}]])¦HP [[p:{hp3}]]» atau telp rumah duka [[p:{tr1}]]. Sumbangan kasih dapat diserahkan lewat majelis rayon {ray1}. Nyanyian penghiburan {kj1}.
""",
        rel="c",
        E=(1, 2),
        fam={3: 1, 4: 1, 5: 1},
    ),
    T(
        "church_notice",
        "congregation",
        """
Shalom bapa mama jemaat {grjx1} terkasih.
Mulai bulan {blnn1}, urusan administrasi (surat baptis, surat nikah, surat pindah) hanya dilayani di kantor jemaat, Senin–Jumat 08.00–14.00. Telp kantor {grjtel1} / WA kantor {grjwa1}.
Untuk pelayanan pastoral yang mendesak (orang sakit, duka) silakan langsung hubungi Ketua Majelis Jemaat, Pdt. [[n:{n1}]], di HP pribadi [[p:{hp1}]]. «Kalau tidak diangkat, hubungi Sekretaris Majelis Pnt. [[n:{n2}]] [[p:{hp2}]].¦Kalau beliau sedang ke luar kota, hubungi Pnt. [[n:{n2}]] di [[p:{hp2}]].»
Tuhan Yesus memberkati. {ayat1}
""",
        rel="c",
    ),
    T(
        "church_notice",
        "youth_women",
        """
INFO PEMUDA GMIT {GRJ1}
Latihan VG untuk ibadah Paskah tiap Selasa & Kamis jam 18.30 di gedung kebaktian. Lagu: {kj1} dan {kj2}.
Iuran kaos pemuda {Rp75-95}/orang, paling lambat {tgl1}. Bayar tunai ke bendahara [[n:{g1}]] atau transfer ke rek «BRI [[b:{rkbri1}]]¦Bank NTT [[b:{rkntt1}]]» a.n. [[n:{n1}]] (rekening pribadi bendahara, karena pemuda belum punya rekening sendiri).
Yang belum masuk grup WA pemuda, chat Kak [[n:{g2}]] [[p:{hp2}]].
Salam, Ketua Pemuda [[n:{n3}]]
""",
        rel="c",
        U=(1, 2, 3),
    ),
    T(
        "church_notice",
        "congregation",
        """
Pembagian tugas pelayanan Perjamuan Kudus, Minggu {mgg1}:
Rayon 1–3: Pnt. [[n:{n1}]] ([[p:{hp1}]])
Rayon 4–6: Pnt. [[n:{n2}]] ([[p:{hp2}]])
Rayon 7–9: Dkn. [[n:{n3}]] ([[p:{hp3}]])
Bagi jemaat lansia yang mau dilayani di rumah, daftar ke kantor jemaat {grjtel1} paling lambat hari Kamis, atau lewat majelis rayon masing-masing.
Nyanyian: {kj1}, bacaan {ayat1}.
""",
        rel="c",
    ),
    T(
        "church_notice",
        "congregation",
        """
PENGUMUMAN MAJELIS JEMAAT {GRJX1}
Calon baptisan kudus hari Minggu {mgg1}:
1. [[n:{n1}]], anak dari Bpk. [[n:{n2}]] & Ibu [[n:{n3}]]
2. [[n:{n4}]], anak dari Bpk. [[n:{n5}]] & Ibu [[n:{n6}]]
Orang tua wajib ikut katekisasi hari Sabtu jam 16.00 di ruang konsistori. Bawa fotokopi KK dan surat nikah gereja.
Info: Pnt. [[n:{n7}]] «[[p:{hp7}]]¦HP/WA [[p:{hp7}]]».
""",
        rel="c",
        Y=(1, 4),
        fam={1: 2, 4: 5},
    ),
    T(
        "church_notice",
        "congregation",
        """
PENGUMUMAN TAMBAHAN MAJELIS JEMAAT {GRJX1}
1. Mohon pemilik mobil [[pl:{pl1}]] yang parkir di depan pintu samping gereja segera memindahkan kendaraan, karena menghalangi mobil jenazah.
2. Mobil pelayanan jemaat (pick-up [[pl:{pl2}]]) untuk antar jemput lansia ke ibadah Jumat Agung dikemudikan oleh Sdr. [[n:{n2}]]. Lansia yang mau dijemput daftar ke Dkn. [[n:{n3}]] [[p:{hp3}]] paling lambat hari Kamis.
3. Persembahan syukur dari Kel. [[n:{f4}]] untuk pengadaan kursi plastik {num1} buah.
4. Latihan paduan suara kaum bapak tiap Sabtu jam 17.00, nyanyian {kj1}.
""",
        rel="c",
        orig={4: FAM},
    ),
    # without personal data
    T(
        "church_notice",
        "congregation",
        """
WARTA JEMAAT GMIT {GRJ1}
Minggu, {mgg1}
Tema: "Hidup dalam kasih yang tulus" ({ayat1})
• Nyanyian pembukaan {kj1}, pengakuan dosa {kj2}, persembahan {kj3}.
• Persembahan Minggu lalu: ibadah pagi {rp1}, ibadah sore {rp2}, persembahan syukur {rpm1}.
• Persembahan lewat transfer: {grjrek1} a.n. Majelis Jemaat {grjx1}. NPWP Majelis Jemaat: {grjnpwp1}.
• Kantor jemaat buka Senin–Jumat 08.00–14.00, telp {grjtel1}, email {grjmail1}.
• Surat No. {suratgrj1} tentang jadwal perjamuan kudus sudah dibagikan ke semua rayon.
""",
    ),
    T(
        "church_notice",
        "congregation",
        """
JADWAL IMSAKIYAH & KEGIATAN RAMADHAN 1447 H
Masjid {msj1}, {msjjl1}
Imsak 04.2{dig1} | Subuh 04.3{dig1} | Maghrib 18.1{dig2} | Isya 19.2{dig2} (WITA)
Zakat fitrah {Rp40-50}/jiwa, fidyah {Rp30-40}/hari.
Rekening infaq: {msjrek1} a.n. Takmir Masjid {msjx1}
Konfirmasi: takmir masjid {msjwa1}
Kultum tiap malam sesuai jadwal di papan pengumuman. {qs1}.
""",
    ),
    T(
        "church_notice",
        "congregation",
        """
JADWAL MISA PAROKI {PAR1} BULAN {BLN1}
Sabtu: 18.00
Minggu: 06.00 | 08.30 | 17.00
Misa harian: Senin–Jumat 05.30
Kolekte II untuk pembangunan pastoran: Bank NTT {rekntt1} a.n. PGPM Paroki {parx1}.
Sekretariat paroki: {partel1} / WA {parwa1} (jam kerja 08.00–13.00).
Lagu: pembukaan {ps1}, persiapan persembahan {ps2}, komuni {ps3}.
""",
    ),
    T(
        "church_notice",
        "congregation",
        """
{ts1} Kantor Jemaat {grjx1}: Selamat pagi bapa mama. Info jadwal ibadah rayon minggu ini:
Rayon 1 & 2: Rabu 18.00
Rayon 3: Kamis 18.30
Rayon 4–5: Jumat 18.00
Nyanyian {kj1}, bacaan {ayat1}.
{ts2} Kantor Jemaat {grjx1}: Persembahan syukur bisa transfer ke {grjrek1} (rekening Majelis Jemaat), bukti kirim ke WA kantor {grjwa1}.
{ts3} Admin Jemaat: Rekap persembahan bulan lalu {rpb1}. Terima kasih 🙏
""",
    ),
    T(
        "church_notice",
        "congregation",
        """
PEMBERITAHUAN
Nomor telepon kantor Jemaat GMIT {grj1} berganti. Nomor lama {otel1} tidak aktif lagi sejak {tgl1}. Nomor baru: telp {grjtel1} / WA {grjwa1}.
Email kantor: {grjmail1}; alamat lama {grjpmail1} masih dibaca sampai akhir tahun.
Rekening panitia pembangunan pastori: {grjrek1} (a.n. Majelis Jemaat). NPWP Majelis Jemaat {grjnpwp1}.
Surat No. {suratgrj1}, {tgll1}.
""",
    ),
]

# ---------------------------------------------------------------- school_letter
TEMPLATES += [
    T(
        "school_letter",
        "school",
        """
PEMERINTAH KOTA KUPANG
DINAS PENDIDIKAN DAN KEBUDAYAAN
{SMP1}
NPSN {smpno1} | {smpjl1}, Kupang | Telp. {smptel1} | Email: {smpmail1}

Nomor    : {suratsek1}
Lampiran : -
Perihal  : Undangan Rapat Orang Tua/Wali

Kepada Yth.
Bapak/Ibu Orang Tua/Wali dari [[n:{n1}]]
Kelas «VII-A¦VIII-B¦IX-C¦VIII-D»
di Tempat

Dengan hormat, kami mengundang Bapak/Ibu untuk hadir dalam rapat pembahasan program sekolah dan sumbangan komite tahun pelajaran {thn1}/{thnb1} pada {hari1}, jam 09.00 WITA, di aula sekolah.
Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Kepala Sekolah,

[[n:{n2}]], «S.Pd., M.Pd.¦S.Pd¦M.Pd»
NIP {nip1}
""",
        A={1: (12, 15)},
    ),
    T(
        "school_letter",
        "school",
        """
NOTULEN RAPAT KOMITE {SD1}
Hari/tanggal : {hari1}
Tempat       : ruang guru
Hadir        : {big1} orang tua/wali, kepala sekolah, guru dan pengurus komite

Pimpinan rapat: Ketua Komite, Bpk. [[n:{n1}]]
Notulis: Sekretaris Komite, Ibu [[n:{n2}]]

Keputusan:
1. Sumbangan pembangunan pagar sekolah {Rp150-300} per siswa, boleh dicicil sampai bulan {blnn1}.
2. Pembayaran hanya lewat rekening komite {sdrek1} a.n. Komite {sd1}, tidak ke rekening pribadi pengurus.
3. Bendahara komite, «Ibu¦Mama» [[n:{n3}]], membuat laporan tiap bulan di papan pengumuman sekolah.
4. Orang tua yang keberatan dapat menghubungi Ketua Komite langsung di [[p:{hp1}]].

Kupang, {tgll1}
Notulis,
[[n:{n2}]]
""",
    ),
    T(
        "school_letter",
        "school",
        """
{SD1}
{sdjl1}, Kelurahan {sdplace1}, Kupang {kode1}

SURAT KETERANGAN AKTIF SISWA
Nomor: {suratsek1}

Yang bertanda tangan di bawah ini Kepala {sd1} menerangkan bahwa:
Nama Siswa        : [[n:{N1}]]
NISN              : {nisn1}
Tempat/Tgl Lahir  : Kupang, {lahirb1}
Kelas             : «IV¦V¦VI»
Nama Orang Tua    : [[n:{N2}]]
Alamat            : [[a:{adr2}]]
No. KIP           : {kip1}
adalah benar siswa aktif pada sekolah kami. Surat keterangan ini dibuat untuk keperluan pencairan dana PIP di «Bank BRI¦BRI Unit {kel2}».

Kupang, {tgll1}
Kepala Sekolah,
[[n:{n3}]], S.Pd.SD
NIP {nip1}
""",
        A={1: (9, 12)},
        fam={1: 2},
    ),
    T(
        "school_letter",
        "school",
        """
{ts1} [[n:{s1}]]: Selamat pagi bapa mama orang tua siswa kelas «4B¦5A¦6C» 🙏 Sa ibu wali kelas, [[n:{g1}]]. Untuk pendataan PIP mohon kirim foto KK dan KTP orang tua paling lambat hari {dname2}. Kirim ke email sekolah {sdmail1} atau WA sa pribadi [[p:{hp1}]], jangan ke nomor operator sekolah karena operator sedang urus Dapodik.
{ts2} [[n:{s2}]]: Baik ibu guru. Sa mama dari [[n:{g3}]], nanti sore sa kirim
{ts3} [[n:{s4}]]: Ibu, kalau KK masih proses di Dukcapil boleh kirim surat keterangan dulu?
{ts4} [[n:{s1}]]: Boleh mama 👍
""",
        F=(1, 2, 4),
        Y=(3,),
        fam={3: 2},
    ),
    T(
        "school_letter",
        "school",
        """
PENGUMUMAN PENERIMAAN PESERTA DIDIK BARU (PPDB)
{SMA1} TAHUN PELAJARAN {thn1}/{thnb1}

Pendaftaran: {tgl1} s/d {tgl3}, jam 08.00–13.00 di ruang TU.
Syarat: fotokopi ijazah/SKL, KK, akta kelahiran, KIP/KKS (jika ada), pas foto 3x4 (3 lembar).
Pendaftaran online: {smamail1} / WA panitia {smawa1} (chat saja, tidak terima telepon).
Untuk jalur afirmasi dan perpindahan tugas orang tua, silakan konsultasi dengan Wakasek Kesiswaan, «Bpk.¦Ibu» [[n:{n1}]], «[[p:{hp1}]]¦HP [[p:{hp1}]]».

Ketua Panitia PPDB,
[[n:{n2}]], S.Pd
""",
    ),
    T(
        "school_letter",
        "school",
        """
DAFTAR GURU HONOR PENERIMA INSENTIF SEMESTER «GANJIL¦GENAP»
{SD1} – NPSN {sdno1}
(diminta bendahara BOS untuk potongan PPh 21)

No | Nama | NUPTK | NPWP | No. Rekening Bank NTT
1 | [[n:{n1}]], S.Pd | {nuptk1} | [[npwp:{npd1}]] | [[b:{rkntt1}]]
2 | [[n:{n2}]], S.Pd | - | [[npwp:{npn2}]] | [[b:{rkntt2}]]
3 | [[n:{n3}]], S.Ag | {nuptk2} | [[npwp:{npd3}]] | [[b:{rkntt3}]]
4 | [[n:{n4}]], A.Ma.Pd | {nuptk3} | belum ada | [[b:{rkntt4}]]

NPWP bendahara BOS sekolah: {npbend1}
Kupang, {tgll1}
Bendahara BOS,
[[n:{n5}]]
""",
    ),
    T(
        "school_letter",
        "school",
        """
SURAT PANGGILAN ORANG TUA
Nomor: {suratsek1}

Kepada Yth. «Bapak¦Ibu» [[n:{n1}]]
Orang tua/wali dari [[n:{n2}]], kelas «X-2¦XI-4¦XII-1»
di Tempat

Dengan hormat, sehubungan dengan ketidakhadiran anak Bapak/Ibu selama «4¦5¦7¦9» hari tanpa keterangan, kami mohon kehadiran Bapak/Ibu di sekolah pada {hari1} jam {jam1} untuk bertemu guru BK.
Bila berhalangan, mohon hubungi guru BK, «Ibu¦Bpk.» [[n:{n3}]] di nomor [[p:{hp3}]].

Hormat kami,
Wakasek Kesiswaan {sma1}
[[n:{n4}]], S.Pd
""",
        A={2: (15, 18)},
        fam={2: 1},
    ),
    T(
        "school_letter",
        "school",
        """
FORMULIR PENDAFTARAN PESERTA DIDIK BARU
{SD1} TAHUN PELAJARAN {thn1}/{thnb1}
No. Pendaftaran : PPDB-{thn1}-0{big1}

A. DATA CALON SISWA
Nama lengkap      : [[n:{N1}]]
Jenis kelamin     : {lp1}
NIK               : [[nik:{nik1}]]
No. KK            : [[kk:{kk1}]]
Tempat/Tgl lahir  : Kupang, {lahir1}
Asal TK           : TK «Kristen¦Negeri Pembina¦Tunas Harapan¦Bintang Kecil» {kel2}

B. DATA ORANG TUA
Nama Ayah         : [[n:{N2}]]
NIK Ayah          : [[nik:{nik2}]]
Pekerjaan Ayah    : «Nelayan¦Ojek¦PNS¦Petani¦Wiraswasta¦Sopir»
Nama Ibu          : [[n:{N3}]]
No. HP/WA         : [[p:{hp3}]]
Telp. rumah       : «[[p:{tr2}]]¦-»
Alamat rumah      : [[a:{adr2}]], Kel. {kel1}
Email (bila ada)  : [[e:{emp3}]]

Info PPDB: WA panitia {sdwa1}
""",
        A={1: (6, 7)},
        F=(3,),
        M=(2,),
        fam={1: 2},
    ),
    T(
        "school_letter",
        "school",
        """
KOMITE {SMP1}
Sekretariat: {smpjl1}, Kupang

Nomor   : {suratkom1}
Perihal : Permohonan bantuan meja kursi siswa

Kepada Yth.
Ketua DPRD Kota Kupang
di Kupang

Dengan hormat, kami pengurus Komite {smp1} mengajukan permohonan bantuan {big1} set meja kursi siswa karena sebagian besar sudah rusak. Rekening komite: {smprek1}, NPWP komite {smpnpwp1}. Proposal terlampir.
Demikian permohonan ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.

Ketua Komite,
[[n:{n1}]]
HP [[p:{hp1}]]

Mengetahui,
Kepala Sekolah
[[n:{n2}]], S.Pd
NIP {nip1}
""",
    ),
    T(
        "school_letter",
        "school",
        """
REKAP NPWP GURU DAN TENAGA KEPENDIDIKAN HONORER {SMP1}
(diminta bendahara BOS untuk pemotongan PPh 21)
1. [[n:{n1}]], S.Pd — [[npwp:{npd1}]]
2. [[n:{n2}]], S.Pd — [[npwp:{npn2}]]
3. [[n:{n3}]], S.Kom — [[npwp:{npz3}]]
4. [[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
5. [[n:{n5}]], S.Pd — [[npwp:{nps5}]]
NPWP bendahara pengeluaran sekolah: {npbend1} · NPWP satuan pendidikan {smpnpwp1}
Kekurangan data dikirim ke email bendahara {smpbmail1} paling lambat {tgl2}.
""",
    ),
    # without personal data
    T(
        "school_letter",
        "school",
        """
{SMP1}
NPSN {smpno1} · {smpjl1} · Telp. {smptel1} · {smpmail1}

PEMBERITAHUAN
Nomor: {suratsek1}
Kepada Yth. Bapak/Ibu Orang Tua/Wali Siswa Kelas IX

Sesuai hasil rapat komite tanggal {tgl1}, biaya ujian sekolah dan perpisahan ditetapkan {Rp150-250} per siswa, dibayar paling lambat {tgl3} lewat rekening komite {smprek1}. Bukti transfer diserahkan ke wali kelas. Siswa penerima PIP/KIP dibebaskan dari biaya perpisahan.
Informasi lebih lanjut: tata usaha {smptel1} (jam kerja 07.30–14.00).
""",
    ),
    T(
        "school_letter",
        "school",
        """
JADWAL ASESMEN SUMATIF AKHIR SEMESTER
{SMA1} · NPSN {smano1}
{hari1}: 07.30–09.00 Bahasa Indonesia | 09.30–11.00 Matematika
{hari2}: 07.30–09.00 Bahasa Inggris | 09.30–11.00 Pendidikan Agama
{hari3}: 07.30–09.00 Fisika/Ekonomi | 09.30–11.00 Sejarah
Ruang ujian 1–{num1}, nomor peserta dimulai {thn1}-0{big1}-001.
Kartu ujian diambil di TU. Kendala akun ujian hubungi operator sekolah {smawa1}.
""",
    ),
    T(
        "school_letter",
        "school",
        """
RINGKASAN RAPAT PENGURUS KOMITE {SD1}
{hari1}, jam 16.00–18.10
Hadir: ketua, sekretaris, bendahara, 9 anggota komite, kepala sekolah.
1. Saldo kas komite per {tgl1}: {jt15-40} (rekening komite {sdrek1}).
2. Pengeluaran: honor penjaga sekolah {Rp500-900}, perbaikan WC siswa {jt2-8}, konsumsi rapat {Rp300-600}.
3. Tunggakan sumbangan: {num1} siswa, total {Rp900-4500}.
4. Rapat berikut {tgl3}. Notulen No. {suratkom1}.
""",
    ),
    T(
        "school_letter",
        "school",
        """
PENCAIRAN PIP TAHAP «I¦II» TAHUN {thn1}
{SD1} (NPSN {sdno1})
SK Penerima No. {suratdin1}

NISN        | Kelas | Nominal
{nisn1}  | 4 | Rp 450.000
{nisn2}  | 5 | Rp 450.000
{nisn3}  | 6 | Rp 450.000
{nisn4}  | 1 | Rp 225.000 (siswa baru)

Pencairan di BRI Unit {kel1} dengan membawa KIP, KK dan buku tabungan SimPel. Info: operator sekolah {sdwa1}.
""",
    ),
    T(
        "school_letter",
        "school",
        """
SURAT EDARAN
Nomor: {suratdin1}

Kepada Yth. Kepala SD dan SMP Negeri/Swasta se-Kota Kupang
di Tempat

Sehubungan dengan verifikasi data Dapodik semester «ganjil¦genap», operator sekolah wajib mengunggah data paling lambat {tgl2}. Sekolah yang belum sinkron: NPSN {npsn1}, {npsn2}, {npsn3} dan {npsn4}.
Kendala aplikasi dapat disampaikan ke helpdesk Dapodik {owa1} atau email dapodikdikbud.kupang@gmail.com.

Kupang, {tgll1}
Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang
""",
    ),
]

# ---------------------------------------------------------------- health_post
TEMPLATES += [
    T(
        "health_post",
        "health",
        """
{ts1} [[n:{s1}]]: Selamat sore mama-mama RT {rtn1} 🙏 Besok ({dname2}) ada posyandu balita di Posyandu {psy1}, jam 08.00–11.00, tempat di halaman rumah Bapa RT. Bawa buku KIA/KMS, ada imunisasi deng PMT.
{ts2} [[n:{s2}]]: Kak, sa pung anak baru sembuh demam, boleh imunisasi ko?
{ts3} [[n:{s1}]]: Nanti tanya bidan langsung e mama. Kalau ada yang mau tanya-tanya, WA sa sa di [[p:{hp1}]] (nomor pribadi). Nomor posyandu {psywa1} tu HP bersama, dipegang gantian kader, jadi kadang lambat balas.
{ts4} [[n:{s3}]]: Siap kader 👍
""",
        F=(1, 2, 3),
    ),
    T(
        "health_post",
        "health",
        """
JADWAL PELAYANAN PUSTU {PST1}
Senin–Kamis 08.00–12.00: pemeriksaan umum, KIA/KB
Jumat 08.00–11.00: posyandu lansia keliling
Petugas:
- Bidan [[n:{n1}]], A.Md.Keb (HP [[p:{hp1}]])
- Perawat [[n:{n2}]], A.Md.Kep (HP [[p:{hp2}]])
Untuk persalinan malam hari silakan hubungi bidan langsung. Gawat darurat: UGD Puskesmas {pkm1} {pkmtel1} atau ambulans 119.
""",
    ),
    T(
        "health_post",
        "health",
        """
DAFTAR HADIR POSYANDU LANSIA {PSY1}
{hari1}

No | Nama | NIK | No. BPJS/KIS | Umur | Tensi
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[bpjs:{bpjs1}]] | {age1} | «150/90¦140/90¦130/80»
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[bpjs:{bpjs2}]] | {age2} | «130/80¦120/70¦160/100»
3 | [[n:{N3}]] | [[nik:{nik3}]] | - | {age3} | «160/100¦170/100¦150/95»
4 | [[n:{N4}]] | [[nik:{nik4}]] | [[bpjs:{bpjs4}]] | {age4} | «120/80¦135/85¦110/70»
Kader pencatat: [[n:{n5}]]
""",
        E=(1, 2, 3, 4),
    ),
    T(
        "health_post",
        "health",
        """
Yth. Ibu [[n:{n1}]], anak [[n:{g2}]] dijadwalkan imunisasi «campak-rubella (MR)¦DPT-HB-Hib lanjutan¦BCG¦polio tetes 4» pada {hari1} jam 08.00 di Posyandu {psy1}. Mohon bawa buku KIA. Info: Puskesmas {pkm1} {pkmtel1}. Pesan ini dikirim otomatis, mohon tidak dibalas.
""",
        A={2: (0, 2)},
        fam={2: 1},
    ),
    T(
        "health_post",
        "health",
        """
SURAT RUJUKAN
Puskesmas {pkm1} · {pkmjl1} · Telp {pkmtel1}
No: {suratpkm1}

Kepada Yth. dr. Spesialis «Penyakit Dalam¦Anak¦Kandungan» RSUD S.K. Lerik
Mohon pemeriksaan dan penanganan lebih lanjut pasien:
Nama            : [[n:{N1}]]
Umur / JK       : {age1} th / {lp1}
NIK             : [[nik:{nik1}]]
No. Kartu JKN   : [[bpjs:{bpjs1}]]
Alamat          : [[a:{adr1}]], Kel. {pkel1}
No. RM          : {rm1}
Diagnosa sementara: «hipertensi grade II¦DBD, trombosit 62.000¦pneumonia¦diabetes melitus tipe 2»

Dokter pengirim,
dr. [[n:{n2}]]
""",
    ),
    T(
        "health_post",
        "health",
        """
PEMBAGIAN TUGAS KADER POSYANDU {PSY1} BULAN {BLN1}
Meja 1 (pendaftaran): Mama [[n:{g1}]]
Meja 2 (penimbangan): Kak [[n:{g2}]], [[n:{g3}]]
Meja 3 (pencatatan KMS): Ibu [[n:{n4}]]
Meja 4 (penyuluhan & PMT): Tanta [[n:{g5}]]
Meja 5 (pelayanan): bidan dari Pustu {pst1}
Koordinator kader: Ibu [[n:{n6}]] «[[p:{hp6}]]¦(HP [[p:{hp6}]])»
Info umum: kader posyandu {owa1}
""",
        F=(1, 2, 3, 4, 5, 6),
    ),
    T(
        "health_post",
        "health",
        """
PEMBERITAHUAN PROGRAM PMT LOKAL BALITA GIZI KURANG
Puskesmas {pkm1}, {bln1} {thn1}
Sasaran: {num1} balita di wilayah Kelurahan {kel1} dan {kel2}.
Pembagian PMT setiap Selasa & Jumat jam 09.00 di posyandu masing-masing.
Pertanyaan program: WA layanan gizi puskesmas {pkmwa1}.
Pendamping gizi wilayah {kel1}: [[n:{n1}]], S.Gz, WA [[p:{hp1}]]
Pendamping gizi wilayah {kel2}: [[n:{n2}]], A.Md.Gz, WA [[p:{hp2}]]
""",
    ),
    T(
        "health_post",
        "health",
        """
{ts1} Puskesmas {pkm1}: Selamat pagi, layanan pendaftaran online poli umum. Mohon kirim nama, NIK dan nomor kartu BPJS pasien.
{ts2} [[n:{s1}]]: Pagi. Pasien nama [[n:{n2}]], NIK [[nik:{nik2}]], BPJS [[bpjs:{bpjs2}]]. Sa anaknya, HP [[p:{hp1}]]
{ts3} Puskesmas {pkm1}: Terima kasih. Nomor antrian {antri1}, silakan datang jam «08.30¦09.00¦09.30¦10.15». Jangan lupa bawa kartu BPJS asli.
{ts4} [[n:{s1}]]: Ok makasih
""",
        E=(2,),
        fam={1: 2},
    ),
    T(
        "health_post",
        "health",
        """
LAPORAN PENYELIDIKAN EPIDEMIOLOGI (PE) DBD
Puskesmas {pkm1} – {tgll1}
Kasus: [[n:{n1}]] ({age1} th), dirawat di RS «Bhayangkara¦Siloam¦Mamami», tinggal di [[a:{adr1}]], Kel. {pkel1}.
Hasil PE: ditemukan jentik di 7 dari 20 rumah sekitar kasus. Rencana fogging fokus RT {rtn1} dan RT {rtn2} hari {dname3} jam 15.00.
Petugas surveilans: «Bpk.¦Ibu» [[n:{n2}]] ([[p:{hp2}]]). Pengaduan fogging: WA Dinkes {owa1}.
""",
        Y=(1,),
    ),
    T(
        "health_post",
        "village",
        """
INFORMASI MOBIL SIAGA DESA {VIL1}
Untuk ibu hamil yang akan bersalin dan pasien gawat darurat, mobil siaga desa siap antar ke Puskesmas «Baumata¦Tarus¦Oesao¦Naibonat» atau RSUD 24 jam.
Ambulans desa: [[pl:{pl1}]], sopir Bpk. [[n:{n1}]], HP [[p:{hp1}]]
Mobil cadangan (pick-up milik Bpk. [[n:{n2}]]): [[pl:{pl2}]], HP [[p:{hp2}]]
Bidan desa: [[n:{n3}]], WA [[p:{hp3}]]
Biaya BBM ditanggung Dana Desa. Posko desa {owa1}.
""",
        F=(3,),
    ),
    # without personal data
    T(
        "health_post",
        "health",
        """
JADWAL POSYANDU WILAYAH KERJA PUSKESMAS {PKM1} BULAN {BLN1}
{hari1}: Posyandu {psy1} – 08.00
{hari2}: Posyandu {psy2} – 08.00
{hari3}: Posyandu {psy3} – 08.30
Sasaran: balita 0–59 bulan, ibu hamil, lansia. Bawa buku KIA.
Info: WA posyandu {psywa1} / {psywa2}. Pendaftaran imunisasi kejar: daftar via WA {pkmwa1}.
""",
    ),
    T(
        "health_post",
        "health",
        """
JAM PELAYANAN PUSKESMAS {PKM1}
Senin–Kamis 07.30–14.00 | Jumat 07.30–11.00 | Sabtu 07.30–12.00
UGD 24 JAM: {pkmtel1}
Pendaftaran online: WA {pkmwa1} (format: NAMA#NIK#POLI)
Pengaduan layanan: SMS/WA {owa1} atau email {pkmmail1}
Kode faskes BPJS: {faskes1}
""",
    ),
    T(
        "health_post",
        "health",
        """
REKAP IMUNISASI DASAR LENGKAP (IDL) POSYANDU {PSY1}
Periode {bln1} {thn1}
RT 01: {num1} balita | IDL {dig1}
RT 02: {num2} balita | IDL {dig2}
RT 03: {num3} balita | IDL {dig3}
Capaian dilaporkan lewat aplikasi ASIK. Laporan No. {suratpkm1}, dikirim ke {pkmmail1}.
""",
    ),
    T(
        "health_post",
        "health",
        """
PENGUMUMAN
Nomor WA Posyandu {psy1} berubah. Nomor lama {owa1} sudah tidak dipakai sejak {tgl1}.
Nomor baru: {psywa1}. Jadwal tetap tiap {dname2} minggu kedua, jam 08.00.
Email posyandu: {psymail1}. Sumbangan PMT dari donatur dapat diserahkan ke kader saat kegiatan.
Dasa wisma RT 01–RT {rtn1} mohon bantu sebar info ini.
""",
    ),
    T(
        "health_post",
        "health",
        """
PUSKESMAS {PKM1}
Nomor antrian: {antri1}
Poli: «Umum¦KIA¦Gigi¦Lansia»
Tanggal: {tgl1} jam {hm1}
Estimasi dipanggil: jam {jam1}
Cek antrian via WA {pkmwa1}
BPJS Care Center 165 · Kode faskes {faskes1}
""",
    ),
]

# ---------------------------------------------------------------- rt_notice
TEMPLATES += [
    T(
        "rt_notice",
        "neighbourhood",
        """
IURAN SAMPAH & KEAMANAN RT {rtn1}/RW {rwn1} KEL. {KEL1}
Bulan {bln1} {thn1} ({Rp20-30}/KK)
1. Bpk. [[n:{n1}]] – lunas
2. Ibu [[n:{n2}]] – lunas
3. Om [[n:{n3}]] – belum
4. Kel. [[n:{f4}]] – lunas
5. Mama [[n:{g5}]] – belum (janji tgl {tgl2})
Pembayaran tunai ke bendahara RT, Ibu [[n:{n6}]], atau transfer ke «BRI [[b:{rkbri6}]]¦BNI [[b:{rkbni6}]]¦Bank NTT [[b:{rkntt6}]]» a.n. [[n:{n6}]] (rekening pribadi, RT belum punya rekening). Bukti transfer kirim ke WA bendahara [[p:{hp6}]].
""",
        orig={4: FAM},
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
NOTULEN RAPAT RT {rtn1} / RW {rwn1}
Hari/tgl : {hari1}, jam 19.00
Tempat   : rumah Ketua RT, Bpk. [[n:{n1}]], [[a:{ad1}]]
Hadir    : {kkn1} KK
Pembahasan:
1. Kerja bakti bersihkan got hari Sabtu {sbt1} jam 06.30, kumpul di pos ronda.
2. Iuran keamanan naik jadi {Rp25-35}/bulan mulai bulan {blnn1}.
3. Warga baru di rumah kontrakan milik Ibu [[n:{n2}]] ([[a:{ad2}]]) diminta lapor ke RT dengan bawa KK/KTP.
4. Laporan keamanan malam hari ke pos ronda {owa1} (HP pos, dipegang petugas jaga).
Notulis: [[n:{n3}]]
""",
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
PENGUMUMAN
Selamat malam bapa mama warga RT {rtn1}. Sa pung HP hilang, jadi nomor ganti. Nomor lama [[p:{hq1}]] jang dipakai lagi, kalau ada yang WA atas nama sa dari nomor itu jang layani. Nomor baru sa [[p:{hp1}]].
Untuk laporan keamanan tetap pakai nomor pos ronda {owa1}, untuk surat pengantar datang langsung ke rumah.
Salam, Ketua RT {rtn1}, [[n:{n1}]]
""",
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
RUKUN TETANGGA {rtn1} RUKUN WARGA {rwn1}
KELURAHAN {KEL1} KECAMATAN {KEC1}

SURAT PENGANTAR
Nomor: 0{dig1}{dig2}/RT.{rtn1}/{rmw1}/{thn1}

Yang bertanda tangan di bawah ini Ketua RT {rtn1}/RW {rwn1} Kelurahan {kel1} menerangkan bahwa:
Nama           : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
No. KK         : [[kk:{kk1}]]
Jenis Kelamin  : {jk1}
Pekerjaan      : «Wiraswasta¦Nelayan¦Petani¦Karyawan Swasta¦Buruh Harian Lepas»
Alamat         : [[a:{ad1}, RT {rtn1}/RW {rwn1}]]
benar warga kami dan berdomisili di alamat tersebut. Surat ini diberikan untuk keperluan «pengurusan KTP-el¦pendaftaran BPJS Kesehatan¦melamar pekerjaan¦pengajuan KUR».

{kel1}, {tgll1}
Ketua RT {rtn1}

[[n:{n2}]]
""",
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
REGISTER PENDUDUK PENDATANG RT {rtn1} / RW {rwn1}
No | Nama | NIK | Asal | Tinggal di | No HP
1 | [[n:{n1}]] | [[nik:{nik1}]] | «Rote¦Sabu¦SoE¦Atambua¦Ende» | [[a:{ad3}]] (rumah Bpk. [[n:{g3}]]) | [[p:{hp1}]]
2 | [[n:{n2}]] | [[nik:{nik2}]] | «Alor¦Waingapu¦Maumere¦Kefa» | kos «Anugerah¦Putri Sion¦Dua Saudara» | [[p:{hp2}]]
Catatan: pendatang wajib lapor 1x24 jam ke Ketua RT dan membawa surat pindah.
""",
        U=(1, 2),
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
JADWAL RONDA MALAM RT {rtn1}
Senin: Om [[n:{g1}]], Bpk. [[n:{n2}]], [[n:{g3}]]
Selasa: [[n:{n4}]], Nyong [[n:{g5}]]
Rabu: Bpk. [[n:{n6}]], Om [[n:{g7}]]
Kamis: [[n:{n8}]], [[n:{g9}]]
Yang berhalangan wajib cari pengganti. Koordinator ronda: Pak [[n:{n10}]] ([[p:{hp10}]]).
Pos ronda depan kios, jaga jam 22.00–04.00.
""",
        M=(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
{ts1} Admin RT {rtn1}: Selamat pagi bapa mama. Info dari kelurahan: perbaikan pipa PDAM baru selesai tanggal {tgl2}, mohon sabar.
{ts2} [[n:{s1}]]: Admin, sa pung rumah di [[a:{ad1}]] su tiga hari air sonde jalan, padahal bayar terus. No samb {samb1}.
{ts3} Admin RT {rtn1}: Laporkan ke WA gangguan PDAM {owa1} e bapa, sertakan no sambungan.
{ts4} [[n:{s2}]]: Di sa pung rumah ju sama. Om [[n:{g3}]] tu ada tangki, nomornya [[p:{hp3}]], bisa pesan air dulu.
""",
        M=(1,),
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
Kepada Yth.
Bapak Lurah {kel1}
di Tempat

Perihal: Laporan sengketa batas pekarangan

Dengan hormat, bersama ini kami sampaikan bahwa sudah terjadi sengketa batas pekarangan antara keluarga [[n:{f1}]] dan keluarga [[n:{f2}]] di wilayah RT kami. Bpk. [[n:{n1}]] yang tinggal di [[a:{ad1}, RT {rtn1}/RW {rwn1}]] menyatakan pagar tembok tetangga masuk ± 1 meter ke tanahnya. Sudah dimediasi dua kali di rumah Ketua RT tetapi belum ada titik temu.
Mohon bantuan kelurahan untuk memediasi.

Hormat kami,
Ketua RT {rtn1}/RW {rwn1}
[[n:{n3}]]
HP [[p:{hp3}]]
""",
        orig={1: FAM, 2: FAM},
    ),
    T(
        "rt_notice",
        "social_aid",
        """
DATA KEPALA KELUARGA CALON PENERIMA BLT RT {rtn1}/RW {rwn1} KEL. {KEL1}
No | Nama KK | NIK | No. KK | Pekerjaan
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[kk:{kk1}]] | «BURUH HARIAN¦NELAYAN¦OJEK»
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[kk:{kk2}]] | «MENGURUS RUMAH TANGGA¦PETANI»
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[kk:{kk3}]] | «TUKANG BATU¦SOPIR»
Diverifikasi: Ketua RT {rtn1}, [[n:{n4}]]
""",
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
INFO KEAMANAN RT {rtn1}
Tadi malam motor Honda Beat warna «hitam¦merah¦putih» [[pl:{pl1}]] milik Nyong [[n:{n1}]] hilang di depan rumahnya, [[a:{ad1}]]. Yang lihat motor itu atau orang mencurigakan, tolong info ke Ketua RT, Bpk. [[n:{n2}]] [[p:{hp2}]], atau langsung ke pemilik [[p:{hp1}]].
Mobil pick-up [[pl:{pl3}]] yang parkir di ujung gang su 3 hari, mohon pemiliknya lapor ke RT.
Laporan polisi No. LP/B/{big1}/{rmw1}/{thn1}/SPKT/POLRESTA KUPANG KOTA/POLDA NTT.
""",
        U=(1,),
    ),
    # without personal data
    T(
        "rt_notice",
        "neighbourhood",
        """
PENGUMUMAN RT {rtn1} / RW {rwn1}
1. Kerja bakti Sabtu {sbt1} jam 06.30, bawa parang dan sapu lidi.
2. Iuran sampah {Rp15-25}/KK dan keamanan {Rp20-30}/KK dibayar paling lambat tanggal 10.
3. Laporan keamanan: pos ronda {owa1} (pos jaga). Bhabinkamtibmas kelurahan: {owa2}.
4. Gangguan listrik: PLN 123. Gangguan air: PDAM {otel1}.
""",
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
REKAP IURAN KEBERSIHAN RW {rwn1} KEL. {KEL1} – {BLN1} {thn1}
RT 01: {num1} KK | {rpm1}
RT 02: {num2} KK | {rpm2}
RT 03: {num3} KK | {rpm3}
RT 04: {num4} KK | {rpm4}
Disetor ke rekening RW {rekntt1} pada {tgl1}. Kuitansi No. {kwit1}.
""",
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
Info jadwal fogging dari puskesmas: {hari1} jam 15.00 RT {rtn1}, RT {rtn2} dan RT {rtn3}; {hari2} jam 15.00 RT {rtn4}. Mohon tutup makanan dan ternak dikandangkan. Info: surveilans puskesmas {owa1}, darurat 112.
""",
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
NOTULEN RAPAT KOORDINASI RW {rwn1} KELURAHAN {KEL1}
{hari1}, jam 16.00, di aula kantor kelurahan
Hadir: Ketua RW, ketua RT 01 s/d RT {rtn1}, Babinsa, Bhabinkamtibmas, kader PKK.
1. Pendataan DTKS diperpanjang sampai {tgl3}.
2. Bantuan tong sampah {num1} unit dibagi per RT.
3. Laporan kas RW: saldo {rpb1}, rekening RW {rekntt1}.
Surat undangan No. {suratkel1}.
""",
    ),
    T(
        "rt_notice",
        "neighbourhood",
        """
JADWAL PENGISIAN AIR TANGKI BPBD – KEL. {KEL1}
RT | Hari | Titik pengisian
{rtn1} | {dname1} | depan gereja
{rtn2} | {dname2} | halaman SD
{rtn3} | {dname3} | pos ronda
Kapasitas tangki 5.000 liter, jam 07.00–12.00. Gangguan: WA BPBD {owa1}, PDAM {otel1}.
""",
    ),
]

# ---------------------------------------------------------------- coop_arisan
TEMPLATES += [
    T(
        "coop_arisan",
        "cooperative",
        """
{KOP1}
Badan Hukum No. {kopno1} · {kopjl1}, Kupang · Telp. {koptel1}

SURAT PEMBERITAHUAN TUNGGAKAN ANGSURAN
Nomor: {suratkop1}

Kepada Yth.
Sdr/i [[n:{n1}]]
No. BA {noba1}
[[a:{adr1}]], Kel. {pkel1}

Berdasarkan catatan kami, pinjaman Saudara/i sebesar {jt5-25} dengan angsuran {Rp450-900}/bulan sudah menunggak «2¦3¦4» bulan sampai {tgl1}. Mohon segera melunasi tunggakan di kantor atau lewat rekening koperasi {koprek1}.
Bila ada kesulitan, silakan hubungi kolektor wilayah, «Bpk.¦Sdr.» [[n:{n2}]] ([[p:{hp2}]]), pada jam kerja.

Hormat kami,
Manajer
[[n:{n3}]]
""",
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
{ARS1} – PUTARAN KE-«3¦5¦7¦9»
Setoran {Rp100-300}/orang, paling lambat tanggal 10 😊
1. Mama [[n:{g1}]] ✅
2. Tanta [[n:{g2}]] ✅
3. Ibu [[n:{n3}]] ✅
4. Usi [[n:{g4}]] ⏳
5. Mama [[n:{g5}]] ✅
6. Kak [[n:{g6}]] ⏳
Yang dapat bulan ini: Tanta [[n:{g2}]] 🎉
Setor ke bendahara arisan, Tanta [[n:{n7}]], lewat «DANA [[p:{hp7}]]¦BRI [[b:{rkbri7}]] a.n. [[n:{n7}]]». Jang setor ke rekening koperasi e!
""",
        F=(1, 2, 3, 4, 5, 6, 7),
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
{KOP1}
TANDA TERIMA SETORAN
No. {kwit1}

Telah terima dari : [[n:{n1}]]
No. Anggota       : {noba1}
Uang sejumlah     : {Rp150-600}
Untuk             : simpanan wajib bulan {bln1} dan angsuran pinjaman ke-«3¦5¦8¦11¦14¦19»

Kupang, {tgl1}
Kasir,
[[n:{n2}]]
""",
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
UNDANGAN RAPAT ANGGOTA TAHUNAN (RAT) TAHUN BUKU {thl1}
{KOP1} · BH {kopno1} · NPWP {kopnpwp1}

Kepada Yth. seluruh anggota
Hari/tanggal : {hari1}
Jam          : 09.00 WITA – selesai
Tempat       : aula Gereja {grjx1}, {grjjl1}
Acara        : laporan pertanggungjawaban pengurus dan pengawas, pembagian SHU.
Anggota yang belum melunasi simpanan wajib dapat menyetor ke rekening koperasi {koprek1}.
Konfirmasi kehadiran: WA sekretariat {kopwa1}.

Pengurus,
Ketua      : [[n:{n1}]]
Sekretaris : [[n:{n2}]]
Bendahara  : [[n:{n3}]]
""",
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
Kepada Yth.
Pimpinan Bank NTT Cabang {kel1}
di Kupang

Perihal: Kelengkapan data pengurus untuk pembukaan rekening giro

Dengan hormat, bersama ini kami sampaikan data koperasi dan pengurus:
Nama koperasi     : {kop1}
NPWP koperasi     : {kopnpwp1}
Nomor badan hukum : {kopno1}

NPWP pribadi pengurus:
- Ketua, [[n:{n1}]] — [[npwp:{npd1}]]
- Sekretaris, [[n:{n2}]] — [[npwp:{npn2}]]
- Bendahara, [[n:{n3}]] — [[npwp:{npd3}]]

Hormat kami,
Ketua
[[n:{n1}]]
""",
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
FORMULIR PERMOHONAN PINJAMAN
{KOP1}

No. Anggota        : {noba1}
Nama Pemohon       : [[n:{N1}]]
NIK                : [[nik:{nik1}]]
No. KK             : [[kk:{kk1}]]
Alamat             : [[a:{adr1}]]
No. HP             : [[p:{hp1}]]
Telp. rumah        : «[[p:{tr1}]]¦-¦[[p:{tr1}]]»
Pekerjaan          : «Pedagang ikan¦Guru honor¦Petani sayur¦Penjahit¦Sopir angkot»
Nama Suami/Istri   : [[n:{N2}]]
Jumlah pinjaman    : {jt3-20}
Jangka waktu       : «12¦18¦24¦36» bulan
Rekening pencairan : «BRI [[b:{rkbri1}]]¦Bank NTT [[b:{rkntt1}]]» a.n. [[n:{N1}]]
Angsuran dibayar ke: {koprek1} a.n. {KOP1}
Penjamin           : [[n:{n3}]], HP [[p:{hp3}]]
""",
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
{ts1} [[n:{s1}]]: Malam mama-mama, setoran arisan bulan ini su masuk 8 dari 12 orang. Yang belum: Mama [[n:{g2}]], Tanta [[n:{g3}]], [[n:{g4}]] deng [[n:{g5}]].
{ts2} [[n:{s3}]]: Maaf kaka, besok pagi sa transfer. Ke rek yang mana?
{ts3} [[n:{s1}]]: Ke rek sa pribadi «BRI [[b:{rkbri1}]]¦BNI [[b:{rkbni1}]]» a.n. [[n:{n1}]]. Rekening arisan yang di Bank NTT su tutup.
{ts4} [[n:{s2}]]: Sa bayar cash sa e, nanti antar ke rumah di [[a:{ad1}]] to?
{ts5} [[n:{s1}]]: Iya mama, sore sa ada di rumah.
""",
        F=(1, 2, 3, 4, 5),
    ),
    T(
        "coop_arisan",
        "youth_women",
        """
DAFTAR ANGGOTA BARU {KOP1}
Periode {bln1} {thn1}
No | Nama | NIK | No. HP | Simpanan Pokok
1 | [[n:{n1}]] | [[nik:{nik1}]] | [[p:{hp1}]] | {rps1}
2 | [[n:{n2}]] | [[nik:{nik2}]] | [[p:{hp2}]] | {rps1}
3 | [[n:{n3}]] | [[nik:{nik3}]] | [[p:{hp3}]] | {rps1}
4 | [[n:{n4}]] | [[nik:{nik4}]] | [[p:{hp4}]] | {rps1}
Diverifikasi oleh manajer: [[n:{n5}]]
""",
        F=(1, 2, 3, 4),
    ),
    T(
        "coop_arisan",
        "farmers_fishers",
        """
{NEL1}
DAFTAR ANGGOTA DAN KAPAL
No | Nama | NIK | Kartu KUSUKA | Nama Kapal | HP
1 | [[n:{N1}]] | [[nik:{nik1}]] | {kusuka1} | KM «Bintang Laut¦Harapan Jaya¦Putra Sabu» | [[p:{hp1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | {kusuka2} | KM «Nusa Indah¦Dua Saudara¦Berkat Laut» | [[p:{hp2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | - | «numpang kapal ketua¦perahu tanpa nama» | [[p:{hp3}]]
Ketua KUB: [[n:{n4}]] ([[p:{hp4}]])
Rekening kelompok: {nelrek1} a.n. {nel1}
""",
        M=(1, 2, 3, 4),
        orig={
            1: ("sabu", "buton", "bugis", "rote"),
            2: ("sabu", "buton", "bugis", "rote"),
            3: ("sabu", "buton", "rote", "alor"),
        },
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
PERJANJIAN PINJAMAN DENGAN JAMINAN BPKB
No. {noba1}/PJ/{rmw1}/{thn1}
Pihak I  : {kop1}, diwakili Manajer [[n:{n1}]]
Pihak II : [[n:{n2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{np2}]], alamat [[a:{adr2}]]
Jaminan  : BPKB sepeda motor «Yamaha NMAX¦Honda Vario 125¦Honda Scoopy» [[pl:{pl2}]] a.n. [[n:{n2}]]
Pinjaman {jt10-30}, jangka waktu 24 bulan, angsuran dibayar ke rekening koperasi {koprek1}.
NPWP koperasi {kopnpwp1} · BH {kopno1}
""",
    ),
    # without personal data
    T(
        "coop_arisan",
        "cooperative",
        """
{KOP1}
Melayani simpanan dan pinjaman anggota sejak «1998¦2004¦2009¦2013»
• Simpanan pokok {Rp50-100}, simpanan wajib {Rp20-50}/bulan
• Pinjaman produktif jasa 1,5 %/bulan menurun, plafon sampai {jt25-75}
• Kantor: {kopjl1} · Telp {koptel1} · WA {kopwa1}
• Rekening: {koprek1} a.n. {kop1}
BH {kopno1} · NPWP {kopnpwp1}
""",
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
RINGKASAN LAPORAN RAT TAHUN BUKU {thl1}
{KOP1}
Jumlah anggota   : {big1} orang
Aset             : «Rp 2,1 M¦Rp 1,8 M¦Rp 3,4 M¦Rp 960 jt»
Pinjaman beredar : {rpk2}
SHU dibagikan    : {rpb1}
Rasio kredit macet: «3,1¦4,2¦5,8» %
Laporan audit No. {suratkop1}, dibacakan di RAT tanggal {tgl1}. Rekening koperasi {koprek1}.
""",
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
ATURAN {ARS1}
1. Setoran {Rp100-250} per bulan, paling lambat tanggal 5.
2. Jumlah peserta 12 orang, putaran 12 bulan mulai {bln1} {thn1}.
3. Undian tiap tanggal 10 jam 16.00 di rumah peserta secara bergilir.
4. Telat setor denda {Rp5-10} per hari.
5. Setoran lewat rekening arisan BRI {rekbri1} (rekening arisan), bukti kirim ke grup.
""",
    ),
    T(
        "coop_arisan",
        "cooperative",
        """
JADWAL ANGSURAN PINJAMAN
{KOP1} · No. Pinjaman {noba1} · Tgl cair {tgl1}
Ke | Pokok | Jasa | Total
1 | Rp 416.700 | Rp 150.000 | Rp 566.700
2 | Rp 416.700 | Rp 143.750 | Rp 560.450
3 | Rp 416.700 | Rp 137.500 | Rp 554.200
Angsuran dibayar paling lambat tanggal 15 tiap bulan ke {koprek1}.
""",
    ),
    T(
        "coop_arisan",
        "scam_fraud",
        """
PENGUMUMAN PENGURUS {KOP1}
Hati-hati penipuan! Ada nomor {scam1} dan {scam2} yang mengaku petugas koperasi dan minta transfer biaya pencairan pinjaman {Rp250-500}. Koperasi tidak pernah minta biaya lewat WA. Pembayaran resmi hanya di kantor atau ke rekening {koprek1} a.n. {kop1}. Info resmi: {koptel1}.
""",
    ),
]

# ---------------------------------------------------------------- donation_appeal
TEMPLATES += [
    T(
        "donation_appeal",
        "congregation",
        """
PANITIA PEMBANGUNAN GEDUNG KEBAKTIAN JEMAAT GMIT {GRJ1}
Syalom. Pembangunan gedung kebaktian sudah sampai tahap pemasangan atap (± «60¦65¦70¦75» %). Kekurangan dana {rpk1}.
Kami mengundang bapa mama, keluarga dan sahabat di mana saja untuk ambil bagian:
• Rekening panitia a.n. [[n:{n1}]] (bendahara panitia) Bank NTT [[b:{rkntt1}]]
• atau rekening Majelis Jemaat {grjrek1}
Konfirmasi transfer: Bendahara, «Ibu¦Bpk.» [[n:{n1}]] [[p:{hp1}]] atau Sekretaris panitia, [[n:{n2}]] [[p:{hp2}]].
Bukti transfer juga bisa dikirim ke email bendahara: [[e:{emx1}]]
"Hendaklah masing-masing memberi menurut kerelaan hatinya" ({ayat1})
Ketua Panitia, [[n:{n3}]]
""",
        rel="c",
    ),
    T(
        "donation_appeal",
        "congregation",
        """
Mohon doa dan bantuan 🙏
Adik [[n:{n1}]] ({age1} thn), anak dari Bpk. [[n:{n2}]] dan Mama [[n:{n3}]], warga jemaat rayon {ray1}, saat ini dirawat di RSUD W.Z. Johannes karena «leukemia¦kelainan jantung bawaan¦gagal ginjal» dan harus dirujuk ke Surabaya. Biaya transport dan pendamping tidak ditanggung BPJS.
Bantuan bisa dikirim ke rek «BRI [[b:{rkbri3}]]¦BNI [[b:{rkbni3}]]¦Bank NTT [[b:{rkntt3}]]» a.n. [[n:{n3}]] (mama kandung).
Info: Om [[n:{g4}]] [[p:{hp4}]] (keluarga).
Tuhan berkati.
""",
        rel="c",
        Y=(1,),
        fam={1: 2},
    ),
    T(
        "donation_appeal",
        "foundation",
        """
PANTI ASUHAN {PAN1}
{panjl1}, Kupang · Izin Dinsos No. {suratdin1}
Saat ini kami mengasuh {num1} anak usia 4–18 tahun. Kebutuhan bulan {bln1}: beras 300 kg, susu, seragam sekolah dan biaya SPP.
Donasi: rekening yayasan {panrek1} a.n. Yayasan {pan1} · NPWP yayasan {pannpwp1}.
Untuk kunjungan dan donasi barang, hubungi pengasuh, «Ibu¦Mama» [[n:{n1}]] di [[p:{hp1}]] (email beliau [[e:{em1}]]), atau ketua yayasan, Bpk. [[n:{n2}]] [[p:{hp2}]].
""",
        rel="c",
    ),
    T(
        "donation_appeal",
        "youth_women",
        """
POSKO PEDULI BENCANA {PMD1}
Banjir dan angin kencang di Kel. {kel1} dan {kel2} menyebabkan {num1} rumah rusak.
Kami menerima bantuan sembako, pakaian layak pakai, terpal dan air bersih.
Posko: halaman kantor Kelurahan {kel1}
Bantuan uang: rekening a.n. POSKO PEDULI {KEL1} {rekntt1}
Koordinator lapangan: [[n:{n1}]] ([[p:{hp1}]])
Narahubung logistik: [[n:{n2}]] [[p:{hp2}]]
""",
        U=(1, 2),
    ),
    T(
        "donation_appeal",
        "school",
        """
Halo teman-teman alumni angkatan «2003¦2006¦2009¦2011» {sma1} 👋
Kita galang dana beasiswa untuk adik [[n:{n1}]], siswa kelas XII yang bapaknya baru meninggal. Target {jt5-15} untuk biaya kuliah semester pertama.
Transfer ke rekening penampung a.n. [[n:{n2}]] (ketua angkatan) «BCA [[b:{rkbca2}]]¦Mandiri [[b:{rkmdr2}]]¦BRI [[b:{rkbri2}]]». Bukti kirim japri ke [[n:{g3}]] ([[p:{hp3}]]) supaya dicatat.
Laporan dana tiap minggu di grup, atau minta ke ketua angkatan lewat email [[e:{emx2}]].
""",
        A={1: (17, 18)},
    ),
    T(
        "donation_appeal",
        "congregation",
        """
Assalamu'alaikum wr. wb.
Pembangunan lantai 2 Masjid {msj1} masih butuh dana ± {rpk1}. Infaq dapat disalurkan lewat {msjrek1} a.n. Panitia Pembangunan Masjid {msjx1}, atau diserahkan langsung kepada Ustadz [[n:{n1}]] ([[p:{hp1}]]) ba'da Jumat.
Setiap infaq dilaporkan di papan pengumuman masjid ({qs1}).
Ketua Panitia,
H. [[n:{n2}]]
""",
        rel="m",
        M=(2,),
        orig={1: ("bugis", "buton", "java"), 2: ("bugis", "buton", "java")},
    ),
    T(
        "donation_appeal",
        "neighbourhood",
        """
Selamat siang bapa mama warga RT {rtn1}.
Turut berduka atas meninggalnya Oma [[n:{n1}]], mama dari Bpk. [[n:{n2}]]. Bantuan duka dari warga dikumpul oleh bendahara RT sampai hari {dname2}.
Yang mau kirim langsung ke keluarga bisa transfer ke anak almarhumah, [[n:{n3}]], «BNI [[b:{rkbni3}]]¦BRI [[b:{rkbri3}]]».
Ibadah penghiburan malam ini di rumah duka [[a:{ad2}, RT {rtn1}]].
""",
        E=(1,),
        fam={2: 1, 3: 1},
    ),
    T(
        "donation_appeal",
        "congregation",
        """
LAPORAN PENERIMAAN DANA AKSI DIAKONIA {GRJX1}
Periode {tgl1} – {tgl3}
1. Kel. [[n:{f1}]] {rpm1}
2. Ibu [[n:{n2}]] {rps1}
3. NN {rps2}
4. Bpk. [[n:{n3}]] {rpm2}
5. Pemuda Jemaat {rpm3}
6. Kel. [[n:{f4}]]–[[n:{f5}]] {rp1}
Dana dicatat di buku kas diakonia dan disetor ke rekening Majelis Jemaat {grjrek1}.
Bendahara diakonia: [[n:{n6}]]
""",
        rel="c",
        orig={1: FAM, 4: FAM, 5: FAM},
    ),
    T(
        "donation_appeal",
        "youth_women",
        """
PEMUDA GMIT {GRJ1} jual kue untuk dana retret 🍰
Kue lapis, bolu pandan, donat — {Rp35-60}/kotak. Pesan lewat WA panitia {pmdwa1}.
Yang di daerah {kel1}, bisa pesan langsung ke [[n:{n1}]] [[p:{hp1}]] (antar gratis).
Pengambilan di halaman gereja hari Minggu setelah ibadah.
""",
        rel="c",
        U=(1,),
    ),
    T(
        "donation_appeal",
        "foundation",
        """
REKAP DONATUR YANG MEMINTA BUKTI SUMBANGAN (untuk lampiran SPT)
Yayasan {pan1} · NPWP yayasan {pannpwp1} · {bln1} {thn1}
Nama | NPWP | Jumlah
[[n:{n1}]] | [[npwp:{npd1}]] | {rpb1}
[[n:{n2}]] | [[npwp:{npn2}]] | {rpm1}
{kop1} | {kopnpwp1} | {rpb2}
[[n:{n3}]] | [[npwp:{npd3}]] | {rpm2}
Bukti sumbangan dikirim ke email donatur masing-masing. Rekening yayasan {panrek1}.
""",
    ),
    # without personal data
    T(
        "donation_appeal",
        "congregation",
        """
HIMBAUAN MAJELIS JEMAAT GMIT {GRJ1}
Dalam rangka HUT jemaat ke-{num1}, Majelis Jemaat membuka persembahan khusus renovasi pastori. Target {rpk1}.
Rekening Majelis Jemaat: {grjrek1}
NPWP Majelis Jemaat: {grjnpwp1}
Nota persembahan diambil di kantor jemaat, telp {grjtel1}.
Ayat: {ayat1}
""",
    ),
    T(
        "donation_appeal",
        "social_aid",
        """
BAZNAS Kota Kupang membuka posko zakat, infaq dan sedekah untuk korban kebakaran di Kel. {kel1}.
Rekening: BSI {rekbsi1} a.n. BAZNAS Kota Kupang · Bank NTT {rekntt1}
Konfirmasi donasi: WA {owa1}
Layanan jemput zakat: {otel1}
NPWP BAZNAS Kota Kupang: {npx1}
""",
    ),
    T(
        "donation_appeal",
        "congregation",
        """
REKAP PERSEMBAHAN PEMBANGUNAN PER RAYON – {BLN1} {thn1}
Rayon 1: {jt2-9} | Rayon 2: {jt2-9} | Rayon 3: {jt1-6}
Rayon 4: {jt2-9} | Rayon 5: {jt1-6}
Penerimaan lewat transfer ({grjrek1}): {rpb4}
Surat pertanggungjawaban No. {suratgrj1}
""",
    ),
    T(
        "donation_appeal",
        "scam_fraud",
        """
WASPADA PENIPUAN!
Beredar pesan WA dari nomor {scam1} yang mengaku pengurus Panti Asuhan {pan1} dan minta sumbangan lewat pulsa dan transfer. Itu bukan nomor panti. Rekening resmi panti hanya {panrek1} a.n. Yayasan {pan1}. Konfirmasi ke kantor yayasan {pantel1}. Nomor {scam2} juga sudah dilaporkan warga.
""",
    ),
    T(
        "donation_appeal",
        "foundation",
        """
DAFTAR KEBUTUHAN PANTI ASUHAN {PAN1} – {BLN1} {thn1}
Beras 25 kg × 12 karung · Minyak goreng 2 L × 10 · Susu bubuk 800 g × 15 · Sabun mandi 60 batang
Biaya sekolah {num1} anak: {rpb1}
SK Kemenkumham: {panno1}
Rekening yayasan: {panrek1} · NPWP {pannpwp1}
Kontak kantor panti: {pantel1} / {panwa1}
""",
    ),
]

# ---------------------------------------------------------------- fee_complaint
TEMPLATES += [
    T(
        "fee_complaint",
        "school",
        """
Judul: Pungutan uang komite ditransfer ke rekening pribadi
Isi Laporan: Saya [[n:{n1}]], orang tua siswa kelas «VIII¦IX» di {smp1}. Sejak bulan {bln1} kami diminta bayar uang komite {Rp50-100}/bulan. Bendahara komite minta transfer ke rekening pribadi BRI [[b:{rkbri2}]] a.n. [[n:{n2}]], bukan ke rekening komite di surat edaran ({smprek1}). Kuitansi juga tidak diberikan. Mohon Dinas Pendidikan memeriksa. Saya bisa dihubungi di [[p:{hp1}]].
Lokasi: {smp1}, {smpjl1}
""",
    ),
    T(
        "fee_complaint",
        "neighbourhood",
        """
YTH BPK LURAH {KEL1}. SY [[n:{N1}]] WARGA [[a:RT {rtn1} RW {rwn1}]] MAU LAPOR KETUA RT SY [[n:{N2}]] PUNGUT IURAN SAMPAH {Rp30-40} PER BULAN TAPI SAMPAH SONDE PERNAH DIANGKUT SUDAH 3 BULAN. TANYA DIA BILANG UANG SU SETOR KE KELURAHAN. NO HP DIA [[p:{hp2}]]. MOHON DICEK. TRIMS
""",
    ),
    T(
        "fee_complaint",
        "cooperative",
        """
Kepada Yth. Dinas Koperasi dan UKM Kota Kupang

Saya [[n:{n1}]], anggota {kop1} dengan No. BA {noba1}. Pinjaman saya sudah lunas tanggal {tgl1} (ada bukti setor No. {kwit1}), tetapi kolektor atas nama [[n:{n2}]] masih datang tagih ke rumah saya di [[a:{adr1}]] dan kirim pesan ancaman dari nomor [[p:{hp2}]]. Kantor koperasi di {koptel1} tidak pernah angkat.
Mohon bantuan mediasi. HP saya [[p:{hp1}]].
""",
    ),
    T(
        "fee_complaint",
        "health",
        """
Komentar di postingan Kelurahan {psyplace1}:
[[n:{s1}]]: Maaf pak lurah, dana PMT Posyandu {psy1} bulan lalu katanya {Rp900-1500} tapi anak-anak cuma dapat bubur kacang hijau 2 kali. Kader [[n:{n2}]] bilang uang dipegang ketua. Nomor posyandu {psywa1} sonde pernah balas. Sa pung nomor [[p:{hp1}]] kalau mau konfirmasi.
Kelurahan {psyplace1}: Terima kasih masukannya mama, akan kami cek ke Puskesmas {pkm1}. Info lanjut hubungi kantor kelurahan {otel1}.
""",
        F=(1, 2),
    ),
    T(
        "fee_complaint",
        "school",
        """
Selamat siang. Mau lapor {sma1} minta uang perpisahan kelas XII {Rp350-750} per siswa, padahal sudah ada dana BOS. Yang tidak bayar katanya ijazah ditahan. Wali kelas anak saya, Ibu [[n:{n1}]] ([[p:{hp1}]]), bilang itu keputusan komite. Ketua komite Bpk. [[n:{n2}]] juga sonde mau kasih rincian. Saya [[n:{n3}]], HP [[p:{hp3}]].
""",
    ),
    T(
        "fee_complaint",
        "village",
        """
Laporan warga Desa {bumplace1}, Kabupaten Kupang
Dana penyertaan modal BUMDes tahun {thl1} sebesar {rpk1} tidak jelas. Direktur BUMDes, Sdr. [[n:{n1}]], memindahkan dana dari rekening BUMDes ({bumrek1}) ke rekening pribadinya «BRI [[b:{rkbri1}]]¦BNI [[b:{rkbni1}]]» a.n. [[n:{n1}]] tanpa musyawarah desa. Unit usaha air bersih dan simpan pinjam sudah berhenti sejak bulan {bln1}.
Kami warga minta Inspektorat periksa. Kontak pelapor: [[n:{n2}]] [[p:{hp2}]] (tokoh masyarakat Dusun «I¦II¦III»).
""",
    ),
    T(
        "fee_complaint",
        "cooperative",
        """
Pak Polisi, tolong. Ketua arisan kami, [[n:{n1}]], bawa lari uang arisan {jt15-60} dari «12¦15¦20¦24» peserta. Nomor dia [[p:{hp1}]] su sonde aktif sejak {tgl1}. Rumahnya di [[a:{adr1}]] kosong, keluarga bilang dia ke Atambua. Kami su lapor ke SPKT, tapi belum ada kabar. Sa [[n:{n2}]], salah satu peserta, HP [[p:{hp2}]].
""",
    ),
    T(
        "fee_complaint",
        "farmers_fishers",
        """
Kepada Yth. Dinas Pertanian Kabupaten Kupang

Saya [[n:{n1}]], NIK [[nik:{nik1}]], anggota {tni1} di Desa {tniplace1}. Ketua kelompok, Bpk. [[n:{n2}]], jual pupuk subsidi ke anggota {Rp150-200}/sak padahal HET Rp 112.500/sak. Nama saya ada di RDKK tetapi jatah saya diberikan ke orang lain. Kartu Tani saya {kartutani1} juga tidak pernah dipakai.
HP/WA: [[p:{hp1}]]
""",
        R="5301",
    ),
    T(
        "fee_complaint",
        "neighbourhood",
        """
Keluhan pelayanan Kantor Kelurahan {kel1}: Saya urus surat keterangan tidak mampu untuk anak saya daftar KIP Kuliah. Staf kelurahan bernama [[n:{n1}]] minta uang {Rp50-100} «supaya cepat¦untuk 'uang map'» dan suruh transfer ke DANA [[p:{hp1}]]. Padahal di papan pengumuman tertulis GRATIS. Nomor pengaduan kelurahan {owa1} sonde balas.
Pelapor: [[n:{n2}]], warga [[a:RT {rtn1}/RW {rwn1}]], HP [[p:{hp2}]]
""",
    ),
    T(
        "fee_complaint",
        "health",
        """
Saya mau lapor, mobil dinas Puskesmas {pkm1} [[pl:{pl1}]] dipakai «antar jemput anak sekolah¦angkut barang jualan¦ke pesta nikah» setiap hari, sopirnya [[n:{n1}]]. Sementara pasien rujukan dari kampung kami harus cari oto sendiri bayar {Rp250-400}. Foto ada. Sa [[n:{n2}]], HP [[p:{hp2}]], warga [[a:{rt2}]] Kel. {kel1}.
""",
    ),
    # without personal data
    T(
        "fee_complaint",
        "school",
        """
Judul: Pungutan uang komite di {smp1}
Isi Laporan: Kami orang tua siswa keberatan dengan pungutan {Rp75-150} per bulan yang diwajibkan komite sejak {bln1} {thn1}. Rekening komite {smprek1}. Nomor sekolah {smptel1} tidak aktif. Mohon ditindaklanjuti.
Pelapor: Dirahasiakan
Nomor tiket: {tiket1}
Tanggal: {tgl1}
""",
    ),
    T(
        "fee_complaint",
        "neighbourhood",
        """
Iuran sampah RT {rtn1} Kel. {kel1} naik dr {Rp15-20} jd {Rp30-40} tanpa rapat. Kuitansi no {kwit1} tulis bayar 3 bulan padahal sdh bayar 4 bulan ({Rp120-160}). Mohon kelurahan panggil pengurus. Tiket {tiket1}, {tgl1}.
""",
    ),
    T(
        "fee_complaint",
        "cooperative",
        """
{KOP1} pasang jasa 4 % per bulan untuk pinjaman harian, padahal di brosur tulis 1,5 %. Kantor di {kopjl1}, telp {koptel1}, WA {kopwa1}. BH {kopno1}. Total jasa yang sudah dibayar {rpb1} untuk pinjaman {jt5-10}. Mohon Diskop cek izin koperasi ini. (pelapor anonim, tiket {tiket1})
""",
    ),
    T(
        "fee_complaint",
        "school",
        """
Tanggapan Inspektorat Daerah Kota Kupang atas laporan {tiket1}:
Laporan Saudara tentang pungutan di {sd1} (NPSN {sdno1}) sudah kami teruskan ke Dinas Pendidikan dengan surat No. {suratdin1} tanggal {tgl1}. Hasil klarifikasi: pungutan dihentikan dan dana {rpb1} dikembalikan lewat rekening komite {sdrek1}. Untuk informasi lanjut hubungi {otel1} atau WA {owa1}.
""",
    ),
    T(
        "fee_complaint",
        "scam_fraud",
        """
Sy mau lapor penipuan. Ada nomor {scam1} WA sy, ngaku bendahara sekolah {sd1}, bilang anak sy dapat beasiswa {Rp750-1500} tapi harus bayar admin dulu {Rp150-250}. Sy su transfer 2x. Skrg nomor itu blokir sy. Nomor lain {scam2} juga kirim pesan sama ke mama-mama lain. Kejadian tgl {tgl1}.
""",
    ),
]

# ---------------------------------------------------------------- email_thread
TEMPLATES += [
    T(
        "email_thread",
        "school",
        """
From: Tata Usaha {smp1} <{smpmail1}>
To: [[n:{n1}]] <[[e:{emp1}]]>
Date: {hari1} {hm1}
Subject: Konfirmasi mutasi siswa a.n. [[n:{n2}]]

Yth. «Bapak¦Ibu» [[n:{n1}]],
Berkas mutasi ananda [[n:{g2}]] sudah kami terima. Surat keterangan pindah akan ditandatangani kepala sekolah hari {dname2}. Mohon bawa rapor asli ke ruang TU.

Salam,
[[n:{n3}]], S.Pd
Kepala {smp1}
HP [[p:{hp3}]]
""",
        A={2: (12, 15)},
        fam={2: 1},
    ),
    T(
        "email_thread",
        "cooperative",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Bank NTT Cabang Utama <cs.kcu@bankntt.co.id>
Subject: Re: Pengajuan kredit modal kerja {kop1}

Selamat siang Bapak/Ibu,
Terlampir dokumen tambahan: akta pendirian, NPWP koperasi {kopnpwp1}, laporan RAT tahun buku {thl1} dan rekening koran {koprek1}. Untuk jadwal survei lapangan, silakan hubungi sekretaris kami, [[n:{n2}]], di [[p:{hp2}]].

Hormat saya,
[[n:{n1}]]
Ketua {kop1}

Pada {hari1} {hm1}, Analis Kredit Bank NTT <kredit.kupang@bankntt.co.id> menulis:
> Mohon dilengkapi NPWP koperasi dan laporan keuangan 2 tahun terakhir.
""",
    ),
    T(
        "email_thread",
        "school",
        """
From: Komite {sd1} <{sdkmail1}>
To: paguyuban.ortu.kupang@googlegroups.com
Subject: Laporan penggunaan dana komite semester «I¦II»

Yth. Bapak/Ibu orang tua siswa,
Terlampir laporan penggunaan dana komite periode {bln1} {thn1}: penerimaan {jt20-40}, pengeluaran {jt5-15}, saldo di rekening komite {sdrek1}.
Pertanyaan dapat disampaikan langsung kepada saya.

Salam,
[[n:{n1}]]
Sekretaris Komite
WA [[p:{hp1}]]
""",
    ),
    T(
        "email_thread",
        "congregation",
        """
From: Majelis Jemaat GMIT {grj1} <{grjmail1}>
To: "Pdt. [[n:{n1}]]" <[[e:{emp1}]]>
Cc: Pnt. [[n:{n2}]] <[[e:{emp2}]]>
Subject: Jadwal pelayanan bulan {blnn1}

Syalom Bapak/Ibu Pendeta,
Terlampir jadwal pelayanan ibadah Minggu dan ibadah rayon bulan {blnn1}, serta daftar nyanyian ({kj1}, {kj2}). Mohon koreksi sebelum {tgl2}. Naskah warta tetap dikirim ke {grjpmail1}.

Salam,
Sekretariat Majelis Jemaat
Telp. {grjtel1}
""",
        rel="c",
    ),
    T(
        "email_thread",
        "foundation",
        """
From: Yayasan {PAN1} <{panmail1}>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Ucapan terima kasih atas donasi

Yth. «Bapak¦Ibu» [[n:{n1}]],
Donasi sebesar {rpb1} yang Bapak/Ibu transfer ke rekening yayasan {panrek1} pada {tgl1} sudah kami terima dan digunakan untuk biaya sekolah anak-anak panti. Laporan penggunaan dana kami lampirkan; NPWP yayasan {pannpwp1}.

Tuhan memberkati,
[[n:{n2}]]
Ketua Yayasan {pan1}
""",
        rel="c",
    ),
    T(
        "email_thread",
        "health",
        """
From: Puskesmas {pkm1} <{pkmmail1}>
To: Koordinator Kader <{psypmail1}>
Cc: [[n:{n1}]] <[[e:{emp1}]]>, [[n:{n2}]] <[[e:{emp2}]]>
Subject: Undangan refreshing kader {bln1} {thn1}

Yth. kader posyandu,
Refreshing kader dilaksanakan {hari1} jam 08.00 di aula puskesmas. Uang transport {Rp50-100}/orang. Konfirmasi kehadiran ke bidan koordinator, [[n:{n3}]], WA [[p:{hp3}]].

Salam,
Tim Promkes Puskesmas {pkm1}
""",
        F=(1, 2, 3),
    ),
    T(
        "email_thread",
        "congregation",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
To: Panitia Beasiswa Diakonia <{grjmail1}>
Subject: Berkas beasiswa anak kami

Selamat malam panitia,
Bersama ini kami kirim berkas beasiswa untuk anak kami [[n:{n2}]], mahasiswa «Undana¦Politeknik Negeri Kupang¦Unwira¦UKAW» NIM {nim1}: KTM, KHS semester «2¦4¦6», surat keterangan tidak mampu dan rekening atas nama anak, BNI [[b:{rkbni2}]].

Terima kasih,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
        rel="c",
        orig={1: FAM},
        U=(2,),
        fam={2: 1},
    ),
    T(
        "email_thread",
        "social_aid",
        """
From: Panitia Beasiswa Pemkot Kupang <beasiswa.pemkot.kupang@gmail.com>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Verifikasi data penerima Beasiswa Kota Kupang {thn1}

Yth. Sdr/i [[n:{n1}]],
Mohon periksa data berikut dan balas email ini bila ada yang salah:
Nama     : [[n:{N1}]]
NIK      : [[nik:{nik1}]]
NIM      : {nim1}
Kampus   : «Universitas Nusa Cendana¦Politeknik Negeri Kupang¦Universitas Katolik Widya Mandira»
Rekening : Bank NTT [[b:{rkntt1}]] a.n. [[n:{N1}]]
Sanggahan ke WA {owa1} paling lambat {tgl2}.
""",
        U=(1,),
    ),
    T(
        "email_thread",
        "congregation",
        """
---------- Forwarded message ---------
Dari: Sekretariat Klasis Kota Kupang <klasis.kotakupang@gmail.com>
Tanggal: {hari1}
Perihal: Naskah renungan Minggu Sengsara

Yth. para pendeta jemaat,
Naskah renungan Minggu Sengsara ke-«2¦3¦4» ditulis oleh Pdt. [[n:{n1}]]. Masukan dan koreksi kirim langsung ke email beliau: [[e:{emx1}]] atau WA [[p:{hp1}]].
Penulis berikut: Pdt. [[n:{n2}]] ([[e:{em2}]]).
Salam, Sekretariat Klasis
""",
        rel="c",
    ),
    T(
        "email_thread",
        "school",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Bendahara BOS {sd1} <{sdbmail1}>
Subject: Re: Permintaan NPWP untuk potongan PPh 21 honor

Selamat pagi Ibu Bendahara,
Ini punya saya: [[npwp:{npn1}]] (NIK saya yang sudah jadi NPWP). NITKU saya [[npwp:{npt1}]].

Salam,
[[n:{n1}]]

Pada {hari1} {hm1}, Bendahara BOS {sd1} <{sdbmail1}> menulis:
> Mohon Bapak/Ibu guru honor mengirim NPWP paling lambat {tgl2}. NPWP bendahara sekolah {npbend1}.
""",
    ),
    # without personal data
    T(
        "email_thread",
        "health",
        """
From: Puskesmas {pkm1} <{pkmmail1}>
To: Instalasi Farmasi Kota Kupang <ifk.kotakupang@gmail.com>
Subject: Permintaan obat bulan {bln1}

Lampiran LPLPO No. {suratpkm1}. Permintaan: parasetamol 500 mg {big1}0 tablet, amoksisilin 500 mg {big2}0 kapsul, oralit {big3} sachet.
Kontak: apotek puskesmas {pkmtel1}.
Message-ID: <{otp1}.{otp2}@mail.gmail.com>
""",
    ),
    T(
        "email_thread",
        "school",
        """
From: Bidang Pembinaan SD Dinas P dan K Kota Kupang <bidang.sd.kotakupang@gmail.com>
To: kepsek-sd-kotakupang@googlegroups.com
Subject: Pengiriman data sarpras sekolah (batas {tgl2})

Yth. Kepala SD se-Kota Kupang,
Sekolah yang belum mengirim data sarpras: NPSN {npsn1}, {npsn2}, {npsn3}, {npsn4}. Data dikirim ke email bidang atau lewat operator sekolah masing-masing. Surat No. {suratdin1}.
Pertanyaan: {otel1} (jam kerja).
""",
    ),
    T(
        "email_thread",
        "cooperative",
        """
Subject: Auto-reply: Terima kasih sudah menghubungi {KOP1}

Email ini dibaca pada jam kerja (Senin–Jumat 08.00–16.00). Untuk pembayaran angsuran gunakan rekening {koprek1} a.n. {kop1}. Layanan anggota: {koptel1} / WA {kopwa1}. Badan hukum {kopno1}.
--
{kopmail1}
""",
    ),
    T(
        "email_thread",
        "health",
        """
From: Forum Kader Posyandu Kota Kupang <forum-kader-posyandu-kupang@googlegroups.com>
To: forum-kader-posyandu-kupang@googlegroups.com
Subject: [Forum Kader] Jadwal bulan penimbangan {bln1}

Bulan penimbangan serentak {tgl1} s/d {tgl3}. Format laporan kirim ke {pkmmail1} dan {pkmmail2}. Pertanyaan teknis: admin forum {owa1}.
--
Anda menerima pesan ini karena berlangganan grup Forum Kader Posyandu Kota Kupang.
Message-ID: <{otp1}.{otp2}-{num1}@googlegroups.com>
""",
    ),
    T(
        "email_thread",
        "congregation",
        """
From: Sekretariat Majelis Sinode GMIT <sekretariat.sinodegmit@gmail.com>
To: {grjmail1}; {grjmail2}; {grjmail3}
Subject: Surat edaran No. {suratgrj1}

Yth. Majelis Jemaat se-Klasis Kota Kupang,
Persembahan Bulan Pelayanan dan Kesaksian disetor ke rekening Sinode {rekntt1} paling lambat {tgl2}. Tema: "Gereja yang melayani" ({ayat1}). Informasi: {otel1}.
""",
    ),
]

# ---------------------------------------------------------------- directory
TEMPLATES += [
    T(
        "directory",
        "neighbourhood",
        """
DAFTAR KETUA RT/RW KELURAHAN {KEL1} PERIODE «2023–2026¦2024–2027¦2025–2028»
Jabatan | Nama | No. HP
Ketua RW 01 | [[n:{n1}]] | [[p:{hp1}]]
Ketua RT 001 | [[n:{n2}]] | [[p:{hp2}]]
Ketua RT 002 | [[n:{n3}]] | [[p:{hp3}]]
Ketua RT 003 | [[n:{n4}]] | [[p:{hp4}]]
Kantor Lurah | - | {otel1}
Sekretariat LPM | - | {owa1}
""",
    ),
    T(
        "directory",
        "health",
        """
DATA POSYANDU WILAYAH KERJA PUSKESMAS {PKM1}
Posyandu | Koordinator Kader | HP Koordinator | WA Posyandu
{psy1} | [[n:{n1}]] | [[p:{hp1}]] | {psywa1}
{psy2} | [[n:{n2}]] | [[p:{hp2}]] | {psywa2}
{psy3} | [[n:{n3}]] | [[p:{hp3}]] | -
Email laporan bulanan: {pkmmail1}
""",
        F=(1, 2, 3),
    ),
    T(
        "directory",
        "congregation",
        """
SUSUNAN MAJELIS JEMAAT HARIAN GMIT {GRJ1} PERIODE 2023–2027
Ketua        : Pdt. [[n:{n1}]], S.Th — HP [[p:{hp1}]] — email [[e:{emp1}]]
Wakil Ketua  : Pnt. [[n:{n2}]] — HP [[p:{hp2}]]
Sekretaris   : Pnt. [[n:{n3}]] — HP [[p:{hp3}]]
Bendahara    : Dkn. [[n:{n4}]] — HP [[p:{hp4}]] — telp rumah [[p:{tr4}]]
Kantor jemaat: {grjtel1} · email {grjmail1} · {grjjl1}
Rekening Majelis Jemaat: {grjrek1}
""",
        rel="c",
    ),
    T(
        "directory",
        "cooperative",
        """
REGISTER KOPERASI AKTIF KECAMATAN {KEC1}
No | Nama Koperasi | No. Badan Hukum | Ketua | HP Ketua | NPWP Koperasi
1 | {kop1} | {kopno1} | [[n:{n1}]] | [[p:{hp1}]] | {kopnpwp1}
2 | {kop2} | {kopno2} | [[n:{n2}]] | [[p:{hp2}]] | {kopnpwp2}
3 | {kop3} | {kopno3} | [[n:{n3}]] | [[p:{hp3}]] | -
""",
    ),
    T(
        "directory",
        "school",
        """
DIREKTORI SEKOLAH DASAR GUGUS «I¦II¦III¦IV» KECAMATAN {KEC1}
Sekolah | NPSN | Kepala Sekolah | HP Kepsek | Email Sekolah | Email Kepsek
{sd1} | {sdno1} | [[n:{n1}]] | [[p:{hp1}]] | {sdmail1} | [[e:{emgsd1}]]
{sd2} | {sdno2} | [[n:{n2}]] | [[p:{hp2}]] | {sdmail2} | [[e:{emgsd2}]]
{sd3} | {sdno3} | [[n:{n3}]] (Plt.) | [[p:{hp3}]] | {sdmail3} | [[e:{emp3}]]
""",
    ),
    T(
        "directory",
        "farmers_fishers",
        """
DATA KELOMPOK TANI BINAAN BPP KECAMATAN «KUPANG TENGAH¦KUPANG TIMUR¦TAEBENU»
Kelompok | Ketua | NIK Ketua | HP | Jumlah Anggota
{tni1} | [[n:{N1}]] | [[nik:{nik1}]] | [[p:{hp1}]] | {num1}
{tni2} | [[n:{N2}]] | [[nik:{nik2}]] | [[p:{hp2}]] | {num2}
{tni3} | [[n:{N3}]] | [[nik:{nik3}]] | [[p:{hp3}]] | {num3}
Penyuluh pertanian lapangan: {owa1}
""",
        R="5301",
    ),
    T(
        "directory",
        "youth_women",
        """
PROFIL LEMBAGA KEMASYARAKATAN KELURAHAN {KEL1}
- LPM: Ketua [[n:{n1}]] ([[p:{hp1}]])
- TP PKK: Ketua Ibu [[n:{n2}]] ([[p:{hp2}]]), sekretariat di kantor kelurahan {otel1}
- Karang Taruna: Ketua [[n:{n3}]] ([[p:{hp3}]])
- Posyandu: {num1} pos, koordinator kader Ibu [[n:{n4}]]
- Linmas: {num2} anggota, pos jaga {owa1}
""",
    ),
    T(
        "directory",
        "foundation",
        """
DATA LKSA (PANTI ASUHAN) KOTA KUPANG
Nama LKSA | Alamat | Pengasuh | HP Pengasuh | Jumlah Anak
{pan1} | {panjl1} | [[n:{n1}]] | [[p:{hp1}]] | {num1}
{pan2} | {panjl2} | [[n:{n2}]] | [[p:{hp2}]] | {num2}
{pan3} | {panjl3} | [[n:{n3}]] | [[p:{hp3}]] | {num3}
""",
    ),
    T(
        "directory",
        "neighbourhood",
        """
KONTAK PENTING WARGA RT {rtn1}/RW {rwn1}
Ketua RT: Bpk. [[n:{n1}]] [[p:{hp1}]]
Sekretaris RT: [[n:{n2}]] [[p:{hp2}]]
Linmas: [[n:{n3}]] [[p:{hp3}]]
Pos kamling: {owa1} (pos jaga)
Bhabinkamtibmas: {owa2}
Puskesmas {pkm1}: {pkmtel1}
Ambulans/Damkar: 112
""",
    ),
    T(
        "directory",
        "village",
        """
REKAP DATA BUMDES KECAMATAN «KUPANG TENGAH¦KUPANG TIMUR¦TAEBENU» (verifikasi penyertaan modal)
BUMDes | NPWP BUMDes | Direktur | NPWP Direktur | HP Direktur
{bum1} | {bumnpwp1} | [[n:{n1}]] | [[npwp:{npd1}]] | [[p:{hp1}]]
{bum2} | {bumnpwp2} | [[n:{n2}]] | [[npwp:{npn2}]] | [[p:{hp2}]]
{bum3} | - | [[n:{n3}]] | belum ada | [[p:{hp3}]]
""",
    ),
    # without personal data
    T(
        "directory",
        "health",
        """
Instansi | Alamat | Telepon | Email
Puskesmas {pkm1} | {pkmjl1} | {pkmtel1} | {pkmmail1}
Puskesmas {pkm2} | {pkmjl2} | {pkmtel2} | {pkmmail2}
Kantor Camat {kec1} | {jlno1} | {otel1} | -
Dinas Sosial Kota Kupang | {jlno2} | {otel2} | -
""",
    ),
    T(
        "directory",
        "school",
        """
Sekolah | NPSN | Alamat | Telp | Email
{smp1} | {smpno1} | {smpjl1} | {smptel1} | {smpmail1}
{smp2} | {smpno2} | {smpjl2} | {smptel2} | {smpmail2}
{sma1} | {smano1} | {smajl1} | {smatel1} | {smamail1}
""",
    ),
    T(
        "directory",
        "cooperative",
        """
Nama Koperasi | Badan Hukum | NPWP | Rekening | Anggota
{kop1} | {kopno1} | {kopnpwp1} | {koprek1} | {big1}
{kop2} | {kopno2} | {kopnpwp2} | {koprek2} | {big2}
{kop3} | {kopno3} | {kopnpwp3} | {koprek3} | {big3}
""",
    ),
    T(
        "directory",
        "health",
        """
Posyandu | Hari | Jam | WA
{psy1} | {dname1} minggu I | 08.00 | {psywa1}
{psy2} | {dname2} minggu II | 08.30 | {psywa2}
{psy3} | {dname3} minggu III | 08.00 | {psywa3}
{psy4} | {dname4} minggu IV | 09.00 | {psywa4}
""",
    ),
    T(
        "directory",
        "congregation",
        """
DAFTAR KANTOR JEMAAT GMIT (sebagian)
Jemaat | Alamat | Telp kantor | Email
{grj1} | {grjjl1} | {grjtel1} | {grjmail1}
{grj2} | {grjjl2} | {grjtel2} | {grjmail2}
{grj3} | {grjjl3} | {grjtel3} | {grjmail3}
""",
    ),
]

# ---------------------------------------------------------------- aid_list
TEMPLATES += [
    T(
        "aid_list",
        "village",
        """
DAFTAR KELUARGA PENERIMA MANFAAT BLT DANA DESA TAHAP «I¦II» TAHUN {thn1}
DESA {VIL1}, KECAMATAN «KUPANG TENGAH¦KUPANG TIMUR¦TAEBENU»
No | Nama | NIK | Alamat | Ket
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[a:{rt1}]] | lansia
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[a:{rt2}]] | disabilitas
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[a:{rt3}]] | -
4 | [[n:{N4}]] | [[nik:{nik4}]] | [[a:{rt4}]] | janda
Besaran Rp 300.000/bulan, dibayar tunai di kantor desa {tgl1}.
""",
        E=(1,),
        F=(4,),
        R="5301",
    ),
    T(
        "aid_list",
        "social_aid",
        """
VERIFIKASI KPM PKH – KELURAHAN {KEL1}
ID DTKS | Nama Pengurus | NIK | No. KKS | Rekening KKS BNI
{dtks1} | [[n:{N1}]] | [[nik:{nik1}]] | {kks1} | [[b:{rkbni1}]]
{dtks2} | [[n:{N2}]] | [[nik:{nik2}]] | {kks2} | [[b:{rkbni2}]]
{dtks3} | [[n:{N3}]] | [[nik:{nik3}]] | {kks3} | [[b:{rkbni3}]]
Pendamping PKH kelurahan: Sdri. [[n:{n4}]], HP [[p:{hp4}]]
""",
        F=(1, 2, 3),
    ),
    T(
        "aid_list",
        "social_aid",
        """
PENERIMA BEASISWA PEMERINTAH KOTA KUPANG TAHUN {thn1} (sebagian)
No | Nama | NIK | Kampus | No. Rekening Bank NTT
1 | [[n:{N1}]] | [[nik:{nik1}]] | Undana | [[b:{rkntt1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | Politani | [[b:{rkntt2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | Unwira | [[b:{rkntt3}]]
Sanggahan: WA {owa1} atau email beasiswa.kotakupang@gmail.com paling lambat {tgl2}.
""",
        U=(1, 2, 3),
    ),
    T(
        "aid_list",
        "school",
        """
DAFTAR SISWA PENERIMA PIP {SD1} TAHAP «I¦II» {thn1}
No | Nama Siswa | NISN | Kelas | Nama Ibu Kandung
1 | [[n:{N1}]] | {nisn1} | 3 | [[n:{N2}]]
2 | [[n:{N3}]] | {nisn2} | 5 | [[n:{N4}]]
3 | [[n:{N5}]] | {nisn3} | 6 | [[n:{N6}]]
Pencairan di BRI Unit {kel1}, bawa KIP dan buku tabungan SimPel.
""",
        A={1: (8, 9), 3: (10, 11), 5: (11, 12)},
        F=(2, 4, 6),
    ),
    T(
        "aid_list",
        "social_aid",
        """
Daftar lansia penerima bantuan sembako Diakonia RT {rtn1}
1. Oma [[n:{n1}]] ({age1} thn) – NIK [[nik:{nik1}]]
2. Opa [[n:{n2}]] ({age2} thn) – NIK [[nik:{nik2}]]
3. Oma [[n:{n3}]] ({age3} thn) – BPJS [[bpjs:{bpjs3}]]
Pengantaran hari {dname1} oleh pemuda. Koordinator: [[n:{n4}]] ([[p:{hp4}]])
""",
        rel="c",
        E=(1, 2, 3),
    ),
    T(
        "aid_list",
        "congregation",
        """
PEMBAGIAN SEMBAKO DIAKONIA JEMAAT {GRJX1}
Rayon 1: Mama [[n:{g1}]], Bapa [[n:{n2}]]
Rayon 2: Oma [[n:{n3}]], Kel. [[n:{f4}]]
Rayon 3: Tanta [[n:{g5}]]
Paket berisi beras 10 kg, minyak 2 L, gula 1 kg, telur 1 rak. Diambil di konsistori hari {dname1} jam 16.00.
Koordinator diakonia: Dkn. [[n:{n6}]] [[p:{hp6}]]
""",
        rel="c",
        E=(3,),
        orig={4: FAM},
    ),
    T(
        "aid_list",
        "social_aid",
        """
PENGUMUMAN HASIL MUSYAWARAH KELURAHAN (MUSKEL) DTKS KEL. {KEL1}
Daftar calon penerima bantuan sosial yang diusulkan dapat dilihat di papan pengumuman kantor kelurahan mulai {tgl1}.
Sanggahan: WA {owa1} (jam kerja) atau datang langsung.
Untuk konsultasi, pendamping PKH kelurahan, Sdri. [[n:{n1}]], melayani di kantor kelurahan tiap Selasa dan Kamis; nomor pendamping [[p:{hp1}]].
TKSK Kecamatan {kec1}: {owa2}
""",
    ),
    T(
        "aid_list",
        "school",
        """
DATA CALON PENERIMA KIP KULIAH – {SMA1}
Nama Siswa      : [[n:{N1}]]
NISN            : {nisn1}
NIK             : [[nik:{nik1}]]
No. KK          : [[kk:{kk1}]]
Nama Ayah       : [[n:{N2}]] (almarhum)
Nama Ibu        : [[n:{N3}]]
Pekerjaan Ibu   : «penjual sayur¦penenun¦buruh cuci»
Penghasilan     : < Rp 1.000.000
HP Ortu         : [[p:{hp3}]]
Email siswa     : [[e:{emp1}]]
Alamat          : [[a:{adr3}]]
No. KIP         : {kip1}
""",
        A={1: (17, 18)},
        fam={1: 2},
        F=(3,),
        M=(2,),
    ),
    T(
        "aid_list",
        "farmers_fishers",
        """
DAFTAR PENERIMA BANTUAN PERAHU DAN ALAT TANGKAP {thn1}
Dinas Kelautan dan Perikanan Kota Kupang
No | Nama | NIK | Kelompok | No. KUSUKA
1 | [[n:{N1}]] | [[nik:{nik1}]] | {nel1} | {kusuka1}
2 | [[n:{N2}]] | [[nik:{nik2}]] | {nel1} | {kusuka2}
3 | [[n:{N3}]] | [[nik:{nik3}]] | {nel2} | {kusuka3}
Penyerahan di TPI Oeba, {hari1} jam 09.00.
""",
        M=(1, 2, 3),
        orig={
            1: ("sabu", "buton", "bugis", "rote"),
            2: ("sabu", "buton", "rote", "alor"),
            3: ("sabu", "bugis", "rote", "timor"),
        },
    ),
    T(
        "aid_list",
        "social_aid",
        """
DAFTAR PENERIMA BANTUAN SUBSIDI BBM OJEK PANGKALAN KEL. {KEL1}
No | Nama | NIK | Nopol | Pangkalan
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[pl:{pl1}]] | Pasar «Oeba¦Kasih¦Oebobo»
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[pl:{pl2}]] | Simpang «Oesapa¦Lasiana¦Penfui»
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[pl:{pl3}]] | depan «RSUD¦Terminal Kupang¦Undana»
Bantuan {Rp300-600}/bulan ditransfer ke rekening masing-masing. Info: Dinas Perhubungan {otel1}.
""",
        M=(1, 2, 3),
    ),
    # without personal data
    T(
        "aid_list",
        "social_aid",
        """
KUOTA BANTUAN PANGAN BERAS {thn1} – KEL. {KEL1}
RT 01: {num1} KPM | RT 02: {num2} KPM | RT 03: {num3} KPM | RT 04: {num4} KPM
Penyaluran {tgl1} di kantor kelurahan jam 08.00–14.00. Bawa KTP dan KK asli. Info: {otel1}.
""",
    ),
    T(
        "aid_list",
        "social_aid",
        """
PENDAFTARAN BEASISWA KOTA KUPANG {thn1}
Syarat: mahasiswa aktif semester 2–6, IPK minimal 3,00, surat keterangan tidak mampu dari kelurahan.
Pendaftaran {tgl1}–{tgl3} lewat email beasiswa.kotakupang@gmail.com.
Kuota {big1} mahasiswa, bantuan {Rp3000-6000} per semester.
Informasi: WA {owa1} / {otel1}
SK Wali Kota No. {suratdin1}
""",
    ),
    T(
        "aid_list",
        "school",
        """
REKAP PENYALURAN PIP PER SEKOLAH – KECAMATAN {KEC1}
NPSN | Sekolah | Siswa | Nominal per siswa
{sdno1} | {sd1} | {num1} | Rp 450.000
{sdno2} | {sd2} | {num2} | Rp 450.000
{smpno1} | {smp1} | {num3} | Rp 750.000
Data per {tgl1}, sumber SIPINTAR.
""",
    ),
    T(
        "aid_list",
        "social_aid",
        """
JADWAL PENYALURAN BPNT KELURAHAN {KEL1}
{hari1}: RT 01–RT 06
{hari2}: RT 07–RT 12
{hari3}: RT 13–RT {rtn1}
Tempat: e-Warong dekat kantor kelurahan, jam 08.00–15.00. Bawa KKS dan KTP. Kendala kartu: BNI {otel1} atau 1500046.
""",
    ),
    T(
        "aid_list",
        "scam_fraud",
        """
WASPADA! Beredar pesan berantai "pendaftaran bansos PKH online" dari nomor {scam1} dan {scam2} yang mengaku petugas Dinas Sosial dan minta foto KTP, KK serta kode OTP. Dinas Sosial Kota Kupang tidak pernah memungut biaya. Pengaduan resmi: {otel1} / WA {owa1}. Update {tgl1}.
""",
    ),
]


if __name__ == "__main__":
    main()
