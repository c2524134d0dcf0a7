# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev43.jsonl: many numbers in one text (rosters, notices, tables, threads).

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{owa1}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev43.py`` (stdlib only,
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

SEED = 20261243
OUT = Path(__file__).with_name("redaction_dev43.jsonl")

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
    "roster",
    "notice",
    "report_table",
    "wa_group",
    "fb_thread",
    "call_log",
    "directory",
    "ocr_poster",
    "sms_caps",
    "kupang_malay",
)
THEMES = (
    "water",
    "health",
    "social_aid",
    "security_scams",
    "civil_registry",
    "market_business",
    "community_worship",
    "education",
    "disaster",
)
FLOORS = {
    "templates": 200,
    "texts": 600,
    "spans": 900,
    "per_style": 55,
    "empty_share": 0.30,
    "name": 350,
    "phone": 300,
    "nik": 10,
    "bank_account": 10,
    "email": 10,
    "npwp": 3,
    "kk": 3,
    "address": 40,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter", "ns", "mr", "mrs", "ttd",
    "salam", "dari", "hormat", "atas", "cucu", "anak", "tetangga", "ananda", "penatua", "pnt",
    "diaken", "ustad", "ustadz", "imam", "koster", "sopir", "linmas", "kader", "kolektor",
    "penelepon", "pelapor", "babinsa", "bhabinkamtibmas", "sekretaris", "wakil", "operator",
    "perawat", "kepsek", "hub", "wa", "hp", "telp", "kontak", "pj", "koordinator", "korlap",
}  # fmt: skip
# ---------------------------------------------------------------- people (written for dev43)
GIVEN_M = (
    "Yermias", "Obed", "Hendrik", "Marthen", "Kornelis", "Yulius", "Melkianus", "Soleman",
    "Ferdinan", "Arnoldus", "Gabriel", "Nikolaus", "Petrus", "Aloysius", "Benyamin", "Demus",
    "Elias", "Frengky", "Gerson", "Jacky", "Lukas", "Matheos", "Nehemia", "Oktavianus",
    "Rafael", "Semuel", "Tobias", "Yakobus", "Zakarias", "Ishak", "Apolos", "Charles",
    "Efraim", "Godlief", "Hironimus", "Jemi", "Karel", "Lodewik", "Mikhael", "Otniel", "Piter",
    "Roni", "Stefanus", "Wellem", "Yosua", "Abraham", "Markus Dwi", "Yohanis Benu",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Marselina", "Dorkas", "Ester", "Lodia", "Naomi", "Serly", "Agustina",
    "Beatriks", "Christina", "Debora", "Elisabet", "Febriana", "Grasela", "Helena", "Imelda",
    "Jeni", "Kristiani", "Lusia", "Meri", "Novela", "Orpa", "Priska", "Rahel", "Selviana",
    "Theresia", "Ursula", "Veronika", "Wilhelmina", "Yohana", "Adriana", "Blandina", "Erlin",
    "Fransina", "Getrida", "Hana", "Irene", "Juliana", "Karolina", "Lenci", "Magdalena", "Nelci",
    "Olivia", "Paulina", "Rosina", "Sarlota", "Tabita", "Yunita", "Maria Yosefina",
)  # fmt: skip
FAMILY = (
    "Ndolu", "Sine", "Boimau", "Foenale", "Haning", "Kolo", "Mesakh", "Nalle", "Pello", "Rihi",
    "Taek", "Wadu", "Adoe", "Banunaek", "Dethan", "Fallo", "Hadjo", "Lomi", "Nubatonis",
    "Oematan", "Pandie", "Radja", "Saekoko", "Selan", "Tanesib", "Ully", "Bili", "Djami", "Feoh",
    "Mauko", "Nitbani", "Kapitan", "Lenggu", "Otu", "Pinat", "Ratuwalu", "Snae", "Toelle",
    "Zacharias", "Kause", "Riwu Ga", "Djo Dara", "Tuka Ratu", "Bessi", "Laiskodat", "Neno",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("M", "I Ketut", "Wirawan"), ("F", "Ni Made", "Sukarini"), ("M", "Kaharudin", "Daeng Situju"),
    ("F", "Mei Lan", "Tanuwijaya"), ("M", "Umbu Hina", "Kapita"), ("F", "Rambu Anna", "Lalu Djawa"),
    ("M", "La Ode", "Rusdin"), ("F", "Siti", "Aminah Bethan"), ("M", "Abdul Gafur", "Lamahoda"),
    ("F", "Wa Ode", "Harnita"), ("M", "Ahmad", "Kiyai Tuan"), ("F", "Nurhayati", "Lessy"),
)  # fmt: skip
NICK = (
    "Ancu", "Edo", "Eti", "Ose", "Oni", "Ati", "Yanto", "Fero", "Kiki", "Eman", "Oce", "Nyong",
    "Uce", "Tole", "Oyen", "Lena",
)  # fmt: skip
DECOR = ("", "", "", " 🙏", " 💧", " ✝️", " 🌻", " 😊", " 👍")
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com",
    "hotmail.com",
)  # fmt: skip

# ---------------------------------------------------------------- places (Kota Kupang)
KELURAHAN = (
    "Oesapa", "Oesapa Barat", "Lasiana", "Kelapa Lima", "Oebufu", "Liliba", "Naikoten I",
    "Naikolan", "Fatululi", "Kayu Putih", "Oetete", "Bakunase", "Airnona", "Kuanino", "Nunleu",
    "Fontein", "Solor", "Merdeka", "Oeba", "Fatubesi", "Nefonaek", "Pasir Panjang", "Sikumana",
    "Bello", "Kolhua", "Penfui", "Naimata", "Maulafa", "Fatukoa", "Naioni", "Manulai II", "Alak",
    "Namosain", "Nunbaun Sabu", "Nunbaun Delha", "Penkase Oeleta", "Batuplat", "Mantasi",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Teratai", "Jl. Cendana", "Jl. Kamboja", "Jl. Bakau", "Jl. Lontar", "Jl. Asam",
    "Jl. Kesambi", "Jl. Kelor", "Jl. Srikaya", "Jl. Belimbing", "Jl. Rambutan", "Jl. Gewang",
    "Gg. Merpati", "Gg. Cempaka", "Gg. Mawar II", "Jl. Oebonik", "Lr. Pelita", "Jl. Nusa Indah",
    "Jl. Kenari Gg. 3", "Jl. Air Sagu", "Jl. Salak", "Jl. Jati", "Jl. Bougenvil", "Jl. Delima",
)  # fmt: skip
COMPLEX = ("Perumnas", "BTN Kolhua", "Perum Citra Oesapa", "Perum Griya Naimata")
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Timor Raya", "Jl. Soeharto", "Jl. Adi Sucipto",
    "Jl. Perintis Kemerdekaan", "Jl. Herewila", "Jl. R.A. Kartini", "Jl. W.J. Lalamentik",
    "Jl. Sam Ratulangi", "Jl. Veteran", "Jl. Amabi", "Jl. Jend. Sudirman", "Jl. Piet A. Tallo",
    "Jl. Cak Doko", "Jl. Moh. Hatta", "Jl. H.R. Koroh", "Jl. Bundaran PU",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oesapa", "Puskesmas Sikumana", "Puskesmas Bakunase", "Puskesmas Oebobo",
    "Puskesmas Kupang Kota", "Puskesmas Pasir Panjang", "Puskesmas Alak", "Puskesmas Naioni",
    "Puskesmas Penfui", "Puskesmas Manutapen", "Puskesmas Oepoi",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W. Z. Johannes", "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang", "RSIA Dedari", "RS Leona",
)  # fmt: skip
SCHOOLS = (
    "SD Inpres Liliba 1", "SDN Oebobo 3", "SMPN 7 Kupang", "SMPN 12 Kupang", "SMAN 5 Kupang",
    "SMKN 2 Kupang", "SDK St. Arnoldus Penfui", "SD GMIT Kolhua 1", "MIN Kota Kupang",
    "SMPK Sta. Maria Assumpta",
)  # fmt: skip
CHURCHES = (
    "GMIT Jemaat Betel Oesapa", "GMIT Jemaat Pniel Oebufu", "GMIT Jemaat Efata Liliba",
    "GMIT Jemaat Syalom Airnona", "GMIT Jemaat Imanuel Oepura", "GMIT Jemaat Ebenhaezer Oeba",
)  # fmt: skip
MOSQUES = ("Masjid Nurul Huda Oeba", "Masjid Al-Ikhlas Airmata", "Masjid Baitul Makmur Oesapa")
SHOPS = (
    "Depot Air Tirta Oebufu", "Tangki Air Berkat Sejahtera", "Toko Sinar Flores",
    "Bengkel Karya Timor", "Apotek Oesapa Farma", "Fotokopi Lontar Jaya", "Counter Nusa Cell",
    "Sedot WC Maju Bersama", "Travel Timor Ekspres", "Kios Lestari Liliba", "Laundry Cepat Bersih",
)  # fmt: skip
GROUPS = (
    "Karang Taruna Tunas Muda", "Linmas Kelurahan", "Tim Penggerak PKK", "Posyandu Melati",
    "Kelompok Tani Sehati", "Forum Peduli Air Bersih", "Ikatan Ojek Pangkalan Oesapa",
)  # fmt: skip
SONGS = ("Bolelebo", "Flobamora", "Oras Loro Malirin")
WATER = (
    "Tangki Air Berkat Sejahtera", "Tangki Air Sumber Hidup", "Tangki Air Oelnasi",
    "Depot Air Tirta Oebufu", "Tangki Air Maranatha",
)  # fmt: skip

BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay", "LinkAja")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MOBILE = (
    ("0811", 3), ("0812", 7), ("0813", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0851", 3),
    ("0852", 8), ("0853", 7), ("0814", 1), ("0815", 1), ("0856", 1), ("0857", 2), ("0858", 1),
    ("0817", 1), ("0818", 1), ("0819", 2), ("0859", 1), ("0877", 1), ("0878", 2), ("0831", 1),
    ("0838", 1), ("0895", 1), ("0896", 1), ("0897", 1), ("0882", 1),
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
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 150)) + r.choice(("", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor "))
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
            "adr": f"{street} {no}{house}, {rt}",
            "adc": "%s Blok %s No. %d"
            % (r.choice(COMPLEX), r.choice("ABCDEFGHK"), r.randint(1, 150)),
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
            "dec", "lahir", "umur", "bank", "rek", "ad", "adr", "adc", "rt", "rtk", "pl", "wal",
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
    d = min(28, fl.day + 3 * (i - 1))
    return fl.rng.choice(("%02d/%02d/%d", "%02d-%02d-%d", "%d/%d/%d")) % (d, fl.month, fl.year)


def _tg(fl: Fill, i: int) -> str:
    d = min(28, fl.day + 3 * (i - 1))
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
    return "%d.000" % fl.rng.choice((50, 75, 100, 150, 200, 250, 300, 350, 400, 500))


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
    "masjid": lambda fl, i: fl.rng.choice(MOSQUES),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "grp": lambda fl, i: fl.rng.choice(GROUPS),
    "song": lambda fl, i: fl.rng.choice(SONGS),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|rt\d|perumnas|perum|kompleks|btn|\d{3}/\d{3}$)"
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
            r"(?i)\b(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|dia)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
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


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|suaminya|ayah|bapaknya|aiptu|bripka|serka|nyong|sdr|ust|ustad|pdt|sopir|sopirnya"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|istrinya|bidan|maitua|janda|nona|ny|sdri"


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
            "id": "d43-%04d" % k,
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
    if kind in ("address", "plate", "bank_account"):
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
    for kind in ("name", "phone", "nik", "bank_account", "email", "npwp", "kk", "address"):
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


OTHER_VALUES["tangki"] = lambda fl, i: fl.rng.choice(WATER)
OTHER_VALUES["owao"] = lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o")

# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}
# family name, {nk1} nickname, {dec1} an emoji after a display name or nothing); {hp1} mobile
# ({hpb1} one block, {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpi1}/{hpis1} +62 with
# separators, {hpj1} +62 in one block, {hpk1} 62 without +, {hpo1} letters for digits, {hpx1} a
# stray space, {hpn1} over a line); {hq1} a second mobile; {tr1} home landline; {nik1} {kk1}
# {npwp1} {bpjs1} {em1} with the same suffixes as dev29's machinery; {bank1}/{rek1} an account;
# {ad1}/{adr1}/{rt1}/{rtk1} addresses; {umur1}; {pl1} plate.
# Not a person's: {owa} an office's or a desk's mobile ({owao} with letters for digits, {owab}
# one block), {otel} an office's landline, {bwa} a business's mobile, {scam} {scamk} scams'
# numbers, {cc} a call centre; {npwpx} a body's NPWP, {rekb} a body's account; look-alikes and
# figures as in the machinery above; {tangki} a water-truck business.

TEMPLATES: list[tuple] = []

# ---- roster: duty rosters and contact lists pasted into complaints
TEMPLATES += [
    T(
        "roster",
        "security_scams",
        """Selamat siang Bapak/Ibu di Kelurahan {kel}. Kami tempel di bawah ini jadwal ronda yang dibagi di grup, tapi tiga malam berturut-turut pos kamling kosong dan motor tetangga hilang.

JADWAL RONDA MALAM RT {num}
Senin  : [[n:{n1}]] ([[p:{hp1}]]), [[n:{n2}]] ([[p:{hp2}]])
Selasa : [[n:{n3}]] ([[p:{hp3}]])
Rabu   : Om [[n:{g4}]] [[p:{hp4}]]
Pos kamling: {owa1} (HP pos jaga)

Mohon Linmas Kelurahan ditegur. Pelapor [[n:{n5}]], [[a:{adr5}]].""",
    ),
    T(
        "roster",
        "water",
        """Daftar sopir tangki yg biasa antar air ke Kel. {kel}, sy kumpul dari tetangga:
1. [[n:{n1}]] – [[p:{hpd1}]] (tangki 5.000 L, {rp1})
2. Om [[n:{g2}]] – [[p:{hp2}]] (biasa malam)
3. {tangki1} – {bwa1} (kantor)
4. [[n:{n3}]] – [[p:{hps3}]] / [[p:{hqs3}]]
Yang no. 3 itu usaha, harga naik jadi {rp2} per tangki. Kami minta PDAM atur harga. Sy [[n:{g5}]], warga [[a:{rt5}]].""",
    ),
    T(
        "roster",
        "health",
        """JADWAL KADER POSYANDU MELATI – {bln} {thn}
Minggu I   : [[n:{n1}]], [[n:{n2}]]
Minggu II  : Mama [[n:{g3}]] ([[p:{hp3}]])
Minggu III : [[n:{n4}]] / HP [[p:{hp4}]]
Bidan desa: Ibu [[n:{n5}]] [[p:{hp5}]]
Info umum {pusk}: {otel1}

Sy salin dari papan di posyandu krn kader minggu lalu tidak datang dan bayi sy tdk ditimbang. [[n:{n6}]]""",
    ),
    T(
        "roster",
        "community_worship",
        """Kepada Majelis {church},
kami lampirkan daftar petugas piket gereja yang kami terima lewat WA. Nomor sekretariat ({otel1}) sudah dua minggu tidak aktif.

Piket kebersihan: Pnt. [[n:{n1}]] [[p:{hp1}]]
Koster: [[n:{n2}]] — [[p:{hp2}]]
Diaken [[n:{n3}]] — [[p:{hpi3}]]
Bendahara Majelis: transfer ke rekening Majelis Jemaat {bnk1} {rekb1}

Salam, [[n:{n4}]] (rayon {kecil1})""",
    ),
    T(
        "roster",
        "market_business",
        """Ke UPTD Pasar, mohon ditindak. Penagih retribusi di los ikan ganti-ganti orang, tidak ada karcis. Yang kami tahu:
- [[n:{n1}]], HP [[p:{hp1}]], tagih Rp 5.000/hari
- [[n:{n2}]] ([[p:{hpb2}]]), tagih malam
- satu orang lagi pakai nomor {scam1}, tidak mau sebut nama
Karcis resmi nomor seri {struk1} tidak pernah kami lihat. UPTD Pasar WA {owa1}, Kantor {otel1}. Hormat kami pedagang los ikan, [[n:{n3}]].""",
    ),
    T(
        "roster",
        "education",
        """Daftar wali kelas {school} TA {thn}/{thn}
Kelas 1A : Ibu [[n:{n1}]], S.Pd. – [[p:{hp1}]]
Kelas 2B : Bpk. [[n:{n2}]] – [[p:{hp2}]]
Kelas 3A : Ibu [[n:{n3}]] – [[p:{hpd3}]]
Tata Usaha : {otel1}
Operator Dapodik : {owa1}
NPSN {npsn1}

Sy orang tua murid kelas 2B, wali kelas tdk pernah angkat telp soal pungutan {rp1}. Mohon Dinas P dan K cek.""",
    ),
    T(
        "roster",
        "disaster",
        """Posko banjir Kel. {kel} – daftar relawan jaga
Pagi (06.00-14.00): [[n:{n1}]] [[p:{hp1}]]; [[n:{n2}]] [[p:{hp2}]]
Siang (14.00-22.00): [[n:{n3}]] [[p:{hp3}]]
Malam: Linmas (koord. {owa1})
Posko BPBD Kota: {otel1} / Pusdalops 24 jam {owa2}
Kebutuhan: terpal, air minum, susu bayi. Donasi lewat rekening posko {bnk1} {rekb1} (a.n. POSKO PEDULI {KEL}).""",
    ),
    T(
        "roster",
        "social_aid",
        """Kami warga lansia minta tolong. Pendamping PKH ganti-ganti, nomor yang dikasih RT:
Pendamping wilayah: {owa1}
Pendamping lama Sdri. [[n:{n1}]]: [[p:{hp1}]] / [[e:{em1}]] (sdh pindah)
TKSK Kec. {kec}: {owa2}
Ketua RT {num}: Bpk. [[n:{n2}]] [[p:{hp2}]]
Sy [[n:{n3}]], [[a:{ad3}]], umur {umur3} thn, bantuan tahap {kecil1} belum cair.""",
        E=(3,),
    ),
    T(
        "roster",
        "community_worship",
        """JADWAL IMAM & MUADZIN {MASJID}
Subuh: Ust. [[n:{n1}]] ([[p:{hp1}]])
Dzuhur: [[n:{n2}]]
Maghrib: [[n:{n3}]] / [[p:{hp3}]]
Takmir Masjid: {owa1}

Pengeras suara rusak sejak {tgl1}, sudah lapor ke takmir tapi belum ada perbaikan. Ust. [[n:{g1}]] bisa dihubungi di [[p:{hp1}]] kalau petugas mau cek.""",
    ),
    T(
        "roster",
        "water",
        """Ini daftar pembagian air bersih dari kelurahan yg ditempel di kantor RW:
RT {num1} – hari Senin – titik: depan gereja
RT {num2} – hari Rabu – titik: lapangan
RT {num3} – hari Jumat – titik: pos kamling
Kontak: Seksi Trantib Kelurahan {owa1}, kantor lurah {otel1}
Truk BPBD plat [[pl:{pl1}]] sudah 2 minggu tdk datang ke RT kami. Sy [[n:{n2}]] dari [[a:{rt2}]], HP [[p:{hp2}]].""",
    ),
    T(
        "roster",
        "security_scams",
        """Piket Bhabinkamtibmas & Babinsa Kel. {kel}:
Bripka [[n:{n1}]] – [[p:{hp1}]]
Serka [[n:{n2}]] – [[p:{hp2}]]
Polsek {kec}: {otel1} | Call center polisi 110
Sy tempel ini krn ada akun FB palsu pakai foto Bripka [[n:{g1}]] minta uang. Nomor yang dipakai {scam1}. Nomor asli beliau [[p:{hp1}]].""",
    ),
    # without spans
    T(
        "roster",
        "water",
        """JADWAL DISTRIBUSI AIR TANGKI PDAM – ZONA {kec}
Senin: RT 01–RT 04 (truk 1)
Selasa: RT 05–RT 09 (truk 2)
Rabu: RT 10, RT 11, RT 12
Kamis: cadangan
Pengaduan: WA {owa1} / telp {otel1} / SMS 1708 KOTKUPANG
Pembayaran rekening air: ID pelanggan {samb1} di loket atau kantor pos.""",
    ),
    T(
        "roster",
        "health",
        """Jadwal piket dokter & perawat IGD {pusk} minggu ini:
Senin–Rabu: dr. jaga (shift 1) | perawat jaga ruangan {owa1}
Kamis–Sabtu: shift 2 | UGD 24 jam: {otel1}
Ambulans: 119 / {owa2}
Pendaftaran poli via WA {owa3} jam 07.30–11.00
NB: antrian sampai no {antri1} dilayani hari ini.""",
    ),
    T(
        "roster",
        "education",
        """Jadwal piket guru {school}
Senin: Guru kelas 1 & 2
Selasa: Guru kelas 3 & 4
Rabu: Guru agama & olahraga
Kamis: Wali kelas 5
Jumat: Wali kelas 6
Izin sakit siswa: WA piket {owa1}, telp TU {otel1}
Komite sekolah: {owa2} (rekening komite {bnk1} {rekb1}).""",
    ),
    T(
        "roster",
        "disaster",
        """DAFTAR NOMOR PENTING SIAGA BANJIR – KEC. {KEC}
BPBD Kota Kupang: {otel1}
Pusdalops: {owa1}
Damkar: 113 / {otel2}
PLN gangguan: 123
Posko Kelurahan {kel}: {owa2}
Posko GMIT: {owa3}
RT yang rawan: RT {num1}, RT {num2} dan RT {num3}.""",
    ),
    T(
        "roster",
        "market_business",
        """Jadwal piket kebersihan Pasar {kel}
Blok A (sayur): Senin & Kamis
Blok B (ikan): Selasa & Jumat
Blok C (daging): Rabu & Sabtu
Retribusi kebersihan Rp 3.000/hari, karcis seri {struk1}
Pengaduan: UPTD Pasar {owa1} / Dinas Koperasi {otel1}
Sampah diangkut truk DLHK jam {jam1}.""",
    ),
    T(
        "roster",
        "community_worship",
        """JADWAL IBADAH RAYON {kecil1} – {CHURCH}
Minggu I: rumah keluarga rayon (bergilir)
Minggu II: ibadah PAR di gedung gereja, jam {jam1}
Minggu III: ibadah pemuda
Persembahan syukur: rekening Majelis Jemaat {bnk1} {rekb1}
Sekretariat jemaat: {otel1} / WA {owa1}
Kantor sinode: {otel2}""",
    ),
]

# ---- notice: kelurahan and puskesmas notices, invitations, with their contact lines
TEMPLATES += [
    T(
        "notice",
        "civil_registry",
        """PENGUMUMAN
Perekaman KTP-el keliling di Kantor Kelurahan {kel}, {hari} {tg1}, jam 08.00–14.00.
Bawa fotokopi KK. Antrian online: WA {owa1}.
Info: Seksi Pemerintahan {otel1}.

— diteruskan oleh [[n:{n2}]] ([[p:{hp2}]]): sy sdh daftar dari minggu lalu tapi tdk dapat nomor antrian, nomor sy {antri1}. NIK sy [[nik:{nik2}]].""",
    ),
    T(
        "notice",
        "health",
        """UNDANGAN
Kepada Yth. Bapak/Ibu lansia warga RT {num}
Pemeriksaan kesehatan gratis oleh {pusk}, {hari} {tg1}, pukul {jam1}, di Posyandu Lansia.
Konfirmasi kehadiran: kader [[n:{n1}]] ([[p:{hp1}]]) atau [[n:{n2}]] ([[p:{hp2}]]).
Hormat kami, Ketua RT {num}, [[n:{n3}]]""",
    ),
    T(
        "notice",
        "social_aid",
        """Diteruskan dari grup RT:
"PENGUMUMAN. Penyaluran BPNT tahap {kecil1} di Kantor Pos {kel}, {tg1}. Bawa KKS dan KTP asli. Pertanyaan: Pendamping Wilayah {owa1}. Kantor Pos: {otel1}."
Tapi nama mama sy [[n:{n2}]] (NIK [[nik:{nik2}]]) tdk ada di daftar padahal tahun lalu dapat. Mohon dicek. Anaknya, [[n:{n3}]], HP [[p:{hp3}]].""",
        fam={3: 2},
    ),
    T(
        "notice",
        "water",
        """PEMBERITAHUAN PDAM
Sehubungan dengan perbaikan pipa transmisi di {jl1}, pengaliran air ke Kel. {kel} dihentikan sementara {tg1} s/d {tg2}.
Pengaduan: Call Center {cc} / WA {owa1} / Kantor Pelayanan {otel1}.
Komentar warga di bawah postingan:
[[n:{n2}]]: Rumah sa di [[a:{ad2}]] sonde dapat air su 10 hari, bukan 2 hari. Telpon {otel1} sonde angkat.
[[n:{n3}]]: Sama di [[a:{rt3}]]. Tangki swasta sekarang {rp1}.""",
    ),
    T(
        "notice",
        "education",
        """INFORMASI PPDB {thn}
{school}
Pendaftaran jalur zonasi: {tg1} – {tg2}
Helpdesk: {owa1} (jam kerja) | Telp. {otel1}
Email panitia: ppdb.zonasi.kpg@gmail.com

Sy orang tua calon siswa, [[n:{n2}]] ([[p:{hp2}]]). Anak sy [[n:{g3}]] ditolak krn alamat di KK [[a:{adr2}]] dibilang di luar zona. Mohon penjelasan.""",
        fam={3: 2},
    ),
    T(
        "notice",
        "health",
        """PENGUMUMAN {PUSK}
Mulai {tg1} layanan poli umum dibuka Senin–Sabtu 07.30–12.00.
Pendaftaran: WA {owa1}
Nomor lama {owa2} tidak aktif lagi.
UGD 24 jam: {otel1}
Petugas kami Ibu [[n:{n3}]] di [[p:{hp3}]] melayani konsultasi gizi balita tiap Kamis.""",
    ),
    T(
        "notice",
        "civil_registry",
        """Surat Undangan No. {surat1}
Kepada Yth. Sdr. [[n:{n1}]]
di [[a:{adr1}]]
Dengan hormat, dimohon kehadiran Saudara di Kantor Lurah {kel} pada {hari}, {tg1}, untuk klarifikasi data KK nomor [[kk:{kk1}]].
Kontak: Kasi Pemerintahan {otel1}
Lurah {kel},
ttd
[[n:{n2}]]
NIP {nip1}""",
    ),
    T(
        "notice",
        "community_worship",
        """WARTA JEMAAT {CHURCH}
Minggu, {tg1}
1. Ibadah syukur keluarga [[n:{f1}]] di [[a:{ad1}]], jam {jam1}. Kontak keluarga: [[p:{hp1}]].
2. Penatua yang berhalangan mohon menghubungi sekretariat {otel1}.
3. Persembahan pembangunan dapat disetor ke rekening Majelis Jemaat {bnk1} {rekb1}.
4. Pemeriksaan kesehatan gratis kerja sama {pusk}; pendaftaran lewat Diaken [[n:{n2}]] ([[p:{hp2}]]).""",
    ),
    T(
        "notice",
        "disaster",
        """INFO RESMI BPBD KOTA KUPANG
Peringatan dini cuaca ekstrem {tg1} – {tg2}. Warga di bantaran kali diimbau waspada.
Pusdalops: {otel1} / WA {owa1}
Damkar: 113
Diteruskan oleh ketua RT kami Bpk. [[n:{n2}]] ([[p:{hp2}]]) yang juga minta: warga yang rumahnya rusak lapor ke beliau dengan foto KK.""",
    ),
    T(
        "notice",
        "social_aid",
        """PENGUMUMAN RT {num} / RW {num2}
Verifikasi data penerima BLT di rumah Ketua RT, Bpk. [[n:{n1}]], [[a:{ad1}]], {hari} jam {jam1}.
Bawa KTP dan KK asli.
Yang berhalangan hubungi sekretaris RT [[n:{n2}]] [[p:{hp2}]].
Sanggahan: WA Dinsos {owa1}.""",
    ),
    T(
        "notice",
        "market_business",
        """PENGUMUMAN UPTD PASAR
Mulai {tg1} pembayaran retribusi los hanya melalui QRIS resmi dan petugas berseragam. Karcis tanpa nomor seri tidak sah.
Laporkan pungutan liar ke WA {owa1} atau kantor {otel1}.

Tambahan dari pedagang: petugas yang dulu, Om [[n:{g1}]] (HP [[p:{hp1}]]), masih datang tagih malam-malam.""",
    ),
    # without spans
    T(
        "notice",
        "health",
        """PENGUMUMAN
Pelaksanaan imunisasi campak-rubela di {pusk}
Hari: {hari}, {tg1}
Tempat: Posyandu di wilayah RT {num1}, RT {num2} dan RT {num3}
Sasaran: anak 9 bulan – 15 tahun
Informasi: WA {owa1} (jam kerja) / telp {otel1}
Pendaftaran imunisasi anak: WA ke {owa2}""",
    ),
    T(
        "notice",
        "civil_registry",
        """DUKCAPIL KOTA KUPANG
Layanan jemput bola akta kelahiran di Kelurahan {kel}, {tg1}.
Syarat: surat keterangan lahir, KK, KTP orang tua.
Antrian online via WA {owa1}
Pengaduan layanan: {otel1} / SMS 1708
Nomor resmi kami hanya yang di atas. Waspada nomor {scam1} yang mengaku petugas Dukcapil.""",
    ),
    T(
        "notice",
        "water",
        """PEMBERITAHUAN
Nomor layanan pengaduan PDAM berubah.
Nomor lama: {owa1} (tidak aktif)
Nomor baru: telp {otel1} / WA {owa2}
Call center: {cc}
Pembayaran tagihan bisa di kantor pos dan minimarket dengan nomor sambungan ({samb1}).""",
    ),
    T(
        "notice",
        "education",
        """SURAT EDARAN No. {surat1}
Kepada Yth. Orang Tua/Wali Murid {school}
Pembagian rapor semester ganjil dilaksanakan {tg1}, jam {jam1}.
Tunggakan komite dapat dibayar ke rekening komite {bnk1} {rekb1}.
Informasi: Tata Usaha {otel1}, WA sekolah {owa1}.
Kepala Sekolah, NIP {nip1}""",
    ),
    T(
        "notice",
        "social_aid",
        """PENGUMUMAN DINAS SOSIAL KOTA KUPANG
Pendaftaran usulan DTKS dibuka {tg1} – {tg2} di kelurahan masing-masing.
Layanan tidak dipungut biaya.
Sanggahan: email dinsos@kupangkota.go.id atau WA {owa1}
Cek status: WA {owa2}
Laporkan penyalahgunaan ke WA {owa3}.""",
    ),
    T(
        "notice",
        "security_scams",
        """HIMBAUAN POLSEK {KEC}
Waspada penipuan yang mengatasnamakan kelurahan melalui nomor pribadi seperti {scam1} dan {scam2}.
Petugas tidak pernah meminta transfer biaya pengurusan KTP.
SPKT Polsek: {otel1} | WA SPKT {owa1} | Call center 110""",
    ),
]

# ---- report_table: spreadsheets of reports pasted into a complaint or a forward
TEMPLATES += [
    T(
        "report_table",
        "water",
        """Rekap pengaduan air Kel. {kel} minggu ini (dari buku RW):
No | Tanggal | Pelapor | Kontak | Isi | Status
1 | {tgl1} | [[n:{n1}]] | [[p:{hp1}]] | air tdk mengalir 6 hari | belum
2 | {tgl2} | [[n:{N2}]] | [[p:{hpd2}]] | pipa bocor depan rumah | diteruskan
3 | {tgl3} | Komite Sekolah {school} | {owa1} | sekolah tdk ada air | proses
4 | {tgl3} | [[n:{l3}]] | [[p:{hp3}]] | meter rusak, ID pel {samb1} | belum
Mohon PDAM tindak lanjut. Ketua RW, [[n:{n4}]]""",
    ),
    T(
        "report_table",
        "security_scams",
        """DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA – RW {num}
Nomor | Modus | Tgl lapor
{scam1} | mengaku petugas PLN, minta token | {tgl1}
{scam2} | undian berhadiah | {tgl2}
{scam3} | mengaku anak kos, minta pulsa | {tgl3}
Dikumpulkan oleh Linmas. Jangan layani nomor-nomor di atas. Info: Polsek {otel1}.""",
    ),
    T(
        "report_table",
        "social_aid",
        """No,Nama Pemohon,NIK,RT/RW,No HP,Keterangan
1,[[n:{N1}]],[[nik:{nik1}]],[[a:{rtk1}]],[[p:{hpb1}]],lansia sendiri
2,[[n:{N2}]],[[nik:{nik2}]],[[a:{rtk2}]],[[p:{hpb2}]],disabilitas
3,[[n:{N3}]],[[nik:{nik3}]],[[a:{rtk3}]],-,tdk punya HP
(Usulan tambahan DTKS dari RT, mohon diinput. ID DTKS lama {trx1})""",
    ),
    T(
        "report_table",
        "health",
        """Rekap kunjungan rumah ibu hamil – {pusk}
No | Nama Ibu | Usia | HP | Kader
1 | [[n:{n1}]] | {num1} | [[p:{hp1}]] | [[n:{n4}]]
2 | [[n:{n2}]] | {num2} | [[p:{hp2}]] | [[n:{n4}]]
3 | [[n:{n3}]] | {num3} | [[p:{hp3}]] | [[n:{n5}]]
Ibu no. 2 belum punya JKN. Mohon dibantu daftarkan. Admin poli KIA: {owa1}""",
        F=(1, 2, 3),
    ),
    T(
        "report_table",
        "disaster",
        """Data korban angin puting beliung RT {num}
No | Nama KK | Kerusakan | Kontak
1 | [[n:{n1}]] | atap seng terbang | [[p:{hp1}]]
2 | [[n:{n2}]] | dinding roboh | [[p:{hp2}]]
3 | Gedung PAUD Kasih Bunda | atap | {owa1}
4 | [[n:{n3}]] | rusak ringan | (numpang HP anaknya, [[p:{hp3}]])
Dilaporkan ke BPBD {otel1}.""",
    ),
    T(
        "report_table",
        "market_business",
        """Data pedagang yang minta los baru, Pasar {kel}
No | Nama Pedagang | Jualan | HP
1 | [[n:{N1}]] | sayur | [[p:{hp1}]]
2 | UD Laut Sejahtera | ikan | {bwa1}
3 | [[n:{N2}]] | kue | [[p:{hp2}]]
4 | Koperasi Pedagang Kecil | sembako | {bwa2}
Data ini sdh kami serahkan ke UPTD tgl {tgl1} tapi belum ada balasan.""",
    ),
    T(
        "report_table",
        "civil_registry",
        """Rekap antrian KK yg belum jadi (dicatat RT):
No | Tgl daftar | Nama | No. Registrasi | HP
1 | {tgl1} | [[n:{n1}]] | {tiket1} | [[p:{hp1}]]
2 | {tgl2} | [[n:{n2}]] | {tiket2} | [[p:{hp2}]]
3 | {tgl3} | penelepon tidak sebut nama | {tiket3} | [[p:{hp3}]]
Sudah 2 bulan. Dukcapil bilang tunggu blanko.""",
    ),
    T(
        "report_table",
        "education",
        """Data siswa penerima PIP yg dana blm masuk – {school}
No | Nama Siswa | NISN | Orang Tua | HP Ortu
1 | [[n:{N1}]] | {nisn1} | [[n:{N2}]] | [[p:{hp2}]]
2 | [[n:{N3}]] | {nisn2} | [[n:{N4}]] | [[p:{hp4}]]
Operator sekolah: {owa1}. Kami ortu sudah tanya bank, katanya rekening SimPel belum aktif.""",
        fam={1: 2, 3: 4},
        K=(1, 3),
    ),
    T(
        "report_table",
        "water",
        """Tanggal;Jam;Nama;Alamat;HP;Keluhan
{tgl1};{jam1};[[n:{n1}]];[[a:{adr1}]];[[p:{hp1}]];air keruh
{tgl1};{jam2};[[n:{n2}]];[[a:{adr2}]];[[p:{hpj2}]];tdk mengalir
{tgl2};{jam3};Kantor Lurah {kel};{jlno1};{otel1};pipa induk bocor""",
    ),
    T(
        "report_table",
        "health",
        """Daftar lansia yang butuh antar-jemput ke posbindu RT {num}
1. [[n:{n1}]] ({umur1}) – anak: [[p:{hp1}]]
2. [[n:{n2}]] ({umur2}) – [[p:{hp2}]]
3. [[n:{n3}]] ({umur3}) – tdk ada HP, hubungi tetangga [[n:{n4}]] [[p:{hp4}]]
Mobil puskesmas keliling: {owa1}""",
        E=(1, 2, 3),
    ),
    T(
        "report_table",
        "social_aid",
        """Rekap NPWP tenaga kontrak kelurahan (diminta bendahara)
[[n:{n1}]] — [[npwp:{npwpd1}]]
[[n:{n2}]] — [[npwp:{npwpn2}]]
[[n:{n3}]] — belum punya, NIK [[nik:{nik3}]]
Bendahara Kelurahan: {owa1}. NPWP bendahara {npwpx1}.""",
    ),
    T(
        "report_table",
        "community_worship",
        """Daftar majelis rayon yg menerima iuran syukur
Rayon | Majelis | HP
1 | Pnt. [[n:{n1}]] | [[p:{hp1}]]
2 | Dkn. [[n:{n2}]] | [[p:{hp2}]]
3 | (kosong) | -
Sekretariat {church}: {otel1}
Kami minta transparansi penggunaan iuran {rp1} per KK.""",
    ),
    # without spans
    T(
        "report_table",
        "water",
        """Rekap kanal pengaduan air minggu ke-{kecil1}
Kanal | Nomor | Jumlah laporan
WhatsApp | {owa1} | {num1}
Telepon | {otel1} | {num2}
SMS 1708 | KOTKUPANG | {num3}
Call center | {cc} | {num4}
Rata-rata waktu tanggap {kecil2} hari.""",
    ),
    T(
        "report_table",
        "security_scams",
        """Nomor Penipu | Mengaku Sebagai | Tanggal
{scam1} | Admin BPJS | {tgl1}
{scam2} | Petugas Dukcapil | {tgl2}
{scam3} | Kurir paket | {tgl3}
{scam4} | Pegawai Bank NTT | {tgl3}
Sumber: laporan warga ke Polresta, tiket {tiket1}.""",
    ),
    T(
        "report_table",
        "health",
        """Jadwal | Lokasi | Kontak
{hari} {jam1} | Posyandu RT {num1} | {owa1}
{hari} {jam2} | Aula Kelurahan {kel} | {otel1}
Sabtu 09.00 | {pusk} | {owa2}
Poli | Hari | Pendaftaran
Gigi | Selasa–Kamis | WA {owa3}""",
    ),
    T(
        "report_table",
        "disaster",
        """Posko | Lokasi | Telepon
Posko BPBD | {jlno1} | {otel1}
Posko GMIT | halaman gereja | {owa1}
Dapur umum Dinsos | {jlno2} | {otel2}
Posko Kelurahan {kel} | kantor lurah | {owa2}
Jumlah pengungsi: {big1} jiwa, {num1} KK.""",
    ),
    T(
        "report_table",
        "civil_registry",
        """Instansi;Alamat;Telepon
Disdukcapil Kota Kupang;{jlno1};{otel1}
Kantor Camat {kec};{jlno2};{otel2}
Kelurahan {kel};{jlno3};{owa1}
Jam layanan Senin–Jumat 08.00–15.00. Antrian harian dibatasi {num1} nomor.""",
    ),
    T(
        "report_table",
        "market_business",
        """Nama Usaha | Jenis | Telp Usaha | NIB
{shop1} | jasa | {bwa1} | {nib1}
{shop2} | dagang | {bwa2} | {nib2}
UD Karya Lontar | bahan bangunan | {otel1} | {nib3}
(daftar UMKM binaan Dinas Koperasi, untuk pelatihan tgl {tgl1})""",
    ),
]

# ---- wa_group: WhatsApp group threads where several people give numbers
TEMPLATES += [
    T(
        "wa_group",
        "water",
        """[{dt1}] [[n:{n1}]]: Bapa mama, sapa ada nomor tangki air?
[{dt2}] [[n:{n2}]]: Om [[n:{g3}]] ada tangki, nomornya [[p:{hp3}]]
[{dt3}] [[n:{n4}]]: Ini juga bisa {bwa1} ({tangki1}), tapi mahal {rp1}
[{dt4}] [[n:{n1}]]: Makasih. PDAM sonde angkat telp {otel1} 😩""",
    ),
    T(
        "wa_group",
        "security_scams",
        """[{dt1}] Admin RT {num}: Waspada! Ada nomor {scam1} kirim pesan ngaku dari kelurahan minta foto KK.
[{dt2}] [[n:{n2}]]: Sa juga dapat dari {scam2}, katanya sa menang undian
[{dt3}] [[n:{n3}]]: Kalo mau tanya kelurahan langsung ke Pak Sekel [[n:{n4}]] [[p:{hp4}]], itu nomor pribadi beliau
[{dt4}] [[n:{n2}]]: Siap kak""",
    ),
    T(
        "wa_group",
        "health",
        """[{dt1}] [[n:{n1}]]: Selamat pagi. Yang mau antar anak imunisasi besok, daftar ke sa: [[p:{hp1}]]
[{dt2}] [[n:{n2}]]: Kak [[n:{g1}]], sa daftar 2 anak. Nama [[n:{g3}]] dan [[n:{g4}]]
[{dt3}] [[n:{n5}]]: Kalo demam setelah imunisasi, WA bidan [[n:{g6}]] di [[p:{hp6}]] atau UGD {otel1}
[{dt4}] [[n:{n1}]]: 👍""",
        fam={3: 2, 4: 2},
        K=(3, 4),
        F=(6,),
    ),
    T(
        "wa_group",
        "social_aid",
        """[{dt1}] [[n:{n1}]]: Bapa ibu, ini nomor pendamping PKH yang baru, Sdri. [[n:{n2}]]: [[p:{hp2}]]
[{dt2}] [[n:{n3}]]: Yang lama [[p:{hp4}]] (kak [[n:{g4}]]) masih bisa?
[{dt3}] [[n:{n1}]]: Su pindah tugas ke Kab. Kupang
[{dt4}] [[n:{n5}]]: Sanggahan lewat WA dinsos {owa1} katanya""",
    ),
    T(
        "wa_group",
        "community_worship",
        """*Grup Rayon {kecil1} {church}*
[{dt1}] [[n:{n1}]]: Syalom. Ibadah rayon Jumat di rumah keluarga [[n:{f2}]], [[a:{ad2}]]
[{dt2}] [[n:{n3}]]: Yang butuh jemputan hubungi sopir [[n:{g4}]] [[p:{hp4}]]
[{dt3}] [[n:{n5}]]: Persembahan rayon ke rek Majelis {bnk1} {rekb1} ya
[{dt4}] [[n:{f2} {g2}]]: Terima kasih, ditunggu 🙏""",
    ),
    T(
        "wa_group",
        "disaster",
        """[{dt1}] [[n:{n1}]]: Air su masuk rumah di [[a:{rt1}]]. Tolong!
[{dt2}] [[n:{n2}]]: Sa su telpon Pusdalops {otel1}, dong bilang tim jalan
[{dt3}] [[n:{n3}]]: Perahu karet ada di Om [[n:{g4}]], HP [[p:{hp4}]]
[{dt4}] [[n:{n1}]]: Nomor sa kalo putus: [[p:{hp1}]] / [[p:{hq1}]]""",
    ),
    T(
        "wa_group",
        "education",
        """[{dt1}] Wali Kelas 5B: Orang tua yg belum kumpul fotokopi KK, kirim ke nomor ini saja.
[{dt2}] [[n:{n1}]]: Ibu, ini KK kami [[kk:{kk1}]], anak [[n:{g2}]]
[{dt3}] [[n:{n3}]]: Maaf bu, HP sa rusak, pake nomor suami [[p:{hp3}]]
[{dt4}] Wali Kelas 5B: Baik. Yg belum bayar uang komite transfer ke rek komite {bnk1} {rekb1}""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "wa_group",
        "market_business",
        """[{dt1}] [[n:{n1}]]: Sapa tau nomor penagih retribusi los daging?
[{dt2}] [[n:{n2}]]: Nomor {scam1} ni ngaku dari UPTD, sa curiga
[{dt3}] [[n:{n3}]]: Yang resmi itu Pak [[n:{n4}]] ([[p:{hp4}]]), ada seragam
[{dt4}] [[n:{n1}]]: Ok sa tanya beliau""",
    ),
    T(
        "wa_group",
        "civil_registry",
        """[{dt1}] [[n:{n1}]]: Ada yg tau nomor petugas Dukcapil yg bisa bantu KTP rusak?
[{dt2}] [[n:{n2}]]: Antrian online via WA {owa1}
[{dt3}] [[n:{n3}]]: Sa kemarin dibantu ibu [[n:{n4}]], staf di loket 3, nomor dia [[p:{hp4}]]. Tapi jangan telpon malam ee
[{dt4}] [[n:{n1}]]: Makasi kk [[n:{g3}]]""",
    ),
    T(
        "wa_group",
        "water",
        """Forward dari grup RW:
Dari: [[n:{n1}]] ([[p:{hp1}]])
"INFO: Air PDAM RT {num1} dan RT {num2} mati sampai Kamis. Tangki kelurahan antar hari Rabu. Info: Trantib {owa1}."
[{dt1}] [[n:{n2}]]: RT sa sonde dapat. Sa di [[a:{adr2}]]
[{dt2}] [[n:{n3}]]: sama, [[a:{rt3}]]""",
    ),
    T(
        "wa_group",
        "health",
        """[{dt1}] [[n:{n1}]]: Ada yang bisa donor darah gol O? Mama sa [[n:{n2}]] di {rs1}, BPJS [[bpjs:{bpjs2}]]
[{dt2}] [[n:{n3}]]: Sa bisa. Nanti sa WA kk di [[p:{hp1}]]?
[{dt3}] [[n:{n1}]]: Iya, atau ke adik sa [[n:{g4}]] [[p:{hp4}]]
[{dt4}] [[n:{n5}]]: PMI Kota: {otel1}""",
        fam={2: 1, 4: 1},
        E=(2,),
    ),
    T(
        "wa_group",
        "security_scams",
        """[{dt1}] [[n:{n1}]]: Ada yang telpon mengaku kurir J&T, minta data KK. Nomor {scam1}
[{dt2}] [[n:{n2}]]: Sa juga. Nomor lain jg {scam2}
[{dt3}] [[n:{n3}]]: Blokir saja. Lapor ke Bhabinkamtibmas kita, Aiptu [[n:{n4}]] [[p:{hp4}]]
[{dt4}] [[n:{n1}]]: Siap""",
    ),
    # without spans
    T(
        "wa_group",
        "water",
        """[{dt1}] Admin Kelurahan: Info: air tangki hari ini untuk RT {num1} dan RT {num2}, jam {jam1}.
[{dt2}] Admin Kelurahan: Pengaduan air: WA {owa1}, telp {otel1}
[{dt3}] grup warga: 👍👍
[{dt4}] Admin Kelurahan: Tangki swasta terdaftar: {tangki1} {bwa1}, {tangki2} {bwa2}""",
    ),
    T(
        "wa_group",
        "security_scams",
        """[{dt1}] {scamk1}: Yth bapak/ibu, kami dari PLN. Tagihan anda {rp1}, bayar ke VA {va1} sebelum jam {jam1}.
[{dt2}] Admin RT {num}: Itu penipu. Jangan bayar. PLN resmi 123.
[{dt3}] {scamk2}: Selamat! Nomor anda terpilih dapat {rp2}. Klik link.""",
    ),
    T(
        "wa_group",
        "health",
        """[{dt1}] {pusk}: Selamat pagi warga. Jadwal posyandu {bln}: RT {num1} Senin, RT {num2} Rabu, RT {num3} Jumat.
[{dt2}] {pusk}: Pendaftaran poli lewat WhatsApp {owa1}. UGD 24 jam: {otel1}.
[{dt3}] {pusk}: Kendala aplikasi WA {owa2}.""",
    ),
    T(
        "wa_group",
        "education",
        """[{dt1}] Admin Sekolah: Pengumuman PPDB {school}. Pendaftaran online: WA {owa1}
[{dt2}] Admin Sekolah: Bukti transfer uang seragam ke rekening sekolah {bnk1} {rekb1} a.n. {SCHOOL}
[{dt3}] Admin Sekolah: Pertanyaan: TU {otel1} (jam 08.00–13.00)
[{dt4}] Admin Sekolah: NPSN {npsn1}""",
    ),
    T(
        "wa_group",
        "disaster",
        """[{dt1}] Posko BPBD: Update {tg1}: {big1} jiwa mengungsi di {church}.
[{dt2}] Posko BPBD: Kebutuhan mendesak: tikar, selimut. Koordinasi lewat {otel1} / WA {owa1}
[{dt3}] Posko BPBD: Donasi uang ke rekening penampung {bnk1} {rekb1} a.n. BPBD KOTA KUPANG""",
    ),
]

# ---- fb_thread: office and community Facebook posts with comment threads
TEMPLATES += [
    T(
        "fb_thread",
        "water",
        """Kupang Bersuara · Postingan anonim
Su 2 minggu air PDAM sonde jalan di Kel. {kel}. Sapa punya nomor tangki yang jujur harga?

Komentar:
[[n:{n1}]]{dec1}: Om [[n:{g2}]] [[p:{hp2}]], harga {rp1} satu tangki
[[n:{n3}]]: {tangki1} juga bisa, WA {bwa1}
kupang_info_terkini: PDAM ada call center {cc}
[[n:{n4}]]: sa pung ipar [[n:{g5}]] ada tangki juga, [[p:{hp5}]]
{ago1}  Suka  Balas""",
    ),
    T(
        "fb_thread",
        "health",
        """{PUSK}
{ago1}
Mulai bulan ini pendaftaran poli rawat jalan lewat WhatsApp {owa1}. Nomor lama tidak dipakai lagi.

Komentar
[[n:{n1}]]: Nomor itu sonde balas dari pagi 😔
{PUSK}: Mohon maaf ibu, hari ini ramai. Bisa juga telp {otel1}.
[[n:{n2}]]: Sa kemarin dibantu perawat [[n:{g3}]], ramah sekali. Terima kasih!
[[n:{n4}]]: Ibu sa lansia, sonde pake HP. Boleh sa daftar pake nomor sa [[p:{hp4}]]?""",
    ),
    T(
        "fb_thread",
        "security_scams",
        """WASPADA PENIPUAN ⚠️
Akun ini pakai foto Pak Lurah {kel} dan minta transfer. Nomor yang dipakai {scam1}.

Komentar:
[[n:{n1}]]: Sa juga di-WA dari {scam2}, minta pulsa
[[n:{n2}]]: Nomor Pak Lurah yang asli [[p:{hp3}]], sa simpan dari rapat RT. Namanya Bpk. [[n:{n3}]]
[[n:{n4}]]: Lapor ke patrolisiber@polri.go.id
[[n:{n1}]]: Sudah sa blokir""",
    ),
    T(
        "fb_thread",
        "social_aid",
        """Dinas Sosial Kota Kupang
Penyaluran bansos sembako tahap {kecil1} dimulai {tg1}. Informasi: WA {owa1}.

[[n:{n1}]]: Nama sa [[n:{N1}]] NIK [[nik:{nik1}]] tdk muncul di cekbansos, padahal su dapat tahun lalu
Dinas Sosial Kota Kupang: Silakan kirim data lengkap ke WA {owa1}, bu.
[[n:{n2}]]: Mama sa juga, [[n:{n3}]], warga [[a:{rt3}]]. HP sa [[p:{hp2}]]
[[n:{n4}]]: pendamping PKH kelurahan kami, Sdri. [[n:{n5}]], HP [[p:{hp5}]], biasanya cepat bantu""",
        fam={3: 2},
    ),
    T(
        "fb_thread",
        "market_business",
        """Grup Jual Beli Kupang
DIJUAL motor Beat {thn}, plat [[pl:{pl1}]], pajak hidup, harga {rpb1}. Hub [[p:{hp1}]] ([[n:{g1}]])

Komentar:
[[n:{n2}]]: Masih ada kak?
[[n:{n1}]]: Masih, WA sa saja [[p:{hp1}]]
Bengkel Karya Timor: Servis sebelum beli di kami kak, WA {bwa1}
[[n:{n3}]]: Info lokasi?""",
    ),
    T(
        "fb_thread",
        "community_worship",
        """{CHURCH}
Pengumuman: Ibadah Natal anak sekolah minggu {tg1}. Kontak panitia: WA {owa1} / {owa2}

Komentar:
[[n:{n1}]]: Latihan anak-anak di rumah Pnt. [[n:{n2}]], [[a:{ad2}]] ya?
[[n:{n3}]]: Iya kak, jam 4 sore. Kalau bingung telp sa [[p:{hp3}]]
Toko Kue Sinar Pagi: Pesan snack Natal di kami ya, WA {bwa1}""",
    ),
    T(
        "fb_thread",
        "civil_registry",
        """Dukcapil Kota Kupang
Layanan KTP-el hari Sabtu dibuka kembali. Antrian online via WA {owa1}. Tidak dipungut biaya.

Komentar
[[n:{n1}]]: Admin, KK sa [[kk:{kk1}]] dari bulan lalu masih status proses
Dukcapil Kota Kupang: Mohon kirim ke WA kami, kak
[[n:{n2}]]: Ada yang tawar bantu urus cepat {rp1}, pakai nomor {scam1}, mengaku orang dalam
[[n:{n3}]]: Jang mau kak, itu calo""",
    ),
    T(
        "fb_thread",
        "disaster",
        """Relawan Peduli {kel}
Kebakaran di [[a:{adr1}]] tadi malam, rumah keluarga [[n:{f1}]] habis terbakar.
Bantuan bisa langsung ke Bapa [[n:{n1}]] [[p:{hp1}]] atau rek {bank1} [[b:{rek1}]] a.n. [[n:{N1}]].

Komentar
[[n:{n2}]]: Turut berduka. Sa su transfer.
[[n:{n3}]]: Posko Damkar sonde datang cepat, sa telp 113 tiga kali
BPBD Kota Kupang: Tim kami sudah ke lokasi. Info: {otel1}""",
    ),
    T(
        "fb_thread",
        "education",
        """Info Beasiswa KIP Kuliah – komentar di grup Mahasiswa Kupang
[[n:{n1}]]: Sapa tau nomor operator kampus?
[[n:{n2}]]: Helpdesk {owa1} tapi jarang balas
[[n:{n3}]]: Coba email kipk.helpdesk@undana.ac.id
[[n:{n4}]]: Sa punya kakak tingkat yg jadi relawan, [[n:{n5}]], WA [[p:{hp5}]], bilang dari sa""",
    ),
    T(
        "fb_thread",
        "water",
        """PDAM Kota Kupang
Gangguan pompa di Instalasi {kel}. Pengaliran normal kembali {tg1}. Mohon maaf.
Pengaduan: {cc} / WA {owa1}

[[n:{n1}]]: Sa di [[a:{adr1}]] air keruh sekali. Meter sa {samb1}
PDAM Kota Kupang: Baik bapak, kami catat.
[[n:{n2}]]: Petugas [[n:{n3}]] janji datang, nomor dia [[p:{hp3}]], tapi sonde datang""",
    ),
    T(
        "fb_thread",
        "health",
        """Info ambulans gratis Kota Kupang
Komentar:
[[n:{n1}]]: Ambulans kelurahan kami sopirnya [[n:{n2}]], [[p:{hp2}]], siaga malam
[[n:{n3}]]: Kalo darurat 112 saja
Ambulans Gratis Pemkot: Layanan 24 jam di {otel1}, WA {owa1}
[[n:{n4}]]: Terima kasih Om [[n:{g2}]], kemarin antar sa pung bapa ke {rs1} 🙏""",
    ),
    # without spans
    T(
        "fb_thread",
        "water",
        """PDAM Kota Kupang
{ago1}
Pembayaran rekening air bisa di loket, kantor pos, dan minimarket. Cek tagihan via WA {owa1}.

Komentar
kupangviral: Call center {cc} ramai terus min
PDAM Kota Kupang: Silakan ke kantor pelayanan {otel1} kak.
Laundry Cepat Bersih: Kami juga terima bayar PDAM kak, WA {bwa1}
tukang_tangki_oebufu: 🙏""",
    ),
    T(
        "fb_thread",
        "security_scams",
        """Polresta Kupang Kota
Waspada modus telepon mengaku petugas Dukcapil meminta data NIK. Contoh nomor yang dilaporkan: {scam1}, {scam2}.
Laporkan ke SPKT {otel1} atau WA {owa1}.

Komentar
kupang_bersuara: Sa juga dapat dari {scam3}, ngaku dari Dinas Sosial
Dukcapil Kota Kupang: Kami tidak pernah minta data lewat telepon.
warga_oesapa88: 👍""",
    ),
    T(
        "fb_thread",
        "market_business",
        """Toko Bangunan Sumber Rejeki
DISKON semen! Alamat {jlno1}. Telp {otel1} / WA {bwa1}

Komentar
Counter Nusa Cell: Mantap kak
Sedot WC Maju Bersama: Kami juga buka 24 jam, {bwa2}
kios_berkah_oebufu: Ada antar ke Sikumana?
Toko Bangunan Sumber Rejeki: Ada kak, ongkir {rpk1}""",
    ),
    T(
        "fb_thread",
        "education",
        """{SCHOOL}
Pengumuman kelulusan dapat dilihat di papan sekolah. Legalisir ijazah mulai {tg1}.
Info: TU {otel1}, WA {owa1}

Komentar
osis_{num1}: Selamat kakak-kakak
Fotokopi Lontar Jaya: Legalisir fotokopi di kami {rp1}/lembar, WA {bwa1}
Dinas P dan K Kota Kupang: 👏""",
    ),
]

# ---- call_log: call-centre shift logs
TEMPLATES += [
    T(
        "call_log",
        "water",
        """LOG PANGGILAN CALL CENTER – {tgl1}
Jam | Penelepon | Nomor | Isi | Tindak lanjut
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | air mati 4 hari, [[a:{rt1}]] | teruskan PDAM
{jam2} | penelepon tidak sebut nama | [[p:{hp2}]] | tanya tagihan | dijawab
{jam3} | Komite Sekolah {school} | {owa1} | sekolah tdk ada air | teruskan
{jam4} | [[n:{l3}]] | [[p:{hp3}]] | pipa bocor di {jl1} | teruskan
Petugas shift: [[n:{n4}]]""",
    ),
    T(
        "call_log",
        "health",
        """Catatan call center 119 – {tgl1}
{jam1} penelepon [[n:{lg1}]] (tdk sebut marga), [[p:{hp1}]], ibu hamil pendarahan di [[a:{adr1}]]. Ambulans berangkat {jam2}.
{jam3} Penelepon anonim dari [[p:{hp2}]] tanya jadwal vaksin. Diarahkan ke {pusk} ({otel1}).
{jam4} {rs1} konfirmasi tempat tidur IGD penuh, telp {otel2}.
Operator: [[n:{g3}]]""",
    ),
    T(
        "call_log",
        "security_scams",
        """REKAP LAPORAN SHIFT MALAM – 112
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | rumah dimasuki orang, [[a:{adr1}]] | Polsek {kec}
{jam2} | tidak diketahui | {scam1} | panggilan iseng berulang | blokir
{jam3} | [[n:{n2}]] | [[p:{hpj2}]] | tetangga bertengkar, [[a:{rt2}]] | Bhabinkamtibmas
{jam4} | Terminal Oebobo | {otel1} | bus terbalik? (hoaks) | cek
Diserahkan ke shift pagi.""",
    ),
    T(
        "call_log",
        "social_aid",
        """Petugas: Selamat siang, layanan pengaduan Dinsos, dengan [[n:{g1}]], ada yang bisa dibantu?
Penelepon: Sa mau tanya BLT mama sa.
Petugas: Atas nama?
Penelepon: [[n:{n2}]].
Petugas: NIK ibu?
Penelepon: [[nik:{nik2}]].
Petugas: Baik. Nomor yang bisa dihubungi?
Penelepon: [[p:{hp3}]], ini nomor sa, anaknya.
Petugas: Kami cek dulu. Kalau mau tanya lagi, WA {owa1}.""",
        F=(2,),
    ),
    T(
        "call_log",
        "disaster",
        """Log Pusdalops BPBD {tgl1}
{jam1}  Laporan pohon tumbang {jl1}, pelapor [[n:{n1}]] [[p:{hp1}]]
{jam2}  Banjir di [[a:{rt2}]], pelapor [[n:{n2}]] ([[p:{hpd2}]])
{jam3}  Posko GMIT minta terpal, kontak {owa1}
{jam4}  Laporan diteruskan ke Damkar {otel1}""",
    ),
    T(
        "call_log",
        "civil_registry",
        """Rekap chat WA layanan Dukcapil, sesi {jam1}-{jam2}
1. [[n:{n1}]] ([[p:{hp1}]]) – KK hilang, no KK [[kk:{kk1}]]
2. [[p:{hp2}]] (tidak sebut nama) – tanya syarat akta
3. [[n:{n3}]] ([[p:{hp3}]]) – NIK [[nik:{nik3}]] tidak padan di BPJS
4. {owa1} (Kelurahan {kel}) – koordinasi jemput bola
Admin: [[n:{g4}]]""",
    ),
    T(
        "call_log",
        "water",
        """Catatan call center: penelepon [[n:{n1}]] ([[p:{tr1}]], telp rumah) melapor air sonde mengalir ke [[a:{adr1}]] sejak {tgl1}.
Penelepon juga kasih nomor anaknya [[n:{g2}]]: [[p:{hp2}]].
Diteruskan ke Seksi Distribusi {otel1} / WA {owa1}. Tiket {tiket1}.""",
        fam={2: 1},
    ),
    T(
        "call_log",
        "market_business",
        """Agen: Terima kasih sudah menghubungi layanan pengaduan pasar, dengan [[n:{g1}]].
Penelepon: Sa pedagang di los sayur. Ada yang tagih uang keamanan tiap malam.
Agen: Boleh tahu nama petugasnya?
Penelepon: Dia bilang nama [[n:{n2}]], nomor dia [[p:{hp2}]].
Agen: Baik. Nama Ibu sendiri?
Penelepon: [[n:{n3}]], HP [[p:{hp3}]].
Agen: Kami teruskan ke UPTD. Untuk pertanyaan lain WA {owa1}.""",
        F=(3,),
    ),
    T(
        "call_log",
        "health",
        """09.10 | [[n:{n1}]] | [[p:{hp1}]] | anak demam tinggi | arahkan ke {pusk}
09.32 | Apotek Oesapa Farma | {bwa1} | tanya stok vaksin | bukan wewenang
09.50 | [[n:{N2}]] | [[p:{hp2}]] | kartu JKN [[bpjs:{bpjs2}]] ditolak IGD | teruskan BPJS
10.15 | penelepon tidak sebut nama | [[p:{hp3}]] | keluhan antrian | dicatat""",
    ),
    T(
        "call_log",
        "education",
        """Rekap WA pengaduan Disdik hari ini
- [[n:{n1}]], ortu siswa {school}, [[p:{hp1}]]: pungutan seragam {rp1}
- [[n:{n2}]] ([[p:{hp2}]]): ijazah ditahan
- Operator MTsN {owa1}: minta akun Dapodik
- [[p:{hp3}]] (anonim): guru sering tdk masuk
Ditangani: [[n:{n4}]]""",
    ),
    T(
        "call_log",
        "security_scams",
        """Petugas: Dari nomor berapa bapak ditelpon?
Penelepon: Dari {scam1}, dia bilang dari Bank NTT, minta kode OTP.
Petugas: Bapak sudah kasih kodenya?
Penelepon: Belum. Tapi dia tahu nama sa, [[n:{n1}]].
Petugas: Baik, nomor bapak yang bisa kami hubungi?
Penelepon: [[p:{hp1}]].
Petugas: Jangan layani. Laporkan juga ke Bank NTT {otel1}.""",
    ),
    # without spans
    T(
        "call_log",
        "water",
        """Rekap call center PDAM {tgl1}
Kanal | Masuk | Selesai
Telepon {otel1} | {num1} | {num2}
WA {owa1} | {num3} | {num4}
SMS 1708 | {kecil1} | {kecil2}
Keluhan terbanyak: meter macet (ID pelanggan {samb1}, {samb2})""",
    ),
    T(
        "call_log",
        "disaster",
        """Log Pusdalops {tgl1}
{jam1} | Posko GMIT | {owa1} | minta air bersih
{jam2} | Dapur umum Dinsos | {otel1} | nasi bungkus {big1}
{jam3} | Damkar | 113 | evakuasi selesai
{jam4} | Komite PAUD {kel} | {owa2} | sekolah terendam""",
    ),
    T(
        "call_log",
        "health",
        """Log telepon IGD {rs1}
{jam1} | Puskesmas rujukan | {otel1} | rujuk pasien
{jam2} | PMI Kota Kupang | {otel2} | stok darah O kosong
{jam3} | Ambulans Pemkot | {owa1} | ETA 15 menit
{jam4} | BPJS Kesehatan cabang | {otel3} | verifikasi SEP {sep1}""",
    ),
    T(
        "call_log",
        "security_scams",
        """Petugas: Polsek {kec}, selamat malam.
Penelepon: Pak, sa dapat SMS dari {scam1}, katanya sa menang undian {rpb1}.
Petugas: Itu penipuan, Pak. Jangan transfer.
Penelepon: Ada nomor lain juga {scam2}, dengan pesan sama.
Petugas: Blokir saja. Kalau mau lapor resmi, datang ke SPKT atau WA {owa1}.""",
    ),
]

# ---- directory: printed directories of services, a named officer's private mobile among them
TEMPLATES += [
    T(
        "directory",
        "health",
        """NOMOR PENTING KELURAHAN {KEL}
Ambulans Pemkot ............ 119 / {owa1}
Damkar ..................... 113
PLN gangguan ............... 123
{pusk} ..................... {otel1}
Bidan kelurahan (Ibu [[n:{n2}]]) ... [[p:{hp2}]]
Ketua LPM Bpk. [[n:{n3}]] .......... [[p:{hp3}]]
Sy tempel ini krn nomor ambulans di atas tidak pernah aktif. Pelapor [[n:{n4}]], [[a:{rt4}]].""",
    ),
    T(
        "directory",
        "security_scams",
        """DAFTAR KONTAK KEAMANAN RW {num}
Polsek {kec}: {otel1}
Bhabinkamtibmas: Bripka [[n:{n1}]] [[p:{hp1}]]
Babinsa: Serka [[n:{n2}]] [[p:{hp2}]]
Pos kamling: {owa1} (pos jaga)
Koordinator Linmas: {owa2}
Satpol PP: {otel2}""",
    ),
    T(
        "directory",
        "water",
        """Buku kontak RT {num} (halaman air & listrik)
PDAM pengaduan ... {cc} / WA {owa1}
PLN ............... 123
Tangki air:
- {tangki1} ....... {bwa1}
- Om [[n:{n1}]] ... [[p:{hp1}]] (tangki pribadi, 5000 L)
- [[n:{n2}]] ...... [[p:{hp2}]] / [[p:{hq2}]]
Tukang pipa langganan: [[n:{g3}]] [[p:{hp3}]]""",
    ),
    T(
        "directory",
        "community_worship",
        """BUKU KONTAK MAJELIS {CHURCH}
Ketua Majelis Jemaat: Pdt. [[n:{n1}]], S.Th. — [[p:{hp1}]]
Sekretaris: Pnt. [[n:{n2}]] — [[p:{hp2}]]
Bendahara: Pnt. [[n:{n3}]] — [[p:{hp3}]]
Kantor gereja: {otel1}
Rekening Majelis Jemaat: {bnk1} {rekb1}
NPWP Majelis Jemaat: {npwpx1}""",
    ),
    T(
        "directory",
        "education",
        """KONTAK SEKOLAH – {SCHOOL}
Kepala Sekolah: [[n:{n1}]], S.Pd., M.Pd. (HP [[p:{hp1}]], email [[e:{em1}]])
Wakasek Kurikulum: [[n:{n2}]] ([[p:{hp2}]])
Tata Usaha: {otel1}
Operator: {owa1}
Komite: {owa2}
Email sekolah: tu.{kecil1}kupang@gmail.com
NPSN {npsn1}""",
    ),
    T(
        "directory",
        "social_aid",
        """Kontak layanan sosial Kec. {kec} (ditempel di kantor camat)
Dinsos Kota: {otel1}
TKSK Kecamatan: {owa1}
Pendamping PKH Kel. {kel}: Sdri. [[n:{n1}]] – [[p:{hp1}]]
Pendamping PKH Kel. {kel2}: Sdr. [[n:{n2}]] – [[p:{hp2}]]
Pengaduan bansos: WA {owa2}
Sy [[n:{n3}]] minta kontak di atas diperbarui, Sdri. [[n:{g1}]] sudah pindah.""",
    ),
    T(
        "directory",
        "disaster",
        """NOMOR DARURAT SIAGA BENCANA – KEL. {KEL}
BPBD Kota ................. {otel1}
Pusdalops ................. {owa1}
Damkar .................... 113 / {otel2}
Lurah ({kel}), Bpk. [[n:{n1}]] .... [[p:{hp1}]]
Sekel Ibu [[n:{n2}]] .............. [[p:{hp2}]]
Tagana kelurahan .......... {owa2}""",
    ),
    T(
        "directory",
        "market_business",
        """Kontak pasar yang dibagikan ke pedagang baru:
Kepala UPTD Pasar: {otel1}
Petugas kebersihan blok B: [[n:{n1}]] [[p:{hp1}]]
Petugas keamanan malam: [[n:{n2}]] [[p:{hp2}]]
Penagih retribusi resmi: [[n:{n3}]] [[p:{hp3}]]
Bank Sampah: {owa1}
Pengaduan pungli: WA Saber Pungli {owa2}""",
    ),
    T(
        "directory",
        "civil_registry",
        """Daftar kontak Ketua RT se-Kelurahan {kel}
RT/RW | Nama Ketua | HP
{rtk1} | [[n:{N1}]] | [[p:{hp1}]]
{rtk2} | [[n:{N2}]] | [[p:{hp2}]]
{rtk3} | [[n:{N3}]] | [[p:{hp3}]]
Kantor Lurah | - | {otel1}
(untuk pengantar surat pindah dan domisili)""",
    ),
    T(
        "directory",
        "health",
        """KONTAK KADER POSYANDU {KEL}
Posyandu Melati: Mama [[n:{g1}]] [[p:{hp1}]]
Posyandu Kenanga: [[n:{n2}]] [[p:{hpd2}]]
Posyandu Anggrek: kader posyandu {owa1}
Bidan koordinator {pusk}: {otel1}
Gizi buruk / stunting: WA {owa2}""",
    ),
    T(
        "directory",
        "water",
        """Nomor sopir tangki air bersih yg terdaftar di kelurahan (dari papan info):
1. {tangki1} – {bwa1}
2. {tangki2} – {bwa2}
3. Bpk. [[n:{n1}]] (perorangan) – [[p:{hp1}]]
4. Sdr. [[n:{n2}]] (perorangan) – [[p:{hp2}]]
Harga resmi per tangki {rp1}. Pengaduan harga: WA Trantib {owa1}.""",
    ),
    T(
        "directory",
        "education",
        """Kontak wali kelas {school} (dibagikan saat rapat orang tua)
I A – Ibu [[n:{n1}]] – [[p:{hp1}]]
II B – Ibu [[n:{n2}]] – [[p:{hp2}]]
III A – Bpk. [[n:{n3}]] – [[p:{hp3}]]
Operator sekolah – {owa1}
Tata Usaha – {otel1}""",
    ),
    # without spans
    T(
        "directory",
        "health",
        """DIREKTORI LAYANAN KESEHATAN KOTA KUPANG
{rs1} | IGD {otel1}
{rs2} | IGD {otel2}
{pusk} | {otel3} / WA {owa1}
PMI Kota Kupang | {otel4}
Ambulans gratis | 119 / {owa2}
Apotek Oesapa Farma (24 jam) | {bwa1}""",
    ),
    T(
        "directory",
        "security_scams",
        """NOMOR PENTING KOTA KUPANG
Polisi: 110 | Polresta: {otel1}
Damkar: 113 | {otel2}
Ambulans: 119
BPBD: {otel3} / WA {owa1}
PLN: 123 | PDAM: {cc}
Pengaduan Pemkot: SMS 1708, WA {owa2}
Saber Pungli: WA {owa3}""",
    ),
    T(
        "directory",
        "water",
        """Mitra | Alamat | Telepon
PDAM Kantor Pusat | {jlno1} | {otel1}
PDAM Unit {kel} | {jlno2} | {otel2}
{tangki1} | {jlno3} | {bwa1}
{tangki2} | - | {bwa2}
Sumber: daftar mitra air bersih Dinas PUPR, {tg1}""",
    ),
    T(
        "directory",
        "market_business",
        """DIREKTORI USAHA KELURAHAN {KEL}
Fotokopi Lontar Jaya – {jlno1} – WA {bwa1}
Bengkel Karya Timor – {jlno2} – {bwa2}
Counter Nusa Cell – pulsa & token – {bwa3}
Laundry Cepat Bersih – antar jemput – {bwa4}
Sedot WC Maju Bersama – 24 jam – {otel1}""",
    ),
    T(
        "directory",
        "civil_registry",
        """Kontak layanan administrasi kependudukan
Disdukcapil Kota Kupang | {jlno1} | {otel1}
WA antrian | {owa1}
Kantor Camat {kec} | {otel2}
Kelurahan {kel} | {owa2}
Email pengaduan: pengaduan.dukcapil@kupangkota.go.id
Jam layanan Senin–Jumat 08.00–15.00""",
    ),
]

# ---- ocr_poster: OCR'd posters, banners and stickers
TEMPLATES += [
    T(
        "ocr_poster",
        "water",
        """[foto spanduk, hasil scan]
AIR BERSIH ANTAR
5000 LlTER Rp 1OO.OOO
HUB. [[p:{hpo1}]]
([[n:{N1}]])
sy curiga ini tangki pribadi yg isi dari sumur bor PDAM, tolong dicek. pelapor [[n:{l2}]] [[p:{hp2}]]""",
    ),
    T(
        "ocr_poster",
        "health",
        """POSYANDU LANSIA MELATI
SETIAP SABTU MINGGU KE-2
JAM 08.OO - SELESAI
KADER : [[n:{N1}]] [[p:{hpo1}]]
BIDAN : [[n:{N2}]] [[p:{hpo2}]]
INFO {PUSK} {otel1}""",
    ),
    T(
        "ocr_poster",
        "security_scams",
        """[hasil scan stiker di tiang listrik]
KREDIT TANPA JAMINAN
CAIR 1 HARI
HUB/WA {scam1} / {scam2}
sy lapor krn stiker ini ditempel di mana-mana, nomornya penipu pinjol. Sy [[n:{n1}]], HP [[p:{hp1}]].""",
    ),
    T(
        "ocr_poster",
        "community_worship",
        """PANITIA PEMBANGUNAN
{CHURCH}
MOHON DUKUNGAN DOA DAN DANA
REK. {BNK1} {rekb1} (PANITIA)
KETUA : [[n:{N1}]] [[p:{hpo1}]]
BENDAHARA : [[n:{N2}]] [[p:{hp2}]]
SEKRETARIAT : {otel1}""",
    ),
    T(
        "ocr_poster",
        "market_business",
        """[scan brosur]
SEDOT WC
"MAJU BERSAMA"
HUB: {bwa1} / {bwa2}
LAYANAN 24 JAM
(brosur ini diselipkan di pagar rumah sa di [[a:{AD1}]], sopirnya buang limbah ke kali. [[n:{n1}]])""",
    ),
    T(
        "ocr_poster",
        "education",
        """PENERIMAAN PESERTA DIDIK BARU
{SCHOOL}
PENDAFTARAN ONLINE WA: {owa1}
INFO: [[n:{N1}]] (WAKASEK) [[p:{hpo1}]]
TATA USAHA {otel1}""",
    ),
    T(
        "ocr_poster",
        "disaster",
        """SPANDUK KELURAHAN {KEL}
TANGGAP DARURAT BANJIR
POSKO: HALAMAN KANTOR LURAH
HUB. PETUGAS : {owao1}
KOORDINATOR LAPANGAN : [[n:{N1}]] [[p:{hpo1}]]""",
    ),
    T(
        "ocr_poster",
        "civil_registry",
        """[scan selebaran]
JASA URUS KTP KK AKTA CEPAT
HUB. [[p:{hpo1}]]
([[n:{N1}]])
sy kira ini calo yg kerja sama orang dalam. Sy dulu bayar {rp1} ke dia. [[n:{n2}]]""",
    ),
    T(
        "ocr_poster",
        "water",
        """KOS PUTRI – AIR 24 JAM
HUB. [[p:{hpo1}]]
(IBU [[n:{G1}]])
sy anak kos di situ, air sdh seminggu tdk ada tapi ibu kos tetap tagih 800 ribu per bulan. [[n:{n2}]]""",
        F=(1,),
    ),
    T(
        "ocr_poster",
        "health",
        """[scan kartu berobat]
{PUSK}
No. RM : {kode1}
Nama : [[n:{N1}]]
Alamat : [[a:{AD1}]]
No. HP : [[p:{hpo1}]]
No. Kartu : [[bpjs:{bpjso1}]]
Poli : UMUM  Tgl : {tgl1}""",
    ),
    T(
        "ocr_poster",
        "social_aid",
        """[hasil scan daftar penerima]
DAFTAR PENERIMA BPNT RT {num}
1  [[n:{N1}]]  [[nik:{niko1}]]  [[p:{hpb1}]]
2  [[n:{N2}]]  [[nik:{nik2}]]  [[p:{hpo2}]]
3  [[n:{N3}]]  [[nik:{nik3}]]  -
PENDAMPING : {owa1}""",
    ),
    T(
        "ocr_poster",
        "security_scams",
        """ORANG HILANG
NAMA : [[n:{N1}]]
UMUR : {umur1} TAHUN
TERAKHIR TERLIHAT DI PASAR {KEL}
BAGI YANG MELIHAT HUB. [[p:{hpo2}]] ([[n:{N2}]]) ATAU POLSEK {otel1}""",
        fam={1: 2},
        K=(1,),
    ),
    # without spans
    T(
        "ocr_poster",
        "water",
        """[scan]
TOKO BANGUNAN SINAR FLORES
{JLNO1}
TELP/WA {owao1}
NPWP : {npwpx1}
NOTA NO. {struk1}  TGL {tgl1}
PIPA PVC 3/4  x4  {rp1}""",
    ),
    T(
        "ocr_poster",
        "health",
        """[scan poster]
GERAKAN 3M PLUS
{PUSK}
PENGADUAN DBD : {owao1}
UGD 24 JAM : {otel1}
FOGGING RT {num1} SENIN, RT {num2} RABU""",
    ),
    T(
        "ocr_poster",
        "security_scams",
        """[scan stiker]
PINJAMAN ONLINE CEPAT CAIR
TANPA BI CHECKING
WA {scam1}
{scam2}
(stiker ini ditempel di tiang listrik depan SD, nomor-nomor itu penipu)""",
    ),
    T(
        "ocr_poster",
        "community_worship",
        """[scan undangan]
PANITIA PASKAH {CHURCH}
MENGUNDANG JEMAAT MENGIKUTI LOMBA PADUAN SUARA
PENDAFTARAN : WA PANITIA {owa1} / {owa2}
BIAYA Rp 5O.OOO
REK. PANITIA {BNK1} {rekb1}""",
    ),
    T(
        "ocr_poster",
        "market_business",
        """[scan kwitansi]
KWITANSI
No : {owab1}
Terima dari : UPTD PASAR {KEL}
Uang sejumlah : {rp1}
Untuk : sewa los blok C
Tgl {tgl1}""",
    ),
]

# ---- sms_caps: SMS to 1708 in capitals, several numbers at once
TEMPLATES += [
    T(
        "sms_caps",
        "water",
        """KOTKUPANG AIR PDAM DI [[a:{RT1}]] KEL {KEL} MATI 2 MGG. SY TLP {otel1} TDK ADA YG ANGKAT. SKRG BELI DR TANGKI OM [[n:{G2}]] [[p:{hp2}]] HRG {rp1}. MHN DIBANTU. [[n:{N1}]] [[p:{hp1}]]""",
    ),
    T(
        "sms_caps",
        "security_scams",
        """KOTKUPANG SY DPT SMS DR {scam1} BILANG SY MENANG UNDIAN {rpb1}, SY DISURUH TLP {scam2} UTK KLAIM. MHN DICEK. SY [[n:{N1}]] NO SY [[p:{hp1}]]""",
    ),
    T(
        "sms_caps",
        "social_aid",
        """KOTKUPANG BLT MAMA SY [[n:{N1}]] NIK [[nik:{nik1}]] TDK CAIR. PENDAMPING NO {owa1} TDK MAU ANGKAT. HUB SY ANAKNYA [[n:{G2}]] [[p:{hp2}]]""",
        fam={2: 1},
        F=(1,),
    ),
    T(
        "sms_caps",
        "market_business",
        """KOTKUPANG PENAGIH RETRIBUSI PSR {KEL} A.N. [[n:{N1}]] HP [[p:{hp1}]] TAGIH {rpk1} TANPA KARCIS. UPTD {owa1} DIAM SAJA. PEDAGANG [[n:{N2}]]""",
    ),
    T(
        "sms_caps",
        "health",
        """KOTKUPANG AMBULANS KEL {KEL} TDK DATANG, SOPIR [[n:{N1}]] ([[p:{hp1}]]) BILANG BENSIN HABIS. BAPA SY MENINGGAL DI JALAN KE {RS1}. TLG DIPERIKSA. [[n:{N2}]] [[a:{RT2}]]""",
    ),
    T(
        "sms_caps",
        "education",
        """KOTKUPANG GURU KELAS 4 {SCHOOL} IBU [[n:{N1}]] MINTA UANG LES {rp1}/BLN. NO WA BELIAU [[p:{hp1}]]. KEPSEK {otel1} TDK TANGGAP. ORTU [[n:{N2}]] [[p:{hp2}]]""",
    ),
    T(
        "sms_caps",
        "civil_registry",
        """KOTKUPANG KK SY [[kk:{kk1}]] SALAH TULIS NAMA ANAK. SDH 3X KE DUKCAPIL, ANTRIAN {antri1}. WA ANTRIAN {owa1} TDK BALAS. [[n:{N1}]] [[p:{hp1}]]""",
    ),
    T(
        "sms_caps",
        "disaster",
        """KOTKUPANG RUMAH SY DI [[a:{ADR1}]] ROBOH KENA ANGIN. SDH LAPOR KE RT BPK [[n:{N2}]] ([[p:{hp2}]]) DAN BPBD {otel1}, BLM ADA BANTUAN. [[n:{N1}]]""",
    ),
    T(
        "sms_caps",
        "community_worship",
        """KOTKUPANG PENGERAS SUARA {MASJID} BUNYI SMP JAM 2 MALAM. SDH TLP TAKMIR {owa1}. WARGA [[a:{RT1}]], [[n:{N1}]] [[p:{hp1}]]""",
    ),
    T(
        "sms_caps",
        "water",
        """KOTKUPANG TOLONG CEK TANGKI AIR YG JUAL {rp1}/TANGKI, SOPIRNYA [[n:{N1}]] [[p:{hpo1}]] DAN [[n:{N2}]] [[p:{hp2}]]. MEREKA AMBIL AIR DI HIDRAN PDAM {JL1}. TTD [[n:{N3}]]""",
    ),
    T(
        "sms_caps",
        "security_scams",
        """KOTKUPANG HP SY HILANG DI ANGKOT, NO LAMA [[p:{hp1}]]. SKRG PAKAI [[p:{hq1}]]. ADA ORG PAKAI NO LAMA MINTA PULSA KE KELUARGA. MHN BANTU BLOKIR. [[n:{N1}]]""",
    ),
    T(
        "sms_caps",
        "social_aid",
        """KOTKUPANG SY [[n:{N1}]] LANSIA [[a:{RT1}]] {KEL}. BANTUAN BERAS 2 BLN TDK DAPAT. KATA RT HUB PENDAMPING {owa1}, TDK ANGKAT. NO ANAK SY [[p:{hp2}]]""",
        E=(1,),
    ),
    T(
        "sms_caps",
        "education",
        """KOTKUPANG PIP ANAK SY [[n:{N1}]] NISN {nisn1} BLM CAIR. OPERATOR SEKOLAH BLG HUB NO {owa1}. SY IBUNYA [[n:{N2}]] HP [[p:{hp2}]]""",
        fam={1: 2},
        K=(1,),
        F=(2,),
    ),
    # without spans
    T(
        "sms_caps",
        "water",
        """KOTKUPANG AIR PDAM DI RT {num1} DAN RT {num2} KEL {KEL} MATI SEMINGGU. TLP {otel1} DAN {otel2} TDK ADA YG ANGKAT. ID PEL {samb1}""",
    ),
    T(
        "sms_caps",
        "security_scams",
        """KOTKUPANG ADA SMS DR {scam1} BILANG SY MENANG UNDIAN {rpb1}. SY DISURUH TLP {scam2}. APA INI RESMI? TIKET SBLMNYA {tiket1}""",
    ),
    T(
        "sms_caps",
        "health",
        """KOTKUPANG ANTRIAN {PUSK} SGT LAMA, NO ANTRI {antri1} DIPANGGIL JAM {jam1}. WA PENDAFTARAN {owa1} TDK BALAS""",
    ),
    T(
        "sms_caps",
        "market_business",
        """KOTKUPANG TOKEN LISTRIK {token1} TDK MASUK, ID PEL {idpel1}. SDH TLP 123 DAN WA PLN {owa1}. BAYAR {rp1} DI COUNTER""",
    ),
    T(
        "sms_caps",
        "social_aid",
        """KOTKUPANG PENYALURAN BPNT RT {num1} SAMPAI RT {num2} DI KANTOR POS {KEL} KACAU. NO PENDAMPING {owa1} DAN TKSK {owa2} TDK AKTIF""",
    ),
    T(
        "sms_caps",
        "civil_registry",
        """KOTKUPANG DUKCAPIL BLG KTP JADI TGL {tgl1} TP BLM ADA. NO REG {tiket1}. WA ANTRIAN {owa1} DAN TLP {otel1} TDK RESPON""",
    ),
]

# ---- kupang_malay: complaints in Kupang Malay listing numbers
TEMPLATES += [
    T(
        "kupang_malay",
        "water",
        """Pak, beta mau lapor. Air di [[a:{rt1}]] su sonde jalan dua minggu. Beta su telpon PDAM {otel1}, dong sonde angkat. Tangki kelurahan pung sopir, Om [[n:{g2}]], nomor [[p:{hp2}]], bilang minggu depan baru datang. Beta pung nomor [[p:{hp1}]]. Beta [[n:{n1}]].""",
    ),
    T(
        "kupang_malay",
        "security_scams",
        """Bapa ee, tadi ada nomor {scam1} telpon beta, bilang dia dari Dinas Sosial, suru kirim foto KTP. Abis itu nomor {scam2} lai. Beta sonde kasi. Ini beta pung nomor [[p:{hp1}]], kalo mau tanya. [[n:{n1}]]""",
    ),
    T(
        "kupang_malay",
        "health",
        """Selamat pagi. Beta pung mama, [[n:{n1}]], su tua, mau kontrol gula di {pusk}. Kader [[n:{n2}]] bilang daftar lewat WA {owa1}, ma sonde dibalas. Beta ade [[n:{g3}]] ju su coba dari nomor dia [[p:{hp3}]]. Tolong bantu.""",
        fam={3: 1},
        E=(1,),
    ),
    T(
        "kupang_malay",
        "social_aid",
        """Sa lapor, pendamping PKH di kelurahan {kel}, nona [[n:{n1}]], nomor [[p:{hp1}]], su tiga bulan sonde datang. Nomor kantor dinsos {otel1} ju sonde angkat. Mama-mama di RT ni semua sonde dapat. Sa [[n:{n2}]], [[a:{ad2}]].""",
    ),
    T(
        "kupang_malay",
        "market_business",
        """Kami pedagang di pasar {kel} mau lapor. Ada orang tagih uang keamanan tiap malam, dia bilang dia pung nama [[n:{n1}]], nomor [[p:{hp1}]]. Kalo kami sonde bayar, dia ancam. UPTD pung nomor {owa1} sonde balas. Sa [[n:{n2}]] ([[p:{hp2}]]).""",
    ),
    T(
        "kupang_malay",
        "community_worship",
        """Sore Bapa Lurah. Beta mau lapor soal tanah kubur di belakang {church}. Keluarga [[n:{f1}]] su pagar sonde pake izin. Beta su bicara deng Pnt. [[n:{n2}]] ([[p:{hp2}]]) ma dia bilang itu urusan kelurahan. Beta [[n:{n3}]], HP [[p:{hp3}]].""",
    ),
    T(
        "kupang_malay",
        "education",
        """Kaka, beta orang tua murid di {school}. Wali kelas anak beta, ibu [[n:{n1}]], minta uang foto {rp1}. Beta tanya di nomor dia [[p:{hp1}]], dia bilang itu keputusan komite. Komite pung nomor {owa1}. Beta [[n:{n2}]], HP [[p:{hp2}]].""",
    ),
    T(
        "kupang_malay",
        "disaster",
        """Tolong ee, rumah di [[a:{adr1}]] tarendam. Beta su telpon BPBD {otel1}, dong bilang tunggu. Beta pung tetangga, Om [[n:{g2}]] ([[p:{hp2}]]), ada perahu ma sonde cukup. Beta pung nomor [[p:{hp1}]]. [[n:{g1}]]""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """Beta su urus akta anak dari bulan lalu. Petugas di kelurahan, Kaka [[n:{n1}]], bilang nanti dia kabar, kasi nomor [[p:{hp1}]]. Ma sampe sekarang sonde ada. NIK anak [[nik:{nik2}]]. Beta pung nomor [[p:{hp3}]]. [[n:{n3}]]""",
        fam={2: 3},
        K=(2,),
    ),
    T(
        "kupang_malay",
        "water",
        """Sa mau tanya, tangki air yang resmi tu yang mana? Ada yang {bwa1} ({tangki1}), ada Om [[n:{n1}]] [[p:{hp1}]], ada lai nona [[n:{g2}]] [[p:{hp2}]] yang jual {rp1}. Sa di [[a:{rt3}]], air PDAM sonde pernah jalan. [[n:{n3}]]""",
    ),
    T(
        "kupang_malay",
        "health",
        """Beta mau kasi tau, ambulans kelurahan pung sopir, [[n:{n1}]], nomor [[p:{hp1}]], jam 2 malam sonde angkat. Beta pung bapa su sesak napas. Untung tetangga [[n:{n2}]] antar pake oto, plat [[pl:{pl2}]]. Beta [[n:{n3}]].""",
        M=(1,),
    ),
    T(
        "kupang_malay",
        "security_scams",
        """Beta mau lapor, ada orang pinjam uang {rpb1} di beta, dia pung nama [[n:{n1}]], HP [[p:{hp1}]], lari su. Dia pung rekening {bank1} [[b:{rek1}]] a.n. [[n:{N1}]]. Beta pung nomor [[p:{hp2}]]. [[n:{n2}]]""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """Mama [[n:{n1}]] di [[a:{rt1}]] sonde punya HP, jadi pake beta pung nomor [[p:{hp2}]] untuk data bansos. Beta tetangga, [[n:{n2}]]. Nomor pendamping {owa1} sonde aktif.""",
    ),
    # without spans
    T(
        "kupang_malay",
        "water",
        """Pak, air di RT {num1} deng RT {num2} sonde jalan su seminggu. Telpon {otel1} sonde angkat, WA {owa1} cuma centang satu. Kami beli tangki {rp1} satu kali isi. ID pelanggan {samb1}.""",
    ),
    T(
        "kupang_malay",
        "security_scams",
        """Ada nomor {scam1} WA beta, ngaku anak kos sa, minta pulsa {rpk1}. Abis tu nomor {scam2} lai telpon, bilang dia dari Bapenda. Itu tipu-tipu to? Nomor {scam3} ju su dilapor.""",
    ),
    T(
        "kupang_malay",
        "health",
        """Kami mau tanya, {pusk} pung nomor berubah ko? Yang lama {owa1}, sekarang katanya {owa2}. UGD pung nomor {otel1} sonde angkat. Antri nomor {antri1} dari jam {jam1}.""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """Dukcapil pung WA {owa1} sonde balas. Kantor {otel1} ju sibuk terus. Beta su antri nomor {antri1} dari jam {jam1}, tiket {tiket1}, ma blanko habis.""",
    ),
    T(
        "kupang_malay",
        "market_business",
        """Counter pulsa dekat pasar bilang token PLN {token1} su kirim, ma sonde masuk. Dong pung nomor {bwa1}. PLN 123 suru tunggu. ID pelanggan {idpel1}.""",
    ),
    T(
        "kupang_malay",
        "community_worship",
        """Panitia Natal {church} minta sumbangan {rp1} tiap KK. WA panitia {owa1} / {owa2}. Rekening panitia {bnk1} {rekb1}. Kami tanya, itu wajib ko sonde?""",
    ),
]

# ---- more of each style
TEMPLATES += [
    T(
        "fb_thread",
        "social_aid",
        """Info Kelurahan {kel}
Daftar lansia penerima bantuan permakanan sudah ditempel di kantor lurah. Pertanyaan: WA {owa1}.

Komentar
[[n:{n1}]]: Oma sa [[n:{n2}]] ({umur2} thn) sonde ada di daftar. Rumah di [[a:{ad2}]]
Info Kelurahan {kel}: Silakan datang bawa KTP, oma.
[[n:{n3}]]: Yang antar makanan ke rumah-rumah tu Kak [[n:{g4}]], HP [[p:{hp4}]], tanya dia saja
[[n:{n5}]]: @[[n:{n4}]] tolong bantu kk""",
        E=(2,),
    ),
    T(
        "fb_thread",
        "security_scams",
        """Kupang Bersuara · Postingan anonim
Hati-hati, ada yang telpon mengaku dari PLN, bilang meteran mau dicabut. Nomornya {scam1}.

[[n:{n1}]]: Sa juga. Dia bilang namanya [[n:{g2}]], nomor [[p:{hp2}]], minta transfer ke DANA
[[n:{n3}]]: Petugas PLN asli datang pakai seragam. PLN 123.
kupang_waspada: {scam2} juga sama modus
[[n:{n4}]]: Sa su lapor di SPKT, no laporan {tiket1}""",
    ),
    T(
        "fb_thread",
        "community_worship",
        """Remaja Masjid Nurul Huda Oeba
Pendaftaran pesantren kilat Ramadhan. Daftar: WA panitia {owa1} / {owa2}

Komentar
[[n:{n1}]]: Kak, anak sa [[n:{g2}]] umur 9 bisa ikut?
Remaja Masjid Nurul Huda Oeba: Bisa bu, daftar di WA panitia.
[[n:{n3}]]: Kalau mau antar-jemput, hubungi Ust. [[n:{n4}]] [[p:{hp4}]], rumah beliau dekat masjid
[[n:{n1}]]: Makasih 🙏""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "fb_thread",
        "education",
        """Grup Orang Tua Murid {school}
[[n:{n1}]]: Ada yg tau email wali kelas 6? Mau kirim tugas anak.
[[n:{n2}]]: Ibu [[n:{n3}]], email dinas beliau [[e:{emk3}]]
[[n:{n4}]]: Atau WA beliau [[p:{hp3}]], tp jangan malam
Admin Grup: Email sekolah yang resmi tu.sekolah.kupang@gmail.com ya""",
    ),
    T(
        "fb_thread",
        "disaster",
        """Posko Peduli Banjir Oesapa
Update: {big1} KK terdampak. Kebutuhan: air bersih, pakaian anak.
Konfirmasi donasi: WA {owa1}. Rekening posko {bnk1} {rekb1} a.n. POSKO PEDULI OESAPA

Komentar
[[n:{n1}]]: Sa su kirim baju 2 karung lewat Om [[n:{g2}]] ([[p:{hp2}]])
[[n:{n3}]]: Keluarga [[n:{f4}]] di [[a:{rt4}]] belum dapat apa-apa. HP bapa dong [[p:{hp4}]]""",
    ),
    # without spans
    T(
        "fb_thread",
        "health",
        """RSUD S.K. Lerik
1 mg
Pendaftaran poli rawat jalan lewat WhatsApp {owa1} mulai Senin. Antrian online dibuka jam 06.00.

Komentar
kupang_sehat: Nomor {owa1} selalu sibuk min
RSUD S.K. Lerik: Bisa juga lewat telp {otel1} kak.
Apotek Oesapa Farma: Tebus resep di kami juga bisa, WA {bwa1}
mama_muda_kupang: 🙏🙏""",
    ),
    T(
        "call_log",
        "water",
        """10.05 | [[n:{n1}]] | [[p:{hp1}]] | meter air bocor, [[a:{ad1}]]
10.22 | UD Laut Timor | {bwa1} | minta pasang sambungan baru
10.40 | [[n:{l2}]] | [[p:{hpk2}]] | tagihan naik {rp1}
11.12 | Bus Tiara Mas | {bwa2} | salah sambung
11.30 | penelepon tidak sebut nama | [[p:{hp3}]] | air keruh di RT {num1} dan RT {num2}""",
    ),
    T(
        "call_log",
        "social_aid",
        """Catatan call center Dinsos: penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor pendamping bernama [[n:{n2}]] minta potongan {rpk1} dari bantuan PKH. Nomor pendamping yang dipakai [[p:{hp2}]].
Penelepon juga menyebut ketua kelompok, Mama [[n:{g3}]], HP [[p:{hp3}]].
Diteruskan ke Bidang Linjamsos ({otel1}).""",
    ),
    T(
        "call_log",
        "civil_registry",
        """Petugas: Layanan Dukcapil, dengan [[n:{g1}]].
Penelepon: Sa mau tanya KIA anak sa.
Petugas: Boleh nomor KK-nya?
Penelepon: [[kk:{kk2}]].
Petugas: Nama kepala keluarga?
Penelepon: [[n:{n2}]].
Petugas: Baik, nanti kami hubungi ke nomor ini, [[p:{hp2}]]?
Penelepon: Iya, atau nomor istri sa [[p:{hp3}]].""",
        M=(2,),
    ),
    T(
        "call_log",
        "security_scams",
        """LOG PANGGILAN 112 – {tgl1}
{jam1} [[n:{n1}]] ([[p:{hp1}]]) melapor anaknya [[n:{g2}]] belum pulang sejak sore.
{jam2} Panggilan dari {scam1}, mengaku petugas, minta data pelapor sebelumnya. Ditolak.
{jam3} [[n:{g2}]] ditemukan di rumah teman, [[a:{adr3}]]. Keluarga dihubungi di [[p:{hp1}]].""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "call_log",
        "health",
        """Catatan call center: penelepon [[n:{n1}]] ([[p:{tr1}]], telp rumah) minta ambulans untuk suaminya [[n:{g2}]] di [[a:{adr1}]]. Nomor HP anak: [[p:{hp3}]].
Ambulans Pemkot ({owa1}) berangkat {jam1}. Diteruskan ke IGD {rs1} ({otel1}).""",
        fam={2: 1},
        F=(1,),
    ),
    # without spans
    T(
        "call_log",
        "market_business",
        """11.00 | Komite Sekolah {school} | {owa1} | tanya izin bazar
11.20 | Kurir JNE | {bwa1} | paket salah alamat
11.45 | UD Karya Lontar | {otel1} | izin bongkar muat
12.10 | Operator MTsN | {owa2} | akun SIMPKB
12.40 | Terminal Oebobo | {otel2} | jadwal bus""",
    ),
    T(
        "call_log",
        "security_scams",
        """Rekap laporan penipuan shift siang
1. {scam1} – mengaku Kemensos, minta NIK – 3 laporan
2. {scam2} dan {scam3} – dua-dua mengaku petugas PKH – 2 laporan
3. {scam4} – kirim link APK undangan – 5 laporan
Semua diteruskan ke Polresta ({otel1}). Tiket {tiket1}.""",
    ),
    T(
        "roster",
        "health",
        """Jadwal jaga perawat ruang Melati {rs1} – dari grup keluarga pasien
Pagi: Ns. [[n:{n1}]]
Siang: Ns. [[n:{n2}]]
Malam: Ns. [[n:{n3}]]
Nomor perawat jaga ruangan {owa1}
Kami keluarga pasien [[n:{n4}]] mengeluh: bapak kami tidak diberi obat jam 02.00 dan perawat malam tidak ada di ruangan. HP sy [[p:{hp5}]] ([[n:{g5}]], anak).""",
        fam={5: 4},
        E=(4,),
    ),
    T(
        "roster",
        "security_scams",
        """Piket Linmas Kelurahan {kel} (dari papan di kantor lurah)
Senin: [[n:{n1}]], [[n:{n2}]]
Selasa: [[n:{n3}]]
Rabu: [[n:{n4}]], [[n:Tina]]
Pos Linmas: {owa1}
Yang di atas sering tdk hadir. Kemarin maling masuk rumah sy [[n:{n5}]] di [[a:{adr5}]]. HP sy [[p:{hp5}]].""",
    ),
    T(
        "roster",
        "water",
        """Jadwal pompa air sumur bor RT {num} (swadaya warga)
Pagi: Om [[n:{g1}]] ([[p:{hp1}]])
Sore: [[n:{n2}]] ([[p:{hp2}]])
Iuran listrik pompa {rpk1}/bulan ke bendahara, Mama [[n:{g3}]] — DANA [[p:{hp3}]]
Pompa sudah rusak 2 minggu, kelurahan tidak bantu. Mohon Dinas PUPR tinjau.""",
    ),
    # without spans
    T(
        "roster",
        "security_scams",
        """JADWAL PATROLI POLSEK {KEC} – {BLN}
Minggu I: Kel. {kel1}, Kel. {kel2}
Minggu II: pasar dan terminal
Minggu III: sekolah-sekolah
Piket 24 jam: {owa1}
SPKT: {otel1}
WA Propam: {owa2}""",
    ),
    T(
        "notice",
        "water",
        """PENGUMUMAN KELURAHAN {KEL}
Bagi warga RT {num1}, RT {num2} dan RT {num3} yang belum dapat air tangki, harap lapor ke:
- Ketua RT masing-masing
- Staf kelurahan, Sdr. [[n:{n1}]], HP [[p:{hp1}]] (jam kerja)
- WA Trantib {owa1}
Tangki swasta yang ditunjuk: {tangki1} ({bwa1})""",
    ),
    T(
        "notice",
        "health",
        """Diteruskan oleh [[n:{n1}]] ([[p:{hp1}]]):
"PENGUMUMAN. Posyandu Balita {bln} diadakan di rumah kader Ibu [[n:{n2}]], [[a:{ad2}]]. Bawa buku KIA. Info: {owa1}."
Rumah ibu kader itu jauh dan jalannya rusak. Mohon dipindah ke balai RT. Sy warga [[a:{rt1}]].""",
    ),
    T(
        "notice",
        "education",
        """Dari: [[n:{n1}]] ([[p:{hp1}]])
Diteruskan:
"Yth. Orang tua siswa {school}. Rapat komite {hari} {tg1} jam {jam1}. Konfirmasi: WA panitia {owa1} / {owa2}. Ketua Komite, [[n:{n2}]]."
Kami ortu keberatan dengan iuran {rp1} yang sudah diputuskan sebelum rapat.""",
    ),
    # without spans
    T(
        "notice",
        "disaster",
        """PENGUMUMAN PMI KOTA KUPANG
Donor darah massal {hari}, {tg1}, jam {jam1} di Aula {kel}.
Pendaftaran: WA {owa1}
Informasi: {otel1}
Stok darah golongan O menipis. Mari berbagi.""",
    ),
    T(
        "notice",
        "market_business",
        """PENGUMUMAN UPTD PASAR {KEL}
Pembayaran sewa los bulan {bln} paling lambat tanggal 10.
Rekening UPTD Pasar: {bnk1} {rekb1}
Kritik & saran: WA {owa1}
Kantor: {otel1}
Jam layanan Senin–Jumat 08.00–14.00""",
    ),
]

TEMPLATES += [
    T(
        "report_table",
        "community_worship",
        """Rekap sumbangan duka keluarga [[n:{f1}]] (diketik ulang dari buku rayon)
No | Nama | Jumlah | Ket
1 | [[n:{n2}]] | {rpk1} | tunai
2 | [[n:{n3}]] | {rpk2} | transfer {wal3} [[p:{hp3}]]
3 | Karang Taruna Tunas Muda | {rpk3} | -
4 | [[n:{n4}]] | {rpk4} | tunai
Total disetor ke rek {bank1} [[b:{rek1}]] a.n. [[n:{n1}]] (istri almarhum).""",
        F=(1,),
    ),
    T(
        "report_table",
        "security_scams",
        """No | Nama pelaku | Nomor | Kerugian
1 | [[n:{n1}]] (ngaku anggota polisi) | [[p:{hp1}]] | {rpb1}
2 | tidak diketahui | {scam1} | {rpb2}
3 | [[n:{n2}]] | [[p:{hp2}]] | {rpb3}
Rekening penampung pelaku no. 1: {bank1} [[b:{rek1}]]
Data dari korban se-RW, diserahkan ke Polresta tgl {tgl1}.""",
    ),
    T(
        "report_table",
        "education",
        """Nama Usaha | Pemilik | HP Pemilik | Telp Usaha
Kantin Sehat | [[n:{n1}]] | [[p:{hp1}]] | {bwa1}
Fotokopi depan sekolah | [[n:{n2}]] | [[p:{hp2}]] | -
Koperasi Siswa | (sekolah) | - | {owa1}
(daftar pengelola kantin {school}, kami lapor harga jajan naik dan tidak higienis)""",
    ),
    # without spans
    T(
        "report_table",
        "social_aid",
        """Jumlah KPM per RT – Kel. {kel}
RT 01: {num1} | RT 02: {num2} | RT 03: {num3}
RT 04: {num4} | RT 05: {num5}
Penyaluran: {tg1}, Kantor Pos {kel}
Pengaduan: Pendamping Wilayah {owa1}, Dinsos {otel1}
ID DTKS contoh format: {trx1}""",
    ),
    T(
        "wa_group",
        "market_business",
        """[{dt1}] [[n:{n1}]]: Bapa mama, sa jual kue lapis, terima pesanan untuk acara. WA [[p:{hp1}]]
[{dt2}] [[n:{n2}]]: Catering Lontar juga terima pesanan, WA {bwa1}
[{dt3}] [[n:{n3}]]: Kak [[n:{g1}]], sa pesan 2 loyang. Transfer ke mana?
[{dt4}] [[n:{n1}]]: {bank1} [[b:{rek1}]] a.n. [[n:{n1}]] atau {wal1} [[p:{hp1}]]""",
    ),
    T(
        "wa_group",
        "civil_registry",
        """[{dt1}] Admin RT {num}: Yang belum kirim NIK dan No KK untuk data PBI, kirim ke sa.
[{dt2}] [[n:{n1}]]: Ini punya sy: [[nik:{nik1}]] / [[kk:{kk1}]]
[{dt3}] [[n:{n2}]]: [[nik:{nik2}]] / [[kk:{kk2}]], HP suami [[p:{hp3}]]
[{dt4}] Admin RT {num}: Makasih. Yg lain ditunggu sampai {hari}""",
    ),
    T(
        "wa_group",
        "disaster",
        """[{dt1}] [[n:{n1}]]: Rumah keluarga [[n:{f2}]] di [[a:{adr2}]] tertimpa pohon. Bapa [[n:{g2}]] luka.
[{dt2}] [[n:{n3}]]: Sa su telpon Damkar 113 dan BPBD {otel1}
[{dt3}] [[n:{n4}]]: Bantuan bisa lewat anaknya, [[n:{g5}]] [[p:{hp5}]]
[{dt4}] [[n:{n1}]]: Sa ke sana sekarang, nomor sa [[p:{hp1}]]""",
        fam={5: 2},
        M=(2,),
    ),
    # without spans
    T(
        "wa_group",
        "civil_registry",
        """[{dt1}] Kelurahan {kel}: Pelayanan surat pindah hari ini sampai jam 14.00.
[{dt2}] Kelurahan {kel}: Nomor antrian sampai {antri1} harap menunggu.
[{dt3}] Kelurahan {kel}: Konfirmasi ke {otel1} atau kantor.kelurahan.kpg@gmail.com
[{dt4}] Admin RT {num}: Siap""",
    ),
    T(
        "directory",
        "community_worship",
        """Kontak Pengurus Masjid Al-Ikhlas Airmata
Imam: Ust. [[n:{n1}]] – [[p:{hp1}]]
Bendahara: [[n:{n2}]] – [[p:{hp2}]]
Marbot: [[n:{g3}]] – [[p:{hp3}]]
Takmir Masjid: {owa1}
Rekening masjid: {bnk1} {rekb1} a.n. Takmir Masjid Al-Ikhlas""",
    ),
    T(
        "directory",
        "disaster",
        """Kontak relawan Tagana & posko {kel}
Koordinator: [[n:{n1}]] [[p:{hpd1}]] / [[p:{hqd1}]]
Logistik: [[n:{n2}]] [[p:{hp2}]], email [[e:{em2}]]
Dapur umum: {owa1} (Dinsos)
Posko GMIT: {owa2}
Pusdalops: {otel1}""",
    ),
    T(
        "directory",
        "market_business",
        """Daftar ojek pangkalan Pasar {kel} (ditempel di pos)
1. [[n:{n1}]] – [[p:{hp1}]] – plat [[pl:{pl1}]]
2. [[n:{n2}]] – [[p:{hp2}]] – plat [[pl:{pl2}]]
3. Ikatan Ojek Pangkalan Oesapa – {bwa1}
Tukang ojek no. 2 minta ongkos dua kali lipat ke anak sekolah. Mohon Dishub tindak.""",
    ),
    # without spans
    T(
        "directory",
        "education",
        """DIREKTORI SEKOLAH KEC. {KEC}
{school1} | NPSN {npsn1} | {otel1}
{school2} | NPSN {npsn2} | {otel2}
{school3} | NPSN {npsn3} | WA {owa1}
Korwil Pendidikan: korwil.pendidikan.kpg@gmail.com / {owa2}""",
    ),
    T(
        "ocr_poster",
        "water",
        """[foto papan]
DEPOT AIR ISI ULANG
GALON Rp 5.OOO
ANTAR GRATIS
HUB. [[p:{hpo1}]] / [[p:{hpo2}]]
(IBU [[n:{G1}]])
depot ini pakai air PDAM curian, tolong dicek. warga {kel}""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "ocr_poster",
        "social_aid",
        """[scan surat keterangan]
Yang bertanda tangan di bawah ini Ketua RT {num} RW {num2} Kel. {KEL}, menerangkan:
Nama : [[n:{N1}]]
NIK : [[nik:{niko1}]]
Alamat : [[a:{ADR1}]]
No. HP : [[p:{hpo1}]]
adalah benar warga tidak mampu.
Ketua RT {num},
[[n:{N2}]]
HP [[p:{hp2}]]""",
    ),
    T(
        "ocr_poster",
        "education",
        """[scan poster les]
LES PRIVAT SD-SMP
MATEMATIKA & B. INGGRIS
HUB. KAK [[n:{N1}]] [[p:{hpo1}]]
EMAIL: [[e:{emu1}]]
sy orang tua, guru les ini juga wali kelas anak sy dan wajibkan murid ikut les berbayar.""",
    ),
    # without spans
    T(
        "ocr_poster",
        "disaster",
        """[scan spanduk]
POSKO PEDULI KEBAKARAN FATUBESI
TERIMA BANTUAN PAKAIAN & SEMBAKO
REK. {BNK1} {rekb1} A.N. POSKO PEDULI FATUBESI
HUB. PETUGAS : {owao1}
PUSDALOPS {otel1}""",
    ),
    T(
        "sms_caps",
        "disaster",
        """KOTKUPANG SY [[n:{N1}]] [[a:{RT1}]] {KEL}. RUMAH TERENDAM. BANTUAN DR POSKO DIAMBIL KETUA RT BPK [[n:{N2}]] HP [[p:{hp2}]] UTK KELUARGANYA SAJA. NO SY [[p:{hp1}]] / [[p:{hq1}]]""",
    ),
    # without spans
    T(
        "sms_caps",
        "education",
        """KOTKUPANG {SCHOOL} MINTA UANG PERPISAHAN {rp1}. KOMITE {owa1}, TU {otel1}. NISN ANAK {nisn1}. MHN DITINJAU""",
    ),
    T(
        "kupang_malay",
        "education",
        """Kaka di dinas, beta mau lapor. Anak beta pung sekolah, {school}, tahan ijazah karena belum bayar {rp1}. Bendahara sekolah, ibu [[n:{n1}]], kasi nomor rekening dia pribadi, {bank1} [[b:{rek1}]] a.n. [[n:{N1}]], bukan rekening sekolah. HP dia [[p:{hp1}]]. Beta [[n:{n2}]].""",
    ),
    # without spans
    T(
        "kupang_malay",
        "disaster",
        """BPBD pung nomor {otel1} sonde angkat, Pusdalops {owa1} ju sama. Air su masuk di RT {num1} deng RT {num2}. Posko GMIT pung nomor {owa2} bilang dong su penuh.""",
    ),
]


if __name__ == "__main__":
    main()
