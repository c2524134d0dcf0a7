# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev51.jsonl: conversations and call notes, and whose phone number it is.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{owa}``, ``{scam}``), each filled three times with invented values; span offsets are
computed from the markers. Run ``python3 tests/data/make_redaction_dev51.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
``@`` token with the forty characters before it; ``--show N`` prints N texts drawn at random
(seeded) with their spans marked, for reading.
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

SEED = 51_2026_0707
OUT = Path(__file__).with_name("redaction_dev51.jsonl")
PREFIX = "d51"

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
    "call_note",
    "wa_group",
    "social_thread",
    "lapor_web",
    "sms_1708",
    "kupang_chat",
    "official_reply",
    "shift_handover",
    "visitor_register",
    "flyer_quote",
)
SCANNED = {"flyer_quote"}  # posters and flyers typed or scanned: digits may stand for letters
THEMES = (
    "health",
    "water_power",
    "social_aid",
    "civil_registry",
    "scam_fraud",
    "roads_transport",
    "schools",
    "trade_housing",
    "neighbourhood",
)
FLOORS = {
    "templates": 215,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "phone": 330,
    "name": 330,
    "themes": 9,
    "lookalikes": 3,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "pdt",
    "pnt", "dkn", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa",
    "nona", "kak", "kaka", "ka", "adik", "ade", "yth", "saudara", "saudari", "ketua", "kepala",
    "petugas", "bendahara", "sekretaris", "kader", "pendamping", "admin", "alm", "almh", "ttd",
    "salam", "dari", "hormat", "atas", "anak", "istri", "suami", "nama", "pelapor", "penelepon",
    "kel", "h", "hj", "ustadz", "ustadzah", "sopir", "ojek", "tukang", "pemilik", "an", "a.n",
    "ko", "ci", "cici", "wa", "hp", "hub", "sa", "beta", "sy", "saya", "perawat", "mantri",
    "romo", "pastor", "operator", "agen", "pak rt", "bripka", "aipda", "serka", "koptu", "mas",
    "mba", "mbak", "teta", "nene", "ama", "ina", "dokter", "wali", "pasien", "tetangga", "kakak",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev51)
# given names of Timor, Rote, Sabu, Flores, Alor (mostly Christian)
GIVEN_M = (
    "Yermias", "Marthen", "Obed", "Semuel", "Nikson", "Frengki", "Benyamin", "Yulius", "Agustinus",
    "Gerson", "Roni", "Heronimus", "Kornelis", "Welem", "Ferdinand", "Melkianus", "Oktovianus",
    "Lukas", "Yakobus", "Stefanus", "Aleksander", "Hendrik", "Daud", "Efraim", "Nehemia",
    "Arnoldus", "Gabriel", "Fransiskus", "Petrus", "Dominikus", "Mateus", "Silvester", "Ronaldo",
    "Jefri", "Ricky", "Dedi", "Selo", "Yustus", "Habel", "Elias", "Zakarias", "Mikael", "Ismail",
    "Alfons", "Kristo", "Jhoni", "Toni", "Erik", "Apolonius", "Vinsen", "Ambrosius", "Yeremia",
)  # fmt: skip
GIVEN_F = (
    "Imelda", "Apriana", "Sarlota", "Lidia", "Welhelmina", "Herlina", "Margaretha", "Katarina",
    "Yeni", "Sance", "Debi", "Ruth", "Ester", "Rosa", "Melinda", "Anita", "Fransiska", "Aprilia",
    "Yuspina", "Elfrida", "Antonia", "Mersi", "Delfina", "Oktavia", "Selfiana", "Meriyanti",
    "Florida", "Yohana", "Adriana", "Serlina", "Marselina", "Naomi", "Febri", "Desi", "Lusia",
    "Agustina", "Erna", "Feni", "Martha", "Yuli", "Ince", "Nelci", "Sofia", "Kornelia",
    "Emiliana", "Santi", "Grasela", "Yosina",
)  # fmt: skip
FAMILY = {
    "timor": ("Nubatonis", "Tlonaen", "Banamtuan", "Taopan", "Nitbani", "Tabun", "Nenabu", "Faot",
              "Kolo", "Sanam", "Kaesmetan", "Nomleni", "Liunokas", "Ataupah", "Kameo", "Tefbana",
              "Benufinit", "Sakan", "Kause", "Nabuasa"),
    "rote": ("Mbuik", "Henukh", "Lenggu", "Feoh", "Manubulu", "Ndolu", "Pello", "Nalle", "Sinlae",
             "Foeh", "Lerik", "Mesakh", "Sjioen", "Kiuk", "Ballo", "Tungga", "Lenda", "Ndaomanu",
             "Zacharias", "Amalo Dae"),
    "sabu": ("Lado", "Huki", "Kana", "Tadu", "Heke", "Dima", "Medo", "Dida", "Lado Hawu",
             "Tadu Hungu", "Huki Dira", "Kale Medo", "Dimu", "Rebo", "Ludji"),
    "flores": ("Wangge", "Gadi", "Lewar", "Bao", "Deno", "Weking", "Making", "Koten", "Parera",
               "Da Costa", "Fernandez", "Hurint", "Sogen", "Lamanepa", "Keraf", "Kewa", "Jawa",
               "Sareng", "Tokan", "Mukin"),
    "alor": ("Maro", "Laufa", "Kafelkai", "Lamma", "Malaikosa", "Padabang", "Mautuka", "Blegur",
             "Pulinggomang", "Langkameng", "Tanglaa", "Maure"),
}  # fmt: skip
# whole names of other origins: (sex, given, family, order); "ff" puts the family first
SUMBA = (
    ("M", "Umbu Lapu", "Kaborang"), ("M", "Umbu Ndaku", "Hunggu"), ("M", "Umbu Remu", "Ngongo"),
    ("M", "Umbu Kahumbu", "Lero"), ("F", "Rambu Konda", "Windi"), ("F", "Rambu Hada", "Kadu"),
    ("F", "Rambu Eti", "Ndapamerang"), ("F", "Rambu Lodu", "Rihimeha"),
)  # fmt: skip
BALI = (
    ("M", "I Wayan", "Sudarma"), ("M", "I Komang", "Adi Saputra"), ("M", "I Gede", "Putra Arsana"),
    ("M", "I Nyoman", "Sukarta"), ("M", "I Ketut", "Wirawan"), ("F", "Ni Ketut", "Sriani"),
    ("F", "Ni Kadek", "Ayu Wulandari"), ("F", "Ni Wayan", "Rasmini"), ("F", "Ni Made", "Sukerti"),
    ("F", "Ni Luh", "Putu Suartini"),
)  # fmt: skip
MUSLIM = (
    # Bugis and Makassar
    ("M", "Rahmat", "Daeng Tompo", ""), ("M", "Muhammad Arsyad", "Daeng Lalang", ""),
    ("F", "Hasnawati", "Daeng Baji", ""), ("M", "Syamsul", "Bahri", ""), ("F", "Nurhayati", "Pawellangi", ""),
    ("F", "Sitti Aminah", "Daeng Caya", ""), ("M", "Ridwan", "Laharu", ""),
    # Butonese
    ("M", "Hamiru", "La Ode", "ff"), ("M", "Kaimuddin", "La Ode", "ff"), ("F", "Sitti Maryam", "Wa Ode", "ff"),
    ("F", "Hasniah", "Wa Ode", "ff"), ("M", "Salimu", "La Ode", "ff"),
    # Javanese
    ("M", "Bambang", "Hariyanto", ""), ("F", "Sri", "Wahyuni", ""), ("F", "Endang", "Susilowati", ""),
    ("M", "Agus", "Prasetyo", ""), ("F", "Siti", "Rohmah", ""), ("M", "Joko", "Santoso", ""),
    ("F", "Dwi", "Lestari", ""), ("M", "Slamet", "Riyadi", ""),
    # Kupang Muslims of Solor, Alor and Sabu descent
    ("M", "Abdul Gafur", "Bethan", ""), ("F", "Sarifa", "Lamahala", ""), ("M", "Hasan", "Kiat", ""),
)  # fmt: skip
CHINESE = (
    ("F", "Siu Lin", "Kwee"), ("M", "Bun Hok", "Tan"), ("F", "Hwa Ing", "Liem"),
    ("M", "Kian Seng", "Gouw"), ("F", "Kim Lian", "Ang"), ("M", "Tjong Wie", "Lauw"),
    ("F", "Mei Yin", "Sie"),
)  # fmt: skip
# words many names share: two persons of one text may both carry them
SHARED = {
    "umbu",
    "rambu",
    "ode",
    "daeng",
    "wayan",
    "ketut",
    "made",
    "nyoman",
    "komang",
    "gede",
    "kadek",
    "luh",
}
ORIGINS = (("local", 70), ("sumba", 6), ("bali", 6), ("muslim", 11), ("chinese", 7))

# ---------------------------------------------------------------- places and bodies (dev51)
KELURAHAN = (
    "Oebufu", "Oepura", "Sikumana", "Kolhua", "Naimata", "Penfui", "Liliba", "Oesapa", "Lasiana",
    "Fatululi", "Kayu Putih", "Bakunase", "Airnona", "Fontein", "Kuanino", "Naikoten I", "Oetete",
    "Nunbaun Sabu", "Nunbaun Delha", "Namosain", "Manutapen", "Mantasi", "Fatukoa", "Belo",
    "Naikolan", "Maulafa", "Oeba", "Fatubesi", "Tode Kisar", "Pasir Panjang", "Nefonaek", "Alak",
    "Batuplat", "Tuak Daun Merah", "Kelapa Lima", "Oesapa Selatan",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Bajawa", "Jl. Flamboyan", "Jl. Kedondong", "Jl. Srikaya", "Jl. Manggis", "Jl. Lontar",
    "Jl. Cendana", "Jl. Bakau", "Jl. Nusa Indah", "Jl. Teratai", "Gg. Sasando", "Gg. Kutilang",
    "Gg. Bougenvil", "Lr. Nusa", "Jl. Air Lobang", "Jl. Fetor Funay", "Jl. Sumba", "Jl. Alor",
    "Jl. Sabu", "Jl. Rote", "Jl. Kampung Baru", "Jl. Jambu Air", "Gg. Anggur", "Jl. Tulip",
    "Jl. Kelimutu", "Jl. Nangka Raya", "Gg. Salak", "Jl. Pulau Indah", "Jl. Bajak Laut",
    "Jl. Sirih", "Gg. Pisang", "Jl. Anyelir",
)  # fmt: skip
ESTATES = (
    "Perumahan Lopo Indah Permai Blok", "Griya Oebufu Asri Blok", "Perum Citra Liliba Blok",
    "BTN Sikumana Blok", "Perumnas Naimata Blok",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Timor Raya", "Jl. W.J. Lalamentik", "Jl. Piet A. Tallo",
    "Jl. Adi Sucipto", "Jl. Jend. Sudirman", "Jl. Herewila", "Jl. Suratim", "Jl. Soekarno",
    "Jl. Sam Ratulangi", "Jl. Moh. Hatta", "Jl. Cak Doko", "Jl. Amabi", "Jl. Perintis Kemerdekaan",
    "Jl. Bundaran Tirosa", "Jl. Jalur 40", "Jl. H.R. Koroh", "Jl. Oekam", "Jl. Kejora",
)  # fmt: skip
PUSK = ("Oebobo", "Sikumana", "Bakunase", "Penfui", "Oesapa", "Alak", "Kupang Kota", "Naioni",
        "Pasir Panjang", "Oepoi", "Manutapen")  # fmt: skip
PASAR = ("Oebobo", "Kasih Naikoten", "Oeba", "Kuanino", "Penfui", "Oesapa")
SCHOOLS = ("SDN Oebufu 1", "SD Inpres Kolhua", "SDK Santo Yoseph 3", "SMPN 2 Kupang", "SMPN 11 Kupang",
           "SMAN 6 Kupang", "SMKN 3 Kupang", "SD GMIT Oetete", "MIN Oesapa", "SMP Kristen Citra Bangsa")  # fmt: skip
CHURCHES = ("GMIT Betania Sikumana", "GMIT Pniel Oebufu", "GMIT Galed Kolhua", "GMIT Kaisarea BTN",
            "Paroki St. Yosef Naikoten", "GMIT Bukit Hermon Liliba")  # fmt: skip
MOSQUES = ("Masjid Al-Falah Oesapa", "Masjid Nurul Iman Airmata", "Masjid At-Taqwa Oeba")
BENGKEL = (
    "Bengkel Motor Anugerah",
    "Bengkel Rote Jaya",
    "Bengkel Oebufu Motor",
    "Bengkel Putra Lasiana",
)
RENTAL = ("Kupang Indah Rent", "Timor Jaya Rental", "Cendana Rent Car", "Flobamora Transport")
TRAVEL = ("Travel Nusa Lontar", "Travel Soe Permai", "Travel Kefa Jaya", "Travel Atambua Sejati")
LAUNDRY = ("Laundry Harum Oesapa", "Laundry Kilat Liliba", "Laundry Putih Bersih")
SEDOT = ("SURYA TIMOR", "TUNAS BARU", "MITRA SEHAT", "OEBUFU JAYA")
KOS = ("Kos Putri Sharon", "Kos Pelangi Penfui", "Kos Bukit Zaitun", "Kos Griya Mentari")
DEPOT = (
    "Depot Air Oenesu",
    "Tangki Air Sumber Hidup",
    "Depot Tirta Oebufu",
    "Depot Mata Air Baumata",
)
APOTEK = ("Apotek Sehat Sentosa", "Apotek Liliba Farma", "Apotek Bunda Kupang")
KIOS = ("Kios Sembako Sion", "Kios Pulsa Timor Cell", "Kios Lontar Baru", "Kios Berkat Manulai")
CATERING = ("Catering Sabana", "Catering Lopo Rasa", "Dapur Nusa Tenggara")
PINJOL = ("DanaKilat", "PinjamGesit", "UangSegera", "KreditKita88")
COURIER = ("J&T", "JNE", "SiCepat", "Pos Indonesia", "Ninja Xpress")
POSES = ("Dinas Sosial", "Dukcapil", "PLN", "BRI", "Bank NTT", "Kemensos", "pendamping PKH",
         "Bapenda", "BPJS Kesehatan", "Polresta", "Samsat", "Dinas Pendidikan")  # fmt: skip
HANDLES = ("kupang_bicara", "infokotakupang", "warga.kupang", "ntt_update", "kupangtoday",
           "suara_oebufu", "lensa_kupang")  # fmt: skip
GROUPS = ("Warga RT Bersatu", "Mama-Mama Posyandu", "Ojek Online Kupang", "Pedagang Pasar",
          "Orang Tua Murid", "Kelompok Tani Sehati", "Jemaat Rayon 4")  # fmt: skip
PETS = ("Bobo", "Kiki", "Lorens", "Blacky", "Moris", "Tompel")
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id",
         "ymail.com", "outlook.com", "rocketmail.com")  # fmt: skip
# mobile prefixes with weights (Telkomsel first in NTT, then Indosat, XL, Tri, Smartfren)
MOBILE = (
    ("0812", 15), ("0813", 17), ("0821", 10), ("0822", 11), ("0823", 8), ("0852", 14),
    ("0853", 12), ("0811", 3), ("0851", 4), ("0815", 1), ("0816", 1), ("0855", 1),
    ("0856", 2), ("0857", 3), ("0858", 2), ("0817", 1), ("0818", 1), ("0819", 2),
    ("0877", 1), ("0878", 2), ("0831", 1), ("0838", 1), ("0895", 2), ("0896", 1),
    ("0897", 1), ("0898", 1), ("0881", 1), ("0882", 1), ("0887", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0832", "0833", "0859", "0899", "0883", "0885", "0889"}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
# regency and district codes of the NIK's first six digits (Kota Kupang most often)
DISTRICTS = (
    "537101", "537102", "537103", "537104", "537105", "537106", "537104", "537103", "537105",
    "530101", "530106", "530112", "530203", "530305", "530404", "530510", "530602", "530708",
    "531001", "531204", "531502", "532001",
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
        self.minute = rng.randint(7 * 60, 19 * 60)
        self.gaps = [0] + [rng.choice((1, 1, 2, 3, 4, 5, 8, 12, 19, 31)) for _ in range(16)]

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
            rest = r.choice((7, 8, 8, 8, 8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "g", "t", "i", "p", "j", "k", "m", "q", "c", "r", "u", "v", "w"),
                (30, 13, 13, 5, 4, 7, 4, 7, 6, 3, 1, 2, 1, 1, 1, 1),
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
            "q": f"62-{a[1:]}-{b}-{c}",
            "c": f"(+62) {a[1:]} {b} {c}",
            "r": f"+62-{a[1:]}-{b}-{c}",
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
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "g", "t")))
        if how == "z":  # international writings only
            return self.write_mobile(raw, r.choice(("i", "p", "j", "k", "m", "c", "r", "q")))
        raise KeyError(how)

    def write_land(self, raw: str, how: str = "") -> str:
        a, b = raw[:4], raw[4:]
        forms = (
            f"{a} {b}",
            f"{a}-{b}",
            f"({a}) {b}",
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
        """A NIK or a KK in one of the writings people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (72, 20, 8))[0]
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
            k = r.choice((5, 8, 10))
            return raw[:k] + "\n" + raw[k:]
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in "015" and k > 1]
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
        if how == "s":  # the old number in its groups with spaces
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "z":  # the old number with a 0 before it: 16 digits
            return "0" + old
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
            how = r.choice(("a", "b", "d", "h", "g", "t", "e", "q", "y", "w", "c", "s"))
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
            "s": f"{local}@{parts[0]} titik " + " titik ".join(parts[1:]),
            "n": f"{local}\n@{host}",
            "k": p["office_mail"],
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
        origin_forced = spec["O"].get(i)
        for _ in range(500):
            if i in spec["F"]:
                sex = "F"
            elif i in spec["M"]:
                sex = "M"
            else:
                sex = r.choice("MF")
            origin = origin_forced or (
                head["origin"]
                if head
                else r.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
            )
            order = ""
            if origin == "sumba":
                cands = [x for x in SUMBA if x[0] == sex]
                _, given, family = r.choice(cands)
                if head:
                    family = head["f"]
            elif origin == "bali":
                _, given, family = r.choice([x for x in BALI if x[0] == sex])
            elif origin == "muslim":
                _, given, family, order = r.choice([x for x in MUSLIM if x[0] == sex])
                if head and head["order"] == "" and order == "":
                    family = head["f"]
            elif origin == "chinese":
                _, given, family = r.choice([x for x in CHINESE if x[0] == sex])
                order = "ff"
                if head:
                    family = head["f"]
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY[r.choice(tuple(FAMILY))])
            words = {w.lower() for w in given.split() if len(w) > 2} - SHARED
            if head is None or family != head["f"]:
                words |= {w.lower() for w in family.split() if len(w) > 2} - SHARED
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError(
                "no fresh name %d %r %r"
                % (i, spec, {k: (v["n"], v["origin"]) for k, v in self.people.items()})
            )
        if i in spec["E"]:
            year = r.randint(1940, 1960)
        elif i in spec["Y"]:
            year = r.randint(self.year - 16, self.year - 3)
        else:
            year = r.randint(1962, 2004)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        district = head["district"] if head is not None else r.choice(DISTRICTS)
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 1200)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(5, 26))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((4, 9, 15, 25, 34, 41, 49, 55, 67, 73, 76, 81, 88, 94)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "920", "921", "924")),
                )
            )
        )
        full = f"{family} {given}" if order == "ff" else f"{given} {family}"
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
                f"{gl}{yy}kupang",
                f"{gl}.{fl}{r.randint(1, 9)}",
                f"{fl}{gl[:3]}{yy}",
            )
        )
        if r.random() < 0.12:
            ad = "%s %s%d No. %d" % (
                r.choice(ESTATES),
                r.choice("ABCDEFGHJK"),
                r.randint(1, 12),
                r.randint(1, 45),
            )
        else:
            street = r.choice(HOME_STREETS)
            house = str(r.randint(1, 150)) + r.choice(("", "", "", "", "", "", "A", "B", "C"))
            no = r.choice(("No. ", "No. ", "No. ", "No ", "no. ", "Nomor ", "No.", "nr "))
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
            "origin": origin,
            "order": order,
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
                )
            ),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "age": str(self.year - year),
            "bank": bank,
            "rek": self.account(bank),
            "ad": ad,
            "adr": f"{ad}, {rt}" if r.random() < 0.7 else f"{ad} {rt}",
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 12)),
            "pl": self.plate(),
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
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "DH", "EB", "ED", "DH")),
            r.randint(1000, 9999),
            r.choice(("AB", "AK", "KB", "KN", "BF", "AE", "KH", "AT", "C", "AJ", "KL")),
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
                        % (
                            r.choice(("001", "002", "010", "034")),
                            "01",
                            r.choice(("01", "02")),
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        r.choice(("0010102", "0020101")) + self.digits(7),
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
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "No", "lahir", "age", "bank", "rek",
            "ad", "adr", "rt", "rtk", "pl",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name == "tr":
            return self.write_land(self.person(i)["land"], "p")
        if name == "trz":
            return self.write_land(self.person(i)["land"])
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
    """The i-th date of a filling: later indexes fall later; no Sunday."""
    base = datetime.date(fl.year, fl.month, fl.day)
    d = base + datetime.timedelta(days=6 * (i - 1) + fl.rng.randint(0, 4))
    return d + datetime.timedelta(days=1) if d.weekday() == 6 else d


def _tgl(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return fl.rng.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%d-%d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%d %s" % (d.day, MONTHS[d.month - 1][:3]),
        )
    )


def _hari(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    day = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")[d.weekday()]
    return "%s, %d %s %d" % (day, d.day, MONTHS[d.month - 1], d.year)


def _dayname(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")[d.weekday()]


def _money(fl: Fill, low: int, high: int, step: int) -> str:
    r = fl.rng
    v = r.randint(low // step, high // step) * step
    s = f"{v:,}".replace(",", ".")
    if v % 1000 == 0 and v < 1000000 and r.random() < 0.25:
        return "%d ribu" % (v // 1000)
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-")) % s


def _rp(fl: Fill, i: int) -> str:
    return _money(fl, 50000, 2000000, 25000)


def _dt(fl: Fill, i: int) -> str:
    """A chat's time stamp; the messages of one chat follow each other."""
    m = fl.minute + sum(fl.gaps[:i])
    d = datetime.date(fl.year, fl.month, fl.day)
    return "[%02d/%02d/%d %02d.%02d]" % (d.day, d.month, d.year, m // 60 % 24, m % 60)


def _da(fl: Fill, i: int) -> str:
    """An Android export's time stamp (``14/03/26 09.12 -``), following each other."""
    m = fl.minute + sum(fl.gaps[:i])
    return "%02d/%02d/%02d %02d.%02d -" % (fl.day, fl.month, fl.year % 100, m // 60 % 24, m % 60)


def _hm(fl: Fill, i: int) -> str:
    """A log's time; the rows follow each other."""
    m = fl.minute + sum(fl.gaps[:i]) * 2
    return "%02d.%02d" % (m // 60 % 24, m % 60)


def _tiket(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "#LPR-%d-%04d-%04d" % (fl.year, r.randint(1, 9999), r.randint(1, 9999)),
            "LAPOR-5371-%d-%05d" % (fl.year, r.randint(1, 99999)),
            "%04d-%04d-%03d" % (r.randint(1000, 9999), r.randint(1, 9999), r.randint(1, 999)),
            "#%d" % r.randint(1000000, 9999999),
            "UPK/%d/%04d" % (fl.year, r.randint(1, 3000)),
        )
    )


def _surat(fl: Fill, i: int) -> str:
    r = fl.rng
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    return r.choice(
        (
            "045.2/%03d/ORG/%s/%d" % (r.randint(1, 400), roman[fl.month - 1], fl.year),
            "400.%d.%d/%03d/%d" % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 900), fl.year),
            "005/%03d/%s/%d" % (r.randint(1, 300), roman[fl.month - 1], fl.year),
            "B.%03d/%02d/%d" % (r.randint(1, 300), fl.month, fl.year),
            "B-%03d/UPK/%s/%d" % (r.randint(1, 300), roman[fl.month - 1], fl.year),
        )
    )


def _npwpx(fl: Fill, i: int) -> str:
    """A body's NPWP: the old 15 digits dotted, or 0 and the old number (16 digits)."""
    r = fl.rng
    d = fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((1, 2, 3, 21, 31, 53, 62, 70, 74, 83, 90)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921")),
                r.choice(("000", "000", "001")),
            )
        )
    )
    return r.choice((f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}", "0" + d))


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
    d = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 30), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


def _short(fl: Fill, i: int) -> str:
    return fl.rng.choice(("112", "1708", "123", "110", "113", "119", "165", "14017", "1500400"))


def _file(fl: Fill, i: int) -> str:
    r = fl.rng
    d = _date(fl, i)
    stamp = "%d%02d%02d" % (d.year, d.month, d.day)
    return r.choice(
        (
            "IMG-%s-WA%04d.jpg" % (stamp, r.randint(1, 400)),
            "Screenshot_%s-%02d%02d%02d_WhatsApp.jpg"
            % (stamp, r.randint(7, 21), r.randint(0, 59), r.randint(0, 59)),
            "VID_%s_%06d.mp4" % (stamp, r.randint(0, 235959)),
            "PTT-%s-WA%04d.opus" % (stamp, r.randint(1, 90)),
        )
    )


OTHER_VALUES = {
    # bodies' and scams' numbers
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "x"),
    "owao": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "owaz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "biz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "bizo": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scamz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "short": _short,
    "npwpx": _npwpx,
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    # look-alikes
    "tiket": _tiket,
    "surat": _surat,
    "idpel": lambda fl, i: fl.fresh(lambda: "53" + fl.rng.choice("1234") + fl.digits(9)),
    "meter": lambda fl, i: fl.fresh(lambda: "14" + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 30), fl.rng.randint(1, 30), fl.rng.randint(1, 999999))
    ),
    "va": lambda fl, i: fl.rng.choice(
        (
            "8808 " + " ".join(fl.digits(4) for _ in range(3)),
            "88888" + fl.digits(11),
            "12345" + fl.digits(10),
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
    "imei": lambda fl, i: "86" + fl.digits(13),
    "resi": lambda fl, i: fl.rng.choice(("JP", "JX", "CGK", "SPX")) + fl.digits(11),
    "token": lambda fl, i: "-".join(fl.digits(4) for _ in range(5)),
    "otp": lambda fl, i: fl.digits(6),
    "kks": lambda fl, i: "6013 01" + fl.digits(2) + " " + fl.digits(4) + " " + fl.digits(4),
    "order": lambda fl, i: (
        "INV/%d%02d%02d/MPL/%d" % (fl.year, fl.month, fl.day, fl.rng.randint(10**9, 10**10 - 1))
    ),
    "antrian": lambda fl, i: "%s-%03d" % ("ABCD"[fl.day % 4], 12 * i + fl.rng.randint(0, 11)),
    "img": lambda fl, i: (
        "IMG-%d%02d%02d-WA%04d.jpg"
        % (_date(fl, i).year, _date(fl, i).month, _date(fl, i).day, fl.rng.randint(1, 400))
    ),
    "rp": _rp,
    "rps": lambda fl, i: _money(fl, 5000, 95000, 5000),
    "rpm": lambda fl, i: _money(fl, 100000, 750000, 25000),
    "rpb": lambda fl, i: _money(fl, 2000000, 30000000, 250000),
    "tgl": _tgl,
    "hari": _hari,
    "dname": _dayname,
    "jam": lambda fl, i: "%02d.%02d" % (fl.rng.randint(7, 21), fl.rng.randint(0, 59)),
    "dt": _dt,
    "da": _da,
    "hm": _hm,
    "thn": lambda fl, i: str(fl.year),
    "rtn": lambda fl, i: "%02d" % fl.rng.randint(1, 42),
    "rwn": lambda fl, i: "%02d" % fl.rng.randint(1, 14),
    "rtlo": lambda fl, i: "%02d" % fl.rng.randint(1, 6),
    "rthi": lambda fl, i: "%02d" % fl.rng.randint(12, 42),
    "num": lambda fl, i: str(fl.rng.randint(3, 60)),
    "dur": lambda fl, i: "%02d:%02d" % (fl.rng.randint(0, 14), fl.rng.randint(0, 59)),
    "file": _file,
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
    "bengkel": lambda fl, i: fl.pick("bengkel", BENGKEL),
    "rental": lambda fl, i: fl.pick("rental", RENTAL),
    "travel": lambda fl, i: fl.pick("travel", TRAVEL),
    "laundry": lambda fl, i: fl.pick("laundry", LAUNDRY),
    "sedot": lambda fl, i: fl.pick("sedot", SEDOT),
    "kos": lambda fl, i: fl.pick("kos", KOS),
    "depot": lambda fl, i: fl.pick("depot", DEPOT),
    "apotek": lambda fl, i: fl.pick("apotek", APOTEK),
    "kios": lambda fl, i: fl.pick("kios", KIOS),
    "catering": lambda fl, i: fl.pick("catering", CATERING),
    "pinjol": lambda fl, i: fl.pick("pinjol", PINJOL),
    "kurir": lambda fl, i: fl.pick("kurir", COURIER),
    "pose": lambda fl, i: fl.pick("pose", POSES),
    "handle": lambda fl, i: fl.pick("handle", HANDLES),
    "group": lambda fl, i: fl.pick("group", GROUPS),
    "pet": lambda fl, i: fl.pick("pet", PETS),
    "bnk": lambda fl, i: fl.pick("bnk", BANKS),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1 and name not in ("No",):  # {KEL} is {kel} in capitals
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


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OolISB]", "", seg)):
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
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
    if "\r" in text or "  \n" in text:
        bad.append("carriage return or trailing spaces")
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
            words = re.split(r"[\s.,]+", seg.lower())
            if words[0] in TITLES or " ".join(words[:2]) in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or "\n" in seg or (not scan and any(c.isdigit() for c in seg)):
                bad.append(f"name chars {seg!r}")
            if scan and re.search(r"[2-47-9]", seg):
                bad.append(f"name digit {seg!r}")
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
            pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISBb"]
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


MALE_WORDS = r"om|opa|bapa|pak|bpk|bapak|bp|suami|ayah|tn|sdr|h|ustadz|ama|bin|kaka laki-laki|adik laki-laki|mas|ko"
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|istri|bidan|maitua|nona|nn|ny|sdri|hj|ustadzah|binti|ina|mba|mbak|ci|cici|nene"


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
    U: bool = False,
) -> tuple:
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|rt|guru|bidan|lurah)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    spec = {
        "F": tuple(sorted(set(F) | (auto["F"] - set(M)))),
        "M": tuple(sorted(set(M) | (auto["M"] - set(F)))),
        "E": tuple(sorted(set(E))),
        "Y": set(Y),
        "O": dict(orig or {}),
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
            if tries > 500:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:400]}"
                )
            fl = Fill(rng, spec)
            marked = fill(template, fl)
            if upper:
                marked = marked.upper()
            text, spans, values = extract(marked)
            last = problems(text, spans, values, style)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append("a text without spans needs three look-alikes")
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)|titik", seg):
            return "written to dodge scrapers"
        if re.search(r"\.go\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
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
    if re.search(r"[OolISB]", seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        if len(d) == 22:
            return "NITKU"
        if len(d) == 15:
            return "15 digits dotted" if "." in seg else "15 digits in spaced groups"
        return "16 digits (the NIK)" if d.startswith("53") else "16 digits (0 and the old number)"
    if kind == "phone":
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
    if kind in ("nik", "kk") and "," in seg:
        return "in fours with commas"
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
    if "--dry" not in sys.argv:
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}
# /{lf1} family name, {No1} capitals with a digit read for a letter); {hp1} the person's mobile
# in a random writing ({hpb1} block, {hpd1} dashes, {hps1} spaces, {hpg1} 4-3-rest, {hpt1} dots,
# {hpi1} +62 with dashes, {hpp1} +62 with spaces, {hpj1} +62 in a block, {hpk1} 62 in a block,
# {hpm1} 62 with spaces, {hpq1} 62 with dashes, {hpc1} (+62), {hpr1} +62- with dashes,
# {hpu1} underscores, {hpv1} bullets, {hpw1} middle dots, {hpo1} letters for digits, {hpn1} over
# a line, {hpx1} a plain writing, {hpl1} a local writing, {hpz1} an international writing);
# {hq1} the person's second mobile, same suffixes; {tr1} home landline ({trz1} also +62 380);
# {nik1} ({nikb1}, {niks1} fours, {nikt1} dots, {nikc1} fours with commas, {nikp1} pairs,
# {nikn1} over a line, {niko1} letters for digits); {kk1} the family card, same suffixes (fam={2: 1}
# makes 2 a member of 1's family); {npwp1} ({npwpd1} dotted, {npwps1} spaced groups, {npwpz1}
# 0 and the old number, {npwpn1} the NIK, {npwpt1} NITKU); {bpjs1} ({bpjss1} in groups); {em1}
# ({emp1} plain, {emx1} a dodge, {ema1} … {ems1} a given dodge, {emn1} over a line, {emk1} on an
# office's host); {bank1}/{rek1} an account in its bank's shape; {ad1} street and number, {adr1}
# with RT/RW, {rt1} RT/RW alone, {rtk1} a table's RT/RW cell; {lahir1}, {age1}; {pl1} plate.
# Not a person's: {owa} an office's, a desk's or a role's mobile ({owao} letters for digits,
# {owaz} international), {otel} an office's Kupang line, {biz}/{bizo} a business's mobile,
# {scam}/{scamz} a scam's mobile, {short} a service's short number, {npwpx} a body's NPWP,
# {rekb} {rekntt} bodies' accounts; look-alikes {tiket} {surat} {idpel} {meter} {samb} {va}
# {bill} {nop} {npsn} {nisn} {nip} {kks} {imei} {resi} {token} {otp} {order} {antrian} {file} {img};
# figures {rp} ({rps} small, {rpm} medium, {rpb} large) {tgl} {hari} {dname} {jam} {dt} {da} {hm} {thn} {rtn} {rwn}
# {rtlo} {rthi} {num} {dur};
# places and bodies {kel} {kec} {jl} {jlno} {pusk} {pasar} {school} {church} {mosque} {bengkel}
# {rental} {travel} {laundry} {sedot} {kos} {depot} {apotek} {kios} {catering} {pinjol} {kurir}
# {pose} {handle} {group} {pet} {bnk}. Capitals ({KEL}, {POSE}) give the same draw in capitals.

TEMPLATES: list[tuple] = []

# ---------------------------------------------------------------- call_note
TEMPLATES += [
    T(
        "call_note",
        "water_power",
        """
LOG TELEPON UNIT PENGADUAN KASIH — {hari}
Jam | Penelepon | Nomor | Isi | Tindak lanjut
{hm1} | [[n:{n1}]] | [[p:{hp1}]] | air PDAM mati 3 hari di [[a:{rt1}]] Kel. {kel} | diteruskan ke PDAM {otel}
{hm2} | penelepon tidak sebut nama | [[p:{hp2}]] | tanya jadwal perekaman KTP-el | dijawab, Senin-Jumat 08.00-14.00
{hm3} | Kurir {kurir} | {owa} | tanya alamat kantor wali kota | -
{hm4} | [[n:{N3}]] | [[p:{tr3}]] | lampu jalan mati di {jl} | tiket {tiket}
""",
    ),
    T(
        "call_note",
        "neighbourhood",
        """
Petugas: Call center 112 Kota Kupang, dengan [[n:{g1}]], ada yang bisa dibantu?
Penelepon: Kaka, ada api di belakang rumah, di [[a:{ad2}]] Kel. {kel}. Tolong cepat!
Petugas: Baik, atas nama siapa?
Penelepon: [[n:{n2}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: Nomor ini sa, [[p:{hp2}]]. Kalo sonde aktif telpon beta pung adik [[n:{g3}]] [[p:{hp3}]].
Petugas: Unit Damkar su jalan. Kalau perlu, pos Damkar {kec} {otel}.
Durasi {dur}
""",
    ),
    T(
        "call_note",
        "water_power",
        """
Catatan call center PLN 123 ({tgl}): penelepon [[n:{n1}]] ([[p:{hp1}]]) lapor tiang listrik miring di depan rumahnya, [[a:{adr1}]], Kel. {kel}. ID pelanggan {idpel}. Regu yantek diarahkan; bila darurat hubungi posko ULP {otel}.
""",
    ),
    T(
        "call_note",
        "health",
        """
Petugas: BPJS Kesehatan Care Center 165 dengan [[n:{g1}]]. Nomor kartunya?
Penelepon: [[bpjs:{bpjs2}]].
Petugas: Atas nama?
Penelepon: [[n:{n2}]], ibu sa. Sa anaknya, [[n:{n3}]].
Petugas: Nomor HP yang aktif?
Penelepon: [[p:{hp3}]]. Yang di data tu nomor lama mama, [[p:{hq2}]], su sonde aktif.
Petugas: Baik, nomor kami perbarui. Untuk cek tagihan bisa lewat Pandawa WA {owa}.
""",
        F=(2,),
    ),
    T(
        "call_note",
        "roads_transport",
        """
Catatan telepon {tgl}, pkl {jam}
Pelapor: [[n:{n1}]], [[a:{rt1}]] Kel. {kel}, HP [[p:{hp1}]]
Isi: sopir bemo trayek 10 ugal-ugalan dan turunkan penumpang di tengah jalan, plat [[pl:{pl2}]]. Saksi: tetangga pelapor, [[n:{n3}]], bisa dihubungi di [[p:{hp3}]].
TL: diteruskan ke Dishub, WA pengaduan Dishub {owa}.
""",
    ),
    T(
        "call_note",
        "scam_fraud",
        """
Catatan call center {hari}
Penelepon: [[n:{n1}]] ([[p:{hp1}]]), pedagang di Pasar {pasar}.
Laporan: ditelpon nomor {scam} yang mengaku petugas {pose}, minta kode OTP. Kode terlanjur diberikan ({otp}). Sore harinya ada WA dari [[p:{hp2}]], mengaku namanya [[n:{g2}]], minta transfer {rpm} ke rekening {bank3} [[b:{rek3}]] a.n. [[n:{N3}]].
Saran: lapor ke SPKT Polresta, WA SPKT {owa}.
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
{hm1} penelepon anonim dari [[p:{tr1}]] menanyakan KK yang belum dicetak sejak {tgl}. Tidak mau sebut nama. Diarahkan ke Dukcapil {otel}.
{hm2} penelepon [[n:{lg2}]] (tdk sebut marga) dari [[p:{hp2}]], tanya syarat akta kematian. Dijawab.
""",
    ),
    T(
        "call_note",
        "water_power",
        """
Penelepon [[n:{g1}]] (tdk sebut marga), [[p:{hp1}]]: lampu jalan di gang rumahnya mati sejak {tgl}. Sudah lapor ke Ketua RT, Bpk. [[n:{n2}]] ([[p:{hp2}]]), tapi katanya harus lewat kelurahan. Telp kantor lurah {otel} tidak diangkat.
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{tr1}]], telp rumah) minta jemput bola perekaman KTP-el untuk ibunya, [[n:{n2}]], umur {age2} th, tidak bisa jalan. Alamat [[a:{adr1}]]. Diteruskan ke Dukcapil, antrian {antrian}.
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "call_note",
        "schools",
        """
Penelepon [[n:{n1}]], orang tua murid {school}, HP [[p:{hp1}]]. Mengadu pungutan uang komite {rpm} per anak. Wali kelas anaknya, Ibu [[n:{n2}]], bisa dihubungi di [[p:{hp2}]] katanya. Operator sekolah {owa} tidak respon. Diteruskan ke Dinas Pendidikan {otel}.
""",
    ),
    T(
        "call_note",
        "health",
        """
{hm1} Telp masuk dari Puskesmas {pusk} {otel}: minta nomor pelapor [[n:{n1}]] untuk konfirmasi jadwal imunisasi.
{hm2} Nomor pelapor [[p:{hp1}]] sudah dikirim via WA ke petugas promkes, Ibu [[n:{n2}]] ([[p:{hp2}]]).
{hm3} Ibu [[n:{g2}]] konfirmasi sudah hubungi pelapor.
""",
    ),
    T(
        "call_note",
        "scam_fraud",
        """
Penelepon [[n:{n1}]] ([[p:{hp1}]]) mengeluh ditagih pinjol {pinjol} padahal tidak pernah pinjam. Penagih atas nama [[n:{n2}]] pakai nomor [[p:{hp2}]]; satu nomor lagi {scam} tidak sebut nama. Disarankan lapor OJK 157 dan simpan bukti ({file}).
""",
    ),
    T(
        "call_note",
        "health",
        """
Pelapor [[n:{n1}]] ([[p:{hp1}]]) bilang nomor yang tertera di spanduk posyandu, [[p:{hp2}]], ternyata nomor HP pribadi Ibu [[n:{n2}]], warga [[a:{rt2}]], bukan nomor kader. Ibu [[n:{g2}]] sering ditelpon salah sambung dan minta nomornya diturunkan dari spanduk. Diteruskan ke Puskesmas {pusk} {otel}.
""",
    ),
    T(
        "call_note",
        "water_power",
        """
Petugas: PDAM, selamat siang. Nomor sambungannya?
Penelepon: {samb}.
Petugas: Atas nama?
Penelepon: [[n:{n1}]], tapi sa ini cuma sewa. Pemilik rumah Bapa [[n:{n2}]].
Petugas: Nomor HP yang bisa dihubungi teknisi?
Penelepon: [[p:{hp1}]]. Ato bapa pemilik rumah di [[p:{hp2}]].
Petugas: Baik, laporan kami catat nomor {tiket}.
""",
    ),
    T(
        "call_note",
        "social_aid",
        """
Penelepon lansia, [[n:{n1}]] ({age1} th), tidak punya HP. Menelpon dari HP tetangga. Bantuan BPNT belum cair sejak {tgl}. Minta dihubungi lewat cucunya [[n:{g2}]] di [[p:{hp2}]]. Pendamping wilayah {owa} tidak diangkat.
""",
        E=(1,),
    ),
    T(
        "call_note",
        "civil_registry",
        """
Petugas: NIK Bapak?
Pelapor: [[nik:{nikc1}]].
Petugas: Nomor KK?
Pelapor: [[kk:{kk1}]].
Petugas: Baik Pak [[n:{g1}]], data sedang kami cek. Nanti dihubungi ke nomor ini, [[p:{hpl1}]]?
Pelapor: Ya, ato ke istri sa [[p:{hp2}]].
""",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "call_note",
        "trade_housing",
        """
{hm1} | [[n:{n1}]] | [[p:{hp1}]] | mengeluh tetangga buka bengkel las di rumah, bising sampai malam. Pemilik bengkel: [[n:{n2}]], [[a:{ad2}]] | diteruskan ke Satpol PP {otel}
{hm2} | {bengkel} | {biz} | tanya izin usaha | diarahkan ke DPMPTSP
{hm3} | [[n:{N3}]] | [[p:{hp3}]] | tanya pajak reklame | diarahkan ke Bapenda {otel2}
""",
    ),
    # without spans
    T(
        "call_note",
        "neighbourhood",
        """
LOG TELEPON MASUK — {hari}
{hm1} | Kantor Lurah {kel} | {otel} | minta data penerima bantuan | diteruskan ke Bagian Kesra
{hm2} | Komite Sekolah {school} | {owa} | undangan rapat | dicatat
{hm3} | Bus {travel} | {owa2} | tanya izin trayek | diarahkan ke Dishub {otel2}
{hm4} | nomor disembunyikan | - | penelepon tutup telepon | -
""",
    ),
    T(
        "call_note",
        "water_power",
        """
Petugas: Unit Pengaduan Kasih, selamat pagi.
Penelepon: Pagi. Sa mau tanya nomor PDAM yang bisa dihubungi, air su tiga hari sonde jalan.
Petugas: Bisa ke PDAM {otel} atau WA center {owa}. Untuk lampu jalan, Dinas PUPR {otel2}.
Penelepon: Oke. Sa sonde mau kasi nama e.
Petugas: Tidak apa-apa. Nomor tiket {tiket}.
""",
    ),
    T(
        "call_note",
        "scam_fraud",
        """
{hm1} penelepon (tdk sebut nama, nomor disembunyikan) lapor dapat SMS dari {scam}, katanya menang undian {rpb} dari {pose}. Disuruh telpon {scam2} untuk klaim. Dijelaskan itu penipuan; disarankan blokir dan lapor ke patrolisiber.
""",
    ),
    T(
        "call_note",
        "neighbourhood",
        """
REKAP KANAL PENGADUAN {tgl}
Telepon {otel}: 14 laporan
WA {owa}: 41 laporan
SMS 1708: 9 laporan
Web lapor.go.id: 6 laporan (tiket {tiket} s.d. {tiket2})
""",
    ),
    T(
        "call_note",
        "health",
        """
{hm1} penelepon minta nomor bidan jaga. Diberikan nomor ruang bersalin Puskesmas {pusk} {otel} dan HP jaga bidan {owa} (dipegang bergantian). Ambulans desa siaga {owa2}. Penelepon tidak meninggalkan nomor.
""",
    ),
    T(
        "call_note",
        "health",
        """
Petugas: Untuk iuran mandiri bisa bayar lewat VA {va}. Kalau ada kendala, Pandawa WA {owa} atau Care Center 165.
Penelepon: VA itu sama dengan nomor kartu ko?
Petugas: Beda, Bu. VA diawali 88888. Nomor kartu diawali 000.
""",
    ),
    T(
        "call_note",
        "water_power",
        """
{hm1} listrik padam sebagian {kel}; penelepon bacakan ID pelanggan {idpel} dan nomor meter {meter}. Token terakhir {token}. Diteruskan ke PLN 123 / WA {owa}.
""",
    ),
    T(
        "call_note",
        "neighbourhood",
        """
Catatan piket 112: laporan pohon tumbang di {jl}, depan {school}. Diteruskan ke BPBD (Pusdalops {otel} / WA {owa}) dan Damkar {otel2}. Lalu lintas dialihkan. Waktu tanggap {dur}.
""",
    ),
]

# ---------------------------------------------------------------- wa_group
TEMPLATES += [
    T(
        "wa_group",
        "water_power",
        """
{dt1} [[n:{n1}]]: Sapa punya nomor tangki air? Su 4 hari air sonde jalan di [[a:{rt1}]]
{dt2} [[n:{lg2}]]: Om [[n:{g3}]] ada tangki, nomornya [[p:{hp3}]]. 5000 liter Rp 150 ribu
{dt3} [[n:{n4}]]: Kalo mau yang dari depot, {depot} {biz}
{dt4} Pak RT [[n:{g5}]]: Sabar dolo bapa mama, sa su lapor PDAM, tiket {tiket}. WA center PDAM {owa}
""",
    ),
    T(
        "wa_group",
        "neighbourhood",
        """
{dt1} [[n:{n1}]]: *Diteruskan*
Pengumuman Majelis Jemaat {church}: ibadah rayon minggu ini di rumah Kel. [[n:{f2}]], [[a:{ad2}]]. Info jadwal: koster {owa}.
{dt2} [[n:{n3}]]: Sa sonde tau rumahnya. Ada nomor Bapa [[n:{g2}]] ko?
{dt3} [[n:{n1}]]: [[p:{hp2}]] ini nomor Bapa [[n:{g2}]]
{dt4} [[n:{n3}]]: Makasih kaka
""",
        M=(2,),
    ),
    T(
        "wa_group",
        "trade_housing",
        """
{dt1} [[n:{n1}]]: Info dari UPT Pasar {pasar}: retribusi los naik jadi {rpm} per bulan. Yang mau tanya WA UPT {owa}
{dt2} [[p:{hpi2}]]: Sa mama [[n:{g2}]] yang jual sayur di los C. Sapa yang tau nomor kepala pasar?
{dt3} [[n:{n3}]]: Mama [[n:{g2}]], kepala pasar tu Bapak [[n:{n4}]], ini nomornya [[p:{hp4}]]. Tapi dia bilang lewat UPT sa.
{dt4} [[p:{hpi2}]]: Ok makasih
""",
    ),
    T(
        "wa_group",
        "schools",
        """
{dt1} Bu Guru [[n:{g1}]]: Selamat pagi bapa mama, besok Sabtu kerja bakti di kelas. Kalau ada kendala hubungi sa di [[p:{hp1}]] atau TU sekolah {otel}.
{dt2} [[n:{n2}]]: Selamat pagi ibu, anak sa [[n:{g3}]] masih sakit, belum bisa masuk.
{dt3} [[p:{hpi4}]]: Selamat pagi, ini mama dari [[n:{g5}]] kelas 4B, nomor baru. Mohon disimpan ibu.
{dt4} Bu Guru [[n:{g1}]]: Baik mama, su sa simpan 🙏
""",
        F=(4,),
        Y=(3, 5),
    ),
    T(
        "wa_group",
        "roads_transport",
        """
{dt1} [[n:{n1}]]: Teman2 ada yang kenal motor plat [[pl:{pl2}]]? Tabrak lari di {jl} tadi pagi, korban anak sekolah
{dt2} [[n:{n3}]]: Itu motor [[n:{n2}]] anak {kel}, dia pung nomor [[p:{hp2}]]
{dt3} Admin Ojek Kupang: Langsung lapor Satlantas saja kawan2, WA Satlantas {owa}. Jangan main hakim sendiri.
{dt4} [[n:{n1}]]: Siap admin
""",
    ),
    T(
        "wa_group",
        "trade_housing",
        """
{dt1} Ketua Poktan [[n:{n1}]]: Pupuk subsidi sudah masuk di {kios}. Bawa KTP dan kartu tani. Yang belum terdaftar hubungi PPL Bapak [[n:{n2}]] [[p:{hp2}]]
{dt2} [[n:{n3}]]: Penyuluh lapangan {owa} tu masih aktif ko?
{dt3} Ketua Poktan [[n:{n1}]]: Itu nomor lama kantor BPP, sonde aktif lagi. Pake nomor Pak [[n:{g2}]] sa.
""",
    ),
    T(
        "wa_group",
        "neighbourhood",
        """
{dt1} [[n:{n1}]]: *Diteruskan berkali-kali*
DICARI: Bapak [[n:{n2}]] ({age2} th), pakai kemeja biru, keluar dari rumah di [[a:{adr2}]] sejak {tgl} dan belum kembali. Bila melihat mohon hubungi anaknya [[n:{n3}]] [[p:{hp3}]] / [[p:{hq3}]] atau Polsek {kec} {otel}.
{dt2} [[n:{n4}]]: Su bagi ke grup gereja
""",
        E=(2,),
        fam={3: 2},
    ),
    T(
        "wa_group",
        "social_aid",
        """
{dt1} Sekretaris RT [[n:{g1}]]: Bapa mama, mohon kirim foto KK ke sa pung WA [[p:{hp1}]] untuk pendataan BLT. Jangan kirim ke nomor lain!
{dt2} [[n:{n2}]]: Pak, ini punya kami: [[kk:{kk2}]]
{dt3} [[n:{n3}]]: Ada yang kirim link di grup dari {scam}, katanya pendaftaran BLT online. Itu tipu-tipu to?
{dt4} Sekretaris RT [[n:{g1}]]: Betul, itu hoax. Jangan buka.
""",
    ),
    T(
        "wa_group",
        "trade_housing",
        """
{dt1} [[n:{n1}]]: Sapa yang jual gas 3 kg di sekitar sini?
{dt2} [[n:{n2}]]: ↪ [[n:{n1}]]: Sapa yang jual gas 3 kg…
Pangkalan di depan gereja, tapi nomornya sa sonde tau. Ada Tanta [[n:{g3}]] jual eceran, WA [[p:{hp3}]]
{dt3} Pangkalan LPG {kel}: Kami buka jam 8 pagi, stok datang {dname}. WA {biz}
""",
    ),
    T(
        "wa_group",
        "schools",
        """
{da1} [[n:{n1}]]: Besok sa antar anak2 jam 6.30 e. Yang belum simpan nomor baru sa: [[p:{hq1}]]
{da2} [[n:{n2}]]: Siap om
{da3} [[n:{n3}]]: Om [[n:{g1}]], sa pung anak turun di {school} sa
{da4} [[n:{n1}]]: Ok mama
""",
        M=(1,),
        F=(3,),
    ),
    T(
        "wa_group",
        "water_power",
        """
{dt1} [[n:{n1}]]: Lampu padam lagi. Su lapor PLN 123 tapi antri lama. Nomor petugas PLN yang kemarin datang sapa punya?
{dt2} [[n:{n2}]]: Ini nomor Pak [[n:{g3}]], petugas yantek yang kemarin: [[p:{hp3}]]
{dt3} [[n:{n4}]]: Jangan telpon petugas pribadi, pake PLN Mobile sa atau WA {owa}
""",
    ),
    T(
        "wa_group",
        "health",
        """
{dt1} [[n:{n1}]]: *Diteruskan berkali-kali*
Mohon doa dan bantuan untuk Bapak [[n:{n2}]] yang dirawat di RSUD S.K. Lerik setelah kecelakaan. Bantuan dapat dikirim ke rek {bank3} [[b:{rek3}]] a.n. [[n:{N3}]] (istri). Konfirmasi [[p:{hp3}]].
{dt2} [[n:{n4}]]: Tuhan tolong 🙏
""",
        F=(3,),
    ),
    T(
        "wa_group",
        "neighbourhood",
        """
{dt1} [[n:{n1}]]: Panitia HUT RI minta konfirmasi kehadiran lomba ke WA panitia {owa}
{dt2} [[n:{n2}]]: Kalo mau pesan kaos lomba hubungi sa sa, [[p:{hp2}]]. {rps} per lembar
{dt3} [[n:{n3}]]: Sa pesan 3 e kaka [[n:{g2}]]
""",
    ),
    T(
        "wa_group",
        "neighbourhood",
        """
{dt1} [[p:{hpi1}]]: Shalom bapa mama, ini nomor baru sa [[n:{n1}]]. Nomor lama [[p:{hq1}]] hilang bersama HP. Mohon disimpan.
{dt2} [[n:{n2}]]: Shalom, su simpan
""",
    ),
    T(
        "wa_group",
        "roads_transport",
        """
{dt1} [[n:{n1}]]: Kawan2 sopir, hati2 di {jl}, ada razia. Bawa STNK
{dt2} [[n:{n2}]]: Sa pung mobil di {bengkel}. Ada yang bisa ganti sa bawa trayek 2 besok? Hubungi sa [[p:{hp2}]]
{dt3} [[n:{n3}]]: Sa bisa. Nomor sa [[p:{hp3}]]
{dt4} Koordinator Trayek: Yang ganti sopir lapor dulu ke kantor {otel}
""",
    ),
    T(
        "wa_group",
        "health",
        """
{dt1} Kader [[n:{g1}]]: Mama2, posyandu bulan ini {hari} jam 08.00 di rumah Ibu [[n:{n2}]], [[a:{ad2}]]. Bawa buku KIA.
{dt2} [[n:{n3}]]: Kader, sa pung anak demam, boleh imunisasi ko?
{dt3} Kader [[n:{g1}]]: Tanya bidan [[n:{g4}]] dolo, WA [[p:{hp4}]]
""",
        F=(1,),
    ),
    # without spans
    T(
        "wa_group",
        "social_aid",
        """
{dt1} Admin Kelurahan {kel}: *Diteruskan*
INFO PENGADUAN DINAS SOSIAL KOTA KUPANG
SMS/WA {owa}
Telepon {otel}
Senin-Jumat 08.00-15.00
{dt2} Admin Kelurahan {kel}: Mohon disebarkan ke warga
""",
    ),
    T(
        "wa_group",
        "scam_fraud",
        """
{dt1} Admin Grup: ⚠️ Hati-hati nomor {scam} yang ngaku dari {pose}, minta foto KTP dan kode OTP.
{dt2} Admin Grup: Nomor lain juga {scam2} dengan pesan sama.
{dt3} Admin Grup: Resmi hanya lewat call center {short} dan kantor {otel}.
""",
    ),
    T(
        "wa_group",
        "water_power",
        """
{dt1} Info PDAM: *Diteruskan*
JADWAL DISTRIBUSI AIR {KEL}
Senin: RT 01–RT 04
Rabu: RT 05–RT 09
Jumat: RT 10–RT 13
Gangguan lapor WA {owa} / telp {otel}
""",
    ),
    T(
        "wa_group",
        "civil_registry",
        """
{dt1} grup warga: *Diteruskan berkali-kali*
"Kirim NIK dan nomor KK ke WA {scam} untuk bantuan sembako Rp 600.000. Cepat sebelum kuota habis!!"
{dt2} Admin Grup: Ini HOAX. Dukcapil tidak pernah minta data lewat WA pribadi. Info resmi {otel}.
""",
    ),
    T(
        "wa_group",
        "health",
        """
{dt1} Info Posyandu: *Diteruskan*
POSYANDU BALITA {KEL}
{hari}, pukul 08.00–11.00
Bawa buku KIA. Info: kader posyandu {owa}
Puskesmas {pusk} {otel}
""",
    ),
    T(
        "wa_group",
        "neighbourhood",
        """
{dt1} Sekretariat Jemaat: Syalom. Persembahan pembangunan dapat ditransfer ke rekening Majelis Jemaat {church}, Bank NTT {rekntt} a.n. Majelis Jemaat. Info sekretariat {otel}, WA {owa}.
{dt2} Sekretariat Jemaat: Terima kasih 🙏
""",
    ),
    T(
        "wa_group",
        "trade_housing",
        """
{dt1} Info Disperindag: Operasi pasar murah di Pasar {pasar}, {hari}. Beras 5 kg Rp 68.000. Bawa KTP. Pertanyaan: WA {owa}. Pengaduan harga: {otel}.
""",
    ),
    T(
        "wa_group",
        "roads_transport",
        """
{dt1} Info Dishub: Uji KIR angkot bulan ini dibuka. Bayar retribusi pakai kode billing {bill}. Pertanyaan WA {owa}, kantor {otel}. Jam layanan 08.00-14.00.
{dt2} Koordinator Trayek: Mohon semua sopir ikut
""",
    ),
]

# ---------------------------------------------------------------- social_thread
TEMPLATES += [
    T(
        "social_thread",
        "neighbourhood",
        """
[[n:{n1}]]
3 j ·
Anjing kami hilang sejak {tgl}, warna hitam putih, nama {pet}. Terakhir dilihat di sekitar {school}. Yang lihat tolong hubungi [[p:{hp1}]] ([[n:{g1}]]). Ada imbalan 🙏

Komentar
[[n:{l2}]]: kemarin sore sa lihat di dekat kios, kaka
{handle}: semoga cepat ketemu kak
""",
    ),
    T(
        "social_thread",
        "roads_transport",
        """
{handle}
5 j · Jalan di {jl} baru diaspal 2 bulan su rusak lagi. Kontraktor mana ni?

Komentar
[[n:{n1}]]: Itu kontraktornya Pak [[n:{n2}]], nomornya [[p:{hp2}]]. Telpon sa, biar dia malu
[[n:{n3}]]: Lapor LAPOR sa, SMS 1708
Dinas PUPR Kota Kupang: Terima kasih infonya. Laporan dapat disampaikan ke {otel} pada jam kerja.
""",
    ),
    T(
        "social_thread",
        "trade_housing",
        """
{catering}
Kemarin pukul 19.12 · Terima pesanan kue Natal! WA {biz}. Lokasi {jlno}.

Komentar
[[n:{lg1}]]: kak sy su WA di [[p:{hp1}]] dari pagi blm dibalas
{catering}: Maaf kak, su kami balas ya 🙏
[[n:{n2}]]: Kalo mau yang rumahan, sa ju jual, WA [[p:{hp2}]]
""",
    ),
    T(
        "social_thread",
        "civil_registry",
        """
Dukcapil Kota Kupang
2 j · Layanan jemput bola perekaman KTP-el di Kelurahan {kel}, {hari}. Antrian online via WA {owa}.

Komentar
[[n:{n1}]]: Sy sdh 3x datang, NIK [[nik:{nik1}]] masih blm aktif di bank. Mohon dibantu min
Dukcapil Kota Kupang: Silakan kirim data ke WA layanan kami di atas kak
[[n:{lg2}]]: sama, sy jg. WA sy [[p:{hp2}]], tolong dihubungi
""",
    ),
    T(
        "social_thread",
        "scam_fraud",
        """
[[n:{n1}]]
1 j · MOTOR HILANG!! Honda Beat putih plat [[pl:{pl1}]], hilang di parkiran Pasar {pasar} tadi siang. Yang lihat tolong hubungi sa [[p:{hp1}]] atau Polsek {otel}. Sebar e kawan2 🙏

Komentar
[[n:{n2}]]: Sudah sa bagi kk
{handle}: semoga cepat ketemu
""",
    ),
    T(
        "social_thread",
        "trade_housing",
        """
[[n:{n1}]]
Kemarin pukul 08.30 · Dijual kursi plastik bekas 20 buah, meja lipat 4, harga {rpm} semua. Barang di rumah, {kel}. Hub [[p:{hp1}]]

Komentar
[[n:{l2}]]: masih ada kak?
[[n:{n1}]]: masih kak, WA sa
""",
    ),
    T(
        "social_thread",
        "scam_fraud",
        """
{handle}
4 j · Ada yang dapat WA dari nomor yang ngaku admin {pose}? Hati-hati!

Komentar
[[n:{n1}]]: Awas nomor {scam} ngaku admin {pose}, sy hampir tertipu
[[n:{n2}]]: sama, sy dapat dari {scam2} juga
[[n:{n3}]]: kalo yang ini lain, dia pake nama [[n:{n4}]], nomornya [[p:{hp4}]], minta transfer ke rek {bank4} [[b:{rek4}]]
""",
    ),
    T(
        "social_thread",
        "health",
        """
{handle}
2 j · DIBUTUHKAN DONOR DARAH O+ untuk pasien a.n. [[n:{n1}]] di RSUD W.Z. Johannes. Hubungi keluarga: [[n:{n2}]] [[p:{hp2}]]. Atau langsung ke UTD PMI {otel}.

Komentar
[[n:{n3}]]: sy O+ kk, sy WA e
""",
    ),
    T(
        "social_thread",
        "trade_housing",
        """
[[n:{n1}]]
6 j · Masih ada 1 kamar kosong di rumah kami, [[a:{ad1}]], Kel. {kel}. Khusus putri, dekat kampus. {rpm}/bulan, listrik token sendiri. WA [[p:{hp1}]] (Ibu [[n:{g1}]])

Komentar
[[n:{l2}]]: kak sudah terisi kah?
Kos Pelangi Penfui: Di kami juga masih ada kak, WA {biz}
""",
        F=(1,),
    ),
    T(
        "social_thread",
        "water_power",
        """
PDAM Kota Kupang
3 j · Pemberitahuan: distribusi air ke wilayah {kel} terganggu karena perbaikan pipa. Info lanjut {otel}.

Komentar
[[n:{l1}]]: di [[a:{rt1}]] {kel} su seminggu sonde ada air min
[[n:{n2}]]: sama, kami di [[a:{rt2}]] jg
{handle}: PDAM selalu begini
""",
    ),
    T(
        "social_thread",
        "schools",
        """
{school}
1 mg · Pendaftaran peserta didik baru dibuka. Informasi: tata usaha {otel}.

Komentar
[[n:{n1}]]: Min, sy su telpon TU {otel} sonde angkat. Ini nomor sy [[p:{hp1}]] tolong dihubungi
[[n:{l2}]]: sama kaka
""",
    ),
    T(
        "social_thread",
        "neighbourhood",
        """
[[n:{n1}]]
2 j · Selamat jalan Bapa terkasih, [[n:{n2}]] 🙏 Ibadah penghiburan malam ini di rumah duka, [[a:{adr2}]]. Info keluarga: [[p:{hp1}]] ([[n:{g1}]])

Komentar
[[n:{n3}]]: Turut berduka kaka [[n:{g1}]]
{handle}: RIP 🙏
""",
        M=(2,),
        fam={2: 1},
        E=(2,),
    ),
    T(
        "social_thread",
        "civil_registry",
        """
[[n:{n1}]]
4 j · Pegawai kelurahan atas nama [[n:{n2}]] minta uang {rpm} untuk urus surat pindah. Ini nomornya [[p:{hp2}]]. Apa itu resmi? Katanya gratis.

Komentar
[[n:{n3}]]: lapor Ombudsman NTT sa kk
{handle}: viralkan
""",
    ),
    T(
        "social_thread",
        "civil_registry",
        """
[[n:{n1}]]
1 j · Ditemukan dompet coklat di {jl}, isi KTP a.n. [[n:{N2}]], NIK [[nik:{nik2}]] dan kartu ATM. Yang punya hubungi sa [[p:{hp1}]]

Komentar
[[n:{n3}]]: sy kenal, sy kasih tau dia kk
""",
    ),
    T(
        "social_thread",
        "health",
        """
Puskesmas {pusk}
2 j · Jadwal vaksinasi lansia minggu ini. Pendaftaran lewat WA {owa}.

Komentar
[[n:{n1}]]: sy daftar untuk oma sy, [[n:{n2}]], umur {age2}. Hubungi sy di [[p:{hp1}]]
Puskesmas {pusk}: Baik kak, sudah kami catat.
""",
        E=(2,),
        F=(2,),
    ),
    # without spans
    T(
        "social_thread",
        "civil_registry",
        """
Dukcapil Kota Kupang
2 j · Layanan Sabtu tetap buka 08.00-12.00. Antrian via WA {owa}. Info {otel}.

Komentar
{handle}: min nomornya sonde aktif
Dukcapil Kota Kupang: Coba lagi kak, atau datang langsung ke loket.
{handle2}: antrian {antrian} belum dipanggil
""",
    ),
    T(
        "social_thread",
        "water_power",
        """
PLN UP3 Kupang
5 j · Pemeliharaan jaringan {hari} pukul 09.00-15.00 di {kel} dan sekitarnya. Info PLN 123 / WA {owa}.

Komentar
{handle}: lagi?
PLN UP3 Kupang: Mohon maaf atas ketidaknyamanannya kak.
""",
    ),
    T(
        "social_thread",
        "trade_housing",
        """
{laundry}
Kemarin pukul 17.40 · PROMO cuci kering setrika {rps}/kg. Antar jemput gratis area {kel}. WA {biz}, telp {otel}. Alamat {jlno}.

Komentar
{handle}: buka hari Minggu kak?
{laundry}: Buka kak, 08.00-20.00
""",
    ),
    T(
        "social_thread",
        "scam_fraud",
        """
Polresta Kupang Kota
1 j · WASPADA! Nomor {scam} dan {scam2} mengaku petugas {pose} dan minta biaya pencairan bantuan. Laporkan ke SPKT {otel} atau call center 110.

Komentar
{handle}: sy juga dapat dari nomor itu
{handle2}: sudah sy blokir
""",
    ),
    T(
        "social_thread",
        "health",
        """
RSUD S.K. Lerik
1 mg · Pendaftaran poli rawat jalan lewat WhatsApp {owa}. IGD 24 jam {otel}.

Komentar
{handle}: mantap
RSUD S.K. Lerik: Terima kasih kak 🙏
""",
    ),
    T(
        "social_thread",
        "roads_transport",
        """
{handle}
3 j · Lubang besar di {jl} depan {school}, sudah 2 motor jatuh. Tiket LAPOR {tiket}.

Komentar
Dinas PUPR Kota Kupang: Terima kasih, tim akan cek lokasi. Info {otel}.
{handle2}: cepat e pak
""",
    ),
    T(
        "social_thread",
        "roads_transport",
        """
{handle}
2 j · Ada travel ke Soe besok pagi?

Komentar
{travel}: Ada kak, jam 06.00, WA {biz}
Bus Damri Kupang: Kami juga kak, telp {otel}
{travel2}: Kami kak, {biz2}
""",
    ),
    T(
        "social_thread",
        "roads_transport",
        """
UPT Samsat Kupang
4 j · Program pemutihan denda pajak kendaraan sampai {tgl}. Bayar di loket atau lewat kode bayar, contoh {bill}. Info WA {owa}.

Komentar
{handle}: yg nunggak 3 tahun bisa?
UPT Samsat Kupang: Bisa kak.
""",
    ),
]

# ---------------------------------------------------------------- lapor_web
TEMPLATES += [
    T(
        "lapor_web",
        "neighbourhood",
        """
Judul Laporan: Tetangga putar musik keras tiap malam
Isi Laporan: Sejak {tgl} tetangga samping rumah saya putar musik sampai jam 2 pagi. Sudah saya laporkan ke Ketua RT, Bapak [[n:{n2}]] ([[p:{hp2}]]), tapi belum ada tindakan. Mohon bantuan Satpol PP.
Lokasi Kejadian: [[a:{rt1}]], Kel. {kel}
Kategori: Ketenteraman dan Ketertiban
Nama Pelapor: Dirahasiakan
Kontak (opsional): [[p:{hp1}]]
Nomor Tracking: {tiket}
""",
    ),
    T(
        "lapor_web",
        "scam_fraud",
        """
Judul Laporan: Penipuan mengatasnamakan {pose}
Isi Laporan: Saya ditelpon nomor {scam} yang mengaku petugas {pose}. Dia minta saya transfer biaya administrasi {rpm}. Saya tidak transfer. Mohon nomor tersebut diblokir.
Tanggal Kejadian: {tgl}
Nama Pelapor: [[n:{n1}]]
Kontak (opsional): [[p:{hp1}]]
Email: [[e:{em1}]]
Lampiran: {file}
""",
    ),
    T(
        "lapor_web",
        "trade_housing",
        """
Judul Laporan: Pemilik kontrakan tahan uang jaminan
Isi Laporan: Saya sudah keluar dari kontrakan milik Bapak [[n:{n2}]] di [[a:{ad2}]] sejak {tgl}, tapi uang jaminan {rpm} belum dikembalikan. Nomor beliau [[p:{hp2}]] tidak mau angkat. Mohon dimediasi.
Nama Pelapor: [[n:{n1}]]
Alamat Pelapor: [[a:{adr1}]], Kel. {kel}
No. HP: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_web",
        "health",
        """
Judul Laporan: Ditolak berobat karena kartu JKN
Isi Laporan: Anak saya ditolak di IGD karena kartu JKN [[bpjs:{bpjs2}]] katanya tidak aktif, padahal iuran dibayar pemerintah. Petugas IGD bilang urus ke BPJS Kesehatan (telp. {otel}).
Nama Pelapor: [[n:{n1}]]
NIK: [[nik:{nik1}]]
Kontak: WA [[p:{hpz1}]] / telp rumah [[p:{tr1}]]
""",
        Y=(2,),
        fam={2: 1},
    ),
    T(
        "lapor_web",
        "schools",
        """
Nama Pelapor : Komite Sekolah {school}
Kontak : {owa}
Isi Laporan : Kepala sekolah, Bapak [[n:{n1}]], belum menyerahkan laporan dana BOS tahun {thn}. Rapat komite tanggal {tgl} tidak dihadiri. Surat kami nomor {surat} belum dijawab.
""",
    ),
    T(
        "lapor_web",
        "civil_registry",
        """
Judul : KTP-el belum jadi 6 bulan
Isi : Saya rekam KTP-el tanggal {tgl} di Dukcapil. Sampai sekarang belum jadi. Setiap telpon ke {otel} dijawab blanko habis.
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{adr1}]]
Email : [[e:{emx1}]]
HP : [[p:{hp1}]]
""",
    ),
    T(
        "lapor_web",
        "scam_fraud",
        """
Isi Laporan: Saya ditagih oleh penagih pinjaman online {pinjol} yang mengaku namanya [[n:{n2}]], pakai nomor [[p:{hp2}]]. Dia sebar data saya ke kontak keluarga. Saya tidak pernah pinjam.
Nama Pelapor: [[n:{n1}]]
Kontak: [[p:{hp1}]]
Lampiran: {file}
""",
    ),
    T(
        "lapor_web",
        "water_power",
        """
Laporan #{num}{num2}
Judul: Tagihan air melonjak
Isi: Tagihan PDAM bulan ini {rpm}, biasanya {rps}. Nomor sambungan {samb}. Rumah kami di [[a:{adr1}]] hanya 3 orang.
Pelapor: [[n:{n1}]]
Kontak: [[p:{hp1}]]
---
Tanggapan PDAM ({tgl}): Petugas kami, Bapak [[n:{n2}]], akan cek meter. Bapak dapat menghubungi beliau di [[p:{hp2}]].
""",
    ),
    T(
        "lapor_web",
        "schools",
        """
Judul Laporan: Guru minta uang les tambahan
Isi Laporan: Wali kelas 6 di {school}, Ibu [[n:{n2}]], mewajibkan les di rumahnya dengan biaya {rpm} per bulan. Yang tidak ikut diancam tidak lulus. Orang tua lain yang bisa dikonfirmasi: [[n:{n3}]], [[p:{hp3}]].
Nama Pelapor: Dirahasiakan
Kontak: [[e:{em1}]]
""",
    ),
    T(
        "lapor_web",
        "civil_registry",
        """
Isi Laporan : Saya operator kelurahan, email dinas saya [[e:{emk1}]] tidak bisa masuk ke aplikasi SIAK sejak {tgl}. Sudah lapor ke helpdesk@kupangkota.go.id belum dibalas.
Nama : [[n:{n1}]]
Jabatan : Operator
No HP : [[p:{hp1}]]
""",
    ),
    T(
        "lapor_web",
        "trade_housing",
        """
Judul Laporan: NPWP tidak bisa dipakai daftar izin usaha
Isi Laporan: Saya usaha perorangan (jual kue). NPWP pribadi saya [[npwp:{npwpd1}]] ditolak di OSS. Petugas DPMPTSP di {otel} bilang harus sama dengan NIK saya [[nik:{nik1}]].
Nama Pelapor: [[n:{n1}]]
HP: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_web",
        "roads_transport",
        """
Judul Laporan: Angkot tidak mau antar sampai tujuan
Isi Laporan: Angkot jurusan {kel} plat [[pl:{pl2}]] menurunkan penumpang di tengah jalan. Sopir bernama [[n:{g2}]] kasar. Saya minta Dishub tindak.
Nama Pelapor: [[n:{n1}]]
Kontak (opsional): [[p:{hp1}]]
""",
        M=(2,),
    ),
    T(
        "lapor_web",
        "social_aid",
        """
Judul Laporan: Nama hilang dari penerima PKH
Isi Laporan: Nama ibu saya, [[n:{n2}]], hilang dari daftar PKH tahap ini. Pendamping PKH kelurahan, Sdri. [[n:{n3}]], sudah kami hubungi di [[p:{hp3}]] tapi katanya tunggu. Kartu KKS masih ada.
Nama Pelapor: [[n:{n1}]]
Kontak: [[p:{hp1}]]
""",
        F=(2,),
    ),
    T(
        "lapor_web",
        "social_aid",
        """
Nama Pelapor : [[n:{N1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
No. HP : [[p:{hp1}]]
Isi : BLT Dana Kelurahan belum saya terima. Teman saya [[n:{n2}]] ([[p:{hp2}]]) satu RT sudah terima.
""",
    ),
    T(
        "lapor_web",
        "health",
        """
Judul: Pelayanan puskesmas lambat
Isi: Saya antri dari jam 7 pagi dengan nomor {antrian} di Puskesmas {pusk}, baru dilayani jam 1 siang. Telpon ke puskesmas {otel} juga sonde angkat.
Nama Pelapor: [[n:{n1}]]
Kontak: [[p:{hp1}]]
Email: [[e:{em1}]]
""",
    ),
    # without spans
    T(
        "lapor_web",
        "roads_transport",
        """
Judul Laporan: Jalan berlubang
Isi Laporan: Jalan di {jl} berlubang besar dekat {school}. Sudah 3 kali lapor ke Dinas PUPR {otel} belum diperbaiki.
Lokasi Kejadian: {jl}, Kel. {kel}
Nama Pelapor: Dirahasiakan
Kontak (opsional): -
Nomor Tracking: {tiket}
""",
    ),
    T(
        "lapor_web",
        "scam_fraud",
        """
Isi Laporan: Ada SMS dari {scam} berisi link, katanya NIK saya terpilih bantuan {rpb}. Nomor lain juga {scam2} dengan pesan sama. Mohon diblokir.
Nama Pelapor: Dirahasiakan
Kontak (opsional): (tidak diisi)
Lampiran: {file}
""",
    ),
    T(
        "lapor_web",
        "water_power",
        """
Judul: Lampu jalan mati
Isi: Lampu jalan di {jl} mati 8 titik sejak {tgl}. Sudah lapor PLN 123 dan Dinas Perhubungan {otel}. Nomor pengaduan Dishub {owa} tidak aktif.
Anonim: Ya
Nomor Tracking: {tiket}
""",
    ),
    T(
        "lapor_web",
        "health",
        """
Judul Laporan: Obat kosong di apotek puskesmas
Isi Laporan: Resep nomor {num}/{thn} tidak bisa ditebus, obat kosong. Disuruh beli di {apotek} ({biz}). Mohon Dinkes cek stok.
Instansi Tujuan: Dinas Kesehatan Kota Kupang
Nama Pelapor: Dirahasiakan
Nomor Tracking: {tiket}
""",
    ),
    T(
        "lapor_web",
        "social_aid",
        """
Tanggapan Dinas Sosial ({tgl}): Terima kasih atas laporan {tiket}. Pengaduan bantuan sosial dapat disampaikan ke INFO PENGADUAN DINAS SOSIAL: SMS/WA {owa}, telp {otel}. Status: Diproses.
""",
    ),
    T(
        "lapor_web",
        "trade_housing",
        """
Judul: Pungutan liar di pasar
Isi: Ada petugas berseragam tarik uang {rps} per lapak di Pasar {pasar} tiap pagi, tanpa karcis. Karcis resmi nomor seri {num}{num2}{num3}. Mohon Saber Pungli cek (WA Saber Pungli {owa}).
Nama Pelapor: Dirahasiakan
""",
    ),
    T(
        "lapor_web",
        "civil_registry",
        """
Status laporan {tiket}: Selesai
Tanggapan Disdukcapil: Pencetakan KTP-el kembali normal per {tgl}. Warga dapat mengambil di loket 3. Info lanjut call center {otel} / WA {owa}. Surat edaran nomor {surat}.
""",
    ),
    T(
        "lapor_web",
        "schools",
        """
Judul Laporan: Bantuan PIP belum cair
Isi Laporan: NISN anak saya {nisn}, bantuan PIP belum masuk rekening. Sekolah bilang tanya ke bank. NPSN sekolah {npsn}.
Nama Pelapor: Dirahasiakan
Kontak (opsional): -
Nomor Tracking: {tiket}
""",
    ),
]

# ---------------------------------------------------------------- sms_1708
TEMPLATES += [
    T(
        "sms_1708",
        "water_power",
        """
Dari: [[p:{hpz1}]]
Ke: 1708
{tgl} {jam}
KOTKUPANG AIR PDAM DI [[a:{RT1}]] KEL {KEL} MATI SDH 5 HR. TLP PDAM {otel} TDK ANGKAT. MHN BANTUAN. [[n:{N1}]]
""",
    ),
    T(
        "sms_1708",
        "roads_transport",
        """
Dari: [[p:{hpk1}]] | Ke: 1708 | {tgl}
KOTKUPANG LAMPU JLN DI {JL} MATI SEMUA, RAWAN BEGAL. MOHON DIPERBAIKI. HUB SY DI [[p:{hpl1}]]. TRIMS
""",
    ),
    T(
        "sms_1708",
        "scam_fraud",
        """
Dari: [[p:{hpz1}]]
Ke: 1708
KOTKUPANG SY DPT SMS DR {scam} BILANG SY MENANG UNDIAN {rpb} DARI {POSE}. SY DISURUH TLP {scam2}. APA BENAR? SY [[n:{N1}]]
""",
    ),
    T(
        "sms_1708",
        "neighbourhood",
        """
Dari: [[p:{hpj1}]]
kotkupang sampah di tps dekat pasar {pasar} blm diangkut 1 minggu, bau sekali. sy [[n:{l1}]] [[a:{rt1}]]
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
Dari: [[p:{hpk1}]]
Ke: 1708
kotkupang sy sdh 3 bln tdk terima bpnt. kartu kks ada. sdh lapor pendamping tp tdk ada jawaban. mohon dibantu. tdk ada balasan dr dinas. [[n:{lg1}]]
""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """
Dari: [[p:{hpz1}]]
KOTKUPANG KTP SY HILANG, URUS BARU DI DUKCAPIL DISURUH TUNGGU 2 BLN. APA BISA LBH CEPAT? [[n:{N1}]] [[p:{hpo1}]]
""",
    ),
    T(
        "sms_1708",
        "roads_transport",
        """
Dari: [[p:{hpz1}]]
Ke: 1708
KOTKUPANG JLN KE KAMPUNG KAMI RUSAK PARAH, MOBIL TDK BISA MASUK. DARI [[n:{G1}]] DI {KEL}
""",
    ),
    T(
        "sms_1708",
        "neighbourhood",
        """
Dari: 1708
Ke: [[p:{hpz1}]]
{tgl} {jam}
Terima kasih, laporan Anda telah diterima dengan nomor tracking {tiket}. Pantau di lapor.go.id. Balas KOTKUPANG(SPASI)KELUHAN untuk laporan baru.
""",
    ),
    T(
        "sms_1708",
        "schools",
        """
Dari: [[p:{hpz1}]]
Ke: 1708
KOTKUPANG GURU KELAS ANAK SY DI {SCHOOL} IBU [[n:{N2}]] MINTA UANG FOTOKOPI {rps} TIAP MINGGU. NO HP DIA [[p:{hp2}]]. MOHON DITINDAK. ORTU MURID
""",
    ),
    T(
        "sms_1708",
        "health",
        """
Dari: [[p:{hpz1}]]
KOTKUPANG NO KARTU KIS SY [[bpjs:{bpjs1}]] DITOLAK DI PUSKESMAS {PUSK}, KATANYA TDK AKTIF. PADAHAL PBI. [[n:{N1}]]
""",
    ),
    T(
        "sms_1708",
        "roads_transport",
        """
Dari: [[p:{hpz1}]]
Ke: 1708
KOTKUPANG BEMO [[pl:{PL2}]] SOPIR MABUK, HAMPIR TABRAK ANAK SEKOLAH DI {JL} JAM {jam}. MOHON DISHUB TINDAK.
""",
    ),
    T(
        "sms_1708",
        "health",
        """
Dari: [[p:{hpz1}]]
Ke: 1708
KOTKUPANG TOLONG TELPON BALIK KE NO ISTRI SY [[p:{hp2}]] KRN HP SY RUSAK. MAU TANYA AMBULANS PUSKESMAS. [[n:{N1}]]
""",
        M=(1,),
    ),
    T(
        "sms_1708",
        "water_power",
        """
Dari: [[p:{hpz1}]]
KOTKUPANG TANGKI AIR DR KELURAHAN TDK SAMPAI KE RUMAH KAMI DI [[a:{AD1}]]. SOPIR TANGKI PAK [[n:{N2}]] ([[p:{hp2}]]) MINTA UANG {rps}. TRIMS [[n:{N1}]]
""",
    ),
    T(
        "sms_1708",
        "trade_housing",
        """
Dari: [[p:{hpz1}]]
kotkupang pasar {pasar} becek dan atap bocor. pedagang sdh lapor upt pasar {owa} tp tdk ada respon. sy [[n:{lg1}]] pedagang ikan, hp [[p:{hpb1}]]
""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """
Dari: [[p:{hpz1}]]
Ke: 1708
KOTKUPANG NIK SY [[nik:{nik1}]] TDK TERDAFTAR WKT DAFTAR KARTU SIM. TLG DICEK. [[n:{N1}]]
""",
    ),
    # without spans
    T(
        "sms_1708",
        "roads_transport",
        """
KOTKUPANG JALAN DI {JL} RUSAK BERAT DEKAT {SCHOOL}. SDH LAPOR 2X NO TIKET {tiket}. DINAS PUPR {otel} TDK ANGKAT.
""",
    ),
    T(
        "sms_1708",
        "neighbourhood",
        """
Dari: 1708
Info: Laporan {tiket} telah ditindaklanjuti oleh Dinas Lingkungan Hidup. Untuk pengangkutan sampah hubungi {otel} atau WA {owa}. Terima kasih.
""",
    ),
    T(
        "sms_1708",
        "scam_fraud",
        """
KOTKUPANG ADA SMS DR {scam} BILANG SY MENANG UNDIAN {POSE}. SY DISURUH TLP {scam2} UTK KLAIM. SY TDK TLP. MOHON DIBLOKIR
""",
    ),
    T(
        "sms_1708",
        "neighbourhood",
        """
Format pengaduan SMS: ketik KOTKUPANG(SPASI)KELUHAN kirim ke 1708. Tarif normal. Pengaduan darurat hubungi 112. Info Bagian Organisasi {otel}.
""",
    ),
    T(
        "sms_1708",
        "water_power",
        """
KOTKUPANG TOKEN LISTRIK {token} TDK BISA DIMASUKKAN. ID PEL {idpel}. SDH TLP PLN 123 DISURUH TUNGGU. MOHON BANTUAN
""",
    ),
    T(
        "sms_1708",
        "health",
        """
Dari: 1708
Yth. Pelapor, laporan {tiket} sdh diteruskan ke Dinas Kesehatan. Pengaduan layanan puskesmas juga dapat melalui {otel} atau WA {owa} (jam kerja).
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
KOTKUPANG PENDAMPING NO {owa} TDK MAU ANGKAT. BANSOS 2 BLN BLM MASUK, KKS NO {kks}. TLG DICEK. TIKET LAMA {tiket}
""",
    ),
    T(
        "sms_1708",
        "roads_transport",
        """
KOTKUPANG TLP {otel} DISHUB TDK ADA YG ANGKAT. LAMPU LALU LINTAS DI {JL} MATI 3 HARI. NO LAPORAN {tiket}
""",
    ),
]

# ---------------------------------------------------------------- kupang_chat
TEMPLATES += [
    T(
        "kupang_chat",
        "neighbourhood",
        """
{dt1} [[n:{n1}]]: Kaka, beta pung nomor baru [[p:{hp1}]]. Yang lama [[p:{hq1}]] su mati, HP jatu di laut
{dt2} [[n:{n2}]]: Oke ade, su simpan
""",
    ),
    T(
        "kupang_chat",
        "water_power",
        """
{dt1} [[n:{n1}]]: Ko tau sapa yang jual air tangki ko? Di sini su seminggu sonde ada air
{dt2} [[n:{n2}]]: Om [[n:{g3}]] ada tangki, nomornya [[p:{hp3}]]. Kalo {depot} tu {biz}, ma dong mahal
{dt3} [[n:{n1}]]: Makasi e
""",
    ),
    T(
        "kupang_chat",
        "scam_fraud",
        """
{dt1} [[n:{n1}]]: Kaka, beta dapa telpon dari {scam}, dia bilang dia dari {pose}, minta beta pung NIK deng foto KTP
{dt2} [[n:{n2}]]: Jang kasi! Itu tipu-tipu. Blokir sa
{dt3} [[n:{n1}]]: Beta sonde kasi. Ma dia telpon ulang pake nomor lain {scam2}
""",
    ),
    T(
        "kupang_chat",
        "trade_housing",
        """
{dt1} [[n:{n1}]]: Ibu kos [[n:{g2}]] pung nomor [[p:{hp2}]], ko telpon sa, beta pung pulsa abis
{dt2} [[n:{n3}]]: Mau omong apa?
{dt3} [[n:{n1}]]: Bilang lampu kamar mandi putus, beta sonde bisa ganti sendiri
""",
        F=(2,),
    ),
    T(
        "kupang_chat",
        "roads_transport",
        """
{dt1} [[n:{n1}]]: Besok pagi sapa antar beta ke bandara?
{dt2} [[n:{n2}]]: Ojek langganan beta, Om [[n:{g3}]], [[p:{hp3}]]. Kalo pangkalan depan pasar tu nomor {biz}, ma dong son tentu ada
{dt3} [[n:{n1}]]: Sip, beta telpon Om [[n:{g3}]] sa
""",
    ),
    T(
        "kupang_chat",
        "civil_registry",
        """
{dt1} [[n:{n1}]]: Ade, kirim bapa pung NIK deng KK, beta mau daftar BPJS
{dt2} [[n:{n2}]]: Bapa pung NIK [[nik:{nik3}]], beta pung [[nik:{nik2}]], KK [[kk:{kk3}]]
{dt3} [[n:{n1}]]: Oke, beta isi di aplikasi dolo
""",
        fam={1: 3, 2: 3},
        M=(3,),
    ),
    T(
        "kupang_chat",
        "schools",
        """
{dt1} [[n:{n1}]]: Wali kelas dong pung nomor ada ko?
{dt2} [[n:{n2}]]: [[p:{hp3}]], namanya Ibu [[n:{n3}]]. Kalo TU sekolah {otel}, ma jarang angkat
{dt3} [[n:{n1}]]: Makasi mama
""",
        F=(2,),
    ),
    T(
        "kupang_chat",
        "water_power",
        """
{dt1} [[n:{n1}]]: Lampu di rumah korslet lai. Ko tau tukang listrik yang bae?
{dt2} [[n:{n2}]]: Om [[n:{g3}]] dari {kel}, WA sa [[p:{hp3}]]. Jang panggil yang dari toko listrik, dong pung ongkos mahal
""",
    ),
    T(
        "kupang_chat",
        "scam_fraud",
        """
{dt1} [[n:{n1}]]: Beta kena tipu jual beli motor di FB. Dia pake nomor [[p:{hp2}]], kenalkan diri sebagai [[n:{n2}]], beta su transfer {rpb} ke rek {bank2} [[b:{rek2}]]
{dt2} [[n:{n3}]]: Aduh. Lapor polisi sa, SPKT {otel}
""",
    ),
    T(
        "kupang_chat",
        "trade_housing",
        """
{dt1} [[n:{n1}]]: Beta pung NPWP lama [[npwp:{npwpd1}]] masi bisa pake ko?
{dt2} [[n:{n2}]]: Sekarang su pake NIK. Ko pung NIK berapa?
{dt3} [[n:{n1}]]: NPWP 16 digit sa sekarang sama deng NIK, [[npwp:{npwpn1}]] to?
{dt4} [[n:{n2}]]: Iya, itu su
""",
    ),
    T(
        "kupang_chat",
        "roads_transport",
        """
{dt1} [[n:{n1}]]: Motor yang tabrak beta pung anak tu plat [[pl:{pl2}]]. Yang bawa tu [[n:{g2}]], anak {kel}
{dt2} [[n:{n3}]]: Ko su lapor polisi? Nomor Satlantas {owa}
{dt3} [[n:{n1}]]: Su. Dia pung bapa telpon beta dari [[p:{hp4}]], bilang mau damai
""",
    ),
    T(
        "kupang_chat",
        "trade_housing",
        """
{dt1} [[n:{n1}]]: Uang arisan transfer ke mana?
{dt2} [[n:{n2}]]: Ke DANA [[p:{hp3}]], yang punya nama [[n:{n3}]], bendahara arisan. Ato rek {bank3} [[b:{rek3}]]
""",
    ),
    T(
        "kupang_chat",
        "neighbourhood",
        """
{dt1} [[n:{n1}]]: Mama, beta pung anak dong tinggal di Oebobo, dong pung nomor [[p:{hp2}]]. Kalo ada apa-apa telpon dong sa
{dt2} mama: Iyo, nanti beta simpan
""",
    ),
    T(
        "kupang_chat",
        "health",
        """
{dt1} [[n:{n1}]]: Mama [[n:{g2}]] masuk rumah sakit. Kartu BPJS dia [[bpjs:{bpjs2}]], anaknya di Jawa [[p:{hpz3}]]
{dt2} [[n:{n4}]]: Beta ke sana sore. Kamar berapa?
{dt3} [[n:{n1}]]: Ruang Cendana 4
""",
    ),
    T(
        "kupang_chat",
        "neighbourhood",
        """
{dt1} [[n:{n1}]]: Nomor sapa ni? [[p:{hp2}]] telpon beta tengah malam
{dt2} [[n:{n3}]]: Itu nomor tetangga baru, [[n:{n2}]], yang tinggal di [[a:{ad2}]]. Dia cari ko pung bapa
""",
    ),
    # without spans
    T(
        "kupang_chat",
        "water_power",
        """
{dt1} mama: Lampu mati lai. PLN pung nomor brapa?
{dt2} kaka: 123 sa, ato WA {owa}. Token {token}
{dt3} mama: Su telpon, dong bilang tunggu
""",
    ),
    T(
        "kupang_chat",
        "health",
        """
{dt1} bapa: Pustu pung nomor {owa}, kalo mau tanya imunisasi
{dt2} mama: Puskesmas {pusk} {otel} sonde angkat
{dt3} bapa: Nanti pi langsung sa
""",
    ),
    T(
        "kupang_chat",
        "trade_housing",
        """
{dt1} kaka: UD Berkat Timor, dong pung nomor {biz}. Semen Rp 72 ribu sak
{dt2} ade: Kalo toko bangunan di Oesapa {biz2}?
{dt3} kaka: Sama sa
""",
    ),
    T(
        "kupang_chat",
        "scam_fraud",
        """
{dt1} ade: Ada nomor {scam} WA beta, ngaku anak kos sa. Minta pulsa {rps}
{dt2} kaka: Itu tipu. Nomor {scam2} ju kemarin begitu
""",
    ),
    T(
        "kupang_chat",
        "trade_housing",
        """
{dt1} bapa: Disperindag pung nomor {otel}, kalo mau tanya izin jualan
{dt2} mama: Ato UPT pasar {owa}
""",
    ),
    T(
        "kupang_chat",
        "social_aid",
        """
{dt1} mama: Pendamping pung nomor {owa}, ma sonde angkat dari kemarin
{dt2} ade: Telpon Dinsos sa {otel}. Ato SMS 1708
""",
    ),
    T(
        "kupang_chat",
        "roads_transport",
        """
{dt1} kaka: {travel} ke Atambua jam berapa?
{dt2} ade: Jam 5 pagi. Dong pung nomor {biz}, {rental} kalo mau sewa {biz2}
""",
    ),
    T(
        "kupang_chat",
        "civil_registry",
        """
{dt1} ade: Dukcapil pung WA {owa}, kalo mau ambil antrian {antrian}
{dt2} mama: Ma nomor {owa2} yang kemarin tu?
{dt3} ade: Itu nomor lama, sonde dipake lai
""",
    ),
]

# ---------------------------------------------------------------- official_reply
TEMPLATES += [
    T(
        "official_reply",
        "water_power",
        """
Yth. Bapak [[n:{n1}]],
Menanggapi pengaduan Bapak melalui WA [[p:{hp1}]] tanggal {tgl} (tiket {tiket}) tentang air tidak mengalir di [[a:{rt1}]], Kel. {kel}, kami sampaikan bahwa perbaikan pipa transmisi sedang dikerjakan. Petugas kami akan menghubungi Bapak. Informasi lanjut: call center {otel} atau WA center {owa}.
Hormat kami,
Kepala Bagian Hubungan Langganan
""",
    ),
    T(
        "official_reply",
        "civil_registry",
        """
From: Humas Disdukcapil Kota Kupang <humas.dukcapil@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Re: KK belum terbit

Yth. Sdr/i [[n:{g1}]], KK Saudara sudah dicetak dan dapat diambil di loket 2 dengan membawa bukti {antrian}.

Pada {tgl2}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Sy sdh ajukan perubahan KK tgl {tgl}, sampai skrg blm ada kabar. HP sy [[p:{hp1}]]. Terima kasih.
""",
    ),
    T(
        "official_reply",
        "social_aid",
        """
Yth. Ibu [[n:{n1}]],
Terkait pengaduan Ibu tentang bantuan PKH, pendamping PKH wilayah Ibu, Sdri. [[n:{n2}]], dapat dihubungi di [[p:{hp2}]]. Bila tidak ada tanggapan, silakan menghubungi Kasi Jaminan Sosial, Bapak [[n:{n3}]], di [[p:{hp3}]] atau kantor {otel}.
Demikian, terima kasih.
""",
    ),
    T(
        "official_reply",
        "neighbourhood",
        """
{dt1} Lurah {kel}: Menanggapi keluhan Ibu [[n:{g1}]] ([[p:{hp1}]]) soal sampah menumpuk di [[a:{rt1}]], hari ini truk DLHK sudah diarahkan. Untuk pengangkutan rutin silakan hubungi {otel}.
{dt2} [[n:{n1}]]: Terima kasih Pak Lurah 🙏
""",
    ),
    T(
        "official_reply",
        "roads_transport",
        """
Tanggapan Dinas Perhubungan ({tgl})
Terima kasih Sdr. [[n:{n1}]]. Angkot plat [[pl:{pl2}]] yang Saudara laporkan sudah kami panggil. Pemilik kendaraan, Bapak [[n:{n2}]], bersedia menegur sopirnya. Bila terulang, laporkan ke WA pengaduan Dishub {owa}.
""",
    ),
    T(
        "official_reply",
        "civil_registry",
        """
Yth. Ibu [[n:{n1}]],
Setelah kami cek, NIK Ibu [[nik:{nik1}]] sudah padan dengan data KK [[kk:{kk1}]]. Kegagalan verifikasi di bank dapat disebabkan data lama di bank. Bila masih gagal, silakan datang ke loket Disdukcapil atau hubungi WA layanan {owa}.
""",
    ),
    T(
        "official_reply",
        "trade_housing",
        """
Yth. Bapak [[n:{n1}]],
Kami telah memanggil kontraktor pelaksana, CV Timor Sejati Konstruksi, melalui kantornya, telp {otel}. Penanggung jawab lapangan, Sdr. [[n:{n2}]] ([[p:{hp2}]]), berjanji memperbaiki saluran di depan rumah Bapak di [[a:{ad1}]] paling lambat {tgl}.
Hormat kami,
Bidang Bina Marga
""",
    ),
    T(
        "official_reply",
        "water_power",
        """
Tanggapan PDAM ({tgl}): Pelanggan a.n. [[n:{n1}]], [[a:{adr1}]], nomor sambungan {samb}. Meter sudah diganti oleh petugas kami. Bila ada keluhan, hubungi call center {otel}.
""",
    ),
    T(
        "official_reply",
        "schools",
        """
Yth. Bapak/Ibu [[n:{n1}]],
Menanggapi pengaduan melalui SMS 1708 dari nomor [[p:{hpz1}]] tentang pungutan di {school}, Kepala Sekolah telah kami panggil. Pungutan dihentikan dan uang dikembalikan lewat komite. Bila ada pungutan lain, lapor ke Dinas Pendidikan {otel}.
""",
    ),
    T(
        "official_reply",
        "health",
        """
Yth. Bapak [[n:{n1}]],
Status kartu JKN Bapak nomor [[bpjs:{bpjs1}]] sudah aktif kembali per {tgl}. Informasi lebih lanjut: BPJS Kesehatan Care Center 165 atau Pandawa {owa}.
Salam sehat,
BPJS Kesehatan Cabang Kupang
""",
    ),
    T(
        "official_reply",
        "civil_registry",
        """
Yth. Sdr. [[n:{n1}]],
Dokumen akta kelahiran anak Saudara telah kami kirim ke email [[e:{emx1}]] dalam bentuk PDF. Surat pengantar nomor {surat}.
Petugas: [[n:{n2}]] (WA [[p:{hp2}]])
""",
    ),
    T(
        "official_reply",
        "social_aid",
        """
Yth. Ibu [[n:{n1}]],
Pengembalian dana bantuan yang terpotong sudah ditransfer ke rekening {bank1} [[b:{rek1}]] a.n. [[n:{N1}]] pada {tgl}. Mohon konfirmasi ke petugas kami, Bapak [[n:{n2}]], di [[p:{hp2}]].
""",
    ),
    T(
        "official_reply",
        "neighbourhood",
        """
> [[n:{n1}]] ({tgl}): "Tetangga sa Pak [[n:{n2}]] bakar sampah tiap sore, asap masuk rumah. Sa di [[a:{rt1}]]. Nomor sa [[p:{hp1}]]"
Balasan Kelurahan {kel}: Terima kasih laporannya. Ketua RT setempat, Bapak [[n:{n3}]] ([[p:{hp3}]]), sudah kami minta menegur. Bila berlanjut hubungi Satpol PP {otel}.
""",
    ),
    T(
        "official_reply",
        "trade_housing",
        """
Yth. Bapak [[n:{n1}]],
Permohonan izin usaha perorangan Bapak sudah terbit. NPWP yang kami gunakan [[npwp:{npwpn1}]] (NIK). Untuk keperluan lain silakan hubungi loket DPMPTSP {otel}.
""",
    ),
    T(
        "official_reply",
        "health",
        """
Yth. Ibu [[n:{n1}]],
Menanggapi keluhan Ibu tentang pelayanan di Puskesmas {pusk}, kami mohon maaf. Petugas kami Ibu [[n:{n2}]] di [[p:{hp2}]] akan membantu jadwal kontrol berikutnya. Layanan pengaduan puskesmas: {otel}.
""",
    ),
    # without spans
    T(
        "official_reply",
        "roads_transport",
        """
Yth. Pelapor (identitas dirahasiakan sesuai permintaan),
Laporan {tiket} tentang jalan rusak di {jl} sudah kami masukkan dalam rencana pemeliharaan tahun {thn}. Informasi: Dinas PUPR {otel}, WA {owa}.
Hormat kami,
Sekretariat Dinas PUPR
""",
    ),
    T(
        "official_reply",
        "scam_fraud",
        """
Tanggapan Dinas Sosial ({tgl}): Nomor {scam} dan {scam2} yang dilaporkan BUKAN nomor resmi Dinas Sosial. Dinas Sosial tidak pernah meminta biaya. Pengaduan resmi: SMS/WA {owa}, telp {otel}.
""",
    ),
    T(
        "official_reply",
        "neighbourhood",
        """
Kepada Yth. Bapak/Ibu warga RT {rtn}/RW {rwn},
Menanggapi keluhan bersama tentang drainase tersumbat di {jl}, Dinas PUPR akan melakukan normalisasi pada {hari}. Surat nomor {surat}. Kontak: Seksi Drainase {otel} / WA {owa}.
""",
    ),
    T(
        "official_reply",
        "health",
        """
Nomor layanan Puskesmas {pusk} berubah. Nomor lama: {owa} (tidak aktif lagi). Nomor baru: telp {otel} / WA {owa2}. Pendaftaran online: WA {owa3}.
""",
    ),
    T(
        "official_reply",
        "civil_registry",
        """
Tanggapan Disdukcapil atas laporan {tiket}: Blanko KTP-el tersedia kembali mulai {tgl}. Surat edaran {surat}. Pertanyaan: call center {otel}, WA {owa}, email pengaduan.dukcapil@kupangkota.go.id.
""",
    ),
    T(
        "official_reply",
        "water_power",
        """
Jawaban PLN UP3 Kupang: Gangguan di penyulang {kel} pada {tgl} pukul {jam} sudah pulih. Pelanggan dengan ID {idpel} dan sekitarnya dapat melapor gangguan ke PLN 123 atau WA {owa}.
""",
    ),
    T(
        "official_reply",
        "schools",
        """
Yth. Orang Tua/Wali Murid,
Menanggapi pengaduan yang masuk melalui LAPOR! ({tiket}), pungutan seragam di {school} dibatalkan. Informasi: tata usaha {otel}, operator sekolah {owa}, email tu.sekolah.kupang@gmail.com.
Kepala Sekolah
""",
    ),
    T(
        "official_reply",
        "social_aid",
        """
Balasan Dinas Sosial: Pengaduan kolektif warga RT {rtlo} sampai RT {rthi} tentang BPNT sudah diteruskan ke bank penyalur. Rekening penampung {rekntt} bukan untuk setoran warga. Info: {otel}.
""",
    ),
]

# ---------------------------------------------------------------- shift_handover
TEMPLATES += [
    T(
        "shift_handover",
        "water_power",
        """
SERAH TERIMA SHIFT — {hari}
Shift pagi: [[n:{g1}]] → shift siang: [[n:{g2}]]
1. Penelepon Bpk. [[n:{n3}]] ([[p:{hp3}]]) lapor pipa bocor di [[a:{rt3}]] Kel. {kel}. Sudah diteruskan ke PDAM {otel}, belum ada tim. Janji ditelpon balik jam 14.00.
2. Nomor pos Damkar {kec} {otel2} sibuk terus, coba lewat 112.
3. HP jaga {owa} (dipegang bergantian) baterai lemah, charger di laci.
""",
    ),
    T(
        "shift_handover",
        "social_aid",
        """
Catatan serah terima {tgl}
Dari: [[n:{n1}]] (malam) ke [[n:{n2}]] (pagi)
- Penelepon yang sama 3x dari [[p:{hp3}]], ibu [[n:{g3}]], tanya BPNT. Sudah dijelaskan, tapi minta ditelpon petugas Dinsos.
- Pak [[n:{n4}]] dari Dinas Sosial minta laporan dikirim lewat WA [[p:{hp4}]].
- Tiket {tiket} belum ditutup.
""",
    ),
    T(
        "shift_handover",
        "health",
        """
SERAH TERIMA JAGA CALL CENTER 112
Regu B ([[n:{g1}]], [[n:{g2}]]) ke Regu C ([[n:{g3}]]).
- {hm1} ambulans dikirim ke rumah pasien [[n:{n4}]], [[a:{adr4}]]. Keluarga: [[n:{g5}]] [[p:{hp5}]].
- {hm2} laporan orang pingsan di {jl}, diteruskan ke Puskesmas {pusk} {otel}.
- Nomor pelapor pagi tadi salah tulis: tertulis {owa}, yang benar [[p:{hp6}]] (Sdr. [[n:{n6}]]).
""",
    ),
    T(
        "shift_handover",
        "neighbourhood",
        """
Handover shift sore {tgl}
• Warga [[n:{n1}]] ([[p:{hp1}]]) komplain anjing tetangga gigit anaknya. Tetangga yang punya anjing: [[n:{n2}]], [[a:{ad2}]]. Belum ada mediasi.
• Satpol PP piket {owa}. Ketua RT setempat Bpk. [[n:{n3}]] [[p:{hp3}]] sudah dihubungi.
• Shift malam: [[n:{g4}]]
""",
    ),
    T(
        "shift_handover",
        "civil_registry",
        """
SERAH TERIMA — LOKET PENGADUAN DUKCAPIL
Petugas keluar: [[n:{n1}]] | Petugas masuk: [[n:{n2}]]
Sisa antrian: {antrian} s.d. {antrian2}
Pending:
1) Ibu [[n:{n3}]], NIK [[nik:{nik3}]], data ganda di SIAK. HP [[p:{hp3}]]. Tunggu jawaban pusat.
2) Sdr. [[n:{n4}]] minta KK dikirim ke email [[e:{em4}]].
""",
    ),
    T(
        "shift_handover",
        "roads_transport",
        """
Serah terima piket Dishub {hari}
1. Laporan bemo [[pl:{pl1}]] ngetem di {jl}. Pemilik [[n:{n1}]] sudah ditelpon di [[p:{hp1}]], janji tegur sopir.
2. Lampu lalin {jl2} mati. Teknisi Pak [[n:{g2}]] ([[p:{hp2}]]) cek besok.
3. Nomor pengaduan Dishub {owa} tetap di HP dinas.
Piket berikut: [[n:{n3}]]
""",
    ),
    T(
        "shift_handover",
        "scam_fraud",
        """
Catatan serah terima SPKT
- Pelapor [[n:{n1}]] ([[p:{hp1}]]) tertipu jual beli HP online. Penjual mengaku [[n:{n2}]], nomor [[p:{hp2}]], rekening {bank2} [[b:{rek2}]]. BAP lanjut besok.
- Laporan SMS dari {scam} yang ngaku {pose}: dicatat saja, nomor diteruskan ke patroli siber.
- Penerima: [[n:{g3}]]
""",
    ),
    T(
        "shift_handover",
        "water_power",
        """
HANDOVER CALL CENTER PLN 123 — {tgl}
Open ticket: {tiket}
- Pelanggan [[n:{n1}]] ID {idpel}, no HP [[p:{hp1}]], alamat [[a:{adr1}]]: kWh meter berbunyi. Yantek dijadwalkan.
- Pelanggan anonim dari [[p:{hp2}]] lapor kabel putus di {jl}. Sudah ditangani.
Shift: [[n:{g3}]] → [[n:{g4}]]
""",
    ),
    T(
        "shift_handover",
        "schools",
        """
Serah terima Unit Pengaduan, {hari}
- Orang tua murid [[n:{n1}]] ([[p:{hp1}]]) tunggu jawaban Dinas Pendidikan soal ijazah anaknya [[n:{g2}]] yang ditahan {school}.
- Operator sekolah {owa} tidak bisa dihubungi; coba kepala sekolah Bpk. [[n:{n3}]] [[p:{hp3}]].
Yang menerima: [[n:{g4}]]
""",
        Y=(2,),
        fam={2: 1},
    ),
    T(
        "shift_handover",
        "trade_housing",
        """
Catatan shift malam → pagi
1. Penelepon [[n:{lg1}]] (tdk sebut marga) dari [[p:{tr1}]] mengeluh kos sebelah ribut. Pemilik kos Ibu [[n:{n2}]] ([[p:{hp2}]]) sudah ditelpon.
2. Satpam pos {kel} {owa} minta dibantu patroli.
Petugas: [[n:{g3}]] / [[n:{g4}]]
""",
    ),
    T(
        "shift_handover",
        "neighbourhood",
        """
Serah terima jaga posko banjir {tgl}
- Warga [[n:{n1}]] di [[a:{rt1}]] minta perahu, HP [[p:{hp1}]] / [[p:{hq1}]].
- Dapur umum BPBD {otel}. Pusdalops {otel2} / WA {owa}.
- Relawan Tagana yang jaga malam: [[n:{n2}]] ([[p:{hp2}]]).
""",
    ),
    T(
        "shift_handover",
        "health",
        """
SERAH TERIMA SHIFT PUSKESMAS {PUSK} (UGD)
Pagi: bidan [[n:{g1}]] → Siang: perawat [[n:{g2}]]
- Pasien [[n:{n3}]], {age3} th, rujuk ke RSUD. Keluarga: [[n:{g4}]] [[p:{hp4}]]
- Telp rumah pasien [[p:{tr3}]] tidak aktif.
- Ambulans desa siaga {owa}.
""",
        E=(3,),
    ),
    T(
        "shift_handover",
        "social_aid",
        """
Handover {hari}
Penerima telepon pagi: [[n:{n1}]]
1) Pelapor [[n:{n2}]] minta bansos lansia untuk oma [[n:{n3}]]. No rumah: [[p:{tr2}]]. No HP anak: [[p:{hp4}]] ([[n:{g4}]]).
2) TKSK Kecamatan {kec}: {owa}.
""",
        E=(3,),
    ),
    T(
        "shift_handover",
        "civil_registry",
        """
Shift report {tgl} — Unit Pengaduan Kasih
• {hm1} Sdri. [[n:{n1}]] ([[p:{hp1}]]) NIK [[nik:{nik1}]] tidak muncul di DTKS. Diteruskan ke Dinsos.
• {hm2} nomor dinas Dukcapil {owa} tidak aktif, pakai {otel}.
• Handover ke: [[n:{g2}]]
""",
    ),
    T(
        "shift_handover",
        "roads_transport",
        """
SERAH TERIMA POS PANTAU TERMINAL {tgl}
- Penumpang [[n:{n1}]] ketinggalan tas di bus {travel}. HP penumpang [[p:{hp1}]]. Sopir bus Pak [[n:{g2}]] [[p:{hp2}]] sudah simpan tas.
- Loket {travel} {biz}.
Penerima: [[n:{g3}]]
""",
    ),
    # without spans
    T(
        "shift_handover",
        "water_power",
        """
SERAH TERIMA SHIFT — {hari}
Regu A → Regu B
1. Tiket terbuka: {tiket}, {tiket2}.
2. PDAM {otel} janji kirim tangki ke {kel}.
3. HP jaga {owa} (dipegang bergantian).
4. Penelepon tanpa nama, nomor tidak tercatat, lapor air keruh.
""",
    ),
    T(
        "shift_handover",
        "neighbourhood",
        """
Handover shift malam {tgl}
- Laporan masuk: 12 (telepon {otel}: 5, WA {owa}: 7)
- Damkar {otel2} selesai padamkan kebakaran lahan di {jl}.
- Surat {surat} untuk Kasatpol PP sudah di meja.
""",
    ),
    T(
        "shift_handover",
        "health",
        """
SERAH TERIMA JAGA IGD
Regu pagi → regu sore
- Stok oksigen 4 tabung. Vendor {biz}.
- Ambulans 118 {otel}. Ambulans desa {owa}.
- Rujukan online SISRUTE no {num}{num2}.
""",
    ),
    T(
        "shift_handover",
        "scam_fraud",
        """
Catatan serah terima SPKT
- 3 laporan penipuan mengaku {pose}: nomor {scam}, {scam2}, {scam3}. Tidak ada nama pelaku.
- Nomor yang dipakai minta transfer ke VA {va}.
- Semua diteruskan ke patroli siber.
""",
    ),
    T(
        "shift_handover",
        "civil_registry",
        """
SERAH TERIMA LOKET
Shift 1 → Shift 2
Antrian terakhir {antrian}. Blanko tersisa {num} lembar. Printer rusak, vendor {biz}. Call center {otel} dialihkan ke WA {owa}.
""",
    ),
    T(
        "shift_handover",
        "roads_transport",
        """
Serah terima piket Dishub
1. Lampu lalin di {jl} sudah menyala.
2. Laporan bus {travel} ngetem, kantor {travel} {otel} sudah ditegur.
3. Nomor pengaduan Dishub {owa} aktif 24 jam.
""",
    ),
    T(
        "shift_handover",
        "social_aid",
        """
Handover {hari}
- Pendamping wilayah {kel}: {owa}. Pendamping {kel2}: {owa2}. Keduanya belum angkat.
- Tiket {tiket} menunggu data dari kelurahan.
- Kantor Dinsos {otel} buka jam 08.00.
""",
    ),
    T(
        "shift_handover",
        "water_power",
        """
HANDOVER CALL CENTER PLN 123
Open ticket {tiket}. Gangguan penyulang {kel}, ID pelanggan {idpel} s.d. {idpel2}. Posko ULP {otel}, WA {owa}.
""",
    ),
]

# ---------------------------------------------------------------- visitor_register
TEMPLATES += [
    T(
        "visitor_register",
        "civil_registry",
        """
BUKU TAMU KANTOR LURAH {KEL}
No | Tanggal | Nama | Alamat/Instansi | Keperluan | No. HP
1 | {tgl} | [[n:{n1}]] | [[a:{rt1}]] | urus surat pindah | [[p:{hp1}]]
2 | {tgl} | [[n:{n2}]] | Dinas Sosial | verifikasi DTKS | [[p:{hp2}]]
3 | {tgl} | Kurir {kurir} | - | antar dokumen | {owa}
4 | {tgl2} | [[n:{N3}]] | [[a:{ad3}]] | surat keterangan usaha | [[p:{hp3}]]
""",
    ),
    T(
        "visitor_register",
        "neighbourhood",
        """
REGISTER PENELEPON CALL CENTER 112 — {hari}
Jam;Nama;Nomor;Kejadian;Diteruskan ke
{hm1};[[n:{n1}]];[[p:{hp1}]];kebakaran dapur;Damkar
{hm2};penelepon tidak sebut nama;[[p:{hp2}]];kecelakaan di {jl};Polantas
{hm3};Hotel {kel} Indah;{otel};tamu sakit;Ambulans
{hm4};[[n:{l3}]];[[p:{hp3}]];pohon tumbang;BPBD
""",
    ),
    T(
        "visitor_register",
        "neighbourhood",
        """
DAFTAR TAMU WAJIB LAPOR 1x24 JAM — RT {rtn}
No | Nama | Asal | Tinggal di rumah | HP | Tgl datang
1 | [[n:{n1}]] | Rote | Bpk. [[n:{n2}]], [[a:{ad2}]] | [[p:{hp1}]] | {tgl}
2 | [[n:{n3}]] | Sabu | Ibu [[n:{n4}]], [[a:{ad4}]] | [[p:{hp3}]] | {tgl2}
""",
        orig={1: "local", 3: "local"},
    ),
    T(
        "visitor_register",
        "health",
        """
REGISTER KUNJUNGAN RUMAH — KADER POSYANDU {KEL}
No,Nama Ibu,Nama Anak,RT/RW,No HP
1,[[n:{n1}]],[[n:{g2}]],[[a:{rtk1}]],[[p:{hp1}]]
2,[[n:{n3}]],[[n:{g4}]],[[a:{rtk3}]],[[p:{hp3}]]
3,[[n:{n5}]],[[n:{g6}]],[[a:{rtk5}]],-
""",
        F=(1, 3, 5),
        Y=(2, 4, 6),
        fam={2: 1, 4: 3, 6: 5},
    ),
    T(
        "visitor_register",
        "social_aid",
        """
Daftar Hadir Verifikasi BPNT — {hari}
No | Nama | NIK | HP | Tanda tangan
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[p:{hp1}]] | ttd
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[p:{hp2}]] | ttd
3 | [[n:{N3}]] | [[nik:{nik3}]] | - | cap jempol
Petugas verifikasi: [[n:{n4}]]
""",
        E=(3,),
    ),
    T(
        "visitor_register",
        "trade_housing",
        """
BUKU TAMU UPT PASAR {PASAR}
Tanggal | Nama | Instansi/Usaha | Keperluan | Telp
{tgl} | [[n:{n1}]] | pedagang los B | keberatan retribusi | [[p:{hp1}]]
{tgl} | UD Sumber Rejeki Timor | (badan usaha) | sewa kios | {biz}
{tgl2} | [[n:{n2}]] | Disperindag | monitoring harga | [[p:{hp2}]]
""",
    ),
    T(
        "visitor_register",
        "schools",
        """
BUKU TAMU {SCHOOL}
No | Tgl | Nama Tamu | Hubungan | Keperluan | Kontak
1 | {tgl} | [[n:{n1}]] | orang tua dari [[n:{g2}]] | ambil rapor | [[p:{hp1}]]
2 | {tgl} | Petugas Puskesmas | - | BIAS imunisasi | {otel}
3 | {tgl2} | [[n:{n3}]] | wali dari [[n:{g4}]] | pindah sekolah | [[p:{hp3}]]
""",
        Y=(2, 4),
    ),
    T(
        "visitor_register",
        "roads_transport",
        """
REGISTER KENDARAAN TAMU — POS SATPAM KANTOR WALI KOTA
Jam | Nama Pengemudi | Nopol | Tujuan | HP
{hm1} | [[n:{n1}]] | [[pl:{pl1}]] | Bagian Umum | [[p:{hp1}]]
{hm2} | Kurir {kurir} | [[pl:{pl2}]] | ekspedisi | {owa}
{hm3} | [[n:{n3}]] | [[pl:{pl3}]] | Bappeda | [[p:{hp3}]]
""",
    ),
    T(
        "visitor_register",
        "civil_registry",
        """
Register Pengaduan Datang Langsung — Disdukcapil
No;Nama Pelapor;NIK;No. KK;Alamat;HP;Keluhan
1;[[n:{N1}]];[[nik:{nik1}]];[[kk:{kk1}]];[[a:{adr1}]];[[p:{hp1}]];KK tidak bisa dicetak
2;[[n:{N2}]];[[nik:{nik2}]];[[kk:{kk2}]];[[a:{adr2}]];[[p:{hp2}]];nama salah eja
""",
    ),
    T(
        "visitor_register",
        "health",
        """
REGISTER TELEPON MASUK PUSKESMAS {PUSK}
Waktu | Penelepon | Nomor | Isi
{hm1} | [[n:{n1}]] | [[p:{hp1}]] | minta jadwal vaksin anak
{hm2} | Komite Sekolah {school} | {owa} | minta penyuluhan
{hm3} | penelepon tidak sebut nama | [[p:{hp2}]] | tanya obat TB
{hm4} | RSUD W.Z. Johannes | {otel} | konfirmasi rujukan
""",
    ),
    T(
        "visitor_register",
        "neighbourhood",
        """
Buku Tamu Ketua RT {rtn}/RW {rwn}
{tgl} — [[n:{n1}]], pendatang dari Alor, kontrak di [[a:{ad1}]], HP [[p:{hp1}]], KTP asal NIK [[nik:{nik1}]]
{tgl2} — [[n:{n2}]], mahasiswa, kos di rumah Ibu [[n:{n3}]], HP [[p:{hp2}]]
""",
        orig={1: "local"},
    ),
    T(
        "visitor_register",
        "social_aid",
        """
DAFTAR PENERIMA YANG BELUM AMBIL BANTUAN
No | Nama | Alamat | HP/Telp keluarga | Ket
1 | [[n:{N1}]] | [[a:{adr1}]] | [[p:{hp2}]] (anak) | sakit
2 | [[n:{N3}]] | [[a:{adr3}]] | [[p:{tr3}]] | lansia
3 | Panti Asuhan Kasih Bunda | {jlno} | {otel} | lembaga
""",
        E=(1, 3),
    ),
    T(
        "visitor_register",
        "scam_fraud",
        """
REGISTER LAPORAN PENIPUAN — POLSEK {KEC}
No | Nama Pelapor | HP Pelapor | Nomor Pelaku | Nama Pelaku | Modus
1 | [[n:{n1}]] | [[p:{hp1}]] | [[p:{hp2}]] | [[n:{n2}]] | jual beli online
2 | [[n:{n3}]] | [[p:{hp3}]] | {scam} | tidak diketahui | mengaku {pose}
""",
    ),
    T(
        "visitor_register",
        "trade_housing",
        """
Daftar Pelaku Usaha Peserta Bazar UMKM
No | Nama Usaha | Pemilik | HP Pemilik | NPWP
1 | Kue Lapis Mama Ros | [[n:{n1}]] | [[p:{hp1}]] | [[npwp:{npwpd1}]]
2 | Koperasi Wanita Tani Sejahtera | - | {biz} | {npwpx}
3 | Tenun Ikat Lontar | [[n:{n2}]] | [[p:{hp2}]] | [[npwp:{npwpt2}]]
""",
        F=(1,),
    ),
    T(
        "visitor_register",
        "health",
        """
REGISTER PASIEN RUJUKAN
No | Nama Pasien | No. Kartu JKN | Keluarga | HP Keluarga
1 | [[n:{N1}]] | [[bpjs:{bpjs1}]] | [[n:{n2}]] | [[p:{hp2}]]
2 | [[n:{N3}]] | [[bpjs:{bpjss3}]] | [[n:{n4}]] | [[p:{hp4}]]
""",
    ),
    # without spans
    T(
        "visitor_register",
        "neighbourhood",
        """
REGISTER SURAT MASUK — KELURAHAN {KEL}
No | Tanggal | Nomor Surat | Dari | Perihal
1 | {tgl} | {surat} | Dinas Sosial | verifikasi DTKS
2 | {tgl} | {surat2} | Puskesmas {pusk} | jadwal posyandu
3 | {tgl2} | {surat3} | PDAM | pemadaman air
""",
    ),
    T(
        "visitor_register",
        "health",
        """
DAFTAR KONTAK DARURAT
Instansi | Telepon | WhatsApp
Puskesmas {pusk} | {otel} | {owa}
Damkar | 113 / {otel2} | -
PMI Kota Kupang | {otel3} | {owa2}
Polsek {kec} | 110 | {owa3}
""",
    ),
    T(
        "visitor_register",
        "roads_transport",
        """
REGISTER KENDARAAN DINAS KELUAR
Jam | Unit | Tujuan | Km awal
{hm1} | Bagian Umum | {kel} | {num}{num2}5
{hm2} | Bappeda | Bandara El Tari | {num3}{num4}0
Kontak pool kendaraan: {otel}
""",
    ),
    T(
        "visitor_register",
        "civil_registry",
        """
REKAP ANTRIAN LOKET DUKCAPIL {tgl}
Loket 1: {antrian} s.d. {antrian2}
Loket 2: {antrian3} s.d. {antrian4}
Call center {otel}, WA {owa}
""",
    ),
    T(
        "visitor_register",
        "scam_fraud",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{scam} | mengaku {pose} | {tgl}
{scam2} | hadiah undian | {tgl}
{scam3} | minta kode OTP | {tgl2}
""",
    ),
    T(
        "visitor_register",
        "trade_housing",
        """
REGISTER PEDAGANG PASAR {PASAR}
Nama Pedagang | Los | Telp
UD Samudra Flobamora | A-{num} | {biz}
Koperasi Pedagang Ikan | B-{num2} | {biz2}
Kios {kel} Jaya | C-{num3} | {biz3}
""",
    ),
    T(
        "visitor_register",
        "water_power",
        """
REGISTER GANGGUAN PDAM
Tgl | No. Sambungan | Lokasi | Status
{tgl} | {samb} | {jl} | selesai
{tgl} | {samb2} | {jl2} | proses
Call center {otel}
""",
    ),
    T(
        "visitor_register",
        "schools",
        """
Register Tamu Dinas Pendidikan
Tgl | Instansi | Keperluan | Telp
{tgl} | {school} | NPSN {npsn} | {otel}
{tgl} | Komite {school2} | dana BOS | {owa}
{tgl2} | Operator Dapodik {school3} | sinkron data | {owa2}
""",
    ),
]

# ---------------------------------------------------------------- flyer_quote
TEMPLATES += [
    T(
        "flyer_quote",
        "trade_housing",
        """
Ini brosur yang ditempel di tiang listrik depan rumah:
"DIJUAL TANAH 10 x 20 SHM, DEKAT JALAN ASPAL. HUB PEMILIK BPK [[n:{No1}]] [[p:{hpo1}]]"
Mohon info apakah tanah di {kel} itu tidak masuk jalur hijau? Sy [[n:{n2}]] mau beli.
""",
        M=(1,),
    ),
    T(
        "flyer_quote",
        "trade_housing",
        """
Papan di pagar: "KOS PUTRI – TERIMA BULANAN – HUB [[p:{hpo1}]] (IBU [[n:{G1}]])". Sy mau lapor kos itu buang limbah ke got, bau sampai rumah kami di [[a:{rt2}]]. [[n:{n2}]]
""",
    ),
    T(
        "flyer_quote",
        "schools",
        """
Pamflet di mading sekolah (foto {img}):
LES PRIVAT MATEMATIKA SD-SMP
DATANG KE RUMAH
HUB KAK [[n:{G1}]] [[p:{hpo1}]]
--
Apakah guru aktif boleh buka les untuk murid sendiri? Yg di pamflet itu guru kelas anak sy.
""",
    ),
    T(
        "flyer_quote",
        "health",
        """
Spanduk posyandu (hasil foto, teks dibaca aplikasi):
POSYANDU {KEL} BULAN INI
INFO KADER : [[n:{No1}]] [[p:{hpo1}]]
PUSKESMAS {PUSK} {otel}
--
Kader tsb tidak pernah angkat telp. Mohon dicek.
""",
        F=(1,),
    ),
    T(
        "flyer_quote",
        "scam_fraud",
        """
Sy dapat brosur ini dari tetangga sy, [[n:{g1}]]:
"PINJAMAN TANPA JAMINAN CAIR 1 JAM. BUNGA RENDAH. WA {scam}"
Apakah {pinjol} itu terdaftar OJK? Sy [[n:{n2}]], HP [[p:{hp2}]].
""",
    ),
    T(
        "flyer_quote",
        "neighbourhood",
        """
POSTER DI DEPAN GEREJA:
DICARI ANAK HILANG
[[n:{N1}]], 9 TAHUN, BAJU MERAH
HUB AYAHNYA [[n:{N2}]] [[p:{hpo2}]] / POLSEK {otel}
--
Tolong sebar bapa mama 🙏
""",
        Y=(1,),
        fam={1: 2},
        M=(2,),
    ),
    T(
        "flyer_quote",
        "neighbourhood",
        """
Sy lapor sedot WC yg buang limbah di kali. Stikernya tulis:
SEDOT WC {SEDOT}
HUB [[p:{hpo1}]] / [[p:{hq1}]]
(BAPA [[n:{G1}]])
Truknya parkir di {jl} tiap malam.
""",
        M=(1,),
    ),
    T(
        "flyer_quote",
        "trade_housing",
        """
Brosur yg dibagi di gereja: "Tupperware murah, bisa cicil! Hub Mama [[n:{G1}]] [[p:{hp1}]]". Sy sudah bayar {rpm} tapi barang tidak datang 2 bulan. Nomornya sekarang tidak aktif. [[n:{n2}]], [[p:{hp2}]]
""",
    ),
    T(
        "flyer_quote",
        "neighbourhood",
        """
Warta jemaat {church}:
LELANG HASIL BUMI untuk pembangunan pastori. Konfirmasi sumbangan ke Pnt. [[n:{N1}]] [[p:{hp1}]] atau Dkn. [[n:{N2}]] [[p:{hp2}]]. Info sekretariat {otel}.
""",
    ),
    T(
        "flyer_quote",
        "roads_transport",
        """
Stiker di kaca mobil: "{RENTAL} – LEPAS KUNCI / DENGAN SOPIR – HUB {bizo}". Tapi yg angkat Om [[n:{g1}]], nomornya [[p:{hp1}]] dia kasi sa. Mobil yg sy sewa mogok di jalan, uang sewa {rpm} tidak dikembalikan. Sy [[n:{n2}]].
""",
    ),
    T(
        "flyer_quote",
        "scam_fraud",
        """
Kertas ditempel di kios:
HILANG HP SAMSUNG A14 WARNA HITAM
IMEI {imei}
YANG MENEMUKAN HUB [[p:{hpo1}]] ([[n:{No1}]])
ADA IMBALAN
""",
    ),
    T(
        "flyer_quote",
        "neighbourhood",
        """
Pamflet konser amal pemuda {church}:
"MALAM AMAL PEDULI BANJIR — {hari}
CP: [[n:{G1}]] [[p:{hpo1}]] / [[n:{G2}]] [[p:{hp2}]]"
Kami minta izin keramaian ke Polsek, surat nomor {surat}.
""",
    ),
    T(
        "flyer_quote",
        "trade_housing",
        """
Ini foto brosur perumahan yg mau dibangun di belakang rumah kami: "PERUMAHAN MURAH {KEL}, DP 0%, HUB MARKETING {bizo}". Kami warga [[a:{rt1}]] keberatan karena itu daerah resapan. Pelapor: [[n:{n1}]] [[p:{hp1}]]
""",
    ),
    T(
        "flyer_quote",
        "neighbourhood",
        """
Tulisan di papan: "LAS LISTRIK {SEDOT} – TERIMA PESANAN PAGAR & TERALIS". Itu bengkel las milik Bapak [[n:{n1}]] di rumahnya, [[a:{ad1}]]. Bunyi gerinda sampai jam 11 malam. Mohon ditegur. [[n:{n2}]] ([[p:{hp2}]])
""",
    ),
    T(
        "flyer_quote",
        "health",
        """
Brosur pengobatan alternatif: "SEMBUH SEGALA PENYAKIT. HUB SINSE {biz}". Ibu sy [[n:{n1}]] berobat di situ, sekarang gula darah naik dan dirawat. Kami minta Dinkes cek izinnya. Keluarga: [[n:{n2}]], [[p:{hp2}]]
""",
        F=(1,),
    ),
    # without spans
    T(
        "flyer_quote",
        "neighbourhood",
        """
Stiker di tiang listrik: "SEDOT WC {SEDOT} – MURAH, CEPAT, BERGARANSI – HUB {bizo} / {biz}". Apakah ini punya izin buang limbah?
""",
    ),
    T(
        "flyer_quote",
        "civil_registry",
        """
SPANDUK KELURAHAN {KEL}:
PENDATAAN PENDUDUK NON PERMANEN
BAWA KTP ASAL DAN SURAT PINDAH
HUB. PETUGAS : {owao}
KANTOR {otel}
""",
    ),
    T(
        "flyer_quote",
        "scam_fraud",
        """
Brosur di kaca angkot: "DANA CEPAT CAIR TANPA BI CHECKING. CUKUP KTP. WA {scam} / {scam2}". Ini legal ka?
""",
    ),
    T(
        "flyer_quote",
        "trade_housing",
        """
Papan nama: "{KOS} – TERIMA PUTRI – AIR 24 JAM – HUB {bizo}". Saluran air kos itu buang ke jalan umum di {jl}.
""",
    ),
    T(
        "flyer_quote",
        "social_aid",
        """
Pamflet di kantor lurah:
INFO PENGADUAN DINAS SOSIAL KOTA KUPANG
SMS/WA {owao}
TELP {otel}
JAM KERJA 08.00-15.00
""",
    ),
    T(
        "flyer_quote",
        "trade_housing",
        """
Nota laundry yang sy terima:
{LAUNDRY}
{jlno}
TELP/WA {bizo}
NPWP : {npwpx}
No. Nota {num}{num2}
Baju hilang 3 potong, pihak laundry tidak mau ganti.
""",
    ),
    T(
        "flyer_quote",
        "social_aid",
        """
Beredar brosur: "BANTUAN SOSIAL TUNAI RP 3.500.000 UNTUK LANSIA, DAFTAR VIA WA {scam}, KIRIM FOTO KTP DAN KK". Dinsos bilang itu hoaks. Pengaduan resmi {otel}.
""",
    ),
    T(
        "flyer_quote",
        "roads_transport",
        """
Stiker travel: "{TRAVEL} KUPANG – SOE – KEFA – ATAMBUA. HUB {bizo} / {biz}". Sopirnya ngebut di {jl}, hampir tabrak anak sekolah. Tolong Dishub tegur.
""",
    ),
]


# ---------------------------------------------------------------- more writings, all styles
TEMPLATES += [
    T(
        "call_note",
        "water_power",
        """
Log telepon (ekspor PDF, kolom sempit)
{hm1} | [[n:{n1}]] | [[p:{hpn1}]] | pipa PDAM pecah depan rumah | PDAM
{hm2} | Depot {kel} | {biz} | tanya jadwal tangki | -
{hm3} | [[n:{n2}]] | [[p:{hpn2}]] | air keruh | PDAM {otel}
""",
    ),
    T(
        "call_note",
        "scam_fraud",
        """
Call note {tgl} (English-speaking caller, tourist staying at a homestay in {kel})
Caller: [[n:{n1}]], mobile [[p:{hpz1}]]. Got a WhatsApp from {scamz} claiming to be "Imigrasi Kupang", asking for a passport photo and a fee via DANA {scam2}. Advised not to pay; Kantor Imigrasi line {otel}.
""",
    ),
    T(
        "wa_group",
        "health",
        """
{dt1} [[n:{n1}]]: Dari: [[n:{n2}]] ([[p:{hp2}]])
PENGUMUMAN POSYANDU LANSIA {KEL}
{hari}, jam 08.00 di halaman gereja. Bawa kartu JKN. Info: Puskesmas {pusk} {otel}, kader posyandu {owa}.
{dt2} [[n:{n3}]]: Terima kasih infonya
""",
    ),
    T(
        "wa_group",
        "scam_fraud",
        """
{dt1} {scamz}: Yth bapak/ibu, kami dari {pose}. Anda terpilih menerima bantuan {rpb}. Klik link berikut.
{dt2} [[n:{n1}]]: Sapa yang masukkan nomor ini ke grup? Itu tipu-tipu
{dt3} [[n:{n2}]]: Su sa keluarkan. Maaf bapa mama
""",
    ),
    T(
        "social_thread",
        "trade_housing",
        """
[[n:{n1}]]
4 j · Dicari ART untuk jaga oma di rumah, daerah {kel}. Gaji {rpm} per minggu, makan tinggal. Kirim data diri ke email sy [[e:{emx1}]] atau WA [[p:{hpv1}]]

Komentar [[n:{l2}]]: kk sy minat, sy su WA
Komentar kupangviral: up
""",
        F=(1,),
    ),
    T(
        "lapor_web",
        "water_power",
        """
LEMBAR DISPOSISI PENGADUAN (hasil pindai, kolom sempit)
Pengadu : [[n:{N1}]]
Nomor Induk Kependudukan : [[nik:{nikn1}]]
Telp/WA pengadu : [[p:{hpn1}]]
Surel : [[e:{emn1}]]
Uraian : meteran air di rumah pengadu diganti tanpa pemberitahuan, tagihan naik dua kali lipat. No. sambungan {samb}.
Disposisi : Perumda Air Minum, telp {otel}. Paraf Kabag Organisasi.
""",
    ),
    T(
        "lapor_web",
        "trade_housing",
        """
Isi Laporan: Saya pedagang kecil. NPWP lama saya [[npwp:{npwps1}]], sekarang NPWP saya [[npwp:{npwpn1}]] (NIK sebagai NPWP). Tagihan pajak masih pakai nomor lama. Mohon KPP perbaiki.
Nama Pelapor: [[n:{n1}]]
Kontak: [[p:{hpu1}]]
""",
    ),
    T(
        "sms_1708",
        "neighbourhood",
        """
Dari: [[p:{hpz1}]]
KOTKUPANG ANJING TETANGGA GIGIT ANAK SY. TELP RUMAH TETANGGA BPK [[n:{N2}]] [[p:{tr2}]] TDK DIANGKAT. EMAIL SY [[e:{emd1}]]. [[n:{N1}]]
""",
    ),
    T(
        "kupang_chat",
        "neighbourhood",
        """
{dt1} [[n:{g1}]]: Beta [[n:{g1}]], nomor [[p:{hpw1}]]. Simpan e, beta yang baru pindah di [[a:{ad1}]]
{dt2} [[n:{n2}]]: Selamat datang. Beta ketua arisan, kalo mau ikut WA beta [[p:{hpu2}]]
""",
        orig={1: "bali"},
    ),
    T(
        "official_reply",
        "civil_registry",
        """
Catatan surel masuk {tgl}: From: [[n:{f1}]], [[n:{g1}]] <[[e:{emk1}]]>
Subject: NITKU belum muncul
Balasan KPP: Yth. Bapak/Ibu [[n:{g1}]], NITKU Bapak/Ibu adalah [[npwp:{npwpt1}]]. Untuk pertanyaan lain silakan hubungi Kring Pajak 1500200 atau email informasi@pajak.go.id.
""",
        orig={1: "local"},
    ),
    T(
        "shift_handover",
        "neighbourhood",
        """
SERAH TERIMA — POS PENGADUAN KELURAHAN {KEL}
- Penelepon [[n:{n1}]] ([[p:{trz1}]], telp rumah) lapor lampu gang mati.
- Warga [[n:{n2}]], HP [[p:{hpc2}]], minta surat keterangan domisili.
- Pos kamling {owa} (pos jaga).
Petugas berikut: [[n:{g3}]]
""",
    ),
    T(
        "visitor_register",
        "schools",
        """
Rekap NPWP guru honor {school} (diminta bendahara)
[[n:{n1}]] — [[npwp:{npwpd1}]]
[[n:{n2}]] — [[npwp:{npwpn2}]]
[[n:{n3}]] — [[npwp:{npwpz3}]]
[[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
""",
    ),
    T(
        "visitor_register",
        "social_aid",
        """
DAFTAR CALON PENERIMA (salinan PDF)
No Nama NIK No. KK RT/RW HP
1 [[n:{N1}]] [[nik:{nik1}]] [[kk:{kk1}]] [[a:{rtk1}]] [[p:{hpb1}]]
2 [[n:{N2}]] [[nik:{nik2}]] [[kk:{kk2}]] [[a:{rtk2}]] [[p:{hpb2}]]
""",
    ),
    T(
        "flyer_quote",
        "health",
        """
Spanduk di depan pustu:
PELAYANAN KB GRATIS
HUB. [[p:{hpo1}]] / [[p:{hqo1}]]
(BIDAN [[n:{No1}]])
Bidannya sudah pindah tugas, tapi warga masih telpon ke nomor itu.
""",
        F=(1,),
    ),
    # without spans
    T(
        "call_note",
        "neighbourhood",
        """
{hm1} | Telp dari Hotel {kel} Indah | {otel} | tamu hilang dompet | diteruskan ke Polsek {otel2}
{hm2} | PO Timor Jaya | {owa} | bus mogok di {jl} | Dishub
{hm3} | Komite PAUD {kel} | {owa2} | minta data anak | -
""",
    ),
    T(
        "kupang_chat",
        "scam_fraud",
        """
{dt1} kaka: Ada SMS dari {scam}: 'Rekening BRI Anda diblokir, hubungi CS kami {scam2}'
{dt2} ade: Jang telpon! Bank pung nomor resmi {otel}, ato 14017
""",
    ),
    T(
        "official_reply",
        "scam_fraud",
        """
Waspada penipuan yang mengatasnamakan Bank NTT melalui nomor pribadi seperti {scam}. Bank NTT tidak pernah meminta PIN atau kode OTP. Hubungi call center {otel} atau kantor cabang terdekat. Rekening resmi hanya atas nama nasabah sendiri; kode referensi {num}{num2}{num3}.
""",
    ),
    T(
        "flyer_quote",
        "trade_housing",
        """
Nota toko:
TOKO BANGUNAN {SEDOT}
{JLNO}
TELP/WA {bizo}
NPWP : {npwpx}
NO. NOTA {num}{num2}
Semen yg dibeli sudah keras semua, toko tidak mau tukar.
""",
    ),
]


if __name__ == "__main__":
    main()
