# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401
"""Write tests/data/redaction_dev28.jsonl: e-mail, NPWP, NIK, KK, BPJS and phones as people write them.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{nik1}``,
``{emo1}``), each filled three times with invented values; span offsets are computed from the
markers. Run ``python3 tests/data/make_redaction_dev28.py`` (stdlib only, deterministic);
``--review`` also prints every unlabelled run of digits and every unlabelled ``@`` token with
the forty characters before it.
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

SEED = 20261228
OUT = Path(__file__).with_name("redaction_dev28.jsonl")

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
    "wa_chat",
    "lapor_web",
    "email_thread",
    "call_note",
    "social_post",
    "letter_form",
    "ocr_scan",
    "kupang_malay",
    "table_register",
)
THEMES = (
    "tax_permits",
    "dukcapil",
    "social_aid",
    "health_bpjs",
    "schools",
    "utilities",
    "scams",
)
FLOORS = {
    "texts": 600,
    "spans": 1300,
    "per_style": 55,
    "empty_share": 0.30,
    "email": 120,
    "nik": 120,
    "phone": 120,
    "npwp": 80,
    "kk": 40,
    "bpjs": 40,
    "themes": 6,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "sdr",
    "sdri",
    "ny",
    "nn",
    "dr",
    "drs",
    "pdt",
    "bidan",
    "lurah",
    "camat",
    "guru",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "adik",
    "ade",
    "bripka",
    "aipda",
    "yth",
    "saudara",
    "saudari",
    "ketua",
    "kepala",
    "petugas",
    "pendamping",
    "operator",
    "staf",
    "direktur",
    "bendahara",
    "mr",
    "mrs",
    "ms",
}

# ---------------------------------------------------------------- people

GIVEN_M = (
    "Yohanes",
    "Dominggus",
    "Marthen",
    "Ferdinandus",
    "Imanuel",
    "Yosua",
    "Kristofel",
    "Ruben",
    "Yermias",
    "Obed",
    "Benediktus",
    "Aloysius",
    "Petrus",
    "Stefanus",
    "Antonius",
    "Mikhael",
    "Gabriel",
    "Hendrikus",
    "Nikolas",
    "Klemens",
    "Wilhelmus",
    "Kornelis",
    "Oktovianus",
    "Emanuel",
    "Frederik",
    "Arnoldus",
    "Sefnat",
    "Mesakh",
    "Abraham",
    "Welem",
    "Zakarias",
    "Bernadus",
    "Filpus",
    "Yulius",
    "Yoksan",
    "Lukas",
    "Gerson",
    "Ishak",
    "Agus Salim",
    "Rudolof",
)
GIVEN_F = (
    "Maria Goreti",
    "Agustina",
    "Selfina",
    "Yuliana",
    "Orpa",
    "Ester",
    "Naomi",
    "Elisabeth",
    "Magdalena",
    "Apolonia",
    "Fransiska",
    "Veronika",
    "Lusia",
    "Theresia",
    "Debora",
    "Rahel",
    "Yunita",
    "Novita",
    "Meriana",
    "Sarlota",
    "Adriana",
    "Susana",
    "Yasinta",
    "Marselina",
    "Lodia",
    "Erni",
    "Yanti",
    "Dortea",
    "Elsye",
    "Rince",
    "Ribka",
    "Yohana",
    "Mariana",
    "Febriani",
    "Kristina",
    "Getruida",
    "Anita",
    "Siti Aminah",
)
FAMILY = (
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
    "Riwu Kaho",
    "Therik",
    "Pah",
    "Nenobais",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Lobo",
    "Sabneno",
    "Kolo",
    "Nitbani",
    "Bani",
    "Haning",
    "Lenggu",
    "Huru",
    "Neolaka",
    "Taneo",
    "Seran",
    "Nahak",
    "Bria",
    "Tualaka",
    "Sinlae",
    "Kiuk",
    "Foes",
    "Baun",
    "Bolla",
    "Lakapu",
    "Messakh",
    "Nalle",
    "Pandie",
    "Lomi",
    "Loasana",
    "Rohi",
    "Dethan",
    "Mella",
    "Koroh",
    "Banunaek",
    "Tamonob",
    "Selan",
    "Kause",
    "Nomleni",
    "Liunokas",
    "Laitabun",
    "Dima",
    "Leba",
    "Muskanan",
    "Kapitan",
    "Djami",
    "Dae Pane",
    "Ledo",
    "Wadu",
    "Bire",
    "Kale",
    "Ga Lena",
    "Dju Dara",
)
# a few names from elsewhere in the country, living in Kupang
OTHER = (
    ("M", "I Made", "Suarjana"),
    ("M", "I Ketut", "Wirawan"),
    ("F", "Ni Luh", "Sukarmini"),
    ("M", "Andi", "Daeng Rani"),
    ("F", "Sri", "Rahayu"),
    ("M", "Bambang", "Setiawan"),
    ("F", "Liem", "Siu Lan"),
    ("M", "Ong", "Kian Hok"),
    ("M", "Hasan", "Basri"),
    ("F", "Rambu", "Ana Hapu"),
    ("M", "Umbu", "Ndaha Pekuwali"),
)
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "rocketmail.com",
)

# ---------------------------------------------------------------- places and bodies

KELURAHAN = (
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Kelapa Lima",
    "Pasir Panjang",
    "Fatululi",
    "Naikoten I",
    "Kuanino",
    "Oepura",
    "Sikumana",
    "Kolhua",
    "Naimata",
    "Penfui",
    "Maulafa",
    "Fatukoa",
    "Alak",
    "Namosain",
    "Nunbaun Sabu",
    "Manulai II",
    "Bakunase",
    "Airnona",
    "Fontein",
    "Oetete",
    "Solor",
    "Nefonaek",
    "Bello",
    "Penkase Oeleta",
)
KECAMATAN = ("Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Nangka",
    "Jl. Kenari",
    "Jl. Jambu Air",
    "Jl. Lontar",
    "Jl. Sukun",
    "Jl. Flamboyan",
    "Jl. Cendana",
    "Jl. Merpati",
    "Jl. Kakatua",
    "Jl. Nuri",
    "Jl. Bakti",
    "Jl. Rote",
    "Jl. Sabu",
    "Jl. Alor",
    "Jl. Bougenvil",
    "Jl. Anggrek",
    "Jl. Kamboja",
    "Gg. Kasuari",
    "Gg. Kutilang",
    "Jl. Oebufu Raya Gg. 3",
    "Jl. Sumba",
    "Jl. Matani",
    "Jl. Damai Kolhua",
    "Jalan Tompello",
    "Lr. Asoka",
    "Jl. Bajawa",
    "Jl. Kuanino Gg. Salak",
)
COMPLEX = ("Perumnas", "BTN Kolhua", "Perum Bumi Asri Oesapa", "Kompleks Griya Liliba")
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Cak Doko",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Adisucipto",
    "Jl. Amabi",
    "Jl. Perintis Kemerdekaan",
    "Jl. Frans Seda",
    "Jl. Herewila",
    "Jl. Veteran",
    "Jl. R.A. Kartini",
    "Jl. Palapa",
)
PUSKESMAS = (
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oesapa",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Puskesmas Penfui",
    "Puskesmas Alak",
    "Puskesmas Pasir Panjang",
)
SCHOOLS = (
    "SDN Oetete 1",
    "SD Inpres Kolhua",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMPN 13 Kupang",
    "SMAN 1 Kupang",
    "SMAN 3 Kupang",
    "SMKN 4 Kupang",
    "SD GMIT Oebufu",
    "SMPK St. Theresia",
)
BODIES = (
    "CV Sinar Lontar",
    "CV Karya Flobamora",
    "PT Timor Bangun Persada",
    "UD Sumber Berkat",
    "CV Cendana Teknik",
    "Koperasi Serba Usaha Fajar Timur",
    "PT Nusa Karang Konstruksi",
    "CV Oebufu Mandiri Jaya",
    "KSP Harapan Baru",
    "Toko Bangunan Sejahtera",
)
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MON3 = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu")
MOBILE = (
    ("0811", 3),
    ("0812", 6),
    ("0813", 8),
    ("0821", 6),
    ("0822", 5),
    ("0823", 5),
    ("0852", 7),
    ("0853", 6),
    ("0851", 2),
    ("0814", 1),
    ("0815", 1),
    ("0816", 1),
    ("0856", 1),
    ("0857", 2),
    ("0858", 1),
    ("0817", 1),
    ("0818", 1),
    ("0819", 2),
    ("0859", 1),
    ("0877", 1),
    ("0878", 2),
    ("0831", 1),
    ("0838", 1),
    ("0895", 1),
    ("0896", 1),
    ("0897", 1),
    ("0881", 1),
    ("0882", 1),
)
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0832", "0833", "0898", "0899", "0883", "0884", "0885"}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})


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
        self.minute = rng.randint(7 * 60, 19 * 60)

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
            rest = r.choice((7, 8, 8, 8, 8, 9)) if prefix.startswith("081") else r.choice((8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "m", "i", "j", "k", "ks", "is", "p"),
                (26, 14, 16, 5, 5, 9, 7, 6, 4, 5, 3),
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
            "ks": f"62 {a[1:]} {b} {c}",
            "p": f"({a}) {b} {c}",
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
        """A NIK or a KK in one of the writings people use."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t", "d"), (55, 25, 10, 10))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "d":
            return r.choice(
                (
                    "-".join(raw[k : k + 4] for k in range(0, 16, 4)),
                    f"{raw[:6]}-{raw[6:12]}-{raw[12:]}",
                )
            )
        if how == "p":  # read out in pairs
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        if how == "c":  # read out in groups with commas
            return ", ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "o":  # letters for digits
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
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        old = p["npwp15"]
        if how == "":
            how = r.choices(("d", "b", "n", "z", "s"), (45, 12, 18, 15, 10))[0]
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
        if how == "o":
            dotted = self.write_npwp(p, "d")
            pos = [k for k, ch in enumerate(dotted) if ch in "018" and k > 0]
            out = list(dotted)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
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
            how = r.choices(("p", "u", "x"), (70, 8, 22))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "u":
            return f"{local}@{host}".upper()
        if how == "x":
            how = r.choice(("a", "b", "c", "d", "e", "f", "q", "h", "k", "t", "m"))
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
        if how == "f":
            return f"{local}(keong){host}"
        if how == "q":
            return f"{local}[@]{host}"
        if how == "h":
            return f"{local} @{host}"
        if how == "k":  # the mailbox's own dots as words too
            return " [dot] ".join(local.split(".")) + " [at] " + " [dot] ".join(parts)
        if how == "t":
            return "(titik)".join(local.split(".")) + "@" + "(titik)".join(parts)
        if how == "m":
            return f"{local}(et){host}"
        if how == "n":  # broken over a line
            return r.choice(
                (
                    f"{local}@\n{host}",
                    f"{local}\n@{host}",
                    f"{local}@{parts[0]}.\n{'.'.join(parts[1:])}",
                )
            )
        if how in ("gk", "gs", "ga"):
            return p[how]
        if how == "g":
            return p[r.choice(("gk", "gs", "ga"))]
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
            if head is None and r.random() < 0.08:
                cands = [o for o in OTHER if o[0] == sex]
                _, given, family = r.choice(cands)
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
        year = r.randint(2008, 2020) if i in self.spec["K"] else r.randint(1955, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < 0.75:
            district = "5371%02d" % r.randint(1, 6)
        else:
            district = "53%s%02d" % (
                r.choice(("01", "02", "03", "04", "06", "08", "10", "13", "14", "16")),
                r.randint(1, 20),
            )
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 400)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(5, 25))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice(
                        (
                            4,
                            7,
                            8,
                            9,
                            14,
                            15,
                            24,
                            25,
                            26,
                            35,
                            36,
                            41,
                            44,
                            46,
                            54,
                            57,
                            66,
                            70,
                            73,
                            80,
                            84,
                            92,
                            93,
                            96,
                        )
                    ),
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
                f"{gl}.{fl}{r.randint(1, 99)}",
                f"{gl}{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}-{fl}",
                f"{gl}.{fl}+lapor",
                f"{fl}{gl}.{year}",
                f"{gl}{yy}{fl}",
                f"{gl[:4]}_{fl}_{r.randint(1, 9)}",
            )
        )
        host = r.choice(HOSTS)
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 140)) + r.choice(("", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor "))
        rt = self.rtrw()
        bank = r.choice(BANKS)
        p = {
            "n": full,
            "N": full.upper(),
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "mob2": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": host,
            "gk": r.choice(
                (
                    f"{gl}.{fl}@kupangkota.go.id",
                    f"{gl}{fl}@nttprov.go.id",
                    f"{gl[0]}.{fl}@kupangkota.go.id",
                )
            ),
            "gs": r.choice(
                (
                    f"{gl}.{fl}{yy}@guru.smp.belajar.id",
                    f"{gl}{fl}@guru.sd.belajar.id",
                    f"{gl}.{fl}@guru.sma.belajar.id",
                    f"{gl[0]}{fl}{yy}@guru.smk.belajar.id",
                )
            ),
            "gl": gl,
            "fl": fl,
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "ga": r.choice(
                (
                    f"{gl}.{fl}@staf.undana.ac.id",
                    f"{gl}{fl}{yy}@student.undana.ac.id",
                    f"{gl}.{fl}@pnk.ac.id",
                )
            ),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "adc": "%s Blok %s No. %d"
            % (r.choice(COMPLEX), r.choice("ABCDEFGHK"), r.randint(1, 150)),
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
                "RT %02d RW %02d" % (a, b),
                "RT %02d/%02d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "EB", "ED")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KB", "BH", "AS", "AC", "P")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = "%04d" % r.randint(1, 9999) + "01" + self.digits(6) + "5" + self.digits(2)
            return self.fresh(
                lambda: r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            )
        if bank == "BNI":
            return self.fresh(lambda: "0" + r.choice("1234567") + self.digits(8))
        if bank == "Mandiri":
            return self.fresh(lambda: "161" + r.choice(("00", "01")) + self.digits(8))
        if bank == "Bank NTT":
            return self.fresh(
                lambda: r.choice(
                    (
                        "001.01.02.%s-%d" % (self.digits(6), r.randint(0, 9)),
                        "0010102" + self.digits(7),
                    )
                )
            )
        if bank == "BCA":
            return self.fresh(lambda: "31" + self.digits(8))
        return self.fresh(lambda: "72" + self.digits(8))

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 11 * i) % (24 * 60)
        return m // 60, m % 60

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n",
            "N",
            "l",
            "g",
            "G",
            "lg",
            "f",
            "F",
            "gl",
            "fl",
            "lahir",
            "bank",
            "rek",
            "ad",
            "adr",
            "adc",
            "rt",
            "rtk",
            "pl",
        }
        if name in simple:
            return self.person(i)[name]
        if name.isupper() and len(name) > 1:  # any value in capitals: {AD1}, {EMP1}, {KEL}
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
                r.choice((1, 2, 3, 31, 53, 60, 61, 62, 66, 70, 74, 76, 83, 90, 91)),
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
            d,
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


def _nop(fl: Fill, i: int) -> str:
    r = fl.rng
    return "53.71.%03d.%03d.%03d-%04d.%d" % (
        r.randint(10, 60),
        r.randint(1, 20),
        r.randint(1, 99),
        r.randint(1, 9999),
        r.randint(0, 7),
    )


def _faktur(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(("%03d.%03d-%02d.%08d", "%03d.%03d-%02d.%08d")) % (
        r.choice((10, 20, 30, 70)),
        r.randint(0, 3),
        fl.year % 100,
        r.randint(0, 99999999),
    )


def _skp(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%05d/%s/%02d/921/%02d" % (
        r.randint(1, 99999),
        r.choice(("201", "206", "207", "211")),
        fl.year % 100 - 1,
        fl.year % 100,
    )


def _billing(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: (
            r.choice(("0", "1", "8"))
            + "%02d%02d%02d" % (fl.year % 100, fl.month, fl.day)
            + fl.digits(8)
        )
    )


def _ntpn(fl: Fill, i: int) -> str:
    r = fl.rng
    return "".join(r.choice("0123456789ABCDEF") for _ in range(16))


def _nib(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(lambda: r.choice(("91", "81", "12", "02")) + fl.digits(11))


def _idpel(fl: Fill, i: int) -> str:
    return fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8))


def _trx(fl: Fill, i: int) -> str:
    return fl.fresh(lambda: "%d%02d%02d%s" % (fl.year, fl.month, fl.day, fl.digits(8)))


def _dtks(fl: Fill, i: int) -> str:
    return fl.fresh(lambda: "5371" + fl.digits(12))


def _token(fl: Fill, i: int) -> str:
    t = fl.digits(20)
    return fl.rng.choice(
        (
            " ".join(t[k : k + 4] for k in range(0, 20, 4)),
            "-".join(t[k : k + 4] for k in range(0, 20, 4)),
        )
    )


def _date(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return fl.rng.choice(("%02d/%02d/%d", "%02d-%02d-%d", "%d/%d/%d")) % (d, fl.month, fl.year)


def _tg(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return "%d %s %d" % (d, MONTHS[fl.month - 1], fl.year)


def _tgs(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return "%d %s %d" % (d, MON3[fl.month - 1], fl.year)


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
            "%d.000" % r.choice((50, 75, 100, 150, 200, 250, 300, 350, 450, 600, 750)),
            "%d.%03d.000" % (r.randint(1, 9), r.choice((0, 250, 500, 750))),
        )
    )


def _rpb(fl: Fill, i: int) -> str:
    return "%d.%03d.%03d" % (
        fl.rng.randint(12, 980),
        fl.rng.randint(0, 999),
        fl.rng.choice((0, 0, 500)),
    )


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
    "tf": lambda fl, i: "0800-1-%03d-%03d" % (fl.rng.randint(100, 999), fl.rng.randint(100, 999)),
    # bodies' numbers
    "npwpx": _body_npwp,
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "nib": _nib,
    # look-alikes
    "nip": _nip,
    "nrp": lambda fl, i: (
        "%02d%02d%04d" % (fl.rng.randint(70, 99), fl.rng.randint(1, 12), fl.rng.randint(1, 9999))
    ),
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "nim": lambda fl, i: (
        "%02d%02d%02d%04d"
        % (
            fl.rng.randint(19, 25),
            fl.rng.randint(1, 9),
            fl.rng.randint(1, 12),
            fl.rng.randint(1, 400),
        )
    ),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "noppdb": lambda fl, i: (
        "%d-%s-%04d"
        % (fl.year, fl.rng.choice(("ZON", "AFR", "PRS", "MTS")), fl.rng.randint(1, 2999))
    ),
    "akta": lambda fl, i: (
        "5371-LT-%02d%02d%d-%04d"
        % (
            fl.rng.randint(1, 28),
            fl.rng.randint(1, 12),
            fl.rng.randint(2008, 2026),
            fl.rng.randint(1, 9999),
        )
    ),
    "ijazah": lambda fl, i: (
        "DN-24/D-%s/%02d/%07d"
        % (fl.rng.choice(("SD", "SMP")), fl.rng.randint(1, 30), fl.rng.randint(1, 9999999))
    ),
    "shm": lambda fl, i: "%05d" % fl.rng.randint(1, 30000),
    "sertif": lambda fl, i: (
        "%s%d%s" % (fl.rng.choice(("PBG-", "SLF-", "NKV-")), fl.year, fl.digits(6))
    ),
    "nop": _nop,
    "faktur": _faktur,
    "skp": _skp,
    "billing": _billing,
    "ntpn": _ntpn,
    "idpel": _idpel,
    "meter": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("14", "32", "56", "45")) + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "token": _token,
    "trx": _trx,
    "dtks": _dtks,
    "va": lambda fl, i: fl.rng.choice(("8808%s", "88810%s", "7007%s")) % fl.digits(12),
    "bva": lambda fl, i: "88888" + fl.digits(11),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24", "16")) + fl.digits(9),
    "sep": lambda fl, i: (
        "0159R001%02d%02dV%06d" % (fl.month, fl.year % 100, fl.rng.randint(1, 999999))
    ),
    "rujukan": lambda fl, i: (
        "0159%s%02d%02dP%06d"
        % (fl.rng.choice(("B0", "U0")), fl.month, fl.year % 100, fl.rng.randint(1, 999999))
    ),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d-%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "surat": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("470", "400.12", "973", "900.1", "421.3", "503")),
            fl.rng.randint(1, 999),
            fl.rng.choice(("DUKCAPIL", "BAPENDA", "DINSOS", "DISDIK", "DPMPTSP", "DINKES")),
            fl.year,
        )
    ),
    "resi": lambda fl, i: fl.rng.choice(("JP", "TKP", "SPXID0")) + fl.digits(11),
    "imei": lambda fl, i: "35" + fl.digits(13),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "nikfrag": lambda fl, i: fl.digits(4),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCD"), fl.rng.randint(1, 240)),
    "kode": lambda fl, i: fl.digits(6),
    "shortcode": lambda fl, i: fl.rng.choice(("1708", "112", "123", "165", "110")),
    # figures and places
    "tgl": _date,
    "tg": _tg,
    "tgs": _tgs,
    "jam": _jam,
    "dt": _dt,
    "rp": _rp,
    "rpb": _rpb,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "body": lambda fl, i: fl.rng.choice(BODIES),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        if key not in fl.cache:
            fl.cache[key] = fl.value(m.group(1), m.group(2))
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|perumnas|perum|kompleks|btn|\d{3}/\d{3}$)"
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


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
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
            if "@" in seg or any(c.isdigit() for c in seg) or "\n" in seg:
                bad.append(f"name chars {seg!r}")
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
        elif kind == "bank_account" and not 10 <= sum(c.isdigit() for c in seg) <= 16:
            bad.append(f"account {seg!r}")
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append(f"email {seg!r}")
        elif kind == "address" and (not ADDRESS_START.match(seg) or not seg[-1].isalnum()):
            bad.append(f"address {seg!r}")
        elif kind == "plate" and not re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}", seg):
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


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/]?\d+)*|\S+@\S+|@\w+|\S+\s\[?\(?at\)?\]?\s\S+")


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
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    spec = {"F": F, "M": M, "K": K, "fam": fam or {}}
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
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:200]}"
                )
            fl = Fill(rng, spec)
            marked = fill(template, fl)
            if upper:
                marked = marked.upper()
            text, spans, values = extract(marked)
            last = problems(text, spans, values)
            if not spans and lookalikes(text) < 2:
                last.append("a text without spans needs two look-alikes")
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    return [
        {
            "id": "d28-%04d" % k,
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
    """How a labelled number or mailbox is written, for the report."""
    if kind == "email":
        if "\n" in seg:
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]", seg):
            return "written to dodge scrapers"
        if re.search(r"\.(go|sch|ac)\.id$|belajar\.id$", seg, re.IGNORECASE):
            return "on an office's, a school's or a campus's host"
        return "upper case" if seg.isupper() else "plain"
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
    print()
    table(records, "style", STYLES)
    print()
    table(records, "theme", THEMES)
    per = Counter(s["kind"] for r in records for s in r["spans"])
    print()
    print("spans per kind:", ", ".join(f"{k} {v}" for k, v in per.most_common()))
    for kind in ("email", "nik", "kk", "npwp", "bpjs", "phone"):
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


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{3,}\d|\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
                print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= 220, len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    assert sum(len(r["spans"]) for r in records) >= FLOORS["spans"]
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("email", "nik", "phone", "npwp", "kk", "bpjs"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


def main() -> None:
    records = build()
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
# family name); {hp1} mobile in a random writing ({hpb1} one block, {hpd1} dashes, {hps1} spaces,
# {hpt1} dots, {hpm1} 4-3-rest, {hpi1}/{hpis1} +62 with separators, {hpj1} +62 in one block,
# {hpk1}/{hpks1} 62 without +, {hpp1} prefix in brackets, {hpo1} letters for digits, {hpn1} over
# a line); {hq1} a second mobile; {tr1} home landline; {nik1} NIK ({nikb1} one block, {niks1}
# fours, {nikt1} dots, {nikd1} dashes, {nikp1} pairs, {nikc1} fours with commas, {niko1} letters
# for digits, {nikn1} over a line, {nikw1} a digit too few or too many); {kk1} the family card of
# person 1 (same suffixes; a member given fam={2: 1} shares it); {npwp1} NPWP ({npwpd1} dotted,
# {npwpb1} 15 in a block, {npwpn1} the NIK, {npwpz1} 0 + the old 15, {npwps1} spaced groups,
# {npwpo1} letters for digits); {bpjs1} JKN card ({bpjsb1}, {bpjss1}, {bpjsd1}, {bpjso1}); {em1}
# mailbox ({emp1} plain, {emu1} capitals, {emx1} any dodge, {ema1} [at] [dot], {emb1} (at),
# {emc1} spaced @ and dots, {emd1} at/dot, {eme1} at/titik, {emf1} (keong), {emq1} [@], {emh1}
# space before @, {emk1} the dots as words, {emt1} (titik), {emm1} (et), {emn1} over a line;
# {emgk1} the person's own mailbox on the city's or the province's host, {emgs1} a teacher's
# belajar.id, {emga1} a campus's, {gl1}/{fl1} given and family name in lower case for a mailbox
# written into a template); {bank1}/{rek1} an account; {ad1}/{adr1}/{adc1}/{rt1} addresses, {rtk1}
# an RT/RW pair as a card writes it; {lahir1} birth date; {pl1} plate. A placeholder in
# capitals ({AD1}, {EMP1}, {KEL}) gives its value in capitals.
# Not a person's: {owa} {owab} {scam} {scamk} {bwa} mobiles, {otel} a landline, {cc} {tf};
# {npwpx} a body's NPWP, {rekb} a body's account, {nib}; look-alikes {nip} {nrp} {nisn} {nim}
# {npsn} {noppdb} {akta} {ijazah} {shm} {sertif} {nop} {faktur} {skp} {billing} {ntpn} {idpel}
# {meter} {samb} {token} {trx} {dtks} {va} {bva} {kpj} {sep} {rujukan} {tiket} {surat} {resi}
# {imei} {nikmask} {nikfrag} {antri} {kode}; figures {tgl} {tg} {tgs} {jam} {dt} {rp} {rpb}
# {num} {thn} {bln} {hari}; places {kel} {kec} {pusk} {school} {body} {jl} {jlno} {bnk}.

TEMPLATES: list[tuple] = []

# ---- sms_1708: SMS to 1708, "KOTKUPANG <keluhan>", lower case and capitals
TEMPLATES += [
    T(
        "sms_1708",
        "dukcapil",
        """
kotkupang sy [[n:{l1}]] mau tanya KTP el sy blm jadi sdh 3 bln sejak rekam. NIK [[nik:{nikb1}]] . tlg dicek dukcapil. hp [[p:{hpb1}]]
""",
    ),
    T(
        "sms_1708",
        "dukcapil",
        """
KOTKUPANG NAMA ANAK SY DI KK SALAH TULIS. NO KK [[kk:{kks1}]] NIK ANAK [[nik:{nikb2}]] MOHON DIPERBAIKI. [[n:{n1}]] [[p:{hp1}]]
""",
        K=(2,),
        fam={2: 1},
        U=True,
    ),
    T(
        "sms_1708",
        "tax_permits",
        """
kotkupang sy sdh lapor SPT tp NPWP sy [[npwp:{npwpd1}]] jadi NE (non efektif). sy mau aktifkan kembali. email sy [[e:{emp1}]] tdk terima balasan dr kpp. [[n:{lg1}]]
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
kotkupang BLT tdk masuk ke rek sy. NIK [[nik:{nik1}]], rek {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. tlp [[p:{hpd1}]]
""",
    ),
    T(
        "sms_1708",
        "health_bpjs",
        """
kotkupang kartu KIS mama sy tdk aktif pdhl PBI. no kartu [[bpjs:{bpjsb2}]] NIK [[nik:{nikb2}]]. di {pusk} disuruh bayar umum. [[n:{n1}]] wa [[p:{hpk1}]]
""",
        F=(2,),
    ),
    T(
        "sms_1708",
        "schools",
        """
KOTKUPANG PPDB ZONASI ANAK SY TDK LOLOS PDHL RUMAH DKT SEKOLAH. NO PENDAFTARAN {noppdb} NISN {nisn} NIK ANAK [[nik:{nik2}]]. ALAMAT [[a:{ad1}]] KEL {kel}. [[n:{n1}]]
""",
        K=(2,),
        U=True,
    ),
    T(
        "sms_1708",
        "utilities",
        """
kotkupang air pdam sdh 2 mgg tdk jalan di [[a:{rt1}]] kel {kel}. no samb {samb}. hub sy [[p:{hpb1}]] atau email [[e:{emx1}]]
""",
    ),
    T(
        "sms_1708",
        "scams",
        """
kotkupang sy dapat sms dr {scam} katanya dari dukcapil minta NIK dan foto KK utk update data. sy sdh kirim NIK sy [[nik:{nikb1}]]. apa itu resmi? [[n:{n1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "tax_permits",
        """
kotkupang izin PBG sy nomor {sertif} blm keluar sdh 4 bln. pemohon [[n:{n1}]] NIK [[nik:{nikt1}]] NPWP [[npwp:{npwpn1}]] hp [[p:{hpt1}]]
""",
    ),
    T(
        "sms_1708",
        "dukcapil",
        """
kotkupang mohon bantu, NIK sy tdk padan di bpjs. NIK [[nik:{nikw1}]] (mgkn sy salah ketik 1 angka) KK [[kk:{kkb1}]]. sy [[n:{g1}]], [[p:{hps1}]]
""",
    ),
    T(
        "sms_1708",
        "health_bpjs",
        """
KOTKUPANG RS MINTA BAYAR PADAHAL BPJS AKTIF. NO BPJS [[bpjs:{bpjss1}]] ATAS NAMA [[n:{n1}]]. HP [[p:{hpis1}]]. TLG DITINDAKLANJUTI
""",
        U=True,
    ),
    T(
        "sms_1708",
        "social_aid",
        """
kotkupang PKH ibu sy dipotong. nama ibu [[n:{n2}]] NIK [[nik:{nik2}]], kartu KKS tdk pernah dipegang sendiri. hub anaknya [[n:{g1}]] [[p:{hpb1}]]
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "sms_1708",
        "schools",
        """
kotkupang sy guru honor {school} blm terima insentif 5 bln. NIK [[nik:{nikb1}]], NPWP [[npwp:{npwp1}]], rek {bank1} [[b:{rek1}]]. email belajar.id sy [[e:{emgs1}]]. [[n:{n1}]]
""",
    ),
    T(
        "sms_1708",
        "scams",
        """
kotkupang ada yg telp sy dr nomor {scam} ngaku petugas BPJS, minta no kartu dan kode OTP. sy tdk kasih. no kartu sy [[bpjs:{bpjsb1}]] apa aman? [[n:{n1}]] [[p:{hpo1}]]
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG TAGIHAN PLN SY NAIK 3X LIPAT. ID PEL {idpel} ATAS NAMA [[n:{n1}]] [[a:{adr1}]]. HP/WA [[p:{hpb1}]] EMAIL [[e:{emp1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "tax_permits",
        """
kotkupang pajak motor sy [[pl:{pl1}]] sdh dibayar lewat e-samsat tp STNK blm disahkan. kode bayar {billing}. a.n. [[n:{n1}]] NIK [[nik:{nikb1}]] hp [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "dukcapil",
        """
kotkupang kapan perekaman KTP el di kel {kel}? tlp kantor lurah {otel} tdk diangkat. sy sdh antri nomor {antri} dr jam {jam}
""",
    ),
    T(
        "sms_1708",
        "tax_permits",
        """
kotkupang PBB thn {thn} NOP {nop} tagihannya double, sdh bayar kode billing {billing} tgl {tgl}. mohon dicek bapenda
""",
    ),
    T(
        "sms_1708",
        "scams",
        """
KOTKUPANG HATI2 ADA WA {scam} NGAKU DARI DINSOS MINTA FOTO KTP & KK UTK BANSOS RP {rp}. SY TDK KASIH. TLG DIUMUMKAN
""",
        U=True,
    ),
    T(
        "sms_1708",
        "utilities",
        """
kotkupang token listrik {token} gagal masuk, no meter {meter}. call center PLN 123 bilang tunggu 2x24 jam. sdh {num} jam gelap
""",
    ),
    T(
        "sms_1708",
        "health_bpjs",
        """
kotkupang antrian di {pusk} sgt lama, nomor antrian {antri} dr jam {jam} baru dipanggil jam {jam2}. no SEP {sep} tdk bisa dicetak
""",
    ),
    T(
        "sms_1708",
        "schools",
        """
kotkupang web ppdb error terus, operator sekolah bilang kirim berkas ke ppdb.kotakupang@gmail.com tp tdk dibalas. nomor daftar {noppdb}, NISN {nisn}
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
KOTKUPANG BLT KAPAN CAIR? DI KEL {kel} SDH {num} KK BLM TERIMA. NOMOR PENGADUAN DINSOS {owa} TDK AKTIF SEJAK {tgl}
""",
        U=True,
    ),
    T(
        "sms_1708",
        "tax_permits",
        """
kotkupang sy ditagih pajak reklame toko padahal sdh tutup. NPWP badan toko {npwpx}, SKPD no {skp}. mohon dihapus
""",
    ),
]

# ---- wa_chat: WhatsApp chats exported or forwarded
TEMPLATES += [
    T(
        "wa_chat",
        "dukcapil",
        """
[{dt1}] [[n:{n1}]]: Kaka, sy mau urus KK baru, pisah dari KK orang tua
[{dt2}] Admin Dukcapil: Silakan kirim NIK, No KK lama dan nomor HP aktif ya
[{dt3}] [[n:{n1}]]: NIK [[nik:{nik1}]]
KK lama [[kk:{kk2}]]
HP [[p:{hp1}]]
[{dt4}] Admin Dukcapil: Baik, nanti dihubungi petugas. Untuk info lain WA center {owa}
""",
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "health_bpjs",
        """
[{dt1}] [[n:{g1}]]: Bu bidan, kartu BPJS mama su aktif ko?
[{dt2}] bidan [[n:{g2}]]: Coba kirim nomornya
[{dt3}] [[n:{g1}]]: [[bpjs:{bpjsb3}]] atas nama [[n:{n3}]]
[{dt4}] bidan [[n:{g2}]]: Masih nonaktif, ada tunggakan. Bayar lewat VA {bva} baru aktif
""",
        F=(2, 3),
    ),
    T(
        "wa_chat",
        "tax_permits",
        """
[{dt1}] [[n:{n1}]]: Om, NPWP sy yg lama [[npwp:{npwpd1}]] masih bisa dipakai lapor SPT ko?
[{dt2}] [[n:{n2}]]: Sekarang NPWP pakai NIK, jadi NPWP ale yang baru [[npwp:{npwpn1}]]. Kalau bingung tanya Kring Pajak 1500 200
[{dt3}] [[n:{n1}]]: Oke makasih om. Nanti sy kirim bukti lapor dari [[e:{emp1}]]
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt1}] [[n:{n1}]]: Ini data mama utk bansos lansia ee
Nama: [[n:{N2}]]
NIK: [[nik:{nik2}]]
No KK: [[kk:{kk2}]]
Alamat: [[a:{adr2}]]
[{dt2}] [[n:{n3}]]: Sip, nanti beta antar ke kantor lurah. Jang sebar di grup besar ee
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "scams",
        """
[{dt1}] [[n:{n1}]]: Bapa mama hati-hati, ada nomor {scam} kirim pesan: "Selamat! NIK anda terpilih penerima BPNT Rp {rp}. Klik bit.ly/bpnt-kupang"
[{dt2}] [[n:{n2}]]: Iya itu tipu-tipu. Sa pung tetangga su klik, langsung WA dia kena bajak
""",
    ),
    T(
        "wa_chat",
        "schools",
        """
[{dt1}] Wali Kelas 7B: Bapa/mama, data anak yang belum lengkap NISN dan NIK. Kirim japri ke sa
[{dt2}] [[n:{n1}]]: Ibu, ini data anak sa [[n:{n2}]]: NISN {nisn}, NIK [[nik:{nik2}]]. Kalau ada kurang telpon [[p:{hp1}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{dt1}] [[n:{g1}]]: Air PDAM mati lagi di [[a:{rt1}]]. Sapa yang su lapor?
[{dt2}] [[n:{g2}]]: Su lapor ke WA pengaduan PDAM {owa}, tapi belum dibalas
[{dt3}] [[n:{g1}]]: Beta kirim email dari [[e:{emp1}]] ke pengaduan@pdamkotakupang.co.id sa, lebih cepat
""",
    ),
    T(
        "wa_chat",
        "tax_permits",
        """
[{dt1}] [[n:{n1}]]: Kak, NIB usaha kios sa su terbit {nib}, tapi di OSS NPWP pribadi sa [[npwp:{npwpz1}]] sonde muncul
[{dt2}] Helpdesk DPMPTSP: Mohon kirim ke email dpmptsp@kupangkota.go.id ya, lampirkan KTP dan NPWP
[{dt3}] [[n:{n1}]]: Su kirim kak, dari [[e:{emp1}]]
""",
    ),
    T(
        "wa_chat",
        "health_bpjs",
        """
Dari: [[n:{n1}]] ([[p:{hp1}]])
Diteruskan: Info posyandu {hari} besok di Posyandu Melati, jam {jam}. Bawa buku KIA dan kartu BPJS/KIS. Info lanjut hubungi {pusk} {otel}
""",
    ),
    T(
        "wa_chat",
        "dukcapil",
        """
[{dt1}] [[n:{n1}]]: Pak RT, sa pung KTP hilang di bemo. NIK sa [[nik:{nikn1}]]
[{dt2}] Pak RT: Bikin surat kehilangan di polsek dulu, baru ke dukcapil bawa KK
[{dt3}] [[n:{n1}]]: KK sa [[kk:{kkb1}]], nanti sa foto kirim
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt1}] [[n:{n1}]]: Dana duka dari kelurahan su masuk ke rek sa {bank1} [[b:{rek1}]], terima kasih banyak
[{dt2}] Majelis Jemaat: Puji Tuhan. Mohon kirim NIK dan No KK almarhum untuk laporan
[{dt3}] [[n:{n1}]]: NIK bapa [[nik:{nik2}]], KK [[kk:{kk2}]]
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "scams",
        """
[{dt1}] [[n:{n1}]]: Ada yang WA sa dari [[p:{hp2}]], mengaku namanya [[n:{n2}]], teman lama dari Soe. Minta pinjam uang transfer ke {bank2} [[b:{rek2}]]. Hati-hati e
[{dt2}] [[n:{n3}]]: Sama, ke sa juga. Su blokir
""",
    ),
    T(
        "wa_chat",
        "health_bpjs",
        """
[{dt1}] [[n:{n1}]]: Kak, tolong cek BPJS mandiri sa nunggak berapa. No kartu [[bpjs:{bpjsd1}]]
[{dt2}] [[n:{n2}]]: Tunggakan Rp {rp}, bayar lewat VA {bva} ee. Habis bayar kirim bukti ke [[e:{emx2}]]
""",
    ),
    T(
        "wa_chat",
        "dukcapil",
        """
[{dt1}] [[n:{n1}]]: Kalau mau urus akta anak, hubungi sa pung ipar [[n:{n2}]] di wa.me/[[p:{hpk2}]], dia pegawai dukcapil. Jang lewat calo ee
[{dt2}] [[n:{n3}]]: Makasih kaka, nanti sa chat
""",
    ),
    T(
        "wa_chat",
        "scams",
        """
[{dt1}] [[n:{n1}]]: Ini screenshot dari nomor yang ngaku petugas Dukcapil: IMG-{thn}0412-WA0012.jpg. Dia minta NIK dan nama ibu kandung. Nomornya {scam}
[{dt2}] Admin Grup Warga: Jangan dilayani. Dukcapil tidak pernah minta data lewat WA pribadi
""",
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{dt1}] PLN UP3 Kupang: Pemadaman bergilir {hari} {tg} jam {jam}-{jam2} wilayah {kel}. Info: PLN 123 / WA {owa}
[{dt2}] Admin Grup Warga: Bapa mama siapkan air dan lampu ee
""",
    ),
    T(
        "wa_chat",
        "scams",
        """
[{dt1}] Admin Grup Warga: Ada nomor {scam} kirim pesan "Rekening BRI Anda diblokir, hubungi CS kami {scam2}". Jangan dilayani ee
[{dt2}] Admin Grup Warga: Call center BRI yang benar cuma 1500017
""",
    ),
    T(
        "wa_chat",
        "schools",
        """
[{dt1}] Tata Usaha {school}: Daftar ulang siswa baru s/d {tg}. Upload berkas ke tu.sekolah.kupang@gmail.com atau WA {owa}. NPSN sekolah {npsn}
""",
    ),
    T(
        "wa_chat",
        "health_bpjs",
        """
[{dt1}] Info Dinkes Kota: Imunisasi anak di {pusk} {hari}, jam {jam}. Daftar lewat WA {owa} (petugas jaga). Bawa buku KIA. Poster: poster_imunisasi@2x.png
""",
    ),
    T(
        "wa_chat",
        "dukcapil",
        """
[{dt1}] Dukcapil Kota Kupang: Layanan jemput bola KTP-el di Kel. {kel} tgl {tgl}. Syarat fotokopi KK. Info {otel} / dukcapil@kupangkota.go.id
""",
    ),
    T(
        "wa_chat",
        "tax_permits",
        """
[{dt1}] Bapenda Kota Kupang: Batas bayar PBB {tg}. Cek tagihan di e-PBB, masukkan NOP contoh {nop}. Tanya lewat WA {owa} atau bapenda@kupangkota.go.id
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt1}] grup warga: Penyaluran BPNT tahap {num} di Kantor Pos {jl} tgl {tgl}. Bawa KTP dan KKS. Info WA pendamping PKH {owa}
""",
    ),
    T(
        "wa_chat",
        "scams",
        """
[{dt1}] {scamk}: Yth bapak/ibu, kami dari BPJS Kesehatan. Kartu anda akan dinonaktifkan, segera bayar Rp {rp} ke VA {va}
[{dt2}] [[n:{n1}]]: Ini sapa ko? Sa pung BPJS aktif
""",
    ),
]

# ---- lapor_web: SP4N-LAPOR! web reports, their fields and the offices' answers
TEMPLATES += [
    T(
        "lapor_web",
        "dukcapil",
        """
Judul Laporan: Data KK tidak sesuai
Isi Laporan: Yth. Dukcapil Kota Kupang, dalam kartu keluarga nomor [[kk:{kkb1}]] tanggal lahir saya salah, NIK saya [[nik:{nik2}]]. Sudah 2 kali ke loket tapi disuruh tunggu. Mohon ditindaklanjuti.
Pelapor: [[n:{n2}]]
Email: [[e:{emp2}]]
HP: [[p:{hp2}]]
Kanal: Website LAPOR!
Nomor Tiket: {tiket}
""",
        fam={2: 1},
    ),
    T(
        "lapor_web",
        "tax_permits",
        """
Judul Laporan: NPWP istri digabung tanpa persetujuan
Isi Laporan: Saya [[n:{n1}]], NPWP [[npwp:{npwpd1}]]. Tahun lalu NPWP istri saya [[n:{n2}]] ([[npwp:{npwpd2}]]) dihapus dan digabung ke NPWP saya tanpa permohonan. Mohon penjelasan KPP Pratama Kupang. Balasan ke [[e:{emp1}]].
Nomor Tiket: {tiket}
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "lapor_web",
        "social_aid",
        """
Judul Laporan: Tidak masuk DTKS padahal tidak mampu
Isi Laporan: Kami keluarga [[n:{f1}]] di [[a:{adr1}]], Kel. {kel}. No KK [[kk:{kk1}]]. Sudah diusulkan lewat kelurahan sejak {thn} tapi tidak pernah masuk data. Hubungi saya di [[p:{hp1}]] atau [[e:{emx1}]].
Kategori: Sosial
""",
    ),
    T(
        "lapor_web",
        "health_bpjs",
        """
Judul Laporan: Ditolak IGD karena BPJS nonaktif
Isi Laporan: Anak saya [[n:{g2}]] ditolak di IGD karena kartu JKN [[bpjs:{bpjs2}]] katanya nonaktif, padahal PBI. NIK anak [[nik:{nik2}]]. Kami terpaksa bayar umum Rp {rpb}.
Nama: [[n:{n1}]]
Email: [[e:{emp1}]]
Telepon: [[p:{hp1}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "lapor_web",
        "schools",
        """
Judul Laporan: Dana PIP dipotong sekolah
Isi Laporan: Dana PIP anak saya [[n:{n2}]] (NISN {nisn}) dipotong Rp {rp} oleh pihak {school}. Buku rekening {bank2} [[b:{rek2}]] ditahan wali kelas.
Pelapor: [[n:{n1}]] | HP [[p:{hpd1}]] | Email [[e:{emu1}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "lapor_web",
        "utilities",
        """
Judul Laporan: Meteran listrik dipindah tanpa pemberitahuan
Isi Laporan: Petugas vendor PLN memindahkan meteran di rumah saya [[a:{ad1}]] tanpa surat. ID pelanggan {idpel}. Sudah telpon PLN 123 dan email ke pln123@pln.co.id.
Nama: [[n:{n1}]]
No. HP/WA: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_web",
        "scams",
        """
Judul Laporan: Penipuan mengatasnamakan pegawai Dinas Sosial
Isi Laporan: Saya ditelpon nomor [[p:{hp2}]] a.n. [[n:{n2}]] yang mengaku pegawai Dinsos, minta transfer Rp {rp} ke rekening {bank2} [[b:{rek2}]] supaya nama saya masuk penerima BLT. Saya sudah transfer. NIK saya [[nik:{nik1}]] juga sudah saya berikan.
Pelapor: [[n:{n1}]], [[p:{hp1}]]
""",
    ),
    T(
        "lapor_web",
        "dukcapil",
        """
Isi Laporan: Sudah 3 kali saya kirim berkas pindah datang ke dukcapil.kotakupang@gmail.com tapi tidak ada balasan. Mohon balas ke email saya [[e:{emn1}]]. NIK [[nik:{nik1}]]
Nama: [[n:{n1}]]
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor_web",
        "tax_permits",
        """
Judul Laporan: BPHTB tidak tervalidasi
Isi Laporan: Pembelian tanah NOP {nop} atas nama pembeli [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npwpn1}]]. Kode billing BPHTB {billing} sudah dibayar tapi belum tervalidasi. Notaris [[n:{n2}]] bilang tanya Bapenda.
Kontak: [[p:{hp1}]] / [[e:{emp1}]]
""",
    ),
    T(
        "lapor_web",
        "health_bpjs",
        """
Formulir Pengaduan JKN
Nama Peserta : [[n:{N1}]]
No. Kartu JKN : [[bpjs:{bpjs1}]]
NIK : [[nik:{nikb1}]]
Faskes Tingkat 1 : {pusk}
No. HP : [[p:{hp1}]]
Email : [[e:{emp1}]]
Keluhan : Pindah faskes sudah diajukan sejak {tg} belum berubah. No. tiket care center {tiket}
""",
    ),
    T(
        "lapor_web",
        "social_aid",
        """
Isi Laporan: Nama ibu saya [[n:{n2}]] hilang dari daftar PKH tahap ini. NIK [[nik:{nikb2}]], KK [[kk:{kkb2}]]. Pendamping bilang datanya ganda. Mohon dicek.
Pelapor: [[n:{n1}]] (HP [[p:{hp1}]], telp rumah [[p:{tr1}]])
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "lapor_web",
        "schools",
        """
Isi Laporan: Saya guru di SMAN 1 Kupang, tunjangan sertifikasi triwulan lalu belum cair. NIP {nip}, NIK [[nik:{nik1}]] sudah valid di Dapodik. Email dinas saya [[e:{gl1}.{fl1}@sman1kupang.sch.id]].
Pelapor: [[n:{n1}]], S.Pd.
""",
    ),
    T(
        "lapor_web",
        "utilities",
        """
Isi Laporan: Tagihan PDAM nomor sambungan {samb} membengkak jadi Rp {rp}. Foto meter sudah saya kirim ke pengaduan@pdamkotakupang.co.id.
Kontak pelapor: <a href="mailto:[[e:{emp1}]]">[[e:{emp1}]]</a>
Nama: [[n:{n1}]]
""",
    ),
    T(
        "lapor_web",
        "scams",
        """
Isi Laporan: Saya terima email dari bansos.kemensos.ntt@gmail.com yang minta data NIK dan KK untuk bantuan. Apakah itu resmi? Email saya yang dikirimi: [[e:{emp1}]]. Saya belum balas.
Nama: [[n:{n1}]]
""",
    ),
    T(
        "lapor_web",
        "dukcapil",
        """
Judul Laporan: Foto KTP tersebar
Isi Laporan: Foto KTP saya dengan nama file KTP_[[nik:{nikb1}]].jpg beredar di grup FB jual beli. Saya tidak pernah unggah. Mohon diusut.
Pelapor: [[n:{n1}]] / [[e:{emx1}]]
""",
    ),
    T(
        "lapor_web",
        "dukcapil",
        """
Tanggapan Dinas Dukcapil Kota Kupang: Terima kasih atas laporan nomor {tiket}. Data pelapor sudah dimutakhirkan sesuai surat {surat}. Konsultasi hubungi {otel} (jam kerja) atau dukcapil@kupangkota.go.id.
""",
    ),
    T(
        "lapor_web",
        "tax_permits",
        """
Tanggapan KPP Pratama Kupang: Untuk aktivasi kembali NPWP silakan datang ke TPT atau hubungi Kring Pajak 1500 200, email informasi@pajak.go.id. Nomor tiket {tiket}, surat {surat}.
""",
    ),
    T(
        "lapor_web",
        "utilities",
        """
Tanggapan PDAM: Gangguan pipa transmisi di {jl} sudah diperbaiki tanggal {tgl}. Laporan {tiket} ditutup. Hotline PDAM {otel}, WA {owa}.
""",
    ),
    T(
        "lapor_web",
        "health_bpjs",
        """
Tanggapan BPJS Kesehatan Cabang Kupang: Peserta dapat menghubungi Care Center 165 atau PANDAWA {owa}, email kc.kupang@bpjs-kesehatan.go.id. Nomor tiket {tiket}.
""",
    ),
    T(
        "lapor_web",
        "schools",
        """
Judul Laporan: Website PPDB tidak bisa kirim email verifikasi
Isi Laporan: Saat daftar muncul pesan "SMTP error: cannot send to root@localhost". Nomor pendaftaran {noppdb}. Mohon diperbaiki sebelum {tg}.
Pelapor: Dirahasiakan
""",
    ),
    T(
        "lapor_web",
        "scams",
        """
Isi Laporan: Ada akun FB "Dinsos Kota Kupang Official" minta warga kirim data ke bansos.kotakupang.resmi@gmail.com dan WA {scam}. Mohon diklarifikasi. Nomor tiket {tiket}
Pelapor: Dirahasiakan
""",
    ),
    T(
        "lapor_web",
        "social_aid",
        """
Status Laporan {tiket}: Diteruskan ke Dinas Sosial Kota Kupang (disposisi {surat}, {tgl}).
Notifikasi dikirim oleh noreply@lapor.go.id
""",
    ),
    T(
        "lapor_web",
        "tax_permits",
        """
Isi Laporan: Izin usaha CV kami (NIB {nib}, NPWP badan {npwpx}) tertahan di OSS sejak {tg}. Mohon DPMPTSP memeriksa.
Pelapor: Dirahasiakan
""",
    ),
]

# ---- email_thread: mails with headers, signatures and quoted replies
TEMPLATES += [
    T(
        "email_thread",
        "dukcapil",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>
Subject: Permohonan perbaikan akta

Selamat pagi, saya mohon perbaikan nama di akta kelahiran anak saya. NIK anak [[nik:{nik2}]], No. KK [[kk:{kk1}]]. Nomor akta {akta}.

Salam,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "email_thread",
        "tax_permits",
        """
Terima kasih Ibu. Berikut NPWP saya: [[npwp:{npwpd1}]]
Salam, [[n:{n1}]]

Pada {hari}, {tg} pukul {jam}, [[n:{n2}]] <[[e:{emgk2}]]> menulis:
> Mohon kirim NPWP Bapak untuk bukti potong honor narasumber.
> Salam, [[n:{n2}]] - Bagian Keuangan Bappeda
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "email_thread",
        "scams",
        """
From: Sekretariat Unit Pengaduan <pengaduan@kupangkota.go.id>
To: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
Subject: Re: Penipuan atas nama Dinas Sosial

Bapak/Ibu, alamat bansos.dinsos.ntt@gmail.com bukan milik Dinas Sosial. Nomor {scam} juga bukan nomor resmi. Laporan kami teruskan ke Polresta Kupang Kota.
""",
    ),
    T(
        "email_thread",
        "health_bpjs",
        """
From: [[n:{n1}]] <[[e:{emgk1}]]>
To: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Kartu KIS ayah tidak aktif

Nomor kartu ayah saya [[bpjs:{bpjs2}]] (a.n. [[n:{n2}]], NIK [[nik:{nik2}]]) tidak aktif sejak {bln}. Mohon balas ke email pribadi saya [[e:{emx1}]], email kantor sering penuh.
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "email_thread",
        "schools",
        """
From: [[n:{n1}]] <[[e:{gl1}{fl1}@smpn2kupang.sch.id]]>
To: [[n:{n2}]] <[[e:{emp2}]]>
Subject: Re: Nilai rapor anak

Selamat siang Ibu [[n:{g2}]], nilai [[n:{g3}]] sudah diperbaiki di e-rapor. Kalau masih ada masalah, WA saya di [[p:{hp1}]].
Salam, [[n:{n1}]]
Wali Kelas VIII-C SMPN 2 Kupang
""",
        F=(2,),
        K=(3,),
        fam={3: 2},
    ),
    T(
        "email_thread",
        "utilities",
        """
To: pengaduan@pdamkotakupang.co.id
Cc: [[e:{emp2}]]
From: [[e:{emu1}]]
Subject: AIR TIDAK MENGALIR 2 MINGGU

Nomor sambungan {samb}, alamat [[a:{adr1}]]. Kami sekeluarga sudah beli air tangki Rp {rp} per minggu. Mohon perhatian.
[[n:{n1}]]
""",
    ),
    T(
        "email_thread",
        "tax_permits",
        """
Subject: Dokumen penawaran paket rehab drainase
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Pokja Pemilihan UKPBJ <ukpbj@kupangkota.go.id>

Bersama ini kami kirim dokumen penawaran {body}:
- NIB {nib}
- NPWP perusahaan {npwpx}
- KTP direktur a.n. [[n:{n1}]], NIK [[nik:{nik1}]]
- NPWP direktur [[npwp:{npwpd1}]]
Lampiran: penawaran_final@rev2.pdf
Hormat kami, [[n:{n1}]] (Direktur)
""",
    ),
    T(
        "email_thread",
        "social_aid",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
To: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Subject: Bantuan disabilitas untuk adik

Adik saya [[n:{g2}]] penyandang disabilitas, NIK [[nik:{nik2}]], belum pernah dapat bantuan. KK kami [[kk:{kk1}]].
--
[[n:{n1}]] | [[p:{hpi1}]] | [[e:{emp1}]]
""",
        fam={2: 1},
    ),
    T(
        "email_thread",
        "dukcapil",
        """
Baik Pak, saya datang {hari}. Terima kasih.
[[n:{n1}]]

On {tgs}, at {jam}, [[n:{n2}]] <[[e:{emgk2}]]> wrote:
> Ibu [[n:{g1}]], KTP-el Ibu sudah dicetak. Silakan ambil di loket 3, tunjukkan NIK {nikmask}.
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "email_thread",
        "health_bpjs",
        """
Kepada Yth. Direktur RSUD,
Saya keluarga pasien [[n:{n2}]] (No. RM {kode}, SEP {sep}, kartu JKN [[bpjs:{bpjs2}]]). Obat pasien tidak tersedia dan kami disuruh beli di luar. Jawaban mohon dikirim ke <mailto:[[e:{emp1}]]>.
[[n:{n1}]]
""",
    ),
    T(
        "email_thread",
        "schools",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: ppdb.kotakupang@gmail.com
Subject: Salah input NIK anak

Saat daftar PPDB saya salah ketik. NIK yang terinput [[nik:{nikw2}]], yang benar [[nik:{nikb2}]]. Nomor pendaftaran {noppdb}.
Terima kasih, [[n:{n1}]] ([[p:{hp1}]])
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "email_thread",
        "scams",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pengaduan@kupangkota.go.id
Subject: Fwd: Pengembalian kelebihan pajak

Saya terima email ini, apakah resmi? Mereka minta NPWP dan nomor rekening. NPWP saya [[npwp:{npwpd1}]] belum saya kirim.
---------- Forwarded message ---------
From: Direktorat Jenderal Pajak <refund.djp.kupang@gmail.com>
Anda berhak restitusi Rp {rp}. Kirim data ke WA {scam}.
""",
    ),
    T(
        "email_thread",
        "tax_permits",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: informasi@pajak.go.id
Subject: Lupa EFIN

Mohon bantu reset EFIN. NPWP [[npwp:{npwpz1}]], NIK [[nik:{nik1}]]. Kirim EFIN baru ke email
[[e:{emn1}]]
""",
    ),
    T(
        "email_thread",
        "dukcapil",
        """
To: [[n:{n1}]] <[[e:{emp1}]]>, [[n:{n2}]] <[[e:{emp2}]]>, Humas Pemkot Kupang <humas@kupangkota.go.id>
Subject: Undangan klarifikasi data ganda

Yth. Bapak/Ibu, data NIK [[nik:{nik1}]] dan [[nik:{nik2}]] terdeteksi ganda. Mohon hadir {hari} {tg} jam {jam} di Kantor Dukcapil, {jlno}.
Salam, Bidang PIAK
""",
    ),
    T(
        "email_thread",
        "utilities",
        """
From: PLN UP3 Kupang <up3kupang@pln.co.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Tanggapan pengaduan {tiket}

Yth. Bapak [[n:{n1}]], pengaduan tagihan ID pelanggan {idpel} di [[a:{ad1}]] sudah kami periksa. Untuk pertanyaan lain hubungi PLN 123.
""",
        M=(1,),
    ),
    T(
        "email_thread",
        "social_aid",
        """
From: [[n:{n1}]] <[[e:{emx1}]]>
Subject: data untuk bantuan RTLH

Maaf saya tulis email begini supaya tidak kena spam. Data rumah: [[a:{adr1}]], NIK [[nik:{nik1}]], KK [[kk:{kk1}]]. HP [[p:{hp1}]].
""",
    ),
    T(
        "email_thread",
        "tax_permits",
        """
From: KPP Pratama Kupang <kpp921@pajak.go.id>
To: bendahara.disdik@kupangkota.go.id
Subject: Konfirmasi setoran PPh

Setoran PPh 21 atas NPWP bendahara {npwpx} dengan kode billing {billing} telah diterima, NTPN {ntpn}. Informasi: Kring Pajak 1500 200.
""",
    ),
    T(
        "email_thread",
        "dukcapil",
        """
From: noreply@lapor.go.id
Subject: Status laporan {tiket}

Laporan Anda telah diteruskan ke Dinas Dukcapil Kota Kupang pada {tgl}. Jangan membalas email ini. Berhenti berlangganan: https://lapor.go.id/notif?id={kode}
""",
    ),
    T(
        "email_thread",
        "schools",
        """
From: Operator Dapodik <operator.smpn5kupang@gmail.com>
To: guru-honor-kupang@googlegroups.com
Subject: Rekap NUPTK

Terlampir rekap_nuptk@v2.xlsx. NPSN {npsn}. Yang belum punya NUPTK hubungi tata usaha {otel}.
""",
    ),
    T(
        "email_thread",
        "schools",
        """
From: Camat Maulafa <camat.maulafa@kupangkota.go.id>
To: lurah.oesapabarat@gmail.com; rt12.oebufu@gmail.com; helpdesk.ppdb@kupangkota.go.id
Cc: osis.smpn13kupang@gmail.com, poktan.sumbermakmur@gmail.com
Subject: Rapat sosialisasi PPDB zonasi

Rapat {hari} {tg} jam {jam} di aula kecamatan. Dasar surat {surat}. Konfirmasi ke sekretariat {otel}.
""",
    ),
    T(
        "email_thread",
        "utilities",
        """
From: PDAM Tirta Lontar <info@pdamkotakupang.co.id>
Subject: Tagihan air periode {bln} {thn}

Nomor sambungan {samb}. Total Rp {rp}. Bayar melalui VA {va} sebelum {tg}. Hotline {otel}.
""",
    ),
    T(
        "email_thread",
        "health_bpjs",
        """
From: BPJS Kesehatan <noreply@bpjs-kesehatan.go.id>
Subject: Tagihan iuran

Iuran bulan {bln} dapat dibayar melalui VA {bva}. Informasi Care Center 165 atau cs@bpjs-kesehatan.go.id.
""",
    ),
    T(
        "email_thread",
        "scams",
        """
From: Kemensos RI <bansos.kemensos.ntt@gmail.com>
Subject: PENCAIRAN BANSOS TAHAP {num}

Selamat, NIK Anda terdaftar. Login di https://warga:rahasia@portal-bansos.site/klaim lalu hubungi {scam}. Admin: admin@example.com
""",
    ),
    T(
        "email_thread",
        "tax_permits",
        """
From: Tim TIK Diskominfo <tik@kupangkota.go.id>
To: vendor-epbb@googlegroups.com
Subject: Akses repositori e-PBB

Clone dari git@github.com:diskominfo-kupang/e-pbb.git. Akun uji user@example.com, NOP uji {nop}. Server staging {kode}.
""",
    ),
]

# ---- call_note: call-centre notes, logs and calls written out
TEMPLATES += [
    T(
        "call_note",
        "dukcapil",
        """
Catatan call center 1708, {tg} {jam}
Penelepon: [[n:{n1}]], warga [[a:{rt1}]] Kel. {kel}
Keluhan: KIA anak belum jadi. NIK anak [[nik:{nik2}]], No. KK [[kk:{kk1}]]
Kontak balik: [[p:{hp1}]]
Tindak lanjut: diteruskan ke Dukcapil
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "call_note",
        "health_bpjs",
        """
Petugas: Selamat pagi, Unit Pengaduan Kasih, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Sa mau tanya BPJS mama sa.
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjsb2}]].
Petugas: Atas nama?
Penelepon: [[n:{n2}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]].
""",
        F=(2,),
    ),
    T(
        "call_note",
        "dukcapil",
        """
Petugas: NIK Bapak?
Pelapor: [[nik:{nikw1}]].
Petugas: Nama lengkap?
Pelapor: [[n:{n1}]].
Petugas: Keluhannya?
Pelapor: NIK saya tidak bisa dipakai daftar BPJS, katanya tidak ditemukan.
Petugas: Kami cek ke Dukcapil. Nomor HP?
Pelapor: [[p:{hps1}]]
""",
        M=(1,),
    ),
    T(
        "call_note",
        "tax_permits",
        """
Catatan telepon Bapenda {tg}
Penelepon [[n:{n1}]] ([[p:{hp1}]]) tanya tunggakan PBB NOP {nop}. Menyebut NPWP pribadinya [[npwp:{npwpd1}]] sudah terdaftar sebagai wajib pajak daerah. Diminta kirim bukti ke bapenda@kupangkota.go.id.
""",
    ),
    T(
        "call_note",
        "social_aid",
        """
Log pengaduan Dinsos {tgl}
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | BPNT tidak masuk, NIK [[nik:{nik1}]]
{jam2} | Komite Sekolah {school} | {owa} | tanya jadwal PIP
{jam3} | [[n:{n2}]] | [[p:{hpk2}]] | kartu KKS rusak, KK [[kk:{kks2}]]
""",
    ),
    T(
        "call_note",
        "health_bpjs",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{tr1}]], telp rumah) melaporkan ambulans {pusk} tidak datang. Pasien [[n:{n2}]], JKN [[bpjs:{bpjs2}]]. Diteruskan ke 112.
""",
        fam={2: 1},
    ),
    T(
        "call_note",
        "utilities",
        """
Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: Atas nama?
Penelepon: [[n:{n1}]], alamat [[a:{ad1}]].
Petugas: Email untuk kirim bukti?
Penelepon: [[e:{emd1}]]
""",
    ),
    T(
        "call_note",
        "scams",
        """
Catatan: penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor ditelpon {scam} yang mengaku petugas pajak, minta NPWP dan NIK. Penelepon sempat menyebut NIK [[nik:{nik1}]]. Disarankan lapor ke Polresta.
""",
    ),
    T(
        "call_note",
        "schools",
        """
Catatan {tg}: Ibu [[n:{n1}]] (HP [[p:{hp1}]], email [[e:{eme1}]]) mengadu anaknya [[n:{g2}]] tidak dapat KIP. NIK anak [[nik:{nikc2}]]; No KK [[kk:{kkc1}]].
""",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "call_note",
        "dukcapil",
        """
Petugas: Dukcapil, selamat siang. Bisa sebut NIK?
Penelepon: [[nik:{nikp1}]]
Petugas: Kartu keluarganya?
Penelepon: [[kk:{kkp1}]]
Petugas: Nama di KTP?
Penelepon: [[n:{n1}]]
Petugas: Nanti kami kirim ke email?
Penelepon: [[e:{eme1}]]
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Rekap telepon PLN {tg}
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | listrik padam di [[a:{rt1}]]
{jam2} | PLN ULP Kupang | {otel} | konfirmasi pemadaman
{jam3} | [[n:{n2}]] | [[p:{hp2}]] | tiang miring depan rumah [[a:{ad2}]]
""",
    ),
    T(
        "call_note",
        "tax_permits",
        """
Catatan layanan PTSP {tg}: pemohon [[n:{n1}]] menanyakan PBG {sertif}. NIB {nib}, NPWP [[npwp:{npwpn1}]] (pakai NIK). Kontak [[p:{hp1}]], [[e:{emp1}]].
""",
    ),
    T(
        "call_note",
        "social_aid",
        """
{tg}, {jam}. Penelepon: [[n:{n1}]], lansia, warga [[a:{rt1}]]. Bantuan ATENSI belum diterima. NIK [[nik:{nikb1}]]. Anaknya [[n:{g2}]] bisa dihubungi di [[p:{hp2}]].
""",
        fam={2: 1},
    ),
    T(
        "call_note",
        "health_bpjs",
        """
Catatan call center: penelepon [[n:{n1}]] melapor istrinya [[n:{n2}]] tidak bisa berobat karena BPJS mandiri menunggak. No kartu [[bpjs:{bpjsd2}]]. Telepon balik ke [[p:{hp1}]].
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "call_note",
        "scams",
        """
Penelepon [[n:{n1}]] melapor: ada yang telpon pakai nomor [[p:{hp2}]], dia bilang namanya [[n:{n2}]] dari kampung yang sama, pinjam uang Rp {rp} ke rek {bank2} [[b:{rek2}]]. Kontak pelapor [[p:{hpb1}]].
""",
    ),
    T(
        "call_note",
        "scams",
        """
Catatan {tg}: penelepon [[n:{n1}]] ([[p:{hp1}]]) jual motor, nopol [[pl:{pl1}]], ke pembeli yang kirim bukti transfer palsu. Pembeli pakai nomor [[p:{hp2}]], kenalkan diri sebagai [[n:{n2}]], KTP yang dikirim NIK [[nik:{nik2}]]. Diteruskan ke Polresta.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Rekap kanal {tg}: Telepon {otel}: {num1} laporan; WA {owa}: {num2} laporan; SMS 1708: {num3} laporan.
""",
    ),
    T(
        "call_note",
        "scams",
        """
Penelepon tidak mau sebut nama, melapor nomor {scam} mengaku dari Bank NTT minta kode OTP. Nomor itu sudah dilaporkan ke aduannomor. Tiket {tiket}.
""",
    ),
    T(
        "call_note",
        "health_bpjs",
        """
Petugas: Nomor antrean?
Penelepon: {antri}.
Petugas: Nomor SEP?
Penelepon: {sep}.
Petugas: Baik, kami konfirmasi ke RS. Bisa juga hubungi Care Center 165.
""",
    ),
    T(
        "call_note",
        "dukcapil",
        """
Petugas memberi informasi: layanan Dukcapil Senin-Jumat 08.00-15.00, WA center {owa}, telp {otel}. Penelepon tidak sebut nama. Durasi {jam}.
""",
    ),
    T(
        "call_note",
        "tax_permits",
        """
Petugas: Kode billing?
Penelepon: {billing}.
Petugas: NTPN?
Penelepon: {ntpn}.
Petugas: Sudah masuk tanggal {tgl}, silakan cetak ulang di loket.
""",
    ),
    T(
        "call_note",
        "schools",
        """
Petugas: NPSN sekolahnya?
Penelepon: {npsn}.
Petugas: Nomor pendaftaran?
Penelepon: {noppdb}.
Tindak lanjut: diteruskan ke Disdik, telp {otel}.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Petugas: ID pelanggan PLN?
Penelepon: {idpel}.
Petugas: Nomor meter?
Penelepon: {meter}.
Petugas: Gangguan sudah tercatat, petugas menuju lokasi.
""",
    ),
    T(
        "call_note",
        "social_aid",
        """
Petugas: ID DTKS-nya ada?
Penelepon: {dtks}.
Petugas: Status masih proses verifikasi. Info lanjut WA center Dinsos {owa}.
""",
    ),
]

# ---- social_post: posts and comments on social media
TEMPLATES += [
    T(
        "social_post",
        "scams",
        """
HATI-HATI PENIPUAN!! Orang atas nama [[n:{n1}]] ini minta uang Rp {rp} janji bisa urus KTP cepat. Nomor WA dia [[p:{hp1}]], rek {bank1} [[b:{rek1}]]. Sudah 3 orang kena. Tolong share @dukcapilkotakupang #kupang
""",
    ),
    T(
        "social_post",
        "utilities",
        """
[[n:{n1}]]
{jam} · Kota Kupang
Air PDAM di [[a:{rt1}]] Kel. {kel} su 10 hari sonde jalan. @pdamkotakupang tolong!!
Komentar:
[[n:{l2}]]: sama di sini kaka
PDAM Tirta Lontar: Mohon maaf, silakan laporkan ke WA pengaduan {owa} dengan menyebut nomor sambungan
[[n:{n3}]]: su lapor, sonde ada balasan
""",
    ),
    T(
        "social_post",
        "dukcapil",
        """
DICARI dompet hilang di sekitar {jl}, isi KTP a.n. [[n:{N1}]] NIK [[nik:{nik1}]] dan kartu BPJS [[bpjs:{bpjs1}]]. Yang temukan tolong hubungi [[p:{hp1}]]. Ada imbalan.
""",
    ),
    T(
        "social_post",
        "schools",
        """
Mau tanya, anak sa [[n:{g2}]] daftar SMA jalur afirmasi tapi NIK di Dapodik beda dengan KK. Di KK tatulis [[nik:{nik2}]]. Sapa yang tau harus ke mana? DM atau WA [[p:{hp1}]]
""",
        K=(2,),
    ),
    T(
        "social_post",
        "health_bpjs",
        """
@BPJSKesehatanRI kartu JKN ibu saya [[bpjs:{bpjs2}]] tiba-tiba nonaktif, padahal PBI. Sudah ke kantor cabang Kupang 2x. Tolong dibantu, email saya [[e:{emp1}]] #BPJS #Kupang
""",
        F=(2,),
    ),
    T(
        "social_post",
        "tax_permits",
        """
Buat teman-teman UMKM Kupang: NPWP pribadi sekarang pakai NIK ya. Punya saya dulu [[npwp:{npwpd1}]], sekarang NPWP saya [[npwp:{npwpn1}]]. Validasi di DJP Online. Info resmi Kring Pajak 1500 200 atau @DitjenPajakRI
— [[n:{n1}]]
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Bapa mama, ada yang kenal pemilik KTP ini? Ketemu di depan kantor pos. Nama [[n:{N1}]], NIK [[nik:{nik1}]], alamat [[a:{AD1}]]. Sudah sa titip di kantor lurah {kel}.
""",
    ),
    T(
        "social_post",
        "scams",
        """
Jangan percaya akun IG @bansos_kupang_resmi yang suruh kirim data ke email bansos.kupang2026@gmail.com. Saya su kirim KK sa ([[kk:{kk1}]]) baru sadar. Yang mau lapor bareng bisa ke saya [[e:{emx1}]]
[[n:{n1}]]
""",
    ),
    T(
        "social_post",
        "utilities",
        """
Kabel listrik putus depan rumah Om [[n:{g2}]] di [[a:{ad2}]] dari kemarin. PLN 123 bilang tunggu. Kalau ada petugas baca ini hubungi sa [[p:{hp1}]] (beta [[n:{g1}]])
""",
        M=(2,),
    ),
    T(
        "social_post",
        "health_bpjs",
        """
Dinkes Kota Kupang: Vaksinasi lansia di {pusk} {hari} ini mulai jam {jam}.
Komentar:
[[n:{n1}]]: Bisa daftarkan mama saya? [[n:{n2}]], NIK [[nik:{nik2}]]
Dinkes Kota Kupang: Silakan datang langsung bawa KTP dan kartu JKN ya Ibu
""",
        F=(1, 2),
    ),
    T(
        "social_post",
        "schools",
        """
Ada yang punya info beasiswa Pemkot untuk mahasiswa? Sa su kirim berkas ke beasiswa.pemkot@kupangkota.go.id tapi belum ada balasan.Kalau ada info kirim ke [[e:{emp1}]].Terima kasih!
- [[n:{l1}]]
""",
    ),
    T(
        "social_post",
        "tax_permits",
        """
DIJUAL tanah kavling di Kel. {kel}, SHM no {shm}, NOP {nop}. Harga Rp {rpb} nego. Hub pemilik langsung [[n:{n1}]] [[p:{hp1}]]
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Terima kasih Dinsos, bantuan sembako su sampai di rumah kami [[a:{adr1}]]. Yang antar Pak [[n:{n2}]] dari kelurahan. Salam dari [[n:{n1}]]
""",
        M=(2,),
    ),
    T(
        "social_post",
        "social_aid",
        """
Tolong bantu share, anak kami [[n:{g2}]] (12 thn) hilang sejak {tg}. Terakhir pakai baju merah. Hubungi bapaknya [[n:{n1}]] [[p:{hp1}]] atau mamanya [[p:{hp3}]]
""",
        M=(1,),
        F=(3,),
        K=(2,),
    ),
    T(
        "social_post",
        "dukcapil",
        """
Sudah 2 bulan KTP sa belum jadi. Sa kirim email ke dukcapil tapi mental, alamat sa [[e:{emc1}]] katanya salah format. Bisa bantu kaka admin? NIK [[nik:{niks1}]]
""",
    ),
    T(
        "social_post",
        "scams",
        """
Hati2 email dari "cs.bankntt.kupang@gmail.com" bilang rekening kita diblokir. Bank NTT pung call center {otel}. Sa su lapor ke @BankNTT_Official. Screenshot: ss_email@2x.png, {dt}
""",
    ),
    T(
        "social_post",
        "dukcapil",
        """
Dukcapil Kota Kupang: INFO layanan hari Sabtu {tg} jam 08.00-12.00. Pertanyaan WA {owa} atau email dukcapil.kotakupang [at] gmail [dot] com #dukcapilkupang @kemendagri
""",
    ),
    T(
        "social_post",
        "dukcapil",
        """
FOTOKOPI BERKAT JAYA - cetak pas foto KTP, scan KK, kirim berkas online dukcapil. WA {bwa}. {jlno}, buka {jam}-21.00
""",
    ),
    T(
        "social_post",
        "utilities",
        """
PDAM Tirta Lontar: Gangguan distribusi di {kel} sampai {tg}. Hotline {otel}. Cek tagihan di web dengan nomor sambungan, contoh {samb}
""",
    ),
    T(
        "social_post",
        "tax_permits",
        """
Bapenda Kota Kupang: Diskon denda PBB s/d {tg}. Bayar via VA {va} atau QRIS. Contoh NOP {nop}. DM @bapendakotakupang
""",
    ),
    T(
        "social_post",
        "schools",
        """
Info PPDB SMP Negeri Kota Kupang: pendaftaran {tg}. Helpdesk WA {owa} / {owa2}, email ppdb.smp@kupangkota.go.id
""",
    ),
    T(
        "social_post",
        "health_bpjs",
        """
RSUD S.K. Lerik: Pendaftaran online pasien BPJS lewat WA {owa}. Jangan percaya calo. Ambulans {otel}. #rsudkupang
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Komentar:
kupang_bersuara: bansos tahap 2 kapan?
Dinsos Kota Kupang: Jadwal menyusul {tg}, info di WA center {owa}. Cek status pakai NIK di cekbansos.kemensos.go.id
""",
    ),
    T(
        "social_post",
        "scams",
        """
Nomor penipu: {scam} dan {scam2}, ngaku dari BPJS minta transfer Rp {rp}. Share biar sonde ada korban lagi!
""",
    ),
]

# ---- letter_form: letters, forms, tax documents and tender files
TEMPLATES += [
    T(
        "letter_form",
        "dukcapil",
        """
Kupang, {tg}
Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang
Perihal: Permohonan Perubahan Data KK

Dengan hormat, yang bertanda tangan di bawah ini:
Nama    : [[n:{n1}]]
NIK     : [[nik:{nik1}]]
No. KK  : [[kk:{kk1}]]
Alamat  : [[a:{adr1}]], Kel. {kel}
No. HP  : [[p:{hp1}]]
Email   : [[e:{emp1}]]
mengajukan perubahan status perkawinan dalam kartu keluarga.
Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "letter_form",
        "tax_permits",
        """
FORMULIR PENDAFTARAN WAJIB PAJAK ORANG PRIBADI
Nama Wajib Pajak : [[n:{N1}]]
NIK : [[nik:{nikb1}]]
NPWP (16 digit) : [[npwp:{npwpn1}]]
NPWP lama : [[npwp:{npwpd1}]]
Alamat : [[a:{ADR1}]]
Telepon rumah : [[p:{tr1}]]
HP : [[p:{hp1}]]
Email : [[e:{EMP1}]]
KPP : Pratama Kupang
""",
    ),
    T(
        "letter_form",
        "tax_permits",
        """
DOKUMEN KUALIFIKASI
Nama Perusahaan : {body}
NPWP Perusahaan : {npwpx}
NIB : {nib}
Alamat Kantor : {jlno}, Kupang
Telepon Kantor : {otel}
Email Perusahaan : tender.kantor@gmail.com
Penanggung Jawab : [[n:{n1}]]
Jabatan : Direktur
NIK : [[nik:{nik1}]]
NPWP Pribadi : [[npwp:{npwp1}]]
HP : [[p:{hp1}]]
""",
    ),
    T(
        "letter_form",
        "social_aid",
        """
PEMERINTAH KOTA KUPANG
KELURAHAN {KEL}
{jlno} Telp. {otel}
SURAT KETERANGAN TIDAK MAMPU
Nomor: {surat}
Lurah menerangkan bahwa:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Pekerjaan : Nelayan
Alamat : [[a:{adr1}]]
adalah benar warga kami yang tergolong keluarga tidak mampu.
Lurah,
[[n:{n2}]]
NIP {nip}
""",
    ),
    T(
        "letter_form",
        "health_bpjs",
        """
SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
No. Kartu BPJS Kesehatan : [[bpjs:{bpjs1}]]
NIK : [[nik:{nik1}]]
HP/WA : [[p:{hp1}]]
menyatakan bersedia melunasi tunggakan iuran peserta mandiri Rp {rp} melalui VA {bva}.
Anggota keluarga:
1. [[n:{n2}]] - [[bpjs:{bpjs2}]]
2. [[n:{n3}]] - [[bpjs:{bpjs3}]]
""",
        fam={2: 1, 3: 1},
    ),
    T(
        "letter_form",
        "schools",
        """
Kepada Yth. Kepala {school}
Perihal: Permohonan pindah sekolah
Saya orang tua dari:
Nama siswa : [[n:{n2}]]
NISN : {nisn}
NIK : [[nik:{nik2}]]
mohon diterbitkan surat pindah. Nomor yang bisa dihubungi [[p:{hp1}]], email [[e:{emp1}]].
Hormat kami,
[[n:{n1}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "letter_form",
        "utilities",
        """
FORMULIR PERMOHONAN SAMBUNGAN BARU
Nama Pemohon : [[n:{N1}]]
No. KTP : [[nik:{nikb1}]]
No. KK : [[kk:{kkb1}]]
Alamat Pemasangan : [[a:{ADR1}]]
No. Telp/HP : [[p:{hp1}]]
Email : [[e:{emp1}]]
Diisi petugas: No. Registrasi {kode}/REG/{thn}, Wilayah {kel}
""",
    ),
    T(
        "letter_form",
        "tax_permits",
        """
Perihal: Keberatan atas SPPT PBB Tahun {thn}
Dengan hormat, atas objek pajak NOP {nop} ditetapkan PBB Rp {rp}, jauh di atas tahun lalu. Wajib pajak: [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npwp1}]].
Tembusan: bapenda@kupangkota.go.id
Kontak: [[p:{hp1}]] / [[e:{emp1}]]
""",
    ),
    T(
        "letter_form",
        "social_aid",
        """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama: [[n:{n1}]], NIK [[nik:{nik1}]] (Pemberi Kuasa)
memberi kuasa kepada:
Nama: [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]] (Penerima Kuasa)
untuk mengambil bantuan BPNT atas nama pemberi kuasa di Kantor Pos {jl}.
Kupang, {tg}
""",
    ),
    T(
        "letter_form",
        "health_bpjs",
        """
SURAT ELIGIBILITAS PESERTA
No. SEP : {sep}
Tgl. SEP : {tgl}
No. Kartu : [[bpjs:{bpjs1}]]
Nama Peserta : [[n:{N1}]]
Tgl. Lahir : {lahir1}
No. Rujukan : {rujukan}
Faskes Perujuk : {pusk}
No. Telepon : [[p:{hp1}]]
""",
    ),
    T(
        "letter_form",
        "dukcapil",
        """
SURAT KETERANGAN PINDAH WNI
Nomor: {surat}
No. KK : [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat Asal : [[a:{ADR1}]]
Anggota keluarga yang pindah:
1. [[n:{N2}]] NIK [[nik:{nik2}]]
2. [[n:{N3}]] NIK [[nik:{nik3}]]
""",
        fam={2: 1, 3: 1},
    ),
    T(
        "letter_form",
        "schools",
        """
Kelengkapan berkas seleksi PPPK guru
Nama : [[n:{n1}]], S.Pd.
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpz1}]]
Nomor Peserta : {nim}
Email SSCASN : [[e:{emp1}]]
HP : [[p:{hp1}]]
""",
    ),
    T(
        "letter_form",
        "utilities",
        """
Perihal: Permohonan tambah daya
Nama : [[n:{n1}]]
ID Pelanggan : {idpel}
Alamat : [[a:{ad1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwp1}]]
Telp : [[p:{hp1}]]
""",
    ),
    T(
        "letter_form",
        "scams",
        """
SURAT TANDA PENERIMAAN LAPORAN
Pelapor: [[n:{n1}]], NIK [[nik:{nik1}]], alamat [[a:{adr1}]], HP [[p:{hp1}]]
Terlapor: pemilik nomor {scam} (identitas belum diketahui), mengaku petugas Dinas Sosial.
Kerugian: Rp {rp}, ditransfer ke rekening {bnk} atas nama tidak diketahui.
Petugas penerima: Bripka [[n:{n3}]], NRP {nrp}
""",
    ),
    T(
        "letter_form",
        "dukcapil",
        """
Surat Pernyataan Perubahan Elemen Data
Nama : [[n:{n1}]]
NIK lama tertulis : [[nik:{nikw1}]]
NIK benar : [[nik:{nikb1}]]
Nama ibu kandung : [[n:{n2}]]
Email : [[e:{emgk1}]]
""",
        F=(2,),
    ),
    T(
        "letter_form",
        "tax_permits",
        """
SURAT KUASA PENGURUSAN BALIK NAMA KENDARAAN
Pemberi kuasa: [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npwp1}]], alamat [[a:{adr1}]]
Penerima kuasa: [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]]
Kendaraan: Honda Vario, nomor polisi [[pl:{pl1}]], pajak dibayar dengan kode bayar {billing}
""",
    ),
    T(
        "letter_form",
        "tax_permits",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak: {faktur}
Pengusaha Kena Pajak
Nama : {body}
NPWP : {npwpx}
Pembeli Barang Kena Pajak
Nama : Dinas PUPR Kota Kupang
NPWP : {npwpx2}
""",
    ),
    T(
        "letter_form",
        "tax_permits",
        """
SURAT KETETAPAN PAJAK DAERAH
Nomor {skp}
NPWPD / NPWP badan : {npwpx}
Masa pajak {bln} {thn}, pokok Rp {rp}, kode billing {billing}
""",
    ),
    T(
        "letter_form",
        "dukcapil",
        """
Nomor: {surat}
Sifat: Biasa
Perihal: Layanan adminduk hari Sabtu
Disampaikan bahwa layanan dibuka {tg} pukul 08.00. Informasi {otel}, email dukcapil@kupangkota.go.id
""",
    ),
    T(
        "letter_form",
        "social_aid",
        """
SURAT EDARAN
Nomor {surat}
Pengembalian dana bansos yang salah sasaran disetor ke rekening Kas Daerah Bank NTT {rekb} paling lambat {tg}.
""",
    ),
    T(
        "letter_form",
        "schools",
        """
SURAT KEPUTUSAN KEPALA SEKOLAH
Nomor {surat}
Satuan pendidikan NPSN {npsn}. Dana BOS disalurkan ke rekening sekolah {rekb}; NPWP bendahara {npwpx}.
""",
    ),
    T(
        "letter_form",
        "health_bpjs",
        """
KOP: YAYASAN KASIH BERSAMA - KLINIK PRATAMA KASIH
{jlno}, Kupang. Telp {otel}
NPWP klinik {npwpx}
Nomor: {surat}
""",
    ),
    T(
        "letter_form",
        "utilities",
        """
KUITANSI PEMBAYARAN
No. {kode}
Nomor sambungan {samb}, periode {bln} {thn}
VA {va}, jumlah Rp {rp}
""",
    ),
    T(
        "letter_form",
        "scams",
        """
SURAT EDARAN WASPADA PENIPUAN
Nomor {surat}
Dinas tidak pernah meminta NIK atau KK lewat WhatsApp. Nomor resmi {otel}; nomor {scam} yang beredar bukan nomor resmi.
""",
    ),
]

# ---- ocr_scan: scanned cards and papers, PDF text pasted (O for 0, l for 1, broken lines, glued fields)
TEMPLATES += [
    T(
        "ocr_scan",
        "dukcapil",
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{niko1}]]
Nama : [[n:{N1}]]Tempat/Tgl Lahir : KUPANG, {lahir1}
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {KEL}
""",
    ),
    T(
        "ocr_scan",
        "dukcapil",
        """
KARTU KELUARGA
No. [[kk:{kko1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD1}]]
No | Nama Lengkap | NIK | Hubungan
1 | [[n:{N1}]] | [[nik:{nikb1}]] | KEPALA KELUARGA
2 | [[n:{N2}]] | [[nik:{niko2}]] | ISTRI
3 | [[n:{N3}]] | [[nik:{nikb3}]] | ANAK
""",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "ocr_scan",
        "tax_permits",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpo1}]]
[[n:{N1}]]
NIK : [[nik:{nikb1}]]
[[a:{AD1}]] KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgl}
""",
    ),
    T(
        "ocr_scan",
        "health_bpjs",
        """
KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{bpjso1}]]
Nama : [[n:{N1}]]
NIK : [[nik:{nikb1}]]
Tgl. Lahir : {lahir1}
Faskes Tingkat I : {PUSK}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
DAFTAR PENERIMA BPNT KEL. {KEL} TAHAP {num}
NO NAMA NIK NO. KK RT/RW
1 [[n:{N1}]] [[nik:{nikb1}]] [[kk:{kkb1}]] [[a:{rtk1}]]
2 [[n:{N2}]] [[nik:{nikb2}]] [[kk:{kkb2}]] [[a:{rtk2}]]
Dicetak: {dt}
""",
    ),
    T(
        "ocr_scan",
        "schools",
        """
SURAT KETERANGAN HASIL UJIAN
Nama : [[n:{N1}]]Tempat dan Tanggal Lahir : KUPANG, {lahir1}
NISN : {nisn}
NIK : [[nik:{nikn1}]]
Nomor : {ijazah}
""",
        K=(1,),
    ),
    T(
        "ocr_scan",
        "tax_permits",
        """
BUKTI PENERIMAAN NEGARA
NTPN : {ntpn}
NPWP : [[npwp:{npwpo1}]]
Nama WP : [[n:{N1}]]
Kode Billing : {billing}
Jumlah : Rp {rpb}
""",
    ),
    T(
        "ocr_scan",
        "dukcapil",
        """
KUTIPAN AKTA KELAHIRAN
No. {akta}
Di KUPANG pada tanggal {tg} telah lahir [[n:{N2}]] anak dari ayah [[n:{N1}]] dan ibu [[n:{N3}]]
NIK : [[nik:{niko2}]]
""",
        M=(1,),
        F=(3,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "ocr_scan",
        "health_bpjs",
        """
HASIL LABORATORIUM
No. RM : {kode}
Nama Pasien : [[n:{N1}]]
No. BPJS : [[bpjs:{bpjsb1}]]
NIK : [[nik:{nikt1}]]
HP : [[p:{hpo1}]] Telp. Rumah : [[p:{tr1}]]
Alamat : [[a:{ADR1}]]
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
BUKU TABUNGAN {BANK1}
NAMA : [[n:{N1}]]
NO. REKENING : [[b:{rek1}]]
CIF : {kode}
ALAMAT : [[a:{ADR1}]]
""",
    ),
    T(
        "ocr_scan",
        "tax_permits",
        """
NOMOR INDUK BERUSAHA: {nib}
Nama Pelaku Usaha : [[n:{N1}]]
NIK : [[nik:{nikb1}]]
NPWP : [[npwp:{npwpn1}]]
Alamat Usaha : {JLNO}
No. Telepon : [[p:{hp1}]]
Email : [[e:{EMP1}]]
""",
    ),
    T(
        "ocr_scan",
        "schools",
        """
KARTU PELAJAR {SCHOOL}
Nama : [[n:{N1}]]
NISN : {nisn}
NIS : {kode}
Alamat : [[a:{AD1}]]
""",
        K=(1,),
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
FORMULIR PENGADUAN MASYARAKAT
Nama : [[n:{N1}]]
N I K : [[nik:{niks1}]]
No. HP : [[p:{hpo1}]]
E-mail : [[e:{emp1}]]
lsi Pengaduan : BLT tdk diterima sejak {bln}
""",
    ),
    T(
        "ocr_scan",
        "dukcapil",
        """
Data pemohon (hasil salin dari PDF):
NIK[[nik:{nikb1}]]Nama[[n:{N1}]]Alamat[[a:{AD1}]]
No KK : [[kk:{kkn1}]]
Email[[e:{emp1}]]HP [[p:{hpb1}]]
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
PERMOHONAN PEMUTUSAN SEMENTARA
No Sambungan : {samb}
Nama : [[n:{N1}]]
Alamat : [[a:{ADR1}]]
No HP : [[p:{hpn1}]]
Email : [[e:{EMP1}]]
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
STRUK PEMBELIAN LISTRIK PRABAYAR
IDPEL : {idpel}
NO METER : {meter}
TOKEN : {token}
RP BAYAR : {rp}
{dt}
""",
    ),
    T(
        "ocr_scan",
        "scams",
        """
{scamk}
Selamat! Nomor NIK Anda terpilih mendapat bantuan Rp {rp}. Klik tautan: https://bansos-kemensos.web.id/klaim
{jam}
""",
    ),
    T(
        "ocr_scan",
        "tax_permits",
        """
T0KO BANGUNAN SEJAHTERA
{JLNO} KUPANG
Telp {otel}
NPWP : {npwpx}
No. Faktur {faktur}
""",
    ),
    T(
        "ocr_scan",
        "dukcapil",
        """
DISDUKCAPIL KOTA KUPANG
NOMOR ANTRIAN {antri}
{dt}
Layanan: KIA
Info: {otel}
""",
    ),
    T(
        "ocr_scan",
        "health_bpjs",
        """
APOTEK KASIH IBU
{jlno}
Telp {otel}
No. Resep {kode}
Total Rp {rp}
NPWP {npwpx}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
KANTOR POS KUPANG
Penyaluran BPNT
No. Trx {trx}
ID DTKS {dtks}
Rp {rp}
""",
    ),
    T(
        "ocr_scan",
        "schools",
        """
KOP: SMPN 5 KUPANG
{jlno}, Kupang
Telp {otel} email: smpn5kupang@yahoo.co.id
NPSN {npsn}
""",
    ),
    T(
        "ocr_scan",
        "scams",
        """
SURAT UNDANGAN PENERIMA BANTUAN
Hubungi {scam} a/n Bagian Keuangan, atau email dinsos.ntt.resmi@gmail.com
Biaya administrasi Rp {rp} dibayar ke VA {va}
""",
    ),
]

# ---- kupang_malay: chats, SMS and voice notes typed out in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "dukcapil",
        """
Bapa, beta pung KTP sonde bisa dipake di bank, dong bilang NIK sonde terdaftar. NIK beta [[nik:{nik1}]]. Beta pung nama [[n:{n1}]], tinggal di [[a:{rt1}]] Kel. {kel}. Kalo ada info WA sa di [[p:{hp1}]] ko
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Mama [[n:{g2}]] pung bantuan PKH su tiga bulan sonde masuk. Dia pung NIK [[nik:{nik2}]], KK [[kk:{kk2}]]. Pendamping bilang tunggu sa. Beta anaknya [[n:{g1}]], nomor [[p:{hp1}]]
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "health_bpjs",
        """
Beta pung bapa masuk RS, BPJS dong bilang sonde aktif. Nomor kartu [[bpjs:{bpjs2}]]. Padahal tiap bulan bayar. Beta bingung mau bikin apa. [[n:{n1}]] - [[p:{hpd1}]]
""",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "tax_permits",
        """
Om dong, NPWP beta yang lama [[npwp:{npwpd1}]] su sonde bisa pake lai ko? Orang pajak bilang NPWP baru sama deng NIK, [[npwp:{npwpn1}]]. Beta [[n:{n1}]], WA [[p:{hpb1}]]
""",
    ),
    T(
        "kupang_malay",
        "schools",
        """
Ibu guru, beta pung ana [[n:{g2}]] pung NISN sonde muncul di dapodik. NIK dia [[nik:{nik2}]], KK [[kk:{kk1}]]. Tolong bantu ee. Beta pung email [[e:{emx1}]] kalo mau kirim berkas
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Air PDAM di beta pung rumah [[a:{ad1}]] su dua minggu sonde jalan, tapi tagihan datang terus. No samb {samb}. Beta su telpon hotline {otel} sonde angkat. WA beta [[p:{hp1}]]
""",
    ),
    T(
        "kupang_malay",
        "scams",
        """
Ada yang WA beta, namanya [[n:{n2}]], nomor [[p:{hp2}]], dia bilang bisa urus bansos asal bayar Rp {rp}. Beta su kasi uang. Sekarang nomor tu sonde aktif. Beta [[n:{n1}]] dari Kel. {kel}, HP [[p:{hpb1}]]
""",
    ),
    T(
        "kupang_malay",
        "dukcapil",
        """
Beta mau pinda masuk ke kaka pung KK. Beta pung NIK [[nik:{nik1}]], KK lama [[kk:{kk1}]], kaka pung KK [[kk:{kk2}]]. Nama kaka [[n:{n2}]]
""",
    ),
    T(
        "kupang_malay",
        "health_bpjs",
        """
Nona [[n:{g1}]] bilang mau daftar BPJS mandiri, tapi sonde tau caranya. Dia pung NIK [[nik:{nik1}]], HP [[p:{hp1}]]. Sapa yang bisa bantu?
""",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "tax_permits",
        """
Beta ada usaha kios kecil, NIB su ada {nib}. NPWP pribadi beta [[npwp:{npwpz1}]]. Kenapa ada tagihan pajak reklame? Beta [[n:{n1}]], email [[e:{emp1}]]
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Kami warga [[a:{rt1}]] sonde dapat BLT. Beta pung KK [[kk:{kks1}]]. Sapa yang pegang data? Beta [[n:{g1}]], WA [[p:{hpk1}]]
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
PLN pung tagihan naik ni. ID pel {idpel}. Sapa tau bisa bantu kirim ke beta pung email [[e:{emd1}]] sa, nanti beta kirim bukti. Beta [[n:{n1}]]
""",
    ),
    T(
        "kupang_malay",
        "schools",
        """
Pak guru [[n:{g2}]], beta su kirim data anak ke email bapak [[e:{emgs2}]], NIK anak [[nik:{nik3}]] deng KK [[kk:{kk1}]]. Kalo kurang, telpon beta [[p:{hp1}]]
""",
        M=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "kupang_malay",
        "dukcapil",
        """
Bapa mama, beta dapat dompet di depan Pasar Oeba. Ada KTP nama [[n:{N1}]], NIK [[nik:{nik1}]]. Sapa yang kenal kasi tau dia ko. WA beta [[p:{hp2}]] ([[n:{g2}]])
""",
    ),
    T(
        "kupang_malay",
        "health_bpjs",
        """
Beta pung mama [[n:{g2}]] pung kartu KIS [[bpjs:{bpjsb2}]] ilang. Bisa cetak ulang ko? Mama pung NIK [[nik:{nik2}]]. Beta [[n:{n1}]], WA [[p:{hpi1}]]
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "scams",
        """
Hati-hati bapa mama, ada orang telpon pake nomor {scam}, dia bilang dia dari Dukcapil, minta foto KTP deng KK. Beta pung tetangga su kasi dia pung NIK. Jang kasi e! {dt}
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Info dari PDAM: air mati hari {hari} {tg} di {kel}. Kalo mau tanya, WA pengaduan PDAM {owa} sa. Tagihan bisa bayar di VA {va}
""",
    ),
    T(
        "kupang_malay",
        "health_bpjs",
        """
Puskesmas su ganti nomor. Yang lama {owa} sonde aktif lai, yang baru {owa2}. Pendaftaran lewat WA sa, mulai {tgl}
""",
    ),
    T(
        "kupang_malay",
        "tax_permits",
        """
Bapenda pung orang bilang PBB bisa bayar lewat kode billing {billing}. NOP beta {nop}. Betul ko?
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Dinsos pung WA center {owa}, dong bilang cek bansos di web pake NIK sa. Beta su coba tapi web error, dong kasi kode {kode}
""",
    ),
    T(
        "kupang_malay",
        "schools",
        """
PPDB taun ni kacau. Nomor pendaftaran anak {noppdb}, tapi nama sonde muncul. Panitia pung WA {owa} sonde bales dari {tgl}
""",
    ),
    T(
        "kupang_malay",
        "scams",
        """
Sonde usah percaya email dari pkh.kemensos.kupang@gmail.com, itu tipu. Dong minta transfer ke VA {va} Rp {rp}
""",
    ),
    T(
        "kupang_malay",
        "dukcapil",
        """
Dukcapil pung nomor antrian online {antri}, beta dapat jam {jam}. Kalo mau cetak KIA bawa KK sa. Info {otel}
""",
    ),
]

# ---- table_register: registers and tables (CSV, TSV, | and ; rows, PDF columns)
TEMPLATES += [
    T(
        "table_register",
        "social_aid",
        """
No,Nama Penerima,NIK,No KK,Alamat,No HP
1,[[n:{N1}]],[[nik:{nikb1}]],[[kk:{kkb1}]],[[a:{AD1}]],[[p:{hpb1}]]
2,[[n:{N2}]],[[nik:{nikb2}]],[[kk:{kkb2}]],[[a:{AD2}]],[[p:{hpb2}]]
3,[[n:{N3}]],[[nik:{nikb3}]],[[kk:{kkb3}]],[[a:{AD3}]],[[p:{hpb3}]]
""",
    ),
    T(
        "table_register",
        "dukcapil",
        """
Nomor KK: [[kk:{kk1}]]
| No | Nama | NIK | Hubungan |
|---|---|---|---|
| 1 | [[n:{N1}]] | [[nik:{nik1}]] | Kepala Keluarga |
| 2 | [[n:{N2}]] | [[nik:{nik2}]] | Istri |
| 3 | [[n:{N3}]] | [[nik:{nik3}]] | Anak |
""",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "table_register",
        "health_bpjs",
        """
Nama\tNo Kartu JKN\tNIK\tFaskes
[[n:{n1}]]\t[[bpjs:{bpjs1}]]\t[[nik:{nikb1}]]\t{pusk}
[[n:{n2}]]\t[[bpjs:{bpjs2}]]\t[[nik:{nikb2}]]\t{pusk}
[[n:{n3}]]\t[[bpjs:{bpjs3}]]\t[[nik:{nikb3}]]\t{pusk}
""",
    ),
    T(
        "table_register",
        "tax_permits",
        """
Rekap NPWP guru honor (diminta bendahara {school})
[[n:{n1}]] - [[npwp:{npwp1}]]
[[n:{n2}]] - [[npwp:{npwp2}]]
[[n:{n3}]] - [[npwp:{npwp3}]]
Batas kumpul {tg}
""",
    ),
    T(
        "table_register",
        "schools",
        """
No;Nama Siswa;NISN;NIK;Nama Orang Tua;HP Orang Tua;Email
1;[[n:{n1}]];{nisn1};[[nik:{nik1}]];[[n:{n4}]];[[p:{hp4}]];[[e:{emp4}]]
2;[[n:{n2}]];{nisn2};[[nik:{nik2}]];[[n:{n5}]];[[p:{hp5}]];[[e:{emp5}]]
""",
        K=(1, 2),
    ),
    T(
        "table_register",
        "utilities",
        """
No Samb;Nama Pelanggan;Alamat;HP
{samb1};[[n:{N1}]];[[a:{AD1}]];[[p:{hp1}]]
{samb2};GEREJA GMIT BET'EL;{JLNO};{owa}
{samb3};[[n:{N2}]];[[a:{AD2}]];[[p:{hp2}]]
""",
    ),
    T(
        "table_register",
        "schools",
        """
Daftar peserta pelatihan guru | Nama | Email | HP
1 | [[n:{n1}]] | [[e:{emgs1}]] | [[p:{hp1}]]
2 | [[n:{n2}]] | [[e:{emp2}]] | [[p:{hp2}]]
3 | [[n:{n3}]] | [[e:{emp3}]] | [[p:{hp3}]]
""",
    ),
    T(
        "table_register",
        "dukcapil",
        """
No Nama NIK No. KK RT/RW
1 [[n:{N1}]] [[nik:{nikb1}]] [[kk:{kkb1}]] [[a:{rtk1}]]
2 [[n:{N2}]] [[nik:{nikb2}]] [[kk:{kkb2}]] [[a:{rtk2}]]
3 [[n:{N3}]] [[nik:{nikb3}]] [[kk:{kkb3}]] [[a:{rtk3}]]
""",
    ),
    T(
        "table_register",
        "health_bpjs",
        """
Daftar lansia penerima PMT RT 09
No | Nama | NIK | No BPJS | HP Keluarga
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[bpjs:{bpjsb1}]] | [[p:{hp1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[bpjs:{bpjsb2}]] | [[p:{hp2}]]
""",
    ),
    T(
        "table_register",
        "schools",
        """
Nama,NIP,NIK,NPWP,Email belajar.id
[[n:{n1}]],{nip1},[[nik:{nikb1}]],[[npwp:{npwpd1}]],[[e:{emgs1}]]
[[n:{n2}]],{nip2},[[nik:{nikb2}]],[[npwp:{npwpn2}]],[[e:{emgs2}]]
""",
    ),
    T(
        "table_register",
        "utilities",
        """
IDPEL | Nama | Tarif/Daya | Alamat
{idpel1} | [[n:{N1}]] | R1/900 VA | [[a:{AD1}]]
{idpel2} | [[n:{N2}]] | R1/1300 VA | [[a:{AD2}]]
{idpel3} | [[n:{N3}]] | R1/450 VA | [[a:{AD3}]]
""",
    ),
    T(
        "table_register",
        "tax_permits",
        """
NOP;Nama WP;NIK;Letak Objek
{nop1};[[n:{N1}]];[[nik:{nikb1}]];{JL}
{nop2};[[n:{N2}]];[[nik:{nikb2}]];{JL}
""",
    ),
    T(
        "table_register",
        "scams",
        """
Daftar korban penipuan (untuk Polresta)
Nama | NIK | HP | Kerugian | Nomor pelaku
[[n:{n1}]] | [[nik:{nik1}]] | [[p:{hp1}]] | Rp {rp1} | {scam1}
[[n:{n2}]] | [[nik:{nik2}]] | [[p:{hp2}]] | Rp {rp2} | {scam2}
""",
    ),
    T(
        "table_register",
        "dukcapil",
        """
DAFTAR NIK TIDAK PADAN - KEL. {KEL}
1 [[n:{N1}]] [[nik:{niko1}]] LAKI-LAKI
2 [[n:{N2}]] [[nik:{niko2}]] PEREMPUAN
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "table_register",
        "health_bpjs",
        """
No SEP | No Kartu | Nama Pasien | Tgl Masuk
{sep1} | [[bpjs:{bpjs1}]] | [[n:{N1}]] | {tgl1}
{sep2} | [[bpjs:{bpjs2}]] | [[n:{N2}]] | {tgl2}
""",
    ),
    T(
        "table_register",
        "tax_permits",
        """
Daftar kendaraan dinas Bapenda - pajak jatuh tempo {bln}
Nopol | Pemegang | NIP | HP
[[pl:{pl1}]] | [[n:{n1}]] | {nip1} | [[p:{hp1}]]
[[pl:{pl2}]] | [[n:{n2}]] | {nip2} | [[p:{hp2}]]
[[pl:{pl3}]] | [[n:{n3}]] | {nip3} | [[p:{hp3}]]
""",
    ),
    T(
        "table_register",
        "scams",
        """
Nomor Penipu | Mengaku Sebagai | Tanggal Lapor
{scam1} | Petugas Dukcapil | {tgl1}
{scam2} | Admin BPJS | {tgl2}
{scam3} | Kurir J&T | {tgl3}
""",
    ),
    T(
        "table_register",
        "social_aid",
        """
Instansi;Alamat;Telepon;Email
Dinas Sosial Kota Kupang;{jlno1};{otel1};dinsos@kupangkota.go.id
Dinas Dukcapil Kota Kupang;{jlno2};{otel2};dukcapil@kupangkota.go.id
""",
    ),
    T(
        "table_register",
        "tax_permits",
        """
Nama Usaha;NIB;NPWP Badan;Alamat Usaha;Telp Kantor
{body};{nib1};{npwpx1};{jlno1};{otel1}
UD Laut Timor;{nib2};{npwpx2};{jlno2};{otel2}
""",
    ),
    T(
        "table_register",
        "health_bpjs",
        """
Puskesmas;Alamat;Telepon;WA Pendaftaran
{pusk};{jlno1};{otel1};{owa1}
Puskesmas Kupang Kota;{jlno2};{otel2};{owa2}
""",
    ),
    T(
        "table_register",
        "schools",
        """
Sekolah,NPSN,Telp,Email
{school},{npsn1},{otel1},tu.sekolah1@gmail.com
SMPN 13 Kupang,{npsn2},{otel2},smpn13kupang@yahoo.co.id
""",
    ),
    T(
        "table_register",
        "utilities",
        """
Tanggal;No Sambungan;Stand Meter;Tagihan
{tgl1};{samb1};{num1}45;Rp {rp1}
{tgl2};{samb2};{num2}71;Rp {rp2}
""",
    ),
    T(
        "table_register",
        "dukcapil",
        """
Rekap layanan | Tanggal | Jenis | Jumlah | No. Surat
1 | {tgl1} | KTP-el | {num1} | {surat1}
2 | {tgl2} | KIA | {num2} | {surat2}
""",
    ),
    T(
        "table_register",
        "social_aid",
        """
Rekap KPM per RT Kel. {kel}
RT 01: {num1} KK
RT 05: {num2} KK
RT 12: {num3} KK
Rekening penampung Dinsos {rekb}
""",
    ),
]


if __name__ == "__main__":
    main()
