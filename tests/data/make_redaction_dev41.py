# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev41.jsonl: the NPWP that is a NIK, and the NIK that is not an NPWP.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{nik1}``, ``{npwpn1}``, ``{bnpwp}``), each filled three times with invented values; span
offsets are computed from the markers. Run ``python3 tests/data/make_redaction_dev41.py``
(stdlib only, deterministic); ``--review`` also prints every unlabelled run of capitalised
words, every unlabelled run of digits and every unlabelled ``@`` token with the forty characters
before it; ``--show N`` prints N texts drawn at random with their spans marked, for reading.
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

SEED = 20261241
OUT = Path(__file__).with_name("redaction_dev41.jsonl")

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
    "sms_1708",
    "sms_lower",
    "wa_chat",
    "kupang_malay",
    "lapor_ticket",
    "web_form",
    "email_office",
    "letter_minutes",
    "ocr_card",
    "register_list",
)
THEMES = (
    "npwp_padanan",
    "pph21_honor",
    "pbb_billing",
    "bansos_bpjs",
    "business_permit",
    "village_staff",
    "civil_registry",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "name": 250,
    "nik": 80,
    "npwp": 120,
    "kk": 30,
    "themes": 7,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "dr", "drs", "pdt", "romo",
    "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa", "nona",
    "kak", "kaka", "ade", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "admin",
    "bendahara", "alm", "almh", "ttd", "salam", "dari", "hormat", "atas", "anak", "tetangga",
    "kades", "sekdes", "kaur", "kasi", "operator", "nama", "wp",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev41)
GIVEN_M = (
    "Arnoldus", "Benediktus", "Kornelis", "Matheus", "Yermias", "Obed", "Melkianus", "Zakarias",
    "Aleksander", "Hendrikus", "Yulius", "Marthinus", "Ferdinandus", "Gabriel", "Nikolaus",
    "Silvester", "Yosua", "Adrianus", "Rafael", "Stefanus", "Daud", "Imanuel", "Jitro",
    "Oktovianus", "Lukas", "Frederik", "Semuel", "Yakobus", "Efraim", "Agustinus", "Ruben",
    "Kristofel", "Heronimus", "Sefnat", "Elkana",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Marselina", "Kristina", "Dorkas", "Ester", "Naomi", "Priska", "Serlina",
    "Adriana", "Florida", "Herlina", "Yohana", "Sarlota", "Agustina", "Martha", "Debora",
    "Selfina", "Lodia", "Yaneth", "Margaretha", "Veronika", "Welmince", "Yustina", "Orpa",
    "Rahel", "Mariana", "Imelda", "Juliana", "Fransiska", "Aprilia", "Elisabet", "Nelci",
)  # fmt: skip
FAMILY = (
    "Adoe", "Bana", "Bire", "Dethan", "Djami", "Foeh", "Haning", "Kapitan", "Kolo", "Lomi",
    "Manubulu", "Nalle", "Oematan", "Pello", "Sinlae", "Taek", "Tualaka", "Ully", "Wadu",
    "Amtiran", "Banunaek", "Fallo", "Hauteas", "Lenggu", "Mesah", "Nubatonis", "Sabneno",
    "Seran", "Tunliu", "Missa", "Nope", "Boimau", "Ndoen", "Rohi", "Lado Rihi", "Tede Hina",
    "Kana Hebi", "Dae Pote",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("M", "I Wayan", "Suarta"), ("F", "Ni Made", "Ariani"), ("M", "La Ode", "Hasrun"),
    ("F", "Wa Ode", "Sitti Rahma"), ("M", "Hamzah", "Daeng Tojeng"), ("F", "Siti", "Marwah"),
    ("M", "Umbu", "Ndaki Rawambaku"), ("F", "Rambu", "Kahi Ndima"), ("M", "Tjong", "Kiat Hien"),
    ("M", "Abdul", "Rahman Lamaya"), ("F", "Nurhayati", "Bethan"),
)  # fmt: skip
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
)

# ---------------------------------------------------------------- places (Kota Kupang, NTT)
KELURAHAN = (
    "Oesapa", "Oesapa Barat", "Lasiana", "Liliba", "Oebufu", "Kayu Putih", "Tuak Daun Merah",
    "Naikolan", "Maulafa", "Kolhua", "Penfui", "Sikumana", "Bello", "Fatukoa", "Naimata",
    "Alak", "Manulai II", "Namosain", "Penkase Oeleta", "Nunbaun Delha", "Fontein", "Airnona",
    "Bakunase", "Naikoten I", "Kuanino", "Oetete", "Oeba", "Pasir Panjang", "Solor", "Merdeka",
)  # fmt: skip
DESA = (
    "Oelnasi", "Tesabela", "Baumata Timur", "Oeltua", "Penfui Timur", "Noelbaki", "Oebelo",
    "Sillu", "Oenoni", "Kuaklalo", "Oesao", "Tarus",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Cak Doko", "Jl. Kelapa Gading", "Jl. Bakti Luhur", "Jl. Sumba", "Jl. Flores",
    "Jl. Kancil", "Jl. Matani", "Jl. Oebobo Indah", "Jl. Jambu Mete", "Jl. Manggis",
    "Jl. Srikaya", "Jl. Bougenvil", "Jl. Taebenu", "Jl. Adisucipto Gg. Nisa", "Jl. Camplong",
    "Gg. Lontar", "Gg. Cemara", "Jl. Nusa Indah", "Jl. Bundaran PU Gg. 2", "Jl. Fetor Funay",
    "Jl. Sepakat", "Jl. Moruk", "Jl. Perintis", "Jl. Kenanga Lasiana", "Jl. Suratim",
)  # fmt: skip
SCHOOLS = (
    "SD Inpres Oeba 3", "SDN Bello 1", "SMPN 13 Kupang", "SMP Kristen Tunas Baru",
    "SMAN 7 Kupang", "SDK Santa Ursula Namosain", "MIN Kota Kupang", "TK Pelita Kasih",
    "SD GMIT Maulafa", "SMKN 6 Kupang",
)  # fmt: skip
BODIES = (
    "CV Lontar Sejahtera", "CV Flobamora Karya", "UD Kasih Abadi", "Koperasi Nelayan Teluk Kupang",
    "KSP Sehati Oebufu", "BUMDes Oelnasi Maju", "CV Timor Bangun Persada", "Yayasan Pelita Oesapa",
    "PT Sasando Niaga Timur", "UD Tiga Saudara", "Koperasi Wanita Mawar Sikumana", "CV Sumber Berkat Alak",
)  # fmt: skip
CHURCHES = (
    "GMIT Jemaat Betlehem Oesapa", "GMIT Jemaat Efata Liliba", "Gereja Katolik St. Yosep Pekerja",
    "GMIT Jemaat Imanuel Oepura", "Masjid Al-Ikhlas Oeba",
)  # fmt: skip
OFFICES = (
    "Dinas Pendidikan", "Dinas Sosial", "BPKAD", "Bapenda", "DPMPTSP", "Dinas Kesehatan",
    "Dinas Koperasi", "Kantor Camat Maulafa", "Disdukcapil",
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BSI")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
MOBILE = (
    ("0812", 8), ("0813", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0852", 8), ("0853", 7),
    ("0851", 3), ("0811", 2), ("0819", 2), ("0878", 2), ("0857", 2), ("0895", 1), ("0838", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
LETTER_OCR = {"S": "5", "O": "0", "I": "1", "B": "8"}


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
        self.year = rng.choice((2025, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 27)
        self.minute = rng.randint(6 * 60, 22 * 60)

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
            return prefix + str(r.randint(1, 9)) + self.digits(r.choice((7, 7, 8)))

        return self.fresh(make)

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "d", "s", "i", "j", "k"), (45, 15, 15, 10, 10, 5))[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
        }
        if how in forms:
            return forms[how]
        if how == "o":
            base = forms[r.choice(("b", "d"))]
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        raise KeyError(how)

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t", "d"), (62, 22, 8, 8))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "d":
            return "-".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "o":  # letters for digits, as a scan reads it or a hand types it
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "n":  # broken over a line
            cut = r.randint(5, 11)
            return raw[:cut] + "\n" + raw[cut:]
        if how == "w":  # a digit too few or too many
            k = r.randint(6, 13)
            return raw[:k] + raw[k + 1 :] if r.random() < 0.5 else raw[:k] + raw[k] + raw[k:]
        if how == "p":  # read out in pairs
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        old = p["npwp15"]
        if how == "":
            how = r.choices(("d", "n", "s", "b", "z"), (35, 35, 10, 10, 10))[0]
        if how == "d":  # 99.999.999.9-999.999
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "b":
            return old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "ns":  # the NIK as the NPWP, in fours
            return self.write_id(p["nikraw"], "s")
        if how == "z":  # the 16-digit form of an old number
            return "0" + old
        if how == "s":
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "h":  # dots only, no dash
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}.{old[9:12]}.{old[12:]}"
        if how == "w":  # a digit left out or typed twice
            d = self.write_npwp(p, "d")
            pos = [k for k, ch in enumerate(d) if ch.isdigit() and 3 <= k <= 14]
            k = r.choice(pos)
            return d[:k] + d[k + 1 :] if r.random() < 0.5 else d[:k] + d[k] + d[k:]
        if how == "l":  # split over a line
            d = self.write_npwp(p, r.choice(("d", "d", "b")))
            k = r.randint(4, len(d) - 4)
            while not d[k - 1].isdigit() or not d[k].isdigit():
                k += 1
            return d[:k] + "\n" + d[k:]
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
        if how == "x":  # NITKU: the NPWP and the place of business, 22 digits
            return p["nikraw"] + "000000"
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        if how == "" and self.rng.random() < 0.25:
            how = "s"
        if how == "s":
            return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
        return raw

    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "a", "c", "d"), (80, 7, 7, 6))[0]
        if how == "p":
            return f"{local}@{host}"
        parts = host.split(".")
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(parts)
        if how == "c":
            return f"{local} @ {host}"
        if how == "d":
            return f"{local}(at){host}"
        if how == "n":
            return f"{local}@\n{host}"
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
            if head is None and r.random() < 0.08 and i not in self.spec["P"]:
                _, given, family = r.choice([o for o in OTHER if o[0] == sex])
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
        year = r.randint(1952, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < 0.7:
            district = "5371%02d" % r.randint(1, 6)
        else:
            district = "53%s%02d" % (
                r.choice(("01", "02", "03", "04", "06", "08", "10")),
                r.randint(1, 24),
            )
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
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 25))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((7, 8, 9, 15, 16, 25, 36, 45, 48, 57, 59, 67, 73, 76, 82, 85, 92, 96)),
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
                f"{gl}{fl[:3]}{yy}",
            )
        )
        up = full.upper()
        letters = [k for k, ch in enumerate(up) if ch in LETTER_OCR and k > 0 and up[k - 1] != " "]
        ocr = up
        if letters:
            k = r.choice(letters)
            ocr = up[:k] + LETTER_OCR[up[k]] + up[k + 1 :]
        longw = [(m.start(), m.end()) for m in re.finditer(r"[A-Z]{5,}", up)]
        spaced = up
        if longw:
            s, e = r.choice(longw)
            k = r.randint(s + 2, e - 2)
            spaced = up[:k] + " " + up[k:]
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 140)) + r.choice(("", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor "))
        rt = self.rtrw()
        bank = r.choice(BANKS)
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
            "Nn": given.upper() + "\n" + family.upper(),
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "tl": "KUPANG, %02d-%02d-%d" % (dd, mm, year),
            "umur": str(max(1, 2026 - year)),
            "sx": "PEREMPUAN" if sex == "F" else "LAKI-LAKI",
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 14)),
            "pl": "%s %d %s"
            % (
                r.choice(("DH", "DH", "DH", "EB", "ED")),
                r.randint(1000, 9999),
                r.choice(("A", "AK", "KB", "AB", "M")),
            ),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 40), r.randint(1, 14)
        return r.choice(
            (
                "RT %03d/RW %03d" % (a, b),
                "RT %02d/RW %02d" % (a, b),
                "RT %d RW %d" % (a, b),
                "RT %02d/%02d" % (a, b),
            )
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
            return self.fresh(lambda: r.choice(("161", "145")) + "00" + self.digits(8))
        if bank == "Bank NTT":
            return self.fresh(
                lambda: (
                    "%s.01.02.%s-%d"
                    % (r.choice(("001", "002", "015")), self.digits(6), r.randint(0, 9))
                )
            )
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 17 * i) % (24 * 60)
        return m // 60, m % 60

    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "No", "Ns", "Nn", "lahir", "tl", "umur",
            "bank", "rek", "ad", "adr", "rt", "rtk", "pl", "sx",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
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


def _body15(fl: Fill) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((1, 2, 3, 21, 31, 53, 61, 62, 70, 74, 80, 83, 90)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921", "922")),
                r.choice(("000", "000", "001")),
            )
        )
    )


def _bnpwp(fl: Fill, i: int) -> str:
    d = _body15(fl)
    return fl.rng.choice(
        (
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            "0" + d,
            d,
        )
    )


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
    s = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 28), r.randint(1, 12), r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((s, f"{s[:8]} {s[8:14]} {s[14]} {s[15:]}"))


def _nop(fl: Fill, i: int) -> str:
    r = fl.rng
    a, b, c, d, e = (
        r.randint(10, 60),
        r.randint(1, 20),
        r.randint(1, 99),
        r.randint(1, 9999),
        r.randint(0, 7),
    )
    return r.choice(
        (
            "53.71.%03d.%03d.%03d-%04d.%d" % (a, b, c, d, e),
            "5371%03d%03d%03d%04d%d" % (a, b, c, d, e),
            "53.01.%03d.%03d.%03d-%04d.%d" % (a, b, c, d, e),
        )
    )


def _date(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return fl.rng.choice(("%02d/%02d/%d", "%02d-%02d-%d", "%d/%d/%d")) % (d, fl.month, fl.year)


def _tg(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return "%d %s %d" % (d, MONTHS[fl.month - 1], fl.year)


def _jam(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d.%02d" % (h, m)


def _dt(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d/%02d/%d %02d.%02d" % (fl.day, fl.month, fl.year, h, m)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d.000" % r.choice((50, 75, 125, 150, 250, 300, 450, 600, 750)),
            "%d.%03d.000" % (r.randint(1, 9), r.choice((0, 250, 500, 750))),
            "%d.%03d" % (r.randint(12, 98), r.choice((0, 500))),
        )
    )


OTHER_VALUES = {
    # bodies' numbers
    "bnpwp": _bnpwp,
    "bnpwp16": lambda fl, i: "0" + _body15(fl),
    "nitku": lambda fl, i: "0" + _body15(fl) + "%06d" % fl.rng.choice((0, 0, 1, 2)),
    "brek": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "owaj": lambda fl, i: fl.write_mobile(fl.mobile_raw(), fl.rng.choice(("i", "j"))),
    "otel": lambda fl, i: "(0380) 8%02d%03d" % (fl.rng.randint(10, 99), fl.rng.randint(0, 999)),
    # look-alikes
    "nip": _nip,
    "nop": _nop,
    "nib": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("91", "81", "12", "02")) + fl.digits(11)),
    "billing": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("0", "1", "4", "8")) + fl.digits(14)),
    "ntpn": lambda fl, i: "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(16)),
    "faktur": lambda fl, i: fl.rng.choice(
        (
            "010.%03d-%02d.%08d"
            % (fl.rng.randint(0, 9), fl.year % 100, fl.rng.randint(1, 99999999)),
            "04002%02d%010d" % (fl.year % 100, fl.rng.randint(1, 9999999999)),
        )
    ),
    "bupot": lambda fl, i: (
        "1.%d-%02d.%02d-%07d"
        % (fl.rng.randint(1, 3), fl.month, fl.year % 100, fl.rng.randint(1, 9999999))
    ),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24", "21")) + fl.digits(9),
    "trx": lambda fl, i: fl.fresh(
        lambda: "%d%02d%02d%s" % (fl.year, fl.month, fl.day, fl.digits(8))
    ),
    "tiket": lambda fl, i: (
        fl.rng.choice(("#LPR-%d-%02d%05d", "LAPOR-5371-%d-%02d%03d"))
        % (fl.year, fl.month, fl.rng.randint(1, 999))
    ),
    "surat": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("973", "900.1", "800", "503", "141", "400.9")),
            fl.rng.randint(1, 999),
            fl.rng.choice(("BPKAD", "BAPENDA", "DPMPTSP", "DISDIK", "DESA", "KEL")),
            fl.year,
        )
    ),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311")) + fl.digits(8)),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "npwpmask": lambda fl, i: (
        "%02d.%03d.***.*-%s.000"
        % (fl.rng.randint(10, 99), fl.rng.randint(0, 999), fl.rng.choice(("920", "921")))
    ),
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "efin": lambda fl, i: fl.digits(10),
    "kodeakun": lambda fl, i: fl.rng.choice(
        ("411121-100", "411128-402", "411211-100", "412111-100")
    ),
    "va": lambda fl, i: fl.rng.choice(("8808%s", "7007%s", "88810%s")) % fl.digits(11),
    "ref": lambda fl, i: (
        fl.rng.choice(("REF%s", "FT%s", "%s")) % fl.digits(fl.rng.choice((12, 14)))
    ),
    "dtks": lambda fl, i: "%d%s" % (fl.year, fl.digits(12)),
    "tgl": _date,
    "tg": _tg,
    "jam": _jam,
    "dt": _dt,
    "rp": _rp,
    "num": lambda fl, i: str(fl.rng.randint(3, 48)),
    "kecil": lambda fl, i: str(fl.rng.randint(1, 4)),
    "rpb": lambda fl, i: (
        "%d.%03d.000" % (fl.rng.randint(12, 480), fl.rng.choice((0, 150, 300, 600, 900)))
    ),
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "desa": lambda fl, i: fl.rng.choice(DESA),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "body": lambda fl, i: fl.rng.choice(BODIES),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "office": lambda fl, i: fl.rng.choice(OFFICES),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 40),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1 and name not in ("No", "Ns", "Nn"):
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
ADDRESS_START = re.compile(r"(?i)(jl\.?|jalan|gg\.|rt\b|rt/rw|rt\d|perumnas|btn|\d{3}/\d{3}$)")
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")


def phone_ok(seg: str) -> bool:
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OoLlISB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
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
    scan = style == "ocr_card"
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
        before = text[max(0, st - 80) : st]
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
                re.search(r"[^0-9OoLlISB .\-\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
            if len(d) != 16 and not re.search(r"(?i)(\bnik|\bktp|\bkk\b)", before[-60:]):
                bad.append(f"{kind} of a wrong length without NIK before it {seg!r}")
        elif kind == "npwp":
            d = id_digits(seg)
            if re.search(r"[^0-9OlB .\-,\n]", seg):
                bad.append(f"npwp chars {seg!r}")
            if len(d) == 22:
                if not re.search(r"NITKU", before, re.IGNORECASE):
                    bad.append(f"npwp of 22 digits without NITKU {seg!r}")
            elif not 14 <= len(d) <= 16:
                bad.append(f"npwp length {seg!r}")
            elif len(d) == 14 and not re.search(r"(?i)npwp", before):
                bad.append(f"npwp short without NPWP {seg!r}")
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
            local = AT_FORM.split(seg)[0]
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


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/]?\d+)*|\S+@\S+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|bapaknya|nyong|sdr"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny|sdri"


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    P: tuple[int, ...] = (),
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
    spec = {"F": females, "M": males, "P": P, "fam": fam or {}}
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
            if not spans and lookalikes(text) < 2:
                last.append("a text without spans needs two look-alikes")
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    return [
        {
            "id": "d41-%04d" % k,
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


def writing(kind: str, seg: str, before: str) -> str:
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
        return "plain" if re.fullmatch(r"\S+@\S+", seg) else "written to dodge scrapers or broken"
    if kind in ("address", "plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
        return "letters for digits"
    d = id_digits(seg)
    if kind == "npwp":
        if len(d) == 22:
            return "NITKU, 22 digits"
        if len(d) == 16:
            return "16 digits, the NIK" if d.startswith("53") else "16 digits, 0 and the old number"
        if len(d) == 15:
            if "-" in seg:
                return "15 digits dotted"
            return (
                "15 digits with spaces or dots only"
                if re.search(r"[ .]", seg)
                else "15 digits, one block"
            )
        return "a digit too few or too many"
    if kind in ("nik", "kk") and len(d) != 16:
        return "a digit too few or too many"
    if kind == "phone":
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
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
            writing(kind, r["text"][s["start"] : s["end"]], r["text"][: s["start"]])
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


def show(records: list[dict[str, object]], count: int) -> None:
    for r in random.Random(41).sample(records, count):
        text = r["text"]
        for s in sorted(r["spans"], key=lambda s: -s["start"]):
            text = (
                text[: s["start"]]
                + "«%s:%s»" % (s["kind"], text[s["start"] : s["end"]])
                + text[s["end"] :]
            )
        print("==", r["id"], r["style"], r["theme"])
        print(text)


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("name", "nik", "npwp", "kk"):
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
    if "--show" in sys.argv:
        show(records, int(sys.argv[sys.argv.index("--show") + 1]))


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}/{lf1}
# family name, {No1} capitals with a digit for a letter, {Ns1} a stray space, {Nn1} over a line);
# {hp1} mobile ({hpb1} {hpd1} {hps1} {hpi1} {hpj1} {hpk1} {hpo1}); {nik1} ({nikb1} {niks1} {nikt1}
# {nikd1} {niko1} {nikn1} over a line, {nikw1} a digit off, {nikp1} pairs); {kk1} (same suffixes;
# fam={2: 1} makes 2 a member of 1's card); {npwp1} ({npwpd1} dotted, {npwpb1} 15 in a block,
# {npwps1} spaces, {npwph1} dots only, {npwpn1} the NIK, {npwpns1} the NIK in fours, {npwpz1} 0 and
# the old, {npwpw1} a digit off, {npwpl1} over a line, {npwpo1} a scan, {npwpx1} NITKU);
# {bpjs1}; {em1}; {bank1}/{rek1}; {ad1}/{adr1}/{rt1}/{rtk1}; {lahir1} {tl1} {umur1}; {pl1}.
# Not a person's: {bnpwp} {bnpwp16} {nitku} {brek} {owa} {otel}; look-alikes {nip} {nop} {nib}
# {billing} {ntpn} {faktur} {bupot} {kpj} {trx} {tiket} {surat} {samb} {idpel} {nikmask}
# {npwpmask} {nisn} {npsn} {efin} {kodeakun} {va} {ref} {dtks}; {tgl} {tg} {jam} {dt} {rp} {num}
# {thn} {bln} {kel} {desa} {school} {body} {church} {office} {bnk} {rtx}.

TEMPLATES: list[tuple] = []

# ---- sms_1708: SMS to 1708 in capitals, KOTKUPANG <keluhan>
TEMPLATES += [
    T(
        "sms_1708",
        "pph21_honor",
        "KOTKUPANG SY [[n:{n1}]] GURU HONOR {school}. BENDAHARA POTONG PPH 21 DR HONOR SY TP BUKTI POTONG TDK DIKASI. NPWP SY [[npwp:{npwpn1}]] SDH PADAN DGN NIK. MHN DICEK",
        U=True,
    ),
    T(
        "sms_1708",
        "npwp_padanan",
        "KOTKUPANG MAU TANYA NPWP SY YG LAMA [[npwp:{npwpd1}]] APA MSH BERLAKU? KATANYA SKRG PAKAI NIK [[npwp:{npwpn1}]]. TRIMS. [[n:{g1}]] DI {kel}",
        U=True,
    ),
    T(
        "sms_1708",
        "pbb_billing",
        "KOTKUPANG SPPT PBB SY NOP {nop} TAGIHAN {rp} PADAHAL THN LALU CUMA SETENGAH. KODE BILLING {billing} TDK BISA DIBAYAR DI BANK. MHN PENJELASAN BAPENDA",
        U=True,
    ),
    T(
        "sms_1708",
        "bansos_bpjs",
        "KOTKUPANG BANSOS SY DIPOTONG. NIK [[nik:{nik1}]] NO KK [[kk:{kk1}]] ATAS NAMA [[n:{n1}]] [[a:{rt1}]] KEL {kel}. TOLONG CEK DI DTKS",
        U=True,
    ),
    T(
        "sms_1708",
        "business_permit",
        "KOTKUPANG SY MAU URUS NIB DI OSS UTK JUALAN IKAN KERING TAPI NPWP SY DITOLAK, KATANYA HARUS SAMA DENGAN NIK SY [[nik:{nik1}]]. SY SUDAH COBA 3X. DR [[n:{n1}]] HP [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "village_staff",
        "KOTKUPANG SY PERANGKAT DESA {desa}. SILTAP BLN {bln} BELUM CAIR. BENDAHARA DESA MINTA NPWP LAGI PDHL SDH KASIH: [[npwp:{npwps1}]]. [[n:{n1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "npwp_padanan",
        "KOTKUPANG NPWP SY = NIK [[npwp:{npwpn1}]] TAPI DI DJP ONLINE TULIS BELUM VALID. SY SDH KE KPP TGL {tgl} DISURUH TUNGGU. [[n:{n1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "pph21_honor",
        "KOTKUPANG HONOR PANITIA PEMILU SY DIPOTONG 6% KRN TDK PUNYA NPWP. PDHL NIK SY [[npwp:{nik1}]] SDH JD NPWP. MOHON KEMBALIKAN POTONGAN. [[n:{g1}]] [[p:{hpb1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "civil_registry",
        "KOTKUPANG KTP SY HILANG. NIK [[nik:{nikw1}]] (LUPA 1 ANGKA). KK [[kk:{kk1}]]. BISA CETAK ULANG DI KECAMATAN? TTD [[n:{n1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "bansos_bpjs",
        "KOTKUPANG KARTU BPJS ANAK SY NONAKTIF. NO KARTU [[bpjs:{bpjs2}]] NIK ANAK [[nik:{nik2}]]. BAPAKNYA [[n:{n1}]] SDH MENINGGAL.",
        fam={2: 1},
        U=True,
    ),
    T(
        "sms_1708",
        "business_permit",
        "KOTKUPANG SY [[n:{n1}]] PEMILIK WARUNG DI [[a:{ad1}]]. NPWP PRIBADI [[npwp:{npwpd1}]] BISA DIPAKAI UTK IZIN PIRT ATAU HARUS NPWP USAHA?",
        U=True,
    ),
    T(
        "sms_1708",
        "pph21_honor",
        "KOTKUPANG NIK/NPWP SY [[nik:{nik1}]] SUDAH DILAPOR KE BENDAHARA KEC. TP SPT TAHUNAN SY MASIH KURANG BAYAR {rp}. MHN BANTU. [[n:{n1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "village_staff",
        "KOTKUPANG KAUR KEUANGAN DESA {desa} MINTA NPWP + NIK SEMUA KADER POSYANDU. NPWP SY [[npwp:{npwpd1}]] NIK [[nik:{nik1}]]. KENAPA HARUS 2-2? [[n:{g1}]] {desa}",
        U=True,
    ),
    # without spans
    T(
        "sms_1708",
        "pbb_billing",
        "KOTKUPANG BAYAR PBB LEWAT BANK NTT KENAPA NTPN {ntpn} TDK MUNCUL DI SISTEM BAPENDA? NOP {nop} TGL {tgl}. MHN DICEK",
        U=True,
    ),
    T(
        "sms_1708",
        "npwp_padanan",
        "KOTKUPANG INFO KPP: NPWP 15 DIGIT MASIH BISA DIPAKAI SAMPAI {thn}? NPWP KAMI PUNYA CV {bnpwp}. HP KANTOR {otel}",
        U=True,
    ),
    T(
        "sms_1708",
        "business_permit",
        "KOTKUPANG NIB KOPERASI KAMI {nib} TDK MUNCUL DI OSS. NPWP KOPERASI {bnpwp}. TOLONG DPMPTSP BALAS",
        U=True,
    ),
    T(
        "sms_1708",
        "pph21_honor",
        "KOTKUPANG BUKTI POTONG {bupot} DARI DINAS TIDAK ADA NPWP PEMOTONG. NPWP BENDAHARA DINAS {bnpwp}. APA SAH?",
        U=True,
    ),
    T(
        "sms_1708",
        "bansos_bpjs",
        "KOTKUPANG NO KPJ BPJS TK {kpj} TDK BISA KLAIM JHT. KATANYA NIK TIDAK PADAN. SY SDH KE KANTOR {tgl} JAM {jam}",
        U=True,
    ),
    T(
        "sms_1708",
        "pbb_billing",
        "KOTKUPANG KODE BILLING {billing} EXPIRED, BAYAR PPH FINAL UMKM {rp} KODE AKUN {kodeakun}. SKRG HARUS BUAT BARU?",
        U=True,
    ),
    T(
        "sms_1708",
        "civil_registry",
        "KOTKUPANG SY DAPAT SMS NIK {nikmask} TERDAFTAR SBG NPWP TDK VALID, DISURUH KLIK LINK. ITU RESMI? NO PENGIRIM {owa}",
        U=True,
    ),
]

# ---- sms_lower: SMS and short messages in lower case
TEMPLATES += [
    T(
        "sms_lower",
        "pph21_honor",
        "kotkupang sy [[n:{l1}]] tenaga honor kelurahan {kel}. honor bln {bln} dipotong pph tp npwp sy [[npwp:{npwpd1}]] sdh lama aktif. knp potong 2x? mhn penjelasan bpkad",
    ),
    T(
        "sms_lower",
        "npwp_padanan",
        "kotkupang sy sdh padankan npwp dgn nik tp di aplikasi coretax msh muncul npwp lama. nik sy [[nik:{nik1}]], npwp lama [[npwp:{npwpb1}]]. tolong. [[n:{lg1}]]",
    ),
    T(
        "sms_lower",
        "bansos_bpjs",
        "kotkupang mama sy [[n:{l2}]] lansia tdk dpt blt lg. nik mama [[nik:{nik2}]] kk [[kk:{kk2}]]. rumah di [[a:{adr2}]]. anak [[n:{lg1}]] [[p:{hp1}]]",
        F=(2,),
    ),
    T(
        "sms_lower",
        "business_permit",
        "kotkupang mau daftar oss utk usaha jahit rumahan. diminta npwp, sy pake nik sj boleh? [[nik:{nik1}]]. dr [[n:{l1}]]",
    ),
    T(
        "sms_lower",
        "npwp_padanan",
        "kotkupang npwp sy yg 15 angka [[npwp:{npwps1}]] sekarang jadi 16 angka [[npwp:{npwpn1}]] kan? mo isi form beasiswa anak. [[n:{lg1}]] {kel}",
    ),
    T(
        "sms_lower",
        "pph21_honor",
        "kotkupang bendahara sekolah {school} minta npwp semua guru honor. ini punya sy [[npwp:{npwpn1}]]. tp sy blm terima honor 3 bln. - [[n:{l1}]]",
    ),
    T(
        "sms_lower",
        "village_staff",
        "kotkupang sy [[n:{l1}]] sekdes {desa}. npwp sy salah ketik di daftar siltap, tertulis [[npwp:{npwpw1}]] harusnya [[npwp:{npwpd1}]]. mhn dibantu ke bpkad",
    ),
    T(
        "sms_lower",
        "pbb_billing",
        "kotkupang pbb rumah sy di [[a:{ad1}]] masih atas nama almarhum bapa [[n:{l2}]]. nop {nop}. mau balik nama perlu npwp sy? nik sy [[nik:{nik1}]]",
        M=(2,),
    ),
    T(
        "sms_lower",
        "civil_registry",
        "kotkupang nik istri sy [[nik:{nik2}]] di kk tertulis salah tgl lahir. no kk [[kk:{kk1}]]. sy [[n:{l1}]] [[p:{hp1}]]",
        F=(2,),
        fam={2: 1},
    ),
    T(
        "sms_lower",
        "bansos_bpjs",
        "kotkupang no bpjs sy [[bpjs:{bpjs1}]] pbi tp skrg disuruh bayar mandiri. nik [[nik:{nik1}]]. tlg dicek dinsos. [[n:{lg1}]] [[a:{rt1}]] {kel}",
    ),
    T(
        "sms_lower",
        "pph21_honor",
        "kotkupang honor narasumber sy dipotong 15% pdhl npwp sy ada, nik sy sdh jd npwp: [[npwp:{npwpn1}]]. yg potong bendahara {office}. [[n:{l1}]]",
    ),
    T(
        "sms_lower",
        "npwp_padanan",
        "kotkupang anak sy [[n:{lg2}]] baru kerja, npwp dia pakai nik [[npwp:{npwpn2}]] atau hrs daftar baru? sy mamanya [[n:{lg1}]]",
        F=(1,),
    ),
    T(
        "sms_lower",
        "business_permit",
        "kotkupang sy [[n:{l1}]] pedagang pasar oeba, npwp usaha perorangan sy [[npwp:{npwpd1}]] ditolak di oss krn blm padan. nik [[nik:{nik1}]]. hp [[p:{hpb1}]]",
    ),
    # without spans
    T(
        "sms_lower",
        "pbb_billing",
        "kotkupang pbb {thn} nop {nop} blm ada di aplikasi. kode billing {billing}. loket bapenda sdh tutup wkt sy dtg jam {jam}. mohon info",
    ),
    T(
        "sms_lower",
        "npwp_padanan",
        "kotkupang kenapa kpp minta efin lagi? efin {efin} sdh dikirim ke email, sy tdk bisa login djp. nik diblur {nikmask}",
    ),
    T(
        "sms_lower",
        "business_permit",
        "kotkupang nib {nib} usaha kami sdh terbit tp npwp cv {bnpwp} tdk terbaca di oss rba. dpmptsp tolong bantu",
    ),
    T(
        "sms_lower",
        "pph21_honor",
        "kotkupang bukti potong a1 dr sekolah no {bupot} npwp pemotong {bnpwp}. angka bruto {rp} beda dgn slip. salah siapa?",
    ),
    T(
        "sms_lower",
        "bansos_bpjs",
        "kotkupang id dtks {dtks} tdk muncul di cek bansos. ada yg sms dr {owa} minta transfer biar aktif. itu penipu?",
    ),
    T(
        "sms_lower",
        "village_staff",
        "kotkupang dana desa {desa} tahap 2 {rp} sdh cair tgl {tgl} tp siltap blm. nip pendamping {nip}. mhn awasi",
    ),
    T(
        "sms_lower",
        "pbb_billing",
        "kotkupang sy bayar pbb {rp} ntpn {ntpn} tgl {tgl} tp status sppt msh belum lunas. nop {nop}",
    ),
    T(
        "sms_lower",
        "civil_registry",
        "kotkupang blanko ktp habis lg di dukcapil. no antrian online {trx} dr tgl {tgl}. kapan ada?",
    ),
]

# ---- wa_chat: WhatsApp exports, group chats, forwards
TEMPLATES += [
    T(
        "wa_chat",
        "pph21_honor",
        """
[{dt}] [[n:{n1}]]: Bapa ibu guru honor, bendahara minta NPWP utk laporan PPh 21 bulan ini. Kirim japri e
[{dt}] [[n:{n2}]]: NPWP bapak brp? Sa kumpul sekalian ko
[{dt}] [[n:{n3}]]: ini kk, [[kk:{kk3}]]. npwp sa lupa taruh di mana
[{dt}] [[n:{n1}]]: Itu KK ka kaka 😅 NPWP skrg pake NIK sa, coba cek KTP
""",
    ),
    T(
        "wa_chat",
        "npwp_padanan",
        """
[{dt}] [[n:{g1}]]: Kak, sa su padankan NPWP di djponline. Yang lama [[npwp:{npwpd1}]]
[{dt}] [[n:{g1}]]: Yang baru sama dgn NIK: [[npwp:{npwpn1}]]
[{dt}] [[n:{g2}]]: Oke kak, nanti sa input di e-bupot. Bukti potong bulan lalu masih pakai yg lama
""",
    ),
    T(
        "wa_chat",
        "village_staff",
        """
[{dt}] Operator Desa {desa}: Mohon perangkat desa kirim data: Nama, NIK, NPWP, No Rek Bank NTT
[{dt}] [[n:{n1}]]: [[n:{N1}]]
NIK [[nik:{nik1}]]
NPWP [[npwp:{npwpd1}]]
Rek [[b:{rek1}]]
[{dt}] [[n:{n2}]]: [[n:{N2}]] / [[nik:{nik2}]] / NPWP blm ada / rek [[b:{rek2}]]
""",
    ),
    T(
        "wa_chat",
        "bansos_bpjs",
        """
[{dt}] Admin Kelurahan {kel}: Data penerima BLT yg NIK tdk padan, tolong kirim ulang NIK + No KK
[{dt}] [[n:{n1}]]: Ini punya sy [[nik:{nik1}]] / [[kk:{kk1}]]
[{dt}] [[n:{n1}]]: Mama sy [[n:{g2}]] NIK [[nik:{nik2}]] satu KK
""",
        F=(2,),
        fam={2: 1},
    ),
    T(
        "wa_chat",
        "pph21_honor",
        """
Diteruskan
*Rekap NPWP guru honor {school} (diminta bendahara)*
1. [[n:{n1}]] — [[npwp:{npwpn1}]]
2. [[n:{n2}]] — [[npwp:{npwpd2}]]
3. [[n:{n3}]] — belum punya (pakai NIK [[nik:{nik3}]])
4. [[n:{n4}]] — [[npwp:{npwpz4}]]
""",
    ),
    T(
        "wa_chat",
        "business_permit",
        """
[{dt}] [[n:{n1}]]: Pak, NIB sa sudah keluar {nib} tapi OSS minta NPWP lagi
[{dt}] Pendamping UMKM: NPWP ibu yg mana?
[{dt}] [[n:{n1}]]: Yg dlu [[npwp:{npwps1}]], skrg katanya pake NIK [[npwp:{npwpn1}]]
[{dt}] Pendamping UMKM: Ok sy bantu cek di KPP
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "npwp_padanan",
        """
[{dt}] [[n:{lg1}]]: NPWP 16 digit sa skrg sama dengan NIK, [[npwp:{npwpns1}]], jadi sa kasi yg itu sa ko?
[{dt}] [[n:{lg2}]]: iyo, asal su validasi di djponline
""",
    ),
    T(
        "wa_chat",
        "pbb_billing",
        """
[{dt}] [[n:{n1}]]: Om [[n:{g2}]], PBB rumah di [[a:{ad2}]] masih atas nama Om. NOP {nop}
[{dt}] [[n:{n1}]]: Kode billing {billing}, tagihan {rp}
[{dt}] [[n:{g2}]]: Sa transfer sa, kirim rek ko
[{dt}] [[n:{n1}]]: [[b:{rek1}]] {bank1} a.n. [[n:{N1}]]
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{dt}] [[n:{g1}]]: Kaka, KK baru su jadi? No KK lama [[kk:{kkw1}]] ini sa ketik salah 1 angka ko
[{dt}] [[n:{g2}]]: Yg benar [[kk:{kk1}]], baru cetak kemarin di Dukcapil
""",
        fam={2: 1},
    ),
    T(
        "wa_chat",
        "village_staff",
        """
[{dt}] [[n:{n1}]]: Selamat pagi bapa mama. BPKAD minta NPWP Kades utk SPT. Pak Kades pung NPWP [[npwp:{npwpd2}]] ya?
[{dt}] [[n:{n2}]]: Betul. NPWP desa lain: {bnpwp}, jang campur e
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "bansos_bpjs",
        """
[{dt}] [[n:{n1}]]: Info, BPJS bapa sa nonaktif. No kartu [[bpjs:{bpjs2}]], NIK [[nik:{nik2}]]
[{dt}] [[n:{n3}]]: Coba ke kantor BPJS Jl. Palapa bawa KK
[{dt}] [[n:{n1}]]: Su bawa, KK [[kk:{kk2}]]
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "pph21_honor",
        """
[{dt}] Bendahara {school}: NPWP sekolah {bnpwp}, NITKU {nitku}. Guru2 jgn salah tulis di SPT, itu bukan NPWP bapa ibu
[{dt}] [[n:{n1}]]: Siap bu. Sa pung NPWP sendiri [[npwp:{npwpn1}]]
""",
    ),
    T(
        "wa_chat",
        "npwp_padanan",
        """
[{dt}] [[n:{lg1}]]: kak, sa isi form KPP, NPWP lama 15 digit [[npwp:{npwpb1}]] trus
[{dt}] [[n:{lg1}]]: [[npwp:{npwpn1}]] ini skrg 16 digit
[{dt}] Kak [[n:{g2}]]: bagus, tinggal tunggu email dr DJP
""",
    ),
    T(
        "wa_chat",
        "business_permit",
        """
Forward dari [[n:{n1}]] ([[p:{hp1}]]):
Bapa ibu pelaku usaha, pendaftaran PIRT gratis. Bawa NIB, NPWP usaha, foto KTP. Info lanjut WA Dinkes {owa}
""",
    ),
    # without spans
    T(
        "wa_chat",
        "pbb_billing",
        """
[{dt}] Admin Grup RT: Info Bapenda: bayar PBB {thn} paling lambat {tg}. Cek tagihan via WA {owa}
[{dt}] Admin Grup RT: Contoh NOP {nop}, kode billing {billing}
""",
    ),
    T(
        "wa_chat",
        "npwp_padanan",
        """
[{dt}] KPP Pratama Kupang: Yth. Wajib Pajak, NPWP 15 digit berlaku s.d. {tg}. Pemadanan NIK-NPWP lewat djponline. Kring Pajak 1500200.
[{dt}] KPP Pratama Kupang: Contoh format: 09.123.456.7-920.000 menjadi 0091234567920000
""",
    ),
    T(
        "wa_chat",
        "business_permit",
        """
[{dt}] Admin Koperasi: NPWP koperasi {bnpwp} dan NIB {nib} sdh dikirim ke dinas
[{dt}] Admin Koperasi: Rekening koperasi {bnk} {brek} utk setoran simpanan wajib
""",
    ),
    T(
        "wa_chat",
        "bansos_bpjs",
        """
[{dt}] {owaj}: Selamat! NIK anda terpilih bantuan PKH {rp}. Klik link dan isi NIK + NPWP
[{dt}] Admin Grup RT: Itu penipu bapa mama, jang isi. Lapor ke 1708
""",
    ),
    T(
        "wa_chat",
        "pph21_honor",
        """
[{dt}] Bendahara BOS: Bupot PPh 21 bulan {bln} no {bupot}, NPWP pemotong {bnpwp}. Total dipotong {rp}
[{dt}] Bendahara BOS: Yg belum kirim NPWP, honor dipotong 20% lebih tinggi
""",
    ),
    T(
        "wa_chat",
        "village_staff",
        """
[{dt}] Grup Perangkat Desa: Rekap BLT DD tahap {kecil}: {num2} KPM, total {rpb}. ID DTKS contoh {dtks}
[{dt}] Grup Perangkat Desa: SPJ ke kecamatan {tgl}, surat {surat}
""",
    ),
]

# ---- kupang_malay: messages and posts in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "pph21_honor",
        "Selamat siang. Beta [[n:{n1}]], guru honor di {school}. Bendahara potong beta pung honor pake PPh 21 tapi sonde kasi bukti potong. Beta pung NPWP su sama deng NIK, [[npwp:{npwpn1}]]. Tolong dong cek ko bendahara setor ko sonde.",
    ),
    T(
        "kupang_malay",
        "npwp_padanan",
        "Kaka dong, NPWP lama 15 digit beta [[npwp:{npwps1}]], ma dong bilang sekarang pake NIK sa, [[npwp:{npwpn1}]]. Berarti kartu lama buang sa ko? - [[n:{g1}]], {kel}",
    ),
    T(
        "kupang_malay",
        "bansos_bpjs",
        "Beta pung mama [[n:{n2}]] su umur {umur2} taun, sonde dapa bantuan lai. NIK mama [[nik:{nik2}]], dia tinggal di [[a:{adr2}]]. Beta pung nomor [[p:{hp1}]], nama [[n:{g1}]].",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "business_permit",
        "Beta jual ikan kering di pasar, mau bekin NIB ma OSS minta NPWP. Beta sonde punya NPWP, pake NIK sa boleh ko? [[nik:{nik1}]]. Beta [[n:{g1}]] dari {kel}.",
    ),
    T(
        "kupang_malay",
        "village_staff",
        "Bapa Camat, beta perangkat desa {desa}. Dong minta beta pung NPWP ulang2, padahal su kasi dari bulan lalu: [[npwp:{npwpd1}]]. Siltap sonde cair-cair. Hormat, [[n:{n1}]]",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        "Kaka, beta pung KK [[kk:{kk1}]] tu nama anak salah tulis. Anak nama [[n:{g2}]], NIK anak [[nik:{nik2}]]. Dukcapil bilang harus bawa akta. Beta sonde tau akta taru di mana.",
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "pbb_billing",
        "PBB beta naik dua kali lipat! Rumah kecil sa di [[a:{ad1}]], NOP {nop}, tagihan {rp}. Sonde masuk akal. Beta [[n:{n1}]], HP [[p:{hp1}]]",
    ),
    T(
        "kupang_malay",
        "pph21_honor",
        "Ini beta pung NPWP yang bendahara minta kemarin. Sonde ada kartu, cuma foto:\n[[npwp:{npwpl1}]]\nNama di NPWP [[n:{N1}]]",
    ),
    T(
        "kupang_malay",
        "bansos_bpjs",
        "Om [[n:{g2}]] pung kartu BPJS [[bpjs:{bpjs2}]] sonde bisa pake di RS. Dong bilang NIK deng data BPJS sonde sama. NIK Om [[nik:{nik2}]]. Beta ponakan [[n:{g1}]] yang urus.",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "npwp_padanan",
        "Beta su coba daftar DJP online pake NIK [[nik:{nik1}]] ma dong bilang 'NIK sudah terdaftar'. Padahal beta sonde pernah bekin NPWP. Ko sapa yang pake beta pung NIK? [[n:{g1}]]",
    ),
    T(
        "kupang_malay",
        "business_permit",
        "Beta pung usaha perorangan, jual kue di rumah [[a:{adr1}]]. NPWP pribadi sa [[npwp:{npwpd1}]]. Dong bilang harus bekin NPWP badan lai. Betul ko? [[n:{lg1}]]",
    ),
    T(
        "kupang_malay",
        "village_staff",
        "Kades dong minta semua RT kumpul NIK deng KK warga. Beta RT, beta pung sendiri NIK [[nik:{nik1}]] deng KK [[kk:{kk1}]]. Tapi warga dong takut data dipake pinjol. [[n:{g1}]] ([[p:{hpb1}]])",
    ),
    T(
        "kupang_malay",
        "pph21_honor",
        "Bendahara puskesmas bilang beta pung NPWP sonde valid: [[npwp:{npwpo1}]]. Sonde valid bagemana, itu dari kartu yang lama. Jadi potongan dia bekin 6%. Beta bidan [[n:{g1}]].",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "npwp_padanan",
        "Maitua beta [[n:{n2}]] mau isi SPT. NPWP dia yang dulu [[npwp:{npwpd2}]], skarang pake dia pung NIK [[npwp:{npwpn2}]]. Beta yang isi, beta suami [[n:{g1}]].",
        F=(2,),
        M=(1,),
    ),
    # without spans
    T(
        "kupang_malay",
        "pbb_billing",
        "Info dari Bapenda: PBB taun {thn} su bisa bayar di Bank NTT. Bawa NOP {nop} sa, sonde usah bawa KTP. Kode billing {billing} berlaku 7 hari.",
    ),
    T(
        "kupang_malay",
        "npwp_padanan",
        "Sapa yang tau nomor KPP Pratama Kupang? Beta telpon {otel} sonde angkat-angkat. Mau tanya NPWP 15 digit {npwpmask} tu masih pake ko sonde.",
    ),
    T(
        "kupang_malay",
        "business_permit",
        "Koperasi kami pung NPWP {bnpwp} deng NIB {nib} su jadi. Sekarang tinggal urus izin edar. Sapa mau gabung, datang ke sekretariat sa.",
    ),
    T(
        "kupang_malay",
        "bansos_bpjs",
        "Ada yang WA dari {owa} bilang dia dari Dinas Sosial, minta NIK deng foto KK. Jang kasi e bapa mama, itu tipu-tipu. Laporan su masuk {tiket}.",
    ),
    T(
        "kupang_malay",
        "pph21_honor",
        "Bendahara bilang NPWP {office} {bnpwp} yang potong pajak, bukan NPWP guru. Faktur pajak {faktur} tu dari toko buku, sonde ada hubungan deng kami pung honor.",
    ),
    T(
        "kupang_malay",
        "village_staff",
        "BUMDes {desa} pung NPWP {bnpwp} deng rekening {bnk} {brek}. Hasil jual air {rp} masuk ke situ. Jang transfer ke rekening pribadi sapa-sapa.",
    ),
]

# ---- lapor_ticket: SP4N-LAPOR! tickets as the unit's system shows them
TEMPLATES += [
    T(
        "lapor_ticket",
        "pph21_honor",
        """
Nomor Tiket: {tiket}
Kategori: Keuangan Daerah
Judul: Potongan PPh 21 honor tenaga kontrak tidak sesuai
Isi Laporan: Saya [[n:{n1}]] tenaga kontrak {office}. Sejak {bln} honor saya dipotong tarif non-NPWP padahal NPWP saya [[npwp:{npwpd1}]] sudah saya serahkan ke bendahara. Mohon ditindaklanjuti.
Status: Diteruskan ke BPKAD
""",
    ),
    T(
        "lapor_ticket",
        "npwp_padanan",
        """
{tiket} | {tgl}
Pelapor: [[n:{n1}]]
Isi: NPWP saya sudah dipadankan dengan NIK sejak {thn} ([[npwp:{npwpn1}]]) tetapi aplikasi SIPD masih menampilkan NPWP lama [[npwp:{npwpd1}]]. Akibatnya honor saya tertahan.
Tindak lanjut: dikoordinasikan dengan KPP Pratama Kupang.
""",
    ),
    T(
        "lapor_ticket",
        "bansos_bpjs",
        """
Tiket {tiket} — Dinas Sosial
Pelapor: [[n:{n1}]] (identitas dibuka untuk instansi)
Laporan: Ibu saya [[n:{n2}]] (NIK [[nik:{nik2}]]) tidak lagi menerima BPNT. Kartu keluarga [[kk:{kk2}]]. Alamat [[a:{adr2}]], Kel. {kel}.
""",
        F=(2,),
    ),
    T(
        "lapor_ticket",
        "business_permit",
        """
Nomor Laporan: {tiket}
Instansi tujuan: DPMPTSP Kota Kupang
Uraian: NIB {nib} atas nama usaha saya tidak bisa diperbarui karena NPWP/NIK [[npwp:{npwpn1}]] dinyatakan tidak valid. Saya [[n:{n1}]], pemilik usaha perorangan.
Kontak pelapor: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_ticket",
        "village_staff",
        """
{tiket}
Kanal: SMS 1708
Pesan asli: "KOTKUPANG SY [[n:{N1}]] KADUS DI DESA {DESA}. NPWP SY [[npwp:{npwpd1}]] TDK TERCANTUM DI DAFTAR PENERIMA SILTAP."
Disposisi: Bagian Pemerintahan, {tgl}
""",
    ),
    T(
        "lapor_ticket",
        "civil_registry",
        """
Tiket {tiket}
Judul: NIK saya dipakai orang lain untuk NPWP
Isi: Saat daftar NPWP, sistem menolak NIK saya [[nik:{nik1}]] karena sudah terdaftar atas nama [[n:{n2}]]. Saya [[n:{n1}]] tidak kenal orang itu. Mohon Dukcapil dan KPP cek.
""",
    ),
    T(
        "lapor_ticket",
        "pbb_billing",
        """
No. {tiket}
Pelapor: Anonim
Isi: Rumah saya [[a:{adr1}]] kena PBB dua NOP: {nop} dan {nop2}. Padahal satu bidang. Saya sudah bawa KTP (NIK [[nik:{nik1}]]) ke Bapenda tapi disuruh balik.
""",
    ),
    T(
        "lapor_ticket",
        "pph21_honor",
        """
Laporan {tiket}
Isi Laporan: Bendahara {school} meminta NPWP guru honor. NPWP saya: [[npwp:{npwpz1}]]. Tapi honor Januari–{bln} dipotong lagi tarif tanpa NPWP. Bukti potong {bupot} mencantumkan NPWP saya salah, [[npwp:{npwpw1}]].
Pelapor: [[n:{n1}]]
""",
    ),
    T(
        "lapor_ticket",
        "bansos_bpjs",
        """
{tiket} — BPJS Kesehatan
Pelapor: [[n:{n1}]]
Isi: Kartu KIS [[bpjs:{bpjs1}]] dinonaktifkan. Alasan petugas: NIK [[nik:{nik1}]] ganda dengan NPWP. Saya buruh harian, tidak pernah punya NPWP.
""",
    ),
    T(
        "lapor_ticket",
        "npwp_padanan",
        """
Tiket: {tiket}
Pelapor: [[n:{n1}]]
Isi: NITKU saya [[npwp:{npwpx1}]] muncul di faktur {faktur} dari toko bangunan padahal saya tidak pernah belanja. Mohon KPP telusuri.
""",
    ),
    T(
        "lapor_ticket",
        "business_permit",
        """
Tiket {tiket}
Isi: Saya [[n:{n1}]], NIK [[nik:{nik1}]], mengurus PBG untuk rumah tinggal di [[a:{ad1}]]. Petugas minta NPWP; saya serahkan NPWP yang sama dengan NIK. Sudah {num} minggu belum ada kabar.
""",
    ),
    T(
        "lapor_ticket",
        "village_staff",
        """
{tiket}
Pelapor: [[n:{n1}]], operator desa {desa}
Isi: Daftar siltap dari BPKAD memuat NPWP Kepala Desa [[n:{n2}]] [[npwp:{npwpd2}]] dua kali, sedangkan NPWP Sekdes kosong. NPWP desa ({bnpwp}) tercantum di kolom pribadi.
""",
    ),
    T(
        "lapor_ticket",
        "pph21_honor",
        """
Nomor tiket: {tiket}
Isi: NPWP
[[npwp:{npwpd1}]]
Nama [[n:{N1}]]
Honor pengawas TPS dipotong 3% padahal NPWP sudah dilampirkan.
""",
    ),
    T(
        "lapor_ticket",
        "civil_registry",
        """
Tiket {tiket}
Isi: Mohon koreksi KK. No KK [[kk:{kk1}]]. Anak saya [[n:{g2}]] tertulis NIK [[nik:{nik2}]], di akta {surat}. Saya ayahnya, [[n:{n1}]].
""",
        M=(1,),
        fam={2: 1},
    ),
    # without spans
    T(
        "lapor_ticket",
        "pbb_billing",
        """
Tiket {tiket}
Pelapor: Dirahasiakan
Isi: Pembayaran PBB dengan kode billing {billing} sudah terdebet {rp} (NTPN {ntpn}) namun status SPPT NOP {nop} belum lunas.
Status: Selesai
""",
    ),
    T(
        "lapor_ticket",
        "business_permit",
        """
{tiket}
Pelapor: Dirahasiakan
Isi: CV kami (NPWP {bnpwp}, NIB {nib}) ditolak ikut tender karena NITKU {nitku} tidak aktif. Mohon DPMPTSP dan KPP koordinasi.
""",
    ),
    T(
        "lapor_ticket",
        "pph21_honor",
        """
Tiket {tiket}
Isi: Bukti potong {bupot} dari {office} mencantumkan NPWP bendahara {bnpwp} sebagai NPWP kami. Kode akun {kodeakun}. Mohon klarifikasi.
Pelapor: tidak ingin disebut
""",
    ),
    T(
        "lapor_ticket",
        "bansos_bpjs",
        """
Tiket {tiket}
Isi: Bansos PKH tahap {kecil} belum cair di Kel. {kel}. ID DTKS {dtks}. Nomor KPJ BPJS TK suami {kpj} juga bermasalah.
""",
    ),
    T(
        "lapor_ticket",
        "npwp_padanan",
        """
Tiket {tiket} | {tgl}
Pelapor: Dirahasiakan
Isi: Ada SMS dari {owa} mengaku KPP Pratama Kupang, minta NIK dan NPWP untuk 'validasi'. Contoh yang dikirim: NIK {nikmask}, NPWP {npwpmask}.
""",
    ),
]

# ---- web_form: the city portal's web forms with identity blocks
TEMPLATES += [
    T(
        "web_form",
        "npwp_padanan",
        """
FORMULIR PENGADUAN ONLINE — KOTA KUPANG
Nama Lengkap : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP (16 digit) : [[npwp:{npwpn1}]]
No. HP/WA : [[p:{hp1}]]
Email : [[e:{em1}]]
Uraian : NPWP lama saya [[npwp:{npwpd1}]] masih tercatat di data kepegawaian, mohon diganti.
""",
    ),
    T(
        "web_form",
        "pph21_honor",
        """
Nama : [[n:{N1}]]
NIK/NPWP : [[nik:{nik1}]]
Unit Kerja : {school}
Jenis Pengaduan : Potongan PPh 21
Keterangan : bendahara memotong pajak 2x di bulan {bln}
""",
    ),
    T(
        "web_form",
        "business_permit",
        """
Permohonan Rekomendasi Usaha Mikro
1. Nama Pemilik : [[n:{n1}]]
2. NIK : [[nik:{nik1}]]
3. NPWP :
[[npwp:{npwpd1}]]
4. Alamat Rumah : [[a:{adr1}]], Kel. {kel}
5. Nama Usaha : Kios Berkat Flobamora
6. Alamat Usaha : Pasar Inpres Naikoten, Los {num}
""",
    ),
    T(
        "web_form",
        "business_permit",
        """
Data Pemohon
Nama Pelaku Usaha : {BODY}
NPWP : {bnpwp}
NIB : {nib}
Penanggung jawab : [[n:{n1}]]
NPWP Pemohon : [[npwp:{npwpn1}]]
HP Penanggung jawab : [[p:{hp1}]]
""",
    ),
    T(
        "web_form",
        "bansos_bpjs",
        """
Form Usulan DTKS
NIK Kepala Keluarga : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{adr1}]]
NPWP : tidak punya
No. Kartu KIS : [[bpjs:{bpjs1}]]
""",
    ),
    T(
        "web_form",
        "pbb_billing",
        """
Permohonan Keberatan PBB-P2
NOP : {nop}
Nama Wajib Pajak : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]] (NIK sebagai NPWP)
Letak Objek : {kel}
Alamat Wajib Pajak : [[a:{ad1}]]
""",
    ),
    T(
        "web_form",
        "village_staff",
        """
Input Data Perangkat Desa {desa}
Jabatan : Kaur Umum
Nama : [[n:{n1}]]
NIK :
[[nik:{nik1}]]
NPWP :
[[npwp:{npwpd1}]]
Rekening Bank NTT : [[b:{rek1}]]
NIP : -
""",
    ),
    T(
        "web_form",
        "npwp_padanan",
        """
Pertanyaan: NPWP saya waktu daftar CPNS [[npwp:{npwps1}]]. Sekarang BKPSDM minta NPWP 16 digit. Apakah cukup tulis NIK [[npwp:{npwpn1}]]?
Nama penanya: [[n:{n1}]]
Email: [[e:{em1}]]
""",
    ),
    T(
        "web_form",
        "civil_registry",
        """
Pengaduan Layanan Dukcapil
NIK Pelapor : [[nik:{nik1}]]
Nomor KK : [[kk:{kk1}]]
Nama : [[n:{n1}]]
Isi : NIK ibu saya [[n:{n2}]] di KK tertulis [[nik:{nik2}]] padahal di KTP berbeda satu angka.
""",
        F=(2,),
        fam={2: 1},
    ),
    T(
        "web_form",
        "pph21_honor",
        """
Identitas Pelapor
NPWP/NIK : [[npwp:{npwpn1}]]
Nama : [[n:{n1}]]
Instansi : {office}
Status : PPPK paruh waktu
Isi : Tunjangan saya dipotong PPh tetapi tidak muncul di bukti potong tahunan.
""",
    ),
    T(
        "web_form",
        "business_permit",
        """
Nama : [[n:{N1}]]
Tempat/Tgl Lahir : {tl1}
NPWP : [[npwp:{npwpd1}]]
Nama Usaha : Bengkel Las Karya Timor
Telp usaha : {owa}
HP pemilik : [[p:{hp1}]]
""",
    ),
    T(
        "web_form",
        "bansos_bpjs",
        """
Pendaftaran BPJS PBI Daerah
Nama Peserta : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : - (belum ada, pakai NIK [[nik:{nik1}]])
Pekerjaan : nelayan
No HP : [[p:{hp1}]]
""",
    ),
    T(
        "web_form",
        "npwp_padanan",
        """
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpd1}]]
NITKU : [[npwp:{npwpx1}]]
Nama : [[n:{n1}]]
Catatan: mohon NPWP lama dinonaktifkan setelah pemadanan
""",
    ),
    T(
        "web_form",
        "pbb_billing",
        """
Form Mutasi PBB
Penjual : [[n:{n1}]], NIK [[nik:{nik1}]]
Pembeli : [[n:{n2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{npwpd2}]]
NOP : {nop}
Nilai transaksi : Rp {rp}
""",
    ),
    # without spans
    T(
        "web_form",
        "business_permit",
        """
Nama Pelaku Usaha : {BODY}
NPWP Badan : {bnpwp}
NITKU : {nitku}
NIB : {nib}
Telp Kantor : {otel}
""",
    ),
    T(
        "web_form",
        "pbb_billing",
        """
Cek Tagihan PBB
NOP : {nop}
Tahun : {thn}
Kode Billing : {billing}
Jatuh tempo : {tgl}
Nama WP : Dirahasiakan
""",
    ),
    T(
        "web_form",
        "pph21_honor",
        """
Form Permintaan Bukti Potong
NPWP Pemotong : {bnpwp}
Nomor Bukti Potong : {bupot}
Masa Pajak : {bln} {thn}
NIK/NPWP Penerima : diisi petugas
""",
    ),
    T(
        "web_form",
        "bansos_bpjs",
        """
Cek Status Bansos
ID DTKS : {dtks}
NIK : {nikmask}
Nomor transaksi : {trx}
Status : tidak ditemukan
""",
    ),
    T(
        "web_form",
        "npwp_padanan",
        """
Formulir Survei Kepuasan KPP
Layanan : pemadanan NIK-NPWP
Nomor antrian : {trx}
Contoh NPWP yang dilayani : {npwpmask}
Telp KPP : {otel}
""",
    ),
]

# ---- email_office: e-mails with KPP Pratama Kupang, BPKAD and other offices
TEMPLATES += [
    T(
        "email_office",
        "npwp_padanan",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: Pemadanan NIK-NPWP gagal

Selamat siang. NPWP saya [[npwp:{npwpd1}]] gagal dipadankan dengan NIK [[nik:{nik1}]]. Pesan di DJP Online: "data kependudukan tidak ditemukan". Mohon bantuan.

Salam,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
    ),
    T(
        "email_office",
        "pph21_honor",
        """
From: BPKAD Kota Kupang <bpkad@kupangkota.go.id>
To: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
Subject: Re: Potongan PPh 21 TPP

Yth. Bapak/Ibu,
Berdasarkan data SIMPEG, NPWP Saudara masih [[npwp:{npwpd1}]]. Sesuai PMK, NPWP bagi orang pribadi penduduk adalah NIK ([[npwp:{npwpn1}]]). Silakan perbarui di aplikasi.
Bidang Perbendaharaan
""",
    ),
    T(
        "email_office",
        "npwp_padanan",
        """
Pada {tg}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Mohon info, NPWP suami saya [[npwp:{npwps2}]] apakah ikut berubah jadi NIK dia [[npwp:{npwpn2}]]?
> Terima kasih.

Yth. Ibu, benar, NPWP lama otomatis terhubung setelah pemadanan. Salam, Kring Pajak
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "email_office",
        "business_permit",
        """
Kepada Yth. DPMPTSP Kota Kupang
Saya [[n:{n1}]], pemilik usaha perorangan katering. NPWP pribadi saya [[npwp:{npwpn1}]]. Mohon NIB saya {nib} disesuaikan karena di OSS tercatat NPWP [[npwp:{npwpd1}]] yang sudah tidak berlaku.
Alamat rumah (sekaligus tempat usaha): [[a:{adr1}]]
Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "email_office",
        "village_staff",
        """
From: Operator Desa {desa} <operator.siskeudes.desa@gmail.com>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Data siltap

Kak, tolong cek lagi NPWP yang kaka kirim: [[npwp:{npwpw1}]]. Kurang/lebih satu angka. Kalau sudah padan pakai NIK saja.
""",
    ),
    T(
        "email_office",
        "pph21_honor",
        """
Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: bendahara.smpn13kupang@gmail.com
Perihal: NPWP untuk honor

Bu bendahara, ini NPWP saya sesuai permintaan kemarin:
NPWP
[[npwp:{npwpd1}]]
Kalau sudah harus 16 digit, pakai NIK saya [[npwp:{npwpn1}]].
""",
    ),
    T(
        "email_office",
        "pbb_billing",
        """
Subject: Keberatan SPPT PBB {thn}
From: [[n:{n1}]] <[[e:{emp1}]]>

Kepada Bapenda Kota Kupang. SPPT untuk NOP {nop} atas nama saya, objek di [[a:{ad1}]], naik dari {rp} menjadi {rp2}. Terlampir KTP (NIK [[nik:{nik1}]]) dan NPWP ([[npwp:{npwpz1}]]).
""",
    ),
    T(
        "email_office",
        "bansos_bpjs",
        """
To: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>
From: [[n:{n1}]] <[[e:{emp1}]]>

Kartu JKN ayah saya [[n:{n2}]] no. [[bpjs:{bpjs2}]] terblokir karena NIK [[nik:{nik2}]] dianggap ganda. Mohon bantuan.
""",
        M=(2,),
    ),
    T(
        "email_office",
        "npwp_padanan",
        """
From: Konsultan Pajak Timor <admin@konsultanpajaktimor.co.id>
To: [[n:{n1}]] <[[e:{emp1}]]>

Bapak/Ibu, SPT Tahunan sudah kami lapor. NPWP yang kami gunakan [[npwp:{npwpn1}]] (NIK). NTPN pembayaran kurang bayar {ntpn}, kode billing {billing}.
""",
    ),
    T(
        "email_office",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: disdukcapil@kupangkota.go.id

Saya minta surat keterangan bahwa NIK saya [[nik:{nik1}]] sama dengan yang tercatat di KK [[kk:{kk1}]], untuk pemadanan NPWP. KPP minta bukti.
""",
    ),
    T(
        "email_office",
        "business_permit",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
Subject: NPWP CV

Saya direktur {BODY}. NPWP CV {bnpwp}, NPWP pribadi saya [[npwp:{npwpd1}]]. Di OSS keduanya tertukar. Mohon dibantu. Telp [[p:{hp1}]]
""",
    ),
    T(
        "email_office",
        "pph21_honor",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
To: Bendahara Pengeluaran {office} <bendahara.dinas@kupangkota.go.id>

NPWP saya di daftar gaji masih [[npwp:{npwph1}]] (tanpa strip). Mohon diperbaiki ke NIK [[npwp:{npwpn1}]].
""",
    ),
    T(
        "email_office",
        "npwp_padanan",
        """
Dari: [[n:{n1}]] <[[e:{emp1}]]>
Subjek: EFIN hilang

Kepada KPP, saya lupa EFIN. NPWP [[npwp:{npwpd1}]], nama [[n:{n1}]], lahir {lahir1}. Mohon kirim ulang ke email ini.
""",
    ),
    T(
        "email_office",
        "village_staff",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pemdes.kupang@gmail.com
Subject: NPWP Kepala Desa

Mohon maaf, NPWP Kepala Desa {desa} yang benar [[npwp:{npwpd2}]] a.n. [[n:{n2}]], bukan NPWP desa {bnpwp}.
Sekretaris Desa
""",
    ),
    # without spans
    T(
        "email_office",
        "npwp_padanan",
        """
From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
To: wp-kupang-920@lists.pajak.go.id
Subject: Batas pemadanan NIK-NPWP

Yth. Wajib Pajak, gunakan NIK sebagai NPWP mulai {tg}. NPWP 15 digit (contoh 01.234.567.8-920.000) tetap berlaku untuk badan. Kring Pajak 1500200.
""",
    ),
    T(
        "email_office",
        "pph21_honor",
        """
From: BPKAD Kota Kupang <bpkad@kupangkota.go.id>
To: bendahara.dinas@kupangkota.go.id
Subject: Setoran PPh 21 masa {bln}

Setoran PPh 21 dengan kode billing {billing} sudah terbit NTPN {ntpn}. NPWP bendahara {bnpwp}. Bukti potong {bupot}.
""",
    ),
    T(
        "email_office",
        "business_permit",
        """
From: {BODY} <admin.cvlontar@gmail.com>
To: ukpbj@kupangkota.go.id

Terlampir dokumen penawaran: NPWP {bnpwp}, NITKU {nitku}, NIB {nib}, faktur {faktur}. Hubungi kantor {otel}.
""",
    ),
    T(
        "email_office",
        "pbb_billing",
        """
From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
Subject: Pemberitahuan SPPT PBB {thn}

SPPT PBB untuk NOP {nop} sudah terbit. Bayar dengan kode billing {billing} paling lambat {tg}. Pertanyaan: WA {owa}.
""",
    ),
    T(
        "email_office",
        "bansos_bpjs",
        """
From: noreply@lapor.go.id
Subject: Status laporan {tiket}

Laporan Anda telah diteruskan ke Dinas Sosial Kota Kupang pada {dt}. Nomor referensi {ref}.
""",
    ),
]

# ---- letter_minutes: letters, statements and minutes
TEMPLATES += [
    T(
        "letter_minutes",
        "npwp_padanan",
        """
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]]
Alamat : [[a:{adr1}]], Kel. {kel}
menyatakan bahwa NPWP lama saya [[npwp:{npwpd1}]] sudah tidak digunakan lagi.
Kupang, {tg}
Yang menyatakan,
[[n:{n1}]]
""",
    ),
    T(
        "letter_minutes",
        "village_staff",
        """
NOTULEN RAPAT PERANGKAT DESA {DESA}
Hari/tanggal: {tg}
Hadir: Kepala Desa [[n:{n1}]], Sekdes [[n:{n2}]], Kaur Keuangan [[n:{n3}]]
1. BPKAD meminta NPWP seluruh perangkat. NPWP Sekdes [[npwp:{npwpd2}]] sudah, Kaur Keuangan pakai NIK [[npwp:{npwpn3}]].
2. NPWP desa {bnpwp} dipakai untuk pajak belanja, bukan untuk siltap.
Notulis: [[n:{g3}]]
""",
    ),
    T(
        "letter_minutes",
        "pph21_honor",
        """
Kepada Yth. Kepala {school}
Perihal: Permohonan pengembalian potongan PPh 21
Dengan hormat, saya [[n:{n1}]], guru honor, menyampaikan bahwa honor saya bulan {bln} dipotong dengan tarif tanpa NPWP, padahal NPWP saya [[npwp:{npwpd1}]] telah saya serahkan kepada Bendahara Ibu [[n:{n2}]] sejak {tgl}.
Hormat saya,
[[n:{n1}]]
""",
        F=(2,),
    ),
    T(
        "letter_minutes",
        "business_permit",
        """
SURAT KETERANGAN USAHA
Nomor: {surat}
Lurah {kel} menerangkan bahwa:
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]]
Alamat : [[a:{adr1}]]
benar memiliki usaha jualan sayur di rumah (usaha perorangan).
""",
    ),
    T(
        "letter_minutes",
        "bansos_bpjs",
        """
SURAT KETERANGAN TIDAK MAMPU
Nomor: {surat}
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Alamat : [[a:{adr1}]]
Yang bersangkutan tidak memiliki NPWP dan penghasilan tetap. Surat ini untuk pengurusan BPJS PBI.
""",
    ),
    T(
        "letter_minutes",
        "pph21_honor",
        """
BERITA ACARA SERAH TERIMA DATA NPWP GURU HONOR
Pada hari ini {tg} bendahara {school} menerima data NPWP:
- [[n:{n1}]]: [[npwp:{npwpd1}]]
- [[n:{n2}]]: [[npwp:{npwpn2}]]
- [[n:{n3}]]: belum memiliki NPWP
NPWP sekolah sebagai pemotong: {bnpwp}
""",
    ),
    T(
        "letter_minutes",
        "civil_registry",
        """
SURAT KUASA
Saya [[n:{n1}]], NIK [[nik:{nik1}]], memberi kuasa kepada [[n:{n2}]], NIK [[nik:{nik2}]], untuk mengurus pemadanan NIK-NPWP dan mengambil EFIN atas nama saya di KPP Pratama Kupang.
Kupang, {tg}
""",
    ),
    T(
        "letter_minutes",
        "pbb_billing",
        """
SURAT PERNYATAAN JUAL BELI
Pihak I : [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npwpd1}]]
Pihak II : [[n:{n2}]], NIK [[nik:{nik2}]]
Objek : tanah dan rumah NOP {nop}, di [[a:{ad1}]]
Harga : Rp {rp}
""",
    ),
    T(
        "letter_minutes",
        "village_staff",
        """
Kepada Yth. Camat Kupang Tengah
Kami sampaikan perubahan data Kepala Dusun II Desa {desa}:
Lama : [[n:{n1}]] (NPWP [[npwp:{npwpd1}]])
Baru : [[n:{n2}]] (NPWP = NIK [[npwp:{npwpn2}]])
Rekening siltap Bank NTT a.n. [[n:{n2}]]: [[b:{rek2}]]
""",
    ),
    T(
        "letter_minutes",
        "business_permit",
        """
NOTULEN PENDAMPINGAN UMKM
Peserta: [[n:{n1}]] (usaha tenun), [[n:{n2}]] (jual ikan asap)
- [[n:{g1}]] belum punya NPWP; disarankan aktivasi NIK [[nik:{nik1}]] sebagai NPWP.
- [[n:{g2}]] sudah punya NPWP [[npwp:{npwps2}]], NIB {nib}.
Pendamping: [[n:{n3}]]
""",
    ),
    T(
        "letter_minutes",
        "npwp_padanan",
        """
Perihal: Koreksi data NPWP pada SK honorer
Bersama ini kami sampaikan NPWP atas nama [[n:{n1}]] tertulis [[npwp:{npwpw1}]] pada SK {surat}. Yang benar [[npwp:{npwpd1}]]. Saat ini telah dipadankan dengan NIK [[nik:{nik1}]].
""",
    ),
    T(
        "letter_minutes",
        "bansos_bpjs",
        """
BERITA ACARA VERIFIKASI PBI
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. JKN-KIS : [[bpjs:{bpjs1}]]
Hasil : NIK tidak padan dengan data BPJS Ketenagakerjaan (KPJ {kpj}); peserta tetap layak PBI.
""",
    ),
    T(
        "letter_minutes",
        "pph21_honor",
        """
SURAT KETERANGAN PENGHASILAN
Kepala {school} menerangkan bahwa [[n:{n1}]], NIP -, NPWP [[npwp:{npwpz1}]], adalah guru honor dengan honor {rp} per bulan. Pemotong PPh: bendahara sekolah, NPWP {bnpwp}.
""",
    ),
    T(
        "letter_minutes",
        "civil_registry",
        """
SURAT PINDAH
No. KK asal : [[kk:{kk1}]]
Nama kepala keluarga : [[n:{n1}]]
Anggota yang pindah : [[n:{n2}]] (NIK [[nik:{nik2}]])
Alamat tujuan : [[a:{ad2}]], Kel. {kel}
""",
        fam={2: 1},
    ),
    # without spans
    T(
        "letter_minutes",
        "pph21_honor",
        """
SURAT EDARAN Nomor {surat}
Kepada bendahara pengeluaran OPD: PPh 21 honor dipotong sesuai tarif; NPWP wajib diisi 16 digit. Contoh bukti potong nomor {bupot}. NPWP BPKAD {bnpwp}.
""",
    ),
    T(
        "letter_minutes",
        "village_staff",
        """
BERITA ACARA PENYALURAN BLT DANA DESA {DESA}
Tahap {kecil}, tanggal {tg}. Jumlah KPM {num2}, nilai {rpb}. NPWP desa {bnpwp}. Rekening kas desa Bank NTT {brek}.
""",
    ),
    T(
        "letter_minutes",
        "business_permit",
        """
KOP: KOPERASI NELAYAN TELUK KUPANG
Jl. Yos Sudarso No. {num}, Kupang
NPWP {bnpwp} | NIB {nib}
Nomor: {surat}
Perihal: permohonan bantuan alat tangkap
""",
    ),
    T(
        "letter_minutes",
        "pbb_billing",
        """
NOTULEN SOSIALISASI PBB KELURAHAN {KEL}
- Jatuh tempo {tg}.
- Bayar via kode billing; contoh {billing}.
- Keberatan dilampiri SPPT (NOP contoh {nop}).
- {rtx} sampai RT {num} hadir.
""",
    ),
    T(
        "letter_minutes",
        "npwp_padanan",
        """
UNDANGAN
KPP Pratama Kupang mengundang bendahara OPD, desa dan sekolah pada {tg} pukul {jam} untuk sosialisasi NITKU (contoh {nitku}) dan faktur {faktur}. Konfirmasi {otel}.
""",
    ),
]

# ---- ocr_card: scanned KTP and NPWP cards, as a scanner reads them
TEMPLATES += [
    T(
        "ocr_card",
        "npwp_padanan",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpo1}]]
[[n:{N1}]]
NIK : [[nik:{nik1}]]
[[a:{AD1}]]
KUPANG
KPP PRATAMA KUPANG
""",
    ),
    T(
        "ocr_card",
        "npwp_padanan",
        """
DIREKTORAT JENDERAL PAJAK
NPWP16 : [[npwp:{npwpn1}]]
NITKU : [[npwp:{npwpx1}]]
NAMA : [[n:{Ns1}]]
Tanggal Terdaftar : {tgl}
""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{niko1}]]
N a m a : [[n:{No1}]]
Tempat/Tgl Lahir : {tl1}
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {KEL}
""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """
NIK
[[nik:{nikn1}]]
Nama : [[n:{Nn1}]]
Jenis Kelamin : {sx1}
Pekerjaan : WIRASWASTA
""",
    ),
    T(
        "ocr_card",
        "pph21_honor",
        """
BUKTI PEMOTONGAN PPh PASAL 21
NOMOR : {bupot}
A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP/NIK : [[npwp:{npwpn1}]]
A.2 NAMA : [[n:{N1}]]
C. IDENTITAS PEMOTONG
C.1 NPWP : {bnpwp}
C.2 NAMA : BENDAHARA {OFFICE}
""",
    ),
    T(
        "ocr_card",
        "npwp_padanan",
        """
NPWP
[[npwp:{npwpl1}]]
[[n:{No1}]]
[[a:{AD1}]] KUPANG
""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """
KARTU KELUARGA
No. [[kk:{kko1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
No | Nama Lengkap | NIK | Hubungan
1 | [[n:{N1}]] | [[nik:{nik1}]] | KEPALA KELUARGA
2 | [[n:{N2}]] | [[nik:{nik2}]] | ISTRI
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "ocr_card",
        "pbb_billing",
        """
SURAT PEMBERITAHUAN PAJAK TERHUTANG PBB {thn}
NOP : {nop}
NAMA DAN ALAMAT WAJIB PAJAK
[[n:{N1}]]
[[a:{AD1}]]
NPWP : [[npwp:{npwpd1}]]
PBB TERHUTANG : Rp {rp}
""",
    ),
    T(
        "ocr_card",
        "business_permit",
        """
NOMOR INDUK BERUSAHA : {nib}
NAMA PELAKU USAHA : [[n:{N1}]]
NPWP : [[npwp:{npwpn1}]]
ALAMAT KANTOR : PASAR OEBOBO LOS {num}
STATUS : USAHA MIKRO PERORANGAN
""",
    ),
    T(
        "ocr_card",
        "bansos_bpjs",
        """
KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{bpjs1}]]
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Tgl Lahir : {lahir1}
Faskes Tk I : PUSKESMAS {KEL}
""",
    ),
    T(
        "ocr_card",
        "npwp_padanan",
        """
Hasil scan KTP untuk pemadanan NPWP:
NIK[[nik:{nikb1}]]Nama[[n:{N1}]]Alamat[[a:{AD1}]]Agama : KRISTEN
""",
    ),
    T(
        "ocr_card",
        "pph21_honor",
        """
DAFTAR GAJI HONOR {SCHOOL}
Nama : [[n:{N1}]]NPWP : [[npwp:{npwpd1}]]
Bruto : {rp}   PPh 21 : {rp2}
""",
    ),
    T(
        "ocr_card",
        "village_staff",
        """
SK KEPALA DESA {DESA} Nomor {surat}
LAMPIRAN
NAMA : [[n:{N1}]]
JABATAN : KAUR PERENCANAAN
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpo1}]]
""",
    ),
    T(
        "ocr_card",
        "business_permit",
        """
SURAT IZIN USAHA MIKRO KECIL
NAMA PEMILIK : [[n:{N1}]]
NIK : [[nik:{niko1}]]
NPWP : [[npwp:{npwpw1}]]
BENTUK USAHA : PERORANGAN
LOKASI : [[a:{AD1}]] (RUMAH SENDIRI)
""",
    ),
    # without spans
    T(
        "ocr_card",
        "business_permit",
        """
DIREKTORAT JENDERAL PAJAK
NPWP : {bnpwp}
{BODY}
JL. TIMOR RAYA KM {num} KUPANG
KPP PRATAMA KUPANG
""",
    ),
    T(
        "ocr_card",
        "npwp_padanan",
        """
SPESIMEN KARTU NPWP
NPWP : 00.000.000.0-000.000
NAMA : NAMA WAJIB PAJAK
NIK : {nikmask}
Terdaftar : {tgl}
""",
    ),
    T(
        "ocr_card",
        "pbb_billing",
        """
BUKTI PENERIMAAN NEGARA
NTPN : {ntpn}
KODE BILLING : {billing}
KODE AKUN : {kodeakun}
JUMLAH : Rp {rp}
TGL BAYAR : {tgl}
""",
    ),
    T(
        "ocr_card",
        "business_permit",
        """
FAKTUR PAJAK
Kode dan Nomor Seri : {faktur}
Pengusaha Kena Pajak
Nama : {BODY}
NPWP : {bnpwp}
NITKU : {nitku}
""",
    ),
    T(
        "ocr_card",
        "bansos_bpjs",
        """
KARTU PESERTA BPJS KETENAGAKERJAAN
No. KPJ : {kpj}
NIK : {nikmask}
Tgl Kepesertaan : {tgl}
""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """
TANDA TERIMA DUKCAPIL
No. Registrasi : {trx}
Jenis layanan : perbaikan KK
No. KK : 5371XXXXXXXX{num}
Tgl ambil : {tgl}
""",
    ),
]

# ---- register_list: lists of teachers, honorary workers, village officials, traders, drivers
TEMPLATES += [
    T(
        "register_list",
        "pph21_honor",
        """
DAFTAR GURU HONOR {SCHOOL} — DATA PAJAK
No | Nama | NIK | NPWP
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[npwp:{npwpd1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[npwp:{npwpn2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | -
""",
    ),
    T(
        "register_list",
        "village_staff",
        """
No;Nama;Jabatan;NPWP;Rekening
1;[[n:{n1}]];Kepala Desa;[[npwp:{npwpd1}]];[[b:{rek1}]]
2;[[n:{n2}]];Sekretaris Desa;[[npwp:{npwpz2}]];[[b:{rek2}]]
3;[[n:{n3}]];Kaur Keuangan;[[npwp:{npwpn3}]];[[b:{rek3}]]
""",
    ),
    T(
        "register_list",
        "business_permit",
        """
REGISTER PEDAGANG PASAR INPRES NAIKOTEN
Nama Pedagang | NIK | NPWP | Los
[[n:{N1}]] | [[nik:{nik1}]] | [[npwp:{npwpn1}]] | A-{num}
{BODY} | - | {bnpwp} | B-{num2}
[[n:{N2}]] | [[nik:{nik2}]] | belum ada | C-{num3}
""",
    ),
    T(
        "register_list",
        "business_permit",
        """
DATA SOPIR ANGKOT TRAYEK 10
No  Nama  NIK  Nopol  NPWP
1  [[n:{N1}]]  [[nik:{nik1}]]  [[pl:{pl1}]]  [[npwp:{npwpd1}]]
2  [[n:{N2}]]  [[nik:{nik2}]]  [[pl:{pl2}]]  -
""",
    ),
    T(
        "register_list",
        "pph21_honor",
        """
Rekap NPWP tenaga kontrak {office} (diminta bendahara)
[[n:{n1}]] — [[npwp:{npwpn1}]]
[[n:{n2}]] — [[npwp:{npwps2}]]
[[n:{n3}]] — [[npwp:{npwpd3}]]
""",
    ),
    T(
        "register_list",
        "bansos_bpjs",
        """
DAFTAR KPM BPNT KEL. {KEL}
No,Nama,NIK,No KK,RT/RW
1,[[n:{N1}]],[[nik:{nik1}]],[[kk:{kk1}]],[[a:{rtk1}]]
2,[[n:{N2}]],[[nik:{nik2}]],[[kk:{kk2}]],[[a:{rtk2}]]
""",
    ),
    T(
        "register_list",
        "village_staff",
        """
No Nama NIK No. KK RT/RW
1 [[n:{N1}]] [[nik:{nik1}]] [[kk:{kk1}]] [[a:{rtk1}]]
2 [[n:{N2}]] [[nik:{nik2}]] [[kk:{kk2}]] [[a:{rtk2}]]
Sumber: pendataan perangkat desa {desa}
""",
    ),
    T(
        "register_list",
        "npwp_padanan",
        """
DAFTAR NIK TIDAK PADAN NPWP — KPP PRATAMA KUPANG (untuk bendahara)
NPWP lama | NIK | Nama
[[npwp:{npwpd1}]] | [[nik:{nik1}]] | [[n:{N1}]]
[[npwp:{npwpd2}]] | [[nik:{nik2}]] | [[n:{N2}]]
""",
    ),
    T(
        "register_list",
        "pph21_honor",
        """
Honor Panitia {tg}
Nama;NPWP;Bruto;PPh 21;Netto
[[n:{n1}]];[[npwp:{npwph1}]];{rp};{rp2};{rp3}
[[n:{n2}]];tidak ada (NIK [[nik:{nik2}]]);{rp4};{rp5};{rp6}
""",
    ),
    T(
        "register_list",
        "business_permit",
        """
DAFTAR PENERIMA BANTUAN MODAL UMKM
Nama Pemilik Usaha | Nama Usaha | NPWP | HP
[[n:{n1}]] | Kue Rumahan | [[npwp:{npwpn1}]] | [[p:{hp1}]]
[[n:{n2}]] | Jahit | [[npwp:{npwpd2}]] | [[p:{hp2}]]
{BODY} | Toko | {bnpwp} | {otel}
""",
    ),
    T(
        "register_list",
        "bansos_bpjs",
        """
Data PBI-JK usulan {desa}
Nama | NIK | No. Kartu JKN
[[n:{n1}]] | [[nik:{nik1}]] | [[bpjs:{bpjs1}]]
[[n:{n2}]] | [[nik:{nik2}]] | [[bpjs:{bpjs2}]]
""",
    ),
    T(
        "register_list",
        "village_staff",
        """
Lampiran SK Perangkat Desa
1. [[n:{n1}]], Kadus I, NPWP [[npwp:{npwpd1}]]
2. [[n:{n2}]], Kadus II, NPWP = NIK [[npwp:{npwpn2}]]
3. [[n:{n3}]], Kaur TU, belum ada NPWP
""",
    ),
    T(
        "register_list",
        "civil_registry",
        """
KARTU KELUARGA No [[kk:{kk1}]]
1 [[n:{N1}]] [[nik:{nik1}]] KEPALA KELUARGA
2 [[n:{N2}]] [[nik:{nik2}]] ISTRI
3 [[n:{N3}]] [[nik:{nik3}]] ANAK
""",
        M=(1,),
        F=(2,),
        fam={2: 1, 3: 1},
    ),
    T(
        "register_list",
        "pph21_honor",
        """
Nama Guru,NPWP 16 digit,Keterangan
[[n:{n1}]],[[npwp:{npwpn1}]],sudah padan
[[n:{n2}]],[[npwp:{npwpz2}]],NPWP lama ditambah 0
[[n:{n3}]],[[npwp:{npwpw3}]],cek lagi (salah ketik)
""",
    ),
    # without spans
    T(
        "register_list",
        "business_permit",
        """
DAFTAR PENYEDIA TERDAFTAR
Penyedia | NPWP Penyedia | NIB
{BODY} | {bnpwp} | {nib}
CV Karya Nusa Flobamora | {bnpwp2} | {nib2}
""",
    ),
    T(
        "register_list",
        "pbb_billing",
        """
REKAP SPPT PBB BELUM BAYAR
NOP | Kelurahan | Tagihan
{nop} | {kel} | {rp}
{nop2} | {kel2} | {rp2}
""",
    ),
    T(
        "register_list",
        "village_staff",
        """
Jumlah KPM per RT: RT 01: {num}, RT 02: {num2}, RT 03: {num3}
NPWP BUMDes {bnpwp}, rekening BUMDes {brek}
""",
    ),
    T(
        "register_list",
        "pph21_honor",
        """
Rekap setoran PPh 21 OPD
OPD | NPWP Bendahara | NTPN
{office} | {bnpwp} | {ntpn}
Dinas Pariwisata | {bnpwp2} | {ntpn2}
""",
    ),
    T(
        "register_list",
        "npwp_padanan",
        """
Antrian layanan pemadanan KPP {tgl}
No. Antrian | Layanan | Jam
{trx} | Pemadanan NIK | {jam}
{trx2} | Aktivasi EFIN | {jam2}
""",
    ),
    T(
        "register_list",
        "bansos_bpjs",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{owa} | minta NIK+NPWP | {tgl}
{owa2} | bansos palsu | {tgl2}
""",
    ),
]

# ---- more of each style: bodies' NPWPs beside people's, numbers a line below their word
TEMPLATES += [
    T(
        "sms_1708",
        "business_permit",
        "KOTKUPANG SY [[n:{n1}]] ANGGOTA KOPERASI. NPWP KOPERASI TEMPAT SY JADI ANGGOTA {bnpwp} DIPAKAI UTK PINJAMAN ATAS NAMA SY. NPWP SY SENDIRI [[npwp:{npwpd1}]]. MHN DICEK DINAS KOPERASI",
        U=True,
    ),
    T(
        "sms_1708",
        "npwp_padanan",
        "KOTKUPANG NPWP SY YG LAMA [[npwp:{npwpb1}]] SKRG PAKAI [[npwp:{npwpn1}]] (SAMA DGN NIK). KENAPA SPT MASIH DITOLAK? [[n:{n1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "pbb_billing",
        "KOTKUPANG SY DIMINTA BAYAR PBB 2 KALI. NOP {nop}, NTPN PERTAMA {ntpn} TGL {tgl}. KODE BILLING KEDUA {billing}. TOLONG BAPENDA",
        U=True,
    ),
    T(
        "sms_lower",
        "village_staff",
        "kotkupang npwp kepala desa {desa} sdh ganti nik: [[npwp:{npwpn1}]]. a.n. [[n:{l1}]]. tolong bpkad update, jgn pake npwp desa {bnpwp} lg utk siltap",
    ),
    T(
        "sms_lower",
        "pph21_honor",
        "kotkupang sy bendahara komite {school}. npwp komite {bnpwp} blm aktif, jd honor satpam dipotong pake npwp sy pribadi [[npwp:{npwpd1}]]. boleh? [[n:{lg1}]]",
    ),
    T(
        "sms_lower",
        "bansos_bpjs",
        "kotkupang kk sy [[kk:{kk1}]] dan nik [[nik:{nik1}]]. bpjs pbi anak sy hilang. [[n:{l1}]] [[p:{hp1}]]",
    ),
    T(
        "wa_chat",
        "npwp_padanan",
        """
[{dt}] [[n:{n1}]]: Ini NPWP istri sa
[{dt}] [[n:{n1}]]: [[npwp:{npwpd2}]]
[{dt}] [[n:{n1}]]: Kalo sa pung, pake NIK sa: [[npwp:{npwpn1}]]
[{dt}] Petugas Pajak Keliling: Baik bapak, sa catat
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "wa_chat",
        "business_permit",
        """
[{dt}] [[n:{n1}]]: Kak, NPWP perusahaan saya {bnpwp}, NIB {nib}. Tinggal NITKU cabang {nitku}
[{dt}] Admin OSS Kota: Ok, untuk pribadi direktur tidak perlu
""",
    ),
    T(
        "kupang_malay",
        "npwp_padanan",
        "Tadi di KPP, petugas bilang beta pung NPWP yang lama [[npwp:{npwph1}]] tu su mati. Beta tanya, 'jadi sekarang NPWP beta apa?' Dia bilang, 'Bapa pung NIK tu, [[npwp:{npwpn1}]].' Beta [[n:{n1}]], sonde tau dari dulu.",
        M=(1,),
    ),
    T(
        "kupang_malay",
        "village_staff",
        "Gereja kami pung NPWP {bnpwp} (NPWP Majelis Jemaat), jadi honor koster dipotong di sana. Koster kami, [[n:{n1}]], pung NPWP sendiri [[npwp:{npwpn1}]].",
    ),
    T(
        "lapor_ticket",
        "pph21_honor",
        """
Tiket {tiket}
Isi: Saya perawat RSUD, NPWP [[npwp:{npwpd1}]]. Bendahara Pengeluaran, NPWP {bnpwp}, tidak menyetor PPh yang dipotong dari insentif saya.
Pelapor: [[n:{n1}]]
""",
    ),
    T(
        "lapor_ticket",
        "npwp_padanan",
        """
Tiket {tiket}
Isi: Sy blm punya NPWP, pakai NIK sj boleh? [[nik:{nik1}]]. Syarat beasiswa anak minta NPWP orang tua.
Pelapor: [[n:{n1}]]
""",
    ),
    T(
        "web_form",
        "pph21_honor",
        """
Nama : [[n:{n1}]]
NPWP :

[[npwp:{npwpd1}]]
NIK : sama dengan NPWP baru
Unit : {school}
""",
    ),
    T(
        "web_form",
        "village_staff",
        """
Kepala Desa : [[n:{n1}]]
NPWP Kepala Desa : [[npwp:{npwpn1}]]
NPWP Desa : {bnpwp}
Rekening Kas Desa : {brek}
""",
    ),
    T(
        "email_office",
        "pph21_honor",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: guru-honor@googlegroups.com
Subject: NPWP untuk bendahara

Teman-teman, bendahara minta NPWP 16 digit. Punya saya [[npwp:{npwpns1}]]. NPWP sekolah {bnpwp} jangan dipakai.
""",
    ),
    T(
        "letter_minutes",
        "npwp_padanan",
        """
NOTULEN SOSIALISASI PAJAK DI GMIT JEMAAT
Penanya 1: [[n:{n1}]], pensiunan guru. NPWP lama [[npwp:{npwps1}]]; dijawab: NPWP sekarang NIK.
Penanya 2: [[n:{n2}]], majelis; NPWP Majelis Jemaat {bnpwp} dipakai untuk honor pendeta.
""",
    ),
    T(
        "ocr_card",
        "npwp_padanan",
        """
NPWP : [[npwp:{npwpo1}]]
NAMA : [[n:{N1}]]
NIK : [[nik:{niko1}]]
KPP PRATAMA KUPANG
""",
    ),
    T(
        "register_list",
        "village_staff",
        """
No | Nama | Jabatan | NIK/NPWP
1 | [[n:{N1}]] | Kadus | [[nik:{nik1}]]
2 | [[n:{N2}]] | Kaur | [[nik:{nik2}]]
""",
    ),
    # without spans
    T(
        "sms_1708",
        "business_permit",
        "KOTKUPANG NPWP PERUSAHAAN SY {bnpwp} TDK BISA BUAT FAKTUR {faktur}. NITKU {nitku} TDK TERBACA. MHN KPP BANTU",
        U=True,
    ),
    T(
        "sms_lower",
        "npwp_padanan",
        "kotkupang npwp badan {bnpwp} cv kami blm bisa login coretax. efin {efin}. telp kpp {otel} sibuk terus",
    ),
    T(
        "wa_chat",
        "pbb_billing",
        """
[{dt}] Admin Bapenda: Yth wajib pajak, SPPT PBB {thn} bisa dicek dengan NOP. Contoh {nop}
[{dt}] Admin Bapenda: Pembayaran lewat Bank NTT, VA {va}
""",
    ),
    T(
        "kupang_malay",
        "pbb_billing",
        "Sapa yang bayar PBB di kantor pos kemarin? NTPN {ntpn} keluar ko sonde? Beta pung kode billing {billing} sonde bisa.",
    ),
    T(
        "lapor_ticket",
        "village_staff",
        """
Tiket {tiket}
Pelapor: Dirahasiakan
Isi: Rekening BUMDes {brek} dipakai untuk setoran pribadi. NPWP BUMDes {bnpwp}. Mohon Inspektorat periksa.
""",
    ),
    T(
        "web_form",
        "business_permit",
        """
Nama Pelaku Usaha : KOPERASI WANITA MAWAR SIKUMANA
NPWP : {bnpwp}
NIB : {nib}
Telp : {otel}
""",
    ),
    T(
        "email_office",
        "pbb_billing",
        """
From: Bank NTT <notifikasi@bankntt.co.id>
Subject: Bukti bayar PBB

Pembayaran PBB NOP {nop} berhasil. Kode billing {billing}, NTPN {ntpn}, referensi {ref}.
""",
    ),
]


if __name__ == "__main__":
    main()
