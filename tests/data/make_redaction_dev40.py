# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev40.jsonl: homes against places, in letters, tickets, chats and registers.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{ad1}``, ``{gg1}``, ``{kantor}``), each filled three times with invented values; span offsets
are computed from the markers. Run ``python3 tests/data/make_redaction_dev40.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of capitalised words, every
unlabelled run of digits and every unlabelled ``@`` token with the forty characters before it.
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

SEED = 20261240
OUT = Path(__file__).with_name("redaction_dev40.jsonl")

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
    "letter",
    "minutes",
    "lapor_form",
    "sms_1708",
    "wa_chat",
    "kupang_malay",
    "call_note",
    "social_post",
    "ocr_scan",
    "register",
)
THEMES = (
    "home_neighbour",
    "public_works",
    "utilities",
    "social_aid",
    "health",
    "education",
    "civil_registry",
    "security",
)
FLOORS = {
    "templates": 200,
    "texts": 600,
    "spans": 900,
    "per_style": 55,
    "empty_share": 0.30,
    "address": 300,
    "name": 400,
    "phone": 40,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter", "ns", "ttd", "salam",
    "dari", "hormat", "atas", "cucu", "anak", "tetangga", "pemilik", "penyewa", "pelapor",
    "nama", "ustad", "haji", "hj", "kos", "rumah", "jl", "jalan",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev40)
GIVEN_M = (
    "Aleksius", "Benediktus", "Kornelis", "Dominikus", "Efraim", "Gabriel", "Hendrikus",
    "Isakh", "Yeremias", "Lambertus", "Marselinus", "Nikolaus", "Obed", "Petrus Kanisius",
    "Rafael", "Stefanus", "Teofilus", "Urbanus", "Wellem", "Zakarias", "Arnoldus", "Beni",
    "Charles", "Deky", "Erwin", "Frengki", "Gidion", "Hironimus", "Imanuel", "Jefri", "Kristo",
    "Leksi", "Matias", "Naftali", "Osias", "Paulinus", "Roni", "Semuel", "Timotius", "Vinsen",
    "Yulius", "Ardi", "Melkianus", "Ferdi", "Agus", "Hengki",
)  # fmt: skip
GIVEN_F = (
    "Adelina", "Bernadeta", "Yustina", "Dorkas", "Emiliana", "Fransiska", "Grasiana", "Herlina",
    "Ivonne", "Yohana", "Katarina", "Lusia", "Magdalena", "Naomi", "Oktaviana", "Priskila",
    "Regina", "Sarlota", "Theresia", "Veronika", "Wilhelmina", "Yakomina", "Agnes", "Beti",
    "Kristin", "Delfi", "Erni", "Febi", "Gresia", "Hana", "Irene", "Yuli", "Lenny", "Meri",
    "Novi", "Orpa", "Putri", "Rina", "Selfi", "Tince", "Umi", "Vera", "Wati", "Yanti",
    "Maria Goreti", "Anjelina",
)  # fmt: skip
FAMILY = (
    "Adoe", "Bana", "Boimau", "Dethan", "Fallo", "Haba", "Kapitan", "Lakapu", "Lomi", "Missa",
    "Nalle", "Neolaka", "Oematan", "Pello", "Rohi", "Seran", "Taek", "Tnunay", "Toelle",
    "Wadu", "Bire", "Kiuk", "Nuban", "Sinlae", "Tukan", "Kana", "Kore", "Nope", "Liu",
    "Selan", "Sabneno", "Manu", "Radja", "Lede", "Mbatu", "Daud", "Nenoliu", "Foenay",
    "Riwu Kaho", "Dju Dara", "Ga Lena", "Hale", "Meko", "Nubatonis", "Tefnay", "Ndoen",
    "Pandie", "Oenunu", "Saubaki", "Kolo", "Sanam", "Tanaem", "Benu", "Amalo", "Fanggidae",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("F", "Ni Made", "Suartini"), ("M", "I Ketut", "Wirawan"), ("M", "La Ode Hamzah", "Sabara"),
    ("F", "Wa Ode Sitti", "Nurlaila"), ("M", "Ahmad", "Daeng Matutu"), ("F", "Siti", "Rahmawati"),
    ("M", "Lie", "Kok Hwa"), ("F", "Mei Ling", "Tanoto"), ("M", "Umbu Rihi", "Ndapa Lawa"),
    ("F", "Rambu Ana", "Kahi"), ("M", "Abdul", "Gani Lamahoda"), ("F", "Nurhayati", "Baso"),
)  # fmt: skip
NICK = (
    "Ocep", "Ama", "Nyong", "Ceki", "Eto", "Noni", "Ipi", "Lodi", "Oce", "Yaya", "Tobi",
    "Enci", "Uli", "Kiki", "Dodi", "Mira",
)  # fmt: skip
DECOR = ("", "", "", " 🙏", " 🌿", " ✝️", " 😊")
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
    "outlook.com", "rocketmail.com",
)  # fmt: skip

# ---------------------------------------------------------------- places (Kota Kupang)
KELURAHAN = (
    "Oebufu", "Liliba", "Oesapa", "Oesapa Barat", "Penfui", "Sikumana", "Bakunase II", "Naikolan",
    "Kolhua", "Fatululi", "Oepura", "Naimata", "Maulafa", "Belo", "Fatukoa", "Manulai II",
    "Nunbaun Sabu", "Nunbaun Delha", "Namosain", "Alak", "Penkase Oeleta", "Naioni", "Batuplat",
    "Kelapa Lima", "Lasiana", "Oetete", "Naikoten I", "Fontein", "Airnona", "Kuanino",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Bajawa", "Jl. Kancil", "Jl. Rambutan", "Jl. Kakatua", "Jl. Merak", "Jl. Flamboyan",
    "Jl. Delima", "Jl. Salak", "Jl. Belimbing", "Jl. Pulau Indah", "Jl. Kecapi", "Jl. Camplong",
    "Jl. Air Lobang", "Jl. Fetor Funay", "Jl. Perkutut", "Jl. Bakti Luhur", "Jl. Sumba",
    "Jl. Alor", "Jl. Oekam", "Jl. Kenanga", "Jl. Bougenvile", "Jl. Sirsak", "Jl. Matani Raya",
    "Jl. Kesuma", "Jl. Jati", "Jl. Cendana", "Jl. Oesapa Lama", "Jl. Nusa Lontar",
    "Jl. Taebenu", "Jl. Tupai",
)  # fmt: skip
LANES = (
    "Gg. Anggrek", "Gg. Sepakat", "Gg. Rukun", "Gg. Mawar II", "Gg. Kelor", "Gg. Melati",
    "Gg. Harapan", "Lr. Tunas", "Lorong Cempaka", "Gg. Sahabat", "Gg. Pelita", "Lr. Kenari",
)  # fmt: skip
COMPLEX = (
    "Perumnas", "BTN Kolhua", "Perum Griya Liliba", "Perum Nusa Indah", "Kompleks Pertamina",
    "Perumahan Alam Permai Penfui", "BTN Oesapa",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Timor Raya", "Jl. Frans Seda", "Jl. W.J. Lalamentik", "Jl. Piet A. Tallo",
    "Jl. Soeharto", "Jl. Moh. Hatta", "Jl. S.K. Lerik", "Jl. Adisucipto", "Jl. Herewila",
    "Jl. Veteran", "Jl. Cak Doko", "Jl. Amabi", "Jl. Kapten Tendean", "Jl. R.A. Kartini",
    "Jl. Jend. Sudirman", "Jl. Perintis Kemerdekaan", "Jl. Bund. PU", "Jl. Tom Pello",
)  # fmt: skip
KANTOR = (
    "Kantor Lurah Oebufu", "Kantor Camat Maulafa", "Kantor Dinas PUPR Kota Kupang",
    "Dinas Dukcapil Kota Kupang", "Kantor PDAM Tirta Lontar", "Kantor BPBD Kota Kupang",
    "Kantor Lurah Sikumana", "Dinas Sosial Kota Kupang", "Kantor Camat Kelapa Lima",
    "Bapenda Kota Kupang", "Kantor Lurah Fatululi", "Dinas Perkim Kota Kupang",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oebobo", "Puskesmas Sikumana", "Puskesmas Penfui", "Puskesmas Bakunase",
    "Puskesmas Oesapa", "Puskesmas Alak", "Pustu Naioni", "Puskesmas Kupang Kota",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W.Z. Johannes", "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang", "RSIA Dedari", "RS Leona",
)  # fmt: skip
SCHOOLS = (
    "SD Inpres Oepura 2", "SMPN 2 Kupang", "SMAN 3 Kupang", "SDK St. Yoseph Naikoten",
    "SMKN 4 Kupang", "SD GMIT Kuanino", "MTsN Kota Kupang", "SMPK St. Theresia",
    "TK Tunas Bangsa Liliba", "SDN Bakunase 2",
)  # fmt: skip
CHURCHES = (
    "Gereja GMIT Kaisarea", "Gereja GMIT Paulus", "Gereja Katedral Kristus Raja",
    "Gereja GMIT Efata Liliba", "Gereja St. Fransiskus Asisi Kolhua", "Gereja GMIT Koinonia",
)  # fmt: skip
MOSQUES = ("Masjid Raya Nurussa'adah", "Masjid Al-Ikhlas Oesapa", "Masjid At-Taqwa Oeba")
MARKETS = (
    "Pasar Oebobo", "Pasar Kasih Naikoten", "Pasar Oeba", "Pasar Oesapa", "Pasar Penfui",
    "Pasar Kuanino",
)  # fmt: skip
TERMINALS = ("Terminal Kupang", "Terminal Oebobo", "Pelabuhan Tenau", "Bandara El Tari")
SHOPS = (
    "Toko Bangunan Sumber Makmur", "Toko Sinar Fajar", "Apotek Kimia Farma Oebobo",
    "Bengkel Motor Anugerah", "Indomaret Oesapa", "Toko Roti Lontar", "Counter Ceria Cell",
    "Laundry Bersih Wangi", "Depot Air Tirta Segar", "Warung Makan Se'i Bambu",
)  # fmt: skip
COMPANIES = (
    "CV Karya Flobamora", "PT Timor Bangun Persada", "CV Sasando Mandiri", "UD Cahaya Timur",
    "PT Lontar Jaya Konstruksi", "CV Tiga Sahabat Timor",
)  # fmt: skip
LANDMARKS = (
    "Patung Sonbai", "Taman Nostalgia", "Tugu Selamat Datang", "Bundaran PU",
    "Lapangan Kampung Solor", "Jembatan Liliba", "Pantai Lasiana", "Gedung Sasando",
)  # fmt: skip
GROUPS = (
    "Info Kupang Terkini", "Suara Warga Kota Kupang", "Kupang Bicara", "Forum Warga Peduli Kota",
    "Jual Beli Kupang Resmi", "Info Seputar Kota Kasih",
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MOBILE = (
    ("0811", 3), ("0812", 7), ("0813", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0851", 3),
    ("0852", 8), ("0853", 7), ("0815", 1), ("0857", 2), ("0858", 1), ("0819", 2), ("0878", 2),
    ("0838", 1), ("0895", 1), ("0896", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0832", "0833", "0898", "0899", "0881", "0883"}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
LETTER_OCR = {"S": "5", "O": "0", "I": "1", "B": "8", "G": "6"}

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
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 27)
        self.minute = rng.randint(6 * 60, 21 * 60)

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
            rest = r.choice((7, 8, 8, 8, 9)) if prefix.startswith("081") else r.choice((8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "m", "i", "j", "k", "is"), (34, 14, 16, 5, 5, 8, 8, 5, 5)
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "m": f"{a} {raw[4:7]} {raw[7:]}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "is": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "x":  # a stray space inside the number, as a scan reads it
            k = r.randint(3, len(raw) - 3)
            return raw[:k] + " " + raw[k:]
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
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
            how = r.choices(("b", "s", "t", "d"), (60, 22, 9, 9))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "d":
            return "-".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "x":  # stray spaces inside, as a scan reads it
            cut = sorted(r.sample(range(3, 14), r.randint(1, 2)))
            out = raw
            for k in reversed(cut):
                out = out[:k] + " " + out[k:]
            return out
        if how == "y":  # letters for digits and a stray space
            return self._ox(raw)
        if how == "n":  # broken over a line
            cut = r.randint(5, 11)
            return raw[:cut] + "\n" + raw[cut:]
        if how == "w":  # a digit too few or too many
            k = r.randint(6, 13)
            return raw[:k] + raw[k + 1 :] if r.random() < 0.5 else raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    def _ox(self, raw: str) -> str:
        o = self.write_id(raw, "o")
        k = self.rng.randint(4, 12)
        return o[:k] + " " + o[k:]

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        old = p["npwp15"]
        if how == "":
            how = r.choices(("d", "b", "n", "z"), (55, 10, 25, 10))[0]
        if how == "d":
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "b":
            return old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "z":  # the 16-digit form of an old number
            return "0" + old
        if how == "s":
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "o":  # as a scan reads it
            dotted = self.write_npwp(p, "d")
            pos = [k for k, ch in enumerate(dotted) if ch in "018" and k > 0]
            out = list(dotted)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
            if r.random() < 0.4:
                k = next(i for i, ch in enumerate(out) if ch == ".")
                out[k] = ","
            return "".join(out)
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "d"), (70, 20, 10))[0]
        if how == "b":
            return raw
        if how == "s":
            return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
        if how == "d":
            return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        if how == "o":
            pos = [k for k, ch in enumerate(raw) if ch in "018" and k > 3]
            out = list(raw)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
            return "".join(out)
        raise KeyError(how)

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (80, 20))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "u":
            return f"{local}@{host}".upper()
        if how == "x":
            how = r.choice(("a", "b", "c", "d", "e", "h"))
        parts = host.split(".")
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(parts)
        if how == "b":
            return f"{local}(at){host}"
        if how == "c":
            return f"{local} @ " + " . ".join(parts)
        if how == "d":
            return f"{local} at " + " dot ".join(parts)
        if how == "e":
            return f"{local} at " + " titik ".join(parts)
        if how == "h":
            return f"{local} @{host}"
        if how == "o":  # as a scan reads it: a stray space after the @
            return f"{local}@ {host}"
        if how == "n":  # broken over a line
            return r.choice((f"{local}@\n{host}", f"{local}\n@{host}"))
        if how == "k":  # the person's own mailbox on the city's host
            return p["gk"]
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
            if head is None and r.random() < 0.07:
                cands = [o for o in OTHER if o[0] == sex]
                _, given, family = r.choice(cands)
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY)
            nick = r.choice(NICK)
            words = {w.lower() for w in given.split()} | {nick.lower()}
            if head is None:
                words |= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        if i in self.spec["K"]:
            year = r.randint(2010, 2021)
        elif i in self.spec["E"]:
            year = r.randint(1938, 1962)
        else:
            year = r.randint(1955, 2004)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < 0.8:
            district = "5371%02d" % r.randint(1, 6)
        else:
            district = "53%s%02d" % (
                r.choice(("01", "02", "03", "04", "05", "06", "10", "14")),
                r.randint(1, 24),
            )
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
                    r.choice((5, 7, 9, 15, 24, 26, 35, 44, 47, 55, 58, 66, 72, 75, 81, 86, 91, 94)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "921", "921", "922")),
                )
            )
        )
        full = given + " " + family
        gl = given.lower().replace(" ", "")
        fl = family.lower().replace(" ", "")
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}",
                f"{gl}.{fl}.kpg",
                f"{fl}{gl[:3]}{r.randint(1, 9)}",
            )
        )
        base = r.choice(HOME_STREETS)[4:]
        street = r.choice(("Jl. ", "Jl. ", "Jl. ", "Jln. ", "Jalan ", "Jl ")) + base
        house = str(r.randint(1, 150)) + r.choice(("", "", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor ", "No."))
        h2 = r.randint(1, 90)
        lane = r.choice(LANES)
        gg = r.choice(
            (
                f"{lane} No. {h2}",
                f"{lane} no {h2}",
                f"{street} {lane} No. {h2}",
                f"{street} Gg. {r.randint(1, 9)} No. {h2}",
                f"{street} Gg. {r.choice(('II', 'III', 'IV', 'V'))} No. {h2}",
            )
        )
        rts = r.choice(("RT %02d", "RT %d", "RT %03d", "RT.%02d")) % r.randint(1, 45)
        rt = self.rtrw()
        bank = r.choice(BANKS)
        # OCR writings of the name in capitals
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
            "nk": nick,
            "lnk": nick.lower(),
            "gi": f"{given} {family[0]}",
            "ig": f"{given[0]}. {family}",
            "No": ocr,
            "Ns": spaced,
            "Nn": given.upper() + "\n" + family.upper(),
            "dec": r.choice(DECOR),
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
            "gk": r.choice((f"{gl}.{fl}@kupangkota.go.id", f"{gl[0]}{fl}@nttprov.go.id")),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "umur": str(max(1, 2026 - year)),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}{r.choice((', ', ' ', ', ', ' / '))}{rt}",
            "adc": "%s Blok %s%s No. %d"
            % (
                r.choice(COMPLEX),
                r.choice("ABCDEFGHK"),
                r.choice(("", "", "", "2", "1")),
                r.randint(1, 150),
            ),
            "gg": gg,
            "ggr": f"{gg}, {rt}",
            "rts": rts,
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15)),
            "pl": self.plate(),
            "wal": r.choice(WALLETS),
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
                "RT %02d RW %02d" % (a, b),
                "RT %02d/%02d" % (a, b),
                "RT %d/RW %d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "EB", "ED", "EA")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KB", "BH", "AS", "AP", "KF", "M")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = "%04d" % r.randint(1, 9999) + "01" + self.digits(6) + "5" + self.digits(2)
            return self.fresh(
                lambda: r.choice(
                    (
                        d,
                        f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                        f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:]}",
                    )
                )
            )
        if bank == "BNI":
            return self.fresh(lambda: "0" + r.choice("1234579") + self.digits(8))
        if bank == "Mandiri":
            return self.fresh(
                lambda: r.choice(("161", "145", "152")) + r.choice(("00", "01")) + self.digits(8)
            )
        if bank == "Bank NTT":
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s.%s.%s.%s-%d"
                        % (
                            r.choice(("001", "002", "015")),
                            "01",
                            r.choice(("02", "04")),
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        "0010102" + self.digits(7),
                    )
                )
            )
        if bank == "BCA":
            return self.fresh(lambda: r.choice(("31", "03", "78")) + self.digits(8))
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 13 * i) % (24 * 60)
        return m // 60, m % 60

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "nk", "lnk", "gi", "ig", "No", "Ns", "Nn",
            "dec", "lahir", "umur", "bank", "rek", "ad", "adr", "adc", "rt", "rtk", "pl", "wal", "gg",
            "ggr", "rts",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name.isupper() and len(name) > 1:  # any value in capitals: {AD1}, {NK1}, {KEL}
            return self.value(name.lower(), index).upper()
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
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
            return self.write_npwp(self.person(i), name[4:])
        if name.startswith("bpjs"):
            return self.write_bpjs(self.person(i)["bpjsraw"], name[4:])
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


def _body_npwp(fl: Fill, i: int) -> str:
    r = fl.rng
    d = fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((1, 2, 3, 31, 53, 61, 62, 70, 74, 76, 83, 90)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921", "922")),
                r.choice(("000", "000", "001")),
            )
        )
    )
    return r.choice(
        (
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            "0" + d,
        )
    )


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1997)
    s = "%d%02d%02d%d%02d%d%03d" % (
        y,
        r.randint(1, 12),
        r.randint(1, 28),
        y + r.randint(22, 28),
        r.randint(1, 12),
        r.randint(1, 2),
        r.randint(1, 20),
    )
    return r.choice((s, f"{s[:8]} {s[8:14]} {s[14]} {s[15:]}"))


def _date(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return fl.rng.choice(("%02d/%02d/%d", "%02d-%02d-%d", "%d/%d/%d")) % (d, fl.month, fl.year)


def _tg(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return "%d %s %d" % (d, MONTHS[fl.month - 1], fl.year)


def _jam(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d.%02d" % (h, m)


def _jam2(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d:%02d:%02d" % (h, m, fl.rng.randint(0, 59))


def _dt(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d/%02d/%d %02d.%02d" % (fl.day, fl.month, fl.year, h, m)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d.000" % r.choice((25, 50, 75, 100, 150, 200, 250, 300, 350, 500, 750)),
            "%d.%03d.000" % (r.randint(1, 9), r.choice((0, 250, 500, 750))),
        )
    )


def _rpk(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%d.%03d" % (r.randint(3, 95), r.choice((0, 500, 0, 0)))


def _rpb(fl: Fill, i: int) -> str:
    return "%d.%03d.000" % (
        fl.rng.randint(1, 24),
        fl.rng.choice((0, 150, 250, 300, 450, 500, 750, 800, 950)),
    )


def _ago(fl: Fill, i: int) -> str:
    return fl.rng.choice(("1 j", "2 j", "3 j", "5 j", "12 mnt", "35 mnt", "1 h", "2 h", "4 m"))


OTHER_VALUES = {
    # not a person's lines
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "owab": lambda fl, i: fl.mobile_raw(),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scamk": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "j"),
    "bwa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "cc": lambda fl, i: (
        fl.rng.choice(("1500 %03d", "1500-%03d", "1500%03d")) % fl.rng.randint(100, 999)
    ),
    # bodies' numbers
    "npwpx": _body_npwp,
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "rekbri": lambda fl, i: fl.account("BRI"),
    "rekbsi": lambda fl, i: fl.account("BSI"),
    "rekbca": lambda fl, i: fl.account("BCA"),
    "nib": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("91", "81", "12", "02")) + fl.digits(11)),
    # look-alikes
    "nip": _nip,
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "akta": lambda fl, i: (
        "5371-LT-%02d%02d%d-%04d"
        % (
            fl.rng.randint(1, 28),
            fl.rng.randint(1, 12),
            fl.rng.randint(2008, 2026),
            fl.rng.randint(1, 9999),
        )
    ),
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
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8)),
    "meter": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("14", "32", "56", "45")) + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "token": lambda fl, i: " ".join(fl.digits(20)[k : k + 4] for k in range(0, 20, 4)),
    "trx": lambda fl, i: fl.fresh(
        lambda: "%d%02d%02d%s" % (fl.year, fl.month, fl.day, fl.digits(8))
    ),
    "ref": lambda fl, i: fl.fresh(
        lambda: (
            fl.rng.choice(("%s", "%s", "FT%s", "REF%s")) % fl.digits(fl.rng.choice((12, 14, 16)))
        )
    ),
    "va": lambda fl, i: (
        fl.rng.choice(("8808%s", "88810%s", "7007%s", "39358%s", "8277%s")) % fl.digits(11)
    ),
    "card": lambda fl, i: (
        fl.rng.choice(("5264 %s** **** %s", "6013 %s** **** %s", "4617 %s** **** %s"))
        % (fl.digits(2), fl.digits(4))
    ),
    "brizzi": lambda fl, i: "6013 50" + fl.digits(2) + " " + fl.digits(4) + " " + fl.digits(4),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24", "16")) + fl.digits(9),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d-%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "surat": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("470", "400.12", "460", "900.1", "421.3", "503", "474.4")),
            fl.rng.randint(1, 999),
            fl.rng.choice(("DUKCAPIL", "KEL", "DINSOS", "DISDIK", "BPBD", "DINKES", "PEM")),
            fl.year,
        )
    ),
    "resi": lambda fl, i: fl.rng.choice(("JP", "TKP", "SPXID0", "JNT")) + fl.digits(11),
    "struk": lambda fl, i: (
        "%s%s" % (fl.rng.choice(("INV/", "NO.", "TRX-", "#")), fl.digits(fl.rng.choice((6, 8, 10))))
    ),
    "kode": lambda fl, i: fl.digits(6),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCD"), fl.rng.randint(1, 240)),
    "shortcode": lambda fl, i: fl.rng.choice(("1708", "112", "123", "110")),
    "sep": lambda fl, i: (
        "0159R001%02d%02dV%06d" % (fl.month, fl.year % 100, fl.rng.randint(1, 999999))
    ),
    "mdr": lambda fl, i: "%d" % fl.rng.randint(2, 400),
    "tgl": _date,
    "tg": _tg,
    "jam": _jam,
    "jamd": _jam2,
    "dt": _dt,
    "rp": _rp,
    "rpk": _rpk,
    "rpb": _rpb,
    "ago": _ago,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "kecil": lambda fl, i: str(fl.rng.randint(2, 9)),
    "kelas": lambda fl, i: fl.rng.choice(
        ("VII A", "VIII B", "IX C", "4", "5", "6", "X IPA 2", "XI IPS 1")
    ),
    "big": lambda fl, i: str(fl.rng.randint(60, 2400)),
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "rs": lambda fl, i: fl.rng.choice(HOSPITALS),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "grp": lambda fl, i: fl.rng.choice(GROUPS),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "hjl": lambda fl, i: fl.rng.choice(HOME_STREETS),
    "lane": lambda fl, i: fl.rng.choice(LANES),
    "kantor": lambda fl, i: fl.rng.choice(KANTOR),
    "mosque": lambda fl, i: fl.rng.choice(MOSQUES),
    "market": lambda fl, i: fl.rng.choice(MARKETS),
    "terminal": lambda fl, i: fl.rng.choice(TERMINALS),
    "company": lambda fl, i: fl.rng.choice(COMPANIES),
    "landmark": lambda fl, i: fl.rng.choice(LANDMARKS),
    "cplx": lambda fl, i: fl.rng.choice(COMPLEX),
    "blok": lambda fl, i: "Blok %s No. %d" % (fl.rng.choice("ABCDEF"), fl.rng.randint(1, 90)),
    "hno": lambda fl, i: str(fl.rng.randint(1, 140)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "wlt": lambda fl, i: fl.rng.choice(WALLETS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 45),
    "rwx": lambda fl, i: "RW %02d" % fl.rng.randint(1, 15),
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
    r"(?i)(jl\.?|jln\.|jalan|gg\.|lr\.|lorong|rt\b|rt\.|rt/rw|rt\d|perumnas|perum|kompleks|btn|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\]|\(keong\)|\(et\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\s+titik\s+|\(titik\))")


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


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    scan = style.startswith("ocr")
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
            first = re.split(r"[\s.]+", seg)[0].lower()
            if first in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or (not scan and (any(c.isdigit() for c in seg) or "\n" in seg)):
                bad.append(f"name chars {seg!r}")
            if scan and re.search(r"[2-47-9]", seg):
                bad.append(f"name digit {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OoLlISB .,\-\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
            if len(d) != 16 and not re.search(r"(?i)(nik|ktp)", text[max(0, st - 60) : st]):
                bad.append(f"{kind} of a wrong length without NIK before it {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9OlB .\-,]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs":
            d = id_digits(seg)
            if len(d) != 13 or not d.startswith("000") or re.search(r"[^0-9OlB \-]", seg):
                bad.append(f"bpjs {seg!r}")
        elif kind == "bank_account" and (
            not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append(f"account {seg!r}")
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append(f"email {seg!r}")
        elif kind == "address" and (
            not ADDRESS_START.match(seg) or not seg[-1].isalnum() or not re.search(r"\d", seg)
        ):
            bad.append(f"address {seg!r}")
        elif kind == "plate" and not re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}", seg.upper()):
            bad.append(f"plate {seg!r}")
    # every other occurrence of a labelled name word, mailbox or number is labelled too
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
            local = re.split(r"(?i)\s*(@|\s+at\s+|\(at\)|\[at\]|\(keong\)|\(et\)|\[@\])", seg)[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in NUMERIC:
            d = id_digits(seg) if s["kind"] != "bank_account" else re.sub(r"\D", "", seg)
            if len(d) < 8:
                continue
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


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    K: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\s*,?\s+(?:(?:sy|sa|saya|beta|kami|dia)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    elder = set(E)
    for m in re.finditer(
        r"(?i)\b(?:oma|opa|lansia)\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}",
        text,
    ):
        elder.add(int(m.group(1)))
    spec = {"F": females, "M": males, "K": K, "E": tuple(sorted(elder)), "fam": fam or {}}
    return (style, theme, text.strip("\n"), spec, U)


MALE_WORDS = r"om|opa|bapa|pak|bpk\.?|bapak|suami|ayah|bapaknya|aiptu|bripka|nyong|sdr\.|opa"
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny|sdri\.|kader"


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
            if not spans and lookalikes(text) < 2:
                last.append("a text without spans needs two look-alikes")
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    return [
        {
            "id": "d40-%04d" % k,
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
        if "@" not in seg or re.search(r"\s@|@\s", seg):
            return "written to dodge scrapers or with a stray space"
        if re.search(r"\.go\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
        return "plain"
    if kind == "address":
        low = seg.lower()
        if low.startswith("rt/rw") or re.fullmatch(r"\d{3}/\d{3}", seg):
            return "a card's RT/RW field"
        if low.startswith("rt"):
            return "RT/RW alone"
        if re.match(r"(?i)(perum|btn|kompleks)", seg):
            return "housing estate's block and number"
        if re.search(r"(?i)\b(gg\.|lr\.|lorong)", seg):
            return "lane with its number" + (" and RT/RW" if "rt" in low else "")
        return "street and number" + (" and RT/RW" if re.search(r"(?i)\brt", seg) else "")
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
        return "letters for digits"
    d = id_digits(seg)
    if kind in ("nik", "kk") and len(d) != 16:
        return "a digit too few or too many"
    if kind == "npwp":
        if len(d) == 16:
            return "16 digits"
        return "15 digits dotted" if "-" in seg else "15 digits, no dash"
    if kind == "phone":
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
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
    runs = ats = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
        for m in re.finditer(r"\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                ats += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("unlabelled @ tokens:", ats)


CAPS_RUN = re.compile(r"(?<![\w@])[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*)*")


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        found = []
        for pattern in (CAPS_RUN, re.compile(r"[+(]?\d[\d .\-()]{3,}\d|\S*@\S*")):
            for m in pattern.finditer(r["text"]):
                if not any(inside[m.start() : m.end()]):
                    found.append(m)
        for m in sorted(found, key=lambda m: m.start()):
            before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
            print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    assert sum(len(r["spans"]) for r in records) >= FLOORS["spans"]
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("name", "phone", "address"):
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}
# family name, {nk1} nickname, {No1}/{Ns1}/{Nn1} as a scan reads capitals); {hp1} mobile (suffixes
# as dev29's machinery: b d s t i j k o x n), {tr1} home landline; {nik1} {kk1} {npwp1} {bpjs1}
# {em1}; {bank1}/{rek1}; {pl1}. Homes: {ad1} street and number, {adr1} with its RT/RW, {gg1} a
# lane with its number, {ggr1} with its RT/RW, {adc1} a housing estate's block and number, {rt1}
# an RT/RW pair alone, {rts1} an RT alone, {rtk1} a card's RT/RW field.
# Not a person's: {owa} {scam} mobiles, {otel} a fixed line; places {kel} {kec} {kantor} {pusk}
# {rs} {school} {church} {mosque} {market} {terminal} {shop} {company} {landmark} {grp}, streets
# {jl} (public), {jlno} (public with a number), {hjl} (a residential street, no number), {lane},
# {cplx}, {blok}, {hno}; RTs as areas {rtx} {rwx}; look-alikes {tiket} {surat} {idpel} {samb}
# {nop} {nip} {npwpx} {rekb} {trx} {va}; figures {tgl} {tg} {jam} {rp} {rpk} {num} {thn} {hari}.

TEMPLATES: list[tuple] = []

# ---- letter: letters to the lurah, the camat, offices, typed and sent by post or e-mail
TEMPLATES += [
    T(
        "letter",
        "home_neighbour",
        """
Kupang, {tg}
Kepada Yth.
Bapak Lurah {kel}
di Tempat

Dengan hormat,
Saya yang bertanda tangan di bawah ini, [[n:{n1}]], beralamat di [[a:{adr1}]], Kel. {kel}, dengan ini melaporkan bahwa tetangga saya Bapak [[n:{n2}]] yang tinggal di [[a:{ad2}]] membangun tembok pagar melewati batas tanah kami sekitar 60 cm. Sudah dua kali kami bicarakan secara kekeluargaan tetapi tidak ada hasil.
Mohon Bapak Lurah dapat memfasilitasi mediasi.

Hormat saya,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
    ),
    T(
        "letter",
        "public_works",
        """
Nomor : {num}/FW-PK/{thn}
Lampiran : 4 lembar foto
Perihal : Permohonan perbaikan saluran drainase

Kepada Yth. Kepala Dinas PUPR Kota Kupang
{jlno}, Kupang

Dengan hormat,
Kami Forum Warga Peduli Kota menyampaikan bahwa saluran drainase di sepanjang {jl}, mulai dari depan {shop} sampai simpang {landmark}, tertutup sedimen dan sampah. Setiap hujan air meluap ke badan jalan setinggi 30 cm. Laporan ini juga sudah kami sampaikan lewat SP4N-LAPOR! dengan nomor tiket {tiket} pada {tgl}, namun belum ada tindak lanjut.

Demikian permohonan kami. Atas perhatian Bapak kami ucapkan terima kasih.

Koordinator Forum
""",
    ),
    T(
        "letter",
        "home_neighbour",
        """
Perihal: Pengaduan penyewa kos

Kepada Yth. Camat {kec}

Saya [[n:{n1}]], mahasiswa, menyewa kamar di kos milik Ibu [[n:{n2}]] di [[a:{gg2}]], Kel. {kel}. Sejak bulan {bln} listrik kamar diputus oleh pemilik karena saya menolak kenaikan sewa dari Rp {rpk} menjadi Rp {rp} per bulan di tengah masa kontrak. Uang jaminan saya juga ditahan.
Sebelum kos ini saya tinggal di rumah keluarga di [[a:{adc3}]], tetapi sekarang rumah itu sudah dijual.

Saya mohon bantuan Bapak Camat.
Hormat saya,
[[n:{n1}]] ([[p:{hp1}]])
""",
        F=(2,),
    ),
    T(
        "letter",
        "utilities",
        """
Kupang, {tg}

Kepada Yth.
Direktur Perumda Air Minum Tirta Lontar
{jlno}

Hal: Air tidak mengalir

Dengan hormat, saya [[n:{n1}]], pelanggan dengan No. sambungan {samb}, tinggal di [[a:{ggr1}]] Kelurahan {kel}. Sejak {tgl} air tidak mengalir sama sekali, sementara tagihan bulan lalu tetap Rp {rpk}. Tetangga saya di [[a:{ad2}]] ([[n:{n2}]]) mengalami hal yang sama.
Mohon petugas dapat mengecek pipa di ujung gang.

Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "letter",
        "social_aid",
        """
SURAT KETERANGAN DOMISILI
Nomor: {surat}

Yang bertanda tangan di bawah ini Lurah {kel}, Kecamatan {kec}, menerangkan bahwa:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
Tempat/Tgl Lahir : Kupang, {lahir1}
Alamat : [[a:{adr1}]]
benar berdomisili di wilayah Kelurahan {kel} sejak tahun {thn}. Surat ini diberikan untuk keperluan pengurusan bantuan sosial.

Dikeluarkan di : Kantor Lurah {kel}, {jlno}
Lurah {kel}
[[n:{n2}]], S.Sos
NIP {nip}
""",
    ),
    T(
        "letter",
        "education",
        """
Kepada Yth. Kepala {school}
Perihal: Permohonan pindah sekolah

Dengan hormat,
Saya orang tua dari [[n:{n2}]], siswa kelas {kelas}, mengajukan permohonan pindah sekolah karena kami sekeluarga pindah rumah dari [[a:{adr1}]] ke rumah orang tua di [[a:{gg3}]], Kel. {kel}, yang jauh dari sekolah.
Untuk keperluan administrasi saya lampirkan fotokopi KK nomor [[kk:{kk1}]].

Hormat saya,
[[n:{n1}]]
Telp. rumah [[p:{tr1}]]
""",
        fam={2: 1},
    ),
    T(
        "letter",
        "security",
        """
Kepada Yth. Kapolsek {kec}
di Kupang

Perihal: Laporan gangguan ketertiban

Dengan hormat, kami warga [[a:{rt1}]] Kel. {kel} melaporkan bahwa setiap malam Minggu ada kelompok pemuda minum sopi dan bermain musik keras di lapangan samping {church} sampai jam 03.00. Pada {tgl} kaca jendela rumah Ibu [[n:{n2}]] di [[a:{ad2}]] pecah dilempar batu.

Mewakili warga,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
        F=(2,),
    ),
    T(
        "letter",
        "health",
        """
Perihal: Keluhan pelayanan ambulans

Kepada Yth. Kepala Dinas Kesehatan Kota Kupang

Pada {tgl} jam {jam} ibu saya [[n:{n2}]] ({umur2} th) pingsan di rumah kami, [[a:{adc1}]], Kel. {kel}. Kami menelepon ambulans {pusk} tetapi baru datang 2 jam kemudian karena petugas tidak menemukan alamat, padahal kami sudah jelaskan rumahnya di belakang {church}, cat hijau, pagar besi.
Mohon evaluasi.

[[n:{n1}]], anak pasien
[[p:{hp1}]]
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "letter",
        "civil_registry",
        """
Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang
{jlno}

Hal: Permohonan perbaikan alamat pada KK

Saya [[n:{n1}]], NIK [[nik:{nik1}]], kepala keluarga dengan No. KK [[kk:{kk1}]]. Pada KK kami tertulis alamat [[a:{ad2}]], padahal sejak {thn} kami sudah pindah ke [[a:{adr1}]], Kel. {kel}. Alamat lama adalah rumah mertua saya, Bapak [[n:{n3}]].

Hormat saya,
[[n:{n1}]]
""",
        M=(1,),
    ),
    T(
        "letter",
        "home_neighbour",
        """
Hal: Keberatan atas usaha bengkel las di rumah tetangga

Kepada Yth. Lurah {kel}

Kami yang bertanda tangan di bawah ini, warga [[a:{gg1}]] dan sekitarnya, keberatan dengan bengkel las milik Sdr. [[n:{n2}]] yang dijalankan di rumahnya sendiri, [[a:{gg2}]]. Bunyi gerinda dari pagi sampai jam 22.00 dan percikan api sudah membakar jemuran tetangga.
1. [[n:{n1}]] — [[a:{gg1}]]
2. [[n:{n3}]] — [[a:{gg3}]]
3. [[n:{n4}]] — [[a:{gg4}]]
""",
        M=(2,),
    ),
    # without personal data
    T(
        "letter",
        "public_works",
        """
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
{jlno}, Telp. {otel}

Nomor : {surat}
Perihal : Pemberitahuan penutupan jalan sementara

Sehubungan dengan pekerjaan pelebaran jembatan di {jl} (depan {school}), arus kendaraan dialihkan melalui {hjl} mulai {tgl} selama 21 hari kalender. Pelaksana pekerjaan {company}, kontrak No. 602/{num}/PUPR/{thn}, nilai Rp {rpb}.
""",
    ),
    T(
        "letter",
        "education",
        """
Kepada Yth. Bapak/Ibu Orang Tua Siswa
{school}

Diberitahukan bahwa kegiatan belajar mulai {tg} dipindahkan sementara ke gedung serbaguna {church}, {jlno1}, karena atap ruang kelas 4–6 rusak diterjang angin. Kegiatan di alamat sekolah ({jlno2}) dihentikan sampai perbaikan selesai. Informasi hubungi tata usaha {otel}.

Kepala Sekolah
""",
    ),
    T(
        "letter",
        "utilities",
        """
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
{jlno}, Telp. {otel}

PENGUMUMAN
Akan dilakukan perbaikan pipa transmisi di depan {market} pada {tgl} pukul 08.00–17.00. Distribusi air ke wilayah {rtx} s/d RT {num} Kel. {kel} dan sekitar {landmark} terhenti sementara. Pelanggan dapat menghubungi layanan gangguan {owa}.
""",
    ),
    T(
        "letter",
        "social_aid",
        """
Nomor : {surat}
Perihal : Undangan verifikasi data penerima BPNT

Kepada Yth. Ketua {rtx} / {rwx} Kelurahan {kel}

Mohon kehadiran Bapak/Ibu dalam verifikasi data penerima BPNT tahap {kecil} pada {tg}, jam 09.00, bertempat di Aula {kantor}, {jlno}. Agar membawa daftar warga penerima di wilayah masing-masing ({num} KPM).
""",
    ),
    T(
        "letter",
        "health",
        """
Kupang, {tg}
Kepada Yth. Kepala {pusk}

Dengan hormat, kami pengurus Majelis Jemaat {church} memohon dukungan tenaga kesehatan untuk kegiatan pemeriksaan gratis bagi lansia pada {tgl}, bertempat di halaman gereja, {jlno}. Perkiraan peserta {big} orang dari rayon 1 s/d rayon {kecil}.
Kontak panitia: sekretariat gereja {otel}.

Hormat kami,
Majelis Jemaat
""",
    ),
    T(
        "letter",
        "security",
        """
Perihal: Permohonan pemasangan lampu penerangan dan pos kamling

Kepada Yth. Wali Kota Kupang
Melalui Camat {kec}

Kami pengurus {rtx} / {rwx} Kelurahan {kel} memohon pemasangan lampu jalan di ruas {hjl} antara {mosque} dan {landmark}. Sepanjang {num}0 meter jalan gelap dan sudah terjadi {kecil} kali penjambretan sejak {bln} {thn}. Sekretariat RT: pos kamling depan {shop}, {jlno}.
""",
    ),
]
TEMPLATES += [
    T(
        "letter",
        "home_neighbour",
        """
Kepada Yth. Ketua RT {num} / RW {kecil}
Kel. {kel}

Saya [[n:{n1}]] melaporkan bahwa pohon mangga di pekarangan rumah Om [[n:{n2}]] ([[a:{ad2}]]) sudah condong ke atap rumah saya di [[a:{ad1}]]. Kalau angin kencang dahannya bisa patah dan menimpa kamar anak. Mohon Bapak RT memanggil kami berdua.
Terima kasih.
[[n:{n1}]]
""",
    ),
    T(
        "letter",
        "civil_registry",
        """
SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{adc1}]], Kel. {kel}
menyatakan bahwa [[n:{n2}]] (NIK [[nik:{nik2}]]) benar menumpang tinggal di rumah saya tersebut sejak {thn} karena rumahnya di [[a:{adr2}]] rusak berat akibat badai. Pernyataan ini untuk keperluan pindah domisili.
Kupang, {tg}
[[n:{n1}]]
""",
    ),
    T(
        "letter",
        "utilities",
        """
Kepada Yth. Manajer PLN UP3 Kupang
{jlno}

Hal: Tiang listrik miring

Dengan hormat, tiang listrik di depan rumah saya, [[a:{ggr1}]], Kel. {kel}, miring sejak hujan angin tanggal {tgl} dan kabelnya menyentuh atap seng. ID pelanggan saya {idpel}. Saya sudah lapor ke PLN 123 tanggal yang sama tetapi belum ada petugas datang.
Hormat saya,
[[n:{n1}]] / [[p:{hp1}]]
""",
    ),
    T(
        "letter",
        "public_works",
        """
Perihal: Laporan jalan rusak

Kepada Yth. Kepala Dinas PUPR Kota Kupang

Dengan hormat, ruas {jl} antara {terminal} dan {market} berlubang di {num} titik, paling parah di depan {shop}. Pada {tgl} seorang pengendara motor jatuh di lokasi tersebut. Foto terlampir (IMG_{thn}0{kecil}14_0{num}.jpg).
Pelapor
{grp}
""",
    ),
]

# ---- minutes: notulen of RT, kelurahan and office meetings
TEMPLATES += [
    T(
        "minutes",
        "home_neighbour",
        """
NOTULEN MEDIASI SENGKETA BATAS TANAH
Hari/tanggal : {hari}, {tg}
Tempat : Aula {kantor}, {jlno}
Hadir :
1. Pihak I : [[n:{n1}]], alamat [[a:{adr1}]]
2. Pihak II : [[n:{n2}]], alamat [[a:{ad2}]]
3. Ketua RT {num} : [[n:{n3}]]
Hasil :
- Pihak I dan Pihak II sepakat meminta pengukuran ulang oleh BPN.
- Sampai pengukuran, pagar tidak dilanjutkan.
Notulis : [[n:{n4}]]
""",
    ),
    T(
        "minutes",
        "public_works",
        """
NOTULEN MUSRENBANG KELURAHAN {KEL}
Tanggal: {tg}, bertempat di {kantor}

Usulan prioritas:
1. Rabat beton {hjl} (RT {num}–RT {kecil}), panjang 240 m – Rp {rpb}
2. Normalisasi saluran di depan {school}, {jl}
3. Lampu jalan 12 titik sepanjang {hjl} sampai {landmark}
4. Perbaikan jembatan kecil dekat {mosque}
Disepakati usulan 1 dan 3 diteruskan ke Musrenbang Kecamatan {kec}.
""",
    ),
    T(
        "minutes",
        "social_aid",
        """
Notulen Rapat RT {num} / RW {kecil}, Kel. {kel}
{hari}, {tgl}, di rumah Ketua RT ([[a:{ad1}]])

1. Pendataan ulang lansia penerima bantuan. Yang belum terdata:
   - Oma [[n:{n2}]], [[a:{gg2}]]
   - Opa [[n:{n3}]], tinggal dengan anaknya di [[a:{adc3}]]
2. Iuran kebersihan naik menjadi Rp {rpk} per KK mulai bulan depan.
3. Kerja bakti hari Sabtu, kumpul di depan {church}.
Pimpinan rapat: [[n:{n1}]] (Ketua RT)
""",
        F=(2,),
        M=(3,),
    ),
    T(
        "minutes",
        "utilities",
        """
NOTULEN PERTEMUAN WARGA DENGAN PDAM
{tg}, Gedung Serbaguna {church}

Warga yang menyampaikan keluhan:
- [[n:{n1}]] ([[a:{rt1}]]): air mengalir hanya jam 01.00–03.00 dini hari.
- [[n:{n2}]] ([[a:{ad2}]]): meter air rusak, tagihan naik dari Rp {rpk} ke Rp {rp}.
- Ibu [[n:{n3}]]: pipa bocor di depan {shop} sudah 3 minggu.
Tanggapan PDAM: perbaikan pipa dijadwalkan {tgl}; keluhan meter diteruskan ke bagian hublang ({otel}).
""",
        F=(3,),
    ),
    T(
        "minutes",
        "security",
        """
NOTULEN RAPAT KEAMANAN LINGKUNGAN
Tempat: pos kamling {rtx}, depan {mosque}
Tanggal: {tgl}

Laporan kejadian: motor [[pl:{pl1}]] milik Sdr. [[n:{n1}]] hilang dari halaman rumahnya, [[a:{adr1}]], sekitar jam 02.00. Pelaku diduga masuk lewat kebun di belakang {school}.
Keputusan: ronda malam dihidupkan kembali, jadwal per gang mulai {hari}. Koordinator ronda: [[n:{n2}]] ([[p:{hp2}]]).
""",
    ),
    T(
        "minutes",
        "health",
        """
Notulen Lokakarya Mini Lintas Sektor {pusk}
{tg}

Kasus DBD bulan ini {kecil} orang, semuanya di Kel. {kel}. Rumah penderita:
1. An. [[n:{n1}]] ({umur1} th) – [[a:{adr1}]]
2. Sdr. [[n:{n2}]] – [[a:{gg2}]]
Rencana: fogging fokus radius 100 m dari rumah penderita, PSN serentak di {rtx} dan {rwx}. Kader: [[n:{n3}]].
""",
        K=(1,),
        F=(3,),
    ),
    T(
        "minutes",
        "education",
        """
Notulen Rapat Komite {school}
{hari}, {tgl}

Dibahas: akses jalan ke sekolah lewat {hjl} tergenang setiap hujan; usulan dikirim ke Dinas PUPR.
Penjemputan siswa: anak-anak dari {cplx} diantar bus sekolah sampai {landmark}.
Orang tua yang bersedia menjadi relawan lalu lintas: [[n:{n1}]] ([[p:{hp1}]]), [[n:{n2}]], [[n:{n3}]] (rumah di [[a:{adc3}]], dekat gerbang belakang).
""",
    ),
    T(
        "minutes",
        "civil_registry",
        """
NOTULEN JEMPUT BOLA DUKCAPIL
Lokasi: Aula {kantor}
Tanggal: {tg}

Pelayanan perekaman KTP-el untuk warga lansia/disabilitas di rumah:
- [[n:{n1}]] (disabilitas), [[a:{adr1}]] – sudah direkam
- [[n:{n2}]] (lansia), [[a:{ggr2}]] – menunggu keluarga
Jumlah perekaman di aula: {big}. Blanko tersisa {num} keping.
Petugas: [[n:{n3}]] dan [[n:{n4}]]
""",
    ),
    T(
        "minutes",
        "home_neighbour",
        """
Berita Acara Kesepakatan
Pada hari ini {hari}, {tg}, bertempat di rumah Ketua RT {num}, telah dicapai kesepakatan antara:
[[n:{n1}]], pemilik rumah kontrakan di [[a:{gg1}]], dan
[[n:{n2}]], penyewa, yang sebelumnya tinggal di kontrakan tersebut dan kini pindah ke [[a:{ad2}]].
Penyewa melunasi tunggakan sewa Rp {rp} paling lambat {tgl}; pemilik mengembalikan meteran PLN (ID {idpel}) atas nama penyewa.
Saksi: [[n:{n3}]]
""",
    ),
    T(
        "minutes",
        "social_aid",
        """
NOTULEN VERIFIKASI LAPANGAN BEDAH RUMAH
Tim: Dinas Perkim, Kelurahan {kel}
Tgl: {tgl}

Calon penerima:
a. [[n:{n1}]], [[a:{adr1}]]: dinding bebak, atap bocor – layak
b. [[n:{n2}]], [[a:{adc2}]]: rumah permanen, disewakan – tidak layak
c. [[n:{n3}]], [[a:{gg3}]]: rumah di atas tanah milik gereja, perlu surat keterangan sinode
""",
    ),
    T(
        "minutes",
        "public_works",
        """
Notulen rapat koordinasi penanganan banjir
Tempat: {kantor}

Titik genangan: {jl1} depan {market}; {jl2} simpang {landmark}; {hjl} (RT {num}).
Warga terdampak berat: keluarga [[n:{f1}]] di [[a:{ad1}]] (air masuk rumah 50 cm) dan Bapak [[n:{n2}]] di [[a:{ad2}]].
Tindak lanjut: BPBD menyiapkan karung pasir; PUPR mengeruk gorong-gorong.
""",
        M=(2,),
    ),
    T(
        "minutes",
        "security",
        """
NOTULEN RAPAT FKPM
Kejadian: kebakaran di rumah [[n:{n1}]], [[a:{adr1}]], tanggal {tgl} jam {jam}. Api berasal dari korsleting di kios sembako yang menempel di depan rumah. Kerugian ± Rp {rpb}.
Korban mengungsi ke rumah saudara, [[n:{n2}]], di [[a:{adc2}]].
Bantuan awal dari {church} dan BPBD.
""",
    ),
    T(
        "minutes",
        "education",
        """
Notulen penerimaan siswa baru jalur zonasi {school}
Keberatan orang tua: [[n:{n1}]] menyatakan rumahnya di [[a:{adr1}]] hanya 650 m dari sekolah tetapi sistem menghitung 2,1 km karena titik koordinat KK masih alamat lama di [[a:{ad2}]].
Keputusan panitia: diverifikasi ulang dengan surat keterangan domisili dari lurah.
""",
    ),
    T(
        "minutes",
        "health",
        """
NOTULEN POSYANDU MAWAR {rtx}
Tempat: teras rumah kader [[n:{n1}]], [[a:{gg1}]]
Tanggal: {tgl}
Balita ditimbang {num}, gizi kurang {kecil}: an. [[n:{g2}]] (anak Ibu [[n:{n3}]]) dan an. [[n:{g4}]]. Kunjungan rumah ke [[a:{ad3}]] dijadwalkan {hari}.
""",
        F=(1, 3),
        K=(2, 4),
    ),
    # without personal data
    T(
        "minutes",
        "public_works",
        """
NOTULEN RAPAT PRA-PELAKSANAAN (PCM)
Paket: Peningkatan Jalan {hjl} – {jl}
Penyedia: {company}, {jlno1}
Konsultan pengawas: {company}
Tanggal kontrak: {tgl}, nilai Rp {rpb}, waktu 120 hari kalender
Direksi keet ditempatkan di lahan kosong samping {mosque}. Base camp alat berat di {jlno2}.
Nomor kontrak {surat}.
""",
    ),
    T(
        "minutes",
        "utilities",
        """
Notulen rapat RW {kecil} Kel. {kel}
1. Jadwal giliran air tangki: {rtx} hari Senin, RT {num} hari Rabu, RT {kecil}0 hari Jumat.
2. Lampu jalan mati di {hjl} depan {church} dan di tikungan dekat {shop} – sudah dilaporkan ke PLN, tiket {tiket}.
3. Iuran sampah Rp {rpk}/bulan, petugas angkut hari Selasa dan Sabtu.
""",
    ),
    T(
        "minutes",
        "social_aid",
        """
NOTULEN RAPAT PENYALURAN BLT
Tempat: {kantor}, {tg}
Jumlah KPM per RT: {rtx}: {num1}, RT {kecil}: {num2}, RT 1{kecil}: {kecil}.
Penyaluran di Kantor Pos {jlno} mulai jam 08.00. Warga membawa KTP dan KK asli; surat undangan nomor {surat}.
""",
    ),
    T(
        "minutes",
        "education",
        """
Notulen rapat dewan guru {school}
{tgl}
Kegiatan pramuka dipindahkan ke {landmark}. Studi wisata kelas {kelas} ke {terminal} dan {rs} (kunjungan edukasi). Biaya Rp {rpk} per siswa, dibayar lewat bendahara sekolah sebelum {tg}.
""",
    ),
    T(
        "minutes",
        "security",
        """
NOTULEN RAPAT KOORDINASI TRANTIB KECAMATAN {KEC}
Tanggal {tg}
1. Pedagang kaki lima di trotoar {jl} depan {market} direlokasi ke lantai 2 pasar.
2. Parkir liar di samping {terminal} ditertibkan bersama Dishub.
3. Laporan balapan liar di {jl} setiap malam Minggu — patroli gabungan mulai jam 22.00.
Nomor undangan {surat}.
""",
    ),
    T(
        "minutes",
        "home_neighbour",
        """
Notulen rapat pengurus {rtx} / {rwx}
- Pembangunan kios oleh warga di atas saluran air {hjl} tidak diizinkan; sudah diberi teguran tertulis ({surat}).
- Anjing liar di sekitar {school} dilaporkan ke Dinas Pertanian.
- Rapat berikut {hari}, {tgl}, di pos kamling depan {mosque}.
""",
    ),
]

# ---- lapor_form: SP4N-LAPOR! tickets and the city's web form
TEMPLATES += [
    T(
        "lapor_form",
        "public_works",
        """
#{tiket}
Judul: Gorong-gorong depan rumah tersumbat
Isi Laporan: Gorong-gorong tepat di depan rumah saya di [[a:{adr1}]] Kel. {kel} tersumbat tanah dan plastik sejak proyek rabat jalan selesai. Air hujan masuk ke halaman dan dapur. Kontraktornya {company}, papan proyek masih berdiri di ujung gang.
Lokasi Kejadian: [[a:{ad1}]], Kota Kupang
Kategori: Infrastruktur
Pelapor: [[n:{n1}]]
Kanal: Website
""",
    ),
    T(
        "lapor_form",
        "utilities",
        """
Nomor Tiket: {tiket}
Instansi Tujuan: Perumda Air Minum Tirta Lontar
Isi: Air PDAM mati total di [[a:{rt1}]] Kel. {kel} sudah 9 hari. Kami beli air tangki Rp {rpk} per 1.000 liter. No. sambungan saya {samb}.
Identitas pelapor dirahasiakan: Tidak
Nama: [[n:{n1}]]
No. HP: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_form",
        "home_neighbour",
        """
LAPOR! – Detail Laporan {tiket}
Status: Diteruskan ke Kelurahan {kel}
Isi Laporan:
Tetangga saya membuang limbah babi ke selokan yang lewat di samping rumah kami. Babi dipelihara di belakang rumahnya, [[a:{gg2}]], hanya 3 meter dari sumur kami. Rumah saya [[a:{gg1}]].
Lampiran: 2 foto, 1 video
Tanggapan Kelurahan ({tgl}): Akan dilakukan peninjauan bersama Ketua RT.
""",
    ),
    T(
        "lapor_form",
        "social_aid",
        """
Formulir Pengaduan Online – Dinas Sosial Kota Kupang
Nama Lengkap : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Alamat Domisili : [[a:{adc1}]], Kel. {kel}, Kec. {kec}
No. HP/WA : [[p:{hp1}]]
Email : [[e:{em1}]]
Jenis Bantuan : PKH
Uraian : Nama saya hilang dari daftar KPM tahap {kecil} padahal tidak ada perubahan kondisi. Pendamping mengatakan alamat saya tidak ditemukan saat verifikasi.
""",
    ),
    T(
        "lapor_form",
        "health",
        """
Tiket {tiket} | Kategori: Kesehatan
Isi Laporan: Ibu saya [[n:{n2}]] peserta JKN no kartu [[bpjs:{bpjs2}]] ditolak di IGD {rs} dengan alasan kamar penuh, lalu dirujuk ke {rs}. Kami dari rumah di [[a:{adr1}]] bolak-balik 3 kali malam itu.
Nama pelapor: [[n:{n1}]]
""",
        F=(2,),
    ),
    T(
        "lapor_form",
        "education",
        """
Nomor laporan: {tiket}
Isi: Anak saya [[n:{n2}]] tidak lolos PPDB zonasi SMP, padahal jarak rumah kami di [[a:{ggr1}]] ke {school} kurang dari 1 km. Anak tetangga yang rumahnya di {cplx} (lebih jauh) justru lolos.
Pelapor: [[n:{n1}]] – [[p:{hp1}]]
""",
        fam={2: 1},
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
LAPOR! {tiket}
Judul: KK dicetak dengan alamat salah
Isi: KK baru kami ([[kk:{kk1}]]) tertulis [[a:{ad2}]], seharusnya [[a:{ad1}]]. Rumah di alamat yang tertulis itu milik orang lain. Sudah 2 kali antre di Dukcapil {jlno}, disuruh kembali minggu depan.
Pelapor: [[n:{n1}]]
Kontak: [[e:{em1}]]
""",
    ),
    T(
        "lapor_form",
        "security",
        """
Detail Laporan #{tiket}
Isi Laporan: Mohon ditertibkan, rumah di [[a:{ad2}]] dijadikan tempat judi kartu setiap malam, ramai sampai subuh. Pemilik rumah atas nama [[n:{n2}]]. Saya tinggal dua rumah dari situ.
Pelapor: Dirahasiakan
Lokasi: {kel}, {kec}
""",
    ),
    T(
        "lapor_form",
        "public_works",
        """
Tiket: {tiket}
Isi Laporan: Lampu jalan di {hjl} mati 6 tiang berturut-turut, mulai depan {church} sampai pertigaan {shop}. Jalan gelap total, sudah ada anak jatuh. Saya tinggal di ujung jalan itu ([[a:{ad1}]]).
Pelapor: [[n:{n1}]] ([[p:{hp1}]])
Tanggapan Dinas Perhubungan ({tgl}): Lampu akan diganti minggu ini.
""",
    ),
    T(
        "lapor_form",
        "home_neighbour",
        """
Formulir Pengaduan Warga – Kecamatan {kec}
Nama Pelapor : [[n:{n1}]]
Alamat Pelapor : [[a:{adr1}]]
Pihak Teradu : [[n:{n2}]] (pemilik kontrakan)
Alamat Teradu : [[a:{gg2}]]
Pokok Pengaduan : Uang jaminan kontrakan Rp {rp} tidak dikembalikan setelah saya keluar, padahal rumah diserahkan dalam keadaan baik.
Kontak : [[p:{hp1}]]
""",
    ),
    T(
        "lapor_form",
        "utilities",
        """
Laporan: {tiket}
Instansi: PLN UP3 Kupang
Isi: Trafo di belakang {market} berbunyi keras dan keluar percikan api tiap malam. Listrik di rumah kami ([[a:{adc1}]]) naik turun, kulkas sudah rusak. ID pel {idpel}.
Pelapor: [[n:{n1}]]
""",
    ),
    T(
        "lapor_form",
        "social_aid",
        """
No. Tiket {tiket}
Isi Laporan: Saya mewakili nenek saya, Oma [[n:{n2}]] ({umur2} th), tinggal sendiri di [[a:{rt2}]] Kel. {kel}, rumah papan di samping kios Mama [[n:{g3}]]. Oma belum pernah terima bansos. NIK oma [[nik:{nik2}]].
Pelapor: [[n:{n1}]], cucu, HP [[p:{hp1}]]
""",
        F=(2, 3),
        E=(2,),
    ),
    T(
        "lapor_form",
        "health",
        """
Tiket {tiket}
Isi: Sampah medis (jarum suntik, kapas) dibuang di lahan kosong di {hjl}, dekat rumah-rumah warga. Diduga dari klinik di {jlno}. Anak-anak main di situ.
Pelapor: [[n:{n1}]], warga [[a:{rt1}]]
""",
    ),
    T(
        "lapor_form",
        "education",
        """
Isi Laporan #{tiket}: Guru honor di {school} atas nama [[n:{n1}]] belum terima honor 4 bulan. Saya istrinya. Kami sekarang tinggal menumpang di rumah mertua, [[a:{ad2}]], karena tidak sanggup bayar kontrakan.
Pelapor: [[n:{n2}]]
""",
        M=(1,),
        F=(2,),
    ),
    # without personal data
    T(
        "lapor_form",
        "public_works",
        """
#{tiket}
Isi Laporan: Jalan di depan {terminal} berlubang besar, kedalaman 40 cm. Sudah banyak motor jatuh. Mohon segera ditambal sebelum musim hujan.
Lokasi: {jl}, Kel. {kel}
Pelapor: Anonim
Status: Proses (diteruskan ke Dinas PUPR, {tgl})
""",
    ),
    T(
        "lapor_form",
        "utilities",
        """
Nomor Tiket: {tiket}
Isi: Pipa PDAM pecah di {jl} depan {school}, air terbuang sejak kemarin. Lokasi tepat di trotoar samping halte.
Tanggapan: Tim teknis Perumda Tirta Lontar sudah menutup katup. Perbaikan {tgl}. Info gangguan {otel}.
""",
    ),
    T(
        "lapor_form",
        "health",
        """
Tiket {tiket} – Kategori Kesehatan
Isi: Antrean di {pusk} mulai jam 05.00 tapi loket baru buka jam 08.30. Mohon antrean online. Puskesmas beralamat di {jlno}.
Tanggapan Dinkes ({tgl}): Antrean online sudah tersedia via WA {owa}.
""",
    ),
    T(
        "lapor_form",
        "security",
        """
#{tiket}
Judul: Parkir liar di depan {shop}
Isi: Setiap sore mobil parkir dua lapis di {jl} antara {shop} dan {mosque}. Angkot tidak bisa lewat. Petugas parkir minta Rp {rpk} tanpa karcis.
Kanal: SMS 1708
""",
    ),
    T(
        "lapor_form",
        "home_neighbour",
        """
Nomor Laporan {tiket}
Isi: Bangunan ruko di {jlno} menutup saluran air di belakangnya. IMB/PBG-nya {surat}? Mohon dicek Dinas PUPR.
Status: Selesai – PBG nomor 503/PBG/{thn}/00{num} terbit atas nama {company}.
""",
    ),
    T(
        "lapor_form",
        "social_aid",
        """
Tiket {tiket}
Isi laporan: Penyaluran BPNT di Kantor Pos {jlno} kacau, antrean sampai ke jalan, lansia pingsan. Mohon dibagi per {rtx}/{rwx}.
Tanggapan Dinas Sosial: penyaluran tahap berikut per RT, jadwal diumumkan di {kantor}.
""",
    ),
]

# ---- sms_1708: SMS to 1708, KOTKUPANG <keluhan>
TEMPLATES += [
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG AIR MATI SUDAH 1 MINGGU DI [[a:{rt1}]] KEL {KEL}. SY [[n:{N1}]] {HPB1}
""".replace("{HPB1}", "[[p:{hpb1}]]"),
    ),
    T(
        "sms_1708",
        "public_works",
        """
KOTKUPANG lampu jln mati depan rmh sy [[a:{ad1}]] sdh 2 mgg. gelap skali. [[n:{g1}]]
""",
    ),
    T(
        "sms_1708",
        "home_neighbour",
        """
KOTKUPANG mhn bantu tetangga sy [[n:{n2}]] di [[a:{gg2}]] buang sampah di lahan kosong depan rmh kami tiap hari. bau dan banyak lalat. sy [[n:{n1}]] [[a:{gg1}]]
""",
    ),
    T(
        "sms_1708",
        "public_works",
        """
KOTKUPANG JALAN DEPAN {SCHOOL} BERLUBANG BESAR, {JL}. SDH ADA {KECIL} ANAK JATUH SEJAK {TGL}. LAPOR LEWAT LAPOR! TIKET {TIKET} BLM DITANGANI
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG pipa pdam bocor di {hjl} dpn {shop}, air terbuang dr {tgl}. tiket sblmnya {tiket} blm ditindak
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
KOTKUPANG SY [[n:{N1}]] WARGA [[a:{RT1}]] {KEL}. SY JANDA 3 ANAK TDK DAPAT BLT. NIK [[nik:{nik1}]]
""",
        F=(1,),
    ),
    T(
        "sms_1708",
        "health",
        """
KOTKUPANG anak sy demam tinggi, di {pusk} dokter tdk ada. rmh kami [[a:{adc1}]]. mhn info. [[n:{l1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "security",
        """
KOTKUPANG ada rumah kosong di [[a:{ad2}]] dipakai anak2 mabuk tiap malam, pemiliknya [[n:{n2}]] tinggal di jawa. sy tetangga samping. mhn patroli
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG TIANG LISTRIK MAU ROBOH DI [[a:{ADR1}]]. SDH LAPOR PLN 123 BLM DTG. [[n:{N1}]]
""",
    ),
    T(
        "sms_1708",
        "home_neighbour",
        """
kotkupang sy penyewa kos di [[a:{gg1}]], air kos mati 5 hari pemilik tdk peduli. mhn dibantu. [[n:{lg1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """
KOTKUPANG KTP SY SDH 4 BLN BLM JADI. NIK [[nik:{nik1}]] ALAMAT [[a:{ADR1}]]. DUKCAPIL BLG BLANKO HBS
""",
    ),
    T(
        "sms_1708",
        "public_works",
        """
KOTKUPANG got di blkg rmh sy [[a:{gg1}]] meluap tiap hujan. proyek drainase di {jl} tutup saluran kami. [[n:{n1}]]
""",
    ),
    T(
        "sms_1708",
        "education",
        """
KOTKUPANG SY ORTU SISWA {SCHOOL}. ANAK SY [[n:{G2}]] DITAGIH UANG GEDUNG RP {RP}. RMH KAMI [[a:{RT1}]] {KEL}. [[n:{N1}]] [[p:{hp1}]]
""",
        fam={2: 1},
    ),
    T(
        "sms_1708",
        "social_aid",
        """
kotkupang bantuan sembako tdk sampai ke kami di [[a:{rts1}]] kel {kel}, ketua rt bagi ke kel sendiri. - [[n:{lg1}]]
""",
    ),
    # without personal data
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG LISTRIK PADAM TIAP MALAM DI KEL {KEL} SEJAK {TGL}. PLN 123 TDK BS DIHUBUNGI. ID PEL {IDPEL}
""",
    ),
    T(
        "sms_1708",
        "public_works",
        """
KOTKUPANG sampah di samping {market} sdh 2 mgg tdk diangkut sejak {tgl}. bau smp ke {school}. tiket {tiket}
""",
    ),
    T(
        "sms_1708",
        "health",
        """
KOTKUPANG ANTREAN {PUSK} PANJANG SKALI, NO ANTRI {num}0, DATANG JAM 05.30 LOKET BUKA JAM 09.15. MHN DIPERBAIKI
""",
    ),
    T(
        "sms_1708",
        "security",
        """
KOTKUPANG ada nomor {scam} sms bilang sy menang undian dr pemkot rp {rpb}, suru transfer biaya admin. itu tipu kah?
""",
    ),
    T(
        "sms_1708",
        "public_works",
        """
KOTKUPANG jembatan kecil di {hjl} dekat {mosque} retak, truk proyek {company} lewat tiap hari. mhn dicek dinas pupr. foto sy kirim {tgl} jam {jam}
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
KOTKUPANG warga {RTX} SAMPAI RT {NUM} KEL {KEL} BLM TERIMA BPNT TAHAP {KECIL}. KANTOR POS {JLNO} BLG DATA BLM MASUK
""",
    ),
]

# ---- wa_chat: WhatsApp exports and forwards
TEMPLATES += [
    T(
        "wa_chat",
        "home_neighbour",
        """
[{dt1}] [[n:{n1}]]: Admin, sa mau lapor. Tetangga di [[a:{ad2}]] pasang sound system tiap malam sampai jam 2
[{dt2}] Admin Kelurahan {kel}: Baik bapa/mama, boleh sebut alamat lengkap bapa/mama sendiri?
[{dt3}] [[n:{n1}]]: [[a:{adr1}]], rumah cat biru samping kios
[{dt4}] Admin Kelurahan {kel}: Terima kasih, kami teruskan ke Ketua RT dan Babinsa
""",
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{dt1}] [[n:{g1}]]: Grup RT {num}, air su masuk di rumah sapa sa?
[{dt2}] [[n:{g2}]]: Di sa pung rumah belum, [[a:{gg2}]]
[{dt3}] [[n:{g3}]]: Sama, di [[a:{ad3}]] kering
[{dt4}] [[n:{g1}]]: Berarti pipa di depan {shop} yang pecah itu
""",
    ),
    T(
        "wa_chat",
        "public_works",
        """
*Diteruskan*
Mohon bantuan Dinas PUPR 🙏 Got di depan rumah kami [[a:{ggr1}]] Kel. {kel} ditutup beton oleh pemilik ruko sebelah ({company}). Air hujan masuk rumah.
Foto terlampir.
[[n:{n1}]] – [[p:{hp1}]]
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt1}] Pendamping PKH {kel}: Bapa mama, yang belum kumpul fotokopi KK tolong antar ke rumah sa di [[a:{ad1}]] paling lambat hari {hari}
[{dt2}] [[n:{n2}]]: Siap ibu [[n:{g1}]]
[{dt3}] [[n:{n3}]]: Ibu, sa titip di rumah mama [[n:{g4}]] di [[a:{gg4}]] bisa ko?
""",
        F=(1, 4),
    ),
    T(
        "wa_chat",
        "health",
        """
[{dt1}] [[n:{n1}]]: Selamat malam ibu bidan [[n:{g2}]], maaf ganggu. Sa pung istri su mules-mules. Ibu bisa datang ke rumah ko? [[a:{adc1}]], masuk dari gerbang samping {mosque}
[{dt2}] [[n:{g2}]]: Bawa langsung ke {pusk} saja bapa, sa tunggu di sana
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "wa_chat",
        "security",
        """
[{dt1}] [[n:{n1}]]: Info warga, tadi malam ada pencuri masuk rumah Om [[n:{g2}]] di [[a:{ad2}]], ambil HP dan motor [[pl:{pl2}]]
[{dt2}] [[n:{n3}]]: Astaga. Di [[a:{rt3}]] juga minggu lalu ada yang hilang tabung gas
[{dt3}] [[n:{n1}]]: Mari kita aktifkan ronda lagi
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{dt1}] [[n:{n1}]]: Pak, sa pindah dari [[a:{adr1}]] ke [[a:{adc1x}]], KK harus ganti di kelurahan lama atau baru?
[{dt2}] Petugas Dukcapil: Surat pindah dari kelurahan asal dulu bapa, bawa KK asli
""".replace("{adc1x}", "{adc1}"),
    ),
    T(
        "wa_chat",
        "education",
        """
[{dt1}] Wali Kelas {kelas}: Bapa mama, yang anaknya ikut antar jemput bus sekolah, tolong kirim alamat rumah lengkap
[{dt2}] [[n:{n1}]]: [[n:{g2}]] – [[a:{gg1}]]
[{dt3}] [[n:{n3}]]: [[n:{g4}]] – [[a:{adc3}]]
[{dt4}] [[n:{n5}]]: [[n:{g6}]] – [[a:{ad5}]], dekat {landmark}
""",
        fam={2: 1, 4: 3, 6: 5},
    ),
    T(
        "wa_chat",
        "home_neighbour",
        """
*Forward dari grup jemaat*
Syalom bapa mama, keluarga [[n:{f1}]] di [[a:{adr1}]] su pindah ke Soe. Rumah itu sekarang dikontrak keluarga baru, Bapak [[n:{n2}]]. Mohon diterima di rayon kita 🙏
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{dt1}] [[n:{n1}]]: Kaka [[n:{g2}]], meteran listrik di kontrakan sa ([[a:{gg1}]]) masih atas nama kaka to? Token bunyi terus
[{dt2}] [[n:{g2}]]: Iya de, ID pel {idpel}. Nanti sa isi dulu
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt1}] [[n:{n1}]]: Pak lurah, mohon info. Mama sa [[n:{n2}]] umur {umur2}, alamat [[a:{rt2}]] {kel}, NIK [[nik:{nik2}]]. Bisa masuk lansia penerima atau tidak?
[{dt2}] Lurah {kel}: Nanti sa cek data DTKS ibu
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "wa_chat",
        "public_works",
        """
[{dt1}] [[n:{n1}]]: Bapa RT, truk proyek su rusak jalan masuk gang kami. Depan rumah [[a:{gg1}]] sampai [[a:{gg2}]] lumpur semua
[{dt2}] Ketua RT {num}: Sa su telpon pengawas {company}, besok dorang bersihkan
[{dt3}] [[n:{n2}]]: Trima kasih pak
""",
    ),
    T(
        "wa_chat",
        "security",
        """
[{dt1}] [[n:{n1}]]: Ada orang ngaku petugas PLN datang ke rumah [[a:{ad1}]] tadi siang, minta uang ganti meteran Rp {rp}. Bapak-bapak hati-hati
[{dt2}] [[n:{n2}]]: Tadi juga ke rumah sa, [[a:{adc2}]], pakai rompi biru
""",
    ),
    T(
        "wa_chat",
        "health",
        """
[{dt1}] Kader [[n:{n1}]]: Jadwal posyandu lansia bulan ini di rumah sa, [[a:{gg1}]], hari {hari} jam 09.00. Yang sonde bisa jalan, petugas datang ke rumah
[{dt2}] [[n:{n2}]]: Oma sa di [[a:{rt2}]] tolong didatangi ibu 🙏
""",
        F=(1,),
    ),
    # without personal data
    T(
        "wa_chat",
        "utilities",
        """
[{dt1}] Info PDAM Tirta Lontar: Pelanggan Yth, distribusi air wilayah Kel. {kel} ({rtx} s/d RT {num}) terganggu karena perbaikan pipa di {jl}. Layanan gangguan {otel} / WA {owa}
[{dt2}] Grup Warga: Terima kasih infonya
""",
    ),
    T(
        "wa_chat",
        "public_works",
        """
*Forward*
INFO PENUTUPAN JALAN
{jl} (depan {school} s/d {landmark}) ditutup {tgl} pukul 08.00–16.00 untuk pengaspalan. Kendaraan dialihkan lewat {hjl}. Hubungi Posko Dishub {otel}.
""",
    ),
    T(
        "wa_chat",
        "security",
        """
[{dt1}] Admin RT {num}: Hati-hati, ada WA dari {scam1} ngaku dari kelurahan minta data KK untuk bansos. Itu penipu
[{dt2}] Grup RT {num}: Siap admin. Sa juga dapat dari {scam2}
""",
    ),
    T(
        "wa_chat",
        "health",
        """
[{dt}] {pusk}: Jadwal fogging: {rtx} hari {hari}, RT {num} hari Kamis, RT {kecil} hari Sabtu. Mohon rumah dibuka. Info {owa}
""",
    ),
    T(
        "wa_chat",
        "education",
        """
[{dt}] Info {school}: Pengambilan rapor {tgl} jam 09.00 di aula. Bagi yang tinggal di {cplx} dan sekitar {landmark}, bus sekolah berangkat dari halte {jl} jam 08.15. Kontak TU {otel}
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt}] Kelurahan {kel}: Penyaluran BLT tahap {kecil} hari {hari} di {kantor}, {jlno}. {rtx} jam 08.00, RT {num} jam 10.00. Bawa KTP asli. Nomor antrean {num}–{big}.
""",
    ),
]

# ---- kupang_malay: messages and posts in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "home_neighbour",
        """
Pak lurah e, beta mau lapor. Tetangga sabla, Om [[n:{n2}]], dia pung rumah di [[a:{ad2}]], dia bangun kandang babi pas di pinggir beta pung dapur. Bau minta ampun. Beta pung rumah [[a:{adr1}]]. Beta [[n:{n1}]], HP [[p:{hp1}]]
""",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Kaka, air sonde jalan lai di katong pung rumah, [[a:{rt1}]] {kel}. Su satu minggu. Beli air tangki mahal sekali, Rp {rpk}. Tolong bilang PDAM dong. - [[n:{g1}]]
""",
    ),
    T(
        "kupang_malay",
        "public_works",
        """
Bapa dong di PUPR, jalan masuk ke beta pung rumah di [[a:{gg1}]] su hancur, oto sonde bisa masuk. Kalo ada orang saki mau bawa ke {pusk} musti pikul sampe jalan besar. Beta [[n:{n1}]]
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Beta pung mama, [[n:{n2}]], su tua, tinggal sandiri di [[a:{gg2}]], blakang gereja. Dari dulu sonde pernah dapa bantuan. Beta anak nomor dua, tinggal di [[a:{adc1}]]. Bisa tolong cek ko? NIK mama [[nik:{nik2}]]. [[n:{n1}]]
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "kupang_malay",
        "home_neighbour",
        """
Beta kontrak rumah di [[a:{ad1}]] pung Ibu [[n:{n2}]]. Dia bilang mau jual rumah jadi beta musti kaluar bulan ini, padahal beta su bayar sampe Desember. Dia sekarang tinggal di [[a:{adc2}]]. Beta musti lapor ke mana? [[n:{n1}]] [[p:{hp1}]]
""",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "health",
        """
Beta mau kasi tau, di beta pung RT, [[a:{rts1}]] {kel}, su ada 4 orang kena DBD. Nyamuk banya dari got yang mampet di muka rumah [[n:{n2}]], [[a:{ad2}]]. Tolong fogging. [[n:{g1}]]
""",
    ),
    T(
        "kupang_malay",
        "security",
        """
Tadi malam ada orang masuk di beta pung tanta pung rumah, [[a:{adr2}]], ambil motor [[pl:{pl2}]]. Tanta [[n:{n2}]] ada di kampung jadi rumah kosong. Sapa yang liat tolong kasi tau beta, [[n:{n1}]], [[p:{hp1}]]
""",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "education",
        """
Bapa guru, beta pung ana [[n:{g2}]] sonde bisa sekolah minggu ini, jalan dari katong pung rumah di [[a:{rt1}]] ke {school} tagenang. Nanti beta bawa surat. Beta mama [[n:{g1}]]
""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Kaka di Dukcapil, beta pung KK masih alamat lama di Oma pung rumah, [[a:{ad3}]]. Sekarang beta su tinggal di [[a:{gg1}]]. Anak baru lahir sonde bisa masuk KK kalo alamat sonde sama ko? No KK [[kk:{kk1}]]. Beta [[n:{n1}]]
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Listrik di katong pung kios-rumah di [[a:{ad1}]] mati idup terus. Kulkas es su rusak, beta jual es ni. PLN bilang trafo di blakang {market} su tua. Beta [[n:{n1}]], pemilik kios
""",
    ),
    T(
        "kupang_malay",
        "home_neighbour",
        """
Om RT, beta mau tanya. Beta pung bapa, [[n:{n2}]], su meninggal, rumah di [[a:{adr2}]] skarang ditempati beta pung ade [[n:{g3}]]. Tapi Om [[n:{n4}]] dari sebelah bilang tanah itu dia pung. Bisa bantu mediasi ko? [[n:{n1}]]
""",
        M=(2, 4),
        fam={1: 2, 3: 2},
    ),
    T(
        "kupang_malay",
        "public_works",
        """
Lampu jalan di muka beta pung rumah mati su dua bulan. Rumah di [[a:{ggr1}]], pas di tikungan dekat kios Mama [[n:{g2}]]. Malam gelap, anak sekolah pulang les takut. - [[n:{g1}]]
""",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Beta [[n:{n1}]], dari [[a:{rt1}]]. Rumah beta rubuh kena angin kemarin, skarang tidor di rumah sodara di [[a:{adc2}]]. Kalo ada bantuan bedah rumah beta mau daftar. HP [[p:{hp1}]]
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Beta mau puji ibu bidan [[n:{n2}]] dari {pusk}, dia datang sampe beta pung rumah di [[a:{gg1}]] jam 11 malam tolong beta pung nona melahirkan. Tuhan berkati ibu 🙏 - [[n:{g1}]]
""",
        F=(2,),
    ),
    # without personal data
    T(
        "kupang_malay",
        "public_works",
        """
Jalan di {jl} dekat {terminal} su bolong-bolong sampe kaya kolam. Motor jatuh tiap hari. Dinas PUPR dong ada di mana? Tiket {tiket} su masuk dari {tgl}
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Air PDAM di {kel} jalan cuma jam 2 malam. Katong musti bangun tunggu. Kalo telpon {otel} sonde ada yang angkat. Tagihan tetap naik, Rp {rpk}
""",
    ),
    T(
        "kupang_malay",
        "security",
        """
Awas e, ada nomor {scam} ni WA orang dong bilang dia dari kelurahan, minta kirim foto KK. Itu tipu-tipu. Beta su lapor ke kantor lurah di {jlno}
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Di {pusk} obat habis lai. Dong suru beli di apotek di {jlno}, Rp {rpk}. BPJS sonde tanggung ko? Antrian nomor {num}0 baru dipanggil jam 12
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Bantuan beras di {kantor} dibagi cuma untuk {rtx} deng RT {num}, katong di RT laen sonde dapa. Tahun {thn} ju bagitu. Tolong adil sadiki
""",
    ),
    T(
        "kupang_malay",
        "home_neighbour",
        """
Ada yang tau kos kosong di sekitar {school} ko? Yang harga Rp {rpk} ke bawah. Beta mulai kuliah {tgl} di kampus {jl}, mau yang dekat {market}. Info di komentar sa
""",
    ),
]

# ---- call_note: call-centre notes and written-out calls
TEMPLATES += [
    T(
        "call_note",
        "utilities",
        """
Catatan call center {tgl} {jam}
Penelepon: [[n:{n1}]], [[p:{hp1}]]
Alamat: [[a:{adr1}]], Kel. {kel}
Keluhan: air PDAM keruh kecoklatan 3 hari. Tetangga depan ([[n:{n2}]], [[a:{ad2}]]) juga.
Diteruskan ke: Perumda Tirta Lontar, bagian distribusi
""",
    ),
    T(
        "call_note",
        "home_neighbour",
        """
Petugas: Unit Pengaduan Kasih, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Sa mau lapor tetangga bakar sampah plastik tiap sore, asap masuk rumah, anak sa asma.
Petugas: Boleh alamat bapak?
Penelepon: [[a:{gg1}]], Kelurahan {kel}.
Petugas: Yang bakar sampah alamatnya?
Penelepon: Persis sebelah, [[a:{gg2}]], atas nama [[n:{n2}]].
Petugas: Atas nama bapak?
Penelepon: [[n:{n1}]].
""",
        F=(3,),
    ),
    T(
        "call_note",
        "public_works",
        """
{jam} | [[n:{n1}]] | [[p:{hp1}]] | Lubang galian kabel di depan rumahnya, [[a:{ad1}]], tidak ditutup kembali sejak {tgl}; cucunya jatuh. Diteruskan ke Dinas PUPR.
""",
    ),
    T(
        "call_note",
        "security",
        """
Laporan telepon masuk {dt}
Pelapor: Ibu [[n:{n1}]], warga [[a:{rt1}]] Kel. {kel}
Isi: suami ibu [[n:{n2}]] tidak pulang sejak 2 hari, terakhir terlihat di {terminal}. Foto dikirim via WA ke petugas.
Tindak lanjut: diteruskan ke Polsek {kec}
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "call_note",
        "health",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{tr1}]], telp rumah) meminta ambulans untuk ayahnya [[n:{n2}]], stroke, di rumah [[a:{adc1}]]. Ambulans {pusk} berangkat {jam}.
""",
        M=(2,),
        E=(2,),
    ),
    T(
        "call_note",
        "social_aid",
        """
Petugas: Nama ibu siapa?
Penelepon: [[n:{n1}]].
Petugas: Alamat?
Penelepon: [[a:{rt1}]], di belakang {church}, Kel. {kel}.
Petugas: NIK ibu?
Penelepon: [[nik:{nik1}]].
Petugas: Baik, keluhan BLT tidak cair kami teruskan ke Dinas Sosial.
""",
        F=(1,),
    ),
    T(
        "call_note",
        "civil_registry",
        """
{jam} penelepon [[n:{lg1}]] (tdk sebut marga), tanya syarat pindah KK dari rumah orang tua di [[a:{ad1}]] ke kontrakan di [[a:{gg1}]]. Dijelaskan: surat pindah dari kelurahan asal.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Penelepon anonim dari [[p:{hp1}]] melaporkan kabel listrik putus dan tergeletak di jalan depan {school}, {jl}. Diteruskan ke PLN UP3 Kupang (123).
""",
    ),
    T(
        "call_note",
        "home_neighbour",
        """
Catatan: penelepon [[n:{n1}]] mengeluhkan pemilik kos, Bapak [[n:{n2}]], yang tinggal di lantai bawah kos itu sendiri ([[a:{gg2}]]), masuk kamar penyewa tanpa izin. Penelepon sendiri tinggal di kamar 4 kos tersebut. HP [[p:{hp1}]].
""",
        M=(2,),
    ),
    T(
        "call_note",
        "education",
        """
Pelapor: [[n:{n1}]]
Nomor: [[p:{hp1}]]
Ringkasan: anaknya [[n:{g2}]] ditolak daftar di {school} karena alamat di KK ([[a:{adr1}]]) dianggap di luar zona. Pelapor minta penjelasan. Diteruskan ke Dinas Pendidikan.
""",
        fam={2: 1},
    ),
    T(
        "call_note",
        "security",
        """
{jam} | penelepon tidak sebut nama | [[p:{hp1}]] | rumah di [[a:{ad2}]] (milik [[n:{n2}]]) jadi tempat penampungan barang curian, menurut penelepon yang tinggal di depannya. Diteruskan ke Polresta.
""",
    ),
    T(
        "call_note",
        "public_works",
        """
Catatan call center: Bapak [[n:{n1}]] ([[p:{hp1}]]) melaporkan pohon tumbang menimpa pagar rumahnya di [[a:{ggr1}]] dan menutup jalan. BPBD dihubungi {jam}.
""",
        M=(1,),
    ),
    T(
        "call_note",
        "health",
        """
Petugas: Alamat pasien?
Penelepon: [[a:{adc1}]], Kelurahan {kel}. Rumah pojok, pagar hitam.
Petugas: Nama pasien?
Penelepon: [[n:{n2}]], mama sa.
Petugas: Nomor kartu JKN-nya?
Penelepon: [[bpjs:{bpjs2}]].
""",
        F=(2,),
    ),
    # without personal data
    T(
        "call_note",
        "public_works",
        """
{jam1} | Anonim | — | Lampu lalu lintas simpang {landmark} mati, macet sampai depan {market}. Diteruskan ke Dishub ({otel}).
{jam2} | Komite Sekolah {school} | {owa} | Atap ruang kelas bocor. Diteruskan ke Disdik.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: Keluhannya?
Penelepon: Meter air bocor di depan pagar. Kantor PDAM di {jlno} suruh telpon {otel}, tapi sonde angkat.
Petugas: Kami buatkan tiket {tiket}.
""",
    ),
    T(
        "call_note",
        "security",
        """
Catatan {tgl}: penelepon melaporkan ditelepon {scam} yang mengaku petugas Dukcapil, minta NIK dan foto KK untuk "pemutakhiran data". Disarankan tidak memberi data dan lapor ke {kantor}.
""",
    ),
    T(
        "call_note",
        "health",
        """
{jam1} | {pusk} | {otel1} | minta info stok vaksin rabies. Diteruskan ke Dinkes.
{jam2} | {rs} | {otel2} | konfirmasi rujukan pasien dari {pusk}.
""",
    ),
    T(
        "call_note",
        "social_aid",
        """
Petugas: Silakan datang ke {kantor}, {jlno}, hari kerja jam 08.00–14.00, bawa KK dan KTP. Untuk cek status bansos bisa juga ke WA pengaduan Dinsos {owa}.
Penelepon: Baik, terima kasih.
(Tiket {tiket})
""",
    ),
    T(
        "call_note",
        "public_works",
        """
Ringkasan panggilan {tgl}
- {jam1} drainase tersumbat di {jl} depan {shop} – PUPR
- {jam2} jalan ambles dekat {landmark} – PUPR
- {jam3} sampah menumpuk di samping {terminal} – DLHK
- {jam4} pohon tumbang di {hjl} – BPBD
Total {num} panggilan.
""",
    ),
]

# ---- social_post: Facebook groups, Instagram, TikTok captions
TEMPLATES += [
    T(
        "social_post",
        "public_works",
        """
{grp}
Salam semua. Mohon perhatian Dinas PUPR 🙏 Got di depan rumah kami, [[a:{adr1}]], ditimbun material proyek {company} sejak 3 minggu. Tiap hujan air masuk rumah. Sudah lapor ke kelurahan tapi belum ada tindakan.
#KupangKotaKasih
""",
    ),
    T(
        "social_post",
        "home_neighbour",
        """
Mohon bantu share. Saya penyewa rumah di [[a:{gg1}]]. Pemilik rumah, [[n:{n2}]], cabut meteran air tanpa pemberitahuan. Padahal kontrak sampai {tg}. Ada yang tau harus lapor ke mana?
""",
    ),
    T(
        "social_post",
        "security",
        """
DICARI 🙏 Motor Honda Beat hitam nopol [[pl:{pl1}]] hilang dari depan rumah kami, [[a:{ad1}]], {tgl} dini hari. Yang melihat mohon hubungi [[n:{n1}]] [[p:{hp1}]]. Terima kasih basodara
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Kisah Oma [[n:{n1}]] ({umur1} th) yang tinggal sendiri di rumah bebak di [[a:{rt1}]] Kel. {kel}, belakang {mosque}. Tidak ada listrik, air ambil di sumur tetangga. Yang mau bantu bisa langsung ke rumah oma atau hubungi cucunya, [[n:{g2}]] [[p:{hp2}]].
""",
        F=(1,),
        E=(1,),
    ),
    T(
        "social_post",
        "utilities",
        """
Dua minggu air PDAM tidak mengalir di [[a:{rts1}]] {kel}. Kami sudah lapor via 1708 dan LAPOR! ({tiket}). Hari ini saya beli air tangki lagi Rp {rpk}. Rumah saya di [[a:{adc1}]], silakan petugas datang cek 🙏
""",
    ),
    T(
        "social_post",
        "health",
        """
Terima kasih {pusk} 🙏 Kemarin petugas datang ke rumah bapa saya di [[a:{ggr1}]] untuk vaksin lansia, karena bapa sudah tidak bisa jalan. Pelayanan seperti ini yang kami harapkan. - [[n:{n2}]]
""",
    ),
    T(
        "social_post",
        "home_neighbour",
        """
Curhat sedikit. Rumah tetangga di [[a:{ad2}]] dijadikan tempat cuci mobil, air sabun mengalir ke halaman kami di [[a:{ad1}]]. Sudah ditegur baik-baik, malah marah. Ada saran?
""",
    ),
    T(
        "social_post",
        "education",
        """
Selamat untuk anak kami [[n:{n1}]] yang lulus seleksi beasiswa. Terima kasih keluarga besar di [[a:{adc2}]] yang sudah tampung dia selama sekolah di {school} 🙏{dec1}
""",
    ),
    T(
        "social_post",
        "security",
        """
Hati-hati warga sekitar {rtx} {kel}! Tadi malam rumah [[n:{n1}]] di [[a:{gg1}]] dibobol, TV dan laptop hilang. Pelaku diduga 2 orang pakai motor tanpa plat, kabur arah {jl}.
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
Akhirnya KK kami jadi juga setelah 3 bulan 😭 Alamat sudah benar: [[a:{adr1}]]. Terima kasih petugas jemput bola Dukcapil di {kantor}. Buat yang belum, bawa surat pindah dari kelurahan lama ya.
""",
    ),
    T(
        "social_post",
        "public_works",
        """
Ini kondisi jalan masuk ke [[a:{gg1}]] setelah proyek pipa selesai. Lubang tidak ditutup, motor tidak bisa lewat. Saya [[n:{n1}]], warga di ujung gang ini. @Dinas PUPR Kota Kupang
""",
    ),
    T(
        "social_post",
        "health",
        """
Mohon doa dan bantuan 🙏 Adik kami [[n:{n1}]] butuh darah golongan O di {rs}. Keluarga tinggal di [[a:{gg2}]], yang mau donor bisa hubungi kakaknya [[n:{g2}]] di [[p:{hp2}]].
""",
    ),
    T(
        "social_post",
        "utilities",
        """
Kebakaran kecil di rumah [[n:{n1}]], [[a:{adr1}]], karena kabel listrik tua. Untung cepat dipadamkan warga. Mohon PLN cek jaringan di {hjl}, tiang-tiangnya sudah miring semua.
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Bedah rumah Mama [[n:{n1}]] di [[a:{gg1}]] selesai 🙏 Terima kasih Dinas Perkim, {church} dan anak muda {rtx}. Rumah sekarang sudah layak huni.
""",
        F=(1,),
    ),
    # without personal data
    T(
        "social_post",
        "public_works",
        """
{grp}
Kondisi {jl} depan {market} pagi ini 😤 Lubang sedalam lutut, sudah 2 motor jatuh. Foto {tgl} jam {jam}. Dinas PUPR kapan diperbaiki? #jalanrusak
""",
    ),
    T(
        "social_post",
        "utilities",
        """
Info pemadaman listrik {tg} jam 09.00–15.00: {jl}, sekitar {school}, {terminal}, dan Kel. {kel}. Sumber: PLN UP3 Kupang. Yang perlu info lanjut hubungi PLN 123 atau {otel}.
""",
    ),
    T(
        "social_post",
        "home_neighbour",
        """
Dijual tanah kavling 10x20 di {hjl}, dekat {school} dan {market}. SHM, harga Rp {rpb} nego. Hub. kantor {company} {otel}.
""",
    ),
    T(
        "social_post",
        "education",
        """
Pendaftaran peserta didik baru {school} dibuka {tgl}. Alamat sekolah {jlno}. Info: tata usaha {otel}, WA panitia {owa}.
""",
    ),
    T(
        "social_post",
        "security",
        """
⚠️ Waspada penipuan! Ada akun yang mengatasnamakan {kantor} dan minta transfer ke rekening untuk bantuan bedah rumah. Nomor yang dipakai {scam}. Kantor resmi ada di {jlno}.
""",
    ),
    T(
        "social_post",
        "health",
        """
{rs}
2 j
Mulai {tg}, pendaftaran poli rawat jalan lewat WhatsApp {owa}. Layanan IGD tetap 24 jam di gedung baru {jlno}.
""",
    ),
]
TEMPLATES += [
    T(
        "call_note",
        "home_neighbour",
        """
{jam} | [[n:{n1}]] | [[p:{hp1}]] | Rumah kontrakan di sebelah rumahnya ([[a:{ad2}]], pemilik [[n:{n2}]]) ditinggal penyewa, pintu terbuka, dipakai anak muda mabuk. Pelapor tinggal di [[a:{ad1}]]. Diteruskan ke Kel. {kel}.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Petugas: ID pelanggan PLN?
Penelepon: {idpel}.
Petugas: Alamat pemasangan?
Penelepon: [[a:{adc1}]], rumah sekalian warung sembako.
Petugas: Nama pemilik?
Penelepon: [[n:{n1}]].
Petugas: Tiket gangguan {tiket} sudah dibuat.
""",
    ),
]

# ---- ocr_scan: scanned letters, forms and cards
TEMPLATES += [
    T(
        "ocr_scan",
        "civil_registry",
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{nik1}]]
Nama : [[n:{N1}]]
Tempat/Tgl Lahir : KUPANG, {lahir1}
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {KEL}
Kecamatan : {KEC}
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
KARTU KELUARGA
No. [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{ADC1}]]
[[a:RT/RW : {rtk1}]]
Desa/Kelurahan : {KEL}
No | Nama Lengkap | NIK | Hubungan
1 | [[n:{N1}]] | [[nik:{nik1}]] | KEPALA KELUARGA
2 | [[n:{N2}]] | [[nik:{nik2}]] | ISTRI
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "ocr_scan",
        "home_neighbour",
        """
SURAT PERJANJIAN SEWA RUMAH
Yang bertanda tangan di bawah ini:
1. Nama : [[n:{N1}]]
   Alamat : [[a:{ADR1}]]
   selanjutnya disebut PIHAK I (pemilik)
2. Nama : [[n:{N2}]]
   Alamat asal : [[a:{AD2}]], SOE
   selanjutnya disebut PIHAK II (penyewa)
PIHAK I menyewakan rumah di [[a:{GG1}]] kepada PIHAK II selama 1 (satu) tahun dengan harga Rp {rpb}.
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
SURAT KETERANGAN TIDAK MAMPU
Nomor : {surat}
Lurah {KEL} menerangkan bahwa :
Nama : [[n:{Ns1}]]
NIK : [[nik:{niko1}]]
Alamat : [[a:{AD1} {RT1}]]
adalah benar warga kami yang tergolong keluarga tidak mampu.
Dikeluarkan di Kantor Lurah {KEL}, {JLNO}
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
{RS}
SURAT RUJUKAN
Nama Pasien : [[n:{N1}]]
No. Kartu : [[bpjs:{bpjs1}]]
Alamat : [[a:{ADC1}]]
Diagnosa : Fraktur femur
Dirujuk dari : {PUSK}, {JLNO}
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
FORMULIR PERMOHONAN SAMBUNGAN BARU
PERUMDA AIR MINUM TIRTA LONTAR
Nama Pemohon : [[n:{N1}]]
Alamat Pemasangan : [[a:{GGR1}]]
Kelurahan : {KEL}
No. HP : [[p:{hp1}]]
Peruntukan : RUMAH TANGGA + KIOS
""",
    ),
    T(
        "ocr_scan",
        "education",
        """
FORMULIR PENDAFTARAN PESERTA DIDIK BARU
{SCHOOL}
Nama Siswa : [[n:{N2}]]
Nama Ayah : [[n:{N1}]]
Alamat Rumah : [[a:{ADR1}]]
Jarak ke sekolah : 1,2 km
No. HP Orang Tua : [[p:{hp1}]]
Alamat sekolah asal : {JLNO}
""",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "ocr_scan",
        "security",
        """
SURAT TANDA PENERIMAAN LAPORAN
Nomor : STPL/{num}/{thn}/SPKT
Telah menerima laporan dari :
Nama : [[n:{N1}]]
Alamat : [[a:{AD1}]], KEL. {KEL}
Tentang : pencurian sepeda motor [[pl:{pl1}]] di halaman rumah pelapor.
Kupang, {tg}
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
SURAT KETERANGAN PINDAH
No. {surat}
Nama : [[n:{N1}]]
No. KK : [[kk:{kk1}]]
Alamat Asal : [[a:{AD1} {RT1}]]
Alamat Tujuan : [[a:{ADC2}]]
Alasan Pindah : PEKERJAAN
""",
    ),
    T(
        "ocr_scan",
        "home_neighbour",
        """
BERITA ACARA PEMERIKSAAN LAPANGAN
Lokasi : rumah Sdr. [[n:{N1}]], [[a:{AD1}]]
Pelapor : [[n:{N2}]], pemilik rumah sebelah, [[a:{AD2}]]
Hasil : tembok pembatas retak akibat galian fondasi rumah terlapor. Disarankan penyelesaian secara kekeluargaan.
Petugas : [[n:{N3}]]
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
DAFTAR PENERIMA BANTUAN BEDAH RUMAH {THN}
KELURAHAN {KEL}
No  Nama              Alamat
1   [[n:{N1}]]   [[a:{ADR1}]]
2   [[n:{N2}]]   [[a:{GGR2}]]
3   [[n:{N3}]]   [[a:{ADC3}]]
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
KARTU INDONESIA SEHAT
No. Kartu [[bpjs:{bpjs1}]]
Nama [[n:{N1}]]
NIK [[nik:{nik1}]]
Tgl. Lahir {lahir1}
Faskes Tingkat I {PUSK}
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
SURAT KETERANGAN
Ketua RT {num} / RW {kecil} Kel. {KEL} menerangkan bahwa [[n:{N1}]] benar tinggal di [[a:{AD1}]] dan menggunakan listrik untuk rumah tangga dan usaha jahit di rumah.
Surat ini untuk pengajuan tambah daya PLN.
Ketua RT
[[n:{N2}]]
HP [[p:{hp2}]]
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
NIK : [[nik:{nik1}]]
Nama : [[n:{N1}]]Tempat/Tgl Lahir : KUPANG, {lahir1}
Alamat : [[a:{AD1}]][[a:RT/RW : {rtk1}]]
Kel/Desa : {KEL}
Agama : KRISTEN
""",
    ),
    # without personal data
    T(
        "ocr_scan",
        "public_works",
        """
PAPAN PROYEK
PEKERJAAN : REHABILITASI SALURAN DRAINASE {JL}
LOKASI : DEPAN {MARKET} S/D {LANDMARK}
NILAI KONTRAK : RP {rpb}
NO. KONTRAK : {surat}
PELAKSANA : {COMPANY}, {JLNO}
WAKTU : 90 HARI KALENDER
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
{JLNO} Telp. {otel}
REKENING AIR
No. Sambungan : {samb}
Periode : {BLN} {thn}
Pemakaian : {num} m3
Total : Rp {rpk}
""",
    ),
    T(
        "ocr_scan",
        "education",
        """
{SCHOOL}
NPSN {npsn} | {JLNO}, Telp. {otel}
SURAT EDARAN
Nomor : {surat}
Kegiatan belajar tanggal {tgl} dipindahkan ke {CHURCH} karena perbaikan ruang kelas.
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
{PUSK}
{JLNO}
JADWAL POSYANDU
{RTX} : {HARI}, POSYANDU MELATI (BALAI {RTX})
RT {num} : RABU, HALAMAN {CHURCH}
RT {kecil}0 : JUMAT, {MOSQUE}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
KANTOR POS KUPANG
{JLNO}
TANDA TERIMA BANSOS
No. Transaksi : {trx}
Kode Barcode : {va}
Penyaluran : BPNT TAHAP {kecil}
Lokasi : {KANTOR}
""",
    ),
    T(
        "ocr_scan",
        "security",
        """
KEPOLISIAN NEGARA REPUBLIK INDONESIA
RESOR KUPANG KOTA
{JLNO}, Telp. {otel}
PENGUMUMAN
Laporan kehilangan dapat dibuat di SPKT 24 jam. Nomor registrasi {surat}.
""",
    ),
]

# ---- register: registers, tables and lists pasted from spreadsheets
TEMPLATES += [
    T(
        "register",
        "social_aid",
        """
No,Nama,NIK,Alamat,RT/RW,No HP
1,[[n:{N1}]],[[nik:{nikb1}]],[[a:{AD1}]],[[a:{rtk1}]],[[p:{hpb1}]]
2,[[n:{N2}]],[[nik:{nikb2}]],[[a:{GG2}]],[[a:{rtk2}]],-
3,[[n:{N3}]],[[nik:{nikb3}]],[[a:{ADC3}]],[[a:{rtk3}]],[[p:{hpb3}]]
""",
    ),
    T(
        "register",
        "home_neighbour",
        """
BUKU TAMU / REGISTER PENDUDUK PENDATANG RT {num}
Tgl | Nama | Asal | Tinggal di | Keperluan
{tgl1} | [[n:{n1}]] | Atambua | [[a:{gg1}]] (kos) | kuliah
{tgl2} | [[n:{n2}]] | Rote | [[a:{ad2}]] (rumah saudara) | kerja
{tgl3} | [[n:{n3}]] | Sabu | [[a:{adc3}]] (kontrak) | kerja
""",
    ),
    T(
        "register",
        "public_works",
        """
Rekap aduan drainase – Kel. {kel}
Tanggal;Pelapor;Alamat Pelapor;Lokasi Masalah;Status
{tgl1};[[n:{n1}]];[[a:{ad1}]];got depan rumah pelapor;proses
{tgl2};[[n:{n2}]];[[a:{gg2}]];gorong-gorong {jl} depan {shop};selesai
{tgl3};Komite {school};{jlno};saluran samping sekolah;proses
""",
    ),
    T(
        "register",
        "utilities",
        """
Daftar pelanggan mengeluh tekanan air rendah
No | Nama Pelanggan | No. Sambungan | Alamat
1 | [[n:{N1}]] | {samb1} | [[a:{ADR1}]]
2 | [[n:{N2}]] | {samb2} | [[a:{ADR2}]]
3 | {MOSQUE} | {samb3} | {JLNO1}
4 | {SHOP} | {samb4} | {JLNO2}
""",
    ),
    T(
        "register",
        "health",
        """
Register kunjungan rumah pasien TB – {pusk}
Tgl | Pasien | Umur | Alamat | PMO
{tgl1} | [[n:{n1}]] | {umur1} | [[a:{adr1}]] | [[n:{n2}]] (istri)
{tgl2} | [[n:{n3}]] | {umur3} | [[a:{ggr3}]] | kader [[n:{n4}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "register",
        "education",
        """
Data siswa penerima PIP kelas {kelas}
No;Nama Siswa;NISN;Nama Orang Tua;Alamat
1;[[n:{N1}]];{nisn1};[[n:{N2}]];[[a:{AD2}]]
2;[[n:{N3}]];{nisn2};[[n:{N4}]];[[a:{ADC4}]]
""",
        fam={1: 2, 3: 4},
    ),
    T(
        "register",
        "civil_registry",
        """
Antrean perekaman KTP-el jemput bola {tgl}
No Urut | Nama | NIK | Alamat
A-0{kecil}1 | [[n:{n1}]] | [[nik:{nik1}]] | [[a:{rt1}]]
A-0{kecil}2 | [[n:{n2}]] | [[nik:{nik2}]] | [[a:{gg2}]]
Lokasi layanan: {kantor}, {jlno}
""",
    ),
    T(
        "register",
        "security",
        """
Jadwal ronda {rtx} – bulan {bln}
Hari | Petugas | Rumah
{hari} | [[n:{n1}]] | [[a:{gg1}]]
{hari} | [[n:{n2}]] | [[a:{gg2}]]
{hari} | [[n:{n3}]] | [[a:{ad3}]]
Titik kumpul: pos kamling depan {church}, {jlno}
""",
    ),
    T(
        "register",
        "social_aid",
        """
Daftar Ketua RT Kelurahan {kel} ({thn})
RT/RW | Nama Ketua | HP
[[a:{rt1}]] | [[n:{n1}]] | [[p:{hp1}]]
[[a:{rt2}]] | [[n:{n2}]] | [[p:{hp2}]]
Kantor Lurah | - | {otel}
""",
    ),
    T(
        "register",
        "home_neighbour",
        """
Daftar Usaha Mikro Kelurahan {kel}
Nama Usaha | Pemilik | Alamat Usaha | HP Pemilik
Kios Mama {g9} | [[n:{n1}]] | [[a:{ad1}]] (rumah sendiri) | [[p:{hp1}]]
{shop} | [[n:{n2}]] | {jlno} | [[p:{hp2}]]
Jahit Rapi | [[n:{n3}]] | [[a:{gg3}]] (rumah sendiri) | -
""".replace("Kios Mama {g9}", "Kios Mama Ester"),
    ),
    T(
        "register",
        "health",
        """
Sasaran vaksinasi lansia door to door
No,Nama,Tgl Lahir,Alamat,Keterangan
1,[[n:{n1}]],{lahir1},[[a:{adr1}]],tirah baring
2,[[n:{n2}]],{lahir2},[[a:{adc2}]],stroke
3,[[n:{n3}]],{lahir3},[[a:{ggr3}]],-
""",
        E=(1, 2, 3),
    ),
    T(
        "register",
        "public_works",
        """
Daftar rumah terdampak pelebaran {jl}
No | Pemilik | Alamat | Luas terkena
1 | [[n:{n1}]] | [[a:{ad1}]] | 12 m2
2 | [[n:{n2}]] | [[a:{ad2}]] | 8 m2
3 | {church} | {jlno1} | 30 m2
4 | {company} | {jlno2} | 45 m2
""",
    ),
    T(
        "register",
        "civil_registry",
        """
No Nama NIK No. KK RT/RW
1 [[n:{N1}]] [[nik:{nikb1}]] [[kk:{kkb1}]] [[a:{rtk1}]]
2 [[n:{N2}]] [[nik:{nikb2}]] [[kk:{kkb2}]] [[a:{rtk2}]]
""",
    ),
    T(
        "register",
        "utilities",
        """
Log gangguan PLN – posko {kec}
Jam | Pelapor | Kontak | Alamat
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | [[a:{adc1}]]
{jam2} | {school} | {otel} | {jlno}
{jam3} | [[n:{n2}]] | [[p:{hp2}]] | [[a:{gg2}]]
""",
    ),
    # without personal data
    T(
        "register",
        "public_works",
        """
Instansi;Alamat;Telepon
{kantor};{jlno1};{otel1}
{pusk};{jlno2};{otel2}
{school};{jlno3};{otel3}
{market} (UPTD Pasar);{jlno4};{otel4}
""",
    ),
    T(
        "register",
        "utilities",
        """
Jadwal giliran air tangki Kel. {kel}
RT | Hari | Titik pengisian
{rtx} | Senin | halaman {church}
RT {num} | Rabu | depan {mosque}
RT {kecil}0 | Jumat | {landmark}
Kontak posko: {owa}
""",
    ),
    T(
        "register",
        "social_aid",
        """
Jumlah KPM per RT
RT 01: {num1} KK
RT 02: {num2} KK
RT 03: {kecil} KK
RT 04: {num3} KK
Total: {big} KK
""",
    ),
    T(
        "register",
        "security",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{scam1} | mengaku petugas kelurahan, minta data KK | {tgl1}
{scam2} | undian berhadiah Pemkot | {tgl2}
{scam3} | bantuan bedah rumah palsu | {tgl3}
""",
    ),
    T(
        "register",
        "education",
        """
Tempat,Jenis,Alamat
{school},Sekolah,{jlno1}
{church},Gereja,{jlno2}
{mosque},Masjid,{jlno3}
{terminal},Terminal,{jl}
""",
    ),
    T(
        "register",
        "health",
        """
Poli | Hari | Jam | Pendaftaran
Umum | Senin–Sabtu | 08.00–12.00 | WA {owa}
Gigi | Selasa, Kamis | 09.00–12.00 | {otel}
Lokasi: {pusk}, {jlno}
""",
    ),
]

# ---- more of each style: accounts, tax numbers, mailboxes, and homes written the Kupang way
TEMPLATES += [
    T(
        "letter",
        "home_neighbour",
        """
Kepada Yth. Lurah {kel}
Perihal: Tunggakan sewa dan kerusakan rumah

Saya [[n:{n1}]], pemilik rumah di [[a:{ad1}]]. Rumah itu saya kontrakkan kepada Sdr. [[n:{n2}]] sejak {thn}. Ia pindah tanpa pamit dan meninggalkan tunggakan Rp {rp}. Menurut tetangga, ia kini tinggal di [[a:{adc2}]].
Sewa dahulu dibayar ke rekening saya {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]; sejak {bln} tidak ada transfer lagi.
Saya tinggal di [[a:{gg1}]], Kel. {kel}. Surel: [[e:{em1}]]
""",
    ),
    T(
        "letter",
        "education",
        """
Kepada Yth. Bendahara {school}
Perihal: Pengembalian kelebihan bayar

Dengan hormat, uang seragam anak kami [[n:{g2}]] terbayar dua kali (Rp {rpk}). Mohon dikembalikan ke rekening {bank1} [[b:{rek1}]] a.n. [[n:{n1}]], bukan ke rekening komite sekolah ({rekb}).
Alamat kami [[a:{adr1}]], dekat {landmark}.
Hormat kami,
[[n:{n1}]]
""",
        fam={2: 1},
    ),
    T(
        "minutes",
        "social_aid",
        """
NOTULEN RAPAT PANITIA PEDULI KEBAKARAN {RTX}
{tgl}, di rumah Ketua Panitia [[n:{n1}]], [[a:{gg1}]]
1. Korban: keluarga [[n:{f2}]], [[a:{ad2}]] (rumah habis terbakar), sementara tinggal di rumah Om [[n:{n3}]], [[a:{ad3}]].
2. Sumbangan ditampung di rekening bendahara panitia a.n. [[n:{n4}]] Bank NTT [[b:{rek4}]]; bukan rekening gereja ({rekntt}).
3. Laporan penggunaan dana diumumkan di {church}.
""",
        M=(3,),
    ),
    T(
        "minutes",
        "home_neighbour",
        """
NOTULEN MEDIASI RT {num}
Para pihak: [[n:{n1}]] (penyewa kos di [[a:{gg1}]], kamar 3) dan [[n:{n2}]] (pemilik kos, tinggal di lantai atas kos yang sama).
Masalah: penyewa memasang kompor gas di kamar; pemilik mematikan listrik kamar.
Kesepakatan: kompor dipindah ke dapur bersama; listrik dinyalakan hari ini.
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
Tiket {tiket}
Isi: NPWP saya ([[npwp:{npwp1}]]) tertulis alamat lama [[a:{ad2}]], rumah almarhum ayah saya [[n:{n2}]]. Alamat saya sekarang [[a:{adc1}]], Kel. {kel}. KPP minta surat keterangan domisili dari kelurahan, kelurahan minta KK baru. Mohon jelas prosedurnya.
Pelapor: [[n:{n1}]] | [[e:{em1}]]
""",
        M=(2,),
    ),
    T(
        "lapor_form",
        "home_neighbour",
        """
No. Tiket {tiket}
Isi: Saya usaha bengkel motor kecil di rumah sendiri, [[a:{gg1}]]. Petugas Satpol PP menyegel bengkel karena dianggap usaha tanpa izin di kawasan perumahan, padahal NIB saya {nib} sudah terbit. Mohon peninjauan.
Pelapor: [[n:{n1}]], [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "home_neighbour",
        """
KOTKUPANG SY [[n:{N1}]] RMH DI [[a:{RTS1}]] BLKG {MOSQUE}. TANAH SY DIPAGAR TETANGGA [[n:{N2}]]. SDH LAPOR LURAH {TGL} BLM ADA JAWABAN. [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "security",
        """
kotkupang sy [[n:{l1}]] [[a:{rt1}]] {kel}. rumah sy di samping kios dijadikan gudang oleh org tdk dikenal waktu sy ke soe. kunci dirusak. [[p:{hpb1}]]
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt1}] [[n:{n1}]]: Kaka, bantuan untuk katong pung rumah yang rubuh di [[a:{rt1}]] bisa transfer ke rekening sa {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. Bukan rekening posko ya, posko belum buka rekening
[{dt2}] [[n:{n2}]]: Siap kaka, nanti sa antar juga beras ke rumah di [[a:{ad1}]]
""",
    ),
    T(
        "wa_chat",
        "education",
        """
[{dt1}] [[n:{n1}]]: Ibu guru, ini email sa untuk kirim rapor online: [[e:{em1}]]. Alamat rumah su ganti, sekarang di [[a:{gg1}]], bukan lagi di [[a:{ad1}]]
[{dt2}] Wali Kelas {kelas}: Baik, sa ubah di dapodik. Email sekolah tetap {school_mail}
""".replace("{school_mail}", "tu.sekolah@gmail.com"),
    ),
    T(
        "kupang_malay",
        "home_neighbour",
        """
Beta pung rumah ni rumah sakaligus bengkel las, di [[a:{ad1}]], Kel. {kel}. Tetangga baru di [[a:{ad2}]] lapor ke lurah bilang ribut. Beta su kerja di situ dari {thn} sebelum dia datang. Beta [[n:{n1}]], [[p:{hp1}]]
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Beta sonde punya rekening, jadi bantuan bedah rumah masuk di beta pung ana pung rekening, BRI [[b:{rek2}]] a.n. [[n:{n2}]]. Rumah yang mau dibedah tu beta pung rumah di [[a:{gg1}]], ana tinggal di [[a:{adc2}]]. Beta [[n:{n1}]]
""",
        fam={2: 1},
    ),
    T(
        "call_note",
        "social_aid",
        """
Petugas: Nomor rekening untuk pencairan?
Penelepon: [[b:{rek1}]], {bank1}.
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: Alamat sesuai KTP?
Penelepon: [[a:{adr1}]]. Tapi sekarang sa tinggal di rumah anak, [[a:{gg2}]].
""",
    ),
    T(
        "call_note",
        "utilities",
        """
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | Rumah sekaligus warung di [[a:{ad1}]] kena lonjakan tagihan PDAM Rp {rp}. Meter di depan warung bocor. Diteruskan ke Perumda ({otel}).
{jam2} | {shop} | {owa} | Air tidak mengalir di toko, {jlno}.
""",
    ),
    T(
        "social_post",
        "home_neighbour",
        """
Terima kasih Pak RT [[n:{n1}]] yang sudah bantu mediasi dengan pemilik kontrakan kami. Uang jaminan akhirnya kembali. Buat yang cari kontrakan, hati-hati dengan rumah di [[a:{ad2}]], tanya dulu ke RT.
""",
        M=(1,),
    ),
    T(
        "social_post",
        "social_aid",
        """
Open donasi 🙏 Rumah keluarga [[n:{f1}]] di [[a:{adr1}]] roboh kena angin. Donasi bisa ke {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (anak sulung) atau antar langsung ke rumah saudara di [[a:{adc3}]]. Konfirmasi [[p:{hp2}]]
""",
        fam={2: 1},
    ),
    T(
        "ocr_scan",
        "home_neighbour",
        """
KWITANSI
{struk}
Telah terima dari : [[n:{N1}]]
Uang sejumlah : Rp {kecil}00.000
Untuk pembayaran : SEWA KAMAR KOS {BLN} {thn}, [[a:{GG2}]] KAMAR 2
Pemilik kos,
[[n:{N2}]]
Rek. {bank2} [[b:{rek2}]]
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
KARTU NPWP
NPWP : [[npwp:{npwpd1}]]
[[n:{N1}]]
NIK : [[nik:{nik1}]]
[[a:{AD1} {RT1}]]
{KEL}, {KEC}, KOTA KUPANG
KPP PRATAMA KUPANG
""",
    ),
    T(
        "register",
        "home_neighbour",
        """
Daftar penghuni kos {num} kamar – [[a:{gg1}]] (pemilik [[n:{n1}]])
Kamar | Nama | Asal | HP
1 | [[n:{n2}]] | Alor | [[p:{hp2}]]
2 | [[n:{n3}]] | Sumba | [[p:{hp3}]]
3 | kosong | - | -
""",
    ),
    T(
        "register",
        "home_neighbour",
        """
Rekap PBB-P2 warga {kel} – wajib pajak menunggak
No | Nama Wajib Pajak | NPWP | Alamat
1 | [[n:{N1}]] | [[npwp:{npwpd1}]] | [[a:{AD1}]]
2 | {COMPANY} | {npwpx} | {JLNO}
3 | [[n:{N2}]] | [[npwp:{npwpd2}]] | [[a:{ADC2}]]
""",
    ),
]

# ---- more texts with no personal data: homes without a number, seats, bodies' accounts
TEMPLATES += [
    T(
        "kupang_malay",
        "public_works",
        """
Katong pung rumah di {hjl}, pas di blakang {church}, tiap ujan aer maso sampe dapur. Got di muka {shop} su tatutup dari proyek bulan {bln}. Su lapor ke kelurahan {tgl}, tiket {tiket}, ma sonde ada yang datang
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt}] Posko Peduli Bencana {kel}: Bantuan untuk warga terdampak angin kencang di {rtx} dan {rwx} bisa diantar ke posko di halaman {kantor}, {jlno}, atau transfer ke rekening posko Bank NTT {rekntt} a.n. POSKO PEDULI {KEL}. Konfirmasi ke email posko.{kel_mail}
""".replace(".{kel_mail}", " poskopeduli.kupang@gmail.com"),
    ),
    T(
        "ocr_scan",
        "home_neighbour",
        """
KOP: YAYASAN PENDIDIKAN KRISTEN LONTAR
{JLNO1}, KUPANG 85111, TELP. {otel}
SURAT KETERANGAN
Nomor : {surat}
Menerangkan bahwa rumah dinas guru di {JLNO2} (kompleks sekolah) per {tgl} dikosongkan untuk renovasi. NPWP yayasan {npwpx}.
""",
    ),
]


if __name__ == "__main__":
    main()
