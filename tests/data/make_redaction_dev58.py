# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401
"""Write tests/data/redaction_dev58.jsonl: public services and the people who use and staff them.

Hospitals, clinics, pharmacies and labs; PDAM and PLN; ojek and taxi apps, bemo, buses, ferries,
airlines and travel agents; banks, pawnshops and money transfer; phone and internet providers;
post and couriers; markets and supermarkets; hotels and boarding houses; the counters of
Dukcapil, Samsat, BPJS, the tax office and immigration in Kota Kupang and NTT. Whose phone number
and whose mailbox it is when a service and a person stand side by side: call centres, WhatsApp
business lines, SMS short codes, hotlines, extensions, faxes, branches' landlines, a driver's or
a courier's own mobile, a doctor's own number, a customer's own mailbox and a service's desks.

Ten styles: complaints about a service, receipts and slips as typed or OCR'd, chats with an
agent, call-centre and counter notes, reviews and posts, letters and e-mails with signatures,
directories and posters, appointment and delivery notices, forwarded scam warnings, forms with
identity blocks.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{hp1}``,
``{owa1}`` ...) and alternatives (``«one¦other»``, one drawn per filling), each filled several
times with invented values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev58.py`` (standard library only, deterministic);
``--review`` also prints every unlabelled run of digits and every unlabelled ``@`` token with the
forty characters before it; ``--show N SEED`` prints N texts drawn at random with their spans
marked; ``--dry`` writes nothing; ``--style S`` builds one style only and writes nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 58_2026_1207
OUT = Path(__file__).with_name("redaction_dev58.jsonl")
PREFIX = "d58"
FILLS = 7

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
    "service_complaint",
    "receipt_slip",
    "agent_chat",
    "desk_note",
    "review_post",
    "service_letter",
    "directory_poster",
    "appointment_delivery",
    "scam_forward",
    "identity_form",
)
THEMES = (
    "health",
    "utilities",
    "transport",
    "banking",
    "telecom",
    "post_courier",
    "market_retail",
    "lodging",
    "agency_counter",
    "scam_fraud",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 5,
    "name": 300,
    "phone": 250,
    "email": 60,
    "themes": 10,
}
# words that may stand before a name but never open its span: titles, kin words, roles
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "dokter",
    "drg", "pdt", "ns", "ners", "apt", "apoteker", "bidan", "perawat", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ade", "usi", "nyong", "bung", "kel", "yth", "saudara",
    "saudari", "ketua", "kepala", "kasir", "teller", "sopir", "driver", "kurir", "petugas", "agen",
    "admin", "cs", "operator", "satpam", "resepsionis", "pelapor", "penelepon", "pasien", "nasabah",
    "pelanggan", "penerima", "pengirim", "nama", "an", "atas", "ttd", "salam", "hormat", "dari",
    "to", "from", "cc", "hp", "wa", "sa", "sy", "saya", "beta", "pemilik", "penumpang", "tamu",
}  # fmt: skip
# name words shared by many people (Balinese birth-order names, Bugis and Butonese particles)
SHARED = {"made", "wayan", "ketut", "nyoman", "putu", "gede", "komang", "luh", "daeng", "ode",
          "umbu", "rambu", "sri", "siti", "andi", "muhammad", "maria", "ayu"}  # fmt: skip
PROVINCES = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34",
             "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74",
             "75", "76", "81", "82", "91", "92", "94"}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev58)

GIVEN_M = (
    "Yohanis", "Marthen", "Nikodemus", "Semuel", "Melkianus", "Ferdinand", "Yeremias", "Kornelis",
    "Yakobus", "Benyamin", "Gerson", "Dominikus", "Agustinus", "Efraim", "Zakarias", "Matheos",
    "Imanuel", "Selfianus", "Aris", "Welem", "Oktavianus", "Rudolof", "Hendrikus", "Stefanus",
    "Paulus", "Yoseph", "Yosias", "Ebenhaezer", "Alfred", "Yunior", "Rikardus", "Arnoldus",
    "Wilhelmus", "Godlief", "Ayub", "Lambert", "Yunus", "Frengki", "Decky", "Ronaldo",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Marselina", "Debora", "Agustina", "Naomi", "Yohana", "Sarlota", "Margarita",
    "Magdalena", "Merlin", "Yasinta", "Ance", "Fransiska", "Oktovina", "Serlin", "Welmince",
    "Dorkas", "Elisabet", "Rahel", "Veronika", "Ermelinda", "Irene", "Katarina", "Lusia", "Priska",
    "Theresia", "Karolina", "Yeni", "Maria Goreti", "Adriana", "Florida", "Novita", "Sisilia",
    "Aprilia", "Yustina", "Helena", "Regina", "Natalia", "Juwita", "Getruida",
)  # fmt: skip
FAMILY = {
    "timor": ("Taneo", "Boimau", "Tualaka", "Nubatonis", "Oematan", "Sabneno", "Nenoliu",
              "Banunaek", "Kase", "Tlonaen", "Atonis", "Nitbani", "Selan", "Ataupah", "Tamonob",
              "Sanam", "Faot", "Nomleni", "Oenunu", "Kolloh", "Nabuasa", "Tahoni"),
    "rote": ("Ndolu", "Pandie", "Mooy", "Fanggidae", "Messakh", "Ndoen", "Tungga", "Lenggu",
             "Henukh", "Ndaomanu", "Lassa", "Saudale", "Haning", "Foeh", "Dethan", "Zacharias",
             "Manu", "Pellokila", "Adoe", "Mesakh"),
    "sabu": ("Bire", "Djami", "Lado", "Hege", "Kana", "Djawa", "Hina", "Dida", "Wadu", "Haba",
             "Rihi", "Dimu", "Ludji", "Riwu Kaho", "Lay Rihi", "Dju Dara", "Ga Lena", "Bunga"),
    "flores": ("Koten", "Making", "Kelen", "Lamanepa", "Tukan", "Wuwur", "Laka", "Bataona",
               "Hurint", "Lewar", "Seran", "Parera", "Soge", "Nong", "Mandala", "Wake", "Rewo",
               "Gadi Djou", "Kila", "Nahak", "Bria", "Mau", "Lobo", "Sareng"),
    "alor": ("Laumal", "Mautuka", "Kafolamau", "Lanmai", "Atamau", "Malaikosa", "Molina",
             "Maure", "Tangkaliwa", "Blegur"),
}  # fmt: skip
SUMBA = {
    "M": ("Umbu Rara", "Umbu Lapu", "Umbu Ngailu", "Umbu Janggu", "Umbu Kudu"),
    "F": ("Rambu Ana", "Rambu Hamu", "Rambu Ipu", "Rambu Konda", "Rambu Lika"),
    "family": ("Praing", "Hunga", "Kaborang", "Wohangara", "Ndapamerang", "Pekuwali",
               "Landu Praing", "Tamu Ina"),
}  # fmt: skip
# (sex, full name, the name a person is called by, family name)
OTHER_PEOPLE = {
    "bali": (
        ("M", "I Wayan Sudarsana", "Wayan", "Sudarsana"),
        ("M", "I Ketut Artawan", "Ketut", "Artawan"),
        ("M", "I Nyoman Widiarta", "Nyoman", "Widiarta"),
        ("M", "I Gede Suarjana", "Gede", "Suarjana"),
        ("M", "I Putu Ariawan", "Putu", "Ariawan"),
        ("F", "Ni Made Ayu Lestari", "Made", "Lestari"),
        ("F", "Ni Luh Putu Sriani", "Luh", "Sriani"),
        ("F", "Ni Komang Ratih", "Komang", "Ratih"),
        ("F", "Ni Ketut Suwitri", "Ketut", "Suwitri"),
    ),
    "bugis": (
        ("M", "Syamsuddin Daeng Nassa", "Syamsuddin", "Nassa"),
        ("M", "Haerul Anwar", "Haerul", "Anwar"),
        ("M", "Andi Baso Rahman", "Baso", "Rahman"),
        ("M", "Mustari Daeng Rowa", "Mustari", "Rowa"),
        ("F", "Hasnah Daeng Bau", "Hasnah", "Bau"),
        ("F", "Andi Nurhayati", "Nurhayati", "Nurhayati"),
        ("F", "Rahmawati Laupe", "Rahmawati", "Laupe"),
    ),
    "buton": (
        ("M", "La Ode Hasrun", "Hasrun", "Hasrun"),
        ("M", "La Ode Muhammad Ikbal", "Ikbal", "Ikbal"),
        ("M", "La Hasani", "Hasani", "Hasani"),
        ("F", "Wa Ode Rahmiati", "Rahmiati", "Rahmiati"),
        ("F", "Wa Ode Nurlina", "Nurlina", "Nurlina"),
    ),
    "java": (
        ("F", "Sri Wahyuni", "Wahyuni", "Wahyuni"),
        ("M", "Agus Prasetyo", "Agus", "Prasetyo"),
        ("F", "Siti Khotimah", "Khotimah", "Khotimah"),
        ("M", "Dwi Hartono", "Dwi", "Hartono"),
        ("F", "Rina Kusumawati", "Rina", "Kusumawati"),
        ("M", "Joko Susilo", "Joko", "Susilo"),
        ("F", "Endang Pujiastuti", "Endang", "Pujiastuti"),
        ("M", "Bambang Wiryawan", "Bambang", "Wiryawan"),
    ),
    "chinese": (
        ("F", "Tan Siu Mei", "Siu Mei", "Tan"),
        ("M", "Lim Kian Hok", "Kian Hok", "Lim"),
        ("M", "Liem Hong Bing", "Hong Bing", "Liem"),
        ("F", "Tjoa Lian Hwa", "Lian Hwa", "Tjoa"),
        ("F", "Ang Kim Lan", "Kim Lan", "Ang"),
        ("M", "Hendrik Tanuwijaya", "Hendrik", "Tanuwijaya"),
        ("F", "Stefanie Halim", "Stefanie", "Halim"),
        ("F", "Yenny Gunawan", "Yenny", "Gunawan"),
    ),
}
ORIGINS = (("timor", 30), ("rote", 16), ("sabu", 12), ("flores", 16), ("alor", 5), ("sumba", 6),
           ("bali", 4), ("bugis", 4), ("buton", 3), ("java", 4), ("chinese", 4))  # fmt: skip
NTT = ("timor", "rote", "sabu", "flores", "alor", "sumba")
REGION = {
    "timor": ("5301", "5302", "5303", "5304", "5321"),
    "rote": ("5314",),
    "sabu": ("5320",),
    "flores": ("5306", "5307", "5308", "5309", "5310", "5313", "5315", "5316", "5319"),
    "alor": ("5305",),
    "sumba": ("5311", "5312", "5317", "5318"),
    "bali": ("5171", "5103", "5108"),
    "bugis": ("7371", "7308", "7313"),
    "buton": ("7404", "7472"),
    "java": ("3578", "3374", "3471"),
    "chinese": ("5371", "3578", "7371"),
}

# ---------------------------------------------------------------- places (written for dev58)

KELURAHAN = (
    "Oebufu", "Kayu Putih", "Liliba", "Fatululi", "Oesapa", "Oesapa Barat", "Lasiana",
    "Pasir Panjang", "Naikoten I", "Naikolan", "Kuanino", "Fontein", "Airnona", "Bakunase",
    "Oetete", "Nunbaun Sabu", "Namosain", "Penkase Oeleta", "Manulai II", "Fatukoa", "Naioni",
    "Sikumana", "Bello", "Kolhua", "Naimata", "Penfui", "Maulafa", "Oepura", "Oeba", "Solor",
    "Nefonaek", "Bonipoi", "Mantasi", "Tuak Daun Merah", "Kelapa Lima", "Oebobo",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Kelinci", "Jl. Tekukur", "Jl. Bajawa", "Jl. Kedondong", "Jl. Delima", "Jl. Flamboyan",
    "Jl. Matani", "Jl. Oekam", "Jl. Bimoku", "Gg. Anggrek", "Gg. Fajar", "Gg. Cendana",
    "Lr. Pinang", "Jl. Air Lobang", "Jl. Sejahtera", "Jl. Kamboja", "Jl. Jambu Mete",
    "Jl. Srikaya", "Jl. Belimbing", "Gg. Mawar Putih", "Jl. Sirih", "Jl. Kuda Laut",
    "Jl. Batu Kadera", "Jl. Perkutut", "Gg. Sukacita", "Jl. Nusa Indah", "Jl. Lontar Raya",
)  # fmt: skip
ESTATES = ("Perumnas Blok", "BTN Kolhua Blok", "Perum Oebufu Asri Blok", "Griya Penfui Permai Blok",
           "Perum Bumi Lasiana Blok")  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Timor Raya", "Jl. Frans Seda", "Jl. Soeharto", "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo", "Jl. Moh. Hatta", "Jl. Jend. Sudirman", "Jl. Ahmad Yani",
    "Jl. Urip Sumoharjo", "Jl. Adisucipto", "Jl. Perintis Kemerdekaan", "Jl. H.R. Koroh",
    "Jl. Veteran", "Jl. Cak Doko", "Jl. Sam Ratulangi", "Jl. Herewila", "Jl. R.A. Kartini",
)  # fmt: skip
BANKS = ("Bank NTT", "Bank NTT", "BRI", "BRI", "BNI", "Mandiri", "BSI", "BCA")
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com",
         "ymail.com", "outlook.com", "icloud.com")  # fmt: skip
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# mobile prefixes with weights (Telkomsel first in NTT)
MOBILE = (
    ("0812", 16), ("0813", 18), ("0821", 10), ("0822", 12), ("0823", 8), ("0852", 15),
    ("0853", 13), ("0811", 3), ("0851", 5), ("0815", 2), ("0857", 3), ("0858", 2), ("0819", 2),
    ("0878", 2), ("0838", 1), ("0895", 2), ("0896", 1), ("0881", 1), ("0882", 1), ("0817", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0816", "0818", "0855", "0856", "0859", "0877",
                                     "0831", "0832", "0833", "0897", "0898", "0899", "0887"}  # fmt: skip
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
NBSP = "\u00a0"


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
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 26)

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

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            return prefix + str(r.randint(1, 9)) + self.digits(r.choice((7, 7, 7, 7, 6, 8)))

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str = "") -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "g", "t", "i", "p", "j", "k", "m", "c", "u", "v", "w", "o"),
                (30, 14, 13, 5, 3, 8, 5, 7, 6, 3, 2, 1, 1, 1, 2),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "g": f"{a} {raw[4:7]} {raw[7:]}" if len(raw) == 11 else f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "p": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "m": f"62 {a[1:]} {b} {c}",
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
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        if how == "x":  # a plain writing
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "i", "j", "k")))
        if how == "l":  # local writings only
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "g", "t")))
        if how == "z":  # international writings only
            return self.write_mobile(raw, r.choice(("i", "p", "j", "k", "m", "c")))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        forms = (
            f"{a} {b}",
            f"({a}) {b}",
            f"{a}-{b}",
            f"({a}) {b[:3]} {b[3:]}",
            f"{a} {b[:3]} {b[3:]}",
        )
        return self.rng.choices(forms, (14, 12, 12, 8, 6))[0]

    # -- identity numbers
    def write_id(self, raw: str, how: str = "") -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (78, 17, 5))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "n":
            k = r.choice((6, 8, 10))
            return raw[:k] + "\n" + raw[k:]
        if how == "o":
            pos = [k for k, ch in enumerate(raw) if ch in "0158" and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 2), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "m":  # a digit left out
            k = r.randint(6, 14)
            return raw[:k] + raw[k + 1 :]
        raise KeyError(how)

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        spec = self.spec
        for _ in range(800):
            sex = "F" if i in spec["F"] else "M" if i in spec["M"] else r.choice("MF")
            origin = (
                spec["O"].get(i) or r.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
            )
            if isinstance(origin, tuple):
                origin = r.choice(origin)
            if origin == "sumba":
                given = (
                    r.choice(SUMBA[sex])
                    if r.random() < 0.6
                    else r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                )
                family = r.choice(SUMBA["family"])
                full = f"{given} {family}"
                called = (
                    given.split()[-1] if given.startswith(("Umbu", "Rambu")) else given.split()[0]
                )
            elif origin in OTHER_PEOPLE:
                _, full, called, family = r.choice([x for x in OTHER_PEOPLE[origin] if x[0] == sex])
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = r.choice(FAMILY[origin])
                full = f"{given} {family}"
                called = given.split()[0]
            words = {w.lower() for w in full.split() if len(w) > 2} - SHARED
            if words & self.used_words or any(w in spec["avoid"] for w in words):
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name %d" % i)
        year = r.randint(1948, 1962) if i in spec["E"] else r.randint(1963, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if origin in NTT and r.random() < 0.35:
            district = r.choice(REGION[origin]) + "%02d" % r.randint(1, 14)
        elif origin not in NTT and r.random() < 0.25:
            district = r.choice(REGION[origin]) + "%02d" % r.randint(1, 12)
        else:
            district = "5371" + r.choice(("01", "02", "03", "04", "05", "06"))
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 3100)
            )
        )
        kk = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 25))
                + "%04d" % r.randint(1, 9999)
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((5, 15, 16, 25, 36, 44, 49, 54, 57, 66, 72, 79, 84, 91)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "921", "922")),
                )
            )
        )
        gl = _ascii(called.split()[-1])
        fl = _ascii(family.split()[-1])
        if fl == gl:
            parts = [_ascii(w) for w in full.split()]
            fl = parts[-2] if len(parts) > 1 and len(parts[-2]) > 2 else "ntt"
        yy = "%02d" % (year % 100)
        local = r.choice((f"{gl}{fl}{r.randint(1, 99)}", f"{gl}.{fl}", f"{gl}_{fl}{yy}", f"{fl}.{gl}{yy}",
                          f"{gl[0]}{fl}{r.randint(10, 99)}", f"{gl}{yy}kpg", f"{gl}.{fl}{r.randint(1, 9)}",
                          f"{fl}{gl[:3]}{yy}", f"{gl}{fl}.kupang"))  # fmt: skip
        if r.random() < 0.15:
            ad = "%s %s No. %d" % (r.choice(ESTATES), r.choice("ABCDEFGHJK"), r.randint(1, 48))
        else:
            house = str(r.randint(1, 140)) + r.choice(("", "", "", "", "", "A", "B"))
            ad = f"{r.choice(HOME_STREETS)} {r.choice(('No. ', 'No. ', 'No ', 'no. ', 'No.'))}{house}"
        rt = self.rtrw()
        bank = r.choice(BANKS)
        p = {
            "n": full, "N": full.upper(), "l": full.lower(), "g": called, "G": called.upper(),
            "lg": called.lower(), "f": family, "F": family.upper(), "sex": sex, "origin": origin,
            "nikraw": nik, "kkraw": kk, "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(), "mob2": self.mobile_raw(), "land": self.land_raw(),
            "local": local, "host": r.choice(HOSTS),
            "work": r.choice((f"{gl}.{fl}", f"{gl[0]}{fl}", f"{gl}{fl[:3]}")),
            "lahir": "%02d-%02d-%d" % (dd, mm, year), "lahirb": "%d %s %d" % (dd, MONTHS[mm - 1], year),
            "age": str(self.year - year), "bank": bank, "rek": self.account(bank), "ad": ad,
            "adr": f"{ad}, {rt}" if r.random() < 0.7 else f"{ad} {rt}", "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 12)), "pl": self.plate(),
            "kel": r.choice(KELURAHAN), "mr": "MRS" if sex == "F" else "MR", "jk": "PEREMPUAN" if sex == "F" else "LAKI-LAKI",
        }  # fmt: skip
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 42), r.randint(1, 14)
        return r.choice(("RT %03d/RW %03d" % (a, b), "RT %02d/RW %02d" % (a, b), "RT %d RW %d" % (a, b),
                         "RT %02d/%02d" % (a, b), "RT.%02d/RW.%02d" % (a, b), "rt %d rw %d" % (a, b)))  # fmt: skip

    def plate(self) -> str:
        r = self.rng
        sep = r.choice((" ", " ", " ", ""))
        return "%s%s%d%s%s" % (r.choice(("DH", "DH", "DH", "DH", "EB", "ED", "EA")), sep, r.randint(1000, 9999), sep,
                               r.choice(("AB", "AK", "KA", "KN", "BE", "AE", "KH", "AT", "C", "AJ", "KL", "A", "AM", "BK")))  # fmt: skip

    def account(self, bank: str) -> str:
        """An account number in its bank's shape."""
        r = self.rng
        if bank == "BRI":  # 15 digits
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
        if bank == "Bank NTT":
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s.01.%s.%s-%d"
                        % (
                            r.choice(("001", "002", "004", "034")),
                            r.choice(("01", "02")),
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        r.choice(("0010102", "0020101", "0340102")) + self.digits(7),
                    )
                )
            )
        if bank == "BCA":  # 10 digits
            d = r.choice(("31", "03", "78", "84")) + self.digits(8)
            return self.fresh(lambda: r.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}")))
        return self.fresh(lambda: "7" + r.choice("12345") + self.digits(8))  # BSI: 10 digits


# ---------------------------------------------------------------- placeholders

MOBILE_HOWS = set("bdsgtipjkmcuvwonxlz")
ID_HOWS = set("bstnom")
BANK_KEYS = {
    "rkbri": "BRI",
    "rkbni": "BNI",
    "rkmdr": "Mandiri",
    "rkntt": "Bank NTT",
    "rkbca": "BCA",
    "rkbsi": "BSI",
}
AIRLINES = (
    "GA",
    "JT",
    "IW",
    "ID",
    "IU",
    "QG",
    "IN",
)  # Garuda, Lion, Wings, Batik, Super Air Jet, Citilink, NAM


def _clock(fl: Fill, i: int) -> int:
    """Minutes after midnight of the i-th time stamp of a text, rising."""
    if "clock0" not in fl.cache:
        fl.cache["clock0"] = str(fl.rng.randint(7 * 60, 19 * 60))
    base = int(fl.cache["clock0"])
    key = "clock%d" % i
    if key not in fl.cache:
        prev = int(fl.cache.get("clock%d" % (i - 1), base)) if i > 1 else base
        fl.cache[key] = str(min(prev + fl.rng.choice((1, 2, 3, 5, 8, 13, 21, 34)), 23 * 60 + 50))
    return int(fl.cache[key])


def person_value(fl: Fill, name: str, i: int) -> str | None:
    """A person's placeholder, or None when the name is not one."""
    r = fl.rng
    if name in (
        "n",
        "N",
        "l",
        "g",
        "G",
        "lg",
        "f",
        "F",
        "ad",
        "adr",
        "rt",
        "rtk",
        "pl",
        "lahir",
        "lahirb",
        "age",
        "kel",
        "jk",
        "mr",
        "bank",
        "rek",
    ):
        return fl.person(i)[name]
    p = None
    if name.startswith("hp") and (name == "hp" or (len(name) == 3 and name[2] in MOBILE_HOWS)):
        p = fl.person(i)
        return fl.write_mobile(p["mob"], name[2:])
    if name == "hq":
        return fl.write_mobile(fl.person(i)["mob2"], "x")
    if name == "tr":
        return fl.write_land(fl.person(i)["land"])
    if name.startswith("nik") and (name == "nik" or name[3:] in ID_HOWS):
        return fl.write_id(fl.person(i)["nikraw"], name[3:])
    if name.startswith("kk") and (name == "kk" or name[2:] in ID_HOWS):
        return fl.write_id(fl.person(i)["kkraw"], name[2:])
    if name in ("np", "npd", "npn", "npt", "nps", "npb", "npz"):
        p = fl.person(i)
        old = p["npwp15"]
        return {
            "np": _dotted(old), "npd": _dotted(old), "npn": p["nikraw"], "npt": p["nikraw"] + "000000",
            "nps": f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}", "npb": old, "npz": "0" + old,
        }[name]  # fmt: skip
    if name in ("bpjs", "bpjss"):
        raw = fl.person(i)["bpjsraw"]
        return raw if name == "bpjs" else f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
    if name in ("em", "emp", "emx", "emn", "emw"):
        p = fl.person(i)
        local, host = p["local"], p["host"]
        if name == "emw":
            return p["work"]
        how = {"em": r.choices("px", (80, 20))[0], "emp": "p", "emx": "x", "emn": "n"}[name]
        if how == "p":
            return f"{local}@{host}"
        if how == "n":
            return f"{local}\n@{host}"
        parts = host.split(".")
        return r.choice((
            f"{local} [at] " + " [dot] ".join(parts), f"{local}(at){host}", f"{local} at " + " dot ".join(parts),
            f"{local} @{host}", f"{local} @ {host}", f"{local}@" + "(titik)".join(parts), f"{local}(et){host}",
            f"{local}[@]{host}", f"{local}(keong){host}", f"{local}@{parts[0]}," + ".".join(parts[1:]),
        ))  # fmt: skip
    if name in BANK_KEYS:
        key = "acct-%s-%d" % (name, i)
        if key not in fl.cache:
            fl.cache[key] = fl.account(BANK_KEYS[name])
        return fl.cache[key]
    return None


def value(fl: Fill, name: str, index: str) -> str:
    r = fl.rng
    i = int(index) if index else 0
    v = person_value(fl, name, i)
    if v is not None:
        return v
    d = fl.digits
    if name == "owa":  # a service's or an office's WhatsApp or mobile line
        return fl.write_mobile(fl.mobile_raw(), "x")
    if name == "owal":
        return fl.write_mobile(fl.mobile_raw(), "l")
    if name == "owaz":
        return fl.write_mobile(fl.mobile_raw(), "z")
    if name in ("otel", "ofax"):
        return fl.write_land(fl.land_raw())
    if name == "ext":
        return str(r.randint(101, 420))
    if name == "tf":  # toll free
        return r.choice(
            (
                "0800-1-%s-%s" % (d(3), d(3)),
                "0800 1%s %s" % (d(3), d(3)),
                "08001%s%s" % (d(3), d(3)),
            )
        )
    if name == "kelx":
        return r.choice(KELURAHAN)
    if name == "pjl":
        return "%s No. %d" % (r.choice(PUBLIC_STREETS), r.randint(1, 160))
    if name == "pst":
        return r.choice(PUBLIC_STREETS)
    if name == "hst":
        return r.choice(HOME_STREETS)
    # look-alikes
    if name == "resi":  # courier tracking numbers
        return r.choice(
            (
                "JP%s" % d(10),
                "JX%s" % d(10),
                "0%s" % d(15),
                "CM%sID" % d(9),
                "P%s" % d(12),
                "00%s" % d(10),
                "TKP01-%s" % d(8),
            )
        )
    if name == "book":  # airline or ferry booking code
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if name == "tiket":
        return r.choice(
            (
                "TKT-%d-%s" % (fl.year, d(6)),
                "%s%s" % (d(4), d(9)),
                "#%s" % d(8),
                "LPR-%d-%s" % (fl.year, d(5)),
            )
        )
    if name == "order":
        return r.choice(
            (
                "RB-%s" % d(10),
                "GK-%s-%s" % (d(4), d(6)),
                "A-%s" % d(9),
                "INV/%d/%02d/%s" % (fl.year, fl.month, d(5)),
                "%s" % d(12),
            )
        )
    if name == "idpel":  # PLN customer id
        return "53" + r.choice("1234") + d(9)
    if name == "meter":
        return r.choice(("14", "32", "45", "56")) + d(9)
    if name == "token":
        return (
            " ".join(d(4) for _ in range(5))
            if r.random() < 0.7
            else "-".join(d(4) for _ in range(5))
        )
    if name == "samb":  # PDAM connection
        return "%02d-%02d-%s" % (r.randint(1, 9), r.randint(1, 20), d(6))
    if name == "va":
        return r.choice(
            (
                "8808%s" % d(12),
                "88888%s" % d(11),
                "7%s" % d(15),
                "3901%s" % d(12),
                "12345%s" % d(10),
            )
        )
    if name == "ref":
        return r.choice((d(12), d(16), "FT%s" % d(12), "%s%s" % (d(6), d(6))))
    if name == "struk":
        return r.choice(
            ("%s/%s/%s" % (d(4), d(3), d(5)), "TRX%s" % d(10), "%s.%s.%s" % (d(3), d(2), d(6)))
        )
    if name == "antri":
        return "%s-%03d" % (r.choice("ABCDF"), r.randint(1, 160))
    if name == "rm":  # medical record number
        return r.choice(
            (
                "%02d.%02d.%02d" % (r.randint(0, 99), r.randint(0, 99), r.randint(0, 99)),
                "RM-%s" % d(6),
                d(8),
            )
        )
    if name == "sep":
        return "2401R%s%02d%02dV%s" % (d(3), fl.month, fl.day, d(6))
    if name == "flight":
        return "%s %d" % (r.choice(AIRLINES), r.randint(100, 9999))
    if name == "seat":
        return "%d%s" % (r.randint(1, 34), r.choice("ABCDEF"))
    if name == "room":
        return str(r.choice((1, 2, 3, 4, 5)) * 100 + r.randint(1, 28))
    if name == "voucher":
        return "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ0123456789") for _ in range(10))
    if name == "pin":
        return d(6)
    if name == "noreg":
        return "%s%s" % (d(4), d(10))
    if name == "nopol":  # a complaint's police report number
        return "STPL/%d/%s/%d/SPKT" % (
            r.randint(10, 999),
            r.choice(("I", "III", "V", "VII", "IX", "XI")),
            fl.year,
        )
    if name == "npx":  # a body's NPWP
        return _dotted(
            "%02d%s920%s"
            % (
                r.choice((1, 2, 3, 21, 31, 66, 70, 74, 80, 83)),
                d(7),
                r.choice(("000", "000", "001")),
            )
        )
    if name == "imei":
        return "35" + d(13)
    if name == "surat":
        return "%03d/%s/%s/%d" % (
            r.randint(1, 900),
            r.choice(("PLN", "PDAM", "UM", "KEP", "DKCS", "SAM")),
            r.choice(("I", "IV", "VI", "X", "XII")),
            fl.year,
        )
    if name == "num":
        return str(r.randint(2, 40))
    if name == "pct":
        return str(r.randint(5, 60))
    # dates and times
    if name == "tgl":
        return "%02d/%02d/%d" % (max(1, fl.day - i), fl.month, fl.year)
    if name == "tgls":
        return "%02d-%02d-%02d" % (max(1, fl.day - i), fl.month, fl.year % 100)
    if name == "tglb":
        return "%d %s %d" % (max(1, fl.day - i), MONTHS[fl.month - 1], fl.year)
    if name == "bln":
        return MONTHS[fl.month - 1]
    if name == "thn":
        return str(fl.year)
    if name == "hari":
        return r.choice(DAYS[:6])
    if name == "jam":
        m = _clock(fl, i or 1)
        return "%02d.%02d" % (m // 60, m % 60)
    if name == "jamc":
        m = _clock(fl, i or 1)
        return "%02d:%02d" % (m // 60, m % 60)
    if name == "ts":  # a chat export's time stamp
        m = _clock(fl, i or 1)
        return "%02d/%02d/%d %02d.%02d" % (fl.day, fl.month, fl.year, m // 60, m % 60)
    raise KeyError(name)


PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
MONEY = re.compile(r"\{(Rp|jt)(\d+)-(\d+)\}")


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``."""
    return ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)


def money(fl: Fill, unit: str, low: int, high: int) -> str:
    """{Rp50-90}: a sum between Rp 50.000 and Rp 90.000; {jt1-5}: 1 to 5 million."""
    r = fl.rng
    if unit == "jt":
        return r.choice(("%d jt", "%d juta", "Rp %d.000.000", "Rp%d.000.000,-")) % r.randint(
            low, high
        )
    step = 1 if high <= 20 else 5 if high <= 200 else 25 if high <= 2000 else 250
    v = r.randint(low // step, high // step) * step * 1000
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-", "IDR %s")) % f"{v:,}".replace(",", ".")


def fill(template: str, fl: Fill) -> str:
    template = MONEY.sub(
        lambda m: money(fl, m.group(1), int(m.group(2)), int(m.group(3))), template
    )

    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        if key not in fl.cache:
            fl.cache[key] = value(fl, m.group(1), m.group(2))
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
        spans.append({"kind": KINDS[m.group(1).lower()], "start": length, "end": length + len(val)})
        values.append(val)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, values


# ---------------------------------------------------------------- checks

NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
ADDRESS_START = re.compile(
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perumnas|perum\b|btn|griya|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
PUNCT_EDGE = ".,;:!?-/'\")]}>|_•"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


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
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OolISB]", "", seg).translate(OCR_BACK))


def name_title(seg: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if words[:2] == ["wa", "ode"]:  # Buton's women's names open with Wa
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
            if s["kind"] == "npwp" and len(d) == 22:
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


MALE_WORDS = r"om|opa|bapa|pak|bpk|bapak|bp|tn|sdr|suami|ayah|bung|nyong|kakek"
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|ny|nyonya|sdri|nona|istri|usi|bidan|nenek"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s*,?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % (MALE_WORDS, FEMALE_WORDS)
)
MALE_SET = set(MALE_WORDS.split("|"))


def T(style: str, theme: str, text: str, *, F: tuple[int, ...] = (), M: tuple[int, ...] = (),
      E: tuple[int, ...] = (), orig: dict[int, object] | None = None) -> tuple:  # fmt: skip
    """A template: its style, theme, text and what it says of its people (F women, M men, E the
    elderly, orig an origin)."""
    spec = {"F": F, "M": M, "E": E, "O": orig or {}}
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
    bare = PLACEHOLDER.sub(" ", MARKER.sub(lambda m: " " + m.group(2) + " ", chosen))
    return {
        "F": set(base["F"]) | auto["F"],
        "M": set(base["M"]) | auto["M"],
        "E": set(base["E"]),
        "O": dict(base["O"]),
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)", seg):
            return "written to dodge scrapers"
        if re.search(r"\.(go|co|ac|or)\.id$", seg, re.IGNORECASE) and "yahoo" not in seg:
            return "a person's own on a service's or an office's domain"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt|\d", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|btn|griya", seg):
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
            return (
                "15 digits dotted"
                if "-" in seg
                else "15 digits in spaced groups"
                if " " in seg
                else "15 digits in one block"
            )
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
    if kind in ("nik", "kk") and len(id_digits(seg)) != 16:
        return "15 digits"
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
    print("length of a text: %d to %d characters (%d on average), %d to %d lines (%d on average)"
          % (min(lengths), max(lengths), sum(lengths) / len(lengths), min(lines), max(lines), sum(lines) / len(lines)))  # fmt: skip
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
    for kind in ("name", "phone", "email"):
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1}/{lg1} the name a person is
# called by, {f1}/{F1} the family name; {hp1} the person's mobile in any writing ({hpb1} block,
# {hpd1} dashes, {hps1} spaces, {hpi1}/{hpp1}/{hpj1} +62, {hpk1}/{hpm1} 62, {hpc1} (+62), {hpo1}
# letters for digits, {hpn1} over a line, {hpx1} plain, {hpl1} local, {hpz1} international), {hq1}
# a second mobile, {tr1} the home's landline; {nik1} ({nikb1} {niks1} {nikt1} {nikn1} {niko1}
# {nikm1}); {kk1}; {np1} NPWP ({nps1} spaced, {npn1} the NIK, {npt1} NITKU, {npz1} 0 and the old
# number); {bpjs1} {bpjss1}; {em1} ({emp1} plain, {emx1} a dodge, {emn1} over a line), {emw1} the
# local part of a work mailbox; {rek1}/{bank1}, {rkbri1} {rkbni1} {rkmdr1} {rkntt1} {rkbca1}
# {rkbsi1}; {ad1} {adr1} {rt1} {rtk1} {pl1} {lahir1} {lahirb1} {age1} {kel1} {jk1}.
# Services (nobody's): {owa} {owal} {owaz} mobiles, {otel} {ofax} lines, {ext}, {tf} toll free,
# {pjl} a public street and number; look-alikes {resi} {book} {tiket} {order} {idpel} {meter}
# {token} {samb} {va} {ref} {struk} {antri} {rm} {sep} {flight} {seat} {room} {voucher} {pin}
# {noreg} {nopol} {imei} {surat} {num} {pct}; figures {Rp5-90} {jt1-5} {tgl} {tgls} {tglb} {bln}
# {thn} {hari} {jam} {jamc} {ts}; places {kelx} {pst} {hst}.

TEMPLATES: list[tuple] = []

# ---------------------------------------------------------------- service_complaint
S = "service_complaint"
TEMPLATES += [
    T(
        S,
        "utilities",
        """
Yth. Perumda Air Minum Tirta Lontar Kota Kupang
sy [[n:{n1}]] pelanggan no samb {samb}, alamat [[a:{adr1}]] Kel. {kel1}. Air su «2 minggu¦10 hari¦hampir 1 bulan» sonde mengalir, tapi tagihan bulan {bln} tetap {Rp85-240}. Sdh telp call center {otel} sonde angkat, WA pengaduan {owa} cuma centang satu.
Mohon petugas cek meteran ({meter}). Kalau mau survei hubungi sy di [[p:{hp1}]] «atau suami [[n:{g2}]] [[p:{hp2}]]¦»
Trims""",
        F=(1,),
    ),
    T(
        S,
        "utilities",
        """
«Selamat pagi PLN UP3 Kupang¦Kepada PLN ULP Kupang»,
Sy mau komplain. ID pelanggan {idpel} a.n. [[n:{N1}]]. Beli token {Rp50-200} tgl {tgl} jam {jam}, no token {token} ditolak terus di meteran. Sdh telp PLN 123 «2x¦3 kali», dapat no laporan {tiket}.
Petugas yang datang, Pak [[n:{n2}]], kasi nomor pribadi dia [[p:{hp2}]] tapi skrg sonde bisa dihubungi.
Rumah sy di [[a:{ad1}]], «samping kios¦depan gereja», HP [[p:{hp1}]].""",
    ),
    T(
        S,
        "transport",
        """
Sy mau lapor driver ojol. Order {order} tgl {tgl} dari Bundaran PU ke «Bandara El Tari¦Pelabuhan Tenau¦RSUD S.K. Lerik», tarif di aplikasi {Rp25-60} tp driver minta {Rp70-120}. Driver a.n. [[n:{n2}]], motor Beat plat [[pl:{pl2}]], «nomor dia¦no WA drivernya» [[p:{hp2}]].
CS aplikasi cuma balas otomatis, hotline {tf} juga sibuk.
Pelapor: [[n:{n1}]]
HP: [[p:{hp1}]]
Email: [[e:{em1}]]""",
    ),
    T(
        S,
        "health",
        """
Kami mau sampaikan keluhan pelayanan IGD «RSUD S.K. Lerik¦RSUD Prof. Dr. W. Z. Johannes¦RS Bhayangkara Drs. Titus Uly» tgl {tgl}. Mama sy [[n:{n3}]] (peserta BPJS no kartu [[bpjs:{bpjs3}]]) tunggu dari jam {jam1} sampai jam {jam2} baru ditangani. No RM {rm}. Telp IGD {otel} sonde angkat, nomor pengaduan RS {owa} juga sonde balas.
Dokter jaga waktu itu dr. [[n:{n2}]], sudah baik tapi perawat bilang kamar penuh.
Sy anaknya, [[n:{n1}]], tinggal di [[a:{adr1}]]. HP/WA [[p:{hp1}]]""",
        F=(3,),
        E=(3,),
    ),
    T(
        S,
        "banking",
        """
KOMPLAIN ATM
Sy tarik tunai «{Rp500-1500}¦{jt1-2}» di ATM «BRI Unit Oesapa¦BRI Cabang Kupang» tgl {tgl} jam {jam}, uang sonde keluar tp saldo terpotong. No rek sy [[b:{rkbri1}]] a.n. [[n:{N1}]]. Sdh lapor ke call center 14017 dan ke CS di kantor, dapat no tiket {tiket}, katanya 14 hari kerja. Skrg su {num} hari.
Mohon dibantu, hub [[p:{hp1}]] «atau email [[e:{em1}]]¦».""",
    ),
    T(
        S,
        "post_courier",
        """
Paket sy «resi {resi}¦no resi {resi}» dari Surabaya status «DELIVERED¦sudah diterima» tgl {tgl}, padahal sy sonde terima apa-apa. Yg tanda tangan katanya "[[n:{g3}]]", sy sonde kenal. Kurirnya [[n:{n2}]] no [[p:{hp2}]] sonde angkat. CS «J&T¦JNE¦SiCepat» Kupang {otel} bilang tunggu investigasi.
Isi paket HP {Rp1500-3500}.
Alamat sy [[a:{adr1}]], Kel. {kel1}
[[n:{n1}]] - [[p:{hp1}]]""",
    ),
    # without personal data
    T(
        S,
        "agency_counter",
        """
Pelayanan Samsat «Kota Kupang¦di MPP» sangat lambat. Tgl {tgl} sy ambil nomor antrian {antri} jam {jam1}, baru dipanggil jam {jam2}. Loket 3 dan 4 kosong. Bayar pajak {Rp350-1200}, tambah biaya «cetak¦map» {Rp10-25}, tanpa kwitansi. Nomor pengaduan Samsat {owa} tidak pernah balas. Tiket LAPOR sy {tiket}. Mohon Kepala UPT perhatikan.""",
    ),
    T(
        S,
        "telecom",
        """
Internet rumah mati sejak {tgl}. Sdh lapor ke 147, no tiket gangguan {tiket}. Teknisi janji datang jam {jam1} tapi sonde muncul. GraPARI (0380) 8«32¦21»«5¦6»«1¦4»«7¦0»«1¦9» juga cuma suruh tunggu. Sdh {num} hari bayar {Rp300-450} per bulan untuk paket 30 Mbps tp sonde bisa pake. Sudah DM ke @IndiHome dan email ke customercare@telkom.co.id, belum ada balasan.""",
    ),
    T(
        S,
        "transport",
        """
Keluhan kapal cepat ke Rote. Tiket kode booking {book} untuk tgl {tgl}, jam {jamc1} berangkat, harga {Rp175-260}. Kapal ditunda sampai jam {jamc2} tanpa info. Call center «ASDP¦operator» {owa} sonde angkat, email «cs@¦info@»bahari-express.co.id sonde balas. Penumpang {num}0 orang lebih tunggu di Pelabuhan Tenau. Mohon Dishub tegur.""",
    ),
    T(
        S,
        "market_retail",
        """
Sy belanja di «Hypermart Flobamora Mall¦Transmart Kupang¦Lippo Plaza Kupang» tgl {tgl} jam {jam}. Harga di rak {Rp25-60} tp di kasir {Rp30-75}. No struk {struk}, kasir nomor {num}. Sdh WA ke layanan konsumen {owa} dan email konsumen@«hypermart.co.id¦transmart.co.id», katanya akan dicek. Kode voucher {voucher} juga gagal dipakai. Mohon YLKI NTT bantu.""",
    ),
]

# ---------------------------------------------------------------- receipt_slip
S = "receipt_slip"
TEMPLATES += [
    T(
        S,
        "banking",
        """
BUKTI TRANSFER
«BRImo¦BNI Mobile Banking¦Livin' by Mandiri»
Tanggal      : {tgl} {jamc}
No. Ref      : {ref}
Dari         : [[n:{N1}]]
Rekening     : [[b:{rek1}]]
Ke           : [[n:{N2}]]
Bank Tujuan  : {bank2}
No Rekening  : [[b:{rek2}]]
Nominal      : {Rp250-4500}
Berita       : «bayar kos {bln}¦titip untuk mama¦uang sekolah»
Status       : BERHASIL""",
    ),
    T(
        S,
        "utilities",
        """
STRUK PEMBELIAN LISTRIK PRABAYAR
«KIOS PULSA¦LOKET PPOB» «BERKAT JAYA¦SAHABAT CELL» OEBUFU
NO METER   : {meter}
IDPEL      : {idpel}
NAMA       : [[n:{N1}]]
TARIF/DAYA : R1/«900¦1300» VA
RP BAYAR   : {Rp20-200}
KWH        : «32,4¦61,8¦15,2»
STROOM/TOKEN:
{token}
TGL {tgls} {jamc}  REF {ref}
Info gangguan: PLN 123""",
    ),
    T(
        S,
        "transport",
        """
E-TIKET PESAWAT
Kode Booking : {book}
Penumpang    : {mr1} [[n:{N1}]]
Penerbangan  : {flight}  KOE - «SUB¦DPS¦CGK»
Tanggal      : {tglb}  {jamc}
Kursi        : {seat}
Bagasi       : 20 kg
Kontak pemesan: [[p:{hp1}]] / [[e:{emp1}]]
Harga        : {Rp950-2400}
Call center maskapai «0804 1 778899¦021-2985 5000» · check-in tutup 45 menit""",
    ),
    T(
        S,
        "banking",
        """
PT PEGADAIAN «CP Oebobo¦UPC Oesapa¦CP Kupang»
SURAT BUKTI GADAI
No. SBG    : {noreg}
Nasabah    : [[n:{N1}]]
NIK        : [[nik:{nik1}]]
Alamat     : [[a:{adr1}]]
No HP      : [[p:{hp1}]]
Barang     : «cincin emas 3,2 gr¦kalung emas 5 gr¦laptop»
Taksiran   : {Rp2000-6500}
Pinjaman   : {Rp1500-5000}
Jatuh tempo: {tgl}
Layanan: (0380) «821¦832» «441¦507» · Call center 1500 569""",
    ),
    T(
        S,
        "health",
        """
APOTEK «KIMIA FARMA EL TARI¦SEHAT SENTOSA OEPURA»
{pjl}, Kupang · Telp {otel}
NPWP: «01.302.584.9-921.000¦02.944.117.0-920.000»
No. Resep {rm}   Tgl {tgls}
Pasien : [[n:{N1}]]
Dokter : dr. [[n:{n2}]]
- Amoxicillin 500mg x10   {Rp15-40}
- Paracetamol 500mg x10   {Rp5-12}
TOTAL {Rp25-70}
Kasir: {num}  Jam {jamc}""",
    ),
    T(
        S,
        "lodging",
        """
INVOICE / KWITANSI
«HOTEL TELUK KUPANG¦KOS PUTRI BUNGA LILIBA¦GUEST HOUSE NAIKOTEN»
No: {order}
Diterima dari : [[n:{n1}]]
HP tamu       : [[p:{hp1}]]
Kamar «{room}¦no {room}», «1¦2¦3¦5» malam, {tgl}
Jumlah        : {Rp350-2400}
Pembayaran transfer ke rek «pribadi pemilik¦pemilik» BRI [[b:{rkbri2}]] a.n. [[n:{n2}]]
Reservasi: WA {owa} / «reservasi.telukkupang@gmail.com¦booking@bungaliliba.com¦frontoffice.naikoten@gmail.com»""",
    ),
    # without personal data
    T(
        S,
        "utilities",
        """
PERUMDA AIR MINUM TIRTA LONTAR
Jl. «Kelapa Lima¦Soeharto» No. «2¦58», Telp (0380) 8«33¦47» «029¦868»
REKENING AIR BULAN {bln} {thn}
No Sambungan : {samb}
Gol. Tarif   : R«2¦3»
Stand Meter  : {num}1 - {num}8
Pemakaian    : «14¦21¦9» m3
Tagihan      : {Rp60-240}
Denda        : {Rp5-10}
Bayar di loket atau VA {va} sebelum tgl 20.""",
    ),
    T(
        S,
        "post_courier",
        """
JNE «KUPANG OEBOBO¦AGEN OESAPA»
CONNOTE : {resi}
ORIGIN  : KOE10000  DEST: «SBY10000¦CGK10000¦DPS10000»
SERVICE : «REG¦YES¦OKE»  BERAT: «1¦2¦3» KG
ONGKIR  : {Rp35-160}
ASURANSI: {Rp2-10}
TGL     : {tgls} {jamc}
CS JNE (021) 2927 8888 · www.jne.co.id
Cek resi di aplikasi atau WA {owa}""",
    ),
    T(
        S,
        "agency_counter",
        """
MAL PELAYANAN PUBLIK KOTA KUPANG
NOMOR ANTRIAN
{antri}
Layanan : «DUKCAPIL - KTP-el¦SAMSAT - Pajak Tahunan¦BPJS KESEHATAN¦IMIGRASI - Paspor»
Tanggal : {tgl}   Jam: {jamc}
Sisa antrian: {num}
Pengaduan: SMS 1708 · WA {owa}
lapor.go.id · IG @mpp.kotakupang""",
    ),
    T(
        S,
        "market_retail",
        """
«INDOMARET¦ALFAMART» «OEBUFU 2¦WALIKOTA¦EL TARI 3»
{pjl} KUPANG
NPWP «02.117.833.2-092.000¦01.337.168.4-054.000»
{tgls} {jamc} {num}/KSR{num}/{struk}
AQUA 600ML      2 x 4.000
INDOMIE GRG     5 x 3.500
TOTAL           {Rp25-90}
TUNAI           {Rp50-100}
LAYANAN KONSUMEN «SMS 0811 1500 280¦1500 959»
KRITIK&SARAN: kontak@«indomaret.co.id¦alfamart.co.id»""",
    ),
]

# ---------------------------------------------------------------- agent_chat
S = "agent_chat"
TEMPLATES += [
    T(
        S,
        "telecom",
        """
[{ts1}] Veronika (Virtual Assistant): Halo Kak, ada yang bisa dibantu?
[{ts2}] [[n:{g1}]]: sinyal di «Fatukoa¦Naioni¦Oesapa» hilang dari kemarin
[{ts3}] Veronika (Virtual Assistant): Mohon info nomor yang bermasalah ya Kak
[{ts4}] [[n:{g1}]]: [[p:{hp1}]]
[{ts5}] Agen [[n:{g3}]]: Terima kasih Kak [[n:{g1}]]. Sudah kami buat laporan {tiket}, estimasi 3x24 jam. Untuk info lanjut bisa ke 188 atau GraPARI {otel}.
[{ts6}] [[n:{g1}]]: ok. kalo teknisi mau datang tlp «sy¦ke nomor lain» [[p:{hq1}]] sj""",
    ),
    T(
        S,
        "banking",
        """
Chat Bank NTT Care
Agen: Selamat «pagi¦siang», dengan [[n:{g2}]] Bank NTT, ada yang bisa dibantu?
Nasabah: sy mau blokir kartu ATM, hilang di pasar
Agen: Baik Bapak/Ibu, mohon nama lengkap sesuai buku tabungan
Nasabah: [[n:{N1}]]
Agen: Nomor rekening?
Nasabah: [[b:{rkntt1}]]
Agen: Tanggal lahir?
Nasabah: {lahir1}
Agen: Kartu sudah kami blokir, no laporan {tiket}. Untuk kartu baru silakan ke kantor cabang terdekat bawa KTP. Info: call center 1500 138 atau WA {owa}.""",
    ),
    T(
        S,
        "transport",
        """
[{ts1}] [[n:{l1}]]: kak sy pesan travel Kupang-«Soe¦Atambua¦Kefamenanu» besok pagi 2 org
[{ts2}] Timor Express Travel: Siap kak, jemput jam 06.00. Nama dan alamat jemput?
[{ts3}] [[n:{l1}]]: [[n:{n1}]], [[a:{ad1}]] dekat «SD Inpres¦kios» Kel. {kel1}
[{ts4}] Timor Express Travel: Ok kak. Harga {Rp100-175} per org. Sopir besok Om [[n:{g2}]] mobil Avanza [[pl:{pl2}]], no sopir [[p:{hp2}]]
[{ts5}] [[n:{l1}]]: sip. no sy ini [[p:{hp1}]] e kak""",
    ),
    T(
        S,
        "post_courier",
        """
Live chat SiCepat
CS: Halo, dengan [[n:{g3}]], silakan nomor resinya kak
Pelanggan: {resi}
CS: Paket sudah di hub Kupang sejak {tgl}. Boleh dibantu nomor HP penerima dan alamat lengkap?
Pelanggan: [[n:{n1}]] [[p:{hp1}]], [[a:{adr1}]], Kel. {kel1}, Kec. «Maulafa¦Oebobo¦Kelapa Lima»
CS: Terima kasih, kurir «[[n:{g2}]]¦a.n. [[n:{n2}]]» akan menghubungi dari [[p:{hp2}]] hari ini. Mohon jangan berikan kode OTP ke siapa pun ya kak.""",
    ),
    T(
        S,
        "health",
        """
[{ts1}] [[n:{n1}]]: Halo Klinik, sy mau daftar poli gigi besok
[{ts2}] Klinik Pratama Sehat Oebufu: Halo kak, silakan kirim nama, NIK dan no BPJS
[{ts3}] [[n:{n1}]]: [[n:{n1}]]
NIK [[nik:{nik1}]]
BPJS [[bpjs:{bpjs1}]]
[{ts4}] Klinik Pratama Sehat Oebufu: Terdaftar no antrian {antri}, jam 08.00. drg. [[n:{n2}]] praktek sampai 12.00. Info ke {otel} ya kak.""",
    ),
    T(
        S,
        "lodging",
        """
[{ts1}] [[n:{g1}]]: kak masih ada kamar kos kosong?
[{ts2}] Kos Bukit Indah Liliba: ada kak 1 kamar, {Rp600-1200}/bulan, listrik token sendiri
[{ts3}] [[n:{g1}]]: bisa lihat besok? sy mahasiswa Undana
[{ts4}] Kos Bukit Indah Liliba: bisa kak, nanti ketemu ibu kos langsung, «Mama¦Ibu» [[n:{g2}]] [[p:{hp2}]]. Alamatnya [[a:{ad2}]] (rumah ibu kos, depan kos)
[{ts5}] [[n:{g1}]]: ok trims kak""",
        F=(2,),
    ),
    # without personal data
    T(
        S,
        "utilities",
        """
[{ts1}] Pelanggan: Halo PLN, listrik padam di «Oebufu¦Kolhua¦Penfui» dari jam {jam1}
[{ts2}] PLN Mobile: Mohon maaf atas ketidaknyamanannya. Mohon informasikan ID pelanggan
[{ts3}] Pelanggan: {idpel}
[{ts4}] PLN Mobile: Laporan {tiket} diterima. Petugas akan menuju lokasi. Estimasi {num}0 menit. Info gangguan 123 atau (0380) 8«21¦33» «115¦467»
[{ts5}] Pelanggan: ok""",
    ),
    T(
        S,
        "agency_counter",
        """
Chatbot Dukcapil: Selamat datang di layanan online Dukcapil Kota Kupang. Ketik 1 untuk KTP-el, 2 untuk KK, 3 untuk akta.
Pengguna: 2
Chatbot Dukcapil: Perubahan KK: unggah formulir F-1.06 dan KK lama. Nomor pengajuan Anda {noreg}. Cek status di WA {owa} jam 08.00-15.00.
Pengguna: berapa lama?
Chatbot Dukcapil: 3 hari kerja. Pengaduan: SMS 1708 atau email pengaduan@dukcapil.kupangkota.go.id.""",
    ),
    T(
        S,
        "banking",
        """
[{ts1}] Nasabah: min, transfer sy ke VA {va} belum masuk
[{ts2}] Chatbot BSI: Mohon info tanggal, jam dan nominal transaksi
[{ts3}] Nasabah: {tgl} jam {jamc}, {Rp150-900}, ref {ref}
[{ts4}] Chatbot BSI: Transaksi sedang direkonsiliasi, tiket {tiket}. Estimasi 2 hari kerja. Info: 14040
[{ts5}] Nasabah: ok""",
    ),
    T(
        S,
        "transport",
        """
[{ts1}] Penumpang: kak jadwal kapal Kupang-«Sabu¦Rote¦Larantuka» minggu ini?
[{ts2}] ASDP Kupang: KMP «Ranaka¦Inerie II¦Ile Mandiri» {hari} jam {jamc2}, dari Pelabuhan Bolok. Tiket online di Ferizy, kode booking muncul di email. Dewasa {Rp120-260}, motor {Rp150-300}.
[{ts3}] Penumpang: kalo batal?
[{ts4}] ASDP Kupang: refund 75% max H-1. Info 191 atau WA {owa}.""",
    ),
]

# ---------------------------------------------------------------- desk_note
S = "desk_note"
TEMPLATES += [
    T(
        S,
        "utilities",
        """
CATATAN CALL CENTER PDAM - {tgl}
{jam1} | penelepon [[n:{l1}]] | [[p:{hp1}]] | air keruh, no samb {samb}
{jam2} | penelepon tidak sebut nama | [[p:{hp3}]] | pipa bocor di {pst}
{jam3} | Hotel «Sasando¦Kristal» | {otel} | minta tangki
{jam4} | [[n:{n2}]] | [[p:{hp2}]] | meteran hilang, rumah [[a:{ad2}]]
Diteruskan ke Seksi Distribusi ext. {ext}""",
    ),
    T(
        S,
        "agency_counter",
        """
Catatan loket BPJS Kesehatan Cabang Kupang, {tgl}
Peserta: [[n:{n1}]], no kartu [[bpjs:{bpjs1}]], NIK [[nik:{nik1}]]
Keluhan: status non aktif, padahal iuran PBI. Pindah faskes dari Puskesmas «Oebobo¦Sikumana¦Bakunase» ke klinik.
Kontak peserta: [[p:{hp1}]]
Tindak lanjut: dicek ke Dinsos, jawab via WA. Petugas loket {num}.
Pandawa 0811 8165 165 diberitahukan ke peserta.""",
    ),
    T(
        S,
        "transport",
        """
Laporan Pos Pengaduan Bandara El Tari
Tgl {tgl} jam {jam}
Pelapor: [[n:{n1}]], penumpang {flight} kursi {seat}
Koper hilang, tag bagasi {noreg}.
HP pelapor [[p:{hp1}]], email [[e:{em1}]]
Alamat di Kupang: [[a:{adr1}]]
Lost & Found: (0380) 8«81¦33» «1¦8»«20¦44», ext. {ext}
Petugas jaga: «Bripka¦Sdr.» [[n:{n2}]]""",
    ),
    T(
        S,
        "banking",
        """
Catatan CS Kantor Pos Kupang - Wesel/Western Union
Pengirim di luar negeri: [[n:{n3}]] (Malaysia)
Penerima: [[n:{n1}]], NIK [[nik:{nik1}]]
No MTCN {noreg}, nominal {Rp1500-6500}
Penerima minta dana dikirim ke rek «BNI [[b:{rkbni1}]]¦Bank NTT [[b:{rkntt1}]]»
«HP¦No telp» penerima: [[p:{hp1}]]; rumah [[p:{tr1}]]
Call center Pos 1500161""",
    ),
    T(
        S,
        "health",
        """
BUKU REGISTER PENGADUAN RSUD - {bln} {thn}
1. {tgl1} · [[n:{n1}]] · keluarga pasien · [[p:{hp1}]] · obat harus beli di luar
2. {tgl2} · anonim · [[p:{hp2}]] · parkir mahal {Rp5-10}
3. {tgl3} · Puskesmas «Alak¦Oepoi» · {otel} · rujukan ditolak
4. {tgl4} · [[n:{n3}]] · pasien BPJS [[bpjs:{bpjs3}]] · antre «2¦3¦4¦5» jam
Ditindaklanjuti Bagian Humas, ext. {ext}""",
    ),
    T(
        S,
        "telecom",
        """
GraPARI Kupang - form keluhan
Nama pelanggan : [[n:{N1}]]
No. yang dikeluhkan : [[p:{hp1}]]
No. alternatif : [[p:{hq1}]]
Keluhan : pulsa terpotong {Rp10-50} untuk layanan yang tidak didaftarkan (kode *{num}#)
No tiket : {tiket}
Petugas : [[n:{g2}]], meja {num}
Dijawab lewat SMS dari 188 maks 3 hari.""",
    ),
    # without personal data
    T(
        S,
        "utilities",
        """
Rekap call center PLN ULP Kupang, {tgl}
Telepon 123: {num}0 laporan
WA {owa}: {num} laporan
(0380) 8«33¦21»«4¦1»«11¦02»: {num} laporan
Padam terencana: feeder «Oebobo¦Penfui», jam {jam1} - {jam2}
Token gagal: {num} kasus, rata-rata {Rp50-100}""",
    ),
    T(
        S,
        "agency_counter",
        """
Catatan piket KPP Pratama Kupang, {tgl}
08.10 | Wajib pajak tanya NPWP 16 digit, diarahkan ke Kring Pajak 1500200
09.25 | Telp dari Bendahara Dinas «PUPR¦Kesehatan» {otel}, soal bukti potong
10.40 | WP badan CV «Lontar Jaya¦Timor Abadi», NPWP {npx}, efin hilang
13.05 | WA {owa} (helpdesk) rusak, dialihkan
Petugas piket: seksi pelayanan""",
    ),
    T(
        S,
        "transport",
        """
Catatan Dishub - keluhan angkot, {tgl}
Jalur «1¦3¦5¦10» Kuanino - Oebobo: «3¦5¦7» laporan ugal-ugalan, jam {jam1}-{jam2}
Tarif ditarik {Rp5-8} padahal Perwali {Rp4-5}
Laporan masuk: SMS 1708 («1¦2»), WA Dishub {owa} («2¦4»), telp {otel}
Tindak lanjut: razia {hari} depan Terminal Kupang""",
    ),
    T(
        S,
        "lodging",
        """
Logbook front office Hotel «Neo Aston¦Sotis¦Swiss-Belinn» Kupang
{tgl} 22.15 kamar {room} AC bocor, engineering ext. {ext}
{tgl} 23.40 kamar {room} minta extra bed {Rp150-250}
Reservasi grup Dinas «Kesehatan¦Pariwisata» {num} kamar, kode {book}
Telepon dari Travel {otel} soal penjemputan bandara""",
    ),
]

# ---------------------------------------------------------------- review_post
S = "review_post"
TEMPLATES += [
    T(
        S,
        "transport",
        """
★☆☆☆☆ [[n:{n1}]] · {num} ulasan
Sopir taksi online «Maxim¦Grab» kemarin ugal-ugalan di {pst}, HP di tangan terus. Mobil Xenia putih [[pl:{pl2}]], nama di aplikasi "[[n:{g2}]]". Sy sdh lapor ke aplikasi, order {order}, belum ada jawaban. Kalau ada yg alami sama hubungi sy [[p:{hp1}]].
Tanggapan pemilik: Mohon maaf Kak, silakan hubungi CS kami di {tf}.""",
    ),
    T(
        S,
        "health",
        """
Komentar:
[[n:{l1}]]: «Apotek¦Lab» «Kasih¦Sentosa» «Oebobo¦Oesapa» tutup jam 9 padahal di google buka 24 jam. Tlp {otel} sonde angkat
«Lab Klinik Prodia Kupang¦Apotek Sentosa Oesapa»: Mohon maaf kak, jam operasional berubah. Info WA {owa}
[[n:{n2}]]: sama, kemarin sy ju. Untung ada bidan [[n:{g3}]] di kompleks, nomor dia [[p:{hp3}]], bisa bantu cek tensi
[[n:{l1}]]: makasih kak [[n:{g2}]]""",
        F=(3,),
    ),
    T(
        S,
        "post_courier",
        """
Info Kupang ({num}rb anggota)
Hati2 pake kurir «lokal¦harian» «Flobamora Express¦Kirim Cepat Kupang». Paket kue sy isi {Rp150-400} sonde sampai. Kurirnya namanya [[n:{n2}]], WA [[p:{hp2}]], skrg blokir sy. Admin kantor di {pjl} bilang bukan urusan mereka. Yg mau bantu DM sy ya, [[n:{n1}]] [[p:{hp1}]]
{num} komentar · {num} dibagikan""",
    ),
    T(
        S,
        "market_retail",
        """
Ulasan Google - Pasar «Oebobo¦Kasih Naikoten¦Oeba»
[[n:{n1}]] · Local Guide · {num} foto
Pasar becek, parkir {Rp2-5} tp sonde ada karcis. Yg bagus: kios sayur «Mama¦Ibu» [[n:{g2}]] di los B, bisa pesan antar, WA [[p:{hp2}]]. Harga wajar.
{num} orang merasa ulasan ini berguna""",
        F=(2,),
    ),
    T(
        S,
        "lodging",
        """
@«kupang.viral¦infokupangterkini» komentar:
[[n:{l1}]]: kos di dekat «Undana¦Unwira¦Poltekkes» yg bersih dmana e?
kos_griya_penfui: Di kami ada kak, {Rp700-1100}, WA {owa}
[[n:{l2}]]: coba tanya Om [[n:{g3}]], dia ada kos 6 kamar di [[a:{ad3}]], nomornya [[p:{hp3}]]
[[n:{l1}]]: makasih kak""",
        M=(3,),
    ),
    T(
        S,
        "banking",
        """
«Facebook¦Grup WA» Warga Kupang
Terima kasih Teller Bank «NTT¦BRI» «Cabang Utama¦Unit Naikoten», Ibu [[n:{n2}]], yang bantu mama sy urus rekening yang terblokir. Pelayanan ramah. Nomor antrian sy {antri}, cuma tunggu {num} menit.
- [[n:{n1}]]""",
        F=(2,),
    ),
    # without personal data
    T(
        S,
        "telecom",
        """
kupang_bersuara
{num} mnt
Sinyal «Telkomsel¦Indosat¦XL» di «Bolok¦Sikumana¦Lasiana» hilang dari jam {jam1}. Sdh tlp 188, dapat tiket {tiket}. Katanya gangguan BTS. Ada yg sama? #kupang #sinyal
{num}0 suka · {num} komentar
telkomsel: Hai Kak, mohon DM nomor tiketnya ya. Info juga di 188 atau @telkomsel""",
    ),
    T(
        S,
        "transport",
        """
★★★★☆ Bandara El Tari Kupang
Toilet bersih, tp parkir {Rp5-15} per jam mahal. Penerbangan {flight} delay {num}0 menit. Info bandara di (0380) 8«81¦82» «1¦2»«3¦8»«20¦45», WA {owa}. Taksi bandara ke kota {Rp85-150}. Wifi @ElTariFreeWifi lemot.
{num} orang merasa berguna""",
    ),
    T(
        S,
        "lodging",
        """
★★☆☆☆ Hotel di {pst}
Check-in jam 14.00 tp kamar baru siap 16.30. Kamar {room} AC rusak, pindah ke {room}. Harga {Rp450-900} per malam, sarapan biasa. Telp resepsionis {otel} tidak diangkat malam hari. Booking via Traveloka {order}.
Tanggapan hotel: Terima kasih masukannya. Hubungi reservation@«hotelsasando¦kristalhotel».co.id""",
    ),
    T(
        S,
        "market_retail",
        """
Promo «Ramayana¦Matahari¦Transmart» Kupang sampai {tgl}! Diskon {pct}% + voucher {Rp25-100} utk belanja min {Rp250-500}. Kode: {voucher}. Cek katalog di www.«ramayana¦matahari».co.id atau IG @«ramayana.kupang¦matahari.kupang». Info: {otel}
{num} suka · {num} komentar""",
    ),
]

# ---------------------------------------------------------------- service_letter
S = "service_letter"
TEMPLATES += [
    T(
        S,
        "banking",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Bank NTT Kantor Cabang Utama <kcu.kupang@bankntt.co.id>
Subject: Keberatan potongan angsuran

Selamat siang,
Angsuran KUR sy dipotong 2x bulan {bln}. No rekening [[b:{rkntt1}]], no pinjaman {noreg}. Mohon dikembalikan ke rekening yg sama.
Bisa hubungi sy di [[p:{hp1}]].

Salam,
[[n:{n1}]]""",
    ),
    T(
        S,
        "utilities",
        """
From: Perumda Air Minum Tirta Lontar <noreply@pdamkotakupang.co.id>
To: [[e:{emp1}]]
Subject: Tanggapan pengaduan {tiket}

Yth. Bapak/Ibu [[n:{n1}]],
Pengaduan kebocoran pipa di [[a:{ad1}]] sudah ditangani petugas kami Bapak [[n:{n2}]] ([[e:{emw2}@pdamkotakupang.co.id]]) pada {tgl}. Jika masih ada kendala hubungi call center (0380) 8«33¦47» «029¦868» atau WA {owa}.
Email ini dikirim otomatis, mohon tidak dibalas.""",
    ),
    T(
        S,
        "agency_counter",
        """
KANTOR IMIGRASI KELAS I TPI KUPANG
Jl. Adisucipto, Penfui · Telp (0380) 8«81¦82»«07¦14»«1¦5» · kanim.kupang@imigrasi.go.id

Nomor: IMI.{num}-GR.01.01-{num}{num}
Kepada Yth.
Sdr. [[n:{n1}]]
[[a:{adr1}]]
di Kupang

Permohonan paspor Saudara dengan kode billing {va} telah selesai. Mohon diambil di loket 2 dengan membawa KTP. Pertanyaan: WA {owa}.
Kepala Seksi Lalu Lintas Keimigrasian""",
    ),
    T(
        S,
        "health",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
To: Layanan Pelanggan RS Siloam Kupang <cs.kupang@siloamhospitals.com>
Cc: [[e:{emp2}]]

Saya mau tanya tagihan rawat inap anak saya [[n:{g2}]] (MR {rm}), total {Rp3500-9500}, padahal ikut asuransi. Tolong kirim rincian ke email ini atau WA [[p:{hp1}]].
Terima kasih,
[[n:{g1}]]""",
        orig={1: ("timor", "rote", "sabu", "flores", "alor")},
    ),
    T(
        S,
        "telecom",
        """
Pada {tglb} {jamc}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Internet IndiHome saya no {noreg} putus terus. Mohon teknisi datang ke [[a:{ad1}]].

Yth. Bapak/Ibu [[n:{n1}]],
Teknisi kami, Sdr. [[n:{n2}]], akan datang {hari} {jam}. Bila berhalangan hubungi dia di [[p:{hp2}]] atau 147.
Salam, Customer Care Telkom Regional Bali Nusra""",
    ),
    T(
        S,
        "lodging",
        """
Kupang, {tglb}
Kepada Yth. Manajer Hotel «Kristal¦On The Rock¦Aston»
Di tempat

Sy [[n:{n1}]], tamu kamar {room} tgl {tgl}, mau sampaikan barang sy (tas laptop) tertinggal. Petugas housekeeping sdh janji simpan. Mohon kirim ke alamat sy [[a:{adr1}]] atau hubungi [[p:{hp1}]] / [[e:{em1}]].
Hormat sy,
[[n:{n1}]]""",
    ),
    # without personal data
    T(
        S,
        "banking",
        """
From: BRI <notifikasi@bri.co.id>
Subject: Transaksi BRImo Berhasil

Transfer ke rekening tujuan ****{pin} sebesar {Rp100-2500} pada {tgl} {jamc} WITA berhasil. No. Ref {ref}.
Jika bukan Anda, segera hubungi Contact BRI 1500017 atau email callbri@bri.co.id. BRI tidak pernah meminta PIN, OTP atau password.""",
    ),
    T(
        S,
        "agency_counter",
        """
From: Kantor Pelayanan Pajak Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: Undangan asistensi SPT Tahunan

Yth. Wajib Pajak,
Asistensi pengisian SPT dibuka Senin-Jumat, jam 08.00-15.00 di {pjl}. Antrian online via WA {owa}. Kring Pajak 1500200. Nomor BPE akan dikirim ke email terdaftar.
Salam, Seksi Pelayanan""",
    ),
    T(
        S,
        "post_courier",
        """
From: Pos Indonesia <no-reply@posindonesia.co.id>
Subject: Kiriman {resi}

Kiriman Anda telah tiba di Kantor Pos Kupang 85000 pada {tgl} {jamc}. Bea masuk {Rp50-350}, bayar via kode billing {va}. Info: Halo Pos 1500161 atau halopos@posindonesia.co.id.""",
    ),
    T(
        S,
        "utilities",
        """
PT PLN (PERSERO) UP3 KUPANG
{pjl}, Kupang · Telp (0380) 8«21¦33»«1¦4»«15¦67»

Nomor: {surat}
Perihal: Pemadaman bergilir

Sehubungan pemeliharaan jaringan, pemadaman terjadi {hari} {tglb} jam {jam1} - {jam2} WITA di Kel. «Oebufu¦Kayu Putih¦Liliba». Informasi: 123 atau WA {owa}.
Manajer UP3 Kupang""",
    ),
]

# ---------------------------------------------------------------- directory_poster
S = "directory_poster"
TEMPLATES += [
    T(
        S,
        "health",
        """
DAFTAR DOKTER PRAKTEK SORE - «Kel. Oebufu¦Kel. Oepura¦Kec. Kelapa Lima»
Nama | Spesialis | Tempat | Kontak
dr. [[n:{n1}]] | umum | rumah, [[a:{ad1}]] | [[p:{hp1}]]
dr. [[n:{n2}]], Sp.A | anak | Klinik «Kasih Bunda¦Sehat Keluarga» | {otel}
drg. [[n:{n3}]] | gigi | praktek di rumah, [[a:{ad3}]] | [[p:{hp3}]]
Apotek 24 jam «Oebufu¦Oepura» | - | {pjl} | {owa}""",
    ),
    T(
        S,
        "transport",
        """
KONTAK OJEK PANGKALAN «DEPAN PASAR KUANINO¦SIMPANG LIMA OEBOBO¦TERMINAL OEBOBO»
1. [[n:{N1}]] ([[p:{hp1}]])
2. [[n:{N2}]] ([[p:{hp2}]])
3. [[n:{N3}]] ([[p:{hp3}]])
Pangkalan buka jam 05.00-22.00. Tarif dalam kota {Rp10-25}.
Keluhan ke Koordinator Pangkalan WA {owa}""",
    ),
    T(
        S,
        "market_retail",
        """
Nama Usaha | Pemilik | HP Pemilik | Lokasi
Kios Sayur Segar | [[n:{n1}]] | [[p:{hp1}]] | Pasar «Oebobo¦Kasih» los C-{num}
Warung Makan «Rote Ndao¦Se'i Babi» | [[n:{n2}]] | [[p:{hp2}]] | {pjl}
Toko Plastik «Sinar¦Abadi» Jaya | (CV) | {owa} | Pasar Oeba blok {num}
Penjahit [[n:{g3}]] | [[n:{n3}]] | [[p:{hp3}]] | rumah, [[a:{ad3}]]""",
    ),
    T(
        S,
        "post_courier",
        """
JADWAL KURIR WILAYAH - JNE «Oebobo¦Oesapa¦Kupang Kota»
Senin-Rabu | [[n:{n1}]] | [[p:{hp1}]] | Kel. {kel1}
Kamis-Sabtu | [[n:{n2}]] | [[p:{hp2}]] | Kel. {kel2}
Kantor | - | {otel} | {pjl}
Komplain: cs@jne.co.id / (021) 2927 8888""",
    ),
    T(
        S,
        "lodging",
        """
INFO KOS PUTRI «GRIYA BUNGA¦PONDOK LONTAR»
Kamar {Rp650-1000}/bulan, air PDAM, wifi
Lokasi: belakang «Gereja Paulus¦SMAK Giovanni», Kel. {kelx}
HUB. [[p:{hp1}]]
([[n:{N1}]])""",
        F=(1,),
    ),
    T(
        S,
        "banking",
        """
Agen BRILink & Laku Pandai - Kel. {kelx}
Agen | Pemilik | Kontak
BRILink «Berkah¦Karya» | [[n:{n1}]] | [[p:{hp1}]]
Agen46 BNI «Maju¦Sejahtera» | [[n:{n2}]] | [[p:{hp2}]]
Bank NTT Agen Laku Pandai | UD «Oebufu Mandiri¦Sumber Rejeki» | {owa}
Tarik tunai maks {Rp1500-3000}/hari""",
    ),
    # without personal data
    T(
        S,
        "agency_counter",
        """
NOMOR LAYANAN PUBLIK KOTA KUPANG
Dukcapil ............ WA {owa}
Samsat .............. (0380) 8«33¦26» «118¦240»
BPJS Kesehatan ...... 165 / Pandawa 0811 8165 165
PDAM Tirta Lontar ... {otel}
PLN ................. 123
Kantor Pos .......... 1500161
Pengaduan Pemkot .... SMS 1708, WA {owaz}
Darurat ............. 112""",
    ),
    T(
        S,
        "health",
        """
Rumah Sakit | Alamat | IGD | WA Pendaftaran
RSUD S.K. Lerik | Jl. Timor Raya | (0380) 8«33¦23»{num}1{num} | {owa}
RS Siloam Kupang | Jl. R.W. Monginsidi | 1500 911 | -
RSUD Prof. Dr. W. Z. Johannes | Jl. Moh. Hatta | {otel} | {owaz}
RS Leona | Jl. Eltari II | (0380) 8«21¦26» «1¦5»«2¦9»«11¦40» | {owal}""",
    ),
    T(
        S,
        "transport",
        """
JADWAL KAPAL CEPAT KUPANG - ROTE
{hari}: 08.30 / 14.00 · Tiket dewasa {Rp185-260}, anak {Rp130-180}
Pelabuhan Tenau, loket buka jam 07.00
Pesan: WA {owa} / {owal}
Email booking: booking.kupang@«baharixpress¦expressbahari».co.id
IG @bahari_express_kupang · Info BMKG 0380 8«21¦25»{num}{num}""",
    ),
    T(
        S,
        "telecom",
        """
GRAPARI & OUTLET RESMI - KUPANG
GraPARI Kupang | {pjl1} | (0380) 8«32¦21» «6¦9»«40¦15» | 08.00-16.00
Outlet «Flobamora Cell¦Lontar Cell» | {pjl2} | WA {owa}
Plasa Telkom | {pjl3} | {otel}
IndiHome 147 · Telkomsel 188 · email cs@telkomsel.co.id""",
    ),
]

# ---------------------------------------------------------------- appointment_delivery
S = "appointment_delivery"
TEMPLATES += [
    T(
        S,
        "health",
        """
KONFIRMASI JANJI TEMU
Pasien : [[n:{n1}]]
No RM  : {rm}
«Poli   : Penyakit Dalam
Dokter : dr. [[n:{n2}]], Sp.PD¦Poli   : Anak
Dokter : dr. [[n:{n2}]], Sp.A¦Poli   : Mata
Dokter : dr. [[n:{n2}]], Sp.M»
Tanggal: {hari}, {tglb} jam «08.00¦09.30¦10.00¦13.30»
No antrian: {antri}
Pembatalan: WA admin poli {owa}. Mohon datang 30 menit lebih awal.
SMS ini dikirim ke [[p:{hp1}]]""",
    ),
    T(
        S,
        "post_courier",
        """
Paket Anda sedang diantar!
No. resi: {resi}
Kurir: [[n:{n2}]] ([[p:{hp2}]])
Penerima: [[n:{n1}]], [[a:{adr1}]]
Estimasi tiba: {jam1} - {jam2}
Mohon siapkan COD {Rp75-350}. Jangan berikan OTP ke kurir.
Lacak di «jet.co.id¦sicepat.com¦lionparcel.com»""",
    ),
    T(
        S,
        "lodging",
        """
Reservasi dikonfirmasi ✅
Hotel «Sasando International¦Kristal¦Ima» Kupang
Kode booking: {book}
Tamu: [[n:{n1}]]
Check-in: {tglb} 14.00 · «1¦2¦3¦4» malam · kamar Deluxe
Kontak tamu: [[p:{hp1}]] · [[e:{emp1}]]
Total {Rp600-2400} (sudah dibayar)
Penjemputan bandara oleh sopir hotel Bpk. [[n:{n2}]] [[p:{hp2}]]
Front office {otel}""",
    ),
    T(
        S,
        "agency_counter",
        """
Yth. [[n:{N1}]]
Jadwal perekaman KTP-el Anda: {hari}, {tglb} jam «08.30¦09.00¦10.30¦13.00», loket {num} Dukcapil Kota Kupang (MPP). Bawa KK asli no [[kk:{kk1}]].
NIK: [[nik:{nik1}]]
Info: WA Dukcapil {owa} (Senin-Jumat 08.00-15.00)""",
    ),
    T(
        S,
        "transport",
        """
Pengingat perjalanan
Halo [[n:{g1}]], penerbangan {flight} Kupang - «Denpasar¦Surabaya¦Jakarta» besok {tglb} jam {jamc}. Kursi {seat}. Kode booking {book}.
Dijemput oleh «driver Grab¦taksi» Bpk [[n:{n2}]], «Avanza¦Innova¦Calya» [[pl:{pl2}]], no HP [[p:{hp2}]], jam {jamc2}.
Diatur oleh «PT Timor Tour¦Flobamora Travel», WA {owa}""",
    ),
    T(
        S,
        "utilities",
        """
PEMBERITAHUAN PEMASANGAN SAMBUNGAN BARU
Kepada: [[n:{n1}]]
Alamat pemasangan: [[a:{adr1}]], Kel. {kel1}
No registrasi: {noreg}
Jadwal: {hari}, {tglb}, antara jam {jam1} - {jam2}
Petugas lapangan: [[n:{n2}]] ([[p:{hp2}]])
Biaya {Rp850-1800} bayar lewat VA {va}
Perumda Air Minum Tirta Lontar · (0380) 8«33¦47» «029¦868»""",
    ),
    # without personal data
    T(
        S,
        "health",
        """
JADWAL VAKSINASI & POSBINDU - PUSKESMAS «OEBOBO¦SIKUMANA¦BAKUNASE»
{tgl2}: imunisasi anak, 08.00-11.00
{tgl1}: cek gula darah {Rp10-15}, gratis peserta JKN
Pendaftaran online WA {owa}
UGD 24 jam (0380) 8«33¦26» «1¦4»«4¦8»«07¦61»
Email: puskesmas.kotakupang@gmail.com""",
    ),
    T(
        S,
        "post_courier",
        """
Paket {resi} tertunda
Alasan: alamat tidak ditemukan. Percobaan ke-{num} pada {tgl} {jamc}.
Paket akan dikembalikan dalam 3 hari jika tidak ada konfirmasi. Hubungi CS {otel} atau WA {owa}, sebutkan nomor resi. Biaya simpan {Rp5-10}/hari.""",
    ),
    T(
        S,
        "banking",
        """
Pengingat jatuh tempo
Angsuran ke-{num} pinjaman {noreg} sebesar {Rp350-1500} jatuh tempo {tgl}. Bayar via VA {va} atau di kantor cabang. Denda Rp 5.000 per hari.
Bank NTT · Call Center 1500 138 · WA {owa}
Abaikan pesan ini jika sudah membayar.""",
    ),
    T(
        S,
        "transport",
        """
Tiket kapal Anda
KMP «Ranaka¦Inerie II» · Kupang (Bolok) - «Rote (Pantai Baru)¦Sabu (Seba)»
{hari}, {tglb} · berangkat {jamc}
Kode booking {book} · «1¦2¦3¦4» penumpang dewasa, 1 kendaraan golongan II
Total {Rp250-650}
Harap tiba 60 menit sebelum. Info ASDP 191 / WA {owa}""",
    ),
]

# ---------------------------------------------------------------- scam_forward
S = "scam_forward"
TEMPLATES += [
    T(
        S,
        "scam_fraud",
        """
*Diteruskan*
Hati2 bapa mama! Ada yg telp ngaku dari PLN, bilang meteran mau diganti, suru transfer {Rp250-750} ke rek BRI [[b:{rkbri2}]] a.n. [[n:{N2}]]. Nomor yg telp {owa}, ngaku petugas PLN. PLN resmi cuma 123 dan aplikasi PLN Mobile.
Sy sdh lapor ke Polresta, no laporan {nopol}.
Info dari [[n:{n1}]] ([[p:{hp1}]]), warga Kel. {kel1}""",
    ),
    T(
        S,
        "scam_fraud",
        """
Fw: WASPADA KURIR PALSU
Td sore sy dapat WA dari {owa}: "Paket anda tertahan, buka file RESI_{pin}.apk". Itu tipu-tipu, jangan dibuka!
Nomor lain jg {owaz} kirim pesan sama.
Kurir JNE yang biasa antar ke kompleks kami tu Om [[n:{g2}]], nomornya [[p:{hp2}]], dia bilang JNE sonde pernah kirim apk.
- [[n:{n1}]]""",
        M=(2,),
    ),
    T(
        S,
        "scam_fraud",
        """
LAPORAN PENIPUAN ONLINE SHOP
Sy [[n:{n1}]] beli HP di IG @«gadget_murah_kpg¦hp.second.kupang» harga {Rp1200-2500}, transfer ke rek BNI [[b:{rkbni2}]] a.n. [[n:{n2}]] tgl {tgl}. Barang tdk dikirim, nomor penjual [[p:{hp2}]] (a.n. [[n:{n2}]] juga) sudah blokir sy.
Mohon dibantu tindak lanjut. Kontak sy [[p:{hp1}]], email [[e:{em1}]]""",
    ),
    T(
        S,
        "scam_fraud",
        """
Pesan berantai grup RT:
Ada bapak mengaku Saudara [[n:{n2}]] dari BPJS Kesehatan lewat WA [[p:{hp2}]], minta data KK dan NIK utk "pemutihan iuran". Mama sy hampir kasih. BPJS resmi cuma 165 atau Pandawa.
Kalau mau cek status peserta, sy bisa bantu, WA sy [[p:{hp1}]] ([[n:{g1}]]).""",
        M=(2,),
    ),
    T(
        S,
        "scam_fraud",
        """
TOLONG SEBARKAN
Pinjol ilegal «DanaCepat88¦UangKita Now» teror sy pake nomor {owa}, {owal} dan {owaz}, ngaku debt collector resmi. Sy sonde pernah pinjam. Mereka sebar data sy ke kontak HP.
Sy sdh lapor ke OJK 157 dan Polda NTT.
[[n:{N1}]], HP [[p:{hp1}]]""",
    ),
    T(
        S,
        "scam_fraud",
        """
Forwarded many times
Ada akun FB atas nama "[[n:{n2}]]" jual tiket kapal Kupang-«Rote¦Sabu» murah {Rp80-120}, minta transfer ke DANA [[p:{hp2}]] yang punya nama [[n:{n2}]]. Tiket sonde ada. ASDP sdh kasih tau tiket resmi hanya di Ferizy.
Korban: [[n:{n1}]], tinggal di [[a:{rt1}]] Kel. {kel1}""",
    ),
    # without personal data
    T(
        S,
        "scam_fraud",
        """
*WASPADA PENIPUAN* mengatasnamakan Bank NTT!
Nomor {owa} dan {owaz} kirim SMS: "Rekening Anda diblokir, klik bit.ly/bntt-{pin}". Bank NTT tidak pernah minta PIN/OTP.
Layanan resmi: Call Center 1500 138, WA {owal}, email contact@bankntt.co.id
Sebarkan ke keluarga""",
    ),
    T(
        S,
        "scam_fraud",
        """
Waspada modus telepon mengaku petugas Dukcapil yang minta foto KTP dan KK untuk "aktivasi IKD". Contoh nomor yang dilaporkan warga: {owa}, {owal}, {owaz}.
Dukcapil Kota Kupang tidak pernah minta data lewat telepon. Pengaduan: WA {owa2} atau SMS 1708.
- Disdukcapil Kota Kupang, {tgl}""",
    ),
    T(
        S,
        "scam_fraud",
        """
SY DAPAT SMS DR {owa} BILANG SY MENANG UNDIAN TELKOMSEL POIN {jt50-100} + MOTOR. DISURUH TLP {owal} UTK KLAIM DAN BAYAR PAJAK {Rp1500-3500}. APA BENAR? TELKOMSEL BILANG HANYA DARI 188. MOHON DICEK, TIKET LAPOR {tiket}""",
    ),
    T(
        S,
        "scam_fraud",
        """
Info dari grup ojol Kupang: ada order fiktif dari akun "penumpang" yang minta driver beli pulsa dulu {Rp100-300} ke nomor {owa} dan {owal}. Order ID {order}. Jangan layani! Kalau ragu hubungi posko driver WA {owaz} atau CS aplikasi {tf}.""",
    ),
]

# ---------------------------------------------------------------- identity_form
S = "identity_form"
TEMPLATES += [
    T(
        S,
        "agency_counter",
        """
FORMULIR PERMOHONAN PASPOR (WNI)
Nama lengkap     : [[n:{N1}]]
NIK              : [[nik:«{nik1}¦{niko1}¦{niks1}»]]
No. KK           : [[kk:«{kk1}¦{kkn1}»]]
Tempat/Tgl lahir : «Kupang¦Soe¦Ba'a¦Seba», {lahir1}
Alamat           : [[a:{adr1}]], Kel. {kel1}, Kota Kupang
No HP            : [[p:{hp1}]]
Email            : [[e:{emp1}]]
Pekerjaan        : «karyawan swasta¦wiraswasta¦PNS¦mahasiswa»
Kode billing PNBP: {va}""",
    ),
    T(
        S,
        "banking",
        """
FORMULIR PEMBUKAAN REKENING - BANK «NTT¦BRI¦BNI»
Nama sesuai identitas : [[n:{N1}]]
No. Identitas (KTP)   : [[nik:«{nik1}¦{nikt1}¦{nikm1}»]]
NPWP                  : [[npwp:«{np1}¦{nps1}¦{npz1}»]]
Nama ibu kandung      : [[n:{N2}]]
Alamat rumah          : [[a:{adr1}]]
Telp rumah            : [[p:{tr1}]]
HP                    : [[p:{hp1}]]
Email                 : [[e:{em1}]]
Penghasilan per bulan : {Rp1500-8000}
Diisi oleh CS: no CIF {noreg}, cabang {pst}""",
        F=(2,),
    ),
    T(
        S,
        "agency_counter",
        """
BUKTI PENDAFTARAN BALIK NAMA KENDARAAN - SAMSAT KOTA KUPANG
No. Polisi    : [[pl:{pl1}]]
Pemilik lama  : [[n:{N2}]]
Pemilik baru  : [[n:{N1}]]
NIK           : [[nik:{nik1}]]
Alamat        : [[a:{adr1}]]
HP            : [[p:«{hp1}¦{hpo1}»]]
No Rangka     : MH1JM{noreg}
BBN-KB        : {Rp650-2400}
Antrian {antri} · pengaduan WA Samsat {owa}""",
    ),
    T(
        S,
        "health",
        """
FORMULIR PENDAFTARAN PASIEN BARU
Nama pasien    : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
No. BPJS/KIS   : [[bpjs:{bpjs1}]]
Jenis kelamin  : {jk1}
Tgl lahir      : {lahir1}
Alamat         : [[a:{adr1}]]
Penanggung jawab: [[n:{N2}]] («anak¦saudara¦keluarga»), HP [[p:{hp2}]]
No RM diberikan: {rm}""",
    ),
    T(
        S,
        "telecom",
        """
REGISTRASI KARTU PRABAYAR (GERAI)
Nomor MSISDN : [[p:{hp1}]]
NIK          : [[nik:{nik1}]]
No. KK       : [[kk:{kk1}]]
Nama         : [[n:{N1}]]
IMEI         : {imei}
Outlet       : «Lontar Cell¦Flobamora Ponsel», {pjl}, telp {otel}
Tgl {tgls} {jamc}""",
        orig={1: NTT},
    ),
    T(
        S,
        "agency_counter",
        """
PERMOHONAN NPWP ORANG PRIBADI / UPDATE DATA
Nama Wajib Pajak : [[n:{N1}]]
NIK              : [[nik:{nik1}]]
NPWP lama        : [[npwp:{np1}]]
NPWP 16 digit    : [[npwp:{npn1}]]
NITKU            : [[npwp:{npt1}]]
Alamat           : [[a:{adr1}]]
HP / Email       : [[p:{hp1}]] / [[e:{emp1}]]
Diterima KPP Pratama Kupang, BPE {noreg}""",
    ),
    # without personal data
    T(
        S,
        "agency_counter",
        """
CONTOH PENGISIAN FORMULIR F-1.01 (BIODATA PENDUDUK)
Nama lengkap : (sesuai akta kelahiran)
NIK          : 16 digit, contoh 5371xxxxxxxxxxxx
No. KK       : 16 digit
No HP        : contoh 081234567890
Email        : contoh nama@example.com
Formulir bisa diunduh di dukcapil.kupangkota.go.id, info WA {owa}, jam layanan 08.00-15.00, loket 1-{num}""",
    ),
    T(
        S,
        "banking",
        """
SLIP SETORAN - BANK «NTT¦BRI¦BNI»
Tanggal     : {tgl}
Rekening    : (diisi nasabah)
Jumlah      : {Rp100-5000}
Terbilang   : ........
Kode teller : T{num}{num}
No. validasi: {ref}
Layanan nasabah «1500 138¦1500017¦1500046» · Lembar 1 untuk bank, lembar 2 untuk nasabah""",
    ),
    T(
        S,
        "transport",
        """
MANIFES KAPAL (KOSONG) - KMP «Ranaka¦Inerie II»
Tgl {tgl} · Rute Kupang - «Rote¦Sabu¦Alor»
No | Nama | NIK/Identitas | Umur | Tujuan
1  |      |               |      |
2  |      |               |      |
Kapasitas {num}0 penumpang, {num} kendaraan. Kode trip {book}
Dicetak {tgls} {jamc} oleh loket Bolok, telp {otel}""",
    ),
    T(
        S,
        "post_courier",
        """
FORM PENGIRIMAN PAKET - POS INDONESIA
Pengirim: ___________  Telp: ___________
Penerima: ___________  Telp: ___________
Kode pos tujuan: «85111¦85228¦85361¦60111»
Berat {num} kg, ongkir {Rp20-120}, asuransi {Rp2-9}
No resi {resi}
Kantor Pos Kupang {pjl} · Halo Pos 1500161""",
    ),
]

if __name__ == "__main__":
    main()
