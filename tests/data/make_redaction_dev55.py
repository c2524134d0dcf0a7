# ruff: noqa: E501, T201, PLR0911, PLR0912, N802, N803, RUF001, PERF401
"""Write tests/data/redaction_dev55.jsonl: whose NPWP and NIK it is, in every writing.

A person's NPWP and NIK written every way people, offices and scanners write them (the old 15
digits dotted, spaced, in one block or as a scan reads them, the same with a ``0`` before it, the
NIK used as the NPWP, the NITKU, a number given in the turn after a question, corrected and
repeated), beside the NPWPs of bodies (companies, cooperatives, foundations, churches, schools,
offices' treasurers), withholding slips, NIBs, NPSNs, invoices and amounts. Ten styles: tax
offices' replies and Coretax messages, forms and registrations, chats with a treasurer or a
clerk, e-mail threads, OCR'd scans, registers and lists, complaints, bodies' letters, call-centre
transcripts and Kupang Malay chats.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{npd1}``,
``{npx}`` ...) and alternatives (``«one¦other»``, one drawn per filling), each filled five times
with invented values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev55.py`` (standard library only, deterministic);
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

SEED = 55_2026_0412
OUT = Path(__file__).with_name("redaction_dev55.jsonl")
PREFIX = "d55"
FILLS = 5

# marker word -> kind
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
    "tax_office",  # KPP replies, Coretax inbox messages, SP2DK-like letters to persons
    "form",  # registration forms with identity blocks
    "clerk_chat",  # WhatsApp chats where a treasurer, an official or a clerk asks for numbers
    "email_thread",  # mail threads with quoted and forwarded identity data
    "ocr_scan",  # scanned or photographed documents read by OCR
    "register",  # lists and tables of people's numbers beside lists of bodies' numbers
    "complaint",  # LAPOR!, SMS and web complaints about a wrong, double or missing NPWP
    "body_letter",  # letters of businesses, cooperatives, foundations, churches and offices
    "call_log",  # call-centre transcripts: Kring Pajak, helpdesks, banks
    "kupang_chat",  # family and neighbours' chats in Kupang Malay
)
SCANNED = {"ocr_scan"}  # a digit may stand for a letter in a name, a name may cross a line
THEMES = (
    "npwp_nik",  # pemadanan, the NIK as the NPWP, NITKU, a wrong or double NPWP
    "honorarium",  # honoraria of teachers, speakers, cadres, village officials
    "scholarship",  # scholarships and study aid
    "social_aid",  # social aid, BLT, PKH
    "procurement",  # suppliers, sole traders, invoices, tax invoices
    "licensing",  # OSS, NIB, business licences
    "bank_loan",  # KUR and other loans
    "refund_slip",  # restitution, withholding slips, SPT
    "organisation",  # cooperatives, foundations, churches, their boards
    "property",  # land, houses, vehicles, PBB and BPHTB
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 6,
    "npwp": 250,
    "nik": 120,
    "phone": 120,
    "name": 500,
    "themes": 10,
}
# words that may stand before a name but never open its span
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "pdt",
    "pnt", "dkn", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa",
    "nona", "kak", "kaka", "ade", "adik", "yth", "saudara", "saudari", "ketua", "kepala", "petugas",
    "bendahara", "sekretaris", "kader", "pendamping", "admin", "alm", "almh", "almarhum", "ttd",
    "salam", "dari", "hormat", "atas", "anak", "istri", "suami", "nama", "pelapor", "penelepon",
    "pemohon", "kel", "h", "hj", "pemilik", "an", "a.n", "ko", "ci", "hp", "wa", "sa", "beta",
    "sy", "saya", "operator", "agen", "bripka", "aipda", "brigpol", "mas", "mbak", "ama", "ina",
    "dokter", "staf", "notaris", "direktur", "pihak", "yang", "to", "from", "cc", "re", "kasir",
    "penerima", "pembeli", "penjual", "pengurus", "anggota", "peserta", "siswa", "mahasiswa",
    "debitur", "nasabah", "wajib", "pajak", "ar", "pj", "plt", "pengirim", "no", "nik", "npwp",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev55)
# given names of Timor, Rote, Sabu, Flores, Sumba and Alor (mostly Christian, some Muslim)
GIVEN_M = (
    "Yohanis", "Markus", "Yeremias", "Obed", "Marthen", "Frengki", "Melkianus", "Aleksander",
    "Semuel", "Nikson", "Yunus", "Kornelis", "Dominikus", "Agustinus", "Petrus", "Lukas",
    "Yakobus", "Benyamin", "Daniel", "Efraim", "Ishak", "Gidion", "Hendrik", "Ferdinandus",
    "Oktovianus", "Adrianus", "Zakeus", "Yosua", "Elias", "Silvester", "Stefanus", "Wilhelmus",
    "Hengky", "Ronaldus", "Filipus", "Arnoldus", "Teofilus", "Matheos", "Nikodemus", "Gabriel",
    "Yulius", "Heronimus", "Sefnat", "Ebed", "Abner", "Maksi", "Rafael", "Feliks", "Aris",
    "Yoksan", "Mesak", "Krisantus", "Gregorius", "Apolonaris", "Paulus Yosef", "Yanto",
    "Ismail", "Abdul Karim", "Muhamad Ridwan", "Rusli",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Serlin", "Agustina", "Yohana", "Ester", "Debora", "Naomi", "Sarlota", "Yanti",
    "Selvi", "Meri", "Dorkas", "Lusia", "Margaretha", "Fransiska", "Kristina", "Imelda",
    "Veronika", "Yasinta", "Elisabet", "Herlina", "Ivon", "Novita", "Marlin", "Yosefina", "Priska",
    "Sisilia", "Oktaviana", "Irene", "Desi", "Febiola", "Anjelina", "Mariance", "Orpa", "Yemima",
    "Lodia", "Mertiana", "Apriana", "Sofia", "Yuni", "Welmina", "Adelheid", "Rosalinda",
    "Katarina", "Theresia", "Maria Goreti", "Ana Maria", "Susana", "Trifonia", "Sarah",
    "Nurhayati", "Siti Aminah", "Hadija",
)  # fmt: skip
FAMILY = {
    "timor": (
        "Nenometa", "Sabneno", "Tlonaen", "Boimau", "Taneo", "Nubatonis", "Oematan", "Tallo",
        "Selan", "Banunaek", "Tasuib", "Nope", "Kase", "Bana", "Kolimon", "Tunliu", "Naitboho",
        "Seran", "Bria", "Nahak", "Klau", "Atok", "Neonbeni", "Faot", "Taopan", "Snae", "Sanam",
        "Tanaem", "Saefatu", "Baok",
    ),
    "rote": (
        "Lenggu", "Foeh", "Henuk", "Messakh", "Dethan", "Pellokila", "Nalle", "Ully", "Daik",
        "Saudale", "Manuain", "Modok", "Ndoeloe", "Zacharias", "Adoe", "Pandie",
    ),
    "sabu": (
        "Djami", "Wadu", "Leba", "Rohi", "Dimu", "Huru", "Kadja", "Bengu", "Hege", "Djawa",
        "Dju Rohi", "Bire Leba", "Lado Huru", "Kore Dima",
    ),
    "flores": (
        "Maran", "Kewuan", "Beribe", "Sogen", "Hurint", "Wutun", "Halan", "Wangge", "Rangga",
        "Dhae", "Bebok", "Jehadu", "Pandong", "Ngongo", "Nggadas", "Fernandez", "Parera",
        "Gadi Djou", "Da Cunha", "Koten", "Openg",
    ),
    "alor": ("Mautuka", "Blegur", "Malaikosa", "Karbeka", "Lanlu", "Laufa", "Atamau", "Tulimau"),
}  # fmt: skip
MUSLIM_GIVEN = {"Ismail", "Abdul", "Muhamad", "Rusli", "Nurhayati", "Siti", "Hadija"}
SUMBA_GIVEN = {
    "M": (
        "Umbu Tamu",
        "Umbu Pati",
        "Umbu Hina",
        "Umbu Lapu",
        "Umbu Ndeta",
        "Yusuf",
        "Markus Umbu Riada",
    ),
    "F": ("Rambu Ana", "Rambu Kahi", "Rambu Eti", "Rambu Kudu", "Yuliana Rambu", "Merlin"),
}
SUMBA_FAMILY = (
    "Hunggu", "Kareri", "Pekuwali", "Lunggi", "Djurumana", "Kaborang", "Ngailu", "Wanggi",
    "Dapawole", "Kambaru", "Ndapamerang",
)  # fmt: skip
# (sex, full name, the name a person is called by, the word used as a family name)
OTHER_PEOPLE = {
    "bali": (
        ("M", "I Made Suarta", "Made", "Suarta"),
        ("M", "I Ketut Sudiarsa", "Ketut", "Sudiarsa"),
        ("M", "I Wayan Gede Artawan", "Wayan", "Artawan"),
        ("M", "I Putu Eka Pradnyana", "Putu", "Pradnyana"),
        ("M", "I Gusti Ngurah Wisnawa", "Ngurah", "Wisnawa"),
        ("F", "Ni Luh Putu Ariani", "Luh", "Ariani"),
        ("F", "Ni Made Sukerti", "Made", "Sukerti"),
        ("F", "Ni Ketut Sriani", "Ketut", "Sriani"),
        ("F", "Ni Komang Ayu Widiastuti", "Komang", "Widiastuti"),
    ),
    "bugis": (
        ("M", "Syamsuddin Daeng Nai", "Syamsuddin", "Daeng Nai"),
        ("M", "Haeruddin Daeng Tompo", "Haeruddin", "Daeng Tompo"),
        ("M", "Andi Muh. Ridwan", "Ridwan", "Ridwan"),
        ("F", "Hasnah Daeng Caya", "Hasnah", "Daeng Caya"),
        ("F", "Nurjannah Daeng Ngai", "Nurjannah", "Daeng Ngai"),
        ("F", "Andi Sitti Rahmah", "Rahmah", "Rahmah"),
    ),
    "buton": (
        ("M", "La Ode Muh. Syukur", "Syukur", "Syukur"),
        ("M", "La Ode Hasirun", "Hasirun", "Hasirun"),
        ("M", "La Ode Yusran", "Yusran", "Yusran"),
        ("F", "Wa Ode Sitti Halija", "Halija", "Halija"),
        ("F", "Wa Ode Rosmini", "Rosmini", "Rosmini"),
        ("F", "Wa Ode Nurhaida", "Nurhaida", "Nurhaida"),
    ),
    "java": (
        ("M", "Bambang Setyawan", "Bambang", "Setyawan"),
        ("M", "Agus Purnomo", "Agus", "Purnomo"),
        ("M", "Joko Susilo", "Joko", "Susilo"),
        ("M", "Heru Prasetyo", "Heru", "Prasetyo"),
        ("F", "Endang Sulistyowati", "Endang", "Sulistyowati"),
        ("F", "Tri Handayani", "Tri", "Handayani"),
        ("F", "Siti Mulyani", "Mulyani", "Mulyani"),
        ("F", "Dwi Rahayu Ningsih", "Rahayu", "Ningsih"),
    ),
    "chinese": (
        ("M", "Ong Kim Hwa", "Kim Hwa", "Ong"),
        ("M", "Lie Swie Tjoen", "Swie Tjoen", "Lie"),
        ("M", "Tjong Ah Kiong", "Ah Kiong", "Tjong"),
        ("M", "Hendra Wijaya Tanoto", "Hendra", "Tanoto"),
        ("M", "Susanto Halim", "Susanto", "Halim"),
        ("F", "Lim Giok Nio", "Giok Nio", "Lim"),
        ("F", "Kwee Lan Ing", "Lan Ing", "Kwee"),
        ("F", "Meliana Tjandra", "Meliana", "Tjandra"),
        ("F", "Yenny Gunawan", "Yenny", "Gunawan"),
    ),
}
ORIGINS = (
    ("timor", 30), ("rote", 14), ("sabu", 10), ("flores", 14), ("sumba", 6), ("alor", 5),
    ("bali", 4), ("bugis", 4), ("buton", 3), ("java", 5), ("chinese", 5),
)  # fmt: skip
# NIK regions per origin (province 53 = NTT); most people live in Kota Kupang (5371)
REGION = {
    "timor": ("5301", "5302", "5303", "5304", "5321"),
    "rote": ("5314",),
    "sabu": ("5320", "5301"),
    "flores": ("5306", "5307", "5308", "5309", "5310", "5313", "5315", "5316", "5319"),
    "sumba": ("5311", "5312", "5317", "5318"),
    "alor": ("5305",),
}
BIRTHPLACE = {
    "timor": ("Kupang", "Soe", "Kefamenanu", "Atambua", "Camplong", "Oelamasi"),
    "rote": ("Kupang", "Baa", "Busalangga", "Oelaba"),
    "sabu": ("Kupang", "Seba", "Menia"),
    "flores": ("Kupang", "Larantuka", "Maumere", "Ende", "Bajawa", "Ruteng", "Lewoleba"),
    "sumba": ("Waingapu", "Waikabubak", "Tambolaka", "Kupang"),
    "alor": ("Kalabahi", "Kupang"),
    "bali": ("Denpasar", "Tabanan", "Kupang"),
    "bugis": ("Makassar", "Bone", "Kupang"),
    "buton": ("Baubau", "Kupang"),
    "java": ("Surabaya", "Malang", "Kediri", "Kupang"),
    "chinese": ("Kupang", "Kupang", "Surabaya"),
}
SHARED = {
    "made",
    "ketut",
    "wayan",
    "putu",
    "daeng",
    "umbu",
    "rambu",
    "ode",
    "sitti",
    "siti",
    "andi",
    "muh",
    "maria",
    "ana",
}

# ---------------------------------------------------------------- places and bodies (written for dev55)
KEL_KEC = {
    "Oebufu": "Oebobo", "Kayu Putih": "Oebobo", "Liliba": "Oebobo", "Tuak Daun Merah": "Oebobo",
    "Fatululi": "Oebobo", "Oetete": "Oebobo", "Naikolan": "Maulafa", "Sikumana": "Maulafa",
    "Kolhua": "Maulafa", "Bello": "Maulafa", "Penfui": "Maulafa", "Naimata": "Maulafa",
    "Oepura": "Maulafa", "Lasiana": "Kelapa Lima", "Oesapa Barat": "Kelapa Lima",
    "Oesapa Selatan": "Kelapa Lima", "Pasir Panjang": "Kota Lama", "Nefonaek": "Kota Lama",
    "Fatubesi": "Kota Lama", "Solor": "Kota Lama", "Bakunase": "Kota Raja", "Airnona": "Kota Raja",
    "Naikoten I": "Kota Raja", "Fontein": "Kota Raja", "Kuanino": "Kota Raja",
    "Nunbaun Delha": "Alak", "Namosain": "Alak", "Manulai II": "Alak", "Batuplat": "Alak",
    "Mantasi": "Alak", "Fatufeto": "Alak", "Nunhila": "Alak",
}  # fmt: skip
KELURAHAN = tuple(KEL_KEC)
DESA_KEC = {
    "Oelnasi": "Kupang Tengah", "Baumata": "Taebenu", "Penfui Timur": "Kupang Tengah",
    "Noelbaki": "Kupang Tengah", "Oelpuah": "Kupang Tengah", "Oebelo": "Kupang Tengah",
    "Tanah Merah": "Kupang Tengah", "Nunkurus": "Kupang Timur", "Oesao": "Kupang Timur",
    "Camplong II": "Fatuleu", "Oeletsala": "Taebenu", "Kuanheun": "Kupang Barat",
}  # fmt: skip
POSYANDU = (
    "Posyandu Anggrek",
    "Posyandu Bunga Bakung",
    "Posyandu Kenari",
    "Posyandu Sehat Sejahtera",
    "Posyandu Lontar",
    "Posyandu Tunas Harapan",
)
KECAMATAN = ("Maulafa", "Kelapa Lima", "Oebobo", "Kota Raja", "Alak", "Kota Lama")
# streets where people live (never a body's seat in these texts)
HOME_STREETS = (
    "Jl. Srikaya", "Jl. Kedondong", "Jl. Belimbing", "Jl. Gelatik", "Jl. Pipit", "Jl. Camar",
    "Jl. Cemara", "Jl. Asoka", "Jl. Teratai", "Jl. Flamboyan", "Jl. Taebenu", "Jl. Fetor Funay",
    "Jl. Bimoku", "Jl. Batu Kadera", "Jl. Gunung Mutis", "Jl. Gunung Fatuleu", "Jl. Kelimutu",
    "Jl. Bajawa", "Jl. Oematan", "Jl. Lontar", "Jl. Anggur", "Jl. Ikan Tembang", "Jl. Ikan Kakap",
    "Jl. Salak", "Jl. Kamboja", "Jl. Rambutan", "Jl. Manggis", "Jl. Bakti Oebufu", "Jl. Kuda Laut",
    "Jl. Nusa Lontar", "Jl. Mangga Oepura", "Jl. Kampung Baru", "Jl. Kurulean", "Jl. Kenari Liliba",
)  # fmt: skip
LANES = (
    "Gg. Sepakat",
    "Gg. Rukun",
    "Gg. Harapan",
    "Gg. 3",
    "Gg. 5",
    "Gg. Cendana",
    "Gg. Bersatu",
    "Lr. Sejahtera",
)
ESTATES = (
    "Perumnas Blok", "BTN Kolhua Blok", "Perum Griya Oesapa Permai Blok", "Perumahan Matani Indah Blok",
    "Perum Oepura Lestari Blok", "Perum Bukit Liliba Asri Blok", "BTN Penfui Timur Blok",
)  # fmt: skip
# streets of offices, shops and schools
PUBLIC_STREETS = (
    "Jl. Soeharto", "Jl. El Tari", "Jl. Timor Raya", "Jl. Frans Seda", "Jl. W.J. Lalamentik",
    "Jl. Moh. Hatta", "Jl. Jend. Sudirman", "Jl. Ahmad Yani", "Jl. Perintis Kemerdekaan",
    "Jl. Piet A. Tallo", "Jl. Adisucipto", "Jl. Cak Doko", "Jl. Sam Ratulangi", "Jl. Veteran",
    "Jl. R.W. Monginsidi", "Jl. S.K. Lerik", "Jl. Herman Johannes", "Jl. Palapa", "Jl. Thamrin",
    "Jl. Urip Sumoharjo", "Jl. Siliwangi", "Jl. Kosasih",
)  # fmt: skip
COMPANIES = (
    "CV Lopo Indah", "CV Fetomone Karya", "PT Flobamora Bangun Persada", "UD Sinar Oesapa",
    "CV Nusa Lontar Mandiri", "CV Tunas Sasando", "PT Timor Cendana Lestari", "UD Berkat Oeba",
    "CV Mutis Jaya Konstruksi", "CV Karang Sabu Teknik", "UD Tiga Putri Bakunase",
    "CV Rote Ndao Lestari", "PT Kelimutu Niaga Utama", "CV Fatuleu Abadi", "UD Lontar Makmur",
    "CV Sumba Karya Mandiri", "PT Teluk Kupang Logistik", "CV Alor Bahari", "UD Sumber Air Oepura",
    "CV Cahaya Liliba Komputer",
)  # fmt: skip
COOPS = (
    "Koperasi Produsen Garam Oesapa", "KSU Tenun Ikat Naikoten", "Kopdit Sehati Oebufu",
    "Koperasi Nelayan Teluk Namosain", "KSP Lontar Mandiri", "Koperasi Pedagang Pasar Oeba",
    "Koperasi Konsumen Guru Kota Kupang", "KSU Tani Makmur Penfui", "Kopdit Harapan Baru Kolhua",
    "Koperasi Karyawan RSUD S.K. Lerik",
)  # fmt: skip
FOUNDATIONS = (
    "Yayasan Pendidikan Kristen Oebufu", "Yayasan Peduli Anak Timor", "Yayasan Tunas Cendana",
    "Yayasan Lentera Flobamora", "Yayasan Pelayanan Kesehatan Betesda Kupang",
    "Yayasan Pendidikan Katolik Santo Arnoldus", "Yayasan Sosial Rumah Harapan Kupang",
)  # fmt: skip
JEMAAT = (
    "Efata Liliba",
    "Bethania Oebufu",
    "Pniel Oesapa Barat",
    "Getsemani Kolhua",
    "Sion Nefonaek",
    "Kalvari Naikolan",
    "Elim Bakunase",
)
PAROKI = (
    "Paroki Santo Yoseph Pekerja Penfui",
    "Paroki Santa Familia Sikumana",
    "Paroki Roh Kudus Fatululi",
)
SHOPS = (
    "Toko Bangunan Sinar Fontein", "Apotek Sehat Oebobo", "Toko ATK Pelangi Kuanino",
    "Bengkel Jaya Motor Oepura", "Percetakan Karya Grafika Kupang", "Toko Elektronik Bintang Timur",
    "Rumah Makan Sari Laut Namosain", "Toko Komputer Nusantara Oebufu", "Depot Air Tirta Fatululi",
    "Katering Lopo Rasa",
)  # fmt: skip
SCHOOLS = (
    "SD Inpres Naikolan 1", "SMPN 14 Kupang", "SMAN 6 Kupang", "SMK Negeri 4 Kupang",
    "SD GMIT Fatufeto", "SD Negeri Oetete 2", "SMPN 9 Kupang", "SD Inpres Kolhua",
    "SMA Kristen Mercusuar Kupang", "MIN 1 Kota Kupang", "SMPN 11 Kupang", "SD Katolik Santa Maria Oebufu",
)  # fmt: skip
OFFICES = (
    "Dinas Pendidikan dan Kebudayaan Kota Kupang", "Dinas Sosial Kota Kupang", "BPKAD Kota Kupang",
    "DPMPTSP Kota Kupang", "Dinas Kesehatan Kota Kupang", "Bapenda Kota Kupang",
    "Dinas Koperasi dan UKM Kota Kupang", "Dinas PUPR Kota Kupang", "Dinas Pertanian Kota Kupang",
    "Bagian Pengadaan Barang dan Jasa Setda Kota Kupang",
)  # fmt: skip
OFFICES_SHORT = (
    "Disdikbud",
    "Dinsos",
    "BPKAD",
    "DPMPTSP",
    "Dinkes",
    "Bapenda",
    "Diskop UKM",
    "Dinas PUPR",
    "Distan",
    "UKPBJ",
)
BANKS = ("BRI", "Bank NTT", "BNI", "BSI", "Mandiri", "BCA")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "rocketmail.com",
)
# mobile prefixes and their weights (Telkomsel first in NTT, then Indosat, XL, Tri, Smartfren)
MOBILE = (
    ("0813", 17), ("0812", 13), ("0852", 15), ("0853", 13), ("0821", 9), ("0822", 11),
    ("0823", 7), ("0811", 2), ("0851", 6), ("0814", 1), ("0815", 1), ("0856", 2), ("0857", 3),
    ("0858", 2), ("0817", 1), ("0818", 1), ("0819", 2), ("0859", 1), ("0877", 1), ("0878", 2),
    ("0838", 1), ("0895", 2), ("0896", 1), ("0897", 1), ("0898", 1), ("0881", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0816", "0831", "0832", "0833", "0855", "0899", "0887", "0888"}
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
LETTER_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

# the time a chat opens follows the greeting of its first lines
GREETING_HOURS = {
    "pagi": (7 * 60, 10 * 60 + 20),
    "siang": (11 * 60, 14 * 60),
    "sore": (15 * 60, 17 * 60 + 40),
    "malam": (19 * 60, 21 * 60 + 30),
}
GREETING = re.compile(r"(?i)\b(?:selamat\s+|slmt\s+|met\s+)?(pagi|siang|sore|malam)\b")


def _dots15(d: str) -> str:
    """The old NPWP's dotted writing: 99.999.999.9-999.999."""
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


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
        self.keys: set[str] = set()
        self.money: dict[str, object] = {}
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 25)
        start, end = GREETING_HOURS.get(str(spec.get("greet", "")), (7 * 60 + 30, 17 * 60 + 30))
        self.minute = rng.randint(start, end)
        self.gaps = [0] + [rng.choice((1, 1, 2, 2, 3, 4, 6, 9, 13, 20, 35, 58)) for _ in range(50)]
        self.tsform = rng.choice(("dt", "dt", "da", "hm"))

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
            return (
                prefix
                + str(r.randint(1, 9))
                + self.digits(r.choice((6, 6, 7, 7, 7, 7, 7, 7, 7, 8)))
            )

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "g", "h", "t", "i", "p", "j", "k", "m", "q", "c", "u"),
                (30, 14, 13, 5, 4, 3, 8, 5, 7, 6, 3, 1, 2, 1),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
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
            "u": f"{a} {b}-{c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            cands = [k for k, ch in enumerate(base) if ch in LETTER_FOR and k > 1]
            out = list(base)
            for k in r.sample(cands, min(r.randint(1, 3), len(cands))):
                out[k] = "I" if out[k] == "1" and r.random() < 0.4 else LETTER_FOR[out[k]]
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
        if how == "p":
            return self.rng.choice(forms[:3])
        return self.rng.choices(forms, (14, 12, 12, 8, 6, 3, 3))[0]

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK in a writing people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (76, 18, 6))[0]
        if how == "b":
            return raw
        if how == "s":  # in fours
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":  # dotted as on old forms
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "c":  # read out in fours with commas
            return ", ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "p":  # read out in pairs
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        if how == "n":  # broken over a line
            k = r.choice((4, 6, 8, 10, 12))
            return raw[:k] + "\n" + raw[k:]
        if how == "o":  # letters for digits, as a scan reads it
            cands = [k for k, ch in enumerate(raw) if ch in "0158" and k > 1]
            out = list(raw)
            for k in r.sample(cands, min(r.randint(1, 3), len(cands))):
                out[k] = "I" if out[k] == "1" and r.random() < 0.3 else LETTER_FOR[out[k]]
            return "".join(out)
        if how == "a":  # a stray space, as a scan reads it
            k = r.randint(3, 13)
            return raw[:k] + " " + raw[k:]
        if how == "x":  # a digit typed wrong (the writer corrects it later)
            k = r.randint(6, 15)
            return raw[:k] + str((int(raw[k]) + r.randint(1, 8)) % 10) + raw[k + 1 :]
        if how == "m":  # a digit left out (15 digits)
            k = r.randint(6, 15)
            return raw[:k] + raw[k + 1 :]
        if how == "k":  # a digit doubled (17 digits)
            k = r.randint(6, 15)
            return raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        """A person's NPWP in one of its writings."""
        old = p["npwp15"]
        nik = p["nikraw"]
        r = self.rng
        if how == "":
            how = r.choice(("d", "d", "d", "b", "n", "n"))
        if how == "d":  # the old 15 digits dotted
            return _dots15(old)
        if how == "b":  # the old number in one block
            return old
        if how == "s":  # the old number in its groups with spaces
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "e":  # all dots
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}.{old[9:12]}.{old[12:]}"
        if how == "h":  # dashes
            return f"{old[:2]}-{old[2:5]}-{old[5:8]}-{old[8]}-{old[9:12]}-{old[12:]}"
        if how == "z":  # a 0 before the old number: 16 digits
            return "0" + old
        if how == "y":  # a 0 before the old number, dotted
            return "0" + _dots15(old)
        if how == "n":  # the NIK as the NPWP
            return nik
        if how == "f":  # the NIK as the NPWP, in fours
            return " ".join(nik[k : k + 4] for k in range(0, 16, 4))
        if how == "t":  # the person's NITKU: the NIK and six zeros
            return nik + "000000"
        if how == "o":  # as a scan reads it: commas for dots, letters for digits, a stray space
            out = list(_dots15(old))
            cands = [k for k, ch in enumerate(out) if ch in "01." and k > 2]
            for k in r.sample(cands, min(r.randint(2, 3), len(cands))):
                out[k] = {"0": "O", "1": "l", ".": ","}[out[k]]
            text = "".join(out)
            if r.random() < 0.4:
                k = r.choice([k for k in range(3, len(text) - 2) if text[k].isdigit()])
                text = text[:k] + " " + text[k:]
            return text
        if how == "q":  # the 16-digit writing as a scan reads it
            out = list("0" + old)
            cands = [k for k, ch in enumerate(out) if ch in "01" and k > 1]
            for k in r.sample(cands, min(2, len(cands))):
                out[k] = {"0": "O", "1": "l"}[out[k]]
            return "".join(out)
        if how == "w":  # the old number with a digit typed wrong
            k = r.randint(2, 8)
            bad = old[:k] + str((int(old[k]) + r.randint(1, 8)) % 10) + old[k + 1 :]
            return _dots15(bad)
        if how == "v":  # the NIK as the NPWP with a digit typed wrong
            k = r.randint(6, 15)
            return nik[:k] + str((int(nik[k]) + r.randint(1, 8)) % 10) + nik[k + 1 :]
        if how == "u":  # a second old number the same person was given (a double NPWP)
            if "npwp15b" not in p:
                p["npwp15b"] = self.fresh(
                    lambda: (
                        f"{r.choice((7, 8, 9, 15, 24, 34, 44, 54, 66, 76, 86, 96)):02d}"
                        + self.digits(7)
                        + "920000"
                    )
                )
            return _dots15(p["npwp15b"])
        if how == "r":  # broken over a line
            dotted = _dots15(old)
            k = r.choice((6, 9, 10, 13, 16))
            return dotted[:k] + "\n" + dotted[k:]
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        if how in ("", "b"):
            return raw
        if how == "o":  # a letter for a digit
            cands = [k for k in range(4, 13) if raw[k] in "018"]
            if not cands:
                return raw
            k = self.rng.choice(cands)
            return raw[:k] + LETTER_FOR[raw[k]] + raw[k + 1 :]
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
            "w": p["bank_mail"],
        }
        return forms[how]

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        spec = self.spec
        fam = spec["fam"]
        kkof = spec["kkof"]
        head = self.person(fam[i]) if i in fam else None
        house = self.person(kkof[i]) if i in kkof else head
        for _ in range(800):
            if i in spec["F"]:
                sex = "F"
            elif i in spec["M"]:
                sex = "M"
            elif house is not None and head is None:  # a spouse on the same family card
                sex = "F" if house["sex"] == "M" else "M"
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
                if origin == "chinese" and head and " " in given:
                    family = head["f"]
                    full = f"{family} {given}"
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY[origin])
                full = f"{given} {family}"
            words = {w.lower().strip(".") for w in full.split() if len(w.strip(".")) > 2} - SHARED
            if head is not None:
                words -= {w.lower() for w in head["f"].split()}
            if words & self.used_words or (head is None and family.lower() in self.used_words):
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError(f"no fresh name {i}")
        if i in spec["Y"]:  # a child
            low, high = self.year - 17, self.year - 3
        elif i in spec["S"]:  # a student
            low, high = self.year - 23, self.year - 17
        elif i in spec["E"]:  # the elderly
            low, high = 1946, 1962
        elif i in spec["P"]:  # a parent of students
            low, high = 1958, 1980
        elif i in spec["A"]:  # a parent of school children
            low, high = 1972, 1990
        else:
            low, high = 1964, 2002
        if head is not None:  # a child of the head
            year = min(max(int(head["year"]) + r.randint(22, 38), low), high)
        elif house is not None:  # a spouse: near the head's age, within a band only if one is given
            year = int(house["year"]) + r.randint(-8, 5)
            if any(i in spec[band] for band in ("Y", "S", "E", "P", "A")):
                year = min(max(year, low), high)
        else:
            year = r.randint(low, high)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if house is not None:
            district = house["district"]
        elif spec.get("region"):
            district = str(spec["region"]) + f"{r.randint(1, 24):02d}"
        elif origin in REGION and r.random() < 0.38:
            district = r.choice(REGION[origin]) + f"{r.randint(1, 20):02d}"
        else:
            district = "5371" + r.choice(("01", "02", "03", "04", "05", "06"))
        nik = self.fresh(
            lambda: (
                district
                + f"{dd + (40 if sex == 'F' else 0):02d}{mm:02d}{year % 100:02d}"
                + f"{r.randint(1, 1800):04d}"
            )
        )
        kk = (
            house["kkraw"]
            if house
            else self.fresh(
                lambda: (
                    district
                    + f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(8, 25):02d}"
                    + f"{r.randint(1, 9999):04d}"
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                f"{r.choice((7, 8, 9, 14, 15, 24, 25, 34, 44, 45, 47, 49, 54, 55, 58, 64, 66, 69, 73, 76, 79, 82, 84, 86, 92, 96)):02d}"
                + self.digits(7)
                + r.choice(("920", "920", "920", "920", "920", "921", "922", "923", "924"))
                + "000"
            )
        )
        gl = re.sub(r"[^a-z]", "", given.lower().split()[-1])
        fl = re.sub(r"[^a-z]", "", family.lower().split()[-1])
        yy = f"{year % 100:02d}"
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}kupang",
                f"{gl}.{fl}{r.randint(1, 9)}",
                f"{fl}{gl[:4]}{yy}",
                f"{gl}{fl[:3]}.ntt",
                f"{gl}{fl}",
            )
        )
        if r.random() < 0.13:
            ad = f"{r.choice(ESTATES)} {r.choice('ABCDEFGHJK')}{r.choice(('', '', str(r.randint(1, 9))))} No. {r.randint(1, 60)}"
        else:
            street = r.choice(HOME_STREETS)
            if r.random() < 0.15:
                street += " " + r.choice(LANES)
            num = str(r.randint(1, 170)) + r.choice(("", "", "", "", "", "", "A", "B"))
            ad = f"{street} {r.choice(('No. ', 'No. ', 'No. ', 'No ', 'no. ', 'Nomor ', 'No.'))}{num}"
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = full.upper()
        cands = [k for k, ch in enumerate(up) if ch in "SOIBG" and k > 0 and up[k - 1] != " "]
        ocr = up
        if cands:
            k = r.choice(cands)
            ocr = up[:k] + {"S": "5", "O": "0", "I": "1", "B": "8", "G": "6"}[up[k]] + up[k + 1 :]
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
            "o": ocr,
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
                    f"{gl}{fl[:4]}@nttprov.go.id",
                    f"{gl}.{fl}@belajar.id",
                )
            ),
            "tax_mail": f"{gl}.{fl}@pajak.go.id",
            "bank_mail": f"{gl}.{fl}@" + r.choice(("bankntt.co.id", "bri.co.id", "bni.co.id")),
            "lahir": f"{dd:02d}-{mm:02d}-{year}",
            "lahirb": f"{dd} {MONTHS[mm - 1]} {year}",
            "tmp": r.choice(BIRTHPLACE[origin]),
            "age": str(self.year - year),
            "year": str(year),
            "nipp": self._nip(year, mm, dd, sex),
            "bank": bank,
            "rek": self.account(bank),
            "ad": ad,
            "adr": f"{ad}, {rt}" if r.random() < 0.7 else f"{ad} {rt}",
            "rt": rt,
            "est": f"{r.choice(ESTATES)} {r.choice('ABCDEFGHJK')} No. {r.randint(1, 60)}",
            "rtk": f"{r.randint(1, 40):03d}/{r.randint(1, 12):03d}",
            "pl": self.plate(),
            "agama": self._religion(origin, given),
            "pkel": (pkel := r.choice(KELURAHAN)),
            "pkec": KEL_KEC[pkel],
        }
        self.people[i] = p
        return p

    def _religion(self, origin: str, given: str) -> str:
        r = self.rng
        if origin == "bali":
            return "HINDU"
        if origin in ("bugis", "buton") or given.split(maxsplit=1)[0] in MUSLIM_GIVEN:
            return "ISLAM"
        if origin == "java":
            return r.choice(("ISLAM", "ISLAM", "ISLAM", "KRISTEN", "KATOLIK"))
        if origin == "chinese":
            return r.choice(("KRISTEN", "KATOLIK", "BUDDHA", "KONGHUCU"))
        if origin == "flores":
            return r.choice(("KATOLIK", "KATOLIK", "KATOLIK", "ISLAM"))
        if origin == "alor":
            return r.choice(("KRISTEN", "KRISTEN", "ISLAM"))
        return r.choice(("KRISTEN", "KRISTEN", "KRISTEN", "KRISTEN", "KATOLIK"))

    def _nip(self, year: int, mm: int, dd: int, sex: str) -> str:
        """A civil servant's NIP: birth date, appointment, sex, serial."""
        r = self.rng
        start = min(year + r.randint(23, 32), self.year - 1)
        d = f"{year}{mm:02d}{dd:02d}{start}{r.randint(1, 12):02d}{1 if sex == 'M' else 2}{r.randint(1, 20):03d}"
        return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 42), r.randint(1, 14)
        return r.choice(
            (
                f"RT {a:03d}/RW {b:03d}",
                f"RT {a:02d}/RW {b:02d}",
                f"RT {a} RW {b}",
                f"RT {a:02d}/{b:02d}",
                f"RT.{a:02d}/RW.{b:02d}",
                f"rt {a} rw {b}",
                f"RT {a:02d} RW {b:02d}",
            )
        )

    def plate(self) -> str:
        r = self.rng
        sep = r.choice((" ", " ", " ", ""))
        region = r.choice(("DH", "DH", "DH", "DH", "DH", "EB", "ED", "DH"))
        return f"{region}{sep}{r.randint(1000, 9999)}{sep}{r.choice(('AB', 'AK', 'KB', 'KN', 'BF', 'AE', 'KH', 'AT', 'C', 'AJ', 'KL', 'FB'))}"

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":  # 15 digits: branch 4, 01, serial 6, check 2, 1
            d = f"{r.randint(100, 9999):04d}01" + self.digits(6) + r.choice("0135") + self.digits(2)
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
                        f"{r.choice(('001', '002', '010', '034', '051'))}.01.{r.choice(('01', '02'))}.{self.digits(6)}-{r.randint(0, 9)}",
                        r.choice(("0010102", "0020101", "0340102", "0510102")) + self.digits(7),
                    )
                )
            )
        if bank == "BCA":  # 10 digits
            d = r.choice(("31", "03", "78", "84", "20")) + self.digits(8)
            return self.fresh(
                lambda: r.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:7]} {d[7:]}"))
            )
        return self.fresh(lambda: "7" + r.choice("12345") + self.digits(8))  # BSI: 10 digits

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "o", "lahir", "lahirb", "tmp", "age", "nipp",
            "bank", "rek", "ad", "adr", "rt", "rtk", "pl", "pkel", "pkec", "agama", "est",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name == "jk":  # the sex as a card writes it
            return "LAKI-LAKI" if self.person(i)["sex"] == "M" else "PEREMPUAN"
        if name == "lp":
            return "L" if self.person(i)["sex"] == "M" else "P"
        if name == "s":  # how a chat saved the person: one writing for the whole chat
            p = self.person(i)
            return self.rng.choice((p["n"], p["n"], p["g"], p["l"], p["lg"], p["n"]))
        if name.startswith("rk"):  # an account in a named bank
            bank = {
                "bri": "BRI",
                "bni": "BNI",
                "mdr": "Mandiri",
                "ntt": "Bank NTT",
                "bca": "BCA",
                "bsi": "BSI",
            }[name[2:]]
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
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


# ---------------------------------------------------------------- bodies' numbers and look-alikes


def _date(fl: Fill, i: int) -> datetime.date:
    """The i-th date of a filling: later indexes fall later; never on a weekend."""
    base = datetime.date(fl.year, fl.month, fl.day)
    d = base + datetime.timedelta(days=5 * (i - 1) + fl.rng.randint(0, 2) * (i > 1))
    return d + datetime.timedelta(days=7 - d.weekday()) if d.weekday() >= 5 else d


def _tgl(fl: Fill, i: int) -> str:
    """A date in one writing, the same writing for every date of the filling."""
    d = _date(fl, i)
    if "tglfmt" not in fl.money:
        fl.money["tglfmt"] = fl.rng.randrange(4)
    return (
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
    )[int(fl.money["tglfmt"])]


def _tgll(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _hari(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


def _minute(fl: Fill, i: int) -> int:
    return fl.minute + sum(fl.gaps[:i])


def _stamp(fl: Fill, i: int, form: str) -> str:
    m = _minute(fl, i)
    d = datetime.date(fl.year, fl.month, fl.day) + datetime.timedelta(days=m // 1440)
    hh, mi = m // 60 % 24, m % 60
    if form == "dt":
        return f"[{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}.{mi:02d}]"
    if form == "da":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d} {hh:02d}.{mi:02d} -"
    return f"[{hh:02d}.{mi:02d}]"


def _lang(fl: Fill) -> str:
    """The mail client's language, one per filling."""
    if "lang" not in fl.money:
        fl.money["lang"] = "id" if fl.rng.random() < 0.55 else "en"
    return str(fl.money["lang"])


def _maildate(fl: Fill, i: int) -> str:
    """A mail client's date for a header or a quoted reply, in the filling's language."""
    d = _date(fl, i)
    m = _minute(fl, i * 3)
    hh, mi = m // 60 % 24, m % 60
    if _lang(fl) == "id":
        return (
            f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} pukul {hh:02d}.{mi:02d}"
        )
    return f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS_EN[d.month - 1]} {d.year} at {hh:02d}:{mi:02d}"


def _sunday(fl: Fill, i: int) -> str:
    """The Sunday on or after the filling's first date."""
    d = datetime.date(fl.year, fl.month, fl.day)
    d += datetime.timedelta(days=(6 - d.weekday()) % 7)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _money(fl: Fill, low: int, high: int, step: int) -> str:
    r = fl.rng
    v = r.randint(low // step, high // step) * step
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp {}", "Rp{}", "Rp. {}", "Rp {},-", "Rp {}")).format(s)


def _roman(m: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[m - 1]


def _surat(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            f"{r.choice(('900', '970', '400.3', '027', '500.16'))}/{r.randint(1, 900):03d}/{_roman(fl.month)}/{fl.year}",
            f"B.{r.randint(1, 400):03d}/{fl.month:02d}/{fl.year}",
            f"{r.randint(1, 250):03d}/{r.choice(('SK', 'SKet', 'Und', 'Pan'))}/{_roman(fl.month)}/{fl.year}",
        )
    )


def _old_body(fl: Fill, first: tuple[int, ...], branch: bool = True) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: (
            f"{r.choice(first):02d}"
            + fl.digits(7)
            + r.choice(("920", "920", "920", "921"))
            + (r.choice(("000", "000", "000", "001")) if branch else "000")
        )
    )


BODY_FIRST = (1, 2, 3, 21, 31, 53, 61, 62, 66, 70, 71, 72, 74, 80, 81, 83, 90, 93, 96)


def _npx(fl: Fill, i: int) -> str:
    """A body's NPWP: dotted, a block, or 0 and the old number."""
    d = _old_body(fl, BODY_FIRST)
    return fl.rng.choice((_dots15(d), _dots15(d), _dots15(d), d, "0" + d, "0" + d))


def _npxd(fl: Fill, i: int) -> str:
    """A body's old NPWP dotted (the same body's 16 digits drawn before, if any)."""
    drawn = fl.cache.get("{npxz" + ("" if i == 1 else str(i)) + "}", "")
    return _dots15(drawn[1:] if drawn else _old_body(fl, BODY_FIRST))


def _npxz(fl: Fill, i: int) -> str:
    """A body's 16-digit NPWP: 0 and the old number (the same body's dotted one, if drawn)."""
    drawn = re.sub(r"\D", "", fl.cache.get("{npxd" + ("" if i == 1 else str(i)) + "}", ""))
    return "0" + (drawn or _old_body(fl, BODY_FIRST))


def _nitkub(fl: Fill, i: int) -> str:
    """An office treasurer's NITKU: its 16-digit NPWP and six zeros."""
    drawn = re.sub(r"\D", "", fl.cache.get("{npbend}", ""))
    return (drawn.zfill(16) if drawn else "0" + _old_body(fl, (0,), branch=False)) + "000000"


def _npxo(fl: Fill, i: int) -> str:
    """A body's NPWP as a scan reads it."""
    out = list(_dots15(_old_body(fl, BODY_FIRST)))
    cands = [k for k, ch in enumerate(out) if ch in "01." and k > 2]
    for k in fl.rng.sample(cands, min(2, len(cands))):
        out[k] = {"0": "O", "1": "l", ".": ","}[out[k]]
    return "".join(out)


def _npbend(fl: Fill, i: int) -> str:
    """An office treasurer's NPWP (opens 00)."""
    d = _old_body(fl, (0,), branch=False)
    return fl.rng.choice((_dots15(d), _dots15(d), "0" + d))


def _nitkux(fl: Fill, i: int) -> str:
    """A body's NITKU: 0, the old number, six digits (the body's NPWP drawn before, if any)."""
    for key in ("{npxz}", "{npx}", "{npxd}", "{npbend}"):
        drawn = re.sub(r"\D", "", fl.cache.get(key, ""))
        if len(drawn) in (15, 16):
            return drawn.zfill(16) + f"{fl.rng.choice((0, 0, 0, 1)):06d}"
    d = _old_body(fl, BODY_FIRST, branch=False)
    return "0" + d + f"{fl.rng.choice((0, 0, 0, 1, 2)):06d}"


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
    d = f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{y + r.randint(22, 30)}{r.randint(1, 12):02d}{r.randint(1, 2)}{r.randint(1, 20):03d}"
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


def _faktur(fl: Fill, i: int) -> str:
    r = fl.rng
    yy = fl.year % 100
    return r.choice(
        (
            f"010.{r.randint(0, 9):03d}-{yy:02d}.{r.randint(1, 99999999):08d}",
            f"04002{yy:02d}{r.randint(1, 9999999999):010d}",
            f"040.002-{yy:02d}.{r.randint(1, 99999999):08d}",
        )
    )


def _bupot(fl: Fill, i: int) -> str:
    r = fl.rng
    yy = fl.year % 100
    return r.choice(
        (
            f"1.1-{fl.month:02d}.{yy:02d}-{r.randint(1, 9999999):07d}",
            f"{yy:02d}{r.choice('ABCDEFGH')}{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6))}",
            f"BP-{r.randint(1, 99999):05d}/{fl.month:02d}/{fl.year}",
        )
    )


def _file(fl: Fill, i: int) -> str:
    r = fl.rng
    d = _date(fl, i)
    stamp = f"{d.year}{d.month:02d}{d.day:02d}"
    return r.choice(
        (
            f"IMG-{stamp}-WA{r.randint(1, 400):04d}.jpg",
            f"Screenshot_{stamp}-{r.randint(7, 21):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}.jpg",
            f"scan_{stamp}_{r.randint(1, 300):03d}.pdf",
            f"DOC-{stamp}-WA{r.randint(1, 90):04d}.pdf",
        )
    )


def _tiket(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            f"#LPR-{fl.year}-{r.randint(1, 9999):04d}-{r.randint(1, 9999):04d}",
            f"LAPOR-5371-{fl.year}-{r.randint(1, 99999):05d}",
            f"{r.randint(1000, 9999)}-{r.randint(1, 9999):04d}-{r.randint(1, 999):03d}",
        )
    )


def _honor(fl: Fill, part: str) -> str:
    """A gross fee, its tax and the net paid, consistent within one filling."""
    if "bruto" not in fl.money:
        r = fl.rng
        gross = r.randint(6, 60) * 100000
        tax = gross * r.choice((5, 5, 5, 6, 15)) // 100
        fl.money.update(bruto=gross, pph=tax, netto=gross - tax)
    return "Rp " + f"{fl.money[part]:,}".replace(",", ".")


def _ppn(fl: Fill, part: str) -> str:
    """A sale's price, its DPP (11/12 of it) and its PPN (12 % of the DPP), consistent."""
    if "hjual" not in fl.money:
        price = fl.rng.randint(12, 600) * 50000
        dpp = price * 11 // 12
        fl.money.update(hjual=price, dpp=dpp, ppn=dpp * 12 // 100)
    return "Rp " + f"{fl.money[part]:,}".replace(",", ".")


def _a1(fl: Fill, part: str) -> str:
    """A year's salary, gross income and PPh 21 on a 1721-A1 slip, consistent."""
    if "agaji" not in fl.money:
        r = fl.rng
        salary = r.randint(30, 85) * 100000 * 12
        gross = salary + salary * r.randint(5, 20) // 100
        fl.money.update(
            agaji=salary, abruto=gross, apph=max(0, (gross - 54000000 - gross // 20)) * 5 // 100
        )
    return "Rp " + f"{fl.money[part]:,}".replace(",", ".")


def _bphtb(fl: Fill, part: str) -> str:
    """A sale's value and its BPHTB (5 % above Rp 60.000.000), consistent within one filling."""
    if "npop" not in fl.money:
        value = fl.rng.randint(9, 90) * 5000000
        fl.money.update(npop=value, bphtb=(value - 60000000) * 5 // 100)
    return "Rp " + f"{fl.money[part]:,}".replace(",", ".")


def _slug(fl: Fill, key: str, pool: tuple[str, ...]) -> str:
    """A body's name drawn for this filling, as a mailbox writes it."""
    name = fl.cache.get("{" + key + "}") or fl.cache.setdefault("{" + key + "}", fl.pick(key, pool))
    return re.sub(
        r"[^a-z0-9]", "", name.lower().replace("kota kupang", "").replace("kupang", "kpg")
    )


SHOP_ITEMS = {
    "Toko Bangunan Sinar Fontein": ("SEMEN 50KG", "PAKU 5CM 1KG", "SENG GELOMBANG"),
    "Apotek Sehat Oebobo": ("PARACETAMOL 500MG", "OBAT BATUK SIRUP", "VITAMIN C"),
    "Toko ATK Pelangi Kuanino": ("KERTAS HVS A4", "TINTA PRINTER", "MAP PLASTIK"),
    "Bengkel Jaya Motor Oepura": ("OLI MESIN 1L", "KAMPAS REM", "BUSI"),
    "Percetakan Karya Grafika Kupang": ("CETAK SPANDUK", "FOTOKOPI A4", "JILID"),
    "Toko Elektronik Bintang Timur": ("KABEL LISTRIK 10M", "LAMPU LED", "STOP KONTAK"),
    "Rumah Makan Sari Laut Namosain": ("NASI IKAN", "ES TEH", "SAYUR"),
    "Toko Komputer Nusantara Oebufu": ("FLASHDISK 32GB", "MOUSE", "KABEL HDMI"),
    "Depot Air Tirta Fatululi": ("AIR GALON 19L", "GALON KOSONG", "TUTUP GALON"),
    "Katering Lopo Rasa": ("NASI KOTAK", "SNACK RAPAT", "AIR MINERAL DUS"),
}


def _receipt(fl: Fill, part: str) -> str:
    """A receipt's item, quantity, price, total, cash and change, consistent within one filling."""
    if "total" not in fl.money:
        r = fl.rng
        shop = fl.cache.get("{shop}") or fl.cache.setdefault("{shop}", fl.pick("shop", SHOPS))
        fl.money["item"] = r.choice(SHOP_ITEMS[shop])
        qty, unit = r.randint(1, 6), r.randint(3, 90) * 1000
        total = qty * unit
        paid = -(-total // 50000) * 50000
        fl.money.update(qty=qty, unit=unit, total=total, paid=paid, change=paid - total)
    v = fl.money[part]
    if part in ("item", "qty"):
        return str(v)
    return "Rp " + f"{v:,}".replace(",", ".")


def _bodymail(fl: Fill, key: str, pool: tuple[str, ...], hosts: tuple[str, ...]) -> str:
    """A body's mailbox run into its name (a company's, a cooperative's, a foundation's)."""
    name = fl.cache.get("{" + key + "}") or fl.pick(key, pool)
    fl.cache.setdefault("{" + key + "}", name)
    words = [w for w in re.sub(r"[^a-z ]", "", name.lower()).split() if w not in ("kota", "kupang")]
    return "".join(words[:3]) + "@" + fl.rng.choice(hosts)


OTHER_VALUES = {
    # bodies' and scams' numbers
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "x"),
    "owaz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "biz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "short": lambda fl, i: fl.rng.choice(("1708", "112", "1500200", "165", "123", "110", "14041")),
    "npx": _npx,
    "npxd": _npxd,
    "npxz": _npxz,
    "npxo": _npxo,
    "npbend": _npbend,
    "nitkux": _nitkux,
    "nitkub": _nitkub,
    "npxex": lambda fl, i: fl.rng.choice(
        (
            "09.123.456.7-920.000",
            "01.234.567.8-920.000",
            "00.000.000.0-000.000",
            "12.345.678.9-012.000",
        )
    ),
    "rekx": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "schoolmail": lambda fl, i: "bendahara." + _slug(fl, "school", SCHOOLS) + "@gmail.com",
    "opmail": lambda fl, i: "operator." + _slug(fl, "school", SCHOOLS) + "@gmail.com",
    "ppkmail": lambda fl, i: "ppk." + _slug(fl, "os", OFFICES_SHORT) + "@kupangkota.go.id",
    "kelmail": lambda fl, i: "kelurahan." + _slug(fl, "kel", KELURAHAN) + "@gmail.com",
    "cvmail": lambda fl, i: _bodymail(
        fl, "cv", COMPANIES, ("gmail.com", "yahoo.co.id", "gmail.com")
    ),
    "kopmail": lambda fl, i: _bodymail(fl, "kop", COOPS, ("gmail.com", "yahoo.com")),
    "yaymail": lambda fl, i: _bodymail(fl, "yay", FOUNDATIONS, ("gmail.com", "yahoo.co.id")),
    # look-alikes
    "bruto": lambda fl, i: _honor(fl, "bruto"),
    "pph": lambda fl, i: _honor(fl, "pph"),
    "netto": lambda fl, i: _honor(fl, "netto"),
    "agaji": lambda fl, i: _a1(fl, "agaji"),
    "abruto": lambda fl, i: _a1(fl, "abruto"),
    "apph": lambda fl, i: _a1(fl, "apph"),
    "hjual": lambda fl, i: _ppn(fl, "hjual"),
    "dpp": lambda fl, i: _ppn(fl, "dpp"),
    "ppn": lambda fl, i: _ppn(fl, "ppn"),
    "npop": lambda fl, i: _bphtb(fl, "npop"),
    "bphtb": lambda fl, i: _bphtb(fl, "bphtb"),
    "item": lambda fl, i: _receipt(fl, "item"),
    "qty": lambda fl, i: _receipt(fl, "qty"),
    "unit": lambda fl, i: _receipt(fl, "unit"),
    "total": lambda fl, i: _receipt(fl, "total"),
    "paid": lambda fl, i: _receipt(fl, "paid"),
    "change": lambda fl, i: _receipt(fl, "change"),
    "npwpd": lambda fl, i: (
        f"P.2.{fl.rng.randint(1, 9999):07d}.{fl.rng.randint(1, 99):02d}.{fl.rng.randint(1, 9)}"
    ),
    "rpkur": lambda fl, i: _money(fl, 10000000, 100000000, 5000000),
    "skpp": lambda fl, i: (
        f"S-{fl.rng.randint(100, 9999)}/WPJ.34/KP.02{fl.rng.randint(1, 5):02d}/{fl.year}"
    ),
    "skp": lambda fl, i: (
        f"{fl.rng.randint(1, 9999):05d}/406/{(fl.year - 1) % 100:02d}/920/{fl.year % 100:02d}"
    ),
    "nim": lambda fl, i: (
        f"{fl.rng.randint(19, fl.year % 100):02d}"
        + fl.rng.choice(("01", "02", "03", "05", "11"))
        + fl.digits(6)
    ),
    "rup": lambda fl, i: str(fl.rng.randint(40000000, 59999999)),
    "jp": lambda fl, i: str(fl.rng.randint(2, 8)),
    "thx": lambda fl, i: str(fl.rng.randint(2008, 2019)),
    "tiket": _tiket,
    "surat": _surat,
    "nib": lambda fl, i: fl.fresh(
        lambda: fl.rng.choice(("91203", "81202", "12200", "02203", "26010")) + fl.digits(8)
    ),
    "billing": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("0", "1", "2", "8")) + fl.digits(14)),
    "ntpn": lambda fl, i: "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(16)),
    "faktur": _faktur,
    "bupot": _bupot,
    "bpe": lambda fl, i: f"BPE-{fl.rng.randint(1, 99999999):08d}/CT/KPP.2402/{fl.year}",
    "efin": lambda fl, i: fl.fresh(lambda: str(fl.rng.randint(1, 9)) + fl.digits(9)),
    "kpj": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("2", "1")) + fl.digits(10)),
    "nop": lambda fl, i: (
        f"53.71.0{fl.rng.randint(10, 60):02d}.0{fl.rng.randint(1, 20):02d}.{fl.rng.randint(1, 99):03d}-{fl.rng.randint(1, 9999):04d}.{fl.rng.randint(0, 7)}"
    ),
    "va": lambda fl, i: fl.rng.choice(
        (
            "8808 " + " ".join(fl.digits(4) for _ in range(3)),
            "88810" + fl.digits(11),
            "7007" + fl.digits(12),
        )
    ),
    "idpel": lambda fl, i: fl.fresh(lambda: "53" + fl.rng.choice("1234") + fl.digits(9)),
    "dtks": lambda fl, i: fl.fresh(lambda: "5371" + fl.digits(4) + "000" + fl.digits(7)),
    "nip": _nip,
    "nisn": lambda fl, i: "0" + fl.digits(9),
    "npsn": lambda fl, i: fl.fresh(lambda: "503" + fl.rng.choice("0145") + fl.digits(4)),
    "nuptk": lambda fl, i: fl.fresh(lambda: fl.rng.choice("123456789") + fl.digits(15)),
    "nidn": lambda fl, i: fl.fresh(lambda: "08" + fl.digits(8)),
    "nikop": lambda fl, i: fl.fresh(
        lambda: (
            "5371"
            + fl.rng.choice(("01", "03", "05"))
            + "0"
            + fl.digits(5)
            + "000"
            + fl.rng.choice("123")
        )
    ),
    "trx": lambda fl, i: fl.fresh(
        lambda: str(fl.year) + f"{fl.month:02d}{fl.day:02d}" + fl.digits(8)
    ),
    "kip": lambda fl, i: fl.fresh(lambda: "KIP" + fl.rng.choice("ABCDEFGH") + fl.digits(5)),
    "inv": lambda fl, i: f"INV/{fl.year}/{fl.month:02d}/{fl.rng.randint(1, 3000):04d}",
    "kwit": lambda fl, i: f"{fl.rng.randint(1, 999):04d}/KW/{fl.month:02d}/{fl.year}",
    "spk": lambda fl, i: (
        f"{fl.rng.choice(('027', '602.1', '050'))}/{fl.rng.randint(1, 400):03d}/SPK/{fl.rng.choice(OFFICES_SHORT).replace(' ', '')}/{_roman(fl.month)}/{fl.year}"
    ),
    "spd": lambda fl, i: f"{fl.rng.randint(1, 9999):05d}/SP2D/LS/{fl.year}",
    "reg": lambda fl, i: f"{fl.rng.randint(1, 700):03d}/REG/{fl.year}",
    "otp": lambda fl, i: fl.digits(6),
    "file": _file,
    "akta": lambda fl, i: (
        f"Nomor {fl.rng.randint(1, 80)} tanggal {fl.rng.randint(1, 28)} {MONTHS[fl.rng.randint(0, 11)]} {fl.rng.randint(2008, fl.year - 1)}"
    ),
    "ahu": lambda fl, i: (
        f"AHU-{fl.rng.randint(1, 99999):07d}.AH.01.{fl.rng.choice(('04', '07', '26'))}.Tahun {fl.year - fl.rng.randint(1, 9)}"
    ),
    "rp": lambda fl, i: _money(fl, 50000, 2500000, 25000),
    "rps": lambda fl, i: _money(fl, 5000, 95000, 5000),
    "rpm": lambda fl, i: _money(fl, 100000, 900000, 25000),
    "rpb": lambda fl, i: _money(fl, 2000000, 45000000, 250000),
    "rpj": lambda fl, i: _money(fl, 50000000, 900000000, 1000000),
    "tgl": _tgl,
    "tgll": _tgll,
    "hari": _hari,
    "dname": lambda fl, i: DAYS[_date(fl, i).weekday()],
    "jam": lambda fl, i: f"{fl.rng.randint(8, 15):02d}.{fl.rng.choice((0, 0, 15, 30, 30, 45)):02d}",
    "dt": lambda fl, i: _stamp(fl, i, "dt"),
    "da": lambda fl, i: _stamp(fl, i, "da"),
    "ts": lambda fl, i: _stamp(fl, i, fl.tsform),
    "hm": lambda fl, i: _stamp(fl, i, "hm")[1:-1],
    "md": _maildate,
    "pada": lambda fl, i: "Pada" if _lang(fl) == "id" else "On",
    "wrote": lambda fl, i: "menulis" if _lang(fl) == "id" else "wrote",
    "minggu": _sunday,
    "rpgaji": lambda fl, i: _money(fl, 2500000, 7500000, 50000),
    "thn": lambda fl, i: str(fl.year),
    "thl": lambda fl, i: str(fl.year - 1),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "rtn": lambda fl, i: f"{fl.rng.randint(1, 42):02d}",
    "rwn": lambda fl, i: f"{fl.rng.randint(1, 14):02d}",
    "num": lambda fl, i: str(fl.rng.randint(3, 60)),
    # places, bodies
    "kel": lambda fl, i: fl.pick(
        "kel",
        tuple(k for k, c in KEL_KEC.items() if c == fl.cache["{kec}"])
        if "{kec}" in fl.cache
        else KELURAHAN,
    ),
    "desa": lambda fl, i: fl.pick("desa", tuple(DESA_KEC)),
    "kecdesa": lambda fl, i: DESA_KEC[
        fl.cache.get("{desa}") or fl.cache.setdefault("{desa}", fl.pick("desa", tuple(DESA_KEC)))
    ],
    "tglx": lambda fl, i: (
        f"{fl.rng.randint(1, 28):02d}-{fl.rng.randint(1, 12):02d}-{fl.rng.randint(2008, 2019)}"
    ),
    "cif": lambda fl, i: fl.rng.choice("ABCDEFGHJK") + fl.rng.choice("ABCDEFGHJK") + fl.digits(5),
    "posy": lambda fl, i: fl.pick("posy", POSYANDU),
    "kec": lambda fl, i: (
        KEL_KEC[fl.cache["{kel}"]] if "{kel}" in fl.cache else fl.pick("kec", KECAMATAN)
    ),
    "jl": lambda fl, i: fl.pick("jl", PUBLIC_STREETS),
    "jlno": lambda fl, i: f"{fl.pick('jl', PUBLIC_STREETS)} No. {fl.rng.randint(1, 140)}",
    "cv": lambda fl, i: fl.pick("cv", COMPANIES),
    "kop": lambda fl, i: fl.pick("kop", COOPS),
    "yay": lambda fl, i: fl.pick("yay", FOUNDATIONS),
    "jemaat": lambda fl, i: fl.pick("jemaat", JEMAAT),
    "gereja": lambda fl, i: (
        "Majelis Jemaat GMIT "
        + (fl.cache.get("{jemaat}") or fl.cache.setdefault("{jemaat}", fl.pick("jemaat", JEMAAT)))
    ),
    "paroki": lambda fl, i: fl.pick("paroki", PAROKI),
    "shop": lambda fl, i: fl.pick("shop", SHOPS),
    "school": lambda fl, i: fl.pick("school", SCHOOLS),
    "office": lambda fl, i: fl.pick("office", OFFICES),
    "os": lambda fl, i: fl.pick("os", OFFICES_SHORT),
    "bnk": lambda fl, i: fl.pick("bnk", BANKS),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
PERSON_UPPER = {"N", "G", "F"}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``, the innermost first."""
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        fl.keys.add(name.lower())
        if (
            name.isupper() and len(name) > 1 and name not in PERSON_UPPER
        ):  # {KEL}: {kel} in capitals
            low = "{" + name.lower() + index + "}"
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perumnas|perum|perumahan|btn|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
PUNCT_EDGE = ".,;:!?-/'\")]}>|"


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9OI]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OolISB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OolISB]", "", seg).translate(LETTER_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    """The digits of a number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OolISB]", "", seg).translate(LETTER_BACK))


def _shape(kind: str, seg: str, scan: bool) -> str:
    """What is wrong with a labelled value's shape, or ''."""
    if kind == "name":
        words = re.split(r"[\s.,]+", seg.lower())
        if words[0] in TITLES or " ".join(words[:2]) in TITLES:
            return "title"
        if "@" in seg or ("\n" in seg and not scan) or (not scan and any(c.isdigit() for c in seg)):
            return "name chars"
        return ""
    if kind == "phone":
        return "" if phone_ok(seg) else "phone"
    if kind in ("nik", "kk"):
        d = id_digits(seg)
        ok = (
            not re.search(r"[^0-9OolISB .,\-\n]", seg) and d.startswith("53") and 15 <= len(d) <= 17
        )
        return "" if ok else kind
    if kind == "npwp":
        ok = len(id_digits(seg)) in (15, 16, 22) and not re.search(r"[^0-9OlISB ,.\-\n]", seg)
        return "" if ok else "npwp"
    if kind == "bpjs":
        d = id_digits(seg)
        return "" if len(d) == 13 and d.startswith("000") else "bpjs"
    if kind == "bank_account":
        ok = 10 <= sum(c.isdigit() for c in seg) <= 16 and not re.search(r"[^0-9 .\-]", seg)
        return "" if ok else "account"
    if kind == "email":
        at = AT_FORM.search(seg)
        return "" if at and at.start() and DOT_FORM.search(seg[at.end() :]) else "email"
    if kind == "address":
        return "" if ADDRESS_START.match(seg) and re.search(r"\d", seg) else "address"
    if kind == "plate":
        return "" if re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}", seg.upper()) else "plate"
    return "kind"


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
        wrong = _shape(kind, seg, scan)
        if wrong:
            bad.append(f"{wrong} {seg!r}")
    # every other occurrence of a labelled value in the same text is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        if s["kind"] == "name":
            for word in re.findall(r"[A-Za-z]{3,}", seg):
                for m in re.finditer(
                    rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append(f"unlabelled name word {word!r}")
        elif s["kind"] == "email":
            local = AT_FORM.split(seg)[0].split(" [dot] ")[0].strip()
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
            if s["kind"] == "npwp" and len(d) == 22:  # a NITKU: its NIK is what counts
                d = d[:16]
            pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
            joined = "".join(text[k] for k in pos).translate(LETTER_BACK)
            cores = {d}
            if s["kind"] == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
            if s["kind"] == "npwp" and len(d) == 16 and d.startswith("0"):
                cores.add(d[1:])
            for core in cores:
                start = joined.find(core)
                while start != -1:
                    if not all(inside[pos[k]] for k in range(start, start + len(core))):
                        bad.append(f"unlabelled repeat of {seg!r}")
                    start = joined.find(core, start + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .,\-/]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"om|opa|bapa|pak|bpk|bapak|bp|suami|ayah|tn|sdr|ama|ko|mas|almarhum|alm|kakak laki-laki|adik laki-laki|bapa tua|bapa ade|tuan"
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|istri|bidan|nona|nn|ny|sdri|ina|ci|mbak|almarhumah|almh|nyonya|mama tua|mama ade|kakak perempuan|adik perempuan"
SEXED = re.compile(
    rf"(?i)(?<![A-Za-z])({MALE_WORDS}|{FEMALE_WORDS})\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|guru|bidan|lurah)\s+)?\[\[n:\{{[A-Za-z]+(\d+)\}}"
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
    A: tuple[int, ...] = (),
    P: tuple[int, ...] = (),
    orig: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
    kkof: dict[int, int] | None = None,
    region: str = "",
) -> tuple:
    """A template: its style, its theme, its text and who its people are."""
    return (
        style,
        theme,
        text.strip("\n"),
        {
            "F": F,
            "M": M,
            "E": E,
            "Y": Y,
            "S": S,
            "A": A,
            "P": P,
            "O": orig or {},
            "fam": fam or {},
            "kkof": kkof or {},
            "region": region,
        },
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    """The template's spec, with the sex a kin word, a title or a spouse's word gives a person."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
    both = (auto["M"] - set(base["F"])) & (auto["F"] - set(base["M"]))
    if both:
        raise SystemExit(f"a person given both sexes: {sorted(both)}\n{chosen[:300]}")
    greet = GREETING.search(chosen[:300])
    return {
        "greet": greet.group(1).lower() if greet else "",
        "F": set(base["F"]) | (auto["F"] - set(base["M"])),
        "M": set(base["M"]) | (auto["M"] - set(base["F"])),
        "E": set(base["E"]),
        "Y": set(base["Y"]),
        "S": set(base["S"]),
        "A": set(base["A"]),
        "P": set(base["P"]),
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
        "kkof": dict(base["kkof"]),
        "region": base["region"],
    }


BODY_NPWP_KEYS = {"npx", "npxd", "npxz", "npxo", "npbend", "nitkux"}


def build() -> tuple[list[dict[str, object]], list[set[str]]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    used: list[set[str]] = []
    seen: set[str] = set()
    for number, (style, theme, template, base) in enumerate(TEMPLATES):
        if style not in STYLES or theme not in THEMES:
            raise SystemExit(f"template {number}: unknown style or theme {style}/{theme}")
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
            last = problems(text, spans, values, style)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append("a text without spans needs six look-alikes")
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
            used.append(set(fl.keys))
    out = [
        {
            "id": f"{PREFIX}-{k:04d}",
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]
    return out, used


# ---------------------------------------------------------------- report


def table(records: list[dict[str, object]], field: str, values: tuple[str, ...]) -> None:
    kinds = sorted(KINDS.values())
    print(f"| {field} | texts | without spans | " + " | ".join(kinds) + " |")
    print("|---|---:|---:|" + "---:|" * len(kinds))
    total: Counter[str] = Counter()
    for v in values:
        rows = [r for r in records if r[field] == v]
        c = Counter(s["kind"] for r in rows for s in r["spans"])
        total.update(c)
        empty = sum(1 for r in rows if not r["spans"])
        print(f"| {v} | {len(rows)} | {empty} | " + " | ".join(str(c[k]) for k in kinds) + " |")
    empty = sum(1 for r in records if not r["spans"])
    print(
        f"| **total** | {len(records)} | {empty} | "
        + " | ".join(str(total[k]) for k in kinds)
        + " |"
    )


def writing(kind: str, seg: str) -> str:
    """How a labelled value is written, for the report."""
    if kind == "name":
        if any(c.isdigit() for c in seg):
            return "a digit for a letter"
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)|titik", seg):
            return "written to dodge scrapers"
        if re.search(r"\.go\.id$|belajar\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt|\d", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|btn", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b|rt\.", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if kind == "npwp":
        d = id_digits(seg)
        if re.search(r"[OlI,]", seg) or (re.search(r"\d \d", seg) and "." in seg):
            return "as a scan reads it"
        if len(d) == 22:
            return "NITKU (the NIK and six zeros)"
        if len(d) == 15:
            if "-" in seg and "." in seg:
                return "15 digits dotted"
            if "." in seg or "-" in seg:
                return "15 digits, dots or dashes only"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        if d.startswith("53"):
            if " " in seg:
                return (
                    "16 digits, the NIK in pairs"
                    if re.fullmatch(r"\d\d( \d\d)+", seg)
                    else "16 digits, the NIK in fours"
                )
            return "16 digits, the NIK"
        return "16 digits, 0 and the old number" + (" dotted" if "." in seg else "")
    if re.search(r"[OolISB]", seg):
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
    if kind in ("nik", "kk") and "," in seg:
        return "in fours with commas"
    if kind in ("nik", "kk") and len(id_digits(seg)) != 16:
        return "15 or 17 digits"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def report(records: list[dict[str, object]], used: list[set[str]], digest: str) -> None:
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
    print(f"without spans {empty} ({100 * empty / len(records):.1f} %)")
    per_t = Counter((t[0], bool(MARKER.search(t[2]))) for t in TEMPLATES)
    print(
        "templates per style (with spans, without):",
        {s: (per_t[s, True], per_t[s, False]) for s in STYLES},
    )
    lengths = [len(r["text"]) for r in records]
    lines = [r["text"].count("\n") + 1 for r in records]
    print(
        f"text length {min(lengths)}-{max(lengths)} characters, mean {sum(lengths) // len(lengths)}; lines {min(lines)}-{max(lines)}, mean {sum(lines) // len(lines)}"
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
    runs = ats = phones = npwps = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
                phones += phone_ok(m.group().strip())
        for m in re.finditer(r"\b\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}\b", r["text"]):
            if not any(inside[m.start() : m.end()]):
                npwps += 1
        for m in re.finditer(r"\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                ats += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("of them shaped as a mobile or a Kupang line:", phones)
    print("unlabelled dotted NPWPs:", npwps)
    print("unlabelled @ tokens:", ats)
    person = [k for k, r in enumerate(records) if any(s["kind"] == "npwp" for s in r["spans"])]
    beside = [k for k in person if used[k] & BODY_NPWP_KEYS]
    print(
        f"texts with a person's NPWP: {len(person)}, of them with a body's NPWP or NITKU beside it: {len(beside)}"
    )
    bodies = sum(1 for k in range(len(records)) if used[k] & BODY_NPWP_KEYS)
    print(f"texts with a body's NPWP or NITKU: {bodies}")


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .,\-()]{4,}\d|\d{5,}|\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
                print(f"{r['id']}  …{before}[{m.group().replace(chr(10), '/')}]")


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
    """Print texts drawn at random with their spans marked, for reading."""
    for r in random.Random(seed).sample(records, min(count, len(records))):
        text = r["text"]
        out = []
        pos = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            out.append(text[pos : s["start"]])
            out.append(f"⟦{s['kind']}|{text[s['start'] : s['end']]}⟧")
            pos = s["end"]
        out.append(text[pos:])
        print(f"=== {r['id']} {r['style']}/{r['theme']}")
        print("".join(out))
        print()


def check_floors(records: list[dict[str, object]]) -> list[str]:
    bad = []
    if len(records) < FLOORS["texts"]:
        bad.append(f"texts {len(records)}")
    by_style = Counter(r["style"] for r in records)
    bad += [f"style {s} {by_style[s]}" for s in STYLES if by_style[s] < FLOORS["per_style"]]
    empty = sum(1 for r in records if not r["spans"])
    if empty < FLOORS["empty_share"] * len(records):
        bad.append(f"without spans {empty}")
    per = Counter(s["kind"] for r in records for s in r["spans"])
    bad += [f"{k} {per[k]}" for k in ("npwp", "nik", "phone", "name") if per[k] < FLOORS[k]]
    bad += [f"kind {k} missing" for k in KINDS.values() if not per[k]]
    if len({r["theme"] for r in records}) < FLOORS["themes"]:
        bad.append("themes")
    if len({r["id"] for r in records}) != len(records) or len({r["text"] for r in records}) != len(
        records
    ):
        bad.append("ids or texts repeated")
    return bad


def main() -> None:
    records, used = build()
    floors = check_floors(records)
    if floors and "--loose" not in sys.argv:
        raise SystemExit(f"floors not met: {floors}")
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if "--dry" not in sys.argv and "--loose" not in sys.argv:
        OUT.write_bytes(data)
    report(records, used, hashlib.sha256(data).hexdigest())
    if floors:
        print("floors not met:", floors)
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {o1} capitals with a digit read for a
# letter), {g1}/{G1}/{lg1} the name a person is called by, {f1}/{F1}/{lf1} family name, {s1} the
# writing a chat saved; {hp1} mobile ({hpb1} block, {hpd1} dashes, {hps1} spaces, {hpg1} 4-3-rest,
# {hph1} 4-3-rest dashes, {hpt1} dots, {hpi1} +62 dashes, {hpp1} +62 spaces, {hpj1} +62 block,
# {hpk1} 62 block, {hpm1} 62 spaces, {hpq1} 62 dashes, {hpc1} (+62), {hpu1} 4 4-rest, {hpo1}
# letters for digits, {hpn1} over a line, {hpx1} plain, {hpl1} local, {hpz1} international); {hq1}
# a second mobile; {tr1} home landline; {nik1} ({nikb1}, {niks1} fours, {nikt1} dots, {nikc1}
# commas, {nikp1} pairs, {nikn1} over a line, {niko1} letters for digits, {nika1} a stray space,
# {nikx1} a digit typed wrong, {nikm1} a digit left out, {nikk1} a digit doubled); {kk1} same
# suffixes; NPWP {np1}: {npd1} old dotted, {npb1} old block, {nps1} spaced groups, {npe1} all dots,
# {nph1} dashes, {npz1} 0 and the old number, {npy1} the same dotted, {npn1} the NIK, {npf1} the
# NIK in fours, {npt1} NITKU, {npo1} a scan's old number, {npq1} a scan's 16 digits, {npw1} a digit
# wrong, {npv1} the NIK with a digit wrong, {npr1} over a line, {npu1} a second old number (double); {bpjs1} ({bpjss1} groups, {bpjso1}
# letters); {em1} ({emp1} plain, {emx1} a dodge, {emn1} over a line, {emk1} on an office's host, {emj1} on pajak.go.id,
# {emw1} on a bank's host);
# {bank1}/{rek1}, {rkbri1} {rkbni1} {rkmdr1} {rkntt1} {rkbca1} {rkbsi1}; {ad1} street and number,
# {adr1} with RT/RW, {rt1} RT/RW alone, {rtk1} a table's cell; {lahir1} {lahirb1} {tmp1} {age1}
# {pl1} {pkel1} the kelurahan they live in ({pkec1} its kecamatan), {jk1} {lp1}, {nipp1} a civil servant's NIP.
# T(..., F= M= women, men; E= elderly, P= parents of students, A= parents of children, S= students,
# Y= children; fam={2: 1}: 2 is 1's child (family name, card, region); kkof={2: 1}: 2 is 1's spouse;
# region="5301": every NIK of the text in that regency. {agama1} a card's religion, {est1} a house in an estate.
# Not a person's: {owa} {owaz} an office's or a desk's mobile, {otel} an office's line, {biz} a
# business's mobile, {scam}, {short}; {npx} a body's NPWP ({npxd} dotted, {npxz} 0 and the old
# number, {npxo} as a scan reads it), {npbend} a treasurer's, {nitkux} a body's NITKU ({nitkub} a treasurer's), {npxex} an
# example's; {rekx} {rekntt} bodies' accounts; look-alikes {tiket} {surat} {nib} {billing} {ntpn}
# {faktur} {bupot} {bpe} {efin} {kpj} {nop} {va} {idpel} {dtks} {nip} {nisn} {npsn} {nuptk} {nidn}
# {nikop} {trx} {kip} {inv} {kwit} {spk} {spd} {reg} {otp} {file} {akta} {ahu} {skp} {nim} {rup}
# {jp} {thx}, {bruto} {pph} {netto}, {hjual} {dpp} {ppn}, {agaji} {abruto} {apph} and {npop} {bphtb} (consistent), {rpkur}, {npwpd} a business's regional taxpayer number, {item} {qty} {unit} {total} {paid} {change} (a receipt), {cvmail} {kopmail} {yaymail} (bodies' mailboxes); figures {rp}
# {rps} {rpm} {rpb} {rpj} {tgl} {tgll} {hari} {dname} {jam} {dt} {da} {ts} {hm} {md} {pada} {wrote} {minggu} {rpgaji} {thn} {thl}
# {bln} {rtn} {rwn} {num} {tglx} {cif}; places and bodies {kel} {kec} {desa} {kecdesa} {posy} {jl} {jlno} {cv} {kop} {yay} {jemaat} {gereja} {paroki}
# {shop} {school} {office} {os} {bnk}; bodies' mailboxes {schoolmail} {opmail} {ppkmail} {kelmail}; {KEL} and the like give the capitals.

TEMPLATES: list[tuple] = []

# ================================================================ tax_office
# The tax office's letters and Coretax's messages to persons, and (without spans) to bodies.
TEMPLATES += [
    T(
        "tax_office",
        "npwp_nik",
        """
Coretax DJP - Kotak Masuk
Dari: Direktorat Jenderal Pajak
Perihal: «Informasi Aktivasi Akun Wajib Pajak¦Pemberitahuan Pemadanan NIK sebagai NPWP»
Tanggal: {tgl1}

Yth. [[n:{N1}]]
NPWP      : [[npwp:{npn1}]]
NITKU     : [[npwp:{npt1}]]
NPWP lama : [[npwp:{npd1}]]

Terima kasih telah melakukan aktivasi akun Coretax. Sejak {tgll1}, NIK Saudara digunakan sebagai NPWP untuk seluruh layanan administrasi perpajakan. NPWP format 15 digit ([[npwp:{npb1}]]) masih dapat digunakan terbatas pada layanan tertentu sampai dengan pemberitahuan lebih lanjut.

Alamat email terdaftar : [[e:{emp1}]]
Nomor HP terdaftar     : [[p:{hpx1}]]

Kode verifikasi Anda: {otp}. Jangan berikan kode ini kepada siapa pun, termasuk petugas pajak.
Butuh bantuan? Hubungi Kring Pajak 1500200, «WA layanan KPP Pratama Kupang {owa}¦email informasi@pajak.go.id» atau datang ke KPP Pratama Kupang, {jlno}.

Pesan ini dikirim otomatis oleh sistem. Nomor referensi: {reg}
""",
    ),
    T(
        "tax_office",
        "npwp_nik",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR WILAYAH DJP NUSA TENGGARA
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
{jlno}, Kupang. Telepon {otel}. Laman www.pajak.go.id

Nomor : {skpp}
Sifat : Biasa
Hal   : Penghapusan NPWP Ganda

Yth. «Sdr.¦Bapak» [[n:{n1}]]
[[a:{adr1}]]
Kel. {pkel1}, Kota Kupang

Sehubungan dengan surat permohonan Saudara tanggal {tgll1} mengenai kepemilikan lebih dari satu NPWP, dengan ini kami sampaikan bahwa berdasarkan penelitian administrasi Saudara terdaftar dengan dua NPWP, yaitu:
1. [[npwp:{npd1}]], terdaftar sejak tahun {thx} atas permohonan sendiri;
2. [[npwp:{npu1}]], didaftarkan melalui pemberi kerja {CV} (NPWP pemberi kerja {npx}).

NPWP pada angka 2 telah dihapuskan secara jabatan per {tgll2}. Seluruh hak dan kewajiban perpajakan Saudara selanjutnya diadministrasikan dengan NPWP [[npwp:{npd1}]] yang telah dipadankan dengan NIK [[nik:{nik1}]]; dalam Coretax, NPWP Saudara adalah [[npwp:{npn1}]].

Bukti potong tahun {thl} yang masih mencantumkan NPWP pada angka 2 agar dimintakan pembetulan kepada pemberi kerja.

a.n. Kepala Kantor
Kepala Seksi Pelayanan,

[[n:{n2}]]
NIP {nipp2}

Tembusan: Pemberi kerja {CV}
""",
        M=(1,),
    ),
    T(
        "tax_office",
        "refund_slip",
        """
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
Nomor    : {skpp}
Lampiran : 1 (satu) berkas
Hal      : Pemberitahuan Pengembalian Kelebihan Pembayaran Pajak

Yth. «Bapak¦Ibu» [[n:{n1}]]
NPWP  : [[npwp:{npn1}]]
NITKU : [[npwp:{npt1}]]

Menindaklanjuti SPT Tahunan PPh Orang Pribadi Tahun Pajak {thl} yang Saudara sampaikan dengan Bukti Penerimaan Elektronik {bpe}, telah diterbitkan Surat Ketetapan Pajak Lebih Bayar Nomor {skp} dengan jumlah kelebihan pembayaran {rpb}.

Bukti potong dari pemberi kerja Saudara, {school} (NPWP bendahara {npbend}), telah diperhitungkan sebagai kredit pajak sebesar {rpm}.

Pengembalian akan ditransfer ke rekening [[b:{rek1}]] pada {bank1} atas nama [[n:{N1}]] paling lambat {tgll2}. Apabila rekening tersebut sudah tidak aktif, mohon segera konfirmasi kepada Account Representative Saudara, [[n:{n2}]], melalui email [[e:{emj2}]] atau telepon kantor {otel}.

Demikian disampaikan.
Kepala Kantor
""",
    ),
    T(
        "tax_office",
        "procurement",
        """
Nomor : {skpp}
Hal   : Permintaan Penjelasan atas Data dan/atau Keterangan

Yth. [[n:{N1}]]
NPWP [[npwp:{npz1}]] «(NPWP 15 digit [[npwp:{npd1}]])¦»
[[a:{ADR1}]]
KUPANG

Berdasarkan data yang kami terima dari Bendahara Pengeluaran {office} (NPWP {npbend}), terdapat transaksi penjualan barang oleh Saudara selaku pengusaha orang pribadi (usaha perorangan) pada tahun {thl} dengan nilai {rpj}, antara lain kuitansi nomor {kwit1} dan {kwit2}. PPh Pasal 22 yang dipungut bendahara sebesar {rpm} dengan NTPN {ntpn}.

Transaksi tersebut belum kami temukan dalam SPT Tahunan Saudara (BPE {bpe}). Saudara diminta memberikan penjelasan paling lama 14 hari sejak surat ini diterima, secara langsung atau melalui Account Representative kami:
Nama  : [[n:{n2}]]
NIP   : {nipp2}
Email : [[e:{emj2}]]
Telp  : {otel} (kantor)

a.n. Kepala Kantor
Kepala Seksi Pengawasan «I¦II¦III»
""",
    ),
    T(
        "tax_office",
        "refund_slip",
        """
[Coretax] Notifikasi: Bukti Pemotongan PPh Pasal 21 diterbitkan
Nomor Bukti Potong : {bupot}
Masa Pajak         : {bln} {thn}

Pemotong
NPWP  : {npxz}
NITKU : {nitkux}
Nama  : {CV}

Penerima Penghasilan
NPWP/NIK : [[npwp:{npn1}]]
NITKU    : [[npwp:{npt1}]]
Nama     : [[n:{N1}]]
«Alamat  : [[a:{ADR1}]]¦Status   : «TK/0¦K/1¦K/2»»
Penghasilan Bruto : {rpb}
PPh Dipotong      : {rpm}

Silakan periksa bukti potong ini pada menu Dokumen Saya. Apabila NPWP atau nama penerima tidak sesuai, hubungi pemotong («bagian HRD {CV}, telp {otel}¦bagian keuangan {CV}, email {cvmail}»).
""",
    ),
    T(
        "tax_office",
        "npwp_nik",
        """
*KPP Pratama Kupang – Layanan WhatsApp*
Selamat «pagi¦siang» Bapak [[n:{g1}]], terima kasih telah menghubungi kami.

Berdasarkan data yang Bapak kirimkan:
Nama      : [[n:{N1}]]
NIK       : [[nik:{nik1}]]
NPWP lama : [[npwp:{nps1}]]

NIK Bapak sudah valid dan sudah padan dengan NPWP lama. Untuk login Coretax gunakan NIK sebagai NPWP: [[npwp:{npn1}]]. Jika lupa kata sandi, gunakan fitur Lupa Kata Sandi; tautan akan dikirim ke email [[e:{emp1}]] yang terdaftar.

Catatan: nomor [[p:{hpl1}]] yang Bapak tulis di formulir berbeda dengan nomor di sistem kami, yaitu nomor lama [[p:{hql1}]]. Mohon perbarui data kontak melalui menu Profil Saya.

Nomor tiket layanan: {reg}. Layanan WA ini hanya melalui {owa} dan tidak pernah meminta kata sandi.
""",
        M=(1,),
    ),
    T(
        "tax_office",
        "refund_slip",
        """
Yth. Ibu [[n:{n1}]],

Menjawab pengaduan Ibu melalui «LAPOR!¦email» tanggal {tgll1} (tiket {tiket}), kami sampaikan:
1. Bukti potong PPh 21 nomor {bupot} dari {school} mencantumkan NPWP [[npwp:{npw1}]]. Nomor tersebut tidak terdaftar atas nama Ibu.
2. NPWP Ibu yang benar adalah [[npwp:{npd1}]], dan sejak Coretax berlaku NIK Ibu [[npwp:{npn1}]] digunakan sebagai NPWP.
3. Kami telah meminta bendahara {school} (NPWP {npbend}) membuat pembetulan bukti potong paling lambat {tgll2}.
4. Setelah pembetulan, SPT Tahunan Ibu (BPE {bpe}) dapat dibetulkan agar kredit pajak {rpm} diakui.

Apabila ada pertanyaan, Ibu dapat menghubungi Kring Pajak 1500200 atau helpdesk kami di {otel}.

Hormat kami,
Petugas Pengelola Pengaduan
KPP Pratama Kupang
""",
    ),
    T(
        "tax_office",
        "npwp_nik",
        """
Nomor : {skpp}
Hal   : Penghapusan NPWP Wajib Pajak Meninggal Dunia

Yth. «Sdr.¦Sdri.» [[n:{n2}]]
selaku ahli waris almarhum [[n:{n1}]]
[[a:{adr2}]]
Kupang

Sehubungan dengan permohonan penghapusan NPWP yang Saudara ajukan pada {tgll1} dengan lampiran:
- fotokopi akta kematian almarhum, NIK [[nik:{nik1}]];
- fotokopi Kartu Keluarga nomor [[kk:{kk1}]];
- fotokopi KTP ahli waris, NIK [[nik:{nik2}]];
- surat keterangan ahli waris dari Kelurahan {kel} nomor {surat2};

dengan ini kami beritahukan bahwa NPWP almarhum [[npwp:{npd1}]] (dalam Coretax [[npwp:{npn1}]]) telah dihapus per {tgll2}. Harta warisan yang belum terbagi dilaporkan oleh ahli waris sesuai ketentuan.

Informasi lebih lanjut: Tempat Pelayanan Terpadu KPP Pratama Kupang, {jlno}, telepon {otel}.

Kepala Kantor
""",
        E=(1,),
        A=(2,),
        fam={2: 1},
    ),
    T(
        "tax_office",
        "npwp_nik",
        """
Coretax DJP | Notifikasi Perubahan Data Wajib Pajak
Yth. [[n:{N2}]],

Permohonan perubahan status Anda dengan nomor {reg} telah diproses:
Status perpajakan : PH (pisah harta)
NPWP Anda         : [[npwp:{npn2}]]
NITKU             : [[npwp:{npt2}]]
NPWP suami        : [[npwp:{npd1}]] a.n. [[n:{N1}]]
Nomor KK          : [[kk:{kk1}]]

Dengan status PH, Anda wajib menyampaikan SPT Tahunan sendiri mulai Tahun Pajak {thn}. Penghasilan dari usaha «kios sembako¦katering¦salon» Anda tidak lagi digabung dengan SPT suami.

Jika terdapat kesalahan data, hubungi KPP Pratama Kupang di {otel} atau Kring Pajak 1500200.
""",
        M=(1,),
        F=(2,),
        kkof={2: 1},
    ),
    # ---- without spans
    T(
        "tax_office",
        "npwp_nik",
        """
PENGUMUMAN
Nomor PENG-{num}/KPP.2402/{thn}

KPP Pratama Kupang mengingatkan Wajib Pajak bahwa batas waktu penyampaian SPT Tahunan PPh Orang Pribadi Tahun Pajak {thl} adalah 31 Maret {thn}.

1. Login Coretax menggunakan NIK (16 digit) bagi Wajib Pajak Orang Pribadi penduduk, atau NPWP 16 digit bagi Wajib Pajak Badan. Contoh penulisan: NPWP 15 digit 01.234.567.8-920.000 menjadi 0012345678920000.
2. Layanan asistensi pengisian SPT dibuka di TPT KPP Pratama Kupang, {jlno}, Senin–Jumat pukul 08.00–15.00 WITA.
3. Pembayaran menggunakan kode billing 15 digit, misalnya {billing}; simpan NTPN (contoh {ntpn}) sebagai bukti bayar.
4. Waspadai penipuan: petugas tidak pernah meminta kata sandi atau kode OTP. Email resmi hanya berakhiran @pajak.go.id.

Informasi: Kring Pajak 1500200, WA {owa} (chat saja), telepon {otel}.
Kupang, {tgll1}
""",
    ),
    T(
        "tax_office",
        "refund_slip",
        """
Coretax DJP – Kotak Masuk
Kepada  : {CV}
NPWP    : {npxz}
NITKU   : {nitkux}
Perihal : Konfirmasi Pembayaran dan Pelaporan PPN Masa {bln} {thn}

Pembayaran dengan kode billing {billing} telah diterima pada {tgl1} sebesar {rpb}, NTPN {ntpn}.
SPT Masa PPN telah diterima dengan BPE {bpe}.
Faktur pajak keluaran yang dilaporkan: {faktur1}, {faktur2} dan {faktur3}.
Pajak masukan dari {cv2} (NPWP {npxd}) sebesar {rpm} telah dikreditkan.

Apabila terdapat selisih, hubungi Account Representative melalui kanal resmi KPP Pratama Kupang ({otel}) dengan menyebutkan nomor permohonan {reg}.
""",
    ),
    T(
        "tax_office",
        "honorarium",
        """
Yth. Bendahara Pengeluaran {office}
NPWP {npbend}
di Kupang

Nomor : {skpp}
Hal   : Konfirmasi Setoran PPh Pasal 21 dan PPN Masa {bln} {thn}

Berdasarkan data SP2D nomor {spd1} dan {spd2}, terdapat potongan PPh Pasal 21 atas honorarium kegiatan sebesar {rpm} dan PPN sebesar {rpb} yang belum tercatat penyetorannya. Kode billing yang telah dibuat: {billing}.

Mohon bendahara menyetor dan melaporkan pemotongan tersebut paling lambat {tgll2} serta menerbitkan bukti potong bagi para penerima. Konfirmasi dapat disampaikan melalui helpdesk {owa} atau email pelayanan.kpp920@pajak.go.id.

Kepala Kantor Pelayanan Pajak Pratama Kupang
""",
    ),
    T(
        "tax_office",
        "npwp_nik",
        """
WASPADA PESAN PALSU MENGATASNAMAKAN DJP

Beredar pesan berikut di WhatsApp warga Kota Kupang:
"Yth. Wajib Pajak, NPWP Anda {npxex} TERBLOKIR karena belum pemadanan NIK. Segera aktivasi ulang melalui tautan coretax-djp-update.com atau hubungi petugas kami di WA {scam}. Biaya aktivasi {rps} ditransfer ke VA {va} paling lambat {tgll1}."
Pengirim email: djp.coretax.kupang@gmail.com

KPP Pratama Kupang menegaskan bahwa DJP tidak memungut biaya pemadanan, tidak mengirim tautan selain pajak.go.id, dan tidak memakai email gratis. Laporkan pesan serupa ke pengaduan@pajak.go.id atau Kring Pajak 1500200. Nomor resmi kami hanya {otel} dan WA {owa}.
""",
    ),
    T(
        "tax_office",
        "organisation",
        """
Yth. Pengurus {KOP}
NPWP : {npx}
Nomor Induk Koperasi : {nikop}

Perihal: Tanda Terima SPT Tahunan PPh Badan Tahun Pajak {thl}

SPT Tahunan telah diterima pada {tgl1} dengan BPE {bpe}. Status SPT: «kurang bayar {rpm}, telah dilunasi dengan kode billing {billing}¦nihil».
Kredit pajak PPh Pasal 23 dari {CV} (NPWP {npxd}) dengan bukti potong {bupot} sebesar {rps} telah diperhitungkan.

Koperasi wajib memotong PPh atas pembagian SHU kepada anggota. Informasi: Kring Pajak 1500200 atau layanan KPP Pratama Kupang {otel}.
""",
    ),
]

# ================================================================ form
# Forms and registrations with identity blocks: scholarships, social aid, honoraria, procurement,
# OSS/NIB, bank loans, NPWP registration, grants, BPHTB; without spans, bodies' own forms.
TEMPLATES += [
    T(
        "form",
        "scholarship",
        """
FORMULIR PENDAFTARAN BEASISWA «PEMERINTAH KOTA KUPANG¦CENDANA CERDAS» TAHUN {thn}
Jenjang: «S1¦D3» – Mahasiswa «Baru¦Lanjutan»

A. DATA MAHASISWA
1. Nama lengkap       : [[n:{N1}]]
2. NIK                : [[nik:{nik1}]]
3. Nomor KK           : [[kk:{kk1}]]
4. Tempat/Tgl. Lahir  : {TMP1}, {lahir1}
5. NIM / NISN         : {nim} / {nisn}
6. Perguruan Tinggi   : «Universitas Nusa Cendana¦Politeknik Negeri Kupang¦Universitas Katolik Widya Mandira¦Universitas Muhammadiyah Kupang»
7. Alamat tinggal     : [[a:{adr1}]], Kel. {pkel1}
8. No. HP/WA          : [[p:{hp1}]]
9. Email              : [[e:{emp1}]]
10. Rekening «BNI a.n. mahasiswa : [[b:{rkbni1}]]¦BRI a.n. mahasiswa : [[b:{rkbri1}]]»

B. DATA ORANG TUA/WALI
Nama Ayah               : [[n:{N2}]]
NIK Ayah                : [[nik:{nik2}]]
NPWP Ayah               : «[[npwp:{npd2}]]¦[[npwp:{npn2}]]¦[[npwp:{npb2}]]»
Pekerjaan / Penghasilan : «Petani¦Nelayan¦Sopir angkot¦Guru honor¦Wiraswasta» / {rp} per bulan
Nama Ibu                : [[n:{N3}]]
NIK Ibu                 : [[nik:{nik3}]]
NPWP Ibu                : «-¦belum punya»
No. HP orang tua        : [[p:{hp2}]]

Saya menyatakan data di atas benar dan dapat dipertanggungjawabkan.
Kupang, {tgll1}
Pemohon,

[[n:{n1}]]
""",
        S=(1,),
        A=(2, 3),
        M=(2,),
        F=(3,),
        fam={1: 2},
        kkof={3: 2},
    ),
    T(
        "form",
        "honorarium",
        """
{OFFICE}
DAFTAR PENERIMAAN HONORARIUM NARASUMBER
Kegiatan : «Bimbingan Teknis Penyusunan Laporan Keuangan BOS¦Sosialisasi Coretax bagi Guru Honorer¦Pelatihan Kader Posyandu¦Rapat Koordinasi Penyaluran Bansos»
Tanggal  : {hari1}
Kode rekening belanja : 5.1.02.02.01.00{jp}3

Nama Narasumber : [[n:{n1}]]«, S.Pd.¦, S.E., M.Si.¦»
Instansi        : «{school}¦Universitas Nusa Cendana¦Widyaiswara BPSDMD Provinsi NTT»
NIP             : «{nipp1}¦-»
«NPWP           : [[npwp:{npn1}]] (NIK sebagai NPWP)¦NPWP/NIK       : [[npwp:{npn1}]]¦NPWP           : [[npwp:{npd1}]]»
Pangkat/Gol.    : «III/c¦IV/a¦-»
Jumlah jam      : {jp} JP
Honorarium bruto: {bruto}
PPh Pasal 21    : {pph}
Diterima bersih : {netto}
Rekening        : [[b:{rek1}]] ({bank1}) a.n. [[n:{N1}]]

Pemotong: Bendahara Pengeluaran {office} – NPWP {npbend}
Nomor bukti potong: {bupot}

Kupang, {tgll1}
Bendahara Pengeluaran,          Penerima,

[[n:{n2}]]                     [[n:{n1}]]
NIP {nipp2}
""",
    ),
    T(
        "form",
        "licensing",
        """
OSS RBA – Ringkasan Data Pelaku Usaha
Jenis Pelaku Usaha  : Orang Perseorangan (Usaha Mikro)
Nama Pelaku Usaha   : [[n:{N1}]]
NIK                 : [[nik:{nik1}]]
NPWP                : «[[npwp:{npn1}]]¦[[npwp:{npd1}]]»
Jenis Kelamin       : {jk1}
Alamat Pelaku Usaha : [[a:{ADR1}]], KEL. {PKEL1}
Nomor Telepon       : [[p:{hp1}]]
Email               : [[e:{emp1}]]

Data Usaha
Nama Usaha          : «Kue Kering Lontar Manis¦Jahit Busana Flobamora¦Warung Sembako Berkat¦Tenun Ikat Sotis¦Las Listrik Sinar Baja»
KBLI                : «10792 – Industri Kue Basah¦14111 – Industri Pakaian Jadi¦47111 – Perdagangan Eceran Sembako¦13134 – Industri Tenun Ikat¦25111 – Industri Barang dari Logam»
Alamat Usaha        : «SAMA DENGAN ALAMAT PELAKU USAHA (RUMAH SENDIRI)¦{JLNO}, KUPANG (KIOS SEWA)»
Modal Usaha         : {rpb}
NIB                 : {nib}
Tanggal Terbit      : {tgl1}
Status              : Terbit – Risiko Rendah

Dokumen ini diterbitkan secara elektronik oleh Lembaga OSS. Helpdesk DPMPTSP Kota Kupang: {otel}, WA {owa}.
""",
    ),
    T(
        "form",
        "bank_loan",
        """
FORMULIR PERMOHONAN KREDIT USAHA RAKYAT (KUR) MIKRO
BRI Unit «Oebobo¦Kuanino¦Oesapa¦Penfui¦Oeba»
No. Aplikasi : {reg}

I. DATA CALON DEBITUR
Nama Debitur     : [[n:{N1}]]
NIK              : [[nik:{nik1}]]
No. KK           : [[kk:{kk1}]]
NPWP             : «[[npwp:{npd1}]]¦[[npwp:{npn1}]] (NIK)¦[[npwp:{npz1}]]»
Tempat/Tgl Lahir : {TMP1}, {lahir1}
Alamat Rumah     : [[a:{ADR1}]]
No. HP           : [[p:{hp1}]]
Nama Ibu Kandung : [[n:{N3}]]

II. DATA PASANGAN
Nama Pasangan    : [[n:{N2}]]
NIK Pasangan     : [[nik:{nik2}]]
NPWP Pasangan    : «-¦[[npwp:{npn2}]]»

III. DATA USAHA
Jenis usaha      : «warung sembako¦jual ikan di Pasar Oeba¦ojek dan bensin eceran¦jahit pakaian¦jual sayur di Pasar Kasih»
NIB              : {nib}
Omzet per bulan  : {rpb}
Plafon diajukan  : {rpkur}
Jangka waktu     : «24¦36» bulan

IV. AGUNAN
BPKB sepeda motor «Honda Beat¦Honda Supra X 125¦Yamaha Vega ZR¦Honda Vario» tahun {thx}, nomor polisi [[pl:{pl1}]], atas nama sendiri

Rekening pencairan : [[b:{rkbri1}]] a.n. [[n:{N1}]]
Mantri KUR        : [[n:{n4}]]
""",
        M=(1,),
        F=(2, 3),
        E=(3,),
        kkof={2: 1},
    ),
    T(
        "form",
        "procurement",
        """
FORMULIR ISIAN KUALIFIKASI – PENYEDIA PERORANGAN
Paket        : «Pengadaan Makan Minum Rapat¦Belanja Alat Tulis Kantor¦Jasa Pemeliharaan Taman¦Pengadaan Bahan Bangunan Rehab Pustu»
Satuan Kerja : {office} (NPWP satker {npbend})
Kode RUP     : {rup}

A. Identitas Penyedia
1. Nama        : [[n:{n1}]]
2. NIK         : [[nik:{nik1}]]
3. NPWP        : [[npwp:{npd1}]]
4. NITKU       : [[npwp:{npt1}]]
5. Status PKP  : «Bukan PKP¦PKP»
6. Alamat      : [[a:{adr1}]], Kel. {pkel1}
7. Telepon/HP  : [[p:{hp1}]]
8. Email       : [[e:{em1}]]
9. NIB         : {nib}

B. Rekening
Bank           : {bank1}
Nomor rekening : [[b:{rek1}]]
Atas nama      : [[n:{N1}]]

C. Pengalaman
«Pengadaan sejenis pada {office2} tahun {thl}, nilai {rpj}, SPK {spk}¦Belum ada pengalaman pada instansi pemerintah»

Dengan ini saya menyatakan data di atas benar.
Kupang, {tgll1}

[[n:{n1}]]
""",
    ),
    T(
        "form",
        "social_aid",
        """
FORMULIR USULAN PENERIMA BLT TAHUN {thn}
Kelurahan {kel} – Kecamatan {kec}
ID usulan: {dtks}

Nomor KK              : [[kk:{kk1}]]
Nama Kepala Keluarga  : [[n:{N1}]]
NIK Kepala Keluarga   : [[nik:{nik1}]]
Alamat                : [[a:{ADR1}]]
No. HP                : [[p:{hp1}]]
Pekerjaan             : «BURUH HARIAN¦NELAYAN¦PETANI¦TUKANG OJEK»
NPWP                  : «TIDAK ADA¦BELUM PUNYA¦-»
No. Kartu KIS/JKN     : [[bpjs:{bpjs1}]]
Anggota keluarga:
1. [[n:{N2}]] – NIK [[nik:{nik2}]] – ISTRI
2. [[n:{N3}]] – NIK [[nik:{nik3}]] – ANAK
Penghasilan rata-rata : {rp} per bulan
Kepemilikan rekening  : «belum ada¦KKS BNI, rekening [[b:{rkbni1}]]»

Diverifikasi: [[n:{n4}]] (operator SIKS-NG kelurahan), {tgl1}
""",
        M=(1,),
        F=(2,),
        Y=(3,),
        A=(1, 2),
        kkof={2: 1},
        fam={3: 1},
    ),
    T(
        "form",
        "npwp_nik",
        """
FORMULIR PENDAFTARAN WAJIB PAJAK ORANG PRIBADI
(Coretax – Pendaftaran NPWP Orang Pribadi)

Bagian A – Identitas
NIK                  : [[nik:{nik1}]]
Nomor KK             : [[kk:{kk1}]]
Nama                 : [[n:{N1}]]
Tempat/Tanggal Lahir : {TMP1} / {lahir1}
Status perkawinan    : Kawin
Alamat               : [[a:{ADR1}]], KEL. {PKEL1}
Email                : [[e:{emp1}]]
Nomor HP             : [[p:{hpz1}]]

Bagian B – Sumber penghasilan
«Pegawai pada {cv} (NPWP pemberi kerja {npx})¦Usaha perorangan: warung makan di rumah sendiri¦Pekerjaan bebas: penjahit»

Bagian C – Data suami/istri
Nama : [[n:{N2}]]
NIK  : [[nik:{nik2}]]
NPWP : [[npwp:{npn2}]]

Catatan petugas TPT: NPWP terbit sama dengan NIK; NITKU [[npwp:{npt1}]]. Nomor tanda terima {reg}.
""",
        kkof={2: 1},
    ),
    T(
        "form",
        "organisation",
        """
FORMULIR PERMOHONAN PENCAIRAN DANA HIBAH TAHUN ANGGARAN {thn}
Kepada: Kepala BPKAD Kota Kupang

Penerima hibah     : {YAY}
NPWP Yayasan       : {npx}
Akta pendirian     : {akta}
Pengesahan         : {ahu}
Rekening yayasan   : {rekntt} (Bank NTT)
Alamat sekretariat : {jlno}, Kupang

Penanggung jawab
Nama Ketua    : [[n:{N1}]]
NIK           : [[nik:{nik1}]]
NPWP pribadi  : [[npwp:{np1}]]
HP            : [[p:{hp1}]]
Alamat rumah  : [[a:{adr1}]]
Bendahara     : [[n:{N2}]], HP [[p:{hp2}]]

Nilai hibah {rpj} sesuai NPHD nomor {surat}.
Lampiran: proposal, RAB, fotokopi KTP ketua, fotokopi NPWP yayasan.
""",
    ),
    T(
        "form",
        "property",
        """
SURAT SETORAN PAJAK DAERAH
BEA PEROLEHAN HAK ATAS TANAH DAN BANGUNAN (SSPD-BPHTB)
BAPENDA KOTA KUPANG

A. WAJIB PAJAK
1. Nama Wajib Pajak : [[n:{N1}]]
2. NPWP             : [[npwp:{np1}]]
3. NIK              : [[nik:{nik1}]]
4. Alamat WP        : [[a:{ADR1}]]
5. Kelurahan        : {PKEL1}   Kota: KUPANG
6. Telepon          : [[p:{hp1}]]

B. OBJEK PAJAK
1. NOP PBB          : {nop}
2. Letak tanah      : «Kel. {kel}, Kec. {kec} (tanah kosong)¦Jalur 40, Kel. {kel}»
3. Luas tanah       : {num}0 m2
4. Jenis perolehan  : Jual beli
5. Penjual          : [[n:{N2}]], NIK [[nik:{nik2}]]

C. PERHITUNGAN
NPOP                : {npop}
NPOPTKP             : Rp 60.000.000
BPHTB terutang      : {bphtb}
Kode billing        : {billing}
Nomor validasi      : {reg}

PPAT: Notaris/PPAT [[n:{n3}]], S.H., M.Kn.
""",
    ),
    # ---- without spans
    T(
        "form",
        "procurement",
        """
FORMULIR PENDAFTARAN PENYEDIA – BADAN USAHA
Nama Badan Usaha   : {CV}
NPWP Badan         : {npxz}
NITKU Pusat        : {nitkux}
NIB                : {nib}
Akta Pendirian     : {akta}
Pengesahan         : {ahu}
Alamat Kantor      : {jlno}, Kupang
Telepon Kantor     : {otel}
Email Perusahaan   : {cvmail}
Rekening Perusahaan: {rekx} ({bnk}) a.n. {CV}
KBLI               : 41011, 42101, 43211
Kualifikasi        : Kecil
SPT Tahunan Badan  : Tahun {thl}, BPE {bpe}
Penanggung jawab   : Direktur (sesuai akta)

Diverifikasi oleh Pokja Pemilihan UKPBJ Kota Kupang pada {tgl1}; nomor registrasi {reg}.
""",
    ),
    T(
        "form",
        "organisation",
        """
FORMULIR PROPOSAL BANTUAN MODAL KOPERASI {thn}
Dinas Koperasi dan UKM Kota Kupang

1. Nama Koperasi          : {KOP}
2. Nomor Induk Koperasi   : {nikop}
3. Badan Hukum            : {ahu}
4. NPWP Koperasi          : {npx}
5. NIB                    : {nib}
6. Jumlah anggota         : {num}7 orang
7. Alamat sekretariat     : {jlno}, Kupang
8. Telepon sekretariat    : {otel}
9. Email koperasi         : {kopmail}
10. Rekening koperasi     : {rekntt} (Bank NTT) a.n. {KOP}
11. Modal sendiri         : {rpj}
12. Bantuan yang diminta  : {rpj2}
13. RAT terakhir          : {tgl1}, berita acara nomor {surat}

Diisi oleh pengurus; data anggota terlampir dan tidak dipublikasikan.
""",
    ),
    T(
        "form",
        "honorarium",
        """
FORMULIR LAPORAN PENGGUNAAN DANA BOS – PAJAK
Nama Sekolah        : {SCHOOL}
NPSN                : {npsn}
NPWP Sekolah        : {npx}
NPWP Bendahara BOS  : {npbend}
Rekening BOS        : {rekntt} a.n. {SCHOOL}
Tahap               : «I¦II» Tahun {thn}

Rincian setoran pajak:
- PPh 21 honor tenaga kependidikan: {rpm}, billing {billing1}, NTPN {ntpn1}
- PPN belanja ATK dari {shop}: {rps}, billing {billing2}, NTPN {ntpn2}
- PPh 22 belanja buku: {rps2}, faktur {faktur}

Jumlah setoran: {rp}
Diisi oleh operator sekolah; kontak sekolah {otel}.
""",
    ),
    T(
        "form",
        "licensing",
        """
OSS RBA – DATA PERUSAHAAN
Nama Perusahaan     : {CV}
Status Penanaman    : PMDN
NPWP Perusahaan     : {npxz}
NIB                 : {nib}
Nomor Akta          : {akta}
SK Kemenkumham      : {ahu}
Alamat Kantor       : {JLNO}, KUPANG
Telepon Perusahaan  : {otel}
Email Perusahaan    : {cvmail}
KBLI                : «46100¦47592¦56101¦68111» dan «49431¦52101»
Modal Disetor       : {rpj}
Jumlah Tenaga Kerja : {num} orang
Tanggal Terbit NIB  : {tgl1}

Kantor pusat: NITKU {nitkux}. Dicetak dari sistem OSS pada {tgl2}.
""",
    ),
    T(
        "form",
        "npwp_nik",
        """
CONTOH PENGISIAN FORMULIR
(untuk ditempel di loket TPT KPP Pratama Kupang)

NIK        : diisi 16 digit sesuai KTP, contoh 5371XXXXXXXXXXXX
Nomor KK   : 16 digit sesuai Kartu Keluarga
NPWP lama  : contoh {npxex}
NPWP baru  : orang pribadi = NIK; badan = 0 + NPWP lama, contoh 0012345678920000
NITKU      : orang pribadi = NIK + 000000; badan = NPWP 16 digit + 000000
Email      : gunakan email aktif milik sendiri
Nomor HP   : gunakan nomor aktif milik sendiri (08XX-XXXX-XXXX)

Antrean hari ini: {num} orang sampai pukul {jam}. Loket ditutup pukul 15.00 WITA.
Pertanyaan: helpdesk {owa} atau telepon {otel}. Nomor layanan ini tidak menerima panggilan suara.
Formulir versi {thn}.{jp}, dicetak {tgl1}.
""",
    ),
]

# ================================================================ clerk_chat
# WhatsApp chats where a treasurer, an official or a clerk asks for numbers and people give them
# in turn, correct them and repeat them; without spans, chats of desks and roles only.
TEMPLATES += [
    T(
        "clerk_chat",
        "honorarium",
        """
Grup WA "Guru Honor {SCHOOL}"
{ts1} Bendahara {school}: Selamat «pagi¦siang» bapak ibu guru. Untuk pencairan honor triwulan «I¦II¦III», mohon kirim NPWP dan no rekening paling lambat hari {dname2} ya. Yg sdh pake NIK sbg NPWP, kirim NIK saja.
{ts2} [[n:{s1}]]: Siap bu. NPWP sy [[npwp:{npd1}]]
{ts3} [[n:{s2}]]: Punya sy sdh pakai NIK: [[npwp:{npn2}]]
{ts4} [[n:{s3}]]: Ibu, sy blm punya NPWP, pakai NIK sj boleh? [[nik:{nik3}]]
{ts5} Bendahara {school}: Boleh bu [[n:{g3}]], tp potongan PPh nya lebih tinggi 20%. Segera daftar NPWP ya
{ts6} [[n:{s4}]]: Maaf terlambat bu. NPWP [[npwp:{npw4}]] rek {bank4} [[b:{rek4}]]
{ts7} [[n:{s4}]]: Eh salah ketik bu, yg benar [[npwp:{npd4}]]
{ts8} Bendahara {school}: Ok pak [[n:{g4}]], sdh sy perbaiki.
{ts9} Bendahara {school}: Rekap sementara:
1. [[n:{n1}]] – [[npwp:{npd1}]]
2. [[n:{n2}]] – [[npwp:{npn2}]]
3. [[n:{n3}]] – belum punya (NIK [[nik:{nik3}]])
4. [[n:{n4}]] – [[npwp:{npd4}]]
NPWP sekolah utk bukti potong: {npx}. Yg blm kirim rekening, japri sy.
""",
    ),
    T(
        "clerk_chat",
        "honorarium",
        """
{ts1} Staf Kel. {kel}: Selamat pagi bapa mama Ketua RT. Honor triwulan «II¦III» su bisa cair lewat transfer. Mohon kirim NPWP deng nomor rekening Bank NTT.
{ts2} [[n:{s1}]]: Pagi ade. NPWP sa yg lama [[npwp:{nps1}]]
{ts3} Staf Kel. {kel}: Bapa, sekarang NPWP su ganti pakai NIK. Bapa pung NIK brapa?
{ts4} [[n:{s1}]]: [[nik:{nik1}]]
{ts5} Staf Kel. {kel}: Bapa [[n:{g2}]], NPWP bapa?
{ts6} [[n:{s2}]]: [[npwp:{npd2}]]
{ts7} [[n:{s2}]]: Rek Bank NTT [[b:{rkntt2}]] a.n. [[n:{n2}]]
{ts8} [[n:{s3}]]: Sa pung NPWP 16 digit sama deng NIK, [[npwp:{npn3}]]. Rek BRI [[b:{rkbri3}]]
{ts9} Staf Kel. {kel}: Terima kasih. Bukti potong nanti dari Bendahara Kelurahan (NPWP {npbend}). Mama [[n:{g3}]] tolong kirim foto buku tabungan ko.
{ts10} [[n:{s1}]]: Ade, sa pung kartu NPWP masih yg lama [[npwp:{npd1}]]. Itu masih pake ko sonde?
{ts11} Staf Kel. {kel}: Sonde lagi bapa. Yang dipake NIK tadi.
""",
        M=(1,),
        F=(3,),
    ),
    T(
        "clerk_chat",
        "social_aid",
        """
{ts1} Operator SIKS-NG {kel}: Selamat siang. Ibu [[n:{g1}]], data ibu belum padan di DTKS. Mohon kirim NIK lalu nomor KK.
{ts2} [[n:{s1}]]: Siang pak. Ini NIK sy
{ts3} [[n:{s1}]]: [[nik:{nik1}]]
{ts4} [[n:{s1}]]: KK [[kk:{kks1}]]
{ts5} Operator SIKS-NG {kel}: NIK ibu yg terbaca di sistem [[nik:{nikx1}]], beda 1 angka. Mohon cek di KTP sekali lagi
{ts6} [[n:{s1}]]: Yg di KTP [[nik:{nik1}]] pak, sesuai yg sy kirim
{ts7} Operator SIKS-NG {kel}: Baik, sy ajukan perbaikan. Suami ibu, Bapak [[n:{n2}]], NIK nya?
{ts8} [[n:{s1}]]: [[nik:{nik2}]]
{ts9} [[n:{s1}]]: Kalo NPWP kami tdk punya pak
{ts10} Operator SIKS-NG {kel}: Tdk apa2. ID DTKS ibu {dtks}, status usulan "proses verifikasi". Pengumuman penerima di kantor kelurahan tgl {tgl2}.
""",
        F=(1,),
        kkof={2: 1},
    ),
    T(
        "clerk_chat",
        "procurement",
        """
{ts1} PPK {os}: Selamat pagi pak [[n:{g1}]]. Untuk SPK pengadaan «ATK¦makan minum rapat¦bahan bangunan» kami perlu data penyedia: NIK, NPWP, NIB, rekening.
{ts2} [[n:{s1}]]: Pagi pak. Sy usaha perorangan, tdk ada CV. NPWP pribadi sy [[npwp:{npd1}]]
{ts3} [[n:{s1}]]: NIB {nib}
{ts4} [[n:{s1}]]: NIK [[nik:{nik1}]]
{ts5} PPK {os}: NPWP nya sdh padan dgn NIK? Di Coretax nanti kami input NIK bapak sbg NPWP.
{ts6} [[n:{s1}]]: Sdh pak, NPWP sy skrg [[npwp:{npn1}]]
{ts7} [[n:{s1}]]: Rekening «BRI [[b:{rkbri1}]]¦Bank NTT [[b:{rkntt1}]]¦Mandiri [[b:{rkmdr1}]]» a.n. [[n:{n1}]]
{ts8} PPK {os}: Ok. Tagihan ke {office}, NPWP bendahara {npbend}. PPh 22 dipungut bendahara 1,5%. Faktur tdk perlu krn bapak bukan PKP.
{ts9} [[n:{s1}]]: Siap pak. Kwitansi sy kirim besok, nomor {kwit}. Nilai {rpb}.
""",
        M=(1,),
    ),
    T(
        "clerk_chat",
        "honorarium",
        """
{ts1} Bendahara Puskesmas «Oebobo¦Sikumana¦Bakunase¦Oesapa¦Penfui»: Selamat sore mama2 kader. Uang transport kader bulan {bln} mau dicairkan. Tolong kirim NIK, NPWP (kalau ada) dan nomor HP aktif.
{ts2} [[n:{s1}]]: Sore bu. NIK [[nik:{nik1}]], NPWP blm ada
{ts3} [[n:{s2}]]: NIK [[nik:{niks2}]] NPWP [[npwp:{npd2}]] HP [[p:{hp2}]]
{ts4} [[n:{s3}]]: Ibu, sa kirim NIK ya [[nik:{nik3}]]
{ts5} Bendahara Puskesmas: Mama [[n:{g3}]], NPWP ada ko?
{ts6} [[n:{s3}]]: Ada bu, yg baru sama dgn NIK tadi
{ts7} [[n:{s1}]]: Nomor HP sy [[p:{hp1}]] bu
{ts8} Bendahara Puskesmas: Terima kasih. Yg tdk punya NPWP dipotong lebih tinggi ya. Transport {rp} per bulan, dipotong PPh. Bukti potong dari puskesmas (NPWP {npbend}).
""",
        F=(1, 2, 3),
    ),
    T(
        "clerk_chat",
        "bank_loan",
        """
{ts1} Pak [[n:{g2}]] Mantri BRI: Selamat pagi ibu [[n:{g1}]]. Untuk pengajuan KUR, tolong kirim foto KTP, KK, NPWP deng NIB usaha.
{ts2} [[n:{s1}]]: Pagi pak. KTP deng KK sa su kirim foto. NIK [[nik:{nik1}]]
{ts3} Pak [[n:{g2}]] Mantri BRI: Foto KK buram bu. Nomor KK?
{ts4} [[n:{s1}]]: [[kk:{kk1}]]
{ts5} Pak [[n:{g2}]] Mantri BRI: NPWP ibu?
{ts6} [[n:{s1}]]: «[[npwp:{npd1}]]¦[[npwp:{npn1}]], kata orang pajak sekarang pakai NIK»
{ts7} Pak [[n:{g2}]] Mantri BRI: Suami ibu ikut tanda tangan ya. Nama deng NIK suami?
{ts8} [[n:{s1}]]: [[n:{n3}]], [[nik:{nik3}]]
{ts9} Pak [[n:{g2}]] Mantri BRI: Agunan motor, plat nomor?
{ts10} [[n:{s1}]]: [[pl:{pl1}]]
{ts11} Pak [[n:{g2}]] Mantri BRI: Rekening ibu di BRI sudah ada?
{ts12} [[n:{s1}]]: Ada pak [[b:{rkbri1}]]
{ts13} Pak [[n:{g2}]] Mantri BRI: Ok bu. Survei usaha hari {dname3} jam {jam}. Nomor sy ini [[p:{hp2}]] kalau mau tanya. NIB ibu {nib} sudah valid.
""",
        F=(1,),
        M=(2, 3),
        kkof={3: 1},
    ),
    T(
        "clerk_chat",
        "scholarship",
        """
{ts1} Admin Beasiswa: Selamat siang. Sdr/i [[n:{n1}]], berkas KIP Kuliah «Undana¦Politeknik¦Unwira» anda belum lengkap: NPWP orang tua dan NIK ibu.
{ts2} [[n:{s1}]]: Siang kak. Bapa sy pung NPWP skrg pake NIK kak: [[npwp:{npn2}]]
{ts3} [[n:{s1}]]: NIK mama [[nik:{nik3}]]
{ts4} Admin Beasiswa: NIK ibu tdk sesuai dgn KK yg diupload. Di KK tertulis [[nik:{nikx3}]]
{ts5} [[n:{s1}]]: Oh berarti salah di KK kak. Nomor KK kami [[kk:{kk2}]], nanti mama ke Dukcapil.
{ts6} Admin Beasiswa: Ok, sementara pakai NIK yg di KTP. NIM kamu {nim}, nomor KIP {kip}. Pencairan ke rekening BNI [[b:{rkbni1}]] ya?
{ts7} [[n:{s1}]]: Iya kak, a.n. sy sendiri.
{ts8} Admin Beasiswa: Baik. Nama ayah sesuai KK [[n:{N2}]], nama ibu [[n:{N3}]] ya. Sdh sy update.
""",
        S=(1,),
        P=(2, 3),
        M=(2,),
        F=(3,),
        fam={1: 2},
        kkof={3: 2},
    ),
    T(
        "clerk_chat",
        "organisation",
        """
{ts1} Bendahara Majelis: Shalom bapa mama majelis. Untuk laporan pajak {gereja}: honor pelayan dan majelis wajib dipotong PPh. Mohon kirim NPWP pribadi masing2. NPWP Majelis Jemaat kita {npx}, jangan dipakai utk pribadi.
{ts2} Pdt. [[n:{n1}]]: Shalom. NPWP sy [[npwp:{np1}]]
{ts3} [[n:{s2}]]: Punya sy [[npwp:{npd2}]]
{ts4} [[n:{s3}]]: Sy baru daftar, NPWP = NIK [[npwp:{npn3}]]
{ts5} [[n:{s4}]]: Bendahara, sy pake NPWP majelis saja boleh ko?
{ts6} Bendahara Majelis: Sonde bisa bapa. Itu NPWP badan. Kalau belum punya, kirim NIK sa.
{ts7} [[n:{s4}]]: Ok. NIK [[nik:{nik4}]]
{ts8} Bendahara Majelis: Terima kasih. Rekening gereja utk persembahan tetap {rekntt} a.n. Majelis Jemaat. Tuhan berkati.
""",
        M=(4,),
    ),
    T(
        "clerk_chat",
        "property",
        """
{ts1} Staf Notaris [[n:{g3}]]: Selamat pagi bapak. Untuk AJB dan setoran BPHTB mohon data pembeli dan istri: NIK, KK, NPWP.
{ts2} [[n:{s1}]]: Pagi nona. NIK sy [[nik:{nik1}]], KK [[kk:{kk1}]]
{ts3} Staf Notaris [[n:{g3}]]: NPWP bapak?
{ts4} [[n:{s1}]]: [[npwp:{npd1}]]
{ts5} [[n:{s1}]]: Eh itu yg lama. Yg baru katanya sama dengan NIK, [[npwp:{npn1}]]
{ts6} Staf Notaris [[n:{g3}]]: Baik. Istri bapak?
{ts7} [[n:{s1}]]: [[n:{n2}]], NIK [[nik:{nik2}]]
{ts8} Staf Notaris [[n:{g3}]]: Objek tanah NOP {nop}, nilai transaksi {npop}, BPHTB {bphtb}. Kode billing BPHTB {billing}, bayar di Bank NTT paling lambat {tgl2}. Penjual, Bapak [[n:{n4}]], sudah kirim data.
{ts9} [[n:{s1}]]: Siap nona, terima kasih
""",
        M=(1,),
        F=(3,),
        kkof={2: 1},
    ),
    # ---- without spans
    T(
        "clerk_chat",
        "honorarium",
        """
Grup "Bendahara OPD Kota Kupang {thn}"
{ts1} Admin BPKAD: Selamat pagi rekan2 bendahara. Batas setor PPh 21 masa {bln} tgl 10. Mohon cek potongan di SP2D masing2.
{ts2} Bendahara Dinkes: SP2D {spd1} potongan PPh 21 {rpm}, billing {billing1} sdh disetor, NTPN {ntpn1}
{ts3} Bendahara Dinsos: Ijin tanya, NPWP bendahara kami {npbend} blm bisa login Coretax. Apakah harus pakai NITKU?
{ts4} Admin BPKAD: Bendahara login pakai NPWP 16 digit instansi, yaitu 0 + NPWP lama. NITKU tambah 6 digit, contoh {nitkux}.
{ts5} Bendahara Disdikbud: SP2D {spd2} GU, PPN {rps} faktur {faktur}. Penyedia {cv}, NPWP {npx}
{ts6} Admin BPKAD: Ok. Helpdesk KPP {owa}. Jangan share kode OTP ke siapapun ya.
{ts7} Bendahara Dinkes: Siap. Terima kasih admin 🙏
""",
    ),
    T(
        "clerk_chat",
        "licensing",
        """
{ts1} Admin {CV}: Selamat siang DPMPTSP. NIB kami {nib} tidak bisa diperbarui, muncul "NPWP tidak valid".
{ts2} Helpdesk DPMPTSP: Siang. NPWP perusahaan yang diinput berapa?
{ts3} Admin {CV}: {npxd}
{ts4} Helpdesk DPMPTSP: Untuk badan usaha sekarang pakai 16 digit: {npxz}. Coba lagi.
{ts5} Admin {CV}: Sudah bisa. KBLI 41011 dan 43211 masuk. Nomor permohonan {reg}.
{ts6} Helpdesk DPMPTSP: Baik. Kalau ada kendala OSS, telp {otel} atau WA {owa}, Senin–Jumat 08.00–15.00.
""",
    ),
    T(
        "clerk_chat",
        "organisation",
        """
Grup "Pengurus {KOP}"
{ts1} Sekretaris Koperasi: Selamat malam pengurus. Dinas minta data koperasi utk pembaruan NIB: NPWP {npx}, Nomor Induk Koperasi {nikop}, badan hukum {ahu}.
{ts2} Bendahara Koperasi: Rekening koperasi {rekx} masih aktif. SHU tahun {thl} sudah dibagi, PPh final disetor billing {billing}, NTPN {ntpn}.
{ts3} Ketua Koperasi: RAT dijadwalkan {tgl2} jam 09.00 di aula. Undangan nomor {surat}.
{ts4} Sekretaris Koperasi: Siap ketua. Kontak dinas {otel}.
""",
    ),
    T(
        "clerk_chat",
        "scholarship",
        """
{ts1} Operator {school}: Bu bendahara, data PIP siswa sudah turun. SK nomor {surat}, {num} siswa.
{ts2} Bendahara BOS {school}: Pencairan lewat rekening siswa di BRI atau ke rekening sekolah {rekx}?
{ts3} Operator {school}: Ke rekening siswa. NPSN kita {npsn}, NPWP sekolah {npx}. Virtual account aktivasi {va}.
{ts4} Bendahara BOS {school}: Ok. PPh tidak dipotong krn bantuan sosial. Sisa BOS tahap «I¦II» {rpb}.
{ts5} Operator {school}: Siap bu. Besok sy cetak daftar dari dapodik jam {jam}.
""",
    ),
    T(
        "clerk_chat",
        "npwp_nik",
        """
Grup "Keluarga Besar" (diteruskan)
{ts1} kaka: Ada yg dapat pesan ini ko?
{ts1} kaka: "Yth Bpk/Ibu, NPWP Anda {npxex} akan DIBLOKIR. Segera verifikasi di WA {scam}, biaya admin {rps} ke VA {va}"
{ts2} mama: Beta ju dapat, dari nomor {scam2}
{ts3} om: Itu tipu-tipu. Kantor pajak sonde minta uang. Nomor resmi KPP {otel}, Kring Pajak 1500200
{ts4} kaka: Ok om, sa blok sa
{ts5} ade: Kode OTP {otp} ju ada masuk, sa sonde kasi sapa-sapa
""",
    ),
]

# ================================================================ email_thread
# Mail threads with quoted replies and forwards carrying identity data; without spans, offices'
# and bodies' mails to each other.
TEMPLATES += [
    T(
        "email_thread",
        "honorarium",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Bendahara {school} <{schoolmail}>
Cc: [[n:{n2}]] <[[e:{emp2}]]>
Subject: Re: Fwd: Data NPWP guru honor – pencairan triwulan «II¦III»
Date: {md3}

Selamat siang Ibu Bendahara,

Berikut data sy yg diminta:
Nama : [[n:{n1}]]
NPWP : [[npwp:{npd1}]] (sdh padan dgn NIK [[nik:{nik1}]])
Rek. : [[b:{rek1}]] ({bank1})

Data rekan sy [[n:{n2}]] (email nya tdk masuk): NPWP [[npwp:{npn2}]].

Salam,
[[n:{g1}]]

{pada} {md2}, Bendahara {school} <{schoolmail}> {wrote}:
> Bapak/Ibu guru honor,
> Mohon kirim ulang NPWP dan nomor rekening. NPWP sekolah ({npx}) jangan dicantumkan sebagai NPWP pribadi.
>
> ---------- Forwarded message ---------
> Dari: Bidang Perbendaharaan BPKAD <perbendaharaan.bpkad@kupangkota.go.id>
> Tanggal: {md1}
> Subjek: Data NPWP guru honor
>
> Daftar guru honor yang NPWP-nya tidak valid di Coretax:
> 1. [[n:{N1}]] – [[npwp:{npw1}]]
> 2. [[n:{N2}]] – [[npwp:{nps2}]]
""",
    ),
    T(
        "email_thread",
        "procurement",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: PPK {os} <{ppkmail}>
Subject: Re: Koreksi NPWP pada kuitansi {kwit}
Date: {md3}

Bapak PPK yth,
Betul pak, pada kuitansi tertulis NPWP [[npwp:{npw1}]], seharusnya [[npwp:{npd1}]]. Sy usaha perorangan (tanpa CV), jadi yang dipakai NPWP pribadi sy. Dalam Coretax NPWP sy sama dengan NIK: [[npwp:{npn1}]].
Rekening pembayaran tetap [[b:{rek1}]] ({bank1}) a.n. [[n:{n1}]].

Terima kasih,
[[n:{n1}]]
HP [[p:{hp1}]]

{pada} {md2}, PPK {os} <{ppkmail}> {wrote}:
> Yth. Sdr. [[n:{n1}]],
> Bendahara {office} (NPWP {npbend}) tidak dapat membuat bukti pungut PPh 22 karena NPWP pada kuitansi nomor {kwit} tidak valid. Mohon konfirmasi NPWP yang benar.
> Nilai tagihan {rpb}, SPK {spk}.
""",
    ),
    T(
        "email_thread",
        "scholarship",
        """
From: [[n:{n2}]] <[[e:{emp2}]]>
To: Bagian Kemahasiswaan <kemahasiswaan@undana.ac.id>
Subject: Re: Kelengkapan data orang tua penerima KIP Kuliah – NIM {nim}
Date: {md2}

Dengan hormat,
Saya orang tua dari [[n:{n1}]] (NIM {nim}), melengkapi data yang diminta:
- NPWP ayah : [[npwp:{np2}]]
- NIK ibu ([[n:{n3}]]) : [[nik:{nik3}]]
- Nomor KK : [[kk:{kk2}]]
- No. HP   : [[p:{hp2}]]
Penghasilan kami per bulan sekitar {rp}.

Hormat saya,
[[n:{n2}]]

{pada} {md1}, Bagian Kemahasiswaan <kemahasiswaan@undana.ac.id> {wrote}:
> Kepada mahasiswa penerima KIP Kuliah,
> Data orang tua (NIK, NPWP, penghasilan) wajib dilengkapi paling lambat {tgll2}. Data yang tidak lengkap tidak dapat diproses pencairannya.
> Informasi: WA layanan {owa} (Senin–Jumat).
""",
        S=(1,),
        P=(2, 3),
        M=(2,),
        F=(3,),
        fam={1: 2},
        kkof={3: 2},
    ),
    T(
        "email_thread",
        "npwp_nik",
        """
From: [[n:{n2}]] <[[e:{emj2}]]>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: RE: Pemadanan NIK-NPWP
Date: {md3}

Selamat siang Bapak [[n:{g1}]],
NPWP Bapak [[npwp:{npd1}]] sudah kami padankan dengan NIK [[nik:{nik1}]]. Silakan login Coretax dengan NIK tersebut. Untuk NITKU gunakan [[npwp:{npt1}]].

Salam,
[[n:{n2}]]
Account Representative Seksi Pengawasan «I¦II¦III»
KPP Pratama Kupang | Telp. {otel}

-----Original Message-----
From: [[n:{n1}]] <[[e:{emp1}]]>
Sent: {md2}
To: [[n:{n2}]] <[[e:{emj2}]]>
Subject: Pemadanan NIK-NPWP

Selamat pagi, NPWP sy yg lama [[npwp:{npb1}]] tdk bisa dipakai login. NIK sy [[nik:{nikt1}]]. HP [[p:{hp1}]].
Terima kasih.
[[n:{n1}]]
""",
        M=(1,),
    ),
    T(
        "email_thread",
        "refund_slip",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: HRD {cv} <{cvmail}>
Subject: Re: Bukti potong PPh 21 tahun {thl}
Date: {md2}

Selamat pagi ibu/bapak HRD,
Di bukti potong {bupot} NPWP sy tertulis [[npwp:{npv1}]]. Itu salah satu angka; yg benar NIK sy [[npwp:{npn1}]] yang sdh jadi NPWP. NPWP lama sy [[npwp:{npd1}]].
Mohon dibetulkan supaya SPT sy bisa dilaporkan.

Terima kasih,
[[n:{n1}]]
Bagian «gudang¦kasir¦produksi»

{pada} {md1}, HRD {cv} <{cvmail}> {wrote}:
> Dear karyawan,
> Terlampir bukti potong 1721-A1 tahun {thl}. Pemotong: {CV}, NPWP {npxz}, NITKU {nitkux}.
> Apabila ada data yang keliru, balas email ini paling lambat {tgll2}.
""",
    ),
    T(
        "email_thread",
        "organisation",
        """
From: Sekretariat {kop} <{kopmail}>
To: Dinas Koperasi dan UKM <diskopukm@kupangkota.go.id>
Subject: Fwd: data pengurus untuk pembaruan NIB koperasi
Date: {md2}

Yth. Dinas Koperasi dan UKM,
Bersama ini kami teruskan data pengurus sesuai permintaan. NPWP koperasi {npx}, Nomor Induk Koperasi {nikop}.

NPWP pribadi pengurus:
- Ketua, [[n:{n1}]] – [[npwp:{npd1}]]
- Sekretaris, [[n:{n2}]] – [[npwp:{npn2}]]
- Bendahara, [[n:{n3}]] – [[npwp:{np3}]]

Hormat kami,
Sekretariat {kop}

---------- Forwarded message ---------
From: [[n:{n1}]] <[[e:{emp1}]]>
Date: {md1}
Subject: data pengurus
To: Sekretariat {kop} <{kopmail}>

Tolong teruskan ke dinas. HP sy [[p:{hp1}]] kalau dinas perlu konfirmasi. NIK sy [[nik:{nik1}]].
""",
    ),
    T(
        "email_thread",
        "bank_loan",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[n:{n2}]] <[[e:{emw2}]]>
Subject: Re: Kelengkapan berkas kredit multiguna
Date: {md3}

Selamat siang,
Nomor KK kami [[kk:{kk1}]]. NPWP suami ([[n:{n3}]]) [[npwp:{npd3}]]. SK terakhir sy kirim di lampiran ({file}).

Terima kasih,
[[n:{n1}]]
[[p:{hp1}]]

{pada} {md2}, [[n:{n2}]] <[[e:{emw2}]]> {wrote}:
> Yth. Ibu [[n:{n1}]],
> Berkas permohonan kredit multiguna ibu sudah kami terima. Data yang tercatat:
> NIK               : [[nik:{nik1}]]
> NPWP              : [[npwp:{npn1}]]
> No. rekening gaji : [[b:{rkntt1}]]
> Instansi          : {school}
> Mohon lengkapi: (1) nomor KK, (2) SK terakhir, (3) NPWP suami.
> Hormat kami,
> [[n:{n2}]]
> Analis Kredit Kantor Cabang «Kupang¦Oeba¦Naikoten», telp. {otel}
""",
        F=(1,),
        kkof={3: 1},
    ),
    T(
        "email_thread",
        "social_aid",
        """
From: Kelurahan {kel} <{kelmail}>
To: Bidang Linjamsos Dinas Sosial <linjamsos.dinsos@kupangkota.go.id>
Subject: Re: Verifikasi data KPM yang NIK-nya tidak padan
Date: {md2}

Yth. Bidang Linjamsos,
Berikut hasil verifikasi lapangan kami:
1. [[n:{N1}]] – NIK di KTP [[nik:{nik1}]], KK [[kk:{kk1}]]; di DTKS tertulis [[nik:{nikx1}]] (salah 1 angka).
2. [[n:{N2}]] – NIK [[nik:{nik2}]], KK [[kk:{kk2}]]; sudah pindah ke Kab. Kupang, mohon dinonaktifkan.
3. [[n:{N3}]] – meninggal dunia {tgl1}, ahli waris [[n:{n4}]] (NIK [[nik:{nik4}]]).

Salam,
Operator SIKS-NG Kelurahan {kel}

{pada} {md1}, Bidang Linjamsos Dinas Sosial {wrote}:
> Mohon verifikasi KPM berikut (ID DTKS {dtks1}, {dtks2}, {dtks3}) paling lambat {tgll2}.
> Kontak: {owa} (WA, chat saja).
""",
        E=(3,),
        fam={4: 3},
    ),
    T(
        "email_thread",
        "property",
        """
From: [[n:{n2}]] <[[e:{emp2}]]>
To: [[n:{n3}]] <[[e:{emp3}]]>
Cc: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Re: Draft AJB dan perhitungan BPHTB
Date: {md3}

Nona [[n:{g3}]], NPWP sy di draft itu salah. Sy pakai NIK sbg NPWP: [[npwp:{npn2}]]. NPWP lama sy [[npwp:{npd2}]] sdh tdk dipakai.
Salam, [[n:{n2}]]

{pada} {md2}, [[n:{n3}]] <[[e:{emp3}]]> {wrote}:
> Bapak [[n:{g1}]] dan Ibu [[n:{g2}]] yth,
> Berikut data yang akan dimasukkan dalam akta:
> PENJUAL : [[n:{N1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npd1}]]
> PEMBELI : [[n:{N2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{npw2}]]
> Objek   : NOP {nop}, nilai transaksi {npop}.
> PPh final penjual 2,5% dan BPHTB pembeli {bphtb}; kode billing PPh {billing1}, BPHTB {billing2}.
> Mohon dicek. Jika ada salah ketik NPWP/NIK segera balas.
> Salam,
> [[n:{n3}]]
> Staf Kantor Notaris/PPAT [[n:{n4}]], S.H., M.Kn.
""",
        M=(1,),
        F=(2, 3),
    ),
    # ---- without spans
    T(
        "email_thread",
        "honorarium",
        """
From: Bidang Perbendaharaan BPKAD <perbendaharaan.bpkad@kupangkota.go.id>
To: Bendahara Pengeluaran {os} <bendahara.{os}@kupangkota.go.id>
Subject: Re: Selisih potongan PPh 21 SP2D {spd1}
Date: {md2}

Yth. Bendahara,
Selisih {rps} pada SP2D {spd1} karena tarif efektif bulanan. Silakan buat billing tambahan ({billing}) dan lampirkan NTPN pada SPJ. NPWP bendahara yang digunakan {npbend}.

{pada} {md1}, Bendahara Pengeluaran {os} {wrote}:
> Potongan PPh 21 SP2D {spd1} sebesar {rpm}, sedangkan hitungan kami {rpm2}. Mohon penjelasan. Telp kantor {otel}.
""",
    ),
    T(
        "email_thread",
        "procurement",
        """
From: Seksi Pelayanan KPP Pratama Kupang <pelayanan.kpp920@pajak.go.id>
To: {cv} <{cvmail}>
Subject: Re: Faktur pajak ditolak – NITKU pembeli
Date: {md2}

Yth. Pengurus {cv},
Faktur {faktur1} ditolak karena NITKU pembeli tidak sesuai. Untuk instansi pembeli {office} gunakan NPWP {npbend} dengan NITKU {nitkub}. Faktur pengganti diberi nomor {faktur2}.

> {pada} {md1}, {cv} {wrote}:
> Faktur kami atas SPK {spk} nilai {rpj} ditolak sistem. NPWP kami {npxz}. Mohon bantuan. Telp {otel}.
""",
    ),
    T(
        "email_thread",
        "npwp_nik",
        """
From: Info Pajak Kupang <wp-kupang-920@lists.pajak.go.id>
To: wp-kupang-920@lists.pajak.go.id
Subject: [Info Pajak] Jadwal asistensi SPT Tahunan dan perubahan format NPWP
Date: {md1}

Yth. Wajib Pajak,
1. Mulai {tgll1} layanan asistensi SPT dibuka di KPP Pratama Kupang, {jlno}.
2. NPWP 15 digit (contoh 09.123.456.7-920.000) tidak dipakai lagi di Coretax; orang pribadi memakai NIK, badan memakai 16 digit.
3. Kode billing berlaku 7 hari, contoh {billing}.
4. Kontak: Kring Pajak 1500200, telepon {otel}.

Anda menerima email ini karena terdaftar di milis. Berhenti berlangganan: unsubscribe-920@lists.pajak.go.id
""",
    ),
    T(
        "email_thread",
        "refund_slip",
        """
From: Humas KPP Pratama Kupang <humas.kpp920@pajak.go.id>
To: Kepala Sekolah se-Kota Kupang <kepsek-kotakupang@googlegroups.com>
Subject: Fwd: Waspada email palsu "Pengembalian Pajak"
Date: {md2}

Mohon disebarkan kepada guru dan tenaga kependidikan. Email di bawah PALSU.

---------- Forwarded message ---------
From: Direktorat Jenderal Pajak <refund.djp.coretax@gmail.com>
Date: {md1}
Subject: Pengembalian Pajak Anda {rpb}

Selamat! Anda berhak atas restitusi {rpb}. Isi formulir di tautan berikut dan bayar biaya verifikasi {rps} ke VA {va}. Nomor referensi {reg}, kode OTP {otp}.
""",
    ),
    T(
        "email_thread",
        "organisation",
        """
From: Sekretariat {yay} <{yaymail}>
To: Bank NTT Kantor Cabang Utama <kcu.kupang@bankntt.co.id>
Subject: Re: Pembaruan data rekening yayasan
Date: {md2}

Yth. Bank NTT,
Kami lampirkan akta perubahan {akta}, SK {ahu}, dan NPWP yayasan {npx}. Rekening yayasan {rekntt} mohon diperbarui spesimen tanda tangannya.

{pada} {md1}, Bank NTT Kantor Cabang Utama {wrote}:
> Mohon lengkapi NPWP yayasan dan NIB {nib}. Hubungi customer service kami di {otel}.
""",
    ),
]

# ================================================================ ocr_scan
# Scanned or photographed documents read by OCR: commas for dots, O for 0, stray spaces, numbers
# broken over lines; without spans, bodies' documents.
TEMPLATES += [
    T(
        "ocr_scan",
        "npwp_nik",
        """
[hasil pindai: {file}]
KEMENTERlAN KEUANGAN REPUBLlK INDONESIA
DlREKTORAT JENDERAL PAJAK
NPWP : «[[npwp:{npo1}]]¦[[npwp:{npr1}]]»
[[n:{o1}]]
NIK : [[nik:{niko1}]]
[[a:{ADR1}]]
KEL. {PKEL1} KEC. {PKEC1}
KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tglx}
www.pajak.go.id   Kring Pajak 1500200
""",
    ),
    T(
        "ocr_scan",
        "npwp_nik",
        """
Lampiran permohonan aktivasi Coretax – foto KTP (teks hasil OCR)
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{niko1}]]
Nama : [[n:{o1}]]
Tempat/Tgl Lahir : {TMP1}, {lahir1}
Jenis Kelamin : {jk1}   Gol. Darah : «O¦A¦B¦-»
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {PKEL1}
Kecamatan : {PKEC1}
Agama : {agama1}
Status Perkawinan : «KAWIN¦BELUM KAWIN»
Pekerjaan : «WIRASWASTA¦GURU¦PEDAGANG¦KARYAWAN SWASTA»
Kewarganegaraan : WNI
Berlaku Hingga : SEUMUR HIDUP
---
Isian petugas: NPWP = NIK [[npwp:{npn1}]]; NPWP lama [[npwp:{npd1}]]; antrean {num}.
""",
    ),
    T(
        "ocr_scan",
        "refund_slip",
        """
BUKTI PEMOTONGAN PAJAK PENGHASILAN PASAL 21 BAGI PEGAWAI TETAP
FORMULIR 1721 - A1
NOMOR : {bupot}
NPWP PEMOTONG : {npxo}
NAMA PEMOTONG : {CV}
A. IDENTITAS PENERIMA PENGHASILAN YANG DIPOTONG
1. NPWP : [[npwp:{npo1}]]       6. STATUS/JUMLAH TANGGUNGAN : K/1
2. NIK/NO. PASPOR : [[nik:{niko1}]]
3. NAMA : [[n:{o1}]]
4. ALAMAT : [[a:{ADR1}]]
5. JENIS KELAMIN : {jk1}        7. NAMA JABATAN : «STAF GUDANG¦KASIR¦SOPIR¦STAF ADMINISTRASI»
B. RINCIAN PENGHASILAN DAN PENGHITUNGAN PPh PASAL 21
1. GAJI/PENSIUN ATAU THT/JHT ........ {agaji}
8. JUMLAH PENGHASILAN BRUTO ........ {abruto}
20. PPh PASAL 21 TERUTANG .......... {apph}
C. IDENTITAS PEMOTONG
1. NPWP : {npxo}
2. NAMA : [[n:{N2}]]
3. TANGGAL : {tgl1}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
Lampiran usulan BLT – scan {file}
KARTU KELUARGA
No. [[kk:{kko1}]]
Nama Kepala Keluarga : [[n:{o1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Desa/Kelurahan : {PKEL1}
Kecamatan : {PKEC1}
Kabupaten/Kota : KOTA KUPANG   Provinsi : NUSA TENGGARA TIMUR
No | Nama Lengkap | NIK | Jenis Kelamin | Tempat Lahir | Tanggal Lahir | Agama
1 | [[n:{o1}]] | [[nik:{niko1}]] | {jk1} | {TMP1} | {lahir1} | {agama1}
2 | [[n:{N2}]] | [[nik:{niko2}]] | {jk2} | {TMP2} | {lahir2} | {agama2}
3 | [[n:{N3}]] | [[nik:{nik3}]] | {jk3} | {TMP3} | {lahir3} | {agama1}
Dikeluarkan tanggal : {tgl1}
""",
        M=(1,),
        Y=(3,),
        A=(1, 2),
        kkof={2: 1},
        fam={3: 1},
    ),
    T(
        "ocr_scan",
        "honorarium",
        """
KUITANSI
No. : {kwit}
Telah terima dari : Bendahara Pengeluaran {OFFICE}
Uang sejumlah : {bruto}
Untuk pembayaran : Honorarium «narasumber¦moderator¦fasilitator» kegiatan «Bimtek Aplikasi SIPD¦Sosialisasi Pajak Daerah¦Pelatihan Kader»
Dipotong PPh 21 : {pph}     Diterima bersih : {netto}
NPWP Penerima : «[[npwp:{npo1}]]¦[[npwp:{npq1}]]»
NPWP Bendahara : {npbend}
Kupang, {tgll1}
Yang menerima,


[[n:{o1}]]
Lunas dibayar, {tgl2}
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
Faktur Pajak
Kode dan Nomor Seri Faktur Pajak : {faktur}
Pengusaha Kena Pajak
Nama : {CV}
Alamat : {JLNO}, KUPANG
NPWP : {npxo}
Pembeli Barang Kena Pajak/Penerima Jasa Kena Pajak
Nama : [[n:{o1}]]
Alamat : [[a:{ADR1}]]
NPWP : «[[npwp:{niko1}]]¦[[npwp:{npn1}]]»
NITKU : [[npwp:{npt1}]]
No | Nama Barang Kena Pajak | Harga Jual
1 | «Semen 50 kg x {num}¦Seng gelombang x {num}¦Besi beton 10 mm x {num}» | {hjual}
Dasar Pengenaan Pajak (nilai lain 11/12) {dpp}
PPN = 12% x DPP {ppn}
KUPANG, {tgl1}
""",
    ),
    T(
        "ocr_scan",
        "bank_loan",
        """
[foto buku tabungan, diunggah untuk pengajuan KUR]
BUKU TABUNGAN «BRITAMA¦SIMPEDES»
BRI UNIT «OEBOBO¦KUANINO¦OESAPA»
NAMA : [[n:{o1}]]
NO. REKENING : [[b:{rkbri1}]]
ALAMAT : [[a:{ADR1}]]
CIF : {cif}
TGL        KETERANGAN                          DEBET      KREDIT     SALDO
{tgl1}     SETORAN TUNAI                                  {rpm}      {rpb}
{tgl2}     TRF DARI [[n:{N2}]] [[b:{rkbri2}]]             {rpm2}     {rpb2}
{tgl3}     PAJAK BUNGA                         {rps}                 {rpb3}
NPWP nasabah (isian manual): [[npwp:{npd1}]]
""",
    ),
    T(
        "ocr_scan",
        "npwp_nik",
        """
[surat tulisan tangan, hasil OCR – beberapa huruf tidak terbaca]
Kpd Yth. Kepala KPP Pratama Kupang
di Kupang
Sy yg bertanda tangan di bwh ini
Nama : [[n:{o1}]]
NIK : «[[nik:{niko1}]]¦[[nik:{nikn1}]]»
NPWP lama : «[[npwp:{npo1}]]¦[[npwp:{npr1}]]»
No HP : «[[p:{hpo1}]]¦[[p:{hpn1}]]»
Mohon bantuan krn NPWP sy di Coretax tdk bisa login, katanya NIK blm padan. Pdhl NIK sy sdh benar sesuai KTP. Sy sdh datang «dua¦tiga¦empat» kali ke kantor pajak.
Atas bantuannya sy ucapkan trm kasih.
Kupang, {tgl1}
Hormat sy,
[[n:{o1}]]
""",
    ),
    T(
        "ocr_scan",
        "property",
        """
SURAT PEMBERITAHUAN PAJAK TERUTANG
PAJAK BUMI DAN BANGUNAN PERDESAAN DAN PERKOTAAN
TAHUN {thn}
NOP : {nop}
LETAK OBJEK PAJAK
{JL}
KEL. {KEL}
NAMA DAN ALAMAT WAJIB PAJAK
[[n:{o1}]]
[[a:{ADR1}]]
{PKEL1} - KUPANG
NPWP : [[npwp:{npo1}]]
OBJEK PAJAK   LUAS (M2)   NJOP PER M2   TOTAL NJOP
BUMI          {num}0        {rps}         {rpj}
PBB YANG HARUS DIBAYAR (Rp) {rpm}
TGL JATUH TEMPO {tgl2}
""",
    ),
    # ---- without spans
    T(
        "ocr_scan",
        "procurement",
        """
{CV}
{JLNO}, KUPANG – TELP. {otel}
NPWP : {npxo}    NIB : {nib}
INVOICE
No. {inv}
Kepada Yth. Bendahara {OFFICE}
NPWP {npbend}
No | Uraian | Jumlah
1 | «Kertas A4 80 gr¦Tinta printer¦Map plastik» | {rpm}
2 | «Ordner¦Pulpen¦Stapler» | {rps}
Total {rpb}
PPN 12% {rpm2}
Pembayaran ke rekening {rekx} a.n. {CV}
Faktur Pajak {faktur}
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
{SHOP}
{JLNO} KUPANG
TELP/WA {biz}
NPWP : {npxo}
------------------------------
No. Trx : {trx}
Kasir : 02   {tgl1} {jam}
{item}   {qty} x {unit}
TOTAL               {total}
TUNAI               {paid}
KEMBALI             {change}
------------------------------
Barang yang sudah dibeli tidak dapat ditukar
Kritik & saran WA {owa}
""",
    ),
    T(
        "ocr_scan",
        "honorarium",
        """
REKAPITULASI PAJAK DANA BOS TAHAP «I¦II» TAHUN {thn}
{SCHOOL}   NPSN {npsn}
NPWP SEKOLAH : {npxo}
NPWP BENDAHARA BOS : {npbend}
No | Jenis Pajak | Kode Billing | NTPN | Jumlah
1 | PPh 21 | {billing1} | {ntpn1} | {rpm}
2 | PPN | {billing2} | {ntpn2} | {rps}
3 | PPh 23 | {billing3} | {ntpn3} | {rps2}
Rekening BOS : {rekntt}
Mengetahui, Kepala Sekolah / Bendahara BOS
""",
    ),
    T(
        "ocr_scan",
        "organisation",
        """
SERTIFIKAT NOMOR INDUK KOPERASI
NIK : {nikop}
Nama Koperasi : {KOP}
Bentuk : Primer Kabupaten/Kota
Nomor Badan Hukum : {ahu}
NPWP : {npxo}
Alamat : {JLNO}, KOTA KUPANG
Tanggal Sertifikasi : {tgl1}
Berlaku s.d. : selama koperasi aktif
Kementerian Koperasi Republik lndonesia
""",
    ),
    T(
        "ocr_scan",
        "npwp_nik",
        """
[foto pengumuman di papan kantor kelurahan]
PENGUMUMAN
PEMADANAN NIK SEBAGAI NPWP
1. Wajib Pajak orang pribadi menggunakan NIK sebagai NPWP
2. Contoh NPWP lama: {npxex}
3. Badan: 0 + NPWP lama (16 digit)
4. Layanan: KPP Pratama Kupang {jlno}
   Telp {otel}  WA {owa}
5. Pojok pajak kelurahan buka {dname1} jam {jam}
Kupang, {tgll1}
""",
    ),
]

# ================================================================ register
# Lists and tables of people's numbers beside lists of bodies' numbers.
TEMPLATES += [
    T(
        "register",
        "honorarium",
        """
Rekap NPWP guru honor {SCHOOL} (diminta bendahara)
NPSN {npsn} | NPWP sekolah {npx}
1. [[n:{n1}]] — [[npwp:{npn1}]]
2. [[n:{n2}]] — [[npwp:{nps2}]]
3. [[n:{n3}]] — «[[npwp:{npz3}]]¦[[npwp:{npy3}]]»
4. [[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
5. [[n:{n5}]] — «[[npwp:{npd5}]]¦[[npwp:{npe5}]]¦[[npwp:{nph5}]]»
6. [[n:{n6}]] — [[npwp:{npf6}]]
Dikirim ke bendahara tgl {tgl1}. Honor per bulan {rp}, PPh 21 dipotong sesuai TER.
""",
    ),
    T(
        "register",
        "honorarium",
        """
DAFTAR PENERIMA SILTAP DAN TUNJANGAN PERANGKAT DESA {DESA}
Kecamatan {kecdesa}, Kabupaten Kupang – Bulan {bln} {thn}
NPWP Desa: {npx} | Rekening Kas Desa: {rekntt}
No | Nama | Jabatan | NIK | NPWP | No. Rek Bank NTT | Diterima
1 | [[n:{N1}]] | Kepala Desa | [[nik:{nik1}]] | [[npwp:{npd1}]] | [[b:{rkntt1}]] | {rpgaji1}
2 | [[n:{N2}]] | Sekretaris Desa | [[nik:{nik2}]] | [[npwp:{npn2}]] | [[b:{rkntt2}]] | {rpgaji2}
3 | [[n:{N3}]] | Kaur Keuangan | [[nik:{nik3}]] | [[npwp:{nps3}]] | [[b:{rkntt3}]] | {rpgaji3}
4 | [[n:{N4}]] | Kasi Pemerintahan | [[nik:{nik4}]] | - | [[b:{rkntt4}]] | {rpgaji4}
Catatan: NPWP kepala desa [[npwp:{npd1}]] dipakai untuk SPT pribadi, bukan NPWP desa.
""",
        region="5301",
    ),
    T(
        "register",
        "honorarium",
        """
No,Nama Kader,NIK,NPWP,HP,Posyandu
1,[[n:{N1}]],[[nik:{nik1}]],[[npwp:{npn1}]],[[p:{hpb1}]],{posy1}
2,[[n:{N2}]],[[nik:{nik2}]],-,[[p:{hpk2}]],{posy1}
3,[[n:{N3}]],[[nik:{nik3}]],[[npwp:{npb3}]],[[p:{hpb3}]],{posy2}
4,[[n:{N4}]],[[nik:{nik4}]],[[npwp:{npn4}]],[[p:{hpj4}]],{posy2}
5,[[n:{N5}]],[[nik:{nik5}]],-,[[p:{hpb5}]],{posy3}
Sumber: Puskesmas «Oebobo¦Sikumana¦Bakunase¦Oesapa¦Penfui», transport kader {bln} {thn}, {rp} per orang. NPWP puskesmas (bendahara) {npbend}.
""",
        F=(1, 2, 3, 4, 5),
    ),
    T(
        "register",
        "procurement",
        """
DAFTAR PENYEDIA BELANJA LANGSUNG {OS} TA {thn}
No | Penyedia | Bentuk | NPWP Penyedia | Pemilik | NIK Pemilik | HP Pemilik
1 | [[n:{n1}]] | Perorangan | [[npwp:{npd1}]] | [[n:{n1}]] | [[nik:{nik1}]] | [[p:{hp1}]]
2 | {CV1} | Badan usaha | {npx1} | [[n:{n2}]] | [[nik:{nik2}]] | [[p:{hp2}]]
3 | {SHOP} | Toko | {npx2} | [[n:{n3}]] | [[nik:{nik3}]] | [[p:{hp3}]]
4 | [[n:{n4}]] | Perorangan | [[npwp:{npn4}]] | [[n:{n4}]] | [[nik:{nik4}]] | [[p:{hp4}]]
5 | {CV2} | Badan usaha | {npx3} | [[n:{n5}]] | [[nik:{nik5}]] | [[p:{hp5}]]
Catatan: penyedia perorangan dipungut PPh 22 oleh bendahara (NPWP {npbend}).
""",
    ),
    T(
        "register",
        "scholarship",
        """
DAFTAR CALON PENERIMA BEASISWA PEMKOT KUPANG {thn} – UNIVERSITAS NUSA CENDANA
No | Nama Mahasiswa | NIK | NIM | Nama Ayah | NPWP Ayah | No. Rek BNI
1 | [[n:{N1}]] | [[nik:{nik1}]] | {nim1} | [[n:{N2}]] | [[npwp:{npn2}]] | [[b:{rkbni1}]]
2 | [[n:{N3}]] | [[nik:{nik3}]] | {nim2} | [[n:{N4}]] | [[npwp:{npd4}]] | [[b:{rkbni3}]]
3 | [[n:{N5}]] | [[nik:{nik5}]] | {nim3} | [[n:{N6}]] | - | [[b:{rkbni5}]]
Diverifikasi: [[n:{n7}]], Subbag Kemahasiswaan, {tgl1}
""",
        S=(1, 3, 5),
        P=(2, 4, 6),
        M=(2, 4, 6),
        fam={1: 2, 3: 4, 5: 6},
    ),
    T(
        "register",
        "social_aid",
        """
No;Nama KPM;NIK;No KK;No KIS;RT/RW;ID DTKS;Keterangan
1;[[n:{N1}]];[[nik:{nik1}]];[[kk:{kk1}]];[[bpjs:{bpjs1}]];[[a:{rtk1}]];{dtks1};Layak
2;[[n:{N2}]];[[nik:{nik2}]];[[kk:{kk2}]];-;[[a:{rtk2}]];{dtks2};NIK tidak padan
3;[[n:{N3}]];[[nik:{nikm3}]];[[kk:{kk3}]];[[bpjs:{bpjs3}]];[[a:{rtk3}]];{dtks3};NIK 15 digit, perbaiki
4;[[n:{N4}]];[[nik:{nik4}]];[[kk:{kk4}]];[[bpjs:{bpjs4}]];[[a:{rtk4}]];{dtks4};Layak
Kelurahan {kel}, verifikasi {tgl1}. Besaran BLT Rp 300.000 per bulan.
""",
    ),
    T(
        "register",
        "npwp_nik",
        """
BUKU TAMU TPT KPP PRATAMA KUPANG – {hari1}
Jam | Nama | NPWP/NIK | Keperluan | HP
08.05 | [[n:{n1}]] | [[npwp:{npd1}]] | aktivasi Coretax | [[p:{hp1}]]
08.17 | [[n:{n2}]] | [[npwp:{npn2}]] | lupa EFIN | [[p:{hp2}]]
08.40 | {CV} | {npxz} | faktur ditolak | {otel}
09.02 | [[n:{n3}]] | [[npwp:{nps3}]] | NPWP ganda | [[p:{hp3}]]
09.26 | [[n:{n4}]] | [[npwp:{npt4}]] | bukti potong salah | [[p:{hp4}]]
09.41 | {KOP} | {npx} | SPT badan | {otel2}
Petugas TPT: loket «2¦3¦4»
""",
    ),
    T(
        "register",
        "organisation",
        """
{GEREJA}
NPWP Majelis Jemaat: {npx}
Rekening: Bank NTT {rekntt} a.n. Majelis Jemaat
Daftar NPWP pribadi pelayan (untuk bukti potong honor pelayanan {thn})
No | Jabatan | Nama | NPWP
1 | Ketua Majelis | Pdt. [[n:{n1}]], S.Th | [[npwp:{np1}]]
2 | Sekretaris | [[n:{n2}]] | [[npwp:{npd2}]]
3 | Bendahara | [[n:{n3}]] | [[npwp:{npn3}]]
4 | Penatua | [[n:{n4}]] | belum ada (NIK [[nik:{nik4}]])
5 | Diaken | [[n:{n5}]] | [[npwp:{npz5}]]
""",
    ),
    T(
        "register",
        "property",
        """
DAFTAR PEMOHON SERTIPIKAT PTSL KELURAHAN {KEL} TAHUN {thn}
No | Nama Pemohon | NIK | NPWP | NOP | Letak Objek | Luas (m2)
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[npwp:{npn1}]] | {nop1} | belakang SD Inpres | {num1}0
2 | [[n:{N2}]] | [[nik:{nik2}]] | - | {nop2} | jalur 40 | {num2}5
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[npwp:{npd3}]] | {nop3} | dekat kali | {num3}0
4 | [[n:{N4}]] | [[nik:{nik4}]] | [[npwp:{npb4}]] | {nop4} | samping kapela | {num4}0
Catatan BPN: biaya pra-PTSL {rp} per bidang; BPHTB terutang sesuai NJOP.
""",
    ),
    # ---- without spans
    T(
        "register",
        "organisation",
        """
Nama Badan;Jenis;NPWP;NIB;Telepon;Email
{KOP};Koperasi;{npx1};{nib1};{otel1};{kopmail}
{CV};Badan usaha;{npxz};{nib2};{otel2};{cvmail}
{YAY};Yayasan;{npx3};-;{otel3};{yaymail}
{CV2};Badan usaha;{npx4};{nib3};{biz};-
Sumber: Dinas Koperasi dan UKM, pemutakhiran {tgl1}
""",
    ),
    T(
        "register",
        "honorarium",
        """
DAFTAR NPWP BENDAHARA PERANGKAT DAERAH KOTA KUPANG
No | Satuan Kerja | NPWP Bendahara | Rekening Kas | Telepon
1 | {office1} | {npbend1} | {rekntt1} | {otel1}
2 | {office2} | {npbend2} | {rekntt2} | {otel2}
3 | {office3} | {npbend3} | {rekntt3} | {otel3}
4 | {office4} | {npbend4} | {rekntt4} | {otel4}
Diperbarui BPKAD, {tgl1}
""",
    ),
    T(
        "register",
        "scholarship",
        """
Nama Sekolah | NPSN | NPWP Sekolah | Rekening BOS | Telepon
{school1} | {npsn1} | {npx1} | {rekntt1} | {otel1}
{school2} | {npsn2} | {npx2} | {rekntt2} | {otel2}
{school3} | {npsn3} | {npx3} | {rekntt3} | {otel3}
{school4} | {npsn4} | {npx4} | {rekntt4} | -
Sumber: Dinas Pendidikan dan Kebudayaan Kota Kupang, data per {tgl1}
""",
    ),
    T(
        "register",
        "procurement",
        """
REKAP FAKTUR PAJAK MASUKAN MASA {BLN} {thn}
No | Nomor Faktur | Tanggal | Penjual | NPWP Penjual | DPP | PPN
1 | {faktur1} | {tgl1} | {cv1} | {npx1} | {rpb1} | {rpm1}
2 | {faktur2} | {tgl2} | {cv2} | {npx2} | {rpb2} | {rpm2}
3 | {faktur3} | {tgl3} | {shop} | {npx3} | {rpm3} | {rps}
Total PPN masukan: {rpb3}
""",
    ),
    T(
        "register",
        "npwp_nik",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA (mengaku petugas pajak)
Nomor | Modus | Tgl lapor
{scam1} | minta biaya aktivasi Coretax | {tgl1}
{scam2} | kirim tautan "pemadanan NPWP" | {tgl2}
{scam3} | minta kode OTP | {tgl3}
{scam4} | tawarkan restitusi {rpb} | {tgl4}
Laporan resmi: Kring Pajak 1500200 / KPP {otel}
""",
    ),
]

# ================================================================ complaint
# Complaints (LAPOR!, SMS 1708, web forms) about a wrong, double or rejected NPWP, a NIK used as
# the NPWP, a refund or a withholding slip; without spans, bodies' and anonymous complaints.
TEMPLATES += [
    T(
        "complaint",
        "npwp_nik",
        """
LAPOR! – Laporan {tiket}
Kategori: Perpajakan
Judul: NPWP saya ganda, SPT tidak bisa dikirim
Isi laporan:
Selamat siang. Sy [[n:{n1}]], «guru honor di {school}¦karyawan {cv}¦pedagang di Pasar Oeba». Sy punya 2 NPWP: yg sy daftar sendiri [[npwp:{npd1}]] dan yg didaftarkan kantor lama [[npwp:{npu1}]]. Waktu lapor SPT di Coretax pakai NIK [[nik:{nik1}]] muncul tulisan "NPWP ganda". Sdh ke KPP «dua¦tiga» kali tp disuruh tunggu. Mohon bantuan.
HP: [[p:{hp1}]]
Lokasi: Kel. {pkel1}, Kec. {pkec1}
---
Status: Diteruskan ke KPP Pratama Kupang ({tgl2})
Tanggapan: Laporan diterima. Petugas akan menghubungi pelapor melalui nomor yang tercantum.
""",
    ),
    T(
        "complaint",
        "npwp_nik",
        """
SMS ke 1708, {tgl1} {jam}
KOTKUPANG NPWP SY YG LAMA [[npwp:{npb1}]] APA MSH BERLAKU? KATANYA SKRG PAKAI NIK [[npwp:{npn1}]]. SY MAU LAPOR SPT. TRIMS. DARI [[n:{N1}]] DI {PKEL1}
---
Balasan admin 1708: Yth. Bpk/Ibu, benar, mulai {thn} NPWP orang pribadi adalah NIK. NPWP lama tetap terhubung dengan NIK. Info lanjut Kring Pajak 1500200 atau KPP Pratama Kupang {otel}. Tiket {tiket}.
""",
    ),
    T(
        "complaint",
        "refund_slip",
        """
Kepada Yth. Admin LAPOR! Kota Kupang
Sy [[n:{n1}]], tenaga kontrak di {office}. Bukti potong PPh 21 sy tahun {thl} dari bendahara tertulis NPWP [[npwp:{npw1}]] atas nama orang lain, pdhl NIK sy [[npwp:{npn1}]] sdh jadi NPWP sejak tahun lalu. NPWP lama sy [[npwp:{npd1}]].
Bendahara bilang salah input, tp sdh {num} hari blm dibetulkan. Akibatnya SPT sy kurang bayar {rpm}. Mohon ditindaklanjuti.
WA sy [[p:{hp1}]]
Terima kasih,
[[n:{n1}]]
""",
    ),
    T(
        "complaint",
        "refund_slip",
        """
Judul: Restitusi pajak belum cair
Isi: Sy [[n:{n1}]] (NPWP/NITKU [[npwp:{npt1}]]) mengajukan pengembalian lebih bayar SPT tahun {thl} sebesar {rpb}. SKPLB {skp} terbit {tgll1}, tp uang blm masuk ke rekening {bank1} [[b:{rek1}]] a.n. sy. KPP bilang sdh diproses KPPN. Mohon dicek.
Kontak: HP [[p:{hp1}]], email [[e:{emx1}]]
Nomor BPE SPT: {bpe}
Kanal: web lapor.go.id, {tgl2}
""",
    ),
    T(
        "complaint",
        "procurement",
        """
Judul: Bendahara dinas pakai NPWP salah untuk pungutan PPh 22
Isi laporan:
Sy [[n:{n1}]], penyedia perorangan (usaha «jahit seragam¦katering¦sablon¦las pagar»). NPWP usaha perorangan sy [[npwp:{npd1}]]. Bendahara {office} (NPWP {npbend}) membuat bukti pungut atas nama {CV} (NPWP {npx}), pdhl sy tdk ada hubungan dgn perusahaan itu. Akibatnya kredit pajak sy {rpm} hilang.
Bukti: kuitansi {kwit}, SP2D {spd}, bukti pungut {bupot}.
Kontak sy [[p:{hp1}]]. Alamat usaha di rumah sy, [[a:{adr1}]].
""",
    ),
    T(
        "complaint",
        "npwp_nik",
        """
SMS 1708 masuk {tgl1} {jam}:
KOTKUPANG SY MAU DAFTAR «PPPK¦BEASISWA¦KUR» TP NPWP SY [[npwp:{npd1}]] DITOLAK, KATANYA HARUS SAMA DENGAN NIK SY [[nik:{nik1}]]. SDH KE KPP 2X BLM BISA. TOLONG DIBANTU. [[n:{N1}]] [[p:{hpb1}]]
Tindak lanjut: diteruskan ke KPP Pratama Kupang; pelapor diarahkan ke TPT untuk pemadanan. Tiket {tiket}.
""",
    ),
    T(
        "complaint",
        "npwp_nik",
        """
Judul: NPWP almarhum suami masih ditegur terus
Isi: Sy [[n:{n2}]], istri dari almarhum [[n:{n1}]] (NIK [[nik:{nik1}]]) yg meninggal {tgll1}. Sy terus terima surat teguran SPT untuk NPWP almarhum [[npwp:{npd1}]]. Sy sdh ajukan hapus NPWP dgn lampiran KK [[kk:{kk1}]] dan akta kematian, tp blm ada jawaban.
NIK sy [[nik:{nik2}]], HP [[p:{hp2}]]. Alamat [[a:{adr2}]].
Mohon bantuan bapak ibu.
""",
        E=(1,),
        F=(2,),
        kkof={2: 1},
    ),
    T(
        "complaint",
        "scholarship",
        """
Judul: Beasiswa anak ditolak karena "NPWP orang tua tidak valid"
Isi: Anak sy [[n:{n1}]] (NIK [[nik:{nik1}]]) mendaftar beasiswa Pemkot, ditolak dgn alasan NPWP orang tua tdk valid. NPWP sy yg dulu [[npwp:{npd2}]] memang sdh tdk dipakai, skrg katanya pakai NIK [[npwp:{npn2}]]. Di aplikasi beasiswa hanya bisa isi 15 digit. Mohon aplikasinya diperbaiki.
Nomor pendaftaran {reg}.
Pelapor: [[n:{n2}]], HP [[p:{hp2}]]
""",
        S=(1,),
        P=(2,),
        fam={1: 2},
    ),
    T(
        "complaint",
        "honorarium",
        """
Riwayat laporan {tiket}
{tgl1} Pelapor: Sdh 3 bulan honor sy dari {office} blm cair krn "NPWP tidak valid".
{tgl1} Admin LAPOR!: Mohon lengkapi NIK dan NPWP Saudara agar laporan dapat diteruskan.
{tgl2} Pelapor: NIK [[nik:{nik1}]]
{tgl2} Pelapor: NPWP [[npwp:{npd1}]]
{tgl2} Admin LAPOR!: Terima kasih. Laporan diteruskan ke {office}.
{tgl3} {office}: Yth. «Sdr.¦Sdri.» [[n:{n1}]], NPWP [[npwp:{npd1}]] belum dipadankan di Coretax. Mohon gunakan NIK [[npwp:{npn1}]] sebagai NPWP. Honor akan dibayar setelah data diperbarui oleh bendahara (NPWP {npbend}).
{tgl3} Pelapor: Baik, terima kasih.
""",
    ),
    # ---- without spans
    T(
        "complaint",
        "organisation",
        """
Judul: NPWP koperasi kami dinonaktifkan tanpa pemberitahuan
Isi: Kami pengurus {KOP} (NPWP {npx}, Nomor Induk Koperasi {nikop}) tidak bisa membuat faktur sejak {tgll1}. Di Coretax status NPWP "non efektif". SPT badan tahun {thl} sudah dilapor (BPE {bpe}). Mohon penjelasan KPP.
Kontak sekretariat koperasi: {otel}, email {kopmail}.
Hormat kami,
Pengurus {KOP}
""",
    ),
    T(
        "complaint",
        "npwp_nik",
        """
LAPOR! – {tiket}
Pelapor: Dirahasiakan
Judul: Antrean TPT KPP Pratama Kupang terlalu lama
Isi: Tgl {tgl1} sy ambil nomor antrean A-{num}7 jam 07.30, baru dilayani jam 13.15. Loket pemadanan NIK cuma 1. Mesin antrean rusak. Kode billing sy {billing} kedaluwarsa krn lama menunggu. Mohon tambah petugas.
Tanggapan KPP ({tgl2}): Mulai {tgll2} dibuka 3 loket tambahan dan layanan WA {owa}. Nomor telepon TPT {otel}.
""",
    ),
    T(
        "complaint",
        "npwp_nik",
        """
Judul: Penipuan mengatasnamakan kantor pajak
Isi: Tadi jam {jam} sy ditelpon nomor {scam} yang ngaku petugas KPP Pratama Kupang. Dia bilang NPWP sy terblokir dan minta transfer {rps} ke VA {va} untuk "aktivasi". Dia juga kirim SMS dari {scam2} berisi kode {otp}. Sy tdk transfer. Tolong diumumkan supaya warga lain waspada.
Tanggapan admin: Terima kasih. KPP tidak memungut biaya. Nomor resmi KPP {otel}, Kring Pajak 1500200.
""",
    ),
    T(
        "complaint",
        "honorarium",
        """
Kepada Yth. Dinas Pendidikan dan Kebudayaan Kota Kupang
Kami Komite {school} menyampaikan keberatan: dana BOS tahap «I¦II» dipotong PPh {rpm} dengan NPWP komite ({npx}), padahal yang membayar honor adalah sekolah (NPWP {npx2}, NPSN {npsn}). Rekening komite {rekntt} tidak pernah menerima dana BOS.
Mohon penjelasan dan koreksi bukti potong {bupot}.
Hormat kami,
Komite {school}
""",
    ),
    T(
        "complaint",
        "procurement",
        """
Judul: Faktur pajak ditolak sistem, pembayaran SPK tertunda
Isi: {CV} (NPWP {npxz}, NITKU {nitkux}) menerbitkan faktur {faktur1} atas SPK {spk} nilai {rpj}. Faktur ditolak karena NITKU pembeli. Pengganti {faktur2} juga ditolak. Pembayaran dari {office} tertunda {num} hari.
Mohon bantuan DJP/KPP.
Bagian Keuangan {CV}, telp {otel}
""",
    ),
]

# ================================================================ body_letter
# Letters of businesses, cooperatives, foundations, churches and offices, their NPWPs under the
# letterhead, and people's own NPWPs in the body of the letter.
TEMPLATES += [
    T(
        "body_letter",
        "bank_loan",
        """
{YAY}
Sekretariat: {jlno}, Kupang — NPWP {npx}
Telp. {otel} | Email {yaymail}

SURAT KETERANGAN
Nomor: {surat}

Pengurus {YAY} menerangkan bahwa «Sdri.¦Sdr.» [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{np1}]], beralamat di [[a:{adr1}]], adalah «guru tetap¦tenaga administrasi¦perawat» pada unit layanan yayasan sejak tahun {thx} dengan penghasilan {rpgaji} per bulan.

Surat keterangan ini dibuat untuk keperluan pengajuan kredit pada {bnk}.

Kupang, {tgll1}
Ketua Pengurus,

[[n:{n2}]]
""",
    ),
    T(
        "body_letter",
        "organisation",
        """
{KOP}
Badan Hukum {ahu} | NIK Koperasi {nikop} | NPWP {npx}
{jlno}, Kupang

Nomor : {surat}
Hal   : Susunan Pengurus dan Pengawas

Kepada Yth. Kepala Dinas Koperasi dan UKM Kota Kupang
di Kupang

Dengan hormat, berdasarkan hasil Rapat Anggota Tahunan tanggal {tgll1}, susunan pengurus koperasi adalah:
Ketua      : [[n:{n1}]] — NPWP [[npwp:{npd1}]]
Sekretaris : [[n:{n2}]] — NPWP [[npwp:{npn2}]]
Bendahara  : [[n:{n3}]] — NPWP [[npwp:{nps3}]]
Pengawas   : [[n:{n4}]]
Kontak ketua: [[p:{hp1}]]

NPWP koperasi tetap {npx}.

Hormat kami,
Ketua, [[n:{n1}]]
Sekretaris, [[n:{n2}]]
""",
    ),
    T(
        "body_letter",
        "organisation",
        """
MAJELIS JEMAAT GMIT {JEMAAT}
KLASIS KOTA KUPANG
{jlno}, Kupang — NPWP Majelis Jemaat {npx}

Nomor    : {surat}
Lampiran : 1 berkas
Perihal  : Permohonan koreksi bukti potong

Kepada Yth. Kepala KPP Pratama Kupang
di Kupang

Dengan hormat,
Majelis Jemaat menyampaikan bahwa bukti potong PPh 21 atas honorarium pelayanan Pdt. [[n:{n1}]], S.Th. tahun {thl} tercatat menggunakan NPWP Majelis Jemaat. Seharusnya menggunakan NPWP pribadi yang bersangkutan, yaitu [[npwp:{npn1}]] (NIK sebagai NPWP). NPWP lama beliau [[npwp:{npd1}]] sudah dipadankan.
Bersama ini kami lampirkan bukti potong {bupot}.

Ketua Majelis Jemaat,               Sekretaris,
Pdt. [[n:{n1}]], S.Th.            [[n:{n2}]]
""",
    ),
    T(
        "body_letter",
        "procurement",
        """
{CV}
{JLNO}, Kupang | Telp {otel} | Email {cvmail}
NPWP {npx} | NIB {nib}

Nomor : {surat}
Hal   : Surat Penawaran

Kepada Yth. Pejabat Pembuat Komitmen {office}
di Kupang

Dengan hormat, menanggapi undangan pengadaan langsung paket «rehabilitasi pagar kantor¦pengadaan meubelair¦pemeliharaan jaringan listrik», kami mengajukan penawaran sebesar {rpj} sudah termasuk PPN, masa pelaksanaan {num} hari kalender.

Lampiran: fotokopi NIB, NPWP perusahaan, akta pendirian {akta}, serta KTP dan NPWP pribadi direktur ([[npwp:{npd1}]]).
Narahubung: [[n:{n2}]] ([[p:{hp2}]])

Hormat kami,
{CV}

[[n:{N1}]]
Direktur
""",
    ),
    T(
        "body_letter",
        "honorarium",
        """
{SCHOOL}
NPSN {npsn} | NPWP {npx}
{jlno}, Kupang. Telp. {otel}

SURAT KETERANGAN
Nomor: {surat}

Kepala {school} menerangkan bahwa guru honor berikut aktif mengajar dan berhak menerima insentif guru honorer Pemerintah Kota Kupang tahun {thn}:
1. [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npn1}]], NUPTK {nuptk1}
2. [[n:{n2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{npd2}]], NUPTK {nuptk2}
3. [[n:{n3}]], NIK [[nik:{nik3}]], NPWP belum ada
Insentif dibayar ke rekening masing-masing; PPh 21 dipotong Bendahara Dinas (NPWP {npbend}).

Kupang, {tgll1}
Kepala Sekolah,

[[n:{n4}]]
NIP {nipp4}
""",
    ),
    T(
        "body_letter",
        "bank_loan",
        """
PEMERINTAH KOTA KUPANG
{OFFICE}
{jlno}, Kupang. Telp. {otel}

SURAT KETERANGAN PENGHASILAN
Nomor: {surat}

Yang bertanda tangan di bawah ini Kepala {office} menerangkan bahwa:
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
NPWP   : [[npwp:{np1}]]
Status : «PPPK paruh waktu¦tenaga kontrak daerah»
KPJ BPJS Ketenagakerjaan : {kpj}
Penghasilan per bulan {rpgaji}, dipotong PPh 21 oleh Bendahara Pengeluaran (NPWP {npbend}).

Surat keterangan ini dibuat untuk keperluan pengajuan kredit pada {bnk}.

Kupang, {tgll1}
Kepala Dinas,

[[n:{n2}]]
NIP {nipp2}
""",
    ),
    T(
        "body_letter",
        "licensing",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC}
KELURAHAN {KEL}
{jlno} — Telp. {otel}

SURAT KETERANGAN USAHA
Nomor: {surat}

Lurah {kel} menerangkan bahwa:
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
NPWP   : [[npwp:{npn1}]]
Alamat : [[a:{adr1}]]
benar memiliki usaha «kios sembako¦jahit pakaian¦jual kue¦las pagar» di rumah sendiri pada alamat tersebut sejak tahun {thx}, dengan NIB {nib}.

Surat keterangan ini digunakan untuk pengajuan KUR.

Lurah {kel},

[[n:{n2}]]
NIP {nipp2}
""",
    ),
    T(
        "body_letter",
        "scholarship",
        """
HOTEL «SASANDO¦TELUK¦LONTAR» «INDAH¦PERMAI¦RAYA» KUPANG
{JLNO}, Kupang. Telp {otel}. NPWP {npx}

SURAT KETERANGAN KERJA
Nomor: {surat}

Manajemen hotel menerangkan bahwa:
Nama          : [[n:{n1}]]
NIK           : [[nik:{nik1}]]
NPWP          : [[npwp:{np1}]]
Jabatan       : «Front Office¦Juru Masak¦Housekeeping¦Kasir Restoran»
Mulai bekerja : {tglx}
BPJS Ketenagakerjaan (KPJ) : {kpj}
BPJS Kesehatan             : [[bpjs:{bpjs1}]]
Gaji pokok    : {rpgaji}

adalah karyawan tetap kami. Surat ini dibuat untuk melengkapi permohonan beasiswa anak yang bersangkutan, [[n:{n3}]].

Kupang, {tgll1}
HRD Manager,

[[n:{n2}]]
""",
        A=(1,),
        Y=(3,),
        fam={3: 1},
    ),
    T(
        "body_letter",
        "property",
        """
PT «FLOBAMORA GRIYA PERMAI¦LILIBA LAND INDAH¦CENDANA RESIDENCE»
{JLNO}, Kupang — NPWP {npx}

Nomor : {surat}
Hal   : Pemberitahuan serah terima rumah

Kepada Yth. Bapak/Ibu [[n:{n1}]]
[[a:{adr1}]]
Kupang

Dengan hormat,
Rumah yang Bapak/Ibu beli di [[a:{est1}]] siap diserahterimakan pada {tgll2}. BPHTB atas nama Bapak/Ibu (NPWP [[npwp:{np1}]], NIK [[nik:{nik1}]]) sebesar {bphtb} telah dibayar dengan kode billing {billing}. Akta jual beli ditandatangani di hadapan Notaris/PPAT [[n:{n2}]], S.H.

Mohon membawa KTP asli dan bukti pelunasan. Informasi: bagian pemasaran {otel}.

Hormat kami,
Direksi
""",
    ),
    # ---- without spans
    T(
        "body_letter",
        "organisation",
        """
{KOP}
Badan Hukum {ahu} | NPWP {npx}
{jlno}, Kupang

Nomor : {surat}
Hal   : Laporan Pelaksanaan RAT Tahun Buku {thl}

Kepada Yth. Kepala Dinas Koperasi dan UKM Kota Kupang
Dengan hormat, kami laporkan RAT tahun buku {thl} telah dilaksanakan pada {tgll1}, dihadiri {num}7 anggota. SHU {rpj}, PPh final atas SHU {rpm} disetor dengan billing {billing}, NTPN {ntpn}.
Nomor Induk Koperasi {nikop} dan NIB {nib} tetap berlaku.

Hormat kami,
Pengurus {KOP}
""",
    ),
    T(
        "body_letter",
        "organisation",
        """
{YAY}
Akta {akta} | {ahu}
NPWP {npx}

Nomor : {surat}
Hal   : Pembukaan rekening operasional

Kepada Yth. Pimpinan {bnk} Cabang Kupang
Dengan hormat, yayasan bermaksud membuka rekening giro atas nama {YAY} untuk dana hibah tahun {thn} sebesar {rpj}. Rekening lama {rekx} akan ditutup setelah saldo dipindahkan.
Terlampir fotokopi akta, SK Kemenkumham, NPWP yayasan dan NIB {nib}.

Hormat kami,
Pengurus Yayasan
""",
    ),
    T(
        "body_letter",
        "procurement",
        """
{CV}
{JLNO}, Kupang | Telp {otel}
NPWP {npxz} | NITKU {nitkux}

SURAT TAGIHAN
Nomor: {inv}

Kepada Yth. Bendahara Pengeluaran {office}
NPWP {npbend}

Berdasarkan SPK {spk}, kami tagihkan pekerjaan yang telah selesai 100% sebesar {rpj} (termasuk PPN). Faktur pajak {faktur}.
Pembayaran mohon ditransfer ke rekening {rekx} a.n. {CV}.

Hormat kami,
{CV}
""",
    ),
    T(
        "body_letter",
        "organisation",
        """
WARTA JEMAAT {GEREJA}
Minggu, {minggu}

1. Persembahan syukur dan perpuluhan dapat ditransfer ke rekening Majelis Jemaat Bank NTT {rekntt} atau BRI {rkbri9}.
2. NPWP Majelis Jemaat {npx} dapat dipakai untuk bukti sumbangan keagamaan pengurang pajak.
3. Sekretariat jemaat buka Senin–Jumat, telp {otel}.
4. Jadwal ibadah rayon «1¦2¦3¦4¦5¦6»: Rabu pukul 18.00.
""",
    ),
    T(
        "body_letter",
        "licensing",
        """
«HOTEL SASANDO INDAH¦RUMAH MAKAN SARI LAUT NAMOSAIN¦HOTEL TELUK PERMAI»
{JLNO}, Kupang. Telp {otel}
NPWP {npx} | NPWPD {npwpd}

Nomor : {surat}
Hal   : Laporan omzet untuk PBJT masa {bln} {thn}

Kepada Yth. Kepala Bapenda Kota Kupang
Dengan hormat, omzet masa {bln} {thn} sebesar {rpj}, PBJT 10% sebesar {rpb} telah disetor dengan kode bayar {billing}.

Hormat kami,
Manajemen
""",
    ),
]

# ================================================================ call_log
# Call-centre transcripts and call logs: a number given in the turn after the question asks for
# it, read in fours or pairs, corrected; without spans, bodies' and anonymous calls.
TEMPLATES += [
    T(
        "call_log",
        "npwp_nik",
        """
Transkrip panggilan Kring Pajak 1500200 – {tgl1} {jam}
Agen: Kring Pajak, selamat «pagi¦siang», dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Selamat «pagi¦siang» mbak. Saya mau tanya, NPWP saya tidak bisa dipakai login Coretax.
Agen: Baik. Dengan bapak siapa?
Penelepon: [[n:{n1}]].
Agen: NPWP bapak?
Penelepon: [[npwp:{npd1}]].
Agen: NIK sesuai KTP?
Penelepon: [[nik:{nikc1}]].
Agen: Mohon maaf, NIK yang saya catat [[nik:{nikx1}]], betul?
Penelepon: Bukan, yang benar [[nik:{nik1}]].
Agen: Baik, NIK tersebut sudah padan. Silakan login dengan NIK sebagai NPWP, yaitu [[npwp:{npn1}]], dan kata sandi lama. Email terdaftar [[e:{emp1}]], betul?
Penelepon: Betul.
Agen: Nomor tiket {reg}. Terima kasih telah menghubungi Kring Pajak.
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "call_log",
        "npwp_nik",
        """
Panggilan masuk helpdesk KPP Pratama Kupang {otel}, {hari1} {jam}
Petugas: KPP Pratama Kupang, selamat siang.
Penelepon: Siang pak. Saya anak dari [[n:{n1}]], mau tanya NPWP bapak saya masih aktif atau tidak, beliau sudah pensiun.
Petugas: NPWP bapak?
Penelepon: Yang lama [[npwp:{nps1}]]. Yang baru katanya sama dengan NIK, [[npwp:{nikp1}]].
Petugas: Baik. Nama bapak sesuai KTP?
Penelepon: [[n:{N1}]].
Petugas: Status NPWP bapak non efektif sejak {thl} karena tidak ada penghasilan. Kalau mau diaktifkan lagi bisa lewat Coretax. Ibu sendiri dengan siapa?
Penelepon: [[n:{n2}]], nomor saya [[p:{hp2}]].
Petugas: Baik ibu [[n:{g2}]], informasi lengkap nanti kami kirim lewat WA layanan {owa}.
""",
        E=(1,),
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "call_log",
        "bank_loan",
        """
Rekaman call center Bank NTT – {tgl1} {jam}
CS: Bank NTT, selamat pagi, dengan [[n:{g2}]], ada yang bisa dibantu?
Nasabah: Pagi. Saya mau tanya pengajuan KUR saya belum ada kabar.
CS: Boleh nama lengkap dan NIK?
Nasabah: [[n:{n1}]], NIK [[nik:{niks1}]].
CS: Nomor rekening?
Nasabah: [[b:{rkntt1}]].
CS: Data NPWP di aplikasi masih kosong. NPWP bapak/ibu?
Nasabah: [[npwp:{npd1}]].
CS: Mohon maaf, sekarang kami perlu NPWP 16 digit.
Nasabah: Oh, berarti NIK tadi. [[npwp:{npn1}]].
CS: Baik, sudah kami catat. Analis kredit akan menghubungi di nomor [[p:{hp1}]], betul?
Nasabah: Betul.
CS: Nomor laporan {reg}. Terima kasih.
""",
    ),
    T(
        "call_log",
        "honorarium",
        """
Catatan telepon – Bidang GTK Disdikbud Kota Kupang, {tgl1} {jam}
Penelepon: guru honor [[n:{n1}]], {school}, HP [[p:{hp1}]].
Keluhan: insentif triwulan «I¦II¦III» belum cair; di aplikasi tertulis "NPWP tidak valid".
Data yang disebut penelepon: NPWP [[npwp:{npw1}]]; setelah dicek di kartu, dibetulkan menjadi [[npwp:{npd1}]]. NIK [[nik:{nik1}]].
Tindak lanjut: diteruskan ke operator sekolah ({opmail}) untuk perbaikan; bendahara dinas (NPWP {npbend}) membayar pada periode berikut.
Petugas penerima: [[n:{n2}]]
""",
    ),
    T(
        "call_log",
        "licensing",
        """
Helpdesk OSS DPMPTSP Kota Kupang – rekaman {tgl1} {jam}
Petugas: DPMPTSP, selamat siang.
Penelepon: Siang. Saya mau urus NIB untuk usaha kue di rumah, tapi NPWP saya ditolak.
Petugas: Ibu daftar sebagai perseorangan? NPWP yang diinput berapa?
Penelepon: [[npwp:{npd1}]].
Petugas: Untuk OSS sekarang pakai NIK sebagai NPWP. NIK ibu?
Penelepon: [[nik:{nik1}]].
Petugas: Baik, coba input [[npwp:{npn1}]] di kolom NPWP.
Penelepon: Sudah bisa pak. NIB keluar {nib}.
Petugas: Baik. Nama ibu untuk catatan kami?
Penelepon: [[n:{n1}]].
Petugas: Terima kasih ibu. Kalau ada kendala lagi, telepon {otel}.
""",
        F=(1,),
    ),
    T(
        "call_log",
        "refund_slip",
        """
Kring Pajak – rekaman {tgl1} {jam}
Agen: Kring Pajak, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Saya mau tanya restitusi saya belum masuk.
Agen: NPWP bapak?
Penelepon: Pakai NIK, [[npwp:{npn1}]].
Agen: Atas nama?
Penelepon: [[n:{N1}]].
Agen: SKPLB nomor {skp} sudah terbit {tgll1} sebesar {rpb}. Pengembalian ditransfer ke rekening yang ada di SPT. Nomor rekening bapak?
Penelepon: [[b:{rek1}]], {bank1}.
Agen: Rekening di SPT tertulis [[b:{rkbni1}]] di BNI. Apakah masih aktif?
Penelepon: Oh itu rekening lama, sudah tutup.
Agen: Baik, bapak perlu mengajukan perubahan rekening ke KPP dengan surat pernyataan. Nomor tiket {reg}.
""",
        M=(1,),
    ),
    T(
        "call_log",
        "social_aid",
        """
Call center Dinas Sosial Kota Kupang – {tgl1} {jam}
Petugas: Dinas Sosial, selamat pagi.
Penelepon: Pagi bu. Saya mau tanya, nama saya tidak ada di daftar BLT.
Petugas: NIK ibu?
Penelepon: Tunggu, saya ambil KTP dulu... [[nik:{nikc1}]].
Petugas: Nomor KK?
Penelepon: [[kk:{kkc1}]].
Petugas: Data ibu ada di DTKS, ID {dtks}, tapi NIK suami tidak padan. NIK suami?
Penelepon: [[nik:{nik2}]].
Petugas: Nama suami?
Penelepon: [[n:{n2}]].
Petugas: Baik, kami ajukan perbaikan. Kartu KIS ibu masih aktif?
Penelepon: Masih, nomornya [[bpjs:{bpjss1}]].
Petugas: Baik. Pengumuman di kantor kelurahan. Pertanyaan lain lewat WA layanan {owa}.
""",
        F=(1,),
        kkof={2: 1},
    ),
    T(
        "call_log",
        "npwp_nik",
        """
LOG PANGGILAN CALL CENTER 1708 – {hari1}
Jam | Penelepon | Nomor | Topik
{hm1} | [[n:{n1}]] | [[p:{hp1}]] | NPWP tidak valid saat daftar PPPK
{hm2} | penelepon tidak sebut nama | [[p:{hp2}]] | antrean KPP
{hm3} | Komite {school} | {owa} | NPWP komite
{hm4} | [[n:{n3}]] | [[p:{hp3}]] | restitusi belum cair, NPWP [[npwp:{npd3}]]
{hm5} | {CV} | {otel} | faktur ditolak
{hm6} | [[n:{n4}]] | [[p:{hpz4}]] | beasiswa anak ditolak, NPWP ayah [[npwp:{npn4}]]
""",
    ),
    T(
        "call_log",
        "property",
        """
Bapenda Kota Kupang – catatan panggilan {tgl1} {jam}
Petugas: Bapenda, selamat siang.
Penelepon: Siang. Saya mau cek PBB tanah saya, NOP {nop}.
Petugas: Atas nama siapa?
Penelepon: [[n:{N1}]].
Petugas: Di SPPT tercatat NPWP [[npwp:{npd1}]], alamat wajib pajak [[a:{adr1}]]. Masih betul?
Penelepon: NPWP sekarang pakai NIK, [[npwp:{npn1}]]. Alamat saya sudah pindah ke [[a:{est1}]].
Petugas: Baik, kami perbarui. Tunggakan {rpm}, bisa dibayar di Bank NTT dengan kode bayar {billing}. Nomor HP untuk pemberitahuan?
Penelepon: [[p:{hp1}]].
""",
    ),
    # ---- without spans
    T(
        "call_log",
        "npwp_nik",
        """
Transkrip Kring Pajak 1500200 – {tgl1} {jam}
Agen: Kring Pajak, selamat siang, dengan agen {num}, ada yang bisa dibantu?
Penelepon: Saya mau tanya format NPWP baru.
Agen: Untuk orang pribadi penduduk, NPWP adalah NIK 16 digit. Untuk badan, 0 ditambah NPWP 15 digit, misalnya 01.234.567.8-920.000 menjadi 0012345678920000.
Penelepon: Kalau kode billing lama {billing} masih bisa dibayar?
Agen: Bisa sampai masa berlakunya habis. Simpan NTPN setelah bayar.
Penelepon: Nomor KPP Kupang berapa?
Agen: {otel}, atau WA layanan {owa}. Nomor tiket {reg}.
""",
    ),
    T(
        "call_log",
        "procurement",
        """
Helpdesk KPP Pratama Kupang – {tgl1} {jam}
Petugas: KPP Pratama Kupang, selamat pagi.
Penelepon: Pagi, saya dari bagian keuangan perusahaan, faktur kami ditolak.
Petugas: NPWP perusahaan?
Penelepon: {npxz}.
Petugas: Atas nama?
Penelepon: {CV}.
Petugas: Faktur {faktur} ditolak karena NITKU pembeli. Instansi pembeli pakai NITKU {nitkub}. Silakan buat faktur pengganti.
Penelepon: Baik, terima kasih. Telepon kantor kami {otel2} kalau perlu.
""",
    ),
    T(
        "call_log",
        "npwp_nik",
        """
REKAP LAPORAN PENIPUAN LEWAT TELEPON – POSKO PENGADUAN KPP, {bln} {thn}
{tgl1} {hm1} | nomor {scam1} | mengaku petugas pajak, minta biaya aktivasi {rps}
{tgl2} {hm2} | nomor {scam2} | kirim tautan restitusi palsu
{tgl3} {hm3} | nomor {scam3} | minta kode OTP {otp}
{tgl4} {hm4} | nomor {scam4} | minta transfer ke VA {va}
Pelapor seluruhnya tidak menyebut nama. Diteruskan ke patrolisiber@polri.go.id.
""",
    ),
    T(
        "call_log",
        "scholarship",
        """
Catatan telepon – Dinas Pendidikan dan Kebudayaan, {tgl1} {jam}
Penelepon: operator {school} (tidak menyebut nama), telp sekolah {otel}.
Topik: NPSN {npsn} tidak muncul di aplikasi PIP; NPWP sekolah {npx} ditolak saat pencairan.
Tindak lanjut: operator diminta sinkron dapodik; pencairan ke rekening sekolah {rekntt}; jadwal ulang {tgl2}.
Petugas: piket Bidang SD
""",
    ),
    T(
        "call_log",
        "organisation",
        """
Catatan panggilan Dinas Koperasi dan UKM – {tgl1} {jam}
Penelepon: bendahara koperasi, tidak sebut nama
Koperasi: {KOP}
NPWP koperasi: {npx}
Nomor Induk Koperasi: {nikop}
Masalah: PPh final atas SHU {rpm} sudah disetor (billing {billing}, NTPN {ntpn}) tapi belum tercatat.
Saran: konfirmasi ke KPP {otel2}. Kontak koperasi {otel}.
""",
    ),
]

# ================================================================ kupang_chat
# Family and neighbours' chats in Kupang Malay (beta, sa, pung, sonde, su, dong, ju, ko): an
# uncle's NPWP that became the NIK, a father's NPWP for a scholarship, BLT, a cake seller's NIB,
# a late father's NPWP, teachers, a couple's loan, a choir trainer, a land purchase.
TEMPLATES += [
    T(
        "kupang_chat",
        "npwp_nik",
        """
{ts1} [[n:{s1}]]: Ponakan, om pung NPWP lama [[npwp:{npd1}]], ma dong bilang sekarang pake NIK sa, [[npwp:{npn1}]]. Itu betul ko?
{ts2} [[n:{s2}]]: Betul om. Om login Coretax pake NIK tu. Kata sandi om lupa ko?
{ts3} [[n:{s1}]]: Lupa. Email om [[e:{emx1}]]
{ts4} [[n:{s2}]]: Nanti beta bantu reset. Om kirim foto KTP sa.
{ts5} [[n:{s1}]]: Su kirim. Om pung HP ni [[p:{hp1}]] ju, kalau dong telpon.
{ts6} [[n:{s2}]]: Siap om. Jang kasi kode OTP ke sapa-sapa e.
""",
        M=(1,),
        E=(1,),
    ),
    T(
        "kupang_chat",
        "scholarship",
        """
{ts1} mama: Nona, bapa pung NPWP brapa? Sekolah minta utk beasiswa ade [[n:{g3}]].
{ts2} [[n:{s2}]]: Bapa pung NPWP?
{ts3} mama: Iya
{ts4} [[n:{s2}]]: [[npwp:{npd1}]]. Tapi sekarang pake NIK bapa: [[npwp:{npn1}]]
{ts5} mama: Ok. Ade pung NISN {nisn}, NIK ade [[nik:{nik3}]]
{ts6} [[n:{s2}]]: Mama, KK kita [[kk:{kk1}]]. Jang lupa foto KK ju
{ts7} mama: Iya nona. Bapa [[n:{g1}]] su pulang ko?
""",
        A=(1,),
        M=(1,),
        F=(2,),
        Y=(3,),
        fam={2: 1, 3: 1},
    ),
    T(
        "kupang_chat",
        "social_aid",
        """
{ts1} [[n:{s1}]]: Tanta, tadi RT bilang data BLT harus kirim NIK deng KK. Tanta su kirim ko?
{ts2} [[n:{s2}]]: Belum nona. Tanta pung NIK [[nik:{nik2}]], KK [[kk:{kk2}]]. Tolong kirim ke pak RT e
{ts3} [[n:{s1}]]: Siap tanta. Om pung NIK ju perlu
{ts4} [[n:{s2}]]: Om pung [[nik:{nik3}]]
{ts5} [[n:{s1}]]: Su kirim ke Pak RT [[n:{g4}]]. Dia bilang pengumuman hari {dname2}
{ts6} [[n:{s2}]]: Makasi nona. Kartu KIS tanta [[bpjs:{bpjs2}]], perlu kirim ju ko? NPWP tanta sonde ada, sonde apa-apa ko?
{ts7} [[n:{s1}]]: Sonde apa-apa tanta, BLT sonde pake NPWP.
""",
        F=(1, 2),
        M=(3, 4),
        kkof={3: 2},
    ),
    T(
        "kupang_chat",
        "licensing",
        """
{ts1} mama: Nyong, mama mau daftar usaha kue di OSS supaya bisa jual ke kantor. Apa yg mama perlu?
{ts2} [[n:{s2}]]: NIK, NPWP deng nomor HP mama. NPWP mama ada ko?
{ts3} mama: Ada, yg lama [[npwp:{npd1}]]
{ts4} [[n:{s2}]]: Sekarang pake NIK sa ma. Mama pung NIK?
{ts5} mama: [[nik:{nik1}]]
{ts6} [[n:{s2}]]: Su jadi ma. NIB {nib}. Nama usaha beta tulis "Kue Kering Lontar Manis", alamat usaha di rumah, [[a:{adr1}]]
{ts7} mama: Terima kasih nyong. Kalau orang kantor mau pesan, kasi nomor mama [[p:{hp1}]]
""",
        F=(1,),
        M=(2,),
        A=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_chat",
        "npwp_nik",
        """
{ts1} [[n:{s1}]]: Kaka, KPP kirim surat teguran SPT untuk bapa pung NPWP [[npwp:{npd3}]]. Bapa su meninggal tahun lalu.
{ts2} [[n:{s2}]]: Harus urus hapus NPWP. Bawa akta kematian, KK, KTP ahli waris.
{ts3} [[n:{s1}]]: KK lama [[kk:{kk3}]]. NIK bapa [[nik:{nik3}]]
{ts4} [[n:{s2}]]: Beta pung NIK [[nik:{nik2}]], kalau perlu. Ade urus sa, beta masih di Atambua.
{ts5} [[n:{s1}]]: Ok kaka. Nanti beta ke KPP hari {dname2}. Dong pung nomor {otel} sonde angkat dari tadi.
""",
        E=(3,),
        M=(3,),
        fam={1: 3, 2: 3},
    ),
    T(
        "kupang_chat",
        "honorarium",
        """
{ts1} [[n:{s1}]]: Ibu, bendahara minta NPWP semua guru honor. Ini punya sy [[npwp:{npn1}]]. Ibu pung su kirim?
{ts2} [[n:{s2}]]: Belum. Sa pung NPWP yg lama [[npwp:{npd2}]], sa sonde tau yg baru
{ts3} [[n:{s1}]]: Yg baru tu NIK ibu sa
{ts4} [[n:{s2}]]: «O iya. Brarti sa pung NPWP baru [[npwp:{npn2}]] e¦O iya. Sa kirim NIK ke bendahara: [[nik:{nik2}]]»
{ts5} [[n:{s1}]]: Betul. Rekening ju kirim, bendahara pake Bank NTT
{ts6} [[n:{s2}]]: Sa pung rek BRI [[b:{rkbri2}]], boleh ko?
{ts7} [[n:{s1}]]: Tanya bendahara sa ibu. NPWP sekolah {npx} jang salah tulis e
""",
        F=(2,),
    ),
    T(
        "kupang_chat",
        "bank_loan",
        """
{ts1} [[n:{s1}]]: Mama, bank minta NPWP mama ju ko?
{ts2} [[n:{s2}]]: Iya bapa. Sa pung NPWP sama deng NIK [[npwp:{npn2}]]
{ts3} [[n:{s1}]]: Beta pung [[npwp:{npd1}]]. Motor pung BPKB bawa ko? Plat [[pl:{pl1}]]
{ts4} [[n:{s2}]]: Su bawa. Rekening pencairan ke BRI bapa [[b:{rkbri1}]] sa
{ts5} [[n:{s1}]]: Ok. Mantri bilang survei hari {dname2} jam {jam}
""",
        M=(1,),
        kkof={2: 1},
    ),
    T(
        "kupang_chat",
        "organisation",
        """
{ts1} [[n:{s1}]]: Kaka, honor pelatih paduan suara mau dibayar dari kas majelis. Bendahara minta NPWP pelatih.
{ts2} [[n:{s2}]]: Pelatih tu Om [[n:{n3}]]. Dia pung NPWP [[npwp:{np3}]]
{ts3} [[n:{s1}]]: Bendahara bilang jang pake NPWP majelis {npx} e, harus pribadi
{ts4} [[n:{s2}]]: Iya itu pribadi. Om pung nomor [[p:{hp3}]], kaka telpon sa
{ts5} [[n:{s1}]]: Ok. Latihan hari {dname2} jam 17.00 di gereja
""",
        M=(3,),
    ),
    T(
        "kupang_chat",
        "property",
        """
{ts1} [[n:{s1}]]: Sepupu, notaris minta NPWP ko beta beli tanah di {kel}. NPWP beta [[npwp:{npd1}]]
{ts2} [[n:{s2}]]: Sekarang pake NIK. Lu pung NIK brapa?
{ts3} [[n:{s1}]]: NIK beta [[npwp:{npn1}]] su jadi NPWP ko?
{ts4} [[n:{s2}]]: Iya su. BPHTB brapa?
{ts5} [[n:{s1}]]: {bphtb}, NOP {nop}. Bayar di Bank NTT, kode {billing}
{ts6} [[n:{s2}]]: Mahal e. Jang lupa minta kwitansi
""",
    ),
    # ---- without spans
    T(
        "kupang_chat",
        "npwp_nik",
        """
Grup "Keluarga Oepura"
{ts1} om: Bosong su lapor SPT ko? Beta antre di KPP dari jam 7, nomor antrean A-{num}
{ts2} kaka: Beta su lapor online, BPE {bpe}
{ts3} tanta: Beta pung kode billing {billing} kadaluarsa, harus buat baru ko?
{ts4} kaka: Iya tanta, buat baru di Coretax. Kalau bingung telpon KPP {otel} atau Kring Pajak 1500200
{ts5} om: Antrean masih {num2} orang lagi. Sonde sabar e
{ts6} ade: Sabar om 😅
""",
    ),
    T(
        "kupang_chat",
        "refund_slip",
        """
{ts1} mama: Nona, mama dapat SMS dari {scam}: "SELAMAT! ANDA DAPAT RESTITUSI PAJAK {rpb}. KLIK LINK DAN BAYAR ADMIN {rps}"
{ts2} nona: Jang klik ma! Itu tipu-tipu
{ts3} mama: Ada ju WA dari {scam2} bilang dia dari kantor pajak
{ts4} nona: Kantor pajak sonde WA begitu. Blok sa. Nomor resmi KPP {otel}
{ts5} mama: Ok. Dia kirim kode {otp} ju
{ts6} nona: Jang kasi sapa-sapa ma
""",
    ),
    T(
        "kupang_chat",
        "organisation",
        """
Grup "Anggota Kopdit"
{ts1} kaka: Bosong su dapat undangan RAT ko? Tanggal {tgl2} jam 09.00
{ts2} ade: Su. SHU tahun ini {rpm}, dipotong pajak final katanya
{ts3} kaka: Betul. Koperasi pung NPWP {npx}, bukti potong nanti dikasi waktu RAT
{ts4} ade: Simpanan wajib transfer ke rekening koperasi {rekx} ko?
{ts5} kaka: Iya, tulis nomor anggota di berita transfer, contoh A-{num}{num2}
""",
    ),
    T(
        "kupang_chat",
        "procurement",
        """
{ts1} bapa: Nyong, kwitansi dari toko bangunan tadi simpan baik-baik e
{ts2} nyong: Iya bapa. Di struk ada NPWP toko {npxo}, total {total}, no trx {trx}
{ts3} bapa: Ok. Besok beli semen lagi {qty} sak. Toko pung WA {biz}
{ts4} nyong: Siap. Harga sekarang {unit} per sak
""",
    ),
    T(
        "kupang_chat",
        "scholarship",
        """
Grup "Orang Tua Kelas {jp}B"
{ts1} mama ketua kelas: Selamat sore bapa mama. Dana PIP su masuk ke rekening anak-anak di BRI. Cek saldo di ATM e
{ts2} bapa: Sekolah pung NPSN {npsn} ko? Bank minta waktu aktivasi
{ts3} mama ketua kelas: Iya. Kalau komite minta iuran, transfer ke rekening komite {rekntt}
{ts4} tanta: Iuran komite brapa?
{ts5} mama ketua kelas: {rps} per bulan. Info lanjut telp sekolah {otel}
""",
    ),
]


if __name__ == "__main__":
    main()
