# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401
"""Write tests/data/redaction_dev27.jsonl: numbers that are and are not a person's phone.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{hp1}``),
each filled three times with invented values; span offsets are computed from the markers.
Run ``python3 tests/data/make_redaction_dev27.py`` (stdlib only, deterministic);
``--review`` also prints every unlabelled run of digits with the words before it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20261227
OUT = Path(__file__).with_name("redaction_dev27.jsonl")

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
    "wa_forward",
    "web_form",
    "lapor_ticket",
    "call_log",
    "scan_ocr",
    "notice",
    "email_thread",
    "social_post",
    "kupang_malay",
)
THEMES = (
    "odd_places",
    "office_lines",
    "scams",
    "codes",
    "figures",
    "mixed",
)
TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "sdr",
    "sdri",
    "ny",
    "dr",
    "drs",
    "pdt",
    "bidan",
    "lurah",
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
    "serka",
    "bripka",
    "yth",
    "saudara",
    "tuan",
    "ketua",
    "pendamping",
    "petugas",
    "driver",
    "tukang",
}

# ---------------------------------------------------------------- people

GIVEN = {
    "ntt": {
        "M": (
            "Yakobus",
            "Melkianus",
            "Dominggus",
            "Yulius",
            "Agustinus",
            "Yermias",
            "Obed",
            "Godlif",
            "Semuel",
            "Matheus",
            "Aleksander",
            "Roni",
            "Deki",
            "Jefri",
            "Hendrik",
            "Oktavianus",
            "Kornelis",
            "Welem",
            "Marthen",
            "Yunus",
            "Frengki",
            "Ferdinand",
            "Ignasius",
            "Yosef",
            "Rudolf",
            "Nikson",
            "Anderias",
            "Piter",
            "Yance",
            "Gerson",
            "Benediktus",
            "Kristofel",
            "Sefnat",
            "Arnold",
            "Efendi",
            "Leksi",
            "Ebenhaezer",
            "Umbu Ndaru",
        ),
        "F": (
            "Sofia",
            "Melania",
            "Marlin",
            "Yasinta",
            "Agustina",
            "Dorkas",
            "Selfina",
            "Orpa",
            "Naomi",
            "Rahel",
            "Mariana",
            "Elisabeth",
            "Susana",
            "Yosefina",
            "Ferderika",
            "Novita",
            "Apriani",
            "Kristin",
            "Theresia",
            "Herlina",
            "Wilhelmina",
            "Sarlin",
            "Ance",
            "Erni",
            "Lusia",
            "Magdalena",
            "Filomena",
            "Petronela",
            "Selvi",
            "Oktaviana",
            "Riana",
            "Beatriks",
            "Yuneti",
            "Rambu Hada",
        ),
    },
    "bali": {"M": ("I Made", "I Ketut", "I Wayan"), "F": ("Ni Luh", "Ni Made", "Ni Komang")},
    "bugis": {"M": ("Hasanuddin", "Syarifuddin", "Andi Tenri"), "F": ("Rahmawati", "Nurhayati")},
    "java": {"M": ("Sugeng", "Slamet", "Bambang"), "F": ("Sri Wahyuni", "Endang", "Tri Lestari")},
    "chinese": {"M": ("Tjong Hin", "Liem Kiat"), "F": ("Mei Lan", "Siu Fang")},
}
FAMILY = {
    "ntt": (
        "Ndun",
        "Manafe",
        "Tefa",
        "Benu",
        "Bessie",
        "Riwu Kaho",
        "Therik",
        "Nenobais",
        "Tanone",
        "Amalo",
        "Fanggidae",
        "Mooy",
        "Lobo",
        "Pandie",
        "Sjioen",
        "Kolloh",
        "Lerik",
        "Pellu",
        "Saudale",
        "Hege",
        "Nubatonis",
        "Tuames",
        "Oematan",
        "Boimau",
        "Taneo",
        "Lakapu",
        "Niron",
        "Wangge",
        "Rihi",
        "Ndolu",
        "Selan",
        "Haba",
        "Tnunay",
        "Neonufa",
        "Kapitan",
        "Nalle",
        "Bire",
        "Foes",
        "Loasana",
        "Kause",
        "Dju Dara",
        "Ga Lena",
        "Mesakh",
        "Kiuk",
        "Sabneno",
        "Toelle",
        "Leo Tede",
    ),
    "bali": ("Sukarta", "Ariawan", "Widiantara", "Suardana"),
    "bugis": ("Daeng Situju", "Latif", "Mappa"),
    "java": ("Riyadi", "Prasetyo", "Wibisono"),
    "chinese": ("Tanujaya", "Gunawan", "Halim"),
}
BALI_WOMEN = ("Sriani", "Ayu Lestari", "Wulandari", "Sukerti")
REGION_WEIGHTS = (("ntt", 18), ("bali", 1), ("bugis", 1), ("java", 1), ("chinese", 1))
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com")

# ---------------------------------------------------------------- places and bodies

KELURAHAN = (
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Fatululi",
    "Naikoten I",
    "Fontein",
    "Bonipoi",
    "Solor",
    "Oeba",
    "Nefonaek",
    "Fatubesi",
    "Pasir Panjang",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Oepura",
    "Sikumana",
    "Bakunase",
    "Naikolan",
    "Kolhua",
    "Penfui",
    "Fatukoa",
    "Belo",
    "Manutapen",
    "Alak",
    "Namosain",
    "Nunbaun Sabu",
    "Manulai II",
    "Maulafa",
    "Airnona",
    "Naimata",
)
KECAMATAN = ("Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Kenari",
    "Jl. Flamboyan",
    "Jl. Cemara",
    "Jl. Manggis",
    "Jl. Salak",
    "Jl. Bakti",
    "Jl. Sumba",
    "Jl. Alor",
    "Jl. Rote",
    "Jl. Adisucipto",
    "Jl. Perintis Kemerdekaan I",
    "Jl. Kelinci",
    "Jl. Oebufu Raya",
    "Jl. Beringin",
    "Jl. Nusa Indah",
    "Jl. Bougenvil",
    "Jl. Matani",
    "Gg. Cendana",
    "Gg. Merpati",
    "Gg. Kakatua",
    "Gg. Lontar",
    "Jl. Jati Gg. 2",
    "Jl. Taebenu",
    "Jl. Air Lobang",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Ahmad Yani",
    "Jl. Moh. Hatta",
    "Jl. W.J. Lalamentik",
    "Jl. Herewila",
    "Jl. Amabi",
    "Jl. Sukun",
)
PUSKESMAS = (
    "Puskesmas Oebobo",
    "Puskesmas Oepoi",
    "Puskesmas Sikumana",
    "Puskesmas Bakunase",
    "Puskesmas Oesapa",
    "Puskesmas Pasir Panjang",
    "Puskesmas Alak",
    "Puskesmas Penfui",
    "Puskesmas Naioni",
    "Puskesmas Manutapen",
)
SCHOOLS = (
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SDN Oetete 1",
    "SD Inpres Liliba",
    "SMAN 3 Kupang",
    "SMKN 4 Kupang",
    "SDK St. Yoseph",
    "SD GMIT Oeba",
)
PASAR = ("Pasar Oeba", "Pasar Oebobo", "Pasar Inpres Naikoten", "Pasar Oesapa", "Pasar Kuanino")
BUSINESSES = (
    "Depot Air Tirta Lontar",
    "Laundry Bersih Kilat",
    "Bengkel Motor Sinar Jaya",
    "Apotek Sehat Oebobo",
    "Toko Bangunan Karya Timor",
    "Rental Mobil Flobamora",
    "Catering Se'i Lontar",
    "Travel Timor Express",
    "Counter Pulsa Berkat",
    "Toko Online Kupang Gadget",
    "Sedot WC Timor Bersih",
    "Fotocopy Cahaya Kilat",
    "Toko Elektronik Nusa Cendana",
    "Warung Makan Sari Laut",
)
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
EWALLETS = ("DANA", "OVO", "GoPay", "ShopeePay", "LinkAja")
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
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu")
# mobile prefixes (Telkomsel weighted up, as in NTT)
MOBILE = (
    ("0811", 3),
    ("0812", 6),
    ("0813", 6),
    ("0821", 4),
    ("0822", 5),
    ("0823", 4),
    ("0851", 2),
    ("0852", 5),
    ("0853", 5),
    ("0814", 1),
    ("0815", 1),
    ("0816", 1),
    ("0855", 1),
    ("0856", 1),
    ("0857", 1),
    ("0858", 1),
    ("0817", 1),
    ("0818", 1),
    ("0819", 1),
    ("0859", 1),
    ("0877", 1),
    ("0878", 1),
    ("0831", 1),
    ("0832", 1),
    ("0833", 1),
    ("0838", 1),
    ("0881", 1),
    ("0882", 1),
    ("0883", 1),
    ("0884", 1),
    ("0885", 1),
    ("0886", 1),
    ("0887", 1),
    ("0888", 1),
    ("0889", 1),
    ("0895", 1),
    ("0896", 1),
    ("0897", 1),
    ("0898", 1),
    ("0899", 1),
)
PREFIXES = {p for p, _ in MOBILE}
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
        self.year = rng.choice((2025, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.minute = rng.randint(6 * 60, 20 * 60)

    # -- raw numbers
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(100):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    def mobile_raw(self) -> str:
        def make() -> str:
            r = self.rng
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            rest = (
                r.choice((7, 8, 8, 8, 8, 8, 8, 9)) if prefix[2] in "12" else r.choice((8, 8, 8, 9))
            )
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    # -- writings
    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "m", "i", "j", "k", "ks", "is"),
                (30, 14, 16, 4, 5, 10, 6, 6, 4, 5),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        if how == "b":
            return raw
        if how == "d":
            return f"{a}-{b}-{c}"
        if how == "s":
            return f"{a} {b} {c}"
        if how == "t":
            return f"{a}.{b}.{c}"
        if how == "m":
            return f"{a} {raw[4:7]} {raw[7:]}"
        if how == "i":
            return f"+62 {a[1:]}-{b}-{c}"
        if how == "is":
            return f"+62 {a[1:]} {b} {c}"
        if how == "j":
            return "+62" + raw[1:]
        if how == "k":
            return "62" + raw[1:]
        if how == "ks":
            return f"62 {a[1:]} {b} {c}"
        if how == "p":
            return f"({a}) {b} {c}"
        if how == "x":  # odd separators
            k = r.randint(0, 6)
            if k == 0:
                return f"{a}_{b}_{c}"
            if k == 1:
                return f"{a} - {b} - {c}"
            if k == 2:
                return f"{a}\u2013{b}\u2013{c}"
            if k == 3:
                return f"{a} {raw[4:6]} {raw[6:8]} {raw[8:10]} {raw[10:]}".strip()
            if k == 4:
                return f"{a}.{b} {c}"
            if k == 5:
                return f"{a} \u2022 {b} \u2022 {c}"
            return f"{a}\u00a0{b}\u00a0{c}"
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS]
            chosen = r.sample(pos, min(r.randint(2, 3), len(pos)))
            out = list(base)
            for p in chosen:
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "n":  # broken over a line
            k = r.randint(0, 2)
            if k == 0:
                return f"{a} {b}\n{c}"
            if k == 1:
                return f"{a}-{b}-\n{c}"
            cut = r.randint(5, len(raw) - 3)
            return raw[:cut] + "\n" + raw[cut:]
        raise KeyError(how)

    def write_land(self, raw: str, bare: bool = False) -> str:
        a, b = raw[:4], raw[4:]
        forms = [f"{a} {b}", f"{a}-{b}", f"{a}-{b[:3]} {b[3:]}", raw, f"{a} {b[:3]} {b[3:]}"]
        if not bare:
            forms += [f"({a}) {b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}"]
        return self.rng.choice(forms)

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        fam = self.spec["fam"]
        shared = self.person(fam[i])["f"] if i in fam else None
        for _ in range(300):
            region = r.choices([w[0] for w in REGION_WEIGHTS], [w[1] for w in REGION_WEIGHTS])[0]
            if shared is not None:
                region = "ntt"
            if i in self.spec["F"]:
                sex = "F"
            elif i in self.spec["M"]:
                sex = "M"
            else:
                sex = r.choice("MF")
            given = r.choice(GIVEN[region][sex])
            family = shared or r.choice(
                BALI_WOMEN if region == "bali" and sex == "F" else FAMILY[region]
            )
            words = {w.lower() for w in given.split()}
            if shared is None:
                words |= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        year = r.randint(2006, 2016) if i in self.spec["K"] else r.randint(1958, 2002)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        district = (
            "5371%02d" % r.randint(1, 6)
            if r.random() < 0.8
            else "53%s%02d"
            % (
                r.choice(("01", "02", "03", "04", "06", "10", "13", "14")),
                r.randint(1, 12),
            )
        )
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 300)
            )
        )
        kk = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 24))
                + "%04d" % r.randint(1, 9999)
            )
        )
        full = given + " " + family
        gl = given.lower().replace(" ", "")
        fl = family.lower().replace(" ", "")
        local = r.choice(
            (
                f"{gl}.{fl}{r.randint(1, 99)}",
                f"{gl}{fl}",
                f"{gl}_{fl}{year % 100:02d}",
                f"{fl}.{gl}",
                f"{gl[0]}{fl}{r.randint(70, 99)}",
            )
        )
        mob, mob2, land = self.mobile_raw(), self.mobile_raw(), self.land_raw()
        bank = r.choice(BANKS)
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 140)) + r.choice(("", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor "))
        rt = self.rtrw()
        p = {
            "n": full,
            "N": full.upper(),
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "sex": sex,
            "mob": mob,
            "mob2": mob2,
            "land": land,
            "nik": nik if r.random() < 0.6 else " ".join(nik[k : k + 4] for k in range(0, 16, 4)),
            "nikb": nik,
            "kk": kk,
            "em": f"{local}@{r.choice(HOSTS)}",
            "bank": bank,
            "rek": self.account(bank),
            "rekbni": self.fresh(lambda: r.choice(sorted(PREFIXES))[:4] + self.digits(6)),
            "bpjs": self.fresh(lambda: "000" + self.digits(10)),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "rt": rt,
            "pl": self.plate(),
            "ew": r.choice(EWALLETS),
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
                "RT %03d / RW %03d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "EB", "ED")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KB", "BH", "AS", "CD", "P", "KL")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = "%04d" % r.randint(1, 9999) + "01" + self.digits(6) + "5" + self.digits(2)
            return self.fresh(
                lambda: r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            )
        if bank == "BNI":
            return self.fresh(lambda: "0" + self.digits(9))
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
        return self.fresh(lambda: "7" + self.digits(9))

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 7 * i + (i * i) % 5) % (24 * 60)
        return m // 60, m % 60

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        r = self.rng
        i = int(index) if index else 1
        person_keys = {
            "n",
            "N",
            "l",
            "g",
            "G",
            "lg",
            "f",
            "F",
            "nik",
            "nikb",
            "kk",
            "em",
            "bank",
            "rek",
            "rekbni",
            "bpjs",
            "ad",
            "adr",
            "rt",
            "pl",
            "ew",
        }
        if name in {"KEL", "KEC", "PUSK", "SCHOOL", "PASAR", "BIZ", "JL", "JLNO", "BNK", "EWAL"}:
            return self.value(name.lower(), index).upper()
        if name in person_keys:
            return self.person(i)[name]
        if name == "AD":
            return self.person(i)["ad"].upper()
        if name == "RT":
            return self.person(i)["rt"].upper()
        if name == "PL":
            return self.person(i)["pl"]
        if name.startswith("hp"):  # a person's mobile, in a writing
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):  # the same person's second mobile
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name in ("tr", "trn"):  # the same person's home landline (trn: no brackets)
            return self.write_land(self.person(i)["land"], name == "trn")
        if name.startswith(("owa", "bwa", "scam")):
            how = name[3:] if not name.startswith("scam") else name[4:]
            return self.write_mobile(self.mobile_raw(), how)
        if name in ("otel", "otelp"):  # an office's landline (otelp: no brackets)
            return self.write_land(self.land_raw(), name == "otelp")
        if name == "otelb":
            return self.land_raw()
        if name == "tf":
            return r.choice(("0800-1-%03d-%03d", "0800 1%03d %03d", "0800-1%03d-%03d")) % (
                r.randint(100, 999),
                r.randint(0, 999),
            )
        if name == "cc":
            return r.choice(("1500 %03d", "1500%03d", "1500-%03d")) % r.randint(0, 999)
        if name == "sc":
            return "14%03d" % r.randint(0, 99)
        # -- codes
        if name == "va":
            return r.choice(("8808 %s %s %s", "8077%s%s%s", "88810 %s%s%s")) % (
                self.digits(4),
                self.digits(4),
                self.digits(4),
            )
        if name == "vahp":  # a top-up VA made of a prefix and a mobile
            pre = r.choice(("39358", "70001", "3901", "88810", "8528"))
            mob = self.mobile_raw()
            return r.choice((pre + mob, pre + " " + mob))
        if name == "bva":
            return "88888" + self.digits(11)
        if name == "trx":
            return "%d%02d%02d%s" % (
                self.year,
                self.month,
                self.day,
                self.digits(r.choice((10, 12, 14))),
            )
        if name == "ref":
            return r.choice(("0", "08", "62", "9")) + self.digits(r.choice((11, 12, 13)))
        if name == "refo":  # a reference opening with a mobile's prefix
            return self.fresh(lambda: self.mobile_raw()[:4] + self.digits(r.choice((8, 10, 12))))
        if name == "sn":  # a voucher's or a top-up's serial number
            return self.fresh(
                lambda: r.choice(("0", "08", "62", "41")) + self.digits(r.choice((14, 16, 18)))
            )
        if name == "resi":
            return r.choice(
                (
                    "JP" + self.digits(10),
                    "00" + self.digits(10),
                    "CGK" + self.digits(13),
                    "0" + r.choice("89") + self.digits(10),
                    "SPXID0" + self.digits(11),
                    "TKP01-" + self.digits(8),
                )
            )
        if name == "resio":  # a tracking number opening with a mobile's prefix
            return self.fresh(lambda: self.mobile_raw()[:4] + self.digits(8))
        if name == "order":
            return r.choice(
                (
                    "%02d%02d%02d%s"
                    % (
                        self.year % 100,
                        self.month,
                        self.day,
                        "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXY0123456789") for _ in range(8)),
                    ),
                    "INV/%d%02d%02d/MPL/%s" % (self.year, self.month, self.day, self.digits(10)),
                    "0" + r.choice("89") + self.digits(12),
                )
            )
        if name == "token":
            t = self.digits(20)
            return r.choice(
                (
                    " ".join(t[k : k + 4] for k in range(0, 20, 4)),
                    "-".join(t[k : k + 4] for k in range(0, 20, 4)),
                    t,
                )
            )
        if name == "meter":
            return r.choice(("08", "62", "14", "32", "56", "86")) + self.digits(9)
        if name == "metero":  # a meter number opening with a mobile's prefix
            return self.fresh(lambda: self.mobile_raw()[:4] + self.digits(7))
        if name == "idpel":
            return r.choice(("5312", "5311", "5313", "6281", "0812")) + self.digits(8)
        if name == "idpelx":  # a customer ID opening 628…
            return "62" + self.mobile_raw()[1:4] + self.digits(7)
        if name == "samb":
            return "%02d-%02d-%06d" % (r.randint(1, 12), r.randint(1, 40), r.randint(1, 999999))
        if name == "imei":
            return r.choice(("35", "86", "01")) + self.digits(13)
        if name == "rangka":
            return (
                r.choice(("MH1JM", "MH1JF", "MH3SE", "MHKA6"))
                + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5))
                + self.digits(7)
            )
        if name == "mesin":
            return r.choice(("JM", "JFZ", "E3", "K1")) + self.digits(2) + "E" + self.digits(7)
        if name == "snd":  # a device's serial
            return r.choice(("R58M", "SN", "0823", "8", "0852")) + self.digits(r.choice((7, 8, 9)))
        if name == "nikfrag":
            return self.digits(r.choice((4, 4, 6)))
        if name == "nikmask":
            d = "5371" + "%02d" % r.randint(1, 6)
            return r.choice(
                (
                    d[:4] + "xxxxxxxx" + self.digits(4),
                    d + "**********",
                    d + "xxxxxx" + self.digits(4),
                )
            )
        if name == "tiket":
            return r.choice(
                (
                    "LPR-%d-%02d%02d-%04d" % (self.year, self.month, self.day, r.randint(1, 9999)),
                    "#%02d%02d-%04d-%03d"
                    % (self.year % 100, self.month, r.randint(0, 9999), r.randint(0, 999)),
                    "LAPOR-5371-%d-%05d" % (self.year, r.randint(1, 99999)),
                )
            )
        if name == "surat":
            return "%s/%03d/%s/%s/%d" % (
                r.choice(("400.7", "500.11", "690", "800", "474", "045.2")),
                r.randint(1, 999),
                r.choice(("PKM-OBB", "DISHUB", "PDAM", "KEL-OBF", "DINKES", "BPBD")),
                ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[
                    self.month - 1
                ],
                self.year,
            )
        if name == "nop":
            return "53.71.%03d.%03d.%03d-%04d.0" % (
                r.randint(10, 60),
                r.randint(1, 20),
                r.randint(1, 99),
                r.randint(1, 9999),
            )
        if name == "kpj":
            return r.choice(("23", "19", "24")) + self.digits(9)
        if name == "nip":
            y = r.randint(1968, 1995)
            return "%d%02d%02d %d%02d %d %03d" % (
                y,
                r.randint(1, 12),
                r.randint(1, 28),
                y + r.randint(22, 28),
                r.randint(1, 12),
                r.randint(1, 2),
                r.randint(1, 20),
            )
        if name == "nisn":
            return "00" + self.digits(8)
        if name == "kode":
            return self.digits(6)
        # -- figures
        if name == "rp":  # a sum of a household's size
            return r.choice(
                (
                    "%d.000"
                    % r.choice((50, 75, 100, 150, 200, 250, 300, 350, 400, 500, 600, 750, 850)),
                    "%d.%03d.000" % (r.randint(1, 3), r.choice((0, 250, 500, 750))),
                )
            )
        if name == "rpb":  # a big sum: land, a vehicle, a year's rent
            return "%d.%03d.000" % (r.randint(5, 95), r.choice((0, 0, 500)))
        if name == "rpk":  # a small sum: a fee, a top-up, a kilo of something
            return "%d.%s" % (r.randint(5, 95), r.choice(("000", "000", "500")))
        if name == "harga":
            return "%d.%s" % (r.randint(8, 95), r.choice(("000", "000", "500")))
        if name == "stamp":  # a date and a time glued into digits
            h, m = self.clock(i)
            d = (self.day + i * 3) % 28 + 1
            return r.choice(
                (
                    "%d%02d%02d%02d%02d%02d" % (self.year, self.month, d, h, m, r.randint(0, 59)),
                    "%02d%02d%d%02d%02d" % (d, self.month, self.year, h, m),
                    "%02d%02d%02d-%02d%02d" % (d, self.month, self.year % 100, h, m),
                )
            )
        if name == "bln":
            return MONTHS[self.month - 1]
        if name == "tgl":
            d = (self.day + i * 3) % 28 + 1
            return r.choice(("%02d/%02d/%d", "%02d-%02d-%d", "%d/%d/%d")) % (
                d,
                self.month,
                self.year,
            )
        if name == "tg":
            d = (self.day + i * 3) % 28 + 1
            return "%d %s %d" % (d, MONTHS[self.month - 1], self.year)
        if name == "tgs":  # a date glued as digits
            d = (self.day + i * 3) % 28 + 1
            return r.choice(
                (
                    "%02d%02d%d" % (d, self.month, self.year),
                    "%d%02d%02d" % (self.year, self.month, d),
                    "%02d%02d%02d" % (d, self.month, self.year % 100),
                )
            )
        if name == "jam":
            h, m = self.clock(i)
            return "%02d.%02d" % (h, m)
        if name == "dt":  # a chat header's date and time
            h, m = self.clock(i)
            return "%02d/%02d/%d %02d.%02d" % (self.day, self.month, self.year, h, m)
        if name == "hari":
            return r.choice(HARI)
        if name == "num":
            return str(r.randint(2, 48))
        if name == "thn":
            return str(self.year)
        # -- places and bodies
        if name == "kel":
            return r.choice(KELURAHAN)
        if name == "kec":
            return r.choice(KECAMATAN)
        if name == "pusk":
            return r.choice(PUSKESMAS)
        if name == "school":
            return r.choice(SCHOOLS)
        if name == "pasar":
            return r.choice(PASAR)
        if name == "biz":
            return r.choice(BUSINESSES)
        if name == "jl":
            return r.choice(PUBLIC_STREETS)
        if name == "jlno":  # an office's or a business's street address
            return "%s No. %d" % (r.choice(PUBLIC_STREETS), r.randint(1, 120))
        if name == "bnk":
            return r.choice(BANKS)
        if name == "ewal":
            return r.choice(EWALLETS)
        if name == "rekb":  # a body's account
            return self.account(r.choice(BANKS))
        if name in ("rekbri", "rekntt", "rekbca", "rekmdr"):  # a body's, at that bank
            return self.account(
                {"rekbri": "BRI", "rekntt": "Bank NTT", "rekbca": "BCA", "rekmdr": "Mandiri"}[name]
            )
        if name == "rekbo":  # a body's BNI account opening 08
            return self.fresh(lambda: r.choice(sorted(PREFIXES))[:4] + self.digits(6))
        if name == "npwpb":
            return "%02d.%03d.%03d.%d-%s.000" % (
                r.randint(1, 99),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921", "922")),
            )
        raise KeyError(name)


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


NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
ADDRESS_START = re.compile(r"(?i)(jl\.?|jalan|gg\.|rt\b|rt/rw|perumnas|kompleks|btn|lr\.)")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9Oo]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OoLlISB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 7:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


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
        digits = sum(c.isdigit() for c in seg)
        if kind == "name":
            first = re.split(r"[\s.]+", seg)[0].lower()
            if first in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or any(c.isdigit() for c in seg) or "\n" in seg:
                bad.append(f"name chars {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk") and (
            digits != 16 or re.search(r"[^0-9 .\-]", seg) or not seg.startswith("53")
        ):
            bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and digits not in (15, 16):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs" and (digits != 13 or not seg.startswith("000")):
            bad.append(f"bpjs {seg!r}")
        elif kind == "bank_account" and not 10 <= digits <= 16:
            bad.append(f"account {seg!r}")
        elif kind == "email" and "@" not in seg:
            bad.append(f"email {seg!r}")
        elif kind == "address" and (not ADDRESS_START.match(seg) or not seg[-1].isalnum()):
            bad.append(f"address {seg!r}")
        elif kind == "plate" and not re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}", seg):
            bad.append(f"plate {seg!r}")
    # every other occurrence of a labelled name word or number is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        if s["kind"] == "name":
            for word in re.findall(r"[A-Za-z]{3,}", seg):
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append(f"unlabelled name word {word!r}")
        elif s["kind"] in NUMERIC:
            d = "".join(c for c in seg.translate(OCR_BACK) if c.isdigit())
            if len(d) < 8:
                continue
            pos = [k for k, c in enumerate(text) if c.isdigit()]
            joined = "".join(text[k] for k in pos)
            # the number's national digits, so that 62 812… and 0812… are the same line
            cores = {d, d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d}
            for core in cores:
                start = joined.find(core)
                while start != -1:
                    if not all(inside[pos[k]] for k in range(start, start + len(core))):
                        bad.append(f"unlabelled repeat of {seg!r}")
                    start = joined.find(core, start + 1)
    return bad


def lookalikes(text: str) -> int:
    """Runs of four or more digits (separators inside a run allowed): the look-alikes."""
    return len(re.findall(r"\d{2,}(?:[ .\-/]?\d+)*", text))


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
                raise SystemExit(f"template {number} ({style}/{theme}) keeps failing: {last}")
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
            "id": "d27-%04d" % k,
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]


def report(records: list[dict[str, object]], digest: str) -> None:
    kinds = sorted(KINDS.values())
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
    for field, values in (("style", STYLES), ("theme", THEMES)):
        print()
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
        print(
            "| **total** | %d | %d | %s |"
            % (len(records), empty, " | ".join(str(total[k]) for k in kinds))
        )
    per = Counter(s["kind"] for r in records for s in r["spans"])
    print()
    print("spans per kind:", ", ".join(f"{k} {v}" for k, v in per.most_common()))
    odd: Counter[str] = Counter()
    for r in records:
        for s in r["spans"]:
            if s["kind"] != "phone":
                continue
            seg = r["text"][s["start"] : s["end"]]
            if "\n" in seg:
                odd["over a line break"] += 1
            elif re.search(r"[OoLlISB]", seg):
                odd["letters for digits"] += 1
            elif seg.startswith("+62"):
                odd["+62"] += 1
            elif seg.startswith("62"):
                odd["62 without +"] += 1
            elif seg.lstrip("(").startswith("0380"):
                odd["Kupang landline"] += 1
            elif re.search(r"[_\u2013\u2022\u00a0/]| - ", seg):
                odd["odd separators"] += 1
            elif seg.isdigit():
                odd["one block"] += 1
            else:
                odd["spaces, dashes or dots"] += 1
    print("phone writings:", ", ".join(f"{k} {v}" for k, v in sorted(odd.items())))
    runs = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
    print("unlabelled digit runs of nine digits or more:", runs)


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{3,}\d", r["text"]):
            if not any(inside[m.start() : m.end()]):
                before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
                print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(records) >= 600, len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= 55 for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= 0.3 * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    assert per["phone"] >= 200, per["phone"]
    pairs = defaultdict(set)
    for r in records:
        pairs[r["style"]].add(r["theme"])
    for s in STYLES:
        assert len(pairs[s]) >= 5, (s, pairs[s])
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name,
# {f1}/{F1} family name); {hp1} the person's mobile in a random writing, {hpb1} one block,
# {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpm1} 4-3-rest, {hpi1}/{hpis1} +62 with
# separators, {hpj1} +62 in one block, {hpk1}/{hpks1} 62 without +, {hpp1} prefix in brackets,
# {hpx1} odd separators (underscores, spaced dashes, en dashes, bullets, no-break spaces, pairs,
# a slash), {hpo1} letters for digits, {hpn1} broken over a line; {hq1} a second mobile
# (same suffixes); {tr1} home landline (0380) 8…; {nik1}, {nikb1}, {kk1}, {em1}, {bank1} and
# {rek1} an account at that bank, {rekbni1} a BNI account opening 08, {bpjs1}, {ad1} street and
# number, {adr1} with RT/RW, {rt1} RT/RW alone, {pl1} plate, {ew1} an e-wallet.
# Not a person's: {owa}/{bwa}/{scam} an office's, a business's, a scam's mobile; {otel} an
# office's landline; {tf} toll-free 0800, {cc} 1500…, {sc} 14…; {va}, {vahp} a VA holding a
# mobile's digits, {bva} BPJS VA, {trx}, {ref}, {refo}, {sn}, {snd}, {resi}, {resio},
# {order}, {token}, {meter}, {metero}, {idpel}, {idpelx}, {samb}, {imei}, {rangka},
# {mesin}, {nikfrag}, {nikmask}, {tiket}, {surat}, {nop}, {kpj}, {nip}, {nisn}, {kode},
# {rekb}/{rekbo} a body's account (opening 08); figures {rp}, {harga}, {tgl}, {tg}, {tgs},
# {jam}, {dt}, {hari}, {num}, {thn}; places {kel}, {kec}, {pusk}, {school}, {pasar}, {biz},
# {jl}, {jlno}, {bnk}, {ewal}.

TEMPLATES: list[tuple] = []

# ---- sms_1708: SMS to 1708, "KOTKUPANG <keluhan>", lower case and capitals
TEMPLATES += [
    T(
        "sms_1708",
        "odd_places",
        "kotkupang sy tertipu beli HP bekas lewat FB. sdh transfer Rp {rp1} ke {ew2} [[p:{hpb2}]] a.n. [[n:{n2}]], tp barang tdk dikirim dan nomornya skrg tdk aktif. mohon dibantu. [[n:{n1}]] [[p:{hpo1}]]",
    ),
    T(
        "sms_1708",
        "odd_places",
        "KOTKUPANG SY SDH BAYAR DP RP {rp1} KE TUKANG BANGUNAN [[n:{n2}]] HP [[p:{hpd2}]] UTK PERBAIKI ATAP RUMAH SY DI [[a:{ad1}]] TP SDH 2 BLN TDK DATANG2. KATANYA SIBUK PROYEK. MOHON DIBANTU. [[n:{n1}]]",
        M=(2,),
        U=True,
    ),
    T(
        "sms_1708",
        "mixed",
        "kotkupang lampu jalan di {jl} depan {school} mati sdh 2 minggu. sdh tlp kantor lurah {otel1} tdk diangkat, WA pengaduan {owa1} cuma centang 1. sy [[n:{n1}]] warga [[a:{rt1}]] kel {kel}, hp [[p:{hp1}]]",
    ),
    T(
        "sms_1708",
        "odd_places",
        "kotkupang air PDAM sdh 5 hari tdk mengalir di [[a:{rt1}]] kel {kel}. no sambungan {samb1}, tagihan bln lalu Rp {rp1} tetap dibayar. kalau petugas mau cek hub [[p:{hpb1}]] ([[n:{lg1}]])",
    ),
    T(
        "sms_1708",
        "scams",
        "kotkupang sy mau lapor arisan online yg bawa lari uang. admin arisannya [[n:{n2}]], WA [[p:{hp2}]], sdh kumpul uang dr 30 org lalu hilang. sy setor Rp {rp1} ke rek {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] tgl {tgl1}. tlg ditindak. [[n:{g1}]] [[p:{hp1}]]",
    ),
    T(
        "sms_1708",
        "odd_places",
        "KOTKUPANG TELP RUMAH SY [[p:{tr1}]] MATI SEJAK TIANG TELKOM DEPAN RUMAH ROBOH {tgl1}. SDH LAPOR 147 NO TIKET IN{trx1} TP BLM ADA PETUGAS. ALAMAT [[a:{ad1}]] KEL {kel}. [[n:{n1}]] HP [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "odd_places",
        "kotkupang bantuan lansia utk mama sy [[n:{n2}]] katanya sdh cair ke {ew3} nomor [[p:{hpb3}]], itu nomor tetangga [[n:{n3}]], bukan nomor mama. NIK mama [[nik:{nik2}]]. mohon diperbaiki pendamping. sy [[n:{g1}]] [[p:{hp1}]]",
        F=(2,),
    ),
    T(
        "sms_1708",
        "odd_places",
        "KOTKUPANG\nsy mau lapor pungli parkir di {pasar}, tukang parkir minta Rp 5.000 per motor pdhl karcis Rp 2.000, tgl {tgl1} jam {jam1}.\nhub sy [[n:{g1}]] di [[p:{hpn1}]]",
    ),
    T(
        "sms_1708",
        "odd_places",
        "KOTKUPANG SY MAU LAPOR OJEK ONLINE YG SENGGOL PAGAR RUMAH SY LALU KABUR TGL {tgl1}. MOTOR BEAT HITAM [[pl:{pl2}]], NAMA DRIVER DI APLIKASI [[n:{n2}]], HP [[p:{hp2}]]. NO ORDER {order1}. SY [[n:{n1}]] [[p:{hp1}]]",
        M=(2,),
        U=True,
    ),
    T(
        "sms_1708",
        "mixed",
        "kotkupang tiang listrik miring depan rumah, sdh lapor PLN 123 dan WA PLN {owa1} tp blm ada petugas. ID pelanggan {idpel1}. sy [[n:{n1}]] hp [[p:{hp1}]] / [[p:{hq1}]]",
    ),
    T(
        "sms_1708",
        "odd_places",
        "kotkupang pemilik kos tempat sy tinggal, [[n:{n2}]] (hp [[p:{hp2}]]), tahan KTP sy krn telat bayar sewa Rp {rp1}. sy [[n:{g1}]], kos di [[a:{ad2}]] kel {kel}. mohon dibantu",
    ),
    T(
        "sms_1708",
        "odd_places",
        "kotkupang wali kelas anak sy di {school}, ibu [[n:{n2}]], minta uang les tambahan Rp {rp1}/bln lewat WA pribadinya [[p:{hp2}]]. apa ini boleh? sy [[n:{g1}]]",
        F=(2,),
    ),
    T(
        "sms_1708",
        "mixed",
        "KOTKUPANG SY PEMILIK KIOS SEMBAKO DI {pasar}, RETRIBUSI DITAGIH 2X BLN INI (KARCIS NO {kode1} DAN {kode2}). NAMA SY [[n:{n1}]], HP PRIBADI [[p:{hpx1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "figures",
        "KOTKUPANG TAGIHAN PDAM BLN INI RP {rp1} PDHL BLN LALU RP {rp2}. NO SAMBUNGAN {samb1}. METER TDK PERNAH DICATAT PETUGAS, TERAKHIR {tgl1}. TLG DICEK",
        U=True,
    ),
    T(
        "sms_1708",
        "codes",
        "kotkupang beli token PLN Rp {rp1} tgl {tgl1} jam {jam1}, token {token1} ditolak meter no {meter1}. ID pel {idpelx1}. sdh tlp 123 katanya tunggu 3x24 jam",
    ),
    T(
        "sms_1708",
        "office_lines",
        "kotkupang WA pengaduan Dukcapil {owa1} tdk pernah balas, tlp kantor {otel1} sibuk terus. sdh antri dr jam {jam1}, nomor antrian B-{num}. tlg diperhatikan",
    ),
    T(
        "sms_1708",
        "scams",
        "kotkupang sy dpt SMS dr {scam1} katanya sy menang undian Rp {rp1} dari bank, disuruh tlp {scam2} utk klaim. itu penipu kan? tlg diblokir",
    ),
    T(
        "sms_1708",
        "codes",
        "KOTKUPANG PAKET SY NO RESI {resio1} SDH 3 MGG BLM SAMPAI, KANTOR POS BILANG TERTAHAN DI GUDANG. NO PESANAN {order1}. MOHON DICEK",
        U=True,
    ),
    T(
        "sms_1708",
        "figures",
        "kotkupang NIK sy yg belakangnya {nikfrag1} katanya dobel dgn org lain di kel {kel}, kode wilayahnya 5371 sama. sdh 3x antri di Dukcapil, nomor antrian A-{num}. mohon dicek",
    ),
    T(
        "sms_1708",
        "codes",
        "kotkupang sy bayar iuran BPJS mandiri lewat VA {bva1} tgl {tgl1}, saldo terpotong Rp {rp1} tp status msh nunggak. no referensi {refo1}. call center 165 tdk bisa dihubungi",
    ),
    T(
        "sms_1708",
        "office_lines",
        "KOTKUPANG LAMPU JALAN DI {jl} MATI SEMUA DARI {tgl1}. SDH TLP DISHUB {otel1} DAN WA CENTER {owa1}, JUGA SMS 1708 TGL {tgl2}. BELUM ADA RESPON",
        U=True,
    ),
    T(
        "sms_1708",
        "codes",
        "kotkupang uang komite di {school} disetor ke rek BNI {rekbo1} a.n. Komite Sekolah, tp kwitansi tdk dikasi. tiap siswa Rp {rp1}. sy tanya ke TU {otel1} katanya urusan komite",
    ),
]

# ---- wa_forward: forwarded WhatsApp chats and broadcasts
TEMPLATES += [
    T(
        "wa_forward",
        "mixed",
        "[{dt1}] [[p:{hpi1}]]: Selamat malam bapa mama, sa [[n:{g1}]] dari [[a:{rt1}]]. Air di sini mati 4 hari, sapa yang punya nomor petugas PDAM?\n[{dt2}] [[n:{n2}]]: Call center PDAM {otel1}, tapi jarang angkat\n[{dt3}] [[n:{g3}]]: Coba WA pengaduan PDAM {owa1}, tadi pagi sa chat dapa balas",
    ),
    T(
        "wa_forward",
        "mixed",
        "*Diteruskan*\nDari: [[n:{n1}]] ([[p:{hpi1}]])\nTolong bantu sebar ke keluarga ya.\n\nINFO IMUNISASI POLIO\n{pusk} buka pos imunisasi tgl {tgl1} jam 08.00\u201312.00 WITA.\nPendaftaran WA {owa1} (admin puskesmas)\nInfo lain telp {otel1}",
    ),
    T(
        "wa_forward",
        "odd_places",
        "[{dt1}] [[n:{n1}]]: Yang su bayar arisan bulan ini kirim bukti ya. Transfer ke {ew1} sa [[p:{hpd1}]] a.n. [[n:{n1}]] atau rek {bank1} [[b:{rek1}]]\n[{dt2}] [[n:{n2}]]: Su kak, ID transaksi {trx1}\n[{dt3}] [[n:{n3}]]: Sa transfer jam {jam3}, ref {refo1}",
    ),
    T(
        "wa_forward",
        "scams",
        "*Diteruskan*\nHati-hati bapa mama, ada yang jual tabung gas 3 kg murah di FB. Sa su transfer Rp {rp1} ke {ew2} [[p:{hpb2}]], yang punya nama [[n:{n2}]]. Barang sonde datang, nomor su blokir sa. Kalau ada yang kenal tolong kabari sa [[n:{g1}]] [[p:{hp1}]]",
    ),
    T(
        "wa_forward",
        "odd_places",
        "[{dt1}] Pak RT: Bapa mama, kalau ada ibu hamil yang mau melahirkan malam-malam, telpon saja bidan [[n:{g1}]] di [[p:{hp1}]]. {pusk} tutup jam 14.00. UGD RSUD {otel1}, ambulans 119.\n[{dt2}] [[n:{n2}]]: Terima kasih Pak RT",
        F=(1,),
    ),
    T(
        "wa_forward",
        "odd_places",
        "*Diteruskan*\nDITEMUKAN dompet coklat di depan {school} tgl {tgl1}. Isi KTP a.n. [[n:{N2}]], NIK [[nik:{nik2}]], kartu ATM dan uang. Yang kenal pemiliknya hub [[p:{hp1}]] ([[n:{lg1}]])",
    ),
    T(
        "wa_forward",
        "mixed",
        "[{dt1}] [[n:{n1}]]: Tukang sumur bor yang bagus tu Om [[n:{g2}]], nomornya [[p:{hps2}]]\n[{dt2}] [[n:{n3}]]: Yang di baliho SUMUR BOR JAYA hub {bwa1} itu ko?\n[{dt3}] [[n:{g1}]]: Bukan, itu lain. Om [[n:{g2}]] kerja sendiri, sonde pake baliho",
        M=(2,),
    ),
    T(
        "wa_forward",
        "odd_places",
        "*Diteruskan*\nYth. orang tua murid kelas 5B {school}. Sa wali kelas, [[n:{n1}]]. Untuk izin sakit silakan WA ke HP sa [[p:{hp1}]]. Untuk urusan administrasi ke Tata Usaha telp {otel1}. Terima kasih.",
    ),
    T(
        "wa_forward",
        "mixed",
        "*Diteruskan berkali-kali*\nDICARI: anak kami [[n:{n2}]] (12 thn), pakai seragam SD, terakhir dilihat di {pasar} jam {jam1}. Yang lihat hubungi mamanya [[n:{n1}]] [[p:{hp1}]] atau bapanya [[p:{hp3}]] atau Polsek {otel1}.",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "wa_forward",
        "mixed",
        "[{dt1}] [[n:{n1}]]: Sapa tau ojek langganan yang bisa antar anak sekolah pagi-pagi?\n[{dt2}] [[n:{n2}]]: Pangkalan ojek depan {pasar} tu nomor {bwa1}, tapi lebih bae Om [[n:{g3}]], dia pung HP [[p:{hp3}]], motor [[pl:{pl3}]]\n[{dt3}] [[n:{g1}]]: Makasih kaka",
        M=(3,),
    ),
    T(
        "wa_forward",
        "odd_places",
        "[{dt1}] [[n:{n1}]]: Bapa mama, beta pung mama di Soe su ganti nomor. Yang baru [[p:{hp2}]], yang lama [[p:{hq2}]] su hilang deng HP. Tolong simpan e\n[{dt2}] [[n:{n3}]]: Siap kaka",
    ),
    T(
        "wa_forward",
        "odd_places",
        "[{dt1}] Pendamping PKH [[n:{n1}]]: Ibu-ibu KPM yang belum kirim nomor HP untuk bantuan lewat {ewal}, kirim ke sa dengan format NAMA#NIK#HP. Jangan kirim ke nomor lain.\n[{dt2}] [[n:{n2}]]: [[n:{N2}]]#[[nik:{nikb2}]]#[[p:{hpb2}]]\n[{dt3}] [[n:{n3}]]: [[n:{N3}]]#[[nik:{nikb3}]]#[[p:{hpb3}]]",
        F=(2, 3),
    ),
    T(
        "wa_forward",
        "scams",
        "[{dt1}] [[p:{hpj1}]]: Bapa mama hati-hati, tadi ada nomor {scam1} telpon sa, bilang dia dari Dinas Sosial, minta foto KTP deng KK. Sa sonde kasi.\n[{dt2}] [[n:{n2}]]: Betul, itu penipu. Nomor resmi Dinsos cuma {otel1}",
    ),
    T(
        "wa_forward",
        "office_lines",
        "*Diteruskan*\nINFO PEMADAMAN LISTRIK\nPLN ULP Kupang: {hari}, {tg1} pukul 09.00\u201315.00 WITA pemeliharaan jaringan di {kel} dan {kel2}. Info hubungi PLN 123 atau WA PLN {owa1}. Mohon maaf atas ketidaknyamanannya.",
    ),
    T(
        "wa_forward",
        "scams",
        "*Diteruskan berkali-kali*\nSELAMAT! Nomor WhatsApp Anda terpilih menerima BLT Rp {rp1}. Klaim di {scam1} (admin Kemensos). Kirim NIK dan No KK sekarang!\n\n[{dt1}] Admin Grup: Bapa mama jangan percaya e, itu tipu-tipu. Nomor {scam1} su dilapor ke 1708.",
    ),
    T(
        "wa_forward",
        "scams",
        "[{dt1}] {scamj1}: Yth Bapak/Ibu pelanggan, kami dari PLN UP3 Kupang. Tunggakan listrik Anda Rp {rp1}. Segera bayar ke VA {va1} sebelum {tgl1} agar tidak diputus.\n[{dt2}] {scamj1}: Konfirmasi pembayaran ke nomor ini.",
    ),
    T(
        "wa_forward",
        "figures",
        "*Diteruskan*\nHARGA SEMBAKO {pasar} hari ini {tg1}:\nBeras medium 5 kg Rp {harga1}\nMinyak goreng 1 L Rp {harga2}\nGula 1 kg Rp {harga3}\nTelur 1 rak Rp {harga4}\nGas 3 kg Rp {harga5}\nSumber: Disperindag, info {otel1}",
    ),
    T(
        "wa_forward",
        "office_lines",
        "*Diteruskan*\nNOMOR PENTING KOTA KUPANG\nAmbulans 119\nPolisi 110\nDamkar {otel1}\nPLN 123 / WA {owa1}\nPDAM {otel2} / WA {owa2}\nPengaduan Pemkot SMS 1708 (KOTKUPANG spasi keluhan)\nBPBD {otel3}\nSimpan baik-baik",
    ),
    T(
        "wa_forward",
        "office_lines",
        "*Diteruskan*\nCatering Se'i Lontar terima pesanan nasi kotak dan snack untuk acara syukuran, mulai Rp 25.000/kotak. Pesan H-2 di WA {bwa1} / {bwa2}. Transfer ke rekening usaha BCA {rekbca1}.",
    ),
    T(
        "wa_forward",
        "codes",
        "[{dt1}] Toko Bangunan Karya Timor: Pesanan Bapak/Ibu no {order1} sudah dikirim dengan truk kami, surat jalan {resi1}. Total Rp {rp1}. Pembayaran ke rek BNI {rekbo1} (rekening toko). Info pengiriman WA {bwa1}.",
    ),
    T(
        "wa_forward",
        "office_lines",
        "*Diteruskan*\nPanitia Natal bersama {kel}: sumbangan dapat diserahkan ke sekretariat atau transfer rek Bank NTT {rekntt1} (rekening panitia). Konfirmasi WA panitia {owa1} / {owa2}. Acara tgl {tgl1} jam 17.00.",
    ),
    T(
        "wa_forward",
        "scams",
        "[{dt1}] Grup Warga {kel}: Ada yang dapa WA dari {scam1} deng {scam2}, dua-dua mengaku petugas PKH, minta biaya Rp {rp1} untuk cairkan bantuan. Itu nomor resmi ka?\n[{dt2}] Admin Kelurahan: Bukan bapa mama. Info PKH hanya lewat kantor kelurahan {otel1}.",
    ),
]

# ---- web_form: the city portal's complaint form and other online forms
TEMPLATES += [
    T(
        "web_form",
        "mixed",
        "Nama Pelapor: [[n:{n1}]]\nNo. HP/WA: [[p:{hpb1}]]\nEmail: [[e:{em1}]]\nAlamat: [[a:{adr1}]], Kel. {kel}\nKategori: Kesehatan\nUraian: Depot air isi ulang dekat rumah jual air keruh dan berbau. Di galon ada stiker 'DEPOT AIR TIRTA LONTAR \u2013 {bwa1}'. Sudah sy tanya langsung tp tidak ditanggapi. Mohon dicek Dinas Kesehatan.",
    ),
    T(
        "web_form",
        "odd_places",
        "Nama: [[n:{n1}]]\nTelepon rumah: [[p:{tr1}]]\nHP: [[p:{hp1}]]\nAlamat: [[a:{ad1}]], Kel. {kel}, Kec. {kec}\nIsi laporan: Meteran listrik prabayar no {meter1} (ID pelanggan {idpel1}) berbunyi terus padahal token {token1} baru diisi tgl {tgl1}. Sudah lapor PLN 123, tiket {tiket1}.",
    ),
    T(
        "web_form",
        "odd_places",
        "Nama: [[n:{n1}]]\nNIK: [[nik:{nik1}]]\nNo. HP: [[p:{hp1}]]\nKategori: Bantuan Sosial\nUraian: Bantuan UMKM katanya dikirim ke {ew1} sesuai nomor HP yang didaftar. Sy daftar pakai [[p:{hpd1}]], tapi dana masuk ke nomor [[p:{hp2}]] milik [[n:{n2}]] (tetangga yang bantu isi formulir). Mohon diperbaiki.",
    ),
    T(
        "web_form",
        "mixed",
        "Nama Pelapor: [[n:{n1}]]\nHP: [[p:{hp1}]]\nUraian: Sy anak kos di [[a:{adr2}]], Kel. {kel}. Pemilik kos [[n:{n2}]] (HP pribadi [[p:{hp2}]]) naikkan sewa tiba-tiba dari Rp {rp1} ke Rp {rp2} dan ancam usir. Di papan depan tertulis 'KOS PUTRI ANGGREK \u2013 HUB {bwa1}' tapi nomor itu tidak aktif.",
    ),
    T(
        "web_form",
        "odd_places",
        "Formulir Pendaftaran Posyandu Lansia\nNama: [[n:{n1}]]\nNIK: [[nik:{nik1}]]\nNo. BPJS: [[bpjs:{bpjs1}]]\nHP: -\nKontak darurat: [[n:{n2}]] (anak) [[p:{hp2}]]\nAlamat: [[a:{adr1}]]\nCatatan petugas: daftar ulang tiap bulan di {pusk}, info {otel1}.",
    ),
    T(
        "web_form",
        "scams",
        "Nama: [[n:{n1}]]\nHP: [[p:{hp1}]]\nKategori: Penipuan/Pinjaman\nUraian: Sy pinjam uang ke perorangan bernama [[n:{n2}]] (WA [[p:{hp2}]]) Rp {rp1}, bunga 30% per minggu. Dia sebar foto KTP sy ke grup. Uang pinjaman dikirim dari rek {bank2} [[b:{rek2}]] a.n. [[n:{n2}]].",
    ),
    T(
        "web_form",
        "odd_places",
        'Kategori: Lingkungan\nUraian: Tetangga sy buang sampah ke saluran air depan rumah. Sudah ditegur, balasannya lewat WA:\n"[{dt1}] [[p:{hpi2}]]: sapa ko yang larang?"\nItu nomor tetangga, [[n:{n2}]]. Sy [[n:{n1}]], [[a:{rt1}]], HP [[p:{hp1}]]',
    ),
    T(
        "web_form",
        "mixed",
        "Nama Pelapor: [[n:{n1}]]\nNo. HP: [[p:{hp1}]]\nInstansi terlapor: {school}\nUraian: Anak sy dipungut Rp {rp1} untuk foto kelulusan. Saat sy telp tata usaha {otel1}, disuruh hubungi guru [[n:{n2}]] di HP pribadinya [[p:{hp2}]]. Guru itu bilang itu keputusan komite. Mohon ditertibkan.",
    ),
    T(
        "web_form",
        "odd_places",
        "Nama: [[n:{n1}]]\nEmail: [[e:{em1}]]\nHP: [[p:{hpk1}]]\nUraian: Sy sewa mobil dari perorangan, [[n:{n2}]] (WA [[p:{hp2}]]), mobil Avanza [[pl:{pl2}]]. Deposit Rp {rp1} tidak dikembalikan. Nomor rangka di STNK {rangka1}, nomor mesin {mesin1}.",
    ),
    T(
        "web_form",
        "scams",
        "Kategori: Penipuan\nUraian: Ada yang mengaku petugas Dukcapil bernama [[n:{n2}]] lewat WA [[p:{hp2}]], tawarkan cetak KTP cepat Rp {rp1}. Uang sudah sy kirim ke {ew3} [[p:{hpb3}]] a.n. [[n:{n3}]].\nPelapor: [[n:{n1}]], HP [[p:{hp1}]]",
    ),
    T(
        "web_form",
        "mixed",
        "Nama usaha: Laundry Bersih Kilat\nTelp usaha: {bwa1}\nPemilik: [[n:{n1}]]\nHP pemilik: [[p:{hpp1}]]\nAlamat usaha: {jlno1}\nUraian: Sy pemilik laundry. Air PDAM di ruko kami mati 1 minggu, no sambungan {samb1}. Mohon dibantu.",
    ),
    T(
        "web_form",
        "odd_places",
        "Kategori: Perhubungan\nUraian: Sopir angkot jurusan {kel}\u2013Terminal Kupang, mobil [[pl:{pl2}]], kasar ke penumpang dan minta ongkos Rp 10.000. Sopirnya kasih nomornya sendiri [[p:{hp2}]] sambil bilang 'lapor saja'. Nomor trayek di kaca 05.\nNama: [[n:{n1}]]\nHP: [[p:{hp1}]]",
    ),
    T(
        "web_form",
        "codes",
        "Nama: [[n:{n1}]]\nHP: [[p:{hpb1}]]\nUraian: Sy beli pulsa Rp {harga1} di Counter Pulsa Berkat untuk nomor sy sendiri [[p:{hpd1}]], struk keluar SN {sn1} tapi pulsa tidak masuk. Counter bilang hubungi 188.",
    ),
    T(
        "web_form",
        "office_lines",
        "Nama Pelapor: Dirahasiakan\nKategori: Administrasi Kependudukan\nUraian: Antrian di Dukcapil sangat panjang. WA pengaduan Dukcapil {owa1} tidak dibalas, telepon {otel1} tidak diangkat. Nomor antrian sy A-{num} tgl {tgl1}, NIK sy berakhiran {nikfrag1}.",
    ),
    T(
        "web_form",
        "codes",
        "Kategori: Listrik\nUraian: Token PLN yang sy beli lewat aplikasi tgl {tgl1} jam {jam1} tidak masuk. Nomor meter {metero1}, ID transaksi {trx1}, token {token1}, nominal Rp {rp1}. Call center PLN 123 minta tunggu.",
    ),
    T(
        "web_form",
        "scams",
        "Kategori: Penipuan\nUraian: Ada SMS dari {scam1}: 'Rekening BRI Anda diblokir, hubungi CS kami {scam2}'. Saat ditelpon minta kode OTP. Nomor itu bukan nomor resmi BRI (call center BRI {sc1}).\nNama pelapor: dirahasiakan",
    ),
    T(
        "web_form",
        "figures",
        "Kategori: Pendidikan\nUraian: Rincian pungutan {school}: uang gedung Rp {rp1}, seragam Rp {rp2}, LKS Rp {rp3}, foto Rp {rp4}. Surat edaran no {surat1} tgl {tgl1}. Total per siswa jauh di atas ketentuan.",
    ),
    T(
        "web_form",
        "codes",
        "Kategori: Perbankan\nUraian: Top up {ewal} lewat VA {vahp1} tgl {tgl1} Rp {rp1}, saldo bank terpotong tapi saldo e-wallet tidak bertambah. No referensi {ref1}. CS bank {cc1} minta tunggu 14 hari kerja.",
    ),
    T(
        "web_form",
        "office_lines",
        "Kategori: Perdagangan\nUraian: Toko elektronik di {jlno1} (telp {otel1}, WA {bwa1}) jual HP rekondisi sebagai baru. IMEI di dus {imei1} beda dengan IMEI di HP {imei2}. Nota no {kode1}.",
    ),
    T(
        "web_form",
        "office_lines",
        "Kategori: Kesehatan\nUraian: Ambulans {pusk} tidak bisa dihubungi malam hari. Nomor di papan puskesmas {owa1} mati, call center 119 sibuk, UGD RSUD {otel1} tidak angkat. Kejadian tgl {tgl1} jam {jam1}.",
    ),
    T(
        "web_form",
        "figures",
        "Kategori: Pajak Daerah\nUraian: Sy bayar PBB di bank tgl {tgl1}, kode billing {ref1}, NOP {nop1}, jumlah Rp {rp1}. Di SPPT tahun ini NOP sama tapi masih tertulis belum lunas. Bukti setor NTPD {trx1}.",
    ),
    T(
        "web_form",
        "scams",
        "Kategori: Penipuan\nUraian: Ada telpon dari {scam1}, ngaku kurir J&T, bilang paket sy tertahan dengan resi {resi1} dan minta transfer Rp {rp1} ke {ewal} {scamb2}. Sy tidak pernah pesan barang.",
    ),
]

# ---- lapor_ticket: SP4N-LAPOR! tickets with the offices' replies
TEMPLATES += [
    T(
        "lapor_ticket",
        "mixed",
        "Tiket {tiket1} | Kanal: SMS 1708 | {tgl1}\nIsi: KOTKUPANG jalan berlubang di depan rumah sy [[a:{ad1}]], sdh 3 motor jatuh. [[n:{n1}]]\nTanggapan Dinas PUPR: Laporan dari nomor [[p:{hp1}]] telah kami terima dan diteruskan ke bidang Bina Marga. Untuk koordinasi lapangan hubungi {otel1}.",
    ),
    T(
        "lapor_ticket",
        "mixed",
        "Nomor laporan: {tiket1}\nIsi laporan: Sampah di TPS {kel} tidak diangkut 1 minggu.\nTindak lanjut DLHK: Sudah dijadwalkan pengangkutan tgl {tgl1}. Bila belum diangkut, silakan hubungi petugas kami Bapak [[n:{n1}]] di [[p:{hp1}]] atau kantor DLHK {otel1}.",
        M=(1,),
    ),
    T(
        "lapor_ticket",
        "odd_places",
        "#{tiket1}\nJudul: Dana bantuan UMKM masuk ke {ew1} orang lain\nIsi: Nomor {ew1} sy [[p:{hpd1}]] tapi dana masuk ke [[p:{hpd2}]] milik [[n:{n2}]]. Mohon dikoreksi. Pelapor [[n:{n1}]]\nStatus: Menunggu verifikasi Dinas Koperasi (telp {otel1})",
    ),
    T(
        "lapor_ticket",
        "odd_places",
        "LAPOR! {tiket1}\nKategori: Lingkungan\nIsi: Bengkel las di samping rumah sy [[a:{adr1}]] bising sampai jam 23.00 tiap malam. Pemilik bengkel tidak mau dengar. Hubungi sy [[n:{n1}]] di [[p:{hpn1}]]\nTanggapan: Diteruskan ke Satpol PP (pengaduan {owa1}).",
    ),
    T(
        "lapor_ticket",
        "scams",
        "Tiket {tiket1}\nIsi: Sy tertipu lowongan kerja kapal. Yang rekrut mengaku namanya [[n:{n2}]], nomornya [[p:{hp2}]], minta biaya medical Rp {rp1} ke rek {bank2} [[b:{rek2}]]. Sy [[n:{n1}]], [[p:{hp1}]]\nTanggapan Disnaker: Lowongan resmi hanya lewat kantor Disnaker {otel1}. Laporan diteruskan ke Polresta.",
    ),
    T(
        "lapor_ticket",
        "mixed",
        "Tiket {tiket1} | Kanal: Web\nIsi: Warung makan di {jlno1} buang limbah ke got. Pemiliknya, [[n:{n2}]], kasih nomor pribadi [[p:{hp2}]] dan bilang sudah ada izin. Nomor di spanduk warung {bwa1}.\nPelapor: [[n:{n1}]]\nTanggapan DLHK: akan dicek tgl {tgl1}.",
    ),
    T(
        "lapor_ticket",
        "odd_places",
        "Nomor tiket: {tiket1}\nIsi: Mama sy [[n:{n2}]] (78 thn) tinggal sendiri di [[a:{adr2}]]. Sudah 2 bulan tidak dapat beras bantuan lansia. Bisa hubungi telp rumah mama [[p:{tr2}]] atau HP sy [[p:{hp1}]]. [[n:{n1}]]\nStatus: Diteruskan ke Dinas Sosial",
        F=(2,),
    ),
    T(
        "lapor_ticket",
        "mixed",
        "#{tiket1}\nTanggapan Dukcapil Kota Kupang: KTP-el Bapak sudah dicetak. Silakan ambil di loket 3 dengan nomor antrian A-{num}, Senin\u2013Jumat 08.00\u201315.00. Info: WA layanan {owa1}. Untuk perekaman di rumah bagi lansia, hubungi operator kami [[n:{n1}]] di [[p:{hp1}]].",
    ),
    T(
        "lapor_ticket",
        "odd_places",
        "Tiket {tiket1} | Kanal: SMS 1708\nIsi: KOTKUPANG sy beli kambing dr peternak di {kel}, [[n:{n2}]] hp [[p:{hpx2}]], sdh bayar Rp {rp1} tp kambing tdk diantar. [[n:{g1}]] [[p:{hp1}]]\nStatus: Diarsipkan (bukan kewenangan Pemkot)",
    ),
    T(
        "lapor_ticket",
        "odd_places",
        "LAPOR {tiket1}\nIsi: sumur bor bantuan di [[a:{rt1}]] kel {kel} rusak sejak {tg1}. kontak warga yg pegang kunci pompa: [[p:{hpb2}]] ([[n:{lg2}]]) / sy [[n:{l1}]] [[p:{hpb1}]]",
    ),
    T(
        "lapor_ticket",
        "mixed",
        "Tiket {tiket1}\nKanal: telepon ke {owai1}\nPelapor: [[n:{n1}]] ([[p:{hp1}]])\nIsi: Pohon tumbang menutup jalan di {jl}, kabel listrik putus.\nDisposisi: BPBD ({otelp1}), PLN (123).",
    ),
    T(
        "lapor_ticket",
        "scams",
        "Tiket {tiket1}\nIsi: Ada yang mengaku Saudara [[n:{n2}]] dari Dinas Sosial lewat WA [[p:{hp2}]], minta Rp {rp1} untuk percepat pencairan PKH. Sy [[n:{n1}]] warga [[a:{rt1}]].\nTanggapan Dinsos: Tidak ada pegawai atas nama tersebut. Pengaduan resmi Dinsos {owa1}.",
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "odd_places",
        "Tiket {tiket1}\nIsi: Mohon update nomor kontak di laporan sy sebelumnya. HP sy ganti. Nomor lama [[p:{hq1}]] sudah hilang, nomor baru [[p:{hp1}]]. Laporan soal drainase di depan rumah [[a:{ad1}]] belum ditindaklanjuti. [[n:{n1}]]",
    ),
    T(
        "lapor_ticket",
        "office_lines",
        "Tiket {tiket1}\nTanggapan {pusk}: Mohon maaf, nomor layanan kami berubah. Nomor lama {owa1} tidak aktif lagi. Nomor baru: telp {otel1} / WA {owa2}. Jam layanan 08.00\u201314.00.",
    ),
    T(
        "lapor_ticket",
        "scams",
        "Tiket {tiket1}\nIsi: Nomor {scam1} kirim SMS, katanya dari BRI, minta sy klik link untuk update data. Sy tidak klik. Mohon diblokir.\nTanggapan: Terima kasih, laporan diteruskan ke Diskominfo. Call center resmi BRI {sc1}.",
    ),
    T(
        "lapor_ticket",
        "codes",
        "Tiket {tiket1}\nIsi: Tagihan PDAM no sambungan {samb1} naik jadi Rp {rp1}, meter {meter1} tidak pernah dibaca.\nTanggapan PDAM: Sudah dijadwalkan pembacaan ulang tgl {tgl1}. Info call center PDAM {otel1}.",
    ),
    T(
        "lapor_ticket",
        "figures",
        "#{tiket1}\nIsi: Retribusi sampah {thn} per rumah Rp {harga1}/bulan, tetapi ditagih Rp {harga2}. Kwitansi no {kode1} tgl {tgl1}.\nStatus: Selesai. Surat jawaban {surat1}.",
    ),
    T(
        "lapor_ticket",
        "codes",
        "Tiket {tiket1}\nIsi: Bayar pajak kendaraan lewat e-Samsat, kode bayar {ref1}, VA {va1}, tgl {tgl1} jam {jam1}, tapi status belum lunas.\nTanggapan Bapenda: Silakan bawa bukti ke Samsat Kupang atau hubungi {otel1} / WA {owa1}.",
    ),
    T(
        "lapor_ticket",
        "scams",
        "Tiket {tiket1}\nIsi: Ada akun FB palsu Wali Kota yang jual paket sembako murah. Nomor yang dipakai {scam1}. Sudah banyak warga yang transfer.\nTanggapan Diskominfo: Akun tersebut palsu. Informasi resmi hanya dari {owa1} dan SMS 1708.",
    ),
    T(
        "lapor_ticket",
        "office_lines",
        "Tiket {tiket1}\nKanal: WhatsApp ke {owa1}\nPelapor: Dirahasiakan\nIsi: Pungutan di loket Samsat Rp {rpk1} per berkas, kwitansi tanpa nomor, hanya tertulis NIK {nikmask1}.\nDisposisi: Inspektorat ({otelp1}).",
    ),
    T(
        "lapor_ticket",
        "codes",
        "#{tiket1}\nIsi: HP dicuri di {pasar} tgl {tgl1}. IMEI 1: {imei1}, IMEI 2: {imei2}. Laporan polisi no {surat1}. Mohon dibantu blokir.\nTanggapan: Bukan kewenangan Pemkot, silakan ke Polresta Kupang Kota {otel1}.",
    ),
    T(
        "lapor_ticket",
        "scams",
        "Tiket {tiket1}\nIsi: Orang tua murid {school} dapat WA dari {scam1} yang mengaku wali kelas, minta transfer uang buku Rp {rp1} ke {ewal} {scamb2}.\nTanggapan Dinas Pendidikan: Sekolah tidak memungut biaya buku. Konfirmasi ke tata usaha {otel1}.",
    ),
]

# ---- call_log: call-centre logs and calls written out
TEMPLATES += [
    T(
        "call_log",
        "mixed",
        "Log Call Center 112 \u2013 {tgl1}\n{jam1} | [[n:{n1}]] | [[p:{hp1}]] | kebakaran lahan di belakang rumahnya [[a:{ad1}]] | diteruskan Damkar {otel1}\n{jam2} | Komite {school} | {owa1} | tanya jadwal rapat | bukan kewenangan\n{jam3} | [[n:{n2}]] | [[p:{hp2}]] | pohon tumbang {jl} | diteruskan BPBD",
    ),
    T(
        "call_log",
        "mixed",
        "Petugas: Call center Kota Kupang, dengan [[n:{g3}]], ada yang bisa dibantu?\nPenelepon: Sa mau lapor air PDAM sonde jalan 1 minggu.\nPetugas: Atas nama siapa?\nPenelepon: [[n:{n1}]].\nPetugas: Nomor HP yang bisa dihubungi?\nPenelepon: [[p:{hps1}]].\nPetugas: Nomor sambungan PDAM?\nPenelepon: {samb1}.\nPetugas: Baik, kami teruskan ke PDAM.",
    ),
    T(
        "call_log",
        "odd_places",
        "{jam1} penelepon [[n:{lg1}]] (tdk sebut marga), lapor tetangga lansia [[n:{n2}]] di [[a:{adr2}]] jatuh dan tinggal sendiri. Keluarga bisa dihubungi di [[p:{hp3}]] (anaknya, [[n:{g3}]]). Diteruskan ke {pusk} ({otelp1}).",
    ),
    T(
        "call_log",
        "scams",
        "Catatan call center: penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor ditipu penjual sapi bernama [[n:{n2}]], nomor [[p:{hp2}]]; uang muka Rp {rp1} dikirim ke {ew2} dia, nomor yang sama [[p:{hpb2}]]. Disarankan lapor ke Polresta {otel1}.",
    ),
    T(
        "call_log",
        "mixed",
        "Penelepon: Ada WA dari nomor {scam1} bilang dia dari Puskesmas, minta data anak. Itu benar ka?\nPetugas: Itu bukan nomor kami, Ibu. Nomor kami {otel1} dan WA {owa1}.\nPenelepon: Oh begitu. Nomor kami [[p:{hp1}]], nama [[n:{n1}]], kalau ada info tolong kabari.",
        F=(1,),
    ),
    T(
        "call_log",
        "odd_places",
        "{jam1} | penelepon [[n:{n1}]] | [[p:{hp1}]] | anaknya tidak diantar pulang oleh ojek langganan, Om [[n:{g2}]] ([[p:{hp2}]]), motor [[pl:{pl2}]]; HP ojek tidak aktif | diteruskan Polsek {otel1}\n{jam2} | penelepon sama | anak sudah pulang | ditutup",
        M=(2,),
    ),
    T(
        "call_log",
        "odd_places",
        "Catatan piket {tgl1}\n- {jam1} laporan banjir di [[a:{rt1}]] Kel. {kel}. Kontak lapangan [[p:{hp1}]] ([[n:{g1}]]), ketua pemuda.\n- {jam2} BPBD ({otelp1}) sudah turun. No laporan {tiket1}.",
    ),
    T(
        "call_log",
        "mixed",
        "Petugas: Laporan jalan rusak di [[a:{rt1}]] sudah kami catat. Siapa yang bisa kami hubungi di lapangan?\nPelapor: Ketua RT, Bapak [[n:{n1}]], HP [[p:{hp1}]]. Kalau beta sendiri [[p:{hp2}]].\nPetugas: Baik. Nomor tiket {tiket1}.",
        M=(1,),
    ),
    T(
        "call_log",
        "codes",
        "{jam1} | [[n:{n1}]] | [[p:{hp1}]] | tanya tagihan BPJS mandiri, no kartu [[bpjs:{bpjs1}]], VA {bva1}, sudah bayar tgl {tgl1} | diarahkan ke BPJS Kesehatan 165",
    ),
    T(
        "call_log",
        "odd_places",
        "Catatan call center: penelepon [[n:{n1}]] ([[p:{trn1}]], telp rumah) melapor lampu jalan mati di {jl} sejak {tg1}. Sudah dicoba hubungi Dishub {otel1}, tidak diangkat.",
    ),
    T(
        "call_log",
        "odd_places",
        "Petugas: NIK Bapak?\nPelapor: [[nik:{nikb1}]].\nPetugas: Nomor HP aktif?\nPelapor: [[p:{hpd1}]], atau WA istri [[p:{hpb2}]].\nPetugas: Nomor tiket Bapak {tiket1}, simpan baik-baik.",
        M=(1,),
        F=(2,),
    ),
    T(
        "call_log",
        "scams",
        "{jam1} | penelepon [[n:{n1}]] | [[p:{hp1}]] | dapat telpon dari [[p:{hp2}]] yang mengaku namanya [[n:{g2}]], teman lama anaknya, pinjam uang Rp {rp1}; setelah dikirim nomor tidak aktif | disarankan lapor Polresta {otel1}",
    ),
    T(
        "call_log",
        "odd_places",
        "{jam1} | [[n:{n1}]] | [[p:{hp1}]] | anak kos diusir pemilik kos [[n:{n2}]] (HP [[p:{hpx2}]]) tengah malam, barang ditahan | diteruskan Satpol PP {otel1}",
    ),
    T(
        "call_log",
        "office_lines",
        "Log {tgl1}\n{jam1} | Komite {school} | {owa1} | tanya jadwal sosialisasi | bukan kewenangan\n{jam2} | Kantor Lurah {kel} | {otel1} | laporan lampu jalan | diteruskan Dishub\n{jam3} | anonim | - | pungli parkir {pasar} | diteruskan Dishub ({otelp2})",
    ),
    T(
        "call_log",
        "scams",
        "Petugas: Laporan Ibu soal nomor yang mengaku dari Dukcapil sudah kami catat. Nomornya berapa?\nPenelepon: {scam1}, dia bilang dia petugas Dukcapil, minta foto KK.\nPetugas: Itu bukan nomor kami. Nomor resmi Dukcapil {otel1}, WA {owa1}.",
    ),
    T(
        "call_log",
        "codes",
        "Petugas: Boleh nomor sambungannya?\nPenelepon: {samb1}.\nPetugas: ID pelanggan PLN?\nPenelepon: {idpel1}.\nPetugas: Nomor meter?\nPenelepon: {metero1}.\nPetugas: Baik, kami teruskan ke PLN dan PDAM.",
    ),
    T(
        "call_log",
        "office_lines",
        "Rekap kanal pengaduan {tg1}\nSMS 1708: {num1} laporan\nWA {owa1}: {num2} laporan\nTelepon {otel1}: {num3} laporan\nWeb: {num4} laporan",
    ),
    T(
        "call_log",
        "scams",
        "{jam1} | penelepon tidak sebut nama | nomor tersembunyi | melapor nomor {scam1} kirim SMS katanya dari BRI | diarahkan ke call center BRI {sc1}\n{jam2} | penelepon tidak sebut nama | - | tanya nomor ambulans | diberi 119 dan {otel1}",
    ),
    T(
        "call_log",
        "office_lines",
        "Petugas: Untuk listrik silakan ke PLN 123 atau WA {owa1}. Untuk air ke PDAM {otel1}. Untuk pertanyaan lain WA {owa2}.\nPenelepon: Baik, terima kasih.\nDurasi 3 menit | kode panggilan {ref1}",
    ),
    T(
        "call_log",
        "codes",
        "{jam1} | penelepon minta cek paket | resi {resio1} | no pesanan {order1} | masuk {stamp1} | diarahkan ke kurir, bukan kewenangan\n{jam2} | tanya token | token {token1} | ID pel {idpelx1} | diarahkan PLN 123",
    ),
    T(
        "call_log",
        "figures",
        "Statistik call center {tg1}: masuk 128 panggilan, terjawab 117, rata-rata tunggu 00:42, jam sibuk 08.00\u201310.00. Nomor layanan 112 dan {otel1}. Laporan no {tiket1} s/d {tiket2}.",
    ),
    T(
        "call_log",
        "office_lines",
        "Dispatch {tgl1} {jam1}\nLokasi: {jl} depan {school}\nUnit: Damkar pos {kel} ({otelp1}), ambulans {pusk} ({owa1})\nKoordinasi lewat {otel2}\nStatus: selesai {jam2}",
    ),
]

# ---- scan_ocr: receipts, labels, cards, signs and screenshots as OCR gives them
TEMPLATES += [
    T(
        "scan_ocr",
        "odd_places",
        "PENERIMA:\n[[n:{n1}]]\n[[a:{ad1}]], KEL. {kel}\nKOTA KUPANG\nHP: [[p:{hpb1}]]\nPENGIRIM:\n{biz} ({bwa1})\nNO. RESI: {resi1}\nBERAT: 1 KG  COD: RP {rp1}",
        U=True,
    ),
    T(
        "scan_ocr",
        "odd_places",
        "LAUNDRY BERSIH KILAT\n{jlno1}\nTelp/WA {bwa1}\nNota No. {kode1}   Tgl {tgl1}\nPelanggan : [[n:{n1}]]\nHP        : [[p:{hpo1}]]\nCuci setrika 5 kg  x {harga1}\nTotal     Rp {rp1}\nBarang tidak diambil 30 hari bukan tanggung jawab kami",
    ),
    T(
        "scan_ocr",
        "odd_places",
        "Transfer Berhasil\n{tg1} {jam1} WITA\nKe: {ew2} [[p:{hpi2}]]\na.n. [[n:{N2}]]\nNominal: Rp{rp1}\nBiaya admin: Rp0\nID Transaksi: {trx1}\nNo. Ref: {refo1}",
    ),
    T(
        "scan_ocr",
        "codes",
        "STRUK PEMBELIAN PULSA\nCOUNTER PULSA BERKAT\nTgl: {tgl1} {jam1}\nProduk: Telkomsel 50.000\nNo. Tujuan: [[p:{hpb1}]]\nSN: {sn1}\nHarga: Rp {harga1}\n-- pulsa tdk masuk, itu nomor sy sendiri. [[n:{n1}]]",
    ),
    T(
        "scan_ocr",
        "codes",
        "SURAT TANDA NOMOR KENDARAAN BERMOTOR\nNo. Registrasi : [[pl:{pl1}]]\nNama Pemilik : [[n:{N1}]]\nAlamat : [[a:{AD1}]] KUPANG\nMerk/Type : HONDA / NC12A1CF\nNo. Rangka : {rangka1}\nNo. Mesin : {mesin1}\nBerlaku s/d : {tgl1}",
    ),
    T(
        "scan_ocr",
        "odd_places",
        "KWITANSI\nSudah terima dari : [[n:{n2}]]\nUang sejumlah : Rp {rp1}\nUntuk pembayaran : sewa kamar kos bulan {bln}\nKupang, {tgl1}\nYang menerima,\n[[n:{n1}]]\nHP [[p:{hp1}]]",
    ),
    T(
        "scan_ocr",
        "odd_places",
        "DIJUAL CEPAT\nMotor Honda Vario 2019\nPlat [[pl:{pl1}]], pajak hidup\nHarga Rp {rpb1} (nego)\nHub pemilik: [[p:{hpd1}]] ([[n:{g1}]])\nTanpa perantara",
    ),
    T(
        "scan_ocr",
        "odd_places",
        "KARTU MENUJU SEHAT\nNama Anak : [[n:{N2}]]\nTgl Lahir : {tgl1}\nNama Ibu : [[n:{N1}]]\nNo. HP : [[p:{hpo1}]]\nAlamat : [[a:{RT1}]] {KEL}\nPosyandu Mawar, {pusk}",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "scan_ocr",
        "codes",
        "BUKU TABUNGAN BNI TAPLUS\nNAMA : [[n:{N1}]]\nNO. REKENING : [[b:{rekbni1}]]\nCABANG : KUPANG\nALAMAT : [[a:{AD1}]]\nNO. HP : [[p:{hpb1}]]",
    ),
    T(
        "scan_ocr",
        "mixed",
        "T0KO BANGUNAN KARYA TIM0R\n{JLNO1}\nTELP {otel1} / WA {bwa1}\nNPWP : {npwpb1}\nFAKTUR NO. {kode1}\nKepada: [[n:{n1}]] ([[p:{hp1}]])\nSemen 40 kg x 10 @ {harga1}\nBesi 10 mm x 20 @ {harga2}\nTotal Rp {rp1}",
    ),
    T(
        "scan_ocr",
        "odd_places",
        "Screenshot_{tgs1}-{kode1}_WhatsApp.jpg\n[[n:{n2}]] (penjual)\n[[p:{hpis2}]]\nterakhir dilihat {jam1}\nKak, uangnya su transfer Rp {rp1}, ID transaksi {trx1}\nIya kak, besok dikirim",
    ),
    T(
        "scan_ocr",
        "odd_places",
        "FORMULIR PERMOHONAN SAMBUNGAN BARU PDAM\nNama : [[n:{N1}]]\nAlamat : [[a:{AD1}]]\nNo. Telp/HP : [[p:{hpn1}]]\nNo. sambungan tetangga terdekat : {samb1}\nTgl : {tgl1}",
    ),
    T(
        "scan_ocr",
        "mixed",
        "KOS PUTRI ANGGREK\nKamar kosong 2\nHub {bwa1}\n(catatan tangan di bawah:) kalau nomor di atas sonde aktif, telp ibu kos [[n:{g1}]] [[p:{hpo1}]]",
        F=(1,),
    ),
    T(
        "scan_ocr",
        "codes",
        "PLN\nNo. Meter {metero1}\nKWH 0{num}.7\nID PEL {idpelx1}\nSTS PRABAYAR 220V 5(60)A\nSN {snd1}",
    ),
    T(
        "scan_ocr",
        "office_lines",
        "APOTEK SEHAT OEBOBO\n{jlno1}\nTelp {otel1}\nWA {bwa1}\n{stamp1}\nParasetamol 500 mg x10   {harga1}\nOBH sirup            {harga2}\nTotal            Rp {rp1}\nTunai            Rp {rp2}\nTrx {trx1}",
    ),
    T(
        "scan_ocr",
        "office_lines",
        "{pusk}\nJAM LAYANAN SENIN\u2013KAMIS 08.00\u201314.00, JUMAT 08.00\u201311.00\nUGD 24 JAM: {otel1}\nPENDAFTARAN ONLINE WA: {owa1}\nPENGADUAN: {owa2} / SMS 1708",
        U=True,
    ),
    T(
        "scan_ocr",
        "codes",
        "STRUK ATM\nWAKTU {stamp1}\nTRANSFER KE BNI\nREK TUJUAN {rekbo1}\nNAMA TUJUAN KOPERASI TUNAS HARAPAN\nJUMLAH RP {rp1}\nNO REF {refo1}",
        U=True,
    ),
    T(
        "scan_ocr",
        "codes",
        "SAMSUNG Galaxy A15\nIMEI 1: {imei1}\nIMEI 2: {imei2}\nS/N: {snd1}\nMade in Vietnam\nEAN {ref1}",
    ),
    T(
        "scan_ocr",
        "scams",
        "AWAS PENIPUAN!\nNomor {scam1} dan {scam2} mengaku petugas Bapenda dan minta transfer pajak. Bapenda tidak pernah minta transfer ke rekening pribadi.\nPengaduan resmi: {otel1} / WA {owa1}\nBapenda Kota Kupang",
    ),
    T(
        "scan_ocr",
        "figures",
        "SURAT SETORAN PAJAK DAERAH\nNOP {nop1}\nTahun {thn}\nJumlah Rp {rp1}\nKode Billing {ref1}\nTgl Bayar {stamp1}\nNTPD {trx1}",
    ),
    T(
        "scan_ocr",
        "office_lines",
        "CV KARYA LONTAR\nKontraktor & Supplier\n{jlno1}\nTelp {otel1} | HP {bwa1} | Fax {otel2}\nNPWP {npwpb1}",
    ),
    T(
        "scan_ocr",
        "figures",
        "TIKET BUS TIMOR EXPRESS\nKupang \u2013 Atambua\nTgl {tgl1} Jam {jam1}\nKursi 12\nKode booking {order1}\nHarga Rp {harga1}\nCS {bwa1} / {otel1}",
    ),
]

# ---- notice: notices, flyers and boards, posted or pasted into a complaint
TEMPLATES += [
    T(
        "notice",
        "mixed",
        "PENGUMUMAN RT {num1} / RW {num2}\nKerja bakti {hari}, {tg1} jam 07.00 WITA. Iuran sampah bulan ini Rp {harga1} per rumah, bayar ke bendahara RT.\nInfo: Ketua RT, [[n:{n1}]] \u2013 HP [[p:{hp1}]]",
    ),
    T(
        "notice",
        "odd_places",
        "KEHILANGAN\nTelah hilang dompet hitam di sekitar {pasar} pada {tg1}. Berisi KTP a.n. [[n:{n1}]], SIM C, ATM {bnk}. Bagi yang menemukan mohon hubungi [[p:{hp1}]] / [[p:{hq1}]]. Imbalan Rp {rp1}.",
    ),
    T(
        "notice",
        "odd_places",
        "DIKONTRAKKAN\nRumah 2 kamar belakang {school}, Kel. {kel}. Rp {rpb1}/tahun, listrik token, air PDAM.\nHub. pemilik: [[n:{g1}]] [[p:{hpx1}]]",
    ),
    T(
        "notice",
        "odd_places",
        "DIJUAL TANAH SHM 15 x 20 m di {kel}, dekat {school}. Harga Rp {rpb1} nego.\nHub: [[p:{hp1}]] ([[n:{g1}]], pemilik langsung)",
    ),
    T(
        "notice",
        "mixed",
        "JADWAL POSYANDU BALITA {KEL}\nTanggal {tgl1}, jam 08.00\u201311.00 di rumah kader [[n:{n1}]], [[a:{adr1}]].\nBawa buku KIA. Info: kader [[n:{g1}]] [[p:{hp1}]]\nPuskesmas pembina: {pusk} ({otelp1})",
        F=(1,),
    ),
    T(
        "notice",
        "mixed",
        "WARTA JEMAAT\n1. Ibadah pemuda {hari} jam 18.00.\n2. Persembahan syukur dapat ditransfer ke rekening Majelis Jemaat Bank NTT {rekntt1}.\n3. Pendaftaran katekisasi hubungi Pdt. [[n:{n1}]] [[p:{hp1}]].\n4. Info diakonia: sekretariat {otel1}.",
    ),
    T(
        "notice",
        "odd_places",
        "TATA TERTIB KOS\n1. Tamu lawan jenis maksimal jam 21.00\n2. Bayar paling lambat tgl 10, Rp {rp1}\n3. Listrik token sendiri, meter {meter1}\nPemilik: [[n:{n1}]] ([[p:{hp1}]])",
    ),
    T(
        "notice",
        "odd_places",
        "ORANG HILANG\n[[n:{N1}]], 74 thn, pikun, terakhir terlihat di {jl} {tg1}. Ciri: baju batik coklat.\nHubungi keluarga: [[n:{n2}]] [[p:{hp2}]] / [[p:{hq2}]]\natau Polsek terdekat / 110",
    ),
    T(
        "notice",
        "mixed",
        "PENGUMUMAN\nPelayanan perekaman KTP-el keliling di Kantor Lurah {kel}, {tg1} jam 09.00\u201313.00.\nSyarat: fotokopi KK.\nPetugas: [[n:{n1}]] ([[p:{hp1}]]) dan [[n:{n2}]].\nInfo Dukcapil: {otel1} / WA {owa1}",
    ),
    T(
        "notice",
        "scams",
        "AWAS PENIPUAN\nAda yang mengaku [[n:{n1}]] dari Dinas Sosial lewat WA [[p:{hp1}]] dan minta biaya pencairan bantuan. Dinas Sosial tidak memungut biaya. Pengaduan: {owa1}.",
    ),
    T(
        "notice",
        "odd_places",
        "JADWAL RONDA\nSenin: [[n:{n1}]] ([[p:{hpb1}]]), [[n:{n2}]]\nRabu: [[n:{n3}]] ([[p:{hpb3}]])\nSabtu: [[n:{n4}]]\nPos kamling: {owa1} (pos jaga)",
        M=(1, 2, 3, 4),
    ),
    T(
        "notice",
        "odd_places",
        "INFO AIR TANGKI\nPesan air tangki untuk {kel} lewat sopir tangki langganan, Om [[n:{g1}]] [[p:{hp1}]], Rp {harga1} per tangki 5.000 L.\nAir PDAM bergilir: {hari} dan Kamis. Pengaduan PDAM {otel1}.",
        M=(1,),
    ),
    T(
        "notice",
        "odd_places",
        "DICARI TUKANG\nDibutuhkan 2 tukang batu untuk renovasi rumah di [[a:{adr1}]]. Upah harian Rp {harga1}.\nHubungi [[n:{n1}]] [[p:{hpp1}]]",
    ),
    T(
        "notice",
        "office_lines",
        "PENGUMUMAN\nNomor layanan {pusk} berubah mulai {tg1}.\nNomor lama: {owa1}\nNomor baru: {otel1} / WA {owa2}\nPendaftaran online lewat WA di atas.",
    ),
    T(
        "notice",
        "figures",
        "IURAN SAMPAH DAN KEAMANAN RT {num}\nRumah tinggal Rp {harga1}/bln\nKios/warung Rp {harga2}/bln\nKos per kamar Rp {harga3}/bln\nDibayar paling lambat tgl 10. Rek BRI {rekbri1} (rekening RT).",
    ),
    T(
        "notice",
        "office_lines",
        "BENGKEL LAS KARYA BARU\nTerima pesanan pagar, teralis, kanopi.\nWorkshop {jlno1}\nHubungi kami di {bwa1} / {bwa2}",
    ),
    T(
        "notice",
        "office_lines",
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG\nJam layanan Senin\u2013Jumat 08.00\u201315.00\nLoket pengaduan: {otel1}\nWA center: {owa1}\nEmail: disdukcapil@kupangkota.go.id\nBebas pulsa: {tf1}",
    ),
    T(
        "notice",
        "scams",
        "WASPADA!\nBeredar pesan dari {scam1} yang mengaku admin PKH dan minta kirim foto KTP dan KK. Itu bukan nomor resmi. Pengaduan Dinsos SMS/WA {owa1}.",
    ),
    T(
        "notice",
        "figures",
        "DAFTAR HARGA ECERAN\nPertalite Rp 10.000/L\nSolar Rp 6.800/L\nGas 3 kg Rp 21.000\nBeras 5 kg Rp {harga4}\nBerlaku {tgl1} s/d {tgl2}\nPengaduan harga: Disperindag {otel1}",
    ),
    T(
        "notice",
        "codes",
        "JADWAL PEMADAMAN BERGILIR\nPenyulang {kel}: {hari} 09.00\u201314.00\nGardu KP{kode1}, KP{kode2}\nInfo PLN 123 / {owa1}",
    ),
    T(
        "notice",
        "office_lines",
        "PENERIMAAN MURID BARU {SCHOOL}\nPendaftaran {tgl1} s/d {tgl2}\nDaftar online WA: {owa1}\nInfo tata usaha: {otel1}\nSeragam Rp {harga1}, tanpa uang pangkal.",
    ),
    T(
        "notice",
        "scams",
        "BANK NTT KCP {KEL}\nNasabah yth, waspada penipuan atas nama bank. Call center resmi {cc1}, telp kantor {otel1}. Nomor {scam1} yang beredar bukan nomor resmi Bank NTT. Kami tidak pernah meminta PIN atau kode OTP.",
    ),
]

# ---- email_thread: mails to and from offices, with quoted replies and signatures
TEMPLATES += [
    T(
        "email_thread",
        "mixed",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Dinas PUPR Kota Kupang <pupr@kupangkota.go.id>\nSubject: Drainase tersumbat\n\nSelamat pagi, saluran air depan rumah kami di [[a:{adr1}]] tersumbat sejak {tg1}. Mohon ditindaklanjuti.\n\nSalam,\n[[n:{n1}]]\nHP [[p:{hp1}]]\n\n> Pada {tg2}, Bidang SDA PUPR <sda.pupr@kupangkota.go.id> menulis:\n> Laporan diterima. Hubungi Seksi Drainase telp {otel1} / WA {owa1}.",
    ),
    T(
        "email_thread",
        "odd_places",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: pengaduan@kupangkota.go.id\nSubject: Pemilik kontrakan matikan listrik\n\nYth. Unit Pengaduan, pemilik kontrakan kami, [[n:{n2}]] (WA [[p:{hp2}]]), mematikan MCB listrik karena kami protes kenaikan sewa. Token listrik kami beli sendiri (meter {meter1}). Kami tinggal di [[a:{ad2}]].\n\n[[n:{g1}]]\n[[p:{hpi1}]]",
    ),
    T(
        "email_thread",
        "odd_places",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Tata Usaha <tatausaha.smp@gmail.com>\nSubject: Izin sakit\n\nSelamat pagi Ibu [[n:{g2}]], anak saya [[n:{n3}]] kelas 8B sakit hari ini. Surat dokter menyusul.\n\n> Balasan: Baik Bapak, terima kasih. Untuk izin berikutnya boleh langsung WA ke HP saya [[p:{hp2}]]. Salam, [[n:{n2}]], wali kelas 8B",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "email_thread",
        "figures",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Bapenda Kota Kupang <bapenda@kupangkota.go.id>\nSubject: PBB {thn}\n\nNOP {nop1}, tagihan Rp {rp1}, sudah dibayar {tgl1} (NTPD {trx1}) tapi masih tertagih. Mohon dicek. HP/WA [[p:{hp1}]] / [[p:{hq1}]]\n[[n:{n1}]]",
    ),
    T(
        "email_thread",
        "mixed",
        "From: Rental Mobil Flobamora <rental.flobamora@gmail.com>\nTo: [[n:{n1}]] <[[e:{em1}]]>\nSubject: Konfirmasi sewa {order1}\n\nTerima kasih atas pemesanan. Penjemputan di bandara {tg1} jam {jam1}. Info pemesanan {bwa1} / kantor {otel1}.\n\nSopir yang bertugas: [[n:{n2}]], HP [[p:{hp2}]]",
        M=(2,),
    ),
    T(
        "email_thread",
        "odd_places",
        "From: [[n:{f1}]], [[n:{g1}]] <[[e:{em1}]]>\nTo: Dinsos Kota Kupang <dinsos@kupangkota.go.id>\nSubject: Bantuan lansia untuk bapak\n\nBapak saya [[n:{n2}]] (NIK [[nik:{nik2}]]) belum terima bantuan. Beliau tidak punya HP; mohon hubungi tetangga kami [[n:{n3}]] di [[p:{hp3}]] atau saya di [[p:{hp1}]].",
        M=(2,),
    ),
    T(
        "email_thread",
        "codes",
        "From: Customer Service Tokopedia <noreply@tokopedia.com>\nTo: [[e:{em1}]]\nSubject: Pengembalian dana {order1}\n\nHalo [[n:{g1}]], dana Rp {rp1} telah dikembalikan ke {ew1} [[p:{hpb1}]] pada {tg1}. ID refund {trx1}. Pertanyaan lain hubungi {cc1}.",
    ),
    T(
        "email_thread",
        "mixed",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Kantor Kelurahan <kelurahan.kupang@gmail.com>\nSubject: Pipa PDAM bocor\n\nDengan hormat, sebagai Ketua RT kami teruskan pengaduan warga, Ibu [[n:{n2}]] ([[p:{hp2}]]), tentang pipa PDAM bocor di depan rumahnya [[a:{ad2}]]. Sudah dilaporkan ke PDAM {otel1} tiket {tiket1}.\n\nHormat kami,\n[[n:{n1}]]\nKetua RT {num}\nHP [[p:{hp1}]]",
        F=(2,),
    ),
    T(
        "email_thread",
        "odd_places",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: pengaduan@kupangkota.go.id\nSubject: Re: {tiket1}\n\nNomor saya yang benar [[p:{hpn1}]], bukan yang tercatat di tiket. Terima kasih.\n[[n:{n1}]]",
    ),
    T(
        "email_thread",
        "scams",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: SPKT Polresta <spkt.polrestakupang@gmail.com>\nSubject: Laporan penipuan jual beli mobil\n\nSaya transfer DP Rp {rp1} ke penjual bernama [[n:{n2}]] (WA [[p:{hp2}]], rek {bank2} [[b:{rek2}]]) untuk mobil [[pl:{pl2}]]. Setelah transfer nomor tidak aktif. Bukti transfer no ref {trx1} terlampir.",
    ),
    T(
        "email_thread",
        "odd_places",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: guru-honor-kupang@googlegroups.com\nSubject: Nomor bendahara baru\n\nRekan-rekan, nomor HP bendahara kami yang baru, Ibu [[n:{n2}]], [[p:{hpt2}]]. Nomor sekolah tetap {otel1}.\n\n[[n:{g1}]]",
        F=(2,),
    ),
    T(
        "email_thread",
        "odd_places",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Flobamora Tour & Travel <info@flobamoratour.com>\nSubject: Refund for booking {order1}\n\nHello, I booked a trip for {tg1}; please refund to my DANA [[p:{hpi1}]] (registered to [[n:{n1}]]). Your hotline {bwa1} never answers.",
    ),
    T(
        "email_thread",
        "codes",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>\nSubject: Kartu JKN anak\n\nNo kartu saya [[bpjs:{bpjs1}]], anak saya [[n:{n2}]] belum masuk. VA iuran {bva1}. Mohon dihubungi di [[p:{hp1}]] atau telp rumah [[p:{tr1}]].",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "email_thread",
        "office_lines",
        "From: noreply@lapor.go.id\nTo: pelapor\nSubject: Status laporan {tiket1}\n\nLaporan Anda telah diteruskan ke Dinas Perhubungan Kota Kupang (telp {otel1}). Jangan membalas email ini. Layanan LAPOR! SMS 1708, WA {owa1}.",
    ),
    T(
        "email_thread",
        "scams",
        "From: BPJS Kesehatan <bpjs.kesehatan.pusat.klaim@gmail.com>\nSubject: Tunggakan iuran\n\nYth peserta, tunggakan Anda Rp {rp1}. Bayar ke VA {va1} atau hubungi petugas kami di {scam1} sebelum {tgl1}.\n\n-- Diteruskan warga ke pengaduan: apakah ini resmi?",
    ),
    T(
        "email_thread",
        "office_lines",
        "From: Tata Usaha SD Inpres Liliba <tu.sdinpresliliba@gmail.com>\nTo: Orang tua murid\nSubject: Pembayaran seragam\n\nPembayaran seragam Rp {harga1} melalui rekening sekolah BNI {rekbo1} a.n. SD Inpres Liliba paling lambat {tgl1}. Kontak: telp {otel1}, WA {owa1}.",
    ),
    T(
        "email_thread",
        "codes",
        "From: PLN UP3 Kupang <up3kupang@pln.co.id>\nSubject: Konfirmasi pengaduan\n\nPengaduan nomor {tiket1} untuk ID pelanggan {idpelx1} (meter {metero1}) telah selesai. Penggantian kWh meter tgl {tgl1} jam {jam1}. Info PLN 123.",
    ),
    T(
        "email_thread",
        "office_lines",
        "From: Travel Timor Express <cs.timorexpress@gmail.com>\nSubject: Perubahan jadwal\n\nKeberangkatan kode booking {order1} diundur ke {tg1} jam {jam1}. Perubahan jadwal hubungi {bwa1} atau kantor {otel1}.",
    ),
    T(
        "email_thread",
        "codes",
        "From: Bank NTT <info@bankntt.co.id>\nSubject: Notifikasi transaksi\n\nTransaksi Rp {rp1} ke rekening penampung Bank NTT {rekntt1} berhasil {tgl1} {jam1}. No ref {refo1}. Call center {cc1}.",
    ),
    T(
        "email_thread",
        "office_lines",
        "From: Disdukcapil Kota Kupang <disdukcapil@kupangkota.go.id>\nSubject: Re: KTP rusak\n\nSilakan datang ke loket 2 dengan nomor antrian online {kode1}. Jam layanan 08.00\u201315.00. Info {otel1} / WA center {owa1}.",
    ),
    T(
        "email_thread",
        "office_lines",
        "From: Redaksi Timor Pos <redaksi.timorpos@gmail.com>\nSubject: Konfirmasi berita\n\nKami meminta tanggapan soal keluhan air PDAM di {kel}. Nomor redaksi {otel1}, WA {owa1}.",
    ),
    T(
        "email_thread",
        "scams",
        "From: Kemensos Bansos <bansos.kemensos.ntt@gmail.com>\nSubject: Pencairan BLT\n\nSelamat, Anda terpilih. Kirim NIK dan KK ke WA {scam1} (admin Kemensos) dengan kode {kode1}. Batas {tgl1}.",
    ),
]

# ---- social_post: Facebook posts of residents and pages, with comments
TEMPLATES += [
    T(
        "social_post",
        "odd_places",
        "[[n:{n1}]]\n{jam1} \u00b7 Kupang\nJual kue lapis dan bolu pandan, terima pesanan untuk acara. Harga mulai Rp {harga1}. WA [[p:{hp1}]]\n\nKomentar:\n[[n:{lg2}]]: pesan 2 loyang kak\n[[n:{n1}]]: siap kak, cek WA",
    ),
    T(
        "social_post",
        "scams",
        "Hati-hati dengan akun [[n:{n2}]] yang jual HP murah di grup ini. Sa su transfer Rp {rp1} ke {ew2} [[p:{hpb2}]] a.n. [[n:{n2}]], barang sonde datang sampai hari ini.\n\nKomentar:\n[[n:{l3}]]: sa juga kena kak, nomor sama",
    ),
    T(
        "social_post",
        "codes",
        "Tolong sapa yang kenal [[n:{n1}]]? Dia pinjam uang lewat {ewal} sa, nomor dia [[p:{hp1}]]. Bukti transfer ID {trx1}, Rp {rp1}, tgl {tgl1}. Sampai sekarang sonde balas.",
    ),
    T(
        "social_post",
        "odd_places",
        "[[n:{n1}]]\nTolong bantu share. Sa pung dompet hilang di angkot jurusan {kel} tadi jam {jam1}. Ada KTP deng ATM. Kalau ada yang temu, WA [[p:{hp1}]] atau telpon rumah [[p:{tr1}]]. Tuhan berkati.",
    ),
    T(
        "social_post",
        "odd_places",
        "Kecewa deng driver ojol tadi malam, order {order1}. Motor [[pl:{pl2}]], nama di aplikasi [[n:{n2}]], dia telpon sa pake nomor [[p:{hp2}]] minta tambah ongkos Rp 20.000 di luar aplikasi.\n\nKomentar:\n[[n:{l3}]]: lapor ke CS aplikasi kak\nkupang_info: CS di {cc1}",
        M=(2,),
    ),
    T(
        "social_post",
        "odd_places",
        "Info untuk orang tua murid kelas 1 {school}: buku paket bisa diambil di sekolah. Yang belum dapat, hubungi sa langsung, wali kelas, [[p:{hp1}]].\n\u2014 [[n:{n1}]]\n\nKomentar:\n[[n:{n2}]]: makasih ibu guru",
        F=(1,),
    ),
    T(
        "social_post",
        "mixed",
        "Laundry Bersih Kilat\nPromo cuci setrika Rp {rpk1}/kg. Antar jemput gratis. Order WA {bwa1}.\n\nKomentar:\n[[n:{n1}]]: Baju sa hilang 2 pasang waktu laundry minggu lalu, nota {kode1}. WA kalian sonde balas.\nLaundry Bersih Kilat: Mohon maaf kak. Silakan hubungi pemilik langsung, Ibu [[n:{n2}]] [[p:{hp2}]].",
        F=(2,),
    ),
    T(
        "social_post",
        "odd_places",
        "DICARI!! Adik kami [[n:{n1}]] belum pulang sejak {tg1}. Terakhir pakai kaos merah di {pasar}. Yang lihat tolong hubungi kakaknya [[n:{g2}]] [[p:{hp2}]] atau mama [[p:{hp3}]]. #kupang #orangHilang",
        K=(1,),
    ),
    T(
        "social_post",
        "scams",
        "Awas! Ada yang mengaku Pak [[n:{n1}]], staf Wali Kota, pakai WA [[p:{hp1}]] minta sumbangan untuk acara. Pak [[n:{g1}]] sendiri su bilang itu bukan dia pung nomor.\n\nKomentar:\n[[n:{l2}]]: sa juga dapa chat dari nomor itu",
        M=(1,),
    ),
    T(
        "social_post",
        "mixed",
        "Cari kos putri dekat Undana, max Rp {rp1}/bulan. Yang punya info WA sa [[p:{hpd1}]] ([[n:{g1}]])\n\nKomentar:\n[[n:{n2}]]: kos sa pung mama ada kosong 1, hubungi mama [[n:{g3}]] [[p:{hp3}]]\nKos Griya Liliba: kamar ready kak, hub {bwa1}",
        F=(1, 3),
    ),
    T(
        "social_post",
        "mixed",
        'Sa share dari grup sebelah:\n"Dari: [[n:{n1}]] ([[p:{hpk1}]])\nINFO: Vaksin HPV gratis untuk siswi kelas 5\u20136 di {pusk}, {tg1}. Pendaftaran lewat sekolah atau WA puskesmas {owa1}."\nMoga bermanfaat',
    ),
    T(
        "social_post",
        "odd_places",
        "siapa yg butuh tukang servis kulkas deng AC panggil saja om [[n:{lg1}]] [[p:{hpx1}]], kerja rapi harga bersahabat. bukan promosi, dia sa pung tetangga",
        M=(1,),
    ),
    T(
        "social_post",
        "odd_places",
        "Ini chat dari orang yang pinjam uang ke sa lalu hilang:\n\n[[p:{hpis2}]]\n{jam1}: Kak besok sa kembalikan\n{jam2}: Sabar e kak\n\nNamanya [[n:{n2}]], tinggal di [[a:{rt2}]] Kel. {kel}. Sapa yang kenal tolong bantu.",
    ),
    T(
        "social_post",
        "scams",
        "PENTING!! Pendaftaran bantuan UMKM Rp {rp1} dibuka. Daftar lewat WA {scam1} (admin Dinas Koperasi). Kirim foto KTP.\n\nKomentar:\nDinas Koperasi Kota Kupang: HOAX. Pendaftaran resmi hanya di kantor, info {otel1}.\nkupang_bersuara: su banyak yang kena",
    ),
    T(
        "social_post",
        "office_lines",
        "Toko Elektronik Nusa Cendana\nPROMO AKHIR TAHUN! Kulkas 2 pintu Rp 4.799.000, TV 43 inch Rp 3.299.000. Cicilan 0%. Alamat {jlno1}. Telp {otel1}, WA {bwa1} / {bwa2}.",
    ),
    T(
        "social_post",
        "figures",
        "Harga ikan di {pasar} pagi ini:\nCakalang Rp {harga1}/ekor\nTongkol Rp {harga2}/kg\nKerapu Rp {harga3}/kg\nUdang Rp {harga4}/kg\nUpdate {tgl1} jam {jam1}",
    ),
    T(
        "social_post",
        "scams",
        "Dapa WA dari {scam1} katanya dari PLN, bilang meteran sa {metero1} harus diganti, bayar Rp {rp1}. Itu benar ka?\n\nKomentar:\nPLN UP3 Kupang: Bukan nomor kami kak. Pengaduan resmi PLN 123 atau {owa1}.",
    ),
    T(
        "social_post",
        "office_lines",
        "Info dari akun resmi Bapenda Kota Kupang: Pembayaran PBB {thn} bisa lewat Bank NTT, Indomaret, atau QRIS. Jatuh tempo {tgl1}. Pertanyaan: WA {owa1}, telp {otel1}.",
    ),
    T(
        "social_post",
        "scams",
        "Ada nomor {scam1} kirim SMS, katanya dari BRI, minta update data lewat link. Jangan diklik! Sa su lapor ke {sc1}.",
    ),
    T(
        "social_post",
        "codes",
        "Ada yang tau cara lacak paket? Resi {resio1}, pesanan {order1}, sudah 2 minggu di gudang. CS kurir {cc1} sonde bisa dihubungi.",
    ),
    T(
        "social_post",
        "office_lines",
        "Pengumuman dari gereja: kebaktian Natal anak {tg1} jam 16.00. Konfirmasi kehadiran ke sekretariat {otel1} atau WA panitia {owa1} / {owa2}.",
    ),
    T(
        "social_post",
        "scams",
        "Lowongan sopir di PT Flobamora Jaya, gaji Rp {rp1}. Lamaran dikirim lewat WA {scam1} (HRD). Biaya pendaftaran Rp {harga1}.\n\nKomentar:\ninfo_kupang: hati2 ini tipu, perusahaan resmi tidak pungut biaya",
    ),
]

# ---- kupang_malay: chats, SMS and voice notes typed out in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "odd_places",
        "Bapa mama, beta [[n:{g1}]] dari [[a:{rt1}]] Kel. {kel}. Lampu jalan di gang depan su mati dua minggu. Beta su telpon kantor lurah {otel1} ma sonde angkat. Kalo mau tanya-tanya, beta pung nomor [[p:{hp1}]].",
    ),
    T(
        "kupang_malay",
        "odd_places",
        "Tukang yang kerja beta pung atap tu Om [[n:{g2}]], dia pung nomor [[p:{hps2}]]. Dia su ambil DP Rp {rp1} ma sonde datang-datang lai. Beta tinggal di [[a:{ad1}]]. Tolong bantu.",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "scams",
        "Beta su kena tipu. Ada yang jual beras murah di FB, namanya [[n:{n2}]], nomor [[p:{hp2}]]. Beta transfer ke {ew2} dia pung nomor yang sama, [[p:{hpb2}]]. Sekarang dia blokir beta.",
    ),
    T(
        "kupang_malay",
        "odd_places",
        "Mama di kampung minta kirim uang lewat {ew2} ke nomor adik, [[n:{g2}]], [[p:{hpd2}]]. Ma yang masuk malah ke nomor lain, ID transaksi {trx1}. Beta pung nomor [[p:{hp1}]].",
    ),
    T(
        "kupang_malay",
        "odd_places",
        "Tuan rumah kos, Bapa [[n:{n2}]], sonde kasi kembali uang jaminan Rp {rp1}. Dia pung HP [[p:{hp2}]], sonde angkat. Beta [[n:{g1}]], [[p:{hp1}]].",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "mixed",
        "Air PDAM di [[a:{rt1}]] su mati satu minggu. Beta su telpon PDAM {otel1}, su WA {owa1}, dong bilang tunggu sa. Beta pung nomor [[p:{hp1}]], nama [[n:{n1}]].",
    ),
    T(
        "kupang_malay",
        "odd_places",
        "Om, ini beta pung nomor baru e, yang lama hilang: [[p:{hpn1}]]\nSimpan e. \u2014 [[n:{g1}]]",
    ),
    T(
        "kupang_malay",
        "codes",
        "Beta pung rekening BNI [[b:{rekbni1}]] a.n. [[n:{n1}]], bukan nomor HP e. Nomor HP beta [[p:{hp1}]]. Petugas PKH salah catat.",
    ),
    T(
        "kupang_malay",
        "odd_places",
        "Ojek yang biasa antar beta pung anak tu Om [[n:{g2}]], motor Vixion merah [[pl:{pl2}]], nomor dia [[p:{hp2}]]. Kemarin dia sonde datang, anak terlambat.",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "mixed",
        "Ibu guru [[n:{g2}]] bilang kalo anak sakit, WA sa ke dia pung HP sendiri [[p:{hp2}]], jang ke nomor sekolah {otel1}, sebab sonde ada yang angkat.",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "mixed",
        "Beta pung kios di {pasar}, jual ikan kering. Petugas pasar tagih retribusi dua kali, karcis {kode1} deng {kode2}. Beta [[n:{n1}]], HP [[p:{hp1}]], kalo mau cek.",
    ),
    T(
        "kupang_malay",
        "odd_places",
        "[{dt1}] [[n:{lg1}]]: ade, tanta pung nomor baru [[p:{hpb1}]], simpan e\n[{dt2}] [[n:{lg3}]]: siap tanta\n[{dt3}] [[n:{lg1}]]: yang lama [[p:{hqb1}]] su sonde pake",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "odd_places",
        "Kalo mau pesan se'i babi, telpon [[p:{hpx1}]] ([[n:{g1}]]), dia masak di rumah sendiri, sonde ada toko.",
    ),
    T(
        "kupang_malay",
        "scams",
        "Nomor {scam1} tu bilang dia dari Bapenda, suru bayar pajak motor lewat {ewal} {scamb2}. Bosong jang percaya e, itu tipu-tipu.",
    ),
    T(
        "kupang_malay",
        "office_lines",
        "Kalo mau urus KTP, WA sa ke Dukcapil {owa1}, ato telpon {otel1}. Jang ke calo di depan kantor. Antrian online buka jam 07.00.",
    ),
    T(
        "kupang_malay",
        "figures",
        "Harga di {pasar} tadi: ikan tembang Rp {harga1} satu tumpuk, sayur Rp {harga2}, beras Rp {harga3}. Mahal na. Bensin eceran su Rp 15.000.",
    ),
    T(
        "kupang_malay",
        "codes",
        "Beta beli token Rp {rp1} jam {jam1}, ma sonde masuk. Token {token1}, meteran {metero1}. Telpon 123 dong bilang tunggu.",
    ),
    T(
        "kupang_malay",
        "office_lines",
        "Bengkel motor di {jl} tu bagus, dong pung nomor {bwa1}. Kalo yang di {pasar}, {bwa2}, mahal na.",
    ),
    T(
        "kupang_malay",
        "scams",
        "Ada nomor {scam1} WA beta, ngaku anak kos sa, minta pulsa Rp {harga1}. Beta telpon balik sonde aktif.",
    ),
    T(
        "kupang_malay",
        "codes",
        "Bayar BPJS lewat VA {bva1} tadi pagi, ma di aplikasi masih tunggakan Rp {rp1}. Beta telpon 165 sonde masuk-masuk.",
    ),
    T(
        "kupang_malay",
        "office_lines",
        "Sekolah {school} minta uang komite Rp {harga1}, transfer ke rek BNI {rekbo1} atas nama komite. Tata usaha {otel1} sonde angkat.",
    ),
    T(
        "kupang_malay",
        "scams",
        "Beta dapa SMS dari {scam1}, katanya beta menang undian motor, suru telpon {scam2} untuk klaim. Itu tipu to?",
    ),
]


if __name__ == "__main__":
    main()
