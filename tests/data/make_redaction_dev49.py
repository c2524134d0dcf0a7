# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401
"""Write tests/data/redaction_dev49.jsonl: whose phone number is it, on notices, registers, posters and posts.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{owa}``, ``{scam}``), each filled three times with invented values; span offsets are
computed from the markers. Run ``python3 tests/data/make_redaction_dev49.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
``@`` token with the forty characters before it.
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

SEED = 20261249
OUT = Path(__file__).with_name("redaction_dev49.jsonl")

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
    "notice_board",
    "contact_roster",
    "poster_ocr",
    "number_change",
    "scam_warning",
    "social_post",
    "wa_broadcast",
    "lapor_form",
    "call_note",
    "kupang_malay",
)
SCANNED = {"poster_ocr"}
THEMES = (
    "health",
    "water_power",
    "social_aid",
    "civil_registry",
    "security_scam",
    "housing_rental",
    "community_event",
    "jobs_trade",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "phone": 300,
    "name": 300,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "tn", "dr", "drs", "pdt", "pnt",
    "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "nn",
    "kak", "kaka", "ade", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "bendahara",
    "sekretaris", "kader", "pendamping", "admin", "alm", "almh", "ttd", "salam", "dari", "hormat",
    "atas", "anak", "istri", "suami", "nama", "pelapor", "penelepon", "kel", "h", "hj", "ustadz",
    "ustadzah", "sopir", "ojek", "tukang", "pemilik", "koordinator", "an", "a.n", "ko", "ci",
    "wa", "hp", "hub", "sa", "beta", "sy", "saya", "perawat", "mantri", "pastor", "romo",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev49)
GIVEN_M = (
    "Yermias", "Marthen", "Obed", "Semuel", "Frengki", "Yulius", "Dominikus", "Fransiskus",
    "Aloysius", "Melkianus", "Ferdinandus", "Nikolaus", "Stefanus", "Kornelis", "Petrus",
    "Arnoldus", "Hendrikus", "Agustinus", "Elias", "Yakobus", "Matheos", "Yunus", "Zakarias",
    "Benyamin", "Roni", "Deni", "Jefri", "Ebenhaezer", "Gabriel", "Alfred", "Anderias", "Ishak",
    "Simson", "Oktovianus", "Markus", "Lodowik", "Welem", "Kristian", "Rudolf", "Yosua",
    "Emanuel", "Sefnat", "Yonatan", "Adrianus", "Blasius", "Vinsensius", "Kristoforus",
    "Silvester", "Godlief", "Herman", "Ruben", "Daud", "Nikson", "Apner", "Habel", "Filipus",
    "Yohanis", "Marselinus", "Robert", "Okto",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Margaretha", "Agustina", "Ferderika", "Elisabeth", "Sarlota", "Yohana", "Maria",
    "Fransiska", "Theresia", "Veronika", "Imelda", "Rosalinda", "Delfina", "Oktaviana",
    "Selvina", "Marlinda", "Yustina", "Anjelina", "Naomi", "Debora", "Ester", "Ribka", "Mersi",
    "Siska", "Novita", "Yuliati", "Dortea", "Martha", "Adelina", "Paulina", "Priska", "Regina",
    "Florida", "Yosefina", "Karolina", "Kristina", "Lusia", "Wilhelmina", "Ance", "Susana",
    "Beatriks", "Yunita", "Erni", "Lenny", "Magdalena", "Mariana", "Oliva", "Yasinta",
    "Ermelinda", "Serlin", "Febri", "Orpa", "Jubelina", "Marselina", "Antonia",
)  # fmt: skip
FAMILY = (
    # Timor
    "Nubatonis", "Tapatab", "Nomleni", "Taneo", "Nitbani", "Bolla", "Sanam", "Natonis", "Kolo",
    "Tnomel", "Abineno", "Fobia", "Sabat", "Misa", "Tafuli", "Sakan", "Baok",
    # Rote
    "Ndolu", "Pellondou", "Lenggu", "Henukh", "Saudale", "Ledoh", "Kiuk", "Feoh", "Lerrick",
    "Nalle", "Mbuik", "Zakarias Ndoen",
    # Sabu
    "Lado", "Dida", "Hede", "Kana", "Ludji", "Dimu", "Hege", "Tede", "Ballo", "Mone", "Weo",
    "Lado Hede", "Kana Ludji", "Djami Weo",
    # Flores
    "Parera", "Making", "Kedang", "Koten", "Sogen", "Lamapaha", "Beoang", "Lewar", "Openg",
    "Wutun", "Maran", "Mukin", "Liwu", "Djogo", "Wake", "Rebong", "Kerans", "Jehadu", "Woda",
    # Sumba
    "Kaborang", "Ndapamerang", "Kapita", "Praing",
    # Alor
    "Lapenangga", "Atabuy", "Padabang", "Kamengmau", "Maure", "Mautuka", "Kolihaar", "Lanlu",
)  # fmt: skip
# sex, given, family, order ("cn": the family name first)
OTHER = (
    ("M", "I Made", "Suardana", ""), ("M", "I Wayan", "Sudarta", ""),
    ("M", "I Nyoman", "Widiasa", ""), ("M", "I Ketut", "Artawan", ""),
    ("M", "I Gede", "Mahendra", ""), ("F", "Ni Putu", "Ayu Lestari", ""),
    ("F", "Ni Kadek", "Sriasih", ""), ("F", "Ni Komang", "Trisnawati", ""),
    ("F", "Ni Made", "Warsini", ""),
    ("M", "La Ode", "Hamrin", ""), ("M", "La Ode", "Rusdin", ""),
    ("F", "Wa Ode", "Sitti Rahma", ""), ("F", "Wa Ode", "Nurhayati", ""),
    ("M", "Syamsuddin", "Daeng Tompo", ""), ("F", "Hasnah", "Daeng Kebo", ""),
    ("M", "Abdul Rahman", "Daeng Sese", ""), ("F", "Sitti Hawa", "Daeng Ngai", ""),
    ("M", "Bambang", "Setiawan", ""), ("F", "Sri", "Wahyuni", ""), ("M", "Agus", "Triyono", ""),
    ("F", "Endang", "Purwaningsih", ""), ("M", "Joko", "Santoso", ""), ("F", "Dwi", "Rahayu", ""),
    ("M", "Slamet", "Riyadi", ""), ("F", "Tri", "Handayani", ""),
    ("F", "Lan Fang", "Oei", "cn"), ("M", "Hok Tjoe", "Liem", "cn"),
    ("F", "Siok Hwa", "Tan", "cn"), ("M", "Kian Seng", "Lie", "cn"),
    ("M", "Hendra", "Tanoto", ""), ("F", "Yenny", "Halim", ""), ("M", "Budiman", "Gunawan", ""),
    ("F", "Meliana", "Kurniadi", ""),
    ("M", "Umbu Nggiku", "Hambandima", ""), ("F", "Rambu Kahi", "Praing", ""),
    ("M", "Umbu Pati", "Kapita", ""), ("F", "Rambu Hada", "Ndapamerang", ""),
)  # fmt: skip
MUSLIM_M = (
    "Abdul Gafur", "Muhammad Yusran", "Ahmad Fauzi", "Ismail", "Sulaiman", "Kamaruddin",
    "Syarifuddin", "Jamaluddin", "Umar", "Arifin", "Abubakar", "Mustafa", "Rahmat", "Darwis",
    "Zainal", "Idrus",
)  # fmt: skip
MUSLIM_F = (
    "Siti Aisyah", "Nurhayati", "Fatimah", "Rukayah", "Halimah", "Khadijah", "Zainab", "Rosmini",
    "Hadijah", "Nurjanah", "Aminah", "Saodah", "Rahmawati", "Salmah",
)  # fmt: skip
MUSLIM_FAM = (
    "Baadila", "Assegaf", "Bachmid", "Bahren", "Lamabelawa", "Kelake", "Wahab", "Djaelani",
    "Ladjar", "Sahabu", "Bethan", "Kiat", "Mberu",
)  # fmt: skip
MUSLIM_OTHER = {"La Ode", "Wa Ode", "Syamsuddin", "Hasnah", "Abdul Rahman", "Sitti Hawa",
                "Bambang", "Sri", "Agus", "Endang", "Joko", "Dwi", "Slamet", "Tri"}  # fmt: skip

KELURAHAN = (
    "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Kelapa Lima", "Oesapa",
    "Oesapa Barat", "Oesapa Selatan", "Lasiana", "Penfui", "Naikolan", "Maulafa", "Sikumana",
    "Kolhua", "Fatukoa", "Naimata", "Belo", "Bakunase", "Airnona", "Naikoten I", "Naikoten II",
    "Fontein", "Oeba", "Nefonaek", "Pasir Panjang", "Merdeka", "Solor", "Bonipoi", "Tode Kisar",
    "Nunbaun Sabu", "Nunbaun Delha", "Namosain", "Alak", "Penkase Oeleta", "Manulai II",
    "Mantasi", "Fatufeto", "Naioni", "Nunhila", "Batuplat", "Manutapen", "Oetete", "Kuanino",
    "Nunleu", "Oepura", "Airmata", "Oebonik",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Kecapi", "Jl. Srikaya", "Jl. Belimbing", "Jl. Sirsak", "Jl. Rambutan", "Jl. Cemara",
    "Jl. Beringin", "Jl. Asam", "Jl. Gelatik", "Jl. Cendrawasih", "Jl. Camar", "Jl. Nusa Indah",
    "Jl. Bougenville", "Jl. Kamboja", "Jl. Matani", "Jl. Oebananta", "Jl. Kembang Sepatu",
    "Jl. Kejora", "Jl. Bintang Timur", "Jl. Sumba", "Jl. Alor", "Jl. Bajawa", "Jl. Tulip",
    "Jl. Dahlia", "Jl. Manggis", "Jl. Salak", "Jl. Pelikan", "Jl. Kenanga", "Gg. Lontar",
    "Gg. Sasando", "Gg. Batu Karang", "Gg. Asoka", "Gg. Kelor", "Lr. Pinang", "Jalan Mahoni",
    "jl. kecapi", "JL. SRIKAYA",
)  # fmt: skip
ESTATES = ("BTN Kolhua Blok", "Perumnas Blok", "Perum Oesapa Indah Blok", "Griya Penfui Blok")
PUBLIC_STREETS = (
    "Jl. Timor Raya", "Jl. El Tari", "Jl. Frans Seda", "Jl. Soeharto", "Jl. Adisucipto",
    "Jl. Perintis Kemerdekaan", "Jl. Cak Doko", "Jl. Moh. Hatta", "Jl. Jend. Sudirman",
    "Jl. Sam Ratulangi", "Jl. Herewila", "Jl. Amabi", "Jl. Fetor Funay", "Jl. R.A. Kartini",
    "Jl. Bundaran PU", "Jl. Polisi Militer", "Jl. H.R. Koroh",
)  # fmt: skip
PUSK = ("Oepoi", "Bakunase", "Penfui", "Naioni", "Alak", "Oesapa", "Oebobo", "Sikumana",
        "Kupang Kota", "Pasir Panjang", "Manutapen", "Kota Raja")  # fmt: skip
PASAR = ("Oebobo", "Kasih Naikoten", "Oeba", "Penfui", "Kuanino", "Oesapa", "Inpres Naikoten")
SCHOOLS = ("SDN Oesapa Barat 2", "SD Inpres Naimata", "SMPN 8 Kupang", "SMPN 13 Kupang",
           "SMAN 6 Kupang", "SMKN 5 Kupang", "SD GMIT Kuanino 3", "TK Kristen Efata",
           "SDN Bakunase 1", "SMPK Sta. Familia")  # fmt: skip
CHURCHES = ("Efata Liliba", "Betlehem Oesapa", "Syalom Airnona", "Imanuel Oepura",
            "Elim Kolhua", "Pniel Oebufu", "Bukit Zaitun Sikumana", "Getsemani Penfui")  # fmt: skip
MOSQUES = ("Nurul Huda Oesapa", "Al-Ikhlas Kelapa Lima", "Baiturrahim Fontein",
           "An-Nur Airmata", "Al-Muhajirin Oebufu")  # fmt: skip
KOS = ("Griya Anugerah", "Efata", "Bethesda", "Nusa Permai", "Cahaya Timur", "Lontar Asri",
       "Matahari Terbit", "Sumber Rahmat")  # fmt: skip
BENGKEL = ("Jaya Abadi Motor", "Karya Sasando", "Timor Teknik", "Berkat Mulia")
LAS = ("Las Karya Bahari", "Las Sinar Timor", "Las Berkat Jaya", "Bengkel Las Oesapa Baru")
RENTAL = ("Flobamor Rent Car", "Sabana Trans", "Lontar Rental", "Nusa Cendana Trans")
TRAVEL = ("Timor Raya Travel", "Soe Indah Travel", "Atambua Ekspres", "Lontar Trans")
LAUNDRY = ("Laundry Bersih Cemerlang", "Laundry Kilat Oesapa", "Fresh Laundry Penfui")
SEDOT = ("SUMBER BERKAT", "HARAPAN BARU", "TIRTA MANDIRI")
CATERING = ("Catering Sasando Rasa", "Dapur Flobamora", "Catering Ina Nusa")
KIOS = ("Kios Berkat Oebufu", "Kios Harapan Kita", "Kios Pulsa Lontar Cell", "Kios Sumber Hidup")
APOTEK = ("Apotek Oebufu Farma", "Apotek Nusa Sehat", "Apotek Kolhua Medika")
RADIO = ("Suara Flobamora", "Lontar FM", "Sasando Gema Nusa")
POSY = ("Mawar", "Kenanga II", "Teratai", "Anggrek", "Flamboyan", "Melati Putih", "Cempaka")
KWT = ("Maju Bersama", "Harapan Baru", "Tunas Muda", "Sehati", "Lontar Hijau")
KOPS = ("KSP Nusa Sejahtera", "Koperasi Tani Oelnasi", "KSU Lontar Jaya")
HANDLES = ("kupang_info_terkini", "infokupang24", "kupangviral", "seputar.kupang",
           "flobamora_update", "ntt_terkini", "suara.warga.kpg", "kpg_24jam")  # fmt: skip
PETS = ("Boni", "Jeki", "Moli", "Bruno", "Cimo", "Lolo", "Hitam")
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
         "rocketmail.com", "outlook.com", "hotmail.com")  # fmt: skip
# mobile prefixes with weights (Telkomsel dominates in NTT)
MOBILE = (
    ("0812", 14), ("0813", 16), ("0821", 10), ("0822", 10), ("0823", 8), ("0852", 14),
    ("0853", 12), ("0811", 3), ("0851", 4), ("0857", 3), ("0856", 2), ("0878", 2),
    ("0877", 1), ("0819", 2), ("0818", 1), ("0895", 2), ("0896", 1), ("0898", 1),
    ("0881", 1), ("0882", 1), ("0838", 1), ("0831", 1), ("0815", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0816", "0817", "0855", "0858", "0859", "0832",
                                      "0833", "0897", "0899", "0883", "0885", "0887", "0889"}  # fmt: skip
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
# regency and district codes for a NIK's first six digits (Kota Kupang most often)
DISTRICTS = (
    "537101", "537102", "537103", "537104", "537105", "537106", "537103", "537104", "537102",
    "530103", "530109", "530204", "530307", "530502", "530611", "530804", "531103", "531408",
    "532002", "531305", "530701",
)  # fmt: skip


# ---------------------------------------------------------------- values


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
        self.day = rng.randint(1, 27)
        self.minute = rng.randint(6 * 60, 20 * 60)
        self.gaps = [0] + [rng.choice((1, 2, 3, 4, 6, 9, 15, 22, 38)) for _ in range(12)]

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(200):
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
            rest = r.choice((7, 8, 8, 8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "i", "j", "k", "m", "c", "u", "v"),
                (30, 14, 16, 5, 8, 7, 6, 4, 2, 2, 1),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "m": f"62 {a[1:]} {b} {c}",
            "c": f"(+62) {a[1:]} {b} {c}",
            "u": f"{a}_{b}_{c}",
            "v": f"{a} • {b} • {c}",
            "w": f"{a}·{b}·{c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        if how == "x":  # any writing but the odd ones
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "i", "j", "k")))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice(
            (f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}", f"{a} {b[:3]} {b[3:]}")
        )

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK in one of the writings people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (70, 22, 8))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 2), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        old = p["npwp15"]
        if how == "":
            how = self.rng.choice(("d", "d", "n"))
        if how == "d":
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
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
            how = r.choices(("p", "x"), (80, 20))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice(("a", "b", "d", "h", "g", "t", "e", "q", "c", "y", "w"))
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
            "w": local.replace(".", " [dot] ") + " [at] " + " [dot] ".join(parts),
            "c": f"{local}@{parts[0]}," + ".".join(parts[1:]),
            "n": f"{local}@\n{host}",
            "k": p["gk"],
        }
        return forms[how]

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        fam = self.spec["fam"]
        head = self.person(fam[i]) if i in fam else None
        muslim = i in self.spec["R"]
        order = ""
        for _ in range(400):
            if i in self.spec["F"]:
                sex = "F"
            elif i in self.spec["M"]:
                sex = "M"
            else:
                sex = r.choice("MF")
            other = [o for o in OTHER if o[0] == sex and (not muslim or o[1] in MUSLIM_OTHER)]
            order = ""
            if head is None and r.random() < (0.3 if muslim else 0.12):
                _, given, family, order = r.choice(other)
            elif muslim:
                given = r.choice(MUSLIM_F if sex == "F" else MUSLIM_M)
                family = head["f"] if head else r.choice(MUSLIM_FAM)
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY)
            words = {w.lower() for w in given.split()}
            if head is None:
                words |= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        if i in self.spec["E"]:
            year = r.randint(1942, 1962)
        elif i in self.spec["Y"]:
            year = r.randint(self.year - 17, self.year - 1)
        else:
            year = r.randint(1960, 2004)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        district = head["district"] if head is not None else r.choice(DISTRICTS)
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 900)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 26))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((5, 7, 8, 14, 24, 36, 45, 58, 66, 71, 79, 85, 92, 96)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "921", "922")),
                )
            )
        )
        full = f"{family} {given}" if order == "cn" else f"{given} {family}"
        gl = re.sub(r"[^a-z]", "", given.lower())
        fl = re.sub(r"[^a-z]", "", family.lower())
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}.kpg",
                f"{gl}.{fl}{r.randint(1, 9)}",
            )
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 160)) + r.choice(("", "", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor ", "No."))
        if r.random() < 0.1:
            ad = "%s %s%d No. %d" % (
                r.choice(ESTATES),
                r.choice("ABCDEFGHK"),
                r.randint(1, 9),
                r.randint(1, 40),
            )
        else:
            ad = f"{street} {no}{house}"
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = full.upper()
        letters = [k for k, ch in enumerate(up) if ch in "SOIB" and k > 0 and up[k - 1] != " "]
        if letters:
            k = r.choice(letters)
            ocr = up[:k] + {"S": "5", "O": "0", "I": "1", "B": "8"}[up[k]] + up[k + 1 :]
        else:
            ocr = up
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
            "No": ocr,
            "sex": sex,
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "mob2": self.mobile_raw(),
            "land": self.land_raw(),
            "land2": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "gk": r.choice((f"{gl}.{fl}@kupangkota.go.id", f"{gl[0]}{fl}@nttprov.go.id")),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "age": str(self.year - year),
            "bank": bank,
            "rek": self.account(bank),
            "ad": ad,
            "adr": f"{ad}, {rt}",
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15)),
            "pl": self.plate(),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 45), r.randint(1, 15)
        return r.choice(
            (
                "RT %03d/RW %03d" % (a, b),
                "RT %02d/RW %02d" % (a, b),
                "RT %d RW %d" % (a, b),
                "RT %02d/%02d" % (a, b),
                "RT. %02d RW. %02d" % (a, b),
                "rt %d rw %d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "EB", "ED")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KF", "BH", "AS", "AM", "KB", "C")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = "%04d" % r.randint(1, 9999) + "01" + self.digits(6) + "5" + self.digits(2)
            return self.fresh(
                lambda: r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            )
        if bank == "BNI":
            return self.fresh(lambda: "0" + r.choice("1234579") + self.digits(8))
        if bank == "Mandiri":
            d = r.choice(("161", "145", "152")) + "00" + self.digits(8)
            return self.fresh(lambda: r.choice((d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}")))
        if bank == "Bank NTT":
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s.%s.%s.%s-%d"
                        % (
                            r.choice(("001", "002", "015", "031")),
                            "01",
                            "02",
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        "0010102" + self.digits(7),
                    )
                )
            )
        if bank == "BCA":
            d = r.choice(("31", "03", "78", "84")) + self.digits(8)
            return self.fresh(lambda: r.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}")))
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "No", "lahir", "age", "bank", "rek",
            "ad", "adr", "rt", "rtk", "pl",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name in ("kelm", "churchm", "kecm"):  # a place drawn before, as a mailbox writes it
            key = "{%s%s}" % (name[:-1], index)
            base = self.cache.get(key) or self.value(name[:-1], index)
            self.cache[key] = base
            return re.sub(r"[^a-z0-9]", "", base.lower())
        if name.isupper() and len(name) > 1:  # any value in capitals: {AD1}, {KEL}
            return self.value(name.lower(), index).upper()
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name == "tr":
            return self.write_land(self.person(i)["land"])
        if name == "tq":
            return self.write_land(self.person(i)["land2"])
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("npwp"):
            return self.write_npwp(self.person(i), name[4:])
        if name.startswith("bpjs"):
            return self.write_bpjs(self.person(i)["bpjsraw"], name[4:])
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


# ---------------------------------------------------------------- bodies' numbers and look-alikes


def _date(fl: Fill, i: int) -> datetime.date:
    """The i-th date of a filling: later indexes fall later."""
    base = datetime.date(fl.year, fl.month, fl.day)
    d = base + datetime.timedelta(days=9 * (i - 1) + fl.rng.randint(0, 6))
    return d + datetime.timedelta(days=1) if d.weekday() == 6 else d  # offices rest on Sunday


def _tgl(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return fl.rng.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
        )
    )


def _weekday(fl: Fill, i: int, wd: int) -> str:
    """The i-th date moved on to the given weekday (5 Saturday, 6 Sunday), written out."""
    d = datetime.date(fl.year, fl.month, fl.day) + datetime.timedelta(days=9 * (i - 1))
    d += datetime.timedelta(days=(wd - d.weekday()) % 7)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _hari(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    day = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")[d.weekday()]
    return "%s, %d %s %d" % (day, d.day, MONTHS[d.month - 1], d.year)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    v = r.choice((r.randint(3, 95) * 50000, r.randint(1, 40) * 250000, r.randint(2, 300) * 1000))
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-")) % s


def _dt(fl: Fill, i: int) -> str:
    """A chat's time stamp; the messages of one chat follow each other."""
    m = fl.minute + sum(fl.gaps[:i])
    return "[%02d/%02d/%d %02d.%02d]" % (fl.day, fl.month, fl.year, m // 60 % 24, m % 60)


def _hm(fl: Fill, i: int) -> str:
    """A call log's time; the rows follow each other."""
    m = fl.minute + sum(fl.gaps[:i]) * 2
    return "%02d.%02d" % (m // 60 % 24, m % 60)


def _tiket(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "#LPR-%d-%04d-%04d" % (fl.year, r.randint(1, 9999), r.randint(1, 9999)),
            "LAPOR-5371-%d-%05d" % (fl.year, r.randint(1, 99999)),
            "%04d-%04d-%03d" % (r.randint(1000, 9999), r.randint(1, 9999), r.randint(1, 999)),
        )
    )


def _surat(fl: Fill, i: int) -> str:
    r = fl.rng
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    return r.choice(
        (
            "470/%03d/KEL/%s/%d" % (r.randint(1, 400), roman[fl.month - 1], fl.year),
            "400.%d/%03d/%d" % (r.randint(1, 9), r.randint(1, 900), fl.year),
            "005/%02d/%s/%d" % (r.randint(1, 40), roman[fl.month - 1], fl.year),
            "%03d/UND/%s/%d" % (r.randint(1, 300), roman[fl.month - 1], fl.year),
        )
    )


def _ago(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d j" % r.randint(1, 23),
            "%d mnt" % r.randint(2, 59),
            "%d mg" % r.randint(1, 3),
            "Kemarin pukul %02d.%02d" % (r.randint(6, 22), r.randint(0, 59)),
            "%d %s pukul %02d.%02d"
            % (r.randint(1, 28), MONTHS[r.randint(0, 11)], r.randint(6, 22), r.randint(0, 59)),
        )
    )


def _npwpx(fl: Fill, i: int) -> str:
    """A body's NPWP: the old 15 digits dotted, or 0 and the old number (16 digits)."""
    r = fl.rng
    d = fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((0, 1, 2, 3, 21, 31, 53, 62, 70, 74, 83, 90)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921")),
                r.choice(("000", "000", "001")),
            )
        )
    )
    return r.choice((f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}", "0" + d))


def _acct_body(fl: Fill, i: int) -> str:
    return fl.account(fl.rng.choice(BANKS))


def _bankrek(fl: Fill, i: int) -> str:
    bank = fl.rng.choice(("BRI", "BNI", "Bank NTT", "Bank NTT", "Mandiri"))
    return bank + " " + fl.account(bank)


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
    d = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 30), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


OTHER_VALUES = {
    # bodies' and scams' numbers
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "x"),
    "owao": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "owab": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "b"),
    "owak": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "k"),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "biz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "bizo": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scamj": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "j"),
    "npwpx": _npwpx,
    "rekb": _acct_body,
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "rekbri": lambda fl, i: fl.account("BRI"),
    "bankrek": _bankrek,
    # look-alikes
    "tiket": _tiket,
    "surat": _surat,
    "idpel": lambda fl, i: fl.fresh(lambda: "53" + fl.rng.choice("1234") + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 30), fl.rng.randint(1, 30), fl.rng.randint(1, 999999))
    ),
    "va": lambda fl, i: fl.rng.choice(
        (
            "8808 " + " ".join(fl.digits(4) for _ in range(3)),
            "88888" + fl.digits(11),
            "7" + fl.digits(15),
        )
    ),
    "bill": lambda fl, i: "8202" + fl.digits(11),
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
    "npsn": lambda fl, i: "503" + fl.digits(5),
    "nisn": lambda fl, i: "0" + fl.digits(9),
    "nip": _nip,
    "imei": lambda fl, i: "35" + fl.digits(13),
    "resi": lambda fl, i: fl.rng.choice(("KPG", "CGK", "SUB")) + fl.digits(12),
    "token": lambda fl, i: " ".join(fl.digits(4) for _ in range(5)),
    "otp": lambda fl, i: fl.digits(6),
    "rp": _rp,
    "tgl": _tgl,
    "hari": _hari,
    "sabtu": lambda fl, i: "Sabtu, " + _weekday(fl, i, 5),
    "minggu": lambda fl, i: _weekday(fl, i, 6),
    "jam": lambda fl, i: "%02d.%02d" % (fl.rng.randint(7, 21), fl.rng.randint(0, 59)),
    "dt": _dt,
    "hm": _hm,
    "ago": _ago,
    "thn": lambda fl, i: str(fl.year),
    "ta": lambda fl, i: "%d/%d" % (fl.year, fl.year + 1),
    "rtn": lambda fl, i: "%02d" % fl.rng.randint(1, 45),
    "rwn": lambda fl, i: "%02d" % fl.rng.randint(1, 15),
    "num": lambda fl, i: str(fl.rng.randint(3, 60)),
    "pct": lambda fl, i: "%d%%" % fl.rng.randint(10, 95),
    # places, bodies, things
    "kel": lambda fl, i: fl.pick("kel", KELURAHAN),
    "kec": lambda fl, i: fl.pick("kec", KECAMATAN),
    "jl": lambda fl, i: fl.pick("jl", PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.pick("jl", PUBLIC_STREETS), fl.rng.randint(1, 140)),
    "pusk": lambda fl, i: fl.pick("pusk", PUSK),
    "pasar": lambda fl, i: fl.pick("pasar", PASAR),
    "school": lambda fl, i: fl.pick("school", SCHOOLS),
    "church": lambda fl, i: fl.pick("church", CHURCHES),
    "mosque": lambda fl, i: fl.pick("mosque", MOSQUES),
    "kos": lambda fl, i: fl.pick("kos", KOS),
    "bengkel": lambda fl, i: fl.pick("bengkel", BENGKEL),
    "las": lambda fl, i: fl.pick("las", LAS),
    "rental": lambda fl, i: fl.pick("rental", RENTAL),
    "travel": lambda fl, i: fl.pick("travel", TRAVEL),
    "laundry": lambda fl, i: fl.pick("laundry", LAUNDRY),
    "sedot": lambda fl, i: fl.pick("sedot", SEDOT),
    "catering": lambda fl, i: fl.pick("catering", CATERING),
    "kios": lambda fl, i: fl.pick("kios", KIOS),
    "apotek": lambda fl, i: fl.pick("apotek", APOTEK),
    "radio": lambda fl, i: fl.pick("radio", RADIO),
    "posy": lambda fl, i: fl.pick("posy", POSY),
    "kwt": lambda fl, i: fl.pick("kwt", KWT),
    "kop": lambda fl, i: fl.pick("kop", KOPS),
    "handle": lambda fl, i: fl.pick("handle", HANDLES),
    "pet": lambda fl, i: fl.pick("pet", PETS),
    "bnk": lambda fl, i: fl.pick("bnk", BANKS),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1:  # {KEL} is {kel} in capitals, the same draw
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|rt\d|perumnas|perum|btn|griya|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OoLlISB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    """The digits of a number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK))


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
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
            or (not seg[0].isalnum() and not (kind == "phone" and seg[0] in "+("))
            or not seg[-1].isalnum()
        ):
            bad.append(f"edge {seg!r}")
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            first = re.split(r"[\s.,]+", seg)[0].lower()
            if first in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or "\n" in seg or (not scan and any(c.isdigit() for c in seg)):
                bad.append(f"name chars {seg!r}")
            if scan and re.search(r"[2-47-9]", seg):
                bad.append(f"name digit {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if re.search(r"[^0-9OoLlISB .\-]", seg) or not d.startswith("53") or len(d) != 16:
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
    # every other occurrence of a labelled name word, mailbox, address, plate or number is labelled too
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
            local = AT_FORM.split(seg)[0]
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
            cores = {d, d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d}
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


MALE_WORDS = (
    r"om|opa|bapa|pak|bpk|bapak|suami|ayah|tn|sdr|h|ustadz|kaka laki-laki|adik laki-laki|bin"
)
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|nn|ny|sdri|hj|ustadzah|binti"


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    R: tuple[int, ...] = (),
    Y: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    spec = {
        "F": females,
        "M": males,
        "E": tuple(sorted(set(E))),
        "R": set(R),
        "Y": set(Y),
        "fam": fam or {},
    }
    return (style, theme, text.strip("\n"), spec, U)


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, spec, upper) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        made = 0
        tries = 0
        last: list[str] = []
        while made < 3:
            tries += 1
            if tries > 400:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:300]}"
                )
            fl = Fill(rng, spec)
            marked = fill(template, fl)
            if upper:
                marked = marked.upper()
            text, spans, values = extract(marked)
            last = problems(text, spans, values, style)
            if not spans and lookalikes(text) < 3:
                last.append("a text without spans needs three look-alikes")
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    return [
        {
            "id": "d49-%04d" % k,
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]


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
        if any(c.isdigit() for c in seg):
            return "a digit for a letter"
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        if "\n" in seg:
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)", seg):
            return "written to dodge scrapers"
        if re.search(r"\.go\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt|\d", seg):
            return "RT/RW alone"
        return "street with RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        return {15: "15 digits dotted", 16: "16 digits (the NIK)", 22: "NITKU"}[len(d)]
    if kind == "phone":
        if seg.startswith("(+62)"):
            return "(+62)"
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•·]", seg):
            return "underscores or bullets"
        if "." in seg:
            return "dots"
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
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()_•·]{6,}\d|\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
                print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("phone", "name"):
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
    OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())
    if "--review" in sys.argv:
        review(records)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}
# /{lf1} family name, {No1} capitals with a digit read for a letter); {hp1} the person's mobile
# in a random writing ({hpb1} block, {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpi1} +62 with
# dashes, {hpj1} +62 in a block, {hpk1} 62 in a block, {hpm1} 62 with spaces, {hpc1} (+62),
# {hpu1} underscores, {hpv1} bullets, {hpw1} middle dots, {hpo1} letters for digits, {hpn1} over
# a line, {hpx1} a plain writing); {hq1} the person's second (old or other) mobile, same
# suffixes; {tr1} home landline ({tq1} an older one); {nik1} ({nikb1}, {niks1} fours, {nikt1} dots, {niko1} letters
# for digits); {kk1} the family card (fam={2: 1} makes 2 a member of 1's family); {npwp1}
# ({npwpd1} dotted, {npwpn1} the NIK, {npwpt1} NITKU); {bpjs1} ({bpjss1} in groups); {em1}
# ({emp1} plain, {emx1} a dodge, {ema1} … {emc1} a given dodge, {emn1} over a line, {emk1} on an
# office's host); {bank1}/{rek1} an account in its bank's shape; {ad1} street and number, {adr1}
# with RT/RW, {rt1} RT/RW alone, {rtk1} a table's RT/RW cell; {lahir1}, {age1}; {pl1} plate.
# Not a person's: {owa} an office's, a desk's or a role's mobile ({owao} letters for digits,
# {owab} block, {owak} 62…), {otel} an office's Kupang line, {biz}/{bizo} a business's mobile,
# {scam}/{scamj} a scam's mobile, {rekb} {rekntt} {rekbri} {bankrek} bodies' accounts;
# look-alikes {tiket} {surat} {idpel} {samb} {va} {bill} {nop} {npsn} {nisn} {nip} {imei} {resi}
# {token} {otp}; figures {rp} {tgl} {hari} {jam} {dt} {hm} {ago} {thn} {ta} {rtn} {rwn} {num}
# {pct} {sabtu} {minggu}; places and bodies {kel} {kec} {jl} {jlno} {pusk} {pasar} {school} {church} {mosque}
# {kos} {bengkel} {rental} {travel} {laundry} {sedot} {catering} {kios} {apotek} {radio} {posy}
# {kwt} {kop} {handle} {pet} {bnk}.

TEMPLATES: list[tuple] = []

# ---- notice_board: notice boards of kelurahan, RT, churches, mosques, schools and puskesmas
TEMPLATES += [
    T(
        "notice_board",
        "civil_registry",
        """
PENGUMUMAN
KELURAHAN {KEL}

Perekaman KTP-el dan pencetakan KIA dilayani di aula kantor kelurahan pada {hari}, jam 08.00-12.00 WITA.
Syarat: fotokopi KK, surat pengantar RT/RW, pas foto anak (untuk KIA).
Informasi: telp kantor kelurahan {otel} / WA layanan {owa}.
Pengaduan Dukcapil: SMS 1708 atau WA center Dukcapil {owa2}.

Nomor: {surat}
a.n. Lurah {kel}
Sekretaris Kelurahan
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
PENGUMUMAN RT {rtn} / RW {rwn}
Kelurahan {kel}

Kerja bakti bersihkan got dan saluran air hari {sabtu}, mulai jam 06.30. Bawa parang, sekop dan karung.
Iuran sampah bulan ini Rp 15.000 per KK, dikumpulkan ke bendahara RT paling lambat tgl 10.
Yang berhalangan harap lapor.

Ketua RT {rtn}
[[n:{n1}]]
HP [[p:{hp1}]]
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
WARTA JEMAAT GMIT {CHURCH}
Minggu, {minggu}

1. Persembahan syukur dari Kel. [[n:{f1}]] atas kelahiran cucu pertama.
2. Berita duka: telah dipanggil Tuhan Bapak [[n:{n2}]] ({age2} thn). Ibadah penghiburan di rumah duka [[a:{ad2}]], malam ini jam 19.00.
3. Pendaftaran katekisasi sidi dibuka s/d {tgl2}. Formulir diambil di kantor majelis.
4. Ibadah rayon 7 hari Rabu di rumah Kel. [[n:{f3}]]; koordinator rayon Ibu [[n:{n4}]] ([[p:{hp4}]]).
Informasi lain: sekretariat majelis jemaat, telp {otel}.
""",
        E=(2,),
    ),
    T(
        "notice_board",
        "health",
        """
PUSKESMAS {PUSK}
INFORMASI PELAYANAN

Poli umum, KIA-KB, gigi, lansia:
Senin - Kamis 08.00 - 13.00
Jumat 08.00 - 11.00
Sabtu 08.00 - 12.00
UGD 24 jam: {otel}
Pendaftaran online via WA {owa} (kirim nama, no. BPJS/KIS, poli tujuan)
Ambulans: {owa2}
Pengaduan layanan: SMS 1708 / WA {owa3}
Kotak saran ada di depan loket pendaftaran.
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
PAPAN INFORMASI {SCHOOL}

Pengambilan rapor semester ganjil: {hari}, jam 09.00 WITA, oleh orang tua/wali siswa.
Sumbangan komite dapat ditransfer ke rekening komite {bankrek} (a.n. Komite Sekolah).
Kontak wali kelas:
- VII A : Ibu [[n:{n1}]], S.Pd. - WA [[p:{hp1}]]
- VII B : Bapak [[n:{n2}]] - WA [[p:{hp2}]]
- VII C : Ibu [[n:{n3}]], S.Pd. - WA [[p:{hp3}]]
Tata usaha: {otel} (jam kerja)
Operator dapodik: {owa}
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
PENGUMUMAN TAKMIR MASJID {MOSQUE}

Kajian ba'da Maghrib setiap Kamis malam.
Sholat Idul Adha 1447 H dilaksanakan di halaman masjid jam 06.30 WITA.
Pendaftaran hewan qurban paling lambat {tgl}. Patungan sapi Rp 3.250.000 per orang (7 orang/ekor).
Infaq dan zakat dapat disalurkan melalui rekening masjid {bankrek} a.n. Takmir Masjid.
Info: Takmir Masjid {owa} / Sekretariat {owa2}
""",
    ),
    T(
        "notice_board",
        "social_aid",
        """
PENGUMUMAN

Verifikasi data penerima BPNT dan PKH Kelurahan {kel} tahun {thn} dilaksanakan {hari} di kantor kelurahan.
Bawa KTP asli, KK asli dan kartu KKS.
Warga yang namanya tidak ada dalam daftar dapat mengajukan sanggahan ke petugas.
Pendamping PKH kelurahan: Sdri. [[n:{n1}]], HP [[p:{hp1}]]
TKSK Kecamatan {kec}: {owa}
Pengaduan Dinas Sosial Kota Kupang: WA {owa2}
Nomor pengumuman {surat}
""",
    ),
    T(
        "notice_board",
        "security_scam",
        """
NOMOR PENTING WARGA KELURAHAN {KEL}

Kantor Kelurahan ............ {otel}
Polsek {kec} ................ {otel2}
Pemadam Kebakaran ........... 113 / {otel3}
PLN (gangguan) .............. 123
Perumda Tirta Lontar ........ {owa}
Ambulans Puskesmas {pusk} ... {owa2}
BPBD Kota Kupang ............ {otel4}
Babinsa ..................... {owa3}
Bhabinkamtibmas ............. {owa4}
""",
    ),
    T(
        "notice_board",
        "health",
        """
PEMBERITAHUAN RT {rtn}

Posyandu lansia bulan ini: {hari}, jam 08.00 - 11.00.
Tempat: rumah Bapak [[n:{n3}]], [[a:{ad3}]] (samping kios).
Pemeriksaan tensi, gula darah, asam urat GRATIS. Bawa buku lansia dan kartu BPJS.
Konfirmasi ke kader: Mama [[n:{g1}]] [[p:{hp1}]] atau Ibu [[n:{n2}]] [[p:{hp2}]].
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
PENGUMUMAN MAJELIS JEMAAT

Telah ditemukan sebuah dompet coklat berisi KTP a.n. [[n:{N1}]] dan uang tunai di halaman gereja setelah ibadah pagi, {tgl}.
Pemilik dapat menghubungi Pnt. [[n:{n2}]] di nomor [[p:{hp2}]].
Barang temuan lain (payung, kunci motor, botol minum) disimpan di ruang koster. Info koster: {owa}.
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
PENERIMAAN PESERTA DIDIK BARU (PPDB)
{SCHOOL} TAHUN AJARAN {ta}
NPSN {npsn}

Jalur zonasi, afirmasi, perpindahan orang tua dan prestasi.
Pendaftaran online: {tgl} s/d {tgl2}, pukul 08.00-14.00.
Daftar via WA {owa} (format: NAMA#NISN#ASAL SEKOLAH).
Helpdesk PPDB Dinas Pendidikan: {otel}
Kuota: 288 siswa (8 rombel).
""",
    ),
    T(
        "notice_board",
        "health",
        """
JADWAL POSYANDU BALITA
WILAYAH KERJA PUSKESMAS {PUSK}
Bulan {thn}

Posyandu {posy} - Kel. {kel} - tgl 5 - bidan [[n:{n1}]] ([[p:{hp1}]])
Posyandu {posy2} - Kel. {kel2} - tgl 8 - bidan [[n:{n2}]] ([[p:{hp2}]])
Posyandu {posy3} - Kel. {kel3} - tgl 12 - bidan [[n:{n3}]] ([[p:{hp3}]])
Bawa buku KIA. Imunisasi campak-rubela untuk anak usia 9 bulan.
Info UGD: {otel}
""",
    ),
    T(
        "notice_board",
        "security_scam",
        """
PENGUMUMAN

Telah ditemukan seorang anak laki-laki kurang lebih 6 tahun, mengaku bernama [[n:{g1}]], baju merah celana pendek biru, di depan Pasar {pasar} jam 17.30 kemarin.
Anak sekarang aman di rumah Ketua RT {rtn} Bpk. [[n:{n2}]], [[a:{ad2}]].
Keluarga mohon segera hubungi [[p:{hp2}]] atau Polsek {kec} {otel}.
""",
        M=(1,),
        Y=(1,),
    ),
    T(
        "notice_board",
        "water_power",
        """
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
JADWAL DISTRIBUSI AIR WILAYAH {KEL}

Senin & Kamis : RT 01 - RT 06, jam 05.00 - 11.00
Selasa & Jumat : RT 07 - RT 12, jam 05.00 - 11.00
Rabu & Sabtu : RT 13 - RT 18, jam 14.00 - 20.00
Gangguan/kebocoran pipa hubungi call center {otel} atau WA {owa}.
Pembayaran rekening air bisa di loket atau lewat VA {va}.
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
PANITIA NATAL DAN TAHUN BARU
JEMAAT {CHURCH}

Kepada jemaat yang rindu mendukung kegiatan Natal anak sekolah minggu, sumbangan dapat diserahkan ke sekretariat panitia atau ditransfer ke rekening panitia a.n. [[n:{n1}]], {bank1} [[b:{rek1}]].
Konfirmasi: WA panitia {owa}.

Kupang, {tgl}
Ketua Panitia,
[[n:{n2}]]
""",
    ),
    T(
        "notice_board",
        "civil_registry",
        """
PEMBERITAHUAN PEMBAYARAN PBB-P2 TAHUN {thn}

Wajib pajak di Kelurahan {kel} diingatkan batas akhir pembayaran PBB-P2 tanggal {tgl}.
Cek tagihan: ketik NOP (contoh {nop}) di aplikasi, atau tanya petugas Bapenda di kantor kelurahan setiap Rabu.
Bayar di Bank NTT, kantor pos, atau rekening Kas Daerah Bank NTT {rekntt}.
Layanan Bapenda: {otel} / WA {owa}
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
PAPAN INFO RT {rtn} / RW {rwn} KELURAHAN {KEL}

Susunan pengurus:
Ketua RT       : Bpk. [[n:{n1}]] - [[p:{hp1}]]
Sekretaris     : Ibu [[n:{n2}]] - [[p:{hp2}]]
Bendahara      : Sdr. [[n:{n3}]] - [[p:{hp3}]]
Seksi Keamanan : pos kamling {owa} (pos jaga)
Iuran keamanan Rp 10.000/bulan, sampah Rp 15.000/bulan.
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
GMIT JEMAAT {CHURCH}

Jadwal ibadah Minggu: 06.00 | 08.30 | 17.00 WITA
Ibadah online disiarkan lewat Radio {radio} 97,3 FM dan kanal YouTube jemaat.
Persembahan online: rekening Majelis Jemaat Bank NTT {rekntt} atau BRI {rekbri}.
Kantor majelis buka Selasa-Sabtu 09.00-14.00, telp {otel}, WA sekretariat {owa}.
""",
    ),
    T(
        "notice_board",
        "health",
        """
INNA LILLAHI WA INNA ILAIHI RAJI'UN

Telah berpulang ke rahmatullah saudara kita [[n:{n1}]] bin [[n:{g2}]], warga [[a:{rt1}]] Kelurahan {kel}, pada {tgl} jam 04.15 WITA.
Jenazah disemayamkan di rumah duka [[a:{ad1}]] dan dimakamkan ba'da Dzuhur di TPU Muslim Batukadera.
Info keluarga: [[n:{n3}]] ([[p:{hp3}]])

Takmir Masjid {mosque}
""",
        R=(1, 2, 3),
        M=(1, 2),
        E=(1,),
    ),
    T(
        "notice_board",
        "health",
        """
POSYANDU {POSY} - KELURAHAN {KEL}

Hari buka: setiap tanggal 12, jam 08.00 - 11.00
Layanan: timbang, ukur panjang/tinggi badan, imunisasi, vitamin A (Februari & Agustus), PMT.
Info: kader posyandu {owa}
Pendaftaran imunisasi anak, WA ke {owa2}
Jumlah balita terdaftar: 64 anak (RT 03: 21, RT 04: 19, RT 05: 24)
""",
    ),
    T(
        "notice_board",
        "health",
        """
PUSKESMAS {PUSK}
JADWAL DOKTER JAGA MINGGU INI

Senin - Selasa : dr. [[n:{n1}]]
Rabu - Kamis   : dr. [[n:{n2}]]
Jumat - Sabtu  : dr. [[n:{n3}]]
Konsultasi di luar jam kerja: HP dokter jaga {owa}
Rujukan ke RSUD S.K. Lerik: {otel}
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
PENGUMUMAN SEKOLAH

Diberitahukan kepada orang tua siswa kelas IX bahwa les tambahan persiapan ujian dimulai {hari} jam 14.00.
Siswa atas nama [[n:{n1}]] (IX B) dan [[n:{n2}]] (IX D) diminta menghadap guru BK Ibu [[n:{n3}]] hari Senin.
Orang tua yang berhalangan dapat menghubungi guru BK di [[p:{hp3}]] atau tata usaha {otel}.

Kepala {school}
""",
        Y=(1, 2),
    ),
    T(
        "notice_board",
        "social_aid",
        """
PENGUMUMAN PENYALURAN BANTUAN BERAS CADANGAN PANGAN
KELURAHAN {KEL}

Penyaluran tahap II tanggal {tgl} di halaman kantor kelurahan, mulai jam 08.00.
RT 01 - RT 08 : jam 08.00 - 10.00
RT 09 - RT 16 : jam 10.00 - 12.00
Bawa KTP dan KK asli. Beras 10 kg per KPM. Tidak dipungut biaya apapun.
Pengaduan: WA posko {owa} atau SMS 1708.
No. {surat}
""",
    ),
    T(
        "notice_board",
        "water_power",
        """
INFO RT {rtn}: air PDAM mati sampai hari Kamis karena perbaikan pipa induk di {jl}.
Untuk warga yang perlu air tangki, bisa pesan ke Bapa [[n:{n1}]] [[p:{hp1}]] (Rp 150.000 per tangki 5.000 liter).
Yang rumahnya di gang belakang gereja, tangki masuk lewat [[a:{ad2}]] (rumah Ibu [[n:{n2}]]).
Terima kasih.
""",
    ),
]

# ---- contact_roster: duty rosters and contact lists of posts, kader, RT heads and committees
TEMPLATES += [
    T(
        "contact_roster",
        "security_scam",
        """
JADWAL PIKET POSKO SIAGA BANJIR KELURAHAN {KEL}
Hari   | Petugas | HP
Senin  | [[n:{n1}]] | [[p:{hp1}]]
Selasa | [[n:{n2}]] | [[p:{hp2}]]
Rabu   | [[n:{n3}]] | [[p:{hp3}]]
Kamis  | [[n:{n4}]] | [[p:{hp4}]]
Jumat  | Linmas kelurahan | {owa}
Posko BPBD | koordinasi | {otel}
""",
    ),
    T(
        "contact_roster",
        "community_event",
        """
DAFTAR KETUA RT/RW KELURAHAN {KEL} PERIODE {ta}
No | RT/RW | Nama Ketua | HP
1 | [[a:{rtk1}]] | [[n:{N1}]] | [[p:{hp1}]]
2 | [[a:{rtk2}]] | [[n:{N2}]] | [[p:{hp2}]]
3 | [[a:{rtk3}]] | [[n:{N3}]] | [[p:{hp3}]]
4 | [[a:{rtk4}]] | [[n:{N4}]] | [[p:{hp4}]]
- | Kantor Lurah | - | {otel}
""",
    ),
    T(
        "contact_roster",
        "health",
        """
DAFTAR KADER POSYANDU {POSY} KEL. {KEL}
Nama,Jabatan,No HP
[[n:{n1}]],Ketua kader,[[p:{hp1}]]
[[n:{n2}]],Sekretaris,[[p:{hp2}]]
[[n:{n3}]],Kader gizi,[[p:{hp3}]]
Puskesmas {pusk} (pembina),-,{owa}
""",
    ),
    T(
        "contact_roster",
        "civil_registry",
        """
DAFTAR KONTAK LAYANAN PUBLIK KOTA KUPANG
Instansi | Telepon | WhatsApp
Disdukcapil | {otel} | {owa}
Dinas Sosial | {otel2} | {owa2}
Perumda Air Minum Tirta Lontar | {otel3} | {owa3}
PLN UP3 Kupang | 123 | {owa4}
BPJS Kesehatan Cabang Kupang | 165 | {owa5}
RSUD S.K. Lerik | {otel4} | -
Diperbarui {tgl}
""",
    ),
    T(
        "contact_roster",
        "community_event",
        """
PANITIA HUT RI KE-81 RT {rtn} RW {rwn}
Ketua       : [[n:{n1}]] ([[p:{hp1}]])
Sekretaris  : [[n:{n2}]] ([[p:{hp2}]])
Bendahara   : [[n:{n3}]]
Seksi lomba : [[n:{n4}]], [[n:{g5}]]
Pendaftaran lomba via WA panitia {owa} paling lambat {tgl}.
Iuran warga Rp 25.000/KK.
""",
    ),
    T(
        "contact_roster",
        "security_scam",
        """
KONTAK DARURAT SIAGA BENCANA - KECAMATAN {KEC}
Pusdalops BPBD ............ {otel} / WA {owa}
Tagana kelurahan .......... {owa2}
Piket 24 jam kecamatan .... {owa3}
Posko GMIT (halaman gereja) {owa4}
Dapur umum ................ {owa5}
PMI Kota Kupang ........... {otel2}
Basarnas Kupang ........... 115
""",
    ),
    T(
        "contact_roster",
        "security_scam",
        """
JADWAL RONDA MALAM RT {rtn}
Regu 1 (Senin): [[n:{n1}]], [[n:{n2}]], [[n:{g3}]]
Regu 2 (Rabu) : [[n:{n4}]], [[n:{n5}]], [[n:{g6}]]
Regu 3 (Jumat): [[n:{n7}]], [[n:{g8}]]
Koordinator keamanan: Bpk. [[n:{n9}]] HP [[p:{hp9}]]
Pos kamling: {owa} (HP jaga, dibawa regu yg bertugas)
""",
        M=(1, 2, 3, 4, 5, 6, 7, 8),
    ),
    T(
        "contact_roster",
        "security_scam",
        """
TIM REAKSI CEPAT KELURAHAN {KEL}
Koordinator: [[n:{n1}]] - [[p:{hp1}]]
Anggota: [[n:{n2}]], [[n:{n3}]], [[n:{n4}]]
HP tim (dipegang bergantian): {owa}
Laporan kejadian juga bisa ke call center 112.
""",
    ),
    T(
        "contact_roster",
        "civil_registry",
        """
JADWAL PELAYANAN JEMPUT BOLA DUKCAPIL KOTA KUPANG
Lokasi | Tanggal | Kontak
Kantor Lurah {kel} | {tgl} | {owa}
Aula Kecamatan {kec} | {tgl2} | {owa2}
Gedung Pertemuan {kel2} | {tgl3} | {otel}
Layanan: perekaman KTP-el, KIA, akta kelahiran, pindah datang. Gratis.
""",
    ),
    T(
        "contact_roster",
        "jobs_trade",
        """
KONTAK KETUA KELOMPOK - PROGRAM PEKARANGAN PANGAN LESTARI KEL. {KEL}
Nama Kelompok | Ketua | HP Ketua
KWT {kwt} | [[n:{n1}]] | [[p:{hp1}]]
KWT {kwt2} | [[n:{n2}]] | [[p:{hp2}]]
{kop} | (badan usaha) | {owa}
Penyuluh lapangan: {owa2}
""",
    ),
    T(
        "contact_roster",
        "health",
        """
PIKET POSKO DBD KEL. {KEL} - MINGGU KE-2
Senin: [[n:{n1}]] ([[p:{hp1}]])
Selasa: [[n:{n2}]] ([[p:{hp2}]])
Rabu: [[n:{n3}]] ([[p:{hp3}]])
Kamis: [[n:{n4}]] ([[p:{hp4}]])
Fogging dan abatisasi: hubungi Puskesmas {pusk} {otel}.
""",
    ),
    T(
        "contact_roster",
        "health",
        """
RSUD S.K. LERIK - NOMOR LAYANAN
IGD 24 jam ........... {otel}
Admisi rawat inap .... {otel2} psw 104
Farmasi .............. {otel2} psw 152
Pendaftaran poli rawat jalan lewat WhatsApp {owa}
Pengaduan & saran .... {owa2}
Ambulans ............. {owa3}
Jam besuk: 11.00-13.00 dan 17.00-19.00
""",
    ),
    T(
        "contact_roster",
        "community_event",
        """
KONTAK KELUARGA - PESTA NIKAH [[n:{G1}]] & [[n:{G2}]]
Penerima tamu: Tanta [[n:{g3}]] [[p:{hp3}]]
Konsumsi: Mama [[n:{g4}]] [[p:{hp4}]]
Parkir & tenda: Om [[n:{g5}]] [[p:{hp5}]]
Acara di rumah keluarga, [[a:{adr6}]], {hari} jam 17.00.
Dekorasi & sound system: {biz} (Sasando Musik)
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "contact_roster",
        "health",
        """
DAFTAR RELAWAN DONOR DARAH PEMUDA GMIT {CHURCH}
No | Nama | Gol. Darah | No. WA
1 | [[n:{n1}]] | O | [[p:{hp1}]]
2 | [[n:{n2}]] | A | [[p:{hp2}]]
3 | [[n:{n3}]] | B | [[p:{hp3}]]
4 | [[n:{n4}]] | O | [[p:{hp4}]]
UTD PMI Kota Kupang: {otel}
""",
    ),
    T(
        "contact_roster",
        "water_power",
        """
JADWAL ANGKUT SAMPAH DLHK - WILAYAH {KEC}
Rute A (Senin, Rabu, Jumat): {jl} - Pasar {pasar} - TPS {kel}
Rute B (Selasa, Kamis, Sabtu): {jl2} - TPS {kel2}
Sopir truk rute A: {owa}
Sopir truk rute B: {owa2}
Pengaduan sampah tidak diangkut: {otel} / WA {owa3}
Retribusi sampah rumah tangga Rp 10.000/bulan.
""",
    ),
    T(
        "contact_roster",
        "social_aid",
        """
No,Nama,NIK,RT/RW,No HP,Keterangan
1,[[n:{N1}]],[[nik:{nikb1}]],[[a:{rtk1}]],[[p:{hpb1}]],lansia
2,[[n:{N2}]],[[nik:{nikb2}]],[[a:{rtk2}]],[[p:{hpb2}]],disabilitas
3,[[n:{N3}]],[[nik:{nikb3}]],[[a:{rtk3}]],-,janda
Rekap usulan ATENSI Kel. {kel}, dikirim ke Dinsos tgl {tgl}
""",
    ),
    T(
        "contact_roster",
        "community_event",
        """
PENGURUS RUKUN DUKA RT {rtn} / RW {rwn} KEL. {KEL}
Ketua       : [[n:{n1}]] / [[p:{hp1}]]
Wakil       : [[n:{n2}]] / [[p:{hp2}]]
Sekretaris  : [[n:{n3}]] / [[p:{hp3}]] / [[e:{em3}]]
Bendahara   : [[n:{n4}]] / rek {bank4} [[b:{rek4}]]
Sekretariat : rumah ketua
Iuran duka Rp 20.000/KK/bulan
""",
    ),
    T(
        "contact_roster",
        "security_scam",
        """
KONTAK BHABINKAMTIBMAS & BABINSA PER KELURAHAN - KEC. {KEC}
Kelurahan | Bhabinkamtibmas | Babinsa
{kel} | {owa} | {owa2}
{kel2} | {owa3} | {owa4}
{kel3} | {owa5} | {owa6}
Polsek {kec}: {otel} / Koramil: {otel2}
""",
    ),
    T(
        "contact_roster",
        "water_power",
        """
POSKO PENGADUAN AIR BERSIH RW {rwn} KEL. {KEL}
Pesan air tangki:
- Om [[n:{g1}]] [[p:{hp1}]] (tangki 5000 L, Rp 150rb)
- Bapa [[n:{g2}]] [[p:{hp2}]] (tangki 4000 L, Rp 120rb)
- Depot Tirta Murni {biz} (galon isi ulang)
Keluhan PDAM: call center {otel}
""",
    ),
    T(
        "contact_roster",
        "health",
        """
DAFTAR NOMOR PENTING PASIEN - RUANG {num} RSUD S.K. LERIK
Perawat jaga ruangan ........ {owa}
Kepala ruangan .............. {otel} psw 211
Gizi / dapur ................ {otel} psw 230
Kasir ....................... {otel} psw 105
Ambulans jenazah ............ {owa2}
Pengaduan: WA {owa3}
""",
    ),
    T(
        "contact_roster",
        "social_aid",
        """
REKAP PENDAMPING SOSIAL KECAMATAN {KEC}
Kelurahan;Pendamping;HP;Email
{kel};[[n:{n1}]];[[p:{hp1}]];[[e:{emp1}]]
{kel2};[[n:{n2}]];[[p:{hp2}]];[[e:{emp2}]]
{kel3};(kosong, dirangkap TKSK);{owa};pkh.kotakupang@gmail.com
""",
    ),
    T(
        "contact_roster",
        "jobs_trade",
        """
DAFTAR OJEK PANGKALAN TERMINAL {KEL}
1. [[n:{n1}]] - [[p:{hp1}]] - [[pl:{pl1}]]
2. [[n:{n2}]] - [[p:{hp2}]] - [[pl:{pl2}]]
3. [[n:{n3}]] - [[p:{hp3}]] - [[pl:{pl3}]]
Korlap pangkalan: {owa}
""",
        M=(1, 2, 3),
    ),
    T(
        "contact_roster",
        "community_event",
        """
KONTAK KETUA RAYON JEMAAT {CHURCH}
Rayon 1: Bapak [[n:{n1}]] [[p:{hp1}]]
Rayon 2: Ibu [[n:{n2}]] [[p:{hp2}]]
Rayon 3: Pnt. [[n:{n3}]] [[p:{hp3}]]
Rayon 4: Dkn. [[n:{n4}]] [[p:{hp4}]]
Kantor Majelis: {otel}
""",
    ),
]

# ---- poster_ocr: posters and adverts as a scan or a phone's text recognition reads them
TEMPLATES += [
    T(
        "poster_ocr",
        "housing_rental",
        """
KOS PUTRI "{KOS}"
TERSEDIA KAMAR KOSONG
- kamar mandi dalam
- listrik token sendiri
- air PDAM + sumur bor
Rp 650.000/bln
{jl} (blkg Gereja {church})
HUB / WA : {bizo}
""",
    ),
    T(
        "poster_ocr",
        "housing_rental",
        """
KOS PUTRA {KOS}
DISEWAKAN KAMAR
UKURAN 3x4, SUDAH ADA KASUR & LEMARI
DEKAT KAMPUS UNDANA PENFUI
HUB. [[p:{hpo1}]]
(IBU [[n:{G1}]])
""",
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
DIJUAL CEPAT
HONDA VARIO 125 TH 2019
WARNA HITAM, PAJAK HIDUP, NOPOL [[pl:{pl1}]]
SURAT2 LENGKAP, BPKB A.N. SENDIRI
HARGA Rp 13.500.000 NEGO
HUB: [[p:{hp1}]] ([[n:{G1}]])
""",
    ),
    T(
        "poster_ocr",
        "housing_rental",
        """
{RENTAL}
SEWA MOBIL KUPANG
AVANZA / XENIA lepas kunci Rp350.000/hari
INNOVA + sopir Rp750.000/hari
Antar jemput bandara El Tari
Hub: {biz} / {biz2}
Kantor: {jlno}
""",
    ),
    T(
        "poster_ocr",
        "security_scam",
        """
DICARI!!!
ANJING HILANG
Jenis kampung, warna hitam putih, kalung merah, namanya {PET}.
Hilang sejak {tgl} sekitar {jl}.
Yang menemukan mohon hubungi [[p:{hp1}]] ([[n:{G1}]]).
ADA IMBALAN Rp 500.000
""",
    ),
    T(
        "poster_ocr",
        "civil_registry",
        """
TELAH HILANG
DOMPET WARNA COKLAT berisi KTP a.n. [[n:{N1}]] NIK [[nik:{nik1}]], SIM C, ATM BRI dan kartu BPJS.
Hilang di sekitar Pasar {pasar} hari {hari}.
Bagi yang menemukan mohon hubungi [[p:{hpo1}]] atau antar ke [[a:{adr1}]].
Imbalan sepantasnya. Tuhan memberkati.
""",
    ),
    T(
        "poster_ocr",
        "water_power",
        """
SEDOT WC
"{SEDOT}"
MELAYANI KOTA & KAB. KUPANG
CEPAT - BERSIH - BERGARANSI
HUB: {bizo} / {biz2}
""",
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
DICARI
ASISTEN RUMAH TANGGA (ART)
Wanita, usia 20-40 thn, bisa masak, jujur, tidak pulang.
Gaji Rp 1.500.000 + makan.
Hubungi Ibu [[n:{n1}]] [[p:{hp1}]]
Alamat [[a:{adr1}]]
""",
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
LOWONGAN KERJA
{KIOS} membutuhkan:
1. Kasir (P), min. SMA
2. Tenaga gudang (L), min. SMP
Lamaran diantar langsung ke toko, {jlno}
atau kirim ke WA {biz} (HRD)
Paling lambat {tgl}
""",
    ),
    T(
        "poster_ocr",
        "community_event",
        """
LOMBA PADUAN SUARA ANTAR RAYON
JEMAAT {CHURCH}
{hari}, jam 16.00 WITA
Pendaftaran & info:
Sdr. [[n:{n1}]] ([[p:{hp1}]])
Ibu [[n:{n2}]] ([[p:{hp2}]])
""",
    ),
    T(
        "poster_ocr",
        "community_event",
        """
TURNAMEN FUTSAL ANTAR RT
KELURAHAN {KEL} CUP {thn}
Biaya pendaftaran Rp 300.000/tim
Juara 1 Rp 3.000.000 + piala
Juara bertahan: RT 19
PENDAFTARAN ONLINE WA: {owa}
CP panitia {owa2} / {owa3}
""",
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
LES PRIVAT MATEMATIKA & IPA
SD - SMP
Guru berpengalaman, datang ke rumah
Rp 50.000/pertemuan
Hub. Kak [[n:{G1}]] [[p:{hp1}]]
""",
    ),
    T(
        "poster_ocr",
        "water_power",
        """
SEDOT WC & SALURAN MAMPET
MURAH, CEPAT
HUB [[p:{hpo1}]] / [[p:{hq1}]]
(MAMA [[n:{G1}]])
""",
    ),
    T(
        "poster_ocr",
        "civil_registry",
        """
PELAYANAN ADMINDUK KELILING
KELURAHAN {KEL}
SETIAP SELASA & KAMIS 09.00-12.00
DI AULA KANTOR LURAH
HUB. PETUGAS : {owao}
""",
        U=True,
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
TERIMA PESANAN KUE & NASI KOTAK
kue ulang tahun, snack box, nasi kuning
Pesan H-2
Mama [[n:{g1}]] - WA [[p:{hp1}]]
Alamat: [[a:{ad1}]] (rumah)
""",
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
{CATERING} - catering harian, pesta & acara kantor
Menu Kupang: se'i babi, jagung bose, ikan kuah asam
Pesan di WA {biz}. Kantor & dapur: {jlno}, buka 07.00-20.00
""",
    ),
    T(
        "poster_ocr",
        "security_scam",
        """
TELAH HILANG HANDPHONE
Samsung A14 warna hitam, IMEI {imei}
Hilang di bemo jurusan 10 tgl {tgl} sore.
Mohon yang menemukan hubungi nomor keluarga [[p:{hp1}]] (Bapa [[n:{G1}]]).
Tidak akan dituntut.
""",
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
{LAS}
TERIMA PESANAN PAGAR, TRALIS, KANOPI
HUB {bizo}
{jl}, samping {kios}
""",
        U=True,
    ),
    T(
        "poster_ocr",
        "health",
        """
PENGGALANGAN DANA
Untuk pengobatan adik [[n:{n1}]] ({num} bln), penderita kelainan jantung bawaan, dirujuk ke RS Sanglah Denpasar.
Bantuan bisa ditransfer ke {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (ibu kandung).
Konfirmasi: [[p:{hp2}]]
Tuhan Yesus memberkati.
""",
        fam={1: 2},
        F=(2,),
        Y=(1,),
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
ANTAR JEMPUT ANAK SEKOLAH
RUTE OESAPA - LILIBA - KOTA
Rp 300.000/bulan
SOPIR: [[n:{N1}]] [[p:{hpo1}]]
""",
        M=(1,),
    ),
    T(
        "poster_ocr",
        "health",
        """
{APOTEK}
BUKA 24 JAM
Melayani resep dokter, BPJS & umum
Cek gula darah, asam urat, kolesterol
WA order: {biz}
Telp: {otel}
""",
    ),
    T(
        "poster_ocr",
        "housing_rental",
        """
DIKONTRAKKAN RUMAH
2 kamar tidur, 1 kamar mandi, air PDAM, listrik 1300 VA
Lokasi [[a:{ad1}]], dekat {school}
Rp 15 jt/tahun
Hub. pemilik: [[n:{n1}]] [[p:{hp1}]]
""",
    ),
    T(
        "poster_ocr",
        "security_scam",
        """
BARANG TEMUAN
Di Pos Satpam Kantor Wali Kota ditemukan: 1 tas ransel, 2 helm, 1 HP Oppo.
Pemilik hubungi satpam {owa} atau pos jaga {otel}.
Diumumkan {tgl}.
""",
    ),
    T(
        "poster_ocr",
        "community_event",
        """
KONSER AMAL PEDULI KORBAN BANJIR
GOR FLOBAMORA OEPOI
{hari}, 19.00 WITA
HTM Rp 50.000
Tiket: {kios} / WA {biz}
Donasi: rekening panitia {bankrek} (rekening panitia)
""",
    ),
    T(
        "poster_ocr",
        "health",
        """
KADER : [[n:{No1}]] [[p:{hpo1}]]
POSYANDU {POSY}
IMUNISASI & TIMBANG BALITA
TGL 10 SETIAP BULAN
""",
        U=True,
        F=(1,),
    ),
]

# ---- number_change: announcements that a service's, an office's or a person's number changed
TEMPLATES += [
    T(
        "number_change",
        "health",
        """
PEMBERITAHUAN
Nomor layanan Puskesmas {pusk} berubah mulai {tgl}.
Nomor lama: {owa} (tidak aktif lagi)
Nomor baru: {otel} / WA {owa2}
Pendaftaran online tetap lewat WA yang baru. Mohon disebarkan.
""",
    ),
    T(
        "number_change",
        "community_event",
        """
Selamat pagi bapa mama sekalian, HP saya ganti. Nomor lama [[p:{hq1}]] sudah tidak aktif lagi, nomor baru [[p:{hp1}]]. Tolong disimpan e. Salam, [[n:{g1}]]
""",
    ),
    T(
        "number_change",
        "security_scam",
        """
Info dari Dishub Kota Kupang: nomor pengaduan angkutan kota su ganti. Yang lama {owa}, yang baru {owa2} (WA dan telp, jam 07.00-21.00). Kalo bemo pasang musik keras atau sopir ugal-ugalan, lapor sa di situ, sebut nomor trayek dan jam.
""",
    ),
    T(
        "number_change",
        "social_aid",
        """
Selamat pagi bapa mama KPM PKH Kelurahan {kel}. Beta pendamping [[n:{n1}]]. HP beta yang lama [[p:{hq1}]] hilang waktu di pasar, jadi sekarang beta pakai nomor [[p:{hp1}]]. Tolong simpan dan jangan layani kalau ada yang pakai nomor lama minta uang. Terima kasih.
""",
    ),
    T(
        "number_change",
        "water_power",
        """
PENGUMUMAN PLN UP3 KUPANG
Mulai {tgl} layanan pengaduan gangguan listrik hanya melalui Contact Center 123 dan aplikasi PLN Mobile.
Nomor WhatsApp {owa} dan {owa2} tidak digunakan lagi.
Pembayaran token/tagihan: ID pelanggan contoh {idpel}.
""",
    ),
    T(
        "number_change",
        "community_event",
        """
PEMBERITAHUAN
Diberitahukan kepada warga RT {rtn} bahwa Ketua RT yang baru adalah Bpk. [[n:{n1}]], HP [[p:{hp1}]].
Ketua RT lama, Bpk. [[n:{n2}]] (nomor [[p:{hp2}]]), sudah tidak menjabat sejak {tgl}. Surat pengantar mulai sekarang ditandatangani Ketua RT baru.
""",
    ),
    T(
        "number_change",
        "civil_registry",
        """
PERUBAHAN NOMOR LAYANAN DISDUKCAPIL KOTA KUPANG
Berlaku mulai {tgl}:
KTP-el & KK ............ WA {owa}
Akta kelahiran/kematian  WA {owa2}
Pindah datang .......... WA {owa3}
Nomor lama {owa4} dan {owa5} tidak aktif lagi.
Telp kantor tetap {otel}.
Waspada penipuan, layanan Dukcapil GRATIS.
""",
    ),
    T(
        "number_change",
        "health",
        """
Info untuk ibu-ibu hamil di wilayah Kel. {kel}: bidan [[n:{n1}]] sekarang pakai nomor [[p:{hp1}]]. Nomor lama [[p:{hq1}]] su hilang bersama HP. Yang mau periksa hamil atau KB silakan WA dulu.
""",
    ),
    T(
        "number_change",
        "jobs_trade",
        """
{LAUNDRY} GANTI NOMOR
WA lama: {biz}
WA baru: {biz2}
Antar jemput gratis min. 5 kg. Rp 7.000/kg, express Rp 12.000/kg.
""",
    ),
    T(
        "number_change",
        "civil_registry",
        """
Nomor layanan Kelurahan {kel} berubah: telp {otel}, WA {owa}.
Untuk surat keterangan usaha dan domisili dapat juga menghubungi Kasi Pemerintahan, Bapak [[n:{n1}]] ([[p:{hp1}]]), pada jam kerja.
""",
    ),
    T(
        "number_change",
        "jobs_trade",
        """
Salam, beta tukang listrik [[n:{n1}]] dari Oesapa. Ganti nomor: [[p:{hp1}]] (nomor lama [[p:{hq1}]] su sonde aktif). Terima pasang instalasi rumah, ganti MCB, tarik kabel.
""",
        M=(1,),
    ),
    T(
        "number_change",
        "community_event",
        """
PEMBERITAHUAN
Nomor tata usaha {school} berubah menjadi {otel}.
WA sekolah: {owa}
Email sekolah tetap tu.sekolah.kupang@gmail.com
Nomor lama {otel2} sudah dicabut Telkom.
""",
    ),
    T(
        "number_change",
        "civil_registry",
        """
Yth. Admin LAPOR!, saya [[n:{n1}]] pelapor tiket {tiket}. Mohon dicatat nomor saya sudah ganti dari [[p:{hq1}]] ke [[p:{hp1}]]. Email tetap [[e:{em1}]]. Terima kasih.
""",
    ),
    T(
        "number_change",
        "security_scam",
        """
PEMBERITAHUAN BANK NTT
Nasabah yth, nomor resmi Bank NTT hanya Call Center 14052 dan telp kantor cabang {otel}. Nomor {scam} yang beredar bukan nomor resmi Bank NTT. Bank tidak pernah minta PIN, OTP atau kode verifikasi.
""",
    ),
    T(
        "number_change",
        "community_event",
        """
Papa pung nomor baru [[p:{hp1}]], yang lama [[p:{hq1}]] su hilang sama HP di bemo. Tolong save e, nanti Papa telpon. - [[n:{g1}]]
""",
        M=(1,),
    ),
    T(
        "number_change",
        "security_scam",
        """
PEMBERITAHUAN DAMKAR KOTA KUPANG
Nomor darurat kebakaran 113 tetap aktif 24 jam.
Tambahan nomor WA pelaporan: {owa}
Nomor {otel} sudah pindah ke pos Oesapa: {otel2}
""",
    ),
    T(
        "number_change",
        "health",
        """
Perubahan kontak kader:
Posyandu {posy}: Ibu [[n:{n1}]] (sebelumnya [[p:{hq1}]]) sekarang [[p:{hp1}]]
Posyandu {posy2}: tetap Mama [[n:{g2}]] [[p:{hp2}]]
Posyandu {posy3}: hubungi Puskesmas {pusk} {otel}
""",
    ),
    T(
        "number_change",
        "community_event",
        """
Syalom bapa mama, beta Pdt. [[n:{n1}]] informasikan nomor WA beta yang baru [[p:{hp1}]]. Nomor lama [[p:{hq1}]] masih aktif untuk telepon tapi jarang beta buka. Untuk urusan surat baptis dan nikah silakan ke kantor majelis {otel}.
""",
    ),
    T(
        "number_change",
        "health",
        """
INFO BPJS KESEHATAN CABANG KUPANG
Layanan Pandawa (Pelayanan Administrasi melalui WhatsApp): {owa}
BPJS Kesehatan Care Center: 165
Nomor {owa2} bukan lagi nomor layanan kami. BPJS Kesehatan tidak pernah menghubungi peserta lewat nomor pribadi.
""",
    ),
    T(
        "number_change",
        "jobs_trade",
        """
Ojek langganan anak sekolah SD Oebufu, Om [[n:{g1}]], ganti nomor: [[p:{hp1}]]. Yang mau antar jemput bulan depan WA langsung ke dia e.
""",
    ),
    T(
        "number_change",
        "civil_registry",
        """
PEMBERITAHUAN KANTOR CAMAT {KEC}
Nomor telp kantor {otel} psw 101 diganti menjadi {otel2}.
Pelayanan PATEN: WA {owa}
Pengaduan: SMS 1708 / lapor.go.id
""",
    ),
    T(
        "number_change",
        "health",
        """
Pelayanan home care lansia Puskesmas {pusk} sekarang dihubungi lewat perawat [[n:{n1}]] [[p:{hp1}]]. Nomor lama {owa} itu nomor HP puskesmas dan sudah tidak aktif lagi.
""",
    ),
    T(
        "number_change",
        "community_event",
        """
{dt1} [[n:{n1}]]: Bapa mama, ini nomor baru beta [[p:{hp1}]]
{dt2} [[n:{n2}]]: Oke kaka, su save
{dt3} [[n:{n1}]]: Yang lama [[p:{hq1}]] kasi hapus sa, HP su rusak
""",
    ),
    T(
        "number_change",
        "water_power",
        """
INFO GANTI NOMOR
Depot air isi ulang "Tirta Oebufu" ganti nomor WA: {biz} (lama {biz2}).
Galon Rp 5.000, antar ke rumah tambah Rp 2.000.
""",
    ),
]

# ---- scam_warning: warnings listing scam numbers, and reports where a user is named
TEMPLATES += [
    T(
        "scam_warning",
        "security_scam",
        """
WASPADA PENIPUAN!
Ada WA yang mengaku dari Dinas Sosial, nomor {scam}, minta transfer Rp 250.000 untuk "biaya pencairan" bansos PKH.
Dinas Sosial Kota Kupang tidak pernah memungut biaya. Pengaduan resmi: WA {owa} / SMS 1708.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Waspada modus telepon mengaku petugas Dukcapil yang minta foto KTP, KK dan kode OTP.
Contoh nomor yang dilaporkan: {scam}, {scam2}, {scam3}.
Layanan Dukcapil Kota Kupang hanya lewat WA {owa} dan kantor {otel}.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Waspada penipuan arisan online. Pelaku pakai nomor [[p:{hp1}]] a.n. [[n:{n1}]], minta transfer ke rek {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. Sudah ada 6 korban di Oesapa.
Korban lain yang mau sama-sama lapor ke Polresta bisa hubungi saya, [[n:{n2}]], [[p:{hp2}]].
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
INFO BRI UNIT {KEL}
Waspada penipuan yang mengatasnamakan BRI melalui nomor pribadi seperti {scam}. BRI tidak pernah meminta PIN, password atau kode OTP.
Call center resmi: 14017 / 1500017. Kantor unit: {otel}.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Hati-hati bapa mama. Tadi ada nomor {scam} WA beta, ngaku anak kos sa, bilang HP rusak jadi pakai nomor teman, minta pulsa 100rb. Untung beta telpon langsung ke anak pung nomor asli [[p:{hp1}]], ternyata dia aman di kos.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{scam} | mengaku petugas PLN, tagih tunggakan | {tgl}
{scam2} | undian berhadiah motor | {tgl2}
{scam3} | mengaku anak, minta pulsa | {tgl3}
{scam4} | pinjol ilegal | {tgl4}
Dihimpun oleh Forum Warga Peduli Kota, diteruskan ke SPKT Polresta ({otel}).
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
REKAP LAPORAN PENIPUAN ONLINE - POSKO RW {rwn}
Nama pelaku | Nomor | Modus
[[n:{n1}]] | [[p:{hp1}]] | jual beli HP bekas, barang tidak dikirim
[[n:{n2}]] | [[p:{hp2}]] | arisan online
tidak diketahui | {scam} | mengaku petugas bank
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Nomor {scam} dan {scam2} mengaku dari Bapenda, bilang PBB bapa mama nunggak dan harus bayar lewat link. Itu bukan nomor Bapenda. Nomor resmi Bapenda Kota Kupang {otel}.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Tadi ada telpon dari {scam}, mengaku petugas Dukcapil namanya {g9}, minta foto KTP dan KK untuk "pemadanan data". Beta sonde kasi. Mohon admin kelurahan umumkan.
Salam, [[n:{n2}]], warga [[a:{rt2}]]
""",
    ),
    T(
        "scam_warning",
        "social_aid",
        """
Pak RT, nomor [[p:{hp1}]] itu benar petugas PKH ko? Dia bilang namanya [[n:{n1}]], minta beta kirim foto buku tabungan. Beta masih ragu.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
SY DAPAT SMS DARI {scam}: "SELAMAT! NOMOR ANDA MENANG UNDIAN 1 UNIT MOTOR DARI TELKOMSEL. KODE PIN {otp}". SY DISURUH TLP {scam2} UTK KLAIM. APA INI PENIPUAN? MOHON DIBANTU. NO TIKET {tiket}
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Kemarin ada yang minta transfer ke DANA {scam}, ngaku kurir J&T, bilang paket sa tertahan. Itu tipu-tipu to.
Tapi kalo mau bayar arisan, transfer ke OVO [[p:{hp1}]], yang punya nama [[n:{n1}]] (bendahara arisan kami).
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Warning for residents: we got WhatsApp messages from {scam} and {scam2} claiming to be "Imigrasi Kupang" asking for passport photos. The immigration office line is {otel}. Do not reply.
""",
    ),
    T(
        "scam_warning",
        "jobs_trade",
        """
Hati-hati penagih pinjol. Penagih atas nama [[n:{g1}]] pakai nomor [[p:{hp1}]], datang ke rumah dan ancam tetangga. Yang lain, collector pakai nomor {scam} dan {scam2}, tidak sebut nama.
Sudah sy lapor ke OJK dan SPKT.
""",
    ),
    T(
        "scam_warning",
        "social_aid",
        """
Beredar pesan: "Pendaftaran bansos Kemensos {thn}, kirim data ke bansos.kemensos.ntt@gmail.com atau WA {scam}". Itu HOAX. Pendaftaran hanya lewat kelurahan dan aplikasi Cek Bansos. Info Dinsos: {otel}.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Saya [[n:{n1}]], nomor saya [[p:{hp1}]]. Saya kena tipu jual beli motor di FB. Ada SMS dari [[p:{hp2}]] yang suruh transfer DP Rp 2.000.000 ke rek {bank2} [[b:{rek2}]] a/n [[n:{g2}]]. Setelah transfer nomornya langsung tidak aktif.
""",
        fam={},
    ),
    T(
        "scam_warning",
        "security_scam",
        """
POLRESTA KUPANG KOTA
Waspada modus telepon mengaku petugas Dukcapil, BPJS, atau PLN yang meminta data pribadi.
Contoh nomor yang dilaporkan: {scam}, {scam2}.
Laporkan ke SPKT {otel} / WA SPKT {owa} / WA Propam {owa2}.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Ada yang mengaku Saudara [[n:{n1}]] dari Dinas Sosial lewat WA [[p:{hp1}]], tawarkan bantuan modal UMKM asal transfer biaya admin. Dinas Sosial su konfirmasi sonde ada pegawai dengan nama itu.
""",
        M=(1,),
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Nomor {scam} telpon sa, bilang dia dari Dinas Sosial. Trus ada lagi {scam2}, dua-dua mengaku petugas PKH, minta nomor rekening deng PIN ATM. Bapa mama jang kasi e.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Akun atas nama H. [[n:{n1}]] di FB jual tiket kapal Pelni murah. Nomor WA [[p:{hp1}]]. Sudah 3 orang di Airmata transfer tapi tiket tidak ada. Tolong share.
""",
        R=(1,),
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Dapat email dari pajak.kupang.resmi@gmail.com bilang NPWP sy diblokir dan harus klik link. Resmi atau tidak? Di email itu ada juga nomor {scam}. Kantor pajak bilang email resmi mereka pakai @pajak.go.id dan telp {otel}.
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Nomor penipu {scam}, ngaku dari kantor pos, minta ongkos kirim paket. Yang mau lapor ke Polsek sama-sama, kontak korban: Mama [[n:{g1}]] [[p:{hp1}]].
""",
    ),
    T(
        "scam_warning",
        "jobs_trade",
        """
Lowongan kerja kapal pesiar yang di FB itu penipuan. Hubungi {scam} (admin) minta biaya medical Rp 3,5 jt. Anak saya [[n:{g2}]] sudah transfer ke rek {bank3} [[b:{rek3}]] a.n. [[n:{n3}]]. Nomor saya [[p:{hp1}]], [[n:{n1}]].
""",
        fam={2: 1},
    ),
    T(
        "scam_warning",
        "security_scam",
        """
PINJOL TAGIH SY PAKAI NOMOR {scam}, {scam2} DAN {scam3}. SY TDK PERNAH PINJAM. DATA KTP SY DIPAKAI ORANG. MOHON DIBANTU. TIKET {tiket}
""",
    ),
    T(
        "scam_warning",
        "security_scam",
        """
Ada nomor {scam} WA bilang NPWP kita diblokir, suru klik link. Nomor lain juga sempat WA, {scam2}. Kantor pajak bilang cek saja di kring pajak 1500200.
""",
    ),
]

# ---- social_post: Facebook and Instagram posts with their comment threads
TEMPLATES += [
    T(
        "social_post",
        "security_scam",
        """
[[n:{n1}]]
{ago} · Kupang
Info kehilangan motor Honda Beat warna putih, nopol [[pl:{pl1}]], hilang di parkiran Pasar {pasar} tadi sore jam 5. Yang lihat tolong inbox atau hubungi [[p:{hp1}]]. Tuhan berkati 🙏

Komentar
[[n:{l2}]]: turut prihatin kaka, su lapor polisi ko?
[[n:{n1}]]: su lapor di Polsek, ma belum ada kabar
{handle}: share ya kak
Bengkel Motor {bengkel}: kalau ada info kami kabari kak
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
Dukcapil Kota Kupang
{ago}
Dukcapil Kota Kupang buka layanan perekaman KTP-el di hari Sabtu selama bulan ini, jam 08.00-12.00 di kantor Dukcapil, {jlno}. Antrian online via WA {owa}.

Komentar
{handle}: min, yang cetak ulang KK bisa juga?
dukcapilkotakupang: Bisa kak. Info lanjut {owa2}
{handle2}: mantap, terima kasih infonya
Mama Muda Kupang: sudah share di grup kami
""",
    ),
    T(
        "social_post",
        "jobs_trade",
        """
[[n:{n1}]]
{ago}
Selamat malam kaka dong. Sa jual kue lapis Surabaya deng bolu pandan, terima pesanan untuk acara syukuran. Info WA [[p:{hp1}]]. Alamat [[a:{ad1}]], bisa ambil di rumah.

Komentar
[[n:{n2}]]: kaka, bisa antar ke Liliba ko?
[[n:{n1}]]: bisa kaka, tambah ongkos 15rb
""",
        F=(1,),
    ),
    T(
        "social_post",
        "housing_rental",
        """
kosputri.kupang
Instagram · {ago}
Kamar kosong 2 unit! Kos putri {kos}, AC, WiFi, km dalam. Rp 1,1 jt/bln. DM atau WA {biz} 🏠

Komentar
[[n:{l1}]]: kak beta cari kamar untuk adik, mulai bulan depan. WA sa [[p:{hp1}]] e
kosputri.kupang: siap kak, nanti kami WA
{handle}: lokasi dimana kak?
""",
    ),
    T(
        "social_post",
        "health",
        """
RSUD S.K. Lerik
{ago}
Mulai {tgl}, pendaftaran poli rawat jalan lewat WhatsApp {owa}. Kirim foto kartu BPJS dan surat rujukan paling lambat H-1. Pasien umum bisa daftar langsung di loket.

Komentar
{handle}: kalau lansia yang sonde punya HP bagaimana min?
RSUD S.K. Lerik: Bisa daftar langsung di loket bapa/mama, atau telp {otel}.
{handle2}: 👍
""",
    ),
    T(
        "social_post",
        "health",
        """
[[n:{n1}]]
{ago} · Kupang
DIBUTUHKAN SEGERA darah golongan O+ 3 kantong untuk Mama [[n:{n2}]] yang sedang dirawat di RSUD W.Z. Johannes ruang Cempaka. Yang bisa bantu donor hubungi keluarga: [[n:{n3}]] [[p:{hp3}]] / [[p:{hq3}]]. Terima kasih banyak 🙏

Komentar
[[n:{n4}]]: Beta O+ kaka, besok pagi beta ke UTD PMI
[[n:{n3}]]: terima kasih banyak kaka, Tuhan balas
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
[[n:{n1}]]
{ago}
Ditemukan dompet an. [[n:{N2}]], isi KTP, SIM, kartu BPJS dan kartu ATM. Ditemukan di depan gereja {church} tadi pagi. Yang kenal tolong tag orangnya. Bisa ambil di rumah saya [[a:{ad1}]] atau WA [[p:{hp1}]].

Komentar
{handle}: tag tag, kasian
[[n:{l3}]]: itu beta pung tetangga kaka, nanti beta kasi tau dia
""",
    ),
    T(
        "social_post",
        "water_power",
        """
Info Warga Kupang
{ago}
Sonde ada air di RT 13 deng RT 01 Kelurahan {kel} su 4 hari. Info dari PDAM: ada perbaikan pipa di {jl}. Call center PDAM {otel}, WA {owa}.

Komentar
{handle}: sama di Oebufu, air kuning lagi
Kos {kos} {kel}: di kami ada air sumur bor kak, kalau mau isi jerigen
{handle2}: PDAM bilang besok sore su normal
""",
    ),
    T(
        "social_post",
        "community_event",
        """
[[n:{n1}]]
{ago}
Selamat jalan [[n:{n2}]], sahabat dan saudara kami. Terima kasih untuk semua kebaikan. Ibadah pelepasan jenazah besok jam 10.00 di rumah duka [[a:{adr2}]].

Komentar
[[n:{n3}]]: turut berduka kaka 😢
[[n:{l4}]]: Tuhan kuatkan keluarga
""",
        E=(2,),
    ),
    T(
        "social_post",
        "jobs_trade",
        """
Grup Info Kupang
[[n:{n1}]]
{ago}
Ada yang tau nomor tukang las yang bagus ko? Mau buat pagar rumah di Oebufu.

Komentar
[[n:{n2}]]: coba Om [[n:{g3}]] [[p:{hp3}]], dia tukang las di Kolhua, kerja rapi
{LAS}: kami siap kak, WA {biz}
[[n:{n4}]]: kalo yg {biz2} itu nomor bengkel di Penfui, juga bagus
""",
    ),
    T(
        "social_post",
        "security_scam",
        """
Polresta Kupang Kota
{ago}
WASPADA penipuan lewat WhatsApp yang mengatasnamakan pejabat Pemkot Kupang. Nomor {scam} dan {scam2} memakai foto Wali Kota. Laporkan ke SPKT {otel} atau 110.

Komentar
{handle}: tadi sa dapat juga dari nomor yg sama
{handle2}: su blokir min
Counter Flobamora Cell: hati-hati kak jangan kirim kode OTP
""",
    ),
    T(
        "social_post",
        "jobs_trade",
        """
[[n:{n1}]]
{ago}
Dicari 1 orang admin toko, perempuan, bisa Excel, jujur. Toko sembako saya di {kel}. Kirim CV ke email [[e:{em1}]] atau WA [[p:{hp1}]]. Saya pemilik toko, bukan agen.
""",
    ),
    T(
        "social_post",
        "community_event",
        """
GMIT Jemaat {church}
{ago}
Ibadah Minggu disiarkan langsung di kanal YouTube jemaat jam 08.30. Persembahan online: Bank NTT {rekntt} a.n. Majelis Jemaat. Konfirmasi persembahan WA sekretariat {owa}.

Komentar
{handle}: Amin, Tuhan berkati pelayanan
Mama Muda Kupang: terima kasih infonya
""",
    ),
    T(
        "social_post",
        "health",
        """
Grup Mama-Mama Sikumana
[[n:{n1}]]
{ago}
Mama dong, ada yang tau bidan praktek dekat Sikumana ko? Beta pung ade mau periksa hamil.

Komentar
[[n:{n2}]]: Bidan [[n:{g3}]] di samping gereja, nomor dia [[p:{hp3}]]
[[n:{n4}]]: iya, bidan [[n:{g3}]] bagus, sabar
""",
        F=(1, 2, 4),
    ),
    T(
        "social_post",
        "housing_rental",
        """
Info Kos Kupang
[[n:{n1}]]
{ago}
Cari kamar kos campur dekat Undana, budget 500rb.

Komentar
Kos {kos} Oebufu: Di kami juga ada kak, {biz}
[[n:{n2}]]: Beta ada kamar kosong di rumah, dekat kampus. Hub [[p:{hp2}]]
{laundry}: sekalian langganan laundry kak 😁
""",
    ),
    T(
        "social_post",
        "community_event",
        """
{SCHOOL}
{ago}
Pendaftaran peserta didik baru tahun ajaran {ta} dibuka {tgl}. NPSN {npsn}. Daftar lewat WA panitia {owa}, info {otel}.

Komentar
{handle}: jalur afirmasi masih ada ko min?
{SCHOOL}: masih bapa/mama, silakan WA panitia
""",
    ),
    T(
        "social_post",
        "water_power",
        """
[[n:{n1}]]
{ago}
Sudah lapor ke 1708 tiket {tiket} soal lampu jalan mati di {jl}, su 3 minggu belum ada respon. Yang mau bantu viralkan silakan. Saya [[n:{n1}]], warga [[a:{rt1}]] Kel. {kel}.
""",
    ),
    T(
        "social_post",
        "water_power",
        """
PLN UP3 Kupang
{ago}
Informasi pemeliharaan jaringan {tgl}, pukul 09.00-15.00 WITA. Area: {jl}, {jl2} dan sekitarnya. Info gangguan: 123 / WA {owa}.

Komentar
{handle}: min, token sa masuk tapi listrik sonde nyala, ID pel {idpel}
PLN UP3 Kupang: Mohon DM ID pelanggan kak, kami cek
""",
    ),
    T(
        "social_post",
        "security_scam",
        """
[[n:{n1}]]
{ago}
Kunci motor deng STNK jatuh di sekitar Bundaran Tirosa. Yang dapat tolong hub [[p:{hp1}]] ([[n:{lg1}]]). Terima kasih.
""",
    ),
    T(
        "social_post",
        "community_event",
        """
Komentar:
[[n:{l1}]]: Beta pung anak dong tinggal di Oebobo, dong pung nomor [[p:{hp2}]], tanya dong sa
[[n:{l3}]]: terima kasih kaka
{handle}: up
""",
        fam={2: 1},
    ),
    T(
        "social_post",
        "jobs_trade",
        """
Kopi Sasando Corner
Instagram · {ago}
Promo kopi susu gula aren 15K! Pesan antar WA {biz}, GoFood juga ada 😊

Komentar
{handle}: ada menu jagung bose ko kak?
Kopi Sasando Corner: ada kak, hari Sabtu saja
{laundry}: mampir kak 😁
""",
    ),
    T(
        "social_post",
        "health",
        """
[[n:{n1}]]
{ago}
Terima kasih untuk perawat [[n:{n2}]] di Puskesmas {pusk} yang sabar layani mama saya. Semoga makin banyak petugas seperti ini.

Komentar
[[n:{n3}]]: betul kaka, perawat [[n:{g2}]] memang baik
Puskesmas {pusk}: Terima kasih atas apresiasinya 🙏
""",
    ),
]

# ---- wa_broadcast: WhatsApp broadcasts, forwards and group exports
TEMPLATES += [
    T(
        "wa_broadcast",
        "health",
        """
Dari: [[n:{n1}]] ([[p:{hp1}]])
*Diteruskan*
INFO POSYANDU {POSY}
Hari/tgl: {hari}
Jam: 08.00 - selesai
Imunisasi, timbang, vitamin A. Bawa buku KIA.
Info kader posyandu: {owa}
""",
    ),
    T(
        "wa_broadcast",
        "social_aid",
        """
*INFO PENGADUAN DINAS SOSIAL KOTA KUPANG*
SMS/WA {owa}
Telp {otel} (jam kerja)
Email: dinsos@kupangkota.go.id
Layanan GRATIS. Jangan percaya yang minta uang atas nama Dinsos.
_Mohon diteruskan ke grup RT/RW_
""",
    ),
    T(
        "wa_broadcast",
        "water_power",
        """
{dt1} Admin RT {rtn}: Bapa mama, besok pagi ada pengecekan meteran air dari PDAM. Mohon rumah jangan dikunci pagar e.
{dt2} [[n:{n1}]]: Siap pak RT
{dt3} [[n:{n2}]]: Beta kerja pagi, nanti anak di rumah
{dt4} [[n:{n3}]]: Meteran sa rusak dari bulan lalu, no samb {samb}, su lapor ke {otel} belum datang
{dt5} Admin RT {rtn}: Nanti beta sampaikan ke petugas
""",
    ),
    T(
        "wa_broadcast",
        "health",
        """
{dt1} [[p:{hp1}]]: Salam ibu guru, sa mama dari [[n:{g2}]] kelas 2B, mau tanya jadwal ulangan
{dt2} [[n:{n3}]]: Iya mama, ulangan hari Senin e
{dt3} [[p:{hp1}]]: Baik ibu, terima kasih
""",
        fam={2: 1},
        F=(1, 3),
        Y=(2,),
    ),
    T(
        "wa_broadcast",
        "security_scam",
        """
*Diteruskan berkali-kali*
{scamj}: Selamat! Toko anda terpilih mendapatkan bantuan UMKM Rp 5.000.000 dari Kementerian. Klik link berikut dan isi data NIK.
_Admin grup: ini pesan penipuan, jangan diklik. Nomor {scam2} juga kirim pesan yang sama._
""",
    ),
    T(
        "wa_broadcast",
        "security_scam",
        """
Mohon bantu share 🙏
Opa [[n:{n1}]] ({age1} thn) keluar rumah dari [[a:{adr1}]] sejak tadi pagi jam 7, pakai baju batik coklat, agak pikun. Kalau ada yang lihat tolong hubungi anaknya [[n:{n2}]] [[p:{hp2}]] atau Polsek {kec} {otel}.
""",
        E=(1,),
        fam={2: 1},
    ),
    T(
        "wa_broadcast",
        "community_event",
        """
*BERITA DUKA*
Telah dipanggil Tuhan Mama [[n:{n1}]] dalam usia {age1} tahun, hari ini jam 03.20 di RSUD Prof. Dr. W. Z. Johannes.
Rumah duka: [[a:{adr1}]].
Ibadah penghiburan malam ini jam 19.00.
Bagi yang ingin membantu keluarga, dapat melalui rek {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (anak).
""",
        E=(1,),
        fam={2: 1},
    ),
    T(
        "wa_broadcast",
        "civil_registry",
        """
*INFO PENTING!!!*
Pendataan penerima bantuan tunai tahap akhir. Kirim NIK dan foto KK ke WA {scam} . Cepat sebelum kuota habis.
---
Pak RT: itu HOAX bapa mama, jang kirim. Info resmi di kelurahan {otel}.
""",
    ),
    T(
        "wa_broadcast",
        "community_event",
        """
{dt1} [[n:{n1}]]: Selamat pagi bapa mama wali murid kelas 3B. Beta Ibu [[n:{n1}]], wali kelas yang baru. Nomor beta [[p:{hp1}]], silakan disimpan.
{dt2} [[n:{n2}]]: Selamat pagi ibu guru, salam kenal
{dt3} [[n:{n3}]]: Salam kenal ibu 🙏
""",
    ),
    T(
        "wa_broadcast",
        "water_power",
        """
{dt1} [[n:{n1}]]: Ada yang tau orang jual air tangki ko? Di rumah su 3 hari sonde ada air
{dt2} [[n:{n2}]]: Om [[n:{g3}]] ada tangki, nomornya [[p:{hp3}]]
{dt3} [[n:{n1}]]: makasih kaka
""",
    ),
    T(
        "wa_broadcast",
        "health",
        """
*JADWAL FOGGING KEL. {KEL}*
RT 41 hari Selasa jam 06.00
RT 09 hari Kamis jam 06.00
RT 26 hari Sabtu jam 15.00
Info Puskesmas {pusk}: {otel} / WA {owa}
Tutup makanan dan minuman waktu fogging.
""",
    ),
    T(
        "wa_broadcast",
        "civil_registry",
        """
Dari Kelurahan {kel}:
Kami teruskan pengaduan Bapak [[n:{n1}]] dari WA [[p:{hp1}]] soal KK ganda, sudah dicatat di Dukcapil dengan nomor antrian {num}. Petugas akan menghubungi yang bersangkutan.
Kontak kelurahan: {otel}
""",
    ),
    T(
        "wa_broadcast",
        "community_event",
        """
{dt1} [[n:{n1}]]: Bapa mama, yang mau kirim foto kegiatan lomba kemarin, kirim ke email sa [[e:{emx1}]] e, nanti beta buat album
{dt2} [[n:{n2}]]: Oke kaka
""",
    ),
    T(
        "wa_broadcast",
        "community_event",
        """
{dt1} Admin Jemaat: Syalom. Persembahan syukur bulan ini dapat ditransfer ke rekening Majelis Jemaat Bank NTT {rekntt}.
{dt2} Info Rayon 5: Ibadah rayon minggu ini pindah ke hari Kamis
{dt3} mama: Tuhan berkati
{dt4} Admin Jemaat: Kantor majelis {otel}, WA sekretariat {owa}
""",
    ),
    T(
        "wa_broadcast",
        "water_power",
        """
Yang mau pesan air tangki bulan ini:
- Om [[n:{g1}]] [[p:{hp1}]]
- Bapa [[n:{g2}]] [[p:{hp2}]]
Harga Rp 150rb/tangki 5000 liter, antar sampai depan rumah.
Dari Ketua RT, [[n:{n3}]]
""",
    ),
    T(
        "wa_broadcast",
        "jobs_trade",
        """
{dt1} ~ [[n:{n1}]]: Selamat siang, sa jual ikan kering deng sambal lu'at, pesan WA [[p:{hp1}]]
{dt2} [[n:{n2}]]: harga sambal berapa kaka?
{dt3} ~ [[n:{n1}]]: 35rb per botol kaka
""",
    ),
    T(
        "wa_broadcast",
        "health",
        """
*INFO VAKSINASI & PEMERIKSAAN KESEHATAN GRATIS*
Puskesmas {pusk}, {hari}
RT 01 - RT 05 : jam 08.00
RT 06 - RT 10 : jam 10.00
Pendaftaran: WA {owa}
Bawa KTP/KK, kartu JKN.
""",
    ),
    T(
        "wa_broadcast",
        "security_scam",
        """
*POSKO BANJIR KEL. {KEL}*
Relawan yang mau bantu hubungi koordinator [[n:{n1}]] [[p:{hp1}]].
Donasi barang diantar ke posko (halaman kantor lurah). Donasi uang ke rekening {bankrek} a.n. POSKO PEDULI {KEL}.
Posko BPBD: {otel}
""",
    ),
    T(
        "wa_broadcast",
        "social_aid",
        """
{dt1} [[n:{n1}]]: Pak RT, ini data sa untuk verifikasi BPNT. NIK [[nik:{nik1}]], KK [[kk:{kk1}]]
{dt2} Pak RT: Sudah beta catat mama
{dt3} [[n:{n2}]]: Pak, sa punya NIK [[nik:{nik2}]], KK sama dengan mama [[n:{g1}]]
""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "wa_broadcast",
        "civil_registry",
        """
*JEMPUT BOLA DUKCAPIL*
{hari} di Aula Kelurahan {kel}, jam 09.00-14.00.
Perekaman KTP-el pemula (17 thn), KIA, akta.
Antrian: ambil nomor via WA {owa}
Cek status dokumen: WA {owa2}
""",
    ),
    T(
        "wa_broadcast",
        "social_aid",
        """
{dt1} [[n:{n1}]]: Arisan bulan ini transfer ke DANA [[p:{hp1}]] a.n. [[n:{n1}]] e mama dong
{dt2} [[n:{n2}]]: Siap bendahara 🙏
{dt3} [[n:{n3}]]: su transfer kaka
""",
        F=(1,),
    ),
    T(
        "wa_broadcast",
        "jobs_trade",
        """
{dt1} [[n:{n1}]]: bro, nomor Om [[n:{g2}]] [[p:{hp2}]], dia yang antar anak sekolah di Naimata
{dt2} [[n:{n3}]]: oke bro, thx
""",
    ),
    T(
        "wa_broadcast",
        "security_scam",
        """
{dt1} Grup RT {rtn}: Selamat malam, info dari Bhabinkamtibmas: ada pencurian motor di {jl}. Kunci ganda motor bapa mama.
{dt2} Admin RT {rtn}: Kalau lihat orang mencurigakan, telp pos kamling {owa} atau Polsek {otel}
{dt3} mama: makasih pak
""",
    ),
]

# ---- lapor_form: LAPOR! forms whose contact fields name a person's or an office's line
TEMPLATES += [
    T(
        "lapor_form",
        "water_power",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
NIK          : [[nik:{nik1}]]
No. HP/WA    : [[p:{hp1}]]
Email        : [[e:{em1}]]
Alamat       : [[a:{adr1}]], Kel. {kel}, Kec. {kec}
Kategori     : Air Bersih
Instansi     : Perumda Air Minum Tirta Lontar
Isi Laporan  : Air sonde mengalir su 9 hari. Sudah telepon call center {otel} tapi sonde angkat. No. sambungan {samb}.
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
LAPOR! - Formulir Pengaduan
Pelapor      : Kelurahan {kel} (Seksi Pemerintahan)
Kontak       : {otel} (kantor) / {owa} (WA layanan)
Kategori     : Administrasi Kependudukan
Isi Laporan  : Mohon percepatan pencetakan 37 KTP-el warga yang sudah rekam sejak {tgl}. Daftar terlampir (nomor surat {surat}).
Tiket        : {tiket}
""",
    ),
    T(
        "lapor_form",
        "social_aid",
        """
LAPOR! - Detail Laporan
Tiket          : {tiket}
Nama Pelapor   : Dirahasiakan
No. HP         : (disembunyikan)
Kategori       : Bantuan Sosial
Isi Laporan    : Pendamping PKH di kelurahan kami minta Rp 50.000 per KPM untuk "uang administrasi". Nomor pendamping yang dipakai {owa}.
Status         : Diteruskan ke Dinas Sosial Kota Kupang ({otel})
""",
    ),
    T(
        "lapor_form",
        "water_power",
        """
Formulir Pengaduan Masyarakat - Unit Pengaduan Kasih
Nama           : [[n:{n1}]]
Alamat         : [[a:{adr1}]]
Telp. rumah    : [[p:{tr1}]]
HP             : [[p:{hp1}]]
Pengaduan      : Lampu jalan depan rumah mati sejak {tgl}. Tiang miring hampir roboh.
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
No HP        : [[p:{hp1}]]
Isi Laporan  : KK saya belum jadi setelah 2 bulan. Bisa juga hubungi tetangga saya Om [[n:{g2}]] [[p:{hp2}]] kalau nomor saya tidak aktif.
Instansi     : Disdukcapil Kota Kupang
""",
    ),
    T(
        "lapor_form",
        "health",
        """
LAPOR! - Tindak Lanjut
Tiket {tiket}
Dari: RSUD S.K. Lerik
Terima kasih atas laporan Saudara/i. Keluhan antrian poli telah kami tindak lanjuti. Untuk konfirmasi hubungi {otel} atau WA {owa}.
Email: pengaduan.rsudsklerik@kupangkota.go.id
""",
    ),
    T(
        "lapor_form",
        "health",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor     : [[n:{n1}]]
No. HP           : [[p:{hp1}]]
Kontak instansi terlapor : {otel} psw 152, WA {owa}
Isi Laporan      : Anak saya ditolak di IGD karena kartu JKN [[bpjs:{bpjs2}]] katanya tidak aktif, padahal iuran PBI.
""",
        Y=(2,),
        fam={2: 1},
    ),
    T(
        "lapor_form",
        "security_scam",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
No HP        : [[p:{hp1}]]
Terlapor     : sopir bemo jurusan 10, nopol [[pl:{pl2}]]
Isi Laporan  : Bemo ugal-ugalan di {jl} dan serempet motor saya jam 07.15. Sopir kabur.
""",
    ),
    T(
        "lapor_form",
        "security_scam",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
No HP        : [[p:{hp1}]]
Isi Laporan  : Saya ditelpon nomor [[p:{hp2}]] yang mengaku namanya [[n:{n2}]] dari koperasi simpan pinjam, bilang saya punya utang Rp 4 juta. Saya tidak pernah pinjam.
""",
    ),
    T(
        "lapor_form",
        "community_event",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : Forum Warga Peduli {KEL}
No. HP       : {owa} (sekretariat forum)
Email        : forumwarga.peduli@gmail.com
Isi Laporan  : Lapangan bola kelurahan dipakai parkir truk proyek sejak {tgl}. Anak-anak tidak bisa main.
""",
    ),
    T(
        "lapor_form",
        "water_power",
        """
LAPOR! - Formulir Pengaduan
Nama  : [[n:{n1}]]
Email : [[e:{emx1}]]
HP    : [[p:{hp1}]]
Laporan: Sampah di TPS samping {school} tidak diangkut 2 minggu. Bau sampai ke rumah.
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
FORMULIR PENGADUAN (hasil scan)
NAMA   : [[n:{N1}]]
NlK    : [[nik:{niko1}]]
NO HP  : [[p:{hpo1}]]
ALAMAT : [[a:{ADR1}]]
PERIHAL: DATA DI KTP TIDAK SAMA DENGAN KK
""",
    ),
    T(
        "lapor_form",
        "water_power",
        """
LAPOR! - Tindak Lanjut Instansi
Tiket {tiket}
Perumda Air Minum Tirta Lontar: Laporan Saudara telah kami teruskan ke UPT distribusi wilayah {kec}. Untuk konfirmasi hubungi {otel} atau WA {owa}. Terima kasih.
""",
    ),
    T(
        "lapor_form",
        "social_aid",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
No HP        : - (HP hilang)
HP suami     : [[p:{hp2}]] (Bapak [[n:{g2}]])
Isi Laporan  : Nama saya keluar dari daftar PKH tanpa pemberitahuan.
""",
        F=(1,),
    ),
    T(
        "lapor_form",
        "water_power",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
Kontak yang dapat dihubungi: Ketua RT {rtn}, Bpk. [[n:{n2}]], [[p:{hp2}]]
Isi Laporan  : Jalan di depan gereja berlubang besar, sudah 3 motor jatuh.
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
From: LAPOR! <noreply@lapor.go.id>
Subject: Status laporan {tiket}
Laporan Anda telah didisposisikan ke Disdukcapil Kota Kupang (dukcapil@kupangkota.go.id, telp {otel}). Batas waktu tindak lanjut 5 hari kerja.
""",
    ),
    T(
        "lapor_form",
        "health",
        """
Formulir Pengaduan Layanan Kesehatan
Nama pasien  : [[n:{n1}]]
NIK          : [[nik:{nik1}]]
No. KK       : [[kk:{kk1}]]
No. BPJS/KIS : [[bpjs:{bpjs1}]]
HP keluarga  : [[p:{hp2}]] ([[n:{n2}]])
Keluhan      : Obat tidak tersedia di apotek puskesmas, disuruh beli di luar.
""",
        fam={2: 1},
    ),
    T(
        "lapor_form",
        "jobs_trade",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]] (pemilik {kios})
HP pemilik   : [[p:{hp1}]]
Telp usaha   : {biz}
Isi Laporan  : Retribusi kebersihan ditagih dua kali bulan ini.
""",
    ),
    T(
        "lapor_form",
        "jobs_trade",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : Dirahasiakan
No. HP       : (disembunyikan)
Isi Laporan  : Travel {travel} telp {biz} sonde angkat, uang DP Rp 200.000 belum dikembalikan. Kantor travel di {jlno} sudah tutup.
""",
    ),
    T(
        "lapor_form",
        "social_aid",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
No HP        : [[p:{hp1}]]
Isi Laporan  : Mohon pengembalian dana pendaftaran ke rekening {bank1} [[b:{rek1}]] a.n. [[n:{n1}]].
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
No HP        : [[p:{hp1}]]
Isi Laporan  : Petugas loket atas nama [[n:{n2}]] minta uang Rp 100.000 untuk percepat akta. Nomor WA petugas tersebut [[p:{hp2}]].
""",
    ),
    T(
        "lapor_form",
        "community_event",
        """
REKAP KANAL PENGADUAN - {thn}
SMS 1708: 112 laporan
WA {owa}: 41 laporan
Telepon {otel}: 3 laporan
Email pengaduan@kupangkota.go.id: 6 laporan
lapor.go.id: 87 laporan
""",
    ),
    T(
        "lapor_form",
        "housing_rental",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
Alamat       : [[a:{adr1}]]
Telp rumah   : [[p:{tr1}]]
Isi Laporan  : Tetangga buka bengkel las di depan rumah sampai jam 11 malam. Bengkel las milik Bapak [[n:{n2}]] di rumahnya, [[a:{ad2}]].
""",
    ),
]

# ---- call_note: call notes and logs of the complaint desk
TEMPLATES += [
    T(
        "call_note",
        "water_power",
        """
LOG TELEPON 1708 - {tgl}
Jam | Penelepon | Nomor | Isi
{hm1} | [[n:{n1}]] | [[p:{hp1}]] | air PDAM mati 5 hari
{hm2} | penelepon tidak sebut nama | [[p:{hp2}]] | lampu jalan mati
{hm3} | UD Laut Timor | {biz} | tanya izin usaha
{hm4} | [[n:{n3}]] | [[p:{hp3}]] | sampah tidak diangkut
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
Petugas: Selamat pagi, Unit Pengaduan Kasih dengan [[n:{g1}]], ada yang bisa dibantu?
Penelepon: Pagi mbak, saya mau tanya KTP saya belum jadi.
Petugas: Atas nama siapa Bapak?
Penelepon: [[n:{n2}]].
Petugas: NIK Bapak?
Penelepon: [[nik:{nik2}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp2}]].
Petugas: Baik, kami teruskan ke Dukcapil.
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "call_note",
        "jobs_trade",
        """
LOG TELEPON MASUK - {tgl}
{hm1} | Kurir JNE | {biz} | tanya alamat kantor
{hm2} | Terminal Oebobo | {otel} | laporan bus tidak masuk terminal
{hm3} | Komite PAUD {kel} | {owa} | undangan rapat
{hm4} | Bus Tiara Mas | {biz2} | izin trayek
""",
    ),
    T(
        "call_note",
        "health",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{tr1}]], telp rumah) mengeluh antrian BPJS di Puskesmas {pusk} mulai jam 5 pagi. Diteruskan ke Dinkes {otel}.
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
{hm1} Penelepon anonim dari [[p:{hp1}]] menanyakan syarat pindah domisili dari Kab. Kupang ke Kota. Dijelaskan syarat SKPWNI. Tidak ada tindak lanjut.
""",
    ),
    T(
        "call_note",
        "security_scam",
        """
CATATAN PENGADUAN {tgl} {hm1}
Penelepon (tidak sebut nama, nomor disembunyikan) melaporkan menerima SMS dari {scam} berisi link undian.
Petugas: bukan nomor kami. Nomor kami {otel} dan WA {owa}.
Disarankan blokir dan lapor ke patrolisiber@polri.go.id.
""",
    ),
    T(
        "call_note",
        "social_aid",
        """
Petugas: Nomor KK Ibu?
Penelepon: [[kk:{kk1}]].
Petugas: Atas nama kepala keluarga?
Penelepon: [[n:{n2}]], suami saya.
Petugas: Nomor HP Ibu yang aktif?
Penelepon: [[p:{hp1}]].
""",
        F=(1,),
        M=(2,),
        fam={1: 2},
    ),
    T(
        "call_note",
        "water_power",
        """
Follow up {tgl}: hubungi kembali Ibu [[n:{n1}]] di [[p:{hp1}]] setelah jam 4 sore (rumah di [[a:{adr1}]]). Dinas PUPR sudah dihubungi di {otel} (bidang SDA), janji turun lapangan Kamis.
""",
    ),
    T(
        "call_note",
        "community_event",
        """
REKAP HARIAN KANAL PENGADUAN
Telepon 1708: 23
WA {owa}: 41
Email pengaduan@kupangkota.go.id: 6
Datang langsung: 4
Petugas jaga: shift pagi {hm1}-{hm2}
""",
    ),
    T(
        "call_note",
        "housing_rental",
        """
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: Alamat Bapak?
Penelepon: [[a:{adr1}]], Kelurahan {kel}.
Petugas: Apa keluhannya?
Penelepon: Tetangga bangun rumah tutup saluran air, kalau hujan air masuk rumah saya.
""",
        M=(1,),
    ),
    T(
        "call_note",
        "social_aid",
        """
{hm1} - Penelepon [[n:{n1}]] lapor bantuan sembako tidak sampai ke neneknya. Minta dihubungi lewat nomor tetangga karena HP rusak: Mama [[n:{g2}]] [[p:{hp2}]].
""",
    ),
    T(
        "call_note",
        "water_power",
        """
Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: ID pelanggan PLN juga?
Penelepon: {idpel}.
Petugas: Baik, kami cek dulu. Tiket {tiket}.
Catatan {hm1}: penelepon tidak sebut nama, nomor disembunyikan.
""",
    ),
    T(
        "call_note",
        "health",
        """
{hm1} penelepon [[n:{lg1}]] (tdk sebut marga) tanya jadwal vaksin anak di puskesmas. Diarahkan ke Puskesmas {pusk} {otel}.
""",
        F=(1,),
    ),
    T(
        "call_note",
        "water_power",
        """
LOG KOORDINASI - {tgl}
Jam | Nama | Instansi | Nomor
{hm1} | [[n:{n1}]] | Dinas PUPR | [[p:{hp1}]]
{hm2} | [[n:{n2}]] | PDAM | [[p:{hp2}]]
{hm3} | Seksi Drainase | Dinas PUPR | {otel}
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
Petugas: Silakan ke {otel} untuk urusan akta, itu nomor Dukcapil bagian pencatatan sipil.
Penelepon: Sudah pak, tapi sonde ada yang angkat.
Petugas: Kalau begitu WA {owa} saja, atau datang langsung jam 08.00-14.00.
Koordinasi lewat {otel2}.
""",
    ),
    T(
        "call_note",
        "security_scam",
        """
Penelepon lapor: ada yang telpon pakai nomor [[p:{hp2}]], kenalkan diri sebagai [[n:{n2}]] dari koperasi, minta uang jaminan pinjaman. Penelepon [[n:{n1}]] ([[p:{hp1}]]) sudah transfer Rp 500.000.
""",
    ),
    T(
        "call_note",
        "health",
        """
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjs1}]].
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: Kartu aktif, faskes Puskesmas {pusk}.
""",
    ),
    T(
        "call_note",
        "security_scam",
        """
Catatan: penelepon melapor pemadaman listrik di {jl}. Diarahkan ke PLN 123. UGD 24 JAM RSUD: {otel}. Damkar: 113 / {otel2}. Tidak ada data pelapor.
""",
    ),
    T(
        "call_note",
        "security_scam",
        """
Kronologi (catatan petugas): tabrakan motor di {jl} jam {hm1}. Saksi mata ojek pangkalan, [[n:{n2}]] ([[p:{hp2}]]). Korban dibawa ke RS Bhayangkara. Motor korban [[pl:{pl1}]].
""",
        M=(2,),
    ),
    T(
        "call_note",
        "civil_registry",
        """
Petugas: Nomor yang bisa kami hubungi?
Pelapor: Nomor kami [[p:{hp1}]], atas nama [[n:{n1}]].
Petugas: Baik Bapak, laporan dicatat dengan tiket {tiket}.
""",
        M=(1,),
    ),
    T(
        "call_note",
        "social_aid",
        """
{hm1} Penelepon [[n:{n1}]] keluhkan bantuan PKH tertahan. Sudah hubungi pendamping PKH kelurahan, Sdri. [[n:{n2}]], tapi tidak angkat. Nomor pendamping [[p:{hp2}]]. TKSK kecamatan: {owa}.
""",
    ),
    T(
        "call_note",
        "community_event",
        """
Agen: Terima kasih sudah menghubungi Call Center 1708. Untuk pertanyaan lain WA {owa} atau email pengaduan@kupangkota.go.id. Nomor tiket Bapak/Ibu {tiket}.
Penelepon: (tidak sebut nama)
Durasi: 04:12
""",
    ),
    T(
        "call_note",
        "water_power",
        """
{hm1} | [[n:{N1}]] | [[p:{hp1}]] | air keruh, minta dicek
{hm2} | [[n:{N2}]] | [[p:{hp2}]] | meteran rusak
{hm3} | Komite Sekolah {school} | {owa} | tanya tangki air sekolah
{hm4} | penelepon tidak sebut nama | [[p:{hp3}]] | pipa bocor depan gereja
""",
    ),
]

# ---- kupang_malay: chats and messages in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "community_event",
        """
{dt1} [[n:{n1}]]: Kaka, beta pung nomor baru [[p:{hp1}]], simpan e. Yang lama su rusak
{dt2} [[n:{n2}]]: Oke ade, su simpan
{dt3} [[n:{n1}]]: Makasih kaka 🙏
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Ini Pustu pung nomor {owa}, kalo mau tanya jadwal imunisasi. Disperindag pung nomor {otel} ju ada, ma beta telpon {otel2} juga sonde angkat dari kemarin.
""",
    ),
    T(
        "kupang_malay",
        "community_event",
        """
{dt1} [[n:{n1}]]: Beta pung anak dong tinggal di Oebobo, dong pung nomor [[p:{hp2}]]. Kalo ada apa-apa telpon sa dong
{dt2} [[n:{n3}]]: Siap tanta
""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "jobs_trade",
        """
Kalo mau beli semen murah, UD Berkat Timor, dong pung nomor {biz}. Ma kalo yg {biz2} itu nomor bengkel, bukan toko bangunan.
""",
    ),
    T(
        "kupang_malay",
        "water_power",
        """
Selamat sore admin, air di beta pung rumah sonde jalan su satu minggu. Tolong kasi tau PDAM. Sa [[n:{g1}]], [[a:{rt1}]] Kel. {kel}.
""",
    ),
    T(
        "kupang_malay",
        "water_power",
        """
{dt1} [[n:{n1}]]: Tanta [[n:{g2}]], ada yang jual air tangki ko?
{dt2} [[n:{n2}]]: Om [[n:{g3}]] ada tangki, nomornya [[p:{hp3}]]. Bilang sa beta yang kasi nomor
{dt3} [[n:{n1}]]: Makasih tanta
""",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "security_scam",
        """
Dong bilang kalo ada pungli lapor lewat WA {owa} atau SMS 1708. Atau WA Saber Pungli {owa2}. Jang takut, nama pelapor dirahasiakan.
""",
    ),
    T(
        "kupang_malay",
        "security_scam",
        """
Nomor {scam} ngaku anak kos sa, minta pulsa. Beta sonde percaya. Kalo mau cek, ini beta pung nomor asli [[p:{hp1}]] - [[n:{g1}]]
""",
    ),
    T(
        "kupang_malay",
        "jobs_trade",
        """
Kaka, bayar kue lewat OVO [[p:{hp1}]] sa, yang punya nama [[n:{n1}]]. Tu beta pung ade.
""",
        fam={},
    ),
    T(
        "kupang_malay",
        "security_scam",
        """
Nomor {scam} tu bilang dia dari Bapenda, suru bayar PBB lewat dia pung rekening. Nomor {scam2} ju, ngaku admin Kemensos. Jang layani e bapa mama.
""",
    ),
    T(
        "kupang_malay",
        "community_event",
        """
{dt1} [[n:{n1}]]: Ade, Mama pung nomor [[p:{hp2}]]. Beta pung HP mati, telpon Mama sa
{dt2} [[n:{n3}]]: Oke kaka
""",
        F=(2,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "jobs_trade",
        """
Kalo mau daftar kerja di toko, kirim ke email ade pung [[e:{emx1}]] sa, nanti dia bantu kasi masuk. Ade pung nama [[n:{n1}]].
""",
    ),
    T(
        "kupang_malay",
        "jobs_trade",
        """
Motor sa mogok di Oebobo. Beta telpon bengkel pung nomor {biz}, dong bilang penuh. Kalo yg {biz2} itu nomor bengkel di Oesapa, jauh. Ada yang tau bengkel lain ko?
""",
    ),
    T(
        "kupang_malay",
        "jobs_trade",
        """
Om [[n:{g1}]] ojek pangkalan di Kuanino, nomor [[p:{hp1}]]. Dia biasa antar anak sekolah. Kalo pangkalan ojek depan Pasar {pasar} tu nomor {biz}, ma itu sonde tentu ada yang angkat.
""",
    ),
    T(
        "kupang_malay",
        "housing_rental",
        """
Kaka, beta su pindah. Sekarang beta tinggal di [[a:{adr1}]], dekat kios. Kalo mau datang, telpon dolo [[p:{hp1}]] e.
""",
    ),
    T(
        "kupang_malay",
        "security_scam",
        """
Bank pung nomor resmi {otel}, bukan yg lain. Kemarin ada yg mengaku dari Bank NTT lewat {scam}, suru sebut kode OTP. Beta sonde kasi.
""",
    ),
    T(
        "kupang_malay",
        "housing_rental",
        """
Kalo mau sewa kamar, hub [[p:{hp1}]] ([[n:{G1}]]). Kamar di rumah, sonde ada kos pung nama.
""",
    ),
    T(
        "kupang_malay",
        "community_event",
        """
{dt1} [[n:{n1}]]: Om [[n:{g2}]] [[p:{hp2}]], dia tukang bangunan. Bilang beta yang kasi nomor
{dt2} [[n:{n3}]]: Makasih kaka
""",
        M=(2,),
        fam={},
    ),
    T(
        "kupang_malay",
        "water_power",
        """
Laporan sampah bisa ke WA {owak}, dong bilang begitu. Beta su kirim foto dari tadi pagi jam 06.30, ma belum ada balasan. Retribusi sampah RT 19 su bayar sampai Desember, Rp 10.000 per bulan.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
{dt1} [[n:{n3}]]: Kaka, tolong isi data bantuan. Bapa pung NIK [[nik:{nik2}]], mama pung [[nik:{nik1}]], KK [[kk:{kk2}]]
{dt2} [[n:{n4}]]: Oke ade, nanti beta kasi masuk
""",
        F=(1,),
        M=(2,),
        fam={1: 2, 3: 2},
    ),
    T(
        "kupang_malay",
        "security_scam",
        """
Beta pung motor [[pl:{pl1}]] ditahan di Polsek gara-gara sonde ada STNK. Beta [[n:{n1}]], nomor [[p:{hp1}]]. Sapa yang bisa bantu urus?
""",
    ),
    T(
        "kupang_malay",
        "housing_rental",
        """
{dt1} [[n:{n1}]]: Ibu kos [[n:{g2}]] pung nomor [[p:{hp2}]], kaka. Tanya sa langsung kamar kosong ko sonde
{dt2} [[n:{n3}]]: Oke makasih
""",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "water_power",
        """
Kaka, PLN pung nomor 123 sa, ato WA {owa}. Kalo PDAM, call center {otel}. Beta su telpon dua-dua, sonde ada yg angkat. Token beta ID pel {idpel}, su isi ma sonde masuk.
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Sa [[n:{g1}]], dari Fontein. Beta pung mama sonde dapat BLT lagi. Tolong bantu cek. Mama pung nama [[n:{n2}]], NIK [[nik:{nik2}]]. Nomor sa [[p:{hp1}]].
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "security_scam",
        """
Ada nomor {scam} WA beta, ngaku ade sepupu, bilang dia kecelakaan di Atambua, minta kirim uang ke DANA {scam2}. Itu tipu-tipu to? Beta telpon ade pung nomor yang beta simpan, dia aman-aman sa.
""",
    ),
]

# ---- added after the first reading: NPWPs, mailboxes and rentals beside bodies' numbers
TEMPLATES += [
    T(
        "lapor_form",
        "jobs_trade",
        """
FORMULIR PENDAFTARAN UMKM BINAAN DISPERINDAG KOTA KUPANG
Nama Pemilik   : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
NPWP           : [[npwp:{npwpn1}]]
HP Pemilik     : [[p:{hp1}]]
Alamat Pemilik : [[a:{ADR1}]]
Nama Usaha     : {KIOS}
Alamat Usaha   : {JLNO}
Telp Usaha     : {biz}
""",
    ),
    T(
        "notice_board",
        "health",
        """
PENGUMUMAN PUSKESMAS {PUSK}
Untuk pencairan insentif kader triwulan I {thn}, bendahara minta NPWP semua kader. Yang sudah kirim:
- [[n:{n1}]] - [[npwp:{npwpn1}]]
- [[n:{n2}]] - [[npwp:{npwpd2}]]
- [[n:{n3}]] - belum punya, NIK [[nik:{nik3}]]
Kirim ke WA bendahara puskesmas {owa}. NPWP puskesmas (untuk potong pajak) {npwpx}.
""",
        F=(1, 2, 3),
    ),
    T(
        "kupang_malay",
        "jobs_trade",
        """
Kaka, beta pung NPWP yang lama [[npwp:{npwpd1}]], ma dong bilang sekarang pake NIK sa, [[npwp:{npwpn1}]]. Jadi yang beta isi di form kios yang mana? Kios pung NPWP sonde ada, usaha kecil sa.
""",
    ),
    T(
        "wa_broadcast",
        "jobs_trade",
        """
{dt1} Bendahara Komite: Bapa mama guru honor, tolong kirim NPWP untuk potong PPh honor bulan ini.
{dt2} [[n:{n1}]]: Ini punya sy [[npwp:{npwpn1}]]
{dt3} [[n:{n2}]]: NPWP sy [[npwp:{npwpd2}]] ibu
{dt4} Bendahara Komite: Terima kasih. NPWP sekolah untuk bukti potong {npwpx}.
""",
    ),
    T(
        "contact_roster",
        "jobs_trade",
        """
DAFTAR PEDAGANG KIOS PASAR {PASAR} - BLOK C
Nama Pedagang | NIK | NPWP | HP
[[n:{N1}]] | [[nik:{nik1}]] | [[npwp:{npwpn1}]] | [[p:{hp1}]]
[[n:{N2}]] | [[nik:{nik2}]] | - | [[p:{hp2}]]
{KOP} | - | {npwpx} | {owa}
Pengelola pasar (UPTD): {otel}
""",
    ),
    T(
        "call_note",
        "jobs_trade",
        """
Petugas: NPWP Bapak?
Penelepon: Yang baru katanya sama dengan NIK, [[npwp:{npwpn1}]].
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: Nomor HP?
Penelepon: [[p:{hp1}]].
""",
        M=(1,),
    ),
    T(
        "poster_ocr",
        "jobs_trade",
        """
TOKO BANGUNAN "SUMBER MAKMUR OEBUFU"
{JL}
NPWP : {npwpx}
Telp/WA : {bizo}
NOTA No. {num}{num2}
""",
        U=True,
    ),
    T(
        "social_post",
        "jobs_trade",
        """
KPP Pratama Kupang
{ago}
Mulai {thn} NIK berfungsi sebagai NPWP. Cek di pajak.go.id. Pertanyaan: Kring Pajak 1500200 atau WA {owa}.

Komentar
[[n:{l1}]]: NITKU saya [[npwp:{npwpt1}]], itu sudah benar ko kak?
KPP Pratama Kupang: Sudah sesuai kak, silakan cek di coretax
{handle}: NPWP badan juga ganti ko min?
""",
    ),
    T(
        "lapor_form",
        "jobs_trade",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
NPWP pribadi : [[npwp:{npwpd1}]]
No HP        : [[p:{hp1}]]
Email        : [[e:{em1}]]
Isi Laporan  : Honor tukang proyek saluran di {jl} dipotong PPh padahal NPWP pribadi sy sudah dilampirkan. Kontraktor CV Timor Sejahtera, NPWP {npwpx}, telp {biz}.
""",
    ),
    T(
        "contact_roster",
        "community_event",
        """
SEKSI DOKUMENTASI PANITIA PASKAH GMIT {CHURCH}
Kirim foto dan video ke email panitia paskah.{churchm}@gmail.com atau langsung ke koordinator:
- [[n:{n1}]] [[e:{em1}]] / [[p:{hp1}]]
- [[n:{n2}]] [[e:{emx2}]] / [[p:{hp2}]]
Info panitia: {owa}
""",
    ),
    T(
        "notice_board",
        "community_event",
        """
TIM PENGGERAK PKK KELURAHAN {KEL}
Lomba masak jagung bose antar dasawisma, {hari} jam 09.00 di halaman kantor lurah.
Formulir dikirim ke email pkk.kel{kelm}@gmail.com paling lambat {tgl}.
Info: Sekretaris PKK Ibu [[n:{n1}]], [[p:{hp1}]] / [[e:{em1}]].
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
{hm1} Penelepon [[n:{n1}]] minta salinan akta anak dikirim lewat email. Email pelapor: [[e:{emx1}]]. Email dinas Dukcapil untuk balasan: dukcapil@kupangkota.go.id. Tiket {tiket}.
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
Email        : [[e:{emk1}]] (email dinas saya)
No HP        : [[p:{hp1}]]
Isi Laporan  : Sebagai guru honor saya belum terima SK perpanjangan. Operator sekolah bilang hubungi {owa}, tapi nomor itu sudah tidak aktif.
""",
    ),
    T(
        "social_post",
        "jobs_trade",
        """
{KIOS}
{ago}
LOWONGAN: dibutuhkan 2 pramuniaga. Kirim lamaran ke rekrut.tokokupang@gmail.com atau antar langsung ke toko, {jlno}. Info HRD {biz}.

Komentar
{handle2}: masih buka ko kak?
{KIOS}: masih kak sampai {tgl}
""",
    ),
    T(
        "number_change",
        "civil_registry",
        """
Yth. bapak/ibu pengurus RT, saya [[n:{n1}]], operator data kelurahan. Email kerja saya ganti ke [[e:{emx1}]]; email lama [[e:{emp2}]] milik staf sebelumnya ([[n:{n2}]]) tolong jangan dipakai lagi. Email resmi kelurahan tetap kel.{kelm}@kupangkota.go.id.
""",
    ),
    T(
        "lapor_form",
        "housing_rental",
        """
LAPOR! - Formulir Pengaduan
Nama Pelapor : [[n:{n1}]]
No HP        : [[p:{hp1}]]
Isi Laporan  : Saya anak kos di [[a:{ad2}]] (kos milik Ibu [[n:{n2}]]). Sudah 2 minggu tidak ada air, ibu kos bilang PDAM yang salah. PDAM bilang no samb {samb} tidak ada gangguan.
""",
    ),
    T(
        "kupang_malay",
        "housing_rental",
        """
{dt1} [[n:{n1}]]: Kaka, kamar di rumah Bapa [[n:{g2}]] masih ada ko? Yang di [[a:{ad2}]] tu
{dt2} [[n:{n3}]]: Masih kaka, telpon Bapa sa [[p:{hp2}]]
{dt3} [[n:{n1}]]: Oke makasih. Kos {kos} pung nomor {biz} sonde angkat
""",
    ),
    T(
        "social_post",
        "housing_rental",
        """
Info Kos Kupang
{ago}
Dicari kos putri dekat Poltekkes, max 700rb.

Komentar
Kos {kos} Liliba: ada kak, WA {biz}
{laundry}: kami antar jemput kak 😊
{handle}: coba cek di grup sebelah kak
Kos {kos2} Oebufu: Di kami juga ada kak, {biz2}
""",
    ),
    T(
        "wa_broadcast",
        "housing_rental",
        """
*DISEWAKAN*
Rumah type 45 di [[a:{ad1}]], 3 kamar, carport, air sumur bor.
Rp 20 jt/thn, nego.
Hub pemilik [[n:{n1}]] [[p:{hp1}]] (bukan makelar)
""",
    ),
    T(
        "notice_board",
        "housing_rental",
        """
PEMBERITAHUAN RT {rtn}
Bagi pemilik rumah kos dan kontrakan, wajib melaporkan penghuni baru ke Ketua RT paling lambat 1x24 jam (bawa fotokopi KTP penghuni).
Buku register penduduk pendatang ada di sekretariat RT.
Info sekretariat RT: {owa}. Babinsa: {owa2}. Pos polisi: {otel}.
""",
    ),
]

# ---- added after the second reading: home lines, JKN cards and family cards beside offices' lines
TEMPLATES += [
    T(
        "contact_roster",
        "health",
        """
DAFTAR LANSIA PENERIMA PBI JK - RT {rtn} KEL. {KEL}
No | Nama | NIK | No. Kartu KIS | Telp/HP keluarga
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[bpjs:{bpjs1}]] | [[p:{tr1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[bpjs:{bpjs2}]] | [[p:{hp2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[bpjs:{bpjs3}]] | -
Puskesmas {pusk} (pemegang program lansia): {otel}
""",
        E=(1, 2, 3),
    ),
    T(
        "number_change",
        "community_event",
        """
Pemberitahuan untuk keluarga besar: telepon rumah kami di Naikoten sudah ganti. Nomor lama [[p:{tq1}]] dicabut, nomor baru [[p:{tr1}]]. HP Bapa tetap [[p:{hp1}]].
- [[n:{n1}]] sekeluarga
""",
        M=(1,),
    ),
    T(
        "wa_broadcast",
        "health",
        """
Info dari grup lansia: kalau mau daftar senam lansia hari Jumat, hubungi Ibu [[n:{n1}]] (telp. [[p:{tr1}]]) atau Oma [[n:{g2}]] [[p:{hp2}]]. Tempat di halaman Puskesmas {pusk}, telp puskesmas {otel}.
""",
    ),
    T(
        "call_note",
        "social_aid",
        """
Petugas: Nomor KK Bapak?
Penelepon: [[kk:{kk1}]].
Petugas: NIK anak yang mau didaftarkan?
Penelepon: [[nik:{nik2}]].
Petugas: Nomor telepon rumah atau HP?
Penelepon: Telepon rumah [[p:{tr1}]], HP [[p:{hp1}]].
""",
        M=(1,),
        Y=(2,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "health",
        """
Tanta, Oma pung kartu KIS nomor [[bpjs:{bpjs2}]] tu su sonde aktif ko? Tadi di puskesmas dong bilang harus bayar. Telpon rumah sa [[p:{tr1}]] kalo su ada info.
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
Formulir Pengaduan Adminduk
Nama           : [[n:{n1}]]
No. KK         : [[kk:{kks1}]]
No. rumah      : [[p:{tr1}]]
HP             : [[p:{hp1}]]
Isi            : Nama anak di KK salah tulis. Sudah ke Dukcapil {otel} tapi disuruh kembali ke kelurahan.
""",
    ),
    T(
        "social_post",
        "health",
        """
Ombudsman NTT
{ago}
Pengaduan layanan kesehatan bisa disampaikan ke Ombudsman RI Perwakilan NTT: telp {otel}, WA {owa}, email pengaduan.ntt@ombudsman.go.id. Layanan tidak dipungut biaya.

Komentar
{handle}: kalau kartu KIS ditolak di RS lapor ke sini ko min?
Ombudsman NTT: Bisa kak, sertakan nomor kartu dan kronologi
""",
    ),
    T(
        "contact_roster",
        "water_power",
        """
DAFTAR PELANGGAN TANGKI AIR RW {rwn}
Nama | Telp | Keterangan
[[n:{n1}]] | [[p:{tr1}]] | 2 tangki/minggu
[[n:{n2}]] | [[p:{hp2}]] | 1 tangki/minggu
Gereja {church} | {otel} | tiap Sabtu
{school} | {otel2} | dibayar komite
""",
    ),
]

# ---- added after the third reading: a PDF's narrow columns break numbers and mailboxes
TEMPLATES += [
    T(
        "contact_roster",
        "social_aid",
        """
DAFTAR KONTAK KPM PKH - KEL. {KEL} (salinan dari PDF)
No Nama HP Email
1 [[n:{N1}]] [[p:{hpn1}]] -
2 [[n:{N2}]] [[p:{hp2}]] [[e:{emn2}]]
3 [[n:{N3}]] [[p:{hpn3}]] -
Pendamping: {owa} | Dinsos: {otel}
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
Formulir Pengaduan (teks dari PDF)
Nama Pelapor : [[n:{N1}]]
No. HP : [[p:{hpn1}]]
Email : [[e:{emn1}]]
Pengaduan : Akta kelahiran anak belum terbit sejak {tgl}. Layanan Dukcapil {otel} tidak menjawab.
""",
    ),
]


if __name__ == "__main__":
    main()
