# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, PLR0917
"""Write tests/data/redaction_dev59.jsonl: people in official paperwork.

Job applications and CVs, tax papers (annual SPT, withholding slips, e-Faktur, PBB notices),
procurement and tender documents, land, building and business permits, civil registry requests,
police and court reports, insurance and BPJS claims, scholarship and social-aid applications,
powers of attorney, rental and sale agreements, loan applications of Kota Kupang and NTT: whose
NPWP, whose mailbox, whose phone number and whose NIK it is when a person, their employer, their
agent or lawyer, a notary, a company and an agency are named in one paper.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{npd1}``,
``{cvn1}`` ...) and alternatives (``«one¦other»``, one drawn per filling), each filled several
times with invented values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev59.py`` (standard library only, deterministic);
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

SEED = 59_2026_1207
OUT = Path(__file__).with_name("redaction_dev59.jsonl")
PREFIX = "d59"
FILLS = 11

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
    "application_letter",
    "cv_resume",
    "form_ocr",
    "tax_slip",
    "agreement",
    "official_reply",
    "email_signature",
    "register_table",
    "doc_chat",
    "paperwork_complaint",
)
THEMES = (
    "job_application",
    "tax",
    "procurement",
    "land_building",
    "business_permit",
    "civil_registry",
    "police_court",
    "insurance_bpjs",
    "scholarship_aid",
    "power_of_attorney",
    "rental_sale",
    "loan",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 5,
    "name": 400,
    "phone": 150,
    "npwp": 120,
    "email": 60,
    "nik": 80,
    "themes": 10,
}
# words that may stand before a name but never open its span: titles, kin words, roles
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "pdt",
    "ir", "hj", "h", "haji", "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka",
    "ade", "usi", "nyong", "bung", "kel", "keluarga", "yth", "saudara", "saudari", "ketua",
    "kepala", "sekretaris", "bendahara", "direktur", "notaris", "ppat", "advokat", "pengacara",
    "kuasa", "hakim", "panitera", "penyidik", "bripka", "brigpol", "aipda", "ipda", "iptu",
    "briptu", "serka", "lurah", "camat", "petugas", "admin", "operator", "pemohon", "pelapor",
    "terlapor", "penerima", "pemberi", "pihak", "ttd", "salam", "hormat", "dari", "nama", "an",
    "atas", "to", "from", "cc", "re", "alm", "almarhum", "almh", "istri", "suami", "anak",
    "saya", "sy", "sa", "beta", "kami", "hrd", "staf", "pegawai", "wajib", "pajak", "debitur",
    "kreditur", "penjual", "pembeli", "penyewa", "pemilik", "pelamar", "calon", "tersangka",
}  # fmt: skip
# name words that many people share and that stand alone in texts as other words too
SHARED = {
    "made", "wayan", "ketut", "nyoman", "gede", "luh", "putu", "komang", "kadek", "daeng", "umbu",
    "rambu", "ode", "sri", "siti", "sitti", "maria", "andi", "muhammad", "nur", "dewi", "ayu",
    "lay", "lie", "tan", "lim", "ang", "kim", "hok", "nio", "mei", "hwa", "lin", "bun",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev59)

GIVEN = {
    "timor": (
        ("Yohanis", "Marthen", "Yakobus", "Melkianus", "Obed", "Semuel", "Nikolas", "Yermias",
         "Oktovianus", "Zakarias", "Daud", "Frederik", "Aleksius", "Yusuf", "Matias", "Elias",
         "Benyamin", "Kornelis", "Habel", "Seprianus", "Yosias", "Arnoldus", "Dominggus"),
        ("Yuliana", "Ester", "Marlin", "Dortea", "Selfina", "Adelina", "Kristina", "Naomi", "Rahel",
         "Yunita", "Margaritha", "Susana", "Lodia", "Debora", "Welmince", "Orpa", "Ribka", "Mince",
         "Yohana", "Elisabeth", "Martha", "Imelda", "Priska"),
    ),
    "flores": (
        ("Fransiskus", "Paulus", "Petrus", "Stefanus", "Yosef", "Vinsensius", "Hironimus",
         "Gabriel", "Kanisius", "Emanuel", "Aloysius", "Silvester", "Bernardus", "Leonardus",
         "Gregorius", "Ignasius", "Florianus", "Donatus"),
        ("Maria Goreti", "Theresia", "Yosefina", "Bernadeta", "Veronika", "Anastasia", "Skolastika",
         "Florentina", "Yuventa", "Fransiska", "Katarina", "Agnes", "Emerensiana", "Margareta"),
    ),
}  # fmt: skip
FAMILY = {
    "timor": ("Taneo", "Sabneno", "Tlonaen", "Nomleni", "Banunaek", "Oematan", "Nope", "Kase",
              "Tualaka", "Selan", "Boimau", "Tnunay", "Neonufa", "Nenobais", "Tefa", "Benu",
              "Kolo", "Missa", "Lakapu", "Sanam", "Bana", "Oetpah", "Nubatonis", "Tasuib"),
    "rote": ("Manafe", "Ndun", "Fanggidae", "Mooy", "Therik", "Pah", "Messakh", "Ndoloe",
             "Lenggu", "Haning", "Nalle", "Amalo", "Pandie", "Dethan", "Feoh", "Zacharias",
             "Adoe", "Ndoen", "Tungga", "Kiuk", "Lusi", "Mesah"),
    "sabu": ("Riwu Kaho", "Dju Dara", "Bire", "Haba", "Tadu Hungu", "Lado", "Ga Lena", "Djami",
             "Radja", "Kore", "Rohi", "Hege", "Ludji", "Pono", "Wadu", "Kadja"),
    "flores": ("Lewar", "Kelen", "Tukan", "Making", "Sabon", "Ola", "Wodon", "Moa", "Djawa",
               "Ratu", "Bollu", "Wangge", "Goa", "Nuwa", "Lejap", "Beda", "Lamabelawa", "Tokan",
               "Seran", "Bere", "Mau", "Nahak"),
    "alor": ("Maure", "Lamma Koly", "Mautuka", "Djahamou", "Malaikosa", "Atamau", "Mokoni",
             "Lakamai", "Lanlu", "Tanghamap"),
}  # fmt: skip
SUMBA = {
    "m": ("Umbu Ndapa", "Umbu Kudu", "Umbu Lapu", "Umbu Remu", "Umbu Djoka", "Umbu Tunggu"),
    "f": ("Rambu Anawulang", "Rambu Hamu", "Rambu Kahi", "Rambu Ipu", "Rambu Lika"),
    "fam": ("Hunga", "Ndakularak", "Kaborang", "Ndima", "Pajaru", "Tamu Ina", "Dapawole",
            "Taranau", "Hina Kana", "Meha"),
}  # fmt: skip
OTHER = {
    "bali": (
        ("I Wayan Sudarsana", "I Ketut Arsana", "I Gede Putra Wirawan", "I Made Sukerta",
         "I Nyoman Adi Winata", "I Komang Sudiatmika"),
        ("Ni Made Sriasih", "Ni Nyoman Ayu Lestari", "Ni Luh Putu Ariani", "Ni Ketut Rasmini",
         "Ni Wayan Sekarini", "Ni Kadek Ratnawati"),
    ),
    "bugis": (
        ("Andi Syamsul Rijal", "Muhammad Yusran Daeng Sitaba", "Ambo Tang", "Haerudin Daeng Bella",
         "Andi Akbar Mappaseng", "Baharuddin Lamanda"),
        ("Hasnawati", "Sitti Rahmah Daeng Kanang", "Andi Nurhayati", "Hajrah Daeng Bulan",
         "Rosmini Lanteng", "Nurjannah Basri"),
    ),
    "buton": (
        ("La Ode Hamzah", "La Ode Muhammad Arif", "La Ruslan", "La Ode Safiuddin", "La Hasibu"),
        ("Wa Ode Sitti Hajrah", "Wa Ode Fitriani", "Wa Nuri", "Wa Ode Ratna Sari", "Wa Ima"),
    ),
    "java": (
        ("Bambang Suprapto", "Eko Prasetyo", "Agus Setiawan", "Slamet Riyadi", "Joko Susilo",
         "Heru Santoso", "Teguh Widodo"),
        ("Sri Wahyuni", "Dwi Hartanti", "Endang Lestari", "Tri Rahayu", "Sulastri Ningsih",
         "Retno Palupi", "Yuni Astuti"),
    ),
    "chinese": (
        ("Lim Hok Seng", "Thio Bun Hok", "Ang Ho Tjong", "Hendrik Wijaya", "Steven Halim",
         "Tjong Ah Kiong", "Liem Sun Tjoan"),
        ("Tan Gwat Nio", "Sie Kim Nio", "Njoo Lie Hwa", "Lenny Gunawan", "Yenny Tanuwijaya",
         "Tjoa Ay Lin", "Oey Siu Lan"),
    ),
}  # fmt: skip
ORIGINS = (
    ("timor", 26), ("rote", 17), ("sabu", 10), ("flores", 15), ("sumba", 6), ("alor", 5),
    ("bali", 5), ("bugis", 5), ("buton", 4), ("java", 4), ("chinese", 4),
)  # fmt: skip
NTT = ("timor", "rote", "sabu", "flores", "alor")
# regency codes of the NIK by origin (Kota Kupang most often)
REGION = {
    "timor": ("537101", "537102", "537103", "537104", "537105", "537106", "530101", "530107",
              "530203", "530304", "530401"),
    "rote": ("537101", "537104", "537105", "531401", "531403"),
    "sabu": ("537102", "537106", "532001", "532004"),
    "flores": ("537103", "537105", "530601", "530702", "530803", "531004", "531301"),
    "sumba": ("537104", "531102", "531203", "531701"),
    "alor": ("537106", "530501", "530503"),
    "bali": ("537101", "537103", "517101"),
    "bugis": ("537101", "537102", "737101"),
    "buton": ("537102", "537106", "747201"),
    "java": ("537104", "537105", "357801"),
    "chinese": ("537101", "537104", "537106"),
}  # fmt: skip
PROVINCES = {"53", "51", "73", "74", "35"}

# ---------------------------------------------------------------- places (written for dev59)

KELURAHAN = (
    "Oebufu", "Liliba", "Penfui", "Naikoten I", "Oepura", "Sikumana", "Fatululi", "Kayu Putih",
    "Oesapa", "Oesapa Barat", "Lasiana", "Kolhua", "Naimata", "Bakunase", "Airnona", "Kuanino",
    "Nunbaun Sabu", "Namosain", "Fatubesi", "Manulai II", "Alak", "Maulafa", "Tuak Daun Merah",
    "Oetete", "Fontein", "Nefonaek", "Pasir Panjang", "Oebobo", "Belo", "Batuplat",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Cak Doko Gg. Sirih", "Jl. Bakti Karya", "Jl. Kenanga", "Jl. Flamboyan", "Jl. Sukun",
    "Jl. Kelinci", "Jl. Rambutan", "Jl. Manggis", "Jl. Srikaya", "Jl. Delima", "Jl. Matani",
    "Jl. Oekam", "Jl. Lontar Gg. 2", "Jl. Nangka Gg. Damai", "Jl. Alfons Nisnoni Gg. Mawar",
    "Jl. Kartini Gg. Flobamora", "Jl. Taebenu", "Jl. Bougenville", "Jl. Perintis Gg. Kasih",
    "Jl. Sam Ratulangi Gg. 7", "Jl. Batu Kapur", "Jl. Kampung Baru", "Gg. Tunas Harapan",
    "Jl. Suratim", "Lr. Sejahtera", "Jl. Air Lobang", "Jl. Pulau Indah", "Jl. Kuantan",
)  # fmt: skip
ESTATES = ("Perumnas Blok", "Perum BTN Kolhua Blok", "Perumahan Griya Penfui Blok", "Kompleks Perumahan Permata Biru Blok")  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Soeharto", "Jl. Timor Raya", "Jl. Frans Seda", "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo", "Jl. Herewila", "Jl. S.K. Lerik", "Jl. Palapa", "Jl. Adisucipto",
    "Jl. R.W. Monginsidi", "Jl. Moh. Hatta", "Jl. Jend. Sudirman", "Jl. Cak Doko",
)  # fmt: skip
BANKS = ("Bank NTT", "Bank NTT", "BRI", "BRI", "BNI", "Mandiri", "BSI", "BCA")
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com", "rocketmail.com")  # fmt: skip

# ---------------------------------------------------------------- bodies (written for dev59)

COMPANY_FORMS = ("CV", "CV", "CV", "PT", "PT", "UD")
COMPANY_WORDS = (
    ("Karya", "Lontar"), ("Sumber", "Berkat"), ("Timor", "Mandiri"), ("Flobamora", "Bangun"),
    ("Cendana", "Utama"), ("Sasando", "Jaya"), ("Nusa", "Kenari"), ("Teluk", "Persada"),
    ("Mutis", "Konstruksi"), ("Fatuleu", "Teknik"), ("Kelimutu", "Abadi"), ("Lopo", "Indah"),
    ("Rote", "Sejahtera"), ("Sabu", "Raya"), ("Oenesu", "Makmur"), ("Koinonia", "Prima"),
    ("Tenun", "Nusantara"), ("Bintang", "Timur"), ("Harapan", "Baru"), ("Surya", "Kupang"),
)  # fmt: skip
OFFICES = (
    # name, short, mailbox, domain
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang", "DPMPTSP", "dpmptsp", "kupangkota.go.id"),
    ("Badan Pendapatan Daerah Kota Kupang", "Bapenda", "bapenda", "kupangkota.go.id"),
    ("Dinas Kependudukan dan Pencatatan Sipil Kota Kupang", "Disdukcapil", "disdukcapil", "kupangkota.go.id"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang", "Dinas PUPR", "pupr", "kupangkota.go.id"),
    ("Dinas Tenaga Kerja Kota Kupang", "Disnaker", "disnaker", "kupangkota.go.id"),
    ("Dinas Sosial Kota Kupang", "Dinsos", "dinsos", "kupangkota.go.id"),
    ("Bagian Pengadaan Barang/Jasa Setda Kota Kupang", "UKPBJ", "ukpbj", "kupangkota.go.id"),
    ("Kantor Pertanahan Kota Kupang", "Kantah", "kantah.kotakupang", "atrbpn.go.id"),
    ("Dinas Pendidikan dan Kebudayaan Kota Kupang", "Dikbud", "dikbud", "kupangkota.go.id"),
)  # fmt: skip
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember")  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MOBILE = (
    ("0812", 12), ("0813", 14), ("0821", 10), ("0822", 8), ("0823", 9), ("0852", 14), ("0853", 12),
    ("0851", 3), ("0811", 3), ("0815", 3), ("0816", 2), ("0857", 3), ("0858", 2), ("0817", 2),
    ("0818", 2), ("0819", 3), ("0859", 1), ("0877", 2), ("0878", 2), ("0895", 2), ("0896", 2),
    ("0897", 1), ("0881", 1), ("0882", 1), ("0838", 2), ("0831", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0832", "0833", "0855", "0856", "0898", "0899"}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

# ---------------------------------------------------------------- values


def _w(rng: random.Random, pairs: tuple) -> str:
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def _ascii(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _ocr(rng: random.Random, digits: str, share: float = 0.35) -> str:
    """Letters read for some digits, as a scan reads them (at least one)."""
    out = [OCR_SUBS[c] if c in OCR_SUBS and rng.random() < share else c for c in digits]
    if out == list(digits):
        k = next((i for i, c in enumerate(digits) if c in OCR_SUBS and i > 1), None)
        if k is not None:
            out[k] = OCR_SUBS[digits[k]]
    return "".join(out)


class Person:
    """An invented person: names, birth, numbers and mailbox, all consistent."""

    def __init__(
        self,
        rng: random.Random,
        sex: str,
        origin: str,
        avoid: set[str],
        family: Person | None = None,
        years: tuple[int, int] = (1962, 2003),
    ) -> None:
        self.rng = rng
        self.sex = sex
        self.origin = origin
        m = 0 if sex == "m" else 1
        for _ in range(500):
            if origin in OTHER:
                full = rng.choice(OTHER[origin][m])
                self.family = (
                    full.split()[-1]
                    if origin == "chinese"
                    and full.split()[0] in ("Hendrik", "Steven", "Lenny", "Yenny")
                    else ""
                )
                self.full = full
                words = full.split()
                self.given = (
                    words[-1]
                    if origin == "bali"
                    else words[1]
                    if words[0] in ("La", "Wa", "Andi") and len(words) > 2
                    else words[0]
                )
                if origin == "chinese" and words[0] not in ("Hendrik", "Steven", "Lenny", "Yenny"):
                    self.family = words[0]
                    self.given = " ".join(words[1:])
            else:
                if origin == "sumba":
                    first = rng.choice(SUMBA["m" if m == 0 else "f"])
                    fam = family.family if family else rng.choice(SUMBA["fam"])
                    self.given = first.split()[1]
                else:
                    first = rng.choice(GIVEN["flores" if origin == "flores" else "timor"][m])
                    if rng.random() < 0.25:
                        second = rng.choice(
                            GIVEN["timor" if origin == "flores" else "flores"][m]
                        ).split()[0]
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
        self.region = rng.choice(REGION[origin])
        if family is not None:
            self.region = family.region
        day = self.birth.day + (40 if sex == "f" else 0)
        self.nik = "%s%02d%02d%02d%04d" % (
            self.region,
            day,
            self.birth.month,
            self.birth.year % 100,
            rng.randint(1, 160),
        )
        if family is not None:
            self.kk = family.kk
        else:
            issued = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
            self.kk = "%s%02d%02d%02d%04d" % (
                self.region,
                issued.day,
                issued.month,
                issued.year % 100,
                rng.randint(1, 3999),
            )
        self.npwp_old = (
            rng.choice(
                (
                    "07",
                    "08",
                    "09",
                    "15",
                    "24",
                    "44",
                    "46",
                    "47",
                    "54",
                    "66",
                    "76",
                    "79",
                    "82",
                    "86",
                    "92",
                )
            )
            + "%06d" % rng.randint(0, 999999)
            + str(rng.randint(0, 9))
            + rng.choice(("920", "920", "920", "921", "922", "924"))
            + "000"
        )
        self.bpjs = "000" + "%010d" % rng.randint(10**8, 10**10 - 1)
        prefix = _w(rng, MOBILE)
        self.mobile = prefix + "".join(
            str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8, 8, 8, 9)))
        )
        self.home = "0380 8%05d" % rng.randint(0, 99999)
        self.bank = rng.choice(BANKS)
        self.account = account(rng, self.bank)
        self.plate = plate(rng)
        self.street = rng.choice(HOME_STREETS)
        self.house = str(rng.randint(1, 140)) + rng.choice(("", "", "", "", "A", "B"))
        self.rt = "%03d" % rng.randint(1, 45) if rng.random() < 0.5 else "%02d" % rng.randint(1, 45)
        self.rw = "%03d" % rng.randint(1, 14) if len(self.rt) == 3 else "%02d" % rng.randint(1, 14)
        self.kel = rng.choice(KELURAHAN)
        self.mail = mailbox(rng, self)

    # the writings of each number -------------------------------------------------------------

    def phone(self, how: str) -> str:
        d = self.mobile
        rng = self.rng
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
        return self.phone(rng.choice("bbbbddssstikk"))

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
        return self.nik_w(rng.choice("bbbbbbsst"), d)

    def npwp_w(self, how: str) -> str:
        o = self.npwp_old
        rng = self.rng
        dotted = "%s.%s.%s.%s-%s.%s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
        if how == "d":
            return dotted
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
            return _ocr(rng, dotted, 0.3).replace("S", "5").replace("B", "8")
        if how == "l":
            cut = rng.choice((6, 9, 11))
            return dotted[:cut] + "\n" + dotted[cut:]
        if how == "m":
            return ".".join((o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:]))
        return self.npwp_w(rng.choice("ddddbszn"))

    def email_w(self, how: str) -> str:
        rng = self.rng
        local, host = self.mail.split("@")
        if how == "p":
            return self.mail
        if how == "x":
            hname, _, tld = host.partition(".")
            return rng.choice(
                (
                    "%s @ %s" % (local, host),
                    "%s @%s" % (local, host),
                    "%s(at)%s" % (local, host),
                    "%s [at] %s [dot] %s" % (local, hname, tld.replace(".", " [dot] ")),
                    "%s at %s dot %s" % (local, hname, tld.replace(".", " dot ")),
                    "%s(et)%s" % (local, host),
                    "%s(keong)%s" % (local, host),
                    "%s@%s" % (local, host.replace(".", " (titik) ", 1)),
                )
            )
        if how == "n":
            return rng.choice(("%s\n@%s" % (local, host), "%s@\n%s" % (local, host)))
        return self.email_w(rng.choice("pppx"))

    def work_mail(self, domain: str) -> str:
        g, f = _ascii(self.given), _ascii(self.family or self.full.split()[-1])
        return (
            self.rng.choice(("%s.%s@%s", "%s%s@%s")) % (g, f, domain)
            if self.rng.random() < 0.6
            else "%s%s@%s" % (g[0], f, domain)
        )


def mailbox(rng: random.Random, p: Person) -> str:
    words = [_ascii(w) for w in p.full.split() if _ascii(w) and w not in ("I", "Ni", "La", "Wa")]
    g, f = words[0], words[-1]
    if len(words) > 1 and words[0] in ("ode", "andi", "umbu", "rambu"):
        g = words[1]
    local = rng.choice((
        "%s.%s" % (g, f), "%s%s%d" % (g, f, rng.randint(1, 99)), "%s_%s" % (f, g),
        "%s.%s%d" % (f, g, p.birth.year % 100), "%s%s" % (g[0], f), "%s%d" % (g, p.birth.year),
        "%s.%s%02d" % (g, f[:4], rng.randint(1, 99)),
    ))  # fmt: skip
    return local + "@" + rng.choice(HOSTS)


def account(rng: random.Random, bank: str) -> str:
    def d(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    if bank == "BRI":
        return rng.choice(
            ("%s-01-%s-%s-%s" % (d(4), d(6), d(2), d(1)), "%s01%s%s" % (d(4), d(6), d(3)))
        )
    if bank == "Bank NTT":
        return rng.choice(
            (
                "00%s.0%s.0%s.%s-%s" % (d(1), d(1), d(1), d(6), d(1)),
                "00%s0%s0%s%s%s" % (d(1), d(1), d(1), d(6), d(1)),
            )
        )
    if bank == "Mandiri":
        return rng.choice(("1610%s%s" % (d(5), d(4)), "161-00-%s-%s" % (d(7), d(1))))
    if bank == "BSI":
        return "7" + d(9)
    if bank == "BCA":
        return rng.choice(("31%s" % d(8), "315-%s-%s" % (d(4), d(3))))
    return rng.choice(("0" + str(rng.randint(1, 9)) + d(8), "1" + d(9)))  # BNI


def plate(rng: random.Random) -> str:
    region = rng.choice(("DH", "DH", "DH", "DH", "EB", "ED"))
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWYZ") for _ in range(rng.choice((1, 2, 2))))
    num = str(rng.randint(1, 9999))
    return rng.choice(("%s %s %s", "%s %s %s", "%s%s%s", "%s-%s-%s")) % (region, num, letters)


class Body:
    """An invented company: name, NPWP, mailboxes, lines, seat and account, none a person's."""

    def __init__(self, rng: random.Random) -> None:
        form = rng.choice(COMPANY_FORMS)
        a, b = rng.choice(COMPANY_WORDS)
        self.name = "%s %s %s" % (form, a, b)
        self.slug = (a + b).lower()
        self.domain = self.slug + rng.choice((".co.id", ".com", ".id"))
        self.npwp_old = (
            rng.choice(
                (
                    "01",
                    "02",
                    "03",
                    "31",
                    "41",
                    "42",
                    "60",
                    "61",
                    "70",
                    "71",
                    "72",
                    "73",
                    "80",
                    "81",
                    "83",
                    "90",
                    "91",
                    "93",
                    "94",
                    "96",
                )
            )
            + "%06d" % rng.randint(0, 999999)
            + str(rng.randint(0, 9))
            + rng.choice(("920", "920", "921", "924"))
            + "000"
        )
        o = self.npwp_old
        self.npwp = "%s.%s.%s.%s-%s.%s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
        self.mail = (
            rng.choice(("admin", "info", "keuangan", "hrd", "marketing", "pajak", "kantor"))
            + "@"
            + self.domain
            if rng.random() < 0.5
            else rng.choice(("cv.", "admin.", "", "kantor."))
            + self.slug
            + rng.choice(("", "kupang", ".kupang"))
            + "@"
            + rng.choice(("gmail.com", "yahoo.co.id"))
        )
        self.tel = rng.choice(("(0380) 8%02d %03d", "0380-8%02d%03d", "0380 8%02d%03d")) % (
            rng.randint(0, 99),
            rng.randint(0, 999),
        )
        self.wa = _w(rng, MOBILE) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        self.seat = "%s No. %d" % (rng.choice(PUBLIC_STREETS), rng.randint(1, 160))
        self.bank = rng.choice(BANKS)
        self.account = account(rng, self.bank)
        self.nib = "%013d" % rng.randint(10**12, 10**13 - 1)


class Fill:
    """The values of one filling of a template, drawn once per placeholder."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.people: dict[int, Person] = {}
        self.bodies: dict[int, Body] = {}
        self.cache: dict[str, str] = {}
        self.year = 2026

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
                self.rng, sex, origin, avoid, head, spec["A"].get(i, (1962, 2003))
            )
        return self.people[i]

    def body(self, i: int) -> Body:
        if i not in self.bodies:
            used = {b.name.split(" ", 1)[1] for b in self.bodies.values()}
            while True:
                b = Body(self.rng)
                if b.name.split(" ", 1)[1] not in used:
                    break
            self.bodies[i] = b
        return self.bodies[i]


# ---------------------------------------------------------------- figures and look-alikes


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _rupiah(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _date(rng: random.Random) -> datetime.date:
    return datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))


def lookalike(fl: Fill, name: str) -> str | None:
    """Numbers of the papers that are no personal data, and figures."""
    r = fl.rng
    mon = r.randint(1, 12)
    if name == "nop":
        return "53.71.0%d0.0%02d.0%02d-%04d.0" % (
            r.randint(1, 6),
            r.randint(1, 40),
            r.randint(1, 30),
            r.randint(1, 9999),
        )
    if name == "nib":
        return "%013d" % r.randint(10**12, 10**13 - 1)
    if name == "nip":
        y = r.randint(1968, 1995)
        return r.choice(("%d%02d%02d %d%02d %d %03d", "%d%02d%02d%d%02d%d%03d")) % (
            y,
            r.randint(1, 12),
            r.randint(1, 28),
            y + r.randint(20, 28),
            r.randint(1, 12),
            r.randint(1, 2),
            r.randint(1, 20),
        )
    if name == "surat":
        return r.choice((
            "%03d/%d/%s/%s/2026" % (r.randint(100, 999), r.randint(1, 999), r.choice(("DPMPTSP", "BAPENDA", "DISDUKCAPIL", "PUPR", "DISNAKER", "UKPBJ")), ROMAN[mon - 1]),
            "%d.%d/%03d/%s/2026" % (r.randint(500, 599), r.randint(1, 9), r.randint(1, 999), ROMAN[mon - 1]),
            "S-%d/WPJ.%d/KP.%02d/2026" % (r.randint(100, 9999), r.randint(10, 40), r.randint(1, 9)),
            "503/PBG/%d/2026/%05d" % (r.randint(1, 12), r.randint(1, 999)),
        ))  # fmt: skip
    if name == "kontrak":
        return "%s/SPK/%s.%d/%s/2026" % (
            "%03d" % r.randint(1, 400),
            r.choice(("PUPR", "DIKBUD", "DINKES", "BPBD")),
            r.randint(1, 9),
            ROMAN[mon - 1],
        )
    if name == "tender":
        return r.choice(
            (
                "%d%03d" % (r.randint(10000, 99999), r.randint(0, 999)),
                "RUP %d" % r.randint(40000000, 59999999),
            )
        )
    if name == "inv":
        return r.choice(("INV/%d/%s/%04d", "INV-%d-%s-%04d")) % (
            2026,
            ROMAN[mon - 1],
            r.randint(1, 9999),
        )
    if name == "faktur":
        return "0%d0.0%02d-26.%08d" % (r.randint(1, 9), r.randint(0, 99), r.randint(0, 99999999))
    if name == "bukpot":
        return r.choice(("1.%d-%02d.26-%07d", "BP%d%02d26%07d")) % (
            r.randint(1, 3),
            mon,
            r.randint(0, 9999999),
        )
    if name == "perkara":
        return "%d/%s/2026/PN Kpg" % (
            r.randint(1, 420),
            r.choice(("Pdt.G", "Pid.B", "Pdt.P", "Pid.Sus")),
        )
    if name == "lp":
        return "LP/B/%d/%s/2026/SPKT/POLRESTA KUPANG KOTA/POLDA NTT" % (
            r.randint(100, 999),
            ROMAN[mon - 1],
        )
    if name == "ntpn":
        return "".join(r.choice("0123456789ABCDEF") for _ in range(16))
    if name == "billing":
        return "8%s%s" % ("2026%02d%02d" % (mon, r.randint(1, 28)), _d(r, 7))
    if name == "shm":
        return "%05d" % r.randint(1, 9999)
    if name == "kpj":
        return "%d%s" % (r.randint(10, 26), _d(r, 9))
    if name == "nisn":
        return "00%s" % _d(r, 8)
    if name == "reg":
        return r.choice(
            (
                "2026%s" % _d(r, 10),
                "REG-2026-%06d" % r.randint(1, 999999),
                "%s/2026/%05d" % (r.choice(("REG", "OSS", "PBG")), r.randint(1, 99999)),
            )
        )
    if name == "tiket":
        return "#LPR-2026-%04d-%04d" % (r.randint(1, 9999), r.randint(1, 9999))
    if name == "idpel":
        return "5312%s" % _d(r, 8)
    if name == "va":
        return "8808 %s %s %s" % (_d(r, 4), _d(r, 4), _d(r, 4))
    if name == "bpe":
        return "BPE-%s%s" % (_d(r, 5), _d(r, 10))
    if name == "akta":
        return "5371-LT-%02d%02d2026-%04d" % (r.randint(1, 28), mon, r.randint(1, 9999))
    if name == "skck":
        return "SKCK/YANMAS/%d/%s/2026/Sat IK" % (r.randint(100, 9999), ROMAN[mon - 1])
    if name == "npex":
        return r.choice(("00.000.000.0-000.000", "12.345.678.9-012.000", "99.999.999.9-999.999"))
    if name == "scam":  # a number posing as an office's, nobody named
        return r.choice(("%s%s", "%s-%s")) % (_w(r, MOBILE), _d(r, 8))
    if name == "hpex":
        return r.choice(("081234567890", "0812-3456-7890", "08xx-xxxx-xxxx"))
    if name == "nikex":
        return r.choice(("5371xxxxxxxxxxxx", "1234567890123456"))
    if name == "pasal":
        return r.choice(
            (
                "Pasal 21 ayat (1) UU No. 36 Tahun 2008",
                "Pasal 372 KUHP",
                "Pasal 378 KUHP",
                "Pasal 1320 KUHPerdata",
                "Pasal 17 ayat (1) UU PPh",
                "Perpres No. 12 Tahun 2021",
                "PP No. 21 Tahun 2021",
                "Pasal 44 UU No. 24 Tahun 2013",
                "PMK No. 168 Tahun 2023",
            )
        )
    if name == "rp":
        return "Rp " + _rupiah(r.randint(2, 400) * 25000)
    if name == "rpg":
        return "Rp " + _rupiah(r.randint(24, 95) * 100000)
    if name == "rpb":
        return "Rp " + _rupiah(r.randint(20, 900) * 1000000 + r.randint(0, 9) * 250000)
    if name == "sktm":
        return "470/%d/KEL.%s/%s/2026" % (
            r.randint(10, 999),
            r.choice(("OBF", "LLB", "PNF", "OSP", "SKM", "KLH")),
            ROMAN[mon - 1],
        )
    if name == "ipk":
        return "%d,%02d" % (r.randint(2, 3), r.randint(0, 99))
    if name == "kbli":
        return r.choice(("47111", "56102", "95220", "96200", "47591", "43211", "10792", "33121"))
    if name == "ajb":
        return "%d/%d/2026" % (r.randint(1, 400), r.randint(1, 30))
    if name == "usaha":
        return r.choice(
            (
                "Berkat Jaya",
                "Sinar Oesapa",
                "Tiga Putri",
                "Lontar Manis",
                "Rejeki Baru",
                "Karya Mandiri",
                "Fajar Timur",
                "Dua Saudara",
            )
        )
    if name == "npsn":
        return "5%07d" % r.randint(0, 9999999)
    if name == "kode":
        return "%s-%04d" % (r.choice(("ADM", "KEU", "TEK", "DRF", "LOG")), r.randint(1, 9999))
    if name == "rpa":  # a year's wages
        return "Rp " + _rupiah(r.randint(30, 140) * 1000000 + r.randint(0, 9) * 100000)
    if name == "rpm":  # a motorbike
        return "Rp " + _rupiah(r.randint(7, 28) * 1000000 + r.choice((0, 500000)))
    if name == "rph":  # a year's rent of a house
        return "Rp " + _rupiah(r.randint(6, 30) * 1000000)
    if name == "rps":
        return "Rp " + _rupiah(r.randint(2, 60) * 5000)
    if name == "tgl":
        d = _date(r)
        return r.choice(
            (
                "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
                "%02d/%02d/%d" % (d.day, d.month, d.year),
                "%02d-%02d-%d" % (d.day, d.month, d.year),
            )
        )
    if name == "tglp":
        d = _date(r)
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if name == "jam":
        return "%02d.%02d" % (r.randint(7, 20), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)))
    if name == "ts":  # a chat's time stamps run on from its first one
        if "__ts" not in fl.cache:
            d = _date(r)
            fl.cache["__ts"] = "%d %d %d %d" % (d.year, d.month, d.day, r.randint(7 * 60, 19 * 60))
        y, m, d, minute = (int(x) for x in fl.cache["__ts"].split())
        minute += r.randint(1, 25)
        fl.cache["__ts"] = "%d %d %d %d" % (y, m, d, minute)
        return "%02d/%02d/%d %02d.%02d" % (d, m, y, minute // 60, minute % 60)
    if name == "thn":
        return str(r.randint(2019, 2025))
    if name == "num":
        return str(r.randint(2, 40))
    if name == "luas":
        return str(r.randint(90, 900))
    if name == "kl":
        return r.choice(KELURAHAN)
    if name == "jl":
        return r.choice(PUBLIC_STREETS)
    if name == "bnk":
        return r.choice(BANKS)
    if name == "ntm":
        return r.choice(
            (
                "kantornotaris.kupang@gmail.com",
                "ppat.oebobo@gmail.com",
                "notariat.kelapalima@yahoo.co.id",
                "kantor.notaris.ppat@gmail.com",
            )
        )
    if name == "nttel":
        return "(0380) 8%02d %03d" % (r.randint(0, 99), r.randint(0, 999))
    return None


def office(fl: Fill, i: int) -> tuple[str, str, str, str]:
    key = "__office%d" % i
    if key not in fl.cache:  # {of10} to {of18}: the offices of the list in order
        fl.cache[key] = "%d" % (i - 10 if i >= 10 else fl.rng.randrange(len(OFFICES)))
    return OFFICES[int(fl.cache[key])]


def value(fl: Fill, name: str, index: str) -> str:
    r = fl.rng
    i = int(index or "1")
    found = lookalike(fl, name)
    if found is not None:
        return found
    if name.startswith(("of",)):
        full, short, box, dom = office(fl, i)
        if name == "of":
            return full
        if name == "ofs":
            return short
        if name == "ofm":
            return r.choice(("%s@%s", "pengaduan.%s@%s", "layanan.%s@%s", "sekretariat.%s@%s")) % (
                box,
                dom,
            )
        if name == "oftel":
            return r.choice(("(0380) 8%02d%03d", "0380-8%02d %03d", "0380 8%02d%03d")) % (
                r.randint(0, 99),
                r.randint(0, 999),
            )
        if name == "ofwa":
            return _w(r, MOBILE) + _d(r, 8)
        if name == "ofjl":
            return "%s No. %d" % (r.choice(PUBLIC_STREETS), r.randint(1, 120))
        if name == "ofnp":  # the office treasurer's withholding NPWP
            return "00.%s.%s.%s-920.000" % (_d(r, 3), _d(r, 3), _d(r, 1))
        if name == "ofdom":
            return dom
    if name.startswith("cv"):
        b = fl.body(i)
        return {
            "cv": b.name, "cvn": b.npwp, "cvb": b.npwp_old, "cvz": "0" + b.npwp_old,
            "cvt": "0" + b.npwp_old + "000000", "cvm": b.mail, "cvd": b.domain, "cvtel": b.tel,
            "cvwa": b.wa, "cvjl": b.seat, "cvbank": b.bank, "cvacc": b.account, "cvnib": b.nib,
            "cvhr": "hrd@" + b.domain, "cvslug": b.slug,
        }[name]  # fmt: skip
    p = fl.person(i)
    if name in ("n", "N", "l"):
        return {"n": p.full, "N": p.full.upper(), "l": p.full.lower()}[name]
    if name in ("g", "G", "lg"):
        return {"g": p.given, "G": p.given.upper(), "lg": p.given.lower()}[name]
    if name in ("f", "F"):
        fam = p.family or p.full.split()[-1]
        return fam.upper() if name == "F" else fam
    if name.startswith("hp"):
        return p.phone(name[2:] or "")
    if name == "tr":
        h = p.home
        return r.choice(
            (h, "(0380) %s %s" % (h[5:9], h[9:]), "0380-%s" % h[5:], "(0380) %s" % h[5:])
        )
    if name.startswith("nik"):
        return p.nik_w(name[3:] or "")
    if name.startswith("kk"):
        return p.nik_w(name[2:] or "", p.kk)
    if name.startswith("np"):
        return p.npwp_w(name[2:] or "")
    if name == "bpjs":
        return p.bpjs
    if name == "bpjss":
        b = p.bpjs
        return "%s %s %s %s" % (b[:4], b[4:8], b[8:12], b[12:])
    if name == "bpjso":
        return _ocr(r, p.bpjs, 0.3)
    if name.startswith("em"):
        if name == "emk":
            return p.work_mail("kupangkota.go.id")
        if name == "emc":  # a person's own mailbox at the company's domain
            return p.work_mail(fl.body(1).domain)
        return p.email_w(name[2:] or "")
    if name == "bank":
        return p.bank
    if name == "acc":
        return p.account
    if name in ("accntt", "accbri", "accbni"):
        bank = {"accntt": "Bank NTT", "accbri": "BRI", "accbni": "BNI"}[name]
        return fl.cache.setdefault("__%s%d" % (name, i), account(r, bank))
    if name == "ad":
        return (
            "%s No. %s" % (p.street, p.house)
            if r.random() < 0.8
            else "%s no %s" % (p.street, p.house)
        )
    if name == "adr":
        return "%s No. %s, RT %s/RW %s" % (p.street, p.house, p.rt, p.rw)
    if name == "rt":
        return r.choice(("RT %s/RW %s", "RT %s RW %s", "RT.%s/RW.%s")) % (p.rt, p.rw)
    if name == "rtk":
        return "RT/RW : %03d/%03d" % (int(p.rt), int(p.rw))
    if name == "est":
        return "%s %s No. %d" % (r.choice(ESTATES), r.choice("ABCDEFGHJK"), r.randint(1, 60))
    if name == "kel":
        return p.kel
    if name == "KEL":
        return p.kel.upper()
    if name == "pl":
        return p.plate
    if name == "ttl":
        city = (
            "Kupang"
            if p.region.startswith("5371")
            else r.choice(
                {
                    "bali": ("Denpasar",),
                    "bugis": ("Makassar",),
                    "buton": ("Baubau",),
                    "java": ("Surabaya",),
                    "chinese": ("Kupang",),
                    "timor": ("Soe", "Kefamenanu", "Atambua", "Oelamasi"),
                    "rote": ("Ba'a",),
                    "sabu": ("Seba",),
                    "flores": ("Ende", "Maumere", "Larantuka", "Ruteng"),
                    "sumba": ("Waingapu", "Waikabubak"),
                    "alor": ("Kalabahi",),
                }[p.origin]
            )
        )
        return "%s, %02d-%02d-%d" % (city, p.birth.day, p.birth.month, p.birth.year)
    if name == "umur":
        return str(2026 - p.birth.year)
    if name == "jk":
        return "Laki-laki" if p.sex == "m" else "Perempuan"
    if name == "JK":
        return "LAKI-LAKI" if p.sex == "m" else "PEREMPUAN"
    raise SystemExit("unknown placeholder {%s%s}" % (name, index))


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``."""
    return ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and name not in ("N", "G", "F", "KEL", "JK"):  # {CV1}: {cv1} in capitals
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
ADDRESS_START = re.compile(
    r"(?i)(jl\.|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perumnas|perum\b|perumahan|kompleks)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
PUNCT_EDGE = ".,;:!?-/'\")]}>|_•·"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-._•·\n]", seg):
        return False
    clean = re.sub(r"[^0-9OlISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
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
    if words[:2] == ["wa", "ode"] or (len(words) > 1 and words[0] == "wa"):  # Buton's women
        return False
    return words[0] in TITLES


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or " \n" in text or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if re.search(r"\S [.,](\s|$)", text) or "( " in text:
        bad.append("a space before a full stop or a comma")
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
            or seg[-1] in PUNCT_EDGE
            or not seg[-1].isalnum()
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
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
                re.search(r"[^0-9OlISB .,\-\n]", seg)
                or d[:2] not in PROVINCES
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9OlI ,.\-\n]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs" and (len(id_digits(seg)) != 13 or not id_digits(seg).startswith("000")):
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
        elif kind == "plate" and not re.fullmatch(
            r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}", seg.upper()
        ):
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
            local = AT_FORM.split(seg)[0].split("\n")[0]
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


MALE_WORDS = r"bapak|pak|bpk|bp|tn|sdr|om|bapa|opa|suami|ayah|alm|almarhum|bung"
FEMALE_WORDS = r"ibu|bu|ny|nyonya|sdri|mama|tanta|oma|nona|istri|almh|almarhumah"
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
) -> tuple:
    """A template: its style, theme, text and what it says of its people (F women, M men, O an
    origin per person, fam a member of a head's family, A the years a person was born in)."""
    return (
        style,
        theme,
        text.strip("\n"),
        {"F": F, "M": M, "O": O or {}, "fam": fam or {}, "A": A or {}},
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
    bare = PLACEHOLDER.sub(" ", MARKER.sub(lambda m: " " + m.group(2) + " ", chosen))
    return {
        "F": set(base["F"]) | auto["F"],
        "M": set(base["M"]) | auto["M"],
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
        "A": dict(base["A"]),
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
            if tries > 600:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:400]}"
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|titik", seg):
            return "written to dodge scrapers"
        if re.search(r"\.(go|ac|co)\.id$", seg):
            return "a person's own on an office's or a company's domain"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|kompleks", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"\bRT\b", seg) else "street and number"
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
            if "." in seg and "-" in seg:
                return "15 digits dotted"
            if "." in seg:
                return "15 digits, dots only"
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
    for kind in ("name", "phone", "npwp", "email", "nik"):
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1}/{lg1} the given name,
# {f1}/{F1} the family name; {hp1} mobile (b block, d dashes, s spaces, t dots, i +62, k 62,
# o letters for digits, n over a line, u underscores or bullets), {tr1} home landline; {nik1}
# (b, s fours, t dots, o letters, n over a line, c commas), {kk1} likewise; {np1} NPWP (d dotted,
# b block, s spaced groups, z 0 and the old number, n the NIK, t NITKU, o a scan, l over a line,
# m one mark between groups); {bpjs1} ({bpjss1} groups, {bpjso1} a scan); {em1} (p plain, x
# dodged, n over a line), {emk1} own mailbox on an office's domain, {emc1} own at the company's
# domain; {bank1}/{acc1}; {ad1} street and number, {adr1} with RT/RW, {rt1} RT/RW alone, {rtk1}
# a card's RT/RW field, {est1} an estate's block; {pl1}; {ttl1} {umur1} {jk1} {kel1}.
# Company i (never a person's): {cv1} {cvn1} NPWP dotted, {cvb1} block, {cvz1} 16 digits,
# {cvt1} NITKU, {cvm1} mailbox, {cvhr1} its hiring desk, {cvd1} domain, {cvtel1} {cvwa1}
# {cvjl1} {cvbank1} {cvacc1} {cvnib1}. Office i: {of1} {ofs1} {ofm1} {oftel1} {ofwa1} {ofjl1}
# {ofnp1} its treasurer's NPWP. Look-alikes: {nop} {nib} {nip} {surat} {kontrak} {tender} {inv}
# {faktur} {bukpot} {perkara} {lp} {ntpn} {billing} {shm} {kpj} {nisn} {reg} {tiket} {idpel}
# {va} {bpe} {akta} {skck} {npex} {hpex} {nikex} {pasal} {rp} {rpg} {rpb} {rps} {tgl} {tglp}
# {jam} {ts} {thn} {num} {luas} {kl} {jl} {bnk} {ntm} notary office mailbox, {nttel}.

TEMPLATES: list[tuple] = []

# ---------------------------------------------------------------- application_letter

TEMPLATES += [
    T(
        "application_letter",
        "job_application",
        """
Kupang, {tglp}

Kepada Yth.
Pimpinan {cv1}
di-
Tempat

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
Tempat/Tgl Lahir : {ttl1}
NIK : [[nik:{nik1}]]
NPWP : [[npwp:«{npd1}¦{npn1}¦{nps1}¦{npz1}»]]
Alamat : [[a:{adr1}]], Kel. {kel1}, Kota Kupang
No. HP/WA : [[p:{hp1}]]
Email : [[e:{emp1}]]

bermaksud melamar pekerjaan sebagai «staf administrasi¦pengawas lapangan¦staf keuangan¦drafter» di perusahaan yang Bapak/Ibu pimpin sesuai iklan lowongan kode {kode} yang dikirim ke {cvhr1}. Sebagai bahan pertimbangan saya lampirkan:
1. CV dan pas foto 4x6 (2 lembar)
2. Fotokopi KTP dan KK
3. Fotokopi NPWP pribadi
4. Fotokopi ijazah S1 dan transkrip (IPK {ipk})
5. Kartu AK/I No. {reg}
6. SKCK No. {skck}

Demikian surat lamaran ini saya buat. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

Hormat saya,


[[n:{n1}]]
""",
        A={1: (1994, 2002)},
    ),
    T(
        "application_letter",
        "scholarship_aid",
        """
Perihal : Permohonan Beasiswa «Kupang Cerdas¦Afirmasi Pemkot Kupang» Tahun 2026
Lampiran : 1 (satu) berkas

Kepada Yth. Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang
di Kupang

Dengan hormat,
Yang bertanda tangan di bawah ini, saya [[n:{n1}]], mahasiswa «Undana¦Politeknik Negeri Kupang¦Unwira¦UKAW» semester «3¦5¦7¦4¦6», NIM {nisn}, NIK [[nik:{nik1}]], anak dari Bapak [[n:{n2}]] (NIK [[nik:{nik2}]], «nelayan¦tukang ojek¦petani¦buruh bangunan») dan Ibu [[n:{n3}]], beralamat di [[a:{ad1}]] Kel. {kel1}, mengajukan permohonan beasiswa. Nomor KK kami [[kk:{kk2}]].

Bersama ini saya lampirkan fotokopi KTP, KK, KTM, transkrip nilai (IPK {ipk}), surat keterangan tidak mampu dari kelurahan No. {sktm}, dan buku rekening {bank1} atas nama saya sendiri No. [[b:{acc1}]].

Untuk konfirmasi dapat menghubungi saya di [[p:{hp1}]] atau e-mail [[e:{em1}]]. Sanggahan hasil seleksi menurut pengumuman dikirim ke {ofm18}.

Hormat saya,
[[n:{n1}]]
""",
        fam={1: 2},
        O={2: NTT},
        A={1: (2003, 2006), 2: (1962, 1978), 3: (1965, 1980)},
    ),
    T(
        "application_letter",
        "business_permit",
        """
Kupang, {tglp}
Hal : Permohonan «Izin Usaha Mikro¦Persetujuan Bangunan Gedung (PBG) ruko¦Sertifikat Standar»

Kepada Yth. Kepala DPMPTSP Kota Kupang
up. Bidang Pelayanan Perizinan
di Kupang

Dengan hormat,
Saya [[n:{n1}]], pemilik usaha perorangan «Kios¦Warung Makan¦Bengkel Las¦Laundry» "{usaha}" (NIB {nib}, KBLI {kbli}), mengajukan permohonan dengan data sebagai berikut:
- NIK : [[nik:{nikb1}]]
- NPWP usaha perorangan : [[npwp:{npd1}]]
- Alamat usaha : [[a:{ad1}]] (rumah sendiri), Kel. {kel1}
- HP/WA : [[p:{hp1}]]
- Email pemilik : [[e:{em1}]]

Sebagai bahan pertimbangan, usaha di sebelah milik {cv1} (NPWP {cvn1}, {cvjl1}) sudah memperoleh izin No. {surat} pada {tgl}. Retribusi sesuai Perda sebesar {rp} sudah saya bayar dengan kode billing {billing}.

Hormat saya,
Pemohon

[[n:{N1}]]
""",
    ),
    T(
        "application_letter",
        "loan",
        """
Kepada Yth.
Pimpinan Bank NTT Kantor Cabang «Utama Kupang¦Oesapa¦Kupang Barat»
di Kupang

Perihal : Permohonan Kredit «Multiguna ASN¦KUR Mikro»

Dengan hormat,
Saya [[n:{n1}]], NIK [[nik:{nik1}]], NIP {nip}, bekerja di {of2}, mengajukan kredit sebesar {rpa} untuk jangka waktu «24¦36¦48¦60» bulan. Gaji saya dibayarkan melalui rekening Bank NTT No. [[b:{accntt1}]] a.n. [[n:{n1}]].

Istri saya Ibu [[n:{n2}]], NIK [[nik:{nik2}]], menyetujui permohonan ini (surat persetujuan terlampir). NPWP saya [[npwp:«{npd1}¦{npn1}»]]. Sebagai jaminan saya serahkan SK CPNS No. 800/{num}/BKPSDM/{thn} dan BPKB sepeda motor nopol [[pl:{pl1}]].

Lampiran: fotokopi KTP suami istri, KK No. [[kk:{kk1}]], slip gaji 3 bulan terakhir, daftar gaji dari bendahara {ofs2} (NPWP bendahara {ofnp2}).

Informasi lebih lanjut dapat menghubungi HP saya [[p:{hp1}]] atau telp rumah [[p:{tr1}]].

Hormat saya,
[[n:{n1}]]
""",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "application_letter",
        "job_application",
        """
CONTOH SURAT LAMARAN (jangan diisi di lembar ini)

Kupang, ...................... 2026
Kepada Yth. HRD {cv1}
{cvjl1}, Kupang

Nama : ..............................
NIK : {nikex} (16 digit sesuai KTP)
NPWP : {npex} atau NIK 16 digit
No. HP : {hpex}
Email : nama@example.com

Lamaran dikirim paling lambat {tgl} ke {cvhr1} dengan subjek "LAMARAN-{kode}". Informasi: {cvtel1} (jam kerja). NIB perusahaan {cvnib1}.
""",
    ),
    T(
        "application_letter",
        "scholarship_aid",
        """
PENGUMUMAN
Nomor: {surat}

Pendaftaran Beasiswa «Kupang Cerdas¦Afirmasi Pendidikan» Tahun Anggaran 2026 dibuka 1 s/d 30 «Juni¦Juli¦Agustus» 2026. Kuota {num}0 mahasiswa, bantuan {rp} per semester.
Syarat: surat permohonan, fotokopi KTP dan KK, KTM, transkrip (IPK minimal 3,00), SKTM, rekening Bank NTT atas nama sendiri.
Berkas dikirim ke {ofm18} atau diantar ke {ofjl18}.
Sanggahan: WA {ofwa18} (Senin-Jumat 08.00-15.00).
Nomor SK Wali Kota: 188.45/{num}/KEP/HK/2026.
Telp. kantor {oftel18}.
""",
    ),
]

# ---------------------------------------------------------------- cv_resume

TEMPLATES += [
    T(
        "cv_resume",
        "job_application",
        """
DAFTAR RIWAYAT HIDUP

DATA PRIBADI
Nama lengkap      : [[n:{n1}]]
Tempat, tgl lahir : {ttl1}
Jenis kelamin     : {jk1}
NIK               : [[nik:{nik1}]]
NPWP              : [[npwp:«{npd1}¦{npn1}¦{npb1}»]]
Alamat            : [[a:{adr1}]], Kel. {kel1}, Kec. «Oebobo¦Maulafa¦Kelapa Lima¦Alak», Kota Kupang
HP/WA             : [[p:«{hpd1}¦{hps1}¦{hpi1}»]]
E-mail            : [[e:{emp1}]]

PENDIDIKAN
Lulus {thn} - S1 «Akuntansi¦Teknik Sipil¦Manajemen¦Ilmu Komputer», «Undana¦Unwira¦UKAW», IPK {ipk}

PENGALAMAN KERJA
- «Staf admin¦Kasir¦Pengawas lapangan» di {cv1} («2019¦2020¦2021¦2022» - 2025), {cvjl1}
- Tenaga kontrak di {of2}

REFERENSI
1. [[n:{n3}]], atasan langsung di {cv1}, HP [[p:{hp3}]]
2. Kantor {cv1}: {cvtel1} / {cvm1}
""",
        A={1: (1993, 2002)},
    ),
    T(
        "cv_resume",
        "job_application",
        """
CURRICULUM VITAE

[[n:{N1}]]
[[a:{ad1}]], {kel1}, Kupang - NTT
Phone: [[p:{hpi1}]] | Email: [[e:{emp1}]]

PERSONAL DETAILS
Place/Date of birth: {ttl1}
ID card no. (NIK): [[nik:{nikb1}]]
Tax ID (NPWP): [[npwp:{npd1}]]
Driving licence: SIM C, motorcycle plate [[pl:{pl1}]]

WORK EXPERIENCE
{thn} - 2025  Field officer, {cv2} ({cvjl2}; office {cvtel2})
{thn2} - {thn}  Volunteer, «PMI Kota Kupang¦Yayasan Alfa Omega¦Posko Seroja»

REFERENCES
[[n:{n2}]] - supervisor, {cv2} - [[p:{hp2}]]
HR desk {cv2}: {cvhr2}
""",
    ),
    T(
        "cv_resume",
        "job_application",
        """
RIWAYAT HIDUP SINGKAT
(untuk seleksi PPPK Kota Kupang, formasi «guru¦tenaga kesehatan¦teknis»)

1. Nama : [[n:{n1}]]
2. NIK : [[nik:{niks1}]]
3. NIP/NI PPPK : belum ada
4. No. registrasi SSCASN : {reg}
5. Status perkawinan : «Kawin¦Belum kawin»
6. Alamat rumah : [[a:{adr1}]]
7. HP : [[p:{hp1}]]
8. Email pribadi : [[e:{em1}]]
   Email dinas : [[e:{emk1}]]
9. Nama ayah : [[n:{n2}]]
10. Nama ibu : [[n:{n3}]]
11. Tempat tugas sekarang : {of4} ({ofjl4}, telp {oftel4})

Kupang, {tglp}
Yang membuat,

[[n:{n1}]]
""",
        fam={1: 2},
        O={2: NTT, 3: NTT},
        A={1: (1988, 1999), 2: (1950, 1965), 3: (1952, 1968)},
        M=(2,),
        F=(3,),
    ),
    T(
        "cv_resume",
        "job_application",
        """
CV - [[n:{n1}]]
«Tenaga Teknik Sipil¦Estimator¦Tenaga Ahli K3»

Kontak: [[p:{hpb1}]] / [[e:{emx1}]]
Domisili: [[a:{est1}]], Kel. {kel1}, Kupang
NIK [[nik:{nik1}]] | NPWP [[npwp:{nps1}]]

Proyek yang pernah ditangani:
- Rehab gedung kantor {ofs2}, kontrak No. {kontrak}, nilai {rpb} ({cv2}, NPWP {cvn2})
- Jalan lingkungan Kel. {kl}, paket {tender} (LPSE Kota Kupang)
- Drainase {jl} Tahap II, SPK {kontrak2}

Sertifikat: SKK Ahli Muda Teknik Bangunan Gedung No. {reg}, berlaku s/d {tgl}
""",
    ),
    T(
        "cv_resume",
        "job_application",
        """
FORMAT CV PELAMAR (template, hapus tulisan contoh)

Nama lengkap : [Nama sesuai KTP]
NIK : {nikex}
NPWP : {npex} (kosongkan bila belum punya)
Alamat : [Jalan, No. rumah, RT/RW]
HP : {hpex}
Email : contoh@example.com

Kirim CV ke {cvhr1} paling lambat {tgl}. Pertanyaan lewat WA HRD {cvwa1} (HRD), telp {cvtel1}. Kode posisi {kode}.
""",
    ),
    T(
        "cv_resume",
        "procurement",
        """
DAFTAR PERSONEL MANAJERIAL (lampiran dokumen penawaran)
Paket : «Pembangunan Pustu Kel. {kl}¦Rehab Ruang Kelas SD Inpres {kl}¦Jalan Rabat Beton {kl}»
Kode tender : {tender}
Penyedia : {cv1}
NPWP Penyedia : {cvn1}
NIB : {cvnib1}
Alamat : {cvjl1}, Kupang. Telp {cvtel1}, email {cvm1}

Jabatan | Pengalaman | SKK/SKA
Manajer Pelaksana | «5¦7¦8¦10¦12» thn | {reg}
Manajer Teknik | «4¦6¦9¦11» thn | {reg2}
Ahli K3 Konstruksi | «3¦5¦6¦8» thn | {reg3}
(nama personel terlampir pada formulir isian kualifikasi)
""",
    ),
]

# ---------------------------------------------------------------- form_ocr

TEMPLATES += [
    T(
        "form_ocr",
        "civil_registry",
        """
FORMULIR F-1.02 PENDAFTARAN PERISTIWA KEPENDUDUKAN
DATA PEMOHON
Nama Lengkap       : [[n:{N1}]]
NIK                : [[nik:«{nikb1}¦{niko1}¦{nikn1}»]]
Nomor KK           : [[kk:{kk1}]]
Alamat             : [[a:{adr1}]]
                     Kel. {KEL1}
No. HP             : [[p:«{hpb1}¦{hpo1}»]]
Email              : [[e:«{emp1}¦{emn1}»]]
Jenis permohonan   : «perubahan data KK¦pindah datang¦akta kelahiran»
Nomor antrian      : A-{num}
Tgl.               : {tgl}
""",
        O={1: NTT},
    ),
    T(
        "form_ocr",
        "tax",
        """
PENDAFTARAN NPWP ORANG PRIBADI
(hasil pindai)
N a m a        : [[n:{N1}]]
NIK            : [[nik:{nikb1}]]
Tempat/Tgl Lhr : {ttl1}
Alamat         : [[a:{ad1}]] [[a:{rt1}]]
Kel/Desa       : {KEL1}
No. Telp/HP    : [[p:{hpo1}]]
E-mail         : [[e:{emp1}]]
Status         : «Pegawai¦Usahawan¦Pegawai dan usahawan»
Pemberi kerja  : {cv1}
NPWP pemberi kerja : {cvn1}
KPP            : KPP Pratama Kupang, {jl} No. {num}
""",
    ),
    T(
        "form_ocr",
        "insurance_bpjs",
        """
FORMULIR KLAIM / PERUBAHAN DATA PESERTA JKN
No. Kartu : [[bpjs:«{bpjs1}¦{bpjso1}»]]
NIK       : [[nik:{nik1}]]
Nama      : [[n:{N1}]]
Faskes I  : Puskesmas {kl}
Alamat    : [[a:{rtk1}]], Kel. {KEL1}
HP        : [[p:{hp1}]]

Anggota keluarga:
1 [[n:{N2}]] [[nik:{nik2}]] [[bpjs:{bpjs2}]] ISTRI
2 [[n:{N3}]] [[nik:{nik3}]] [[bpjs:{bpjs3}]] ANAK

Tgl.SEP : {tgl}No.SEP : 1701R00{num}26V00{num2}
Petugas loket: (nama tidak tercantum)
""",
        M=(1,),
        F=(2,),
        fam={2: 1, 3: 1},
        O={1: NTT},
        A={3: (2008, 2016)},
    ),
    T(
        "form_ocr",
        "police_court",
        """
SURAT TANDA PENERIMAAN LAPORAN
Nomor: {lp}

Pelapor
Nama      : [[n:{N1}]]
NIK       : [[nik:{nik1}]]
Pekerjaan : «Wiraswasta¦Ibu rumah tangga¦Pegawai swasta¦Petani»
Alamat    : [[a:{adr1}]]
No. HP    : [[p:{hpd1}]]

Terlapor  : [[n:{N2}]], alamat [[a:{ad2}]]
Kejadian  : «penipuan jual beli tanah (Pasal 378 KUHP)¦penggelapan sepeda motor (Pasal 372 KUHP)¦penipuan arisan (Pasal 378 KUHP)»
Kerugian  : {rpb}
Barang bukti: kuitansi, fotokopi sertifikat SHM No. {shm}, BPKB «nopol [[pl:{pl2}]]¦tidak ada»

Yang menerima laporan,
«Bripka¦Aipda¦Brigpol» [[n:{N3}]]
NRP {kpj}
""",
        M=(3,),
    ),
    T(
        "form_ocr",
        "civil_registry",
        """
FORMULIR PERMOHONAN KTP-el (CONTOH PENGISIAN)
NIK            : {nikex}
Nama           : DIISI HURUF KAPITAL
No. KK         : 5371xxxxxxxxxxxx
No. HP         : {hpex}
Loket Disdukcapil Kota Kupang, {ofjl12}
Info: telp {oftel12}, WA layanan {ofwa12}
No. antrian: B-{num} / {tgl}
""",
    ),
    T(
        "form_ocr",
        "tax",
        """
BUKTI PENERIMAAN ELEKTRONIK (BPE)
Nomor BPE       : {bpe}
NPWP            : {cvn1}
Nama WP         : {CV1}
Jenis SPT       : SPT Tahunan PPh Badan
Tahun Pajak     : {thn}
Status          : Nihil
Tgl terima      : {tgl}
NTPN            : {ntpn}
KPP Pratama Kupang | Kring Pajak 1500200 | {jl} No. {num}
""",
    ),
]

# ---------------------------------------------------------------- tax_slip

TEMPLATES += [
    T(
        "tax_slip",
        "tax",
        """
BUKTI PEMOTONGAN PPh PASAL 21 (FORMULIR 1721-A1)
Nomor : {bukpot}
Masa Pajak : 01-12 / {thn}

A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP/NIK : [[npwp:«{npd1}¦{npn1}¦{npo1}»]]
A.2 NAMA : [[n:{N1}]]
A.3 ALAMAT : [[a:{adr1}]] KUPANG
A.4 JENIS KELAMIN : {JK1}

B. RINCIAN PENGHASILAN
Gaji/pensiun : {rpa}
PPh 21 terutang : {rp}

C. IDENTITAS PEMOTONG
C.1 NPWP : {cvn1}
C.2 NITKU : {cvt1}
C.3 NAMA : {CV1}
C.4 Tanggal : {tgl}
Nama penandatangan : [[n:{N2}]] (Direktur)
""",
    ),
    T(
        "tax_slip",
        "tax",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak : {faktur}

Pengusaha Kena Pajak
Nama   : {CV1}
Alamat : {cvjl1}, Kupang
NPWP   : {cvn1}

Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak
Nama   : [[n:{N2}]]
Alamat : [[a:{adr2}]], KUPANG
NPWP   : [[npwp:«{npn2}¦{npz2}»]]
NITKU  : [[npwp:{npt2}]]
Email  : [[e:{emp2}]]

No. | Nama Barang | Harga
1 | «Semen 40 kg x 100 sak¦Besi beton 10 mm x 50 batang¦Seng gelombang x 60 lembar» | {rp}
DPP : {rp}
PPN : 11 %
Kupang, {tgl}
""",
    ),
    T(
        "tax_slip",
        "land_building",
        """
SURAT PEMBERITAHUAN PAJAK TERUTANG (SPPT) PBB-P2 TAHUN 2026
NOP : {nop}
Letak objek pajak : {jl} Kel. {kl}, Kota Kupang

Nama dan alamat wajib pajak:
[[n:{N1}]]
[[a:{adr1}]]
KEL. {KEL1} KUPANG

Luas bumi {luas} m2, luas bangunan {num}0 m2
PBB terutang : {rp}
Jatuh tempo : 31 Agustus 2026
Tempat pembayaran : Bank NTT / kode bayar {billing}

Catatan petugas: WP minta SPPT dikirim juga ke [[e:{em1}]], HP [[p:{hp1}]]. NPWP WP [[npwp:{npd1}]] sudah dicocokkan dengan NIK [[nik:{nik1}]].
""",
    ),
    T(
        "tax_slip",
        "procurement",
        """
KUITANSI / BUKTI PEMBAYARAN
No. : {inv}
Sudah terima dari : Bendahara Pengeluaran {ofs1} (NPWP {ofnp1})
Uang sejumlah : {rpb}
Untuk pembayaran : honorarium narasumber «bimtek perizinan¦sosialisasi PBB¦rapat koordinasi»

Yang menerima,
[[n:{n2}]]
NIK : [[nik:{nik2}]]
NPWP : [[npwp:«{npd2}¦{npn2}»]]
No. rek : {bank2} [[b:{acc2}]]

PPh 21 dipotong : {rp} (bukti potong {bukpot})
Kupang, {tgl}
""",
    ),
    T(
        "tax_slip",
        "tax",
        """
BUKTI POTONG PPh UNIFIKASI
Nomor : {bukpot}
Pemotong : {CV1}
NPWP Pemotong : {cvn1}
NITKU : {cvt1}
Penerima : {CV2}
NPWP Penerima : {cvn2}
Objek pajak : jasa konstruksi (Kode 28-409-01)
DPP : {rpb}  Tarif 1,75 %  PPh : {rp}
Dokumen dasar : {inv}, {tgl}
""",
    ),
    T(
        "tax_slip",
        "tax",
        """
TAGIHAN PBB-P2 (STTS)
NOP : {nop}
Tahun : {thn}
Pokok : {rp}   Denda : {rps}
Kode billing : {billing}
NTPN : {ntpn}
Dibayar di : Bank NTT KCU, {tgl} jam {jam}
Bapenda Kota Kupang, {ofjl11}, telp {oftel11}
""",
    ),
]

# ---------------------------------------------------------------- agreement

TEMPLATES += [
    T(
        "agreement",
        "power_of_attorney",
        """
SURAT KUASA
Nomor: {surat}

Yang bertanda tangan di bawah ini:
Nama    : [[n:{n1}]]
NIK     : [[nik:{nik1}]]
NPWP    : [[npwp:«{npd1}¦{npn1}»]]
Alamat  : [[a:{adr1}]], Kel. {kel1}, Kota Kupang
HP      : [[p:{hp1}]]
selanjutnya disebut PEMBERI KUASA.

Dengan ini memberi kuasa kepada:
Nama    : [[n:{n2}]], S.H.
Pekerjaan: Advokat pada Kantor Hukum "{usaha} & Rekan", {cvjl1}, Kupang, telp kantor {cvtel1}, email «kantorhukum.kupang@gmail.com¦lawoffice.kupang@yahoo.co.id¦advokat.oebobo@gmail.com»
NIK     : [[nik:{nik2}]]
HP      : [[p:{hp2}]]
selanjutnya disebut PENERIMA KUASA,

untuk mewakili Pemberi Kuasa dalam perkara No. {perkara} di Pengadilan Negeri Kupang terkait tanah SHM No. {shm} (NOP {nop}).

Kupang, {tglp}
Penerima Kuasa,                Pemberi Kuasa,
[[n:{n2}]], S.H.               [[n:{n1}]]
""",
        O={2: NTT},
    ),
    T(
        "agreement",
        "rental_sale",
        """
PERJANJIAN SEWA MENYEWA RUMAH

Pada hari ini, {tglp}, kami yang bertanda tangan di bawah ini:
I. [[n:{n1}]], NIK [[nik:{nik1}]], pemilik rumah di [[a:{adr1}]], Kel. {kel1}, HP [[p:{hp1}]], selanjutnya disebut PIHAK PERTAMA;
II. [[n:{n2}]], NIK [[nik:{nik2}]], karyawan {cv1}, alamat asal [[a:{ad2}]], HP [[p:{hp2}]], selanjutnya disebut PIHAK KEDUA.

Pasal 1. Pihak Pertama menyewakan rumah tersebut kepada Pihak Kedua selama 1 (satu) tahun dengan harga {rph}.
Pasal 2. Pembayaran ditransfer ke rekening {bank1} No. [[b:{acc1}]] a.n. [[n:{n1}]].
Pasal 3. Rekening listrik (ID pelanggan {idpel}) dan air PDAM menjadi tanggungan Pihak Kedua.
Pasal 4. Perselisihan diselesaikan secara kekeluargaan, bila tidak tercapai melalui Pengadilan Negeri Kupang.

PIHAK PERTAMA                  PIHAK KEDUA
[[n:{n1}]]                     [[n:{n2}]]
Saksi: Ketua RT setempat, [[n:{n3}]]
""",
    ),
    T(
        "agreement",
        "rental_sale",
        """
KUITANSI JUAL BELI KENDARAAN

Telah terima dari [[n:{n2}]] (NIK [[nik:{nikb2}]], HP [[p:{hp2}]]) uang sejumlah {rpm} untuk pembelian satu unit sepeda motor «Honda Vario 125¦Yamaha NMAX¦Honda Beat» tahun {thn}, nomor polisi [[pl:{pl1}]], BPKB atas nama penjual.

Penjual: [[n:{n1}]], NIK [[nik:{nik1}]], alamat [[a:{adr1}]].
Pembayaran lewat transfer ke {bank1} [[b:{acc1}]] a.n. [[n:{n1}]].
Balik nama kendaraan diurus di UPT Samsat Kupang ({jl} No. {num}), biaya BBNKB {rp}.

Kupang, {tgl}
Penjual                Pembeli
[[n:{n1}]]             [[n:{n2}]]
""",
    ),
    T(
        "agreement",
        "loan",
        """
PERJANJIAN KREDIT
No. {kontrak}

Antara {CV1} (Koperasi/KSP penyalur, NPWP {cvn1}, {cvjl1}) sebagai KREDITUR
dan
Nama debitur : [[n:{n1}]]
NIK          : [[nik:{nik1}]]
NPWP         : [[npwp:«{nps1}¦{npd1}¦{npz1}»]]
Pekerjaan    : «pedagang Pasar Oeba¦PNS¦pengemudi ojek daring»
Alamat       : [[a:{adr1}]]
Nama pasangan: [[n:{n2}]], NIK [[nik:{nik2}]]
sebagai DEBITUR.

Plafon {rpb}, bunga 1,5 % per bulan, angsuran ke rekening kreditur {cvbank1} {cvacc1} (rekening perusahaan).
Jaminan: BPKB nopol [[pl:{pl1}]].
Korespondensi: debitur [[e:{em1}]] / [[p:{hp1}]]; kreditur {cvm1} / {cvtel1}.
""",
        fam={2: 1},
    ),
    T(
        "agreement",
        "rental_sale",
        """
DRAF PERJANJIAN SEWA (CONTOH, BELUM DIISI)

PIHAK PERTAMA: Nama ............, NIK {nikex}, HP {hpex}
PIHAK KEDUA : {CV1}, NPWP {cvn1}, NIB {cvnib1}, berkedudukan di {cvjl1}
Objek sewa: ruko di {jl} No. {num}, SHM No. {shm}, NOP {nop}
Harga sewa {rph} per tahun, dibayar ke rekening perusahaan {cvbank1} {cvacc1}.
Dasar hukum: Pasal 1548 KUHPerdata.
""",
    ),
    T(
        "agreement",
        "procurement",
        """
SURAT PERJANJIAN KERJA (KONTRAK)
Nomor : {kontrak}
Paket : «Rehabilitasi Saluran {jl}¦Pengadaan Meubelair SD Inpres {kl}»
Kode RUP : {tender}

PIHAK PERTAMA : Pejabat Pembuat Komitmen {of1}, {ofjl1}
PIHAK KEDUA   : {CV1}, NPWP {cvn1}, NITKU {cvt1}, NIB {cvnib1}
Alamat kantor {cvjl1}, telp {cvtel1}, email {cvm1}
Nilai kontrak {rpb} termasuk PPN
Jangka waktu «60¦90¦120¦150» hari kalender sejak SPMK {tgl}
Jaminan pelaksanaan No. JP-{shm}/{thn} dari {bnk}
""",
    ),
]

# ---------------------------------------------------------------- official_reply

TEMPLATES += [
    T(
        "official_reply",
        "tax",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
{jl} No. {num}, Kupang. Telp {oftel1}

Nomor : S-{shm}/KPP.2004/2026
Hal   : Penjelasan atas permohonan pemadanan NIK sebagai NPWP

Yth. [[n:{N1}]]
[[a:{adr1}]]
Kel. {kel1}, Kupang

Sehubungan dengan surat Saudara tanggal {tgl} yang kami terima melalui [[e:{em1}]], dengan ini kami sampaikan bahwa NPWP Saudara [[npwp:{npd1}]] telah dipadankan dengan NIK [[nik:{nik1}]], sehingga sejak 1 Juli 2024 NPWP Saudara adalah [[npwp:{npn1}]]. Pemberi kerja Saudara, {cv1} (NPWP {cvn1}), agar menggunakan NPWP 16 digit tersebut dalam bukti potong.

Informasi lebih lanjut: Kring Pajak 1500200.

a.n. Kepala Kantor
Kepala Seksi Pelayanan
[[n:{n2}]]
NIP {nip}
""",
    ),
    T(
        "official_reply",
        "civil_registry",
        """
Tindak lanjut pengaduan No. {tiket}
Dari: Disdukcapil Kota Kupang
Kepada: Sdr/i [[n:{n1}]]

Terima kasih atas laporan Saudara. Setelah dicek, data NIK [[nik:{nik1}]] dalam KK No. [[kk:{kk1}]] tercatat ganda dengan KK lama. KK lama sudah kami nonaktifkan dan KK baru dicetak pada {tgl}. Istri Saudara, [[n:{n2}]] (NIK [[nik:{nik2}]]), juga sudah masuk dalam KK baru.

Dokumen dapat diambil di loket 3 Disdukcapil ({ofjl12}) dengan membawa bukti pengaduan ini, atau dikirim ke HP [[p:{hp1}]] dalam bentuk PDF.
Pertanyaan lain: WA layanan {ofwa12}, telp {oftel12}.

Petugas: [[n:{n3}]]
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "official_reply",
        "police_court",
        """
SURAT PEMBERITAHUAN PERKEMBANGAN HASIL PENYIDIKAN (SP2HP)
Nomor: B/{num}/{shm}/2026/Reskrim

Kepada Yth. [[n:{n1}]]
di [[a:{adr1}]]

Rujukan: {lp}
Dengan ini kami beritahukan bahwa laporan Saudara tentang «penipuan jual beli tanah¦penggelapan uang arisan¦penipuan lowongan kerja» dengan terlapor [[n:{n2}]] (NIK [[nik:{nik2}]], alamat [[a:{ad2}]]) telah dilakukan pemeriksaan saksi, antara lain [[n:{n3}]]. Rekening terlapor di {bank2} No. [[b:{acc2}]] telah dimintakan pemblokiran.

Untuk informasi perkembangan perkara, hubungi penyidik «Bripka¦Aipda¦Ipda» [[n:{n4}]] HP [[p:{hp4}]] atau SPKT {oftel1}.
""",
        M=(4,),
    ),
    T(
        "official_reply",
        "business_permit",
        """
PEMERINTAH KOTA KUPANG
DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU
{ofjl10}, Telp. {oftel10}, WA {ofwa10}, email {ofm10}

Nomor : {surat}
Perihal : Pengembalian berkas permohonan PBG

Yth. Direktur {cv1}
{cvjl1}
NPWP {cvn1}

Berkas permohonan PBG Saudara (No. registrasi {reg}) kami kembalikan karena gambar struktur belum ditandatangani tenaga ahli bersertifikat dan NOP {nop} tidak sesuai dengan sertifikat SHM No. {shm}. Mohon dilengkapi paling lambat {tgl}.
Dasar: PP No. 16 Tahun 2021.
""",
    ),
    T(
        "official_reply",
        "scholarship_aid",
        """
Balasan LAPOR! No. {tiket}
Yth. Pelapor (identitas dirahasiakan),
Pencairan bantuan beasiswa tahap I sebesar {rp} telah ditransfer pada {tgl} melalui Bank NTT. Bagi penerima yang rekeningnya ditolak, silakan membawa buku tabungan ke {ofjl18} atau mengirim ke {ofm18}. Layanan informasi: {oftel18} dan WA {ofwa18} (Senin-Jumat 08.00-14.00). Nomor surat keputusan: {surat}.
""",
    ),
    T(
        "official_reply",
        "procurement",
        """
PENGUMUMAN PEMENANG TENDER
Nomor : {surat}
Paket : «Pembangunan Drainase {jl}¦Rehab Gedung Puskesmas {kl}¦Pengadaan Alat Tulis Kantor»
Kode Tender : {tender}
HPS : {rpb}

Pemenang : {CV1}
NPWP : {cvn1}
Alamat : {cvjl1}, Kupang
Harga penawaran terkoreksi : {rpb2}
Masa sanggah 5 hari kalender. Sanggahan melalui LPSE, pertanyaan ke {ofm16}, telp {oftel16}.
Pokja Pemilihan {ofs16}
""",
    ),
]

# ---------------------------------------------------------------- email_signature

TEMPLATES += [
    T(
        "email_signature",
        "job_application",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: HRD {cv1} <{cvhr1}>
Subject: Lamaran kerja posisi «Admin Gudang¦Staf Pajak¦Marketing» - [[n:{n1}]]

Selamat «pagi¦siang», Bapak/Ibu HRD.
Bersama email ini saya kirimkan surat lamaran, CV, scan KTP, NPWP dan ijazah (5 lampiran, PDF). NPWP saya sudah pakai NIK: [[npwp:{npn1}]].

Terima kasih.

Salam,
[[n:{n1}]]
HP/WA [[p:{hp1}]]
[[a:{ad1}]], Kupang
""",
    ),
    T(
        "email_signature",
        "tax",
        """
From: [[n:{f2}]], [[n:{g2}]] <[[e:{emk2}]]>
To: [[n:{n1}]] <[[e:{emp1}]]>
Cc: {ofm1}
Subject: RE: Bukti potong PPh 21 tahun {thn}

Yth. Bapak/Ibu [[n:{n1}]],
Bukti potong 1721-A1 Nomor {bukpot} atas NPWP [[npwp:«{npd1}¦{npn1}»]] sudah kami kirim ke alamat email Bapak/Ibu. NPWP bendahara yang tercantum ({ofnp1}) adalah NPWP instansi, bukan NPWP pribadi.
Bila ada kesalahan, silakan balas email ini.

Salam,
[[n:{n2}]]
Staf Keuangan, {of1}
Telp kantor {oftel1} | HP [[p:{hp2}]]
""",
        O={2: NTT},
    ),
    T(
        "email_signature",
        "power_of_attorney",
        """
Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: Kantor Notaris/PPAT <{ntm}>
Perihal: Draf akta kuasa menjual

Selamat siang,
Berikut data untuk akta kuasa menjual tanah SHM No. {shm}:
Pemberi kuasa: [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npd1}]]
Penerima kuasa: adik saya [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]]
Pembeli: {cv1} (NPWP {cvn1}, email {cvm1})

Saya ada di Jakarta sampai {tgl}, bisa dihubungi di [[p:{hpi1}]].
Terima kasih,
[[n:{g1}]]
""",
        fam={2: 1},
        O={1: NTT},
    ),
    T(
        "email_signature",
        "insurance_bpjs",
        """
From: [[n:{n1}]] <[[e:«{emp1}¦{emx1}»]]>
To: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Penonaktifan kartu JKN ibu saya

Dengan hormat,
Kartu JKN ibu saya, [[n:{n2}]], nomor [[bpjs:{bpjs2}]] (NIK [[nik:{nik2}]]), tiba-tiba nonaktif padahal iuran mandiri dibayar tiap bulan lewat VA {va}. Mohon dicek.
Saya bisa dihubungi di [[p:{hp1}]].

Hormat saya,
[[n:{n1}]]
«Sent from my iPhone¦Dikirim dari Yahoo Mail di Android»
""",
        F=(2,),
        fam={1: 2},
        A={2: (1945, 1960)},
    ),
    T(
        "email_signature",
        "procurement",
        """
From: {CV1} <{cvm1}>
To: Pokja Pemilihan <ukpbj@kupangkota.go.id>
Subject: Sanggahan tender kode {tender}

Dengan hormat,
Kami {cv1} (NPWP {cvn1}, NIB {cvnib1}) menyampaikan sanggahan atas hasil evaluasi paket tersebut. Dokumen pendukung terlampir (Surat No. {surat}).

Hormat kami,
Direksi
{cv1}
{cvjl1}, Kupang | Telp {cvtel1} | WA {cvwa1} (kantor)
""",
    ),
    T(
        "email_signature",
        "tax",
        """
From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
To: Wajib Pajak
Subject: Pengingat pelaporan SPT Tahunan {thn}

Yth. Wajib Pajak,
Batas pelaporan SPT Tahunan Orang Pribadi adalah 31 Maret. Laporkan melalui Coretax. Format lama {npex} ditulis 16 digit dengan angka 0 di depan, tanpa titik. Layanan: Kring Pajak 1500200, KPP Pratama Kupang {oftel1}.
Email ini dikirim otomatis oleh noreply@pajak.go.id. Message-ID: <{ntpn}@mx.pajak.go.id>
""",
    ),
]

# ---------------------------------------------------------------- register_table

TEMPLATES += [
    T(
        "register_table",
        "scholarship_aid",
        """
Rekap pendaftar bantuan biaya pendidikan Kel. {kl} (dikirim ke {ofm18})
No,Nama Pemohon,NIK,Alamat,No HP,Rekening
1,[[n:{N1}]],[[nik:{nikb1}]],[[a:{rt1}]],[[p:{hpb1}]],[[b:{accntt1}]]
2,[[n:{N2}]],[[nik:{nikb2}]],[[a:{ad2}]],[[p:{hp2}]],[[b:{accntt2}]]
3,[[n:{N3}]],[[nik:{nikb3}]],[[a:{rt3}]],[[p:{hpk3}]],belum ada
4,[[n:{N4}]],[[nik:{nikb4}]],[[a:{adr4}]],-,[[b:{accntt4}]]
Total 4 pemohon, usulan bantuan {rp} per orang. Verifikator: operator kelurahan.
""",
    ),
    T(
        "register_table",
        "procurement",
        """
DAFTAR PENYEDIA TERDAFTAR - KATALOG LOKAL KOTA KUPANG
Kode | Penyedia | Bentuk | NPWP/NITKU | Pemilik | HP Pemilik
{kode} | {CV1} | Badan usaha | {cvn1} | (direksi) | {cvtel1}
{kode2} | [[n:{N2}]] (perorangan) | Perorangan | [[npwp:«{npd2}¦{npn2}»]] | [[n:{N2}]] | [[p:{hp2}]]
{kode3} | {CV3} | Badan usaha | {cvt3} | [[n:{N4}]] | [[p:{hp4}]]
{kode4} | Toko «Bangunan¦Elektronik» {usaha} | Perorangan | [[npwp:{npt5}]] | [[n:{N5}]] | [[p:{hpd5}]]
Diverifikasi UKPBJ, {tgl}. Kontak helpdesk katalog: {ofm16}.
""",
    ),
    T(
        "register_table",
        "tax",
        """
Rekap NPWP «guru honor SD Inpres {kl}¦tenaga kontrak {ofs1}» (diminta bendahara untuk e-Bupot)
1. [[n:{n1}]] — [[npwp:{npd1}]]
2. [[n:{n2}]] — [[npwp:{npn2}]]
3. [[n:{n3}]] — [[npwp:{nps3}]]
4. [[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
5. [[n:{n5}]] — [[npwp:{npz5}]]
NPWP bendahara (instansi): {ofnp1}. Batas kirim {tgl}.
""",
    ),
    T(
        "register_table",
        "land_building",
        """
DAFTAR WAJIB PAJAK PBB-P2 YANG MENGAJUKAN KEBERATAN
NOP | Nama WP | Alamat WP | Letak Objek | Luas
{nop} | [[n:{N1}]] | [[a:{ad1}]] | {jl} | {luas} m2
{nop2} | [[n:{N2}]] | [[a:{adr2}]] | Kel. {kl} | {luas2} m2
{nop3} | {CV3} | {cvjl3} | {jl2} | {luas3} m2
{nop4} | [[n:{N4}]] | [[a:{est4}]] | Kel. {kl2} | {luas4} m2
Petugas verifikasi: Bidang PBB Bapenda, {oftel11}.
""",
    ),
    T(
        "register_table",
        "procurement",
        """
DAFTAR PESERTA TENDER - kode {tender}
No | Nama Usaha | NPWP | Email | Telepon | Harga penawaran
1 | {CV1} | {cvn1} | {cvm1} | {cvtel1} | {rpb}
2 | {CV2} | {cvn2} | {cvm2} | {cvtel2} | {rpb2}
3 | {CV3} | {cvz3} | {cvm3} | {cvtel3} | {rpb3}
4 | {CV4} | {cvn4} | {cvm4} | {cvwa4} | {rpb4}
Dibuka {tgl} pukul {jam} WITA di LPSE Kota Kupang.
""",
    ),
    T(
        "register_table",
        "civil_registry",
        """
DAFTAR LAYANAN DAN KONTAK INSTANSI
Instansi | Layanan | Telepon | WhatsApp | Email
Disdukcapil | KTP-el, KK, akta | {oftel12} | {ofwa12} | {ofm12}
DPMPTSP | NIB, PBG, SLF | {oftel10} | {ofwa10} | {ofm10}
Bapenda | PBB-P2, BPHTB | {oftel11} | {ofwa11} | {ofm11}
Disnaker | Kartu AK/I | {oftel14} | {ofwa14} | {ofm14}
Diperbarui {tgl}.
""",
    ),
]

# ---------------------------------------------------------------- doc_chat

TEMPLATES += [
    T(
        "doc_chat",
        "tax",
        """
[{ts}] [[n:{n1}]]: Selamat «pagi¦siang» bapa ibu guru. Bendahara minta NPWP semua guru honor untuk bukti potong. Kirim japri ke sy e.
[{ts2}] [[n:{n2}]]: Ini punya sy [[npwp:{npn2}]]
[{ts3}] [[n:{n3}]]: NPWP sa yg lama [[npwp:{npd3}]], ma dong bilang skrg pake NIK sa, [[npwp:{npn3}]]
[{ts4}] [[n:{n1}]]: Ok trima kasih. Yg belum, kirim ke email sy [[e:{em1}]] jg boleh. NPWP sekolah {cvn9} jgn dipake e
""",
        A={2: (1990, 2001), 3: (1985, 2000)},
    ),
    T(
        "doc_chat",
        "power_of_attorney",
        """
[{ts}] [[n:{n1}]]: Kaka, dari kantor notaris minta data untuk akta kuasa. NIK deng No KK kaka
[{ts2}] [[n:{n2}]]: Ini: [[nik:{nik2}]] / [[kk:{kk2}]]
[{ts3}] [[n:{n2}]]: NPWP kaka [[npwp:«{npd2}¦{npo2}»]]
[{ts4}] [[n:{n1}]]: Email kaka yg aktif apa? Notaris mau kirim draf
[{ts5}] [[n:{n2}]]: [[e:«{emx2}¦{emp2}»]]
[{ts6}] [[n:{n1}]]: Ok. Kantor notaris tu {nttel}, email {ntm}. Nanti kaka cek sa
""",
        fam={1: 2},
        O={2: NTT},
    ),
    T(
        "doc_chat",
        "job_application",
        """
[{ts}] [[n:{n2}]]: Selamat siang, saya [[n:{g2}]] dari HRD {cv1}. Mohon kirim scan KTP, NPWP dan nomor rekening untuk kontrak kerja.
[{ts2}] [[n:{n3}]]: Siang ibu. NIK [[nik:{nik3}]], NPWP [[npwp:{npd3}]], rek {bank3} [[b:{acc3}]] a.n. [[n:{n3}]]
[{ts3}] [[n:{n2}]]: Terima kasih. Scan dikirim ke {cvhr1} ya, jangan ke nomor ini. NPWP perusahaan {cvn1} untuk referensi bukti potong.
""",
        F=(2,),
    ),
    T(
        "doc_chat",
        "insurance_bpjs",
        """
[{ts}] [[n:{n1}]]: Nyong, mama pung kartu BPJS nomor berapa? Petugas RS minta
[{ts2}] [[n:{n2}]]: [[bpjs:«{bpjs1}¦{bpjss1}»]] mama. KK kita [[kk:{kk1}]]
[{ts3}] [[n:{n2}]]: Foto KTP mama: KTP_[[nik:{nikb1}]].jpg
[{ts4}] [[n:{n1}]]: Ok. Nanti petugas telp ke mama pung HP [[p:{hp1}]] ko?
[{ts5}] [[n:{n2}]]: Iya. Kalo sonde angkat, telp beta [[p:{hp2}]]
""",
        F=(1,),
        M=(2,),
        fam={2: 1},
        O={1: NTT},
        A={1: (1950, 1966), 2: (1980, 1995)},
    ),
    T(
        "doc_chat",
        "tax",
        """
Pesan terusan:
"Yth. Wajib Pajak, NPWP anda akan diblokir. Segera update data di link pajak-coretax-update.com atau hubungi {scam} (admin KPP). Kode verifikasi {num}{num2}{num3}."
[{ts}] Admin Kelurahan: Bapa mama, ini penipuan e. KPP Pratama Kupang sonde pernah minta lewat WA. Kring Pajak 1500200, KPP {oftel1}. Laporan penipuan bisa ke {ofwa1} (WA pengaduan kelurahan).
""",
    ),
    T(
        "doc_chat",
        "procurement",
        """
[{ts}] Pokja UKPBJ: Mohon penyedia yang masuk pembuktian kualifikasi paket {tender} hadir {tgl} jam {jam}.
[{ts2}] {CV1}: Siap. Kami bawa akta pendirian, NIB {cvnib1}, NPWP {cvn1} dan SPT tahun {thn}.
[{ts3}] {CV2}: Siap pak. Kontak kantor kami {cvtel2}, email {cvm2}.
[{ts4}] Pokja UKPBJ: Baik. Info lanjut {ofm16}.
""",
    ),
]

# ---------------------------------------------------------------- paperwork_complaint

TEMPLATES += [
    T(
        "paperwork_complaint",
        "tax",
        """
«YTH LAPOR.¦LAPOR KOTA KUPANG.» NPWP SY YG LAMA [[npwp:{npd1}]] DITOLAK WKT LAPOR SPT DI CORETAX, KATANYA HARUS SAMA DENGAN NIK SY [[nik:{nik1}]]. SDH 3X KE KPP TDK ADA HASIL. MOHON DIBANTU. [[n:{N1}]] [[p:«{hpb1}¦{hpo1}»]]
""",
    ),
    T(
        "paperwork_complaint",
        "tax",
        """
Selamat «pagi¦siang», saya [[n:{n1}]], karyawan {cv1}. Sampai sekarang perusahaan belum kasih bukti potong 1721-A1 tahun {thn}, padahal gaji saya dipotong PPh 21 tiap bulan. NPWP saya [[npwp:«{npd1}¦{nps1}¦{npn1}»]], terdaftar di KPP Pratama Kupang. HRD bilang tunggu saja, email ke {cvhr1} sonde dibalas. Mohon bantuan. Kontak saya [[p:{hp1}]] / [[e:{em1}]]. Tiket sebelumnya {tiket}.
""",
    ),
    T(
        "paperwork_complaint",
        "land_building",
        """
Sy [[n:{n1}]] warga [[a:{rt1}]] Kel. {kel1}. Sertifikat tanah sy SHM No. {shm} sudah 8 bulan di Kantor Pertanahan, alasan berkas tumpang tindih dgn tanah [[n:{n2}]]. Padahal AJB dibuat di PPAT [[n:{n3}]] tahun {thn} dan PBB (NOP {nop}) sy bayar terus. Nomor berkas {reg}. Mohon ditindaklanjuti. HP [[p:{hp1}]]
""",
    ),
    T(
        "paperwork_complaint",
        "civil_registry",
        """
Pak, beta pung KK ada salah. Nama beta pung istri tatulis "[[n:{n4}]]" padahal yg betul [[n:{n2}]]. NIK istri di KK tatulis [[nik:{nik2}]]. Anak [[n:{g3}]] sonde masuk KK. KK lama [[kk:{kk1}]]. Su urus di Disdukcapil 2x, dong suru tunggu. Beta [[n:{n1}]], [[a:{adr1}]], WA [[p:{hp1}]].
""",
        M=(1,),
        F=(2,),
        fam={2: 1, 3: 1},
        O={1: NTT},
        A={3: (2010, 2018)},
    ),
    T(
        "paperwork_complaint",
        "tax",
        """
Keluhan (identitas dirahasiakan): tagihan PBB NOP {nop} naik dari {rps} jadi {rp} tanpa pemberitahuan. Kode billing {billing} sudah dibayar {tgl} tapi status belum lunas. Telepon Bapenda {oftel11} sonde angkat, WA {ofwa11} hanya centang satu. Tiket {tiket}.
""",
    ),
    T(
        "paperwork_complaint",
        "procurement",
        """
Laporan warga: proyek drainase {jl} (kontrak {kontrak}, nilai {rpb}) dikerjakan {cv1}, NPWP {cvn1}, belum selesai padahal batas {tgl}. Papan proyek tulis kontak {cvtel1}, sonde aktif. Mohon Inspektorat cek. Nomor pengaduan sebelumnya {tiket}.
""",
    ),
]


if __name__ == "__main__":
    main()
