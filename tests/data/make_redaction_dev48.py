# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev48.jsonl: whose mailbox, phone and NPWP is it, in e-mail.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{emp1}``, ``{hp1}``, ``{npwp1}``, ``{cvbox}``), each filled three times with invented values;
span offsets are computed from the markers. Run ``python3 tests/data/make_redaction_dev48.py``
(stdlib only, deterministic); ``--review`` also prints every unlabelled run of digits and every
unlabelled ``@`` token with the forty characters before it.
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

SEED = 48_2026_1207
OUT = Path(__file__).with_name("redaction_dev48.jsonl")

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
    "citizen_email",
    "official_reply",
    "forward_chain",
    "auto_reply",
    "form_notification",
    "newsletter_list",
    "bounce_notice",
    "scanned_printout",
    "spoken_chat",
    "application_email",
)
# styles whose names a scanner read: a digit for a letter and a line break inside a name
SCANNED = {"scanned_printout"}
THEMES = (
    "civil_registry",
    "social_aid",
    "health",
    "education",
    "utilities_city",
    "tax_business",
    "jobs",
    "scam_warning",
    "church_community",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "email": 200,
    "name": 350,
    "phone": 120,
    "npwp": 30,
    "themes": 9,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "tn", "dr", "drs", "pdt", "pnt",
    "dkn", "ev", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa",
    "nona", "kak", "kaka", "ade", "yth", "saudara", "saudari", "ketua", "kepala", "petugas",
    "staf", "admin", "bendahara", "alm", "almh", "ttd", "salam", "dari", "hormat", "atas",
    "anak", "istri", "suami", "nama", "pelapor", "penelepon", "pemohon", "pelamar", "an", "sy",
    "saya", "beta", "kami", "from", "to", "cc", "dear", "mr", "mrs", "ms", "hj", "ir", "prof",
    "sr", "rm", "ustadz", "kader", "pendamping", "operator", "kasubag", "kabid", "sekretaris",
    "re", "fwd", "fw", "pengirim", "penerima", "wp", "npwp", "nik", "email", "hp", "wa", "telp",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev48)

GIVEN_M = (
    "Yoris", "Marthen", "Yakobus", "Ebenhaezer", "Semuel", "Frengki", "Kornelis", "Melkianus",
    "Dominggus", "Jermias", "Obed", "Isak", "Elias", "Yulius", "Zakarias", "Simson", "Aser",
    "Welem", "Imanuel", "Oktovianus", "Roni", "Edwin", "Gilbert", "Yandri", "Alfons",
    "Stefanus", "Hendrikus", "Yeskiel", "Nikson", "Rikardus", "Arnoldus", "Ferdinandus",
    "Sebastianus", "Gabriel", "Yosua", "Viktor", "Mikhael", "Ardi", "Jhon", "Frits", "Yoel",
    "Adrianus", "Godlief", "Nathanael", "Benediktus", "Lorens", "Apolos", "Ruben", "Hironimus",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Adriana", "Selfina", "Marlin", "Ance", "Yanti", "Novi", "Sarlota", "Debora",
    "Erlin", "Jein", "Mersi", "Lidia", "Agustina", "Delfi", "Priska", "Elsye", "Serli", "Nelci",
    "Orpa", "Yunita", "Getrudis", "Magdalena", "Wilhelmina", "Dorkas", "Febiola", "Christin",
    "Ivon", "Santi", "Oktovina", "Falentina", "Yasinta", "Imelda", "Kristina", "Margaretha",
    "Fransiska", "Regina", "Anjelina", "Stevani", "Meilani", "Yosefina", "Ludia", "Ruth",
    "Naomi", "Welmince", "Herlina", "Paulina", "Rince", "Sofia",
)  # fmt: skip
# family names by where they come from, with the regencies whose NIKs they may carry
FAMILY = {
    "timor": (("5301", "5302", "5303"), (
        "Nubatonis", "Sanam", "Nitbani", "Taneo", "Tamonob", "Nomleni", "Tafuli", "Tlonaen",
        "Nenabu", "Kolloh", "Liufeto", "Amnifu", "Asbanu", "Faot", "Nuban", "Teflopo", "Sakan",
        "Banoet", "Oenunu", "Kolianan",
    )),
    "rote": (("5314",), (
        "Pello", "Lenggu", "Feoh", "Haning", "Henukh", "Manuain", "Nalle", "Sinlae", "Tungga",
        "Ndolu", "Kiuk", "Bullu", "Toelle", "Ndaomanu", "Mbatu", "Ndoeloe", "Pandie",
    )),
    "sabu": (("5320",), (
        "Ludji", "Rohi", "Djami", "Tede", "Wadu", "Dimu", "Lado", "Huki", "Dimu Heo",
        "Ratu Edo", "Tari Hede", "Wila Huki", "Djo Lado", "Kana Hau",
    )),
    "flores": (("5306", "5307", "5308", "5313", "5309"), (
        "Fernandez", "Parera", "Kewa", "Lewar", "Openg", "Hurint", "Koten", "Sogen", "Maran",
        "Lamanepa", "Wuwur", "Wutun", "Dasilva", "Meko", "Nuwa", "Rewo", "Ladjar", "Kabelen",
        "Lamabelawa", "Tokan",
    )),
    "sumba": (("5311", "5312", "5318"), (
        "Praing", "Hunggu", "Kaborang", "Ndapamuri", "Lunggi", "Tarap", "Njurumana",
    )),
    "alor": (("5305",), (
        "Blegur", "Tanglaa", "Laukae", "Mautuka", "Padabang", "Djahamou", "Kamengmau", "Atamau",
        "Molebila",
    )),
    "belu": (("5304", "5321"), ("Seran", "Nahak", "Klau", "Bria", "Luan", "Taek")),
}  # fmt: skip
REGION_WEIGHTS = {
    "timor": 30,
    "rote": 20,
    "sabu": 14,
    "flores": 20,
    "sumba": 6,
    "alor": 6,
    "belu": 8,
}
# (sex, full name, given part, family part, where from)
OTHER = (
    ("M", "I Made Suardana", "I Made", "Suardana", "bali"),
    ("F", "Ni Ketut Sriasih", "Ni Ketut", "Sriasih", "bali"),
    ("M", "I Wayan Artawan", "I Wayan", "Artawan", "bali"),
    ("F", "Ni Luh Putu Ardani", "Ni Luh Putu", "Ardani", "bali"),
    ("M", "I Komang Juliarta", "I Komang", "Juliarta", "bali"),
    ("F", "Ni Nyoman Warsiki", "Ni Nyoman", "Warsiki", "bali"),
    ("M", "Syamsuddin Daeng Rani", "Syamsuddin", "Daeng Rani", "bugis"),
    ("F", "Hasnah Daeng Kebo", "Hasnah", "Daeng Kebo", "bugis"),
    ("M", "Abdul Rahman Daeng Tompo", "Abdul Rahman", "Daeng Tompo", "bugis"),
    ("F", "Rosmini Daeng Sanga", "Rosmini", "Daeng Sanga", "bugis"),
    ("M", "La Ode Mursalim", "Mursalim", "La Ode", "buton"),
    ("F", "Wa Ode Nurhayani", "Nurhayani", "Wa Ode", "buton"),
    ("M", "La Ode Hamiruddin", "Hamiruddin", "La Ode", "buton"),
    ("F", "Wa Ode Sitti Salmia", "Sitti Salmia", "Wa Ode", "buton"),
    ("M", "Bambang Sutrisno", "Bambang", "Sutrisno", "jawa"),
    ("F", "Sri Wahyuningsih", "Sri", "Wahyuningsih", "jawa"),
    ("M", "Agus Prasetyo", "Agus", "Prasetyo", "jawa"),
    ("F", "Endang Purwanti", "Endang", "Purwanti", "jawa"),
    ("M", "Joko Santoso", "Joko", "Santoso", "jawa"),
    ("F", "Dwi Lestari Handayani", "Dwi", "Lestari Handayani", "jawa"),
    ("M", "Liem Kok Tjiang", "Kok Tjiang", "Liem", "tionghoa"),
    ("F", "Tjoa Lian Nio", "Lian Nio", "Tjoa", "tionghoa"),
    ("F", "Oei Siok Hwa", "Siok Hwa", "Oei", "tionghoa"),
    ("M", "Hendrik Tanujaya", "Hendrik", "Tanujaya", "tionghoa"),
    ("F", "Lanny Gunawan", "Lanny", "Gunawan", "tionghoa"),
    ("M", "Kwee Bun Hok", "Bun Hok", "Kwee", "tionghoa"),
)
# Kota Kupang's kecamatan codes for the NIK (Alak, Maulafa, Oebobo, Kelapa Lima, Kota Raja, Kota Lama)
KOTA = ("537101", "537102", "537103", "537104", "537105", "537106")
KELURAHAN = (
    "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Oetete", "Naikoten I",
    "Bakunase", "Kuanino", "Nunleu", "Fontein", "Oeba", "Solor", "Bonipoi", "Nefonaek",
    "Pasir Panjang", "Oesapa", "Oesapa Barat", "Lasiana", "Sikumana", "Kolhua", "Penfui",
    "Naimata", "Oepura", "Belo", "Fatukoa", "Namosain", "Manulai II", "Nunbaun Sabu",
    "Nunhila", "Batuplat", "Mantasi", "Fatufeto", "Naioni", "Airmata", "Oesapa Selatan",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Jati", "Jl. Salak", "Jl. Manggis", "Jl. Kesturi", "Jl. Flamboyan", "Jl. Sirsak",
    "Jl. Anggrek", "Jl. Kakaktua", "Jl. Rajawali", "Jl. Cemara", "Jl. Kedondong",
    "Jl. Bougenvil", "Jl. Lontar", "Jl. Matani", "Jl. Batu Kadera", "Jl. Kejora",
    "Jl. Sangkar Mas", "Jl. Gunung Mutis", "Jl. Pulau Semau", "Jl. Bakti Karya",
    "Gg. Seroja", "Gg. Harapan Indah", "Gg. Nuri", "Lr. Cempaka", "Jl. Fetor Funay",
    "Jl. Kelinci Gg. 2", "Jl. Air Lobang", "Jl. Sukun Gg. Pelita",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Timor Raya", "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. Soeharto",
    "Jl. Adisucipto", "Jl. Moh. Hatta", "Jl. Sudirman", "Jl. Cak Doko", "Jl. Herewila",
    "Jl. Perintis Kemerdekaan", "Jl. Sam Ratulangi", "Jl. R.W. Monginsidi", "Jl. Urip Sumoharjo",
)  # fmt: skip
FREE_HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id",
    "yahoo.co.id", "ymail.com", "outlook.com", "hotmail.com", "rocketmail.com", "icloud.com",
)  # fmt: skip
NICKS = {
    "F": (
        "nonamanis",
        "putrisabu",
        "timorgirl",
        "mama.kue",
        "sumba.girl",
        "nona.rote",
        "bungalontar",
    ),
    "M": ("floresboy", "ojekoebufu", "cowok.rote", "anakkupang", "timorman", "sopir.kupang"),
    "": ("sasando", "lontar.kupang", "bintangtimur", "flobamora", "pantai.lasiana"),
}
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
MON_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MON_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_SHORT = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MOBILE = (
    ("0812", 14), ("0813", 16), ("0821", 10), ("0822", 10), ("0823", 8), ("0852", 14),
    ("0853", 12), ("0811", 3), ("0851", 4), ("0857", 3), ("0878", 2), ("0819", 2),
    ("0895", 2), ("0838", 2), ("0896", 2), ("0881", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0831", "0817", "0818", "0859", "0877", "0858"}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
LETTER_OCR = {"S": "5", "O": "0", "I": "1", "B": "8", "G": "6"}

# ---------------------------------------------------------------- bodies (written for dev48)

CVS = (
    "CV Lontar Mandiri", "CV Sabana Karya", "CV Tiga Putra Nekmese", "CV Fatuleu Abadi",
    "CV Karang Indah Semau", "CV Nusa Flobamor Teknik",
)  # fmt: skip
SHOPS = (
    "Toko Bangunan Cahaya Oesapa", "Apotek Sehat Kuanino", "Percetakan Flobamor Grafika",
    "Bengkel Motor Tunas Baru", "Laundry Kilat Liliba", "Depot Air Tirta Fatululi",
    "Katering Rasa Sabu", "Fotokopi Berkat Penfui", "Toko Elektronik Timur Jaya",
)  # fmt: skip
KOPS = (
    "KSP Nekmese Sejahtera", "Kopdit Tunas Lontar", "Koperasi Nelayan Teluk Kupang",
    "Koperasi Wanita Mawar Oebufu", "KSU Tani Makmur Baumata",
)  # fmt: skip
SCHOOLS = (
    ("SMPN 7 Kupang", "smpn7kupang"), ("SD Inpres Oebufu 2", "sdi.oebufu2"),
    ("SMAN 6 Kupang", "sman6kupang"), ("SMKN 3 Kupang", "smkn3.kupang"),
    ("SD GMIT Kuanino 1", "sdgmit.kuanino1"), ("SMPK St. Arnoldus Penfui", "smpk.arnoldus"),
    ("SDN Bakunase 3", "sdnbakunase3"), ("MTsN 1 Kota Kupang", "mtsn1.kotakupang"),
)  # fmt: skip
CHURCHES = (
    ("GMIT Jemaat Efata Liliba", "efata.liliba"), ("GMIT Jemaat Pniel Oesapa", "pniel.oesapa"),
    ("GMIT Jemaat Siloam Fatukoa", "siloam.fatukoa"), ("GMIT Jemaat Betlehem Oesapa Barat", "betlehem.oesapabarat"),
    ("Gereja Bethel Indonesia Oebobo", "gbi.oebobo"), ("GMIT Jemaat Maranatha Oebufu", "maranatha.oebufu"),
)  # fmt: skip
MOSQUES = (
    ("Masjid Al Ikhlas Bonipoi", "alikhlas.bonipoi"), ("Masjid Nurul Huda Oesapa", "nurulhuda.oesapa"),
    ("Masjid At Taqwa Airmata", "attaqwa.airmata"),
)  # fmt: skip
PUSK = (
    "Puskesmas Oebobo",
    "Puskesmas Bakunase",
    "Puskesmas Sikumana",
    "Puskesmas Alak",
    "Puskesmas Oesapa",
)


# ---------------------------------------------------------------- values


def slug(s: str) -> str:
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
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.base = datetime.datetime(
            self.year,
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(7, 15),
            rng.randint(0, 59),
        )
        self.gaps = [0] + [rng.choice((1, 2, 3, 4, 7, 12, 20, 35, 55)) for _ in range(12)]
        self.kel = rng.choice(KELURAHAN)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(200):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            rest = r.choice((7, 8, 8, 8))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "d", "s", "t", "i", "j", "k", "m"), (36, 16, 18, 4, 8, 8, 5, 5))[
                0
            ]
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
            "u": f"{a}_{b}_{c}",
            "p": f"(+62) {a[1:]} {b} {c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 1]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice((f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}"))

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK in one of the writings people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (74, 20, 6))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            cut = r.randint(5, 11)
            return raw[:cut] + "\n" + raw[cut:]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        """A person's NPWP: the old 15 digits, the NIK as NPWP (16), the NITKU (22)."""
        r = self.rng
        old = p["npwp15"]
        if how == "":
            how = r.choices(("d", "n", "b"), (60, 32, 8))[0]
        if how == "d":
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "b":
            return old
        if how == "n":
            return p["nikraw"]
        if how == "z":
            return "0" + old
        if how == "s":
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "t":
            return p["nikraw"] + "000000"
        if how == "o":  # as a scan reads it
            dotted = self.write_npwp(p, "d")
            pos = [k for k, ch in enumerate(dotted) if ch in "018" and k > 0]
            out = list(dotted)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
            return "".join(out)
        if how == "l":  # broken over a line
            dotted = self.write_npwp(p, "d")
            k = r.randint(4, 12)
            return dotted[:k] + "\n" + dotted[k:]
        raise KeyError(how)

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        """A person's own mailbox in the writings people, forms and scanners give it."""
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (82, 18))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice(("a", "b", "d", "h", "k", "e", "q", "t", "w"))
        parts = host.split(".")
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(parts)
        if how == "b":
            return f"{local}(at){host}"
        if how == "d":
            return f"{local} at " + " dot ".join(parts)
        if how == "h":
            return f"{local} @{host}"
        if how == "k":
            return f"{local}(keong){host}"
        if how == "e":
            return f"{local} (et) {host}"
        if how == "q":
            return f"{local}[@]{host}"
        if how == "t":
            return f"{local}@" + "(titik)".join(parts)
        if how == "w":  # the mailbox's own dots as words too
            return re.sub(r"[._]", " [dot] ", local) + " [at] " + " [dot] ".join(parts)
        if how == "s":  # read out: titik for every dot, at for the @
            spoken = re.sub(r"\.", " titik ", local).replace("_", " garis bawah ")
            return spoken + " at " + " titik ".join(parts)
        if how == "c":  # a comma typed for the host's dot
            return f"{local}@{parts[0]}," + ".".join(parts[1:])
        if how == "n":  # broken over a line
            return r.choice(
                (
                    f"{local}@\n{host}",
                    f"{local}\n@{host}",
                    f"{local}@{'.'.join(parts[:-1])}.\n{parts[-1]}",
                )
            )
        if how == "o":  # as a scanner reads a printout
            if host.startswith("gmail"):
                bad = r.choice(("gmai1.com", "grnail.com", "gmail.corn", "gmail. com"))
            else:
                bad = host.replace(".co", ". co", 1) if ".co" in host else host.replace("o", "0", 1)
            return f"{local}@{bad}"
        if how == "m":  # mistyped by a sender: a letter left out, so the mail bounced
            k = max(i for i, ch in enumerate(local) if ch.isalpha())
            cut = r.choice([i for i, ch in enumerate(local[:k]) if ch.isalpha()] or [k])
            return f"{local[:cut]}{local[cut + 1 :]}@{host}"
        if how == "z":  # the mailbox in a link's query, its @ encoded
            return f"{local}%40{host}"
        if how == "g":  # the person's own mailbox on the city's or the province's host
            return p["gov"]
        if how == "gt":  # a teacher's own account, on the level of the school the text names
            school = self.cache.get("#school1", ("", ""))[0]
            level = (
                "sd"
                if school.startswith("SD")
                else "smp"
                if school.startswith(("SMP", "MTs"))
                else "sma"
            )
            if not school:
                return p["teacher"]
            return re.sub(r"@guru\.\w+\.belajar\.id$", f"@guru.{level}.belajar.id", p["teacher"])
        raise KeyError(how)

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        fam = self.spec["fam"]
        head = self.person(fam[i]) if i in fam else None
        for _ in range(400):
            if i in self.spec["F"]:
                sex = "F"
            elif i in self.spec["M"]:
                sex = "M"
            else:
                sex = r.choice("MF")
            if head is None and r.random() < 0.16 and i not in self.spec["K"]:
                cands = [o for o in OTHER if o[0] == sex]
                _, full, given, family, origin = r.choice(cands)
                regency = ""
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                if head:
                    family, origin, regency = head["f"], head["origin"], head["district"][:4]
                else:
                    origin = r.choices(list(REGION_WEIGHTS), list(REGION_WEIGHTS.values()))[0]
                    codes, names = FAMILY[origin]
                    family = r.choice(names)
                    regency = r.choice(codes)
                full = given + " " + family
            words = {w.lower() for w in full.split()}
            if head is not None:
                words -= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        if i in self.spec["E"]:
            year = r.randint(1944, 1962)
        elif i in self.spec["Y"]:
            year = r.randint(2004, 2014)
        elif i in self.spec["A"]:
            year = r.randint(1990, 2004)
        else:
            year = r.randint(1965, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif regency and r.random() < 0.35:
            district = regency + "%02d" % r.randint(1, 12)
        else:
            district = r.choice(KOTA)
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 600)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(6, 25))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((7, 8, 9, 15, 25, 36, 45, 47, 55, 58, 66, 68, 75, 79, 86, 91, 96)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "920", "921", "922", "923")),
                )
            )
        )
        parts_g = [w for w in given.split() if w not in ("I", "Ni", "La", "Wa")]
        gl = slug(parts_g[0] if parts_g else given)
        fl = slug(family)
        yy = "%02d" % (year % 100)
        nn = str(r.randint(1, 99))
        local = r.choice(
            (
                f"{gl}.{fl}",
                f"{gl}{fl}{nn}",
                f"{gl}_{fl}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{nn}",
                f"{gl}{yy}",
                f"{gl}.{fl}{yy}",
                f"{r.choice(NICKS[sex] + NICKS[''])}{nn}",
                f"{gl}{fl[:3]}{r.randint(100, 999)}",
            )
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 140)) + r.choice(("", "", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor ", "No."))
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = full.upper()
        letters = [k for k, ch in enumerate(up) if ch in LETTER_OCR and k > 0 and up[k - 1] != " "]
        if letters:
            k = r.choice(letters)
            ocr = up[:k] + LETTER_OCR[up[k]] + up[k + 1 :]
        else:
            ocr = up
        longw = [(m.start(), m.end()) for m in re.finditer(r"[A-Z]{5,}", up)]
        if longw:
            s, e = r.choice(longw)
            k = r.randint(s + 2, e - 2)
            spaced = up[:k] + " " + up[k:]
        else:
            spaced = up
        cut = up.rfind(" ")
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
            "Ns": spaced,
            "Nn": up[:cut] + "\n" + up[cut + 1 :],
            "sex": sex,
            "origin": origin,
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(FREE_HOSTS),
            "gov": r.choice((f"{gl}.{fl}@kupangkota.go.id", f"{gl[0]}{fl}@kupangkota.go.id")),
            "teacher": r.choice(
                (
                    f"{gl}.{fl}@guru.sd.belajar.id",
                    f"{gl}{fl}{yy}@guru.smp.belajar.id",
                    f"{gl}.{fl}{nn}@guru.sma.belajar.id",
                )
            ),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "ttl": "%s, %02d-%02d-%d"
            % (
                r.choice(
                    (
                        "Kupang",
                        "Kupang",
                        "Soe",
                        "Ba'a",
                        "Seba",
                        "Kalabahi",
                        "Larantuka",
                        "Waingapu",
                        "Atambua",
                    )
                ),
                dd,
                mm,
                year,
            ),
            "umur": str(max(1, 2026 - year)),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
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
                "RT %02d / RW %02d" % (a, b),
                "RT.%02d/RW.%02d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "EB", "ED")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KB", "KE", "BA", "AM", "C")),
        )

    def account(self, bank: str) -> str:
        """An account number in its bank's shape."""
        r = self.rng
        if bank == "BRI":
            d = "%04d" % r.randint(1, 9999) + "01" + self.digits(6) + "5" + self.digits(2)
            return self.fresh(
                lambda: r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            )
        if bank == "BNI":
            return self.fresh(lambda: r.choice(("0", "1")) + r.choice("1234579") + self.digits(8))
        if bank == "Mandiri":
            return self.fresh(lambda: r.choice(("161", "145", "152")) + "00" + self.digits(8))
        if bank == "Bank NTT":
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s.%s.%s.%s-%d"
                        % (
                            r.choice(("001", "002", "015", "021")),
                            "01",
                            "02",
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        r.choice(("001", "002")) + "0102" + self.digits(7),
                    )
                )
            )
        if bank == "BCA":
            return self.fresh(lambda: r.choice(("31", "03", "78", "06")) + self.digits(8))
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "No", "Ns", "Nn", "lahir", "ttl",
            "umur", "bank", "rek", "ad", "adr", "rt", "rtk", "pl", "local",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name == "host":
            return self.person(i)["host"]
        if name == "mx":  # the receiving server of the person's host, for a bounce
            host = self.person(i)["host"]
            return {
                "gmail.com": "gmail-smtp-in.l.google.com",
                "outlook.com": "outlook-com.olc.protection.outlook.com",
                "hotmail.com": "hotmail-com.olc.protection.outlook.com",
                "icloud.com": "mx01.mail.icloud.com",
            }.get(host, "mta6.am0.yahoodns.net")
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name == "tr":
            return self.write_land(self.person(i)["land"])
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("npwp"):
            return self.write_npwp(self.person(i), name[4:])
        if name == "bpjs":
            return self.person(i)["bpjsraw"]
        if name == "bpjss":
            raw = self.person(i)["bpjsraw"]
            return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


# ---------------------------------------------------------------- bodies' values and look-alikes


def _body15(fl: Fill) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((1, 2, 3, 21, 31, 53, 61, 70, 74, 76, 80, 82, 0)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "920", "921", "922")),
                r.choice(("000", "000", "000", "001")),
            )
        )
    )


def _dotted(d: str) -> str:
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def _body_npwp(fl: Fill, i: int) -> str:
    d = _body15(fl)
    return fl.rng.choice((_dotted(d), _dotted(d), _dotted(d), "0" + d))


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
    d = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 30), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    v = r.choice((r.randint(3, 95) * 25000, r.randint(1, 40) * 150000, r.randint(2, 300) * 1000))
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-")) % s


def _tgl(fl: Fill, i: int, ahead: bool = False, weekday: bool = False) -> str:
    """A date some days before the mail (or, ``ahead``, after it: a schedule, a deadline)."""
    r = fl.rng
    shift = datetime.timedelta(days=r.randint(2, 25) + 30 * (i - 1) if ahead else -r.randint(2, 75))
    d = (fl.base + shift).date()
    if weekday:
        return "%s, %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
    return r.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
        )
    )


def _when(fl: Fill, i: int) -> datetime.datetime:
    """The time of the i-th mail of a chain: later mails come later."""
    return fl.base + datetime.timedelta(minutes=sum(fl.gaps[:i]) * 3)


def _date_id(fl: Fill, i: int) -> str:
    """A mail header's date as an Indonesian client writes it."""
    w = _when(fl, i)
    return "%s, %d %s %d %02d.%02d" % (
        DAYS_SHORT[w.weekday()],
        w.day,
        MON_SHORT[w.month - 1],
        w.year,
        w.hour,
        w.minute,
    )


def _date_en(fl: Fill, i: int) -> str:
    w = _when(fl, i)
    return "%s, %d %s %d %02d:%02d:%02d +0800" % (
        DAYS_EN[w.weekday()], w.day, MON_EN[w.month - 1], w.year, w.hour, w.minute, fl.rng.randint(0, 59),
    )  # fmt: skip


def _pada(fl: Fill, i: int) -> str:
    """The date in a Gmail quote line (``Pada … pukul …``)."""
    w = _when(fl, i)
    return "%s, %d %s %d pukul %02d.%02d" % (
        DAYS[w.weekday()],
        w.day,
        MONTHS[w.month - 1],
        w.year,
        w.hour,
        w.minute,
    )


def _dt(fl: Fill, i: int) -> str:
    """A chat's time stamp; the messages of one chat follow each other."""
    w = fl.base + datetime.timedelta(minutes=sum(fl.gaps[:i]))
    return "[%02d/%02d/%d %02d.%02d]" % (w.day, w.month, w.year, w.hour, w.minute)


def _msgid(fl: Fill, i: int) -> str:
    r = fl.rng
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    body = "".join(r.choice(alphabet) for _ in range(r.randint(28, 40)))
    return "<CA%s@mail.gmail.com>" % body


def _bank_and_account(fl: Fill, i: int) -> str:
    bank = fl.rng.choice(BANKS)
    return bank + " " + fl.account(bank)


def _printed(fl: Fill, i: int) -> str:
    """When a mail was printed: on an office day after it came in."""
    w = _when(fl, i) + datetime.timedelta(days=fl.rng.randint(0, 2))
    w = w.replace(hour=fl.rng.randint(8, 15))
    return "%02d/%02d/%02d %02d.%02d" % (w.day, w.month, w.year % 100, w.hour, w.minute)


OTHER_VALUES = {
    # bodies' numbers
    "npwpx": _body_npwp,
    "nitkux": lambda fl, i: "0" + _body15(fl) + "%06d" % fl.rng.choice((0, 0, 1)),
    "rekx": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), fl.rng.choice(("b", "d", "s", "k"))),
    "scam": lambda fl, i: fl.write_mobile(
        fl.mobile_raw(), fl.rng.choice(("b", "b", "d", "j", "s"))
    ),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    # look-alikes
    "tiket": lambda fl, i: fl.rng.choice(
        (
            "LAPOR-5371-%d-%05d" % (fl.year, fl.rng.randint(100, 99999)),
            "#LPR-%d-%04d-%04d" % (fl.year, fl.rng.randint(1, 9999), fl.rng.randint(1, 9999)),
            "%02d%02d-%04d-%03d"
            % (fl.year % 100, fl.base.month, fl.rng.randint(1, 9999), fl.rng.randint(1, 999)),
        )
    ),
    "tkt": lambda fl, i: (
        "%d%02d%02d%04d" % (fl.year, fl.base.month, fl.base.day, fl.rng.randint(1, 9999))
    ),
    "surat": lambda fl, i: (
        "%s/%d/%s/%d"
        % (
            fl.rng.choice(("400", "460", "470", "474", "800", "900", "045", "005")),
            fl.rng.randint(12, 2999),
            fl.rng.choice(("UM", "SEK", "PEM", "TU", "UMUM", "KESRA")),
            fl.year,
        )
    ),
    "nosamb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 9), fl.rng.randint(1, 30), fl.rng.randint(1, 999999))
    ),
    "idpel": lambda fl, i: "5312" + fl.digits(8),
    "token": lambda fl, i: " ".join(fl.digits(4) for _ in range(5)),
    "nop": lambda fl, i: (
        "53.71.%03d.%03d.%03d-%04d.%d"
        % (
            fl.rng.randint(10, 60),
            fl.rng.randint(1, 20),
            fl.rng.randint(1, 99),
            fl.rng.randint(1, 9999),
            fl.rng.randint(0, 7),
        )
    ),
    "nib": lambda fl, i: fl.rng.choice(("91", "81", "12", "02")) + fl.digits(11),
    "va": lambda fl, i: (
        fl.rng.choice(("8808 ", "88888 ", "7008 ")) + " ".join(fl.digits(4) for _ in range(3))
    ),
    "billing": lambda fl, i: fl.rng.choice(("0", "1", "8")) + fl.digits(14),
    "nip": _nip,
    "nisn": lambda fl, i: "0" + fl.rng.choice("01") + fl.digits(8),
    "npsn": lambda fl, i: "5030%04d" % fl.rng.randint(1000, 9999),
    "otp": lambda fl, i: fl.digits(6),
    "rp": _rp,
    "rps": lambda fl, i: "Rp %s" % f"{fl.rng.randint(2, 40) * 5000:,}".replace(",", "."),
    "tgl": _tgl,
    "tglf": lambda fl, i: _tgl(fl, i, ahead=True),
    "tglh": lambda fl, i: _tgl(fl, i, ahead=True, weekday=True),
    "tglc": lambda fl, i: (fl.base - datetime.timedelta(days=fl.rng.randint(1, 20))).strftime(
        "%Y%m%d"
    ),
    "jam": lambda fl, i: "%02d.%02d" % (fl.rng.randint(7, 21), fl.rng.randint(0, 59)),
    "dated": _date_id,
    "datee": _date_en,
    "pada": _pada,
    "dt": _dt,
    "msgid": _msgid,
    "ip": lambda fl, i: (
        "%d.%d.%d.%d"
        % (
            fl.rng.choice((10, 103, 114, 142, 180, 202, 36)),
            fl.rng.randint(0, 255),
            fl.rng.randint(0, 255),
            fl.rng.randint(1, 254),
        )
    ),
    "kb": lambda fl, i: str(fl.rng.randint(18, 9800)),
    "mb": lambda fl, i: "%d,%d" % (fl.rng.randint(11, 48), fl.rng.randint(0, 9)),
    "noreg": lambda fl, i: "%d%02d%06d" % (fl.year, fl.base.month, fl.rng.randint(1, 999999)),
    "kel": lambda fl, i: fl.kel,
    "kelslug": lambda fl, i: slug(fl.kel),
    "kel2": lambda fl, i: fl.rng.choice([k for k in KELURAHAN if k != fl.kel]),
    "bankrek": _bank_and_account,
    "prakerja": lambda fl, i: "4210 " + " ".join(fl.digits(4) for _ in range(3)),
    "jalan": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "year": lambda fl, i: str(fl.year),
    "mm": lambda fl, i: "%02d" % max(1, fl.base.month - 1),
    "tahap": lambda fl, i: str(fl.rng.randint(1, 4)),
    "yearp": lambda fl, i: str(fl.year - fl.rng.randint(2, 9)),
    "cetak": _printed,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
}


def _pick(key: str, pool: tuple, part: int | None = None):
    """One body drawn once per filling, so that its name and its mailbox agree."""

    def get(fl: Fill, i: int) -> str:
        k = "#%s%d" % (key, i)
        if k not in fl.cache:
            taken = {fl.cache.get("#%s%d" % (key, j)) for j in range(1, 6)}
            fl.cache[k] = fl.rng.choice([v for v in pool if v not in taken] or pool)
        v = fl.cache[k]
        return v if part is None else v[part]

    return get


def _slug_of(key: str, pool: tuple, drop: str = "", host: str = "") -> object:
    pick = _pick(key, pool)

    def get(fl: Fill, i: int) -> str:
        s = slug(pick(fl, i).replace(drop, ""))
        return s + host

    return get


OTHER_VALUES |= {
    "kec": _pick("kec", KECAMATAN),
    "kecslug": _slug_of("kec", KECAMATAN),
    "school": _pick("school", SCHOOLS, 0),
    "sslug": _pick("school", SCHOOLS, 1),
    "church": _pick("church", CHURCHES, 0),
    "cslug": _pick("church", CHURCHES, 1),
    "mosque": _pick("mosque", MOSQUES, 0),
    "mslug": _pick("mosque", MOSQUES, 1),
    "cv": _pick("cv", CVS),
    "cvbox": _slug_of("cv", CVS, host="@gmail.com"),
    "shop": _pick("shop", SHOPS),
    "shopslug": _slug_of("shop", SHOPS),
    "kop": _pick("kop", KOPS),
    "kopbox": _slug_of("kop", KOPS, host="@yahoo.co.id"),
    "kopslug": _slug_of("kop", KOPS),
    "pusk": _pick("pusk", PUSK),
    "puskslug": _slug_of("pusk", PUSK, drop="Puskesmas"),
    "rpbig": lambda fl, i: (
        "Rp "
        + f"{fl.rng.randint(150, 4800) * 1000000 + fl.rng.randint(0, 99) * 10000:,}".replace(
            ",", "."
        )
    ),
    "kpj": lambda fl, i: fl.rng.choice(("1", "2")) + fl.digits(10),
    "gid": lambda fl, i: "17" + fl.digits(17),
    "hex": lambda fl, i: "".join(fl.rng.choice("0123456789abcdef") for _ in range(10)),
    "page": lambda fl, i: "%d/%d" % (i, fl.rng.randint(i, i + 2)),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    if re.search(
        r"\{(school|sslug|SCHOOL)\}", template
    ):  # drawn first: a teacher's mailbox follows its level
        fl.value("school", "")

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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|rt\d|perumnas|perum|btn|kompleks)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\]|\(keong\)|\s*\(et\)\s*|\[@\]|%40)")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\s+titik\s+|\(titik\)|,)")


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
    """The digits of an identity number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK))


def local_part(seg: str) -> str:
    return AT_FORM.split(seg, maxsplit=1)[0].strip()


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
            if "@" in seg or (not scan and (any(c.isdigit() for c in seg) or "\n" in seg)):
                bad.append(f"name chars {seg!r}")
            if scan and re.search(r"[2-479]", seg):
                bad.append(f"name digit {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if re.search(r"[^0-9OoLlISB .\-\n]", seg) or not d.startswith("53") or len(d) != 16:
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9OlB .\-\n]", seg)
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
    # every other occurrence of a labelled name word, mailbox, address or number is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        if s["kind"] == "name":
            for word in re.findall(r"[A-Za-z]{3,}", seg):
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append(f"unlabelled name word {word!r}")
        elif s["kind"] in ("email", "address", "plate"):
            key = local_part(seg) if s["kind"] == "email" else seg
            for m in re.finditer(re.escape(key), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in NUMERIC:
            d = id_digits(seg) if s["kind"] != "bank_account" else re.sub(r"\D", "", seg)
            if len(d) < 8:
                continue
            if s["kind"] == "npwp" and len(d) == 22:  # a NITKU: its NIK is the part that counts
                d = d[:16]
            pos = [k for k, c in enumerate(text) if c.isdigit()]
            joined = "".join(text[k] for k in pos)
            cores = {d, d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d}
            for core in cores:
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


MALE_WORDS = r"om|opa|bapa|pak|bpk|bapak|suami|ayah|tn|sdr|mr|kakak laki-laki|adik laki-laki"
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|istri|bidan|maitua|ny|sdri|nona|mrs|ms"


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    Y: tuple[int, ...] = (),
    K: tuple[int, ...] = (),
    A: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    """One template. F/M: women and men; E: elderly; Y: young; A: of working age (born 1990 to
    2004); K: an NTT family name (no
    Balinese, Bugis, Butonese, Javanese or Chinese-Indonesian name); fam: child -> parent;
    U: the whole text in capitals."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)(?<![A-Za-z/])(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
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
        "E": tuple(E),
        "Y": tuple(Y),
        "A": tuple(A),
        "K": tuple(K),
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
            "id": "d48-%04d" % k,
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
        if "\n" in seg:
            return "over a line break"
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
        if "%40" in seg:
            return "in a link's query"
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]", seg):
            return "written to dodge scrapers or read out"
        if "," in seg:
            return "a comma for a dot"
        if re.search(r"(gmai1|grnail|\.corn|\. |@[^@]*0)", seg):
            return "as a scanner read it"
        if re.search(r"\.(go|ac)\.id$|belajar\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's or a school's host"
        if seg.isupper():
            return "capitals"
        return "plain"
    if kind in ("address", "plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
        return "letters for digits"
    d = id_digits(seg)
    if kind == "npwp":
        if len(d) == 22:
            return "a person's NITKU (22 digits)"
        if len(d) == 16:
            return "16 digits" + (
                " opening 0 (the old number)" if d.startswith("0") else " (the NIK)"
            )
        if "-" in seg:
            return "15 digits dotted"
        return "15 digits in groups" if " " in seg else "15 digits in one block"
    if kind == "phone":
        if seg.startswith("(+62"):
            return "(+62)"
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(records: list[dict[str, object]]):
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{6,}\d|\S*@\S*", r["text"]):
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
    runs = ats = 0
    for _, m in unlabelled(records):
        if "@" in m.group():
            ats += 1
        elif sum(c.isdigit() for c in m.group()) >= 9:
            runs += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r, m in unlabelled(records):
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
    for kind in ("email", "name", "phone", "npwp"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}/
# {lf1} family name, {No1} capitals with a digit read for a letter, {Ns1} capitals with a stray
# space, {Nn1} capitals over a line); {hp1} mobile in a random writing ({hpb1} one block, {hpd1}
# dashes, {hps1} spaces, {hpt1} dots, {hpi1} +62 with dashes, {hpj1} +62 in a block, {hpk1} 62 in
# a block, {hpm1} 62 with spaces, {hpu1} underscores, {hpp1} (+62), {hpo1} letters for digits,
# {hpn1} over a line); {tr1} home landline; {nik1}/{kk1} ({nikb1}, {niks1} fours, {nikt1} dots,
# {niko1} letters, {nikn1} over a line); {npwp1} ({npwpd1} old dotted, {npwpn1} the NIK,
# {npwpt1} NITKU, {npwpz1} 0 + old, {npwps1} spaced, {npwpo1} scanned, {npwpl1} over a line);
# {bpjs1}, {bpjss1}; {bank1} {rek1}; {ad1} street and number, {adr1} with RT/RW, {rt1} RT/RW,
# {rtk1} a card's RT/RW; {pl1} plate; {lahir1}, {ttl1}, {umur1}.
# E-mail {em1}: random; {emp1} plain; {emx1} dodged at random; {ema1} [at]/[dot]; {emb1} (at);
# {emd1} at/dot; {emh1} space before @; {emk1} (keong); {eme1} (et); {emq1} [@]; {emt1} (titik);
# {emw1} [dot] inside the mailbox too; {ems1} read out with titik; {emc1} comma for a dot; {emn1}
# over a line; {emo1} as a scanner reads it; {emm1} mistyped (a letter left out); {emz1} in a
# link's query (%40); {emg1} own mailbox on kupangkota.go.id / nttprov.go.id; {emgt1} a
# teacher's belajar.id account; {local1} the mailbox's local part. Capitals: {EMP1}, {N1} ...
# Bodies and look-alikes: {npwpx} {nitkux} {rekx} {rekntt} {owa} {scam} {otel} {tiket} {tkt}
# {surat} {nosamb} {idpel} {token} {nop} {nib} {va} {billing} {nip} {nisn} {npsn} {otp} {rp}
# {tgl} {jam} {dated1} {datee1} {pada1} (mail dates, later with the index) {dt1} (chat stamps)
# {msgid} {ip} {kb} {mb} {noreg} {kel} {kelslug} {kel2} {kec} {jalan} {cv} {shop} {kop} {pusk}
# {bnk} {year} {num} {school} {sslug} {church} {cslug}.

TEMPLATES: list[tuple] = []

# ---------------------------------------------------------------- citizen_email
TEMPLATES += [
    T(
        "citizen_email",
        "utilities_city",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pengaduan@kupangkota.go.id
Cc: layanan@airminumkupang.co.id
Date: {dated1}
Subject: Air PDAM mati su 2 minggu di {kel}

Selamat siang Bapak/Ibu admin pengaduan,

Sy [[n:{n1}]], warga [[a:{rt1}]] Kel. {kel}. Air PDAM di rumah kami sdh mati sejak {tgl}, pdhl tagihan bulan ini tetap datang {rps}. No. sambungan {nosamb}. Sudah telpon call center {otel} tp cuma dibilang tunggu.

Mohon ditindaklanjuti, kami beli air tangki tiap 3 hari.

Salam,
[[n:{n1}]]
HP/WA [[p:{hp1}]]
""",
    ),
    T(
        "citizen_email",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{emgt1}]]>
To: disdukcapil@kupangkota.go.id
Date: {dated1}
Subject: KTP-el blm dicetak sejak rekam

Yth. Admin Disdukcapil Kota Kupang,

Saya [[n:{n1}]], guru di {school}. Saya kirim dari email dinas saya karena gmail pribadi saya ([[e:{emp1}]]) lupa password.
Saya sudah rekam KTP-el tgl {tgl} di kantor Kecamatan {kec}, NIK [[nik:{nik1}]], tapi sampai sekarang belum dicetak. Kata petugas blanko kosong. Nomor antrian waktu itu B-0{num}.

Mohon info kapan bisa diambil. Bisa hubungi saya di [[p:{hp1}]].

Terima kasih,
[[n:{n1}]]
""",
    ),
    T(
        "citizen_email",
        "utilities_city",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: dinas.pupr@kupangkota.go.id
Date: {dated1}
Subject: Got tersumbat, air masuk rumah tiap hujan

Selamat pagi,
Saya mau lapor got di {jalan} dekat pertigaan yg tersumbat sampah sejak awal musim hujan. Air meluap masuk ke rumah saya di [[a:{adr1}]], Kel. {kel}, dan ke rumah tetangga Om [[n:{g2}]] juga.
Sudah lapor ke kelurahan tgl {tgl} (no. laporan {tiket}) tapi belum ada yg datang.
Foto terlampir (IMG_{tglc}_0{num}.jpg).

Hormat saya,
[[n:{n1}]]
Telp rumah [[p:{tr1}]] / HP [[p:{hp1}]]
""",
    ),
    T(
        "citizen_email",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: bapenda@kupangkota.go.id
Date: {dated1}
Subject: SPPT PBB {year} masih nama almarhum

Selamat siang Bapenda,
SPPT PBB tahun {year} untuk NOP {nop} masih tertulis atas nama almarhum bapak saya [[n:{n2}]], padahal balik nama sudah diurus tahun lalu. Tagihan {rp}.
Data saya: NIK [[nik:{nik1}]], NPWP [[npwp:{npwpd1}]].
Mohon dibantu perbaiki. Kalau harus datang ke loket, jam berapa bisa?

Salam,
[[n:{n1}]] — [[p:{hp1}]]
""",
        M=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "citizen_email",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: dpmptsp@kupangkota.go.id
Cc: {cvbox}
Date: {dated1}
Subject: Izin PBG blm terbit

Yth. DPMPTSP Kota Kupang,
Saya [[n:{n1}]], Direktur {cv}. Permohonan PBG kami no. {surat} sdh masuk sejak {tgl} tapi status di OSS masih "verifikasi". NIB perusahaan {nib}, NPWP perusahaan {npwpx}.
Mohon kabar. Untuk urusan kantor bisa ke email CV ({cvbox}) atau telp kantor {otel}; kalau mendesak HP saya pribadi [[p:{hp1}]].

Salam,
[[n:{n1}]]
""",
    ),
    T(
        "citizen_email",
        "health",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: layanan.kupang@bpjs-kesehatan.go.id
Date: {dated1}
Subject: Kartu KIS mama tdk aktif

Selamat siang,
Mama saya [[n:{n2}]] (umur {umur2} thn) ditolak di {pusk} karena kartu KIS-nya tidak aktif. No. kartu [[bpjs:{bpjs2}]], NIK mama [[nik:{nik2}]]. Dia peserta PBI, tidak pernah bayar sendiri.
Kami sdh tanya ke Pandawa WA {owa} tapi disuruh datang ke kantor cabang.
Mohon bantuannya.

[[n:{n1}]]
[[p:{hp1}]]
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "citizen_email",
        "social_aid",
        """
From: [[n:{n2}]] <[[e:{emp2}]]>
To: dinsos@kupangkota.go.id
Date: {dated1}
Subject: BPNT sy tdk cair 3 bulan

Selamat sore Bpk/Ibu Dinas Sosial,
Maaf sy pake email anak sy [[n:{g2}]] karena sy tdk punya email. Sy [[n:{n1}]], penerima BPNT di Kel. {kel}, No KK [[kk:{kk1}]]. Sudah 3 bulan saldo kartu KKS tdk masuk. Pendamping bilang data sy "tdk padan".
Tolong dicek. HP sy [[p:{hp1}]].

Hormat sy,
[[n:{n1}]]
""",
        fam={2: 1},
        Y=(2,),
    ),
    T(
        "citizen_email",
        "education",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: disdikbud@kupangkota.go.id
Cc: {sslug}@gmail.com
Date: {dated1}
Subject: Pungutan uang komite di {school}

Yth. Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang,
Saya orang tua dari [[n:{n2}]], siswa di sekolah tersebut. Anak kami diminta bayar uang komite {rps} per bulan, ditransfer ke rekening komite Bank NTT {rekntt}. Kalau belum bayar, rapor ditahan. Apa ini boleh? Sekolah bilang sudah disetujui rapat, tapi kami orang tua tidak pernah diundang.
Mohon nama saya dirahasiakan dari pihak sekolah.

[[n:{n1}]]
WA [[p:{hp1}]]
""",
        fam={2: 1},
        Y=(2,),
    ),
    T(
        "citizen_email",
        "scam_warning",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: dinsos@kupangkota.go.id
Date: {dated1}
Subject: Email penipuan atas nama Kemensos?

Selamat siang,
Hari ini saya terima email dari bansos.kemensos.ntt@gmail.com, isinya saya terpilih dapat BST {rp} dan diminta kirim foto KTP, KK dan nomor rekening. Pengirim juga kasih nomor WA {scam} yang mengaku "admin Kemensos".
Apa benar ini dari Dinas? Saya belum kirim apa-apa. Kalau mau konfirmasi, telpon saya saja [[p:{hp1}]].

Salam,
[[n:{n1}]], Kel. {kel}
""",
    ),
    T(
        "citizen_email",
        "utilities_city",
        """
From: [[n:{l1}]] <[[e:{emp1}]]>
To: dlhk.kotakupang@gmail.com
Date: {dated1}
Subject: sampah su 1 minggu sonde angkat

selamat pagi bapa mama di dinas,
sampah di TPS dekat pasar {kel} su 1 minggu sonde diangkat, bau sampe ke rumah. anjing dong bongkar kasi hambur di jalan. beta su lapor lewat wa {owa} ma sonde ada balas.
tolong suru oto sampah datang ko.

- [[n:{l1}]]
wa [[p:{hpb1}]]
""",
    ),
    T(
        "citizen_email",
        "utilities_city",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pengaduan@kupangkota.go.id
Cc: dishub@kupangkota.go.id
Date: {dated1}
Subject: Lampu jalan mati di {jalan}

Yth. Admin,
Lampu jalan di {jalan} dekat SPBU sdh 2 minggu mati, malam gelap sekali dan sudah 2 kali ada jambret. Mohon Dinas Perhubungan ganti lampunya.
Laporan di aplikasi juga sudah sy kirim, nomor {tiket}.

Salam,
[[n:{n1}]]
Balas ke: [[e:{emx1}]] (sy tulis bgini spy tdk kena spam)
""",
    ),
    T(
        "citizen_email",
        "utilities_city",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: satpolpp@kupangkota.go.id
Date: {dated1}
Subject: Musik keras tiap malam sampai jam 3

Selamat malam,
Tetangga kami Bapak [[n:{n2}]] di [[a:{ad2}]], Kel. {kel}, pasang sound system pesta tiap malam Sabtu sampai jam 03.00. Kami sudah tegur baik-baik lewat Ketua RT tapi dia bilang "ini rumah saya". Anak-anak tidak bisa tidur, ada lansia sakit juga.
Rumah saya persis di sebelah, [[a:{ad1}]].

[[n:{n1}]]
HP [[p:{hp1}]]
""",
    ),
    T(
        "citizen_email",
        "health",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: dinkes@kupangkota.go.id
Date: {dated1}
Subject: Pelayanan IGD {pusk} tgl {tgl}

Yth. Kepala Dinas Kesehatan,
Anak saya [[n:{g2}]] demam tinggi dan kejang, kami bawa ke {pusk} jam {jam}. Petugas jaga bilang dokter tidak ada, baru datang 2 jam kemudian (dr. [[n:{n3}]]). Kami minta rujukan ke RSUD S.K. Lerik tapi ambulans tidak ada sopir.
Kartu JKN anak saya [[bpjs:{bpjs2}]].
Mohon dievaluasi.

Hormat saya,
[[n:{n1}]]
[[p:{hp1}]]
""",
        fam={2: 1},
        Y=(2,),
    ),
    T(
        "citizen_email",
        "utilities_city",
        """
From: Forum Warga Peduli {kel} <forumwarga.{kelslug}@gmail.com>
To: pengaduan@kupangkota.go.id
Date: {dated1}
Subject: Jalan rusak berat di {jalan}

Dengan hormat,
Kami Forum Warga Peduli {kel} menyampaikan bahwa ruas {jalan} rusak berat sepanjang kurang lebih 300 m, lubang dalam, sudah 4 kali ada motor jatuh bulan ini.
Foto dan video kami kirim lewat link https://drive.google.com/drive/folders/1{otp}xQ7{num}
Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Koordinator,
[[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "citizen_email",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: disdukcapil@kupangkota.go.id
Date: {dated1}
Subject: Perbaikan akta lahir anak

Selamat pagi,
Di akta kelahiran anak kami [[n:{n2}]] tanggal lahirnya salah ketik (bulan tertukar). No. KK kami [[kk:{kk1}]], NIK anak [[nik:{nik2}]].
Apa perbaikan bisa online lewat email ini atau harus datang? Berkas sudah kami scan: KK_{kelslug}.pdf, akta_lama.pdf, surat_keterangan_lahir.pdf.

Terima kasih,
[[n:{n1}]]
WA [[p:{hp1}]]
""",
        fam={2: 1},
        Y=(2,),
    ),
    # ---- without personal data
    T(
        "citizen_email",
        "utilities_city",
        """
From: Forum Warga {kel} <forumwarga.{kelslug}@gmail.com>
To: pengaduan@kupangkota.go.id
Cc: pln.up3kupang@pln.co.id
Date: {dated1}
Subject: Tiang listrik miring di {jalan}

Selamat siang,
Tiang listrik di {jalan} depan SD miring sejak angin kencang {tgl}. Kabel sudah rendah sekali, anak sekolah lewat tiap hari. Sudah lapor PLN 123 dengan nomor laporan {tkt} tapi belum ada tindakan.
Mohon segera.

Salam,
Forum Warga {kel}
""",
    ),
    T(
        "citizen_email",
        "education",
        """
From: Tata Usaha {school} <tu.{sslug}@gmail.com>
To: disdukcapil@kupangkota.go.id
Date: {dated1}
Subject: Data NIK siswa tidak padan di Dapodik

Yth. Kepala Disdukcapil Kota Kupang,
Bersama ini kami sampaikan bahwa {num} siswa kami NIK-nya tidak padan saat sinkron Dapodik (NPSN {npsn}). Daftar terlampir dalam file rekap_nik_tidak_padan_{year}.xlsx, tidak kami tulis di badan email demi kerahasiaan data.
Mohon petunjuk, apakah orang tua harus datang sendiri ke kantor?

Hormat kami,
Tata Usaha {school}
Telp. {otel} | WA {owa}
""",
    ),
    T(
        "citizen_email",
        "tax_business",
        """
From: {cv} <{cvbox}>
To: ukpbj@kupangkota.go.id
Date: {dated1}
Subject: Sanggah hasil evaluasi paket {tkt}

Kepada Yth. Pokja Pemilihan,
Kami {cv} (NPWP {npwpx}, NIB {nib}) menyampaikan sanggahan atas hasil evaluasi paket rehabilitasi saluran drainase kode tender {tkt}, pagu {rpbig}. Dokumen kualifikasi kami lengkap, termasuk SPT Tahunan {year}.
Korespondensi mohon ke email ini atau telp kantor {otel}.

Hormat kami,
Direktur {cv}
""",
    ),
    T(
        "citizen_email",
        "scam_warning",
        """
From: Komunitas Anti Hoaks Kupang <antihoaks.kupang@gmail.com>
To: disdukcapil@kupangkota.go.id
Date: {dated1}
Subject: Waspada email & WA palsu atas nama Dukcapil

Admin Yth.,
Beberapa anggota grup kami menerima pesan dari nomor {scam} dan {scam2} yang mengaku petugas Dukcapil, minta foto KTP untuk "aktivasi IKD". Ada juga email dari dukcapil.kupang.online@gmail.com dengan link http://ikd-kupang.{kelslug}.xyz/login.
Apakah email itu resmi atau tidak? Mohon diumumkan di akun resmi supaya warga tidak tertipu.

Salam,
Komunitas Anti Hoaks Kupang
""",
    ),
    T(
        "citizen_email",
        "church_community",
        """
From: Majelis Jemaat {church} <majelis.{cslug}@gmail.com>
To: dishub@kupangkota.go.id
Date: {dated1}
Subject: Permohonan rambu dan zebra cross depan gereja

Syalom,
Majelis Jemaat {church} memohon dipasang rambu dan zebra cross di {jalan} depan gedung gereja. Setiap ibadah Minggu (pukul 07.00, 09.30 dan 17.00) jemaat menyeberang jalan yang ramai.
Surat resmi nomor {surat} terlampir.

Salam dalam kasih Kristus,
Sekretariat Majelis
Telp. {otel}
""",
    ),
    T(
        "citizen_email",
        "tax_business",
        """
From: {kop} <{kopbox}>
To: pengaduan@bankntt.co.id
Date: {dated1}
Subject: Setoran angsuran belum masuk rekening koperasi

Dengan hormat,
Setoran angsuran anggota sebesar {rp} yang ditransfer tgl {tgl} ke rekening koperasi {bankrek} belum masuk sampai hari ini. Nomor referensi transaksi {billing}.
NPWP koperasi {npwpx}. Mohon dicek.

Hormat kami,
Pengurus {kop}
Telp/WA kantor {owa}
""",
    ),
    T(
        "citizen_email",
        "utilities_city",
        """
From: Front Office Hotel Sasando Indah <frontoffice.sasandoindah@gmail.com>
To: dlhk.kotakupang@gmail.com
Date: {dated1}
Subject: Kontainer sampah depan hotel belum diangkat

Selamat siang DLHK,
Kontainer sampah di {jalan} depan hotel kami belum diangkat sejak {tgl}. Retribusi sampah sudah kami bayar lewat VA {va} sebesar {rp}.
Mohon jadwal pengangkutan. Untuk konfirmasi hubungi resepsionis {otel} ext. 101.

Hormat kami,
Front Office
Hotel Sasando Indah
""",
    ),
    T(
        "citizen_email",
        "civil_registry",
        """
From: Operator SIAK Kel. {kel} <operator.siak.{kelslug}@gmail.com>
To: helpdesk.siak@kupangkota.go.id
Date: {dated1}
Subject: Gagal login portal layanan online

Selamat pagi Helpdesk,
Sejak update kemarin kami tidak bisa login ke https://operator:kel{num}x@layanan.dukcapil-kupang.local/admin, muncul error 503. Contoh di buku panduan pakai user@example.com, kami coba ikut itu juga gagal.
Screenshot terlampir: error_login@2x.png, Screenshot_{year}-10-12-09-41-22.png.
Nomor tiket helpdesk sebelumnya {tkt}.

Terima kasih,
Operator SIAK Kelurahan {kel}
WA kantor {owa}
""",
    ),
    T(
        "citizen_email",
        "health",
        """
From: {pusk} <pkm.{puskslug}@gmail.com>
To: dinkes@kupangkota.go.id
Date: {dated1}
Subject: Stok vaksin MR habis

Yth. Kepala Seksi Imunisasi,
Stok vaksin MR di {pusk} habis sejak {tgl}. Jadwal posyandu minggu depan ada 11 titik dengan sasaran sekitar 400 balita. Permintaan sudah kami kirim lewat SMILE no. {tkt}.
Mohon segera didistribusikan.

Salam,
Koordinator Imunisasi {pusk}
Telp. {otel}
""",
    ),
]

# ---------------------------------------------------------------- official_reply
TEMPLATES += [
    T(
        "official_reply",
        "civil_registry",
        """
From: Layanan Pengaduan Disdukcapil <disdukcapil@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Date: {dated2}
Subject: Re: KTP-el blm jadi

Yth. Bapak [[n:{n1}]],

Terima kasih atas laporan Bapak. Setelah kami cek, data perekaman dengan NIK [[nik:{nik1}]] sudah masuk antrian cetak. KTP-el dapat diambil di loket 4 mulai {tglf} dengan membawa bukti rekam dan KK asli.
Informasi lebih lanjut: WA layanan {owa} (Senin–Jumat 08.00–15.00) atau telp. {otel}.

Salam,
Tim Pengaduan
Disdukcapil Kota Kupang

Pada {pada1}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Selamat siang, KTP sy sdh rekam 3 bln lalu tp blm jadi. NIK [[nik:{nik1}]].
> Mohon info.
> [[n:{n1}]]
> [[p:{hp1}]]
""",
    ),
    T(
        "official_reply",
        "social_aid",
        """
From: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
To: [[e:{emp1}]]
Date: {dated2}
Subject: Re: BPNT tdk cair 3 bulan

Yth. Ibu [[n:{n1}]],

Menindaklanjuti email Ibu, data KPM atas nama Ibu dengan NIK [[nik:{nik1}]] tercatat dalam DTKS namun berstatus "tidak padan" karena NIK di KK berbeda digit. Mohon Ibu memperbaiki data di Disdukcapil terlebih dahulu, lalu menghubungi pendamping sosial kelurahan, Sdri. [[n:{n2}]], HP [[p:{hp2}]].
Untuk pertanyaan umum silakan hubungi layanan Dinsos {otel} atau WA {owa}.

Hormat kami,
Bidang Perlindungan dan Jaminan Sosial

-----Original Message-----
From: [[e:{emp1}]]
Sent: {datee1}
Subject: BPNT tdk cair 3 bulan
Saldo KKS sy kosong 3 bln. Tolong dicek. [[n:{n1}]] [[p:{hp1}]]
""",
    ),
    T(
        "official_reply",
        "health",
        """
From: BPJS Kesehatan Cabang Kupang <layanan.kupang@bpjs-kesehatan.go.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Date: {dated2}
Subject: Re: Kartu KIS mama tdk aktif

Yth. Bapak/Ibu [[n:{n1}]],
Terima kasih telah menghubungi BPJS Kesehatan. Peserta atas nama [[n:{n2}]] dengan nomor kartu [[bpjs:{bpjs2}]] dinonaktifkan dari segmen PBI APBN per {tgl} berdasarkan SK Kementerian Sosial. Peserta dapat diaktifkan kembali melalui Dinas Sosial atau beralih ke segmen PBPU.
Untuk pendampingan, silakan hubungi petugas kami Ibu [[n:{g3}]] di [[p:{hp3}]] (jam kerja).
Layanan informasi: Care Center 165, Pandawa WA {owa}.

Salam sehat,
BPJS Kesehatan Kantor Cabang Kupang
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "official_reply",
        "utilities_city",
        """
From: Humas Perumda Air Minum Kota Kupang <humas@airminumkupang.co.id>
To: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
Sent: {datee2}
Subject: RE: Air mati 2 minggu

Yth. Pelanggan,
Gangguan di wilayah {kel} disebabkan perbaikan pipa transmisi di {jalan}. Distribusi normal kembali paling lambat {tglf}. Nomor sambungan {nosamb} tetap kami catat untuk pengecekan meter.
Pengaduan gangguan: telp {otel}, WA {owa}.

Humas Perumda Air Minum Kota Kupang

> From: [[n:{n1}]] <[[e:{emp1}]]>
> Sent: {datee1}
> Air di [[a:{adr1}]] mati sejak 2 minggu. Rumah sy paling ujung. HP [[p:{hp1}]]
""",
        K=(1,),
    ),
    T(
        "official_reply",
        "tax_business",
        """
From: Layanan KPP Pratama Kupang <layanan.kpp920@pajak.go.id>
To: [[e:{emp1}]]
Date: {dated2}
Subject: Re: NPWP lama sy masih berlaku?

Yth. Bapak [[n:{n1}]],
NPWP Bapak yang lama [[npwp:{npwpd1}]] sudah dipadankan dengan NIK. Sejak {year} Bapak cukup menggunakan NIK sebagai NPWP, yaitu [[npwp:{npwpn1}]]. Untuk faktur dan bukti potong, NITKU Bapak adalah [[npwp:{npwpt1}]].
Informasi lain: Kring Pajak 1500200 atau email informasi@pajak.go.id.

Salam,
Petugas Layanan KPP Pratama Kupang

Pada {pada1}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Sy pensiunan guru, NPWP sy yg lama masih berlaku atau harus buat baru?
""",
        E=(1,),
    ),
    T(
        "official_reply",
        "education",
        """
From: [[n:{n2}]] <[[e:{emgt2}]]>
To: [[e:{emp1}]]
Cc: disdikbud@kupangkota.go.id
Date: {dated2}
Subject: Re: Pungutan uang komite

Selamat siang Bapak/Ibu,
Terima kasih atas masukannya. Uang komite bersifat sumbangan sukarela, bukan syarat pengambilan rapor. Kami sudah menegur wali kelas yang bersangkutan. Rapor ananda [[n:{g3}]] bisa diambil hari Senin.
Bila masih ada kendala, silakan hubungi saya langsung.

Hormat kami,
[[n:{n2}]], S.Pd.
Kepala {school}
HP [[p:{hp2}]]
Telp. sekolah {otel}

Pada {pada1}, [[e:{emp1}]] menulis:
> Anak kami diminta bayar uang komite {rps} per bulan, kalau belum bayar rapor ditahan.
""",
        Y=(3,),
    ),
    T(
        "official_reply",
        "utilities_city",
        """
From: Kelurahan {kel} <kel.{kelslug}@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Date: {dated2}
Subject: Tanggapan laporan got tersumbat

Yth. Sdr. [[n:{n1}]],
Laporan saudara sudah kami teruskan ke Dinas PUPR (surat nomor {surat}). Kerja bakti pembersihan got dijadwalkan hari {tglh}, pukul 07.00.
Terima kasih atas partisipasinya.

a.n. Lurah {kel}
Sekretaris Kelurahan,
[[n:{n2}]]
NIP. {nip}

Pada {pada1} [[n:{n1}]] menulis:
> got depan rumah sy di [[a:{ad1}]] tersumbat, air masuk rumah.
""",
    ),
    T(
        "official_reply",
        "health",
        """
From: Unit Pengaduan RSUD S.K. Lerik <pengaduan.rsudsklerik@kupangkota.go.id>
To: [[e:{emp1}]]
Date: {dated2}
Subject: Re: Pelayanan rawat inap pasien a.n. [[n:{n2}]]

Yth. Keluarga pasien,
Kami mohon maaf atas ketidaknyamanan yang dialami. Keluhan terkait pasien [[n:{n2}]] (No. RM {kb}, No. SEP {billing}) sudah kami sampaikan ke Kepala Ruangan dan Komite Keperawatan. Kami akan menghubungi Bapak/Ibu di nomor yang tercantum.
Pengaduan lanjutan: telp {otel} (jam kerja).

Unit Pengaduan RSUD S.K. Lerik

> Sy keluarga pasien [[n:{n2}]] di ruang Kelimutu. Infus macet 3 jam, perawat tdk datang walau sdh dipanggil. Sy [[n:{n1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "official_reply",
        "jobs",
        """
From: Helpdesk PPPK BKPSDM Kota Kupang <helpdesk.pppk@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Date: {dated2}
Subject: Re: Berkas PPPK tidak bisa diunggah

Yth. Sdri. [[n:{n1}]],
Berdasarkan pengecekan, akun SSCASN dengan NIK [[nik:{nik1}]] gagal unggah karena ukuran file ijazah lebih dari 1 MB. Silakan kompres file menjadi PDF maksimal 800 KB.
Nomor registrasi Saudari {noreg} tetap aktif hingga {tglf}.
Helpdesk: WA {owa} (chat saja, tidak menerima telepon).

Salam,
Tim Helpdesk PPPK
""",
        A=(1,),
    ),
    T(
        "official_reply",
        "tax_business",
        """
From: DPMPTSP Kota Kupang <dpmptsp@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>; {cvbox}
Date: {dated2}
Subject: Re: Izin PBG blm terbit

Yth. Bapak [[n:{n1}]],
Direktur {cv}

Permohonan PBG nomor {surat} sedang menunggu rekomendasi teknis dari TPA. Kami perkirakan selesai sebelum {tglf}. Mohon lengkapi gambar struktur yang sudah ditandatangani tenaga ahli.
Konsultasi: Senin–Kamis 09.00–14.00 di MPP Kota Kupang lantai 2, atau WA {owa}.

Salam,
Bidang Perizinan
""",
    ),
    T(
        "official_reply",
        "church_community",
        """
From: Sekretariat {church} <sekretariat.{cslug}@gmail.com>
To: [[e:{emp1}]]
Date: {dated2}
Subject: Re: Pendaftaran baptis anak

Syalom Bapak [[n:{n1}]],
Pendaftaran baptis untuk ananda [[n:{n2}]] sudah kami terima. Mohon lengkapi fotokopi KK (No. KK [[kk:{kk1}]] sesuai yang Bapak kirim) dan surat nikah gereja. Katekisasi orang tua hari {tglh} pukul 18.00 bersama Pdt. [[n:{n3}]].
Persembahan syukur dapat ditransfer ke rekening Majelis Jemaat Bank NTT {rekntt}.

Salam kasih,
Sekretariat Majelis Jemaat
""",
        fam={2: 1},
        K=(1, 3),
        Y=(2,),
    ),
    T(
        "official_reply",
        "scam_warning",
        """
From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Date: {dated2}
Subject: Re: Tagihan PBB lewat WA?

Yth. Bapak/Ibu [[n:{n1}]],
Nomor {scam} dan email pajak.kupang.resmi@gmail.com yang Bapak/Ibu sebutkan BUKAN milik Bapenda Kota Kupang. Bapenda tidak pernah menagih PBB lewat WhatsApp pribadi dan tidak meminta transfer ke rekening perorangan.
Pembayaran PBB hanya melalui Bank NTT, kantor pos, atau kode bayar resmi (contoh format: {billing}).
Terima kasih telah melapor.

> Sy dapat WA dari {scam} minta bayar PBB ke rek BRI a.n. orang lain. Sy [[n:{n1}]], HP sy [[p:{hp1}]].
""",
    ),
    T(
        "official_reply",
        "jobs",
        """
From: Disnakertrans Kota Kupang <disnaker@kupangkota.go.id>
To: [[e:{em1}]]
Date: {dated2}
Subject: Re: Kartu kuning (AK/1)

Selamat siang Saudara [[n:{g1}]],
Kartu AK/1 dapat diurus online di siapkerja.kemnaker.go.id. Setelah itu verifikasi di kantor Disnakertrans dengan membawa KTP (NIK [[nik:{nik1}]] sesuai yang Saudara lampirkan), ijazah dan pas foto 3x4.
Info bursa kerja: bursakerja.kupang@gmail.com / WA {owa}.

Salam,
Seksi Penempatan Tenaga Kerja
""",
        A=(1,),
    ),
    T(
        "official_reply",
        "tax_business",
        """
From: {kop} <{kopbox}>
To: [[n:{n1}]] <[[e:{emp1}]]>
Date: {dated2}
Subject: Re: Pencairan pinjaman

Salam sejahtera,
Pinjaman Ibu [[n:{n1}]] (No. anggota {kb}) sebesar {rp} sudah disetujui rapat pengurus tgl {tgl}. Dana akan ditransfer ke rekening pribadi Ibu di {bank1} [[b:{rek1}]] a.n. [[n:{N1}]].
Angsuran pertama jatuh tempo {tglf}, dapat disetor ke rekening koperasi {rekx} atau langsung di kantor.

Hormat kami,
Manajer {kop}
""",
        F=(1,),
    ),
    # ---- without personal data
    T(
        "official_reply",
        "utilities_city",
        """
From: Admin SP4N-LAPOR! Kota Kupang <lapor@kupangkota.go.id>
To: noreply@lapor.go.id
Date: {dated2}
Subject: Tindak lanjut laporan {tiket}

Yth. Pelapor,
Laporan Anda dengan nomor {tiket} tentang jalan berlubang di {jalan} telah diteruskan ke Dinas PUPR Kota Kupang (surat {surat}). Perbaikan tambal sulam dijadwalkan {tglf}.
Identitas pelapor dirahasiakan sesuai pilihan Anda.
Call center 112 | SMS 1708 | WA {owa}

Salam,
Admin SP4N-LAPOR! Kota Kupang
""",
    ),
    T(
        "official_reply",
        "education",
        """
From: Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>
To: Tata Usaha {school} <tu.{sslug}@gmail.com>
Date: {dated2}
Subject: Re: Data NIK siswa tidak padan di Dapodik

Yth. Kepala {school},
Untuk perbaikan NIK siswa, orang tua/wali dapat datang ke loket 2 membawa KK asli. Layanan jemput bola di sekolah dapat dijadwalkan; silakan hubungi Seksi PIAK telp {otel} atau email piak.dukcapil@kupangkota.go.id.
Nomor surat balasan: {surat}.

Hormat kami,
Kepala Bidang Pelayanan Pendaftaran Penduduk
""",
    ),
    T(
        "official_reply",
        "tax_business",
        """
From: Pokja Pemilihan UKPBJ <ukpbj@kupangkota.go.id>
To: {cvbox}
Date: {dated2}
Subject: Jawaban sanggah kode tender {tkt}

Kepada Yth. Direktur {cv},
Sanggahan Saudara tanggal {tgl} tidak dapat diterima. NPWP yang tercantum dalam dokumen penawaran ({npwpx}) berbeda dengan NPWP pada data OSS ({npwpx2}), dan SPT Tahunan yang diunggah bukan tahun pajak terakhir.
Jawaban ini juga disampaikan melalui SPSE. Sanggah banding dapat diajukan paling lambat {tglf} dengan jaminan {rpbig}.

Pokja Pemilihan {surat}
""",
    ),
    T(
        "official_reply",
        "scam_warning",
        """
From: Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>
To: Komunitas Anti Hoaks Kupang <antihoaks.kupang@gmail.com>
Date: {dated2}
Subject: Re: Waspada email & WA palsu atas nama Dukcapil

Terima kasih atas informasinya.
Email dukcapil.kupang.online@gmail.com serta nomor {scam} dan {scam2} TIDAK terdaftar sebagai kanal resmi. Kanal resmi kami hanya: disdukcapil@kupangkota.go.id, WA {owa}, telp {otel}, dan loket di Jl. Timor Raya. Aktivasi IKD tidak dipungut biaya dan tidak pernah dilakukan lewat link.
Himbauan sudah kami unggah di akun resmi @dukcapilkotakupang.

Salam,
Humas Disdukcapil
""",
    ),
    T(
        "official_reply",
        "church_community",
        """
From: Dinas Perhubungan Kota Kupang <dishub@kupangkota.go.id>
To: Majelis Jemaat {church} <majelis.{cslug}@gmail.com>
Date: {dated2}
Subject: Re: Permohonan rambu dan zebra cross depan gereja

Syalom Majelis Jemaat {church},
Permohonan dengan surat nomor {surat} sudah kami survei pada {tgl}. Pemasangan rambu dan marka zebra cross masuk jadwal {tglf}, dikerjakan bersama Satlantas.
Untuk koordinasi lapangan hubungi Seksi Manajemen Lalu Lintas telp {otel}.

Hormat kami,
Kepala Dinas Perhubungan Kota Kupang
""",
    ),
    T(
        "official_reply",
        "utilities_city",
        """
From: PLN UP3 Kupang <pln123.kupang@pln.co.id>
To: Front Office Hotel Sasando Indah <frontoffice.sasandoindah@gmail.com>
Date: {dated2}
Subject: Re: Token listrik tidak masuk [{tkt}]

Pelanggan Yth.,
Untuk ID pelanggan {idpel}, token {token} sudah kami cek dan berhasil dikirim ulang. Mohon masukkan kembali ke kWh meter. Bila tetap gagal, hubungi PLN 123 atau aplikasi PLN Mobile dengan nomor laporan {tkt}.

Salam,
PLN UP3 Kupang
""",
    ),
    T(
        "official_reply",
        "health",
        """
From: {pusk} <pkm.{puskslug}@gmail.com>
To: rt09.{kelslug}@gmail.com
Date: {dated2}
Subject: Re: Permohonan fogging

Yth. Ketua RT 09 dan warga,
Fogging fokus akan dilaksanakan hari {tglh} pukul 06.00–09.00 untuk RT 09, RT 10 dan RT 12. Mohon warga menutup makanan dan membuka pintu rumah. Sebelumnya kami minta PSN 3M Plus tetap dilakukan.
Laporan kasus DBD dapat dikirim ke surveilans {pusk}, telp {otel}.

Salam sehat,
Tim Surveilans
""",
    ),
    T(
        "official_reply",
        "utilities_city",
        """
From: Ombudsman RI Perwakilan NTT <pengaduan.ntt@ombudsman.go.id>
To: Forum Warga Peduli {kel} <forumwarga.{kelslug}@gmail.com>
Date: {dated2}
Subject: Tanda terima laporan No. {noreg}

Yth. Pelapor,
Laporan Saudara terkait penundaan perbaikan jalan di {jalan} telah kami terima dan teregister dengan nomor {noreg}. Tim akan melakukan verifikasi formil dan materiil dalam 14 hari kerja.
Kontak: telp {otel}, WA {owa}. Layanan tidak dipungut biaya.

Ombudsman RI Perwakilan Provinsi NTT
""",
    ),
    T(
        "official_reply",
        "jobs",
        """
From: BPJS Ketenagakerjaan Kupang <kupang@bpjsketenagakerjaan.go.id>
To: HRD {shop} <hrd.{shopslug}@gmail.com>
Date: {dated2}
Subject: Re: Koreksi data peserta

Yth. HRD {shop},
Koreksi data untuk nomor KPJ {kpj} dan {kpj2} sudah kami proses. Iuran bulan berjalan sebesar {rp} dibayar melalui kode iuran {billing} paling lambat tanggal 15.
Kontak: Kantor Cabang Kupang telp {otel}.

Salam,
Bidang Kepesertaan
""",
    ),
]

# ---------------------------------------------------------------- forward_chain
TEMPLATES += [
    T(
        "forward_chain",
        "social_aid",
        """
From: [[n:{n3}]] <[[e:{emg3}]]>
Sent: {datee2}
To: dinsos@kupangkota.go.id
Subject: Fwd: Bantuan lansia blm terima

Selamat siang Bidang Linjamsos,
Kami teruskan pengaduan warga Kel. {kel} untuk ditindaklanjuti.
Salam,
[[n:{n3}]]
Staf Seksi Kesra Kelurahan {kel}

---------- Forwarded message ---------
Dari: [[n:{n1}]] <[[e:{emp1}]]>
Date: {pada1}
Subject: Bantuan lansia blm terima
To: <kel.{kelslug}@kupangkota.go.id>

Selamat siang, sy [[n:{n1}]], anak dari Oma [[n:{n2}]] yang tinggal di [[a:{adr2}]]. Oma sdh {umur2} thn tapi tdk pernah dapat bantuan lansia. NIK oma [[nik:{nik2}]]. HP sy [[p:{hp1}]].
""",
        E=(2,),
    ),
    T(
        "forward_chain",
        "civil_registry",
        """
From: [[n:{n2}]] <[[e:{emp2}]]>
To: disdukcapil@kupangkota.go.id
Cc: sekretariat.dprd@kupangkota.go.id
Date: {dated2}
Subject: Fwd: Tolong bantu akta kematian

Selamat pagi Pak Kadis,
Mohon dibantu warga konstituen sy di bawah ini. Terima kasih.
[[n:{n2}]]
Anggota DPRD Kota Kupang

---------- Pesan terusan ----------
Dari: [[n:{n1}]] <[[e:{em1}]]>
Tanggal: {pada1}
Subjek: Tolong bantu akta kematian
Kepada: [[n:{n2}]] <[[e:{emp2}]]>

Pak, sy mau urus akta kematian bapa sy almarhum [[n:{n3}]] tp di kelurahan bilang harus ada surat keterangan dari RS. Bapa meninggal di rumah. KK kami [[kk:{kk1}]].
Mohon bantu Pak.
[[n:{n1}]]
""",
        M=(2, 3),
        E=(3,),
        fam={1: 3},
    ),
    T(
        "forward_chain",
        "health",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: {pusk} <pkm.{puskslug}@gmail.com>
Date: {dated3}
Subject: Re: Re: Jadwal imunisasi anak

Baik, terima kasih Kak. Nanti sy bawa [[n:{g3}]] sesuai jadwal.

Pada {pada2}, {pusk} <pkm.{puskslug}@gmail.com> menulis:
> Selamat pagi Ibu, jadwal imunisasi susulan hari {tglh} jam 08.00 di posyandu. Bawa buku KIA ya. Kalau ada kendala hubungi bidan [[n:{g4}]] di [[p:{hp4}]].
>
> Pada {pada1}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
>> Selamat malam, anak sy [[n:{n3}]] umur 9 bln blm dapat imunisasi campak krn kemarin sakit. Kapan bisa susulan? HP sy [[p:{hp1}]]
""",
        F=(1,),
        Y=(3,),
        fam={3: 1},
    ),
    T(
        "forward_chain",
        "scam_warning",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: dinsos@kupangkota.go.id
Date: {dated2}
Subject: Fwd: PEMBERITAHUAN PENCAIRAN BST TAHAP 3

Pak/Ibu, ini email yg sy terima. Ini tipu ko? Sy blm balas.
[[n:{g1}]]

Begin forwarded message:

From: "Kementerian Sosial RI" <bansos.kemensos.ntt@gmail.com>
Subject: PEMBERITAHUAN PENCAIRAN BST TAHAP 3
Date: {datee1}
To: [[e:{emp1}]]

Selamat! Anda terdaftar penerima BST sebesar {rp}. Segera kirim foto KTP, KK dan nomor rekening ke WA admin {scam} paling lambat 1x24 jam.

Sent from my iPhone
""",
    ),
    T(
        "forward_chain",
        "tax_business",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emg1}]]>
Sent: {datee2}
To: Bendahara Pengeluaran Setda <bendahara.setda@kupangkota.go.id>
Cc: [[n:{f2}]], [[n:{g2}]] <[[e:{emg2}]]>
Subject: FW: Daftar NPWP narasumber

Bu Bendahara, terlampir NPWP narasumber kegiatan kemarin:
1. [[n:{n3}]] — NPWP [[npwp:{npwpd3}]]
2. [[n:{n4}]] — NPWP [[npwp:{npwpn4}]]
Honor ditransfer ke rekening masing-masing sesuai email di bawah.

-----Original Message-----
From: [[n:{n3}]] <[[e:{emp3}]]>
Sent: {datee1}
Subject: Data narasumber
Rekening sy {bank3} [[b:{rek3}]] a.n. [[n:{n3}]]. HP [[p:{hp3}]].
""",
        K=(1, 2),
    ),
    T(
        "forward_chain",
        "jobs",
        """
From: Rekrutmen {shop} <rekrutmen.{shopslug}@gmail.com>
To: [[n:{n2}]] <[[e:{emp2}]]>
Date: {dated2}
Subject: Fwd: Lamaran kasir

Pak [[n:{g2}]], ini lamaran yg masuk utk posisi kasir. Mohon dicek, kalau cocok kita panggil interview Senin.
Admin Rekrutmen

---------- Forwarded message ---------
From: [[n:{n1}]] <[[e:{emp1}]]>
Date: {pada1}
Subject: Lamaran kasir

Dengan hormat, sy [[n:{n1}]], lulusan SMK jurusan Akuntansi, melamar sebagai kasir. CV terlampir (CV_[[n:{g1}]]_{year}.pdf). HP/WA [[p:{hp1}]].
""",
        K=(1,),
        A=(1,),
    ),
    T(
        "forward_chain",
        "church_community",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pemuda-{cslug}@googlegroups.com
Date: {dated2}
Subject: Fwd: [pemuda-{cslug}] Jadwal latihan paduan suara

Teman-teman, sy forward lagi krn banyak yg blm baca. Yg mau ikut konfirmasi ke sy ([[p:{hp1}]]).

---------- Forwarded message ---------
From: [[n:{n2}]] <[[e:{emp2}]]>
To: pemuda-{cslug}@googlegroups.com
Date: {pada1}

Latihan paduan suara untuk Natal mulai {tglf}, jam 18.30 di gedung gereja. Pelatih Kak [[n:{g3}]].

--
Anda menerima pesan ini karena berlangganan grup "pemuda-{cslug}" di Google Grup.
Untuk berhenti berlangganan, kirim email ke pemuda-{cslug}+unsubscribe@googlegroups.com.
""",
        K=(1, 2, 3),
    ),
    T(
        "forward_chain",
        "civil_registry",
        """
Catatan surel masuk {tgl}: From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]> — diteruskan ke Bidang Pelayanan Pendaftaran Penduduk.
Isi: permohonan perubahan elemen data (status kawin) a.n. [[n:{n1}]], NIK [[nik:{nik1}]]. Lampiran: buku nikah, KK lama.
Disposisi: Kabid PDP, tindak lanjut paling lambat {tglf}. Agenda no. {surat}.
""",
        K=(1,),
    ),
    T(
        "forward_chain",
        "education",
        """
From: Tata Usaha {school} <tu.{sslug}@gmail.com>
To: bendahara.disdikbud@kupangkota.go.id
Date: {dated2}
Subject: Fwd: NPWP guru honor utk pencairan insentif

Yth. Bendahara, berikut kami teruskan data dari guru honor kami.
TU {school}

---------- Forwarded message ---------
From: [[n:{n1}]] <[[e:{emgt1}]]>
Date: {pada1}
To: tu.{sslug}@gmail.com

Selamat siang Ibu TU, ini NPWP sy [[npwp:{npwpn1}]] (sudah pakai NIK), rekening {bank1} [[b:{rek1}]], nama di rekening [[n:{N1}]].
Terima kasih.
""",
    ),
    T(
        "forward_chain",
        "utilities_city",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: satpolpp@kupangkota.go.id
Date: {dated2}
Subject: Fwd: Pemilik kos putus listrik

Mohon bantuan, ini email dari pemilik kos sy.

On {datee1}, [[n:{n2}]] <[[e:{emp2}]]> wrote:
> Kalau sampai tgl 10 blm bayar, listrik sy putus. Kamar kosongkan.
> [[n:{g2}]]

Kos sy di [[a:{adr2}]] (rumah pemilik, kamar belakang). Sy tinggal di situ sejak {yearp}.
[[n:{n1}]] / [[p:{hp1}]]
""",
    ),
    T(
        "forward_chain",
        "health",
        """
From: [[n:{n1}]] <[[e:{emg1}]]>
To: layanan.kupang@bpjs-kesehatan.go.id
Date: {dated2}
Subject: Fwd: Tolong bantu pasien cuci darah

Selamat pagi, sy staf {pusk}. Mohon bantuan utk pasien kami di bawah ini.
[[n:{n1}]]

---------- Forwarded message ---------
From: [[n:{n2}]] <[[e:{emp2}]]>
Date: {pada1}

Suami sy [[n:{n3}]] pasien cuci darah 2x seminggu, kartu JKN [[bpjs:{bpjs3}]] tiba2 nonaktif. NIK suami [[nik:{nik3}]]. Jadwal HD besok pagi. Tolong Kak. HP [[p:{hp2}]].
""",
        F=(2,),
    ),
    T(
        "forward_chain",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: kel.{kelslug}@kupangkota.go.id
Date: {dated2}
Subject: Fwd: Surat pengantar pindah

Selamat siang Pak Sekel,
Sy [[n:{n1}]], Ketua RT {num}. Ada warga sy minta surat pengantar pindah, emailnya sy teruskan. Berkas asli besok sy antar ke kantor.
HP [[p:{hp1}]]

---------- Forwarded message ---------
From: [[n:{n2}]] <[[e:{em2}]]>
Date: {pada1}
Subject: Surat pengantar pindah

Pak RT, sy [[n:{n2}]] mau pindah ke Kab. Kupang (Oelamasi). KK sy [[kk:{kk2}]]. Alamat sekarang [[a:{adr2}]]. Terima kasih.
""",
    ),
    T(
        "forward_chain",
        "jobs",
        """
From: Sekretariat Seleksi THL DLHK <seleksi.thl.dlhk@gmail.com>
To: [[e:{emp1}]], [[e:{emp2}]], [[e:{emp3}]]
Date: {dated2}
Subject: Fwd: Undangan wawancara THL

Yth. Peserta,
Saudara/i yang namanya tercantum di bawah diundang wawancara {tglf} pukul 09.00 di Aula DLHK:
1. [[n:{n1}]] ({noreg1})
2. [[n:{n2}]] ({noreg2})
3. [[n:{n3}]] ({noreg3})
Konfirmasi kehadiran dengan membalas email ini. Seleksi tidak dipungut biaya apa pun.

Panitia Seleksi
""",
        A=(1, 2, 3),
    ),
    T(
        "forward_chain",
        "church_community",
        """
From: [[n:{n2}]] <[[e:{emp2}]]>
To: warga-{kelslug}@googlegroups.com
Date: {dated2}
Subject: Fwd: Berita duka

Bapa mama, sy teruskan info dari majelis.

---------- Forwarded message ---------
From: Majelis Jemaat {church} <majelis.{cslug}@gmail.com>
Date: {pada1}

Telah berpulang ke rumah Bapa di Sorga, Bapak [[n:{n1}]] pada {tgl}. Ibadah penghiburan di rumah duka Kel. [[n:{f1}]], [[a:{adr1}]]. Pemakaman {tglf} di TPU {kel}.
Majelis Jemaat
""",
        E=(1,),
        K=(1,),
    ),
    # ---- without personal data
    T(
        "forward_chain",
        "social_aid",
        """
From: Sekretariat Dinsos <dinsos@kupangkota.go.id>
To: disdukcapil@kupangkota.go.id
Date: {dated2}
Subject: Fwd: Daftar KPM tidak padan NIK

Yth. Kadis Dukcapil,
Bersama ini kami teruskan surat Kemensos nomor {surat} perihal {num} KPM Kota Kupang yang NIK-nya tidak padan. Data by name kami kirim terpisah melalui aplikasi SIKS-NG, tidak melalui email.
Mohon koordinasi, kontak Bidang Linjamsos telp {otel}.

---------- Forwarded message ---------
From: Pusdatin Kemensos <pusdatin@kemensos.go.id>
Date: {pada1}
Subject: Data tidak padan periode {year}
Terlampir rekap per kabupaten/kota (file rekap_tidak_padan_ntt_{year}.xlsx).
""",
    ),
    T(
        "forward_chain",
        "health",
        """
From: Admin Klinik Pratama Kasih Bunda <klinik.kasihbunda.kpg@gmail.com>
To: staf.klinikkasihbunda@googlegroups.com
Date: {dated2}
Subject: Fwd: Info Faskes Bulan Ini

Teman-teman, mohon dibaca perubahan kapitasi di bawah.

---------- Forwarded message ---------
From: BPJS Kesehatan <no-reply@bpjs-kesehatan.go.id>
Date: {pada1}
Subject: Info Faskes Bulan Ini

Kepada FKTP mitra, pembayaran kapitasi periode ini sebesar {rp} telah ditransfer pada {tgl}. Kode faskes Anda {kb}. Pertanyaan: Care Center 165.
Email ini dikirim otomatis, mohon tidak membalas.
""",
    ),
    T(
        "forward_chain",
        "utilities_city",
        """
From: Kelurahan {kel} <kel.{kelslug}@kupangkota.go.id>
To: rt01.{kelslug}@gmail.com, rt05.{kelslug}@gmail.com, rt11.{kelslug}@gmail.com
Date: {dated2}
Subject: Fwd: Pemberitahuan gangguan distribusi air

Yth. Para Ketua RT, mohon diteruskan ke warga.

---------- Forwarded message ---------
From: Humas Perumda Air Minum Kota Kupang <humas@airminumkupang.co.id>
Date: {pada1}

Distribusi air ke wilayah {kel} dan {kel2} terhenti pada {tglf} pukul 08.00–20.00 karena penggantian pipa di {jalan}. Info gangguan: {otel} / WA {owa}.
""",
    ),
    T(
        "forward_chain",
        "scam_warning",
        """
From: Bank NTT Cabang Utama <cabangutama@bankntt.co.id>
To: nasabah-info@bankntt.co.id
Date: {dated2}
Subject: FW: WASPADA penipuan mengatasnamakan Bank NTT

Mohon diteruskan ke seluruh unit.

-----Original Message-----
From: Divisi Kepatuhan <kepatuhan@bankntt.co.id>
Sent: {datee1}

Telah beredar pesan dari nomor {scam} dan {scam2} serta email cs.bankntt.promo@gmail.com yang mengaku petugas Bank NTT dan meminta kode OTP. Bank NTT tidak pernah meminta PIN/OTP. Layanan resmi hanya call center {otel}.
""",
    ),
    T(
        "forward_chain",
        "tax_business",
        """
From: {cv} <{cvbox}>
To: {cvbox2}
Date: {dated2}
Subject: Fwd: Undangan pembuktian kualifikasi

Bos, ini undangan dari Pokja, kita jadi mitra KSO. Bawa dokumen asli NIB dan NPWP badan ({npwpx}).

---------- Forwarded message ---------
From: SPSE Kota Kupang <no-reply@spse.kupangkota.go.id>
Date: {pada1}
Subject: Undangan pembuktian kualifikasi {tkt}

Pembuktian kualifikasi dilaksanakan {tglf} pukul 09.00 di kantor UKPBJ. Nilai HPS {rpbig}.
""",
    ),
    T(
        "forward_chain",
        "civil_registry",
        """
From: Bagian Umum Setda <umum.setda@kupangkota.go.id>
To: disdukcapil@kupangkota.go.id; dinsos@kupangkota.go.id; bapenda@kupangkota.go.id
Date: {dated2}
Subject: Fwd: Surat Edaran Mendagri tentang pelindungan data pribadi

Diteruskan untuk menjadi perhatian.

---------- Forwarded message ---------
From: Persuratan Kemendagri <persuratan@kemendagri.go.id>
Date: {pada1}

Surat Edaran Nomor {surat} tanggal {tgl} tentang pengamanan data kependudukan. Lampiran: SE_{year}_{kb}.pdf (2,4 MB).
""",
    ),
    T(
        "forward_chain",
        "church_community",
        """
From: Sekretariat {church} <sekretariat.{cslug}@gmail.com>
To: majelis.{cslug}@gmail.com
Cc: sidi.{cslug}@gmail.com, baptis.{cslug}@gmail.com
Date: {dated2}
Subject: Fwd: Jadwal katekisasi dan sidi

Diteruskan ke majelis dan panitia.

---------- Forwarded message ---------
From: Klasis Kota Kupang <klasis.kotakupang@gmail.com>
Date: {pada1}
Peneguhan sidi serentak {tglf}. Biaya pendaftaran {rps} ditransfer ke rekening klasis Bank NTT {rekntt}.
""",
    ),
    T(
        "forward_chain",
        "education",
        """
From: Komite {school} <komite.{sslug}@gmail.com>
To: paguyuban-ortu.{sslug}@googlegroups.com
Date: {dated2}
Subject: Fwd: Undangan rapat orang tua

Mohon hadir.

---------- Forwarded message ---------
From: Tata Usaha {school} <tu.{sslug}@gmail.com>
Date: {pada1}
Rapat orang tua/wali siswa kelas akhir {tglf} pukul 10.00 di aula. Agenda: ujian sekolah dan perpisahan. Kontak TU telp {otel}, WA {owa}. NPSN {npsn}.
""",
    ),
    T(
        "forward_chain",
        "utilities_city",
        """
From: Pengaduan Kota Kupang <pengaduan@kupangkota.go.id>
To: helpdesk.diskominfo@kupangkota.go.id
Date: {dated2}
Subject: FW: Surel tidak terkirim ke pelapor

Tolong cek header di bawah, surel kami masuk spam.

Received: from mail.kupangkota.go.id ([{ip}]) by mx.google.com with ESMTPS id {kb}
Message-ID: {msgid}
X-Spam-Score: 6.{num}
Return-Path: <bounce-{otp}@kupangkota.go.id>
""",
    ),
]

# ---------------------------------------------------------------- auto_reply
TEMPLATES += [
    T(
        "auto_reply",
        "social_aid",
        """
From: [[n:{n1}]] <[[e:{emg1}]]>
To: [[e:{emp3}]]
Date: {dated2}
Subject: Balasan otomatis: Re: Data KPM Kel. {kel}

Terima kasih atas email Bapak/Ibu.
Saya sedang cuti tahunan sampai {tglf} dan tidak dapat membuka email. Untuk urusan mendesak silakan hubungi Sdri. [[n:{n2}]] ([[e:{emg2}]], HP [[p:{hp2}]]).
Untuk layanan umum Dinas Sosial: telp {otel}.

Salam,
[[n:{n1}]]
Kasubag Umum dan Kepegawaian, Dinas Sosial Kota Kupang
HP [[p:{hp1}]]
""",
    ),
    T(
        "auto_reply",
        "education",
        """
From: [[n:{n1}]] <[[e:{emgt1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Otomatis: Re: Nilai remedial anak saya

Selamat siang Bapak/Ibu orang tua,
Ibu guru sedang mengikuti Pendidikan Guru Penggerak di Kefamenanu sampai {tglf}, sinyal terbatas. Pertanyaan nilai dapat disampaikan ke wali kelas atau Tata Usaha {school} (telp {otel}).
Jika sangat mendesak, WA saya [[p:{hp1}]] (balas malam hari).

Salam,
[[n:{n1}]], S.Pd.
Guru Matematika {school}
""",
        F=(1,),
    ),
    T(
        "auto_reply",
        "utilities_city",
        """
From: Layanan Pelanggan <noreply@helpdesk.airminumkupang.co.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Date: {dated1}
Subject: [Tiket #{tkt}] Pengaduan Anda telah diterima

Yth. [[n:{n1}]],

Pengaduan Anda telah tercatat dengan nomor tiket #{tkt}. Petugas kami akan membalas ke [[e:{emp1}]] dalam 2x24 jam kerja.
Ringkasan: "air keruh dan berbau sejak {tgl}, alamat [[a:{adr1}]]"
Nomor kontak yang Anda isi: [[p:{hp1}]]

Mohon tidak membalas email ini. Untuk gangguan darurat hubungi {otel}.
""",
    ),
    T(
        "auto_reply",
        "church_community",
        """
From: Pdt. [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Auto-reply: Permohonan pelayanan nikah

Syalom,
Saya sedang melayani di Klasis Rote Barat Laut sampai {tglf}. Untuk jadwal pelayanan nikah, baptisan dan perkunjungan silakan menghubungi kantor Majelis Jemaat {church}, telp {otel} (Selasa–Sabtu 09.00–13.00), email sekretariat.{cslug}@gmail.com.
Tuhan memberkati.

Pdt. [[n:{n1}]], S.Th.
""",
        K=(1,),
    ),
    T(
        "auto_reply",
        "education",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emp3}]]
Date: {datee2}
Subject: Automatic reply: Thesis draft chapter 3

Thank you for your email. I am on fieldwork in Sumba until {tglf} with limited access to email.
For urgent academic matters please contact my assistant [[n:{n2}]] at [[e:{emp2}]].
Administrative questions: Tata Usaha Fakultas, fkip@undana.ac.id, phone {otel}.

Best regards,
[[n:{n1}]]
Universitas Nusa Cendana
""",
    ),
    T(
        "auto_reply",
        "civil_registry",
        """
From: [[n:{n2}]] <[[e:{emg2}]]>
To: [[n:{n1}]] <[[e:{em1}]]>
Date: {dated2}
Subject: Balasan Otomatis: Permohonan legalisir KK

Email ini tidak lagi saya pantau karena saya sudah dimutasi ke Kecamatan {kec}. Permohonan legalisir silakan dikirim ke disdukcapil@kupangkota.go.id.

-----Pesan Asli-----
Dari: [[n:{n1}]] <[[e:{em1}]]>
Dikirim: {dated1}
Perihal: Permohonan legalisir KK
Mohon legalisir KK sy No. [[kk:{kk1}]] utk daftar sekolah anak. HP [[p:{hp1}]].
""",
    ),
    T(
        "auto_reply",
        "health",
        """
From: [[n:{n1}]] <[[e:{emg1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Balasan otomatis: Re: Jadwal posyandu lansia

Terima kasih, email Bapak/Ibu sudah masuk.
Bidan [[n:{g1}]] sedang cuti melahirkan sampai {tglf}. Selama cuti, posyandu lansia wilayah {kel} dilayani bidan [[n:{n3}]] (HP [[p:{hp3}]]). Pendaftaran dan informasi umum: {pusk}, telp {otel}.
""",
        F=(1, 3),
    ),
    T(
        "auto_reply",
        "civil_registry",
        """
From: [[n:{l1}]] <[[e:{emp1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Re: surat pengantar

Salam, ini balasan otomatis.
Beta Ketua RT {num} sementara ada di Sabu urus keluarga sampe {tglf}. Kalo butuh surat pengantar, ke Sekretaris RT, Om [[n:{g3}]], rumahnya di [[a:{ad3}]]. Kalo penting skali telpon beta pung nomor [[p:{hp1}]] malam sa.

- [[n:{l1}]]
""",
        M=(3,),
        K=(1,),
    ),
    T(
        "auto_reply",
        "church_community",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Balasan otomatis

Shalom, terima kasih su kirim email. Beta ada di kampung (Alor) sampe {tglf}, sinyal susah. Kalo urusan koor, kontak ketua koor Kak [[n:{g3}]] [[p:{hp3}]]. Kalo urusan lain tunggu beta pulang e.
GBU,
[[n:{g1}]]
""",
        K=(1, 3),
    ),
    T(
        "auto_reply",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{emg1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Balasan otomatis: alamat email dinas tidak aktif

Mohon maaf, alamat email dinas ini tidak aktif lagi karena saya sudah purna tugas sejak {tgl}. Untuk urusan pribadi silakan kirim ke [[e:{emp1}]]. Urusan kantor ke umum.bkpsdm@kupangkota.go.id.
Nomor WA tetap sama, [[p:{hp1}]].

Terima kasih,
[[n:{n1}]]
""",
    ),
    T(
        "auto_reply",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Auto: Penawaran harga material

Terima kasih atas emailnya. Saya sedang di lokasi proyek di Kab. TTS sampai {tglf}.
Untuk penawaran dan dokumen perusahaan kirim ke {cvbox} atau telp kantor {cv} {otel}. Kalau mendesak, HP saya [[p:{hp1}]].

[[n:{n1}]]
Direktur {cv}
""",
    ),
    T(
        "auto_reply",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Balasan otomatis: Laporan SHU

Terima kasih. Saya sedang mengikuti diklat manajer koperasi di Kupang sampai {tglf}. Untuk pencairan SHU dan pinjaman silakan ke kantor {kop} (WA kantor {owa}, rek koperasi {rekx}).
Hal pribadi bisa WA saya [[p:{hp1}]].

Salam,
[[n:{n1}]]
Manajer {kop}
""",
    ),
    T(
        "auto_reply",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{emg1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Balasan otomatis: Re: Berkas magang

Saya sedang dinas luar (bimtek di Jakarta) sampai {tglf}. Untuk berkas magang silakan kirim ke Sub Bagian Umum, umum.disnaker@kupangkota.go.id.
Salam,
[[n:{n1}]]
Analis SDM Aparatur, Disnakertrans Kota Kupang
Telp. kantor {otel} | HP [[p:{hp1}]]
""",
    ),
    T(
        "auto_reply",
        "utilities_city",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pengaduan@kupangkota.go.id
Date: {dated2}
Subject: Out of Office: Tindak lanjut laporan {tiket}

Saya sedang ke luar kota sampai {tglf}. Rumah saya di [[a:{adr1}]] kosong, petugas yang mau cek saluran silakan hubungi adik saya [[n:{n2}]] di [[p:{hp2}]].

[[n:{n1}]]
""",
    ),
    # ---- without personal data
    T(
        "auto_reply",
        "civil_registry",
        """
From: Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>
Date: {dated1}
Subject: Balasan otomatis: Permohonan Anda kami terima

Terima kasih telah menghubungi Dinas Kependudukan dan Pencatatan Sipil Kota Kupang.
Email Anda sudah kami terima dan akan dibalas dalam 3 hari kerja. Jam layanan: Senin–Kamis 08.00–15.00, Jumat 08.00–11.00.
Call center {otel} | WA {owa} | Instagram @dukcapilkotakupang
Mohon tidak mengirim foto KTP/KK melalui email ini.
""",
    ),
    T(
        "auto_reply",
        "jobs",
        """
From: Flobamor Tour & Travel <cs.flobamortravel@gmail.com>
Date: {dated1}
Subject: Terima kasih telah menghubungi kami

Halo Kak, terima kasih sudah menghubungi Flobamor Tour & Travel!
Untuk pemesanan tiket kapal dan travel Kupang–Soe–Kefa silakan WA {owa} atau telp {otel}.
Pembayaran ke rekening usaha {bankrek}. Lowongan sopir: kirim CV ke rekrutmen.flobamortravel@gmail.com.
""",
    ),
    T(
        "auto_reply",
        "health",
        """
From: BPJS Kesehatan <no-reply@bpjs-kesehatan.go.id>
Date: {dated1}
Subject: [Auto Reply] Pengaduan Anda Nomor {tkt}

Peserta JKN Yth.,
Pengaduan Anda telah tercatat dengan nomor {tkt}. Status dapat dipantau melalui Mobile JKN atau Care Center 165. Layanan Pandawa WA {owa}.
Email ini dikirim otomatis oleh sistem, mohon tidak membalas.
""",
    ),
    T(
        "auto_reply",
        "tax_business",
        """
From: Helpdesk Coretax KPP Pratama Kupang <helpdesk.kpp920@pajak.go.id>
Date: {dated1}
Subject: Balasan otomatis

Terima kasih. Pertanyaan Anda masuk antrean ke-{num}. Jangan mengirim EFIN, password atau kode OTP melalui email.
Kring Pajak 1500200 | informasi@pajak.go.id | Layanan tatap muka di KPP, Jl. Soeharto, Senin–Jumat 08.00–16.00.
Contoh penulisan NPWP 16 digit: 0{otp}000000000.
""",
    ),
    T(
        "auto_reply",
        "jobs",
        """
From: Rekrutmen {shop} <rekrutmen.{shopslug}@gmail.com>
Date: {dated1}
Subject: Lamaran Anda sudah kami terima

Terima kasih atas lamaran Anda.
Berkas akan diseleksi paling lambat {tglf}. Hanya pelamar yang lolos yang akan dihubungi lewat email atau WA {owa}.
Kami tidak memungut biaya apa pun. Waspada penipuan atas nama perusahaan dari nomor atau email lain.
""",
    ),
    T(
        "auto_reply",
        "education",
        """
From: Tata Usaha {school} <tu.{sslug}@gmail.com>
Date: {dated1}
Subject: Libur semester

Yth. Bapak/Ibu,
Kantor Tata Usaha {school} libur semester sampai {tglf}. Email akan dibalas setelah libur. Untuk legalisir ijazah mendesak hubungi piket sekolah WA {owa}.
NPSN {npsn}
""",
    ),
    T(
        "auto_reply",
        "utilities_city",
        """
From: Ombudsman RI Perwakilan NTT <pengaduan.ntt@ombudsman.go.id>
Date: {dated1}
Subject: Tanda Terima Otomatis {noreg}

Laporan Anda tercatat dengan nomor agenda {noreg} pada {tgl}.
Asisten akan menghubungi Anda dalam 14 hari kerja. Pengaduan juga dapat melalui telp {otel} atau WA {owa}.
Layanan Ombudsman gratis.
""",
    ),
    T(
        "auto_reply",
        "social_aid",
        """
From: noreply@kupangkota.go.id
Date: {dated1}
Subject: Kotak surat tidak dipantau

Alamat ini hanya untuk mengirim pemberitahuan dan tidak dipantau.
Untuk pengaduan bansos gunakan dinsos@kupangkota.go.id atau SMS 1708 (format: KOTKUPANG spasi isi laporan). Nomor surat edaran: {surat}.
""",
    ),
    T(
        "auto_reply",
        "utilities_city",
        """
From: Perumda Air Minum Kota Kupang <layanan@airminumkupang.co.id>
Date: {dated1}
Subject: [Otomatis] Gangguan distribusi wilayah {kel}

Pelanggan Yth., saat ini sedang ada perbaikan pipa di {jalan}. Pengaduan Anda sudah masuk antrean nomor {kb}.
Informasi gangguan: telp {otel}, WA {owa} (08.00–16.00). Pembayaran rekening air bisa di loket atau VA {va}.
""",
    ),
]

# ---------------------------------------------------------------- form_notification
TEMPLATES += [
    T(
        "form_notification",
        "civil_registry",
        """
From: LAPOR! <noreply@lapor.go.id>
To: admin.lapor@kupangkota.go.id
Date: {dated1}
Subject: [LAPOR!] Laporan baru {tiket} didisposisikan ke instansi Anda

Laporan baru telah didisposisikan ke Pemerintah Kota Kupang.

Nomor laporan : {tiket}
Kategori      : Kependudukan
Judul         : Nama ibu di KK salah tulis
Pelapor       : [[n:{n1}]]
Email pelapor : [[e:{emp1}]]
Telepon       : [[p:{hpk1}]]
Isi laporan   : Nama ibu sy [[n:{n2}]] di KK salah tulis, akibatnya BPJS ibu tdk bisa aktif. NIK ibu [[nik:{nik2}]]. Mohon dibantu.
Kanal         : Website
Lihat laporan: https://www.lapor.go.id/laporan/detil/{tkt}
""",
        F=(2,),
    ),
    T(
        "form_notification",
        "social_aid",
        """
From: Website Dinas Sosial <wordpress@dinsos.kupangkota.go.id>
Reply-To: [[n:{n1}]] <[[e:{emp1}]]>
To: dinsos@kupangkota.go.id
Date: {dated1}
Subject: [Dinas Sosial Kota Kupang] Pesan baru dari formulir kontak

Dari: [[n:{n1}]] <[[e:{emp1}]]>
Subjek: Pendaftaran DTKS
Isi pesan:
Selamat siang, sy mau daftar DTKS utk keluarga sy. KK [[kk:{kk1}]]. Tinggal di [[a:{adr1}]] Kel. {kel}. Suami kerja buruh harian, anak 4 org.
Nomor telepon: [[p:{hp1}]]

--
Email ini dikirim dari formulir kontak di https://dinsos.kupangkota.go.id/kontak
IP pengirim: {ip}
""",
        F=(1,),
    ),
    T(
        "form_notification",
        "health",
        """
From: Google Forms <forms-receipts-noreply@google.com>
To: posyandu.lansia.{kelslug}@gmail.com
Date: {dated1}
Subject: Tanggapan baru: Pendaftaran Vaksinasi Lansia {kel}

Pendaftaran Vaksinasi Lansia {kel}
Tanggapan baru dari [[e:{emp1}]]

Nama lengkap lansia: [[n:{N2}]]
NIK: [[nik:{nik2}]]
Tanggal lahir: {lahir2}
Alamat (RT/RW): [[a:{rt2}]]
No. HP keluarga yang bisa dihubungi: [[p:{hp1}]]
Nama keluarga pendamping: [[n:{n1}]]
Hubungan: anak

Lihat semua tanggapan di Google Formulir.
""",
        E=(2,),
    ),
    T(
        "form_notification",
        "utilities_city",
        """
From: Helpdesk Layanan Publik <helpdesk@layanan.kupangkota.go.id>
To: [[e:{emp1}]]
Date: {dated1}
Subject: [Tiket #{tkt}] Status berubah: Selesai

Halo [[n:{g1}]],
Tiket Anda "Lampu jalan padam di {jalan}" telah ditandai SELESAI oleh petugas [[n:{n2}]] (Dinas Perhubungan).
Catatan petugas: lampu sudah diganti {tgl}, mohon konfirmasi bila masih padam.
Beri penilaian: https://layanan.kupangkota.go.id/rating?t={tkt}
""",
    ),
    T(
        "form_notification",
        "education",
        """
From: PPDB Kota Kupang <noreply@ppdb.kupangkota.go.id>
To: [[e:{emp1}]]
Date: {dated1}
Subject: Bukti pendaftaran PPDB {year} — {noreg}

Nomor pendaftaran        : {noreg}
Nama calon peserta didik : [[n:{N2}]]
NISN                     : {nisn}
NIK                      : [[nik:{nik2}]]
Sekolah pilihan 1        : {school}
Jalur                    : Zonasi
Nama orang tua/wali      : [[n:{N1}]]
No. HP orang tua         : [[p:{hp1}]]
Email                    : [[e:{emp1}]]
Simpan bukti ini. Pengumuman hasil seleksi {tglf}.
""",
        fam={2: 1},
        Y=(2,),
    ),
    T(
        "form_notification",
        "utilities_city",
        """
From: Jotform <noreply@jotform.com>
To: satpolpp@kupangkota.go.id
Date: {dated1}
Subject: Formulir Pengaduan Ketertiban - Kiriman baru

Nama Pelapor: [[n:{n1}]]
Email: [[e:{emp1}]]
No. WhatsApp: [[p:{hpi1}]]
Lokasi kejadian: [[a:{adr2}]] (rumah terlapor)
Nama terlapor (jika tahu): [[n:{n2}]]
Uraian: Pemilik rumah pelihara babi di samping rumah, kandang tdk dibersihkan, bau sekali dan air limbah masuk ke got warga.
Lampiran: foto_kandang_1.jpg, foto_kandang_2.jpg
ID kiriman: {kb}{otp}
""",
    ),
    T(
        "form_notification",
        "jobs",
        """
From: Karir Kupang <notifikasi@karirkupang.id>
To: hrd.{shopslug}@gmail.com
Date: {dated1}
Subject: Lamaran baru untuk lowongan "Staf Admin Gudang"

Pelamar    : [[n:{n1}]]
Usia       : {umur1} tahun
Pendidikan : D3 Manajemen Informatika
Email      : [[e:{emp1}]]
Telepon    : [[p:{hp1}]]
Domisili   : Kel. {kel}, Kota Kupang
Lihat CV: https://karirkupang.id/app/{otp}

Anda menerima email ini karena terdaftar sebagai perekrut {shop}.
""",
        A=(1,),
    ),
    T(
        "form_notification",
        "health",
        """
From: Mobile JKN <no-reply@bpjs-kesehatan.go.id>
To: [[e:{emp1}]]
Date: {dated1}
Subject: Pendaftaran Peserta PBPU berhasil

Pendaftaran peserta mandiri kelas III berhasil.
No. KK: [[kk:{kk1}]]
1. [[n:{N1}]] — NIK [[nik:{nik1}]] — No. Kartu [[bpjs:{bpjs1}]]
2. [[n:{N2}]] — NIK [[nik:{nik2}]] — No. Kartu [[bpjs:{bpjs2}]]
Iuran per bulan {rps}, dibayar melalui VA {va} sebelum tanggal 10.
Nomor HP terdaftar: [[p:{hp1}]]
""",
        fam={2: 1},
        Y=(2,),
    ),
    T(
        "form_notification",
        "civil_registry",
        """
From: Layanan Surat Online Kelurahan <sistem@suratonline.kupangkota.go.id>
To: [[e:{emp1}]]
Date: {dated1}
Subject: Akun Anda berhasil dibuat

Akun layanan surat online atas nama [[n:{n1}]] berhasil didaftarkan dengan email [[e:{emp1}]] dan nomor HP [[p:{hp1}]].
Kode aktivasi: {otp} (berlaku 15 menit).
Jika Anda tidak merasa mendaftar, abaikan email ini atau hubungi admin kelurahan {owa}.
""",
    ),
    T(
        "form_notification",
        "civil_registry",
        """
From: Aplikasi Lapor Kelurahan <notif@lapor-kel.kupangkota.go.id>
To: kel.{kelslug}@kupangkota.go.id
Date: {dated1}
Subject: Data pemohon surat keterangan domisili

NIK[[nik:{nik1}]]Nama[[n:{N1}]]Alamat[[a:{AD1}]]Kelurahan{KEL}HP[[p:{hpb1}]]Email[[e:{emp1}]]KeperluanPendaftaran kuliah
Diajukan {tgl} {jam} | ID permohonan {kb}
""",
    ),
    T(
        "form_notification",
        "tax_business",
        """
From: Formulir Aduan Bapenda <form@bapenda.kupangkota.go.id>
To: bapenda@kupangkota.go.id
Date: {dated1}
Subject: Aduan baru #{kb}

Nama Wajib Pajak : [[n:{n1}]]
NPWP             : [[npwp:{npwp1}]]
NOP              : {nop}
Email            : [[e:{emc1}]]
HP               : [[p:{hp1}]]
Aduan            : Pembayaran PBB {year} sdh lunas lewat Bank NTT tgl {tgl} tapi di aplikasi masih tertunggak {rp}.
Catatan sistem: alamat email tidak valid, notifikasi tidak terkirim.
""",
    ),
    T(
        "form_notification",
        "tax_business",
        """
From: Pendataan UMKM Diskopnaker <noreply@umkm.kupangkota.go.id>
To: diskopnaker@kupangkota.go.id
Date: {dated1}
Subject: Data UMKM baru masuk

Nama pemilik  : [[n:{n1}]]
NIK pemilik   : [[nik:{nik1}]]
NPWP pribadi  : [[npwp:{npwpn1}]]
Nama usaha    : Jajanan Pasar Lontar
NIB           : {nib}
Alamat usaha  : [[a:{ad1}]] (rumah sendiri)
Email usaha   : jajananlontar.kpg@gmail.com
Email pemilik : [[e:{emp1}]]
HP pemilik    : [[p:{hp1}]]
Telp usaha    : {owa}
""",
    ),
    T(
        "form_notification",
        "scam_warning",
        """
From: Sistem Pengaduan Inspektorat <noreply@inspektorat.kupangkota.go.id>
To: irban2.inspektorat@kupangkota.go.id
Date: {dated1}
Subject: Pengaduan baru kategori pungli #{tkt}

Nama Pelapor  : Dirahasiakan
Email Pelapor : Dirahasiakan
Terlapor      : [[n:{n1}]] (staf loket Kelurahan {kel})
Kronologi     : Saat urus surat keterangan usaha tgl {tgl}, petugas minta uang {rps} tanpa kuitansi. Katanya "uang rokok".
Bukti         : rekaman_suara_{otp}.m4a
""",
    ),
    T(
        "form_notification",
        "utilities_city",
        """
From: Aspirasi DPRD Kota Kupang <aspirasi@dprd.kupangkota.go.id>
To: komisi3.dprd@kupangkota.go.id
Date: {dated1}
Subject: Aspirasi masuk #{kb}

Nama          : [[n:{n1}]]
Alamat        : [[a:{adr1}]], Kel. {kel}
No. HP        : [[p:{hp1}]]
Email         : [[e:{em1}]]
Isi aspirasi  : Mohon DPRD panggil PDAM, air di tempat kami sudah 3 minggu tidak jalan. Kami bayar tangki {rps} sekali isi.
""",
    ),
    # ---- without personal data
    T(
        "form_notification",
        "civil_registry",
        """
From: IKD Dukcapil <noreply@ikd.dukcapil.go.id>
Date: {dated1}
Subject: Kode verifikasi aktivasi IKD

Kode verifikasi Anda: {otp}
Kode berlaku 5 menit. Dikirim ke email y*******{num}@gm***.com dan nomor 0812****{kb}.
JANGAN berikan kode ini kepada siapa pun, termasuk petugas.
Permintaan dari perangkat Android, IP {ip}, {tgl} {jam} WITA.
""",
    ),
    T(
        "form_notification",
        "social_aid",
        """
From: SIKS-NG <noreply@kemensos.go.id>
To: operator.siksng.{kelslug}@gmail.com
Date: {dated1}
Subject: Reset kata sandi akun operator

Permintaan reset kata sandi untuk akun operator Kelurahan {kel} (ID operator {kpj}).
Klik tautan berikut dalam 30 menit: https://siks.kemensos.go.id/reset?token={otp}{kb}a{num}
Jika bukan Anda yang meminta, laporkan ke helpdesk.siksng@kemensos.go.id.
""",
    ),
    T(
        "form_notification",
        "utilities_city",
        """
From: Helpdesk Layanan Publik <helpdesk@layanan.kupangkota.go.id>
To: forumwarga.{kelslug}@gmail.com
Date: {dated1}
Subject: [Tiket #{tkt}] Diteruskan ke Dinas PUPR

Tiket Anda tentang drainase di {jalan} diteruskan ke Dinas PUPR pada {tgl} pukul {jam}. Estimasi penanganan 14 hari kerja. Nomor disposisi {surat}.
Balas email ini untuk menambah keterangan. Jangan ubah baris subjek.
""",
    ),
    T(
        "form_notification",
        "church_community",
        """
From: BAZNAS Kota Kupang <noreply@baznaskotakupang.or.id>
Date: {dated1}
Subject: Bukti setor zakat

Terima kasih, donasi Hamba Allah sebesar {rp} ke rekening BAZNAS {bankrek} telah diterima.
No. transaksi {billing}. Bukti setor zakat dapat digunakan sebagai pengurang penghasilan bruto; NPWP BAZNAS Kota Kupang {npwpx}.
""",
    ),
    T(
        "form_notification",
        "tax_business",
        """
From: DJP Online <noreply@pajak.go.id>
To: {cvbox}
Date: {dated1}
Subject: Kode Billing berhasil dibuat

NPWP          : {npwpx}
Nama          : {CV}
Jenis setoran : 411128-420
Kode billing  : {billing}
Jumlah setor  : {rp}
Masa aktif sampai {tglf}.
""",
    ),
    T(
        "form_notification",
        "civil_registry",
        """
From: Antrian Online MPP Kota Kupang <antrian@mpp.kupangkota.go.id>
Date: {dated1}
Subject: Konfirmasi antrian

Kode booking   : MPP-{otp}
Layanan        : Disdukcapil – Perekaman KTP-el
Tanggal        : {tglf}, sesi 09.00–10.00, loket 3
Nomor antrian  : A-0{num}
Tunjukkan kode ini ke petugas. Info: WA {owa}.
""",
    ),
    T(
        "form_notification",
        "education",
        """
From: Formulir Kontak <wordpress@disdikbud.kupangkota.go.id>
To: disdikbud@kupangkota.go.id
Date: {dated1}
Subject: [Disdikbud] Pesan uji coba

Dari: Test <user@example.com>
Subjek: uji formulir
Isi pesan: Tes tes 123, mohon abaikan. Dicek tim IT setelah migrasi server ({ip}).
--
Dikirim dari https://disdikbud.kupangkota.go.id/kontak pada {tgl} {jam}
""",
    ),
    T(
        "form_notification",
        "utilities_city",
        """
From: Monitoring Server <sistem@lapor.kupangkota.go.id>
To: tim.it@kupangkota.go.id
Date: {dated1}
Subject: [PERINGATAN] Penyimpanan server hampir penuh

Server mail.kupangkota.go.id ({ip}) disk /var/mail terpakai 91%.
Antrean email tertunda: {kb} pesan. Log: /var/log/maillog-{tglc}.
Notifikasi ke postmaster@kupangkota.go.id
""",
    ),
    T(
        "form_notification",
        "tax_business",
        """
From: OSS RBA <no-reply@oss.go.id>
To: {cvbox}
Date: {dated1}
Subject: Perizinan Berusaha Anda telah terbit

NIB                : {nib}
Nama Pelaku Usaha  : {CV}
NPWP               : {npwpx}
KBLI               : 41011, 42101
Alamat kantor      : {jalan} No. {num}, Kota Kupang
Unduh dokumen di https://oss.go.id dengan akun pelaku usaha.
""",
    ),
]

# ---------------------------------------------------------------- newsletter_list
TEMPLATES += [
    T(
        "newsletter_list",
        "church_community",
        """
From: Warta Jemaat {church} <warta.{cslug}@gmail.com>
To: jemaat-{cslug}@googlegroups.com
Date: {dated1}
Subject: Warta Jemaat Minggu ini

WARTA JEMAAT {CHURCH}
Pelayan Firman: Pdt. [[n:{n1}]]
Majelis bertugas: Pnt. [[n:{n2}]] (HP [[p:{hp2}]]) dan Dkn. [[n:{n3}]]

Selamat ulang tahun: Ibu [[n:{n4}]] (Rayon 3), Sdr. [[n:{n5}]] (Rayon 7).
Persembahan syukur pekan lalu {rp}. Persembahan dapat ditransfer ke rekening Majelis Jemaat Bank NTT {rekntt}.
Sekretariat: sekretariat.{cslug}@gmail.com, telp {otel}.

--
Anda menerima email ini karena terdaftar di grup jemaat-{cslug}. Berhenti: jemaat-{cslug}+unsubscribe@googlegroups.com
""",
        K=(1, 2, 3, 4, 5),
    ),
    T(
        "newsletter_list",
        "education",
        """
From: Buletin {school} <buletin.{sslug}@gmail.com>
To: orangtua.{sslug}@googlegroups.com
Date: {dated1}
Subject: Kabar Sekolah bulan ini

KABAR SEKOLAH
- Selamat kepada ananda [[n:{n1}]], juara 2 lomba cerdas cermat tingkat kota.
- Ananda [[n:{n2}]] lolos seleksi O2SN cabang atletik.
- Guru baru: Ibu [[n:{n3}]], S.Pd. (IPA), email [[e:{emgt3}]].
Pembayaran komite melalui rekening komite Bank NTT {rekntt}, bukan ke rekening pribadi guru.
Tata Usaha: telp {otel}, WA {owa}. NPSN {npsn}.
""",
        Y=(1, 2),
    ),
    T(
        "newsletter_list",
        "tax_business",
        """
From: {kop} <{kopbox}>
To: anggota-{kopslug}@googlegroups.com
Date: {dated1}
Subject: Info Koperasi: RAT dan undian

Salam sejahtera anggota,
Rapat Anggota Tahunan tahun buku {year} diadakan {tglf} di aula kantor. SHU dibagikan setelah RAT.
Pemenang undian tabungan triwulan ini: [[n:{n1}]] (TV 32 inci), [[n:{n2}]] (kulkas), [[n:{n3}]] (sepeda).
Simpanan wajib tetap disetor ke rekening koperasi {bankrek}. NPWP koperasi {npwpx}.
Info: WA kantor {owa}.
""",
    ),
    T(
        "newsletter_list",
        "education",
        """
From: guru-honor-kupang@googlegroups.com
To: Ringkasan penerima <guru-honor-kupang@googlegroups.com>
Date: {dated1}
Subject: Ringkasan guru-honor-kupang, 3 pesan

Topik hari ini:
1. Insentif triwulan belum cair
2. Data NPWP untuk bendahara

---------- 1 ----------
From: [[n:{n1}]] <[[e:{emgt1}]]>
Teman-teman, insentif triwulan di sekolah kami juga belum cair. Sudah tanya bendahara dinas, katanya tunggu SP2D.

---------- 2 ----------
From: [[n:{n2}]] <[[e:{emp2}]]>
Bendahara minta NPWP. Punya sy sdh pakai NIK: [[npwp:{npwpn2}]]. Yg belum punya katanya isi NIK saja.

---------- 3 ----------
From: [[n:{n3}]] <[[e:{em3}]]>
Terima kasih infonya Kak [[n:{g2}]].
--
Untuk berhenti, kirim email ke guru-honor-kupang+unsubscribe@googlegroups.com
""",
    ),
    T(
        "newsletter_list",
        "utilities_city",
        """
From: Info Kota Kupang <buletin@kupangkota.go.id>
To: [[e:{emp1}]]
Date: {dated1}
Subject: Buletin Kota Kupang edisi {num}

Jadwal pemadaman bergilir PLN minggu ini, pengangkutan sampah malam hari, dan layanan KTP keliling di Kecamatan {kec}.
Pengaduan: SMS 1708, WA {owa}, email pengaduan@kupangkota.go.id.

Email ini dikirim ke [[e:{emp1}]] karena Anda berlangganan Buletin Kota Kupang.
Berhenti berlangganan: https://buletin.kupangkota.go.id/unsub?email=[[e:{emz1}]]&id={otp}
""",
    ),
    T(
        "newsletter_list",
        "health",
        """
From: Posyandu Melati {kel} <posyandu.melati.{kelslug}@gmail.com>
To: ibu-balita-{kelslug}@googlegroups.com
Date: {dated1}
Subject: Jadwal posyandu bulan ini

Mama-mama, posyandu bulan ini tgl {tglf} jam 08.00 di halaman rumah Ketua RT.
Kader bertugas: Mama [[n:{g1}]] (WA [[p:{hp1}]]), Kak [[n:{n2}]], Tanta [[n:{g3}]].
Bawa buku KIA. Ada pemberian vitamin A dan PMT.
Info lain: {pusk}, telp {otel}.
""",
        F=(1, 2, 3),
    ),
    T(
        "newsletter_list",
        "church_community",
        """
From: Ikatan Alumni SMAN 1 Kupang Angk. 2005 <alumni.sman1kpg05@gmail.com>
To: alumni-sman1kpg05@googlegroups.com
Date: {dated1}
Subject: Update data alumni dan reuni

Halo teman-teman,
Reuni akbar tgl {tglf} di Pantai Lasiana. Iuran {rps} ke rekening panitia a.n. [[n:{n1}]] {bank1} [[b:{rek1}]].
Update alamat email: [[n:{n2}]] sekarang pakai [[e:{emp2}]]; [[n:{n3}]] ganti ke [[e:{emx3}]].
Kontak panitia: [[n:{g1}]] [[p:{hp1}]].
""",
    ),
    T(
        "newsletter_list",
        "utilities_city",
        """
From: Humas Bapenda <humas.bapenda@kupangkota.go.id>
To: wp-pbb-kupang@lists.kupangkota.go.id
Date: {dated1}
Subject: Info Bapenda: Profil pegawai teladan

Pegawai teladan bulan ini: [[n:{n1}]], petugas loket PBB. Silakan sampaikan apresiasi atau keluhan pelayanan ke email beliau [[e:{emg1}]].
Batas pembayaran PBB {year}: {tglf}. Kode bayar dapat dicek di aplikasi. Layanan: {otel}.
""",
    ),
    T(
        "newsletter_list",
        "civil_registry",
        """
From: Kelurahan {kel} <kel.{kelslug}@kupangkota.go.id>
To: warga-{kelslug}@googlegroups.com
Date: {dated1}
Subject: Info Kelurahan {kel}

Syalom dan salam sejahtera bapa mama.
1. Pelayanan surat di kantor kelurahan: Senin–Jumat 08.00–14.00.
2. Ketua RT 14 yang baru: Bpk. [[n:{n1}]], HP [[p:{hp1}]].
3. Perekaman KTP-el keliling tgl {tglf} di aula kelurahan.
4. Layanan kelurahan: WA {owa}, telp {otel}.
""",
    ),
    T(
        "newsletter_list",
        "church_community",
        """
From: Sekretariat {church} <sekretariat.{cslug}@gmail.com>
To: jemaat-{cslug}@googlegroups.com
Date: {dated1}
Subject: Pengumuman jemaat

1. Ibadah syukur ulang tahun pernikahan di rumah Kel. [[n:{f1}]], [[a:{adr1}]], Jumat pukul 18.00.
2. Persembahan syukur dari Kel. [[n:{f2}]] sebesar {rp}.
3. Jemaat yang belum memperbarui data KK untuk buku induk jemaat mohon kirim ke sekretariat.{cslug}@gmail.com.
Kantor majelis: telp {otel}.
""",
        K=(1, 2),
    ),
    T(
        "newsletter_list",
        "scam_warning",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: warga-{kelslug}@googlegroups.com
Date: {dated1}
Subject: [warga-{kelslug}] Ditemukan dompet

Bapa mama, tadi pagi sy temu dompet di depan pasar. Ada KTP a.n. [[n:{n2}]] dan kartu ATM. Yg kenal tolong kasi tau, bisa ambil di rumah sy [[a:{adr1}]] atau WA [[p:{hp1}]].
Sy tdk kasi nomor lain, hati2 kalau ada yg minta transfer "tebusan".
--
Pesan ini dikirim ke milis warga-{kelslug}@googlegroups.com
""",
    ),
    T(
        "newsletter_list",
        "church_community",
        """
From: RT 05 {kel} <rt05.{kelslug}@gmail.com>
To: warga-rt05-{kelslug}@googlegroups.com
Date: {dated1}
Subject: Selamat datang warga baru

Bapa mama RT 05,
Selamat datang keluarga Bpk. [[n:{n1}]] yang baru tinggal di [[a:{ad1}]]. Beliau bisa dihubungi di [[p:{hp1}]].
Iuran sampah dan keamanan bulan ini {rps}, setor ke bendahara RT.
Salam,
Pengurus RT 05
""",
    ),
    T(
        "newsletter_list",
        "health",
        """
From: Milis Bidan Kota Kupang <bidan-kotakupang@googlegroups.com>
To: bidan-kotakupang@googlegroups.com
Date: {dated1}
Subject: [bidan-kotakupang] Pertemuan IBI ranting

From: [[n:{n1}]] <[[e:{emp1}]]>

Kakak-kakak bidan, pertemuan IBI ranting {tglf} di {pusk}. Iuran {rps} transfer ke bendahara ranting, Bidan [[n:{n2}]], {bank2} [[b:{rek2}]].
Konfirmasi ke sy [[p:{hp1}]].
""",
        F=(1, 2),
    ),
    # ---- without personal data
    T(
        "newsletter_list",
        "tax_business",
        """
From: Bapenda Kota Kupang <info@bapenda.kupangkota.go.id>
To: wp-pbb-kupang@lists.kupangkota.go.id
Date: {dated1}
Subject: Info Bapenda: diskon PBB dan jam layanan

Wajib Pajak Yth.,
Diskon 10% PBB-P2 tahun {year} untuk pembayaran sebelum {tglf}. Kode bayar dapat dicek di aplikasi atau ditanyakan ke WA {owa}.
Layanan tatap muka: Senin–Jumat 08.00–15.00. Telp {otel}.
Anda terdaftar di milis wp-pbb-kupang@lists.kupangkota.go.id.
""",
    ),
    T(
        "newsletter_list",
        "education",
        """
From: Disdikbud Kota Kupang <disdikbud@kupangkota.go.id>
To: kepsek-sd-kotakupang@googlegroups.com; kepsek-smp-kotakupang@googlegroups.com
Date: {dated1}
Subject: Surat Edaran: jadwal ANBK dan libur semester

Yth. Kepala SD/SMP se-Kota Kupang,
Terlampir surat edaran nomor {surat} tentang jadwal ANBK ({tglf}) dan libur semester. Sekolah yang belum sinkron Dapodik mohon segera.
Operator dapat menghubungi dapodik.kotakupang@gmail.com atau WA {owa}.
""",
    ),
    T(
        "newsletter_list",
        "church_community",
        """
From: Takmir {mosque} <takmir.{mslug}@gmail.com>
To: jamaah.{mslug}@googlegroups.com
Date: {dated1}
Subject: Info kajian dan zakat

Assalamualaikum,
Kajian rutin ba'da Maghrib setiap Kamis. Zakat, infak dan sedekah dapat disalurkan ke rekening takmir {bankrek}. Konfirmasi ke WA sekretariat {owa}.
Laporan kas bulan lalu: masuk {rp}, keluar {rp2}.
""",
    ),
    T(
        "newsletter_list",
        "utilities_city",
        """
From: Ombudsman RI Perwakilan NTT <humas.ntt@ombudsman.go.id>
To: jejaring-ombudsman-ntt@googlegroups.com
Date: {dated1}
Subject: Kabar Ombudsman NTT edisi {num}

Sepanjang triwulan ini Ombudsman NTT menerima {num}0 laporan, terbanyak soal pertanahan dan administrasi kependudukan.
Penyerahan hasil penilaian kepatuhan ke Pemkot Kupang {tglf}.
Kontak: telp {otel}, pengaduan.ntt@ombudsman.go.id.
""",
    ),
    T(
        "newsletter_list",
        "utilities_city",
        """
From: RT 02 / RW 06 {kel} <rt02rw06.{kelslug}@gmail.com>
To: warga-rt02-{kelslug}@googlegroups.com
Date: {dated1}
Subject: PENGUMUMAN RT 02 / RW 06

Bapa mama warga RT 02,
1. Kerja bakti hari {tglh} jam 06.30, titik kumpul depan pos kamling.
2. Iuran sampah dan keamanan {rps} per KK per bulan.
3. Info PDAM: gangguan air, hubungi {otel}.
Salam, Pengurus RT 02 / RW 06
""",
    ),
    T(
        "newsletter_list",
        "health",
        """
From: BPJS Kesehatan <newsletter@bpjs-kesehatan.go.id>
To: peserta-jkn-ntt@lists.bpjs-kesehatan.go.id
Date: {dated1}
Subject: Info JKN: cek status kepesertaan lewat Pandawa

Peserta JKN Yth., status kepesertaan dapat dicek lewat Pandawa WA {owa}, Mobile JKN, atau Care Center 165.
Iuran kelas III {rps} per bulan. Pembayaran melalui VA diawali 88888.
Email ini dikirim otomatis dari newsletter@bpjs-kesehatan.go.id.
""",
    ),
    T(
        "newsletter_list",
        "education",
        """
From: Buletin {school} <buletin.{sslug}@gmail.com>
To: orangtua.{sslug}@googlegroups.com
Date: {dated1}
Subject: Kalender akademik semester genap

- Ujian tengah semester: {tglf}
- Pembagian rapor: {tglf2}
- Pembayaran komite lewat VA {va}
Pertanyaan ke TU {otel}. NPSN {npsn}.
""",
    ),
    T(
        "newsletter_list",
        "tax_business",
        """
From: {kop} <{kopbox}>
To: anggota-{kopslug}@googlegroups.com
Date: {dated1}
Subject: Pengumuman RAT tahun buku {year}

Salam sejahtera,
RAT tahun buku {year} dilaksanakan {tglf} pukul 09.00. Laporan keuangan: aset {rpbig}, SHU {rpbig2}.
NPWP koperasi {npwpx}, NIB {nib}. Pengurus dan Pengawas {kop}.
""",
    ),
    T(
        "newsletter_list",
        "jobs",
        """
From: Info Lowongan NTT <lowongan-ntt@googlegroups.com>
To: lowongan-ntt@googlegroups.com
Date: {dated1}
Subject: [lowongan-ntt] Ringkasan 4 lowongan

1. {shop} – kasir, kirim CV ke hrd.{shopslug}@gmail.com
2. {cv} – drafter, kirim ke {cvbox}
3. Puskesmas – tenaga kebersihan, info WA {owa}
4. Hotel – front office, frontoffice.hotelkupang@gmail.com
Batas kirim {tglf}. Tidak ada biaya.
""",
    ),
]

# ---------------------------------------------------------------- bounce_notice
TEMPLATES += [
    T(
        "bounce_notice",
        "church_community",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: [[e:{emp1}]]
Date: {datee2}
Subject: Delivery Status Notification (Failure)

** Address not found **

Your message wasn't delivered to [[e:{emm2}]] because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser d{otp}-{kb}

---------- Forwarded message ----------
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emm2}]]
Date: {datee1}
Subject: Arisan keluarga

Kaka [[n:{g2}]], arisan keluarga bulan ini di rumah sy [[a:{adr1}]] hari Minggu jam 4 sore. Jangan lupa e.
[[n:{g1}]]
""",
    ),
    T(
        "bounce_notice",
        "social_aid",
        """
From: MAILER-DAEMON@mail.kupangkota.go.id (Mail Delivery System)
To: dinsos@kupangkota.go.id
Date: {datee2}
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mail.kupangkota.go.id.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<[[e:{emp1}]]>: host {mx1}[{ip}] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)

Reporting-MTA: dns; mail.kupangkota.go.id
Final-Recipient: rfc822; [[e:{emp1}]]
Action: failed
Status: 5.2.2

--- Original message ---
Subject: Undangan verifikasi data KPM
Yth. Ibu [[n:{n1}]], mohon hadir di kantor Dinas Sosial {tglf} membawa KK asli (No. KK [[kk:{kk1}]]) untuk verifikasi data KPM.
""",
    ),
    T(
        "bounce_notice",
        "jobs",
        """
From: MAILER-DAEMON@yahoo.com
To: [[e:{emp1}]]
Date: {datee2}
Subject: Failure Notice

Sorry, we were unable to deliver your message to the following address.

<[[e:{local2}@yahoo.co.id]]>:
554: delivery error: dd This user doesn't have a yahoo.co.id account ([[e:{local2}@yahoo.co.id]]) [0] - mta{num}.mail.sg3.yahoo.com

--- Below this line is a copy of the message.

From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{local2}@yahoo.co.id]]
Subject: Berkas lamaran

Selamat siang Pak [[n:{g2}]], ini berkas lamaran yang Bapak minta kemarin (CV, ijazah, SKCK). HP sy [[p:{hp1}]].
""",
    ),
    T(
        "bounce_notice",
        "civil_registry",
        """
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kupangkota.go.id>
To: [[n:{n2}]] <[[e:{emg2}]]>
Date: {datee2}
Subject: Undeliverable: Jadwal verifikasi lapangan

Delivery has failed to these recipients or groups:

[[n:{n1}]] ([[e:{emp1}]])
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: MAIL01.kupangkota.go.id
[[e:{emp1}]]
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Message-ID: {msgid}
From: [[n:{n2}]] <[[e:{emg2}]]>
Subject: Jadwal verifikasi lapangan
""",
    ),
    T(
        "bounce_notice",
        "health",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: [[e:{emp1}]]
Date: {datee2}
Subject: Delivery Status Notification (Delay)

** Message not delivered yet **

Gmail will keep trying to deliver your message to [[e:{emp2}]] for the next 46 hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.7.0 [{ip}] Try again later, closing connection.

----- Original message -----
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emp2}]]
Subject: Foto KK utk daftar BPJS

Ma, ini foto KK kita (No. [[kk:{kk1}]]). Nanti mama isi di Mobile JKN pake NIK mama [[nik:{nik2}]] ya.
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "bounce_notice",
        "jobs",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: [[e:{emp1}]]
Date: {datee2}
Subject: Delivery Status Notification (Failure)

** Message too large **

Your message to pendaftaran.pppk@kupangkota.go.id couldn't be delivered because it is too large ({mb} MB). The limit is 25 MB.

Attachments:
  KTP_[[nik:{nikb1}]].jpg ({kb} KB)
  IJAZAH_S1_[[n:{G1}]].pdf
  Screenshot_{year}1012-094122_WhatsApp.jpg

----- Original message -----
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pendaftaran.pppk@kupangkota.go.id
Subject: Berkas PPPK a.n. [[n:{n1}]]
""",
        K=(1,),
        A=(1,),
    ),
    T(
        "bounce_notice",
        "jobs",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: hrd.{shopslug}@gmail.com
Date: {datee2}
Subject: Pemberitahuan Status Pengiriman (Gagal)

** Alamat tidak ditemukan **

Pesan Anda tidak terkirim ke [[e:{emm1}]] karena alamat tidak ditemukan atau tidak dapat menerima email.

----- Pesan asli -----
Dari: HRD {shop} <hrd.{shopslug}@gmail.com>
Kepada: [[e:{emm1}]]
Perihal: Panggilan interview

Yth. Sdr. [[n:{n1}]], Anda diundang interview {tglf} pukul 10.00. Konfirmasi ke WA HRD {owa}.
""",
        A=(1,),
    ),
    T(
        "bounce_notice",
        "education",
        """
From: postmaster@undana.ac.id
To: [[e:{local1}@staf.undana.ac.id]]
Date: {datee2}
Subject: Returned mail: see transcript for details

The original message was received at {datee1} from [{ip}]

   ----- The following addresses had permanent fatal errors -----
Original-Recipient: rfc822;[[e:{emp2}]]
Final-Recipient: rfc822;[[e:{emp2}]]
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected: attachment type not allowed (.exe)

   ----- Original message -----
From: [[n:{n1}]] <[[e:{local1}@staf.undana.ac.id]]>
To: [[n:{n2}]] <[[e:{emp2}]]>
Subject: Revisi skripsi bab 3
""",
    ),
    T(
        "bounce_notice",
        "civil_registry",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: kel.{kelslug}@kupangkota.go.id
Date: {datee2}
Subject: Pemberitahuan Status Pengiriman (Gagal)

** Domain tidak ditemukan **

Pesan Anda tidak terkirim ke [[e:{local1}@gmial.com]] karena domain gmial.com tidak ditemukan. Periksa kesalahan ketik.

----- Pesan asli -----
Dari: Kelurahan {kel} <kel.{kelslug}@kupangkota.go.id>
Kepada: [[e:{local1}@gmial.com]]
Perihal: Surat keterangan domisili sudah jadi

Yth. [[n:{n1}]], surat keterangan domisili Anda sudah dapat diambil di kantor kelurahan. Nomor surat {surat}.
""",
    ),
    T(
        "bounce_notice",
        "jobs",
        """
From: MAILER-DAEMON (Mail Delivery System)
To: [[e:{emp1}]]
Date: {datee2}
Subject: Undelivered Mail Returned to Sender

<[[e:{emg2}]]>: user unknown (akun dinonaktifkan)

--- Original message ---
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emg2}]]
Subject: Tanya SK pensiun

Pak [[n:{g2}]], sy mau tanya SK pensiun bapa sy sudah keluar atau belum. Nama bapa [[n:{n3}]], NIP {nip}. Terima kasih. HP [[p:{hp1}]]
""",
        M=(3,),
        E=(3,),
        fam={1: 3},
    ),
    T(
        "bounce_notice",
        "education",
        """
From: Sistem Notifikasi PPDB <noreply@ppdb.kupangkota.go.id>
To: admin.ppdb@kupangkota.go.id
Date: {dated2}
Subject: Gagal kirim bukti pendaftaran {noreg}

Bukti pendaftaran gagal dikirim ke [[e:{emc1}]]: alamat tidak valid (ada koma).
Nama pendaftar: [[n:{N2}]]
Orang tua/wali: [[n:{N1}]], HP [[p:{hp1}]]
Mohon operator menghubungi orang tua untuk memperbaiki alamat email.
""",
        fam={2: 1},
        Y=(2,),
    ),
    T(
        "bounce_notice",
        "utilities_city",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: helpdesk@layanan.kupangkota.go.id
Date: {datee2}
Subject: Delivery Status Notification (Failure)

** Address not found **

Your message wasn't delivered to
<[[e:{emn1}]]> because the address couldn't be found.

---------- Forwarded message ----------
From: Helpdesk Layanan Publik <helpdesk@layanan.kupangkota.go.id>
Subject: [Tiket #{tkt}] Status berubah: Selesai
Halo [[n:{g1}]], tiket Anda telah diselesaikan.
""",
    ),
    T(
        "bounce_notice",
        "tax_business",
        """
From: Mail Delivery System <MAILER-DAEMON@pajak.go.id>
To: layanan.kpp920@pajak.go.id
Date: {datee2}
Subject: Undelivered Mail Returned to Sender

<[[e:{emp1}]]>: host {mx1}[{ip}] said: 550 5.7.26 Unauthenticated email is not accepted from this domain.

--- Original message ---
Yth. Wajib Pajak [[n:{n1}]], NPWP [[npwp:{npwpd1}]], SPT Tahunan Anda telah diterima dengan BPE nomor {billing}.
""",
    ),
    # ---- without personal data
    T(
        "bounce_notice",
        "utilities_city",
        """
From: MAILER-DAEMON@mail.kupangkota.go.id (Mail Delivery System)
To: forumwarga.{kelslug}@gmail.com
Date: {datee2}
Subject: Undelivered Mail Returned to Sender

<pengaduan@kupangkota.go.id>: mailbox full, quota exceeded (5.2.2)

Reporting-MTA: dns; mail.kupangkota.go.id
Arrival-Date: {datee1}
Final-Recipient: rfc822; pengaduan@kupangkota.go.id
Diagnostic-Code: X-Postfix; cannot update mailbox /var/mail/pengaduan for user pengaduan. error writing message: Disk quota exceeded
""",
    ),
    T(
        "bounce_notice",
        "church_community",
        """
From: pemuda-{cslug}+owners@googlegroups.com
To: majelis.{cslug}@gmail.com
Date: {datee2}
Subject: Pesan Anda ke pemuda-{cslug} menunggu persetujuan moderator

Pesan Anda ke grup pemuda-{cslug} ditahan karena pengirim bukan anggota.
Subjek: Jadwal ibadah pemuda bulan ini
Pemilik grup akan meninjau pesan ini. ID pesan {msgid}
""",
    ),
    T(
        "bounce_notice",
        "scam_warning",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: dinsos.kotakupang@gmail.com
Date: {datee2}
Subject: Delivery Status Notification (Failure)

Message blocked
Your message to bansos.kemensos.ntt@gmail.com has been blocked. The account has been disabled for violating Gmail policy (phishing).

Received: from mail-sor-f41.google.com ([{ip}])
Message-ID: {msgid}
""",
    ),
    T(
        "bounce_notice",
        "social_aid",
        """
From: MAILER-DAEMON@mail.kupangkota.go.id (Mail Delivery System)
To: kel.{kelslug}@kupangkota.go.id
Date: {datee2}
Subject: Undelivered Mail Returned to Sender

<linjamsos.dinsos@kupangkota.go.id>: user unknown. Alamat bidang sudah dipindah ke dinsos@kupangkota.go.id sejak {tgl}.

Original-Recipient: rfc822;linjamsos.dinsos@kupangkota.go.id
Action: failed
Status: 5.1.1
""",
    ),
    T(
        "bounce_notice",
        "utilities_city",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: noreply@kupangkota.go.id
Date: {datee2}
Subject: Delivery Status Notification (Failure)

The response from the remote server was:
550 5.7.26 This mail has been blocked because the sender is unauthenticated. DMARC policy of kupangkota.go.id is reject. https://support.google.com/mail/answer/{kb} {otp}-{num}
Reporting-MTA: dns; googlemail.com
Arrival-Date: {datee1}
""",
    ),
    T(
        "bounce_notice",
        "civil_registry",
        """
From: postmaster@kupangkota.go.id
To: disdukcapil@kupangkota.go.id
Date: {datee2}
Subject: Peringatan kuota kotak surat

Kotak surat disdukcapil@kupangkota.go.id telah terpakai 94% ({mb} GB dari 50 GB).
Email baru akan ditolak bila kuota penuh. Hapus lampiran besar atau hubungi tim.it@kupangkota.go.id, ext. {num}.
""",
    ),
    T(
        "bounce_notice",
        "utilities_city",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: buletin@kupangkota.go.id
Date: {datee2}
Subject: Delivery Status Notification (Failure)

Pesan Anda tidak terkirim ke pelanggan-buletin@lists.kupangkota.go.id karena grup tidak menerima email dari luar organisasi.
Buletin Kota Kupang edisi {num}, ukuran {kb} KB.
""",
    ),
    T(
        "bounce_notice",
        "education",
        """
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: disdikbud@kupangkota.go.id
Date: {datee2}
Subject: Delivery Status Notification (Delay)

Gmail will keep trying to deliver your message to tu.{sslug}@gmail.com for the next 45 hours.
The response was: 452 4.2.2 The email account that you tried to reach is over quota. {otp}-{kb}
Subject of your message: Undangan sosialisasi ANBK nomor {surat}
""",
    ),
    T(
        "bounce_notice",
        "tax_business",
        """
From: Mail Delivery System <MAILER-DAEMON@mail.bankntt.co.id>
To: {kopbox}
Date: {datee2}
Subject: Returned mail: User unknown

<pengaduan.nasabah@bankntt.co.id>... User unknown
Gunakan pengaduan@bankntt.co.id atau call center {otel}.
--- Transcript ---
RCPT To:<pengaduan.nasabah@bankntt.co.id>
<<< 550 5.1.1 User unknown
Transaction ref. {billing}
""",
    ),
]

# ---------------------------------------------------------------- scanned_printout
TEMPLATES += [
    T(
        "scanned_printout",
        "civil_registry",
        """
{cetak2}                 Gmail - Permohonan legalisir akta
https://mail.google.com/mail/u/0/?ik={hex}&view=pt&search=all&permthid=thread-f:{gid}

Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>

Permohonan legalisir akta
1 pesan

[[n:{No1}]] <[[e:{emo1}]]>                         {pada1}
Kepada: disdukcapil@kupangkota.go.id

Selamat pagi, sy mohon legalisir akta kelahiran a.n. [[n:{N1}]] utk syarat CPNS. NIK [[nik:{niko1}]].
Terima kasih.
HP [[p:{hpo1}]]

https://mail.google.com/mail/u/0/?ik={hex}&view=pt&search=all          1/1
""",
        A=(1,),
    ),
    T(
        "scanned_printout",
        "jobs",
        """
Dari      : [[n:{N1}]] <[[e:{emo1}]]>
Kepada    : bkpsdm@kupangkota.go.id
Tanggal   : {pada1}
Perihal   : SANGGAHAN HASIL SELEKSI ADMINISTRASI

DATA PELAMAR
Nama              : [[n:{No1}]]
NIK               : [[nik:{niko1}]]
Tempat/Tgl Lahir  : {TTL1}
Alamat            : [[a:{ADR1}]]
No. HP            : [[p:{hpo1}]]
Email             : [[e:{emo1}]]

Saya dinyatakan TMS karena ijazah tidak terbaca, padahal file sudah sesuai. Mohon diperiksa ulang.
""",
        A=(1,),
    ),
    T(
        "scanned_printout",
        "social_aid",
        """
LEMBAR DISPOSISI (cetakan surel masuk)
No. Agenda   : {surat}
Tgl. Terima  : {tgl}
Dari         : [[n:{Nn1}]]
Alamat surel :
[[e:{emn1}]]
Perihal      : Permohonan bantuan bedah rumah
Isi ringkas  : Rumah kami di [[a:{adr1}]] atap bocor dan dinding retak, sdh diajukan ke kelurahan tahun lalu.
Diteruskan kepada : Kabid Perumahan Dinas PRKP
Paraf : ........
""",
    ),
    T(
        "scanned_printout",
        "tax_business",
        """
Dari: [[n:{F1}]], [[n:{G1}]] <[[e:{EMG1}]]>
Dikirim: {datee2}
Kepada: Bendahara Dinas PUPR <bendahara.pupr@kupangkota.go.id>
Perihal: RE: bukti potong PPh 21

Bu, bukti potong sy blm diterima. NPWP sy [[npwp:{npwpo1}]].
Terima kasih.

-----Pesan Asli-----
Dari: Bendahara Dinas PUPR
Dikirim: {datee1}
Mohon pegawai yang belum memadankan NIK-NPWP segera lapor. NPWP bendahara {npwpx}.
                                                                    Hal {page1}
""",
        K=(1,),
    ),
    T(
        "scanned_printout",
        "jobs",
        """
Gmail                                                  Rekrutmen {shop} <rekrutmen.{shopslug}@gmail.com>

Lamaran Pekerjaan - Staf Gudang
1 pesan

[[n:{Ns1}]] <[[e:{emo1}]]>                        {pada1}
Kepada: rekrutmen.{shopslug}@gmail.com

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama     : [[n:{Ns1}]]
TTL      : {TTL1}
Alamat   : [[a:{ADR1}]]
HP/WA    : [[p:{hp1}]]
melamar pekerjaan sebagai staf gudang. Terlampir CV dan SKCK.
Hormat saya,
[[n:{n1}]]
""",
        A=(1,),
    ),
    T(
        "scanned_printout",
        "civil_registry",
        """
LAPOR! - Detail Laporan                                          {tgl}
Nomor Laporan : {tiket}
Pelapor       : [[n:{No1}]]
Email         : [[e:{emo1}]]
Telepon       : [[p:{hpo1}]]
Isi Laporan   : KK kami no [[kk:{kko1}]] masih tercatat nama almarhumah mama, mohon dikeluarkan. Akta kematian sudah ada.
Status        : Diproses Disdukcapil Kota Kupang
                                                                  1 dari 1
""",
    ),
    T(
        "scanned_printout",
        "health",
        """
Dari    : Dinas Kesehatan Kota Kupang <dinkes@kupangkota.go.id>
Kepada  : [[e:{emo1}]]
Tanggal : {pada2}
Perihal : Tanggapan pengaduan pelayanan posyandu

Yth. Ibu [[n:{n1}]],
Pengaduan Ibu sudah kami klarifikasi dengan {pusk}. Untuk tindak lanjut silakan hubungi pengelola program gizi, Sdri. [[n:{n2}]], HP [[p:{hpo2}]].

Hormat kami,
Seksi Kesehatan Keluarga dan Gizi
Telp. {otel}
""",
    ),
    T(
        "scanned_printout",
        "social_aid",
        """
Pada {pada1}, [[n:{No1}]] <[[e:{emo1}]]> menulis:
> Sy [[n:{N1}]] warga [[a:{RT1}]] mohon bantuan sembako krn suami sakit stroke. No KK [[kk:{kko1}]].
> HP [[p:{hpo1}]]

Terima kasih Ibu, laporan sudah kami catat dan diteruskan ke TKSK Kecamatan {kec} untuk asesmen.
Dinas Sosial Kota Kupang
                                                              Halaman {page1}
""",
        F=(1,),
    ),
    T(
        "scanned_printout",
        "tax_business",
        """
PRINT EMAIL - KPP PRATAMA KUPANG
From   : [[n:{N1}]] <[[e:{emo1}]]>
Sent   : {datee1}
Subject: Pemadanan NIK NPWP
Body   :
Selamat siang, NPWP sy [[npwp:{npwpo1}]] blm bisa login coretax. NIK [[nik:{nikb1}]]. Nama di NPWP [[n:{No1}]]. HP [[p:{hp1}]].

Catatan petugas: sudah dipadankan tgl {tgl}, WP diminta reset EFIN.
""",
    ),
    T(
        "scanned_printout",
        "education",
        """
Warta Sekolah {SCHOOL}                                        Edisi {num}
Selamat kepada ananda [[n:{No1}]] juara 1 lomba baca puisi tingkat kota.
Terima kasih kepada orang tua ananda, Bpk. [[n:{N2}]], yang menyumbang 20 sak semen.
Info: tu.{sslug}@gmail.com | Telp {otel}
                                                              {page1}
""",
        Y=(1,),
        fam={1: 2},
    ),
    T(
        "scanned_printout",
        "utilities_city",
        """
Dari: [[n:{n1}]] <[[e:{emo1}]]>
Terkirim: {pada1}
Kepada: layanan@airminumkupang.co.id
Subjek: Meter air rusak

Meter air di rumah sy [[a:{adr1}]] rusak, angka tdk jalan tp tagihan naik. No sambungan {nosamb}. Tlp rumah [[p:{tr1}]].

[Dicetak oleh: loket_pengaduan | {tgl} {jam}]
""",
    ),
    T(
        "scanned_printout",
        "jobs",
        """
Yth. Panitia Rekrutmen PPPK
Bersama ini saya lampirkan cetakan email pendaftaran:

Nama    : [[n:{Nn1}]]
NIK     : [[nik:{nikn1}]]
Email   : [[e:{emo1}]]
HP      : [[p:{hpn1}]]
Jabatan : Perawat Terampil

Saya belum menerima email verifikasi sampai hari ini.
""",
        A=(1,),
    ),
    T(
        "scanned_printout",
        "scam_warning",
        """
Dari  : [[n:{N1}]] <[[e:{emo1}]]>
Kepada: polresta.kupang@polri.go.id
Perihal: Laporan penipuan online

Saya tertipu jual beli motor online. Sdh transfer {rp} ke rek {bankrek} a.n. "Bengkel Mandiri Jaya". Penjual pakai nomor {scam}, tdk bisa dihubungi lagi.
Motor yg diiklankan plat [[pl:{pl2}]] ternyata milik tetangga sy, Bpk. [[n:{n2}]], bukan dijual.
Pelapor: [[n:{N1}]], HP [[p:{hpo1}]]
""",
    ),
    T(
        "scanned_printout",
        "church_community",
        """
Cetakan surel - Sekretariat {church}
Dari : [[n:{N1}]] <[[e:{emo1}]]>
Perihal : Permohonan surat atestasi (pindah jemaat)

Syalom, sy mohon surat atestasi utk sy dan istri [[n:{N2}]] karena pindah tugas ke Atambua. No. KK [[kk:{kk1}]]. Alamat lama [[a:{ADR1}]].
HP [[p:{hp1}]]
""",
        M=(1,),
        fam={2: 1},
        K=(1,),
    ),
    # ---- without personal data
    T(
        "scanned_printout",
        "civil_registry",
        """
{cetak2}                 Gmail - Jadwal pelayanan keliling
https://mail.google.com/mail/u/0/?ik={hex}&view=pt&search=all&permthid=thread-f:{gid}&simpl=msg-f:{gid2}

Kecamatan {kec} <kec.{kecslug}@kupangkota.go.id>

Jadwal pelayanan keliling
1 pesan

Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>          {pada1}
Kepada: kec.{kecslug}@kupangkota.go.id

Pelayanan keliling perekaman KTP-el di Kecamatan {kec} tgl {tglf}, pukul 09.00–14.00. Petugas 4 orang. Surat nomor {surat}.
                                                                   1/1
""",
    ),
    T(
        "scanned_printout",
        "tax_business",
        """
Dari    : Bapenda Kota Kupang <bapenda@kupangkota.go.id>
Kepada  : {cvbox}
Tanggal : {pada1}
Perihal : Teguran pajak restoran

Kepada Yth. Pimpinan {cv}
NPWPD {npwpx} tercatat belum melaporkan pajak restoran masa {mm}/{year}. Tagihan {rp} dapat dibayar dengan kode bayar {billing}.
Info: {otel}
                                                                  Hal. 1/1
""",
    ),
    T(
        "scanned_printout",
        "education",
        """
{cetak2}        Gmail - Undangan rapat operator Dapodik
https://mail.google.com/mail/u/0/?ik={hex}&view=pt&search=all&permthid=thread-f:{gid}

Tata Usaha {school} <tu.{sslug}@gmail.com>

Disdikbud Kota Kupang <disdikbud@kupangkota.go.id>          {pada1}
Kepada: operator-dapodik-kupang@googlegroups.com
Rapat operator Dapodik {tglf} pukul 09.00, bawa laptop. NPSN {npsn}. Narahubung WA {owa}.
""",
    ),
    T(
        "scanned_printout",
        "health",
        """
SURAT ELEKTRONIK
Dari      : RSUD S.K. Lerik <rsudsklerik@kupangkota.go.id>
Kepada    : dinkes@kupangkota.go.id
Tgl       : {pada1}
Perihal   : Laporan ketersediaan tempat tidur

Per {tgl} pukul {jam}: kelas III terisi {num} dari 60, ICU 6 dari 8. IGD 24 jam {otel}.
Petugas piket: Instalasi Rawat Inap.
                                                            Halaman {page1}
""",
    ),
    T(
        "scanned_printout",
        "social_aid",
        """
Dari   : Kemensos RI <noreply@kemensos.go.id>
Kepada : dinsos@kupangkota.go.id
Perihal: Penyaluran BPNT tahap {tahap}

Jumlah KPM Kota Kupang {kb}, nilai {rpbig}. Rekening penampung {bankrek}. Surat {surat}.
Hubungi call center 171 atau email pengaduan@kemensos.go.id.
""",
    ),
    T(
        "scanned_printout",
        "utilities_city",
        """
Re: Pemeliharaan jaringan
Dari : PLN UP3 Kupang <up3kupang@pln.co.id>
Kepada: pengaduan@kupangkota.go.id
Tanggal: {pada1}

Pemadaman sementara {tglf} 08.00–15.00 di penyulang Oebobo 2 dan Penfui 1. Info PLN 123, WA {owa}.
ID laporan {tkt}.
                                                             {page1}
""",
    ),
    T(
        "scanned_printout",
        "jobs",
        """
PENGUMUMAN (cetakan email)
Dari: Panitia Seleksi THL <seleksi.thl.dlhk@gmail.com>
Kepada: peserta-thl@googlegroups.com

Jumlah pelamar {kb}, lulus administrasi {num}0. Daftar nomor peserta lulus: {noreg1}, {noreg2}, {noreg3}, dst. Lihat lampiran.
Wawancara {tglf}. Tidak dipungut biaya. Info WA panitia {owa}.
""",
    ),
    T(
        "scanned_printout",
        "church_community",
        """
Dari   : Klasis Kota Kupang <klasis.kotakupang@gmail.com>
Kepada : majelis.{cslug}@gmail.com
Perihal: Persidangan klasis

Persidangan klasis {tglf}, utusan 3 orang per jemaat. Kontribusi {rps} per utusan ke rekening klasis Bank NTT {rekntt}. Surat {surat}.
                                                       Hal 1 dari 1
""",
    ),
    T(
        "scanned_printout",
        "scam_warning",
        """
Dari   : Satreskrim Polresta Kupang Kota <reskrim.polrestakupang@gmail.com>
Kepada : humas@kupangkota.go.id
Perihal: Himbauan modus penipuan

Mohon disebarkan: modus telepon dari {scam} dan {scam2} mengaku petugas Disdukcapil, meminta kode OTP. Laporan polisi nomor LP/B/{num}/{year}/SPKT. Pengaduan: 110.
""",
    ),
]

# ---------------------------------------------------------------- spoken_chat
TEMPLATES += [
    T(
        "spoken_chat",
        "civil_registry",
        """
TRANSKRIP PANGGILAN LAYANAN PENGADUAN – {tgl} {jam}
Petugas: Layanan Pengaduan Kota Kupang, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Sy mau tanya surat pindah sy sudah jadi belum.
Petugas: Atas nama siapa, Bu?
Penelepon: [[n:{n1}]].
Petugas: Jawaban nanti kami kirim lewat email. Boleh sebut alamat emailnya?
Penelepon: [[e:{ems1}]].
Petugas: Saya ulangi, [[e:{emp1}]], betul?
Penelepon: Betul. Nomor HP sy [[p:{hps1}]].
Petugas: Baik Ibu, laporan dicatat dengan nomor {tiket}.
""",
        F=(1,),
    ),
    T(
        "spoken_chat",
        "civil_registry",
        """
KOTKUPANG SY [[n:{N1}]] MHN KIRIM FORMULIR PERMOHONAN AKTA KE EMAIL [[e:{EMP1}]] KRN SY KERJA DI LUAR KOTA. NIK [[nik:{nik1}]]. TRIMS
""",
    ),
    T(
        "spoken_chat",
        "tax_business",
        """
{dt1} [[n:{n1}]]: Selamat pagi Kak, sy mau daftar bantuan modal UMKM, berkas kirim ke mana?
{dt2} Admin Diskopnaker: Selamat pagi. Berkas dikirim ke email umkm.diskopnaker@kupangkota.go.id ya Kak, format PDF. Jangan lupa NIB dan NPWP pribadi.
{dt3} [[n:{n1}]]: Baik. NPWP sy [[npwp:{npwpd1}]]. Kalau ada balasan tolong kirim ke email sy [[e:{emp1}]]
{dt4} [[n:{n1}]]: Atau WA ini saja, [[p:{hpb1}]]
{dt5} Admin Diskopnaker: Siap Kak 🙏
""",
    ),
    T(
        "spoken_chat",
        "civil_registry",
        """
kotkupang sy [[n:{l1}]] dr kel {kel}, sdh kirim email 2x ke disdukcapil tp blm dibls. email sy [[e:{emb1}]] hp [[p:{hpb1}]]. mhn dicek
""",
    ),
    T(
        "spoken_chat",
        "education",
        """
{dt1} [[n:{g1}]]: Kak, email sekolah utk kirim ijazah apa?
{dt2} [[n:{g2}]]: tu.{sslug}@gmail.com
{dt3} [[n:{g2}]]: Kalo mau kirim ke sy dulu jg bisa: [[e:{emk2}]] 😄
{dt4} [[n:{g1}]]: Sip, makasih Kak
""",
    ),
    T(
        "spoken_chat",
        "utilities_city",
        """
Petugas: Pengaduan tertulis bisa dikirim ke email pengaduan at kupangkota titik go titik id, Pak.
Penelepon: Oke. Kalau mau balas ke sy, email sy [[e:{emd1}]].
Petugas: Nama Bapak?
Penelepon: [[n:{n1}]], dari [[a:{rt1}]] {kel}.
Petugas: Baik Pak, nanti kami teruskan ke Dinas PUPR. Nomor laporan {tiket}.
""",
        M=(1,),
    ),
    T(
        "spoken_chat",
        "civil_registry",
        """
LOG PANGGILAN 1708 – {tgl}
Jam | Penelepon | Nomor | Email | Ringkasan
{jam} | [[n:{n1}]] | [[p:{hp1}]] | [[e:{emp1}]] | tanya status KIA anak
{jam2} | penelepon tidak sebut nama | [[p:{hp2}]] | - | lampu jalan mati di {jalan}
{jam3} | Komite Sekolah {school} | {owa} | komite.{sslug}@gmail.com | undangan rapat pleno
""",
    ),
    T(
        "spoken_chat",
        "education",
        """
{dt1} [[n:{n1}]]: Selamat sore bapa mama wali murid kelas 5B. Tugas prakarya dikumpul lewat email sy ya: [[e:{emgt1}]] paling lambat Jumat.
{dt2} Mama [[n:{g2}]]: Baik Ibu guru 🙏
{dt3} [[n:{n3}]]: Ibu, sy kirim lewat email anak sy boleh? [[e:{emp3}]]
{dt4} [[n:{n1}]]: Boleh Bapa, asal tulis nama anak di subjek.
""",
        F=(1,),
        M=(3,),
    ),
    T(
        "spoken_chat",
        "social_aid",
        """
VN 0:42 (transkrip otomatis): "selamat siang kaka, ini beta [[n:{l1}]] dari {kel}, beta pung email tu [[e:{ems1}]], deng nomor wa [[p:{hps1}]]. beta mau tanya bantuan lansia untuk beta pung mama, nama [[n:{l2}]]."
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "spoken_chat",
        "tax_business",
        """
KOTKUPANG NPWP SY [[npwp:{npwpd1}]] TDK BS LOGIN CORETAX, EMAIL LAMA SY [[e:{EMP1}]] SDH TDK AKTIF. MHN DIBANTU RESET. [[n:{N1}]] [[p:{hp1}]]
""",
    ),
    T(
        "spoken_chat",
        "scam_warning",
        """
{dt1} [[n:{n1}]]: Pak RT, sy tertipu jual beli HP di FB. Penjual namanya [[n:{n2}]], nomornya [[p:{hp2}]], sy transfer {rp} ke rek {bank2} [[b:{rek2}]] a.n. [[n:{N2}]].
{dt2} Pak RT: Astaga. Lapor ke Polresta, bawa bukti transfer. Sy juga dapat SMS dari {scam} katanya sy menang undian, hati2.
{dt3} [[n:{n1}]]: Iya Pak, sy su lapor online ke patrolisiber juga. Email sy yg dipakai [[e:{emp1}]].
""",
    ),
    T(
        "spoken_chat",
        "utilities_city",
        """
kotkupang beta [[n:{l1}]] di [[a:{rt1}]] {kel}, lampu jalan mati su 1 bulan, jalan gelap. kalo mau balas kirim ke email beta [[e:{emh1}]] sa, hp sering mati.
""",
    ),
    T(
        "spoken_chat",
        "health",
        """
TRANSKRIP PANGGILAN BPJS KESEHATAN CARE CENTER 165
Agen: Selamat pagi, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Sy mau aktifkan kartu anak sy yang baru lahir.
Agen: Boleh nomor kartu Bapak?
Penelepon: [[bpjs:{bpjss1}]].
Agen: Atas nama?
Penelepon: [[n:{n1}]].
Agen: Baik. Konfirmasi akan kami kirim ke email yang terdaftar, [[e:{emp1}]]. Untuk anak, silakan daftar lewat Mobile JKN atau Pandawa WA {owa}.
""",
        M=(1,),
    ),
    T(
        "spoken_chat",
        "jobs",
        """
{dt1} [[n:{n1}]]: Kak, lowongan admin di {shop} masih buka ko?
{dt2} HRD {shop}: Masih Kak. Kirim CV ke hrd.{shopslug}@gmail.com ya.
{dt3} [[n:{n1}]]: Sdh kirim dari email [[e:{emp1}]] tadi pagi Kak, tp blm ada balasan.
{dt4} HRD {shop}: Nanti dicek Kak. Lamaran yg masuk ada {num}, sabar ya.
""",
        A=(1,),
    ),
    # ---- without personal data
    T(
        "spoken_chat",
        "civil_registry",
        """
{dt1} Admin Kelurahan {kel}: Selamat pagi bapa mama. Pengurusan surat bisa kirim berkas ke kel.{kelslug}@kupangkota.go.id atau WA {owa} (chat saja).
{dt2} Admin Kelurahan {kel}: Untuk KTP/KK langsung ke disdukcapil@kupangkota.go.id atau call center {otel}.
{dt3} grup warga: 👍
""",
    ),
    T(
        "spoken_chat",
        "scam_warning",
        """
SELAMAT! NIK ANDA TERPILIH MENERIMA BANTUAN {rp} DARI KEMENSOS. SEGERA KLIK bit.ly/bst-ntt{num} ATAU HUB ADMIN {scam}. KIRIM FOTO KTP KE bansos.ntt.{otp}@gmail.com
""",
    ),
    T(
        "spoken_chat",
        "utilities_city",
        """
Petugas: Layanan Pengaduan, selamat siang.
Penelepon: Pak, email resmi untuk kirim keluhan air apa?
Petugas: layanan@airminumkupang.co.id, atau WA gangguan {owa}. Telepon juga bisa ke {otel}.
Penelepon: Oke Pak, terima kasih.
Petugas: Sama-sama. Nomor tiket panggilan {tkt}.
""",
    ),
    T(
        "spoken_chat",
        "church_community",
        """
{dt1} Admin RT 21: Bapa mama, iuran sampah bulan ini {rps}. Setor ke bendahara RT atau transfer ke rekening RT {bankrek}.
{dt2} mama: Siap
{dt3} Admin RT 21: Jadwal ronda malam Sabtu: kelompok 3. Pos kamling WA {owa}.
{dt4} Bendahara RT 21: Yg su transfer kirim bukti ke rt21.{kelslug}@gmail.com
""",
    ),
    T(
        "spoken_chat",
        "civil_registry",
        """
1708: Terima kasih, laporan Anda telah diterima dengan nomor {tiket}. Pantau di www.lapor.go.id. Jangan berikan kode OTP {otp} kepada siapa pun. Info: pengaduan@kupangkota.go.id
""",
    ),
    T(
        "spoken_chat",
        "tax_business",
        """
{dt1} Laundry Kilat Liliba: Promo cuci kiloan Rp7.000/kg! Antar jemput gratis area Liliba–Oesapa. Order WA {owa}, email laundrykilat.liliba@gmail.com
{dt2} Laundry Kilat Liliba: Bayar transfer ke {bankrek} (rekening usaha).
""",
    ),
    T(
        "spoken_chat",
        "utilities_city",
        """
Petugas: Selamat sore, Perumda Air Minum.
Penelepon: Sore Pak, air di {kel} mati sejak kemarin. Sy tdk mau sebut nama ya.
Petugas: Tidak apa-apa. Nomor sambungan?
Penelepon: {nosamb}.
Petugas: Baik, ada perbaikan pipa di {jalan}, normal kira-kira jam 20.00. Nomor laporan {tkt}.
""",
    ),
    T(
        "spoken_chat",
        "education",
        """
{dt1} Info Beasiswa NTT: Pendaftaran KIP Kuliah dibuka sampai {tglf}. Pertanyaan kirim ke kipk@undana.ac.id atau beasiswa@kupangkota.go.id.
{dt2} Info Beasiswa NTT: Panduan: https://kip-kuliah.kemdikbud.go.id, helpdesk {owa}.
""",
    ),
    T(
        "spoken_chat",
        "jobs",
        """
Kode OTP SIAPkerja Anda {otp}. Berlaku 5 menit. JANGAN BERIKAN kode ini kepada siapa pun. Info: {otel} / siapkerja@kemnaker.go.id
""",
    ),
]

# ---------------------------------------------------------------- application_email
TEMPLATES += [
    T(
        "application_email",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: hrd.{shopslug}@gmail.com
Date: {dated1}
Subject: Lamaran Pekerjaan - Admin Toko

Dengan hormat,
Berdasarkan informasi lowongan di Instagram {shop}, saya bermaksud melamar sebagai admin toko. Data diri saya:
Nama lengkap     : [[n:{n1}]]
Tempat/tgl lahir : {ttl1}
NIK              : [[nik:{nik1}]]
Alamat           : [[a:{adr1}]], Kel. {kel}
No. HP/WA        : [[p:{hp1}]]
Email            : [[e:{emp1}]]
Pendidikan       : SMK Negeri 3 Kupang, Akuntansi
Bersama email ini saya lampirkan CV, ijazah, transkrip dan SKCK.

Hormat saya,
[[n:{n1}]]
""",
        A=(1,),
    ),
    T(
        "application_email",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: pendaftaran.blk@kupangkota.go.id
Date: {dated1}
Subject: Pendaftaran pelatihan menjahit angkatan {num}

Selamat siang, sy mau daftar pelatihan menjahit.
Nama   : [[n:{n1}]]
NIK    : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
HP     : [[p:{hp1}]]
Alamat : [[a:{adr1}]]
Pendidikan terakhir SMA. Sy ibu rumah tangga, mau buka usaha jahit di rumah.
Terima kasih.
""",
        F=(1,),
        A=(1,),
    ),
    T(
        "application_email",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: helpdesk.pppk@kupangkota.go.id
Date: {dated1}
Subject: Kirim ulang berkas PPPK – {noreg}

Yth. Panitia,
Sy kirim ulang berkas yang gagal unggah:
Nama     : [[n:{n1}]]
NIK      : [[nik:{nik1}]]
NPWP     : [[npwp:{npwpn1}]]
Formasi  : Guru Ahli Pertama – IPA
Instansi asal: {school} (honor sejak {yearp})
HP       : [[p:{hp1}]]
Lampiran: ijazah.pdf, transkrip.pdf, sertifikat_pendidik.pdf
""",
        A=(1,),
    ),
    T(
        "application_email",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: umkm.diskopnaker@kupangkota.go.id
Date: {dated1}
Subject: Pendaftaran bantuan modal usaha mikro

Selamat pagi Bapak/Ibu,
Sy [[n:{n1}]], pemilik usaha kue rumahan "Dapur Lontar" sejak {yearp}.
NIK                  : [[nik:{nik1}]]
NPWP usaha perorangan: [[npwp:{npwpd1}]]
NIB                  : {nib}
Alamat usaha         : [[a:{ad1}]] (rumah sendiri)
Email usaha          : dapurlontar.kupang@gmail.com
HP/WA pribadi        : [[p:{hp1}]]
Rekening usaha sy di {bank1} [[b:{rek1}]] a.n. [[n:{N1}]].
Terima kasih.
""",
    ),
    T(
        "application_email",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: prakerja.care@prakerja.go.id
Cc: disnaker@kupangkota.go.id
Date: {dated1}
Subject: Insentif Prakerja belum masuk

Halo Prakerja Care,
Insentif pasca pelatihan sy belum masuk ke e-wallet. Nomor kartu Prakerja sy {prakerja}, gelombang {num}. Akun e-wallet pakai nomor HP [[p:{hpb1}]] (OVO, atas nama sy [[n:{n1}]]).
NIK [[nik:{nik1}]].
Mohon dicek. Terima kasih.
""",
        A=(1,),
    ),
    T(
        "application_email",
        "education",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: kipk@undana.ac.id
Date: {dated1}
Subject: Berkas KIP Kuliah – [[n:{n1}]]

Yth. Panitia KIP Kuliah,
Nama mahasiswa : [[n:{n1}]]
NISN           : {nisn}
NIK            : [[nik:{nik1}]]
No. KK         : [[kk:{kk1}]]
Nama ayah      : [[n:{n2}]] (petani, penghasilan {rp}/bulan)
Nama ibu       : [[n:{n3}]]
Alamat         : [[a:{adr1}]], Kel. {kel}
HP             : [[p:{hp1}]]
Terlampir SKTM dari kelurahan dan foto rumah.
""",
        Y=(1,),
        M=(2,),
        F=(3,),
        fam={1: 2},
    ),
    T(
        "application_email",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{local1}@std.undana.ac.id]]>
To: umum.bappeda@kupangkota.go.id
Date: {dated1}
Subject: Permohonan magang mahasiswa

Dengan hormat,
Saya [[n:{n1}]], mahasiswa Program Studi Ilmu Administrasi Negara FISIP Undana, NIM 18{otp}0, mengajukan permohonan magang selama 2 bulan mulai {tglf}.
Pembimbing lapangan yang diusulkan kampus: Dr. [[n:{n2}]], M.Si. ([[e:{local2}@staf.undana.ac.id]]).
Kontak saya: [[p:{hp1}]] / email pribadi [[e:{emp1}]].
Hormat saya,
[[n:{n1}]]
""",
        Y=(1,),
    ),
    T(
        "application_email",
        "health",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: {pusk} <pkm.{puskslug}@gmail.com>
Date: {dated1}
Subject: Pendaftaran kader posyandu

Selamat siang, sy mau daftar jadi kader Posyandu Melati. Sy tinggal di [[a:{rt1}]] Kel. {kel}, ibu rumah tangga, pernah ikut pelatihan PMBA.
Nama: [[n:{n1}]]
HP: [[p:{hp1}]]
Direkomendasikan oleh Ketua RT, Bpk. [[n:{n2}]].
""",
        F=(1,),
    ),
    T(
        "application_email",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: ppk.{kecslug}@kpu-kotakupang.go.id
Date: {dated1}
Subject: Pendaftaran calon anggota KPPS

Nama lengkap   : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
Tempat/Tgl lahir: {ttl1}
Alamat (RT/RW) : [[a:{rt1}]], Kel. {kel}
No. HP         : [[p:{hp1}]]
Email          : [[e:{emp1}]]
Pekerjaan      : wiraswasta
Saya tidak menjadi anggota partai politik.
""",
        A=(1,),
    ),
    T(
        "application_email",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: recruitment.kupang@ngo-sehat.org
Date: {datee1}
Subject: Application – Field Officer (Kupang)

Dear Recruitment Team,
I would like to apply for the Field Officer position in Kupang. I have three years of experience as a community health volunteer in {kel} and speak Dawan and Rote.
Contact: [[p:{hpi1}]], [[e:{emp1}]]
Address: [[a:{adr1}]], Kupang
Kind regards,
[[n:{n1}]]
""",
        A=(1,),
        K=(1,),
    ),
    T(
        "application_email",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: upt.pasar@kupangkota.go.id
Date: {dated1}
Subject: Permohonan sewa kios Pasar {kel}

Yth. Kepala UPT Pasar,
Sy [[n:{n1}]], pedagang sayur di lapak blok C sejak {yearp}, mohon dapat sewa kios yang kosong.
NIK [[nik:{nik1}]], NPWP [[npwp:{npwpn1}]], HP [[p:{hp1}]].
Retribusi lapak selama ini sy bayar lewat VA {va}.
Terima kasih.
""",
    ),
    T(
        "application_email",
        "jobs",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: rekrutmen.{shopslug}@gmail.com
Date: {dated2}
Subject: Ralat alamat email – Lamaran Sopir

Maaf Bapak/Ibu, di CV sy salah tulis email ([[e:{emm1}]]). Yang benar [[e:{emp1}]].
Nama: [[n:{n1}]], SIM B1 Umum, HP [[p:{hp1}]].
Terima kasih.
""",
        M=(1,),
        A=(1,),
    ),
    T(
        "application_email",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: dpmptsp@kupangkota.go.id
Date: {dated1}
Subject: Permohonan izin usaha bengkel las

FORMULIR PERMOHONAN
Nama pemohon   : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
NPWP           : [[npwp:{npwp1}]]
Nama usaha     : Bengkel Las Karya Anak Timor
Alamat usaha   : [[a:{AD1}]] (RUMAH SENDIRI)
HP pemilik     : [[p:{hp1}]]
Telp usaha     : {owa}
Kendaraan operasional: pick up [[pl:{pl1}]]
""",
        M=(1,),
    ),
    T(
        "application_email",
        "church_community",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: panitia.pesparawi.kotakupang@gmail.com
Date: {dated1}
Subject: Pendaftaran paduan suara {church}

Syalom Panitia,
Kami mendaftarkan Paduan Suara Pemuda {church} untuk kategori Musik Pop Gerejawi.
Jumlah anggota 32 orang. Pelatih: [[n:{n2}]].
Narahubung: [[n:{n1}]] ([[p:{hp1}]], [[e:{emp1}]]).
Biaya pendaftaran {rps} sudah ditransfer ke rekening panitia.
""",
        K=(1, 2),
    ),
    # ---- without personal data
    T(
        "application_email",
        "jobs",
        """
From: HRD {shop} <hrd.{shopslug}@gmail.com>
To: lowongan-ntt@googlegroups.com
Date: {dated1}
Subject: Lowongan kerja: kasir dan admin gudang

{shop} membuka lowongan kasir (2 orang) dan admin gudang (1 orang).
Syarat: min. SMA/SMK, usia 20–30 tahun, domisili Kota Kupang.
Kirim CV ke hrd.{shopslug}@gmail.com paling lambat {tglf}. Info WA {owa}. Tidak dipungut biaya.
""",
    ),
    T(
        "application_email",
        "jobs",
        """
From: Panitia Seleksi BLK Kupang <pendaftaran.blk@kupangkota.go.id>
Date: {dated1}
Subject: Pendaftaran Anda kami terima – {noreg}

Terima kasih telah mendaftar pelatihan berbasis kompetensi angkatan {num}.
Nomor pendaftaran {noreg}. Tes seleksi {tglf} pukul 08.00. Bawa KTP asli dan fotokopi ijazah.
Info: {otel} / WA {owa}.
""",
    ),
    T(
        "application_email",
        "jobs",
        """
From: BKPSDM Kota Kupang <bkpsdm@kupangkota.go.id>
To: pengumuman-asn@lists.kupangkota.go.id
Date: {dated1}
Subject: Pengumuman seleksi PPPK tahap {tahap}

Pengumuman nomor {surat}. Formasi {kb} orang. Pendaftaran melalui sscasn.bkn.go.id sampai {tglf}.
Helpdesk: helpdesk.pppk@kupangkota.go.id, WA {owa} (chat), telp {otel}.
""",
    ),
    T(
        "application_email",
        "jobs",
        """
From: BLK Kupang <blk.kupang@gmail.com>
To: peserta-blk-{num}@googlegroups.com
Date: {dated1}
Subject: Jadwal pelatihan angkatan {num}

Kejuruan menjahit: ruang 2, instruktur dari LPK. Kejuruan las: bengkel BLK.
Mulai {tglf}, pukul 08.00–15.00. Uang transport {rps} per hari ditransfer ke rekening masing-masing peserta.
""",
    ),
    T(
        "application_email",
        "education",
        """
From: Panitia KIP Kuliah Undana <kipk@undana.ac.id>
To: calon-mahasiswa-kipk@googlegroups.com
Date: {dated1}
Subject: Jadwal verifikasi berkas KIP Kuliah

Verifikasi berkas {tglf} s.d. {tglf2} di Gedung Rektorat lt. 2. Bawa KK asli, KTP orang tua, SKTM.
Pertanyaan: kipk@undana.ac.id, telp {otel}. Kode prodi dan nomor pendaftaran lihat di SIAKAD.
""",
    ),
    T(
        "application_email",
        "civil_registry",
        """
From: PPK Kecamatan {kec} <ppk.{kecslug}@kpu-kotakupang.go.id>
To: kel.{kelslug}@kupangkota.go.id
Date: {dated1}
Subject: Syarat pendaftaran KPPS

Syarat: WNI, usia min. 17 tahun, tidak anggota parpol, surat keterangan sehat. Formulir model A-KPPS dapat diunduh di kpu-kotakupang.go.id.
Pendaftaran {tglf} s.d. {tglf2}. Kontak PPK: {otel}.
""",
    ),
    T(
        "application_email",
        "tax_business",
        """
From: {cv} <{cvbox}>
To: vendor@bankntt.co.id
Date: {dated1}
Subject: Pendaftaran rekanan – {cv}

Dengan hormat, kami {cv} mendaftar sebagai rekanan pengadaan ATK.
NIB {nib}, NPWP {npwpx}, rekening perusahaan {bankrek}.
Alamat kantor {jalan} No. {num}, telp {otel}.
Hormat kami, Direksi {cv}
""",
    ),
    T(
        "application_email",
        "jobs",
        """
From: LPK Cendana Kupang <lpk.cendana.kpg@gmail.com>
Date: {dated1}
Subject: Program pelatihan kerja ke Jepang

Program bahasa Jepang 6 bulan, biaya {rp} (bisa dicicil). Pendaftaran {tglf}.
Info: {otel}, WA {owa}, email lpk.cendana.kpg@gmail.com. Izin LPK nomor {surat}.
""",
    ),
    T(
        "application_email",
        "jobs",
        """
From: Bappeda Kota Kupang <umum.bappeda@kupangkota.go.id>
To: fisip@undana.ac.id
Date: {dated1}
Subject: Kuota magang mahasiswa semester ini

Kuota magang Bappeda {num} orang, periode {tglf} s.d. {tglf2}. Permohonan dikirim oleh fakultas, bukan perorangan, dengan surat nomor {surat}.
Kontak Sub Bagian Umum: {otel}.
""",
    ),
]

# ---------------------------------------------------------------- people's NPWPs and phones beside bodies' ones
TEMPLATES += [
    T(
        "citizen_email",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: bapenda@kupangkota.go.id
Date: {dated1}
Subject: Tagihan pajak air tanah depot

Selamat siang Bapenda,
Sy pemilik depot air isi ulang "Tirta {kel}", usaha perorangan. Tagihan pajak air tanah bulan ini dikirim dengan NPWPD depot {npwpx}, tapi di SPT sy pakai NPWP pribadi sy [[npwp:{npwpn1}]]. Mana yang benar untuk dilaporkan?
Bukti bayar bulan lalu: kode bayar {billing}, {rp}.

Salam,
[[n:{n1}]]
Pemilik Depot Tirta {kel}
HP [[p:{hp1}]] | Telp depot {otel}
""",
    ),
    T(
        "official_reply",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Bendahara Dinas Pariwisata <bendahara.dispar@kupangkota.go.id>
Date: {dated2}
Subject: Re: Tagihan jasa dokumentasi festival

Selamat siang Ibu Bendahara,
Terlampir invoice jasa dokumentasi Festival Sasando {year} sebesar {rp}. Sy fotografer lepas, bukan CV, jadi PPh 21 dipotong atas nama pribadi:
NPWP : [[npwp:{npwpd1}]]
NIK  : [[nik:{nik1}]]
Rekening {bank1} [[b:{rek1}]] a.n. [[n:{N1}]]
Terima kasih.

[[n:{n1}]]
Fotografer lepas | HP/WA [[p:{hp1}]]

Pada {pada1}, Bendahara Dinas Pariwisata <bendahara.dispar@kupangkota.go.id> menulis:
> Mohon kirim invoice dan NPWP. NPWP bendahara pemotong {npwpx}.
""",
    ),
    T(
        "forward_chain",
        "tax_business",
        """
From: Tata Usaha {school} <tu.{sslug}@gmail.com>
To: kpp.kupang.pelayanan@pajak.go.id
Date: {dated3}
Subject: Fwd: Bukti potong guru honor

Mohon bantuan, bukti potong atas nama guru kami tertulis NPWP sekolah. Kami teruskan email yang bersangkutan.
NPWP sekolah (bendahara BOS): {npwpx}
TU {school}

---------- Forwarded message ---------
From: [[n:{n1}]] <[[e:{emgt1}]]>
Date: {pada1}
To: tu.{sslug}@gmail.com
Subject: Bukti potong salah

Ibu, di bukti potong sy NPWP-nya {npwpx}, padahal NPWP sy [[npwp:{npwpd1}]] dan sekarang sdh pakai NIK [[npwp:{npwpn1}]]. Tolong dibetulkan.
[[n:{n1}]] — [[p:{hp1}]]
""",
    ),
    T(
        "auto_reply",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: [[e:{emp2}]]
Date: {dated2}
Subject: Balasan otomatis: Konsultasi SPT

Terima kasih. Saya sedang menyelesaikan pelaporan SPT klien sampai {tglf}; email dibalas setelah itu.
Untuk dokumen resmi kantor silakan kirim ke admin.kkptimurlestari@gmail.com (KKP Timur Lestari, NPWP kantor {npwpx}, telp {otel}).

[[n:{n1}]], S.E., BKP
Konsultan pajak
NPWP [[npwp:{npwpn1}]] | HP [[p:{hp1}]]
""",
    ),
    T(
        "newsletter_list",
        "tax_business",
        """
From: {kop} <{kopbox}>
To: anggota-{kopslug}@googlegroups.com
Date: {dated1}
Subject: Pengurus baru dan data pajak anggota

Salam sejahtera,
Susunan pengurus hasil RAT: Ketua [[n:{n1}]] (HP [[p:{hp1}]]), Sekretaris [[n:{n2}]], Bendahara [[n:{n3}]].
Anggota yang menerima SHU di atas batas wajib pajak mohon kirim NPWP pribadi ke email koperasi. Yang sudah mengirim: [[n:{n4}]] dan [[n:{n5}]].
NPWP koperasi {npwpx}, rekening koperasi {bankrek}.
""",
    ),
    T(
        "form_notification",
        "tax_business",
        """
From: e-Faktur Notifikasi <efaktur-noreply@pajak.go.id>
To: {cvbox}
Date: {dated1}
Subject: Faktur pajak berhasil diupload

Penjual          : {CV}
NPWP Penjual     : {npwpx}
Pembeli          : [[n:{N1}]]
NPWP Pembeli     : [[npwp:{npwpn1}]]
NITKU Pembeli    : [[npwp:{npwpt1}]]
Nomor faktur     : 040.00{num}-{year}.{kb}
DPP {rpbig}, PPN 11%
""",
    ),
]


if __name__ == "__main__":
    main()
